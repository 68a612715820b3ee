"""A kwalificatiedossier's element texts, codes and competency lists: the audit's reading of SBB's XML.

Read with SAX (defusedxml), apart from the reader of :mod:`bcp_analysis.readers.kd_export`:
the text of every element with its line in the file, every werkproces code a text names, and
per werkproces element the competencies it references, for every profiel or as *aanvullend*
for one. The audit holds the profile the reader made against these.
"""

from __future__ import annotations

import html
import re
import xml.sax
import xml.sax.handler
from typing import TYPE_CHECKING

import defusedxml.sax

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.audit_source import AuditSource, CompetencyList, Mention, SourceLine

if TYPE_CHECKING:  # names of the annotations only
    import os

__all__: list[str] = []  # nothing of it is used outside its layer

_TAG = re.compile(r"<[^>]+>")
_KD_CODE = re.compile(r"\b([BP]\d+)-K(\d+)-W(\d+)\b")


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
            self.werkprocessen.append((line, []))
            self.texts.append((line, attributes["titel"]))
        if name == "competentie" and "referentie" in attributes and "werkprocescompetenties" in self.stack:
            profiel = ""
            if "aanvullend" in self.stack:
                profiel = self._aanvullend_profiel
            if self.werkprocessen:
                self.werkprocessen[-1][1].append((attributes["referentie"], line, profiel))
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


def kd_source(path: str | os.PathLike) -> AuditSource:
    """A kwalificatiedossier (SBB's XML) as the audit reads it: its element texts, codes and competency lists.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    AuditSource
        ``lines``: the text of every element (the markup of its HTML texts removed), each line
        with its line in the XML file, a blank unit after each element's text (a paragraph of
        its own); ``mentions``: every werkproces code ("B1-K1-W2") a text names, with its part;
        ``competency_lists``: per werkproces element the competencies it references, found by
        its line (the ``regel`` of its row), the *aanvullende* ones with their profiel's title.
        Rows name lines or whole sections, so figures are compared anywhere (``rows_at`` None).

    Raises
    ------
    ProfileError
        For a file that is no readable XML.
    """
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
            lines.append(SourceLine(start + offset, " ".join(plain.split())))
        lines.append(SourceLine(start, ""))  # an element's text is a paragraph of its own
    mentions = tuple(Mention(f"{match.group(1)}-K{match.group(2)}-W{match.group(3)}", line, part=match.group(1))
                     for line in lines for match in _KD_CODE.finditer(line.text))
    titles = {number: " ".join(title.split()) for number, title in handler.profielen.items()}
    lists = []
    for line, competencies in handler.werkprocessen:
        groups = {}
        for reference, regel, profiel in competencies:
            item = SourceLine(regel, handler.names.get(reference, reference))
            groups.setdefault(titles.get(profiel, profiel) or None, []).append(item)
        lists.extend(CompetencyList(tuple(items), regel=line, profiel=profiel) for profiel, items in groups.items())
    return AuditSource(str(path), tuple(lines), rows_at=None, mentions=mentions, competency_lists=tuple(lists))
