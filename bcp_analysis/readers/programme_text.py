"""The reader of a programme document's text (.txt, .md): code lines, markdown tables and tables set in columns.

A text is the document as a school or a tool wrote it out: a markdown examenplan, or the
text of a PDF (``pdftotext -layout`` keeps its columns; a form feed starts a new page). It gives
the same Programme as the PDF:

- every line is a :class:`~bcp_analysis.readers.programme_layout.Line` (its page where the text
  has form feeds, else None);
- a markdown table with a header of onderdelen (``| Naam | Examenvorm | Werkprocessen | Duur |``)
  gives one record per row (``<br>`` breaks a cell's lines);
- a table of onderdelen as plain text (the text of a PDF's table, or a table typed with spaces) is
  found by its header (``Onderdeel Soort examen Examenvorm Inhoud examen ...``, its cells possibly
  wrapped over lines). Where it is set in columns (``pdftotext -layout``, or typed so: its cells
  apart by two spaces or more, each under its header cell), it is read: the columns start where
  the header's cells start, a row where the first column (or the code column) starts a line that
  fills more than half of the columns, and the lines below it go on in that row.
- a table whose lines cannot be tied to its columns (cells run together by single spaces, a piece
  of text over a column's edge or up to it, a line that may start a row or go on in one, a row
  whose codes cannot be read without a kerntaak's heading above the table) is not read: its
  codes are listed as werkprocessen (without titles) and the table, from its header to the next
  header, kerntaak heading, numbered heading or sentence, is one note (``tabel``) that holds its
  lines and asks for the PDF or a markdown table. No row is guessed.
"""

from __future__ import annotations

import re
from pathlib import Path

from bcp_analysis.errors import NotAProgrammeError
from bcp_analysis.files import read_text_file
from bcp_analysis.readers.programme_codes import find_codes
from bcp_analysis.readers.protocol import ProgrammeReader

__all__ = ["READER", "read_programme_text", "text_layout"]

_CHAR_WIDTH = 5.0
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIECE = re.compile(r"\S+(?: \S+)*")


def _pieces(text):
    """The runs of text of a line set apart by two spaces or more: [(column, text)]."""
    return [(match.start(), match.group(0)) for match in _PIECE.finditer(text.replace("\t", "    "))]


def _markdown_tables(page_lines, pagina, in_tables):
    """The markdown tables of onderdelen of a page's lines."""
    from bcp_analysis.readers.programme_layout import Record, Table, header_fields

    tables = []
    index = 0
    while index < len(page_lines):
        match = _PIPE_ROW.match(page_lines[index])
        fields = header_fields([cell.strip() for cell in match.group(1).split("|")]) if match else None
        if fields is None or index + 1 >= len(page_lines) or not _PIPE_RULE.match(page_lines[index + 1]):
            index += 1
            continue
        context = [(pagina, number + 1, page_lines[number]) for number in range(max(0, index - 6), index)]
        table = Table(fields, [], pagina, index + 1, context)
        in_tables.update({(pagina, index + 1), (pagina, index + 2)})
        index += 2
        while index < len(page_lines) and (row := _PIPE_ROW.match(page_lines[index])):
            record = Record(pagina, index + 1)
            for column, cell in enumerate(row.group(1).split("|")):
                field = fields[column] if column < len(fields) and fields[column] else f"_{column}"
                for part in re.split(r"<br\s*/?>", cell, flags=re.IGNORECASE):
                    if part.strip():
                        record.add(field, part.strip(), pagina, index + 1)
            table.records.append(record)
            in_tables.add((pagina, index + 1))
            index += 1
        tables.append(table)
    return tables


def text_layout(text):
    """Return the Layout of a programme document's text.

    Parameters
    ----------
    text : str

    Returns
    -------
    bcp_analysis.readers.programme_layout.Layout

    Examples
    --------
    >>> layout = text_layout("| Naam | Examenvorm | Werkprocessen | Duur |\\n|---|---|---|---|\\n"
    ...                      "| PvB 1 | PvB | B1-K1-W1 | 4 uur |")
    >>> [record.text("werkprocessen") for record in layout.tables[0].records]
    ['B1-K1-W1']
    """
    from bcp_analysis.readers.programme_layout import Layout, Line

    pages = text.split("\f")
    paged = len(pages) > 1
    lines, tables, in_tables = [], [], set()
    for number, page in enumerate(pages, start=1):
        pagina = number if paged else None
        page_lines = page.split("\n")
        tables += _markdown_tables(page_lines, pagina, in_tables)
        for index, line in enumerate(page_lines, start=1):
            pieces = _pieces(line)
            lines.append(Line(pagina, index, line.strip(), pieces[0][0] * _CHAR_WIDTH if pieces else 0.0,
                              tuple((column * _CHAR_WIDTH, piece) for column, piece in pieces)))
    tables += _unread_tables(lines, in_tables)
    return Layout(lines, tables, in_tables, [], len(pages))


