"""How the DEV gold reads an actor's undated act told in the simple past (round t-conv13, issue 14).

The parse companion of ``convention_census.py`` (whose shapes are regular expressions): every
sentence of every dev gold file's scope (held-out dev reports skipped before their records or text
are read, test gold never read) is parsed alone with the pipeline's spaCy model, and a sentence is a
candidate when its root is a finite past verb (simple past or past perfect, ``tense.past``), active,
not negated, not habitual or under a habit, not a state auxiliary, not a modal, in an undated
sentence (no month, year or DATE entity), and its subject is an actor (``summaries.is_actor``),
not quantified as part of a class (``practice_quantifiers``). Two questions:

- ``A``: the root's lemma is outside the taxonomy's triggers (``ANY_TRIGGER``) and outside
  ``not_occurrences``/``phenomenon_verbs`` (saying, statistics, standing functions);
- ``B``: the root's direct object is a right or freedom (``right_nouns``), whatever the verb.

Each candidate gets a sub-shape by its object: ``persons`` (named or counted persons,
``actor_acts.names_persons``), ``group`` (an uncounted noun of persons or a named group), ``body`` (an
organization), ``thing`` (any other object or prepositional complement), ``none`` (no object), and
the gold reading: the event types that overlap the sentence, or "no event".

    PYTHONPATH=src python scripts/act_census.py [--list] [--text]

``--text`` prints the sentences at run time (nothing of it is committed).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention_census import MONTH_OR_YEAR, dev_documents, event_reading, overlapping, sentences  # noqa: E402
from convention_census import held_out as _held_out  # noqa: E402

from rightsledger.read import read_path  # noqa: E402

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.extract.events.undated.actor_acts import names_persons  # noqa: E402
from rightsledger.extract.events.lexicon import (  # noqa: E402
    ANY_TRIGGER, NOT_OCCURRENCES, ORG_NOUNS, PERSON_NOUNS, PHENOMENON_VERBS, PRACTICE_QUANTIFIERS,
    RIGHT_NOUNS, SUMMARY_ACTORS,
)
from rightsledger.extract.lexicons import words  # noqa: E402
from rightsledger.extract.events.undated.summaries import is_actor  # noqa: E402
from rightsledger.extract.events.clause.tense import habitual, past, state_aux, under_habit  # noqa: E402
from rightsledger.extract.events.types.triggers import trigger_lemma  # noqa: E402

CAMPAIGN_NOUNS = words("events", "campaign_nouns")
SETTLED_VERBS = frozenset({"visit"})


def shape(sent) -> tuple[str, str] | None:
    """(question, sub-shape) of a parsed sentence, or None when it is not a candidate."""
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBN") or not past(root):
        return None
    if habitual(root) or under_habit(root) or state_aux(root):
        return None
    if any(e.label_ == "DATE" for e in sent.ents):
        return None
    kids = list(root.children)
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass", "mark") or c.tag_ == "MD" for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or not is_actor(subj):
        return None
    if subj.lower_ in PRACTICE_QUANTIFIERS or any(
            c.dep_ in ("nummod", "det", "amod") and c.lower_ in PRACTICE_QUANTIFIERS for c in subj.children):
        return None
    dobj = [c for c in kids if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in RIGHT_NOUNS for o in dobj):
        return "B", "right"
    lemma = trigger_lemma(root)
    if lemma in ANY_TRIGGER or lemma in NOT_OCCURRENCES | PHENOMENON_VERBS:
        return None
    objs = dobj + [c for c in kids if c.dep_ == "dative"]
    objs += [o for c in kids if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if not objs:
        return "A", "none"
    if lemma in SETTLED_VERBS or any(o.lemma_.lower() in ANY_TRIGGER | CAMPAIGN_NOUNS for o in objs):
        return "A", "settled"  # a taxonomy noun as object, a campaign or a visit: settled before
    if any(names_persons(o) for o in objs):
        return "A", "persons"
    if any(o.lemma_.lower() in PERSON_NOUNS | SUMMARY_ACTORS or o.ent_type_ in ("NORP", "PERSON")
           for o in objs):
        return "A", "group" + _definite(objs)
    if any(o.ent_type_ == "ORG" or o.lemma_.lower() in ORG_NOUNS for o in objs):
        return "A", "body" + _definite(objs)
    return "A", "thing" + _definite(objs)


def _definite(objs) -> str:
    """"+one" when an object is one particular thing (a/an, a number, a name, a possessive), "+gen"
    when every object is a bare plural, a mass noun or a quantified class ("homes", "many cases")."""
    for o in objs:
        if o.pos_ in ("PROPN", "PRON") and o.lower_ not in PRACTICE_QUANTIFIERS or o.ent_type_ in ("ORG", "GPE", "FAC", "LAW", "WORK_OF_ART"):
            return "+one"
        for c in o.children:
            if c.dep_ == "nummod" or c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that"):
                return "+one"
    return "+gen"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--text", action="store_true")
    parser.add_argument("--candidates", choices=("held-out", "test"),
                        help="only count the candidate sentences per sub-shape in the texts of the held-out "
                             "dev or test reports (their gold is not read; for the annotators who re-read them)")
    parser.add_argument("--offsets", action="store_true",
                        help="with --candidates: one line per candidate sentence (doc, question, sub-shape, "
                             "start-end) instead of the counts; with --text also the sentence")
    parser.add_argument("--file", action="append", default=[], metavar="STEM",
                        help="with --candidates: only these gold files (by doc stem, e.g. 2020_jamaica); "
                             "2018 Bulgaria and 2022 Botswana are read only when named here")
    parser.add_argument("--gold", action="store_true",
                        help="with --offsets: add the gold reading of each sentence (annotators only: "
                             "never next to system output)")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    if args.candidates:
        count_candidates(nlp, args.candidates, offsets=args.offsets, only=args.file, show_text=args.text,
                         gold=args.gold)
        return
    rows = []
    for doc, text, ranges, records in dev_documents("dev"):
        if _held_out(doc):
            continue
        cands = [(s, e, t) for s, e, t in sentences(text, ranges) if not MONTH_OR_YEAR.search(t)]
        for (s, e, t), parsed in zip(cands, nlp.pipe([c[2] for c in cands], batch_size=64)):
            sents = list(parsed.sents)
            if len(sents) != 1:
                continue
            got = shape(sents[0])
            if got:
                rows.append((doc, s, e, *got, event_reading(t, overlapping(records, s, e)), t))
    for question in ("A", "B"):
        table: dict[str, Counter] = defaultdict(Counter)
        per_doc: dict[str, Counter] = defaultdict(Counter)
        for doc, _, _, q, sub, reading, _ in rows:
            if q == question:
                table[sub]["event" if reading != "no event" else "no event"] += 1
                per_doc[doc]["event" if reading != "no event" else "no event"] += 1
        print(f"## {question}")
        for sub, c in sorted(table.items()):
            print(f"  {sub:8s} event {c['event']:4d}  no event {c['no event']:4d}")
        for doc, c in sorted(per_doc.items()):
            print(f"    {doc:30s} event {c['event']:3d}  no event {c['no event']:3d}")
    if args.list:
        for doc, s, e, q, sub, reading, t in rows:
            print(f"{q} {sub:8s} {doc} {s}-{e} {reading}" + (f"  {t[:150]!r}" if args.text else ""))


def count_candidates(nlp, which: str, offsets: bool = False, only: list[str] | None = None,
                     show_text: bool = False, gold: bool = False) -> None:
    """Candidate sentences per sub-shape in the scopes of the held-out dev or the test gold files,
    counted from the text alone (no gold record is read, no sentence printed). 2018 Bulgaria and 2022
    Botswana are skipped (their reports are not to be opened by extractor rounds) unless named in
    ``only``. ``offsets`` lists each candidate by offsets, for the annotator who re-reads the gold
    (round t-hfix13); ``gold`` adds the gold reading (the gold file, never system output)."""
    from rightsledger.analysis.evaluation import evaluate as ev
    counts: Counter = Counter()
    only = only or []
    for path in ev.gold_files():
        scope = json.loads(path.read_text().splitlines()[0])
        doc = scope["doc"]
        if only and not any(doc.startswith(o) for o in only):
            continue
        if doc.startswith(("2018_bulgaria", "2022_botswana")) and not only:
            continue
        if which == "test" and ev.split_of(path) != "test" or which == "held-out" and not (
                ev.split_of(path) != "test" and (_held_out(doc) or only)):
            continue
        text_file = ev.text_path(scope)
        if text_file is None:
            continue
        text = read_path(text_file).text
        ranges = scope.get("ranges") or [[scope["start"], scope["end"]]]
        cands = [(s, e, t) for s, e, t in sentences(text, ranges) if not MONTH_OR_YEAR.search(t)]
        records = ev.load_jsonl(path)[1:] if gold else []
        for (s, e, t), parsed in zip(cands, nlp.pipe([c[2] for c in cands], batch_size=64)):
            sents = list(parsed.sents)
            if len(sents) == 1 and (got := shape(sents[0])):
                counts[got] += 1
                if offsets:
                    reading = f" {event_reading(t, overlapping(records, s, e))}" if gold else ""
                    print(f"{got[0]} {got[1]:8s} {doc} {s}-{e}{reading}" + (f"  {t[:200]!r}" if show_text else ""))
    if offsets:
        return
    for (q, sub), n in sorted(counts.items()):
        print(f"{which} {q} {sub:10s} {n}")


if __name__ == "__main__":
    main()
