"""The YAML profile format of data/README.md: read and validate it into a Profile, write a Profile as it."""

import contextlib
import datetime
import difflib
import math
import re
import typing

import pandas as pd
import yaml

from bcp_analysis.model.competencies import canonical_competency, closest_competency
from bcp_analysis.errors import Problem, ProfileError
from bcp_analysis.files import atomic_write_bytes, read_text_file
from bcp_analysis.model.profile import FORMAT_VERSION, SOURCE_COLUMNS, TABLES, WERKPROCES_LISTS, Profile, make_table
from bcp_analysis.readers.options import refuse_options
from bcp_analysis.readers.places import profile_path_name

__all__ = ["SUFFIXES", "LABEL", "read", "read_profile_file", "profile_from_dict", "profile_to_dict", "write_profile",
           "without_provenance"]

SUFFIXES = (".yaml", ".yml")
LABEL = "een profiel als .yaml"

_ARBEIDSMARKT_TEXT = ("indicator", "scope", "periode", "eenheid", "soort", "bron")
_SOORTEN = ("waargenomen", "prognose")
_PROVENANCE = tuple(SOURCE_COLUMNS)  # regel, pagina
_COLUMNS = {name: [column for column in columns if column not in SOURCE_COLUMNS] for name, columns in TABLES.items()}
# The lists a kwalificatiedossier may leave out or leave empty (it has no kennis per werkproces).
_KD_OPTIONAL_LISTS = ("resultaten", "kennis", "vaardigheden")

# The keys each mapping of the format may have.
_TOP_KEYS = ("formaat", "meta", "functiebenamingen", "beroepshouding", "beschrijving", "loopbaan", "vergelijking",
             "trends", "arbeidsmarkt", "kerntaken")
_KERNTAAK_KEYS = ("id", "titel", "toelichting", "werkprocessen", "vakkennis", *_PROVENANCE)
_WERKPROCES_KEYS = ("id", "titel", "beschrijving", *WERKPROCES_LISTS, "gedrag", *_PROVENANCE)
_ITEM_KEYS = ("tekst", *_PROVENANCE)
_ARBEIDSMARKT_KEYS = (*_ARBEIDSMARKT_TEXT[:3], "waarde", *_ARBEIDSMARKT_TEXT[3:], "controleren", *_PROVENANCE)
_LOOPBAAN_KEYS = ("kolom", "functies")
_FUNCTIE_KEYS = ("functie", "niveau", *_PROVENANCE)
_VERGELIJKING_KEYS = ("beroepen", "aspecten")
_ASPECT_KEYS = ("aspect", "kenmerken", *_PROVENANCE)

# Ids: a BCP numbers its kerntaken "1" and werkprocessen "1.1"; a kwalificatiedossier codes
# them "B1-K1" / "P2-K1" and "B1-K1-W1" (a werkproces code starts with its kerntaak's).
_KERNTAAK_ID = {"bcp": re.compile(r"\d+"), "kd": re.compile(r"[BP]\d+-K\d+")}
_WERKPROCES_ID = {"bcp": re.compile(r"(\d+)\.\d+"), "kd": re.compile(r"([BP]\d+-K\d+)-W\d+")}
_KIND_NAME = {"bcp": "een BCP-nummer", "kd": "een KD-code"}

