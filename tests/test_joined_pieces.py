"""Pieces the store and the CLI wrote twice, joined (round t-house2): the filters of a sentence search
given once (``store/search/hits.every_filter``), a section and its subsections (``StoreReads._in_section``)
and ``rightsledger add`` (``cli/review._add``). Their behaviour is the one the copies had."""
from __future__ import annotations

import hashlib
import inspect
import json

import pytest

try:
    from tests._search_corpus import build_db
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db  # type: ignore[no-redef]
from rightsledger import Ledger
from rightsledger.records import Document, Figure, Provision, Section, Span
from rightsledger.store import Bundle

TEXT = ("Section 1. Respect for the Integrity of the Person\n\n"
        "Officials in Brask counted 12 deaths in the northern camps.\n\n"
        "Section 10. Worker Rights\n\n"
        "The labor code allows a strike after 30 days of mediation.\n")


# -- the filters of a sentence search -----------------------------------------------------------
def test_every_filter_names_the_filters_search_filters_takes():
    from rightsledger.store.search.hits import FILTERS, every_filter, search_filters

    takes = [p for p in inspect.signature(search_filters).parameters if p != "store"]
    assert list(FILTERS) == takes
    full = every_filter({"doc": "norland-2021", "year": 2021})
    assert list(full) == takes and full["doc"] == "norland-2021" and full["year"] == 2021
    assert all(full[k] is None for k in takes if k not in ("doc", "year"))
    assert every_filter({}) == dict.fromkeys(takes)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("joined") / "s.db")


def test_the_sqlite_backend_gives_the_hits_of_search_for_any_filters_given(corpus):
    from rightsledger.store.search import count, search
    from rightsledger.store.search import sqlite

    first = search(corpus, "police")[0]
    for filters in ({}, {"doc": first.doc}, {"doc": first.doc, "section": first.section}, {"year": 1900}):
        assert sqlite.search(corpus, "police", **filters) == search(corpus, "police", **filters)
        assert sqlite.count(corpus, "police", **filters) == count(corpus, "police", **filters)
    assert sqlite.search(corpus, "", doc=first.doc, limit=2) == search(corpus, "", doc=first.doc, limit=2)


# -- a section and its subsections --------------------------------------------------------------
def _bundle() -> Bundle:
    doc = "norland-2021"
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    d = Document(doc, "2021 Country Report on Human Rights Practices: Norland", "Norland", None, 2021,
                 "USDOS", "txt", sha, len(TEXT))
    ten = TEXT.index("Section 10.")
    secs = [Section(doc, "1", "Respect for the Integrity of the Person", 1, None, 0, ten),
            Section(doc, "1.c", "Prison Conditions", 2, "1", TEXT.index("Officials"), ten),
            Section(doc, "10", "Worker Rights", 1, None, ten, len(TEXT)),
            Section(doc, "10.a", "Freedom to Strike", 2, "10", TEXT.index("The labor"), len(TEXT))]

    def sp(s: str) -> Span:
        i = TEXT.index(s)
        return Span.of(TEXT, i, i + len(s))

    figs = [Figure(f"{doc}:fig:1", doc, 12, None, "deaths", "exact", "Officials", "1.c",
                   sp("Officials in Brask counted 12 deaths in the northern camps."))]
    provs = [Provision(f"{doc}:prov:1", doc, "time_limit", None, "strike", "10.a",
                       sp("The labor code allows a strike after 30 days of mediation."))]
    return Bundle(d, f"/x/{doc}.txt", TEXT, secs, [], [], [], [], [], figs, provs)


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "n.db")
    Ledger(path).store.save(_bundle(), "1")
    return path


def test_figures_and_provisions_of_a_section_hold_its_subsections_only(db):
    store = Ledger(db).store
    assert [f.section for f in store.figures(section="1")] == ["1.c"]
    assert [f.section for f in store.figures(section="1.c")] == ["1.c"]
    assert store.figures(section="10") == [] and store.figures(section="1.a") == []
    assert [p.section for p in store.provisions(section="10")] == ["10.a"]
    assert store.provisions(section="1") == []   # "1" does not hold "10.a"


# -- rightsledger add ---------------------------------------------------------------------------
def test_add_figure_and_provision_write_their_fields_and_sets(db):
    from typer.testing import CliRunner

    from rightsledger.cli import app

    run = CliRunner().invoke
    i = TEXT.index("Officials")
    r = run(app, ["add", "figure", "--doc", "norland-2021", "--span", f"{i}-{i + 20}", "--value", "12",
                  "--what", "deaths", "--reason", "missed", "--db", db])
    assert r.exit_code == 0, r.output
    added = json.loads(r.output.splitlines()[-1])
    assert added["id"].startswith("norland-2021:fig:a") and added["review"]["status"] == "added"
    j = TEXT.index("The labor")
    r = run(app, ["add", "provision", "--doc", "norland-2021", "--span", f"{j}-{j + 30}", "--norm",
                  "time_limit", "--set", 'quantity={"value":30,"unit":"days","text":"30 days"}',
                  "--reason", "missed", "--db", db])
    assert r.exit_code == 0, r.output
    provs = Ledger(db).provisions(doc="norland-2021")
    assert any(p.quantity is not None and p.quantity.value == 30 and p.evidence.start == j for p in provs)
    r = run(app, ["add", "figure", "--doc", "norland-2021", "--span", "12", "--value", "1", "--reason", "r",
                  "--db", db])
    assert r.exit_code == 1 and "START-END" in r.output
    r = run(app, ["add", "provision", "--doc", "norland-2021", "--span", f"{j}-{j + 30}", "--norm",
                  "time_limit", "--set", "quantity", "--reason", "r", "--db", db])
    assert r.exit_code == 1 and "FIELD=VALUE" in r.output


def test_an_empty_query_with_only_headings_is_refused_by_count_as_by_search(corpus):
    """Found by t-house2: SQLite's ``count`` read ``headings=True`` as a filter given, so an empty query counted
    every sentence where ``search`` (and PostgreSQL's count) refuse it. ``headings`` is how to match, no filter."""
    from rightsledger.errors import RightsledgerError
    from rightsledger.store.search import count, search

    for run in (search, count):
        with pytest.raises(RightsledgerError, match="query is empty"):
            run(corpus, "", headings=True)
    doc = search(corpus, "police")[0].doc
    assert count(corpus, "", doc=doc, headings=True) == count(corpus, "", doc=doc) > 0
