"""What an undated sentence tells that is no occurrence of the year: a practice, a rule, a
condition or a view.

``habits.py`` (a mark of habit in the clause chain), ``procedures.py`` (arrest procedures as a
summary), ``conditional_practice.py`` (a practice told by its condition), ``class_rules.py`` (a
class's rule), ``reduced.py`` (a reduced relative taken for the main clause), ``conditions.py`` (a
class of occurrences told by its outcome), ``assessments.py`` (a body's judgement),
``unreported.py`` (victims who did not report), ``negated_reporting.py`` (a body's negated reporting
on a class), ``restricted_rights.py`` (a right restricted in general, in the passive),
``relative_functions.py`` (a weak trigger in a relative clause describing its noun), ``class_trials.py``
(a court trying a class of persons, undated), ``oversight.py`` (a body monitoring a place or a matter), ``generic_when.py``
(a sentence opening with a clause of time about anyone of a class), ``undated_frames.py``
(frames of aims, frequency, increase), ``untimed_passive.py`` (a step told as not done, in the passive, with no
time in the sentence), ``penalty_statements.py`` (a trigger inside a penalty statement: the offence or the
offenders a rule's penalty is for). Reads ``clause/``, ``types/`` and ``..lexicon``; ``undated/`` and ``extract_events``
read it.
"""
