"""figures.extract_figures / disputed on our own fixture report and on the shared seed report."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rightsledger.records import Document, Figure, Span

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "figures" / "ruritania-2021.txt"


def _annotate(path: Path, doc_id: str, country: str, year: int, nlp):
    from rightsledger.extract.annotate import annotate
    from rightsledger.read import read_path
    from rightsledger.structure import outline

    src = read_path(path)
    doc = Document(doc_id, src.title, country, None, year, "", path.suffix[1:], src.sha256,
                   len(src.text))
    return annotate(src.text, doc, outline(src.text, doc.id), nlp)


@pytest.fixture(scope="module")
def fixture_ann(nlp):
    return _annotate(FIXTURE, "ruritania-2021", "Ruritania", 2021, nlp)


@pytest.fixture(scope="module")
def fixture_figs(fixture_ann):
    from rightsledger.extract.figures import extract_figures

    return extract_figures(fixture_ann)


def _in(figs, needle: str) -> list[Figure]:
    return [f for f in figs if needle in f.evidence.text]


@pytest.mark.model
def test_words_and_source(fixture_figs) -> None:
    (f,) = _in(fixture_figs, "Two hundred forty-one")
    assert (f.value, f.qualifier, f.source, f.unit, f.section) == (
        241, "exact", "the Ministry of Interior", "persons", "exec")
    assert f.what == "persons died"


@pytest.mark.model
def test_qualifiers_and_reporting_verb_source(fixture_figs) -> None:
    (f,) = _in(fixture_figs, "approximately 300")
    assert (f.value, f.qualifier, f.source) == (300, "approximately", "Human rights groups")
    (g,) = _in(fixture_figs, "At least 35")
    assert (g.value, g.qualifier, g.what) == (35, "at least", "persons injured")
    (h,) = _in(fixture_figs, "More than 2,000")
    assert (h.value, h.qualifier) == (2000, "more than")  # Article 212 / section 2.b are not figures


@pytest.mark.model
def test_range_is_one_figure(fixture_figs) -> None:
    (f,) = _in(fixture_figs, "between 1,200 and 1,500")  # the date "March 4" is not a figure
    assert (f.value, f.value_end, f.unit) == (1200, 1500, "protester")
    assert "detained" in f.what


@pytest.mark.model
def test_percent_fraction_dozen_money(fixture_figs) -> None:
    (p,) = _in(fixture_figs, "Fewer than 10 percent")
    assert (p.value, p.unit, p.qualifier) == (10, "percent", "fewer than")
    half, dozen = _in(fixture_figs, "One-half")
    assert (half.value, half.unit) == (0.5, "prison")
    assert (dozen.value, dozen.unit, dozen.source) == (12, "journalist", "the government")
    dinars, usd = _in(fixture_figs, "500,000 dinars")
    assert (dinars.value, dinars.unit, usd.value, usd.unit) == (500000, "dinars", 1200, "USD")


@pytest.mark.model
def test_not_figures(fixture_figs) -> None:
    values = {(f.value, f.evidence.text[:20]) for f in fixture_figs}
    # dates, years, sentence lengths, durations, "one of", dozens, legal quantities
    assert not _in(fixture_figs, "sentenced journalist Ana Vell")
    assert not _in(fixture_figs, "One of the defendants")
    assert not _in(fixture_figs, "Dozens of activists")
    assert not _in(fixture_figs, "15-day state of emergency")
    assert not _in(fixture_figs, "within 48 hours")
    assert not _in(fixture_figs, "at least 5,000 signatures")
    assert not _in(fixture_figs, "minimum age")
    assert [f.value for f in _in(fixture_figs, "Three of the five")] == [3, 5]
    assert [f.value for f in _in(fixture_figs, "sentenced two activists")] == [2]
    assert [f.value for f in _in(fixture_figs, "police detained 40")] == [40]
    assert len(values) == len(fixture_figs)


@pytest.mark.model
def test_ids_sections_and_offsets(fixture_ann, fixture_figs) -> None:
    text = fixture_ann.text
    assert [f.id for f in fixture_figs] == [f"ruritania-2021:fig:{i}" for i in range(1, len(fixture_figs) + 1)]
    for f in fixture_figs:
        assert f.evidence.text == text[f.evidence.start:f.evidence.end]
        assert f.qualifier in ("exact", "approximately", "at least", "more than", "fewer than", "up to")


@pytest.mark.model
def test_disputed_groups_sources(fixture_figs) -> None:
    from rightsledger.extract.figures.disputes import disputed

    groups = disputed(fixture_figs)
    assert [sorted(f.value for f in g) for g in groups] == [[241, 300]]


def test_disputed_needs_a_source_or_two() -> None:
    from rightsledger.extract.figures.disputes import disputed

    ev = Span(0, 1, "x")
    a = Figure("d:fig:1", "d", 10, "persons", "persons detained", "exact", None, None, ev)
    b = Figure("d:fig:2", "d", 12, "persons", "persons detained", "exact", None, None, ev)
    c = Figure("d:fig:3", "d", 15, "persons", "persons detained", "more than", "HRW", None, ev)
    d = Figure("e:fig:1", "e", 19, "persons", "persons detained", "exact", "police", None, ev)
    far = Figure("d:fig:4", "d", 400, "persons", "persons detained", "exact", "police", None, ev)
    killed = Figure("d:fig:5", "d", 11, "persons", "persons killed", "exact", "police", None, ev)
    deaths = Figure("d:fig:6", "d", 14, None, "deaths reported", "exact", "HRW", None, ev)
    assert disputed([a, b]) == []  # no source: the report gives two numbers
    assert disputed([a, b, c]) == [[a, b, c]]
    assert disputed([c, far]) == []  # values too far apart to be one quantity
    assert disputed([c, d]) == []  # different documents
    assert disputed([c, d], group_key=lambda f: "KZ-2022") == [[c, d]]
    assert disputed([killed, deaths]) == [[killed, deaths]]


@pytest.mark.model
def test_export_shape(tmp_path, fixture_ann, fixture_figs, shared_dir) -> None:
    checker = shared_dir / "tools" / "check_export.py"
    if not checker.exists():
        pytest.skip("check_export.py absent")
    from rightsledger.extract.provisions import extract_provisions

    out = tmp_path / "export.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in [*fixture_figs, *extract_provisions(fixture_ann)]:
            fh.write(json.dumps({"kind": rec.kind, **rec.as_dict()}) + "\n")
    res = subprocess.run([sys.executable, str(checker), str(out), str(FIXTURE)],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


# ------------------------------------------------------------------ shared seed report


@pytest.fixture(scope="module")
def seed_ann(shared_dir, nlp):
    import time

    t = time.perf_counter()
    ann = _annotate(shared_dir / "reports" / "kazakhstan-2022.txt", "kazakhstan-2022",
                    "Kazakhstan", 2022, nlp)
    ann.parse_seconds = time.perf_counter() - t  # type: ignore[attr-defined]
    return ann


@pytest.fixture(scope="module")
def seed_figs(seed_ann):
    from rightsledger.extract.figures import extract_figures

    return extract_figures(seed_ann)


@pytest.mark.model
def test_seed_238_and_260(seed_figs) -> None:
    words = [f for f in seed_figs if f.evidence.text.startswith("Two hundred thirty-eight")]
    assert words and words[0].value == 238 and words[0].source == "the government"
    approx = [f for f in seed_figs if f.value == 260]
    assert approx and approx[0].qualifier == "approximately"


@pytest.mark.model
def test_seed_no_figure_inside_a_date(seed_ann, seed_figs) -> None:
    text = seed_ann.text
    for f in seed_figs:
        assert f.evidence.text == text[f.evidence.start:f.evidence.end]
        assert f.section is not None
        # years are never figures
        assert not (1900 <= f.value <= 2100 and float(f.value).is_integer() and f.unit is None), f

    def values(needle: str) -> list:
        return [f.value for f in seed_figs if needle in f.evidence.text]

    assert values("A criminal trial began in Shymkent on July 18") == [4]
    assert values("On July 2, a jury in Karaganda acquitted") == [3]
    assert values("On November 16, a military court in Taldykorgan") == []  # date + sentence length
    assert values("between January 13 and February 14") == [133, 16]
    assert values("In December 2021, Nurbolat Zhumabayev died") == []
