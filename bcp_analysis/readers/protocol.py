"""The reader protocol: what every reader of a document format has, and what some readers can do besides.

A reader is an object of a subclass of :class:`Reader`. It must say which file endings it
reads (``SUFFIXES``), name its format in the user's words (``LABEL``) and read a file into a
:class:`~bcp_analysis.model.profile.Profile` (:meth:`Reader.read`). Everything else is an
optional capability with a default that means "not this reader", so the command line, the
build, the dossier loaders, the summaries and the audit ask the reader instead of guessing from a file
ending or a module's name:

=========================  ==========================================  =====================
capability                 members                                     asked with
=========================  ==========================================  =====================
options such as profiel    ``OPTIONS``                                 :meth:`Reader.check_options`
extraction with a report   :meth:`Reader.extract`,                     :attr:`Reader.extracts`
                           :meth:`Reader.check_extraction`,
                           :meth:`Reader.profile_of`,
                           :meth:`Reader.read_extracted`
what went nowhere          :meth:`Reader.unplaced_lines`,              (always; empty when none)
                           :meth:`Reader.unplaced_figures`,
                           :func:`unplaced_in` (of an extraction)
several profielen          :meth:`Reader.collection`                   :attr:`Reader.holds_profielen`
several dossiers           :meth:`Reader.read_register`                :attr:`Reader.holds_dossiers`
quotable source lines      :meth:`Reader.source_lines`                 (None when not)
the audit's reading        :meth:`Reader.audit_source`                 (always; default: the
                                                                       file's lines of text)
=========================  ==========================================  =====================

A reader is registered in :data:`bcp_analysis.readers.READERS` (its module, for the readers
of the package, imported when a file of theirs is read) or with
:func:`bcp_analysis.readers.register` (a reader object, for instance one defined in a test).
"""

from __future__ import annotations

import abc
import os
import typing
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.options import refuse_options

if typing.TYPE_CHECKING:  # only for the annotations: the model is imported when a reader runs
    from bcp_analysis.model.profile import Profile
    from bcp_analysis.model.programme import Programme
    from bcp_analysis.model.register import Register
    from bcp_analysis.readers.audit_source import AuditSource, SourceLine

__all__ = ["Collection", "Extraction", "ProgrammeReader", "Reader", "Report", "UnplacedLine", "unplaced_in"]

PathLike = str | os.PathLike


class UnplacedLine(typing.NamedTuple):
    """A line inside a werkproces that a reader placed nowhere, with its place as data."""

    regel: int
    pagina: int | None
    werkproces: str
    tekst: str


def unplaced_in(extraction: Extraction | None) -> list[UnplacedLine]:
    """The lines inside werkprocessen that an extraction placed nowhere; none without an extraction.

    Parameters
    ----------
    extraction : Extraction or None

    Returns
    -------
    list of UnplacedLine
        In the order of the document, each with its place as :meth:`Report.place_of` gives it.
    """
    if extraction is None:
        return []
    report = extraction.report
    return [UnplacedLine(*report.place_of(number), werkproces, text)
            for number, werkproces, text in report.unplaced_in_werkprocessen()]


class Report(typing.Protocol):
    """What an extraction's report offers: the one-screen report and what was not placed.

    :class:`bcp_analysis.readers.bcp_text.report.ExtractionReport` is the report of the text and
    PDF readers.
    """

    def format(self) -> str:
        """The report as the command line prints it."""

    def where(self, number: int) -> str:
        """The place of a line of the document as a user finds it: "regel N" or "pagina P, regel N"."""

    def place_of(self, number: int) -> tuple[int, int | None]:
        """The place of a line of the document as data: (regel, pagina), pagina None where there are no pages."""

    def problems(self) -> Sequence[tuple[str, str, str | None]]:
        """Errors of the document: (place, problem, fix), raised after the extraction is written."""

    unplaced: Sequence[tuple[int, str]]
    """Every line with text that became no field: (number, text), the number as :meth:`place_of` takes it."""

    def unplaced_in_werkprocessen(self) -> Sequence[tuple[Any, str, str]]:
        """Lines inside werkprocessen placed nowhere: (regel, werkproces, tekst)."""

    def figures_not_placed(self) -> Sequence[tuple[str, str, str]]:
        """Labour-market figures that became no row: (place, the number as written, its line)."""


