"""Reading a file of SBB's qualification structure (one dossier or a whole register) as a Register."""

from __future__ import annotations

import collections
import os

import pandas as pd

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.dossier import needs_table
from bcp_analysis.model.register import DOSSIER_COLUMNS, NOT_READ, PROBLEM_COLUMNS, PROFIEL_COLUMNS, Register
from bcp_analysis.paths import BUNDLED_KD
from bcp_analysis.readers import kd_export

__all__ = ["load_register"]


def load_register(path: str | os.PathLike | None = None) -> Register:
    """Read every kwalificatiedossier of an SBB file: a register of an edition, or one dossier.

    The file is streamed (SAX): each dossier becomes table rows when its end tag is read.
    A dossier that does not read is reported in ``problemen`` (line, dossier nr, what is
    wrong) and the others are read; so is a crebo that appears twice. A file of one
    dossier is a register of one.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The XML file. Default: the bundled dossier Pedagogisch Werk (``BUNDLED_KD``).

    Returns
    -------
    Register

    Raises
    ------
    ProfileError
        For a file that is no SBB register or export (one message), malformed XML, entities,
        or a file in which no dossier reads (a file of one dossier: that dossier's message).

    Examples
    --------
    >>> register = load_register()
    >>> register.dossiers[["titel", "dossier_crebo", "domein", "profielen"]].values.tolist()
    [['Pedagogisch Werk', '23183', 'Zorg en welzijn', 3]]
    >>> register.profile("25485").werkprocessen["werkproces_id"].iloc[-1]
    'P3-K2-W4'
    """
    return register_of(kd_export.read_register(BUNDLED_KD if path is None else path))


def register_of(read):
    """Return the Register of a :class:`~bcp_analysis.readers.kd_export.RegisterExport`.

    Parameters
    ----------
    read : bcp_analysis.readers.kd_export.RegisterExport

    Returns
    -------
    Register

    Raises
    ------
    ProfileError
        When no dossier of the file reads.
    """
    path = read.path
    problems = [{"bestand": str(path), "regel": problem["regel"], "dossier_nr": problem["dossier_nr"],
                 "dossier": problem["dossier"], "soort": NOT_READ, "probleem": _problem_text(problem["error"])}
                for problem in read.problems]
    exports, dossiers, profielen, needs, owners = [], [], [], [], []
    for export in read.exports:
        records, rows = kd_export.dossier_rows(export)
        extra = export.sections["register"]
        titles = [record["profiel"] for record in records]
        if len(set(titles)) != len(titles):
            problems.append({"bestand": str(path), "regel": export.meta["regel"], "dossier_nr": extra["nr"],
                             "dossier": export.meta["dossier"], "soort": NOT_READ,
                             "probleem": "twee profielen van dit dossier hebben dezelfde titel; het dossier is "
                                         "niet gelezen"})
            continue
        domein = _resolve(read.domeinen, extra["domein_nr"])
        dossiers.append({"nr": extra["nr"], "titel": export.meta["dossier"],
                         "dossier_crebo": export.meta["dossier_crebo"], "versie": extra["versie"],
                         "status": export.meta["status"], "domein": domein,
                         "sectorkamer": _resolve(read.sectorkamers, extra["sectorkamer_nr"]),
                         "geldig_vanaf": export.meta["geldig_vanaf"], "profielen": len(records),
                         "regel": export.meta["regel"]})
        index = len(profielen)
        for record, kd_record in zip(records, export.profielen):
            profielen.append({"titel": record["profiel"], "crebo": record["crebo"], "niveau": record["niveau"],
                              "beroepsgroep": record["beroepsgroep"], "dossier": record["dossier"],
                              "dossier_nr": extra["nr"], "dossier_crebo": record["dossier_crebo"], "domein": domein,
                              "code": record["code"], "kerntaken": record["kerntaken"],
                              "werkprocessen": record["werkprocessen"], "competenties": record["competenties"],
                              "regel": record["regel"]})
            owners.append((export, kd_record))
        positions = {record["profiel"]: position for position, record in enumerate(records, start=index)}
        needs.extend((positions[row[0]], *row[1:]) for row in rows)
        exports.append(export)
    if not exports:
        if len(read.problems) == 1 and len(problems) == 1:
            raise read.problems[0]["error"]
        raise ProfileError.from_problems(path, [(f"regel {problem['regel']} (dossier {problem['dossier_nr']})",
                                                 problem["probleem"]) for problem in problems])
    problems.extend(_twice(path, dossiers, "dossier_crebo", "dossiercrebo", "dossier"))
    problems.extend(_twice(path, profielen, "crebo", "crebo", "profiel"))
    profiel_table = pd.DataFrame(profielen)
    profiel_table.insert(0, "profiel", _labels(profiel_table))
    profiel_table = profiel_table[list(PROFIEL_COLUMNS)].astype(PROFIEL_COLUMNS)
    needs_frame = pd.DataFrame(needs, columns=["_index", "werkproces_id", "competentie", "deel"])
    needs_frame.insert(0, "profiel", profiel_table["profiel"].to_numpy()[needs_frame.pop("_index").to_numpy()])
    problem_table = pd.DataFrame(problems, columns=list(PROBLEM_COLUMNS)).astype(PROBLEM_COLUMNS)
    problem_table = problem_table.sort_values("regel", kind="stable").reset_index(drop=True)

    def read_dossier(position):
        return kd_export.dossier_of(exports[position])

    def read_profile(position):
        export, record = owners[position]
        return kd_export.build_profile(export, record)

    return Register(pd.DataFrame(dossiers, columns=list(DOSSIER_COLUMNS)).astype(DOSSIER_COLUMNS), profiel_table,
                    needs_table(needs_frame), problem_table, str(path), read_dossier, read_profile)


