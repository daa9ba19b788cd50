"""A run-in topic the parser made the root of its paragraph's first sentence ("Recent Elections: During the
year voters elected …" rooted in "Elections", "elected" an ``acl`` of it) is parsed as a sentence of its own,
so that the prose's verb is its clause's root (issue 14, round t-events80): ``annotate.topic_apart``. A
first sentence rooted in the prose keeps its parse. Sentences of a fictional report (Lorvania, 2021) written
for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2021 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 3. Freedom to Participate in the Political Process\n\n")

ADDED = {
    # an election told after the topic
    "Recent Elections: During the year voters elected the 41 members of the National Council to five-year "
    "terms.": [("election_or_referendum", "2021", "asserted")],
    # threats reported after the topic
    "Nongovernmental Impact: Several journalists and activists reported threats from members of criminal "
    "gangs.": [("attack_or_threat", "2021", "asserted")],
}

NONE = [
    # laws and practices stay no event once the topic is apart
    "Corruption: The law provides criminal penalties for corruption by officials, but the government did not "
    "implement the law effectively.",
    "Financial Disclosure: The law requires senior officials to declare their assets annually.",
    "Independent Monitoring: Authorities generally granted the Red Cross and local human rights groups access "
    "to prisons.",
]

KEPT = {
    # a first sentence the parser rooted in the prose: its parse and its record unchanged
    "Improvements: The Ministry of Justice opened a new rehabilitation center for survivors of torture.":
        [("other", "2021", "asserted")],
    # a dated election after the topic: the same record as before
    "Recent Elections: In 2019 President Anton Vell was re-elected to a second term with 61 percent of the "
    "vote.": [("election_or_referendum", "2019", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    sentences = [*ADDED, *NONE, *KEPT]
    found = paragraph_events(HEADER, sentences, 2021)
    # the evidence of a record after a topic apart is the prose, without the topic
    return {s: [r for ev, rs in found.items() if ev and ev in s for r in rs] for s in sentences}


@pytest.mark.parametrize("sentence", list(ADDED))
def test_an_occurrence_after_a_topic_rooted_by_the_parser_is_read(extracted, sentence):
    assert extracted[sentence] == ADDED[sentence]


@pytest.mark.parametrize("sentence", NONE)
def test_a_law_or_practice_after_a_topic_stays_none(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_a_sentence_rooted_in_its_prose_is_unchanged(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def test_topic_apart_makes_the_topic_a_sentence_of_its_own(nlp):
    from rightsledger.extract.annotate import topic_apart

    doc = nlp("Corruption: The government launched several investigations of officials. It froze assets.")
    again = topic_apart(nlp, doc)
    sents = [(s.text, s.root.lower_) for s in again.sents]
    assert sents[0] == ("Corruption:", "corruption")
    assert sents[1][1] == "launched"
    assert len(sents) == 3
    kept = nlp("Improvements: The Ministry of Justice opened a new rehabilitation center.")
    assert topic_apart(nlp, kept) is kept
