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

from bcp_analysis.outputs import charts
from bcp_analysis.outputs.deliverables import draw_charts, draw_dossier_charts
from bcp_analysis.analyses.dossier import dossier_tables
from bcp_analysis.dutch import count, fold
from bcp_analysis.errors import OutputError, ProfileError
from bcp_analysis.outputs.workbook import write_committee_workbook, write_workbook
from bcp_analysis.files import check_output_folder, publish, write_if_changed
from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_CURRICULUM, IN_CHECKOUT, NOTEBOOKS_DIR, RESULTS_DIR
from bcp_analysis.readers import load_profile, reader_for
from bcp_analysis.outputs.tables import csv_bytes, dossier_csv_name, write_tables

__all__ = ["build", "audit_source",
           "default_out", "is_dossier", "notebooks", "notebook_kind", "run_notebook", "WORKBOOK_NAME",
           "OUTPUT_ROOT"]

WORKBOOK_NAME = "bcp-analyse.xlsx"
OUTPUT_ROOT = Path("uitvoer")
"""pathlib.Path: where a build without ``out`` goes (``uitvoer/<profile file name>/``, relative
to the current folder), but for the bundled profile in a checkout."""
_NOTEBOOK_NEEDS_BUNDLED = {"curriculum"}  # notebooks whose example data fit the bundled profile only
_NOTEBOOK_COMPARES = {"versievergelijking"}  # notebooks that compare the profile with a previous version
_PROFILE_PARAMETER = "PROFIEL"  # a notebook of one profile assigns this in its parameters cell
_CHOICE_PARAMETER = "PROFIEL_KEUZE"  # ... and this one, for --profiel (a profiel of a dossier)
_DOSSIER_PARAMETER = "DOSSIER"  # a notebook of the dossier view assigns this instead
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_NOTEBOOK_WORKERS = 2  # kernels at a time; the machines this runs on have two cores


def notebooks(folder=NOTEBOOKS_DIR):
    """Return the project's notebooks in reading order (``01_…``, ``02_…``).

    ``00_verkenner.ipynb`` is not one of them: it is the verkenner (``bcp-analysis verken``),
    whose stored output is a widget with a new model id on every run, so a build leaves it
    alone (nbval still runs it; ``make verkenner-notebook`` stores its outputs again).

    Parameters
    ----------
    folder : pathlib.Path

    Returns
    -------
    list of pathlib.Path
    """
    return sorted(path for path in Path(folder).glob("[0-9][0-9]_*.ipynb") if not path.name.startswith("00_"))


def _parameter_names(path):
    """The names assigned at the start of a line in a notebook's ``parameters`` cell."""
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            return set(re.findall(r"^(\w+) = ", cell.source, flags=re.M))
    return set()


def notebook_kind(path):
    """Return which build a notebook belongs to: ``"profiel"`` or ``"dossier"``.

    A notebook of the dossier view assigns ``DOSSIER`` in its ``parameters`` cell; every
    other notebook analyses one profile (``PROFIEL``).

    Parameters
    ----------
    path : pathlib.Path

    Returns
    -------
    str

    Examples
    --------
    >>> [notebook_kind(path) for path in notebooks()][-2:]
    ['profiel', 'dossier']
    """
    return "dossier" if _DOSSIER_PARAMETER in _parameter_names(path) else "profiel"


def is_dossier(profile, profiel=None):
    """Return whether a build of this file without ``profiel`` is the dossier view.

    Parameters
    ----------
    profile : str or os.PathLike or None
    profiel : str, optional

    Returns
    -------
    bool
        True for a document that holds several profielen (its reader's ``holds_profielen``:
        a kwalificatiedossier, ``.xml``) when no profiel of it is chosen.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_KD
    >>> is_dossier(BUNDLED_KD), is_dossier(BUNDLED_KD, "Onderwijsassistent"), is_dossier(None)
    (True, False, False)
    """
    return profile is not None and profiel is None and reader_for(profile).holds_profielen


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
            notebook, km=kernel, timeout=timeout, record_timing=False, store_widget_state=False,
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


