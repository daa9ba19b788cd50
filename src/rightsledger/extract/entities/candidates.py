"""Pass 1, candidates: spaCy's PERSON/ORG/GPE/LOC/FAC spans, cleaned, plus the rule candidates
of :mod:`.runs.rule_candidates` (capitalised phrases with an organisation head word, "X Region" places,
countries, towns after place prepositions), merged with rules winning over the model.
"""
from __future__ import annotations

import re

from ..lexicons.gazetteer import gazetteer
from .common import POSS, RUN_IN, TERMINAL, Cand, org_heads, overlaps, nationality_word
from .lexicon import CONNECTORS, NON_ORG_ACRONYMS, ORG_HEADS, SPACY_LABELS, TITLES
from .runs.crossrefs import cross_reference_titles
from .runs.extend import extend_persons
from .bodies.joined import model_join_wins, model_longer_wins
from .bodies.lone import generic_lower
from .bodies.prefixes import model_prefix_wins
from .bodies.country_names import model_country_name_wins
from .titles.roles import strip_titles
from .persons.given_demonyms import given_demonym
from .titles.glue import name_after_portfolio
from .titles.place_fronts import place_title_start
from .titles.post_fronts import post_front_holder
from .runs.scan import body_before_title
from .runs.rule_candidates import title_of_place


#: a web address ("https://travel.state.gov/content/travel/en/International-Parental-Child-Abduction/…",
#: "www.state.gov/…", "dol.gov/agencies/…"): the words of its path name no entity where they stand.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+(?:gov|org|com|net|int|edu)/\S*")

#: "(see section 2.d., Stateless Persons, and section 6)": the title of the section referred to.
_CROSS_REF = re.compile(r"\b[Ss]ections?\s+\d(?:\.[a-z])?\.?,\s+([A-Z][^,;()\n]{2,80}?)(?=\s*[,;)]|\.\s|\.$)")


def masked_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Heading lines, run-in topic labels, web addresses and the section titles of cross-references
    inside a paragraph (absolute offsets)."""
    out = [m.span(1) for m in _CROSS_REF.finditer(text, start, end)] + cross_reference_titles(text, start, end)
    out += [m.span() for m in _WEB_ADDRESS.finditer(text, start, end)]
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        body = line.strip()
        if not body:
            continue
        words = body.split()
        if body.startswith("#") or (len(words) <= 20 and not TERMINAL.search(body)):
            out.append((s, e))
            continue
        m = RUN_IN.match(body)
        if m:
            label = m.group(1).split()
            content = [w for w in label if w.lower() not in CONNECTORS]
            caps = sum(1 for w in content if w[:1].isupper())
            if len(label) <= 16 and content and caps / len(content) >= 0.6:
                lead = len(line) - len(line.lstrip())
                out.append((s + lead, s + lead + m.end(1) + 1))
    return out


def _clean(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a span: newlines, quotes, leading "the", possessive, trailing punctuation."""
    seg = text[s:e]
    cut = re.search(r"\s*[(,;/]", seg)
    if cut and cut.start() > 0:
        e = s + cut.start()
        seg = text[s:e]
    m = re.search(r"['’]s\s+", seg)
    if m and m.start() > 0 and not org_heads(seg[m.end():].split()) \
            and gazetteer().lookup(seg, alternates=False) is None:   # "Cox’s Bazar" is a town
        e = s + m.start()
        seg = text[s:e]
    if "\n" in seg:
        parts = seg.split("\n")
        best = max(range(len(parts)), key=lambda i: len(parts[i].strip()))
        s += sum(len(p) + 1 for p in parts[:best])
        e = s + len(parts[best])
    changed = True
    while changed and e > s:
        changed = False
        seg = text[s:e]
        m = re.match(r"^(?:[\s“”\"'‘’(\[-]+|(?:the|The|THE|NGOs?)\s+)", seg)
        if m and m.end() < len(seg):
            s += m.end()
            changed = True
            continue
        m = POSS.search(seg)
        if m and m.start() > 0:
            e = s + m.start()
            changed = True
            continue
        m = re.search(r"[\s“”\"'‘’()\[\],.;:!?-]+$", seg)
        if m and m.start() > 0:
            cut = m.start()
            # keep the full stop of an abbreviation ("U.S.", "Jr.", "St.")
            if seg[m.start():].startswith(".") and re.search(r"(?:\b[A-Z]\.[A-Z]|\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp))$", seg[:cut]):
                cut += 1
            if cut < len(seg):
                e = s + cut
                changed = True
                continue
        m = re.search(r"(?<=\b[A-Z]{2})[A-Z\-]*(\s+[a-z]+)$", seg)
        if m:
            e = s + m.start(1)            # "the UDPS party", "CNDD-FDD party": the acronym is the name
            changed = True
            continue
        m = re.search(r"\s+([A-Z][A-Z/+\-]+)$", seg)
        if m and m.group(1).lower() in NON_ORG_ACRONYMS and m.group(1).lower() not in ORG_HEADS:
            e = s + m.start()             # "In Somaliland FGM remains illegal"
            changed = True
            continue
        m = re.search(r"\s+(?:and|of|for|the|in|on|to|&)$", seg) or re.search(r"(?<=[a-z]{3})\d{1,2}$", seg)
        if m:
            e = s + m.start()             # "Somalia1": a footnote's number glued to the name
            changed = True
    return (s, e) if e > s else None


