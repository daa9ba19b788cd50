"""Build the whole-report BLIND TEST gold for two shared reports (annotator b).

Reports: ``usdos/2006_republic-of-the-congo.md`` and ``usdos/2007_burundi.md``, every
section (the executive summary included). Annotated blind: the records below were decided
by hand, reading the report sentence by sentence, without running rightsledger on these
reports or looking at its output. The conventions applied where the guidelines are silent
are listed in docs/EVALUATION.md ("Conventions applied in the whole-report gold (2026-12)").

As in ``build_shared_gold.py`` (whose ``Doc`` and ``sentence_bounds`` are reused), each
record names its evidence sentence by a short anchor that must occur exactly once in the
document, and the script expands it to the sentence's offsets. The output holds offsets,
names and values, never report text. The scope line carries ``"split": "test"`` and
``"sections": "all"``.

Usage (from the repository root)::

    .venv/bin/python tests/gold/shared/build_whole_gold_b.py          # write the files
    .venv/bin/python tests/gold/shared/build_whole_gold_b.py --show   # also print evidence
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_shared_gold import REPORTS, Doc, sentence_bounds  # noqa: E402


class WholeDoc(Doc):
    """A gold document whose scope is the whole report (``start`` 0, ``end`` its length)."""

    def __init__(self, stem: str, file: str, year: int, *, sections: str = "all",
                 end_marker: str | None = None):
        self.stem, self.file, self.year = stem, file, year
        self.text = (REPORTS / file).read_text(encoding="utf-8")
        if self.text.startswith("\ufeff"):
            self.text = self.text[1:]
        self.start = 0
        self.end = len(self.text) if end_marker is None else self.text.index(end_marker)
        self.sections_label = sections
        self.sentences = sentence_bounds(self.text, self.start, self.end)
        self.section = "exec"
        self.records: list[dict] = []
        self.entities: list[dict] = []
        self.not_entities: list[str] = []

    def ev(self, anchor: str, type_: str, date: str, precision: str | None = None, *,
           date_end: str | None = None, polarity: str = "asserted", source: str | None = None,
           place: str | None = None, penalty: tuple | None = None,
           duration: tuple | None = None) -> None:
        """An event; ``penalty`` = (kind, value, unit, text), ``duration`` = (value, unit, text)."""
        super().ev(anchor, type_, date, precision, date_end=date_end, polarity=polarity,
                   source=source, place=place)
        rec = self.records[-1]
        if penalty is not None:
            kind, value, unit, text = penalty
            rec["penalty"] = {"kind": kind, "value": value, "unit": unit, "text": text}
        if duration is not None:
            value, unit, text = duration
            rec["duration"] = {"value": value, "unit": unit, "text": text}

    def prov(self, anchor: str, norm: str, value: float | None, unit: str | None, qtext: str,
             subject: str | None = None, *, value_end: float | None = None) -> None:
        super().prov(anchor, norm, value, unit, qtext, subject)
        if value_end is not None:
            self.records[-1]["quantity"]["value_end"] = value_end

    def mentions(self) -> None:
        """As ``Doc.mentions``, but a double hyphen (the reports' dash, "stations--Radio
        Congo") separates words like a space; a single hyphen still joins them."""
        cands = []
        before, after = r"(?:(?<![\w-])|(?<=--))", r"(?:(?![\w-])|(?=--))"
        for i, ent in enumerate(self.entities):
            for form in set(ent["_forms"]):
                pat = re.escape(form).replace("'", "['’]")
                for m in re.finditer(before + pat + after, self.text[self.start:self.end]):
                    cands.append((m.end() - m.start(), self.start + m.start(),
                                  self.start + m.end(), i))
        for form in self.not_entities:
            for m in re.finditer(re.escape(form), self.text[self.start:self.end]):
                cands.append((m.end() - m.start(), self.start + m.start(),
                              self.start + m.end(), -1))
        taken: list[tuple[int, int]] = []
        found: dict[int, list[list[int]]] = {i: [] for i in range(len(self.entities))}
        for _, s, e, i in sorted(cands, key=lambda c: (-c[0], c[1])):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if i >= 0:
                found[i].append([s, e])
        for i, ent in enumerate(self.entities):
            ent["mentions"] = sorted(found[i])
            assert ent["mentions"], f"{self.stem}: no mention of {ent['name']!r}"

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0].update({"split": "test", "sections": self.sections_label})
        return lines