_MONTHS = {name: number for number, name in enumerate(
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"), start=1)}


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
        When the file cannot be read as a profile; it lists every problem found, each
        with its line in the file.
    """
    refuse_options(path, options, LABEL)
    data, marks = _load(path)
    return profile_from_dict(data, path, marks=marks)


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
    return _load(path)[0]


class _Mark(typing.NamedTuple):
    """Where a value stands in the file: its line and column (1-based) and, for a scalar, its text."""

    line: int
    column: int
    text: typing.Optional[str]
    plain: bool  # written without quotes, so YAML may have read it as a number, date or ja/nee


class _Marks(typing.NamedTuple):
    """The places of a loaded YAML document: path (tuple of keys and indexes) -> _Mark."""

    at: dict
    duplicates: list  # (path of the repeated key, line of its first use)


def _load(path):
    text = read_text_file(path, empty_fix="kies het juiste bestand of vul het volgens data/README.md")
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        marks = _Marks({}, [])
        if node is not None:
            # Before construction, which merges `<<: *anker` keys into their mappings (where a
            # key may override a merged one without being a duplicate).
            _collect_marks(loader, node, (), None, marks, set())
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = f"regel {mark.line + 1}, kolom {mark.column + 1}" if mark else "bestand"
        raise ProfileError(
            path, place, f"geen geldige YAML ({exc.problem or exc.context})",
            "controleer inspringing, dubbele punten en aanhalingstekens rond die plek",
        ) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        raise ProfileError(path, f"regel {line}", f"teken {exc.character!r} mag niet in een YAML-bestand",
                           "haal het teken weg of sla het bestand opnieuw op als UTF-8-tekst") from None
    except yaml.YAMLError as exc:
        raise ProfileError(path, "bestand", f"geen geldige YAML ({exc})") from None
    except RecursionError:
        raise ProfileError(path, "bestand", "de YAML is te diep genest om te lezen",
                           "controleer haakjes en inspringing") from None
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        raise ProfileError(path, "bestand", "het bestand bevat geen gegevens",
                           "vul het bestand volgens data/README.md")
    if not isinstance(data, dict):
        raise ProfileError(path, "regel 1", "verwacht een mapping met onderdelen (meta, kerntaken, ...)",
                           "zie het voorbeeld in data/README.md")
    return data, marks


def _collect_marks(loader, node, path, key_mark, marks, seen):
    """Record the mark of ``node`` and everything under it; a node met twice (an alias) once."""
    mark = key_mark or node.start_mark
    scalar = isinstance(node, yaml.ScalarNode)
    marks.at[path] = _Mark(mark.line + 1, mark.column + 1, node.value if scalar else None,
                           scalar and node.style is None)
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first = {}
        for key_node, value_node in node.value:
            key = _key_of(loader, key_node)
            if key is None or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            if key in first:
                marks.duplicates.append((path + (key,), first[key]))
            first.setdefault(key, key_node.start_mark.line + 1)
            _collect_marks(loader, value_node, path + (key,), key_node.start_mark, marks, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_marks(loader, item, path + (index,), None, marks, seen)


def _key_of(loader, key_node):
    if not isinstance(key_node, yaml.ScalarNode):
        return None
    try:
        key = loader.construct_object(key_node, deep=True)
        hash(key)
    except (yaml.YAMLError, TypeError, ValueError):
        return None
    return key


class _Stop(Exception):
    """Raised to give up on one branch of the profile after its problem was recorded."""


def _path_text(path):
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _type_name(value):
    if isinstance(value, datetime.date):
        return "datum"
    return {bool: "ja/nee", int: "getal", float: "getal", str: "tekst", list: "lijst", dict: "mapping"}.get(
        type(value), type(value).__name__)


class _Checker:
    """Typed access to a profile mapping that records every problem with its place."""

    def __init__(self, data, marks):
        self.data = data
        self.marks = marks
        self.problems = []  # (line for sorting, path, problem, fix)
        self.wrong_ids = set()  # paths of the kerntaken and werkprocessen whose id is reported as wrong

    def mark(self, path):
        """The mark of ``path``, or of its nearest ancestor that has one."""
        if self.marks is None:
            return None
        for end in range(len(path), 0, -1):
            mark = self.marks.at.get(path[:end])
            if mark is not None:
                return mark
        return None

    def place(self, path):
        """The place of ``path`` in a message: "werkproces 3.5 (regel 664)", "regel 4 (meta.titel)", ...

        Inside a kerntaak the place is named in words (see :func:`profile_path_name`); elsewhere
        it is the line and the path. Without lines, the ``regel`` of the row it is in.
        """
        name = profile_path_name(self.data, path, self.wrong_ids)
        where = _path_text(path)
        mark = self.mark(path)
        if mark is not None:
            return f"{name} (regel {mark.line})" if name else f"regel {mark.line} ({where})"
        source = self._source_line(path)
        if source:
            return f"{name or where or 'bestand'} ({source} van de bron)"
        return name or where or "bestand"

    def _source_line(self, path):
        """The provenance of the nearest enclosing row of a mapping without marks ('regel 57')."""
        nodes, value = [], self.data
        for part in path:
            nodes.append(value)
            try:
                value = value[part]
            except (KeyError, IndexError, TypeError):
                value = None
                break
        nodes.append(value)
        for node in reversed(nodes):
            if isinstance(node, dict) and _is_count(node.get("regel")):
                if _is_count(node.get("pagina")):
                    return f"pagina {node['pagina']}, regel {node['regel']}"
                return f"regel {node['regel']}"
        return ""

    def where(self, path):
        """A short name of the place of ``path``: its line, or its path when there are no lines."""
        mark = self.mark(path)
        return f"regel {mark.line}" if mark is not None else _path_text(path)

    def report(self, path, problem, fix=None):
        mark = self.mark(path)
        if path and path[-1] == "id":
            self.wrong_ids.add(tuple(path[:-1]))
        self.problems.append((mark.line if mark else 0, path, problem, fix))

    def found(self):
        """Every problem recorded, in the order of the file; places are named once every id is checked."""
        ordered = sorted(self.problems, key=lambda entry: entry[0])
        return [Problem(self.place(path), problem, fix) for _, path, problem, fix in ordered]

    def fail(self, path, problem, fix=None):
        self.report(path, problem, fix)
        raise _Stop

    @contextlib.contextmanager
    def branch(self):
        """Check one independent part: a problem that stops it leaves the others to be checked."""
        try:
            yield
        except _Stop:
            pass

    def get(self, mapping, key, path, kind, required=True, empty=False):
        """The value of ``key`` checked to be ``kind``; None when absent and optional.

        Raises _Stop when a required value is missing or a value has the wrong type.
        """
        if key not in mapping or mapping[key] is None:
            if required:
                self.fail(path, f"verplicht onderdeel '{key}' ontbreekt", f"voeg '{key}:' toe (zie data/README.md)")
            return None
        return self.check_type(mapping[key], kind, path + (key,), empty)

    def text(self, mapping, key, path, required=True):
        """A text field, stripped; "" (after recording the problem) when it is missing or wrong."""
        with self.branch():
            return (self.get(mapping, key, path, str, required) or "").strip()
        return ""

    def check_type(self, value, kind, path, empty=False):
        names = {str: "tekst", list: "lijst", dict: "mapping", float: "getal"}
        if value is None:
            self.fail(path, f"verwacht {names[kind]}, maar de waarde is leeg", "vul de waarde in of haal de regel weg")
        if kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, kind)
        if not ok:
            self.fail(path, *self._wrong_type(value, kind, names[kind], path))
        if kind is str and not value.strip():
            self.fail(path, "de tekst is leeg", "vul de tekst in of laat het onderdeel weg")
        if kind is list and not value and not empty:
            self.fail(path, "de lijst is leeg; dit onderdeel heeft minstens één item nodig",
                      "vul de items in zoals het profiel ze noemt")
        if kind is float and not math.isfinite(value):
            self.fail(path, f"{value} is geen bruikbaar getal", "schrijf het getal uit, bijvoorbeeld 133400 of -0.3")
        return value

    def _wrong_type(self, value, kind, expected, path):
        mark = self.marks.at.get(path) if self.marks is not None else None
        written = mark.text if mark is not None and mark.plain else None
        found = f"gevonden {_type_name(value)}"
        if kind is str and isinstance(value, (int, float, bool, datetime.date)):
            if written is not None:
                read_as = "" if written == str(value) else f"; YAML leest het als {value}"
                return (f"verwacht tekst, {found} {written}{read_as}",
                        f'zet de waarde tussen aanhalingstekens, precies zoals bedoeld: "{written}"')
            if isinstance(value, int) and not isinstance(value, bool):
                return f"verwacht tekst, {found} {value}", f'zet de waarde tussen aanhalingstekens: "{value}"'
            return (f"verwacht tekst, {found} {value!r:.60}",
                    "zet de waarde tussen aanhalingstekens, precies zoals ze bedoeld is")
        if kind is list:
            return (f"verwacht lijst, {found} ({value!r:.60})",
                    "schrijf elk item op een eigen regel die begint met '- '")
        if kind is float and isinstance(value, str):
            return (f"verwacht getal, {found} ({value!r:.60})",
                    "schrijf het getal zonder aanhalingstekens en met een punt als decimaalteken (133400, -0.3)")
        fixes = {
            dict: "schrijf de onderdelen als 'naam: waarde', ingesprongen onder deze regel (zie data/README.md)",
            float: "schrijf een getal, bijvoorbeeld 133400 of -0.3",
            str: "schrijf één tekst; zet een tekst met een dubbele punt, of die met [ of { begint, "
                 "tussen aanhalingstekens",
        }
        return f"verwacht {expected}, {found} ({value!r:.60})", fixes.get(kind)

    def unknown_keys(self, mapping, path, allowed, what):
        for key in mapping:
            if key in allowed:
                continue
            fix = f"toegestaan zijn: {', '.join(allowed)}"
            close = difflib.get_close_matches(str(key), allowed, n=1)
            if close:
                fix = f"bedoelt u '{close[0]}'? ({fix})"
            self.report(path + (key,), f"onbekend veld '{key}' in {what}", fix)

    def provenance(self, mapping, path):
        """The row's ``regel`` and ``pagina`` (None where absent), each checked to be a count."""
        found = {}
        for key in _PROVENANCE:
            value = mapping.get(key)
            if value is not None and not _is_count(value):
                self.report(path + (key,), f"'{key}' moet een heel getal van 1 of meer zijn, gevonden {value!r:.40}",
                            f"schrijf het nummer van de {key} in de bron, of laat '{key}' weg")
                value = None
            found[key] = value
        return found

    def items(self, mapping, key, path, required=True, empty=False):
        """A list of texts (each a string or {tekst, regel, pagina}) as (text, provenance) pairs."""
        with self.branch():
            items = self.get(mapping, key, path, list, required, empty) or []
            found = []
            for index, item in enumerate(items):
                with self.branch():
                    found.append(self.item(item, path + (key, index)))
            return found
        return []

    def item(self, item, path):
        if isinstance(item, dict):
            self.unknown_keys(item, path, _ITEM_KEYS, "een item")
            provenance = self.provenance(item, path)
            return self.get(item, "tekst", path, str).strip(), provenance
        return self.check_type(item, str, path).strip(), dict.fromkeys(_PROVENANCE)


def _is_count(value):
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


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
    check = _Checker(data, marks)
    rows = {name: [] for name in TABLES}
    meta = {}
    if not isinstance(data, dict):
        check.report((), "verwacht een mapping met onderdelen (meta, kerntaken, ...)", "zie het voorbeeld in data/README.md")
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
    return {key: int(row[key]) for key in _PROVENANCE if key in row and not pd.isna(row[key])}


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
