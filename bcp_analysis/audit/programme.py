"""The audit of a programme document: every werkproces and kerntaak code of its text is in the Programme, or reported.

The audit does not trust the programme reader. It reads the document again with a reading of its
own (the reader's plain reading, :meth:`ProgrammeReader.audit_lines`: for a PDF the text PDFium
gives of each page, in its lines, numbered per page, not the reader's rows; for a text, its lines),
finds every code with simple patterns of its own (``B1-K1-W1``, ``P2-K1``, with spaces, "?" or a
line break after a dash, ``B1K1W1`` without dashes, ``B1.K1.W1`` with dots; a BCP's ``WP 1.1``, ``Kerntaak 1``
and ``KT1``), and holds each against the Programme: a
werkproces code is in ``werkprocessen`` (or in a part kept apart, ``other_parts``), a kerntaak
code in ``kerntaken`` or in the kerntaak of a werkproces or a ``dekking`` row. A code that is
not, or that cannot be read ("?" for its B or P), is a finding with its page and line. A short
code (``W1``, as a matrix or a range prints it under its kerntaak) is a code only with its
kerntaak, which the audit cannot read: it is placed where the Programme holds a werkproces of
that number read on the same page (in ``werkprocessen`` or ``dekking``), else it is a finding.
A line that prints only codes of werkprocessen, two or more, as a matrix's header does, none
of them tied to an onderdeel, is a finding for a reviewer (a matrix not read). The reader's own
notes (a cut-off cell, a table it could not read) are findings for a reviewer.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from bcp_analysis.audit.report import AuditReport, Finding, place_key
from bcp_analysis.errors import ProfileError

__all__ = ["audit_programme", "programme_lines"]

_DASH = r"\s*[-\u2010-\u2015?]\s*"
_CODE = re.compile(rf"(?<![A-Za-z0-9])([BbPp?])(\d{{1,2}})(?:{_DASH}|\.(?=[Kk]\d)|(?=K\d{{1,2}}W\d))[Kk?](\d{{1,2}})"
                   rf"(?!(?:{_DASH}|\.)[Ww][Pp]?\s*\d{{1,2}}\.\d)(?:(?:{_DASH}|\.(?=[Ww]\d)|(?=W\d))[Ww?][Pp]?\s*(\d{{1,2}}))?(?!\d|\.\d)")
# A BCP's werkproces as a programme writes it: "WP 1.1", "wp1.1", "werkproces 1.1".
_BCP_CODE = re.compile(r"(?<![A-Za-z0-9])(?:wp|werkproces)\s*(\d{1,2})\.(\d{1,2})(?![\d.])", re.IGNORECASE)
# A short werkproces code, no part of a full one ("B1-K1-W1", "B1-K2- W1", "t/m W5" aside: see _short_codes).
_SHORT_CODE = re.compile(r"(?<![A-Za-z0-9\-\u2010-\u2015?])[Ww]\s?(\d{1,2})(?![\dA-Za-z]|[.,]\d)")
# A BCP's kerntaak: "Kerntaak 1", "KT1"; not "Kerntaak 2 (B1-K2)", the word before a kerntaak's code
_BCP_KERNTAAK = re.compile(r"(?<![A-Za-z0-9])(?:[Kk]erntaak[ \t]+|KT[ \t]?)(\d{1,2})(?![\d]|[.,]\d)"
                           r"(?![ \t]*[:(.\u2013-]?[ \t]*[BbPp]\d{1,2}[ \t]*[-\u2010-\u2015][ \t]*[Kk]\d)")
_NOTE_KINDS = {"afgekapt", "tabel", "afbeelding", "teken", "markering"}


def programme_lines(path):
    """Return the lines of a programme document as the audit reads them: its reader's own plain reading.

    Parameters
    ----------
    path : str or os.PathLike
        A document a programme reader takes (:meth:`~bcp_analysis.readers.protocol.ProgrammeReader.audit_lines`).

    Returns
    -------
    list of SourceLine

    Raises
    ------
    ProfileError
        For a file no programme reader takes.
    """
    from bcp_analysis.readers import find_programme_reader

    reader = find_programme_reader(path)
    if reader is None:
        raise ProfileError(path, "bestand", "geen examenplan, OER of toetsplan in een vorm die gelezen wordt",
                           "geef het document als pdf, als tekst (.txt, .md) of als CSV")
    return reader.audit_lines(Path(path))


def _codes(lines):
    """(line, code as printed, werkproces_id or "", kerntaak_id or "") of every code.

    A code broken after a dash ("B1-" / "K1-W1") is joined to the rest on the next line.
    """
    found = []
    for index, line in enumerate(lines):
        text = line.text
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and following.pagina == line.pagina and re.search(r"[-?]\s*$", text):
            text = f"{text}{following.text.split(' | ')[0]}"   # a code broken over two lines: "B1-" / "K1-W1"
        for match in _CODE.finditer(text):
            if match.start() >= len(line.text):
                continue   # it starts on the next line: found there
            deel, deel_nr, kerntaak_nr, werkproces_nr = match.groups()
            if deel == "?":
                found.append((line, match.group(0), None, None))
                continue
            kerntaak = f"{deel.upper()}{int(deel_nr)}-K{int(kerntaak_nr)}"
            werkproces = f"{kerntaak}-W{int(werkproces_nr)}" if werkproces_nr else ""
            found.append((line, match.group(0), werkproces, kerntaak))
        for match in _BCP_CODE.finditer(line.text):
            kerntaak_nr, werkproces_nr = (int(part) for part in match.groups())
            found.append((line, match.group(0), f"{kerntaak_nr}.{werkproces_nr}", str(kerntaak_nr)))
        found += [(line, match.group(0), "", str(int(match.group(1)))) for match in _BCP_KERNTAAK.finditer(line.text)]
    return found


def _short_codes(lines):
    """(line, code as printed, number) of every short code (``W1``) that is no part of a full code on its line."""
    found = []
    for line in lines:
        full = [match.span() for match in _CODE.finditer(line.text)]
        for match in _SHORT_CODE.finditer(line.text):
            if not any(start <= match.start() < end for start, end in full):
                found.append((line, match.group(0), int(match.group(1))))
    return found


def _unread_headers(codes, programme):
    """Findings for the lines that print only werkproces codes (two or more, a matrix's header) of which no onderdeel
    examines any."""
    tied = {werkproces for part in (programme, *programme.other_parts) for werkproces in part.dekking["werkproces_id"]}
    by_line = {}
    for line, printed, werkproces, _ in codes:
        if werkproces:
            by_line.setdefault(id(line), (line, []))[1].append((printed, werkproces))
    findings = []
    for line, found in by_line.values():
        rest = line.text
        for printed, _ in found:
            rest = rest.replace(printed, " ")
        if len(found) >= 2 and len(rest.replace("|", " ").split()) <= 2 and not tied & {code for _, code in found}:
            findings.append(Finding.of("regel", line, "deze regel noemt alleen codes van werkprocessen, als de kop van "
                                       "een matrix, maar geen onderdeel is aan een ervan gekoppeld: kijk of de "
                                       "koppeling in het document staat en gelezen is"))
    return findings


def _numbers_by_page(programme):
    """{pagina: {numbers of the werkprocessen read on that page}} of the programme and its parts kept apart."""
    found = {}
    for part in (programme, *programme.other_parts):
        for table in (part.werkprocessen, part.dekking):
            for werkproces, pagina in zip(table["werkproces_id"], table["pagina"]):
                number = re.search(r"(?:-W|\.)(\d+)$", werkproces) if isinstance(werkproces, str) else None
                if number is not None:
                    found.setdefault(None if pd.isna(pagina) else int(pagina), set()).add(
                        int(number.group(1)))
    return found


def _known(programme):
    """The werkproces and kerntaak codes the programme (with its parts kept apart) holds."""
    werkprocessen, kerntaken = set(), set()
    for part in (programme, *programme.other_parts):
        werkprocessen |= set(part.werkprocessen["werkproces_id"])
        kerntaken |= set(part.kerntaken["kerntaak_id"]) | set(part.werkprocessen["kerntaak_id"])
        kerntaken |= set(part.dekking["kerntaak_id"])
    return werkprocessen, kerntaken


def audit_programme(path, programme, lines=None):
    """Hold a programme document's text against the Programme read from it.

    Parameters
    ----------
    path : str or os.PathLike
    programme : Programme
    lines : list of SourceLine, optional
        The document's lines as the audit reads them (default: :func:`programme_lines`).

    Returns
    -------
    AuditReport
        Findings of kind ``werkproces`` (a code of the text in no table, or one that cannot be
        read: ``validate`` fails on these) and ``regel`` (a note of the reader, for a reviewer).
    """
    lines = programme_lines(path) if lines is None else lines
    werkprocessen, kerntaken = _known(programme)
    codes = _codes(lines)
    findings = _unread_headers(codes, programme)
    seen = set()
    unread = set()   # (page, code as printed) of the codes that cannot be read
    for line, printed, werkproces, kerntaak in codes:
        key = (line.place, printed)
        if key in seen:
            continue
        seen.add(key)
        if werkproces is None:
            unread.add((line.pagina, printed.replace("\n", " ")))
            findings.append(Finding.of("werkproces", line,
                                    f"code '{printed}' niet te lezen: de B of P staat er als '?'; kijk in het document "
                                    "welke code het is"))
        elif werkproces and werkproces not in werkprocessen:
            findings.append(Finding.of("werkproces", line,
                                    f"werkproces {werkproces} staat in de tekst maar in geen tabel"))
        elif not werkproces and kerntaak not in kerntaken:
            findings.append(Finding.of("werkproces", line,
                                    f"kerntaak {kerntaak} staat in de tekst maar in geen tabel"))
    numbers = _numbers_by_page(programme)
    for line, printed, number in _short_codes(lines):
        if (line.place, printed) not in seen and number not in numbers.get(line.pagina, ()):
            seen.add((line.place, printed))
            findings.append(Finding.of("werkproces", line,
                                    f"werkproces {printed} staat in de tekst zonder zijn kerntaak en in geen tabel; "
                                    "kijk in het document onder welke kerntaak het staat"))
    for note in programme.notes:
        if note.kind == "teken" and (note.pagina, note.text) in unread:
            continue   # the code the audit found unreadable itself
        if note.kind in _NOTE_KINDS:
            findings.append(Finding.at("regel", note.text, note.explanation, regel=note.regel, pagina=note.pagina))
    findings.sort(key=place_key)
    return AuditReport(source=str(path), findings=findings)
