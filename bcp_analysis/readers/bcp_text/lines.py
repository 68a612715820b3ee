"""The lines of a BCP text classified as page noise or content, and the ledger of where each line went."""

import collections
import dataclasses
import re

from bcp_analysis.readers.bcp_text.vocabulary import FOOTER, GLYPHS_ONLY, NOISE, PAGE_NUMBER, RUNNING_TITLE, UNPLACED
from bcp_analysis.readers.textfix import fix_text

__all__: list[str] = []  # nothing of it is used outside its layer


@dataclasses.dataclass
class Line:
    """One line of the text: its 1-based number, the raw text, the corrected and stripped text, and its
    kind of page noise (``None`` for content, ``"leeg"`` for a blank line)."""

    number: int
    raw: str
    text: str
    noise: str | None


@dataclasses.dataclass
class Ledger:
    """Where every line went: ``rows`` of (line number, kind, place), the ``unplaced`` (number, text), and
    ``werkproces_of`` the werkproces (its label) an unplaced line stood in."""

    rows: list = dataclasses.field(default_factory=list)
    unplaced: list = dataclasses.field(default_factory=list)
    werkproces_of: dict = dataclasses.field(default_factory=dict)

    def place(self, line, kind, where):
        self.rows.append((line.number, kind, where))

    def leave(self, line, text=None, werkproces=None):
        """Record a line (or the part ``text`` of it) as not placed, inside ``werkproces`` (a label) if given."""
        if werkproces is not None:
            self.werkproces_of[line.number] = werkproces
        self.rows.append((line.number, UNPLACED, ""))
        self.unplaced.append((line.number, (text if text is not None else line.raw).strip()))

    def touched(self):
        """The numbers of the lines placed or left so far."""
        return {number for number, _, _ in self.rows}


def read_lines(text, ledger, known_noise=None):
    """Split a text into lines, mark page noise in the ledger; return (lines, the title of the running footer).

    A running footer repeats on every page; a 'BCP ...' line that occurs once is text.
    ``known_noise`` ({line number: kind}) marks lines the caller already knows to be page
    noise, such as the running headers a PDF reader found by their position.
    """
    known_noise = known_noise or {}
    text = text.lstrip("\ufeff")
    raws = text.splitlines()
    # Corrections never add or remove a line break, so the fixed text lines up with the raw one.
    fixed = fix_text(text).splitlines()
    lines = []
    for number, (raw, fixed_line) in enumerate(zip(raws, fixed), start=1):
        stripped = fixed_line.strip()
        lines.append(Line(number, raw, stripped, known_noise.get(number) or _noise(stripped)))
    footers = collections.Counter(_unnumbered(line.text) for line in lines
                                  if line.noise == "voettekst" and FOOTER.match(line.text))
    for line in lines:
        if line.noise == "voettekst" and line.number not in known_noise and footers[_unnumbered(line.text)] < 2:
            line.noise = None
    _numbered_running_lines(lines)
    footers = collections.Counter({text: count for text, count in footers.items() if count >= 2})
    footer_title = (re.sub(r"\s+\d{1,3}$", "", footers.most_common(1)[0][0][4:]).strip() if footers else None)
    if footer_title is None:
        # A running header or footer that a PDF reader found may name the occupation too.
        running = collections.Counter(match.group(1).strip() for line in lines if line.number in known_noise
                                      if (match := RUNNING_TITLE.match(line.text)))
        footer_title = running.most_common(1)[0][0] if running else None
    if footer_title is None:
        footer_title = _title_page(lines)
    for line in lines:
        if line.noise not in (None, "leeg"):
            ledger.place(line, NOISE, line.noise)
    return lines, footer_title


# Headings that carry a number of their own: never a running line.
_NUMBERED_HEADING = re.compile(r"^(?:Kerntaak|Werkprocess?en?\b|Werkproces|Bijlage|Hoofdstuk|Paragraaf|Tabel|Figuur)\b",
                               re.IGNORECASE)


def _unnumbered(text):
    """A running line without the page number at its end: 'BCP Junior accountmanager 12' -> '... accountmanager'."""
    return re.sub(r"\s+\d{1,3}$", "", text)


def _numbered_running_lines(lines):
    """Mark as page noise a line that recurs with a rising page number at its end ('ECABO 2010 3', '... 4'),
    and a running title ('Beroepscompetentieprofiel Junior accountmanager') that recurs on three lines or more."""
    numbered = collections.defaultdict(list)
    titles = collections.Counter(line.text for line in lines if line.noise is None and RUNNING_TITLE.match(line.text))
    for line in lines:
        match = re.fullmatch(r"(.*\S)\s+(\d{1,3})", line.text)
        if (line.noise is None and match and not match.group(1)[-1].isdigit() and not match.group(1)[0].isdigit()
                and not _NUMBERED_HEADING.match(match.group(1))):
            numbered[match.group(1)].append((int(match.group(2)), line))
    for found in numbered.values():
        pages = [page for page, _ in found]
        if len(found) >= 3 and pages == sorted(pages) and len(set(pages)) == len(pages):
            for _, line in found:
                line.noise = "voettekst"
    for line in lines:
        if line.noise is None and titles[line.text] >= 3:
            line.noise = "kopregel"


def _noise(stripped):
    if not stripped:
        return "leeg"
    if PAGE_NUMBER.match(stripped):
        return "paginanummer"
    if GLYPHS_ONLY.match(stripped):
        return "los opsommingsteken"
    if FOOTER.match(stripped):
        return "voettekst"
    return None


def content(lines, start, stop):
    """Yield (line, blank before) for the lines with text in [start, stop) that are not page noise."""
    blank = False
    for line in lines[start:stop]:
        if line.noise is not None:
            blank = True
            continue
        yield line, blank
        blank = False


def _title_page(lines):
    """The occupation a title page names: "Beroepscompetentieprofiel" and the title on the next line (or
    after it on the same line), among the first lines of the text; None when it names none."""
    first = [line for line in lines[:40] if line.text][:6]
    for index, line in enumerate(first):
        match = re.match(r"^Beroepscompetentieprofiel\b\s*:?\s*(.*)$", line.text, re.IGNORECASE)
        if not match:
            continue
        title = match.group(1).strip() or (first[index + 1].text if index + 1 < len(first) else "")
        if title and len(title.split()) <= 8 and ":" not in title and not re.search(r"\d", title):
            return title
    return None

