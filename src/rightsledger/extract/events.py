"""Events: what happened, when, to whom, according to whom.

``extract_events(annotated, entities)`` makes one :class:`~rightsledger.records.Event`
per (sentence, date expression) that dates an occurrence, plus one per sentence that
reports a specific occurrence of the report year without a date (precision ``year``),
following the annotation guidelines in ``docs/EVALUATION.md``:

* the date comes from :mod:`rightsledger.extract.dates`; "as of"/"by year's end" states,
  "since"/"until" and dates that only name an occurrence dated elsewhere ("the January
  events") are not event dates;
* the type comes from the trigger the date attaches to in the dependency parse (the
  verb of its clause, or the noun it modifies: "the June 5 referendum"), looking
  through light verbs ("held a referendum") and reporting verbs ("announced that 12
  persons had been convicted"), else from the nearest trigger of the sentence;
* participants (actor/target/other), place, polarity and source come from the same
  parse, one pass over the sentences.

Only the spaCy parse of ``annotated`` is used; no second model run.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterable

from ..records import Entity, Event, Participant, Span
from .dates import DateMention, find_dates

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .annotate import Annotated

# --- trigger lexicon -------------------------------------------------------------------

_VERBS: dict[str, tuple[str, ...]] = {
    "killing": ("kill", "murder", "shoot", "execute", "assassinate", "behead", "massacre", "slay",
                "lynch", "stab", "bomb", "die"),
    "torture_or_abuse": ("torture", "beat", "abuse", "mistreat", "rape", "whip", "flog", "injure",
                         "wound", "ill-treat", "maltreat", "humiliate", "molest", "assault"),
    "detention_or_arrest": ("arrest", "detain", "apprehend", "abduct", "kidnap", "imprison", "jail",
                            "incarcerate", "round", "capture", "disappear", "intern"),
    "charge": ("charge", "indict", "prosecute"),
    "conviction_or_sentence": ("convict", "sentence", "condemn", "fine"),
    "acquittal": ("acquit", "exonerate"),
    "release": ("release", "free", "pardon", "amnesty", "parole", "discharge"),
    "trial": ("try", "uphold", "overturn", "appeal"),
    "attack_or_threat": ("attack", "threaten", "raid", "harass", "intimidate", "storm", "loot",
                         "burn", "ambush", "vandalize", "target", "clash", "fire", "disperse"),
    "surveillance": ("monitor", "surveil", "wiretap", "eavesdrop", "track", "intercept"),
    "censorship_or_blocking": ("block", "censor", "shut", "suspend", "ban", "confiscate", "jam",
                               "restrict", "close", "revoke", "prohibit"),
    "protest": ("protest", "demonstrate", "rally", "march", "picket", "riot"),
    "strike": ("strike",),
    "election_or_referendum": ("elect", "re-elect", "reelect", "vote", "inaugurate"),
    "law_or_decree": ("adopt", "enact", "sign", "ratify", "promulgate", "amend", "approve", "pass",
                      "decree", "legislate", "introduce", "abolish", "repeal"),
    "registration_decision": ("register", "reregister", "re-register", "liquidate", "deregister", "dissolve"),
    "asylum_or_citizenship_decision": ("naturalize", "refoul"),
    "dismissal": ("dismiss", "fire", "sack", "remove", "demote", "suspend", "resign", "disbar", "relieve"),
    "investigation": ("investigate", "probe", "inquire", "examine", "audit"),
    "report_published": ("publish",),
}
_NOUNS: dict[str, tuple[str, ...]] = {
    "killing": ("killing", "murder", "execution", "assassination", "massacre", "shooting", "death",
                "homicide", "bombing"),
    "torture_or_abuse": ("torture", "beating", "abuse", "mistreatment", "rape", "ill-treatment",
                         "assault"),
    "detention_or_arrest": ("arrest", "detention", "abduction", "kidnapping", "imprisonment", "roundup"),
    "charge": ("charge", "indictment", "prosecution"),
    "conviction_or_sentence": ("conviction", "sentence", "verdict", "sentencing"),
    "acquittal": ("acquittal",),
    "release": ("release", "pardon", "amnesty"),
    "trial": ("trial", "hearing", "retrial", "appeal"),
    "attack_or_threat": ("attack", "threat", "raid", "ambush", "clash", "harassment", "assault"),
    "surveillance": ("surveillance", "wiretap", "wiretapping"),
    "censorship_or_blocking": ("blocking", "shutdown", "ban", "censorship", "blackout", "closure",
                               "suspension"),
    "protest": ("protest", "demonstration", "rally", "march", "riot", "sit-in", "picket", "unrest"),
    "strike": ("strike", "walkout", "stoppage"),
    "election_or_referendum": ("election", "referendum", "vote", "poll", "runoff", "by-election",
                               "plebiscite", "inauguration"),
    "law_or_decree": ("law", "decree", "amendment", "legislation", "ordinance", "bill", "code",
                      "regulation", "resolution"),
    "registration_decision": ("registration", "reregistration", "re-registration", "liquidation"),
    "asylum_or_citizenship_decision": ("asylum", "citizenship", "refugee", "naturalization"),
    "dismissal": ("dismissal", "removal", "resignation"),
    "investigation": ("investigation", "inquiry", "probe", "case", "examination", "autopsy", "exhumation"),
    "report_published": (),
}
REPORT_OBJECTS = {"report", "statement", "findings", "study", "survey", "video", "assessment", "review",
                  "statistics", "data", "list", "figures", "results", "analysis", "book", "article"}
VERB_TYPES = {lemma: t for t, lemmas in _VERBS.items() for lemma in lemmas}
NOUN_TYPES = {lemma: t for t, lemmas in _NOUNS.items() for lemma in lemmas}
# the same verb, two meanings
VERB_TYPES.update({"fire": "attack_or_threat", "suspend": "censorship_or_blocking", "assault": "torture_or_abuse"})

NONSTATE = {"assailant", "attacker", "gunman", "gunmen", "men", "man", "individual", "person", "mob",
            "militant", "rebel", "resident", "villager", "unknown", "youth", "thug"}
ORG_NOUNS = {"party", "organization", "organisation", "ngo", "group", "union", "outlet", "church", "association",
             "community", "movement", "newspaper", "station", "channel", "foundation", "society", "mosque",
             "congregation", "denomination", "coalition", "network", "publication", "website", "media"}
DISMISSED_THINGS = {"complaint", "case", "charge", "appeal", "lawsuit", "petition", "claim", "report",
                    "allegation", "request", "application", "motion", "suit", "accusation", "it", "them"}
_SPECIAL = {"deport", "extradite", "expel", "return", "repatriate", "send", "lift", "end", "cancel", "annul",
            "veto", "withdraw", "designate", "receive", "obtain", "award", "strip", "revoke", "die", "release", "publish", "issue", "present", "launch", "find", "enter", "take", "open",
            "initiate", "begin", "start", "deny", "grant", "reject", "hold", "close", "shut", "suspend", "report",
            "case"}
_ANY_TRIGGER = set(VERB_TYPES) | set(NOUN_TYPES) | _SPECIAL

# nouns that name an occurrence (a date modifying them dates it): "the April 2003 killing"
OCCURRENCE_NOUNS = {n for n, t in NOUN_TYPES.items() if t not in ("law_or_decree", "report_published")
                    and n not in ("case", "asylum", "citizenship", "refugee", "code", "unrest")} | {
    "signing", "adoption", "visit", "fire", "explosion", "flood", "incident", "takeover", "coup"}
# nouns that only name an occurrence dated elsewhere: "the January events"
REFERENCE_NOUNS = {"event", "events", "unrest", "violence", "crisis", "situation", "tragedy", "period",
                   "fighting", "incident", "incidents", "upheaval", "turmoil", "uprising"}
LIGHT_VERBS = {"hold", "take", "occur", "conduct", "stage", "organize", "organise", "begin", "start",
               "happen", "carry", "launch", "open", "initiate", "be", "have", "make", "issue",
               "announce", "end", "continue", "resume", "call", "file", "lead", "result", "follow",
               "receive", "face", "undergo", "report", "see", "witness", "mark", "schedule", "postpone",
               "order", "request", "demand", "refuse", "decline", "agree", "decide"}
REPORT_VERBS = {"report", "state", "say", "allege", "claim", "note", "announce", "tell", "confirm",
                "indicate", "assert", "document", "estimate", "write", "inform", "testify", "complain",
                "declare", "explain", "argue", "insist", "record", "find", "observe", "accuse", "deny",
                "acknowledge", "recount", "describe", "publish", "post", "maintain", "contend"}
ALLEGE_WORDS = {"allegedly", "reportedly", "alleged", "allege", "accuse", "accused", "claim",
                "purportedly", "supposedly", "allegation", "accusation", "claimed", "rumor", "suspect"}
GENERIC_START = re.compile(r"(?i)^(?:the|a|an)?\s*(?:law|laws|constitution|code|criminal code|legislation|"
                           r"regulations?|decree|penal code|labor code|statute)\b|^(?:by|under) law\b|"
                           r"^(?:there (?:is|are)|it is)\b")
THERE_NO = re.compile(r"(?i)\bthere\s+(?:were|was|had\s+been)\s+no\b")
NO_REPORTS = re.compile(r"(?i)\b(?:no\s+(?:(?!(?:in|of|on|about|for|from)\b)\w+\s+){0,3}(?:reports?|cases?|"
                        r"instances?|incidents?)\s+(?:of|that|were|was)\b|(?:were|was)\s+not\s+"
                        r"(?:any\s+)?reports?\b|did\s+not\s+receive\s+(?:any\s+)?reports?\b)")
STATE_VERBS = {"remain", "continue", "stay", "face", "await", "serve", "keep", "exist", "lack", "need",
               "require", "provide", "prohibit", "permit", "allow", "stipulate", "criminalize", "mandate",
               "be", "have", "include", "apply", "establish", "define", "grant", "guarantee"}
# verbs of states and statistics: a date on them without a trigger is not an occurrence
STAT_VERBS = {"be", "remain", "have", "decrease", "increase", "rise", "fall", "drop", "grow", "decline",
              "total", "reach", "exceed", "number", "concentrate", "live", "work", "account", "constitute",
              "exist", "stand", "amount", "comprise", "contain", "double", "triple", "reduce", "compare",
              "range", "average", "hold", "continue", "lack", "employ", "own", "represent", "register"}
UNACCUSATIVE = {"die", "disappear", "drown", "starve", "perish", "suffer", "flee"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTITIVE = {"member", "group", "number", "dozen", "hundred", "thousand", "some", "many", "leader", "head",
             "relative", "family", "supporter", "worker", "employee", "officer", "official", "staff",
             "representative", "activist", "chairman", "chair", "director", "editor", "founder", "owner",
             "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "lawyer", "one",
             "two", "three", "four", "five", "several", "most", "all", "each", "none", "majority", "unit",
             "personnel", "minister", "mayor", "governor", "resident", "citizen", "student", "journalist",
             "deputy", "president", "chief", "commander", "soldier", "follower", "participant", "remains"}
_MONTH_WORDS = {"march", "may"}
_DETS = {"the", "a", "an", "this", "that", "these", "those"}


# --- helpers ---------------------------------------------------------------------------

class _EntityIndex:
    """Entity mentions by offset, for matching participant and place spans."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        rows = sorted((m[0], m[1], e) for e in entities for m in e.mentions if len(m) >= 2)
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.maxlen = max((r[1] - r[0] for r in rows), default=0)

    def find(self, start: int, end: int, type_: str | None = None) -> Entity | None:
        """The entity whose mention overlaps ``[start, end)`` most."""
        best: tuple[int, Entity] | None = None
        i = bisect.bisect_left(self.starts, start - self.maxlen)
        while i < len(self.rows) and self.rows[i][0] < end:
            s, e, ent = self.rows[i]
            ov = min(e, end) - max(s, start)
            if ov > 0 and (type_ is None or ent.type == type_) and (best is None or ov > best[0]):
                best = (ov, ent)
            i += 1
        return best[1] if best else None

    def in_range(self, start: int, end: int, type_: str) -> list[tuple[int, int, Entity]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.rows) and self.rows[i][0] < end:
            if self.rows[i][1] <= end and self.rows[i][2].type == type_:
                out.append(self.rows[i])
            i += 1
        return out


