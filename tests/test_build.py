"""Tests for bcp_analysis.outputs.build: the main job on a profile that is not bundled."""

from pathlib import Path

import nbformat
import pytest

from bcp_analysis.app.cli import main
from bcp_analysis.errors import OutputError, ProfileError
from bcp_analysis.outputs.build import build, notebooks

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
    # the fixture's six vaardigheden (lines 99-235) each stand in one werkproces: nothing recurs, no chart
    for name in CHARTS:
        if name == "terugkerende_vaardigheden":
            assert not (out / f"{name}.png").exists()
            assert any(line.endswith(f"] grafiek {name}: niets te maken voor dit profiel") for line in lines)
            continue
        assert (out / f"{name}.png").stat().st_size > 0 and (out / f"{name}.svg").stat().st_size > 0
    assert (out / "bcp-analyse.xlsx").is_file()
    assert (out / "tabellen" / "competenties.csv").is_file()
    # every profile notebook but the curriculum one, whose example programme fits the bundled profile only,
    # and the version comparison, which needs --vorige for another profile; no dossier or register notebook
    expected = ["01_profieloverzicht.ipynb", "02_competentiedekking.ipynb", "03_overlap_werkprocessen.ipynb",
                "04_arbeidsmarkt.ipynb"]
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


def test_second_build_changes_no_byte_and_runs_no_step(built):
    _, lines, first, second = built
    assert first == second
    assert ", 0 gewijzigd, in " in lines[-1] and "(0 stappen uitgevoerd, " in lines[-1]


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
    assert main(["build", str(bad), "--out", str(out)]) == 1


def test_draw_charts_with_curriculum_adds_its_chart(bundled_charts):
    # bundled_charts: draw_charts(load_profile(), EXAMPLE_CURRICULUM) (conftest.py)
    assert sorted(bundled_charts) == sorted(CHARTS + ["curriculum_dekking"])


# --- the output folder is the build's own (issue 13); notebooks replaced by a fake ---------

import re  # noqa: E402

from nbclient.exceptions import CellExecutionError  # noqa: E402

from bcp_analysis.files import MANIFEST_NAME  # noqa: E402
from bcp_analysis.outputs import build as build_module  # noqa: E402
from bcp_analysis.outputs import views  # noqa: E402
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_REGISTER, EXAMPLE_PROFILE, RESULTS_DIR  # noqa: E402

VARIANT = EXAMPLE_PROFILE  # another complete profile: the made-up 2026 version


from conftest import fake_run_notebook  # noqa: E402


def _files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_build_of_b_over_a_leaves_exactly_a_build_of_b(tmp_path, fake_notebooks, fake_charts):
    curriculum = tmp_path / "opleiding.csv"
    # the fixture's werkprocessen 1.1-2.2 (tests/fixtures/extract/medewerker-evenementen.txt)
    curriculum.write_text("module,werkproces_id,niveau\nIntake,1.1,toetsen\nDraaiboek,1.2,oefenen\n", encoding="utf-8")
    used, empty = tmp_path / "gebruikt", tmp_path / "leeg"
    build(profile=FIXTURE, out=used, curriculum=curriculum, log=lambda line: None)
    assert (used / "curriculum_dekking.png").is_file() and (used / "notebooks" / "06_curriculum.ipynb").is_file()
    build(profile=VARIANT, out=used, log=lambda line: None)
    build(profile=VARIANT, out=empty, log=lambda line: None)
    assert _files(used) == _files(empty)
    assert sorted(path.relative_to(used) for path in used.rglob("*")) == \
        sorted(path.relative_to(empty) for path in empty.rglob("*"))
    assert not (used / "curriculum_dekking.png").exists()
    assert MANIFEST_NAME in _files(used)


def test_failing_notebook_leaves_previous_state_whole_and_no_colour_codes(tmp_path, monkeypatch, fake_notebooks,
                                                                            fake_charts):
    out = tmp_path / "uitvoer"
    build(profile=FIXTURE, out=out, log=lambda line: None)
    before = _files(out)

    def failing(path, parameters=None, timeout=600):
        if path.name.startswith("03"):
            raise CellExecutionError("\x1b[0;31mKeyError\x1b[0m: \x1b[1m'titel'\x1b[0m", "KeyError", "'titel'")
        return fake_run_notebook(path, parameters)

    monkeypatch.setattr(build_module, "run_notebook", failing)
    with pytest.raises(OutputError) as info:
        build(profile=VARIANT, out=out, log=lambda line: None)
    assert "\x1b" not in str(info.value) and "KeyError: 'titel'" in str(info.value)
    assert _files(out) == before


