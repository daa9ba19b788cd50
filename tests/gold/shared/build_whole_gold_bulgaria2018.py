"""Build the hand-made DEV gold file for Bulgaria 2018 (a page of the public collection).

``2018_bulgaria.jsonl`` annotates ``html/2018/bulgaria.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/bulgaria.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_lithuania2019.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bulgaria2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_bulgaria2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_bulgaria.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2018/bulgaria.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1"]

BG = "Bulgaria"
BHC = "Bulgarian Helsinki Committee"
MOI = "Ministry of Interior"
CPT = "Committee for the Prevention of Torture"
SANS = "State Agency for National Security"
EC = "European Commission"
SJC = "Supreme Judicial Council"
CPD = "Commission for Protection against Discrimination"
ECHR = "European Court of Human Rights"
SHALOM = "Organization of Bulgarian Jews, Shalom"
TREATIES = ("European Convention on Human Rights",
            "Optional Protocol to the Convention against Torture",
            "Convention against Torture and Other Cruel, Inhuman, or Degrading Treatment")


def bulgaria(d: CollectionDevDoc) -> None:
    d.ent("place", BG)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    bulgaria(d)
    d.ent("organization", "Central Election Commission")
    d.ev("National assembly elections were held in March 2017, and the Central",
         "election_or_referendum", "2017-03")
    # an observers' verdict is dated by the election it judges
    d.ev("International observers considered the elections generally free and fair",
         "other", "2017-03", source="international observers")
    d.ev("Human rights issues included physical mistreatment of detainees and convicts",
         "torture_or_abuse", Y)
    d.ev("Authorities took steps to prosecute and punish officials who committed", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    bulgaria(d)
    d.ent("organization", BHC)
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", "Council of Europe")
    d.ent("organization", CPT, "CPT")
    d.ent("organization", "Bulgarian Prisoner Association")
    d.ent("organization", "Committee against Torture")
    d.ent("organization", "UN Office of the High Commissioner for Human Rights")
    d.ent("organization", "Office of Ombudsman")
    d.ent("place", "Sliven")
    d.ent("place", "Sofia")
    d.ent("place", "Vratsa")
    d.ent("place", "Boychinovtsi")
    d.not_entity("Sofia prison", *TREATIES)
    d.ev("but there were reports of government officials employing degrading treatment",
         "torture_or_abuse", Y, polarity="alleged")
    B = "A 2017 analysis by the nongovernmental organization (NGO) Bulgarian Helsinki"
    d.ev(B, "report_published", "2017", source=BHC)
    d.fig(B, 40, "jail population complaining of injuries and illegal arrests", "more than",
          unit="percent", source=BHC)
    d.fig(B, 16, "jail population alleging forced interrogations", unit="percent", source=BHC)
    d.ev("There were reports that police physically mistreated migrants and asylum",
         "torture_or_abuse", Y, polarity="alleged")
    B = "In the report published on May 4 following its visit in 2017"
    d.ev(B, "report_published", "2018-05-04", source=CPT)
    d.ev(B, "other", "2017", source=CPT)
    d.ev("The government ombudsman reported cases of police and prison authorities",
         "torture_or_abuse", Y, source="ombudsman")
    # the recommendation cited in a noun phrase with its years
    d.ev("In a report to the justice minister, the ombudsman criticized", "other", "2016",
         date_end="2017", source="ombudsman")
    B = "detention center authorities handcuffed more than 300 detainees during their"
    d.ev(B, "torture_or_abuse", Y, source="ombudsman")
    d.fig(B, 300, "detainees handcuffed during their daily walks", "more than",
          source="ombudsman")
    d.ev("Human rights activists accused the prison administration of suppressing",
         "other", Y, polarity="alleged", source="human rights activists")
    d.ev("Authorities investigated allegations of mistreatment.", "investigation", Y)
    B = "The prison administration dismissed nearly half of the received complaints"
    d.ev(B, "other", Y)
    d.fig(B, 0.5, "complaints dismissed as groundless", "approximately")
    d.fig(B, 12, "complaints acted on", unit="percent")
    d.ev("Committee against Torture’s sixth periodic report (issued in December 2017)",
         "report_published", "2017-12", source="Committee against Torture")
    B = "As of September the government refurbished the prison facility in Vratsa"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2018-08")

    d.sec("1.d")
    d.ent("organization", MOI, "Interior Ministry")
    d.ent("organization", SANS)
    d.ent("organization", "Prime Minister’s Office")
    d.ent("organization", "State Intelligence Agency")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "Military Information Service")
    d.ent("organization", "National Protective Service")
    d.ent("organization", BHC)
    d.ent("organization", "Varna Regional Court")
    d.ent("person", "Desislava Ivancheva", "Ivancheva")
    d.ent("person", "Bilyana Petrova", "Petrova")
    d.ent("person", "Rosen Markov", "Markov")
    d.ent("place", "Sofia")
    d.ent("place", "Mladost")
    d.ent("place", "Radomir")
    B = "Police may hold a detainee for 24 hours without charge"
    d.prov(B, "time_limit", 24, "hours", "for 24 hours", "detention without charge")
    d.prov(B, "time_limit", 72, "hours", "an additional 72 hours", "detention authorized by a prosecutor")
    d.prov("A court must approve detention longer than 72 hours.", "time_limit", 72, "hours",
           "longer than 72 hours", "detention without court approval")
    B = "The law prohibits holding detainees in custody without indictment for more"
    d.prov(B, "time_limit", 2, "months", "more than two months", "detention without indictment for misdemeanors")
    d.prov(B, "time_limit", 8, "months", "for eight months", "detention without indictment for felonies")
    d.prov(B, "threshold", 15, "years", "at least 15 years’ imprisonment", "crimes allowing longer detention")
    d.prov(B, "time_limit", 18, "months", "up to 18 months", "detention without indictment for grave crimes")
    B = "in 2017 through mid-January the Interior Ministry conducted 90 internal"
    d.ev(B, "investigation", "2017", date_end="2018-01", source="official information")
    d.fig(B, 90, "internal investigations of illegal arrest or brutality")
    d.fig(B, 3, "police officers fired")
    d.fig(B, 15, "officers censured")
    d.fig(B, 10, "officers reprimanded")
    d.fig(B, 7, "officers with a promotion freeze")
    B = "internal regulations instruct that detainees have access to legal counsel"
    d.prov(B, "time_limit", 2, "hours", "no later than two hours after detention", "access to counsel")
    d.prov(B, "time_limit", 30, "minutes", "within 30 minutes", "lawyer's access to the detainee")
    B = "In April anticorruption authorities arrested Sofia’s Mladost district mayor"
    d.ev(B, "detention_or_arrest", "2018-04")
    d.ev("The Bulgarian Helsinki Committee questioned the legality of the arrest.", "other", Y,
         source=BHC)
    d.ev("Media coverage of the case in August showed Ivancheva", "report_published",
         "2018-08", source="media")
    d.ev("Human rights activists claimed that although the restraining measures", "other", Y,
         source="human rights activists")
    d.ev("The Bulgarian Helsinki Committee and the ombudsman further criticized", "other", Y,
         source=BHC)
    B = "In September police handcuffed two investigative reporters and their lawyer"
    d.ev(B, "detention_or_arrest", "2018-09", place="Radomir")
    d.fig(B, 2, "investigative reporters detained")
    d.ev("In February 2017 police arrested Rosen Markov", "detention_or_arrest", "2017-02")
    B = "In January the Varna Regional Court awarded Markov 0.67 levs"
    d.ev(B, "other", "2018-01")
    d.fig(B, 0.67, "damages awarded to Markov", unit="BGN")
    d.fig(B, 1.15, "damages awarded to Markov", unit="USD")

    d.sec("1.e")
    d.ent("organization", EC)
    d.ent("organization", SJC)
    d.ent("organization", CPD)
    d.ent("organization", ECHR)
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Naval Academy")
    d.ent("organization", SHALOM, "Organization of Bulgarian Jews", "Shalom")
    d.ent("place", "Varna")
    d.not_entity(*TREATIES)
    d.ev("In its November cooperation and verification mechanism report", "report_published",
         "2018-11", source=EC)
    d.prov("A defense attorney is mandatory if the alleged crime carries", "threshold", 10,
           "years", "10 or more years in prison", "mandatory defense attorney")
    d.ev("The Ministry of Defense refused to restore to the Jewish community", "other", Y)

    d.sec("1.f")
    d.ent("organization", "National Revenue Agency")
    d.ent("organization", SANS)
    d.ent("organization", "National Bureau for Oversight of Specialized Investigative Techniques")
    d.ev("In June the parliamentary committee overseeing the work of security services",
         "report_published", "2018-06", source="parliamentary committee")


PART_BUILDERS = {"exec": executive_summary, "1": section_1}


def bulgaria2018() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_bulgaria", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_bulgaria": bulgaria2018}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
