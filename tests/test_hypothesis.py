"""Property-based tests: the txt reader keeps every character (offsets = file offsets), the
date and number parsers never raise and stay inside the text, records survive a real
SQLite store unchanged."""
from __future__ import annotations

import math
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rightsledger.extract import link
from rightsledger.extract.dates import find_dates
from rightsledger.errors import RightsledgerError
from rightsledger.extract.numbers import find_numbers
from rightsledger.read import read_bytes
from rightsledger.records import (
    EVENT_TYPES, NORMS, POLARITIES, PRECISIONS, QUALIFIERS, Document, Entity, Event, Figure,
    Paragraph, Participant, Provision, Quantity, Section, Sentence, Span, Subtopic,
)
from rightsledger.store import Bundle, Store

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# any character a decoded report can hold: no surrogates, no NUL (readers refuse or drop it)
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# text without control characters other than tab/newlines (many controls mean "binary")
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r\f")

DATE_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Jan.", "Sept.", "Dec.",
              "1", "2", "5", "8", "12", "29", "30", "31", "31st", "2nd", "0", "00", "32", "99",
              "2021", "2022", "1999", "2100", "1800", "through", "to", "-", "–", "until",
              "and", ",", ".", "In", "On", "late", "early", "mid", "mid-", "the", "of",
              "week", "month", "year", "last", "next", "previous", "following", "spring",
              "summer", "1990s", "2010s", "Monday", "between", "from", "since", "by", "\n"]
NUMBER_WORDS = ["one", "two", "twenty", "ninety-nine", "hundred", "thousand", "million",
                "billion", "trillion", "half", "one-half", "three-quarters", "a", "dozen",
                "dozens", "zero", "0", "1", "1,000", "1,000,000", "2.5", ".5", "1.", "3/4",
                "10%", "%", "percent", "per cent", "$", "$1.5", "US$", "€", "£", "KZT", "tenge",
                "dollars", "approximately", "about", "more than", "at least", "up to", "fewer than",
                "and", "or", "to", "-", "–", ",", "persons", "people", "article", "Law", "ages",
                "9" * 30, "1" + "0" * 400, "1e308", "9.9e999", "0.000000001", "\n", "Section"]


def phrase(words: list[str]) -> st.SearchStrategy[str]:
    token = st.one_of(st.sampled_from(words), st.text(PRINTABLE, max_size=4))
    sep = st.sampled_from([" ", " ", " ", "", "\n", ", ", "  "])
    return st.lists(st.tuples(token, sep), max_size=25).map(lambda ts: "".join(a + b for a, b in ts))


# -- the txt reader ----------------------------------------------------------------------------
@FAST
@given(text=st.text(PRINTABLE, min_size=1, max_size=400), bom=st.booleans(),
       suffix=st.sampled_from([".txt", ".md"]))
def test_txt_reader_returns_the_text_exactly(text, bom, suffix):
    assume(text.strip() and not text.startswith("\ufeff"))
    raw = text.encode("utf-8")
    assume(not raw.lstrip().startswith(b"%PDF-") and not raw.startswith(b"PK\x03\x04"))
    src = read_bytes((b"\xef\xbb\xbf" if bom else b"") + raw, "report" + suffix)
    assert src.text == text                      # every offset is an offset into the file
    assert src.format == suffix[1:]
    assert src.chars == len(text)