class Extraction(typing.Protocol):
    """What :meth:`Reader.extract` returns: the profile mapping and the report of how it was found.

    :class:`bcp_analysis.readers.bcp_text.Extraction` is the extraction of the text and PDF readers.
    """

    profile: Mapping[str, Any]
    """The profile in the YAML format of ``data/README.md`` (what ``extract -o`` writes)."""
    report: Report


class Collection(typing.Protocol):
    """A document's several profielen: what :meth:`Reader.collection` returns.

    :class:`bcp_analysis.model.dossier.Dossier` is the collection of a kwalificatiedossier, a
    :class:`bcp_analysis.model.register.Register` that of a file of several dossiers (a build
    then makes the register view).
    """

    profielen: Any
    """pandas.DataFrame: one row per profiel, with at least ``profiel``, ``crebo``, ``niveau``,
    ``dossier``, ``dossier_crebo``, ``werkprocessen`` and ``competenties``."""
    behoeften: Any
    """pandas.DataFrame: ``profiel``, ``werkproces_id``, ``competentie``, ``deel``."""
    problemen: Any
    """pandas.DataFrame: the parts of the document that could not be read (a register's dossiers
    that are refused), with at least ``regel`` and ``probleem``; empty (no rows) when none."""

    def profile(self, profiel: str | None = None) -> Profile:
        """One profiel, by its title or crebo."""


def _overrides(reader: Reader, name: str) -> bool:
    """Whether the reader's class has its own ``name``, not the protocol's default."""
    return getattr(type(reader), name) is not getattr(Reader, name)