def default_out(profile, profiel=None):
    """Return the output folder of a build without ``out``: None (the checkout's own) or ``uitvoer/<name>``.

    Parameters
    ----------
    profile : str or os.PathLike or None
    profiel : str, optional
        The profiel of a dossier being built (``--profiel``).

    Returns
    -------
    pathlib.Path or None
        None for the bundled profile in a checkout, whose outputs are the checkout's
        ``figures/`` (:data:`~bcp_analysis.paths.RESULTS_DIR`) and notebooks; for any other
        profile, and for every profile of an installed package, ``uitvoer/<file name without
        ending>`` in the current folder, so that a build never writes into the committed
        ``figures/`` and ``notebooks/`` nor beside the installed code; for a profiel of a
        dossier ``uitvoer/<file name>-<profiel>``.

    Examples
    --------
    >>> default_out(None) is None  # in a checkout
    True
    >>> default_out("nieuw/medewerker-evenementen.yaml").as_posix()
    'uitvoer/medewerker-evenementen'
    >>> default_out("kd/pedagogisch-werk.xml", profiel="Pedagogisch medewerker kinderopvang").as_posix()
    'uitvoer/pedagogisch-werk-pedagogisch-medewerker-kinderopvang'
    """
    bundled = profile is None or Path(profile).resolve() == BUNDLED_PROFILE
    if bundled and IN_CHECKOUT:
        return None
    profile = BUNDLED_PROFILE if profile is None else profile
    if profiel is not None:  # each profiel of a dossier in a folder of its own
        return OUTPUT_ROOT / f"{Path(profile).stem}-{_slug(profiel)}"
    return OUTPUT_ROOT / Path(profile).stem


