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