def _lemma(tok: "Token") -> str:
    """The lemma, repaired where the tagger's lemma is not a word ("fined" → "fin")."""
    lemma = tok.lemma_.lower()
    if lemma in _ANY_TRIGGER or not tok.tag_.startswith("VB"):
        return lemma
    low = tok.lower_
    for cand in (low[:-1], low[:-2], low[:-3] if low.endswith("ied") else "", low[:-3] + "y"):
        if cand in VERB_TYPES:
            return cand
    return lemma


def _trigger_type(tok: "Token") -> str | None:
    """The event type a token triggers, looking at its arguments for ambiguous lemmas."""
    lemma = _lemma(tok)
    if lemma not in _ANY_TRIGGER:
        return None
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        kids = {c.lemma_.lower() for c in tok.children}
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")}
        if lemma == "die":
            return _death_type(tok)
        if lemma in ("beat", "assault", "attack", "stab", "shoot") and any(
                c.lower_ == "to" and any(d.lower_ == "death" for d in c.children) for c in tok.children):
            return "killing"  # "beat him to death"
        if lemma in ("beat", "assault", "torture", "abuse") and any(
                c.dep_ == "nsubj" and (c.lemma_.lower() in NONSTATE or any(
                    d.lower_ in ("unidentified", "unknown", "masked", "armed") for d in c.children))
                for c in tok.children):
            return "attack_or_threat"  # "unidentified assailants beat a journalist"
        if lemma == "designate" and any(d.lower_ in ("extremist", "terrorist", "undesirable") for d in tok.subtree):
            return "censorship_or_blocking"
        if lemma == "register" and not any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ORG_NOUNS or c.ent_type_ == "ORG")
                for c in tok.children):
            return None  # "police registered 4,120 complaints"
        if lemma in ("suspend", "remove") and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PERSON_NOUNS or c.ent_type_ == "PERSON")
                for c in tok.children):
            return "dismissal"  # "the president suspended the deputy director"
        if lemma in ("kill", "injure", "wound") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ACCIDENTS for c in tok.children):
            return "other"  # "an explosion at a coal mine killed 14 miners"
        if lemma in ("deport", "extradite", "expel", "return", "repatriate", "send") and any(
                d.lemma_.lower() in ("asylum", "refugee", "asylee") for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass") for d in c.subtree):
            return "asylum_or_citizenship_decision"  # "forcibly returned 48 asylum seekers"
        if lemma in ("lift", "end", "cancel", "annul") and objs & {"ban", "suspension", "restriction", "blocking"}:
            return "other"  # lifting a ban is not a ban
        if lemma == "pass" and not objs & {"law", "bill", "amendment", "legislation", "code", "resolution",
                                           "budget", "act", "decree", "constitution", "measure", "package"}:
            return None  # "Three parties passed the threshold"
        if lemma in ("reject", "veto", "withdraw") and objs & {"bill", "draft", "amendment", "law"}:
            return "other"
        if lemma == "fine" and any(c.dep_ == "nsubj" and c.lemma_.lower() not in ("court", "judge", "tribunal")
                                   for c in tok.children):
            return "other"  # an administrative fine
        if lemma == "charge" and any(c.lower_ == "with" and any(d.tag_ == "VBG" and d.lemma_.lower() in DUTIES
                                                                for d in c.children) for c in tok.children):
            return None  # "was charged with conducting operations": a duty
        if lemma == "dismiss" and objs & DISMISSED_THINGS:
            return None  # "complaints were dismissed"
        if lemma == "monitor" and objs & {"trial", "hearing", "election", "prison", "situation", "process",
                                         "implementation", "compliance", "detention", "facility", "border"}:
            return None  # monitoring trials is not surveillance
        if lemma in ("release", "publish", "issue", "present", "launch") and objs & REPORT_OBJECTS:
            return "report_published"
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
        if lemma == "deny" and objs & {"registration", "reregistration"}:
            return "registration_decision"
        if lemma in ("deny", "grant", "reject", "receive", "obtain", "award", "revoke", "strip") and any(
                d.lemma_.lower() in ("asylum", "citizenship", "refugee", "nationality")
                for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "dative") for d in c.subtree):
            return "asylum_or_citizenship_decision"
        if lemma == "hold" and tok.dep_ != "amod":
            for c in tok.children:
                if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in NOUN_TYPES:
                    return NOUN_TYPES[c.lemma_.lower()]
            return None
        if lemma in ("close", "shut", "suspend") and objs & {"investigation", "case"}:
            return "investigation"
        return VERB_TYPES.get(lemma)
    if tok.pos_ in ("NOUN", "PROPN"):
        if tok.dep_ in ("compound", "amod"):
            return None  # "detention centers", "torture cases"
        if lemma == "charge" and tok.i > 0 and tok.nbor(-1).lower_ == "in":
            return None  # "in charge of"
        if lemma == "report" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in (
                "publish", "release", "issue", "present"):
            return "report_published"
        if lemma == "case" and not any(c.lemma_.lower() in ("criminal", "open") for c in tok.children):
            return None
        if lemma == "death":
            return _death_type(tok)
        if lemma == "strike" and any(c.lower_ == "hunger" for c in tok.children):
            return "protest"  # a hunger strike
        if any(c.lower_ == "societal" for c in tok.children):
            return None  # "societal abuses"
        return NOUN_TYPES.get(lemma)
    return None


