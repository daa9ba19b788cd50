"""Types of statements, appeals, raids, dispersals and strikes (issue 14, round t-types6): classes of type
errors found on the dev gold (each on at least two dev reports) and on reports without gold, pinned on
sentences of a fictional report (Orlavia, 2022) written for these tests. The types are the shipped
pipeline's (the rules, then the trained typer), one paragraph per sentence.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 1. Respect for the Integrity of the Person\n\n")

# (sentence, expected type, expected date)
CASES = [
    # a statement issued is a reaction (other); one that accuses an act is that act (statements.py)
    ("Police also issued a statement pledging to cooperate with LGBTI groups.", "other", "2022"),
    ("On July 21, the Orla Editors' Guild issued a statement calling the ministry's letter a threat to press "
     "freedom.", "other", "2022-07-21"),
    ("On July 22, the Orla Editors' Guild issued a statement calling the commission's letter a subtle threat to "
     "free press.", "other", "2022-07-22"),
    ("On February 27, the UN special rapporteur released a statement urging the government to respect the "
     "independence of judges.", "other", "2022-02-27"),
    ("During the year, the Tarvel Rights Group issued a statement that accused soldiers of raping women in four "
     "villages.", "torture_or_abuse", "2022"),
    ("In May the ombudsman published a report on prison conditions.", "report_published", "2022-05"),
    ("In April a local rights group issued a statement that accused militia members loyal to Tam Orel of killing "
     "12 civilians.", "killing", "2022-04"),
    ("The national registry and the press published the initial statements and updates.", "report_published",
     "2022"),
    # a party's appeal and a civil ruling overturned are other; a verdict upheld stays a trial (appeals.py)
    ("The prosecutor's office appealed the ruling.", "other", "2022"),
    ("On March 2, the prosecutor's office appealed the acquittal of three police officers.", "other",
     "2022-03-02"),
    ("The victims appealed to the regional court of justice for compensation.", "other", "2022"),
    ("In June the appeals court overturned the high court's decision and reinstated the mayor.", "other",
     "2022-06"),
    ("On September 6, the labor court overturned the mediation board's ruling barring teachers from striking.",
     "other", "2022-09-06"),
    ("On May 4, the Tarvel Appeals Court upheld the verdict.", "trial", "2022-05-04"),
    ("Prosecutors appealed the acquittal, and on September 2, the Tarvel Appeals Court overturned it and ordered a "
     "retrial.", "trial", "2022-09-02"),
    ("On March 3, the regional court upheld the four-year prison sentence of blogger Lena Marek.", "trial",
     "2022-03-03"),
    # looting and raids of the state's forces on premises are other (settled); an armed group's raid an attack
    ("In March members of the security forces looted homes in Tarvel.", "other", "2022-03"),
    ("In July police raided homes in the Arvel settlements in search of weapons.", "other", "2022-07"),
    ("On September 20, police raided the offices of two human rights groups in Tarvel.", "other", "2022-09-20"),
    ("In late December 2021, authorities raided the union's office and arrested several union members on "
     "charges of incitement.", "detention_or_arrest", "2021-12"),
    ("On March 9, soldiers raided homes in Senna and shot civilians as they ran for cover.", "killing", "2022-03-09"),
    ("In March soldiers raided Dunmore Quarter to apprehend separatists who had attacked a checkpoint.",
     "attack_or_threat", "2022-03"),
    ("In May gunmen attacked the village of Senna and looted shops.", "attack_or_threat", "2022-05"),
    ("In 2021 Orlavian Liberation Front fighters raided schools and mosques in Senna and harassed clan elders.",
     "attack_or_threat", "2021"),
    # a gathering broken up, a dispersal: attacks (settled)
    ("On January 14, police broke up a protest against rising food prices.", "attack_or_threat", "2022-01-14"),
    ("In September police broke up a meeting held by the opposition leader in a private home.",
     "attack_or_threat", "2022-09"),
    ("There were no developments regarding the violent dispersal of demonstrators in 2021.",
     "attack_or_threat", "2021"),
    # shots fired with the deaths they caused: a killing
    ("On June 11, militiamen fired into a minibus in Tarvel, killing seven persons.", "killing", "2022-06-11"),
    ("On May 31, extremists fired upon the crowd at the cattle market in Senna, killing 25 and injuring others.",
     "killing", "2022-05-31"),
    # a strike suspended is a strike; media suspended stay censorship
    ("On September 1, the union suspended the strike after the ministry agreed to negotiate.", "strike",
     "2022-09-01"),
    ("On May 2, the regulator suspended Radio Tarvel's broadcasts.", "censorship_or_blocking", "2022-05-02"),
]

# (sentence, a type it must not get)
NOT_CASES = [
    ("Rebels raided the village on June 2 and killed four farmers.", "other"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES + NOT_CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_step_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


@pytest.mark.parametrize("sentence,type_", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_step_type_not(typed, sentence, type_):
    assert type_ not in [t for t, _, _ in typed[sentence]]
