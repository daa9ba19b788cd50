"""Build the hand-made TEST gold file for Sri Lanka 2024 (a page of the public collection).

``2024_sri-lanka.jsonl`` annotates ``html/2024/sri-lanka.html`` of the public collection of
state.gov pages, checked out as ``../collection/html/2024/sri-lanka.html`` by
``scripts/collection.sh``: the 2024 edition, whose outline has three broad sections
("Section 1." Life, "Section 2." Liberty, "Section 3." Security of the Person) with lettered
subsections under each. Annotated BLIND (split ``test``), with the method and the
``CollectionTestDoc`` of ``build_whole_gold_gambia2022.py``: every record below was decided by
hand, reading the report sentence by sentence before the system was ever run on it; the script
only turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives),
each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Section groups: ``rightsledger evaluate`` groups a section by its number (as for the 2024
Liberia gold), so Life is group ``1``, Liberty (press, worker rights, disappearance and
prolonged detention, religion and trafficking pointers) group ``2``, and Security of the Person
group ``3-4``; the report has no group ``5-7``.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_srilanka2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_srilanka2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_sri-lanka.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from collection_gold import CollectionTestDoc  # noqa: E402
from build_whole_gold_liberia2024 import GROUPS  # noqa: E402

FILE = "html/2024/sri-lanka.html"
Y = "2024"
#: the groups annotated whole so far, in annotation order
DONE = ["2", "3-4", "exec", "1"]

HRCSL = "Human Rights Commission of Sri Lanka"
OHCHR = "UN Office of the High Commissioner for Human Rights"
UNHCR = "Office of the UN High Commissioner for Refugees"
LTTE = "Liberation Tigers of Tamil Eelam"
DOL = "Department of Labor"


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2.a")
    d.ent("organization", OHCHR, "OHCHR")
    d.ent("organization", "UN Human Rights Council", "UNHRC")
    d.ent("place", "Sri Lanka")
    d.ent("organization", "Colombo Fort Magistrate’s Court")
    d.ent("place", "Colombo Fort")
    d.ent("person", "Nathasha Edirisooriya", "Edirisooriya")
    d.ent("organization", "SLVlog")
    d.ent("organization", "YouTube")
    d.ent("person", "Bruno Divakara")
    d.ent("place", "Northern Province", "Northern")
    d.ent("place", "Eastern Province", "Eastern")
    d.ent("organization", LTTE, "LTTE")
    d.ent("person", "Prabhakaran Dilaksan")
    d.ent("person", "Sundarampillai Rajeskaran")
    d.ent("person", "Chinnaiya Yogeswaran")
    d.ent("place", "Jaffna")
    d.ent("person", "Thambithurai Pradeepan", "Pradeepan")
    d.ent("organization", HRCSL, "HRCSL")
    d.ent("organization", "Attorney General’s Department")
    d.ent("organization", "Committee to Protect Journalists")
    d.ent("organization", "Criminal Investigation Department")
    d.ent("person", "G.P. Nissanka", "Nissanka")
    d.ent("organization", "Ravana Lanka News")
    d.ent("person", "Vikum Liyanage")
    d.ent("organization", "Supreme Court")
    d.not_entity("International Covenant on Civil and Political Rights", "ICCPR",
                 "Computer Crime Act", "High-Security Zone", "Prevention of Terrorism Act",
                 "Online Safety Act")
    # t-tfix13: practice told in the simple past, no taxonomy verb, object a class: no event (Settled 2026-12-11)
    d.ev("There were also reports authorities attempted to intimidate individuals",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("Civil society accused the government of using the International Covenant", "other",
         Y, polarity="alleged")
    d.ev("In its August 22 report to the UN Human Rights Council", "report_published",
         "2024-08-22", source=OHCHR)
    d.ev("On June 19, the Colombo Fort Magistrate’s Court dismissed", "acquittal",
         "2024-06-19")
    d.ev("On June 19, the Colombo Fort Magistrate’s Court dismissed", "other", "2024-05-23")
    d.ev("Police accused her of violating the ICCPR Act", "charge", Y, polarity="alleged")
    d.ev("On July 6, the Colombo Fort magistrate granted bail", "release", "2024-07-06")
    d.ev("The magistrate discharged her and administrator of SLVlog", "acquittal", Y)
    d.ev("There were reports of harassment and intimidation of journalists covering",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("including citizen journalists, reported harassment, threats, intimidation",
         "attack_or_threat", Y, polarity="alleged", source="journalists")
    d.ev("Tamil journalists reported military officers requested copies of photographs",
         "surveillance", Y, polarity="alleged", source="Tamil journalists")
    d.ev("They also reported the military directly requested journalists refrain",
         "censorship_or_blocking", Y, polarity="alleged", source="Tamil journalists")
    d.ev("Reporters alleged authorities, sometimes in government vehicles, surveilled",
         "surveillance", Y, polarity="alleged", source="reporters")
    d.ev("On February 21, Tamil press reported the army threatened", "attack_or_threat",
         "2024-02-21", source="Tamil press")
    d.fig("On February 21, Tamil press reported the army threatened", 3,
          "Tamil journalists whose telephones the army threatened", source="Tamil press")
    d.ev("On June 13, a group of unidentified individuals vandalized the house",
         "attack_or_threat", "2024-06-13", place="Jaffna")
    d.fig("The damage caused to his property was reported to be more than", 1000000,
          "damage to the journalist's property", "more than", unit="LKR")
    d.fig("The damage caused to his property was reported to be more than", 3420,
          "damage to the journalist's property", "more than", unit="USD")
    d.ev("Jaffna police deployed four teams, but there was no progress", "investigation", Y)
    d.fig("Jaffna police deployed four teams, but there was no progress", 4,
          "police teams deployed to investigate the attack")
    d.ev("In June, Pradeepan lodged a complaint to the HRCSL", "other", "2024-06")
    d.ev("Some journalists said the Attorney General’s Department ignored requests",
         "attack_or_threat", Y, polarity="alleged", source="journalists")
    d.ev("on March 5, the Criminal Investigation Department arrested G.P. Nissanka",
         "detention_or_arrest", "2024-03-05", source="Committee to Protect Journalists")
    d.ev("on March 5, the Criminal Investigation Department arrested G.P. Nissanka",
         "release", "2024-03-20", source="Committee to Protect Journalists")
    d.ev("His mobile phone was seized during his arrest.", "other", "2024-03-05")
    d.ev("arrest followed a complaint by army commander Vikum Liyanage", "other", Y)
    d.ev("Nissanka was accused of violating the Computer Crime Act", "charge", Y,
         polarity="alleged")
    d.ev("On January 24, parliament passed the Online Safety Act", "law_or_decree",
         "2024-01-24")
    d.ev("The OSA drew sharp criticism from civil society activists", "other", Y)
    d.ev("In November 2023, the Supreme Court ruled more than half", "other", "2023-11")
    d.fig("In November 2023, the Supreme Court ruled more than half", 0.5,
          "share of the act's provisions ruled unconstitutional", "more than")
    d.ev("The government committed to making revisions but had not done so",
         "law_or_decree", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", "National People’s Party")
    d.ent("organization", DOL, "Labor Department")
    d.ent("organization", "Board of Investment")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Department of State")
    d.not_entity("Trafficking in Persons Report", "Labor Force Survey")
    # t-tfixA (2026-12-09): a count over a stated period is an event of that period; the
    # next sentence ("In addition") continues it (2026-12-06, 2026-12-08).
    d.ev("During the first half of the year, the Department of Labor filed", "charge",
         "2024-01", date_end="2024-06")
    d.fig("During the first half of the year, the Department of Labor filed", 54,
          "new cases filed against companies under the Industrial Disputes Act")
    d.ev("In addition, the department filed six cases under the Termination", "charge",
         "2024-01", date_end="2024-06")
    d.fig("In addition, the department filed six cases under the Termination", 6,
          "cases filed by the department under the Termination of Employment act")
    d.prov("Seven workers might form a union, adopt a charter", "threshold", 7, "members",
           "Seven workers", "forming a union")
    d.prov("Seven workers might form a union, adopt a charter", "threshold", 40, "percent",
           "40 percent of workers", "union representation for collective bargaining")
    d.prov("Unions that did not meet the 40 percent threshold", "threshold", 40, "percent",
           "the 40 percent threshold", "union representation for collective bargaining")
    d.prov("could cancel a union’s registration if it failed to submit", "threshold", 3,
           "years", "for three years", "cancellation of a union's registration")
    d.ev("The department reported no new cases were filed with the courts", "charge", Y,
         polarity="negated", source=DOL)
    d.ev("Four previously filed cases were closed, and nine cases remained", "other", Y)
    d.fig("Four previously filed cases were closed, and nine cases remained", 4,
          "previously filed cases closed")
    d.fig("Four previously filed cases were closed, and nine cases remained", 9,
          "cases pending")
    d.ev("The department reported that during the year workers filed six cases", "other",
         Y, source=DOL)
    d.fig("The department reported that during the year workers filed six cases", 6,
          "cases filed by workers under the Termination of Employment act", source=DOL)
    d.fig("The department reported that during the year workers filed six cases", 684,
          "cases filed by workers under the Payment of Gratuity Act", source=DOL)
    d.prov("required labor commissioners to hold union certification elections",
           "time_limit", 30, "working days", "within 30 working days",
           "union certification elections")
    d.prov("required labor commissioners to hold union certification elections",
           "time_limit", 45, "working days", "within 45 working days",
           "union certification elections after an objection")
    d.ev("In July, approximately one million public-sector employees held", "strike",
         "2024-07-08", date_end="2024-07-09")
    d.dur(2, "days", "two-day strike")
    d.fig("In July, approximately one million public-sector employees held", 1000000,
          "public-sector employees on strike", "approximately")
    d.ev("They were joined by an estimated 250,000 public school teachers", "strike",
         "2024-07-09")
    d.fig("They were joined by an estimated 250,000 public school teachers", 250000,
          "public school teachers who joined the strike", "approximately")
    d.ev("The action, called by more than 200 unions", "strike", "2024-07-08",
         date_end="2024-07-09")
    d.fig("The action, called by more than 200 unions", 200, "unions that called the strike",
          "more than")
    d.ev("Amendments to the Wages Board Ordinance were made", "law_or_decree", Y)
    d.prov("from regularly working more than 45 hours per week", "prohibition", 45,
           "hours per week", "more than 45 hours per week", "working hours")
    d.prov("the law stipulated a rest period of one hour per day", "right", 1,
           "hours per day", "one hour per day", "rest period")
    d.prov("Regulations limited maximum overtime hours to 15 hours per week", "prohibition",
           15, "hours per week", "15 hours per week", "overtime")
    d.prov("Overtime pay was 1.5 times the basic wage", "right", 1.5, "times",
           "1.5 times the basic wage", "overtime pay")
    d.prov("Overtime pay was 1.5 times the basic wage", "threshold", 45, "hours per week",
           "beyond 45 hours per week", "overtime pay")
    # t-tfixA: a stated minimum wage is a figure, not a provision (2026-12-06).
    d.fig("The minimum wage for tea pickers was 1,700 rupees", 1700,
          "minimum daily wage of tea pickers", unit="LKR")
    d.fig("The minimum wage for tea pickers was 1,700 rupees", 5,
          "minimum daily wage of tea pickers", unit="USD")
    d.prov("Labor regulations applied whenever a company had at least one", "threshold", 1,
           "employees", "at least one permanent employee", "coverage of labor regulations")
    d.prov("Penalties for violating minimum wage and hours of work laws were", "penalty", 6,
           "months", "six months’ imprisonment", "minimum wage and hours violations")
    # t-tfixA: "accused X of being lax … and not thoroughly investigating": an accusation of
    # a quality and a habit, no event ("Also settled", 2026-12-06); record removed.
    d.ev("According to the 2021 Labor Force Survey", "report_published", "2021")
    d.fig("According to the 2021 Labor Force Survey", 58,
          "share of the workforce employed in the informal sector", "approximately",
          unit="percent")
    d.fig("In agriculture, approximately 89 percent of employment was informal.", 89,
          "share of informal employment in agriculture", "approximately", unit="percent")

    d.sec("2.c")
    d.ent("organization", "Office on Missing Persons", "OMP")
    d.ent("organization", "Committee on Enforced Disappearance")
    d.ent("place", "Mannar")
    d.ent("place", "Mullaitivu", "Mullaitivu District")
    d.ent("place", "Colombo")
    d.ent("person", "Wasantha Karannagoda")
    d.ent("place", "Kokkuthoduvai")
    d.ent("organization", "Center for Human Rights and Development")
    d.ent("organization", "Mullaitivu Magistrate Court")
    d.not_entity("International Convention for the Protection of All Persons",
                 "Great Heroes Day")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("reported it had not received any new complaints of missing persons", "other", Y,
         polarity="negated", source="Office on Missing Persons")
    d.ev("In an August report to the UNHRC, the OHCHR stated", "report_published", "2024-08",
         source=OHCHR)
    d.fig("the government reported payments totaling 40.6 million rupees", 40600000,
          "relief payments to families of the disappeared", unit="LKR")
    d.fig("the government reported payments totaling 40.6 million rupees", 126000,
          "relief payments to families of the disappeared", unit="USD")
    d.fig("the government reported payments totaling 40.6 million rupees", 203,
          "families who received relief payments")
    d.fig("There were 15 reported mass graves in the country", 15,
          "reported mass graves pending investigation")
    # t-tfixA: assistance and services provided are no event (2026-12-06); record removed.
    d.ev("the OMP took steps to digitalize a database of missing persons", "other", Y)
    d.ev("case of the abduction and disappearance of 11 individuals", "other", "2008",
         date_end="2009")
    d.fig("case of the abduction and disappearance of 11 individuals", 11,
          "individuals abducted in the Navy 11 case")
    d.ev("During July 4-15 excavations at a suspected mass grave", "investigation",
         "2024-07-04", date_end="2024-07-15")
    d.ev("During July 4-15 excavations at a suspected mass grave", "other", "2023-06")
    d.fig("During July 4-15 excavations at a suspected mass grave", 12,
          "skeletal remains exhumed in July")
    d.fig("During July 4-15 excavations at a suspected mass grave", 52,
          "skeletal remains exhumed in total")
    # t-tfixA: "the excavations" named again: the July 4-15 excavations (2026-12-08).
    d.ev("observed excavations following the court ruling allowing their presence", "other",
         "2024-07-04", date_end="2024-07-15")
    d.ev("The OMP reported the mass grave originated from 1994 to 1996", "killing", "1994",
         date_end="1996", source="Office on Missing Persons")
    d.ev("The Mullaitivu Magistrate Court ordered the mass grave closed", "other", Y)
    d.ev("government intelligence officers were present and questioned some",
         "surveillance", Y, source="civil society and the Office on Missing Persons")
    d.ev("The HRCSL received 838 complaints of arbitrary arrest or detention",
         "detention_or_arrest", "2024-01", date_end="2024-08", polarity="alleged",
         source=HRCSL)
    d.fig("The HRCSL received 838 complaints of arbitrary arrest or detention", 838,
          "arbitrary arrest or detention complaints", source=HRCSL)
    d.ev("authorities notified the HRCSL of 46 cases of arrests", "detention_or_arrest",
         "2023-01", date_end="2024-03", source=HRCSL)
    d.fig("authorities notified the HRCSL of 46 cases of arrests", 46,
          "arrests and detentions under the PTA notified", source=HRCSL)
    d.ev("there were reports of at least 10 arrests under the PTA", "detention_or_arrest",
         Y, polarity="alleged")
    d.fig("there were reports of at least 10 arrests under the PTA", 10,
          "arrests under the PTA", "at least")
    d.ev("As of February 8, courts released all 13 individuals", "release", "2024-02-08")
    d.ev("As of February 8, courts released all 13 individuals", "detention_or_arrest",
         "2023-11")
    d.fig("As of February 8, courts released all 13 individuals", 13,
          "individuals arrested under the PTA in November 2023 and released")
    d.ev("during the year at least three PTA detainees", "release", Y,
         source="civil society sources")
    d.fig("during the year at least three PTA detainees", 3,
          "PTA detainees released, discharged or acquitted", "at least",
          source="civil society sources")
    d.fig("those who remained incarcerated under the PTA consisted of 42", 42,
          "prisoners held under the PTA", source="civil society groups")
    d.fig("those who remained incarcerated under the PTA consisted of 42", 14,
          "Tamils held under the PTA for LTTE-related offenses", source="civil society groups")
    d.fig("those who remained incarcerated under the PTA consisted of 42", 28,
          "Muslims held under the PTA over the Easter Sunday attacks",
          source="civil society groups")
    d.ev("those who remained incarcerated under the PTA consisted of 42", "attack_or_threat",
         "2019")
    d.fig("Pretrial detainees comprised approximately two-thirds", 2 / 3,
          "share of pretrial detainees in the detainee population", "approximately")

    d.sec("2.d")
    d.not_entity("International Religious Freedom Report")
    d.sec("2.e")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: CollectionTestDoc) -> None:
    d.sec("3.a")
    d.ent("organization", "International Truth and Justice Project Sri Lanka")
    d.ent("person", "Gehan Gunatilake")
    d.ent("organization", HRCSL, "HRCSL")
    d.ent("person", "S. Thurairaja")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "National Police Commission")
    d.ent("place", "Jaffna")
    d.ent("organization", "Rapid Response Unit")
    d.not_entity("International Day in Support of Victims of Torture",
                 "Convention Against Torture and Other Cruel")
    d.ev("but there were credible reports government officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("confirmed that it had documented six cases in which individuals",
         "torture_or_abuse", Y,
         source="International Truth and Justice Project Sri Lanka")
    d.fig("confirmed that it had documented six cases in which individuals", 6,
          "documented cases of abduction, torture and release",
          source="International Truth and Justice Project Sri Lanka")
    # t-conv18 settlement (S6c): a dated statement of a state or count by a verb of speech is `other` (was report_published)
    d.ev("On June 26, speaking at an event to mark the International Day",
         "other", "2024-06-26", source="Gehan Gunatilake")
    d.fig("stated only 115 cases had been filed under the 1994", 115,
          "cases filed under the act against torture", source="Gehan Gunatilake")
    d.fig("stated only 115 cases had been filed under the 1994", 10,
          "convictions under the act against torture", "fewer than",
          source="Gehan Gunatilake")
    d.ev("On August 2, Justice S. Thurairaja, chairman of a three-judge", "trial",
         "2024-08-02")
    d.ev("On August 2, Justice S. Thurairaja, chairman of a three-judge",
         "torture_or_abuse", "2009")
    d.fig("On August 2, Justice S. Thurairaja, chairman of a three-judge", 2,
          "university students who petitioned the court")
    # t-gold21: "had not addressed these issues nor issued any reports concerning them": a
    # general negated duty and a negated report on a class, no event (2026-12-08, 2026-12-13;
    # negated reporting, settled 2026-12-16).
    # t-tfixA: civilians in the street, not in custody: `attack_or_threat` (2026-12-08).
    d.ev("On November 9, security forces in Jaffna allegedly physically assaulted",
         "attack_or_threat", "2024-11-09", polarity="alleged", place="Jaffna")
    d.ev("the HRCSL documented 2,845 complaints of torture", "torture_or_abuse", "2023-01",
         date_end="2024-03", polarity="alleged", source=HRCSL)
    d.fig("the HRCSL documented 2,845 complaints of torture", 2845,
          "complaints of torture", source=HRCSL)
    d.fig("the HRCSL documented 2,845 complaints of torture", 675,
          "complaints of degrading treatment", source=HRCSL)
    d.ev("and established a Rapid Response Unit to conduct immediate visits", "other", Y)
    d.ev("From January to June, the HRCSL conducted 992 police station visits", "other",
         "2024-01", date_end="2024-06")
    d.fig("From January to June, the HRCSL conducted 992 police station visits", 992,
          "police station visits by the commission")
    d.fig("From January to June, the HRCSL conducted 992 police station visits", 36,
          "prison visits by the commission")
    d.fig("From January to June, the HRCSL conducted 992 police station visits", 2293,
          "detainees met at police stations")
    d.fig("small Dawoodi Bohra community (fewer than 3,000 persons)", 3000,
          "members of the Dawoodi Bohra community", "fewer than")

    d.sec("3.b")
    d.ent("organization", DOL, "Labor Department")
    d.not_entity("Findings on the Worst Forms of Child Labor",
                 "Muslim Marriage and Divorce Act")
    d.prov("Civil law set the minimum legal age for marriage at 18", "threshold", 18, "age",
           "at 18", "minimum age for marriage")
    d.prov("Civil law set the minimum legal age for marriage at 18", "threshold", 16, "age",
           "at age 16 with parental consent", "marriage of girls with parental consent")
    d.prov("permitted the marriage of girls as young as 12", "threshold", 12, "age",
           "as young as 12", "marriage of Muslim girls")
    d.prov("sexual intercourse with a girl younger than 16", "threshold", 16, "age",
           "younger than 16", "statutory rape")
    d.prov("did not apply to married Muslim girls older than 12", "threshold", 12, "age",
           "older than 12", "statutory rape exception for married Muslim girls")

    d.sec("3.c")
    d.ent("organization", UNHCR, "UNHCR", "UNHCR Sri Lanka")
    d.ent("place", "Sri Lanka")
    d.ev("A 2005 memorandum of understanding allowed UNHCR to operate", "other", "2005")
    d.ev("On January 2, a group of Rohingya refugees staged a protest", "protest",
         "2024-01-02")
    d.fig("there were 163 registered refugees and 251 registered asylum seekers", 163,
          "registered refugees", source=UNHCR)
    d.fig("there were 163 registered refugees and 251 registered asylum seekers", 251,
          "registered asylum seekers", source=UNHCR)
    d.fig("Among these persons were 110 Rohingya refugees", 110, "Rohingya refugees")
    d.ev("UNHCR stopped processing asylum applications", "asylum_or_citizenship_decision", Y)
    d.fig("UNHCR stopped processing asylum applications", 250,
          "asylum seekers and refugees who arrived after March 2022", "approximately")
    d.ev("UNHCR announced in June that 176 asylum seekers",
         "asylum_or_citizenship_decision", "2024-06", source=UNHCR)
    d.fig("UNHCR announced in June that 176 asylum seekers", 176,
          "asylum seekers not to be considered for resettlement", source=UNHCR)
    d.ev("UNHCR discontinued the monthly subsistence allowance", "other", "2023-12-31")

    d.sec("3.d")
    d.ev("There were no known reports of antisemitic incidents.", "attack_or_threat", Y,
         polarity="negated")

    d.sec("3.e")
    d.ent("organization", "Ministry of Defense")
    d.ent("organization", LTTE, "LTTE")
    d.ent("organization", "United Thawheed Jamma’ath")
    d.ent("organization", "Ceylon Thawheed Jamma’ath")
    d.ent("organization", "Sri Lanka Thawheed Jamma’ath")
    d.ent("organization", "All Ceylon Thawheed Jamma’ath")
    d.ent("organization", "Jamiyathul Ansari Sunnathul Mohomadiya")
    d.ev("The government engaged in transnational repression against Tamil",
         "attack_or_threat", Y)
    d.ev("On June 3, the Ministry of Defense renewed the proscription",
         "registration_decision", "2024-06-03")
    d.fig("On June 3, the Ministry of Defense renewed the proscription", 9,
          "Tamil diaspora organizations proscribed")
    d.fig("On June 3, the Ministry of Defense renewed the proscription", 6,
          "Muslim groups proscribed")
    d.ev("It also renewed the banning of 118 individuals", "other", Y)
    d.fig("It also renewed the banning of 118 individuals", 118, "individuals banned")
    d.ev("On July 26, the government removed a ban on five", "registration_decision",
         "2024-07-26")
    d.ev("On July 26, the government removed a ban on five", "registration_decision", "2021")
    d.fig("On July 26, the government removed a ban on five", 5,
          "Muslim groups whose ban was removed")
    d.fig("On July 26, the government removed a ban on five", 11,
          "Muslim groups proscribed in 2021")


# =========================================================================================
# Executive summary (with the title line) and Section 1. Life
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", "Sri Lanka")
    d.ent("organization", "Aragalaya")
    d.ev("After the widely contested September 21 presidential elections",
         "election_or_referendum", "2024-09-21")
    d.ev("After the widely contested September 21 presidential elections",
         "election_or_referendum", "2024-11-14")
    d.ev("After the widely contested September 21 presidential elections", "protest", "2022")
    # t-gold28 (settlement 2026-12-22, S5): the civil society groups' call on the new administration
    # "to build on the demands for good governance and respect for rights" is a call on a body about
    # a policy in general: no event (the `other` record removed; the two elections and the 2022
    # protest movement keep theirs).
    d.ev("Significant human rights issues included credible reports of: arbitrary",
         "killing", Y, polarity="alleged")
    d.ev("The government took minimal steps to identify and punish officials",
         "investigation", Y)


def section_1(d: CollectionTestDoc) -> None:
    d.sec("1.a")
    d.ent("organization", HRCSL, "HRCSL")
    d.ent("person", "Kalahara Dilshan", "Dilshan")
    d.ent("place", "Malwathuhiripitiya")
    d.ent("place", "Yatawaka")
    d.not_entity("Wathupitiwala Hospital",
                 "General Guidelines and Recommendations to Sri Lanka Police")
    d.ev("There were several reports the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("There were multiple deaths in police custody", "death_in_custody", Y)
    d.ev("In September, the Human Rights Commission of Sri Lanka", "report_published",
         "2024-09", source=HRCSL)
    d.ev("In September, the Human Rights Commission of Sri Lanka", "death_in_custody",
         "2024-01", date_end="2024-08", source=HRCSL)
    d.fig("In September, the Human Rights Commission of Sri Lanka", 7,
          "custodial deaths between January and August", source=HRCSL)
    d.ev("Police reported 103 targeted shootings throughout the year", "attack_or_threat",
         Y, source="police")
    d.ev("Police reported 103 targeted shootings throughout the year", "attack_or_threat",
         "2023", source="police")
    d.fig("Police reported 103 targeted shootings throughout the year", 103,
          "targeted shootings during the year", source="police")
    d.fig("Police reported 103 targeted shootings throughout the year", 120,
          "targeted shootings in 2023", source="police")
    d.ev("On March 10, police arrested Kalahara Dilshan", "detention_or_arrest",
         "2024-03-10")
    d.ev("On March 10, police arrested Kalahara Dilshan", "killing", "2024-01-23",
         place="Malwathuhiripitiya")
    d.ev("the suspect tried to escape by shooting at the officers", "attack_or_threat", Y,
         source="police", place="Yatawaka")
    d.ev("Police returned fire to prevent his escape and wounded him.", "attack_or_threat",
         Y)
    d.ev("Dilshan succumbed to his injuries at Wathupitiwala Hospital.", "death_in_custody",
         "2024-03-10")
    d.ev("led the HRCSL to issue recommendations in its December 2023", "report_published",
         "2023-12", source=HRCSL)

    d.sec("1.b")
    d.ev("There were no reports of coerced abortion but civil society reported", "other", Y,
         polarity="negated")
    # t-tfixA: "civil society reported involuntary sterilization occurred": a report of a
    # phenomenon, no actor and no instance (2026-12-08); that record removed.


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": section_3}


def sri_lanka() -> CollectionTestDoc:
    d = CollectionTestDoc("2024_sri-lanka", FILE, 2024, {g: GROUPS[g] for g in DONE})
    # In order of annotation; an entity is declared by each part that names it.
    for group in DONE:
        PART_BUILDERS[group](d)
    return d


DOCS = {"2024_sri-lanka": sri_lanka}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
