"""Issue 14, round t-orgs19 (organization bugs seen on unread text): an article written with a
capital right after the first word of a capitalised run opens a new phrase, so the word before it
(a cross-reference's verb at a sentence's start, "See The Department of State's … Report") is no
part of the body's name (``runs._trim``, ``capitalised_articles`` in ``entities.toml``). Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.runs import _phrases, _trim, _words

from .test_entities import typed_entities as _typed

CROSSREF = ("Section 7. Worker Rights\n\n"
            "Inspectors found forced labor on two Tarsanian farms in 2023. See The Department of State's "
            "Trafficking in Persons Report for details.\n\n"
            "The Department of State also funded a shelter run by the Velmar Women's Union.\n")


def _runs(text: str) -> list[list[str]]:
    return [[w.core for w in _trim(r)] for r in _phrases(_words(text, 0, len(text)), text)]


def test_trim_verb_before_capitalised_article():
    text = "Labor violations were common. See The Department of State for details."
    assert ["Department", "of", "State"] in _runs(text)
    assert not any(r and r[0] == "See" for r in _runs(text))


def test_trim_keeps_names_holding_the_article():
    # "The" after a connector stays inside the name; a run that begins with "The" loses the article
    runs = _runs("Judges of the Special Court for Tarsania in The Hague met. The Velmar Council of The "
                 "Elders sat in June.")
    assert ["Velmar", "Council", "of", "The", "Elders"] in runs
    # two words only ("Visit The"): nothing to cut, the run is left to the other rules
    assert _trim(_phrases(_words("Visit The", 0, 9), "Visit The").__next__())


def test_pipeline_crossref_verb_not_in_name(nlp):
    ents = _typed(CROSSREF, nlp)
    assert "See The Department of State" not in ents
    assert ents.get("Department of State") == "organization"
