"""Accounts: users with a role, API tokens and web sessions.

Roles, weakest first: ``viewer`` (read), ``editor`` (review and correct), ``admin`` (users
too). Passwords are stored only as argon2id hashes (argon2-cffi). API tokens and session
ids are 256-bit random secrets shown once and stored only as their SHA-256: a secret that
cannot be guessed gains nothing from a slow hash, and a fast one keeps every API request
cheap. A database without users is a single-user database: nothing is asked of anyone.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..errors import Code, RightsledgerError
from .schema import credentials_t, users_t

ROLES = ("viewer", "editor", "admin")
RANK = {r: i for i, r in enumerate(ROLES)}
TOKEN_PREFIX = "rlt_"
SESSION_HOURS = 8
_hasher = PasswordHasher()
NAME_MAX = 64


@functools.cache
def _dummy_hash() -> str:
    """The hash an unknown user's password is verified against (the same cost as a known
    user's). Made on first use, not at import: an argon2id hash costs about 0.4 s of CPU, which
    every CLI command (a cold ``rightsledger ask``) paid for nothing."""
    return _hasher.hash("not a password")


@dataclass(frozen=True)
class Account:
    name: str
    role: str

    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def has_users(conn: Connection) -> bool:
    return conn.execute(select(users_t.c.name).limit(1)).first() is not None


def list_users(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(users_t.c.name, users_t.c.role, users_t.c.created_at,
                               users_t.c.created_by).order_by(users_t.c.name)).mappings().all()
    tokens = dict(conn.execute(select(credentials_t.c.user, func.count())
                               .where(credentials_t.c.kind == "token")
                               .group_by(credentials_t.c.user)).all())
    return [{**dict(r), "tokens": tokens.get(r["name"], 0)} for r in rows]


def get_user(conn: Connection, name: str) -> Account:
    row = conn.execute(select(users_t.c.name, users_t.c.role).where(users_t.c.name == name)).first()
    if row is None:
        raise RightsledgerError(Code.NO_USER, name=name)
    return Account(row[0], row[1])


def validate_user(name: str, role: str, password: str) -> None:
    if not name or len(name) > NAME_MAX or not all(c.isalnum() or c in "._-@" for c in name):
        raise RightsledgerError(Code.BAD_VALUE, field="name",
                                detail=f"letters, digits and . _ - @ only, 1 to {NAME_MAX} characters")
    if role not in ROLES:
        raise RightsledgerError(Code.BAD_VALUE, field="role", detail=f"{role!r} is not one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise RightsledgerError(Code.BAD_VALUE, field="password", detail="at least 8 characters")


def add_user(conn: Connection, name: str, role: str, password: str, by: str) -> Account:
    validate_user(name, role, password)
    if not has_users(conn) and role != "admin":
        raise RightsledgerError(Code.FIRST_USER_ADMIN)
    if conn.execute(select(users_t.c.name).where(users_t.c.name == name)).first():
        raise RightsledgerError(Code.USER_EXISTS, name=name)
    conn.execute(users_t.insert().values(name=name, role=role, password_hash=_hasher.hash(password),
                                         created_at=now_iso(), created_by=by))
    return Account(name, role)


def check_password(conn: Connection, name: str, password: str) -> Account:
    """The account if the password is right; BAD_LOGIN otherwise (same answer and cost for an unknown name)."""
    row = conn.execute(select(users_t.c.name, users_t.c.role, users_t.c.password_hash)
                       .where(users_t.c.name == name)).first()
    try:
        _hasher.verify(row[2] if row else _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise RightsledgerError(Code.BAD_LOGIN) from None
    if row is None:
        raise RightsledgerError(Code.BAD_LOGIN)
    return Account(row[0], row[1])


def new_credential(conn: Connection, name: str, kind: str = "token",
                   ttl: timedelta | None = None) -> tuple[str, str | None]:
    """A new API token (``kind="token"``) or web session; returns (secret, csrf). Shown once."""
    get_user(conn, name)
    cid = secrets.token_hex(4)
    secret = f"{TOKEN_PREFIX}{cid}_{secrets.token_urlsafe(32)}" if kind == "token" else secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24) if kind == "session" else None
    if kind == "session" and ttl is None:
        ttl = timedelta(hours=SESSION_HOURS)
    expires = (datetime.now(timezone.utc) + ttl).isoformat(timespec="seconds") if ttl else None
    conn.execute(credentials_t.insert().values(
        id=cid, user=name, kind=kind, secret_hash=_digest(secret), csrf=csrf,
        created_at=now_iso(), expires_at=expires))
    return secret, csrf


def account_for_secret(conn: Connection, secret: str, kind: str | None = None) -> tuple[Account, dict[str, Any]]:
    """The account a token or session id belongs to; BAD_LOGIN or SESSION_EXPIRED otherwise."""
    row = conn.execute(select(credentials_t).where(credentials_t.c.secret_hash == _digest(secret))).mappings().first()
    if row is None or (kind and row["kind"] != kind):
        raise RightsledgerError(Code.BAD_LOGIN)
    if row["expires_at"] and row["expires_at"] < now_iso():
        raise RightsledgerError(Code.SESSION_EXPIRED)
    return get_user(conn, row["user"]), dict(row)


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def is_loopback(host: str | None) -> bool:
    """True for a client on this computer (127.0.0.0/8, ::1); a name or nothing is not."""
    import ipaddress

    try:
        return ipaddress.ip_address((host or "").split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def drop_credential(conn: Connection, secret: str) -> None:
    conn.execute(credentials_t.delete().where(credentials_t.c.secret_hash == _digest(secret)))


class LoginLimiter:
    """At most ``attempts`` failed logins per client and name in ``window`` seconds (429 after).

    One instance per server (``app.state.login_limiter``), shared by the API's
    ``POST /api/session`` and the web UI's login form.
    """

    def __init__(self, attempts: int = 5, window: float = 60.0) -> None:
        self.attempts, self.window = attempts, window
        self.failures: dict[str, list[float]] = {}
        self.lock = threading.Lock()

    @staticmethod
    def key(client: str | None, name: str) -> str:
        return f"{client or '?'}|{name.lower()}"

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self.lock:
            recent = [t for t in self.failures.get(key, []) if now - t < self.window]
            self.failures[key] = recent
            if len(recent) >= self.attempts:
                raise RightsledgerError(Code.RATE_LIMITED)

    def failed(self, key: str) -> None:
        with self.lock:
            self.failures.setdefault(key, []).append(time.monotonic())

    def succeeded(self, key: str) -> None:
        with self.lock:
            self.failures.pop(key, None)
