"""What a build makes of its document: one profile, a kwalificatiedossier's profielen, or a register.

A build has one view, chosen once by :func:`view_for` from what the document's reader says it
holds (:attr:`~bcp_analysis.readers.protocol.Reader.holds_profielen`, and a collection that is
a :class:`~bcp_analysis.model.register.Register` for a file of several dossiers), never from a
file ending. Each step of the build asks its view: the charts there are, the tables, the
workbook, the audit's lines, the notebooks that run and with which parameters.

- :class:`ProfileView`: one profile, or one profiel of a dossier (``profiel``); its tables,
  charts and committee workbook, and the profile notebooks.
- :class:`DossierView`: every profiel of a kwalificatiedossier side by side, and the dossier
  notebooks.
- :class:`RegisterView`: every dossier of an SBB register, and the register notebooks.

The bundled build (the bundled profile in a checkout) also runs the dossier and register
notebooks, each on its own bundled document, so that every notebook's outputs are stored.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, ClassVar

from bcp_analysis.dutch import count
from bcp_analysis.errors import ProfileError
from bcp_analysis.outputs.deliverables import CHARTS, DOSSIER_CHARTS
from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_EXAMENPLAN, NOTEBOOKS_DIR, PROJECT_DIR
from bcp_analysis.readers import reader_for

# pandas, matplotlib and the analyses are imported where a view makes something: a build with
# nothing to do ends without loading them.

__all__: list[str] = []  # nothing of it is used outside its layer

REGISTER_CHARTS = ("register_domein_competenties",)
"""tuple of str: the chart of the register view."""
_NOTEBOOK_NEEDS_BUNDLED = {"curriculum"}  # notebooks whose example data fit the bundled profile only
_NOTEBOOK_COMPARES = {"versievergelijking"}  # notebooks that compare the profile with a previous version
_PROFILE_PARAMETER = "PROFIEL"  # a notebook of one profile assigns this in its parameters cell
_CHOICE_PARAMETER = "PROFIEL_KEUZE"  # ... and this one, for --profiel (a profiel of a dossier)
_DOSSIER_PARAMETER = "DOSSIER"  # a notebook of the dossier view assigns this instead
_REGISTER_PARAMETER = "REGISTER"  # a notebook of the register view (a file of several dossiers) assigns this


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
    """Return which view a notebook belongs to: ``"profiel"``, ``"dossier"`` or ``"register"``.

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
    """Return whether a build of this file without ``profiel`` shows all its profielen (a dossier or register).

    Parameters
    ----------
    profile : str or os.PathLike or None
    profiel : str, optional

    Returns
    -------
    bool
        True for a document that holds several profielen (its reader's ``holds_profielen``:
        a kwalificatiedossier or a register) when no profiel of it is chosen.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_KD
    >>> is_dossier(BUNDLED_KD), is_dossier(BUNDLED_KD, "Onderwijsassistent"), is_dossier(None)
    (True, False, False)
    """
    return profile is not None and profiel is None and reader_for(profile).holds_profielen


def view_for(source, profiel=None, *, curriculum=None, previous=None):
    """Return the view a build of this document makes, reading a document of several profielen once.

    Parameters
    ----------
    source : pathlib.Path or None
        The document (resolved); None: the bundled profile.
    profiel : str, optional
        One profiel of a dossier: then the profile view of that profiel.
    curriculum, previous : pathlib.Path, optional
        A curriculum and a previous version (resolved): for the profile view only.

    Returns
    -------
    ProfileView or DossierView or RegisterView

    Raises
    ------
    ProfileError
        For ``curriculum`` or ``previous`` with a dossier or register, which are about one profiel.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_KD, BUNDLED_REGISTER
    >>> [view_for(path).kind for path in (None, BUNDLED_KD, BUNDLED_REGISTER)]
    ['profiel', 'dossier', 'register']
    >>> view_for(BUNDLED_KD, "Onderwijsassistent").kind
    'profiel'
    """
    if not is_dossier(source, profiel):
        return ProfileView(source, profiel, curriculum=curriculum, previous=previous)
    from bcp_analysis.model.register import Register

    collection = reader_for(source).collection(source)  # read once: it tells a register from one dossier
    view = RegisterView(source, collection) if isinstance(collection, Register) else DossierView(source, collection)
    given = [f"--{name}" for name, value in (("vorige", previous), ("curriculum", curriculum)) if value is not None]
    if given:
        raise ProfileError(source, " en ".join(given), f"{' en '.join(given)} gaat over één profiel, niet over een "
                           "heel dossier", "kies met --profiel het profiel van het dossier (titel of crebo)")
    return view


