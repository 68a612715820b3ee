"""The main job: rebuild every table, chart, workbook and notebook from a profile, a dossier or a register.

What the build makes of its document is its view (:mod:`bcp_analysis.outputs.views`), chosen
once; this module runs the steps the view names (each keyed as :mod:`bcp_analysis.outputs.steps`
says), runs the notebooks, and publishes everything at once.
"""

import concurrent.futures
import dataclasses
import re
import tempfile
from pathlib import Path

from bcp_analysis.dutch import count, fold
from bcp_analysis.errors import OutputError
from bcp_analysis.files import check_output_folder, publish
from bcp_analysis.outputs import steps
from bcp_analysis.outputs.deliverables import CURRICULUM_CHARTS
from bcp_analysis.outputs.views import is_dossier, notebook_kind, notebooks, view_for
from bcp_analysis.paths import BUNDLED_PROFILE, IN_CHECKOUT, NOTEBOOKS_DIR, RESULTS_DIR

# pandas, matplotlib and the notebook runner (nbformat, nbclient, nbconvert) are imported
# where a step runs: a build with nothing to do ends without loading them.

__all__ = ["build", "default_out", "is_dossier", "notebooks", "notebook_kind", "run_notebook", "WORKBOOK_NAME",
           "OUTPUT_ROOT"]

WORKBOOK_NAME = "bcp-analyse.xlsx"
OUTPUT_ROOT = Path("uitvoer")
"""pathlib.Path: where a build without ``out`` goes (``uitvoer/<profile file name>/``, relative
to the current folder), but for the bundled profile in a checkout."""
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_AUDIT_STEP = "controle van de bron"  # in the record: the audit's lines, shown again while its key holds
_NOTEBOOK_WORKERS = 2  # kernels at a time; the machines this runs on have two cores


def _set_parameters(notebook, values, path=""):
    """Replace assignments in the cell tagged ``parameters``; an OutputError when the cell or a name is missing."""
    for cell in notebook.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            source = cell.source
            for name, value in values.items():
                source, count = re.subn(rf"^{name} = .*$", f"{name} = {value!r}", source, flags=re.M)
                if not count:
                    raise OutputError(path, "parametercel", f"de parameter {name} staat niet in de parametercel",
                                      f"zet '{name} = ...' terug in de cel met het label 'parameters'")
            cell.source = source
            return
    raise OutputError(path, "notebook", "geen cel heeft het label 'parameters'",
                      "geef de eerste codecel weer het label 'parameters' (in JupyterLab: Property Inspector, Tags)")


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
    _import_notebook_runner()
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    if parameters:
        _set_parameters(notebook, parameters, path)
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
    from bcp_analysis.outputs.committee_pages import coalesced

    return coalesced(notebook)


def _import_notebook_runner():
    """Import what runs notebooks, in the thread that builds, before any notebook thread starts.

    matplotlib looks at ``sys.modules["IPython"]`` whenever a figure is made, and must
    never find it half-imported by a notebook thread.
    """
    import IPython  # noqa: F401
    import jupyter_client.manager  # noqa: F401
    import nbclient  # noqa: F401
    import nbformat  # noqa: F401


def _html(notebook, name):
    """The committee page of an executed notebook: no code, tables for reading (run again in the notebooks' folder)."""
    from bcp_analysis.outputs.committee_pages import committee_page

    return committee_page(notebook, name, NOTEBOOKS_DIR)


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


