"""The PDF reader: a profile's PDF read by its own structure (fonts, rules, positions), then as a text.

A PDF knows where every piece of text stands, in which font, and which rules are drawn,
all of which a copied text has lost. The reader uses that to undo what makes a copied text
hard:

1. **Segments and cells** (:mod:`bcp_analysis.readers.pdf_page`): the characters of each
   page with their font size and weight, as runs without a gap; list markers of any kind
   joined to their item; the cells that the page's drawn rules enclose.
2. **Rows** (:mod:`bcp_analysis.readers.pdf_rows`): segments grouped by their baseline; a
   table's cells set close together cut at the column's edge; a heading wrapped onto the
   next line in the same bold or large font read as one row.
3. **Running headers, footers and page numbers** are rows in the top or bottom margin of the
   page whose text (digits left out) recurs at the same height on at least two pages and
   40 % of the pages, or that hold only a page number. They stay in the text, marked as page
   noise for the text reader (which counts them, with their page and line).
4. **Columns** (:mod:`bcp_analysis.readers.pdf_columns`). Where a page sets text in two
   columns (a BCP's werkproces: description left; title and Competenties right), a gutter
   runs between them: the x-range covered by the gaps before the left edge where the right
   column's segments start. A run of rows beside it is a column block, read left column
   first, then right (the overview of kerntaken and werkprocessen too). A block ends at a
   row that crosses the gutter, at a full-width heading (Resultaat, Kennis, Vaardigheden,
   Vakkennis) or at a gap wider than two lines. Rows that line up like a table of short
   cells keep their row order. Columns that go on over a page break go on at the top of
   the next page, beside the gutter of the page before where the page has none of its own.
5. **Reading order** is then the rows of each page top to bottom, column blocks unfolded,
   the cells of a ruled table one after the other at their place, a heading apart from the
   body text by a blank line, pages in order; an item that continues in its column on the
   next page is joined to it.

The text made this way goes through the BCP text reader
(:func:`bcp_analysis.readers.bcp_text.extract_text`), so a PDF and its text give the same
profile. Every row's provenance becomes ``pagina`` and ``regel`` (the line on that page,
counted in reading order, headers and footers included), and the report lists every line
that was placed nowhere with its page and line.
"""

from __future__ import annotations

import dataclasses
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.hyphenation import join_lines
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.pdf_columns import column_blocks as _column_blocks
from bcp_analysis.readers.pdf_columns import gutter as _gutter
from bcp_analysis.readers.pdf_page import page_content
from bcp_analysis.readers.pdf_rows import HEADING_SIZE as _HEADING_SIZE
from bcp_analysis.readers.pdf_rows import body_size as _body_size
from bcp_analysis.readers.pdf_rows import in_cells as _in_cells
from bcp_analysis.readers.pdf_rows import rows as _rows
from bcp_analysis.readers.pdf_rows import running_rows
from bcp_analysis.readers.pdf_rows import split_at_columns as _split_at_columns
from bcp_analysis.readers.pdf_rows import whole_headings as _whole_headings
from bcp_analysis.readers.pdf_tables import TableColumns, colofon_pairs, header_names
from bcp_analysis.readers.protocol import PathLike, Reader

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile
    from bcp_analysis.readers.audit_source import AuditSource
    from bcp_analysis.readers.bcp_text import Extraction

__all__ = ["READER"]

SUFFIXES = (".pdf",)
LABEL = "de pdf van een profiel"

_BULLET = re.compile(r"^[-–—*•·●▪■◦►➢✓»«+]\s")
# A line that ends in a werkproces's heading whose title may go on (no full stop or colon at its end).
_OPEN_HEADING = re.compile(r"(?:^|\s)\d+\.\d+\s+[A-Z][^.:;]*[^\W\d_]-?$")


