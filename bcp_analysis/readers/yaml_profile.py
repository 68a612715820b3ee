"""The YAML profile format of data/README.md: read and validate it into a Profile, write a Profile as it."""

import re

import yaml

from bcp_analysis.competencies import canonical_competency, closest_competency
from bcp_analysis.errors import ProfileError
from bcp_analysis.files import atomic_write_bytes, read_text_file
from bcp_analysis.profile import FORMAT_VERSION, SOURCE_COLUMNS, TABLES, WERKPROCES_LISTS, Profile, make_table
from bcp_analysis.readers.options import refuse_options

__all__ = ["SUFFIXES", "LABEL", "read", "read_profile_file", "profile_from_dict", "profile_to_dict", "write_profile"]

_ITEM_TABLES = ("resultaten", "kennis", "vaardigheden")
_ARBEIDSMARKT_TEXT = ("indicator", "scope", "periode", "eenheid", "soort", "bron")
_SOORTEN = ("waargenomen", "prognose")
_WERKPROCES_LISTS = WERKPROCES_LISTS
_COLUMNS = {name: [column for column in columns if column not in SOURCE_COLUMNS] for name, columns in TABLES.items()}

SUFFIXES = (".yaml", ".yml")
LABEL = "een profiel als .yaml"


def read(path, **options):
    """Read a YAML profile file (the format of ``data/README.md``) into a validated Profile.

    Parameters
    ----------
    path : str or os.PathLike
    **options
        None are accepted; an option meant for another format is refused.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        When the file cannot be read as a profile.
    """
    refuse_options(path, options, LABEL)
    return profile_from_dict(read_profile_file(path), path)


def read_profile_file(path):
    """Read a YAML profile file into a dict, with clear errors for unreadable files.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    dict
        The file's mapping, not yet validated.

    Raises
    ------
    ProfileError
        File missing, empty, not UTF-8, or not valid YAML.
    """
    text = read_text_file(path, empty_fix="kies het juiste bestand of vul het volgens data/README.md")
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"regel {mark.line + 1}, kolom {mark.column + 1}" if mark else "bestand"
        raise ProfileError(
            path, place, f"geen geldige YAML ({exc.problem or exc.context})",
            "controleer inspringing, dubbele punten en aanhalingstekens rond die plek",
        ) from None
    except yaml.YAMLError as exc:
        raise ProfileError(path, "bestand", f"geen geldige YAML ({exc})") from None
    if data is None:
        raise ProfileError(path, "bestand", "het bestand bevat geen gegevens",
                           "vul het bestand volgens data/README.md")
    if not isinstance(data, dict):
        raise ProfileError(path, "bestand", "verwacht een mapping met onderdelen (meta, kerntaken, ...)",
                           "zie het voorbeeld in data/README.md")
    return data


class _Checker:
    """Typed access to a profile mapping that raises ProfileError with the place."""

    def __init__(self, path):
        self.path = path

    def fail(self, place, problem, fix=None):
        raise ProfileError(self.path, place, problem, fix)

    def get(self, mapping, key, place, kind, required=True):
        if key not in mapping or mapping[key] is None:
            if required:
                self.fail(place or "bestand", f"verplicht onderdeel '{key}' ontbreekt",
                          f"voeg '{key}:' toe (zie data/README.md)")
            return None
        value = mapping[key]
        self.check_type(value, kind, _join(place, key))
        return value

    def check_type(self, value, kind, place):
        names = {str: "tekst", list: "lijst", dict: "mapping", float: "getal"}
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else isinstance(value, kind)
        if not ok:
            fix = None
            if kind is str and isinstance(value, (int, float)):
                fix = f'zet de waarde tussen aanhalingstekens: "{value}"'
            elif kind is list:
                fix = "schrijf elk item op een eigen regel die begint met '- '"
            self.fail(place, f"verwacht {names[kind]}, gevonden {_type_name(value)} ({value!r:.60})", fix)
        if kind is str and not value.strip():
            self.fail(place, "de tekst is leeg", "vul de tekst in of laat het onderdeel weg")
        if kind is list and not value:
            self.fail(place, "de lijst is leeg; dit onderdeel heeft minstens één item nodig",
                      "vul de items in zoals het profiel ze noemt")
        return value

    def text_list(self, mapping, key, place, required=True):
        items = self.get(mapping, key, place, list, required)
        if items is None:
            return []
        for index, item in enumerate(items):
            self.check_type(item, str, f"{_join(place, key)}[{index}]")
        return [item.strip() for item in items]


