"""Wall time of the build: from scratch, with nothing to do, after a curriculum change; and the notebooks by hand.

Prints, each in a fresh process as a user runs it (``bcp-analysis build``, the same command
``make build`` runs):

- the rebuild with nothing to do (target <= 1 s);
- the rebuild after a change of the curriculum (only its chart and the curriculum notebook run);
- the full build into an empty folder;
- the time of running every notebook by hand, ``jupyter nbconvert --to notebook --execute``
  one after another, and the full build as a share of it (target <= 0.5).

The build goes into a temporary folder, with a copy of the example curriculum (``--curriculum``),
so nothing of the checkout changes. The machine's other load shows in every figure: run it
when the machine is quiet, and more than once. ``--no-hand`` leaves out the notebooks by
hand (the slowest part). Run: ``.venv/bin/python benchmarks/bench_build.py``.
"""

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bcp_analysis.outputs.build import notebooks
from bcp_analysis.paths import EXAMPLE_CURRICULUM

BIN = Path(sys.executable).parent


def _timed(command, **options):
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **options)
    return time.perf_counter() - started


def _build(out, curriculum, *extra):
    command = [str(BIN / "bcp-analysis"), "build", "--out", str(out), "--curriculum", str(curriculum), *extra]
    return _timed(command)


def _by_hand(folder):
    """Every notebook executed by hand, one after another, as ``jupyter nbconvert --execute`` does it."""
    total = 0.0
    for path in notebooks():
        total += _timed([str(BIN / "jupyter"), "nbconvert", "--to", "notebook", "--execute",
                         "--output-dir", str(folder), str(path)], cwd=path.parent)
    return total


def main():
    with tempfile.TemporaryDirectory(prefix="bench-build-") as folder:
        folder = Path(folder)
        curriculum = folder / "opleiding.csv"
        shutil.copyfile(EXAMPLE_CURRICULUM, curriculum)
        out = folder / "uitvoer"
        full = _build(out, curriculum)
        nothing = min(_build(out, curriculum) for _ in range(3))
        with curriculum.open("a", encoding="utf-8") as stream:
            stream.write("Extra module,1.1,oefenen\n")
        changed = _build(out, curriculum)
        again = _build(out, curriculum, "--opnieuw")
        print(f"notebooks: {len(notebooks())}")
        print(f"rebuild, nothing changed:     {nothing:6.2f} s  (best of 3; target <= 1 s)")
        print(f"rebuild, curriculum changed:  {changed:6.2f} s")
        print(f"full build, empty folder:     {full:6.2f} s  (--opnieuw on a built folder: {again:.2f} s)")
        if "--no-hand" not in sys.argv:
            hand = _by_hand(folder / "met-de-hand")
            print(f"notebooks by hand (nbconvert --execute, one by one): {hand:6.2f} s")
            print(f"full build / by hand: {full / hand:.2f}  (target <= 0.5)")


if __name__ == "__main__":
    main()
