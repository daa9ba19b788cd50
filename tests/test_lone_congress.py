"""Issue 14, round t-orgs61: the legislature named "Congress" alone, capitalised inside a sentence, is the body
(as "Parliament" and "Senate", settled 2026-12-11) also where the report writes "congress" in lower case, which
used to drop it as an ordinary word of the report (judged unread reports 2017 Guatemala, 2021 Dominican
Republic, 2022 Argentina). The lower-case word stays generic (settled 2026-12-06: no mention of the body), and no
list of fields opens a one-word body ("In late December, Congress passed …"). Sentences written for these tests
(a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.lone import generic_lower, lone_body

from .test_entities import entities_of


def test_congress_alone_is_a_lone_body():
    text = "The ombudsman is approved by the congress. Unions asked Congress to extend the law."
    s = text.index("Congress")
    assert lone_body(text, s, s + 8)                     # inside a sentence
    assert not lone_body(text, text.index("congress"), text.index("congress") + 8)   # lower case: no body
    text = "The congress met twice. Congress passed the law."
    s = text.index("Congress")
    assert not lone_body(text, s, s + 8)                 # only at a sentence's start: no sign


def test_lower_case_legislature_words_are_generic():
    assert generic_lower("congress") and generic_lower("parliament")
    assert not generic_lower("Congress") and not generic_lower("senate")


def _mentions(text: str, nlp) -> dict[str, list[str]]:
    return {e.name: [text[s:t] for s, t in sorted(e.mentions)] for e in entities_of(text, nlp)
            if e.type == "organization"}


@pytest.mark.model
def test_congress_alone_beside_lower_case_congress(nlp):
    text = ("The Tarsanian ombudsman is approved by the congress. Herders continued to ask Congress to extend "
            "the law. In late December, Congress passed a bill on marriage.\n")
    assert _mentions(text, nlp) == {"Congress": ["Congress", "Congress"]}
    text = ("The constitution states that congress shall protect the right of herders. Herders continued to ask "
            "Congress to extend the law.\n")
    assert _mentions(text, nlp) == {"Congress": ["Congress"]}
    text = "The Tarsanian Labor Congress and the congress of the ruling party met in Velm.\n"
    assert "congress" not in {n.lower() for n in _mentions(text, nlp)}
