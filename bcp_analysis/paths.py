"""Where the project's files live: the one place that knows the folder layout."""

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
]

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
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
