"""Issue 14, round t-orgs56 (on the session-22 amendment): a post held by a named person read as a body.
"Commissioner for <portfolio> <name>", "Spokesperson for the <body>, <name>", "EU Commissioner for <portfolio>
<name>": a post noun, "for" and the portfolio, then its holder's name, judged false in four unread reports; a
title with no holder named after it is an office acting and stays, and so do "High Commissioner" and "Office
of the Commissioner". Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.post_titles import holder_named_after, without_post_titles
from rightsledger.extract.entities.common import Cand, Group
from rightsledger.extract.entities.lexicon import POST_TITLE

from .test_entities import entities_of

TEXT = ("Commissioner for Civic Values Dora Veln spoke. The Spokesperson for the Lantern Council, Ivo Pellar, "
        "agreed. The Commissioner for Civic Values said so.")


def _group(form: str, nth: int = 0) -> Group:
    """A body group of the ``nth`` occurrence of ``form`` in TEXT."""
    g, at = Group("organization"), -1
    for _ in range(nth + 1):
        at = TEXT.index(form, at + 1)
    g.forms[form] += 1
    g.mentions.add((at, at + len(form)))
    return g


def _persons(*names: str) -> list[Cand]:
    return [Cand(TEXT.index(n), TEXT.index(n) + len(n), n, "PERSON", type="person") for n in names]


def test_a_post_noun_before_for_is_a_title_with_one_front_word_at_most():
    assert POST_TITLE.match("Commissioner for Civic Values")
    assert POST_TITLE.match("Spokesperson for the Lantern Council")
    assert POST_TITLE.match("Tarsanian Commissioner for Justice")
    assert POST_TITLE.match("EU Commissioner for Home Affairs")


def test_institutions_are_not_of_the_shape():
    assert not POST_TITLE.match("High Commissioner for Refugees")
    assert not POST_TITLE.match("UN High Commissioner for Refugees")
    assert not POST_TITLE.match("Office of the Commissioner for Civic Values")
    assert not POST_TITLE.match("Council of Europe Commissioner for Human Rights")
    assert not POST_TITLE.match("Commissioner of Police")


def test_the_holder_named_after_the_title():
    starts = {c.start for c in _persons("Dora Veln", "Ivo Pellar")}
    end = len("Commissioner for Civic Values")
    assert holder_named_after(TEXT, end, starts)
    assert holder_named_after(TEXT, TEXT.index(", Ivo"), starts)
    assert not holder_named_after(TEXT, TEXT.rindex(" said"), starts)


def test_a_title_goes_only_when_every_mention_names_its_holder():
    persons = _persons("Dora Veln", "Ivo Pellar")
    first, spokes, office = _group("Commissioner for Civic Values"), _group("Spokesperson for the Lantern Council"), \
        _group("Commissioner for Civic Values", 1)
    assert without_post_titles([first, spokes, office], TEXT, persons) == [office]


def test_titles_before_their_holders_make_no_body_an_office_acting_stays(nlp):
    text = ("On June 3, Commissioner for Civic Values and Open Records Maria Novak stated that the Tarsanian "
            "Press Council would review the case. The Spokesperson for the Lantern Council, John Keller, "
            "called the figures alarming. The Commissioner for Child Protection operates a free telephone "
            "helpline.")
    bodies = {e.name for e in entities_of(text, nlp) if e.type == "organization"}
    assert not any(b.startswith(("Commissioner for Civic", "Spokesperson for")) for b in bodies), bodies
    assert {"Tarsanian Press Council", "Commissioner for Child Protection"} <= bodies, bodies