class Reader(abc.ABC):
    """A reader of one document format.

    Subclass it, set ``SUFFIXES`` and ``LABEL`` and write :meth:`read`; override the optional
    capabilities the format has. The defaults mean "not this reader".

    Attributes
    ----------
    SUFFIXES : tuple of str
        The file endings it reads, lower case with the dot (``(".yaml", ".yml")``).
    LABEL : str
        Its format in the user's words, for messages ("een profiel als .yaml").
    OPTIONS : tuple of str
        The options of ``load_profile`` it takes besides the path (``("profiel",)`` for a
        kwalificatiedossier); any other option given is refused with a message. Default none.

    Examples
    --------
    >>> from bcp_analysis.readers import reader_for
    >>> reader = reader_for("dossier.xml")
    >>> reader.LABEL, reader.OPTIONS, reader.extracts, reader.holds_profielen
    ('een kwalificatiedossier als .xml (SBB-export)', ('profiel', 'dossier'), False, True)
    >>> reader_for("profiel.txt").extracts
    True
    """

    SUFFIXES: ClassVar[tuple[str, ...]]
    LABEL: ClassVar[str]
    OPTIONS: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {' '.join(self.SUFFIXES)}>"

    # --- required ------------------------------------------------------------------------

    @abc.abstractmethod
    def read(self, path: PathLike, **options: Any) -> Profile:
        """Read a document into a validated Profile.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            Only those of ``OPTIONS``, each given (``load_profile`` leaves out the options
            given as None and refuses the others before it calls this).

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            When the document cannot be read as a profile.
        """

    # --- options ---------------------------------------------------------------------------

    def check_options(self, path: PathLike, options: Mapping[str, Any]) -> None:
        """Refuse an option this reader does not take (``None`` counts as not given).

        Parameters
        ----------
        path : str or os.PathLike
        options : mapping of str to object

        Raises
        ------
        ProfileError
            Naming the option, what it is for and that this format does not take it.
        """
        refuse_options(path, options, self.LABEL, accepted=self.OPTIONS)

    # --- extraction: a document read by its layout, with a report of every line ------------

    @property
    def extracts(self) -> bool:
        """bool: whether the reader extracts the profile from a document's text (has :meth:`extract`).

        Such a reading can miss a part: an empty table then may be a part it could not read,
        and ``validate`` lists what went nowhere.
        """
        return _overrides(self, "extract")

    def extract(self, path: PathLike, **options: Any) -> Extraction | None:
        """Extract the profile from a document, with the report of every line; None when not extracted.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            As for :meth:`read`.

        Returns
        -------
        Extraction or None
            The profile mapping and its report; None for a format that is read whole (or
            refused), such as a structured file: this default.
        """
        return None

    def profile_of(self, extraction: Extraction, path: PathLike) -> Profile:
        """The validated Profile of an extraction of :meth:`extract`: what :meth:`read` gives.

        Every reader that extracts gives it (the audit reads a document once for its profile and
        its report); this default is for one that does not.

        Parameters
        ----------
        extraction : Extraction
        path : str or os.PathLike
            The document, named in a message.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            When the profile extracted is incomplete.
        NotImplementedError
            For a reader that does not extract.
        """
        raise NotImplementedError(f"{type(self).__name__} extraheert geen profiel")

    def read_extracted(self, path: PathLike, **options: Any) -> tuple[Profile, Extraction | None]:
        """The Profile of a document and the extraction it was made of, from one extraction.

        For a reader that extracts, the profile is :meth:`profile_of` the extraction (one that does not
        give :meth:`profile_of` reads the document again with :meth:`read`); for one that reads a file
        whole, :meth:`read` and None.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            As for :meth:`read`.

        Returns
        -------
        tuple of (Profile, Extraction or None)

        Raises
        ------
        ProfileError
            As :meth:`read`.
        """
        if not self.extracts:
            return self.read(path, **options), None
        extraction = self.extract(path, **options)
        try:
            return self.profile_of(extraction, path), extraction
        except NotImplementedError:
            return self.read(path, **options), extraction

    def check_extraction(self, extraction: Extraction, path: PathLike) -> None:
        """Raise the errors of an extraction, after it has been written for completion by hand.

        The default raises the report's :meth:`Report.problems`, all at once.

        Parameters
        ----------
        extraction : Extraction
        path : str or os.PathLike
            The document, named in the message.

        Raises
        ------
        ProfileError
        """
        problems = extraction.report.problems()
        if problems:
            raise ProfileError.from_problems(path, problems)

    def unplaced_lines(self, path: PathLike, **options: Any) -> list[UnplacedLine]:
        """Lines inside werkprocessen that the reader placed nowhere.

        The default asks the report of :meth:`extract`: empty for a reader that does not extract.

        Returns
        -------
        list of UnplacedLine
            (regel, pagina, werkproces, tekst), the place as :meth:`Report.place_of` gives it, in
            the order of the document.
        """
        return unplaced_in(self.extract(path, **options) if self.extracts else None)

    def unplaced_figures(self, path: PathLike, **options: Any) -> list[tuple[str, str, str]]:
        """Labour-market figures of the document that became no ``arbeidsmarkt`` row.

        The default asks the report of :meth:`extract`: empty for a reader that does not extract.

        Returns
        -------
        list of tuple of (str, str, str)
            (place, the number as written, its line of text).
        """
        extraction = self.extract(path, **options) if self.extracts else None
        return [] if extraction is None else list(extraction.report.figures_not_placed())

    # --- documents that hold several profielen --------------------------------------------

    @property
    def holds_profielen(self) -> bool:
        """bool: whether a document of this format holds several profielen (has :meth:`collection`).

        ``load_profile`` then needs ``profiel=`` to choose one (where there are several), a
        build without a profiel makes the view of all of them, and ``load_dossier`` and
        ``load_corpus`` read all of them.
        """
        return _overrides(self, "collection")

    def collection(self, path: PathLike, **options: Any) -> Collection | None:
        """Read every profiel of a document; None for a format of one profile (this default).

        Parameters
        ----------
        path : str or os.PathLike
        **options
            As for :meth:`read`, less ``profiel``.

        Returns
        -------
        Collection or None
            A :class:`~bcp_analysis.model.dossier.Dossier` for a kwalificatiedossier.
        """
        return None

    # --- documents that hold several dossiers (a register) ---------------------------------

    @property
    def holds_dossiers(self) -> bool:
        """bool: whether a document of this format can hold several kwalificatiedossiers (has :meth:`read_register`).

        ``validate`` then summarizes a file of several dossiers as a register, and ``diff``
        compares two such files dossier by dossier.
        """
        return _overrides(self, "read_register")

    def read_register(self, path: PathLike) -> Register | None:
        """Read every dossier of a document as a Register; None for a format without dossiers (this default).

        Parameters
        ----------
        path : str or os.PathLike

        Returns
        -------
        Register or None
            A file of one dossier is a register of one
            (:attr:`~bcp_analysis.model.register.Register.several_dossiers` tells them apart).
        """
        return None

    # --- provenance ---------------------------------------------------------------------------

    def source_lines(self, path: PathLike) -> list[str] | None:
        """The lines that the ``regel`` of the rows counts, to quote them; None when they cannot be quoted.

        The default is None (a ``regel`` of a structured file names the line of the original
        document, which is not the file read).

        Returns
        -------
        list of str or None
        """
        return None

    # --- the audit ------------------------------------------------------------------------------

    def audit_source(self, path: PathLike) -> AuditSource:
        """The document as the audit reads it, apart from :meth:`read`: its text units with their place.

        The audit (:func:`bcp_analysis.audit.audit_document`) holds the profile read from the
        document against what this returns; see :mod:`bcp_analysis.readers.audit_source`. The
        default reads the file as lines of text, numbered from 1, laid out like a BCP's text
        (the audit finds the overview, the headings and the Competenties lists in them). A
        format of another kind overrides it: a paged document gives each line its ``pagina``,
        a structured one its werkproces ids and competency lists (``mentions``,
        ``competency_lists``).

        Parameters
        ----------
        path : str or os.PathLike

        Returns
        -------
        AuditSource

        Raises
        ------
        ProfileError
            When the document cannot be read for the audit.
        """
        from bcp_analysis.readers.audit_source import text_source

        return text_source(path)


