"""A YAML document with the place of every value, and the checker that collects every problem of it with its line.

The reader of the profile format (:mod:`bcp_analysis.readers.yaml_profile`) reads its
sections through a :class:`Checker`, which names each problem by the line it stands on.
"""

import contextlib
import datetime
import difflib
import math
import typing

import yaml

from bcp_analysis.errors import Problem, ProfileError
from bcp_analysis.files import read_text_file
from bcp_analysis.model.profile import SOURCE_COLUMNS
from bcp_analysis.readers.places import profile_path_name

__all__: list[str] = []  # nothing of it is used outside its layer

PROVENANCE = tuple(SOURCE_COLUMNS)  # regel, pagina
# The keys of a list item written as a mapping: its text and where in the source it stands.
ITEM_KEYS = ("tekst", *PROVENANCE)


class Mark(typing.NamedTuple):
    """Where a value stands in the file: its line and column (1-based) and, for a scalar, its text."""

    line: int
    column: int
    text: str | None
    plain: bool  # written without quotes, so YAML may have read it as a number, date or ja/nee


class Marks(typing.NamedTuple):
    """The places of a loaded YAML document: path (tuple of keys and indexes) -> Mark."""

    at: dict
    duplicates: list  # (path of the repeated key, line of its first use)


def load(path):
    """Read a YAML file into its mapping and the places of its values: (dict, Marks).

    Raises
    ------
    ProfileError
        File missing, empty, not UTF-8, not valid YAML, or not a mapping.
    """
    text = read_text_file(path, empty_fix="kies het juiste bestand of vul het volgens data/README.md")
    loader = None
    try:
        loader = yaml.SafeLoader(text)
        node = loader.get_single_node()
        marks = Marks({}, [])
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
    marks.at[path] = Mark(mark.line + 1, mark.column + 1, node.value if scalar else None,
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


class Stop(Exception):
    """Raised to give up on one branch of the profile after its problem was recorded."""


def path_text(path):
    """A path of keys and indexes as text: ``kerntaken[0].werkprocessen[2]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _type_name(value):
    if isinstance(value, datetime.date):
        return "datum"
    return {bool: "ja/nee", int: "getal", float: "getal", str: "tekst", list: "lijst", dict: "mapping"}.get(
        type(value), type(value).__name__)


class Checker:
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
        where = path_text(path)
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
            if isinstance(node, dict) and is_count(node.get("regel")):
                if is_count(node.get("pagina")):
                    return f"pagina {node['pagina']}, regel {node['regel']}"
                return f"regel {node['regel']}"
        return ""

    def where(self, path):
        """A short name of the place of ``path``: its line, or its path when there are no lines."""
        mark = self.mark(path)
        return f"regel {mark.line}" if mark is not None else path_text(path)

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
        raise Stop

    @contextlib.contextmanager
    def branch(self):
        """Check one independent part: a problem that stops it leaves the others to be checked."""
        try:
            yield
        except Stop:
            pass

    def get(self, mapping, key, path, kind, required=True, empty=False):
        """The value of ``key`` checked to be ``kind``; None when absent and optional.

        Raises Stop when a required value is missing or a value has the wrong type.
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
        for key in PROVENANCE:
            value = mapping.get(key)
            if value is not None and not is_count(value):
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
            self.unknown_keys(item, path, ITEM_KEYS, "een item")
            provenance = self.provenance(item, path)
            return self.get(item, "tekst", path, str).strip(), provenance
        return self.check_type(item, str, path).strip(), dict.fromkeys(PROVENANCE)


def is_count(value):
    """Whether a value is a whole number of 1 or more (a line or page number)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1