_CUSTODY = re.compile(r"\b(?:custody|detention|prisons?|jails?|cells?|police station|pretrial|detained|"
                      r"interrogation|penal colon(?:y|ies)|detention facilit(?:y|ies))\b", re.I)


DUTIES = {"conduct", "ensure", "oversee", "monitor", "implement", "manage", "protect", "maintain", "coordinate",
          "supervise", "provide", "develop", "draft", "enforce", "review", "lead", "carry", "handle", "prepare",
          "promote", "prevent", "combat", "investigate", "guard", "secure", "administer", "run"}
ACCIDENTS = {"explosion", "landslide", "fire", "accident", "collapse", "flood", "crash", "blast", "storm",
             "avalanche", "earthquake", "stampede", "mudslide", "cave-in", "lightning"}
_CUSTODIANS = {"prisoner", "detainee", "inmate", "suspect", "convict"}
PERSON_NOUNS = {"director", "officer", "judge", "official", "employee", "minister", "chief", "commander", "head",
                "deputy", "governor", "mayor", "prosecutor", "teacher", "worker", "journalist", "editor",
                "lawyer", "member", "staff", "soldier", "inspector", "commissioner", "chairman", "chairperson",
                "president", "secretary", "administrator", "warden", "superintendent", "manager"}


def _death_type(tok: "Token") -> str:
    """ "died in custody", "prisoners died", "57 deaths in prisons" → death_in_custody, else killing."""
    subj = next((c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj"), "")
    if subj in _CUSTODIANS or any(c.dep_ in ("compound", "amod", "conj") and c.lemma_.lower() in _CUSTODIANS | {
            "custodial"} for c in tok.children):
        return "death_in_custody"  # "prisoners died", "20 prisoner and detainee deaths"
    # the clause of the death: its subtree and, for a noun, the noun phrase
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1] if tok.pos_ == "NOUN" else tok.sent
    return "death_in_custody" if _CUSTODY.search(span.text) else "killing"


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


def _date_root(sent: "SpacySpan", start: int, end: int) -> "Token | None":
    """The token of the date expression whose head lies outside it (absolute char offsets)."""
    toks = [t for t in _toks(sent) if t.idx < end and t.idx + len(t) > start]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _anchor(root: "Token") -> "Token":
    """The verb or noun a date attaches to: climb through prepositions and date words."""
    tok = root
    for _ in range(6):
        head = tok.head
        if head.i == tok.i:
            return tok
        if head.pos_ in ("ADP", "SCONJ", "CCONJ", "PUNCT", "NUM", "DET", "ADV") or head.tag_ == "NNP" and \
                head.ent_type_ == "DATE":
            tok = head
            continue
        if head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            return head.head  # "On September 11, Vosk was re-elected": the date hangs on "was"
        return head
    return tok.head


def _is_verb(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _clause_verb(tok: "Token") -> "Token":
    """The nearest verb at or above ``tok``."""
    cur = tok
    for _ in range(8):
        if _is_verb(cur) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _find_trigger(anchor: "Token") -> tuple["Token | None", str | None]:
    """The trigger token for a date attached to ``anchor`` and its type."""
    if anchor.lemma_.lower() in ("detention", "custody", "imprisonment", "captivity") and anchor.dep_ == "pobj" \
            and anchor.head.dep_ == "prep" and _is_verb(anchor.head.head) and \
            (vt := _trigger_type(anchor.head.head)):
        return anchor.head.head, vt  # "died in detention between January and September": the verb
    t = _trigger_type(anchor)
    if t and anchor.lemma_.lower() not in LIGHT_VERBS:
        return anchor, t
    if _is_verb(anchor):
        # a light or reporting verb: look at its arguments and complements
        for c in anchor.children:
            if c.dep_ in ("ccomp", "xcomp") and any(d.dep_ == "aux" and d.lemma_.lower() in MODALS
                                                     for d in c.children):
                continue  # "HRW said authorities should not extradite …": a statement, not an extradition
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "xcomp", "ccomp", "advcl", "oprd", "acomp"):
                ct = _trigger_type(c)
                if ct:
                    return c, ct
        for c in anchor.children:
            if c.dep_ in ("ccomp", "xcomp") and any(d.dep_ == "aux" and d.lemma_.lower() in MODALS
                                                     for d in c.children):
                continue
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr") and (
                    anchor.lemma_.lower() in LIGHT_VERBS | REPORT_VERBS):
                for d in c.subtree:
                    if d.dep_ in ("compound", "amod") or d.ent_type_ == "DATE" or any(
                            a.dep_ in ("relcl", "acl") and a.i != c.i for a in _path(d, c)):
                        continue
                    dt = _trigger_type(d)
                    if dt and d.i != anchor.i:
                        return d, dt
        if anchor.lemma_.lower() in ("report", "publish", "release", "issue", "document") and any(
                c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or c.lemma_.lower() in ORG_NOUNS | {
                    "ngo", "outlet", "watchdog", "lab", "company", "commission", "committee", "office", "media"})
                for c in anchor.children):
            return anchor, "report_published"  # "On June 1, Vox Veridia reported that …"
        if anchor.dep_ in ("acl", "relcl") and anchor.head.pos_ == "NOUN" and (ht := _trigger_type(anchor.head)):
            return anchor.head, ht  # "A second forensic examination completed in January …"
        if anchor.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in anchor.children):
            for c in anchor.head.children:  # "The trial began … and was postponed two days later"
                if c.dep_ in ("nsubj", "nsubjpass"):
                    ct = _trigger_type(c)
                    if ct:
                        return c, ct
        if t:
            return anchor, t
        return None, None
    if t:
        return anchor, t
    # a noun: "the June 5 referendum" handled above; else its governing verb
    verb = _clause_verb(anchor)
    if verb.i != anchor.i:
        vt = _trigger_type(verb)
        if vt:
            return verb, vt
    return None, None


