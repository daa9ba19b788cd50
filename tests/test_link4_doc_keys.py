"""The link keys each report gave, and a reviewer's name as a key (issue #14, t-link4), on SQLite
and PostgreSQL; and untrusted text printed as written by the CLI.

1. the store remembers which link keys each document gave (``doc_keys``, migration 014): deleting
   a report keeps exactly the keys some remaining report gave (the per-report fold edge: one
   report's "Velmar Watch" and "Velmar Watch International" with alias "Velmar Watch") plus
   those a correction gives; an alias still gives no global key (a national chapter's name
   stays off the international body); databases written before 014 are backfilled;
2. a reviewer's correction of an entity's name, type or kind gives it the keys the corrected
   entity gives, so a later report naming it that way links to it; a key another entity holds
   stays that one's; the old name's keys stay while a report gave them;
3. ``:word:`` in a CLI table cell or title is printed as written (no emoji), the CLI's own
   markup still styles.

Fictional reports on a fictional rights group in fictional countries (Ostravia OV, Pellandia PL).
"""
from __future__ import annotations

import pytest
from sqlalchemy import text as sql
from typer.testing import CliRunner

from rightsledger import Ledger
from rightsledger.store import Bundle, Store

try:
    from tests.test_link3_audit_keys import _org_bundle
    from tests.test_link_export_forms import (  # noqa: F401  (stores: a fixture)
        _entities, _ledger, bundle_a, bundle_b, bundle_c, stores)
except ImportError:  # tests/ is not a package
    from test_link3_audit_keys import _org_bundle  # type: ignore[no-redef]
    from test_link_export_forms import (  # type: ignore[no-redef]  # noqa: F401
        _entities, _ledger, bundle_a, bundle_b, bundle_c, stores)

G, OV, PL = "organization|*|", "organization|OV|", "organization|PL|"
HEAD = "{year} Country Report on Human Rights Practices: {country}\n\nSection 2. Respect for Civil Liberties\n\n"


def _report(doc: str, sentence: str, orgs: list[tuple[str, str, list[str], dict]]) -> Bundle:
    country, year = doc.split("-")
    cc = {"ostravia": "OV", "pellandia": "PL"}[country]
    text = HEAD.format(year=year, country=country.title()) + sentence + "\n"
    return _org_bundle(doc, text, country.title(), cc, int(year), orgs)


def _ngo(slug: str, name: str, aliases: list[str] | None = None, kind: str = "ngo") -> tuple:
    return (f"organization:{slug}", name, aliases or [], {"kind": kind})


def fold_edge() -> Bundle:
    """One report, two entities that link to one id, the shorter name first."""
    return _report("ostravia-2031", "Velmar Watch International (Velmar Watch) monitored the vote.",
                   [_ngo("velmar-watch", "Velmar Watch"),
                    _ngo("velmar-watch-international", "Velmar Watch International", ["Velmar Watch"])])


def named(doc: str, name: str, kind: str = "ngo") -> Bundle:
    return _report(doc, f"{name} reported the arrests.", [_ngo("x", name, kind=kind)])


def _keys(store: Store, eid: str) -> set[str]:
    with store.reading() as conn:
        return set(conn.execute(sql("SELECT key FROM entity_keys WHERE entity = :e"), {"e": eid}).scalars())


def _given(store: Store) -> set[tuple[str, str, str]]:
    with store.reading() as conn:
        return {tuple(r) for r in conn.execute(sql("SELECT doc, key, entity FROM doc_keys"))}


def _id(store: Store, doc: str) -> str:
    [eid] = {r["id"] for r in _entities(store, doc)}
    return eid