def _join(place, key):
    return f"{place}.{key}" if place else key


def _type_name(value):
    return {bool: "ja/nee", int: "getal", float: "getal", str: "tekst", list: "lijst", dict: "mapping"}.get(
        type(value), type(value).__name__)


def profile_from_dict(data, source="<profiel>"):
    """Validate a profile mapping (the YAML format of ``data/README.md``) into a Profile.

    Parameters
    ----------
    data : dict
        The parsed profile.
    source : str or os.PathLike
        The file it came from, named in error messages.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        On the first problem found: a missing section or field, a wrong type, an empty
        list, a duplicate or misplaced werkproces id, an unknown competency.
    """
    check = _Checker(source)
    version = check.get(data, "formaat", "", float)
    if version != FORMAT_VERSION:
        check.fail("formaat", f"onbekende formaatversie {version}", f"gebruik 'formaat: {FORMAT_VERSION}'")
    meta = check.get(data, "meta", "", dict)
    check.get(meta, "titel", "meta", str)
    for key, value in meta.items():
        check.check_type(value, str, f"meta.{key}")

    rows = {name: [] for name in _COLUMNS}
    _read_kerntaken(check, data, rows)
    for item in check.text_list(data, "functiebenamingen", "", required=False):
        rows["functiebenamingen"].append({"functiebenaming": item})
    for item in check.text_list(data, "beroepshouding", "", required=False):
        rows["beroepshouding"].append({"item": item})
    for section in ("beschrijving", "trends"):
        texts = check.get(data, section, "", dict, required=False) or {}
        for key, text in texts.items():
            rows[section].append({"onderdeel": str(key), "tekst": check.check_type(text, str, f"{section}.{key}").strip()})
    _read_loopbaan(check, data, rows)
    _read_vergelijking(check, data, rows)
    _read_arbeidsmarkt(check, data, rows)

    known = set(_COLUMNS) | {"formaat", "meta"}
    for key in data:
        if key not in known:
            check.fail(key, f"onbekend onderdeel '{key}'",
                       "controleer de spelling; toegestaan zijn: " + ", ".join(sorted(known)))
    tables = {name: make_table(name, rows[name]) for name in _COLUMNS}
    return Profile(meta=dict(meta), source=str(source), **tables)


