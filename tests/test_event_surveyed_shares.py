"""What a share of surveyed persons told is no occurrence (issue 14, round t-events71):
``nonevents/conditions.surveyed_share``. A share of persons ("62 percent of women", "one in five women", "six in 10
boys") as the subject of a verb of telling or undergoing ("reported abuse", "experienced violence", "stated they
were subjected to abuse") gives a survey's figure, no record; the survey, cited with its year, keeps its
``report_published`` record, and an occurrence told of persons who are not a share keeps its reading. Sentences of
a fictional report (Lorvania, 2022) written for these tests.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Lorvania\n\n"
          "Section 6. Discrimination and Societal Abuses\n\n"
          "Women\n\n")

SHARES = [
    # a share of women reporting abuse over the preceding year
    "In the Osk district 48 percent of women living in informal settlements reported abuse during the preceding "
    "year.",
    # a share stating, and a second share reporting, in one sentence
    "Domestic violence remained a problem, since 41 percent of respondents to the Varn survey stated husbands "
    "committed most violent acts against women, and 9 percent of married women reported spousal abuse within the "
    "prior year.",
    # a share stating that they were subjected to abuse
    "According to a survey, 35 percent of children in orphanages stated they were subjected to physical abuse by "
    "adults.",
]

KEPT = {
    # the survey cited with its year keeps its publication record
    "A 2019 study by the Lorvanian Women's Network found 52 percent of women had suffered physical violence.":
        [("report_published", "2019", "asserted")],
    # an occurrence told of persons who are no share
    "Police beat 12 women who reported abuse by their employers.": [("torture_or_abuse", "2022", "asserted")],
}


@pytest.fixture(scope="module")
def extracted(paragraph_events):
    return paragraph_events(HEADER, SHARES + list(KEPT), 2022)


@pytest.mark.parametrize("sentence", SHARES)
def test_what_a_surveyed_share_told_is_no_event(extracted, sentence):
    assert extracted[sentence] == []


@pytest.mark.parametrize("sentence", list(KEPT))
def test_a_survey_and_an_occurrence_keep_their_records(extracted, sentence):
    assert extracted[sentence] == KEPT[sentence]


def _word(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.lower_ == word)


def test_surveyed_share_reads_the_parse(nlp):
    from rightsledger.extract.events.nonevents.conditions import surveyed_share

    assert surveyed_share(_word(nlp, "Forty percent of women reported abuse by their partners.", "abuse"))
    assert surveyed_share(_word(nlp, "One in five women experienced sexual violence before age 18.", "violence"))
    assert not surveyed_share(_word(nlp, "Police beat 12 women who reported abuse.", "beat"))
    assert not surveyed_share(_word(nlp, "The ministry reported abuse in three shelters.", "abuse"))
    assert not surveyed_share(None)


@pytest.mark.parametrize("sentence, word", [
    ("One in five women experienced sexual violence before age 18.", "violence"),
    ("Six in 10 boys reported experiencing violence at home.", "violence"),
    ("Nearly one in three girls in the Osk district reported abuse.", "abuse"),
    ("One in four adolescents stated they were beaten by teachers.", "beaten"),
])
def test_persons_counted_n_in_m_are_a_share(nlp, sentence, word):
    from rightsledger.extract.events.nonevents.conditions import surveyed_share

    assert surveyed_share(_word(nlp, sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Five women in the camp reported abuse by guards.", "abuse"),
    ("One of the women in the shelter experienced violence.", "violence"),
])
def test_persons_counted_without_a_share_are_no_share(nlp, sentence, word):
    from rightsledger.extract.events.nonevents.conditions import surveyed_share

    assert not surveyed_share(_word(nlp, sentence, word))
