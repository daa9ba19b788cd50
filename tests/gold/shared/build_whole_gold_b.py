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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_shared_gold import WholeDoc as BaseWholeDoc  # noqa: E402


class WholeDoc(BaseWholeDoc):
    """A gold document whose scope is the whole report (``start`` 0, ``end`` its length)."""

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

    # A double hyphen (the reports' dash, "stations--Radio Congo") separates words like a
    # space; a single hyphen still joins them.
    MENTION_BEFORE = r"(?:(?<![\w-])|(?<=--))"
    MENTION_AFTER = r"(?:(?![\w-])|(?=--))"


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
    # t-gold20b (decision 3 withdrawn; 2026-12-06 Entities): a town naming a facility is no place mention
    d.not_entity("Brazzaville's prison")
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
    # An observers' verdict whose main clause is the verdict is `other`, dated by the election it
    # judges (settled 2026-12-06; round t-tfixB retyped it from election_or_referendum).
    d.ev("the 2002 presidential and parliamentary elections", "other", "2002",
         source="independent monitors")
    # "The following serious human rights problems were reported: mob violence, including
    # killing …": the list of issues, one event of the year typed by its first occurrence
    # (settled 2026-12-06; t-tfixB).
    d.ev("The following serious human rights problems were reported", "killing", Y)

    # --- 1.a ---
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("There were reports that security forces killed persons during", "killing", Y,
         polarity="alleged")
    d.ev("in September police shot and killed a Malian", "killing", "2006-09")
    d.ev("By year's end there was no reported investigation", "investigation", Y,
         polarity="negated")
    # "occasional deaths due to mob violence": a class that resulted in deaths, no actor, no
    # date, told by frequency: a condition, no event (settled 2026-12-08; t-tfixB removed it).
    d.ev("The three villagers arrested after they killed", "killing", "2005")
    d.fig("The three villagers arrested after they killed", 3, "villagers arrested for killing")
    d.ev("convoy had struck and killed a child", "killing", "2005")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances", "other", Y,
         polarity="negated")
    d.ev("presidential security forces kidnapped children", "other", Y, polarity="alleged",
         place="Brazzaville")
    # A kidnapping (attempt) is `other` (settled 2026-12-06; t-tfixB retyped it).
    d.ev("In May police foiled such a kidnapping", "other", "2006-05")
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
    # "continued regular visits" and cooperation received: periodic visits, no event (settled
    # 2026-12-06; t-tfixB removed the record).

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
    # A negation running "since" a date takes that date (settled 2026-12-06; t-tfixB):
    # "Since then" = September 2005.
    d.ev("Since then, the other individuals have not been accorded", "other", "2005-09",
         polarity="negated")
    d.fig("Four were granted provisional release", 4, "detainees granted provisional release")
    d.ev("there were extended periods when they were not permitted visits", "other", Y)
    d.ev("Three exiled Democratic Republic of the Congo", "detention_or_arrest", "2004-03")
    d.fig("Three exiled Democratic Republic of the Congo", 3, "exiled DRC officers detained")

    # --- 1.f ---
    d.sec("1.f")
    # Looting (an attempt included) is `other` (settled 2026-12-06; t-tfixB retyped it).
    d.ev("in May soldiers attempted to loot", "other", "2006-05", place="Brazzaville")

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
    # t-conv16 settlement (t-tfix17): "There were no <restriction>" is a state;
    # its "or reports that the government monitored" clause keeps its own negated event (was
    # censorship_or_blocking negated).
    d.ev("There were no government restrictions on access to the Internet",
         "surveillance", Y, polarity="negated")
    d.fig("only 1 percent of the population had access", 1, "population with Internet access",
          unit="percent")
    # t-conv16 settlement (t-tfix17): "There were no government restrictions on academic
    # freedom or cultural events" is a state, no event (negated censorship_or_blocking
    # removed).

    # --- 2.b ---
    d.sec("2.b")
    # Forcible dispersal of a gathering is `attack_or_threat` (settled 2026-12-06; t-tfixB
    # retyped it from protest).
    d.ev("security forces forcibly dispersed a demonstration", "attack_or_threat", Y,
         place="Brazzaville")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("In advance of a July visit by foreign dignitaries", "other", "2006-07")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
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
    # t-conv16 settlement (t-tfix17): a negated practice on a class (the return of
    # citizens, not one person's) is no event (negated other removed).
    d.fig("the estimated 150,000 persons internally displaced", 150000,
          "persons displaced by the civil war", "approximately", source="NGOs")
    d.ev("557 of an estimated 800 to 900", "other", "2005")
    d.fig("557 of an estimated 800 to 900", 557, "Mobutu-era soldiers repatriated to the DRC")
    d.fig("557 of an estimated 800 to 900", 800, "Mobutu-era soldiers", "approximately",
          value_end=900)

    # --- 3 ---
    d.sec("3")
    d.ev("during the 2002 elections significant irregularities", "election_or_referendum", "2002")
    # Observers' verdicts on the 2002 elections: `other` of 2002 (settled 2026-12-06; t-tfixB
    # retyped the first, added the EU's).
    d.ev("the national elections in 2002 did", "other", "2002",
         source="independent observers")
    d.ev("The European Union and other observers stated", "other", "2002",
         source="European Union and other observers")
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
         source="international bodies, foreign governments")
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
    # Workshops organized and training offered, simple past, no date: a campaign of the year
    # (settled 2026-12-06; t-tfixB).
    d.ev("The NGO also organized public awareness workshops", "other", Y,
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
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("there were unconfirmed reports of trafficking of children by West African immigrants", "other",
         "2006", polarity="alleged")
    d.ev("there were no known cases of the government prosecuting", "trial", Y,
         polarity="negated")
    # t-gold22, settled 2026-12-17 (1): reports of acts with an actor or a taxonomy act, no frequency word
    d.ev("There were reports that some were physically abused.", "attack_or_threat", "2006",
         polarity="alleged")
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
    # "there were a few reports that it occurred": a report of a phenomenon, no event (settled
    # 2026-12-08; t-tfixB removed the record).
    d.sec("6.c")
    d.ev("the government had not repealed a 1960 law", "law_or_decree", Y, polarity="negated",
         source="International Labor Organization")
    # "a 1960 law which allows …": a law named with its year and told as a rule is a label
    # (settled 2026-12-07); t-tfixB removed the 1960 `law_or_decree` event.
    d.sec("6.d")
    d.prov("children under age 16 are not permitted", "threshold", 16, "age", "under age 16",
           "minimum age for work")
    d.ev("Only two inspection trips were made", "investigation", Y)
    d.fig("Only two inspection trips were made", 2, "labor inspection trips")
    d.sec("6.e")
    # A stated minimum wage is a figure, not a provision (settled 2026-12-06; t-tfixB turned
    # the two requirement provisions into figures).
    d.fig("which was approximately $100", 100,
          "national minimum wage per month (formal sector)", "approximately", unit="USD")
    d.fig("which was approximately $100", 54000,
          "national minimum wage per month (formal sector)", unit="XAF")
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


# =========================================================================================
# 2007_burundi, whole report
# =========================================================================================
def burundi() -> WholeDoc:
    d = WholeDoc("2007_burundi", "usdos/2007_burundi.md", 2007)
    Y = "2007"

    # --- persons ---
    # The report misspells several names; each variant is an alias of one person.
    d.ent("person", "Pierre Nkurunziza", "Pierre Nkurunzia", "Nkurunziza")
    d.ent("person", "Agathon Rwasa")
    d.ent("person", "Domitien Ndayizeye", "Domitien Ndayizaye")
    d.ent("person", "Alphonse Kadege", "Kadege")
    d.ent("person", "Hussein Radjabu", "Radjabu")
    d.ent("person", "Pancrace Cimpaye", "Pancrace Cimapye", "Cimpaye", "Cimapye")
    d.ent("person", "Vital Bangirinama")
    d.ent("person", "Dominique Surwavuba")
    d.ent("person", "Emmanuel Nsabimana", "Nsabimana")
    d.ent("person", "Esron Rutayisire")
    d.ent("person", "Serge Nibizi", "Nibizi")
    d.ent("person", "Domitile Kiramvu")
    d.ent("person", "Matthias Manirakiza")
    d.ent("person", "Leonard Nyangoma")
    d.ent("person", "Alice Nzomukunda")
    d.ent("person", "Mathias Basabose")
    d.ent("person", "Issac Bizimana")
    d.ent("person", "Mojzesz Lubelski")

    # --- organizations ---
    # t-tfix13: a capitalised "Parliament" alone is an organization (Settled 2026-12-11), here in
    # "Member of Parliament", as the 2020 Fiji dev gold reads it
    d.ent("organization", "Parliament")
    d.ent("organization",
          "National Council for the Defense of Democracy–Forces for the Defense of Democracy",
          "CNDD-FDD", search=("cndd-fdd",))
    d.ent("organization", "CNDD")
    d.ent("organization", "Burundian Front for Democracy", "FRODEBU")
    d.ent("organization", "Union for National Progress", "UPRONA")
    d.ent("organization", "Party for the Liberation of the Hutu National Liberation Front",
          "PALIPEHUTU-FNL", "FNL")
    d.ent("organization", "National Defense Forces", "FDN")
    d.ent("organization", "National Intelligence Service", "SNR", "Documentation Nationale")
    d.ent("organization", "Association for the Protection of Human Rights and Detained Persons",
          "APRODH")
    d.ent("organization", "UN")
    d.ent("organization", "Human Rights Watch", "HRW")
    d.ent("organization", "League Iteka")
    d.ent("organization", "United Nations Integrated Office in Burundi", "BINUB")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Ministry of the Interior", "Ministry of Interior")
    d.ent("organization", "Interior Security Police")
    d.ent("organization", "Burundian Attorney's Association")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "General Court")
    d.ent("organization", "Tribunal of Appeals")
    d.ent("organization", "Ubashingantahe")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "UN Human Rights Council")
    d.ent("organization", "UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Swiss Foundation for Mine Action")
    d.ent("organization", "UN Children's Fund", "UNICEF")
    d.ent("organization", "Le Renouveau")
    d.ent("organization", "Arc-en-ciel", "Rainbow")
    d.ent("organization", "BBC")
    d.ent("organization", "Voice of America")
    d.ent("organization", "RPA")
    d.ent("organization", "Eglise du Bon Berger")
    d.ent("organization", "Radio Isanganiro")
    d.ent("organization", "National Commission for Rehabilitation of War Victims")
    d.ent("organization", "UN Office for the Coordination of Humanitarian Affairs", "UNOCHA")
    d.ent("organization", "National Commission of Inquiry")
    d.ent("organization", "National Assembly")
    d.ent("organization", "Senate", search=("senate",))
    d.ent("organization", "World Bank")
    d.ent("organization", "Observatory for the Struggle against Economic Corruption and Embezzlement")
    d.ent("organization", "Central Bank")
    d.ent("organization", "Interpetrol")
    d.ent("organization", "Ministry of Good Governance")
    d.ent("organization", "National Auditing Agency")
    d.ent("organization", "Inspector General for Finance", "IGF",
          search=("inspector general for finance",))
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Decision Analysis Partners")
    d.ent("organization", "UN High Commissioner for Human Rights", "UNHCHR")
    d.ent("organization", "Eligibility Commission")
    d.ent("organization", "Human Rights Commission")
    d.ent("organization", "International Commission of Judicial Inquiry")
    d.ent("organization", "National Truth and Reconciliation Commission")
    d.ent("organization", "Doctors without Borders", "MSF")
    d.ent("organization", "UN Development Fund for Women")
    d.ent("organization", "Collective of Women's Organizations and NGOs of Burundi")
    d.ent("organization", "Women United for Development")
    d.ent("organization", "Maison Shalom")
    d.ent("organization", "National Council for the Fight Against HIV/AIDS")
    d.ent("organization", "Ministry for National Solidarity, Human Rights, and Gender")
    d.ent("organization", "National Police")
    d.ent("organization", "Brigade for the Protection of Minors")
    d.ent("organization", "Guardians of the Peace")
    d.ent("organization", "Confederation of Burundian Labor Unions", "COSYBU")
    d.ent("organization", "International Trade Union Confederation", "ITUC")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Confederation of Free Unions in Burundi")
    d.ent("organization", "Ministry of Civil Service")
    d.ent("organization", "Department of Inspection")

    # --- places ---
    d.ent("place", "Burundi")
    d.ent("place", "Bubanza Province", "Bubanza")
    d.ent("place", "Bujumbura Rural Province", "Bujumbura Rural")
    d.ent("place", "Cibitoke", "Cibitike")
    d.ent("place", "Muramvya")
    d.ent("place", "Kayanza")
    d.ent("place", "Kinama")
    d.ent("place", "Gihosha")
    d.ent("place", "Muganga Nord")
    d.ent("place", "Nyakabiga Commune")
    d.ent("place", "Ruyigi Province")
    d.ent("place", "Ntega")
    d.ent("place", "Kirundo", "Kirundu Province")
    d.ent("place", "Bururi Province", "Bururi")
    d.ent("place", "Makamba Province")
    d.ent("place", "Muyinga Province", "Muyinga")
    d.ent("place", "Gihanga Commune", "Gihanga", search=("Gihanga commune",))
    d.ent("place", "Bujumbura")
    d.ent("place", "Kigobe")
    d.ent("place", "Ngozi Province", "Ngozi")
    d.ent("place", "Vumbi", "Vumbi commune")
    d.ent("place", "Ruvubu River")
    d.ent("place", "Rwanda")
    d.ent("place", "Tanzania")
    d.ent("place", "Mwaro Province")
    d.ent("place", "Rutana")
    d.ent("place", "Gitega")
    d.ent("place", "Gatumba", "Gutumba")
    d.ent("place", "Bujumbura Marie")
    d.ent("place", "Buyenyero", "Buyenyero commune")
    d.ent("place", "Democratic Republic of Congo")
    # Treaties, facilities and refugee camps: not organizations or places.
    d.not_entity("Arusha Peace and Reconciliation Agreement", "Arusha Agreement",
                 "UN Convention Relating to the Status of Refugees",
                 "Organization of African Unity Convention Governing Specific Aspects of "
                 "Refugee Problems in Africa", "International Religious Freedom Report",
                 "Mpimba Prison", "Socarti camp", "Songa market", "Gihinga", "Gasorwe", "Gihar",
                 "Worldwide Governance Indicators")

    # --- executive summary ---
    d.sec("exec")
    d.fig("population of 8.3 million", 8300000, "population")
    d.ev("In August 2005, following local and parliamentary elections", "election_or_referendum",
         "2005-08")
    # An observers' verdict is an `other` event dated by the election it judges (settled
    # 2026-12-06): the June-July 2005 elections that section 3 says observers judged (t-tfixB).
    d.ev("International observers reported that the elections", "other", "2005-06",
         date_end="2005-07", source="International observers")
    d.ev("In September 2006 the government concluded a cease-fire", "other", "2006-09")
    d.fig("In September 2006 the government concluded a cease-fire", 3000,
          "former FNL combatants to be demobilized", "approximately")
    d.ev("From 2004 to December 2007 the government demobilized", "other", "2004",
         date_end="2007-12")
    d.fig("From 2004 to December 2007 the government demobilized", 24400,
          "former combatants demobilized", "more than")
    d.fig("From 2004 to December 2007 the government demobilized", 3000,
          "child soldiers demobilized", "more than")
    d.ev("with the exception of a December 28 incident", "attack_or_threat", "2007-12-28",
         place="Bubanza Province")
    # Reports with an actor (summary statements, settled 2026-12-04) and the list of abuses
    # (the list of issues, settled 2026-12-06) are events of the year (t-tfixB).
    d.ev("There were isolated reports that security forces raped", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("These abuses included killings, kidnappings", "killing", Y)
    d.fig("with the exception of a December 28 incident", 3, "military positions attacked")
    d.fig("with the exception of a December 28 incident", 1, "government soldiers killed")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("Neither the government nor its agents committed", "killing", Y, polarity="negated")
    d.ev("there were no reports of summary executions", "killing", Y, polarity="negated")
    d.ev("in October during a clash between rebel forces", "killing", "2007-10")
    d.fig("in October during a clash between rebel forces", 2, "civilians killed in the clash")
    d.ev("In September an intelligence agent shot", "killing", "2007-09")
    d.ev("No action was taken in the February 2006 death", "death_in_custody", "2006-02")
    # t-gold27 (settlement 2026-12-21, S3): "No action was taken in <one death>" is a light verb
    # with a step noun on one occurrence: a negated `charge` of the report year (as "took no action
    # against the two wardens"), beside the death at its own date.
    d.ev("No action was taken in the February 2006 death", "charge", Y, polarity="negated")
    d.ev("accused of the July 2006 killings of five soccer fans", "killing", "2006-07")
    d.fig("accused of the July 2006 killings of five soccer fans", 5, "soccer fans killed")
    d.ev("the August 2006 deaths of four persons", "killing", "2006-08", place="Kinama")
    d.fig("the August 2006 deaths of four persons", 4, "persons killed (August 2006)")
    d.ev("FNL rebels killed numerous persons during the year", "killing", Y)
    d.ev("There continued to be reports of deaths and injuries attributed", "killing", Y,
         polarity="alleged")
    d.ev("No persons were charged during the year in connection with the 2006 bombings",
         "charge", Y, polarity="negated")
    d.ev("No persons were charged during the year in connection with the 2006 bombings",
         "attack_or_threat", "2006")
    d.ev("There continued to be reports of killings of individuals accused of sorcery",
         "killing", Y, polarity="alleged")
    d.ev("Incidents included a January 11 killing", "killing", "2007-01-11",
         place="Bujumbura Rural Province")
    d.ev("Incidents included a January 11 killing", "killing", "2007-01-18",
         place="Ruyigi Province")
    d.ev("Incidents included a January 11 killing", "killing", "2007-05-29", place="Ntega")
    d.ev("Incidents included a January 11 killing", "killing", "2007-08-18", place="Kirundo")
    d.fig("Incidents included a January 11 killing", 2, "persons killed in Ntega")
    d.fig("Incidents included a January 11 killing", 3, "persons killed in Kirundu Province")
    d.ev("Despite a 2006 announcement by the president", "other", "2006")
    # "took no action against" persons: a negated charge (settled 2026-12-06; t-tfixB).
    d.ev("Despite a 2006 announcement by the president", "charge", Y, polarity="negated")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no confirmed reports of politically motivated disappearances", "other", Y,
         polarity="negated")
    d.ev("reported that no detainees were missing", "other", Y, polarity="negated",
         source="APRODH")
    d.ev("the whereabouts of the 10 detainees missing in 2006", "other", "2006")
    d.fig("the whereabouts of the 10 detainees missing in 2006", 10, "detainees missing since 2006")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("reported that members of the security forces beat and tortured", "torture_or_abuse", Y,
         source="UN, HRW, League Iteka, APRODH")
    d.ev("On August 17, in Bururi Province", "attack_or_threat", "2007-08-17",
         place="Bururi Province")
    d.fig("On August 17, in Bururi Province", 7, "persons shot by a policeman")
    d.fig("On August 17, in Bururi Province", 2, "persons injured by a policeman")
    d.ev("Authorities arrested the police officer, and", "detention_or_arrest", Y)
    d.ev("in March in Bujumbura Rural Province, an FDN soldier raped", "torture_or_abuse",
         "2007-03", source="BINUB", place="Bujumbura Rural Province")
    d.ev("On April 11, an FDN soldier raped", "torture_or_abuse", "2007-04-11",
         place="Makamba Province")
    d.ev("On April 11, an FDN soldier raped", "torture_or_abuse", "2007-04-18",
         place="Muyinga Province")
    d.ev("In all three incidents, police arrested", "detention_or_arrest", Y)
    d.fig("In all three incidents, police arrested", 3, "rape incidents with soldiers arrested")
    d.ev("courts tried and sentenced two FDN soldiers", "conviction_or_sentence", Y,
         penalty=("prison", 20, "years", "20 years' imprisonment"))
    d.fig("courts tried and sentenced two FDN soldiers", 2, "FDN soldiers sentenced for rape")
    d.ev("regarding the 2005 rape of a woman by two men", "torture_or_abuse", "2005")
    d.fig("regarding the 2005 rape of a woman by two men", 2, "men who raped a woman (2005)")
    d.ev("in the 2005 beating of a man by the FDN", "torture_or_abuse", "2005")
    d.fig("in the 2005 beating of a man by the FDN", 5, "brick masons beaten")
    d.ev("On July 20, unknown perpetrators launched grenades", "attack_or_threat", "2007-07-20")
    d.fig("On July 20, unknown perpetrators launched grenades", 5,
          "politicians whose homes were attacked")
    d.fig("On July 20, unknown perpetrators launched grenades", 3, "persons injured")
    d.ev("On July 28, in Bururi grenade attacks", "attack_or_threat", "2007-07-28",
         place="Bururi Province")
    d.fig("On July 28, in Bururi grenade attacks", 2, "individuals injured")
    d.ev("Other grenade attacks were reported in Ngozi", "attack_or_threat", Y)
    d.ev("no arrests had been made for any of the grenade attacks", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("there were no reports of injuries from unexploded ordnance", "other", Y,
         polarity="negated")
    d.fig("7,594 persons were held in facilities", 7594, "persons held in prisons",
          source="Ministry of Justice")
    d.fig("7,594 persons were held in facilities", 4050, "prison capacity (prisoners)",
          source="Ministry of Justice")
    d.ev("prisoners died as a result of disease", "death_in_custody", Y,
         source="officials and human rights observers")
    d.ev("APRODH reported numerous cases of torture and abuse", "torture_or_abuse", Y,
         source="APRODH")
    d.fig("Each prison had one qualified nurse", 1, "qualified nurses per prison")
    d.fig("received 450 grams of food per day", 450, "food per prisoner per day", unit="grams")
    d.ev("there were no official reports of abuse of prisoners", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("APRODH acknowledged numerous unofficial reports", "torture_or_abuse", Y,
         polarity="alleged", source="APRODH")
    d.fig("There were 400 communal lockups", 400, "communal lockups")
    d.prov("There were 400 communal lockups", "time_limit", 1, "weeks", "no longer than one week",
           "detention in communal lockups")
    d.fig("there were 332 children in prisons", 332, "children in prisons",
          source="Ministry of Justice")
    d.fig("there were 332 children in prisons", 79, "infants accompanying convicted mothers",
          source="Ministry of Justice")
    d.ev("According to a March HRW report", "report_published", "2007-03", source="HRW")
    d.ev("the UN documented some cases of sexual abuse", "torture_or_abuse", Y, source="UN")
    d.ev("the government released dozens of child soldiers", "release", Y)
    d.ev("the government permitted some visits by international", "other", Y)
    d.ev("there were no reports that authorities denied HRW", "other", Y, polarity="negated")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("but security forces arbitrarily arrested and detained persons", "detention_or_arrest",
         Y)
    # t-gold22, settled 2026-12-17 (4): a standing function with a taxonomy verb on a class of matters
    d.ev("An internal affairs unit within the police force investigated crimes", "investigation", "2007")
    d.ev("provided human rights training to the police", "other", Y)
    d.ev("authorities arrested and incarcerated more than 150 police", "detention_or_arrest", Y)
    d.fig("authorities arrested and incarcerated more than 150 police", 150,
          "police arrested for abuses", "more than")
    d.fig("authorities arrested and incarcerated more than 150 police", 100,
          "police under threat of suspension")
    d.ev("A police officer arrested in September 2006", "detention_or_arrest", "2006-09")
    d.ev("A police officer arrested in September 2006", "release", Y)
    d.fig("A police officer arrested in September 2006", 10, "suspected FNL collaborators killed",
          "more than")
    d.prov("submit a written report to a magistrate within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "written report to a magistrate after a warrantless arrest")
    d.prov("appear in court within seven days of arrest", "time_limit", 7, "days",
           "within seven days of arrest", "charge and court appearance")
    d.prov("initially for seven days", "time_limit", 7, "days", "initially for seven days",
           "detention confirmed by a magistrate")
    d.prov("initially for seven days", "time_limit", 7, "days",
           "one additional period of seven days", "extension of detention")
    d.prov("advising the Ministry of Justice within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "notice of detention to the Ministry of Justice")
    # "multiple sources reported that it occurred": a report of a phenomenon, no actor and no
    # instance, is a trend, no event (settled 2026-12-08; t-tfixB removed the record).
    d.ev("the government had released more than 900 prisoners", "release", Y,
         date_end="2007-09", source="APRODH and League Iteka")
    d.fig("the government had released more than 900 prisoners", 900, "prisoners released",
          "more than", source="APRODH and League Iteka")
    d.ev("there were no reports of politically motivated arrests", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("the government released five of the seven political figures", "release", Y)
    d.ev("the government released five of the seven political figures", "detention_or_arrest",
         "2006-07", date_end="2006-08")
    d.fig("the government released five of the seven political figures", 5,
          "political figures released")
    d.fig("the government released five of the seven political figures", 7,
          "political figures arrested in 2006")
    d.ev("On April 27, police arrested CNDD-FDD party chairman", "detention_or_arrest",
         "2007-04-27")
    d.ev("SNR arbitrarily detained four suspected FNL", "detention_or_arrest", Y,
         source="APRODH")
    d.ev("SNR arbitrarily detained four suspected FNL", "detention_or_arrest", "2006",
         source="APRODH")
    d.fig("SNR arbitrarily detained four suspected FNL", 4, "suspected FNL rebels detained by SNR",
          source="APRODH")
    d.fig("SNR arbitrarily detained four suspected FNL", 200, "SNR detentions in 2006",
          source="APRODH")
    d.ev("The four were later released", "release", Y)
    d.fig("The four were later released", 4, "detainees released")
    d.ev("On October 6, police briefly detained", "detention_or_arrest", "2007-10-06")
    d.ev("There were no reports that security forces arrested other elected officials",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("no reports of the SNR carrying out mass arrests", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("The government released the remaining detainees from the group", "release", Y)
    d.ev("The government released the remaining detainees from the group",
         "detention_or_arrest", "2006", place="Kigobe")
    d.fig("The government released the remaining detainees from the group", 100,
          "individuals detained in 2006 at Kigobe", "approximately")
    d.ev("Security forces arbitrarily detained journalists", "detention_or_arrest", Y)
    d.fig("5,280 persons, or 72 percent", 5280, "prisoners not convicted (pretrial)",
          source="Ministry of Justice")
    d.fig("5,280 persons, or 72 percent", 72, "share of prison population not convicted",
          unit="percent", source="Ministry of Justice")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("noted that no improvements were made in the judiciary", "other", Y, polarity="negated",
         source="Burundian Attorney's Association")
    d.fig("one existed in each of the country's five military districts", 5, "military districts")
    d.ev("President Nkurunziza met with leaders of the Ubashingantahe", "other", Y)
    d.ev("there were no reports of magistrates being instructed", "other", Y, polarity="negated",
         source="APRODH and League Iteka")
    d.ev("there were no reports that magistrates were instructed", "other", Y,
         polarity="negated")
    d.ev("the president appointed several judges from the Hutu majority", "other", Y)
    d.prov("seven-person panel of four citizens", "requirement", 7, "persons",
           "seven-person panel", "capital punishment cases")
    d.prov("seven-person panel of four citizens", "requirement", 4, "citizens", "four citizens",
           "capital punishment panel")
    d.prov("seven-person panel of four citizens", "requirement", 3, "judges",
           "three magistrate judges", "capital punishment panel")
    d.fig("there were only 90 registered lawyers", 90, "registered lawyers")
    d.fig("travel more than 30 miles to reach a court", 30, "distance to a court", "more than",
          unit="miles")
    d.prov("Defendants in military courts are allowed only one appeal", "right", 1, "appeals",
           "only one appeal", "defendants in military courts")
    d.fig("there were an estimated 190-200 political prisoners", 190, "political prisoners",
          "approximately", source="APRODH", value_end=200)
    d.fig("there were an estimated 190-200 political prisoners", 500,
          "political prisoners at the end of 2006", "approximately", source="APRODH")
    d.ev("On April 4, President Nkurunziza pardoned", "release", "2007-04-04")
    d.fig("On April 4, President Nkurunziza pardoned", 400, "political prisoners pardoned")
    d.ev("on June 26 released an additional 461", "release", "2007-06-26")
    d.fig("on June 26 released an additional 461", 461, "political prisoners released")
    d.ev("In 2005, following the appointment of a commission", "release", "2005")
    d.prov("In 2005, following the appointment of a commission", "threshold", 2, "years",
           "more than two years without charge", "conditional release of political prisoners")
    d.ev("The government also released prisoners who had served", "release", "2005")
    d.prov("The government also released prisoners who had served", "threshold", 0.25,
           "share of sentence", "at least one-quarter of their sentences",
           "release of prisoners")
    d.ev("the government released 3,614 political prisoners during 2006", "release", "2006",
         source="Ministry of Justice")
    d.fig("the government released 3,614 political prisoners during 2006", 3614,
          "political prisoners released in 2006", source="Ministry of Justice")
    d.ev("In 2006 three NGOs brought a case", "other", "2006")
    d.fig("In 2006 three NGOs brought a case", 3, "NGOs that brought a case")
    d.ev("The court ruled that the NGOs were not qualified", "other", "2006")
    d.ev("in 2006 the government launched a sensitization campaign", "other", "2006")
    d.ev("On January 16, the Supreme Court ordered the release", "release", "2007-01-16")
    d.ev("On January 16, the Supreme Court ordered the release", "detention_or_arrest", "2006-08")
    d.fig("On January 16, the Supreme Court ordered the release", 5,
          "individuals ordered released")
    d.fig("On January 16, the Supreme Court ordered the release", 3,
          "others arrested with them")
    d.ev("despite a Supreme Court order in October 2006", "other", "2006-10")
    d.fig("despite a Supreme Court order in October 2006", 5, "individuals held")
    d.ev("Three of the detainees were released in January", "release", "2007-01")
    d.fig("Three of the detainees were released in January", 3, "detainees released")
    d.fig("The other two individuals were serving", 2, "individuals still serving sentences")
    d.ev("In August 2006 the government acknowledged", "torture_or_abuse", "2006-08",
         source="government")
    # A declaration condemning beatings and calling for prosecutions is a reaction: `other`
    # (settled 2026-12-06; t-tfixB retyped it from report_published).
    d.ev("jointly issued a declaration in 2006", "other", "2006",
         source="local and international NGOs, HRW")
    d.ev("On April 27, authorities arrested former president of the CNDD-FDD",
         "detention_or_arrest", "2007-04-27")
    d.ev("the 2006 trial of alleged coup plotters", "trial", "2006")
    d.fig("the 2006 trial of alleged coup plotters", 7, "detainees in the 2006 coup trial")

    # --- 1.f ---
    d.sec("1.f")
    # Looting and raids on property are `other` (settled 2026-12-06; t-tfixB retyped).
    d.ev("there were no reports that security forces looted and destroyed", "other",
         Y, polarity="negated")
    d.ev("There also were no reports that security forces followed", "surveillance", Y,
         polarity="negated")

    # --- 1.g ---
    d.sec("1.g")
    d.ev("The government concluded a cease-fire agreement with the FNL in September 2006",
         "other", "2006-09")
    d.fig("The government concluded a cease-fire agreement with the FNL in September 2006", 1,
          "reports of fighting since the cease-fire")
    d.ev("On December 28, PALIPEHUTU-FNL forces attacked", "attack_or_threat", "2007-12-28",
         place="Bubanza Province")
    d.fig("On December 28, PALIPEHUTU-FNL forces attacked", 3, "military positions attacked")
    d.fig("On December 28, PALIPEHUTU-FNL forces attacked", 1, "government soldiers killed")
    # The December 28 episode: no civilian casualties. t-gold26: a negation is not dated by the
    # episode ("Dating by episode", its exclusions; settled 2026-12-13): the report year.
    d.ev("There were no reported civilian casualties", "killing", Y,
         polarity="negated")
    d.ev("An estimated 250,000 persons", "killing", "1993", date_end=Y)
    d.ev("An estimated 250,000 persons", "other", "2006-09")
    d.fig("An estimated 250,000 persons", 250000, "persons killed in conflict since 1993",
          "approximately")
    d.ev("There were no reports that rebel forces punished members", "other", Y,
         polarity="negated")
    d.ev("for 2005 and 2004 killings", "killing", "2005")
    d.ev("for 2005 and 2004 killings", "killing", "2004")
    # "No actions were taken against" persons: a negated charge (settled 2026-12-06; t-tfixB).
    d.ev("for 2005 and 2004 killings", "charge", Y, polarity="negated")
    d.ev("during the year security forces killed 20 civilians", "killing", Y, source="UN")
    d.fig("during the year security forces killed 20 civilians", 20,
          "civilians killed by security forces", source="UN")
    d.fig("during the year security forces killed 20 civilians", 9, "civilians killed by the FDN",
          source="UN")
    d.fig("during the year security forces killed 20 civilians", 9,
          "civilians killed by the police", source="UN")
    d.fig("during the year security forces killed 20 civilians", 2, "civilians killed by the SNR",
          source="UN")
    d.ev("On January 4, police officers in Vumbi", "killing", "2007-01-04", place="Vumbi")
    d.fig("On January 4, police officers in Vumbi", 2, "civilians killed")
    d.ev("In March a member of the FDN killed a civilian", "killing", "2007-03")
    d.ev("In May the FDN killed three individuals", "killing", "2007-05")
    d.fig("In May the FDN killed three individuals", 3, "individuals killed")
    d.ev("in the July 2006 killings of 16 persons", "killing", "2006-07", place="Muyinga Province")
    d.fig("in the July 2006 killings of 16 persons", 16, "persons killed (July 2006)")
    d.ev("no such investigation had been conducted by year's end", "investigation", Y,
         polarity="negated")
    d.fig("no such investigation had been conducted by year's end", 16, "persons killed",
          source="Amnesty International")
    d.ev("Three middle-ranking members of the military", "detention_or_arrest", "2006")
    d.ev("Three middle-ranking members of the military", "detention_or_arrest", Y,
         polarity="negated")
    d.fig("Three middle-ranking members of the military", 3, "military members arrested")
    d.fig("at least 10 members of the military participated", 10,
          "military members who participated in the killings", "at least",
          source="UN Human Rights Council")
    d.ev("arrested in September 2006 for allegedly killing 15", "detention_or_arrest", "2006-09")
    d.ev("arrested in September 2006 for allegedly killing 15", "release", Y)
    d.fig("arrested in September 2006 for allegedly killing 15", 15,
          "persons allegedly killed by an SNR officer")
    d.ev("Rebel forces were responsible for numerous killings", "killing", Y)
    d.ev("In March a man in Ngozi Province", "killing", "2007-03", place="Ngozi Province")
    d.ev("In April a child was killed in Ngozi Province", "killing", "2007-04",
         place="Ngozi Province")
    d.ev("Armed bandits killed civilians who refused", "killing", Y)
    d.ev("in the February 2006 killing of a woman", "killing", "2006-02")
    d.ev("approximately 20 members of the FNL abducted", "other", "2006-02")
    d.fig("approximately 20 members of the FNL abducted", 20, "FNL members in the abduction",
          "approximately")
    # A body found is `other` unless the sentence says the person was killed (settled
    # 2026-12-08; t-tfixB retyped).
    d.ev("In February 2006 the woman's badly mutilated body", "other", "2006-02")
    d.ev("There were no reports that the government agents abducted", "other", Y,
         polarity="negated")
    d.ev("There were no reports that the government agents abducted", "other", "2007-09")
    # t-conv15 settlement: a release of the same person is a step of another kind, no date of its
    # own -> report year (Settled 2026-12-13; "Dating by episode", later steps).
    d.ev("The officer was released when police arrived", "release", Y)
    d.ev("Security force abuse occurred, although", "torture_or_abuse", Y)
    d.ev("there were no reports that the SNR tortured detainees", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("In 2006 the SNR torture of suspected FNL members", "death_in_custody", "2006")
    d.ev("No action was taken against any SNR officer", "charge", Y,
         polarity="negated")  # no action against persons: a negated charge (t-tfixB)
    d.ev("Three men accused by police in May 2006", "charge", "2006-05")
    d.fig("Three men accused by police in May 2006", 3, "men accused of collaborating with the FNL")
    d.ev("There were a few reports of security force rape", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("on January 11, a soldier was accused of raping", "torture_or_abuse", "2007-01-11",
         polarity="alleged", place="Bujumbura Rural Province")
    d.ev("in the September 2005 incident in which a uniformed police", "torture_or_abuse",
         "2005-09", place="Gihanga Commune")
    d.ev("There were reports that government forces looted homes", "other", Y,
         polarity="alleged")  # looting: `other` (t-tfixB)
    d.ev("Unlike in 2006 there were no reports of deaths or injuries", "killing", Y,
         polarity="negated")
    d.ev("89 percent of the country had been cleared", "other", Y,
         source="Swiss Foundation for Mine Action")
    d.fig("89 percent of the country had been cleared", 89, "share of the country cleared of mines",
          unit="percent", source="Swiss Foundation for Mine Action")
    d.fig("89 percent of the country had been cleared", 2000, "explosive devices uncovered",
          "approximately", source="Swiss Foundation for Mine Action")
    d.fig("89 percent of the country had been cleared", 3, "antipersonnel landmines uncovered",
          source="Swiss Foundation for Mine Action")
    d.ev("rebel combatants continued to commit numerous serious abuses", "torture_or_abuse", Y,
         place="Bujumbura Rural Province")
    d.ev("On July 11, local media reported that the FNL tortured", "torture_or_abuse",
         "2007-07-11", source="local media")
    d.fig("On July 11, local media reported that the FNL tortured", 220,
          "money the orphan allegedly stole", unit="USD")
    d.fig("On July 11, local media reported that the FNL tortured", 200000,
          "money the orphan allegedly stole", unit="BIF")
    d.ev("The FNL looted homes during the year", "other", Y)  # looting: `other` (t-tfixB)
    d.prov("the minimum age for military recruitment is 16", "threshold", 16, "age",
           "16 (minimum age)", "military recruitment")
    d.ev("demobilized approximately 3,041 child soldiers", "other", Y)
    d.fig("demobilized approximately 3,041 child soldiers", 3041, "child soldiers demobilized",
          "approximately")
    d.ev("HRW reported only one incident of a child soldier", "other", Y, source="HRW")
    d.fig("HRW reported only one incident of a child soldier", 1,
          "incidents of a child soldier in the FDN", source="HRW")
    d.ev("UNICEF confirmed the presence of 129 child soldiers", "other", "2007-12",
         source="UNICEF")
    d.fig("UNICEF confirmed the presence of 129 child soldiers", 129,
          "child soldiers in an FNL camp", source="UNICEF")
    d.ev("25 were released in February", "release", "2007-02")
    d.ev("25 were released in February", "release", Y)
    d.fig("25 were released in February", 65, "former FNL soldiers in government custody")
    d.fig("25 were released in February", 25, "former FNL soldiers released in February")
    d.fig("25 were released in February", 40, "former FNL soldiers released later")
    d.ev("In September over 700 families fled", "other", "2007-09", place="Bubanza Province")
    d.fig("In September over 700 families fled", 700, "families who fled their homes", "more than")
    d.ev("on September 3 and 4, over 5,000 persons fled", "other", "2007-09-03",
         date_end="2007-09-04", place="Bujumbura")
    d.fig("on September 3 and 4, over 5,000 persons fled", 5000, "persons who fled their homes",
          "more than")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("Unlike in 2006 there were no reports that journalists were arrested",
         "detention_or_arrest", Y, polarity="negated")
    d.fig("There were six private weekly publications", 6, "private weekly publications")
    d.fig("There were six private weekly publications", 11,
          "Internet and fax-based news sheets")
    d.fig("There were nine privately owned radio stations", 9, "privately owned radio stations")
    d.prov("criminal penalties of six months", "penalty", 6, "months",
           "six months' to five years' imprisonment", "insulting the president; defamation")
    # t-agree2: a journalist summoned is `other` (settled 2026-12-16, pressure on the press).
    d.ev("On October 18, the public prosecutor of Bujumbura summoned", "other",
         "2007-10-18")
    d.ev("After four hours Nsabimana was released", "release", "2007-10-18",
         duration=(4, "hours", "After four hours"))
    d.ev("In January editor Serge Nibizi", "acquittal", "2007-01")
    d.ev("In November 2006 authorities arrested and charged them", "detention_or_arrest",
         "2006-11")
    d.ev("In the same month, authorities arrested Matthias Manirakiza", "detention_or_arrest",
         "2006-11")
    d.ev("there were no reports that the government used direct censorship",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("There were no reports of government restrictions on access to the Internet",
         "censorship_or_blocking", Y, polarity="negated")
    # t-conv16 settlement (t-tfix17): "There were no government restrictions on academic
    # freedom or cultural events" is a state, no event (negated censorship_or_blocking
    # removed).

    # --- 2.b ---
    d.sec("2.b")
    d.ev("the former ruling party UPRONA faced temporary suspension", "other", Y)
    d.ev("police surrounded UPRONA's party headquarters", "attack_or_threat", Y)
    d.ev("the UPRONA president was detained for two hours", "detention_or_arrest", Y,
         duration=(2, "hours", "for two hours"))
    d.ev("The government released the 14 FRODEBU members", "release", Y)
    d.ev("The government released the 14 FRODEBU members", "detention_or_arrest", "2006")
    d.fig("The government released the 14 FRODEBU members", 14, "FRODEBU members released")
    d.ev("There were no reports that the government failed to complete the approval",
         "registration_decision", Y, polarity="negated")

    # --- 2.c ---
    d.sec("2.c")
    d.ev("there were no reports of anti-Semitic acts", "attack_or_threat", Y, polarity="negated")
    d.ev("There were no arrests in the September 2006 burning", "attack_or_threat", "2006-09",
         place="Bubanza Province")
    d.fig("There were no arrests in the September 2006 burning", 2, "churches burned")

    # --- 2.d ---
    d.sec("2.d")
    d.ev("the government did not deny human rights observers access", "other", Y,
         polarity="negated")
    d.ev("During the year several high profile refugees returned", "other", Y)
    d.ev("In 2005 the governments of Rwanda and Burundi signed", "other", "2005")
    d.fig("In 2005 the governments of Rwanda and Burundi signed", 4000,
          "Burundian refugees in Rwanda to be repatriated", "approximately")
    # A count of occurrences up to an as-of date is an event of the year (settled 2026-12-06;
    # t-tfixB).
    d.ev("By year's end an estimated 2,000 had voluntarily returned", "other", Y)
    d.fig("By year's end an estimated 2,000 had voluntarily returned", 2000,
          "refugees returned from Rwanda", "approximately")
    d.fig("By year's end an estimated 2,000 had voluntarily returned", 2000,
          "refugees remaining in Rwanda", "approximately")
    d.ev("the UNHCR facilitated the voluntary repatriation of approximately 15,000", "other", Y,
         source="UNHCR")
    d.fig("the UNHCR facilitated the voluntary repatriation of approximately 15,000", 15000,
          "Burundian refugees repatriated", "approximately")
    d.fig("there were approximately 100,000 long-term IDPs", 100000, "long-term IDPs",
          "approximately", source="UNOCHA")
    d.fig("there were approximately 100,000 long-term IDPs", 160, "IDP sites", source="UNOCHA")
    d.ev("Most were Tutsis displaced by violence in 1993", "other", "1993")
    d.fig("91 percent of the IDPs were able", 91, "IDPs able to farm", unit="percent",
          source="UNOCHA")
    d.fig("91 percent of the IDPs were able", 78, "of those, IDPs with access to their lands",
          unit="percent", source="UNOCHA")
    d.fig("18.5 percent of the IDPs were former refugees", 18.5,
          "IDPs who were former refugees (south and east)", unit="percent")
    d.ev("By year's end the IDPs who protested in Bujumbura in 2005", "protest", "2005",
         place="Bujumbura")
    # The letter not given by year's end: a negated step (settled 2026-12-06; t-tfixB).
    d.ev("By year's end the IDPs who protested in Bujumbura in 2005", "other", Y,
         polarity="negated")
    d.ev("granted refugee status and asylum to more than 31,000", "asylum_or_citizenship_decision",
         Y)
    d.fig("granted refugee status and asylum to more than 31,000", 31000,
          "persons granted refugee status or asylum", "more than")
    d.fig("there were approximately 31,000 Congolese refugees", 31000, "Congolese refugees",
          "approximately", source="UNHCR")
    d.fig("there were approximately 31,000 Congolese refugees", 282, "Rwandan asylum seekers",
          source="UNHCR")
    d.fig("Of the Congolese, more than 11,000 were sheltered", 11000,
          "Congolese refugees in camps", "more than")
    d.fig("Of the Congolese, more than 11,000 were sheltered", 3, "UNHCR-run refugee camps")
    d.fig("there were more than 11,000 Congolese refugees integrated", 11000,
          "Congolese refugees in urban centers", "more than")
    d.fig("Approximately 23,500 received UNHCR assistance", 23500,
          "refugees receiving UNHCR assistance", "approximately")
    d.ev("During the year the government provided protection to certain individuals",
         "asylum_or_citizenship_decision", Y)
    d.ev("In April 2005 the minister of justice said", "other", "2005-04")
    d.ev("In April 2005 the minister of justice said", "killing", "2004", place="Gatumba")
    d.ev("In April 2005 the minister of justice said", "report_published", Y, polarity="negated")
    d.fig("In April 2005 the minister of justice said", 152, "Tutsi refugees massacred")
    d.ev("In July 2006 the government appointed a commission", "other", "2006-07")
    d.fig("In July 2006 the government appointed a commission", 378000,
          "Burundian refugees repatriated since 2002", "approximately")
    d.ev("During the year NGOs conducted a workshop", "other", Y, place="Bujumbura")

    # --- 3 ---
    d.sec("3")
    d.ev("In August 2005, through an indirect ballot", "election_or_referendum", "2005-08")
    d.ev("The legislature elected sole candidate", "election_or_referendum", "2005-08")
    d.ev("followed communal and legislative elections in June and July 2005",
         "election_or_referendum", "2005-06", date_end="2005-07")
    d.fig("During the year there were 34 recognized political parties", 34,
          "recognized political parties")
    d.ev("On August 22, tensions between political parties", "attack_or_threat", "2007-08-22")
    # "accused X of <gerund of a taxonomy act>": an alleged event of that act (settled
    # 2026-12-06; t-tfixB retyped it from `other`).
    # t-gold20, settled 2026-12-16 (2): "several days earlier" than the August 22 siege -> the
    # month
    d.ev("Cimpaye had accused the ruling party", "attack_or_threat", "2007-08", polarity="alleged")
    d.fig("Cimpaye had accused the ruling party", 5, "grenade attacks on opposition homes")
    d.ev("Cimapye remained at large until October 6", "detention_or_arrest", "2007-10-06",
         duration=(2, "hours", "releasing him two hours later"))
    d.prov("The constitution reserves 30 percent", "requirement", 30, "percent", "30 percent",
           "seats and positions reserved for women")
    d.fig("There were 37 women in the 118-seat", 37, "women in the National Assembly")
    d.fig("There were 37 women in the 118-seat", 118, "seats in the National Assembly")
    d.fig("There were 37 women in the 118-seat", 17, "women in the Senate")
    d.fig("There were 37 women in the 118-seat", 49, "seats in the Senate")
    d.fig("There were 37 women in the 118-seat", 6, "ministerial seats held by women")
    d.fig("There were 37 women in the 118-seat", 24, "ministerial seats")
    d.prov("requires that 60 percent of seats", "requirement", 60, "percent", "60 percent",
           "National Assembly seats filled by Hutus")
    d.prov("requires that 60 percent of seats", "requirement", 40, "percent", "40 percent",
           "National Assembly seats filled by Tutsis")
    d.fig("requires that 60 percent of seats", 15, "Tutsis' share of the citizenry",
          "approximately", unit="percent")
    d.fig("makes up less than 1 percent of the population", 1, "Batwa share of the population",
          "fewer than", unit="percent")
    d.prov("makes up less than 1 percent of the population", "right", 3, "seats",
           "three seats in the senate", "Batwa representation in the Senate")
    # "a 2003 law granting provisional immunity": a law named with its year and told as a rule
    # is a label (settled 2026-12-07); t-tfixB removed the 2003 `law_or_decree` event.
    d.ev("In December 2006 the domestic NGO Observatory", "report_published", "2006-12",
         source="Observatory for the Struggle against Economic Corruption and Embezzlement")
    d.fig("In December 2006 the domestic NGO Observatory", 169100000,
          "state losses to corruption since 2000", unit="USD",
          source="Observatory for the Struggle against Economic Corruption and Embezzlement")
    d.fig("In December 2006 the domestic NGO Observatory", 186000000000,
          "state losses to corruption since 2000", unit="BIF",
          source="Observatory for the Struggle against Economic Corruption and Embezzlement")
    d.ev("In August police arrested Central Bank Governor", "detention_or_arrest", "2007-08")
    d.fig("In August police arrested Central Bank Governor", 17000000,
          "funds transferred to Interpetrol", "more than", unit="USD")
    d.fig("In August police arrested Central Bank Governor", 17000000000,
          "funds transferred to Interpetrol", "more than", unit="BIF")
    d.ev("no parliamentary commissions of inquiry were launched", "investigation", Y,
         polarity="negated")
    d.ev("In 2006 the government replaced the Ministry of Good Governance", "other", "2006")
    d.ev("33 of the 50 IGF staff were dispatched", "other", Y)
    d.fig("33 of the 50 IGF staff were dispatched", 33, "IGF staff dispatched to the provinces")
    d.fig("33 of the 50 IGF staff were dispatched", 50, "IGF staff")
    d.ev("In January a Belgian auditing firm", "report_published", "2007-01",
         source="Decision Analysis Partners")
    d.ev("In January a Belgian auditing firm", "other", "2006")
    d.ev("President Nkurunziza subsequently created a special commission", "other", Y)
    d.ev("President Nkurunziza subsequently created a special commission", "other", "2007-06")
    d.ev("by year's end no commission had been established, primarily", "other", Y,
         polarity="negated")
    d.ev("in the 2005 corruption case against former officials", "charge", "2005")
    d.fig("in the 2005 corruption case against former officials", 4000000,
          "government debt paid to Lubelski's heirs", "approximately", unit="USD")
    d.fig("in the 2005 corruption case against former officials", 4400000000,
          "government debt paid to Lubelski's heirs", "approximately", unit="BIF")

    # --- 4 ---
    d.sec("4")
    d.ev("there were no reports that security forces arrested, threatened",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("There also were no reports that the president asked for the recall", "other", Y,
         polarity="negated")
    # Criticism of regulations in general is no event (settled 2026-12-06); t-tfixB removed the
    # 2006 `other` event of "said the country's regulations bordered on interference".
    d.fig("maintained a six-person observer team", 6, "UNHCHR observers in Ngozi")
    d.ev("In two separate reports, the UN Secretary General", "report_published", Y,
         source="UN Secretary General")
    d.fig("In two separate reports, the UN Secretary General", 2, "UNSYG reports")
    d.ev("the Gatumba and Muyinga massacres of 2004 and 2006", "killing", "2004", place="Gatumba")
    d.ev("the Gatumba and Muyinga massacres of 2004 and 2006", "killing", "2006",
         place="Muyinga Province")
    d.ev("completed consultations with the UNHCHR", "other", Y)
    d.ev("completed consultations with the UNHCHR", "law_or_decree", Y, polarity="negated")
    d.ev("neither an International Commission of Judicial Inquiry", "other", Y,
         polarity="negated")
    d.ev("since it gained its independence in 1962", "other", "1962")
    d.ev("On September 27, President Nkurunziza announced", "other", "2007-09-27")
    # t-conv18 settlement (S6a): the undated act under a dated reporting verb takes its date (the committee being formed;
    # was report_published)
    d.ev("On October 4, the UN reported", "other", "2007-10-04", source="UN")
    d.fig("On October 4, the UN reported", 6, "steering committee members")
    d.fig("On October 4, the UN reported", 2, "members appointed by the government")
    d.fig("On October 4, the UN reported", 2, "members from civil society")
    d.fig("On October 4, the UN reported", 2, "members from the UN system")

    # --- 5 ---
    d.sec("5")
    d.prov("punishable by up to 20 years' imprisonment", "penalty", 20, "years",
           "up to 20 years' imprisonment", "rape")
    d.fig("received an average of 115 rape victims", 115, "rape victims received per month",
          source="MSF")
    # A count over a stated period is an event of that period (settled 2026-12-06; t-tfixB).
    d.ev("MSF reported 1,435 cases of sexual violence", "torture_or_abuse", Y, source="MSF")
    d.fig("MSF reported 1,435 cases of sexual violence", 1435, "cases of sexual violence",
          source="MSF")
    d.fig("MSF reported 1,435 cases of sexual violence", 14,
          "share of cases involving children under five", unit="percent", source="MSF")
    d.fig("approximately 65 percent of reported rapes", 65,
          "reported rapes of children aged 17 and under", "approximately", unit="percent",
          source="BINUB")
    d.fig("only 10 to 15 percent of reported rape victims", 10,
          "rape victims who initiated legal proceedings", unit="percent", value_end=15)
    d.ev("in January the police released a man in Makamba Province", "release", "2007-01",
         place="Makamba Province")
    d.fig("in January the police released a man in Makamba Province", 5,
          "granddaughters allegedly raped")
    d.ev("After his release, community members threatened", "attack_or_threat", Y)
    d.ev("In August family and neighbors in Buyenyero", "other", "2007-08", place="Buyenyero")
    # Awareness raised through seminars, simple past, no date: a campaign of the year (settled
    # 2026-12-06; t-tfixB).
    d.ev("The government also raised awareness of the problem", "other", Y)
    d.ev("A June 2006 report stated", "report_published", "2006-06")
    d.ev("the police investigated 154 cases of domestic abuse", "investigation", Y,
         date_end="2007-08", source="MSF")
    d.fig("the police investigated 154 cases of domestic abuse", 154,
          "domestic abuse cases investigated", source="MSF")
    d.fig("the police investigated 154 cases of domestic abuse", 67,
          "cases still under investigation", source="MSF")
    d.fig("the police investigated 154 cases of domestic abuse", 87,
          "cases awaiting judgment", source="MSF")
    d.ev("There were no known prosecutions during the year", "trial", Y, polarity="negated")
    d.prov("The government requires a birth certificate", "threshold", 5, "age",
           "children under five", "free medical care with a birth certificate")
    d.prov("Schooling was compulsory up to age 12", "threshold", 12, "age", "up to age 12",
           "compulsory schooling")
    d.fig("Schooling was compulsory up to age 12", 10,
          "girls of secondary school age attending school", "approximately", unit="percent",
          source="UNICEF")
    d.fig("Schooling was compulsory up to age 12", 14,
          "secondary-school-age boys in school", "approximately", unit="percent",
          source="UNICEF")
    d.fig("Enrollment of girls in public schools", 40, "girls' enrollment in public schools",
          "approximately", unit="percent")
    d.fig("Enrollment of girls in public schools", 52, "girls among private school pupils",
          "approximately", unit="percent")
    d.fig("estimated that 60 percent of the country's school-age", 60,
          "school-age children illiterate", unit="percent", source="Maison Shalom")
    d.ev("all school fees were abolished in 2005", "law_or_decree", "2005")
    d.fig("More than 25 percent of primary schools", 25, "primary schools destroyed in the war",
          "more than", unit="percent")
    d.fig("20,000 children were living with HIV/AIDS", 20000, "children living with HIV/AIDS",
          source="UNICEF")
    d.fig("20,000 children were living with HIV/AIDS", 240000, "children orphaned by AIDS",
          "more than", source="UNICEF")
    d.ev("Although the 2006 cease-fire agreement", "other", "2006")
    d.fig("The total number of orphans from all causes", 836000, "orphans from all causes",
          "more than", source="National Council for the Fight Against HIV/AIDS")
    d.fig("an estimated 30,000 children were heads", 30000, "children heads of household",
          "approximately", source="government")
    d.ev("an increase of more than 60 percent from 2006 UNICEF", "report_published", "2006",
         source="UNICEF")
    d.fig("an increase of more than 60 percent from 2006 UNICEF", 60,
          "increase in child-headed households since 2006", "more than", unit="percent")
    d.fig("there were approximately 5,000 street children", 5000, "street children",
          "approximately", source="Ministry for National Solidarity, Human Rights, and Gender")
    d.ev("In July the government, in cooperation with Radio Isanganiro", "other", "2007-07")
    d.fig("A group of approximately 15 NGOs", 15, "NGOs working with street children",
          "approximately")
    d.ev("there were no arrests of alleged traffickers", "detention_or_arrest", Y,
         polarity="negated")
    d.fig("The brigade has conducted 10 successful prosecutions", 10,
          "successful prosecutions by the brigade")
    d.fig("six former rebel groups", 6, "former rebel groups")
    d.ev("there were no reports that the government failed to enforce this provision", "other",
         Y, polarity="negated")
    d.fig("who constituted an estimated 85 percent", 85, "Hutu share of the population",
          "approximately", unit="percent")
    d.ev("following the 2005 elections", "election_or_referendum", "2005")
    d.ev("During the year significant improvements were made", "other", Y)
    d.fig("was approximately 1 percent of the population", 1, "Batwa share of the population",
          "approximately", unit="percent")
    d.fig("Each of the country's 117 administrative districts", 117, "administrative districts")
    d.fig("allocates them approximately two acres", 2, "land allocated to Batwa farmers",
          "approximately", unit="acres")
    d.ev("There were no reports of government-sponsored discrimination", "other", Y,
         polarity="negated")
    # "took no steps to <aim>": the efforts rule, a negated event of the year (settled
    # 2026-12-08; t-tfixB).
    d.ev("The government took no steps to counter discrimination", "other", Y,
         polarity="negated")

    # --- 6 ---
    d.sec("6.a")
    d.prov("prevents workers under the age of 18", "threshold", 18, "age",
           "under the age of 18", "joining unions without parental consent")
    d.fig("less than 10 percent of the formal private sector", 10,
          "formal private sector workforce unionized", "fewer than", unit="percent",
          source="COSYBU")
    d.fig("less than 10 percent of the formal private sector", 50,
          "public sector unionized", "approximately", unit="percent", source="COSYBU")
    d.ev("Unlike in previous years there were no reports of government security agents",
         "other", Y, polarity="negated")
    d.sec("6.b")
    d.prov("six days' notice must be given", "requirement", 6, "days", "six days' notice",
           "strike notice")
    d.sec("6.c")
    # "there continued to be reports that it occurred": a report of a phenomenon, no event
    # (settled 2026-12-08; t-tfixB removed the record).
    d.ev("The government continued a program initiated in 2006", "other", "2006")
    d.ev("Unlike in previous years there were no reports of government security forces using",
         "other", Y, polarity="negated")
    d.ev("However, the FNL forced rural populations", "other", Y)
    d.sec("6.d")
    d.prov("children under the age of 18 cannot be employed", "threshold", 18, "age",
           "under the age of 18", "employment by an enterprise")
    d.prov("The legal age for most types of nondangerous labor is 18", "threshold", 18, "age",
           "is 18", "nondangerous labor")
    d.fig("approximately 400,000 children worked", 400000,
          "children working in agriculture, mining and brick-making", "approximately",
          source="UNICEF")
    d.ev("had conducted no child labor investigations", "investigation", Y, polarity="negated")
    # Training given, simple past, no date: `other` of the year (campaigns, settled 2026-12-06;
    # training, 2026-12-08; t-tfixB).
    d.ev("the government provided training for Ministry of Labor officials", "other", Y)
    d.sec("6.e")
    # A stated minimum wage is a figure, not a provision (settled 2026-12-06; t-tfixB turned
    # the two requirement provisions into figures).
    d.fig("continued to be $0.15 (160 francs) per day", 0.15,
          "legal minimum wage for unskilled workers per day", unit="USD")
    d.fig("continued to be $0.15 (160 francs) per day", 160,
          "legal minimum wage for unskilled workers per day", unit="BIF")
    d.fig("a minimum of roughly $1.40", 1.4, "daily pay of unskilled laborers in practice",
          "approximately", unit="USD")
    d.fig("a minimum of roughly $1.40", 1500, "daily pay of unskilled laborers in practice",
          "approximately", unit="BIF")
    d.prov("stipulates an eight-hour workday", "requirement", 8, "hours", "eight-hour workday",
           "workday")
    d.prov("stipulates an eight-hour workday", "requirement", 40, "hours", "40-hour workweek",
           "workweek")
    d.ev("there were no reports of complaints filed with the ministry during the year", "other",
         Y, polarity="negated")
    return d


DOCS = {"2006_republic-of-the-congo": congo, "2007_burundi": burundi}


if __name__ == "__main__":
    import build_shared_gold

    build_shared_gold.main(sys.argv[1:], DOCS)
