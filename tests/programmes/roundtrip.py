"""A Programme read from a generated examenplan, held against what it was generated from: every difference, in words.

A difference is *reported* when a note of the Programme names what it is about: the code, the
onderdeel, the kenmerk's value or the cell as printed (case and spaces aside). A note of the
whole document (an empty text) reports nothing: "this document maps no exam" about a document
that maps exams is no report of the rows left out.
"""

import dataclasses
import re

from programme_documents import duplicate_name, expected, werkproces_cell

__all__ = ["Difference", "differences", "reported"]


@dataclasses.dataclass(frozen=True)
class Difference:
    """One difference in words, and the texts a note must mention to report it (a code, a name, a cell)."""

    text: str
    keys: tuple

    def __str__(self):
        return self.text


def _flat(text):
    return "".join(str(text).split()).lower()


def reported(difference, notes):
    """Whether some note of the Programme names what ``difference`` is about.

    A key that is a tuple is named by a note that names each of its parts: an onderdeel whose
    name recurs under several kerntaken, ``Praktijkexamen (B1-K1)``, by a note that names
    "Praktijkexamen" and "B1-K1" (a table not read prints the name, not the name the reader
    would have made of it). A table not read names a key it prints broken over a page break
    after a hyphen (:func:`_split_over_a_page`), or wrapped in its cell (:func:`_wrapped_in_its_cell`).
    """
    keys = [_flat(key) for key in difference.keys if key and not isinstance(key, tuple)]
    compound = [[_flat(part) for part in key] for key in difference.keys if isinstance(key, tuple)]
    for note in notes:
        text = _flat(note.text)
        if any(key in text or (len(text) >= 4 and text in key) for key in keys):
            return True
        if any(all(part in text for part in parts) for parts in compound):
            return True
        if note.kind != "tabel":
            continue
        if any(_split_over_a_page(key, note.text) or _wrapped_in_its_cell(key, note.text) for key in difference.keys
               if key and not isinstance(key, tuple)):
            return True
        if any(all(_flat(part) in text or _wrapped_in_its_cell(part, note.text) for part in key)
               for key in difference.keys if isinstance(key, tuple)):
            return True
    return False


def _wrapped_in_its_cell(key, text):
    """Whether a table not read prints ``key`` wrapped in its cell: its start a cell of a line (the line's pieces
    apart by two spaces or more), its rest the first cells of the lines right below it, one to three
    ("Praktijkexamen" / "4", "Proeve van" / "bekwaamheid" / "B1-K1", "Criteriumgericht" / "interview").

    A piece inside a cell ("Praktijkexamen 1 Examen", cells one space apart) or a line further down names nothing.
    """
    key = _flat(key)
    lines = [[_flat(piece) for piece in re.split(r"\s{2,}", line.strip())] for line in text.split("\n")]
    for number, pieces in enumerate(lines):
        for piece in pieces:
            if not piece or not key.startswith(piece) or piece == key:
                continue
            joined = piece
            for below in lines[number + 1:number + 4]:
                joined += below[0]
                if joined == key:
                    return True
                if not below[0] or not key.startswith(joined):
                    break
    return False


def _split_over_a_page(key, text):
    """Whether a table not read prints ``key`` broken over a page break after a hyphen or a word.

    Its start ("Proeve van bekwaamheid B1-", "Proeve van bekwaamheid") stands in a line, its rest
    ("K1", "P2-K2": two characters at least, a letter among them) starts a later line: a row a
    word processor split over the break (the page's foot and the repeated header stand between,
    and a text's cells set one space apart do not say which cell goes on).
    """
    lines = [_flat(line) for line in text.split("\n")]
    key = str(key)
    for cut in [number + 1 for number, character in enumerate(key) if character in "- "]:
        head, rest = _flat(key[:cut]), _flat(key[cut:])
        for number, line in enumerate(lines):
            if len(rest) >= 2 and any(character.isalpha() for character in rest) and head in line \
                    and any(later.startswith(rest) for later in lines[number + 1:]):
                return True
    return False


def _unbroken(value):
    """A cell's value with the spaces a line break may leave out or put in taken out: a PDF's text does not tell
    whether "en/" at a line's end and "of school" on the next were "en/of" or "en/ of" (nor a word a narrow cell
    broke without a hyphen, "Kennisexame" / "n"); the reader joins a cell's lines with a space."""
    return "".join(str(value).split())


def _rows(frame, columns):
    return [tuple(str(value) for value in row) for row in frame[list(columns)].itertuples(index=False)]