# a kerntaak's heading ("B1-K2 - Beheert accounts", "Kerntaak 2: Beheert accounts"): a table before it ends
_KERNTAAK_HEADING = re.compile(r"^(?:[BP]\d{1,2}\s*-\s*K\d{1,2}|Kerntaak\s+\d{1,2})\s*[-–:]\s+[A-Z][^\d]*$")


# "2. Diploma-eisen niveau 4", "3.1. Examens" (not "1 P4", a table's cells run together)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?(?<=\.)\s+[A-Z][a-z][\w-]*(?:\s+\S+){0,6}$")
_PROSE_WORDS = {"de", "het", "een", "van", "en", "is", "te", "voor", "op", "tot", "wordt", "zijn", "bij", "je", "die"}


def _after_table(text):
    """Whether a line stands after a table rather than in it: a kerntaak's or a numbered heading, or a sentence
    (a long line of prose without a code, not set in cells apart by two spaces or more: a row's cells "Proeve van",
    "Proeve in de" are no prose)."""
    if _KERNTAAK_HEADING.match(text) or _NUMBERED_HEADING.match(text):
        return True
    words = text.split()
    if len(words) < 12 or find_codes(text) or len(_pieces(text)) > 2:
        return False
    return text.endswith(".") or sum(word.casefold() in _PROSE_WORDS for word in words) >= 3


def _header_at(lines, start):
    """The number of lines from ``start`` that make a table's header (its cells may wrap over lines), or 0.

    The lines' words, cut before each word that starts a header's term (Onderdeel, Soort examen,
    Examenvorm, Inhoud examen, Duur, Plaats afname, Weging, ...), must all be header terms.
    """
    from bcp_analysis.readers.programme_layout import header_fields, header_terms

    found = 0
    for end in range(start + 1, min(start + 7, len(lines) + 1)):
        terms = header_terms(" ".join(line.text for line in lines[start:end]))
        if terms is None:
            break
        if header_fields(terms) is not None:
            found = end - start
    return found or _broken_header_at(lines, start)


def _broken_header_word(head, tail=""):
    """Whether ``tail``'s first word completes ``head``'s last: one header word a narrow cell broke over two lines.

    The two joined, without a hyphen at the break, begin one of the header's whole words; without
    ``tail``: whether ``head``'s last word (three letters at least) may begin one.

    >>> _broken_header_word("Examenco", "de"), _broken_header_word("Werkpro-", "cessen"), _broken_header_word("Examenc")
    (True, True, True)
    >>> _broken_header_word("Inhoud", "examen"), _broken_header_word("Plaats", "afname"), _broken_header_word("Dit")
    (False, False, False)
    """
    from bcp_analysis.readers.programme_layout import HEADER_WORDS_WHOLE

    if not head.split():
        return False
    glued = (head.split()[-1].rstrip("-") + (tail.split() or [""])[0]).casefold()
    return len(glued) >= 3 and any(word.startswith(glued) for word in HEADER_WORDS_WHOLE)


_TAIL_WORD = re.compile(r"[a-z(][\w()/.%-]*")


def _broken_header_at(lines, start):
    """The number of lines from ``start`` that make a header whose words a narrow cell broke ("Examenco" / "de",
    "Werkpro-" / "cessen"), or 0.

    The first line holds header terms and words that begin one (:func:`_broken_header_word`); a
    line below it (past blank lines and two lines without a code at most: a page's foot, and its
    page break, that a word processor set inside the header row) holds the words that end them,
    in their order, and further lower-case words (the rest of a term, "examen").
    """
    from bcp_analysis.readers.programme_layout import header_field, header_fields, header_terms

    words = lines[start].text.split()
    broken = [index for index, word in enumerate(words) if word[:1].isupper() and header_field(word) is None]
    if not broken or not all(_broken_header_word(words[index]) for index in broken):
        return 0
    whole = [word for index, word in enumerate(words) if index not in broken]
    if not whole or header_terms(" ".join(whole)) is None:
        return 0
    skipped = 0
    for end in range(start + 1, min(start + 12, len(lines))):
        if not lines[end].text:
            continue
        glued = _glued(words, broken, lines[end].text.split())
        if glued is not None:
            terms = header_terms(" ".join(glued))
            return end - start + 1 if terms is not None and header_fields(terms) is not None else 0
        skipped += 1
        if skipped > 2 or _CODE_LIKE.search(lines[end].text):
            return 0
    return 0


