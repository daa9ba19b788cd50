"""Types of findings dated by their source, rules set or put in force, protests banned and speech penalized
(issue 14, round t-types8). Each class was found among the errors that main's code still made on the first
runs of the 13 newest dev reports, confirmed on two dev reports and a report without gold, and is pinned
here on sentences of a fictional report (Orlavia, 2022) written for these tests, through the shipped
pipeline (the rules, then the trained typer).

* A named source that reports, estimates or classifies, and a source dated inside "according to", publish:
  ``report_published`` (2014 DRC, 2019 Ecuador, 2020 Senegal, 2024 Jordan gold; 2019 Zambia and 2022
  Cambodia without gold). A pronoun or a survey conducted does not (the dev gold reads "conducted a survey"
  other or investigation more often than a publication).
* A rule's amount announced or introduced, and a requirement or an instrument implemented or reformed, are
  ``law_or_decree`` (2017 Tunisia, 2018 Mauritius, 2019 Ecuador, 2018 El Salvador gold); measures, programs,
  bills and general duties ("did not implement the law effectively") are not.
* A protest banned is ``other`` (settled 2026-12-06; 2016 Niger, 2017 Togo, 2016 Chad gold; 2022 Cambodia).
* Penalizing those who published or criticized is ``censorship_or_blocking`` (2016 Chad, 2017 Tunisia, 2019
  Ecuador gold; 2021 Cameroon and 2023 Uganda without gold).
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADER = ("2022 Country Reports on Human Rights Practices: Orlavia\n\n"
          "Section 2. Respect for Civil Liberties\n\n")

# (sentence, expected type, expected date)
CASES = [
    # findings dated by their source
    ("In 2010 the international NGO Harvest estimated that 20,000 miners worked in the north.",
     "report_published", "2010"),
    ("According to the Office of the Prosecutor in May, approximately six of 10 rape victims were children.",
     "report_published", "2022-05"),
    ("A March 18 article in the Tarvel Daily reported persons with disabilities continued to demand better "
     "access to buses.", "report_published", "2022-03-18"),
    ("On February 5, the watchdog group Open Press classified the country as partially free.",
     "report_published", "2022-02-05"),
    # ... not a pronoun's remark, not the act a source reports, not a survey conducted
    ("On May 3, he noted that conditions remained poor.", "other", "2022-05-03"),
    ("In July a group of soldiers reported that their commander had beaten them.", "torture_or_abuse", "2022-07"),
    ("In February the National Refugee Commission performed a survey that counted 24,000 possible refugees.",
     "other", "2022-02"),
    # rules set, introduced, implemented or reformed
    ("On June 6, the government announced a new monthly minimum wage of 300 crowns.", "law_or_decree",
     "2022-06-06"),
    ("The government introduced a minimum wage of 9,000 crowns per month in January.", "law_or_decree",
     "2022-01"),
    ("On August 26, the government implemented a new visa requirement for foreigners to enter Orlavia.",
     "law_or_decree", "2022-08-26"),
    ("Extraordinary measures ended in August when the assembly reformed the penitentiary code.",
     "law_or_decree", "2022-08"),
    # ... measures, programs and bills stay other
    ("In May the government implemented measures to reduce overcrowding.", "other", "2022-05"),
    ("In June the ministry implemented a new program to train teachers.", "other", "2022-06"),
    ("On March 2, the government introduced a bill to amend the labor code.", "other", "2022-03-02"),
    # protests banned
    ("On October 10, the government banned demonstrations during the workweek.", "other", "2022-10-10"),
    ("The government banned planned opposition political rallies in February and April.", "other", "2022-02"),
    # speech penalized; workers penalized for days off are not censored
    ("In May the government penalized those who published items counter to government guidelines.",
     "censorship_or_blocking", "2022-05"),
    ("In May officials penalized individuals or organizations that criticized or expressed views at odds with "
     "government policy.", "censorship_or_blocking", "2022-05"),
    ("In May employers penalized agricultural workers for taking legally authorized days off.", "other",
     "2022-05"),
]


@pytest.fixture(scope="module")
def typed(paragraph_events):
    return paragraph_events(HEADER, [c[0] for c in CASES], 2022)


@pytest.mark.parametrize("sentence,type_,date", CASES, ids=[c[0][:40] for c in CASES])
def test_source_rule_ban_type(typed, sentence, type_, date):
    assert (type_, date) in [(t, d) for t, d, _ in typed[sentence]], typed[sentence]


def test_general_duty_is_no_law(paragraph_events):
    """ "did not implement the law effectively" (the stock sentence of section 4) and a law that sets an age are
    no law made: no ``law_or_decree`` event."""
    sentences = ["The law provides criminal penalties for corruption by officials, but the government did not "
                 "implement the law effectively.",
                 "Federal law set the legal age of marriage at 18 for men and 16 for women.",
                 "The government implemented regulations on internet access that require visitors to present "
                 "identification."]
    got = paragraph_events(HEADER, sentences, 2022)
    assert not [t for s in sentences for t, _, _ in got.get(s, []) if t == "law_or_decree"], got
