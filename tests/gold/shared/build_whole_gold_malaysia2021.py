"""Build the hand-made DEV gold file for Malaysia 2021 (a page of the public collection).

``2021_malaysia.jsonl`` annotates ``html/2021/malaysia.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2021/malaysia.html`` by ``scripts/collection.sh``: the
2021 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_lebanon2023.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor (at most 14 words) occurring
once in the document. The scope line lists in ``"ranges"`` exactly the section groups annotated
whole (``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_malaysia2021.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_malaysia2021.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2021_malaysia.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2021/malaysia.html"
Y = "2021"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Posture Towards International")
DONE = ["exec", "3-4", "1"]

PH = "Pakatan Harapan"
BN = "Barisan Nasional"
MACC = "Malaysian Anti-Corruption Commission"
UMNO = "United Malays National Organization"
SADDIQ = "Syed Saddiq Syed Abdul Rahman"
MOHA = "Ministry of Home Affairs"


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Malaysia")
    d.ent("organization", PH)
    d.ent("organization", BN)
    d.ent("organization", "Perikatan Nasional")
    d.ent("person", "Muhyiddin Yassin", "Muhyiddin")
    d.ent("person", "Ismail Sabri", "Sabri")
    d.ent("organization", "Royal Malaysian Police")
    d.ent("organization", MOHA)
    d.fig("The kingship rotates among the sultans of the nine states", 9,
          "states with hereditary Malay rulers")
    d.ev("In 2018 parliamentary elections, the Pakatan Harapan coalition defeated",
         "election_or_referendum", "2018")
    d.ev("Before and during that campaign, opposition politicians and civil society",
         "other", "2018", source="opposition and civil society")
    d.ev("In February 2020 the Pakatan Harapan coalition collapsed", "other", "2020-02")
    d.ev("In August that coalition lost its majority in the lower house", "other", "2021-08")
    d.ev("There were credible reports that members of the security forces committed",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("Significant human rights issues included credible reports of: unlawful", "killing",
         Y, polarity="alleged")
    d.ev("The government arrested and prosecuted some officials engaged in corruption",
         "detention_or_arrest", Y)


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Election Commission", "Electoral Commission")
    d.ent("organization", "Registrar of Societies")
    d.ent("organization", "Malaysian United Democratic Alliance")
    d.ent("person", SADDIQ, "Saddiq")
    d.ent("place", "Igan")
    d.ent("place", "Kapar")
    d.ent("organization", "Federal Court")
    d.ent("person", "Tengku Maimun Tuan Mat")
    d.ent("person", "Azhar Harun")
    d.ent("organization", "Facebook")
    d.ev("This occurred in August for the second time since 2018", "other", "2021-08")
    d.ev("The king determined that Sabri commanded a parliamentary majority", "other",
         "2021-08")
    d.ev("most recent general election was held in 2018 amid allegations",
         "election_or_referendum", "2018")
    d.ev("In the election the Pakatan Harapan coalition unseated the ruling",
         "election_or_referendum", "2018")
    d.ev("A consortium of NGOs released a formal report in 2018", "report_published", "2018",
         source="A consortium of NGOs")
    d.ev("According to these NGOs, none of which were formally accredited", "other", "2018",
         source="A consortium of NGOs")
    d.fig("According to these NGOs, none of which were formally accredited", 5e9,
          "spent on handouts after dissolution", "more than", unit="MYR",
          source="A consortium of NGOs")
    d.fig("According to these NGOs, none of which were formally accredited", 1.2e9,
          "spent on handouts, in dollars", "more than", unit="USD",
          source="A consortium of NGOs")
    d.ev("The report also alleged that one accredited election observer", "other", "2018",
         polarity="alleged", source="A consortium of NGOs")
    d.fig("The report also alleged that one accredited election observer", 1,
          "accredited observer who campaigned", source="A consortium of NGOs")
    d.ev("in 2018 the former Barisan Nasional coalition government approved redrawn", "other",
         "2018")
    d.prov("By law the government is not allowed to redraw the electoral boundaries",
           "threshold", 2 / 3, None, "a two-thirds majority vote",
           "constitutional amendment")
    d.ev("Barisan Nasional lost the election to Pakatan Harapan", "election_or_referendum",
         "2018")
    d.ev("In August the minister of home affairs rejected an appeal",
         "registration_decision", "2021-08")
    d.ev("had a successful social media launch, securing more than 300,000", "other", "2020")
    d.fig("had a successful social media launch, securing more than 300,000", 300000,
          "member registrations of the alliance", "more than")
    d.fig("the rural district of Igan had 18,000 registered voters", 18000,
          "registered voters in Igan")
    d.fig("the rural district of Igan had 18,000 registered voters", 144000,
          "registered voters in Kapar", "more than")
    d.fig("In parliament 33 women held 14.8 percent of the seats", 33,
          "women in parliament")
    d.fig("In parliament 33 women held 14.8 percent of the seats", 14.8,
          "share of seats held by women", unit="percent")
    d.fig("In parliament 33 women held 14.8 percent of the seats", 10.8,
          "share of women in the previous cycle", unit="percent")
    d.fig("Eight of 14 Federal Court judges were women", 8, "women Federal Court judges")
    d.fig("Eight of 14 Federal Court judges were women", 14, "Federal Court judges")
    d.fig("There were four non-Muslim judges serving on the Federal Court", 4,
          "non-Muslim Federal Court judges")
    d.ev("In July Speaker of the Lower House Azhar Harun repeatedly told", "other", "2021-07")
    d.fig("Nine cabinet positions were held by women.", 9, "cabinet positions held by women")

    d.sec("4")
    d.ent("organization", MACC, "MACC")
    d.ent("person", "Najib Razak")
    d.ent("organization", UMNO, "UMNO")
    d.ent("person", "Zahid Hamidi")
    d.ent("organization", "Democratic Action Party")
    d.ent("person", "Lim Guan Eng")
    d.ent("place", "Johor", "Johor State")
    d.ent("organization", "High Court")
    d.ent("person", "Isa Samad", "Isa")
    d.ent("place", "Negeri Sembilan")
    d.ent("person", "Tajuddin Abdul Rahman")
    d.ent("organization", "Prasarana Malaysia Berhad")
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", "Court of Appeal")
    d.ent("person", "Tengku Adnan Tengku Mansor", "Tengku Adnan")
    d.ent("organization", "Bersatu")
    d.ent("place", "Kuala Lumpur")
    d.ent("person", "Yusrazif Wan Yusoh", "Yusrazif")
    d.ent("organization", "Immigration Department")
    d.ent("person", "Noor Ehsanuddin Mohd Harun Narrashi", "Noor Ehsanuddin")
    d.ent("organization", "Federal Land Development Authority")
    d.ev("Media outlets reported numerous cases of alleged official corruption", "other", Y,
         polarity="alleged", source="Media outlets")
    d.ev("Trials for all were delayed due to the state of emergency", "other", Y)
    d.ev("In January authorities seized 1,500 tons of frozen meat", "other", "2021-01",
         place="Johor")
    d.fig("In January authorities seized 1,500 tons of frozen meat", 1500,
          "frozen meat seized", unit="tons")
    d.fig("In January authorities seized 1,500 tons of frozen meat", 30e6,
          "value of the meat seized", unit="MYR")
    d.fig("In January authorities seized 1,500 tons of frozen meat", 7.2e6,
          "value of the meat seized in dollars", unit="USD")
    d.ev("They discovered that an international cartel for more than 40 years", "other",
         "2021-01")
    d.fig("They discovered that an international cartel for more than 40 years", 4,
          "agencies of the corrupt officials", "at least")
    d.ev("Police charged two business executives for using fake halal logos", "charge", Y)
    d.fig("Police charged two business executives for using fake halal logos", 2,
          "business executives charged")
    d.fig("Police charged two business executives for using fake halal logos", 8,
          "suspects arrested by MACC")
    B = "In February the High Court sentenced former federal minister"
    d.ev(B, "conviction_or_sentence", "2021-02")
    d.pen("prison", 6, "years", "six years’ imprisonment")
    d.fig(B, 15.4e6, "fine imposed on Isa Samad", unit="MYR")
    d.fig(B, 3.7e6, "fine imposed on Isa Samad in dollars", unit="USD")
    d.fig(B, 9, "counts of corruption and bribery")
    d.fig(B, 3e6, "bribes accepted by Isa Samad", unit="MYR")
    d.fig(B, 720000, "bribes accepted in dollars", unit="USD")
    d.ev("Isa was granted a stay pending his appeal.", "other", Y)
    d.ev("In May MACC arrested member of parliament Tajuddin Abdul Rahman",
         "detention_or_arrest", "2021-05")
    d.fig("In May MACC arrested member of parliament Tajuddin Abdul Rahman", 2,
          "charges of abuse of power")
    d.ev("Police released him on bail.", "release", Y)
    B = "In July the Court of Appeal acquitted UMNO parliamentarian"
    d.ev(B, "acquittal", "2021-07")
    d.ev(B, "conviction_or_sentence", "2020-12")
    d.pen("prison", 12, "months", "a 12-month jail sentence")
    d.fig(B, 2e6, "corruption charges against Tengku Adnan", unit="MYR")
    d.fig(B, 480000, "corruption charges in dollars", unit="USD")
    d.ev("The court ruled that the money received by Tengku Adnan", "acquittal", "2021-07")
    d.ev("In August MACC charged member of parliament and former youth", "charge",
         "2021-08")
    B = "Saddiq pleaded not guilty in a lower court in Johor State"
    d.ev(B, "trial", "2021-08")
    d.fig(B, 2, "counts of money laundering")
    d.fig(B, 100000, "sum of the laundering charges", unit="MYR")
    d.fig(B, 24000, "sum of the laundering charges in dollars", unit="USD")
    B = "The charges came on top of two other corruption charges"
    d.ev(B, "charge", "2021-07-22")
    d.fig(B, 2, "earlier corruption charges against Saddiq")
    d.fig(B, 1e6, "funds misappropriated", unit="MYR")
    d.fig(B, 240000, "funds misappropriated in dollars", unit="USD")
    B = "Saddiq was released on bail, and the charges were transferred"
    d.ev(B, "release", Y)
    d.ev(B, "other", "2021-09")
    B = "In September a sessions court fined immigration officer Yusrazif"
    d.ev(B, "conviction_or_sentence", "2021-09")
    d.pen("fine", 50000, "MYR", "50,000 ringgit ($12,000)")
    d.fig(B, 50000, "fine imposed on Yusrazif", unit="MYR")
    d.fig(B, 12000, "fine imposed on Yusrazif in dollars", unit="USD")
    d.fig(B, 5, "counts of accepting kickbacks")
    d.fig(B, 15000, "kickbacks accepted", unit="MYR")
    d.fig(B, 3600, "kickbacks accepted in dollars", unit="USD")
    d.ev("Investigations revealed Yusrazif received a list of names", "investigation", Y)
    d.fig("Investigations revealed Yusrazif received a list of names", 2,
          "agents who gave Yusrazif the list")
    B = "Authorities arrested Yusrazif as part of a special operation"
    d.ev(B, "detention_or_arrest", Y)
    d.ev(B, "detention_or_arrest", "2020")
    d.fig(B, 65, "individuals arrested in the special operation")
    d.fig(B, 39, "immigration officers arrested")
    d.fig(B, 17, "agents arrested")
    d.fig(B, 9, "civilians arrested")
    B = "Also in September, MACC withdrew 29 charges of corruption"
    d.ev(B, "other", "2021-09")
    d.fig(B, 29, "corruption charges withdrawn")
    d.fig("MACC noted that all transactions associated with the 29 charges", 29,
          "charges whose transactions were repaid")
    B = "According to MACC, authorities arrested 337 public officials"
    d.ev(B, "detention_or_arrest", "2021-01", date_end="2021-08", source="MACC")
    d.fig(B, 337, "public officials arrested for corruption", source="MACC")


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Malaysian Human Rights Commission", "SUHAKAM")
    d.ent("person", "Sivabalan Subramaniam")
    d.ent("place", "Gombak", "Gombak District")
    d.ent("place", "Selangor", "Selangor State")
    d.ent("organization", "Eliminating Deaths and Abuse in Custody Together", "EDICT")
    d.ent("person", "Arifai Tarawe")
    d.ent("organization", "Integrity Unit")
    d.ent("person", "Umar Faruq Abdullah", "Umar Faruq", "Umar")
    d.ent("organization", "Criminal Investigation Division")
    d.ent("organization", "Royal Malaysian Police")
    d.not_entity("Bukit Aman", "Southern Klang")
    d.ev("There were scattered reports the government or its agents committed", "killing", Y,
         polarity="alleged")
    d.ev("In June human rights organizations called for inquests", "other", "2021-06",
         source="human rights organizations")
    B = "stated it was launching investigations into four fatalities in May and June"
    d.ev(B, "investigation", "2021-07", source="SUHAKAM")
    d.ev(B, "death_in_custody", "2021-05", date_end="2021-06", source="SUHAKAM")
    d.ev(B, "death_in_custody", "2021-05-20", source="SUHAKAM")
    d.fig(B, 4, "deaths in custody SUHAKAM investigated", source="SUHAKAM")
    d.ev("accused the government and police of not taking the issue seriously", "other", Y,
         source="EDICT")
    d.ev("the inspector general of police transferred Gombak police chief", "other",
         "2021-06")
    B = "On June 3, Umar Faruq Abdullah, a truck driver, died"
    d.ev(B, "death_in_custody", "2021-06-03")
    d.ev(B, "detention_or_arrest", "2021-06-02")

    d.sec("1.b")
    d.ent("person", "Joshua Hilmy")
    d.ent("person", "Ruth Sitepu")
    d.ent("organization", "Attorney General’s Chambers")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    B = "SUHAKAM continued its public inquiry, suspended for six months in 2020"
    d.ev(B, "other", "2020")
    d.ev(B, "other", "2016")
    d.ev("On January 11, SUHAKAM expressed disappointment", "other", "2021-01-11",
         source="SUHAKAM")

    d.sec("1.c")
    d.ent("organization", "Suaram")
    d.ent("person", "Sevan Doraisamy")
    d.ent("person", "Abdul Hamid Bador")
    d.ent("organization", MOHA, "Home Affairs Ministry")
    d.ent("organization", "Enforcement Agency Integrity Commission")
    d.ent("person", "Hamzah Zainudin", "Hamzah")
    d.ent("person", "Leong Ann Ping", "Leong")
    d.ent("place", "Mukah")
    d.ent("place", "Sarawak", "Sarawak State")
    d.ent("person", "Rafi Ullah")
    d.ent("place", "Paya Jaras")
    d.ent("person", "A. Ganapathy", "Ganapathy")
    d.ent("place", "Negeri Sembilan")
    d.ent("person", "Nik Ezanee Mohd Faisal")
    d.ent("person", "Vinaiyagar Thinpathy", "Vinaiyagar")
    d.ent("place", "Kuala Lumpur")
    d.ent("place", "Kelantan")
    d.ent("organization", "World Prison Brief")
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.not_entity("Sungai Buloh Prison", "Selayang Hospital", "Jelebu Prison")
    d.fig("More than 60 offenses are subject to caning", 60, "offenses subject to caning",
          "more than")
    d.prov("Civil and criminal law exempt men older than 50", "threshold", 50, "age",
           "older than 50", "exemption of men from caning")
    B = "Male children between ages 10 and 18 may receive a maximum"
    d.prov(B, "threshold", 10, "age", "between ages 10 and 18", "caning of male children",
           value_end=18)
    d.prov(B, "penalty", 10, "strokes", "a maximum of 10 strokes", "caning of male children")
    d.ev("In March the then inspector general of police, Abdul Hamid Bador", "other",
         "2021-03", source="Abdul Hamid Bador")
    d.ev("In November the Home Affairs Ministry referred the matter", "investigation",
         "2021-11")
    B = "told parliament that since January, 42 individuals had died"
    d.ev(B, "death_in_custody", "2021-01", date_end="2021-09", source="Hamzah Zainudin")
    d.fig(B, 42, "deaths in custody since January", source="Hamzah Zainudin")
    d.fig(B, 14, "deaths in prison or police custody", source="Hamzah Zainudin")
    d.fig(B, 28, "deaths in immigration detention", source="Hamzah Zainudin")
    B = "According to the NGO Suaram, however, 16 persons died"
    d.ev(B, "death_in_custody", Y, source="Suaram")
    d.fig(B, 16, "deaths in police lockups and prison", source="Suaram")
    d.fig(B, 40, "deaths in immigration detention", "more than", source="Suaram")
    B = "Hamzah announced that the Ministry of Home Affairs was installing"
    d.ev(B, "other", "2021-04", source="Hamzah Zainudin")
    d.fig(B, 40, "share of CCTV installation complete", unit="percent",
          source="Hamzah Zainudin")
    B = "In February media reported an accusation by the attorney"
    d.ev(B, "torture_or_abuse", "2021-02", polarity="alleged", source="media")
    B = "Leong had been arrested three times since November 2020"
    d.ev(B, "detention_or_arrest", "2020-11")
    d.fig(B, 3, "times Leong was arrested")
    d.ev("a judge ordered her release.", "release", Y)
    d.ev("On February 17, Rafi Ullah, a Pakistani refugee, died", "death_in_custody",
         "2021-02-17", place="Paya Jaras")
    d.ev("Media reported the prison only informed the family on February 19", "other",
         "2021-02-19", source="Media")
    d.ev("On April 17, A. Ganapathy died of severe injuries", "death_in_custody",
         "2021-04-17", source="media reports")
    d.ev("The NGO EDICT called for an inquiry", "other", Y, source="EDICT")
    d.ev("announced police had started an inquest into the death", "investigation",
         "2021-09", source="Hamzah Zainudin")
    B = "In May families of 10 inmates filed police reports"
    d.ev(B, "other", "2021-05")
    d.fig(B, 10, "inmates whose families filed reports")
    d.ev("Among the allegations was that the inmates’ genitals", "torture_or_abuse",
         "2021-05", polarity="alleged")
    d.ev("told media that police would investigate the reported sudden death",
         "investigation", "2021-09")
    B = "Police arrested Vinaiyagar on September 8 for alleged"
    d.ev(B, "detention_or_arrest", "2021-09-08")
    d.ev(B, "death_in_custody", "2021-09-13")
    d.ev("His wife disputed the reports and filed a wrongful death claim", "other", Y)

    d.sec("1.c")
    d.ev("The government cracked down on migrants, particularly Rohingya",
         "detention_or_arrest", Y)
    B = "reported there were 19 custodial deaths from January 20 through November 16"
    d.ev(B, "death_in_custody", "2021-01-20", date_end="2021-11-16", source="Suaram")
    d.fig(B, 19, "custodial deaths", source="Suaram")
    B = "20 of the country’s 37 prisons were overcrowded"
    d.fig(B, 20, "overcrowded prisons", source=MOHA)
    d.fig(B, 37, "prisons in the country", source=MOHA)
    d.fig("prisons exceeded capacity by 45 to 50 percent", 45, "prison capacity exceeded by",
          unit="percent", value_end=50)
    B = "as of August 2020 the country had 69,000 inmates"
    d.fig(B, 69000, "inmates", source="World Prison Brief")
    d.fig(B, 52, "prisons", source="World Prison Brief")
    d.fig(B, 52000, "designed prison capacity", source="World Prison Brief")
    d.ev("Authorities restricted rights to religious observance", "other", Y)

    d.sec("1.d")
    d.ent("person", "Noor Aziah Mohd Awal")
    d.ent("place", "Sentul")
    d.ent("person", "Wan Norhayati Wan Alias", "Ibu Yati")
    d.ent("person", "Sarah Irdina")
    d.ent("organization", "International Center for Prison Studies")
    B = "without a warrant or judicial review for two-year terms"
    d.prov(B, "time_limit", 2, "years", "two-year terms", "preventive detention")
    d.prov("Within seven days of the initial detention, however", "time_limit", 7, "days",
           "Within seven days", "case presented to a prosecutor")
    d.prov("must report within 59 days to a detention board", "time_limit", 59, "days",
           "within 59 days", "inquiry officer's report")
    d.prov("The board may renew the detention order or impose an order", "time_limit", 5,
           "years", "a maximum of five years", "restriction order")
    d.prov("the law allows investigative detention for up to 28 days", "time_limit", 28,
           "days", "up to 28 days", "investigative detention")
    d.prov("Immigration law allows authorities to arrest and detain noncitizens", "time_limit",
           30, "days", "for 30 days", "detention of noncitizens")
    B = "In October the minister of home affairs reported that 374"
    d.ev(B, "detention_or_arrest", "2021-01-01", date_end="2021-09-30",
         source="minister of home affairs")
    d.fig(B, 374, "detained under security legislation",
          source="minister of home affairs")
    B = "there were 2,881 prison detainees younger than 21"
    d.fig(B, 2881, "prison detainees younger than 21", source="Hamzah Zainudin")
    B = "Among these detainees, 45 were pending trial"
    d.fig(B, 45, "young detainees pending trial", source="Hamzah Zainudin")
    d.fig(B, 2836, "young convicted prisoners", source="Hamzah Zainudin")
    d.fig("there were 1,490 detainees younger than 21", 1490,
          "young detainees at immigration depots", source="Hamzah Zainudin")
    B = "During investigations police may hold a suspect for 24 hours"
    d.prov(B, "time_limit", 24, "hours", "for 24 hours", "police custody")
    d.prov(B, "time_limit", 14, "days", "a maximum of 14 days", "extended police custody")
    B = "On May 13, police detained two boys, ages 12 and 13"
    d.ev(B, "detention_or_arrest", "2021-05-13", place="Sentul")
    d.fig(B, 2, "boys detained")
    d.fig(B, 200, "crowd setting off fireworks", "approximately")
    d.ev("They were released on bail the next day.", "release", "2021-05-14")
    d.ev("declared that the arrests contravened the law", "other", Y,
         source="Noor Aziah Mohd Awal")
    B = "From March 3 to July 29, Selangor State Islamic religious"
    d.ev(B, "detention_or_arrest", "2021-03-03", date_end="2021-07-29")
    d.ev("During this time authorities allegedly repeatedly questioned her",
         "torture_or_abuse", "2021-03-03", date_end="2021-07-29", polarity="alleged")
    B = "On July 28, the Selangor State sharia high court charged"
    d.ev(B, "charge", "2021-07-28")
    d.ev(B, "other", "2020-12", date_end="2021-02-01")
    d.fig(B, 2, "others charged with Ibu Yati")
    d.ev("They were released on bail but ordered to report", "release", Y)
    d.ev("A November 2 hearing was fixed for Ibu Yati.", "trial", "2021-11-02")
    d.ev("court date was set for January 25, 2022.", "trial", "2022-01-25")
    d.ev("Also on July 28, authorities detained youth activist Sarah Irdina",
         "detention_or_arrest", "2021-07-28")
    d.dur(10, "hours", "for 10 hours")
    d.ev("Police also raided her home without a search warrant.", "other", "2021-07-28")
    d.fig("pretrial detainees comprised approximately 27 percent", 27,
          "share of pretrial detainees in 2018", "approximately", unit="percent",
          source="International Center for Prison Studies")
    B = "In September Chief Justice Tengku Maimun Tuan Mat issued directives"
    d.ev(B, "other", "2021-09")
    d.prov(B, "threshold", 24, "hours", "for more than 24 hours",
           "detainees' access to counsel")

    d.sec("1.e")
    d.ent("organization", "Malaysian Bar Council")
    d.ent("organization", "Judges’ Ethics Committee")
    d.ent("person", "Hamid Sultan Abu Backer", "Hamid")
    d.ent("person", "Richard Malanjum")
    d.fig("Three constitutional articles provide the basis", 3,
          "constitutional articles on judicial independence")
    B = "suspended Court of Appeal judge Hamid Sultan Abu Backer"
    d.ev(B, "dismissal", "2021-02", date_end="2021-08")
    d.ev(B, "other", "2019")
    d.ev("came into effect in 2010.", "law_or_decree", "2010")
    d.ev("The inquiry against him took place behind closed doors", "investigation", Y)
    d.ev("After the suspension, Hamid retired.", "other", Y)
    d.ev("There were no reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="negated")

    d.sec("1.f")
    d.ev("The government monitored the internet and threatened to detain", "surveillance",
         Y)
    d.ev("Throughout the year there were numerous instances of police confiscating",
         "other", Y)
    d.ev("In August, NGOs reported that after activists cancelled a planned protest",
         "other", "2021-08", source="NGOs")


PART_BUILDERS = {"exec": executive_summary, "3-4": sections_3_4, "1": section_1}


def malaysia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2021_malaysia", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_malaysia": malaysia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
