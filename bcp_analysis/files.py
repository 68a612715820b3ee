"""Writing output files safely: atomically, and only when their content changed."""

import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write_bytes", "write_if_changed"]


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
