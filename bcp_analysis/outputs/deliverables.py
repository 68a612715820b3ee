"""What a committee gets: the one list of charts and workbook sheets that ``build`` and ``export`` use.

The lists are plain names, so that a build can tell what it would make without loading
pandas or matplotlib; the drawing libraries load when a chart is drawn.
"""

from bcp_analysis.errors import UsageError

__all__: list[str] = []  # nothing of it is used outside its layer

CHARTS = ("proces_competentie_matrix", "competentie_frequentie", "dekking_per_cluster", "gelijkenis_werkprocessen",
          "netwerk_werkprocessen", "terugkerende_kennis", "terugkerende_vaardigheden", "terugkerend_gedrag",
          "arbeidsmarkt", "curriculum_dekking")
"""tuple of str: every chart of a profile, in order; ``terugkerend_gedrag`` only for a profile
with gedrag per werkproces (a kwalificatiedossier), ``curriculum_dekking`` only with a curriculum."""
CURRICULUM_CHARTS = frozenset({"curriculum_dekking"})
"""frozenset of str: the charts that draw the curriculum as well as the profile."""
DOSSIER_CHARTS = ("dossier_competenties", "dossier_verwantschap")
"""tuple of str: the charts of the dossier view, in order."""


def draw_charts(profile, curriculum=None):
    """Draw every committee chart of a profile.

    Parameters
    ----------
    profile : Profile
    curriculum : str or os.PathLike or Programme, optional
        A programme document (examenplan, OER, toetsplan or the committee's CSV); when given,
        the onderdeel × werkproces chart is drawn too.

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
    The charts of the bundled profile and its example programme (in the test run drawn once,
    as ``drawn``)::

        from bcp_analysis import load_profile
        from bcp_analysis.paths import EXAMPLE_CURRICULUM
        drawn = draw_charts(load_profile(), EXAMPLE_CURRICULUM)

    >>> list(drawn)  # doctest: +NORMALIZE_WHITESPACE
    ['proces_competentie_matrix', 'competentie_frequentie', 'dekking_per_cluster', 'gelijkenis_werkprocessen',
     'netwerk_werkprocessen', 'terugkerende_kennis', 'terugkerende_vaardigheden', 'arbeidsmarkt',
     'curriculum_dekking']
    """
    figures = {name: draw_chart(name, profile, curriculum) for name in CHARTS}
    return {name: figure for name, figure in figures.items() if figure is not None}


def draw_chart(name, profile, curriculum=None):
    """Draw one committee chart of a profile.

    Parameters
    ----------
    name : str
        One of :data:`CHARTS`.
    profile : Profile
    curriculum : str or os.PathLike or Programme, optional
        A programme document, for ``curriculum_dekking``.

    Returns
    -------
    matplotlib.figure.Figure or None
        None for a chart this profile does not get (``terugkerend_gedrag`` without gedrag,
        ``curriculum_dekking`` without a curriculum).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> draw_chart("terugkerend_gedrag", load_profile()) is None  # the bundled BCP names no gedrag
    True
    """
    from bcp_analysis.analyses import coverage, overlap
    from bcp_analysis.analyses.labour_market import labour_market_table
    from bcp_analysis.outputs import charts

    bron = profile.bronvermelding
    if name == "proces_competentie_matrix":
        return charts.plot_matrix(coverage.coverage_matrix(profile), profile.werkprocessen, bron,
                                  kerntaken=profile.kerntaken)
    if name == "competentie_frequentie":
        return charts.plot_competency_frequency(coverage.competency_frequency(profile), bron,
                                                werkprocessen=profile.werkprocessen)
    if name == "dekking_per_cluster":
        return charts.plot_cluster_coverage(coverage.coverage_by_cluster(profile), bron)
    if name == "gelijkenis_werkprocessen":
        return charts.plot_similarity_heatmap(overlap.similarity(profile, on="competenties"), bron,
                                              werkprocessen=profile.werkprocessen)
    if name == "netwerk_werkprocessen":
        return charts.plot_network(overlap.competency_graph(profile), overlap.communities(profile), bron)
    if name in _RECURRENCE:
        if name == "terugkerend_gedrag" and not len(profile.gedrag):
            return None
        return _recurrence_chart(profile, _RECURRENCE[name])
    if name == "arbeidsmarkt":
        return charts.plot_labour_market(labour_market_table(profile), bron, profiel=profile.meta.get("profiel"))
    if name == "curriculum_dekking":
        return None if curriculum is None else _curriculum_chart(profile, curriculum)
    raise UsageError("draw_chart", "name", f"onbekende grafiek {name!r}", f"kies uit {', '.join(CHARTS)}")


def _curriculum_chart(profile, document):
    """The committee chart of a programme held against the profile: onderdelen × werkprocessen."""
    from bcp_analysis.analyses.curriculum import curriculum_matrix, load_curriculum
    from bcp_analysis.outputs.programme_charts import plot_curriculum_matrix

    curriculum = load_curriculum(document, profile)
    return plot_curriculum_matrix(curriculum_matrix(curriculum, profile), profile.bronvermelding,
                                  werkprocessen=profile.werkprocessen, modules=curriculum.modules_only)


_RECURRENCE = {"terugkerende_kennis": "kennis", "terugkerende_vaardigheden": "vaardigheden",
               "terugkerend_gedrag": "gedrag"}


