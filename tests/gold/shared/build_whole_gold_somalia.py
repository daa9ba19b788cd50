"""Build the hand-made DEV gold file for Somalia 2023 (state.gov page, 2023 layout).

``stategov/2023_somalia.html`` is read with the library's reader (``rightsledger.read``), so
that every offset is into the document *text* rightsledger ingests and exports (what
``rightsledger text`` prints), not into the HTML. Method of ``build_whole_gold_kz.py``:
every record below was decided by hand, reading the report sentence by sentence before the
system was run on it; the script only turns the decisions into offsets. Each anchor (at
most 14 words of the report) occurs exactly once in the document text. The scope line
lists in ``"ranges"`` exactly the character ranges annotated (one per section group
annotated whole); entity mentions are kept only inside them. The output holds offsets,
names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_somalia.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_somalia.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2023_somalia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2] / "src"))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import PageDoc, seven_section_parts  # noqa: E402

FILE = "stategov/2023_somalia.html"

#: the section groups, all annotated whole
PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")


# =========================================================================================
# Executive summary
# =========================================================================================
def executive_summary(d: PageDoc) -> None:
    Y = "2023"
    d.ent("place", "Somalia")
    d.sec("exec")
    d.ev("Significant human rights issues included credible reports of", "killing", Y,
         polarity="alleged")
    d.ev("The government took credible steps to identify and punish some officials",
         "investigation", Y)
    d.ev("Conflict involving the government, militias, and al-Shabaab resulted in death",
         "killing", Y)
    d.ev("Al-Shabaab committed most of the severe human rights abuses", "attack_or_threat", Y)
    d.ev("Al-Shabaab also blocked humanitarian assistance, recruited or used child soldiers",
         "other", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: PageDoc) -> None:
    Y = "2023"
    UNSOM = "United Nations Assistance Mission in Somalia"
    ATMIS = "African Union Transition Mission in Somalia"
    AI = "Amnesty International"
    # --- entities (those of later sections are declared there) ---
    d.ent("organization", UNSOM, "UNSOM")
    d.ent("organization", ATMIS, "ATMIS")
    d.ent("organization", "Puntland Intelligence Agency")
    d.ent("organization", "Attorney General's Office")
    d.ent("organization", "Human Rights Committee")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "UNICEF")
    d.ent("organization", "UN Office on Drugs and Crime")
    d.ent("organization", "International Development Law Organization")
    d.ent("organization", "Mogadishu University")
    d.ent("organization", "City University Law School")
    d.ent("organization", "Doctors Without Borders")
    d.ent("organization", "Ministry of Defense Child Protection Unit", "CPU")
    d.ent("organization", "ISIS-Somalia")
    d.ent("person", "Mohamed Ibrahim Bulbul", "Bulbul")
    d.ent("person", "Mohamed Ibrahim Olow")
    d.ent("person", "Ali Abdi Mohamed", "Qoriyow")
    d.ent("person", "Hassan Mohamed Ibrahim")
    d.ent("place", "United States")
    d.ent("place", "Bu’aale")
    d.ent("place", "Beerhaano")
    d.ent("place", "Dhoqor")
    d.ent("place", "Beletweyne", "Beletweyne district")
    d.not_entity("Mogadishu Central Prison", "Garowe Prison")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("the government or its agents committed arbitrary or unlawful killings", "killing", Y,
         polarity="alleged")
    d.ev("reported state security personnel killed 61 civilians", "killing", "2023-02",
         date_end="2023-10", source=UNSOM)
    d.fig("reported state security personnel killed 61 civilians", 61,
          "civilians killed by state security personnel", source=UNSOM)
    d.ev("federal government soldiers killed 14 civilians", "killing", "2023-08",
         date_end="2023-10", source="media")
    d.fig("federal government soldiers killed 14 civilians", 14,
          "civilians killed by federal soldiers", source="media")
    d.fig("The civilian casualties included two taxi drivers", 2, "taxi drivers killed")
    d.fig("The civilian casualties included two taxi drivers", 2, "women bystanders killed")
    d.fig("The civilian casualties included two taxi drivers", 3, "demonstrators killed")
    d.ev("Nine perpetrators were arrested, prosecuted, and sentenced.", "detention_or_arrest", Y)
    d.fig("Nine perpetrators were arrested, prosecuted, and sentenced.", 9,
          "perpetrators arrested and sentenced")
    d.ev("resulted in numerous civilian deaths.", "killing", Y, place="Las Anod")
    d.ev("Al-Shabaab and clan militias carried out indiscriminate deadly attacks",
         "attack_or_threat", Y)
    d.ev("extrajudicial killings of civilians by state security forces", "killing", Y)

    # --- 1.b ---
    d.sec("1.b")
    d.ev("disappearances by or on behalf of federal authorities", "other", Y,
         polarity="negated")
    d.ev("disappearances by or on behalf of Somaliland authorities", "other", Y,
         polarity="negated")
    d.ev("Al-Shabaab abducted persons, including humanitarian workers.", "other", Y)

    # --- 1.c ---
    d.sec("1.c")
    d.ev("there were credible reports that government officials employed them", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Observers alleged that authorities held detainees for prolonged periods",
         "detention_or_arrest", Y, polarity="alleged", source="observers")
    d.ev("reportedly threatened, beat, and forced detainees to confess", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("There were reports of rape and sexual abuse by government agents.", "torture_or_abuse",
         Y, polarity="alleged")
    d.ev("Al-Shabaab imposed harsh treatment and punishment on persons", "torture_or_abuse", Y)
    d.ev("While some military and police personnel accused of abuses were arrested",
         "detention_or_arrest", Y)
    d.ev("Al-Shabaab detained persons in areas under its influence", "detention_or_arrest", Y)
    # undated cooperation: a general condition, no event (settled 2026-12-06)
    d.ev("International Development Law Organization personnel also visited prisons", "other", Y,
         place="Mogadishu")
    d.ev("reportedly did not permit independent nongovernmental organization", "other", Y,
         polarity="alleged")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("allied militias, and regional authorities arbitrarily arrested and detained persons",
         "detention_or_arrest", Y)
    d.prov("provided for arrested persons to be brought before judicial authorities within 48",
           "time_limit", 48, "hours", "within 48 hours", "bringing arrested persons before a judge")
    d.ev("A March law granted NISA the ability to detain", "law_or_decree", "2023-03")
    d.ev("The federal government reportedly made arrests without warrants",
         "detention_or_arrest", Y, polarity="alleged")
    d.ev("Federal and regional authorities arbitrarily arrested and detained numerous persons",
         "detention_or_arrest", Y)
    d.ev("noted a marked increase in arbitrary arrests and detentions of journalists",
         "detention_or_arrest", Y, source="media NGOs")
    d.fig("a network of seven journalist unions and media house associations", 7,
          "journalist unions and media house associations in the SJS")
    d.fig("noted a marked increase in arbitrary arrests and detentions of journalists", 84,
          "cases of arbitrary arrest of journalists documented", source="media NGOs")
    d.ev("Between June and October, UNSOM recorded arbitrary detention", "detention_or_arrest",
         "2023-06", date_end="2023-10", source=UNSOM)
    d.fig("Between June and October, UNSOM recorded arbitrary detention", 8,
          "journalists arbitrarily detained", source=UNSOM)
    d.ev("On August 17 authorities arrested Mohamed Ibrahim Bulbul", "detention_or_arrest",
         "2023-08-17")
    # the beating told next, without a date of its own: dated by the arrest (the August 16
    # report is a label)
    d.ev("Bulbul was reportedly beaten and threatened over his August 16 report",
         "torture_or_abuse", "2023-08-17", polarity="alleged")
    # released after 56 days of detention: August 17 + 56 days
    d.ev("released after 56 days of detention when a judge dismissed", "release", "2023-10-12")
    d.dur(56, "days", "56 days of detention")
    d.ev("government used arbitrary detention and arrest to suppress negative reporting",
         "detention_or_arrest", Y)

    # --- 1.e ---
    d.sec("1.e")
    d.ev("authorities prosecuted only a handful of serious criminal cases", "charge", Y)
    d.ev("invoked the public order law to detain and incarcerate persons", "detention_or_arrest",
         Y, source="international NGOs")
    d.prov("brought before a competent court within 48 hours of arrest", "time_limit", 48,
           "hours", "within 48 hours of arrest", "bringing detainees before a court")
    d.fig("but two functioning legal aid clinics at Mogadishu University", 2,
          "functioning legal aid clinics")
    d.prov("the courts offered defendants up to 30 days to appeal", "time_limit", 30, "days",
           "up to 30 days", "appeal of death sentences")
    d.prov("the initial decree was for a period of three months", "time_limit", 3, "months",
           "a period of three months", "2011 state of emergency decree")
    d.ev("Government and regional authorities arrested journalists as well as other",
         "detention_or_arrest", Y)

    # --- 1.g ---
    d.sec("1.g")
    d.ev("officials abused their positions to engage in land grabbing", "other", Y,
         source="observers")

    # --- 1.h ---
    d.sec("1.h")
    # t-conv13: practice told in the simple past, no taxonomy verb, general object: no event (Settled 2026-12-11)
    d.ev("Government and regional authorities harassed relatives of al-Shabaab members",
         "attack_or_threat", Y)

    # --- 1.i ---
    d.sec("1.i")
    d.ev("Conflict involving the government, militias, ATMIS, and al-Shabaab", "killing", Y)
    d.ev("Other abuses included abductions, torture, recruitment", "other", Y)
    d.ev("the late 2022 killing of an opposition political leader sparked", "killing", "2022",
         place="Las Anod")
    d.ev("UNSOM reported 312 civilians were killed by al-Shabaab", "killing", "2023-02",
         date_end="2023-10", source=UNSOM)
    d.fig("UNSOM reported 312 civilians were killed by al-Shabaab", 312,
          "civilians killed by al-Shabaab", source=UNSOM)
    d.ev("The group committed religiously and politically motivated killings", "killing", Y)
    d.ev("The group attacked soft targets such as popular hotels", "attack_or_threat", Y)
    d.ev("Al-Shabaab also killed prominent peace activists", "killing", Y)
    d.ev("in May the group publicly executed five individuals", "killing", "2023-05",
         source="media", place="Bu’aale")
    d.fig("in May the group publicly executed five individuals", 5,
          "individuals executed by al-Shabaab", source="media")
    d.ev("In August, the group killed a federal army colonel", "killing", "2023-08",
         place="Mogadishu")
    d.ev("indiscriminately shelled Las Anod town over a period of several months", "killing", Y,
         source=AI, place="Las Anod")
    d.fig("indiscriminately shelled Las Anod town over a period of several months", 100,
          "persons killed by shelling", "more than", source=AI)
    d.fig("indiscriminately shelled Las Anod town over a period of several months", 600,
          "persons injured by shelling", "more than", source=AI)
    d.ev("In February an ATMIS peacekeeper killed a civilian", "killing", "2023-02")
    d.ev("The peacekeeper was arrested, and an investigation was continuing",
         "detention_or_arrest", Y)
    d.ev("Al-Shabaab kidnapped and abducted civilians throughout the year.", "other", Y)
    d.ev("media reported the group kidnapped 20 civilian farmers", "other", "2023-01-02",
         source="media", place="Beletweyne")
    d.fig("media reported the group kidnapped 20 civilian farmers", 20,
          "civilian farmers kidnapped", source="media")
    d.ev("Government forces and allied militias reportedly used excessive force",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Al-Shabaab committed gender-based violence, including through forced",
         "torture_or_abuse", Y)
    d.ev("Those detained by al-Shabaab were incarcerated under inhuman conditions",
         "detention_or_arrest", Y)
    d.ev("From January to September, ATMIS reported three incidents", "attack_or_threat",
         "2023-01", date_end="2023-09", source=ATMIS)
    d.fig("From January to September, ATMIS reported three incidents", 3,
          "incidents of harm by ATMIS troops", source=ATMIS)
    d.ev("During the year there were reports state security forces", "other", Y,
         polarity="alleged")
    d.ev("Between January and March, the CPU screened several hundred", "investigation",
         "2023-01", date_end="2023-03")
    d.ev("Al-Shabaab recruited and forced children to participate directly", "other", Y)
    d.ev("al-Shabaab committed most abuses related to the recruitment", "other", Y,
         source="UN officials")
    d.ev("Al-Shabaab raided schools, madrassas, and mosques", "attack_or_threat", Y)
    d.ev("during the reporting period of April 2022 to March 2023", "other", "2022-04",
         date_end="2023-03")
    d.ev("Armed groups deliberately restricted the passage of relief supplies", "other", Y)
    d.ev("reported fighting in the Las Anod area displaced approximately 200,000", "other", Y,
         source=AI, place="Las Anod")
    d.fig("reported fighting in the Las Anod area displaced approximately 200,000", 200000,
          "persons displaced by fighting in Las Anod", "approximately", source=AI)
    d.ev("In July, the NGO Doctors Without Borders withdrew support", "other", "2023-07",
         place="Las Anod")
    d.ev("Al-Shabaab attacked state security forces along main supply routes",
         "attack_or_threat", Y)
    d.ev("The group seized main supply routes and limited movement", "attack_or_threat", Y)
    d.ev("Al-Shabaab blockaded a critical road linking Mogadishu and Baidoa", "attack_or_threat",
         "2023-07")
    d.dur(10, "days", "for 10 days")
    d.fig("The blockade limited the delivery of humanitarian assistance", 600000,
          "IDPs cut off by the blockade", "approximately")
    d.ev("ISIS-Somalia reportedly targeted business leaders for extortion", "attack_or_threat",
         Y, polarity="alleged")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: PageDoc) -> None:
    Y = "2023"
    SJS = "Somali Journalists Syndicate"
    # --- entities ---
    # SJS and NISA are expanded in Section 1 (their first mentions); the expansion is the name.
    d.ent("organization", SJS, "SJS")
    d.ent("organization", "National Intelligence and Security Agency", "NISA")
    d.ent("organization", "National Union of Somali Journalists")
    d.ent("organization", "Goobjoog")
    d.ent("organization", "Human Rights Center")
    d.ent("organization", "Radio Barawe")
    d.ent("organization", "CBA TV")
    d.ent("organization", "TikTok")
    d.ent("organization", "Telegram")
    d.ent("organization", "1xBet")
    d.ent("organization", "Facebook")
    d.ent("organization", "Ministry of Posts and Telecommunication")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Internal Displacement Monitoring Center")
    d.ent("person", "Liban Abdi Warsame")
    d.ent("person", "Najib Farah Mohamed")
    d.ent("person", "Nur Mohamed")
    d.ent("person", "Abdifatah Moalim Nur")
    d.ent("person", "Hoodo Abdi Abdillahi")
    d.ent("place", "Puntland")
    d.ent("place", "Jubaland")
    d.ent("place", "South West State", "South West")
    d.ent("place", "Galmudug")
    d.ent("place", "Hirshabelle")
    d.ent("place", "Lower Shabelle", "Lower Shabelle region")
    d.ent("place", "Las Anod")
    d.ent("place", "Sool", "Sool region")
    d.ent("place", "Hargeisa")
    d.not_entity("International Religious Freedom Report")

    # --- 2.a ---
    d.sec("2.a")
    d.prov("that carried potential penalties such as six months’ imprisonment", "penalty", 6,
           "months", "six months' imprisonment", "dissemination of false news")
    d.ev("Authorities used these regulations to detain and press charges", "detention_or_arrest",
         Y)
    d.ev("Retaliation incidents were reported in different regions", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("residents were arrested for social media posts", "detention_or_arrest", Y,
         source="local media rights organizations")
    d.ev("unknown assailants killed, abused, and harassed journalists with impunity", "killing",
         Y)
    d.ev("As an intimidation tactic, 15 journalists were detained briefly", "detention_or_arrest",
         Y)
    d.fig("As an intimidation tactic, 15 journalists were detained briefly", 15,
          "journalists detained briefly")
    d.fig("Six of these arrests took place in Galmudug", 6, "arrests in Galmudug")
    d.fig("Six of these arrests took place in Galmudug", 5, "arrests in South West State")
    d.fig("Six of these arrests took place in Galmudug", 4, "arrests in Hirshabelle")
    d.ev("In October 2022, NISA officers attacked television reporter", "attack_or_threat",
         "2022-10", place="Mogadishu")
    d.ev("In December 2022, security forces assaulted journalist Nur Mohamed",
         "torture_or_abuse", "2022-12")
    d.ev("Authorities fined and arbitrarily arrested journalists for defamation",
         "detention_or_arrest", Y)
    d.ev("Journalists were intimidated and imprisoned for conducting investigations",
         "detention_or_arrest", Y)
    d.ev("In May, the Human Rights Center in Somaliland reported the arrest",
         "detention_or_arrest", "2023-05", source="Human Rights Center")
    d.fig("In May, the Human Rights Center in Somaliland reported the arrest", 5,
          "journalists arrested", source="Human Rights Center")
    d.ev("As of year’s end, the journalists were not formally charged.", "charge", Y,
         polarity="negated")
    d.ev("Al-Shabaab also engaged in violence and harassment of journalists", "attack_or_threat",
         Y)
    d.ev("Numerous journalists were killed or injured in al-Shabaab’s", "killing", Y)
    d.ev("in October journalist Abdifatah Moalim Nur was killed", "killing", "2023-10",
         place="Mogadishu")
    d.ev("an outlet shut down by government authorities due to its broadcasts",
         "censorship_or_blocking", "2020")
    d.ev("Since late 2022, seven media outlets were subjected to raids", "censorship_or_blocking",
         "2022", date_end=Y)
    d.fig("Since late 2022, seven media outlets were subjected to raids", 7,
          "media outlets raided and closed")
    d.ev("restricted the access of media outlets and journalists to information",
         "censorship_or_blocking", Y, source=SJS)
    d.ev("authorities employed stringent measures to curtail access to information",
         "censorship_or_blocking", Y)
    d.ev("from listening to international media outlets", "censorship_or_blocking", Y)
    d.ev("The group’s destruction of critical infrastructure, including radio towers",
         "attack_or_threat", Y)
    d.ev("On September 7, Somaliland’s information minister temporarily halted",
         "censorship_or_blocking", "2023-09-07", place="Hargeisa")
    d.ev("CBA TV management contested both accusations", "other", Y)
    d.ev("After the station paid $10,000 in fines", "other", Y)
    d.fig("After the station paid $10,000 in fines", 10000, "fines paid by CBA TV", unit="USD")
    d.prov("with punishments including fines, up to two years in prison", "penalty", 2, "years",
           "up to two years in prison", "blasphemy and defamation of Islam")
    d.ev("In October 2022, Hoodo Abdi Abdillahi received a seven-year prison sentence",
         "conviction_or_sentence", "2022-10")
    d.pen("prison", 7, "years", "seven-year prison sentence")
    d.ev("In October 2022, Hoodo Abdi Abdillahi received a seven-year prison sentence",
         "conviction_or_sentence", "2023-05")
    d.pen("prison", 5, "years", "shortened to five years")
    d.ev("On August 20, the communications and technology minister ordered access",
         "censorship_or_blocking", "2023-08-20")
    d.ev("Authorities restricted access to the internet.", "censorship_or_blocking", Y)
    d.ev("journalists who disseminated online content critical of authorities were targeted",
         "attack_or_threat", Y, source=SJS)
    d.ev("The Ministry of Posts and Telecommunication issued directives", "censorship_or_blocking",
         Y)
    d.ev("Al-Shabaab prohibited companies from providing access to the internet",
         "censorship_or_blocking", Y)

    # --- 2.b ---
    d.sec("2.b")
    d.ev("the use of force by security personnel against peaceful protests led", "killing", Y)
    d.ev("In December 2022, Somaliland security forces used excessive force", "attack_or_threat",
         "2022-12", place="Las Anod")
    d.ev("The crackdown led to skirmishes that spread within the Sool region",
         "attack_or_threat", "2022-12", date_end=Y)
    d.ev("government officials reportedly harassed NGO workers", "attack_or_threat", Y,
         polarity="alleged")
    # t-conv13: reported, it stays the settled "there were reports the government did not respect" (other, alleged)
    d.ev("There were also reports that regional authorities restricted freedom", "other", Y,
         polarity="alleged")

    # --- 2.e ---
    d.sec("2.e")
    d.ev("There were credible reports the government placed restrictions on refugees", "other",
         Y, polarity="alleged")

    # --- 2.f ---
    d.sec("2.f")
    d.fig("A drought caused by five sequential failed rainy seasons", 5,
          "failed rainy seasons")
    d.fig("A drought caused by five sequential failed rainy seasons", 3.8e6, "IDPs",
          "more than")
    d.fig("Approximately 60 percent of drought-related IDPs were children", 60,
          "share of drought-related IDPs who were children", "approximately", unit="percent")
    d.ev("In 2022, more than 125,900 persons were evicted", "other", "2022")
    d.fig("In 2022, more than 125,900 persons were evicted", 125900, "persons evicted in 2022",
          "more than")
    d.ev("Gatekeepers in control of some IDP camps reportedly forced", "torture_or_abuse", Y,
         polarity="alleged")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: PageDoc) -> None:
    Y = "2023"
    OAG = "Office of the Auditor General"
    # --- entities ---
    d.ent("organization", OAG, "OAG")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Central Bank")
    d.ent("organization", "Immigration and Naturalization Directorate")
    d.ent("organization", "Financial Governance Committee", "FGC")
    d.ent("organization", "Office of the President")
    d.ent("organization", "Office of the Prime Minister")
    d.ent("organization", "Office of the State Attorney General")
    # "UN Security Council Resolution 2036": the resolution is no entity, its body is
    d.ent("organization", "UN Security Council")
    d.ent("place", "Baidoa")
    d.ent("place", "Kismayo")
    d.not_entity("Investment Climate Statement", "International Narcotics Control Strategy Report")

    # --- 3 ---
    d.sec("3")
    d.ev("The country last conducted parliamentary elections in March 2022",
         "election_or_referendum", "2022-03")
    d.ev("The country last conducted parliamentary elections in March 2022",
         "election_or_referendum", "2022-05")
    d.ev("Opposition leaders were reportedly prevented from campaigning in Baidoa", "other", Y,
         polarity="alleged", place="Baidoa")
    d.ev("Somaliland last conducted presidential elections in 2017.", "election_or_referendum",
         "2017")
    d.ev("Legislative and local council elections took place in 2021", "election_or_referendum",
         "2021")
    d.ev("In 2022, long delays in scheduled elections", "attack_or_threat", "2022")
    d.prov("limited the number of political parties to three", "threshold", 3, "parties",
           "three", "number of political parties in Somaliland")
    d.fig("was divided among the four major clans", 4, "major clans")
    d.fig("was divided among the four major clans", 0.5, "share of minority clans")
    d.ev("The country conducted its most recent publicly available census in 1975", "other",
         "1975")
    d.ev("but in 2022 federal and regional leaders maintained the 4.5 formula", "other",
         "2022")

    # --- 4 ---
    d.sec("4")
    d.ev("the government arraigned several government officials on corruption charges",
         "charge", Y)
    d.ev("There were numerous reports of government corruption during the year", "other", Y,
         polarity="alleged")
    d.ev("In June, an OAG forensic audit of visa and work permit revenues", "investigation",
         "2023-06", source=OAG)
    d.fig("In June, an OAG forensic audit of visa and work permit revenues", 21e6,
          "funds embezzled", unit="USD", source=OAG)
    d.ev("Upon concluding the investigation, the OAG submitted a final report",
         "report_published", Y, source=OAG)
    d.ev("some of the accused government officials fled the country", "other", Y)
    d.ev("The OAG submitted an annual compliance audit and financial statement audit",
         "report_published", Y, source=OAG)
    d.prov("reviewing all government contracts of more than $5 million", "threshold", 5e6,
           "USD", "more than $5 million", "contracts reviewed by the FGC")
    d.ev("during the year they did not prosecute any Somaliland officials", "charge", Y,
         polarity="negated")
    d.ev("the export and import of charcoal after 2012 was banned", "law_or_decree", "2012")


# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: PageDoc) -> None:
    Y = "2023"
    SHDS = "Somali Health and Demographic Survey"
    UNFPA = "United Nations Population Fund"
    FESTU = "Federation of Somali Trade Unions"

    # --- entities ---
    d.ent("organization", "Council of Ministers")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Somaliland Ministry of Religious Affairs")
    d.ent("organization", "Somaliland Family Health Association")
    d.ent("organization", UNFPA)
    d.ent("organization", "Danish Immigration Service")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "Department of State")
    d.ent("organization", "Department of Labor")
    d.ent("organization", FESTU, "FESTU")
    d.ent("organization", "Confederation of Ethiopian Trade Unions")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", "Ministry of Labor and Social Affairs")
    # an armed group (annotator C: named militias and armed groups are organizations)
    d.ent("organization", "al-Shabaab", search=("Al-Shabaab",))
    d.ent("place", "Somaliland")
    d.ent("place", "Mogadishu")
    # "between the Juba and Shabelle rivers" (annotator C: "the Congo and Ubangui Rivers")
    d.ent("place", "Juba River", "Juba")
    d.ent("place", "Shabelle River", "Shabelle")
    # Surveys, reports, programs and initiatives are not entities of our types.
    d.not_entity(SHDS, "SHDS", "International Family Planning 2020 Initiative",
                 "Trafficking in Persons Report", "Findings on the Worst Forms of Child Labor")

    # --- 5 ---
    d.sec("5")
    d.prov("within 45 days and 30 days, respectively", "time_limit", 45, "days",
           "within 45 days", "formation of a national human rights commission")
    d.prov("within 45 days and 30 days, respectively", "time_limit", 30, "days",
           "30 days", "formation of a truth and reconciliation commission")

    # --- 6: women ---
    d.sec("6")
    d.prov("The law criminalized rape of a woman and provided penalties", "penalty", 5,
           "years", "five to 15 years in prison", "rape of a woman")
    d.records[-1]["quantity"]["value_end"] = 15
    d.ev("reportedly raped women and girls", "torture_or_abuse", Y, polarity="alleged")
    d.ev("The 2020 Somali Health and Demographic Survey (SHDS), the most recent",
         "report_published", "2020")
    d.ev("the federal government approved a national action plan on ending", "other", Y,
         source="United Nations")
    d.fig("since 59 percent of respondents to the SHDS", 59,
          "share of respondents naming husbands as main perpetrators", unit="percent",
          source=SHDS)
    d.fig("12 percent of married women reported spousal abuse", 12,
          "share of married women reporting spousal abuse", unit="percent", source=SHDS)
    d.ev("In several cases survivors and providers of services", "attack_or_threat", Y)
    d.ev("Al-Shabaab also committed gender-based violence, primarily through forced",
         "torture_or_abuse", Y)
    d.ev("Al-Shabaab sentenced persons to death for rape.", "conviction_or_sentence", Y)
    d.pen("death", None, None, "to death")
    d.fig("with 99 percent of women and girls between 15 and 49", 99,
          "share of women and girls who underwent FGM/C", unit="percent", source=SHDS)
    d.fig("72 percent believed that the practice was a religious requirement", 72,
          "share believing FGM/C a religious requirement", unit="percent", source=SHDS)
    d.ev("issued a fatwa (a ruling by a recognized religious authority", "other", "2018")
    d.prov("paid to the victim’s family only one-half the amount", "requirement", 0.5,
           "share of compensation", "only one-half the amount", "blood compensation for a woman")
    d.prov("By law girls and women could inherit only one-half", "right", 0.5,
           "share of inheritance", "only one-half the amount", "inheritance of women")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other",
         Y, polarity="negated")
    d.fig("38 percent of women expressed a desire for greater birth spacing", 38,
          "share of women wanting greater birth spacing", unit="percent", source=SHDS)
    d.fig("only 3 percent reported that desire met", 3,
          "share of women whose birth-spacing desire was met", unit="percent", source=SHDS)
    d.fig("Most women surveyed stated six or more children", 6, "ideal family size",
          "at least", unit="children")
    d.fig("Fewer than 1 percent of women of reproductive age", 1,
          "share of women with family planning needs met", "fewer than", unit="percent")
    d.fig("68 percent of married women were aware of one method", 68,
          "share of married women aware of contraception", unit="percent", source=SHDS)
    d.fig("Only 50 percent of married girls ages 15 to 19", 50,
          "share of married girls aware of contraception", unit="percent")
    d.fig("contraceptive use was 10 percent for girls and women", 10,
          "contraceptive use ages 15 to 19", unit="percent", source=SHDS)
    d.fig("contraceptive use was 10 percent for girls and women", 7,
          "contraceptive use ages 30 to 34", unit="percent", source=SHDS)
    d.fig("17 percent of girls and women who survived gender-based violence", 17,
          "share of survivors seeking care", unit="percent", source=SHDS)
    d.fig("68 percent of mothers received no antenatal care", 68,
          "share of mothers without antenatal care", unit="percent", source=SHDS)
    d.fig("68 percent of mothers received no antenatal care", 32,
          "share of births with a skilled provider", unit="percent", source=SHDS)
    d.ev("In 2020 the Danish Immigration Service reported", "report_published", "2020",
         source="Danish Immigration Service")
    d.fig("The high maternal death rate of 1,168 per 100,00", 1168, "maternal death rate",
          unit="deaths per 100,000 live births")
    d.fig("The adolescent birth rate was 140 per 100,000 women", 140,
          "adolescent birth rate", unit="births per 100,000 women")
    d.ev("the United Nations Population Fund reported in 2022", "report_published", "2022",
         source=UNFPA)

    # --- 6: ethnic violence, children ---
    d.fig("More than 85 percent of the population shared", 85,
          "share of the population with a common heritage", "more than", unit="percent")
    d.ev("Fighting between clans resulted in deaths and injuries.", "killing", Y)
    d.fig("Nearly two-thirds of the school-age population", 2 / 3,
          "share of school-age children out of school", "approximately")
    d.ev("there was no law or reported efforts by the federal government", "other", Y,
         polarity="negated")
    d.prov("defined a child as a person younger than age 18", "threshold", 18, "age",
           "younger than age 18", "definition of a child")
    d.fig("more than 62 percent of married women and 74 percent", 62,
          "share of married women viewing forced marriage as violence", "more than",
          unit="percent", source=SHDS)
    d.fig("more than 62 percent of married women and 74 percent", 74,
          "share of unmarried girls and women viewing forced marriage as violence",
          unit="percent", source=SHDS)
    d.ev("There were no reported efforts by the government or regional authorities",
         "other", Y, polarity="negated")
    d.ev("there were no known reports of antisemitic incidents", "attack_or_threat", Y,
         polarity="negated")

    # --- 6: LGBTQI+ persons, disabilities, HIV ---
    d.prov("with a penalty of three months’ to three years’ imprisonment", "penalty", 3,
           "months", "three months' to three years'", "same-sex intercourse")
    d.ev("with a penalty of three months’ to three years’ imprisonment", "charge", Y,
         polarity="negated")
    d.prov("homosexuality was punishable by death", "penalty", None, None, "death",
           "homosexuality")
    d.ev("there were no known state-conducted executions during the year", "killing", Y,
         polarity="negated")
    d.ev("In March a parliamentary committee reported 40 persons", "report_published",
         "2023-03", source="parliamentary committee")
    d.ev("In March a parliamentary committee reported 40 persons", "conviction_or_sentence",
         Y, source="parliamentary committee")
    d.pen("prison", 8, "years", "eight years imprisonment")
    d.fig("In March a parliamentary committee reported 40 persons", 40,
          "persons held on homosexuality charges", source="parliamentary committee")
    d.fig("In March a parliamentary committee reported 40 persons", 4,
          "persons sentenced for homosexuality", source="parliamentary committee")
    d.ev("There were few reports of societal violence based on sexual", "attack_or_threat", Y,
         polarity="alleged")
    d.ev("investigate or punish those responsible", "investigation", Y, polarity="negated")
    d.ev("but no such killings were reported during the year", "killing", Y,
         polarity="negated")
    d.ev("investigate or punish those complicit in abuses", "investigation", Y,
         polarity="negated")
    d.ev("There were no known government or medical association actions", "other", Y,
         polarity="negated")
    d.ev("There was no known official response to such discrimination", "other", Y,
         polarity="negated")

    # --- 7 ---
    d.sec("7.a")
    d.ev("participated in stakeholder discussions with the government", "other", "2023-08")
    d.ev("In September, FESTU and the Confederation of Ethiopian Trade Unions", "other",
         "2023-09")
    d.ev("There were no instances of government interference with union", "other", Y,
         polarity="negated")
    d.sec("7.e")
    d.prov("The law provided for a standard workweek of 48 hours", "threshold", 48, "hours",
           "48 hours", "standard workweek")
    d.prov("limited overtime to a maximum of 12 hours per week", "prohibition", 12, "hours",
           "a maximum of 12 hours per week", "overtime")
    d.ev("telecommunications and media workers faced targeted attacks", "attack_or_threat", Y)
    d.fig("Approximately 95 percent of workers worked in the informal sector", 95,
          "share of workers in the informal sector", "approximately", unit="percent")


def somalia() -> PageDoc:
    d = PageDoc("2023_somalia", FILE, 2023, PARTS)
    executive_summary(d)
    section_1(d)
    section_2(d)
    sections_3_4(d)
    sections_5_7(d)
    return d


DOCS = {"2023_somalia": somalia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