def _shown(path):
    """A path as the build's lines name it: relative to the project when it lies inside it.

    The build's record keeps these lines, and a committed record must name no machine's folder.

    Examples
    --------
    >>> _shown(BUNDLED_PROFILE)
    'data/profiles/junior-accountmanager-2010.yaml'
    """
    path = Path(path)
    return path.relative_to(PROJECT_DIR).as_posix() if path.is_relative_to(PROJECT_DIR) else str(path)


def _log_audit(chosen, path, log):
    """Log the verdict of each (prefix, report) and every finding with its place; return the reports."""
    for prefix, report in chosen:
        log(f"controle van de bron: {prefix}{report.verdict(_shown(path))}")
        for line in report.lines():
            log(f"  - {line}")
    return [report for _, report in chosen]


class _View:
    """What every view has: the document, its options in the steps' keys, its notebooks."""

    kind: ClassVar[str]
    """The notebooks of this view (:func:`notebook_kind`)."""
    charts: ClassVar[tuple[str, ...]]
    """Every chart the view may make, in order."""

    def __init__(self, source: Path | None, profiel: str | None = None, loaded: Any = None):
        self.source, self.profiel, self._loaded = source, profiel, loaded
        self.programme: Path | None = None

    @property
    def path(self) -> Path:
        """The document read: the bundled profile when none is given."""
        return self.source if self.source is not None else BUNDLED_PROFILE

    @property
    def bundled(self) -> bool:
        """Whether this is the bundled profile."""
        return self.source is None or self.source == BUNDLED_PROFILE

    @property
    def step_options(self) -> tuple:
        """The options in the key of the tables, every chart and the workbook."""
        return (("profiel", self.profiel), ("dossier", self.kind == "dossier"), ("register", self.kind == "register"))

    @property
    def audit_options(self) -> tuple:
        """The options in the key of the audit."""
        return (("profiel", self.profiel), ("dossier", self.kind == "dossier"))

    def loaded(self):
        """The document as read, the first time a step needs it."""
        return self._loaded

    def notebook_runs(self):
        """Map each notebook of this view to its parameters (None: skipped, with the reason in ``notes``).

        Returns
        -------
        tuple of (dict, dict)
            ``runs`` {path: dict or None}, in reading order, and ``notes`` {path: str}.
        """
        runs, notes = {}, {}
        for path in notebooks():
            run = self._notebook_run(path, notebook_kind(path))
            if run is None:
                continue
            runs[path], note = run
            if note is not None:
                notes[path] = note
        return runs, notes

    def _notebook_run(self, path, kind):
        """(parameters, None) for a notebook of this view (``DOSSIER``/``REGISTER``: the document), else None."""
        if kind != self.kind:
            return None
        return {_DOSSIER_PARAMETER if kind == "dossier" else _REGISTER_PARAMETER: str(self.source)}, None


class ProfileView(_View):
    """One profile, or one profiel of a dossier: the committee's tables, charts and workbook.

    Parameters
    ----------
    source : pathlib.Path or None
        The document (None: the bundled profile).
    profiel : str, optional
        Which profiel of a dossier.
    curriculum, previous : pathlib.Path, optional
        A curriculum (the curriculum chart and notebook) and a previous version (notebook 05).
    """

    kind = "profiel"
    charts = CHARTS

    def __init__(self, source, profiel=None, *, curriculum=None, previous=None):
        super().__init__(source, profiel)
        self.curriculum, self.previous = curriculum, previous
        self.programme = curriculum or (EXAMPLE_EXAMENPLAN if self.bundled else None)

    def loaded(self):
        if self._loaded is None:
            from bcp_analysis.readers import load_profile

            self._loaded = load_profile(self.source, profiel=self.profiel)
        return self._loaded

    def describe(self):
        """The lines naming what is built."""
        return [f"profiel {self.loaded().titel}"]

    def audit(self, log):
        """Log the audit of the source against the profile (:func:`bcp_analysis.audit.audit_document`); the reports."""
        from bcp_analysis.audit import audit_document

        return _log_audit([("", audit_document(self.path, profile=self.loaded(), profiel=self.profiel))],
                          self.path, log)

    def tables(self):
        """{name in the folder: bytes} of the CSV tables."""
        from bcp_analysis.outputs.tables import table_files

        return {f"tabellen/{name}": content for name, content in table_files(self.loaded()).items()}

    def draw(self, name):
        """The chart ``name``, or None for a chart this profile does not get."""
        from bcp_analysis.outputs import deliverables

        return deliverables.draw_chart(name, self.loaded(), self.programme)

    def write_workbook(self, path):
        """Write the committee workbook."""
        from bcp_analysis.outputs.workbook import write_committee_workbook

        return write_committee_workbook(self.loaded(), path, self.programme)

    def _notebook_run(self, path, kind):
        if kind != self.kind:  # the bundled build stores the other notebooks' outputs too, on their bundled files
            return ({}, None) if self.bundled else None
        values = {}
        if not self.bundled:
            values[_PROFILE_PARAMETER] = str(self.source)
        if self.profiel is not None:
            values[_CHOICE_PARAMETER] = self.profiel
        topic = path.stem.split("_", 1)[1]
        if topic in _NOTEBOOK_NEEDS_BUNDLED:
            if self.curriculum is not None:
                values["CURRICULUM"] = str(Path(self.curriculum).resolve())
            elif not self.bundled:
                return None, "geef --curriculum voor dit profiel"
        if topic in _NOTEBOOK_COMPARES:
            if self.previous is not None:
                values["VORIGE"] = str(self.previous)
                values[_PROFILE_PARAMETER] = str(self.path)
                if self.curriculum is not None:
                    values["CURRICULUM"] = str(Path(self.curriculum).resolve())
            elif not self.bundled:
                return None, "geef --vorige met een vorige versie van dit profiel om te vergelijken"
        return values, None


