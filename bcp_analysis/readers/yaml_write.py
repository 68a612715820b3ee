"""A Profile written as the YAML format of data/README.md: the inverse of reading it."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import yaml

from bcp_analysis.files import atomic_write_bytes
from bcp_analysis.model.profile import FORMAT_VERSION, SOURCE_COLUMNS, TABLES, WERKPROCES_LISTS, Profile

__all__: list[str] = []  # nothing of it is used outside its layer

_COLUMNS = {name: [column for column in columns if column not in SOURCE_COLUMNS] for name, columns in TABLES.items()}


def profile_to_dict(profile):
    """Return a profile as the mapping of the YAML format (the inverse of ``profile_from_dict``).

    A row's provenance (``regel``, ``pagina``) is written only where it has one, so a profile
    without provenance is written without it; a list item with provenance becomes a mapping
    ``{tekst, regel, pagina}``.

    Parameters
    ----------
    profile : Profile

    Returns
    -------
    dict
    """
    data = {"formaat": FORMAT_VERSION, "meta": dict(profile.meta)}
    if len(profile.functiebenamingen):
        data["functiebenamingen"] = profile.functiebenamingen["functiebenaming"].tolist()
    if len(profile.beroepshouding):
        data["beroepshouding"] = profile.beroepshouding["item"].tolist()
    for section in ("beschrijving", "trends"):
        table = getattr(profile, section)
        if len(table):
            data[section] = dict(zip(table["onderdeel"], table["tekst"]))
    if len(profile.loopbaan):
        data["loopbaan"] = [
            {"kolom": kolom, "functies": [{"functie": row["functie"], "niveau": row["niveau"], **_provenance_of(row)}
                                          for row in group.to_dict("records")]}
            for kolom, group in profile.loopbaan.sort_values("positie", kind="stable").groupby("kolom", sort=False)
        ]
    if len(profile.vergelijking):
        table = profile.vergelijking
        data["vergelijking"] = {
            "beroepen": list(dict.fromkeys(table["beroep"])),
            "aspecten": [{"aspect": aspect, "kenmerken": group["kenmerk"].tolist(),
                          **_provenance_of(group.iloc[0])}
                         for aspect, group in table.groupby("aspect", sort=False)],
        }
    if len(profile.arbeidsmarkt):
        data["arbeidsmarkt"] = [
            {**{key: (_plain_number(row[key]) if key == "waarde" else row[key]) for key in _COLUMNS["arbeidsmarkt"]
                if key != "controleren" or row[key]}, **_provenance_of(row)}
            for row in profile.arbeidsmarkt.to_dict("records")
        ]
    data["kerntaken"] = [_kerntaak_to_dict(profile, kerntaak) for kerntaak in profile.kerntaken.to_dict("records")]
    return data


def _kerntaak_to_dict(profile, kerntaak):
    entry = {"id": kerntaak["kerntaak_id"], **_provenance_of(kerntaak), "titel": kerntaak["titel"]}
    if kerntaak["toelichting"]:
        entry["toelichting"] = kerntaak["toelichting"]
    vakkennis = profile.vakkennis[profile.vakkennis["kerntaak_id"] == kerntaak["kerntaak_id"]]
    if len(vakkennis):
        entry["vakkennis"] = _items_of(vakkennis, "item")
    entry["werkprocessen"] = []
    members = profile.werkprocessen[profile.werkprocessen["kerntaak_id"] == kerntaak["kerntaak_id"]]
    for werkproces in members.to_dict("records"):
        item = {"id": werkproces["werkproces_id"], **_provenance_of(werkproces),
                "titel": werkproces["titel"], "beschrijving": werkproces["beschrijving"]}
        for key in (*WERKPROCES_LISTS, "gedrag"):
            table = getattr(profile, key)
            column = "competentie" if key == "competenties" else "item"
            rows = table[table["werkproces_id"] == werkproces["werkproces_id"]]
            if len(rows) or key == "competenties":
                item[key] = _items_of(rows, column)
        entry["werkprocessen"].append(item)
    return entry


def _provenance_of(row):
    """The row's ``regel``/``pagina`` that are set, as plain ints."""
    return {key: int(row[key]) for key in SOURCE_COLUMNS if key in row and not pd.isna(row[key])}


def _items_of(rows, column):
    """A list's items: plain texts, or {tekst, regel, pagina} where an item has provenance."""
    items = []
    for row in rows.to_dict("records"):
        provenance = _provenance_of(row)
        items.append({"tekst": row[column], **provenance} if provenance else row[column])
    return items


def _plain_number(value):
    return int(value) if float(value).is_integer() else float(value)


class _Dumper(yaml.SafeDumper):
    """YAML writer that keeps multi-line text readable as block scalars."""


def _represent_text(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def write_profile(profile: Profile | dict, path: str | os.PathLike) -> Path:
    """Write a profile (a Profile or its mapping) as YAML, atomically.

    The file is written next to its destination and moved into place only when
    complete, so a failure never leaves a half-written profile.

    Parameters
    ----------
    profile : Profile or dict
    path : str or os.PathLike

    Returns
    -------
    pathlib.Path
        The written file.
    """
    data = profile_to_dict(profile) if isinstance(profile, Profile) else profile
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return atomic_write_bytes(path, text.encode("utf-8"))


def without_provenance(data):
    """Return a copy of a profile mapping without ``regel``/``pagina``, every list item a plain string.

    Parameters
    ----------
    data : dict
        A profile mapping of the YAML format, with or without provenance.

    Returns
    -------
    dict

    Examples
    --------
    >>> without_provenance({"kerntaken": [{"id": "1", "regel": 4, "werkprocessen": [
    ...     {"id": "1.1", "competenties": [{"tekst": "Analyseren", "regel": 9}]}]}]})
    {'kerntaken': [{'id': '1', 'werkprocessen': [{'id': '1.1', 'competenties': ['Analyseren']}]}]}
    """
    if isinstance(data, dict):
        if set(data) <= {"tekst", *SOURCE_COLUMNS} and "tekst" in data:
            return data["tekst"]
        return {name: without_provenance(value) for name, value in data.items() if name not in SOURCE_COLUMNS}
    if isinstance(data, list):
        return [without_provenance(item) for item in data]
    return data
