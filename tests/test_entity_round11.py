"""Issue 14, round 11 (names no gazetteer knows, read on collection pages without gold): where a
body's name goes on after "in", "with" and "or", outlets and militias named after their kind,
the titles of cross-referenced sections, natural features and villages named in a list, a
surname the model left out, a name it cut in two, facilities named after a name. Sentences
written for these tests (a report on a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, _names, entities_of

pytestmark = pytest.mark.model

BODIES = """\
The Federation of Women Lawyers in Kenya (FIDA-K) trained 40 paralegals in Tarsania. The \
Association of Banks in Cambodia disputed the figures. The Support Group for the Disabled in Chad \
opened an office. The American Embassy in the Democratic Republic of the Congo issued visas.

The National Council for Persons with Disabilities reported few prosecutions. The Higher Council \
for Affairs of Persons with Disabilities, a government body, opened a hotline. The National \
Commission on Trafficking in Persons met twice. The UN Working Group on Enforced or Involuntary \
Disappearances raised concerns. The Ministry of Justice or Interior may not refuse a visit. Refugees \
obtained help from organizations such as the Refugee Consortium of Kenya. The Truth, Justice, and \
Reconciliation Commission ended its work in December.
"""


def test_a_bodys_name_goes_on_over_in_with_and_or(nlp):
    ents = entities_of(BODIES, nlp)
    _check_spans(BODIES, ents)
    orgs = _names(ents, "organization")
    assert {"Federation of Women Lawyers in Kenya", "Association of Banks in Cambodia",
            "Support Group for the Disabled in Chad", "National Council for Persons with Disabilities",
            "Higher Council for Affairs of Persons with Disabilities",
            "National Commission on Trafficking in Persons",
            "UN Working Group on Enforced or Involuntary Disappearances", "Refugee Consortium of Kenya",
            "Truth, Justice, and Reconciliation Commission"} <= orgs
    fida = next(e for e in ents if e.name == "Federation of Women Lawyers in Kenya")
    assert "FIDA-K" in fida.aliases
    # an embassy stands in a country: the embassy and the place, not one name
    assert "American Embassy" in orgs
    assert "Democratic Republic of the Congo" in _names(ents, "place")
    assert not any(n.endswith(("Persons", "Enforced")) and "with" not in n and "in" not in n for n in orgs)


OUTLETS = """\
Police arrested Abu Tarik, a reporter for the Tarsan Gazette and Dainik Morova newspapers. Vardek \
Gazetesi, a literary journal, published two stories on the famine. Authorities arrested Kao \
Veseth, head of the online publication Siem Tanhetkar, for incitement. The ethnic self-defense \
militia Dan Na Koruba abducted 12 civilians. The Ministry of Justice registered the organization \
Madavi in June.

