"""The audit's own reading of a document: its lines with their place, independent of every reader.

- a text (``.txt``): its lines, numbered from 1;
- a PDF: its words per page (pypdfium2's text page: every text rectangle's words), put
  into lines by their baseline, top to bottom; a gap wider than two font sizes between
  words of one line (two columns side by side) is written " | ", as a copied text writes
  a column edge. Lines are numbered per page;
- a kwalificatiedossier (``.xml``): the text of every element (markup of its HTML texts
  removed), each line with its line in the XML file, and per werkproces element its
  title, its line and the competencies it references;
- a structured profile (``.yaml``): its lines, comments and the ``arbeidsmarkt`` records
  left out (those are the table itself, not text of the document).
"""

import dataclasses
import html
import re
import xml.sax
import xml.sax.handler
from pathlib import Path

import defusedxml.sax

from bcp_analysis.errors import ProfileError

__all__ = ["KINDS", "SourceLine", "Source", "KdWerkproces", "read_source", "pdf_lines"]

# How the audit reads each file ending of the readers' registry (bcp_analysis.readers.READERS);
# a file of any other ending is read as lines of text.
KINDS = {".txt": "tekst", ".pdf": "pdf", ".xml": "kd", ".yaml": "yaml", ".yml": "yaml"}

# Lines of a PDF: words whose baselines differ by less than this share of the font size.
_ROW_TOLERANCE = 0.45
# A gap between words of a line wider than this many font sizes is a column edge.
_COLUMN_GAP = 2.0
_TAG = re.compile(r"<[^>]+>")


@dataclasses.dataclass(frozen=True)
class SourceLine:
    """One line of the document as the audit reads it.

    Attributes
    ----------
    page : int or None
        The page of a PDF, else None.
    line : int
        The line: in the file, or on the page of a PDF.
    text : str
    """

    page: object
    line: int
    text: str

    @property
    def place(self):
        """str: "regel N", or "pagina P, regel N" on a PDF."""
        return f"regel {self.line}" if self.page is None else f"pagina {self.page}, regel {self.line}"


@dataclasses.dataclass(frozen=True)
class KdWerkproces:
    """A werkproces element of a kwalificatiedossier: its title, line and referenced competencies.

    Attributes
    ----------
    titel : str
    line : int
    competencies : list of tuple of (str, int, str)
        (competency title as the dossier names it, line of the reference, profiel referentie
        of an aanvullende competency or "" for one of every profiel).
    """

    titel: str
    line: int
    competencies: list


@dataclasses.dataclass(frozen=True)
class Source:
    """A document as the audit reads it.

    Attributes
    ----------
    path : str
    kind : str
        ``tekst``, ``pdf``, ``kd`` or ``yaml``.
    lines : list of SourceLine
        In the order of the document.
    werkprocessen : list of KdWerkproces
        For a kwalificatiedossier; empty otherwise.
    profielen : dict of str to str
        For a kwalificatiedossier: the number of every profiel element -> its title.
    """

    path: str
    kind: str
    lines: list
    werkprocessen: list = dataclasses.field(default_factory=list)
    profielen: dict = dataclasses.field(default_factory=dict)


def read_source(path):
    """Read a document's lines for the audit, by its ending.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Source

    Raises
    ------
    ProfileError
        For a file that cannot be read.
    """
    path = Path(path)
    kind = KINDS.get(path.suffix.lower(), "tekst")
    if kind == "pdf":
        return Source(str(path), kind, pdf_lines(path))
    if kind == "kd":
        lines, werkprocessen, profielen = _kd_lines(path)
        return Source(str(path), kind, lines, werkprocessen, profielen)
    text = _read_text(path)
    lines = [SourceLine(None, number, line) for number, line in enumerate(text.splitlines(), start=1)]
    return Source(str(path), kind, _yaml_text_lines(lines) if kind == "yaml" else lines)


def _read_text(path):
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, "bestand", f"het bestand kan niet worden gelezen voor de controle ({exc})",
                           "controleer het pad en sla het bestand op als UTF-8") from None


def _yaml_text_lines(lines):
    """The lines of a YAML profile without comments and without the ``arbeidsmarkt`` records."""
    kept, in_records = [], False
    for line in lines:
        if re.match(r"^\S", line.text):
            in_records = line.text.startswith("arbeidsmarkt:")
        if in_records or line.text.lstrip().startswith("#"):
            continue
        kept.append(line)
    return kept


# --- PDF: words per page ----------------------------------------------------------------------

def pdf_lines(path):
    """Return the lines of a PDF: its words per page, in lines by baseline, numbered per page.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    list of SourceLine
        ``page`` from 1; ``line`` from 1 on each page, top to bottom; two columns side by
        side are one line, their parts joined by " | ".

    Raises
    ------
    ProfileError
        For a file that is no readable PDF.
    """
    import pypdfium2 as pdfium

    path = Path(path)
    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise ProfileError(path, "bestand", f"de pdf kan niet worden gelezen voor de controle ({exc})",
                           "controleer of het bestand een pdf is") from None
    lines = []
    try:
        for index in range(len(document)):
            page = document[index]
            words = _page_words(page)
            for number, text in enumerate(_word_lines(words), start=1):
                lines.append(SourceLine(index + 1, number, text))
    finally:
        document.close()
    return lines


