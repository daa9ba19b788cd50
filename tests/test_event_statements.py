"""Event classes of issue 14, round 3 (docs/EVALUATION.md conventions): general statements about a
group and counts of routine acts are not events; a negated report is typed by its object; a case
named by its date is the charge (or the arrest) it began with; what a definite body did "during the
year" is an occurrence of the year; a survey or report named by its date ("According to a 2005
survey", round 4) is a report_published of that date; what happened "in the months leading up to the
November 2010 election" is of 2010, typed by its own verb; "elections did not take place" is a negated
election; practices told by frequency ("regular visits", "18 hours a day", "sporadically") and
what data show ("the indicators reflected that …") are not events. Sentences of a fictional report
(Zarnakia, 2011) written for these tests, one paragraph each.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2011 Country Reports on Human Rights Practices: Zarnakia\n\n"
          "Section 6. Discrimination, Societal Abuses, and Trafficking in Persons\n\n")

# (sentence, [(type, date, polarity), ...]; [] for "no event")
CASES = [
    # a general statement about a group, named only by where it comes from, is no occurrence
    ("Children from Kestria and Lomar were trafficked to the country's mining regions for forced labor.", []),
    ("Women from rural areas were trafficked to Verna for sexual exploitation.", []),
    # counts of routine acts are statistics of the year
    ("The State Labor Inspectorate conducted 2,700 inspections during the year and imposed fines totaling "
     "12 million crowns.", []),
    ("Labor inspectors carried out 410 inspections and issued 52 warnings.", []),
    # but a named body's act is still one
    ("Delegates from the Verna Bar Association visited the central prison in Lisk.",
     [("other", "2011", "asserted")]),
    # what a definite body did "during the year" is an occurrence of the year, a state or a failure is not
    ("The government trained village chiefs and teachers during the year on the rights of children.",
     [("other", "2011", "asserted")]),
    ("The government made little progress during the year.", []),
    ("The law remained in force during the year.", []),
    ("The government continued to restrict freedom of assembly during the year.", []),
    # negated reports typed by their object
    ("There were no reports that the registration requirement was enforced.",
     [("registration_decision", "2011", "negated")]),
    ("There were no reports that the authorization requirement was enforced.",
     [("registration_decision", "2011", "negated")]),
    # a case named by its date: the charge it began with, or the occurrence its defendants are described by
    # (a court dismissing it is an acquittal, settled 2026-12-06: acquittals.py)
    ("The court dismissed the March 2009 case against the former mayor Ivo Darek on June 4.",
     [("charge", "2009-03", "asserted"), ("acquittal", "2011-06-04", "asserted")]),
    # (dropping it ends the proceedings at its own date: other; "Chad 2016")
    ("On September 14, the government dropped the 2008 fraud case against the former minister Ana Holm.",
     [("other", "2011-09-14", "asserted"), ("charge", "2008", "asserted")]),
    ("There were no developments in the October 2009 case of two police officers arrested for extortion.",
     [("detention_or_arrest", "2009-10", "asserted")]),
    ("There were no developments in the May 2010 case of the customs chief indicted for smuggling.",
     [("charge", "2010-05", "asserted")]),
    # a dated case of something that is no occurrence stays a label
    ("The 2008 case of the missing ballots remained unresolved.", []),
    # a publication named by its date is published then (round 4); its content is still an occurrence
    ("According to a 2006 survey by the health ministry, 80 percent of girls had undergone the procedure.",
     [("report_published", "2006", "asserted")]),
    ("A 2009 Regional Workers Federation report stated that the labor code restricted the right to strike.",
     [("report_published", "2009", "asserted")]),
    ("According to a 2005 Demographic and Health Survey, 96 percent of women had undergone the procedure.",
     [("report_published", "2005", "asserted")]),
    ("A September report by the NGO Lisk Watch documented cases of rape inside refugee camps during the year.",
     [("report_published", "2011-09", "asserted"), ("torture_or_abuse", "2011", "asserted")]),
    ("There were no developments in the July 2010 report that 40 children were held by herders in Kov.",
     [("report_published", "2010-07", "asserted")]),
    # a report cited with its year is a publication of that year (settled 2026-12-17 from the dev gold,
    # 5 reports : 1, withdrawing round 4's reading of the year as the period covered); statistics stay labels
    ("Among other problems, the 2010 report noted poor food and overcrowding in prisons.",
     [("report_published", "2010", "asserted")]),
    ("The ombudsman's 2010 report noted that at least one prisoner attempted suicide.",
     [("report_published", "2010", "asserted")]),
    ("According to 2008 statistics, 3 percent of the population used the Internet.", []),
    # a report issued at a date keeps its content inside it
    ("In May the NGO Lisk Watch issued a report that documented beatings of villagers who refused to pay "
     "militia taxes.", [("report_published", "2011-05", "asserted")]),
    # what happened in the period before a dated occurrence is of that year, typed by its own verb;
    # the labelled election is no event of the sentence
    ("Police beat opposition supporters in the weeks before the June 2010 referendum.",
     [("torture_or_abuse", "2010", "asserted")]),
    ("Security forces arrested dozens of journalists in the run-up to the March 2011 presidential election.",
     [("detention_or_arrest", "2011", "asserted")]),
    ("Unrest spread across the north in the months leading up to the November 2010 election.",
     [("protest", "2010", "asserted")]),
    # the same links straight before the labelled occurrence (round t-events7, lead_up_bare_links)
    ("For example, prior to the September 2010 elections, a party secretary in Lisk reported that a member of "
     "his party was beaten for wearing a party T-shirt.", [("torture_or_abuse", "2010", "asserted")]),
    # a dated noun after a preposition of sequence is its own event, the clause of the year
    # (settled 2026-12-12, "a month-labelled noun as a reference point")
    ("Before the March 3 vote, police arrested 12 opposition activists in Lisk.",
     [("election_or_referendum", "2011-03-03", "asserted"), ("detention_or_arrest", "2011", "asserted")]),
    ("Following the April 10 election, police detained 40 protesters.",
     [("election_or_referendum", "2011-04-10", "asserted"), ("detention_or_arrest", "2011", "asserted")]),
    # not a label in a reduced relative, nor a count whose verb is "were"
    ("The law offers amnesty to civil servants for acts of corruption committed prior to the 2009 uprising.", []),
    ("Other critical months were April (34) during blockades, and September (28) before the October 2 "
     "regional elections.", [("election_or_referendum", "2011-10-02", "asserted")]),
    ("The November 2010 election was marred by fraud.", [("election_or_referendum", "2010-11", "asserted")]),
    # an occurrence that did not take place is a negated event of the year
    ("Legislative elections did not take place during the year.",
     [("election_or_referendum", "2011", "negated")]),
    ("The planned referendum on the new constitution never took place.",
     [("election_or_referendum", "2011", "negated")]),
    ("Trafficking did not take place on a large scale.", []),
    # practices told by frequency (issue 14, class 3): a frequency adjective on what is done or when, a
    # rate on the verb, an adverb of custom
    ("The Zarnakian Red Crescent conducted regular visits to prisons in the north.", []),
    ("Police arrested migrants and seized their papers during periodic sweeps of the markets in Lisk.", []),
    ("State radio broadcast 20 hours a day in three languages.", []),
    # a rate adjective on a plural act noun is a practice; on a medium, what is published each week (t-tidy14)
    ("The Zarnakian Red Crescent conducted monthly visits to prisons in the north.", []),
    ("Police closed the weekly newspaper Lisk Courier.", [("censorship_or_blocking", "2011", "asserted")]),
    ("Special trials for senior officials were held sporadically.", []),
    ("Village elders traditionally settled land disputes in Kov.", []),
    # what data show and states of affairs are no occurrences of type other
    ("The latest Global Integrity Index reflected that corruption was a serious problem.", []),
    ("Members of the Tavri minority occupied two seats in the cabinet.", []),
    ("Low salaries of Zarnakian police officers contributed to corruption.", []),
    # what workers or forces staged is an occurrence of the year (issue 14, class 4), a habit of staging is not
    ("Workers in the copper mines initiated a few strikes in three other regions.",
     [("strike", "2011", "asserted")]),
    ("Teachers staged several protests in Lisk over unpaid wages.", [("protest", "2011", "asserted")]),
    ("Teachers often staged protests over unpaid wages.", []),
    # an occurrence that did not happen "during the year" is a negated event (issue 14, negations);
    # without the year it is a state
    ("There were no such incidents during the year.", [("other", "2011", "negated")]),
    ("The penal code permits forced labor as punishment for illegal strikes, but no such punishment was "
     "imposed during the year.", [("conviction_or_sentence", "2011", "negated")]),
    ("No suspects were identified during the year.", [("investigation", "2011", "negated")]),
    ("There were no reports during the year of activity by armed groups in Kov, including killings.",
     [("killing", "2011", "negated")]),
    ("There were no such incidents in Kov.", []),
    ("Unlike in the previous year, no new information was available.", []),
    ("During the year there were no additional provisions that allowed families to visit prisoners.", []),
    ("No refugee possessed a valid identity card during the year.", []),
    # a single visit is still one, and so is a count of named acts
    ("The Zarnakian Red Crescent visited the central prison in Lisk.", [("other", "2011", "asserted")]),
    ("Police arrested 30 migrants during a sweep of the market in Lisk.",
     [("detention_or_arrest", "2011", "asserted")]),
]


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, [c[0] for c in CASES], "zarnakia-2011")


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_statement_class(extracted, sentence, expected):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert found == expected
