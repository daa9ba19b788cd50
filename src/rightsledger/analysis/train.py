"""``rightsledger train``: fit the shipped models on the dev gold only.

The confidence model (:mod:`rightsledger.extract.confidence`), one L2-regularised logistic
regression per record kind (numpy), fitted on whether each record of the first runs of dev
reports matched a gold record, its L2 chosen by leave-one-report-out cross-validation, one Platt
step for all kinds (:mod:`rightsledger.analysis.first_run_fit`,
:mod:`rightsledger.analysis.first_runs`), its calibration measured leaving one first-run report out;
and the event typer (:mod:`rightsledger.extract.events.typemodel`), a softmax regression over
sparse features (and optionally the sentence's vector), its feature version, policy, L2 and
vector weight chosen by leave-one-report-out cross-validation on dev, replacing the shipped
typer only when it beats it by more than :data:`CV_TIE`. Test gold is never read here except to print its scores before and after
(docs/EVALUATION.md, protocol).
"""
from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

import numpy as np
from scipy import sparse

from ..extract import confidence as conf
from . import calibration as cal
from . import evaluate as ev
from . import first_run_fit as frf
from . import first_runs as fr
from .logistic import one_blas_thread

#: The names of the reliability tables the ship rule reads: round 3 (with first-run rows) and round 1.
FIRST_RUN_CV = "refit, first-run CV"  # every step refitted leaving one first-run report out (round 3)
DEV_CV = "round-1 refit, dev CV"

if TYPE_CHECKING:
    from ..records import Event


def labelled_predictions(paths: Iterable[Path], predictions: Path | None = None, ingest: bool = True
                         ) -> tuple[list[ev.Scores], dict[str, list[dict[str, Any]]]]:
    """Scores (with labels) of each gold file, and the exports they were computed from (saved in
    ``predictions``, else ingested; with ``ingest`` False, a report without a saved export is left
    out)."""
    scores, exports = [], {}
    for path in paths:
        pred = None
        if predictions is not None and (predictions / path.name).is_file():
            pred = ev.load_jsonl(predictions / path.name)
        if pred is None and ingest:
            pred = ev.predictions_for(path)
        if pred is None:
            continue
        exports[path.stem] = pred
        s = ev.score_report(pred, ev.load_jsonl(path))
        s.doc = path.stem
        scores.append(s)
    return scores, exports


@dataclass
class ConfidenceFit:
    """What ``train --model confidence`` did: the refit, whether it was written, and the dev
    reliability tables it was judged on — with first-run rows, the refit's leave-one-first-run-
    report-out table (the ship rule) and the shipped file on the same rows, both files on today's
    dev predictions; without, round 1's leave-one-report-out tables on dev — with their gaps (over
    bands of ``min_n`` records or more), log-losses and ECEs (n-weighted mean gap)."""
    model: dict[str, Any]
    written: bool
    tables: dict[str, list[dict[str, Any]]]
    gaps: dict[str, float | None]
    log_losses: dict[str, float]
    min_n: dict[str, int] = field(default_factory=dict)
    rule: str = FIRST_RUN_CV
    eces: dict[str, float] = field(default_factory=dict)


def _judge(pairs: list[tuple[float, bool]], min_n: int | None = None
           ) -> tuple[list[dict[str, Any]], float | None, float, int, float]:
    table = ev.reliability_table(pairs)
    gap, min_n = cal.gap_of(table) if min_n is None else (cal.max_gap(table, min_n), min_n)
    return (table, gap, round(cal.log_loss([c for c, _ in pairs], [ok for _, ok in pairs]), 4), min_n,
            frf.ece(pairs, table))


def _scored(model: dict[str, Any] | None, rows: Iterable[cal.Labelled]) -> list[tuple[float, bool]]:
    return [(c, d.right) for d in rows if (c := cal.predict(model, d)) is not None] if model else []


