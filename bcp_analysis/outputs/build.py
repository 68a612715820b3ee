"""The main job: rebuild every table, chart, workbook and notebook from a profile.

This module is longer than 600 lines because the build is one job with one staging folder
and one publish: its steps (what each depends on and how it runs, see
:mod:`bcp_analysis.outputs.steps` for the keys), the notebook runner and the choice of
notebooks and output folder share that job's state and read best together.
"""

import concurrent.futures
import dataclasses
import json
import re
import tempfile
from pathlib import Path

from bcp_analysis.dutch import count, fold
from bcp_analysis.errors import OutputError, ProfileError
from bcp_analysis.files import check_output_folder, publish
from bcp_analysis.outputs import steps
from bcp_analysis.outputs.deliverables import CHARTS, CURRICULUM_CHARTS, DOSSIER_CHARTS
from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_CURRICULUM, IN_CHECKOUT, NOTEBOOKS_DIR, RESULTS_DIR
from bcp_analysis.readers import reader_for

# pandas, matplotlib and the notebook runner (nbformat, nbclient, nbconvert) are imported
# where a step runs: a build with nothing to do ends without loading them.

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
_REGISTER_PARAMETER = "REGISTER"  # a notebook of the register view (a file of several dossiers) assigns this
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
REGISTER_CHARTS = ("register_domein_competenties",)  # the chart of the register view
_AUDIT_STEP = "controle van de bron"  # in the record: the audit's lines, shown again while its key holds
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
    notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            return set(re.findall(r"^(\w+) = ", "".join(cell.get("source", "")), flags=re.M))
    return set()


def notebook_kind(path):
    """Return which build a notebook belongs to: ``"profiel"``, ``"dossier"`` or ``"register"``.

    A notebook of the dossier view assigns ``DOSSIER`` in its ``parameters`` cell, one of
    the register view ``REGISTER``; every other notebook analyses one profile (``PROFIEL``).

    Parameters
    ----------
    path : pathlib.Path

    Returns
    -------
    str

    Examples
    --------
    >>> [notebook_kind(path) for path in notebooks()][-3:]
    ['profiel', 'dossier', 'register']
    """
    names = _parameter_names(path)
    if _REGISTER_PARAMETER in names:
        return "register"
    return "dossier" if _DOSSIER_PARAMETER in names else "profiel"


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
    _import_notebook_runner()
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

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

    A file of several kwalificatiedossiers (an SBB register, ``.xml``) without ``profiel``
    gets the register view: the tables of :func:`bcp_analysis.analyses.register.register_tables`
    as CSV files and workbook sheets, the domein x competency chart and the register
    notebooks. A kwalificatiedossier (``.xml``) without ``profiel`` gets the dossier view: all its
    profielen side by side (the tables of :func:`bcp_analysis.analyses.dossier.dossier_tables` as CSV
    files and workbook sheets, the charts of
    :func:`bcp_analysis.outputs.deliverables.draw_dossier_charts`, the dossier notebooks). Any other
    profile, or one profiel of a dossier, gets the profile's tables, charts, workbook and the
    profile notebooks. The bundled build makes the bundled profile's outputs and runs the
    dossier notebooks on the bundled dossier as well, so every notebook's outputs are stored.

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
    source = Path(profile).resolve() if profile is not None else None
    dossier_view = is_dossier(source, profiel)
    # a file of dossiers is read to tell a register (several dossiers) from one dossier
    collection = reader_for(source).collection(source) if dossier_view else None
    register_view = collection is not None and _is_register(collection)
    dossier_view = dossier_view and not register_view
    bundled = source is None or source == BUNDLED_PROFILE
    previous = Path(previous).resolve() if previous is not None else None
    curriculum = Path(curriculum).resolve() if curriculum is not None else None
    if dossier_view or register_view:
        _refuse_for_dossier(source, vorige=previous, curriculum=curriculum)
    if out is None:
        out = default_out(source, profiel)
    own_project = out is None
    target = Path(out) if out is not None else RESULTS_DIR
    check_output_folder(target)
    runs, notes = _notebook_runs(source, profiel, dossier_view, curriculum, previous, register_view)
    programme = None if dossier_view or register_view else (curriculum or (EXAMPLE_CURRICULUM if bundled else None))
    job = _Job(source, profiel, dossier_view, programme, previous, target, own_project, rebuild)
    job.register_view, job.loaded_input = register_view, collection
    output_steps = _output_steps(job)
    notebook_steps = {path: _notebook_step(path, values) for path, values in runs.items() if values is not None}
    to_run = [task for task in output_steps if not job.current(task)]
    notebooks_to_run = [path for path, task in notebook_steps.items() if not job.current(task)]
    if to_run or notebooks_to_run:
        job.check_inputs()  # a bad profile or previous version stops the build before any kernel starts
        for line in job.describe():
            log(line)
    job.audit(log)
    total = len(output_steps) + len(runs) + len(notebook_steps)
    with tempfile.TemporaryDirectory(prefix="bcp-build-") as staging_name, \
            concurrent.futures.ThreadPoolExecutor(max_workers=_NOTEBOOK_WORKERS) as pool:
        job.staging = Path(staging_name)
        if notebooks_to_run:
            _import_notebook_runner()
        # Each notebook runs in a kernel of its own (a separate process), so they run side by
        # side with each other and with the charts drawn here; results are stored in order.
        futures = {path: pool.submit(run_notebook, path, runs[path]) for path in notebooks_to_run}
        try:
            number = 0
            for number, task in enumerate(output_steps, start=1):
                job.do(task, number, total, log)
            for path in runs:
                number += 1
                if path not in notebook_steps:
                    log(f"[{number}/{total}] notebook {path.name} overgeslagen: {notes[path]}")
                    continue
                executed = _result(futures[path], path, source) if path in futures else None
                job.do(notebook_steps[path], number, total, log, result=executed)
                number += 1
                job.do(_html_step(path, job.output(f"notebooks/{path.name}")), number, total, log)
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
        contents, outside = job.contents()
        inputs = [source, curriculum, previous]
        published, changed = publish(target, contents, outside=outside, force=force or own_project, inputs=inputs)
    log(f"klaar: {count(len(published), 'bestand', 'bestanden')}, {changed} gewijzigd, in {target} "
        f"({count(job.ran, 'stap', 'stappen')} uitgevoerd, {job.current_count} al actueel)")
    return published


