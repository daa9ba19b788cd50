"""The indicators: their names, the record each gives (:class:`Indicator`), and what each CIRI
indicator reads (:class:`Rule`: the topics of its sections, the words that say a sentence is about
its abuse, the event types behind it, whether a state actor must be named, its scale)."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

CIRI = ("KILL", "DISAP", "TORT", "POLPRIS")
NAMES = (*CIRI, "PTS")


@dataclass
class Indicator:
    name: str                     # KILL, DISAP, TORT, POLPRIS, PTS
    score: int
    confidence: float             # 0–1
    evidence: list[dict[str, Any]]  # {doc, start, end, text, citation, kind}
    rationale: str
    scale: str = ""
    events: list[str] = field(default_factory=list)   # ids of the events behind the score
    features: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Rule:
    name: str
    topics: frozenset[str]            # sections/subtopics to read
    keyword: re.Pattern[str]          # the sentence is about this abuse
    event_types: frozenset[str]
    needs_state_actor: bool
    scale: str


RULES: dict[str, Rule] = {
    "KILL": Rule(
        "KILL", frozenset({"killings", "conflict"}),
        re.compile(r"\b(kill\w*|extrajudicial|executed|execution\w*|summar\w+ execut\w*|murder\w*|"
                   r"shot (and killed|dead)|shot\b|died|deaths?|lynch\w*|massacre\w*|"
                   r"deprivation of life|unlawful killings?|fatal\w*)"),
        frozenset({"killing", "death_in_custody"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no extrajudicial killings"),
    "DISAP": Rule(
        "DISAP", frozenset({"disappearance"}),
        re.compile(r"\b(disappear\w*|abduct\w*|kidnap\w*|whereabouts|missing|secret detention|"
                   r"incommunicado)"),
        frozenset({"detention_or_arrest"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no politically motivated disappearances"),
    "TORT": Rule(
        "TORT", frozenset({"torture"}),
        re.compile(r"\b(tortur\w*|beat(en|ing|ings|s)?|abus\w*|mistreat\w*|ill-treat\w*|"
                   r"rap(e|ed|es)\b|whip\w*|flog\w*|electric shock|cruel|degrading|"
                   r"inhuman|harsh (treatment|interrogation))"),
        frozenset({"torture_or_abuse"}), True,
        "CIRI 0–2: 0 frequent, 1 occasional, 2 no torture"),
    "POLPRIS": Rule(
        "POLPRIS", frozenset({"political_prisoners", "arbitrary_arrest", "fair_trial"}),
        re.compile(r"\b(political (prisoners?|detainees?|reasons|opinions?|views|activit\w+|grounds)|"
                   r"prisoners? of conscience|politically motivated (arrests?|detentions?)|"
                   r"opposition (members?|leaders?|supporters?|activists?|party members?|figures?|"
                   r"politicians?)|journalists? (were |was )?(arrested|detained|jailed|imprisoned)|"
                   r"detained (for|because of) (their )?(political|opinion)|held without charge)"),
        frozenset({"detention_or_arrest", "conviction_or_sentence"}), False,
        "CIRI 0–2: 0 many, 1 few, 2 no political prisoners"),
}
