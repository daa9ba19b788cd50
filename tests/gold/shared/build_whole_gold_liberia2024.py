"""Build the hand-made DEV gold file for Liberia 2024 (a state.gov page, 2024 layout).

``2024_liberia.jsonl`` annotates ``stategov/2024_liberia.html``, the 2024 edition whose outline
has three broad sections ("Section 1. Life", "Section 2. Liberty", "Section 3. Security of the
Person") with lettered subsections under each. Method of ``build_whole_gold_somalia.py``
(``PageDoc`` of ``build_whole_gold_dev.py``): every record below was decided by hand, reading
the report sentence by sentence before the system was run on it; the script only turns the
decisions into offsets. Offsets are into the document text rightsledger reads from the page
(``rightsledger.read.read_path``), which is what ``rightsledger export`` cites. Each anchor (at
most 14 words of the report) occurs exactly once in the document. The scope line lists in
``"ranges"`` exactly the character ranges annotated, one per section group annotated whole
(``DONE``); entity mentions are kept only inside them. The output holds offsets, names and
values but no report text.

Section groups: ``rightsledger evaluate`` groups a section by its number, so Life is group
``1``, Liberty (which holds Worker Rights and Disappearance and Abduction) group ``2``, and
Security of the Person group ``3-4``; the report has no group ``5-7``.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_liberia2024.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_liberia2024.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2024_liberia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc  # noqa: E402

FILE = "stategov/2024_liberia.html"
Y = "2024"

#: the section groups of the 2024 outline: each group's opening heading (None: the start of
#: the report) and the heading that ends it (None: the end)
GROUPS = {
    "exec": (None, "Section 1."),
    "1": ("Section 1.", "Section 2."),
    "2": ("Section 2.", "Section 3."),
    "3-4": ("Section 3.", None),
}
#: the groups annotated whole so far
DONE = ("exec", "1", "2", "3-4")


class LiberiaDoc(PageDoc):
    """Entities are declared by every part that names them; the first declaration counts."""

    def ent(self, type_: str, name: str, *aliases: str, search: tuple[str, ...] = ()) -> None:
        if all(e["name"] != name for e in self.entities):
            super().ent(type_, name, *aliases, search=search)

    def not_entity(self, *forms: str) -> None:
        self.not_entities.extend(f for f in forms if f not in self.not_entities)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: LiberiaDoc) -> None:
    d.sec("exec")
    d.ent("place", "Liberia")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government took steps to identify and punish officials", "investigation", Y)


# =========================================================================================
# Section 1. Life
# =========================================================================================
def section_1(d: LiberiaDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Bureau of Rehabilitation and Corrections")
    d.ent("organization", "Liberia National Police", "LNP")
    d.not_entity("Fish Town Central Prison")
    d.ev("There were numerous reports the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("formally charged six officers linked to the death in April", "charge", "2024-05")
    d.ev("formally charged six officers linked to the death in April", "death_in_custody",
         "2024-04")
    d.fig("formally charged six officers linked to the death in April", 6,
          "corrections officers charged over an inmate's death")
    d.ev("The inmate death led to community unrest as angry residents", "attack_or_threat",
         "2024-04")
    d.ev("several corrections officers aided the jailbreak and were under investigation",
         "investigation", Y, source="Bureau of Rehabilitation and Corrections")
    d.ev("Four of the six officers involved were cleared of any wrongdoing", "acquittal", Y)
    d.fig("Four of the six officers involved were cleared of any wrongdoing", 4,
          "charged officers cleared of wrongdoing")

    d.sec("1.b")
    d.ent("organization", "Ministry of Health")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.ev("A February 2023 report by the Ministry of Health", "report_published", "2023-02",
         source="Ministry of Health")

    d.sec("1.c")
    d.ent("organization", "French Court of Cassation")
    d.ent("place", "France")
    d.ent("person", "Kunti Kamara", "Kamara")
    d.ent("organization", "United Liberation Movement of Liberia for Democracy")
    d.ev("On June 25, the French Court of Cassation", "conviction_or_sentence", "2024-06-25")
    d.ev("On June 25, the French Court of Cassation", "conviction_or_sentence", "2024-03")
    d.ev("The court sentenced Kamara to 30 years’ imprisonment", "conviction_or_sentence",
         "2024-03")
    d.pen("prison", 30, "years", "30 years’ imprisonment")


# =========================================================================================
# Section 2. Liberty
# =========================================================================================
def section_2(d: LiberiaDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Monrovia City Corporation")
    d.ent("organization", "Association of Liberia Community Radios")
    d.ent("organization", "Radio Kakata")
    d.ent("person", "Jerry Quoi")
    d.ent("place", "Margibi County")
    d.ent("person", "Victoria Duncan")
    d.ent("person", "Kula Fofana")
    d.ev("the Monrovia City Corporation dismissed nine city employees", "dismissal",
         "2024-08")
    d.fig("the Monrovia City Corporation dismissed nine city employees", 9,
          "city employees dismissed")
    d.ev("On June 26, the Association of Liberia Community Radios", "other", "2024-06-26")
    d.ev("A June 20 meeting between Presidential Press Secretary Kula Fofana", "other",
         "2024-06-20")

    d.sec("2.b")
    d.ent("organization", "Civil Service Association of Liberia", "Civil Servants Association")
    d.ent("organization", "Liberia Labor Congress")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "Labor Practices Review Board")
    d.ent("organization", "International Confederation of Trade Unions")
    d.ent("organization", "Bureau of Trade Union Affairs and Social Dialogue")
    d.ent("organization", "Civil Service Agency")
    d.ent("organization", "National Teachers’ Association")
    d.ent("organization", "National Health Workers’ Union")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "United Workers Union of Liberia")
    d.ent("organization", "Liberia Electricity Corporation")
    d.ent("organization", "Department of State")
    d.ent("place", "Chio Town")
    d.ent("place", "Rivercess County")
    d.ent("organization", "World Bank")
    d.not_entity("Trafficking in Persons Report")
    d.ev("This was reaffirmed by a 2023 court ruling", "other", "2023")
    d.ev("In May, the president mandated the Ministry of Labor", "other", "2024-05")
    d.ev("Civil Servants Association argued the law conflicted with the constitution", "other",
         Y)
    d.ev("declared themselves to be unions in defiance of the law", "other", Y)
    d.ev("In July, the Ministry of Labor held a public engagement forum", "other", "2024-07")
    d.ev("In May, the United Workers Union of Liberia signed", "other", "2024-05")
    d.prov("working hours not to exceed eight hours per day or 48 hours", "prohibition", 8,
           "hours per day", "not to exceed eight hours per day", "working hours")
    d.prov("working hours not to exceed eight hours per day or 48 hours", "prohibition", 48,
           "hours per week", "48 hours a week", "working hours")
    d.prov("The law provided for a maximum of five hours of overtime", "prohibition", 5,
           "hours per week", "a maximum of five hours of overtime", "overtime")
    d.prov("The law provided for a maximum of five hours of overtime", "right", 150,
           "percent", "150 percent of the normal rate", "overtime pay")
    d.ev("on March 27, local media reported the death of 10 persons", "other", "2024-03-27",
         source="local media")
    d.fig("on March 27, local media reported the death of 10 persons", 10,
          "persons killed in a mudslide at a mine site", source="local media")
    # t-gold22, settled 2026-12-17 (2): "There were no (qualified) efforts" is the efforts rule, aim or none
    d.ev("There were no meaningful government efforts to prevent violations", "other", Y,
         polarity="negated")
    d.fig("The World Bank reported 90 percent of the population", 90,
          "share of the population working in the informal sector", unit="percent",
          source="World Bank")

    d.sec("2.c")
    d.ent("place", "Liberia")
    d.ent("organization", "National Commission on Human Rights of Liberia", "INCHRL")
    d.ent("place", "Monrovia")
    d.ent("organization", "Ministry of Justice", "Justice Ministry")
    d.ent("place", "Guinea")
    d.ent("person", "Ibrahim Kalil Cherif", "Cherif")
    d.ent("organization", "National Security Agency")
    d.not_entity("Monrovia Central Prison")
    d.ev("There were no reports of enforced disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.prov("The law required authorities to arraign or release detainees within 48 hours",
           "time_limit", 48, "hours", "within 48 hours", "arraignment or release of detainees")
    d.prov("were not always brought before a judge for arraignment within 48 hours",
           "time_limit", 48, "hours", "within 48 hours", "arraignment of detainees")
    d.fig("Approximately 60 percent of pretrial detainees, especially those held", 60,
          "share of pretrial detainees held more than two terms of court without a hearing",
          "approximately", unit="percent")
    d.fig("Two domestic NGOs also provided legal assistance", 2,
          "domestic NGOs providing legal assistance to indigent defendants")
    d.ev("In November, a Monrovia criminal court judge chastised", "other", "2024-11")
    d.ev("The suspect, Ibrahim Kalil Cherif, was taken into custody", "detention_or_arrest", Y)
    d.ev("Cherif was later removed from prison by authorities without a court order",
         "other", Y, source="National Commission on Human Rights of Liberia")
    d.ev("The judge criticized the government’s handling of the case", "other", Y,
         source="judge")
    d.ev("The case was closed as prosecutors dropped the charges", "other", Y)

    d.sec("2.d")
    d.not_entity("International Religious Freedom Report")
    d.sec("2.e")


# =========================================================================================
# Section 3. Security of the Person
# =========================================================================================
def section_3(d: LiberiaDoc) -> None:
    d.sec("3.a")
    d.ent("organization", "Liberia National Police", "LNP")
    d.ent("organization", "Liberia Drug Enforcement Agency")
    d.ent("organization", "Armed Forces of Liberia", "AFL")
    d.ent("person", "Jerome Tokpah", "Tokpah")
    d.ent("person", "Courage Tarr")
    d.ent("organization", "UN Women")
    d.ev("there were credible reports government officials employed them",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("In May, the LNP dismissed Patrolman Jerome Tokpah", "dismissal", "2024-05")
    d.ev("Tokpah was charged with attempted murder and aggravated assault", "charge", Y)
    d.fig("According to UN Women, 50 percent of rural girls", 50,
          "share of rural girls and women aged 15 to 49 who had undergone FGM/C",
          unit="percent", source="UN Women")
    d.ev("In 2023, authorities announced a national ban on FGM/C", "law_or_decree", "2023")
    d.prov("In 2023, authorities announced a national ban on FGM/C", "time_limit", 3, "years",
           "for three years", "national ban on FGM/C")

    d.sec("3.b")
    d.ent("organization", "Department of Labor")
    d.not_entity("Findings on the Worst Forms of Child Labor")
    d.prov("setting the minimum marriage age for all persons at 18", "threshold", 18, "age",
           "at 18", "minimum age for marriage")
    d.prov("setting the minimum marriage age for all persons at 18", "threshold", 16, "age",
           "permitting girls to marry at 16", "marriage of girls")

    d.sec("3.c")
    d.ent("organization", "Office of the UN High Commissioner for Refugees")
    d.ent("person", "Patrick Worzie")
    d.ent("organization", "Liberia Refugee Repatriation and Resettlement Commission")
    d.ent("organization", "Liberian Anti-Corruption Commission")
    d.ent("place", "Cote d’Ivoire")
    d.ev("In October, Patrick Worzie, the director of the Liberia Refugee", "dismissal",
         "2024-10")
    d.fig("and two other high-ranking officials were suspended and later fired", 2,
          "other high-ranking officials suspended and fired")
    d.ev("The Liberian Anti-Corruption Commission investigated the case", "investigation", Y)
    d.ev("The government granted permanent residency status to approximately 1,000",
         "asylum_or_citizenship_decision", Y)
    d.fig("The government granted permanent residency status to approximately 1,000", 1000,
          "former refugees from Cote d'Ivoire granted permanent residency", "approximately")

    d.sec("3.d")
    d.ev("There were very few Jewish individuals in the country", "attack_or_threat", Y,
         polarity="negated")
    d.fig("There were very few Jewish individuals in the country", 100,
          "Jewish individuals in the country", "up to")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": section_3}


def liberia() -> LiberiaDoc:
    d = LiberiaDoc("2024_liberia", FILE, 2024, {g: GROUPS[g] for g in DONE})
    # In reading order; an entity is declared by each part that names it, the first counts.
    for group in GROUPS:
        if group in DONE:
            PART_BUILDERS[group](d)
    return d


DOCS = {"2024_liberia": liberia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
