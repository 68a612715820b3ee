"""Build hook: ship the top-level data/ inside the wheel as the package data bcp_analysis/data.

Everything else is in pyproject.toml. git keeps one copy of the data, in data/; this maps that
folder (and every folder under it) onto ``bcp_analysis.data`` so that an installed wheel
carries it, and finds the code's packages so that a new subpackage needs no listing.
"""

from pathlib import Path

from setuptools import find_packages, setup

_DATA = Path(__file__).resolve().parent / "data"
_DATA_PACKAGES = ["bcp_analysis.data"] + sorted(
    "bcp_analysis.data." + folder.relative_to(_DATA).as_posix().replace("/", ".")
    for folder in _DATA.rglob("*")
    if folder.is_dir() and not folder.name.startswith((".", "_"))
)

setup(
    packages=find_packages(include=["bcp_analysis", "bcp_analysis.*"]) + _DATA_PACKAGES,
    package_dir={"bcp_analysis.data": "data"},
)
