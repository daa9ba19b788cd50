"""Pass 1, rule candidates: the capitalised runs of words, split where persons stand in them,
each run classified by its shape and context (a body by its head word or its kind, a place by its
preposition or its gazetteer entry, a person by a title or a rule about persons).
"""
from __future__ import annotations

import re

from ...lexicons.gazetteer import gazetteer
from ...lexicons.frequency import zipf
from ..common import Cand, adjectival, big_place, is_common, demonym, org_heads, is_acronym, is_cap, person_shape
from ..lexicon import (
    BODY_AFTER, BODY_BEFORE, NAME_PART_ZIPF, CONNECTORS, DOCUMENT_WORDS, FACILITY_WORDS, GENERIC,
    LONE_BODIES, RULE_OF_PERSON, ORG_HEADS, OWNER_TITLES, PLACE_NOUN_AFTER, PLACE_PREFIX,
    PLACE_WORDS, SIDE_SUFFIX, SIDE_WORDS, STRONG_HEADS, SURNAME_SUFFIX, TITLES, ROLE_NOUNS,
)
from .coordination import bodies_before_plural
from ..bodies.descriptors import descriptor_names
from ..bodies.named_bodies import person_after_named_body
from ..bodies.lone import lone_body
from .extend import extend_names, named_after_kind, spelled_names
from ..persons.nicknames import nicknamed
from ..places.lists import listed_places
from ..titles.roles import role_after
from ..titles.glue import name_after_portfolio
from .scan import Word, of_name, phrases, trim_run
from .shapes import places_in_run, titled_person


def _split_run(run: list[Word], persons: list[tuple[int, int]]) -> list[list[Word]]:
    """Cut a capitalised run where it holds a person or several bodies:
    "Judge Jane Roe of the City Court" → [Judge Jane Roe] [City Court];
    "Human Rights Division of the Ministry of Justice" → two bodies."""
    if not run:
        return []
    for ps, pe in persons:
        inner = [w.core for w in run if ps <= w.s and w.e <= pe]
        head = [w for w in run if w.e <= ps]
        if head and head[-1].core in CONNECTORS and of_name(head) \
                and all(zipf(w) >= NAME_PART_ZIPF for w in inner):
            continue                          # "Commission for Demining and Humanitarian Assistance"
        if run[0].s <= ps < run[-1].e or run[0].s < pe <= run[-1].e:
            before = [w for w in run if w.e <= ps]
            after = [w for w in run if w.s >= pe]
            if (after and after[0].core in CONNECTORS) or (not after and before):
                # "Inspector General of Police Beatrice Munah Sieh": a first name the
                # model left out goes with the person
                inner = [w for w in run if ps <= w.s and w.e <= pe]
                first = before[-1] if before and inner and before[-1].core[:1].isupper() else None
                if first is not None and len(before) > 1 and not is_common(first.core) \
                        and first.core.lower() not in TITLES and not org_heads([first.core]) \
                        and not is_acronym(first.core) and not big_place(first.core) \
                        and before[-2].core not in CONNECTORS:
                    return _split_run(before[:-1], []) + [("PERSON", [first] + inner)] + (  # type: ignore[list-item]
                        [after] if after else [])
                return [r for r in (before, after) if r]
    # "Deputy Speaker of the House Jane Roe", "Department of Education Jane Roe"
    tail = 0
    while tail < min(3, len(run) - 1) and is_cap(run[-1 - tail].core) and \
            run[-1 - tail].core.lower() not in ORG_HEADS and run[-1 - tail].core not in CONNECTORS \
            and not is_acronym(run[-1 - tail].core):
        tail += 1
    while tail > 2 and (run[-tail - 1].core in CONNECTORS or is_common(run[-tail].core)
                        or run[-tail].core.lower() in TITLES):     # "Police Constable [X Y]" (t-ents7)
        tail -= 1
    if tail >= 2 and run[-tail - 1].core not in CONNECTORS and org_heads([w.core for w in run[:-tail]]) \
            and person_shape(" ".join(w.core for w in run[-tail:])) and not is_common(run[-1].core) \
            and (run[0].core.lower() in TITLES or SURNAME_SUFFIX.search(run[-1].core.lower())):
        return _split_run(run[:-tail], persons) + [("PERSON", run[-tail:])]  # type: ignore[list-item]
    # "Deputy Speaker of the House", "President of the Supreme Court": only the body
    if run[0].core.lower() in TITLES and run[0].core.lower() not in ORG_HEADS:
        for i, w in enumerate(run):
            if w.core == "of":
                j = i + 1 + (i + 1 < len(run) and run[i + 1].core == "the")
                if all(x.core.lower() in TITLES or x.core in CONNECTORS for x in run[:i]):
                    return [run[j:]] if j < len(run) else []
                break
    cores = [w.core for w in run]
    for i, w in enumerate(run):
        if w.core != "of" or i == 0:
            continue
        j = i + 1 + (i + 1 < len(run) and run[i + 1].core == "the")
        left, right = cores[:i], cores[j:]
        if not right:
            continue
        if not org_heads(left) and org_heads(right) and not is_acronym(left[-1]) and not (all(
                is_common(x) and x.lower() not in TITLES and x.lower() not in ROLE_NOUNS
                and not x.endswith("s") for x in left)):
            return [run[:i], run[j:]]      # "Marta Kovel of the Confederation …" (not "Horn of Africa …")
        if len(left) >= 2 and org_heads(left) and org_heads(right) and right[0].lower() in STRONG_HEADS \
                and not all(x.lower() in OWNER_TITLES for x in right):
            return [run[:i], run[j:]]      # "… Division of the Ministry of Justice"
    return [run]


