"""The web UI in a real headless Chromium (Debian's package) driven by Playwright.

Flows: open a report, toggle highlights, click a person and open their page, search,
copy a citation, upload a bad file and see the error, a phone-sized screen. Screenshots
go to ``test-artifacts/``. Skipped only when Chromium or Playwright is missing; the
project's setup (``make test``) installs both.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .test_store import make_bundle


def make_long_bundle(sections: int = 12, paras: int = 14):
    """A long fictional report (about 94,000 characters): the reader loads it in pieces."""
    from rightsledger.records import Document, Entity, Paragraph, Section, Sentence
    from rightsledger.store import Bundle

    doc_id = "longland-2022"
    parts = ["2022 Country Report on Human Rights Practices: Longland\n\n"]
    secs, pars, sents, mentions = [], [], [], []
    pos = len(parts[0])
    for k in range(1, sections + 1):
        head = f"Section {k}. Topic number {k} of Longland\n\n"
        s_start = pos
        parts.append(head)
        pos += len(head)
        for n in range(1, paras + 1):
            sent = (f"In paragraph {n} of section {k} the ombudsman Tarin Voss reported that the "
                    f"authorities of Longland held {k * 100 + n} persons in the northern district. ")
            body = sent * 4
            pars.append(Paragraph(doc_id, str(k), None, n, pos, pos + len(body) - 1))
            sents.append(Sentence(doc_id, str(k), n, pos, pos + len(sent) - 1))
            i = body.index("Tarin Voss")
            mentions.append([pos + i, pos + i + len("Tarin Voss")])
            parts.append(body[:-1] + "\n\n")
            pos += len(body) + 1
        secs.append(Section(doc_id, str(k), f"Topic number {k} of Longland", 1, None, s_start, pos))
    text = "".join(parts)
    doc = Document(doc_id, "2022 Country Report on Human Rights Practices: Longland", "Longland",
                   "LL", 2022, "USDOS", "txt", "b" * 64, len(text))
    voss = Entity("person:tarin-voss", "person", "Tarin Voss", [], {}, mentions)
    return Bundle(document=doc, path="/x/longland-2022.txt", text=text, sections=secs, subtopics=[],
                  paragraphs=pars, sentences=sents, entities=[voss], events=[], figures=[], provisions=[])

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from rightsledger.api import create_app

    db = tmp_path_factory.mktemp("browser") / "ui.db"
    app = create_app(str(db), ui=True)
    app.state.ledger.store.save(make_bundle(), "test")
    app.state.ledger.store.save(make_long_bundle(), "test")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    pg = ctx.new_page()
    yield pg
    ctx.close()


def test_open_a_report_toggle_highlights_and_open_a_person(server, page):
    page.goto(server + "/")
    page.click("text=2022 Country Report on Human Rights Practices: Veridia")
    page.wait_for_selector("article.doc")
    assert page.locator(".outline a").first.inner_text().strip().startswith("1")
    person = page.locator("mark.hl-person").first
    assert person.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(ARTIFACTS / "reader.png"), full_page=True)
    # toggle people off and on again
    page.uncheck("input.toggle[data-kind=person]")
    assert person.evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.check("input.toggle[data-kind=person]")
    # click a person: the record opens, then their page
    person.click()
    panel = page.locator("#record-panel")
    panel.wait_for(state="visible")
    assert "Ana Brell" in panel.inner_text()
    page.screenshot(path=str(ARTIFACTS / "reader-record.png"))
    page.click("a.open-entity")
    page.wait_for_selector("text=Timeline")
    assert "2022-03-03" in page.inner_text("ol.timeline")
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)


def test_copy_a_citation(server, page):
    page.goto(server + "/docs/veridia-2022")
    page.locator(".para").first.hover()
    page.locator("button.cite").first.click()
    page.wait_for_selector("button.cite.copied")
    copied = page.evaluate("document.body.dataset.lastCitation")
    assert copied.startswith("USDOS, *2022 Country Report on Human Rights Practices: Veridia*, section 1")
    assert page.evaluate("navigator.clipboard.readText()") == copied


def test_search_and_jump_to_the_span(server, page):
    page.goto(server + "/search")
    page.fill("input[name=q]", "released")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("li.hit")
    assert "released" in page.inner_text("li.hit mark.kw").lower()
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.click("li.hit a")
    page.wait_for_selector("#target")
    assert page.inner_text("#target").startswith("Brell was released")


def test_upload_a_bad_file_and_see_the_error(server, page, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    page.goto(server + "/")
    page.set_input_files("#upload-file", str(bad))
    page.click("#upload-form button[type=submit]")
    err = page.wait_for_selector("#upload-error")
    assert "empty.txt" in err.inner_text() and "empty" in err.inner_text()
    page.screenshot(path=str(ARTIFACTS / "upload-error.png"))


def test_figures_page_sorts_and_filters(server, page):
    page.goto(server + "/figures")
    page.click("#figures-table th:first-child")
    assert page.get_attribute("#figures-table th:first-child", "aria-sort") == "ascending"
    page.fill("#figure-filter", "no such thing")
    assert page.locator("#figures-table tbody tr:visible").count() == 0


def test_phone_sized_screen(server, browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = ctx.new_page()
    pg.goto(server + "/docs/veridia-2022")
    width = pg.evaluate("document.documentElement.scrollWidth")
    pg.screenshot(path=str(ARTIFACTS / "reader-phone.png"), full_page=True)
    ctx.close()
    assert width <= 400


def test_long_report_loads_in_pieces_jump_to_a_far_span_and_copy_its_citation(server, page):
    bundle = make_long_bundle()
    far = bundle.paragraphs[-3]           # section 12, far down the report
    start = bundle.text.index("In paragraph", far.start)
    end = start + len("In paragraph 12 of section 12")
    page.goto(server + "/docs/longland-2022")
    assert page.locator(".piece.pending").count() > 3       # most of the report is not sent
    assert page.locator(f"#p-{far.start}").count() == 0
    # a link to a span far down: the piece holding it comes with the page, marked
    page.goto(server + f"/docs/longland-2022#{start}-{end}")
    page.wait_for_selector("#target")
    assert page.inner_text("#target") == bundle.text[start:end]
    para = page.locator(f"#p-{far.start}")
    para.hover()
    para.locator("button.cite").click()
    page.wait_for_selector(f"#p-{far.start} button.cite.copied")
    copied = page.evaluate("document.body.dataset.lastCitation")
    assert copied.startswith("USDOS, *2022 Country Report on Human Rights Practices: Longland*, section 12")
    assert page.evaluate("navigator.clipboard.readText()") == copied
    # the outline jumps into a piece not loaded yet; its highlights open their record
    page.goto(server + "/docs/longland-2022")
    page.click(".outline a[href='#s-11']")
    page.wait_for_selector("#s-11")
    assert page.evaluate("location.hash") == "#s-11"
    mark = page.locator("#s-11 ~ .para mark.hl-person").first
    mark.click()
    page.locator("#record-panel").wait_for(state="visible")
    assert "Tarin Voss" in page.inner_text("#record-panel")
    # scrolling through the report loads the rest
    page.evaluate("window.scrollTo(0, 0)")
    for _ in range(60):
        page.mouse.wheel(0, 4000)
        page.wait_for_timeout(50)
        if page.locator(".piece.pending").count() == 0:
            break
    assert page.locator(".piece.pending").count() == 0
    page.screenshot(path=str(ARTIFACTS / "reader-long.png"))


# -- review: log in, correct from the reader, history, the keyboard queue ---------------------
QUEUE_N = 30
PEOPLE = ["Aru", "Bolat", "Dana", "Erlan", "Gulnar", "Kairat", "Laura", "Marat", "Nurlan", "Saule"]


def queue_bundle(n: int = QUEUE_N):
    """A report of our own with ``n`` arrests in section 1, one a sentence (no model needed)."""
    import hashlib

    from rightsledger.records import Document, Event, Paragraph, Participant, Section, Sentence, Span
    from rightsledger.store import Bundle

    doc = "queue-2022"
    head = "2022 Country Report on Human Rights Practices: Queueland\n\nSection 1. Respect for the Integrity of the Person\n\n"
    sents = [f"On March {i % 28 + 1}, police in Port Amsel detained activist {PEOPLE[i % 10]} {i}."
             for i in range(n)]
    text, spans, paras, pos = head, [], [], len(head)
    for i, s in enumerate(sents):
        if i and i % 5 == 0:
            text += "\n\n"
            pos += 2
        spans.append((pos, pos + len(s)))
        text += s + " "
        pos += len(s) + 1
    text = text.rstrip() + "\n"
    for j in range(0, n, 5):
        paras.append(Paragraph(doc, "1", None, j // 5 + 1, spans[j][0], spans[min(j + 4, n - 1)][1]))
    d = Document(doc, text.splitlines()[0], "Queueland", "QL", 2022, "USDOS", "txt",
                 hashlib.sha256(text.encode()).hexdigest(), len(text))
    evs = [Event(f"{doc}:ev:{i + 1}", doc, "detention_or_arrest", f"2022-03-{i % 28 + 1:02d}", None, "day",
                 [Participant(None, f"{PEOPLE[i % 10]} {i}", "target")], "Port Amsel", "1", "asserted", None,
                 Span.of(text, *spans[i])) for i in range(n)]
    sec_start = text.index("Section 1.")
    return Bundle(document=d, path="/x/queue-2022.txt", text=text,
                  sections=[Section(doc, "1", "Respect for the Integrity of the Person", 1, None, sec_start,
                                    len(text.rstrip()))],
                  subtopics=[], paragraphs=paras,
                  sentences=[Sentence(doc, "1", k // 5 + 1, *sp) for k, sp in enumerate(spans)],
                  entities=[], events=evs, figures=[], provisions=[])


@pytest.fixture(scope="module")
def review_server(tmp_path_factory):
    """A server over a database with users: root (admin), amira and bert (editors), vic (viewer)."""
    import uvicorn

    from rightsledger.api import create_app

    db = tmp_path_factory.mktemp("review") / "review.db"
    app = create_app(str(db), ui=True)
    led = app.state.ledger
    led.store.save(make_bundle(), "test")
    led.store.save(queue_bundle(), "test")
    root = led.add_user("root", "admin", "rootpass1")
    led.add_user("amira", "editor", "amirapass", root)
    led.add_user("bert", "editor", "bertpass1", root)
    led.add_user("vic", "viewer", "vicpass12", root)
    app.state.bert_token = led.new_token("bert", root)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    thread.join(5)


def _login(page, base: str, name: str, password: str, path: str = "/") -> None:
    page.goto(base + path)
    page.wait_for_selector("#login-form")          # every page needs a login on this database
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#whoami")


def test_review_log_in_correct_an_event_type_see_the_history_log_out(review_server, page):
    base, app = review_server
    _login(page, base, "amira", "amirapass", "/docs/veridia-2022")
    assert page.url.endswith("/docs/veridia-2022")
    who = page.inner_text("#whoami")
    assert "amira" in who and "editor" in who
    mark = page.locator('mark.hl-date[data-rec="v:veridia-2022:ev:1"]')
    mark.click()
    panel = page.locator("#record-panel")
    panel.wait_for(state="visible")
    assert page.inner_text("#rv-status") == "machine"
    page.select_option("#record-panel select[name=type]", "conviction_or_sentence")
    page.fill("#record-panel input.rv-reason", "a sentence, not an arrest <b>really</b>")
    page.click("#record-panel button.rv-save")
    page.wait_for_function("document.querySelector('#rv-status').textContent === 'corrected'")
    assert "rv-corrected" in mark.get_attribute("class")
    assert "conviction or sentence" in page.inner_text("#record-panel h3")
    page.screenshot(path=str(ARTIFACTS / "review-reader-corrected.png"))
    # a second editor changes ev:2 while amira has it open: she gets a clear conflict
    page.click("details.events-panel summary")        # the section's events, each with its status
    page.click('.ev-item[data-rec="v:veridia-2022:ev:2"] button.rv-open')
    page.wait_for_function("document.querySelector('#record-panel h3').textContent === 'release'")
    import httpx

    r = httpx.post(base + "/api/records/veridia-2022:ev:2/correct",
                   headers={"Authorization": f"Bearer {app.state.bert_token}"},
                   json={"changes": {"polarity": "alleged"}, "reason": "the VHC says so"})
    assert r.status_code == 200, r.text
    page.select_option("#record-panel select[name=type]", "other")
    page.fill("#record-panel input.rv-reason", "not a release")
    page.click("#record-panel button.rv-save")
    conflict = page.wait_for_selector("#record-panel .rv-msg.conflict")
    assert "changed since you opened it" in conflict.inner_text()
    assert app.state.ledger.record("veridia-2022:ev:2")["record"]["type"] == "release"   # nothing overwritten
    page.screenshot(path=str(ARTIFACTS / "review-conflict.png"))
    page.click("#record-panel button.rv-reload")          # the other editor's value, then one's own again
    page.wait_for_function("document.querySelector('#record-panel select[name=polarity]').value === 'alleged'")
    # the history: the machine's original beside the correction, who, when, before, after, why
    page.click('.ev-item[data-rec="v:veridia-2022:ev:1"] button.rv-open')
    page.click("#record-panel a.rv-history")
    page.wait_for_selector("#machine-vs-current")
    changed = page.inner_text("#machine-vs-current tr.changed")
    assert "detention_or_arrest" in changed and "conviction_or_sentence" in changed
    change = page.locator("#history li.change").first
    assert change.locator(".by").inner_text() == "amira"
    assert change.locator("td.before").first.inner_text() == "machine"          # status row first
    assert "detention_or_arrest" in change.inner_text() and "conviction_or_sentence" in change.inner_text()
    assert "a sentence, not an arrest <b>really</b>" in change.locator(".reason").inner_text()  # escaped, shown as text
    assert page.locator("#history b").count() == 0
    page.screenshot(path=str(ARTIFACTS / "review-history.png"), full_page=True)
    # log out: the session is gone, pages need a login again
    page.click("#logout")
    page.wait_for_selector("#login-form")
    assert "logged out" in page.inner_text("main")
    page.goto(base + "/docs/veridia-2022")
    page.wait_for_selector("#login-form")


def test_review_add_a_missing_record_by_selecting_its_text(review_server, page):
    base, app = review_server
    _login(page, base, "amira", "amirapass", "/docs/veridia-2022")
    text = "The law allows detention without charge"
    page.evaluate("""(needle) => {
        const p = [...document.querySelectorAll('article.doc p[data-start]')].find(p => p.textContent.includes(needle));
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode()) && !node.textContent.includes(needle)) {}
        const i = node.textContent.indexOf(needle);
        const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + needle.length);
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
        p.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""", text)
    page.click("#add-span")
    page.select_option("#record-panel select[name=kind]", "event")
    page.select_option("#record-panel select[name=type]", "other")
    page.fill("#record-panel input[name=date]", "2022")
    page.fill("#record-panel input.rv-reason", "the machine missed it")
    page.click("#record-panel button.rv-save")
    page.wait_for_selector("#record-panel a.rv-added")
    added = [h for h in app.state.ledger.audit_log() if h["action"] == "add"]
    rec = added[-1]["after"]["record"]
    assert rec["evidence"]["text"] == text and rec["type"] == "other" and rec["date"] == "2022"


def test_review_a_viewer_sees_no_edit_controls_and_writes_need_the_csrf_token(review_server, browser):
    base, app = review_server
    entries = len(app.state.ledger.audit_log())
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    _login(pg, base, "vic", "vicpass12", "/docs/veridia-2022")
    assert "viewer" in pg.inner_text("#whoami")
    pg.locator("mark.hl-date").first.click()
    pg.locator("#record-panel").wait_for(state="visible")
    assert pg.locator("#record-panel #rv-status").count() == 1
    assert pg.locator("#record-panel form, #record-panel button.rv-save").count() == 0
    assert pg.locator("#add-span, #upload-form").count() == 0
    pg.goto(base + "/review?doc=queue-2022")
    pg.wait_for_selector("li.q-item.current")
    assert pg.locator(".q-buttons").count() == 0
    pg.keyboard.press("a")
    pg.wait_for_timeout(300)
    assert pg.evaluate("document.body.dataset.reviewed") is None
    # the API refuses the viewer's session too, and a session write without the token
    status = pg.evaluate("""async () => (await fetch('/api/records/queue-2022:ev:1/confirm', {method: 'POST',
        headers: {'Content-Type': 'application/json',
                  'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content},
        body: JSON.stringify({reason: 'x'})})).status""")
    assert status == 403
    ctx.close()
    ctx = browser.new_context()
    pg = ctx.new_page()
    _login(pg, base, "amira", "amirapass", "/review")
    status = pg.evaluate("""async () => (await fetch('/api/records/queue-2022:ev:1/confirm', {method: 'POST',
        headers: {'Content-Type': 'application/json'}, body: JSON.stringify({reason: 'x'})})).status""")
    assert status == 403
    ctx.close()
    assert len(app.state.ledger.audit_log()) == entries      # nothing was written


def test_review_keyboard_queue_speed(review_server, page):
    """A scripted reviewer works through a section's events from the keyboard: mostly `a`
    (confirm), some `r` + a numbered reason, some `e` (a new type and a reason). Measures
    records per minute (printed; no timing is asserted: the machine is shared)."""
    base, app = review_server
    _login(page, base, "amira", "amirapass", "/review?doc=queue-2022&kind=event&section=1")
    items = page.locator("li.q-item")
    n = items.count()
    assert n == QUEUE_N
    first = page.evaluate("document.body.dataset.current")
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.body.dataset.current") == first
    plan = []
    logs = []
    page.on("console", lambda m: logs.append(m.text))
    page.on("pageerror", lambda e: logs.append(str(e)))
    t0 = time.perf_counter()
    for i in range(n):
        if i % 10 == 3:
            page.keyboard.press("r")
            page.keyboard.press("1")
            plan.append("rejected")
        elif i % 10 == 7:
            page.keyboard.press("e")
            page.select_option("li.q-item.current select[name=type]", "conviction_or_sentence")
            page.fill("li.q-item.current input.rv-reason", "sentenced, not arrested")
            page.press("li.q-item.current input.rv-reason", "Enter")
            plan.append("corrected")
        else:
            page.keyboard.press("a")
            plan.append("confirmed")
        try:
            page.wait_for_function(f"Number(document.body.dataset.reviewed || 0) >= {i + 1}", timeout=10_000)
        except Exception:
            print(logs, page.inner_html("li.q-item.current .q-edit")[-600:])
            print(i, page.evaluate("document.body.dataset.current"),
                  page.inner_text("li.q-item.current"), page.evaluate("document.activeElement.outerHTML"))
            raise
    seconds = time.perf_counter() - t0
    per_minute = n / (seconds / 60)
    print(f"\nkeyboard review: {n} records in {seconds:.1f} s = {per_minute:.0f} records/minute "
          f"({plan.count('confirmed')} confirmed, {plan.count('rejected')} rejected, "
          f"{plan.count('corrected')} corrected)")
    page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)
    led = app.state.ledger
    got = [led.record(a)["review"]["status"] for a in page.eval_on_selector_all(
        "li.q-item", "els => els.map(e => e.dataset.address)")]
    assert got == plan
    assert led.audit_verify().ok
