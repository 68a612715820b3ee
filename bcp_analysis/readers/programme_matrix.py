"""A toetsplan or examenplan drawn as a matrix: onderdelen against werkprocessen, a mark where one examines the other.

Schools often draw the tie of their exams to the werkprocessen as a grid, in either orientation:

- **codes head the columns**: ``Onderdeel | B1-K1-W1 | B1-K1-W2 | B1-K2-W1`` (any corner label, or
  none), one row per onderdeel; the codes may be short (``W1 W2 W3``) under a row of kerntaken
  (``B1-K1 | B1-K2``), under a kerntaak in the corner or in a heading just before the table;
  columns such as Vorm, Duur, Weging or Periode beside the codes fill those fields;
- **transposed**: ``Werkproces | PvB 1 | PvB 2 | Kennisexamen`` (with or without a Titel column),
  one row per werkproces, its code first.

A mark is ``x``, ``✓``, ``•``, ``v``, ``*``, ``ja``, a number (a weging, a level) or a level's
word; an empty cell is "not examined". Each matrix becomes a ``Table`` whose records name their
werkprocessen, which :mod:`bcp_analysis.readers.programme_build` turns into onderdelen and dekking
(a level under a code is a module's niveau, ``Record.niveaus``). Nothing is guessed: a mark between
two columns, or a cell under a code that holds no mark (``zie bijlage``), is a note (``markering``);
a header of codes not readable as a matrix is a note (``tabel``).

A PDF's cells are its pieces of text with their extent (``Line.cells``, ``Line.spans``): a mark
belongs to the column whose header it stands under, and a row starts where a line stands apart
from the one above (``Line.box``). A markdown table's cells are split by its pipes. A header
repeated on a new page is skipped; a matrix runs on over page breaks while its lines fit its
columns. A matrix set out in plain spaces in a text is not read here.
"""

from __future__ import annotations

import collections
import dataclasses
import re

from bcp_analysis.model.programme import NIVEAUS, ProgrammeNote
from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.programme_layout import Record, Table, header_field

__all__: list[str] = []

_MARK = re.compile(r"^(?:[xX✓✔✗•●v*√]|ja|Ja|JA|\d{1,3}(?:[.,]\d{1,2})?\s*%?|" + "|".join(NIVEAUS) + r")$")
_LEVEL = re.compile(r"^(?:\d{1,2}(?:[.,]\d)?|" + "|".join(NIVEAUS) + r")$")
_SHORT = re.compile(r"^[Ww]\s?(\d{1,2})$")
# the first header cell of a transposed matrix, and the title column beside it
_WERKPROCES_CORNER = re.compile(r"^(?:kerntaak\s*/\s*)?(?:werkproces(?:sen)?|wp)\b", re.IGNORECASE)
_TITLE_CORNER = re.compile(r"^(?:titel|omschrijving|naam|beschrijving|werkproces)\b", re.IGNORECASE)
_EXTRA_FIELDS = {"vorm", "duur", "plaats", "weging", "periode", "soort", "code", "niveau"}
_TOLERANCE = 4.0


# a piece of a line: where it starts and ends (a PDF's points, a markdown table's column), its text
_Cell = collections.namedtuple("_Cell", "x0 x1 text")


@dataclasses.dataclass
class _Column:
    """A column: its header's extent, its kind (name, titel, field, code, onderdeel) and key (field, code, name)."""

    x0: float
    x1: float
    kind: str
    key: str = ""
    pagina: int | None = None
    regel: int | None = None


@dataclasses.dataclass
class Matrices:
    """What :func:`read_matrices` read: tables, the codes of the matrices with their place, titles, notes.

    Attributes
    ----------
    tables : list of Table
        One table per matrix, one record per onderdeel (its werkprocessen in the field ``werkprocessen``).
    codes : list of tuple
        ``(CodeHit, pagina, regel)`` of every code a matrix prints, where it is printed.
    titles : dict
        ``{werkproces_id: titel}`` of a transposed matrix's rows.
    lines : set
        ``(pagina, regel)`` of the lines read as matrices.
    notes : list of ProgrammeNote
        Marks that could not be placed, and headers of codes not readable as a matrix.
    suspects : list of ProgrammeNote
        Lines that look like a header of codes whose cells are unknown (a text set in spaces) or no matrix's.
    """

    tables: list = dataclasses.field(default_factory=list)
    codes: list = dataclasses.field(default_factory=list)
    titles: dict = dataclasses.field(default_factory=dict)
    lines: set = dataclasses.field(default_factory=set)
    notes: list = dataclasses.field(default_factory=list)
    suspects: list = dataclasses.field(default_factory=list)


