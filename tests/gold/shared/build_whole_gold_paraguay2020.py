"""Build the hand-made TEST gold file for Paraguay 2020 (a page of the public collection).

``2020_paraguay.jsonl`` annotates ``html/2020/paraguay.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2020/paraguay.html`` by ``scripts/collection.sh``: the
2020 edition, classic seven-section layout. Annotated BLIND (split ``test``), with the method
and ``CollectionTestDoc`` of ``collection_gold.py``: every record below was decided
by hand, reading the report sentence by sentence before the system was ever run on it; the
script only turns the decisions into offsets (into the text ``rightsledger.read.read_path``
gives), each anchor (at most 14 words) occurring once in the document. The scope line lists in
``"ranges"`` exactly the section groups annotated whole (``DONE``). The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_paraguay2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_paraguay2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2020_paraguay.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionTestDoc, assemble  # noqa: E402

FILE = "html/2020/paraguay.html"
Y = "2020"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

AGO = "Attorney General’s Office"
MINWOMEN = "Ministry of Women"
MINCHILD = "Ministry of Children and Youth"
CODEHUPY = "Paraguayan Human Rights Coordinator"
NMPT = "National Mechanism for the Prevention of Torture"
SHRU = "Special Human Rights Unit"
DAILY_WAGE = "times the minimum daily wage"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionTestDoc) -> None:
    d.sec("5")
    d.ent("organization", AGO, "Attorney General Office")
    d.ent("organization", NMPT, "NMPT")

    d.sec("6")
    d.ent("organization", MINWOMEN)
    d.ent("organization", "Special Unit for Combatting Domestic Violence")
    d.ent("place", "Asuncion")
    d.ent("organization", "National Police")
    d.ent("organization", "Observatory of Women’s Affairs")
    d.ent("person", "Silvestre Olmedo", "Olmedo")
    d.ent("person", "Alexa Torres")
    d.ent("organization", "United Nations Population Fund")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "National Police Academy")
    d.ent("organization", "NGO Coalition for the Rights of Children and Adolescents")
    d.ent("organization", MINCHILD)
    d.ent("organization", "Prosecutor’s Office")
    d.ent("place", "Emboscada")
    d.ent("organization", "Department of State")
    d.ent("organization", "Teleton")
    d.ent("organization", "Congress")
    d.ent("organization", "Supreme Court")
    d.ent("place", "Chaco")
    d.ent("organization", "National Institute for Indigenous Affairs", "INDI")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "Labor Ministry")
    d.ent("organization", "Social Action Secretariat")
    d.ent("organization", "Ombudsman’s Office")
    d.ent("organization", CODEHUPY)
    d.ent("organization", "Tierraviva")
    d.ent("organization", "Paraguayan People’s Army")
    d.ent("place", "Ciudad del Este")
    d.ent("organization", "HIV/AIDS and Human Rights Counseling and Reporting Center")
    d.not_entity("Woman City", "Hague Convention on the Civil Aspects of International Child",
                 "Annual Report on International Parental Child Abduction",
                 "Trafficking in Persons Report", "Mbya Guarani")
    d.prov("provides penalties of up to 10 years in prison for rape", "penalty", 10, "years",
           "up to 10 years in prison", "rape or sexual assault")
    d.prov("If the victim is a minor, the sentence ranges from three", "penalty", 3, "years",
           "from three to 15 years in prison", "rape of a minor", value_end=15)
    d.prov("stipulates a penalty of two years in prison or a fine, the law", "penalty", 2,
           "years", "two years in prison", "domestic violence")
    d.fig("showed a 54 percent increase in calls to a hotline", 54,
          "increase in calls to the domestic violence hotline, January to July", unit="percent")
    d.ev("In May the wife of a well-known journalist filed a criminal complaint", "other",
         "2020-05")
    d.ev("After the news became public, the woman dropped the case", "other", Y)
    d.ev("The ministry also operated a shelter and coordinated victim assistance", "other", Y)
    d.fig("As of September 30, the National Police had 18 specialized units", 18,
          "specialized police units for victims of domestic violence")
    d.prov("The law criminalizes femicide and mandates a sentence of between 10", "penalty", 10,
           "years", "between 10 and 30 years in prison", "femicide", value_end=30)
    d.ev("reported 27 cases of femicide, a significantly lower number", "killing", Y,
         source="Observatory of Women’s Affairs")
    d.ev("reported 27 cases of femicide, a significantly lower number", "killing", "2019",
         source="Observatory of Women’s Affairs")
    d.fig("reported 27 cases of femicide, a significantly lower number", 27,
          "femicides as of September 1", source="Observatory of Women’s Affairs")
    d.fig("reported 27 cases of femicide, a significantly lower number", 52,
          "femicides in the previous year", source="Observatory of Women’s Affairs")
    d.prov("The law prohibits sexual harassment and stipulates a penalty of two years", "penalty",
           2, "years", "two years in prison", "sexual harassment")
    d.ev("In August a judge acquitted priest Silvestre Olmedo", "acquittal", "2020-08")
    # Round t-tfixC (2026-12-09): the next sentence is the rest of the same ruling; a sentence
    # that continues one dated occurrence takes its date (settled 2026-12-08).
    d.ev("Even though Olmedo admitted to committing the acts", "acquittal", "2020-08")
    d.prov("Abortions carry prison sentences of up to two years", "penalty", 2, "years",
           "up to two years", "abortion (consenting mother)")
    d.prov("Abortions carry prison sentences of up to two years", "penalty", 5, "years",
           "up to five years", "abortion (consenting provider)")
    d.prov("Abortions carry prison sentences of up to two years", "penalty", 8, "years",
           "up to eight years", "abortion without the mother's consent")
    d.fig("in 2019 the adolescent birth rate remained high at 72 births", 72,
          "adolescent birth rate (2019)", unit="births per 1,000 girls aged 15 to 19",
          source="United Nations Population Fund")
    d.fig("reported a daily average of two births for girls", 2,
          "daily average of births to girls aged 10 to 14", source="Ministry of Health")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("The legal minimum age for marriage is 18, but the law permits", "threshold", 18,
           "age", "18", "minimum age for marriage")
    d.prov("The legal minimum age for marriage is 18, but the law permits", "threshold", 16,
           "age", "ages 16 to 18", "marriage with parental consent", value_end=18)
    d.ev("There was one report of forced marriage.", "other", Y)
    d.fig("There was one report of forced marriage.", 1, "reports of forced marriage")
    d.prov("The law provides a penalty of eight years’ imprisonment", "penalty", 8, "years",
           "eight years’ imprisonment", "pimping or brokering child victims")
    d.prov("The law provides a penalty of eight years’ imprisonment", "threshold", 17, "age",
           "younger than 17", "pimping or brokering child victims")
    d.prov("The minimum age of consent is 14 when married", "threshold", 14, "age", "14",
           "age of consent when married")
    d.prov("The minimum age of consent is 14 when married", "threshold", 16, "age", "16",
           "age of consent when not married")
    d.prov("to at least 15 years in prison if the victim is younger", "penalty", 15, "years",
           "at least 15 years in prison", "sexual abuse of a child")
    d.prov("to at least 15 years in prison if the victim is younger", "threshold", 18, "age",
           "younger than 18", "sexual abuse of a child")
    d.prov("to at least 15 years in prison if the victim is younger", "penalty", 20, "years",
           "up to 20 years in prison", "sexual abuse of a child younger than 10")
    d.prov("to at least 15 years in prison if the victim is younger", "threshold", 10, "age",
           "younger than 10", "sexual abuse of a child")
    d.prov("provides for fines or up to three years in prison for the production", "penalty",
           3, "years", "up to three years in prison", "child pornography")
    d.prov("provides for fines or up to three years in prison for the production", "threshold",
           18, "age", "younger than 18", "child pornography")
    d.prov("Authorities may increase this penalty to 10 years in prison", "penalty", 10,
           "years", "10 years in prison", "child pornography (aggravated)")
    d.prov("it stipulates fines and one year in prison for offenders", "penalty", 1, "years",
           "one year in prison", "publishing the identity of child abuse victims")
    d.ev("In the first seven months of the year, the Prosecutor’s Office received",
         "torture_or_abuse", "2020-01", date_end="2020-07", polarity="alleged",
         source="Prosecutor’s Office")
    d.ev("In April a seven-year-old girl went missing in Emboscada", "other", "2020-04",
         place="Emboscada")
    d.fig("In April a seven-year-old girl went missing in Emboscada", 20,
          "distance of Emboscada from Asuncion", unit="miles")
    d.ev("Police found that the girl had been made to participate", "torture_or_abuse", Y)
    d.ev("The girl’s parents were charged with neglect", "charge", Y)
    d.fig("The Jewish community had fewer than 1,000 members.", 1000,
          "members of the Jewish community", "fewer than")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.prov("The law mandates the allocation of 5 percent of all available", "requirement", 5,
           "percent", "5 percent of civil servant positions",
           "civil service positions for persons with disabilities")
    d.fig("The law mandates the allocation of 5 percent of all available", 1,
          "share of civil service positions held by persons with disabilities", "fewer than",
          unit="percent")
    d.fig("As of July, of 413 public institutions, only 26", 413, "public institutions")
    d.fig("As of July, of 413 public institutions, only 26", 26,
          "public institutions meeting the disability hiring quota")
    d.fig("estimated more than 50 percent of children with disabilities", 50,
          "share of children with disabilities not attending school", "more than",
          unit="percent", source="Teleton")
    d.ev("In January a 14-year-old girl from the Mbya Guarani", "torture_or_abuse", "2020-01",
         place="Asuncion")
    d.ev("they had not arrested or charged anyone in the case", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("There were allegations that on July 15 in Ciudad del Este", "torture_or_abuse",
         "2020-07-15", polarity="alleged", place="Ciudad del Este")
    d.fig("There were allegations that on July 15 in Ciudad del Este", 3,
          "transgender women targeted by navy sailors")
    d.ev("General’s Office opened an investigation into the incident.", "investigation", Y)

    d.sec("7.a")
    d.ent("organization", "International Labor Organization")
    d.prov("The law requires that industrial unions have a minimum of 20 members",
           "threshold", 20, "members", "a minimum of 20 members",
           "registration of an industrial union")
    d.prov("face a fine equaling 50 times the minimum daily wage", "penalty", 50, DAILY_WAGE,
           "50 times the minimum daily wage", "refusing to bargain with a registered union")
    d.prov("face a fine equaling 50 times the minimum daily wage", "penalty", 600, "USD",
           "approximately $600", "refusing to bargain with a registered union")
    d.prov("Employers who blacklist employees face a fine of 30 times", "penalty", 30,
           DAILY_WAGE, "30 times the minimum daily wage", "blacklisting employees")
    d.prov("Employers who blacklist employees face a fine of 30 times", "penalty", 360, "USD",
           "$360", "blacklisting employees")

    d.sec("7.b")
    d.ent("place", "Amambay")
    d.ent("organization", "Directorate for the Protection of Children and Youth")
    d.ent("organization", "National Child and Adolescent Secretariat")
    d.prov("Penalties for violations include up to 20 years in prison", "penalty", 20, "years",
           "up to 20 years in prison", "forced labor")
    d.prov("Penalties for violations include up to 20 years in prison", "penalty", 15, "years",
           "15 to 25 years in prison", "kidnapping", value_end=25)
    d.ev("During the year media reported unjustified firings", "dismissal", Y, source="media")
    d.ev("In late September the government began investigating a complaint", "investigation",
         "2020-09", place="Amambay")
    # t-tfixC: campaigns carried out, told in the simple past without a date, are an `other`
    # event of the year (campaigns, settled 2026-12-06).
    d.ev("The Labor Ministry carried out child-labor information campaigns", "other", Y)
    d.ev("Directorate for the Protection of Children and Youth implemented", "other", Y)
    d.fig("Approximately 47,000 children, or an estimated 2.5 percent", 47000,
          "children engaged in criadazgo", "approximately")
    d.fig("Approximately 47,000 children, or an estimated 2.5 percent", 2.5,
          "share of children and youth engaged in criadazgo", "approximately", unit="percent")
    d.ev("the Ministry of Children and Youth designed a social media campaign", "other", Y)

    d.sec("7.c")
    d.ent("organization", "Child Rights Committee")
    d.ent("place", "Brazil")
    d.ent("organization", "Department of Labor")
    d.not_entity("Programa Abrazo", "Hug Program", "Findings on the Worst Forms of Child Labor",
                 "List of Goods Produced by Child Labor or Forced Labor")
    d.prov("The minimum age for full-time employment is 18.", "threshold", 18, "age", "18",
           "minimum age for full-time employment")
    d.prov("Children ages 14 to 17 may work with written parental", "threshold", 14, "age",
           "ages 14 to 17", "work with parental authorization", value_end=17)
    d.prov("Children ages 14 to 17 may work with written parental", "prohibition", 4,
           "hours per day", "more than four hours a day", "work of children aged 14 to 15")
    d.prov("Children ages 14 to 17 may work with written parental", "prohibition", 6,
           "hours per day", "six hours a day", "work of children aged 16 to 17")
    d.prov("Children ages 14 to 17 may work with written parental", "prohibition", 24,
           "hours per week", "a maximum of 24 hours per week", "work of children")
    d.prov("those who illegally employ adolescents between ages 14 and 17", "penalty", 5,
           "years", "up to five years in prison", "employing adolescents in hazardous work")
    d.prov("those who illegally employ adolescents between ages 14 and 17", "threshold", 14,
           "age", "between ages 14 and 17", "employing adolescents in hazardous work",
           value_end=17)
    d.ev("In the first nine months of the year, the ministry received 17", "other", "2020-01",
         date_end="2020-09", source="Labor Ministry")
    d.ev("In the first nine months of the year, the ministry received 17", "other", "2019",
         source="Labor Ministry")
    d.fig("In the first nine months of the year, the ministry received 17", 17,
          "complaints about child and adolescent workers", source="Labor Ministry")

    d.sec("7.d")
    d.prov("which range from 10 to 30 times the minimum daily wage", "penalty", 10, DAILY_WAGE,
           "10 to 30 times the minimum daily wage", "workplace discrimination",
           value_end=30)
    d.prov("which range from 10 to 30 times the minimum daily wage", "penalty", 5, "years",
           "up to five years in prison", "election interference")

    d.sec("7.e")
    d.ent("organization", "Department of Mediation of Private Conflicts")
    d.prov("domestic employees work a maximum of eight hours per day", "prohibition", 8,
           "hours per day", "a maximum of eight hours per day",
           "working hours of domestic employees")
    d.prov("provides for a standard legal workweek of 48 hours", "threshold", 48,
           "hours per week", "48 hours", "standard legal workweek")
    d.prov("provides for a standard legal workweek of 48 hours", "threshold", 42,
           "hours per week", "42 hours for night work", "legal workweek for night work")
    d.prov("provides for a standard legal workweek of 48 hours", "right", 1.5, "days",
           "one and one-half days of rest", "weekly rest")
    d.ev("received more than 5,000 labor complaints and mediation requests", "other",
         "2020-01", date_end="2020-09", source="Department of Mediation of Private Conflicts")
    d.fig("received more than 5,000 labor complaints and mediation requests", 5000,
          "labor complaints and mediation requests", "more than",
          source="Department of Mediation of Private Conflicts")
    d.ev("many formal and informal employers violated provisions requiring severance",
         "dismissal", Y, source="media")
    d.ev("Between January 1 and September 30, the Labor Ministry received five", "other",
         "2020-01-01", date_end="2020-09-30", source="Labor Ministry")
    d.fig("Between January 1 and September 30, the Labor Ministry received five", 5,
          "fatal workplace accidents reported", source="Labor Ministry")
    d.fig("Between January 1 and September 30, the Labor Ministry received five", 2,
          "fatal workplace accidents in supermarkets", source="Labor Ministry")
    d.fig("As of September 1, approximately 3,055 employers registered", 3055,
          "employers that registered new workers", "approximately")
    d.fig("As of September 1, approximately 3,055 employers registered", 8964,
          "new workers registered with the ministry")
    d.fig("Only 15,000 of an estimated 250,000 domestic employees", 15000,
          "domestic employees registered for social security")
    d.fig("Only 15,000 of an estimated 250,000 domestic employees", 250000,
          "domestic employees", "approximately")
    d.ev("Many employers reportedly used COVID-19 quarantine restrictions", "dismissal", Y,
         polarity="alleged")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionTestDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Leo Veras", "Veras")
    d.ent("place", "Pedro Juan Caballero")
    d.ent("organization", "Pora News")
    d.ent("person", "Edgar Chilavert", "Chilavert")
    d.ent("place", "Concepcion", "Concepcion City")
    d.ev("Media and international NGOs reported several such incidents", "attack_or_threat",
         Y, polarity="alleged", source="media and international NGOs")
    d.ev("On February 12, armed assailants killed Brazilian journalist Leo Veras", "killing",
         "2020-02-12", place="Pedro Juan Caballero")
    d.ev("The ensuing investigation revealed the assailants had ties", "investigation", Y)
    # t-conv15 settlement: threats to other journalists on a later occasion, another kind than the
    # killing, no date of its own -> report year (Settled 2026-12-13).
    d.ev("subsequently received threats and requested police protection", "attack_or_threat",
         Y, place="Pedro Juan Caballero")
    d.ev("In April journalist Edgar Chilavert was found innocent", "acquittal", "2020-04")
    d.ev("In April journalist Edgar Chilavert was found innocent", "other", "2018")
    # t-tfixC: one record per sentence and date, typed by the first occurrence (2026-12-06).
    # t-conv16 settlement (t-tfix17): a negated act on access is no event; the
    # "no credible reports that the government monitored" clause keeps its own negated event (was
    # censorship_or_blocking negated).
    d.ev("The government did not restrict or disrupt access to the internet",
         "surveillance", Y, polarity="negated")

    d.sec("2.b")
    d.ent("person", "Esther Roa")
    d.ev("The prosecution, however, of some civil society activists", "charge", "2020-06")
    # t-tfixC: "accused X of applying regulations" names no taxonomy act, and criticism of a
    # practice in general is no event (settled 2026-12-06): no record.

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ev("Between March and October, these freedoms were curtailed", "other", "2020-03",
         date_end="2020-10")

    d.sec("2.f")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Ministry of Foreign Affairs")
    d.ev("stated it approved 100 percent of refugee applications", "asylum_or_citizenship_decision",
         Y, source="Ministry of Foreign Affairs")
    d.fig("stated it approved 100 percent of refugee applications", 100,
          "share of refugee applications approved", unit="percent",
          source="Ministry of Foreign Affairs")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionTestDoc) -> None:
    d.sec("3")
    d.ent("organization", "Congress")
    d.ent("organization", "Mercosur Parliament")
    d.ent("person", "Mario Abdo Benitez")
    d.ent("organization", "National Republican Association", "ANR", "Colorado Party")
    d.ent("organization", "Senate")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "EU")
    d.ent("organization", "Liberal Party")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Council of Magistrates")
    d.ev("In 2018 the country held general elections", "election_or_referendum", "2018")
    d.ev("won the presidential election.", "election_or_referendum", "2018")
    d.ev("The ANR also won a plurality in the Senate", "election_or_referendum", "2018")
    # t-tfixC: an observers' verdict on an election is `other`, dated by the election (2026-12-06).
    d.ev("characterized the elections as free and fair", "other", "2018")
    d.ev("In June, Congress passed a law delaying municipal elections", "law_or_decree",
         "2020-06")
    d.ev("During the year the Council of Magistrates selected one", "other", Y)
    d.fig("During the year the Council of Magistrates selected one", 1,
          "Supreme Court justices selected")
    d.prov("The law requires that at least 20 percent of each party", "threshold", 20,
           "percent", "at least 20 percent", "women among party primary candidates")
    d.ev("Although the parties met this requirement in the 2018 election",
         "election_or_referendum", "2018")
    d.ev("did not change as a result of the 2018 election", "election_or_referendum", "2018")
    d.fig("did not change as a result of the 2018 election", 14,
          "women's share of Congress", unit="percent")
    d.fig("there were 21 women in Congress", 21, "women in Congress")
    d.fig("there were 21 women in Congress", 8, "female senators")
    d.fig("there were 21 women in Congress", 45, "senators")
    d.fig("there were 21 women in Congress", 13, "female national deputies")
    d.fig("there were 21 women in Congress", 80, "national deputies")

    d.sec("4")
    d.ent("organization", "Authentic Radical Liberal Party")
    d.ent("person", "Celeste Amarilla")
    d.ent("organization", AGO)
    d.ent("person", "Rodolfo Friedmann", "Friedmann")
    d.ent("place", "Guaira", "Guaira Department")
    d.ent("organization", "Comptroller’s Office")
    d.prov("Under a law that prohibits court cases from lasting longer", "time_limit", 4,
           "years", "longer than four years", "duration of court cases")
    d.ev("On October 8, the lower house of Congress voted to suspend", "dismissal",
         "2020-10-08")
    d.dur(60, "days", "for 60 days")
    d.ev("On October 8, the lower house of Congress voted to suspend", "other", "2020-10-02")
    d.fig("On October 8, the lower house of Congress voted to suspend", 60,
          "share of lower-house members said to owe their seats to corruption",
          unit="percent", value_end=70, source="Celeste Amarilla")
    d.fig("unresolved high-level corruption cases included three former ministers", 3,
          "former ministers with unresolved corruption cases")
    d.fig("unresolved high-level corruption cases included three former ministers", 5,
          "former members of Congress with unresolved corruption cases")
    d.fig("unresolved high-level corruption cases included three former ministers", 10,
          "current members of Congress with unresolved corruption cases")
    d.fig("unresolved high-level corruption cases included three former ministers", 3,
          "former Supreme Court justices with unresolved corruption cases")
    d.ev("In August Minister of Agriculture Rodolfo Friedmann resigned", "charge", "2020-08")
    d.ev("his fellow senators in September voted to strip him", "other", "2020-09")
    d.ev("The Senate delayed a vote to remove Friedmann", "other", Y)
    d.prov("to disclose their income and assets within 15 days of taking office",
           "time_limit", 15, "days", "within 15 days of taking office", "asset disclosure")
    d.prov("to disclose their income and assets within 15 days of taking office",
           "time_limit", 15, "days", "within 15 days of finishing", "asset disclosure")
    d.prov("from holding government positions for up to 10 years", "penalty", 10, "years",
           "up to 10 years", "failure to disclose assets")
    # t-tfixC: "did not investigate cases of …" (a class of cases) is a negated general duty,
    # no event (settled 2026-12-08).


# =========================================================================================
# Executive summary (with the title line) and Section 1
# =========================================================================================
def executive_summary(d: CollectionTestDoc) -> None:
    d.sec("exec")
    d.ent("place", "Paraguay")
    d.ent("person", "Mario Abdo Benitez")
    d.ent("organization", "National Republican Association", "ANR", "Colorado Party")
    d.ent("organization", "National Police")
    d.ent("organization", "Ministry of Internal Affairs")
    d.ev("In 2018 Mario Abdo Benitez of the Colorado Party", "election_or_referendum", "2018")
    d.ev("Legislative elections took place at the same time.", "election_or_referendum", "2018")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: alleged killing of minors", "killing", Y,
         polarity="alleged")
    d.ev("The government took steps to prosecute and punish low- and mid-ranking", "charge", Y)


def section_1(d: CollectionTestDoc) -> None:
    d.sec("1.a")
    d.ent("organization", AGO, "Attorney General Office")
    d.ent("organization", SHRU)
    d.ent("place", "Concepcion", "Concepcion City")
    d.ent("organization", "Joint Task Force", "FTC")
    d.ent("organization", "Paraguayan People’s Army")
    d.ev("There were reports that the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("it pursued some prosecutions.", "charge", Y)
    d.ev("The Special Human Rights Unit of the Attorney General’s Office investigated cases",
         "investigation", Y)
    d.ev("Two 11-year-old girls were found dead in the department of Concepcion", "killing",
         "2020-09-02", place="Concepcion")
    d.fig("Two 11-year-old girls were found dead in the department of Concepcion", 2,
          "girls found dead after the task force operation")
    d.ev("Political activists alleged the FTC killed two civilian girls", "killing", Y,
         polarity="alleged", source="political activists")
    d.fig("Political activists alleged the FTC killed two civilian girls", 2,
          "civilian girls allegedly killed by the task force", source="political activists")

    d.sec("1.b")
    d.ent("person", "Oscar Denis", "Denis")
    d.ent("person", "Adelio Mendoza", "Mendoza")
    d.ent("place", "Asuncion")
    d.ent("person", "Edelio Morinigo")
    d.ent("person", "Felix Urbieta")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("On September 9, a group claiming to be the Paraguayan People’s Army", "other",
         "2020-09-09", place="Concepcion")
    d.fig("On September 9, a group claiming to be the Paraguayan People’s Army", 250,
          "distance of the abduction site from Asuncion", "approximately", unit="miles")
    d.ev("The captors released Mendoza on September 14", "release", "2020-09-14")
    d.fig("allegedly held two other captives", 2, "other captives held by the group")
    # t-tfixC: captives held "missing since 2014 / 2016": an occurrence running since a date
    # takes that date (settled 2026-12-06 and 2026-12-08); abductions are `other`.
    d.ev("allegedly held two other captives", "other", "2014", polarity="alleged")
    d.ev("allegedly held two other captives", "other", "2016", polarity="alleged")

    d.sec("1.c")
    d.ent("person", "Stroessner")
    d.ent("person", "Benito Sanabria")
    d.ent("person", "Jorge Ramirez Bogarin")
    d.ent("person", "Fernando Aguero Benitez")
    d.ent("organization", NMPT, "NMPT")
    d.ent("organization", "Coast Guard")
    d.ent("place", "Ciudad del Este")
    d.ent("place", "San Miguel")
    d.ent("person", "Walter Diaz")
    d.ent("person", "Luis Torres")
    d.ent("organization", "National Police")
    d.ent("organization", "National Anti-Narcotics Secretariat")
    d.ent("place", "Brazil")
    d.ent("organization", "Primeiro Comando da Capital", "PCC")
    d.ent("organization", "Comando Vermelho")
    d.not_entity("Ciudad del Este East Naval Area Base", "Pedro Juan Caballero Prison",
                 "Tacumbu Prison")
    d.ev("there were credible reports that some government officials employed",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Special Human Rights Unit opened seven torture investigation cases", "investigation",
         Y)
    d.fig("Special Human Rights Unit opened seven torture investigation cases", 7,
          "torture investigations opened")
    d.fig("The Special Human Rights Unit was investigating 102 open cases", 102,
          "open cases under investigation by the human rights unit")
    d.ev("obtained convictions of three police officers charged in 2017", "conviction_or_sentence",
         Y)
    d.ev("obtained convictions of three police officers charged in 2017", "charge", "2017")
    d.fig("obtained convictions of three police officers charged in 2017", 3,
          "police officers convicted")
    d.ev("stemmed from police response to 2017 antigovernment protests", "protest", "2017",
         place="Asuncion")
    d.ev("The convictions resulted in sentences ranging from two and one-half",
         "conviction_or_sentence", Y)
    d.pen("prison", 2.5, "years", "two and one-half years to nine years")
    d.ev("alleged that unidentified Coast Guard sailors committed torture", "torture_or_abuse",
         "2020-07-15", polarity="alleged", source=NMPT, place="Ciudad del Este")
    d.fig("alleged that unidentified Coast Guard sailors committed torture", 35,
          "civilians allegedly tortured by Coast Guard sailors", source=NMPT)
    d.ev("The sailors allegedly committed physical and psychological abuses",
         "torture_or_abuse", "2020-07-15", polarity="alleged", place="Ciudad del Este")
    d.ev("The sailors allegedly committed physical and psychological abuses", "killing",
         "2020-07-15", place="Ciudad del Este")
    # t-tfixC: "X concluded <occurrence>" without a date of its own is the occurrence, X the
    # source, alleged after the hedge "likely" ("What is reported", settled 2026-12-06).
    d.ev("The NMPT concluded torture likely occurred", "torture_or_abuse", Y,
         polarity="alleged", source=NMPT)
    d.ev("had not charged or prosecuted any Coast Guard units", "charge", Y,
         polarity="negated")
    d.ev("Although the navy removed base commander Captain Walter Diaz", "dismissal", Y)
    # t-tfixC: criticism of a body's abuses in general is no event (settled 2026-12-06).
    d.ev("and NMPT both investigated alleged human rights abuses", "investigation", Y)
    d.fig("the average occupancy rate was 98 percent above", 98,
          "prison occupancy above the occupational index (August 31)", unit="percent",
          source=NMPT)
    d.fig("the average occupancy rate was 98 percent above", 200,
          "prison occupancy rate reported in 2019", unit="percent", source=NMPT)
    d.fig("the average occupancy rate was 98 percent above", 75,
          "space standard per inmate", "at least", unit="square feet", source=NMPT)
    d.ev("the average occupancy rate was 98 percent above", "report_published", "2019",
         source=NMPT)
    d.ev("The government attributed a significant jailbreak", "other", "2020-01")
    d.fig("The government attributed a significant jailbreak", 70,
          "gang members who escaped from prison", "more than")
    d.ev("On July 6, inmates at Tacumbu Prison rioted", "protest", "2020-07-06")
    d.ev("Visitation rights at Tacumbu Prison were restored later.", "other", Y)
    d.ev("Authorities conducted some investigations of credible allegations",
         "investigation", Y)
    # t-tfixC: a standing permission is a state, no event (settled 2026-12-08).

    d.sec("1.d")
    d.prov("police have up to six hours to notify the Attorney General’s Office",
           "time_limit", 6, "hours", "up to six hours", "notifying the prosecutor of an arrest")
    d.prov("police have up to six hours to notify the Attorney General’s Office",
           "time_limit", 24, "hours", "up to 24 hours", "notifying a judge of an arrest")
    # t-tfixC: a count of complaints received as of a date is figures only (2026-12-06).
    d.fig("reported 82 complaints of “deprivation of freedom,”", 82,
          "complaints of deprivation of freedom", source=SHRU)
    d.ev("also reported several cases of arbitrary arrest and detention", "detention_or_arrest",
         Y, polarity="alleged", source="media and NGOs")
    # t-tfixC: a range is one quantity, one provision (settled 2026-12-06).
    d.prov("a period that could range from six months to five years", "time_limit", 6,
           "months", "from six months to five years", "detention without trial")
    d.fig("71 percent of male prisoners and 61 percent", 71,
          "share of male prisoners awaiting trial or sentencing", unit="percent", source=NMPT)
    d.fig("71 percent of male prisoners and 61 percent", 61,
          "share of female prisoners awaiting trial or sentencing", unit="percent", source=NMPT)

    d.sec("1.e")
    d.ent("organization", "National Institute for Rural Development and Land", "INDERT")
    d.ent("person", "Mirna Alaye")
    d.ent("person", "Liz Florentin")
    d.ent("organization", "Ministry of Internal Affairs")
    d.ent("organization", "Ombudsman’s Office")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("there were reports of forced evictions and allegations of corruption", "other", Y,
         polarity="alleged")
    d.ev("In May, INDERT credit director Mirna Alaye", "dismissal", "2020-05")
    d.fig("reports of land invasions increased approximately 25 percent", 25,
          "increase in reports of land invasions from 2019", "approximately", unit="percent",
          source=SHRU)

    d.sec("1.f")
    d.ev("did not receive reports of new cases of unlawful interference", "other", Y,
         polarity="negated", source=SHRU)


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "5-7": sections_5_7, "2": section_2,
                 "3-4": sections_3_4}


def paraguay() -> CollectionTestDoc:
    return assemble(CollectionTestDoc, "2020_paraguay", FILE, 2020, ALL_PARTS, DONE, PART_BUILDERS)


DOCS = {"2020_paraguay": paraguay}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