def _path(tok: "Token", top: "Token") -> list["Token"]:
    """The tokens from ``tok`` up to (not including) its ancestor ``top``."""
    out = []
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i and len(out) < 12:
        out.append(cur)
        cur = cur.head
    return out


def _nearest_trigger(sent: "SpacySpan", center: int, exclude: set[int],
                     clause: "Token | None" = None) -> tuple["Token | None", str | None]:
    """The trigger closest to token ``center`` (within the clause of verb ``clause`` when given)."""
    best: tuple[int, "Token", str] | None = None
    for tok, t in _triggers(sent):
        if tok.i in exclude or tok.ent_type_ == "DATE" or tok.is_title and tok.lemma_.lower() in _MONTH_WORDS:
            continue
        if clause is not None and tok.i != clause.i and (
                tok.tag_ == "VBG" or _clause_verb(tok.head).i != clause.i):
            continue  # another clause: "… with the goal of preventing torture"
        if t:
            dist = abs(tok.i - center)
            if best is None or dist < best[0]:
                best = (dist, tok, t)
    return (best[1], best[2]) if best else (None, None)


def _phrase(tok: "Token", base: int) -> tuple[int, int]:
    """Char span (absolute) of the noun phrase headed by ``tok``: modifiers, compounds, "of" complements."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case") and \
                c.lemma_.lower() not in _DETS:
            left = min(left, c.left_edge, key=lambda x: x.i)
            break
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "case") or (c.dep_ == "prep" and c.lower_ == "of" and
                                                       tok.lemma_.lower() in PARTITIVE):
            right = max(right, c.right_edge, key=lambda x: x.i)
        elif c.dep_ not in ("compound", "flat"):
            break
    start, end = left.idx, right.idx + len(right)
    if left.lower_ in _DETS:
        start = left.nbor(1).idx if left.i + 1 <= right.i else start
    return base + start, base + end


class _Context:
    """Per-document state for participant, place and source resolution."""

    def __init__(self, ann: "Annotated", entities: list[Entity]) -> None:
        self.ann = ann
        self.text = ann.text
        self.index = _EntityIndex(entities)
        self.has_entities = bool(entities)

    def participant(self, tok: "Token", role: str, base: int) -> Participant | None:
        if tok.pos_ == "PRON" or tok.lower_ in ("who", "which", "that", "whom"):
            return None
        # "activist Ivan Petrov", "journalist X": prefer the name in apposition
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                tok = c
                break
        s, e = _phrase(tok, base)
        if e <= s:
            return None
        head_s, head_e = base + tok.idx, base + tok.idx + len(tok)
        ent = self.index.find(head_s, head_e) if self.has_entities else None
        if ent is not None and ent.type in ("person", "organization", "place"):
            return Participant(ent.id, ent.name, role)
        if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and tok.ent_iob_ != "O":
            ent_span = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
            if ent_span is not None:
                return Participant(None, re.sub(r"^(?:[Tt]he)\s+|['’]s?$", "", ent_span.text), role)
        name = re.sub(r"['’]s?$", "", re.sub(r"\s+", " ", self.text[s:e]).strip(" ,;:"))
        if not name or len(name) > 120:
            return None
        return Participant(None, name, role)

    def place(self, sent: "SpacySpan", trigger: "Token | None", base: int) -> str | None:
        s0, e0 = base + sent.start_char, base + sent.end_char
        if self.has_entities:
            places = self.index.in_range(s0, e0, "place")
            if places:
                center = base + (trigger.idx if trigger is not None else sent.start_char)
                return min(places, key=lambda r: abs(r[0] - center))[2].name
        cands = [x for x in sent.ents if x.label_ in PLACE_LABELS and not (
            self.has_entities and self.index.find(base + x.start_char, base + x.end_char) is not None)]
        if not cands:  # (with entities, a span they call a person or organization is not a place)
            return None
        center = trigger.i if trigger is not None else sent.start
        return min(cands, key=lambda x: abs(x.start - center)).text


def _participants(ctx: _Context, trig: "Token", base: int) -> list[Participant]:
    out: list[Participant] = []

    def add(tok: "Token", role: str) -> None:
        for t in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
            p = ctx.participant(t, role, base)
            if p and all(p.name != q.name for q in out):
                out.append(p)

    if _is_verb(trig):
        for c in trig.children:
            if c.dep_ in ("nsubj",):
                add(c, "target" if trig.lemma_.lower() in UNACCUSATIVE else "actor")
            elif c.dep_ in ("nsubjpass", "dobj"):
                add(c, "target")
            elif c.dep_ == "conj" and _is_verb(c) and not any(d.dep_.startswith("nsubj") for d in c.children):
                for d in c.children:  # "shot and killed a teacher"
                    if d.dep_ == "dobj":
                        add(d, "target")
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor")
        if trig.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in trig.children):
            for c in trig.head.children:  # shared subject: "police detained X and charged him"
                if c.dep_ == "nsubj":
                    add(c, "actor")
                elif c.dep_ == "nsubjpass":
                    add(c, "target")
                elif c.dep_ == "dobj" and trig.dep_ == "conj" and not any(d.dep_ == "dobj" for d in trig.children):
                    add(c, "target")
        if trig.dep_ in ("acl", "relcl") and trig.head.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_.startswith("nsubj") for c in trig.children):
            misparse = trig.head.dep_ == "ROOT" and trig.head.i == trig.sent.start  # "Authorities released …"
            add(trig.head, "target" if trig.tag_ == "VBN" and not misparse else "actor")
    else:
        if trig.dep_ in ("dobj", "attr") and _is_verb(trig.head) and trig.head.lemma_.lower() in LIGHT_VERBS:
            for c in trig.head.children:  # "workers held a strike", "the prosecutor opened an investigation"
                if c.dep_ == "nsubj":
                    add(c, "actor")
        for c in trig.children:
            if c.dep_ == "poss":
                add(c, "target")
            elif c.dep_ == "prep" and c.lower_ in ("of", "against"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "target")
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(p, "actor")
    # other named persons/organizations of the trigger's clause
    names = {p.name for p in out}
    for ent in trig.sent.ents:
        if ent.label_ in ("PERSON", "ORG") and ent.root.head.i == trig.i or \
                ent.label_ in ("PERSON", "ORG") and trig.left_edge.i <= ent.start < trig.right_edge.i and \
                ent.root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            p = ctx.participant(ent.root, "other", base)
            if p and p.name not in names and all(p.name not in n for n in names):
                out.append(p)
                names.add(p.name)
    return out


def _polarity(trig: "Token | None", sent: "SpacySpan") -> str:
    chain: list["Token"] = []
    if trig is not None:
        cur = trig
        for _ in range(5):
            chain.append(cur)
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if _negated(trig, chain):
            return "negated"
    elif NO_REPORTS.search(sent.text) or THERE_NO.search(sent.text):
        return "negated"
    for tok in chain:
        if tok.lemma_.lower() in ALLEGE_WORDS or tok.lower_ in ALLEGE_WORDS:
            return "alleged"
        for c in tok.children:
            if c.lower_ in ALLEGE_WORDS and c.dep_ in ("advmod", "amod", "aux", "npadvmod"):
                return "alleged"
    if trig is None and any(t.lower_ in ALLEGE_WORDS for t in _toks(sent)):
        return "alleged"
    if re.search(r"(?i)\bthere\s+(?:were|was)\s+(?:\w+\s+){0,2}reports?\s+(?:that|of)\b", sent.text):
        return "alleged"
    return "asserted"


def _negated(trig: "Token", chain: list["Token"]) -> bool:
    """ "did not detain", "no killings were", "no officials were detained", "no reports of killings"."""
    for c in trig.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            return True
    for anc in chain[1:]:
        if anc.lemma_.lower() in REPORT_NOUNS and any(d.dep_ == "det" and d.lower_ == "no" for d in anc.children):
            return True  # "There were no (confirmed) reports that prisoners died"
        if anc.lemma_.lower() in REPORT_VERBS and any(d.dep_ == "neg" for d in anc.children) and \
                trig.dep_ in ("dobj", "ccomp"):
            return True  # "NGOs did not report any killings"
    return False


def _source(sent: "SpacySpan", trig: "Token | None", text: str, base: int) -> str | None:
    for tok in _toks(sent):
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor(1).lower_ == "to":
            to = tok.nbor(1)
            objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
            if objs:
                return _source_phrase(objs[0], text, base)
            return _clean(text[base + to.idx + 3: base + sent.end_char].split(",")[0])
    cur = trig
    seen = 0
    while cur is not None and seen < 8:
        if cur.lemma_.lower() in REPORT_VERBS and _is_verb(cur) and cur.i != (trig.i if trig is not None else -1):
            subj = next((c for c in cur.children if c.dep_ in ("nsubj",)), None)
            if subj is not None and subj.pos_ != "PRON":
                return _source_phrase(subj, text, base)
            agent = next((c for c in cur.children if c.dep_ == "agent"), None)
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return _source_phrase(pobj, text, base)
        if cur.head.i == cur.i:
            break
        cur = cur.head
        seen += 1
    root = sent.root
    if root.lemma_.lower() in REPORT_VERBS and (trig is None or trig.i != root.i):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return _source_phrase(subj, text, base)
    return None


def _source_phrase(tok: "Token", text: str, base: int) -> str | None:
    left = tok.left_edge
    right = tok
    for c in tok.rights:
        if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "on", "in")) \
                or (c.dep_ == "cc") or c.dep_ == "conj":
            right = c.right_edge
        else:
            break
    s = base + left.idx
    e = base + right.idx + len(right)
    return _clean(text[s:e])


def _clean(s: str) -> str | None:
    s = re.sub(r"\s+", " ", s).strip(" ,;:.\"“”'")
    s = re.sub(r"(?i)^(?:the|a|an|some|several|many|other)\s+", "", s)
    s = re.sub(r"['’]s$", "", s)
    return s or None


HABITUAL_ADV = {"often", "frequently", "routinely", "sometimes", "occasionally", "generally", "usually",
                "regularly", "typically", "commonly", "normally", "periodically", "increasingly", "systematically",
                "rarely", "seldom", "consistently", "widely", "always"}
# triggers that also describe a practice; undated, they need a name, a number or a time to be an occurrence
WEAK = {"prosecute", "harass", "intimidate", "threaten", "target", "monitor", "restrict", "block", "ban", "censor",
        "close", "suspend", "investigate", "examine", "register", "prohibit", "deny", "surveil", "track",
        "abuse", "mistreat", "disperse", "fire", "harassment", "censorship", "surveillance", "threat",
        "restriction", "abuse", "mistreatment", "intimidation", "pressure", "discrimination", "ill-treatment"}
MODALS = {"will", "would", "could", "may", "might", "can", "must", "should", "shall"}
HABIT_HEADS = {"continue", "tend", "use", "need", "plan", "intend", "seek", "try", "attempt", "threaten",
               "refuse", "fail", "want", "hope", "promise", "agree", "decide", "propose", "ask", "urge", "call"}
LAW_SUBJECTS = {"law", "constitution", "code", "legislation", "regulation", "decree", "statute", "rule", "policy",
                "provision", "article", "act", "proclamation", "ordinance"}


def _past(tok: "Token", depth: int = 0) -> bool:
    """``tok`` is a verb in a past tense: "detained", "was detained", "had been detained"."""
    kids = list(tok.children)
    if any(c.dep_ == "aux" and (c.lemma_.lower() in MODALS or c.lower_ in ("has", "have", "do", "does"))
           for c in kids):
        return False
    if tok.tag_ == "VBD":
        return True
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.i == tok.i - 1 \
            and tok.head.i == tok.sent.start:
        return True  # "Authorities released …" parsed as a noun phrase
    if tok.tag_ == "VBN":
        if any(c.dep_ in ("auxpass", "aux") and (c.tag_ == "VBD" or c.lower_ == "had") for c in kids):
            return True
        if tok.dep_ == "conj" and depth < 3 and tok.head.pos_ in ("VERB", "AUX"):
            return _past(tok.head, depth + 1)
    return False


def _habitual(tok: "Token") -> bool:
    """ "Police often beat detainees", "continued to detain", "may be detained"."""
    cur = tok
    for _ in range(3):
        for c in cur.children:
            if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADV:
                return True
            if c.dep_ == "aux" and c.lemma_.lower() in MODALS:
                return True
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in HABIT_HEADS:
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _is_report_year_occurrence(trig: "Token", sent: "SpacySpan") -> bool:
    """A past, specific, non-habitual occurrence (for undated sentences)."""
    if not _is_verb(trig) or trig.lemma_.lower() in STATE_VERBS:
        return False
    if not _past(trig) or _habitual(trig):
        return False
    subj = next((c for c in trig.children if c.dep_.startswith("nsubj")), None)
    if subj is not None and subj.lemma_.lower() in LAW_SUBJECTS:
        return False  # "The law prohibited …"
    if trig.dep_ in ("amod", "acl") and not any(c.dep_ in ("auxpass", "aux") for c in trig.children) and not (
            trig.head.dep_ == "ROOT" and trig.head.i == trig.i - 1 and trig.head.i == trig.sent.start
            and trig.head.tag_ == "NNS"):
        return False  # "persons detained for …": a description, not a statement
        # (but "Authorities released …" mis-parsed as a noun with a participle is a statement)
    return True


def _reported_noun(tok: "Token") -> bool:
    """A trigger noun reported as an occurrence: "The U.N. reported 13 deaths", "were subjected to abuse"."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ in ("dobj", "attr") and _is_verb(head) and (
                head.lemma_.lower() in REPORT_VERBS | {"commit", "perpetrate", "suffer", "sustain", "carry",
                                                        "conduct", "resort", "receive"}):
            return _past(head) and not _habitual(head)
        if cur.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("subject", "resort", "expose"):
            return _past(head.head) and not _habitual(head.head)
        if head.lemma_.lower() in ("complaint", "allegation", "petition", "claim", "lawsuit", "appeal"):
            return False  # "received 318 complaints of torture": complaints, not torture
        if cur.dep_ in ("pobj", "conj", "appos") or (cur.dep_ == "prep" and cur.lower_ in ("of", "to")):
            cur = head
            continue
        return False
    return False


