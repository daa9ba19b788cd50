"""Build the hand-made TEST gold file for Finland 2021 (a page of the public collection).

``2021_finland.jsonl`` annotates ``html/2021/finland.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2021/finland.html`` by ``scripts/collection.sh``: the
2021 edition, classic seven-section layout (Section 5 "Governmental Posture Towards
International ..."). Annotated BLIND (split ``test``): every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. Method of
``build_whole_gold_botswana2022.py`` (``CollectionTestDoc`` of ``collection_gold.py``, as
``build_whole_gold_brunei2016.py``). The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_finland2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_finland.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2021/finland.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4"]

FI = ("Republic of Finland", "Finland")
CPT = ("Committee for the Prevention of Torture", "CPT")
AI = "Amnesty International"
STATE = "Department of State"
ECHR = "European Court of Human Rights"
NBI = "National Bureau for Investigation"
UNHCR = ("Office of the UN High Commissioner for Refugees", "UNHCR")
MIGRI = "Finnish Immigration Service"


def common(d: CollectionTestDoc) -> None:
    d.ent("place", *FI)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("organization", "Eduskunta")
    d.ent("organization", "Finnish Customs")
    d.ent("organization", "Border Guard")
    d.ent("organization", "Defense Forces")
    d.ent("organization", "Ministry of the Interior")
    d.ent("organization", "Ministry of Defense")
    # the government appointed in 2019: an occurrence cited in a noun phrase with its year
    d.ev("approved by parliament and appointed by the president in 2019", "other", "2019")
    # the verdict on the elections, dated by the election it judges (one per date expression)
    B = "The parliamentary election in 2019 and the presidential election in 2018"
    d.ev(B, "other", "2019")
    d.ev(B, "other", "2018")
    d.ev("There were no reports that members of the security forces committed abuses.",
         "torture_or_abuse", Y, polarity="negated")
    # the list of issues: its one item names no occurrence
    d.ev("Significant issues included the existence of criminal libel laws.", "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government", "other", Y,
         polarity="negated")
    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    d.ev("There were no significant reports regarding prison or detention center", "other", Y,
         polarity="negated")
    d.ent("organization", "Council of Europe")
    d.ent("organization", *CPT)
    # police stations named by their towns: facilities, no place mention
    d.not_entity("Espoo, Haukipudas, Pasila, and Ylivieska police stations",
                 "Espoo, Kemijarvi, and Pasila police stations")
    d.ev("In its most recent report on May 5 on prison and detention center", "report_published",
         "2021-05-05", source="CPT")
    d.ent("organization", "Yle")
    d.ev("A review of instances of prisoner violence by the public broadcaster Yle",
         "report_published", "2021-07", source="Yle")
    d.ent("organization", AI)
    d.ent("organization", "World Health Organization")
    d.fig("the country’s vaccination rate among prisoners was 34.4 percent", 34.4,
          "vaccination rate among prisoners", unit="percent",
          source="World Health Organization")
    d.fig("Approximately 42 percent of the general population was fully vaccinated", 42,
          "share of the general population fully vaccinated", "approximately", unit="percent")
    d.ev("Authorities conducted investigations of credible allegations of mistreatment.",
         "investigation", Y)
    B = "On May 5, the CPT released the report on its most recent visit"
    d.ev(B, "report_published", "2021-05-05", source="CPT")
    d.ev(B, "other", "2020-09")

    d.sec("1.d")
    d.prov("Police must obtain a warrant within three days if an individual", "time_limit", 3,
           "days", "within three days", "warrant for an arrest in the act")
    d.prov("Arrested persons must receive a court hearing within three days", "time_limit", 3,
           "days", "within three days of arrest", "court hearing after arrest")
    d.ev("The May 5 CPT report noted that delays in notification of custody",
         "report_published", "2021-05-05", source="CPT")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")
    d.ent("organization", ECHR)
    d.ent("organization", STATE)
    d.not_entity("Terezin Declaration",
                 "Justice for Uncompensated Survivors Today (JUST) Act report to Congress")
    d.ev("Act report to Congress, released publicly in July 2020", "report_published",
         "2020-07", source=STATE)

    d.sec("1.f")
    d.ent("organization", "Office of the Deputy Data Protection Ombudsman")
    d.ent("organization", "National Police Board", "Police Board")
    d.ent("organization", NBI, "National Bureau of Investigation")
    d.ent("organization", "Child Sexual Exploitation Unit")
    d.ev("In September the Office of the Deputy Data Protection Ombudsman reprimanded",
         "other", "2021-09")
    d.ev("In response the National Bureau for Investigation said it would stop", "other", Y)


def section_2(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", "Finns Party")
    d.ent("person", "Sebastian Tynkkynen", "Tynkkynen")
    d.ent("organization", "Facebook")
    B = "On October 4, a court convicted Finns Party member of parliament"
    d.ev(B, "conviction_or_sentence", "2021-10-04")
    # the posts, an occurrence cited with its year in a noun phrase
    d.ev(B, "other", "2017")
    # the posts named again and told by a predicate of their own: their date
    d.ev("In the posts Tynkkynen published several pictures and texts", "other", "2017")
    # the rest of the October 4 verdict
    B = "The court sentenced Tynkkynen to fines totaling 4,410 euros"
    d.ev(B, "conviction_or_sentence", "2021-10-04")
    d.pen("fine", 4410, "EUR", "fines totaling 4,410 euros ($5,070)")
    d.fig(B, 4410, "fines imposed on Tynkkynen", unit="EUR")
    d.fig(B, 5070, "fines imposed on Tynkkynen in dollars", unit="USD")
    d.ent("organization", "Helsingin Sanomat")
    d.ent("person", "Laura Halminen")
    d.ent("person", "Tuomo Pietilainen")
    d.ent("person", "Kalle Silfverberg")
    d.ent("place", "Central Finland")
    B = "On October 29, the deputy state prosecutor filed charges of disclosure"
    d.ev(B, "charge", "2021-10-29")
    d.ev(B, "report_published", "2017")
    B = "If convicted, the employees face a minimum of four months and maximum"
    d.prov(B, "penalty", 4, "months", "a minimum of four months", "disclosure of state secrets")
    d.prov(B, "penalty", 4, "years", "maximum of four years in prison",
           "disclosure of state secrets")
    d.ev("The pretrial investigation found that the newspaper did not illegally acquire",
         "investigation", Y)
    d.prov("Defamation and aggravated defamation laws carry a maximum penalty of two years",
           "penalty", 2, "years", "a maximum penalty of two years’ imprisonment", "defamation")
    d.prov("Conviction carries a penalty of up to six months’ imprisonment", "penalty", 6,
           "months", "up to six months’ imprisonment", "blasphemy")
    d.ev("On October 1, a law came into force that facilitates the prosecution",
         "law_or_decree", "2021-10-01")
    d.ent("place", "Russia")
    d.ev("reported harassment by private entities, including being targeted for defamation",
         "attack_or_threat", Y, source="journalists")
    d.ent("person", "Jessikka Aro")
    d.ev("Journalist Jessikka Aro, who was the target of harassment", "other", Y,
         source="Jessikka Aro")
    d.ev("there were no credible reports the government monitored private online",
         "surveillance", Y, polarity="negated")
    B = "In March, 1,500 workers from the country’s cultural sector held"
    d.ev(B, "protest", "2021-03")
    d.fig(B, 1500, "cultural-sector workers at an outdoor demonstration")

    d.sec("2.b")
    d.ent("place", "Helsinki")
    d.ent("organization", "Extinction Rebellion Finland")
    d.ev("In October 2020, during a demonstration in Helsinki, police used pepper spray",
         "attack_or_threat", "2020-10")
    d.ev("In June the special prosecutor stated that an investigation of the officers",
         "investigation", "2021-06", source="the special prosecutor")
    d.ent("organization", "National Police Board", "Police Board")
    d.ev("the National Police Board announced it would launch a second investigation",
         "investigation", "2021-10")

    d.sec("2.c")
    d.ent("organization", STATE)
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.not_entity("Dublin III Regulation")
    d.ent("place", "Syria")
    d.ent("place", "al-Hol")
    d.not_entity("al-Hol refugee camp", "al-Hol camp")
    B = "In July authorities confirmed the repatriation of a woman and her two children"
    d.ev(B, "other", "2021-07")
    d.fig(B, 2, "children repatriated with a woman in July")
    d.ent("organization", "ISIS")
    B = "From 2019 through July 2021, the government repatriated six women"
    d.ev(B, "other", "2019", date_end="2021-07")
    d.fig(B, 6, "women repatriated from Syria since 2019")
    d.fig(B, 20, "children repatriated from Syria since 2019")
    B = "at least four women and 11 children of those repatriated had left"
    d.fig(B, 4, "repatriated women who had left al-Hol on their own", "at least")
    d.fig(B, 11, "repatriated children who had left al-Hol on their own", "at least")
    d.ent("organization", "Ministry of Foreign Affairs")
    B = "estimated an additional five women and 10 children were in Syria"
    d.fig(B, 5, "Finnish women still in Syria", "approximately",
          source="Ministry of Foreign Affairs")
    d.fig(B, 10, "Finnish children still in Syria", "approximately",
          source="Ministry of Foreign Affairs")
    d.ent("organization", "Human Rights Watch")
    d.fig("an estimated 22 Finnish nationals were in Syrian refugee camps", 22,
          "Finnish nationals in Syrian refugee camps", "approximately",
          source="Human Rights Watch")

    d.sec("2.f")
    d.ent("organization", *UNHCR)
    d.ent("organization", "EU")
    d.ent("place", "Mediterranean")
    # a count of arrivals to an as-of date: an event of the year
    B = "As of October 25, 43 persons arrived in during the year from the EU"
    d.ev(B, "other", Y)
    d.fig(B, 43, "persons relocated from Mediterranean EU countries")
    B = "The arrivals were part of the 174 vulnerable asylum seekers"
    d.ev(B, "other", "2020")
    d.fig(B, 174, "vulnerable asylum seekers the government agreed to accept")
    for place in ("Greece", "Cyprus", "Malta", "Italy", "Afghanistan", "Somalia"):
        d.ent("place", place)
    B = "Under this agreement, from July 2020 through May 2021, 108 unaccompanied"
    d.ev(B, "other", "2020-07", date_end="2021-05")
    d.fig(B, 108, "unaccompanied minor asylum seekers arrived from Greece")
    d.fig(B, 14, "unaccompanied minors arrived from Cyprus")
    d.fig(B, 47, "single-parent family asylum seekers arrived")
    B = "An additional five persons from the region arrived between May and October."
    d.ev(B, "other", "2021-05", date_end="2021-10")
    d.fig(B, 5, "additional persons arrived from the region")
    B = "Between January and August, immigration services made 86 positive decisions"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 86, "positive decisions for unaccompanied minors")
    B = "In March 2020 the nondiscrimination ombudsman published a study highlighting"
    d.ev(B, "report_published", "2020-03", source="the nondiscrimination ombudsman")
    d.fig(B, 0.5, "share of family reunification denials with restrictive justifications",
          "approximately")
    d.ev("The Finnish branch of Amnesty International highlighted in its annual report",
         "report_published", Y, source=AI)
    d.ent("organization", ECHR)
    B = "On July 13, the European Court of Human Rights overturned its 2019 decision"
    d.ev(B, "other", "2021-07-13")
    d.ev(B, "other", "2019")
    d.ent("organization", "Helsinki District Court")
    B = "In February the Helsinki District Court sentenced the daughter and former"
    d.ev(B, "conviction_or_sentence", "2021-02")
    d.pen("prison", 2, "years", "prison sentences of less than two years")
    d.ent("organization", "Jehovah’s Witnesses")
    d.ent("organization", MIGRI)
    d.ev("The Finnish Immigration Service rejected most of the claims by members",
         "asylum_or_citizenship_decision", Y)
    d.ent("organization", "Supreme Administrative Court")
    d.fig("During the first half of the year, 15 asylum applications by members", 15,
          "asylum applications of Jehovah's Witnesses pending")
    d.ent("organization", "UN Humans Rights Committee")
    B = "two asylum-seeking families who identified as members of Jehovah’s Witnesses"
    d.ev(B, "other", Y, source="church representatives")
    d.fig(B, 2, "asylum-seeking families granted interim decisions")
    d.fig("the government planned to accept 1,050 quota refugees during the year", 1050,
          "quota refugees to be accepted", source=MIGRI)
    B = "From January to August, the government provided subsidiary protection to 102"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 102, "individuals granted subsidiary protection")
    # "During the same period": the January-August period named again
    B = "the government also offered humanitarian residence permits to 125 individuals"
    d.ev(B, "asylum_or_citizenship_decision", "2021-01", date_end="2021-08")
    d.fig(B, 125, "individuals granted humanitarian residence permits")

    d.sec("2.g")
    d.fig("According to UNHCR, 3,428 stateless persons resided in the country", 3428,
          "stateless persons at the end of 2020", source="UNHCR")
    B = "have a shorter residency requirement – four years instead of six"
    d.prov(B, "threshold", 4, "years", "four years", "residency before citizenship, stateless")
    d.prov(B, "threshold", 6, "years", "six", "residency before citizenship, others")


def sections_3_4(d: CollectionTestDoc) -> None:
    common(d)
    d.sec("3")
    # the verdict on the elections, dated by the election it judges (as the exec)
    B = "The country’s national parliamentary election in 2019 and the presidential"
    d.ev(B, "other", "2019")
    d.ev(B, "other", "2018")
    d.ent("place", "Espoo")
    # a named actor's request on a specific occurrence (the drive-in polling station)
    d.ev("the parliamentary ombudsman asked the city of Espoo for a statement", "other", Y)

    d.sec("4")
    d.ev("There were isolated reports of government corruption.", "other", Y,
         polarity="alleged")
    d.ent("organization", NBI, "National Bureau of Investigation")
    d.ent("organization", "National Audit Office")
    d.ent("person", "Tytti Yli-Viikari", "Yli-Viikari")
    d.ent("person", "Mikko Koiranen", "Koiranen")
    d.ev("were suspected of aggravated abuse of office and breach of duty", "investigation", Y,
         polarity="alleged", source=NBI)
    d.ev("Parliament fired Yli-Viikari; Koiranen was suspended from his duties.", "dismissal",
         Y)


def sections_5_7(d: CollectionTestDoc) -> None:
    common(d)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def finland2021() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2021_finland", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_finland": finland2021}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
