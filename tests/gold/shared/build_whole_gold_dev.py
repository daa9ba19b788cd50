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
"Conventions applied in the whole-report gold (2026-12)".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_shared_gold import KINDS, REPORTS, Doc, sentence_bounds  # noqa: E402


class WholeDoc(Doc):
    """A gold document whose scope is the whole file (every section)."""

    def __init__(self, stem: str, file: str, year: int, *, end_marker: str | None = None,
                 sections: str = "all"):
        self.stem, self.file, self.year = stem, file, year
        self.text = (REPORTS / file).read_text(encoding="utf-8")
        if self.text.startswith("\ufeff"):
            self.text = self.text[1:]
        self.start = 0
        self.end = len(self.text) if end_marker is None else self.text.index(end_marker)
        self.scope_sections = sections
        self.sentences = sentence_bounds(self.text, self.start, self.end)
        self.section = "exec"
        self.records: list[dict] = []
        self.entities: list[dict] = []
        self.not_entities: list[str] = []

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

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0] = {"kind": "scope", "doc": self.stem, "file": self.file, "start": self.start,
                    "end": self.end, "kinds": KINDS, "split": "dev",
                    "sections": self.scope_sections}
        return lines


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
    d.ent("place", "Congo River", search=("Congo",))
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
    d.ev("some sources reported that security forces had shot", "killing", "1999-05",
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
    d.ev("and a Catholic church organization visited prisons", "other", Y)
    d.ev("conducted regular visits to prisons", "other", Y, source="ICRC")
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
    d.ev("There were no known political detainees", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("In January the Government released 17", "release", "2000-01")
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
    d.ev("There were no known restrictions on academic freedom", "censorship_or_blocking", Y,
         polarity="negated")

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


DOCS = {"2000_republic-of-the-congo": congo}


def main(argv: list[str]) -> None:
    show = "--show" in argv
    only = [a for a in argv if not a.startswith("--")]
    for stem, build in DOCS.items():
        if only and stem not in only:
            continue
        print(build().write(show=show))


if __name__ == "__main__":
    main(sys.argv[1:])
