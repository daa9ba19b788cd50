"""Read stage: every format to text, metadata, and every bad input to its error code."""
from __future__ import annotations

import csv
import hashlib
import os
import re
import time
from pathlib import Path

import pytest

from rightsledger.errors import Code, RightsledgerError
from rightsledger.read import Source, read_bytes, read_path

from .load_script import load_script

FIXTURES = Path(__file__).resolve().parent / "fixtures"
READ = FIXTURES / "read"


def _fixture_module():
    module = load_script(FIXTURES / "make_read_fixtures.py")
    return module


MAKE = _fixture_module()


def blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in text.split("\n\n") if b.strip()]


def manifest(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def raises(code: Code, path: Path, **kwargs) -> RightsledgerError:
    with pytest.raises(RightsledgerError) as info:
        read_path(path, **kwargs)
    err = info.value
    assert err.code is code, f"{err.code} != {code}: {err}"
    assert path.name in str(err)
    return err


# --------------------------------------------------------------------------- shared reports


def test_shared_text_reports_read_exactly_with_metadata(shared_dir: Path, shared_reports: list[Path]) -> None:
    """Every shared text report: text identical to the decoded file, right country and year."""
    rows = {r["file"]: r for r in manifest(shared_dir / "reports" / "usdos" / "MANIFEST.tsv")}
    rows["kazakhstan-2022.txt"] = {"country": "Kazakhstan", "year": "2022", "sha256": ""}
    from rightsledger.read.metadata import resolve_country

    for path in shared_reports:
        raw = path.read_bytes()
        src = read_path(path)
        assert src.text == raw.decode("utf-8-sig"), path.name
        assert src.sha256 == hashlib.sha256(raw).hexdigest()
        assert src.format == path.suffix[1:]
        row = rows[path.name]
        if row["sha256"]:
            assert src.sha256 == row["sha256"]
        assert (src.country, src.year) == (row["country"], int(row["year"])), path.name
        assert src.country_code == resolve_country(row["country"])[1]
        assert src.title


def test_shared_report_codes(shared_dir: Path) -> None:
    usdos = shared_dir / "reports" / "usdos"
    assert read_path(usdos / "2014_drc.md").country_code == "CD"
    assert read_path(usdos / "2006_republic-of-the-congo.md").country_code == "CG"
    assert read_path(shared_dir / "reports" / "kazakhstan-2022.txt").country_code == "KZ"


@pytest.fixture(scope="module")
def shared_pdfs(shared_dir: Path) -> list[tuple[dict[str, str], Source, float]]:
    folder = shared_dir / "reports" / "original"
    out = []
    for row in manifest(folder / "MANIFEST.tsv"):
        started = time.perf_counter()
        src = read_path(folder / row["file"])
        out.append((row, src, time.perf_counter() - started))
    return out


def test_pdf_metadata(shared_pdfs) -> None:
    for row, src, _ in shared_pdfs:
        assert src.format == "pdf"
        assert (src.country, src.year) == (row["country"], int(row["year"]))
        assert src.sha256 == row["sha256"]
        assert src.pages and src.pages > 20
        assert src.title == f"{row['country']} {row['year']} Human Rights Report"


def test_pdf_running_headers_footers_and_page_numbers_removed(shared_pdfs) -> None:
    for row, src, _ in shared_pdfs:
        for line in src.text.splitlines():
            assert "Country Reports on Human Rights Practices for" not in line, line
            assert "Bureau of Democracy, Human Rights" not in line, line
            assert not re.fullmatch(r"\s*(Page\s+)?\d+(\s+of\s+\d+)?\s*", line), line
        assert "-\n" not in src.text and "\ufffe" not in src.text
        assert src.text.count(f"{row['country']} {row['year']} Human Rights Report") == 1


def test_pdf_headings_on_their_own_lines(shared_pdfs) -> None:
    for _, src, _ in shared_pdfs:
        sections = re.findall(r"^Section (\d)\. [A-Z][^\n]+$", src.text, re.M)
        assert sections == [str(i) for i in range(1, 8)]
        lines = set(src.text.splitlines())
        # headings wrapped over two lines in the PDF come back as one line
        assert "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings" in lines
        assert ("c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment, "
                "and Other Related Abuses") in lines
        assert "Section 3. Freedom to Participate in the Political Process" in lines
        assert "Executive Summary" in lines


def test_pdf_paragraphs_are_whole(shared_pdfs) -> None:
    """Paragraphs are joined across lines and page breaks: every long block ends a sentence,
    and no block holds a line break."""
    for _, src, _ in shared_pdfs:
        paras = blocks(src.text)
        assert len(paras) > 150
        for block in paras:
            assert "\n" not in block.strip("\n")
            if len(block) > 150:
                assert block.rstrip()[-1] in ".:;)\"\u201d", block[-80:]
        assert "  " not in src.text


def test_pdf_read_time(shared_pdfs) -> None:
    for row, src, seconds in shared_pdfs:
        print(f"{row['file']}: {seconds:.3f} s, {src.pages} pages, {len(src.text):,} chars")
        assert seconds < 5.0


# --------------------------------------------------------------------------- fixtures (Veridia)


@pytest.fixture(scope="module")
def expected() -> list[str]:
    return MAKE.expected_blocks()


def test_fixture_txt_is_the_reference(expected: list[str]) -> None:
    src = read_path(READ / "veridia-2022.txt")
    assert blocks(src.text) == expected
    assert (src.country, src.country_code, src.year) == ("Republic of Veridia", None, 2022)
    assert src.title == MAKE.TITLE


@pytest.mark.parametrize("name", ["veridia-2022.html", "veridia-2022.docx", "veridia-2022.pdf"])
def test_fixture_formats_read_back_to_the_same_blocks(name: str, expected: list[str]) -> None:
    src = read_path(READ / name)
    assert src.format == name.rsplit(".", 1)[1]
    assert blocks(src.text) == expected
    assert src.text == (READ / "veridia-2022.txt").read_text(encoding="utf-8")
    assert (src.country, src.year, src.title) == ("Republic of Veridia", 2022, MAKE.TITLE)


def test_fixture_html_drops_clutter_keeps_literal_script_text() -> None:
    text = read_path(READ / "veridia-2022.html").text
    for clutter in ("SCRIPT TEXT", "document.write", "font-family", "Countries", "Privacy policy",
                    "Search", "Home", "Published"):
        assert clutter not in text
    assert "<script>alert(1)</script>" in text  # escaped in the page: it is report text
    assert '"spreading false information."' in text  # entities decoded


def test_fixture_pdf_layout_rules() -> None:
    src = read_path(READ / "veridia-2022.pdf")
    assert src.pages >= 3
    assert MAKE.RUNNING_HEADER not in src.text and MAKE.FOOTER[0] not in src.text
    assert "detention of journalists" in src.text  # hyphenated at a line end, rejoined
    assert "so-called" in src.text and "long-standing" in src.text  # real hyphens kept
    assert "Abusive Physical Conditions: The national prison service" in src.text


def test_fixture_pdf_reference_is_fresh(tmp_path: Path) -> None:
    """The committed fixtures are what the script makes (the script is the source)."""
    MAKE.make_txt(tmp_path / "v.txt")
    assert (tmp_path / "v.txt").read_bytes() == (READ / "veridia-2022.txt").read_bytes()
    MAKE.make_html(tmp_path / "v.html")
    assert (tmp_path / "v.html").read_bytes() == (READ / "veridia-2022.html").read_bytes()
    MAKE.make_pdf(tmp_path / "v.pdf")
    assert blocks(read_path(tmp_path / "v.pdf").text) == MAKE.expected_blocks()


# --------------------------------------------------------------------------- text decoding


def test_txt_keeps_crlf_and_removes_bom(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"\xef\xbb\xbf2021 Country Report on Human Rights Practices: Chile\r\n\r\nText.\r\n")
    src = read_path(p)
    assert src.text == "2021 Country Report on Human Rights Practices: Chile\r\n\r\nText.\r\n"
    assert (src.country, src.country_code, src.year) == ("Chile", "CL", 2021)


def test_txt_cp1252_fallback(tmp_path: Path) -> None:
    p = tmp_path / "latin.md"
    text = "## Cote d\u2019Ivoire\n\n2005\n\nThe minister\u2019s caf\u00e9 \u2013 a \u201cquote\u201d.\n"
    raw = text.encode("cp1252")
    p.write_bytes(raw)
    src = read_path(p)
    assert src.text == raw.decode("cp1252")
    assert (src.country_code, src.year, src.format) == ("CI", 2005, "md")


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes("KENYA 2016 HUMAN RIGHTS REPORT\n\nText.\n".encode("utf-16"))
    src = read_path(p)
    assert src.text.startswith("KENYA 2016") and src.country_code == "KE"


def test_suffix_that_lies_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_bytes((READ / "veridia-2022.pdf").read_bytes())
    assert read_path(p).format == "pdf"
    q = tmp_path / "report.pdf"
    q.write_bytes((READ / "veridia-2022.html").read_bytes())
    assert read_path(q).format == "html"


def test_read_bytes_for_uploads() -> None:
    raw = (READ / "veridia-2022.docx").read_bytes()
    src = read_bytes(raw, "upload.docx")
    assert src.format == "docx" and src.path == "upload.docx" and src.size == len(raw)


# --------------------------------------------------------------------------- html details


def test_html_headings_bold_paragraphs_and_breaks(tmp_path: Path) -> None:
    p = tmp_path / "page.htm"
    p.write_text(
        "<html><head><title>x</title><style>p{}</style></head><body>"
        "<div id='menu'>Menu item</div><article>"
        "<h1>Chile 2021 Human Rights Report</h1><p><b>Prison Conditions</b></p>"
        "<p>First line<br>second line</p><p>Para&nbsp;one &amp; two&#8217;s.</p>"
        "<div>Loose text<p>inner</p>tail</div><ul><li>One</li><li>Two</li></ul>"
        "<p style='display:none'>hidden</p><!-- a comment -->"
        "</article><aside>Related</aside></body></html>", encoding="utf-8")
    src = read_path(p)
    assert blocks(src.text) == ["Chile 2021 Human Rights Report", "Prison Conditions",
                                "First line\nsecond line", "Para one & two\u2019s.", "Loose text",
                                "inner", "tail", "One", "Two"]
    assert (src.country_code, src.year) == ("CL", 2021)


# --------------------------------------------------------------------------- bad inputs


def test_empty(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    raises(Code.EMPTY, p)


def test_whitespace_only(tmp_path: Path) -> None:
    p = tmp_path / "blank.md"
    p.write_bytes(b" \n\t\r\n\xc2\xa0\n")
    raises(Code.EMPTY, p)


def test_binary_random_bytes(tmp_path: Path) -> None:
    p = tmp_path / "noise.txt"
    p.write_bytes(os.urandom(4096))
    raises(Code.BINARY, p)


def test_binary_without_nul(tmp_path: Path) -> None:
    p = tmp_path / "controls.txt"
    p.write_bytes(bytes(range(1, 32)) * 50)
    raises(Code.BINARY, p)


def test_mis_encoded(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes("Report on caf\u00e9s. ".encode() * 10 + b"\x81\x8d\x8f broken \x90\x9d")
    raises(Code.ENCODING, p)


def test_mis_encoded_not_cp1252_text(tmp_path: Path) -> None:
    p = tmp_path / "sjis.txt"
    p.write_bytes("\u65e5\u672c\u306e\u4eba\u6a29\u5831\u544a\u66f8\u3067\u3059\u3002".encode("shift_jis") * 40)
    raises(Code.ENCODING, p)


def test_over_size(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"word " * 1000)
    err = raises(Code.TOO_LARGE, p, max_bytes=1000)
    assert "5,000 bytes" in str(err)


def test_truncated_pdf(tmp_path: Path) -> None:
    p = tmp_path / "cut.pdf"
    raw = (READ / "veridia-2022.pdf").read_bytes()
    p.write_bytes(raw[: len(raw) // 2])
    raises(Code.TRUNCATED, p)


def test_encrypted_pdf() -> None:
    raises(Code.PDF_ENCRYPTED, READ / "veridia-2022-encrypted.pdf")


def test_malformed_pdf(tmp_path: Path) -> None:
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\n%%EOF\n")
    raises(Code.PDF_MALFORMED, p)


def test_pdf_without_header(tmp_path: Path) -> None:
    p = tmp_path / "fake.pdf"
    p.write_bytes(b"just some words, not a PDF at all\n")
    raises(Code.PDF_MALFORMED, p)


def test_pdf_without_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 50, 50)
    p = tmp_path / "scan.pdf"
    pdf.output(str(p))
    raises(Code.NO_TEXT, p)


def test_pdf_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rightsledger.read.pdf as read

    monkeypatch.setattr(read, "MAX_PDF_PAGES", 2)
    err = raises(Code.TOO_MANY_PAGES, READ / "veridia-2022.pdf")
    assert "3 pages" in str(err)


def test_zip_bomb_docx(tmp_path: Path) -> None:
    p = tmp_path / "bomb.docx"
    MAKE.make_zip_bomb(p)
    assert p.stat().st_size < 1_000_000
    raises(Code.ZIP_BOMB, p)


def test_non_zip_docx(tmp_path: Path) -> None:
    p = tmp_path / "plain.docx"
    p.write_text("This is not a Word document.", encoding="utf-8")
    raises(Code.DOCX_MALFORMED, p)


def test_zip_without_document_xml(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "other.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("hello.txt", "hi")
    raises(Code.DOCX_MALFORMED, p)


def test_truncated_docx(tmp_path: Path) -> None:
    p = tmp_path / "cut.docx"
    raw = (READ / "veridia-2022.docx").read_bytes()
    p.write_bytes(raw[: len(raw) // 2])
    raises(Code.TRUNCATED, p)


def test_docx_with_external_entity_refused(tmp_path: Path) -> None:
    p = tmp_path / "xxe.docx"
    MAKE.make_xxe_docx(READ / "veridia-2022.docx", p)
    err = raises(Code.DOCX_MALFORMED, p)
    assert "DTD" in str(err)


def test_html_with_only_scripts(tmp_path: Path) -> None:
    p = tmp_path / "scripts.html"
    p.write_text("<html><head><script>var a = 'report text';</script></head>"
                 "<body><script>alert(1)</script><style>p{}</style></body></html>", encoding="utf-8")
    raises(Code.HTML_MALFORMED, p)


def test_unsupported_suffix(tmp_path: Path) -> None:
    p = tmp_path / "report.rtf"
    p.write_text("{\\rtf1 text}", encoding="utf-8")
    raises(Code.UNSUPPORTED, p)


def test_missing_file(tmp_path: Path) -> None:
    raises(Code.NOT_FOUND, tmp_path / "nowhere.txt")


def test_errors_never_leak_other_exception_types(tmp_path: Path) -> None:
    """Random bytes under every suffix: only RightsledgerError comes out."""
    for suffix in (".txt", ".md", ".html", ".pdf", ".docx"):
        for seed in range(3):
            p = tmp_path / f"r{seed}{suffix}"
            data = bytes((i * 7919 + seed * 104729) % 256 for i in range(3000))
            p.write_bytes((b"%PDF-1.4\n" if suffix == ".pdf" else b"PK\x03\x04" if suffix == ".docx" else b"") + data)
            try:
                read_path(p)
            except RightsledgerError as err:
                assert p.name in str(err)


def test_html_modern_report_page(tmp_path: Path) -> None:
    """A page in the style of the 2017-2022 state.gov reports: title in a page header,
    a table of contents made of links, the report in a content section."""
    p = tmp_path / "modern.html"
    p.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Chile - Reports</title>"
        "<script type='application/ld+json'>{\"a\": 1}</script></head><body>"
        "<a class='skip-link' href='#main'>Skip to content</a>"
        "<header class='featured-content__header'><h1>2021 Country Reports on Human Rights Practices: Chile</h1>"
        "<p class='meta'>Bureau of Democracy, Human Rights, and Labor</p></header>"
        "<div class='report__table-of-contents'><ul>"
        "<li><a href='#s1'>Executive Summary</a></li><li><a href='#s2'>Section 1. Respect</a></li>"
        "<li><a href='#s3'>Section 2. Civil Liberties</a></li></ul></div>"
        "<section class='entry-content'>"
        "<h2 id='s1'>Executive Summary</h2><p>Chile is a <a href='#'>multiparty</a> democracy.</p>"
        "<h2 id='s2'>Section 1. Respect for the Integrity of the Person</h2>"
        "<h3>a. Arbitrary Deprivation of Life</h3>"
        "<p>There were reports that police killed two persons.</p>"
        "<p><strong>Prison and Detention Center Conditions</strong></p>"
        "<p><em>Physical Conditions</em>: Prisons were crowded.</p>"
        "</section><div class='share-tools'>Share this page</div>"
        "<footer role='contentinfo'>U.S. Department of State</footer></body></html>",
        encoding="utf-8")
    src = read_path(p)
    assert blocks(src.text) == [
        "2021 Country Reports on Human Rights Practices: Chile", "Executive Summary",
        "Chile is a multiparty democracy.", "Section 1. Respect for the Integrity of the Person",
        "a. Arbitrary Deprivation of Life", "There were reports that police killed two persons.",
        "Prison and Detention Center Conditions", "Physical Conditions: Prisons were crowded."]
    assert (src.country, src.year) == ("Chile", 2021)


def test_html_old_table_layout_page(tmp_path: Path) -> None:
    """A page in the style of the 1999-2010 reports: layout tables, bold headings in
    paragraphs, <br> line breaks, Windows-1252 declared in a meta tag."""
    p = tmp_path / "old.htm"
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
            "<title>Peru</title></head><body><div id='centerblock'>"
            "<h2>Peru</h2><p>Country Reports on Human Rights Practices - 2004<br>Released by the Bureau<br>"
            "February 28, 2005</p><p>Peru is a multiparty republic. The minister\u2019s term ended.</p>"
            "<p><b>Section 1 Respect for the Integrity of the Person, Including Freedom From:</b></p>"
            "<p><b>a. Political and Other Extrajudicial Killing</b></p>"
            "<p>There were no reports of political killings.</p></div></body></html>")
    p.write_bytes(page.encode("cp1252"))
    src = read_path(p)
    assert blocks(src.text)[:3] == [
        "Peru", "Country Reports on Human Rights Practices - 2004\nReleased by the Bureau\nFebruary 28, 2005",
        "Peru is a multiparty republic. The minister\u2019s term ended."]
    assert "Section 1 Respect for the Integrity of the Person, Including Freedom From:" in src.text.splitlines()
    assert (src.country, src.country_code, src.year) == ("Peru", "PE", 2004)


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    p = tmp_path / "stray.txt"
    good = "The minister\u2019s caf\u00e9 \u2013 \u201cquoted\u201d.\n".encode() * 5
    p.write_bytes(good + b"one stray \x92 byte\n")
    text = read_path(p).text
    assert text.startswith("The minister\u2019s caf\u00e9") and "stray \ufffd byte" in text


def test_docx_with_a_txt_suffix_is_sniffed(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_bytes((READ / "veridia-2022.docx").read_bytes())
    assert read_path(p).format == "docx"


def test_fixture_pdf_in_the_2011_2022_page_layout(expected: list[str]) -> None:
    """Title where the running header goes on page 1, then "COUNTRY  N" headers; headings
    bold at the body size: the title is kept once, the headers go, the blocks match."""
    src = read_path(READ / "veridia-2022-old-layout.pdf")
    got = blocks(src.text)
    assert got[0] == MAKE.OLD_TITLE
    assert got[1:] == expected[1:]
    assert src.year == 2022 and src.title == MAKE.OLD_TITLE
    assert "REPUBLIC OF VERIDIA\t" not in src.text


def test_html_layout_table_is_not_a_data_table(tmp_path: Path) -> None:
    p = tmp_path / "layout.html"
    p.write_text(
        "<html><body><table><tr><td><ul><li><a href='/a'>Home</a></li><li><a href='/b'>About</a></li>"
        "<li><a href='/c'>Reports</a></li></ul></td><td><h2>Mali</h2>"
        "<p>Mali is a republic.</p><p>Police arrested ten persons.</p>"
        "<table><tr><th>Year</th><th>Cases</th></tr><tr><td>2005</td><td>12</td></tr></table>"
        "</td></tr></table></body></html>", encoding="utf-8")
    assert blocks(read_path(p).text) == ["Mali", "Mali is a republic.", "Police arrested ten persons.",
                                         "Year\tCases\n2005\t12"]


# --------------------------------------------------------------------------- a real report, re-rendered

TTF = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
       Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def _seed_blocks(shared_dir: Path) -> list[tuple[str, str]]:
    """The seed report as typed blocks: headings by their shape, run-in topics marked."""
    text = (shared_dir / "reports" / "kazakhstan-2022.txt").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for raw in text.split("\n\n"):
        block = " ".join(raw.split())
        if not block:
            continue
        if not out:
            kind = "title"
        elif re.match(r"(Section \d+\.|EXECUTIVE SUMMARY$)", block):
            kind = "h1"
        elif re.match(r"[a-h]\. [A-Z]", block) and len(block) < 160:
            kind = "h2"
        elif len(block) < 100 and not block.endswith((".", ":", ";")):
            kind = "h3"
        else:
            kind = "p"
            block = re.sub(r"^([A-Z][\w ,\-]{2,60}:) ", r"**\1** ", block)
        out.append((kind, block))
    return out


@pytest.mark.parametrize("suffix", ["html", "docx", "pdf"])
def test_seed_report_rerendered_reads_back(shared_dir: Path, tmp_path: Path, suffix: str) -> None:
    """The seed report rendered by the fixture script into each format (in a temporary
    folder, never committed) reads back to the same blocks: 270 blocks, 117,000 chars,
    paragraphs across ~60 PDF pages, real punctuation and names."""
    typed = _seed_blocks(shared_dir)
    path = tmp_path / f"kazakhstan-2022.{suffix}"
    if suffix == "html":
        MAKE.make_html(path, typed)
    elif suffix == "docx":
        MAKE.make_docx(path, typed)
    else:
        if not all(p.exists() for p in TTF):
            pytest.skip("no DejaVu fonts")
        MAKE.make_pdf(path, blocks=typed, ttf=(str(TTF[0]), str(TTF[1])))
    src = read_path(path)
    expected = MAKE.expected_blocks(typed)
    got = blocks(src.text)
    assert (src.country_code, src.year) == ("KZ", 2022)
    if suffix != "pdf":
        assert got == expected
        return
    # A PDF leaves one thing undecidable: whether a full line ending a sentence at the
    # foot of a page ends its paragraph. The text, every heading and nearly every
    # paragraph must still be exact.
    assert " ".join(got) == " ".join(expected)
    headings = [plain for (kind, _), plain in zip(typed, expected, strict=True) if kind != "p"]
    assert [b for b in got if b in set(headings)] == headings
    missed = [b for b in expected if b not in set(got)]
    assert len(missed) <= len(expected) // 100, missed


def test_plain_text_named_html_is_read_as_text(tmp_path: Path) -> None:
    p = tmp_path / "report.html"
    p.write_text("Chile 2021 Human Rights Report\n\nLine one.\nLine two.\n", encoding="utf-8")
    src = read_path(p)
    assert src.format == "txt" and src.text == p.read_text(encoding="utf-8")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("Chile 2021 Human Rights Report\n", encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    err = raises(Code.UNREADABLE, p)
    assert "Permission denied" in str(err)


def test_pdf_bomb_guards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extracted size and reading time are bounded (a PDF whose streams inflate hugely)."""
    import rightsledger.read.pdf as read

    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 500)
    raises(Code.PDF_TOO_COMPLEX, READ / "veridia-2022.pdf")
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 20_000_000)
    monkeypatch.setattr(read, "MAX_PDF_SECONDS", 0.0)
    raises(Code.PDF_TOO_COMPLEX, READ / "veridia-2022.pdf")