def _compare_keyed(label, wanted, found, key, fields, extra_keys=lambda row: ()):
    problems = []
    for name in sorted(set(wanted) | set(found)):
        if name not in found:
            problems.append(Difference(f"{label} {name} ontbreekt", (name, *extra_keys(wanted[name]))))
        elif name not in wanted:
            problems.append(Difference(f"{label} {name} gelezen, maar niet in het document",
                                       (name, *extra_keys(found[name]))))
        else:
            for field in fields:
                if _unbroken(wanted[name][field]) != _unbroken(found[name][field]):
                    problems.append(Difference(
                        f"{label} {name} {field}: '{found[name][field]}' in plaats van '{wanted[name][field]}'",
                        (name, str(wanted[name][field]), *extra_keys(wanted[name]))))
    return problems


def _by(frame, key):
    return {row[key]: row for row in frame.to_dict("records")}


def _compare_dekking(generated, wanted, programme):
    cells = {duplicate_name(generated, exam): werkproces_cell(generated, exam)
             for exam in generated.exams + generated.modules}
    columns = ("onderdeel", "werkproces_id", "kerntaak_id", "niveau")
    want = sorted(tuple(row[c] for c in columns) for row in wanted)
    got = sorted(_rows(programme.dekking, columns))
    problems = []
    for row in sorted(set(want) | set(got)):
        if want.count(row) != got.count(row):
            onderdeel, werkproces_id, kerntaak_id, _ = row
            problems.append(Difference(
                f"dekking {row}: {got.count(row)} keer gelezen, {want.count(row)} keer in het document",
                (werkproces_id or kerntaak_id, cells.get(onderdeel, ""), *cells.get(onderdeel, "").split("\n"))))
    return problems


def _compare_pages(want_onderdelen, programme, pages):
    problems = []
    for table in ("onderdelen", "dekking"):
        for row in programme.tables()[table].to_dict("records"):
            page = pages.get(row["onderdeel"])
            if page is not None and row["pagina"] is not None and str(row["pagina"]) != str(page):
                problems.append(Difference(f"{table} {row['onderdeel']} {row.get('werkproces_id', '')}: pagina "
                                           f"{row['pagina']} in plaats van {page}", (row["onderdeel"],)))
    for name, frame in programme.tables().items():
        if frame["pagina"].isna().any():
            problems.append(Difference(f"{name}: rijen zonder pagina", ()))
    return problems


def differences(generated, programme, pages=None, paged=True):
    """Every difference between a Programme and the generated examenplan, as ``Difference`` items.

    Tables are compared as sets of rows (order is layout); ``pagina`` where ``pages`` gives the
    page of each onderdeel's row ({expected onderdeel name: page}, known to the reportlab
    producer), otherwise only that every row has a page; not at all for a text (``paged=False``).
    """
    wanted = expected(generated)
    problems = []
    for key, value in wanted["kenmerken"].items():
        got = programme.kenmerken.get(key)
        if got != value:
            problems.append(Difference(f"kenmerk {key}: {got!r} in plaats van {value!r}", (value or "",)))
    problems += _compare_keyed("kerntaak", _by_dicts(wanted["kerntaken"], "kerntaak_id"),
                               _by(programme.kerntaken, "kerntaak_id"), "kerntaak_id", ("titel",))
    problems += _compare_keyed("werkproces", _by_dicts(wanted["werkprocessen"], "werkproces_id"),
                               _by(programme.werkprocessen, "werkproces_id"), "werkproces_id",
                               ("kerntaak_id", "titel"))
    problems += _compare_keyed("onderdeel", _by_dicts(wanted["onderdelen"], "onderdeel"),
                               _by(programme.onderdelen, "onderdeel"), "onderdeel",
                               ("code", "soort", "vorm", "duur", "plaats", "weging", "periode", "kerntaak_id"),
                               extra_keys=_printed_name)
    problems += _compare_dekking(generated, wanted["dekking"], programme)
    if paged:
        problems += _compare_pages(wanted["onderdelen"], programme, pages or {})
    if len(programme.onderdelen) != programme.onderdelen["onderdeel"].nunique():
        problems.append(Difference("onderdeel: een naam staat meer dan eens in de tabel", ()))
    return problems


def _printed_name(row):
    """(the printed name, its kerntaak as printed) of an onderdeel whose name the reader made unique, else ()."""
    name, _, kerntaak = str(row["onderdeel"]).rpartition(" (")
    return ((name, kerntaak.rstrip(")")),) if name and kerntaak.endswith(")") else ()


def _by_dicts(rows, key):
    return {row[key]: row for row in rows}