REPORTS_OF = re.compile(r"(?i)\bthere\s+(?:were|was|continued\s+to\s+be|had\s+been)\s+(?:\w+\s+){0,3}?"
                        r"(?:reports?|allegations?|claims?|accounts?)\s+(?:of|that)\b")


def _main_occurrence(sent: "SpacySpan", exclude: set[int]) -> tuple["Token", str, int] | None:
    """The highest trigger of ``sent`` that states a specific past occurrence: (token, type, depth)."""
    stext = sent.text
    generic = GENERIC_START.search(stext)
    cut = None
    if generic:
        m = re.search(r";|\bhowever\b|,\s+but\b", stext)
        if m is None:
            return None
        cut = sent.start_char + m.start()  # "The law prohibits torture; however, there were reports …"
    best: tuple[int, "Token", str] | None = None
    for tok, t in _triggers(sent):
        if tok.i in exclude or (cut is not None and tok.idx < cut):
            continue
        if _is_verb(tok):
            ok = _is_report_year_occurrence(tok, sent)
        else:
            ok = t != "law_or_decree" and _reported_noun(tok)
        if ok:
            depth = sum(1 for _ in tok.ancestors)
            if best is None or depth < best[0]:
                best = (depth, tok, t)
    return (best[1], best[2], best[0]) if best else None