def _read_kerntaken(check, data, rows):
    kerntaken = check.get(data, "kerntaken", "", list)
    kerntaak_ids = []
    for index, kerntaak in enumerate(kerntaken):
        place = f"kerntaken[{index}]"
        check.check_type(kerntaak, dict, place)
        kerntaak_id = check.get(kerntaak, "id", place, str).strip()
        if not re.fullmatch(r"\d+", kerntaak_id):
            check.fail(f"{place}.id", f"kerntaak-id '{kerntaak_id}' is geen nummer", 'schrijf het id als "1", "2", ...')
        if kerntaak_id in kerntaak_ids:
            check.fail(f"{place}.id", f"kerntaak {kerntaak_id} komt twee keer voor", "geef elke kerntaak een eigen nummer")
        kerntaak_ids.append(kerntaak_id)
        toelichting = check.get(kerntaak, "toelichting", place, str, required=False)
        rows["kerntaken"].append({
            "kerntaak_id": kerntaak_id,
            "titel": check.get(kerntaak, "titel", place, str).strip(),
            "toelichting": (toelichting or "").strip(),
        })
    seen = {}
    for index, kerntaak in enumerate(kerntaken):
        werkprocessen = check.get(kerntaak, "werkprocessen", f"kerntaken[{index}]", list)
        for number, werkproces in enumerate(werkprocessen):
            place = f"kerntaken[{index}].werkprocessen[{number}]"
            check.check_type(werkproces, dict, place)
            werkproces_id = check.get(werkproces, "id", place, str).strip()
            _check_werkproces_id(check, werkproces_id, place, kerntaak_ids, kerntaak_ids[index], seen)
            seen[werkproces_id] = place
            rows["werkprocessen"].append({
                "werkproces_id": werkproces_id,
                "kerntaak_id": kerntaak_ids[index],
                "titel": check.get(werkproces, "titel", place, str).strip(),
                "beschrijving": check.get(werkproces, "beschrijving", place, str).strip(),
            })
            for key in _WERKPROCES_LISTS:
                items = check.text_list(werkproces, key, place)
                if key == "competenties":
                    items = _canonical_competencies(check, items, f"{place}.competenties", werkproces_id)
                column = "competentie" if key == "competenties" else "item"
                rows[key].extend({"werkproces_id": werkproces_id, column: item} for item in items)
            for key in werkproces:
                if key not in {"id", "titel", "beschrijving", *_WERKPROCES_LISTS}:
                    check.fail(f"{place}.{key}", f"onbekend veld '{key}' in werkproces {werkproces_id}",
                               "toegestaan zijn: id, titel, beschrijving, " + ", ".join(_WERKPROCES_LISTS))


def _check_werkproces_id(check, werkproces_id, place, kerntaak_ids, parent_id, seen):
    match = re.fullmatch(r"(\d+)\.(\d+)", werkproces_id)
    if not match:
        check.fail(f"{place}.id", f"werkproces-id '{werkproces_id}' heeft niet de vorm kerntaak.nummer",
                   'schrijf het id als "1.1", "1.2", ... tussen aanhalingstekens')
    if werkproces_id in seen:
        check.fail(f"{place}.id", f"werkproces {werkproces_id} komt twee keer voor (ook in {seen[werkproces_id]})",
                   "geef elk werkproces een eigen nummer")
    if match.group(1) not in kerntaak_ids:
        check.fail(f"{place}.id", f"werkproces {werkproces_id} hoort bij kerntaak {match.group(1)}, die niet bestaat",
                   f"nummer het werkproces binnen zijn kerntaak ({parent_id}.x) of voeg kerntaak {match.group(1)} toe")
    if match.group(1) != parent_id:
        check.fail(f"{place}.id", f"werkproces {werkproces_id} staat onder kerntaak {parent_id}",
                   f"verplaats het naar kerntaak {match.group(1)} of nummer het als {parent_id}.x")


def _canonical_competencies(check, names, place, werkproces_id):
    canonical = []
    for index, name in enumerate(names):
        match = canonical_competency(name)
        if match is None:
            suggestion, _ = closest_competency(name)
            check.fail(f"{place}[{index}]",
                       f"'{name}' (werkproces {werkproces_id}) is geen van de 25 SBB-competenties",
                       f"bedoelt u '{suggestion}'? De namen staan in data/reference/competentiemodel.yaml")
        if match in canonical:
            check.fail(f"{place}[{index}]", f"competentie '{match}' staat twee keer bij werkproces {werkproces_id}",
                       "haal de dubbele regel weg")
        canonical.append(match)
    return canonical


def _read_loopbaan(check, data, rows):
    columns = check.get(data, "loopbaan", "", list, required=False) or []
    for index, column in enumerate(columns):
        place = f"loopbaan[{index}]"
        check.check_type(column, dict, place)
        kolom = check.get(column, "kolom", place, str).strip()
        for position, function in enumerate(check.get(column, "functies", place, list), start=1):
            spot = f"{place}.functies[{position - 1}]"
            check.check_type(function, dict, spot)
            rows["loopbaan"].append({
                "kolom": kolom, "positie": position,
                "functie": check.get(function, "functie", spot, str).strip(),
                "niveau": check.get(function, "niveau", spot, str).strip(),
            })


