"""The one catalogue of errors rightsledger reports to users.

Every error a user can meet has a code, a message template and an HTTP status. Raise
``RightsledgerError(Code.X, path=..., **fields)``; the CLI prints ``str(err)`` on one line
(no traceback), the REST API answers ``{"error": {"code", "message", "status"}}``.
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path


class Code(Enum):
    # (code, HTTP status, message template)
    EMPTY = ("E001", 422, "the file is empty")
    BINARY = ("E002", 422, "the file is binary, not a report ({detail})")
    ENCODING = ("E003", 422, "the text is not valid UTF-8 or Windows-1252 ({detail})")
    TOO_LARGE = ("E004", 413, "the file is {size:,} bytes, over the limit of {limit:,} (--max-bytes)")
    UNSUPPORTED = ("E005", 415, "unsupported format {suffix!r}: use .txt, .md, .html, .pdf or .docx")
    PDF_ENCRYPTED = ("E006", 422, "the PDF is encrypted")
    PDF_MALFORMED = ("E007", 422, "the PDF cannot be read ({detail})")
    DOCX_MALFORMED = ("E008", 422, "the DOCX cannot be read ({detail})")
    ZIP_BOMB = ("E009", 422, "the archive expands to more than {limit:,} bytes (a zip bomb?)")
    HTML_MALFORMED = ("E010", 422, "the HTML holds no report text ({detail})")
    NO_TEXT = ("E011", 422, "no text could be extracted")
    TRUNCATED = ("E012", 422, "the file is truncated ({detail})")
    TOO_MANY_PAGES = ("E013", 422, "the PDF has {pages:,} pages, over the limit of {limit:,}")
    NOT_FOUND = ("E020", 404, "no such file or folder")
    NO_DOCUMENT = ("E021", 404, "no document {doc!r} in the database")
    NO_SECTION = ("E022", 404, "document {doc!r} has no section {section!r}")
    NO_ENTITY = ("E023", 404, "no entity matches {query!r}")
    BAD_QUERY = ("E030", 400, "the search query cannot be parsed ({detail})")
    BAD_ARGUMENT = ("E031", 400, "{detail}")
    DATABASE = ("E040", 500, "the database cannot be used ({detail})")
    PIPELINE = ("E050", 500, "processing failed ({detail})")
    RATE_LIMITED = ("E060", 429, "too many requests; try again in a moment")
    PAYLOAD_TOO_LARGE = ("E061", 413, "the request body is over {limit:,} bytes")
    PDF_TOO_COMPLEX = ("E014", 422, "the PDF is too large or complex to read in time ({detail})")
    UNREADABLE = ("E015", 422, "the file cannot be read ({detail})")
    BACKUP = ("E041", 500, "backup or restore failed ({detail})")
    CANNOT_LISTEN = ("E042", 500, "cannot listen on {host}:{port} ({detail})")
    # review, corrections, audit log and accounts
    NO_RECORD = ("E024", 404, "no record {record!r} (addresses look like DOC:ev:N, DOC:fig:N, DOC:prov:N or an entity id)")
    NO_USER = ("E025", 404, "no user {name!r}")
    BAD_VALUE = ("E032", 422, "{field}: {detail}")
    REASON_REQUIRED = ("E033", 422, "every change needs a reason (--reason)")
    # rightsledger agree: two gold files of one document
    NOT_GOLD = ("E034", 422, "not a gold file: {detail}")
    GOLD_MISMATCH = ("E035", 422, "annotates another document than {other} ({key} {b!r}, not {a!r})")
    NO_OVERLAP = ("E036", 422, "its scope and the scope of {other} share no annotated range: nothing to compare")
    LOGIN_REQUIRED = ("E070", 401, "this database has users: log in first ({detail})")
    BAD_LOGIN = ("E071", 401, "wrong user name, password or token")
    SESSION_EXPIRED = ("E072", 401, "the session or token has expired: log in again")
    FORBIDDEN = ("E073", 403, "{user!r} is a {role}; this needs an {needed} (or an admin)")
    CSRF = ("E074", 403, "the form's CSRF token is missing or wrong: reload the page and try again")
    VERSION_CONFLICT = ("E075", 409, "{record!r} changed since you opened it (your version {yours}, now {current}): reload it and apply your change again")
    USER_EXISTS = ("E076", 409, "user {name!r} exists already")
    FIRST_USER_ADMIN = ("E077", 422, "the first user of a database must be an admin (--role admin): only an admin can add users")
    AUDIT_BROKEN = ("E078", 500, "the audit log is broken ({detail})")
    LOCAL_ONLY = ("E079", 403, "this database has no users, so changes are accepted only from this computer (not from {client}): add a user (rightsledger users add NAME --role admin) or start the server with --allow-remote-writes")
    NOT_A_REPORT = ("E016", 422, "not a country report ({detail})")
    NO_BODY = ("E017", 422, "the page was saved without its report text ({detail}); save the whole page again")

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def status(self) -> int:
        return self.value[1]

    @property
    def template(self) -> str:
        return self.value[2]


class RightsledgerError(Exception):
    """An error with a catalogue code; ``path`` names the file it concerns, if any."""

    def __init__(self, code: Code, path: str | Path | None = None, **fields: object) -> None:
        self.code = code
        self.path = str(path) if path is not None else None
        self.fields = fields
        try:
            message = code.template.format(**fields)
        except (KeyError, ValueError, IndexError):
            message = code.template
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)

    @property
    def status(self) -> int:
        return self.code.status

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code.code,
            "name": self.code.name,
            "message": str(self),
            "status": self.status,
        }