NOT_OCCURRENCES = STATE_VERBS | STAT_VERBS | REPORT_VERBS | {
    "believe", "know", "consider", "appear", "seem", "express", "welcome", "criticize", "praise", "urge",
    "call", "recommend", "fail", "attempt", "try", "want", "need", "expect", "hope", "plan", "intend",
    "allege", "acknowledge", "cite", "attribute", "blame", "describe", "regard", "view", "depend", "rely",
    "cooperate", "collaborate", "participate", "work", "operate", "function", "serve", "hold", "take",
    "make", "give", "get", "go", "come", "become", "receive", "provide", "offer", "allow", "permit",
    "respect", "enjoy", "face", "experience", "suffer", "exercise", "generate", "lead", "result",
    "empower", "authorize", "entitle", "confine", "use", "emphasize", "stress", "highlight", "recruit",
    "identify", "employ", "comprise", "dominate", "control", "own", "tolerate", "ignore", "support", "oppose"}


def _other_occurrence(sent: "SpacySpan") -> "Token | None":
    """The main verb of a sentence stating what a named body or person did in the report year.

    "The ICRC visited all 15 prisons", "The PSD drafted an anticorruption strategy": an
    occurrence of type ``other``. Only past tense, a named subject, no habit or state.
    """
    root = sent.root
    if root.pos_ != "VERB" or _lemma(root) in NOT_OCCURRENCES or not _past(root) or _habitual(root):
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None
    stext = sent.text
    if GENERIC_START.search(stext) or STATISTIC.search(stext):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    named = subj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or subj.pos_ == "PROPN" or any(
        d.ent_type_ in ("ORG", "PERSON") for d in subj.subtree)
    return root if named else None


