"""Build the hand-made gold files for Section 1 of shared reports.

Every record below was decided by hand, reading the report sentence by sentence. The
script only turns the decisions into offsets: each record names its evidence sentence
by a short anchor (a few words quoted from it), the anchor must occur exactly once in
the scope, and the evidence is expanded to the sentence that contains it. The output
holds offsets, names and values, but no report text.

Usage (from the repository root)::

    .venv/bin/python tests/gold/shared/build_shared_gold.py          # write the files
    .venv/bin/python tests/gold/shared/build_shared_gold.py --show   # also print evidence

The reports are read from ``../shared/reports`` (not part of this repository).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# parents[3] is the repository root; the shared reports live beside it in ../shared.
REPORTS = Path(__file__).resolve().parents[3].parent / "shared" / "reports"
OUT = Path(__file__).resolve().parent
KINDS = ["entity", "event", "figure", "provision"]

# Abbreviations after which a period does not end a sentence.
ABBREV = {"U.N", "U.S", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Gen", "Col", "Lt", "Jr", "Sr",
          "Inc", "Co", "Ltd", "vs", "e.g", "i.e", "a.m", "p.m"}
BOUNDARY = re.compile(r"[.!?][”\"’)]*(?= +[A-Z“\"(0-9$])")
# A run-in topic at the start of a line ("Abusive Physical Conditions: …") is a heading,
# not part of the first sentence: every word capitalised except small connectives.
RUN_IN = re.compile(r"[A-Z][\w’'-]*(?:,? (?:[A-Z][\w’'-]*|and|or|of|the|in|for|on|to))*: (?=[A-Z“\"])")


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of the scope: lines split at sentence-final punctuation."""
    out: list[tuple[int, int]] = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        cur = s
        run_in = RUN_IN.match(text, s, e)
        if run_in:
            cur = run_in.end()
        for m in BOUNDARY.finditer(text, s, e):
            word = re.search(r"(\S+)$", text[cur:m.start()])
            tok = word.group(1) if word else ""
            tok = tok.lstrip("(“\"")
            if tok in ABBREV or re.fullmatch(r"[A-Z]", tok) or re.fullmatch(r"\d+\.[a-z]", tok):
                continue
            out.append((cur, m.end()))
            cur = m.end()
            while cur < e and text[cur] == " ":
                cur += 1
        if cur < e:
            out.append((cur, e))
    return out


