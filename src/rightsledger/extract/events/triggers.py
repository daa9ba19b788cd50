"""Triggers: the event type a token triggers (verb and noun lemmas, looking at arguments for
ambiguous ones). The trigger a date expression attaches to in the dependency parse is
``attach.py``'s.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import (
    ACCIDENTS, ANY_TRIGGER, ASSOCIATIONS, ATTEMPT_VERBS,
    CENSOR_VERBS, DECIDED_STATUSES, DECISION_TYPES, DISMISSED_THINGS, DUTIES, EFFECT_NOUNS, FEE_WORDS,
    FORCE_WORDS, KEPT_FROM_VERBS, KILLING_WORDS, LABEL_HEADS, LABEL_PREPS, LABEL_VERBS, LAW_THINGS,
    MEDIA_NOUNS, MONITORED_THINGS, NONSTATE, NOUN_TYPES, ORG_NOUNS, OUTRANKED_BY_ARREST,
    OUTRANKED_BY_CONVICTION, OUTRANKED_BY_KILLING, PERSON_NOUNS, RELEASED_THINGS, REPORT_OBJECTS,
    RULINGS, THREAT_CARRIERS, TITLE_HEADS, VERB_TYPES,
)
from .acquittals import dismissed_type
from .appeals import appeal_type
from .arguments import from_post, into_effect, media_object, object_words, own_words, threatening
from .bans import abusive_force, ban_type, kept_from, penalized_speech, restriction_type
from .cues import NO_CUE, protection_granted, verb_cue
from .custody import BEATING_VERBS, held_in_custody, outside_custody
from .deaths import death_type, from_custody
from .demands import demanded
from .instruments import instrument_verb
from .noun_types import noun_type
from .elections import won_election
from .settled import settled_verb, suspended_thing
from .statements import claimed_acts, issued_statement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _lemma(tok: "Token") -> str:
    """The lemma, repaired where the tagger's lemma is not a word ("fined" → "fin")."""
    lemma = tok.lemma_.lower()
    if lemma in ANY_TRIGGER or not tok.tag_.startswith("VB"):
        return lemma
    low = tok.lower_
    for cand in (low[:-1], low[:-2], low[:-3] if low.endswith("ied") else "",
                 low[:-3] + "y" if low.endswith("ied") else "",  # ("treat" is no "try")
                 low[:-3] + "e" if low.endswith("ing") else ""):  # ("raping" → "rap")
        if cand in VERB_TYPES:
            return cand
    return lemma


def _beside(tok: "Token", type_: str, outranked: frozenset[str]) -> bool:
    """A verb of ``type_`` coordinated with ``tok`` in its clause ("harassed, intimidated, and arrested
    opposition members", "dispersed a march and detained its leader", "attacked and killed civilians";
    also where the parser hung the list as an adverbial clause), without a subject of its own."""
    for t in tok.subtree:
        if t.i == tok.i or t.pos_ != "VERB" or t.lemma_.lower() in outranked or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            continue  # (a purpose is no act: "raided the quarter to apprehend separatists")
        cur = t
        while cur.i != tok.i and (cur.dep_ in ("conj", "advcl") or cur.dep_ == "xcomp" and cur.tag_ in ("VBN", "VBD")
                                  and not any(c.dep_ == "aux" for c in cur.children)) and not any(
                c.dep_.startswith("nsubj") for c in cur.children):
            cur = cur.head
        if cur.i == tok.i and _trigger_type(t) == type_:
            return True
    return False


def _trigger_type(tok: "Token") -> str | None:
    """The event type a token triggers, looking at its arguments for ambiguous lemmas; what someone calls
    for or plans is of type other ("called for an investigation", "announced plans to grant citizenship":
    ``demands.py``)."""
    type_ = _typed(tok)
    return "other" if type_ and demanded(tok) else type_