# -- 1. the keys each report gave ------------------------------------------------------------------
def test_the_fold_edge_keeps_the_global_key_the_remaining_report_gave(stores):
    store = stores("db", fold_edge())
    eid = _id(store, "ostravia-2031")
    alone = _keys(store, eid)
    assert G + "velmar watch" in alone
    assert {k for d, k, e in _given(store) if d == "ostravia-2031" and e == eid} == alone
    store.save(named("ostravia-2032", "Velmar Watch"), "test")
    assert _id(store, "ostravia-2032") == eid
    store.delete_document("ostravia-2032")
    assert _keys(store, eid) == alone                     # the base dropped organization|*|velmar watch
    store.save(named("pellandia-2033", "Velmar Watch"), "test")
    assert _id(store, "pellandia-2033") == eid             # a report of another country still links


def test_an_alias_still_gives_no_global_key_when_the_report_that_named_it_goes(stores):
    """A national chapter with the body's name as an alias (report A); report B of the same country
    names the body alone, links through the country's key and gives the body's global key to the
    chapter; B is deleted: that key goes (A's alias never gave it), so a report of another country
    naming the body is not linked to the chapter."""
    store = stores("db", _report("ostravia-2031", "Velmar Watch Ostravia (Velmar Watch) met officials.",
                                 [_ngo("vwo", "Velmar Watch Ostravia", ["Velmar Watch"])]))
    eid = _id(store, "ostravia-2031")
    assert _keys(store, eid) == {G + "velmar watch ostravia", OV + "velmar watch ostravia", OV + "velmar watch"}
    store.save(named("ostravia-2032", "Velmar Watch"), "test")
    assert _id(store, "ostravia-2032") == eid and G + "velmar watch" in _keys(store, eid)
    store.delete_document("ostravia-2032")
    assert _keys(store, eid) == {G + "velmar watch ostravia", OV + "velmar watch ostravia", OV + "velmar watch"}
    store.save(named("pellandia-2033", "Velmar Watch"), "test")
    assert _id(store, "pellandia-2033") != eid


def test_a_key_another_entity_holds_is_not_recorded_as_given(stores):
    """Two entities of report A; report B gives one of them a key the other holds: B did not give it."""
    store = stores("db", named("ostravia-2031", "Velmar Watch"))
    first = _id(store, "ostravia-2031")
    store.save(_report("ostravia-2032", "Kastor Monitors (Velmar Watch) reported.",
                       [_ngo("km", "Kastor Monitors", ["Velmar Watch"])]), "test")
    assert _id(store, "ostravia-2032") == first            # linked through organization|OV|velmar watch
    assert ("ostravia-2032", OV + "velmar watch", first) in _given(store)
    assert all(e == first for _, _, e in _given(store))


