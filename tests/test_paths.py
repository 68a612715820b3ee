"""Tests of bcp_analysis.paths: the one place that knows where the data are."""

import re
from pathlib import Path

import pytest

from bcp_analysis import paths

ROOT = Path(__file__).resolve().parent.parent
_FILES = ("BUNDLED_PROFILE", "BUNDLED_RAW", "EXAMPLE_PROFILE", "EXAMPLE_CURRICULUM",
          "COMPETENTIEMODEL_FILE", "TEKSTCORRECTIES_FILE", "BUNDLED_KD")
# Code that starts from __file__ or importlib.resources to find files; only paths.py may.
_LOCATING = re.compile(r"__file__|importlib\.resources|from importlib import resources")


def test_in_a_checkout_the_data_are_the_checkouts_data_folder():
    assert paths.PROJECT_DIR == ROOT
    assert paths.DATA_DIR == ROOT / "data"


@pytest.mark.parametrize("name", _FILES)
def test_every_named_file_exists_under_the_data_folder(name):
    path = getattr(paths, name)
    assert path.is_file()
    assert path.is_relative_to(paths.DATA_DIR)


def test_in_a_checkout_the_notebooks_and_results_are_the_checkouts_own():
    assert paths.IN_CHECKOUT
    assert paths.NOTEBOOKS_DIR == ROOT / "notebooks"
    assert paths.RESULTS_DIR == ROOT / "figures"


@pytest.mark.parametrize("name", ["data", "notebooks"])
def test_the_packages_own_copy_comes_first(monkeypatch, tmp_path, name):
    (tmp_path / name).mkdir()
    monkeypatch.setattr(paths.resources, "files", lambda package: tmp_path)
    assert paths._packaged(name) == tmp_path / name


@pytest.mark.parametrize("name", ["data", "notebooks"])
def test_without_a_packaged_copy_the_checkout_is_used(monkeypatch, tmp_path, name):
    monkeypatch.setattr(paths.resources, "files", lambda package: tmp_path)  # nothing in it
    assert paths._packaged(name) == ROOT / name


def _modules():
    """Return every module of the package but paths.py, with its text."""
    package = ROOT / "bcp_analysis"
    return [(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
            for path in sorted(package.rglob("*.py")) if path != package / "paths.py"]


def test_only_paths_finds_files_relative_to_the_package():
    # Any other module that does so finds nothing in an installed wheel.
    modules = _modules()
    assert len(modules) > 10
    assert [name for name, text in modules if _LOCATING.search(text)] == []


def test_the_scan_recognises_what_it_forbids():
    assert _LOCATING.search('DATA = Path(__file__).parent.parent / "data"')
    assert _LOCATING.search('importlib.resources.files("bcp_analysis")')
    assert not _LOCATING.search("from bcp_analysis.paths import BUNDLED_PROFILE")
