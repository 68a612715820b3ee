"""The layout of a programme document: its lines with page and line number, and its exam tables as records.

Both programme readers bring a document to this one shape, which
:mod:`bcp_analysis.readers.programme_build` turns into a Programme:

- :class:`Line`: every line of the document, with its page (None for a text without pages) and
  its line number on that page;
- :class:`Table`: a table of onderdelen, found by its header row (words such as Examenvorm, Duur,
  Weging, Plaats, Werkprocessen), with one :class:`Record` per row, each column's text kept with
  the lines it stands on.

The PDF layout (:func:`pdf_layout`) reuses the PDF machinery of the profile reader: the
segments of every page with their positions (:mod:`bcp_analysis.readers.pdf_page`), grouped
into rows (:mod:`bcp_analysis.readers.pdf_rows`), and the page's drawn rules. A table's columns
are the x where its header cells start; its rows are the bands between rules that cross the
table (or, without rules, between wider gaps). A table whose header row stands at the foot of
a page, or whose last row runs on, goes on over the page break; a header repeated on the next
page is skipped. A page printed from a web page that cuts text off at its edge is noted.
"""

from __future__ import annotations

import dataclasses
import re

from bcp_analysis.readers.programme_page import (
    band_fields,
    column_labels,
    header_above,
    in_columns,
    merged_name,
    rules_below,
    spanning_cells,
    table_rules,
    within_rules,
)

__all__ = ["Line", "Record", "Table", "Layout", "header_field", "header_fields", "header_terms", "pdf_layout"]

# Header words -> the field of the programme they name ("" for a column that is read but not kept).
_HEADER_WORDS = (
    (r"titel|naam\s+(?:van\s+(?:het\s+)?)?werk-?\s*proc|omschrijving|benaming", "titel"),   # titles beside codes
    (r"examen-?\s*cod|toetscode|code", "code"),   # "Examencod" / "e": a narrow cell breaks the word
    (r"exameneenheid|examen-?\s*\(?onderd|examen\s*eenheid|examenproduct|toets-?\s*onderd|naam|onderdeel",
     "onderdeel"),
    (r"module|vak\b|cursus|leereenheid|thema|les(?:sen)?\b", "module"),
    (r"soort|type\b|examentype|toetstype", "soort"),
    (r"examen-?\s*vorm|exame$|vorm|toetsvorm|beoordelingsvor|afnamevorm|wijze\s+van\s+(?:examiner|toets|beoordel)",
     "vorm"),
    # "Werkprocessen", "Te examineren werkprocessen", "Getoetste werkprocessen", "Kerntaak/werkproces"
    (r"(?:te\s+(?:examineren|beoordelen|toetsen)\s+|getoetste\s+|gekoppelde\s+|beoordeelde\s+|betrokken\s+)?"
     r"werk-?\s*proc|inhoud|kerntaa?k\s*/\s*werkproc", "werkprocessen"),   # "Werk-" / "processen" too
    (r"kern-?\s*taa?k(en)?", "kerntaken"),
    (r"duur|tijdsduur|examen-?\s*duur|toets-?\s*duur", "duur"),
    (r"plaats|locatie|examen-?\s*locatie|afname-?\s*locatie", "plaats"),
    (r"weging|gewicht|weegfactor", "weging"),
    (r"periode|leerjaar|planning|afnamemom|examenmom|toetsmom|moment|(?:examen|toets|afname)-?\s*periode", "periode"),
    (r"niveau|dekking|beheersing", "niveau"),
    (r"resulta|schaal|leverancier|voorwa|eindres|onderdelen|beoordel|cesuur|examinator|afnamecond"
     r"|toelichting|opmerking", ""),
)
_HEADER = [(re.compile(rf"^(?:{pattern})", re.IGNORECASE), field) for pattern, field in _HEADER_WORDS]
# A table of onderdelen names at least one of these (a list of kerntaken and werkprocessen does not).
_EXAM_FIELDS = {"vorm", "soort", "duur", "plaats", "weging", "periode", "module"}
# A header cell that is only this word names the onderdeel ("Examen"; "Duur examen" is the duur).
_WHOLE_WORDS = {"examen": "onderdeel", "toets": "onderdeel", "proeve": "onderdeel"}