Children of stateless parents could not register births (see section 2.d., Stateless Persons, and \
section 6). Evictions continued in the north (see section 1.e., Property Restitution).
"""


def test_outlets_and_militias_named_after_their_kind_and_cross_referenced_titles(nlp):
    ents = entities_of(OUTLETS, nlp)
    _check_spans(OUTLETS, ents)
    orgs, persons = _names(ents, "organization"), _names(ents, "person")
    assert {"Dainik Morova", "Vardek Gazetesi", "Siem Tanhetkar", "Dan Na Koruba", "Madavi"} <= orgs
    assert {"Abu Tarik", "Kao Veseth"} <= persons
    assert not {"Dainik Morova", "Vardek Gazetesi", "Siem Tanhetkar", "Dan Na Koruba"} & persons
    names = {e.name for e in ents}
    assert "Stateless Persons" not in names and "Property Restitution" not in names


PLACES = """\
The boat's engine failed in the Andaman Sea; nine refugees died. The government moved 2,000 \
refugees to the island of Varsan Char in the Bay of Bengal. Varsan Char is an island with no \
regular links to the mainland. Police arrested refugees who tried to leave Varsan Char. Soldiers carried out evictions in \
three indigenous villages, Salacoim, Telemar, and Tierra Blanca, at the request of companies. \
Settlers were evicted from Embobut Forest in June.
"""


def test_natural_features_and_listed_villages_are_places(nlp):
    ents = entities_of(PLACES, nlp)
    _check_spans(PLACES, ents)
    places = _names(ents, "place")
    assert {"Andaman Sea", "Varsan Char", "Salacoim", "Telemar", "Tierra Blanca", "Embobut Forest"} <= places
    assert not _names(ents, "person") & places


PERSONS = """\
In March police arrested radio announcer and journalist Mohamed Yessouf Bathaly and journalist \
Rokiatou Dambia. Congressman Julio Antonio Juarez Ramirez lost his immunity in May. College \
student Mosarat Jahan Munia was found dead in her apartment; Munia's sister filed a case.
"""


def test_a_surname_the_model_left_out_and_a_name_cut_in_two(nlp):
    ents = entities_of(PERSONS, nlp)
    _check_spans(PERSONS, ents)
    persons = _names(ents, "person")
    assert {"Mohamed Yessouf Bathaly", "Julio Antonio Juarez Ramirez", "Mosarat Jahan Munia"} <= persons
    assert not {"Julio Antonio", "Juarez Ramirez", "Mohamed Yessouf"} & persons
    assert "Munia" not in _names(ents, "place")


FACILITIES = """\
He was tortured in custody in the Wazirpur police station in Barisal District. Nineteen persons \
were detained at the Ongata Rongai police station in 2016. Nine inmates died in the Kandal prison in \
May. There were 753 inmates in the Las Gaviotas juvenile detention facility. Police dispersed a \
vigil at a Caltex gasoline station. A March fire \
at the Hogar Seguro orphanage killed 41 girls. Polygyny is permitted, but polyandry is not. The \
Directorate of Prisons reported 80 deaths.
"""


def test_facilities_named_after_a_name_are_no_bodies(nlp):
    ents = entities_of(FACILITIES, nlp)
    _check_spans(FACILITIES, ents)
    orgs = _names(ents, "organization")
    assert not {"Wazirpur", "Ongata Rongai", "Kandal", "Gaviotas", "Hogar Seguro", "Polygyny", "Caltex"} & orgs
    assert "Directorate of Prisons" in orgs
    assert "Barisal District" in _names(ents, "place")


LISTED_FACILITIES = """\
Overcrowding was worst in the Kakata, Harper, and Tubmanburg facilities. West Bank residents \
who migrated after 1948 received citizenship. Attacks on Hindu temples continued in October.
"""


def test_places_of_a_list_of_facilities_a_side_of_a_country_and_no_religion(nlp):
    ents = entities_of(LISTED_FACILITIES, nlp)
    places = _names(ents, "place")
    # the towns of "the Kakata, Harper, and Tubmanburg facilities" name facilities, no places
    # (EVALUATION.md, settled 2026-12-06: "the Arvel and Dunmore prisons"; t-places2)
    assert "West Bank" in places and not {"Kakata", "Harper", "Tubmanburg"} & places
    assert "West Bank" not in _names(ents, "organization")
    assert "Hindu" not in {e.name for e in ents}


ARTICLE = """\
On February 17, authorities detained activist Rani al-Zawahri, linked to the opposition movement. \
Authorities also arrested Omar al-Nasiri in May; Nasiri died in custody in June.
"""


def test_a_surname_written_without_its_article_joins_the_full_name(nlp):
    ents = entities_of(ARTICLE, nlp)
    omar = next(e for e in ents if e.name == "Omar al-Nasiri")
    assert "Nasiri" in omar.aliases and len(omar.mentions) == 2


RUN_IN_ALONE = """\
The government restricted travel in the camps.

Freedom of Movement:
There were restrictions on refugee movement. The Refugee Relief Agency reported 20 cases.

Freedom of Expression for Members of the Press and Other Media, Including Online Media:
The law provides for freedom of expression. The Daily Star published the report.
"""


def test_a_run_in_label_alone_on_its_line_is_no_body(nlp):
    ents = entities_of(RUN_IN_ALONE, nlp)
    orgs = _names(ents, "organization")
    assert {"Refugee Relief Agency", "Daily Star"} <= orgs
    assert not {"Freedom of Movement", "Press and Other Media"} & orgs


LANGUAGE = """\
The estimated 300,000 Urdu-speaking population (known locally as camp dwellers, originally \
Urdu-speaking Muslims who migrated to then East Pakistan before the war) lived in camps.
"""


def test_a_language_before_speaking_is_no_place(nlp):
    ents = entities_of(LANGUAGE, nlp)
    assert "Urdu" not in {e.name for e in ents}
    assert "East Pakistan" in _names(ents, "place")


INNER = """\
On April 26, student Mosarat Jahan Munia was found dead in her apartment. Her sister said Jahan \
had received threats; police questioned Jahan's employer.
"""


def test_an_inner_name_written_alone_is_the_person(nlp):
    ents = entities_of(INNER, nlp)
    assert "Jahan" not in _names(ents, "place") | _names(ents, "organization")
    assert "Mosarat Jahan Munia" in _names(ents, "person")


PARTS = """\
Those who migrated to the Tarsan-controlled West Bank after 1948 received citizenship. Refugees \
originally from Gaza were not eligible; refugees who fled Gaza after 1967 were not either. The law \
prohibits the Islamist political organization Hizb ut-Tahrir.
"""


def test_parts_of_a_country_stay_apart_and_a_name_goes_on_after_its_kind(nlp):
    ents = entities_of(PARTS, nlp)
    places = _names(ents, "place")
    assert {"West Bank", "Gaza"} <= places
    bank = next(e for e in ents if e.name == "West Bank")
    assert "Gaza" not in bank.aliases
    assert "Hizb ut-Tahrir" in _names(ents, "organization") and "Hizb" not in {e.name for e in ents}