class DossierView(_View):
    """Every profiel of a kwalificatiedossier side by side.

    Parameters
    ----------
    source : pathlib.Path
    dossier : Collection
        The reader's collection of the document (a :class:`~bcp_analysis.model.dossier.Dossier`).
    """

    kind = "dossier"
    charts = DOSSIER_CHARTS

    def __init__(self, source, dossier):
        super().__init__(source, None, dossier)

    def describe(self):
        dossier = self.loaded()
        return [f"dossier {dossier.titel}, {count(len(dossier.profielen), 'profiel', 'profielen')}"]

    def audit(self, log):
        """Log the audit of the source for every profiel of the dossier; return the reports."""
        from bcp_analysis.audit import audit_document

        return _log_audit([(f"profiel {row.profiel}: ", audit_document(self.path, profiel=row.crebo or row.profiel))
                           for row in self.loaded().profielen.itertuples()], self.path, log)

    def _tables(self):
        from bcp_analysis.analyses.dossier import dossier_tables

        return dossier_tables(self.loaded())

    def tables(self):
        from bcp_analysis.outputs.tables import csv_bytes, dossier_csv_name

        return {f"tabellen/{dossier_csv_name(name)}.csv": csv_bytes(table) for name, table in self._tables().items()}

    def draw(self, name):
        from bcp_analysis.outputs import deliverables

        return deliverables.draw_dossier_chart(name, self.loaded())

    def write_workbook(self, path):
        from bcp_analysis.outputs.workbook import write_workbook

        return write_workbook(self._tables(), path)


class RegisterView(_View):
    """Every dossier of an SBB register: its tables, the domein x competency chart, the register notebooks.

    Parameters
    ----------
    source : pathlib.Path
    register : Register
        The reader's collection of the document.
    """

    kind = "register"
    charts = REGISTER_CHARTS

    def __init__(self, source, register):
        super().__init__(source, None, register)

    def describe(self):
        register = self.loaded()
        return [f"register, {count(len(register.dossiers), 'dossier', 'dossiers')}, "
                f"{count(len(register.profielen), 'profiel', 'profielen')}",
                *(f"  let op: regel {row.regel} (dossier {row.dossier_nr}, {row.soort}): {row.probleem}"
                  for row in register.problemen.itertuples())]  # also in tabellen/register_problemen.csv

    def audit(self, log):
        """The audit reads the whole file per profiel, too much for hundreds: one line says how to check one."""
        log("controle van de bron: niet voor een heel register; controleer een profiel met "
            "'bcp-analysis validate <register> --profiel <crebo>'")
        return []

    def _tables(self):
        from bcp_analysis.analyses.register import register_tables

        return register_tables(self.loaded())

    def tables(self):
        from bcp_analysis.outputs.tables import csv_bytes

        return {f"tabellen/register_{name}.csv": csv_bytes(table) for name, table in self._tables().items()}

    def draw(self, name):
        from bcp_analysis.analyses.register import domein_matrix
        from bcp_analysis.outputs.register_charts import plot_domein_competencies

        return plot_domein_competencies(domein_matrix(self.loaded()), self.loaded().bronvermelding)

    def write_workbook(self, path):
        from bcp_analysis.outputs.workbook import write_workbook

        return write_workbook(self._tables(), path)
