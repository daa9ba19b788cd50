"""Build the hand-made DEV gold file for Honduras 2020 (a page of the public collection).

``2020_honduras.jsonl`` annotates ``html/2020/honduras.html`` of the public collection of
state.gov pages (InsideClimateNews/2025-08-state-department-human-rights), checked out next to
the repository as ``../collection/html/2020/honduras.html`` by ``scripts/collection.sh``: the
2020 edition, classic seven-section layout. Split ``dev`` (the team may tune on it), annotated
with the method of ``build_whole_gold_botswana2022.py`` (``CollectionDevDoc`` of
``collection_gold.py``): every record below was decided by hand, reading the report sentence by
sentence before the system was ever run on it; the script only turns the decisions into offsets
(into the text ``rightsledger.read.read_path`` gives), each anchor occurring once in the
document. The scope line lists in ``"ranges"`` exactly the section groups annotated whole
(``DONE``). The output holds offsets, names and values but no report text.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_honduras2020.py
    PYTHONPATH=src .venv/bin/python tests/gold/shared/build_whole_gold_honduras2020.py --show

Decisions where docs/EVALUATION.md is silent are written down in docs/gold/2020_honduras.md.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_shared_gold  # noqa: E402
from build_whole_gold_dev import seven_section_parts  # noqa: E402
from collection_gold import CollectionDevDoc, assemble  # noqa: E402

FILE = "html/2020/honduras.html"
Y = "2020"

#: the section groups of the page, and those annotated whole so far (in annotation order)
ALL_PARTS = seven_section_parts("Section 5. Governmental Attitude Regarding International")
DONE = ["exec", "1", "2", "3-4", "5-7"]

HN = "Honduras"
HNP = "Honduran National Police"
PM = "Public Ministry"
JOH = "Juan Orlando Hernandez"
NP = "National Party"
DIDADPOL = "Directorate of Disciplinary Police Affairs"
IGAF = "Office of the Inspector General of the Armed Forces"
HLD = "Humanitarian Law Directorate"
COFADEH = "Committee of Relatives of the Disappeared in Honduras"
CONAPREV = ("National Committee for the Prevention of Torture, Cruel, Inhuman, or Degrading "
            "Treatment")
SHR = "Secretariat of Human Rights"
INP = "National Prison Institute"
CASTILLO = "Roberto David Castillo Mejia"
EVELYN = "Evelyn Johana Castillo"
OHCHR = "Office of the UN High Commissioner for Human Rights"
IACHR = "Inter-American Commission on Human Rights"
CONADEH = "National Human Rights Commission of Honduras"
UNHCR = "Office of the UN High Commissioner for Refugees"
SCJ = "Supreme Court of Justice"
MACCIH = "Mission to Support the Fight against Corruption and Impunity in Honduras"
OAS = "Organization of American States"
NC = "National Congress"
VO = "Autonomous University of Honduras Violence Observatory"
STSS = "Secretariat of Labor and Social Security"
REPORTS = ("International Religious Freedom Report", "Trafficking in Persons Report",
           "Findings on the Worst Forms of Child Labor",
           "List of Goods Produced by Child Labor or Forced Labor",
           "Annual Report on International Parental Child Abduction")


def common(d: CollectionDevDoc) -> None:
    d.ent("place", HN)


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    common(d)
    d.ent("person", JOH, "Hernandez")
    d.ent("organization", NP)
    d.ent("organization", HNP, "HNP", "National Police")
    d.ent("organization", "Secretariat of Security")
    d.ent("organization", "Secretariat of Defense")
    d.ent("organization", "Military Police of Public Order")
    d.ent("organization", "National Interinstitutional Security Force",
          "Interinstitutional Security Force")
    d.ent("organization", "National Intelligence Directorate")
    d.ent("organization", PM)
    d.ent("organization", "National Security and Defense Council")
    d.ent("organization", "Violent Crimes Task Force")
    d.ev("The country last held national and local elections in November 2017.",
         "election_or_referendum", "2017-11")
    # the November 2017 election told again (its result), the term's start a label
    d.ev("Voters elected Juan Orlando Hernandez of the National Party", "election_or_referendum",
         "2017-11")
    # observers' verdict on an election: other, dated by the election it judges
    d.ev("International observers generally recognized the elections as free", "other",
         "2017-11", source="International observers")
    d.ev("Members of the security forces committed some abuses.", "torture_or_abuse", Y)
    d.ev("Significant human rights issues included: unlawful or arbitrary killings", "killing",
         Y)
    d.ev("were significant perpetrators of violent crimes and committed acts of homicide",
         "killing", Y)
    d.ev("The government investigated and prosecuted many of these crimes", "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("1.a")
    d.ent("organization", HNP, "HNP", "National Police")
    d.ent("organization", PM)
    d.ent("organization", NP)
    d.ent("organization", "Ministry of Security")
    d.ent("organization", DIDADPOL, "DIDADPOL")
    d.ent("organization", IGAF)
    d.ent("organization", HLD)
    d.ent("organization", VO, "Violence Observatory")
    d.ent("organization", "Task Force Maya Chorti")
    d.ent("organization", "La Grecia")
    d.ent("organization", "MS-13")
    d.ent("organization", "18th Street gang")
    d.ent("person", "Josue Noe Alvarado Giron", "Josue Alvarado")
    d.ent("person", "Marvin Rolando Alvarado Santiago", "Marvin Alvarado")
    d.ent("person", "Oscar Obdulio Licona Ruiz")
    d.ent("person", "Dagoberto Villalta")
    d.ent("person", "Marcial Martinez")
    d.ent("person", "Berta Caceres")
    d.ent("person", CASTILLO, "Castillo")
    d.ent("person", "Iris Argentina Alvarez Chavez", "Alvarez")
    d.ent("place", "Omoa")
    d.ent("place", "Cortes")
    d.ent("place", "Tegucigalpa")
    d.ev("There were several reports that the government or its agents committed arbitrary",
         "killing", Y, polarity="alleged")
    d.ev("investigated members of the Honduran National Police (HNP) accused", "investigation",
         Y)
    d.ev("and the Humanitarian Law Directorate investigated and arrested members of the military",
         "investigation", Y)
    B = "reported 13 arbitrary or unlawful killings by security forces during the year"
    d.fig(B, 13, "unlawful killings by security forces",
          source=VO)
    d.ev(B, "killing", Y, source=VO)
    B = "The Public Ministry reported five such cases undergoing trial"
    d.fig(B, 5, "killing cases undergoing trial", source=PM)
    d.fig(B, 4, "killing cases in the sentencing phase", source=PM)
    d.fig("Five other cases were under investigation.", 5, "killing cases under investigation")
    B = "DIDADPOL conducted internal investigations of HNP members in a continuation"
    d.ev(B, "investigation", Y)
    d.ev(B, "other", "2016")  # the purge begun in 2016, cited in a noun phrase
    B = "On September 16, the Public Ministry filed an indictment against army"
    d.ev(B, "charge", "2020-09-16")
    d.ev(B, "killing", "2020-04-24")  # "for the April 24 murder": the noun's own date
    # the April 24 killing told again about the same persons
    d.ev("Josue Alvarado allegedly shot Marvin Alvarado after a heated discussion", "killing",
         "2020-04-24", polarity="alleged")
    B = "On February 4, media reported unknown assailants shot and killed three National Party"
    d.ev(B, "killing", "2020-01-31", source="media")
    d.ev(B, "killing", "2020-02-04", source="media")
    d.fig(B, 3, "National Party local leaders killed", source="media")
    d.fig(B, 3, "separate incidents", source="media")
    d.ev("allegedly involved in the 2016 killing of environmental and indigenous activist",
         "killing", "2016")
    d.ev("On November 23, the court halted the presentation of evidence hearing", "trial",
         "2020-11-23")
    d.ev("On April 2, a private security guard for the sugar company La Grecia", "killing",
         "2020-04-02")
    d.ev("Police later arrested the guard accused of killing Alvarez.", "detention_or_arrest", Y)
    d.ev("committed killings, extortion, kidnappings, human trafficking, and intimidation of",
         "killing", Y)

    d.sec("1.b")
    d.ev("There were no credible reports of disappearances by or on behalf", "other", Y,
         polarity="negated")

    d.sec("1.c")
    d.ent("organization", PM)
    d.ent("organization", DIDADPOL, "DIDADPOL")
    d.ent("organization", IGAF)
    d.ent("organization", HLD)
    d.ent("organization", COFADEH, "COFADEH")
    d.ent("organization", CONAPREV, "CONAPREV")
    d.ent("organization", CONADEH)
    d.ent("organization", SHR)
    d.ent("organization", INP, "INP")
    d.ent("organization", "18th Street gang")
    d.ent("organization", "MS-13")
    d.ent("organization", OHCHR)
    d.ent("organization", "International Committee of the Red Cross")
    d.ent("place", "El Paraiso")
    d.ent("place", "Tegucigalpa")
    d.not_entity("National Women’s Penitentiary", "National Penitentiary System")
    d.ev("government officials received complaints and investigated alleged abuses",
         "investigation", Y)
    B = "reported 28 cases of alleged torture by security forces through September"
    d.fig(B, 28, "alleged torture cases (security forces)", source=COFADEH)
    d.fig(B, 3, "torture reports received by the Public Ministry", source=PM)
    d.ev(B, "torture_or_abuse", Y, polarity="alleged", source=COFADEH)
    d.fig("received 210 complaints of the use of torture", 210,
          "complaints of torture or cruel treatment received", source="CONAPREV")
    d.ev("COFADEH reported police beat and smeared a tear gas-covered cloth", "torture_or_abuse",
         "2020-04", source=COFADEH)
    d.ev("DIDADPOL investigated abuses by police forces.", "investigation", Y)
    d.ev("Humanitarian Law Directorate investigated abuses by the military.", "investigation", Y)
    # training given, in the simple past (campaigns; Settled 2026-12-08)
    d.ev("The Secretariat of Human Rights provided training to security forces", "other", Y)
    B = "Through September the secretariat trained 2,764 law enforcement officials"
    d.ev(B, "other", Y)
    d.fig(B, 2764, "law enforcement officials trained in human rights")
    B = "as of September 2, the total prison population was 21,675"
    d.fig(B, 21675, "prison population", source=SHR)
    d.fig(B, 25, "prisons", source=SHR)
    d.fig(B, 3, "detention centers", source=SHR)
    d.fig("the system had a designed capacity for approximately 10,600 inmates", 10600,
          "designed prison capacity", "approximately", source=SHR)
    B = "The National Prison Institute (INP) reported 12 violent deaths."
    d.fig(B, 12, "violent deaths in prisons", source=INP)
    d.ev(B, "killing", Y, source=INP)
    B = "On June 11, alleged members of the 18th Street gang in the National"
    d.ev(B, "killing", "2020-06-11")
    d.fig(B, 6, "alleged MS-13 members killed")
    B = "pretrial detention centers held 79 individuals"
    d.fig(B, 3, "pretrial detention centers", source=SHR)
    d.fig(B, 79, "individuals held in pretrial detention centers", source=SHR)
    d.ev("Media reported prison riots and violent confrontations between gang members",
         "attack_or_threat", Y, source="media")
    d.ev("the government declared an emergency in the National Penitentiary System",
         "law_or_decree", "2019-12")
    d.ent("organization", "Interinstitutional Force")
    # the decree of December 2019 doing what its adoption did (continues the dated occurrence)
    d.ev("The emergency decree instituted the Interinstitutional Force", "law_or_decree",
         "2019-12")
    d.fig("as of September the INP reported 153 prisoners were being treated", 153,
          "prisoners treated for tuberculosis", source=INP)
    B = "reported 1,695 cases of COVID-19 in 25 prisons as of September"
    d.fig(B, 1695, "COVID-19 cases in prisons", source=OHCHR)
    d.fig(B, 25, "prisons with COVID-19 cases", source=OHCHR)
    B = "CONAPREV reported 27 prisoner deaths due to COVID-19 through August."
    d.fig(B, 27, "prisoner deaths due to COVID-19", source="CONAPREV")
    d.ev(B, "death_in_custody", Y, source="CONAPREV")
    d.fig("functioning health clinic with at least one medical professional", 1,
          "medical professionals per prison clinic", "at least", source="CONAPREV")
    B = "CONAPREV conducted more than 84 visits to adult prisons"
    d.ev(B, "other", Y)
    d.fig(B, 84, "visits to adult prisons", "more than")
    B = "Through August, CONAPREV trained 494 technical"
    d.ev(B, "other", Y)
    d.fig(B, 494, "prison personnel trained")

    d.sec("1.d")
    d.ent("organization", IACHR, "IACHR")
    d.ent("organization", "Peace Brigades International", "PBI")
    d.ent("organization", "Human Rights Board")
    d.ent("organization", "Center for the Investigation and Promotion of Human Rights")
    d.ent("organization", "Women’s Network of Ojojona")
    d.ent("organization", "National Network of Defenders of Human Rights")
    d.ent("organization", PM)
    d.ent("person", EVELYN, "Castillo")
    d.reassign("Castillo", CASTILLO, EVELYN, "According to the Center for the Investigation",
               "Pretrial Detention:")
    d.prov("bring detainees before a competent judicial authority within 24 hours",
           "time_limit", 24, "hours", "within 24 hours", "detainee before a judge")
    B = "It stipulates that a prosecutor has 24 additional hours to decide"
    d.prov(B, "time_limit", 24, "hours", "24 additional hours", "prosecutor's decision")
    d.prov(B, "time_limit", 24, "hours", "24 more hours", "temporary detention order")
    d.prov("Such an order may be effective for up to six days", "time_limit", 6, "days",
           "up to six days", "temporary detention order")
    d.prov("Persons suspected of any of 22 specific felonies must remain in custody",
           "threshold", 22, "felonies", "any of 22 specific felonies", "mandatory custody")
    d.ev("Some judges, however, ruled that such suspects may be released", "other", Y)
    d.ev("the government instituted a national curfew, suspending constitutional provisions",
         "law_or_decree", Y)
    B = "reported more than 34,000 persons were detained for violating the curfew"
    d.ev(B, "detention_or_arrest", Y, source="Peace Brigades International")
    d.fig(B, 34000, "persons detained for violating the curfew", "more than",
          source="Peace Brigades International")
    d.ev("The Human Rights Board condemned some of these arrests as arbitrary", "other", Y)
    d.ev("on March 24, police arbitrarily detained Evelyn Johana Castillo", "detention_or_arrest",
         "2020-03-24", source="Center for the Investigation and Promotion of Human Rights")
    d.ev("a police officer arrested her for violating the curfew", "detention_or_arrest",
         "2020-03-24")
    B = "The Public Ministry reported 15 cases of alleged illegal detention"
    d.ev(B, "detention_or_arrest", Y, polarity="alleged", source=PM)
    d.fig(B, 15, "alleged illegal detention or arrest cases", source=PM)
    B = "For crimes with minimum sentences of six years’ imprisonment"
    d.prov(B, "threshold", 6, "years", "six years’ imprisonment",
           "pretrial detention")
    d.prov(B, "time_limit", 2, "years", "up to two years", "pretrial detention")
    d.prov("The prosecution may request an additional six-month extension", "time_limit", 6,
           "months", "an additional six-month extension", "pretrial detention extension")
    d.prov("does not authorize pretrial detention for crimes with a maximum sentence of five",
           "threshold", 5, "years", "five years or less",
           "pretrial detention")

    d.sec("1.e")
    d.ent("organization", SCJ, "Supreme Court")
    d.ev("the Supreme Court significantly raised salaries during the year", "other", Y)
    d.ev("There were no credible reports of political prisoners or detainees.",
         "detention_or_arrest", Y, polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("2.a")
    d.ent("organization", HNP, "HNP", "National Police")
    d.ent("organization", "Violent Crimes Task Force")
    d.ent("person", "German Vallecillo")
    d.ent("person", "Jorge Posas")
    d.ent("person", "Ramon David Zelaya Hernandez")
    d.ent("person", "Edward David Zalavarria Galeas")
    d.ent("place", "La Ceiba")
    B = "The government allocated a budget of nearly 12.6 million lempiras"
    d.fig(B, 12600000, "budget of the protection mechanism", "approximately", unit="HNL")
    d.fig(B, 526000, "budget of the protection mechanism", "approximately", unit="USD")
    d.fig("By August it had provided protection to two journalists", 2,
          "journalists given protection")
    d.ev("Violent Crimes Task Force investigated crimes against high-profile", "investigation",
         Y)
    # criminal libel proceedings: none during the year
    d.ev("No cases were reported during the year.", "charge", Y, polarity="negated")
    d.ev("reported threats from members of organized-crime groups", "attack_or_threat", Y,
         source="journalists and members of civil society")
    d.ev("On July 1, unknown assailants on a motorcycle shot and killed", "killing",
         "2020-07-01")
    B = "Police arrested Ramon David Zelaya Hernandez on July 4"
    d.ev(B, "detention_or_arrest", "2020-07-04")
    d.ev(B, "detention_or_arrest", "2020-07-06")
    d.fig(B, 2, "main suspects arrested")
    d.ev("there were no credible reports that the government monitored private online",
         "surveillance", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", IACHR, "IACHR")
    d.ent("organization", COFADEH, "COFADEH")
    d.ent("organization", "Peace Brigades International", "PBI")
    d.ent("organization", DIDADPOL, "DIDADPOL")
    d.ent("place", "Tela")
    d.ent("place", "Atlantida Department")
    d.ev("alleged that members of the security forces used excessive force to break up",
         "attack_or_threat", Y, polarity="alleged",
         source="civil society organizations")
    d.fig("COFADEH reported 11,471 complaints of arbitrary actions", 11471,
          "complaints of arbitrary actions by security forces in April", source=COFADEH)
    B = "The PBI reported an incident on April 23 near Tela"
    d.ev(B, "attack_or_threat", "2020-04-23", polarity="alleged",
         source="Peace Brigades International")
    d.fig(B, 2, "individuals injured", source="Peace Brigades International")
    B = "On May 5, the DIDADPOL director noted his office had not received"
    d.ev(B, "other", "2020-05-05", source=DIDADPOL)
    d.fig(B, 2, "police reports of the incident", source=DIDADPOL)
    d.prov("prescribes prison terms of two to four years and a moderate fine", "penalty", 2,
           "years", "prison terms of two to four years", "illicit meeting or demonstration",
           value_end=4)
    d.ev("There were no reports of such cases during the year, although authorities charged",
         "charge", Y, polarity="negated")

    d.sec("2.c")
    d.ent("organization", "Department of State")
    d.not_entity(*REPORTS)

    d.sec("2.d")
    # the curfew running from March 16 takes that date (occurrences running "since" a date)
    d.ev("Under the national curfew from March 16, the government limited", "law_or_decree",
         "2020-03-16")
    d.ev("Starting November 9, the government temporarily suspended the curfew",
         "law_or_decree", "2020-11-09")

    d.sec("2.e")
    d.ent("organization", "Internal Displacement Monitoring Center")
    d.ent("organization",
          "Interinstitutional Commission for the Protection of Persons Displaced by Violence")
    d.ent("organization",
          "Directorate for the Protection of Persons Internally Displaced by Violence")
    d.ent("organization", SHR)
    d.ent("organization", UNHCR, "UNHCR")
    d.not_entity("Regional Integral Framework for Protection and Solutions")
    B = "In 2019 the Internal Displacement Monitoring Center NGO estimated"
    d.ev(B, "report_published", "2019", source="Internal Displacement Monitoring Center")
    d.fig(B, 247000, "internally displaced persons", "approximately",
          source="Internal Displacement Monitoring Center")
    d.ev("created the Directorate for the Protection of Persons Internally Displaced", "other",
         Y)
    B = "through 14 commitments and 28 specific actions between 2018 and 2020"
    d.fig(B, 14, "commitments under the regional framework")
    d.fig(B, 28, "specific actions under the regional framework")

    d.sec("2.f")
    d.ent("organization", UNHCR, "UNHCR")
    d.ent("organization", "Refugee Commission")
    d.ent("organization", "National Migration Institute")
    B = "with no cases fully adjudicated of 53 new applications received through August"
    d.ev(B, "asylum_or_citizenship_decision", Y, polarity="negated")
    d.fig(B, 53, "new asylum applications received")
    B = "The Refugee Commission suspended operations shortly after the onset"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2020-06")
    d.ev("had not resumed this function as of October", "asylum_or_citizenship_decision", Y,
         polarity="negated")


# =========================================================================================
# Sections 3 and 4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("3")
    d.ent("person", JOH, "Hernandez")
    d.ent("person", "Salvador Nasralla")
    d.ent("organization", NP)
    d.ent("organization", OAS, "OAS")
    d.ent("organization", "EU")
    d.ent("organization", NC)
    B = "In December 2017 Juan Orlando Hernandez of the National Party was declared"
    d.ev(B, "election_or_referendum", "2017-12")
    d.ev(B, "election_or_referendum", "2017-11")  # "in the November elections"
    # observers' verdicts on the November 2017 election: other, dated by the election
    d.ev("International observers generally agreed the elections were free", "other", "2017-11",
         source="International observers")
    d.ev("observer teams agreed the margin of victory separating incumbent", "other", "2017-11",
         source=OAS)
    B = "The OAS mission found that the 1.5 percent margin of victory"
    d.ev(B, "other", "2017-11", source=OAS)
    d.fig(B, 1.5, "margin of victory", unit="percent", source=OAS)
    d.ev("The EU mission agreed there were serious irregularities", "other", "2017-11",
         source="EU")
    d.ev("NGOs reported irregularities, including problems with voter rolls", "other", "2017-11",
         source="NGOs")
    B = "Women held 21 percent of seats in the National Congress"
    d.fig(B, 21, "seats in the National Congress held by women", unit="percent")
    d.fig(B, 26, "seats held by women before the 2017 elections", unit="percent")
    d.ev(B, "election_or_referendum", "2017")  # "prior to the 2017 elections"
    B = "only 7 percent of elected mayors were women"
    d.fig(B, 7, "elected mayors who were women", unit="percent")
    d.fig(B, 76, "elected vice mayors who were women", unit="percent")

    d.sec("4")
    d.ent("person", "Rosa Elena Bonilla de Lobo")
    d.ent("person", "Porfirio Lobo")
    d.ent("person", "Jacobo Regalado")
    d.ent("person", "Marco Antonio Bogran Corrales", "Bogran")
    d.ent("person", "Gabriel Rubi")
    d.ent("organization", OAS, "OAS")
    d.ent("organization", MACCIH, "MACCIH")
    d.ent("organization", PM)
    d.ent("organization", "Special Prosecution Unit against Corruption Networks")
    d.ent("organization", SCJ, "Supreme Court")
    d.ent("organization", "National Anticorruption Council")
    d.ent("organization", "Invest-H")
    d.ent("organization", "Supreme Auditing Tribunal")
    d.not_entity("Corruption in the Times of COVID-19")
    d.ev("There were numerous reports of government corruption during the year.", "other", Y,
         polarity="alleged")
    d.ev("The government took steps to address corruption at high levels",
         "detention_or_arrest", Y)
    B = "the government and the OAS did not reach an agreement to maintain"
    d.ev(B, "other", Y, polarity="negated")
    d.ev(B, "other", "2020-01")  # the mandate expired in January
    d.ev("The Public Ministry created a new anticorruption unit", "other", Y)
    B = "On March 13, the Supreme Court of Justice ordered a new trial"
    d.ev(B, "trial", "2020-03-13")
    d.ev(B, "conviction_or_sentence", "2019-08")
    d.pen("prison", 58, "years", "sentenced to 58 years in prison")
    d.ev("ordered her release from pretrial detention on July 23", "release", "2020-07-23")
    d.ev("As of September no new trial date had been set.", "trial", Y, polarity="negated")
    B = "On August 5, an appeals court dismissed charges against 22 defendants"
    d.ev(B, "acquittal", "2020-08-05")
    d.ev(B, "other", "2013", polarity="alleged")  # "a 2013 scheme that allegedly funneled"
    d.fig(B, 22, "defendants whose charges were dismissed")
    d.fig(B, 289400000, "agricultural funds allegedly funneled", unit="HNL")
    d.fig(B, 12000000, "agricultural funds allegedly funneled", unit="USD")
    # the rest of the August 5 ruling
    B = "The appeals court ruled the cases of former agriculture minister"
    d.ev(B, "other", "2020-08-05")
    d.fig(B, 3, "staff members whose cases proceed to trial")
    d.ev("During the year the National Anticorruption Council reported numerous",
         "report_published", Y, source="National Anticorruption Council")
    B = "The council presented 11 reports in a series called"
    d.ev(B, "report_published", Y, source="National Anticorruption Council")
    d.fig(B, 11, "reports presented by the National Anticorruption Council")
    B = "The reports alleged illicit gains of more than 1.64 billion lempiras"
    d.ev(B, "other", Y, polarity="alleged", source="National Anticorruption Council")
    d.fig(B, 1640000000, "alleged illicit gains in medical purchases", "more than", unit="HNL",
          source="National Anticorruption Council")
    d.fig(B, 68000000, "alleged illicit gains in medical purchases", "more than", unit="USD",
          source="National Anticorruption Council")
    B = "purchased seven mobile hospitals for 1.13 billion lempiras"
    d.ev(B, "other", Y)
    d.fig(B, 7, "mobile hospitals purchased")
    d.fig(B, 1130000000, "price of the mobile hospitals", unit="HNL")
    d.fig(B, 47000000, "price of the mobile hospitals", unit="USD")
    d.fig(B, 289400000, "paid above the manufacturer's price", "more than", unit="HNL")
    d.fig(B, 12000000, "paid above the manufacturer's price", "more than", unit="USD")
    B = "resigned from his position in July and was indicted in October"
    d.ev(B, "other", "2020-07")  # a resignation
    d.ev(B, "charge", "2020-10")
    d.fig(B, 2, "corruption charges")
    d.fig(B, 1300000, "public funds allegedly embezzled", "approximately", unit="HNL")
    d.fig(B, 54000, "public funds allegedly embezzled", "approximately", unit="USD")
    B = "Authorities arrested Bogran on October 5 and released him on October 8"
    d.ev(B, "detention_or_arrest", "2020-10-05")
    d.ev(B, "release", "2020-10-08")
    d.ev("was removed from his position in April", "dismissal", "2020-04")
    d.ev("The tribunal published its reports on its website", "report_published", Y)


# =========================================================================================
# Sections 5 to 7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    common(d)
    d.sec("5")
    d.ent("person", "Roberto Herrera Caceres")
    d.ent("organization", SHR)
    d.ent("organization", PM)
    d.ent("organization", "Office of the Special Prosecutor for Human Rights")
    d.ent("organization", "Special Prosecutor’s Office for the Protection of Human Rights "
          "Defenders, Journalists, Social Communicators, and Justice Officials")
    d.ent("organization", "Human Rights Committee")
    d.ent("organization", NC)
    d.not_entity("Ministries of Security and Defense")
    # a standing function with a taxonomy verb: a summary statement of the year (N3)
    d.ev("served as an ombudsman and investigated complaints of human rights abuses",
         "investigation", Y)

    d.sec("6")
    d.ent("organization", VO, "Violence Observatory")
    d.ent("organization", SHR)
    d.ent("organization", "National Emergency System")
    d.ent("organization", PM)
    d.ent("organization", HNP, "HNP", "National Police")
    d.ent("organization", "Secretariat of Health")
    d.ent("organization", "UN Development Program")
    d.ent("organization", "Guttmacher Institute")
    d.ent("organization", "World Bank")
    d.ent("organization", "UNICEF")
    d.ent("organization", "Department of State")
    d.ent("organization", "Office for Persons with Disabilities")
    d.ent("organization", "Ministry of Development and Social Inclusion")
    d.ent("organization", "National Center for Social Sector Information")
    d.ent("organization", IACHR, "IACHR")
    d.ent("organization", "Association for a Better Life")
    d.ent("organization", "Cattrachas Lesbian Network")
    d.ent("organization", "Rainbow Dolls")
    d.ent("organization", "Peace Brigades International", "PBI")
    d.ent("person", "Vicente Saavedra")
    d.ent("person", "Antonio Bernardez", "Bernardez")
    d.ent("person", "Scarleth Campbell", "Campbell")
    d.ent("place", "Tegucigalpa")
    d.ent("place", "San Pedro Sula")
    d.ent("place", "Morazan")
    d.ent("place", "Yoro Department")
    d.ent("place", "Punta Piedra")
    d.ent("place", "Triunfo de la Cruz")
    d.ent("place", "Gracias a Dios Department")
    d.not_entity(*REPORTS, "Hague Convention on the Civil Aspects of International Child Abduction")
    d.prov("The penalties for rape range from three to nine years", "penalty", 3, "years",
           "from three to nine years’ imprisonment", "rape", value_end=9)
    B = "The Violence Observatory reported 55 killings of women from March 15 to June 6"
    d.ev(B, "killing", "2020-03-15", date_end="2020-06-06", source=VO)
    d.ev(B, "killing", "2019-03-15", date_end="2019-06-06", precision="day",
         source=VO)  # "for the same period in 2019"
    d.fig(B, 55, "killings of women, March 15 to June 6", source=VO)
    d.fig(B, 102, "killings of women in the same period of 2019", source=VO)
    d.fig("on pace for more than 100,000 reports of domestic violence", 100000,
          "projected reports of domestic violence", "more than")
    d.prov("provides penalties of up to four years in prison for domestic violence", "penalty",
           4, "years", "up to four years in prison", "domestic violence")
    d.prov("a sentence of one to three months of community service", "penalty", 1, "months",
           "one to three months", "domestic violence, first offense",
           value_end=3)
    d.prov("Abusers caught in the act may be detained for up to 24 hours", "time_limit", 24,
           "hours", "up to 24 hours", "preventive detention of abusers")
    d.prov("The law provides a maximum sentence of three years in prison for disobeying",
           "penalty", 3, "years", "three years in prison",
           "disobeying a restraining order")
    d.fig("including 90 percent for killings of women in the last 15 years", 90,
          "impunity for killings of women", unit="percent", source=VO)
    d.fig("These reporting centers were in addition to the 298 government-operated", 298,
          "government-operated women's offices")
    d.prov("Violators face penalties of one to three years in prison", "penalty", 1, "years",
           "one to three years in prison", "sexual harassment", value_end=3)
    d.fig("Although 74 percent of births were attended by skilled", 74,
          "births attended by skilled personnel", unit="percent")
    d.fig("The Guttmacher Institute reported 78 percent of women", 78,
          "women with family planning need met by modern methods", unit="percent",
          source="Guttmacher Institute")
    B = "The World Bank reported in 2018 that the adolescent birth rate"
    d.ev(B, "report_published", "2018", source="World Bank")
    d.fig(B, 72, "births per 1,000 girls aged 15-19", source="World Bank")
    d.ev("There were no reports of coerced abortion or involuntary sterilization", "other", Y,
         polarity="negated")
    d.prov("The law establishes prison sentences of up to three years for child abuse",
           "penalty", 3, "years", "up to three years", "child abuse")
    B = "As of June the Violence Observatory reported killings of 71 persons"
    d.ev(B, "killing", Y, source=VO)
    d.fig(B, 71, "persons younger than 18 killed", source=VO)
    d.prov("The minimum legal age of marriage for both boys and girls is 18", "threshold", 18,
           "age", "18", "marriage")
    B = "According to UNICEF, 8 percent of children were married before age 15"
    d.fig(B, 8, "children married before 15", unit="percent", source="UNICEF")
    d.fig(B, 34, "children married before 18", unit="percent", source="UNICEF")
    d.prov("The legal age of consent is 18.", "threshold", 18, "age", "18", "consent")
    B = "the penalty for rape of a minor younger than 12 is 15"
    d.prov(B, "threshold", 12, "age", "younger than 12", "rape of a minor")
    d.prov(B, "penalty", 15, "years", "15 to 20 years in prison", "rape of a minor under 12",
           value_end=20)
    d.prov(B, "penalty", 9, "years", "nine to 13 years in prison", "rape of a minor 13 or older",
           value_end=13)
    d.prov(B, "threshold", 13, "age", "13 or older", "rape of a minor")
    d.prov("Penalties for facilitating child sex trafficking are 10 to 15 years", "penalty", 10,
           "years", "10 to 15 years in prison", "facilitating child sex trafficking",
           value_end=15)
    d.prov("The law prohibits the use of children younger than 18 for exhibitions", "threshold",
           18, "age", "younger than 18", "sexual exhibitions and pornography")
    d.fig("The Jewish community numbered approximately 275 members.", 275,
          "members of the Jewish community", "approximately")
    d.ev("There were no reports of anti-Semitic acts.", "attack_or_threat", Y,
         polarity="negated")
    d.fig("World Bank statistics put net enrollment for primary school above 90", 90,
          "net primary school enrollment", "more than", unit="percent", source="World Bank")
    d.fig("stated that 43 percent of persons with disabilities received no formal", 43,
          "persons with disabilities without formal education", unit="percent",
          source="National Center for Social Sector Information")
    B = "In the 2013 census, approximately 8.5 percent of the population"
    d.ev(B, "report_published", "2013")
    d.fig(B, 8.5, "population identifying as indigenous", "approximately", unit="percent")
    d.ev("On January 10, unknown assailants shot and killed Tolupan", "killing", "2020-01-10")
    # a body found: other (Settled 2026-12-08), the sentence does not say he was killed
    d.ev("On June 19, Garifuna leader Antonio Bernardez was found dead", "other", "2020-06-19")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    d.ev("six days after his disappearance", "other", "2020-06-13")
    d.ev("Police were investigating the killings.", "investigation", Y)
    B = "On July 18, heavily armed men kidnapped five men from their homes"
    d.ev(B, "other", "2020-07-18")
    d.fig(B, 5, "men kidnapped")
    B = "Authorities launched an investigation and made one arrest in connection"
    d.ev(B, "investigation", "2020-07")
    d.ev(B, "detention_or_arrest", "2020-09")
    d.fig(B, 1, "arrests in July")
    d.fig(B, 5, "arrests in September")
    B = "both reported 16 violent deaths of LGBTI persons as of September"
    d.ev(B, "killing", Y, source="Association for a Better Life")
    d.fig(B, 16, "violent deaths of LGBTI persons", source="Association for a Better Life")
    d.ev("On July 10, unidentified assailants shot and killed transgender activist", "killing",
         "2020-07-10")
    B = "of the 317 reported cases from 2009 through 2019 of hate crimes"
    d.ev(B, "attack_or_threat", "2009", date_end="2019", source=VO)
    d.fig(B, 317, "reported hate crime cases against LGBTI persons, 2009-2019", source=VO)
    d.fig(B, 92, "hate crime cases unpunished", unit="percent", source=VO)
    B = "the PBI cited three alleged incidents where security forces degraded"
    d.ev(B, "torture_or_abuse", Y, polarity="alleged", source="Peace Brigades International")
    d.fig(B, 3, "alleged incidents of degrading transgender women",
          source="Peace Brigades International")
    d.fig(B, 1, "individuals struck", "at least", source="Peace Brigades International")

    d.sec("7")
    d.ent("organization", STSS, "STSS", "Secretariat of Labor")
    d.ent("organization", SHR)
    d.ent("organization", "Department of State")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Federation of Agroindustry Workers’ Unions")
    d.ent("place", "Tegucigalpa")
    d.ent("place", "San Pedro Sula")
    d.not_entity(*REPORTS)
    d.prov("requiring that a recognized trade union represent at least 30 workers",
           "threshold", 30, "workers", "at least 30 workers", "union recognition")
    d.prov("requires that a two-thirds majority of both union and nonunion", "threshold", 2 / 3,
           None, "a two-thirds majority", "strike approval")
    d.prov("if more than one union exists at a company, the employer must negotiate",
           "threshold", 1, "unions", "more than one union", "bargaining with the largest union")
    d.ev("passage of a comprehensive labor inspection law in 2017", "law_or_decree", "2017")
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    # (2017 + "nearly two years")
    d.ev("the STSS released implementing regulations", "law_or_decree", "2019")
    B = "In all of 2019, the STSS levied fines of more than 38.1 million"
    d.ev(B, "other", "2019")
    d.fig(B, 38100000, "labor fines levied in 2019", "more than", unit="HNL")
    d.fig(B, 1580000, "labor fines levied in 2019", "more than", unit="USD")
    d.fig(B, 755000, "labor fines collected in 2019", unit="HNL")
    d.fig(B, 31300, "labor fines collected in 2019", unit="USD")
    d.ev("such as the reinstatement of a union leader in Tegucigalpa", "other", Y)
    d.prov("Penalties for forced labor under antitrafficking law range from 10 to 15",
           "penalty", 10, "years", "from 10 to 15 years’ imprisonment", "forced labor",
           value_end=15)
    B = "The law requiring prisoners to work at least five hours a day"
    d.ev(B, "law_or_decree", "2016")
    d.prov(B, "requirement", 5, "hours", "at least five hours a day", "prison work")
    d.prov(B, "requirement", 6, "days", "six days a week", "prison work")
    d.prov("sets the minimum age for employment at age 14", "threshold", 14, "age", "age 14",
           "minimum age for employment")
    d.prov("regulates the hours and types of work that minors younger than 18", "threshold",
           18, "age", "younger than 18", "regulated work of minors")
    d.prov("By law all minors between the ages of 14 and 18 in most industries", "threshold",
           14, "age", "between the ages of 14 and 18", "work permission", value_end=18)
    B = "The STSS approved 43 such authorizations through September."
    d.ev(B, "other", Y)
    d.fig(B, 43, "child work authorizations approved")
    B = "children between 14 and 16 may work a maximum of four hours a day"
    d.prov(B, "threshold", 14, "age", "between 14 and 16", "working hours of minors",
           value_end=16)
    d.prov(B, "prohibition", 4, "hours", "a maximum of four hours a day",
           "working hours of minors 14-16")
    d.prov(B, "threshold", 16, "age", "between 16 and 18", "working hours of minors",
           value_end=18)
    d.prov(B, "prohibition", 6, "hours", "up to six hours a day",
           "working hours of minors 16-18")
    B = "The law prohibits night work and overtime for minors younger than 18"
    d.prov(B, "threshold", 18, "age", "younger than 18", "night work and overtime")
    d.prov(B, "threshold", 16, "age", "between the ages of 16 to 18", "evening work permission",
           value_end=18)
    d.prov("employ more than 20 school-age children at their facilities", "threshold", 20,
           "children", "more than 20 school-age children", "school at the workplace")
    d.prov("The law also imposes prison sentences of three to five years for child labor",
           "penalty", 3, "years", "three to five years", "child labor endangering a child",
           value_end=5)
    B = "The STSS completed 13 inspections as of March"
    d.ev(B, "other", Y)
    d.fig(B, 13, "child labor inspections")
    d.ev("Due to pandemic restrictions imposed in March", "law_or_decree", "2020-03")
    d.fig("ranged from 370,000 to 510,000", 370000, "children younger than 18 in the workforce",
          value_end=510000)
    d.prov("Penalties include prison sentences of up to five years and monetary fines.",
           "penalty", 5, "years", "up to five years", "employment discrimination")
    d.ev("There were no reports of this law being used to limit women", "other", Y,
         polarity="negated")
    d.fig("There are 42 categories of monthly minimum wages", 42,
          "categories of monthly minimum wages")
    B = "prescribes a maximum eight-hour shift per day for most workers"
    d.prov(B, "prohibition", 8, "hours", "a maximum eight-hour shift per day", "daily shift")
    d.prov(B, "prohibition", 44, "hours", "a 44-hour workweek", "workweek")
    d.prov(B, "right", 24, "hours", "at least one 24-hour rest period", "weekly rest")
    d.prov(B, "right", 6, "days", "for every six days of work", "weekly rest")
    B = "limits overtime to four hours a day for a maximum workday of 12 hours"
    d.prov(B, "prohibition", 4, "hours", "four hours a day", "overtime")
    d.prov(B, "prohibition", 12, "hours", "a maximum workday of 12 hours", "workday")
    d.fig("with fewer than 1 percent of agricultural workers receiving", 1,
          "farm workers paid the minimum wage", "fewer than", unit="percent")
    B = "workers were frequently forced to work more than 60 hours per week"
    d.fig(B, 60, "weekly hours worked in security and domestic service", "more than",
          unit="hours")
    d.fig(B, 44, "weekly hours paid", unit="hours")
    d.ev("Inspectors suspended inspections in March under the national curfew", "other",
         "2020-03")
    d.ev("Inspectors began undergoing virtual training in new technology in March", "other",
         "2020-03")
    B = "As of September inspectors conducted 4,102 total inspections"
    d.ev(B, "other", Y)
    d.ev(B, "other", "2019")  # "for the same time period in 2019"
    d.fig(B, 4102, "labor inspections")
    d.fig(B, 268, "unannounced labor inspections")
    d.fig(B, 14039, "labor inspections in the same period of 2019")
    d.ev("Health-care workers protested the lack of adequate protective equipment", "protest",
         Y)
    d.ev("reported massive layoffs and cancelation of contracts in the maquila", "dismissal",
         Y, source="Federation of Agroindustry Workers’ Unions")


PART_BUILDERS = {"exec": executive_summary, "1": section_1, "2": section_2,
                 "3-4": sections_3_4, "5-7": sections_5_7}


def honduras2020() -> CollectionDevDoc:
    return assemble(CollectionDevDoc, "2020_honduras", FILE, 2020, ALL_PARTS, DONE,
                    PART_BUILDERS)


DOCS = {"2020_honduras": honduras2020}


if __name__ == "__main__":
    build_shared_gold.main(sys.argv[1:], DOCS)
