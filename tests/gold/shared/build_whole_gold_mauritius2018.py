"""Build the hand-made DEV gold file for Mauritius 2018 (a page of the public collection).

``2018_mauritius.jsonl`` annotates ``html/2018/mauritius.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2018/mauritius.html`` by ``scripts/collection.sh``: the
2018 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_malawi2016.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_mauritius2018.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_mauritius2018.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2018_mauritius.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold
from build_whole_gold_dev import seven_section_parts
from collection_gold import CollectionDevDoc, assemble

FILE = "html/2018/mauritius.html"
Y = "2018"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

NHRC = ("National Human Rights Commission", "NHRC")
EOC = ("Equal Opportunities Commission", "EOC")
LEXPRESS = "L’Express"
DPP = "Office of the Director of Public Prosecutions"
MOL = "Ministry of Labor, Industrial Relations, and Employment"
NRB = ("National Remuneration Board", "NRB")
PILS = "Prevention Information Lutte contre le Sida"
MLC = "Mauritius Labor Congress"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", *NHRC)
    d.ent("organization", *EOC)
    d.ent("organization", "National Assembly")

    d.sec("6")
    d.ent("organization", LEXPRESS)
    d.ent("organization", "Department of State")
    d.ent("place", "Port Louis")
    d.ent("person", "Showkutally Soodhun")
    d.ent("place", "Quatre Bornes")
    d.ent("organization", DPP)
    d.ent("organization", PILS)
    d.ent("organization", "Ministry of Health and Quality of Life")
    d.not_entity("Protection from Domestic Violence Act", "PDVA", "Family Welfare app",
                 "Judicial Provisions Act", "Rehabilitation of Youth Center", "RYC",
                 "Correctional Youth Center",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report")
    rape = "The penalty for rape is 20 years’ imprisonment, with a fine"
    d.prov(rape, "penalty", 20, "years", "20 years’ imprisonment", "rape")
    d.prov(rape, "penalty", 200000, "MUR", "a fine not exceeding 200,000 rupees", "rape")
    d.prov(rape, "penalty", 5880, "USD", "$5,880", "rape")
    d.ev("L’Express newspaper reported that on October 30, a 17-year-old girl", "other",
         "2018-10-30", source=LEXPRESS)
    d.ev("She said that it was the second time in two years", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("Authorities arrested the boy but released him on bail the next day.",
         "detention_or_arrest", Y)
    d.ev("Amendments to the Protection from Domestic Violence Act (PDVA) came into force",
         "law_or_decree", "2016")
    d.ev("Authorities prosecuted crimes including assault, aggravated assault", "charge", Y)
    po = "Anyone found guilty of violating a protection order under the PDVA"
    d.prov(po, "penalty", 50000, "MUR", "up to 50,000 rupees", "violating a protection order")
    d.prov(po, "penalty", 1470, "USD", "$1,470", "violating a protection order")
    d.prov(po, "penalty", 1, "years", "up to one year",
           "violating a protection order, first offense")
    po2 = "Under the newly amended PDVA, the penalty is 100,000 rupees"
    d.prov(po2, "penalty", 100000, "MUR", "100,000 rupees",
           "violating a protection order, second offense")
    d.prov(po2, "penalty", 2940, "USD", "$2,940", "violating a protection order, second offense")
    d.prov(po2, "penalty", 2, "years", "imprisonment not to exceed two years",
           "violating a protection order, second offense")
    d.prov(po2, "penalty", 5, "years", "up to five years’ imprisonment",
           "violating a protection order, subsequent offenses")
    d.ev("On June 25, the government launched a new application", "other", "2018-06-25")
    d.fig("As of December 21, there were two of domestic violence cases", 2,
          "domestic violence cases reported through the app")
    d.prov("The law prohibits sexual harassment, which is punishable by up to two years",
           "penalty", 2, "years", "up to two years’ imprisonment", "sexual harassment")
    d.ev("There were no reports of coerced abortion or involuntary sterilization.", "other", Y,
         polarity="negated")
    d.prov("Children derive citizenship by birth within the country’s territory", "threshold",
           1, "parents", "one or both parents", "citizenship by birth")
    d.prov("The minimum legal marriage age for boys and girls is 16", "threshold", 16, "age",
           "16 with parental consent", "minimum marriage age")
    d.ev("Although there were no reports of forced marriages", "other", Y, polarity="negated")
    d.ev("on June 20, media reported that a pregnant 13-year-old was found dead", "other",
         "2018-06-20", source="media")
    d.ev("The postmortem examination did not find any trace of physical abuse",
         "investigation", Y)
    d.ev("The investigation revealed that she had been married since January", "other",
         "2018-01")
    cp = "The law prohibits child pornography and provides for a maximum penalty"
    d.prov(cp, "penalty", 20, "years", "20 years’ imprisonment",
           "child pornography")
    d.prov(cp, "penalty", 100000, "MUR", "a fine not exceeding 100,000 rupees",
           "child pornography")
    d.prov(cp, "penalty", 2941, "USD", "$2,941", "child pornography")
    d.prov("The law prohibits all forms of child sex trafficking and provides", "penalty", 30,
           "years", "30 years’ imprisonment", "child sex trafficking")
    d.prov("The minimum age for consensual sex is 16.", "threshold", 16, "age", "16",
           "age of consent")
    rape2 = "The penalty for rape is imprisonment for up to 20 years"
    d.prov(rape2, "penalty", 20, "years", "up to 20 years", "rape")
    d.prov(rape2, "penalty", 200000, "MUR", "a fine not exceeding 200,000 rupees", "rape")
    d.prov(rape2, "penalty", 5882, "USD", "$5,882", "rape")
    jpa = "the Judicial Provisions Act of 2008 prescribes punishment"
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.prov(jpa, "penalty", 30, "years", "up to 30 years’ imprisonment", "child trafficking")
    # (no event: a law named with its year told as a rule is a label, settled 2026-12-07)
    d.fig("Approximately 120 Jews, predominantly expatriates", 120, "Jews resident",
          "approximately")
    d.ev("There were no reports of anti-Semitic acts during the year.", "attack_or_threat", Y,
         polarity="negated")
    dis = "persons with disabilities must constitute 3 percent of a workforce"
    d.prov(dis, "threshold", 3, "percent", "3 percent of a workforce",
           "employment quota for persons with disabilities")
    d.prov(dis, "threshold", 35, "employees", "35 or more employees",
           "employment quota for persons with disabilities")
    vid = "In November 2017 L’Express reported that it was in possession"
    d.ev(vid, "report_published", "2017-11", source=LEXPRESS)
    d.fig(vid, 90, "share of the housing project promised to Hindus", unit="percent")
    d.fig(vid, 10, "share of the housing project promised to Muslims", unit="percent")
    d.ev("The minister stepped down in November 2017", "other", "2017-11")
    d.ev("On August 28, the Office of the Director of Public Prosecutions referred", "charge",
         "2018-08-28")
    d.ev("On August 28, the Office of the Director of Public Prosecutions referred", "trial",
         "2018-09-24")
    d.prov("not having had unprotected sex in the 12 months", "requirement", 12, "months",
           "12 months leading up to the donation", "blood donation")
    d.ev("On June 2, the annual Pride march was shortened", "protest", "2018-06-02")
    d.ev("reported authorities denied HIV/AIDS patients social aid", "other", Y, source=PILS)

    d.sec("7")
    d.ent("organization", "Pay Research Bureau")
    d.ent("organization", "Commission for Conciliation and Mediation")
    d.ent("organization", "Industrial Relations Court")
    d.ent("organization", *NRB)
    d.ent("organization", MOL)
    d.ent("organization", "Migrant Labor Unit")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Traffic Enforcement Squad")
    d.ent("organization", "National Empowerment Fund")
    d.ent("organization", MLC)
    for country in ("Bangladesh", "India", "Sri Lanka", "Nepal", "China", "Madagascar"):
        d.ent("place", country)
    d.not_entity("Police (Membership of Trade Union) Act", "Employment Rights Act",
                 "Employment Relations Act", "Equal Opportunities Amendment Act",
                 "Certificate of Character Act", "Findings on the Worst Forms of Child Labor")
    d.ev("The Police (Membership of Trade Union) Act came into force in January 2017",
         "law_or_decree", "2017-01")
    d.ev("however, there were no reports that the government exercised this right",
         "registration_decision", Y, polarity="negated")
    d.prov("a process that is not to exceed 90 days unless", "time_limit", 90, "days",
           "not to exceed 90 days", "conciliation before a strike")
    fines = "including fines of up to 25,000 rupees"
    d.prov(fines, "penalty", 25000, "MUR", "fines of up to 25,000 rupees",
           "labor law violations by employers")
    d.prov(fines, "penalty", 734, "USD", "$734", "labor law violations by employers")
    d.ev("There were no reports of government interference in union activities.", "other", Y,
         polarity="negated")
    eoe = "Approximately 59,000 persons worked in the EOE"
    d.fig(eoe, 59000, "persons working in the export-oriented enterprises", "approximately")
    d.fig(eoe, 10, "share of EOE workers in unions", unit="percent")
    tr = "including 15 years’ imprisonment for convictions of adult trafficking"
    d.prov(tr, "penalty", 15, "years", "15 years’ imprisonment", "adult trafficking")
    d.prov(tr, "penalty", 30, "years", "30 years’ imprisonment", "child trafficking")
    d.ev("Trade unionists reported cases of forced labor during the year", "other", Y,
         source="trade unionists")
    d.fig("there were an estimated 39,500 migrant workers in the country", 39500,
          "migrant workers in the country", "approximately")
    cl = "The law prohibits the employment of children younger than 16"
    d.prov(cl, "threshold", 16, "age", "younger than 16", "minimum age for employment")
    d.prov(cl, "threshold", 18, "age", "under 18", "dangerous or unsuitable work")
    pen = "The penalties for employing a child are a fine of no more than 10,000"
    d.prov(pen, "penalty", 10000, "MUR", "a fine of no more than 10,000 rupees",
           "employing a child")
    d.prov(pen, "penalty", 293, "USD", "$293", "employing a child")
    d.prov(pen, "penalty", 1, "years", "imprisonment not to exceed one year", "employing a child")
    d.ev("and conducted programs to identify and integrate street children", "other", Y)
    d.fig("where approximately 6 percent of all board members were female", 6,
          "share of women among corporate board members", "approximately", unit="percent")
    d.ev("In 2015 police recruited 10 female police riders", "other", "2015")
    d.fig("In 2015 police recruited 10 female police riders", 10,
          "female police riders recruited")
    d.ev("The first female firefighter was recruited in 2011", "other", "2011")
    d.fig("The first female firefighter was recruited in 2011", 14, "female firefighters")
    q = "The law requires organizations employing more than 35 persons"
    d.prov(q, "threshold", 35, "persons", "more than 35 persons",
           "employment quota for persons with disabilities")
    d.prov(q, "threshold", 3, "percent", "at least 3 percent of their positions",
           "employment quota for persons with disabilities")
    eo = "In November 2017 the Equal Opportunities Amendment Act came into force"
    d.ev(eo, "law_or_decree", "2017-11")
    # (the 2012 Certificate of Character Act is a label, no event: settled 2026-12-07)
    mw = "The government introduced a minimum wage of 9,000 rupees"
    d.ev(mw, "law_or_decree", Y)
    d.prov(mw, "threshold", 9000, "MUR", "9,000 rupees ($264) per month", "minimum wage")
    d.prov(mw, "threshold", 264, "USD", "$264", "minimum wage")
    dw = "The minimum wage for an unskilled domestic worker in the EOE"
    d.fig(dw, 607, "weekly minimum wage of an unskilled worker in the EOE", "approximately",
          unit="MUR")
    d.fig(dw, 18, "weekly minimum wage of an unskilled worker in the EOE", "approximately",
          unit="USD")
    d.fig(dw, 794, "weekly minimum wage of an unskilled factory worker outside the EOE",
          "approximately", unit="MUR")
    d.fig(dw, 23, "weekly minimum wage of an unskilled factory worker outside the EOE",
          "approximately", unit="USD")
    pov = "According to the National Empowerment Fund, the national poverty"
    d.fig(pov, 6200, "monthly household income at the poverty threshold", unit="MUR",
          source="National Empowerment Fund")
    d.fig(pov, 182, "monthly household income at the poverty threshold", unit="USD",
          source="National Empowerment Fund")
    hrs = "By law employers cannot force a worker outside the EOE to work"
    d.prov(hrs, "prohibition", 8, "hours", "more than eight hours per day", "working hours")
    d.prov(hrs, "prohibition", 6, "days", "six days per week", "working days")
    d.prov("The standard legal workweek in the EOE is 45 hours.", "prohibition", 45, "hours",
           "45 hours", "standard workweek in the EOE")
    d.fig("10 hours of overtime a week is nonetheless mandatory", 10,
          "weekly overtime hours mandatory at some textile factories", unit="hours",
          source=MLC)
    d.prov("at one and a half times the normal salary rate", "right", 1.5, "times",
           "one and a half times", "overtime pay")
    d.prov("are remunerated at double their normal salary rate", "right", 2, "times",
           "double their normal salary rate", "pay for work on public holidays")
    d.prov("regulations do not permit workers to work more than 10 hours a day", "prohibition",
           10, "hours", "more than 10 hours a day", "working hours in industrial positions")
    ex = "if the number of hours covered in a 14-day period does not exceed 90"
    d.prov(ex, "threshold", 14, "days", "a 14-day period", "hours in excess without remuneration")
    d.prov(ex, "threshold", 90, "hours", "does not exceed 90 hours",
           "hours in excess without remuneration")
    d.fig("some reportedly received only 1,500 rupees", 1500,
          "monthly pay of some cleaning workers", unit="MUR")
    d.fig("some reportedly received only 1,500 rupees", 44, "monthly pay of some cleaning workers",
          unit="USD")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "MBC TV")
    d.ent("place", "Dubai")
    d.ent("place", "United Arab Emirates")
    d.ent("organization", "Interpol")
    d.ent("person", "Salman Rushdie")
    d.ent("organization", "International Telecommunication Union")
    d.not_entity("Independent Broadcasting Authority Act", "The Satanic Verses")
    d.ev("the law was amended on October 31 to prevent internet users", "law_or_decree",
         "2018-10-31")
    d.prov("Anyone found guilty faces 10 years imprisonment.", "penalty", 10, "years",
           "10 years imprisonment", "offensive posts on social media")
    d.ev("there were no reports of violence or harassment against journalists",
         "attack_or_threat", Y, polarity="negated")
    d.ev("On November 8, the immigration services of Dubai interrogated", "investigation",
         "2018-11-08", place="Dubai")
    d.ev("The interrogation was allegedly the result of an Interpol investigation.",
         "investigation", Y, polarity="alleged")
    d.ev("Mauritian press reported, however, that a senior member", "other", Y,
         polarity="alleged", source="Mauritian press")
    d.ev("there were anecdotal reports that a government agent intimidated", "attack_or_threat",
         Y, polarity="alleged")
    d.ev("The government continued its 1989 ban on The Satanic Verses",
         "censorship_or_blocking", "1989")
    # t-conv16 settlement: N2 a negated act on access (did not restrict access to the internet): no event.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.fig("approximately 56 percent of the population used the internet", 56,
          "share of the population using the internet in 2017", "approximately",
          unit="percent", source="International Telecommunication Union")
    # t-conv16 settlement: N1 restriction, no frame of the year: a state.
    # was: d.ev("There were no government restrictions on academic freedom", "censorship_or_blocking",
    # was: Y, polarity="negated")

    d.sec("2.c")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Electoral Supervisory Commission")
    d.ent("organization", "UN Human Rights Committee")
    d.ent("person", "Ameenah Gurib-Fakim")
    d.ent("organization", "Cabinet of Ministers")
    d.not_entity("Best Loser System", "BLS", "International Covenant on Civil and Political Rights")
    d.ev("International and local observers characterized National Assembly elections",
         "other", "2014", source="international and local observers")
    seats = "The constitution provides for filling 62 of the up to 70"
    d.prov(seats, "threshold", 62, "seats", "62 of the up to 70", "elected National Assembly seats")
    d.prov(seats, "threshold", 70, "seats", "up to 70", "National Assembly seats")
    bls = "allocate up to eight additional seats to unsuccessful candidates"
    d.prov(bls, "threshold", 8, "seats", "up to eight additional seats", "Best Loser seats")
    d.ev(bls, "report_published", "1972")
    d.ev("In 2012 the UN Human Rights Committee ruled that a requirement", "other", "2012",
         source="UN Human Rights Committee")
    amend = "the government amended the constitution in 2014 to exempt candidates"
    d.ev(amend, "law_or_decree", "2014")
    d.fig(amend, 4, "recognized communities")
    d.ev("International observers of the 2014 legislative elections noted some concerns.",
         "other", "2014", source="international observers")
    d.ev("In 2015 Ameenah Gurib-Fakim became the first female president", "other", "2015")
    d.prov("by requiring that at least one of three candidates", "threshold", 1, "candidates",
           "at least one of three candidates", "gender of candidates in local elections")
    d.fig("One-third of elected candidates in the 2012 village and municipal elections", 1 / 3,
          "share of women among candidates elected in 2012 local elections")
    women = "women constituted only 11 percent of elected members"
    d.fig(women, 11, "share of women in the National Assembly", unit="percent")
    d.fig(women, 8, "share of women in the cabinet", unit="percent")
    d.fig("Although the Hindu plurality (48 percent of the population)", 48,
          "Hindu share of the population", unit="percent")

    d.sec("4")
    d.ent("organization", "Rodrigues Island Regional Assembly")
    d.ev("however, there were no official complaints.", "other", Y, polarity="negated")


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Mauritius")
    d.ent("organization", "Council of Ministers")
    d.ev("International and local observers judged elections for both the prime minister",
         "other", "2014", source="international and local observers")
    d.ev("Human rights issues included security force abuse of suspects and detainees",
         "torture_or_abuse", Y)
    d.ev("The government took steps to prosecute and punish officials", "charge", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("person", "Iqbal Toofany")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")
    d.ev("In 2015 Iqbal Toofany died while in police custody.", "death_in_custody", "2015")
    d.ev("Police detained him following a routine traffic check", "detention_or_arrest", "2015")
    pros = "The prosecution of five police officers arrested in connection"
    d.ev(pros, "trial", "2018-06")
    d.fig(pros, 5, "police officers prosecuted for the death in custody")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "National Preventive Mechanism", "NPM Division", "NPM")
    d.ent("organization", "EU")
    strip = "On November 13, six prison officers stripped naked a Nigerian detainee"
    d.ev(strip, "torture_or_abuse", "2018-11-13")
    d.fig(strip, 6, "prison officers who stripped and beat a detainee")
    d.ev("On November 19, while appearing in court, a Supreme Court judge ordered", "other",
         "2018-11-19")
    d.ev("By year’s end no arrest had been made.", "detention_or_arrest", Y, polarity="negated")
    d.ev("called a private radio station to denounce the case", "other", Y)
    d.ev("There were allegations of mistreatment, and the National Preventive Mechanism",
         "torture_or_abuse", Y, polarity="alleged")

    d.sec("1.d")
    d.ent("organization", "Coast Guard")
    d.ent("organization", "Special Mobile Forces")
    d.ent("organization", "Police Complaints Investigation Bureau")
    d.ent("organization", "Bureau of Prisons")
    d.not_entity("Independent Police Complaints Act", "Grand River North West Prison")
    d.ev("since the government disbanded the Police Complaints Investigation Bureau in 2013",
         "other", "2013")
    d.ev("In 2016 the Independent Police Complaints Act established a new commission",
         "law_or_decree", "2016")
    d.prov("allows police to detain an individual up to 21 days", "time_limit", 21, "days",
           "up to 21 days", "detention on a provisional charge")
    d.prov("arraign suspects before the local district magistrate within 48 hours",
           "time_limit", 48, "hours", "within 48 hours of arrest", "arraignment")
    d.prov("charged with drug trafficking for up to 36 hours", "time_limit", 36, "hours",
           "up to 36 hours", "detention without counsel or bail for drug trafficking")
    d.ev("There was no report that any suspects were detained incommunicado",
         "detention_or_arrest", Y, polarity="negated")
    d.ev("Unlike in previous years, there were no reports of arbitrary arrests.",
         "detention_or_arrest", Y, polarity="negated")
    d.fig("approximately 40 percent of pretrial detainees typically remained", 40,
          "share of pretrial detainees held three years or more", "approximately",
          unit="percent", source="lawyers")

    d.sec("1.e")
    d.ent("organization", "Privy Council")
    d.ent("place", "United Kingdom")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def mauritius() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2018_mauritius", FILE, 2018, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2018_mauritius": mauritius}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
