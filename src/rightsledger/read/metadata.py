"""Document metadata (title, country, country code, report year) from a report's title lines.

Country reports have printed their title in several ways over the years; each is a rule
below, tried on the first lines of the text:

* ``2022 Country Report on Human Rights Practices: Kazakhstan`` (ecoi.net, 2017 onward);
* ``KAZAKHSTAN 2022 HUMAN RIGHTS REPORT`` / ``Nicaragua 2023 Human Rights Report``
  (state.gov PDFs), also wrapped as ``Guinea 2011`` + ``Human Rights Report``;
* ``2009 Country Reports on Human Rights Practices`` or ``Country Reports on Human Rights
  Practices for 2011`` with the country on a line nearby;
* the older header: a country line (``## Burundi``), the bureau line, a bare year line
  (``2007``, the report year) and the release date (``March 11, 2008``, ignored).

Country names are validated and coded with ``pycountry`` plus a table of the short forms
the State Department uses ("Burma", "DRC", "Kosovo", ...). The file name
(``2013_algeria.md``, ``kazakhstan-2022.txt``) is used only for what the text does not
give; as a last resort the year is inferred from the dates in the body.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

HEAD_LINES = 40  # non-empty lines searched for the title

_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CR = r"country\s+reports?\s+on\s+human\s+rights\s+practices"
# "2022 Country Report on Human Rights Practices: Kazakhstan"
_FULL_TITLE = re.compile(
    rf"(?:^|[\s\"'\u201c(])({_YEAR}\s+{_CR}\s*(?:[:\-\u2013\u2014]|for)\s*(?P<country>[^\"\u201d|()\[\]]+?))"
    rf"\s*(?:[\"\u201d|(\[]|\s[\-\u2013\u2014]\s|$)", re.I)
# "KAZAKHSTAN 2022 HUMAN RIGHTS REPORT", "Nicaragua 2023 Human Rights Report"
_COUNTRY_YEAR_REPORT = re.compile(rf"^(?P<country>.+?)\s+{_YEAR}\s+human\s+rights\s+report\b.*$", re.I)
# "2009 Country Reports on Human Rights Practices", "... Practices for 2011"
_YEAR_SERIES = re.compile(rf"^(?:{_YEAR}\s+{_CR}|{_CR}\s*(?:for|[\-\u2013\u2014,:])\s*(?P<year2>(?:19|20)\d\d))\b"
                          rf"(?:\s*[:,\-\u2013\u2014]\s*(?P<rest>.+))?", re.I)
_BARE_YEAR = re.compile(rf"^{_YEAR}$")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
           "November|December")
_MONTH_YEAR = re.compile(rf"\b(?:{_MONTHS})(?:\s+\d{{1,2}},)?\s+((?:19|20)\d\d)\b")
_NAME_WORD = r"(?:[A-Z][\w'\u2019.-]*|and|of|the|de|du|la)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}$")  # a proper name of up to six words
_MARKUP = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")

# Short forms and State Department spellings, normalised (see ``_norm``) -> ISO alpha-2.
ALIASES: dict[str, str] = {
    "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "congo democratic republic of the": "CD",
    "congo democratic republic": "CD", "congo kinshasa": "CD", "zaire": "CD",
    "republic of the congo": "CG", "republic of congo": "CG", "congo republic of the": "CG",
    "congo republic of": "CG", "congo brazzaville": "CG", "congo": "CG",
    "burma": "MM", "myanmar": "MM", "ivory coast": "CI", "cote d'ivoire": "CI",
    "kosovo": "XK", "north korea": "KP", "korea north": "KP",
    "democratic people's republic of korea": "KP", "dprk": "KP",
    "south korea": "KR", "korea south": "KR", "republic of korea": "KR", "korea republic of": "KR",
    "russia": "RU", "iran": "IR", "syria": "SY", "laos": "LA", "vietnam": "VN",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "macedonia": "MK", "north macedonia": "MK", "former yugoslav republic of macedonia": "MK",
    "the gambia": "GM", "gambia the": "GM", "the bahamas": "BS", "bahamas the": "BS",
    "cape verde": "CV", "east timor": "TL", "timor leste": "TL", "swaziland": "SZ",
    "czech republic": "CZ", "turkey": "TR", "turkiye": "TR", "brunei": "BN",
    "micronesia": "FM", "federated states of micronesia": "FM", "holy see": "VA",
    "vatican": "VA", "west bank and gaza": "PS", "palestinian territories": "PS",
    "taiwan": "TW", "hong kong": "HK", "macau": "MO", "macao": "MO",
    "united kingdom": "GB", "britain": "GB", "great britain": "GB", "united states": "US",
    "the netherlands": "NL", "netherlands the": "NL", "the philippines": "PH",
    "saint kitts and nevis": "KN", "saint lucia": "LC",
    "saint vincent and the grenadines": "VC", "sao tome and principe": "ST",
    "serbia and montenegro": "RS", "yugoslavia": "RS", "israel west bank and gaza": "IL",
    "israel and the occupied territories": "IL", "vatican city": "VA", "lao pdr": "LA",
    "bosnia": "BA", "kyrgyz republic": "KG", "slovak republic": "SK", "east timor timor leste": "TL",
}

# Display names, in the State Department's usage, where pycountry's differs.
DISPLAY: dict[str, str] = {
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "MM": "Burma",
    "CI": "Cote d'Ivoire", "XK": "Kosovo", "KP": "North Korea", "KR": "South Korea",
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "LA": "Laos", "VN": "Vietnam",
    "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
    "MK": "North Macedonia", "GM": "The Gambia", "BS": "The Bahamas", "CV": "Cabo Verde",
    "SZ": "Eswatini", "FM": "Micronesia", "VA": "Holy See", "PS": "West Bank and Gaza",
    "TR": "Turkey", "BN": "Brunei", "CZ": "Czech Republic", "TW": "Taiwan",
    "HK": "Hong Kong", "MO": "Macau", "GB": "United Kingdom", "US": "United States",
}


class Metadata(NamedTuple):
    """What the title tells: ``title`` (a line of the text when there is one), country
    (display name), ISO 3166-1 alpha-2 code (``XK`` for Kosovo) and the report year."""

    title: str | None
    country: str | None
    country_code: str | None
    year: int | None


def _norm(name: str) -> str:
    """Lower-case, accents and punctuation folded: "Côte d’Ivoire" -> "cote d'ivoire"."""
    s = re.sub(r"[\u2018\u2019\u02bc`\u00b4]", "'", name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"\bst\.?\s", "saint ", s)
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised country name -> alpha-2, from pycountry and the alias table."""
    import pycountry

    index: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                index.setdefault(_norm(value), c.alpha_2)
                if _norm(value).startswith("the "):
                    index.setdefault(_norm(value)[4:], c.alpha_2)
    index.update(ALIASES)
    return index


