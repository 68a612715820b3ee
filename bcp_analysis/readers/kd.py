"""Reader of SBB kwalificatiedossiers (KD) and registers as SBB exports them in XML: the reader of the registry.

One profiel is read as a Profile (``profiel=``; ``dossier=`` in a register whose dossiers
share a profiel's title), every profiel of a file as a Dossier, or, for a file of several
dossiers, as a Register. The export itself is read by :mod:`bcp_analysis.readers.kd_export`,
a register's tables by :mod:`bcp_analysis.readers.kd_register`.
"""

from bcp_analysis.readers.kd_export import (
    LABEL,
    SUFFIXES,
    Export,
    RegisterExport,
    build_profile,
    dossier_of,
    dossier_rows,
    figure_reading,
    find_profiel,
    profiel_needs,
    read_export,
    read_register,
    unplaced_figures,
)
from bcp_analysis.readers.kd_register import register_of
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.protocol import Reader

__all__ = [
    "SUFFIXES",
    "LABEL",
    "READER",
    "read",
    "read_dossier",
    "Export",
    "RegisterExport",
    "build_profile",
    "dossier_of",
    "dossier_rows",
    "figure_reading",
    "find_profiel",
    "profiel_needs",
    "read_export",
    "read_register",
    "unplaced_figures",
]

def read(path, **options):
    """Read one profiel of a kwalificatiedossier or of a register (SBB's XML) as a Profile.

    Parameters
    ----------
    path : str or os.PathLike
        The XML file as SBB exports it: one dossier, or a register of several.
    **options
        ``profiel``: the profiel's title or crebo; needed when the file has more than one.
        ``dossier``: the dossier's nr, crebo or title, for a title that several dossiers of
        a register use.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        For a file that is not a usable KD export or a profiel that is not in it.
    """
    refuse_options(path, options, LABEL, accepted=("profiel", "dossier"))
    read = read_register(path)
    if len(read.exports) + len(read.problems) == 1 and options.get("dossier") is None:
        if read.problems:
            raise read.problems[0]["error"]
        export = read.exports[0]
        return build_profile(export, find_profiel(export, options.get("profiel")))
    return register_of(read).profile(options.get("profiel"), dossier=options.get("dossier"))


def read_dossier(path):
    """Read every profiel of a kwalificatiedossier (SBB's XML export) as a Dossier; a register as a Register.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Dossier or Register
        A Dossier for a file of one dossier; for a file of several (an SBB register) the
        Register (:func:`bcp_analysis.readers.kd_register.load_register`): both have ``profielen``
        with a ``profiel`` column and ``profile(profiel)``.

    Raises
    ------
    ProfileError
        For a file that is not a usable KD export, or whose profielen share a title.
    """
    read = read_register(path)
    if len(read.exports) + len(read.problems) == 1:
        if read.problems:
            raise read.problems[0]["error"]
        return dossier_of(read.exports[0])
    return register_of(read)


class _KdReader(Reader):
    """A kwalificatiedossier: several profielen in one document, one chosen with ``profiel``."""

    SUFFIXES = SUFFIXES
    LABEL = LABEL
    OPTIONS = ("profiel", "dossier")

    def read(self, path, **options):
        return read(path, **options)

    def unplaced_figures(self, path, **options):
        refuse_options(path, options, LABEL, accepted=self.OPTIONS)
        if options.get("profiel") is None and options.get("dossier") is None:
            return unplaced_figures(path)
        return unplaced_figures(path, read(path, **options))

    def collection(self, path, **options):
        refuse_options(path, options, LABEL)  # all profielen: none is chosen
        return read_dossier(path)

    def read_register(self, path):
        return register_of(read_register(path))


READER = _KdReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.READERS`."""