def line_cells(line):
    """The cells of a line: a markdown row's cells by their pipes (x = the column's number), a PDF line's pieces
    with their extent; None for a text's line of any other kind (its columns are not known).

    >>> from bcp_analysis.readers.programme_layout import Line
    >>> [(cell.x0, cell.text) for cell in line_cells(Line(None, 1, "| | B1-K1-W1 | x |"))]
    [(1, 'B1-K1-W1'), (2, 'x')]
    >>> line_cells(Line(None, 1, "Onderdeel  B1-K1-W1")) is None
    True
    """
    text = line.text.strip()
    if len(text) >= 2 and text[0] == "|" and text[-1] == "|":
        return [_Cell(index, index + 0.5, part.strip()) for index, part in enumerate(text[1:-1].split("|"))
                if part.strip()]
    if not line.spans:
        return None
    return [_Cell(x0, x1, piece) for (x0, piece), (_, x1) in zip(line.cells, line.spans) if piece.strip()]


def _markdown(line):
    return line.text.strip().startswith("|")


def _one_code(text):
    """The code a cell is, where it is one code and nothing else (a read one, no range): a CodeHit, else None."""
    hits = find_codes(text.strip())
    if len(hits) != 1 or hits[0].problem or hits[0].start != 0 or hits[0].end != len(text.strip()):
        return None
    return hits[0]


def _starting_code(text, kerntaak):
    """The code a cell starts with (a short ``W1`` under the kerntaak of the rows above) and the text after it."""
    hits = [hit for hit in find_codes(text.strip(), kerntaak=kerntaak or None) if not hit.problem]
    if not hits or hits[0].start != 0 or sum(hit.start == 0 for hit in hits) > 1:
        return None, ""
    return hits[0], text.strip()[hits[0].end:].strip(" \t-–:,.")


def _corner_like(text):
    """Whether a header cell can be a matrix's corner: a few words, no number, or a name's header word."""
    field = header_field(text)
    if field in ("onderdeel", "module"):
        return True
    return field is None and len(text.split()) <= 3 and not re.search(r"\d", text)


# --- the header --------------------------------------------------------------------------------

def _code_columns(cells, above_kerntaken, heading_kerntaak):
    """The columns of a header whose cells are codes, or None when the cells are no such header.

    ``above_kerntaken``: [(cell, hit)] of the kerntaken on the line above; ``heading_kerntaak``: the
    kerntaak a heading before the table names.
    """
    columns, shorts = [], []
    for number, cell in enumerate(cells):
        hit = _one_code(cell.text)
        short = _SHORT.match(cell.text.strip())
        if hit is not None and hit.werkproces_id:
            columns.append(_Column(cell.x0, cell.x1, "code", hit.werkproces_id))
        elif short:
            shorts.append(len(columns))
            columns.append(_Column(cell.x0, cell.x1, "code", f"W{int(short.group(1))}"))
        elif number == 0 and (hit is not None or _corner_like(cell.text)):
            columns.append(_Column(cell.x0, cell.x1, "name", header_field(cell.text) or "onderdeel"))
            heading_kerntaak = hit.kerntaak_id if hit is not None else heading_kerntaak
        elif header_field(cell.text) in _EXTRA_FIELDS:
            columns.append(_Column(cell.x0, cell.x1, "field", header_field(cell.text)))
        else:
            return None
    if sum(column.kind == "code" for column in columns) < 2 or (shorts and len(shorts) != sum(
            column.kind == "code" for column in columns)):
        return None
    if shorts and not _place_shorts([columns[index] for index in shorts], above_kerntaken, heading_kerntaak):
        return "kerntaak"
    return columns


