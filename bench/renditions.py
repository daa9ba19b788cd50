"""One report, one ledger: the same report in two formats (ecoi.net text and the state.gov
page; a state.gov PDF and the page) must give the same outline and the same records.

Records are compared on normalised evidence text (case, white space, quotes and dashes
folded), so that offsets, which differ between renditions, do not matter:

* entities: type + normalised name;
* events: type + date + normalised evidence sentence;
* figures: value + normalised evidence sentence;
* provisions: norm + normalised evidence sentence.

Agreement per kind is |A ∩ B| / |A ∪ B| (the target is ≥ 0.98); the records found in one
rendition only are listed with the reason when one can be told (the sentence is not in
the other text at all, or is split or joined differently).

    PYTHONPATH=src python bench/renditions.py ../shared/reports/kazakhstan-2022.txt \
        ../shared/reports/stategov/2022_kazakhstan.html
    PYTHONPATH=src python bench/renditions.py A B [C D …] --json out.json   # pairs
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-", "\u00a0": " ", "\u00ad": None})


def norm(text: str) -> str:
    """Case, white space, curly quotes, dashes and soft hyphens folded."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).lower()
    return " ".join(text.split())


def keys(bundle: Any) -> dict[str, Counter]:
    """Comparable keys of each kind of record (a multiset: repeats count)."""
    out: dict[str, Counter] = {k: Counter() for k in ("sections", "entities", "events", "figures", "provisions")}
    for s in bundle.sections:
        out["sections"][(s.id, norm(re.sub(r"^(section\s+\d+\.?|[a-z]\.)\s*", "", s.title, flags=re.I)).rstrip(":"))] += 1
    for e in bundle.entities:
        out["entities"][(e.type, norm(e.name))] += 1
    for ev in bundle.events:
        out["events"][(ev.type, ev.date, norm(ev.evidence.text))] += 1
    for f in bundle.figures:
        out["figures"][(f.value, norm(f.evidence.text))] += 1
    for p in bundle.provisions:
        out["provisions"][(p.norm, norm(p.evidence.text))] += 1
    return out


def _why(key: tuple, other_text: str) -> str:
    """Why a record of one rendition is missing from the other, when the text tells."""
    evidence = key[-1] if isinstance(key[-1], str) and len(key[-1]) > 40 else None
    if evidence is None:
        name = key[-1]
        return "name found in the other text" if name in other_text else "name not in the other text"
    if evidence in other_text:
        return "same sentence in the other text: extraction differs"
    head = evidence[:60]
    if head in other_text:
        return "sentence split or joined differently in the other text"
    return "sentence not in the other text (edited between renditions)"


def compare_pair(path_a: Path, path_b: Path, nlp: Any = None) -> dict[str, Any]:
    from rightsledger.run.pipeline import process

    a, b = process(path_a, nlp=nlp), process(path_b, nlp=nlp)
    ka, kb = keys(a), keys(b)
    ta, tb = norm(a.text), norm(b.text)
    report: dict[str, Any] = {"a": str(path_a), "b": str(path_b), "chars": [len(a.text), len(b.text)],
                              "kinds": {}}
    for kind in ka:
        both = sum((ka[kind] & kb[kind]).values())
        union = sum((ka[kind] | kb[kind]).values())
        only_a = list((ka[kind] - kb[kind]).elements())
        only_b = list((kb[kind] - ka[kind]).elements())
        report["kinds"][kind] = {
            "a": sum(ka[kind].values()), "b": sum(kb[kind].values()), "common": both,
            "agreement": round(both / union, 4) if union else 1.0,
            "only_a": [{"key": list(map(str, k)), "why": _why(k, tb)} for k in only_a],
            "only_b": [{"key": list(map(str, k)), "why": _why(k, ta)} for k in only_b],
        }
    records = [report["kinds"][k] for k in ("entities", "events", "figures", "provisions")]
    common = sum(r["common"] for r in records)
    union = sum(r["common"] + len(r["only_a"]) + len(r["only_b"]) for r in records)
    report["records_agreement"] = round(common / union, 4) if union else 1.0
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="pairs of renditions: A1 B1 [A2 B2 …]")
    ap.add_argument("--json", help="write the full report (with every difference) here")
    ap.add_argument("--show", type=int, default=8, help="differences shown per kind and side")
    args = ap.parse_args(argv)
    if len(args.files) % 2:
        ap.error("give the renditions in pairs")
    from rightsledger.extract.annotate import load_nlp

    nlp = load_nlp()
    reports = []
    for pa, pb in zip(args.files[::2], args.files[1::2]):
        r = compare_pair(Path(pa), Path(pb), nlp)
        reports.append(r)
        print(f"\n{Path(pa).name} ({r['chars'][0]:,} chars) vs {Path(pb).name} ({r['chars'][1]:,} chars): "
              f"records in common {r['records_agreement']:.1%}")
        for kind, k in r["kinds"].items():
            print(f"  {kind:<11} {k['a']:>5} / {k['b']:>5}  common {k['common']:>5}  agreement {k['agreement']:.1%}")
            for side in ("only_a", "only_b"):
                why = Counter(d["why"] for d in k[side])
                if why:
                    print(f"     {side}: {len(k[side])} — " + "; ".join(f"{n} {w}" for w, n in why.most_common()))
                for d in k[side][:args.show]:
                    print(f"       {' | '.join(x[:110] for x in d['key'])}")
    if args.json:
        Path(args.json).write_text(json.dumps(reports, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