def build(profile=None, out=None, curriculum=None, log=print, *, profiel=None, previous=None, force=False,
          rebuild=False):
    """Rebuild tables, charts, workbook, notebooks and their HTML copies for a profile or a dossier.

    What is built is the view of the document (:func:`bcp_analysis.outputs.views.view_for`), which
    its reader decides: a document of several dossiers (an SBB register) without ``profiel``
    gets the register view: the tables of :func:`bcp_analysis.analyses.register.register_tables`
    as CSV files and workbook sheets, the domein x competency chart and the register
    notebooks. A document of several profielen (a kwalificatiedossier) without ``profiel`` gets
    the dossier view: all its profielen side by side (the tables of
    :func:`bcp_analysis.analyses.dossier.dossier_tables` as CSV files and workbook sheets, the
    charts of :func:`bcp_analysis.outputs.deliverables.draw_dossier_charts`, the dossier
    notebooks). Any other profile, or one profiel of a dossier, gets the profile's tables,
    charts, workbook and the profile notebooks. The bundled build makes the bundled profile's
    outputs and runs the dossier and register notebooks on the bundled documents as well, so
    every notebook's outputs are stored.

    Only what changed is redone. Every step (the tables, each chart, the workbook, each
    notebook, each HTML copy) has a key, the hash of what it depends on (its input files,
    a notebook's own cells, the options, the package and its pinned dependencies; see
    :mod:`bcp_analysis.outputs.steps`), kept in the output folder beside the manifest. A step
    whose key is unchanged and whose files are as it left them is not run; ``rebuild`` runs
    every step. The progress lines say which steps ran and which were up to date.

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
    rebuild : bool
        Run every step, also those that are up to date (``--opnieuw``).

    Returns
    -------
    list of pathlib.Path
        Every output file, written or confirmed unchanged.
    """
    source, previous, curriculum = _resolved(profile), _resolved(previous), _resolved(curriculum)
    view = view_for(source, profiel, curriculum=curriculum, previous=previous)
    if out is None:
        out = default_out(source, profiel)
    own_project = out is None
    target = Path(out) if out is not None else RESULTS_DIR
    check_output_folder(target)
    job = _Job(view, previous, target, own_project, rebuild)
    runs, notes = view.notebook_runs()
    output_steps = _output_steps(job)
    notebook_steps = {path: _notebook_step(path, values) for path, values in runs.items() if values is not None}
    to_run = [task for task in output_steps if not job.current(task)]
    notebooks_to_run = [path for path, task in notebook_steps.items() if not job.current(task)]
    if to_run or notebooks_to_run:
        job.check_inputs()  # a bad profile or previous version stops the build before any kernel starts
        for line in view.describe():
            log(line)
    job.audit(log)
    with tempfile.TemporaryDirectory(prefix="bcp-build-") as staging_name, \
            concurrent.futures.ThreadPoolExecutor(max_workers=_NOTEBOOK_WORKERS) as pool:
        job.staging = Path(staging_name)
        if notebooks_to_run:
            _import_notebook_runner()
        # Each notebook runs in a kernel of its own (a separate process), so they run side by
        # side with each other and with the charts drawn here; results are stored in order.
        futures = {path: pool.submit(run_notebook, path, runs[path]) for path in notebooks_to_run}
        try:
            _run_steps(job, output_steps, notebook_steps, (runs, notes, futures), log)
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
        contents, outside = job.contents()
        published, changed = publish(target, contents, outside=outside, force=force or own_project,
                                     inputs=[source, curriculum, previous])
    log(f"klaar: {count(len(published), 'bestand', 'bestanden')}, {changed} gewijzigd, in {target} "
        f"({count(job.ran, 'stap', 'stappen')} uitgevoerd, {job.current_count} al actueel)")
    return published


def _resolved(path):
    return Path(path).resolve() if path is not None else None


def _run_steps(job, output_steps, notebook_steps, notebook_runs, log):
    """Run (or keep) every step in order: the outputs, then each notebook with its HTML copy.

    ``notebook_runs``: (runs, notes, futures) - each notebook's parameters (None: skipped), why
    one is skipped, and the notebooks running.
    """
    runs, notes, futures = notebook_runs
    total = len(output_steps) + len(runs) + len(notebook_steps)
    number = 0
    for number, task in enumerate(output_steps, start=1):
        job.do(task, number, total, log)
    for path in runs:
        number += 1
        if path not in notebook_steps:
            log(f"[{number}/{total}] notebook {path.name} overgeslagen: {notes[path]}")
            continue
        executed = _result(futures[path], path, job.view.source) if path in futures else None
        job.do(notebook_steps[path], number, total, log, result=executed)
        number += 1
        job.do(_html_step(path, job.output(f"notebooks/{path.name}")), number, total, log)


