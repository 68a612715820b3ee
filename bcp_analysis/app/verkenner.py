"""The verkenner's content: the document, what it shows for a selection, and saving it (``bcp-analysis verken``).

Every number and sentence the verkenner shows comes from the analysis modules (``summaries``,
``coverage``, ``overlap``, ``compare``, ``curriculum``, ``findings``); this module only
chooses the document and the tables. :func:`open_document` and :func:`views` are plain
functions (no widgets), so what the page shows is tested without a browser; the widgets are
laid out in :mod:`bcp_analysis.app.verkenner_page` (:func:`bcp_analysis.app.verkenner_page.verkenner`).

Under Voilà the notebook ``notebooks/00_verkenner.ipynb`` gets the document from the
environment variables ``BCP_VERKENNER_BESTAND``, ``BCP_VERKENNER_PROFIEL``,
``BCP_VERKENNER_VORIGE``, ``BCP_VERKENNER_CURRICULUM``, the folder for saved files from
``BCP_VERKENNER_UITVOER`` and the folder that paths typed in the page count from (where
``verken`` started) from ``BCP_VERKENNER_MAP``; ``bcp-analysis verken`` sets them.
"""

import dataclasses
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
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW, IN_CHECKOUT, PROJECT_DIR
from bcp_analysis.readers import find_reader, load_profile, reader_for

__all__ = ["ENVIRONMENT", "DOCUMENTS", "Document", "open_document", "typed_path", "start_folder", "source_of",
           "views", "save_selection", "save_folder"]

#: The environment variables through which ``bcp-analysis verken`` hands its arguments to the notebook.
ENVIRONMENT = {"bestand": "BCP_VERKENNER_BESTAND", "profiel": "BCP_VERKENNER_PROFIEL",
               "vorige": "BCP_VERKENNER_VORIGE", "curriculum": "BCP_VERKENNER_CURRICULUM",
               "uitvoer": "BCP_VERKENNER_UITVOER", "map": "BCP_VERKENNER_MAP"}

#: The documents the verkenner offers without a path: the bundled profile and kwalificatiedossier.
DOCUMENTS = {"Junior accountmanager (meegeleverd profiel)": str(BUNDLED_PROFILE),
              "Pedagogisch Werk (meegeleverd kwalificatiedossier)": str(BUNDLED_KD)}


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


def typed_path(text, folder=None):
    """Return the file a path typed in the page means: a relative path counts from ``folder``.

    Parameters
    ----------
    text : str or os.PathLike
    folder : str or os.PathLike, optional
        Default ``BCP_VERKENNER_MAP`` (the folder where ``bcp-analysis verken`` started), else the
        current folder.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> typed_path("data/profiles/x.yaml", "/home/commissie/bcp").as_posix()
    '/home/commissie/bcp/data/profiles/x.yaml'
    >>> typed_path("/tmp/x.yaml", "/home/commissie/bcp").as_posix()
    '/tmp/x.yaml'
    """
    path = Path(str(text).strip().strip('"').strip("'")).expanduser()
    return path if path.is_absolute() else start_folder(folder) / path


def start_folder(folder=None):
    """The folder that paths typed in the page count from: ``folder``, ``BCP_VERKENNER_MAP`` or the current one."""
    return Path(folder or os.environ.get(ENVIRONMENT["map"]) or Path.cwd())


def _werkproces_ids(profile, kerntaak=None):
    table = profile.werkprocessen
    if kerntaak:
        table = table[table["kerntaak_id"] == kerntaak]
    return table["werkproces_id"].tolist()


def source_of(document):
    """The file whose lines ``regel`` counts: the raw text of the bundled profile, else the document."""
    return document.bron or (document.profile.source if document.profile is not None else None) or document.path


