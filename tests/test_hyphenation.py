"""Words broken at a line end (bcp_analysis/readers/hyphenation.py), and a typeset PDF that hyphenates them."""

import sys
from pathlib import Path

from bcp_analysis.readers.hyphenation import document_words, join_lines

sys.path.insert(0, str(Path(__file__).parent))


def test_a_typesetters_hyphen_joins_the_word():
    # WeasyPrint writes U+2010 where it hyphenates: "ontwikke‐" / "lingen" is "ontwikkelingen"
    assert join_lines("relevante ontwikke\u2010", "lingen van") == "relevante ontwikkelingen van"
    assert join_lines("klachtafhande\u00ad", "ling") == "klachtafhandeling"


def test_a_compound_keeps_its_hyphen_and_a_word_part_before_a_conjunction_stays_apart():
    assert join_lines("een follow-", "up") == "een follow-up"
    assert join_lines("Stelt verkoop-", "en accountplannen op") == "Stelt verkoop- en accountplannen op"
    assert join_lines("het ECABO-", "domein") == "het ECABO-domein"


def test_a_break_after_a_slash_is_joined_without_a_space():
    assert join_lines("in het verkoop-/", "ordersysteem") == "in het verkoop-/ordersysteem"
    assert join_lines("accounts en/", "of klanten") == "accounts en/of klanten"


def test_the_document_decides_an_ordinary_hyphen():
    with document_words("De klachtafhandeling is klaar. Een klant-gesprek.") as kept:
        assert join_lines("de klachtafhande-", "ling") == "de klachtafhandeling"
        assert join_lines("het klant-", "gesprek") == "het klant-gesprek"
    assert kept == []


def test_an_undecidable_break_is_kept_and_reported():
    # "verkoopbeleid" breaks as verkoop-be-leid in Dutch; the document names neither form elsewhere
    with document_words("Niets hierover.") as kept:
        assert join_lines("het verkoop-", "beleid") == "het verkoop-beleid"
    assert kept == ["verkoop-beleid"]


def test_a_typeset_pdf_with_dutch_hyphenation_reads_exactly(tmp_path):
    from documents import html
    from documents.model import Generated, Style, bundled_labour, full_profile
    from documents.roundtrip import differences

    from bcp_analysis.readers.pdf import extract_pdf

    document = Generated(full_profile(), bundled_labour(), Style(justified=True, hyphenated=True, serif=True,
                                                                  marker="–"))
    path = tmp_path / "afgebroken.pdf"
    html.render_pdf(document, path)
    # the page text holds the typesetter's hyphens: "re‐" / "levante" in 1.1's description (page 4)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "".join(pdf[index].get_textpage().get_text_range() for index in range(len(pdf)))
    finally:
        pdf.close()
    assert "\u2010" in text
    assert differences(document, extract_pdf(path)) == []
    # the audit reads "re‐" / "levante" as one word too: nothing lost, nothing invented (validate exits 0)
    from bcp_analysis.audit import audit_document

    report = audit_document(path)
    assert report.lost == [], report.lines()


def test_a_word_written_with_a_hyphen_in_front_broken_after_it_is_joined():
    # the profile's 3.1 description: "accountgegevens c.q. -dossier", broken by LibreOffice after the hyphen
    assert join_lines("accountgegevens c.q. -", "dossier bepaalt hij") == "accountgegevens c.q. -dossier bepaalt hij"
    assert join_lines("het verkoopplan -", "En daarna") == "het verkoopplan - En daarna"
