"""Start-up cost of ``import bcp_analysis`` against ``import pandas``.

Each import runs in a fresh interpreter (``python -X importtime`` would disturb it, so the
wall time of the import statement is measured inside the child), 15 times after one
warm-up run that fills the file-system cache; the medians are compared. Budget:
``import bcp_analysis`` within 1.1× ``import pandas``. Also printed: the first use of
``load_profile``, which imports what reading a profile needs.
Run: ``.venv/bin/python benchmarks/bench_import.py``.
"""

import statistics
import subprocess
import sys

RUNS = 15
BUDGET = 1.1

_TIMER = ("import time; started = time.perf_counter(); {statement}; "
          "print(time.perf_counter() - started)")


def _median_seconds(statement):
    command = [sys.executable, "-c", _TIMER.format(statement=statement)]
    subprocess.run(command, check=True, capture_output=True)  # warm-up
    times = [float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
             for _ in range(RUNS)]
    return statistics.median(times)


def main():
    pandas = _median_seconds("import pandas")
    package = _median_seconds("import bcp_analysis")
    loader = _median_seconds("import bcp_analysis; bcp_analysis.load_profile")
    ratio = package / pandas
    print(f"import pandas:        {pandas * 1000:7.1f} ms (mediaan van {RUNS})")
    print(f"import bcp_analysis:  {package * 1000:7.1f} ms = {ratio:.2f}x pandas "
          f"(budget {BUDGET}x: {'gehaald' if ratio <= BUDGET else 'NIET gehaald'})")
    print(f"  + bcp_analysis.load_profile opgezocht: {loader * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
