"""The executive summary and sections 1, 3 and 4 of the hand-made DEV gold of Ecuador 2019
(``build_whole_gold_ecuador2019.py``).

Every record was decided by hand, reading the report sentence by sentence before the system was
run on it; see the builder's docstring and docs/gold/2019_ecuador.md. Not a builder itself (no
``DOCS``): ``build_whole_gold_ecuador2019.py`` assembles the groups.
"""
from __future__ import annotations

from collection_gold import CollectionDevDoc
from ecuador2019_liberties import PROSECUTOR, Y


# =========================================================================================
# Sections 3-4
# =========================================================================================
def sections_3_4(d: CollectionDevDoc) -> None:
    d.sec("3")
    d.ent("organization", "Organization of American States")
    d.ent("organization", "Inter-American Union of Electoral Organisms")
    d.ent("organization", "National Electoral Council")
    d.ent("person", "Diana Atamaint")
    d.ev("A 2018 national referendum restored term limits for all elected",
         "election_or_referendum", "2018")
    d.ev("A 2018 national referendum restored term limits for all elected", "law_or_decree",
         "2015")
    d.ev("On March 24, 83 percent of citizens elected 11,069 government officials",
         "election_or_referendum", "2019-03-24")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 83,
          "share of citizens who voted", unit="percent")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 11069,
          "government officials elected")
    d.fig("On March 24, 83 percent of citizens elected 11,069 government officials", 81149,
          "registered candidates")
    d.ev("Citizens also elected seven members for the permanent CPCCS",
         "election_or_referendum", "2019-03-24")
    d.fig("Citizens also elected seven members for the permanent CPCCS", 7,
          "CPCCS members elected")
    d.ev("concluded the electoral process was orderly and peaceful", "other", "2019-03-24",
         source="international observers")
    d.fig("The proportion of female candidates, however, was low for mayoral seats", 14.3,
          "share of female candidates for mayoral seats", unit="percent")
    d.fig("The proportion of female candidates, however, was low for mayoral seats", 17.9,
          "share of female candidates for prefect positions", unit="percent")
    d.ev("Diana Atamaint noted reports of social media harassment", "attack_or_threat", Y,
         source="Diana Atamaint")

    d.sec("4")
    d.ent("person", "Jorge Glas", "Glas")
    d.ent("person", "Alexis Mera")
    d.ent("organization", "Odebrecht")
    d.ent("organization", "National Court of Justice")
    d.ent("person", "Walter Solis")
    d.ent("person", "Vinicio Alvarado")
    d.ent("person", "Yamil Massuh")
    d.ent("person", "Maria Alejandra Vicuna")
    d.ev("There were numerous reports during the year of government corruption", "other", Y)
    d.ev("The government launched or continued multiple investigations", "investigation", Y)
    d.ev("On February 16, the Office of the Attorney General announced", "investigation",
         "2019-02-16", source="Attorney General’s Office")
    d.ev("On February 16, the Office of the Attorney General announced",
         "detention_or_arrest", "2019-07-02")
    d.fig("On February 16, the Office of the Attorney General announced", 11,
          "investigations of Correa", source="Attorney General’s Office")
    d.fig("On February 16, the Office of the Attorney General announced", 5,
          "investigations of Glas", source="Attorney General’s Office")
    d.fig("On February 16, the Office of the Attorney General announced", 3,
          "investigations of Mera", source="Attorney General’s Office")
    d.ev("As of November the Attorney General’s Office had indicted 24", "charge", Y)
    d.fig("As of November the Attorney General’s Office had indicted 24", 24,
          "former officials indicted in the bribery investigation")
    d.ev("The National Court of Justice also ordered preventive detention",
         "detention_or_arrest", Y)
    d.ev("The comptroller general’s headquarters in Quito was attacked", "attack_or_threat",
         "2019-10", place="Quito")
    d.fig("The comptroller general’s headquarters in Quito was attacked", 3,
          "attacks on the comptroller general's headquarters")
    d.ev("announced 34 persons were detained on terrorism charges", "detention_or_arrest", Y,
         source="Attorney General’s Office")
    d.fig("announced 34 persons were detained on terrorism charges", 34,
          "persons detained on terrorism charges", source="Attorney General’s Office")
    d.ev("Among them were six minors who were sent to a juvenile", "release", "2019-10-31")
    d.fig("Among them were six minors who were sent to a juvenile", 6,
          "minors among the detained")
    d.ev("Thirteen others were granted bail.", "release", Y)
    d.fig("Thirteen others were granted bail.", 13, "others granted bail")
    d.ev("Terrorism charges against the 34 individuals were replaced", "charge", Y)
    d.fig("Terrorism charges against the 34 individuals were replaced", 34,
          "individuals whose terrorism charges were replaced")
    d.ev("As of November all remaining suspects in pretrial detention", "release", Y)
    d.ev("then vice president Maria Alejandra Vicuna stepped down", "other", "2018-12")
    d.ev("charged her with abuse of official privileges on May 15", "charge", "2019-05-15")
    d.ev("As part of the 2018 national referendum convoked by President Moreno",
         "election_or_referendum", "2018")


