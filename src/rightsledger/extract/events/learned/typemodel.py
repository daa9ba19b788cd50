"""A trained event typer: multinomial logistic regression over features of the event's sentence.

The rules (``triggers.py``) choose a trigger and its type; this model re-types the event
from richer evidence: the rules' type and trigger, the trigger's head and arguments in the
dependency parse, negation, the section, every trigger of the sentence and its content
words. It is fitted on the dev gold only by ``rightsledger train``
(:mod:`rightsledger.analysis.training.train`) and shipped as ``extract/data/event_types.json``,
versioned with the pipeline. The file also says how the model is combined with the rules
(``policy``), chosen by ``train``: with first runs recorded, by nested leave-one-first-run-report-out
and shipped only under the rule of 2026-12-10 (:mod:`rightsledger.analysis.training.typer_cv`; the shipped
file of that date is feature version 2, ``ambiguous_confident`` at 0.6), else by
leave-one-report-out cross-validation on dev:

* ``rules``: the model is not used;
* ``model``: the model's type always;
* ``ambiguous``: the model decides when the rules found no trigger or typed ``other`` (not an
  ``other`` the rules settled by the trigger's object, ``typer.toml``'s ``settled_other``);
* ``confident``: the model's type when its probability is at least ``threshold``;
* ``ambiguous_confident``: both of the above.

Features come in versions, and the file names the one it was fitted on (``feature_version``,
"1" when absent). Version 1 is the first shipped typer's (every lemma, names included).
Version 2 is meant to generalise across reports rather than memorise one: a token that names a
person, place, body or number stands as its entity label ("arg=nsubj:<person>") and leaves the
sentence's words, and the trigger is paired with its object ("tobj=sign:decree"); its table is
data (``extract/data/typer.toml``). A model may also weigh the sentence's static embedding
(``extract/embeddings/sentences.py``, the model ``ask`` uses): then ``dense`` holds one weight vector per type,
the score adds one dot product per type, and the document's event sentences are embedded in
one batch. ``rightsledger train`` cross-validates every version, policy, L2 and vector weight.

Without the file, or with a file fitted on a feature version this code lacks, the rules' type
stands.
"""
from __future__ import annotations

import json
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ...lexicons import lexicon, words
from ..types.triggers import sentence_tokens, sentence_triggers, trigger_lemma
from .typefeats import KindOf, clause_tokens, heading_pairs, parse_features

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "event_types.json"

#: The newest version of :func:`features`; a model file names the one it was fitted on ("1" when
#: it names none) and one fitted on a version this code does not compute is not used.
FEATURE_VERSION: str = lexicon("typer")["feature_version"]
FEATURE_VERSIONS = ("1", FEATURE_VERSION)
#: Versions collected while training (:func:`record`): those above and the trial versions of
#: ``typer.toml`` (:mod:`.typefeats`), so one pass over the dev reports measures them all.
COLLECTED_VERSIONS = tuple(dict.fromkeys((*FEATURE_VERSIONS, *lexicon("typer").get("trial_versions", []))))
#: t-typer9's trial versions under their numeric names (``typer_fit.choose_candidate``'s tie-break reads a
#: version as dotted numbers): 3p, the parse and the records' kinds; 3h, the headings paired with
#: the trigger; 3c, the words of the trigger's clause only (shipped as "3.3", t-typer9b).
PARSE, HEADINGS, CLAUSE = "3.1", "3.2", "3.3"
_MASKED = words("typer", "masked_labels")
_NUMBERS = words("typer", "number_labels")
_ARG_DEPS = words("typer", "argument_deps")
_OBJ_DEPS = words("typer", "object_deps")
_CONTENT = words("typer", "content_pos")
_TITLE_STOP = words("typer", "title_stop")
_WORD = re.compile(r"[a-z]{3,}")


