"""Build the hand-made DEV gold file for Timor-Leste 2023 (a page of the public collection).

``2023_timor-leste.jsonl`` annotates ``html/2023/timor-leste.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2023/timor-leste.html`` by ``scripts/collection.sh``: the
2023 edition, seven sections told in the past tense. Split ``dev``, annotated with the method
and ``CollectionDevDoc`` of ``collection_gold.py``: every record below was decided by hand,
reading the report sentence by sentence before the system was ever run on it; the script only
turns the decisions into offsets (into the text ``rightsledger.read.read_path`` gives), each
anchor (at most 14 words) occurring once in the document. The scope line lists in ``"ranges"``
exactly the section groups annotated whole (``DONE``). The output holds offsets, names and
values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_timorleste2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_timorleste2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_timor-leste.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/timor-leste.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["5-7", "2", "3-4", "exec", "1"]

PDHJ = "Ombudsman’s Office for Human Rights and Justice"
TUC = "Trade Union Confederation"
PGO = "Office of the Prosecutor General"
SEFOPE = "State Secretariat for Vocational Training and Employment"
WHO = "World Health Organization"


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", PDHJ, "PDHJ")
    d.ent("organization", "UN Human Rights Adviser’s Unit")
    d.ev("There were no reports of significant government interference in its work.", "other",
         Y, polarity="negated")
    d.ev("provided human rights training to the national police and the military", "other", Y)

    d.sec("6")
    d.ent("organization", PGO, "office of the prosecutor general")
    d.ent("organization", "Ministry of Social Solidarity and Inclusion")
    d.ent("organization", TUC, "trade union confederation")
    d.ent("organization", WHO)
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Department of State")
    d.ent("organization", "Coalition on Diversity and Action")
    d.not_entity("World Health Statistics Report", "Trafficking in Persons Report")
    d.prov("Rape of a person, including marital rape, was a crime punishable", "penalty", 20,
           "years", "up to 20 years in prison", "rape")
    d.prov("Penalties for “mistreatment of a spouse” included two to six years", "penalty", 2,
           "years", "two to six years’ imprisonment", "mistreatment of a spouse", value_end=6)
    d.prov("which carried a sentence of up to three years in prison", "penalty", 3, "years",
           "up to three years in prison", "simple offense against physical integrity")
    d.ev("No complaints were filed, but workplace and public harassment", "other", Y,
         polarity="negated")
    d.fig("The unemployment rate for women was double the rate for men.", 2,
          "women's unemployment rate relative to men's", unit="times")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("World Health Statistics Report 2023, the maternal mortality ratio", "report_published",
         Y, source=WHO)
    d.fig("World Health Statistics Report 2023, the maternal mortality ratio", 117,
          "maternal mortality ratio", unit="deaths per 100,000 live births", source=WHO)
    d.prov("Members of groups organized to incite or encourage discrimination", "penalty", 4,
           "years", "between four and 12 years", "membership of groups inciting racial "
           "discrimination", value_end=12)
    d.prov("could be punished with imprisonment from two to eight years", "penalty", 2, "years",
           "from two to eight years", "incitement to racial discrimination", value_end=8)
    d.fig("According to 2021 government statistics, the net enrollment rate", 87.2,
          "net enrollment rate in primary education (2021)", unit="percent",
          source="government")
    d.fig("According to 2021 government statistics, the net enrollment rate", 58.8,
          "net enrollment rate in secondary education (2021)", unit="percent",
          source="government")
    d.prov("No marriage could be registered until the younger spouse", "threshold", 16, "age",
           "at least age 16", "registration of marriage")
    d.prov("The age of consent was 14.", "threshold", 14, "age", "14", "age of consent")
    d.prov("made sexual conduct by an adult with anyone younger than 17", "threshold", 17,
           "age", "younger than 17", "sexual conduct with a minor")
    d.prov("made sexual conduct by an adult with anyone younger than 17", "threshold", 14,
           "age", "younger than 14", "aggravated penalties for sexual conduct")
    d.prov("as a “minor less than 18 years of age.”", "threshold", 18, "age",
           "less than 18 years of age", "definition of a child")
    d.ev("there were no reports of antisemitic acts", "attack_or_threat", Y,
         polarity="negated")
    d.ev("there were no reports of so-called conversion therapy being practiced", "other", Y,
         polarity="negated")
    d.ev("There were no reports of so-called gender normalization surgeries", "other", Y,
         polarity="negated")
    d.ev("Senior members of the government attended and spoke at the July Pride", "protest",
         "2023-07")

    d.sec("7.a")
    d.ent("organization", "Council of Ministers")
    d.ent("organization", TUC, "trade union confederation")
    d.ent("organization", SEFOPE, "State Secretary for Professional Training and Employment")
    d.ev("The trade union confederation reported no strikes through November.", "strike", Y,
         polarity="negated", source=TUC)
    d.ev("registered 176 complaints of alleged violations of labor rights", "other", "2023-01",
         date_end="2023-09", polarity="alleged", source=TUC)
    d.fig("registered 176 complaints of alleged violations of labor rights", 176,
          "complaints of labor rights violations, January to September", source=TUC)

    d.sec("7.b")
    d.ent("organization", "Department of State")

    d.sec("7.c")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")

    d.sec("7.e")
    d.prov("The labor code provided for a standard workweek of 44 hours.", "prohibition", 44,
           "hours", "standard workweek of 44 hours", "workweek")
    d.prov("Overtime could not exceed 16 hours per week", "prohibition", 16, "hours per week",
           "16 hours per week", "overtime")
    d.ev("undertook more than 1,900 inspections for the period January to September", "other",
         "2023-01", date_end="2023-09")
    d.fig("undertook more than 1,900 inspections for the period January to September", 1900,
          "labor inspections, January to September", "more than")
    d.ev("which according to a government survey in 2021 comprised 77 percent",
         "report_published", "2021", source="government")
    d.fig("which according to a government survey in 2021 comprised 77 percent", 77,
          "informal sector's share of the workforce (2021)", unit="percent",
          source="government")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.prov("persons who wished to apply for asylum had only 72 hours", "time_limit", 72,
           "hours", "only 72 hours", "applying for asylum after entry")
    d.prov("Foreign nationals already present in the country had only 72 hours", "time_limit",
           72, "hours", "only 72 hours", "applying for asylum when already present")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ev("Parliamentary elections were held in May and international observers",
         "election_or_referendum", "2023-05")
    d.prov("new political parties had to obtain 20,000 signatures", "threshold", 20000,
           "signatures", "20,000 signatures", "registration of a political party")
    d.prov("new political parties had to obtain 20,000 signatures", "threshold", 1000,
           "signatures", "at least 1,000 signatures from each", "signatures per municipality")
    d.fig("new political parties had to obtain 20,000 signatures", 14, "municipalities")
    d.prov("at least one-third of candidates on party lists be women", "threshold", 1 / 3,
           "share", "at least one-third of candidates", "women on party lists")

    d.sec("4")
    d.ent("organization", "anti-corruption commission", "CAC")
    d.ent("organization", "Court of Appeals")
    d.ent("person", "Francisco Jeronimo", "Jeronimo")
    d.ent("person", "Pedro dos Reis")
    d.ent("organization", PGO, "office of the prosecutor general")
    d.ev("In August the Court of Appeals announced the corruption case", "investigation",
         "2023-08")
    d.ev("In October 2022, the CAC executed search warrants", "investigation", "2022-10")
    d.ev("In January CAC notified former Minister of Agriculture", "investigation", "2023-01")
    d.ev("The final investigation report was submitted to office", "other", "2023-03")


# =========================================================================================
# Executive summary (with the title line) and Section 1
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Timor-Leste")
    d.ev("Significant human rights issues included credible reports of: serious", "other", Y,
         polarity="alleged")
    d.ev("The government took steps to identify and prosecute members", "investigation", Y)


def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ev("Unlike previous years, there were no reports that the government", "killing", Y,
         polarity="negated")

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("place", "Dili")
    d.ent("organization", PDHJ, "PDHJ")
    d.not_entity("Becora Prison", "Gleno Prison")
    d.ev("There were reports of the use of excessive force by security forces.",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In several incidents, police officers were accused of using excessive force",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In another event, a soldier allegedly shot a child", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("No one was killed in these incidents", "killing", Y, polarity="negated")
    d.fig("It had an estimated capacity of 290 inmates", 290, "capacity of Becora Prison",
          "approximately")
    d.fig("It had an estimated capacity of 290 inmates", 455,
          "convicts and pretrial detainees held in Becora Prison")
    # a standing permission is a state: no event (settled 2026-12-08)

    d.sec("1.d")
    d.prov("The law required a judicial hearing within 72 hours of arrest.", "time_limit", 72,
           "hours", "within 72 hours of arrest", "judicial hearing after arrest")
    d.fig("Pretrial detainees composed approximately 20 percent", 20,
          "pretrial detainees' share of the prison population", "approximately",
          unit="percent")

    d.sec("1.e")
    d.ent("organization", "UN")
    d.ent("organization", "Public Defender’s Office")
    d.fig("an official language only spoken by approximately 10 percent", 10,
          "share of the population speaking Portuguese", "approximately", unit="percent")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")


PART_BUILDERS = {"5-7": sections_5_7, "2": section_2, "3-4": sections_3_4,
                 "exec": executive_summary, "1": section_1}


def timor_leste() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_timor-leste", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_timor-leste": timor_leste}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
