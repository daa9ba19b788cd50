"""The rules about bodies (organizations), whatever the pass: where a body's name begins and ends
(``fields.py``, ``name_tails.py``, ``serial_fields.py``, ``conjunct_fronts.py``, ``prefixes.py``,
``joined.py``, ``numbered.py``, ``izafat.py``, ``attributive.py``, ``red_cross.py``), bodies named by their kind
(``descriptors.py``, ``appositive_kinds.py``, ``kind_lists.py``, ``outlets.py``, ``lone.py``,
``international.py``), the short names of one ministry or body (``portfolios.py``, ``portfolio_parts.py``,
``owner_tails.py``),
and names typed body that are none: peoples, adjectives, plans, programs, facilities, events, pieces of a
document's title, several bodies at once, an acronym of no entity (``not_peoples.py``, ``adjectives.py``,
``plan_names.py``, ``programs.py``, ``facilities.py``, ``facility_names.py``, ``buildings.py``, ``event_names.py``, ``document_titles.py``, ``law_titles.py``,
``plurals.py``, ``nonentity_acronyms.py``). The package hands nothing on: import from the module.
"""
