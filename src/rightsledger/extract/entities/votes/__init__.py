"""Pass 2's evidence that is about no one kind: what one mention's own context says its name is
and how strongly (``local.py``), what a list says of the names in it (``lists.py``), and the peoples
and armed groups decided once for the report from the nouns around them (``groups.py``).
``classify.py`` adds them up into one type per name. A vote about one kind (a body's kind in
apposition, outlets, a person's article) lives in the package of its kind. The package hands
nothing on: import from the module.
"""
