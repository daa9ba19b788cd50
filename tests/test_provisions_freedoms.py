"""Law statements of the modern layout's Section 2 (freedoms) and 3 (elections): penalties
a rule "may carry" with an adjective, a time a law "gives" an authority, a deadline inside
a penalty rule, an electoral threshold named beside its percentage. Sentences of our own
making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions import _legal_limits, _norm, _present_limits, rule_mentions

RULES = [
    # a penalty frame with adjectives: "may carry moderate fines", "carried potential penalties"
    ("Late filing of an NGO's annual report is an administrative offense and may carry moderate "
     "fines or suspension for two months if it is repeated within one year.",
     [(2, "penalty"), (1, "time_limit")]),
    ("The press code contained an article on insulting officials that carried possible penalties "
     "such as nine months' imprisonment.", [(9, "penalty")]),
    # a law that gives an authority a time to act, present or past
    ("The law gives the interior ministry four months to decide on an association's registration.",
     [(4, "time_limit")]),
    ("The statute gave the commission 30 days to review each broadcasting license.", [(30, "time_limit")]),
    # an electoral threshold named beside its percentage, in a sentence that narrates results
    ("Two small parties did not pass the 6 percent threshold for seats in the assembly.",
     [(6, "threshold")]),
    ("The Green Union, with 4 percent of the vote, fell short of the 5 percent threshold.",
     [(5, "threshold")]),
]

NOT_RULES = [
    "Soldiers carried out two raids on the newspaper's office in March.",
    "The mayor gave the protesters two hours to leave the square on June 4.",
    "The opposition party won 6 percent of the vote in the March elections.",
]


def _mentions(nlp, sentence: str) -> list:
    sent = nlp(sentence)[:]
    found = rule_mentions(sentence, sent) or _present_limits(sentence, sent)
    seen = {m.start for m in found}
    found += [m for m in _legal_limits(sentence) if m.start not in seen]
    return sorted(found, key=lambda m: m.start)


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", RULES)
def test_freedom_and_election_rules(nlp, sentence: str, expected: list) -> None:
    got = [(m.value, _norm(m, sentence, sentence[max(0, m.start - 60):m.end + 60]))
           for m in _mentions(nlp, sentence)]
    assert got == expected


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narration_is_not_a_rule(nlp, sentence: str) -> None:
    assert _mentions(nlp, sentence) == []
