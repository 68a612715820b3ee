"""SBB kwalificatiedossiers (KD) as SBB exports them in XML: one profiel as a Profile, all as a Dossier.

An export (root ``sbb``) holds the 25 SBB competencies and one ``dossier`` (a register of an
edition: every ``dossier``, read by :func:`read_register` one at a time as the file streams
by). A dossier has its list of kennis en vaardigheden, a basisdeel shared by every profiel (kerntaken ``B1-K1``,
werkprocessen ``B1-K1-W1``) and a profieldeel per profiel (``P2-K1-W3``). Parts of the
basisdeel can hold *aanvullend* for one profiel (extra text, competencies or kennis); a
profiel's Profile has the basisdeel with its own aanvullende parts and its profieldeel.

The file is parsed with :mod:`defusedxml` (no entity expansion, no external references; see
:mod:`bcp_analysis.readers.kd_xml`), and every row carries ``regel``: the line of its element
in the XML file.

This module is longer than 600 lines because the parts of an export refer to each other by
id (the basisdeel, the profieldelen and their aanvullende parts, the competencies, the kennis
en vaardigheden): they are read in one place, where every cross-reference is checked, and one
profiel's Profile and the Dossier of all profielen are built here. The reader of the
registry (:mod:`bcp_analysis.readers.kd`) and the register (:mod:`bcp_analysis.readers.kd_register`)
stand on this module.
"""

import dataclasses
import datetime
import functools
import html
import re
from pathlib import Path

import pandas as pd

from bcp_analysis.dutch import fold
from bcp_analysis.errors import ProfileError
from bcp_analysis.model.competencies import canonical_competency, closest_competency
from bcp_analysis.model.dossier import Dossier, needs_table
from bcp_analysis.model.profile import Profile, make_table
from bcp_analysis.readers.kd_xml import FIX_EXPORT as _FIX_EXPORT
from bcp_analysis.readers.kd_xml import Node as _Node
from bcp_analysis.readers.kd_xml import not_sbb as _not_sbb
from bcp_analysis.readers.kd_xml import parse as _parse
from bcp_analysis.readers.places import ordinal

__all__: list[str] = []  # nothing of it is used outside its layer

SUFFIXES = (".xml",)
LABEL = "een kwalificatiedossier als .xml (SBB-export)"


# --- text helpers ----------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[-\u2013\u2022\u00b7*]\s*)")
_TAG = re.compile(r"<[^>]*>")


def _clean(text):
    """One line or title as plain text: HTML entities and tags removed, white space folded."""
    if "&" in text or "<" in text:
        text = _TAG.sub(" ", html.unescape(_TAG.sub(" ", text)))
    return " ".join(text.split())