def _typed(tok: "Token") -> str | None:
    lemma = _lemma(tok)
    if (cue := protection_granted(tok, lemma)) != NO_CUE:
        return cue  # "provided subsidiary protection to 293 persons" ("provide" is no trigger)
    if lemma not in ANY_TRIGGER or tok.ent_type_ == "DATE":
        return None  # a word of a date triggers nothing ("in March", "on May 5")
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        kids = {c.lemma_.lower() for c in tok.children}
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")}
        if lemma == "die" and any(c.dep_ == "prep" and c.lower_ in ("in", "from") and any(
                d.lemma_.lower() in ACCIDENTS or d.lemma_.lower() == "accident" for d in c.children)
                for c in tok.children):
            return None  # "86 workers died in workplace accidents": a statistic of accidents
        if (cue := verb_cue(tok, lemma)) != NO_CUE or (cue := instrument_verb(tok, lemma)) != NO_CUE or (
                cue := settled_verb(tok, lemma)) != NO_CUE:
            return cue  # an exact cue: what was fired, executed, adopted, passed, signed; a death at work; a bomb
        if lemma in ("die", "succumb"):
            return death_type(tok)  # ("succumbed to an unknown illness" in hospital while detained)
        if lemma == "win":
            return "election_or_referendum" if won_election(tok) else None  # "won 62 of 91 seats"
        if lemma in CENSOR_VERBS:
            return "censorship_or_blocking" if media_object(tok) or penalized_speech(tok) else None  # (bans.py)
        if lemma == "try" and any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "companies tried to avoid payments": an attempt, not a trial
        if lemma == "charge" and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "critics charged that the federation was too close to the government": a claim
        if lemma == "condemn" and not any(c.dep_ == "prep" and (c.lower_ == "to" or c.lower_ == "in" and any(
                d.lower_ == "absentia" for d in c.children)) for c in tok.children):
            return None  # "condemned this as a political arrest", "the attack in Tarvel" ("to death": a sentence)
        if lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in EFFECT_NOUNS for c in tok.children) \
                or lemma in ("come", "go") and into_effect(tok):
            return "law_or_decree"  # "the revision that took effect in February", "came into force"
        if lemma in ("come", "go"):
            return None
        if lemma in KILLING_WORDS and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPT_VERBS:
            return "attack_or_threat"  # "gunmen attempted to kill the journalist"
        if lemma in ("beat", "assault", "attack", "stab", "shoot") and any(
                c.lower_ == "to" and any(d.lower_ == "death" for d in c.children) for c in tok.children):
            return "killing"  # "beat him to death"
        if lemma in ("beat", "assault", "torture", "abuse") and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in NONSTATE or any(
                    d.lower_ in ("unidentified", "unknown", "masked", "armed") for d in c.children))
                for c in tok.children):
            return "attack_or_threat"  # "unidentified assailants beat a journalist"
        if lemma in BEATING_VERBS and outside_custody(tok):
            return "attack_or_threat"  # "a deputy beat a police officer who stopped his car"
        if lemma == "designate" and any(d.lower_ in ("extremist", "terrorist", "undesirable") for d in tok.subtree):
            return "censorship_or_blocking"
        if lemma == "register" and not any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ORG_NOUNS or c.ent_type_ == "ORG")
                for c in tok.children):
            return None  # "police registered 4,120 complaints"
        if lemma == "remove" and from_custody(tok):
            return "other"  # "was later removed from prison by authorities": a transfer, no dismissal
        if lemma in ("suspend", "remove") and not from_custody(tok) and (any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PERSON_NOUNS or c.ent_type_ == "PERSON")
                for c in tok.children) or from_post(tok)):
            return "dismissal"  # "the president suspended the deputy director", "removed from their jobs"
        if lemma == "remove":
            return None  # "removed children from exploitative work", "body parts were removed"
        if lemma in THREAT_CARRIERS and any(threatening(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
            return "attack_or_threat"  # "sent a pig's head to the editor", "received threatening messages"
        if lemma in OUTRANKED_BY_KILLING and _beside(tok, "killing", OUTRANKED_BY_KILLING):
            return "killing"  # "Boko Haram members attacked and killed civilians"
        if lemma in OUTRANKED_BY_CONVICTION and _beside(tok, "conviction_or_sentence", OUTRANKED_BY_CONVICTION):
            return "conviction_or_sentence"  # "was tried, convicted, and sentenced to death in absentia"
        if lemma in OUTRANKED_BY_ARREST and _beside(tok, "detention_or_arrest", OUTRANKED_BY_ARREST):
            return "detention_or_arrest"  # "dispersed a march and detained its leader", "harassed and arrested"
        if lemma == "fire":
            if any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PERSON_NOUNS or c.ent_type_ == "PERSON")
                   for c in tok.children) and not any(
                    c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "upon") and not any(
                        d.ent_type_ in ("DATE", "TIME") for d in c.children) for c in tok.children):
                return "dismissal"  # "three journalists were fired" ("fired on protesters" is an attack)
            return "attack_or_threat"
        if lemma in ("close", "shut") and objs & ASSOCIATIONS:
            return "registration_decision"  # "a court ordered to close down the trade union" (like a ban)
        if lemma in ("close", "shut") and not objs & {"investigation", "case"} and any(
                c.dep_ in ("dobj", "nsubjpass")
                and not (c.lemma_.lower() in ORG_NOUNS | MEDIA_NOUNS or c.ent_type_ == "ORG")
                for c in tok.children) and not media_object(tok):
            return "other"  # "closed the detention facility" (closing a newspaper or a party is censorship)
        if lemma in ("uphold", "overturn", "annul", "confirm") and (ot := _object_decision(tok)):
            return ot  # "the Supreme Court upheld the liquidation of the party": the decision upheld
        if (cue := appeal_type(tok, lemma)) != NO_CUE and not _object_decision(tok):
            return cue  # a party's appeal, a civil ruling overturned, a law struck down (appeals.py)
        if lemma in ("revoke", "annul", "cancel") and objs & RULINGS:
            return _object_decision(tok) or "trial"  # "the appeals court revoked the ruling": as "overturned"
        if lemma == "use" and objs & FORCE_WORDS:
            if any(d.lemma_.lower() in ("result", "lead", "cause") and any(
                    NOUN_TYPES.get(x.lemma_.lower()) == "killing" for x in d.subtree) for d in tok.subtree):
                return "killing"  # "used lethal force against protesters, leading to at least 20 deaths"
            if abusive_force(tok):
                return "torture_or_abuse"  # "security forces used excessive force against demonstrators"
            return "attack_or_threat"  # "the clan used force against the Digil", "police used tear gas"
        if lemma == "use":
            return None
        if lemma == "inaugurate" and any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ != "PERSON"
                                         and c.lemma_.lower() not in PERSON_NOUNS for c in tok.children):
            return "other"  # "inaugurated a child protection network" (a president is inaugurated: election)
        if lemma in ("kill", "injure", "wound") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ACCIDENTS for c in tok.children):
            return "other"  # "an explosion at a coal mine killed 14 miners"
        if lemma in ("deport", "extradite", "expel", "return", "repatriate", "send") and any(
                d.lemma_.lower() in ("asylum", "refugee", "asylee") for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass") for d in own_words(c)):
            return "asylum_or_citizenship_decision"  # "forcibly returned 48 asylum seekers"
        if lemma == "pass" and not objs & {"law", "bill", "amendment", "legislation", "code", "resolution",
                                           "budget", "act", "decree", "constitution", "measure", "package"}:
            return None  # "Three parties passed the threshold"
        if lemma in ("reject", "veto", "withdraw") and objs & {"bill", "draft", "amendment", "law"} or lemma in (
                "drop", "withdraw") and objs & DISMISSED_THINGS - {"it", "them"} and not kids & {"release", "free"}:
            return "other"  # (proceedings ended: "prosecutors dropped the charges"; "… and released him": release)
        if lemma == "charge" and (objs & FEE_WORDS or any(c.dep_ == "xcomp" for c in tok.children)):
            return None  # "schools charged informal fees", "militias charged them to take water"
        if lemma in ("ban", "suspend", "outlaw", "prohibit", "dissolve") and objs & ASSOCIATIONS:
            return "registration_decision"  # "banned all political parties", "no parties were suspended"
        if lemma in KEPT_FROM_VERBS:
            return kept_from(tok)  # "prevented a news crew from filming" (bans.py)
        if lemma in ("ban", "outlaw") and (bt := ban_type(tok)) or (bt := restriction_type(tok)):
            return bt  # a protest banned, a rule on an activity, a ban on a person, relief blocked (media: censorship)
        if lemma == "fine" and any(c.dep_ == "nsubj" and c.lemma_.lower() not in ("court", "judge", "tribunal")
                                   for c in tok.children):
            return "other"  # an administrative fine
        if lemma == "charge" and any(c.lower_ == "with" and any(d.tag_ == "VBG" and d.lemma_.lower() in DUTIES
                                                                for d in c.children) for c in tok.children):
            return None  # "was charged with conducting operations": a duty
        if lemma == "dismiss" and objs & DISMISSED_THINGS:
            return dismissed_type(tok, objs)  # "the court dismissed the charges" (acquittals.py)
        if lemma in ("monitor", "track") and objs & MONITORED_THINGS:
            return None  # monitoring trials, human rights or a sector, tracking numbers: no surveillance
        if lemma in ("announce", "unveil") and (not any(  # "announced the results of an investigation"
                c.dep_ == "dobj" and c.lemma_.lower() in REPORT_OBJECTS for c in tok.children)
                or any(NOUN_TYPES.get(w) == "election_or_referendum" for w in object_words(tok))):
            return None  # ("the day election results were announced": no publication)
        if issued_statement(tok, lemma):  # a reaction, or the act it accuses (statements.py)
            return next((t for c in claimed_acts(tok) if (t := _trigger_type(c))), "other")
        if lemma in ("release", "publish", "issue", "present", "launch", "announce", "unveil") and (
                objs & REPORT_OBJECTS or (
                tok.dep_ == "acl" and tok.head.lemma_.lower() in REPORT_OBJECTS)):
            return "report_published"  # ("according to a study published in 2005")
        if lemma == "release" and any(d.lemma_.lower() in RELEASED_THINGS for c in tok.children
                                      if c.dep_ in ("dobj", "nsubjpass") for d in (c, *c.children) if d.dep_ != "prep"):
            return "other"  # "the draft was released publicly", "released funds": no one was freed
        if lemma == "publish":
            return None  # "published evidence that officers tortured him": the content is the event
        if lemma == "find" and "guilty" in kids:
            return "conviction_or_sentence"
        if lemma == "find" and "innocent" in kids:
            return "acquittal"
        if lemma == "enter" and any(c.lemma_.lower() == "force" for c in tok.subtree):
            return "law_or_decree"
        if lemma == "take" and any(c.lemma_.lower() in ("custody",) for c in tok.subtree):
            return "detention_or_arrest"
        if lemma in ("open", "launch", "initiate", "begin", "start") and objs & {
                "investigation", "case", "inquiry", "probe", "proceeding", "proceedings"}:
            return "investigation"
        if lemma in ("sign", "approve", "adopt", "pass") and objs & {
                "agreement", "accord", "memorandum", "petition", "letter", "contract", "cease-fire", "ceasefire",
                "truce", "deal"}:
            return "other"
        if lemma in ("approve", "adopt", "pass", "reject", "support") and any(
                NOUN_TYPES.get(o) == "election_or_referendum" for o in objs):
            return "election_or_referendum"
        if lemma == "approve" and objs and not (object_words(tok) & LAW_THINGS and not object_words(tok) & {"draft"}):
            return "other"  # "approved an amended version of the constitution draft", "approved the advertisement"
        if lemma in ("bring", "press", "level", "file") and objs & {"charge", "indictment"}:
            return "charge"  # "criminal defamation charges were brought against editors"
        if lemma in ("deny", "revoke", "rescind", "cancel", "annul", "withdraw", "suspend") \
                and objs & {"registration", "reregistration"}:
            return "registration_decision"  # "its registration was revoked in July" (a licence: censorship)
        if lemma in ("deny", "grant", "reject", "receive", "obtain", "award", "revoke", "strip") and any(
                d.lemma_.lower() in DECIDED_STATUSES
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative") for d in own_words(c)):
            return "asylum_or_citizenship_decision"
        if lemma == "hold" and tok.dep_ != "amod":
            if held_in_custody(tok):
                return "detention_or_arrest"  # "Security forces held suspects incommunicado"
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in NOUN_TYPES:
                    return NOUN_TYPES[c.lemma_.lower()]
            return None
        if lemma in ("close", "shut", "suspend") and objs & {"investigation", "case"}:
            return "investigation"
        if (cue := suspended_thing(tok, lemma)) != NO_CUE:
            return cue  # "suspended the country's candidacy": no censorship
        return VERB_TYPES.get(lemma)
    if tok.pos_ in ("NOUN", "PROPN"):
        return noun_type(tok, lemma)
    return None




def _election_label(tok: "Token") -> bool:
    """An election named as the label of an episode, not stated as held: "killings related to the
    March election", "following the October presidential election", "from the October 18
    election through December", "abstained from observing the March elections"."""
    if tok.pos_ not in ("NOUN", "PROPN") or NOUN_TYPES.get(tok.lemma_.lower()) != "election_or_referendum":
        return False
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head  # "the March election and the October presidential election"
    head = cur.head
    if cur.dep_ == "dobj":
        return head.lemma_.lower() in LABEL_VERBS
    return cur.dep_ == "pobj" and (head.lower_ in LABEL_PREPS or head.lower_ in ("to", "with") and (
        head.head.lower_ in LABEL_HEADS))


def _labelled_occurrence(label: "Token") -> tuple["Token", str]:
    """The sentence's own occurrence that an election label dates: its nearest other trigger, else
    the label itself as an occurrence of type other."""
    best = min(((abs(t.i - label.i), t, ty) for t, ty in _triggers(label.sent)
                if ty != "election_or_referendum" and t.ent_type_ != "DATE" and (_is_verb(t) or not _in_title(t))),
               key=lambda x: x[0], default=None)
    return (best[1], best[2]) if best else (label, "other")






def _object_decision(tok: "Token") -> str | None:
    """The type of a decision a court upholds or overturns when it is not a trial matter:
    "upheld the liquidation of the party", "upheld the refusal to register the association"."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        for d in [c, *(x for x in c.subtree if x.pos_ == "VERB" and x.head.i == c.i)]:
            t = NOUN_TYPES.get(d.lemma_.lower()) if d.pos_ == "NOUN" else _trigger_type(d)
            if t in DECISION_TYPES:
                return t
    return None








_CACHE: dict[str, object] = {"key": None, "toks": [], "trigs": []}


def _toks(sent: "SpacySpan") -> list["Token"]:
    """The tokens of ``sent`` (cached for the sentence being processed: token access is not free)."""
    key = (id(sent.doc), sent.start, sent.end)
    if _CACHE["key"] != key:
        toks = list(sent)
        _CACHE.update(key=key, toks=toks, trigs=None)
    return _CACHE["toks"]  # type: ignore[return-value]


def _triggers(sent: "SpacySpan") -> list[tuple["Token", str]]:
    """``(token, type)`` of every trigger of ``sent``."""
    toks = _toks(sent)
    if _CACHE["trigs"] is None:
        _CACHE["trigs"] = [(t, ty) for t in toks if (ty := _trigger_type(t))]
    return _CACHE["trigs"]  # type: ignore[return-value]


def _is_verb(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _in_title(tok: "Token") -> bool:
    """A noun in the title of a person or body: "the special rapporteur on extrajudicial executions",
    "the assistant secretary-general for rule of law", "the Committee against Torture"."""
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("pobj", "conj", "prep", "compound", "amod") or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.head.lemma_.lower() in TITLE_HEADS:
            return True
        cur = cur.head
    return False
