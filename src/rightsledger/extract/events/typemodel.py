"""A trained event typer: multinomial logistic regression over features of the event's sentence.

The rules (``triggers.py``) choose a trigger and its type; this model re-types the event
from richer evidence: the rules' type and trigger, the trigger's head and arguments in the
dependency parse, negation, the section, every trigger of the sentence and its content
words. It is fitted on the dev gold only by ``rightsledger train``
(:mod:`rightsledger.analysis.train`) and shipped as ``extract/data/event_types.json``,
versioned with the pipeline. The file also says how the model is combined with the rules
(``policy``), chosen by leave-one-report-out cross-validation on dev:

* ``rules``: the model is not used;
* ``model``: the model's type always;
* ``ambiguous``: the model decides when the rules found no trigger or typed ``other``;
* ``confident``: the model's type when its probability is at least ``threshold``;
* ``ambiguous_confident``: both of the above.

Without the file the rules' type stands. Scoring is a dictionary lookup per feature: no
numpy at extraction time.
"""
from __future__ import annotations

import json
import math
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .triggers import _lemma, _toks, _triggers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "event_types.json"

_ARG_DEPS = ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "xcomp", "ccomp", "prep", "agent", "neg", "advmod")
_CONTENT = ("NOUN", "VERB", "ADJ", "PROPN")
_WORD = re.compile(r"[a-z]{3,}")
_TITLE_STOP = frozenset({"and", "the", "for", "from", "with", "including", "other", "of", "section", "respect"})


def _group(section: str | None) -> str:
    top = (section or "").split(".")[0]
    return {"3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}.get(top, top or "none")


def heading_features(topic: str | None, titles: Iterable[str]) -> list[str]:
    """Features of the headings a sentence stands under: the section's classic topic and the
    content words of the section and subtopic titles ("Worker Rights", "Freedom of Assembly")."""
    out = [f"topic={topic}"] if topic else []
    for title in titles:
        out += [f"hw={w}" for w in _WORD.findall(title.lower()) if w not in _TITLE_STOP]
    return sorted(set(out))


def _clause_head(tok: "Token") -> "Token":
    """The verb of the clause ``tok`` stands in (itself for a verb)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def features(sent: "SpacySpan", trig: "Token | None", rule_type: str, section: str | None,
             precision: str, polarity: str, heading: Iterable[str] = ()) -> list[str]:
    """Sparse binary features of one event (the rules' choice, the sentence's parse and the
    headings it stands under)."""
    group = _group(section)
    f = ["bias", f"rule={rule_type}", f"group={group}", f"sec={section or 'none'}",
         f"prec={precision}", f"pol={polarity}", f"rule_group={rule_type}:{group}", *heading]
    root = sent.root
    if trig is None:
        f.append("notrig")
    else:
        lem = _lemma(trig)
        pos = "V" if trig.pos_ in ("VERB", "AUX") else "N"
        f += [f"trig={lem}", f"trigpos={lem}:{pos}", f"trigdep={trig.dep_}", f"rule_trig={rule_type}:{lem}",
              f"head={trig.head.lemma_.lower()}", f"headdep={trig.dep_}:{trig.head.lemma_.lower()}",
              f"trig_group={lem}:{group}"]
        # the main clause: "during the rebel attack, troops captured dozens": the verb that states it
        clause = _clause_head(trig)
        f.append(f"cv={_lemma(clause)}")
        f.append("trig_main" if clause.i == root.i else "trig_sub")
        if clause.i != root.i:
            f.append(f"main_over={_lemma(root)}")
        for c in trig.children:
            if c.dep_ in _ARG_DEPS:
                f.append(f"arg={c.dep_}:{c.lemma_.lower()}")
                if c.dep_ == "prep":
                    for d in c.children:
                        if d.dep_ == "pobj":
                            f.append(f"parg={c.lower_}:{d.lemma_.lower()}")
                if c.dep_ == "neg":
                    f.append("neg")
        # the verb above a noun trigger ("survived an attempted killing": survive; "carried out arrests")
        if pos == "N" and trig.head.pos_ in ("VERB", "AUX"):
            f.append(f"nverb={trig.head.lemma_.lower()}")
        for c in trig.children:
            if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "VERB"):
                f.append(f"mod={c.lemma_.lower()}")
    seen: set[str] = set()
    for tok, t in _triggers(sent):
        if tok is not trig:
            seen.add(f"st={t}")
            seen.add(f"sl={_lemma(tok)}")
    seen.add(f"root={root.lemma_.lower()}")
    for c in root.children:
        if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            seen.add(f"rootarg={c.dep_}:{c.lemma_.lower()}")
    for tok in _toks(sent):
        if tok.pos_ in _CONTENT and tok.is_alpha and not tok.is_stop:
            seen.add(f"w={tok.lemma_.lower()}")
        elif tok.dep_ == "neg":
            seen.add("sneg")
    f += sorted(seen)
    return f


# -- training data: the rules' events with their features, collected while extracting -----------
_COLLECT: list[list[tuple[str, str, list[str]]]] = []


@contextmanager
def collecting() -> Iterator[list[tuple[str, str, list[str]]]]:
    """Within the block, every event extracted appends (event id, rules' type, features)."""
    rows: list[tuple[str, str, list[str]]] = []
    _COLLECT.append(rows)
    try:
        yield rows
    finally:
        _COLLECT.remove(rows)


def record(event_id: str, rule_type: str, feats: list[str]) -> None:
    for rows in _COLLECT:
        rows.append((event_id, rule_type, feats))


def collecting_active() -> bool:
    return bool(_COLLECT)


# -- the model -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_FILE)) -> dict[str, Any] | None:
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


def probabilities(model: dict[str, Any], feats: list[str]) -> dict[str, float]:
    """Type -> probability under ``model``'s weights (``{type: {feature: weight}}``)."""
    scores = {t: sum(w.get(x, 0.0) for x in feats) for t, w in model["weights"].items()}
    top = max(scores.values())
    exp = {t: math.exp(s - top) for t, s in scores.items()}
    z = sum(exp.values())
    return {t: v / z for t, v in exp.items()}


def decide(model: dict[str, Any] | None, rule_type: str, feats: list[str]) -> str:
    """The event type: the rules' or the model's, per the model's ``policy``."""
    if not model or model.get("policy", "rules") == "rules":
        return rule_type
    probs = probabilities(model, feats)
    best = max(probs, key=probs.__getitem__)
    policy = model["policy"]
    if policy == "model":
        return best
    if policy == "ambiguous":
        return best if (rule_type == "other" or "notrig" in feats) else rule_type
    if policy == "confident":
        return best if probs[best] >= float(model.get("threshold", 0.5)) else rule_type
    if policy == "ambiguous_confident":
        if rule_type == "other" or "notrig" in feats:
            return best
        return best if probs[best] >= float(model.get("threshold", 0.5)) else rule_type
    return rule_type