def _whole_lines(crosses, source):
    """The source text of each competency, with the lines it runs on to (a name cut over two lines)."""
    reader = find_reader(source) if source else None
    lines = reader.source_lines(source) if reader is not None and Path(source).is_file() else None
    if not lines:
        return crosses
    texts = []
    for name, regel, text in zip(crosses["competentie"], crosses["regel"], crosses["brontekst"]):
        text = _own_part(str(text or ""), name)
        following = int(regel) if text and regel == regel and regel is not None else len(lines)
        while text and len(text) < len(name) - 2 and following < len(lines) and lines[following].strip():
            text = f"{text} {lines[following].strip()}"
            following += 1
        texts.append(text)
    return crosses.assign(brontekst=texts)


def _own_part(text, name):
    """The part of a source line where the competency starts: a line of a two-column page holds the other column too.

    >>> _own_part("en brancheontwikkelingen. Hij volgt - Samenwerken en overleggen", "Samenwerken en overleggen")
    'Samenwerken en overleggen'
    """
    first = name.split()[0]
    start = text.casefold().find(first.casefold()) if len(first) >= 4 else -1
    return text[start:] if start > 0 else text


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
        those of the competency; the sentences then say "van kerntaak …".

    Returns
    -------
    dict of str to tuple of (str, pandas.DataFrame)
        ``competenties`` (the werkproces's competencies with their line and the whole text
        there), ``items``, ``gelijkenis`` (the werkprocessen most like it), ``competentie``
        (the werkprocessen that need the competency), ``matrix`` (the proces-competentie-matrix
        in view), and, when the document has them, ``wijzigingen`` and ``curriculum``; with both a previous
        version and a curriculum also ``herzien`` (the onderdelen those changes touch).

    Examples
    --------
    >>> shown = views(open_document(), "3.2", "Presenteren")
    >>> shown["competentie"][0]
    'Presenteren (cluster Interacteren en presenteren) is nodig in 3 van de 15 werkprocessen: 3.2, 3.3 en 3.4'
    >>> views(open_document(), "2.1", "Presenteren", kerntaak="2")["competentie"][0].split(") ", 1)[1]
    'is in geen werkproces van kerntaak 2 nodig; wel in 3.2, 3.3 en 3.4'
    """
    profile = document.profile
    in_view = _werkproces_ids(profile, kerntaak)
    scope = f"kerntaak {kerntaak}" if kerntaak else None
    origin = herkomst(profile, werkproces_id, source=document.bron)
    crosses = origin[origin["onderdeel"] == "competentie"].drop(columns="onderdeel")
    crosses = _whole_lines(crosses.rename(columns={"inhoud": "competentie"}), source_of(document))
    items = werkproces_items(profile, werkproces_id)
    similar = similar_werkprocessen(profile, werkproces_id, top=None)
    similar = similar[similar["werkproces_id"].isin(in_view)].head(5).reset_index(drop=True)
    cluster = dict(zip(competentiemodel()["competentie"], competentiemodel()["cluster"]))[competentie]
    all_needing = competency_werkprocessen(profile, competentie)
    needing = all_needing[all_needing["werkproces_id"].isin(in_view)].reset_index(drop=True)
    elsewhere = [ident for ident in all_needing["werkproces_id"] if ident not in in_view]
    matrix = coverage_matrix(profile).loc[in_view]
    shown = {
        "competenties": (findings.werkproces_finding(werkproces_id, origin), crosses.reset_index(drop=True)),
        "items": (findings.items_finding(items), items),
        "gelijkenis": (findings.similar_finding(werkproces_id, similar, scope=scope), similar),
        "competentie": (findings.competency_finding(competentie, cluster, needing, len(in_view), scope=scope,
                                                    elsewhere=elsewhere), needing),
        "matrix": (findings.matrix_title(matrix, scope=scope), matrix),
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
                         kerntaken=profile.kerntaken, highlight=(werkproces_id, competentie), settle=False)
    folder.mkdir(parents=True, exist_ok=True)
    # print quality, and quick enough to wait for: 150 dpi, a PNG compressed less (zlib level 1)
    paths = save_chart(figure, folder, name, dpi=150, png_compression=1)
    paths.append(write_workbook({_SHEETS[key]: table for key, (_, table) in shown.items()}, folder / f"{name}.xlsx"))
    return paths
