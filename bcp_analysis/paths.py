"""Where the project's files live: the one place that knows the folder layout.

The data and the notebooks (``data/`` and ``notebooks/`` at the top of the checkout, one copy
of each in git) travel inside an installed wheel as the package data ``bcp_analysis/data`` and
``bcp_analysis/notebooks`` (``setup.py`` maps the one onto the other). They are found through
:mod:`importlib.resources` where the package carries them, and in the checkout otherwise (a
checkout on ``PYTHONPATH`` or an editable install). ``RESULTS_DIR``, the checkout's
``figures/`` with every chart, table, workbook and notebook page a build of the bundled
profile publishes, exists in a checkout only (``IN_CHECKOUT``); an installed package's
build writes into the current folder instead.
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
    "IN_CHECKOUT",
    "RESULTS_DIR",
    "BUNDLED_PROFILE",
    "BUNDLED_RAW",
    "EXAMPLE_PROFILE",
    "CURRICULUM_DIR",
    "EXAMPLE_CURRICULUM",
    "EXAMPLE_EXAMENPLAN",
    "COMPETENTIEMODEL_FILE",
    "TEKSTCORRECTIES_FILE",
    "KD_DIR",
    "BUNDLED_KD",
    "BUNDLED_REGISTER",
    "VERKENNER_JUPYTER_DATA",
]

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _packaged(name):
    """Return a folder the wheel carries: the package's own copy if installed, else the checkout's."""
    packaged = resources.files("bcp_analysis") / name
    # An installed wheel is unpacked on disk, so its resources are plain paths.
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return PROJECT_DIR / name


DATA_DIR = _packaged("data")
RAW_DIR = DATA_DIR / "raw"
PROFILES_DIR = DATA_DIR / "profiles"
REFERENCE_DIR = DATA_DIR / "reference"
NOTEBOOKS_DIR = _packaged("notebooks")
# A checkout, not an installed package: the notebooks are the checkout's own, which a build rewrites.
IN_CHECKOUT = NOTEBOOKS_DIR == PROJECT_DIR / "notebooks"
# What a build of the bundled profile in a checkout publishes (charts, tables, workbook, notebook pages);
# None in an installed package, whose builds never write beside their own code.
RESULTS_DIR = PROJECT_DIR / "figures" if IN_CHECKOUT else None

BUNDLED_PROFILE = PROFILES_DIR / "junior-accountmanager-2010.yaml"
BUNDLED_RAW = RAW_DIR / "junior-accountmanager-2010.txt"
# A fictitious later version of the bundled profile, for the version-comparison example.
EXAMPLE_PROFILE = PROFILES_DIR / "junior-accountmanager-2026-voorbeeld.yaml"
CURRICULUM_DIR = DATA_DIR / "curriculum"
# An example programme for the bundled profile, with documented gaps.
EXAMPLE_CURRICULUM = CURRICULUM_DIR / "voorbeeld.csv"
# The example examenplan for the bundled profile, as a school publishes it (a PDF made by
# scripts/make_voorbeeld_examenplan.py from voorbeeld-examenplan.yaml).
EXAMPLE_EXAMENPLAN = CURRICULUM_DIR / "voorbeeld-examenplan.pdf"
COMPETENTIEMODEL_FILE = REFERENCE_DIR / "competentiemodel.yaml"
TEKSTCORRECTIES_FILE = REFERENCE_DIR / "tekstcorrecties.yaml"
# A kwalificatiedossier as SBB exports it (Pedagogisch Werk, crebo 23183), for the dossier view and the KD tests.
KD_DIR = DATA_DIR / "kd"
BUNDLED_KD = KD_DIR / "pedagogisch-werk-23183.xml"
BUNDLED_REGISTER = KD_DIR / "register-zorg-en-welzijn-2015.xml"  # three SBB exports under one <dossiers>
# Voilà's template for the verkenner's page (its lab template with Dutch words while loading), found
# through JUPYTER_PATH: data inside the package, not a module.
VERKENNER_JUPYTER_DATA = Path(__file__).resolve().parent / "app" / "jupyter-data"
