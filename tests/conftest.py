from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@contextmanager
def rules_types() -> Iterator[None]:
    """Inside the block, events are typed and detected by the rules alone (neither the shipped typer
    nor the learned detector is used). The tests of the rules' conventions (sentences of our own)
    run inside it: the typer and the detector, models that may override them, are judged on first
    runs (``train``, ``scripts/detect_cv.py``) and by ``evaluate``, and tested in
    test_typer_features.py and test_detect_fit.py (docs/rounds/2026-12-10-06-t-typer7.md,
    docs/rounds/2026-12-11-07-t-detect2.md)."""
    from unittest import mock

    from rightsledger.extract import events
    from rightsledger.extract.events.learned import detector
    with mock.patch.object(events, "load_model", lambda: None), \
            mock.patch.object(detector, "load_detector", lambda *a, **k: None):
        yield


def report_events(nlp, header: str, paragraphs: list[str], doc_id: str = "zarnakia-2011", *,
                  rules: bool = True) -> list:
    """The events of a fictional report of our own: ``header``, then one paragraph per string of
    ``paragraphs``; ``doc_id`` ("country-year") gives its country and year. With ``rules`` (the
    default) they are typed and detected by the rules alone (:func:`rules_types`), as the tests of
    the rules' conventions want; ``rules=False`` runs the shipped models as well."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = header + "\n\n".join(paragraphs) + "\n"
    country, year = doc_id.rsplit("-", 1)
    doc = Document(doc_id, country.capitalize(), None, None, int(year), "", "txt", "", len(text))
    annotated = annotate(text, doc, outline(text, doc.id), nlp)
    if not rules:
        return extract_events(annotated, [])
    with rules_types():
        return extract_events(annotated, [])


def cand_at(text: str, name: str, type_: str, label: str):
    """An entity candidate over the first ``name`` of ``text``, typed ``type_``; spaCy's label is
    PERSON for a person, else ``label`` (the persons rules' tests: placed.py, plurals.py)."""
    from rightsledger.extract.entities.common import Cand

    s = text.index(name)
    return Cand(s, s + len(name), name, "PERSON" if type_ == "person" else label, type=type_)


def cand_names(cands) -> list[tuple[str, str]]:
    """(text, type) of each candidate, in order."""
    return [(c.text, c.type) for c in cands]


def dates_of(events: list, sentence: str) -> set[tuple[str, str]]:
    """The (date, precision) pairs of the events whose evidence is ``sentence``; there must be one."""
    found = [e for e in events if e.evidence.text.strip() == sentence]
    assert found, "no event"
    return {(e.date, e.precision) for e in found}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "model: needs the statistical spaCy model")
    config.addinivalue_line("markers", "browser: drives headless Chromium")
    config.addinivalue_line("markers", "schemathesis: property-based API tests against /openapi.json")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "reports").is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def shared_reports(shared_dir: Path) -> list[Path]:
    """Every shared report text: the seed report and the usdos Markdown reports."""
    reports = shared_dir / "reports"
    return [reports / "kazakhstan-2022.txt", *sorted((reports / "usdos").glob("*.md"))]


@pytest.fixture(scope="session")
def nlp():
    from rightsledger.extract.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def paragraph_events(nlp):
    """``paragraph_events(header, sentences, year)``: the events of a report of our own made of
    ``header`` and one paragraph per sentence, as (type, date, polarity) per sentence, typed by
    the rules alone (:func:`rules_types`)."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.events import extract_events
    from rightsledger.records import Document
    from rightsledger.structure import outline

    def run(header: str, sentences: list[str], year: int) -> dict[str, list[tuple[str, str, str]]]:
        text = header + "\n\n".join(sentences) + "\n"
        doc = Document(f"fictional-{year}", "Fictional", None, None, year, "", "txt", "", len(text))
        out: dict[str, list[tuple[str, str, str]]] = {s: [] for s in sentences}
        annotated = annotate(text, doc, outline(text, doc.id), nlp)
        with rules_types():
            events = extract_events(annotated, [])
        for e in events:
            out.setdefault(e.evidence.text.strip(), []).append((e.type, e.date, e.polarity))
        return out

    return run


@pytest.fixture(scope="session")
def figure_values(nlp):
    """``figure_values(text, year=2023)``: the values of the figures of a report of our own (the
    fictional Zembla) made of ``text``, in text order."""
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    def run(text: str, year: int = 2023) -> list[float]:
        doc = Document(f"zembla-{year}", "Zembla", "Zembla", None, year, "", "txt", "x", len(text))
        return [f.value for f in extract_figures(annotate(text, doc, outline(text, doc.id), nlp))]

    return run
