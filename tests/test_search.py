"""search.py: the query language, filters, ranking, snippets and citations."""
from __future__ import annotations

import pytest

try:
    from tests._search_corpus import build_db, doc_text
except ImportError:  # tests/ is not a package
    from _search_corpus import build_db, doc_text  # type: ignore[no-redef]
from rightsledger.errors import Code, RightsledgerError
from rightsledger.store.search import Hit, count, group_hits, parse_query, search, to_fts


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("search") / "s.db")


# -- the query language -------------------------------------------------------------------
@pytest.mark.parametrize("query, fts", [
    ("torture", '"torture"'),
    ("police torture", '"police" AND "torture"'),
    ("police AND torture", '"police" AND "torture"'),
    ('"live ammunition" police', '"live ammunition" AND "police"'),
    ("police OR army", '"police" OR "army"'),
    ("torture NOT prison", '"torture" NOT "prison"'),
    ("torture AND NOT prison", '"torture" NOT "prison"'),
    ("(police OR army) torture", '("police" OR "army") AND "torture"'),
    ("torture NEAR/5 custody", 'NEAR("torture" "custody", 5)'),
    ("torture NEAR custody", 'NEAR("torture" "custody", 10)'),
    ("detain*", '"detain" *'),
    ('"pretrial det"*', '"pretrial det" *'),
    ("and or not", '"and" AND "or" AND "not"'),          # lower case: plain words
    ('x:y ^z +w {a}', '"x:y" AND "^z" AND "+w" AND "{a}"'),  # FTS5 syntax stays quoted
    ('say "no"', '"say" AND "no"'),
    ("police - army", '"police" AND "army"'),               # lone punctuation dropped
])
def test_parse(query, fts):
    assert to_fts(query) == fts


@pytest.mark.parametrize("query", [
    "", "   ", "(police", "police)", '"police', "NOT police", "police OR", "OR police",
    "AND police", "police NEAR", "NEAR police", "a*b", "*", "()", "police NEAR (a OR b)",
    "x" * 1001, " ".join(["w"] * 65), "police NEAR/5000 army",
])
def test_malformed_queries_are_bad_query(query):
    with pytest.raises(RightsledgerError) as err:
        parse_query(query)
    assert err.value.code is Code.BAD_QUERY


def test_bad_query_through_search(store):
    with pytest.raises(RightsledgerError) as err:
        search(store, 'torture NEAR')
    assert err.value.code is Code.BAD_QUERY and err.value.status == 400


def test_injection_is_inert(store):
    # FTS5 column filters, NEAR groups, and SQL quoting all stay text
    for q in ['text:torture', 'NEAR(torture custody)', "'; DROP TABLE sentences; --", '"a""b"',
              "sentences_fts", "{text}: torture", "torture^", "*torture"[1:]]:
        try:
            search(store, q)
        except RightsledgerError as err:
            assert err.code is Code.BAD_QUERY
    assert search(store, "torture")


