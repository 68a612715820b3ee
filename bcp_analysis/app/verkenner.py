"""The verkenner: explore a profile by clicking, in JupyterLab or as a web page (``bcp-analysis verken``).

Every number and sentence it shows comes from the analysis modules (``summaries``,
``coverage``, ``overlap``, ``compare``, ``curriculum``, ``findings``); this module only
chooses the document and lays out the widgets. :func:`open_document` and :func:`views` are
plain functions (no widgets), so what the page shows is tested without a browser.

Under Voilà the notebook ``notebooks/00_verkenner.ipynb`` gets the document from the
environment variables ``BCP_VERKENNER_BESTAND``, ``BCP_VERKENNER_PROFIEL``,
``BCP_VERKENNER_VORIGE``, ``BCP_VERKENNER_CURRICULUM`` and the folder for saved files from
``BCP_VERKENNER_UITVOER``; ``bcp-analysis verken`` sets them.
"""

import dataclasses
import html
import importlib
import os
import re
from pathlib import Path

import pandas as pd

from bcp_analysis.analyses import findings
from bcp_analysis.analyses.compare import changes_touching, compare_profiles
from bcp_analysis.analyses.coverage import competency_werkprocessen, coverage_matrix
from bcp_analysis.analyses.curriculum import load_curriculum, selection_coverage
from bcp_analysis.analyses.overlap import similar_werkprocessen
from bcp_analysis.analyses.programme_compare import revisions, revisions_finding
from bcp_analysis.analyses.summaries import herkomst, werkproces_items
from bcp_analysis.dutch import fold
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import competentiemodel
from bcp_analysis.outputs.workbook import header_text
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW, IN_CHECKOUT, PROJECT_DIR
from bcp_analysis.readers import load_profile, reader_for

__all__ = ["verkenner"]

#: The environment variables through which ``bcp-analysis verken`` hands its arguments to the notebook.
ENVIRONMENT = {"bestand": "BCP_VERKENNER_BESTAND", "profiel": "BCP_VERKENNER_PROFIEL",
               "vorige": "BCP_VERKENNER_VORIGE", "curriculum": "BCP_VERKENNER_CURRICULUM",
               "uitvoer": "BCP_VERKENNER_UITVOER"}

_ALL_KERNTAKEN = "Alle kerntaken"
_DOCUMENTS = {"Junior accountmanager (meegeleverd profiel)": str(BUNDLED_PROFILE),
              "Pedagogisch Werk (meegeleverd kwalificatiedossier)": str(BUNDLED_KD)}
_OTHER = "Ander bestand (geef het pad)"
_STYLE = """<style>
.bcp-verkenner .bcp-zin {font-weight: bold; font-size: 1.05em; margin: 0.6em 0 0.3em 0;}
.bcp-verkenner table {border-collapse: collapse; font-size: 0.9em;}
.bcp-verkenner th, .bcp-verkenner td {border-bottom: 1px solid #DDD; padding: 2px 6px; text-align: left;
  vertical-align: top;}
.bcp-verkenner .bcp-matrix td, .bcp-verkenner .bcp-matrix th {text-align: center; padding: 1px 3px;}
.bcp-verkenner .bcp-matrix td.bcp-naam {text-align: left; white-space: nowrap;}
.bcp-verkenner .bcp-gekozen {background: #F7EFA0;}
.bcp-verkenner .bcp-kruis {color: #0072B2; font-weight: bold;}
.bcp-verkenner .bcp-meldingen {border: 2px solid #D55E00; padding: 0.5em; white-space: pre-wrap;}
</style>"""


@dataclasses.dataclass(frozen=True)
class Document:
    """A document opened in the verkenner: its profile, or what stopped it.

    Attributes
    ----------
    path : pathlib.Path
        The file.
    profile : Profile or None
        None when the document could not be read (then ``meldingen`` says why).
    profielen : list of str
        The profielen of a kwalificatiedossier (empty for a profile of one occupation).
    profiel : str or None
        The profiel shown, for a kwalificatiedossier.
    meldingen : list of str
        Errors and audit findings, in Dutch, shown above everything else.
    bron : pathlib.Path or None
        The text whose lines ``regel`` counts, when it is not the file itself (the curated
        YAML of the bundled profile counts the lines of its ``data/raw`` text).
    previous : Profile or None
        A previous version to compare with.
    curriculum : Curriculum or None
        A programme (examenplan, OER, curriculum CSV) held against the profile.
    """

    path: Path
    profile: object = None
    profielen: list = dataclasses.field(default_factory=list)
    profiel: str = None
    meldingen: list = dataclasses.field(default_factory=list)
    bron: Path = None
    previous: object = None
    curriculum: object = None