class _Job:
    """One build: its options, the steps' keys and record, the outputs made or kept, the loaded profile."""

    def __init__(self, source, profiel, dossier_view, programme, previous, target, own_project, rebuild):
        self.source, self.profiel, self.dossier_view = source, profiel, dossier_view
        self.programme, self.previous = programme, previous
        self.target, self.own_project = target, own_project
        self.environment = steps.environment_key()
        self.record = {} if rebuild else steps.read_record(target)
        self.new_record, self.outputs, self.present = {}, {}, {}
        self.staging, self.loaded_input, self.ran, self.current_count = None, None, 0, 0
        self.register_view = False

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

    def loaded(self):
        """The profile (or dossier) of the build, loaded the first time a step needs it."""
        if self.loaded_input is None:
            if self.dossier_view:
                self.loaded_input = reader_for(self.source).collection(self.source)
            else:
                from bcp_analysis.readers import load_profile

                self.loaded_input = load_profile(self.source, profiel=self.profiel)
        return self.loaded_input

    def check_inputs(self):
        """Load the profile and the previous version: a bad one stops the build with its message."""
        self.loaded()
        if self.previous is not None:
            from bcp_analysis.readers import load_profile

            load_profile(self.previous, profiel=self.profiel)

    def audit(self, log):
        """Log the audit's verdict on the source (:func:`audit_source`); unchanged, as the record keeps it."""
        step = steps.Step(_AUDIT_STEP, inputs=(self.source or BUNDLED_PROFILE,),
                          options=(("profiel", self.profiel), ("dossier", self.dossier_view)))
        key = self.key(step)
        entry = self.record.get(step.name)
        if steps.up_to_date(entry, key, self.read) and isinstance(entry.get("meldingen"), list):
            lines = entry["meldingen"]
        elif self.register_view:  # the audit reads the whole file per profiel: too much for hundreds
            lines = ["controle van de bron: niet voor een heel register; controleer een profiel met "
                     "'bcp-analysis validate <register> --profiel <crebo>'"]
        else:
            lines = []
            audit_source(self.source, self.loaded(), self.profiel, self.dossier_view, lines.append)
        for line in lines:
            log(line)
        self.new_record[step.name] = {"sleutel": key, "uitvoer": {}, "meldingen": lines}

    def describe(self):
        """The lines naming what is built: the profile's title, the dossier's, or the register's and its problems."""
        loaded = self.loaded()
        if self.register_view:
            return [f"register, {count(len(loaded.dossiers), 'dossier', 'dossiers')}, "
                    f"{count(len(loaded.profielen), 'profiel', 'profielen')}",
                    *(f"  let op: regel {row.regel} (dossier {row.dossier_nr}, {row.soort}): {row.probleem}"
                      for row in loaded.problemen.itertuples())]  # also in tabellen/register_problemen.csv
        if self.dossier_view:
            return [f"dossier {loaded.titel}, {count(len(loaded.profielen), 'profiel', 'profielen')}"]
        return [f"profiel {loaded.titel}"]

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
    """The tables, every chart and the workbook of a profile or of the dossier view."""
    source = job.source or BUNDLED_PROFILE
    options = (("profiel", job.profiel), ("dossier", job.dossier_view), ("register", job.register_view))
    charts = REGISTER_CHARTS if job.register_view else DOSSIER_CHARTS if job.dossier_view else CHARTS
    made = [_Task(steps.Step("tabellen", inputs=(source,), options=options), _tables)]
    for name in charts:
        inputs = (source, job.programme) if name in CURRICULUM_CHARTS and job.programme is not None else (source,)
        chart_options = (*options, ("curriculum", name in CURRICULUM_CHARTS and job.programme is not None))
        made.append(_Task(steps.Step(f"grafiek {name}", inputs=inputs, options=chart_options), _chart(name)))
    made.append(_Task(steps.Step(f"werkmap {WORKBOOK_NAME}", inputs=(source,), options=options), _workbook))
    return made


