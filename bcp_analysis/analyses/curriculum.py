"""A curriculum held against the profile: which modules cover which werkprocessen, and the gaps."""

from __future__ import annotations

import csv
import io
import re
import warnings
from typing import TYPE_CHECKING

import pandas as pd
from rapidfuzz import fuzz, process

from bcp_analysis.dutch import count, fold
from bcp_analysis.errors import ProfileError
from bcp_analysis.files import read_text_file
from bcp_analysis.model.competencies import competency_names, normalize_name
from bcp_analysis.paths import EXAMPLE_CURRICULUM  # noqa: F401 - the docstring examples use it

if TYPE_CHECKING:  # names of the annotations only
    import os
    from collections.abc import Iterable

    from bcp_analysis.model.profile import Profile

__all__ = [
    "NIVEAUS",
    "ZONDER_NIVEAU",
    "load_curriculum",
    "curriculum_matrix",
    "uncovered_werkprocessen",
    "uncovered_competencies",
    "coverage_counts",
    "taught_not_assessed",
    "curriculum_report",
    "selection_coverage",
]

NIVEAUS = ("introductie", "oefenen", "toetsen")
"""tuple of str: the depths a module can give a werkproces, from low to high."""

_COLUMNS = ("module", "werkproces_id", "niveau")
_TITLE = "werkproces_titel"
_ACCEPTED = ("module", "werkproces_id", "werkproces_titel", "niveau")
_REQUIRED = ("module", "werkproces_id")
_TITLE_SIMILARITY = 90  # rapidfuzz ratio from which a title counts as the same (a typo, a dropped letter)
_SHOWN = 5  # problems of one kind shown in full in a message
_NIVEAU_WORDS = {
    "introductie": "introductie", "introduceren": "introductie", "introduced": "introductie",
    "introduce": "introductie", "introduction": "introductie",
    "oefenen": "oefenen", "geoefend": "oefenen", "practised": "oefenen", "practiced": "oefenen",
    "practise": "oefenen", "practice": "oefenen",
    "toetsen": "toetsen", "getoetst": "toetsen", "toets": "toetsen", "assessed": "toetsen",
    "assess": "toetsen", "assessment": "toetsen",
}
ZONDER_NIVEAU = "x"
"""str: the matrix value of a werkproces a module covers without saying how deep."""
_MATRIX_RANK = {"": 0, ZONDER_NIVEAU: 1, "introductie": 2, "oefenen": 3, "toetsen": 4}
_SEPARATORS = (",", ";")


def _fail(path, row, problem, fix=None):
    raise ProfileError(path, f"rij {row}", problem, fix)


def _separator(text):
    """Pick ',' or ';' (Dutch Excel) by counting them on the header line."""
    header = text.lstrip().splitlines()[0]
    counts = {separator: header.count(separator) for separator in _SEPARATORS}
    return max(_SEPARATORS, key=lambda separator: (counts[separator], separator == ","))


def _check_row_lengths(path, text, separator):
    """Refuse a row with more filled cells than the header has columns (they would be lost)."""
    records = csv.reader(io.StringIO(text), delimiter=separator)
    header = next(records)
    width = len(header)
    while width and not header[width - 1].strip():
        width -= 1
    for number, record in enumerate(records, start=2):
        extra = [cell for cell in record[width:] if cell.strip()]
        if extra:
            _fail(path, number, f"de rij heeft meer cellen dan de kopregel kolommen heeft ({extra[0]!r} valt erbuiten)",
                  "haal de extra cellen weg of zet een modulenaam met een scheidingsteken tussen aanhalingstekens")


