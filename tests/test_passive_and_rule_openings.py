"""Two pieces the extractors wrote several times, written once (house round t-house3): the passive test
of the event rules (``extract/events/types/arguments.is_passive``: a passive subject or auxiliary among a
verb's children, with the typer's variant that also counts a passive clausal subject) and the opening of
the present-tense provision readers (``extract/provisions/norms.undated_rule_numbers``: an undated parsed
sentence, its rule numbers of one kind, its clauses). Behaviour is unchanged; these tests pin the helpers.
Sentences of a fictional country (Norland) written for these tests; the parses that the passive tests
read are built by hand, so that they do not hang on the statistical parser.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from rightsledger.extract.events.types.arguments import PASSIVE_MARKS, is_passive
from rightsledger.extract.provisions.norms import Clauses, undated_rule_numbers

# (words, heads, deps) of hand-made parses; the verb asked is the ROOT
PARSES = {
    "passive": (["The", "activists", "were", "arrested", "in", "Norhaven", "."],
                [1, 3, 3, 3, 3, 4, 3], ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"]),
    "active": (["Police", "arrested", "the", "activists", "."],
               [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "dobj", "punct"]),
    "auxiliary only": (["Many", "were", "detained", "."],  # a subject the parser missed
                       [2, 2, 2, 2], ["amod", "auxpass", "ROOT", "punct"]),
    "clausal subject": (["That", "votes", "vanished", "was", "reported", "."],
                        [2, 2, 4, 4, 4, 4], ["mark", "nsubj", "csubjpass", "auxpass", "ROOT", "punct"]),
    "clausal subject alone": (["That", "votes", "vanished", "reported", "."],
                              [2, 2, 3, 3, 3], ["mark", "nsubj", "csubjpass", "ROOT", "punct"]),
}


def root_of(name: str):
    words, heads, deps = PARSES[name]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    return next(t for t in doc if t.dep_ == "ROOT")


@pytest.mark.parametrize("name, plain, clausal", [
    ("passive", True, True),
    ("active", False, False),
    ("auxiliary only", True, True),
    ("clausal subject", True, True),
    ("clausal subject alone", False, True),
])
def test_is_passive_reads_the_passive_subject_and_auxiliary(name: str, plain: bool, clausal: bool) -> None:
    verb = root_of(name)
    assert is_passive(verb) is plain
    assert is_passive(verb, clausal_subject=True) is clausal


@pytest.mark.parametrize("name", list(PARSES))
def test_is_passive_says_what_the_rules_wrote_before(name: str) -> None:
    """The two spellings it replaces, on every token of every parse (the nine rules' test and the typer's)."""
    for tok in root_of(name).doc:
        assert is_passive(tok) == any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        assert is_passive(tok, clausal_subject=True) == any(
            c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in tok.children)
    assert PASSIVE_MARKS == ("nsubjpass", "auxpass")


QUORUM = "A union may strike if 30 percent of the dockworkers vote for it, and at least 40 members sign."


@pytest.mark.model
def test_undated_rule_numbers_keeps_the_kind_asked_with_the_clauses(nlp) -> None:
    sent = next(nlp(QUORUM).sents)
    found, clauses = undated_rule_numbers(QUORUM, sent, lambda m: m.kind == "percent")
    assert [m.text for m in found] == ["30 percent"]
    assert isinstance(clauses, Clauses)
    lo, hi, toks = clauses.around(found[0].start)
    assert lo == 0 and "percent" in [t.lower_ for t in toks]
    every, _ = undated_rule_numbers(QUORUM, sent)
    assert [m.kind for m in every] == ["percent", "count"]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "In 2021 a union could strike if 30 percent of the dockworkers voted for it.",  # dated
    "A union may strike during the year if 30 percent of the dockworkers vote for it.",  # dated
    "A union may strike if most of the dockworkers vote for it.",  # no percentage
])
def test_undated_rule_numbers_gives_nothing_on_a_dated_sentence_or_none_of_the_kind(nlp, sentence: str) -> None:
    sent = next(nlp(sentence).sents)
    assert undated_rule_numbers(sentence, sent, lambda m: m.kind == "percent") == ([], None)


def test_undated_rule_numbers_gives_nothing_without_a_parse() -> None:
    assert undated_rule_numbers(QUORUM, None) == ([], None)