class Doc:
    def __init__(self, stem: str, file: str, start_marker: str, end_marker: str, year: int):
        self.stem, self.file, self.year = stem, file, year
        self.text = (REPORTS / file).read_text(encoding="utf-8")
        if self.text.startswith("\ufeff"):
            self.text = self.text[1:]
        self.start = self.text.index(start_marker)
        self.end = self.text.index(end_marker, self.start)
        self.sentences = sentence_bounds(self.text, self.start, self.end)
        self.section = "1"
        self.records: list[dict] = []
        self.entities: list[dict] = []
        self.not_entities: list[str] = []

    # -- helpers -------------------------------------------------------------------------
    def sec(self, section: str) -> None:
        self.section = section

    def span(self, anchor: str) -> dict:
        scope = self.text[self.start:self.end]
        n = scope.count(anchor)
        assert n == 1, f"{self.stem}: anchor {anchor!r} occurs {n} times in the scope"
        at = self.start + scope.index(anchor)
        for s, e in self.sentences:
            if s <= at and at + len(anchor) <= e:
                return {"start": s, "end": e}
        raise AssertionError(f"{self.stem}: anchor {anchor!r} crosses a sentence boundary")

    def ev(self, anchor: str, type_: str, date: str, precision: str | None = None, *,
           date_end: str | None = None, polarity: str = "asserted", source: str | None = None,
           place: str | None = None) -> None:
        if precision is None:
            precision = {4: "year", 7: "month", 10: "day"}[len(date)]
        self.records.append({
            "kind": "event", "type": type_, "date": date, "date_end": date_end,
            "precision": precision, "place": place, "section": self.section,
            "polarity": polarity, "source": source, "evidence": self.span(anchor),
        })

    def fig(self, anchor: str, value: float, what: str, qualifier: str = "exact", *,
            unit: str | None = None, source: str | None = None,
            value_end: float | None = None) -> None:
        rec = {
            "kind": "figure", "value": value, "unit": unit, "what": what,
            "qualifier": qualifier, "source": source, "section": self.section,
            "evidence": self.span(anchor),
        }
        if value_end is not None:
            rec["value_end"] = value_end
        self.records.append(rec)

    def prov(self, anchor: str, norm: str, value: float | None, unit: str | None, qtext: str,
             subject: str | None = None) -> None:
        self.records.append({
            "kind": "provision", "norm": norm,
            "quantity": {"value": value, "unit": unit, "text": qtext},
            "subject": subject, "section": self.section, "evidence": self.span(anchor),
        })

    def ent(self, type_: str, name: str, *aliases: str, search: tuple[str, ...] = ()) -> None:
        """An entity; ``search`` adds forms to look for that are not names (rarely needed)."""
        self.entities.append({"type": type_, "name": name, "aliases": list(aliases),
                              "_forms": [name, *aliases, *search]})

    def not_entity(self, *forms: str) -> None:
        """Names that are not entities of our three types (facilities, treaties): their
        words are not mentions of anything ("Monrovia" in "Monrovia Central Prison")."""
        self.not_entities.extend(forms)

    # -- output --------------------------------------------------------------------------
    #: what may stand before and after a mention (a builder may widen them)
    MENTION_BEFORE = r"(?<![\w-])"
    MENTION_AFTER = r"(?!\w|-\w)"

    def mentions(self) -> None:
        """Find every mention of every entity in the scope, longest forms first."""
        cands = []
        for i, ent in enumerate(self.entities):
            for form in set(ent["_forms"]):
                pat = re.escape(form).replace("'", "['’]")
                for m in re.finditer(self.MENTION_BEFORE + pat + self.MENTION_AFTER,
                                     self.text[self.start:self.end]):
                    cands.append((m.end() - m.start(), self.start + m.start(),
                                  self.start + m.end(), i))
        for form in self.not_entities:
            for m in re.finditer(re.escape(form), self.text[self.start:self.end]):
                cands.append((m.end() - m.start(), self.start + m.start(),
                              self.start + m.end(), -1))
        taken: list[tuple[int, int]] = []
        found: dict[int, list[list[int]]] = {i: [] for i in range(len(self.entities))}
        for _, s, e, i in sorted(cands, key=lambda c: (-c[0], c[1])):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            if i >= 0:
                found[i].append([s, e])
        for i, ent in enumerate(self.entities):
            ent["mentions"] = sorted(found[i])
            assert ent["mentions"], f"{self.stem}: no mention of {ent['name']!r}"

    def lines(self) -> list[dict]:
        """The gold records, scope first, in file order."""
        self.mentions()
        lines = [{"kind": "scope", "doc": self.stem, "file": self.file, "start": self.start,
                  "end": self.end, "kinds": KINDS}]
        for ent in self.entities:
            lines.append({"kind": "entity", "type": ent["type"], "name": ent["name"],
                          "aliases": ent["aliases"], "mentions": ent["mentions"]})
        lines.extend(self.records)
        return lines

    #: where the gold file is written
    out_dir = OUT

    def write(self, show: bool = False) -> Path:
        path = self.out_dir / f"{self.stem}.jsonl"
        lines = self.lines()
        with path.open("w", encoding="utf-8") as fh:
            for rec in lines:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if show:
            for rec in self.records:
                ev = rec["evidence"]
                label = {k: v for k, v in rec.items() if k not in ("evidence", "kind", "section")}
                print(f"--- {rec['kind']} [{rec['section']}] {json.dumps(label, ensure_ascii=False)}")
                print("    " + self.text[ev["start"]:ev["end"]])
            for ent in self.entities:
                forms = sorted({self.text[s:e] for s, e in ent["mentions"]})
                print(f"=== {ent['type']}: {ent['name']} {ent['aliases']} "
                      f"x{len(ent['mentions'])} {forms}")
        counts: dict[str, int] = {}
        for rec in lines[1:]:
            counts[rec["kind"] if rec["kind"] != "entity" else rec["type"]] = \
                counts.get(rec["kind"] if rec["kind"] != "entity" else rec["type"], 0) + 1
        print(self.stem, counts)
        return path

class WholeDoc(Doc):
    """A gold document whose scope is the whole report (or the part before ``end_marker``);
    its scope line also says which split it belongs to and which sections it covers."""

    split = "test"
    #: where the report is read from (a builder of our own fictional reports changes it)
    reports_dir = REPORTS

    def __init__(self, stem: str, file: str, year: int, *, end_marker: str | None = None,
                 sections: str = "all"):
        self.stem, self.file, self.year = stem, file, year
        self.text = self.read(self.reports_dir / file)
        self.start = 0
        self.end = len(self.text) if end_marker is None else self.text.index(end_marker)
        self.sections_label = sections
        self.sentences = sentence_bounds(self.text, self.start, self.end)
        self.section = "exec"
        self.records: list[dict] = []
        self.entities: list[dict] = []
        self.not_entities: list[str] = []

    def read(self, path: Path) -> str:
        """The document text every offset refers to (a builder of HTML pages changes it)."""
        text = path.read_text(encoding="utf-8")
        return text[1:] if text.startswith("\ufeff") else text

    def lines(self) -> list[dict]:
        lines = super().lines()
        lines[0].update({"split": self.split, "sections": self.sections_label})
        return lines



