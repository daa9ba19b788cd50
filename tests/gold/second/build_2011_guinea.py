"""Build t-iaa3's blind SECOND annotation of Guinea 2011, Section 1 (a shared Markdown report,
the old layout), for inter-annotator agreement (issue 14, item 1).

``2011_guinea.jsonl`` here annotates Section 1 ("Respect for the Integrity of the Person") of
``usdos/2011_guinea.md``. It was made blind to the first annotation
(``tests/gold/shared/2011_guinea.jsonl``: neither it, nor its builder, nor its notes, nor the
system's output on the report were opened before this file was committed): every record below
was decided by hand, reading the section sentence by sentence, with docs/EVALUATION.md as the
only rule book; the script only turns the decisions into offsets (into the text
``rightsledger.read.read_path`` gives, ``PageDoc``), each anchor (at most 14 words) occurring
once in the document. The scope line's ``"ranges"`` is Section 1 only; entity mentions are kept
only inside it. The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2011_guinea.py
    PYTHONPATH=src .venv/bin/python tests/gold/second/build_2011_guinea.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/second/2011_guinea.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from second_gold import SecondPageDoc as Doc  # noqa: E402

import build_shared_gold  # noqa: E402

FILE = "usdos/2011_guinea.md"
Y = "2011"

#: the part annotated: Section 1, from its heading to Section 2's
PARTS = {"1": ("#### Section 1. Respect for the Integrity", "#### Section 2. Respect for Civil")}

SEP27 = "2011-09-27"
APR3 = "2011-04-03"
GOV = "government"


def entities(d: Doc) -> None:
    for name, *aliases in (
        ("Cellou Dalein Diallo", "Diallo"), ("Dadis Camara",), ("Sekouba Konate", "Konate"),
        ("Alpha Conde", "Conde"), ("David Sylla",), ("Sekou Fadiga",), ("Issa Camara",),
        ("Souape Kourouma", "Kourouma"),
    ):
        d.ent("person", name, *aliases)
    for name, *aliases in (
        ("Union of Democratic Forces of Guinea", "UFDG"), ("Presidential Guard",),
        ("Action by Christians for the Abolition of Torture",),
        ("Ministry of Justice", "Justice Ministry"),
        ("International Committee of the Red Cross", "ICRC"), ("Ministry of Defense",),
        ("Association for the Support of Refugees and Displaced Persons in Detention",),
        ("National Police",), ("Ministry of Security",), ("FOSSEPEL",),
        ("Human Rights Watch",),
    ):
        d.ent("organization", name, *aliases)
    for name in ("Conakry", "Kassa Island", "Galakpaye", "Saoro", "Forest Region"):
        d.ent("place", name)
    # a facility's name: no place mention inside it
    d.not_entity("Conakry Prison")


def section_1a(d: Doc) -> None:
    d.sec("1.a")
    d.ev("There were several unconfirmed reports that the government or its agents",
         "killing", Y, polarity="alleged")
    d.ev("For example, on April 3, security forces used tear gas, batons",
         "attack_or_threat", APR3)
    d.ev("One demonstrator was killed, and 27 were injured.", "killing", APR3)
    d.fig("One demonstrator was killed, and 27 were injured.", 1,
          "demonstrators killed on April 3")
    d.fig("One demonstrator was killed, and 27 were injured.", 27,
          "demonstrators injured on April 3")
    d.ev("Approximately 60 UFDG members were arrested and charged with taking part",
         "detention_or_arrest", Y)
    d.ev("all but 27 were released the following week", "release", "2011-04")
    d.fig("Approximately 60 UFDG members were arrested and charged with taking part", 60,
          "UFDG members arrested and charged", "approximately")
    d.fig("all but 27 were released the following week", 27,
          "UFDG members not released the following week")
    d.ev("By year’s end, all detainees had been released.", "release", Y)
    d.ev("On September 27, three demonstrators were killed during clashes", "killing", SEP27)
    d.fig("On September 27, three demonstrators were killed during clashes", 3,
          "demonstrators killed on September 27")
    d.ev("The rally occurred on the eve of the second anniversary", "protest", SEP27)
    d.ev("the 2009 security force massacre of 150 prodemocracy demonstrators", "killing",
         "2009")
    d.fig("the 2009 security force massacre of 150 prodemocracy demonstrators", 150,
          "demonstrators killed in the 2009 stadium massacre")
    d.ev("police stopped demonstrators on their way to the rally by using live fire",
         "attack_or_threat", SEP27, polarity="alleged")
    d.ev("One of the three victims who died was stabbed", "killing", SEP27,
         polarity="alleged")
    d.ev("More than 300 persons, including bystanders, were arrested after protests",
         "detention_or_arrest", SEP27)
    d.fig("More than 300 persons, including bystanders, were arrested after protests", 300,
          "persons arrested after the September 27 protests", "more than")
    d.ev("Many of those arrested were held without charge for several days beyond",
         "release", Y)
    d.prov("Many of those arrested were held without charge for several days beyond",
           "time_limit", 48, "hours", "the legal limit of 48 hours")
    d.ev("Security forces reportedly searched homes without warrants and looted houses in",
         "other", SEP27, date_end="2011-09-28", polarity="alleged")
    d.ev("A government investigation into the incident absolved security forces",
         "investigation", Y)
    d.fig("A government investigation into the incident absolved security forces", 3,
          "demonstrators killed on September 27")
    d.ev("The government charged that the demonstrators or other unnamed parties", "killing",
         Y, polarity="alleged", source=GOV)
    d.ev("did not lead to any arrests during the year", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("The investigation into the 2009 stadium massacre begun by the transition",
         "killing", "2009")
    d.ev("At least 157 demonstrators were killed when members of the elite", "killing",
         "2009")
    d.fig("At least 157 demonstrators were killed when members of the elite", 157,
          "demonstrators killed in the 2009 stadium massacre", "at least")
    d.ev("Nearly 100 women and girls were raped during the attack.", "attack_or_threat",
         "2009")
    d.fig("Nearly 100 women and girls were raped during the attack.", 100,
          "women and girls raped in the 2009 stadium attack", "approximately")
    d.ev("None of the bodies reportedly buried by security forces in mass graves", "other",
         Y, polarity="negated")
    d.ev("following the attempted assassination in 2009 of former junta leader",
         "attack_or_threat", "2009")
    d.ev("the government appointed two men implicated in the massacres", "other", Y)
    d.fig("at least three low-ranking members of the military were charged", 3,
          "military members charged over the 2009 killings", "at least")
    d.fig("the government appointed two men implicated in the massacres", 2,
          "men implicated in the massacres appointed to high positions")
    d.ev("Eyewitnesses told journalists that persons were shot in the streets", "killing",
         "2009", source="eyewitnesses")


def section_1bc(d: Doc) -> None:
    d.sec("1.b")
    d.ev("There were no reports of politically motivated disappearances.", "other", Y,
         polarity="negated")
    d.ev("The government took no action to investigate the disappearance of dozens",
         "investigation", Y, polarity="negated")
    d.ev("disappearance of dozens of prodemocracy demonstrators following the 2009",
         "killing", "2009")
    d.ev("In 2010 victims’ families formed groups to demand", "other", "2010")

    d.sec("1.c")
    d.ev("Security forces used violence to quell demonstrations, resulting in deaths",
         "attack_or_threat", Y)
    d.ev("Prison guards tortured, beat, raped, and otherwise abused citizens",
         "torture_or_abuse", Y)
    d.ev("During the year security forces tortured four youths suspected of stealing",
         "torture_or_abuse", Y, source="Action by Christians for the Abolition of Torture")
    d.fig("During the year security forces tortured four youths suspected of stealing", 4,
          "youths tortured")
    d.ev("The youths allegedly were beaten and threatened with death.", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("There were no developments in the arrest of 22 military and police",
         "election_or_referendum", "2010-11")
    d.fig("There were no developments in the arrest of 22 military and police", 22,
          "military and police personnel arrested")
    d.ev("No action was taken against security forces at the military prison",
         "charge", Y, polarity="negated")
    d.ev("Approximately 100 military personnel were reportedly detained in inhumane",
         "detention_or_arrest", "2009", polarity="alleged")
    d.fig("Approximately 100 military personnel were reportedly detained in inhumane", 100,
          "military personnel detained at Kassa Island", "approximately")
    d.ev("In January 2010 interim president Konate closed the Kassa Island facility",
         "other", "2010-01")

    d.fig("held 1,280 prisoners at year’s end, although it was built to house 300", 1280,
          "prisoners in Conakry Prison")
    d.fig("held 1,280 prisoners at year’s end, although it was built to house 300", 300,
          "capacity of Conakry Prison")
    d.ev("A local NGO reported that half of the female prisoners", "torture_or_abuse", Y,
         source="a local NGO")
    d.fig("A local NGO reported that half of the female prisoners", 0.5,
          "share of female prisoners in Conakry Prison beaten or abused",
          source="a local NGO")
    d.fig("Most prisoners reported eating one small meal a day", 1,
          "meals a day most prisoners ate")
    d.fig("although some prisoners reportedly received two daily meals", 2,
          "daily meals some prisoners received")
    d.fig("NGOs estimated that 4,000 prisoners (including between 50 and 100 women)", 4000,
          "prisoners", "approximately", source="NGOs")
    d.fig("NGOs estimated that 4,000 prisoners (including between 50 and 100 women)", 50,
          "women prisoners", "approximately", source="NGOs", value_end=100)
    d.fig("were incarcerated in 32 civilian prison facilities nationwide", 32,
          "civilian prison facilities", source="NGOs")
    d.fig("a local NGO reported that of 130 minors incarcerated at Conakry Prison", 130,
          "minors incarcerated at Conakry Prison", source="a local NGO")
    d.fig("14 had never been formally charged or tried", 14,
          "minors at Conakry Prison never charged or tried", source="a local NGO")


def section_1d(d: Doc) -> None:
    d.sec("1.d")
    d.ev("Security forces arrested demonstrators without warrants and held detainees",
         "detention_or_arrest", Y)
    d.prov("beyond the 48 hour-limit mandated by law", "time_limit", 48, "hours",
           "the 48 hour-limit")
    d.ev("FOSSEPEL, a 16,000-member unit composed of police and gendarmes", "other",
         "2010-05")
    d.fig("FOSSEPEL, a 16,000-member unit composed of police and gendarmes", 16000,
          "members of FOSSEPEL")
    d.ev("on May 2, interreligious conflict erupted in the village of Galakpaye",
         "attack_or_threat", "2011-05-02")
    d.ev("Subsequent clashes led to 25 deaths.", "killing", "2011-05-02")
    d.fig("Subsequent clashes led to 25 deaths.", 25, "deaths in the Galakpaye clashes")
    d.ev("unable to restore order until the afternoon of May 3", "other", "2011-05-03")
    d.prov("detainees be charged before a magistrate within 48 hours", "time_limit", 48,
           "hours", "within 48 hours")
    d.prov("the law allows the length of time to be doubled to 96 hours", "time_limit", 96,
           "hours", "96 hours")
    d.ev("Of the 37 people detained after the attack on the president’s private",
         "attack_or_threat", "2011-07-19")
    d.ev("were not brought before a judge and charged with attempted assassination until",
         "charge", "2011-08-02")
    d.fig("Of the 37 people detained after the attack on the president’s private", 37,
          "people detained after the July 19 attack")
    d.fig("at least nine were not brought before a judge", 9,
          "detainees charged two weeks later", "at least")
    d.ev("Security forces arbitrarily arrested hundreds of demonstrators during the year.",
         "detention_or_arrest", Y)
    d.ev("The government also arrested human rights workers", "detention_or_arrest", Y)
    d.ev("According to 2008 statistics, approximately 67 percent of prisoners",
         "report_published", "2008")
    d.fig("According to 2008 statistics, approximately 67 percent of prisoners", 67,
          "share of prisoners in pretrial detention", "approximately", unit="percent")
    d.ev("On August 15, the government pardoned 37 UFDG supporters", "release", "2011-08-15")
    d.ev("who were arrested during an April 3 rally for UFDG party leader",
         "detention_or_arrest", APR3)
    d.fig("On August 15, the government pardoned 37 UFDG supporters", 37,
          "UFDG supporters pardoned")


def section_1ef(d: Doc) -> None:
    d.sec("1.e")
    d.ev("Trial procedures were chaotic and inadequate for the hundreds arrested", "trial", Y)
    d.ev("participating in an illegal demonstration on September 27 and 28", "protest",
         SEP27, date_end="2011-09-28")
    d.ev("The government denied the existence of political prisoners or detainees", "other",
         Y)
    d.ev("remained in Conakry Prison without charge for alleged involvement in the July 19",
         "attack_or_threat", "2011-07-19")
    d.ev("Kourouma claimed to have been beaten", "torture_or_abuse", Y, polarity="alleged",
         source="Souape Kourouma")
    d.ev("There were no lawsuits seeking damages for human rights violations during the year",
         "other", Y, polarity="negated")

    d.sec("1.f")
    d.ev("searched homes without warrants and looted houses during their search",
         "other", SEP27, date_end="2011-09-28", polarity="alleged")
    d.ev("There were reports that security forces arrested family members of detainees",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Some of those charged with participation in the July 19 assassination attempt",
         "attack_or_threat", "2011-07-19")
    d.ev("alleged that members of the military harassed their family members during",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("On July 14 and 15, several NGOs reported that the government unlawfully seized",
         "other", "2011-07-14", date_end="2011-07-15", source="several NGOs")
    d.ev("The government did not provide compensation.", "other", Y, polarity="negated")


def guinea() -> Doc:
    d = Doc("2011_guinea", FILE, 2011, PARTS)
    entities(d)
    section_1a(d)
    section_1bc(d)
    section_1d(d)
    section_1ef(d)
    return d


DOCS = {"2011_guinea": guinea}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