def test_an_entity_no_report_mentions_goes_with_what_gave_its_keys(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"))
    eid = _id(store, "ostravia-2031")
    store.delete_document("ostravia-2031")
    assert _keys(store, eid) == set() and _given(store) == set()


def test_merge_and_split_move_what_the_reports_gave(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"), named("pellandia-2032", "Kastor Monitors"))
    a, b = _id(store, "ostravia-2031"), _id(store, "pellandia-2032")
    led = _ledger(store)
    led.merge(a, b, "the same group")
    assert {e for _, _, e in _given(store)} == {a}
    led.split(a, "Kastor Monitors", "not the same after all")
    new = {e for _, _, e in _given(store)} - {a}
    assert len(new) == 1
    assert {k for d, k, e in _given(store) if e in new} == {G + "kastor monitors", PL + "kastor monitors"}
    assert {k for d, k, e in _given(store) if e in new} == _keys(store, new.pop())


# -- 2. a reviewer's correction gives keys -------------------------------------------------------------
def test_a_corrected_name_links_a_later_report_of_another_country(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"))
    eid = _id(store, "ostravia-2031")
    led = _ledger(store)
    led.correct(eid, {"name": "Velmar Rights Watch"}, "renamed", doc="ostravia-2031")
    assert _keys(store, eid) == {G + "velmar watch", OV + "velmar watch",               # the report gave
                                 G + "velmar rights watch", OV + "velmar rights watch"}  # the correction
    # the key change follows from the correction: one audit entry, and the chain verifies
    assert [h["action"] for h in led.history(eid)] == ["correct"]
    assert led.audit_verify().ok
    store.save(named("pellandia-2033", "Velmar Rights Watch"), "test")
    assert _id(store, "pellandia-2033") == eid
    store.save(named("pellandia-2034", "Velmar Watch"), "test")    # the old name still links too
    assert _id(store, "pellandia-2034") == eid


def test_a_second_correction_takes_the_first_ones_global_key_back(stores):
    """A name a reviewer gave and then replaced keeps only the keys it gives as an alias."""
    store = stores("db", named("ostravia-2031", "Velmar Watch"))
    eid = _id(store, "ostravia-2031")
    led = _ledger(store)
    led.correct(eid, {"name": "Velmar Rights Watch"}, "renamed")
    led.correct(eid, {"name": "Velmar Human Rights Watch"}, "renamed again")
    assert _keys(store, eid) == {G + "velmar watch", OV + "velmar watch", OV + "velmar rights watch",
                                 G + "velmar human rights watch", OV + "velmar human rights watch"}


def test_a_corrected_kind_gives_the_global_key(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch", kind="other"))
    eid = _id(store, "ostravia-2031")
    assert _keys(store, eid) == {OV + "velmar watch"}
    _ledger(store).correct(eid, {"kind": "ngo"}, "a rights group")
    assert _keys(store, eid) == {OV + "velmar watch", G + "velmar watch"}
    store.save(named("pellandia-2033", "Velmar Watch"), "test")
    assert _id(store, "pellandia-2033") == eid


def test_a_corrected_type_gives_the_keys_of_the_new_type(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch", kind="other"))
    eid = _id(store, "ostravia-2031")
    _ledger(store).correct(eid, {"type": "place"}, "a town after all")
    assert "place|OV|other|velmar watch" in _keys(store, eid)
    assert OV + "velmar watch" in _keys(store, eid)        # the report gave it: kept while it stays


def test_a_correction_takes_no_key_another_entity_holds(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"), named("pellandia-2032", "Velmar Rights Watch"))
    a, b = _id(store, "ostravia-2031"), _id(store, "pellandia-2032")
    assert a != b
    _ledger(store).correct(a, {"name": "Velmar Rights Watch"}, "renamed")
    assert G + "velmar rights watch" in _keys(store, b) and G + "velmar rights watch" not in _keys(store, a)
    assert OV + "velmar rights watch" in _keys(store, a)
    store.save(named("pellandia-2033", "Velmar Rights Watch"), "test")
    assert _id(store, "pellandia-2033") == b


def test_deleting_reports_keeps_the_corrected_keys_and_the_old_names_while_a_report_gave_them(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"), named("ostravia-2032", "Velmar Watch"),
                   named("pellandia-2033", "Kastor Monitors"))
    eid = _id(store, "ostravia-2031")
    _ledger(store).correct(eid, {"name": "Velmar Rights Watch"}, "renamed", doc="ostravia-2032")
    store.delete_document("ostravia-2031")
    assert _keys(store, eid) == {G + "velmar watch", OV + "velmar watch",   # 2032 gave them
                                 G + "velmar rights watch", OV + "velmar rights watch"}
    store.save(named("ostravia-2031", "Velmar Watch"), "test")     # ingested again: linked again
    assert _id(store, "ostravia-2031") == eid
    store.delete_document("ostravia-2032")
    assert _keys(store, eid) == {G + "velmar watch", OV + "velmar watch",
                                 G + "velmar rights watch", OV + "velmar rights watch"}


def test_a_correction_keeps_its_keys_when_its_report_is_ingested_again(stores):
    store = stores("db", named("ostravia-2031", "Velmar Watch"))
    eid = _id(store, "ostravia-2031")
    led = _ledger(store)
    led.correct(eid, {"name": "Velmar Rights Watch"}, "renamed", doc="ostravia-2031")
    store.save(named("ostravia-2031", "Velmar Watch"), "test")     # delete, ingest, re-apply
    eid = _id(store, "ostravia-2031")
    assert {G + "velmar rights watch", OV + "velmar rights watch"} <= _keys(store, eid)
    store.save(named("pellandia-2033", "Velmar Rights Watch"), "test")
    assert _id(store, "pellandia-2033") == eid


# -- 1b. databases written before migration 014 -------------------------------------------------------
def _made_before_014(store: Store) -> Store:
    url = store.url
    with store.engine.begin() as conn:
        conn.execute(sql("DROP TABLE doc_keys"))
        conn.execute(sql("DELETE FROM migrations WHERE name >= '014'"))
    store.dispose()
    return Store(url)


def test_migration_014_gives_what_a_fresh_ingest_records(stores):
    bundles = (bundle_a(), bundle_c(), bundle_b(), named("ostravia-2041", "Velmar Watch"),
               named("pellandia-2042", "Velmar Watch"))
    fresh = stores("fresh", *bundles)
    old = stores("old", *bundles)
    old = _made_before_014(old)
    assert "014_doc_keys" in old.applied_migrations()
    assert _given(old) == _given(fresh) and _given(old)


def test_migration_014_on_the_fold_edge_and_a_reviewed_entity(stores):
    """The backfill reads each report's form: the fold edge's global key of the name that became an
    alias is not recovered (the state before this change), everything else is; the audit chain
    of a corrected entity verifies after the migration."""
    old = stores("old", fold_edge(), named("ostravia-2032", "Velmar Watch"))
    eid = _id(old, "ostravia-2031")
    led = _ledger(old)
    led.correct(eid, {"name": "Velmar Monitors International"}, "renamed", doc="ostravia-2032")
    fresh = _given(old)
    with old.engine.begin() as conn:   # 0.1.39 gave no key for a correction
        conn.execute(sql("DELETE FROM entity_keys WHERE key LIKE '%|velmar monitors international'"))
    old = _made_before_014(old)
    assert _given(old) == fresh - {("ostravia-2031", G + "velmar watch", eid)}
    # the migration gives the keys of corrections made before it, as a correction now does
    assert {G + "velmar monitors international", OV + "velmar monitors international"} <= _keys(old, eid)
    assert _ledger(old).audit_verify().ok
    old.delete_document("ostravia-2032")
    assert G + "velmar monitors international" in _keys(old, eid)


# -- 3. the CLI prints untrusted text as written -------------------------------------------------------
def test_emoji_codes_in_cli_tables_print_as_written(tmp_path, monkeypatch):
    from rightsledger.cli import app

    monkeypatch.setenv("COLUMNS", "200")
    db = str(tmp_path / "w.db")
    led = Ledger(db)
    led.store.save(named("ostravia-2031", "Velmar Watch"), "test")
    eid = _id(led.store, "ostravia-2031")
    led.correct(eid, {"name": ":turkey: Watch"}, "said :thumbs_up: [b]twice[/b]")
    led.store.dispose()
    runner = CliRunner()
    res = runner.invoke(app, ["entities", "--db", db])
    assert res.exit_code == 0, res.output
    assert ":turkey: Watch" in res.stdout and "🦃" not in res.stdout
    res = runner.invoke(app, ["history", eid, "--db", db])
    assert res.exit_code == 0, res.output
    assert ":thumbs_up: [b]twice[/b]" in res.stdout and ":turkey: Watch" in res.stdout
    assert "👍" not in res.stdout and "🦃" not in res.stdout
    res = runner.invoke(app, ["search", ":turkey: [/b]", "--db", db])   # the query in the title
    assert "🦃" not in res.output and "MarkupError" not in res.output


def test_the_clis_own_markup_still_styles():
    from rightsledger.cli.app import console, make_console

    assert console.real.options.max_width > 0
    c = make_console(record=True, width=80)
    c.print("[red]error[/red] :turkey:")
    assert c.export_text().strip() == "error :turkey:"
