"""The audit: a document's figures, werkprocessen and competencies held against the profile read from it.

The audit reads the source itself, independent of every reader (:mod:`bcp_analysis.audit.sources`:
a text's lines, a PDF's words per page, a kwalificatiedossier's element texts, a YAML file's
lines), and holds the profile against it:

- every figure-like token is an ``arbeidsmarkt`` row, or a finding "cijfer niet geplaatst"
  (which tokens count: :mod:`bcp_analysis.audit.figures`);
- every werkproces id or code the document names is a werkproces;
- the overview's titles agree with the headings' (or the finding names both);
- every line of a Competenties list is a competency of that werkproces, and every line
  that is a competency name on its own is in ``competenties``
  (:mod:`bcp_analysis.audit.werkprocessen`, :mod:`bcp_analysis.audit.competencies`);
- every word of a text or PDF (headings, running headers and footers set aside) is a word of
  a text field of the profile or of a line the reader reports as not placed, and every word
  of a field stands in the document (:mod:`bcp_analysis.audit.words`).

``validate``, ``extract`` and the build take their verdict from it: never "in orde" while it
has findings; findings of the kinds in ``LOST_KINDS`` make ``validate`` fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from bcp_analysis.audit.competencies import check_competencies
from bcp_analysis.audit.figures import check_figures
from bcp_analysis.audit.report import LOST_KINDS, AuditReport, Finding, place_key
from bcp_analysis.audit.sources import read_source
from bcp_analysis.audit.werkprocessen import check_titles, check_werkproces_ids
from bcp_analysis.audit.words import check_words

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.profile import Profile

__all__ = ["audit_document", "AuditReport", "Finding", "LOST_KINDS"]

_CHECKS = (check_figures, check_werkproces_ids, check_titles, check_competencies)


def audit_document(path: str | os.PathLike, profile: Profile | None = None, **options: Any) -> AuditReport:
    """Hold the profile read from a document against the document itself.

    Parameters
    ----------
    path : str or os.PathLike
        The document: ``.txt``, ``.pdf``, ``.xml`` (a kwalificatiedossier) or ``.yaml``.
    profile : Profile, optional
        The profile a reader made of it; default: read with
        :func:`bcp_analysis.readers.load_profile` (``path``, ``**options``).
    **options
        Options of the reader (``profiel=`` for a kwalificatiedossier).

    Returns
    -------
    AuditReport
        ``findings`` sorted by place; ``ok`` when there are none.

    Raises
    ------
    ProfileError
        When the document cannot be read (by the reader, or by the audit).

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> report = audit_document(BUNDLED_RAW)
    >>> sorted({finding.kind for finding in report.findings})
    ['periode', 'titel']
    """
    if profile is None:
        from bcp_analysis.readers import load_profile

        profile = load_profile(path, **options)
    source = read_source(Path(path))
    findings = [finding for check in _CHECKS for finding in check(source, profile)]
    # a line that another finding names as lost (a competency, a figure) is not named again for its words
    named = {finding.place for finding in findings if finding.lost}
    findings += [finding for finding in check_words(source, profile, _unplaced_lines(path, options))
                 if finding.kind != "woord" or finding.place not in named]
    findings.sort(key=lambda finding: place_key(finding.place))
    return AuditReport(source=str(path), findings=findings)


def _unplaced_lines(path, options):
    """(text, regel, pagina) of every line the reader reports as not placed (none for a non-extracting reader)."""
    from bcp_analysis.errors import ProfileError
    from bcp_analysis.readers import reader_for

    reader = reader_for(path)
    if not reader.extracts or Path(path).suffix.lower() not in (".txt", ".pdf"):
        return []
    try:
        report = reader.extract(path, **options).report
    except ProfileError:
        return []   # the profile was given; the reader cannot read this document itself
    pages = getattr(report, "pages", {}) or {}
    return [(text, *(pages[number][::-1] if number in pages else (number, None)))
            for number, text in getattr(report, "unplaced", [])]