def _recurrence_chart(profile, on):
    """The recurrence chart of kennis, vaardigheden or gedrag; an empty one says what the profile names instead."""
    from bcp_analysis.analyses import coverage, findings
    from bcp_analysis.outputs import charts

    recurrence = coverage.item_recurrence(profile, on=on)
    titel = findings.recurrence_title(recurrence, on, profile=profile)
    return charts.plot_item_recurrence(recurrence, profile.bronvermelding, on=on, title=titel)


def committee_tables(profile, curriculum=None):
    """Return the tables a curriculum committee works with, by Dutch sheet name.

    Parameters
    ----------
    profile : Profile
    curriculum : str or os.PathLike or Programme, optional
        A programme document held against the profile: its sheets (:func:`curriculum_tables`) come last.

    Returns
    -------
    dict of str to pandas.DataFrame
        In this order: ``Proces-competentie-matrix`` (werkproces, titel and one 0/1
        column per competency), ``Competenties``, ``Clusters``, ``Gelijkenis
        competenties`` (Jaccard), ``Kennis terugkerend``, ``Vaardigheden terugkerend``,
        ``Arbeidsmarkt``, ``Vacatureontwikkeling`` and ``Vacatures per richting``; the
        last two only when the profile has the figures. Then, with a curriculum, its sheets.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> tables = committee_tables(load_profile())
    >>> list(tables)[:3]
    ['Proces-competentie-matrix', 'Competenties', 'Clusters']
    >>> tables["Proces-competentie-matrix"].shape
    (15, 26)
    """
    from bcp_analysis.analyses.coverage import (
        competency_frequency,
        coverage_by_cluster,
        coverage_matrix,
        item_recurrence,
    )
    from bcp_analysis.analyses.labour_market import labour_market_table, vacancy_change, vacancy_share_outside
    from bcp_analysis.analyses.overlap import similarity

    matrix = coverage_matrix(profile)
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    matrix = matrix.copy()
    matrix.insert(0, "titel", [titles.get(werkproces_id, "") for werkproces_id in matrix.index])
    matrix.columns.name = None
    tables = {
        "Proces-competentie-matrix": matrix,
        "Competenties": competency_frequency(profile),
        "Clusters": coverage_by_cluster(profile),
        "Gelijkenis competenties": similarity(profile, "competenties", "jaccard").rename_axis("werkproces_id"),
        "Kennis terugkerend": item_recurrence(profile, "kennis"),
        "Vaardigheden terugkerend": item_recurrence(profile, "vaardigheden"),
        "Arbeidsmarkt": labour_market_table(profile),
    }
    for name, compute in (("Vacatureontwikkeling", vacancy_change), ("Vacatures per richting", vacancy_share_outside)):
        table = compute(profile)
        if len(table):  # a profile without these figures gets no empty sheet
            tables[name] = table
    if curriculum is not None:
        tables.update(curriculum_tables(profile, curriculum))
    return tables


def curriculum_tables(profile, curriculum):
    """Return the sheets of a programme held against the profile, by Dutch sheet name.

    Parameters
    ----------
    profile : Profile
    curriculum : str or os.PathLike or Programme or Curriculum
        A programme document, or a Curriculum already paired with this profile.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``Curriculum matrix`` (onderdeel × werkproces, the highest niveau per cell), ``Dekking per
        werkproces`` (per werkproces the onderdelen that cover and that examine it), ``Koppelingen``
        (every pair of the document's code with the profile's werkproces: how it was paired and how
        alike the titles are) and ``Gemelde codes`` (the codes paired with nothing, and why).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> tables = curriculum_tables(load_profile(), EXAMPLE_CURRICULUM)
    >>> list(tables)
    ['Curriculum matrix', 'Dekking per werkproces', 'Koppelingen', 'Gemelde codes']
    >>> tables["Curriculum matrix"].shape
    (9, 15)
    """
    from bcp_analysis.analyses.curriculum import (
        Curriculum,
        coverage_counts,
        curriculum_matrix,
        examining_onderdelen,
        load_curriculum,
    )

    if not isinstance(curriculum, Curriculum):
        curriculum = load_curriculum(curriculum, profile)
    per_werkproces = coverage_counts(curriculum, profile)
    per_werkproces["getoetst_door"] = examining_onderdelen(curriculum, profile)["onderdelen"].tolist()
    return {
        "Curriculum matrix": curriculum_matrix(curriculum, profile),
        "Dekking per werkproces": per_werkproces,
        "Koppelingen": curriculum.koppelingen,
        "Gemelde codes": curriculum.gemeld,
    }


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
    return {name: draw_dossier_chart(name, source, method) for name in DOSSIER_CHARTS}


def draw_dossier_chart(name, source, method="jaccard"):
    """Draw one chart of the dossier view (see :func:`draw_dossier_charts`).

    Parameters
    ----------
    name : str
        One of :data:`DOSSIER_CHARTS`.
    source : Dossier, Corpus or list of Profile
    method : {"jaccard", "cosinus"}

    Returns
    -------
    matplotlib.figure.Figure
    """
    from bcp_analysis.analyses.dossier import profile_competency_matrix, profile_similarity
    from bcp_analysis.outputs import charts

    bron = source[0].bronvermelding if isinstance(source, (list, tuple)) else source.bronvermelding
    if name == "dossier_competenties":
        return charts.plot_profile_matrix(profile_competency_matrix(source), bron)
    if name == "dossier_verwantschap":
        return charts.plot_profile_similarity(profile_similarity(source, method), bron, method)
    raise UsageError("draw_dossier_chart", "name", f"onbekende grafiek {name!r}",
                     f"kies uit {', '.join(DOSSIER_CHARTS)}")
