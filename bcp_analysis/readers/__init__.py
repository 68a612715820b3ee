"""Readers of profile documents, chosen by a registry: ``load_profile`` finds the reader for a file.

A reader is an object that satisfies the protocol of :mod:`bcp_analysis.readers.protocol`:
``SUFFIXES`` (the file endings it reads), ``LABEL`` (its format in the user's words, for
messages), ``read(path, **options)`` returning a :class:`~bcp_analysis.model.profile.Profile`,
and the optional capabilities (an extraction with its report, documents that hold several
profielen, ...). Adding a format is adding a module that defines ``READER``, such an object,
and naming it in ``READERS`` below; readers are imported only when a file of theirs is read.
:func:`register` adds a reader object (a test's, or a plug-in's) to the same registry.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bcp_analysis.errors import ProfileError, UsageError
from bcp_analysis.paths import BUNDLED_PROFILE
from bcp_analysis.readers.protocol import PathLike, ProgrammeReader, Reader

if TYPE_CHECKING:
    from bcp_analysis.model.profile import Profile
    from bcp_analysis.model.programme import Programme
    from bcp_analysis.model.register import Register

__all__ = ["PROGRAMME_READERS", "READERS", "Reader", "all_readers", "find_programme_reader", "find_reader",
           "load_profile", "load_programme", "reader_for", "register", "registered"]

# The one registry of readers: the reader -> the file endings it reads. A reader of the
# package is named by its module, which defines ``READER`` and is imported when a file of
# its is read; ``register`` adds reader objects.
READERS: dict[str | Reader, tuple[str, ...]] = {
    "bcp_analysis.readers.yaml_profile": (".yaml", ".yml"),
    "bcp_analysis.readers.bcp_text": (".txt",),
    "bcp_analysis.readers.pdf": (".pdf",),
    "bcp_analysis.readers.kd": (".xml",),
}

# The readers of programme documents (examenplan, OER, toetsplan): the module -> the file endings it
# reads. Each module defines ``READER``, a ProgrammeReader.
PROGRAMME_READERS: dict[str | ProgrammeReader, tuple[str, ...]] = {
    "bcp_analysis.readers.programme_csv": (".csv",),
    "bcp_analysis.readers.programme_pdf": (".pdf",),
    "bcp_analysis.readers.programme_text": (".txt", ".md"),
}


def _resolve(entry: str | Reader) -> Reader:
    return importlib.import_module(entry).READER if isinstance(entry, str) else entry


def register(reader: Reader) -> Reader:
    """Add a reader to ``READERS``; it takes the files of its ``SUFFIXES``.

    Parameters
    ----------
    reader : Reader
        An object of a subclass of :class:`~bcp_analysis.readers.protocol.Reader`.

    Returns
    -------
    Reader
        The reader, registered.

    Raises
    ------
    TypeError
        For an object that is not a Reader.
    UsageError
        For a file ending another reader takes already.
    """
    if not isinstance(reader, Reader):
        raise TypeError(f"a reader is an instance of bcp_analysis.readers.Reader, not {type(reader).__name__}")
    suffixes = tuple(suffix.lower() for suffix in reader.SUFFIXES)
    taken = sorted(set(suffixes) & {suffix for known in READERS.values() for suffix in known})
    if taken:
        raise UsageError("register", "reader", f"de extensies {', '.join(taken)} zijn al van een andere lezer",
                         "geef de lezer eigen SUFFIXES")
    READERS[reader] = suffixes
    return reader


@contextlib.contextmanager
def registered(reader: Reader) -> Iterator[Reader]:
    """Register a reader for the length of a ``with`` block (for tests).

    Parameters
    ----------
    reader : Reader

    Yields
    ------
    Reader
    """
    register(reader)
    try:
        yield reader
    finally:
        READERS.pop(reader, None)


def all_readers() -> list[Reader]:
    """Return every registered reader, in the order of ``READERS`` (imports the package's readers).

    Returns
    -------
    list of Reader
    """
    return [_resolve(entry) for entry in READERS]


def find_reader(path: PathLike) -> Reader | None:
    """Return the reader for a file, chosen by its ending, or None when no reader takes it.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Reader or None
    """
    suffix = Path(path).suffix.lower()
    for entry, suffixes in READERS.items():
        if suffix in suffixes:
            return _resolve(entry)
    return None


def reader_for(path: PathLike) -> Reader:
    """Return the reader for a file, chosen by its ending.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Reader
        An object with the members of :class:`~bcp_analysis.readers.protocol.Reader`.

    Raises
    ------
    ProfileError
        For an ending no reader takes, listing the formats there are.

    Examples
    --------
    >>> reader_for("profiel.yaml").LABEL
    'een profiel als .yaml'
    """
    reader = find_reader(path)
    if reader is not None:
        return reader
    path = Path(path)
    known = ", ".join(suffix for suffixes in READERS.values() for suffix in suffixes)
    raise ProfileError(
        path, "bestand", f"onbekend soort bestand '{path.suffix or '(geen extensie)'}'",
        f"geef een profiel als een van: {known} (de pdf van een profiel, de tekst ervan als UTF-8 .txt, "
        "een profiel als .yaml of een kwalificatiedossier van SBB als .xml)",
    )


def load_profile(source: PathLike | Register | None = None, **options: Any) -> Profile:
    """Load a profile and return it as validated pandas tables.

    Parameters
    ----------
    source : str or os.PathLike or Register, optional
        A profile document; its ending chooses the reader (see ``READERS``): a structured
        profile (``.yaml``/``.yml``), a profile's PDF (``.pdf``) or its text (``.txt``),
        extracted on the way, or a kwalificatiedossier or register as SBB exports it
        (``.xml``, with ``profiel=`` and, in a register, ``dossier=``), or a Register already
        read (``load_register``), which chooses with
        :meth:`~bcp_analysis.model.register.Register.chosen_profile`. Default: the bundled
        Junior accountmanager 2010 profile.
    **options
        Options for the reader of that format; ``None`` counts as not given, and an option
        the reader does not take is refused with a message.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        When the file cannot be read as a profile; the message names the file, the
        place, the problem and the likely fix.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> len(profile.kerntaken), len(profile.werkprocessen)
    (3, 15)
    >>> profile.werkprocessen["werkproces_id"].iloc[-1]
    '3.7'
    """
    from bcp_analysis.model.register import Register

    if isinstance(source, Register):  # read already: the register chooses
        return source.chosen_profile(**options)
    path = Path(source) if source is not None else BUNDLED_PROFILE
    reader = reader_for(path)
    options = {name: value for name, value in options.items() if value is not None}
    reader.check_options(path, options)
    return reader.read(path, **options)


def find_programme_reader(path: PathLike) -> ProgrammeReader | None:
    """Return the reader of programme documents for a file, chosen by its ending; None when none takes it.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    ProgrammeReader or None

    Examples
    --------
    >>> find_programme_reader("examenplan.pdf").LABEL
    'een examenplan, OER of toetsplan als .pdf'
    >>> find_programme_reader("profiel.yaml") is None
    True
    """
    suffix = Path(path).suffix.lower()
    for entry, suffixes in PROGRAMME_READERS.items():
        if suffix in suffixes:
            return _resolve(entry)
    return None


def load_programme(source: PathLike) -> Programme:
    """Load a school's programme document (examenplan, OER, toetsplan) as a Programme.

    Parameters
    ----------
    source : str or os.PathLike
        The document; its ending chooses the reader (see ``PROGRAMME_READERS``).

    Returns
    -------
    Programme

    Raises
    ------
    ProfileError
        When the file cannot be read as a programme; the message says what it is and what to do
        (a :class:`~bcp_analysis.errors.NotAProgrammeError` for a profile: a profile's PDF or text,
        a kwalificatiedossier's XML, a profile as YAML).
    """
    path = Path(source)
    reader = find_programme_reader(path)
    if reader is not None:
        return reader.read_programme(path)
    from bcp_analysis.readers.programme_refuse import refuse_as_programme

    known = ", ".join(suffix for suffixes in PROGRAMME_READERS.values() for suffix in suffixes)
    # a profile's format, a Word or Excel file, an unknown ending: its message
    refuse_as_programme(path, known, find_reader(path))
