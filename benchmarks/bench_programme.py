"""Wall time of reading a programme document: the 50-page Talland OER of shared/programmes.

Times, median of 5 runs after a warm-up, ``bcp_analysis.readers.load_programme`` on the OER
(characters with their fonts, rules, the tables of onderdelen over page breaks, the codes and
their titles) and the audit of it (the text read a second time, every code held against the
Programme). Budget: reading the OER in under 2 s. The document lies in ``shared/programmes``
beside the checkout (or the folder BCP_PROGRAMMES_DIR names).
Run: ``.venv/bin/python benchmarks/bench_programme.py``.
"""

import os
import statistics
import sys
import time
from pathlib import Path

from bcp_analysis.audit.programme import audit_programme
from bcp_analysis.readers import load_programme

RUNS = 5
BUDGET_SECONDS = 2.0
SHARED = Path(os.environ.get("BCP_PROGRAMMES_DIR", Path(__file__).resolve().parents[2] / "shared" / "programmes"))
OER = SHARED / "talland-25870-oer.pdf"


def _median(function):
    function()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    if not OER.exists():
        print(f"{OER} ontbreekt: zet shared/programmes naast de checkout of geef BCP_PROGRAMMES_DIR")
        return 1
    programme = load_programme(OER)
    reading = _median(lambda: load_programme(OER))
    audit = _median(lambda: audit_programme(OER, programme))
    print(f"Talland OER (50 pagina's): {len(programme.werkprocessen)} werkprocessen, "
          f"{len(programme.onderdelen)} onderdelen, {len(programme.dekking)} koppelingen")
    print(f"  lezen (load_programme):  {reading:.2f} s (budget {BUDGET_SECONDS:.0f} s)")
    print(f"  controle (audit):        {audit:.2f} s")
    return 0 if reading <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
