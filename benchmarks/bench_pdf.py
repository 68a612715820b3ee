"""Wall time of reading a profile's PDF, against the PDF library's own text extraction.

Draws the bundled profile in the layout of a BCP (17 pages, with reportlab as the tests do;
tests/pdf_documents.py), then times, median of 9 runs after a warm-up:
``bcp_analysis.readers.pdf.extract_pdf`` (characters with their font, rules and cells,
columns, reading order and the text reader's section logic) and pypdfium2's plain text of
every page (the floor: what the library itself costs). Target: reading the profile under 1 s.
Run: ``.venv/bin/python benchmarks/bench_pdf.py``.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from pdf_documents import bcp_blocks, render  # noqa: E402

from bcp_analysis.paths import BUNDLED_PROFILE  # noqa: E402
from bcp_analysis.readers.pdf import extract_pdf  # noqa: E402

RUNS = 9
TARGET_SECONDS = 1.0


def _median(function):
    function()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _plain_text(path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "profiel.pdf"
        pages = render(path, bcp_blocks(yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))))
        reading = _median(lambda: extract_pdf(path))
        floor = _median(lambda: _plain_text(path))
    print(f"pdf van het gebundelde profiel, {pages} pagina's, mediaan van {RUNS} runs:")
    print(f"  profiel lezen:          {reading * 1000:7.1f} ms "
          f"(doel < {TARGET_SECONDS:.0f} s: {'gehaald' if reading < TARGET_SECONDS else 'NIET gehaald'})")
    print(f"  platte tekst (pypdfium2): {floor * 1000:5.1f} ms; verhouding {reading / floor:.1f}x")


if __name__ == "__main__":
    main()
