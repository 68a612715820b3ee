"""A document as the audit reads it: its text units with their place, and what its format gives besides.

A reader answers :meth:`bcp_analysis.readers.protocol.Reader.audit_source` with an
:class:`AuditSource`. The audit (:mod:`bcp_analysis.audit`, a layer above the readers) holds
the profile a reader made against it, so the source is read here, apart from the reading into
a profile, and says no more than the document does:

- ``lines``: every text unit of the document, in its order, each a :class:`SourceLine` with its
  ``text``, ``regel`` and (in a paged document) ``pagina``. An audit of every word reads these.
- ``rows_at``: which place field of a profile's row names a unit of this source (``"regel"``
  for a text, ``"pagina"`` for a PDF, whose rows count lines in another reading order, None
  where the rows' provenance names another document or a whole section). The audit compares a
  row with a unit only by that field.
- ``reviewed``: a file reviewed by hand (the YAML format): a year its text names without a
  figure is the reviewer's choice, not a figure lost.
- ``mentions`` and ``competency_lists``: for a structured format, the werkproces ids its texts
  name and its lists of competencies, read by the format's own structure. None (the default)
  for a laid-out document: the audit then reads the overview, the headings and the
  Competenties lists from ``lines`` itself.

:func:`text_source` is the default of the protocol: a file's lines of text, numbered from 1.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from bcp_analysis.errors import ProfileError, place_text

if TYPE_CHECKING:  # names of the annotations only
    import os

__all__ = ["AuditSource", "CompetencyList", "Mention", "SourceLine", "text_source"]


@dataclasses.dataclass(frozen=True)
class SourceLine:
    """One text unit of a document: a line of a text, of a PDF's page, of an XML element's text, a YAML value.

    Attributes
    ----------
    regel : int
        The line: in the file, or on the page of a PDF (from 1).
    text : str
    pagina : int or None
        The page of a PDF (from 1), else None.
    spans : tuple of tuple of float
        In a PDF: (left, right) in points of each part of the line (parts are separated by
        " | "), so a word broken at the line end of one column finds its rest in the same
        column; empty where the document gives no positions.

    Examples
    --------
    >>> SourceLine(14, "Er zijn 59.600 vacatures", pagina=2).place
    'pagina 2, regel 14'
    """

    regel: int
    text: str
    pagina: int | None = None
    spans: tuple[tuple[float, float], ...] = ()

    @property
    def place(self) -> str:
        """str: "regel N", or "pagina P, regel N" on a paged document."""
        return place_text(regel=self.regel, pagina=self.pagina)


@dataclasses.dataclass(frozen=True)
class Mention:
    """A werkproces id a structured document names in a text.

    Attributes
    ----------
    werkproces_id : str
        The id as the profile's tables write it ("1.1", "B1-K1-W2").
    line : SourceLine
        Where it is named.
    part : str or None
        The part of a document of several profielen the id belongs to ("B1", "P2"): a
        mention of a part the profile has no werkproces of is about another profiel. None
        when the document holds one profile.
    """

    werkproces_id: str
    line: SourceLine
    part: str | None = None


@dataclasses.dataclass(frozen=True)
class CompetencyList:
    """The competencies a structured document lists for one werkproces.

    Attributes
    ----------
    items : tuple of SourceLine
        One per competency, its ``text`` the name as the document writes it.
    werkproces_id : str or None
        The werkproces's id, where the document gives it.
    regel : int or None
        Else: the line where the werkproces stands, which its row's ``regel`` names.
    profiel : str or None
        The title of the one profiel the list is for (a kwalificatiedossier's *aanvullende*
        competencies), None for every profiel of the document.
    """

    items: tuple[SourceLine, ...]
    werkproces_id: str | None = None
    regel: int | None = None
    profiel: str | None = None


@dataclasses.dataclass(frozen=True)
class AuditSource:
    """A document as the audit reads it: see the module docstring.

    Attributes
    ----------
    path : str
    lines : tuple of SourceLine
        Every text unit, in the order of the document.
    rows_at : str or None
        ``"regel"``, ``"pagina"`` or None: the field of a profile's row that names a unit here.
    reviewed : bool
        A file reviewed by hand: years without a figure are not reported.
    mentions : tuple of Mention or None
        The werkproces ids a structured document names; None for a laid-out document.
    competency_lists : tuple of CompetencyList or None
        The competency lists of a structured document; None for a laid-out document.
    """

    path: str
    lines: tuple[SourceLine, ...]
    rows_at: str | None = "regel"
    reviewed: bool = False
    mentions: tuple[Mention, ...] | None = None
    competency_lists: tuple[CompetencyList, ...] | None = None

    @property
    def laid_out(self) -> bool:
        """bool: whether the audit reads the document's structure from its lines (a text, a PDF)."""
        return self.mentions is None and self.competency_lists is None


def text_source(path: str | os.PathLike) -> AuditSource:
    """A text file as the audit reads it: its lines, numbered from 1 (the default of the protocol).

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    AuditSource

    Raises
    ------
    ProfileError
        For a file that cannot be read as UTF-8 text.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> source = text_source(BUNDLED_RAW)
    >>> source.lines[0].regel, source.laid_out
    (1, True)
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(path, "bestand", f"het bestand kan niet worden gelezen voor de controle ({exc})",
                           "controleer het pad en sla het bestand op als UTF-8") from None
    return AuditSource(str(path), tuple(SourceLine(number, line) for number, line in
                                        enumerate(text.splitlines(), start=1)))