def test_build_of_another_profile_without_out_goes_to_a_folder_of_its_own(tmp_path, monkeypatch, fake_notebooks,
                                                                         fake_charts):
    monkeypatch.chdir(tmp_path)
    published = build(profile=FIXTURE, log=lambda line: None)
    own = tmp_path / "uitvoer" / "medewerker-evenementen"
    assert published and all(path.resolve().is_relative_to(own) for path in published)
    assert not any(path.resolve().is_relative_to(RESULTS_DIR) for path in published)


def test_notebook_05_compares_with_the_named_previous_version_or_is_skipped():
    runs, notes = views.ProfileView(FIXTURE).notebook_runs()
    compare = next(path for path in runs if "versievergelijking" in path.name)
    assert runs[compare] is None and "--vorige" in notes[compare]
    runs, _ = views.ProfileView(FIXTURE, previous=VARIANT).notebook_runs()
    assert runs[compare] == {"PROFIEL": str(FIXTURE), "VORIGE": str(VARIANT)}
    runs, _ = views.ProfileView(None).notebook_runs()
    assert runs[compare] == {}  # the bundled profile: the notebook's own example comparison
    runs, _ = views.ProfileView(None, previous=VARIANT).notebook_runs()
    assert runs[compare] == {"PROFIEL": str(BUNDLED_PROFILE), "VORIGE": str(VARIANT)}


def test_each_build_runs_the_notebooks_of_its_kind():
    names = {path.name: path for path in notebooks()}
    dossier_notebooks = [name for name, path in names.items() if views.notebook_kind(path) == "dossier"]
    assert dossier_notebooks == ["07_dossier.ipynb"]
    # the bundled build: every notebook, the dossier and register ones on their own bundled files
    runs, _ = views.ProfileView(None).notebook_runs()
    assert sorted(path.name for path in runs) == sorted(names) and runs[names["07_dossier.ipynb"]] == {}
    assert runs[names["08_register.ipynb"]] == {}
    # another profile: the profile notebooks only
    runs, _ = views.ProfileView(FIXTURE).notebook_runs()
    assert not {"07_dossier.ipynb", "08_register.ipynb"} & {path.name for path in runs}
    assert len(runs) == len(names) - 2
    # a profiel of a dossier: PROFIEL and PROFIEL_KEUZE in every profile notebook that runs
    runs, _ = views.view_for(BUNDLED_KD, "Onderwijsassistent").notebook_runs()
    ran = [values for values in runs.values() if values is not None]
    assert len(ran) == 4 and all(values == {"PROFIEL": str(BUNDLED_KD), "PROFIEL_KEUZE": "Onderwijsassistent"}
                                 for values in ran)
    # the dossier view: the dossier notebook only, on the dossier given
    runs, _ = views.view_for(BUNDLED_KD).notebook_runs()
    assert {path.name: values for path, values in runs.items()} == {"07_dossier.ipynb": {"DOSSIER": str(BUNDLED_KD)}}
    # the register view: the register notebook only, on the register given
    runs, _ = views.view_for(BUNDLED_REGISTER).notebook_runs()
    assert {path.name: values for path, values in runs.items()} == {
        "08_register.ipynb": {"REGISTER": str(BUNDLED_REGISTER)}}


