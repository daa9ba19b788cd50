"""Metadata: country, code and year from every title layout; slugs."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rightsledger.read.metadata import (
    Metadata,
    detect_metadata,
    doc_slug,
    infer_year,
    resolve_country,
    slugify,
)


@pytest.mark.parametrize("text, country, code, year", [
    # ecoi.net, 2017 onward
    ("2022 Country Report on Human Rights Practices: Kazakhstan\n\n\xa0\n\nEXECUTIVE SUMMARY\n",
     "Kazakhstan", "KZ", 2022),
    # state.gov PDFs, running header / title
    ("KAZAKHSTAN 2022 HUMAN RIGHTS REPORT\n\nEXECUTIVE SUMMARY\n", "Kazakhstan", "KZ", 2022),
    ("Nicaragua 2023 Human Rights Report\n\nExecutive Summary\n", "Nicaragua", "NI", 2023),
    # wrapped over two lines, after a heading
    ("#### EXECUTIVE SUMMARY\n\nGuinea 2011\n\nHuman Rights Report\n\nGuinea is a republic.\n", "Guinea", "GN", 2011),
    # series title with the year, country on a line nearby
    ("## Chad\n\nBureau of Democracy, Human Rights, and Labor\n\n2009 Country Reports on Human Rights Practices\n\n"
     "Report\n\nMarch 11, 2010\n", "Chad", "TD", 2009),
    ("Country Reports on Human Rights Practices for 2011\n\nLiberia\n\n#### EXECUTIVE SUMMARY\n",
     "Liberia", "LR", 2011),
    # the old header: country, bureau, bare report year, release date (not the year)
    ("## Burundi\n\nBureau of Democracy, Human Rights, and Labor\n\n2007\n\nMarch 11, 2008\n\nBurundi is ...\n",
     "Burundi", "BI", 2007),
    ("Sierra Leone\n\nCountry Reports on Human Rights Practices\n\nBureau of Democracy, Human Rights and Labor\n\n"
     "1999\n\nFebruary 23, 2000\n", "Sierra Leone", "SL", 1999),
    # names the State Department writes its own way
    ("## Republic of the Congo\n\n2000\n\nFebruary 23, 2001\n", "Republic of the Congo", "CG", 2000),
    ("## DRC\n\n2014\n\nJune 25, 2015\n", "Democratic Republic of the Congo", "CD", 2014),
    ("BURMA 2016 HUMAN RIGHTS REPORT\n", "Burma", "MM", 2016),
    ("COTE D\u2019IVOIRE 2018 HUMAN RIGHTS REPORT\n", "Cote d'Ivoire", "CI", 2018),
    ("Kosovo 2015 Human Rights Report\n", "Kosovo", "XK", 2015),
    ("NORTH KOREA 2019 HUMAN RIGHTS REPORT\n", "North Korea", "KP", 2019),
    ("2021 Country Reports on Human Rights Practices: Democratic Republic of the Congo\n",
     "Democratic Republic of the Congo", "CD", 2021),
    ("CHINA (INCLUDES TIBET, HONG KONG, AND MACAU) 2017 HUMAN RIGHTS REPORT\n", "China", "CN", 2017),
    ("USDOS \u2013 US Department of State: \u201c2020 Country Report on Human Rights Practices: Chile\u201d\n",
     "Chile", "CL", 2020),
    ("Country Reports on Human Rights Practices for 2016 - Kenya\n", "Kenya", "KE", 2016),
])
def test_title_layouts(text: str, country: str, code: str, year: int) -> None:
    meta = detect_metadata(text)
    assert (meta.country, meta.country_code, meta.year) == (country, code, year)
    assert meta.title


def test_metadata_is_a_tuple() -> None:
    title, country, code, year = detect_metadata("Kosovo 2015 Human Rights Report\n")
    assert isinstance(detect_metadata(""), Metadata)
    assert (country, code, year) == ("Kosovo", "XK", 2015)


def test_fictional_country_stated_in_a_full_title() -> None:
    meta = detect_metadata("2022 Country Report on Human Rights Practices: Republic of Veridia\n")
    assert (meta.country, meta.country_code, meta.year) == ("Republic of Veridia", None, 2022)
    # ... but never coded as a real country by a loose match ("Republic of India")
    assert resolve_country("Republic of Veridia") is None


@pytest.mark.parametrize("name, code", [
    ("Kazakstan", "KZ"), ("Republic of Congo", "CG"), ("Congo-Brazzaville", "CG"),
    ("Democratic Republic of Congo", "CD"), ("Congo, Democratic Republic of the", "CD"),
    ("Zaire", "CD"), ("Myanmar", "MM"), ("C\u00f4te d'Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("Korea, North", "KP"), ("South Korea", "KR"), ("The Gambia", "GM"), ("St. Lucia", "LC"),
    ("Guinea-Bissau", "GW"), ("Equatorial Guinea", "GQ"), ("Niger", "NE"), ("Nigeria", "NG"),
    ("Sudan", "SD"), ("South Sudan", "SS"), ("Dominica", "DM"), ("Dominican Republic", "DO"),
    ("Timor-Leste", "TL"), ("Turkey", "TR"), ("Russia", "RU"), ("Iran", "IR"),
])
def test_resolve_country(name: str, code: str) -> None:
    found = resolve_country(name)
    assert found is not None and found[1] == code


@pytest.mark.parametrize("name", ["Korea", "Executive Summary", "Report", "Section 1", "Human Rights",
                                  "Nigera", "Veridia", "", "Bureau of Democracy, Human Rights, and Labor"])
def test_resolve_country_refuses(name: str) -> None:
    assert resolve_country(name) is None


def test_filename_fallback_only_when_the_text_is_silent() -> None:
    assert detect_metadata("Some text.\n", "2013_algeria.md")[1:] == ("Algeria", "DZ", 2013)
    assert detect_metadata("Some text.\n", "kazakhstan-2022.txt")[1:] == ("Kazakhstan", "KZ", 2022)
    assert detect_metadata("Some text.\n", "2000_republic-of-the-congo.md").country_code == "CG"
    assert detect_metadata("Some text.\n", "2014_drc.md").country_code == "CD"
    # the title wins over the file name
    meta = detect_metadata("KENYA 2016 HUMAN RIGHTS REPORT\n", "2013_algeria.md")
    assert (meta.country_code, meta.year) == ("KE", 2016)


def test_infer_year_from_body_dates() -> None:
    body = ("In December 2021, police detained him. On March 3, the court ruled. In May 2021 "
            "the law changed. In June 2020 protests began. In June 2020 again.")
    assert infer_year(body) == 2022
    assert infer_year("No dates at all.") is None


def test_shared_reports_from_text_and_name(shared_dir: Path, shared_reports: list[Path]) -> None:
    rows = {}
    with (shared_dir / "reports" / "usdos" / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rows[row["file"]] = (row["country"], int(row["year"]))
    rows["kazakhstan-2022.txt"] = ("Kazakhstan", 2022)
    for path in shared_reports:
        text = path.read_text(encoding="utf-8-sig")
        meta = detect_metadata(text, path.name)
        assert (meta.country, meta.year) == rows[path.name], path.name
        # the text alone names the country of every report
        assert detect_metadata(text).country == rows[path.name][0], path.name


def test_doc_slug() -> None:
    assert doc_slug("Kazakhstan", 2022, "x") == "kazakhstan-2022"
    assert doc_slug("Republic of the Congo", 2006, "x") == "republic-of-the-congo-2006"
    assert doc_slug("Cote d'Ivoire", 2018, "x") == "cote-d-ivoire-2018"
    assert doc_slug(None, 2022, "My Report (final)") == "my-report-final-2022"
    assert doc_slug(None, 2013, "2013_algeria") == "2013-algeria"
    assert doc_slug(None, None, "") == "document"
    assert slugify("C\u00f4te d\u2019Ivoire") == "cote-d-ivoire"


def test_country_code_of() -> None:
    from rightsledger.read.metadata import country_code_of

    assert country_code_of("Burma") == "MM"
    assert country_code_of("DRC") == "CD"
    assert country_code_of("kz") == "KZ"
    assert country_code_of("KAZ") == "KZ"
    assert country_code_of("Kosovo") == "XK"
    assert country_code_of("Veridia") is None


def test_old_header_of_a_country_iso_does_not_know() -> None:
    text = ("## Kestria\n\nBureau of Democracy, Human Rights, and Labor\n\n"
            "2009 Country Reports on Human Rights Practices\n")
    assert detect_metadata(text)[1:] == ("Kestria", None, 2009)
    # a heading is not a country
    text = "## EXECUTIVE SUMMARY\n\nCountry Reports on Human Rights Practices for 2011\n\nThe country ...\n"
    assert detect_metadata(text)[1:] == (None, None, 2011)