# =========================================================================================
# kazakhstan-2022, Section 1
# =========================================================================================
def kazakhstan() -> Doc:
    d = Doc("kazakhstan-2022", "kazakhstan-2022.txt",
            "Section 1. Respect for the Integrity of the Person",
            "Section 2. Respect for Civil Liberties", 2022)
    Y = "2022"

    # --- persons ---
    d.ent("person", "Nurbolat Zhumabayev", "Zhumabayev")
    d.ent("person", "Galy Baktybayev", "Baktybayev", "Batkybayev")
    d.ent("person", "Azamat Batyrbayev", "Batyrbayev")
    d.ent("person", "Nursultan Nazarbayev")
    d.ent("person", "Timur Radchenko", "Radchenko")
    d.ent("person", "Khamit Batyr")
    d.ent("person", "Kalymbay Daulet")
    d.ent("person", "Bimurzayev")
    d.ent("person", "Yerzhan Elshibayev", "Elshibayev")
    d.ent("person", "Meiram Zhanguttinov", "Zhanguttinov")
    d.ent("person", "Liza Turgumbayeva")
    d.ent("person", "Zhanbolat Mamay", "Mamay")
    d.ent("person", "Abai Begimbetov")
    d.ent("person", "Kairat Klyshev")
    d.ent("person", "Noyan Rakhimzhanov")
    d.ent("person", "Askhat Zheksebayev")
    d.ent("person", "Mukhtar Ablyazov")
    d.ent("person", "Barlyk Mendygaziyev", "Mendygaziyev")
    d.ent("person", "Bekizhan Mendygaziyev", "Mendygaziev")
    d.ent("person", "Kalyk Mendygaziyev", "Kalyk")
    d.ent("person", "Erik Mendygaziyev")
    d.ent("person", "Rasim Almukhanov")
    d.ent("person", "Abai Mendygaziyev")
    d.ent("person", "Arman Mendygaziyev")
    d.ent("person", "Inga Imanbay")

    # --- organizations ---
    d.ent("organization", "Human Rights Watch", "HRW")
    d.ent("organization", "National Preventive Mechanism against Torture", "NPM")
    d.ent("organization", "Office of the Human Rights Ombudsperson",
          "Office of the Human Rights Ombudsman", "Office of the Ombudsperson for Human Rights",
          "Ombudsperson's Office")
    d.ent("organization", "Coalition Against Torture")
    d.ent("organization", "Office of the Prosecutor General", "Prosecutor General's Office")
    d.ent("organization", "Anticorruption Agency")
    d.ent("organization", "Taldykorgan City Court")
    d.ent("organization", "Organization for Security and Cooperation in Europe", "OSCE")
    d.ent("organization", "Bostandyk District Court")
    d.ent("organization", "Prison Reform International")
    d.ent("organization", "Kyzylorda City Court")
    d.ent("organization", "Ministry of Internal Affairs")
    d.ent("organization", "Committee of the Penitentiary System",
          "Ministry of Internal Affairs Committee of the Penitentiary System")
    d.ent("organization", "Freedom House")
    d.ent("organization", "Group of European States Against Corruption")
    d.ent("organization", "Senate")
    d.ent("organization", "Supreme Court")
    d.ent("organization", "Tirek")
    d.ent("organization", "Democratic Party of Kazakhstan")
    d.ent("organization", "Amnesty International")
    d.ent("organization", "European Parliament")
    d.ent("organization", "Koshe Party", "Koshe party")
    d.ent("organization", "Democratic Choice of Kazakhstan")
    d.ent("organization", "Karachaganak Support Services")
    d.ent("organization", "National Security Committee", "KNB")
    d.ent("organization", "Lookout", "Lookout's Threat Lab")

    # --- places ---
    d.ent("place", "Almaty Region")
    d.ent("place", "Taldykorgan")
    d.ent("place", "Shymkent")
    d.ent("place", "Karaganda")
    d.ent("place", "Almaty")
    d.ent("place", "Zhanaozen")
    d.ent("place", "Russia")
    d.ent("place", "Ukraine")
    d.ent("place", "United States")
    d.ent("place", "Uzbekistan")
    d.ent("place", "Karakalpakstan")

    # --- 1.a ---
    d.sec("1.a")
    d.ev("the true number of deaths following the January unrest", "protest", "2022-01")  # t-conv14: a
    # month-labelled noun as a reference point is an occurrence of that month (settled 2026-12-12)
    d.ev("There were several reports that the government", "killing", Y, polarity="alleged")
    d.ev("The government stated 238 persons", "killing", "2022-01", source="government")
    d.fig("The government stated 238 persons", 238, "persons killed in the January violence",
          source="government")
    d.fig("The government stated 238 persons", 6, "persons who died in custody (January)",
          source="government")
    d.fig("possibly approximately 260", 260, "deaths due to excessive force (January)",
          "approximately", source="human rights observers")
    d.ev("it had identified at least four cases", "killing", Y, source="HRW",
         place="Almaty Region")
    d.fig("it had identified at least four cases", 4, "cases of lethal force against protesters",
          "at least", source="HRW")
    d.fig("it had identified at least four cases", 10, "deaths from lethal force", "at least",
          source="HRW")
    d.ev("No officials were detained or charged", "detention_or_arrest", Y, polarity="negated")
    d.ev("On November 16, a military court", "conviction_or_sentence", "2022-11-16",
         place="Taldykorgan")
    d.ev("On November 16, a military court", "killing", "2022-01-05", place="Taldykorgan")
    d.ev("the government opened criminal cases against some", "investigation", Y,
         source="human rights organizations")
    d.ev("In December 2021, Nurbolat Zhumabayev", "death_in_custody", "2021-12", place="Shymkent")
    # "on December 9" without a year: the context (death in December 2021) gives 2021.
    d.ev("viewed it on December 9", "other", "2021-12-09")
    d.ev("A criminal trial began in Shymkent", "trial", "2022-07-18", place="Shymkent")
    d.fig("A criminal trial began in Shymkent", 4, "police officers on trial")
    d.ev("On July 2, a jury in Karaganda", "acquittal", "2022-07-02", place="Karaganda")
    d.ev("On July 2, a jury in Karaganda", "killing", "2019")
    d.fig("On July 2, a jury in Karaganda", 3, "defendants acquitted")
    d.ev("the alleged triggerman, was convicted", "conviction_or_sentence", Y)
    # t-gold20, settled 2026-12-16 (2): an occurrence dated only by a count from a dated clause
    # (the beating, months before the 2019 killing;
    # beating a person not in custody: attack_or_threat)
    d.ev("was convicted of beating Batkybayev several months prior", "attack_or_threat", "2019")
    d.fig("the alleged triggerman, was convicted", 3, "defendants")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("There were no reports of disappearances", "other", Y, polarity="negated")

    # --- 1.c ---
    d.sec("1.c")
    d.fig("188 complaints of torture", 188, "torture complaints received (January events)",
          source="Coalition Against Torture")
    d.fig("188 complaints of torture", 110, "complaints of torture and inhuman treatment received",
          source="Office of the Human Rights Ombudsman")
    d.ev("329 criminal cases of torture", "investigation", Y,
         source="Office of the Prosecutor General")
    d.fig("329 criminal cases of torture", 329, "criminal torture cases opened (January events)",
          source="Office of the Prosecutor General")
    d.fig("329 criminal cases of torture", 24, "individuals whose torture cases went to court",
          source="Office of the Prosecutor General")
    d.ev("851 forensic investigations", "investigation", Y, source="Anticorruption Agency")
    d.fig("851 forensic investigations", 851, "forensic investigations into torture opened",
          source="Anticorruption Agency")
    d.fig("851 forensic investigations", 347, "forensic investigations dismissed",
          source="Anticorruption Agency")
    d.ev("ombudsperson stated in November that 80", "other", "2022-11",
         source="human rights ombudsperson")
    d.fig("ombudsperson stated in November that 80", 80, "share of torture cases dropped",
          unit="percent", source="human rights ombudsperson")
    d.ev("On January 5, Azamat Batyrbayev was detained", "detention_or_arrest", "2022-01-05",
         place="Taldykorgan")
    d.ev("Media broadly published evidence", "torture_or_abuse", Y, source="media")
    d.ev("The government recognized 15 employees", "investigation", Y)
    d.fig("The government recognized 15 employees", 15, "officers named suspects in torture case")
    d.ev("On July 6, the Taldykorgan City Court", "conviction_or_sentence", "2022-07-06",
         place="Taldykorgan")
    d.ev("On July 16, Batyrbayev", "other", "2022-07-16")
    d.fig("A trial of five suspects", 5, "suspects on trial for torture")
    d.fig("A trial of five suspects", 23, "individuals allegedly tortured with an iron")
    d.ev("On January 7, police detained Timur Radchenko", "detention_or_arrest", "2022-01-07",
         place="Almaty")
    d.ev("Radchenko asserted he was beaten", "torture_or_abuse", Y, polarity="alleged",
         source="Radchenko")
    d.ev("On November 22, the Bostandyk District Court", "trial", "2022-11-22", place="Almaty")
    d.fig("On November 22, the Bostandyk District Court", 3, "police officers on trial")
    # The visits "during January events" (an assessment embeds them): month of January.
    d.ev("visits to detention centers by the NPM", "other", "2022-01",
         source="credible sources")
    d.ev("133 official visits to detention centers", "other", "2022-01-13",
         date_end="2022-02-14", source="government")
    d.fig("133 official visits to detention centers", 133, "official visits to detention centers",
          source="government")
    d.fig("133 official visits to detention centers", 16, "regions visited", source="government")
    d.ev("did not publish statistics on the number of deaths", "report_published", Y,
         polarity="negated")
    d.fig("noted at least one prisoner attempted suicide", 1,
          "prisoners who attempted suicide after mistreatment", "at least", source="NPM")
    d.ev("On October 13, the Kyzylorda City Court", "conviction_or_sentence", "2022-10-13")
    d.ev("He was sentenced in 2019 to five years", "conviction_or_sentence", "2019")
    d.ev("He was sentenced in 2019 to five years", "other", "2017", polarity="alleged")
    d.fig("food allowances were increased by 40 percent", 40, "increase in prison food allowances",
          unit="percent", source="Committee of the Penitentiary System")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("Human rights observers reported arbitrary arrests and", "detention_or_arrest", "2022-01",
         source="human rights observers")
    d.prov("Within three hours of the arrest", "time_limit", 3, "hours", "Within three hours",
           "arrest statement by the investigator")
    d.prov("within 12 hours of the signature", "time_limit", 12, "hours", "within 12 hours",
           "investigator's report to the prosecutor")
    d.prov("takes it to court within 12 hours", "time_limit", 12, "hours", "within 12 hours",
           "prosecutor brings arrest evidence to court")
    d.prov("If within 48 hours of the arrest", "time_limit", 48, "hours", "within 48 hours",
           "court approval of an arrest, else release")
    d.prov("may be extended to 72 hours", "time_limit", 72, "hours", "extended to 72 hours",
           "preliminary detention")
    # Practice description, but the quantity is the statutory administrative penalty.
    d.prov("up to 15 days", "penalty", 15, "days", "up to 15 days’ administrative arrest",
           "administrative offences (e.g. unauthorised assembly)")
    d.ev("During the year authorities detained many persons", "detention_or_arrest", Y)

    # --- 1.e ---
    d.sec("1.e")
    d.ev("On March 10, the Senate removed", "dismissal", "2022-03-10")
    d.ev("On March 10, the Senate removed", "conviction_or_sentence", "2021-12-03")
    d.ev("On April 9, Zhanguttinov was arrested", "detention_or_arrest", "2022-04-09",
         place="Shymkent")
    d.fig("On April 9, Zhanguttinov was arrested", 27000, "bribe", unit="USD")
    # t-conv16 (settlement 2026-12-21 S1): a named actor calling one occurrence by a judgment
    d.ev("The president described the crime as", "other", Y, source="president")
    d.fig("maintained a list of seven individuals", 7, "political prisoners on the Tirek list",
          source="Tirek")
    d.ev("Authorities detained Zhanbolat Mamay", "detention_or_arrest", "2022-02-26")
    d.ev("On June 6, the government additionally charged", "charge", "2022-06-06")
    d.ev("recognized Mamay as a political prisoner", "other", Y)
    d.ev("On November 2, Mamay was released", "release", "2022-11-02")
    d.ev("Authorities released from prison four", "release", Y)
    d.ev("Authorities released from prison four", "conviction_or_sentence", "2021-10")
    d.fig("Authorities released from prison four", 4, "political prisoners released")
    d.fig("The four individuals remained", 4, "released prisoners under restricted movement")
    d.ev("In June 2021, authorities placed", "detention_or_arrest", "2021-06")
    d.ev("In July 2021, three managers", "conviction_or_sentence", "2021-07")
    d.fig("In July 2021, three managers", 3, "managers convicted")
    d.ev("from September to November, authorities detained five", "detention_or_arrest",
         "2022-09", date_end="2022-11", source="human rights observers")
    d.fig("from September to November, authorities detained five", 5,
          "Karakalpak activists detained", source="human rights observers")
    d.ev("response to July protests", "protest", "2022-07", place="Karakalpakstan")
    d.ev("On October 15, HRW said", "other", "2022-10-15", source="HRW")
    d.ev("On December 5, media reported", "asylum_or_citizenship_decision", "2022-12-05",
         source="media")
    d.fig("On December 5, media reported", 5, "ethnic Karakalpaks detained", source="media")
    d.prov("Authorities may take up to 12 months", "time_limit", 12, "months", "up to 12 months",
           "decision on refugee status")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("reported incidents of alleged surveillance", "surveillance", Y, polarity="alleged",
         source="human rights activists")
    # t-conv18 settlement (S6a): the undated act under a dated reporting verb (was report_published)
    d.ev("In June, the cybersecurity company", "surveillance", "2022-06", source="Lookout")
    d.ev("On June 27, Inga Imanbay", "surveillance", "2022-06-27", source="Inga Imanbay")
    return d


