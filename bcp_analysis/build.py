"""The main job: rebuild every table, chart, workbook and notebook from a profile."""

import concurrent.futures
import re
import tempfile
from pathlib import Path

# Imported here, not lazily in a notebook thread: matplotlib looks at sys.modules["IPython"]
# whenever a figure is made, and must never find it half-imported by another thread.
import IPython  # noqa: F401
import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from bcp_analysis import charts
from bcp_analysis.deliverables import committee_tables, draw_charts
from bcp_analysis.errors import ProfileError
from bcp_analysis.export import write_workbook
from bcp_analysis.files import write_if_changed
from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_CURRICULUM, FIGURES_DIR, NOTEBOOKS_DIR
from bcp_analysis.readers import load_profile
from bcp_analysis.tables import write_tables

__all__ = ["build", "notebooks", "run_notebook", "WORKBOOK_NAME"]

WORKBOOK_NAME = "bcp-analyse.xlsx"
_NOTEBOOK_NEEDS_BUNDLED = {"curriculum"}  # notebooks whose example data fit the bundled profile only
_NOTEBOOK_WORKERS = 2  # kernels at a time; the machines this runs on have two cores


def notebooks(folder=NOTEBOOKS_DIR):
    """Return the project's notebooks in reading order (``01_…``, ``02_…``).

    Parameters
    ----------
    folder : pathlib.Path

    Returns
    -------
    list of pathlib.Path
    """
    return sorted(Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _set_parameters(notebook, values):
    """Replace assignments in the cell tagged ``parameters``; return whether one was found."""
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            source = cell.source
            for name, value in values.items():
                source, count = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", source, flags=re.M)
                if not count:
                    raise ValueError(f"parameter {name} not in the parameters cell")
            cell.source = source
            return
    raise ValueError("no cell tagged 'parameters'")


def run_notebook(path, parameters=None, timeout=600):
    """Execute a notebook top to bottom on a fresh kernel, in its own folder.

    Parameters
    ----------
    path : pathlib.Path
        The notebook.
    parameters : dict, optional
        New values for names assigned in the cell tagged ``parameters``.
    timeout : int
        Seconds allowed per cell.

    Returns
    -------
    nbformat.NotebookNode
        The executed notebook; on unchanged input identical to the previous run.
    """
    notebook = nbformat.read(path, as_version=4)
    if parameters:
        _set_parameters(notebook, parameters)
    with tempfile.TemporaryDirectory(prefix="bcp-kernel-") as sockets:
        # Local sockets instead of TCP: nothing listens on the network, and the kernel has
        # no reason to warn about unencrypted traffic on the user's screen.
        kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(
            notebook, km=kernel, timeout=timeout, record_timing=False,
            resources={"metadata": {"path": str(Path(path).parent)}},
        )
        try:
            client.execute()
        finally:
            if kernel.has_kernel:
                kernel.shutdown_kernel()
    return notebook


def _html(notebook, name):
    exporter = HTMLExporter()
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": name}})
    return body.encode("utf-8")


def build(profile=None, out=None, curriculum=None, log=print):
    """Rebuild tables, charts, workbook, notebooks and their HTML copies for a profile.

    Everything is made in a staging folder first; only when all of it succeeded are the
    files put in place, and only files whose bytes changed are written. A bad profile
    therefore stops the build with a clear message and leaves earlier outputs intact.

    Parameters
    ----------
    profile : str or os.PathLike, optional
        A ``.yaml`` profile or the raw ``.txt`` of a profile's PDF; default the bundled one.
    out : str or os.PathLike, optional
        Output folder. Default: charts, tables, workbook and HTML in ``figures/``, the
        executed notebooks in ``notebooks/`` itself. With ``out``, everything goes there
        (notebooks in ``out/notebooks``).
    curriculum : str or os.PathLike, optional
        A curriculum CSV for the curriculum notebook. Without it that notebook runs on its
        example programme, which fits the bundled profile only, so it is skipped for
        another profile.
    log : callable
        Receives one progress line at a time.

    Returns
    -------
    list of pathlib.Path
        Every output file, written or confirmed unchanged.
    """
    source = Path(profile).resolve() if profile is not None else None
    loaded = load_profile(source)
    bundled = source is None or source == BUNDLED_PROFILE
    target = Path(out) if out is not None else FIGURES_DIR
    notebook_target = Path(out) / "notebooks" if out is not None else NOTEBOOKS_DIR
    parameters = {}
    if not bundled:
        parameters["PROFIEL"] = str(source)
    runs = _notebook_runs(parameters, bundled, curriculum)
    total = len(runs) + 3
    with tempfile.TemporaryDirectory(prefix="bcp-build-") as staging_name, \
            concurrent.futures.ThreadPoolExecutor(max_workers=_NOTEBOOK_WORKERS) as pool:
        staging = Path(staging_name)
        # Each notebook runs in a kernel of its own (a separate process), so they run side by
        # side with each other and with the charts drawn here; results are stored in order.
        futures = {path: pool.submit(run_notebook, path, values) for path, values in runs.items() if values is not None}
        try:
            log(f"[1/{total}] tabellen ({loaded.titel})")
            write_tables(loaded, staging / "figures" / "tabellen")
            log(f"[2/{total}] grafieken")
            programme = curriculum if curriculum is not None else (EXAMPLE_CURRICULUM if bundled else None)
            for name, figure in draw_charts(loaded, programme).items():
                charts.save_figure(figure, staging / "figures", name)
            log(f"[3/{total}] werkmap {WORKBOOK_NAME}")
            write_workbook(committee_tables(loaded), staging / "figures" / WORKBOOK_NAME)
            for number, path in enumerate(runs, start=4):
                if path not in futures:
                    log(f"[{number}/{total}] {path.name} overgeslagen: geef --curriculum voor dit profiel")
                    continue
                executed = _result(futures[path], path, source)
                log(f"[{number}/{total}] notebook {path.name}")
                (staging / "notebooks").mkdir(exist_ok=True)
                nbformat.write(executed, staging / "notebooks" / path.name)
                html = staging / "figures" / "notebooks" / f"{path.stem}.html"
                html.parent.mkdir(parents=True, exist_ok=True)
                html.write_bytes(_html(executed, path.stem))
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
        return _publish(staging, target, notebook_target, log)


def _notebook_runs(parameters, bundled, curriculum):
    """Map each notebook to the parameters it runs with, or None when it is skipped."""
    runs = {}
    for path in notebooks():
        values = dict(parameters)
        if _notebook_topic(path) in _NOTEBOOK_NEEDS_BUNDLED:
            if curriculum is not None:
                values["CURRICULUM"] = str(Path(curriculum).resolve())
            elif not bundled:
                values = None
        runs[path] = values
    return runs


def _result(future, path, source):
    """The executed notebook, or a clear error naming the notebook that failed."""
    try:
        return future.result()
    except CellExecutionError as exc:
        raise ProfileError(
            source or BUNDLED_PROFILE, f"notebook {path.name}",
            f"de notebook liep vast: {str(exc).strip().splitlines()[-1]}",
            "controleer het profiel met 'bcp-analysis validate'; is dat in orde, meld dan deze fout",
        ) from None


def _notebook_topic(path):
    return path.stem.split("_", 1)[1]


def _publish(staging, target, notebook_target, log):
    """Move staged files into place, writing only those whose bytes changed."""
    published, changed = [], 0
    moves = [(staging / "figures", target), (staging / "notebooks", notebook_target)]
    for origin, destination in moves:
        for staged in sorted(path for path in origin.rglob("*") if path.is_file()):
            final = destination / staged.relative_to(origin)
            changed += write_if_changed(final, staged.read_bytes())
            published.append(final)
    log(f"klaar: {len(published)} bestanden, {changed} gewijzigd")
    return published
