"""Issue 14, round t-ents14: persons annotated on twelve unread reports before the system ran.
Sentences written for these tests (a fictional Tarsania; the gazetteer's real countries where a
country's name is the point)."""
from __future__ import annotations

from collections import Counter

import pytest

from rightsledger.extract.entities.common import Cand
from rightsledger.extract.entities.persons.articles import names_after_articles

from .test_entities import _check_spans, entities_of


def _cands(text: str, *names: str) -> list[Cand]:
    """A PERSON candidate at every occurrence of each name."""
    out = []
    for n in names:
        i = text.find(n)
        while i >= 0:
            out.append(Cand(i, i + len(n), n, "PERSON"))
            i = text.find(n, i + 1)
    return out


def test_names_after_an_article_every_time_are_no_persons():
    """Every occurrence after "the"/"an" (or the article inside the span): the person votes go,
    the others decide. One occurrence bare, a person ("the Tarvo government" beside "Ilan Tarvo
    said")."""
    text = ("Authority rests with the Milli Kengash. On May 3, the Milli Kengash met. An Garda Voran "
            "is the police. Officials of the Ilan Tarvo government met; Ilan Tarvo said so. Reporters "
            "covered the Mira Oduya hearing.")
    cands = _cands(text, "Milli Kengash", "An Garda Voran", "Ilan Tarvo", "Mira Oduya")
    votes = {k: Counter({"person": 1.0}) for k in ("milli kengash", "ilan tarvo", "mira oduya")}
    votes["an garda voran"] = Counter({"person": 2.0, "organization": 0.5})
    names_after_articles(text, cands, votes)
    won = {k: v.most_common(1)[0][0] for k, v in votes.items() if v}
    assert won == {"an garda voran": "organization", "ilan tarvo": "person"}, won
    # the known cost: "Mira Oduya", a person named once, only after "the" before a noun the
    # table lacks, is lost (none in the dev gold)


def test_front_of_a_countrys_name_is_no_entity():
    """A name that runs on into a country's name ("… of Micronesia"), with or without its article,
    is no person and no body: the votes are cleared. "Ilan Tarvo of Tarsania" is no country."""
    text = ("The Federated States of Micronesia is a republic. Two Federated States of Micronesia "
            "citizens were held. Ilan Tarvo of Tarsania spoke.")
    cands = _cands(text, "Federated States", "Ilan Tarvo")
    votes = {"federated states": Counter({"person": 1.0}), "ilan tarvo": Counter({"person": 1.0})}
    names_after_articles(text, cands, votes)
    assert not votes["federated states"] and votes["ilan tarvo"]["person"] == 1.0


def test_a_noun_the_name_modifies_and_place_words_leave_the_name_alone():
    """"the Oduya family", "the Oduya case": a family's or a person's name before a noun it
    modifies, no sign of a body; a name with a place's word is left to ``persons/place_words.py``."""
    text = ("Sheikha Lina Al Vesh met the Al Vesh family. The Al Vesh clan ruled. Police closed the "
            "Mira Oduya case. Troops entered the Karo Autonomous Republic.")
    cands = _cands(text, "Al Vesh", "Mira Oduya", "Karo Autonomous Republic")
    votes = {k: Counter({"person": 1.0}) for k in ("al vesh", "mira oduya", "karo autonomous republic")}
    names_after_articles(text, cands, votes)
    assert all(v == Counter({"person": 1.0}) for v in votes.values()), votes


def test_single_words_and_bodies_are_left_to_other_rules():
    """One word ("the Garda"): the single-word rule of ``classify`` decides. A name already won
    by a body keeps its votes."""
    text = "The Garda reported. The Voran Council met."
    cands = _cands(text, "Garda", "Voran Council")
    votes = {"garda": Counter({"person": 1.0}), "voran council": Counter({"organization": 2.0})}
    names_after_articles(text, cands, votes)
    assert votes == {"garda": Counter({"person": 1.0}), "voran council": Counter({"organization": 2.0})}


@pytest.mark.model
def test_names_after_articles_in_text(nlp):
    text = ("The Federated States of Micronesia is a constitutional republic. In October, two "
            "Federated States of Micronesia citizens were detained. Legislative authority rests with "
            "the Milli Kengash. An Garda Siochana (Garda) is the national police. Ilan Tarvo spoke.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    persons = {e.name for e in ents if e.type == "person"}
    assert persons == {"Ilan Tarvo"}, persons
