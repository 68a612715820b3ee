"""The PDF reader on a generated corpus: profiles drawn by hypothesis, rendered by five PDF producers.

Each profile (tests/documents/model.py: kerntaken and werkprocessen left out and added,
competencies drawn from the 25 in any order, titles of different lengths, labour-market
texts worded in several ways) is rendered by reportlab (the layout of the tests' own PDFs,
with a ruled or unruled overview table), by a word processor (python-docx, exported by
LibreOffice: Word headings or bold text, borderless or ruled two-column tables, justified
text, the Symbol bullet), from HTML/CSS by WeasyPrint (a CSS grid for the columns, serif
or sans, en-dash markers), by WeasyPrint as a typesetting system (Dutch hyphenation with
``hyphens: auto`` and ``lang="nl"``, justified text), and by reportlab's platypus drawing tables
cell by cell (a bordered table per kerntaak whose header repeats on every page, competencies
one per line vertically centred, an overview whose kerntaak cell spans its werkprocessen, the
colofon as a table). Every text field is compared: titles, descriptions, items, competencies,
the colofon, the functiebenamingen and §1.4's text. The round trip: every document reads back to the profile it was
made from, or the difference is not silent (the reader stops with a message, reports a
line or figure it could not place, or the audit has a finding). The plain text of every PDF
goes through the text reader under the same rule.

The fixed-seed set runs by default; ``-m corpus_large`` runs a larger, randomised one (each producer's
test draws its own documents). To draw the same documents again, give the run a seed
(``--hypothesis-seed=N``) and keep its PDFs (``--basetemp=DIR``): a document that fails can then be
read and audited alone.
"""

import dataclasses

import pytest
from documents import cells, html, reportlab_pdf, word
from documents.model import draw_documents
from documents.roundtrip import differences

from bcp_analysis.audit import audit_document
from bcp_analysis.errors import ProfileError
from bcp_analysis.readers.bcp_text import extract_file
from bcp_analysis.readers.pdf import extract_pdf

CI_DOCUMENTS = 12
LARGE_DOCUMENTS = 60
PRODUCERS = ("reportlab", "word", "html", "typeset", "cells")


def _typeset(document, path):
    """WeasyPrint as a typesetting system: Dutch hyphenation (pyphen, lang="nl") and justified text."""
    style = dataclasses.replace(document.style, hyphenated=True, justified=True)
    html.render_pdf(dataclasses.replace(document, style=style), path)


def _word_variant(document, index):
    """Every third document with a narrow right column in its werkproces tables (names wrap, a title too),
    every third after it also with Word's automatic "-" list (numbering.xml) and justified text."""
    if index % 3 == 1:
        return dataclasses.replace(document, style=dataclasses.replace(document.style, narrow_right=True))
    if index % 3 == 2:
        return dataclasses.replace(document, style=dataclasses.replace(
            document.style, narrow_right=True, word_numbering=True, justified=True, bordered_columns=False))
    return document


@dataclasses.dataclass
class Outcome:
    """What reading one document gave: the differences and whatever said something was wrong."""

    name: str
    differences: list
    loud: list
    lost: list = dataclasses.field(default_factory=list)

    @property
    def silent(self):
        return bool(self.differences) and not self.loud


def _render(documents, folder):
    """{producer: [pdf path per document]}; the .docx files go through LibreOffice in one call."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = {"reportlab": [], "html": [], "typeset": [], "cells": []}
    docx = []
    for index, document in enumerate(documents):
        for producer, render_pdf in (("reportlab", reportlab_pdf.render_pdf), ("html", html.render_pdf),
                                     ("typeset", _typeset), ("cells", cells.render_pdf)):
            path = folder / f"{producer}-{index:03d}.pdf"
            render_pdf(document, path)
            rendered[producer].append(path)
        path = folder / f"word-{index:03d}.docx"
        word.to_docx(_word_variant(document, index), path)
        docx.append(path)
    if word.soffice() is not None:
        rendered["word"] = word.convert(docx, folder)
    return rendered


def _read(document, path, extract):
    loud = []
    try:
        extraction = extract(path)
    except ProfileError as error:
        return Outcome(path.name, [f"niet gelezen: {error}"], [str(error)])
    found = differences(document, extraction)
    report = extraction.report
    loud += [f"niet geplaatst: {text}" for _, text in report.unplaced]
    loud += [f"cijfer niet geplaatst: {item}" for item in report.figures_unplaced]
    loud += [f"fout: {problem}" for problem in report.problems()]
    try:
        findings = audit_document(path).findings
    except ProfileError as error:
        return Outcome(path.name, found, loud + [str(error)], [str(error)])
    if found:
        loud += [finding.message for finding in findings]
    lost = [f"{finding.kind} ({finding.place}): {finding.message}" for finding in findings if finding.lost]
    return Outcome(path.name, found, loud, lost)


def _plain_text(path):
    """The PDF's text as the PDF library gives it, page after page, in a .txt beside it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    finally:
        document.close()
    target = path.with_suffix(".txt")
    # PDFium gives a hyphen at a line end and the line break after it as \ufffe (or \x02): printed, both
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-\n").replace("\x02", "-\n")
    target.write_text(text, encoding="utf-8")
    return target


def _summary(outcomes):
    exact = sum(not outcome.differences for outcome in outcomes)
    return f"{exact} van {len(outcomes)} exact; stil verschillend: " + "; ".join(
        f"{outcome.name}: {outcome.differences}" for outcome in outcomes if outcome.silent)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    documents = draw_documents(CI_DOCUMENTS)
    return documents, _render(documents, tmp_path_factory.mktemp("corpus"))


def _falsely_lost(outcomes):
    """The documents that read back exactly and yet have a finding of something lost (validate would fail)."""
    return "; ".join(f"{outcome.name}: {outcome.lost}" for outcome in outcomes
                     if not outcome.differences and outcome.lost)


def _check(documents, rendered, producer):
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [_read(document, path, extract_pdf) for document, path in zip(documents, rendered[producer])]
    assert not [outcome for outcome in outcomes if outcome.silent], _summary(outcomes)
    # a document read back exactly loses nothing: the audit (every word, figure, werkproces) agrees
    assert not _falsely_lost(outcomes), _falsely_lost(outcomes)
    return outcomes


@pytest.mark.parametrize("producer", PRODUCERS)
def test_every_generated_pdf_reads_back_or_says_what_differs(corpus, producer):
    documents, rendered = corpus
    _check(documents, rendered, producer)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_plain_text_of_every_generated_pdf_reads_back_or_says_what_differs(corpus, producer):
    documents, rendered = corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [_read(document, _plain_text(path), extract_file)
                for document, path in zip(documents, rendered[producer])]
    assert not [outcome for outcome in outcomes if outcome.silent], _summary(outcomes)


@pytest.mark.corpus_large
@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_larger_random_corpus_has_no_silent_difference(tmp_path, producer):
    documents = draw_documents(LARGE_DOCUMENTS, derandomize=False)
    rendered = _render(documents, tmp_path)
    _check(documents, rendered, producer)
