"""Section 2 of the hand-made DEV gold of Ecuador 2019 (``build_whole_gold_ecuador2019.py``),
and the names the Ecuador 2019 modules share.

Every record was decided by hand, reading the report sentence by sentence before the system was
run on it; see the builder's docstring and docs/gold/2019_ecuador.md. Not a builder itself (no
``DOCS``): ``build_whole_gold_ecuador2019.py`` assembles the groups.
"""
from __future__ import annotations

from collection_gold import CollectionDevDoc

Y = "2019"
MORENO = "Lenin Moreno"
PROSECUTOR = "Public Prosecutor’s Office"
NCEPN = "National Council for the Equality of Peoples and Nationalities"
CONAIE = "Confederation of Indigenous Nationalities of Ecuador"
MOL = "Ministry of Labor"

# =========================================================================================
# Section 2
# =========================================================================================
def section_2(d: CollectionDevDoc) -> None:
    d.sec("2.a")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Fundamedios")
    d.ent("organization", "Teleamazonas")
    d.ent("organization", "El Comercio")
    d.ent("person", "Andres Michelena")
    d.ent("person", "Jose Tuarez", "Tuarez")
    d.ent("organization", "Citizen Participation and Social Control Council", "CPCCS")
    d.ent("place", "Manabi", "Manabi Province")
    d.ent("organization", "Health Ministry", "Ministry of Public Health")
    d.ent("organization", "National Agency of Sanitary Control", "ARCSA")
    d.ent("person", "Luis Eduardo Vivanco")
    d.ent("organization", "La Posta")
    d.ent("person", "Juan Carlos Galarza")
    d.ent("organization", "Communication Secretariat")
    d.ent("organization", "Office of the Presidency")
    d.ent("organization", "Pichincha Universal")
    d.ent("organization", "Prefecture of Pichincha")
    d.ent("organization", "Office of the Special Rapporteur for Freedom of Expression")
    d.ent("organization", "Inter-American Commission on Human Rights", "IACHR")
    d.ent("organization", "La Fuente")
    d.ent("place", "Esmeraldas", "Esmeraldas Province")
    d.ent("person", "Henry Cordova", "Cordova")
    d.ent("person", "Roberta Zambrano")
    d.ent("organization", "Diario La Hora")
    d.ent("organization", "General Secretariat for Communication")
    d.ent("organization", "Ministry of Government", "Ministry of the Interior",
          "Ministry of Interior")
    d.ent("organization", "Ministry of Foreign Affairs and Human Mobility", "Foreign Ministry")
    d.ent("organization",
          "Council for Regulation, Development, and Promotion of Information and Communication")
    d.ent("organization", "Committee for the Protection of Journalists")
    d.ent("person", "David Kaye")
    d.ent("organization", "UN Human Rights Council")
    d.ent("organization", "Inter-American Court of Human Rights")
    d.ent("organization", "El Universo")
    d.ent("person", "Rafael Correa", "Correa")
    d.ent("person", "Emilio Palacio")
    d.not_entity("Chapultepec Declaration", "Libel/Slander Laws")
    d.ev("On February 20, reforms to the 2013 communication law went into effect",
         "law_or_decree", "2019-02-20")
    d.ev("On February 20, reforms to the 2013 communication law went into effect",
         "law_or_decree", "2013")
    d.ev("other restrictive provisions to journalistic work found in the 2013 law",
         "law_or_decree", "2013")
    d.prov("punishing opinions as slander that carries a prison term of six months",
           "penalty", 6, "months", "six months to two years", "slander")
    d.prov("treated as a misdemeanor with a 15- to 30-day prison term", "penalty", 15, "days",
           "a 15- to 30-day prison term", "discrediting expressions", value_end=30)
    d.ev("There were no reports the government invoked this law to restrict",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("On February 5, the independent watchdog organization Freedom House",
         "report_published", "2019-02-05", source="Freedom House")
    d.ev("Fundamedios registered 289 attacks on freedom of expression", "attack_or_threat",
         "2018-05", date_end="2019-10", source="Fundamedios")
    d.ev("Fundamedios registered 289 attacks on freedom of expression", "attack_or_threat",
         "2016", source="Fundamedios")
    d.fig("Fundamedios registered 289 attacks on freedom of expression", 289,
          "attacks on freedom of expression, May 2018 to October 2019", source="Fundamedios")
    d.fig("Fundamedios registered 289 attacks on freedom of expression", 491,
          "attacks on freedom of expression in 2016", source="Fundamedios")
    d.ev("As of October 14, Fundamedios quantified “attacks” ranging", "attack_or_threat", Y,
         source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 3,
          "court sentences against the media", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 104,
          "physical attacks or intimidation", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 47,
          "verbal threats and insults", source="Fundamedios")
    d.fig("As of October 14, Fundamedios quantified “attacks” ranging", 30,
          "cyberthreats, hacks or account closures", source="Fundamedios")
    d.ev("Fundamedios reported 116 attacks against journalists and media outlets",
         "attack_or_threat", "2019-10-03", date_end="2019-10-13", source="Fundamedios")
    d.fig("Fundamedios reported 116 attacks against journalists and media outlets", 116,
          "attacks against journalists during the October protests", source="Fundamedios")
    d.ev("Protesters attacked and attempted to burn the headquarters", "attack_or_threat",
         "2019-10-12", place="Quito")
    d.ev("Protesters in Quito held 27 journalists hostage on October 10", "other",
         "2019-10-10", place="Quito")
    d.fig("Protesters in Quito held 27 journalists hostage on October 10", 27,
          "journalists held hostage")
    d.prov("with no coverage allowed whatsoever in the 48 hours before", "prohibition", 48,
           "hours", "the 48 hours before", "election coverage")
    d.ev("A constitutional court ruling affirmed the right of the press", "other", Y)
    d.prov("with a penalty of imprisonment for five to seven years", "penalty", 5, "years",
           "five to seven years", "inciting financial panic", value_end=7)
    d.ev("President Moreno reduced the amount of time required for presidential", "other", Y)
    d.ev("Reforms to the 2013 communications law on spectrum allocations",
         "law_or_decree", "2013")
    d.prov("divide media ownership between community media (up to 34 percent)", "threshold", 34,
           "percent", "up to 34 percent", "frequencies for community media")
    d.prov("divide media ownership between community media (up to 34 percent)", "threshold", 66,
           "percent", "up to 66 percent combined", "frequencies for private and public media")
    d.prov("the reforms limit the allocation of radio frequencies to the public", "prohibition",
           10, "percent", "no more than 10 percent of the spectrum",
           "radio frequencies for the public sector")
    d.ev("On August 29, Minister of Telecommunications Andres Michelena announced", "other",
         "2019-08-29", source="Andres Michelena")
    d.ev("On June 28, supporters of then president Jose Tuarez", "attack_or_threat",
         "2019-06-28", place="Guayaquil")
    d.ev("On July 5, Tuarez accused some media members of being", "attack_or_threat",
         "2019-07-05", place="Manabi")
    d.ev("Tuarez was removed from his position as CPCCS president", "dismissal", "2019-08-15")
    d.ev("There were reports government officials tried to penalize those",
         "censorship_or_blocking", Y, polarity="alleged")
    d.ev("On May 17, the Health Ministry’s National Agency of Sanitary Control", "charge",
         "2019-05-17")
    d.fig("On May 17, the Health Ministry’s National Agency of Sanitary Control", 3,
          "other journalists of La Posta sued")
    d.ev("President Moreno requested the resignation of ARCSA executive director", "dismissal",
         "2019-05-17")
    d.ev("The Communication Secretariat in the Office of the Presidency issued", "other", Y,
         source="Communication Secretariat")
    d.ev("On October 8, police confiscated with a judicial warrant",
         "censorship_or_blocking", "2019-10-08")
    d.ev("On October 8, police confiscated with a judicial warrant", "detention_or_arrest",
         "2019-10-14")
    d.ev("expressed concern on October 10 about the suspension of the radio", "other",
         "2019-10-10",
         source="Office of the Special Rapporteur for Freedom of Expression")
    d.ev("On October 25, a judge issued a preliminary injunction", "other", "2019-10-25")
    d.ev("Digital outlet La Fuente reported to Fundamedios that it had received",
         "censorship_or_blocking", "2019-07-11", polarity="alleged", source="La Fuente")
    d.ev("La Fuente resumed online operations the following day.", "other", "2019-07-12")
    d.ev("On February 25, a regional law firm reported that the reforms", "report_published",
         "2019-02-25", source="regional law firm")
    d.ev("On February 25, a regional law firm reported that the reforms", "law_or_decree",
         "2013")
    d.prov("a minimum of 60 percent of content on television", "requirement", 60, "percent",
           "a minimum of 60 percent", "domestic television content")
    d.prov("a minimum of 60 percent of content on television", "requirement", 50, "percent",
           "50 percent of radio content", "domestic radio content")
    d.prov("Libel is a criminal offense under the law, with penalties of up to three",
           "penalty", 3, "years", "up to three years in prison", "libel")
    d.ev("February reforms to the 2013 communications law repealed a prohibition",
         "law_or_decree", "2019-02")
    d.ev("February reforms to the 2013 communications law repealed a prohibition",
         "law_or_decree", "2013")
    d.ev("There was one report a government official used libel laws", "charge", Y)
    d.fig("There was one report a government official used libel laws", 1,
          "reports of libel laws used against a journalist")
    d.ev("confirmed journalist Henry Cordova was detained on September 8",
         "detention_or_arrest", "2019-09-08", place="Esmeraldas")
    d.dur(20, "days", "a 20-day prison sentence")
    d.ev("confirmed journalist Henry Cordova was detained on September 8",
         "conviction_or_sentence", "2018-11")
    d.pen("prison", 20, "days", "a 20-day prison sentence")
    d.ev("On September 11, the Constitutional Court overturned a 2012 ruling", "acquittal",
         "2019-09-11")
    d.ev("On September 11, the Constitutional Court overturned a 2012 ruling",
         "conviction_or_sentence", "2012")
    d.ev("The National Secretary of Public Administration argued in 2012", "other", "2012")
    d.ev("The court’s September 11 decision highlighted that only humans", "acquittal",
         "2019-09-11")
    d.ev("On April 16, President Moreno reported that a truth commission", "investigation",
         "2019-04-16", source=MORENO)
    d.ev("On April 16, President Moreno reported that a truth commission", "other", "2018-03",
         date_end="2018-04", source=MORENO)
    d.ev("President Moreno signed the Chapultepec Declaration on February 20", "other",
         "2019-02-20")
    d.ev("signed an agreement to set up a national Committee for the Protection", "other",
         "2019-04-29")
    d.ev("On May 31, the committee held its first meeting", "other", "2019-05-31")
    d.ev("In May UN Special Rapporteur on Freedom of Opinion and Expression", "report_published",
         "2019-05", source="David Kaye")
    d.ev("In May UN Special Rapporteur on Freedom of Opinion and Expression", "other",
         "2018-10")
    d.ev("In July the Inter-American Court of Human Rights ruled in favor", "other", "2019-07")
    d.ev("In July the Inter-American Court of Human Rights ruled in favor", "other", "2011-09")
    d.ev("The government did not restrict or disrupt access to the internet",
         "censorship_or_blocking", Y, polarity="negated")
    d.ev("the government did not directly act against online criticism",
         "censorship_or_blocking", Y, polarity="negated", source="nonprofit organization")

    d.sec("2.b")
    d.ent("organization", "Constitutional Court")
    d.ent("organization", "Office of the UN High Commissioner for Human Rights")
    d.ent("organization", "Ministry of Government")
    d.ent("organization", "Human Rights Secretariat")
    d.ev("President Moreno issued Decree 884 on October 3 that established",
         "law_or_decree", "2019-10-03")
    d.dur(60, "days", "for 60 days")
    d.ev("The Constitutional Court validated the state of exception October 7", "other",
         "2019-10-07")
    d.ev("On October 12, President Moreno issued Decree 893 amending", "law_or_decree",
         "2019-10-12")
    d.ev("The state of exception ended on November 2.", "other", "2019-11-02")
    d.ev("the President declared a curfew in the Quito metropolitan area", "law_or_decree",
         "2019-10-12", place="Quito")
    d.ev("the President declared a curfew in the Quito metropolitan area", "other",
         "2019-10-13", place="Quito")
    d.ev("various mass demonstrations occurred between October 3 and October 13", "protest",
         "2019-10-03", date_end="2019-10-13")
    d.ev("including a peaceful protest by approximately 17,000 demonstrators", "protest",
         "2019-10-09", place="Quito")
    d.fig("including a peaceful protest by approximately 17,000 demonstrators", 17000,
          "demonstrators at the peaceful protest in Quito", "approximately")
    d.fig("including a peaceful protest by approximately 17,000 demonstrators", 30000,
          "persons at the march in Guayaquil", "approximately")
    d.ev("The government reported that no lethal force by police", "killing", Y,
         polarity="negated", source="government")
    d.ev("According to Ministry of Government figures, there were 1,330 detentions",
         "detention_or_arrest", "2019-10-03", date_end="2019-10-13",
         source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 1330,
          "detentions during the protests", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 1507,
          "persons wounded during the protests", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 435,
          "police personnel wounded", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 202,
          "police detained by protesters", source="Ministry of Government")
    d.fig("According to Ministry of Government figures, there were 1,330 detentions", 8,
          "dead during the protests", "up to", source="Ministry of Government")
    d.ev("The government invited the IACHR to visit October 28-30", "other", "2019-10-28",
         date_end="2019-10-30")
    d.ev("The government invited the IACHR to visit October 28-30", "other", "2019-10-20",
         date_end="2019-11-08")
    d.ev("In 2017 Decree 193 replaced executive Decrees 16 and 739", "law_or_decree", "2017")
    d.fig("the number of legally recognized organizations increased 79 percent", 79,
          "increase in legally recognized organizations", unit="percent",
          source="Human Rights Secretariat")
    d.fig("the number of legally recognized organizations increased 79 percent", 35569,
          "legally recognized organizations in October 2017",
          source="Human Rights Secretariat")
    d.fig("the number of legally recognized organizations increased 79 percent", 63753,
          "legally recognized organizations in November", source="Human Rights Secretariat")

    d.sec("2.f")
    d.ent("place", "Ecuador")
    d.ent("organization", "Office of the UN High Commissioner for Refugees", "UNHCR")
    d.ent("organization", "Migration Secretariat")
    d.ent("place", "Colombia")
    d.ent("organization", "International Organization for Migration")
    d.ent("person", "Jose Valencia")
    d.ent("organization", "Office of the Civil Registry", "Civil Registry")
    d.ent("organization", "Southern Common Market", "MERCOSUR")
    d.ent("organization", "Union of South American Nations", "UNASUR")
    for country in ("Argentina", "Bolivia", "Brazil", "Chile", "Paraguay", "Peru", "Uruguay",
                    "Venezuela"):
        d.ent("place", country)
    d.not_entity("Human Mobility Law", "Rumichaca International Bridge",
                 "Ecuadorian Criminal Records Certificate", "International Religious Freedom")
    d.ev("The 2017 Human Mobility Law codifies protections granted", "law_or_decree", "2017")
    d.fig("As of September 2, nearly 500,000 Venezuelans had entered Ecuador", 500000,
          "Venezuelans who entered Ecuador", "approximately")
    d.fig("As of September 2, nearly 500,000 Venezuelans had entered Ecuador", 75,
          "share of Venezuelans transiting to other countries", "approximately",
          unit="percent")
    d.ev("On August 26, the government implemented a new humanitarian visa requirement",
         "law_or_decree", "2019-08-26")
    d.fig("residing in Ecuador likely exceeded 380,000 as of September 10", 380000,
          "Venezuelans residing in Ecuador", "more than", source="government")
    d.ev("As of September the government had issued visas to approximately",
         "asylum_or_citizenship_decision", Y)
    d.fig("As of September the government had issued visas to approximately", 120000,
          "Venezuelans issued visas", "approximately")
    d.ev("The government began a nationwide registration and regularization process", "other",
         "2019-09-26")
    d.ev("the Migration Secretariat of the Ministry of Government had registered",
         "registration_decision", Y)
    d.fig("the Migration Secretariat of the Ministry of Government had registered", 125000,
          "Venezuelans registered", "more than")
    d.ev("On October 26, the Foreign Ministry began issuing two-year humanitarian",
         "asylum_or_citizenship_decision", "2019-10-26")
    d.ev("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", "other",
         "2019-06-18", source="Jose Valencia")
    d.ev("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia",
         "asylum_or_citizenship_decision", "1981", source="Jose Valencia")
    d.fig("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", 68000,
          "persons granted refugee status since 1981", "approximately",
          source="Jose Valencia")
    d.fig("On June 18, Minister of Foreign Affairs and Human Mobility Jose Valencia", 98,
          "share of refugees who are Colombian", unit="percent", source="Jose Valencia")
    d.fig("with 6,729 and 2,800 asylum cases recorded through June", 6729,
          "asylum cases of Venezuelans through June", source="UNHCR")
    d.fig("with 6,729 and 2,800 asylum cases recorded through June", 2800,
          "asylum cases of Colombians through June", source="UNHCR")
    d.ev("When the new visa requirement for Venezuelans went into effect on August",
         "law_or_decree", "2019-08-26")
    d.ev("A 2016 agreement between UNHCR and the Civil Registry allows", "other", "2016")
    d.fig("A 2016 agreement between UNHCR and the Civil Registry allows", 3,
          "cities where identification cards are issued")
    d.fig("UNHCR reported that 9,751 refugees had received identification cards", 9751,
          "refugees who received identification cards", source="UNHCR")
    d.ev("On July 25, President Moreno issued a decree to grant migratory amnesty",
         "law_or_decree", "2019-07-25")
    d.ev("despite the government’s March 13 decision to leave the Union", "other",
         "2019-03-13")
    d.ev("despite the government’s March 13 decision to leave the Union", "other",
         "2019-09-17")
    d.prov("Visa recipients are able to work and study for two years.", "right", 2, "years",
           "for two years", "UNASUR and MERCOSUR visas")
