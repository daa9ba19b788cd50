"""How the DEV gold reads negated states and standing functions (round t-conv16, issue 14).

A sibling of ``act_census.py``: candidates come from the report text and the parse alone (the
pipeline's spaCy model, ``find_dates``, the trigger tables), so that an annotator of held-out or test
gold can list them blind (``--candidates``). Every sentence of the scope is parsed alone; an undated
sentence (no date expression of ``find_dates``, no DATE entity) is a candidate of one question, the
first that holds. The shapes were written before any count:

- ``N1`` "There were no X": the root is a past "be" with an expletive "there" and an attribute
  determined by "no". Sub-shapes (first that holds): ``reports`` (the attribute a report or case noun:
  "There were no reports of …", settled: a negated event), ``efforts`` (settled 2026-12-08: a negated
  event of its aim), ``year`` ("during/in/throughout the year": settled, a negated event), ``yearend``
  ("at year's end", "as of …": settled, a state), then the open ones: ``occurrence`` (the attribute or a
  noun under it is a trigger noun, or a noun of ``negated_nouns``/``occurrence_nouns``: "There were no
  government restrictions on academic freedom") and ``thing`` (any other noun: "There were no women in
  the cabinet"). The first count had one sub-shape ``occurrence`` (any trigger or negated noun); it
  mixed the absence of laws with restrictions and acts, so the second count (the one recorded) splits
  it by the attribute's type (head noun or its conjuncts): ``law`` (``law_or_decree`` or a noun of
  rules: "There were no laws mandating access"), ``restriction`` (``censorship_or_blocking``: "There
  were no government restrictions on academic freedom or cultural events"), ``act`` (any other type:
  "There were no investigations"). A third count (t-neg18) splits ``act`` by its complement
  (``_act_complement``): ``act-particular``, ``act-class``, ``act-bare``.
- ``N2`` a negated practice on a class: the root a past verb negated by "not"/"never", active, not
  habitual, with a subject; no object named, counted or determined (a step on a particular object is
  the settled negated step). Sub-shapes: ``right`` (the object a right or freedom, or "access":
  "did not restrict freedom of assembly"), ``class-trigger`` (a bare plural or mass object, the verb
  a trigger: "Authorities did not detain protesters"), ``class-other`` (the same, another verb: "did not
  hold suspects incommunicado").
- ``N3`` a standing function: the root a past verb, active, not negated or habitual, with a subject,
  whose direct object is a bare plural of matters a body handles (``MATTERS`` below: complaints, cases,
  allegations …). Sub-shapes: ``trigger`` (the verb a trigger: "investigated complaints") and
  ``other`` ("received complaints", "mediated disputes").

The gold reading of a candidate: ``negated`` (an overlapping gold event of polarity negated),
``event`` (gold events, none negated), ``none``. Reports are counted as in the settlement's rule
(3 to 1 by report, docs/EVALUATION.md).

    PYTHONPATH=src python scripts/negation_census.py [--list] [--text]
    PYTHONPATH=src python scripts/negation_census.py --candidates held-out|test [--offsets] [--skip-unopened]

``--text`` prints the sentences at run time (nothing of it is committed).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from convention_census import dev_documents, events_of, overlapping, sentences  # noqa: E402
from convention_census import held_out as _held_out  # noqa: E402

from rightsledger.extract.annotate import load_nlp  # noqa: E402
from rightsledger.extract.dates import find_dates  # noqa: E402
from rightsledger.extract.events.undated.efforts import effort_noun  # noqa: E402
from rightsledger.extract.events.lexicon import (  # noqa: E402
    NEGATED_NOUNS, OCCURRENCE_NOUNS, REPORT_NOUNS, RIGHT_NOUNS,
)
from rightsledger.extract.events.clause.tense import habitual, past, under_habit  # noqa: E402
from rightsledger.extract.events.types.triggers import trigger_type  # noqa: E402
from rightsledger.read import read_path  # noqa: E402

CASE_NOUNS = frozenset({"report", "case", "instance", "incident", "allegation", "account", "claim"})
# (the first count had "report" here too: "received reports of rape", "issues included credible reports
# of …" are the settled "what is reported" and list of issues, so the second count leaves reports out)
MATTERS = frozenset({"complaint", "allegation", "claim", "case", "petition", "grievance", "dispute",
                     "request", "application", "appeal", "inquiry", "query", "matter"})
# a quantity without a number ("rejected multiple appeals", "did not inform many detainees"): added
# for the second count
QUANTIFIERS = frozenset({"many", "several", "multiple", "numerous", "some", "few", "most", "all"})
# (a second count split the first count's ``occurrence`` by the attribute's type: laws, restrictions, acts)
LAW_NOUNS = frozenset({"law", "regulation", "legislation", "program", "policy", "provision"})
#: held-out reports an extractor round never opens (tests/gold/held_out.toml): ``--skip-unopened``
NEVER_OPENED = ("2019_belize", "2023_slovenia")
YEAR_END = re.compile(r"(?i)\byear'?s\s+end\b|\bend\s+of\s+the\s+year\b|\bas\s+of\b|\bby\s+year")


def _year_frame(sent) -> bool:
    return any(t.lower_ == "year" and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "throughout")
               for t in sent)


def _bare(noun) -> bool:
    """A bare plural or mass noun: no determiner, number, possessive, name or entity."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "predet", "quantmod") or c.like_num or c.pos_ == "PROPN"
                   or c.ent_type_ or c.lower_ in QUANTIFIERS for c in noun.children)