@dataclasses.dataclass(frozen=True)
class Line:
    """A line of the document: its page (None for a text), its number on the page, its text."""

    pagina: int | None
    regel: int
    text: str
    x0: float = 0.0
    cells: tuple = ()   # (x0, text) of each piece of text of the line, left to right
    spans: tuple = ()   # (x0, x1) of each piece of a PDF's line (a text's lines have none)
    box: tuple = ()     # (top, bottom) of a PDF's line on its page


@dataclasses.dataclass
class Record:
    """A row of a table: per field, its lines as (text, pagina, regel)."""

    pagina: int | None
    regel: int
    cells: dict = dataclasses.field(default_factory=dict)
    niveaus: dict = dataclasses.field(default_factory=dict)   # werkproces_id -> the level a matrix's cell prints
    bands: list = dataclasses.field(default_factory=list)   # (pagina, regel) where each further band starts

    def parts(self, field):
        """The texts of a field per band of the row (an exam's name merged down over a band per werkproces), in
        order, each once, its lines joined by newlines.

        >>> record = Record(1, 1, bands=[(1, 2), (1, 3)])
        >>> _ = [record.add("vorm", t, 1, r) for r, t in enumerate(["Observatie", "Verslag", "Observatie"], 1)]
        >>> record.parts("vorm")
        ['Observatie', 'Verslag']
        """
        found = {}
        for text, pagina, regel in self.cells.get(field, ()):
            band = sum(1 for start in self.bands if (pagina or 0, regel) >= (start[0] or 0, start[1]))
            found.setdefault(band, []).append(text)
        return list(dict.fromkeys("\n".join(texts) for texts in found.values()))

    def text(self, field):
        """The text of a field, its lines joined by newlines ("" when the row leaves it empty)."""
        return "\n".join(text for text, _, _ in self.cells.get(field, ()))

    def add(self, field, text, pagina, regel):
        self.cells.setdefault(field, []).append((text, pagina, regel))


@dataclasses.dataclass
class Table:
    """A table of onderdelen: its fields in column order, its rows, where it starts, the lines before it."""

    fields: list
    records: list
    pagina: int | None
    regel: int
    context: list = dataclasses.field(default_factory=list)
    unread: list = dataclasses.field(default_factory=list)   # a table found, not read: its (text, pagina, regel)


@dataclasses.dataclass
class Layout:
    """A document's lines, its tables, the lines inside tables, and what the layout noticed (notes)."""

    lines: list
    tables: list
    in_tables: set
    notes: list = dataclasses.field(default_factory=list)
    pages: int = 0
    running: set = dataclasses.field(default_factory=set)   # (pagina, regel) of running headers and footers
    rules: dict = dataclasses.field(default_factory=dict)   # pagina -> (horizontal, vertical) drawn rules of a PDF


def header_fields(texts):
    """Return the field of each header cell text, or None when the texts are no header of onderdelen.

    >>> header_fields(["Naam", "Examenvorm", "Inhoud examen", "Duur", "Weging"])
    ['onderdeel', 'vorm', 'werkprocessen', 'duur', 'weging']
    >>> header_fields(["Code", "Naam", "Werkprocessen"]) is None
    True
    >>> header_fields(["Module", "Werkprocessen", "Niveau", "Periode"])
    ['module', 'werkprocessen', 'niveau', 'periode']
    """
    fields = [header_field(text) for text in texts]
    known = [field for field in fields if field is not None]
    if len(known) < 3 or not _EXAM_FIELDS & set(known) or len(known) < 0.6 * len(fields):
        return None
    return [field if field is not None else "" for field in fields]


