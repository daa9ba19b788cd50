"""Exports of every shared report, written to a folder, and two such folders compared.

    python bench/same_exports.py write OUT_DIR [REPORT_DIR ...]   (default: ../shared/reports)
    python bench/same_exports.py compare DIR_A DIR_B

``write`` ingests the reports into a fresh SQLite database in a temporary folder and
writes, per document, ``DOC.jsonl`` (``rightsledger export --doc DOC``) and ``DOC.txt``
(the document text). ``compare`` says, file by file, whether two such folders are
byte-identical, and prints the first differing line of each file that is not, except for
the exports of test and held-out gold reports (``evaluate --save-predictions`` names them by
the gold file's stem): of those it says only that they differ, so that a rule round can
compare folders without reading the system's output on reports it must not tune on. Used to
prove that a change which should not change behaviour (a restructuring, a faster
loader) leaves every export as it was. Exit code 0 when everything is identical.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_REPORTS = ROOT.parent / "shared" / "reports"


def write(out: Path, inputs: list[Path]) -> int:
    from rightsledger import Ledger
    from rightsledger.store.export import write_jsonl

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(Path(tmp) / "same.db")
        for result in ledger.ingest(inputs):
            print(f"{result.status:9} {result.doc or '-':40} {result.path}"
                  + (f"  ({result.error})" if result.error else ""))
        for row in ledger.documents():
            doc = row["id"]
            with open(out / f"{doc}.jsonl", "w", encoding="utf-8") as fh:
                write_jsonl(ledger.export(doc), fh)
            (out / f"{doc}.txt").write_text(ledger.text(doc), encoding="utf-8")
    return 0


def unreadable_stems() -> frozenset[str]:
    """Stems of the gold files whose system output a rule round must not read: test and held-out."""
    from rightsledger.analysis.evaluation.evaluate import column_of, gold_files

    return frozenset(p.stem for p in gold_files() if column_of(p) != "dev")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    hidden = unreadable_stems()
    differ = 0
    for name in names:
        pa, pb = a / name, b / name
        if not pa.exists() or not pb.exists():
            print(f"only in {'B' if not pa.exists() else 'A'}: {name}")
            differ += 1
            continue
        if pa.read_bytes() == pb.read_bytes():
            continue
        differ += 1
        la = pa.read_text(encoding="utf-8").splitlines()
        lb = pb.read_text(encoding="utf-8").splitlines()
        n = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
        print(f"differs: {name} (line {n + 1}; {len(la)} vs {len(lb)} lines)")
        if Path(name).stem in hidden:
            print("  (a test or held-out report: its lines are not shown)")
            continue
        print(f"  A: {la[n][:300] if n < len(la) else '<end>'}")
        print(f"  B: {lb[n][:300] if n < len(lb) else '<end>'}")
    print(f"{len(names) - differ} of {len(names)} files identical")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "write":
        inputs = [Path(p) for p in argv[2:]] or [DEFAULT_REPORTS]
        return write(Path(argv[1]), inputs)
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