def _page_words(page):
    """(x0, x1, top, bottom, word) of every word of a page, top-down coordinates."""
    height = page.get_height()
    textpage = page.get_textpage()
    words = []
    for rect in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(rect)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\x02", "-").replace("\ufffe", "-")
        parts = text.split()
        if not parts:
            continue
        width = (right - left) / max(len(text), 1)
        position = 0
        for part in parts:
            start = text.index(part, position)
            position = start + len(part)
            words.append((left + start * width, left + position * width, height - top, height - bottom, part))
    return words


def _word_lines(words):
    """The words grouped into lines by baseline, each line left to right, column edges as ' | '."""
    rows = []
    for word in sorted(words, key=lambda item: (round(item[3], 1), item[0])):
        size = max(word[3] - word[2], 1.0)
        if rows and abs(rows[-1]["bottom"] - word[3]) <= _ROW_TOLERANCE * max(size, rows[-1]["size"]):
            rows[-1]["words"].append(word)
        else:
            rows.append({"bottom": word[3], "size": size, "words": [word]})
    texts = []
    for row in rows:
        ordered = sorted(row["words"], key=lambda item: item[0])
        text = ordered[0][4]
        for before, word in zip(ordered, ordered[1:]):
            text += " | " if word[0] - before[1] > _COLUMN_GAP * row["size"] else " "
            text += word[4]
        texts.append(text)
    return texts


# --- a kwalificatiedossier: element texts ------------------------------------------------------

class _KdHandler(xml.sax.handler.ContentHandler):
    """Collects every element's text with its line, and the werkproces elements with their competencies."""

    def __init__(self):
        super().__init__()
        self.locator = None
        self.stack = []
        self.texts = []          # (line, text)
        self.names = {}          # competentie nr -> titel
        self.profielen = {}      # profiel nr -> titel
        self.werkprocessen = []
        self._chunks = []

    def setDocumentLocator(self, locator):  # noqa: N802 (SAX API)
        self.locator = locator

    def _line(self):
        return self.locator.getLineNumber() if self.locator is not None else 0

    def startElement(self, name, attrs):  # noqa: N802 (SAX API)
        self._flush()
        attributes = dict(attrs.items())
        line = self._line()
        if name == "competentie" and "titel" in attributes and "nr" in attributes:
            self.names[attributes["nr"]] = attributes["titel"]
        if name == "profiel" and "titel" in attributes and "nr" in attributes:
            self.profielen[attributes["nr"]] = attributes["titel"]
        if name == "werkproces" and "titel" in attributes:
            self.werkprocessen.append(KdWerkproces(attributes["titel"], line, []))
            self.texts.append((line, attributes["titel"]))
        if name == "competentie" and "referentie" in attributes and "werkprocescompetenties" in self.stack:
            profiel = ""
            if "aanvullend" in self.stack:
                profiel = self._aanvullend_profiel
            if self.werkprocessen:
                self.werkprocessen[-1].competencies.append((attributes["referentie"], line, profiel))
        if name == "aanvullend":
            self._aanvullend_profiel = ""
        if name == "profiel" and "referentie" in attributes and self.stack and self.stack[-1] == "aanvullend":
            self._aanvullend_profiel = attributes["referentie"]
        self.stack.append(name)

    def endElement(self, name):  # noqa: N802 (SAX API)
        self._flush()
        self.stack.pop()

    def characters(self, content):
        if not self._chunks:
            self._chunks.append(self._line())
        self._chunks.append(content)

    def _flush(self):
        if self._chunks:
            line, text = self._chunks[0], "".join(self._chunks[1:])
            if text.strip():
                self.texts.append((line, text))
            self._chunks = []


def _kd_lines(path):
    handler = _KdHandler()
    try:
        defusedxml.sax.parse(str(path), handler)
    except (xml.sax.SAXException, defusedxml.DefusedXmlException, OSError) as exc:
        raise ProfileError(path, "bestand", f"het XML-bestand kan niet worden gelezen voor de controle ({exc})",
                           "gebruik het XML-bestand zoals SBB het exporteert") from None
    lines = []
    for start, text in handler.texts:
        # A CDATA text is reported from where it ends in some parsers; count back from its own lines.
        for offset, part in enumerate(text.split("\n")):
            plain = html.unescape(_TAG.sub(" ", html.unescape(part))).strip()
            lines.append(SourceLine(None, start + offset, " ".join(plain.split())))
        lines.append(SourceLine(None, start, ""))  # an element's text is a paragraph of its own
    werkprocessen = [KdWerkproces(werkproces.titel, werkproces.line,
                                  [(handler.names.get(reference, reference), line, profiel)
                                   for reference, line, profiel in werkproces.competencies])
                     for werkproces in handler.werkprocessen]
    return lines, werkprocessen, handler.profielen
