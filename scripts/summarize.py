"""Prints the run's closing line, 'total: N passed, N failed, N skipped'.

Counts come from the .NET TRX files under the first argument and from the last 'name: N passed, N failed,
N skipped' line of each further argument (a log of another test runner, e.g. the add-in's).
"""
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
SUMMARY = re.compile(r"^\w+: (\d+) passed, (\d+) failed, (\d+) skipped\s*$")

passed = failed = skipped = 0
for trx in pathlib.Path(sys.argv[1]).rglob("*.trx"):
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))

for log in sys.argv[2:]:
    path = pathlib.Path(log)
    lines = path.read_text(errors="replace").splitlines() if path.exists() else []
    found = [m for m in map(SUMMARY.match, lines) if m]
    if not found:
        print(f"{log}: no summary line; counted as one failure")
        failed += 1
        continue
    p, f, s = map(int, found[-1].groups())
    passed, failed, skipped = passed + p, failed + f, skipped + s

print(f"total: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