@dataclasses.dataclass(frozen=True)
class PdfText:
    """The text of a PDF in reading order, with where each of its lines stands.

    Attributes
    ----------
    source : str
        The file.
    text : str
        The lines in reading order, joined by newlines: the input of the text reader.
    places : list of tuple of (int, int)
        For line ``i + 1`` of ``text``: (pagina, regel on that page).
    noise : dict of int to str
        The lines of ``text`` that are running headers, footers and page numbers, by their
        kind (``kopregel``, ``voettekst``, ``paginanummer``): the text reader counts them
        as page noise.
    pages : int
    """

    source: str
    text: str
    places: list
    noise: dict
    pages: int


def extract_pdf(path):
    """Extract the profile from a profile's PDF, with the report of every line.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    bcp_analysis.readers.bcp_text.Extraction
        ``profile`` (the mapping of the YAML format, provenance as ``pagina`` and ``regel``
        on the page) and ``report`` (its ``unplaced`` lines name their page).

    Raises
    ------
    ProfileError
    """
    from bcp_analysis.readers.bcp_text import extract_text

    document = pdf_text(path)
    extraction = extract_text(document.text, source=str(path), known_noise=document.noise,
                              pages=dict(enumerate(document.places, start=1)))
    return _on_pages(extraction, document)


def pdf_text(path):
    """Return the text of a PDF in reading order, with the page and line of every line.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    PdfText

    Raises
    ------
    ProfileError
        For a missing file, a file that is no PDF, a damaged or encrypted PDF, and a PDF
        without a text layer (a scan).
    """
    path = Path(path)
    pages = read_pages(path)
    rows_per_page, bands_per_page, gutters = [], [], []
    for segments, cells, _ in pages:
        free, bands = _in_cells(segments, cells)
        body_size = _body_size(segments)
        page_rows = _split_at_columns(_rows(free))
        # the gutter before wrapped headings are joined: a heading's lines beside a column are gaps too
        gutters.append(_gutter(page_rows))
        rows_per_page.append(_whole_headings(page_rows, body_size))
        bands_per_page.append([(top, [_whole_headings(rows, body_size) for rows in cell_rows])
                               for top, cell_rows in bands])
    noise_rows = running_rows(rows_per_page, [height for _, _, height in pages])
    lines, places, noise = [], [], {}
    carry, tables = {}, TableColumns()
    for number, (rows, bands, (segments, _, _)) in enumerate(zip(rows_per_page, bands_per_page, pages), start=1):
        # a page that goes on with an item of the page before: the columns of that page may go on at its top
        # ("toepassen" beside the description's last lines), also where the page has no gutter of its own
        gutter, continued = gutters[number - 1], "beside" if carry else None
        if gutter is None and carry:   # the page before's gutter, for the rows at the top only
            gutter, continued = gutters[number - 2], "alone"
        ordered, joins, last_item = _reading_order(rows, noise_rows[number - 1], bands, _body_size(segments), carry,
                                                   gutter, tables, continued)
        for index, text in joins:   # an item of the page before that continues on this page
            lines[index] = join_lines(lines[index], text)
        carry = ({"index": len(lines) + last_item[0], "x0": last_item[1], "heading": last_item[2]}
                 if last_item else {})
        line_number = 0
        for text, kind in ordered:
            if text:
                line_number += 1
            if kind:
                noise[len(lines) + 1] = kind
            lines.append(text)
            places.append((number, line_number))
    if not any(lines):
        raise ProfileError(path, "bestand", "deze pdf bevat geen tekst: alleen afbeeldingen (een scan?)",
                           "laat de pdf eerst herkennen met OCR (tekstherkenning, bijvoorbeeld in Adobe Acrobat, "
                           "of 'ocrmypdf') en lees dan de herkende pdf")
    return PdfText(str(path), "\n".join(lines), places, noise, len(pages))


# --- opening the file ----------------------------------------------------------------------

