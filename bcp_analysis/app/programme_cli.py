"""``bcp-analysis validate`` for a programme document (examenplan, OER, toetsplan): what was read, what was not.

``validate`` hands a document here when it reads as a programme (:func:`programme_document`):
a PDF or text whose reader finds a table of onderdelen, or werkproces codes without being a
profile. A profile's PDF or text goes on to the profile's validate; a scan stops with the
request for OCR. Nothing is written.
"""

from __future__ import annotations

import re
from pathlib import Path

from bcp_analysis.errors import NotAProgrammeError

__all__ = ["programme_document", "validate_programme"]

_PROGRAMME_WORDS = re.compile(r"examenplan|toetsplan|onderwijs-\s*en\s+examenregeling|\bOER\b", re.IGNORECASE)
_LABELS = (("school", "school"), ("kwalificatiedossier", "kwalificatiedossier"),
           ("crebo_kwalificatiedossier", "crebo dossier"), ("profiel", "profiel"), ("crebo", "crebo"),
           ("niveau", "niveau"), ("cohort", "cohort"), ("vastgesteld_op", "vastgesteld op"))


def programme_document(path):
    """Return the Programme of a document that is a programme, else None (a profile, another kind of file).

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Programme or None

    Raises
    ------
    ProfileError
        For a document that is neither (a scan without text, a damaged file): the reader's message.
    """
    from bcp_analysis.readers import find_programme_reader

    path = Path(path)
    reader = find_programme_reader(path)
    if reader is None and path.is_file():
        from bcp_analysis.readers.programme_refuse import refuse_office_file

        refuse_office_file(path)   # a Word or Excel file, profile or programme: save it as PDF or CSV
    if reader is None or not path.is_file():
        return None
    try:
        programme = reader.read_programme(path)
    except NotAProgrammeError:  # a profile: the profile's validate reads it
        return None
    if programme.maps_exams or not programme.werkprocessen.empty or not programme.kerntaken.empty or any(
            note.kind == "tabel" for note in programme.notes):   # it names codes, or holds a table not read
        return programme
    from bcp_analysis.audit.programme import programme_lines

    if any(_PROGRAMME_WORDS.search(line.text) for line in programme_lines(path)[:200]):
        return programme
    return None


def _codes(frame):
    ids = [werkproces or f"{kerntaak} (kerntaak)" for werkproces, kerntaak in zip(frame["werkproces_id"],
                                                                                  frame["kerntaak_id"])]
    return ", ".join(ids)


def _place(pagina, regel):
    parts = [] if pagina is None or str(pagina) == "<NA>" else [f"pagina {pagina}"]
    return ", ".join(parts + ([] if regel is None or str(regel) == "<NA>" else [f"regel {regel}"]))


def _describe(programme):
    """Return what was read of a programme, in Dutch lines: kenmerken, counts, each onderdeel with its codes.

    Parameters
    ----------
    programme : Programme

    Returns
    -------
    list of str
    """
    from bcp_analysis.dutch import count

    kenmerken = [f"{label} {programme.kenmerken[key]}" for key, label in _LABELS if programme.kenmerken.get(key)]
    lines = [f"Programma: {Path(programme.source).name}",
             f"Kenmerken: {' · '.join(kenmerken) if kenmerken else '(het document noemt er geen)'}",
             f"Gelezen: {count(len(programme.kerntaken), 'kerntaak', 'kerntaken')}, "
             f"{count(len(programme.werkprocessen), 'werkproces', 'werkprocessen')}, "
             f"{count(len(programme.onderdelen), 'onderdeel', 'onderdelen')}, "
             f"{count(len(programme.dekking), 'koppeling', 'koppelingen')} van onderdeel aan werkproces"]
    if not programme.onderdelen.empty:
        lines.append("\nPer onderdeel:")
        for row in programme.onderdelen.itertuples():
            covered = programme.dekking[programme.dekking["onderdeel"] == row.onderdeel]
            lines.append(f"  {row.onderdeel} ({row.soort}, {_place(row.pagina, row.regel)}): {_codes(covered)}")
    examined = set(programme.dekking["werkproces_id"])
    untested = programme.werkprocessen[~programme.werkprocessen["werkproces_id"].isin(examined)]
    if programme.maps_exams and not untested.empty:
        lines.append("\nGenoemd, maar in geen onderdeel: "
                     + ", ".join(f"{row.werkproces_id} ({_place(row.pagina, row.regel)})"
                                 for row in untested.itertuples()))
    for part in programme.other_parts:
        name = part.kenmerken.get("profiel") or f"crebo {part.crebo}"
        lines.append(f"Apart gehouden (andere kwalificatie): {name}: "
                     f"{count(len(part.werkprocessen), 'werkproces', 'werkprocessen')}, "
                     f"{count(len(part.onderdelen), 'onderdeel', 'onderdelen')}")
    if not programme.maps_exams and any(note.kind == "tabel" for note in programme.notes):
        lines.append("\nDe tabellen van examens in dit document zijn niet gelezen (zie de bevindingen hieronder): "
                     "geef van een tekst de pdf zelf, of geef de tabellen als markdown-tabel of CSV.")
    elif not programme.maps_exams:
        lines.append("\nDit document koppelt geen examen of onderdeel aan werkprocessen: het noemt ze alleen.")
    return lines


def validate_programme(path, programme):
    """Print what was read of a programme document, what was not placed, and the verdict; return the exit code.

    Parameters
    ----------
    path : str or os.PathLike
    programme : Programme

    Returns
    -------
    int
        1 when a code of the document's text is in no table (or cannot be read), else 0.
    """
    from bcp_analysis.audit.programme import audit_programme

    print("\n".join(_describe(programme)))
    report = audit_programme(path, programme)
    print()
    print("\n".join(_report(report, path)))
    return 1 if report.lost else 0


def _report(report, path):
    """The audit's findings and the verdict, in the words of a programme document."""
    from bcp_analysis.dutch import count

    if report.ok:
        return ["Controle van de bron: elke code van een werkproces of kerntaak in de tekst staat in een tabel.",
                f"{path}: in orde."]
    lines = [f"Controle van de bron: {count(len(report.findings), 'bevinding', 'bevindingen')}:"]
    lines += [f"  - {line}" for line in report.lines()]
    lost = len(report.lost)
    if lost:
        lines.append(f"{path}: niet in orde: {count(lost, 'code', 'codes')} van de tekst niet geplaatst "
                     "(zie hierboven).")
    else:
        lines.append(f"{path}: te controleren: {count(len(report.findings), 'melding', 'meldingen')} (zie hierboven).")
    return lines
