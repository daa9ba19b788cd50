"""Numbers written in words: "two hundred and fifty", "a dozen", "one-half", "two-thirds",
"five-and-one-half", "twenty-first".

``word_atoms`` reads the numbers inside one run of number words (``WORD_RUN``); ``numbers.py``
turns them, with the digit numbers, into mentions. Words are turned into numbers with
``text2num`` (``text_to_num.text2num``, lang "en") after normalisation (lower case, hyphens,
"a hundred", "and"); the segmentation of a run into numbers, fractions and "dozen" is done
here, where text2num has gaps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
          "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
          "tenth": 10, "tenths": 10}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split())}
ORDINALS.update({t[:-1] + "ieth": v for t, v in TENS.items()})
ORDINALS.update({"hundredth": 100, "thousandth": 1000, "millionth": 1_000_000})


def _trie_regex(words: set[str]) -> str:
    """An alternation of ``words`` factored by common prefixes (much faster to match)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not optional else "(?:" + "|".join(alts) + ")"
        return body + "?" if optional else body

    return "(?:" + build(trie) + ")"


_W = _trie_regex(set(UNITS) | set(TENS) | set(SCALES) | set(DENOMS) | set(ORDINALS) | {"dozen"})
# A run of number words joined by blanks, hyphens or "and", optionally led by "a".
WORD_RUN = re.compile(
    rf"\b(?:a[\s-]+(?=(?:hundred|thousand|million|billion|dozen|half|third|quarter|fourth|fifth)\b))?"
    rf"(?:{_W})(?:(?:[ \t-]+|[ \t-]+and[ \t-]+(?:a[ \t-]+)?)(?:{_W}))*\b(?!-(?:{_W})\b)", re.I)


@dataclass
class Atom:
    start: int
    end: int
    value: float | int
    word: bool = False
    ordinal: bool = False
    fraction: bool = False


def intify(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)


def _cardinal(words: list[str]) -> int | None:
    """Value of a well-formed cardinal word sequence (no "and"), via text2num."""
    if not words:
        return None
    norm = ["one" if w == "a" else w for w in words]
    if norm == ["dozen"]:
        return 12
    if norm[-1] == "dozen":
        head = _cardinal(norm[:-1])
        return head * 12 if head is not None else None
    if norm[0] in SCALES:  # text2num wants "one hundred", not "hundred" alone in every version
        norm = ["one", *norm]
    if "trillion" in norm:  # beyond text2num: "nine trillion shillings"
        k = norm.index("trillion")
        head, tail = _cardinal(norm[:k]), _cardinal(norm[k + 1:]) if norm[k + 1:] else 0
        return None if head is None or tail is None else head * SCALES["trillion"] + tail
    try:
        return int(text2num(" ".join(norm), "en"))
    except (ValueError, TypeError):
        return None


def _split_cardinals(words: list[str]) -> list[tuple[int, int]]:
    """Split a run of cardinal words into maximal well-formed numbers: (i, j) index pairs."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = len(words)
        while j > i and _cardinal(words[i:j]) is None:
            j -= 1
        if j == i:
            i += 1
            continue
        out.append((i, j))
        i = j
    return out


Tok = tuple[str, int, int]  # lower-cased word, start, end


def word_atoms(match: re.Match[str], text: str) -> list[Atom]:
    """Numbers inside one run of number words (positions absolute)."""
    base = match.start()
    toks: list[Tok] = [(m.group(0).lower(), base + m.start(), base + m.end())
                       for m in re.finditer(r"[A-Za-z]+", match.group(0))]
    atoms: list[Atom] = []
    i = 0
    while i < len(toks):
        w, s, e = toks[i]
        j = _cardinal_end(toks, i)
        words = [t for t in toks[i:j] if t[0] != "and"]
        if j < len(toks) and toks[j][0] in DENOMS and words:
            fraction = _fraction(words, toks[j], text)
            if fraction:
                atoms.extend(fraction)
                i = j + 1
                continue
        if words and [t[0] for t in words] != ["a"]:
            atoms.extend(_cardinals(words))
            i = max(j, i + 1)
            continue
        if w in ("half", "halves"):
            atoms.append(Atom(s, e, 0.5, True, fraction=True))
        elif w in ORDINALS:
            atoms.append(Atom(s, e, ORDINALS[w], True, ordinal=True))
        i += 1
    return _merge_and_fraction(_merge_compound_ordinals(atoms, text), text)


def _cardinal_end(toks: list[Tok], i: int) -> int:
    """End of the cardinal words from ``i``: numbers, scales, "dozen", a leading "a",
    and "and" between a scale and a number ("one hundred and fifty")."""
    j = i
    while j < len(toks):
        w = toks[j][0]
        if w in UNITS or w in TENS or w in SCALES or w == "dozen" or (w == "a" and j == i):
            j += 1
        elif (w == "and" and j > i and toks[j - 1][0] in SCALES and j + 1 < len(toks)
              and (toks[j + 1][0] in UNITS or toks[j + 1][0] in TENS)):
            j += 1
        else:
            break
    return j


def _cardinals(words: list[Tok]) -> list[Atom]:
    return [Atom(words[a][1], words[b - 1][2], _cardinal([t[0] for t in words[a:b]]), True)
            for a, b in _split_cardinals([t[0] for t in words])]


def _fraction(words: list[Tok], den: Tok, text: str) -> list[Atom]:
    """"one-half", "two thirds", "a third of": the last cardinal is the numerator; [] when
    the denominator word is an ordinal instead ("a third time")."""
    parts = _split_cardinals([t[0] for t in words])
    if not parts:
        return []
    a, b = parts[-1]
    numer_words = [t[0] for t in words[a:b]]
    numer = _cardinal(numer_words)
    if numer is None or numer >= DENOMS[den[0]] * 10:
        return []
    if numer_words == ["a"] and den[0] in ORDINALS and not re.match(r"[ \t]+of\b", text[den[2]:]):
        return []
    head = _cardinals(words[:a])
    return [*head, Atom(words[a][1], den[2], intify(numer / DENOMS[den[0]]), True, fraction=True)]


def _merge_compound_ordinals(atoms: list[Atom], text: str) -> list[Atom]:
    """"twenty-first": a round cardinal directly followed by an ordinal below ten."""
    merged: list[Atom] = []
    for a in atoms:
        if (merged and a.ordinal and not merged[-1].ordinal and not merged[-1].fraction
                and re.fullmatch(r"[ \t-]", text[merged[-1].end:a.start] or "x")
                and merged[-1].value % 10 == 0 and a.value < 10):
            p = merged.pop()
            merged.append(Atom(p.start, a.end, p.value + a.value, True, ordinal=True))
        else:
            merged.append(a)
    return merged


def _merge_and_fraction(atoms: list[Atom], text: str) -> list[Atom]:
    """"four and one-half" → 4.5: a whole number, "and", then a fraction below one."""
    out: list[Atom] = []
    for a in atoms:
        if (out and a.fraction and a.value < 1 and not out[-1].fraction and not out[-1].ordinal
                and re.fullmatch(r"[ \t-]+and[ \t-]+", text[out[-1].end:a.start], re.I)):
            p = out.pop()
            out.append(Atom(p.start, a.end, intify(p.value + a.value), p.word, fraction=True))
        else:
            out.append(a)
    return out