class _Job:
    """One build: its view, the steps' keys and record, the outputs made or kept.

    Parameters
    ----------
    view : ProfileView or DossierView or RegisterView
        What the build makes of its document (:mod:`bcp_analysis.outputs.views`).
    previous : pathlib.Path or None
        The previous version, checked before the notebooks run.
    target : pathlib.Path
        The output folder.
    own_project : bool
        Whether this is the bundled build of a checkout, whose notebooks lie outside ``target``.
    rebuild : bool
        Run every step, also those the record holds as up to date.
    """

    def __init__(self, view, previous, target, own_project, rebuild):
        self.view = view
        self.previous: Path | None = previous
        self.target: Path = target
        self.own_project: bool = own_project
        self.environment: str = steps.environment_key()
        self.record: dict = {} if rebuild else steps.read_record(target)
        self.new_record: dict = {}  # step name -> its entry in the record this build writes
        self.outputs: dict = {}  # output name -> bytes, made or kept
        self.present: dict = {}  # output name -> the bytes it has now (None: missing), read once
        self.staging: Path | None = None  # the build's staging folder, while the steps run
        self.ran = 0
        self.current_count = 0

    def place(self, name):
        """Where an output (named as in the record) is: the project's own notebooks lie outside ``figures/``."""
        if self.own_project and name.startswith("notebooks/") and name.endswith(".ipynb"):
            return NOTEBOOKS_DIR / name.partition("/")[2]
        return self.target / name

    def read(self, name):
        """The present bytes of an output, or None."""
        if name not in self.present:
            try:
                self.present[name] = self.place(name).read_bytes()
            except OSError:
                self.present[name] = None
        return self.present[name]

    def key(self, step):
        return steps.step_key(step, self.environment)

    def current(self, task):
        """Whether a step is up to date: its key and its files as the record has them."""
        return steps.up_to_date(self.record.get(task.step.name), self.key(task.step), self.read)

    def check_inputs(self):
        """Load the document, the curriculum and the previous version: a bad one stops the build with its message."""
        self.view.loaded()
        if getattr(self.view, "curriculum", None) is not None:
            from bcp_analysis.readers import load_programme

            load_programme(self.view.curriculum)
        if self.previous is not None:
            from bcp_analysis.readers import load_profile

            load_profile(self.previous, profiel=self.view.profiel)

    def audit(self, log):
        """Log the audit's verdict on the source (the view's); unchanged, as the record keeps it."""
        step = steps.Step(_AUDIT_STEP, inputs=(self.view.path,), options=self.view.audit_options)
        key = self.key(step)
        entry = self.record.get(step.name)
        if steps.up_to_date(entry, key, self.read) and isinstance(entry.get("meldingen"), list):
            lines = entry["meldingen"]
        else:
            lines = []
            self.view.audit(lines.append)
        for line in lines:
            log(line)
        self.new_record[step.name] = {"sleutel": key, "uitvoer": {}, "meldingen": lines}

    def do(self, task, number, total, log, result=None):
        """Run a step unless it is up to date; keep its outputs either way and log which it was."""
        step = task.step
        key = self.key(step)
        entry = self.record.get(step.name)
        if steps.up_to_date(entry, key, self.read):
            files = {name: self.read(name) for name in entry["uitvoer"]}
            self.current_count += 1
            log(f"[{number}/{total}] {step.name}: al actueel")
        else:
            files = task.run(self, result) if result is not None else task.run(self)
            self.ran += 1
            log(f"[{number}/{total}] {step.name}: {'gemaakt' if files else 'niets te maken voor dit profiel'}")
        self.outputs.update(files)
        self.new_record[step.name] = {"sleutel": key, "uitvoer": {name: steps.sha256(content)
                                                                   for name, content in sorted(files.items())}}

    def output(self, name):
        """An output of this build (made or kept), by its name in the record."""
        return self.outputs[name]

    def contents(self):
        """What to publish: {name: bytes} for the folder and {path: bytes} outside it (with the record)."""
        contents, outside = {}, {self.target / steps.RECORD_NAME: steps.record_bytes(self.new_record)}
        for name, content in self.outputs.items():
            if self.own_project and self.place(name) != self.target / name:
                outside[self.place(name)] = content
            else:
                contents[name] = content
        return contents, outside

    def staged(self, write):
        """Run ``write(folder)`` in a fresh staging folder; return {path relative to it: bytes}."""
        folder = Path(tempfile.mkdtemp(dir=self.staging))
        write(folder)
        return {path.relative_to(folder).as_posix(): path.read_bytes()
                for path in sorted(folder.rglob("*")) if path.is_file()}


