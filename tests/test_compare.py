"""Comparing two reports: alignment, entities, cases, figures, provisions and text.

Unit tests run on two small fictional reports written here (the Republic of Norland,
2021 and 2022, with renumbered and retitled sections); the shared-report tests
ingest Liberia 2010 and 2011 once per module and skip when ../shared is absent.
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from rightsledger.analysis.compare import (
    compare, is_template, norm_name, norm_sentence, norm_title, summary_rows, title_similarity,
    word_overlap,
)
from rightsledger.ledger import Ledger
from rightsledger.records import (
    Document, Entity, Event, Figure, Paragraph, Participant, Provision, Quantity, Section, Sentence,
    Span, Subtopic,
)
from rightsledger.store import Bundle

_SENT = re.compile(r"[^.!?]+[.!?]")


def build_bundle(doc_id: str, country: str, cc: str, year: int, blocks: list[tuple], *,
                 entities: list[tuple] = (), figures: list[tuple] = (), provisions: list[tuple] = (),
                 events: list[tuple] = (), subtopics: list[tuple] = ()) -> Bundle:
    """A bundle from blocks: ``("h", id, title, topic, level, parent)`` or ``("p", text)``.

    entities: ``(id, type, name, aliases, [surface, …])`` — every occurrence is a mention;
    figures: ``(value, unit, what, substring)``; provisions: ``(norm, value, unit, qtext,
    subject, substring)``; events: ``(type, date, [(entity, name, role)], polarity, substring)``;
    subtopics: ``(section, title, topic, substring)``. The evidence of each is the sentence
    holding ``substring``.
    """
    title = f"{year} Country Report on Human Rights Practices: {country}"
    heads2: list[tuple] = []
    paras2: list[tuple] = []
    out = [title + "\n\n"]
    cur = len(out[0])
    for b in blocks:
        if b[0] == "h":
            heads2.append((*b[1:], cur))
            out.append(b[2] + "\n\n")
        else:
            paras2.append((heads2[-1][0] if heads2 else None, cur, cur + len(b[1])))
            out.append(b[1] + "\n\n")
        cur += len(out[-1])
    text = "".join(out)
    sections = []
    for i, (sid, htitle, topic, level, parent, start) in enumerate(heads2):
        end = len(text.rstrip())
        for sid2, _, _, level2, _, start2 in heads2[i + 1:]:
            if level2 <= level:
                end = start2
                break
        sections.append(Section(doc_id, sid, htitle, level, parent, start, end, topic))
    paragraphs, sentences, counts = [], [], {}
    for sid, s, e in paras2:
        counts[sid] = counts.get(sid, 0) + 1
        paragraphs.append(Paragraph(doc_id, sid, None, counts[sid], s, e))
        for m in _SENT.finditer(text, s, e):
            a, z = m.start(), m.end()
            while text[a].isspace():
                a += 1
            sentences.append(Sentence(doc_id, sid, counts[sid], a, z))

    def sentence_of(sub: str) -> Span:
        i = text.index(sub)
        for s in sentences:
            if s.start <= i < s.end:
                return Span.of(text, s.start, s.end)
        raise AssertionError(sub)

    def section_of(offset: int) -> str | None:
        best = None
        for s in sections:
            if s.start <= offset < s.end and (best is None or s.level >= best.level):
                best = s
        return best.id if best else None

    ents = []
    for eid, etype, name, aliases, surfaces in entities:
        mentions = []
        for surf in surfaces:
            mentions += [[m.start(), m.end()] for m in re.finditer(re.escape(surf), text)]
        ents.append(Entity(eid, etype, name, list(aliases), {}, sorted(mentions)))
    figs = []
    for n, (value, unit, what, sub) in enumerate(figures, 1):
        ev = sentence_of(sub)
        figs.append(Figure(f"{doc_id}:fig:{n}", doc_id, value, unit, what, "exact", None,
                           section_of(ev.start), ev))
    provs = []
    for n, (norm, value, unit, qtext, subject, sub) in enumerate(provisions, 1):
        ev = sentence_of(sub)
        provs.append(Provision(f"{doc_id}:prov:{n}", doc_id, norm, Quantity(value, unit, qtext), subject,
                               section_of(ev.start), ev))
    evs = []
    for n, (etype, date, parts_, polarity, sub) in enumerate(events, 1):
        ev = sentence_of(sub)
        evs.append(Event(f"{doc_id}:ev:{n}", doc_id, etype, date, None,
                         "day" if len(date) == 10 else "month" if len(date) == 7 else "year",
                         [Participant(*p) for p in parts_], None, section_of(ev.start), polarity, None, ev))
    subs = []
    for sec, stitle, topic, sub in subtopics:
        i = text.index(sub)
        subs.append(Subtopic(doc_id, sec, stitle, i, i + len(sub), topic))
    doc = Document(doc_id, title, country, cc, year, "USDOS", "txt", doc_id.ljust(64, "0")[:64], len(text))
    return Bundle(doc, f"/fixtures/{doc_id}.txt", text, sections, subs, paragraphs, sentences, ents,
                  evs, figs, provs)


# --------------------------------------------------------------------------- fixtures
NORLAND_2021 = [
    ("h", "exec", "EXECUTIVE SUMMARY", "executive_summary", 1, None),
    ("p", "Norland is a parliamentary republic. Security forces committed some abuses."),
    ("h", "1", "Section 1. Respect for the Integrity of the Person, Including Freedom from:", "integrity", 1, None),
    ("h", "1.a", "a. Arbitrary or Unlawful Deprivation of Life", "killings", 2, "1"),
    ("p", "There were reports that police killed two persons. On May 4, police in Holmby shot "
          "Erik Vance during a protest. The Norland Watch Committee demanded an inquiry."),
    ("h", "1.c", "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment", "torture", 2, "1"),
    ("p", "The constitution and law prohibit such practices. Guards beat Lars Holt in Fenwick "
          "prison. The prison population was 120 inmates according to the ministry."),
    ("p", "The law allows detention without charge for up to 48 hours."),
    ("h", "1.d", "d. Arbitrary Arrest or Detention", "arbitrary_arrest", 2, "1"),
    ("p", "Police detained Mara Quist, a journalist, on June 2."),
    ("h", "7", "Section 7. Worker Rights", "worker_rights", 1, None),
    ("h", "7.b", "b. The Right to Organize and Bargain Collectively", "union_rights", 2, "7"),
    ("p", "Unions organized freely."),
    ("h", "7.c", "c. Prohibition of Forced or Compulsory Labor", "forced_labor", 2, "7"),
    ("p", "There were no reports of forced labor."),
]
NORLAND_2022 = [
    ("h", "exec", "EXECUTIVE SUMMARY", "executive_summary", 1, None),
    ("p", "Norland is a parliamentary republic. Security forces committed some abuses."),
    ("h", "1", "Section 1. Respect for the Integrity of the Person", "integrity", 1, None),
    ("h", "1.a", "A. ARBITRARY DEPRIVATION OF LIFE AND OTHER UNLAWFUL OR POLITICALLY MOTIVATED KILLINGS",
     "killings", 2, "1"),
    ("p", "There were reports that police killed two persons. The inquiry into the shooting of "
          "Erik Vance continued. On March 3, soldiers shot Tomas Berg at a checkpoint near Holmby."),
    ("h", "1.b", "B. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT", "torture", 2, "1"),
    ("p", "The constitution and law prohibit such practices. The prison population was 150 inmates "
          "according to the ministry. Lars Holt filed a complaint against the guards."),
    ("p", "The law allows detention without charge for up to 72 hours."),
    ("h", "1.c", "C. PROTECTION OF CHILDREN", None, 2, "1"),
    ("p", "A new ombudsman for children opened an office in Holmby."),
    ("h", "7", "Section 7. Worker Rights", "worker_rights", 1, None),
    ("h", "7.b", "b. Prohibition of Forced or Compulsory Labor", "forced_labor", 2, "7"),
    ("p", "There were no reports of forced labor."),
]


def norland(year: int, doc_id: str | None = None, country: str = "Norland", cc: str = "NL") -> Bundle:
    doc_id = doc_id or f"norland-{year}"
    if year == 2021:
        return build_bundle(
            doc_id, country, cc, 2021, NORLAND_2021,
            entities=[("person:erik-vance", "person", "Erik Vance", [], ["Erik Vance"]),
                      ("person:lars-holt", "person", "Lars Holt", [], ["Lars Holt"]),
                      ("person:mara-quist", "person", "Mara Quist", [], ["Mara Quist"]),
                      ("organization:nwc", "organization", "Norland Watch Committee", [],
                       ["Norland Watch Committee"])],
            figures=[(120, None, "inmates in the prison population", "The prison population was 120")],
            provisions=[("time_limit", 48, "hours", "up to 48 hours", "detention without charge",
                         "up to 48 hours")],
            events=[("killing", "2021-05-04", [("person:erik-vance", "Erik Vance", "target")], "asserted",
                     "shot Erik Vance"),
                    ("torture_or_abuse", "2021", [("person:lars-holt", "Lars Holt", "target")], "asserted",
                     "Guards beat Lars Holt")],
            subtopics=[("1.c", "Prison Conditions", "prison_conditions", "The prison population was 120")])
    return build_bundle(
        doc_id, country, cc, 2022, NORLAND_2022,
        # Erik Vance under another id: matched by name; Lars Holt under the same id
        entities=[("person:erik-vance-2", "person", "Mr. Erik Vance", [], ["Erik Vance"]),
                  ("person:lars-holt", "person", "Lars Holt", [], ["Lars Holt"]),
                  ("person:tomas-berg", "person", "Tomas Berg", [], ["Tomas Berg"])],
        figures=[(150, None, "inmates in prison population", "The prison population was 150")],
        provisions=[("time_limit", 72, "hours", "up to 72 hours", "detention without charge",
                     "up to 72 hours")],
        events=[("killing", "2022-03-03", [("person:tomas-berg", "Tomas Berg", "target")], "asserted",
                 "soldiers shot Tomas Berg"),
                ("other", "2022", [("person:lars-holt", "Lars Holt", "actor")], "asserted",
                 "Lars Holt filed a complaint")],
        subtopics=[("1.b", "Prison and Detention Center Conditions", "prison_conditions",
                    "The prison population was 150")])


@pytest.fixture
def ledger(tmp_path):
    led = Ledger(tmp_path / "cmp.db")
    led.store.save(norland(2021), "test")
    led.store.save(norland(2022), "test")
    return led


def _cited_ok(led: Ledger, c: Any) -> bool:
    return c is None or led.text(c.doc)[c.start:c.end] == c.text


def _all_cited(comp: Any) -> list[Any]:
    out = []
    for s in comp.sections:
        for e in s.entities:
            out += [e.first_a, e.first_b]
        for ev in s.events:
            out += [ev.evidence_a, ev.evidence_b]
        for f in s.figures:
            out += [f.evidence_a, f.evidence_b]
        for p in s.provisions:
            out += [p.evidence_a, p.evidence_b]
        for t in s.text:
            out += [t.a, t.b]
    return [c for c in out if c is not None]


# --------------------------------------------------------------------------- helpers
def test_norm_title_drops_numbering_and_case():
    assert norm_title("c. Torture and Other Cruel, Inhuman, or Degrading Treatment") == \
        norm_title("C. TORTURE AND OTHER CRUEL, INHUMAN, OR DEGRADING TREATMENT")
    assert norm_title("Section 7. Worker Rights") == "worker rights"
    assert title_similarity("Freedom of Religion", "Acceptable Conditions of Work") < 0.6
    assert title_similarity("Women", "Women") == 1.0


def test_norm_name_and_overlap():
    assert norm_name("President Adrian Vosk's") == "adrian vosk"
    assert norm_name("Mr. Erik Vance") == norm_name("Erik Vance")
    assert word_overlap("inmates in the prison population", "inmates in prison population") >= 0.75
    assert word_overlap("journalists detained", "hectares of land") == 0


def test_template_sentences():
    assert is_template("The constitution and law prohibit such practices.")
    assert is_template("There were no reports of forced labor.")
    assert not is_template("Guards beat Lars Holt in Fenwick prison.")
    assert norm_sentence("The law’s  text. ") == "the law's text"


# --------------------------------------------------------------------------- compare
def test_sections_align_by_topic_despite_renumbering(ledger):
    comp = compare(ledger, "norland-2021", "norland-2022")
    pairs = {(s.a.id if s.a else None, s.b.id if s.b else None): s for s in comp.sections}
    assert ("1.a", "1.a") in pairs and pairs[("1.a", "1.a")].match == "topic"
    assert ("1.c", "1.b") in pairs and pairs[("1.c", "1.b")].topic == "torture"
    assert ("7.c", "7.b") in pairs and pairs[("7.c", "7.b")].topic == "forced_labor"
    assert (None, "1.c") in pairs            # Protection of Children: only in 2022
    assert ("1.d", None) in pairs            # Arbitrary Arrest: only in 2021
    assert ("7.b", None) in pairs            # a topic 2022 dropped
    # every aligned pair agrees on its topic
    for s in comp.sections:
        if s.a and s.b and s.a.topic and s.b.topic:
            assert s.a.topic == s.b.topic
    # the output follows B's order, with A-only sections after their predecessor
    keys = [(s.a.id if s.a else None, s.b.id if s.b else None) for s in comp.sections]
    assert keys.index(("1.d", None)) == keys.index(("1.c", "1.b")) + 1


def test_subtopics_align_by_topic(ledger):
    torture = compare(ledger, "norland-2021", "norland-2022").section("torture")
    assert [(p.match, p.title_a, p.title_b) for p in torture.subtopics] == [
        ("topic", "Prison Conditions", "Prison and Detention Center Conditions")]


def test_entities_new_gone_continuing(ledger):
    comp = compare(ledger, "norland-2021", "norland-2022")
    assert comp.mode == "years" and comp.labels["new"] == "new in norland-2022"
    kill = comp.section("killings")
    status = {e.name: e.status for e in kill.entities}
    assert status["Tomas Berg"] == "new"
    assert status["Mr. Erik Vance"] == "continuing"          # matched by normalised name
    assert status["Norland Watch Committee"] == "gone"
    torture = comp.section("torture")
    holt = next(e for e in torture.entities if e.name == "Lars Holt")
    assert holt.status == "continuing" and holt.sections_a == ["1.c"] and holt.sections_b == ["1.b"]
    arrest = next(s for s in comp.sections if s.a and s.a.id == "1.d")
    assert [(e.name, e.status) for e in arrest.entities] == [("Mara Quist", "gone")]


def test_events_and_cases(ledger):
    kill = compare(ledger, "norland-2021", "norland-2022").section("killings")
    by_status = {(e.status, e.type) for e in kill.events}
    assert ("new", "killing") in by_status and ("gone", "killing") in by_status
    torture = compare(ledger, "norland-2021", "norland-2022").section("torture")
    new = next(e for e in torture.events if e.status == "new")
    assert new.continues_case == ["Lars Holt"]   # the 2021 beating continues as a complaint


def test_figures_and_provisions_changed(ledger):
    torture = compare(ledger, "norland-2021", "norland-2022").section("torture")
    [fig] = torture.figures
    assert (fig.value_a, fig.value_b, fig.status) == (120, 150, "changed")
    assert "120" in fig.evidence_a.text and "150" in fig.evidence_b.text
    assert "section 1.c" in fig.evidence_a.citation and "section 1.b" in fig.evidence_b.citation
    [prov] = torture.provisions
    assert (prov.status, prov.quantity_a, prov.quantity_b) == ("changed", "up to 48 hours", "up to 72 hours")


def test_text_diff_ignores_boilerplate(ledger):
    comp = compare(ledger, "norland-2021", "norland-2022")
    kill = comp.section("killings")
    new = [t.b.text for t in kill.text if t.status == "new"]
    gone = [t.a.text for t in kill.text if t.status == "gone"]
    assert any("Tomas Berg" in t for t in new)
    assert any("Erik Vance during a protest" in t for t in gone)
    # a sentence in both reports is not a difference
    assert not any("police killed two persons" in t for t in new + gone)
    torture = comp.section("torture")
    texts = [(t.a.text if t.a else "") + (t.b.text if t.b else "") for t in torture.text]
    assert not any("prohibit such practices" in t for t in texts)
    forced = comp.section("forced_labor")
    assert forced.text == []          # identical, and a template sentence anyway
    exec_ = comp.section("executive_summary")
    assert exec_.text == [] and exec_.unchanged["sentences"] == 2


def test_offsets_and_as_dict(ledger):
    comp = compare(ledger, "norland-2021", "norland-2022")
    for c in _all_cited(comp):
        assert _cited_ok(ledger, c)
    d = comp.as_dict()
    assert d["doc_a"] == "norland-2021" and d["sections"][0]["key"]
    import json
    json.dumps(d)
    rows = summary_rows(comp)
    assert len(rows) == len(comp.sections)


def test_two_countries_read_as_only_in(tmp_path):
    led = Ledger(tmp_path / "c.db")
    led.store.save(norland(2021), "test")
    led.store.save(norland(2022, "sudmark-2022", "Sudmark", "SM"), "test")
    comp = compare(led, "norland-2021", "sudmark-2022")
    assert comp.mode == "countries"
    assert comp.labels["new"] == "only in sudmark-2022"
    assert comp.labels["gone"] == "only in norland-2021"


def test_unknown_document_is_a_catalogue_error(ledger):
    from rightsledger.errors import RightsledgerError

    with pytest.raises(RightsledgerError):
        compare(ledger, "norland-2021", "atlantis-1999")


def test_cli_compare_table_and_jsonl(ledger, tmp_path):
    import json

    from typer.testing import CliRunner

    from rightsledger.cli import app

    db = str(ledger.store.url).replace("sqlite:///", "")
    runner = CliRunner()
    res = runner.invoke(app, ["compare", "norland-2021", "norland-2022", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert lines[0]["kind"] == "comparison" and lines[0]["mode"] == "years"
    assert {x["topic"] for x in lines[1:]} >= {"killings", "torture", "forced_labor"}
    res = runner.invoke(app, ["compare", "norland-2021", "norland-2022", "--db", db, "--topic", "torture"],
                        env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "150" in res.stdout and "Lars Holt" in res.stdout
    res = runner.invoke(app, ["compare", "norland-2021", "nowhere-1", "--db", db])
    assert res.exit_code == 1
    assert "Traceback" not in res.output


# --------------------------------------------------------------------------- shared reports
@pytest.fixture(scope="module")
def liberia(shared_dir, tmp_path_factory):
    led = Ledger(tmp_path_factory.mktemp("liberia") / "l.db")
    usdos = shared_dir / "reports" / "usdos"
    res = led.ingest([usdos / "2010_liberia.md", usdos / "2011_liberia.md"])
    assert all(r.ok for r in res), [r.error for r in res]
    return led, res[0].doc, res[1].doc


@pytest.mark.model
def test_liberia_2010_2011_align_by_topic(liberia):
    led, a, b = liberia
    comp = compare(led, a, b)
    assert comp.mode == "years"
    aligned = [s for s in comp.sections if s.a and s.b]
    assert len(aligned) >= 15
    for s in aligned:
        if s.a.topic and s.b.topic:
            assert s.a.topic == s.b.topic, (s.a.id, s.b.id)
    topics = {s.topic for s in aligned}
    assert {"killings", "disappearance", "torture", "arbitrary_arrest", "fair_trial",
            "forced_labor", "child_labor"} <= topics
    # section 7 was renumbered in 2011 (7.c → 7.b …): aligned by topic, not by number
    renumbered = [s for s in aligned if s.a.id != s.b.id]
    assert any(s.topic == "forced_labor" for s in renumbered)
    continuing = {e.entity for s in comp.sections for e in s.entities if e.status == "continuing"}
    assert len(continuing) >= 5
    for c in _all_cited(comp):
        assert _cited_ok(led, c)


def test_section_pairs_with_a_subtopic_of_the_other_report(tmp_path):
    movement = "d. Freedom of Movement, Internally Displaced Persons, Protection of Refugees"
    old = [("h", "2", "Section 2. Respect for Civil Liberties", "civil_liberties", 1, None),
           ("h", "2.d", movement, "movement", 2, "2"),
           ("p", "Citizens could travel freely within the country."),
           ("p", "Protection of Refugees: The government registered 400 refugees from Ostravia.")]
    new = [("h", "2", "Section 2. Respect for Civil Liberties", "civil_liberties", 1, None),
           ("h", "2.d", "d. Freedom of Movement and the Right to Leave the Country", "movement", 2, "2"),
           ("p", "Citizens could travel freely within the country."),
           ("h", "2.e", "e. Protection of Refugees", "refugees", 2, "2"),
           ("p", "The government registered 650 refugees from Ostravia.")]
    led = Ledger(tmp_path / "sub.db")
    led.store.save(build_bundle(
        "norland-2019", "Norland", "NL", 2019, old,
        figures=[(400, None, "refugees registered", "registered 400 refugees")],
        subtopics=[("2.d", "Protection of Refugees", "refugees", "Protection of Refugees: The government")]),
        "test")
    led.store.save(build_bundle("norland-2020", "Norland", "NL", 2020, new,
                                figures=[(650, None, "refugees registered", "registered 650 refugees")]), "test")
    comp = compare(led, "norland-2019", "norland-2020")
    ref = comp.section("refugees")
    assert ref.match == "subtopic" and ref.a.kind == "subtopic" and ref.b.id == "2.e"
    assert ref.a.id == "2.d/Protection of Refugees"
    [fig] = ref.figures
    assert (fig.value_a, fig.value_b) == (400, 650)
    move = comp.section("movement")
    assert move.figures == []          # the subtopic's figure is compared once, with 2.e
    assert not any(t.a and "400 refugees" in t.a.text for t in move.text)
