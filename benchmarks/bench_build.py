"""Wall time of a full build and of the test suite, beside the floor they cannot beat.

The floor is what every notebook costs before it computes anything: starting a kernel and
importing pandas, matplotlib and networkx once per notebook. Target: the build within
2x that floor. Run: ``.venv/bin/python benchmarks/bench_build.py``.
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from bcp_analysis.outputs.build import build, notebooks, run_notebook
from bcp_analysis.paths import PROJECT_DIR


def _floor():
    cell = nbformat.v4.new_code_cell("import pandas, matplotlib, matplotlib.pyplot, networkx")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vloer.ipynb"
        nbformat.write(nbformat.v4.new_notebook(cells=[cell]), path)
        started = time.perf_counter()
        for _ in notebooks():
            run_notebook(path)  # the kernel set-up the build uses, one kernel per notebook
        return time.perf_counter() - started


def _build():
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        build(out=folder, log=lambda line: None)
        return time.perf_counter() - started


def _tests():
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=PROJECT_DIR,
                   check=True, capture_output=True)
    return time.perf_counter() - started


def main():
    floor = _floor()
    build_time = _build()
    print(f"notebooks: {len(notebooks())}")
    print(f"floor (kernel start + imports, per notebook): {floor:.1f} s")
    print(f"full build: {build_time:.1f} s  = {build_time / floor:.2f} x floor (target <= 2)")
    if "--no-tests" not in sys.argv:
        test_time = _tests()
        print(f"test suite: {test_time:.1f} s  = {test_time / floor:.2f} x floor")


if __name__ == "__main__":
    main()
