"""Wall time of extracting the bundled profile from its PDF text.

Times ``extract_text`` on data/raw/junior-accountmanager-2010.txt: 30 runs after one
warm-up run, median in ms. Target: under 50 ms. The run is also timed with the
name-matching caches emptied before each run, which is what a first extraction in a fresh
process costs. Run: ``.venv/bin/python benchmarks/bench_extract.py``.
"""

import statistics
import time

from bcp_analysis.readers import bcp_text as extract
from bcp_analysis.readers.bcp_text import columns
from bcp_analysis.paths import BUNDLED_RAW

RUNS = 30
TARGET_MS = 50.0


def _time(text, clear_caches):
    times = []
    for _ in range(RUNS):
        if clear_caches:
            columns.classify_fragment.cache_clear()
            columns._normal.cache_clear()
        started = time.perf_counter()
        extract.extract_text(text, source=str(BUNDLED_RAW))
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main():
    text = BUNDLED_RAW.read_text(encoding="utf-8")
    extract.extract_text(text)  # warm-up: imports, reference files, compiled patterns
    warm = _time(text, clear_caches=False)
    cold = _time(text, clear_caches=True)
    print(f"extractie van {BUNDLED_RAW.name} ({len(text.splitlines())} regels), mediaan van {RUNS} runs:")
    print(f"  {warm:.1f} ms (doel < {TARGET_MS:.0f} ms: {'gehaald' if warm < TARGET_MS else 'NIET gehaald'})")
    print(f"  {cold:.1f} ms met lege caches voor het herkennen van namen")


if __name__ == "__main__":
    main()