INDEFINITE = frozenset({"a", "an", "any", "no", "some", "each", "every", "all", "other", "another"})


def _act_complement(noun) -> str:
    """How "There were no <acts> …" names what the acts bear on (round t-neg18, the open 5 : 4 of
    t-conv16 split by the complement): ``particular`` (a prepositional complement determined by a
    demonstrative, "the", a possessive, a number or a name: "no investigations into these incidents",
    "no arrests in the killing"), ``class`` (a bare plural or mass complement, or "such": "no prosecutions
    for trafficking offenses", "no prosecutions for such offenses"), ``bare`` (no complement: "There were
    no prosecutions": the paragraph's episode or a class, which the parse does not tell)."""
    preps = [p for p in (*noun.children, *(c for c in noun.head.children if c.i > noun.i)) if p.dep_ == "prep"]
    pobjs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    # a gerund complement ("for trafficking offenses", "for abusing detainees"): its object
    pobjs += [o for p in preps for g in p.children if g.dep_ == "pcomp" for o in g.children if o.dep_ == "dobj"]
    if any(g.dep_ == "pcomp" for p in preps for g in p.children) and not pobjs:
        return "class"
    # "into any of these incidents", "into each of the killings": the noun after the quantifier's "of"
    pobjs += [d for o in pobjs if o.pos_ in ("PRON", "DET") for p in o.children if p.dep_ == "prep"
              for d in p.children if d.dep_ == "pobj"]
    if not pobjs:
        return "bare"
    for o in pobjs:
        if o.pos_ in ("PRON", "DET"):
            continue
        if any(c.lower_ == "such" for c in o.children):
            return "class"
        if o.pos_ == "PROPN" or o.ent_type_ or any(
                c.dep_ in ("det", "poss", "nummod") and c.lower_ not in INDEFINITE or c.pos_ == "PROPN"
                for c in o.children):
            return "particular"
    return "class"


def _conjunct_objects(root) -> list:
    """The direct objects of a verb coordinated with ``root`` that has no subject of its own: the parser
    hangs a shared object on the last verb ("did not restrict or disrupt access to the internet", "did not
    receive or investigate complaints"); the first count asked the root alone and missed them (round
    t-neg18, found by the held-out and test annotators t-hfix17, t-tfix17)."""
    return [o for v in root.conjuncts if v.i > root.i and v.pos_ in ("VERB", "AUX")
            and not any(c.dep_.startswith("nsubj") for c in v.children)
            for o in v.children if o.dep_ == "dobj"]


def shape(sent) -> tuple[str, str] | None:
    """(question, sub-shape) of a parsed undated sentence, or None."""
    root = sent.root
    kids = list(root.children)
    if root.lemma_ == "be" and any(c.dep_ == "expl" for c in kids) and (
            root.tag_ == "VBD" or any(c.lower_ == "had" for c in kids)):
        attr = next((c for c in kids if c.dep_ == "attr"), None)
        no = None if attr is None else next((c for c in attr.subtree if c.lower_ == "no" and c.dep_ == "det"), None)
        if attr is None or no is None:
            return None
        if no.head.lemma_.lower() in CASE_NOUNS | REPORT_NOUNS:
            return "N1", "reports"
        if effort_noun(no) is not None:
            return "N1", "efforts"
        if _year_frame(sent):
            return "N1", "year"
        if YEAR_END.search(sent.text):
            return "N1", "yearend"
        nouns = [no.head, *(c for c in no.head.children if c.dep_ == "conj")]
        kinds = {trigger_type(t) or NEGATED_NOUNS.get(t.lemma_.lower())
                 or ("other" if t.lemma_.lower() in OCCURRENCE_NOUNS else None) for t in nouns} - {None}
        if "law_or_decree" in kinds or no.head.lemma_.lower() in LAW_NOUNS:
            return "N1", "law"
        if "censorship_or_blocking" in kinds:
            return "N1", "restriction"
        return ("N1", "act-" + _act_complement(no.head)) if kinds else ("N1", "thing")
    if root.pos_ != "VERB" or not past(root) or habitual(root) or under_habit(root):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass", "mark") or c.tag_ == "MD" for c in kids):
        return None
    if not any(c.dep_ == "nsubj" for c in kids):
        return None
    negated = any(c.dep_ == "neg" for c in kids)
    dobj = [c for c in kids if c.dep_ == "dobj"] or _conjunct_objects(root)
    if negated:
        if any(o.lemma_.lower() in RIGHT_NOUNS or o.lemma_.lower() == "access" for o in dobj):
            return "N2", "right"
        if dobj and all(_bare(o) for o in dobj):
            return "N2", "class-trigger" if trigger_type(root) else "class-other"
        return None
    if any(o.lemma_.lower() in MATTERS and o.tag_ == "NNS" and _bare(o) for o in dobj):
        return "N3", "trigger" if trigger_type(root) else "other"
    return None


