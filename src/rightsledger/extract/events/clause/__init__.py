"""What the parse says of an occurrence's clause beside its type and date.

``tense.py`` (a past occurrence or a practice: tense, habit, a sentence that opens on a rule),
``polarity.py`` (negated, alleged or asserted), ``participants.py`` (actor, target, other, the
place and the source, matched to the report's entities) with ``genders.py`` (the gender the report
gives a person, for pronouns). Reads ``types/`` and ``..lexicon``.
"""
