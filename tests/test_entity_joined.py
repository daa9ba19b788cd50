"""Issue 14, round t-ents7: bodies whose name goes on over "and" (the model's one span decides
where the runs stop: 2019 Suriname, 2023 Comoros, 2024 Jordan, 2017 Togo, 2021 Laos dev), heads
of bodies without the usual head words ("Command", "Taskforce", "Trust", "Platform"), a forum
that carries the kind "NGO" in its name (2018 Zimbabwe, 2020 Solomon Islands without gold).
Sentences written for these tests (a fictional Tarsania)."""
from __future__ import annotations

import pytest

from .test_entities import _check_spans, entities_of, typed_entities as _typed

pytestmark = pytest.mark.model


def test_a_portfolio_or_shared_head_goes_on_over_and(nlp):
    text = ("Civilian police report to the Ministry of Justice and Police in Tarsania. Two reporters "
            "worked at the National Radio and Television Center until May. In April the National "
            "Alliance for Rights and Freedoms criticized the arrests. The detainees were held by the "
            "Gendarmerie Research and Investigations Service for a week.\n")
    types = _typed(text, nlp)
    for name in ("Ministry of Justice and Police", "National Radio and Television Center",
                 "National Alliance for Rights and Freedoms",
                 "Gendarmerie Research and Investigations Service"):
        assert types.get(name) == "organization", types
    for cut in ("Ministry of Justice", "National Radio", "Television Center", "National Alliance for Rights",
                "Gendarmerie Research", "Investigations Service"):
        assert cut not in types, types


def test_two_bodies_joined_by_and_stay_two(nlp):
    text = ("The Ministry of Justice and National Police met in March. The lawyers appealed to the "
            "Supreme Court and Constitutional Court. The Judicial Council and Constitutional Court "
            "disagreed on the ruling.\n")
    types = _typed(text, nlp)
    for name in ("Ministry of Justice", "National Police", "Supreme Court", "Constitutional Court",
                 "Judicial Council"):
        assert types.get(name) == "organization", types
    assert not any(" and " in n for n in types), types


def test_bodies_without_the_usual_head_words(nlp):
    text = ("Instead, the Joint Operations Command, an informal body, met every week. Taskforce Orvan, "
            "operated by the police and the Ministry of Finance, works to identify corruption. Major "
            "domestic NGOs included the Tarsanian Human Rights NGO Forum, Heal Tarsania Trust, and the "
            "Catholic NGO BELACD. The Tarsania LGBT Platform reported 12 attacks.\n")
    types = _typed(text, nlp)
    for name in ("Joint Operations Command", "Taskforce Orvan", "Tarsanian Human Rights NGO Forum",
                 "Heal Tarsania Trust", "BELACD"):
        assert types.get(name) == "organization", types
    assert "Catholic NGO BELACD" not in types, types


def test_titles_before_a_name_are_no_part_of_it(nlp):
    text = ("On October 5, the High Court convicted Police Constable Stewart Lorne of the 2011 murder of a "
            "protester. UN Special Rapporteur Emmerson noted concerns about prolonged detention. The "
            "Ministry of Foreign Affairs and Human Mobility said so. On June 18, Minister of Foreign "
            "Affairs and Human Mobility Jose Varela stated the government had granted refugee status. "
            "Former Governor of Orvania Abdou Salami remained in prison; protests on Orvania went on. "
            "The Minister of Justice Maria Elena Castro resigned.\n")
    names = {e.name for e in entities_of(text, nlp) if e.type == "person"}
    for name in ("Stewart Lorne", "Emmerson", "Jose Varela", "Abdou Salami", "Maria Elena Castro"):
        assert name in names, names
    for glued in ("Constable Stewart Lorne", "Rapporteur Emmerson", "Mobility Jose Varela", "Orvania Abdou Salami",
                  "Elena Castro"):
        assert glued not in names, names


def test_a_spanish_name_told_short_by_the_first_family_name(nlp):
    text = ("In December Congress removed President Jose Pedro Castillo Terrones and swore in Vice "
            "President Dina Ercilia Boluarte Zegarra. Police detained Pedro Castillo the same day. Dina "
            "Boluarte formed a new cabinet. Prison director Edmundo Moncayo Juaneda resigned in May; "
            "Edmundo Moncayo had led the prison service since 2019.\n")
    persons = [e for e in entities_of(text, nlp) if e.type == "person"]
    by_name = {e.name: set(e.aliases) for e in persons}
    assert "Pedro Castillo" in by_name.get("Jose Pedro Castillo Terrones", set()), by_name
    assert "Dina Boluarte" in by_name.get("Dina Ercilia Boluarte Zegarra", set()), by_name
    assert "Edmundo Moncayo" in by_name.get("Edmundo Moncayo Juaneda", set()), by_name
    assert len(persons) == 3, by_name


def test_the_rest_of_a_name_the_runs_cut_off(nlp):
    text = ("Officials of the National Council for Comprehensive Attention to Persons with Disability "
            "said so. He wrote to the Office of the Commissioner of Police in May. The NGO Orvan Center "
            "for Press Freedom (OCPF) reported 14 assaults. The Ministry of Justice Director General Ana Holm "
            "resigned.\n")
    types = _typed(text, nlp)
    for name in ("National Council for Comprehensive Attention to Persons with Disability",
                 "Office of the Commissioner of Police", "Orvan Center for Press Freedom", "Ministry of Justice"):
        assert types.get(name) == "organization", types
    assert types.get("Ana Holm") == "person", types


def test_an_ordinary_word_of_a_portfolio_before_the_name(nlp):
    text = ("On February 8, the Anti-Corruption Agency arrested Deputy Minister of Health Julian Petrov on "
            "suspicion of embezzling money intended for health care and health services.\n")
    names = {e.name for e in entities_of(text, nlp) if e.type == "person"}
    assert "Julian Petrov" in names and "Health Julian Petrov" not in names, names


def test_peoples_named_by_community_or_peoples_are_no_entities(nlp):
    text = ("Activists protested the treatment of the ethnocultural Haratine community. Ould Samba, a "
            "Haratine leader, denounced racism. The court ordered the government to recognize the Kalina "
            "and Lokono Peoples. The Kalina asked for land titles.\n")
    types = _typed(text, nlp)
    for people in ("Haratine", "Kalina", "Lokono", "Lokono Peoples"):
        assert people not in types, types


def test_bills_and_certificates_are_no_bodies(nlp):
    text = ("In January President Orsk signed the National Peace and Reconciliation Commission Bill into "
            "law. Applicants needed a Tarsanian Criminal Records Certificate to register.\n")
    types = _typed(text, nlp)
    assert "National Peace and Reconciliation Commission Bill" not in types, types
    assert "Tarsanian Criminal Records Certificate" not in types, types