def test_a_file_of_several_dossiers_builds_the_register_view(tmp_path, fake_notebooks):
    import pandas as pd

    out = tmp_path / "register"
    lines = []
    build(profile=BUNDLED_REGISTER, out=out, log=lines.append)
    files = _files(out)
    assert "register_domein_competenties.png" in files and "register_domein_competenties.svg" in files
    assert "bcp-analyse.xlsx" in files and "notebooks/08_register.ipynb" in files
    assert not any(name.startswith(("dossier_", "proces_competentie")) for name in files)
    # data/README.md: Pedagogisch Werk 3, Sociaal werk 2, Dienstverlening 3 profielen
    profielen = pd.read_csv(out / "tabellen" / "register_profielen.csv", sep=";", encoding="utf-8-sig", dtype=str)
    assert profielen["crebo"].tolist() == ["25486", "25484", "25485", "25489", "25488", "25499", "25498", "25500"]
    assert any("register, 3 dossiers, 8 profielen" in line for line in lines)
    assert any(line.startswith("controle van de bron: niet voor een heel register") for line in lines)
    # one dossier without --profiel stays the dossier view
    single = tmp_path / "dossier"
    build(profile=BUNDLED_KD, out=single, log=lambda line: None)
    assert "dossier_competenties.png" in _files(single) and "notebooks/07_dossier.ipynb" in _files(single)


def test_profiel_of_a_dossier_builds_its_charts_tables_and_workbook(tmp_path, fake_notebooks, fake_charts):
    from openpyxl import load_workbook

    out = tmp_path / "uitvoer"
    lines = []
    build(profile=BUNDLED_KD, profiel="Onderwijsassistent", out=out, log=lines.append)
    files = _files(out)
    assert all(f"{name}.png" in files for name in CHARTS)
    assert not any(name.startswith("dossier_") for name in files)
    # Onderwijsassistent (crebo 25485): 17 werkprocessen, 70 competency rows (tests/test_kd.py)
    import pandas as pd

    assert len(pd.read_csv(out / "tabellen" / "werkprocessen.csv", sep=";", encoding="utf-8-sig")) == 17
    assert len(pd.read_csv(out / "tabellen" / "competenties.csv", sep=";", encoding="utf-8-sig")) == 70
    assert load_workbook(out / "bcp-analyse.xlsx")["Proces-competentie-matrix"].max_row == 1 + 17
    ran = sorted(name for name in files if name.endswith(".ipynb"))
    assert ran == ["notebooks/01_profieloverzicht.ipynb", "notebooks/02_competentiedekking.ipynb",
                   "notebooks/03_overlap_werkprocessen.ipynb", "notebooks/04_arbeidsmarkt.ipynb"]
    assert "('PROFIEL_KEUZE', 'Onderwijsassistent')" in files["notebooks/01_profieloverzicht.ipynb"].decode()
    assert not any("kan nog geen profiel" in line for line in lines)


def test_installed_the_bundled_profile_is_built_into_the_current_folder(monkeypatch):
    monkeypatch.setattr(build_module, "IN_CHECKOUT", False)  # as in an installed wheel
    assert build_module.default_out(None).as_posix() == "uitvoer/junior-accountmanager-2010"
    assert build_module.default_out(BUNDLED_PROFILE).as_posix() == "uitvoer/junior-accountmanager-2010"
    monkeypatch.setattr(build_module, "IN_CHECKOUT", True)
    assert build_module.default_out(BUNDLED_PROFILE) is None


def test_default_out_of_a_profiel_is_a_folder_of_its_own():
    assert build_module.default_out(BUNDLED_KD, "Gespecialiseerd pedagogisch medewerker").as_posix() == \
        "uitvoer/pedagogisch-werk-23183-gespecialiseerd-pedagogisch-medewerker"
    assert build_module.default_out(BUNDLED_KD).as_posix() == "uitvoer/pedagogisch-werk-23183"


def test_dossier_view_refuses_vorige_and_curriculum(tmp_path):
    with pytest.raises(ProfileError, match="--profiel"):
        build(profile=BUNDLED_KD, out=tmp_path / "uit", previous=BUNDLED_KD, log=lambda line: None)
    assert not (tmp_path / "uit").exists()


@pytest.fixture
def dossier_build(tmp_path, fake_notebooks, fake_charts):
    """A build of the dossier view of the bundled kwalificatiedossier (charts and notebook 07 faked)."""
    out = tmp_path / "dossier"
    lines = []
    build(profile=BUNDLED_KD, out=out, log=lines.append)
    return out, lines