_GENERIC = re.compile(
    r"\b(?:the|of|and|republic|kingdom|state|states|democratic|federal|federated|islamic|"
    r"people's|peoples|socialist|united|arab|plurinational|bolivarian|commonwealth|"
    r"principality|grand|duchy|union|independent|sultanate|emirates|islands?)\b")


def _core(key: str) -> str:
    """The distinctive part of a normalised name: "republic of veridia" -> "veridia"."""
    return re.sub(r"\s+", " ", _GENERIC.sub(" ", key)).strip()


@lru_cache(maxsize=1)
def _core_index() -> dict[str, str]:
    """Distinctive name parts that belong to exactly one country -> alpha-2."""
    seen: dict[str, set[str]] = {}
    for key, code in _index().items():
        core = _core(key)
        if core:
            seen.setdefault(core, set()).add(code)
    return {core: next(iter(codes)) for core, codes in seen.items() if len(codes) == 1}


def country_name(code: str) -> str:
    """Display name for an alpha-2 code ("CD" -> "Democratic Republic of the Congo")."""
    if code in DISPLAY:
        return DISPLAY[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name


def resolve_country(name: str, fuzzy: bool = True) -> tuple[str, str] | None:
    """``(display name, alpha-2)`` for a country name, or None when it is not one.

    Exact matches on pycountry's names and the alias table first; with ``fuzzy``, a close
    spelling ("Kazakstan") is accepted only when it is unambiguous and long enough.
    Parenthesised remarks are ignored ("China (includes Tibet, Hong Kong, and Macau)").
    """
    key = _norm(re.sub(r"\(.*?\)|\[.*?\]", " ", name))
    if not key or len(key) > 60:
        return None
    index = _index()
    code = index.get(key) or (index.get(key[4:]) if key.startswith("the ") else None)
    if code is None and fuzzy:
        core = _core(key)
        if len(core) >= 6:
            cores = _core_index()
            close = difflib.get_close_matches(core, cores.keys(), n=2, cutoff=0.88)
            if close and (len(close) == 1 or cores[close[0]] == cores[close[1]]):
                code = cores[close[0]]
    return (country_name(code), code) if code else None


def _display(name: str) -> str:
    """A country name as written, all-capitals turned to title case."""
    name = re.sub(r"\s+", " ", name).strip()
    if name.isupper():
        small = {"And", "Of", "The", "De", "Du", "La"}
        name = " ".join(w.lower() if i and w in small else w for i, w in enumerate(name.title().split()))
    return name


def country_code_of(name: str) -> str | None:
    """ISO alpha-2 code for a country name or code ("Burma", "DRC", "KZ", "KAZ"), or None.

    Used for ``--country`` overrides."""
    value = name.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}", value):
        import pycountry

        upper = value.upper()
        if upper in ("XK", "XKX"):
            return "XK"
        c = pycountry.countries.get(alpha_2=upper) if len(upper) == 2 else pycountry.countries.get(alpha_3=upper)
        if c is not None:
            return c.alpha_2
    found = resolve_country(value)
    return found[1] if found else None