def rule_candidates(text: str, words: list[Word], persons: list[tuple[int, int]],
                     home: str | None) -> list[Cand]:
    """The rule candidates of a paragraph: its capitalised runs (:mod:`.scan`) trimmed and split, typed
    where their words decide (a person's name split off a body's)."""
    gaz = gazetteer()
    out: list[Cand] = []
    index = {id(w): i for i, w in enumerate(words)}
    for whole in phrases(words, text):
        trimmed = trim_run(whole, text)
        for run in _split_run(trimmed, persons) if trimmed else []:
            if isinstance(run, tuple):            # a name split off an organisation
                ps, pe = run[1][0].s, run[1][-1].e
                out.append(Cand(ps, pe, text[ps:pe], "PERSON"))
                continue
            run = trim_run(run, text)
            if run and not any(p == run[0].s and person_after_named_body(text, p, text[p:q]) for p, q in persons):
                _classify_run(text, run, words, index, gaz, home, out)   # not "the Nasha party [Jan Roe]"
    if words:
        s, e = words[0].s, words[-1].e
        out.extend(nicknamed(text, s, e) + spelled_names(text, s, e, home) + named_after_kind(text, s, e)
                   + listed_places(text, s, e) + descriptor_names(text, s, e, persons, home))
    return [name_after_portfolio(text, c) for c in extend_names(text, out, home)]


def _outlet(text: str, run: list[Word], gaz, home: str | None) -> bool:
    """A body named by its kind before or after it: "the newspaper Sahan", "editor of La Voix
    du Tchad", "the NGO AGRAAD", "the New Broom newspaper", "The Independent newspaper" (a
    single ordinary word only with a capitalised "The" inside the sentence)."""
    s, e = run[0].s, run[-1].e
    if len(run) > 5 or not (BODY_BEFORE.search(text, max(0, s - 40), s) or BODY_AFTER.match(text, e)):
        return False
    if re.match(r"\s+[a-z]{1,4}-[A-Z]", text[e:e + 10]):
        return False                          # "the organization Hizb ut-Tahrir": the name goes on
    cores = [w.core for w in run]
    if any(re.search(r"-[a-z]+$", c) for c in cores):
        return False                          # "a daily Somali-language program"
    if all(c.lower() in TITLES or c.lower() in GENERIC or c.lower() in CONNECTORS for c in cores) \
            or gaz.countries(text[s:e]) or big_place(text[s:e]) \
            or (len(run) == 1 and demonym(cores[0], set(), set())):
        return False
    if len(run) == 1 and is_common(cores[0]):
        return text[max(0, s - 4):s] == "The " and re.search(r"\w[,;]?\s+$", text[max(0, s - 8):s - 4]) is not None
    if len(run) == 1 and re.search(r"(?:^|[.!?:]\s+)$", text[max(0, s - 3):s]) and BODY_AFTER.match(text, e):
        return False                          # "Aggrieved parties were required to …"
    return True