def _id_suggestion(value, werkprocessen):
    """Suggest the werkproces meant by an unknown id: by title, by a comma, or by the closest id."""
    titles = dict(zip(werkprocessen["werkproces_id"], werkprocessen["titel"]))
    if re.fullmatch(r"\d{1,2}[-/ ]([a-z]{3,}\.?|\d{1,2})([-/ ]\d{2,4})?", value.casefold()):
        return ("dit lijkt een datum: Excel heeft het id waarschijnlijk omgezet; zet de kolom werkproces_id "
                "op 'Tekst' en typ de ids opnieuw (bijvoorbeeld 1.1)")
    by_comma = value.replace(",", ".")
    if by_comma in titles:
        return (f"bedoelt u {by_comma} ({titles[by_comma]})? Schrijf ids met een punt; "
                "zet de kolom in Excel op 'Tekst' zodat 1.1 geen datum of getal wordt")
    if any(character.isalpha() for character in value):
        names = {werkproces_id: normalize_name(title) for werkproces_id, title in titles.items()}
        match = process.extractOne(normalize_name(value), names, scorer=fuzz.WRatio, processor=None)
        werkproces_id = match[2]
    else:
        match = process.extractOne(value, list(titles), scorer=fuzz.ratio, processor=None)
        werkproces_id = match[0]
    return f"bedoelt u {werkproces_id} ({titles[werkproces_id]})? De werkprocessen zijn: {', '.join(titles)}"


