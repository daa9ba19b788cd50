"""Build the hand-made DEV gold files for whole shared reports (every section).

Same method as ``build_shared_gold.py`` (whose helpers are imported, not copied): every
record below was decided by hand, reading the report sentence by sentence; the script
only turns the decisions into offsets. Each record names its evidence sentence by a short
anchor that occurs exactly once in the document; when a report repeats a sentence word
for word in two sections, the anchor is written ``"PREFIX||ANCHOR"``: the first
occurrence of ANCHOR after the (unique) PREFIX. The output holds offsets, names and values
but no report text. These files are the *dev* split: the team may tune on them.

Usage (from the repository root)::

    .venv/bin/python tests/gold/shared/build_whole_gold_dev.py          # write the files
    .venv/bin/python tests/gold/shared/build_whole_gold_dev.py --show   # also print evidence

Conventions applied where docs/EVALUATION.md is silent are written down there, under
"Conventions applied in the whole-report gold (2026-12)" (which also says how the files
were checked against the system's export afterwards).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_shared_gold import WholeDoc as BaseWholeDoc  # noqa: E402


class WholeDoc(BaseWholeDoc):
    """A gold document whose scope is the whole file (every section)."""

    split = "dev"

    def __init__(self, stem: str, file: str, year: int, *, end_marker: str | None = None,
                 sections: str = "all"):
        super().__init__(stem, file, year, end_marker=end_marker, sections=sections)
        # Sentences without the white space some lines carry at their end.
        self.sentences = [(s, s + len(self.text[s:e].rstrip())) for s, e in self.sentences]
        self.reassignments: list[tuple[str, str, str, str, str]] = []
    def span(self, anchor: str) -> dict:
        if "||" not in anchor:
            return super().span(anchor)
        prefix, anchor = anchor.split("||", 1)
        scope = self.text[self.start:self.end]
        assert scope.count(prefix) == 1, f"{self.stem}: prefix {prefix!r} not unique"
        at = self.start + scope.index(anchor, scope.index(prefix))
        for s, e in self.sentences:
            if s <= at and at + len(anchor) <= e:
                return {"start": s, "end": e}
        raise AssertionError(f"{self.stem}: anchor {anchor!r} crosses a sentence boundary")

    def pen(self, kind: str, value: float | None, unit: str | None, text: str) -> None:
        """The penalty of the event recorded last."""
        assert self.records[-1]["kind"] == "event"
        self.records[-1]["penalty"] = {"kind": kind, "value": value, "unit": unit, "text": text}

    def dur(self, value: float, unit: str, text: str) -> None:
        """The duration of the event recorded last."""
        assert self.records[-1]["kind"] == "event"
        self.records[-1]["duration"] = {"value": value, "unit": unit, "text": text}

    def reassign(self, form: str, src: str, dst: str, region_start: str, region_end: str) -> None:
        """Mentions ``form`` of entity ``src`` inside the region (from the unique marker
        region_start to the next region_end) belong to entity ``dst``: two referents share a
        surname ("Diallo") and the context tells which one is meant."""
        self.reassignments.append((form, src, dst, region_start, region_end))

    def mentions(self) -> None:
        super().mentions()
        by_name = {ent["name"]: ent for ent in self.entities}
        for form, src, dst, rs, re_ in getattr(self, "reassignments", []):
            assert self.text.count(rs) == 1, f"{self.stem}: region start {rs!r} not unique"
            a = self.text.index(rs)
            b = self.text.index(re_, a)
            moved = [m for m in by_name[src]["mentions"]
                     if a <= m[0] < b and self.text[m[0]:m[1]] == form]
            assert moved, f"{self.stem}: no {form!r} of {src!r} to reassign"
            by_name[src]["mentions"] = [m for m in by_name[src]["mentions"] if m not in moved]
            by_name[dst]["mentions"] = sorted(by_name[dst]["mentions"] + moved)


class RangedDoc(WholeDoc):
    """A whole-report gold document annotated only in ``self.ranges`` (set by a subclass):
    anchors must lie inside them, entity mentions are kept inside them, and the scope line
    lists them as ``"ranges"``."""

    ranges: list[list[int]]

    def inside(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.ranges)

    def span(self, anchor: str) -> dict:
        out = super().span(anchor)
        assert self.inside(out["start"]), f"{self.stem}: anchor {anchor!r} is outside the ranges"
        return out

    def mentions(self) -> None:
        super().mentions()
        for ent in self.entities:
            ent["mentions"] = [m for m in ent["mentions"] if self.inside(m[0])]
            assert ent["mentions"], f"{self.stem}: no mention of {ent['name']!r} in the ranges"

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0]["ranges"] = self.ranges
        return lines


def seven_section_parts(section_5: str) -> dict[str, tuple[str | None, str | None]]:
    """The section groups of a classic seven-section state.gov page: each group's opening
    heading (None: the start of the report) and the heading that ends it (None: the end).
    ``section_5`` is Section 5's heading, whose wording changed across editions."""
    return {
        "exec": (None, "Section 1. Respect for the Integrity of the Person"),
        "1": ("Section 1. Respect for the Integrity of the Person", "Section 2. Respect for Civil"),
        "2": ("Section 2. Respect for Civil Liberties", "Section 3. Freedom to Participate"),
        "3-4": ("Section 3. Freedom to Participate", " ".join(section_5.split()[:4])),
        "5-7": (section_5, None),
    }


#: The section groups of an ecoi.net Markdown report of the early 2000s ("#### Section N ..."
#: headings), whose Section 4 heading is a plain line: group 3-4 runs from Section 3 to Section 5.
MARKDOWN_2000S_PARTS: dict[str, tuple[str | None, str | None]] = {
    "exec": (None, "#### Section 1 Respect for the Integrity"),
    "1": ("#### Section 1 Respect for the Integrity", "#### Section 2 Respect for Civil"),
    "2": ("#### Section 2 Respect for Civil", "#### Section 3 Respect for Political"),
    "3-4": ("#### Section 3 Respect for Political", "#### Section 5 Discrimination"),
    "5-7": ("#### Section 5 Discrimination", None),
}

class PageDoc(RangedDoc):
    """A gold document read from a state.gov page (offsets into the text rightsledger reads
    from the HTML, not into its bytes), annotated in the ranges of ``parts``."""

    def __init__(self, stem: str, file: str, year: int, parts: dict[str, tuple]):
        super().__init__(stem, file, year)
        self.ranges: list[list[int]] = []
        starts: dict[str, int] = {}
        for label, (first, stop) in parts.items():
            assert first is None or self.text.count(first) == 1, first
            a = 0 if first is None else self.text.index(first)
            b = self.end if stop is None else self.text.index(stop, a)
            self.ranges.append([a, b])
            starts[label] = a
        self.ranges.sort()
        self.sections_label = ",".join(sorted(starts, key=starts.get))

    def read(self, path: Path) -> str:
        from rightsledger.read import read_path

        return read_path(path).text

    def span(self, anchor: str) -> dict:
        assert all(len(part.split()) <= 14 for part in anchor.split("||")), anchor
        return super().span(anchor)


class CollectionDoc(PageDoc):
    """A page of the public state.gov collection (``"file": "html/YEAR/NAME.html"``), read
    from ``../collection`` next to the repository (``scripts/collection.sh``; never committed)."""

    reports_dir = Path(__file__).resolve().parents[3].parent / "collection"


