"""Build the hand-made whole-report BLIND TEST gold of two shared reports.

Every record below was decided by hand, reading the report sentence by sentence
(every section, not only Section 1), without running rightsledger on these reports and
without looking at its output on them. As in ``build_shared_gold.py``, the script only
turns the decisions into offsets: each record names its evidence sentence by a short
anchor that must occur exactly once in the scope; the output holds offsets, names and
values but no report text.

Usage (from the repository root)::

    .venv/bin/python tests/gold/shared/build_whole_gold_a.py          # write the files
    .venv/bin/python tests/gold/shared/build_whole_gold_a.py --show   # also print evidence

The reports are read from ``../shared/reports`` (not part of this repository). The
conventions applied are listed in docs/EVALUATION.md, "Conventions applied in the
whole-report gold (2026-12)".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_shared_gold as bsg  # noqa: E402  (helpers only; no rightsledger import)
from build_shared_gold import REPORTS, Doc, sentence_bounds  # noqa: E402

# Initials that the shared sentence splitter would otherwise take for sentence ends
# ("Y.M. Koroma", "S.W. Smith").
bsg.ABBREV.update({"Y.M", "S.W"})


class WholeDoc(Doc):
    """A gold document whose scope is the whole report (or a prefix of it)."""

    def __init__(self, stem: str, file: str, year: int, end_marker: str | None = None,
                 sections: str = "all"):
        self.stem, self.file, self.year = stem, file, year
        self.text = (REPORTS / file).read_text(encoding="utf-8")
        if self.text.startswith("\ufeff"):
            self.text = self.text[1:]
        self.start = 0
        self.end = self.text.index(end_marker) if end_marker else len(self.text)
        self.sections_label = sections
        self.sentences = sentence_bounds(self.text, self.start, self.end)
        self.section = "exec"
        self.records: list[dict] = []
        self.entities: list[dict] = []
        self.not_entities: list[str] = []

    def ev(self, anchor: str, type_: str, date: str, precision: str | None = None, *,
           penalty: dict | None = None, duration: dict | None = None, **kw) -> None:
        super().ev(anchor, type_, date, precision, **kw)
        if penalty is not None:
            self.records[-1]["penalty"] = penalty
        if duration is not None:
            self.records[-1]["duration"] = duration

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0]["split"] = "test"
        lines[0]["sections"] = self.sections_label
        return lines


def pen(kind: str, value: float | None, unit: str | None, text: str) -> dict:
    return {"kind": kind, "value": value, "unit": unit, "text": text}


def dur(value: float | None, unit: str | None, text: str) -> dict:
    return {"value": value, "unit": unit, "text": text}


# =========================================================================================
# 1999_sierra-leone, whole report
# =========================================================================================
def sierra_leone() -> WholeDoc:
    d = WholeDoc("1999_sierra-leone", "usdos/1999_sierra-leone.md", 1999)
    Y = "1999"

    # --- persons ---
    d.ent("person", "Sam Bockarie", "Bockarie")
    d.ent("person", "Foday Sankoh")
    d.ent("person", "Abdulai Jumah Jalloh")
    d.ent("person", "Myles Tierney", "Tierney")
    d.ent("person", "Ian Stewart")
    d.ent("person", "James Ogogo")
    d.ent("person", "Jenner Cole")
    d.ent("person", "Mohamed Kamara")
    d.ent("person", "Paul Abu Mansaray")
    d.ent("person", "Alpha Amadu Bah Bash")
    d.ent("person", "Muniru Turay")
    d.ent("person", "Mabay Kamara")
    d.ent("person", "Mohamed B. Sesay")
    d.ent("person", "Y.M. Koroma")
    d.ent("person", "S.W. Smith")
    d.ent("person", "Maurizio Boa")
    d.ent("person", "Giuliano Pini")
    # The same archbishop, spelt two ways in the report.
    d.ent("person", "Joseph Henry Ganda", "John Henry Ganda")
    d.ent("person", "Mario Guerra")
    d.ent("person", "Aloysious Maria")
    d.ent("person", "Carmeline")
    d.ent("person", "Sweva")
    d.ent("person", "Hindu")
    d.ent("person", "Vittorio Mosele")
    d.ent("person", "Giorgio Biguzzi", "Biguzzi")
    d.ent("person", "Patrick Cloos")
    d.ent("person", "Klaus Lippold")
    d.ent("person", "Mohamed Jalloh")
    d.ent("person", "Soloman Conteh")
    d.ent("person", "Phillip Neville")
    d.ent("person", "Albert Joe Demby")
    d.ent("person", "Winston Ojukutu-Macaulay")
    d.ent("person", "Ahmed Bob Kande")
    d.ent("person", "Thomas Gbou")
    d.ent("person", "Mohamed Massaquoi")
    d.ent("person", "Jonathan Leigh", "Leigh")
    d.ent("person", "Joseph Mboka")
    d.ent("person", "Jerry Tryson")
    d.ent("person", "Emmanuel Sanossi")
    d.ent("person", "Paul Kamara")
    d.ent("person", "Ahmed Tejan Kabbah", "Kabbah")

    # --- organizations ---
    d.ent("organization", "Revolutionary United Front", "RUF")
    d.ent("organization", "Sierra Leone People's Party")
    d.ent("organization", "Parliament")
    d.ent("organization", "Armed Forces Revolutionary Council", "AFRC")
    # The report's own (inexact) expansion of ECOWAS.
    d.ent("organization", "Economic Organization of West African States", "ECOWAS")
    d.ent("organization", "ECOWAS Monitoring Group", "ECOMOG")
    d.ent("organization", "United Nations", "U.N.")
    d.ent("organization", "U.N. Security Council")
    d.ent("organization", "U.N. Mission in Sierra Leone", "UNAMSIL")
    d.ent("organization", "Civil Defense Forces", "CDF")
    d.ent("organization", "African Champion")
    d.ent("organization", "Associated Press")
    d.ent("organization", "Reporters Without Borders")
    d.ent("organization", "Sierra Leone Red Cross")
    d.ent("organization", "U.N. Children's Fund", "UNICEF")
    d.ent("organization", "Sisters of Charity")
    d.ent("organization", "U.N. Observer Mission in Sierra Leone", "UNOMSIL")
    d.ent("organization", "Medecins sans Frontieres", search=("Medecins Sans Frontieres",))
    d.ent("organization", "International Committee for the Red Cross", "ICRC")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Concern Worldwide")
    d.ent("organization", "Standard Times")
    d.ent("organization", "British Broadcasting Corporation")
    d.ent("organization", "New Storm")
    d.ent("organization", "Independent Observer")
    d.ent("organization", "The Democrat")
    d.ent("organization", "CID")
    d.ent("organization", "The Reporter")
    d.ent("organization", "For Di People")
    d.ent("organization", "Sierratel")
    d.ent("organization", "U.N. High Commissioner for Refugees")
    d.ent("organization", "Revolutionary United Front Party", "RUFP")
    d.ent("organization", "National Election Commission")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Ministry of Social Welfare, Gender, and Children's Affairs")
    d.ent("organization", "Sierra Leone Labor Congress", "SLLC")
    d.ent("organization", "International Confederation of Free Trade Unions")
    d.ent("organization", "Department of Foreign Affairs and International Cooperation")

    # --- places ---
    d.ent("place", "Sierra Leone")
    d.ent("place", "Lome")
    d.ent("place", "Togo")
    d.ent("place", "Guinea")
    d.ent("place", "Freetown")
    d.ent("place", "Nigeria")
    d.ent("place", "Kailahun")
    d.ent("place", "Liberia")
    d.ent("place", "Kingtom")
    d.ent("place", "Kissy")
    d.ent("place", "West Africa")
    d.ent("place", "Lunsar")
    d.ent("place", "Kenema")
    d.ent("place", "India")
    d.ent("place", "Conakry")
    d.ent("place", "Kambia")
    d.ent("place", "Makeni")
    d.ent("place", "Wellington")
    d.ent("place", "Japan")
    d.ent("place", "Occra hills")
    d.ent("place", "Songo")
    d.ent("place", "Masiaka")
    d.ent("place", "Calaba town")
    d.ent("place", "Madina")
    d.ent("place", "Magburaka")
    d.ent("place", "Matatoka")
    d.ent("place", "Kabala")
    d.ent("place", "The Gambia")
    d.ent("place", "Cote D'Ivoire")
    d.ent("place", "Ghana")
    d.ent("place", "Africa")
    # Treaties, facilities and laws: their words are not mentions of anything.
    d.not_entity("Lome Accord", "Aberdeen bridge", "Pademba road maximum security prison",
                 "Freetown-Bo highway")

    # --- executive summary ---
    d.sec("exec")
    d.ev("after a cease-fire went into effect on May 24", "other", "1999-05-24")
    d.ev("after a cease-fire went into effect on May 24", "other", "1999-07-07")
    d.ev("majority in the Parliament since the 1996 elections", "election_or_referendum", "1996")
    d.ev("In May 1997 RUF forces", "other", "1997-05")
    d.ev("The RUF/AFRC junta was itself driven out", "other", "1998-02")
    d.ev("The Government was restored to power in March 1998", "other", "1998-03")
    d.ev("rebels attacked Freetown once again", "attack_or_threat", "1999-01")
    d.ev("between 5,000 and 6,500 combatants", "killing", Y,
         source="U.N. and health officials")
    d.fig("between 5,000 and 6,500 combatants", 5000, "combatants and civilians killed in and "
          "near Freetown (January attack)", "approximately", value_end=6500,
          source="U.N. and health officials")
    d.ev("Rebel forces abducted additional thousands", "detention_or_arrest", Y)
    d.ev("Large sections of central and eastern Freetown were destroyed", "attack_or_threat", Y)
    d.ev("even the October 3 return to Freetown", "other", "1999-10-03")
    d.ev("During the last months of the year there were several armed clashes",
         "attack_or_threat", Y)
    d.ev("In late December, RUF field commander Sam Bockarie fled", "other", "1999-12",
         place="Kailahun")
    d.fig("only some 4,000 of the estimated 45,000", 4000,
          "former combatants disarmed and demobilizing", "approximately")
    d.fig("only some 4,000 of the estimated 45,000", 45000, "former combatants",
          "approximately")
    d.ev("The U.N. Security Council approved a 6,600 member", "other", Y)
    d.fig("The U.N. Security Council approved a 6,600 member", 6600,
          "members of the UNAMSIL peacekeeping operation")
    d.ev("Kenyan and Indian peacekeeping forces began arriving in December", "other", "1999-12")
    d.fig("per capita income of less than $100 per year", 100, "per capita income per year",
          "fewer than", unit="USD")
    d.fig("Only an estimated one-fifth of adults", 0.2, "share of adults who are literate",
          "approximately")
    d.fig("approximately 70 per cent of the Government's budget", 70,
          "share of the government budget from foreign assistance", "approximately",
          unit="percent")
    d.ev("committed extrajudicial killings and summarily executed suspected rebels and their "
         "collaborators", "killing", Y)
    d.ev("harassed, arrested, and detained journalists", "detention_or_arrest", Y)
    d.ev("There were a few cases of vigilante-style extrajudicial killings", "killing", "1999-01")
    d.ev("Before the signing of the Lome Accord, AFRC and RUF rebels committed", "killing", Y)
    d.ev("Rebel forces abducted civilians, missionaries", "detention_or_arrest", Y)
    d.fig("As many as half a million persons", 500000,
          "persons who fled to neighboring countries", "up to")
    d.ev("After the May cease-fire, insurgents committed similar abuses", "attack_or_threat", Y)

    # --- 1.a ---
    d.sec("1.a")
    d.ev("Both government/CDF forces and ECOMOG forces", "killing", Y)
    d.ev("on January 13 ECOMOG troops summarily executed", "killing", "1999-01-13",
         place="Freetown")
    d.fig("on January 13 ECOMOG troops summarily executed", 22,
          "rebel captives executed by ECOMOG on Aberdeen bridge")
    d.fig("on January 13 ECOMOG troops summarily executed", 6,
          "alleged rebels executed by the CDF in Kingtom")
    d.ev("In early February ECOMOG forces summarily shot", "killing", "1999-02", place="Freetown")
    d.fig("In early February ECOMOG forces summarily shot", 6,
          "suspected rebel collaborators shot by ECOMOG", "at least")
    d.ev("At least several others were killed", "killing", Y, place="Freetown")
    d.ev("On February 3, an ECOMOG officer summarily executed", "killing", "1999-02-03",
         place="Freetown")
    d.ev("Hundreds of civilians killed by AFRC and RUF", "killing", Y)
    d.ev("Insurgent forces targeted government officials", "attack_or_threat", Y)
    d.ev("On January 10, Associated Press television producer", "killing", "1999-01-10",
         place="Freetown")
    d.ev("were sought out and killed during the January battles", "killing", "1999-01",
         place="Freetown")
    d.ev("they killed close relatives instead", "killing", Y, source="surviving journalists")
    d.ev("the bodies of two cabinet Ministers", "killing", "1999-02", place="Kissy")
    d.ev("the bodies of two cabinet Ministers", "detention_or_arrest", "1999-01")
    d.fig("the bodies of two cabinet Ministers", 2, "cabinet ministers found dead")
    d.ev("Also in January, rebels killed the manager", "killing", "1999-01")
    d.ev("Insurgents executed over 250", "killing", "1999-01", place="Freetown")
    d.fig("Insurgents executed over 250", 250, "police and family members executed by "
          "insurgents in Freetown", "more than")
    d.fig("Insurgents executed over 250", 500, "police and family members executed (some "
          "estimates)", "up to", source="some estimates")
    d.ev("When Lunsar was recaptured by ECOMOG forces", "killing", "1999-02", place="Lunsar")
    d.fig("When Lunsar was recaptured by ECOMOG forces", 130, "police executed in Lunsar",
          "more than")
    d.fig("When Lunsar was recaptured by ECOMOG forces", 170, "police in Lunsar")
    d.ev("Deliberate mutilations by rebel forces, mostly during", "torture_or_abuse", "1999-01")
    d.ev("Deliberate mutilations by rebel forces, mostly during", "killing", Y)
    d.ev("Some victims of rebel kidnap attempts also were killed", "killing", Y)
    d.ev("There were a few cases of vigilante-style killings", "killing", "1999-01",
         place="Freetown")
    d.ev("in January youths in Kenema burned alive", "killing", "1999-01", place="Kenema")
    d.fig("in January youths in Kenema burned alive", 3, "rebel infiltrators burned alive")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("families registered more than 3,800 children", "detention_or_arrest", "1999-01",
         source="U.N. Children's Fund")
    d.fig("families registered more than 3,800 children", 3800,
          "children registered missing or abducted after the January attack", "more than",
          source="U.N. Children's Fund")
    d.fig("families registered more than 3,800 children", 2400,
          "children still unaccounted for (November)", source="U.N. Children's Fund")
    d.ev("rebel forces abducted some 20,000 persons", "detention_or_arrest", "1991",
         date_end="1999", source="United Nations")
    d.fig("rebel forces abducted some 20,000 persons", 20000,
          "persons abducted by rebel forces 1991-99", "approximately", source="United Nations")
    d.fig("Only about 1,000 of them have been released", 1000,
          "abductees released and reintegrated", "approximately")
    d.ev("AFRC/RUF insurgents kidnaped religious workers", "detention_or_arrest", Y)
    d.ev("On January 10, the rebels abducted two Italian", "detention_or_arrest", "1999-01-10",
         place="Freetown")
    d.fig("On January 10, the rebels abducted two Italian", 2,
          "Italian missionary priests abducted")
    d.ev("In mid-January, they abducted Archbishop", "detention_or_arrest", "1999-01",
         place="Freetown")
    d.ev("In mid-January, they abducted Archbishop", "detention_or_arrest", "1998-11")
    d.fig("In mid-January, they abducted Archbishop", 5,
          "other abducted missionary priests who escaped")
    d.ev("On January 14, they abducted six Sisters", "detention_or_arrest", "1999-01-14",
         place="Freetown")
    d.ev("On January 14, they abducted six Sisters", "killing", "1999-01-22")
    d.fig("On January 14, they abducted six Sisters", 6, "Sisters of Charity abducted")
    d.fig("On January 14, they abducted six Sisters", 2,
          "abducted nuns killed in later fighting")
    d.ev("died on February 5 in Conakry", "killing", "1999-02-05", place="Conakry")
    d.ev("Rebels abducted Father Vittorio Mosele", "detention_or_arrest", "1999-02-12",
         place="Kambia")
    d.ev("Rebels abducted Father Vittorio Mosele", "release", "1999-04-06", place="Makeni")
    d.ev("Rebel forces also abducted 13 Indian businessmen", "detention_or_arrest",
         "1999-01-25", place="Wellington")
    d.fig("Rebel forces also abducted 13 Indian businessmen", 13, "Indian businessmen abducted")
    d.ev("two more were murdered during captivity", "killing", Y)
    d.ev("two more were murdered during captivity", "release", "1999-01-29")
    d.fig("two more were murdered during captivity", 2, "abducted businessmen murdered")
    d.fig("two more were murdered during captivity", 9, "businessmen released")
    d.fig("two more were murdered during captivity", 3, "surviving Sisters of Charity released")
    d.ev("the rebels seized two European journalists", "detention_or_arrest", "1999-01-25")
    d.fig("the rebels seized two European journalists", 2, "European journalists seized")
    d.ev("On August 4, a splinter group of the AFRC", "detention_or_arrest", "1999-08-04",
         place="Occra hills")
    d.fig("On August 4, a splinter group of the AFRC", 30, "individuals abducted", "more than")
    d.ev("the last hostages were freed on August 10", "release", "1999-08-10")
    d.fig("the last hostages were freed on August 10", 200,
          "women and children released with the hostages", "approximately")
    d.ev("Bishop Biguzzi and 15 colleagues", "attack_or_threat", "1999-10", place="Makeni")
    d.fig("Bishop Biguzzi and 15 colleagues", 15, "colleagues caught in fighting with Biguzzi")
    d.ev("their personal possessions were stolen", "other", Y)
    d.ev("In December forces loyal to RUF field commander", "detention_or_arrest", "1999-12",
         place="Kailahun", duration=dur(1, "weeks", "for over a week"))
    d.fig("In December forces loyal to RUF field commander", 2,
          "Medecins sans Frontieres workers detained")
    d.ev("The two were released shortly before Bockarie", "release", "1999-12")
    d.ev("The two were released shortly before Bockarie", "other", "1999-12-16")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("occasionally beat and detained noncombatants, particularly during the January",
         "torture_or_abuse", "1999-01")
    d.ev("In January ECOMOG forces beat two Italian", "torture_or_abuse", "1999-01")
    d.fig("In January ECOMOG forces beat two Italian", 2, "Italian priests beaten by ECOMOG")
    d.ev("had one or both limbs amputated over the decade-long conflict", "torture_or_abuse",
         "1999-01", source="U.N. officials and humanitarian organizations")
    d.fig("at least three or four died en route", 3,
          "deaths en route per mutilation victim reaching medical aid", "at least",
          value_end=4)
    d.ev("rebels inflicted machete wounds on the president", "torture_or_abuse", Y,
         place="Freetown")
    d.ev("Insurgents tortured abducted Archbishop", "torture_or_abuse", "1999-01")
    d.fig("which was designed for 325 prisoners", 325, "design capacity of Pademba road prison")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("Several journalists were arrested in the spring", "detention_or_arrest", Y)
    d.ev("in late August AFRC members detained a group", "detention_or_arrest", "1999-08",
         place="Occra hills")
    d.ev("in late August AFRC members detained a group", "detention_or_arrest", "1999-08-04",
         place="Occra hills")
    d.ev("was released on September 5", "release", "1999-09-05")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("There were no reports of political prisoners.", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("Throughout the year, there were numerous instances", "attack_or_threat", Y)

    # --- 1.g ---
    d.sec("1.g")
    d.ev("until in June it pledged to stop the practice", "other", "1999-06")
    d.ev("rebels used civilians as human shields", "attack_or_threat", Y)
    d.ev("rebels made forays into the bush to rape", "torture_or_abuse", "1999-01",
         place="Wellington")
    d.ev("Insurgents killed at least 125 civilians", "killing", "1999-04", place="Songo")
    d.fig("Insurgents killed at least 125 civilians", 125, "civilians killed in Songo",
          "at least")
    d.ev("When retreating from Masiaka in May", "torture_or_abuse", "1999-05", place="Masiaka")
    d.ev("In mid-August rebel troops attacked", "attack_or_threat", "1999-08", place="Masiaka")
    d.fig("In mid-August rebel troops attacked", 2, "major highways attacked")
    d.ev("rebels tried to force residents", "attack_or_threat", "1999-01", place="Freetown")
    d.ev("the insurgents looted and deliberately set on fire", "attack_or_threat", Y,
         place="Freetown")
    d.fig("Up to 90 percent of the housing", 90,
          "share of housing damaged or destroyed in Kissy and Calaba town", "up to",
          unit="percent")
    d.ev("An estimated 200,000 persons in and near Freetown", "other", "1999-01",
         place="Freetown")
    d.fig("An estimated 200,000 persons in and near Freetown", 200000,
          "persons made homeless in the January fighting", "approximately")
    d.ev("Rebels attacked and looted the Catholic mission", "attack_or_threat", "1999-02-01",
         place="Madina")
    d.ev("Rebels attacked and looted the Catholic mission", "attack_or_threat", "1999-02",
         place="Kambia")
    d.ev("As ECOMOG forces advanced in early May", "attack_or_threat", "1999-05",
         place="Masiaka")
    d.ev("In early October RUF/AFRC commanders prevented", "other", "1999-10")
    d.ev("Also in October in Makeni, rebel forces looted", "attack_or_threat", "1999-10",
         place="Makeni")
    d.ev("In October serious fighting between factions", "killing", "1999-10")
    d.fig("In October serious fighting between factions", 150, "combatant deaths",
          "approximately")
    d.fig("In October serious fighting between factions", 50, "civilian deaths",
          "approximately")
    d.ev("On November 20, armed former combatants ambushed", "attack_or_threat", "1999-11-20",
         place="Kambia")
    d.ev("In late November, hundreds of civilians fled", "other", "1999-11")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("on February 24, plainclothes police officers arrested", "detention_or_arrest",
         "1999-02-24")
    d.ev("He was released on March 8.", "release", "1999-03-08")
    d.ev("was detained by ECOMOG forces on April 20", "detention_or_arrest", "1999-04-20")
    d.ev("On May 5, three journalists", "detention_or_arrest", "1999-05-05",
         duration=dur(1, "weeks", "a week later"))
    d.fig("On May 5, three journalists", 3, "journalists arrested by ECOMOG")
    d.fig("On May 5, three journalists", 2500, "bail paid by the journalists", unit="USD")
    d.fig("On May 5, three journalists", 5000000, "bail paid by the journalists (leones)",
          unit="SLL")
    d.ev("was arrested by ECOMOG on May 17", "detention_or_arrest", "1999-05-17")
    d.ev("was arrested by ECOMOG on May 17", "detention_or_arrest", "1999-05-18")
    d.ev("On June 10, ECOMOG forces raided", "detention_or_arrest", "1999-06-10")
    d.ev("On June 10, ECOMOG forces raided", "detention_or_arrest", "1999-06-15",
         place="Freetown")
    d.fig("On June 10, ECOMOG forces raided", 6, "Independent Observer employees arrested")
    d.ev("On July 6, the state prosecutor dropped charges", "other", "1999-07-06")
    d.ev("On August 27, CID officials arrested", "detention_or_arrest", "1999-08-27")
    d.fig("Over 50 newspapers were published", 50, "newspapers published in Freetown",
          "more than")
    d.ev("The rebels shot and killed several journalists", "killing", "1999-01",
         place="Freetown")
    d.ev("On August 20, three high-ranking RUF members", "attack_or_threat", "1999-08-20")
    d.fig("On August 20, three high-ranking RUF members", 3,
          "RUF members who ransacked For Di People")

    # --- 2.b ---
    d.sec("2.b")
    d.fig("more than a dozen opposition political parties", 12, "opposition political parties",
          "more than")

    # --- 2.c ---
    d.sec("2.c")
    d.ev("the Freetown population was terrorized", "attack_or_threat", "1999-01",
         place="Freetown")
    d.ev("some of those who refused to partake were beaten", "torture_or_abuse", Y)
    d.ev("Others reportedly were shot and killed.", "killing", Y, polarity="alleged")
    d.ev("Three churches and two mosques were set on fire", "attack_or_threat", "1999-01",
         place="Freetown")
    d.fig("Three churches and two mosques were set on fire", 3, "churches burned down")
    d.fig("Three churches and two mosques were set on fire", 2, "mosques burned down")

    # --- 2.d ---
    d.sec("2.d")
    d.prov("police clearance within 72 hours", "time_limit", 72, "hours", "within 72 hours",
           "police clearance before international travel")
    d.fig("More than 1 million citizens", 1000000,
          "citizens displaced internally or fled abroad", "more than")
    d.fig("More than 1 million citizens", 0.25,
          "share of the population displaced or fled", "more than")
    d.fig("More than 500,000 persons remain in refugee camps", 500000,
          "persons in refugee camps in Guinea and Liberia", "more than")
    d.ev("In October an estimated 3,000 refugees returned", "other", "1999-10",
         place="Kailahun")
    d.fig("In October an estimated 3,000 refugees returned", 3000,
          "refugees returned from Liberia", "approximately")
    d.ev("At least 150 persons drowned at sea in March", "other", "1999-03")
    d.fig("At least 150 persons drowned at sea in March", 150, "persons drowned at sea",
          "at least")
    d.fig("first asylum to over 5,000 Liberians", 5000, "Liberians given first asylum",
          "more than")
    d.ev("There were no reports of the forced return", "other", Y, polarity="negated")

    # --- 3 ---
    d.sec("3")
    d.ev("the 1996 elections won by Ahmed Tejan Kabbah", "election_or_referendum", "1996")
    d.ev("Preparations for local elections", "election_or_referendum", Y)
    d.ev("In July the Parliament ratified a bill", "law_or_decree", "1999-07")
    d.ev("In July the Parliament ratified a bill", "registration_decision", "1999-11")
    d.fig("Only 2 of the 18 cabinet positions", 2, "cabinet positions held by women")
    d.fig("Only 2 of the 18 cabinet positions", 18, "cabinet positions")
    d.fig("Only 2 of the 18 cabinet positions", 80, "members of the legislature")
    d.fig("Only 2 of the 18 cabinet positions", 7, "women members of the legislature")

    # --- 4 ---
    d.sec("4")
    d.ev("the ICRC was asked in January to suspend", "other", "1999-01")
    d.ev("President Kabbah in June asked", "other", "1999-06")

    # --- 5 ---
    d.sec("5")
    d.prov("punishable by up to 14 years' imprisonment", "penalty", 14, "years",
           "up to 14 years' imprisonment", "rape")
    d.ev("free and fair multiparty elections in 1996", "election_or_referendum", "1996")
    d.fig("only 6 percent are literate", 6, "share of women who are literate", unit="percent")
    d.ev("In July senior officials of the Ministry of Education were charged", "charge",
         "1999-07")
    d.fig("In July senior officials of the Ministry of Education were charged", 500000,
          "sum allegedly embezzled by Ministry of Education officials", "approximately",
          unit="USD")
    d.fig("In July senior officials of the Ministry of Education were charged", 1000000000,
          "sum allegedly embezzled (leones)", "approximately", unit="SLL")
    d.fig("An estimated 5,000 youthful soldiers", 5000, "child soldiers in the civil conflict",
          "approximately")
    d.ev("this practice ended with the signing of the Lome Accord", "other", Y)
    d.fig("range as high as 80 to 90 percent", 80,
          "share of women and girls who undergo FGM (some estimates)", "up to", unit="percent",
          value_end=90)
    d.fig("While UNICEF estimates the percentage", 90,
          "share of females who have undergone FGM", "up to", unit="percent", source="UNICEF")
    d.fig("consists of at least 13 ethnic groups", 13, "ethnic groups", "at least")
    d.fig("make up about 30 percent of the population", 30,
          "share of the population of each of the Temne and Mende", "approximately",
          unit="percent")

    # --- 6 ---
    d.sec("6.a")
    d.fig("About 60 percent of the workers in urban areas", 60,
          "share of urban workers who are unionized", "approximately", unit="percent")
    d.prov("any five persons may form a trade union", "threshold", 5, "persons",
           "any five persons", "formation of a trade union")
    d.prov("the Government can require 21 days' notice", "requirement", 21, "days",
           "21 days' notice", "strike notice")
    d.ev("No strikes were reported during the year.", "strike", Y, polarity="negated")
    d.sec("6.c")
    d.prov("traffic is proscribed before 10:00 a.m.", "prohibition", 10, "time of day",
           "before 10:00 a.m.", "traffic in Freetown on national cleanup day")
    d.ev("On October 4, rebel forces seized a commercial bus", "attack_or_threat",
         "1999-10-04")
    d.fig("On October 4, rebel forces seized a commercial bus", 40,
          "passengers forced to carry looted goods", "approximately")
    d.sec("6.d")
    d.prov("The minimum age for employment is officially 18 years", "threshold", 18, "age",
           "18 years", "minimum age for employment")
    d.prov("The minimum age for employment is officially 18 years", "threshold", 12, "age",
           "between the ages of 12 and 18 years", "employment in nonhazardous occupations")
    d.prov("no one under the age of 14 is employed", "threshold", 14, "age",
           "under the age of 14", "overseas employment")
    d.sec("6.e")
    d.ev("A 1997 law set the minimum wage", "law_or_decree", "1997")
    d.prov("A 1997 law set the minimum wage", "threshold", 11, "USD", "approximately $11",
           "minimum wage per month")
    d.prov("A 1997 law set the minimum wage", "threshold", 21000, "SLL", "21,000 leones",
           "minimum wage per month")
    d.prov("The Government's suggested workweek is 38 hours", "threshold", 38, "hours",
           "38 hours", "suggested workweek")
    d.prov("the union may issue a 21-day strike notice", "requirement", 21, "days",
           "21-day strike notice", "strike notice after a rejected complaint")
    d.sec("6.f")
    d.ev("There were no reports of persons being trafficked", "other", Y, polarity="negated")
    return d


DOCS = {"1999_sierra-leone": sierra_leone}


def main(argv: list[str]) -> None:
    show = "--show" in argv
    only = [a for a in argv if not a.startswith("--")]
    for stem, build in DOCS.items():
        if only and stem not in only:
            continue
        print(build().write(show=show))


if __name__ == "__main__":
    main(sys.argv[1:])