def load_curriculum(path: str | os.PathLike, profile: Profile) -> pd.DataFrame:
    """Read a curriculum file: which module covers which werkproces, and how deeply.

    This is the only reader of curriculum files. The file is a CSV with a header row and
    one row per module and werkproces it covers (``data/curriculum/README.md``):

    - ``module`` (required): the name of the onderwijseenheid or module;
    - ``werkproces_id`` (required): a werkproces of the profile, e.g. ``1.3``;
    - ``werkproces_titel`` (optional column, and optional per row): the title of the
      werkproces the row was made for; when given it must match the title of that id in
      the profile (accents, case and spaces aside, small typos allowed), so that a
      curriculum held against a renumbered profile is not silently attributed to other
      werkprocessen;
    - ``niveau`` (optional column, and optional per row): ``introductie``, ``oefenen``
      or ``toetsen``; the English ``introduced``, ``practised`` (``practiced``) and
      ``assessed`` are read as these. Case does not matter.

    Spaces around a cell are ignored. A row that repeats an earlier row, and module names
    that differ only in case or in spaces inside them (``Relatiebeheer`` and
    ``relatiebeheer``), are refused: they would be merged or counted apart unseen.

    Column names are read without regard to case or surrounding spaces. The file may
    be UTF-8 with or without byte-order mark (Excel's "CSV UTF-8") and separated by
    ``,`` or by ``;`` (Dutch Excel); the separator is taken from the header row.
    Rows in which every cell is empty are skipped.

    Parameters
    ----------
    path : str or os.PathLike
        The curriculum file.
    profile : Profile
        The profile the curriculum is held against; its werkproces ids are the ones allowed.

    Returns
    -------
    pandas.DataFrame
        Columns ``module``, ``werkproces_id`` and ``niveau`` (one of :data:`NIVEAUS`, or
        ``""`` when not given), all text, one row per row of the file, in file order.

    Raises
    ------
    ProfileError
        With the place ``rij N``, the row number as Excel shows it (the header is row 1):
        an empty file or one with only a header, a file that is not UTF-8, a missing
        required column, an unknown column (the allowed ones are listed), an empty module
        name or werkproces id, an unknown werkproces id (the closest one is suggested),
        an unknown niveau (the allowed values are listed), a repeated row, module names
        differing only in case or spaces, a werkproces title that does not match its id.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> curriculum = load_curriculum(EXAMPLE_CURRICULUM, profile)
    >>> list(curriculum.columns)
    ['module', 'werkproces_id', 'niveau']
    >>> curriculum.iloc[0].tolist()
    ['Oriëntatie op accountmanagement', '1.1', 'introductie']
    """
    text = read_text_file(
        path, unit="rij", encoding_fix="sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)'",
        empty_fix="begin met de kopregel module,werkproces_id,niveau (zie data/curriculum/template.csv)")
    separator = _separator(text)
    _check_row_lengths(path, text, separator)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            table = pd.read_csv(io.StringIO(text), sep=separator, dtype=str, keep_default_na=False,
                                skip_blank_lines=False, index_col=False)
    except (pd.errors.ParserError, csv.Error) as exc:
        _fail(path, 1, f"het bestand is geen leesbare CSV ({exc})",
              "sla het bestand op als CSV met een kopregel module,werkproces_id,niveau")
    empty_extra = [column for column in table.columns
                   if str(column).startswith("Unnamed:") and not table[column].str.strip().any()]
    table = table.drop(columns=empty_extra)
    columns = [str(column).strip().casefold() for column in table.columns]
    for column in columns:
        if column not in _ACCEPTED:
            shown = column if not column.startswith("unnamed:") else "(zonder naam)"
            guess = process.extractOne(column, _ACCEPTED, scorer=fuzz.ratio, processor=None)
            hint = f"bedoelt u '{guess[0]}'? " if guess and guess[1] >= 60 else ""
            _fail(path, 1, f"onbekende kolom '{shown}'",
                  f"{hint}toegestaan zijn de kolommen: {', '.join(_ACCEPTED)} "
                  "(werkproces_titel en niveau mogen ontbreken)")
    for column in _REQUIRED:
        if column not in columns:
            _fail(path, 1, f"verplichte kolom '{column}' ontbreekt",
                  f"de kopregel is: {','.join(_COLUMNS)} (zie data/curriculum/template.csv)")
    if len(set(columns)) != len(columns):
        _fail(path, 1, "een kolomnaam staat twee keer in de kopregel", "haal de dubbele kolom weg")
    table.columns = columns
    for column in ("niveau", _TITLE):
        if column not in table:
            table[column] = ""

    werkprocessen = profile.werkprocessen
    known_ids = set(werkprocessen["werkproces_id"])
    rows, numbers, titles = [], [], []
    for index, record in enumerate(table[list(_COLUMNS) + [_TITLE]].to_dict("records")):
        row = index + 2
        values = {key: (value or "").strip() for key, value in record.items()}
        if not any(values.values()):
            continue
        if not values["module"]:
            _fail(path, row, "de modulenaam is leeg", "vul in de kolom module de naam van de onderwijseenheid in")
        if not values["werkproces_id"]:
            _fail(path, row, f"module '{values['module']}' heeft geen werkproces_id",
                  "vul het werkproces in dat de module dekt, bijvoorbeeld 1.1")
        if values["werkproces_id"] not in known_ids:
            _fail(path, row, f"werkproces '{values['werkproces_id']}' bestaat niet in het profiel {profile.titel}",
                  _id_suggestion(values["werkproces_id"], werkprocessen))
        niveau = values["niveau"]
        if niveau:
            niveau = _NIVEAU_WORDS.get(niveau.casefold())
            if niveau is None:
                _fail(path, row, f"niveau '{values['niveau']}' is onbekend",
                      f"gebruik {', '.join(NIVEAUS)} (of introduced, practised, assessed), of laat het leeg")
        rows.append({"module": values["module"], "werkproces_id": values["werkproces_id"], "niveau": niveau})
        numbers.append(row)
        titles.append(values[_TITLE])
    if not rows:
        _fail(path, 2, "het bestand bevat geen modules, alleen een kopregel",
              "vul per module en werkproces een rij in (zie data/curriculum/README.md)")
    _check_module_names(path, rows, numbers)
    _check_repeats(path, rows, numbers)
    _check_titles(path, rows, numbers, titles, profile)
    return pd.DataFrame(rows, columns=list(_COLUMNS)).astype("str")


def _listed(problems):
    """The first few problems, joined, and a count of the rest."""
    shown = "; ".join(problems[:_SHOWN])
    rest = len(problems) - _SHOWN
    return shown + (f"; en nog {count(rest, 'geval', 'gevallen')}" if rest > 0 else "")