def header_field(text):
    """Return the field a header cell's or a label's text names ("" for a column read but not kept), or None.

    >>> header_field("Te examineren werkprocessen"), header_field("Gewicht"), header_field("Cesuur")
    ('werkprocessen', 'weging', '')
    >>> [header_field(text) for text in ("Examen(onderdeel)", "Wijze van examinering", "Examenperiode", "Examenlocatie",
    ...                                  "Getoetste werkprocessen", "Examenduur", "Werk- processen")]
    ['onderdeel', 'vorm', 'periode', 'plaats', 'werkprocessen', 'duur', 'werkprocessen']
    >>> header_field("Weging"), header_field("Examen"), header_field("B1-K1-W1")
    ('weging', 'onderdeel', None)
    >>> header_field("Hulpmiddelen") is None
    True
    """
    field = _WHOLE_WORDS.get(text.strip().casefold())
    if field is None:
        field = next((name for pattern, name in _HEADER if pattern.match(text.strip())), None)
    return field


def header_terms(text):
    """The header cells of a line of text whose cells are set apart by single spaces, or None when a word of it is
    no header's.

    The text is cut before each word that starts a header's term, unless the term before it
    goes on with that word ("Soort examen", "Inhoud examen", "Plaats afname").

    >>> header_terms("Onderdeel Soort examen Examenvorm Inhoud examen Duur Plaats afname Weging")
    ['Onderdeel', 'Soort examen', 'Examenvorm', 'Inhoud examen', 'Duur', 'Plaats afname', 'Weging']
    >>> header_terms("Werkprocessen: B1-K1-W1 - Zet het ordertraject in gang") is None
    True
    """
    words = list(re.finditer(r"\S+", text))
    if not words:
        return None
    cells, begin = [], 0
    for word in words[1:]:
        offset = word.start()
        if not _starts_term(text[offset:]):
            continue
        if any((found := pattern.match(text[begin:])) and found.end() > offset - begin for pattern, _ in _HEADER):
            continue
        cells.append(text[begin:offset].strip())
        begin = offset
    cells.append(text[begin:].strip())
    for cell in cells:
        if not _is_term(cell):
            return None
    return cells


def _starts_term(text):
    """Whether a header's term starts here: a capital and a term's word."""
    if not text[:1].isupper():
        return False
    return any(pattern.match(text) for pattern, _ in _HEADER) or text.split(" ", 1)[0].casefold() in _WHOLE_WORDS


_TERM_TAIL = re.compile(r"^(?:examen|afname|examen-?\s*onderdeel|onderdeel|\(?[a-z]+\)?)$")


def _is_term(cell):
    """Whether a cell is a header's term: a term and at most one more word ("Soort examen", "Plaats afname")."""
    if cell.casefold() in _WHOLE_WORDS:
        return True
    first, _, rest = cell.partition(" ")
    if not any(pattern.match(first) for pattern, _ in _HEADER):
        return False
    return not rest or (len(rest.split()) <= 2 and all(_TERM_TAIL.match(word) for word in rest.split()))


# --- PDF -----------------------------------------------------------------------------------

def _page(page):
    from bcp_analysis.readers.pdf_page import page_rules, page_segments, page_size
    from bcp_analysis.readers.programme_turned import turned_segments

    horizontal, vertical = page_rules(page)
    width, height = page_size(page)
    turned = turned_segments(page)   # a header's codes written upright, taken out of the page first
    return page_segments(page) + turned, horizontal, vertical, height, width


