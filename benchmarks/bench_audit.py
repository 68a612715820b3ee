"""Wall time of the audit of a document against its profile, for every format the readers take.

The profile is read once beforehand; what is timed is the audit's own reading of the source
(a text's lines, a PDF's words per page, a dossier's element texts, a YAML file's lines) and
its checks, median of 5 runs after a warm-up. The PDF is the bundled profile drawn in the
layout of a BCP (17 pages, with reportlab as the tests do; tests/pdf_documents.py). Target:
each under 1 s, so validate and extract stay quick.
Run: ``.venv/bin/python benchmarks/bench_audit.py``.
"""

import functools
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pdf_documents import bcp_blocks, render  # noqa: E402

from bcp_analysis.audit import audit_document  # noqa: E402
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW  # noqa: E402
from bcp_analysis.readers import load_profile  # noqa: E402

RUNS = 5
TARGET_SECONDS = 1.0


def _median(function):
    function()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    with tempfile.TemporaryDirectory(prefix="bcp-bench-") as folder:
        pdf = Path(folder) / "junior-accountmanager.pdf"
        render(pdf, bcp_blocks(yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))))
        documents = [("tekst (.txt)", BUNDLED_RAW, {}), ("profiel (.yaml)", BUNDLED_PROFILE, {}),
                     ("pdf, 17 pagina's", pdf, {}),
                     ("dossier (.xml), Onderwijsassistent", BUNDLED_KD, {"profiel": "Onderwijsassistent"})]
        slowest = 0.0
        for name, path, options in documents:
            profile = load_profile(path, **options)
            seconds = _median(functools.partial(audit_document, path, profile=profile, **options))
            slowest = max(slowest, seconds)
            print(f"controle van de bron, {name}: {seconds:.3f} s")
    print(f"doel: elk onder {TARGET_SECONDS:.0f} s: {'gehaald' if slowest < TARGET_SECONDS else 'NIET gehaald'}")


if __name__ == "__main__":
    main()