def _check_module_names(path, rows, numbers):
    """Refuse module names that differ only in case or in spaces inside them."""
    spellings = {}
    for row, number in zip(rows, numbers):
        key = "".join(row["module"].split()).casefold()
        spellings.setdefault(key, {}).setdefault(row["module"], number)
    clashes = [variants for variants in spellings.values() if len(variants) > 1]
    if clashes:
        first = clashes[0]
        number = sorted(first.values())[1]
        problems = [" en ".join(f"'{name}' (rij {row})" for name, row in variants.items()) for variants in clashes]
        _fail(path, number, f"modulenamen die alleen in hoofdletters of spaties verschillen: {_listed(problems)}",
              f"schrijf elke module overal hetzelfde, bijvoorbeeld '{next(iter(first))}'; "
              "zijn het echt verschillende modules, geef ze dan duidelijk verschillende namen")


def _check_repeats(path, rows, numbers):
    """Refuse rows that repeat an earlier row (same module, werkproces and niveau)."""
    seen, problems, first = {}, [], None
    for row, number in zip(rows, numbers):
        key = (row["module"], row["werkproces_id"], row["niveau"])
        if key in seen:
            problems.append(f"rij {number} herhaalt rij {seen[key]}")
            first = first or number
        else:
            seen[key] = number
    if problems:
        _fail(path, first, f"dubbele rijen: {_listed(problems)}",
              "haal de dubbele rijen weg (of geef het bedoelde andere werkproces of niveau)")


def _title_key(title):
    return " ".join(fold(title).split()).strip(" .")


def _same_title(given, actual):
    given, actual = _title_key(given), _title_key(actual)
    return given == actual or fuzz.ratio(given, actual) >= _TITLE_SIMILARITY


def _check_titles(path, rows, numbers, given_titles, profile):
    """Refuse rows whose werkproces title does not match the title of their id in the profile."""
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    problems, first = [], None
    for row, number, given in zip(rows, numbers, given_titles):
        werkproces_id = row["werkproces_id"]
        if not given or _same_title(given, titles[werkproces_id]):
            continue
        elsewhere = [other for other, title in titles.items() if _same_title(given, title)]
        hint = f", die titel heeft hier {elsewhere[0]}" if elsewhere else ""
        problems.append(f"rij {number}: {werkproces_id} '{given}' heet in het profiel '{titles[werkproces_id]}'{hint}")
        first = first or number
    if problems:
        _fail(path, first,
              f"werkproces-titels passen niet bij hun id in het profiel {profile.titel}: {_listed(problems)}",
              "is het profiel hernummerd, of hoort het curriculum bij een ander profiel? Zet de ids gelijk aan "
              "de werkprocessen van dit profiel (of maak de kolom werkproces_titel leeg als de titel alleen "
              "anders gespeld is)")


def curriculum_matrix(curriculum: pd.DataFrame, profile: Profile) -> pd.DataFrame:
    """Return the module × werkproces matrix, like the SBB's proces-competentie-matrix.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Index ``module`` (the modules in file order), columns ``werkproces_id`` (all
        werkprocessen, in profile order). Each cell is the highest niveau the module
        gives the werkproces as text: ``toetsen`` > ``oefenen`` > ``introductie`` >
        ``x`` (covered, niveau not given) > ``""`` (not covered).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> matrix = curriculum_matrix(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> matrix.shape
    (9, 15)
    >>> matrix.loc["Verkoopplan en voortgangsbewaking", ["1.2", "1.3", "1.4"]].tolist()
    ['toetsen', '', 'toetsen']
    """
    modules = list(dict.fromkeys(curriculum["module"]))
    ids = profile.werkprocessen["werkproces_id"].tolist()
    cells = {(module, werkproces_id): "" for module in modules for werkproces_id in ids}
    for module, werkproces_id, niveau in curriculum[list(_COLUMNS)].itertuples(index=False):
        value = niveau or ZONDER_NIVEAU
        if _MATRIX_RANK[value] > _MATRIX_RANK[cells[(module, werkproces_id)]]:
            cells[(module, werkproces_id)] = value
    matrix = pd.DataFrame([[cells[(module, werkproces_id)] for werkproces_id in ids] for module in modules],
                          index=pd.Index(modules, name="module", dtype="str"),
                          columns=pd.Index(ids, name="werkproces_id", dtype="str"))
    return matrix.astype("str")