def _tables(job):
    from bcp_analysis.outputs.tables import csv_bytes, dossier_csv_name, table_files

    if job.register_view:
        from bcp_analysis.analyses.register import register_tables

        tables = register_tables(job.loaded())
        return {f"tabellen/register_{name}.csv": csv_bytes(table) for name, table in tables.items()}

    if job.dossier_view:
        from bcp_analysis.analyses.dossier import dossier_tables

        return {f"tabellen/{dossier_csv_name(name)}.csv": csv_bytes(table)
                for name, table in dossier_tables(job.loaded()).items()}
    return {f"tabellen/{name}": content for name, content in table_files(job.loaded()).items()}


def _chart(name):
    def draw(job):
        from bcp_analysis.outputs import charts, deliverables

        if job.register_view:
            from bcp_analysis.analyses.register import domein_matrix
            from bcp_analysis.outputs.register_charts import plot_domein_competencies

            figure = plot_domein_competencies(domein_matrix(job.loaded()), job.loaded().bronvermelding)
        elif job.dossier_view:
            figure = deliverables.draw_dossier_chart(name, job.loaded())
        else:
            figure = deliverables.draw_chart(name, job.loaded(), job.programme)
        if figure is None:  # a chart this profile does not get
            return {}
        return job.staged(lambda folder: charts.save_chart(figure, folder, name))

    return draw


def _workbook(job):
    from bcp_analysis.outputs.workbook import write_committee_workbook, write_workbook

    if job.register_view:
        from bcp_analysis.analyses.register import register_tables

        return job.staged(lambda folder: write_workbook(register_tables(job.loaded()), folder / WORKBOOK_NAME))

    if job.dossier_view:
        from bcp_analysis.analyses.dossier import dossier_tables

        return job.staged(lambda folder: write_workbook(dossier_tables(job.loaded()), folder / WORKBOOK_NAME))
    return job.staged(lambda folder: write_committee_workbook(job.loaded(), folder / WORKBOOK_NAME))


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


def _is_register(collection):
    from bcp_analysis.model.register import Register

    return isinstance(collection, Register)


def _refuse_for_dossier(source, **options):
    """A version comparison or a curriculum is about one profiel: refused for the dossier view."""
    given = [f"--{name}" for name, value in options.items() if value is not None]
    if given:
        raise ProfileError(source, " en ".join(given), f"{' en '.join(given)} gaat over één profiel, niet over een "
                           "heel dossier", "kies met --profiel het profiel van het dossier (titel of crebo)")


def _notebook_runs(source, profiel, dossier_view, curriculum, previous, register_view=False):
    """Map each notebook of this build to the parameters it runs with (None: skipped), and why one is skipped.

    A build of one profile runs the profile notebooks (``PROFIEL``, and ``PROFIEL_KEUZE`` for a
    profiel of a dossier); the dossier view runs the dossier notebooks (``DOSSIER``); the
    register view (a file of several dossiers) the register notebooks (``REGISTER``); the
    bundled build runs them all, each on its own bundled document.
    """
    bundled = source is None or source == BUNDLED_PROFILE
    runs, notes = {}, {}
    for path in notebooks():
        kind = notebook_kind(path)
        if register_view or kind == "register":
            if register_view and kind == "register":
                runs[path] = {_REGISTER_PARAMETER: str(source)}
            elif bundled and kind == "register":  # the bundled build stores their outputs, on the bundled register
                runs[path] = {}
            continue
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


def _notebook_topic(path):
    return path.stem.split("_", 1)[1]