def _glued(words, broken, tail):
    """The header line's ``words`` with each broken word joined to the word of ``tail`` that ends it, or None where
    ``tail`` does not end them all in order or holds more than lower-case words."""
    glued, position, used = list(words), 0, set()
    for index in broken:
        found = next((number for number in range(position, len(tail))
                      if tail[number][:1].islower() and _broken_header_word(words[index], tail[number])), None)
        if found is None:
            return None
        glued[index] = words[index].rstrip("-") + tail[found]
        position = found + 1
        used.add(found)
    if not all(_TAIL_WORD.fullmatch(word) for number, word in enumerate(tail) if number not in used):
        return None
    return glued


def _unread_tables(lines, in_tables):
    """The tables of onderdelen set out in plain text (no markdown): found by their header, read where set in columns.

    A table set in columns is read (:func:`_columned`). Of any other, where a row begins and
    ends, and which cell a line belongs to, cannot be told from the text: the table's lines
    (from its header to the next header, the next kerntaak's heading or the end of the text)
    are kept as an unread table, whose every code and line the Programme reports; its header
    repeated right below it (after a page break) goes on in it.
    """
    from bcp_analysis.readers.programme_layout import Table

    tables = []
    index = 0
    while index < len(lines):
        line = lines[index]
        size = _header_at(lines, index) if (line.pagina, line.regel) not in in_tables and line.text else 0
        if not size:
            index += 1
            continue
        context = [(before.pagina, before.regel, before.text) for before in lines[max(0, index - 6):index]]
        table = Table([], [], line.pagina, line.regel, context)
        end = index + size
        while end < len(lines) and (lines[end].pagina, lines[end].regel) not in in_tables \
                and not _header_at(lines, end) and not _after_table(lines[end].text):
            end += 1
        read = _columned(lines[index:index + size], lines[index + size:end])
        if read is not None:
            # the six lines of text before it outside tables (a page's foot and blank lines between): its
            # kerntaak's heading
            table.context = [(before.pagina, before.regel, before.text) for before in lines[:index]
                             if before.text and (before.pagina, before.regel) not in in_tables][-6:]
            if not _codes_read(read[1], table.context):
                read = None
        if read is None:
            table.unread = [(row.text, row.pagina, row.regel) for row in lines[index:end]]
        else:
            table.fields, table.records, used = read
            end = index + used
        in_tables.update((row.pagina, row.regel) for row in lines[index:end])
        if not _goes_on(tables, table, lines[index - 1] if index else None):
            tables.append(table)
        index = end
    return tables


def _goes_on(tables, table, before):
    """Join an unread table to the unread table right above it whose header it repeats (a page break inside the
    table, and its page's foot, stand between: a row a word processor split over the break has its start in the
    one and its rest in the other); whether it was joined."""
    previous = tables[-1] if tables else None
    if not table.unread or previous is None or not previous.unread or before is None:
        return False
    if previous.unread[-1][1:] != (before.pagina, before.regel) \
            or previous.unread[0][0].split() != table.unread[0][0].split():
        return False
    previous.unread += table.unread
    return True


# --- a table set in columns with spaces ------------------------------------------------------

# what looks like a code (B1-, P2?, W3, Kerntaak 1, WP 1.1): a row that names one must be read with one
_CODE_LIKE = re.compile(r"(?<![A-Za-z0-9])(?:[BbPp?]\d{1,2}\s*[-?\u2010-\u2015]|[Ww]\d{1,2}(?!\d)|[Kk]erntaak\s*\d"
                        r"|[Ww][Pp]\s*\d)")


def _codes_read(records, context):
    """Whether every row that names something like a code has a code read with its kerntaak (a bare "W1 & W3"
    needs the kerntaak's heading above the table): else the row would be lost, so the table is not read."""
    kerntaak = None
    for _, _, text in context:
        hits = find_codes(text.strip())
        if hits and hits[0].start == 0 and hits[0].kerntaak_id and not hits[0].werkproces_id:
            kerntaak = hits[0].kerntaak_id   # a heading that starts with its kerntaak
    for record in records:
        text = "\n".join(record.text(field) for field in record.cells)
        if _CODE_LIKE.search(text) and not any(hit.kerntaak_id for hit in find_codes(text, kerntaak=kerntaak)):
            return False
    return True

