"""Reader of SBB kwalificatiedossiers (KD) and registers as SBB exports them in XML: the reader of the registry.

Its one surface is ``READER``: one profiel is read as a Profile (``READER.read``, with
``profiel=``; ``dossier=`` in a register whose dossiers share a profiel's title), every
profiel of a file as a Dossier, or, for a file of several dossiers, as a Register
(``READER.collection``). The export itself is read by :mod:`bcp_analysis.readers.kd_export`,
a register's tables by :mod:`bcp_analysis.readers.kd_register`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bcp_analysis.readers.kd_export import (
    LABEL,
    SUFFIXES,
    build_profile,
    dossier_of,
    find_profiel,
    read_register,
    unplaced_figures,
)
from bcp_analysis.readers.kd_register import register_of
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.protocol import PathLike, Reader

__all__ = ["READER"]

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.dossier import Dossier
    from bcp_analysis.model.profile import Profile
    from bcp_analysis.model.register import Register
    from bcp_analysis.readers.audit_source import AuditSource


class _KdReader(Reader):
    """A kwalificatiedossier: several profielen in one document, one chosen with ``profiel``."""

    SUFFIXES = SUFFIXES
    LABEL = LABEL
    OPTIONS = ("profiel", "dossier")

    def read(self, path: PathLike, **options: Any) -> Profile:
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
        refuse_options(path, options, LABEL, accepted=self.OPTIONS)
        read = read_register(path)
        if len(read.exports) + len(read.problems) == 1 and options.get("dossier") is None:
            if read.problems:
                raise read.problems[0]["error"]
            export = read.exports[0]
            return build_profile(export, find_profiel(export, options.get("profiel")))
        return register_of(read).profile(options.get("profiel"), dossier=options.get("dossier"))

    def unplaced_figures(self, path: PathLike, **options: Any) -> list[tuple[str, str, str]]:
        """Labour-market figures of the dossier (of the chosen profiel, where one is chosen) that became no row."""
        refuse_options(path, options, LABEL, accepted=self.OPTIONS)
        if options.get("profiel") is None and options.get("dossier") is None:
            return unplaced_figures(path)
        return unplaced_figures(path, self.read(path, **options))

    def collection(self, path: PathLike, **options: Any) -> Dossier | Register:
        """Read every profiel of a kwalificatiedossier as a Dossier; a file of several dossiers as a Register.

        Parameters
        ----------
        path : str or os.PathLike
        **options
            None: all profielen are read.

        Returns
        -------
        Dossier or Register
            A Dossier for a file of one dossier; for a file of several (an SBB register) the
            Register (:func:`bcp_analysis.readers.kd_register.load_register`): both have
            ``profielen`` with a ``profiel`` column, ``problemen`` and ``profile(profiel)``.

        Raises
        ------
        ProfileError
            For a file that is not a usable KD export, or whose profielen share a title.
        """
        refuse_options(path, options, LABEL)  # all profielen: none is chosen
        read = read_register(path)
        if len(read.exports) + len(read.problems) == 1:
            if read.problems:
                raise read.problems[0]["error"]
            return dossier_of(read.exports[0])
        return register_of(read)

    def audit_source(self, path: PathLike) -> AuditSource:
        """The dossier as the audit reads it: element texts, codes, competency lists (:mod:`.kd_text`)."""
        from bcp_analysis.readers.kd_text import kd_source

        return kd_source(path)

    def read_register(self, path: PathLike) -> Register:
        """Read every dossier of the file as a Register (a file of one dossier is a register of one)."""
        return register_of(read_register(path))


READER = _KdReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.READERS`."""
