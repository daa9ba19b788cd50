"""The house rule on private names, checked (t-house22): no module of the package imports an
underscore name from another module of the package or reaches one through an imported module by
attribute. A name another module needs is its module's interface and has no underscore. The
checker is ``tests/private_names.py`` (ast); the planted cases below show what it catches."""
from __future__ import annotations

from pathlib import Path

from .private_names import package_crossings, package_modules, private_crossings

ROOT = Path(__file__).resolve().parent.parent
MODULES = {"rightsledger.extract.entities.common", "rightsledger.extract.entities.classify",
           "rightsledger.extract.entities.places.forms",
           "rightsledger.extract.events.clause.tense", "rightsledger.analysis.evaluation.evaluate",
           "rightsledger.analysis.evaluation.scoring", "rightsledger.analysis",
           "rightsledger.analysis.evaluation", "rightsledger.analysis.training.typer_rows",
           "rightsledger.extract.numbers", "rightsledger.extract.numbers.scan",
           "rightsledger.extract.figures.build"}


def check(source: str, module: str = "rightsledger.extract.entities.classify") -> list[str]:
    return private_crossings(source, module, MODULES)


def test_no_module_takes_another_modules_private_names() -> None:
    crossings = package_crossings(ROOT / "src")
    assert not crossings, "private names used across modules (drop the underscore: they are an " \
        f"interface): {crossings}"


def test_the_checker_reads_the_whole_package() -> None:
    modules = package_modules(ROOT / "src")
    assert "rightsledger.extract.entities.common" in modules and "rightsledger.analysis" in modules
    assert len(modules) > 300


def test_a_planted_import_of_a_private_name_is_caught() -> None:
    assert check("from .common import _key\n") == [
        "1: from rightsledger.extract.entities.common import _key"]
    # over several lines, a regular expression over one line misses it
    assert check("from ..events.clause.tense import (\n    habitual,\n    _past,\n)\n") == [
        "1: from rightsledger.extract.events.clause.tense import _past"]
    assert check("from rightsledger.analysis.evaluation.scoring import _match as match\n") == [
        "1: from rightsledger.analysis.evaluation.scoring import _match"]
    # inside a function too
    assert check("def f():\n    from .common import _is_cap\n    return _is_cap\n") == [
        "2: from rightsledger.extract.entities.common import _is_cap"]


def test_a_planted_private_attribute_of_a_module_is_caught() -> None:
    src = "from ...analysis.evaluation import evaluate as ev\n\nev._match([], [], None)\nev.score([])\n"
    assert check(src) == ["3: ev._match (rightsledger.analysis.evaluation.evaluate)"]
    src = "import rightsledger.analysis.evaluation.scoring as sc\nx = sc._overlap\n"
    assert check(src) == ["2: sc._overlap (rightsledger.analysis.evaluation.scoring)"]


def test_what_the_rule_allows() -> None:
    allowed = (
        "from __future__ import annotations\n"
        "from os import _exit\n"                       # not a module of the package
        "from .common import name_key as _key\n"       # a public name under a private alias
        "from ...analysis.evaluation import evaluate as ev\n"
        "class A:\n"
        "    def f(self, store):\n"
        "        self._x()\n"                          # an object's own private attribute
        "        store._version()\n"                   # an object, not a module: not told by the source
        "        return ev.__doc__\n"                  # dunder names are not private\n
        "def _own():\n    return _own\n"               # a private name of the module itself
    )
    assert check(allowed) == []
    # a module's own private name, imported back from itself, is no crossing
    assert check("from .classify import _x\n") == []


def test_the_role_packages_of_extract_are_read() -> None:
    """t-house25 moved extract's flat modules into packages by role: the checker reads their
    modules, and a private name taken through a package that hands names on, or through its
    module bound by name, is caught like any other."""
    modules = package_modules(ROOT / "src")
    for name in ("rightsledger.extract.dates.scan", "rightsledger.extract.numbers.scan",
                 "rightsledger.extract.provisions.limits", "rightsledger.extract.lexicons.gazetteer",
                 "rightsledger.extract.embeddings.once", "rightsledger.extract.terms.penalties"):
        assert name in modules, name
    build = "rightsledger.extract.figures.build"
    assert check("from ..numbers import _atoms\n", build) == [
        "1: from rightsledger.extract.numbers import _atoms"]
    assert check("from ..numbers import scan\nscan._atoms('x')\n", build) == [
        "2: scan._atoms (rightsledger.extract.numbers.scan)"]
    assert check("from ..numbers import find_numbers\n", build) == []


