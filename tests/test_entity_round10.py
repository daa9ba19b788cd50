"""Issue 14, round 10 (organizations of the new dev reports, read on reports without gold): a
title glued to the body it follows ("Radio Pelko Station Manager", "Presidential Press
Secretary"), two forms of one body's name ("Office of the Labor Inspector" / "Office of Labor
Inspection"), bodies named "Forum of …". Sentences written for these tests (a report on a
fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _find, _names, entities_of

pytestmark = pytest.mark.model

TITLES = """\
On June 26, the Tarsanian Union of Community Radios demanded the reinstatement of Radio Pelko \
Station Manager Joran Vesk, who was suspended by the county superintendent. A June 20 meeting \
between Presidential Press Secretary Mira Dolen and media executives turned contentious. The \
Supreme Court Judge Anna Berk dismissed the case.
"""


def test_a_title_glued_to_a_body_is_no_part_of_its_name(nlp):
    ents = entities_of(TITLES, nlp)
    _check_spans(TITLES, ents)
    orgs = _names(ents, "organization")
    assert "Radio Pelko" in orgs
    assert "Supreme Court" in orgs
    assert not any(n.endswith(("Manager", "Secretary", "Press", "Judge")) for n in orgs)
    assert {"Joran Vesk", "Mira Dolen", "Anna Berk"} <= _names(ents, "person")


VARIANTS = """\
Case records were destroyed when the Department of Criminal Investigation's building collapsed. \
The National Criminal Investigation Department (DNIC) arrested two suspects in May.

The Tarsanian National Statistical Institute published a survey of child labor. According to the \
National Institute of Statistics, half of children worked.

The Office of the Labor Inspector received 30 complaints. The Office of Labor Inspection \
conducted 40 inspections.

The Ministry of Family and Women's Affairs ran two shelters. The Ministry of Family and the \
Promotion of Women (MINFAMU) opened a hotline. The Ministry of Public Security and the Ministry of \
Public Works are named here as two bodies.
"""


def test_two_forms_of_one_body_are_one_entity(nlp):
    ents = entities_of(VARIANTS, nlp)
    _check_spans(VARIANTS, ents)
    pairs = [("National Criminal Investigation Department", "Department of Criminal Investigation"),
             ("National Institute of Statistics", "Tarsanian National Statistical Institute"),
             ("Office of the Labor Inspector", "Office of Labor Inspection"),
             ("Ministry of Family and the Promotion of Women", "Ministry of Family and Women's Affairs")]
    for a, b in pairs:
        e = _find(ents, a, "organization")
        assert e is not None and b in {e.name, *e.aliases}, (a, b)
    # (t-ents5: "Ministry of Justice" is now the short form of a "Ministry of Justice and Human
    # Rights" of the same report, as in 7 of the 8 such pairs of the dev gold: bodies/portfolios.py)
    security = _find(ents, "Ministry of Public Security", "organization")
    assert security is not None and "Ministry of Public Works" not in {security.name, *security.aliases}


FORUM = """\
In March the municipal administrator denied the Forum of Rural Women, a nonpartisan group with \
members from several parties, permission to hold a march in Pelko. The National Reconciliation \
Forum was held in Tarsa City in May. The Ostrel Union was banned after joining the Pelkan Forum \
for Dialogue, a mechanism that negotiated with the government. The Fund for Peace reported 12 attacks.
"""


def test_a_forum_of_people_is_a_body(nlp):
    ents = entities_of(FORUM, nlp)
    _check_spans(FORUM, ents)
    orgs = _names(ents, "organization")
    assert "Forum of Rural Women" in orgs
    assert not {"National Reconciliation Forum", "Pelkan Forum for Dialogue"} & orgs
    assert "Fund for Peace" in orgs                 # a fund for a purpose that acts is a body


DEFINED = """\
Observers criticized the National Electoral Commission's (NEC) failure to accredit monitors. The \
NEC later apologized. The Law of Association requires NGOs to register, and the Code of Civil \
Procedure sets the fees.
"""


def test_an_acronym_after_a_possessive_and_laws_named_after_bodies(nlp):
    ents = entities_of(DEFINED, nlp)
    _check_spans(DEFINED, ents)
    nec = _find(ents, "National Electoral Commission", "organization")
    assert nec is not None and "NEC" in nec.aliases
    orgs = _names(ents, "organization")
    assert not {"Law of Association", "Association", "Code of Civil Procedure"} & orgs


PLATFORMS = """\
Authorities blocked access to Facebook and TikTok for two weeks in March. Activists used Telegram \
and WhatsApp to organize. The Tarsanian Journalists Union said the ban hurt reporters who relied on \
Blackberry messaging and on the internet.
"""


def test_online_platforms_are_organizations(nlp):
    ents = entities_of(PLATFORMS, nlp)
    _check_spans(PLATFORMS, ents)
    assert {"Facebook", "TikTok", "Telegram", "WhatsApp"} <= _names(ents, "organization")
    blackberry = _find(ents, "Blackberry", "organization")
    assert blackberry is not None


GENERIC_PLURALS = """\
International NGOs and the UN reported that police detained 30 persons in Pelko in May. Several \
International NGOs provided food to the displaced, and the National Police opened an inquiry.
"""


def test_generic_words_with_a_plural_kind_are_no_body(nlp):
    ents = entities_of(GENERIC_PLURALS, nlp)
    _check_spans(GENERIC_PLURALS, ents)
    orgs = _names(ents, "organization")
    assert "International NGOs" not in orgs
    assert {"UN", "National Police"} <= orgs


def test_a_generic_place_word_with_a_plural_kind_stays_a_place(nlp):
    text = "Floods hit the Northern and Eastern Provinces in May. Schools in the Northern Province closed.\n"
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    assert _find(ents, "Northern Province", "place") is not None


def test_a_ministry_whose_portfolio_ends_in_a_document_word(nlp):
    text = ("The Customs Brigade is part of the Ministry of Finance and Budget. The Commission Report "
            "and the Rules of Procedure were published in May.\n")
    ents = entities_of(text, nlp)
    _check_spans(text, ents)
    orgs = _names(ents, "organization")
    assert "Ministry of Finance and Budget" in orgs
    assert not {"Commission Report", "Rules of Procedure"} & orgs


OWNERS = """\
The Attorney General’s Office, the Human Rights Committee, and the Prison Commander received \
complaints. The prison held 300 inmates. Police Commander Jon Tark denied the claims.
"""


def test_an_owner_title_after_the_and_a_commander_after_a_body(nlp):
    ents = entities_of(OWNERS, nlp)
    _check_spans(OWNERS, ents)
    orgs = _names(ents, "organization")
    assert {"Attorney General’s Office", "Human Rights Committee"} <= orgs
    assert not {"General’s Office", "Prison Commander", "Police Commander"} & orgs
    assert "Jon Tark" in _names(ents, "person")
