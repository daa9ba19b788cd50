"""The learned event detector: after the rules, drop the events a model thinks wrong and add one on
a sentence without events that a model thinks holds one (issue #14: "learned where rules do not
generalize"; round t-detect2).

Rules written against dev reports do not carry to new ones: the commonest miss is a completed act
told with a verb outside the trigger tables, the commonest false event a state, habit or rule read
as an occurrence. Two logistic models over categorical parse features (no trigger table: it was
written on the reports the models learn from) were fitted on what the rules did on reports before
any rule was written on them (``analysis/training/detect_rows.py``, ``analysis/training/detect_fit.py``):

* ``drop``: an event of the rules whose probability of being right is below ``t_drop`` goes;
* ``add``: a sentence with no event whose probability of holding one is at or above ``t_add``
  gets an event dated by its first date mention, else the report year (type: the trigger table's
  type of the sentence's root, else ``other``, through the trained typer as the rules' events).
  A typed candidate (``AT``, ``DAT``, round t-detect3) adds it only when that type is not
  ``other`` and the typer gives it a probability of at least ``t_type``: an added event typed
  ``other`` is what cost typed-event F1 on unseen reports at the 0.1.26 merge.

The model file (``extract/data/event_detector.json``) is written by ``rightsledger train --model
detector``. Without it the rules' events stand unchanged, and none ships: round t-detect2's model
passed its ship rule but was withdrawn at the 0.1.26 merge, because on the reports nobody tuned on
it added almost no events to today's rules and cost type accuracy (docs/EVALUATION.md, "The event
detector"; docs/rounds/2026-12-11-14-merge-0.1.26.md); round t-detect3's typed candidates,
judged against today's rules by the amended rule, failed it (docs/rounds/2026-12-13-04-t-detect3.md).
"""
from __future__ import annotations

import json
from bisect import bisect_left
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ....records import Event, Span
from ..lexicon import DETECTOR_REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ...annotate import Annotated

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "event_detector.json"
LENGTH_BANDS = (12, 25, 40)
#: The report's top-level section ids -> the evaluator's section groups (text before the first
#: numbered section is the executive summary, the gold convention).
GROUP_OF = {"exec": "exec", "1": "1", "2": "2", "3": "3-4", "4": "3-4", "5": "5-7", "6": "5-7", "7": "5-7"}


def _band(n: int) -> str:
    return next((f"<{b}" for b in LENGTH_BANDS if n < b), f">={LENGTH_BANDS[-1]}")


def sentence_features(span: "SpacySpan", text: str, group: str, year: int) -> tuple[list[str], str]:
    """The categorical features of one sentence (``text``: its trimmed text) and the date an event
    added on it would take: its first date mention's, else the report year."""
    from ...dates import find_dates
    from ..clause.tense import habitual, under_habit
    from ..types.arguments import is_passive

    root = span.root
    kids = list(root.children)
    feats = ["bias", f"lemma={root.lemma_.lower()}", f"pos={root.pos_}", f"tag={root.tag_}", f"group={group}",
             f"len={_band(len(span))}"]
    if any(c.dep_ == "neg" for c in kids):
        feats.append("neg")
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        feats.append("modal")
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        feats.append("perfect")
    if is_passive(root):
        feats.append("passive")
    if habitual(root) or under_habit(root):
        feats.append("habit")
    if any(t.lower_ in DETECTOR_REPORTING for t in span):
        feats.append("reporting")
    if text.rstrip().endswith(":"):
        feats.append("colon")
    mentions = [m for m in find_dates(text, year) if m.date]
    if mentions:
        m = mentions[0]
        feats += [f"dkind={m.kind}", f"dprec={m.precision}", f"dcount={min(len(mentions), 3)}"]
        return feats, str(m.date)
    return feats + ["dnone"], str(year)


def precision_of(date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "other")


def drop_features(sent_feats: list[str], group: str, type_: str, date: str, year: int, on_sentence: int
                  ) -> list[str]:
    """A rules' event's features: its sentence's (section group from the event's evidence), the
    rules' type, the date's precision, how many events the sentence has, whether it is dated by
    the report year."""
    feats = [f for f in sent_feats if not f.startswith("group=")]
    feats += [f"group={group}", f"ftype={type_}", f"fprec={precision_of(date)}", f"fev={min(on_sentence, 3)}"]
    if date == str(year):
        feats.append("fyear")
    return feats


