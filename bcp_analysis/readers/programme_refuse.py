"""What a file given as a programme document is, when no programme reader takes it: one message each.

:func:`bcp_analysis.readers.load_programme` asks here for a file whose ending no reader of
programme documents takes:

- a profile's format (a kwalificatiedossier of SBB as .xml, a profile as .yaml): it is a
  profile, to give as the profile, with the school's document as the programme;
- a Word or Excel file (and the like): save it as PDF, or the table as CSV;
- any other ending: the endings that are read.

``bcp-analysis validate``, which takes a profile or a programme, asks :func:`refuse_office_file`
for a file that is neither.
"""

from __future__ import annotations

from pathlib import Path

from bcp_analysis.errors import NotAProgrammeError, ProfileError

__all__ = ["refuse_office_file"]

# Word processors' and spreadsheets' files: what the user saves instead
_WORD = {".docx", ".doc", ".docm", ".odt", ".rtf", ".pages"}
_SHEET = {".xlsx", ".xls", ".xlsm", ".ods", ".numbers"}
_INSTEAD = ("geef als examenplan het document van de school: een pdf, de tekst ervan (.txt, .md) of een CSV "
            "(module, werkproces_id, niveau; zie data/curriculum/template.csv)")


def _yaml_profile(path):
    """Whether a .yaml file is a profile (its top level has ``formaat`` or ``meta``), as far as it can be read."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and bool({"formaat", "meta"} & set(data))


def refuse_office_file(path):
    """Raise the error for a Word document or a spreadsheet (save it as PDF, or as CSV); return for any other file.

    Parameters
    ----------
    path : pathlib.Path

    Raises
    ------
    ProfileError
        For a file of a word processor or a spreadsheet, with what to save it as.
    """
    suffix = path.suffix.lower()
    if suffix in _WORD:
        raise ProfileError(path, "bestand", f"een Word-document ({suffix}) wordt niet gelezen",
                           "sla het document in Word op als pdf ('Opslaan als', type PDF) en geef die pdf")
    if suffix in _SHEET:
        raise ProfileError(path, "bestand", f"een werkblad ({suffix}) wordt niet gelezen",
                           "sla het werkblad in Excel op als 'CSV UTF-8 (door komma's gescheiden)' met de kolommen "
                           "module, werkproces_id, niveau (zie data/curriculum/template.csv), of sla het op als pdf")


def refuse_as_programme(path, known, reader=None):
    """Raise the one error for a file no reader of programme documents takes.

    Parameters
    ----------
    path : pathlib.Path
    known : str
        The endings the programme readers take, for the message.
    reader : bcp_analysis.readers.protocol.Reader, optional
        The reader of profiles that takes the file (``find_reader(path)``), None when none does.

    Raises
    ------
    NotAProgrammeError
        For a profile's format (a kwalificatiedossier of SBB, a profile as .yaml).
    ProfileError
        For any other file: a Word or Excel file (save as PDF or CSV), an unknown ending.

    Examples
    --------
    >>> from pathlib import Path
    >>> refuse_as_programme(Path("examenplan.docx"), ".pdf")
    Traceback (most recent call last):
    bcp_analysis.errors.ProfileError: examenplan.docx: bestand: een Word-document (.docx) wordt niet gelezen...
    """
    refuse_office_file(path)
    suffix = path.suffix.lower()
    if reader is not None and (suffix not in (".yaml", ".yml") or _yaml_profile(path)):
        what = reader.LABEL if "profiel" in reader.LABEL else f"{reader.LABEL}: een profiel"
        raise NotAProgrammeError(path, "bestand", f"dit is {what}, geen examenplan, OER of toetsplan",
                                 f"geef dit bestand als het profiel, en {_INSTEAD}")
    if reader is not None:
        raise ProfileError(path, "bestand", "een .yaml-bestand is geen profiel en geen examenplan dat gelezen wordt",
                           f"{_INSTEAD}; is dit de bron van een examenplan, geef dan de pdf die ervan gemaakt is")
    raise ProfileError(path, "bestand", f"onbekend soort bestand '{path.suffix or '(geen extensie)'}'",
                       f"geef een examenplan, OER of toetsplan als een van: {known}")