def _rule_of_person(text: str, run: list[Word], gaz) -> bool:
    """"the former Lissouba Government", "the Sassou-Nguesso regime": a surname, not a place,
    a people or an ordinary word, before a word of rule; a name the report also writes after
    a place preposition ("in Puntland") is a place's."""
    cores = [w.core for w in run[:-1]]
    name = text[run[0].s:run[-2].e] if len(run) >= 2 else ""
    return len(run) >= 2 and run[-1].core.lower() in RULE_OF_PERSON and person_shape(name) and \
        not any(is_common(c) or c.lower() in ORG_HEADS or c.lower() in GENERIC or is_acronym(c)
                for c in cores) and \
        not (adjectival(cores) or gaz.countries(name) or gaz.lookup(name, alternates=False)) and \
        not re.search(rf"\b(?:in|to|from|at|near)\s+{re.escape(name)}\b(?!['’])", text)


def title_of_place(text: str, s: int, e: int) -> bool:
    """Is the first word of the name text[s:e] (three or four words) the place of a title written
    before it ("the Governor of Kinshasa Gentiny Ngobila")?"""
    m = re.search(r"\b([A-Za-z]+)\s+of\s+$", text[max(0, s - 30):s])
    words = text[s:e].split()
    if not m or m.group(1).lower() not in TITLES or not 3 <= len(words) <= 4:
        return False
    gaz = gazetteer()
    place = gaz.lookup(words[0], alternates=False)
    return bool(gaz.countries(words[0]) or (place and place.kind in ("city", "region"))) \
        and person_shape(" ".join(words[1:])) \
        and not any(is_common(w) or gaz.lookup(w, alternates=False) for w in words[1:])


def _titled_place_person(text, run, cores, gaz, home, out) -> bool:
    """"the Mayor of Freetown Yvonne Aki-Sawyerr", "the Governor of Kinshasa Gentiny Ngobila":
    a title's place, then the holder's name, written without a comma between them."""
    s = run[0].s
    if run[0].brk or not title_of_place(text, s, run[-1].e):
        return False
    title = re.search(r"\b([A-Za-z]+)\s+of\s+$", text[max(0, s - 30):s]).group(1).lower()
    name = text[run[1].s:run[-1].e]
    out.append(Cand(run[0].s, run[0].e, cores[0], "COUNTRY" if gaz.countries(cores[0]) else "RULE_PLACE"))
    out.append(Cand(run[1].s, run[-1].e, name, "PERSON", [f"{title} of {cores[0]}"]))
    return True


