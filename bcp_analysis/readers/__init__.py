"""Readers of profile documents, chosen by a registry: ``load_profile`` finds the reader for a file.

A reader is one module in this package with ``SUFFIXES`` (the file endings it reads),
``LABEL`` (its format in the user's words, for messages) and ``read(path, **options)``
returning a :class:`~bcp_analysis.model.profile.Profile`. Adding a format is adding such a module
and naming it in ``READERS`` below; readers are imported only when a file of theirs is read.
"""

import importlib
from pathlib import Path

from bcp_analysis.errors import ProfileError
from bcp_analysis.paths import BUNDLED_PROFILE

__all__ = ["READERS", "load_profile", "reader_for"]

# The one place where readers are registered: module name -> the file endings it reads.
READERS = {
    "bcp_analysis.readers.yaml_profile": (".yaml", ".yml"),
    "bcp_analysis.readers.bcp_text": (".txt",),
    "bcp_analysis.readers.pdf": (".pdf",),
    "bcp_analysis.readers.kd": (".xml",),
}


def reader_for(path):
    """Return the reader module for a file, chosen by its ending.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    module

    Raises
    ------
    ProfileError
        For an ending no reader takes, listing the formats there are.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    for module, suffixes in READERS.items():
        if suffix in suffixes:
            return importlib.import_module(module)
    known = ", ".join(suffix for suffixes in READERS.values() for suffix in suffixes)
    raise ProfileError(
        path, "bestand", f"onbekend soort bestand '{path.suffix or '(geen extensie)'}'",
        f"geef een profiel als een van: {known} (de pdf van een profiel, de tekst ervan als UTF-8 .txt, "
        "een profiel als .yaml of een kwalificatiedossier van SBB als .xml)",
    )


def load_profile(source=None, **options):
    """Load a profile and return it as validated pandas tables.

    Parameters
    ----------
    source : str or os.PathLike, optional
        A profile document; its ending chooses the reader (see ``READERS``): a structured
        profile (``.yaml``/``.yml``), a profile's PDF (``.pdf``) or its text (``.txt``),
        extracted on the way, or a kwalificatiedossier as SBB exports it (``.xml``, with
        ``profiel=``). Default: the bundled Junior accountmanager 2010 profile.
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
    path = Path(source) if source is not None else BUNDLED_PROFILE
    return reader_for(path).read(path, **options)
