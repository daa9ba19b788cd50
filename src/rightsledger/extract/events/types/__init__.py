"""What types an event: the trigger a token is and the type it triggers.

``triggers.py`` holds the gates every token passes and the dispatch (a verb's cases are
``verb_types.py``'s, a noun's ``noun_types.py``'s, the words of their arguments ``arguments.py``'s);
``cues.py`` the exact cues the tables alone get wrong; the typed special cases beside them, one
question each: ``acquittals.py``, ``appeals.py``, ``bans.py``, ``crimes.py``, ``custody.py``,
``damages.py``, ``deaths.py``, ``demands.py``, ``duties.py``, ``elections.py``, ``informed.py``,
``instruments.py``, ``permissions.py``, ``settled.py``, ``statements.py``, and ``inquiries.py`` (an inquiry the rules
typed ``other``). Reads only ``..lexicon``; every other package of ``extract/events/`` reads it.
"""
