"""Issue 14, round t-orgs40 (on the session-22 amendment): a body's name cut before "of" is made whole.
An organization's name of two words or more with no body head word, written right before "of" (maybe
"the") and a capitalised run of one to four words that does not end in a body head word, holds no
acronym and starts with no place, goes on over them: "the Velm Observatory of Hate Crimes", "the Open
Lantern of Network Interference", "the NGO Lookout for the Freedom of the Press in Tarsania". Read on
unread 2021 Argentina, 2018 Mali and 2022 DRC; the dev gold writes eleven such names across "of" (eight
reports) and stops none there. A front with a head word ("the Labor Office of the Ministry of Labor":
the dev gold stops it), a run ending in a head word, a place after "of" or a run going on are left alone.
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from rightsledger.extract.entities.bodies.of_tails import join_of_tails, of_tail_end

from .test_entities import entities_of
from .test_entity_slash_tails import _org


def test_the_name_goes_on_over_of():
    for text, front, whole in (
            # "Observatory" is a head word since t-orgs42 (the runs extend it): a front without one here
            ("The Velm Lookout of Hate Crimes registered 40 complaints.", "Velm Lookout",
             "Velm Lookout of Hate Crimes"),
            ("an analysis by the Open Lantern of Network Interference, which showed", "Open Lantern",
             "Open Lantern of Network Interference"),
            ("the NGO Lookout for the Freedom of the Press in Tarsania reported that", "Lookout for the Freedom",
             "Lookout for the Freedom of the Press in Tarsania")):
        c = _org(text, front)
        assert text[c.start:of_tail_end(text, c)] == whole, whole


def test_other_names_before_of_stay():
    for text, front in (
            ("the Labor Office of the Ministry of Labor inspected 30 farms", "Labor Office"),
            ("the Velm Lookout of the Arvel Federal Court said", "Velm Lookout"),
            ("the Open Lantern of Kenya reported", "Open Lantern"),
            ("the Open Lantern of Nairobi reported", "Open Lantern"),
            ("the Open Lantern of Network Interference Monitoring Services Group", "Open Lantern"),
            ("the Open Lantern of IRDA reported", "Open Lantern"),
            ("the Open Lantern of the Press’s rights", "Open Lantern"),
            ("the Open Lantern of mixed repute", "Open Lantern"),
            ("the Lantern of Network Interference", "Lantern")):
        assert of_tail_end(text, _org(text, front)) is None, text


def test_the_piece_after_of_is_dropped():
    text = "an analysis by the Open Lantern of Network Interference, which showed"
    front, piece = _org(text, "Open Lantern"), _org(text, "Network Interference")
    out = join_of_tails(text, [front, piece])
    assert [c.text for c in out] == ["Open Lantern of Network Interference"]


@pytest.mark.model
def test_the_whole_name_in_the_pipeline(nlp):
    text = ("A detailed analysis conducted by the Open Observatory of Network Interference showed that access to "
            "some websites was blocked.\n")
    names = {e.name: e.type for e in entities_of(text, nlp)}
    assert names.get("Open Observatory of Network Interference") == "organization", names
    assert "Network Interference" not in names and "Open Observatory" not in names, names
