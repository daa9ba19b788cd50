"""Load a script of the repository (``scripts/``, ``bench/``, a gold builder) as a module.

The scripts are files, not modules of the package: a test that checks one loads it by its path.
Sixteen tests did so with the same lines of ``importlib`` (t-house25); they call this instead.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_script(path: Path) -> ModuleType:
    """The script at ``path`` run as a module named by its stem (not put in ``sys.modules``, as
    before: each call loads it afresh)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
