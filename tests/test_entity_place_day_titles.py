"""Issue 14, places (t-places16): a place candidate inside the list of a day's title is no place mention,
with or without an acronym after the title.

- "the International Day against Homophobia, Transphobia, and Biphobia": the model may label a word of the
  list a place, and the list's other words follow it; every word of the list is no place mention, the
  opener may be capitalised ("Day Against …");
- what follows the list's last item stays ("… and Biphobia in Orvile", "… and Biphobia, Orvile’s bishop");
- a title without a list ("the Day of Velmora") and a list that names places the gazetteer knows ("the
  National Day of Bosnia and Herzegovina", "a Day of Friendship of Croatia and Serbia") are left alone;
- the candidates go in ``bodies_not_places`` and the further mentions in ``no_place_mention`` (pass 4).

Sentences written for these tests (a fictional country, Velmora, and its town Orvile).
"""
from __future__ import annotations

import re

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.places.bodies import bodies_not_places, inside_expansion
from rightsledger.extract.entities.places.non_mentions import no_place_mention

TEXT = ("In May activists in Orvile marked the International Day against Homophobia, Transphobia, and "
        "Biphobia in Orvile. On the occasion of the International Day Against Racism, Xenophobia, and "
        "Intolerance, Orvile’s bishop spoke. Schools closed on the Day of Velmora. Guests from Velmora attended "
        "the National Day of Bosnia and Herzegovina and a Day of Friendship of Croatia and Serbia.")


def _at(name: str, nth: int = 0) -> tuple[int, int]:
    return [m.span() for m in re.finditer(re.escape(name), TEXT)][nth]


def _inside(name: str, nth: int = 0) -> bool:
    return inside_expansion(TEXT, *_at(name, nth))


def test_words_of_the_list_are_no_places():
    assert _inside("Homophobia") and _inside("Transphobia") and _inside("Biphobia")


def test_capitalised_opener():
    assert _inside("Racism") and _inside("Xenophobia") and _inside("Intolerance")


def test_what_follows_the_list_stays():
    assert not _inside("Orvile", 0)      # "activists in Orvile"
    assert not _inside("Orvile", 1)      # "… and Biphobia in Orvile"
    assert not _inside("Orvile", 2)      # "…, and Intolerance, Orvile’s bishop"


def test_titles_without_a_list_or_with_places_untouched():
    assert not _inside("Velmora", 0)     # "the Day of Velmora"
    assert not _inside("Bosnia and Herzegovina")
    assert not _inside("Croatia") and not _inside("Serbia")


def test_candidates_dropped_only_inside():
    """``bodies_not_places`` drops the place candidates inside the list, not the town's own."""
    names = [("Biphobia", 0), ("Transphobia", 0), ("Orvile", 0), ("Orvile", 1)]
    cands = [Cand(*_at(n, k), n, "GPE", type="place") for n, k in names]
    kept = [c.text for c in bodies_not_places(TEXT, cands, "XV") if c.type == "place"]
    assert kept == ["Orvile", "Orvile"]


def test_no_further_mention_inside():
    assert no_place_mention(TEXT, *_at("Homophobia"))
    assert not no_place_mention(TEXT, *_at("Orvile", 1))
