"""Files in and out: user files read with clear errors, outputs written atomically and only when changed."""

import os
import tempfile
from pathlib import Path

from bcp_analysis.errors import ProfileError

__all__ = ["read_text_file", "atomic_write_bytes", "write_if_changed"]


def read_text_file(path, unit="regel", encoding_fix=None, empty_fix=None):
    """Return the text of a file a user gives, refusing missing, empty and non-UTF-8 files.

    A byte-order mark (which Excel and Notepad write) is accepted and dropped.

    Parameters
    ----------
    path : str or os.PathLike
    unit : str, default "regel"
        What the user calls a line of this file ("regel", or "rij" for a spreadsheet),
        used to name the place of a problem.
    encoding_fix, empty_fix : str, optional
        The likely fix shown for a file that is not UTF-8, or that is empty.

    Returns
    -------
    str

    Raises
    ------
    ProfileError
        Naming the file, the line of the first byte that is not UTF-8, and the fix.
    """
    path = Path(path)
    if not path.is_file():
        raise ProfileError(path, "bestand", "het bestand bestaat niet", "controleer het pad")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ProfileError(
            path, f"{unit} {line}", f"het bestand is geen UTF-8 (byte 0x{raw[exc.start]:02x})",
            encoding_fix or "sla het bestand op als UTF-8 (in Kladblok of Excel: 'Opslaan als', codering UTF-8)",
        ) from None
    if not text.strip():
        raise ProfileError(path, f"{unit} 1", "het bestand is leeg", empty_fix)
    return text


def atomic_write_bytes(path, content):
    """Write ``content`` to ``path`` through a temporary file, never leaving half a file.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_if_changed(path, content):
    """Write ``content`` atomically unless the file already holds exactly these bytes.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes

    Returns
    -------
    bool
        True when the file was written.
    """
    path = Path(path)
    if path.is_file() and path.read_bytes() == content:
        return False
    atomic_write_bytes(path, content)
    return True