# -- results ------------------------------------------------------------------------------
def test_hits_are_sentences_with_exact_offsets(store):
    hits = search(store, "torture", limit=50)
    assert hits and [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert all(isinstance(h, Hit) for h in hits)
    for h in hits:
        assert doc_text(h.doc)[h.start:h.end] == h.text
        assert "".join(t for t, _ in h.snippet) == h.text  # short sentences are not cut
        assert any(m for _, m in h.snippet)
        assert h.citation.startswith("USDOS, *")
        assert h.link == f"/docs/{h.doc}#{h.start}-{h.end}"
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    d = hits[0].as_dict()
    assert list(d) == ["kind", "rank", "doc", "section", "start", "end", "text", "score",
                       "citation", "snippet"]
    assert d["kind"] == "hit"


def test_porter_stemming_and_highlight(store):
    h = search(store, "tortured")[0]
    marked = [t for t, m in h.snippet if m]
    assert any(t.lower().startswith("tortur") for t in marked)


def test_phrase_near_prefix(store):
    assert [h.text for h in search(store, '"live ammunition"')] == [
        "According to Human Rights Watch (HRW), police used live ammunition against unarmed protesters."]
    near = search(store, "torture NEAR/5 custody")
    assert len(near) == 1 and "tortured them in custody" in near[0].text
    assert not search(store, "torture NEAR/0 custody")
    texts = " ".join(h.text for h in search(store, "detain*", limit=50))
    assert "detained" in texts and "detainees" in texts


def test_boolean(store):
    both = search(store, "police torture", limit=50)
    assert all("police" in h.text.lower() and "tortur" in h.text.lower() for h in both)
    either = count(store, "Amnesty OR Watch")
    assert either == count(store, "Amnesty") + count(store, "Watch")
    without = search(store, "torture NOT police", limit=50)
    assert without and all("police" not in h.text.lower() for h in without)


def test_pagination(store):
    all_hits = search(store, "police", limit=100)
    page2 = search(store, "police", limit=2, offset=2)
    assert [h.start for h in page2] == [h.start for h in all_hits[2:4]]
    assert [h.rank for h in page2] == [3, 4]
    assert count(store, "police") == len(all_hits)
    with pytest.raises(RightsledgerError):
        search(store, "police", limit=0)
    with pytest.raises(RightsledgerError):
        search(store, "police", offset=-1)


# -- filters ------------------------------------------------------------------------------
def test_country_year_doc_filters(store):
    assert {h.doc for h in search(store, "torture", country="kestria", limit=50)} == {"kestria-2021", "kestria-2022"}
    assert {h.doc for h in search(store, "torture", country="LM", limit=50)} == {"lumeria-2022"}
    assert {h.doc for h in search(store, "torture", year=2022, limit=50)} == {"kestria-2022", "lumeria-2022"}
    assert {h.doc for h in search(store, "torture", doc="kestria-2021", limit=50)} == {"kestria-2021"}
    assert search(store, "torture", country="Atlantis") == []


def test_section_filter_includes_subsections(store):
    hits = search(store, "torture", section="1", limit=50)
    assert hits and all(h.section == "1" or h.section.startswith("1.") for h in hits)
    assert {h.section for h in hits} >= {"1.c"}
    assert all(h.section == "1.c" for h in search(store, "torture", section="1.c", limit=50))
    assert search(store, "torture", section="1.c_") == []   # LIKE wildcards are escaped


def test_subtopic_filter(store):
    hits = search(store, "prison", subtopic="Prison and Detention", limit=50)
    assert hits and all(h.doc == "kestria-2022" for h in hits)
    assert "Norrin prison" in " ".join(h.text for h in hits)


def test_entity_filter(store):
    hits = search(store, "", entity="HRW", limit=50)
    assert len(hits) == 3  # mentions as "Human Rights Watch" or "HRW", in both years
    assert all("Human Rights Watch" in h.text or "HRW" in h.text for h in hits)
    assert search(store, "torture", entity="Human Rights Watch", doc="kestria-2022")
    assert search(store, "torture", entity="Nobody Atall") == []


def test_event_type_and_date_filters(store):
    arrests = search(store, "", event_type="detention_or_arrest", limit=50)
    assert {h.doc for h in arrests} == {"kestria-2021", "kestria-2022"}
    assert any("Selim Varga" in h.text for h in arrests)
    spring = search(store, "police", date_from="2022-03", date_to="2022-05", limit=50)
    texts = " ".join(h.text for h in spring)
    assert "March 3" in texts and "May 9" in texts and "June 14" not in texts
    assert search(store, "", date_from="2021", date_to="2021", limit=50)
    with pytest.raises(RightsledgerError) as err:
        search(store, "police", event_type="bogus")
    assert err.value.code is Code.BAD_ARGUMENT
    with pytest.raises(RightsledgerError):
        search(store, "police", date_from="March 2022")


def test_empty_query_needs_a_filter(store):
    with pytest.raises(RightsledgerError) as err:
        search(store, "")
    assert err.value.code is Code.BAD_QUERY


def test_group_hits(store):
    hits = search(store, "torture OR police", limit=50)
    groups = group_hits(hits)
    assert [g.doc for g in groups] == list(dict.fromkeys(h.doc for h in hits))
    assert sum(g.count for g in groups) == len(hits)
    for g in groups:
        for s in g.sections:
            assert all(h.doc == g.doc and h.section == s.section for h in s.hits)


def test_long_sentences_are_cut_around_the_match():
    from rightsledger.store.search import snippet_pieces

    text = ("word " * 200) + "\x02torture\x03" + (" word" * 200)
    pieces = snippet_pieces(text, limit=100)
    joined = "".join(t for t, _ in pieces)
    assert joined.startswith("…") and joined.endswith("…")
    assert ("torture", True) in pieces and len(joined) < 200


# -- the CLI commands (cli/search.py) -----------------------------------------------
def test_cli_search_and_ask_jsonl(store):
    import json

    from typer.testing import CliRunner

    from rightsledger.cli import app

    db = store.url.removeprefix("sqlite:///")
    runner = CliRunner()
    r = runner.invoke(app, ["search", "torture NEAR/5 custody", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["kind"] == "hit" and list(lines[0])[0] == "kind"
    r = runner.invoke(app, ["search", "police", "--db", db, "--country", "KS", "--section", "1",
                            "--type", "killing", "--format", "jsonl"])
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 1
    r = runner.invoke(app, ["search", "(torture", "--db", db])
    assert r.exit_code == 1 and "cannot be parsed" in r.output
    r = runner.invoke(app, ["search", "torture", "--db", db])
    assert r.exit_code == 0 and "torture" in r.stdout
    r = runner.invoke(app, ["ask", "When was Selim Varga arrested?", "--db", db, "--no-rerank",
                            "--format", "jsonl", "-n", "1"])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["kind"] for x in lines] == ["hit"]       # the contract: hits only, best first
    assert "Selim Varga" in lines[0]["text"]
    r = runner.invoke(app, ["ask", "When was Selim Varga arrested?", "--db", db, "--no-rerank",
                            "--format", "jsonl", "-n", "1", "--answers"])
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    hits = [x for x in lines if x["kind"] == "hit"]   # answers ("kind": "answer") come first
    assert len(hits) == 1 and lines.index(hits[0]) == len(lines) - 1
    assert all(x["kind"] == "answer" for x in lines[:-1])
    r = runner.invoke(app, ["serve", "--help"])
    assert r.exit_code == 0 and "--port" in r.stdout


# -- the parser never lets user text reach FTS5 syntax ------------------------------------
def test_fuzz_parser_output_is_always_valid_fts5():
    import sqlite3

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(text, tokenize='porter unicode61')")
    conn.execute("INSERT INTO f VALUES ('police detained the journalist in custody')")
    pieces = st.sampled_from(['police', 'torture', '"live ammunition"', 'AND', 'OR', 'NOT', '(', ')',
                              'NEAR', 'NEAR/3', 'detain*', '*', '"', ':', '^', '+', '-', "'", 'text:x',
                              '{a}', 'é', '1,300', 'and', 'NEAR(a b)', '""', 'x*y'])
    queries = st.one_of(st.lists(pieces, max_size=12).map(" ".join), st.text(max_size=40))

    @settings(max_examples=400, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(queries)
    def check(q):
        try:
            fts = to_fts(q)
        except RightsledgerError as err:
            assert err.code is Code.BAD_QUERY
            return
        conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (fts,)).fetchall()  # must not raise

    check()
