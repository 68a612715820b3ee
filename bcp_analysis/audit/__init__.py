"""The audit: a document's figures, werkprocessen and competencies held against the profile read from it.

The audit reads the source apart from the reading into a profile: the reader of its format
gives it as an :class:`~bcp_analysis.readers.audit_source.AuditSource`
(:meth:`~bcp_analysis.readers.protocol.Reader.audit_source`: a text's lines, a PDF's words per
page, a kwalificatiedossier's element texts, a YAML file's values, each with its ``regel`` and
``pagina``), and the audit holds the profile against it:

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
from bcp_analysis.audit.report import AuditReport, Finding, place_key
from bcp_analysis.audit.sources import read_source
from bcp_analysis.audit.werkprocessen import check_titles, check_werkproces_ids
from bcp_analysis.audit.words import check_words

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.profile import Profile
    from bcp_analysis.readers.protocol import Extraction

__all__ = ["audit_document", "AuditReport", "Finding"]

_CHECKS = (check_figures, check_werkproces_ids, check_titles, check_competencies)


def audit_document(path: str | os.PathLike, profile: Profile | None = None, extraction: Extraction | None = None,
                   **options: Any) -> AuditReport:
    """Hold the profile read from a document against the document itself.

    Parameters
    ----------
    path : str or os.PathLike
        The document, of any format a reader is registered for.
    profile : Profile, optional
        The profile a reader made of it; default: read with
        :func:`bcp_analysis.readers.load_profile` (``path``, ``**options``).
    extraction : Extraction, optional
        The reader's extraction of the document, where the caller made it already (``validate``):
        the lines it could not place count as placed, and the document is not extracted again.
    **options
        Options of the reader (``profiel=`` for a kwalificatiedossier).

    Returns
    -------
    AuditReport
        ``findings`` sorted by place; ``ok`` when there are none.

    Raises
    ------
    ProfileError
        When the document cannot be read (into a profile, or as the audit's source).

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> report = audit_document(BUNDLED_RAW)
    >>> sorted({finding.kind for finding in report.findings})
    ['periode', 'titel']
    """
    from bcp_analysis.errors import ProfileError
    from bcp_analysis.readers import reader_for

    reader = reader_for(path)
    options = {name: value for name, value in options.items() if value is not None}
    reader.check_options(path, options)
    if profile is None and extraction is None:   # one extraction: the profile and the lines not placed
        profile, extraction = reader.read_extracted(path, **options)
    elif profile is None:
        profile = reader.profile_of(extraction, path)
    elif extraction is None and reader.extracts:
        try:
            extraction = reader.extract(path, **options)
        except ProfileError:
            pass   # the profile was given; the reader cannot read this document itself
    source = read_source(Path(path))
    findings = [finding for check in _CHECKS for finding in check(source, profile)]
    # a line that another finding names as lost (a competency, a figure) is not named again for its words
    named = {(finding.regel, finding.pagina) for finding in findings if finding.lost}
    findings += [finding for finding in check_words(source, profile, _unplaced_lines(extraction))
                 if finding.kind != "woord" or (finding.regel, finding.pagina) not in named]
    findings.sort(key=place_key)
    return AuditReport(source=str(path), findings=findings)


def _unplaced_lines(extraction):
    """(text, regel, pagina) of every line the reader reports as not placed; none without an extraction."""
    if extraction is None:
        return []
    report = extraction.report
    return [(text, *report.place_of(number)) for number, text in report.unplaced]
