"""Reading kwalificatiedossiers and folders of documents: ``load_dossier`` and ``load_corpus``."""

from pathlib import Path

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.dossier import Corpus, Dossier, needs_table, profile_needs
from bcp_analysis.paths import BUNDLED_KD
from bcp_analysis.readers import READERS, kd, load_profile

__all__ = ["dossier_from_export", "dossier_rows", "load_corpus", "load_dossier"]


def dossier_rows(export):
    """The profielen records and the needs rows of one export, as plain lists.

    Parameters
    ----------
    export : bcp_analysis.readers.kd.Export

    Returns
    -------
    tuple of (list of dict, list of tuple)
        A record per profiel, and ``(profiel, werkproces_id, competentie, deel)`` rows.
    """
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


def dossier_from_export(export):
    """The Dossier of one export (profielen, needs and a reader of each profiel).

    Parameters
    ----------
    export : bcp_analysis.readers.kd.Export

    Returns
    -------
    Dossier
    """
    records, needs = dossier_rows(export)
    titles = [record["profiel"] for record in records]
    if len(set(titles)) != len(titles):
        raise ProfileError(export.path, "profielen", "twee profielen hebben dezelfde titel",
                           "kies de profielen met hun crebo; " + kd._FIX_EXPORT)
    profielen = pd.DataFrame(records).astype({"niveau": "int64", "kerntaken": "int64", "werkprocessen": "int64",
                                              "competenties": "int64", "regel": "int64"})
    meta = {key: value for key, value in export.meta.items() if key != "regel"}

    def read_profiel(profiel=None):
        return kd.build_profile(export, kd.find_profiel(export, profiel))

    return Dossier(meta, profielen, needs_table(needs), str(export.path), read_profiel)


def load_dossier(path=None, dossier=None):
    """Read a kwalificatiedossier (SBB's XML export, or one dossier of a register) with all its profielen.

    Parameters
    ----------
    path : str or os.PathLike or Register, optional
        The XML file (one dossier, or a register of several), or a Register already read.
        Default: the bundled dossier Pedagogisch Werk (``BUNDLED_KD``).
    dossier : str or int, optional
        For a register of several: the dossier's nr, crebo or title.

    Returns
    -------
    Dossier

    Raises
    ------
    ProfileError
        For a file that is not a usable KD export (the message names the line), and for a
        register without ``dossier`` or with a name that fits none or several of its dossiers.

    Examples
    --------
    >>> dossier = load_dossier()
    >>> dossier.profielen["crebo"].tolist(), dossier.profielen["niveau"].tolist()
    (['25486', '25484', '25485'], [3, 4, 4])
    >>> dossier.profile("25485").werkprocessen["werkproces_id"].iloc[-1]
    'P3-K2-W4'
    """
    from bcp_analysis.model.register import Register
    from bcp_analysis.readers.register import register_of

    if isinstance(path, Register):
        return path.dossier(dossier)
    read = kd.read_register(BUNDLED_KD if path is None else path)
    if dossier is None and len(read.exports) + len(read.problems) == 1:
        if read.problems:
            raise read.problems[0]["error"]
        return dossier_from_export(read.exports[0])
    return register_of(read).dossier(dossier)


def load_corpus(folder):
    """Read every KD export and BCP profile in a folder, or every profiel of a register, as one corpus.

    Files are read in name order; ``.xml`` files as kwalificatiedossiers or registers (all
    their dossiers and profielen), the other files a reader takes (``.yaml``, ``.yml``,
    ``.txt``) as one profile each. Other files are left alone.

    Parameters
    ----------
    folder : str or os.PathLike or Register
        A folder, a register file (``.xml``) or a Register already read.

    Returns
    -------
    Corpus

    Raises
    ------
    ProfileError
        For a folder that does not exist or holds no profiles, and for any file that
        cannot be read (the message names that file).
    """
    from bcp_analysis.model.register import Register
    from bcp_analysis.readers.register import load_register

    if isinstance(folder, Register):
        return folder.to_corpus()
    folder = Path(folder)
    if folder.is_file() and folder.suffix.lower() in kd.SUFFIXES:
        return load_register(folder).to_corpus()
    if not folder.is_dir():
        raise ProfileError(folder, "map", "de map bestaat niet", "geef een map met kwalificatiedossiers (.xml)")
    suffixes = {suffix for suffixes in READERS.values() for suffix in suffixes}
    records, needs = [], []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in suffixes:
            continue
        if path.suffix.lower() in kd.SUFFIXES:
            read = kd.read_register(path)
            if read.problems:
                raise read.problems[0]["error"]
            for export in read.exports:
                _add_export(export, path, records, needs)
        else:
            profile = load_profile(path)
            records.append({"titel": profile.titel, "crebo": "", "niveau": pd.NA, "soort": "BCP", "dossier": "",
                            "dossier_crebo": "", "bestand": path.name, "werkprocessen": len(profile.werkprocessen),
                            "competenties": profile.competenties["competentie"].nunique()})
            needs.append(profile_needs(profile, "").drop(columns="profiel").assign(_index=len(records) - 1))
    if not records:
        raise ProfileError(folder, "map", "geen kwalificatiedossiers of profielen in deze map",
                           f"zet er bestanden in met een van de extensies {', '.join(sorted(suffixes))}")
    profielen = pd.DataFrame(records)
    profielen.insert(0, "profiel", _labels(profielen))
    profielen = profielen.astype({"niveau": "Int64", "werkprocessen": "int64", "competenties": "int64"})
    behoeften = pd.concat(needs, ignore_index=True)
    behoeften["profiel"] = profielen["profiel"].to_numpy()[behoeften.pop("_index").to_numpy()]
    return Corpus(profielen, needs_table(behoeften), str(folder))


def _add_export(export, path, records, needs):
    """Add the profielen and needs of one dossier of a file to a corpus being read."""
    rows, dossier_needs = dossier_rows(export)
    index = {record["profiel"]: position for position, record in enumerate(rows, start=len(records))}
    records.extend({"titel": record["profiel"], "crebo": record["crebo"], "niveau": record["niveau"],
                    "soort": "kwalificatiedossier", "dossier": record["dossier"],
                    "dossier_crebo": record["dossier_crebo"], "bestand": path.name,
                    "werkprocessen": record["werkprocessen"], "competenties": record["competenties"]}
                   for record in rows)
    needs.append(pd.DataFrame([(index[row[0]], *row[1:]) for row in dossier_needs],
                              columns=["_index", "werkproces_id", "competentie", "deel"]))


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