def pdf_layout(path):
    """Return the Layout of a programme's PDF.

    Parameters
    ----------
    path : pathlib.Path

    Returns
    -------
    Layout

    Raises
    ------
    ProfileError
        For a file that is no readable PDF (see :func:`bcp_analysis.readers.pdf.read_pages`).
    """
    from bcp_analysis.readers.pdf import read_pages, running_rows
    from bcp_analysis.readers.pdf_rows import rows as make_rows
    from bcp_analysis.readers.programme_page import cut_at_rules, on_page, running_margins

    pages = read_pages(path, content=_page)
    builder = _TableBuilder()
    lines = []
    notes = []
    cuts = [[] for _ in pages]
    rows_per_page = [make_rows(on_page(segments, width, cut)) for (segments, _, _, _, width), cut in zip(pages, cuts)]
    for (_, _, vertical, _, _), rows in zip(pages, rows_per_page):
        for row in rows:
            row.segments = cut_at_rules(row.segments, vertical)
    heights = [height for _, _, _, height, _ in pages]
    noise = [set(found) | extra for found, extra in zip(running_rows(rows_per_page, heights),
                                                        running_margins(rows_per_page, heights))]
    for number, ((_, horizontal, vertical, _, width), rows) in enumerate(zip(pages, rows_per_page), start=1):
        for index, row in enumerate(rows, start=1):
            lines.append(Line(number, index, row.text, min(segment.x0 for segment in row.segments),
                              tuple((segment.x0, segment.text) for segment in row.segments),
                              tuple((segment.x0, segment.x1) for segment in row.segments), (row.top, row.bottom)))
        for top, bottom, text in cuts[number - 1]:
            # the line the cut text stands on (or, where nothing of it is left, the line above it)
            above = [index for index, row in enumerate(rows, start=1) if row.top - 1.0 <= (top + bottom) / 2]
            notes.append(("afgekapt", number, above[-1] if above else None, text))
        # a rule far wider than the page is no table's (a web page's background drawn off the page)
        horizontal = [rule for rule in horizontal if rule[2] - rule[1] <= 1.2 * width]
        builder.page(number, rows, horizontal, vertical, noise[number - 1])
    builder.close()
    running = {(number, index + 1) for number, found in enumerate(noise, start=1) for index in found}
    rules = {number: (horizontal, vertical) for number, (_, horizontal, vertical, _, _) in enumerate(pages, start=1)}
    return Layout(lines, builder.tables, builder.in_tables, notes, len(pages), running, rules)


