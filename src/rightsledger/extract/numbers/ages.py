"""Ages told by their context: is a bare number ("18", "twelve") the age of a person?

``numbers.find_numbers`` gives such a number the kind ``age`` (an age is not a figure,
docs/EVALUATION.md; provisions read ages in rules as thresholds). The number carries no
unit of its own ("years old" is read by ``numbers.AGE_AFTER``); what makes it an age is
the wording around it:

- a word of age before it: "age 18", "aged 16", "younger than 15", "marry at 16";
- a rule moving an age or setting it: "the minimum age … was lowered to 16", "set the
  maximum age for free primary education at 13";
- a person compared with it: "citizens over 18", "children under 15,", "no person under 18 may",
  and a range after a person noun: "women between 15 and 49", "children 12 to 14 may work";
- a clause saying what a person's age was: "women who were 18 and over", "girls who were
  12 or even younger", "children who are 14 to 17 may work", "before they were 15";
- "or older"/"and over" after it: "children 14 or older", "persons 60 and above";
- "at 16" in a sentence about minors or adults: "Minors are considered adults at 18";
- after an age of the same sentence: a range ("… at 16; between 16 and 18, they are tried"),
  the next of a list ("girls ages three, five, and eight"), an age again after a
  preposition ("married before age 15 and 52 percent before 18").

Not ages: a number that counts a noun after it ("who were 12 men", "children over 10
villages"), fractions, numbers above 120.
"""
from __future__ import annotations

import re

from ..lexicons import alternation, lexicon

AGE_BEFORE = re.compile(r"(?:\bages?|\baged|\bages?[ \t]+of|\b(?:younger|older)[ \t]+than|"
                        r"\bas[ \t]+(?:young|old)[ \t]+as|"
                        r"(?<!\bin )\bturn(?:s|ed|ing)?|"  # "must apply before turning 18"
                        r"\bmarr(?:y|ies|ied|ying|iage)[ \t]+(?:at|before|by))"  # "marry at 16"
                        r"[ \t]+$", re.I)
# "The minimum age for marriage was 18, but could be reduced to 16": the age a rule moves to;
# "set the maximum age for free primary education at 13": the age a rule sets
AGE_CHANGED = re.compile(r"\bage\b[^.;]{0,70}?\b(?:reduced|lowered|raised)[ \t]+to[ \t]+$", re.I)
AGE_SET_AT = re.compile(r"\bage\b[^.;]{0,70}?\bat[ \t]+$", re.I)
# "citizens over 18", "children under 15," — a comparison with a person and no counted noun; one person
# too ("No person under 18 may be employed": ``age_person_singulars``, round t-prov14)
AGE_AFTER_PERSON = re.compile(
    r"\b(?:citizens|persons|people|children|minors|girls|boys|women|men|individuals|anyone|"
    r"those|youths?|workers|employees|students|voters|adults|offenders|victims|"
    + alternation(lexicon("provisions")["age_person_singulars"]) + r")[ \t]+"
    r"(?:over|under|above|below|(?:younger|older)[ \t]+than)[ \t]+$", re.I)
# "women and girls between 15 and 49 having received …": a range of ages after a person noun, "between"
# or not ("Children 12 to 14 may perform light work", round t-prov14)
AGE_RANGE_PERSON = re.compile(  # … and in a survey's shares ("68 percent were between 15 and 17")
    r"\b(?:children|minors|girls|boys|women|men|persons|people|youths?|adolescents)[ \t]+(?:aged[ \t]+)?"
    r"(?:between[ \t]+)?$|\bpercent[ \t]+(?:were|was|are|is)[ \t]+between[ \t]+$", re.I)
AGE_END = re.compile(r"[ \t]*(?:[,.;:)]|$|(?:to|who|and|or|but|in|from|are|were|is|was|may|must|can|"
                     r"cannot|at|for|with|without|be|had|have|has)\b)", re.I)  # "children over 10 had …"
# "women who were 18 and over", "girls who were 12 or even younger", "before they were 15"
AGE_CLAUSE = re.compile(
    r"(?:\b(?:who|that)[ \t]+(?:are|were|is|was)|"
    r"\b(?:before|when|until|after|once|if)[ \t]+(?:they|he|she|the[ \t]+(?:child|girl|boy)(?:ren|s)?)"
    r"[ \t]+(?:are|were|is|was|turn(?:s|ed)?|reach(?:es|ed)?))[ \t]+$", re.I)
# "14 or older", "60 and over", "12 or even younger"
OR_OLDER = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:even[ \t]+)?(?:older|younger|over|above)\b", re.I)
# "considered adults at 18", "leave the juvenile court system at 16": "at N" where the sentence
# so far speaks of minors or adults
AT_AGE = re.compile(r"\b(?:adults?|minors?|juveniles?|majority)\b[^.;]{0,60}?\bat[ \t]+$", re.I)
BETWEEN = re.compile(r"\bbetween[ \t]+$", re.I)
# after an age of the same sentence: the next of a list ("girls ages three, five, and eight")
# and an age again with a preposition ("married before age 15 and 52 percent before 18")
LIST_AFTER_AGE = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?", re.I)
AGE_AGAIN = re.compile(r"\b(?:before|after|under|over|by|until)[ \t]+$", re.I)
PLURAL_NOUN_AFTER = re.compile(r"[ \t]+[a-z]+s\b")


def age_by_context(text: str, start: int, end: int, value: float, value_end: float | None,
                   prev_age_end: int | None = None) -> bool:
    """Is the number at ``text[start:end]`` (a bare number or a range, no unit after it) an
    age? ``prev_age_end``: where the last age mention before it ended, if any."""
    before = text[max(0, start - 28):start]
    after = text[end:end + 40]
    top = value_end if value_end is not None else value
    wide = text[max(0, start - 90):start]
    if AGE_BEFORE.search(before) or AGE_CHANGED.search(wide):
        return True
    if top > 120:
        return False
    if AGE_AFTER_PERSON.search(before) and AGE_END.match(after):
        return True
    if value_end is not None and AGE_RANGE_PERSON.search(before) and not PLURAL_NOUN_AFTER.match(after):
        return True  # "women between 15 and 49"
    if AGE_CLAUSE.search(text[max(0, start - 40):start]) and (AGE_END.match(after) or OR_OLDER.match(after)):
        return True
    if OR_OLDER.match(after):
        return True
    if (AT_AGE.search(wide) or AGE_SET_AT.search(wide)) and AGE_END.match(after):
        return True
    if prev_age_end is None or not 0 <= start - prev_age_end < 80 or re.search(
            r"[.!?]", text[prev_age_end:start]) or not AGE_END.match(after):
        return False
    gap = text[prev_age_end:start]
    return bool(LIST_AFTER_AGE.fullmatch(gap) or AGE_AGAIN.search(before)
                or value_end is not None and BETWEEN.search(before) and len(gap) < 40)
