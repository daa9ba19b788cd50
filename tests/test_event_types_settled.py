"""Types the conventions settle (``extract/events/types/settled.py`` and the trigger tables, issue 14 round
t-types5): classes of type errors of the first runs of the ten dev reports annotated in round
2026-12-07 (each class on at least two of them and on a report without gold), pinned on sentences of
a fictional report (Orlavia, 2022) written for these tests. The types are the shipped pipeline's
(the rules, then the trained typer), one paragraph per sentence.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, expected type, expected date)
CASES = [
    # kidnappings, abductions and disappearances are other (settled), arrests stay arrests
    ("On June 13, an armed group abducted a local councillor, Tam Orel, in Tarvel.", "other", "2022-06-13"),
    ("On September 16, masked men kidnapped a schoolteacher on the Tarvel road and asked her family for money.",
     "other", "2022-09-16"),
    ("On May 3, two herders disappeared after soldiers led them away from their camp.", "other", "2022-05-03"),
    ("In 2021 two officers were sentenced to prison for the 2019 kidnapping of an opposition deputy.",
     "other", "2019"),
    ("In March police arrested three journalists in Tarvel.", "detention_or_arrest", "2022-03"),
    # explosives set off or thrown, armed seizures and fights are attacks
    ("On February 20, an explosive device was detonated outside a Tarvel clinic.",
     "attack_or_threat", "2022-02-20"),
    ("On April 2, a bomb went off near the Tarvel bus station; no one was hurt.",
     "attack_or_threat", "2022-04-02"),
    ("On June 23, a grenade was thrown into the Orla Daily newsroom.",
     "attack_or_threat", "2022-06-23"),
    ("In December rebel forces seized the town of Dunmore by force.", "attack_or_threat", "2022-12"),
    ("On August 5, militiamen of the Dunmore clan fought militiamen of the Arvel clan near the river.",
     "attack_or_threat", "2022-08-05"),
    # observers' verdicts on an election are other (settled); the election told as such stays one
    ("Local observers characterized the legislative elections held in 2020 as calm and transparent.",
     "other", "2020"),
    ("Observers of the 2020 municipal elections raised several concerns about voter lists.", "other", "2020"),
    ("Observers also described the February 21 assembly elections as orderly.", "other",
     "2022-02-21"),
    ("Foreign observers considered the 2020 presidential elections to be broadly credible.",
     "other", "2020"),
    ("In May the electoral commission held legislative elections, which observers described as orderly.",
     "election_or_referendum", "2022-05"),
    # what a body was created to do is no investigation of that date: the creation is other
    ("The Orlavian Truth Commission was established in 2014 to investigate abuses committed under military rule.",
     "other", "2014"),
    ("The river police unit (created in 2019 to investigate smuggling) made few arrests.",
     "other", "2019"),
    ("In March the police created a commission to investigate these killings.", "investigation", "2022-03"),
    # a report handed in, a report doing what its authors say: a publication
    ("In May an independent expert submitted a report on prison conditions to the UN.", "report_published",
     "2022-05"),
    ("On April 30, a report by the Orlavian Bar faulted the police for slow inquiries.", "report_published",
     "2022-04-30"),
    # suspending or prohibiting what is not media is no censorship; media suspended is
    ("On April 18, the regional trade council suspended Orlavia's candidacy over unpaid dues.",
     "other", "2022-04-18"),
    ("In March the governor tried to prohibit cargo flights at Tarvel airport.", "other",
     "2022-03"),
    ("On August 11, the army announced it would prohibit marches against the new dam.",
     "other", "2022-08-11"),
    ("On May 2, the regulator suspended the broadcasts of Radio Tarvel for three months.",
     "censorship_or_blocking", "2022-05-02"),
    ("On October 23, authorities suspended mobile data in three northern provinces.",
     "censorship_or_blocking", "2022-10-23"),
    ("In March authorities suspended the activities of 12 farmers' associations.",
     "registration_decision", "2022-03"),
    # a state of emergency or a curfew declared, renewed or imposed is a decree (settled); one that continued
    # is a state
    ("On December 15, the government declared a state of emergency in two flooded provinces.",
     "law_or_decree", "2022-12-15"),
    ("In March the president imposed a curfew in the capital following attacks on police stations.",
     "law_or_decree", "2022-03"),
    ("During the year the government renewed the state of emergency in the northern region.",
     "law_or_decree", "2022"),
    ("In July the governor instituted a curfew in the two border districts.", "law_or_decree", "2022-07"),
]

# (sentence, a type it must not get)
NOT_CASES = [
    # (an undated verdict, "Foreign observers called the election calm", is an `other` event dated by the
    # election it judges: docs/EVALUATION.md, "Statements, verdicts and cooperation"; events/undated/verdicts.py)
    ("The state of emergency continued throughout the year.", "law_or_decree"),
    ("In June customs officers seized 40 passports at the Tarvel border post.", "attack_or_threat"),
    ("On May 9, the ministry pledged to fight corruption in the police.", "attack_or_threat"),
    ("In March the deputy minister submitted his resignation to the president.", "report_published"),
    ("In March police submitted their investigation report on the Tarvel fire to the prosecutor.", "report_published"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + NOT_CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_settled_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_settled_type_not(typed, sentence, type_):
    assert type_ not in [t for t, _, _ in typed[sentence]]
