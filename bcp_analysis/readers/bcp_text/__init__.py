"""The BCP text reader: a structured profile from the PDF text of a BCP, reporting every line it could not place.

The reader is made of modules with one job each: ``vocabulary`` (the layout's patterns and
words), ``lines`` (page noise and the ledger of where every line went), ``prose`` (prose and
bulleted lists put back together), ``state`` (the one object a reading fills), ``columns``
(the competency column split off the description beside it), ``front`` (colofon and
chapter 1), ``career`` (§1.3's career columns and comparison table), ``overview``
(chapter 2), ``werkprocessen`` (the descriptions), ``assemble`` (the profile mapping) and
``report`` (the extraction report).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bcp_analysis.files import read_text_file
from bcp_analysis.readers.audit_source import AuditSource, text_source
from bcp_analysis.readers.bcp_text.assemble import assemble_profile
from bcp_analysis.readers.bcp_text.career import is_career, read_career
from bcp_analysis.readers.bcp_text.front import find_parts, read_front
from bcp_analysis.readers.bcp_text.overview import check_overview, read_overview
from bcp_analysis.readers.bcp_text.report import Extraction, make_report
from bcp_analysis.readers.bcp_text.state import new_state
from bcp_analysis.readers.bcp_text.werkprocessen import read_werkprocessen
from bcp_analysis.readers.hyphenation import document_words
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.protocol import PathLike, Reader
from bcp_analysis.readers.yaml_profile import profile_from_dict

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.profile import Profile

__all__ = ["READER", "extract_file", "extract_text"]

SUFFIXES = (".txt",)
LABEL = "de tekst van een profiel (.txt)"


def extract_file(path: str | os.PathLike) -> Extraction:
    """Extract the profile from the PDF text of a BCP in a file (what ``READER.extract`` does).

    Parameters
    ----------
    path : str or os.PathLike
        A UTF-8 text file, for instance ``data/raw/junior-accountmanager-2010.txt``.

    Returns
    -------
    Extraction

    Raises
    ------
    ProfileError
        When the file is missing, empty or not UTF-8, or holds no recognisable profile.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> extraction = extract_file(BUNDLED_RAW)
    >>> [kerntaak["id"] for kerntaak in extraction.profile["kerntaken"]]
    ['1', '2', '3']
    >>> [item["tekst"] for item in extraction.profile["kerntaken"][0]["werkprocessen"][0]["competenties"]]
    ['Samenwerken en overleggen', 'Analyseren', 'Onderzoeken', 'Bedrijfsmatig handelen']
    """
    return extract_text(read_text_file(path), source=str(path))


def extract_text(text: str, source: str | None = "<tekst>", known_noise: dict[int, str] | None = None,
                 pages: dict[int, tuple[int, int]] | None = None) -> Extraction:
    """Extract the profile from the PDF text of a BCP.

    The text is read in the layout of an SBB/ECABO beroepscompetentieprofiel: an overview
    of kerntaken and werkprocessen ("Kerntaak 1", "1.1 ..."), then per werkproces its
    "Beschrijving werkproces", "Competenties:", "Resultaat:", "Kennis van:" and
    "Vaardigheden:". Two-column pages interleaved line by line are taken apart: the
    competency column is split off the description and the description put back
    together. Misread letters are corrected with :func:`bcp_analysis.readers.textfix.fix_text`.

    Parameters
    ----------
    text : str
        The text as extracted from the PDF.
    source : str, optional
        Its name, used in the report and in error messages.
    known_noise : dict of int to str, optional
        Lines already known to be page noise, {line number: kind} (the PDF reader finds
        running headers and footers by their position on the page).
    pages : dict of int to tuple of (int, int), optional
        For a text made from a PDF: line of the text -> (pagina, regel on that page). The
        report's places and every warning then name the page and the line on it.

    Returns
    -------
    Extraction
        ``profile`` (the mapping of the YAML format) and ``report`` (found, unplaced,
        warnings).

    Raises
    ------
    ProfileError
        When the text holds no kerntaken with werkproces descriptions.

    Examples
    --------
    >>> text = chr(10).join([
    ...     "Kerntaak 1 Bereidt evenementen voor",
    ...     "Beschrijving werkproces: 1.1 Stelt een draaiboek op",
    ...     "Hij werkt de wensen uit in een draaiboek | Competenties:",
    ...     "en plant de opbouw. - Plannen en organiseren",
    ...     "Resultaat:", "- Een draaiboek",
    ...     "Kennis van:", "- Veiligheidsvoorschriften",
    ...     "Vaardigheden:", "- Plannen",
    ...     "12", "BCP Medewerker evenementen", "BCP Medewerker evenementen",
    ... ])
    >>> extraction = extract_text(text)
    >>> werkproces = extraction.profile["kerntaken"][0]["werkprocessen"][0]
    >>> werkproces["beschrijving"], werkproces["competenties"]
    ('Hij werkt de wensen uit in een draaiboek en plant de opbouw.', [{'tekst': 'Plannen en organiseren', 'regel': 4}])
    >>> extraction.report.counts()["ruis"], extraction.report.unplaced
    (6, [])
    """
    with document_words(text) as kept:
        state = new_state(text, str(source), known_noise, pages)
        detail_start, overview_start = find_parts(state)
        read_front(state, 0, overview_start if overview_start is not None else detail_start,
                   section_readers=((is_career, read_career),))
        if overview_start is not None:
            read_overview(state, overview_start, detail_start)
        read_werkprocessen(state, detail_start, len(state.lines))
        check_overview(state)
        profile = assemble_profile(state)
    state.warnings.extend(f"afgebroken woord aan een regeleinde niet beslist: '{form}' is zo overgenomen; "
                          "controleer of het koppelteken hoort" for form in dict.fromkeys(kept))
    return Extraction(profile=profile, report=make_report(state))


class _TextReader(Reader):
    """The text of a BCP's PDF: extracted by its layout, with a report of every line."""

    SUFFIXES = SUFFIXES
    LABEL = LABEL

    def read(self, path: PathLike, **options: Any) -> Profile:
        """Read the PDF text of a BCP into a validated Profile.

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
            When the text cannot be read, or the profile extracted from it is incomplete
            (competencies in a Competenties list that are none of the 25: every such line).
        """
        return self.profile_of(self.extract(path, **options), path)

    def profile_of(self, extraction: Extraction, path: PathLike) -> Profile:
        """The validated Profile of an extraction, after :meth:`check_extraction`.

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
        self.check_extraction(extraction, path)
        return profile_from_dict(extraction.profile, path)

    def extract(self, path: PathLike, **options: Any) -> Extraction:
        """Extract the profile from the text, with the report of every line: :func:`extract_file`.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            None are accepted; an option meant for another format is refused.

        Returns
        -------
        Extraction
        """
        refuse_options(path, options, LABEL)
        return extract_file(path)

    def source_lines(self, path: PathLike) -> list[str]:
        """The lines of the text, which the rows' ``regel`` counts."""
        return read_text_file(path).splitlines()

    def audit_source(self, path: PathLike) -> AuditSource:
        """The text as the audit reads it: its lines, numbered from 1 (rows compared by ``regel``)."""
        return text_source(path)


READER = _TextReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.READERS`."""
