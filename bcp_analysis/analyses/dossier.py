"""Kwalificatiedossiers side by side: the analyses of a Dossier, a Corpus or a list of Profiles.

The profiel x competency matrix, what the basisdeel gives every profiel and what each
profieldeel adds, the similarity of profielen and the competencies only one profiel needs.
The model (:class:`~bcp_analysis.model.dossier.Dossier`, ``Corpus``) is in
``bcp_analysis.model.dossier``; reading one is ``bcp_analysis.readers.dossiers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse

from bcp_analysis.dutch import count, number
from bcp_analysis.errors import UsageError
from bcp_analysis.model.competencies import competency_names
from bcp_analysis.model.dossier import Corpus, Dossier, needs_table, profile_label, profile_needs
from bcp_analysis.model.profile import Profile
from bcp_analysis.readers.dossiers import load_corpus, load_dossier

if TYPE_CHECKING:  # names of the annotations only
    from collections.abc import Sequence

__all__ = [
    "Dossier",
    "Corpus",
    "load_dossier",
    "load_corpus",
    "competency_needs",
    "profile_competency_matrix",
    "basisdeel_competencies",
    "profieldeel_additions",
    "profile_similarity",
    "most_similar_profiles",
    "unique_competencies",
    "matrix_finding",
    "similarity_finding",
    "dossier_tables",
]

_METHODS = ("jaccard", "cosinus")


def competency_needs(source: Dossier | Corpus | Sequence[Profile]) -> pd.DataFrame:
    """The long table of needs of a Dossier, a Corpus or a list of Profiles.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile

    Returns
    -------
    pandas.DataFrame
        ``profiel``, ``werkproces_id``, ``competentie``, ``deel``: one row per profiel,
        werkproces and competency it needs.
    """
    if isinstance(source, (Dossier, Corpus)):
        return source.behoeften
    profiles = list(source)
    if not all(isinstance(profile, Profile) for profile in profiles):
        raise UsageError("profielen vergelijken", "source", "dit is geen Dossier, Corpus of lijst van Profiles",
                         "geef load_dossier(...), load_corpus(...) of een lijst van load_profile(...)")
    labels = [profile_label(profile) for profile in profiles]
    if len(set(labels)) != len(labels):
        labels = [f"{label} ({index + 1})" for index, label in enumerate(labels)]
    return pd.concat([profile_needs(profile, label) for profile, label in zip(profiles, labels)],
                     ignore_index=True) if profiles else needs_table([])


def _profile_order(source, needs):
    if isinstance(source, (Dossier, Corpus)):
        return list(source.profielen["profiel"])
    return list(dict.fromkeys(needs["profiel"]))


def _counts(source):
    """Profiel labels, the 25 names and the sparse profiel x competency count matrix."""
    needs = competency_needs(source)
    labels = _profile_order(source, needs)
    names = competency_names()
    rows = pd.Index(labels).get_indexer(needs["profiel"])
    columns = pd.Index(names).get_indexer(needs["competentie"])
    matrix = sparse.coo_matrix((np.ones(len(needs), dtype=np.int64), (rows, columns)),
                               shape=(len(labels), len(names))).tocsr()
    return labels, names, matrix


def profile_competency_matrix(source: Dossier | Corpus | Sequence[Profile]) -> pd.DataFrame:
    """In how many werkprocessen each profiel needs each of the 25 competencies.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile

    Returns
    -------
    pandas.DataFrame
        One row per profiel (index ``profiel``), one column per competency in SBB order
        (columns ``competentie``), counts of werkprocessen (0 where not needed).

    Examples
    --------
    >>> matrix = profile_competency_matrix(load_dossier())
    >>> int(matrix.loc["Onderwijsassistent", "Instructies en procedures opvolgen"])
    8
    """
    labels, names, matrix = _counts(source)
    return pd.DataFrame(matrix.toarray(), index=pd.Index(labels, name="profiel"),
                        columns=pd.Index(names, name="competentie"))


def basisdeel_competencies(source: Dossier | Corpus | Sequence[Profile]) -> pd.DataFrame:
    """What the basisdeel gives every profiel: the competencies of its werkprocessen.

    Counts the basisdeel's werkprocessen that need a competency for *every* profiel, so
    without the aanvullende competencies that hold for one profiel only.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile

    Returns
    -------
    pandas.DataFrame
        ``competentie`` (SBB order) and ``werkprocessen``: in how many werkprocessen of
        the basisdeel every profiel needs it.
    """
    needs = competency_needs(source)
    basis = needs[needs["deel"] == "basisdeel"]
    profielen = basis["profiel"].nunique()
    shared = basis.groupby(["werkproces_id", "competentie"])["profiel"].nunique()
    shared = shared[shared == profielen].reset_index()
    counts = shared.groupby("competentie").size()
    names = [name for name in competency_names() if name in counts.index]
    return pd.DataFrame({"competentie": names, "werkprocessen": [int(counts[name]) for name in names]},
                        columns=["competentie", "werkprocessen"]).astype({"werkprocessen": "int64"})


def profieldeel_additions(source: Dossier | Corpus | Sequence[Profile]) -> pd.DataFrame:
    """What each profiel adds to the basisdeel: per profiel and competency, where it is needed.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile

    Returns
    -------
    pandas.DataFrame
        One row per profiel and competency it needs: ``profiel``, ``competentie``,
        ``basisdeel`` and ``profieldeel`` (werkprocessen needing it in each part,
        aanvullende competencies counted with the basisdeel), and ``alleen_profieldeel``
        (True where only the profieldeel brings the competency in).
    """
    needs = competency_needs(source)
    table = needs.pivot_table(index=["profiel", "competentie"], columns="deel", values="werkproces_id",
                              aggfunc="nunique", fill_value=0)
    table = table.reindex(columns=["basisdeel", "profieldeel"], fill_value=0).reset_index()
    order = {label: index for index, label in enumerate(_profile_order(source, needs))}
    rank = {name: index for index, name in enumerate(competency_names())}
    table = table.sort_values(["profiel", "competentie"], key=lambda column: column.map(
        order if column.name == "profiel" else rank)).reset_index(drop=True)
    table.columns.name = None
    table["alleen_profieldeel"] = (table["basisdeel"] == 0) & (table["profieldeel"] > 0)
    return table.astype({"basisdeel": "int64", "profieldeel": "int64", "alleen_profieldeel": "bool"})


def profile_similarity(source: Dossier | Corpus | Sequence[Profile], method: str = "jaccard") -> pd.DataFrame:
    """How alike the profielen are in the competencies they need, every pair at once.

    Computed with sparse matrix products over the profiel x competency matrix, so a corpus
    of hundreds of profielen takes milliseconds.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile
    method : {"jaccard", "cosinus"}
        ``"jaccard"``: shared competencies / competencies in either (sets; how often a
        competency recurs does not count). ``"cosinus"``: cosine of the vectors of counts
        (werkprocessen per competency), so a competency needed often weighs more.

    Returns
    -------
    pandas.DataFrame
        Square, profiel by profiel, values from 0 (nothing shared) to 1 (the same).

    Examples
    --------
    >>> table = profile_similarity(load_dossier())
    >>> float(table.loc["Onderwijsassistent", "Onderwijsassistent"])
    1.0
    """
    if method not in _METHODS:
        raise UsageError("profile_similarity", "method", f"onbekende maat {method!r}", "kies 'jaccard' of 'cosinus'")
    labels, _, matrix = _counts(source)
    if method == "jaccard":
        binary = (matrix > 0).astype(np.float64)
        shared = (binary @ binary.T).toarray()
        sizes = np.asarray(binary.sum(axis=1)).ravel()
        union = sizes[:, None] + sizes[None, :] - shared
    else:
        weights = matrix.astype(np.float64)
        shared = (weights @ weights.T).toarray()
        norms = np.sqrt(np.asarray(weights.multiply(weights).sum(axis=1)).ravel())
        union = norms[:, None] * norms[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(union > 0, shared / np.where(union > 0, union, 1), 0.0)
    index = pd.Index(labels, name="profiel")
    return pd.DataFrame(values, index=index, columns=index.rename("vergeleken_met"))


def most_similar_profiles(similarity: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """The pairs of profielen from most to least alike.

    Parameters
    ----------
    similarity : pandas.DataFrame
        From :func:`profile_similarity`.
    top : int, optional
        Only the first ``top`` pairs.

    Returns
    -------
    pandas.DataFrame
        ``profiel``, ``vergeleken_met``, ``gelijkenis``; each pair once, ties in profiel order.
    """
    values = similarity.to_numpy()
    first, second = np.triu_indices(len(values), k=1)
    pairs = pd.DataFrame({"profiel": similarity.index.to_numpy()[first],
                          "vergeleken_met": similarity.columns.to_numpy()[second],
                          "gelijkenis": values[first, second]})
    pairs = pairs.sort_values("gelijkenis", ascending=False, kind="stable").reset_index(drop=True)
    return pairs.head(top) if top is not None else pairs


def unique_competencies(source: Dossier | Corpus | Sequence[Profile]) -> pd.DataFrame:
    """The competencies that only one profiel needs.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile

    Returns
    -------
    pandas.DataFrame
        ``competentie`` (SBB order), ``profiel`` and ``werkprocessen`` (in how many of that
        profiel's werkprocessen).

    Examples
    --------
    >>> unique_competencies(load_dossier())["competentie"].tolist()[:2]
    ['Beslissen en activiteiten initiëren', 'Relaties bouwen en netwerken']
    """
    matrix = profile_competency_matrix(source)
    needed = matrix > 0
    rows = [{"competentie": name, "profiel": needed.index[needed[name]][0],
             "werkprocessen": int(matrix.loc[needed[name], name].iloc[0])}
            for name in matrix.columns if needed[name].sum() == 1]
    return pd.DataFrame(rows, columns=["competentie", "profiel", "werkprocessen"]).astype({"werkprocessen": "int64"})


def matrix_finding(matrix: pd.DataFrame) -> str:
    """The finding of a profiel x competency matrix in one Dutch sentence (a chart title).

    Parameters
    ----------
    matrix : pandas.DataFrame
        From :func:`profile_competency_matrix`.

    Returns
    -------
    str
    """
    needed = matrix > 0
    profielen = len(matrix)
    by_all = [name for name in matrix.columns if needed[name].all()]
    used = int(needed.any().sum())
    if profielen == 0:
        return "Geen profielen"
    if not by_all:
        return (f"Geen competentie komt in alle {profielen} profielen voor; "
                f"samen vragen ze {used} van de 25 competenties")
    return (f"{count(len(by_all), 'competentie', 'competenties')} "
            f"{'komt' if len(by_all) == 1 else 'komen'} in alle {profielen} profielen voor; "
            f"samen vragen ze {used} van de 25 competenties")


def similarity_finding(similarity: pd.DataFrame, method: str = "jaccard") -> str:
    """The finding of a similarity table in one Dutch sentence (a chart title).

    Parameters
    ----------
    similarity : pandas.DataFrame
        From :func:`profile_similarity`.
    method : {"jaccard", "cosinus"}
        The method it was computed with, said in plain words in the sentence ("gedeelde
        competenties"; the method's name is jargon a committee does not read).

    Returns
    -------
    str
    """
    pairs = most_similar_profiles(similarity)
    if pairs.empty:
        return "Eén profiel: niets te vergelijken"
    best, worst = pairs.iloc[0], pairs.iloc[-1]
    how = ("gedeelde competenties" if method == "jaccard"
           else "competenties, gewogen naar het aantal werkprocessen")
    return (f"Meest gelijk naar {how}: {best['profiel']} en {best['vergeleken_met']} "
            f"(gelijkenis {number(best['gelijkenis'], 2)}); minst: {worst['profiel']} en {worst['vergeleken_met']} "
            f"({number(worst['gelijkenis'], 2)})")


def dossier_tables(source: Dossier | Corpus | Sequence[Profile], method: str = "jaccard") -> dict[str, pd.DataFrame]:
    """The tables of the dossier view for a committee, by sheet name.

    Parameters
    ----------
    source : Dossier, Corpus or list of Profile
    method : {"jaccard", "cosinus"}

    Returns
    -------
    dict of str to pandas.DataFrame
        In this order: ``Profielen`` (only for a Dossier or Corpus), ``Profiel-competentie``,
        ``Basisdeel``, ``Profieldeel``, ``Verwantschap`` and ``Uniek``, capitalised like the
        sheets of a profile's workbook; :func:`dossier_csv_name` gives each one's CSV name.

    Examples
    --------
    >>> list(dossier_tables(load_dossier()))
    ['Profielen', 'Profiel-competentie', 'Basisdeel', 'Profieldeel', 'Verwantschap', 'Uniek']
    """
    tables = {}
    if isinstance(source, (Dossier, Corpus)):
        tables["Profielen"] = source.profielen
    tables["Profiel-competentie"] = profile_competency_matrix(source).reset_index()
    tables["Basisdeel"] = basisdeel_competencies(source)
    tables["Profieldeel"] = profieldeel_additions(source)
    tables["Verwantschap"] = profile_similarity(source, method).reset_index()
    tables["Uniek"] = unique_competencies(source)
    return tables