def read_pages(path, content=page_content):
    """Return what ``content`` reads of every page of a PDF, with a clear error for a file that is no readable PDF.

    Parameters
    ----------
    path : pathlib.Path
    content : callable, optional
        Called with each pypdfium2 page; default :func:`~bcp_analysis.readers.pdf_page.page_content`
        (the page's segments, cells and height).

    Returns
    -------
    list
        ``content(page)`` of every page, in order.

    Raises
    ------
    ProfileError
        For a missing file, a file that is no PDF, an encrypted, damaged or empty PDF.
    """
    import pypdfium2 as pdfium

    if not path.is_file():
        what = "is een map, geen bestand" if path.is_dir() else "bestaat niet"
        raise ProfileError(path, "bestand", f"het bestand {what}", "controleer het pad")
    with open(path, "rb") as stream:
        head = stream.read(1024)
    if b"%PDF-" not in head:
        raise ProfileError(path, "bestand", "dit bestand is geen pdf (het begint niet met '%PDF-')",
                           "controleer of u het goede bestand heeft; sla een document uit Word of een "
                           "browser op als pdf ('Opslaan als' of 'Afdrukken naar pdf')")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ProfileError(path, "bestand", "deze pdf is versleuteld met een wachtwoord",
                               "open de pdf met het wachtwoord en sla hem op zonder beveiliging") from None
        raise _damaged(path, exc) from None
    try:
        pages = [content(document[index]) for index in range(len(document))]
    except pdfium.PdfiumError as exc:
        raise _damaged(path, exc) from None
    finally:
        document.close()
    if not pages:
        raise ProfileError(path, "bestand", "deze pdf heeft geen pagina's", "download of exporteer de pdf opnieuw")
    return pages


def _damaged(path, error):
    return ProfileError(path, "bestand", "deze pdf is beschadigd en kan niet worden gelezen "
                        f"(de pdf-lezer meldt: {str(error).rstrip('.')})", "download of exporteer de pdf opnieuw")


# --- rows, running rows, columns -----------------------------------------------------------

