"""The rules about places, whatever the pass: places found (``slots.py``, ``lists.py``,
``list_rest.py``, ``home_country.py``, ``pairs.py``), the shape and forms of a place's name
(``names.py``, ``known_particles.py``, ``forms.py``, ``toponyms.py``, ``acronyms.py``, ``divisions.py``, ``kin.py``), where a
place's name stands for no place (``non_mentions.py``, ``expansions.py``: inside a name the report defines with an acronym), and names typed place that are a body, a
people, a facility, a piece of a person's name or a thing's modifier (``bodies.py``, ``described.py``, ``kinds.py``,
``fronts.py``, ``facility_heads.py``, ``peoples.py``, ``people_parse.py``, ``name_pieces.py``,
``surnames.py``, ``thing_names.py``), and names no gazetteer knows that the report never writes in a
place's frame (``unplaced.py``). The package hands nothing on: import from the module.
"""