def test_the_kind_packages_of_entities_are_read() -> None:
    """t-house26 moved entities' rules into packages by the kind of name they decide about (the four
    passes stay at the top): the checker reads their modules, and a private name a rule takes from
    the shared module above it, or from a sibling rule of its package, is caught like any other."""
    modules = package_modules(ROOT / "src")
    for name in ("rightsledger.extract.entities.runs.scan", "rightsledger.extract.entities.votes.local",
                 "rightsledger.extract.entities.titles.roles", "rightsledger.extract.entities.persons.slots",
                 "rightsledger.extract.entities.places.forms", "rightsledger.extract.entities.bodies.international",
                 "rightsledger.extract.entities.linking"):
        assert name in modules, name
    planted = {   # a place rule's source -> what the checker says of it
        "from ..common import _key\n": ["1: from rightsledger.extract.entities.common import _key"],
        "from .forms import _bare\n": ["1: from rightsledger.extract.entities.places.forms import _bare"],
        "from . import forms\nforms._bare('x')\n": ["2: forms._bare (rightsledger.extract.entities.places.forms)"],
        "from .forms import bare_form\n": [],
    }
    for source, said in planted.items():
        assert check(source, "rightsledger.extract.entities.places.kin") == said, source


def test_the_packages_of_analysis_are_read() -> None:
    """t-house27 grouped analysis/ by what a module serves (question time, evaluation, fitting
    models): the checker reads their modules, and a private name a training module takes from
    evaluation/ or from a sibling, by import or through the module by attribute, is caught."""
    modules = package_modules(ROOT / "src")
    for name in ("rightsledger.analysis.questions.ask", "rightsledger.analysis.questions.answers",
                 "rightsledger.analysis.evaluation.scoring", "rightsledger.analysis.training.typer_rows",
                 "rightsledger.analysis.training.detect_fit", "rightsledger.analysis.series"):
        assert name in modules, name
    planted = {   # a training module's source -> what the checker says of it
        "from ..evaluation.scoring import _match\n":
            ["1: from rightsledger.analysis.evaluation.scoring import _match"],
        "from ..evaluation import evaluate as ev\nev._match([], [], None)\n":
            ["2: ev._match (rightsledger.analysis.evaluation.evaluate)"],
        "from .typer_rows import _cache_key\n":
            ["1: from rightsledger.analysis.training.typer_rows import _cache_key"],
        "from ..evaluation.evaluate import gold_files\n": [],
    }
    for source, said in planted.items():
        assert check(source, "rightsledger.analysis.training.train") == said, source


def test_the_role_packages_of_events_are_read() -> None:
    """t-house28 grouped extract/events/ by the job a module does (types, the clause, dating, the
    undated occurrences, what is none, the learned models): the checker reads their modules, and a
    private name a rule takes from the lexicon above its package, from another package or from a
    sibling, by import or through the module by attribute, is caught."""
    modules = package_modules(ROOT / "src")
    for name in ("rightsledger.extract.events.types.triggers", "rightsledger.extract.events.clause.tense",
                 "rightsledger.extract.events.dating.dated", "rightsledger.extract.events.undated.occurrences",
                 "rightsledger.extract.events.nonevents.habits", "rightsledger.extract.events.learned.typemodel",
                 "rightsledger.extract.events.lexicon", "rightsledger.extract.events.matching"):
        assert name in modules, name
    planted = {   # a dating module's source -> what the checker says of it
        "from ..lexicon import _words\n": ["1: from rightsledger.extract.events.lexicon import _words"],
        "from ..clause.tense import _past\n": ["1: from rightsledger.extract.events.clause.tense import _past"],
        "from ..clause import tense\ntense._past(None)\n":
            ["2: tense._past (rightsledger.extract.events.clause.tense)"],
        "from .attach import _root\n": ["1: from rightsledger.extract.events.dating.attach import _root"],
        "from ..clause.tense import habitual\n": [],
    }
    for source, said in planted.items():
        assert check(source, "rightsledger.extract.events.dating.dated") == said, source
