"""Out-of-fold event types of every dev report, in today's pipeline (t-typer19, issue 14).

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 python scripts/typer_oof.py CACHE_DIR [--rows OUT.tsv]
        [--version V] [--policy P] [--threshold T] [--l2 L]

The shipped typer is fitted on every dev gold file, so its dev and held-out figures are in-sample.
This fits it again once per dev report, without that report (the shipped configuration: candidate
``first_run``, its policy, threshold, L2 and feature version unless given), and types that report's
matched events as the pipeline would: today's rules' type and features (``train.typed_events``,
CACHE_DIR as ``train --cache`` writes it). Prints, on the non-held-out dev reports only, the accuracy
of today's rules, of the out-of-fold typer and of the shipped (in-sample) typer, all and per section
group; held-out reports are training data and are counted in one line, never broken down. ``--rows``
writes one line per non-held-out event (report, group, rules', out-of-fold, shipped and gold type,
trigger lemma, its object, sentence) to a file OUTSIDE the repository: the sentences are report text.
Dev gold only.
"""
from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from threadpoolctl import threadpool_limits

from rightsledger.analysis.evaluation import evaluate as ev
from rightsledger.analysis.training import first_run_types as frt
from rightsledger.analysis.training import train as tr
from rightsledger.analysis.training import typer_cv as tc
from rightsledger.extract.events.learned.typemodel import MODEL_FILE, combine, decide, load_model, probabilities

HELD_OUT_FILE = Path(__file__).resolve().parent.parent / "tests" / "gold" / "held_out.toml"


def held_out_reports() -> frozenset[str]:
    """The held-out dev reports (tests/gold/held_out.toml): training data here, never read."""
    return frozenset(tomllib.loads(HELD_OUT_FILE.read_text(encoding="utf-8"))["reports"])


def first(feats: list[str], prefix: str) -> str:
    """The value of the first feature ``prefix``=value, or ''."""
    return next((f.split("=", 1)[1] for f in feats if f.startswith(prefix + "=")), "")


def oof_types(data: list[tr.TypedEvent], version: str, policy: str, thr: float | None, l2: float
              ) -> list[str]:
    """Per event (in ``data`` order), the type a typer fitted without its report gives it from
    today's rules' type and features."""
    train_feats = [tc.features(e, "first_run", version) for e in data]
    out = [""] * len(data)
    for doc in sorted({e.doc for e in data}):
        idx = [i for i, e in enumerate(data) if e.doc != doc]
        fit = tr.fit_softmax([train_feats[i] for i in idx], [data[i].gold_type for i in idx], l2=l2)
        model = tr.typer_from_fit(fit, "model", None, None, version)
        for i, e in enumerate(data):
            if e.doc == doc:
                feats = e.features[version]
                out[i] = combine(policy, thr, e.rule_type, feats, probabilities(model, feats))
    return out


def accuracy_line(name: str, right: list[bool], groups: list[str]) -> str:
    acc = tc.by_group(right, groups)
    return f"{name:<22} {acc['all']:.4f} ({sum(right)}/{len(right)})  " + "  ".join(
        f"{g} {acc[g]:.3f}" for g in acc if g != "all")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("--rows", type=Path)
    shipped = load_model(str(MODEL_FILE)) or {}
    ap.add_argument("--version", default=str(shipped.get("feature_version", "2")))
    ap.add_argument("--policy", default=shipped.get("policy", "ambiguous_confident"))
    ap.add_argument("--threshold", type=float, default=shipped.get("threshold"))
    ap.add_argument("--l2", type=float, default=float(shipped.get("l2", 3.0)))
    args = ap.parse_args()
    if args.rows and Path(__file__).resolve().parent.parent in args.rows.resolve().parents:
        raise SystemExit("--rows holds report text: write it outside the repository")
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev"]
    data = tr.typed_events(dev, args.cache)
    tc.attach_first_types(data, frt.load_rows(), dev)
    with threadpool_limits(1):
        oof = oof_types(data, args.version, args.policy, args.threshold, args.l2)
    held = held_out_reports()
    sel = [i for i, e in enumerate(data) if e.doc not in held]
    groups = [data[i].group for i in sel]
    ins = [decide(shipped, data[i].rule_type, data[i].features[args.version]) for i in sel]
    print(f"{len(data)} matched dev events of {len({e.doc for e in data})} reports; "
          f"non-held-out: {len(sel)} events of {len({data[i].doc for i in sel})} reports; "
          f"config {args.policy} {args.threshold} l2 {args.l2} v{args.version}")
    print(accuracy_line("today's rules", [data[i].rule_type == data[i].gold_type for i in sel], groups))
    print(accuracy_line("typer out of fold", [oof[i] == data[i].gold_type for i in sel], groups))
    print(accuracy_line("shipped (in-sample)", [t == data[i].gold_type for t, i in zip(ins, sel)], groups))
    rest = [i for i in range(len(data)) if data[i].doc in held]
    print(f"held-out reports (aggregate only): rules {sum(data[i].rule_type == data[i].gold_type for i in rest)}"
          f", out of fold {sum(oof[i] == data[i].gold_type for i in rest)} of {len(rest)}")
    if args.rows:
        with args.rows.open("w", encoding="utf-8") as f:
            f.write("doc\tgroup\trule\toof\tshipped\tgold\ttrig\tobj\tsent\n")
            for t, i in zip(ins, sel):
                e, feats = data[i], data[i].features[args.version]
                f.write("\t".join([e.doc, e.group, e.rule_type, oof[i], t, e.gold_type, first(feats, "trig"),
                                   first(feats, "tobj"), e.text.replace("\t", " ").replace("\n", " ")]) + "\n")


if __name__ == "__main__":
    main()
