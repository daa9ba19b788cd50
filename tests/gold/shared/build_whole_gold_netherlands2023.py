"""Build the hand-made DEV gold file for the Netherlands 2023 (a page of the public collection).

``2023_netherlands.jsonl`` annotates ``html/2023/netherlands.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2023/netherlands.html`` by ``scripts/collection.sh``: the
2023 edition, classic seven-section layout (about 61,000 characters; the Kingdom of the
Netherlands with Aruba, Curaçao and Sint Maarten; Section 5's heading reads "Towards"). Split
``dev`` (the team may tune on it; held out from its merge), annotated with the method of
``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of ``collection_gold.py``): every
record below was decided by hand, reading the report sentence by sentence before the system was
ever run on it; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_netherlands2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_netherlands2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_netherlands.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/netherlands.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4"]

NL = "Kingdom of the Netherlands"
CPT = ("European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or "
       "Punishment")
DRC = "Dutch Restitutions Committee"
USLU = "Gunay Uslu"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor", "Investment Climate Statement",
           "International Narcotics Control Strategy Report")


def common(d: CollectionDevDoc) -> None:
    """Entities named in several groups (the first declaration counts)."""
    d.ent("place", NL, "Netherlands")
    d.ent("place", "Aruba")
    d.ent("place", "Curaçao", "Curacao")
    d.ent("place", "Sint Maarten")
    d.ent("organization", "Department of State")
    d.not_entity(*REPORTS)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ev("Significant human rights issues included credible reports of: serious",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("The government took credible steps to identify and punish officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("organization", "National Criminal Investigation Department")
    d.ent("organization", "Ministry of Justice and Security")
    d.ev("There were very few reports the government or its agents committed", "killing", Y,
         polarity="alleged")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government authorities.",
         "other", Y, polarity="negated")

    d.sec("1.c")
    d.ent("organization", CPT, "CPT")
    d.ent("organization", "Inspectorate of Justice and Security")
    d.ent("place", "Utrecht")
    d.not_entity("Sint Maarten Prison")
    d.ev("there were no credible reports government officials employed them",
         "torture_or_abuse", Y, polarity="negated")
    d.ev("In June the European Committee for the Prevention of Torture", "report_published",
         "2023-06", source=CPT)
    B = "Based on site inspections conducted in 2021, the report concluded"
    d.ev(B, "other", "2021", source=CPT)
    d.ev("had significantly improved since its 2016 visit", "other", "2016", source=CPT)
    B = "In May the Inspectorate of Justice and Security published a report"
    d.ev(B, "report_published", "2023-05", source="Inspectorate of Justice and Security")
    d.ev("during the year media reported on sexual transgressive behavior", "torture_or_abuse",
         Y, source="media")
    d.ev("created an accessible officer to report transgressive behavior", "other", Y)
    d.ev("noted some reports of unwarranted force at the time of arrest", "torture_or_abuse",
         Y, polarity="alleged", source=CPT)
    # a dated complaint of named groups at one prison
    d.ev("In March guards and inmates at the Sint Maarten Prison complained", "other",
         "2023-03", source="guards and inmates")
    d.ev("The CPT reported a limited number of cases of corrections officers", "torture_or_abuse",
         Y, source=CPT)
    d.ev("conducted investigations into credible allegations of mistreatment", "investigation", Y)
    # one particular facility built (the open "one particular thing" shape): a one-time change
    d.ev("where empty shipping containers had been used as holding cells", "other", Y)

    d.sec("1.d")
    d.prov("Arrested persons had the right to appear before a judge, usually within one day",
           "time_limit", 1, "days", "within one day", "appearance before a judge")
    d.prov("the examining magistrate could initially order detention for 14 days",
           "time_limit", 14, "days", "14 days", "detention in terrorism-related cases")

    d.sec("1.e")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest", Y,
         polarity="negated")

    d.sec("1.g")
    d.ent("organization", "Cultural Heritage Agency of the Netherlands")
    d.ent("place", "Germany")
    d.ent("organization", DRC)
    d.ent("organization", "Rijksmuseum")
    d.ent("organization", "Kunst Museum")
    d.ent("place", "Amsterdam")
    d.ent("place", "The Hague")
    d.ent("person", "Emma Budge")
    d.ent("organization", "Netherlands Institute for War, Holocaust, and Genocide Studies")
    d.ent("place", "Indonesia")
    d.ent("place", "Sri Lanka")
    d.ent("organization", "Advisory Committee on the Return of Cultural Objects from Colonial "
          "Context")
    d.ent("person", USLU, "Uslu")
    d.not_entity("Netherlands Art Property Collection",
                 "Justice for Uncompensated Survivors Today (JUST) Act Report to Congress")
    d.fig("was still in possession of an estimated 3,300 individual pieces", 3300,
          "pieces of looted art, furniture or property held by the government", "approximately")
    d.ev("In 2022, the Cultural Heritage Agency of the Netherlands started examining",
         "investigation", "2022")
    B = "In early September the Agency published its first progress report"
    d.ev(B, "report_published", "2023-09", source="Cultural Heritage Agency of the Netherlands")
    d.fig(B, 855, "pieces of art investigated",
          source="Cultural Heritage Agency of the Netherlands")
    d.fig(B, 30, "pieces with new information found", "approximately",
          source="Cultural Heritage Agency of the Netherlands")
    d.ev("In November 2022 the Dutch Restitutions Committee ordered the Rijksmuseum", "other",
         "2022-11")
    # a later step of another kind than the dated order: the report year
    d.ev("both museums bought the art back from the heirs", "other", Y)
    d.ev("The Dutch railways agreed to a three-part program to compensate", "other", Y)
    d.ev("Payments to survivors were completed in 2020", "other", "2020")
    B = "approved a decision to return 478 objects of cultural significance"
    d.ev(B, "other", "2023-07")
    d.fig(B, 478, "objects of cultural significance to be returned")
    d.ev("released publicly in July 2020, can be found", "report_published", "2020-07",
         source="Department of State")

    d.sec("1.h")
    d.ent("organization", "Netherlands Inland Revenue Service")
    d.ent("organization", "EU")
    d.ent("organization", "NRC")
    d.not_entity("ANPR Act")
    d.ev("but there were assertions the government failed to respect these prohibitions",
         "other", Y, polarity="alleged")
    d.prov("the data should be destroyed after 28 days", "time_limit", 28, "days",
           "after 28 days", "retention of license plate camera data")
    # the extension, told without a date of its own: the report year
    d.ev("was extended through 2027 with certain amendments", "law_or_decree", Y)
    d.ev("In September Dutch press reported the Netherlands Inland Revenue Service",
         "surveillance", "2023-09", source="Dutch press")
    d.ev("According to an internal report obtained and published by public broadcaster NRC",
         "report_published", Y, source="NRC")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", "Amsterdam Court of Appeal")
    d.ent("organization", "Center for Information and Documentation on Israel", "CIDI")
    d.ent("organization", "Central Jewish Consultation")
    d.ent("organization", "Parliament")
    d.ent("person", "Thierry Baudet", "Baudet")
    d.ent("organization", "Forum for Democracy")
    d.ent("organization", "Unheard Netherlands")
    d.ent("organization", "Dutch Foundation for Public Broadcasting")
    d.ent("person", USLU, "Uslu")
    d.ent("organization", "PersVeilig")
    d.ent("organization", "Dutch Association of Journalists")
    d.ent("organization", "Dutch Association of Editors in Chief")
    d.ent("organization", "Public Prosecutor’s Office")
    d.ent("organization", "Erasmus University")
    d.ent("organization", "National Scientific Research and Documentation Center")
    d.ent("organization", "Journalism Promotion Fund")
    d.ent("organization", "Freedom Online Coalition")
    d.ent("organization", "Foreign Ministry")
    d.ent("organization", "Freedom House")
    d.not_entity("Mein Kampf", "Summit for Democracy", "Freedom on the Net")
    B = "In May the Amsterdam Court of Appeal issued its ruling on the appeal"
    d.ev(B, "other", "2023-05")
    d.fig(B, 4, "Holocaust survivors among the plaintiffs")
    # the rest of the dated ruling
    d.ev("The court of appeal upheld the lower court’s ruling that Baudet", "other", "2023-05")
    B = "There was one case of the government in the Netherlands fining media"
    d.ev(B, "censorship_or_blocking", Y)
    d.fig(B, 1, "cases of media fined for false content")
    B = "In April the right-wing broadcaster Unheard Netherlands"
    d.ev(B, "censorship_or_blocking", "2023-04")
    # admitted into the public system in 2022: an occurrence cited with its year
    d.ev("which was admitted into the public broadcasting system in 2022",
         "registration_decision", "2022")
    d.ev("asked State Secretary for Culture and Media Uslu to withdraw the outlet", "other", Y,
         source="Dutch Foundation for Public Broadcasting")
    B = "A 2021 report commissioned by PersVeilig, a joint initiative"
    d.ev(B, "report_published", "2021", source="PersVeilig")
    d.fig(B, 8, "journalists of every 10 surveyed who experienced a threat", source="PersVeilig")
    d.fig(B, 10, "journalists surveyed (base of the share)", source="PersVeilig")
    B = "A subsequent survey from the same organization in July 2022 reported"
    d.ev(B, "report_published", "2022-07", source="PersVeilig")
    d.fig(B, 50, "women journalists facing threats or violence yearly", "approximately",
          unit="percent", source="PersVeilig")
    d.fig(B, 60, "men journalists facing threats or violence yearly", "approximately",
          unit="percent", source="PersVeilig")
    d.ev("In March Erasmus University published a report on violence", "report_published",
         "2023-03", source="Erasmus University")
    d.ev("faced threats, violence, and intimidation from criminal gangs seeking",
         "attack_or_threat", Y)
    d.ev("the Netherlands volunteered to lead the Freedom Online Coalition", "other", "2023-03")
    d.ev("In October, the Foreign Ministry cosponsored the launch", "report_published",
         "2023-10", source="Freedom House")

    d.sec("2.b")
    d.ent("organization", "Amnesty International")
    d.ev("Amnesty International reported in May that authorities were turning",
         "surveillance", "2023-05", source="Amnesty International")
    d.ev("deployed camera surveillance and drones during protests", "surveillance", Y)

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("place", "Haiti")
    d.ent("organization", "Council of State")
    d.ent("person", "Eric van der Burg", "van der Burg")
    d.ent("place", "Italy")
    d.ent("place", "Croatia")
    d.ent("place", "Turkey")
    d.ent("person", "Rutte")
    d.ent("place", "Ukraine")
    d.ent("organization", "EU")
    d.not_entity("UN Refugee Convention", "Refugee Convention", "Dublin regulation",
                 "European Convention on Human Rights", "EU-Turkey Agreement")
    d.ev("In July, the government of Sint Maarten deported a Haitian woman", "other",
         "2023-07")
    d.fig("with more than 25,390 first-time asylum claims reported through", 25390,
          "first-time asylum claims through the third quarter", "more than")
    d.ev("In April the Council of State ruled State Secretary for Migration",
         "asylum_or_citizenship_decision", "2023-04")
    # the rest of the dated ruling
    B = "In two cases – one brought by a Nigerian and one by an Eritrean"
    d.ev(B, "asylum_or_citizenship_decision", "2023-04")
    d.fig(B, 2, "cases ruled on by the Council of State")
    d.ev("the Council of State ruled in September that State Secretary van der Burg",
         "asylum_or_citizenship_decision", "2023-09")
    d.ev("modifying its earlier ruling from April 2022", "asylum_or_citizenship_decision",
         "2022-04")
    B = "Between 2019 and 2022, 10,000 to 15,000 Venezuelan migrants relocated"
    d.ev(B, "other", "2019", date_end="2022")
    d.fig(B, 10000, "Venezuelan migrants relocated to Aruba", value_end=15000)
    d.fig(B, 107000, "population of Aruba", "approximately")
    d.fig(B, 149000, "population of Curaçao", "approximately")
    d.fig(B, 200, "Venezuelans moved to Sint Maarten", value_end=400)
    B = "Aruban immigration officials denied asylum to approximately 98 percent"
    d.ev(B, "asylum_or_citizenship_decision", Y, source="Dutch state secretary’s office")
    d.fig(B, 98, "Venezuelan asylum seekers denied asylum in Aruba", "approximately",
          unit="percent", source="Dutch state secretary’s office")
    d.ev("In February Amnesty International found that Curaçao law enforcement",
         "detention_or_arrest", "2023-02", source="Amnesty International")
    B = "the government accepted up to 500 refugees for resettlement"
    d.ev(B, "asylum_or_citizenship_decision", Y)
    d.fig(B, 500, "refugees accepted for resettlement", "up to")
    d.ev("Prime Minister Rutte announced the Dutch government would temporarily suspend",
         "other", "2023-08", source="Rutte")
    d.fig("As of October 1, there were 105,500 Ukrainian refugees registered", 105500,
          "Ukrainian refugees registered in the Netherlands")
    d.ev("Starting on September 4, third-country nationals", "other", "2023-09-04")

    d.sec("2.g")
    d.not_entity("Dutch Nationality Act")
    B = "approximately 30,000 persons were registered as “nationality unknown,”"
    d.fig(B, 30000, "persons registered as nationality unknown", "approximately")
    d.fig(B, 6000, "stateless persons registered")
    d.ev("In May 2022 the Dutch parliament passed legislation", "law_or_decree", "2022-05")
    d.prov("through a more flexible process after three years of legal residence", "threshold",
           3, "years", "three years of legal residence", "naturalization of stateless persons")
    # no date of its own, no "also": the report year (a later occurrence of the same kind)
    d.ev("Other new legislation amended the Dutch Nationality Act", "law_or_decree", Y)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    # an observers' verdict on elections named without a date: the report year
    d.ev("Observers considered the most recent elections in the kingdom to be fair", "other",
         Y, source="Observers")

    d.sec("4")
    d.ent("place", "Dutch Caribbean")
    d.ent("organization", "Council of State")
    d.ent("place", "The Hague")
    d.ent("person", "Paul Croes")
    d.ent("person", "Alan Howell")
    d.ent("organization", "Proud and Respectful People")
    d.ent("organization", "Court of Aruba")
    d.ent("person", "Benny Sevinger")
    d.ev("There were isolated reports of corruption in the kingdom’s governments", "other", Y,
         polarity="alleged")
    d.ev("In February, the Council of State in The Hague confirmed the conviction",
         "conviction_or_sentence", "2023-02")
    d.ev("Alan Howell was sentenced to 24 months in prison", "conviction_or_sentence",
         "2023-02")
    d.pen("prison", 24, "months", "24 months in prison")
    d.ev("In April, the Court of Aruba sentenced former Minister of Infrastructure",
         "conviction_or_sentence", "2023-04")
    d.pen("prison", 1, "years", "one year in prison")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4}


def netherlands() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_netherlands", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_netherlands": netherlands}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
