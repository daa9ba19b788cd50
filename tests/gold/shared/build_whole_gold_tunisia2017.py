"""Build the hand-made DEV gold file for Tunisia 2017 (a page of the public collection).

``2017_tunisia.jsonl`` annotates ``html/2017/tunisia.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the
repository as ``../collection/html/2017/tunisia.html`` by ``scripts/collection.sh``: the 2017
edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated with the
method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of ``collection_gold.py``):
every record below was decided by hand, reading the report sentence by sentence before the system
was ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_tunisia2017.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_tunisia2017.py --show

Sections 5-7, 2 and 3-4 are in ``tunisia2017_parts.py`` (this module: the executive summary,
Section 1 and the assembly). Decisions where docs/EVALUATION.md is silent are written down in
docs/gold/2017_tunisia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold
from build_whole_gold_dev import seven_section_parts
from collection_gold import CollectionDevDoc, assemble
from tunisia2017_parts import (
    AI,
    ESSEBSI,
    FTDES,
    HRW,
    INPT,
    ODL,
    OHCHR,
    Y,
    section_2,
    sections_3_4,
    sections_5_7,
)

FILE = "html/2017/tunisia.html"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Tunisia")
    d.ent("organization", "Nida Tounes Party", "Nida Tounes", "Call of Tunisia")
    d.ent("person", *ESSEBSI)
    d.ent("organization", "Nahda Party")
    d.ent("person", "Youssef Chahed")
    d.ev("In 2014 the country held free and fair parliamentary elections",
         "election_or_referendum", "2014")
    d.ev("President Beji Caid Essebsi came to office in 2014", "other", "2014")
    gov = "On September 11, parliament approved Prime Minister Youssef Chahed’s"
    d.ev(gov, "other", "2017-09-11")
    d.fig(gov, 28, "ministers of the second Chahed government")
    d.fig(gov, 15, "state secretaries of the second Chahed government")
    d.ev("The most significant human rights issues included some allegations of torture",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government took steps to investigate officials who allegedly committed abuses",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Tunisian Organization against Torture", "OCTT")
    d.ent("person", "Mohamed Amine Soudi", "Soudi")
    d.ent("place", "Kairouan")
    d.ent("person", "Riadh Barrouta")
    d.not_entity("Kairouan prison", "Kairouan hospital")
    d.ev("Media and civil society reported the suspicious deaths of several individuals",
         "death_in_custody", Y, source="media and civil society")
    oc = "In its 2016 report, the independent Tunisian Organization against Torture"
    d.ev(oc, "report_published", "2016", source="Tunisian Organization against Torture")
    d.fig(oc, 153, "torture and mistreatment cases registered",
          source="Tunisian Organization against Torture")
    so = "In February, Mohamed Amine Soudi was arrested by local police officers"
    d.ev(so, "detention_or_arrest", "2017-02", place="Kairouan")
    d.ev(so, "other", "2017-02-06", place="Kairouan")
    d.ev("Soudi died after five days in intensive care.", "death_in_custody", "2017-02-06")
    d.ev("The OCTT asserted that Soudi did not have health problems", "torture_or_abuse", Y,
         polarity="alleged", source="Tunisian Organization against Torture")
    d.ev("The general prosecutor launched an investigation, which remained pending",
         "investigation", Y)
    k5 = "During the year five security force members were killed"
    d.ev(k5, "killing", Y)
    d.fig(k5, 5, "security force members killed")
    d.fig(k5, 1, "security force members injured")
    kn = "two police officers were injured in a knife attack"
    d.ev(kn, "attack_or_threat", "2017-11-01")
    d.fig(kn, 2, "police officers injured in the knife attack")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Directorate General for Prisons and Rehabilitation", "DGPR",
          "Director General for Prisons and Rehabilitation")
    d.ent("organization", "UN Committee against Torture", "UNCAT")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "National Guard")
    d.ent("organization", "Directorate General of Human Rights")
    d.ent("organization", "Directorate General for Political Affairs")
    d.ent("person", "Hada Saidi")
    d.ent("place", "Morneg")
    d.ent("place", "Monastir")
    d.ent("place", "Mahdia")
    d.ent("place", "Sfax")
    d.ent("organization", "Ministry of Justice")
    d.ent("person", "Ben Emmerson", "Emmerson")
    d.ent("organization", "Tunisian League for Human Rights", "LTDH")
    d.ent("organization", "Ministry of Religious Affairs")
    d.ent("organization", *INPT)
    d.ent("person", "Hamida Dridi")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", *OHCHR)
    d.ent("organization", "Ministry of Social Affairs")
    d.ent("organization", "Danish Institute against Torture")
    d.ent("person", "Elyes Zalleg", "Zalleg")
    d.ent("person", "Imed Dridi", "Dridi")
    d.ent("organization", "Emergency Response Unit")
    d.not_entity("Mandela Rules", "UN Standard Minimum Rules for the Treatment of Prisoners",
                 "al-Omrane police station", "Messadine Prison of Sousse", "Sfax prison",
                 "Universal Periodic Review", "UPR", "Messadine Sousse", "Borj el Roumi",
                 "Mornaguia Prison", "Nebras",
                 "Director General (DG) of Prisons and Rehabilitation")
    d.ev("police reportedly subjected many detainees to harsh physical treatment",
         "torture_or_abuse", Y, polarity="alleged")
    fil = "The OCTT noted that it filed court cases for more than 100 cases"
    d.ev(fil, "other", Y, source="Tunisian Organization against Torture")
    d.fig(fil, 100, "torture cases filed in court by the OCTT", "more than",
          source="Tunisian Organization against Torture")
    d.ev("implementation of legislation passed in 2016 that provided greater rights",
         "law_or_decree", "2016")
    d.ev("were added to the training curriculum of all new correctional staff", "other", Y,
         source="justice minister")
    d.ev("The government stated it distributed a guidebook on the prevention of torture",
         "other", Y, source="government")
    inv = "In its June addendum to the UN Committee against Torture (UNCAT) report"
    d.ev(inv, "report_published", "2017-06", source="government")
    d.fig(inv, 18, "investigations opened into torture by antiterrorism officers",
          source="government")
    moi = "As of October the Ministry of Interior reported that security inspectors"
    d.fig(moi, 76, "cases of physical aggression and mistreatment received",
          source="Ministry of Interior")
    d.fig(moi, 77, "cases of security forces exceeding their authority received",
          source="Ministry of Interior")
    dis = "The ministry took disciplinary measures against 295 security officers"
    d.ev(dis, "other", Y, source="Ministry of Interior")
    d.fig(dis, 295, "security officers disciplined", source="Ministry of Interior")
    d.fig(dis, 58, "security officers facing judicial proceedings", source="Ministry of Interior")
    d.ev("created a new Directorate General of Human Rights on June 16",
         "other", "2017-06-16")
    rape = "There was one reported case of rape and sexual abuse by government agents"
    d.ev(rape, "torture_or_abuse", Y)
    d.fig(rape, 1, "reported cases of rape and sexual abuse by government agents")
    d.ev("police arrested Hada Saidi on April 5 for a complaint", "detention_or_arrest",
         "2017-04-05", source="Tunisian Organization against Torture")
    d.ev("Security forces allegedly sexually assaulted her at the al-Omrane", "torture_or_abuse",
         "2017-04-05", polarity="alleged")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    # ("several days" after April 5 -> the month)
    d.ev("Several days later she was transferred to a psychiatric hospital", "other", "2017-04")
    d.ev("No security officers were reported to have been charged or held accountable.",
         "charge", Y, polarity="negated")
    up = "transfer of a large number of prisoners from 14 prisons damaged"
    d.ev(up, "other", "2011")
    d.fig(up, 14, "prisons damaged during the 2011 uprisings")
    ov = "the rate of prison overcrowding dropped from 155 percent in 2016"
    d.fig(ov, 155, "prison occupancy rate in 2016", unit="percent",
          source="Directorate General for Prisons and Rehabilitation")
    d.fig(ov, 114, "prison occupancy rate as of September", unit="percent",
          source="Directorate General for Prisons and Rehabilitation")
    five = "The highest rates of overcrowding were found in five prisons"
    d.fig(five, 5, "most overcrowded prisons")
    d.fig(five, 225, "occupancy rate of Morneg prison", unit="percent")
    d.fig(five, 196, "occupancy rate of Kairouan prison", unit="percent")
    d.fig(five, 196, "occupancy rate of the Messadine prison", unit="percent")
    d.fig(five, 174, "occupancy rate of Sfax prison", unit="percent")
    d.fig(five, 163, "occupancy rate of Monastir prison", unit="percent")
    d.ev("refurbished many prisons and added a new health-care center to one", "other", Y)
    em = "Following his visit on January 30 to February 3, Ben Emmerson"
    d.ev(em, "other", "2017-01-30", date_end="2017-02-03")
    cap = "He noted the prison was approximately 150 percent over capacity"
    d.fig(cap, 150, "Mornaguia Prison's occupancy over capacity", "approximately",
          unit="percent", source="Ben Emmerson")
    d.fig(cap, 90, "prisoners per dormitory", "more than", source="Ben Emmerson")
    lt = "In its 2016 report, the Tunisian League for Human Rights (LTDH)"
    d.ev(lt, "report_published", "2016", source="Tunisian League for Human Rights")
    sq = "It claimed space allotted for inmates averaged 22.6 square feet"
    d.fig(sq, 22.6, "average space per inmate", unit="square feet",
          source="Tunisian League for Human Rights")
    d.fig(sq, 43, "space per inmate recommended by international norms", unit="square feet",
          source="Tunisian League for Human Rights")
    pop = "As of October there were 20,755 prisoners and detainees"
    d.fig(pop, 20755, "prisoners and detainees")
    d.fig(pop, 52, "share of prisoners in pretrial detention", unit="percent")
    pr = "Of the country’s 27 prisons, one was designated solely for women"
    d.fig(pr, 27, "prisons in the country")
    d.fig(pr, 1, "prisons solely for women")
    d.fig(pr, 8, "prisons with separate wings for women")
    dr = "the government amended the law in May to permit judges discretion"
    d.ev(dr, "law_or_decree", "2017-05")
    d.fig(dr, 28, "share of the prison population held for drug offenses", unit="percent",
          source="government statistics")
    d.ev("The government established the Independent National Authority for the Prevention",
         "other", "2013")
    d.ev("chairman of the board Hamida Dridi resigned on June 30", "other", "2017-06-30")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause (a
    # board's vote of its chair: other)
    d.ev("A year after being elected, chairman", "other", "2016")
    d.ev("opened a new rehabilitation center, Nebras, to assist and support victims", "other", Y)
    d.ev("Elyes Zalleg initiated several steps to strengthen anticorruption efforts", "other",
         Y)
    d.ev("On April 27, DG Zalleg removed former chief of prison security", "dismissal",
         "2017-04-27")
    d.ev("Dridi subsequently was arrested on June 22", "detention_or_arrest", "2017-06-22")
    jul = "In early July the DG replaced 75 percent of senior leadership"
    d.ev(jul, "dismissal", "2017-07", source="Directorate General for Prisons and Rehabilitation")
    d.fig(jul, 75, "share of DGPR senior leadership replaced", unit="percent",
          source="Directorate General for Prisons and Rehabilitation")
    d.fig(jul, 14, "prison wardens replaced",
          source="Directorate General for Prisons and Rehabilitation")
    d.fig(jul, 3, "juvenile facility wardens replaced",
          source="Directorate General for Prisons and Rehabilitation")
    eru = "the DGPR established an Emergency Response Unit composed of 200"
    d.ev(eru, "other", Y)
    d.fig(eru, 200, "law enforcement officers of the Emergency Response Unit")

    d.sec("1.d")
    d.ent("organization", "National Police")
    d.ent("organization", *AI)
    d.ent("organization", *HRW)
    d.ent("organization", "National Security General Inspectorate")
    d.ent("organization", *ODL)
    d.ent("person", "Mohamed Sami Ayedi")
    d.not_entity("Inspectorate General Offices", "Azzahra police station")
    d.fig("The Ministry of Interior has three Inspectorate General Offices", 3,
          "inspectorate general offices of the interior ministry")
    d.ev("reported instances of detainees subjected to harsh physical treatment",
         "torture_or_abuse", Y, source="Amnesty International and Human Rights Watch")
    d.ev("On February 10, AI published a report asserting", "report_published", "2017-02-10",
         source="Amnesty International")
    d.ev("On a February 20 television show, a police captain", "other", "2017-02-20")
    nsgi = "the National Security General Inspectorate had investigated one allegation"
    d.ev(nsgi, "investigation", "2015", source="Ministry of Interior")
    d.ev(nsgi, "investigation", "2016", source="Ministry of Interior")
    d.fig(nsgi, 1, "torture allegations investigated each year", source="Ministry of Interior")
    ct = "The 2015 counterterrorism law allows for five days of incommunicado"
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.prov(ct, "time_limit", 5, "days", "five days", "incommunicado detention of terror suspects")
    d.prov(ct, "time_limit", 5, "days", "two five-day extensions",
           "extension of incommunicado detention")
    rev = "The 2016 revisions to the code of criminal procedures"
    d.ev(rev, "law_or_decree", "2016")
    d.prov(rev, "time_limit", 48, "hours", "48 hours", "precharge detention")
    d.prov(rev, "time_limit", 4, "days", "a maximum of four days", "precharge detention, renewed")
    d.prov("For minor offenses the time limit is 24 hours, renewable once.", "time_limit", 24,
           "hours", "24 hours", "precharge detention for minor offenses")
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.prov("who may be held without access to counsel for 48 hours", "time_limit", 48, "hours",
           "48 hours", "terror suspects held without counsel")
    d.prov("if the minimum possible sentence is at least three years", "threshold", 3, "years",
           "at least three years", "legal aid in criminal cases")
    pt = "In cases involving crimes for which the sentence may exceed five years"
    d.prov(pt, "threshold", 5, "years", "may exceed five years", "longer pretrial detention")
    d.prov(pt, "time_limit", 6, "months", "six months", "pretrial detention")
    d.prov(pt, "time_limit", 4, "months", "two additional four-month periods",
           "extension of pretrial detention")
    pt2 = "In cases involving crimes for which the sentence may not exceed five years"
    d.prov(pt2, "threshold", 5, "years", "may not exceed five years", "shorter pretrial detention")
    d.prov(pt2, "time_limit", 6, "months", "initial six-month pretrial detention",
           "pretrial detention")
    d.prov(pt2, "time_limit", 3, "months", "only by three months",
           "extension of pretrial detention")
    d.ev("Early in the year, the DGPR established the first legal aid office", "other", Y)
    ha = "The ODL stated that up to 500 persons were put under house arrest"
    d.ev(ha, "detention_or_arrest", "2015", source="Observatory of Rights and Freedoms of Tunisia")
    d.fig(ha, 500, "persons put under house arrest since 2015", "up to",
          source="Observatory of Rights and Freedoms of Tunisia")
    # t-conv16 (settlement 2026-12-21 S3): an authority's refusal of one person's request is its act
    d.ev("authorities refused to grant a copy of his arrest order", "other", Y)
    d.ev("in making arrests authorities disregarded laws on due process",
         "detention_or_arrest", Y, polarity="alleged", source="civil society observers")
    un = "The government noted in its June UNCAT addendum report"
    d.ev(un, "report_published", "2017-06", source="government")
    d.fig(un, 50, "share of detainees held without sentences", "approximately", unit="percent",
          source="government")

    d.sec("1.e")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", "Supreme Court")
    d.ent("organization", *FTDES)
    d.ent("place", "Gafsa")
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    cl = "The counterterrorism law also extends the amount of time that a suspect"
    d.prov(cl, "time_limit", 15, "days", "15 days", "suspects held without counsel")
    d.prov(cl, "time_limit", 5, "days", "each five-day period", "judicial review of such holding")
    d.ev("following the 2011 reform of military courts", "law_or_decree", "2011")
    d.ev("documented flaws in due process and the failure to secure fair trial guarantees",
         "conviction_or_sentence", Y, source="AI and FTDES")
    d.fig("Of the 80 individuals whose case files AI reviewed", 80,
          "case files of individuals reviewed by AI", source="Amnesty International")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("Civilian courts heard cases involving alleged abuse by security forces", "trial", Y)

    d.sec("1.f")
    d.ent("organization", "International Commission of Jurists")
    d.not_entity("Bardo Museum")
    d.prov("with advance judicial approval for a period not to exceed four months",
           "time_limit", 4, "months", "not to exceed four months", "interception of communications")
    d.prov("Government agents are subject to a one-year prison sentence", "penalty", 1, "years",
           "a one-year prison sentence", "surveillance without a judge's authorization")
    d.ev("No complaints were filed against government agents for improper use", "other", Y,
         polarity="negated")
    bar = "authorities harassed family members and close associates of the 22"
    d.ev(bar, "attack_or_threat", Y, source="Observatory of Rights and Freedoms of Tunisia")
    d.ev(bar, "attack_or_threat", "2015")
    d.fig(bar, 22, "individuals arrested over the Bardo Museum attack",
          source="Observatory of Rights and Freedoms of Tunisia")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def tunisia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2017_tunisia", FILE, 2017, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2017_tunisia": tunisia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
