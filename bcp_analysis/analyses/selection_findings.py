"""The sentences that open each view of a selection in the verkenner: werkproces, competency, changes, coverage.

They are public through :mod:`bcp_analysis.analyses.findings`, with the other sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bcp_analysis.dutch import count, join, number

if TYPE_CHECKING:  # names of the annotations only
    import pandas as pd

__all__: list[str] = []  # nothing of it is used outside its layer


def werkproces_finding(werkproces_id: str, herkomst_rows: pd.DataFrame) -> str:
    """State how many competencies a werkproces needs and whether the profile says where.

    Parameters
    ----------
    werkproces_id : str
    herkomst_rows : pandas.DataFrame
        As :func:`bcp_analysis.analyses.summaries.herkomst` returns for a whole werkproces.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.summaries import herkomst
    >>> werkproces_finding("1.1", herkomst(load_profile(), "1.1"))
    'Werkproces 1.1 (Verzamelt (markt)informatie) vraagt 4 competenties, elk met de regel waar het profiel haar noemt'
    """
    titel = f"{werkproces_id} ({herkomst_rows['inhoud'].iloc[0]})"
    crosses = herkomst_rows[herkomst_rows["onderdeel"] == "competentie"]
    if crosses.empty:
        return f"Werkproces {titel} vraagt geen enkele competentie"
    sentence = f"Werkproces {titel} vraagt {count(len(crosses), 'competentie', 'competenties')}"
    placed = int(crosses["regel"].notna().sum())
    if placed == len(crosses):
        return sentence + (", met de regel waar het profiel haar noemt" if placed == 1
                           else ", elk met de regel waar het profiel haar noemt")
    if placed == 0:
        return sentence + "; het profiel zegt niet op welke regel"
    return sentence + f"; van {placed} staat de regel in het profiel"


def items_finding(items: pd.DataFrame) -> str:
    """State what a werkproces delivers and asks besides competencies (a BCP's lists or a KD's).

    Parameters
    ----------
    items : pandas.DataFrame
        As :func:`bcp_analysis.analyses.summaries.werkproces_items` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.summaries import werkproces_items
    >>> items_finding(werkproces_items(load_profile(), "1.1"))
    'Het werkproces levert 1 resultaat en vraagt 7 kennisitems en 5 vaardigheden'
    """
    amounts = items["onderdeel"].value_counts()
    kd = amounts.get("gedrag", 0) or amounts.get("vakkennis", 0)
    if kd:
        return (f"Het werkproces beschrijft {count(int(amounts.get('gedrag', 0)), 'gedraging', 'gedragingen')}; "
                f"zijn kerntaak noemt {count(int(amounts.get('vakkennis', 0)), 'item', 'items')} vakkennis en "
                "vaardigheden (een kwalificatiedossier noemt geen kennis per werkproces)")
    if items.empty:
        return "Het profiel noemt bij dit werkproces geen resultaten, kennis of vaardigheden"
    return (f"Het werkproces levert {count(int(amounts.get('resultaat', 0)), 'resultaat', 'resultaten')} en vraagt "
            f"{count(int(amounts.get('kennis', 0)), 'kennisitem', 'kennisitems')} en "
            f"{count(int(amounts.get('vaardigheid', 0)), 'vaardigheid', 'vaardigheden')}")


def similar_finding(werkproces_id: str, similar: pd.DataFrame, scope: str | None = None) -> str:
    """State which werkproces is most like the chosen one and how much they share.

    Parameters
    ----------
    werkproces_id : str
    similar : pandas.DataFrame
        As :func:`bcp_analysis.analyses.overlap.similar_werkprocessen` returns.
    scope : str, optional
        The part of the profile in view, e.g. ``"kerntaak 2"``.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.overlap import similar_werkprocessen
    >>> similar_finding("1.2", similar_werkprocessen(load_profile(), "1.2"))
    'Werkproces 1.2 lijkt het meest op 1.3: ze delen 6 competenties (gelijkenis 0,75)'
    """
    within = f" in {scope}" if scope else ""
    if similar.empty:
        return f"Geen ander werkproces{within} deelt een competentie met {werkproces_id}"
    best = similar[similar["gelijkenis"] == similar["gelijkenis"].iloc[0]]
    first = best.iloc[0]
    shared = count(int(first["gedeeld"]), "competentie", "competenties")
    if len(best) == 1:
        return (f"Werkproces {werkproces_id} lijkt{within} het meest op {first['werkproces_id']}: ze delen {shared} "
                f"(gelijkenis {number(float(first['gelijkenis']), 2)})")
    return (f"Werkproces {werkproces_id} lijkt{within} even veel op {join(best['werkproces_id'].tolist())} "
            f"(gelijkenis {number(float(first['gelijkenis']), 2)})")


def competency_finding(competentie: str, cluster: str, needing: pd.DataFrame, werkprocessen: int,
                       scope: str | None = None, elsewhere: list[str] | None = None) -> str:
    """State how many werkprocessen need a competency, which, and its cluster.

    Parameters
    ----------
    competentie, cluster : str
    needing : pandas.DataFrame
        As :func:`bcp_analysis.analyses.coverage.competency_werkprocessen` returns.
    werkprocessen : int
        How many werkprocessen there are in view.
    scope : str, optional
        The part of the profile in view, e.g. ``"kerntaak 2"``: the sentence then says
        "van kerntaak 2".
    elsewhere : list of str, optional
        The werkprocessen outside the view that need the competency, named after the sentence.

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> from bcp_analysis.analyses.coverage import competency_werkprocessen
    >>> competency_finding("Presenteren", "Interacteren en presenteren",
    ...                    competency_werkprocessen(load_profile(), "Presenteren"), 15)
    'Presenteren (cluster Interacteren en presenteren) is nodig in 3 van de 15 werkprocessen: 3.2, 3.3 en 3.4'
    >>> import pandas as pd
    >>> competency_finding("Presenteren", "Interacteren en presenteren", pd.DataFrame({"werkproces_id": []}), 4,
    ...                    scope="kerntaak 2", elsewhere=["3.2", "3.3", "3.4"]).split(") ", 1)[1]
    'is in geen werkproces van kerntaak 2 nodig; wel in 3.2, 3.3 en 3.4'
    """
    head = f"{competentie} (cluster {cluster})"
    of_scope = f" van {scope}" if scope else ""
    rest = f"; wel in {join(elsewhere)}" if elsewhere else ""
    if needing.empty:
        return f"{head} is in geen{' enkel' if not scope else ''} werkproces{of_scope} nodig{rest}"
    ids = join(needing["werkproces_id"].tolist())
    rest = f"; buiten {scope} ook in {join(elsewhere)}" if elsewhere else ""
    return f"{head} is nodig in {len(needing)} van de {werkprocessen} werkprocessen{of_scope}: {ids}{rest}"


def changes_finding(touching: pd.DataFrame, selection: str) -> str:
    """State how many changes between two versions touch the selection.

    Parameters
    ----------
    touching : pandas.DataFrame
        As :func:`bcp_analysis.analyses.compare.changes_touching` returns.
    selection : str
        The selection in words, e.g. ``"werkproces 3.2"``.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> changes_finding(pd.DataFrame({"wijziging": ["toegevoegd", "verwijderd"]}), "Presenteren")
    'Tussen de vorige en deze versie raken 2 wijzigingen Presenteren: 1 toegevoegd, 1 verwijderd'
    """
    if touching.empty:
        return f"Tussen de vorige en deze versie is aan {selection} niets veranderd"
    kinds = touching["wijziging"].value_counts(sort=False)
    parts = ", ".join(f"{amount} {kind}" for kind, amount in kinds.items())
    verb = "raakt" if len(touching) == 1 else "raken"
    return (f"Tussen de vorige en deze versie {verb} {count(len(touching), 'wijziging', 'wijzigingen')} "
            f"{selection}: {parts}")


def selection_coverage_finding(table: pd.DataFrame) -> str:
    """State how many werkprocessen of a selection the curriculum covers, and name the gaps.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`bcp_analysis.analyses.curriculum.selection_coverage` returns.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> selection_coverage_finding(pd.DataFrame({"werkproces_id": ["2.4", "3.3"], "gedekt": [False, True]}))
    'Het curriculum dekt 1 van de 2 werkprocessen; geen module dekt 2.4'
    """
    if table.empty:
        return "Er is geen werkproces gekozen om tegen het curriculum te houden"
    gaps = table.loc[~table["gedekt"], "werkproces_id"].tolist()
    covered = len(table) - len(gaps)
    if not gaps:
        covered = "het werkproces" if len(table) == 1 else f"alle {len(table)} werkprocessen"
        return f"Het curriculum dekt {covered}"
    return (f"Het curriculum dekt {covered} van de {count(len(table), 'werkproces', 'werkprocessen')}; "
            f"geen module dekt {join(gaps)}")