def test_dossier_build_writes_the_dossier_view(dossier_build):
    from openpyxl import load_workbook

    out, lines = dossier_build
    files = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert files == sorted([
        ".bcp-analysis-build.sha256", ".bcp-analysis-stappen.json", "bcp-analyse.xlsx",
        "dossier_competenties.png", "dossier_competenties.svg", "dossier_verwantschap.png", "dossier_verwantschap.svg",
        "notebooks/07_dossier.html", "notebooks/07_dossier.ipynb",
        "tabellen/basisdeel.csv", "tabellen/profiel_competentie.csv", "tabellen/profieldeel.csv",
        "tabellen/profielen.csv", "tabellen/uniek.csv", "tabellen/verwantschap.csv"])
    assert load_workbook(out / "bcp-analyse.xlsx").sheetnames == [
        "Profielen", "Profiel-competentie", "Basisdeel", "Profieldeel", "Verwantschap", "Uniek"]
    # 6 steps: the tables, 2 charts, the workbook, notebook 07 and its HTML copy
    assert any("3 profielen" in line for line in lines) and "[1/6] tabellen: gemaakt" in lines


def test_dossier_build_tables_hold_the_hand_counts(dossier_build):
    import pandas as pd

    out, _ = dossier_build
    profielen = pd.read_csv(out / "tabellen" / "profielen.csv", sep=";", encoding="utf-8-sig", dtype={"crebo": str})
    # counted in the XML (tests/test_kd.py): werkprocessen 16, 21, 17 per profiel
    assert dict(zip(profielen["crebo"], profielen["werkprocessen"])) == {"25486": 16, "25484": 21, "25485": 17}
    matrix = pd.read_csv(out / "tabellen" / "profiel_competentie.csv", sep=";", encoding="utf-8-sig")
    # competency rows per profiel: 59, 84, 70
    assert matrix.drop(columns="profiel").sum(axis=1).tolist() == [59, 84, 70]


def test_dossier_build_runs_notebook_07_on_the_given_dossier(dossier_build):
    out, _ = dossier_build
    executed = nbformat.read(out / "notebooks" / "07_dossier.ipynb", as_version=4)
    assert f"('DOSSIER', '{BUNDLED_KD}')" in executed.cells[0].source


def test_vorige_reaches_notebook_05(tmp_path, fake_notebooks, fake_charts):
    out = tmp_path / "uitvoer"
    lines = []
    build(profile=FIXTURE, out=out, previous=VARIANT, log=lines.append)
    executed = nbformat.read(out / "notebooks" / "05_versievergelijking.ipynb", as_version=4)
    assert f"('VORIGE', '{VARIANT.resolve()}')" in executed.cells[0].source
    assert re.search(r"klaar: \d+ bestanden", lines[-1])


def test_the_build_reports_the_audit_of_its_source(tmp_path):
    import shutil

    from bcp_analysis.paths import BUNDLED_RAW

    lines = []
    [report] = views.ProfileView(BUNDLED_RAW).audit(lines.append)
    # the raw text's 4 findings (tests/test_audit.py): 3 years of §1.4 without a figure, the title of 3.4;
    # a file of the project is named from the project's folder, in every checkout the same
    assert lines[0] == ("controle van de bron: data/raw/junior-accountmanager-2010.txt: te controleren: "
                        "4 bevindingen (zie hierboven).")
    assert [line[:16] for line in lines[1:]] == ["  - regel 516: p", "  - regel 526: p", "  - regel 529: p",
                                                 "  - regel 1397: "]
    lines = []
    views.ProfileView(None).audit(lines.append)
    assert lines == ["controle van de bron: data/profiles/junior-accountmanager-2010.yaml: in orde."]
    lines = []
    reports = views.view_for(BUNDLED_KD).audit(lines.append)
    assert len(reports) == 3 and all(report.ok for report in reports)
    assert lines[2] == "controle van de bron: profiel Onderwijsassistent: data/kd/pedagogisch-werk-23183.xml: in orde."
    # a file outside the project is named as given
    elsewhere = tmp_path / FIXTURE.name
    shutil.copyfile(FIXTURE, elsewhere)
    lines = []
    views.ProfileView(elsewhere).audit(lines.append)
    assert lines[0] == f"controle van de bron: {elsewhere}: in orde."


