"""Tests for bcp_analysis.outputs.steps: the files a notebook depends on, read from its syntax tree."""

import json

import pytest

from bcp_analysis.errors import OutputError
from bcp_analysis.outputs.steps import notebook_files
from bcp_analysis.paths import (
    BUNDLED_KD,
    BUNDLED_PROFILE,
    BUNDLED_RAW,
    BUNDLED_REGISTER,
    CURRICULUM_DIR,
    EXAMPLE_CURRICULUM,
    EXAMPLE_PROFILE,
)


def _notebook(folder, *cells):
    """A notebook of code cells; a cell given as (source, True) is tagged ``parameters``."""
    made = []
    for cell in cells:
        source, parameters = cell if isinstance(cell, tuple) else (cell, False)
        made.append({"cell_type": "code", "execution_count": None, "id": f"cel-{len(made)}", "outputs": [],
                     "metadata": {"tags": ["parameters"]} if parameters else {}, "source": source})
    path = folder / "proef.ipynb"
    path.write_text(json.dumps({"cells": made, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}),
                    encoding="utf-8")
    return path


def test_names_imported_over_several_lines(tmp_path):
    path = _notebook(tmp_path, "from bcp_analysis.paths import (\n    BUNDLED_PROFILE,\n    EXAMPLE_CURRICULUM,\n)\n")
    assert set(notebook_files(path, {})) == {BUNDLED_PROFILE, EXAMPLE_CURRICULUM}


def test_a_name_imported_under_another_name_and_used_in_a_later_cell(tmp_path):
    path = _notebook(tmp_path, "from bcp_analysis.paths import BUNDLED_RAW as RUW", "print(RUW.read_text()[:10])")
    assert notebook_files(path, {}) == (BUNDLED_RAW,)


def test_the_module_imported_with_an_alias(tmp_path):
    path = _notebook(tmp_path, "import bcp_analysis.paths as p", "dossier = p.BUNDLED_KD")
    assert notebook_files(path, {}) == (BUNDLED_KD,)


def test_the_module_imported_from_the_package(tmp_path):
    path = _notebook(tmp_path, "from bcp_analysis import paths", "%matplotlib inline\nvorige = paths.EXAMPLE_PROFILE")
    assert notebook_files(path, {}) == (EXAMPLE_PROFILE,)


def test_the_module_by_its_full_name(tmp_path):
    path = _notebook(tmp_path, "import bcp_analysis.paths\nregister = bcp_analysis.paths.BUNDLED_REGISTER")
    assert notebook_files(path, {}) == (BUNDLED_REGISTER,)


def test_a_folder_stands_for_every_file_in_it(tmp_path):
    path = _notebook(tmp_path, "from bcp_analysis import paths as p\nmap_ = p.CURRICULUM_DIR")
    files = notebook_files(path, {})
    assert EXAMPLE_CURRICULUM in files and files and all(file.is_relative_to(CURRICULUM_DIR) for file in files)


def test_a_default_the_build_replaces_does_not_count(tmp_path):
    cells = [("from bcp_analysis import paths\n\nPROFIEL = paths.BUNDLED_PROFILE\nVORIGE = paths.EXAMPLE_PROFILE\n",
              True)]
    path = _notebook(tmp_path, *cells)
    assert set(notebook_files(path, {})) == {BUNDLED_PROFILE, EXAMPLE_PROFILE}
    assert notebook_files(path, {"PROFIEL": str(BUNDLED_KD)}) == (BUNDLED_KD, EXAMPLE_PROFILE)
    # the same with plain names
    path = _notebook(tmp_path, ("from bcp_analysis.paths import BUNDLED_PROFILE\nPROFIEL = BUNDLED_PROFILE\n", True))
    assert notebook_files(path, {"PROFIEL": "geen bestand"}) == ()


def test_other_modules_and_look_alike_names_do_not_count(tmp_path):
    path = _notebook(tmp_path, "import os.path as p\nfrom os import path as paths\nx = p.BUNDLED_PROFILE\n"
                               "y = paths.BUNDLED_KD\nBUNDLED_RAW = 'elders'\n")
    assert notebook_files(path, {}) == ()


def test_a_cell_that_is_no_python_names_the_notebook_and_the_cell(tmp_path):
    path = _notebook(tmp_path, "x = 1", "def kapot(:\n")
    with pytest.raises(OutputError, match=r"proef\.ipynb: cel 2, regel 1"):
        notebook_files(path, {})
