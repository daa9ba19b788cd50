"""Build the hand-made DEV gold file for Andorra 2016 (a page of the public collection).

``2016_andorra.jsonl`` annotates ``html/2016/andorra.html`` of the public collection of state.gov
pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to the repository
as ``../collection/html/2016/andorra.html`` by ``scripts/collection.sh``: the 2016 edition, classic
seven-section layout, about 26,000 characters. Split ``dev`` (annotated before any run of the system
on the page, so it joins the held-out dev list at its merge), with the method of
``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every record
below was decided by hand, reading the report sentence by sentence before the system was ever run on
it; the script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets, names
and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_andorra2016.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_andorra2016.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2016_andorra.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2016/andorra.html"
Y = "2016"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

AD = "Andorra"
MSAJI = "Ministry of Social Affairs, Justice, and Interior"
ECHR = "European Court of Human Rights"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", AD, "Principality of Andorra")
    d.ent("place", "France")
    # the see of the Spanish co-prince, named by its region
    d.ent("place", "Urgell")
    d.ent("organization", "General Council of the Valleys")
    d.fig("Two co-princes–the president of France and the Spanish bishop", 2,
          "co-princes serving as heads of state")
    d.ent("organization", "Democrats for Andorra")
    d.ent("person", "Antoni Marti Petit")
    B = "In March 2015 the country held free and fair multiparty elections"
    d.ev(B, "election_or_referendum", "2015-03")
    d.fig(B, 28, "seats in parliament")
    # a past election's paragraph: its narration takes the election's year (settled 2026-12-18)
    d.ev("the Democrats for Andorra re-elected Antoni Marti Petit head of government",
         "election_or_referendum", "2015")
    # the list of issues of the year: its first item names no occurrence (a lack of protection)
    d.ev("The country’s main human rights problem was the lack of legal protection",
         "other", Y)
    # the list of issues of the year, first item domestic violence (spousal and child abuse)
    d.ev("Other problems included domestic violence, including spousal abuse and child abuse.",
         "torture_or_abuse", Y)
    d.ev("There were no reports that government officials or the national police committed",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("There were no reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ev("there were no reports that government officials employed them", "torture_or_abuse", Y,
         polarity="negated")
    # "no significant reports regarding ... conditions": a state (the dev gold: none)
    d.ev("There were no reports of deaths in prison or in the pretrial",
         "death_in_custody", Y, polarity="negated")

    d.sec("1.d")
    d.ent("organization", MSAJI)
    d.ent("organization", ECHR, "ECHR")
    d.ev("There were no reports of impunity involving security forces during the year.",
         "other", Y, polarity="negated")
    d.prov("Police legally may detain persons for 48 hours without a hearing", "time_limit", 48,
           "hours", "48 hours", "detention without a hearing")
    d.prov("The judge has up to 24 hours to charge the detainee", "time_limit", 24, "hours",
           "up to 24 hours", "charge or release of a detainee by the judge")

    d.sec("1.e")
    d.ent("organization", ECHR, "ECHR")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports that the government failed to respect these prohibitions",
         "other", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    # a city's prosecutor: the city named (no facility)
    d.ent("place", "Barcelona")
    d.ent("organization", "International Telecommunication Union")
    # trainings given, each dated
    d.ev("In February the Barcelona hate crimes prosecutor gave the first-ever training",
         "other", "2016-02")
    d.ev("In July the Andorran prosecutor’s office delivered a similar training", "other",
         "2016-07")
    # "did not restrict ... or censor": no event (N2); the "no credible reports" clause is one
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")
    B = "According to the International Telecommunication Union, 38 percent of the population"
    d.fig(B, 38, "share of the population with a fixed broadband subscription", unit="percent",
          source="International Telecommunication Union")
    d.fig(B, 97, "share of the population using the internet (2015)", unit="percent",
          source="International Telecommunication Union")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("organization", MSAJI)
    # a negated occurrence with "during the year": requests for protection received
    d.ev("no requests were received during the year", "other", Y, polarity="negated",
         source=MSAJI)


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("place", "Spain")
    d.ent("place", "Portugal")
    d.ent("place", "France")
    # an observers' verdict on an election: `other`, dated by the election it judges
    d.ev("Observers considered parliamentary elections held in March 2015 to be free",
         "other", "2015-03")
    d.fig("as of 2015 represented only 46 percent of the country’s population", 46,
          "citizens' share of the population (2015)", unit="percent")
    d.prov("The law requires 15 to 20 years of residency for naturalization.", "threshold", 15,
           "years", "15 to 20 years", "residency required for naturalization", value_end=20)

    d.sec("4")
    d.ev("There were no reports of government corruption during the year.", "other", Y,
         polarity="negated")


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    # Section 5 holds no record: "published an annual report" is the ombudsman's standing
    # function, told beside its standing qualities (resources, effectiveness); see the notes
    d.sec("6")
    d.ent("organization", MSAJI)
    d.ent("organization", "Prosecutor’s Office")
    d.ent("organization", "Interdisciplinary Team on Gender Violence", "EAID")
    d.ent("organization", "Caritas")
    d.ent("organization", "Andorran Women’s Association", "ADA")
    d.ent("organization", "Council of Europe")
    d.ent("person", "Nils Muiznieks")
    d.ent("place", AD)
    d.ent("organization", "Specialized Child Protection Team")
    d.ent("organization", "Department of State")
    d.ent("organization", "Andorran Federation of Associations for Persons with Disabilities")
    d.ent("organization", "European Commission against Racism and Intolerance")
    d.not_entity("Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Parental Child Abduction")
    d.prov("both of which are punishable by up to 15 years’ imprisonment", "penalty", 15,
           "years", "up to 15 years’ imprisonment", "rape, including spousal rape")
    d.prov("violence with a prison sentence of up to three years", "penalty", 3, "years",
           "a prison sentence of up to three years", "domestic violence")
    # the law's entry into effect narrated in a relative clause; the commission set up in March
    B = "Domestic Violence that entered into effect in February 2015, the government in March"
    d.ev(B, "law_or_decree", "2015-02")
    d.ev(B, "other", "2016-03")
    # counts of the prosecutor's acts up to an as-of date: events of the year
    B = "As of June 30, the Prosecutor’s Office initiated 67 criminal proceedings"
    d.ev(B, "charge", Y, source="Prosecutor’s Office")
    d.fig(B, 67, "criminal proceedings initiated related to gender violence (to June 30)")
    d.fig("related to gender violence and 19 related to domestic violence", 19,
          "criminal proceedings initiated related to domestic violence (to June 30)")
    B = "The Prosecutor’s Office concluded 33 cases of gender violence"
    d.ev(B, "other", Y, source="Prosecutor’s Office")
    d.fig(B, 33, "cases of gender violence concluded by the Prosecutor's Office")
    d.fig(B, 4, "cases of domestic violence concluded by the Prosecutor's Office")
    # cases assisted by a service up to an as-of date: figures only (services, not occurrences)
    B = "As of August, EAID had assisted 127 cases of domestic violence"
    d.fig(B, 127, "cases of domestic violence against women assisted by EAID (to August)")
    d.fig(B, 42, "new cases assisted by EAID")
    # a body established without a date: an act on one particular body (the report year)
    d.ev("The government established a department on equality policies", "other", Y)
    d.prov("punishable by three months’ to three years’ imprisonment", "penalty", 3, "months",
           "three months’ to three years’", "sexual harassment")
    # cases reported up to an as-of date (complaints received): figures only
    d.fig("As of June 30, four cases of sexual harassment were reported.", 4,
          "cases of sexual harassment reported (to June 30)")
    B = "discrimination against women privately or professionally with fines up to 24,000"
    d.prov(B, "penalty", 24000, "EUR", "fines up to 24,000 euros", "discrimination against women")
    d.prov(B, "penalty", 26400, "USD", "$26,400", "discrimination against women")
    d.fig("As of June 30, two cases were processed.", 2,
          "cases of discrimination against women processed (to June 30)")
    # the commissioner's visit and the call in his press statement at its end: one record
    B = "at the conclusion of his visit to the country on May 10-11"
    d.ev(B, "other", "2016-05-10", date_end="2016-05-11", source="Council of Europe")
    # another part of the dated statement, added with "also" on a verb of its own type
    d.ev("He also called to engage the authorities with the private sector", "other",
         "2016-05-10", date_end="2016-05-11", source="Council of Europe")
    d.ev("In February the government organized a training session on nondiscrimination",
         "other", "2016-02")
    B = "one of the parents has completed 10 years’ permanent residence in the country"
    d.prov(B, "threshold", 10, "years", "10 years’ permanent residence",
           "a parent's residence for a child's nationality by birth")
    B = "if his/her parents have been permanently resident in the country for 10 years"
    d.prov(B, "time_limit", 1, "years", "a year after the age of majority",
           "acquiring citizenship after majority")
    d.prov(B, "threshold", 10, "years", "for 10 years",
           "parents' residence for a child's citizenship")
    d.prov(B, "threshold", 5, "years", "for the last five years",
           "own uninterrupted residence for citizenship")
    # counts of the prosecutor's acts up to the end of June: events of the year
    B = "the Prosecutor’s Office initiated 52 criminal proceedings related to child abuse"
    d.ev(B, "charge", Y, source="Prosecutor’s Office")
    d.fig(B, 52, "criminal proceedings related to child abuse (to June)")
    d.fig(B, 9, "proceedings related to domestic violence against children")
    d.fig(B, 43, "proceedings related to violence against children")
    B = "the Prosecutor’s Office concluded one case of violence against children"
    d.ev(B, "other", Y, source="Prosecutor’s Office")
    d.fig(B, 1, "cases of violence against children concluded (to June)")
    B = "Team consisted of two social workers, two social educators, and two psychologists"
    d.fig(B, 2, "social workers of the Specialized Child Protection Team")
    d.fig(B, 2, "social educators of the Specialized Child Protection Team")
    d.fig(B, 2, "psychologists of the Specialized Child Protection Team")
    B = "As of June 30, authorities assisted 185 minors at risk"
    d.fig(B, 185, "minors at risk assisted (to June 30)")
    d.fig(B, 58, "new cases of minors at risk")
    d.fig("As of the end of July, 23 minors lived in a shelter", 23,
          "minors living in a shelter (end of July)")
    B = "The minimum legal age of marriage is 16 years for both girls"
    d.prov(B, "threshold", 16, "age", "16 years", "minimum age of marriage")
    d.prov(B, "threshold", 14, "age", "as early as 14 years", "marriage with judicial authority")
    d.prov("Child pornography is illegal and carries a prison sentence of up to four years",
           "penalty", 4, "years", "a prison sentence of up to four years", "child pornography")
    d.prov("The minimum age of sexual consent is 14 years.", "threshold", 14, "age", "14 years",
           "minimum age of sexual consent")
    d.prov("The penalty for statutory rape is 15 years’ imprisonment", "penalty", 15, "years",
           "15 years’ imprisonment", "statutory rape")
    d.fig("placed the size of the Jewish community at approximately 100 persons", 100,
          "size of the Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("There were no confirmed reports during the year that Andorra was a source",
         "other", Y, polarity="negated")
    d.fig("Additionally one separate school for children with disabilities existed", 1,
          "separate schools for children with disabilities")
    d.fig("two areas in which the country was not fully compliant", 2,
          "priority areas in which the country fell short of international standards")
    # a report cited with its year
    d.ev("in its latest report in 2015, the European Commission against Racism",
         "report_published", "2015", source="European Commission against Racism and Intolerance")
    # bullying cases registered up to an as-of date: figures only
    B = "As of June, 10 cases were registered, one of which was in court."
    d.fig(B, 10, "bullying cases registered (to June)")
    d.fig(B, 1, "registered bullying cases in court")

    d.sec("7.a")
    d.ent("organization", "Andorran Trade Union")
    d.ent("organization", "Andorran Social Security")
    d.ent("organization", "Department of Statistics")
    d.ent("organization", "Labor Inspection Office")
    d.ent("organization", "Department for Social Affairs and Labor")
    d.ent("organization", "Andorran Women’s Association", "ADA")
    d.ent("organization", MSAJI)
    # one record per date: the first occurrence of the clause (collective bargaining) types it
    d.ev("Neither collective bargaining nor strikes occurred during the year.", "other", Y,
         polarity="negated")
    d.ev("There were no official reports of or investigations into any antiunion", "other", Y,
         polarity="negated")

    d.sec("7.b")
    d.prov("are punishable by a minimum of four years and a maximum of 12", "penalty", 4,
           "years", "a minimum of four years … 12 years",
           "slavery and trafficking for labor exploitation", value_end=12)
    d.ev("There were no reports of such practices.", "other", Y, polarity="negated")

    d.sec("7.c")
    d.prov("The law prohibits children younger than 14 years old from working.", "threshold", 14,
           "age", "younger than 14 years old", "minimum age for work")
    B = "may work up to two months per year during school holidays"
    d.prov(B, "threshold", 14, "age", "14 or 15 years old", "holiday work of children",
           value_end=15)
    d.prov(B, "prohibition", 2, "months", "up to two months per year",
           "holiday work of children 14 or 15")
    B = "The law limits work by children 14 or 15 years old to no more"
    d.prov(B, "threshold", 14, "age", "14 or 15 years old", "daily hours of young children",
           value_end=15)
    d.prov(B, "prohibition", 6, "hours", "no more than six hours per day",
           "work of children 14 or 15")
    d.prov(B, "threshold", 16, "age", "16 or 17 years old", "daily hours of older children",
           value_end=17)
    d.prov(B, "prohibition", 8, "hours", "eight hours per day", "work of children 16 or 17")
    B = "Economic fines range from 50 euros ($55) for minor violations"
    d.prov(B, "penalty", 50, "EUR", "50 euros", "minor child labor violations")
    d.prov(B, "penalty", 55, "USD", "$55", "minor child labor violations")
    d.prov(B, "penalty", 24000, "EUR", "24,000 euros", "severe child labor violations")
    d.prov(B, "penalty", 26400, "USD", "$26,400", "severe child labor violations")
    d.ev("There were no reports of child labor.", "other", Y, polarity="negated")

    d.sec("7.d")
    # the same sentence stands in 7.e: anchored after this paragraph's sentence before it
    B = "The government effectively enforced these laws and regulations.||The law permits fines"
    d.prov(B, "penalty", 24000, "EUR", "fines of up to 24,000 euros", "employment discrimination")
    d.prov(B, "penalty", 26400, "USD", "$26,400", "employment discrimination")
    # a plan approved: `other` (plans are not laws); no date of its own
    d.ev("approved a four-year (2016-19) strategic plan to favor labor insertion", "other", Y)
    d.fig("While women represent 49 percent of the workforce", 49,
          "women's share of the workforce", unit="percent")
    # "no cases were filed during the year": a negated occurrence of the year; the reported
    # cases of discrimination are a phenomenon without an actor or instance
    d.ev("Although no cases were filed during the year", "other", Y, polarity="negated")
    B = "the Department of Statistics estimated that women earned 24 percent less"
    d.fig(B, 24, "pay gap between women and men for comparable work", unit="percent",
          source="Andorran Social Security")
    d.fig("In the finance sector this percentage increases to 47 percent.", 47,
          "pay gap in the finance sector", unit="percent")
    B = "The law permits fines from 3,001 euros ($3,301) to 24,000 euros"
    d.prov(B, "penalty", 3001, "EUR", "from 3,001 euros … to 24,000 euros", "pay discrimination",
           value_end=24000)
    d.prov(B, "penalty", 3301, "USD", "($3,301) … ($26,400)", "pay discrimination",
           value_end=26400)

    d.sec("7.e")
    B = "The national minimum wage was 5.63 euros ($6.19) per hour"
    d.fig(B, 5.63, "hourly minimum wage", unit="EUR")
    d.fig(B, 6.19, "hourly minimum wage", unit="USD")
    d.fig(B, 975.87, "monthly minimum wage", unit="EUR")
    d.fig(B, 1073.46, "monthly minimum wage", unit="USD")
    B = "The most recent poverty income level was 886 euros"
    d.fig(B, 886, "poverty income level", unit="EUR")
    d.fig(B, 974.6, "poverty income level", unit="USD")
    B = "The law limits the standard workweek to five eight-hour days"
    d.prov(B, "prohibition", 5, "days", "five eight-hour days", "standard workweek")
    d.prov(B, "prohibition", 8, "hours", "eight-hour days", "standard workday")
    d.prov(B, "prohibition", 40, "hours", "a total of 40 hours per week", "standard workweek")
    B = "Workers may work up to two overtime hours per day or 15 hours"
    d.prov(B, "prohibition", 2, "hours", "up to two overtime hours per day", "daily overtime")
    d.prov(B, "prohibition", 15, "hours", "15 hours per week", "weekly overtime")
    d.prov(B, "prohibition", 50, "hours", "50 hours per month", "monthly overtime")
    d.prov(B, "prohibition", 426, "hours", "426 hours per year", "yearly overtime")
    B = "The law provides for premium pay of time plus 25 percent"
    d.prov(B, "right", 25, "percent", "time plus 25 percent", "premium pay, first overtime hours")
    d.prov(B, "threshold", 4, "hours", "the first four hours per week",
           "overtime hours at the first premium")
    d.prov(B, "right", 50, "percent", "time plus 50 percent", "premium pay, next overtime hours")
    d.prov(B, "threshold", 4, "hours", "the following four hours",
           "overtime hours at the second premium")
    d.prov(B, "right", 75, "percent", "time plus 75 percent",
           "premium pay, remaining overtime hours")
    d.prov("There is a required rest period of 12 hours between work shifts.", "requirement",
           12, "hours", "a rest period of 12 hours", "rest between work shifts")
    d.fig("The office consisted of nine persons, including seven labor inspectors.", 9,
          "staff of the Labor Inspection Office")
    d.fig("The office consisted of nine persons, including seven labor inspectors.", 7,
          "labor inspectors")
    B = "including seven labor inspectors.||The law permits fines of up to 24,000 euros"
    d.prov(B, "penalty", 24000, "EUR", "fines of up to 24,000 euros",
           "workplace standards violations")
    d.prov(B, "penalty", 26400, "USD", "$26,400", "workplace standards violations")
    # complaints received up to an as-of date: figures only
    d.fig("As of the end of July, the Labor Inspection Office received 55 complaints.", 55,
          "complaints received by the Labor Inspection Office (to end of July)")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def andorra() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2016_andorra", FILE, 2016, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2016_andorra": andorra}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