def test_the_record_of_a_build_of_the_bundled_profile_names_no_folder_of_this_machine(
        tmp_path, fake_notebooks, fake_charts):
    from bcp_analysis.paths import PROJECT_DIR

    out = tmp_path / "uit"
    build(profile=BUNDLED_PROFILE, out=out, log=lambda line: None)
    record = (out / steps.RECORD_NAME).read_text(encoding="utf-8")
    assert str(PROJECT_DIR) not in record and str(tmp_path) not in record
    assert steps.read_record(out)["controle van de bron"]["meldingen"] == [
        "controle van de bron: data/profiles/junior-accountmanager-2010.yaml: in orde."]


# --- only what changed is redone (issue 19); charts and notebooks faked ---------------------

import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from bcp_analysis.outputs import steps  # noqa: E402

STEP_LINE = re.compile(r"^\[\d+/\d+\] (.+): (gemaakt|niets te maken voor dit profiel|al actueel)$")
CHART_STEPS = {f"grafiek {name}" for name in CHARTS}
PROFILE_NOTEBOOKS = ["01_profieloverzicht", "02_competentiedekking", "03_overlap_werkprocessen", "04_arbeidsmarkt"]


def _steps(lines):
    """{step name: True when it ran, False when it was up to date}, from the progress lines."""
    found = {}
    for line in lines:
        match = STEP_LINE.match(line)
        if match:
            found[match.group(1)] = match.group(2) != "al actueel"
    return found


def _ran(lines):
    return {name for name, ran in _steps(lines).items() if ran}


def _notebook_steps(*stems):
    return {f"notebook {stem}.ipynb" for stem in stems} | {f"html {stem}.html" for stem in stems}


@pytest.fixture
def inputs(tmp_path):
    """A profile, a curriculum and a previous version in a folder of the test's own, which tests change."""
    folder = tmp_path / "invoer"
    folder.mkdir()
    profile = folder / "medewerker-evenementen.txt"
    shutil.copyfile(FIXTURE, profile)
    curriculum = folder / "opleiding.csv"
    # the fixture's werkprocessen 1.1-2.2 (tests/fixtures/extract/medewerker-evenementen.txt)
    curriculum.write_text("module,werkproces_id,niveau\nIntake,1.1,toetsen\nDraaiboek,1.2,oefenen\n", encoding="utf-8")
    previous = folder / "vorige.txt"
    shutil.copyfile(FIXTURE, previous)
    return profile, curriculum, previous


def _build_lines(inputs, out, **options):
    profile, curriculum, previous = inputs
    lines = []
    build(profile=profile, out=out, curriculum=curriculum, previous=previous, log=lines.append, **options)
    return lines


ALL_STEPS = ({"tabellen", "werkmap bcp-analyse.xlsx"} | CHART_STEPS
             | {"grafiek terugkerend_gedrag", "grafiek curriculum_dekking"}
             | _notebook_steps(*PROFILE_NOTEBOOKS, "05_versievergelijking", "06_curriculum"))


def test_first_build_runs_every_step_and_a_second_none(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    first = _build_lines(inputs, out)
    assert _ran(first) == set(_steps(first)) == ALL_STEPS
    # the medewerker-evenementen fixture names no gedrag: its step makes nothing
    assert any(line.endswith("] grafiek terugkerend_gedrag: niets te maken voor dit profiel") for line in first)
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.rglob("*") if path.is_file()}
    second = _build_lines(inputs, out)
    assert _ran(second) == set() and set(_steps(second)) == ALL_STEPS
    assert not any(line.startswith("profiel ") for line in second)  # the profile was not even loaded
    assert second[-1].endswith(f"(0 stappen uitgevoerd, {len(ALL_STEPS)} al actueel)")
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in out.rglob("*") if path.is_file()} == before


