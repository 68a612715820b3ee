"""Where the project's files live: the one place that knows the folder layout.

The data (``data/`` at the top of the checkout, one copy in git) travel inside an installed
wheel as the package data ``bcp_analysis/data`` (``pyproject.toml`` maps the one onto the
other). They are found through :mod:`importlib.resources` where the package carries them, and
in the checkout's ``data/`` otherwise (a checkout on ``PYTHONPATH`` or an editable install).
``NOTEBOOKS_DIR`` and ``FIGURES_DIR`` exist in a checkout only: they are what ``build``
rewrites.
"""

from importlib import resources
from pathlib import Path

__all__ = [
    "PROJECT_DIR",
    "DATA_DIR",
    "RAW_DIR",
    "PROFILES_DIR",
    "REFERENCE_DIR",
    "NOTEBOOKS_DIR",
    "FIGURES_DIR",
    "BUNDLED_PROFILE",
    "BUNDLED_RAW",
    "EXAMPLE_PROFILE",
    "CURRICULUM_DIR",
    "EXAMPLE_CURRICULUM",
    "COMPETENTIEMODEL_FILE",
    "TEKSTCORRECTIES_FILE",
    "KD_DIR",
    "BUNDLED_KD",
    "BUNDLED_REGISTER",
]

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _data_dir():
    """Return the folder of the data: the package's own copy if installed, else the checkout's."""
    packaged = resources.files("bcp_analysis") / "data"
    # An installed wheel is unpacked on disk, so its resources are plain paths.
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return PROJECT_DIR / "data"


DATA_DIR = _data_dir()
RAW_DIR = DATA_DIR / "raw"
PROFILES_DIR = DATA_DIR / "profiles"
REFERENCE_DIR = DATA_DIR / "reference"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
FIGURES_DIR = PROJECT_DIR / "figures"

BUNDLED_PROFILE = PROFILES_DIR / "junior-accountmanager-2010.yaml"
BUNDLED_RAW = RAW_DIR / "junior-accountmanager-2010.txt"
# A fictitious later version of the bundled profile, for the version-comparison example.
EXAMPLE_PROFILE = PROFILES_DIR / "junior-accountmanager-2026-voorbeeld.yaml"
CURRICULUM_DIR = DATA_DIR / "curriculum"
# An example programme for the bundled profile, with documented gaps.
EXAMPLE_CURRICULUM = CURRICULUM_DIR / "voorbeeld.csv"
COMPETENTIEMODEL_FILE = REFERENCE_DIR / "competentiemodel.yaml"
TEKSTCORRECTIES_FILE = REFERENCE_DIR / "tekstcorrecties.yaml"
# A kwalificatiedossier as SBB exports it (Pedagogisch Werk, crebo 23183), for the dossier view and the KD tests.
KD_DIR = DATA_DIR / "kd"
BUNDLED_KD = KD_DIR / "pedagogisch-werk-23183.xml"
BUNDLED_REGISTER = KD_DIR / "register-zorg-en-welzijn-2015.xml"  # three SBB exports under one <dossiers>
