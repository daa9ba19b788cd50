"""Issue 14, places (t-places6): a place name that stands only at the front of a longer capitalised
name (a broadcaster, a facility, another place) is no place of the report
(``extract/entities/places/fronts.py``); a title before or after it, a month after it, or another
name beginning right after it keep it a place.

Sentences written for these tests; the pattern was seen in 2000 Republic of the Congo, 2018
Mauritius and 2021 Costa Rica: see docs/rounds/2026-12-12-08-t-places6.md.
"""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.common import Group
from rightsledger.extract.entities.places.fronts import drop_fronts_of_longer_names, front_of_longer_name

from .test_entities import _find, _types, entities_of


def _at(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return s, s + len(name)


@pytest.mark.parametrize(("text", "name", "others", "front"), [
    # the place runs on into a facility's, a broadcaster's or another place's name
    ("Suspects who cannot pay bail wait in the Grand Lake North Prison for trial.", "Grand Lake", (), True),
    ("Stations kept relaying the Douala-based Kenya Number Two during the year.", "Kenya", (), True),
    ("A judge evicted a family from the Bribri territory of Chile Tsani in March.", "Chile", (), True),
    # a title before or after it, a month after it, or another name starting after it: a place
    ("Among them was former Ambassador to Japan Teodor Miru, held since May.", "Japan", (), False),
    ("The reporter was suspended by Bomi County Superintendent Ada Kollie in June.", "Bomi County", (), False),
    ("The two men were flown out of Georgia May 29 and held for a week.", "Georgia", (), False),
    ("Clashes broke out in Las Palmas Tacuba on the eve of the vote.", "Las Palmas", ("Tacuba",), False),
    ("Police detained three traders in Kenya. Most were released.", "Kenya", (), False),
])
def test_front_of_longer_name(text, name, others, front):
    s, e = _at(text, name)
    starts = {text.index(o) for o in others}
    assert front_of_longer_name(text, s, e, starts) is front


def _group(text: str, name: str) -> Group:
    g = Group("place")
    g.add(Cand(*_at(text, name), name, "GPE", type="place"))
    return g


def test_a_place_named_alone_elsewhere_or_inside_a_body_only():
    """The place is dropped only when no other occurrence of its name stands alone; an occurrence
    inside another candidate's name ("Watch Kenya") is no such occurrence."""
    text = ("Stations kept relaying the Douala-based Kenya Number Two. Observers from Rights Watch "
            "Kenya visited the country in June.")
    body = Cand(*_at(text, "Rights Watch Kenya"), "Rights Watch Kenya", "ORG", type="organization")
    place = _group(text, "Kenya")
    assert drop_fronts_of_longer_names(text, [place], [body]) == []
    alone = text + " Two traders fled to Kenya."
    place = _group(alone, "Kenya")
    assert drop_fronts_of_longer_names(alone, [place], [body]) == [place]


FRONTS = """\
Cable operators went on relaying the Libreville-based Africa Number Two through the year, and the \
state radio did not object.

A magistrate ordered an indigenous family off its land in the Bribri territory of China Tsani, in \
favor of a settler.
"""

ALONE = """\
Authorities held the suspects in the Grand River North West Prison. Later they moved them to Grand \
River.
"""


@pytest.mark.model
def test_a_place_only_at_the_front_of_a_longer_name_is_no_place(nlp):
    """Fails without the rule (the model's places "Africa" and "China" stay); a place also named
    alone keeps its place."""
    ents = entities_of(FRONTS, nlp, country="Mauritius", code="MU", year=2018)
    for name in ("Africa", "China"):
        assert _find(ents, name, "place") is None, _types(ents)
    ents = entities_of(ALONE, nlp, country="Mauritius", code="MU", year=2018)
    assert _find(ents, "Grand River", "place") is not None, _types(ents)