def _specific(sent: "SpacySpan", mentions: list[DateMention]) -> bool:
    """The sentence names someone, something counted or a time: it reports an occurrence, not a practice."""
    if any(m.date for m in mentions):
        return True
    return any(t.like_num and t.ent_type_ not in ("DATE", "ORDINAL") or
               t.ent_type_ in ("PERSON", "ORG", "GPE", "FAC") and t.ent_iob_ == "B" for t in _toks(sent))


def _undated_event(sent: "SpacySpan", mentions: list[DateMention], date: str, precision: str,
                   dated: list["_Produced"], state_verbs: set[int] = frozenset()) -> list["_Produced"]:  # type: ignore[assignment]
    """A specific occurrence of the report year without its own date, or "There were no reports of …"."""
    stext = sent.text
    if stext.rstrip().endswith("?"):
        return []
    if not dated and not state_verbs:
        no = NO_REPORTS.search(stext) or THERE_NO.search(stext)
        if no and not (GENERIC_START.search(stext) and sent.start_char + no.start() == sent.start_char):
            trig, type_ = _negated_trigger(sent, sent.start_char + no.start())
            if type_ is not None or NO_REPORTS.search(stext):
                return [(trig, type_ or "other", date, None, precision)]
        rep = REPORTS_OF.search(stext)
        if rep:
            trig, type_ = _reports_trigger(sent, sent.start_char + rep.start())
            if type_ is not None:
                return [(trig, type_, date, None, precision)]
    dated_trigs: set[int] = set()
    for d in dated:  # a dated trigger and the verb of its clause ("opened" of "opened an investigation")
        cur = d[0]
        for _ in range(4):
            if cur is None:
                break
            dated_trigs.add(cur.i)
            if _is_verb(cur) or cur.head.i == cur.i:
                break
            cur = cur.head
    main = _main_occurrence(sent, dated_trigs)
    if main is None:
        if not dated and not state_verbs:
            other = _other_occurrence(sent)
            if other is not None:
                return [(other, "other", date, None, precision)]
        return []
    tok, type_, depth = main
    if state_verbs and ({tok.i} | {a.i for a in tok.ancestors}) & state_verbs:
        return []  # "As of October, authorities had detained 300 persons": a state at a date
    if not dated and STATISTIC.search(stext):
        return []  # "courts acquitted 0.4 percent of defendants", "318 complaints, compared with 274"
    if _lemma(tok) in WEAK and not _specific(sent, mentions):
        return []  # "The government restricted freedom of assembly": a summary, not an occurrence
    if dated:
        # only a main clause above the dated ones: "Authorities released X, whom a court convicted in 2021"
        dated_depths = [sum(1 for _ in d[0].ancestors) for d in dated if d[0] is not None]
        if not dated_depths or depth >= min(dated_depths):
            return []
    return [(tok, type_, date, None, precision)]


def _reports_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were (numerous) reports that/of X"."""
    noun = next((t for t in _toks(sent) if t.idx >= after and t.lemma_.lower() in
                 ("report", "allegation", "claim", "account")), None)
    if noun is None:
        return None, None
    best: tuple[int, "Token", str] | None = None
    for tok in noun.subtree:
        if tok.i == noun.i:
            continue
        t = _trigger_type(tok)
        if t and _is_verb(tok) and (tok.dep_ == "amod" or _habitual(tok) or (
                tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in tok.children))):
            continue  # "reports that the number of persons detained may be several hundred"
        if t:
            depth = sum(1 for _ in tok.ancestors)
            if best is None or depth < best[0]:
                best = (depth, tok, t)
    return (best[1], best[2]) if best else (None, None)


# --- main ------------------------------------------------------------------------------

def extract_events(annotated: "Annotated", entities: list[Entity] | None = None) -> list[Event]:
    """Every dated occurrence of ``annotated``, one event per (sentence, date expression)."""
    ctx = _Context(annotated, entities or [])
    text = annotated.text
    year = annotated.year
    doc_id = annotated.document.id
    events: list[Event] = []
    for ap in annotated.paragraphs:
        base = ap.start
        previous: DateMention | None = None
        for sent in ap.doc.sents:
            toks = [t for t in _toks(sent) if not t.is_space]
            if not toks:
                continue
            s_start, s_end = base + toks[0].idx, base + toks[-1].idx + len(toks[-1])
            sent_text = text[s_start:s_end]
            mentions = [m.shifted(s_start) for m in find_dates(sent_text, year, previous=previous)]
            section = annotated.section_at(s_start)
            evidence = Span.of(text, s_start, s_end)
            produced, refs, previous = _dated_events(ctx, sent, mentions, base, year, previous)
            if year is not None:
                states = _state_verbs(sent, mentions, base)
                if produced or not refs:
                    produced += _undated_event(sent, mentions, str(year), "year", produced, states)
                else:  # "persons had been killed in connection with the January violence"
                    produced = _undated_event(sent, mentions, str(year), "year", [], states)
                    ref = _ref_of(produced, refs, sent, base)
                    if ref is not None:
                        produced = [(t, ty, ref.date or str(year), None, ref.precision or "year")
                                    for t, ty, _, _, _ in produced]
            for trig, type_, date, date_end, precision in produced:
                pol = _polarity(trig, sent)
                events.append(Event(
                    id=f"{doc_id}:ev:{len(events) + 1}", doc=doc_id, type=type_, date=date,
                    date_end=date_end, precision=precision,
                    participants=_participants(ctx, trig, base) if trig is not None else [],
                    place=ctx.place(sent, trig, base), section=section, polarity=pol,
                    source=_source(sent, trig, text, base), evidence=evidence))
    return events


_Produced = tuple["Token | None", str, str, "str | None", str]


STATISTIC = re.compile(r"(?i)\bpercent\b|%|\bturnout\b")


def _ref_of(produced: list["_Produced"], refs: list[DateMention], sent: "SpacySpan", base: int
            ) -> DateMention | None:
    """The named occurrence ("the January violence") that dates the sentence's event, if it does.

    It does when it hangs on the trigger itself ("killed in connection with the January
    violence"), not when it only describes a participant ("cases related to January events
    were opened").
    """
    if not produced or produced[0][0] is None:
        return None
    trig = produced[0][0]
    subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
    for ref in refs:
        root = _date_root(sent, ref.start - base, ref.end - base)
        if root is None or not (trig.left_edge.i <= root.i <= trig.right_edge.i):
            continue
        if any(s.left_edge.i <= root.i <= s.right_edge.i for s in subjects):
            continue
        return ref
    return None