def train(predictions: Path | None = None, out: Path = conf.MODEL_FILE, force: bool = False,
          first_runs: list[cal.Labelled] | None = None) -> ConfidenceFit:
    """Fit the confidence model and write it to ``out`` under the ship rule (or ``force``).
    Deterministic: the same first-run rows (and dev predictions) give the same file.

    With first-run rows (``first_runs``, by default ``analysis/data/first_runs.jsonl``), round 3
    (:mod:`.first_run_fit`): every step fitted on the first-run rows only; ship rule, on the
    reliability table leaving one first-run report out (every step refitted): every band of
    :data:`first_run_fit.RULE_MIN_BAND` records or more within :data:`calibration.MAX_GAP`, and its
    ECE and log-loss not above the shipped file's on the same rows (unless the shipped file was
    itself fitted on them). Today's dev predictions are only scored (the rules were written on
    them). Without first-run rows, round 1: the logistic of each kind on every dev prediction
    (:func:`calibration.fit_calibrated`), shipped when its leave-one-report-out gap on dev is at
    most :data:`calibration.MAX_GAP` and below the shipped file's on the same records."""
    # Real reports only: the fictional examples are what the rules were written against, and
    # calibrating on them makes confidence too high.
    dev = [p for p in ev.gold_files() if ev.split_of(p) == "dev" and p.parent.name == "shared"]
    scores, _ = labelled_predictions(dev, predictions)
    data = cal.labelled((s.doc, rec, ok) for s in scores for rec, ok in s.labels)
    first = first_runs if first_runs is not None else fr.labelled(fr.load_rows())
    shipped = conf.load_model(str(out))
    with one_blas_thread():  # small matrices: spare BLAS threads only spin on a loaded machine
        if first:
            fit = frf.FirstRunFit(first)
            model, rule = fit.model(), FIRST_RUN_CV
            measured = {FIRST_RUN_CV: fit.cross_validate(), "shipped file, first runs": _scored(shipped, first),
                        "refit, dev": _scored(model, data), "shipped file, dev": _scored(shipped, data)}
            judged = {name: _judge(pairs, frf.RULE_MIN_BAND) for name, pairs in measured.items() if pairs}
            gap, ll, ece = judged[FIRST_RUN_CV][1], judged[FIRST_RUN_CV][2], judged[FIRST_RUN_CV][4]
            bar = judged.get("shipped file, first runs") if not frf.fitted_on_first_runs(shipped) else None
            ok = gap is not None and gap <= cal.MAX_GAP and (bar is None or (ece <= bar[4] and ll <= bar[2]))
        else:
            base = cal.fit_calibrated(data)
            measured = {DEV_CV: cal.cross_validate(data, cal.fit_calibrated),
                        "method before round 1, dev CV": cal.cross_validate(data, cal.fit_plain),
                        "shipped file, dev": _scored(shipped, data)}
            judged = {name: _judge(pairs) for name, pairs in measured.items() if pairs}
            model, rule = base, DEV_CV
            gap, before = judged[DEV_CV][1], judged["shipped file, dev"][1] if shipped else None
            ok = gap is not None and gap <= cal.MAX_GAP and (before is None or gap < before)
    if ok or force:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        conf.load_model.cache_clear()
    return ConfidenceFit(model, ok or force, {k: v[0] for k, v in judged.items()},
                         {k: v[1] for k, v in judged.items()}, {k: v[2] for k, v in judged.items()},
                         {k: v[3] for k, v in judged.items()}, rule, {k: v[4] for k, v in judged.items()})


# -- the event typer (extract/events/typemodel.py) ------------------------------------------------
#: Candidate ways of combining the model with the rules, compared by cross-validation on dev.
POLICIES = (("rules", None), ("model", None), ("ambiguous", None),
            *((p, t) for p in ("confident", "ambiguous_confident") for t in (0.5, 0.6, 0.7, 0.8, 0.9)))
L2S = (1.0, 3.0, 10.0)
#: Candidate weights of the sentence's embedding (unit length, times this; None: no vector).
DENSE_SCALES: tuple[float | None, ...] = (None, 4.0)
#: A candidate: (policy, threshold, l2, dense scale, feature version).
Key = tuple[str, "float | None", float, "float | None", str]


@dataclass
class TypedEvent:
    """One predicted event matched to a gold event: the rules' type, its features (per feature
    version), the gold type, its sentence (evidence text, whose embedding the typer may weigh)
    and section group."""
    doc: str
    rule_type: str
    features: dict[str, list[str]]
    gold_type: str
    text: str = ""
    group: str = ""
    vec: Any = None
    #: The gold record it matched: (evidence start, evidence end, date), to join other typings
    #: of the same gold event (a first run's, :mod:`.first_run_types`).
    gold: tuple[int, int, str] | None = None
    #: The type the rules gave this gold event on their first run (None: no first run matched it).
    first_type: str | None = None


