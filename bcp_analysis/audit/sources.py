"""The audit's one way to a document: the reader of its format reads it as an AuditSource.

The audit never chooses by a file ending: it asks the registered reader
(:meth:`bcp_analysis.readers.protocol.Reader.audit_source`), so a reader added with
:func:`bcp_analysis.readers.register` is audited through its own reading. What a source holds
is in :mod:`bcp_analysis.readers.audit_source`: its text units (``lines``, each with
``text``, ``regel`` and ``pagina``) and what its format gives besides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bcp_analysis.readers import reader_for

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.readers.audit_source import AuditSource

__all__: list[str] = []  # nothing of it is used outside its layer


def read_source(path: str | os.PathLike) -> AuditSource:
    """Read a document for the audit, through the reader of its format.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    AuditSource

    Raises
    ------
    ProfileError
        For a file no reader takes, or that cannot be read.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_RAW
    >>> source = read_source(BUNDLED_RAW)
    >>> source.lines[4].place, source.rows_at
    ('regel 5', 'regel')
    """
    return reader_for(path).audit_source(path)