def _place_shorts(columns, above, heading):
    """Give short codes (W1, W2, W1, ...) their kerntaak: from the row of kerntaken above them (a new kerntaak where
    the number starts again), else from the corner or a heading; False where that cannot be told."""
    groups = [[columns[0]]]
    for column in columns[1:]:
        if int(column.key[1:]) <= int(groups[-1][-1].key[1:]):
            groups.append([])
        groups[-1].append(column)
    if above:
        if len(above) != len(groups):
            return False
        for group, (cell, _) in zip(groups, above):
            if cell.x1 < group[0].x0 - _TOLERANCE or cell.x0 > group[-1].x1 + _TOLERANCE:
                return False   # the kerntaak stands over other columns than these
        kerntaken = [hit.kerntaak_id for _, hit in above]
    elif heading and len(groups) == 1:
        kerntaken = [heading]
    else:
        return False
    for group, kerntaak in zip(groups, kerntaken):
        for column in group:
            column.key = f"{kerntaak}-{column.key}"
    return True


def _kerntaak_row(cells):
    """[(cell, hit)] of a row of kerntaken above short codes (its other cells a corner or header words), or []."""
    found = []
    for number, cell in enumerate(cells):
        hit = _one_code(cell.text)
        if hit is not None and not hit.werkproces_id:
            found.append((cell, hit))
        elif not (number == 0 and _corner_like(cell.text)) and header_field(cell.text) not in _EXTRA_FIELDS:
            return []
    return found


def _onderdeel_name(text):
    """Whether a header cell names an onderdeel ("PvB 1", "Module 2"), not a table's column (Vorm, Weging, Examen)."""
    if find_codes(text) or len(text.split()) > 6:
        return False
    field = header_field(text)
    return field is None or field in ("module", "onderdeel") and len(text.split()) > 1


def _transposed_columns(cells):
    """The columns of a transposed matrix's header (Werkproces | [Titel] | onderdelen ...), or None."""
    corner = cells[0].text.strip()
    if len(cells) < 3 or not (_WERKPROCES_CORNER.match(corner) or corner.casefold() == "code"
                              and _TITLE_CORNER.match(cells[1].text.strip())):
        return None
    columns = [_Column(cells[0].x0, cells[0].x1, "name", "werkproces")]
    rest = cells[1:]
    if _TITLE_CORNER.match(rest[0].text.strip()):
        columns.append(_Column(rest[0].x0, rest[0].x1, "titel"))
        rest = rest[1:]
    if len(rest) < 2 or not all(_onderdeel_name(cell.text) for cell in rest):
        return None
    return columns + [_Column(cell.x0, cell.x1, "onderdeel", cell.text.strip()) for cell in rest]


# --- the cells of a row -----------------------------------------------------------------------

def _placed(cell, columns, markdown):
    """(column, problem) of a cell: the column it stands in and "" , or (None, why) where it stands between two
    columns; (None, None) for text that runs across columns (no row of the matrix)."""
    if markdown:
        found = [column for column in columns if column.x0 == cell.x0]
        if found:
            return found[0], ""
        return None, "staat buiten de kolommen van de tabel"
    if cell.x0 < columns[0].x0 - _TOLERANCE:
        if columns[0].kind == "name" and cell.x1 <= columns[1].x0 + 2.0:
            return columns[0], ""
        return None, None
    number = max(index for index, column in enumerate(columns) if column.x0 - _TOLERANCE <= cell.x0)
    column = columns[number]
    following = columns[number + 1] if number + 1 < len(columns) else None
    crosses = following is not None and cell.x1 > following.x0 + 2.0
    if column.kind in ("code", "onderdeel"):
        under = cell.x0 <= column.x1 + _TOLERANCE and cell.x1 >= column.x0 - _TOLERANCE
        if crosses or not under:
            return (None, "staat tussen twee kolommen") if _MARK.match(cell.text) else (None, None)
    elif crosses:
        return None, None
    return column, ""