def probability(weights: dict[str, float], feats: list[str]) -> float:
    import math

    z = sum(weights.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_detector(path: str = str(MODEL_FILE)) -> dict[str, Any] | None:
    """The shipped detector, or None when there is none."""
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


class _Groups:
    """Section group of an offset: the top-level section's group; before the first numbered
    section, ``exec``."""

    def __init__(self, annotated: "Annotated"):
        self.annotated = annotated
        nums = [s.start for s in annotated.sections if s.id in GROUP_OF and s.id != "exec"]
        self.first = min(nums) if nums else None

    def __call__(self, offset: int) -> str:
        if self.first is not None and offset < self.first:
            return "exec"
        sid = self.annotated.section_at(offset)
        return GROUP_OF.get(str(sid).split(".")[0], "other") if sid else "other"


#: While :func:`capturing` is active: (sentence start, evidence start, end, type, typer probability)
#: of the event the detector would add on every sentence without one.
_CAPTURE: list[list[tuple[int, int, int, str, float]]] = []


@contextmanager
def capturing() -> Iterator[list[tuple[int, int, int, str, float]]]:
    """Record the event :func:`apply_detector` would add on each sentence no rules' event overlaps
    (its type and the typer's probability of it), whatever the model, and leave the events
    unchanged: the typed candidates' rows (``analysis/training/detect_rows.py``) need the type an added
    event would carry, computed by the pipeline's own path."""
    out: list[tuple[int, int, int, str, float]] = []
    _CAPTURE.append(out)
    try:
        yield out
    finally:
        _CAPTURE.pop()


def typed_ok(model: dict[str, Any], type_: str, prob: float) -> bool:
    """Whether a typed candidate keeps an added event of ``type_`` (typer probability ``prob``);
    untyped candidates keep every one."""
    if not model["candidate"].endswith("T"):
        return True
    return type_ != "other" and prob >= float(model["t_type"])


def apply_detector(annotated: "Annotated", events: list[Event],
                   make: Callable[["SpacySpan", int, str, str, str, str], tuple[Event, float]],
                   model: dict[str, Any] | None = None) -> list[Event]:
    """``events`` (the rules') without those the ``drop`` model rejects, then an event (built by
    ``make(sentence, base, id, date, precision, section)``, with the typer's probability of its
    type) on each sentence without one that the ``add`` model accepts (and, for a typed
    candidate, :func:`typed_ok`). Unchanged without a model."""
    capture = _CAPTURE[-1] if _CAPTURE else None
    model = model if model is not None else load_detector()
    if capture is not None and annotated.year is not None:
        model = {"candidate": "capture", "t_add": 0.0, "add": {}}
    if not model or annotated.year is None:
        return events
    year, text = int(annotated.year), annotated.text
    cand = model["candidate"]
    group = _Groups(annotated)
    order = sorted(range(len(events)), key=lambda i: events[i].evidence.start)
    starts = [events[i].evidence.start for i in order]
    reach = max((ev.evidence.end - ev.evidence.start for ev in events), default=0)
    drop: set[int] = set()
    added: list[Event] = []
    for ap in annotated.paragraphs:
        for s, e, span in ap.sentence_spans():
            feats, date = sentence_features(span, text[s:e], group(s), year)
            here = order[bisect_left(starts, s):bisect_left(starts, e)]  # events whose evidence starts here
            if "D" in cand:
                for i in here:
                    ev = events[i]
                    f = drop_features(feats, group(ev.evidence.start), ev.type, ev.date, year, len(here))
                    if probability(model["drop"], f) < model["t_drop"]:
                        drop.add(i)
            overlaps = here or any(events[i].evidence.end > s  # an event starting before, reaching in
                                   for i in order[bisect_left(starts, s - reach):bisect_left(starts, s)])
            if capture is not None and not overlaps:
                ev, prob = make(span, ap.start, "capture", date, precision_of(date), annotated.section_at(s))
                capture.append((s, ev.evidence.start, ev.evidence.end, ev.type, prob))
            elif "A" in cand and not overlaps and probability(model["add"], feats) >= model["t_add"]:
                ev_id = f"{annotated.document.id}:ev:{len(events) + len(added) + 1}"
                ev, prob = make(span, ap.start, ev_id, date, precision_of(date), annotated.section_at(s))
                if typed_ok(model, ev.type, prob):
                    added.append(ev)
    if capture is not None:
        return events
    return [ev for i, ev in enumerate(events) if i not in drop] + added


def added_event(annotated: "Annotated", ctx: Any, span: "SpacySpan", base: int, ev_id: str, date: str,
                precision: str, section: str | None,
                retype: Callable[["SpacySpan", Any, str, str | None, str, str, int], tuple[str, float]] | None = None
                ) -> tuple[Event, float]:
    """The event the detector adds on a sentence: typed as the rules' events are, the trigger
    table's type of its root (else ``other``) passed through the trained typer (``retype``, the
    pipeline's own call, which also gives the typer's probability of the type; 0 without a typer);
    participants, place, polarity and source from the root as the rules read them."""
    from ..clause.participants import trigger_participants, cited_source
    from ..clause.polarity import event_polarity
    from ..types.triggers import trigger_type

    root = span.root
    text = annotated.text
    toks = [t for t in span if not t.is_space]
    s, e = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
    pol = event_polarity(root, span)
    type_, prob = trigger_type(root) or "other", 0.0
    if retype is not None:
        type_, prob = retype(span, root, type_, section, precision, pol, s)
    return Event(id=ev_id, doc=annotated.document.id, type=type_, date=date,
                 date_end=None, precision=precision, participants=trigger_participants(ctx, root, base),
                 place=ctx.place(span, root, base), section=section, polarity=pol,
                 source=cited_source(span, root, text, base), evidence=Span.of(text, s, e)), prob
