"""Pass 1's rule candidates (``candidates.py`` merges them with the model's): a paragraph cut into
words and its capitalised runs (``scan.py``), each run classified by its shape and context
(``rule_candidates.py``, two of its shapes in ``shapes.py``), where a run goes on over "and" or "to"
and where a second body starts (``coordination.py``), where a name ends (``extend.py``), the section
titles masked (``crossrefs.py``), and a body's name cut from its holder's (``holders.py``). A rule about
one kind of name that these modules call lives in the package of its kind (``bodies/``, ``persons/``,
``places/``, ``titles/``). The package hands nothing on: import from the module.
"""
