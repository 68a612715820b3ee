"""The main job: rebuild every table, chart and notebook from a profile."""

from pathlib import Path

from bcp_analysis.paths import FIGURES_DIR
from bcp_analysis.profile import load_profile
from bcp_analysis.tables import write_tables

__all__ = ["build"]


def build(profile=None, out=None):
    """Rebuild the outputs for a profile.

    Parameters
    ----------
    profile : str or os.PathLike, optional
        A ``.yaml`` profile or a raw ``.txt``; default the bundled profile.
    out : str or os.PathLike, optional
        Output folder; default ``figures/``.

    Returns
    -------
    list of pathlib.Path
        The files written or confirmed unchanged.
    """
    loaded = load_profile(profile)
    folder = Path(out) if out is not None else FIGURES_DIR
    written = write_tables(loaded, folder / "tabellen")
    for path in written:
        print(f"tabel: {path}")
    return written