def _classify_run(text, run, words, index, gaz, home, out) -> None:
    """Classify one capitalised run by the first of its shapes that answers, in this order (the order
    is the rule: a title's place before a side of a country, an outlet before a lone body, a title
    before a name before a body by its head): the candidates it finds go to ``out``; a run no shape
    classifies may still hold a country or a town (:func:`shapes.places_in_run`)."""
    cores = [w.core for w in run]
    lowers = [c.lower() for c in cores]
    s, e = run[0].s, run[-1].e
    titles_only = all(x in TITLES or x in OWNER_TITLES or x in CONNECTORS for x in lowers)
    if _titled_place_person(text, run, cores, gaz, home, out):
        return
    place = gaz.lookup(text[s:e], alternates=False) if len(run) <= 3 and lowers[0] in SIDE_WORDS else None
    if place is not None and place.kind in ("country", "region"):
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))     # "the West Bank": a side of a country, no bank
        return
    k = len(cores) - 1 - cores[::-1].index("and") if "and" in cores[2:-1] else 0
    if k and not org_heads(cores[:k]) and not any(c in CONNECTORS for c in cores[:k]) \
            and org_heads(cores[k + 1:k + 2]) and BODY_BEFORE.search(text, max(0, s - 40), s):
        # "worked for Deutsche Welle and Voice of America": two outlets, the first without a head
        out.append(Cand(s, run[k - 1].e, text[s:run[k - 1].e], "RULE_ORG"))
        _classify_run(text, run[k + 1:], words, index, gaz, home, out)
        return
    if _outlet(text, run, gaz, home):
        pair = bodies_before_plural(text, run)   # "the A and B parties"
        if pair:
            out.extend(Cand(a, b, text[a:b], "RULE_ORG") for a, b in pair)
            return
        if is_common(cores[0]) and len(run) == 1:
            s -= 4                                          # "The Independent newspaper"
        out.append(Cand(s, e, text[s:e], "RULE_ORG"))
        return
    if len(run) == 1 and lowers[0] in LONE_BODIES:
        if lone_body(text, s, e):
            out.append(Cand(s, e, text[s:e], "RULE_ORG"))    # "the 30-seat Senate", "Parliament granted"
        return
    if len(run) >= 3 and lowers[-2] == "the" and adjectival(cores[-1:]) and \
            re.match(r"\s+[a-z]", text[e:e + 2]):
        return                                              # "Units of the Angolan armed forces"
    if _rule_of_person(text, run, gaz):
        ps, pe = run[0].s, run[-2].e
        out.append(Cand(ps, pe, text[ps:pe], "PERSON"))     # "the former Lissouba Government"
        return
    titled = titled_person(text, run)
    if titled:
        out.extend(titled)                                  # "Minister of Justice Jane Roe"
        return
    if not org_heads(cores) and re.search(r"\b(?:village|town|city|district|region|province|"
                                       r"municipality|county|commune|settlement|suburb)\s+of\s+$",
                                       text[max(0, s - 16):s]):
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))     # "the village of Orlan"
        return
    if not org_heads(cores) and not any(c in CONNECTORS for c in cores) and not adjectival(cores) \
            and PLACE_NOUN_AFTER.match(text, e) and lowers[-1] not in FACILITY_WORDS:
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))     # "the Mbeleko neighborhood"
        return
    if len(cores) >= 2 and not org_heads(cores) and person_shape(text[s:e]) and \
            SURNAME_SUFFIX.search(lowers[-1]) and not is_common(cores[-1]):
        out.append(Cand(s, e, text[s:e], "PERSON"))          # split off a name
        return
    if 2 <= len(cores) <= 3 and not org_heads(cores) and person_shape(text[s:e]) and \
            not any(is_common(c) or gaz.lookup(c, home, alternates=False) for c in cores) and \
            role_after(text, e):
        out.append(Cand(s, e, text[s:e], "PERSON"))          # "Jane Roe, a member of …"
        return
    if titles_only and re.search(r"\b[Oo]ffice of the\s+$", text[max(0, s - 14):s]):
        o = s - len(re.search(r"[Oo]ffice of the\s+$", text[max(0, s - 14):s]).group())
        out.append(Cand(o, e, text[o:e], "RULE_ORG"))        # "office of the Attorney General"
        return
    if (lowers[0] in PLACE_PREFIX or lowers[0] in SIDE_WORDS or lowers[-1] in SIDE_SUFFIX) \
            and len(cores) >= 2 and not org_heads(cores) and not adjectival(cores) and \
            all(is_cap(c) for c in cores):
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))    # "Port Amsel", "Lake Sora Province"
        return
    of_place = len(lowers) >= 3 and lowers[-2] in ("of", "for")   # "Department of State"
    if org_heads(cores) and lowers[-1] not in DOCUMENT_WORDS and (of_place or lowers[-1] not in PLACE_WORDS) \
            and lowers[-1] not in FACILITY_WORDS and not titles_only:
        if not (len(cores) == 1 and (lowers[0] in GENERIC or lowers[0] in ORG_HEADS)):
            out.append(Cand(s, e, text[s:e], "RULE_ORG"))
            return
    if len(cores) >= 2 and lowers[-1] in PLACE_WORDS and lowers[-1] not in ("state",) and \
            not org_heads(cores[:-1]) and all(is_cap(c) for c in cores):
        # "Almaty Region", "Bo District": the base name, capitalised, before the word
        out.append(Cand(s, e, text[s:e], "RULE_PLACE"))
        return
    out.extend(places_in_run(text, run, words, index, gaz, home))