def _state_verbs(sent: "SpacySpan", mentions: list[DateMention], base: int) -> set[int]:
    """Token ids of the clause verbs that a state date ("as of October", "at year's end") attaches to."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "state":
            continue
        root = _date_root(sent, m.start - base, m.end - base)
        if root is not None:
            anchor = _anchor(root)
            out.add(anchor.i)
            out.add(_clause_verb(anchor).i)
    return out


def _dated_events(ctx: _Context, sent: "SpacySpan", mentions: list[DateMention], base: int,
                  year: int | None, previous: DateMention | None
                  ) -> tuple[list[_Produced], list[DateMention], DateMention | None]:
    """Events of the dated mentions; also the mentions that only name an occurrence ("the January events")."""
    out: list[_Produced] = []
    refs: list[DateMention] = []
    used: set[int] = set()
    if not any(t.pos_ in ("VERB", "AUX") for t in _toks(sent)):
        return out, refs, previous  # a date line ("February 28, 2005"), a heading
    for k, m in enumerate(mentions):
        if m.kind == "none" and m.date:
            # "the release of 594 during the year by the court": a noun occurrence in the year
            root = _date_root(sent, m.start - base, m.end - base)
            anchor = _anchor(root) if root is not None else None
            if anchor is not None and anchor.pos_ == "NOUN" and anchor.dep_ not in ("dobj", "nsubj", "nsubjpass") \
                    and (t := _trigger_type(anchor)) and t not in ("law_or_decree", "report_published"):
                out.append((anchor, t, m.date, None, "year"))
            continue
        if m.kind not in ("event", "span", "relative") or not m.date:
            continue
        if m.kind == "relative" and k + 1 < len(mentions) and mentions[k + 1].start - m.end <= 5 \
                and mentions[k + 1].kind in ("event", "span"):
            continue  # "one month prior on May 5": the explicit date wins
        if m.kind == "relative" and m.precision == "year" and "previous" in m.text.lower():
            continue  # "compared with the previous year": a comparison, not an occurrence
        root = _date_root(sent, m.start - base, m.end - base)
        if root is None:
            continue
        anchor = _anchor(root)
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.lemma_.lower() in REFERENCE_NOUNS | {"event"} \
                and root.dep_ in ("compound", "nmod", "amod", "npadvmod", "nummod", "poss"):
            refs.append(m)
            continue  # "the January events", "in connection with January events"
        if anchor.pos_ in ("NOUN", "PROPN") and NOUN_TYPES.get(anchor.lemma_.lower()) == "law_or_decree" \
                and root.head.lower_ == "of" and _clause_verb(anchor).lemma_.lower() in STATE_VERBS | STAT_VERBS:
            continue  # "Proclamation 118 of 2001 provides …": a name; ("a decree of May 2008 established …" is not)
        if m.attributive and anchor.lemma_.lower() in REFERENCE_NOUNS:
            refs.append(m)
            continue
        if anchor.lemma_.lower() == "case" and root.dep_ in ("compound", "nmod", "amod"):
            kind_of = next((c for c in anchor.children if c.dep_ == "compound" and c.i > root.i
                            and c.lemma_.lower() in NOUN_TYPES), None)
            if kind_of is not None:  # "the July 2010 beating case of officer X"
                out.append((kind_of, NOUN_TYPES[kind_of.lemma_.lower()], m.date, m.date_end, m.precision or "year"))
                previous = m
                continue
        if m.attributive and anchor.lemma_.lower() not in OCCURRENCE_NOUNS:
            continue  # "the 2019 law requires", "the June 2008 case of"
        trig, type_ = _find_trigger(anchor)
        if trig is None:
            verb = _clause_verb(anchor)
            if verb.lemma_.lower() in STAT_VERBS or anchor.lemma_.lower() in STAT_VERBS:
                continue  # "the wage gap was 25 percent in 2020", "decreased from 119 in 2018"
            trig, type_ = _nearest_trigger(sent, root.i, used, clause=verb if _is_verb(verb) else None)
        if trig is not None:
            used.add(trig.i)
        previous = m if m.kind != "relative" or m.precision else previous
        out.append((trig if trig is not None else anchor, type_ or "other", m.date, m.date_end,
                    m.precision or "year"))
    return out, refs, previous


REPORT_NOUNS = {"report", "case", "instance", "incident", "allegation", "evidence", "indication", "record",
                "complaint", "account"}


def _negated_trigger(sent: "SpacySpan", after: int) -> tuple["Token | None", str | None]:
    """The trigger of "There were no reports of X" / "no X were reported": X or its complement."""
    no = next((t for t in _toks(sent) if t.idx >= after and t.lower_ == "no"), None)
    if no is None:
        return None, None
    noun = no.head
    for tok in [noun, *noun.subtree] if noun.lemma_.lower() in REPORT_NOUNS else [noun]:
        t = _trigger_type(tok)
        if t and t not in ("law_or_decree", "report_published") and tok.i != no.i:
            return tok, t
    if noun.lemma_.lower() in REPORT_NOUNS or noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None:
            t = _trigger_type(verb)
            if t:
                return verb, t
    return None, None


# --- merging across reports ------------------------------------------------------------

def _dates_compatible(a: Event, b: Event) -> bool:
    """Same date, or one is a coarser form of the other ("2022-01" and "2022-01-05")."""
    if not a.date or not b.date:
        return False
    short, long_ = sorted((a.date, b.date), key=len)
    if long_.startswith(short):
        return True
    # overlapping spans
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    return a.date <= b_end[:len(a.date)] and b.date <= a_end[:len(b.date)] if a.date_end or b.date_end else False


def _norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"['’]s\b|^the\s+", "", name.lower())).strip()


def same_event(a: Event, b: Event) -> bool:
    """Whether two event records (e.g. from two reports) describe the same occurrence.

    Same type, compatible dates (equal, or one a coarser precision of the other, or
    overlapping spans) and at least one shared participant (by entity id, else by
    normalised name; a surname alone matches the full name). Events without
    participants match only when both have none and the dates are equal at day precision.
    """
    if a.type != b.type or a.polarity == "negated" or b.polarity == "negated":
        return False
    if not _dates_compatible(a, b):
        return False
    if not a.participants or not b.participants:
        return not a.participants and not b.participants and a.precision == b.precision == "day" \
            and a.date == b.date
    ids_a = {p.entity for p in a.participants if p.entity}
    ids_b = {p.entity for p in b.participants if p.entity}
    if ids_a & ids_b:
        return True
    names_a = {_norm_name(p.name) for p in a.participants}
    names_b = {_norm_name(p.name) for p in b.participants}
    for x in names_a:
        for y in names_b:
            if x == y or (len(x) > 3 and len(y) > 3 and (x.split()[-1] == y.split()[-1])
                          and (x in y or y in x)):
                return True
    return False
