"""The one test of "declined/failed/refused to <a step>" in polarity (``clause/polarity.aims_at_step``,
t-house29): the older "declined to <anything>" folded into the settlement's (2026-12-21 S3) reading, with
one word list (``negated_step_aim_verbs`` of ``events.toml``). Fictional sentences (Lorvania)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    # (sentence, the aim verb, whether the test reads a negated step)
    ("Police declined to prosecute the attackers of the Dornet teachers.", "declined", True),
    ("The ministry failed to investigate the killing of the herder.", "failed", True),
    ("The prosecutor refused to investigate the complaint of the miners.", "refused", True),
    # a refusal to register stays the decision (``refused_step_kept_types``) ...
    ("The commission refused to register the Green Party.", "refused", False),
    # ... a declined or failed registration is a step not taken, as events/undated/negsteps.py reads it
    ("The commission declined to register the Green Party.", "declined", True),
    # "declined to <no step>": no longer read here (the older test took any complement)
    ("The minister declined to attend the ceremony in Dornet.", "declined", False),
    # not an aim verb
    ("The court agreed to hear the appeal of the miners.", "agreed", False),
]


@pytest.mark.parametrize("sentence,verb,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_aims_at_step(nlp, sentence, verb, expected):
    from rightsledger.extract.events.clause.polarity import aims_at_step

    tok = next(t for t in nlp(sentence) if t.text == verb)
    assert aims_at_step(tok) is expected