def test_changed_curriculum_reruns_only_what_uses_it(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    before = (out / "curriculum_dekking.png").read_bytes()
    with inputs[1].open("a", encoding="utf-8") as stream:
        stream.write("Evaluatie,2.2,toetsen\n")
    lines = _build_lines(inputs, out)
    # the workbook holds the curriculum's sheets, and notebook 05 names the exams each change touches
    assert _ran(lines) == ({"grafiek curriculum_dekking", "werkmap bcp-analyse.xlsx"} | _notebook_steps("06_curriculum")
                           | _notebook_steps("05_versievergelijking"))
    assert (out / "curriculum_dekking.png").read_bytes() != before  # the fake chart names the curriculum's hash


def test_changed_profile_reruns_everything_that_depends_on_it(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    profile = inputs[0]
    profile.write_text(profile.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    lines = _build_lines(inputs, out)
    # every step reads the profile: the version comparison too (PROFIEL), and every HTML copy of a notebook that ran
    assert _ran(lines) == ALL_STEPS
    assert "profiel Medewerker evenementen" in lines


def test_changed_previous_version_reruns_only_the_comparison(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    shutil.copyfile(VARIANT, inputs[2].with_suffix(".yaml"))
    lines = _build_lines((inputs[0], inputs[1], inputs[2].with_suffix(".yaml")), out)
    assert _ran(lines) == _notebook_steps("05_versievergelijking")


def test_changed_notebook_reruns_that_notebook(tmp_path, inputs, monkeypatch, fake_notebooks, fake_charts):
    own = tmp_path / "notebooks"
    own.mkdir()
    for path in notebooks():
        shutil.copyfile(path, own / path.name)
    project_notebooks = views.notebooks
    monkeypatch.setattr(views, "notebooks", lambda folder=None: project_notebooks(own))
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    changed = own / "03_overlap_werkprocessen.ipynb"
    notebook = json.loads(changed.read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "markdown", "id": "extra", "metadata": {}, "source": "Nog een vraag."})
    changed.write_text(json.dumps(notebook), encoding="utf-8")
    lines = _build_lines(inputs, out)
    # the fake notebook names only its parameters: its executed form, and so its HTML copy, are unchanged
    assert _ran(lines) == {"notebook 03_overlap_werkprocessen.ipynb"}
    # outputs and execution counts are not the notebook's own content: changing them alone runs nothing
    notebook["cells"][0]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "oud\n"}]
    changed.write_text(json.dumps(notebook), encoding="utf-8")
    assert _ran(_build_lines(inputs, out)) == set()


def test_changed_pins_rerun_every_step(tmp_path, inputs, monkeypatch, fake_notebooks, fake_charts):
    pins = tmp_path / "constraints.txt"
    pins.write_text("pandas==3.1.1\n", encoding="utf-8")
    monkeypatch.setattr(steps, "_CONSTRAINTS", pins)
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    pins.write_text("pandas==3.1.2\n", encoding="utf-8")
    assert _ran(_build_lines(inputs, out)) == ALL_STEPS


def test_changed_option_reruns_what_it_reaches(tmp_path, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    build(profile=BUNDLED_KD, profiel="Onderwijsassistent", out=out, log=lambda line: None)
    lines = []
    build(profile=BUNDLED_KD, profiel="Gespecialiseerd pedagogisch medewerker", out=out, force=True,
          log=lines.append)
    assert _ran(lines) == set(_steps(lines))  # another profiel: every step of it anew


def test_opnieuw_runs_every_step_and_changes_no_byte(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    before = _files(out)
    lines = _build_lines(inputs, out, rebuild=True)
    assert _ran(lines) == ALL_STEPS
    assert ", 0 gewijzigd, in " in lines[-1] and _files(out) == before


def test_an_output_removed_by_hand_is_made_again_alone(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    (out / "arbeidsmarkt.svg").unlink()
    lines = _build_lines(inputs, out)
    assert _ran(lines) == {"grafiek arbeidsmarkt"} and (out / "arbeidsmarkt.svg").is_file()


def test_an_unreadable_record_runs_every_step(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    (out / steps.RECORD_NAME).write_text("{niet af", encoding="utf-8")
    assert _ran(_build_lines(inputs, out)) == ALL_STEPS


def test_the_record_lies_beside_the_manifest_and_not_in_it(tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    record = steps.read_record(out)
    assert set(record) == ALL_STEPS | {"controle van de bron"}
    # the audit's verdict, shown again by a build that does not run the audit
    assert record["controle van de bron"]["meldingen"][0].startswith("controle van de bron: ")
    assert record["controle van de bron"]["meldingen"][0] in _build_lines(inputs, out)
    assert record["grafiek arbeidsmarkt"]["uitvoer"] == {
        name: steps.sha256((out / name).read_bytes()) for name in ("arbeidsmarkt.png", "arbeidsmarkt.svg")}
    assert steps.RECORD_NAME not in (out / MANIFEST_NAME).read_text(encoding="utf-8")


def test_a_build_with_nothing_to_do_loads_neither_matplotlib_nor_the_notebook_runner(
        tmp_path, inputs, fake_notebooks, fake_charts):
    out = tmp_path / "uit"
    _build_lines(inputs, out)
    profile, curriculum, previous = inputs
    script = (
        "import sys\n"
        "from bcp_analysis.app.cli import main\n"
        f"code = main(['build', {str(profile)!r}, '--out', {str(out)!r}, "
        f"'--curriculum', {str(curriculum)!r}, '--vorige', {str(previous)!r}])\n"
        "print(code, sorted(name for name in ('matplotlib', 'nbclient', 'nbformat', 'nbconvert', 'IPython') "
        "if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.splitlines()[-1] == "0 []"
    assert f"(0 stappen uitgevoerd, {len(ALL_STEPS)} al actueel)" in result.stdout


def test_the_view_is_what_the_reader_says_the_document_holds_not_its_file_ending(tmp_path):
    from bcp_analysis import readers
    from bcp_analysis.readers.kd import READER as KD

    class SbbReader(readers.Reader):
        """SBB's XML under another ending: a register or a dossier, as its collection is."""

        SUFFIXES, LABEL, OPTIONS = (".sbb",), "een SBB-bestand als .sbb", ("profiel", "dossier")

        def read(self, path, **options):
            return KD.read(path, **options)

        def collection(self, path, **options):
            return KD.collection(path, **options)

    register, dossier = tmp_path / "register.sbb", tmp_path / "dossier.sbb"
    shutil.copyfile(BUNDLED_REGISTER, register)
    shutil.copyfile(BUNDLED_KD, dossier)
    with readers.registered(SbbReader()) as reader:
        assert reader.holds_profielen and not reader.holds_dossiers
        chosen = [views.view_for(register), views.view_for(dossier), views.view_for(dossier, "Onderwijsassistent")]
    assert [view.kind for view in chosen] == ["register", "dossier", "profiel"]
    assert [view.charts for view in chosen] == [("register_domein_competenties",),
                                                ("dossier_competenties", "dossier_verwantschap"), CHARTS_OF_A_PROFILE]
    # data/README.md: the register's three dossiers; the dossier Pedagogisch Werk with 3 profielen
    assert chosen[0].describe()[0] == "register, 3 dossiers, 8 profielen"
    assert chosen[1].describe() == ["dossier Pedagogisch Werk, 3 profielen"]


CHARTS_OF_A_PROFILE = ("proces_competentie_matrix", "competentie_frequentie", "dekking_per_cluster",
                       "gelijkenis_werkprocessen", "netwerk_werkprocessen", "terugkerende_kennis",
                       "terugkerende_vaardigheden", "terugkerend_gedrag", "arbeidsmarkt", "curriculum_dekking")


def test_a_notebook_without_its_parameters_cell_is_an_output_error(tmp_path):
    import nbformat

    from bcp_analysis.errors import OutputError
    from bcp_analysis.outputs.build import run_notebook

    path = tmp_path / "zonder.ipynb"
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("PROFIEL = None")])
    nbformat.write(notebook, path)
    with pytest.raises(OutputError, match="geen cel heeft het label 'parameters'"):
        run_notebook(path, {"PROFIEL": "x.yaml"})
    notebook.cells[0].metadata["tags"] = ["parameters"]
    nbformat.write(notebook, path)
    with pytest.raises(OutputError, match="de parameter VORIGE staat niet in de parametercel"):
        run_notebook(path, {"VORIGE": "oud.yaml"})


def test_a_profile_given_as_the_curriculum_stops_the_build_before_any_step(tmp_path):
    # the bundled kwalificatiedossier is a profile, not an examenplan: the build says so and writes nothing
    steps_run = []
    with pytest.raises(ProfileError, match="profiel"):
        build(profile=FIXTURE, out=tmp_path / "uit", curriculum=BUNDLED_KD, log=steps_run.append)
    assert not (tmp_path / "uit").exists()
    assert not any("[" in line for line in steps_run)   # no step ("[1/..] ...") was logged