def _reading_order(rows, noise, bands=(), body_size=10.0, carry=None, gutter=None, tables=None, continued=None):
    """The texts of a page's rows in reading order with their noise kind (or None); the joins; the last item.

    An empty text stands for a vertical gap wider than the page's usual line distance (a
    blank line between paragraphs), which the text reader uses as it does in a text. A
    line indented under a bulleted line (a hanging indent) continues that item and is
    joined to it, also when it is the first line of its column on the next page (``carry``:
    the line index and x of the page's last bulleted line; the joins are returned as (line
    index, text)). A heading (bold, or larger than the body text) stands apart from the body
    text by a blank line, as it does by its font. The cells of a band are read one after
    the other, each top to bottom, at the band's place on the page; a band under a header row
    of a table drawn cell by cell (``tables``, kept from page to page) is read by the headers
    of its columns (:mod:`bcp_analysis.readers.pdf_tables`). ``continued``: the columns of the page before may
    go on in the rows at the top (``"beside"`` its own gutter; ``"alone"``: the gutter is the page before's, and
    no other rows of the page are columns).
    """
    body = [row for index, row in enumerate(rows) if index not in noise]
    if gutter is None:
        gutter = _gutter(body)
    distances = sorted(b.top - a.top for a, b in zip(body, body[1:]) if b.top > a.top)
    page = _PageOrder(leading=distances[len(distances) // 2] if distances else 0.0, body_size=body_size,
                      carry={} if carry is None else carry, bands=list(bands),
                      tables=TableColumns() if tables is None else tables)
    page.read(rows, noise, _column_blocks(body, gutter, continued) if gutter is not None else {}, gutter)
    return page.ordered, page.joins, page.last_item or page.open_heading


class _PageOrder:
    """The reading order of one page, built row by row (see :func:`_reading_order`)."""

    def __init__(self, leading, body_size, carry, bands, tables):
        self.leading, self.body_size, self.carry, self.bands = leading, body_size, carry, bands
        self.tables = tables
        self.ordered, self.joins, self.last_item = [], [], None
        # a werkproces's heading that may go on, and no heading after it yet: the page break may cut it in its
        # column while the description beside it goes on ("1.4 Bewaakt de" ... "verkoop- en" / "accountplannen")
        self.open_heading = None

    def read(self, rows, noise, blocks, gutter):
        """Every row of the page: noise as it is, column blocks unfolded, a colofon paired, the rest in runs."""
        index, run = 0, []
        body = [number for number in range(len(rows)) if number not in noise]
        colofon = colofon_pairs([rows[number] for number in body])
        first, after = (body[colofon[0]], body[colofon[1] - 1] + 1) if colofon else (None, None)
        while index < len(rows):
            row = rows[index]
            if index == first:   # a colofon of labels and values side by side: each label with its value
                self.add(run)
                run = []
                self.blank()
                self.ordered.extend((text, None) for text in colofon[2])
                self.ordered.append(("", None))
                index = after
                continue
            if self.bands and self.bands[0][0] < row.top:
                self.add(run)
                run = []
                self.add_bands(row.top)
            if index in noise:
                self.add(run)
                run = []
                self.add_noise(row, noise[index])
                index += 1
                continue
            block = blocks.get(id(row))
            if block is None:
                run.append(self.piece(row, row.segments))
                index += 1
                continue
            self.add(run)
            run = []
            index = self.add_block(rows, index, block, noise, gutter)
        self.add(run)
        self.add_bands(math.inf)

    def add_block(self, rows, index, block, noise, gutter):
        """A block of two columns: the left column, then the right; the index of the row after it."""
        for side in (lambda s: s.x1 <= gutter, lambda s: s.x0 >= gutter):
            pieces = [self.piece(member, [s for s in member.segments if side(s)]) for member in block
                      if any(side(s) for s in member.segments)]
            if pieces:
                self.blank()
                self.add(pieces)
        members = {id(member) for member in block}
        while index < len(rows) and (id(rows[index]) in members or index in noise):
            if index in noise:
                self.add_noise(rows[index], noise[index])
            index += 1
        self.ordered.append(("", None))
        return index

    def blank(self):
        """A blank line, unless the text already ends in one."""
        if self.ordered and self.ordered[-1][0]:
            self.ordered.append(("", None))

    def piece(self, row, segments):
        """(text, x0, top, heading) of segments of a row."""
        heading = (all(segment.bold for segment in segments)
                   or max(segment.size for segment in segments) >= _HEADING_SIZE * self.body_size)
        return (" ".join(segment.text for segment in segments), min(segment.x0 for segment in segments), row.top,
                heading and not _BULLET.match(segments[0].text))

    def add_noise(self, row, kinds):
        self.ordered.extend((segment.text, kind) for segment, kind in zip(row.segments, kinds))

    def add_bands(self, before):
        """The bands of cells above ``before``: each cell top to bottom, apart by blank lines."""
        while self.bands and self.bands[0][0] < before:
            _, cells = self.bands.pop(0)
            pieces = [[self.piece(row, row.segments) for row in cell_rows] for cell_rows in cells]
            names = header_names(pieces)
            if names is not None:   # a table's header row: what the cells below it hold
                self.tables.set(pieces, names)
                self.blank()
                self.ordered.extend((piece[0], "kop") for cell in pieces for piece in cell)
                continue
            arranged = self.tables.arrange(pieces)
            for cell in [arranged] if arranged is not None else pieces:
                self.blank()
                self.add(cell)
            self.ordered.append(("", None))

    def _carried(self, text, x0, heading=False, top=0.0):
        """Whether a line continues the last item of the page before (and is joined to it).

        The last item is a bulleted line (its rest is indented under it) or a werkproces's
        heading cut by the page break ("1.2 Stelt een individueel" / "verkoopplan op": the page's
        first heading line, in lower case, in a column of its own beside the description).
        """
        carry = self.carry
        if carry.get("heading") and carry.get("index") is not None:
            if not heading:
                return False
            index, above = carry["index"], carry.get("top")
            near = above is None or top - above <= 1.8 * (self.leading or self.body_size * 1.3)
            if near and not _BULLET.match(text) and text[:1].islower():
                self.joins.append((index, text))   # the heading's next line may go on with it too
                carry["top"] = top
                return True
            carry["index"] = None
            return False
        if carry.get("index") is None or x0 < carry["x0"] - 1.0:
            return False
        carry["index"], index = None, carry["index"]
        if not _BULLET.match(text) and text[:1].islower() and x0 > carry["x0"] + 1.0:
            self.joins.append((index, text))
            return True
        return False

    def _joined(self, text, x0, previous):
        """Whether a line continues the line before it (a word with a leading hyphen, a hanging indent)."""
        if previous is None or not self.ordered or self.ordered[-1][1] is not None:
            return False
        last = self.ordered[-1][0]
        if last.endswith(" -") and text[:1].islower():
            # a word with a leading hyphen broken after it ("c.q. -" "dossier")
            self.ordered[-1] = (last + text, None)
            return True
        if _BULLET.match(previous[0]) and not _BULLET.match(text) and x0 > previous[1] + 1.0:
            self.ordered[-1] = (join_lines(last, text), None)
            return True
        return False

    def add(self, pieces):
        """Add (text, x0, top, heading) pieces of one column, top to bottom."""
        previous = None
        for text, x0, top, heading in pieces:
            if self._carried(text, x0, heading, top):
                continue
            if previous is not None and (self.leading and top - previous[2] > 1.3 * self.leading
                                         or heading != previous[3]):
                # a gap wider than a line, or a heading (bold or larger) after body text or before it
                self.ordered.append(("", None))
                previous = None
            if self._joined(text, x0, previous):
                previous = (previous[0], previous[1], top, previous[3])
                continue
            self.ordered.append((text, None))
            previous = (text, x0, top, heading)
            self.last_item = ((len(self.ordered) - 1, x0, False) if _BULLET.match(text)
                              else (len(self.ordered) - 1, x0, True) if heading and _OPEN_HEADING.search(text)
                              else None)
            if heading:
                self.open_heading = self.last_item if self.last_item and self.last_item[2] else None


# --- provenance on pages ---------------------------------------------------------------------

def _on_pages(extraction, document):
    """The extraction with every ``regel`` of the profile turned into (pagina, regel on the page).

    The report names its places by page already (the reading was given ``pages``).
    """
    from bcp_analysis.readers.bcp_text import Extraction

    pages = {number: place for number, place in enumerate(document.places, start=1)}

    def remap(value):
        if isinstance(value, dict):
            mapped = {key: remap(item) for key, item in value.items()}
            if isinstance(value.get("regel"), int) and value["regel"] in pages:
                mapped["pagina"], mapped["regel"] = pages[value["regel"]]
            return mapped
        if isinstance(value, list):
            return [remap(item) for item in value]
        return value

    return Extraction(profile=remap(extraction.profile), report=extraction.report)


class _PdfReader(Reader):
    """A profile's PDF: read by the position of its text, extracted with a report of every line."""

    SUFFIXES = SUFFIXES
    LABEL = LABEL

    def read(self, path: PathLike, **options: Any) -> Profile:
        """Read a profile's PDF into a validated Profile.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            None are accepted; an option meant for another format is refused.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            For a file that is not a readable PDF with text, or whose profile is incomplete.
        """
        return self.profile_of(self.extract(path, **options), path)

    def profile_of(self, extraction: Extraction, path: PathLike) -> Profile:
        """The validated Profile of an extraction: its profile mapping made into tables.

        Parameters
        ----------
        extraction : Extraction
        path : str or os.PathLike

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            As :meth:`read`.
        """
        from bcp_analysis.readers.yaml_profile import profile_from_dict

        return profile_from_dict(extraction.profile, path)

    def extract(self, path: PathLike, **options: Any) -> Extraction:
        """Extract the profile from the PDF with the report of every line: :func:`extract_pdf`.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            None are accepted; an option meant for another format is refused.

        Returns
        -------
        bcp_analysis.readers.bcp_text.Extraction
        """
        refuse_options(path, options, LABEL)
        return extract_pdf(path)

    def audit_source(self, path: PathLike) -> AuditSource:
        """The PDF as the audit reads it: its words per page in lines (:mod:`bcp_analysis.readers.pdf_words`)."""
        from bcp_analysis.readers.pdf_words import pdf_source

        return pdf_source(path)


READER = _PdfReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.READERS`."""
