"""Tests of the package as installed: the wheel, its data and notebooks, its dependencies and their pins.

The tests marked ``slow`` build the wheel and install it (about ten seconds), and one runs
``bcp-analysis build`` from the install (every notebook, a minute or two); they need no
network: the build runs without build isolation and the install with ``--no-deps``.
Deselect them with ``pytest -m "not slow"``.
"""

import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from fnmatch import fnmatch
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
_DATA_GLOBS = PYPROJECT["tool"]["setuptools"]["package-data"]["bcp_analysis.data"]
# What running the notebooks needs; a plain `pip install` of the package must not pull it in.
_JUPYTER = {"jupyterlab", "ipykernel", "ipython", "jupyter-client", "nbclient", "nbconvert", "nbformat"}
# What the wheel needs from the checkout to be built.
_SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "bcp_analysis", "data", "notebooks")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """Build the wheel from a copy of the checkout (the checkout gets no build/ folder)."""
    source = tmp_path_factory.mktemp("source")
    for name in _SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".*"))
        else:
            shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path_factory.mktemp("wheels")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "-w", str(wheels), str(source)],
        check=True, capture_output=True, text=True,
    )
    (built,) = wheels.glob("bcp_analysis-*.whl")
    return built


def _data_files():
    """Return the files under data/ that the package-data globs select, as posix paths."""
    return {
        path.relative_to(ROOT / "data").as_posix()
        for path in (ROOT / "data").rglob("*")
        if path.is_file() and any(fnmatch(path.name, pattern.rpartition("/")[2]) for pattern in _DATA_GLOBS)
    }


@pytest.mark.slow
def test_wheel_carries_every_module_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "bcp_analysis").rglob("*.py")}
    assert modules - names == set()
    data = _data_files()
    assert "profiles/junior-accountmanager-2010.yaml" in data  # the check below checks something
    assert {f"bcp_analysis/data/{name}" for name in data} - names == set()
    assert any(name.endswith("/licenses/LICENSE") for name in names)
    notebooks = {f"bcp_analysis/notebooks/{path.name}" for path in (ROOT / "notebooks").glob("*.ipynb")}
    assert len(notebooks) >= 7  # 01_profieloverzicht ... 07_dossier
    assert notebooks - names == set()


def _install(wheel, target):
    """Install the wheel into the folder ``target`` (its own site-packages), dependencies from this environment."""
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, text=True,
    )