def selection_coverage(curriculum: pd.DataFrame, profile: Profile, werkproces_ids: Iterable[str]) -> pd.DataFrame:
    """Return, for some werkprocessen, the modules that cover each of them: the gaps have none.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile
    werkproces_ids : iterable of str

    Returns
    -------
    pandas.DataFrame
        One row per werkproces of the selection, in profile order: ``werkproces_id``,
        ``titel``, ``modules`` (str: each covering module with its highest niveau in
        brackets, in file order, joined by "; "; "" for a gap) and ``gedekt`` (bool).

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> table = selection_coverage(load_curriculum(EXAMPLE_CURRICULUM, profile), profile, ["2.4", "3.3"])
    >>> table[["werkproces_id", "gedekt"]].values.tolist()
    [['2.4', False], ['3.3', True]]
    """
    wanted = set(werkproces_ids)
    matrix = curriculum_matrix(curriculum, profile)
    rows = []
    for werkproces_id, titel in zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]):
        if werkproces_id not in wanted:
            continue
        column = matrix[werkproces_id]
        modules = [f"{module} ({niveau})" for module, niveau in column.items() if niveau]
        rows.append({"werkproces_id": werkproces_id, "titel": titel, "modules": "; ".join(modules),
                     "gedekt": bool(modules)})
    return pd.DataFrame(rows, columns=["werkproces_id", "titel", "modules", "gedekt"]).astype(
        {"werkproces_id": "str", "titel": "str", "modules": "str", "gedekt": "bool"})


def uncovered_werkprocessen(curriculum: pd.DataFrame, profile: Profile) -> list[str]:
    """Return the werkprocessen that no module covers, in profile order.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> uncovered_werkprocessen(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['2.4', '3.7']
    """
    covered = set(curriculum["werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"] if werkproces_id not in covered]


def uncovered_competencies(curriculum: pd.DataFrame, profile: Profile) -> list[str]:
    """Return the profile's competencies that no covered werkproces brings in, in SBB order.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str
        Canonical names of competencies the profile asks for in some werkproces, but only
        in werkprocessen no module covers.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> uncovered_competencies(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['Relaties bouwen en netwerken', 'Kwaliteit leveren']
    """
    covered = set(curriculum["werkproces_id"])
    links = profile.competenties
    needed = set(links["competentie"])
    brought = set(links.loc[links["werkproces_id"].isin(covered), "competentie"])
    return [name for name in competency_names() if name in needed and name not in brought]


def coverage_counts(curriculum: pd.DataFrame, profile: Profile) -> pd.DataFrame:
    """Count per werkproces how many modules cover it and whether one assesses it.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    pandas.DataFrame
        Columns ``werkproces_id``, ``titel``, ``aantal_modules`` (int: distinct modules
        covering it) and ``getoetst`` (bool: some module has niveau ``toetsen`` for it),
        one row per werkproces in profile order.

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> counts = coverage_counts(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    >>> row = counts.set_index("werkproces_id").loc["3.3"]
    >>> int(row["aantal_modules"]), bool(row["getoetst"])
    (4, True)
    """
    modules = curriculum.groupby("werkproces_id")["module"].nunique()
    assessed = set(curriculum.loc[curriculum["niveau"] == "toetsen", "werkproces_id"])
    table = profile.werkprocessen[["werkproces_id", "titel"]].copy()
    table["aantal_modules"] = [int(modules.get(werkproces_id, 0)) for werkproces_id in table["werkproces_id"]]
    table["getoetst"] = [werkproces_id in assessed for werkproces_id in table["werkproces_id"]]
    return table.astype({"aantal_modules": "int64", "getoetst": "bool"}).reset_index(drop=True)


