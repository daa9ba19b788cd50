"""Figures and provisions of the modern state.gov layout (issue 14, round 5): numbers inside
names are no figures ("the 3.5 formula", "COVID-19", "the Day of Zero Tolerance", "Title 4
of the code"), nor ages given as a range after a person noun ("girls between 15 and 49");
provisions carry "renewable once" after a time limit, the conditions of a penal rule ("sex
with someone younger than 16 is punishable …", "if the victim dies within 30 days"), rules
stated with a plural subject ("Exceptions allow children to work at age 13"), "Sentences
range from …" and the number of members a registration requires; an instrument word inside
a name ("the Law School provided") is no rule. Sentences of our own making, about a
fictional country."""
from __future__ import annotations

import pytest

from rightsledger.extract.numbers import find_numbers
from rightsledger.extract.provisions.build import _legal_limits, rule_mentions

TEXT = (
    "ZEMBLA 2024 HUMAN RIGHTS REPORT\n\n"
    "Observers asked leaders to abolish the \u201c3.5 formula\u201d under which minority clans shared "
    "the remaining \u201c0.5\u201d share. Leaders kept the 3.5 formula in the lower house. "
    "The 12 clinics stayed open. "
    "Schools marked the International Day of Zero Tolerance for Corporal Punishment. "
    "The emergency measures against COVID-19 closed 14 markets. "
    "Some 80 percent of women and girls between 15 and 49 had undergone the procedure. "
    "Custom allows men to have more than one wife. "
    "Free legal aid was often not available in the north, but three legal aid clinics at the "
    "National University Law School provided some services.\n"
)


def _doc_figures(nlp, text: str):
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.figures import extract_figures
    from rightsledger.records import Document
    from rightsledger.structure import outline

    doc = Document("zembla-2024", "Zembla", "Zembla", None, 2024, "", "txt", "x", len(text))
    return extract_figures(annotate(text, doc, outline(text, doc.id), nlp))


@pytest.mark.model
def test_numbers_in_names_and_age_ranges_are_not_figures(nlp) -> None:
    values = sorted(f.value for f in _doc_figures(nlp, TEXT))
    assert values == sorted([0.5, 12, 14, 80, 3])


def test_numbers_glued_to_names_and_code_titles_are_references() -> None:
    def kinds(s: str) -> list[tuple]:
        return [(m.value, m.kind) for m in find_numbers(s)]

    assert kinds("to limit the spread of COVID-19") == [(19, "reference")]
    assert kinds("soldiers armed with AK-47 rifles") == [(47, "reference")]
    assert kinds("Title 4 of the labor code prohibits forced labor") == [(4, "reference")]
    assert kinds("marked the Day of Zero Tolerance") == [(0, "reference")]
    assert kinds("girls between 15 and 49 had undergone it") == [(15, "age")]
    assert kinds("between 15 and 49 persons were detained") == [(15, "count")]