# =========================================================================================
# 2006_republic-of-the-congo, whole report
# =========================================================================================
def congo() -> WholeDoc:
    d = WholeDoc("2006_republic-of-the-congo", "usdos/2006_republic-of-the-congo.md", 2006)
    Y = "2006"

    # --- persons ---
    d.ent("person", "Denis Sassou-Nguesso")
    d.ent("person", "Ghys Fortune Dombe Bemba", "Bemba")
    d.ent("person", "Christian Mounzeo", "Mounzeo")
    d.ent("person", "Brice Mackosso")

    # --- organizations ---
    d.ent("organization", "Senate", search=("senate",))
    d.ent("organization", "National Assembly")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Ninja rebels")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Congolese Observatory for Human Rights")
    d.ent("organization", "Association for the Human Rights of the Incarcerated")
    d.ent("organization",
          "National Council for the Promotion and Protection of the Rights of Detained Persons")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Human Rights Commission", "HRC")
    d.ent("organization", "Court of Accounts")
    d.ent("organization", "High Court of Justice")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "La Nouvelle Republique")
    d.ent("organization", "Radio Congo")
    d.ent("organization", "Radio Brazzaville")
    d.ent("organization", "Radio FM")
    d.ent("organization", "Tele Congo")
    d.ent("organization", "Congolese Information Agency")
    d.ent("organization", "BBC")
    d.ent("organization", "Associated Press")
    d.ent("organization", "Reuters")
    d.ent("organization", "Agence France Presse")
    d.ent("organization", "Voice of America")
    d.ent("organization", "Canal France International")
    d.ent("organization", "TV5")
    d.ent("organization", "Thalassa")
    d.ent("organization", "Ministry of Territorial Administration")
    d.ent("organization", "Ministry of Social Affairs")
    d.ent("organization", "UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "European Union")
    d.ent("organization", "Congolese Labor Party")
    d.ent("organization", "Pan-African Union for Social Development")
    d.ent("organization", "Congolese Movement for Democracy and Integrated Development")
    d.ent("organization", "Union for Democracy and the Republic")
    d.ent("organization", "Rally for Democracy and Social Progress")
    d.ent("organization", "Union for Progress")
    d.ent("organization", "International Monetary Fund", "IMF")
    d.ent("organization", "World Bank")
    d.ent("organization", "Extractive Industries Transparency Initiative")
    d.ent("organization", "Doctors Without Borders", "Doctors Without Borders-Holland")
    d.ent("organization", "Congolese Association to Combat Violence Against Women and Girls")
    d.ent("organization", "Human Rights Center")
    d.ent("organization", "International Rescue Committee")
    d.ent("organization", "United Nations Children's Fund")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "International Labor Organization")

    # --- places ---
    d.ent("place", "Republic of the Congo", "Republic of Congo")
    d.ent("place", "Brazzaville")
    d.ent("place", "Pool region", "Pool")
    d.ent("place", "Democratic Republic of the Congo", "DRC")
    d.ent("place", "Pointe Noire")
    d.ent("place", "Dolisie")
    d.ent("place", "Kinshasa")
    d.ent("place", "West Africa")
    # Treaties and reports, not organizations or places.
    d.not_entity("UN Convention relating to the Status of Refugees",
                 "International Religious Freedom Report")

    # --- executive summary ---
    d.sec("exec")
    d.fig("with a population of approximately 3.8 million", 3800000, "population",
          "approximately")
    d.ev("the 2002 presidential and parliamentary elections", "election_or_referendum", "2002",
         source="independent monitors")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("There were reports that security forces killed persons during", "killing", Y,
         polarity="alleged")
    d.ev("in September police shot and killed a Malian", "killing", "2006-09")
    d.ev("By year's end there was no reported investigation", "investigation", Y,
         polarity="negated")
    d.ev("occasional deaths due to mob violence", "killing", Y)
    d.ev("The three villagers arrested after they killed", "killing", "2005")
    d.fig("The three villagers arrested after they killed", 3, "villagers arrested for killing")
    d.ev("convoy had struck and killed a child", "killing", "2005")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances", "other", Y,
         polarity="negated")
    d.ev("presidential security forces kidnapped children", "other", Y, polarity="alleged",
         place="Brazzaville")
    d.ev("In May police foiled such a kidnapping", "attack_or_threat", "2006-05")
    d.ev("In May police foiled such a kidnapping", "detention_or_arrest", Y, polarity="negated")
    d.ev("the Supreme Court refused to hear the appeals", "other", Y)
    d.ev("the Supreme Court refused to hear the appeals", "acquittal", "2005-08")
    d.ev("the Supreme Court refused to hear the appeals", "other", "1999", polarity="alleged")
    d.fig("the Supreme Court refused to hear the appeals", 353,
          "persons disappeared after separation by security forces (1999)")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("there were reports that abuses continued in the jail", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("that female detainees were raped", "torture_or_abuse", Y, polarity="alleged",
         source="NGOs")
    d.ev("no reported action in the August 2005 case", "torture_or_abuse", "2005-08",
         polarity="alleged")
    d.ev("The Ministry of Justice continued to repair", "other", Y)
    d.fig("There were six prisons", 6, "prisons")
    d.fig("The prison population was estimated at 900", 900, "prison population",
          "approximately")
    d.fig("The prison population was estimated at 900", 400, "prisoners in Brazzaville's prison")
    d.ev("During the year local human rights groups, including", "other", Y)
    d.ev("continued regular visits to prisons and detention centers", "other", Y, source="ICRC")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("however, members of the security forces committed such acts", "detention_or_arrest", Y)
    d.prov("brought before a judge within three days", "time_limit", 3, "days",
           "within three days", "detainee brought before a judge")
    d.prov("brought before a judge within three days", "time_limit", 4, "months",
           "within four months", "charge or release of detainees")
    d.fig("more than 70 percent of the population", 70, "population below the poverty level",
          "more than", unit="percent")
    d.fig("more than 70 percent of the population", 1, "poverty line, income per day",
          "fewer than", unit="USD")
    d.fig("more than 70 percent of the population", 500, "poverty line, income per day",
          "fewer than", unit="XAF")
    d.ev("In May five individuals were detained", "detention_or_arrest", "2006-05",
         place="Dolisie")
    d.ev("In May five individuals were detained", "charge", Y, polarity="negated")
    d.fig("In May five individuals were detained", 5, "individuals detained for gun trafficking")
    d.ev("In August there was an unconfirmed report that police visited", "detention_or_arrest",
         "2006-08", polarity="alleged")
    d.ev("the man was released without charge", "release", Y)
    d.fig("the man was released without charge", 4000, "property the police refused to return",
          "approximately", unit="USD")
    d.fig("the man was released without charge", 2000000,
          "property the police refused to return", "approximately", unit="XAF")
    d.ev("The embassy and individual dropped the matter", "other", Y)
    d.fig("An estimated 40 percent of the prison population", 40,
          "prison population in pretrial detention", "approximately", unit="percent")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("Members of the High Court of Justice were appointed in 2004", "other", "2004")
    d.ev("During the year the ICRC reported that it continued", "other", Y, source="ICRC")
    d.fig("During the year the ICRC reported that it continued", 10,
          "political prisoners monitored by the ICRC", "approximately", source="ICRC")
    d.ev("In February 2005 security forces reportedly detained", "detention_or_arrest",
         "2005-02", polarity="alleged")
    d.ev("In February 2005 security forces reportedly detained", "charge", "2005-09")
    d.fig("In February 2005 security forces reportedly detained", 20,
          "persons detained (February 2005)", value_end=30)
    d.ev("Four were granted provisional release", "release", "2005-09")
    d.fig("Four were granted provisional release", 4, "detainees granted provisional release")
    d.ev("there were extended periods when they were not permitted visits", "other", Y)
    d.ev("Three exiled Democratic Republic of the Congo", "detention_or_arrest", "2004-03")
    d.fig("Three exiled Democratic Republic of the Congo", 3, "exiled DRC officers detained")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("in May soldiers attempted to loot", "attack_or_threat", "2006-05", place="Brazzaville")

    # --- 2.a ---
    d.sec("2.a")
    d.fig("There was one state-owned newspaper", 1, "state-owned newspapers")
    d.fig("There were 15 to 20 private weekly newspapers", 15, "private weekly newspapers",
          value_end=20)
    d.fig("approximately one-third of the population", 1 / 3,
          "share of the population reached by print media", "approximately")
    d.fig("There were three privately owned radio stations", 3, "privately owned radio stations")
    d.fig("There were three government-owned radio stations", 3,
          "government-owned radio stations")
    d.fig("There were three government-owned radio stations", 1,
          "government-owned television stations")
    d.fig("owned three of the four privately owned", 3,
          "private television stations owned by one individual")
    d.fig("owned three of the four privately owned", 4, "privately owned television stations")
    d.ev("On April 20, security forces arrested a print journalist", "detention_or_arrest",
         "2006-04-20")
    d.ev("In an article, he had accused the president", "other", Y)
    d.ev("Bemba was released the following day", "release", "2006-04-21")
    d.ev("Bemba was released the following day", "censorship_or_blocking", "2006-06",
         duration=(6, "months", "for six months"))
    d.ev("There were no government restrictions on access to the Internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.fig("only 1 percent of the population had access", 1, "population with Internet access",
          unit="percent")
    d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
         Y, polarity="negated")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("security forces forcibly dispersed a demonstration", "protest", "2006-07",
         place="Brazzaville")
    d.ev("during the year there were no reports that this occurred", "registration_decision", Y,
         polarity="negated")

    # --- 2.c ---
    d.sec("2.c")
    d.ev("There were no reports of discrimination against any religious group in this process",
         "registration_decision", Y, polarity="negated")
    d.ev("There were no reports of discrimination against members of religious groups", "other",
         Y, polarity="negated")
    d.ev("There were no reports of anti-Semitic acts", "attack_or_threat", Y, polarity="negated")

    # --- 2.d ---
    d.sec("2.d")
    d.ev("International NGOs reported serious incidents", "attack_or_threat", Y,
         source="international NGOs", place="Pool region")
    d.ev("the government did not prevent the return of citizens", "other", Y,
         polarity="negated")
    d.fig("the estimated 150,000 persons internally displaced", 150000,
          "persons internally displaced by the civil war", "approximately", source="NGOs")
    d.ev("557 of an estimated 800 to 900", "other", "2005")
    d.fig("557 of an estimated 800 to 900", 557, "Mobutu-era soldiers repatriated to the DRC")
    d.fig("557 of an estimated 800 to 900", 800, "Mobutu-era soldiers", "approximately",
          value_end=900)

    # --- 3 ---
    d.sec("3")
    d.ev("during the 2002 elections significant irregularities", "election_or_referendum", "2002")
    d.ev("the national elections in 2002 did", "election_or_referendum", "2002",
         source="independent observers")
    # No date in the sentence: it continues the account of the 2002 elections.
    d.ev("Most key presidential candidates were banned", "election_or_referendum", "2002")
    d.fig("causing eight of the region's 12 parliamentary seats", 8,
          "vacant parliamentary seats in the Pool region")
    d.fig("causing eight of the region's 12 parliamentary seats", 12,
          "parliamentary seats of the Pool region")
    d.fig("There were eight women in the 66-seat Senate", 8, "women in the Senate")
    d.fig("There were eight women in the 66-seat Senate", 66, "seats in the Senate")
    d.fig("There were eight women in the 66-seat Senate", 11, "women in the National Assembly")
    d.fig("There were eight women in the 66-seat Senate", 136, "seats in the National Assembly")
    d.fig("There were eight women in the 66-seat Senate", 128,
          "filled seats in the National Assembly")
    d.fig("There were eight women in the 66-seat Senate", 8,
          "vacant National Assembly seats (Pool region)")
    d.fig("There were five women in the 35-member cabinet", 5, "women in the cabinet")
    d.fig("There were five women in the 35-member cabinet", 35, "cabinet members")
    d.fig("There were 14 members in the 66-seat senate", 14,
          "senators not from the dominant northern tribes")
    d.fig("There were 14 members in the 66-seat senate", 66, "seats in the Senate")
    d.fig("There were 14 members in the 66-seat senate", 36,
          "National Assembly members not from the dominant northern tribes")
    d.fig("There were 14 members in the 66-seat senate", 136, "seats in the National Assembly")
    d.fig("There were 14 members in the 66-seat senate", 11,
          "cabinet members not from the dominant northern tribes")
    d.fig("There were 14 members in the 66-seat senate", 35, "cabinet members")
    d.ev("during the year a law was passed reaffirming", "law_or_decree", Y)
    d.ev("On April 6, two prominent anticorruption activists", "detention_or_arrest",
         "2006-04-06")
    d.fig("On April 6, two prominent anticorruption activists", 2,
          "anticorruption activists arrested")
    d.ev("During the year both were illegally detained", "detention_or_arrest", Y)
    d.ev("on December 27 a court sentenced the two", "conviction_or_sentence", "2006-12-27",
         penalty=("prison", 12, "months", "12-month suspended prison sentences"))
    d.fig("on December 27 a court sentenced the two", 600, "fine imposed on each activist",
          "approximately", unit="USD")
    d.fig("on December 27 a court sentenced the two", 300000, "fine imposed on each activist",
          "approximately", unit="XAF")
    d.ev("foreign governments criticized the trial", "other", Y,
         source="international organizations and foreign governments")
    d.ev("Formal charges were not filed by year's end", "charge", Y, polarity="negated")
    d.ev("Formal charges were not filed by year's end", "charge", "2006-11")

    # --- 4 ---
    d.sec("4")
    d.ev("During the year unidentified armed groups harassed", "attack_or_threat", Y)
    d.ev("Between January and March the ICRC", "other", "2006-01", date_end="2006-03",
         place="Pool region")
    d.ev("In one incident the lead gunman put a grenade", "attack_or_threat", Y)
    d.ev("Movement gradually resumed when attacks ceased", "other", Y)
    d.ev("since its creation in August 2003", "other", "2003-08")

    # --- 5 ---
    d.sec("5")
    d.fig("during 2005 more than 500 women and children", 500,
          "women and children victims of sexual violence assisted (2005)", "more than",
          source="Congolese Association to Combat Violence Against Women and Girls")
    d.prov("The law prescribes five to 10 years in prison", "penalty", 5, "years",
           "five to 10 years in prison", "rape", value_end=10)
    d.ev("There were no known government or other efforts to investigate", "investigation", Y,
         polarity="negated")
    d.prov("Generally the penalty would be two to five years", "penalty", 2, "years",
           "two to five years in prison", "sexual harassment", value_end=5)
    d.prov("In particularly egregious cases, the penalties", "penalty", 5, "years",
           "five to 10 years in prison", "egregious sexual harassment", value_end=10)
    d.ev("during the year no such cases were reported", "conviction_or_sentence", Y,
         polarity="negated")
    d.prov("a wife shall inherit 30 percent", "right", 30, "percent", "30 percent",
           "widow's share of the husband's estate")
    d.prov("universal until the age of 16", "threshold", 16, "age", "until the age of 16",
           "compulsory education")
    d.fig("approximately 95 percent of school-age children", 95,
          "school-age children attending school (cities)", "approximately", unit="percent")
    d.fig("approximately 95 percent of school-age children", 90,
          "school-age children attending school (rural areas)", "approximately", unit="percent")
    d.ev("In 2004 the United Nations Children's Fund estimated", "report_published", "2004",
         source="United Nations Children's Fund")
    d.ev("there were no known cases of the government prosecuting", "trial", Y,
         polarity="negated")
    d.ev("There were no known cases of the government assisting", "other", Y,
         polarity="negated")
    d.ev("In August a law was passed affirming", "law_or_decree", "2006-08")

    # --- 6 ---
    d.sec("6.a")
    d.fig("Almost 100 percent of workers in the public sector", 100,
          "public sector workers who were union members", "approximately", unit="percent")
    d.fig("Almost 100 percent of workers in the public sector", 25,
          "formal private sector workers who were union members", "approximately",
          unit="percent")
    d.ev("there were a few reports that it occurred", "other", Y, polarity="alleged")
    d.sec("6.c")
    d.ev("the government had not repealed a 1960 law", "law_or_decree", Y, polarity="negated",
         source="International Labor Organization")
    d.ev("the government had not repealed a 1960 law", "law_or_decree", "1960",
         source="International Labor Organization")
    d.sec("6.d")
    d.prov("children under age 16 are not permitted", "threshold", 16, "age", "under age 16",
           "minimum age for work")
    d.ev("Only two inspection trips were made", "investigation", Y)
    d.fig("Only two inspection trips were made", 2, "labor inspection trips")
    d.sec("6.e")
    d.fig("which was approximately $100", 100, "national minimum wage per month",
          "approximately", unit="USD")
    d.fig("which was approximately $100", 54000, "national minimum wage per month",
          "approximately", unit="XAF")
    d.ev("During the year the government paid three months of back pay", "other", Y)
    d.prov("standard workweek of seven hours per day", "requirement", 7, "hours",
           "seven hours per day", "standard working day")
    d.prov("standard workweek of seven hours per day", "requirement", 6, "days",
           "six days a week", "standard workweek")
    d.prov("standard workweek of seven hours per day", "right", 1, "hours", "one-hour lunch break",
           "lunch break")
    d.prov("in excess of 42 hours per week", "threshold", 42, "hours", "in excess of 42 hours per week",
           "overtime pay")
    return d


DOCS = {"2006_republic-of-the-congo": congo}


def main(argv: list[str]) -> None:
    show = "--show" in argv
    only = [a for a in argv if not a.startswith("--")]
    for stem, build in DOCS.items():
        if only and stem not in only:
            continue
        print(build().write(show=show))


if __name__ == "__main__":
    main(sys.argv[1:])