def taught_not_assessed(curriculum: pd.DataFrame, profile: Profile) -> list[str]:
    """Return the werkprocessen that modules teach but none assesses, in profile order.

    A werkproces counts when at least one row gives it a niveau (``introductie`` or
    ``oefenen``) and no row gives it ``toetsen``. Werkprocessen covered only by rows
    without a niveau are left out: whether they are assessed is not known.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    list of str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> taught_not_assessed(load_curriculum(EXAMPLE_CURRICULUM, profile), profile)
    ['1.3']
    """
    with_niveau = set(curriculum.loc[curriculum["niveau"] != "", "werkproces_id"])
    assessed = set(curriculum.loc[curriculum["niveau"] == "toetsen", "werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"]
            if werkproces_id in with_niveau and werkproces_id not in assessed]


def _unknown_depth(curriculum, profile):
    """Werkprocessen covered only by rows without a niveau."""
    with_niveau = set(curriculum.loc[curriculum["niveau"] != "", "werkproces_id"])
    covered = set(curriculum["werkproces_id"])
    return [werkproces_id for werkproces_id in profile.werkprocessen["werkproces_id"]
            if werkproces_id in covered and werkproces_id not in with_niveau]


def curriculum_report(curriculum: pd.DataFrame, profile: Profile) -> str:
    """Summarise in Dutch how a curriculum covers the profile, gaps first.

    Parameters
    ----------
    curriculum : pandas.DataFrame
        A table from :func:`load_curriculum`.
    profile : Profile

    Returns
    -------
    str

    Examples
    --------
    >>> from bcp_analysis import load_profile
    >>> profile = load_profile()
    >>> print(curriculum_report(load_curriculum(EXAMPLE_CURRICULUM, profile), profile))  # doctest: +ELLIPSIS
    Curriculum tegen het profiel Junior accountmanager: 9 modules, 26 koppelingen.
    13 van de 15 werkprocessen worden gedekt.
    <BLANKLINE>
    Niet gedekt door een module (2):
      2.4  Werkt aan een diepterelatie
      3.7  Voert aftersales uit
    ...
    """
    titles = dict(zip(profile.werkprocessen["werkproces_id"], profile.werkprocessen["titel"]))
    counts = coverage_counts(curriculum, profile)
    uncovered = uncovered_werkprocessen(curriculum, profile)
    total = len(titles)
    links = len(curriculum.drop_duplicates(["module", "werkproces_id"]))
    covered = total - len(uncovered)
    lines = [
        f"Curriculum tegen het profiel {profile.titel}: {count(curriculum['module'].nunique(), 'module', 'modules')}, "
        f"{count(links, 'koppeling', 'koppelingen')}.",
        f"{covered} van de {count(total, 'werkproces', 'werkprocessen')} "
        f"{'wordt' if covered == 1 else 'worden'} gedekt.",
    ]

    def block(heading, ids):
        lines.append("")
        lines.append(f"{heading} ({len(ids)}):" if ids else f"{heading}: geen.")
        lines.extend(f"  {werkproces_id:<5}{titles[werkproces_id]}" for werkproces_id in ids)

    block("Niet gedekt door een module", uncovered)
    block("Wel onderwezen, nergens getoetst", taught_not_assessed(curriculum, profile))
    unknown = _unknown_depth(curriculum, profile)
    if unknown:
        block("Gedekt, maar zonder niveau (toetsing onbekend)", unknown)
    competencies = uncovered_competencies(curriculum, profile)
    lines.append("")
    if competencies:
        lines.append(f"Competenties die alleen in niet-gedekte werkprocessen voorkomen ({len(competencies)}):")
        lines.extend(f"  {name}" for name in competencies)
    else:
        lines.append("Competenties die alleen in niet-gedekte werkprocessen voorkomen: geen.")
    lines.append("")
    lines.append("Aantal modules per werkproces (* = getoetst):")
    for row in counts.itertuples():
        mark = "*" if row.getoetst else " "
        lines.append(f"  {row.werkproces_id:<5}{row.aantal_modules:>2} {mark} {row.titel}")
    return "\n".join(lines)