@FAST
@given(raw=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_give_a_source_or_a_catalogue_error(raw, suffix):
    try:
        src = read_bytes(raw, "x" + suffix)
    except RightsledgerError:
        return
    assert isinstance(src.text, str) and src.text.strip()
    assert "\x00" not in src.text


# -- dates -----------------------------------------------------------------------------------
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def valid_iso(value: str) -> bool:
    if not ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@FAST
@given(text=st.one_of(phrase(DATE_WORDS), st.text(CHARS, max_size=200)),
       year=st.one_of(st.none(), st.integers(1900, 2100)))
def test_find_dates_never_raises_and_stays_inside(text, year):
    for m in find_dates(text, year):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        for value in (m.date, m.date_end):
            if value is not None:
                assert valid_iso(value), (m, value)
        if m.date is not None and m.precision is not None:
            assert m.precision in PRECISIONS
            assert len(m.date) == {"year": 4, "month": 7, "day": 10}[m.precision], m
        if m.date is not None and m.date_end is not None:
            assert m.date_end >= m.date[:len(m.date_end)], m


# -- numbers ---------------------------------------------------------------------------------
def finite(v) -> bool:
    try:
        return math.isfinite(float(v))
    except OverflowError:
        return False


@FAST
@given(text=st.one_of(phrase(NUMBER_WORDS), st.text(CHARS, max_size=200)))
def test_find_numbers_never_raises_and_values_are_finite(text):
    for m in find_numbers(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert finite(m.value), m
        assert m.value_end is None or finite(m.value_end), m
        assert m.qualifier in QUALIFIERS


# -- records through a real SQLite store -----------------------------------------------------
ids = st.from_regex(r"[a-z0-9][a-z0-9.-]{0,15}", fullmatch=True)
words = st.text(CHARS, min_size=1, max_size=30)
opt_words = st.one_of(st.none(), words)
numbers = st.one_of(st.integers(-10**15, 10**15),
                    st.floats(allow_nan=False, allow_infinity=False, width=64))


@st.composite
def bundles(draw) -> Bundle:
    text = draw(st.text(CHARS, min_size=1, max_size=300))
    n = len(text)
    doc_id = draw(ids)

    def span() -> Span:
        a, b = sorted(draw(st.tuples(st.integers(0, n), st.integers(0, n))))
        return Span.of(text, a, b)

    doc = Document(doc_id, draw(words), draw(opt_words), draw(st.one_of(st.none(), st.from_regex(r"[A-Z]{2}", fullmatch=True))),
                   draw(st.one_of(st.none(), st.integers(1900, 2100))), draw(words),
                   draw(st.sampled_from(["txt", "md", "html", "pdf", "docx"])),
                   draw(st.from_regex(r"[0-9a-f]{64}", fullmatch=True)), n)
    sec_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    sections = [Section(doc_id, sid, draw(words), draw(st.integers(0, 3)), draw(st.one_of(st.none(), st.sampled_from(sec_ids))),
                        *(lambda s: (s.start, s.end))(span()), draw(opt_words)) for sid in sec_ids]
    subtopics = [Subtopic(doc_id, draw(st.sampled_from(sec_ids)), draw(words), *(lambda s: (s.start, s.end))(span()),
                          draw(opt_words)) for _ in range(draw(st.integers(0, 3)))]
    paragraphs = [Paragraph(doc_id, draw(st.sampled_from(sec_ids)), draw(opt_words), k + 1,
                            *(lambda s: (s.start, s.end))(span())) for k in range(draw(st.integers(0, 3)))]
    sentences = [Sentence(doc_id, draw(st.sampled_from(sec_ids)), k, *(lambda s: (s.start, s.end))(span()))
                 for k in range(draw(st.integers(0, 4)))]
    ent_names = draw(st.lists(st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=2, max_size=12),
                              max_size=4, unique_by=lambda s: s.lower()))
    entities = []
    for k, name in enumerate(ent_names):
        typ = draw(st.sampled_from(["person", "organization", "place"]))
        mentions = [[s.start, s.end] for s in (span() for _ in range(draw(st.integers(1, 3))))]
        entities.append(Entity(f"{typ}:e{k}", typ, name, sorted(set(draw(st.lists(words, max_size=3)))),
                               {"kind": draw(words)}, sorted(mentions)))
    events = []
    for k in range(draw(st.integers(0, 3))):
        parts = [Participant(draw(st.one_of(st.none(), st.sampled_from([e.id for e in entities] or [None]))),
                             draw(words), draw(st.sampled_from(["actor", "target", "other"])))
                 for _ in range(draw(st.integers(0, 2)))]
        events.append(Event(f"{doc_id}:ev:{k + 1}", doc_id, draw(st.sampled_from(EVENT_TYPES)),
                            draw(st.sampled_from(["2022", "2022-03", "2022-03-09", "1999-12-31"])),
                            draw(st.one_of(st.none(), st.just("2022-12"))), draw(st.sampled_from(PRECISIONS)),
                            parts, draw(opt_words), draw(st.one_of(st.none(), st.sampled_from(sec_ids))),
                            draw(st.sampled_from(POLARITIES)), draw(opt_words), span()))
    figures = [Figure(f"{doc_id}:fig:{k + 1}", doc_id, draw(numbers), draw(opt_words), draw(opt_words),
                      draw(st.sampled_from(QUALIFIERS)), draw(opt_words), draw(st.one_of(st.none(), st.sampled_from(sec_ids))),
                      span(), draw(st.one_of(st.none(), numbers)))
               for k in range(draw(st.integers(0, 3)))]
    provisions = [Provision(f"{doc_id}:prov:{k + 1}", doc_id, draw(st.sampled_from(NORMS)),
                            draw(st.one_of(st.none(), st.builds(Quantity, st.one_of(st.none(), numbers), opt_words, words))),
                            draw(opt_words), draw(st.one_of(st.none(), st.sampled_from(sec_ids))), span())
                  for k in range(draw(st.integers(0, 3)))]
    # entities the linker would merge (shared keys) are not what this test is about
    keys = [set(link.entity_keys(e, doc.country_code)) for e in entities]
    assume(all(not (keys[i] & keys[j]) for i in range(len(keys)) for j in range(i)))
    return Bundle(doc, f"/h/{doc_id}.txt", text, sections, subtopics, paragraphs, sentences,
                  entities, events, figures, provisions)


@pytest.fixture(scope="module")
def hstore(tmp_path_factory):
    return Store(tmp_path_factory.mktemp("hyp") / "h.db")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(b=bundles())
def test_records_round_trip_through_the_store(hstore, b):
    import copy

    want = copy.deepcopy(b)
    doc_id = hstore.save(b, "test")
    try:
        assert doc_id == want.document.id
        assert hstore.document(doc_id) == want.document
        assert hstore.document_text(doc_id) == want.text
        assert hstore.sections(doc_id) == want.sections
        assert hstore.subtopics(doc_id) == want.subtopics
        assert hstore.paragraphs(doc_id) == want.paragraphs
        assert sorted(hstore.sentences_in(doc_id), key=lambda s: (s.start, s.paragraph)) == \
            sorted(want.sentences, key=lambda s: (s.start, s.paragraph))
        key = lambda r: r.id  # noqa: E731
        assert sorted(hstore.events(doc=doc_id), key=key) == sorted(want.events, key=key)
        assert sorted(hstore.figures(doc=doc_id), key=key) == sorted(want.figures, key=key)
        assert sorted(hstore.provisions(doc=doc_id), key=key) == sorted(want.provisions, key=key)
        # every record also survives as_dict → from_dict (the export contract)
        for rec in [want.document, *want.sections, *want.events, *want.figures, *want.provisions]:
            assert type(rec).from_dict(rec.as_dict()) == rec
        got = {e.name: e for e in hstore.entities(doc=doc_id)}
        assert set(got) == {e.name for e in want.entities}
        for e in want.entities:
            assert sorted(got[e.name].mentions) == sorted(e.mentions)
            assert got[e.name].type == e.type
    finally:
        hstore.delete_document(doc_id)
    assert hstore.doc_ids() == [] and hstore.entities() == []
