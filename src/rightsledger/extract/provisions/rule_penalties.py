"""Penalties a rule states without a law frame (issue 14, provisions round 9; the penalties a court
imposed are ``extract/terms/penalties.py``'s), read on the dev gold's misses and confirmed on
collection pages without gold:

- the penalty as the subject of a present or modal verb: "If the victim is under 15, the
  penalty is 12 to 25 years' imprisonment", "the prison sentence is six months to two years",
  "Penalties generally range from two months to five years in prison", "Sentences may include
  life imprisonment", "A prison term of 15 to 25 years applies if …" (``PENALTY_IS``,
  ``PENALTY_APPLIES``);
- a punishment told with a modal: "could be punished with imprisonment from three to nine
  years", "Authorities may impose a fine of not less than 2,000 dinars" (``PUNISHED``,
  ``MAY_IMPOSE``), "may be imprisoned for life", "could be sentenced to death" (``MODAL_CAPITAL``);
- what a class of offenders faces: "Repeat offenders face 12 to 18 years in prison", "faced life
  imprisonment", "faces a maximum four-year prison sentence" (``FACE_TERM``, ``FACE_CAPITAL``,
  only when the subject is a class, never one person: "He faced up to 30 years in prison" tells
  a case).

A past tense ("the penalty was", "were punished with") narrates a case and is left to the other
frames of :mod:`.provisions`, which read the older layouts' past-tense rules.

``bound_terms`` reads a prison term bound to the noun of imprisonment whatever verb or frame the sentence
has ("Prison sentences for traffickers stipulate imprisonment from six to 10 years", "Failure to comply
can lead to fines and imprisonment for six to 12 months", "penalties, which range from six months' to 20
years' imprisonment", "Penalties included up to nine years of rigorous imprisonment"; issue 14, round
t-prov13 of session 29, read on the misses of six dev reports). A duration counts when the noun
(``prison_nouns``) follows it, over an apostrophe, "of" and one word, or comes right before it with a
preposition of ``prison_term_links`` (and "up to", "a maximum of" …, which ``rule_numbers`` leaves
outside the mention). The sentence tells no case: it carries no date (``DATED``), no narration of a
sentence or conviction (``EVENT_FRAME``, ``NARRATED_CONVICTIONS``, ``SERVING``), and the verb above the
term has no one person as its subject ("He faced imprisonment for 10 years": a name, a person or a
personal pronoun).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate import text_start
from ..lexicons import alternation, lexicon
from ..numbers import NumberMention
from ..numbers.roles import token_at
from ..terms.imposed import NARRATED_CONVICTIONS, SERVING
from .frames import EVENT_FRAME
from .quantities import DATED, rule_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

_NOUN = (r"(?:(?:prison|jail|maximum|minimum|mandatory|possible|applicable|criminal)\s+)?"
         r"(?:penalt(?:y|ies)|punishments?|(?:prison\s+|jail\s+)?sentences?|prison\s+terms?|"
         r"terms?\s+of\s+imprisonment)")
# "his sentence is …", "the court's sentence is …" tell one case
_OWNER = re.compile(r"\b(?:(?i:his|her|their|its)|[A-Z]\w+['’]s|court['’]s)\s+(?:\w+\s+)?$")
PENALTY_IS = re.compile(rf"\b{_NOUN}\s+(?:\w+ly\s+)?(?:is|are|may\s+(?:also\s+)?(?:be|include|increase\s+to|reach)|"
                        r"can\s+(?:also\s+)?(?:be|include|reach)|shall\s+be|includes?|increases?\s+to|rises?\s+to|"
                        r"ranges?\s+(?:from|between))\b", re.I)
PENALTY_APPLIES = re.compile(rf"\b{_NOUN}\b[^.;]{{0,60}}?\s+appl(?:y|ies)\b", re.I)
PUNISHED = re.compile(r"\b(?:could|can|may|shall|will|would)\s+(?:also\s+)?be\s+(?:punished|sanctioned|penalized)\s+"
                      r"(?:with|by)\b", re.I)
MAY_IMPOSE = re.compile(r"\b(?:may|can|could|shall)\s+(?:also\s+)?impose\s+(?:an?\s+)?(?:\w+\s+)?"
                        r"(?:fines?|penalt(?:y|ies)|imprisonment|prison|sentences?)\b", re.I)
FACE_TERM = re.compile(r"\bfac(?:e|es|ed)\s+(?:\S+\s+){1,4}?(?:years?|months?)['’]?\s+(?:in\s+prison|in\s+jail|"
                       r"of\s+imprisonment|imprisonment)", re.I)
# a capital or glued term a class of offenders faces: "Persons convicted of espionage faced life imprisonment",
# "Anyone convicted of vote buying faces a maximum four-year prison sentence" (round t-prov11)
FACE_CAPITAL = re.compile(r"\bfac(?:e|es|ed)\s+(?:the\s+|an?\s+)?(?:(?:maximum|minimum|possible|mandatory)\s+)?"
                          r"(?:death\s+(?:penalty|sentences?)|life\s+(?:imprisonment|sentences?|in\s+prison)|"
                          r"\S+-(?:year|month)\s+(?:prison\s+|jail\s+)?(?:sentences?|terms?))", re.I)
# a capital penalty told with a modal: "may be imprisoned for life", "may be convicted of a felony and
# imprisoned for life", "could be sentenced to death"
MODAL_CAPITAL = re.compile(r"\b(?:could|can|may|shall|will|would)\s+(?:also\s+)?be\s+(?:[\w-]+\s+){0,6}?"
                           r"(?:imprisoned\s+for\s+life|sentenced\s+to\s+(?:death|life))\b", re.I)
FACED_BEFORE = re.compile(r"\bfac(?:e|es|ed)\s+$", re.I)
FACE = re.compile(r"fac(?:e|es|ed|ing)\b", re.I)
# pronouns that stand for a class of persons, not one ("Anyone who …", "Those convicted face …")
_CLASS_PRONOUNS = {"anyone", "anybody", "whoever", "those", "everyone", "someone", "one"}
_L = lexicon("provisions")
# ``bound_terms``: the noun of imprisonment and the words that bind a term to it; one person as subject
_PERSONAL = {"he", "she", "i", "we", "you"}
_NOUN = alternation(_L["prison_nouns"])
NOUN_AFTER = re.compile(rf"['’]?\s+(?:of\s+)?(?:[a-z-]+\s+)?{_NOUN}\b", re.I)
NOUN_BEFORE = re.compile(rf"\b{_NOUN}\s+{alternation(_L['prison_term_links'])}\s+"
                         r"(?:(?:up\s+to|a\s+(?:maximum|minimum)\s+of|at\s+least|between|from)\s+)?$", re.I)


def _one_subject(face: re.Match[str], sent: "SpacySpan") -> bool:
    """Does the subject of "face(d)" name one person ("He", "Ivan Petrov", "The journalist") rather
    than a class ("Offenders", "A person convicted of …", "Those who …")? No subject found (a
    misparse) is not one person."""
    base = text_start(sent)
    verb = next((t for t in sent if t.idx - base == face.start()), None)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or c.pos_ == "PRON" and c.lower_ not in _CLASS_PRONOUNS:
            return True
        if c.tag_ == "NN" and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "any", "every")
                                  for d in c.children):
            return True  # "The journalist faces …", "Her husband faced …"
    return False


def faced_by_one(match: re.Match[str], sentence: str, sent: "SpacySpan | None") -> bool:
    """Is the penalty frame ``match`` what one person faced ("He originally faced up to 30 years in
    prison", "The journalist faces fines"), a case rather than a rule? ``match`` is the frame
    "faced …" itself or a legal maximum right after "faced"."""
    if sent is None:
        return False
    face = FACE.match(sentence, match.start()) or FACED_BEFORE.search(sentence, max(0, match.start() - 12),
                                                                       match.start())
    return face is not None and _one_subject(face, sent)


def penalty_statements(sentence: str, sent: "SpacySpan | None" = None) -> list[re.Match[str]]:
    """The frames of ``sentence`` that state a penalty of a rule (see the module's docstring)."""
    out = [m for m in PENALTY_IS.finditer(sentence)
           if not _OWNER.search(sentence, max(0, m.start() - 30), m.start())]
    out += [*PENALTY_APPLIES.finditer(sentence), *PUNISHED.finditer(sentence), *MAY_IMPOSE.finditer(sentence),
            *MODAL_CAPITAL.finditer(sentence)]
    for m in [*FACE_TERM.finditer(sentence), *FACE_CAPITAL.finditer(sentence)]:  # without a parse, only the present tense ("Offenders face …")
        if not _one_subject(m, sent) if sent is not None else m.group(0).lower().startswith(("face ", "faces ")):
            out.append(m)
    return out


def bound_terms(sentence: str, sent: "SpacySpan | None") -> list[NumberMention]:
    """The durations of ``sentence`` bound to the noun of imprisonment in a sentence that tells no case
    (module docstring, ``bound_terms``); offsets in ``sentence``."""
    if DATED.search(sentence) or EVENT_FRAME.search(sentence) or NARRATED_CONVICTIONS.search(sentence) \
            or SERVING.search(sentence):
        return []
    out = []
    for m in rule_numbers(sentence):
        if m.kind != "duration":
            continue
        if not (NOUN_AFTER.match(sentence, m.end) or NOUN_BEFORE.search(sentence[max(0, m.start - 40):m.start])):
            continue
        if not _told_of_one(sent, m):
            out.append(m)
    return out


def _told_of_one(sent: "SpacySpan | None", m: NumberMention) -> bool:
    """Is the verb above the term one whose subject is one person ("He faced …")?"""
    tok = token_at(sent, m.num_start)
    for _ in range(8):
        if tok is None or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON"
                                                             or c.lower_ in _PERSONAL) for c in tok.children)
    return False