class ProgrammeReader(abc.ABC):
    """A reader of one format of programme document (examenplan, OER, toetsplan, a CSV typed by hand).

    A programme document is another kind of document than a profile: it says which onderdelen
    of a school examine or teach which werkprocessen. Its readers are registered in
    :data:`bcp_analysis.readers.PROGRAMME_READERS` and chosen by :func:`bcp_analysis.readers.load_programme`.

    Attributes
    ----------
    SUFFIXES : tuple of str
        The file endings it reads, lower case with the dot.
    LABEL : str
        Its format in the user's words, for messages ("een examenplan als .pdf").
    """

    SUFFIXES: ClassVar[tuple[str, ...]]
    LABEL: ClassVar[str]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {' '.join(self.SUFFIXES)}>"

    @abc.abstractmethod
    def read_programme(self, path: PathLike) -> Programme:
        """Read a programme document into a Programme.

        Parameters
        ----------
        path : str or os.PathLike

        Returns
        -------
        Programme
            Every code the document names is in its tables or in its ``notes``.

        Raises
        ------
        ProfileError
            When the document cannot be read as a programme (a profile, a scan, an empty file),
            with what it is and what to do.
        """

    def audit_lines(self, path: PathLike) -> list[SourceLine]:
        """The document's lines as the programme audit reads them, independent of :meth:`read_programme`.

        The default reads a text: its lines, a form feed starting a new page (``pagina`` is then
        the page, else None). A reader of a laid-out format (a PDF) gives its plain text per page.

        Parameters
        ----------
        path : str or os.PathLike

        Returns
        -------
        list of SourceLine
        """
        from bcp_analysis.files import read_text_file
        from bcp_analysis.readers.audit_source import SourceLine

        pages = read_text_file(path, encoding_fix="sla het bestand op als UTF-8").split("\f")
        paged = len(pages) > 1
        return [SourceLine(number, line, page if paged else None)
                for page, text in enumerate(pages, start=1) for number, line in enumerate(text.split("\n"), start=1)]

    def check_against_profile(self, programme: Programme, profile: Profile) -> None:
        """Refuse what a programme of this format cannot mean for the profile it is held against.

        A format typed for one profile (the curriculum CSV) refuses an id the profile does not
        have; a document of the school's own (an examenplan) is paired by code and title in the
        analyses instead, so the default accepts every programme.

        Parameters
        ----------
        programme : Programme
            Read by this reader.
        profile : Profile

        Raises
        ------
        ProfileError
            Naming the place in the file, what does not fit and the likely fix.
        """
        return None
