"""Kwalificatiedossiers: all profielen of a dossier, or of a folder of documents, side by side.

A :class:`Dossier` is one SBB export with its profielen; a :class:`Corpus` is a folder of KD
exports and BCP profiles read together. The analyses are pure functions over a Dossier, a
Corpus or a list of Profiles: the profiel x competency matrix, what the basisdeel gives every
profiel and what each profieldeel adds, the similarity of profielen and the competencies only
one profiel needs.
"""

import dataclasses
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse

from bcp_analysis import paths
from bcp_analysis.competencies import competency_names
from bcp_analysis.dutch import count, join, number
from bcp_analysis.errors import ProfileError
from bcp_analysis.profile import Profile
from bcp_analysis.readers import READERS, load_profile
from bcp_analysis.readers import kd

__all__ = [
    "BUNDLED_KD",
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
    "dossier_csv_name",
]

BUNDLED_KD = paths.BUNDLED_KD

# Columns of the long table of needs: one row per profiel, werkproces and competency.
_NEEDS_COLUMNS = {"profiel": "str", "werkproces_id": "str", "competentie": "str", "deel": "str"}
_METHODS = ("jaccard", "cosinus")


@dataclasses.dataclass(frozen=True, eq=False)
class Dossier:
    """A kwalificatiedossier with all its profielen.

    Attributes
    ----------
    meta : dict
        The dossier: ``dossier`` (title), ``dossier_crebo``, ``geldig_vanaf``, ``status``,
        ``vastgesteld_op``, ``vastgesteld_door``.
    profielen : pandas.DataFrame
        One row per profiel: ``profiel``, ``crebo``, ``niveau``, ``code`` (``P1`` …),
        ``beroepsgroep``, ``geldig_vanaf``, ``kerntaken``, ``werkprocessen``,
        ``competenties`` (distinct), ``dossier``, ``dossier_crebo``, ``regel``.
    behoeften : pandas.DataFrame
        One row per profiel, werkproces and competency it needs (aanvullende included):
        ``profiel``, ``werkproces_id``, ``competentie``, ``deel`` ("basisdeel"/"profieldeel").
    export : bcp_analysis.readers.kd.Export
        The export as read, for :meth:`profile`.
    source : str
        The XML file.
    """

    meta: dict
    profielen: pd.DataFrame
    behoeften: pd.DataFrame
    export: kd.Export
    source: str

    @property
    def titel(self):
        """str: the dossier's title."""
        return self.meta["dossier"]

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        return f"Bron: Kwalificatiedossier {self.titel}, SBB"

    def profile(self, profiel=None):
        """Return one profiel as a Profile.

        Parameters
        ----------
        profiel : str or int, optional
            Title or crebo; may be left out when the dossier has one profiel.

        Returns
        -------
        Profile

        Raises
        ------
        ProfileError
            For a name that is not one of the profielen (the message lists them).
        """
        return kd.build_profile(self.export, kd.find_profiel(self.export, profiel))

    def profiles(self):
        """Return every profiel as a Profile, in the dossier's order.

        Returns
        -------
        list of Profile
        """
        return [kd.build_profile(self.export, record) for record in self.export.profielen]


@dataclasses.dataclass(frozen=True, eq=False)
class Corpus:
    """Several dossiers and profiles read together: every profiel in one table.

    Attributes
    ----------
    profielen : pandas.DataFrame
        One row per profiel: ``profiel`` (a label unique in the corpus: the title, with
        the crebo or file where titles repeat), ``titel``, ``crebo``, ``niveau`` (<NA> for a
        BCP), ``soort`` ("kwalificatiedossier"/"BCP"), ``dossier``, ``dossier_crebo``,
        ``bestand``, ``werkprocessen``, ``competenties``.
    behoeften : pandas.DataFrame
        As :attr:`Dossier.behoeften`, with the corpus labels in ``profiel``.
    source : str
        The folder.
    """

    profielen: pd.DataFrame
    behoeften: pd.DataFrame
    source: str

    @property
    def bronvermelding(self):
        """str: the source line printed under charts."""
        dossiers = self.profielen.loc[self.profielen["soort"] == "kwalificatiedossier", "dossier"].nunique()
        profiles = int((self.profielen["soort"] == "BCP").sum())
        parts = [count(dossiers, "kwalificatiedossier", "kwalificatiedossiers") + " (SBB)"] if dossiers else []
        parts += [count(profiles, "beroepscompetentieprofiel", "beroepscompetentieprofielen")] if profiles else []
        return "Bron: " + join(parts)


def _needs_table(rows):
    return pd.DataFrame(rows, columns=list(_NEEDS_COLUMNS)).astype(_NEEDS_COLUMNS)


