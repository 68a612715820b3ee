"""What a committee gets: the one list of charts and workbook sheets that ``build`` and ``export`` use."""

from bcp_analysis.outputs import charts

from bcp_analysis.analyses import coverage, findings, overlap
from bcp_analysis.analyses.coverage import competency_frequency, coverage_by_cluster, coverage_matrix, item_recurrence
from bcp_analysis.analyses.curriculum import curriculum_matrix, load_curriculum
from bcp_analysis.analyses.dossier import profile_competency_matrix, profile_similarity
from bcp_analysis.analyses.labour_market import labour_market_table, vacancy_change, vacancy_share_outside
from bcp_analysis.analyses.overlap import similarity

__all__ = ["draw_charts", "committee_tables", "draw_dossier_charts"]


def draw_charts(profile, curriculum=None):
    """Draw every committee chart of a profile.

    Parameters
    ----------
    profile : Profile
    curriculum : str or os.PathLike, optional
        A curriculum CSV; when given, the module × werkproces chart is drawn too.

    Returns
    -------
    dict of str to matplotlib.figure.Figure
        File name (without extension) to figure, in a fixed order. Each chart draws
        what an analysis module computes and carries the finding of
        :mod:`bcp_analysis.analyses.findings` as its title. A profile with gedrag per werkproces
        (a kwalificatiedossier) gets ``terugkerend_gedrag`` after
        ``terugkerende_vaardigheden``.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> list(draw_charts(load_profile()))  # doctest: +NORMALIZE_WHITESPACE
    ['proces_competentie_matrix', 'competentie_frequentie', 'dekking_per_cluster', 'gelijkenis_werkprocessen',
     'netwerk_werkprocessen', 'terugkerende_kennis', 'terugkerende_vaardigheden', 'arbeidsmarkt']
    """
    bron = profile.bronvermelding
    similarity = overlap.similarity(profile, on="competenties")
    figures = {
        "proces_competentie_matrix": charts.plot_matrix(
            coverage.coverage_matrix(profile), profile.werkprocessen, bron, kerntaken=profile.kerntaken),
        "competentie_frequentie": charts.plot_competency_frequency(
            coverage.competency_frequency(profile), bron, werkprocessen=profile.werkprocessen),
        "dekking_per_cluster": charts.plot_cluster_coverage(coverage.coverage_by_cluster(profile), bron),
        "gelijkenis_werkprocessen": charts.plot_similarity_heatmap(
            similarity, bron, werkprocessen=profile.werkprocessen),
        "netwerk_werkprocessen": charts.plot_network(
            overlap.competency_graph(profile), overlap.communities(profile), bron),
        "terugkerende_kennis": _recurrence_chart(profile, "kennis"),
        "terugkerende_vaardigheden": _recurrence_chart(profile, "vaardigheden"),
    }
    if len(profile.gedrag):
        figures["terugkerend_gedrag"] = _recurrence_chart(profile, "gedrag")
    figures["arbeidsmarkt"] = charts.plot_labour_market(labour_market_table(profile), bron)
    if curriculum is not None:
        matrix = curriculum_matrix(load_curriculum(curriculum, profile), profile)
        figures["curriculum_dekking"] = charts.plot_curriculum_matrix(matrix, bron, werkprocessen=profile.werkprocessen)
    return figures


def _recurrence_chart(profile, on):
    """The recurrence chart of kennis, vaardigheden or gedrag; an empty one says what the profile names instead."""
    recurrence = coverage.item_recurrence(profile, on=on)
    titel = findings.recurrence_title(recurrence, on, profile=profile)
    return charts.plot_item_recurrence(recurrence, profile.bronvermelding, on=on, title=titel)


def committee_tables(profile):
    """Return the tables a curriculum committee works with, by Dutch sheet name.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    dict of str to pandas.DataFrame
        In this order: ``Proces-competentie-matrix`` (werkproces, titel and one 0/1
        column per competency), ``Competenties``, ``Clusters``, ``Overeenkomst
        competenties`` (Jaccard), ``Kennis terugkerend``, ``Vaardigheden terugkerend``,
        ``Arbeidsmarkt``, ``Vacatureontwikkeling`` and ``Vacatures per richting``; the
        last two only when the profile has the figures.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> tables = committee_tables(load_profile())
    >>> list(tables)[:3]
    ['Proces-competentie-matrix', 'Competenties', 'Clusters']
    >>> tables["Proces-competentie-matrix"].shape
    (15, 26)
    """
    matrix = coverage_matrix(profile)
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    matrix = matrix.copy()
    matrix.insert(0, "titel", [titles.get(werkproces_id, "") for werkproces_id in matrix.index])
    matrix.columns.name = None
    tables = {
        "Proces-competentie-matrix": matrix,
        "Competenties": competency_frequency(profile),
        "Clusters": coverage_by_cluster(profile),
        "Overeenkomst competenties": similarity(profile, "competenties", "jaccard").rename_axis("werkproces_id"),
        "Kennis terugkerend": item_recurrence(profile, "kennis"),
        "Vaardigheden terugkerend": item_recurrence(profile, "vaardigheden"),
        "Arbeidsmarkt": labour_market_table(profile),
    }
    for name, compute in (("Vacatureontwikkeling", vacancy_change), ("Vacatures per richting", vacancy_share_outside)):
        table = compute(profile)
        if len(table):  # a profile without these figures gets no empty sheet
            tables[name] = table
    return tables


def draw_dossier_charts(source, method="jaccard"):
    """Draw the committee charts of the dossier view: all profielen of a dossier side by side.

    Parameters
    ----------
    source : Dossier or Corpus
        (A list of Profiles works too; its source line is then the first profile's.)
    method : {"jaccard", "cosinus"}
        How alike two profielen are (see :func:`bcp_analysis.analyses.dossier.profile_similarity`).

    Returns
    -------
    dict of str to matplotlib.figure.Figure
        ``dossier_competenties`` (profielen x competencies, in how many werkprocessen) and
        ``dossier_verwantschap`` (how alike every two profielen are).

    Examples
    --------
    >>> from bcp_analysis.analyses.dossier import load_dossier
    >>> list(draw_dossier_charts(load_dossier()))
    ['dossier_competenties', 'dossier_verwantschap']
    """
    bron = source.bronvermelding if hasattr(source, "bronvermelding") else source[0].bronvermelding
    return {
        "dossier_competenties": charts.plot_profile_matrix(profile_competency_matrix(source), bron),
        "dossier_verwantschap": charts.plot_profile_similarity(profile_similarity(source, method), bron, method),
    }
