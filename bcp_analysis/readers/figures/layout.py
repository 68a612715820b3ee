"""The layout of a labour-market section: its source line, paragraphs, headings, tables and sentences."""

import bisect
import dataclasses
import functools
import re

from bcp_analysis.dutch import fold
from bcp_analysis.readers.hyphenation import join_lines as join_text

__all__: list[str] = []  # nothing of it is used outside its layer

_BULLET = re.compile(r"^\s*(?:[-*•·«»+\u2013\u2022\u25aa]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)")
CELLS = re.compile(r"\t+|\s{2,}")
CAPITAL = re.compile(r"[A-ZÀ-Ý]")
_NUMERIC_CELL = re.compile(r"[+\-\u2212]?\s?\d+(?:[.,]\d+)*\s?%?(?:\s*(?:-|\u2013)\s*\d{4})?(?:\s*\(?prognose\)?)?",
                           re.IGNORECASE)
_SOURCE = re.compile(r"^\s*bron(?:nen)?\b\s*(?::\s*(?P<rest>.*))?$", re.IGNORECASE)
_ABBREVIATIONS = {"ca", "bijv", "bv", "b.v", "o.a", "ong", "resp", "nr", "t.o.v", "m.b.t", "jan", "feb", "aug",
                  "sept", "sep", "okt", "nov", "dec", "e.a", "vs", "mln", "mld", "d.w.z", "z.g"}
_SENTENCE_END = re.compile(r"[.!?]\s+")


@functools.lru_cache(maxsize=4096)
def _fold_char(char):
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower()


def fold_same_length(text):
    """Accent-free lower case of the same length as ``text`` (positions stay valid)."""
    if text.isascii():
        return text.lower()
    return text.translate({ord(char): _fold_char(char) for char in set(text) if not char.isascii() or char.isupper()})


@dataclasses.dataclass
class Text:
    """A stretch of prose joined from lines, with the line of every character.

    Attributes
    ----------
    text : str
        The lines joined.
    starts, regels : list of int
        Where each line starts in ``text``, and its line number.
    lines : dict of int to str
        The section's lines by number, as printed (for the unplaced numbers).
    folded : str
        ``text`` folded by :func:`fold_same_length`.
    """

    text: str
    starts: list
    regels: list
    lines: dict
    folded: str = ""

    def regel(self, position):
        """The line number of the character at ``position``."""
        return self.regels[bisect.bisect_right(self.starts, position) - 1]


def join_lines(numbered_lines, lines):
    """Join ``(regel, line)`` pairs with spaces; a word split at a line end ("ECABO-" / "domein", "ontwikke‐" /
    "lingen") as :func:`bcp_analysis.readers.hyphenation.join_lines` puts it back together."""
    text, starts, regels = "", [], []
    for regel, line in numbered_lines:
        line = line.strip()
        text = join_text(text, line) if text and line else text + line
        starts.append(len(text) - len(line))
        regels.append(regel)
    return Text(text, starts, regels, lines, fold_same_length(text))


# --- the source line ------------------------------------------------------------------------

def split_source(lines):
    """Return the prose lines and the section's source ("" when it names none), "Bron" left out."""
    prose, parts, index = [], [], 0
    while index < len(lines):
        match = _SOURCE.match(lines[index][1])
        if match and (match.group("rest") is not None or index + 1 < len(lines)):
            pieces, index = _source_pieces(lines, index, match)
            parts.append("; ".join(piece.rstrip(";") for piece in pieces if piece))
            continue
        prose.append(lines[index])
        index += 1
    return prose, "; ".join(part for part in parts if part)


def _source_pieces(lines, index, match):
    """The pieces of the source opened on line ``index``, and the index of the line after it."""
    rest = (match.group("rest") or "").strip()
    pieces = [rest] if rest else []
    index += 1
    while index < len(lines) and lines[index][1].strip():
        item = lines[index][1].strip()
        if _BULLET.match(item):
            pieces.append(_BULLET.sub("", item, count=1).strip())
        else:
            pieces[-1:] = [join_text(pieces[-1], item) if pieces else item]
        index += 1
    return pieces, index


# --- paragraphs, headings and tables ------------------------------------------------------

def _is_table_line(line):
    """Cells apart by a tab or 2+ spaces, every cell after the first a number or a year."""
    cells = [cell for cell in CELLS.split(line.strip()) if cell]
    return len(cells) >= 2 and all(_NUMERIC_CELL.fullmatch(cell) for cell in cells[1:])


def _is_heading(lines, index):
    """A short line without closing punctuation between blank lines or sentences."""
    line = lines[index][1].strip()
    before = lines[index - 1][1].strip() if index else ""
    if not _may_be_heading(line, before):
        return False
    if line.endswith("?"):
        return True
    if line[-1] in ".,;:!)" or _is_table_line(lines[index][1]):
        return False
    after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    return (not before or before[-1] in ".!?:") and (not after or bool(CAPITAL.match(after)))


def _may_be_heading(line, before):
    """A line that is no bullet, at most ten words, capitalised unless a blank line is before it."""
    if not line or _BULLET.match(line) or len(line.split()) > 10:
        return False
    return not before or bool(CAPITAL.match(line))


class _Paragraphs:
    """Collects the units of the paragraphs: ("heading", (regel, line)), ("text", lines), ("table", lines)."""

    def __init__(self):
        self.paragraphs, self.units, self.text, self.table = [], [], [], []

    def flush_text(self):
        if self.text:
            self.units.append(("text", list(self.text)))
            self.text.clear()

    def flush_table(self):
        if self.table:
            self.units.append(("table", list(self.table)))
            self.table.clear()

    def end_paragraph(self):
        self.flush_text()
        self.flush_table()
        if self.units:
            self.paragraphs.append(list(self.units))
            self.units.clear()


def blocks(lines):
    """Group prose lines into paragraphs of units: ("heading"|"text"|"table", payload)."""
    collected = _Paragraphs()
    for index, (regel, line) in enumerate(lines):
        if not line.strip():
            collected.end_paragraph()
        elif _is_heading(lines, index):
            collected.flush_text()
            collected.flush_table()
            collected.units.append(("heading", (regel, line.strip())))
        elif _is_table_line(line):
            collected.flush_text()
            collected.table.append((regel, line))
        else:
            collected.flush_table()
            if _BULLET.match(line):
                collected.flush_text()
                line = _BULLET.sub("", line, count=1)
            collected.text.append((regel, line))
    collected.end_paragraph()
    return collected.paragraphs


def sentences(text):
    """Split joined prose into sentences: (start, end) pairs."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text.text):
        words = text.text[max(start, match.start() - 12):match.start()].rsplit(None, 1)
        after = text.text[match.end():match.end() + 1]
        if words and words[-1].lower().rstrip(".") in _ABBREVIATIONS and match.group(0)[0] == ".":
            continue
        if after and after.islower():
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if start < len(text.text):
        spans.append((start, len(text.text)))
    return spans
