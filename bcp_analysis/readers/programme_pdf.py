"""The reader of a programme's PDF (examenplan, OER, toetsplan): its tables of onderdelen read by their layout.

The PDF is read with the machinery of the profile reader (:mod:`bcp_analysis.readers.pdf`,
:mod:`bcp_analysis.readers.pdf_page`, :mod:`bcp_analysis.readers.pdf_rows`) into lines and tables
(:mod:`bcp_analysis.readers.programme_layout`), which :mod:`bcp_analysis.readers.programme_build`
turns into a Programme. A PDF that is a profile (a BCP or a kwalificatiedossier) or a scan
without text is refused with what it is and what to do. A document that maps no exam but holds text
turned a quarter (a matrix's column headers written upright that were not read) says so
(:mod:`bcp_analysis.readers.programme_turned`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from bcp_analysis.errors import NotAProgrammeError, ProfileError
from bcp_analysis.readers.audit_source import SourceLine
from bcp_analysis.readers.protocol import PathLike, ProgrammeReader

if TYPE_CHECKING:  # names of the annotations only
    from bcp_analysis.model.programme import Programme

__all__ = ["READER", "read_programme_pdf", "is_profile_text"]

# Lines that a profile (BCP or kwalificatiedossier) has many of, and a programme document few.
_PROFILE_LINE = re.compile(
    r"^(?:Competenties\s*:?|Resultaat(?:en)?\s*:?|Gedrag\s*:?|Kennis\s+van\s*:?|Vaardigheden\s*:?"
    r"|Beschrijving\s+werkproces\b.*|Typerende\s+beroepshouding.*|Vakkennis\s+en\s+(?:vak)?vaardigheden.*"
    r"|Omschrijving\s*:?|Complexiteit\s*:?|Verantwoordelijkheid\s+en\s+zelfstandigheid.*)$", re.IGNORECASE)


def is_profile_text(lines) -> bool:
    """Whether lines of text are a profile's (BCP or kwalificatiedossier) rather than a programme's.

    >>> is_profile_text(["Competenties:", "Resultaat:", "Gedrag:", "Competenties:", "Resultaat:"])
    True
    >>> is_profile_text(["Examenplan", "B1-K1-W1 Zorgt voor een veilig klimaat"])
    False
    """
    return sum(1 for line in lines if _PROFILE_LINE.match(line.strip())) >= 5


def _images(path):
    """The pages with a picture that covers a fifth of the page or more."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for number in range(len(document)):
            page = document[number]
            area = page.get_width() * page.get_height()
            for item in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2):
                left, bottom, right, top = item.get_bounds()
                if (right - left) * (top - bottom) >= 0.2 * area:
                    pages.append(number + 1)
                    break
        return pages
    finally:
        document.close()


def read_programme_pdf(path):
    """Read a programme's PDF into a Programme.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    Programme

    Raises
    ------
    ProfileError
        For a file that is no readable PDF, a scan without text (asks for OCR), and a profile's PDF
        (says to give it as the profile).
    """
    from bcp_analysis.readers.programme_build import build_programme
    from bcp_analysis.readers.programme_layout import pdf_layout

    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        raise ProfileError(path, "bestand", "het bestand is leeg (0 bytes)",
                           "download of exporteer de pdf opnieuw: bij het opslaan is er niets in gekomen")
    layout = pdf_layout(path)
    if not any(line.text.strip() for line in layout.lines):
        raise ProfileError(path, "bestand", "deze pdf bevat geen tekst: alleen afbeeldingen (een scan?)",
                           "laat de pdf eerst herkennen met OCR (tekstherkenning, bijvoorbeeld in Adobe Acrobat of "
                           "'ocrmypdf') en lees dan de herkende pdf")
    programme = build_programme(layout, str(path), images=())
    if not programme.maps_exams and is_profile_text([line.text for line in layout.lines]):
        raise NotAProgrammeError(path, "bestand", "dit is de pdf van een profiel (een beroepscompetentieprofiel of "
                           "kwalificatiedossier), geen examenplan, OER of toetsplan",
                           "geef deze pdf als het profiel (het tweede argument, of in validate zonder examenplan) en "
                           "geef als examenplan het document van de school")
    if not programme.maps_exams:
        programme = _turned_note(build_programme(layout, str(path), images=_images(path)), path, layout)
    return programme


def _turned_note(programme, path, layout):
    """The programme with a note of the text turned a quarter that the layout could not set upright (a header's codes
    written upright in a form), in place of the note that the document maps no exam."""
    import dataclasses

    from bcp_analysis.model.programme import ProgrammeNote
    from bcp_analysis.readers.programme_turned import turned_texts

    pages = {}
    for line in layout.lines:
        pages.setdefault(line.pagina, []).append(line.text)
    turned = [(pagina, text) for pagina, text in turned_texts(path)
              if not any(text in line for line in pages.get(pagina, ()))]   # those set upright were read
    if not turned:
        return programme
    pages = sorted({pagina for pagina, _ in turned})
    texts = ", ".join(dict.fromkeys(text for _, text in turned))
    notes = [note for note in programme.notes if note.kind not in ("geen_examens", "afbeelding")]
    notes += [ProgrammeNote("tabel", ", ".join(text for number, text in turned if number == pagina), pagina, None,
                            f"kolomkoppen staan gedraaid: {texts}; de tekst staat verticaal en is niet te lezen "
                            "als de kop van een matrix, er is geen examen uit gelezen; vul de koppeling in als CSV of "
                            "markdown-tabel (| Onderdeel | Werkprocessen |)") for pagina in pages]
    return dataclasses.replace(programme, notes=tuple(notes))


class _ProgrammePdfReader(ProgrammeReader):
    """A programme's PDF: its tables of onderdelen read by their layout."""

    SUFFIXES = (".pdf",)
    LABEL = "een examenplan, OER of toetsplan als .pdf"

    def read_programme(self, path: PathLike) -> Programme:
        return read_programme_pdf(path)

    def audit_lines(self, path: PathLike) -> list[SourceLine]:
        """The lines of the text PDFium gives of every page, numbered per page: not the reader's rows."""
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise ProfileError(path, "bestand", f"de pdf kan niet worden gelezen voor de controle ({exc})",
                               "controleer of het bestand een pdf is") from None
        lines = []
        try:
            for index in range(len(document)):
                text = document[index].get_textpage().get_text_range()
                text = text.replace("\ufffe", "-").replace("\x02", "-").replace("\r\n", "\n").replace("\r", "\n")
                lines += [SourceLine(number, line, index + 1) for number, line in enumerate(text.split("\n"), start=1)]
        finally:
            document.close()
        return lines


READER = _ProgrammePdfReader()
"""The reader of this format, registered in :data:`bcp_analysis.readers.PROGRAMME_READERS`."""