def _reader_report(path):
    """The report of a reader that extracts a text (a .txt or .pdf), or "" when there is none."""
    try:
        reader = reader_for(path)
        extraction = reader.extract(path) if reader.extracts else None
        return extraction.report.format() if extraction is not None else ""
    except ProfileError:
        return ""


def _audit(path, profile):
    """The findings of the audit (what of the document is in no table) as Dutch lines."""
    try:
        audit = importlib.import_module("bcp_analysis.audit")
    except ModuleNotFoundError as exc:  # the audit is part of the package from issue 16 on
        if exc.name != "bcp_analysis.audit":
            raise
        return []
    try:
        report = audit.audit_document(path, profile)
    except ProfileError as exc:
        return [str(exc)]
    return [finding.line() for finding in report.findings]


def open_document(path=None, profiel=None, previous=None, curriculum=None):
    """Open a document for the verkenner; errors become messages, never an exception.

    Parameters
    ----------
    path : str or os.PathLike, optional
        Any file the readers take; default the bundled profile.
    profiel : str, optional
        For a kwalificatiedossier: the profiel (title or crebo); default its first.
    previous : str or os.PathLike, optional
        A previous version of the profile.
    curriculum : str or os.PathLike, optional
        A programme document: an examenplan, OER or toetsplan, or a curriculum CSV.

    Returns
    -------
    Document

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_KD
    >>> document = open_document(BUNDLED_KD, "Onderwijsassistent")
    >>> document.profiel, len(document.profielen), document.meldingen
    ('Onderwijsassistent', 3, [])
    >>> open_document("bestaat-niet.yaml").meldingen[0].startswith("bestaat-niet.yaml")
    True
    """
    path = Path(path) if path else BUNDLED_PROFILE
    profielen, meldingen = [], []
    try:
        if not path.is_file():
            raise ProfileError(path, "bestand", "dit bestand bestaat niet", "controleer het pad")
        reader = reader_for(path)
        if reader.holds_profielen:
            profielen = reader.collection(path).profielen["profiel"].tolist()
            profiel = profiel or profielen[0]
        profile = load_profile(path, profiel=profiel) if profielen else load_profile(path)
        if profielen:  # a crebo names the profiel too: show its title
            profiel = profile.meta.get("profiel") or profiel
    except ProfileError as exc:
        report = _reader_report(path) if path.is_file() else ""
        return Document(path, None, profielen, profiel, [str(exc)] + ([report] if report else []))
    meldingen += _audit(path, profile)
    earlier = programme = None
    try:
        if previous:
            earlier = load_profile(previous, profiel=profiel) if profielen else load_profile(previous)
        if curriculum:
            programme = load_curriculum(curriculum, profile)
    except ProfileError as exc:
        meldingen.append(str(exc))
    bron = BUNDLED_RAW if path.resolve() == BUNDLED_PROFILE.resolve() and BUNDLED_RAW.is_file() else None
    return Document(path, profile, profielen, profiel if profielen else None, meldingen, bron, earlier, programme)


def _werkproces_ids(profile, kerntaak=None):
    table = profile.werkprocessen
    if kerntaak:
        table = table[table["kerntaak_id"] == kerntaak]
    return table["werkproces_id"].tolist()