def _dossier_rows(export):
    """The profielen records and the needs rows of one export, as plain lists."""
    needs, records = [], []
    for record in export.profielen:
        rows = kd.profiel_needs(export, record)
        needs.extend((record["profiel"], werkproces_id, name, deel) for werkproces_id, name, _, deel in rows)
        kerntaken = [kerntaak for kerntaak in export.kerntaken if kerntaak["profiel_nr"] in (None, record["nr"])]
        records.append({
            "profiel": record["profiel"], "crebo": record["crebo"], "niveau": record["niveau"],
            "code": record["code"], "beroepsgroep": record["beroepsgroep"],
            "geldig_vanaf": record["geldig_vanaf"] or export.meta["geldig_vanaf"],
            "kerntaken": len(kerntaken),
            "werkprocessen": sum(len(kerntaak["werkprocessen"]) for kerntaak in kerntaken),
            "competenties": len({row[1] for row in rows}),
            "dossier": export.meta["dossier"], "dossier_crebo": export.meta["dossier_crebo"],
            "regel": record["regel"],
        })
    return records, needs


def _dossier_from_export(export):
    records, needs = _dossier_rows(export)
    titles = [record["profiel"] for record in records]
    if len(set(titles)) != len(titles):
        raise ProfileError(export.path, "profielen", "twee profielen hebben dezelfde titel",
                           "kies de profielen met hun crebo; " + kd._FIX_EXPORT)
    profielen = pd.DataFrame(records).astype({"niveau": "int64", "kerntaken": "int64", "werkprocessen": "int64",
                                              "competenties": "int64", "regel": "int64"})
    meta = {key: value for key, value in export.meta.items() if key != "regel"}
    return Dossier(meta, profielen, _needs_table(needs), export, str(export.path))


def load_dossier(path=None):
    """Read a kwalificatiedossier (SBB's XML export) with all its profielen.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The XML file. Default: the bundled dossier Pedagogisch Werk (``BUNDLED_KD``).

    Returns
    -------
    Dossier

    Raises
    ------
    ProfileError
        For a file that is not a usable KD export; the message names the line.

    Examples
    --------
    >>> dossier = load_dossier()
    >>> dossier.profielen["crebo"].tolist(), dossier.profielen["niveau"].tolist()
    (['25486', '25484', '25485'], [3, 4, 4])
    >>> dossier.profile("25485").werkprocessen["werkproces_id"].iloc[-1]
    'P3-K2-W4'
    """
    return _dossier_from_export(kd.read_export(BUNDLED_KD if path is None else path))