@dataclasses.dataclass(frozen=True)
class _Task:
    """A step (what its key is made of) and how it runs: ``run(job)``, for a notebook ``run(job, executed)``."""

    step: steps.Step
    run: object


def _output_steps(job):
    """The tables, every chart and the workbook of the build's view."""
    view = job.view
    source, options, programme = view.path, view.step_options, view.programme
    made = [_Task(steps.Step("tabellen", inputs=(source,), options=options), _tables)]
    for name in view.charts:
        inputs = (source, programme) if name in CURRICULUM_CHARTS and programme is not None else (source,)
        chart_options = (*options, ("curriculum", name in CURRICULUM_CHARTS and programme is not None))
        made.append(_Task(steps.Step(f"grafiek {name}", inputs=inputs, options=chart_options), _chart(name)))
    workbook_inputs = (source,) if programme is None else (source, programme)
    made.append(_Task(steps.Step(f"werkmap {WORKBOOK_NAME}", inputs=workbook_inputs, options=options), _workbook))
    return made


def _tables(job):
    return job.view.tables()


def _chart(name):
    def draw(job):
        from bcp_analysis.outputs import charts

        figure = job.view.draw(name)
        if figure is None:  # a chart this profile does not get
            return {}
        return job.staged(lambda folder: charts.save_chart(figure, folder, name))

    return draw


def _workbook(job):
    return job.staged(lambda folder: job.view.write_workbook(folder / WORKBOOK_NAME))


def _notebook_step(path, values):
    """The step of a notebook: its own cells, its parameters and the files it reads."""
    def store(job, executed):
        import nbformat

        files = job.staged(lambda folder: nbformat.write(executed, folder / path.name))
        return {f"notebooks/{name}": content for name, content in files.items()}

    return _Task(steps.Step(f"notebook {path.name}", inputs=steps.notebook_files(path, values),
                            options=tuple(sorted(values.items())), content=steps.notebook_content(path)), store)


def _html_step(path, executed):
    """The HTML copy of an executed notebook: it depends on that notebook's bytes only."""
    def convert(job):
        import nbformat

        return {f"notebooks/{path.stem}.html": _html(nbformat.reads(executed.decode("utf-8"), as_version=4),
                                                     path.stem)}

    return _Task(steps.Step(f"html {path.stem}.html", content=executed), convert)


def _result(future, path, source):
    """The executed notebook, or a clear error naming the notebook that failed."""
    from nbclient.exceptions import CellExecutionError

    try:
        return future.result()
    except CellExecutionError as exc:
        lines = _ANSI.sub("", str(exc)).strip().splitlines()
        raise OutputError(
            source or BUNDLED_PROFILE, f"notebook {path.name}",
            f"de notebook liep vast: {lines[-1] if lines else 'onbekende fout'}",
            "controleer het profiel met 'bcp-analysis validate'; is dat in orde, meld dan deze fout",
        ) from None


