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

# Initials that the shared sentence splitter would otherwise take for sentence ends
# ("Y.M. Koroma", "S.W. Smith").
bsg.ABBREV.update({"Y.M", "S.W"})


class WholeDoc(bsg.WholeDoc):
    """A gold document whose scope is the whole report (or a prefix of it)."""

    def ev(self, anchor: str, type_: str, date: str, precision: str | None = None, *,
           penalty: dict | None = None, duration: dict | None = None, **kw) -> None:
        super().ev(anchor, type_, date, precision, **kw)
        if penalty is not None:
            self.records[-1]["penalty"] = penalty
        if duration is not None:
            self.records[-1]["duration"] = duration


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
    d.ev("continued after the July Lome Accord", "other", "1999-07")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
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
    # t-tfixA (2026-12-09): abductions are `other`; "during their retreat" names the January
    # attack of the paragraph (dating by episode).
    d.ev("Rebel forces abducted additional thousands", "other", "1999-01")
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
    # t-gold21: "restricted freedom of speech" is no event (2026-12-11), so the first occurrence
    # is "harassed" journalists: `attack_or_threat` (pressure on the press, settled 2026-12-16).
    d.ev("harassed, arrested, and detained journalists", "attack_or_threat", Y)
    d.ev("There were a few cases of vigilante-style extrajudicial killings", "killing", Y)  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("There were a few cases of vigilante-style extrajudicial killings", "attack_or_threat",
         "1999-01")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("Before the signing of the Lome Accord, AFRC and RUF rebels committed", "killing", Y)
    d.ev("Rebel forces abducted civilians, missionaries", "other", Y)  # t-tfixA: abductions
    d.fig("As many as half a million persons", 500000,
          "persons who fled to neighboring countries", "up to")
    d.ev("After the May cease-fire, insurgents committed similar abuses", "attack_or_threat", Y)
    d.ev("After the May cease-fire, insurgents committed similar abuses", "other", "1999-05")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)

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
    # t-tfixA: a casualty in the very next sentence after the dated shooting (episode).
    d.ev("At least several others were killed", "killing", "1999-02", place="Freetown")
    d.ev("On February 3, an ECOMOG officer summarily executed", "killing", "1999-02-03",
         place="Freetown")
    d.ev("Hundreds of civilians killed by AFRC and RUF", "killing", Y)
    d.ev("Insurgent forces targeted government officials", "attack_or_threat", Y)
    d.ev("On January 10, Associated Press television producer", "killing", "1999-01-10",
         place="Freetown")
    d.ev("were sought out and killed during the January battles", "killing", "1999-01",
         place="Freetown")
    d.ev("they killed close relatives instead", "killing", Y, source="surviving journalists")
    # t-tfixA: a body found is `other` unless the sentence says the person was killed;
    # abductions are `other`.
    d.ev("the bodies of two cabinet Ministers", "other", "1999-02", place="Kissy")
    d.ev("the bodies of two cabinet Ministers", "other", "1999-01")
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
    d.ev("There were a few cases of vigilante-style killings", "killing", Y,
         place="Freetown")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("There were a few cases of vigilante-style killings", "attack_or_threat", "1999-01",
         place="Freetown")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("in January youths in Kenema burned alive", "killing", "1999-01", place="Kenema")
    d.fig("in January youths in Kenema burned alive", 3, "rebel infiltrators burned alive")

    # --- 1.b ---
    d.sec("1.b")
    # t-tfixA (2026-12-09): kidnappings, abductions and disappearances are `other` (2026-12-06).
    d.ev("families registered more than 3,800 children", "other", Y,
         source="U.N. Children's Fund")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("families registered more than 3,800 children", "attack_or_threat", "1999-01",
         place="Freetown")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.fig("families registered more than 3,800 children", 3800,
          "children registered missing or abducted after the January attack", "more than",
          source="U.N. Children's Fund")
    d.fig("families registered more than 3,800 children", 2400,
          "children still unaccounted for (November)", source="U.N. Children's Fund")
    d.ev("rebel forces abducted some 20,000 persons", "other", "1991",
         date_end="1999", source="United Nations")
    d.fig("rebel forces abducted some 20,000 persons", 20000,
          "persons abducted by rebel forces 1991-99", "approximately", source="United Nations")
    d.fig("Only about 1,000 of them have been released", 1000,
          "abductees released and reintegrated", "approximately")
    d.ev("AFRC/RUF insurgents kidnaped religious workers", "other", Y)
    d.ev("On January 10, the rebels abducted two Italian", "other", "1999-01-10",
         place="Freetown")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated
    # clause ("several days later" -> the month)
    d.ev("the pair were released several days later", "release", "1999-01")
    d.fig("On January 10, the rebels abducted two Italian", 2,
          "Italian missionary priests abducted")
    d.ev("In mid-January, they abducted Archbishop", "other", "1999-01", place="Freetown")
    d.ev("In mid-January, they abducted Archbishop", "other", "1998-11")
    d.fig("In mid-January, they abducted Archbishop", 5,
          "other abducted missionary priests who escaped")
    d.ev("On January 14, they abducted six Sisters", "other", "1999-01-14",
         place="Freetown")
    d.ev("On January 14, they abducted six Sisters", "killing", "1999-01-22")
    d.fig("On January 14, they abducted six Sisters", 6, "Sisters of Charity abducted")
    d.fig("On January 14, they abducted six Sisters", 2,
          "abducted nuns killed in later fighting")
    d.ev("died on February 5 in Conakry", "killing", "1999-02-05", place="Conakry")
    d.ev("Rebels abducted Father Vittorio Mosele", "other", "1999-02-12",
         place="Kambia")
    d.ev("Rebels abducted Father Vittorio Mosele", "release", "1999-04-06", place="Makeni")
    d.ev("Rebel forces also abducted 13 Indian businessmen", "other", "1999-01-25",
         place="Wellington")
    d.fig("Rebel forces also abducted 13 Indian businessmen", 13, "Indian businessmen abducted")
    # t-tfixA: "during the kidnaping" names the January 25 abduction (dating by episode).
    d.ev("two more were murdered during captivity", "killing", "1999-01-25")
    d.ev("two more were murdered during captivity", "release", "1999-01-29")
    d.fig("two more were murdered during captivity", 2, "abducted businessmen murdered")
    d.fig("two more were murdered during captivity", 9, "businessmen released")
    d.fig("two more were murdered during captivity", 3, "surviving Sisters of Charity released")
    d.ev("the rebels seized two European journalists", "other", "1999-01-25")  # kidnapping
    d.fig("the rebels seized two European journalists", 2, "European journalists seized")
    d.ev("On August 4, a splinter group of the AFRC", "other", "1999-08-04",
         place="Occra hills")
    d.fig("On August 4, a splinter group of the AFRC", 30, "individuals abducted", "more than")
    d.ev("the last hostages were freed on August 10", "release", "1999-08-10")
    d.fig("the last hostages were freed on August 10", 200,
          "women and children released with the hostages", "approximately")
    d.ev("Bishop Biguzzi and 15 colleagues", "attack_or_threat", "1999-10", place="Makeni")
    d.fig("Bishop Biguzzi and 15 colleagues", 15, "colleagues caught in fighting with Biguzzi")
    # t-tfixA: "during the fighting" of the preceding sentence (mid-October).
    d.ev("their personal possessions were stolen", "other", "1999-10")
    d.ev("In December forces loyal to RUF field commander", "detention_or_arrest", "1999-12",
         place="Kailahun", duration=dur(1, "weeks", "for over a week"))
    d.fig("In December forces loyal to RUF field commander", 2,
          "Medecins sans Frontieres workers detained")
    d.ev("The two were released shortly before Bockarie", "release", "1999-12")
    d.ev("The two were released shortly before Bockarie", "other", "1999-12-16")

    # --- 1.c ---
    d.sec("1.c")
    # t-tfixA (2026-12-09): "occasionally beat and detained" is a practice told by frequency
    # (habitual, no event): the first annotator's record was removed (a slip).
    d.ev("In January ECOMOG forces beat two Italian", "torture_or_abuse", "1999-01")
    d.fig("In January ECOMOG forces beat two Italian", 2, "Italian priests beaten by ECOMOG")
    d.ev("had one or both limbs amputated over the decade-long conflict", "torture_or_abuse",
         "1999-01", source="U.N. officials and aid groups")
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
    # t-tfixA: the August 4 abduction named again: `other` (kidnappings, 2026-12-06).
    d.ev("in late August AFRC members detained a group", "other", "1999-08-04",
         place="Occra hills")
    d.ev("was released on September 5", "release", "1999-09-05")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("There were no reports of political prisoners.", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    # t-tfixA: rebels "invaded, looted, and destroyed private property": raids and looting
    # of property are `other` (2026-12-06).
    d.ev("Throughout the year, there were numerous instances", "other", Y)

    # --- 1.g ---
    d.sec("1.g")
    d.ev("until in June it pledged to stop the practice", "other", "1999-06")
    # t-tfixA: "during their attack on Freetown": the January attack (dating by episode).
    d.ev("rebels used civilians as human shields", "attack_or_threat", "1999-01")
    d.ev("rebels made forays into the bush to rape", "torture_or_abuse", Y,
         place="Wellington")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("rebels made forays into the bush to rape", "attack_or_threat", "1999-01",
         place="Wellington")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("Insurgents killed at least 125 civilians", "killing", "1999-04", place="Songo")
    d.fig("Insurgents killed at least 125 civilians", 125, "civilians killed in Songo",
          "at least")
    d.ev("When retreating from Masiaka in May", "torture_or_abuse", "1999-05", place="Masiaka")
    d.ev("In mid-August rebel troops attacked", "attack_or_threat", "1999-08", place="Masiaka")
    d.fig("In mid-August rebel troops attacked", 2, "major highways attacked")
    d.ev("rebels tried to force residents", "attack_or_threat", "1999-01", place="Freetown")
    # t-tfixA: looting first (`other`); "during their retreat from the city" after the
    # January fighting in Freetown of the paragraph (dating by episode).
    d.ev("the insurgents looted and deliberately set on fire", "other", "1999-01",
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
    d.ev("Also in October in Makeni, rebel forces looted", "other", "1999-10",  # looting
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
    # t-gold20, settled 2026-12-16 (2): the release, dated by its own count ("a week later"
    # after May 5 -> the day); the arrest keeps its duration
    d.ev("they were released after paying bail", "release", "1999-05-12")
    d.fig("On May 5, three journalists", 3, "journalists arrested by ECOMOG")
    d.fig("On May 5, three journalists", 2500, "bail paid by the journalists", unit="USD")
    d.fig("On May 5, three journalists", 5000000, "bail paid by the journalists (leones)",
          unit="SLL")
    d.ev("was arrested by ECOMOG on May 17", "detention_or_arrest", "1999-05-17")
    d.ev("was arrested by ECOMOG on May 17", "detention_or_arrest", "1999-05-18")
    # t-tfixA: a raid on offices first: `other` (2026-12-06).
    d.ev("On June 10, ECOMOG forces raided", "other", "1999-06-10")
    d.ev("On June 10, ECOMOG forces raided", "detention_or_arrest", "1999-06-15",
         place="Freetown")
    d.fig("On June 10, ECOMOG forces raided", 6, "Independent Observer employees arrested")
    d.ev("On July 6, the state prosecutor dropped charges", "other", "1999-07-06")
    d.ev("On August 27, CID officials arrested", "detention_or_arrest", "1999-08-27")
    d.fig("Over 50 newspapers were published", 50, "newspapers published in Freetown",
          "more than")
    d.ev("The rebels shot and killed several journalists", "killing", "1999-01",
         place="Freetown")
    # t-tfixA: "ransacked the offices" first: a raid on property, `other` (2026-12-06).
    d.ev("On August 20, three high-ranking RUF members", "other", "1999-08-20")
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
    # t-tfixA: both sentences continue the January invasion of the sentence before (dating by
    # episode); the beaten had been forced to drink (in the rebels' control): torture_or_abuse.
    d.ev("some of those who refused to partake were beaten", "torture_or_abuse", "1999-01")
    # t-gold26: the killing is told in the second sentence after the dated one, untied (not the
    # very next sentence, and "reportedly"): the report year (settled 2026-12-13).
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
    # t-tfixA (2026-12-09): "almost double that figure" is a multiple (unit `times`,
    # 2026-12-08); "the signing of the Lome Accord" is the one dated signing (July 7) of the
    # report (an episode named without its date, 2026-12-08).
    d.fig("An estimated 5,000 youthful soldiers", 2, "multiple of the child-soldier estimate "
          "(some observers)", "approximately", unit="times", source="some observers")
    d.ev("this practice ended with the signing of the Lome Accord", "other", "1999-07-07")
    d.fig("range as high as 80 to 90 percent", 80,
          "share of women and girls who undergo FGM (some estimates)", "up to", unit="percent",
          value_end=90)
    d.fig("While UNICEF estimates the percentage", 90,
          "share of females who have undergone FGM", "up to", unit="percent", source="UNICEF")
    # t-tfixA: "the fund had not yet been established by year's end": a negated step.
    d.ev("the fund had not yet been established by year's end", "other", Y,
         polarity="negated")
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


# =========================================================================================
# 2013_algeria, whole report (executive summary and Sections 1-3; Sections 4-7 below)
# =========================================================================================
def algeria() -> WholeDoc:
    d = WholeDoc("2013_algeria", "usdos/2013_algeria.md", 2013)
    Y = "2013"

    # --- persons ---
    d.ent("person", "Abdelaziz Bouteflika", "Bouteflika")
    d.ent("person", "Mokhtar Belmokhtar")
    d.ent("person", "Farid Mechani", "Mechani")
    d.ent("person", "Djamel Saadoun", "Saadoun")
    d.ent("person", "Abderahmane Arrar")
    d.ent("person", "Mohamed Charfi")
    d.ent("person", "Farouk Ksentini")
    d.ent("person", "Mohamed Boudiaf")
    d.ent("person", "Abdelghani Aloui", "Aloui")
    d.ent("person", "Hichem Aboud", "Aboud")
    d.ent("person", "Faisal Bensalah", "Bensalah", "Cheb Faisal")
    d.ent("person", "Ali Belhadj")
    d.ent("person", "Bouabdallah")

    # --- organizations ---
    d.ent("organization", "al-Qa’ida in the Islamic Maghreb", "AQIM")
    d.ent("organization", "Those Who Sign in Blood")
    d.ent("organization", "Algerian Special Forces")
    d.ent("organization", "Movement for Unity and Jihad in West Africa", "MUJAO")
    d.ent("organization", "UN Human Rights Committee")
    d.ent("organization", "UN")
    d.ent("organization", "National Association for the Defense of Children", "NADA")
    d.ent("organization", "Amnesty International", "AI")
    d.ent("organization", "Intelligence and Security Department", "DRS")
    d.ent("organization", "Algerian League for the Defense of Human Rights", "LADDH")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Ministry of Justice", "MOJ")
    # The same television station, spelt two ways.
    d.ent("organization", "Echourouk", "el-Chourouk")
    d.ent("organization", "Ministry of the Interior", "Ministry of Interior", "Interior Ministry",
          "MOI")
    d.ent("organization", "General Directorate for Prison Administration and Resettlement",
          "DGAPR")
    d.ent("organization", "International Center for Prison Studies", "ICPS")
    d.ent("organization", "National Consultative Commission for the Promotion and Protection of "
          "Human Rights", "CNCPPDH")
    d.ent("organization", "Gendarmerie Nationale")
    d.ent("organization", "Surete Nationale")
    d.ent("organization", "Ministry of National Defense")
    d.ent("organization", "National Committee for the Defense of the Rights of the Unemployed",
          "CNDDC")
    d.ent("organization", "National Employment Agency")
    d.ent("organization", "Independent Youth Movement for Change")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "High Judicial Council")
    d.ent("organization", "Facebook")
    d.ent("organization", "Algerie Focus")
    d.ent("organization", "Djaridati")
    d.ent("organization", "Mon Journal")
    d.ent("organization", "UN High Commissioner for Human Rights")
    d.ent("organization", "El Watan")
    d.ent("organization", "Ministry of Communication")
    d.ent("organization", "Ennahar")
    d.ent("organization", "el-Djazairia")
    d.ent("organization", "Ministry of Post, Information Technology, and Communication "
          "Telecommunication")
    d.ent("organization", "SOS-Disparus", "SOS-Disparu")
    d.ent("organization", "MSP")
    d.ent("organization", "Department of State")
    d.ent("organization", "Algerian Red Crescent")
    d.ent("organization", "World Food Program", "WFP")
    d.ent("organization", "Sahrawi Red Crescent")
    d.ent("organization", "Popular Front for the Liberation of the Saguia el Harma and Rio de Oro",
          "Polisario")
    d.ent("organization", "European Union")
    d.ent("organization", "Arab League")
    d.ent("organization", "National Democratic Institute")
    d.ent("organization", "Carter Center")
    d.ent("organization", "National Liberation Front", "FLN")
    d.ent("organization", "National Rally for Democracy", "RND")
    d.ent("organization", "Socialist Workers Party")
    d.ent("organization", "Senate")
    d.ent("organization", "Algerian Press Service")
    d.ent("organization", "Free Awakening Front")
    d.ent("organization", "Islamic Salvation Front")
    d.ent("organization", "Workers Party")
    d.ent("organization", "RCD")

    # --- places ---
    d.ent("place", "Algeria")
    d.ent("place", "Libya")
    d.ent("place", "In Amenas")
    d.ent("place", "Mali")
    d.ent("place", "Boucherka")
    d.ent("place", "Jijel")
    d.ent("place", "Algiers")
    d.ent("place", "Laghouat")
    d.ent("place", "Ghardaia")
    d.ent("place", "Ouargla")
    d.ent("place", "Tunis")
    d.ent("place", "Syria")
    d.ent("place", "Oran")
    d.ent("place", "Tizi Ouzou")
    d.ent("place", "El-Oued")
    d.ent("place", "Illizi")
    d.ent("place", "Djanet")
    d.ent("place", "Tamanrasset")
    d.ent("place", "Western Sahara")
    d.ent("place", "sub-Saharan Africa")
    d.ent("place", "Cameroon")
    d.ent("place", "Ivory Coast")
    d.ent("place", "Nigeria")
    d.ent("place", "Democratic Republic of the Congo")
    d.ent("place", "Iraq")
    d.ent("place", "Palestine")
    d.ent("place", "United States")
    d.ent("place", "Sweden")
    d.ent("place", "Sidi Fredj")
    d.ent("place", "Bordj Badj Mokhtar")
    d.ent("place", "Morocco")
    d.ent("place", "Annaba")
    d.ent("place", "Tindouf")
    d.ent("place", "Europe")
    # Facilities, treaties, a street and an airport's name: not mentions of anything.
    d.not_entity("Laghouat detention facility", "Serkadj prison", "Houari Boumediene",
                 "Avenue Didouche Mourad",
                 "International Covenant on Civil and Political Rights")

    # --- executive summary ---
    d.sec("exec")
    d.prov("elected by popular vote for a five-year term", "time_limit", 5, "years",
           "five-year term", "presidential term")
    d.ev("The legislative elections held in May 2012", "election_or_referendum", "2012-05")
    # t-tfixA (2026-12-09): observers' verdicts on an election are `other`, dated by the
    # election they judge (2026-12-06).
    d.ev("Foreign observers characterized the elections as largely peaceful, but noted",
         "other", "2012-05", source="foreign observers")
    d.ev("Terrorist groups committed a significant number of attacks", "attack_or_threat", Y)
    # t-agree2: the executive summary's list of problems is the list of issues of the year
    # (settled 2026-12-06; dev 2016 Chad reads "The most significant human rights problems were"
    # so); its first items (restrictions on a right, lack of independence) name no occurrence: `other`.
    d.ev("The three most significant continuing human rights problems were", "other", Y)
    d.ev("On January 16, approximately 40 terrorists", "attack_or_threat", "2013-01-16",
         place="In Amenas")
    d.fig("On January 16, approximately 40 terrorists", 40, "terrorists who entered from Libya",
          "approximately")
    d.fig("On January 16, approximately 40 terrorists", 2, "transport buses attacked")
    # t-tfixA: "stormed the plant" first (one record per date, typed by the first occurrence);
    # "then" follows the January 16 attack (dating by episode), as do the gunmen's acts of the
    # next sentence and the casualties after the January 17 assault.
    d.ev("Additional gunmen then stormed the plant", "attack_or_threat", "2013-01-16",
         place="In Amenas", duration=dur(4, "days", "for four days"))
    d.fig("Additional gunmen then stormed the plant", 800, "hostages taken at In Amenas")
    d.fig("Additional gunmen then stormed the plant", 132, "foreign nationals among the hostages")
    d.ev("The gunmen reportedly searched for foreign plant employees", "attack_or_threat",
         "2013-01-16",
         polarity="alleged")
    d.ev("The standoff ended on January 19", "other", "2013-01-19")
    d.ev("The standoff ended on January 19", "attack_or_threat", "2013-01-17")
    d.ev("Terrorists killed one Algerian and 39 foreign hostages", "killing", "2013-01-17")
    d.fig("Terrorists killed one Algerian and 39 foreign hostages", 1,
          "Algerian hostage killed")
    d.fig("Terrorists killed one Algerian and 39 foreign hostages", 39,
          "foreign hostages killed")
    d.fig("Terrorists killed one Algerian and 39 foreign hostages", 9,
          "countries of the foreign hostages killed")
    d.fig("Terrorists killed one Algerian and 39 foreign hostages", 3,
          "American citizens killed")
    d.ev("Algerian military strikes on the facility killed 29", "killing", "2013-01-17")
    d.fig("Algerian military strikes on the facility killed 29", 29, "attackers killed")
    d.fig("Algerian military strikes on the facility killed 29", 3, "attackers captured")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("On September 13, a 25-year-old man", "death_in_custody", "2013-09-13",
         place="Boucherka")
    # t-tfixA dated the demonstrations by the death; t-conv15 settlement: another occurrence that
    # names the episode ("the incident"), no follower word of the written list, no date of its own
    # -> report year (Settled 2026-12-13, `named`/another kind).
    d.ev("News of the incident sparked demonstrations", "protest", Y,
         place="Boucherka")
    d.ev("The national police conducted an investigation", "investigation", Y)
    d.ev("Media reports indicated that security services killed", "killing", Y,
         source="media reports")
    d.fig("Media reports indicated that security services killed", 150,
          "suspected terrorists killed by security services", "approximately",
          source="media reports")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("On March 22, the UN Human Rights Committee found", "other", "2013-03-22")
    d.ev("On March 22, the UN Human Rights Committee found", "detention_or_arrest", "1993",
         place="Algiers")
    d.ev("On March 22, the UN Human Rights Committee found", "detention_or_arrest", "1996")
    d.fig("On March 22, the UN Human Rights Committee found", 2, "disappeared individuals")
    # t-tfixA: the remedies the committee asked for not given by year's end: a negated step.
    d.ev("At year’s end these remedies had not been met.", "other", Y, polarity="negated")
    # t-tfixA: "Armed individuals conducted abuses …, including kidnappings": a summary
    # statement of the year (2026-12-04); kidnappings are `other` (2026-12-06).
    d.ev("Armed individuals conducted abuses against civilians", "other", Y)
    d.ev("approximately 15 persons were kidnapped", "other", Y,  # t-tfixA: kidnappings
         source="security services")
    d.fig("approximately 15 persons were kidnapped", 15, "persons kidnapped east of Algiers",
          "approximately", source="security services")
    # (The same count recurs in Section 6, so the anchor names this sentence's tail.)
    d.ev("including 50 in the city of Algiers", "other", Y,  # t-tfixA: abductions
         source="Abderahmane Arrar")
    d.fig("including 50 in the city of Algiers", 1300, "child abductions and disappearances",
          source="Abderahmane Arrar")
    d.fig("including 50 in the city of Algiers", 50, "child abduction cases in Algiers",
          source="Abderahmane Arrar")

    # --- 1.c ---
    d.sec("1.c")
    d.prov("Government agents can face prison sentences", "penalty", 10, "years",
           "between 10 and 20 years", "torture by government agents")
    d.ev("There were no reported cases of prosecution of security service officials", "charge",
         Y, polarity="negated")
    # t-tfixA: a dated report is `report_published` ("What is reported", 2026-12-06).
    d.ev("In May the government reported the approximate total number", "report_published",
         "2013-05",
         source="government")
    d.fig("In May the government reported the approximate total number", 65000,
          "prisoners and detainees", "approximately", source="government")
    d.fig("In May the government reported the approximate total number", 600,
          "women prisoners and detainees", "approximately", source="government")
    d.fig("In May the government reported the approximate total number", 420,
          "juvenile prisoners and detainees", "approximately", source="government")
    d.fig("The total number of prison beds was 75,000", 75000, "prison beds")
    d.fig("The total number of prison beds was 75,000", 131, "prison facilities")
    d.ev("Official government statistics published in August 2012", "report_published",
         "2012-08", source="government")
    d.fig("Official government statistics published in August 2012", 10,
          "share of pretrial detainees moved to prisons", "approximately", unit="percent",
          source="government")
    d.ev("On July 22, the Laghouat branch", "report_published", "2013-07-22", source="LADDH")
    d.prov("maximum prison sentence of three years or less", "threshold", 3, "years",
           "three years or less", "community service instead of imprisonment")
    d.ev("The ICRC conducted 142 visits in 2012", "other", "2012", source="ICRC")
    d.fig("The ICRC conducted 142 visits in 2012", 142, "ICRC prison visits in 2012")
    d.fig("The ICRC conducted 142 visits in 2012", 50, "facilities visited by the ICRC")
    d.fig("The ICRC conducted 142 visits in 2012", 5443, "detainees visited by the ICRC")
    d.ev("On July 23, Minister of Justice Mohamed Charfi announced", "other", "2013-07-23")
    # t-tfixA: authorizations given "since 2009": an occurrence running since a date.
    d.ev("On July 23, Minister of Justice Mohamed Charfi announced", "other", "2009")
    d.fig("On July 23, Minister of Justice Mohamed Charfi announced", 537,
          "authorizations to media outlets to visit prisons since 2009", source="Ministry of Justice")
    d.fig("On July 23, Minister of Justice Mohamed Charfi announced", 1000,
          "media visits to prisons since 2009", "more than", source="Ministry of Justice")
    d.ev("The same day the MOJ announced the dismissal", "dismissal", "2013-07-23",
         place="Algiers")
    d.ev("In March the Ministry of the Interior", "other", "2013-03")
    d.fig("establishment of five pilot prisons", 5, "pilot prisons established")
    d.ev("On July 5, President Bouteflika pardoned", "release", "2013-07-05")
    d.fig("On July 5, President Bouteflika pardoned", 5000, "detainees pardoned")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("since the 2011 repeal", "law_or_decree", "2011")
    d.fig("judges refused 90 percent", 90,
          "share of applications for judicial control refused by judges", unit="percent",
          source="CNCPPDH")
    d.fig("60,000-member Gendarmerie Nationale", 60000, "members of the Gendarmerie Nationale")
    d.fig("60,000-member Gendarmerie Nationale", 130000, "members of the Surete Nationale")
    d.prov("may be held in detention for up to 48 hours", "time_limit", 48, "hours",
           "up to 48 hours", "detention without charge")
    d.prov("extend the suspect", "time_limit", 72, "hours", "to 72 hours",
           "extended detention without charge")
    d.prov("may be held legally for 12 days", "time_limit", 12, "days", "12 days",
           "detention of terrorism suspects without charge or counsel")
    d.prov("At the end of the 12-day period", "right", 12, "days", "the 12-day period",
           "medical examination after detention")
    d.ev("Police arrested protestors in Algiers and elsewhere", "detention_or_arrest", Y)
    d.ev("Between March and May, security services arrested protestors", "detention_or_arrest",
         "2013-03", date_end="2013-05")
    d.ev("On March 26, police in Ghardaia arrested 18", "detention_or_arrest", "2013-03-26",
         place="Ghardaia")
    d.fig("On March 26, police in Ghardaia arrested 18", 18, "CNDDC protestors arrested")
    # t-tfixA: one record per date, typed by the first occurrence of the main clause.
    d.ev("Following their May 27 arraignment", "release", Y)  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.ev("Following their May 27 arraignment", "charge", "2013-05-27")  # t-tfix14: a month-labelled noun as a reference point is an occurrence of that month; the clause keeps its own date (settled 2026-12-12)
    d.fig("Following their May 27 arraignment", 10, "protestors released")
    d.fig("Following their May 27 arraignment", 8, "protestors charged")
    d.ev("On May 24, CNDDC protestors organized a sit-in", "protest", "2013-05-24",
         place="Laghouat")
    d.ev("Police responded to the scene, detained ten protestors", "detention_or_arrest", Y)
    d.fig("Police responded to the scene, detained ten protestors", 10, "protestors detained")
    d.ev("On June 23, representatives of the Independent Youth Movement", "detention_or_arrest",
         "2013-06-23", place="Algiers")
    d.ev("They were released from custody the same day.", "release", "2013-06-23")
    d.fig("Pretrial detainees were believed to comprise approximately 10 percent", 10,
          "share of pretrial detainees in the prison population", "approximately",
          unit="percent")
    d.ev("There were reports that the government deported some asylum seekers",
         "asylum_or_citizenship_decision", Y, polarity="alleged")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("On October 9, Algiers police arrested blogger", "detention_or_arrest", "2013-10-09",
         place="Algiers")
    d.ev("On October 9, Algiers police arrested blogger", "charge", "2013-10-10",
         place="Algiers")
    d.ev("On October 23, Algerian news website", "other", "2013-10-23")

    # --- 1.g ---
    d.sec("1.g")
    d.ev("security service officials killed approximately 150 individuals", "killing", Y,
         source="human rights and other groups")
    d.fig("security service officials killed approximately 150 individuals", 150,
          "suspected AQIM affiliates killed", "approximately",
          source="human rights and other groups")

    # --- 2.a ---
    d.sec("2.a")
    d.ev("there were no cases of arrest or prosecution under the law", "detention_or_arrest", Y,
         polarity="negated")
    d.prov("The penal code provides for up to three years", "penalty", 3, "years",
           "up to three years’ imprisonment", "tracts harming the national interest")
    d.prov("The penal code provides for up to three years", "penalty", 1, "years",
           "up to one year", "defaming or insulting the president or state institutions")
    d.ev("The government imposed a complete information blackout", "censorship_or_blocking",
         "2013-01", place="In Amenas")
    d.ev("There were no cases of government interference in book publication",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("On May 19, the chief prosecutor in Algiers announced", "charge", "2013-05-19")
    d.ev("On June 26, authorities detained Aboud", "detention_or_arrest", "2013-06-26",
         place="Algiers")
    d.ev("He appeared before a judge in Algiers the following day", "other", "2013-06-27",
         place="Algiers")
    d.ev("On September 9, Aboud filed a complaint", "other", "2013-09-09")
    d.ev("On September 11, protestors gathered", "protest", "2013-09-11", place="Algiers")
    # t-tfixA: a dispersal is `attack_or_threat` (2026-12-06), of the demonstration of the
    # sentence before (dating by episode).
    d.ev("Police dispersed the demonstration and arrested several participants",
         "attack_or_threat", "2013-09-11")
    d.fig("Police dispersed the demonstration and arrested several participants", 2,
          "El Watan journalists arrested")
    d.ev("held for approximately three hours before being released", "release", Y,
         duration=dur(3, "hours", "approximately three hours"))
    d.ev("There were no reports of violence or harassment of members of the media",
         "attack_or_threat", Y, polarity="negated")
    d.ev("On May 18, the government ordered its printing house", "censorship_or_blocking",
         "2013-05-18")
    d.ev("but there were no cases in which the government exercised this authority",
         "censorship_or_blocking", Y, polarity="negated")
    d.prov("carries high civil penalties ranging from DZD 100,000", "penalty", 100000, "DZD",
           "DZD 100,000 to 500,000", "defamation")
    d.prov("carries high civil penalties ranging from DZD 100,000", "penalty", 1250, "USD",
           "$1,250 to $6,250", "defamation")
    d.ev("The government ended its monopoly on broadcast media in September 2011",
         "law_or_decree", "2011-09")
    d.ev("In July the Ministry of Communication approved three", "registration_decision",
         "2013-07")
    d.fig("In July the Ministry of Communication approved three", 3,
          "private television channels approved")
    d.fig("All three channels previously maintained offices abroad", 3,
          "channels that had offices abroad")
    d.ev("On May 2, a court in Oran sentenced", "conviction_or_sentence", "2013-05-02",
         place="Oran",
         penalty=pen("prison", 6, "months", "six-month suspended sentence"))
    d.fig("On May 2, a court in Oran sentenced", 100000, "fine imposed on Faisal Bensalah",
          unit="DZD")
    d.fig("On May 2, a court in Oran sentenced", 1250, "fine imposed on Faisal Bensalah (USD)",
          unit="USD")
    d.prov("The cybercrime law provides sentences of six months", "penalty", 6, "months",
           "six months to five years in prison", "noncompliance with the cybercrime law")
    d.prov("The cybercrime law provides sentences of six months", "penalty", 50000, "DZD",
           "between DZD 50,000 and DZD 500,000", "noncompliance with the cybercrime law")
    d.prov("The cybercrime law provides sentences of six months", "penalty", 625, "USD",
           "$625 and $6,250", "noncompliance with the cybercrime law")

    # --- 2.b ---
    d.sec("2.b")
    d.ev("On April 20, Algerian security forces arrested Ali Belhadj", "detention_or_arrest",
         "2013-04-20", place="Tizi Ouzou")
    d.ev("On August 31, members of the unregistered local association", "protest",
         "2013-08-31", place="Algiers")
    # t-tfixA: dispersals are `attack_or_threat` (2026-12-06), dated by the demonstration.
    d.ev("Police surrounded the demonstration area", "attack_or_threat", "2013-08-31")
    d.ev("Detained organizers were released from custody within a few hours", "release", Y)
    d.ev("On March 26, human rights activists and unemployed", "protest", "2013-03-26",
         place="Ghardaia")
    d.ev("Police violently dispersed the protest", "attack_or_threat", "2013-03-26")
    d.prov("subject to fines between DZD 2,000", "penalty", 2000, "DZD",
           "between DZD 2,000 and DZD 5,000", "associations without required information "
           "or authorization")
    d.prov("subject to fines between DZD 2,000", "penalty", 25, "USD", "$25 and $63",
           "associations without required information or authorization")
    d.ev("during the year registered dozens of new political parties", "registration_decision",
         Y)
    # t-tfixA: "The January 2012 revision … fails to protect": a law named with its date,
    # told as a rule, is a label (2026-12-07); record removed.
    d.fig("there were 80,000 registered associations", 80000, "registered associations",
          source="Ministry of the Interior")
    d.fig("more than 100 unlicensed NGOs", 100, "unlicensed NGOs operating openly", "more than")

    # --- 2.d ---
    d.sec("2.d")
    d.prov("does not permit those under age 18", "threshold", 18, "age", "under age 18",
           "travel abroad without a guardian's permission")
    d.prov("Married women under 18 years of age", "threshold", 18, "age", "under 18 years of age",
           "married women's travel abroad without permission")
    d.ev("There were no reports that the government granted refugee status",
         "asylum_or_citizenship_decision", Y, polarity="negated")
    d.fig("the office had registered 1,209 asylum cases", 1209, "asylum cases registered",
          source="UNHCR")
    d.fig("the office had registered 1,209 asylum cases", 1365,
          "individuals in registered asylum cases", source="UNHCR")
    d.fig("the office had registered 1,209 asylum cases", 199, "recognized refugees registered",
          source="UNHCR")
    d.ev("successfully resettled 27 refugees", "other", Y, source="UNHCR")
    d.fig("successfully resettled 27 refugees", 27, "refugees resettled", source="UNHCR")
    d.fig("successfully resettled 27 refugees", 21, "refugees resettled to the United States",
          source="UNHCR")
    d.fig("successfully resettled 27 refugees", 6, "refugees resettled to Sweden",
          source="UNHCR")
    d.fig("approximately 18, 000 Syrian nationals", 18000, "Syrian nationals in Algeria",
          "approximately", source="UNHCR")
    d.fig("approximately 18, 000 Syrian nationals", 500, "registered Syrian refugees",
          "approximately", source="UNHCR")
    d.ev("Following the outbreak of violence in northern Mali in January", "other", "2013-01",
         source="ICRC and UNHCR")
    d.fig("as many as 20,000 migrants", 20000, "migrants absorbed into communities in southern "
          "Algeria", "up to", source="ICRC and UNHCR")
    d.fig("housed an estimated 350 individual Malian refugees", 350,
          "Malian refugees in the Bordj Badj Mokhtar camp", "approximately")
    d.ev("In September authorities in Annaba conducted a security sweep",
         "detention_or_arrest", "2013-09", place="Annaba")
    d.fig("In September authorities in Annaba conducted a security sweep", 50,
          "sub-Saharan African migrants arrested and deported", "approximately")
    d.fig("an estimated 90,000 to 165,000 Sahrawi refugees", 90000, "Sahrawi refugees",
          "approximately", value_end=165000)
    d.fig("based on a planning figure of 90,00", 90000,
          "most vulnerable Sahrawi refugees (planning figure)")
    d.fig("based on a planning figure of 90,00", 35000,
          "refugees requiring supplemental rations")
    d.fig("lived predominantly in five camps", 5, "Sahrawi refugee camps near Tindouf")

    # --- 3 ---
    d.sec("3")
    d.prov("mandates presidential elections every five years", "requirement", 5, "years",
           "every five years", "presidential elections")
    d.ev("Dozens of new parties took part in legislative elections", "election_or_referendum",
         "2012-05")
    # t-tfixA (2026-12-09): observers' verdicts on the May 2012 elections (2026-12-06).
    d.ev("Foreign observers characterized the elections as largely peaceful, but pointed",
         "other", "2012-05", source="foreign observers")
    d.ev("Five hundred international observers", "other", "2012-05",
         source="international observers")
    d.fig("Five hundred international observers", 500, "international election observers")
    d.prov("won at least 5 percent of the vote", "threshold", 5, "percent", "at least 5 percent",
           "parliamentary seats")
    d.ev("In December elections for the Senate", "election_or_referendum", "2013-12")
    d.prov("entitled to appoint one-third of the Senate seats", "right", 1 / 3, "share",
           "one-third", "presidential appointment of Senate seats")
    d.ev("The government officially estimated turnout", "election_or_referendum", "2012-05",
         source="government")
    d.fig("The government officially estimated turnout", 43, "turnout in the May 2012 election",
          "approximately", unit="percent", source="government")
    d.fig("early turnout estimates of 15 percent", 15, "early turnout estimate", "approximately",
          unit="percent", source="Algerian Press Service")
    d.ev("There were no cases during the year of government violence", "attack_or_threat", Y,
         polarity="negated")
    d.ev("On February 19, the ministry notified", "registration_decision", "2013-02-19")
    d.prov("A party must have received 4 percent", "threshold", 4, "percent", "4 percent",
           "participation in national elections")
    d.prov("A party must have received 4 percent", "threshold", 2000, "votes",
           "at least 2,000 votes", "participation in national elections")
    d.prov("A party must have received 4 percent", "threshold", 25, "provinces", "25 provinces",
           "participation in national elections")
    d.prov("A party must have received 4 percent", "threshold", 3, "elections",
           "the last three legislative elections", "participation in national elections")
    # t-tfixA: an observer's verdict (`other`) on "the May legislative elections", the one
    # dated election of that name (May 2012; 2013-05 was a slip).
    d.ev("In its report on the May legislative elections", "other", "2012-05")
    d.ev("a political party banned since 1992", "registration_decision", "1992")
    d.prov("The law mandates that 30 percent", "requirement", 30, "percent", "30 percent",
           "women among candidates on electoral tickets")
    d.ev("of the 462 candidates elected to parliament in May 2012", "election_or_referendum",
         "2012-05")
    d.fig("of the 462 candidates elected to parliament in May 2012", 462,
          "candidates elected to parliament")
    d.fig("of the 462 candidates elected to parliament in May 2012", 147,
          "women elected to parliament")
    d.fig("of the 462 candidates elected to parliament in May 2012", 8,
          "women's representation in 2007", unit="percent")
    d.fig("of the 462 candidates elected to parliament in May 2012", 31,
          "women's representation in 2012", unit="percent")
    d.fig("Three women held seats in the cabinet", 3, "women in the cabinet")
    d.fig("Three women held seats in the cabinet", 3,
          "major parties with women's divisions headed by women")
    d.fig("Only four of Algeria", 4, "women mayors")
    d.fig("Only four of Algeria", 1514, "mayors")
    d.fig("The ethnic Amazigh (Berber) population", 10000000, "Amazigh population",
          "approximately")
    d.fig("The ethnic Amazigh (Berber) population", 1 / 3, "Amazigh share of the government")
    algeria_sections_4_7(d)
    return d


def algeria_sections_4_7(d: WholeDoc) -> None:
    """2013_algeria, Sections 4-7 (added to the executive summary and Sections 1-3 above).

    Entities of the earlier sections gain their mentions here automatically (mentions are
    found over the whole scope); the entities below are first named in Sections 4-7.
    """
    Y = "2013"

    # --- persons ---
    d.ent("person", "Said Lamrani")
    # A pseudonym is still the name the report gives the person.
    d.ent("person", "Zak Ostmane")

    # --- organizations ---
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Central Office for the Suppression of Corruption")
    d.ent("organization", "World Bank")
    d.ent("organization", "AFL-CIO Solidarity Center")
    d.ent("organization", "Algerian League for Human Rights")
    d.ent("organization", "National Commission on Prisons")
    d.ent("organization", "UN Working Group on Enforced or Involuntary Disappearances")
    d.ent("organization", "Office for the Protection of Childhood, Juvenile Delinquency, and "
          "the Protection of Women Victims of Violence")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "Atlas TV")
    d.ent("organization", "Anti-Defamation League")
    d.ent("organization", "Ministry of National Solidarity", "MNS")
    d.ent("organization", "Algerian Federation of Wheelchair Associations")
    d.ent("organization", "Le Monde")
    d.ent("organization", "Abu Nawas")
    d.ent("organization", "Alouen")
    d.ent("organization", "YouTube")
    d.ent("organization", "El Khabar")
    d.ent("organization", "National Foundation for Health Promotion and Research Development")
    d.ent("organization", "International Labor Organization", "ILO")
    d.ent("organization", "Ministry of Labor")
    d.ent("organization", "General Union of Algerian Workers", "UGTA")
    d.ent("organization", "International Confederation of Free Trade Unions")
    d.ent("organization", "Autonomous Unions Confederation", "SNAPAP")

    # --- places ---
    d.ent("place", "Constantine")

    # --- 4 ---
    d.sec("4")
    d.prov("criminal penalties of two to 10 years in prison", "penalty", 2, "years",
           "two to 10 years in prison", "official corruption")
    d.ev("In May the Ministry of Finance", "other", "2013-05")
    d.prov("include imprisonment between six months and five years", "penalty", 6, "months",
           "between six months and five years", "acts of vengeance against whistleblowers")
    d.prov("include imprisonment between six months and five years", "penalty", 50000, "DZD",
           "DZD 50,000 to 500,000", "acts of vengeance against whistleblowers")
    d.prov("include imprisonment between six months and five years", "penalty", 625, "USD",
           "$625 to $6250", "acts of vengeance against whistleblowers")
    # t-tfixA: "presidential decrees published in 2006 make …": instruments told as rules
    # are labels (2026-12-07); record removed.
    d.ev("which the government formed by year", "other", Y)

    # --- 5 ---
    d.sec("5")
    d.ev("no human rights organization complained of government monitoring", "surveillance", Y,
         polarity="negated")
    d.ev("released no public findings or statements this year", "report_published", Y,
         polarity="negated")

    # --- 6 ---
    d.sec("6")
    d.prov("Prison sentences for nonspousal rape range", "penalty", 1, "years",
           "one to five years", "nonspousal rape")
    # t-tfixA: dated reports are `report_published`; a count over the first nine months is
    # an event of that period (2026-12-06).
    d.ev("On November 21, news outlets reported statistics", "report_published", "2013-11-21",
         source="news outlets")
    d.ev("266 women were victims of rape", "torture_or_abuse", "2013-01", date_end="2013-09",
         source="director of the judicial police office")
    d.fig("266 women were victims of rape", 266,
          "women victims of rape, sexual harassment and incest (first nine months)")
    d.fig("266 women were victims of rape", 48, "provinces of Algeria")
    d.prov("must be “incapacitated” for 15 days", "threshold", 15, "days", "15 days",
           "incapacity required for a domestic abuse complaint")
    d.ev("In March the gendarmerie reported that 6,039", "report_published", "2013-03",
         source="gendarmerie")
    d.ev("In March the gendarmerie reported that 6,039", "torture_or_abuse", "2012",
         source="gendarmerie")
    d.fig("In March the gendarmerie reported that 6,039", 6039,
          "women victims of domestic violence in 2012", source="gendarmerie")
    d.ev("There was one alleged honor killing during the year", "killing", Y,
         polarity="alleged")
    d.fig("There was one alleged honor killing during the year", 1, "alleged honor killings")
    d.ev("a man was arrested on June 5", "detention_or_arrest", "2013-06-05",
         source="media reports")
    d.fig("a man was arrested on June 5", 5, "people killed to cleanse family honor",
          source="media reports")
    d.prov("The punishment for sexual harassment is one to two years", "penalty", 1, "years",
           "one to two years’ imprisonment", "sexual harassment")
    d.prov("The punishment for sexual harassment is one to two years", "penalty", 50000, "DZD",
           "DZD 50,000 to DZD 100,000", "sexual harassment")
    d.prov("The punishment for sexual harassment is one to two years", "penalty", 625, "USD",
           "$625 to $1250", "sexual harassment")
    d.prov("The punishment is doubled for a second offense", "penalty", 2, "times", "doubled",
           "second offense of sexual harassment")
    d.ev("In January an appellate court affirmed the conviction", "conviction_or_sentence",
         "2013-01", penalty=pen("fine", 300000, "DZD", "an additional fine of DZD 300,000"))
    d.fig("In January an appellate court affirmed the conviction", 30000,
          "damages per victim at first instance", unit="DZD")
    d.fig("In January an appellate court affirmed the conviction", 300000,
          "damages per victim on appeal", unit="DZD")
    d.fig("In January an appellate court affirmed the conviction", 375,
          "damages per victim at first instance (USD)", unit="USD")
    d.fig("In January an appellate court affirmed the conviction", 3750,
          "damages per victim on appeal (USD)", unit="USD")
    d.fig("In January an appellate court affirmed the conviction", 300000,
          "additional fine imposed on Said Lamrani", unit="DZD")
    d.fig("In January an appellate court affirmed the conviction", 3750,
          "additional fine imposed on Said Lamrani (USD)", unit="USD")
    d.ev("According to a study conducted in 2009", "report_published", "2009",
         source="health ministry")
    d.fig("According to a study conducted in 2009", 62,
          "share of women reporting regular use of contraceptives", unit="percent",
          source="health ministry")
    d.prov("until children reach 18 years of age", "threshold", 18, "age", "18 years of age",
           "divorced wife's retention of the family home")
    d.prov("allowing a man to marry as many as four wives", "right", 4, "wives",
           "as many as four wives", "polygyny")
    d.fig("Polygyny occurred in 1 to 2 percent", 1, "share of marriages that are polygynous",
          unit="percent", value_end=2)
    d.fig("According to 2010 statistics, women represented", 55,
          "women's share of the medical profession", unit="percent")
    d.fig("According to 2010 statistics, women represented", 60,
          "women's share of the media profession", unit="percent")
    d.fig("According to 2010 statistics, women represented", 30,
          "women's share of the upper levels of the legal profession", unit="percent")
    d.fig("According to 2010 statistics, women represented", 60,
          "women's share of the education profession", "more than", unit="percent")
    d.fig("In addition 36 percent of judges", 36, "women's share of judges", unit="percent")
    d.fig("Of nine million workers nationally", 9000000, "workers nationally")
    d.fig("Of nine million workers nationally", 2000000, "female workers")
    # Children
    d.prov("universal through the secondary level to age 17", "threshold", 17, "age",
           "to age 17", "free compulsory education")
    d.ev("According to NADA, 1,300 cases", "other", Y, source="NADA")  # t-tfixA: abductions
    d.fig("According to NADA, 1,300 cases", 1300,
          "child abductions and disappearances", source="NADA")
    d.prov("The criminal code prohibits solicitation for prostitution", "penalty", 10, "years",
           "between 10 and 20 years", "solicitation of a minor for prostitution")
    d.prov("The criminal code prohibits solicitation for prostitution", "threshold", 18, "age",
           "under the age of 18 years", "solicitation of a minor for prostitution")
    d.prov("the age for consensual sex is 16 years", "threshold", 16, "age", "16 years",
           "age of consent")
    d.prov("The law stipulates a prison sentence of between 10 and 20 years for rape",
           "penalty", 10, "years", "between 10 and 20 years", "rape of a minor")
    d.prov("The law prohibits pornography", "penalty", 2, "months",
           "between two months and two years", "pornography")
    d.prov("The law prohibits pornography", "penalty", 2000, "DZD", "up to DZD 2,000",
           "pornography")
    d.prov("The law prohibits pornography", "penalty", 25, "USD", "$25", "pornography")
    # Anti-Semitism
    d.fig("Jewish population numbered fewer than 1,000", 1000, "Jewish population",
          "fewer than")
    d.ev("No derogatory political cartoons or articles", "other", Y, polarity="negated")
    d.ev("In July television stations across the Arab world", "other", "2013-07")
    d.ev("The Anti-Defamation League criticized the mini-series", "other", Y)
    # Persons with Disabilities
    d.prov("reserve 1 percent of jobs for persons with disabilities", "requirement", 1, "percent",
           "1 percent of jobs", "jobs reserved for persons with disabilities")
    d.fig("represented approximately 2 percent of their budgets", 2,
          "MNS support as a share of NGO budgets", "approximately", unit="percent")
    d.fig("The MNS maintained that there were two million", 2000000,
          "individuals with disabilities", source="MNS")
    d.fig("The MNS maintained that there were two million", 38,
          "share of persons with disabilities classified chronically ill", unit="percent",
          source="MNS")
    d.fig("The MNS maintained that there were two million", 30,
          "share of persons with disabilities classified other", unit="percent", source="MNS")
    d.fig("there were three million persons with disabilities", 3000000,
          "persons with disabilities", source="Algerian Federation of Wheelchair Associations")
    d.fig("approximately 44 percent of citizens with disabilities", 44,
          "share of citizens with disabilities with a motor disability", "approximately",
          unit="percent", source="government")
    d.fig("approximately 44 percent of citizens with disabilities", 32,
          "share with communication difficulties", unit="percent", source="government")
    d.fig("approximately 44 percent of citizens with disabilities", 24,
          "share with a visual disability", unit="percent", source="government")
    d.ev("The government classified approximately 193,000", "other", Y, source="government")
    d.fig("The government classified approximately 193,000", 193000,
          "individuals classified as fully disabled", "approximately", source="government")
    d.fig("The government classified approximately 193,000", 9540000000,
          "sum appropriated for the welfare of the fully disabled", unit="DZD",
          source="government")
    d.fig("The government classified approximately 193,000", 123000000,
          "sum appropriated for the welfare of the fully disabled (USD)", unit="USD",
          source="government")
    # Sexual orientation and gender identity
    d.prov("imprisonment of two months to two years", "penalty", 2, "months",
           "two months to two years", "public same-sex sexual relations")
    d.prov("imprisonment of two months to two years", "penalty", 500, "DZD",
           "DZD 500 to DZD 2,000", "public same-sex sexual relations")
    d.prov("imprisonment of two months to two years", "penalty", 6, "USD", "$6 to $25",
           "public same-sex sexual relations")
    d.prov("If a minor is involved, the adult may face", "penalty", 3, "years",
           "up to three years’ imprisonment", "same-sex relations involving a minor")
    d.prov("If a minor is involved, the adult may face", "penalty", 10000, "DZD", "DZD 10,000",
           "same-sex relations involving a minor")
    d.prov("If a minor is involved, the adult may face", "penalty", 125, "USD", "$125",
           "same-sex relations involving a minor")
    d.ev("There were no known prosecutions for same-sex relations", "charge", Y,
         polarity="negated")
    # Societal conditions told in general ("Rape ... occurred", "Domestic violence was
    # widespread", "Some families subjected women to virginity tests", "Some LGBT individuals
    # received violent threats") name no actor, count or time: not events.
    # "September 31" does not exist: the month is what the sentence gives.
    d.ev("In September 31an LGBT activist", "other", "2013-09")
    d.ev("began a series of LGBT-themed podcasts in July", "other", "2013-07")
    d.ev("On May 4, Algiers daily El Khabar reported", "detention_or_arrest", "2013-05-04",
         place="Oran", source="El Khabar")
    d.fig("On May 4, Algiers daily El Khabar reported", 2, "homosexual men arrested",
          source="El Khabar")
    d.ev("They were released on May 7", "release", "2013-05-07")
    # Other societal violence or discrimination
    d.fig("There were 61 centers offering free testing", 61, "free HIV/AIDS testing centers")
    d.fig("Only 51 percent of women", 51, "share of women noting condom use", unit="percent")
    d.fig("as of August approximately 7,300 persons", 7300,
          "persons HIV-positive or living with AIDS", "approximately",
          source="Ministry of Health")
    d.ev("In 2011 the NGO National Foundation", "report_published", "2011",
         source="National Foundation for Health Promotion and Research Development")
    d.fig("In 2011 the NGO National Foundation", 12000, "citizens infected with AIDS",
          source="National Foundation for Health Promotion and Research Development")
    d.ev("On August 11, LADDH issued a communique", "report_published", "2013-08-11",
         source="LADDH")
    d.ev("The following week the Ministry of Interior released a list", "other", "2013-08")
    d.fig("The following week the Ministry of Interior released a list", 300,
          "approved Berber names")
    d.ev("LADDH requested the intervention of the UN special rapporteur", "other", Y)

    # --- 7.a ---
    d.sec("7.a")
    d.prov("approve or disapprove a union application within 30 days", "time_limit", 30,
           "days", "within 30 days", "approval of a union application")
    d.prov("must account for at least 20 percent", "threshold", 20, "percent",
           "at least 20 percent", "independent union membership in an enterprise")
    d.prov("workers may strike only after 14 days", "time_limit", 14, "days", "14 days",
           "mandatory conciliation before a strike")
    d.prov("excessive penalties ranging from eight days", "penalty", 8, "days",
           "eight days to two months’ imprisonment", "participation in peaceful strikes")
    d.ev("No new independent unions formed during the year", "registration_decision", Y,
         polarity="negated")
    d.ev("The government did not allow SNAPAP to register", "registration_decision", Y)
    d.ev("faced government interference throughout the year", "attack_or_threat", Y)
    d.ev("there were several strikes launched", "strike", Y)
    d.ev("The national union of health workers conducted a series", "strike", Y)
    # "The union specifically denounced ..." restates the strikes' aim (no new event);
    # the officials' accusation is a new act by another actor.
    d.ev("Officials accused the moonlighting doctors", "other", Y, polarity="alleged")
    d.ev("In August the national union of postal workers", "strike", "2013-08",
         duration=dur(5, "days", "five-day"))
    d.fig("In August the national union of postal workers", 30,
          "salary increase demanded by postal workers", unit="percent")

    # --- 7.c ---
    d.sec("7.c")
    d.prov("The minimum legal age for employment is 16 years", "threshold", 16, "age",
           "16 years", "minimum age for employment")
    d.fig("more than doubled in size to nearly four million", 2,
          "growth of the informal sector", "more than", unit="times",
          source="official estimates")
    d.fig("more than doubled in size to nearly four million", 4000000,
          "workers in the informal sector", "approximately", source="official estimates")
    d.fig("Approximately half of those working in the informal sector", 0.5,
          "share of informal-sector workers under age 30", "approximately")

    # --- 7.d ---
    d.sec("7.d")
    # t-gold21: a tripartite pact is no legal instrument: `other` (settled 2026-12-16).
    d.ev("established the national minimum wage of DZD 15,000", "other", "2009")
    d.prov("established the national minimum wage of DZD 15,000", "threshold", 15000, "DZD",
           "DZD 15,000", "national minimum wage per month")
    d.prov("established the national minimum wage of DZD 15,000", "threshold", 188, "USD",
           "$188", "national minimum wage per month")
    d.fig("Families making only DZD 8,000", 8000, "monthly family income in poverty",
          unit="DZD")
    d.fig("Families making only DZD 8,000", 100, "monthly family income in poverty (USD)",
          unit="USD")
    d.prov("The standard workweek was 40 hours", "threshold", 40, "hours", "40 hours",
           "standard workweek")
    d.prov("The standard workweek was 40 hours", "right", 1, "hours per day",
           "one hour for lunch per day", "lunch break")
    d.prov("received premium pay on a sliding scale", "right", 1.5, "times",
           "from time-and-a-half to double-time", "overtime pay")
    d.ev("There were no known reports of workers being dismissed", "dismissal", Y,
         polarity="negated")


DOCS = {"1999_sierra-leone": sierra_leone, "2013_algeria": algeria}


if __name__ == "__main__":
    import build_shared_gold

    build_shared_gold.main(sys.argv[1:], DOCS)