def typed_events(paths: Iterable[Path], cache: Path | None = None) -> list[TypedEvent]:
    """Run the pipeline on each gold file's report, collecting the typer's features of every
    event, and keep the events that match a gold event (same date, overlapping evidence). With
    ``cache`` (a folder), each report's events are kept there under a key of its gold file, its
    text and the code that makes them (:func:`_cache_key`), and read back while all three stay."""
    from ..run.pipeline import process

    out: list[TypedEvent] = []
    for path in sorted(paths):
        gold = ev.load_jsonl(path)
        scope = gold[0] if gold and gold[0].get("kind") == "scope" else {}
        text = ev.text_path(scope) if scope else None
        if text is None:
            continue
        hit = cache / f"{path.stem}-{_cache_key(path, text)}.pkl" if cache is not None else None
        if hit is not None and hit.is_file():
            out += pickle.loads(hit.read_bytes())
            continue
        rows = [t for t, _ in labelled_events(path.stem, lambda text=text: process(text).events,
                                              [g for g in gold if g.get("kind") == "event"], scope)]
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            for old in hit.parent.glob(f"{path.stem}-*.pkl"):
                old.unlink()
            hit.write_bytes(pickle.dumps(rows))
        out += rows
    return embed_events(out)


def _cache_key(gold: Path, text: Path) -> str:
    """A digest of the gold file, the report and every source and data file of the rooms that make
    an event (read, structure, extract, run) and the version: any change makes a new key."""
    from .. import version

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(version.PIPELINE_VERSION.encode())
    for p in [gold, text, *sorted(f for room in ("read", "structure", "extract", "run")
                                  for f in (root / room).rglob("*") if f.suffix in (".py", ".toml", ".json"))]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def labelled_events(group: str, extract: Callable[[], list[Event]], labels: list[dict[str, Any]],
                    scope: dict[str, Any] | None = None) -> list[tuple[TypedEvent, dict[str, Any]]]:
    """The events ``extract()`` finds (in ``scope``), with the typer's features collected while it
    runs, each paired with the record of ``labels`` it matches (same date, overlapping evidence:
    the evaluation's event match), labelled with that record's type; ``group`` is the
    cross-validation group (one per report). Events whose features were not collected are left
    out. Gold records and reviewed records are turned into training rows by this one function."""
    from ..extract.events import typemodel

    with typemodel.collecting() as rows:
        events = extract()
    feats = {eid: (rt, f) for eid, rt, f in rows}
    pred = [{**e.as_dict(), "kind": "event"} for e in events]
    if scope:
        pred = [p for p in pred if ev._in_scope(p, scope)]
    _, pairs, _, _ = ev._match(pred, labels, lambda p, g: p["date"] == g["date"]
                               and ev._overlap(p["evidence"], g["evidence"]))
    out = []
    for p, g in pairs:
        if p["id"] in feats:
            rt, f = feats[p["id"]]
            out.append((TypedEvent(group, rt, f, g["type"], p["evidence"]["text"],
                                   typemodel._group(p.get("section")),
                                   gold=(g["evidence"]["start"], g["evidence"]["end"], g["date"])), g))
    return out


def embed_events(events: list[TypedEvent]) -> list[TypedEvent]:
    """``events`` with the embedding of each one's sentence (``vec``), embedded in one batch."""
    from ..extract.embed import embed_texts

    for e, v in zip(events, embed_texts([e.text for e in events])):
        e.vec = v
    return events


