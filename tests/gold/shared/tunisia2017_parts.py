"""Sections 5-7, 2 and 3-4 of the hand-made DEV gold of Tunisia 2017 (a page of the public
collection), read sentence by sentence before the system was run on it: the decisions, turned into
offsets by ``build_whole_gold_tunisia2017.py`` (which holds the executive summary, Section 1 and
the assembly; split to keep each module small). Notes: docs/gold/2017_tunisia.md.
"""
from __future__ import annotations

from collection_gold import CollectionDevDoc

Y = "2017"


IVD = ("Truth and Dignity Commission", "IVD")
INPT = ("Independent National Authority for the Prevention of Torture", "INPT")
MOSA = "Ministry of Social Affairs"
MWFC = "Ministry of Women, Family, and Childhood"
UGTT = ("Tunisian General Labor Union", "UGTT")
UTICA = ("Tunisian Union for Industry, Commerce, and Handicrafts", "UTICA")
HRW = ("Human Rights Watch", "HRW")
AI = ("Amnesty International", "AI")
FTDES = ("Tunisian Forum for Social and Economic Rights", "FTDES")
ODL = ("Observatory of Rights and Freedoms of Tunisia", "ODL")
ESSEBSI = ("Beji Caid Essebsi", "Caid Essebsi")
OHCHR = ("UN Office of the High Commissioner for Human Rights", "OHCHR",
         "Office of the UN High Commissioner for Human Rights")
INLUCC = ("National Commission to Combat Corruption", "INLUCC")

