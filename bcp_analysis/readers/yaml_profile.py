"""The YAML profile format of data/README.md: read and validate it into a Profile.

The document and its checker are in :mod:`bcp_analysis.readers.yaml_document`, writing a
Profile as this format in :mod:`bcp_analysis.readers.yaml_write` (its names are offered
here too, beside reading).
"""

from __future__ import annotations

import datetime
import difflib
import re
from typing import TYPE_CHECKING, Any

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import canonical_competency, closest_competency
from bcp_analysis.model.profile import FORMAT_VERSION, TABLES, WERKPROCES_LISTS, Profile, make_table
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.protocol import PathLike, Reader
from bcp_analysis.readers.yaml_document import PROVENANCE, Checker, load
from bcp_analysis.readers.yaml_write import profile_to_dict, write_profile

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.readers.audit_source import AuditSource

__all__ = ["READER", "profile_from_dict", "profile_to_dict", "write_profile"]

SUFFIXES = (".yaml", ".yml")
LABEL = "een profiel als .yaml"

_ARBEIDSMARKT_TEXT = ("indicator", "scope", "periode", "eenheid", "soort", "bron")
_SOORTEN = ("waargenomen", "prognose")
# The lists a kwalificatiedossier may leave out or leave empty (it has no kennis per werkproces).
_KD_OPTIONAL_LISTS = ("resultaten", "kennis", "vaardigheden")

# The keys each mapping of the format may have.
_TOP_KEYS = ("formaat", "meta", "functiebenamingen", "beroepshouding", "beschrijving", "loopbaan", "vergelijking",
             "trends", "arbeidsmarkt", "kerntaken")
_KERNTAAK_KEYS = ("id", "titel", "toelichting", "werkprocessen", "vakkennis", *PROVENANCE)
_WERKPROCES_KEYS = ("id", "titel", "beschrijving", *WERKPROCES_LISTS, "gedrag", *PROVENANCE)

_ARBEIDSMARKT_KEYS = (*_ARBEIDSMARKT_TEXT[:3], "waarde", *_ARBEIDSMARKT_TEXT[3:], "controleren", *PROVENANCE)
_LOOPBAAN_KEYS = ("kolom", "functies")
_FUNCTIE_KEYS = ("functie", "niveau", *PROVENANCE)
_VERGELIJKING_KEYS = ("beroepen", "aspecten")
_ASPECT_KEYS = ("aspect", "kenmerken", *PROVENANCE)

# Ids: a BCP numbers its kerntaken "1" and werkprocessen "1.1"; a kwalificatiedossier codes
# them "B1-K1" / "P2-K1" and "B1-K1-W1" (a werkproces code starts with its kerntaak's).
_KERNTAAK_ID = {"bcp": re.compile(r"\d+"), "kd": re.compile(r"[BP]\d+-K\d+")}
_WERKPROCES_ID = {"bcp": re.compile(r"(\d+)\.\d+"), "kd": re.compile(r"([BP]\d+-K\d+)-W\d+")}
_KIND_NAME = {"bcp": "een BCP-nummer", "kd": "een KD-code"}

