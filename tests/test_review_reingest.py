"""A scripted review session through the REST API on a real pipeline run, then the report is
processed again by a changed pipeline version on an edited text: every correction is kept
(applied again) or listed as a conflict, none is dropped. Prints the numbers."""
from __future__ import annotations

import shutil

import pytest

from rightsledger import Ledger
from rightsledger.records import EVENT_TYPES, NORMS

from .conftest import EXAMPLES


@pytest.mark.model
def test_corrections_survive_a_new_pipeline_version(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from rightsledger.api.app import create_app

    src = tmp_path / "veridia-2022.txt"
    shutil.copy(EXAMPLES / "reports" / "veridia-2022.txt", src)
    led = Ledger(str(tmp_path / "s.db"))
    (res,) = led.ingest([src])
    doc = res.doc
    root = led.add_user("root", "admin", "rootpass1")
    led.add_user("amira", "editor", "amirapass", root)
    token = led.new_token("amira", root)
    client = TestClient(create_app(ledger=led))
    auth = {"Authorization": f"Bearer {token}"}
    sent = 0

    def post(path: str, body: dict) -> None:
        nonlocal sent
        r = client.post(path, json=body, headers=auth)
        assert r.status_code in (200, 201), r.text
        sent += 1

    text = led.text(doc)
    for kind, recs in (("event", led.events(doc=doc)), ("figure", led.figures(doc=doc)),
                       ("provision", led.provisions(doc=doc))):
        for i in range(50):
            rec = recs[i % len(recs)]
            a = rec.id
            if i % 5 == 3:
                post(f"/api/records/{a}/confirm", {"reason": "checked"})
            elif i % 5 == 4 and i < len(recs):
                post(f"/api/records/{a}/reject", {"reason": "not one"})
            elif kind == "event":
                post(f"/api/records/{a}/correct", {"changes": {"type": EVENT_TYPES[i % 21]}, "reason": "type"})
            elif kind == "figure":
                post(f"/api/records/{a}/correct", {"changes": {"value": i + 1000}, "reason": "value"})
            else:
                post(f"/api/records/{a}/correct", {"changes": {"norm": NORMS[i % 6]}, "reason": "norm"})
        # ten records the machine missed, on sentences of the text
        starts = [p.start for p in led.store.paragraphs(doc)][5:15]
        for s in starts:
            fields = {"event": {"type": "protest", "date": "2022"}, "figure": {"value": 7},
                      "provision": {"norm": "right"}}[kind]
            post("/api/records", {"kind": kind, "doc": doc, "start": s, "end": s + 20, "fields": fields,
                                  "reason": "missed"})
    ents = led.entities(doc=doc)
    for e in ents[:50]:
        post(f"/api/records/{e.id}/correct", {"changes": {"kind": "checked"}, "reason": "kind"})
    persons = [e for e in ents if e.type == "person"]
    for a, b in zip(persons[0:6:2], persons[1:6:2]):
        post("/api/entities/merge", {"keep": a.id, "absorb": b.id, "reason": "same"})
    with_alias = [e for e in led.entities(doc=doc) if any(
        text[s:t] in e.aliases for s, t in e.mentions)]
    for e in with_alias[:3]:
        alias = next(text[s:t] for s, t in e.mentions if text[s:t] in e.aliases)
        post(f"/api/entities/{e.id}/split", {"alias": alias, "reason": "other person"})
    total = len(led.corrections())
    assert total == sent >= 200

    # a new pipeline version, on an edited text: a paragraph added at the top, two sentences gone
    edited = text.replace("\n\n", "\n\nA paragraph added in a later edition of the report.\n\n", 1)
    gone = [ev.evidence.text for ev in led.events(doc=doc)[10:12]]
    for g in gone:
        edited = edited.replace(g, "", 1)
    src.write_text(edited, encoding="utf-8")
    monkeypatch.setattr("rightsledger.run.ingest.PIPELINE_VERSION", "review-test-bump")
    (res2,) = led.ingest([src])
    assert res2.status == "replaced" and res2.doc == doc
    corrections = led.corrections()
    applied = [c for c in corrections if c["state"] == "applied"]
    conflicts = led.conflicts()
    print(f"\nreview session: {sent} changes through the API ({total} corrections); after re-processing "
          f"with a new pipeline version on an edited text: {len(applied)} applied again, "
          f"{len(conflicts)} conflicts listed, {total - len(applied) - len(conflicts)} dropped")
    assert len(corrections) == total and len(applied) + len(conflicts) == total
    assert len(applied) >= 0.9 * total
    assert led.audit_verify().ok
