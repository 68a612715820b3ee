"""A YAML profile as the audit reads it: its texts with their lines, read by a YAML parser.

The file is composed into YAML nodes (PyYAML's ``compose``; nothing is constructed), whose
marks give every value's line. The text units are the document's values (keys, comments, the
provenance keys ``regel`` and ``pagina`` and the ``arbeidsmarkt`` records left out: those are
the table itself, not text of the document); the competency lists are the ``competenties`` of
each werkproces, each item with its line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from bcp_analysis.errors import ProfileError
from bcp_analysis.files import read_text_file
from bcp_analysis.readers.audit_source import AuditSource, CompetencyList, Mention, SourceLine

if TYPE_CHECKING:  # names of the annotations only
    import os

__all__: list[str] = []  # nothing of it is used outside its layer

# The keys whose values are no text of the document: where a row stands in its source.
_PROVENANCE = frozenset({"regel", "pagina"})
# "werkproces 1.2" in a text names a werkproces.
_ID_NAMED = re.compile(r"\bwerkproces(?:sen)?\s*:?\s*(\d+)\.(\d+)\b", re.IGNORECASE)


def yaml_source(path: str | os.PathLike) -> AuditSource:
    """A YAML profile as the audit reads it.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    AuditSource
        ``lines``: every value, a line of a block text on its own line; ``mentions``: "werkproces
        N.M" in those texts; ``competency_lists``: the ``competenties`` of every werkproces.
        ``reviewed`` (a file reviewed by hand), and its rows name lines of the original document,
        not of this file (``rows_at`` None).

    Raises
    ------
    ProfileError
        For a file that is no YAML.

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_PROFILE
    >>> source = yaml_source(BUNDLED_PROFILE)
    >>> first = source.competency_lists[0]
    >>> first.werkproces_id, first.items[0].text
    ('1.1', 'Samenwerken en overleggen')
    """
    text = read_text_file(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise ProfileError(path, "bestand", f"geen geldige YAML voor de controle ({exc})",
                           "controleer het bestand met bcp-analysis validate") from None
    lines, lists = [], []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value != "arbeidsmarkt":
                lines.extend(_texts(value))
        lists = _competency_lists(root)
    mentions = tuple(Mention(f"{match.group(1)}.{match.group(2)}", line)
                     for line in lines for match in _ID_NAMED.finditer(line.text))
    return AuditSource(str(path), tuple(lines), rows_at=None, reviewed=True, mentions=mentions,
                       competency_lists=tuple(lists))


def _texts(node):
    """Every value under a node, in the order of the file, as SourceLines."""
    if isinstance(node, yaml.ScalarNode):
        return _scalar_lines(node)
    if isinstance(node, yaml.SequenceNode):
        return [line for item in node.value for line in _texts(item)]
    if isinstance(node, yaml.MappingNode):
        return [line for key, value in node.value if key.value not in _PROVENANCE for line in _texts(value)]
    return []


def _scalar_lines(node):
    """A value's text: a literal block (``|``) line by line with its own line, any other at its first line."""
    if not node.value.strip():
        return []
    first = node.start_mark.line + 1
    if node.style == "|":
        return [SourceLine(first + offset, part) for offset, part in enumerate(node.value.splitlines(), start=1)]
    if node.style == ">":
        first += 1  # the text starts on the line after the indicator
    return [SourceLine(first, " ".join(node.value.split()))]


def _value(mapping, key):
    return next((value for name, value in mapping.value if name.value == key), None)


def _competency_lists(root):
    """The ``competenties`` of every werkproces: an item is a name, or a mapping with ``tekst``."""
    found = []
    kerntaken = _value(root, "kerntaken")
    for kerntaak in kerntaken.value if isinstance(kerntaken, yaml.SequenceNode) else ():
        werkprocessen = _value(kerntaak, "werkprocessen") if isinstance(kerntaak, yaml.MappingNode) else None
        for werkproces in werkprocessen.value if isinstance(werkprocessen, yaml.SequenceNode) else ():
            if not isinstance(werkproces, yaml.MappingNode):
                continue
            identifier, items = _value(werkproces, "id"), _value(werkproces, "competenties")
            if not isinstance(items, yaml.SequenceNode):
                continue
            named = [_value(item, "tekst") if isinstance(item, yaml.MappingNode) else item for item in items.value]
            found.append(CompetencyList(
                tuple(SourceLine(name.start_mark.line + 1, str(name.value)) for name in named
                      if isinstance(name, yaml.ScalarNode)),
                werkproces_id=str(identifier.value) if isinstance(identifier, yaml.ScalarNode) else None))
    return found
