"""Build hook: ship the top-level data/ and notebooks/ inside the wheel as package data.

Everything else is in pyproject.toml. git keeps one copy of the data, in data/, and of the
notebooks, in notebooks/; this maps those folders (and every folder under data/) onto
``bcp_analysis.data`` and ``bcp_analysis.notebooks`` so that an installed wheel carries them
(``bcp-analysis build`` runs the notebooks), and finds the code's packages so that a new
subpackage needs no listing.
"""

import warnings
from pathlib import Path

from setuptools import find_packages, setup

# An editable install (``pip install -e .``, as ``make`` does) of a package whose folders are
# mapped (data/ and notebooks/ below) is made with an import finder, and setuptools ends it
# with a boxed caution that a folder named like the package in the working directory may take
# precedence during imports. In this checkout that folder is the package's own source, the
# very code installed: the caution is left out.
warnings.filterwarnings("ignore", message=r"Editable installation\.", module=r"setuptools\.command\.editable_wheel")

_DATA = Path(__file__).resolve().parent / "data"
_DATA_PACKAGES = ["bcp_analysis.data"] + sorted(
    "bcp_analysis.data." + folder.relative_to(_DATA).as_posix().replace("/", ".")
    for folder in _DATA.rglob("*")
    if folder.is_dir() and not folder.name.startswith((".", "_"))
)

setup(
    packages=find_packages(include=["bcp_analysis", "bcp_analysis.*"]) + _DATA_PACKAGES + ["bcp_analysis.notebooks"],
    package_dir={"bcp_analysis.data": "data", "bcp_analysis.notebooks": "notebooks"},
)
