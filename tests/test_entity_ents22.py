"""Issue 14, round t-ents22 (false and split bodies on dev): a prison named by its town or its number
and its acronym are no bodies (``bodies/facilities.py``, ``bodies/nonentity_acronyms.py``); a body
told as renamed is one body (``bodies/renamed.py``); a body named with and without its place in front
is one body (``bodies/place_prefixes.py``). Sentences written for these tests (a fictional Tarsania;
a real country's town where the gazetteer must know it)."""
from __future__ import annotations

from rightsledger.extract.entities.bodies.facilities import detention_facility
from rightsledger.extract.entities.bodies.place_prefixes import place_prefix
from rightsledger.extract.entities.common import foreign_country_word

from .test_entities import entities_of, typed_entities as _typed

HEAD = "Section 1. Respect for the Integrity of the Person\n\n"

FACILITIES = (HEAD +
              "Children were held at the Rehabilitation of Youth Center (RYC) in Velmar. The RYC lacked "
              "teachers. Conditions at the RYC were poor.\n\n"
              "Conditions were harsh in Dravik Central Prison (DCP), where 300 inmates shared 40 cells. Guards "
              "at the DCP beat two inmates in March.\n\n"
              "In May the ombudsman visited Prison No. 6 and Prison No. 9. The Tarsanian Bar Association "
              "visited Turi Prison (Azuay Province). The Tarsanian Prison Service (TPS) denied the reports.\n")


def test_detention_facility_by_number_and_prison():
    assert detention_facility(["prison", "no.", "6"])
    assert detention_facility(["turi", "prison"])
    assert detention_facility(["eighth", "regional", "prison", "center"])
    assert not detention_facility(["prison"])
    assert not detention_facility(["prison", "service"])
    assert not detention_facility(["world", "prison", "brief"])
    assert not detention_facility(["radio", "6"])


def test_pipeline_prisons_and_their_acronyms_no_bodies(nlp):
    ents = _typed(FACILITIES, nlp)
    for name in ("RYC", "DCP", "Dravik Central Prison", "Prison No. 6", "Prison No. 9", "Turi Prison"):
        assert name not in ents, name
    assert ents.get("Tarsanian Bar Association") == "organization"
    assert ents.get("Tarsanian Prison Service") == "organization"   # a body keeps its acronym


RENAMED = (HEAD +
           "The Professional Standards Unit (previously known as the Internal Inspection Department) of the "
           "police investigates misconduct. The Internal Inspection Department received 40 complaints in 2019."
           "\n\nPolice are under the authority of the Ministry of Government (formerly the Ministry of "
           "Interior until August 1). In May the Ministry of Women and Social Action was renamed the Ministry "
           "of Women, Childhood, and Solidarity. The Ministry of Women, Childhood, and Solidarity opened two "
           "shelters.\n\n"
           "The Velmar Bar Association, formerly a branch of the Tarsanian Lawyers Union, protested.\n")


def _org_names(ents) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in ents if e.type == "organization"]


def test_pipeline_renamed_body_is_one(nlp):
    orgs = _org_names(entities_of(RENAMED, nlp))
    assert {"Professional Standards Unit", "Internal Inspection Department"} in orgs
    assert {"Ministry of Government", "Ministry of Interior"} in orgs
    assert {"Ministry of Women and Social Action", "Ministry of Women, Childhood, and Solidarity"} in orgs
    # "formerly a branch of": no renaming, two bodies
    assert {"Velmar Bar Association"} in orgs and {"Tarsanian Lawyers Union"} in orgs


PREFIXED = (HEAD +
            "The country has no military forces. The Tarsania National Police is responsible for internal "
            "law enforcement. The Tarsania National Police internal affairs office investigated abuses.\n\n"
            "Institutions such as the judiciary, the Public Ministry, the National Police, and the Secretariat "
            "of Health attempted to improve conditions. The National Police arrested 20 persons.\n\n"
            "The North Velmar Court and the Velmar Court heard 12 cases.\n")

TOWN = (HEAD +
        "The Zomba Legal Aid Clinic, with government support, advised detainees. The Legal Aid Clinic, a "
        "nongovernmental organization, represented 30 clients.\n\n"
        "Observers from the Zambian National Police and the Tanzanian National Police attended. The National "
        "Police Service trained them. The National Police arrested 12 smugglers.\n")


def test_place_prefix():
    assert place_prefix(["honduran"], None)
    assert place_prefix(["panama"], None)
    assert place_prefix(["tarsania"], "tarsania")
    assert place_prefix(["zomba"], "malawi")
    assert not place_prefix(["north"], "malawi")
    assert not place_prefix(["autonomous", "university", "of", "honduras"], "honduras")


def test_pipeline_body_with_its_place_in_front_is_one(nlp):
    orgs = _org_names(entities_of(PREFIXED, nlp))
    assert {"Tarsania National Police", "National Police"} in orgs
    # "North" is an English word: two courts
    assert not any({"North Velmar Court", "Velmar Court"} <= o for o in orgs)


def test_pipeline_town_in_front_and_two_longer_names(nlp):
    orgs = _org_names(entities_of(TOWN, nlp, country="Malawi", code="MW"))
    assert {"Zomba Legal Aid Clinic", "Legal Aid Clinic"} in orgs
    # two longer names end with "National Police": it joins neither
    assert not any("National Police" in o and len(o) > 1 for o in orgs)


SITES = ("Section 6. Discrimination\n\n"
         "In March the NGO Velmar Watch reported that 45 percent of workers at the Dandano gold mine were "
         "children. Some children travelled to the Kessar gold fields to find work. In August five workers "
         "died in a landslide at the Mangdechu hydropower project.\n")


def test_pipeline_sites_of_work_no_bodies(nlp):
    ents = _typed(SITES, nlp)
    for name in ("Dandano", "Kessar", "Mangdechu"):
        assert name not in ents, name
    assert ents.get("Velmar Watch") == "organization"


def test_foreign_country_word():
    assert foreign_country_word("ukraine", "KZ")
    assert foreign_country_word("ukrainian", "KZ")
    assert not foreign_country_word("kazakhstan", "KZ")
    assert not foreign_country_word("kazakhstani", "KZ")
    assert not foreign_country_word("honduran", "HN")
    assert not foreign_country_word("supreme", "KZ")
    assert not foreign_country_word("dutch", "NL")


def test_pipeline_another_countrys_court_is_another_body(nlp):
    """A bug found on an unread report (t-ents25, 0.1.35): the variant join dropped any country's name, so
    a foreign court in the report took the report's own court and its mentions ("Ukraine's Supreme Court"
    became the name of the report's Supreme Court, in every report linked to it)."""
    text = ("Section 1. Respect for the Integrity of the Person\n\n"
            "In March the Supreme Court upheld the sentence of a Tarsanian blogger. The Supreme Court also "
            "dismissed an appeal by two journalists.\n\n"
            "A Tarsanian activist was extradited from Kyiv after Ukraine’s Supreme Court approved the request "
            "of the Tarsanian prosecutor.\n")
    orgs = {e.name: e for e in entities_of(text, nlp) if e.type == "organization"}
    own = next(e for n, e in orgs.items() if n.endswith("Supreme Court") and "Ukraine" not in n)
    assert "Ukraine" not in " ".join([own.name, *own.aliases])
