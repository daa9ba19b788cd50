"""bench/identifying.py: whether a question identifies its report across the corpus (the
criterion bench/ask_eval.py splits the corpus scope by), on fictional reports of our own."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from identifying import Corpus, demonyms, normalise, reasons  # noqa: E402

from rightsledger.analysis.questions.ask import QUESTION_WORDS, STOP_WORDS  # noqa: E402

STOP = STOP_WORDS | QUESTION_WORDS
TEXTS = {
    "veridia-2022": "Police in Lisk detained 40 protesters after the fuel price rally. Soldiers fired on "
                    "traders at the Tarvena market. The Helsinki Committee counted 12 political prisoners. "
                    "Refugees from the 2019 floods remained in camps.",
    "veridia-2023": "The Helsinki Committee counted 15 political prisoners. Prison conditions were harsh.",
    "kestria-2022": "The Helsinki Committee visited prisons. Prison conditions were harsh. Security forces "
                    "detained protesters after a rally in the capital.",
    "morania-2021": "Prison conditions were harsh. The Helsinki Committee was not allowed to visit. The "
                    "fuel price rose.",
}
CORPUS = Corpus({d: normalise(t) for d, t in TEXTS.items()},
                {"veridia-2022": "Veridia", "veridia-2023": "Veridia", "kestria-2022": "Kestria",
                 "morania-2021": "Morania"},
                {"veridia-2022": 2022, "veridia-2023": 2023, "kestria-2022": 2022, "morania-2021": 2021})


def why(question: str, doc: str = "veridia-2022") -> list[str]:
    return reasons(question, doc, CORPUS, STOP)


def test_a_question_that_says_nothing_of_its_report_identifies_none():
    assert why("How many protesters were detained after the rally?") == []
    assert why("Were prison conditions harsh?", "kestria-2022") == []


def test_a_name_or_phrase_in_at_most_two_reports_identifies():
    assert why("Who was detained in Lisk?") == ["name:Lisk"]
    assert why("What happened at the Tarvena market?") == ["name:Tarvena", "phrase:Tarvena market"]
    # "fuel price" is in two reports (at most two: it counts), "price rally" in one
    assert why("How many were held after the fuel price rally?") == ["phrase:fuel price", "phrase:price rally"]
    # a name found in every report does not; the first word of a question is no name
    assert why("How many political prisoners did the Helsinki Committee count?") == ["phrase:political prisoners"]
    assert why("Prisoners: how many?") == []


def test_the_country_a_demonym_and_the_year_identify():
    assert why("How many Veridian protesters were detained?") == ["country:Veridian"]
    assert why("How many protesters were detained in Veridia?") == ["country:Veridia"]
    assert why("Were prison conditions harsh in 2022?", "kestria-2022") == ["year:2022"]
    assert why("How many people fled the 2019 floods?") == ["year:2019"]   # a year written in one report
    assert {"liberian", "congolese", "somali", "kazakh", "chadian"} <= (
        demonyms("Liberia") | demonyms("Republic of the Congo") | demonyms("Somalia") | demonyms("Kazakhstan")
        | demonyms("Chad"))
