"""Fixtures of the unit tests; the session fixtures of the whole run are in the root ``conftest.py``.

Use a session fixture instead of loading, rendering or drawing again; what it gives is shared
by every test of the run, so treat it as read-only (``dataclasses.replace(profile, ...)``,
``table.copy()`` before changing anything).

Session fixtures (root ``conftest.py``; the doctests see the first three as ``profile``,
``dossier`` and ``drawn``):

- ``bundled_profile``: the bundled profile, ``load_profile()``;
- ``bundled_dossier``: the bundled kwalificatiedossier, ``load_dossier()``;
- ``bundled_charts``: ``draw_charts(load_profile(), EXAMPLE_CURRICULUM)``, every chart of the
  bundled profile drawn once (a dict of name to Figure).

Session fixtures (here):

- ``bundled_pdf``: the bundled profile drawn as a BCP's PDF (``tests/pdf_documents.py``), a
  path in a session folder;
- ``small_pdf``: the small test profile ``tests/fixtures/compare/oud.yaml`` drawn the same way,
  for tests that read a PDF many times over.

Fixtures for tests of ``build`` that check files, manifests, keys or parameters, not what a
chart or a notebook shows (one end-to-end build in ``tests/test_build.py`` runs the real ones):

- ``fake_notebooks``: ``build`` runs no kernel; a notebook becomes one markdown cell that
  names its parameters and the SHA-256 of every file they name, and its HTML copy a line
  naming the notebook's SHA-256 (nbconvert's templates cost more than the rest of a build);
- ``fake_charts``: ``build`` draws no chart; each chart is a PNG and an SVG of a few bytes that
  name the chart and the profile's werkprocessen (a chart a profile does not get stays absent,
  as with the real ones).

Hypothesis runs with the settings profile ``bcp-analysis``: derandomized (a fixed seed, the same
examples on every run and machine), no example database, no deadline.
"""

import hashlib
import importlib
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("bcp-analysis", derandomize=True, database=None, deadline=None, print_blob=True)
settings.load_profile("bcp-analysis")


@pytest.fixture(scope="session")
def bundled_pdf(tmp_path_factory):
    """The bundled profile drawn as a BCP's PDF, once per run (no PDF is kept in the repository)."""
    import yaml
    from pdf_documents import bcp_blocks, render

    from bcp_analysis.paths import BUNDLED_PROFILE

    path = tmp_path_factory.mktemp("pdf") / "junior-accountmanager.pdf"
    render(path, bcp_blocks(yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))))
    return path


@pytest.fixture(scope="session")
def small_pdf(tmp_path_factory):
    """The small test profile of ``tests/fixtures/compare/oud.yaml`` (2 kerntaken, 5 werkprocessen) as a BCP's PDF.

    Six pages, read about six times faster than the bundled profile's seventeen: for tests that
    read a PDF many times over (the fuzzing of the PDF reader).
    """
    import yaml
    from pdf_documents import bcp_blocks, render

    path = tmp_path_factory.mktemp("pdf") / "testberoep.pdf"
    source = Path(__file__).parent / "fixtures" / "compare" / "oud.yaml"
    render(path, bcp_blocks(yaml.safe_load(source.read_text(encoding="utf-8"))))
    return path


def fake_run_notebook(path, parameters=None, timeout=600):
    """A notebook that only records what it was given, instead of starting a kernel."""
    import nbformat

    parameters = parameters or {}
    files = {name: hashlib.sha256(Path(value).read_bytes()).hexdigest()[:12]
             for name, value in parameters.items() if isinstance(value, str) and Path(value).is_file()}
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_markdown_cell(
        f"{path.name} {sorted(parameters.items())} {sorted(files.items())}", id=f"cel-{path.stem[:2]}"))
    return notebook


def _fake_html(notebook, name):
    import nbformat

    return f"<p>{name} {hashlib.sha256(nbformat.writes(notebook).encode()).hexdigest()}</p>\n".encode()


@pytest.fixture
def fake_notebooks(monkeypatch):
    """``build`` without kernels or nbconvert: see :func:`fake_run_notebook`."""
    # the module as sys.modules holds it, which is the one the tests imported
    build = importlib.import_module("bcp_analysis.outputs.build")
    monkeypatch.setattr(build, "run_notebook", fake_run_notebook)
    monkeypatch.setattr(build, "_html", _fake_html)
    return fake_run_notebook


class _FakeChart:
    def __init__(self, name, werkprocessen):
        self.text = f"{name}: {', '.join(werkprocessen)}"


def _fake_chart(name, profile, curriculum=None):
    if name == "terugkerend_gedrag" and not len(profile.gedrag):
        return None
    if name == "curriculum_dekking":
        if curriculum is None:
            return None
        return _FakeChart(name, [hashlib.sha256(Path(curriculum).read_bytes()).hexdigest()[:12]])
    return _FakeChart(name, profile.werkprocessen["werkproces_id"])


def _fake_dossier_chart(name, source, method="jaccard"):
    return _FakeChart(name, source.profielen["crebo"])


def _fake_save(figure, folder, name):
    paths = []
    for kind in ("png", "svg"):
        path = Path(folder) / f"{name}.{kind}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{kind} {figure.text}\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def fake_charts(monkeypatch):
    """``build`` without drawing: every chart is a few bytes naming it and what it would draw."""
    from bcp_analysis.outputs import charts, deliverables

    monkeypatch.setattr(deliverables, "draw_chart", _fake_chart)
    monkeypatch.setattr(deliverables, "draw_dossier_chart", _fake_dossier_chart)
    monkeypatch.setattr(charts, "save_chart", _fake_save)