def _row_cells(cells, columns, markdown):
    """{column index: [text]} of a line, notes [(text, why)]; None when the line is no row of the matrix."""
    found, strays = {}, []
    for cell in cells:
        column, problem = _placed(cell, columns, markdown)
        if problem is None:
            return None, []
        if column is None:
            strays.append((cell.text, problem))
            continue
        found.setdefault(columns.index(column), []).append(cell.text)
    return found, strays


_STRAY = ("deze markering is aan geen kolom van de matrix toe te wijzen ({why}); er is geen werkproces bij "
          "gelezen: kijk in het document onder welk werkproces of onderdeel hij hoort")
_NO_MARK = ("deze cel van de matrix ({where}) bevat geen markering (x, ✓, ja of een getal) maar tekst; er is "
            "geen werkproces bij gelezen: kijk in het document wat ermee bedoeld is")


# --- reading ----------------------------------------------------------------------------------

class _Reader:
    """Reads the matrices of a document's lines in their order."""

    def __init__(self, lines, running, in_tables, heads, head_lines):
        self.entries = [line for line in lines if (line.pagina, line.regel) not in running]
        self.in_tables = in_tables
        self.heads = heads             # (pagina, regel) of the headers of the tables the layout found
        self.head_lines = head_lines   # the lines of those tables
        self.result = Matrices()

    def read(self):
        position = 0
        while position < len(self.entries):
            position = self._at(position)
        return self.result

    def _free(self, line, head=False):
        """Whether a line may be read here: outside the layout's tables, or (``head``) a table's header; a line of a
        table whose header heads a matrix is free inside the matrix."""
        key = (line.pagina, line.regel)
        return key not in self.in_tables or key in (self.heads if head else self.head_lines)

    def _at(self, position):
        line = self.entries[position]
        cells = line_cells(line) if self._free(line, head=True) else None
        if self._free(line, head=True) and _code_header_text(line.text):
            self.result.suspects.append(_unreadable(line, "de kolommen zijn uit de tekst niet te lezen"))
        if not cells:
            return position + 1
        transposed = _transposed_columns(cells)
        if transposed is not None:
            return self._transposed(position, transposed) or position + 1
        above = self._above(position)
        above_cells = line_cells(above) if above else []
        columns = _code_columns(cells, _kerntaak_row(above_cells), self._heading(position))
        if columns is None:
            return position + 1
        if columns == "kerntaak":
            self.result.notes.append(_unreadable(line, "de kolomkoppen noemen alleen werkprocessen (W1, W2, ...) en "
                                                       "niet hun kerntaak"))
            return position + 1
        return self._by_codes(position, _with_above(columns, above_cells), above)

    def _above(self, position):
        """The line just above a header on its page (a markdown rule aside), when it is free and a row of kerntaken."""
        line = self.entries[position]
        position -= 1 + (position >= 2 and re.fullmatch(r"[|:\-\s]+", self.entries[position - 1].text) is not None)
        if position < 0:
            return None
        above = self.entries[position]
        if above.pagina != line.pagina or not self._free(above, head=True) or _markdown(above) != _markdown(line):
            return None
        return above if _kerntaak_row(line_cells(above) or []) else None

    def _heading(self, position):
        """The kerntaak of a heading among the three lines before a header (a line that starts with it)."""
        for line in reversed(self.entries[max(0, position - 3):position]):
            hits = find_codes(line.text.strip().strip("#* "))
            if hits and hits[0].start == 0 and hits[0].kerntaak_id and not hits[0].werkproces_id:
                return hits[0].kerntaak_id
        return None

    def _rows(self, position, columns, headers):
        """The lines from ``position`` that are the matrix's rows: [(line, {column: [text]}, strays)], the rule of a
        markdown table and a header repeated on a new page (which sets the columns again) with no cells."""
        markdown = _markdown(self.entries[position - 1])
        pagina = self.entries[position - 1].pagina
        found, fresh = [], False
        while position < len(self.entries):
            line = self.entries[position]
            cells = line_cells(line) if self._free(line) else None
            if cells is None or _markdown(line) != markdown:
                break
            fresh = fresh or line.pagina != pagina
            pagina = line.pagina
            texts = [cell.text for cell in cells]
            if not cells or (markdown and re.fullmatch(r"[|:\-\s]+", line.text)) or fresh and texts in headers:
                if fresh and texts == headers[0]:
                    columns = _repeated(columns, cells)
                found.append((line, {}, []))
                position += 1
                continue
            fresh = False
            placed, strays = _row_cells(cells, columns, markdown)
            if placed is None:
                break
            found.append((line, placed, strays))
            position += 1
        return found

    def _by_codes(self, position, columns, above):
        """Read a matrix whose codes head the columns from its header at ``position``."""
        line = self.entries[position]
        headers = [[cell.text for cell in line_cells(line)]] + ([[cell.text for cell in line_cells(above)]]
                                                                 if above else [])
        for column in columns:
            if column.kind == "code":
                column.pagina, column.regel = line.pagina, line.regel
        if columns[0].kind != "name":
            columns.insert(0, _Column(0 if _markdown(line) else float("-inf"), -1.0, "name", "onderdeel"))
        rows = self._rows(position + 1, columns, headers)
        while rows and not rows[-1][2] and not any(columns[index].kind == "code" for index in rows[-1][1]):
            rows.pop()   # lines at the end without a mark: text after the matrix, or an onderdeel it does not tie
        if not rows:
            self.result.notes.append(_unreadable(line, "er staat onder de codes geen rij met markeringen (x, ✓, "
                                                       "ja, een getal)"))
            return position + 1
        table = Table([columns[0].key] + [column.key for column in columns if column.kind == "field"]
                      + ["werkprocessen"], [], line.pagina, line.regel)
        record, previous = None, line
        for row_line, placed, strays in rows:
            if placed:
                record = self._code_row(table, record, row_line, placed, columns, previous)
                previous = row_line
            self._strays(row_line, strays)
        self.result.tables.append(table)
        header_lines = [line] + ([above] if above else [])
        self.result.lines.update((row.pagina, row.regel) for row in header_lines + [row for row, _, _ in rows])
        for header_line in header_lines:
            self._header_codes(header_line)
        # a short code's column (W1 under B1-K1) gives the code the header does not print whole
        self.result.codes += [(find_codes(column.key)[0], column.pagina, column.regel) for column in columns
                              if column.kind == "code"]
        return position + 1 + len(rows)

    def _header_codes(self, line):
        """The codes a header line prints in its cells, as printed (a short W1 aside: its column gives it)."""
        for cell in line_cells(line):
            for hit in find_codes(cell.text):
                if hit.problem:
                    self.result.notes.append(ProgrammeNote(
                        "teken", hit.printed, line.pagina, line.regel,
                        f"{hit.problem}: basisdeel (B) of profieldeel (P) is niet te lezen, de code is niet geplaatst; "
                        "kijk in het document zelf welke code er staat"))
                else:
                    self.result.codes.append((hit, line.pagina, line.regel))

    def _strays(self, line, strays):
        self.result.notes += [ProgrammeNote("markering", text, line.pagina, line.regel, _STRAY.format(why=why))
                              for text, why in strays]

    def _code_row(self, table, record, line, placed, columns, previous):
        """Add a line of a matrix whose codes head the columns: a new onderdeel where a row starts, else the rest of
        the row above (a name's next line, marks set lower in a tall row). A markdown line is a row; a PDF's line
        starts one where it stands apart from the line above (the lines of one cell stand close)."""
        name = " ".join(placed.get(0, []))
        if _starts_row(line, previous, name):
            record = Record(line.pagina, line.regel) if name else None
            if record is not None:
                table.records.append(record)
        if record is None:
            self._strays(line, [(" ".join(texts), "er staat geen onderdeel voor") for index, texts in placed.items()
                                if columns[index].kind == "code"])
            return None
        if name:
            record.add(columns[0].key, name, line.pagina, line.regel)
        for index, texts in sorted(placed.items()):
            column = columns[index]
            if column.kind == "field":
                record.add(column.key, " ".join(texts), line.pagina, line.regel)
            elif column.kind == "code":
                self.result.notes += self._mark(record, column.key, " ".join(texts), line, f"kolom {column.key}")
        return record

    @staticmethod
    def _mark(record, code, text, line, where):
        """Add a mark of ``record`` for ``code``; return the notes of a cell that holds no mark ([] for a mark)."""
        if not _MARK.match(text):
            return [ProgrammeNote("markering", text, line.pagina, line.regel, _NO_MARK.format(where=where))]
        record.add("werkprocessen", code, line.pagina, line.regel)
        if _LEVEL.match(text):
            record.niveaus.setdefault(code, text)
        return []

    def _transposed(self, position, columns):
        """Read a transposed matrix (a row per werkproces, a column per onderdeel); None when no row has a mark."""
        line = self.entries[position]
        rows = self._rows(position + 1, columns, [[cell.text for cell in line_cells(line)]])
        onderdelen = [index for index, column in enumerate(columns) if column.kind == "onderdeel"]
        records = {index: Record(line.pagina, line.regel, {"onderdeel": [(columns[index].key, line.pagina,
                                                                          line.regel)]}) for index in onderdelen}
        codes, titles, notes = [], {}, []
        kerntaak, current, last, previous = None, None, -1, line
        for number, (row_line, placed, strays) in enumerate(rows):
            if not placed and not strays:
                continue   # a markdown rule, a repeated header
            code_text = " ".join(placed.get(0, []))
            hit, title = _starting_code(code_text, kerntaak)
            if hit is None and current is not None and not _starts_row(row_line, previous, code_text or "-"):
                title = code_text   # the werkproces's title runs on in its cell, close below its first line
            elif hit is None and (code_text or current is None):
                if (field := header_field(code_text)) not in _EXTRA_FIELDS:
                    break
                for index in onderdelen:   # a row of the onderdelen's fields: "Weging | 40% | 60%"
                    for text in placed.get(index, []):
                        records[index].add(field, text, row_line.pagina, row_line.regel)
                last = number
                continue
            last, previous = number, row_line
            notes += [ProgrammeNote("markering", text, row_line.pagina, row_line.regel, _STRAY.format(why=why))
                      for text, why in strays]
            if columns[1].kind == "titel":
                title = " ".join([title] + placed.get(1, [])).strip()
            if hit is not None:
                current = hit.werkproces_id or hit.kerntaak_id
                kerntaak = kerntaak if hit.werkproces_id else hit.kerntaak_id
                codes.append((hit, row_line.pagina, row_line.regel))
                if title:
                    titles.setdefault(current, title)
            elif title and current in titles:   # a title's next line
                titles[current] += f" {title}"
            for index in onderdelen:
                if placed.get(index):
                    notes += self._mark(records[index], current, " ".join(placed[index]), row_line,
                                        f"kolom {columns[index].key}")
        if not any(record.cells.get("werkprocessen") for record in records.values()):
            return None
        self.result.tables.append(Table(["onderdeel", "werkprocessen"], list(records.values()), line.pagina,
                                        line.regel))
        self.result.codes += codes
        self.result.titles.update(titles)
        self.result.notes += notes
        self.result.lines.update((row.pagina, row.regel) for row in [line] + [row for row, _, _ in rows[:last + 1]])
        self._header_codes(line)
        return position + 2 + last