def _slug(text):
    """A name as a folder name: folded to lower case without accents, words joined by '-'."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text))) or "profiel"


def build(profile=None, out=None, curriculum=None, log=print, *, profiel=None, previous=None, force=False):
    """Rebuild tables, charts, workbook, notebooks and their HTML copies for a profile or a dossier.

    A kwalificatiedossier (``.xml``) without ``profiel`` gets the dossier view: all its
    profielen side by side (the tables of :func:`bcp_analysis.analyses.dossier.dossier_tables` as CSV
    files and workbook sheets, the charts of
    :func:`bcp_analysis.outputs.deliverables.draw_dossier_charts`, the dossier notebooks). Any other
    profile, or one profiel of a dossier, gets the profile's tables, charts, workbook and the
    profile notebooks. The bundled build makes the bundled profile's outputs and runs the
    dossier notebooks on the bundled dossier as well, so every notebook's outputs are stored.

    Everything is made in a staging folder first and published only when all of it
    succeeded, all at once (:func:`bcp_analysis.files.publish`): a bad profile, a failing
    notebook, a full disk or Ctrl-C leave the previous outputs whole. The output folder is
    the build's own: its manifest ``.bcp-analysis-build.sha256`` lists what the build wrote,
    and what a build does not produce is removed, so a folder built before holds exactly
    what a build into an empty folder holds. Only files whose bytes changed are written.

    Parameters
    ----------
    profile : str or os.PathLike, optional
        A profile file any reader takes (``.yaml``, ``.txt``, a dossier ``.xml``, …); default
        the bundled one.
    out : str or os.PathLike, optional
        Output folder (the notebooks go in ``out/notebooks``). Default: for the bundled
        profile in a checkout the checkout's ``figures/`` and the executed notebooks in
        ``notebooks/`` itself; otherwise ``uitvoer/<name>`` in the current folder
        (:func:`default_out`).
    curriculum : str or os.PathLike, optional
        A curriculum CSV for the curriculum notebook. Without it that notebook runs on its
        example programme, which fits the bundled profile only, so it is skipped for
        another profile.
    log : callable
        Receives one progress line at a time.
    profiel : str, optional
        Which profiel of a kwalificatiedossier (``load_profile(profile, profiel=...)``); the
        notebooks get it as ``PROFIEL_KEUZE``. Without it a dossier builds the dossier view.
    previous : str or os.PathLike, optional
        A previous version of the profile for the version-comparison notebook. Without it
        that notebook compares its own example for the bundled profile and is skipped, with
        a note, for another profile (it never compares with an unrelated profile).
    force : bool
        Write over (or remove) files in ``out`` that the tool did not write itself. The
        checkout's own ``figures/`` and notebooks are always the build's.

    Returns
    -------
    list of pathlib.Path
        Every output file, written or confirmed unchanged.
    """
    source = Path(profile).resolve() if profile is not None else None
    dossier_view = is_dossier(source, profiel)
    loaded = reader_for(source).collection(source) if dossier_view else load_profile(source, profiel=profiel)
    bundled = source is None or source == BUNDLED_PROFILE
    previous = Path(previous).resolve() if previous is not None else None
    if dossier_view:
        _refuse_for_dossier(source, vorige=previous, curriculum=curriculum)
    if previous is not None:
        load_profile(previous, profiel=profiel)  # a bad previous version stops the build before any kernel starts
    if out is None:
        out = default_out(source, profiel)
    own_project = out is None
    target = Path(out) if out is not None else RESULTS_DIR
    check_output_folder(target)
    runs, notes = _notebook_runs(source, profiel, dossier_view, curriculum, previous)
    total = len(runs) + 3
    audit_source(source, loaded, profiel, dossier_view, log)
    with tempfile.TemporaryDirectory(prefix="bcp-build-") as staging_name, \
            concurrent.futures.ThreadPoolExecutor(max_workers=_NOTEBOOK_WORKERS) as pool:
        staging = Path(staging_name)
        # Each notebook runs in a kernel of its own (a separate process), so they run side by
        # side with each other and with the charts drawn here; results are stored in order.
        futures = {path: pool.submit(run_notebook, path, values) for path, values in runs.items() if values is not None}
        try:
            if dossier_view:
                _dossier_outputs(loaded, staging / "results", log, total)
            else:
                programme = curriculum if curriculum is not None else (EXAMPLE_CURRICULUM if bundled else None)
                _profile_outputs(loaded, programme, staging / "results", log, total)
            for number, path in enumerate(runs, start=4):
                if path not in futures:
                    log(f"[{number}/{total}] {path.name} overgeslagen: {notes[path]}")
                    continue
                executed = _result(futures[path], path, source)
                log(f"[{number}/{total}] notebook {path.name}")
                (staging / "notebooks").mkdir(exist_ok=True)
                nbformat.write(executed, staging / "notebooks" / path.name)
                html = staging / "results" / "notebooks" / f"{path.stem}.html"
                html.parent.mkdir(parents=True, exist_ok=True)
                html.write_bytes(_html(executed, path.stem))
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
        contents = _staged(staging / "results")
        notebook_files = _staged(staging / "notebooks")
        if own_project:
            outside = {NOTEBOOKS_DIR / name: content for name, content in notebook_files.items()}
        else:
            outside = None
            contents.update({f"notebooks/{name}": content for name, content in notebook_files.items()})
        inputs = [source, curriculum, previous]
        published, changed = publish(target, contents, outside=outside, force=force or own_project, inputs=inputs)
    log(f"klaar: {count(len(published), 'bestand', 'bestanden')}, {changed} gewijzigd, in {target}")
    return published


def audit_source(source, loaded, profiel=None, dossier_view=False, log=print):
    """Log the audit's verdict on the source (and every finding with its place); return the reports.

    The build reports what the source holds that its tables do not, as ``validate`` does; it
    goes on with what was read (the findings say what to add to the ``.yaml``).

    Parameters
    ----------
    source : pathlib.Path or None
        The profile file; None: the bundled profile.
    loaded : Profile or Dossier
    profiel : str, optional
    dossier_view : bool
        Audit every profiel of the dossier.
    log : callable

    Returns
    -------
    list of AuditReport
    """
    from bcp_analysis.audit import audit_document

    path = source if source is not None else BUNDLED_PROFILE
    if dossier_view:
        chosen = [(f"profiel {row.profiel}: ", audit_document(path, profiel=row.crebo or row.profiel))
                  for row in loaded.profielen.itertuples()]
    else:
        chosen = [("", audit_document(path, profile=loaded, profiel=profiel))]
    for prefix, report in chosen:
        log(f"controle van de bron: {prefix}{report.verdict()}")
        for line in report.lines():
            log(f"  - {line}")
    return [report for _, report in chosen]


def _refuse_for_dossier(source, **options):
    """A version comparison or a curriculum is about one profiel: refused for the dossier view."""
    given = [f"--{name}" for name, value in options.items() if value is not None]
    if given:
        raise ProfileError(source, " en ".join(given), f"{' en '.join(given)} gaat over één profiel, niet over een "
                           "heel dossier", "kies met --profiel het profiel van het dossier (titel of crebo)")


def _profile_outputs(loaded, programme, folder, log, total):
    """Tables, charts and workbook of one profile, into a staging folder."""
    log(f"[1/{total}] tabellen ({loaded.titel})")
    write_tables(loaded, folder / "tabellen")
    log(f"[2/{total}] grafieken")
    for name, chart in draw_charts(loaded, programme).items():
        charts.save_chart(chart, folder, name)
    log(f"[3/{total}] werkmap {WORKBOOK_NAME}")
    write_committee_workbook(loaded, folder / WORKBOOK_NAME)


def _dossier_outputs(dossier, folder, log, total):
    """Tables, charts and workbook of the dossier view (all profielen side by side), into a staging folder."""
    tables = dossier_tables(dossier)
    log(f"[1/{total}] tabellen ({dossier.titel}, {count(len(dossier.profielen), 'profiel', 'profielen')})")
    for name, table in tables.items():
        write_if_changed(folder / "tabellen" / f"{dossier_csv_name(name)}.csv", csv_bytes(table))
    log(f"[2/{total}] grafieken")
    for name, chart in draw_dossier_charts(dossier).items():
        charts.save_chart(chart, folder, name)
    log(f"[3/{total}] werkmap {WORKBOOK_NAME}")
    write_workbook(tables, folder / WORKBOOK_NAME)


def _staged(folder):
    """{path relative to folder: bytes} of every file under a staging folder."""
    if not folder.is_dir():
        return {}
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def _notebook_runs(source, profiel, dossier_view, curriculum, previous):
    """Map each notebook of this build to the parameters it runs with (None: skipped), and why one is skipped.

    A build of one profile runs the profile notebooks (``PROFIEL``, and ``PROFIEL_KEUZE`` for a
    profiel of a dossier); the dossier view runs the dossier notebooks (``DOSSIER``); the
    bundled build runs both, each on its own bundled document.
    """
    bundled = source is None or source == BUNDLED_PROFILE
    runs, notes = {}, {}
    for path in notebooks():
        kind = notebook_kind(path)
        if dossier_view:
            if kind == "dossier":
                runs[path] = {_DOSSIER_PARAMETER: str(source)}
            continue
        if kind == "dossier":
            if bundled:  # the bundled build stores the dossier notebooks' outputs too, on the bundled dossier
                runs[path] = {}
            continue
        values = {}
        if not bundled:
            values[_PROFILE_PARAMETER] = str(source)
        if profiel is not None:
            values[_CHOICE_PARAMETER] = profiel
        topic = _notebook_topic(path)
        if topic in _NOTEBOOK_NEEDS_BUNDLED:
            if curriculum is not None:
                values["CURRICULUM"] = str(Path(curriculum).resolve())
            elif not bundled:
                values, notes[path] = None, "geef --curriculum voor dit profiel"
        if topic in _NOTEBOOK_COMPARES:
            if previous is not None:
                values["VORIGE"] = str(previous)
                values[_PROFILE_PARAMETER] = str(source or BUNDLED_PROFILE)
            elif not bundled:
                values, notes[path] = None, "geef --vorige met een vorige versie van dit profiel om te vergelijken"
        runs[path] = values
    return runs, notes


def _result(future, path, source):
    """The executed notebook, or a clear error naming the notebook that failed."""
    try:
        return future.result()
    except CellExecutionError as exc:
        lines = _ANSI.sub("", str(exc)).strip().splitlines()
        raise OutputError(
            source or BUNDLED_PROFILE, f"notebook {path.name}",
            f"de notebook liep vast: {lines[-1] if lines else 'onbekende fout'}",
            "controleer het profiel met 'bcp-analysis validate'; is dat in orde, meld dan deze fout",
        ) from None


def _notebook_topic(path):
    return path.stem.split("_", 1)[1]