def _head_lines(text: str, limit: int = HEAD_LINES) -> list[str]:
    """The first ``limit`` non-empty lines, Markdown marks and outer spaces removed."""
    out: list[str] = []
    for line in text[:20_000].splitlines():
        line = _MARKUP.sub("", line.replace("\xa0", " ")).strip()
        if line:
            out.append(line)
            if len(out) >= limit:
                break
    return out


def _country_near(lines: list[str], i: int, span: int = 4) -> tuple[str, str] | None:
    """A line within ``span`` lines of ``lines[i]`` that is a country name."""
    order = sorted(range(max(0, i - span), min(len(lines), i + span + 1)), key=lambda j: abs(j - i))
    for j in order:
        if j != i and len(lines[j]) <= 60:
            found = resolve_country(lines[j], fuzzy=False)
            if found:
                return found
    return None


_NOT_A_NAME = re.compile(r"\b(?:summary|report|reports|section|bureau|country|practices|rights|"
                         r"department|contents|introduction|note|appendix)\b", re.I)
_HEADER_NEXT = re.compile(r"bureau of democracy|country reports? on human rights practices")


def _bare_year(lines: list[str]) -> int | None:
    """The report year alone on a line of the old header (the release date follows it)."""
    for line in lines[:10]:
        if m := _BARE_YEAR.match(line):
            return int(m.group("year"))
    return None


