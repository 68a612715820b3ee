"""Reading kwalificatiedossiers and folders of documents: ``load_dossier`` and ``load_corpus``."""

from pathlib import Path

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.dossier import Dossier, Corpus, needs_table, profile_needs
from bcp_analysis.paths import BUNDLED_KD
from bcp_analysis.readers import READERS, load_profile
from bcp_analysis.readers import kd

__all__ = ["load_corpus", "load_dossier"]


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

    def read_profiel(profiel=None):
        return kd.build_profile(export, kd.find_profiel(export, profiel))

    return Dossier(meta, profielen, needs_table(needs), str(export.path), read_profiel)


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