def _problem_text(error):
    """A ProfileError's problems without the file name (the table names the file)."""
    return "; ".join(f"{problem.place}: {problem.problem}" + (f" ({problem.fix})" if problem.fix else "")
                     for problem in error.problems)


def _resolve(titles, nr):
    """A domein's or sectorkamer's title from the register's own list; the nr when the list lacks it."""
    if not nr:
        return ""
    return titles.get(nr) or f"nr {nr} (niet in de lijst van het bestand)"


def _twice(path, rows, column, tag, what):
    """A problem row for every crebo that appears more than once, at its second and later lines."""
    seen = collections.defaultdict(list)
    for row in rows:
        if row[column]:
            seen[row[column]].append(row)
    problems = []
    for crebo, found in seen.items():
        for row in found[1:]:
            first = found[0]
            problems.append({"bestand": str(path), "regel": row["regel"],
                             "dossier_nr": row.get("dossier_nr", row.get("nr", "")),
                             "dossier": row.get("dossier", row.get("titel", "")), "soort": "crebo dubbel",
                             "probleem": f"<{tag}> {crebo} komt meer dan eens voor (ook bij {what} "
                                         f"'{first.get('titel', '')}' op regel {first['regel']}); kies dit {what} "
                                         "met zijn titel of dossiernummer"})
    return problems


def _labels(profielen):
    """A name per profiel unique in the register: title, then title (crebo), then title (crebo, dossier nr)."""
    labels = profielen["titel"].copy()
    repeated = labels.duplicated(keep=False)
    labels[repeated] = (profielen["titel"] + " (" + profielen["crebo"] + ")")[repeated]
    repeated = labels.duplicated(keep=False)
    labels[repeated] = (profielen["titel"] + " (" + profielen["crebo"] + ", dossier " + profielen["dossier_nr"]
                        + ")")[repeated]
    repeated = labels.duplicated(keep=False)
    labels[repeated] = labels[repeated] + " #" + pd.Series(range(len(labels)), index=labels.index)[repeated].astype(str)
    return labels