def _starts_row(line, previous, name):
    """Whether a line of a matrix starts a row: a markdown line always; a PDF's line that stands apart from the line
    above (on a new page, or a gap of more than 0.4 of a line's height); without places, a name with a capital."""
    if _markdown(line):
        return True
    if line.box and previous.box:
        top, bottom = previous.box
        return line.pagina != previous.pagina or line.box[0] - bottom > 0.4 * (bottom - top)
    return bool(name) and not re.match(r"^[a-z(]", name)


def _with_above(columns, above_cells):
    """The header's columns with the header words of the row of kerntaken above it (Vorm, Weging set there), and its
    corner where the header has none."""
    taken = [(column.x0, column.x1) for column in columns]
    for number, cell in enumerate(above_cells):
        if any(cell.x0 <= x1 + _TOLERANCE and cell.x1 >= x0 - _TOLERANCE for x0, x1 in taken):
            continue
        field = header_field(cell.text)
        if field in _EXTRA_FIELDS:
            columns.append(_Column(cell.x0, cell.x1, "field", field))
        elif number == 0 and _one_code(cell.text) is None and _corner_like(cell.text):
            columns.append(_Column(cell.x0, cell.x1, "name", field or "onderdeel"))
    return sorted(columns, key=lambda column: column.x0)


