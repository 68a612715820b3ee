"""Reader of a programme typed by hand as a CSV: one row per module and werkproces it covers.

The committee's own table (``data/curriculum/README.md``): the columns ``module``,
``werkproces_id`` and, optionally, ``werkproces_titel`` and ``niveau``. The reader fills the one
programme model (:class:`~bcp_analysis.model.programme.Programme`): each module is an onderdeel of
soort ``module``, each row a row of ``dekking`` with its niveau, each named werkproces a row of
``werkprocessen`` with the title the row gives. Such a table is typed for one profile, so
:func:`check_against_profile` refuses an id the profile does not have and a title that belongs
to another id, where a school's own document is only reported.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from rapidfuzz import fuzz, process

from bcp_analysis.dutch import count
from bcp_analysis.errors import ProfileError
from bcp_analysis.files import read_text_file
from bcp_analysis.model.competencies import normalize_name
from bcp_analysis.model.programme import (
    KENMERKEN,
    NIVEAUS,
    PROGRAMME_TABLES,
    Programme,
    make_programme_table,
    same_title,
)
from bcp_analysis.readers.protocol import ProgrammeReader

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.profile import Profile
    from bcp_analysis.readers.protocol import PathLike

__all__ = ["READER", "check_against_profile"]

SOORT = "module"
"""str: the soort of every onderdeel of a CSV."""

_COLUMNS = ("module", "werkproces_id", "niveau")
_TITLE = "werkproces_titel"
_ACCEPTED = ("module", "werkproces_id", "werkproces_titel", "niveau")
_REQUIRED = ("module", "werkproces_id")
_SHOWN = 5  # problems of one kind shown in full in a message
_NIVEAU_WORDS = {
    "introductie": "introductie", "introduceren": "introductie", "introduced": "introductie",
    "introduce": "introductie", "introduction": "introductie",
    "oefenen": "oefenen", "geoefend": "oefenen", "practised": "oefenen", "practiced": "oefenen",
    "practise": "oefenen", "practice": "oefenen",
    "toetsen": "toetsen", "getoetst": "toetsen", "toets": "toetsen", "assessed": "toetsen",
    "assess": "toetsen", "assessment": "toetsen",
}
_SEPARATORS = (",", ";")
_KERNTAAK_OF = (re.compile(r"^([BP]\d+-K\d+)-W\d+$", re.IGNORECASE), re.compile(r"^(\d+)\.\d+$"))


def _fail(path, row, problem, fix=None):
    raise ProfileError(path, f"rij {row}", problem, fix)


def _listed(problems):
    """The first few problems, joined, and a count of the rest."""
    shown = "; ".join(problems[:_SHOWN])
    rest = len(problems) - _SHOWN
    return shown + (f"; en nog {count(rest, 'geval', 'gevallen')}" if rest > 0 else "")


# --- reading the file --------------------------------------------------------------------------


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


def _read_table(path):
    """The file as a table of text with the accepted columns, lower case, each present."""
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
    table.columns = _checked_columns(path, [str(column).strip().casefold() for column in table.columns])
    for column in ("niveau", _TITLE):
        if column not in table:
            table[column] = ""
    return table


def _checked_columns(path, columns):
    """Refuse unknown, missing and repeated columns."""
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
    return columns


def _row(path, number, values):
    """One filled row checked: its module, werkproces id and niveau (read as one of NIVEAUS or "")."""
    if not values["module"]:
        _fail(path, number, "de modulenaam is leeg", "vul in de kolom module de naam van de onderwijseenheid in")
    if not values["werkproces_id"]:
        _fail(path, number, f"module '{values['module']}' heeft geen werkproces_id",
              "vul het werkproces in dat de module dekt, bijvoorbeeld 1.1")
    niveau = values["niveau"]
    if niveau:
        niveau = _NIVEAU_WORDS.get(niveau.casefold())
        if niveau is None:
            _fail(path, number, f"niveau '{values['niveau']}' is onbekend",
                  f"gebruik {', '.join(NIVEAUS)} (of introduced, practised, assessed), of laat het leeg")
    return {"module": values["module"], "werkproces_id": values["werkproces_id"], "niveau": niveau,
            "titel": values[_TITLE], "regel": number}


def _check_module_names(path, rows):
    """Refuse module names that differ only in case or in spaces inside them."""
    spellings = {}
    for row in rows:
        key = "".join(row["module"].split()).casefold()
        spellings.setdefault(key, {}).setdefault(row["module"], row["regel"])
    clashes = [variants for variants in spellings.values() if len(variants) > 1]
    if clashes:
        first = clashes[0]
        number = sorted(first.values())[1]
        problems = [" en ".join(f"'{name}' (rij {row})" for name, row in variants.items()) for variants in clashes]
        _fail(path, number, f"modulenamen die alleen in hoofdletters of spaties verschillen: {_listed(problems)}",
              f"schrijf elke module overal hetzelfde, bijvoorbeeld '{next(iter(first))}'; "
              "zijn het echt verschillende modules, geef ze dan duidelijk verschillende namen")


def _check_repeats(path, rows):
    """Refuse rows that repeat an earlier row (same module, werkproces and niveau)."""
    seen, problems, first = {}, [], None
    for row in rows:
        key = (row["module"], row["werkproces_id"], row["niveau"])
        if key in seen:
            problems.append(f"rij {row['regel']} herhaalt rij {seen[key]}")
            first = first or row["regel"]
        else:
            seen[key] = row["regel"]
    if problems:
        _fail(path, first, f"dubbele rijen: {_listed(problems)}",
              "haal de dubbele rijen weg (of geef het bedoelde andere werkproces of niveau)")


def _kerntaak_of(werkproces_id):
    """The kerntaak a code names: B1-K1 of B1-K1-W2, 1 of 1.2; "" for anything else."""
    for pattern in _KERNTAAK_OF:
        match = pattern.match(werkproces_id)
        if match:
            return match.group(1)
    return ""


def _table(name, rows):
    """A programme table of rows that give some columns: every other text column "" (never a column of NaN)."""
    texts = {column: "" for column, dtype in PROGRAMME_TABLES[name].items() if dtype == "str"}
    return make_programme_table(name, [texts | row for row in rows])


def _programme(path, rows):
    """The Programme of the checked rows."""
    modules = list(dict.fromkeys(row["module"] for row in rows))
    first_row = {}
    for row in rows:
        first_row.setdefault(row["module"], row["regel"])
    onderdelen = _table("onderdelen", [
        {"onderdeel": module, "soort": SOORT, "regel": first_row[module]} for module in modules])
    werkprocessen = _table("werkprocessen", [
        {"werkproces_id": row["werkproces_id"], "kerntaak_id": _kerntaak_of(row["werkproces_id"]),
         "titel": row["titel"], "regel": row["regel"]} for row in rows])
    dekking = _table("dekking", [
        {"onderdeel": row["module"], "werkproces_id": row["werkproces_id"],
         "kerntaak_id": _kerntaak_of(row["werkproces_id"]), "niveau": row["niveau"], "regel": row["regel"]}
        for row in rows])
    return Programme(kenmerken=dict.fromkeys(KENMERKEN), kerntaken=make_programme_table("kerntaken"),
                     werkprocessen=werkprocessen, onderdelen=onderdelen, dekking=dekking, source=str(path))


class CsvProgrammeReader(ProgrammeReader):
    """The committee's CSV: module, werkproces_id, werkproces_titel (optional), niveau (optional).

    Column names are read without regard to case or surrounding spaces. The file may be UTF-8
    with or without byte-order mark (Excel's "CSV UTF-8") and separated by ``,`` or by ``;``
    (Dutch Excel); the separator is taken from the header row. Rows in which every cell is
    empty are skipped; spaces around a cell are ignored. ``niveau`` is ``introductie``,
    ``oefenen`` or ``toetsen`` (the English ``introduced``, ``practised`` and ``assessed``
    too; case does not matter), or empty.

    Every problem is a ``ProfileError`` with the place ``rij N``, the row as Excel shows it (the
    header is row 1): an empty file or one with only a header, a file that is not UTF-8, a
    row with more cells than the header, a missing required column, an unknown column (the
    allowed ones listed), an empty module name or werkproces id, an unknown niveau, a repeated
    row, module names differing only in case or spaces.

    Examples
    --------
    >>> from bcp_analysis.paths import EXAMPLE_CURRICULUM
    >>> programme = READER.read_programme(EXAMPLE_CURRICULUM)
    >>> len(programme.onderdelen), len(programme.dekking)
    (9, 26)
    >>> programme.dekking.iloc[0][["onderdeel", "werkproces_id", "kerntaak_id", "niveau"]].tolist()
    ['Oriëntatie op accountmanagement', '1.1', '1', 'introductie']
    """

    SUFFIXES = (".csv",)
    LABEL = "een curriculum als .csv"

    def read_programme(self, path: PathLike) -> Programme:
        """Read the CSV into a Programme (see the class)."""
        path = Path(path)
        table = _read_table(path)
        rows = []
        for index, record in enumerate(table[list(_COLUMNS) + [_TITLE]].to_dict("records")):
            values = {key: (value or "").strip() for key, value in record.items()}
            if any(values.values()):
                rows.append(_row(path, index + 2, values))
        if not rows:
            _fail(path, 2, "het bestand bevat geen modules, alleen een kopregel",
                  "vul per module en werkproces een rij in (zie data/curriculum/README.md)")
        _check_module_names(path, rows)
        _check_repeats(path, rows)
        return _programme(path, rows)

    def check_against_profile(self, programme: Programme, profile: Profile) -> None:
        """Refuse, for a CSV typed for one profile, an id the profile lacks or a title of another id.

        Parameters
        ----------
        programme : Programme
        profile : Profile

        Raises
        ------
        ProfileError
            See :func:`check_against_profile`.
        """
        if self.typed_for_profile(programme):
            check_against_profile(programme, profile)

    def typed_for_profile(self, programme: Programme) -> bool:
        """Return whether a programme was read from a file of this format (a table typed for one profile).

        Parameters
        ----------
        programme : Programme

        Returns
        -------
        bool
        """
        return Path(programme.source).suffix.lower() in self.SUFFIXES


READER = CsvProgrammeReader()


# --- a table typed for one profile, held against it -------------------------------------------------


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


def check_against_profile(programme: Programme, profile: Profile) -> None:
    """Refuse a typed table whose ids or titles do not fit the profile it is held against.

    Every werkproces id must be one of the profile's (an unknown one is refused with the one
    meant: a date Excel made of it, a decimal comma, a title typed as id, the closest id), and
    a ``werkproces_titel`` must be the title of its id in the profile, so that a table held
    against a renumbered profile is not attributed to other werkprocessen.

    Parameters
    ----------
    programme : Programme
        As :meth:`CsvProgrammeReader.read_programme` returns.
    profile : Profile

    Raises
    ------
    ProfileError
        With the place ``rij N`` of the first problem.
    """
    path = programme.source
    werkprocessen = profile.werkprocessen
    known = set(werkprocessen["werkproces_id"])
    for werkproces_id, number in zip(programme.dekking["werkproces_id"], programme.dekking["regel"]):
        if werkproces_id not in known:
            _fail(path, int(number), f"werkproces '{werkproces_id}' bestaat niet in het profiel {profile.titel}",
                  _id_suggestion(werkproces_id, werkprocessen))
    titles = dict(zip(werkprocessen["werkproces_id"], werkprocessen["titel"]))
    problems, first = [], None
    for werkproces_id, given, number in programme.werkprocessen[["werkproces_id", "titel", "regel"]].itertuples(
            index=False):
        if not given or same_title(given, titles[werkproces_id]):
            continue
        elsewhere = [other for other, title in titles.items() if same_title(given, title)]
        hint = f", die titel heeft hier {elsewhere[0]}" if elsewhere else ""
        problems.append(f"rij {number}: {werkproces_id} '{given}' heet in het profiel '{titles[werkproces_id]}'{hint}")
        first = first or int(number)
    if problems:
        _fail(path, first,
              f"werkproces-titels passen niet bij hun id in het profiel {profile.titel}: {_listed(problems)}",
              "is het profiel hernummerd, of hoort het curriculum bij een ander profiel? Zet de ids gelijk aan "
              "de werkprocessen van dit profiel (of maak de kolom werkproces_titel leeg als de titel alleen "
              "anders gespeld is)")
