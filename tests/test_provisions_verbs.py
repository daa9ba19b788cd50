"""Rule shapes of issue 14, provisions round 7, found by reading reports that have no gold:
more verbs of an instrument (participles and gerunds after it, its scope, "states" without
"that", a definition it makes), penalties changed by a condition ("the penalty doubles") or
told after the rule ("is illegal, with a possible prison sentence of …"), exceptions stated
in the next sentence,
the active voice of a detention period ("Police may hold a suspect for 72 hours"), and limits
stated as the predicate of their noun ("The allowable time for detention varies from …").
Sentences of our own making, about a fictional country."""
from __future__ import annotations

import pytest

from .test_provisions_schedules import _mentions  # the quantities a sentence gives as provisions

RULES = [
    # participles and gerunds of a rule verb after the instrument
    ("The mining code places several limits on strikes, such as requiring that a union represent "
     "at least 25 workers.", [25]),
    ("Inspectors noted that firms ignored a 2015 law requiring employers to fill hiring quotas for "
     "persons with disabilities (approximately 4 percent of positions).", [4]),
    ("In May parliament outlawed dueling, with offenders facing up to three years in prison.", [3]),
    ("In March the assembly amended the family code to raise the minimum age of marriage to 18.", [18]),
    ("In June the president signed into law the Marriage Act, raising the minimum age of marriage "
     "to 18 from 15.", [18, 15]),
    # "states" without "that"; the scope of a law; a definition the law makes
    ("The labor code states gatherings of five or more persons require a permit.", [5]),
    ("The law also stated strikes at ports required the support of 60 percent of dockworkers.", [60]),
    ("The decree also stated gatherings of five or more persons required a police permit.", [5]),
    ("The statute applies to all enterprises employing 15 or more workers.", [15]),
    ("The ordinance applied to all commercial establishments employing 20 or more workers.", [20]),
    ("The labor law did not apply to firms with fewer than 10 employees.", [10]),
    ("The law expressly excludes children under age 14 working in family businesses from the ban.", [14]),
    ("The penal code considers sexual relations with children younger than 14 to be rape, with "
     "sentences ranging from 10 years' imprisonment to death.", [14, 10]),
    # a penalty a condition changes; a fine told with its amount before the noun
    ("The penalty doubles when the victim is younger than 12.", [12]),
    ("If the victim dies, the penalty increases to 15 to 25 years' imprisonment.", [15]),
    ("The code bans loyalty oaths; employers who require them are subject to a 4,000 dinar ($120) fine.",
     [4000, 120]),
    # the penalty told after the rule; the exceptions a rule states in the next sentence
    ("Same-sex sexual activity is illegal, with a possible prison sentence of one to three years.", [1]),
    ("There are exceptions for night watchmen (60 hours a week) and hotel staff (52 hours a week).", [60, 52]),
    # a participle the parser tags as a past verb ("must be told … and brought"); notice told as
    # "notification"; a limit "a constitutionally mandated" one
    ("The code stipulates that persons arrested for ordinary crimes must be told of the charges against "
     "them and brought before a judge within 72 hours.", [72]),
    ("A union must provide 10 days' advance written notification of a planned strike.", [10]),
    ("Courts held the hearing despite a constitutionally mandated two-month deadline for such rulings.", [2]),
    # the older layouts' past tense of a detention period, a class of persons as the subject; the
    # bench of a court with its judges qualified
    ("Suspects could be detained for 10 days while police conducted an investigation, and for "
     "additional 10-day periods if a judge agreed.", [10]),
    ("Four regional judges sat on each bench to hear appeals.", [4]),
    # a penalty provided, told as the subject of a passive; the number a registration requires,
    # told as a predicate; a mandatory contribution
    ("Where the victim is under 14 years of age, imprisonment of 10 to 20 years is provided.", [14, 10]),
    ("The minimum number of members required to register a party was 300.", [300]),
    ("All nurses were required to join the state union, with mandatory monthly contributions of 500 dinars.",
     [500]),
    # a period past a limit, a further period, a past permission to detain (undated, a class of persons)
    ("Suspects may be held for more than 48 hours only with a judge's approval.", [48]),
    ("The prosecutor may extend the detention by an additional 4 days.", [4]),
    ("Police were allowed to detain suspects for 4 days before bringing them before a magistrate.", [4]),
    # the active voice of a detention period
    ("Police may hold a suspect for 48 hours without a warrant.", [48]),
    ("The government may detain persons in administrative detention for as long as six months "
     "without charge.", [6]),
    # a limit stated as the predicate of its noun
    ("The general legal restriction on the length of investigations is 90 days.", [90]),
    ("The allowable time for detention during an investigation varies from two to 12 months.", [2]),
    ("The maximum pretrial detention is nominally 18 months for serious crimes.", [18]),
    ("For miners there is a mandated 36-hour rest period in each week.", [36]),
]

NOT_RULES = [
    # narration around the same words
    "In May police held the journalist for 48 hours without a warrant.",
    "Police may have detained as many as 300 persons during the protests.",
    "The court sentenced him to three years in prison.",
    "The spokesperson stated in March that 40 persons had been arrested.",
    "In April the government raised salaries of 2,000 teachers.",
    "The minister considered the proposal for three months before rejecting it.",
    "He could be held for 30 days under the order.",
    "In May police were allowed to detain the journalist for four days.",
    "The number of persons detained was 300, according to the ministry.",
    "In March the suspects could be detained for 10 days before the court intervened.",
    "The constitution and law provide citizens the right to change their government, and citizens "
    "exercised this right in 2010 in two rounds of elections.",
    "On May 3, a court convicted the mayor of fraud, with a sentence of five years in prison.",
    # a figure in a parenthetical relative clause is not the rule's quantity
    "Wage laws apply to the formal sector (which employed approximately 12 percent of workers) and to farms.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, values", RULES)
def test_rule_shapes_of_round_seven(nlp, sentence: str, values: list) -> None:
    assert [m.value for m in sorted(_mentions(nlp, sentence), key=lambda m: m.start)] == values


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RULES)
def test_narration_with_the_same_words_is_not_a_rule(nlp, sentence: str) -> None:
    assert not _mentions(nlp, sentence)
