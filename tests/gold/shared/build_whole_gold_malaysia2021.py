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
DONE = ["exec", "3-4"]

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


PART_BUILDERS = {"exec": executive_summary, "3-4": sections_3_4}


def malaysia() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2021_malaysia", FILE, 2021, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2021_malaysia": malaysia}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
