"""scripts/negation_census.py (round t-conv16): the shapes of negated states and standing functions,
read from the parse alone, on our own sentences (a fictional country)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .load_script import load_script

ROOT = Path(__file__).resolve().parent.parent
negation_census = load_script(ROOT / "scripts" / "negation_census.py")


@pytest.mark.parametrize("sentence, expected", [
    ("There were no government restrictions on scholarly research or theater performances.", ("N1", "restriction")),
    ("There were no reports of politically motivated abductions.", ("N1", "reports")),
    ("There were no laws requiring ramps in public buildings.", ("N1", "law")),
    ("There was no known Buddhist community in Lorvania.", ("N1", "thing")),
    ("There were no investigations into the beatings.", ("N1", "act-particular")),
    ("There were no investigations into these incidents.", ("N1", "act-particular")),
    ("There were no investigations into any of these incidents.", ("N1", "act-particular")),
    ("There were no prosecutions for an assault on a minor.", ("N1", "act-class")),
    ("There were no known prosecutions for such offenses.", ("N1", "act-class")),
    ("There were no prosecutions for trafficking offenses.", ("N1", "act-class")),
    ("There were no prosecutions.", ("N1", "act-bare")),
    # the object shared by coordinated verbs hangs on the last one (t-neg18)
    ("The Lorvanian government did not restrict or disrupt access to the internet.", ("N2", "right")),
    ("The commission received and mediated complaints from tenants.", ("N3", "other")),
    ("The Lorvanian government did not restrict access to the internet.", ("N2", "right")),
    ("The labor inspectorate did not keep records.", ("N2", "class-other")),
    ("The ombudsman received complaints from prisoners.", ("N3", "other")),
    ("The labor ministry investigated complaints of abuse.", ("N3", "trigger")),
    ("The ombudsman received many complaints from prisoners.", None),  # quantified: not a class
    ("The police did not investigate the shooting of the miner.", None),  # a settled negated step
])
def test_shapes(nlp, sentence, expected):
    assert negation_census.shape(nlp(sentence)[:]) == expected


def test_dated_sentence_is_not_a_candidate(nlp):
    text = "In March there were no restrictions on assembly in Dorva.\n"
    assert list(negation_census.candidates(nlp, text, [[0, len(text)]], 2099)) == []