def _offsets(line):
    """The pieces of a text's line (set apart by two spaces or more) with the character each starts at."""
    return [(round(x / _CHAR_WIDTH), text) for x, text in line.cells]


def _column_of(start, text, starts):
    """The column a piece starts in (from its header cell's start to the next one's); None where it runs on into
    the next column, or ends right before it (the start of a cell set to the right, "offerte 30" / "minuten",
    run together with it by a single space?)."""
    column = max((number for number, begin in enumerate(starts) if begin <= start + 1), default=0)
    if column + 1 < len(starts) and start + len(text) > starts[column + 1] - 2:
        return None
    return column


def _header_columns(header):
    """(starts, fields) of a header set in columns: each cell's first character, and its field; None where the
    header is no such header (its cells run together by single spaces, or a further line's word stands apart)."""
    from bcp_analysis.readers.programme_layout import header_field, header_fields, header_terms

    first = _offsets(header[0])
    if any(len(header_terms(text) or [text]) > 1 for _, text in first):
        return None   # two header cells run together by a single space ("Code Naam examen"): a column unknown
    starts = [start for start, _ in first]
    texts = [text for _, text in first]
    for line in header[1:]:
        for start, text in _offsets(line):
            column = _column_of(start, text, starts)
            if column is not None and text[:1].islower() and _broken_header_word(texts[column], text):
                texts[column] = texts[column].rstrip("-") + text   # a word a narrow cell broke: "Examenco" / "de"
                continue
            if column is None or abs(start - starts[column]) > 2:
                return None   # a header's further line stands under the cell it goes on
            if not (text[:1].islower() or text[:1] == "(" or header_field(text) is not None):
                return None   # no header's word ("Examenplan 1", a page's foot inside the header)
            texts[column] = f"{texts[column]} {text}"
    fields = header_fields(texts)
    if len(starts) < 3 or fields is None or len(fields) != len(starts):
        return None
    return starts, fields


def _line_cells(line, starts):
    """{column: text} of a table's line; None where a piece runs over a column's edge or two share a column."""
    cells = {}
    for start, text in _offsets(line):
        column = _column_of(start, text, starts)
        if column is None or column in cells:
            return None
        cells[column] = text
    return cells


def _columned(header, body):
    """Read a table set in columns with spaces: (fields, records, lines used from the header's first), or None
    where it cannot be read.

    The columns start where the header's cells start. A row starts at a line that has text in the
    first column (the code column, where there is one), not in lower case, and in more than half
    of the columns: the first line of a row, whose cells all start there. A line
    without text in that column, or with text there alone or in lower case, or whose cells go on
    in lower case for the most part ("B1-K1 | bekwaamheid | interview | minuten"), goes on in the
    row above. A blank line and then a line that fits no column, or that has text in the first
    column alone, ends the table. Anything else leaves the table unread (None): header cells one
    space apart, a piece that runs over a column's edge or up to it, two pieces in one column, a
    line before the first row, a line with
    text in the first column and in half of the columns or fewer (a row of its own, or the rest
    of the row above: "Proeve van bekwaamheid" / "B1-K1"?), a line that would start a row right under
    another, without a code and with fewer cells than the columns (the rest of the row above, its
    name and periode wrapped: "Module" / "Retailmanagement", "leerjaar" / "3"?), or a line without it that fills as
    many as a row does (a row whose first cell stands lower?), or a line that fits no column with
    as many cells as a row (a row whose cells run over the columns' edges) or past a page break
    after the last row (the table's rows set in other columns on the next page, its page's foot
    taken for a row?), or a row whose cell ends in the middle of a code, range or list ("B1-", "t/m",
    "&": it goes on past the table's end, after a page break?).
    """
    from bcp_analysis.readers.programme_layout import Record

    columns = _header_columns(header)
    if columns is None:
        return None
    # a header cell wrapped onto the next line ("Duur" / "examen"): lower-case words under the header's cells
    while body and body[0].text and all(re.fullmatch(r"[a-z][\w()/.-]*(?: [a-z][\w()/.-]*)*", text)
                                        and any(abs(start - begin) <= 2 for begin in columns[0])
                                        for start, text in _offsets(body[0])):
        header, body = header + body[:1], body[1:]
        columns = _header_columns(header)
        if columns is None:
            return None
    starts, fields = columns
    key = fields.index("code") if "code" in fields else 0
    row_size = len(starts) // 2 + 1   # more than half of the columns
    records, blank, page = [], False, header[0].pagina
    for used, line in enumerate(body, start=len(header)):
        if not line.text:
            blank = True
            continue
        cells = _line_cells(line, starts)
        alone = cells is not None and list(cells) == [key]
        if cells is None and (line.pagina != page or len(line.cells) >= row_size):
            return None   # a line that fits no column past a page break, or with the cells of a row: a row?
        if blank and records and (cells is None or alone):
            return None if _cut_off(records) else (fields, records, used)   # the text after the table
        if cells is None:
            return None
        starts_row = _starts_row(cells, key, row_size)
        if starts_row and records and not blank and len(cells) < len(starts) \
                and not _CODE_LIKE.search(" ".join(cells.values())):
            starts_row = None   # right under a row, part of its cells, no code: a row, or the rest of the one above?
        if starts_row is None or (not starts_row and not records):
            return None
        if starts_row:
            records.append(Record(line.pagina, line.regel))
            page = line.pagina
        blank = False
        for column, text in cells.items():
            records[-1].add(fields[column] or f"_{column}", text, line.pagina, line.regel)
    return None if _cut_off(records) else (fields, records, len(header) + len(body))