def _repeated(columns, cells):
    """The columns of a header repeated on a new page, at the places it stands there."""
    offset = len(columns) - len(cells)
    return [dataclasses.replace(column, x0=cell.x0, x1=cell.x1) if cell is not None else column
            for column, cell in zip(columns, [None] * offset + list(cells))]


def _unreadable(line, why):
    return ProgrammeNote("tabel", line.text, line.pagina, line.regel,
                         "een tabel met codes van werkprocessen als kolomkoppen (een matrix) is niet gelezen: "
                         f"{why}; er is geen examen uit gelezen; vul de koppeling in als CSV of markdown-tabel "
                         "(| Onderdeel | Werkprocessen |)")


def _code_header_text(text):
    """Whether a line's text looks like a header of codes: two werkproces codes or more, at most two other words."""
    hits = [hit for hit in find_codes(text) if hit.werkproces_id and not hit.problem]
    if len(hits) < 2:
        return False
    for hit in sorted(hits, key=lambda hit: hit.start, reverse=True):
        text = text[:hit.start] + " " + text[hit.end:]
    return len(text.replace("|", " ").split()) <= 2


def read_matrices(layout):
    """Return the layout with its matrices read as tables, and what was read (:class:`Matrices`).

    Parameters
    ----------
    layout : bcp_analysis.readers.programme_layout.Layout

    Returns
    -------
    tuple of (Layout, Matrices)
        The layout with the matrices' tables (in the order of the document) and their lines
        among ``in_tables``; a table the layout found whose header heads a matrix is replaced.

    Examples
    --------
    >>> from bcp_analysis.readers.programme_text import text_layout
    >>> layout, found = read_matrices(text_layout(
    ...     "| Examen | B1-K1-W1 | B1-K1-W2 |\\n|---|---|---|\\n| PvB 1 | x | |\\n| Kennistoets | x | x |"))
    >>> [(record.text("onderdeel"), record.text("werkprocessen").split()) for record in layout.tables[0].records]
    [('PvB 1', ['B1-K1-W1']), ('Kennistoets', ['B1-K1-W1', 'B1-K1-W2'])]
    """
    heads = {(table.pagina, table.regel): table for table in layout.tables if not table.unread}
    order = {(line.pagina, line.regel): number for number, line in enumerate(layout.lines)}
    head_lines = set()
    for key, table in heads.items():
        # the table's lines, from its header to its last row: its rows, a markdown rule, a header repeated on a new page
        lines = {(pagina, regel) for record in table.records for texts in record.cells.values()
                 for _, pagina, regel in texts} | {key}
        first, last = order.get(key, 0), max(order.get(line, 0) for line in lines)
        head_lines |= {(line.pagina, line.regel) for line in layout.lines[first:last + 1]}
    reader = _Reader(layout.lines, layout.running, layout.in_tables, set(heads), head_lines)
    found = reader.read()
    noted = {(note.pagina, note.regel) for note in found.notes if note.kind == "tabel"}
    found.suspects = [note for note in found.suspects if (note.pagina, note.regel) not in found.lines | noted]
    if not found.tables:
        return layout, found
    starts = {(table.pagina, table.regel) for table in found.tables}
    replaced = [table for key, table in heads.items() if key in starts]   # a table's header that heads a matrix
    tables = [table for table in layout.tables if not any(table is other for other in replaced)]
    tables = sorted(tables + found.tables, key=lambda table: (table.pagina or 0, table.regel))
    return dataclasses.replace(layout, tables=tables, in_tables=layout.in_tables | found.lines), found