# =========================================================================================
# Executive summary (with the title line)
# =========================================================================================
def executive_summary(d: CollectionDevDoc) -> None:
    d.sec("exec")
    d.ent("place", "Ecuador")
    d.ent("organization", "Alianza PAIS", "Proud and Sovereign Fatherland")
    d.ent("organization", "National Police")
    d.ent("organization", "Ministry of Defense")
    d.ev("In 2017 voters elected President Lenin Moreno from the ruling party",
         "election_or_referendum", "2017")
    d.ev("formerly the Ministry of Interior until August 1", "other", "2019-08-01")
    d.ev("Significant human rights issues included reports of torture and abuse",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("The government took steps to investigate and prosecute officials",
         "investigation", Y)


# =========================================================================================
# Section 1
# =========================================================================================
def section_1(d: CollectionDevDoc) -> None:
    d.sec("1.a")
    d.ent("organization", "Provincial Court of Imbabura")
    d.ent("person", "David Velastegui", "Velastegui")
    d.ent("organization", "Air Force")
    d.ent("person", "Jorge Gabela", "Gabela")
    d.ev("There were no reports that the government or its agents committed", "killing", Y,
         polarity="negated")
    d.ev("An international human rights organization reported in March that a special",
         "report_published", "2019-03", source="international human rights organization")
    d.ev("An international human rights organization reported in March that a special",
         "other", "2010")
    d.ev("An international human rights organization reported in March that a special",
         "killing", "1984", date_end="2008", precision="year",
         source="international human rights organization")
    d.ev("An international human rights organization reported in March that a special",
         "trial", Y)
    d.fig("An international human rights organization reported in March that a special", 68,
          "extrajudicial executions found, 1984 to 2008",
          source="international human rights organization")
    d.fig("An international human rights organization reported in March that a special", 2,
          "cases with final rulings", source="international human rights organization")
    d.ev("On June 19, the Provincial Court of Imbabura sentenced police officer",
         "conviction_or_sentence", "2019-06-19")
    d.pen("prison", 40, "months", "three years and four months in prison")
    d.ev("In August 2018 Velastegui shot an Afro-Ecuadorian man", "attack_or_threat",
         "2018-08")
    d.ev("On July 3, the Office of the Public Prosecutor announced the investigation",
         "investigation", "2019-07-03", source=PROSECUTOR)
    d.ev("On July 3, the Office of the Public Prosecutor announced the investigation",
         "killing", "2010")
    d.ev("plan to purchase Indian-made Dhruv helicopters in 2007 and 2008", "other", "2007",
         date_end="2008", precision="year")
    d.ev("Multiple Dhruv helicopters subsequently crashed due to mechanical failure", "other",
         Y)

    d.sec("1.b")
    d.ent("person", "Raul Chicaiza", "Chicaiza")
    d.ent("person", "Jessica Falcon", "Falcon")
    d.ent("person", "Fernando Balda", "Balda")
    d.ent("person", "Pablo Romero", "Romero")
    d.ent("place", "Belgium")
    d.ent("organization", "Interpol")
    d.ev("There were no reports of disappearances by or on behalf", "other", Y,
         polarity="negated")
    d.ev("On March 13, the National Court of Justice sentenced former intelligence",
         "conviction_or_sentence", "2019-03-13")
    d.pen("prison", 1, "years", "one year in prison")
    d.ev("On March 13, the National Court of Justice sentenced former intelligence", "other",
         "2012")
    d.ev("The acting attorney general recommended a reduced prison sentence", "other", Y)
    d.ev("were called to testify at the trial, but the court suspended sentencing", "trial", Y)
    d.ev("In July 2018 the National Court of Justice ordered former president",
         "detention_or_arrest", "2018-07")
    d.ev("In July 2018 the National Court of Justice ordered former president",
         "investigation", "2018-06")
    d.ev("Interpol declined to issue a red notice for Correa’s arrest", "other", "2018-12")

    d.sec("1.c")
    d.ent("organization", "Pichincha Provincial Court of Justice",
          "Provincial Court of Pichincha")
    d.ent("person", "David Altamirano")
    d.ent("person", "Freddy Fonseca")
    d.ent("person", "Angelo Ayol", "Ayol")
    d.ent("organization", "Plan V")
    d.ent("organization", "Latin American Association of Human Rights")
    d.ent("place", "Guayas", "Guayas Province")
    d.ent("place", "Azuay", "Azuay Province")
    d.ent("person", "Patricio Pazmino")
    d.ent("person", "Ricardo Camacho")
    d.ent("person", "Ernesto Pazmino")
    d.ent("person", "Edmundo Moncayo Juaneda", "Edmundo Moncayo")
    d.ent("organization", "Ecuavisa")
    d.ent("organization", "Ministry of Justice, Human Rights, and Worship")
    d.ent("organization", "National Comprehensive Service to Prisoners and Juvenile Offenders",
          "SNAI")
    d.ent("organization", "Permanent Committee for the Defense of Human Rights")
    d.not_entity("Eighth Rehabilitation Regional Prison Center", "Turi Prison",
                 "Latacunga Rehabilitation Center", "Litoral Penitentiary")
    d.ev("there were a few reports that police officers and prison guards tortured",
         "torture_or_abuse", Y, polarity="alleged")
    d.ev("On July 15, the Pichincha Provincial Court of Justice sentenced police",
         "conviction_or_sentence", "2019-07-15")
    d.pen("prison", 10, "years", "10 and five years in prison")
    d.ev("The police officers illegally detained, beat, and tortured Ayol",
         "detention_or_arrest", "2014")
    d.ev("In 2017 a court acquitted both officers", "acquittal", "2017")
    d.ev("revoked the acquittal order in January 2018", "other", "2018-01")
    d.ev("In September 2018 digital magazine Plan V and the nonprofit", "report_published",
         "2018-09", source="Plan V")
    d.ev("In September 2018 digital magazine Plan V and the nonprofit", "torture_or_abuse",
         "2007", date_end="2017", precision="year", source="Plan V")
    d.fig("In September 2018 digital magazine Plan V and the nonprofit", 170,
          "cases of torture and degrading treatment, 2007 to 2017", source="Plan V")
    d.fig("indicated the prison population countrywide was 40 percent above", 40,
          "prison population above designated capacity", unit="percent")
    d.ev("A November 2018 study by prison officials reported 10 of the 36",
         "report_published", "2018-11", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 10,
          "prison centers overcrowded by more than 100 percent", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 36,
          "national prison centers", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 100,
          "overcrowding of the worst prison centers", "more than", unit="percent",
          source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 9,
          "prison centers overcrowded by more than 50 percent", source="prison officials")
    d.fig("A November 2018 study by prison officials reported 10 of the 36", 50,
          "overcrowding of nine prison centers", "more than", unit="percent",
          source="prison officials")
    d.ev("In May the daily newspaper El Comercio reported that 40 percent",
         "report_published", "2019-05", source="El Comercio")
    d.fig("In May the daily newspaper El Comercio reported that 40 percent", 40,
          "share of adults in juvenile centers", unit="percent", source="El Comercio")
    d.fig("In May the daily newspaper El Comercio reported that 40 percent", 11,
          "centers for juvenile offenders", source="El Comercio")
    d.ev("reported to the National Assembly that 49 inmates had died", "death_in_custody", Y,
         source="Patricio Pazmino")
    d.fig("reported to the National Assembly that 49 inmates had died", 49,
          "inmates who died in the penitentiary system", source="Patricio Pazmino")
    d.ev("Media reported 20 prisoners had been killed during clashes", "killing", Y,
         source="media")
    d.fig("Media reported 20 prisoners had been killed during clashes", 20,
          "prisoners killed in gang clashes", source="media")
    d.ev("On June 12, gang members decapitated and burned a fellow prisoner", "killing",
         "2019-06-12", place="Guayas")
    d.ev("Ricardo Camacho was stabbed 17 times at his residence", "attack_or_threat",
         "2019-10-16", source="media outlets")
    d.fig("Ricardo Camacho was stabbed 17 times at his residence", 17,
          "stab wounds of the former undersecretary", source="media outlets")
    d.ev("Law enforcement detained a suspect in the attack", "detention_or_arrest", Y)
    d.ev("On May 16, President Moreno declared a state of emergency", "law_or_decree",
         "2019-05-16")
    d.ev("Director of Prisons Ernesto Pazmino resigned on May 31", "other", "2019-05-31")
    d.ev("Officials suspended all educational and recreational activities", "other", Y)
    d.ev("also ordered the presence of police inside prison centers", "other", Y)
    d.ev("The state of emergency ended on August 16.", "other", "2019-08-16")
    d.ev("the government acquired technological upgrades and reclassified", "other", Y)
    d.ev("In November 2018 government officials detected a deterioration", "other", "2018-11")
    d.ev("On June 22, Ecuavisa news reported inmates’ relatives", "report_published",
         "2019-06-22", source="Ecuavisa")
    d.fig("On June 22, Ecuavisa news reported inmates’ relatives", 2,
          "Guayaquil-area prisons", source="Ecuavisa")
    d.ev("In 2018 the government eliminated the Ministry of Justice", "other", "2018")
    d.ev("On June 3, President Moreno named retired police official", "other", "2019-06-03")
    d.ev("Some prison visits were suspended as part of the state of emergency", "other", Y)
    d.ev("authorities failed to respond to many requests by independent observers", "other", Y,
         polarity="negated",
         source="Permanent Committee for the Defense of Human Rights")

    d.sec("1.d")
    # t-gold22: "there were reports that … did not always observe these provisions" (settled 2026-12-08)
    d.ev("there were reports that provincial and local authorities did not always observe", "other", Y,
         polarity="alleged")
    d.ent("organization", "Public Defenders’ Office")
    d.ent("person", "Alvarado")
    d.prov("a judge must charge a suspect with a specific criminal offense within 24",
           "time_limit", 24, "hours", "within 24 hours of arrest", "charging a suspect")
    d.ev("In 2017 then justice minister Alvarado reported that 36 percent",
         "report_published", "2017", source="Alvarado")
    d.fig("In 2017 then justice minister Alvarado reported that 36 percent", 36,
          "share of inmates awaiting sentencing", unit="percent", source="Alvarado")

    d.sec("1.e")
    d.ent("organization", "Judicial Council")
    d.ent("organization", "Transitional Judicial Council")
    d.ent("organization", "Administrative Conflicts Tribunal")
    d.ev("New Judicial Council members took office on January 29", "other", "2019-01-29")
    d.ev("nine new Constitutional Court judges were sworn in by the National", "other",
         "2019-02-05")
    d.fig("nine new Constitutional Court judges were sworn in by the National", 9,
          "new Constitutional Court judges")
    d.ev("These appointments followed the 2018 removal of leading members", "dismissal",
         "2018")
    d.ev("These appointments followed the 2018 removal of leading members",
         "election_or_referendum", "2018-02")
    d.ev("On July 4, the Judicial Council officially notified all judges", "other",
         "2019-07-04")
    d.ev("On November 15, the Judicial Council announced that 23 of the 36", "dismissal",
         "2019-11-15", source="Judicial Council")
    d.fig("On November 15, the Judicial Council announced that 23 of the 36", 23,
          "judges who did not meet the threshold", source="Judicial Council")
    d.fig("On November 15, the Judicial Council announced that 23 of the 36", 36,
          "judges evaluated", source="Judicial Council")
    d.ev("published a report in December 2018 that noted the government’s role",
         "report_published", "2018-12")
    d.ev("published a report in December 2018 that noted the government’s role", "protest",
         "2010")
    d.fig("The families of the five persons killed during 30-S", 5,
          "persons killed during 30-S")
    d.fig("The families of the five persons killed during 30-S", 2,
          "police officers killed during 30-S")
    d.fig("The families of the five persons killed during 30-S", 2,
          "military members killed during 30-S")
    d.ev("There were no reports of political prisoners or detainees.", "detention_or_arrest",
         Y, polarity="negated")

    d.sec("1.f")
    d.ev("there were no reports the government failed to respect these prohibitions", "other",
         Y, polarity="negated")