# =========================================================================================
# 2000_republic-of-the-congo, whole report
# =========================================================================================
def congo() -> WholeDoc:
    d = WholeDoc("2000_republic-of-the-congo", "usdos/2000_republic-of-the-congo.md", 2000)
    Y = "2000"
    FIDH = "International Federation of Leagues of Human Rights"

    # --- persons ---
    d.ent("person", "Denis Sassou-Nguesso", "Sassou-Nguesso")
    d.ent("person", "Pascal Lissouba", "Lissouba")
    d.ent("person", "Omar Bongo")
    d.ent("person", "Willy Matsanga", "Matsanga")
    d.ent("person", "Gabriel Louya")
    d.ent("person", "Bernard Kolelas", "Kolelas")
    d.ent("person", "Philippe Bikinkita")
    d.ent("person", "Jean Martin Mbemba")

    # --- organizations ---
    d.ent("organization", "National Transition Council", "NTC")
    d.ent("organization", "Presidential Guard")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "Ministry of Justice", "Justice Ministry")
    d.ent("organization", "Human Rights Directorate")
    d.ent("organization", FIDH, "FIDH")
    d.ent("organization", "Congolese Observatory for Human Rights", "OCDH")
    d.ent("organization", "Association for the Human Rights of the Incarcerated", "ADHUC")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Higher Council of Magistrates")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Radio Congo")
    d.ent("organization", "Radio Brazzaville")
    d.ent("organization", "Television Congo")
    d.ent("organization", "Radio France Internationale")
    d.ent("organization", "Radio Liberte")
    d.ent("organization", "Africa Number One")
    d.ent("organization", "Ministry of Post and Telecommunications")
    d.ent("organization", "U.N. High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "U.N.")
    d.ent("organization", "Congolese Workers' Party")
    d.ent("organization", "Panafrican Union for Social Democracy")
    d.ent("organization", "Congolese Movement for Democracy and Integrated Development")
    d.ent("organization", "Union for Democracy and the Republic")
    d.ent("organization", "Rally for Democracy and Social Progress")
    d.ent("organization", "Human Rights Watch Africa")
    d.ent("organization", "International Rescue Committee")
    d.ent("organization", "Ministry of Public Service, Administrative Reform, and the "
          "Promotion of Women")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "ILO")
    d.ent("organization", "United States Embassy")
    d.ent("organization", "American Embassy")
    # Named militias and armed groups (also where the name is used attributively).
    d.ent("organization", "Cobra", "Cobras")
    d.ent("organization", "Cocoye")
    d.ent("organization", "Ninja")
    d.ent("organization", "Nsiloulou")
    # Laws, treaties and a conference: not entities of our three types.
    d.not_entity("Fundamental Act", "Fundamental Law", "Code of Penal Procedure", "Press Law",
                 "Labor Code", "Legal Code", "Family Code", "National Reconciliation Forum",
                 "U.N. Convention Relating to the Status of Refugees", "Peace Accords")

    # --- places ---
    d.ent("place", "Republic of the Congo")
    d.ent("place", "Democratic Republic of the Congo", "DRC", "Zaire")
    d.ent("place", "Gabon")
    d.ent("place", "Angola")
    d.ent("place", "Brazzaville")
    d.ent("place", "Bouenza Region", "Bouenza")
    d.ent("place", "Niari")
    d.ent("place", "Lekoumou")
    d.ent("place", "Pool")
    d.ent("place", "Pointe Noire")
    d.ent("place", "Impfondo")
    d.ent("place", "Mouyondzi")
    d.ent("place", "Poto-Poto")
    d.ent("place", "Kinsoundi")
    d.ent("place", "Bacongo")
    d.ent("place", "Makelekele")
    d.ent("place", "Owando")
    d.ent("place", "Ouesso")
    d.ent("place", "Djambala")
    d.ent("place", "Doloise")
    d.ent("place", "Kinshasa")
    d.ent("place", "Makabana")
    d.ent("place", "Vinza")
    d.ent("place", "Bas-Congo Province")
    d.ent("place", "Cabinda")
    d.ent("place", "Cuvette")
    d.ent("place", "Likouala")
    d.ent("place", "Equateur Province")
    d.ent("place", "Congo River", "Congo")  # "the Congo and Ubangui Rivers"
    d.ent("place", "Ubangui River", "Ubangui")
    d.ent("place", "Kindamba")
    d.ent("place", "Mauritania")
    d.ent("place", "Mali")
    d.ent("place", "Yaounde")
    d.ent("place", "Douala")
    d.ent("place", "Bamenda")
    d.ent("place", "Cameroon")
    d.ent("place", "Nigeria")
    d.ent("place", "Benin")
    d.ent("place", "Niger")
    d.ent("place", "Chad")
    d.ent("place", "Togo")
    d.ent("place", "Central African Republic")

    # --- executive summary ---
    d.sec("exec")
    d.ev("came to power by force of arms in October 1997", "other", "1997-10")
    d.ev("with the help of Angolan troops in 1997", "other", "1997")
    d.ev("Renewed civil conflict broke out in August 1998", "other", "1998-08",
         date_end="1999-12")
    d.fig("displaced an estimated 800,000 civilians", 800000, "civilians displaced",
          "approximately")
    d.fig("displaced an estimated 800,000 civilians", 1 / 3,
          "share of the population displaced", "approximately")
    d.ev("In 1999 the Government reestablished effective control", "other", "1999")
    d.ev("In November and December 1999, the Government signed", "other", "1999-11",
         date_end="1999-12")
    d.ev("There were no cease-fire violations during the year", "attack_or_threat", Y,
         polarity="negated")
    d.ev("Soon after taking power in 1997", "law_or_decree", "1997")
    d.ev("Legislative authority is vested in the 75-member", "election_or_referendum",
         "1998-01")
    d.fig("Legislative authority is vested in the 75-member", 75, "members of the NTC")
    # The forum's date (previous sentence) is the episode's date.
    d.ev("During the forum, the Government announced", "other", "1998-01")
    d.ev("A constitutional committee named by the President in late 1998", "other", "1998")
    d.ev("A constitutional committee named by the President in late 1998", "other", "1999-08")
    d.ev("In November the Cabinet formally endorsed the draft", "other", "2000-11")
    d.fig("population of roughly 2.8 million", 1 / 3,
          "share of the population living in Brazzaville", "more than")
    d.fig("population of roughly 2.8 million", 2800000, "population of the country",
          "approximately")
    d.fig("estimated at about $850 per year", 850, "per capita GDP", "approximately",
          unit="USD")
    d.ev("Security forces were responsible for extrajudicial killings, including", "killing",
         Y)
    d.ev("These government forces also were responsible for summary", "killing", Y)
    d.ev("several were tried and convicted in absentia", "conviction_or_sentence", Y)
    d.ev("Members of Angolan troops allied with the government reportedly", "killing", Y,
         polarity="alleged")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("Security forces continued to commit extrajudicial killings", "killing", Y)
    d.ev("In August soldiers killed two family members", "killing", "2000-08")
    d.fig("In August soldiers killed two family members", 2, "family members killed")
    d.ev("Reportedly there was no investigation nor action", "investigation", Y,
         polarity="negated")
    d.ev("abuses (see Sections 1.c. and 1.f.)", "killing", Y)
    d.ev("in September in Mouyondzi", "killing", "2000-09", place="Mouyondzi")
    d.fig("in September in Mouyondzi", 3, "soldiers executed")
    d.ev("there were no reported cases of the summary execution", "killing", Y,
         polarity="negated")
    d.ev("There were a number of armed confrontations", "killing", Y)
    d.ev("On July 13, a personal dispute", "attack_or_threat", "2000-07-13",
         place="Brazzaville")
    d.ev("involved in the incident reportedly were punished", "other", Y, polarity="alleged")
    d.ev("In September in Brazzaville's Kinsoundi", "killing", "2000-09", place="Brazzaville")
    d.fig("In September in Brazzaville's Kinsoundi", 1, "civilian killed by a stray bullet")
    d.ev("These government forces were responsible for summary executions as well",
         "killing", Y)
    d.ev("In October 1999, the Minister of Defense announced", "other", "1999-10")
    d.ev("no such law had been adopted", "law_or_decree", Y, polarity="negated")
    d.ev("Political and Other Extrajudicial Killing||individual troops reportedly also",
         "killing", Y, polarity="alleged")
    d.ev("Pointe Noire (see Section 1.c.)", "death_in_custody", "2000-11-12",
         date_end="2000-11-13", place="Pointe Noire")
    d.fig("Pointe Noire (see Section 1.c.)", 12, "persons who suffocated in a jail cell")
    d.ev("the duty officer was brought to trial", "trial", Y)
    d.ev("Gabriel Louya, died in detention after suffering a stroke as a result of torture "
         "and poor prison conditions (see Section 1.c.)", "death_in_custody", Y, source=FIDH)
    # "held without charge since 1998": a detention dated by its "since" date (2026-12-08)
    d.ev("Gabriel Louya, died in detention after suffering a stroke as a result of torture "
         "and poor prison conditions (see Section 1.c.)", "detention_or_arrest", "1998",
         source=FIDH)

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of disappearance during the year", "other", Y,
         polarity="negated")
    d.ev("continued to investigate allegations that up to 350", "investigation", Y)
    d.ev("continued to investigate allegations that up to 350", "other", "1999")
    d.ev("continued to investigate allegations that up to 350", "other", "1999-05",
         polarity="alleged", place="Brazzaville")
    d.fig("continued to investigate allegations that up to 350", 350,
          "young men who disappeared", "up to")
    # t-gold26: a killing told by sources of its own after the May 1999 episode, another kind than
    # the disappearance it follows: the report year (settled 2026-12-13, "source, another kind").
    d.ev("some sources reported that security forces had shot", "killing", Y,
         polarity="alleged")
    d.ev("The results of the Government's investigation were not released",
         "report_published", Y, polarity="negated")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("a police newsletter published several reports", "report_published", Y)
    d.ev("Members of the security forces looted citizens' homes", "other", Y)
    d.ev("There were no reports that security force officers beat", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("Undisciplined government forces were responsible", "killing", Y)
    d.ev("abuses (see Sections 1.a. and 1.f.)", "killing", Y)
    d.ev("there were no reports that security forces harassed", "attack_or_threat", Y,
         polarity="negated")
    d.ev("Torture and Other Cruel||individual troops reportedly also", "killing", Y,
         polarity="alleged")
    d.ev("In May a court convicted and sentenced to death", "conviction_or_sentence", "2000-05")
    d.pen("death", None, None, "sentenced to death")
    d.ev("In May a court convicted and sentenced to death", "torture_or_abuse", "1997")
    d.ev("Torture and Other Cruel||The court also sentenced to death",
         "conviction_or_sentence", "2000-05")
    d.pen("death", None, None, "sentenced to death")
    d.ev("there were no reports during the year of activity by rebel militia",
         "attack_or_threat", Y, polarity="negated")
    d.ev("continued to repair some prisons during the year", "other", Y)
    d.ev("Pointe Noire (see Sections 1.a. and 1.d.)", "death_in_custody", "2000-11-12",
         date_end="2000-11-13", place="Pointe Noire")
    d.fig("Pointe Noire (see Sections 1.a. and 1.d.)", 12,
          "persons who suffocated in a jail cell")
    d.fig("Police had detained approximately 40 detainees", 40, "detainees held in the cell",
          "approximately")
    d.fig("Police had detained approximately 40 detainees", 10, "capacity of the cell")
    d.ev("The police captain responsible was suspended", "dismissal", Y)
    d.ev("those responsible would be prosecuted", "charge", Y, polarity="negated")
    d.ev("poor prison conditions (see Sections 1.a. and 1.d.)", "death_in_custody", Y, source=FIDH)
    # "held without charge since 1998": a detention dated by its "since" date (2026-12-08)
    d.ev("poor prison conditions (see Sections 1.a. and 1.d.)", "detention_or_arrest", "1998",
         source=FIDH)
    d.ev("and a Catholic church organization visited prisons", "other", Y)
    d.ev("between September and December, ICRC visited", "other", "2000-09",
         date_end="2000-12", source="ICRC")
    d.fig("between September and December, ICRC visited", 5, "police detention centers visited")
    d.fig("between September and December, ICRC visited", 1,
          "gendarmerie detention center visited")

    # --- 1.d ---
    d.sec("1.d")
    d.prov("brought before a judge within 3 days", "time_limit", 3, "days", "within 3 days",
           "bringing detainees before a judge")
    d.prov("brought before a judge within 3 days", "time_limit", 4, "months",
           "within 4 months", "charge or release of detainees")
    # "no known political detainees at year's end": a state, no event (settled 2026-12-06)
    d.ev("In January the Government released 17", "release", "2000-01")
    # "held without charge since 1998": a detention dated by its "since" date (2026-12-08)
    d.ev("In January the Government released 17", "detention_or_arrest", "1998")
    d.fig("In January the Government released 17", 17, "political detainees released")
    d.ev("one of the detainees, Gabriel Louya, died", "death_in_custody", Y, source=FIDH)

    # --- 1.e ---
    d.sec("1.e")
    d.ev("In January Minister of Justice Jean Martin Mbemba", "other", "2000-01")
    d.ev("In January Minister of Justice Jean Martin Mbemba", "other", Y)
    d.ev("In October 1999, the Government announced plans", "other", "1999-10")
    d.ev("In December 1999, President Sassou-Nguesso signed", "law_or_decree", "1999-12")
    d.ev("In May former Prime Minister Bernard Kolelas", "conviction_or_sentence", "2000-05")
    d.pen("death", None, None, "sentenced to death")
    d.ev("In May former Prime Minister Bernard Kolelas", "torture_or_abuse", "1997")
    d.ev("Denial of Fair Public Trial||The court also sentenced to death",
         "conviction_or_sentence", "2000-05")
    d.pen("death", None, None, "sentenced to death")
    d.ev("In 1999 a court convicted and sentenced in absentia", "conviction_or_sentence",
         "1999")
    d.pen("prison", 20, "years", "20 years' imprisonment")
    d.ev("In 1999 a court convicted and sentenced in absentia", "attack_or_threat", "1999-06",
         polarity="alleged")
    d.fig("In 1999 a court convicted and sentenced in absentia", 3,
          "other former officials convicted")
    d.ev("There were no reports of political prisoners", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("there were no reports that security forces arrested persons",
         "detention_or_arrest", Y, polarity="negated")

    # --- 2.a ---
    d.sec("2.a")
    d.fig("Approximately 10 private newspapers", 10, "private weekly newspapers in Brazzaville",
          "approximately")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no known restrictions on academic freedom", "censorship_or_blocking", Y,
    # was: polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("civic associations held numerous meetings", "other", Y)
    d.ev("there were no known public protests", "protest", Y, polarity="negated")
    d.ev("no known instances in which the authorities withheld", "other", Y,
         polarity="negated")
    d.ev("No political parties were banned or suspended", "registration_decision", Y,
         polarity="negated")

    # --- 2.d ---
    d.sec("2.d")
    d.ev("government forces stopped vehicles carrying", "other", Y, polarity="negated")
    d.ev("Former Cocoye rebels near the town of Makabana", "other", Y, place="Makabana")
    d.ev("prevented the return of displaced persons to Brazzaville", "other", Y,
         polarity="negated")
    d.ev("disruption of train service", "other", Y, polarity="negated")
    d.ev("According to U.N. estimates, the 1998-1999 conflict", "other", Y)
    d.fig("According to U.N. estimates, the 1998-1999 conflict", 800000,
          "civilians displaced by the 1998-1999 conflict", "approximately", source="U.N.")
    d.ev("A total of approximately 45,000 persons fled", "other", "1998", date_end="1999")
    d.ev("A total of approximately 45,000 persons fled", "other", Y)
    d.fig("A total of approximately 45,000 persons fled", 45000,
          "persons who fled to Bas-Congo Province", "approximately")
    d.fig("A total of approximately 45,000 persons fled", 5000,
          "refugees not yet repatriated from the DRC", "approximately")
    d.ev("Approximately 15,000 citizens fled to Gabon in 1999", "other", "1999")
    d.fig("Approximately 15,000 citizens fled to Gabon in 1999", 15000,
          "citizens who fled to Gabon", "approximately")
    d.fig("Approximately 15,000 citizens fled to Gabon in 1999", 12000,
          "refugees remaining in Gabon", source="U.N.")
    d.ev("began discussions with the Government to facilitate", "other", Y)
    d.ev("who fled camps in eastern Zaire in 1996", "other", "1996")
    d.ev("who fled camps in eastern Zaire in 1996", "other", "1997-05", date_end="1997-06")
    d.fig("who fled camps in eastern Zaire in 1996", 7000, "Rwandan refugees hosted",
          "approximately")
    d.fig("integrated approximately 2,000 of these refugees", 2000,
          "Rwandan refugees integrated", "approximately")
    d.ev("In March all UNHCR support to Rwandan refugees ended", "other", "2000-03")
    d.ev("Approximately 6,000 Angolan refugees fled", "other", "1992")
    d.fig("Approximately 6,000 Angolan refugees fled", 6000, "Angolan refugees who fled Cabinda",
          "approximately")
    d.fig("there were 20,800 Angolan refugees", 20800, "Angolan refugees in Pointe Noire",
          source="humanitarian NGOs")
    d.fig("Of these 5,900 continue to receive", 5900, "refugees receiving UNHCR assistance")
    d.fig("Of these 5,900 continue to receive", 14900, "refugees integrated locally")
    d.ev("More than 100,000 refugees and several hundred", "other", Y)
    d.fig("More than 100,000 refugees and several hundred", 100000,
          "refugees from the DRC", "more than")
    d.ev("Some of the combatants were repatriated", "other", Y)
    d.fig("only had access to approximately 70,000", 70000,
          "DRC refugees accessible to UNHCR", "approximately")
    d.ev("permitted to join in military operations with government forces in 1999", "other",
         "1999")
    d.ev("permitted to join in military operations with government forces in 1999", "other", Y,
         polarity="negated")
    d.ev("There were no reports of the forced return", "other", Y, polarity="negated")

    # --- 3 ---
    d.sec("3")
    d.ev("came to power by force of arms in 1997 with", "other", "1997")
    d.ev("During the National Reconciliation Forum that it convened", "other", "1998-01")
    d.ev("appointed by the President presented him", "other", "1999-08")
    d.ev("According to a schedule outlined by the President in August", "other", "2000-08")
    d.ev("During the summer, the document was released", "other", Y)
    d.ev("During the summer, the document was released", "other", "2000-09")
    d.ev("The Cabinet considered the draft constitution", "other", "2000-09",
         date_end="2000-10")
    d.ev("The Cabinet considered the draft constitution", "other", "2000-10-28")
    d.fig("The Cabinet considered the draft constitution", 3, "Cabinet meetings on the draft")
    d.ev("On November 15, the Cabinet approved", "other", "2000-11-15")
    d.ev("In August President Sassou-Nguesso announced", "other", "2000-08")
    d.ev("Opposition leaders also have criticized key components", "other", "2000",
         source="opposition leaders")
    d.ev("The NTC was elected at the 1998", "election_or_referendum", "1998")
    d.ev("In 1998 the NTC passed a law on genocide", "law_or_decree", "1998")
    d.ev("In December 1999, a court convicted in absentia", "conviction_or_sentence",
         "1999-12")
    d.ev("In December 1999, a court convicted in absentia", "conviction_or_sentence",
         "2000-05")
    d.ev("returned to the country during the year and resumed", "other", Y)
    d.fig("Women held 2 of 7", 2, "leadership positions in the NTC held by women")
    d.fig("Women held 2 of 7", 7, "leadership positions in the NTC")
    d.fig("Women held 2 of 7", 2, "female cabinet ministers")
    d.fig("Women held 2 of 7", 25, "cabinet ministers")

    # --- 4 ---
    d.sec("4")
    d.ev("they continued to publish reports that were highly critical", "report_published", Y)
    d.ev("Human Rights Watch Africa visited the country", "other", Y)
    d.ev("FIDH published a report of its visit", "report_published", Y, source=FIDH)
    d.ev("Insecurity in the north along the Ubangui River", "other", Y)

    # --- 5 ---
    d.sec("5")
    d.ev("there was no organized civil violence during the year", "attack_or_threat", Y,
         polarity="negated")
    d.prov("30 percent of the husband's estate", "right", 30, "percent", "30 percent",
           "widow's share of the husband's estate")
    d.prov("Education is compulsory and free until the age of 16", "threshold", 16, "age",
           "until the age of 16", "compulsory education")
    d.fig("In 1997 the literacy rate was 77 percent", 77, "adult literacy rate (1997)",
          unit="percent")
    d.fig("In 1997 the literacy rate was 77 percent", 70, "female literacy rate (1997)",
          unit="percent")
    d.ev("conflict (see Section 6.d.)", "other", "1997", polarity="alleged")
    d.ev("conflict (see Section 6.d.)", "other", "1998", date_end="1999", polarity="alleged")
    d.ev("discriminated against members of southern ethnic groups", "attack_or_threat", Y,
         polarity="negated")
    d.fig("Four major ethnic groups make up about 95 percent", 4, "major ethnic groups")
    d.fig("Four major ethnic groups make up about 95 percent", 95,
          "share of the population in the four major ethnic groups", "approximately",
          unit="percent")
    d.fig("about half the country's population", 0.5, "share of the population that is Kongo",
          "approximately")
    d.fig("with approximately 13 percent of the population", 13, "share of the population "
          "that is Teke", "approximately", unit="percent")
    d.fig("with approximately 12 percent of the population", 12, "share of the population "
          "that is Mbochi", "approximately", unit="percent")

    # --- 6 ---
    d.sec("6.a")
    d.ev("No formal strikes occurred during the year", "strike", Y, polarity="negated")
    d.ev("in October university workers protested", "protest", "2000-10")
    d.ev("the Government sought organized labor's agreement", "other", Y)
    d.ev("The Government accepted certain conditions", "other", Y)
    d.sec("6.b")
    d.ev("There were no reported firings for union activities", "dismissal", Y,
         polarity="negated")
    d.sec("6.d")
    d.prov("the minimum age for employment is 14", "threshold", 14, "age", "14",
           "minimum age for employment")
    d.prov("education is compulsory until the age of 16", "threshold", 16, "age",
           "until the age of 16", "compulsory education")
    d.ev("conflict (see Section 5)", "other", "1997", polarity="alleged")
    d.ev("conflict (see Section 5)", "other", "1998", date_end="1999", polarity="alleged")
    d.sec("6.e")
    d.prov("in excess of 40 hours per week", "requirement", 40, "hours",
           "in excess of 40 hours per week", "overtime pay")
    d.fig("The minimum wage is $64", 64, "monthly minimum wage", unit="USD")
    d.fig("The minimum wage is $64", 50000, "monthly minimum wage", unit="XAF")
    d.prov("call for twice-yearly visits", "requirement", 2, "visits per year",
           "twice-yearly", "labor inspections")
    d.sec("6.f")
    d.ev("An ILO study conducted in March and April", "other", "2000-03", date_end="2000-04",
         source="ILO")

    # --- footnote ---
    d.ev("The United States Embassy evacuated", "other", "1997")
    return d


# =========================================================================================
# 2011_guinea, whole report
# =========================================================================================
def guinea() -> WholeDoc:
    d = WholeDoc("2011_guinea", "usdos/2011_guinea.md", 2011)
    Y = "2011"
    ACAT = "Action by Christians for the Abolition of Torture"

    # --- persons ---
    d.ent("person", "Alpha Conde", "Conde")
    d.ent("person", "Cellou Dalein Diallo", "Cellou Diallo", "Diallo")
    d.ent("person", "Sekouba Konate", "Konate")
    d.ent("person", "Nouhou Thiam")
    d.ent("person", "Dadis Camara")
    d.ent("person", "David Sylla")
    d.ent("person", "Sekou Fadiga")
    d.ent("person", "Issa Camara")
    d.ent("person", "Souape Kourouma", "Kourouma")
    d.ent("person", "Facinet Toure", "Toure")
    d.ent("person", "Mamadou Dian Balde")
    d.ent("person", "Lansana Kouyate")
    d.ent("person", "Frederic Loua", "Loua")
    # The lawyer held on November 27 (section 5) and the union leader (section 7.a) are
    # both "Amadou Diallo": entities match by name, so one gold entity holds both.
    d.ent("person", "Amadou Diallo", "Diallo")
    d.ent("person", "Yamoussa Toure", "Toure")
    d.reassign("Diallo", "Cellou Dalein Diallo", "Amadou Diallo",
               "The government harassed human rights workers during the year.",
               "UN and Other International Bodies")
    d.reassign("Diallo", "Cellou Dalein Diallo", "Amadou Diallo",
               "A disputed election on September 24", "#### b. Prohibition of Forced")
    d.reassign("Toure", "Facinet Toure", "Yamoussa Toure",
               "A disputed election on September 24", "#### b. Prohibition of Forced")

    # --- organizations ---
    d.ent("organization", "Rally of the Guinean People", "RPG")
    d.ent("organization", "Union of Democratic Forces of Guinea", "UFDG")
    d.ent("organization", "Presidential Guard")
    d.ent("organization", ACAT)
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Ministry of Justice", "Justice Ministry")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "National Police")
    d.ent("organization", "Ministry of Security")
    d.ent("organization", "FOSSEPEL")
    d.ent("organization", "Association for the Support of Refugees and Displaced Persons in "
          "Detention")
    d.ent("organization", "Human Rights Watch")
    d.ent("organization", "National Communications Council", "CNC")
    d.ent("organization", "Le Defi")
    d.ent("organization", "Les Nouvelles du Pays")
    d.ent("organization", "Agency for the Regulation of Telecommunications", "ART")
    d.ent("organization", "Renaissance FM")
    d.ent("organization", "Sabari FM")
    d.ent("organization", "RTG")
    d.ent("organization", "The Independent")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "National Bureau for Refugee Coordination")
    d.ent("organization", "UN")
    d.ent("organization", "Independent National Electoral Commission", "CENI")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "National Transitional Council", "CNT")
    d.ent("organization", "Ministry of Territorial Affairs and Decentralization")
    d.ent("organization", "World Bank")
    d.ent("organization", "Même Droit Pour Tous", "Equal Rights for All")
    d.ent("organization", "Bar Association")
    d.ent("organization", "International Criminal Court")
    d.ent("organization", "Office of the High Commissioner for Human Rights")
    d.ent("organization", "Independent Human Rights Commission")
    d.ent("organization", "Provisional Commission for National Reconciliation")
    d.ent("organization", "Ministry of Social Affairs and Women’s and Children’s Issues",
          "Ministry of Social Affairs")
    d.ent("organization", "Organization for Economic Cooperation and Development", "OECD")
    d.ent("organization", "Coordinating Committee on Traditional Practices Affecting Women’s "
          "and Children’s Health", "CPTAFE")
    d.ent("organization", "Department of State")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Office of the Inspector General of Work")
    d.ent("organization", "National Confederation of Guinean Workers", "CNTG")
    d.ent("organization", "Bureau of Gender Protection, Children, and Customs")
    d.ent("organization", "AGRAAD")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "ILO")
    d.ent("organization", "Inspectorate General")
    # Facilities, publications, a survey and treaties: not entities of our three types.
    d.not_entity("Conakry Prison", "Kassa Island facility", "Dandano gold mine",
                 "International Religious Freedom Report",
                 "Trafficking in Persons Report", "Worldwide Governance Indicators",
                 "Demographic and Health Survey",
                 "Convention relating to the Status of Refugees", "Hague Convention",
                 "Annual Findings on the Worst Forms of Child Labor")

    # --- places ---
    d.ent("place", "Guinea")
    d.ent("place", "France")
    d.ent("place", "Conakry")
    d.ent("place", "Kassa Island")
    d.ent("place", "Galakpaye")
    d.ent("place", "Labe")
    d.ent("place", "Kankan")
    d.ent("place", "Turkey")
    d.ent("place", "Saoro")
    d.ent("place", "Forest Region")
    d.ent("place", "Liberia")
    d.ent("place", "Sierra Leone")
    d.ent("place", "Cote d’Ivoire")
    d.ent("place", "Guinea Bissau")
    d.ent("place", "N’Zerekore")
    d.ent("place", "Middle Guinea")
    d.ent("place", "Lower Guinea")
    d.ent("place", "Upper Guinea")

    # --- executive summary ---
    d.sec("exec")
    d.ev("In December 2010 Alpha Conde", "other", "2010-12")
    d.ev("In December 2010 Alpha Conde", "other", "1958")
    d.ev("seized control of the country in 2008", "other", "2008")
    d.ev("While the elections generally were regarded as free and fair", "other", "2010")
    d.ev("most notably on July 19, when soldiers", "attack_or_threat", "2011-07-19")
    d.ev("Using gunfire and rocket-propelled grenades", "attack_or_threat", "2011-07-19")
    d.ev("Conde escaped unhurt", "killing", "2011-07-19")
    d.fig("Conde escaped unhurt", 3, "presidential guard members killed")
    d.ev("By the following day, 37 soldiers", "detention_or_arrest", "2011-07-20")
    d.fig("By the following day, 37 soldiers", 37, "soldiers arrested after the July 19 attack")
    d.fig("By the following day, 37 soldiers", 2, "colonels arrested")
    d.ev("By year’s end 50 persons had been arrested", "detention_or_arrest", Y)
    d.fig("By year’s end 50 persons had been arrested", 50,
          "persons arrested and charged in the attack")
    d.ev("The use of excessive force by security forces to quell", "killing", Y)
    # a class of occurrences that "resulted in deaths", no actor, no date: a condition (2026-12-08)
    d.ev("Security forces harassed opposition members", "attack_or_threat", Y)
    d.ev("prison guards tortured, beat, raped, and otherwise abused prisoners",
         "torture_or_abuse", Y)
    d.ev("The government seized private property", "other", Y)
    # t-conv13: a right or freedom restricted in general is no event (EVALUATION.md, Settled 2026-12-11)
    d.ev("The government harassed and arrested human rights workers", "detention_or_arrest", Y)

    # --- 1.a ---
    d.sec("1.a")
    d.ev("There were several unconfirmed reports", "killing", Y, polarity="alleged")
    d.ev("For example, on April 3, security forces used tear gas", "attack_or_threat",
         "2011-04-03", place="Conakry")
    d.ev("One demonstrator was killed, and 27", "killing", "2011-04-03")
    d.fig("One demonstrator was killed, and 27", 1, "demonstrators killed (April 3)")
    d.fig("One demonstrator was killed, and 27", 27, "demonstrators injured (April 3)")
    d.ev("Approximately 60 UFDG members were arrested", "detention_or_arrest", "2011-04-03")
    d.ev("Approximately 60 UFDG members were arrested", "release", "2011-04")
    d.fig("Approximately 60 UFDG members were arrested", 60, "UFDG members arrested",
          "approximately")
    d.fig("Approximately 60 UFDG members were arrested", 27, "UFDG members still held")
    d.ev("By year’s end, all detainees had been released", "release", Y)
    d.ev("On September 27, three demonstrators were killed", "killing", "2011-09-27",
         place="Conakry")
    d.fig("On September 27, three demonstrators were killed", 3,
          "demonstrators killed (September 27)")
    d.ev("The rally occurred on the eve of the second anniversary", "protest", "2011-09-27",
         place="Conakry")
    d.ev("The rally occurred on the eve of the second anniversary", "killing", "2009",
         place="Conakry")
    d.fig("The rally occurred on the eve of the second anniversary", 150,
          "demonstrators killed in the 2009 stadium massacre")
    d.ev("police stopped demonstrators on their way to the rally", "attack_or_threat",
         "2011-09-27", polarity="alleged")
    d.ev("One of the three victims who died was stabbed", "killing", "2011-09-27",
         polarity="alleged")
    d.ev("More than 300 persons, including bystanders", "detention_or_arrest", "2011-09-27")
    d.fig("More than 300 persons, including bystanders", 300,
          "persons arrested after the September 27 protests", "more than")
    d.ev("beyond the legal limit of 48 hours", "release", Y)
    d.prov("beyond the legal limit of 48 hours", "time_limit", 48, "hours",
           "the legal limit of 48 hours", "detention without charge")
    d.ev("looted houses in their search for demonstrators from the evening",
         "other", "2011-09-27", date_end="2011-09-28", polarity="alleged")
    d.ev("A government investigation into the incident absolved", "investigation", Y)
    d.ev("did not lead to any arrests during the year", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("At least 157 demonstrators were killed", "killing", "2009")
    d.fig("At least 157 demonstrators were killed", 157,
          "demonstrators killed in the 2009 stadium massacre", "at least")
    d.ev("Nearly 100 women and girls were raped", "torture_or_abuse", "2009")
    d.fig("Nearly 100 women and girls were raped", 100,
          "women and girls raped in the 2009 stadium massacre", "approximately")
    d.ev("None of the bodies reportedly buried", "other", Y, polarity="negated")
    d.ev("following the attempted assassination in 2009", "attack_or_threat", "2009")
    d.ev("the government appointed two men implicated", "other", Y)
    d.fig("the government appointed two men implicated", 3,
          "military members charged in connection with the killings", "at least")
    d.fig("the government appointed two men implicated", 2,
          "men implicated in the massacres appointed to high positions")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances", "other", Y,
         polarity="negated")
    d.ev("The government took no action to investigate the disappearance", "investigation", Y,
         polarity="negated")
    d.ev("In 2010 victims’ families formed groups", "other", "2010")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("government officials continued to employ them with impunity", "torture_or_abuse", Y)
    d.ev("Security forces used violence to quell demonstrations, resulting", "killing", Y)
    d.ev("Prison guards tortured, beat, raped, and otherwise abused citizens",
         "torture_or_abuse", Y)
    d.ev("During the year security forces tortured four youths", "torture_or_abuse", Y,
         source=ACAT)
    d.fig("During the year security forces tortured four youths", 4, "youths tortured",
          source=ACAT)
    d.ev("The youths allegedly were beaten", "torture_or_abuse", Y, polarity="alleged")
    d.ev("There were no developments in the arrest of 22", "detention_or_arrest", "2010-11")
    d.fig("There were no developments in the arrest of 22", 22,
          "military and police personnel arrested")
    d.ev("No action was taken against security forces at the military prison", "charge", Y,
         polarity="negated")
    d.ev("Approximately 100 military personnel were reportedly detained",
         "detention_or_arrest", "2009", polarity="alleged")
    d.fig("Approximately 100 military personnel were reportedly detained", 100,
          "military personnel detained at Kassa Island", "approximately")
    d.ev("In January 2010 interim president Konate closed", "other", "2010-01")
    d.ev("resulted in dozens of deaths", "death_in_custody", Y)
    d.fig("held 1,280 prisoners at year’s end", 1280, "prisoners in Conakry Prison")
    d.fig("held 1,280 prisoners at year’s end", 300, "capacity of Conakry Prison")
    d.ev("half of the female prisoners in Conakry Prison", "torture_or_abuse", Y,
         source="local NGO")
    d.fig("half of the female prisoners in Conakry Prison", 0.5,
          "share of female prisoners beaten or abused", source="local NGO")
    d.fig("Most prisoners reported eating one small meal", 1, "meals a day for most prisoners")
    d.fig("Most prisoners reported eating one small meal", 2, "daily meals for some prisoners")
    d.fig("NGOs estimated that 4,000 prisoners", 4000, "prisoners nationwide", "approximately",
          source="NGOs")
    d.fig("NGOs estimated that 4,000 prisoners", 50, "women prisoners", value_end=100,
          source="NGOs")
    d.fig("NGOs estimated that 4,000 prisoners", 32, "civilian prison facilities",
          source="NGOs")
    d.fig("of 130 minors incarcerated at Conakry Prison", 130,
          "minors incarcerated at Conakry Prison", source="local NGO")
    d.fig("of 130 minors incarcerated at Conakry Prison", 14,
          "minors never formally charged or tried", source="local NGO")
    # t-conv16 settlement: N2 a negated taxonomy act on a class (allegations, conditions): no event.
    # was: d.ev("Prison authorities did not investigate credible allegations", "investigation", Y,
    # was: polarity="negated")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("Security forces arrested demonstrators without warrants", "detention_or_arrest", Y)
    d.prov("beyond the 48 hour-limit mandated by law", "time_limit", 48, "hours",
           "the 48 hour-limit", "detention without charge")
    d.ev("was created in May 2010", "other", "2010-05")
    d.fig("was created in May 2010", 16000, "members of FOSSEPEL")
    d.ev("on May 2, interreligious conflict erupted", "attack_or_threat", "2011-05-02",
         place="Galakpaye")
    d.ev("Subsequent clashes led to 25 deaths", "killing", "2011-05-02", place="Galakpaye")
    d.fig("Subsequent clashes led to 25 deaths", 25, "deaths in the Galakpaye clashes")
    d.ev("unable to restore order until the afternoon of May 3", "other", "2011-05-03")
    d.prov("charged before a magistrate within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "charge of detainees before a magistrate")
    d.prov("doubled to 96 hours", "time_limit", 96, "hours", "96 hours",
           "detention in national security cases")
    d.ev("Of the 37 people detained after the attack", "attack_or_threat", "2011-07-19")
    d.ev("Of the 37 people detained after the attack", "charge", "2011-08")
    d.fig("Of the 37 people detained after the attack", 37,
          "persons detained after the July 19 attack")
    d.fig("Of the 37 people detained after the attack", 9,
          "detainees charged only two weeks later", "at least")
    d.prov("between 9:00 p.m. and 6:00 a.m.", "prohibition", None, None,
           "between 9:00 p.m. and 6:00 a.m.", "arrests at home at night")
    d.ev("Security forces arbitrarily arrested hundreds", "detention_or_arrest", Y)
    d.ev("The government also arrested human rights workers", "detention_or_arrest", Y)
    d.fig("approximately 67 percent of prisoners", 67, "prisoners in pretrial detention (2008)",
          "approximately", unit="percent")
    d.ev("On August 15, the government pardoned 37", "release", "2011-08-15")
    d.ev("On August 15, the government pardoned 37", "detention_or_arrest", "2011-04-03")
    d.fig("On August 15, the government pardoned 37", 37, "UFDG supporters pardoned")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("Trial procedures were chaotic", "trial", Y)
    d.ev("Trial procedures were chaotic", "protest", "2011-09-27", date_end="2011-09-28")
    d.ev("observers charged that the government held numerous such persons",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("remained in Conakry Prison without charge for alleged involvement",
         "attack_or_threat", "2011-07-19")
    d.ev("Kourouma claimed to have been beaten", "torture_or_abuse", Y, polarity="alleged")
    d.ev("There were no lawsuits seeking damages", "other", Y, polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("looted houses during their search for demonstrators", "other", "2011-09-27",
         date_end="2011-09-28", polarity="alleged")
    d.ev("There were reports that security forces arrested family members",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Some of those charged with participation in the July 19", "attack_or_threat",
         "2011-07-19")
    d.ev("Some of those charged with participation in the July 19", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("On July 14 and 15, several NGOs reported", "other", "2011-07-14",
         date_end="2011-07-15", source="NGOs", place="Saoro")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("the government restricted the press during the year", "censorship_or_blocking", Y)
    d.fig("There were 13 private newspapers", 13, "private weekly newspapers in Conakry")
    d.fig("There were 13 private newspapers", 100, "other sporadic publications",
          "approximately")
    d.fig("Two private newspapers were published irregularly", 2,
          "private newspapers in Labe and Kankan")
    d.ev("On June 10, the National Communications Council", "censorship_or_blocking",
         "2011-06-10")
    d.dur(2, "months", "two-month suspension")
    d.ev("On July 11, the CNC suspended", "censorship_or_blocking", "2011-07-11")
    d.ev("In May the newspaper released a sensationalist article", "other", "2011-05")
    d.ev("briefly closed three major radio stations", "censorship_or_blocking", Y)
    d.ev("briefly closed three major radio stations", "law_or_decree", "2010")
    d.fig("briefly closed three major radio stations", 3, "radio stations closed")
    d.fig("briefly closed three major radio stations", 10,
          "increase of taxes for community radio stations", unit="times")
    d.ev("Attempts by the prime minister to mediate", "other", Y)
    d.ev("A deadline for payment was set for December 23", "other", "2011-12-23")
    d.ev("There were reports of direct physical attacks", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("journalists from radio stations Renaissance FM", "attack_or_threat", "2011-04-03",
         place="Conakry")
    d.ev("On May 18, three journalists", "dismissal", "2011-05-18")
    d.fig("On May 18, three journalists", 3, "RTG journalists fired")
    # t-conv16 (settlement 2026-12-21 S2): the persons allege being fired, the occurrence retold
    # about the same persons (the episode's date, "Settled 2026-12-13")
    d.ev("The journalists alleged that they were fired", "dismissal", "2011-05-18",
         polarity="alleged", source="journalists")
    d.ev("On May 30, three gendarmes", "attack_or_threat", "2011-05-30")
    d.fig("On May 30, three gendarmes", 3, "gendarmes at The Independent's offices")
    d.ev("No investigation had been conducted into the incident", "investigation", Y,
         polarity="negated")
    d.ev("on July 25, the CNC banned all reporting", "censorship_or_blocking", "2011-07-25")
    d.ev("on July 25, the CNC banned all reporting", "attack_or_threat", "2011-07-19")
    d.ev("which was lifted on August 1", "other", "2011-08-01")
    # t-conv16 settlement: N1 restriction: a state; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("There were no government restrictions on access to the Internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("credible reports that the government monitored e-mail", "surveillance", Y, polarity="negated")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom",
    # was: "censorship_or_blocking", Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.prov("72-working-hour advance notification", "requirement", 72, "hours",
           "72-working-hour advance notification", "notification of public gatherings")
    d.ev("The government sought to ban and later disperse", "other", "2011-04-03")
    d.ev("The government sought to ban and later disperse", "other", "2011-09-27")
    d.ev("use of excessive force at both events", "killing", Y)
    d.ev("On November 9, in anticipation", "law_or_decree", "2011-11-09")
    d.fig("On November 9, in anticipation", 2, "human rights activists illegally detained")
    d.ev("The order was rescinded the following day", "law_or_decree", "2011-11-10")
    d.ev("The rally of the lawyers proceeded without interference", "protest", Y)
    d.ev("On December 3, however, security forces prevented", "protest", "2011-12-03",
         place="Kankan")

    # --- 2.d ---
    d.sec("2.d")
    d.prov("required all citizens over 18 to carry", "threshold", 18, "age", "over 18",
           "carrying national identification cards")
    d.ev("eliminated all roadblocks in the country in January", "other", "2011-01")
    d.ev("eliminated all roadblocks in the country in January", "attack_or_threat",
         "2011-07-19")
    d.ev("Government property seizures in July", "other", "2011-07")
    d.ev("All of the estimated 2,800 persons displaced in 2010", "other", "2010")
    d.ev("All of the estimated 2,800 persons displaced in 2010", "other", Y)
    d.fig("All of the estimated 2,800 persons displaced in 2010", 2800,
          "persons displaced by election violence in 2010", "approximately")
    d.fig("estimated the total refugee population at 16,200", 16200, "refugees in the country",
          "approximately", source="UNHCR")
    d.fig("approximately 1,500 Sierra Leonean refugees", 1500,
          "Sierra Leonean refugees integrated locally", "approximately")
    d.fig("approximately 66 individuals", 66, "persons under temporary protection",
          "approximately")

    # --- 3 ---
    d.sec("3")
    d.ev("citizens partially exercised this right in 2010", "election_or_referendum", "2010")
    d.fig("citizens partially exercised this right in 2010", 2,
          "rounds of presidential elections")
    d.ev("In June 2010 UFDG candidate", "election_or_referendum", "2010-06")
    d.ev("was repeatedly postponed until November 2010", "election_or_referendum", "2010-11")
    d.ev("Widespread violence occurred in the months leading up", "attack_or_threat", "2010")
    d.ev("Numerous deaths, injuries, and the displacement", "killing", "2010")
    d.ev("there were some reports that FOSSEPEL officers", "attack_or_threat", "2010",
         polarity="alleged")
    d.ev("Before election results were announced, Diallo declared", "other", "2010")
    d.ev("CENI subsequently announced the provisional results", "election_or_referendum",
         "2010")
    d.fig("CENI subsequently announced the provisional results", 52.52,
          "share of the vote for Alpha Conde", unit="percent")
    d.ev("international observers characterized the election as generally free", "other",
         "2010-11", source="international observers")
    d.ev("Diallo challenged the results in the Supreme Court", "other", "2010")
    d.ev("In early December 2010 the Supreme Court validated", "other", "2010-12")
    d.prov("no longer than 14 days after presidential elections", "time_limit", 14, "days",
           "no longer than 14 days", "legislative elections after presidential elections")
    d.ev("no longer than 14 days after presidential elections", "election_or_referendum", Y,
         polarity="negated")
    d.ev("Legislative elections scheduled for December 29", "election_or_referendum",
         "2011-12-29", polarity="negated")
    d.fig("there were 140 registered political parties", 140, "registered political parties",
          source="Ministry of Territorial Affairs and Decentralization")
    d.ev("On February 12, the minister of youth threatened", "attack_or_threat", "2011-02-12")
    d.ev("Two days later he retracted his remarks", "other", "2011-02-14")
    d.ev("opposition call for nationwide street protests on September 27 and 28", "protest",
         "2011-09-27", date_end="2011-09-28")
    d.fig("There were 36 women in the 155-seat CNT", 36, "women in the CNT")
    d.fig("There were 36 women in the 155-seat CNT", 155, "seats in the CNT")
    d.fig("Six of 38 cabinet ministers were women", 6, "women cabinet ministers")
    d.fig("Six of 38 cabinet ministers were women", 38, "cabinet ministers")
    d.fig("Six of 38 cabinet ministers were women", 2, "female Supreme Court justices")
    d.fig("Six of 38 cabinet ministers were women", 14, "Supreme Court justices")

    # --- 4 ---
    d.sec("4")
    d.ev("During the year no high-profile corruption cases were prosecuted", "charge", Y,
         polarity="negated")

    # --- 5 ---
    d.sec("5")
    d.ev("The government harassed human rights workers during the year", "attack_or_threat", Y)
    d.ev("On November 27, security forces arrested", "detention_or_arrest", "2011-11-27")
    d.ev("who were released later the same day", "release", "2011-11-27")
    d.fig("Loua and Diallo were held for questioning", 2,
          "suspects whose release Loua and Diallo obtained")
    d.ev("The Bar Association subsequently took the governor to court", "other", Y)
    d.ev("Authorities permitted and facilitated visits during the year", "other", Y)
    d.ev("Authorities permitted and facilitated visits during the year", "other", "2009")
    d.ev("On March 19, the president nominated by decree", "other", "2011-03-19")
    d.ev("by year’s end parliament had passed no legislation", "law_or_decree", Y,
         polarity="negated")
    d.ev("On August 15, President Conde appointed", "other", "2011-08-15")
    d.ev("the commission organized a prayer rally", "other", Y)

    # --- 6 ---
    d.sec("6")
    d.ev("police records indicated 50 persons were arrested", "detention_or_arrest", Y,
         source="police records")
    d.fig("police records indicated 50 persons were arrested", 50, "persons arrested for rape",
          source="police records")
    d.ev("According to a 2003 study", "report_published", "2003")
    d.fig("According to a 2003 study", 20,
          "share of women treated in a local hospital who were sexual assault victims",
          "more than", unit="percent")
    d.fig("More than half the victims were young girls", 0.5,
          "share of sexual assault victims who were young girls", "more than")
    d.prov("which carries sentences of two to five years", "penalty", 2, "years",
           "two to five years in prison")
    d.records[-1]["quantity"]["value_end"] = 5
    d.prov("which carries sentences of two to five years", "penalty", 50000, "GNF",
           "50,000 to 300,000 Guinea francs")
    d.records[-1]["quantity"]["value_end"] = 300000
    d.prov("which carries sentences of two to five years", "penalty", 11, "USD",
           "$11 to $66")
    d.records[-1]["quantity"]["value_end"] = 66
    d.fig("In 2008 the maternal mortality ratio", 680, "maternal mortality ratio (2008)",
          unit="deaths per 100,000 live births")
    d.fig("Nine percent of women of reproductive age", 9,
          "women of reproductive age using modern contraception", unit="percent")
    d.ev("No steps were taken to implement the 2007-11 action plan", "other", Y,
         polarity="negated")
    d.sec("6")
    d.prov("compulsory primary school education for six years", "requirement", 6, "years",
           "for six years", "compulsory primary education")
    d.prov("The legal age for marriage is 21 years", "threshold", 21, "age", "21 years",
           "minimum marriage age for men")
    d.prov("The legal age for marriage is 21 years", "threshold", 17, "age", "17 years",
           "minimum marriage age for women")
    d.prov("practitioners faced a penalty of three months", "penalty", 3, "months",
           "three months in prison", "FGM")
    d.prov("practitioners faced a penalty of three months", "penalty", 100000, "GNF",
           "approximately 100,000 Guinea francs", "FGM")
    d.prov("practitioners faced a penalty of three months", "penalty", 22, "USD", "$22", "FGM")
    d.ev("According to a 2005 Demographic and Health Survey", "report_published", "2005")
    d.fig("According to a 2005 Demographic and Health Survey", 96,
          "women who had undergone FGM", unit="percent")
    d.ev("there were no prosecutions of practitioners during the year", "charge", Y,
         polarity="negated")
    d.fig("represented more than half of all rape victims", 0.5,
          "share of rape victims who were girls aged 11 to 15", "more than")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.sec("6")
    d.fig("with three main ethnic groups and several smaller", 3, "main ethnic groups")
    d.ev("resulted in the deaths of at least two persons during the year", "killing", Y,
         place="Conakry")
    d.fig("resulted in the deaths of at least two persons during the year", 2,
          "persons killed in ethnic clashes in Conakry", "at least")
    d.ev("implemented several sensitization programs throughout the year", "other", Y)
    d.ev("Vigilante violence occurred during the year", "attack_or_threat", Y)
    d.ev("For example, on September 27, a Sousou man argued", "other", "2011-09-27")
    d.ev("The argument quickly became violent", "killing", "2011-09-27")
    d.ev("A crowd of Peuhls quickly subdued", "killing", "2011-09-27")
    # a class of occurrences that "resulted in deaths", no actor, no date: a condition (2026-12-08)
    d.sec("6")
    d.prov("with a maximum sentence of three years in prison", "penalty", 3, "years",
           "maximum of three years in prison", "same-sex sexual relations")
    d.ev("There were no official or NGO reports of discrimination", "other", Y,
         polarity="negated")
    d.ev("during the 2010 opening of the Office", "other", "2010", place="Conakry")

    # --- 7 ---
    d.sec("7.a")
    d.prov("requires 25 or more workers to constitute a trade union", "threshold", 25,
           "members", "25 or more workers", "formation of a trade union")
    d.prov("requires 25 or more workers to constitute a trade union", "requirement", 10,
           "days", "10-day notice", "notice before a strike")
    d.ev("A disputed election on September 24", "election_or_referendum", "2011-09-24")
    d.fig("A disputed election on September 24", 2, "candidates for the CNTG presidency")
    d.ev("attacked Diallo’s residence on October 8", "attack_or_threat", "2011-10-08")
    d.ev("attacked Diallo’s residence on October 8", "attack_or_threat", "2011-10-17")
    d.ev("refused to recognize a December 16 court decision", "other", "2011-12-16")
    d.sec("7.b")
    d.prov("penalties of five to 10 years’ imprisonment for depriving", "penalty", 5, "years",
           "five to 10 years’ imprisonment", "forced labor")
    d.records[-1]["quantity"]["value_end"] = 10
    d.ev("arrested and charged five traffickers", "detention_or_arrest", Y,
         source="government")
    d.fig("arrested and charged five traffickers", 5, "traffickers arrested and charged",
          source="government")
    d.fig("arrested and charged five traffickers", 30, "child trafficking victims freed",
          source="government")
    d.sec("7.c")
    d.prov("sets forth penalties of three to 10 years", "penalty", 3, "years",
           "three to 10 years’ imprisonment", "child labor")
    d.records[-1]["quantity"]["value_end"] = 10
    d.prov("The minimum age for employment is 16 years", "threshold", 16, "age", "16 years",
           "minimum age for employment")
    d.prov("The minimum age for employment is 16 years", "threshold", 12, "age",
           "12 years of age", "apprentices in light work")
    d.prov("The minimum age for employment is 16 years", "threshold", 14, "age",
           "14 years of age", "other work")
    d.prov("Workers and apprentices under the age of 18", "threshold", 18, "age",
           "under the age of 18", "night work and working hours of minors")
    d.prov("Workers and apprentices under the age of 18", "prohibition", 10, "hours",
           "more than 10 consecutive hours", "working hours of minors")
    d.prov("Workers and apprentices under the age of 18", "prohibition", 12, "days",
           "more than 12 consecutive days", "working days of minors")
    d.prov("women and youth under the age of 18 cannot be employed", "threshold", 18, "age",
           "under the age of 18", "occupations closed to youth")
    d.ev("During the year the bureau reported two trafficking arrests", "detention_or_arrest",
         Y, source="Bureau of Gender Protection, Children, and Customs")
    d.fig("During the year the bureau reported two trafficking arrests", 2,
          "trafficking arrests", source="Bureau of Gender Protection, Children, and Customs")
    d.fig("had only two vehicles", 2, "vehicles of the bureau")
    d.ev("A 2006 study by the NGO AGRAAD", "report_published", "2006", source="AGRAAD")
    d.fig("A 2006 study by the NGO AGRAAD", 45, "share of Dandano gold mine workers who were "
          "children", unit="percent", source="AGRAAD")
    d.fig("A 2006 study by the NGO AGRAAD", 30, "share of child miners working with an adult "
          "relative", "approximately", unit="percent", source="AGRAAD")
    d.sec("7.d")
    d.prov("should not exceed 10-hour days", "prohibition", 10, "hours", "10-hour days",
           "daily working hours")
    d.prov("should not exceed 10-hour days", "prohibition", 48, "hours", "48-hour weeks",
           "weekly working hours")
    d.prov("should not exceed 10-hour days", "right", 24, "hours",
           "at least 24 consecutive hours", "weekly rest")
    d.prov("at least two workdays per month of work", "right", 2, "days",
           "at least two workdays per month of work", "annual paid vacation")
    d.prov("maximum of 100 hours of compulsory overtime", "prohibition", 100, "hours",
           "a maximum of 100 hours", "compulsory overtime a year")
    d.fig("its 160 inspectors are empowered", 160, "labor inspectors")
    d.fig("there were 92 cases of workplace injury", 92, "cases of workplace injury",
          source="Inspectorate General")
    d.fig("there were 92 cases of workplace injury", 1, "workplace deaths",
          source="Inspectorate General")
    return d


# =========================================================================================
# 2010_liberia, whole report
# =========================================================================================
def liberia() -> WholeDoc:
    d = WholeDoc("2010_liberia", "usdos/2010_liberia.md", 2010)
    Y = "2010"
    BOC = "Bureau of Corrections"
    WCPS = "Women's and Children's Protection Section"

    # --- persons ---
    d.ent("person", "Ellen Johnson Sirleaf", "Sirleaf")
    d.ent("person", "George W. Blamoh", "Blamoh")
    d.ent("person", "Togbah Mulbah", "Mulbah")
    d.ent("person", "Lexington Beh")
    d.ent("person", "Rodney Sieh")
    d.ent("person", "Darius Dillon", "Dillon")
    d.ent("person", "Beatrice Munah Sieh")
    d.ent("person", "Albert Bropleh")
    d.ent("person", "Charles Gyude Bryant")
    d.ent("person", "Lawrence Bropleh")
    d.ent("person", "Charles Taylor")
    d.ent("person", 'Richelieu "Archie" Williams', "Williams")

    # --- organizations ---
    d.ent("organization", "UN Mission in Liberia", "UNMIL")
    d.ent("organization", "UN international police", "UNPOL")
    d.ent("organization", "Liberia National Police", "LNP")
    d.ent("organization", "Armed Forces of Liberia", "AFL")
    d.ent("organization", "Liberian Agricultural Company")
    d.ent("organization", "Professional Standards Division")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Congress for Democratic Change")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", BOC)
    d.ent("organization", "UN")
    d.ent("organization", "Human Rights Division")
    d.ent("organization", "National Bureau of Investigation")
    d.ent("organization", "UN Formed Police Units")
    d.ent("organization", "Special Security Service")
    d.ent("organization", WCPS, "WCPS", "Women and Children Protection Section")
    d.ent("organization", "Police Support Unit")
    d.ent("organization", "Emergency Response Unit", "ERU")
    d.ent("organization", "Liberian Coast Guard")
    d.ent("organization", "Fast Track Court")
    d.ent("organization", "Land Commission")
    d.ent("organization", "Senate", search=("senate",))
    d.ent("organization", "Center for Democratic Empowerment")
    d.ent("organization", "Liberia Democracy Watch")
    d.ent("organization", "Institute for Democracy and Development")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Front Page Africa")
    d.ent("organization", "Unity Party")
    d.ent("organization", "The Plain Truth")
    d.ent("organization", "Ministry of Information")
    d.ent("organization", "New Broom")
    d.ent("organization", "New Liberian")
    d.ent("organization", "International Telecommunication Union")
    d.ent("organization", "Department of State")
    d.ent("organization", "Bureau of Immigration and Naturalization", "Bureau of Immigration")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "National Elections Commission")
    d.ent("organization", "House of Representatives")
    d.ent("organization", "Liberian Anti-Corruption Commission", "LACC")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Liberia Telecommunications Authority")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ent("organization", "National Security Agency")
    d.ent("organization", "Cocopa Rubber Plantation Company")
    d.ent("organization", "National Transitional Government of Liberia")
    d.ent("organization", "Carbon Harvesting Corporation")
    d.ent("organization", "General Audit Commission")
    d.ent("organization", "Liberia Extractive Industries Transparency Initiative")
    d.ent("organization", "Independent National Commission on Human Rights", "INCHR")
    d.ent("organization", "Special Court for Sierra Leone")
    d.ent("organization", "Truth and Reconciliation Commission", "TRC")
    d.ent("organization", "Law Reform Commission")
    d.ent("organization", "Liberia Civil Aviation Authority")
    d.ent("organization", "Liberia Bar Association")
    d.ent("organization", "Sexual and Gender Based Violence Crimes Unit")
    d.ent("organization", "Gender Based Violence Secretariat")
    d.ent("organization", "Ministry of Gender and Development")
    d.ent("organization", "Sande Society")
    d.ent("organization", "UN Children's Fund")
    d.ent("organization", "World Food Program")
    d.ent("organization", "National Commission on Disabilities")
    d.ent("organization", "Ministry of Health and Social Welfare")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Child Labor Commission")
    d.ent("organization", "Child Labor Secretariat")
    d.ent("organization", "Department of Social Welfare")
    d.ent("organization", "Labor Inspection Department")
    # Facilities, funds, programs, laws, reports and treaties: not entities of our types.
    d.not_entity("Monrovia Central Prison", "Robertsport and Voinjama facilities",
                 "Zwedru Correctional Palace", "Ducor Hotel",
                 "Capitol Building", "County Development Fund", "Comprehensive Peace Agreement",
                 "Professional Magistrates Training Program", "International Religious Freedom "
                 "Report", "Trafficking in Persons Report", "Freedom of Information Act",
                 "TRC Act", "TRC act", "Gender and Sexually-Based Violence Bill",
                 "Sexual Pathways Referral program", "Hague Convention")

    # --- places ---
    d.ent("place", "Liberia")
    d.ent("place", "Grand Bassa County")
    d.ent("place", "Harper")
    d.ent("place", "Maryland County")
    d.ent("place", "Paynesville")
    d.ent("place", "Lofa County")
    d.ent("place", "Voinjama")
    d.ent("place", "Monrovia")
    d.ent("place", "Sanniquellie")
    d.ent("place", "Montserrado County", "Montserrado Country")
    d.ent("place", "Ganta")
    d.ent("place", "Nimba County")
    d.ent("place", "Cote d'Ivoire")
    d.ent("place", "Nigeria")
    d.ent("place", "Gbarnga")
    d.ent("place", "The Hague")
    d.ent("place", "Grand Cape Mount County")
    d.ent("place", "Bong County")
    d.ent("place", "River Cess")
    d.ent("place", "Grand Kru")

    # --- executive summary ---
    d.sec("exec")
    d.fig("with a population of approximately 3.5 million", 3500000, "population",
          "approximately")
    d.ev("In 2005 Ellen Johnson Sirleaf won multiparty", "election_or_referendum", "2005")
    d.ev("Since the 2003 signing of the Comprehensive Peace Agreement", "other", "2003")
    d.ev("Human rights abuses included one report of mob killing", "killing", Y)
    d.fig("Human rights abuses included one report of mob killing", 1,
          "reports of mob killing")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("did not commit any politically motivated killings", "killing", Y, polarity="negated")
    d.ev("did not commit any politically motivated killings", "killing", "2010-02-27")
    d.ev("The killing led to mob violence", "attack_or_threat", "2010-02-27")
    d.ev("The officer died of his injuries", "killing", "2010-02-27")
    d.ev("was also injured and died on March 10", "killing", "2010-03-10")
    d.ev("Seven persons were charged with murder", "charge", Y)
    d.fig("Seven persons were charged with murder", 7, "persons charged with murder")
    d.ev("In April three AFL soldiers were accused", "killing", "2010-04", polarity="alleged")
    d.fig("In April three AFL soldiers were accused", 3, "soldiers accused of killing")
    d.fig("In April three AFL soldiers were accused", 2, "civilians killed")
    d.ev("The case was dismissed due to lack of evidence", "acquittal", Y)
    d.ev("In June eight security officers", "acquittal", "2010-06")
    d.ev("In June eight security officers", "killing", "2009-07", place="Grand Bassa County")
    d.fig("In June eight security officers", 8, "security officers acquitted")
    d.ev("There were reports of ritualistic killings", "killing", Y, polarity="alleged")
    d.ev("In March police arrested 18 suspects", "detention_or_arrest", "2010-03")
    d.ev("In March police arrested 18 suspects", "killing", "2009-11", polarity="alleged",
         place="Harper")
    d.fig("In March police arrested 18 suspects", 18, "suspects arrested")
    # a later step of another kind, not dated by the arrests' episode
    d.ev("To lead the investigation, local authorities hired", "investigation", Y)
    d.ev("The minister of justice intervened", "other", Y)
    d.fig("The minister of justice intervened", 9, "suspects awaiting trial")
    d.ev("There were no developments in the July 2009 case", "killing", "2009-07",
         place="Maryland County")
    d.ev("There was one reported incidence of mob violence", "attack_or_threat", Y)
    d.fig("There was one reported incidence of mob violence", 1, "incidents of mob violence")
    d.ev("In April a mob beat to death two men", "killing", "2010-04", place="Paynesville")
    d.fig("In April a mob beat to death two men", 2, "men killed by a mob")
    d.ev("On February 26, the body of a missing Christian girl", "other", "2010-02-26",
         place="Lofa County")
    d.ev("resulted in four deaths and 18 injuries", "killing", "2010-02-26",
         place="Lofa County")
    d.fig("resulted in four deaths and 18 injuries", 4, "deaths in the Lofa County riots")
    d.fig("resulted in four deaths and 18 injuries", 18, "injuries in the Lofa County riots")
    d.ev("Eight persons were arrested in connection with the riots", "detention_or_arrest", Y)
    d.fig("Eight persons were arrested in connection with the riots", 8,
          "persons arrested after the riots")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances", "other", Y,
         polarity="negated")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("there were reports that police officers and other security officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In June the LNP began conducting performance appraisals", "other", "2010-06")
    d.ev("On March 3, LNP officers beat a foreign citizen", "torture_or_abuse", "2010-03-03")
    d.ev("where she was beaten again but never arrested", "torture_or_abuse", "2010-03-03")
    # a later step of another kind is not dated by the episode
    d.ev("the LNP returned her camera and apologized", "other", Y)
    # a person not in the actor's custody: attack_or_threat (settled 2026-12-08)
    d.ev("In May Representative George W. Blamoh allegedly beat", "attack_or_threat", "2010-05",
         polarity="alleged")
    d.ev("An investigation was completed and submitted", "investigation", Y)
    d.ev("On July 10, Deputy Speaker of the House", "attack_or_threat", "2010-07-10",
         polarity="alleged")
    d.ev("surrounded Mulbah's residence the next day", "protest", "2010-07-11")
    d.ev("an 11-count indictment was issued in July", "charge", "2010-07")
    d.fig("an 11-count indictment was issued in July", 11, "counts in the indictment")
    d.ev("In April the government conducted a national conference", "other", "2010-04")
    # a class of occurrences that "resulted in deaths", no actor, no date: a condition
    # (settled 2026-12-08)
    d.fig("conditions in the country's 15 prisons", 15, "prisons and detention centers")
    d.ev("the Bureau of Corrections undertook rehabilitation", "other", Y)
    d.ev("The ICRC also conducted an assessment", "other", Y)  # the ICRC is the actor
    d.fig("The ICRC also conducted an assessment", 15, "prisons and detention facilities assessed")
    d.ev("following the prison break which occurred during the February 26 violence", "other",
         "2010-02-26", place="Voinjama")
    d.fig("half the country's 1,524 prisoners", 0.5,
          "share of prisoners held at Monrovia Central Prison", source=BOC)
    d.fig("half the country's 1,524 prisoners", 1524, "prisoners in the country", source=BOC)
    d.fig("half the country's 1,524 prisoners", 2, "occupancy of Monrovia Central Prison",
          "more than", unit="times", source=BOC)  # multiples: unit "times" (2026-12-08)
    d.fig("The total prison population included 31 women", 31, "women prisoners")
    d.fig("The total prison population included 31 women", 69, "juvenile prisoners")
    d.fig("that had only one prison cell", 1, "prison cells in some counties or cities")
    d.ev("some counties without adequate prison facilities transferred", "other", Y)
    d.ev("visited prisons to monitor conditions during the year", "other", Y)
    d.ev("The ICRC visited all of the 15 prisons", "other", Y)
    d.fig("The ICRC visited all of the 15 prisons", 15, "prisons and detention centers visited")
    # "continued renovations": "continued to" is no event
    d.ev("In July UNMIL, in collaboration with the Ministry of Justice", "other", "2010-07",
         place="Sanniquellie")

    # --- 1.d ---
    d.sec("1.d")
    d.fig("An estimated 8,100 UNMIL peacekeepers", 8100, "UNMIL peacekeepers", "approximately")
    d.fig("An estimated 8,100 UNMIL peacekeepers", 1300, "UNPOL officers", "approximately")
    d.fig("Approximately 460 UNPOL officers", 460, "UNPOL advisors", "approximately")
    d.fig("Approximately 460 UNPOL officers", 845, "officers in Formed Police Units",
          "approximately")
    d.ev("During the year 293 LNP officers were recruited", "other", Y)
    d.fig("During the year 293 LNP officers were recruited", 293, "LNP officers recruited")
    d.fig("a total of 4,039 LNP officers", 4039, "LNP officers in the country")
    d.fig("a total of 4,039 LNP officers", 1233, "LNP officers deployed outside Monrovia")
    d.fig("There were 45 LNP Women's", 45, "WCPS offices")
    d.fig("There were 45 LNP Women's", 21, "WCPS offices outside Montserrado County")
    d.ev("Officers of the Police Support Unit received additional training", "other", Y)
    d.fig("At the end of the year 150 new officers", 150, "new officers in training")
    d.fig("At the end of the year 150 new officers", 148, "members of the Police Support Unit")
    d.ev("which was established in 2008, received", "other", "2008")
    # training received, simple past, no frequency: an event of the year (settled 2026-12-08)
    d.ev("which was established in 2008, received", "other", Y)
    d.fig("The ERU increased its membership from 288", 288, "ERU officers at the end of 2009")
    d.fig("The ERU increased its membership from 288", 331, "ERU officers at year's end")
    d.ev("In October the LNP created an inspectorate", "other", "2010-10")
    d.ev("The Liberian Coast Guard was commissioned in February", "other", "2010-02")
    d.fig("The guard consisted of 50 members", 50, "members of the Coast Guard")
    d.prov("either be charged or released within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "charge or release of detainees")
    d.fig("An estimated 85 percent of prisoners", 85, "prisoners who were pretrial detainees",
          "approximately", unit="percent")
    d.fig("An estimated 85 percent of prisoners", 858, "detainees released by the Fast Track Court")
    d.ev("An estimated 85 percent of prisoners", "release", Y)
    d.ev("Beginning in February the Ministry of Justice", "release", "2010-02")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("The Professional Magistrates Training Program began in March", "other", "2010-03")
    d.ev("There were no reports of political prisoners or detainees", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("On September 16, legislation was passed", "law_or_decree", "2010-09-16")
    d.ev("The Land Commission, established in August 2009", "other", "2009-08")
    d.ev("On July 26, President Sirleaf declared", "other", "2010-07-26", place="Ganta")
    d.ev("On July 26, President Sirleaf declared", "other", "2007")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("in August the senate summoned the leaders", "other", "2010-08")
    d.fig("in August the senate summoned the leaders", 3, "civil society organizations summoned")
    d.ev("The senate ordered the organizations to issue", "other", "2010-08")
    d.fig("The senate ordered the organizations to issue", 10,
          "newspapers to publish the apology", "at least")
    d.ev("The leaders were summoned once again to appear on August 26", "other", "2010-08-26")
    d.ev("to appear before the court on November 1", "other", "2010-11-01")
    d.ev("On December 8, the senate leadership committee", "other", "2010-12-08")
    d.ev("the committee suspended him for 90 days", "dismissal", Y)
    d.dur(90, "days", "for 90 days without pay")
    d.ev("The December 2009 case, involving charges", "charge", "2009-12")
    d.ev("The December 2009 case, involving charges", "other", Y)
    d.prov("The December 2009 case, involving charges", "time_limit", 2, "terms of court",
           "two terms of court", "resolution of a criminal case")
    d.ev("In December 2009, the Ministry of Information allowed", "other", "2009-12")
    d.ev("In December 2009, the Ministry of Information allowed", "censorship_or_blocking",
         "2009-08")
    d.ev("on November 2, the New Broom was ordered to pay", "conviction_or_sentence",
         "2010-11-02")
    d.pen("other", 5000000, "USD", "$5 million for damages")
    d.ev("on November 2, the New Broom was ordered to pay", "other", "2009-09")
    d.fig("on November 2, the New Broom was ordered to pay", 5000000, "damages ordered",
          unit="USD")
    d.fig("accepted a bribe of 143 million Liberian dollars", 143000000, "alleged bribe",
          unit="LRD")
    d.fig("accepted a bribe of 143 million Liberian dollars", 2910000, "alleged bribe",
          unit="USD")
    d.ev("The New Broom was absent during the proceedings", "censorship_or_blocking",
         "2010-11-02")
    d.fig("approximately a dozen newspapers", 12, "newspapers published in Monrovia",
          "approximately")
    d.fig("approximately a dozen newspapers", 6, "independent dailies")
    d.fig("approximately a dozen newspapers", 5, "independent biweekly newspapers")
    d.fig("the 55-75 percent illiteracy rate", 55, "illiteracy rate", unit="percent",
          value_end=75)
    d.ev("who alleged in May 2009 that the senate president", "charge", Y, polarity="negated")
    d.ev("who alleged in May 2009 that the senate president", "attack_or_threat", "2009-05",
         polarity="alleged")
    # t-conv16 settlement: N1 restriction: a state; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("There were no government restrictions on access to the Internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("reports that the government monitored e-mail", "surveillance", Y, polarity="negated")
    d.fig("less than 1 percent of the country's inhabitants", 1, "inhabitants using the Internet",
          "fewer than", unit="percent", source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom",
    # was: "censorship_or_blocking", Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("on August 18, LNP officers forcibly dispersed", "detention_or_arrest", "2010-08-18")
    d.fig("on August 18, LNP officers forcibly dispersed", 7, "residents arrested")
    d.ev("Those arrested were released", "release", Y)
    d.ev("There were no further developments in the March 2009", "other", "2009-03",
         place="Gbarnga")

    # --- 2.d ---
    d.sec("2.d")
    d.ev("granted refugee status and asylum during the year", "asylum_or_citizenship_decision",
         Y)
    d.ev("Ivoirian refugees began entering the country on November 29", "other", "2010-11-29")
    d.fig("the UNHCR had registered 20,804", 20804, "new Ivoirian refugees registered",
          source="UNHCR")
    d.ev("the UNHCR assisted in the voluntary repatriation", "other", Y)
    d.fig("the UNHCR assisted in the voluntary repatriation", 1278,
          "Liberian refugees repatriated")

    # --- 3 ---
    d.sec("3")
    d.ev("won the national presidential elections with 59.4 percent", "election_or_referendum",
         "2005")
    d.fig("won the national presidential elections with 59.4 percent", 59.4,
          "share of the vote for Sirleaf (2005)", unit="percent")
    d.fig("won the national presidential elections with 59.4 percent", 30, "senators elected")
    d.fig("won the national presidential elections with 59.4 percent", 64,
          "representatives elected")
    d.ev("In August the National Elections Commission publicized", "other", "2010-08")
    d.ev("Registration of political parties and independent candidates took place",
         "registration_decision", Y)
    d.fig("Registration of political parties and independent candidates took place", 20,
          "registered political parties", "approximately")
    d.fig("There were five female ministers", 5, "female ministers")
    d.fig("There were five female ministers", 8, "female deputy ministers")
    d.fig("There were five women in the 30-seat Senate", 5, "women in the Senate")
    d.fig("There were five women in the 30-seat Senate", 30, "seats in the Senate")
    d.fig("There were five women in the 30-seat Senate", 9, "women in the House")
    d.fig("There were five women in the 30-seat Senate", 64, "seats in the House")
    d.fig("There were two female associate justices", 2, "female associate justices")
    d.fig("There were two female associate justices", 5, "seats on the Supreme Court")
    d.fig("Women constituted 33 percent", 33, "women among local government officials",
          unit="percent")
    d.fig("Women constituted 33 percent", 31, "women among senior and junior ministers",
          unit="percent")
    for what, n in (("Muslim ministers", 1), ("Muslim deputy ministers", 1),
                    ("Muslim senators", 3), ("Muslim representatives", 6),
                    ("Muslim Supreme Court justices", 1), ("Muslim county superintendents", 1)):
        d.fig("Muslims occupied senior government positions", n, what)

    # --- 4 ---
    d.sec("4")
    d.ev("The government dismissed officials for alleged corruption", "dismissal", Y)
    d.ev("investigated eight cases and recommended four", "investigation", Y, source="LACC")
    d.fig("investigated eight cases and recommended four", 8, "cases investigated by the LACC")
    d.fig("investigated eight cases and recommended four", 4,
          "cases recommended for prosecution")
    d.fig("Included in the recommendations were former Inspector General", 2,
          "Ministry of Finance officials recommended for prosecution")
    d.fig("The LACC reported 21 additional corruption cases", 21,
          "corruption cases pending investigation", source="LACC")
    d.ev("Albert Bropleh was acquitted on a technicality", "acquittal", Y)
    d.fig("Albert Bropleh was acquitted on a technicality", 71022, "alleged misused funds",
          unit="USD")
    d.ev("President Sirleaf froze County Development Funds", "other", Y)
    d.ev("The government dismissed or suspended a number of officials", "dismissal", Y)
    d.ev("in April the comptroller for the Ministry of Foreign Affairs", "dismissal", "2010-04")
    d.fig("in April the comptroller for the Ministry of Foreign Affairs", 4500,
          "money allegedly stolen", unit="USD")
    d.ev("In May the Bureau of Immigration and Naturalization recommended", "other", "2010-05")
    d.fig("In May the Bureau of Immigration and Naturalization recommended", 6,
          "officers recommended for prosecution")
    d.fig("In May the Bureau of Immigration and Naturalization recommended", 6,
          "Bangladeshi detainees who escaped")
    d.ev("In June the National Security Agency arrested", "detention_or_arrest", "2010-06")
    d.fig("In June the National Security Agency arrested", 3, "Ministry of Finance officials "
          "arrested")
    d.fig("In June the National Security Agency arrested", 10000, "bribe solicited from each",
          unit="USD")
    d.ev("On September 24, the government dropped", "other", "2010-09-24")
    d.ev("On September 24, the government dropped", "charge", "2007")
    d.ev("On October 12, President Sirleaf recommended", "investigation", "2010-10-12")
    d.ev("following his October 2009 dismissal", "dismissal", "2009-10")
    d.fig("following his October 2009 dismissal", 90000, "funds that disappeared",
          "approximately", unit="USD")
    d.ev("was dismissed with prejudice on December 7", "acquittal", "2010-12-07")
    d.ev("was dismissed with prejudice on December 7", "charge", "2009-03")
    d.ev("During the year the LNP investigated reports of police misconduct", "investigation", Y)
    d.ev("in August an LNP officer was charged with property theft", "charge", "2010-08")
    d.ev("In June a senior LNP official was accused of assaulting", "attack_or_threat",
         "2010-06", polarity="alleged")
    d.ev("The official was suspended and ordered to pay restitution", "dismissal", Y)
    d.ev("On October 9, the LNP director announced", "other", "2010-10-09")
    d.ev("In November an LNP officer was arrested", "detention_or_arrest", "2010-11")
    d.ev("He was released and returned to duty", "release", Y)
    d.ev("There were no developments in the September 2009 case", "charge", "2009-09")
    d.ev("the legislature did not recommend any cases", "charge", Y, polarity="negated")
    d.ev("The Ministry of Finance published the national budget", "report_published", Y)
    d.fig("By the end of the year, 79 officials had complied", 79,
          "officials who disclosed their finances (2010)")
    d.fig("By the end of the year, 79 officials had complied", 197,
          "officials who disclosed their finances since 2008")
    d.ev("On September 2, the legislature passed the Freedom", "law_or_decree", "2010-09-02")

    # --- 5 ---
    d.sec("5")
    d.ev("In September the legislature confirmed the seven commissioners", "other", "2010-09")
    d.fig("In September the legislature confirmed the seven commissioners", 7,
          "INCHR commissioners confirmed")
    d.ev("investigation into the April 2009 allegation", "torture_or_abuse", "2009-04",
         polarity="alleged")
    d.ev("whom the government in 2006 transferred", "other", "2006")
    d.ev("The Truth and Reconciliation Commission (TRC) closed its office in July", "other",
         "2010-07")
    d.ev("President Sirleaf submitted two of four quarterly reports", "report_published", Y)
    d.fig("President Sirleaf submitted two of four quarterly reports", 2,
          "quarterly reports submitted")
    d.fig("President Sirleaf submitted two of four quarterly reports", 4,
          "quarterly reports mandated")
    d.ev("In the first report submitted in March", "report_published", "2010-03")
    d.ev("was submitted to the legislature on August 30", "report_published", "2010-08-30")
    d.ev("The legislature delayed discussion of the report", "other", Y)
    d.ev("On November 30, Richelieu", "other", "2010-11-30")

    # --- 6 ---
    d.sec("6")
    d.prov("The maximum sentence for first-degree rape is life imprisonment", "penalty", None,
           None, "life imprisonment", "first-degree rape")
    d.prov("and 10 years for second-degree rape", "penalty", 10, "years", "10 years",
           "second-degree rape")
    d.ev("approximately 277 rape cases were reported", "charge", Y, source="WCPS")
    d.fig("approximately 277 rape cases were reported", 277, "rape cases reported to the WCPS",
          "approximately", source="WCPS")
    d.fig("approximately 277 rape cases were reported", 114, "rape cases prosecuted",
          source="WCPS")
    d.ev("In the six cases prosecuted during the year", "conviction_or_sentence", Y)
    d.fig("In the six cases prosecuted during the year", 6, "rape cases prosecuted in the "
          "special court")
    d.fig("In the six cases prosecuted during the year", 2, "convictions won")
    # One sentence, no date expression: one record (two sentences, 10 and 15 years).
    d.ev("One perpetrator was sentenced to jail for 10 years", "conviction_or_sentence", Y)
    d.pen("prison", 10, "years", "jail for 10 years")
    d.ev("In August the Liberia Bar Association called", "other", "2010-08")
    d.prov("The maximum penalty for domestic violence is six months", "penalty", 6, "months",
           "six months' imprisonment", "domestic violence")
    d.ev("In September the Gender Based Violence Secretariat began", "other", "2010-09")
    d.ev("During the year the Ministry of Gender and Development organized", "other", Y)
    d.ev("The government worked during the year to sensitize", "other", Y)
    d.fig("In Bong County 86 percent of women surveyed", 86,
          "women knowing about contraception (Bong County)", unit="percent")
    d.fig("In Bong County 86 percent of women surveyed", 35,
          "women using contraception (Bong County)", unit="percent")
    d.fig("In Bong County 86 percent of women surveyed", 20,
          "women who requested STD information (Bong County)", unit="percent")
    d.fig("The maternal mortality rate was 994", 994, "maternal mortality rate",
          unit="deaths per 100,000 live births")
    d.prov("if at least one parent is a Liberian citizen", "threshold", 1, "parents",
           "at least one parent", "citizenship by parentage")
    d.prov("register their infants within 14 days of birth", "time_limit", 14, "days",
           "within 14 days of birth", "birth registration")
    d.fig("register their infants within 14 days of birth", 5, "births registered",
          "fewer than", unit="percent")
    d.ev("In July the government successfully launched", "other", "2010-07")
    d.fig("In July the government successfully launched", 6, "counties in the birth "
          "registration program")
    d.ev("According to an August 11 UNMIL report", "report_published", "2010-08-11",
         source="UNMIL")
    d.fig("According to an August 11 UNMIL report", 70, "rape victims under 16",
          unit="percent", source="UNMIL")
    d.fig("there were 53 reported cases of child endangerment", 53,
          "reported cases of child endangerment")
    d.ev("the government trained community leaders and women's groups", "other", Y)
    d.prov("The minimum age for consensual sex is 18", "threshold", 18, "age", "18",
           "age of consent")
    d.prov("the maximum sentence for perpetrators is life imprisonment", "penalty", None, None,
           "life imprisonment", "statutory rape")
    d.ev("The minimum age for consensual sex is 18", "trial", Y)
    d.fig("The minimum age for consensual sex is 18", 46, "statutory rape cases brought to court")
    d.fig("The minimum age for consensual sex is 18", 95, "reported statutory rape cases")
    d.prov("with a penalty of up to five years imprisonment", "penalty", 5, "years",
           "up to five years imprisonment", "child pornography")
    d.ev("In September, 19 children were reportedly starving", "other", "2010-09",
         polarity="alleged", place="Maryland County")
    d.fig("In September, 19 children were reportedly starving", 19, "children starving")
    d.fig("In September, 19 children were reportedly starving", 1, "meals per day")
    d.ev("The government closed the facility", "other", Y)
    d.ev("imposed by the government in January 2009", "law_or_decree", "2009-01")
    d.ev("There was no significant Jewish community", "attack_or_threat", Y, polarity="negated")
    d.ev("During the year the commission and ministry conducted", "other", Y)
    d.fig("The country has 16 indigenous ethnic groups", 16, "indigenous ethnic groups")
    d.prov("with a penalty of up to one year's imprisonment", "penalty", 1, "years",
           "up to one year's imprisonment", "voluntary sodomy")
    d.ev("There were no reported instances of violence based on sexual", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no reports of societal violence against persons with HIV",
         "attack_or_threat", Y, polarity="negated")

    # --- 7 ---
    d.sec("7.a")
    d.ev("there were no such incidents during the year", "other", Y, polarity="negated")
    d.sec("7.b")
    d.ev("there were no reports of such discrimination during the year", "other", Y,
         polarity="negated")
    d.sec("7.c")
    # reports of a phenomenon, no actor and no instance: a trend, no event (settled 2026-12-08)
    d.sec("7.d")
    d.prov("children under the age of 16 during school hours", "threshold", 16, "age",
           "under the age of 16", "employment during school hours")
    d.prov("the minimum age for children to work at sea is 15", "threshold", 15, "age", "15",
           "work at sea")
    d.ev("During the year there were reports that children tapped rubber", "other", Y,
         polarity="alleged")
    d.ev("In September a special task force began confiscating", "other", "2010-09",
         place="Monrovia")
    d.sec("7.e")
    d.prov("requires a minimum wage of 15 Liberian dollars", "requirement", 15, "LRD",
           "15 Liberian dollars", "minimum hourly wage")
    d.prov("requires a minimum wage of 15 Liberian dollars", "requirement", 0.30, "USD",
           "$0.30", "minimum hourly wage")
    d.prov("requires a minimum wage of 15 Liberian dollars", "prohibition", 8, "hours",
           "not exceeding eight hours per day", "daily working hours")
    d.fig("the minimum wage for civil servants was 5,600", 5600,
          "monthly minimum wage for civil servants", unit="LRD")
    d.fig("the minimum wage for civil servants was 5,600", 114,
          "monthly minimum wage for civil servants", unit="USD")
    d.prov("The law provides for a 48-hour, six-day regular workweek", "prohibition", 48,
           "hours", "48-hour", "regular workweek")
    d.prov("The law provides for a 48-hour, six-day regular workweek", "prohibition", 6,
           "days", "six-day", "regular workweek")
    d.prov("The law provides for a 48-hour, six-day regular workweek", "right", 30, "minutes",
           "30-minute rest period", "rest period")
    d.prov("The law provides for a 48-hour, six-day regular workweek", "threshold", 5, "hours",
           "every five hours of work", "rest period")
    d.prov("may be extended to 56 hours", "prohibition", 56, "hours", "56 hours",
           "workweek in service occupations")
    d.prov("may be extended to 56 hours", "prohibition", 72, "hours", "72 hours",
           "workweek for miners")
    d.prov("may be extended to 56 hours", "requirement", 48, "hours", "beyond 48 hours",
           "overtime pay")
    return d


DOCS = {"2000_republic-of-the-congo": congo, "2011_guinea": guinea,
        "2010_liberia": liberia}


if __name__ == "__main__":
    import build_shared_gold

    build_shared_gold.main(sys.argv[1:], DOCS)