def _read_vergelijking(check, data, rows):
    comparison = check.get(data, "vergelijking", "", dict, required=False)
    if comparison is None:
        return
    beroepen = check.text_list(comparison, "beroepen", "vergelijking")
    for index, aspect in enumerate(check.get(comparison, "aspecten", "vergelijking", list)):
        place = f"vergelijking.aspecten[{index}]"
        check.check_type(aspect, dict, place)
        name = check.get(aspect, "aspect", place, str).strip()
        kenmerken = check.text_list(aspect, "kenmerken", place)
        if len(kenmerken) != len(beroepen):
            check.fail(f"{place}.kenmerken", f"{len(kenmerken)} kenmerken voor {len(beroepen)} beroepen",
                       "geef per beroep uit 'beroepen' precies één kenmerk, in dezelfde volgorde")
        rows["vergelijking"].extend(
            {"aspect": name, "beroep": beroep, "kenmerk": kenmerk} for beroep, kenmerk in zip(beroepen, kenmerken))


def _read_arbeidsmarkt(check, data, rows):
    figures = check.get(data, "arbeidsmarkt", "", list, required=False) or []
    for index, figure in enumerate(figures):
        place = f"arbeidsmarkt[{index}]"
        check.check_type(figure, dict, place)
        row = {key: check.get(figure, key, place, str).strip() for key in _ARBEIDSMARKT_TEXT}
        row["waarde"] = float(check.get(figure, "waarde", place, float))
        row["controleren"] = (check.get(figure, "controleren", place, str, required=False) or "").strip()
        if row["soort"] not in _SOORTEN:
            check.fail(f"{place}.soort", f"soort '{row['soort']}' is onbekend", "gebruik 'waargenomen' of 'prognose'")
        rows["arbeidsmarkt"].append(row)


def profile_to_dict(profile):
    """Return a profile as the mapping of the YAML format (the inverse of ``profile_from_dict``).

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
            {"kolom": kolom, "functies": [{"functie": f, "niveau": n} for f, n in zip(group["functie"], group["niveau"])]}
            for kolom, group in profile.loopbaan.sort_values("positie", kind="stable").groupby("kolom", sort=False)
        ]
    if len(profile.vergelijking):
        table = profile.vergelijking
        data["vergelijking"] = {
            "beroepen": list(dict.fromkeys(table["beroep"])),
            "aspecten": [{"aspect": aspect, "kenmerken": group["kenmerk"].tolist()}
                         for aspect, group in table.groupby("aspect", sort=False)],
        }
    if len(profile.arbeidsmarkt):
        data["arbeidsmarkt"] = [
            {key: (_plain_number(row[key]) if key == "waarde" else row[key]) for key in _COLUMNS["arbeidsmarkt"]
             if key != "controleren" or row[key]}
            for row in profile.arbeidsmarkt.to_dict("records")
        ]
    data["kerntaken"] = []
    for kerntaak in profile.kerntaken.to_dict("records"):
        entry = {"id": kerntaak["kerntaak_id"], "titel": kerntaak["titel"]}
        if kerntaak["toelichting"]:
            entry["toelichting"] = kerntaak["toelichting"]
        entry["werkprocessen"] = []
        members = profile.werkprocessen[profile.werkprocessen["kerntaak_id"] == kerntaak["kerntaak_id"]]
        for werkproces in members.to_dict("records"):
            item = {key: werkproces[key] for key in ("titel", "beschrijving")}
            item = {"id": werkproces["werkproces_id"], **item}
            for key in _WERKPROCES_LISTS:
                table = getattr(profile, key)
                column = "competentie" if key == "competenties" else "item"
                item[key] = table.loc[table["werkproces_id"] == werkproces["werkproces_id"], column].tolist()
            entry["werkprocessen"].append(item)
        data["kerntaken"].append(entry)
    return data


def _plain_number(value):
    return int(value) if float(value).is_integer() else float(value)


class _Dumper(yaml.SafeDumper):
    """YAML writer that keeps multi-line text readable as block scalars."""


def _represent_text(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def write_profile(profile, path):
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
