"""Detection classes of round t-events9 (issue 14), found on the first runs of the 13 newest dev reports
and confirmed on unread collection pages:

* a trigger noun that "occurred", "took place" or "did occur" in the simple past, in the main clause,
  is an occurrence of the year ("Assaults on inmates by prison guards occurred"); not a habit
  ("generally", "occasionally", "In general"), a clause under another, a share ("Most arrests
  occurred in the south"), cases or incidents (report nouns), violence or abuse without its doer
  ("Child abuse occurred openly in the Kesh markets");
* persons "held" incommunicado, without charge or in detention are detained ("Security forces held
  suspects incommunicado"); not "held talks", "held 40 seats", a habit, conditions ("were held in
  separate cells"), the holding before a release;
* pardons, amnesty and asylum granted in the simple past ("The president granted pardons to several
  hundred convicts") are occurrences; not "first asylum", hearings not granted;
* approval is a reaction as condemnation is ("Farmers' unions praised the new land code"), and a denial, a
  comment, restrictions are occurrences one reacts to ("The Green Front criticized the denial");
* training given to persons ("The interior ministry trained 60 harbor police officers in first aid") is a campaign of the year
  (settled 2026-12-08: training given or received);
* a body not established by a time ("As of year's end the cabinet had not established a naval tribunal") is a negated
  step (settled 2026-12-06: any act in the past perfect with a time mark).

Paragraphs of a fictional report (Lorvania, 2021) written for these tests.
"""
from __future__ import annotations

import pytest

from .conftest import report_events

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# sentence -> the (type, date, polarity) of its events (type None: the type rules' to decide)
EXPECTED = {
    # occurred, took place
    "Assaults on inmates by prison guards occurred.": [(None, "2021", "asserted")],
    "The code bars arrests after dusk, but arrests of fishermen after dusk occurred in Port Lerin.":
        [("detention_or_arrest", "2021", "asserted")],
    "Even so, strikes by Lorvanian dock workers did occur.": [("strike", "2021", "asserted")],
    "Tattooed musicians faced stigma, and harassment of them by the border police occurred.":
        [("attack_or_threat", "2021", "asserted")],
    "Censorship, intimidation of Kesh bloggers, and suspension of two radio licenses occurred.":
        [("censorship_or_blocking", "2021", "asserted")],
    "Killings of civilians by militias occurred in all regions.": [("killing", "2021", "asserted")],
    "Mistreatment of detainees by guards reportedly occurred at the central prison.":
        [("torture_or_abuse", "2021", "alleged")],
    # acts of violence without their doer: phenomena
    "Child abuse occurred openly in the Kesh markets.": [],
    "Neglect, common assault, and sexual assault occurred in the hill villages.": [],
    "Ritual killings occurred in the hill villages, although nobody knew how many.": [],
    "Protests against the dam occurred and sometimes resulted in riots.": [],
    "Many arrests of Tessa traders took place without warrants.": [("detention_or_arrest", "2021", "asserted")],
    "Strikes by Kesh bakers generally occurred without notice.": [],
    "Forced marriages occurred occasionally in the hill villages.": [],
    "Registration of Lorvanian newborns occurred in a timely manner.": [],
    "Widespread self-censorship among Kesh editors occurred afterward.": [],
    "In general the killings took place during police operations.": [],
    "There were reports that corporal punishment occurred.": [],
    "Most arrests of sect members occurred in the south.": [],
    "The prosecutor reviewed violations that occurred in the border district.": [],
    "The code forbids secret detention, but such cases occurred in Tessa.": [],
    # held in custody
    "Police held the journalist incommunicado for three days.": [("detention_or_arrest", "2021", "asserted")],
    "Security forces held suspects, particularly opposition leaders, incommunicado and under house arrest.":
        [("detention_or_arrest", "2021", "asserted")],
    "Authorities held the two editors without charge.": [("detention_or_arrest", "2021", "asserted")],
    "Officials held them in pretrial detention.": [("detention_or_arrest", "2021", "asserted")],
    "Boys and girls were held in separate wings in the Kesh facility.": [],
    "Wardens held prisoners in crumbling island prisons.": [],
    "Authorities held most detainees in the three main prisons without trial.": [],
    "Police held them for 47 days without charge before releasing them on May 16.":
        [("release", "2021-05-16", "asserted")],
    "At times authorities held suspects incommunicado for up to one week.": [],
    "Police frequently held suspects longer without charge.": [],
    "The ministry held talks with the union.": [],
    "The opposition held 40 seats in parliament.": [],
    # pardons and amnesty granted
    "The president granted pardons to several hundred convicts.": [("release", "2021", "asserted")],
    "The law grants amnesty to combatants who surrender.": [],
    "The cabinet granted refugee status and asylum to 40 Vardanians during the year.": [(None, "2021", "asserted")],
    "Magistrates in Kesh generally granted bail petitions.": [],
    "The cabinet granted first asylum to Vardanian refugees.": [],
    "Judges did not grant many Tessa detainees hearings within the statutory three days.": [],
    # reactions: approval, and objects that name an occurrence
    "Lorvanian farmers' unions praised the new land code.": [("other", "2021", "asserted")],
    "The Green Front criticized the denial.": [("other", "2021", "asserted")],
    "Rights groups condemned the minister's comment, for which he apologized.": [("other", "2021", "asserted")],
    "Two Kesh charities praised the cabinet for funding swimming lessons.": [],
    "Activists criticized discrimination against goat herders.": [],
    # training given
    "The interior ministry trained 60 harbor police officers in first aid.": [("other", "2021", "asserted")],
    "The ministry trained mining sector wardens in partnership with two charities.": [("other", "2021", "asserted")],
    "The labor office trained thirty quarry inspectors in rope safety.":
        [("other", "2021", "asserted")],
    "The ministry frequently trained police officers.": [],
    "Prisons lacked trained personnel.": [],
    # a body not established by a time: a negated step (the past perfect with a time mark)
    "As of year's end the cabinet had not established a naval tribunal.": [("other", "2021", "negated")],
    "The cabinet had not yet established the planned Fisheries Ombudsman Office.":
        [("other", "2021", "negated")],
    "The law establishes a commission for the prevention of torture.": [],
}


@pytest.fixture(scope="module")
def extracted(nlp):
    return report_events(nlp, HEADER, list(EXPECTED), "lorvania-2021")


@pytest.mark.parametrize("sentence", list(EXPECTED), ids=[s[:40] for s in EXPECTED])
def test_happened_held_and_trained(extracted, sentence):
    found = [(e.type, e.date, e.polarity) for e in extracted if e.evidence.text.strip() == sentence]
    assert [(t and f[0], *f[1:]) for f, (t, *_) in zip(found, EXPECTED[sentence])] == EXPECTED[sentence]
    assert len(found) == len(EXPECTED[sentence])