def load_corpus(folder):
    """Read every KD export and BCP profile in a folder as one corpus.

    Files are read in name order; ``.xml`` files as kwalificatiedossiers (all their
    profielen), the other files a reader takes (``.yaml``, ``.yml``, ``.txt``) as one
    profile each. Other files are left alone.

    Parameters
    ----------
    folder : str or os.PathLike

    Returns
    -------
    Corpus

    Raises
    ------
    ProfileError
        For a folder that does not exist or holds no profiles, and for any file that
        cannot be read (the message names that file).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ProfileError(folder, "map", "de map bestaat niet", "geef een map met kwalificatiedossiers (.xml)")
    suffixes = {suffix for suffixes in READERS.values() for suffix in suffixes}
    records, needs = [], []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in suffixes:
            continue
        if path.suffix.lower() in kd.SUFFIXES:
            rows, dossier_needs = _dossier_rows(kd.read_export(path))
            index = {record["profiel"]: position for position, record in enumerate(rows, start=len(records))}
            records.extend({"titel": record["profiel"], "crebo": record["crebo"], "niveau": record["niveau"],
                            "soort": "kwalificatiedossier", "dossier": record["dossier"],
                            "dossier_crebo": record["dossier_crebo"], "bestand": path.name,
                            "werkprocessen": record["werkprocessen"], "competenties": record["competenties"]}
                           for record in rows)
            needs.append(pd.DataFrame([(index[row[0]], *row[1:]) for row in dossier_needs],
                                      columns=["_index", "werkproces_id", "competentie", "deel"]))
        else:
            profile = load_profile(path)
            records.append({"titel": profile.titel, "crebo": "", "niveau": pd.NA, "soort": "BCP", "dossier": "",
                            "dossier_crebo": "", "bestand": path.name, "werkprocessen": len(profile.werkprocessen),
                            "competenties": profile.competenties["competentie"].nunique()})
            needs.append(_profile_needs(profile, "").drop(columns="profiel").assign(_index=len(records) - 1))
    if not records:
        raise ProfileError(folder, "map", "geen kwalificatiedossiers of profielen in deze map",
                           f"zet er bestanden in met een van de extensies {', '.join(sorted(suffixes))}")
    profielen = pd.DataFrame(records)
    profielen.insert(0, "profiel", _labels(profielen))
    profielen = profielen.astype({"niveau": "Int64", "werkprocessen": "int64", "competenties": "int64"})
    behoeften = pd.concat(needs, ignore_index=True)
    behoeften["profiel"] = profielen["profiel"].to_numpy()[behoeften.pop("_index").to_numpy()]
    return Corpus(profielen, _needs_table(behoeften), str(folder))


def _labels(profielen):
    """A label per profiel unique in the corpus: title, then title (crebo), then title (crebo, file)."""
    labels = profielen["titel"].copy()
    repeated = labels.duplicated(keep=False)
    with_crebo = profielen["titel"] + " (" + profielen["crebo"].where(profielen["crebo"] != "", "BCP") + ")"
    labels[repeated] = with_crebo[repeated]
    repeated = labels.duplicated(keep=False)
    labels[repeated] = (profielen["titel"] + " (" + profielen["crebo"] + ", " + profielen["bestand"] + ")")[repeated]
    repeated = labels.duplicated(keep=False)
    labels[repeated] = labels[repeated] + " #" + pd.Series(range(len(labels)), index=labels.index)[repeated].astype(str)
    return labels


def _profile_needs(profile, label):
    """The long table of needs of one Profile; ``deel`` from the KD code of the werkproces."""
    table = profile.competenties.drop_duplicates(["werkproces_id", "competentie"])
    deel = table["werkproces_id"].str[:1].map({"B": "basisdeel", "P": "profieldeel"}).fillna("")
    return _needs_table({"profiel": label or _profile_label(profile), "werkproces_id": table["werkproces_id"],
                         "competentie": table["competentie"], "deel": deel})


def _profile_label(profile):
    return str(profile.meta.get("profiel") or profile.titel)


def competency_needs(source):
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
        raise TypeError("verwacht een Dossier, een Corpus of een lijst van Profiles")
    labels = [_profile_label(profile) for profile in profiles]
    if len(set(labels)) != len(labels):
        labels = [f"{label} ({index + 1})" for index, label in enumerate(labels)]
    return pd.concat([_profile_needs(profile, label) for profile, label in zip(profiles, labels)],
                     ignore_index=True) if profiles else _needs_table([])


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


def profile_competency_matrix(source):
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


def basisdeel_competencies(source):
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


def profieldeel_additions(source):
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


def profile_similarity(source, method="jaccard"):
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
        raise ValueError(f"method is 'jaccard' of 'cosinus', niet {method!r}")
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


def most_similar_profiles(similarity, top=None):
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


def unique_competencies(source):
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


def matrix_finding(matrix):
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


def similarity_finding(similarity, method="jaccard"):
    """The finding of a similarity table in one Dutch sentence (a chart title).

    Parameters
    ----------
    similarity : pandas.DataFrame
        From :func:`profile_similarity`.
    method : {"jaccard", "cosinus"}
        The method it was computed with, named in the sentence.

    Returns
    -------
    str
    """
    pairs = most_similar_profiles(similarity)
    if pairs.empty:
        return "Eén profiel: niets te vergelijken"
    best, worst = pairs.iloc[0], pairs.iloc[-1]
    how = "gedeelde competenties (Jaccard)" if method == "jaccard" else "competenties naar aantal werkprocessen (cosinus)"
    return (f"Meest verwant in {how}: {best['profiel']} en {best['vergeleken_met']} "
            f"({number(best['gelijkenis'], 2)}); minst: {worst['profiel']} en {worst['vergeleken_met']} "
            f"({number(worst['gelijkenis'], 2)})")


# The sheet of each table of the dossier view (capitalised like the profile workbook's) and its CSV file name.
_CSV_NAMES = {"Profielen": "profielen", "Profiel-competentie": "profiel_competentie", "Basisdeel": "basisdeel",
              "Profieldeel": "profieldeel", "Verwantschap": "verwantschap", "Uniek": "uniek"}


def dossier_tables(source, method="jaccard"):
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


def dossier_csv_name(sheet_name):
    """The CSV file name (without ``.csv``) of a table of :func:`dossier_tables`: lower case, like a profile's.

    Parameters
    ----------
    sheet_name : str
        A key of :func:`dossier_tables`.

    Returns
    -------
    str

    Examples
    --------
    >>> dossier_csv_name("Profiel-competentie")
    'profiel_competentie'
    """
    return _CSV_NAMES[sheet_name]
