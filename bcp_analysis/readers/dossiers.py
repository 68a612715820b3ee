"""Reading kwalificatiedossiers and folders of documents: ``load_dossier`` and ``load_corpus``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.dossier import Corpus, needs_table, profile_needs
from bcp_analysis.model.register import Register
from bcp_analysis.paths import BUNDLED_KD
from bcp_analysis.readers import READERS, find_reader, load_profile, reader_for

if TYPE_CHECKING:  # names of the annotations only
    import os

    from bcp_analysis.model.dossier import Dossier

__all__ = ["load_corpus", "load_dossier"]


def load_dossier(path: str | os.PathLike | Register | None = None, dossier: str | int | None = None) -> Dossier:
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
    from bcp_analysis.readers.kd_register import load_register

    if isinstance(path, Register):
        return path.dossier(dossier)
    path = BUNDLED_KD if path is None else path
    reader = reader_for(path)
    if not reader.holds_profielen:
        raise ProfileError(path, "bestand", f"{reader.LABEL} bevat één profiel, geen dossier met profielen",
                           "lees het met load_profile, of geef een kwalificatiedossier (.xml)")
    if dossier is not None:
        return load_register(path).dossier(dossier)
    collection = reader.collection(path)
    if isinstance(collection, Register):  # a file of several dossiers: the message lists them
        return collection.dossier()
    return collection


def load_corpus(folder: str | os.PathLike | Register) -> Corpus:
    """Read every KD export and BCP profile in a folder, or every profiel of a register, as one corpus.

    Files are read in name order; a document that holds several profielen (a
    kwalificatiedossier or a register of them, ``.xml``) with all its profielen, the other
    files a reader takes (``.yaml``, ``.yml``, ``.txt``, ``.pdf``) as one profile each. Other
    files are left alone.

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
    from bcp_analysis.readers.kd_register import load_register

    if isinstance(folder, Register):
        return folder.to_corpus()
    folder = Path(folder)
    if folder.is_file() and folder.suffix.lower() == ".xml":
        return load_register(folder).to_corpus()
    if not folder.is_dir():
        raise ProfileError(folder, "map", "de map bestaat niet", "geef een map met kwalificatiedossiers (.xml)")
    suffixes = {suffix for suffixes in READERS.values() for suffix in suffixes}
    records, needs = [], []
    for path in sorted(folder.iterdir()):
        reader = find_reader(path) if path.is_file() else None
        if reader is None:
            continue
        if reader.holds_profielen:
            collection = reader.collection(path)
            _refuse_unread(collection)
            rows = collection.profielen.to_dict("records")
            index = {record["profiel"]: position for position, record in enumerate(rows, start=len(records))}
            records.extend({"titel": record.get("titel", record["profiel"]), "crebo": record["crebo"],
                            "niveau": record["niveau"], "soort": "kwalificatiedossier", "dossier": record["dossier"],
                            "dossier_crebo": record["dossier_crebo"], "bestand": path.name,
                            "werkprocessen": record["werkprocessen"], "competenties": record["competenties"]}
                           for record in rows)
            behoeften = collection.behoeften
            needs.append(behoeften.drop(columns="profiel").assign(_index=behoeften["profiel"].map(index))
                         [["_index", "werkproces_id", "competentie", "deel"]])
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


def _refuse_unread(collection):
    """A register file with a dossier that did not read is refused in a corpus: one message names it."""
    from bcp_analysis.model.register import NOT_READ

    problems = collection.problemen
    unread = problems[problems["soort"] == NOT_READ]
    if len(unread):
        row = unread.iloc[0]
        raise ProfileError(row["bestand"], f"dossier {row['dossier_nr']}", row["probleem"],
                           "los dit op, of lees het register met load_register: dat leest de andere dossiers",
                           regel=int(row["regel"]))


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