RULES = [
    ("The law also provides that suspects be charged within 24 hours, renewable once if a judge "
     "agrees.", [24, 1]),
    ("Intercourse with someone younger than 16 is punishable by four to 12 years in prison.", [16, 4]),
    ("The code specifies imprisonment of six to 25 years if the victim is badly hurt; if the victim "
     "dies within 30 days of the assault the penalty is up to life in prison.", [6, 30, None]),  # life: a value-less penalty
    ("Sentences range from two months to three years in prison, depending on the offense.", [2]),
    ("Exceptions allow children to work at age 13 as apprentices and at age 15 for other work.", [13, 15]),
    ("Suspects had the right to see a court within 72 hours and to have a lawyer (or have one "
     "provided at public expense).", [72]),
]
NOT_RULES = [
    "Free legal aid was often not available in the north, but three legal aid clinics at the "
    "National University Law School provided some services.",
    "Officials kept the 3.5 formula that the transitional charter set for the lower house.",
    "The emergency measures to limit the spread of COVID-19 included a ban on travel.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_conditions_renewals_and_plural_rules(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in rule_mentions(sentence, nlp(sentence)[:])] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_names_and_pronouns_are_not_rule_quantities(nlp, sentence: str) -> None:
    assert [m.value for m in rule_mentions(sentence, nlp(sentence)[:])] == []


def test_number_of_required_members_is_a_threshold() -> None:
    sentence = ("Authorities adopted reforms that lower the number of required members of a party "
                "from 40,000 to 10,000 in March.")
    assert [m.value for m in _legal_limits(sentence)] == [40000, 10000]


@pytest.mark.model
def test_condition_of_a_penalty_is_a_threshold_in_days(nlp) -> None:
    from rightsledger.extract.annotate import annotate
    from rightsledger.extract.provisions import extract_provisions
    from rightsledger.records import Document
    from rightsledger.structure import outline

    text = ("ZEMBLA 2024 HUMAN RIGHTS REPORT\n\n"
            "The code specifies imprisonment of six to 25 years if the victim is badly hurt; if the "
            "victim dies within 30 days of the assault the penalty is up to life in prison. "
            "The law allows custody to be doubled to 72 hours, renewable once, in terrorism cases.\n")
    doc = Document("zembla-2024", "Zembla", "Zembla", None, 2024, "", "txt", "x", len(text))
    provs = extract_provisions(annotate(text, doc, outline(text, doc.id), nlp))
    got = [(p.norm, p.quantity.value, p.quantity.unit) for p in provs]
    assert got == [("penalty", 6, "years"), ("threshold", 30, "days"), ("penalty", None, None),  # life
                   ("time_limit", 72, "hours"), ("time_limit", 1, "renewals")]


def test_ages_in_survey_shares_and_plural_one() -> None:
    def kinds(s: str) -> list[tuple]:
        return [(m.value, m.kind) for m in find_numbers(s)]

    assert kinds("68 percent were between 15 and 17, and") == [(68, "percent"), (15, "age")]
    assert kinds("Nearly all children over 10 had seen the fighting") == [(10, "age")]


@pytest.mark.model
def test_remit_of_a_body_and_customary_rules_are_provisions(nlp) -> None:
    """The remit of a body set by an amount and a rule of religious or customary law are
    provisions (threshold), not figures, even narrated in the past tense."""
    remit = ("The Procurement Board, an advisory body without legal powers that was responsible for "
             "reviewing all public contracts of more than $2 million, met monthly.")
    assert [m.value for m in _legal_limits(remit)] == [2_000_000]
    custom = ("According to sharia and the local custom of blood money, anyone found guilty of killing "
              "a woman paid her family only one-half the amount due for a man.")
    assert [m.value for m in rule_mentions(custom, nlp(custom)[:])] == [0.5]
    dated = ("In May, according to sharia, the court ordered the family to pay 100 camels.")
    assert [m.value for m in rule_mentions(dated, nlp(dated)[:])] == []


def test_one_in_a_contrast_picks_a_member() -> None:
    from rightsledger.extract.figures.build import _one_and_other

    def contrast(s: str) -> bool:
        return _one_and_other(s, s.index("one") + 3)

    assert contrast("a pact not to shelter rebels from one country on the territory of the other.")
    assert contrast("clinics in areas held by one clan turned away patients from another clan")
    assert contrast("one guard was jailed for six years and the other for eight years.")
    assert not contrast("one journalist was killed and another injured")
    assert not contrast("one soldier died and the other soldiers fled")


@pytest.mark.parametrize("sentence, values", [
    ("Officials stated that the new travel document would be valid for 12 months.", [12]),
    ("They were considered permanent residents, a status which was granted for 10 years.", [10]),
    ("Certified firms are exempt from labor inspections for three years.", [3]),
    ("The first decree was for a period of three months and was never extended.", [3]),
    ("Police cells, intended to hold suspects for not more than two days, were overcrowded.", [2]),
    ("In May the court granted him bail for two weeks.", []),
    ("Police held him for two weeks.", []),
])
def test_validity_periods_are_limits(sentence: str, values: list) -> None:
    assert [m.value for m in _legal_limits(sentence)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", [
    ("In other cases, the courts offered defendants up to 30 days to appeal death sentences.", [30]),
    ("The law gives the police 48 hours to charge a suspect.", [48]),
    ("In May the judge gave him two days to leave the country.", []),
])
def test_time_given_to_act_is_a_limit(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in rule_mentions(sentence, nlp(sentence)[:])] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", [
    ("There are official minimum wages established by a 1994 decree of 200 crowns per day ($0.10) "
     "in towns and 150 crowns per day ($0.08) in villages.", [200, 0.1, 150, 0.08]),
    ("The commission established by presidential decree in March interviewed 300 witnesses.", []),
])
def test_instrument_as_agent_states_a_rule(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in rule_mentions(sentence, nlp(sentence)[:])] == values