def _plain(text):
    """A prose text as plain text: HTML removed, one paragraph per line, no empty lines."""
    if "&" in text or "<" in text:
        text = html.unescape(text)
        text = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>|</div>", "\n", text, flags=re.IGNORECASE)
        text = _TAG.sub(" ", text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _lines(node):
    """The non-empty lines of a node's text as ``(regel, text)``, HTML removed."""
    if node is None:
        return []
    first = node.text_line or node.line
    result = []
    for offset, raw in enumerate(node.text.splitlines()):
        text = _clean(raw)
        if text:
            result.append((first + offset, text))
    return result


def _items(node):
    """A list text ("De beroepsbeoefenaar:" then "- " bullets) as ``(regel, item)`` items.

    Every non-empty line is one item, its bullet removed; a lead-in line ending in ":"
    before the first item is the list's introduction, not an item.
    """
    items = []
    for regel, text in _lines(node):
        bulleted = bool(_BULLET.match(text))
        text = _BULLET.sub("", text).rstrip(" ;")
        if not text:
            continue
        if not items and not bulleted and text.endswith(":"):
            continue
        if not items and bulleted and text.endswith(":") and text.lower().startswith("de "):
            continue  # "-De pedagogisch medewerker kinderopvang:" (a lead-in with a stray dash)
        items.append((regel, text))
    return items


def _iso_date(text):
    """SBB's dd-mm-yyyy as ISO yyyy-mm-dd; other texts unchanged."""
    try:
        return datetime.datetime.strptime(text.strip(), "%d-%m-%Y").date().isoformat()
    except ValueError:
        return text.strip()


# --- the export as plain data -------------------------------------------------------------


@dataclasses.dataclass(frozen=True, eq=False)
class Export:
    """A KD export read into plain data, checked, before any profiel is chosen.

    Attributes
    ----------
    path : pathlib.Path
        The XML file.
    meta : dict
        The dossier: ``dossier`` (title), ``dossier_crebo``, ``geldig_vanaf``, ``status``,
        ``vastgesteld_op``, ``vastgesteld_door``, ``regel``.
    profielen : list of dict
        One per profiel, in the dossier's order: ``nr`` (SBB's id), ``code`` (``P1``),
        ``profiel`` (title), ``crebo``, ``niveau``, ``beroepsgroep``, ``geldig_vanaf``,
        ``typering``, ``regel``.
    kerntaken : list of dict
        Basisdeel first, then each profieldeel: ``code``, ``profiel_nr`` (None for the
        basisdeel), ``titel``, ``toelichting``, ``extra`` (profiel nr -> aanvullende
        toelichting), ``vakkennis`` (``(regel, item)``), ``vakkennis_extra`` (profiel nr ->
        items), ``werkprocessen`` and ``regel``.
    sections : dict
        Prose of the dossier: ``context``, ``beroepshouding``, ``resultaat`` (lines),
        ``trends`` (onderdeel -> text) and ``arbeidsmarkt`` (``(regel, text)`` lines).
    """

    path: Path
    meta: dict
    profielen: list
    kerntaken: list
    sections: dict


def _place(line, owner=""):
    """"regel 12", or "werkproces B1-K1-W2 (regel 12)" inside a werkproces (``owner``)."""
    return f"{owner} (regel {line})" if owner else f"regel {line}"


def _attribute(path, node, name, owner=""):
    value = node.attrib.get(name, "").strip()
    if not value:
        raise ProfileError(path, _place(node.line, owner), f"<{node.tag}> zonder attribuut '{name}'", _FIX_EXPORT)
    return value


def _number(path, node, name, owner=""):
    value = _attribute(path, node, name, owner)
    if not value.isdigit():
        raise ProfileError(path, _place(node.line, owner),
                           f"<{node.tag}> heeft {name}=\"{value}\"; verwacht een getal", _FIX_EXPORT)
    return int(value)


@functools.lru_cache(maxsize=256)
def _canonical(title):
    return canonical_competency(title)


def _competencies(path, root):
    """SBB's competency numbers -> canonical names, from the export's own list of 25."""
    names = {}
    for node in root.path("competenties").findall("competentie"):
        titel = node.attrib.get("titel", "")
        name = _canonical(titel)
        if name is None:
            suggestion, _ = closest_competency(titel or "?")
            raise ProfileError(path, f"regel {node.line}",
                               f"competentie '{titel}' is niet een van de 25 SBB-competenties",
                               f"bedoeld is misschien '{suggestion}'")
        names[_attribute(path, node, "nr")] = name
    return names


def _reference(path, node, lookup, what, fix, owner=""):
    key = _attribute(path, node, "referentie", owner)
    if key not in lookup:
        raise ProfileError(path, _place(node.line, owner),
                           f"verwijzing naar {what} {key}, die niet in het bestand staat", fix)
    return lookup[key]


def _aanvullend(path, node, profielen, owner=""):
    """The ``<aanvullend>`` blocks of a ``…perprofiel`` node as (profiel nr, block)."""
    blocks = []
    for block in node.findall("aanvullend") if node is not None else []:
        target = block.find("profiel")
        if target is None:
            raise ProfileError(path, _place(block.line, owner), "<aanvullend> zonder <profiel referentie=...>",
                               _FIX_EXPORT)
        nr = _attribute(path, target, "referentie", owner)
        if nr not in profielen:
            raise ProfileError(path, _place(target.line, owner),
                               f"aanvulling voor profiel {nr}, dat niet in dit dossier staat", _FIX_EXPORT)
        blocks.append((nr, block))
    return blocks


def _werkproces(path, node, kerntaak_code, names, profielen, index):
    """One ``<werkproces>``; a problem in it names it (``werkproces B1-K1-W2 (regel 80)``)."""
    code = f"{kerntaak_code}-W{_number(path, node, 'hoofdstuk', _werkproces_position(index, kerntaak_code))}"
    owner = f"werkproces {code}"
    competency_fix = "de export verwijst naar een competentie buiten de lijst <competenties>; exporteer opnieuw"
    fields = {}
    for field, tag in (("omschrijving", "werkprocesomschrijving"), ("resultaat", "werkprocesresultaat"),
                       ("gedrag", "werkprocesgedrag")):
        part = node.find(tag)
        extra = {}
        if part is not None:
            for nr, block in _aanvullend(path, part.find(tag + "perprofiel"), profielen, owner):
                extra.setdefault(nr, []).append(_leaf(block.find("omschrijving")))
        fields[field] = (_leaf(part), extra)
    competencies = node.find("werkprocescompetenties")
    own, extra = [], {}
    if competencies is not None:
        own = [(child.line, _reference(path, child, names, "competentie", competency_fix, owner))
               for child in competencies.findall("competentie")]
        for nr, block in _aanvullend(path, competencies.find("werkprocescompetentiesperprofiel"), profielen, owner):
            listed = block.find("omschrijving")
            extra.setdefault(nr, []).extend(
                (child.line, _reference(path, child, names, "competentie", competency_fix, owner))
                for child in (listed.findall("competentie") if listed is not None else []))
    return {"code": code, "titel": _clean(node.attrib.get("titel", "")), "regel": node.line,
            "fields": fields, "competenties": own, "competenties_extra": extra}


def _werkproces_position(index, kerntaak_code):
    """A werkproces named by its place, for a problem with its own number: "het 2e werkproces van kerntaak B1-K1"."""
    return f"het {ordinal(index + 1)} werkproces van kerntaak {kerntaak_code}"


def _kerntaak(path, node, code, profiel_nr, names, kennis, profielen, werkproces_tag):
    kennis_fix = "de export verwijst naar kennis buiten de lijst <kennisenvaardigheden>; exporteer opnieuw"
    owner = f"kerntaak {code}"
    toelichting, extra = [], {}
    for tag, label in (("complexiteit", "Complexiteit"), ("verantwoordelijkheid", "Verantwoordelijkheid")):
        part = node.find(tag)
        if part is None:
            continue
        if _plain(part.text):
            toelichting.append(f"{label}: {_plain(part.text)}")
        for nr, block in _aanvullend(path, part.find(tag + "perprofiel"), profielen, owner):
            text = _plain(block.find(tag).text) if block.find(tag) is not None else ""
            if text:
                extra.setdefault(nr, []).append(f"{label} (aanvullend): {text}")
    vakkennis, vakkennis_extra = [], {}
    listed = node.find("vakkennisenvaardigheden")
    if listed is not None:
        vakkennis = [(child.line, _reference(path, child, kennis, "kennis of vaardigheid", kennis_fix, owner))
                     for child in listed.findall("vakkennisenvaardigheden")]
        for nr, block in _aanvullend(path, listed.find("vakkennisenvaardighedenperprofiel"), profielen, owner):
            parts = block.find("vakkennisenvaardighedenonderdelen")
            vakkennis_extra.setdefault(nr, []).extend(
                (child.line, _reference(path, child, kennis, "kennis of vaardigheid", kennis_fix, owner))
                for child in (parts.findall("vakkennisenvaardigheden") if parts is not None else []))
    werkprocessen = [_werkproces(path, child, code, names, profielen, index)
                     for index, child in enumerate(node.find(werkproces_tag).findall("werkproces")
                                                   if node.find(werkproces_tag) is not None else [])]
    return {"code": code, "profiel_nr": profiel_nr, "titel": _clean(node.attrib.get("titel", "")),
            "toelichting": "\n\n".join(toelichting), "extra": extra, "vakkennis": vakkennis,
            "vakkennis_extra": vakkennis_extra, "werkprocessen": werkprocessen, "regel": node.line}


@dataclasses.dataclass(frozen=True, eq=False)
class RegisterExport:
    """A file of SBB's qualification structure read into plain data: every dossier that reads, and the rest reported.

    Attributes
    ----------
    path : pathlib.Path
    domeinen, sectorkamers : dict
        SBB's nr -> title, from the file's own lists (empty when the file has none).
    exports : list of Export
        The dossiers that read, in the file's order.
    problems : list of dict
        One per dossier that did not read: ``regel`` (its start tag), ``dossier_nr``,
        ``dossier`` (title) and ``error`` (the :class:`~bcp_analysis.errors.ProfileError`).
    """

    path: Path
    domeinen: dict
    sectorkamers: dict
    exports: list
    problems: list


def _titles(root, tag, item):
    listed = root.find(tag)
    return {node.attrib.get("nr", ""): _clean(node.attrib.get("titel", ""))
            for node in (listed.findall(item) if listed is not None else [])}


def read_register(path):
    """Stream a file of SBB's qualification structure (one dossier or a whole register).

    Each ``<dossier>`` is turned into plain data (an :class:`Export`) when its end tag is
    read, and its elements are dropped; a dossier that cannot be read is kept as a problem
    (line, nr, what is wrong) and the others are read on.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    RegisterExport

    Raises
    ------
    ProfileError
        For a file that cannot be read, is no XML, holds entities, is not SBB's
        (root ``<sbb>`` with ``<competenties>`` and ``<dossiers>``), lists a competency
        that is not one of the 25, or holds no dossier.
    """
    path = Path(path)
    exports, problems, state = [], [], {}

    def on_dossier(node, root):
        if "names" not in state:
            if root.find("competenties") is None:
                raise _not_sbb(path, root.tag, root.line)
            state["names"] = _competencies(path, root)
        try:
            exports.append(_export_of(path, node, state["names"]))
        except ProfileError as error:
            problems.append({"regel": node.line, "dossier_nr": node.attrib.get("nr", ""),
                             "dossier": _clean(node.attrib.get("titel", "")), "error": error})

    handler = _parse(path, on_dossier)
    root = handler.root
    if handler.broken is not None:
        dossier = handler.open_dossier
        if dossier is None:  # broken outside any dossier: the file as a whole is not SBB's
            raise handler.broken
        problems.append({"regel": dossier.line, "dossier_nr": dossier.attrib.get("nr", ""),
                         "dossier": _clean(dossier.attrib.get("titel", "")), "error": handler.broken})
    if root.find("competenties") is None or root.find("dossiers") is None:
        raise _not_sbb(path, root.tag, root.line)
    if handler.dossiers == 0:
        raise ProfileError(path, f"regel {root.find('dossiers').line}", "het bestand bevat geen <dossier>",
                           _FIX_EXPORT)
    return RegisterExport(path, _titles(root, "domeinen", "domein"), _titles(root, "sectorkamers", "sectorkamer"),
                          exports, problems)


def read_export(path):
    """Read and check a KD export of one dossier: the dossier, its profielen and every kerntaak.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Export

    Raises
    ------
    ProfileError
        For malformed XML, a file that is not an SBB export or holds several dossiers (read
        such a register with :func:`bcp_analysis.readers.kd_register.load_register`), a dossier
        without profielen or werkprocessen, and a reference to a competency, kennis item or
        profiel that the file does not hold; the message gives the line.
    """
    register = read_register(path)
    if len(register.exports) + len(register.problems) != 1:
        raise ProfileError(path, "dossiers",
                           f"het bestand bevat {len(register.exports) + len(register.problems)} dossiers; "
                           "verwacht precies één",
                           "lees een register met load_register, of kies een dossier met --dossier")
    if register.problems:
        raise register.problems[0]["error"]
    return register.exports[0]


def _leaf(node):
    """A node's own text, line and text line without its children (what build_profile reads of it)."""
    return None if node is None else _Node(node.tag, {}, node.line, [], [node.text], node.text_line)


def _export_of(path, dossier, names):
    """One ``<dossier>`` element as an Export (raises ProfileError for a dossier that does not read)."""
    kennis_list = dossier.find("kennisenvaardigheden")
    kennis = {child.attrib.get("nr", ""): _clean(child.attrib.get("titel", ""))
              for child in (kennis_list.findall("kennisofvaardigheid") if kennis_list is not None else [])}
    crebo = dossier.path("dossiercrebos", "dossiercrebo")
    vastgesteld = dossier.path("voorblad", "omschrijving", "verantwoording", "vaststellingsinformatie")
    penvoerder = dossier.path("voorblad", "omschrijving", "penvoerder", "sectorkamer")
    meta = {
        "dossier": _clean(dossier.attrib.get("titel", "")),
        "dossier_crebo": _clean(crebo.text) if crebo is not None else "",
        "geldig_vanaf": _iso_date(crebo.attrib.get("Geldig_vanaf", "")) if crebo is not None else "",
        "status": _clean(dossier.attrib.get("status", "")),
        "vastgesteld_op": _iso_date(_clean(vastgesteld.find("vastgesteldop").text))
        if vastgesteld is not None and vastgesteld.find("vastgesteldop") is not None else "",
        "vastgesteld_door": _clean(vastgesteld.find("vastgestelddoor").text)
        if vastgesteld is not None and vastgesteld.find("vastgestelddoor") is not None else "",
        "regel": dossier.line,
    }
    register_meta = {
        "nr": dossier.attrib.get("nr", "").strip(),
        "versie": _clean(dossier.attrib.get("versie", "")),
        "domein_nr": dossier.attrib.get("referentiedomein", "").strip(),
        "sectorkamer_nr": penvoerder.attrib.get("referentie", "").strip() if penvoerder is not None else "",
    }
    profiel_nodes = dossier.path("profielen").findall("profiel") if dossier.path("profielen") is not None else []
    if not profiel_nodes:
        raise ProfileError(path, f"regel {dossier.line}", f"dossier '{meta['dossier']}' bevat geen profielen",
                           "een kwalificatiedossier heeft minstens één profiel; " + _FIX_EXPORT)
    profielen = {}
    for node in profiel_nodes:
        nr = _attribute(path, node, "nr")
        crebo_node = node.path("creboinformatie", "crebo")
        typering = node.path("omschrijving", "typeringvanhetberoep")
        profielen[nr] = {
            "nr": nr, "code": f"P{_number(path, node, 'hoofdstuk')}",
            "profiel": _clean(node.attrib.get("titel", "")),
            "crebo": _clean(crebo_node.text) if crebo_node is not None else "",
            "niveau": _number(path, node, "niveau"),
            "beroepsgroep": _clean(node.attrib.get("beroepsgroep", "")),
            "geldig_vanaf": _iso_date(crebo_node.attrib.get("Geldig_vanaf", "")) if crebo_node is not None else "",
            "typering": _plain(typering.text) if typering is not None else "",
            "regel": node.line,
        }
    kerntaken = []
    basis = dossier.path("basis", "basistaken", "basiskerntaken")
    for node in basis.findall("kerntaak") if basis is not None else []:
        kerntaken.append(_kerntaak(path, node, f"B1-K{_number(path, node, 'hoofdstuk')}", None, names, kennis,
                                   profielen, "basiswerkprocessen"))
    for node, profiel in zip(profiel_nodes, profielen.values()):
        for child in node.path("profielkerntaken").findall("kerntaak") if node.path("profielkerntaken") else []:
            kerntaken.append(_kerntaak(path, child, f"{profiel['code']}-K{_number(path, child, 'hoofdstuk')}",
                                       profiel["nr"], names, kennis, profielen, "profielwerkprocessen"))
    _check_codes(path, kerntaken)
    typering = dossier.path("basis", "typeringberoepengroep")
    verantwoording = dossier.find("verantwoordingsinformatie")
    trends = verantwoording.find("trendsenontwikkelingen") if verantwoording is not None else None
    sections = {
        "context": _plain(typering.path("context", "omschrijving").text)
        if typering is not None and typering.path("context", "omschrijving") is not None else "",
        "beroepshouding": [text for _, text in _lines(typering.path("beroepshouding", "omschrijving"))]
        if typering is not None else [],
        "resultaat": _plain(typering.path("resultaatvanhetberoep", "omschrijving").text)
        if typering is not None and typering.path("resultaatvanhetberoep", "omschrijving") is not None else "",
        "trends": {_TREND_LABELS.get(child.tag, child.tag): _plain(child.text)
                   for child in (trends.children if trends is not None else []) if _plain(child.text)},
        "arbeidsmarkt": _lines(verantwoording.find("arbeidsmarktinformatie")) if verantwoording is not None else [],
        "register": register_meta,
    }
    return Export(path, meta, list(profielen.values()), kerntaken, sections)


_TREND_LABELS = {"wetenregelgeving": "Wet- en regelgeving",
                 "ontwikkelingenindeberoepsuitoefening": "Ontwikkelingen in de beroepsuitoefening"}


def _check_codes(path, kerntaken):
    """Refuse a code used twice; a werkproces whose code is taken is named by its place."""
    seen = {}
    for kerntaak in kerntaken:
        for code, regel, owner in [(kerntaak["code"], kerntaak["regel"], "")] + [
                (werkproces["code"], werkproces["regel"], _werkproces_position(index, kerntaak["code"]))
                for index, werkproces in enumerate(kerntaak["werkprocessen"])]:
            if code in seen:
                raise ProfileError(path, _place(regel, owner),
                                   f"code {code} komt twee keer voor (ook op regel {seen[code]})",
                                   "de attributen 'hoofdstuk' moeten per onderdeel verschillen; " + _FIX_EXPORT)
            seen[code] = regel


# --- one profiel --------------------------------------------------------------------------


def find_profiel(export, profiel=None):
    """Return the profiel record that ``profiel`` names (title or crebo).

    Parameters
    ----------
    export : Export
    profiel : str or int, optional
        The profiel's title (case, accents and spacing do not matter) or crebo. Not needed
        when the dossier has one profiel.

    Returns
    -------
    dict
        One of ``export.profielen``.

    Raises
    ------
    ProfileError
        When no profiel is given and the dossier has several, or the name is not one of
        them; the message lists the profielen with their crebo.
    """
    available = "; ".join(f"{record['profiel']} (crebo {record['crebo']})" for record in export.profielen)
    if profiel is None or str(profiel).strip() == "":
        if len(export.profielen) == 1:
            return export.profielen[0]
        raise ProfileError(export.path, "profielen",
                           f"dit kwalificatiedossier heeft {len(export.profielen)} profielen: {available}",
                           "kies een profiel met --profiel (titel of crebo)")
    wanted = _key(profiel)
    for record in export.profielen:
        if wanted in (_key(record["profiel"]), _key(record["crebo"])):
            return record
    raise ProfileError(export.path, "profielen", f"geen profiel '{profiel}' in dit kwalificatiedossier; "
                       f"er zijn: {available}", "kies een profiel met --profiel (titel of crebo)")


def _key(text):
    return " ".join(fold(str(text)).split())


def _kerntaken_of(export, record):
    """The kerntaken of one profiel: the basisdeel, then its own profieldeel."""
    return [kerntaak for kerntaak in export.kerntaken if kerntaak["profiel_nr"] in (None, record["nr"])]


def _unique(pairs):
    """``(regel, text)`` pairs without repeated texts, first occurrence kept."""
    seen = set()
    result = []
    for regel, text in pairs:
        if text not in seen:
            seen.add(text)
            result.append((regel, text))
    return result


def profiel_needs(export, record):
    """The competencies per werkproces of one profiel, aanvullende included, without repeats.

    Parameters
    ----------
    export : Export
    record : dict
        One of ``export.profielen``.

    Returns
    -------
    list of tuple
        ``(werkproces_id, competentie, regel, deel)`` with ``deel`` "basisdeel" or "profieldeel".
    """
    rows = []
    for kerntaak in _kerntaken_of(export, record):
        deel = "basisdeel" if kerntaak["profiel_nr"] is None else "profieldeel"
        for werkproces in kerntaak["werkprocessen"]:
            pairs = werkproces["competenties"] + werkproces["competenties_extra"].get(record["nr"], [])
            rows.extend((werkproces["code"], name, regel, deel) for regel, name in _unique(pairs))
    return rows


def build_profile(export, record, figure_reader=None):
    """Return the Profile of one profiel of a KD export.

    Parameters
    ----------
    export : Export
    record : dict
        One of ``export.profielen`` (see :func:`find_profiel`).
    figure_reader : callable, optional
        ``read_figures`` of :mod:`bcp_analysis.readers.figures`; default: that function
        when the module is there. Without it the ``arbeidsmarkt`` table stays empty.

    Returns
    -------
    Profile
    """
    nr = record["nr"]
    kerntaken, werkprocessen, resultaten, gedrag, vakkennis = [], [], [], [], []
    for kerntaak in _kerntaken_of(export, record):
        toelichting = "\n\n".join([kerntaak["toelichting"], *kerntaak["extra"].get(nr, [])]).strip()
        kerntaken.append({"kerntaak_id": kerntaak["code"], "titel": kerntaak["titel"], "toelichting": toelichting,
                          "regel": kerntaak["regel"]})
        vakkennis.extend({"kerntaak_id": kerntaak["code"], "item": text, "regel": regel}
                         for regel, text in _unique(kerntaak["vakkennis"] + kerntaak["vakkennis_extra"].get(nr, [])))
        for werkproces in kerntaak["werkprocessen"]:
            fields = werkproces["fields"]
            own, extra = fields["omschrijving"]
            beschrijving = "\n".join(_plain(node.text) for node in [own, *extra.get(nr, [])] if node is not None)
            werkprocessen.append({"werkproces_id": werkproces["code"], "kerntaak_id": kerntaak["code"],
                                  "titel": werkproces["titel"], "beschrijving": beschrijving.strip(),
                                  "regel": werkproces["regel"]})
            for rows, field in ((resultaten, "resultaat"), (gedrag, "gedrag")):
                own, extra = fields[field]
                for node in [own, *extra.get(nr, [])]:
                    rows.extend({"werkproces_id": werkproces["code"], "item": text, "regel": regel}
                                for regel, text in _items(node))
    competenties = [{"werkproces_id": werkproces_id, "competentie": name, "regel": regel}
                    for werkproces_id, name, regel, _ in profiel_needs(export, record)]
    if not werkprocessen:
        raise ProfileError(export.path, f"regel {record['regel']}",
                           f"profiel '{record['profiel']}' heeft geen werkprocessen (ook niet in het basisdeel)",
                           _FIX_EXPORT)
    meta = {
        "titel": record["profiel"],
        "dossier": export.meta["dossier"],
        "dossier_crebo": export.meta["dossier_crebo"],
        "profiel": record["profiel"],
        "crebo": record["crebo"],
        "niveau": str(record["niveau"]),
        "beroepsgroep": record["beroepsgroep"],
        "geldig_vanaf": record["geldig_vanaf"] or export.meta["geldig_vanaf"],
        "status": export.meta["status"],
        "vastgesteld_op": export.meta["vastgesteld_op"],
        "vastgesteld_door": export.meta["vastgesteld_door"],
        "bron": _bron(export, record),
    }
    sections = export.sections
    beschrijving = [{"onderdeel": onderdeel, "tekst": tekst} for onderdeel, tekst in (
        ("Typering van het beroep", record["typering"]), ("Context", sections["context"]),
        ("Resultaat van de beroepengroep", sections["resultaat"])) if tekst]
    return Profile(
        meta={key: value for key, value in meta.items() if value != ""},
        kerntaken=make_table("kerntaken", kerntaken),
        werkprocessen=make_table("werkprocessen", werkprocessen),
        competenties=make_table("competenties", competenties),
        resultaten=make_table("resultaten", resultaten),
        kennis=make_table("kennis"),
        vaardigheden=make_table("vaardigheden"),
        gedrag=make_table("gedrag", gedrag),
        vakkennis=make_table("vakkennis", vakkennis),
        functiebenamingen=make_table("functiebenamingen"),
        beroepshouding=make_table("beroepshouding", [{"item": item} for item in sections["beroepshouding"]]),
        beschrijving=make_table("beschrijving", beschrijving),
        trends=make_table("trends", [{"onderdeel": key, "tekst": value} for key, value in sections["trends"].items()]),
        loopbaan=make_table("loopbaan"),
        vergelijking=make_table("vergelijking"),
        arbeidsmarkt=_arbeidsmarkt(export, meta, figure_reader),
        source=str(export.path),
    )


def _bron(export, record):
    """The source line of one profiel: the dossier, then the profiel and its crebo."""
    crebo = f" (crebo {record['crebo']})" if record["crebo"] else ""
    return f"Kwalificatiedossier {export.meta['dossier']}, SBB; profiel {record['profiel']}{crebo}"


def figure_reading(export, figure_reader=None):
    """The figures of the dossier's Arbeidsmarktinformatie (a FigureReading), or None when it has none.

    ``figure_reader`` replaces :func:`bcp_analysis.readers.figures.read_figures` (for tests).
    """
    if figure_reader is None:
        from bcp_analysis.readers.figures import read_figures as figure_reader
    if not export.sections["arbeidsmarkt"]:
        return None
    year = export.meta["geldig_vanaf"][:4]
    return figure_reader(export.sections["arbeidsmarkt"], profile_year=int(year) if year.isdigit() else None,
                         source=f"Kwalificatiedossier {export.meta['dossier']}, SBB")


def unplaced_figures(path, profile=None):
    """The numbers of a dossier's Arbeidsmarktinformatie that became no ``arbeidsmarkt`` row.

    Parameters
    ----------
    path : str or os.PathLike
    profile : Profile, optional
        In a file of several dossiers (a register), only the dossier of this profiel is
        looked at (its ``meta`` names the dossier and its crebo); without it, every dossier.

    Returns
    -------
    list of tuple of (str, str, str)
        (place, the number as written, its line of text), in the order of the section.
    """
    read = read_register(path)
    exports = read.exports
    if profile is not None and len(exports) > 1:
        exports = [export for export in exports if export.meta["dossier"] == profile.meta.get("dossier")
                   and export.meta["dossier_crebo"] == profile.meta.get("dossier_crebo")]
    unplaced = []
    for export in exports:
        reading = figure_reading(export)
        if reading is not None:
            unplaced.extend((f"regel {regel}", number, text) for regel, number, text in reading.unplaced)
    return unplaced


def _arbeidsmarkt(export, meta, figure_reader):
    reading = figure_reading(export, figure_reader)
    return make_table("arbeidsmarkt", reading.rows if reading is not None else [])


def dossier_rows(export):
    """The profielen records and the needs rows of one export, as plain lists.

    Parameters
    ----------
    export : Export

    Returns
    -------
    tuple of (list of dict, list of tuple)
        A record per profiel, and ``(profiel, werkproces_id, competentie, deel)`` rows.
    """
    needs, records = [], []
    for record in export.profielen:
        rows = profiel_needs(export, record)
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


def dossier_of(export):
    """The Dossier of one export: its profielen, their needs and a reader of each profiel.

    Parameters
    ----------
    export : Export

    Returns
    -------
    Dossier

    Raises
    ------
    ProfileError
        When two profielen of the dossier share a title.
    """
    records, needs = dossier_rows(export)
    titles = [record["profiel"] for record in records]
    if len(set(titles)) != len(titles):
        raise ProfileError(export.path, "profielen", "twee profielen hebben dezelfde titel",
                           "kies de profielen met hun crebo; " + _FIX_EXPORT)
    profielen = pd.DataFrame(records).astype({"niveau": "int64", "kerntaken": "int64", "werkprocessen": "int64",
                                              "competenties": "int64", "regel": "int64"})
    meta = {key: value for key, value in export.meta.items() if key != "regel"}

    def read_profiel(profiel=None):
        return build_profile(export, find_profiel(export, profiel))

    return Dossier(meta, profielen, needs_table(needs), str(export.path), read_profiel)