def _from_lines(lines: list[str]) -> Metadata:
    """Apply the title rules to the head lines."""
    title: str | None = None
    country: tuple[str, str] | None = None
    year: int | None = None
    for i, line in enumerate(lines):
        m = _FULL_TITLE.search(line)
        if m:
            name = m.group("country").strip()
            found = resolve_country(name) or (resolve_country(name.split(",")[0]) if "," in name else None)
            if found:
                return Metadata(m.group(1).strip(), found[0], found[1], int(m.group("year")))
            if _NAME.match(name):  # stated plainly, though not in ISO 3166
                return Metadata(m.group(1).strip(), _display(name), None, int(m.group("year")))
        joined = f"{line} {lines[i + 1]}" if i + 1 < len(lines) else line
        for candidate in (line, joined):
            m = _COUNTRY_YEAR_REPORT.match(candidate)
            if m and (found := resolve_country(m.group("country"))):
                return Metadata(candidate, found[0], found[1], int(m.group("year")))
            if m and year is None and candidate is line:  # a country ISO 3166 does not know
                year, title = int(m.group("year")), line
        m = _YEAR_SERIES.match(line)
        if m and year is None:
            year = int(m.group("year") or m.group("year2"))
            title = title or line
            rest = m.group("rest")
            country = country or (resolve_country(rest) if rest else None) or _country_near(lines, i)
    if country is None:
        # The old header: the country alone on one of the first lines.
        for line in lines[:8]:
            if len(line) <= 60 and (found := resolve_country(line, fuzzy=False)):
                country = found
                break
    if country is None:
        # ... even one that ISO 3166 does not know, when the bureau or series line follows.
        for i, line in enumerate(lines[:3]):
            follows = " ".join(lines[i + 1:i + 5]).lower()
            if _NAME.match(line) and len(line.split()) <= 5 and not _NOT_A_NAME.search(line) \
                    and _HEADER_NEXT.search(follows):
                return Metadata(title, _display(line), None, year or _bare_year(lines))
    if year is None:
        year = _bare_year(lines)
    return Metadata(title, country[0] if country else None, country[1] if country else None, year)


def _from_filename(filename: str) -> Metadata:
    """Country and year from a file name: "2013_algeria.md", "kazakhstan-2022.txt"."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.replace("\\", "/").rsplit("/", 1)[-1])
    m = _FILE_YEAR.search(stem)
    year = int(m.group(1)) if m else None
    words = re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", " ", stem)
    words = re.sub(r"[_\-.+]+", " ", words)
    words = re.sub(r"\b(?:human|rights|report|country|reports|practices|usdos|hrr)\b", " ", words, flags=re.I)
    found = resolve_country(words) if words.strip() else None
    return Metadata(None, found[0] if found else None, found[1] if found else None, year)


def infer_year(text: str) -> int | None:
    """The report year guessed from the body: one after the latest year that the report
    names at least twice with a month ("In December 2021" in the 2022 report), since
    events of the report year itself are written without one. Weak: a last resort."""
    counts = Counter(int(y) for y in _MONTH_YEAR.findall(text))
    frequent = [y for y, n in counts.items() if n >= 2]
    return max(frequent) + 1 if frequent else None


def detect_metadata(text: str, filename: str | None = None) -> Metadata:
    """Title, country, country code and year of a report.

    The title lines decide; the file name fills in what they leave out; the year is
    finally inferred from the body's dates when nothing else gives it.
    """
    meta = _from_lines(_head_lines(text))
    title, country, code, year = meta
    if filename and (country is None or year is None):
        fmeta = _from_filename(filename)
        if country is None:
            country, code = fmeta.country, fmeta.country_code
        if year is None:
            year = fmeta.year
    if year is None:
        year = infer_year(text)
    if title is None:
        head = _head_lines(text, 1)
        if country and year:
            title = f"{year} Country Report on Human Rights Practices: {country}"
        elif head:
            title = head[0][:200]
    return Metadata(title, country, code, year)


def slugify(value: str) -> str:
    """ASCII, lower case, words joined by hyphens: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    s = re.sub(r"[\u2018\u2019\u02bc`\u2013\u2014]", "-", value)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def doc_slug(country: str | None, year: int | None, fallback: str) -> str:
    """A readable document id: "kazakhstan-2022", "republic-of-the-congo-2006".

    Without a country, the slug of ``fallback`` (a file stem) is used, with the year
    appended when known and not already in it.
    """
    base = slugify(country) if country else slugify(fallback)
    base = base or "document"
    if year is not None and not base.endswith(str(year)) and not base.startswith(str(year)):
        return f"{base}-{year}"
    return base
