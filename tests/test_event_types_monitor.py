"""Monitoring typed by the rules (``extract/events/types/cues.py``, round t-typer23, issue 14): "monitored"
is surveillance; it is censorship only when "censored" is coordinated with it ("monitored and censored
the content"). A "censor" in another clause of the sentence ("did not ... censor online content, and there
were no reports that the government monitored private online communications") leaves the monitoring
surveillance. Sentences of a fictional report (Velmora, 2023) written for these tests; the types are the
rules' (``paragraph_events``), before the typer.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2023 Country Reports on Human Rights Practices: Velmora\n\n"
          "Section 2. Respect for Civil Liberties\n\n"
          "a. Freedom of Expression, Including for Members of the Press and Other Media\n\n")

# (sentence, expected rules' type)
CASES = [
    # "censor" in another clause: the monitoring is surveillance
    ("The government did not restrict access to the internet or censor online content, and there were no "
     "credible reports that the government monitored private online communications in 2023.", "surveillance"),
    ("Authorities did not censor online content, and there were no reports that the government monitored "
     "private online communications without appropriate legal authority.", "surveillance"),
    ("The government did not block websites or censor online content; however, there were credible reports "
     "that the police monitored private online communications of opposition members.", "surveillance"),
    # coordinated with "censored": one act of censorship
    ("In May the media council monitored and censored the content of radio station programming.",
     "censorship_or_blocking"),
    ("In June the ministry censored and monitored the websites of three opposition newspapers.",
     "censorship_or_blocking"),
    # no "censor" at all: surveillance as before
    ("In April the security service monitored the telephone calls of opposition leaders.", "surveillance"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2023)


@pytest.mark.parametrize("sentence,type_", CASES, ids=[c[0][:40] for c in CASES])
def test_monitoring_type(typed, sentence, type_):
    assert type_ in [t for t, _, _ in typed[sentence]], typed[sentence]
