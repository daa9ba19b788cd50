"""Build the hand-made DEV gold file for Eswatini 2023 (a page of the public collection).

``2023_eswatini.jsonl`` annotates ``html/2023/eswatini.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2023/eswatini.html`` by ``scripts/collection.sh``: the
2023 edition, classic seven-section layout (about 55,500 characters; Section 5's heading reads
"Towards"). Split ``dev`` (the team may tune on it; held out from its merge), annotated with
the method of ``build_whole_gold_honduras2020.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence
by sentence before the system was ever run on it; the script only turns the decisions into
offsets (into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words)
occurring once in the document. The scope line lists in ``"ranges"`` exactly the section
groups annotated whole (``DONE``). The output holds offsets, names and values but no report
text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eswatini2023.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_eswatini2023.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_eswatini.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2023/eswatini.html"
Y = "2023"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

MASEKO = "Thulani Maseko"
MABUZA = "Mduduzi Bacede Mabuza"
DUBE = "Mthandeni Dube"
KUNENE = "Thabo Kunene"
REPS = "Royal Eswatini Police Services"
CHRPA = "Commission on Human Rights and Public Accountability"
MSF = "Multi-Stakeholder Forum"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor", "Investment Climate Statement",
           "International Narcotics Control Strategy Report")


def common(d: CollectionDevDoc) -> None:
    """Entities named in several groups (the first declaration counts)."""
    d.ent("place", "Eswatini")
    d.not_entity(*REPORTS, "Attorney General")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", MASEKO, "Maseko")
    # the killing cited in a noun phrase with its month
    d.ev("The killing in January of Thulani Maseko", "killing", "2023-01")
    # counted persons who left the country: an act of the year (a later step of another kind)
    d.ev("Several activists subsequently fled the country.", "other", Y)
    d.ev("Significant human rights issues included credible reports of: arbitrary", "killing",
         Y, polarity="alleged")
    d.ev("The government did not take credible steps to identify and punish", "investigation",
         Y, polarity="negated")
    d.ev("Unidentified opposition elements claimed credit for inspiring and conducting",
         "killing", Y, polarity="alleged", source="opposition elements")
    d.ev("referred to members of these groups as “terrorists” and investigated",
         "investigation", Y)
    B = "The government made five arrests with prosecutions pending"
    d.ev(B, "detention_or_arrest", Y)
    d.fig(B, 5, "arrests of members of opposition groups")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("person", MASEKO, "Maseko")
    d.ent("organization", "Umbutfo Eswatini Defense Force")
    d.ent("person", "Isiah Amen Mavimbela", "Mavimbela")
    d.ent("place", "South Africa")
    d.ev("There were reports the government or its agents committed arbitrary", "killing", Y,
         polarity="alleged")
    # hiring mercenaries (a class) to kill: no event; the denial of the reports: a reaction
    d.ev("The government denied these reports but acknowledged", "other", Y)
    B = "was shot and killed at home in front of his wife"
    d.ev(B, "killing", "2023-01-21")
    d.fig(B, 2, "children of Thulani Maseko present at his killing")
    d.ev("The investigation remained ongoing, and no arrests were made", "detention_or_arrest",
         Y, polarity="negated")
    d.ev("reported an exodus of proreform activists from the country", "other", Y,
         source="human rights organizations")
    d.ev("shot laborer Isiah Amen Mavimbela while he was attempting", "attack_or_threat",
         "2023-03-03")
    # a death from the episode's wounds takes the episode's date
    d.ev("Mavimbela later died of his wounds while undergoing treatment.", "killing",
         "2023-03-03")
    B = "Throughout the year, opposition groups used widespread threats and intimidation"
    d.ev(B, "attack_or_threat", Y)
    d.ev("claimed responsibility for the 2022 killings of police officers", "killing", "2022")
    d.ev("They also threatened violence against anyone who testified", "attack_or_threat", Y)

    d.sec("1.b")
    d.ev("There were no reports of disappearances by or on behalf of government authorities.",
         "other", Y, polarity="negated")

    d.sec("1.c")
    d.ent("person", KUNENE, "Kunene")
    d.ent("person", MABUZA, "Mabuza")
    d.ent("organization", "Parliament")
    d.ent("organization", REPS, "REPS")
    d.ent("organization", "HMCS")
    d.ent("organization", CHRPA, "CHRPA")
    d.ent("place", "Matsapha")
    d.ev("there were credible reports that government official employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("There were numerous credible reports security forces employed such practices.",
         "torture_or_abuse", Y, polarity="alleged")
    B = "On June 12, defense attorneys asserted police tortured Thabo Kunene"
    d.ev(B, "torture_or_abuse", "2023-06-12", polarity="alleged", source="defense attorneys")
    d.ev("involved in the killing of security forces in 2021 and 2022", "killing", "2021",
         date_end="2022", polarity="alleged")
    d.ev("On September 29, defense attorneys recorded to the Attorney General", "torture_or_abuse",
         "2023-09-29", polarity="alleged", source="defense attorneys")
    d.ev("There were media reports of cruel, inhuman, and degrading treatment",
         "torture_or_abuse", Y, polarity="alleged", source="media")
    B = "with still no investigation through year’s end of police violence"
    d.ev(B, "investigation", Y, polarity="negated")
    d.ev("police violence against citizens in 2021", "attack_or_threat", "2021")
    d.ev("a dormitory opened in 2022 at a medium security prison", "other", "2022")
    d.ev("Authorities investigated allegations of mistreatment and held prison officials",
         "investigation", Y)

    d.sec("1.d")
    d.prov("usually within 48 hours of arrest", "time_limit", 48, "hours", "within 48 hours",
           "charging a detainee")

    d.sec("1.e")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "High Court")
    d.ent("organization", "Judicial Service Commission")
    d.ent("organization", "Swati National Council")
    d.ent("organization", "International Parliamentary Union")
    d.ent("person", DUBE, "Dube")
    d.ev("Civil society alleged the government institutionally failed to respect", "other", Y,
         polarity="alleged", source="Civil society")
    d.ev("In a decision adopted unanimously by the International Parliamentary Union",
         "other", "2023-03-15", source="International Parliamentary Union")
    B = "There was one report of political detainees, noted in the case"
    d.fig(B, 1, "reports of political detainees")
    d.fig(B, 2, "incarcerated members of parliament")
    B = "On June 1, the High Court found two proreform members of parliament"
    d.ev(B, "conviction_or_sentence", "2023-06-01")
    d.fig(B, 2, "members of parliament found guilty")
    # a reaction to the verdict, dated by none of its own: the report year
    d.ev("Local and international groups claimed the verdict was a predetermined", "other", Y,
         source="Local and international groups")
    B = "were beaten and abused while in government custody on charges"
    d.ev(B, "torture_or_abuse", Y, source="Media and political activists")
    d.ev("stemming from their alleged roles in 2021 civil unrest", "protest", "2021")

    d.sec("1.f")
    d.ent("organization", "South African High Commission")
    d.ent("organization", "Swaziland International Solidarity Forces")
    d.ent("person", "Sibusiso Nkomonye")
    d.ent("organization", "Southern Defenders")
    d.ent("organization", MSF)
    d.ev("Media reported government engaged in transnational repression", "attack_or_threat",
         Y, source="Media")
    d.ev("The government was alleged to have killed or kidnapped persons", "killing", Y,
         polarity="alleged")
    B = "filed a formal complaint with the South African High Commission"
    d.ev(B, "other", "2023-06-12", source="political parties")
    # the kidnapping cited with its date ("alleged May 31 kidnapping")
    d.ev("alleged May 31 kidnapping and illegal extradition", "other", "2023-05-31",
         polarity="alleged")
    d.ev("reported politically motivated efforts by government to use threats",
         "attack_or_threat", Y, source="Opposition groups")
    d.ev("There were reports labor union activists, civil society dissidents",
         "attack_or_threat", Y, polarity="alleged")

    d.sec("1.g")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Freedom House")

    d.sec("1.h")
    d.ent("place", "Siteki")
    d.ent("person", "Khetha Dlamini")
    d.ent("organization", "International Observatory of Lawyers")
    d.ent("person", "Maxwell Nkambule")
    d.not_entity("Siteki Bank Branch")
    d.ev("there were reports that the government failed to respect these prohibitions",
         "other", Y, polarity="alleged")
    d.ev("There were reports of unlawful interference with privacy by the government.",
         "other", Y, polarity="alleged")
    d.ev("On January 4, media reported police in Siteki searched the house", "other",
         "2023-01-04", source="media")
    # another occurrence than the search (of another kind): the report year
    d.ev("There were reports police used excessive force during the search.",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("On March 23, the International Observatory of Lawyers reported attorney",
         "attack_or_threat", "2023-03-23", source="International Observatory of Lawyers")
    d.ev("Human rights organizations reported government authorities arbitrarily",
         "surveillance", Y, source="Human rights organizations")
    d.ev("there were reports government authorities pursued and punished family members",
         "other", Y, polarity="alleged")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", "Campaign for Free Expression")
    d.ent("organization", "Inhlase Center for Investigative Journalism")
    # a right restricted in general: no event; the 2021 unrest cited with its year
    d.ev("Tension in civil society remained high since the 2021 unrest", "protest", "2021")
    d.ev("they were also harassed and physically threatened with violence by groups",
         "attack_or_threat", Y)
    d.ev("According to an October 2022 report by the Campaign for Free Expression",
         "report_published", "2022-10", source="Campaign for Free Expression")

    d.sec("2.b")
    d.ent("organization", MSF)
    d.ent("organization", "Political Party Assembly")
    d.ent("organization", REPS, "REPS")
    d.ent("organization", "South African Police Service")
    d.ent("organization", "Ministry of Health")
    d.ent("organization", "Swaziland Democratic Nurses Union")
    # the border post's name (a facility) is no place mention
    d.not_entity("Ngwenya/Oeshok")
    d.ev("There were reports of security forces preventing previously approved public",
         "other", Y, polarity="alleged")
    B = "Police used the law to deny citizens the right to assemble"
    d.ev(B, "other", Y)
    d.fig(B, 2, "cases of assemblies denied after municipal approval", "at least")
    d.ev("On April 12, labor unions assembled to celebrate the International Day",
         "protest", "2023-04-12")
    d.ev("organized activities to bring about a nationwide transport shutdown", "protest", Y)
    d.ev("prevented the Ngwenya/Oeshok border closure and transport shutdown", "other", Y)
    d.ev("In August, police refused to allow a petition delivery", "other", "2023-08")
    # a violent act in the very next sentence after the dated gathering: its date
    d.ev("Police used tear gas to disperse the peaceful crowd.", "attack_or_threat", "2023-08")

    d.sec("2.d")
    d.ent("organization", "Women and Law in Southern Africa")
    d.ev("The government cited targeted shootings of security service personnel",
         "attack_or_threat", Y, source="government")

    d.sec("2.e")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ev("There were credible reports the government imposed restrictions on refugees",
         "other", Y, polarity="alleged")
    d.ev("reported the government refused to renew their work permits", "other", Y,
         source="Refugees")
    d.prov("Refugees who lived in the country more than five years were eligible",
           "threshold", 5, "years", "more than five years", "citizenship of refugees")

    d.sec("2.g")
    d.ent("organization", "High Court")
    d.ev("On April 6, an application was made at the High Court", "other", "2023-04-06")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("organization", "House of Assembly")
    d.ent("organization", "Senate")
    d.ent("organization", "Southern African Development Community", "SADC")
    d.ent("organization", "Swaziland Human Rights Watch")
    B = "citizens could choose 59 of the 69 members of the House of Assembly"
    d.fig(B, 59, "members of the House of Assembly chosen by citizens")
    d.fig(B, 69, "members of the House of Assembly")
    B = "Under the constitution the king selected the prime minister, the cabinet"
    d.prov(B, "right", 2 / 3, "share", "two-thirds", "royal selection of Senate members")
    d.prov(B, "right", 10, "members", "10 of 69", "royal selection of House of Assembly members")
    d.prov(B, "threshold", 69, "members", "69", "members of the House of Assembly")
    d.ev("National elections in August and September were conducted in accordance",
         "election_or_referendum", "2023-08", date_end="2023-09")
    # observers' verdict on the election: other, dated by the election it judges
    d.ev("international election observers avoided using the phrase", "other", "2023-08",
         date_end="2023-09", source="international election observers")
    d.ev("lack of political or social dialogue since the unrest of 2021", "protest", "2021")
    d.ev("Some individual members of political parties, however, successfully ran",
         "election_or_referendum", Y)

    d.sec("4")
    d.ent("organization", "Freedom House")
    d.ent("organization", "International Monetary Fund")
    d.ent("organization", "Ministry of Works")
    d.ent("organization", "Ministry of Finance")
    d.ev("There were isolated reports of government corruption, however", "other", Y,
         polarity="alleged")
    d.ev("The International Monetary Fund reported in May public perceptions",
         "report_published", "2023-05", source="International Monetary Fund")
    d.ev("there were allegations of corruption in the Ministry of Works", "other", Y,
         polarity="alleged")
    d.ev("In August and September, corruption in the health sector spilled", "other",
         "2023-08", date_end="2023-09")
    d.ev("launched investigations and forensic audits in response to the health crisis",
         "investigation", Y)
    B = "On October 14, rampant reports of corruption and bribery"
    d.ev(B, "investigation", "2023-10-14")
    d.fig(B, 10, "Senators elected")
    d.ev("On November 3, the king declared elimination of corruption", "other", "2023-11-03")
    # one date expression, the main clause first (as 2020 Honduras)
    d.ev("there were no reports of prosecutions or convictions for corruption", "charge", Y,
         polarity="negated")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("person", MASEKO, "Maseko")
    d.ent("organization", "Coordinating Assembly of NGOs")
    d.ent("organization", "Southern African Development Community", "SADC")
    # the subheading names the body ("The United Nations or Other International Bodies")
    d.ent("organization", "United Nations")
    d.ent("organization", "SADC Parliamentary Forum")
    d.ent("organization", "SADC Observer Mission")
    d.ent("organization", "SADC Technical Cooperation Division")
    d.ent("organization", "African Commission on Human and People’s Rights")
    d.ent("organization", "SADC Troika Organ for Peace, Defense, and Security", "SADC Troika")
    d.ent("organization", CHRPA, "CHRPA")
    d.ent("organization", "Ministry of Justice")
    d.ev("In June, government introduced a bill in parliament", "other", "2023-06")
    # a reaction to the particular bill, no date of its own
    d.ev("Civil society watchdog organizations claimed the bill would give", "other", Y,
         source="Civil society watchdog organizations")
    d.ev("In June, the Executive Director of the Coordinating Assembly of NGOs", "other",
         "2023-06", source="Coordinating Assembly of NGOs")
    # the killing named again without its date: the one dated killing of that name
    d.ev("The Maseko killing had a chilling effect on human rights defenders", "killing",
         "2023-01-21")
    d.ev("Numerous human rights defenders have gone into hiding or left the country", "other",
         Y, source="regional human rights network reports")
    # refused at the summit: the clause is framed by the dated summit
    d.ev("The government refused to allow urgent human rights agenda items", "other",
         "2023-01-31")
    # "also", but with a source of its own: the report year
    d.ev("the government also refused the assistance offered by the SADC Parliamentary",
         "other", Y, source="SADC")
    # t-conv17 settlement (2026-12-22, S5): the African Commission's call on the government to refrain
    # from a practice (victimization of defenders, parties, protesters …) is a call about a practice,
    # no event (was `other` 2023, source the Commission)
    d.ev("stated in December 2022 a framework for national dialogue would be announced",
         "other", "2022-12", source="SADC Troika Organ for Peace, Defense, and Security")
    d.ev("the government asserted at the SADC Troika meeting in January 31", "other",
         "2023-01-31", source="government")
    B = "A permanent replacement for the CHRPA commissioner who left office in July 2022"
    d.ev(B, "other", Y, polarity="negated")
    d.ev("the CHRPA commissioner who left office in July 2022", "other", "2022-07")

    d.sec("6")
    d.ent("place", "Goje Township")
    d.ent("organization", "Eswatini Observer")
    d.ent("organization", "Afrobarometer")
    d.ent("organization", "Amnesty International")
    d.ent("person", "Elizabeth Sisana Dlamini")
    d.ent("place", "Bhadzeni")
    d.ent("organization", "UN Population Division")
    d.ent("organization", "World Health Organization")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Eswatini Sexual and Gender Minorities")
    d.ent("organization", "Ministry of Commerce")
    d.ent("organization", "Supreme Court")
    d.ent("place", "Mbabane")
    d.ent("organization", "Office of the Deputy Prime Minister")
    d.ent("place", "Manzini")
    d.not_entity("Witchcraft Act", "National Development Plan", "HIV Stigma Index Report")
    B = "The penalties for conviction of rape were up to 30 years"
    d.prov(B, "penalty", 30, "years", "up to 30 years’ imprisonment", "rape (first offense)")
    d.prov(B, "penalty", 40, "years", "up to 40 years’ imprisonment", "rape (repeat offense)")
    B = "The penalty for conviction of domestic violence was a fine, up to 15"
    d.prov(B, "penalty", 15, "years", "up to 15 years’ imprisonment", "domestic violence")
    d.ev(B, "conviction_or_sentence", Y)
    B = "In a survey conducted during the year by the government among women"
    d.ev(B, "report_published", Y, source="government")
    d.fig(B, 8.1, "women and girls ages 13 to 24 who experienced sexual violence",
          "more than", unit="percent", source="government")
    B = "On October 28, a deputy sheriff shot and killed his girlfriend"
    d.ev(B, "killing", "2023-10-28")
    d.fig(B, 3, "other women killed by a deputy sheriff")
    B = "On November 15, the Eswatini Observer reported there were 147 murders"
    d.ev(B, "report_published", "2023-11-15", source="Eswatini Observer")
    d.ev(B, "killing", Y, source="Eswatini Observer")
    d.fig(B, 147, "murders tied to domestic violence", source="Eswatini Observer")
    d.fig(B, 133, "suicides tied to domestic violence", source="Eswatini Observer")
    # "There were reports" without a frame, an actor named ("from authorities"): the summary
    d.ev("There were reports survivors faced intimidation, stigmatization, and violence",
         "attack_or_threat", Y, polarity="alleged")
    d.ev("on August 7, media reported community members hacked to death", "killing",
         "2023-08-07", source="media")
    d.ev("reported she was effectively punished in parliament for her comments", "other", Y,
         source="member of parliament")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    B = "The UN Population Division estimated 51 percent of girls and women"
    d.fig(B, 51, "girls and women ages 15 to 49 using modern contraception", unit="percent",
          source="UN Population Division")
    d.fig("the maternal mortality ratio was 437 deaths per 100,000 live births", 437,
          "maternal mortality ratio", unit="deaths per 100,000 live births",
          source="World Health Organization")
    # an announcement of a policy, no date: the report year
    d.ev("Government officials announced pregnant pupils were welcome", "other", Y,
         source="Government officials")
    d.prov("The penalty for indecent treatment of children was up to 25 years", "penalty", 25,
           "years", "up to 25 years’ imprisonment", "indecent treatment of children")
    d.ev("There were multiple media and civil society reports of excessive corporal",
         "torture_or_abuse", Y, polarity="alleged", source="media and civil society")
    d.fig("The government recognized two types of marriage", 2, "types of marriage recognized")
    B = "The legal age for civil marriage was 18 for both boys and girls"
    d.prov(B, "threshold", 18, "age", "18", "minimum age for civil marriage")
    d.prov(B, "threshold", 16, "age", "16", "minimum age for girls' marriage with consent")
    d.prov("imposed a statutory minimum of five years’ imprisonment if convicted", "penalty",
           5, "years", "minimum of five years’ imprisonment",
           "mistreatment or neglect of children")
    B = "Although the law set the age of sexual consent at 16"
    d.prov(B, "threshold", 16, "age", "16", "age of sexual consent")
    d.prov(B, "threshold", 1, "acts", "more than one sexual act",
           "a sexual relationship with a child")
    d.prov(B, "threshold", 18, "age", "younger than 18", "a sexual relationship with a child")
    d.ev("there were no known reports of antisemitic incidents", "attack_or_threat", Y,
         polarity="negated")
    # "no reported arrests" (the open N1 act shape): the reported acts' negated event
    d.ev("There were no reported arrests or prosecutions for consensual same-sex",
         "detention_or_arrest", Y, polarity="negated")
    B = "with a recent study finding that 60 percent of LGBTQI+ persons"
    d.fig(B, 60, "LGBTQI+ persons who experienced violence in their lifetime", unit="percent",
          source="a recent study")
    d.fig(B, 25, "lesbians who reported sexual violence (2021)", unit="percent",
          source="a recent study")
    d.ev(B, "torture_or_abuse", "2021", source="a recent study")
    d.ev("No reports, however, were released during the year.", "report_published", Y,
         polarity="negated")
    d.ev("There were no reports of surgeries performed on minors", "other", Y,
         polarity="negated")
    d.ev("There was an unconfirmed media report in June that members", "other", "2023-06",
         polarity="alleged", source="media")
    B = "In 2022, the organization Eswatini Sexual and Gender Minorities reported two"
    d.ev(B, "torture_or_abuse", "2022", polarity="alleged",
         source="Eswatini Sexual and Gender Minorities")
    d.fig(B, 2, "instances of alleged corrective rape",
          source="Eswatini Sexual and Gender Minorities")
    d.ev("On September 27, the Ministry of Commerce refused the right", "registration_decision",
         "2023-09-27")
    d.ev("despite a June ruling by the Supreme Court that an earlier denial", "other",
         "2023-06")
    d.ev("A celebration of Pride Month was given permission to occur in Mbabane.", "other", Y)
    d.ev("the celebration was canceled at the last minute", "other", Y)
    B = "There was one private school for students with hearing disabilities"
    d.fig(B, 1, "private schools for students with hearing disabilities")
    d.fig(B, 1, "private schools for children with physical or mental disabilities")
    d.ev("the country’s 2019 HIV Stigma Index Report", "report_published", "2019")

    d.sec("7")
    d.ent("organization", "Industrial Court")
    d.ent("organization", "Conciliation, Mediation, and Arbitration Commission", "CMAC")
    d.ent("organization", "International Trade Union Confederation")
    d.ent("organization", "Action for Southern Africa")
    d.ent("organization", "Swaziland Transport and Combi Association")
    d.ent("person", "Sticks Nkambule", "Nkambule")
    d.ent("person", "Vongai Chikwanda")
    d.ent("organization", "Amnesty International")
    d.ent("place", "Southern Africa")
    d.ent("organization", "Department of State")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Ministry of Labour and Social Security")
    d.ent("organization", "International Labor Organization")
    d.prov("if less than 50 percent of the employees were members", "threshold", 50, "percent",
           "less than 50 percent", "recognition of a labor organization")
    d.prov("The law required unions to provide a 21-day notice", "requirement", 21, "days",
           "a 21-day notice", "notice of a strike")
    d.prov("the law imposed a two-day waiting period before the strike", "time_limit", 2,
           "days", "a two-day waiting period", "start of a strike after the ballot")
    d.ev("improperly limited by a 2017 court ruling in favor of an employer", "other", "2017")
    d.prov("required advance notice of at least seven days", "requirement", 7, "days",
           "at least seven days", "notice of a protest action")
    d.ev("In June the International Trade Union Confederation and Action", "attack_or_threat",
         "2023-06", polarity="alleged", source="International Trade Union Confederation")
    d.ev("In one example, the government penalized the secretary general", "other", Y)
    d.ev("Ahead of Nkambule’s court appearance, Vongai Chikwanda", "other", Y,
         source="Amnesty International")
    d.ev("Labor unions reported Nkambule and other trade unionists were forced", "other", Y,
         source="Labor unions")
    B = "There was a standard 48-hour workweek for most workers"
    d.prov(B, "prohibition", 48, "hours", "48-hour workweek", "standard workweek")
    d.prov(B, "prohibition", 72, "hours", "72-hour workweek", "workweek of security guards")
    d.prov(B, "prohibition", 6, "days", "six days", "workweek of security guards")
    d.prov("The law required all workers to have at least one day of rest", "right", 1, "days",
           "at least one day of rest per week", "weekly rest")
    d.fig("Public transportation workers complained they were required to work 12", 12,
          "daily hours worked by public transportation workers", "at least", unit="hours")
    d.fig("A large proportion of workers (67.5 percent)", 67.5,
          "workers employed in the informal economy", unit="percent",
          source="International Labor Organization")


PART_BUILDERS = {"5-7": sections_5_7, "exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4}


def eswatini() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2023_eswatini", FILE, 2023, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2023_eswatini": eswatini}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