def views(document, werkproces_id, competentie, kerntaak=None):
    """Return what the verkenner shows for a selection: per view its sentence and its table.

    Parameters
    ----------
    document : Document
        An opened document with a profile.
    werkproces_id : str
    competentie : str
        A canonical name of one of the 25.
    kerntaak : str, optional
        Only the werkprocessen of this kerntaak in the matrix, the similar werkprocessen and
        those of the competency.

    Returns
    -------
    dict of str to tuple of (str, pandas.DataFrame)
        ``competenties`` (the werkproces's competencies with their line), ``items``,
        ``gelijkenis`` (the werkprocessen most like it), ``competentie`` (the werkprocessen
        that need the competency), ``matrix`` (the proces-competentie-matrix in view), and,
        when the document has them, ``wijzigingen`` and ``curriculum``; with both a previous
        version and a curriculum also ``herzien`` (the onderdelen those changes touch).

    Examples
    --------
    >>> shown = views(open_document(), "3.2", "Presenteren")
    >>> shown["competentie"][0]
    'Presenteren (cluster Interacteren en presenteren) is nodig in 3 van de 15 werkprocessen: 3.2, 3.3 en 3.4'
    """
    profile = document.profile
    in_view = _werkproces_ids(profile, kerntaak)
    origin = herkomst(profile, werkproces_id, source=document.bron)
    crosses = origin[origin["onderdeel"] == "competentie"].drop(columns="onderdeel")
    crosses = crosses.rename(columns={"inhoud": "competentie"})
    items = werkproces_items(profile, werkproces_id)
    similar = similar_werkprocessen(profile, werkproces_id, top=None)
    similar = similar[similar["werkproces_id"].isin(in_view)].head(5).reset_index(drop=True)
    cluster = dict(zip(competentiemodel()["competentie"], competentiemodel()["cluster"]))[competentie]
    needing = competency_werkprocessen(profile, competentie)
    needing = needing[needing["werkproces_id"].isin(in_view)].reset_index(drop=True)
    matrix = coverage_matrix(profile).loc[in_view]
    shown = {
        "competenties": (findings.werkproces_finding(werkproces_id, origin), crosses.reset_index(drop=True)),
        "items": (findings.items_finding(items), items),
        "gelijkenis": (findings.similar_finding(werkproces_id, similar), similar),
        "competentie": (findings.competency_finding(competentie, cluster, needing, len(in_view)), needing),
        "matrix": (findings.matrix_title(matrix), matrix),
    }
    if document.previous is not None:
        changes = compare_profiles(document.previous, profile)
        touching = changes_touching(changes, [werkproces_id], competentie)
        shown["wijzigingen"] = (findings.changes_finding(touching, f"werkproces {werkproces_id} of {competentie}"),
                                touching)
    if document.curriculum is not None:
        ids = list(dict.fromkeys([werkproces_id, *needing["werkproces_id"]]))
        table = selection_coverage(document.curriculum, profile, ids)
        shown["curriculum"] = (findings.selection_coverage_finding(table), table)
    if document.previous is not None and document.curriculum is not None:
        shown["herzien"] = _revisions_view(document, shown["wijzigingen"][1])
    return shown


def _revisions_view(document, touching):
    """The onderdelen the changes of a selection touch, the programme held against the previous version."""
    try:
        earlier = load_curriculum(document.curriculum.programme, document.previous)
    except ProfileError as exc:
        return str(exc), pd.DataFrame()
    table = revisions(touching, earlier)
    return revisions_finding(table), table


def save_folder(document, uitvoer=None):
    """Return the folder where the verkenner saves: ``verkenner/`` in the build's output folder of the document.

    Parameters
    ----------
    document : Document
    uitvoer : str or os.PathLike, optional
        The folder the build's relative output folder counts from; default
        ``BCP_VERKENNER_UITVOER``, else the checkout (where ``make build`` runs), else the
        current folder.

    Returns
    -------
    pathlib.Path
        ``<uitvoer>/uitvoer/<name>/verkenner`` (:func:`bcp_analysis.outputs.build.default_out`; the
        bundled profile, whose build writes the committed ``figures/``, gets
        ``uitvoer/<its name>/verkenner``).

    Examples
    --------
    >>> save_folder(open_document(), "/tmp").as_posix()
    '/tmp/uitvoer/junior-accountmanager-2010/verkenner'
    """
    from bcp_analysis.outputs.build import OUTPUT_ROOT, default_out

    base = uitvoer or os.environ.get(ENVIRONMENT["uitvoer"]) or (PROJECT_DIR if IN_CHECKOUT else Path.cwd())
    out = default_out(document.path, document.profiel) or OUTPUT_ROOT / Path(document.path).stem
    return Path(base) / out / "verkenner"