_MONTHS = {name: number for number, name in enumerate(
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"), start=1)}


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
    return load(path)[0]

def profile_from_dict(data, source="<profiel>", marks=None):
    """Validate a profile mapping (the YAML format of ``data/README.md``) into a Profile.

    Every problem of the mapping is collected before anything is raised: a missing section
    or field, a wrong type, an empty list, an unknown key, a badly written date, a duplicate
    or misplaced kerntaak or werkproces id, an unknown competency. A part too broken to
    read further (a werkproces that is not a mapping) is skipped after its problem is
    recorded, and the other parts are still checked.

    Parameters
    ----------
    data : dict
        The parsed profile.
    source : str or os.PathLike
        The file it came from, named in error messages.
    marks : optional
        The places of the values in the file, as ``read`` keeps them; the problems then name
        their line. Without them a problem names its place (``werkproces 1.3``, ``meta.titel``)
        and the ``regel`` of the row it is in when the mapping carries provenance.

    Returns
    -------
    Profile

    Raises
    ------
    ProfileError
        With every problem found (``.problems``), in the order of the file.
    """
    check = Checker(data, marks)
    rows = {name: [] for name in TABLES}
    meta = {}
    if not isinstance(data, dict):
        check.report((), "verwacht een mapping met onderdelen (meta, kerntaken, ...)",
                     "zie het voorbeeld in data/README.md")
    else:
        for path, first_line in (marks.duplicates if marks is not None else []):
            check.report(path, f"'{path[-1]}' staat twee keer in dezelfde mapping (eerst op regel {first_line}); "
                               "YAML houdt alleen de laatste", "voeg de twee samen of haal er één weg")
        with check.branch():
            version = check.get(data, "formaat", (), float)
            if version != FORMAT_VERSION:
                check.report(("formaat",), f"onbekende formaatversie {version}", f"gebruik 'formaat: {FORMAT_VERSION}'")
        with check.branch():
            meta = _read_meta(check, data)
        _read_kerntaken(check, data, rows)
        for key, table, column in (("functiebenamingen", "functiebenamingen", "functiebenaming"),
                                   ("beroepshouding", "beroepshouding", "item")):
            with check.branch():
                for index, item in enumerate(check.get(data, key, (), list, required=False) or []):
                    with check.branch():
                        rows[table].append({column: check.check_type(item, str, (key, index)).strip()})
        for section in ("beschrijving", "trends"):
            with check.branch():
                texts = check.get(data, section, (), dict, required=False) or {}
                for key, text in texts.items():
                    with check.branch():
                        rows[section].append({"onderdeel": str(key),
                                              "tekst": check.check_type(text, str, (section, key)).strip()})
        for reader in (_read_loopbaan, _read_vergelijking, _read_arbeidsmarkt):
            with check.branch():
                reader(check, data, rows)
        for key in data:
            if key not in _TOP_KEYS:
                check.report((key,), f"onbekend onderdeel '{key}'", _unknown_section_fix(key))
    if check.problems:
        raise ProfileError.from_problems(source, check.found())
    tables = {name: make_table(name, rows[name]) for name in TABLES}
    return Profile(meta=meta, source=str(source), **tables)


def _unknown_section_fix(key):
    if key in (*WERKPROCES_LISTS, "gedrag", "werkprocessen", "vakkennis"):
        owner = "een kerntaak" if key in ("werkprocessen", "vakkennis") else "een werkproces"
        return f"'{key}' hoort bij {owner}: zet het ingesprongen onder dat {owner.split()[1]} (zie data/README.md)"
    close = difflib.get_close_matches(str(key), _TOP_KEYS, n=1)
    allowed = "toegestaan zijn: " + ", ".join(_TOP_KEYS)
    return f"bedoelt u '{close[0]}'? ({allowed})" if close else f"controleer de spelling; {allowed}"


def _read_meta(check, data):
    meta = check.get(data, "meta", (), dict)
    with check.branch():
        check.get(meta, "titel", ("meta",), str)
    found = {}
    for key, value in meta.items():
        path = ("meta", key)
        with check.branch():
            if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                found[key] = value.isoformat()
                continue
            if isinstance(value, datetime.datetime):
                check.fail(path, f"'{key}' is een datum met tijd", f"schrijf de datum als {value.date().isoformat()}")
            found[key] = check.check_type(value, str, path)
            if str(key).endswith("_op"):
                _check_date(check, found[key], path)
    return found


def _check_date(check, text, path):
    """Refuse a date that is not written as an ISO date (JJJJ-MM-DD), with the date it most likely means."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) and _date(*map(int, text.split("-"))):
        return
    guess = None
    numbers = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})", text)
    iso_like = re.fullmatch(r"(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})", text)
    words = re.fullmatch(r"(\d{1,2})\s+([a-z]+)\s+(\d{4})", text.lower())
    if numbers:
        guess = _date(int(numbers.group(3)), int(numbers.group(2)), int(numbers.group(1)))
    elif iso_like:
        guess = _date(*map(int, iso_like.groups()))
    elif words and words.group(2) in _MONTHS:
        guess = _date(int(words.group(3)), _MONTHS[words.group(2)], int(words.group(1)))
    fix = (f"schrijf de datum als {guess.isoformat()}" if guess else
           "schrijf de datum als jaar-maand-dag met streepjes (JJJJ-MM-DD), bijvoorbeeld 2010-09-30")
    check.fail(path, f"'{text}' is geen geldige datum in de vorm JJJJ-MM-DD", fix)


def _date(year, month, day):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _read_kerntaken(check, data, rows):
    with check.branch():
        kerntaken = check.get(data, "kerntaken", (), list)
        kinds = []  # the kind of id ("bcp"/"kd") of each kerntaak, None when its id is wrong
        ids = []
        for index, kerntaak in enumerate(kerntaken):
            kerntaak_id, kind = None, None
            with check.branch():
                kerntaak_id, kind = _read_kerntaak(check, kerntaak, ("kerntaken", index), ids, kinds, rows)
            ids.append(kerntaak_id)
            kinds.append(kind)
        kind = next((kind for kind in kinds if kind), "bcp")
        seen = {}
        for index, kerntaak in enumerate(kerntaken):
            if not isinstance(kerntaak, dict):
                continue
            path = ("kerntaken", index)
            with check.branch():
                werkprocessen = check.get(kerntaak, "werkprocessen", path, list)
                for number, werkproces in enumerate(werkprocessen):
                    with check.branch():
                        _read_werkproces(check, werkproces, path + ("werkprocessen", number), ids, ids[index],
                                         kind, seen, rows)


def _read_kerntaak(check, kerntaak, path, ids, kinds, rows):
    check.check_type(kerntaak, dict, path)
    check.unknown_keys(kerntaak, path, _KERNTAAK_KEYS, "een kerntaak")
    kerntaak_id = check.text(kerntaak, "id", path)
    kind = next((kind for kind, pattern in _KERNTAAK_ID.items() if pattern.fullmatch(kerntaak_id)), None)
    id_path = path + ("id",)
    first = next((known for known in kinds if known), None)
    if kerntaak_id and kind is None:
        check.report(id_path, f"kerntaak-id '{kerntaak_id}' is geen nummer en geen KD-code",
                     'schrijf het id als "1", "2", ... (BCP) of als "B1-K1", "P1-K1", ... (kwalificatiedossier)')
    elif kind and first and kind != first:
        check.report(id_path, f"kerntaak-id '{kerntaak_id}' is {_KIND_NAME[kind]}, de kerntaken ervoor hebben "
                              f"{_KIND_NAME[first]}", "geef alle kerntaken dezelfde soort id")
        kind = None
    elif kind and kerntaak_id in ids:
        check.report(id_path, f"kerntaak {kerntaak_id} komt twee keer voor", "geef elke kerntaak een eigen id")
        kind = None
    provenance = check.provenance(kerntaak, path)
    rows["kerntaken"].append({
        "kerntaak_id": kerntaak_id, "titel": check.text(kerntaak, "titel", path),
        "toelichting": check.text(kerntaak, "toelichting", path, required=False), **provenance,
    })
    for text, where in check.items(kerntaak, "vakkennis", path, required=False, empty=True):
        rows["vakkennis"].append({"kerntaak_id": kerntaak_id, "item": text, **where})
    return (kerntaak_id if kind else None), kind


def _read_werkproces(check, werkproces, path, kerntaak_ids, parent_id, kind, seen, rows):
    check.check_type(werkproces, dict, path)
    werkproces_id = check.text(werkproces, "id", path)
    check.unknown_keys(werkproces, path, _WERKPROCES_KEYS, "een werkproces")
    if werkproces_id:
        _check_werkproces_id(check, werkproces_id, path + ("id",), kerntaak_ids, parent_id, kind, seen)
    rows["werkprocessen"].append({
        "werkproces_id": werkproces_id, "kerntaak_id": parent_id or "",
        "titel": check.text(werkproces, "titel", path),
        "beschrijving": check.text(werkproces, "beschrijving", path), **check.provenance(werkproces, path),
    })
    for key in (*WERKPROCES_LISTS, "gedrag"):
        optional = key == "gedrag" or (kind == "kd" and key in _KD_OPTIONAL_LISTS)
        items = check.items(werkproces, key, path, required=not optional, empty=optional)
        if key == "competenties":
            items = _canonical_competencies(check, items, path + (key,))
        column = "competentie" if key == "competenties" else "item"
        rows[key].extend({"werkproces_id": werkproces_id, column: text, **where} for text, where in items)


def _check_werkproces_id(check, werkproces_id, path, kerntaak_ids, parent_id, kind, seen):
    match = _WERKPROCES_ID[kind].fullmatch(werkproces_id)
    if not match:
        if kind == "kd":
            example = f'"{parent_id}-W1", "{parent_id}-W2", ...' if parent_id else '"B1-K1-W1", "B1-K1-W2", ...'
            check.report(path, f"werkproces-id '{werkproces_id}' heeft niet de vorm kerntaakcode-W-nummer",
                         f"schrijf het id als {example}")
        else:
            example = f'"{parent_id}.1", "{parent_id}.2", ...' if parent_id else '"1.1", "1.2", ...'
            check.report(path, f"werkproces-id '{werkproces_id}' heeft niet de vorm kerntaak.nummer",
                         f"schrijf het id als {example} tussen aanhalingstekens")
        return
    owner = match.group(1)
    separator = "-W" if kind == "kd" else "."
    if werkproces_id in seen:
        check.report(path, f"werkproces {werkproces_id} komt twee keer voor (ook in {seen[werkproces_id]})",
                     "geef elk werkproces een eigen id")
        return
    seen[werkproces_id] = check.where(path[:-1])
    if parent_id is None:
        return  # the kerntaak's own id is wrong, and reported
    if owner not in kerntaak_ids:
        check.report(path, f"werkproces {werkproces_id} hoort bij kerntaak {owner}, die niet bestaat",
                     f"nummer het werkproces binnen zijn kerntaak ({parent_id}{separator}x) of voeg kerntaak "
                     f"{owner} toe")
    elif owner != parent_id:
        check.report(path, f"werkproces {werkproces_id} staat onder kerntaak {parent_id}",
                     f"verplaats het naar kerntaak {owner} of nummer het als {parent_id}{separator}x")


def _canonical_competencies(check, items, path):
    canonical = []
    for index, (name, where) in enumerate(items):
        match = canonical_competency(name)
        if match is None:
            suggestion, _ = closest_competency(name)
            check.report(path + (index,),
                         f"'{name}' is geen van de 25 SBB-competenties",
                         f"bedoelt u '{suggestion}'? De namen staan in data/reference/competentiemodel.yaml")
        elif match in (known for known, _ in canonical):
            check.report(path + (index,), f"competentie '{match}' staat twee keer bij dit werkproces",
                         "haal de dubbele regel weg")
        else:
            canonical.append((match, where))
    return canonical


def _read_loopbaan(check, data, rows):
    columns = check.get(data, "loopbaan", (), list, required=False) or []
    for index, column in enumerate(columns):
        path = ("loopbaan", index)
        with check.branch():
            check.check_type(column, dict, path)
            check.unknown_keys(column, path, _LOOPBAAN_KEYS, "een loopbaankolom")
            kolom = check.text(column, "kolom", path)
            for position, function in enumerate(check.get(column, "functies", path, list), start=1):
                spot = path + ("functies", position - 1)
                with check.branch():
                    check.check_type(function, dict, spot)
                    check.unknown_keys(function, spot, _FUNCTIE_KEYS, "een functie van de loopbaan")
                    rows["loopbaan"].append({
                        "kolom": kolom, "positie": position,
                        "functie": check.text(function, "functie", spot),
                        "niveau": check.text(function, "niveau", spot), **check.provenance(function, spot),
                    })


def _read_vergelijking(check, data, rows):
    comparison = check.get(data, "vergelijking", (), dict, required=False)
    if comparison is None:
        return
    path = ("vergelijking",)
    check.unknown_keys(comparison, path, _VERGELIJKING_KEYS, "de vergelijking")
    beroepen = _plain_texts(check, comparison, "beroepen", path)
    for index, aspect in enumerate(check.get(comparison, "aspecten", path, list)):
        spot = path + ("aspecten", index)
        with check.branch():
            check.check_type(aspect, dict, spot)
            check.unknown_keys(aspect, spot, _ASPECT_KEYS, "een aspect van de vergelijking")
            name = check.text(aspect, "aspect", spot)
            provenance = check.provenance(aspect, spot)
            kenmerken = _plain_texts(check, aspect, "kenmerken", spot)
            if beroepen is not None and kenmerken is not None and len(kenmerken) != len(beroepen):
                check.fail(spot + ("kenmerken",), f"{len(kenmerken)} kenmerken voor {len(beroepen)} beroepen",
                           "geef per beroep uit 'beroepen' precies één kenmerk, in dezelfde volgorde")
            rows["vergelijking"].extend({"aspect": name, "beroep": beroep, "kenmerk": kenmerk, **provenance}
                                        for beroep, kenmerk in zip(beroepen or (), kenmerken or ()))


def _plain_texts(check, mapping, key, path):
    """A required list of plain texts, or None (after recording the problems) when it is not one."""
    problems = len(check.problems)
    with check.branch():
        items = check.get(mapping, key, path, list)
        texts = []
        for index, item in enumerate(items):
            with check.branch():
                texts.append(check.check_type(item, str, path + (key, index)).strip())
        return texts if len(check.problems) == problems else None
    return None


# Labels of a labour-market figure that may stay empty in a row whose ``controleren`` says why.
_MAY_STAY_EMPTY = ("indicator", "scope", "periode")


def _read_arbeidsmarkt(check, data, rows):
    figures = check.get(data, "arbeidsmarkt", (), list, required=False) or []
    for index, figure in enumerate(figures):
        path = ("arbeidsmarkt", index)
        with check.branch():
            check.check_type(figure, dict, path)
            check.unknown_keys(figure, path, _ARBEIDSMARKT_KEYS, "een cijfer van de arbeidsmarkt")
            row = {"controleren": check.text(figure, "controleren", path, required=False)}
            # A label the reader of a text could not decide may stay empty when the row says
            # what to check; the figure itself is never empty.
            for key in _ARBEIDSMARKT_TEXT:
                if key in _MAY_STAY_EMPTY and row["controleren"] and figure.get(key) == "":
                    row[key] = ""
                else:
                    row[key] = check.text(figure, key, path)
            with check.branch():
                row["waarde"] = float(check.get(figure, "waarde", path, float))
            row.update(check.provenance(figure, path))
            if row["soort"] and row["soort"] not in _SOORTEN:
                check.report(path + ("soort",), f"soort '{row['soort']}' is onbekend",
                             "gebruik 'waargenomen' of 'prognose'")
            rows["arbeidsmarkt"].append(row)


class _YamlReader(Reader):
    """A reviewed profile in the YAML format: read whole, every problem listed with its line."""

    SUFFIXES = SUFFIXES
    LABEL = LABEL

    def read(self, path: PathLike, **options: Any) -> Profile:
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
            When the file cannot be read as a profile; it lists every problem found, each
            with its line in the file.

        Examples
        --------
        >>> from bcp_analysis.paths import BUNDLED_PROFILE
        >>> READER.read(BUNDLED_PROFILE).werkprocessen["werkproces_id"].iloc[0]
        '1.1'
        """
        refuse_options(path, options, LABEL)
        data, marks = load(path)
        return profile_from_dict(data, path, marks=marks)

    def audit_source(self, path: PathLike) -> AuditSource:
        """The file as the audit reads it, by a YAML parser (:mod:`bcp_analysis.readers.yaml_source`)."""
        from bcp_analysis.readers.yaml_source import yaml_source

        return yaml_source(path)


READER = _YamlReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.READERS`."""