def _sparse(rows: list[list[str]], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows of binary features as (row ids, column ids, row starts), sorted by row; every row
    has its "bias"."""
    r_ids, c_ids = [], []
    for i, r in enumerate(rows):
        for j in sorted({index[f] for f in r if f in index}):
            r_ids.append(i)
            c_ids.append(j)
    r, c = np.asarray(r_ids, dtype=np.int64), np.asarray(c_ids, dtype=np.int64)
    return r, c, np.searchsorted(r, np.arange(len(rows)))


def fit_softmax(rows: list[list[str]], y: list[str], l2: float = 1.0, iters: int = 150, min_count: int = 2,
                dense: np.ndarray | None = None) -> dict[str, Any]:
    """Multinomial logistic regression over sparse binary features (and, given ``dense``, one
    row of real features per example), full-batch Adam on the mean log-loss + L2 (numpy, the
    sparse products by scipy);
    features seen fewer than ``min_count`` times are dropped. Returns ``{"weights": {type:
    {feature: weight}}}`` plus ``"dense": {type: [weight, …]}`` with ``dense``."""
    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    classes = sorted(set(y))
    cidx = {c: i for i, c in enumerate(classes)}
    n = len(rows)
    r_ids, c_ids, _ = _sparse(rows, index)
    X = sparse.csr_matrix((np.ones(len(r_ids), dtype=np.float32), (r_ids, c_ids)), shape=(n, len(vocab)))
    XT = X.T.tocsr()
    Y = np.zeros((n, len(classes)), dtype=np.float32)
    Y[np.arange(n), [cidx[c] for c in y]] = 1.0
    W = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    reg = np.full((len(vocab), 1), l2 / n, dtype=np.float32)
    if "bias" in index:
        reg[index["bias"]] = 0.0
    D = None if dense is None else np.asarray(dense, dtype=np.float32)
    params = [W] if D is None else [W, np.zeros((D.shape[1], len(classes)), dtype=np.float32)]
    moments = [(np.zeros_like(x), np.zeros_like(x)) for x in params]
    for t in range(1, iters + 1):
        Z = np.asarray(X @ W)
        if D is not None:
            Z += D @ params[1]
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        E = (P - Y) / n
        grads = [np.asarray(XT @ E) + reg * W] + ([] if D is None else [D.T @ E + (l2 / n) * params[1]])
        for x, g, (m, v) in zip(params, grads, moments):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            x -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    out: dict[str, Any] = {"weights": {c: {vocab[i]: round(float(W[i, j]), 3)
                                          for i in np.flatnonzero(np.abs(W[:, j]) >= 0.02)}
                                      for c, j in cidx.items()}}
    if D is not None:
        out["dense"] = {c: [round(float(x), 4) for x in params[1][:, j]] for c, j in cidx.items()}
    return out


def _model(fit: dict[str, Any], policy: str, thr: float | None, scale: float | None, version: str
           ) -> dict[str, Any]:
    """A typer as ``load_model`` returns it, from :func:`fit_softmax`'s output."""
    m = {"policy": policy, "threshold": thr, "weights": fit["weights"], "feature_version": version}
    if scale is not None and "dense" in fit:
        types = list(fit["weights"])
        m.update(dense=fit["dense"], dense_scale=scale,
                 _dense=(types, np.asarray([fit["dense"][t] for t in types], dtype=np.float32) * scale))
    return m


def _right(model: dict[str, Any] | None, data: list[TypedEvent]) -> list[bool]:
    from ..extract.events.typemodel import decide

    version = str(model.get("feature_version", "1")) if model else "1"
    return [decide(model, d.rule_type, d.features[version], d.vec) == d.gold_type for d in data]


def _accuracy(model: dict[str, Any] | None, data: list[TypedEvent]) -> float:
    return sum(_right(model, data)) / len(data) if data else 0.0


def by_group(model: dict[str, Any] | None, data: list[TypedEvent]) -> dict[str, float]:
    """Accuracy of ``model`` on ``data``, all and per section group."""
    right = _right(model, data)
    out = {"all": sum(right) / len(right) if right else 0.0}
    for g in sorted({d.group for d in data}):
        ok = [r for r, d in zip(right, data) if d.group == g]
        out[g] = sum(ok) / len(ok)
    return out


def _candidates(l2s: Iterable[float], scales: Iterable[float | None]) -> list[tuple[str, float | None, float]]:
    """(feature version, dense scale, l2) to fit: the first version's as it shipped (no vector)."""
    from ..extract.events.typemodel import FEATURE_VERSIONS

    return [(v, sc, l2) for v in dict.fromkeys(FEATURE_VERSIONS) for sc in scales for l2 in l2s
            if v != "1" or sc is None]


def cross_validate(data: list[TypedEvent], l2s: Iterable[float] = L2S,
                   scales: Iterable[float | None] = DENSE_SCALES) -> dict[Key, dict[str, float]]:
    """Leave-one-report-out accuracy on ``data`` of every (policy, threshold, l2, dense scale,
    feature version), all and per section group (``{key: {"all": acc, "1": acc, …}}``)."""
    from ..extract.events.typemodel import combine, probabilities

    docs = sorted({d.doc for d in data})
    right: dict[Key, list[bool]] = {}
    order: list[TypedEvent] = []
    for doc in docs:
        train_, held = [d for d in data if d.doc != doc], [d for d in data if d.doc == doc]
        order += held
        for version, scale, l2 in _candidates(l2s, scales):
            dense = None if scale is None else np.stack([d.vec for d in train_]) * scale
            fit = fit_softmax([d.features[version] for d in train_], [d.gold_type for d in train_], l2=l2,
                              dense=dense)
            m = _model(fit, "model", None, scale, version)
            probs = [probabilities(m, d.features[version], d.vec) for d in held]  # once per event, every policy
            for policy, thr in POLICIES:
                right.setdefault((policy, thr, l2, scale, version), []).extend(
                    combine(policy, thr, d.rule_type, d.features[version], p) == d.gold_type
                    for d, p in zip(held, probs))
    out: dict[Key, dict[str, float]] = {}
    for key, ok in right.items():
        out[key] = {"all": sum(ok) / len(ok)}
        for g in sorted({d.group for d in order}):
            sel = [r for r, d in zip(ok, order) if d.group == g]
            out[key][g] = sum(sel) / len(sel)
    return out


#: Policies from the least to the most intrusive (how often the model overrides the rules).
INTRUSIVENESS = ("rules", "ambiguous", "ambiguous_confident", "confident", "model")
#: Cross-validated accuracies closer than this to the best are ties (one or two events per
#: report): among them the least intrusive policy, the highest threshold, the strongest L2, no
#: vector and the newest features win. A refit replaces the shipped typer only when it
#: cross-validates more than this above the shipped typer's candidate.
CV_TIE = 0.005


def _choose(cv: dict[Key, dict[str, float]] | dict[Key, float]) -> tuple[Key, float]:
    """The candidate to ship and its CV accuracy: the simplest near-best one."""
    acc = {k: (v["all"] if isinstance(v, dict) else v) for k, v in cv.items()}
    best = max(acc.values())
    near = [k for k, v in acc.items() if v >= best - CV_TIE]
    key = min(near, key=lambda k: (INTRUSIVENESS.index(k[0]), -(k[1] or 1.0), -k[2], k[3] is not None,
                                   k[3] or 0, [-int(x) for x in k[4].split(".")]))
    return key, acc[key]


def shipped_key(model: dict[str, Any] | None) -> Key | None:
    """The candidate the shipped typer was chosen as (None without one)."""
    if not model:
        return None
    return (model.get("policy", "rules"), model.get("threshold"), float(model.get("l2", 3.0)),
            model.get("dense_scale"), str(model.get("feature_version", "1")))


def train_event_types(dev: list[TypedEvent], out: Path | None = None,
                      cv: dict[Key, dict[str, float]] | None = None, shipped: Key | None = None,
                      force: bool = False, reviewed: int = 0
                      ) -> tuple[dict[str, Any] | None, dict[Key, dict[str, float]]]:
    """Fit the event typer on ``dev``, choosing policy, l2, the vector's weight and the feature
    version by leave-one-report-out cross-validation, and write it to ``out`` (the shipped file by
    default). With ``shipped`` (the shipped typer's candidate), nothing is written unless the
    choice cross-validates more than :data:`CV_TIE` above it (or ``force``): then returns None.
    ``reviewed``: how many of ``dev`` are a database's reviewed events (:mod:`.reviewed`), noted
    in the file. Deterministic: the same dev gold (and reviews) and code give the same file."""
    from ..extract.events import typemodel

    out = out or typemodel.MODEL_FILE
    cv = cv if cv is not None else cross_validate(dev)
    rules = max(v["all"] for k, v in cv.items() if k[0] == "rules")
    key, best = _choose(cv)
    if not force and shipped in cv and best <= cv[shipped]["all"] + CV_TIE:
        return None, cv
    policy, thr, l2, scale, version = key
    dense = None if scale is None else np.stack([d.vec for d in dev]) * scale
    fit = fit_softmax([d.features[version] for d in dev], [d.gold_type for d in dev], l2=l2, dense=dense)
    model: dict[str, Any] = {
        "_comment": "fitted by `rightsledger train` on the dev gold only; policy chosen by "
                    "leave-one-report-out cross-validation",
        "feature_version": version, "policy": policy, "threshold": thr, "l2": l2,
        "n": len(dev), "cv_accuracy": round(best, 4), "cv_rules_accuracy": round(rules, 4),
        "cv_groups": {g: round(a, 4) for g, a in cv[key].items()}, "weights": fit["weights"]}
    if reviewed:
        model["_comment"] += f"; {reviewed} of the {len(dev)} events are reviewed events of a database"
        model["n_reviewed"] = reviewed
    if scale is not None:
        from ..extract.embed import MODEL_ID

        model.update(dense=fit["dense"], dense_scale=scale, vector_model=MODEL_ID)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    typemodel.load_model.cache_clear()
    return model, cv
