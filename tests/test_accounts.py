"""store/accounts.py: the password check of an unknown user costs what a known user's does,
and no process pays for an argon2 hash it never uses (a cold ``rightsledger ask``)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from rightsledger import Ledger
from rightsledger.errors import Code, RightsledgerError
from rightsledger.store import accounts


def test_an_unknown_user_and_a_wrong_password_get_the_same_answer(tmp_path):
    ledger = Ledger(str(tmp_path / "a.db"))
    ledger.add_user("amira", "admin", "longenough")
    assert ledger.login("amira", "longenough").name == "amira"
    for name, password in (("amira", "wrong password"), ("nobody", "longenough")):
        with pytest.raises(RightsledgerError) as err:
            ledger.login(name, password)
        assert err.value.code is Code.BAD_LOGIN
    # the unknown name was checked against a real argon2 hash, made once
    assert accounts._dummy_hash().startswith("$argon2id$") and accounts._dummy_hash.cache_info().currsize == 1


def test_importing_the_cli_makes_no_password_hash():
    out = subprocess.run([sys.executable, "-c", (
        "import rightsledger.cli, rightsledger.store.accounts as a; "
        "print(a._dummy_hash.cache_info().currsize)")], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