# a cell that ends in the middle of a code, range or list ("B1-", "B1-K2-", "t/m", "&"): it goes on further
_CUT_OFF = re.compile(r"(?:(?<![A-Za-z0-9])[BbPp]\d{1,2}[ \t]*[-\u2010-\u2015?]"
                      r"(?:[ \t]*[Kk]\d{1,2}[ \t]*[-\u2010-\u2015?])?"
                      r"|\bt\.?/(?:m\.?)?|\btot\s+en\s+met|[,&+])$")


def _cut_off(records):
    """Whether a row's cell ends in the middle of a code, a range or a list: it goes on where the table's lines do
    not hold it (after a page break, in other columns; a page's foot taken for a row between), so that its codes
    cannot all be read."""
    return any(texts and _CUT_OFF.search(texts[-1][0]) for record in records for texts in record.cells.values())


def _starts_row(cells, key, row_size):
    """Whether a table's line starts a row (True), goes on in the row above (False), or cannot be told (None)."""
    if key not in cells:
        return None if len(cells) >= max(3, row_size) else False
    if len(cells) == 1 or re.match(r"^[a-z(]", cells[key]):
        return False
    if 2 * sum(1 for text in cells.values() if text[:1].islower()) > len(cells):
        return False   # most of its cells go on in lower case: the rest of the row ("B1-K1 | bekwaamheid | minuten")
    return True if len(cells) >= row_size else None


def read_programme_text(path):
    """Read a programme document's text (.txt or .md) into a Programme.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Programme

    Raises
    ------
    ProfileError
        For a missing, empty or non-UTF-8 file, and for the text of a profile.
    """
    from bcp_analysis.readers.programme_build import build_programme
    from bcp_analysis.readers.programme_pdf import is_profile_text

    path = Path(path)
    text = read_text_file(path, encoding_fix="sla de tekst op als UTF-8 (in Kladblok: 'Opslaan als', codering UTF-8)",
                          empty_fix=_EMPTY_FIX)
    layout = text_layout(text)
    programme = build_programme(layout, str(path))
    if not programme.maps_exams and is_profile_text([line.text for line in layout.lines]):
        raise NotAProgrammeError(path, "bestand", "dit is de tekst van een profiel (een beroepscompetentieprofiel of "
                           "kwalificatiedossier), geen examenplan, OER of toetsplan",
                           "geef dit bestand als het profiel en geef als examenplan het document van de school")
    return programme


_EMPTY_FIX = ("geef het examenplan, de OER of het toetsplan met zijn tekst; is het bestand bij het opslaan of "
              "downloaden leeg geraakt, sla het dan opnieuw op")


class _ProgrammeTextReader(ProgrammeReader):
    """A programme document's text: code lines, markdown tables and tables set in columns."""

    SUFFIXES = (".txt", ".md")
    LABEL = "de tekst van een examenplan, OER of toetsplan (.txt of .md)"

    def read_programme(self, path):
        return read_programme_text(path)


READER = _ProgrammeTextReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.PROGRAMME_READERS`."""
