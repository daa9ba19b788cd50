"""Accounts, review and corrections: the half of ``Ledger`` that changes what people see.

Every change goes through :meth:`ReviewDesk.require` (the one rule for CLI, API and web UI)
and :meth:`ReviewDesk._change`, which records it in the audit log and the change counter in
the transaction that makes it.
"""
from __future__ import annotations

import json
from typing import Any, Callable

from ..errors import Code, RightsledgerError
from ..store import Store, accounts, audit, reapply, review
from ..store.accounts import Account


class ReviewDesk:
    """Users, tokens and sessions; confirm, correct, reject, add, merge, split; the audit log."""

    store: Store

    # -- accounts -------------------------------------------------------------------------
    def has_users(self) -> bool:
        """A database without users is a single-user database: no login is asked for."""
        def ask() -> bool:
            with self.store.reading() as conn:
                return accounts.has_users(conn)

        return bool(self.store.until_change("has_users", ask))

    def require(self, actor: Account | None, role: str) -> str:
        """The name a change is recorded under, if ``actor`` may do what needs ``role``.

        Without users anyone may (recorded as ``local``); with users, LOGIN_REQUIRED
        without an actor and FORBIDDEN for a weaker role.
        """
        if not self.has_users():
            return actor.name if actor else "local"
        if actor is None:
            raise RightsledgerError(Code.LOGIN_REQUIRED, detail="a user and password, or an API token")
        if not actor.can(role):
            raise RightsledgerError(Code.FORBIDDEN, user=actor.name, role=actor.role, needed=role)
        return actor.name

    def add_user(self, name: str, role: str, password: str, actor: Account | None = None) -> Account:
        """A new user; the first one (an admin) needs no login, later ones an admin."""
        with self.store.writing() as conn:
            if accounts.has_users(conn):
                self.require(actor, "admin")
            by = actor.name if actor else "local"
            acc = accounts.add_user(conn, name, role, password, by)
            audit.append(conn, by=by, action="user:add", record=f"user:{name}", reason=f"role {role}",
                         before=None, after={"name": name, "role": role}, at=accounts.now_iso())
        return acc

    def users(self, actor: Account | None = None) -> list[dict[str, Any]]:
        if self.has_users():
            self.require(actor, "admin")
        with self.store.reading() as conn:
            return accounts.list_users(conn)

    def new_token(self, name: str, actor: Account | None = None, *, days: float | None = None) -> str:
        """A new API token for ``name`` (the user themselves or an admin); shown once, stored hashed."""
        if actor is None or actor.name != name:
            if self.has_users():
                self.require(actor, "admin")
        from datetime import timedelta

        ttl = timedelta(days=days) if days else None
        with self.store.writing() as conn:
            secret, _ = accounts.new_credential(conn, name, "token", ttl)
            audit.append(conn, by=actor.name if actor else "local", action="user:token", record=f"user:{name}",
                         reason="API token issued", before=None, after={"expires_in_days": days},
                         at=accounts.now_iso())
        return secret

    def login(self, name: str, password: str) -> Account:
        with self.store.reading() as conn:
            return accounts.check_password(conn, name, password)

    def authenticate(self, secret: str, kind: str | None = None) -> Account:
        """The account of an API token (or session id); BAD_LOGIN or SESSION_EXPIRED."""
        with self.store.reading() as conn:
            return accounts.account_for_secret(conn, secret, kind)[0]

    def new_session(self, account: Account, *, hours: float | None = None) -> tuple[str, str]:
        from datetime import timedelta

        with self.store.writing() as conn:
            secret, csrf = accounts.new_credential(
                conn, account.name, "session", timedelta(hours=hours) if hours else None)
        return secret, csrf or ""

    def session(self, secret: str) -> tuple[Account, str]:
        """(account, CSRF token) of a web session."""
        with self.store.reading() as conn:
            acc, row = accounts.account_for_secret(conn, secret, "session")
        return acc, row["csrf"] or ""

    def logout(self, secret: str) -> None:
        with self.store.writing() as conn:
            accounts.drop_credential(conn, secret)

    # -- review and corrections -----------------------------------------------------------
    def record(self, address: str, doc: str | None = None) -> dict[str, Any]:
        """One record as it is now, with its review, version, confidence and the machine's original.

        ``doc``: an entity as that document gives it (its own name, aliases and attributes, the
        reviewer's corrections applied; the machine's original is that document's form), as
        the document's export and review list show it; without ``doc``, the linked record."""
        from ..store.export import reviewed

        with self.store.reading() as conn:
            kind, rec = review.load(conn, address)
            r = review.review_of(conn, address)
        own = self._own_form(address, doc) if kind == "entity" and doc else None
        if own is not None:
            rec, machine = own
            r = {**r, "machine": machine} if r else None
        rows = {address: {**r, "machine": json.dumps(r["machine"]) if r and r["machine"] else None}} if r else {}
        out = reviewed(kind, rec, rows)
        return {"kind": kind, "record": {k: v for k, v in out.items() if k not in ("confidence", "review")},
                "review": out["review"], "confidence": out["confidence"],
                "version": review.version_of(r), "machine": (r or {}).get("machine") if r else rec,
                **({"doc": doc} if own is not None else {})}

    def _own_form(self, eid: str, doc: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """(now, machine's) of entity ``eid`` as document ``doc`` gives it, or None when ``doc``
        exports the linked record (no form of its own, or merged, split or added by a person)."""
        self.store.document(doc)  # NO_DOCUMENT for an unknown one
        now = [e for e in self.store.entities(doc=doc, ids=[eid]) if getattr(e, "own_form", False)]
        if not now:
            return None
        [machine] = self.store.entities(doc=doc, ids=[eid], corrected=False)

        def rec(e: Any) -> dict[str, Any]:
            return {"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "attributes": e.attributes}

        return rec(now[0]), rec(machine)

    def _in_doc(self, out: dict[str, Any], doc: str | None) -> dict[str, Any]:
        """A change's answer for an entity shown as document ``doc`` gives it (see :meth:`record`)."""
        if not doc or review.kind_of(out.get("id", ""))[0] != "entity":
            return out
        own = self._own_form(out["id"], doc)
        if own is None:
            return out
        return {**out, **{k: own[0][k] for k in ("name", "aliases", "attributes")}, "doc": doc}

    def _change(self, fn: Callable[..., dict[str, Any]], actor: Account | None, **kw: Any) -> dict[str, Any]:
        by = self.require(actor, "editor")
        with self.store.writing() as conn:
            out = fn(conn, by=by, at=accounts.now_iso(), **kw)
            # pages and API responses change: their ETag / Last-Modified follow this counter
            self.store.note_change(conn, "review", str(kw.get("address") or kw.get("doc") or kw.get("keep") or kw.get("entity") or "")[:200] or None)
            return out

    def correct(self, address: str, changes: dict[str, Any], reason: str,
                actor: Account | None = None, *, version: int | None = None,
                doc: str | None = None) -> dict[str, Any]:
        """Change fields of a record (``version``: refuse with VERSION_CONFLICT if it moved on).

        An entity is one referent in every report linked to it: the changed fields take the new
        value in the linked record and in every report's own forms, the fields not changed stay
        as each report gives them (docs/ARCHITECTURE.md, "Review and the per-document forms").
        ``doc``: the answer shows the entity as that report gives it (the review list's view)."""
        return self._in_doc(self._change(review.change, actor, action="correct", address=address,
                                         changes=changes, reason=reason, version=version, doc=doc), doc)

    def confirm(self, address: str, reason: str = "confirmed as extracted", actor: Account | None = None,
                *, version: int | None = None, doc: str | None = None) -> dict[str, Any]:
        return self._in_doc(self._change(review.change, actor, action="confirm", address=address, changes={},
                                         reason=reason, version=version, doc=doc), doc)

    def reject(self, address: str, reason: str, actor: Account | None = None,
               *, version: int | None = None) -> dict[str, Any]:
        return self._change(review.change, actor, action="reject", address=address, changes={},
                            reason=reason, version=version)

    def add(self, kind: str, doc: str, start: int, end: int, fields: dict[str, Any], reason: str,
            actor: Account | None = None) -> dict[str, Any]:
        """A record the machine missed, on the span ``start``–``end`` of ``doc``."""
        return self._change(review.add, actor, kind=kind, doc=doc, start=start, end=end, fields=fields,
                            reason=reason)

    def merge(self, keep: str, absorb: str, reason: str, actor: Account | None = None) -> dict[str, Any]:
        return self._change(review.merge, actor, keep=keep, absorb=absorb, reason=reason)

    def split(self, entity: str, alias: str, reason: str, actor: Account | None = None) -> dict[str, Any]:
        return self._change(review.split, actor, entity=entity, alias=alias, reason=reason)

    def history(self, address: str) -> list[dict[str, Any]]:
        """Every change of a record, oldest first: who, when, action, before, after, reason.

        An entity changed while reviewing a report (``doc=``): the entry's ``doc`` names it and
        its ``before``/``after`` carry, beside the linked record (``record``), the entity as that
        report exported it before and after (``form``)."""
        with self.store.reading() as conn:
            entries = list(audit.entries(conn, address))
            if not entries:
                review.load(conn, address)  # NO_RECORD for an unknown address
        return [{**e, "doc": e["after"].get("doc")} if isinstance(e["after"], dict) and "form" in e["after"] else e
                for e in entries]

    def audit_log(self) -> list[dict[str, Any]]:
        with self.store.reading() as conn:
            return list(audit.entries(conn))

    def audit_verify(self) -> Any:
        with self.store.reading() as conn:
            return audit.verify(conn)

    def conflicts(self, doc: str | None = None) -> list[dict[str, Any]]:
        """Corrections that matched no record after re-processing: to be resolved by a person."""
        with self.store.reading() as conn:
            return reapply.conflicts(conn, doc)

    def corrections(self, doc: str | None = None) -> list[dict[str, Any]]:
        with self.store.reading() as conn:
            return reapply.corrections(conn, doc)

    def reviews(self, doc: str | None = None) -> dict[str, dict[str, Any]]:
        """Review state by record address: {status, by, at, version} of every reviewed record
        (of ``doc`` and every entity, when ``doc`` is given). A record not in it is the machine's, version 0."""
        with self.store.reading() as conn:
            rows = review.review_rows(conn, doc)
            if doc is not None:
                rows.update({k: v for k, v in review.review_rows(conn, None).items()
                             if review.kind_of(k)[0] == "entity"})
        return {k: {"status": v["status"], "by": v["by"], "at": v["at"], "version": v["version"]}
                for k, v in rows.items()}

    def review_queue(self, *, doc: str | None = None, kind: str | None = None, section: str | None = None,
                     type: str | None = None, below: float | None = None,
                     status: str | None = "machine", limit: int | None = None) -> list[dict[str, Any]]:
        """Records to review, least confident first (``status`` None: whatever their status)."""
        from ..store.export import reviewed

        if doc:
            self.store.document(doc)
        kinds = [kind] if kind else ["event", "figure", "provision"]
        for k in kinds:
            if k not in review.KINDS:
                raise RightsledgerError(Code.BAD_VALUE, field="kind",
                                        detail=f"{k!r} is not one of: {', '.join(review.KINDS)}")
        with self.store.reading() as conn:
            reviews = review.review_rows(conn)
        items: list[dict[str, Any]] = []
        own: dict[str, dict[str, Any]] = {}
        for k in kinds:
            if k == "event":
                recs = [e.as_dict() for e in self.store.events(doc=doc, section=section, type=type,
                                                               include_rejected=True)]
            elif k == "figure":
                recs = [f.as_dict() for f in self.store.figures(doc=doc, section=section, include_rejected=True)]
            elif k == "provision":
                recs = [p.as_dict() for p in self.store.provisions(doc=doc, section=section,
                                                                   include_rejected=True)]
            else:
                ents = self.store.entities(doc=doc, type=type)
                recs = [e.as_dict() for e in ents]
                # in the report's own forms: the machine's original is that form (as in the export)
                own = {e.id: {**reviews[e.id], "machine": None} for e in ents
                       if getattr(e, "own_form", False) and e.id in reviews}
            for rec in recs:
                r = reviewed(k, rec, {**reviews, **own} if k == "entity" and rec["id"] in own else reviews)
                if status and r["review"]["status"] != status:
                    continue
                if below is not None and r["confidence"] >= below:
                    continue
                ev = rec.get("evidence") or {}
                items.append({"address": rec["id"], "kind": k, "doc": rec.get("doc", doc),
                              "section": rec.get("section"), "type": rec.get("type") or rec.get("norm"),
                              "confidence": r["confidence"], "status": r["review"]["status"],
                              "start": ev.get("start"), "text": ev.get("text") or rec.get("name"),
                              "record": rec})
        items.sort(key=lambda i: (i["confidence"], i["doc"] or "", i["start"] or 0))
        return items[:limit] if limit else items
