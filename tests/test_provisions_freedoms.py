"""Law statements of the modern layout's Section 2 (freedoms) and 3 (elections): penalties
a rule "may carry" with an adjective, a time a law "gives" an authority, a deadline inside
a penalty rule, a period of advance notice or prior approval (requirement), an electoral
threshold named beside its percentage (a provision, not a figure), the threshold of a
registration requirement. Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.provisions.build import (
    _legal_limits,
    rule_mentions,
)
from rightsledger.extract.provisions.deadlines import present_limits as _present_limits
from rightsledger.extract.provisions.norms import norm_of as _norm

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
    # advance notice of an assembly or prior approval of media content: requirement
    ("In such cases, the government may censor newspapers by requiring editors to submit, for "
     "approval, every article 48 hours before publication.", [(48, "requirement")]),
    ("The law requires organizers to notify the city hall three days in advance of public meetings.",
     [(3, "requirement")]),
    # the threshold of a registration requirement, cited in a sentence about a finding
    ("The mission found that requirements for national unions to have branches in more than "
     "40 percent of the provinces were too high.", [(40, "threshold")]),
    ("The code restricts unions, such as by a requirement that a national union be represented "
     "in at least half of the provinces.", [(0.5, "threshold")]),
]

NOT_RULES = [
    "Soldiers carried out two raids on the newspaper's office in March.",
    "The mayor gave the protesters two hours to leave the square on June 4.",
    "The opposition party won 6 percent of the vote in the March elections.",
    "On May 4, police ordered the editor to submit the article two days before publication.",
    "Unions with more than 40 percent of their members in the capital held a strike in May.",
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


@pytest.mark.model
def test_threshold_cited_in_narration_is_no_figure(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("ZEMBLA 2023 HUMAN RIGHTS REPORT\n\n"
            "The Farmers' Party, with 4 percent of the vote, did not pass the 6 percent threshold "
            "for seats in the assembly.\n")
    doc = Document("zembla-2023", "Zembla", "Zembla", None, 2023, "", "txt", "x", len(text))
    assert [f.value for f in extract_figures(annotate(text, doc, outline(text, doc.id), nlp))] == [4]
