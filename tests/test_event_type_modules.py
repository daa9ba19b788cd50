"""The trigger typing split in three (t-house19): ``triggers.py`` (gates, dispatch), ``verb_types.py``
(a verb's cases by its arguments, in groups run in their old order) and ``noun_types.py`` (a noun's
cases). Own sentences: each word list moved from the code into ``events.toml`` still decides its case,
and the modules called directly give what ``trigger_type`` gives."""
from __future__ import annotations

import pytest

CASES = [
    # (sentence, trigger word, type): the word lists moved into events.toml
    ("Unidentified assailants beat a journalist in Verna.", "beat", "attack_or_threat"),  # unknown_assailant_mods
    ("Three parties passed the threshold.", "passed", None),  # passed_things
    ("Parliament passed the budget in a late session.", "passed", "law_or_decree"),
    ("Police forcibly returned 48 asylum seekers to Kestria.", "returned", "asylum_or_citizenship_decision"),
    ("Prosecutors opened an investigation into the shooting.", "opened", "investigation"),  # opened_inquiries
    ("The two parties signed a truce in the capital.", "signed", "other"),  # agreement_nouns
    ("The deputies passed a vote of no confidence in the government.", "vote", "other"),  # confidence_votes
    ("The editor received threatening messages from officials.", "received", "attack_or_threat"),  # threat_mods
    ("Police arrested two journalists in Verna.", "arrested", "detention_or_arrest"),  # the verb table, last
]


@pytest.mark.parametrize("sentence,word,type_", CASES, ids=[c[0][:40] for c in CASES])
def test_moved_cases_type_as_before(nlp, sentence, word, type_):
    from rightsledger.extract.events.types.triggers import trigger_type

    tok = next(t for t in nlp(sentence) if t.text == word)
    assert trigger_type(tok) == type_


def test_the_modules_called_directly_agree_with_trigger_type(nlp):
    """``verb_type`` and ``noun_type`` are what ``trigger_type`` dispatches to past the gates."""
    from rightsledger.extract.events.lexicon import ANY_TRIGGER
    from rightsledger.extract.events.types.noun_types import noun_type
    from rightsledger.extract.events.types.triggers import trigger_lemma, trigger_type
    from rightsledger.extract.events.types.verb_types import verb_type

    seen = 0
    for sentence, _, _ in CASES:
        for tok in nlp(sentence):
            lemma = trigger_lemma(tok)
            if lemma not in ANY_TRIGGER or tok.ent_type_ == "DATE":
                continue
            if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
                direct = verb_type(tok, lemma, trigger_type)
            elif tok.pos_ in ("NOUN", "PROPN"):
                direct = noun_type(tok, lemma)
            else:
                continue
            assert direct == trigger_type(tok) or trigger_type(tok) == "other", (sentence, tok.text)
            seen += 1
    assert seen >= len(CASES)


def test_the_verb_groups_fall_through_with_no_cue(nlp):
    """A verb no group answers for falls through every group (``NO_CUE``) to the verb table."""
    from rightsledger.extract.events.types import verb_types
    from rightsledger.extract.events.types.cues import NO_CUE
    from rightsledger.extract.events.types.triggers import trigger_type

    tok = next(t for t in nlp("Police arrested two journalists in Verna.") if t.text == "arrested")
    groups = (verb_types._cues_and_readings, verb_types._harm_and_removals, verb_types._force_courts_and_bans,
              verb_types._statements_and_findings, verb_types._procedures_and_decisions)
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")}
    kids = {c.lemma_.lower() for c in tok.children}
    assert all(g(tok, "arrest", kids, objs, trigger_type) == NO_CUE for g in groups)
    assert verb_types.verb_type(tok, "arrest", trigger_type) == "detention_or_arrest"
