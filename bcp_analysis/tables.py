"""Writing a profile's tables as files a committee can open (CSV, UTF-8)."""

from pathlib import Path

from bcp_analysis.files import write_if_changed

__all__ = ["write_tables"]


def write_tables(profile, folder):
    """Write every table of a profile as ``<folder>/<table>.csv``.

    CSV files are UTF-8 with a byte-order mark, so Excel shows accents correctly, and
    are written only when their content changed, so a rebuild on unchanged input
    changes no byte.

    Parameters
    ----------
    profile : Profile
    folder : str or os.PathLike

    Returns
    -------
    list of pathlib.Path
        The files, in table order.
    """
    written = []
    for name, table in profile.tables().items():
        path = Path(folder) / f"{name}.csv"
        content = table.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
        write_if_changed(path, content)
        written.append(path)
    return written