# =========================================================================================
# Sections 5-7
# =========================================================================================
def sections_5_7(d: CollectionDevDoc) -> None:
    d.sec("5")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "President’s Office")
    d.ent("organization", "High Committee for Human Rights and Fundamental Freedoms")
    d.ent("organization",
          "Ministry of Relations with Constitutional Bodies, Civil Society, and Human Rights")
    d.ent("organization", "UN Human Rights Council")
    d.ent("organization", *IVD)
    d.ent("organization", "Ministry of Finance")
    d.ent("organization", *INPT)
    d.not_entity("UPR")
    ivd = "The Truth and Dignity Commission (IVD) was established in 2014"
    d.ev(ivd, "other", "2014")
    d.ev(ivd, "other", "2016")
    upr = "The IVD received 62,326 complaints and petitions, according to the 2017 UPR."
    d.ev(upr, "report_published", "2017")
    d.fig(upr, 62326, "complaints and petitions received by the IVD", source="2017 UPR")
    hear = "Of these cases, the IVD held 13,165 hearings for victims"
    d.ev(hear, "other", "2016-11", date_end="2017-01")
    d.fig(hear, 13165, "hearings held by the IVD")
    d.fig(hear, 6, "public hearings broadcast")
    d.fig("As of October it processed approximately 45,000 cases.", 45000,
          "cases processed by the IVD", "approximately")
    d.ev("it noted the Ministry of Finance approved its budget", "law_or_decree", Y,
         source="Truth and Dignity Commission")
    d.ev("The government established the INPT in 2013 to respond", "other", "2013")

    d.sec("6")
    d.ent("organization", "Council of Peers")
    d.ent("organization", MWFC)
    d.ent("place", "Sousse")
    d.ent("place", "Sfax")
    d.ent("place", "Tunis")
    d.ent("organization", MOSA)
    d.ent("organization", "Department of State")
    d.ent("place", "Djerba")
    d.ent("organization", "Shams")
    d.ent("organization", "National Council of the Medical Order")
    d.ent("place", "Tunisia")
    d.ent("organization", *HRW)
    d.ent("person", "Achraf Bouasker")
    d.ent("person", "Sabri Chehdi")
    d.ent("organization", "Euromed")
    d.not_entity("Penal Code", "Napoleonic code",
                 "Hague Convention on the Civil Aspects of International Child Abduction",
                 "Annual Report on International Child Abduction",
                 "Trafficking in Persons Report")
    d.ev("On June 27, parliament unanimously passed a comprehensive law", "law_or_decree",
         "2017-06-27")
    d.prov("provide penalties for assault committed by a spouse or family member", "penalty",
           2, "times", "double those of an unrelated individual", "domestic assault")
    d.fig("Victims received services at two dozen social centers", 24,
          "social centers serving victims")
    d.ev("the article related to sexual harassment was revised", "law_or_decree", Y)
    sh = "It allows up to a two-year sentence for the harasser"
    d.prov(sh, "penalty", 2, "years", "up to a two-year sentence", "sexual harassment")
    d.prov(sh, "penalty", 5000, "TND", "a 5,000-dinar fine", "sexual harassment")
    d.prov(sh, "penalty", 2040, "USD", "$2,040", "sexual harassment")
    d.prov("The punishment is doubled if the victim is a child", "penalty", 2, "times",
           "doubled", "sexual harassment of a child or by a person in authority")
    d.ev("There were no reports of coerced abortion, involuntary sterilization", "other", Y,
         polarity="negated")
    dec = "On September 14, the government cancelled the 1973 decree law"
    d.ev(dec, "law_or_decree", "2017-09-14")
    # (the 1973 decree law is a label, no event of 1973: settled 2026-12-07)
    d.prov("Spouses may, however, freely give up to a third of their estate", "right", 1 / 3,
           "share", "up to a third of their estate", "bequests by will")
    half = "two-thirds of their full-time salary for half-time work"
    d.prov(half, "right", 2 / 3, "share", "two-thirds of their full-time salary",
           "half-time work of women in the public sector")
    d.prov(half, "threshold", 16, "age", "at least one child under 16",
           "half-time work of women in the public sector")
    per = "Qualifying women may apply for the benefit for a three-year period"
    d.prov(per, "right", 3, "years", "a three-year period", "half-time work benefit")
    d.prov(per, "right", 9, "years", "a maximum of nine years", "half-time work benefit")
    d.fig("Women in the private sector earned on average one-quarter less", 0.25,
          "women's pay gap in the private sector")
    d.ev("The government initiated a “Council of Peers” during the year", "other", Y)
    ratio = "The ratio of boy-to-girl births was 107 to 100."
    d.fig(ratio, 107, "boys born per 100 girls")
    d.fig(ratio, 100, "girls born (denominator of the sex ratio)")
    d.prov("the law provides for a period of 10 days to register a newborn", "time_limit", 10,
           "days", "a period of 10 days", "birth registration")
    d.prov("Thereafter, parents have 30 days to explain why they failed", "time_limit", 30,
           "days", "30 days", "late birth registration")
    comp = "As of October the government reported that police officers received 398"
    d.fig(comp, 398, "complaints of violence against children", source="government")
    d.fig(comp, 570, "complaints of sexual assault against children", source="government")
    psy = "designated 21 psychologists to treat victims"
    d.ev(psy, "other", Y)
    d.fig(psy, 21, "psychologists designated to treat child victims")
    d.prov("The minimum age for marriage for both sexes is 18", "threshold", 18, "age", "18",
           "minimum age for marriage")
    ten = "Anyone who has sexual relations with a girl under age 10"
    d.prov(ten, "threshold", 10, "age", "under age 10", "sexual relations with a girl")
    d.prov(ten, "penalty", None, None, "the death penalty", "sexual relations with a girl under 10")
    d.ev("the new law raised the age of consent to 16", "law_or_decree", Y)
    d.prov("the new law raised the age of consent to 16", "threshold", 16, "age", "16",
           "age of consent")
    train = "In September the Ministry of Social Affairs announced that it organized"
    d.ev(train, "other", "2017-09")
    d.ev(train, "other", Y)
    d.fig(train, 54, "social workers trained")
    d.fig("An estimated 1,400 Jews lived in the country.", 1400, "Jews living in the country",
          "approximately")
    d.ev("There were no reports of anti-Semitic acts as of September.", "attack_or_threat", Y,
         polarity="negated")
    d.ev("On May 14-15, an annual Jewish pilgrimage took place", "other", "2017-05-14",
         date_end="2017-05-15", place="Djerba")
    d.fig("Local media estimated participation at up to 4,000 persons.", 4000,
          "pilgrimage participants", "up to", source="local media")
    d.ev("publicly praised the pilgrimage as a sign", "other", Y)
    d.prov("It mandates that at least 2 percent of public- and private-sector jobs", "threshold",
           2, "percent", "at least 2 percent", "jobs reserved for persons with disabilities")
    # (no event: a rule in force since 1991, no adoption narrated; settled 2026-12-07)
    sch = "There were approximately 300 government-administered schools"
    d.fig(sch, 300, "government schools for children with disabilities", "approximately")
    d.fig(sch, 5, "schools for blind pupils")
    d.fig(sch, 1, "higher-education schools for persons with disabilities")
    d.fig(sch, 1, "vocational training institutions for persons with disabilities")
    d.prov("Convictions carry up to a three-year prison sentence.", "penalty", 3, "years",
           "up to a three-year prison sentence", "sodomy")
    mor = "criminalizes infringement of morality or public morals with six months"
    d.prov(mor, "penalty", 6, "months", "six months in prison", "infringement of public morals")
    d.prov(mor, "penalty", 1000, "TND", "a fine of 1,000 dinars",
           "infringement of public morals")
    d.prov(mor, "penalty", 408, "USD", "$408", "infringement of public morals")
    lg = "LGBTI-focused NGOs reported at least 45 known cases of arrests"
    d.ev(lg, "detention_or_arrest", Y, source="LGBTI-focused NGOs")
    d.fig(lg, 45, "arrests under the sodomy law", "at least", source="LGBTI-focused NGOs")
    d.fig(lg, 150, "violent assaults against LGBTI individuals", source="LGBTI-focused NGOs")
    d.ev("On March 29, Shams association, a local LGBTI advocacy group", "report_published",
         "2017-03-29", source="Shams")
    d.ev("On April 3, the National Council of the Medical Order", "other", "2017-04-03",
         source="National Council of the Medical Order")
    sent = "On March 10, Achraf Bouasker and Sabri Chehdi were sentenced"
    d.ev(sent, "conviction_or_sentence", "2017-03-10")
    d.pen("prison", 8, "months", "eight months in prison")
    d.ev(sent, "detention_or_arrest", "2016-12", place="Sousse")
    d.ev("according to a Euromed report released in September 2016", "report_published",
         "2016-09", source="Euromed")

    d.sec("7")
    d.ent("organization", "Ministry of Interior")
    d.ent("organization", "International Trade Union Confederation")
    d.ent("organization", "International Labor Organization")
    d.ent("organization", *UGTT)
    d.ent("organization", *UTICA)
    d.ent("organization", "General Confederation of Tunisian Labor")
    d.ent("organization", "Union of Tunisian Workers")
    d.ent("organization", "Ministry of Employment and Vocational Training")
    d.ent("organization", "Ministry of Education")
    d.ent("organization", "Department of Labor")
    d.ent("organization", "Tunisian Union of Agriculture and Fishing")
    d.ent("organization", "World Bank")
    d.not_entity("National Action Plan to Eliminate Child Labor",
                 "Findings on the Worst Forms of Child Labor")
    d.prov("provided they give 10 days’ advance notice", "requirement", 10, "days",
           "10 days’ advance notice", "strike notice")
    d.ev("Wildcat strikes (those not authorized by union leadership) occurred", "strike", Y,
         source="labor rights organizations")
    d.ev("Sector-based unions carried out some strikes and sit-ins", "strike", Y)
    d.prov("provides for penalties of up to 10 years’ imprisonment for capturing", "penalty", 10,
           "years", "up to 10 years’ imprisonment", "forced labor")
    d.prov("The law generally prohibits the employment of children younger than 16.",
           "threshold", 16, "age", "younger than 16", "minimum age for employment")
    d.prov("Persons under 18 are prohibited from working in jobs", "threshold", 18, "age",
           "under 18", "hazardous work")
    d.prov("The minimum age for light work in the nonindustrial", "threshold", 13, "age", "13",
           "light work")
    d.prov("Workers between the ages of 14 and 18 must have 12 hours of rest", "right", 12,
           "hours", "12 hours of rest per day", "rest of young workers")
    d.prov("and 16 may work no more than two hours per day",
           "prohibition", 2, "hours", "no more than two hours per day", "work of children 14 to 16")
    d.prov("The total time that children spend at school and work may not exceed", "prohibition",
           7, "hours", "seven hours per day", "school and work of children")
    d.prov("provides for penalties of up to two years’ imprisonment for forced child begging",
           "penalty", 2, "years", "up to two years’ imprisonment", "forced child begging")
    d.fig("officially estimated to constitute 38 percent of GDP", 38,
          "informal economy's share of GDP (official estimate)", unit="percent")
    d.fig("the total percentage of the informal sector as greater than 60 percent", 60,
          "informal sector's share of GDP (other estimates)", "more than", unit="percent")
    rep = "noted its annual report published in March that it received 112"
    d.ev(rep, "report_published", "2017-03", source=MWFC)
    d.fig(rep, 112, "child labor cases received in 2016", source=MWFC)
    d.fig("approximately 48 percent dealt with children who worked as beggars", 48,
          "share of child labor cases of begging", "approximately", unit="percent", source=MWFC)
    d.fig("approximately 48 percent dealt with children who worked as beggars", 29,
          "share of child labor cases in informal commerce", unit="percent", source=MWFC)
    d.fig("to stem the estimated 100,000 dropouts per year", 100000, "school dropouts per year",
          "approximately")
    ret = "resulted in the return of 15,000 dropouts to their studies in 2016"
    d.ev(ret, "other", "2016", source="Ministry of Education")
    d.fig(ret, 15000, "dropouts returned to school in 2016", source="Ministry of Education")
    agr = "On March 10, tripartite negotiations led to an agreement"
    d.ev(agr, "other", "2017-03-10")
    d.fig(agr, 6, "general wage increase over two years", unit="percent")
    d.fig(agr, 6, "increase in bonuses", unit="percent")
    mw = "On June 6, the government announced a 6-percent wage increase"
    d.ev(mw, "law_or_decree", "2017-06-06")
    d.fig(mw, 6, "wage increase announced by the government", unit="percent")
    d.prov(mw, "threshold", 306, "TND", "306 dinars", "monthly minimum wage, industrial workers")
    d.prov(mw, "threshold", 125, "USD", "$125", "monthly minimum wage, industrial workers")
    d.prov(mw, "threshold", 13.8, "TND", "13.8 dinars", "daily minimum wage, agricultural workers")
    d.prov(mw, "threshold", 5.63, "USD", "$5.63", "daily minimum wage, agricultural workers")
    d.prov(mw, "threshold", 15, "TND", "15 dinars",
           "daily minimum wage, highly qualified agricultural workers")
    d.prov(mw, "threshold", 6.10, "USD", "$6.10",
           "daily minimum wage, highly qualified agricultural workers")
    d.ev("In 2015 the Ministry of Social Affairs, the UGTT, and the Tunisian Union", "other",
         "2015")
    wk = "The law sets a maximum standard 48-hour workweek for manual work"
    d.prov(wk, "prohibition", 48, "hours", "maximum standard 48-hour workweek",
           "workweek for manual work")
    d.prov(wk, "requirement", 24, "hours", "one 24-hour rest period per week", "weekly rest")
    adm = "For administrative jobs in the private- and public-sectors, the workweek is 40"
    d.prov(adm, "prohibition", 40, "hours", "40 hours", "workweek for administrative jobs")
    d.prov(adm, "right", 125, "percent", "125-percent premium pay", "overtime pay")
    d.prov("employees are statutorily awarded 18 to 23 days of paid vacation", "right", 18,
           "days", "18 to 23 days of paid vacation", "annual paid vacation", value_end=23)
    d.fig("In 2016 the country’s 347 labor inspectors visited most firms", 347,
          "labor inspectors in 2016")
    d.fig("also had 83 inspectors specifically assigned as child protection delegates", 83,
          "child protection delegates in 2016")
    wb = "According to World Bank statistics, the informal sector employed more than 54"
    d.fig(wb, 54, "informal sector's share of the workforce", "more than", unit="percent",
          source="World Bank")
    d.fig(wb, 0.5, "women's share of informal sector workers", "more than", source="World Bank")
    d.ev("There were no major industrial accidents during the year.", "other", Y,
         polarity="negated")


# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("person", "Ben Emmerson", "Emmerson")
    d.ent("organization", "Article 19")
    d.ent("person", "Rached Khiari", "Khiari")
    d.ent("place", "United States")
    d.ent("organization", "Tunis Center for Press Freedom", "CTLP")
    d.ent("organization", "National Union of Tunisian Journalists")
    d.ent("person", "Mohamed Zouari")
    d.ent("organization", "Hamas")
    d.ent("organization", *OHCHR)
    d.ent("organization", *AI)
    d.ent("place", "Tozeur")
    d.ent("person", "Salam Malik")
    d.ent("organization", "Tunisian Union for Media Association")
    d.ent("organization", "Djerid FM")
    d.ent("person", "Salwa Malik")
    d.ent("organization", "Committee to Protect Journalists")
    d.ent("organization", "National Guard")
    d.ent("organization", "Central Investigation Brigade")
    d.ent("person", "Sami Ben Gharbia")
    d.ent("organization", "Nawaat")
    d.ent("person", "Nabil Rabhi", "Rabhi")
    d.ent("person", "Hafedh Caid Essebsi")
    d.ent("organization", "Facebook")
    d.ent("organization", "Nida Tounes Party", "Nida Tounes", "Call of Tunisia")
    d.ent("person", *ESSEBSI)
    d.ent("organization", "Internet World Stats")
    d.ev("In November 2016 prosecutors charged journalist Rached Khiari", "charge", "2016-11")
    kh = "He faced charges of up to three years in prison"
    d.prov(kh, "penalty", 3, "years", "up to three years in prison",
           "impugning the reputation of the army")
    d.prov("which carries a possible death penalty", "penalty", None, None,
           "a possible death penalty", "harming the army's morale and national defense")
    d.ev("As of September Khiari had not been arrested", "detention_or_arrest", Y,
         polarity="negated")
    ctlp = "reported 14 assaults and attacks on journalists between October 2016"
    d.ev(ctlp, "attack_or_threat", "2016-10", date_end="2017-02-04",
         source="Tunis Center for Press Freedom")
    d.fig(ctlp, 14, "assaults and attacks on journalists", source="Tunis Center for Press Freedom")
    d.fig(ctlp, 58, "share of the attacks committed by security forces", unit="percent",
          source="Tunis Center for Press Freedom")
    d.ev("The National Union of Tunisian Journalists expressed concerns", "killing", "2016-12")
    ai = "AI condemned the conviction in May of two journalists"
    d.ev(ai, "conviction_or_sentence", "2017-05", place="Tozeur")
    d.ev(ai, "other", Y, source="Amnesty International")
    d.fig(ai, 2, "journalists convicted")
    d.ev("six months in prison by a court in Tozeur on May 10",
         "conviction_or_sentence", "2017-05-10", place="Tozeur")
    d.pen("prison", 6, "months", "six months in prison")
    d.ev("received a six-month suspended sentence the same day", "conviction_or_sentence",
         "2017-05-10")
    d.pen("prison", 6, "months", "six-month suspended sentence")
    d.ev("On appeal their sentences were reduced to a fine.", "conviction_or_sentence", Y)
    d.pen("fine", None, None, "a fine")
    d.ev("The government penalized individuals who published items counter",
         "censorship_or_blocking", Y)
    cpj = "The Committee to Protect Journalists reported officers from the National Guard"
    d.ev(cpj, "investigation", "2017-05-03", source="Committee to Protect Journalists")
    d.ev(cpj, "report_published", "2017-04-24")
    d.ev("a blogger arrested on July 23 for Facebook posts", "detention_or_arrest",
         "2017-07-23")
    d.ev("sentenced on August 5 to six months in prison", "conviction_or_sentence",
         "2017-08-05")
    d.pen("prison", 6, "months", "six months in prison")
    d.ev("Rabhi appealed and was released from prison on October 22", "release", "2017-10-22")
    # t-conv16 settlement (found by t-neg17's rule on dev, not by the census): N2 a negated act on access (did not restrict access to the internet): no event; the "no reports that" clause keeps a negated surveillance.
    # was: d.ev("The government did not restrict or disrupt access to the internet",
    # was: "censorship_or_blocking", Y, polarity="negated")
    d.ev("there were no credible reports the government monitored", "surveillance", Y, polarity="negated")
    d.fig("According to Internet World Stats, 50.5 percent", 50.5,
          "share of the population using the internet", unit="percent",
          source="Internet World Stats")
    d.ev("There were no reports of government restrictions on academic freedom.",
         "censorship_or_blocking", Y, polarity="negated")

    d.sec("2.b")
    d.ent("organization", *FTDES)
    d.ent("place", "Gafsa")
    d.ent("organization", "International Center for Non-Profit Law")
    d.ent("organization", "Prime Minister’s Office")
    d.ent("organization", "I-Watch")
    d.ent("organization", "Hizb Ettahrir")
    d.ev("there were no reports of violence by security forces during public protests",
         "attack_or_threat", Y, polarity="negated")
    fat = "There was one security force fatality as a result of actions"
    d.ev(fat, "killing", Y)
    d.fig(fat, 1, "security force fatality during protests")
    d.ev("AI and FTDES reported that in a few cases the government intimidated",
         "attack_or_threat", Y, source="AI and FTDES")
    d.ev("According to a FTDES report in May, several protesters in Gafsa", "report_published",
         "2017-05", source="Tunisian Forum for Social and Economic Rights")
    d.prov("a requirement to notify authorities at least three days before an assembly",
           "requirement", 3, "days", "at least three days before", "notice of an assembly")
    d.ev("A 2011 law on associations eliminated penalties in the previous law", "law_or_decree",
         "2011")
    d.fig("As of September the government reported there were 20,758", 20758,
          "registered associations", source="government")
    d.ev("In some cases the government issued warnings to associations", "other", Y)
    com = "On June 12, the prime minister issued a communique"
    d.ev(com, "other", "2017-06-12")
    d.prov(com, "time_limit", 1, "months", "one month", "financial reports on foreign funding")
    pmo = "16 associations were dissolved by a court decision since 2011"
    d.ev(pmo, "registration_decision", "2011", source="Prime Minister’s Office")
    d.fig(pmo, 16, "associations dissolved by court decision since 2011",
          source="Prime Minister’s Office")
    iw = "Between May 2016 and June 2017, authorities suspended the activities"
    d.ev(iw, "registration_decision", "2016-05", date_end="2017-06", source="I-Watch")
    d.fig(iw, 50, "associations suspended", source="I-Watch")
    d.ev("On June 6, the court of Tunis announced a one-month suspension",
         "registration_decision", "2017-06-06", place="Tunis")
    d.dur(1, "months", "one-month suspension")

    d.sec("2.c")
    d.not_entity("International Religious Freedom Report")

    d.sec("2.d")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", *ODL)
    d.ent("place", "Libya")
    d.not_entity("Law on Passports", "Shousha camp")
    odl = "In its 2016 report, the ODL estimated more than 100,000"
    d.ev(odl, "report_published", "2016", source="Observatory of Rights and Freedoms of Tunisia")
    d.fig(odl, 100000, "individuals on the S17 border control list", "more than",
          source="Observatory of Rights and Freedoms of Tunisia")
    d.fig("Since 2014 more than 500 individuals filed complaints with the ODL", 500,
          "travel-ban complaints filed with the ODL since 2014", "more than")
    mi = "The Ministry of Interior noted that as of August, 1,869 individuals"
    d.ev(mi, "other", Y, source="Ministry of Interior")
    d.fig(mi, 1869, "individuals prevented from traveling", source="Ministry of Interior")
    pas = "On May 23, parliament passed an amendment to the 1975 Law"
    d.ev(pas, "law_or_decree", "2017-05-23")
    # (the 1975 Law on Passports is a label, no event of 1975: settled 2026-12-07)
    d.prov("sets a maximum of 14 months during which their travel", "time_limit", 14, "months",
           "a maximum of 14 months", "travel restriction without a new court order")
    sh = "When UNHCR ceased providing assistance to the Shousha camp"
    d.ev(sh, "other", "2013")
    d.fig(sh, 300, "persons denied refugee status still in the camp", "more than")
    d.ev("On June 19, security forces attempted to evacuate the remaining occupants", "other",
         "2017-06-19")
    rem = "In September, UNHCR reported that after the resettlement and return"
    d.ev(rem, "report_published", "2017-09",
         source="Office of the UN High Commissioner for Refugees")
    d.fig(rem, 33, "persons remaining at the former camp",
          source="Office of the UN High Commissioner for Refugees")
    d.fig("Of those, three had been recognized as having a claim", 3,
          "persons recognized as having a refugee claim")


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ev("On February 2, parliament passed an electoral law", "law_or_decree", "2017-02-02")
    vote = "Citizens exercised their ability to vote in free, fair, and transparent"
    d.ev(vote, "election_or_referendum", "2014")
    d.fig(vote, 2, "rounds of the presidential election")
    par = "Of the approximately 200 registered parties, 70 ran electoral lists"
    d.fig(par, 200, "registered parties", "approximately")
    d.fig(par, 70, "parties running lists in the 2014 parliamentary elections")
    # the narration of the 2014 elections in their paragraph: "Settled 2026-12-18 (narration of a
    # past election)" (round t-events33 edited the jsonl; the builder brought to it by t-gold25)
    d.ev("Authorities rejected parties that did not receive accreditation",
         "registration_decision", "2014")

    d.sec("4")
    d.ent("organization", *INLUCC)
    d.ent("person", "Chawki Tabib", "Tabib")
    d.ent("organization", "Finance, Planning and Development Committee")
    d.ent("person", "Chafik Jarraya", "Jarraya")
    d.ent("person", "Yassine Chennoufi")
    d.not_entity("Administrative Reconciliation Law", "Mornaguia prison")
    d.ev("The National Commission to Combat Corruption (INLUCC), an independent body",
         "other", "2011")
    tab = "In July the president of the commission, Chawki Tabib, testified"
    d.ev(tab, "other", "2017-07")
    d.fig(tab, 2000000, "budget of the anticorruption commission", "fewer than", unit="TND")
    d.fig(tab, 820000, "budget of the anticorruption commission", "fewer than", unit="USD")
    st = "In a January 26 statement, Tabib said two billion dinars"
    d.ev(st, "other", "2017-01-26", source="Chawki Tabib")
    d.fig(st, 2000000000, "annual losses to corruption", unit="TND", source="Chawki Tabib")
    d.fig(st, 816000000, "annual losses to corruption", unit="USD", source="Chawki Tabib")
    d.fig("the INLUCC received more than 9,000 cases in 2016", 9000,
          "cases received by the INLUCC in 2016", "more than", source="Chawki Tabib")
    d.fig("more than 200 cases were determined to meet the legal definition", 200,
          "cases meeting the legal definition of corruption", "more than")
    oct21 = "On October 21, Tabib reported the INLUCC had transmitted these cases"
    d.ev(oct21, "other", "2017-10-21", source="Chawki Tabib")
    d.fig(oct21, 80, "transportation-related corruption cases", "up to", source="Chawki Tabib")
    d.ev("On February 22, parliament passed a comprehensive whistleblower protection law",
         "law_or_decree", "2017-02-22")
    d.ev("Political parties and civil society leaders praised the new law.", "other", Y)
    info = "In October civil society representatives reported that, although the new"
    d.ev(info, "report_published", "2017-10", source="civil society representatives")
    d.ev(info, "law_or_decree", "2016")
    d.ev("On September 13, parliament adopted the Administrative Reconciliation Law",
         "law_or_decree", "2017-09-13")
    d.ev("Proponents of the bill, including the two largest political parties", "other", Y)
    d.ev("Opponents criticized the law as contrary to the government’s stated goals", "other",
         Y)
    d.ev("the government initiated an anticorruption campaign led by the prime minister",
         "other", Y)
    d.ev("A series of arrests and investigations targeted well-known businessmen",
         "detention_or_arrest", Y)
    d.ev("Preliminary charges included embezzlement, fraud, and taking bribes.", "charge", Y)
    may = "On May 23, authorities arrested a businessman with political ties"
    d.ev(may, "detention_or_arrest", "2017-05-23")
    d.fig(may, 7, "other businessmen arrested on May 23")
    d.fig(may, 2, "former customs officials arrested")
    ch = "Another businessman arrested on May 23, Yassine Chennoufi"
    d.ev(ch, "detention_or_arrest", "2017-05-23")
    d.ev(ch, "other", "2017-10-02")
    d.ev("He was charged in a money laundering case", "charge", Y)
    d.ev("criticized the use of the state of emergency law as the basis",
         "other", Y, source="human rights organizations")
