"""Tests for bcp_analysis.build: the main job on a profile that is not bundled."""

from pathlib import Path

import nbformat
import pytest

from bcp_analysis.build import build, notebooks
from bcp_analysis.deliverables import draw_charts
from bcp_analysis.cli import main
from bcp_analysis.errors import ProfileError
from bcp_analysis.readers import load_profile

FIXTURE = Path(__file__).parent / "fixtures" / "extract" / "medewerker-evenementen.txt"
CHARTS = ["arbeidsmarkt", "competentie_frequentie", "dekking_per_cluster", "gelijkenis_werkprocessen",
          "netwerk_werkprocessen", "proces_competentie_matrix", "terugkerende_kennis", "terugkerende_vaardigheden"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build twice from a raw text written for the tests; keep the file states of both runs."""
    out = tmp_path_factory.mktemp("uitvoer")
    lines = []
    build(profile=FIXTURE, out=out, log=lines.append)
    first = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.rglob("*") if path.is_file()}
    build(profile=FIXTURE, out=out, log=lines.append)
    second = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.rglob("*") if path.is_file()}
    return out, lines, first, second


def test_build_writes_every_output(built):
    out, lines, _, _ = built
    for name in CHARTS:
        assert (out / f"{name}.png").stat().st_size > 0 and (out / f"{name}.svg").stat().st_size > 0
    assert (out / "bcp-analyse.xlsx").is_file()
    assert (out / "tabellen" / "competenties.csv").is_file()
    # every notebook but the curriculum one, whose example programme fits the bundled profile only
    expected = [path.name for path in notebooks() if "curriculum" not in path.name]
    assert sorted(path.name for path in (out / "notebooks").glob("*.ipynb")) == expected
    assert sorted(path.stem for path in (out / "notebooks").glob("*.html")) == [name[:-6] for name in expected]
    assert any("overgeslagen" in line for line in lines)


def test_build_runs_notebooks_on_the_given_profile(built):
    out, _, _, _ = built
    overview = nbformat.read(out / "notebooks" / "01_profieloverzicht.ipynb", as_version=4)
    printed = "".join(output.get("text", "") for cell in overview.cells if cell.cell_type == "code"
                      for output in cell.outputs)
    # the fixture has 2 kerntaken and 5 werkprocessen
    assert "Profiel: Medewerker evenementen" in printed and "2 kerntaken, 5 werkprocessen" in printed
    assert all(cell.execution_count == number for number, cell in
               enumerate((cell for cell in overview.cells if cell.cell_type == "code"), start=1))


def test_second_build_changes_no_byte(built):
    _, lines, first, second = built
    assert first == second
    assert lines[-1].endswith(", 0 gewijzigd")


def test_bad_profile_stops_and_leaves_outputs_intact(tmp_path):
    out = tmp_path / "uitvoer"
    out.mkdir()
    earlier = out / "proces_competentie_matrix.png"
    earlier.write_bytes(b"eerdere uitvoer")
    bad = tmp_path / "kapot.yaml"
    bad.write_text("formaat: 1\nmeta:\n  titel: Kapot\nkerntaken: []\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="kerntaken"):
        build(profile=bad, out=out, log=lambda line: None)
    assert [path.name for path in out.iterdir()] == ["proces_competentie_matrix.png"]
    assert earlier.read_bytes() == b"eerdere uitvoer"
    assert main(["build", "--profile", str(bad), "--out", str(out)]) == 1


def test_draw_charts_with_curriculum_adds_its_chart():
    from bcp_analysis.paths import EXAMPLE_CURRICULUM

    figures = draw_charts(load_profile(), EXAMPLE_CURRICULUM)
    assert sorted(figures) == sorted(CHARTS + ["curriculum_dekking"])
