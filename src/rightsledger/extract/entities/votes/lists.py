"""Pass 2, a name the model took for a person where the report shows it is not one (issue 14,
t-ents4, classes read on 2016–2023 state.gov pages without gold):

- **a list has one kind**: "prisons in Kilinto, Shewa Robit, and Ziway", "the neighborhoods of
  Grande Ravine (2017), Bel Air (2018), La Saline (2019), and Cité Soleil (2020)", "bans on 21
  groups, including al-Qa’ida, the Taliban, …, Takfir Jihadist, Jaysh al-Mahdi, …": a name the
  system took for a person, with nothing around it that only a person takes (a title, a role, "said"),
  takes the kind that most of the other names of its list have, when at least two of them have it
  and they outnumber the persons; the other way round, a name of a person's shape, without a
  body's head word, that the system took for a body ("La Voix du Tchad" rules) is a person in a
  list of persons ("Bach Van Hien, Phung Thanh Tuyen, and Le Trung Thu", 2021 Vietnam);
- **a town of the country**: a name of two words or more that the gazetteer knows as a town or
  region of the report's country ("Ninh Binh authorities", "in Adama, Mekelle, Debre Birhan");
- **a body's first word**: a name that starts with an Arabic word for a body ("Jaysh", "Jund",
  "Katibat", "Harakat": ``body_first_words`` in ``extract/data/entities.toml``) is a body.

All three change the votes of ``classify.resolve_types`` for the whole report (one type per form).
"""
from __future__ import annotations

import re
from collections import Counter

from ...lexicons.gazetteer import gazetteer
from ..common import Cand, org_heads, name_key, person_shape, top_vote
from ..lexicon import BODY_FIRST_WORDS
from ..titles.roles import human_cue

#: what stands between two names of a list: a comma or semicolon (then "and"/"or"), or "and"/"or";
#: a short parenthesis may follow a name ("Bel Air (2018), La Saline (2019)"), "the" may precede one
_SEP = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?")
_KINDS = ("place", "organization")


def _lists(text: str, cands: list[Cand]) -> list[list[Cand]]:
    """Runs of at least three names joined by list separators, in text order."""
    ordered: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if ordered and c.start < ordered[-1].end:
            continue
        ordered.append(c)
    runs: list[list[Cand]] = []
    run: list[Cand] = []
    for c in ordered:
        if run and _SEP.fullmatch(text, run[-1].end, c.start):
            run.append(c)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [c]
    if len(run) >= 3:
        runs.append(run)
    return runs


def _human(text: str, cands: list[Cand]):
    """Does any mention of a key stand by a title, a role or a person's cue? (asked lazily: the
    cue costs a few regular expressions per mention)"""
    by_key: dict[str, list[Cand]] = {}
    for c in cands:
        by_key.setdefault(name_key(c.text), []).append(c)
    seen: dict[str, bool] = {}

    def human(key: str) -> bool:
        if key not in seen:
            seen[key] = any(c.roles or human_cue(text, c.start, c.end) for c in by_key.get(key, ()))
        return seen[key]
    return human


def kind_of_lists(text: str, cands: list[Cand], votes: dict[str, Counter], keep: set[str]) -> None:
    """Give a model person of a list the kind of the list's other names (see the module); ``keep``:
    keys that are persons whatever their list (surnames of full names)."""
    human = _human(text, cands)
    changes: list[tuple[str, str]] = []
    for run in _lists(text, cands):
        winners = [top_vote(votes.get(name_key(c.text))) for c in run]
        for i, c in enumerate(run):
            key = name_key(c.text)
            others = Counter(w for j, w in enumerate(winners) if j != i and w)
            if winners[i] == "organization" and c.label in ("PERSON", "ORG") and " " in key \
                    and person_shape(c.text) and not org_heads(c.text.split()) \
                    and others["person"] >= 2 and others["person"] > others["organization"] + others["place"]:
                changes.append((key, "person"))   # "Phung Thanh Tuyen, and Le Trung Thu" (not "La Voix")
                continue
            if winners[i] != "person" or key in keep or human(key):
                continue
            for kind in _KINDS:
                if others[kind] >= 2 and others[kind] > others["person"]:
                    changes.append((key, kind))
                    break
    for key, kind in changes:
        votes[key][kind] += sum(votes[key].values()) + 1


def bodies_by_first_word(cands: list[Cand], votes: dict[str, Counter]) -> None:
    """"Jaysh al-Mahdi", "Harakat al-Shabaab": a body, unless a title or role stands by it (a verb
    such as "claimed" or "said" is no cue here: bodies claim and say)."""
    titled = {name_key(c.text) for c in cands if c.roles}
    for c in cands:
        words = c.text.split()
        key = name_key(c.text)
        if len(words) >= 2 and words[0].lower() in BODY_FIRST_WORDS and key in votes and key not in titled \
                and top_vote(votes[key]) != "organization":
            votes[key]["organization"] += sum(votes[key].values()) + 1


def home_places(text: str, cands: list[Cand], votes: dict[str, Counter], home: str | None,
                keep: set[str]) -> None:
    """A name of two words or more the system took for a person that the gazetteer knows as a
    town or region of the report's country, with nothing around it that only a person takes:
    "Ninh Binh authorities did not allow …", "Hau Giang provincial authorities", "model prisons
    in Adama, Mekelle, Debre Birhan, …" (2021 Vietnam, 2016 Ethiopia)."""
    if home is None:
        return
    gaz = gazetteer()
    human = _human(text, cands)
    for c in cands:
        key = name_key(c.text)
        if " " not in key or key in keep or top_vote(votes.get(key)) != "person":
            continue
        place = gaz.lookup(c.text, home, alternates=False)
        if place is not None and place.country_code == home and place.kind in ("city", "region") \
                and not human(key):
            votes[key]["place"] += sum(votes[key].values()) + 1
