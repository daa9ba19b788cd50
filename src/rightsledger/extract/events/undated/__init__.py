"""Which undated sentences state an occurrence of the report year.

``occurrences.py`` holds the order of the readings of an undated sentence (``undated_event``);
the readings: summaries (``summaries.py``, ``light.py``, ``subjected.py``, ``actor_acts.py``,
``happened.py``, ``conjuncts.py``, ``campaigns.py``, ``issues.py``, ``refusals.py``,
``reactions.py``, ``particular_calls.py``: a call about one person), what is told as reported
(``reports_told.py``, ``thereare.py``, ``hearsay.py``, ``reports_in_year.py``: reports placed "during the year",
``accusations.py``, ``evidence_told.py``, ``noncompliance.py``, ``reported_gerunds.py``: reports of an actor
doing something told by a gerund), what was not done (``efforts.py``,
``negsteps.py``, ``negated_since.py`` (and ``acted_since.py``: acts done since a date), ``inaction_beside.py``, ``steps_beside_state.py``,
``nostates.py``: negated states that are no event), counts (``counted_occurrences.py``,
``quantified_occurrences.py``, ``recorded_occurrences.py``) and observers' verdicts
(``verdicts.py``). Reads ``nonevents/``, ``dating/``, ``clause/``, ``types/`` and ``..lexicon``.
"""