def reading(recs: list[dict]) -> str:
    evs = events_of(recs)
    if not evs:
        return "none"
    return "negated" if any(r.get("polarity") == "negated" for r in evs) else "event"


def _year(doc: str) -> int | None:
    m = re.search(r"(?:1[89]|20)\d\d", doc)
    return int(m.group()) if m else None


def candidates(nlp, text: str, ranges: list[list[int]], year: int):
    """(start, end, question, sub-shape, sentence) of one report's candidates."""
    sents = [(s, e, t) for s, e, t in sentences(text, ranges)
             if not any(m.date for m in find_dates(t, year))]
    for (s, e, t), doc in zip(sents, nlp.pipe([t for _, _, t in sents], batch_size=64)):
        if any(ent.label_ == "DATE" and "year" not in ent.text.lower() for ent in doc.ents):
            continue  # ("during the year" is the settled frame, a sub-shape of its own)
        got = shape(doc[:])
        if got is not None:
            yield s, e, got[0], got[1], t


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--text", action="store_true")
    parser.add_argument("--candidates", choices=("held-out", "test"))
    parser.add_argument("--offsets", action="store_true", help="with --candidates: one line per candidate")
    parser.add_argument("--skip-unopened", action="store_true",
                        help="with --candidates: leave out the reports extractor rounds never open")
    args = parser.parse_args(argv)
    nlp = load_nlp()
    if args.candidates:
        count_candidates(nlp, args.candidates, args.offsets, args.skip_unopened)
        return
    rows = []
    for doc, text, ranges, records in dev_documents("dev"):
        if _held_out(doc) or (y := _year(doc)) is None:
            continue
        for s, e, q, sub, t in candidates(nlp, text, ranges, y):
            got = overlapping(records, s, e)
            marks = ",".join(f"{r['evidence']['start']}:{r['type']}:{r.get('polarity')}" for r in events_of(got))
            rows.append((q, sub, doc, s, e, reading(got), t, marks))
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    per_doc: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for q, sub, doc, _, _, r, _, _ in rows:
        table[(q, sub)][r] += 1
        per_doc[(q, sub, doc)]["event" if r != "none" else "none"] += 1
    for (q, sub), c in sorted(table.items()):
        docs = [(d, c2) for (q2, s2, d), c2 in per_doc.items() if (q2, s2) == (q, sub)]
        ev = sorted(d for d, c2 in docs if c2["event"] and not c2["none"])
        no = sorted(d for d, c2 in docs if c2["none"] and not c2["event"])
        both = sorted(d for d, c2 in docs if c2["event"] and c2["none"])
        print(f"{q} {sub:14s} " + "  ".join(f"{k} {n}" for k, n in sorted(c.items())))
        print(f"    by report: event only {len(ev)} : none only {len(no)} (both {len(both)})")
        print(f"      event only {ev}\n      none only {no}\n      both {both}")
    if args.list:
        for q, sub, doc, s, e, r, t, marks in rows:
            print(f"{q} {sub:14s} {doc} {s}-{e} {r} [{marks}]" + (f"  {t[:200]!r}" if args.text else ""))


def count_candidates(nlp, which: str, offsets: bool = False, skip_unopened: bool = False) -> None:
    """Candidates per file and sub-shape in the held-out dev or test scopes, from the text alone (no gold
    record read). Every held-out file is listed (the annotators bring all 18 to a settlement);
    ``skip_unopened`` leaves out the two reports extractor rounds never open (``NEVER_OPENED``)."""
    from rightsledger.analysis.evaluation import evaluate as ev
    counts: Counter = Counter()
    for path in ev.gold_files():
        scope = json.loads(path.read_text().splitlines()[0])
        doc = scope["doc"]
        if skip_unopened and doc.startswith(NEVER_OPENED):
            continue  # (the first version skipped 2018 Bulgaria and 2022 Botswana too: blind annotators missed them)
        is_test = ev.split_of(path) == "test"
        if which == "test" and not is_test or which == "held-out" and (is_test or not _held_out(doc)):
            continue
        text_file = ev.text_path(scope)
        if text_file is None or (y := _year(doc)) is None:
            continue
        ranges = scope.get("ranges") or [[scope["start"], scope["end"]]]
        for s, e, q, sub, _ in candidates(nlp, read_path(text_file).text, ranges, y):
            if offsets:
                print(f"{which} {path.stem} {s}-{e} {q} {sub}")
            counts[(q, sub)] += 1
            counts[(q, sub, path.stem)] += 1
    for key, n in sorted(counts.items()):
        if len(key) == 2:
            files = sum(1 for k in counts if len(k) == 3 and k[:2] == key)
            print(f"{which} {key[0]} {key[1]:14s} {n} sentences in {files} files")


if __name__ == "__main__":
    main()