def spacy_candidates(text: str, ap, masks: list[tuple[int, int]]) -> list[Cand]:
    """The spaCy model's entity spans of the annotated paragraph ``ap`` outside ``masks``, repaired at their
    edges, as candidates."""
    out = []
    held: set[int] = set()     # a holder's start cut from a post's front: no portfolio's word before it
    base = ap.start
    pieces: list[tuple[int, int, str, str]] = []
    for ent in ap.doc.ents:
        if ent.label_ not in SPACY_LABELS:
            continue
        s0, e0 = base + ent.start_char, base + ent.end_char
        if len(ent) > 1 and ent[0].is_sent_start and ent[0].pos_ == "ADV" and ent[1].text[:1].isupper():
            s0 = base + ent[1].idx            # "Later Osei's brother said": no part of the name
        raw = text[s0:e0]
        if re.search(r"--|—", raw):
            # "Camara--who Human Rights Watch": a dash separates words, each part on its own
            for m in re.finditer(r"(?:(?!--|—).)+", raw):
                pieces.append((s0 + m.start(), s0 + m.end(), ent.label_, ""))
        elif re.search(r",|/| and ", raw) and not org_heads(raw.split()):
            # "Lisk, Georg Valt", "AFRC/RUF", "Leigh and Independent Observer": each part; after "<post>
            # of", "Busan, [Oh Geo-don]" the holder's name a person's (t-ents71)
            glued = post_front_holder(text, s0, e0) if ent.label_ in ("PERSON", "ORG") else None
            for m in re.finditer(r"(?:(?!,|/| and ).)+", raw):
                held_piece = glued is not None and s0 + m.end() > glued[0]
                pieces.append((s0 + m.start(), s0 + m.end(), "PERSON" if held_piece else ent.label_, ""))
        else:
            # one token's part of speech: "Spousal rape", "a Koranic teacher" are adjectives
            pieces.append((s0, e0, ent.label_, ent[0].pos_ if len(ent) == 1 else ""))
    for s0, e0, label, pos in pieces:
        span = _clean(text, s0, e0)
        if not span:
            continue
        s, e = span
        if generic_lower(text[s:e]):
            continue                          # "approved by the congress": generic (bodies/lone.py)
        while label in ("GPE", "LOC") and " " in text[s:e] and text[s:e].rsplit(None, 1)[1].lower() in TITLES:
            e = s + len(text[s:e].rsplit(None, 1)[0])     # "Margibi County [Superintendent] Jane Roe"
        roles: list[str] = []
        cut = place_title_start(text, s, e) if label in ("PERSON", "ORG", "FAC") else None
        if cut is not None:
            s, label = cut, "PERSON"          # "Imo [Governor Hope Uzodinma]": the title then stripped (t-ents48)
        holder = post_front_holder(text, s, e) if label in ("PERSON", "ORG") else None
        if holder is not None:
            s, label = holder[0], "PERSON"    # "governor of Chihuahua [Cesar Duarte]" (t-ents71)
        if label == "PERSON" and " " in text[s:e]:
            first = text[s:e].split()[0]
            if nationality_word(first) and not gazetteer().countries(first) \
                    and not given_demonym(text, s, e):
                s += len(first) + 1           # "Ethiopian Mengistu" → "Mengistu" (not "Sami Anan", t-ents67)
            elif title_of_place(text, s, e):
                s += len(first) + 1           # "Mayor of [Freetown] Yvonne Aki-Sawyerr"
        if label == "ORG":
            span = body_before_title(text, s, e)      # "Presidential Press [Secretary]"
            if not span:
                continue
            s, e = span
        if not org_heads(text[s:e].split()) or label == "PERSON":    # "Police Constable X" (t-ents7)
            s, e, roles = strip_titles(text, s, e)
            span = _clean(text, s, e)
            if not span:
                continue
            s, e = span
        if holder is not None:                # the post its role: no front taken back as a first name
            roles = roles + [holder[1]]
            held.add(s)
        out.append(Cand(s, e, text[s:e], label, roles, pos=pos if (s, e) == (s0, e0) else ""))
    return [c if c.start in held else name_after_portfolio(text, c) for c in extend_persons(text, out)]


def merge_candidates(rule: list[Cand], model: list[Cand]) -> list[Cand]:
    """Rule candidates win over the model spans they overlap, except model persons outside them."""
    rule.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cand] = []
    for c in rule:
        if kept and overlaps(kept[-1], c):
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    out = list(kept)
    for m in model:
        clash = [r for r in kept if overlaps(r, m)]
        if not clash:
            out.append(m)
            continue
        if model_join_wins(clash, m) or model_longer_wins(clash, m) \
                or model_country_name_wins(clash, m):   # "the Ministry of Justice and Police", "Azerbaijan Airlines"
            for r in clash:
                out.remove(r) if r in out else None
            out.append(m)
            continue
        r = clash[0]
        if r.label == "TOWN" or (r.label == "COUNTRY" and m.start <= r.start and m.end >= r.end
                                 and m.label in ("ORG", "FAC") and org_heads(m.text.split())) \
                or model_prefix_wins(r, m):     # "Lord’s Resistance Army", "All Progressives Congress"
            out.remove(r) if r in out else None
            out.append(m)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def dedupe(cands: list[Cand]) -> list[Cand]:
    """One candidate per span; overlapping candidates keep the longest."""
    cands = sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Cand] = []
    for c in cands:
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out
