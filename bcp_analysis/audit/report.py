"""The audit's findings and report: what in the source is in no table, with its place and the fix."""

import dataclasses
import re

__all__ = ["Finding", "AuditReport", "LOST_KINDS", "place_key"]

# Kinds of finding that mean the reader lost something of the document: a figure, a werkproces,
# a competency or a word that is in the source and in no table ("woord"), or a word of a field
# that is not in the source ("tekst": a word changed or invented). ``validate`` exits with 1 on these.
# The other kinds ("periode", "titel") are for a reviewer's eye: nothing is lost, but the
# verdict is not "in orde" either.
LOST_KINDS = ("cijfer", "werkproces", "competentie", "woord", "tekst")

_SHOWN = 100  # characters of the source text a line of the report shows
_PLACE = re.compile(r"(?:pagina (\d+), )?regel (\d+)")


def place_key(place):
    """Sort key of a place: (pagina, regel), a place without a page first on its line.

    Parameters
    ----------
    place : str
        "regel 12" or "pagina 2, regel 14", also within a longer place such as
        "werkproces 1.2 (regel 130)".

    Returns
    -------
    tuple of int

    Examples
    --------
    >>> sorted(["regel 10", "regel 9", "pagina 1, regel 3"], key=place_key)
    ['regel 9', 'regel 10', 'pagina 1, regel 3']
    """
    match = _PLACE.search(place or "")
    if match is None:
        return (0, 0)
    page, line = match.groups()
    return (int(page) if page else 0, int(line))


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
        Where it stands in the source: "regel 689" or "pagina 2, regel 14".
    text : str
        The source text of that place (the line).
    message : str
        In Dutch: what is wrong and how to fix it.
    """

    kind: str
    place: str
    text: str
    message: str

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