class _TableBuilder:
    """Finds the tables of onderdelen page by page, and carries an open table over a page break."""

    def __init__(self):
        self.vertical = ()
        self.tables = []
        self.in_tables = set()
        self.open = None   # the table being read: dict(table, columns, left, right)
        self.previous_lines = []

    def close(self):
        self.open = None

    def page(self, number, rows, horizontal, vertical, noise):
        """Read a page's rows with its rules; ``noise``: the indexes of its running headers and footers."""
        self.vertical = vertical
        body = [(index, _header_split(row)) for index, row in enumerate(rows, start=1) if index - 1 not in noise]
        position = 0
        continuing = self.open is not None
        while position < len(body):
            index, row = body[position]
            fields = header_fields([segment.text for segment in row.segments])
            if fields is not None:
                position = self._start(number, body, position, fields, horizontal)
                # a header repeated at the top of the next page: the row the page before ended in may go on below it
                continuing = continuing and self.open.get("repeated", False)
                continue
            if self.open is not None:
                if continuing and self._header_goes_on(number, index, row):
                    position += 1
                    continue
                if continuing:
                    _recolumn(self.open, row, vertical)
                used = self._rows(number, body, position, horizontal, continuing)
                continuing = False
                if used:
                    position += used
                    continue
                self.close()
            self.previous_lines.append((number, index, row.text))
            self.previous_lines = self.previous_lines[-6:]
            position += 1
        if body and self.open is not None and (number, body[-1][0]) not in self.in_tables:
            self.close()

    def _start(self, number, body, position, fields, horizontal):
        index, row = body[position]
        columns, left, right = _columns(row, fields, self.vertical)
        further = _header_lines(body, position, table_rules(horizontal, left, right), row)
        above = header_above(body, position, table_rules(horizontal, left, right), row)
        merged = _merged_header(row, [next_row for _, next_row in further], [prev_row for _, prev_row in above])
        merged_fields = header_fields([segment.text for segment in merged.segments])
        if merged_fields is not None and len(merged_fields) >= len(fields):
            # a header cell's word broken over lines ("Examenco" / "de"): the header read with its further lines
            row, fields = merged, merged_fields
            columns, left, right = _columns(row, fields, self.vertical)
        same = self.open is not None and [field for _, field in self.open["columns"]] == fields
        if not same:
            table = Table(fields, [], number, index, list(self.previous_lines))
            self.tables.append(table)
            self.open = {"table": table, "columns": columns, "left": left, "right": right}
        self.in_tables.update({(number, index)} | {(number, other) for other, _ in further + above})
        self.open["header"] = row
        # {page: the rule under the header}: the rows' band below it may be unruled where the header's is (a fill)
        self.open["under"] = {number: min((y for y in table_rules(horizontal, self.open["left"], self.open["right"])
                                           if y > row.bottom - 1.0), default=None)}
        self.open["repeated"] = same
        self.open["fresh"] = not same or not self.open["table"].records
        return position + 1 + len(further)

    def _header_goes_on(self, number, index, row):
        """Whether the first line of a page is the rest of the header the page before ended in ("Examen" / "code"),
        before any row: if so, the table's fields are read again with it."""
        state = self.open
        if state["table"].records or not _lower_words(row):
            return False
        merged = _merged_header(state["header"], [row])
        fields = header_fields([segment.text for segment in merged.segments])
        if fields is None or len(fields) != len(state["table"].fields) or fields == state["table"].fields:
            return False
        state["table"].fields = fields
        state["columns"], _, _ = _columns(merged, fields, ())
        state["header"] = merged
        self.in_tables.add((number, index))
        return True

    def _cells(self, number, row, previous, labels, rules):
        """The row's text per field, or None where the table ends before the row: another header, text across the
        columns or left of the table; apart from the rows above, text outside the table's rules or a heading set
        larger than the table."""
        state = self.open
        bounds, every = rules
        if header_fields([segment.text for segment in row.segments]) is not None:
            return None
        cells = in_columns(row.segments, state["columns"], labels)
        if cells is None or row.segments[0].x0 < state["left"] - 8.0:
            return None
        if previous is not None and row.top - previous.bottom <= 0.8 * (row.bottom - row.top):
            return cells
        if bounds and not within_rules(row, self.vertical, state["left"], every, state["under"].get(number)):
            return None
        if row.font_size > 1.25 * state["header"].font_size and len(row.segments) == 1:
            return None
        return cells

    def _rows(self, number, body, position, horizontal, continuing):
        """Read the rows of the open table from ``position``; return how many rows were used (0: the table ended)."""
        state = self.open
        table = state["table"]
        bounds = every = table_rules(horizontal, state["left"], state["right"])
        used = 0
        region = None
        record = None
        previous = None
        spans = {}   # {field: the record whose cell spans down into the rows below it}
        if body[position:]:
            bounds = rules_below(bounds, body[position][1], self.vertical, state["left"], state["under"].get(number))
        if bounds is None:
            return 0   # below the last rule of a ruled table, outside its left rule: the text after it
        labels = column_labels(state["header"], state["columns"])
        while position + used < len(body):
            index, row = body[position + used]
            cells = self._cells(number, row, previous, labels, (bounds, every))
            if cells is None:
                break
            here = sum(1 for y in bounds if y < (row.top + row.bottom) / 2)
            gap = row.top - previous.bottom if previous is not None else None
            previous = row
            filled = len(cells)
            if region is None and record is None and continuing and not state.get("fresh") and table.records:
                # else: the rest of the row before; in a ruled table, read with the lines of its band (a row set in
                # the middle of its cells starts lower than its longest cell)
                band = band_fields(body[position + used:], bounds, state["columns"]) if bounds else set(cells)
                new = _starts_row(cells, state["columns"], table.records, band)
            elif bounds:   # a band of its own, unless the rule above it leaves the name's cell out (merged down)
                new = region is None or (here != region
                                         and not merged_name(horizontal, bounds, here, state["columns"]))
            else:
                # without rules a row starts where most columns start their text at once, or after a wider gap
                # (the lines of one cell stand close; rows stand further apart than that)
                spaced = gap is not None and gap > 0.4 * (row.bottom - row.top)
                new = record is None or filled >= max(3, (len(state["columns"]) + 1) // 2) or (spaced and filled >= 2)
            # a row between two rules of the table, beside its left rule: a row of the table, however few
            # its cells on this line (cells set in the middle of a taller row start lower)
            boxed = bool(bounds) and here < len(bounds) and within_rules(row, self.vertical, state["left"], every,
                                                                    state["under"].get(number))
            sparse = not boxed and filled < 3 and not _has_code(row.text)
            if new and table.records and sparse:
                if filled < 2:
                    break
                new = False   # text that runs on below a rule (a web page printed), not a row of its own
            if new:
                if sparse and filled < 2:
                    break
                record, spans = self._open_row(number, index, horizontal, (bounds, here), spans)
            elif record is None or record is not table.records[-1]:
                record = table.records[-1]
            elif bounds and region is not None and here != region:
                record.bands.append((number, index))   # a band of a row whose name's cell is merged down over it
            region = here
            for field, texts in cells.items():
                for text in texts:
                    record.add(field, text, number, index)   # a spanning cell's lines: the list its rows share
            self.in_tables.add((number, index))
            used += 1
        return used

    def _open_row(self, number, index, horizontal, band, spans):
        """A new row at ``band`` = (bounds, here): its record, and the cells spanning down into it ({field: owner})."""
        state = self.open
        record = Record(number, index)
        state["table"].records.append(record)
        state["fresh"] = False
        spans = spanning_cells(horizontal, *band, state["columns"], spans, state["table"].records, state["right"])
        for field, owner in spans.items():   # the spanning cell is this row's too: one list of lines
            record.cells[field] = owner.cells.setdefault(field, [])
        return record, spans


def _lower_words(row):
    """Whether a row holds only lower-case words (a header's further line)."""
    return all(re.fullmatch(r"[a-z][\w()/.-]*(?: [a-z][\w()/.-]*)*", segment.text) for segment in row.segments)


def _header_lines(body, position, bounds, row):
    """The header's own further lines: down to the first rule across the table, or (without rules) lower-case
    words."""
    below = [y for y in bounds if y > row.bottom - 1.0]
    end = below[0] if below else None
    further = []
    for next_index, next_row in body[position + 1:]:
        if end is not None:
            if next_row.top >= end - 1.0:
                break
        elif not _lower_words(next_row):
            break
        further.append((next_index, next_row))
    return further


# header words a narrow cell may break inside ("Exam" / "encod" / "e"): joined again without a space
HEADER_WORDS_WHOLE = {"examencode", "examenonderdeel", "examenvorm", "exameneenheid", "werkprocessen", "werkproces",
                       "kerntaken", "onderdeel", "onderdelen", "toetsvorm", "leereenheid", "beoordeling", "resultaat",
                       "periode", "planning", "locatie", "weging", "niveau", "module", "examen", "inhoud", "plaats",
                       "toetsonderdeel", "examenproduct", "beoordelingsvorm", "beoordelaars", "afnamemoment",
                       "examenmoment", "toetsmoment", "afnamecondities", "gewicht", "examinator", "omschrijving",
                       "kerntaak/werkproces", "cesuur"}


def _merged_header(row, further, above=()):
    """The header row with its lines below and ``above`` it added to the cell each stands in (or a cell of its own)."""
    segments = list(row.segments)
    for next_row, first in [(line, True) for line in reversed(above)] + [(line, False) for line in further]:
        for segment in next_row.segments:
            under = [i for i, head in enumerate(segments) if head.x0 - 3.0 <= segment.x0 <= head.x1 + 3.0
                     or segment.x0 - 3.0 <= head.x0 <= segment.x1 + 3.0]
            if not under:
                segments = sorted(segments + [segment], key=lambda head: head.x0)
                continue
            head = segments[under[0]]
            top, low = (segment.text, head.text) if first else (head.text, segment.text)
            glued = top.split()[-1] + low.split()[0]
            whole = any(word.startswith(glued.casefold()) for word in HEADER_WORDS_WHOLE)
            text = f"{top}{low}" if whole else f"{top} {low}"
            segments[under[0]] = dataclasses.replace(head, text=text, x0=min(head.x0, segment.x0),
                                                     x1=max(head.x1, segment.x1), words=())
    return dataclasses.replace(row, segments=segments)


def _starts_row(cells, columns, records=(), band=None):
    """Whether the first line on a page starts a row of a table that runs on from the page before: it names its
    onderdeel or module and fills another column (a row's rest leaves the name's column empty, or runs on in it
    alone); without such a column, three columns filled. Where most of its cells go on in lower case ("P2-K1 |
    bekwaamheid | minuten": a row a word processor split over the page break), it is the rest of the row. A line
    that leaves empty two or more columns every row before it filled is the rest of a row cut at the page's foot
    (a browser goes on with each cell's text where it stopped; the short cells, such as duur and weging, ended on
    the page before); one such column (a row without its code) is not. ``band``: the fields the line's band of a
    ruled table fills (its cells' by default)."""
    firsts = [texts[0] for texts in cells.values() if texts]
    if 2 * sum(1 for text in firsts if text[:1].islower()) > len(firsts):
        return False
    band = set(cells) if band is None else band
    names = [field for _, field in columns if field in ("onderdeel", "module")]
    starts = any(field in band for field in names) and len(band) >= 2 if names else len(band) >= 3
    filled = set.intersection(*(set(record.cells) for record in records)) if records else set()
    return starts and len(filled - band) < 2


def _header_split(row):
    """The row with a segment cut before each word that starts a header cell ("Plaats Weging"), when it is a header.

    A word that belongs to the header term before it ("Examen code") is no cut.
    """
    if not any(pattern.match(segment.text) for segment in row.segments for pattern, _ in _HEADER):
        return row
    pieces = []
    for segment in row.segments:
        begin, x0 = 0, segment.x0
        for start, _, offset in segment.words:
            if not any(pattern.match(segment.text[offset:]) for pattern, _ in _HEADER):
                continue
            current = segment.text[begin:]
            if any((found := pattern.match(current)) and found.end() > offset - begin for pattern, _ in _HEADER):
                continue
            pieces.append(dataclasses.replace(segment, x0=x0, text=segment.text[begin:offset].strip(), words=()))
            begin, x0 = offset, start
        pieces.append(dataclasses.replace(segment, x0=x0, text=segment.text[begin:].strip(), words=()))
    split = dataclasses.replace(row, segments=[piece for piece in pieces if piece.text])
    return split if header_fields([segment.text for segment in split.segments]) is not None else row


def _columns(row, fields, vertical):
    """The columns of a header row, [(x where the column starts, field)], and the table's left and right edge.

    Where rules run down beside the header's cells, a column starts at its cell's left rule (a
    header set centred in its cell stands to the right of the column's text); else where the
    header's text starts.
    """
    middle = (row.top + row.bottom) / 2
    edges = sorted({round(x, 1) for x, y0, y1 in vertical if y0 - 1.0 <= middle <= y1 + 1.0})
    right = max(segment.x1 for segment in row.segments)
    if len(edges) < 2 or edges[0] > row.segments[0].x0 + 1.0 or not any(
            row.segments[0].x1 < edge < row.segments[-1].x0 + 1.0 for edge in edges):
        # no rule between the header's cells (the edges of a coloured fill behind the header row): the text's x
        return [(segment.x0, field) for segment, field in zip(row.segments, fields)], row.segments[0].x0, right
    columns = []
    for segment, field in zip(row.segments, fields):
        x0 = max(edge for edge in edges if edge <= segment.x0 + 1.0)
        if columns and columns[-1][0] >= x0:
            if not field or field == columns[-1][1]:
                continue   # a second header word in the same cell
            x0 = segment.x0 - 2.0   # a cell whose left rule is not drawn beside the header
        columns.append((x0, field))
    return columns, edges[0], max(right, edges[-1])


def _recolumn(state, row, vertical):
    """A table going on over a page break whose cells' rules stand elsewhere on the new page (a producer that
    sets the rest of the table apart): its columns from the new page's rules, where they are as many."""
    edges = []
    for x in sorted(x for x, y0, y1 in vertical if y0 - 1.0 <= row.bottom and y1 + 1.0 >= row.top):
        if not edges or x - edges[-1] > 3.0:
            edges.append(x)
    columns = state["columns"]
    if len(edges) != len(columns) + 1 or all(abs(x - old) <= 3.0 for x, (old, _) in zip(edges, columns)):
        return
    state["columns"] = [(x, field) for x, (_, field) in zip(edges, columns)]
    state["left"], state["right"] = edges[0], edges[-1]


def _has_code(text):
    return re.search(r"[BP?]\d{1,2}\s*[-?]\s*[Kk?]\d|\b[Ww][Pp]\s*\d{1,2}\.\d|\b[Kk]erntaak\s+\d", text) is not None
