"""The rules about persons, whatever the pass: names the model misses, found by their slot
(``slots.py``) or coordinated before one surname (``shared_surnames.py``); a person's name and its
nickname, patronymic or short family name (``nicknames.py``, ``patronyms.py``, ``paternal.py``), or
its first given name left out in front (``given_fronts.py``), its other name given "also known as"
(``known_as.py``), or a given name of two hyphenated syllables the votes took for a compound
adjective (``syllables.py``); and
names typed person that are none (``articles.py``, ``folk.py``, ``fronts.py``, ``heads.py``,
``peoples.py``, ``place_words.py``, ``plurals.py``, ``romance.py``), a name that modifies the role
before a person's name (``role_fronts.py``), a name that is the front of a longer body's or place's
name of the report (``body_fronts.py``), a place named only after an office noun and "of"
(``office_places.py``: "the mayor of X"), a work's title after the noun of its kind
(``work_titles.py``: "the movie X"), a name glossed as a place, programme or body
(``glossed_kinds.py``: "X, a remote island in …"), or places by the list of places they stand in
(``placed.py``). Persons' titles and roles are in ``titles/``.
The package hands nothing on: import from the module.
"""
