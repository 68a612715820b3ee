"""Guards for the notebooks: nbval checks only cells that have stored outputs."""

import json

import pytest

from bcp_analysis.outputs.build import notebook_kind, notebooks
from bcp_analysis.paths import NOTEBOOKS_DIR

NOTEBOOKS = notebooks()


def _code_cells(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [cell for cell in cells if cell["cell_type"] == "code" and "".join(cell["source"]).strip()]


def test_notebooks_exist_in_reading_order():
    names = [path.name for path in NOTEBOOKS]
    assert names == sorted(names) and len(names) >= 4
    assert [name[:3] for name in names] == [f"{number:02d}_" for number in range(1, len(names) + 1)]
    # the one notebook that is not a report: the verkenner (tests/test_verkenner.py guards it)
    assert [path.name for path in NOTEBOOKS_DIR.glob("*.ipynb") if path not in NOTEBOOKS] == ["00_verkenner.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_stored_outputs_present_and_in_order(path):
    counts = [cell["execution_count"] for cell in _code_cells(path)]
    assert counts == list(range(1, len(counts) + 1)), (
        f"{path.name}: run the notebook top to bottom on a fresh kernel (make build) before committing")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_first_code_cell_holds_parameters(path):
    first = _code_cells(path)[0]
    assert "parameters" in first["metadata"].get("tags", [])
    source = "".join(first["source"])
    if notebook_kind(path) == "dossier":
        assert "DOSSIER = " in source and "PROFIEL = " not in source
    else:
        # a profile notebook can also take one profiel of a kwalificatiedossier (build --profiel)
        assert "PROFIEL = " in source and "\nPROFIEL_KEUZE = None" in source
        assert "profiel=PROFIEL_KEUZE" in "".join("".join(cell["source"]) for cell in _code_cells(path))


def test_one_dossier_notebook_and_the_profile_notebooks_before_it():
    assert [notebook_kind(path) for path in NOTEBOOKS] == ["profiel"] * 6 + ["dossier"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_no_analysis_output_ignored(path):
    # nbval would skip these cells; only legitimately volatile output may be ignored.
    for cell in _code_cells(path):
        assert "NBVAL_IGNORE_OUTPUT" not in "".join(cell["source"])
        assert "NBVAL_SKIP" not in "".join(cell["source"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_no_errors_or_machine_paths_stored(path):
    text = path.read_text(encoding="utf-8")
    for cell in _code_cells(path):
        assert all(output["output_type"] != "error" for output in cell.get("outputs", []))
    assert "/work/" not in text and "/tmp/" not in text and "ipykernel_" not in text
