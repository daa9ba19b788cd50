"""The word-frequency table of the prebuilt index gives wordfreq's own numbers."""
from __future__ import annotations

import re
from pathlib import Path

from .conftest import EXAMPLES, FIXTURES, SHARED

from rightsledger.extract.lexicons.frequency import _SIMPLE, zipf

EDGES = ["", "-", ".", "+", "the", "The", "THE", "u.s", "u.s.", "U.S.", "LGBTQI+", "lgbtqi+", "Nur-Sultan",
         "Ust-Kamenogorsk", "Orda.kz", "-abc", "abc-", "a--b", "at&t", "x/y", "a b", " the ", "qqqzzzx",
         "HIV-positive", "Foreign-based", "Covid-19", "O'Brien", "People’s", "Côte", "Almaty’s", "don't",
         "l'amour", "d'Ivoire", "co-founder", "well-known", "a.b.c.d", "e.g.", "...", "++", "&", "a..b", "a.b.",
         ".a.b", "a.-b", "a-.b", "u.s.-led", "s.w. region", "orda.kz/news"]


def _texts() -> list[Path]:
    paths = sorted(EXAMPLES.glob("reports/*.txt")) + sorted(FIXTURES.rglob("*.txt"))
    if (SHARED / "reports").is_dir():
        paths += [SHARED / "reports" / "kazakhstan-2022.txt", *sorted((SHARED / "reports" / "usdos").glob("*.md"))]
    return [p for p in paths if p.is_file()]


def test_zipf_is_wordfreq_on_every_word_of_the_reports():
    from wordfreq import zipf_frequency

    words = set(EDGES)
    for path in _texts():
        for raw in path.read_text(encoding="utf-8").split():
            words.add(raw)
            words.add(raw.strip(".,;:()[]\"“”'‘’"))
            words.update(re.findall(r"[A-Za-z][A-Za-z\-.+/&]*", raw))
    simple = [w for w in words if _SIMPLE.fullmatch(w.lower())]
    assert len(simple) > 1000
    wrong = [(w, zipf(w), zipf_frequency(w.lower(), "en")) for w in sorted(words)
             if zipf(w) != zipf_frequency(w.lower(), "en")]
    assert not wrong, wrong[:20]


def test_zipf_is_wordfreq_on_shapes_of_the_fast_path():
    import random

    from wordfreq import zipf_frequency

    rng = random.Random(12)
    alphabet = "ausn.-+/& "
    shapes = {"".join(rng.choice(alphabet) for _ in range(n)) for n in range(1, 9) for _ in range(1500)}
    wrong = [w for w in sorted(shapes) if zipf(w) != zipf_frequency(w, "en")]
    assert not wrong, wrong[:20]