def _environment(target):
    """This environment with the installed wheel first on the path and the checkout nowhere on it."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    environment["PYTHONPATH"] = str(target)
    environment["PYTHONDONTWRITEBYTECODE"] = "1"  # an import writes nothing beside the installed code
    return environment


@pytest.mark.slow
def test_installed_wheel_outside_the_checkout_loads_the_bundled_data(wheel, tmp_path):
    target = tmp_path / "site"
    _install(wheel, target)
    outside = tmp_path / "elders"
    outside.mkdir()
    script = (
        "import bcp_analysis as bcp\n"
        "from bcp_analysis import paths\n"
        "print(bcp.__file__)\n"
        "print(paths.DATA_DIR)\n"
        "print(len(bcp.load_profile().werkprocessen))\n"
        "print(len(bcp.competentiemodel()))\n"
        "print(len(bcp.load_profile(paths.BUNDLED_RAW).werkprocessen))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=outside, env=_environment(target),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    module, data_dir, werkprocessen, competenties, from_text = result.stdout.splitlines()
    assert Path(module).is_relative_to(target)
    assert Path(data_dir) == target / "bcp_analysis" / "data"
    # data/raw/junior-accountmanager-2010.txt lines 631-665: werkprocessen 1.1-1.4, 2.1-2.4, 3.1-3.7
    assert int(werkprocessen) == 15
    assert int(competenties) == 25  # the SBB competentiemodel
    assert int(from_text) == 15  # the text reader with the packaged tekstcorrecties


def _snapshot(folder):
    """{relative path: (size, modification time)} of every file under a folder."""
    return {path.relative_to(folder).as_posix(): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


@pytest.mark.slow
def test_build_from_the_installed_wheel_writes_into_the_current_folder_only(wheel, tmp_path):
    target = tmp_path / "site"
    _install(wheel, target)
    before = _snapshot(target)
    empty = tmp_path / "leeg"
    empty.mkdir()
    command = target / "bin" / "bcp-analysis"  # the console script pip installs with the package
    result = subprocess.run([str(command), "build"], cwd=empty, env=_environment(target),
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    out = empty / "uitvoer" / "junior-accountmanager-2010"  # the bundled profile's file name
    assert [path.name for path in empty.iterdir()] == ["uitvoer"]
    assert [path.name for path in (empty / "uitvoer").iterdir()] == [out.name]
    written = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    notebooks = sorted(path.name for path in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    # every notebook executed (the bundled build runs the dossier notebook too) and its HTML page
    assert {f"notebooks/{name}" for name in notebooks} <= written
    assert {f"notebooks/{Path(name).stem}.html" for name in notebooks} <= written
    assert {"proces_competentie_matrix.png", "proces_competentie_matrix.svg", "bcp-analyse.xlsx",
            "tabellen/werkprocessen.csv"} <= written
    assert _snapshot(target) == before  # nothing written, changed or removed beside the installed code
    assert "in uitvoer/junior-accountmanager-2010" in result.stdout  # the last line names where it went


def _requirements():
    """Return {extra or "": [Requirement]} of pyproject.toml."""
    project = PYPROJECT["project"]
    groups = {"": project["dependencies"], **project["optional-dependencies"]}
    return {group: [Requirement(line) for line in lines] for group, lines in groups.items()}


def test_plain_install_leaves_out_jupyter_and_the_notebooks_extra_brings_it():
    requirements = _requirements()
    core = {canonicalize_name(requirement.name) for requirement in requirements[""]}
    assert core & _JUPYTER == set()
    assert {canonicalize_name(requirement.name) for requirement in requirements["notebooks"]} >= _JUPYTER


def test_without_the_notebooks_extra_every_module_but_build_imports():
    # The import names of the notebooks extra, hidden as if that extra were not installed.
    script = (
        "import importlib, importlib.abc, pkgutil, sys\n"
        "HIDDEN = {'IPython', 'ipykernel', 'jupyter_client', 'jupyterlab', 'nbclient', 'nbconvert', 'nbformat'}\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.partition('.')[0] in HIDDEN:\n"
        "            raise ModuleNotFoundError(f'No module named {name!r}', name=name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "import bcp_analysis\n"
        "names = [module.name for module in pkgutil.walk_packages(bcp_analysis.__path__, 'bcp_analysis.')]\n"
        "for name in names:\n"
        "    if name != 'bcp_analysis.outputs.build':\n"
        "        importlib.import_module(name)\n"
        "print(len(names))\n"
    )
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environment,
                            capture_output=True, text=True, timeout=120)
    # Only build, the one module that runs notebooks, may need the extra.
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 10


def test_make_and_the_windows_commands_install_both_extras_at_the_pinned_versions():
    install = re.compile(r'pip install (--quiet )?-c constraints\.txt -e "\.\[notebooks,test\]"')
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    windows = readme.partition("```powershell")[2].partition("```")[0]
    assert install.search((ROOT / "Makefile").read_text(encoding="utf-8"))
    assert install.search(windows)
    assert "bcp-analysis build" in windows and "python -m pytest" in windows


def test_ci_runs_the_readmes_test_command():
    assert "make test " in (ROOT / "README.md").read_text(encoding="utf-8").partition("\n## ")[0]
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("\nmake test")


def test_constraints_pin_every_dependency_at_a_version_its_range_admits():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, separator, version = line.partition("==")
            assert separator, f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version.strip()
    for group, requirements in _requirements().items():
        for requirement in requirements:
            name = canonicalize_name(requirement.name)
            assert name in pins, f"{requirement.name} ({group or 'dependencies'}) is not in constraints.txt"
            assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]} outside {requirement}"
