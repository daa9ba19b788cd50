"""Issue 14, round t-orgs19 (organization bugs seen on unread text): an article written with a
capital right after the first word of a capitalised run opens a new phrase, so the word before it
(a cross-reference's verb at a sentence's start, "See The Department of State's … Report") is no
part of the body's name (``runs.trim_run``, ``capitalised_articles`` in ``entities.toml``). Sentences
written for these tests (a fictional Tarsania)."""
from __future__ import annotations

from rightsledger.extract.entities.runs.scan import phrases, trim_run, word_tokens

from .test_entities import typed_entities as _typed

CROSSREF = ("Section 7. Worker Rights\n\n"
            "Inspectors found forced labor on two Tarsanian farms in 2023. See The Department of State's "
            "Trafficking in Persons Report for details.\n\n"
            "The Department of State also funded a shelter run by the Velmar Women's Union.\n")


def _runs(text: str) -> list[list[str]]:
    return [[w.core for w in trim_run(r)] for r in phrases(word_tokens(text, 0, len(text)), text)]


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
    assert trim_run(phrases(word_tokens("Visit The", 0, 9), "Visit The").__next__())


def test_pipeline_crossref_verb_not_in_name(nlp):
    ents = _typed(CROSSREF, nlp)
    assert "See The Department of State" not in ents
    assert ents.get("Department of State") == "organization"


# --- a ministry named by part of its portfolio (bodies/portfolio_parts.py) ---

from rightsledger.extract.entities.bodies.portfolio_parts import part_of, portfolio  # noqa: E402

PORTFOLIOS = ("The Ministry of Fisheries and Labor conducted 120 inspections in 2022. The Ministry of Labor "
              "reported that inspectors found 14 children working on boats.\n\n"
              "The Ministry of Youth, Sports, Culture, and Heritage funded two shelters. Observers said the "
              "Ministry of Youth, Sports, and Culture did not monitor them.\n")

SHARED = ("The Ministry of Labor and Social Policy merged with the Ministry of Labor and Employment in May. "
          "The Ministry of Labor did not publish statistics.\n\n"
          "The Ministry of Transport, Roads, and Digital Services issued licenses. The Ministry of Roads "
          "and Transport built a checkpoint.\n")


def test_portfolio_items():
    assert portfolio("ministry of trade and labor") == ("ministry", ["trade", "labor"])
    assert portfolio("ministry of women, family, and gender") == ("ministry", ["women", "family", "gender"])
    assert portfolio("ministry for the interior") == ("ministry", ["interior"])
    assert portfolio("court of appeal") is None          # no portfolio body
    assert portfolio("supreme court") is None


def test_part_of():
    trade = portfolio("ministry of trade and labor")
    assert part_of(portfolio("ministry of labor"), trade)
    assert part_of(portfolio("ministry of women, family, and gender"),
                   portfolio("ministry of women, family, gender, children, and social protection"))
    # two items, not the longer list's first ones: another ministry
    assert not part_of(portfolio("ministry of roads and transport"),
                       portfolio("ministry of transport, roads, and digital services"))
    assert not part_of(portfolio("department of labor"), trade)   # another head
    assert not part_of(trade, trade)


def test_pipeline_portfolio_parts_joined(nlp):
    from .test_entities import entities_of
    ents = entities_of(PORTFOLIOS, nlp)
    bodies = [e for e in ents if e.type == "organization"]
    forms = [{e.name, *e.aliases} for e in bodies]
    assert any({"Ministry of Fisheries and Labor", "Ministry of Labor"} <= f for f in forms)
    assert any({"Ministry of Youth, Sports, Culture, and Heritage", "Ministry of Youth, Sports, and Culture"} <= f
               for f in forms)


def test_pipeline_portfolio_parts_left_apart(nlp):
    from .test_entities import entities_of
    ents = entities_of(SHARED, nlp)
    bodies = {e.name for e in ents if e.type == "organization"}
    assert "Ministry of Labor" in bodies                  # two longer names hold "Labor"
    assert "Ministry of Roads and Transport" in bodies    # not the first items in order