def _slug(text):
    """A file name part: lower case ASCII words joined by '-' ("1.1" -> "1-1", "initiëren" -> "initieren")."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(str(text))))


_SHEETS = {"competenties": "Competenties", "items": "Items", "gelijkenis": "Gelijkende werkprocessen",
           "competentie": "Competentie", "matrix": "Proces-competentie-matrix", "wijzigingen": "Wijzigingen",
           "curriculum": "Curriculum", "herzien": "Te herzien"}


def save_selection(document, werkproces_id, competentie, kerntaak=None, folder=None):
    """Save the chart (PNG and SVG) and the tables (xlsx) of a selection.

    The chart is the proces-competentie-matrix in view with the werkproces and the
    competency shaded and the competency's finding as title; the workbook has one sheet
    per view, the sentence above nothing: the sheets hold the tables only.

    Parameters
    ----------
    document : Document
    werkproces_id, competentie : str
    kerntaak : str, optional
    folder : str or os.PathLike, optional
        Default :func:`save_folder`.

    Returns
    -------
    list of pathlib.Path
        The PNG, the SVG and the workbook.
    """
    from bcp_analysis.outputs.charts import plot_matrix, save_chart
    from bcp_analysis.outputs.workbook import write_workbook

    folder = Path(folder) if folder is not None else save_folder(document)
    shown = views(document, werkproces_id, competentie, kerntaak)
    profile = document.profile
    name = f"verkenner-{_slug(werkproces_id)}-{_slug(competentie)}"
    name += f"-kerntaak-{_slug(kerntaak)}" if kerntaak else ""
    matrix = shown["matrix"][1]
    figure = plot_matrix(matrix, profile.werkprocessen, profile.bronvermelding, title=shown["competentie"][0],
                         kerntaken=profile.kerntaken, highlight=(werkproces_id, competentie))
    folder.mkdir(parents=True, exist_ok=True)
    paths = save_chart(figure, folder, name)
    paths.append(write_workbook({_SHEETS[key]: table for key, (_, table) in shown.items()}, folder / f"{name}.xlsx"))
    return paths


# --- the widgets: layout only ---------------------------------------------------------


def _table_html(table, css, highlight=None):
    """A table as HTML with readable Dutch headers; rows whose first cell is ``highlight`` shaded."""
    if table.empty:
        return f'<div class="{css}"><em>(geen)</em></div>'
    header = "".join(f"<th>{html.escape(header_text(column))}</th>" for column in table.columns)
    rows = []
    for values in table.itertuples(index=False):
        shaded = ' class="bcp-gekozen"' if highlight is not None and str(values[0]) == highlight else ""
        cells = "".join(f"<td>{'' if pd.isna(value) else html.escape(str(value))}</td>" for value in values)
        rows.append(f"<tr{shaded}>{cells}</tr>")
    return f'<table class="{css}"><tr>{header}</tr>{"".join(rows)}</table>'


def _matrix_html(matrix, werkprocessen, werkproces_id, competentie):
    """The proces-competentie-matrix as an HTML table, the chosen row and column shaded."""
    titles = dict(zip(werkprocessen["werkproces_id"], werkprocessen["titel"]))
    names = [str(name) for name in matrix.columns]
    chosen = ' class="bcp-gekozen"'
    head = "".join(f'<th title="{html.escape(name)}"{chosen if name == competentie else ""}>{number}</th>'
                   for number, name in enumerate(names, start=1))
    rows = []
    for identifier, values in zip(matrix.index, matrix.to_numpy()):
        row_class = "bcp-gekozen" if identifier == werkproces_id else ""
        cells = "".join(
            f'<td class="{"bcp-gekozen" if name == competentie else row_class}">'
            + ('<span class="bcp-kruis">&#x2715;</span>' if value else "") + "</td>"
            for name, value in zip(names, values))
        rows.append(f'<tr class="bcp-rij" data-werkproces="{html.escape(identifier)}">'
                    f'<td class="bcp-naam {row_class}" title="{html.escape(titles.get(identifier, ""))}">'
                    f'{html.escape(identifier)}</td>{cells}</tr>')
    return f'<table class="bcp-matrix"><tr><th></th>{head}</tr>{"".join(rows)}</table>'


def _section(sentence, body, css):
    return f'<div class="{css}"><div class="bcp-zin">{html.escape(sentence)}.</div>{body}</div>'


def _environment(name, value):
    return value if value is not None else (os.environ.get(ENVIRONMENT[name]) or None)


class Verkenner:
    """The verkenner's widgets around one document; ``widget`` is what a notebook shows.

    Parameters
    ----------
    path, profiel, previous, curriculum : optional
        As :func:`open_document`; None takes the environment variable of :data:`ENVIRONMENT`.
    """

    def __init__(self, path=None, profiel=None, previous=None, curriculum=None):
        import ipywidgets as widgets

        self._widgets = widgets
        given = _environment("bestand", path)
        self._vorige = _environment("vorige", previous)
        self._curriculum = _environment("curriculum", curriculum)
        documents = dict(_DOCUMENTS)
        if given and str(Path(given).resolve()) not in {str(Path(path).resolve()) for path in documents.values()}:
            documents = {f"{Path(given).name} (gegeven bestand)": str(given), **documents}
        documents[_OTHER] = ""
        chosen = next((label for label, path in documents.items()
                       if given and path and Path(path).resolve() == Path(given).resolve()), next(iter(documents)))
        self.document_keuze = widgets.Dropdown(options=list(documents.items()), value=documents[chosen],
                                               description="Document", layout={"width": "32em"})
        self.bestand = widgets.Text(value="", placeholder="pad naar .yaml, .txt, .pdf of .xml",
                                    description="Bestand", layout={"width": "32em", "display": "none"})
        self.vorige = widgets.Text(value=str(self._vorige or ""), placeholder="optioneel: pad naar de vorige versie",
                                   description="Vorige versie", layout={"width": "32em"})
        self.curriculum = widgets.Text(value=str(self._curriculum or ""), placeholder="optioneel: examenplan of CSV",
                                       description="Curriculum", layout={"width": "32em"})
        self.openen = widgets.Button(description="Openen", icon="folder-open")
        self.profiel = widgets.Dropdown(options=[], description="Profiel", layout={"width": "32em"})
        self.kerntaak = widgets.Dropdown(options=[], description="Kerntaak", layout={"width": "32em"})
        self.werkproces = widgets.Dropdown(options=[], description="Werkproces", layout={"width": "40em"})
        names = competentiemodel()["competentie"].tolist()
        self.competentie = widgets.Dropdown(options=[(f"{number}. {name}", name) for number, name in
                                                     enumerate(names, start=1)],
                                            value=names[0], description="Competentie", layout={"width": "40em"})
        self.bewaar = widgets.Button(description="Bewaar grafiek en tabel", icon="save", layout={"width": "16em"})
        self.kop = widgets.HTML()
        self.meldingen = widgets.HTML()
        self.opgeslagen = widgets.HTML()
        self.werkproces_views = widgets.HTML()
        self.competentie_views = widgets.HTML()
        self.extra_views = widgets.HTML()
        self._busy = False
        self.document_keuze.observe(self._on_document, names="value")
        self.openen.on_click(self._on_open)
        self.profiel.observe(self._on_profiel, names="value")
        self.kerntaak.observe(self._on_kerntaak, names="value")
        self.werkproces.observe(self._on_selection, names="value")
        self.competentie.observe(self._on_selection, names="value")
        self.bewaar.on_click(self._on_save)
        self.widget = widgets.VBox([
            widgets.HTML(_STYLE), self.kop,
            widgets.HBox([self.document_keuze, self.bestand]),
            widgets.HBox([self.vorige, self.curriculum, self.openen]),
            self.profiel, self.meldingen,
            self.kerntaak, self.werkproces, self.competentie,
            widgets.HBox([self.werkproces_views, self.competentie_views]),
            self.extra_views, widgets.HBox([self.bewaar, self.opgeslagen]),
        ])
        self.widget.add_class("bcp-verkenner")
        for dropdown in (self.document_keuze, self.bestand, self.vorige, self.curriculum, self.profiel,
                         self.kerntaak, self.werkproces, self.competentie):
            dropdown.style.description_width = "8em"
        self.werkproces_views.layout = {"width": "50%", "padding": "0 1em 0 0"}
        self.competentie_views.layout = {"width": "50%", "overflow": "auto"}
        self.document = None
        self._open(self.document_keuze.value or given, _environment("profiel", profiel))

    # --- events

    def _on_document(self, change):
        other = change["new"] == ""
        self.bestand.layout.display = None if other else "none"
        if not other:
            self._open(change["new"])

    def _on_open(self, _button):
        self._vorige = self.vorige.value.strip() or None
        self._curriculum = self.curriculum.value.strip() or None
        path = self.document_keuze.value or self.bestand.value.strip()
        if not path:
            return
        profiel = self.profiel.value if self.document is not None and Path(path) == self.document.path else None
        self._open(path, profiel)

    def _on_profiel(self, change):
        if not self._busy and change["new"]:
            self._open(self.document.path, change["new"])

    def _on_kerntaak(self, change):
        if self._busy:
            return
        self._busy = True
        try:
            self._fill_werkprocessen()
        finally:
            self._busy = False
        self._show()

    def _on_selection(self, _change):
        if not self._busy:
            self._show()

    def _on_save(self, _button):
        if self.document is None or self.document.profile is None:
            return
        try:
            paths = save_selection(self.document, self.werkproces.value, self.competentie.value,
                                   self.kerntaak.value or None)
        except (ProfileError, OSError) as exc:
            self.opgeslagen.value = f'<span class="bcp-meldingen">Niet bewaard: {html.escape(str(exc))}</span>'
            return
        self.opgeslagen.value = "Bewaard: " + ", ".join(html.escape(str(path)) for path in paths)

    # --- filling

    def _open(self, path, profiel=None):
        self._busy = True
        try:
            self.document = open_document(path, profiel, self._vorige, self._curriculum)
            document = self.document
            self.profiel.options = document.profielen
            if document.profielen:
                self.profiel.value = document.profiel
            self.profiel.layout.display = None if document.profielen else "none"
            self.meldingen.value = ("" if not document.meldingen else
                                    '<div class="bcp-meldingen"><b>Meldingen bij dit document</b>\n'
                                    + html.escape("\n\n".join(document.meldingen)) + "</div>")
            profile = document.profile
            self.opgeslagen.value = ""
            if profile is None:
                self.kop.value = f"<h2>{html.escape(document.path.name)}: niet te lezen</h2>"
                self.kerntaak.options, self.werkproces.options = [], []
                self.werkproces_views.value = self.competentie_views.value = self.extra_views.value = ""
                return
            self.kop.value = f"<h2>{html.escape(profile.titel)}</h2><div>{html.escape(profile.bronvermelding)}</div>"
            self.kerntaak.options = [(_ALL_KERNTAKEN, "")] + [
                (f"{row.kerntaak_id} {row.titel}", row.kerntaak_id) for row in profile.kerntaken.itertuples()]
            self.kerntaak.value = ""
            self._fill_werkprocessen()
        finally:
            self._busy = False
        self._show()

    def _fill_werkprocessen(self):
        profile = self.document.profile
        table = profile.werkprocessen
        if self.kerntaak.value:
            table = table[table["kerntaak_id"] == self.kerntaak.value]
        options = [(f"{row.werkproces_id} {row.titel}", row.werkproces_id) for row in table.itertuples()]
        previous = self.werkproces.value
        self.werkproces.options = options
        ids = [value for _, value in options]
        if ids:
            self.werkproces.value = previous if previous in ids else ids[0]

    def _show(self):
        document = self.document
        if document is None or document.profile is None or self.werkproces.value is None:
            return
        werkproces_id, competentie = self.werkproces.value, self.competentie.value
        shown = views(document, werkproces_id, competentie, self.kerntaak.value or None)
        sentence, crosses = shown["competenties"]
        self.werkproces_views.value = (
            _section(sentence, _table_html(crosses, "bcp-competenties"), "bcp-werkproces")
            + _section(*shown["items"][:1], _table_html(shown["items"][1], "bcp-items"), "bcp-items-blok")
            + _section(shown["gelijkenis"][0], _table_html(shown["gelijkenis"][1], "bcp-gelijkenis"),
                       "bcp-gelijkenis-blok"))
        matrix_sentence, matrix = shown["matrix"]
        self.competentie_views.value = (
            _section(shown["competentie"][0], _table_html(shown["competentie"][1], "bcp-competentie",
                                                          highlight=werkproces_id), "bcp-competentie-blok")
            + _section(matrix_sentence, _matrix_html(matrix, document.profile.werkprocessen, werkproces_id,
                                                     competentie), "bcp-matrix-blok"))
        extra = ""
        for key, css in (("wijzigingen", "bcp-wijzigingen"), ("curriculum", "bcp-curriculum"),
                         ("herzien", "bcp-herzien")):
            if key in shown:
                extra += _section(shown[key][0], _table_html(shown[key][1], css), css + "-blok")
        self.extra_views.value = extra

    def __repr__(self):
        document = self.document
        if document is None or document.profile is None:
            return f"Verkenner: {Path(document.path).name if document else '?'} is niet te lezen"
        return (f"Verkenner: {document.profile.titel}, werkproces {self.werkproces.value}, "
                f"competentie {self.competentie.value}")

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle


def verkenner(path=None, profiel=None, previous=None, curriculum=None):
    """Return the verkenner on a document; a notebook shows it as its cell's value.

    Parameters
    ----------
    path : str or os.PathLike, optional
        Default ``BCP_VERKENNER_BESTAND``, else the bundled profile.
    profiel : str, optional
        For a kwalificatiedossier; default ``BCP_VERKENNER_PROFIEL``, else its first profiel.
    previous, curriculum : str or os.PathLike, optional
        A previous version and a curriculum; default their environment variables.

    Returns
    -------
    Verkenner
    """
    return Verkenner(path, profiel, previous, curriculum)