# =========================================================================================
# 2004_eritrea, Section 1
# =========================================================================================
def eritrea() -> Doc:
    d = Doc("2004_eritrea", "usdos/2004_eritrea.md",
            "#### Section 1 Respect for the Integrity", "#### Section 2", 2004)
    Y = "2004"

    # --- persons ---
    d.ent("person", "Timothy Butt", "Butt")
    d.ent("person", "Mengistu")
    d.ent("person", "Ermias Debessai", "Papayo")
    d.ent("person", "Aster Yohannes")
    d.ent("person", "Petros Solomon")

    # --- organizations ---
    d.ent("organization", "Government Commission for Coordination with the U.N. Peacekeeping Mission")
    # Full names from the report's introduction (outside the scope), the span uses acronyms.
    d.ent("organization", "Eritrean Islamic Jihad Movement", "ERIJM")
    d.ent("organization", "U.N.")
    d.ent("organization", "Mercy Corps International")
    d.ent("organization", "People's Front for Democracy and Justice", "PFDJ")
    d.ent("organization", "National Assembly")
    d.ent("organization", "ICRC")
    d.ent("organization", "Eritrean Liberation Front")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "High Court")
    d.ent("organization", "Office of the Attorney General", search=("office of the Attorney General",))

    # --- places ---
    d.ent("place", "Asmara")
    d.ent("place", "Bisha")
    d.ent("place", "Ethiopia")
    d.ent("place", "Libya")
    d.ent("place", "Malta")
    d.ent("place", "China")

    # --- 1.a ---
    d.sec("1.a")
    # One sentence, one date expression ("during the year"): no political killings (negated),
    # but deaths during searches occurred. Recorded once.
    d.ev("There were no politically motivated killings", "killing", Y, polarity="negated")
    d.ev("For example, in November, there were credible", "killing", "2004-11", place="Asmara")
    d.fig("For example, in November, there were credible", 20, "civilians killed")
    d.fig("For example, in November, there were credible", 4, "security force members killed")
    d.ev("The individuals were killed when a cinderblock", "killing", Y, polarity="alleged")
    d.ev("No action was taken against the guards", "charge", Y, polarity="negated")
    d.fig("an estimated 3 million landmines", 3000000, "landmines and unexploded ordnance",
          "approximately",
          source="Government Commission for Coordination with the U.N. Peacekeeping Mission")
    d.ev("The ERIJM and others laid some new mines", "attack_or_threat", Y)
    d.ev("reported 13 deaths and 19 injuries", "killing", Y, source="U.N.")
    d.fig("reported 13 deaths and 19 injuries", 13, "landmine deaths", source="U.N.")
    d.fig("reported 13 deaths and 19 injuries", 19, "landmine injuries", source="U.N.")
    d.fig("reported 13 deaths and 19 injuries", 2, "casualties from newly laid landmines",
          "at least", source="U.N.")
    d.ev("regarding the April 2003 killing", "killing", "2003-04", place="Bisha")
    d.ev("the Government did not release a report", "report_published", Y, polarity="negated")
    d.ev("the Government did not release a report", "killing", "2003-08")
    d.fig("the Government did not release a report", 2, "citizens killed (Mercy Corps)")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("no reports of politically motivated disappearances", "other", Y,
         polarity="negated")
    d.ev("There were no developments in the 2003 arrests", "detention_or_arrest", "2003")
    d.ev("the whereabouts of 11 senior PFDJ", "detention_or_arrest", "2001")
    d.fig("the whereabouts of 11 senior PFDJ", 11, "senior PFDJ and National Assembly members held")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("there were numerous reports that security forces resorted", "torture_or_abuse", Y,
         polarity="alleged")
    d.ev("During the year, security forces severely mistreated", "torture_or_abuse", Y)
    d.ev("subjected to sexual harassment and abuse", "torture_or_abuse", Y, polarity="alleged")
    d.ev("There continued to be numerous reports of injuries", "killing", Y, polarity="alleged")
    d.fig("generally permitted three visits per week", 3, "family visits per week allowed",
          unit="visits per week")
    d.ev("There were no confirmed reports that any prisoners died", "death_in_custody", Y,
         polarity="negated")
    d.ev("the 11 PFDJ and National Assembly detainees", "detention_or_arrest", "2001")
    d.fig("the 11 PFDJ and National Assembly detainees", 11, "PFDJ and National Assembly detainees")
    d.ev("there were no reports of prolonged detentions", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.d ---
    d.sec("1.d")
    d.ev("During 2003, the police force was reorganized", "other", "2003")
    d.ev("the military detained many persons during the year", "detention_or_arrest", Y)
    d.prov("for a maximum of 30 days", "time_limit", 30, "days", "a maximum of 30 days",
           "detention without charge")
    d.ev("Security forces detained, generally not", "detention_or_arrest", Y)
    # A legal requirement that the sentence mentions in passing.
    d.prov("residency permits every 6 months", "requirement", 6, "months", "every 6 months",
           "renewal of residency permits (Ethiopian nationals)")
    d.ev("the ICRC visited approximately 300", "detention_or_arrest", Y, source="ICRC")
    d.fig("the ICRC visited approximately 300", 300, "detained Ethiopians visited by the ICRC",
          "approximately", source="ICRC")
    d.ev("approximately 110 citizens deported from Libya", "detention_or_arrest", "2004-07",
         polarity="alleged", place="Libya")
    d.fig("approximately 110 citizens deported from Libya", 110, "citizens deported from Libya",
          "approximately")
    d.ev("approximately 220 citizens deported from Malta", "other", "2002", place="Malta")
    d.fig("approximately 220 citizens deported from Malta", 220, "citizens deported from Malta",
          "approximately")
    d.ev("security forces killed some of those who tried", "killing", Y, polarity="alleged")
    d.ev("Three elderly businessmen", "release", Y)
    d.fig("Three elderly businessmen", 3, "businessmen released")
    d.ev("There were reports of numerous politically motivated", "detention_or_arrest", Y,
         polarity="alleged")
    d.ev("There were no developments in the 2002 arrests", "detention_or_arrest", "2002")
    d.fig("There were no developments in the 2002 arrests", 11, "PFDJ/National Assembly members")
    d.fig("At least four of these detainees", 4, "2002 detainees still held without charge",
          "at least")
    d.ev("arrested most recently in November 2003", "detention_or_arrest", "2003-11")
    d.ev("arrested most recently in November 2003", "detention_or_arrest", "2003-12")
    # "remained in detention without charge since 2001": dated by "since" (settled 2026-12-08)
    d.ev("Two citizens who worked for a foreign embassy", "detention_or_arrest", "2001")
    d.fig("Two citizens who worked for a foreign embassy", 2, "embassy employees detained since 2001")

    # --- 1.e ---
    d.sec("1.e")
    d.ev("elections were held throughout the country", "election_or_referendum", Y)
    d.fig("elections were held throughout the country", 700, "village courts staffed",
          "approximately")
    d.ev("reduced to three benches in 2003", "other", "2003")
    d.ev("reduced to three benches in 2003", "other", Y)
    d.fig("reduced to three benches in 2003", 3, "High Court benches in 2003")
    d.fig("reduced to three benches in 2003", 7, "High Court benches restored")
    d.fig("The judicial system had three parts", 3, "parts of the judicial system")
    d.prov("sums of less than approximately $7,400", "threshold", 7400, "USD",
           "less than approximately $7,400", "jurisdiction of community and subregional courts")
    d.prov("sums of less than approximately $7,400", "threshold", 100000, "ERN",
           "100,000 nakfa", "jurisdiction of community and subregional courts")
    d.prov("panels of three judges heard cases", "requirement", 1, "judges",
           "A single judge", "trial bench outside the High Court")
    d.prov("panels of three judges heard cases", "requirement", 3, "judges",
           "panels of three judges", "High Court panels")
    d.prov("punishable by more than 10 years in prison", "threshold", 10, "years",
           "more than 10 years in prison", "assignment of attorneys to indigent defendants")
    d.prov("the High Court president and four other judges", "requirement", 4, "judges",
           "four other judges", "High Court appeal panel")
    d.ev("There were no reports of political prisoners", "detention_or_arrest", Y,
         polarity="negated")

    # --- 1.f ---
    d.sec("1.f")
    d.ev("the Government monitored telephone calls", "surveillance", Y, polarity="alleged")
    d.ev("military officials seized residences", "other", Y, polarity="alleged")
    d.ev("took land from ethnic Kunama", "other", Y, polarity="negated")
    return d


# =========================================================================================
# 2011_liberia, Section 1
# =========================================================================================
def liberia() -> Doc:
    d = Doc("2011_liberia", "usdos/2011_liberia.md",
            "#### Section 1. Respect for the Integrity", "#### Section 2", 2011)
    Y = "2011"

    # --- persons ---
    d.ent("person", "Harris Williams")
    d.ent("person", "Henry Freeman")
    d.ent("person", "Tomo Allison")
    d.ent("person", "Victor Boyah", "Boyah")
    d.ent("person", "Fombah Kanneh", "Kanneh")
    d.ent("person", "Togbah Mulbah")
    d.ent("person", "Lexington Beh")

    # --- organizations ---
    d.ent("organization", "Armed Forces of Liberia", "AFL")
    d.ent("organization", "Liberia National Police", "Liberian National Police", "LNP")
    d.ent("organization", "Professional Standards Division", "PSD")
    d.ent("organization", "Inspector General's Office")
    d.ent("organization", "International Committee of the Red Cross", "ICRC")
    d.ent("organization", "Bureau of Corrections")
    d.ent("organization", "United Nations", "UN")
    d.ent("organization", "Human Rights Division")
    d.ent("organization", "Ministry of Justice")
    d.ent("organization", "National Bureau of Investigation")
    d.ent("organization", "United Nations Mission in Liberia", "UNMIL")
    d.ent("organization", "United Nations Police", "UNPOL")
    d.ent("organization", "UN Formed Police Units")
    d.ent("organization", "Police Support Unit", "PSU")
    d.ent("organization", "Emergency Response Unit", "ERU")
    d.ent("organization", "Fast Track Court")
    d.ent("organization",
          "Community Court of Justice of the Economic Community of West African States")

    # --- places ---
    d.ent("place", "Harper")
    d.ent("place", "Gbarnga")
    d.ent("place", "Montserrado County")
    d.ent("place", "Monrovia")
    # Facilities, not organizations or places; the towns naming the facilities of a list are no
    # place mentions (settled convention, "the Arvel and Dunmore prisons"; round 2026-12-07-09)
    d.not_entity("Monrovia Central Prison", "Roberts International Airport",
                 "Antoinette Tubman Sports Stadium",
                 "Buchanan, Fishtown, Gbarnga, Harper, Kakata, Robertsport, Tubmanburg, and Voinjama facilities")

    # --- 1.a ---
    d.sec("1.a")
    # Negated political killings and reported arbitrary killings: one sentence, one record.
    d.ev("did not commit any politically motivated killings", "killing", Y, polarity="negated")
    d.ev("allegedly killed Henry Freeman", "killing", "2011-07-05", polarity="alleged")
    d.ev("The soldier was arrested", "detention_or_arrest", Y)
    d.ev("There were reports of ritualistic killings", "killing", Y, polarity="alleged")
    d.ev("On June 17, nine suspects", "release", "2011-06-17")
    d.ev("On June 17, nine suspects", "killing", "2009", place="Harper")
    d.fig("On June 17, nine suspects", 9, "suspects released on bail")

    # --- 1.b ---
    d.sec("1.b")
    d.ev("no reports of politically motivated disappearances", "other", Y,
         polarity="negated")

    # --- 1.c ---
    d.sec("1.c")
    d.ev("In May a customs official", "detention_or_arrest", "2011-05")
    d.ev("Five AFL soldiers were relieved", "dismissal", Y, place="Gbarnga")
    d.ev("Five AFL soldiers were relieved", "torture_or_abuse", "2011-07", polarity="alleged",
         place="Gbarnga")
    d.fig("Five AFL soldiers were relieved", 5, "soldiers relieved of their positions")
    d.ev("conducted performance appraisals", "other", Y)
    d.ev("The PSD drafted an anticorruption strategy", "other", Y)
    d.ev("The policy was submitted to the Inspector", "other", Y)
    d.ev("On February 13, LNP Commander", "torture_or_abuse", "2011-02-13", polarity="alleged")
    d.ev("Kanneh was filming alleged police brutality", "torture_or_abuse", Y, polarity="alleged")
    d.ev("Boyah publicly apologized", "other", "2011-02-17")
    d.ev("On April 4, jurors acquitted", "acquittal", "2011-04-04")
    # a person not in the actor's custody or control: attack_or_threat (settled 2026-12-08)
    d.ev("On April 4, jurors acquitted", "attack_or_threat", "2010-07")
    d.fig("On April 4, jurors acquitted", 7, "alleged accomplices acquitted")
    d.fig("the country’s 15 prisons and detention centers", 15, "prisons and detention centers")
    d.ev("the Bureau of Corrections undertook rehabilitation", "other", Y)
    d.ev("approximately 20 prisoner and detainee deaths", "death_in_custody", Y,
         source="Bureau of Corrections")
    d.fig("approximately 20 prisoner and detainee deaths", 20, "prisoner and detainee deaths",
          "approximately", source="Bureau of Corrections")
    d.fig("half the country’s 1,601 prisoners", 0.5,
          "share of prisoners held at Monrovia Central Prison", source="Bureau of Corrections")
    d.fig("half the country’s 1,601 prisoners", 1601, "prisoners in the country",
          source="Bureau of Corrections")
    d.fig("more than twice its capacity", 2, "occupancy of Monrovia Central Prison",
          "more than", unit="times")  # multiples: unit "times" (2026-12-08)
    d.fig("The total prison capacity was 1,164", 1164, "total prison capacity (persons)")
    d.fig("The total prison capacity was 1,164", 52, "women prisoners")
    d.fig("The total prison capacity was 1,164", 44, "juvenile prisoners")
    d.ev("visited prisons to monitor conditions during the year", "other", Y)
    d.ev("The ICRC visited all 15 prisons", "other", Y, source="ICRC")
    d.fig("The ICRC visited all 15 prisons", 15, "prisons and detention centers visited")

    # --- 1.d ---
    d.sec("1.d")
    d.fig("An estimated 7,775 United Nations Mission", 7775, "UNMIL peacekeepers",
          "approximately")
    d.fig("An estimated 7,775 United Nations Mission", 1303, "UNPOL officers", "approximately")
    d.fig("Approximately 459 UNPOL advisors", 459, "UNPOL advisors", "approximately")
    d.fig("Approximately 459 UNPOL advisors", 844, "officers in Formed Police Units",
          "approximately")
    d.fig("Approximately 459 UNPOL advisors", 140, "officers per formed police unit")
    d.ev("On April 11, the president convened", "investigation", "2011-04-11")
    d.ev("On April 11, the president convened", "protest", "2011-03-22")
    d.ev("Students demonstrated in support", "protest", Y)
    d.ev("The task force recommended the deputy director", "other", Y)
    d.ev("On August 1, the president suspended", "dismissal", "2011-08-01")
    # training received, simple past, no frequency: an event of the year (settled 2026-12-08)
    d.ev("The ERU received specialized training", "other", Y)
    d.prov("either be charged or released within 48 hours", "time_limit", 48, "hours",
           "within 48 hours", "charge or release of detainees")
    d.fig("An estimated 79 percent of prisoners", 79, "prisoners who were pretrial detainees",
          "approximately", unit="percent")
    d.fig("An estimated 79 percent of prisoners", 594, "detainees released by the Fast Track Court")
    d.ev("An estimated 79 percent of prisoners", "release", Y)

    # --- 1.e ---
    d.sec("1.e")
    d.ev("Training Program for 61 university graduates", "other", "2011-07")
    d.fig("Training Program for 61 university graduates", 61, "graduates in magistrates training")
    d.ev("There were no reports of political prisoners or detainees", "detention_or_arrest", Y,
         polarity="negated")
    d.ev("opened in Monrovia in July", "other", "2011-07", place="Monrovia")
    return d


# kazakhstan-2022.jsonl is written by build_whole_gold_kz.py, which takes Section 1's
# decisions from ``kazakhstan`` above and adds the sections annotated since.
DOCS = {"2004_eritrea": eritrea, "2011_liberia": liberia}


def main(argv: list[str], docs: dict | None = None) -> None:
    """Write the gold files of ``docs`` (default: this file's), or of the stems named in
    ``argv``; ``--show`` also prints each record's evidence. Every builder's entry point."""
    show = "--show" in argv
    only = [a for a in argv if not a.startswith("--")]
    for stem, build in (docs or DOCS).items():
        if only and stem not in only:
            continue
        print(build().write(show=show))


if __name__ == "__main__":
    main(sys.argv[1:])
