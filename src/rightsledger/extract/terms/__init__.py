"""Terms: what a court imposed and how long a detention or a restriction lasted, from one sentence.

``penalties`` (the penalty a court imposed), ``imposed`` (terms narrated without "was sentenced",
a sentence being served), ``durations`` (how long a detention or a restriction lasted),
``background`` (a term told of a participant's past, in a clause about them). They are put on
events by ``extract/event_terms.py``.
"""
