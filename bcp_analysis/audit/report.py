"""The audit's findings and report: what in the source is in no table, with its place and the fix."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from bcp_analysis.errors import place_text

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.readers.audit_source import SourceLine

__all__ = ["place_key"]

# Kinds of finding that mean the reader lost something of the document: a figure, a werkproces,
# a competency or a word that is in the source and in no table ("woord"), or a word of a field
# that is not in the source ("tekst": a word changed or invented). ``validate`` exits with 1 on these.
# The other kinds ("periode", "titel") are for a reviewer's eye: nothing is lost, but the
# verdict is not "in orde" either.
LOST_KINDS = ("cijfer", "werkproces", "competentie", "woord", "tekst")

_SHOWN = 100  # characters of the source text a line of the report shows


def place_key(finding):
    """Sort key of a finding by its place: (pagina, regel), a finding without a page first on its line.

    Parameters
    ----------
    finding : Finding

    Returns
    -------
    tuple of int
        (pagina or 0, regel or 0).

    Examples
    --------
    >>> findings = [Finding.at("cijfer", "", "", regel=10), Finding.at("cijfer", "", "", regel=9),
    ...             Finding.at("cijfer", "", "", regel=3, pagina=1)]
    >>> [finding.place for finding in sorted(findings, key=place_key)]
    ['regel 9', 'regel 10', 'pagina 1, regel 3']
    """
    return (finding.pagina or 0, finding.regel or 0)


@dataclasses.dataclass(frozen=True)
class Finding:
    """One thing of the source that is in no table of the profile (or disagrees with it).

    Attributes
    ----------
    kind : str
        ``cijfer``, ``werkproces``, ``competentie`` (something of the source is in no table: see
        ``LOST_KINDS``), ``periode``, ``titel``, ``plaats`` (for a reviewer's eye), or ``regel``
        (a line the reader itself reports as not placed, added by the command line).
    place : str
        Where it stands in the source, made from ``regel``, ``pagina`` and what the place is part
        of (:meth:`at`): "regel 689", "pagina 2, regel 14", "werkproces 1.2 (regel 130)".
    text : str
        The source text of that place (the line).
    message : str
        In Dutch: what is wrong and how to fix it.
    regel : int or None
        The line (on its page, in a PDF).
    pagina : int or None
        The page of a PDF.
    """

    kind: str
    place: str
    text: str
    message: str
    regel: int | None = None
    pagina: int | None = None

    @classmethod
    def at(cls, kind: str, text: str, message: str, *, regel: int | None = None, pagina: int | None = None,
           part: str | None = None) -> Finding:
        """Return a finding whose place is made from its line, page and part ("werkproces 1.2").

        Examples
        --------
        >>> Finding.at("regel", "Koffie zetten", "niet geplaatst", regel=12, part="werkproces 1.2").place
        'werkproces 1.2 (regel 12)'
        """
        return cls(kind, place_text(part, regel, pagina), text, message, regel, pagina)

    @classmethod
    def of(cls, kind: str, line: SourceLine, message: str) -> Finding:
        """Return a finding at a line of the source, with that line's text."""
        return cls.at(kind, line.text, message, regel=line.regel, pagina=line.pagina)

    @property
    def lost(self):
        """bool: whether the finding means something of the source is in no table."""
        return self.kind in LOST_KINDS

    def line(self):
        """Return the finding as one Dutch line: place, message, source text."""
        text = " ".join(self.text.split())
        if len(text) > _SHOWN:
            text = text[:_SHOWN - 1] + "…"
        return f"{self.place}: {self.message} ('{text}')"


@dataclasses.dataclass(frozen=True)
class AuditReport:
    """The findings of an audit of one document against the profile read from it.

    Attributes
    ----------
    source : str
        The document.
    findings : list of Finding
        Sorted by place.
    """

    source: str
    findings: list

    @property
    def ok(self):
        """bool: True when there are no findings."""
        return not self.findings

    @property
    def lost(self):
        """list of Finding: the findings that mean something was lost (see ``LOST_KINDS``)."""
        return [finding for finding in self.findings if finding.lost]

    def lines(self):
        """Return one Dutch line per finding, in the order of the document.

        Returns
        -------
        list of str
        """
        return [finding.line() for finding in self.findings]

    def verdict(self, name=None):
        """Return the verdict in one Dutch sentence: "in orde" only without findings.

        Parameters
        ----------
        name : str, optional
            How to name the source (default: ``source`` as given).

        Returns
        -------
        str
            "<bron>: in orde.", "<bron>: te controleren: N bevindingen ..." (nothing lost), or
            "<bron>: niet in orde: ..." (findings of ``LOST_KINDS``).
        """
        name = self.source if name is None else name
        if self.ok:
            return f"{name}: in orde."
        lost = len(self.lost)
        review = len(self.findings) - lost
        findings = f"{review} {'bevinding' if review == 1 else 'bevindingen'}"
        if not lost:
            return f"{name}: te controleren: {findings} (zie hierboven)."
        to_check = f"{findings} te controleren"
        missing = f"{lost} {'onderdeel' if lost == 1 else 'onderdelen'} van de bron niet in het profiel"
        return f"{name}: niet in orde: {missing}{' en ' + to_check if review else ''} (zie hierboven)."

    def format(self, name=None):
        """Return the report as Dutch text: a heading, one line per finding, the verdict.

        Parameters
        ----------
        name : str, optional
            How to name the source in the verdict (default: ``source`` as given).

        Returns
        -------
        str
        """
        if self.ok:
            return f"Controle van de bron: elk cijfer, werkproces en elke competentie staat in het profiel.\n" \
                   f"{self.verdict(name)}"
        lines = [f"Controle van de bron: {len(self.findings)} "
                 f"{'bevinding' if len(self.findings) == 1 else 'bevindingen'}:"]
        lines.extend(f"  - {line}" for line in self.lines())
        lines.append(self.verdict(name))
        return "\n".join(lines)
