"""Campaigns, seminars and trainings of the year (issue 14, convention settled on the dev gold, see
docs/rounds/2026-12-06-05-t-events4.md): "The ministry conducted educational campaigns to address the
problem", "The government sponsored educational seminars on FGM/C", "Several NGOs organized campaigns
to educate women", "The government launched a public awareness campaign and conducted training of
police" state an occurrence of the report year of type ``other``, although they name no taxonomy
verb. Cooperation ("cooperated with UNHCR"), work ("worked with UNICEF to …"), services and
assistance provided ("provided legal assistance") are not: the dev gold is split on them. Nor is training
received told by its lack ("inspectors received inadequate training", ``training_lacking_mods``): a condition
(round t-events38, docs/rounds/2026-12-19-03-t-events38.md).

``campaign_verb`` finds the verb; ``occurrences.py`` checks its tense and habit as for any other
occurrence of the year. Word lists: ``campaign_verbs``, ``campaign_nouns``, ``campaign_kinds`` and
``campaign_modifiers`` in ``events.toml``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (CAMPAIGN_KINDS, CAMPAIGN_MODIFIERS, CAMPAIGN_NOUNS, CAMPAIGN_VERBS, LAW_SUBJECTS,
                      PERSON_NOUNS, TRAINING_GIVEN_VERBS, TRAINING_LACKING_MODS, TRAINING_NOUNS,
                      TRAINING_RECEIVED_VERBS)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _held(verb: "Token") -> bool:
    """``verb`` holds a campaign: its lemma is a verb of staging and its object is a campaign noun, also
    one of a list ("workshops and seminars") or of a series ("a series of sensitization programs")."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in TRAINING_RECEIVED_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in TRAINING_NOUNS and not _lacking(c)
                   for c in verb.children) and not any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)  # "had received … in earlier years"
    if verb.pos_ == "VERB" and verb.lemma_.lower() in TRAINING_GIVEN_VERBS:
        # training given to persons: "Authorities trained police units in …", "The ministry trained mining
        # inspectors" (not "trained machine operators" as a modifier: no object)
        return any(c.dep_ == "dobj" and (c.tag_ == "NNS" or c.lemma_.lower() in PERSON_NOUNS | {"police"})
                   for c in verb.children)
    if verb.lemma_.lower() not in CAMPAIGN_VERBS or verb.pos_ != "VERB":
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        heads = [obj, *(c for c in obj.conjuncts)]
        # "conducted a series of sensitization programs", "undertook multiple information campaigns"
        heads += [o for h in list(heads) if h.lemma_.lower() in ("series", "number", "range")
                  for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        if any(_campaign_noun(h) for h in heads):
            return True
    return False


def _lacking(noun: "Token") -> bool:
    """Training told by its lack ("received inadequate training", "no training"): a condition, no event
    (round t-events38)."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in TRAINING_LACKING_MODS for c in noun.children)


def _campaign_noun(noun: "Token") -> bool:
    """ "campaigns", "seminars"; "sensitization programs", "rehabilitation activities" (not "a program")."""
    lemma = noun.lemma_.lower()
    return lemma in CAMPAIGN_NOUNS or lemma in CAMPAIGN_KINDS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in CAMPAIGN_MODIFIERS for c in noun.children)


def campaign_verb(sent: "SpacySpan") -> "Token | None":
    """The main verb of a sentence in which an actor held campaigns, seminars, workshops or trainings
    (or a verb conjoined to it with its own actor: "The law prohibits …, and the government sponsored
    broadcasts"; or the first clause of a semicolon the parser hung below the second); None otherwise
    (a law's subject, a negation, no subject)."""
    root = sent.root
    verbs = [root, *root.conjuncts, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i)]
    for verb in verbs:
        if not _held(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "did not conduct any campaign": efforts.py
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() not in LAW_SUBJECTS:
            return verb
    return _misparsed(sent)


def _misparsed(sent: "SpacySpan") -> "Token | None":
    """ "Several NGOs organized campaigns", "the labor inspectorate organized workshops" parsed as a noun
    phrase (the verb an adjective of the campaign noun): the verb, right after the actor's noun (or
    after a comma, when the whole sentence was parsed as a noun phrase)."""
    for tok in sent:
        if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in CAMPAIGN_VERBS \
                and _campaign_noun(tok.head) and tok.head.i == tok.i + 1 and tok.i > sent.start \
                and tok.nbor(-1).lemma_.lower() not in LAW_SUBJECTS and (
                    tok.nbor(-1).pos_ in ("NOUN", "PROPN", "VERB") and tok.nbor(-1).tag_ not in ("VBD", "VBN")
                    or tok.nbor(-1).text == "," and sent.root.pos_ in ("NOUN", "PROPN")):
            return tok  # (also "Several NGOs, with international assistance, organized campaigns …")
        if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in TRAINING_GIVEN_VERBS \
                and tok.head.i == sent.root.i and sent.root.tag_ == "NNS" and tok.i > sent.start \
                and tok.nbor(-1).pos_ in ("NOUN", "PROPN") and tok.nbor(-1).lemma_.lower() not in LAW_SUBJECTS:
            return tok  # "The ministry trained mining sector wardens in …" parsed as one noun phrase
    return None
