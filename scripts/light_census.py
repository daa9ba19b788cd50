"""How the DEV gold reads an occurrence named by a noun after a light verb (round t-events18, issue 14).

A sibling of ``act_census.py``. Shapes defined before the first count (the round's record): a sentence
of a dev gold file's scope (held-out dev reports skipped before their records or text are read, test
gold never read), parsed alone with the pipeline's model, is a candidate when a noun of the trigger
table (``triggers._triggers``, not a verb) or a conjunct of it is

- ``subject``: the object of "to" after "subject"/"expose" ("subjected X to prosecution", "were
  subjected to abuse"),
- ``use``: the direct object of "use", "employ", "exercise" ("used intimidation", "exercised censorship"),
- ``face``: the direct object of "face", "suffer", "undergo", "experience", "endure" ("faced charges").

Each candidate is split by

- the doer: ``actor`` (the active subject of subject/use is a named body, an ORG/GPE/PROPN or an actor
  noun of ``summary_actors``; the agent of a passive "were subjected to abuse by guards"), ``victim``
  (the subject of face/suffer, or of a passive subject without an agent), ``class`` (a subject
  quantified by ``practice_quantifiers`` or a bare plural of persons with no count/name), ``none``;
- the persons it was done to / who suffered: ``persons`` (named or counted, ``actor_acts.names_persons``, or
  a definite noun "the journalist"), ``class`` (anything else), ``-`` (no such argument);
- tense of the light verb: ``past`` (``tense.past``), ``pres``, ``other``; ``habit`` when ``habitual``
  or ``under_habit`` or a ``habitual_phrases`` phrase is in the sentence;
- ``dated`` when the sentence names a month or year.

Reading: the gold events that overlap the sentence ("event" or "none"), the system's export (the
directory given with ``--pred``) likewise.

    PYTHONPATH=src python scripts/light_census.py --pred DIR [--list] [--text]

``--text`` prints the sentences at run time (nothing of it is committed).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention_census import MONTH_OR_YEAR, dev_documents, overlapping, sentences  # noqa: E402
from convention_census import held_out as _held_out  # noqa: E402

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.extract.events.undated.actor_acts import names_persons  # noqa: E402
from rightsledger.extract.events.lexicon import HABITUAL_PHRASES, PRACTICE_QUANTIFIERS, SUMMARY_ACTORS  # noqa: E402
from rightsledger.extract.events.clause.tense import habitual, past, under_habit  # noqa: E402
from rightsledger.extract.events.types.triggers import is_verb, sentence_triggers, trigger_lemma  # noqa: E402

SUBJECT_VERBS = {"subject", "expose"}
USE_VERBS = {"use", "employ", "exercise"}
FACE_VERBS = {"face", "suffer", "undergo", "experience", "endure"}


def _doer_kind(tok) -> str:
    """actor / class / victim-like persons for a subject or agent token."""
    if tok.lower_ in PRACTICE_QUANTIFIERS or any(
            c.dep_ in ("det", "amod", "nummod") and c.lower_ in PRACTICE_QUANTIFIERS for c in tok.children):
        return "class"
    if tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.pos_ == "PROPN" or tok.lemma_.lower() in SUMMARY_ACTORS:
        return "actor"
    if tok.pos_ == "PRON":
        return "pron"
    return "other"


def _who(tok) -> str:
    """persons (named, counted, definite) or class."""
    if tok is None:
        return "-"
    if names_persons(tok) or tok.ent_type_ == "PERSON" or any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "his", "her", "their")
            or c.dep_ == "nummod" for c in tok.children):
        return "persons"
    return "class"


def shape(sent) -> list[tuple[str, ...]]:
    """(verb group, doer, object, tense, habit, dated) for each light-verb trigger noun of ``sent``."""
    out, seen = [], set()
    for tok, _t in sentence_triggers(sent):
        if is_verb(tok):
            continue
        cur = tok
        while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
        group, verb, obj = None, None, None
        if cur.dep_ == "pobj" and cur.head.lower_ == "to" and trigger_lemma(cur.head.head) in SUBJECT_VERBS:
            group, verb = "subject", cur.head.head
        elif cur.dep_ == "dobj" and trigger_lemma(cur.head) in USE_VERBS:
            group, verb = "use", cur.head
        elif cur.dep_ == "dobj" and trigger_lemma(cur.head) in FACE_VERBS:
            group, verb = "face", cur.head
        if verb is None or verb.i in seen:
            continue
        seen.add(verb.i)
        kids = list(verb.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        subjp = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        agent = next((o for c in kids if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        dobj = next((c for c in kids if c.dep_ == "dobj" and c is not cur), None)
        if group == "face":
            doer = "victim" if subj is not None else "none"
            obj = subj
        elif subjp is not None:  # "were subjected to abuse (by guards)"
            doer = _doer_kind(agent) if agent is not None else "victim"
            obj = subjp
        else:
            doer = _doer_kind(subj) if subj is not None else "none"
            obj = dobj if group == "subject" else None
        tense = "past" if past(verb) else ("pres" if verb.tag_ in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in kids) else "other")
        low = sent.text.lower()
        habit = "habit" if habitual(verb) or under_habit(verb) or any(p in low for p in HABITUAL_PHRASES) else "-"
        dated = "dated" if MONTH_OR_YEAR.search(sent.text) else "-"
        out.append((group, doer, _who(obj), tense, habit, dated))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pred", required=True, help="exports saved by evaluate --save-predictions")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--text", action="store_true")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    rows = []
    for doc, text, ranges, records in dev_documents("dev"):
        if _held_out(doc):
            continue
        pf = Path(args.pred) / f"{doc}.jsonl"
        if not pf.exists():
            continue
        pred = [json.loads(x) for x in pf.read_text().splitlines() if x.strip()]
        pred = [p for p in pred if p.get("kind") == "event" and p.get("evidence")]
        cands = list(sentences(text, ranges))
        for (s, e, t), parsed in zip(cands, nlp.pipe([c[2] for c in cands], batch_size=64)):
            for sent in parsed.sents:
                for got in shape(sent):
                    gold = any(r["kind"] == "event" for r in overlapping(records, s, e))
                    sys_ = bool(overlapping(pred, s, e))
                    rows.append((doc, s, e, got, gold, sys_, t))
    table: dict[tuple, Counter] = defaultdict(Counter)
    docs: dict[tuple, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for doc, _, _, got, gold, sys_, _ in rows:
        for key in (got[:1], got[:2], got[:3], got[:5]):
            table[key]["event" if gold else "none"] += 1
            table[key]["miss" if gold and not sys_ else ("fp" if sys_ and not gold else "ok")] += 1
            docs[key][doc]["event" if gold else "none"] += 1
    for key in sorted(table):
        c = table[key]
        by_doc = docs[key]
        ev_docs = sum(1 for d in by_doc.values() if d["event"] > d["none"])
        none_docs = sum(1 for d in by_doc.values() if d["none"] > d["event"])
        print(f"{'/'.join(key):40s} event {c['event']:3d} none {c['none']:3d} | reports event>none {ev_docs:2d} "
              f"none>event {none_docs:2d} | system miss {c['miss']:2d} false {c['fp']:2d}")
    if args.list:
        for doc, s, e, got, gold, sys_, t in rows:
            print(f"{'/'.join(got)} {doc} {s}-{e} gold={'event' if gold else 'none'} sys={'event' if sys_ else 'none'}"
                  + (f"  {t[:170]!r}" if args.text else ""))


if __name__ == "__main__":
    main()