def section_group(section: str | None) -> str:
    """The section group a section id belongs to ("3-4", "5-7", or its own top number; "none"): what the
    typer's features and its scores are grouped by."""
    top = (section or "").split(".")[0]
    return {"3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}.get(top, top or "none")


def heading_features(topic: str | None, titles: Iterable[str]) -> list[str]:
    """Features of the headings a sentence stands under: the section's classic topic and the
    content words of the section and subtopic titles ("Worker Rights", "Freedom of Assembly")."""
    out = [f"topic={topic}"] if topic else []
    for title in titles:
        out += [f"hw={w}" for w in _WORD.findall(title.lower()) if w not in _TITLE_STOP]
    return sorted(set(out))


def _word(tok: "Token") -> str:
    """The token's lemma, or what it stands for when it names something ("<person>", "<gpe>",
    "<propn>") or counts ("<num>"): names of one report do not carry over to another."""
    if tok.ent_type_ in _MASKED or tok.pos_ == "PROPN":
        return f"<{(tok.ent_type_ or 'propn').lower()}>"
    if tok.like_num or tok.pos_ == "NUM" or tok.ent_type_ in _NUMBERS:
        return "<num>"
    return tok.lemma_.lower()


def _clause_head(tok: "Token") -> "Token":
    """The verb of the clause ``tok`` stands in (itself for a verb)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _lemma_word(tok: "Token") -> str:
    return tok.lemma_.lower()


def features(sent: "SpacySpan", trig: "Token | None", rule_type: str, section: str | None,
             precision: str, polarity: str, heading: Iterable[str] = (), version: str = FEATURE_VERSION,
             kind_of: KindOf | None = None) -> list[str]:
    """Sparse binary features of one event (the rules' choice, the sentence's parse and the
    headings it stands under). Version "2" masks names and numbers (:func:`_word`) and pairs the
    trigger with its object; version "1" (the first shipped typer's) keeps every lemma; the trial
    versions "3.1" (:data:`PARSE`), "3.2" (:data:`HEADINGS`), "3.3" (:data:`CLAUSE`, shipped by
    t-typer9b) add to version 2 (:mod:`.typefeats`; ``kind_of`` gives a token's entity kind from
    the sentence's records, for "3.1")."""
    heading = list(heading)
    masked = version != "1"
    word = _word if masked else _lemma_word
    group = section_group(section)
    f = ["bias", f"rule={rule_type}", f"group={group}", f"sec={section or 'none'}",
         f"prec={precision}", f"pol={polarity}", f"rule_group={rule_type}:{group}", *heading]
    root = sent.root
    if trig is None:
        f.append("notrig")
    else:
        lem = trigger_lemma(trig)
        pos = "V" if trig.pos_ in ("VERB", "AUX") else "N"
        head = word(trig.head)
        f += [f"trig={lem}", f"trigpos={lem}:{pos}", f"trigdep={trig.dep_}", f"rule_trig={rule_type}:{lem}",
              f"head={head}", f"headdep={trig.dep_}:{head}", f"trig_group={lem}:{group}"]
        # the main clause: "during the rebel attack, troops captured dozens": the verb that states it
        clause = _clause_head(trig)
        f.append(f"cv={trigger_lemma(clause)}")
        f.append("trig_main" if clause.i == root.i else "trig_sub")
        if clause.i != root.i:
            f.append(f"main_over={trigger_lemma(root)}")
        for c in trig.children:
            if c.dep_ in _ARG_DEPS:
                f.append(f"arg={c.dep_}:{word(c)}")
                if c.dep_ == "prep":
                    for d in c.children:
                        if d.dep_ == "pobj":
                            f.append(f"parg={c.lower_}:{word(d)}")
                            if masked:
                                f.append(f"tparg={lem}:{c.lower_}:{word(d)}")
                if c.dep_ == "neg":
                    f.append("neg")
                if masked and c.dep_ in _OBJ_DEPS:  # "signed a decree", "sent a pig's head"
                    f.append(f"tobj={lem}:{word(c)}")
        # the verb above a noun trigger ("survived an attempted killing": survive; "carried out arrests")
        if pos == "N" and trig.head.pos_ in ("VERB", "AUX"):
            f.append(f"nverb={trig.head.lemma_.lower()}")
            if masked:
                f.append(f"vn={trigger_lemma(trig.head)}:{lem}")
        for c in trig.children:
            if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "VERB"):
                f.append(f"mod={word(c)}")
        if version == PARSE:
            f += parse_features(trig, clause, lem, word, kind_of)
        elif version == HEADINGS:
            f += heading_pairs(lem, heading)
    seen: set[str] = set()
    for tok, t in sentence_triggers(sent):
        if tok is not trig:
            seen.add(f"st={t}")
            seen.add(f"sl={trigger_lemma(tok)}")
    seen.add(f"root={root.lemma_.lower()}")
    for c in root.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            seen.add(f"rootarg={c.dep_}:{word(c)}")
    toks = sentence_tokens(sent)
    if version == CLAUSE:
        toks = clause_tokens(sent, trig, _clause_head, toks)
    for tok in toks:
        if tok.pos_ in _CONTENT and tok.is_alpha and not tok.is_stop:
            w = word(tok)
            if not w.startswith("<"):  # (version 2) a name or number is no word of the type
                seen.add(f"w={w}")
        elif tok.dep_ == "neg":
            seen.add("sneg")
    f += sorted(seen)
    return f


# -- training data: the rules' events with their features, collected while extracting -----------
Row = tuple[str, str, dict[str, list[str]]]
_COLLECT: list[list[Row]] = []


@contextmanager
def collecting() -> Iterator[list[Row]]:
    """Within the block, every event extracted appends (event id, rules' type, features of
    every version)."""
    rows: list[Row] = []
    _COLLECT.append(rows)
    try:
        yield rows
    finally:
        _COLLECT.remove(rows)


def record(event_id: str, rule_type: str, feats: dict[str, list[str]]) -> None:
    for rows in _COLLECT:
        rows.append((event_id, rule_type, feats))


def collecting_active() -> bool:
    return bool(_COLLECT)


# -- the model -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_FILE)) -> dict[str, Any] | None:
    """The shipped typer, or None when there is none or it was fitted on other features."""
    p = Path(path)
    if not p.is_file():
        return None
    model = json.loads(p.read_text(encoding="utf-8"))
    if str(model.get("feature_version", "1")) not in FEATURE_VERSIONS:
        return None  # weights of features this code no longer computes: the rules' type stands
    if model.get("dense"):
        import numpy as np

        types = list(model["weights"])
        model["_dense"] = (types, np.asarray([model["dense"][t] for t in types], dtype=np.float32)
                           * float(model.get("dense_scale", 1.0)))
    return model


def needs_vector(model: dict[str, Any] | None) -> bool:
    """Whether ``model`` weighs the sentence's embedding (:func:`decide` wants ``vec``)."""
    return bool(model and model.get("dense") and model.get("policy", "rules") != "rules")


def probabilities(model: dict[str, Any], feats: list[str], vec: Any = None) -> dict[str, float]:
    """Type -> probability under ``model``'s weights (``{type: {feature: weight}}``, plus one
    dot product per type with the sentence's vector ``vec`` when the model has ``dense``)."""
    scores = {t: sum(w.get(x, 0.0) for x in feats) for t, w in model["weights"].items()}
    if vec is not None and "_dense" in model:
        types, mat = model["_dense"]
        for t, d in zip(types, (mat @ vec).tolist()):
            scores[t] += d
    top = max(scores.values())
    exp = {t: math.exp(s - top) for t, s in scores.items()}
    z = sum(exp.values())
    return {t: v / z for t, v in exp.items()}


def decide(model: dict[str, Any] | None, rule_type: str, feats: list[str], vec: Any = None) -> str:
    """The event type: the rules' or the model's, per the model's ``policy``."""
    if not model or model.get("policy", "rules") == "rules":
        return rule_type
    if model["policy"] == "ambiguous" and not _ambiguous(rule_type, feats):
        return rule_type  # no scoring needed
    return combine(model["policy"], model.get("threshold"), rule_type, feats, probabilities(model, feats, vec))


#: The trigger-and-object features (``tobj=release:budget``) on which the rules' ``other`` is settled, not
#: ambiguous (t-typer20): ``typer.toml``'s ``settled_other``, a lemma and the ``events.toml`` lists of its objects.
_SETTLED_OTHER = frozenset(f"tobj={lem}:{w}" for lem, lists in lexicon("typer").get("settled_other", {}).items()
                           for name in lists for w in words("events", name))


def _ambiguous(rule_type: str, feats: list[str]) -> bool:
    """No trigger, or a rules' ``other`` the rules did not settle by the trigger's object ("released the budget")."""
    return "notrig" in feats or rule_type == "other" and _SETTLED_OTHER.isdisjoint(feats)


def combine(policy: str, threshold: float | None, rule_type: str, feats: list[str],
            probs: dict[str, float]) -> str:
    """The type ``policy`` gives from the rules' type and the model's probabilities."""
    best = max(probs, key=probs.__getitem__)
    confident = probs[best] >= float(0.5 if threshold is None else threshold)
    if policy == "model" or policy == "ambiguous" and _ambiguous(rule_type, feats):
        return best
    if policy == "confident" and confident:
        return best
    if policy == "ambiguous_confident" and (confident or _ambiguous(rule_type, feats)):
        return best
    return rule_type
