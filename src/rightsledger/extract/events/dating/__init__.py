"""What dates an event: which date mentions of a sentence date an occurrence, and which trigger.

``dated.py`` runs the checks in their order (``dated_events``); ``attach.py`` finds the trigger a
date attaches to. Dates that are no event date: ``date_labels.py`` (labels, names, plans),
``labels.py`` (acts named by their date), ``named_occurrences.py`` (the occurrences a date only
names), ``class_bounds.py`` (dates that bound a class), ``dated_statistics.py`` (statistics and
states); publications by their date: ``cited_publications.py``, ``dated_publications.py``,
``publishing.py``, ``publication_years.py``; ``reacted.py`` (reactions by their own date), ``vote_shares.py`` (an election's
result), ``shared.py`` (clauses sharing one date), ``asof.py`` (counts to an as-of date, "since"),
``fraction_periods.py`` (the year's first months), ``episodes.py`` (an undated occurrence dated by
its episode). Reads ``clause/``, ``types/`` and ``..lexicon``.
"""
