"""Exact cues of an event's type (``extract/events/types/cues.py``, issue 14 round t-types2): classes of
type errors found on the dev gold outside Section 1 and on reports without gold (state.gov 2018
Zimbabwe, 2019 Bolivia, 2021 Nigeria, 2022 Tanzania, 2023 Uganda), pinned on sentences of a
fictional report (Orlavia, 2022) written for these tests. The types are the shipped pipeline's (the
rules, then the trained typer), one paragraph per sentence.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n")

# (sentence, expected type, expected date)
CASES = [
    # what was fired: persons (a dismissal) or a weapon (an attack)
    ("In mid-April the government fired 16,000 nurses after they went on strike for better pay.",
     "dismissal", "2022-04"),
    ("In May police fired tear gas at the crowd in Tarvel.", "attack_or_threat", "2022-05"),
    ("Shots were fired at the home of the editor on May 3.", "attack_or_threat", "2022-05-03"),
    # adopted, enacted or introduced: a legal instrument is a law; programs, desks, legislation only
    # introduced are not ("Plans are not laws")
    ("In 2021 the government enacted some programs to assist persons with disabilities in civic life.",
     "other", "2021"),
    ("In March the government introduced gender desks in every prison.", "other", "2022-03"),
    ("In October the government introduced legislation to establish military tribunals.", "other", "2022-10"),
    ("In May parliament adopted a law on persons with disabilities.", "law_or_decree", "2022-05"),
    ("In 2021 the government enacted POSA to regulate public gatherings.", "law_or_decree", "2021"),
    ("The constitution, which was adopted in May, guarantees equal rights.", "law_or_decree", "2022-05"),
    ("On March 19, the president nominated by decree a chairman for the Orlavian Human Rights Commission.",
     "other", "2022-03-19"),
    # a court striking a provision down is no strike
    ("In June the Constitutional Court struck down a provision that allowed girls to marry at age 16.",
     "other", "2022-06"),
    # deaths at work are no killings (a death in custody stays one)
    ("On June 16, a worker of a construction company died during maintenance work in the boiler house.",
     "other", "2022-06-16"),
    ("On June 25, the labor inspectorate reported a June 10 accident that killed four workers.",
     "other", "2022-06-10"),
    ("Three foreign workers reportedly died while in custody in March.", "death_in_custody", "2022-03"),
    # kidnapping coordinated with a killing is a killing
    ("On May 18, two police officers kidnapped Rina Tass, killed her by suffocation, and hid her body.",
     "killing", "2022-05-18"),
    # "human rights abuses", "rule of law": no act, no law
    ("Rebel groups, militias, and bandits committed numerous human rights abuses.", "other", "2022"),
    ("The assistant secretary-general for rule of law also visited the country in February.", "other",
     "2022-02"),
    # an election as the frame of what the sentence tells
    ("During the September 5 election, the government provided voting assistance to persons with "
     "disabilities.", "other", "2022-09-05"),
    ("During the July 30 elections, police killed three voters in Tarvel.", "killing", "2022-07-30"),
    # closing, suspending and restricting what is not media; lifting a ban
    ("In October the government shut down three churches in Tarvel.", "other", "2022-10"),
    ("In 2018 the international federation suspended the membership of the Orlavian union.", "other", "2018"),
    ("Journalists ignored the ban, which was lifted on August 1 following international criticism.",
     "other", "2022-08-01"),
    ("There were no reports of restrictions on collective bargaining during the year.", "other", "2022"),
    ("There were no reports of restrictions on collective bargaining or punishment of workers for "
     "participating in illegal strikes.", "other", "2022"),
    ("In 2021 the government declared some strikes, including those by teachers in Tarvel, illegal.", "other",
     "2021"),
    ("In July the government launched a new birth registration program in six counties.", "other", "2022-07"),
    ("In May the broadcasting council monitored and censored the content of radio station programming.",
     "censorship_or_blocking", "2022-05"),
    # a practice named by an acronym banned is a rule on an activity
    ("In 2021 Tarvel State banned FGM/C.", "law_or_decree", "2021"),
    # ... while academic freedom restricted, or media fined by a regulator, is censorship
    ("Observers reported some officials abused their positions to engage in land grabbing.", "other", "2022"),
    ("In the spring the government opened centers for aid to victims of sexual abuse.", "other", "2022"),
    ("From January through August, 367 victims of organized violence and torture sought medical treatment.",
     "torture_or_abuse", "2022-01"),
    # ("There were no government restrictions on academic freedom or cultural events": a state, no
    # event since the 2026-12-13 settlement; tests/test_event_nostates.py)
    ("There were no government restrictions on academic freedom during the year.",
     "censorship_or_blocking", "2022"),
    ("In May authorities cancelled live radio call-in shows in Tarvel.", "censorship_or_blocking", "2022-05"),
    # ... but a court's fine stays a sentence, and a registration cancelled a registration decision
    ("In May the newspaper Orla Daily was fined 20,000 crowns by a Tarvel court for defamation.",
     "conviction_or_sentence", "2022-05"),
    ("In June the ministry cancelled the registration of the newspaper Orla Daily.", "registration_decision",
     "2022-06"),
    ("In April the broadcasting commission fined Kala TV and the Orla FM radio station for airing "
     "interviews with rebels.", "censorship_or_blocking", "2022-04"),
]

# (sentence, a type it must not get, or None when the sentence states no event at all)
NOT_CASES = [
    ("Emergency health care services were mostly executed by private hospitals.", None),
    ("In 2022 the maternal mortality rate was 512 deaths per 100,000 live births.", "killing"),
    ("In March police executed arrest warrants against three officials.", "killing"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + NOT_CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_type_cue(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_type_cue_not(typed, sentence, type_):
    if type_ is None:
        assert typed[sentence] == []
    else:
        assert type_ not in [t for t, _, _ in typed[sentence]]
