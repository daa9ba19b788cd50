"""Verb triggers: the type a verb triggers, looking at its arguments where the lemma alone does not
decide ("fired three journalists" vs "fired on protesters", "closed the newspaper" vs "closed the
facility", "used excessive force", "passed the threshold"). ``triggers.py`` owns the gates every
token passes and the cache; this module the verb's cases, so that a rule on a verb has a place that
is not at the size limit. The cases run in five groups, in the order they always ran: the first case
that answers wins (a group answers with a type or with None, "no event"; ``NO_CUE`` lets the next
group try). What a coordinated or claimed verb triggers is asked back through ``type_of``
(``triggers.trigger_type``, passed in: this module may not import ``triggers.py``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .acquittals import dismissed_type
from .appeals import appeal_type
from .arguments import from_post, into_effect, media_object, object_words, own_words, threatening
from .bans import abusive_force, ban_type, kept_from, penalized_speech, restriction_type
from .cues import NO_CUE, verb_cue
from .custody import BEATING_VERBS, held_in_custody, outside_custody
from .deaths import death_type, from_custody
from .duties import body_charged_with_duty
from .elections import won_election
from .instruments import instrument_verb
from .permissions import permitted_type
from ..lexicon import (
    ACCIDENTS, AGREEMENT_NOUNS, ASSOCIATIONS, ASYLUM_WORDS, ATTEMPT_VERBS, CENSOR_VERBS, DECIDED_STATUSES,
    DECISION_TYPES, DESIGNATION_LABELS, DISMISSED_THINGS, DUTIES, EFFECT_NOUNS, FEE_WORDS, FINING_COURTS,
    FORCE_WORDS, KEPT_FROM_VERBS, KILLING_WORDS, LAW_THINGS, MEDIA_NOUNS, MONITORED_THINGS, NONSTATE, NOUN_TYPES,
    OPENED_INQUIRIES, ORG_NOUNS, OUTRANKED_BY_ARREST, OUTRANKED_BY_CONVICTION, OUTRANKED_BY_KILLING,
    PASSED_THINGS, PERSON_NOUNS, RELEASED_THINGS, REPORT_OBJECTS, RULINGS, THREAT_CARRIERS,
    UNKNOWN_ASSAILANT_MODS, VERB_TYPES,
)
from .settled import settled_verb, suspended_thing
from .statements import claimed_acts, issued_statement

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What a token triggers (``triggers.trigger_type``), for the cases that ask it of another verb.
TypeOf = Callable[["Token"], "str | None"]


def verb_type(tok: "Token", lemma: str, type_of: TypeOf) -> str | None:
    """The type the verb ``tok`` (its repaired ``lemma``) triggers: the first group of cases that
    answers, else the verb table."""
    kids = {c.lemma_.lower() for c in tok.children}
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")}
    for cases in (_cues_and_readings, _harm_and_removals, _force_courts_and_bans, _statements_and_findings,
                  _procedures_and_decisions):
        if (type_ := cases(tok, lemma, kids, objs, type_of)) != NO_CUE:
            return type_
    return VERB_TYPES.get(lemma)


def _cues_and_readings(tok: "Token", lemma: str, kids: set[str], objs: set[str], type_of: TypeOf) -> str | None:
    """The cue modules' exact answers (``cues.py``, ``instruments.py``, ``settled.py``), and lemmas whose
    arguments choose between an event and none: a death in an accident, a vote won, censorship, an
    attempt ("tried to"), a claim ("charged that"), a condemnation, a rule coming into force."""
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
    return NO_CUE


def _harm_and_removals(tok: "Token", lemma: str, kids: set[str], objs: set[str], type_of: TypeOf) -> str | None:
    """Harm to persons by its arguments: an attempted killing, a beating to death, unknown assailants, a
    beating outside custody, a verb a coordinated killing, conviction or arrest outranks; a designation
    as extremist, a registration, a removal or suspension from a post, a threat sent."""
    if lemma in KILLING_WORDS and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ATTEMPT_VERBS:
        return "attack_or_threat"  # "gunmen attempted to kill the journalist"
    if lemma in ("beat", "assault", "attack", "stab", "shoot") and any(
            c.lower_ == "to" and any(d.lower_ == "death" for d in c.children) for c in tok.children):
        return "killing"  # "beat him to death"
    if lemma in ("beat", "assault", "torture", "abuse") and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in NONSTATE or any(
                d.lower_ in UNKNOWN_ASSAILANT_MODS for d in c.children))
            for c in tok.children):
        return "attack_or_threat"  # "unidentified assailants beat a journalist"
    if lemma in BEATING_VERBS and outside_custody(tok):
        return "attack_or_threat"  # "a deputy beat a police officer who stopped his car"
    if lemma == "designate" and any(d.lower_ in DESIGNATION_LABELS for d in tok.subtree):
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
    if lemma in OUTRANKED_BY_KILLING and _beside(tok, "killing", OUTRANKED_BY_KILLING, type_of):
        return "killing"  # "Boko Haram members attacked and killed civilians"
    if lemma in OUTRANKED_BY_CONVICTION and _beside(tok, "conviction_or_sentence", OUTRANKED_BY_CONVICTION, type_of):
        return "conviction_or_sentence"  # "was tried, convicted, and sentenced to death in absentia"
    if lemma in OUTRANKED_BY_ARREST and _beside(tok, "detention_or_arrest", OUTRANKED_BY_ARREST, type_of):
        return "detention_or_arrest"  # "dispersed a march and detained its leader", "harassed and arrested"
    return NO_CUE


def _force_courts_and_bans(tok: "Token", lemma: str, kids: set[str], objs: set[str], type_of: TypeOf) -> str | None:
    """Force, closures, courts and bans: firing on persons or from a job, closing a body or a
    facility, decisions upheld or overturned, force used, an accident that killed, asylum seekers
    returned, laws passed or withdrawn, charges dropped, fees charged, associations or acts banned."""
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
    if lemma in ("uphold", "overturn", "annul", "confirm") and (ot := _object_decision(tok, type_of)):
        return ot  # "the Supreme Court upheld the liquidation of the party": the decision upheld
    if (cue := appeal_type(tok, lemma)) != NO_CUE and not _object_decision(tok, type_of):
        return cue  # a party's appeal, a civil ruling overturned, a law struck down (appeals.py)
    if lemma in ("revoke", "annul", "cancel") and objs & RULINGS:
        return _object_decision(tok, type_of) or "trial"  # "the appeals court revoked the ruling": as "overturned"
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
            d.lemma_.lower() in ASYLUM_WORDS for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass") for d in own_words(c)):
        return "asylum_or_citizenship_decision"  # "forcibly returned 48 asylum seekers"
    if lemma == "pass" and not objs & PASSED_THINGS:
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
    return NO_CUE


def _statements_and_findings(tok: "Token", lemma: str, kids: set[str], objs: set[str], type_of: TypeOf) -> str | None:
    """Fines, dismissals, statements and publications: a fine not a court's, a duty one is charged
    with, charges dismissed, monitoring, announcements, a statement issued (the act it accuses, asked
    of ``type_of``), a report published or funds released, a finding of guilt, custody taken."""
    if lemma == "fine" and any(c.dep_ == "nsubj" and c.lemma_.lower() not in FINING_COURTS
                               for c in tok.children):
        return "other"  # an administrative fine
    if lemma == "charge" and any(c.lower_ == "with" and any(d.tag_ == "VBG" and d.lemma_.lower() in DUTIES
                                                            for d in c.children) for c in tok.children):
        return None  # "was charged with conducting operations": a duty
    if lemma == "charge" and body_charged_with_duty(tok):
        return None  # "The ministry was charged with assisting survivors": a body's duty (duties.py)
    if lemma == "dismiss" and objs & DISMISSED_THINGS:
        return dismissed_type(tok, objs)  # "the court dismissed the charges" (acquittals.py)
    if lemma in ("monitor", "track") and objs & MONITORED_THINGS:
        return None  # monitoring trials, human rights or a sector, tracking numbers: no surveillance
    if lemma in ("announce", "unveil") and (not any(  # "announced the results of an investigation"
            c.dep_ == "dobj" and c.lemma_.lower() in REPORT_OBJECTS for c in tok.children)
            or any(NOUN_TYPES.get(w) == "election_or_referendum" for w in object_words(tok))):
        return None  # ("the day election results were announced": no publication)
    if issued_statement(tok, lemma):  # a reaction, or the act it accuses (statements.py)
        return next((t for c in claimed_acts(tok) if (t := type_of(c))), "other")
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
    return NO_CUE


def _procedures_and_decisions(tok: "Token", lemma: str, kids: set[str], objs: set[str], type_of: TypeOf) -> str | None:
    """Procedures and decisions by their object: an investigation opened or closed, an agreement
    signed, an election approved, other things approved, charges brought, a registration or a
    protection status decided, persons or an event held, a suspension that is no censorship."""
    if lemma in ("open", "launch", "initiate", "begin", "start") and objs & OPENED_INQUIRIES:
        return "investigation"
    if lemma in ("sign", "approve", "adopt", "pass") and objs & AGREEMENT_NOUNS:
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
    if (cue := permitted_type(tok, lemma)) != NO_CUE:
        return cue  # "police allowed the group to conduct a march": the march (permissions.py)
    return NO_CUE


def _beside(tok: "Token", type_: str, outranked: frozenset[str], type_of: TypeOf) -> bool:
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
        if cur.i == tok.i and type_of(t) == type_:
            return True
    return False


def _object_decision(tok: "Token", type_of: TypeOf) -> str | None:
    """The type of a decision a court upholds or overturns when it is not a trial matter:
    "upheld the liquidation of the party", "upheld the refusal to register the association"."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        for d in [c, *(x for x in c.subtree if x.pos_ == "VERB" and x.head.i == c.i)]:
            t = NOUN_TYPES.get(d.lemma_.lower()) if d.pos_ == "NOUN" else type_of(d)
            if t in DECISION_TYPES:
                return t
    return None
