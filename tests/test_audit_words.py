"""The audit of every word (bcp_analysis/audit/words.py): on the bundled text and on small documents."""

import collections
import copy

import pandas as pd
import pytest
import yaml
from pdf_documents import Layout, bcp_blocks, render

from bcp_analysis.audit import audit_document
from bcp_analysis.audit.competencies import check_competencies
from bcp_analysis.audit.word_source import Unit, read_tokens
from bcp_analysis.audit.words import word_findings, words_of
from bcp_analysis.paths import BUNDLED_PROFILE, BUNDLED_RAW
from bcp_analysis.readers import load_profile
from bcp_analysis.readers.audit_source import AuditSource, SourceLine


@pytest.fixture(scope="module")
def curated():
    return yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))


def _kinds(findings):
    return sorted({finding.kind for finding in findings})


def test_the_bundled_text_has_no_word_finding():
    # every word of the raw text outside headings, the introduction and the lists of people is in a field
    # (OCR letters corrected as the reader corrects them, e.g. raw line 1260 'ven de klant richten')
    report = audit_document(BUNDLED_RAW)
    assert not [finding for finding in report.findings if finding.kind in ("woord", "tekst")], report.lines()


def test_a_word_the_reader_dropped_from_a_description_fails(tmp_path):
    profile = load_profile(BUNDLED_RAW)
    werkprocessen = profile.werkprocessen.copy()
    # raw line 682: 1.1's description starts "De junior accountmanager verzamelt continue relevante"
    werkprocessen.loc[0, "beschrijving"] = werkprocessen.loc[0, "beschrijving"].replace("continue ", "", 1)
    changed = profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen})
    report = audit_document(BUNDLED_RAW, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [finding.place for finding in lost] == ["regel 682"]
    assert "'continue'" in lost[0].message
    assert "niet in orde" in report.verdict()


def test_a_word_lost_from_a_line_that_starts_like_a_label_is_named(tmp_path):
    # a line starting with the word of a label ("Op:", "Kennis van:") is content, not a heading: raw line 1449
    # opens 3.5's description with "Op basis van de offerte bereidt de junior accountmanager", and raw line 705
    # (1.1's kennis item "* Sector en branche") is written here as "kennis van sector en branche"; the profile
    # loses "bereidt" from the one and "branche" from the other, and the rest of both lines is in place.
    lines = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    assert lines[704] == "* Sector en branche"
    lines[704] = "kennis van sector en branche"
    path = tmp_path / "profiel.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile = load_profile(BUNDLED_RAW)
    werkprocessen, kennis = profile.werkprocessen.copy(), profile.kennis.copy()
    row = werkprocessen.index[werkprocessen["werkproces_id"] == "3.5"][0]
    text = werkprocessen.loc[row, "beschrijving"]
    assert text.startswith("Op basis van de offerte bereidt de junior")
    werkprocessen.loc[row, "beschrijving"] = text.replace("offerte bereidt de", "offerte de", 1)
    row = kennis.index[(kennis["werkproces_id"] == "1.1") & (kennis["item"] == "Sector en branche")][0]
    kennis.loc[row, "item"] = "kennis van sector en"
    # raw line 75 "Vastgesteld door: Sectorraad Commercieel ECABO": the label is no content, what follows is
    assert profile.meta["vastgesteld_door"] == "Sectorraad Commercieel ECABO"
    meta = {**profile.meta, "vastgesteld_door": "Sectorraad ECABO"}
    changed = profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen, "kennis": kennis,
                                   "meta": meta})
    report = audit_document(path, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [(finding.place, finding.message.split("(")[1].split(")")[0]) for finding in lost] == [
        ("regel 75", "'commercieel'"), ("regel 705", "'branche'"), ("regel 1449", "'bereidt'")], report.lines()
    assert "niet in orde" in report.verdict()


@pytest.mark.parametrize("table, werkproces, text, dropped, line", [
    # raw lines 793, 902, 1446 and 1529: "* Overlegvaardigheden" in 1.2, 1.4, 3.4 and 3.6; a line that recurs
    # is no running header where it is an item
    ("vaardigheden", "3.4", "Overlegvaardigheden", "Overlegvaardigheden", 1446),
    # raw line 865 "De junior accountmanager bewaakt ..." (1.4's description): "de" and "junior" are words of
    # two titles each ("Benadert de account", "Junior accountmanager"), not a piece of a heading
    ("werkprocessen", "1.4", None, "junior", 865),
    # raw line 1213 "* Producten en diensten van de organisatie" (3.1's kennis): 3.1's description writes
    # "dienst en", found side by side, so "diensten" is no word of it written as one
    ("kennis", "3.1", "Producten en diensten van de organisatie", "diensten", 1213),
    # raw line 245 "e Sales representative" (an OCR'd bullet) under the heading "1.1 Mogelijke
    # functiebenamingen": a list item, not the heading wrapped
    ("functiebenamingen", None, "Sales representative", "representative", 245),
])
def test_a_word_dropped_from_a_field_is_named_at_its_line(table, werkproces, text, dropped, line):
    profile = load_profile(BUNDLED_RAW)
    frame = getattr(profile, table).copy()
    column = {"werkprocessen": "beschrijving", "functiebenamingen": "functiebenaming"}.get(table, "item")
    rows = frame["werkproces_id"] == werkproces if werkproces else frame[column].notna()
    if text is not None:
        rows &= frame[column] == text
    [row] = frame.index[rows]
    words = frame.loc[row, column].split()
    words.remove(dropped)
    frame.loc[row, column] = " ".join(words)
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, table: frame}))
    assert [(finding.kind, finding.place) for finding in report.lost] == [("woord", f"regel {line}")], (
        report.lines())
    assert f"'{dropped.casefold()}'" in report.lost[0].message


def test_a_word_added_to_a_field_that_stands_only_far_away_on_a_heading_fails():
    # "functiebenamingen" stands once in the text, in the heading "1.1 Mogelijke functiebenamingen" (raw line
    # 243); added to 3.1's kennis item "Producten en diensten van de organisatie" (raw line 1213) it is a word
    # the document does not hold there: validate fails, naming the field
    profile = load_profile(BUNDLED_RAW)
    kennis = profile.kennis.copy()
    row = kennis.index[(kennis["werkproces_id"] == "3.1")
                       & (kennis["item"] == "Producten en diensten van de organisatie")][0]
    kennis.loc[row, "item"] = "Producten en diensten van de organisatie en functiebenamingen"
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, "kennis": kennis}))
    assert [(finding.kind, finding.place) for finding in report.lost] == [("tekst", "kennis 3.1: item (regel 1213)")]
    # the "en" added with it stands nowhere on the item's line either
    assert "('en', 'functiebenamingen')" in report.lost[0].message


def test_a_word_added_to_an_item_is_not_taken_from_a_title_at_its_heading():
    # "aan" added before 2.1's resultaat (raw line 961) stands 144 lines on in the heading "Beschrijving
    # werkproces: 2.4 Werkt aan een diepterelatie" (raw line 1105): that is the title's, so the item's "aan"
    # is named; before, the item took it and the title then found its words elsewhere
    profile = load_profile(BUNDLED_RAW)
    resultaten = profile.resultaten.copy()
    row = resultaten.index[(resultaten["werkproces_id"] == "2.1") & (resultaten["regel"] == 961)][0]
    resultaten.loc[row, "item"] = "aan " + resultaten.loc[row, "item"]
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, "resultaten": resultaten}))
    assert [(finding.kind, finding.place) for finding in report.lost] == [("tekst", "resultaten 2.1: item (regel 961)")]
    assert "('aan')" in report.lost[0].message


def test_a_word_split_at_a_line_end_reads_as_the_joined_word():
    profile = load_profile(BUNDLED_RAW)
    units = [("1.1 Mogelijke functiebenamingen", 1, None), ("- Sales represen-", 2, None), ("tative", 3, None),
             ("- Relatiebeheerder", 4, None)]
    findings = word_findings(units, profile)
    # the two job titles are the only words of these lines that the profile holds in a field: the rest of
    # the profile's fields stand nowhere in these four lines ("tekst"), but no word of the lines is lost
    assert "woord" not in _kinds(findings)


def test_a_field_with_a_word_broken_apart_is_named():
    profile = load_profile(BUNDLED_RAW)
    functies = profile.functiebenamingen.copy()
    functies.loc[0, "functiebenaming"] = "Sales represen tative"
    changed = profile.__class__(**{**profile.__dict__, "functiebenamingen": functies})
    units = [("- Sales represen-", 1, None), ("tative", 2, None), ("- Relatiebeheerder", 3, None)]
    findings = [finding for finding in word_findings(units, changed) if finding.place.startswith("functie")]
    assert any("'represen'" in finding.message and finding.kind == "tekst" for finding in findings)


def test_words_are_letters_in_lower_case_without_numbers_and_dates():
    assert words_of("Op: 30 september 2010, 59.600 vacatures (markt)informatie") == [
        "op", "vacatures", "markt", "informatie"]


def _two_columns(profile_units):
    """Units of a PDF page: (text, regel, pagina, spans), the left column at x 65-318, the right at 347-530."""
    return [(text, number, 4, spans) for number, (text, spans) in enumerate(profile_units, start=1)]


def test_a_word_broken_in_one_column_is_joined_with_the_next_line_of_that_column():
    # raw lines 686-689 and 1076 as a typeset page sets them (WeasyPrint, justified, hyphens: auto): the left
    # column's lines and the right column's
    # competency list stand on baselines of their own, interleaved; "opvol-" (right) and "brancheontwikkelin-"
    # (left) each go on in their own column, both with "gen"
    profile = load_profile(BUNDLED_RAW)
    left, right, indent = (65.0, 318.0), (347.0, 530.0), (356.0, 530.0)
    units = _two_columns([
        ("markt-, product- en brancheontwikkelin-", (left,)),
        ("• Instructies en procedures opvol-", (right,)),
        ("gen. Hij volgt, signaleert, initieert en analyseert", (left,)),
        ("gen", (indent,)),
        ("deze ontwikkelingen", (left,)),
    ])
    findings = word_findings(units, profile)
    lost = [finding for finding in findings if finding.kind == "woord"]
    assert lost == [], [finding.message for finding in lost]


def test_a_page_break_between_a_broken_word_and_its_rest_is_passed_over():
    # "of-" ends page 11's left column; the footer and the next page's header stand before "ferte"
    profile = load_profile(BUNDLED_RAW)
    left = ((65.0, 318.0),)
    units = []
    for page in (10, 11, 12):
        units += [("Beroepscompetentieprofiel Junior accountmanager", 1, page, left)]
        if page == 11:
            units += [("derhandelt vervolgens met de account over de of-", 2, page, left)]
        if page == 12:
            units += [("ferte en past deze daar waar nodig aan", 2, page, left)]
        units += [("BCP Junior accountmanager | 11", 3, page, ((65.0, 200.0), (500.0, 530.0)))]
    lost = [finding for finding in word_findings(units, profile) if finding.kind == "woord"]
    assert not any("'of'" in finding.message or "'ferte'" in finding.message for finding in lost), \
        [finding.message for finding in lost]


# raw lines 743-745 (werkproces 1.2's description) beside raw line 755's competency "Samenwerken en overleggen",
# wrapped in its column: the left column's "service- en" and the right's "Samenwerken en" both hold "en"
# (a guard: the generated word processor's PDFs where the description took the list's "en" need the whole
# document around these lines; the large corpus run holds them)
_LEFT, _RIGHT = ((90.6, 373.6),), ((403.8, 511.0),)
_SERVICE = [
    ("en doet voorstellen voor het plannen van acquisitie- en", _LEFT),
    ("verkoopacties of het verbeteren van de service- en", _LEFT),
    ("Samenwerken en", _RIGHT),
    ("dienstverlening. Hij legt de activiteiten die hij daar zelf", _LEFT),
    ("overleggen", _RIGHT),
]


def test_a_short_word_of_a_description_is_not_taken_from_the_column_beside_it():
    profile = load_profile(BUNDLED_RAW)
    units = [(text, number, 5, spans) for number, (text, spans) in enumerate(_SERVICE, start=1)]
    lost = [finding for finding in word_findings(units, profile) if finding.kind == "woord"]
    assert lost == [], [finding.message for finding in lost]


def test_a_short_word_no_field_holds_in_a_two_column_pdf_is_still_lost(tmp_path, curated):
    # the curated profile drawn as a BCP PDF (description left, competencies right); 1.2's description loses
    # the "en" of "de service- en dienstverlening" (raw line 744): that "en" of the PDF is lost at its line,
    # though the competency list beside it holds "en" in "Samenwerken en overleggen" and more
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated), Layout())
    profile = load_profile(path)
    werkprocessen = profile.werkprocessen.copy()
    row = werkprocessen.index[werkprocessen["werkproces_id"] == "1.2"][0]
    text = werkprocessen.loc[row, "beschrijving"]
    assert "de service- en dienstverlening" in text
    werkprocessen.loc[row, "beschrijving"] = text.replace("service- en dienst", "service- dienst")
    changed = profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen})
    report = audit_document(path, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert len(lost) == 1 and "'en'" in lost[0].message, report.lines()
    assert "service-" in lost[0].text or "dienstverlening" in lost[0].text, lost[0].text
    assert "niet in orde" in report.verdict()


# --- the competency lists of a PDF (bcp_analysis/audit/competencies.py) -------------------------------------

_DESCRIPTION, _BULLET, _NAME = (90.7, 293.5), (306.4, 308.6), (324.7, 489.4)


def _competency_findings(lines, profile):
    source = AuditSource("profiel.pdf", tuple(SourceLine(regel, text, pagina, spans)
                                             for pagina, regel, text, spans in lines), rows_at="pagina")
    return check_competencies(source, profile)


def _without(profile, name):
    competenties = profile.competenties[profile.competenties["competentie"] != name].reset_index(drop=True)
    return profile.__class__(**{**profile.__dict__, "competenties": competenties})


# a word processor's page 4 ends in a list whose name wraps: "Bedrijfsmatig" before the footer, the
# description's last line beside it; "handelen" opens page 5 (raw line 693: a competency of 1.1)
_WRAPPED_OVER_A_PAGE = [
    (4, 40, "Competenties:", ((306.6, 387.1),)),
    (4, 41, "* | Bedrijfsmatig", (_BULLET, _NAME)),
    (4, 42, "dat, na de onderhandeling en", (_DESCRIPTION,)),
    (4, 43, "BCP Junior accountmanager | 4", ((91.1, 224.3), (546.5, 557.1))),
    (5, 1, "handelen", ((324.7, 370.0),)),
    (5, 2, "* | Analyseren", (_BULLET, _NAME)),
]


def test_a_competency_name_wrapped_over_a_page_break_is_one_name():
    profile = load_profile(BUNDLED_RAW)
    findings = _competency_findings(_WRAPPED_OVER_A_PAGE, profile)
    assert findings == [], [finding.message for finding in findings]


def test_a_competency_wrapped_over_a_page_break_that_the_table_lacks_is_named():
    profile = _without(load_profile(BUNDLED_RAW), "Bedrijfsmatig handelen")
    findings = _competency_findings(_WRAPPED_OVER_A_PAGE, profile)
    assert [(finding.place, "'Bedrijfsmatig handelen'" in finding.message) for finding in findings] == [
        ("pagina 4, regel 41", True)]


def _list_beside_a_description(middle):
    return [
        (12, 1, "Competenties:", ((306.6, 387.1),)),
        (12, 2, "* | Analyseren", (_BULLET, _NAME)),
        (12, 3, "orderverloop oppakken en afhandelen.", (_DESCRIPTION,)),
        (12, 4, middle[0], middle[1]),
        (12, 5, "* | Begeleiden", (_BULLET, _NAME)),
    ]


def test_a_line_of_the_description_beside_a_list_is_no_unknown_competency():
    # raw line 1488's sentence "Bij problemen in het orderverloop zorgt ..." wrapped in the left column so
    # that one of its lines, capitalised and short, stands alone between two items of the list beside it
    lines = _list_beside_a_description(("Bij problemen in het orderverloop zorgt", (_DESCRIPTION,)))
    findings = _competency_findings(lines, load_profile(BUNDLED_RAW))
    assert findings == [], [finding.message for finding in findings]


def test_an_unknown_name_alone_in_the_column_of_a_list_is_still_named():
    lines = _list_beside_a_description(("Klantgericht denken", ((324.7, 420.0),)))
    findings = _competency_findings(lines, load_profile(BUNDLED_RAW))
    assert [(finding.place, "'Klantgericht denken'" in finding.message) for finding in findings] == [
        ("pagina 12, regel 4", True)]


def test_a_word_broken_before_an_inline_label_is_joined_in_its_column():
    # a typeset page (hyphens: auto): the left column's "verkoop-" / "resultaten" and "uit-" / "komsten";
    # the line of "uit-" ends in the right column's label "Competenties:" (left out, yet its part has a span)
    left, right = (66.4, 317.9), (347.9, 428.4)
    units = [Unit("De junior accountmanager evalueert zijn verkoop\u2010", 3, 8, (left,)),
             Unit("resultaten met zijn leidinggevende en legt de uit\u2010 | Competenties:", 4, 8, (left, right)),
             Unit("komsten vast in het klantsysteem. | - Beslissen en activiteiten initiëren", 5, 8,
                  ((66.4, 237.1), (351.9, 526.7)))]
    words = [token.word for token in read_tokens(units, lambda text: text)]
    assert words[:8] == ["de", "junior", "accountmanager", "evalueert", "zijn", "verkoopresultaten", "met", "zijn"]
    assert "uitkomsten" in words and "komsten" not in words and "competenties" not in words


def test_a_title_cut_short_with_its_rest_in_the_description_fails():
    # raw line 637 (the overview): "1.4 Bewaakt de voortgang van verkoop- en accountplannen"; a reader that cuts
    # 1.4's title before its last word and puts that word in the description keeps every word of the document
    # in some field, yet the overview's "accountplannen" goes on right after the title the profile holds
    profile = load_profile(BUNDLED_RAW)
    werkprocessen = profile.werkprocessen.copy()
    row = werkprocessen.index[werkprocessen["werkproces_id"] == "1.4"][0]
    assert werkprocessen.loc[row, "titel"] == "Bewaakt de voortgang van verkoop- en accountplannen"
    werkprocessen.loc[row, "titel"] = "Bewaakt de voortgang van verkoop- en"
    werkprocessen.loc[row, "beschrijving"] += "\n\naccountplannen"
    changed = profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen})
    report = audit_document(BUNDLED_RAW, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [(finding.place, "'accountplannen'" in finding.message) for finding in lost] == [("regel 637", True)]
    assert "niet in orde" in report.verdict()


def test_a_title_cut_short_at_its_heading_with_its_rest_in_the_description_fails(tmp_path):
    # the same without an overview: raw line 661 (the overview's "3.5 Onderhandelt met de account") is taken
    # out, so 3.5's title stands only at its heading, raw line 1448 "Beschrijving werkproces 3.5 Onderhandelt
    # met de account"; a reader that cuts the title before "account" and opens the description with it keeps
    # every word in some field, yet the heading goes on with a word the title lacks
    lines = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    assert lines[660] == "3.5 Onderhandelt met de account"
    assert lines[1447] == "Beschrijving werkproces 3.5 Onderhandelt met de account"
    lines[660] = ""
    path = tmp_path / "profiel.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile = load_profile(BUNDLED_RAW)
    assert audit_document(path, profile=profile).lost == []
    werkprocessen = profile.werkprocessen.copy()
    row = werkprocessen.index[werkprocessen["werkproces_id"] == "3.5"][0]
    werkprocessen.loc[row, "titel"] = "Onderhandelt met de"
    werkprocessen.loc[row, "beschrijving"] = "account " + werkprocessen.loc[row, "beschrijving"]
    changed = profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen})
    report = audit_document(path, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [(finding.place, "'account'" in finding.message) for finding in lost] == [("regel 1448", True)], (
        report.lines())
    assert "niet in orde" in report.verdict()


def test_the_kennis_items_beside_a_competenties_cell_are_no_competencies():
    # a table drawn cell by cell (the corpus's "cells" producer): 3.4's row, its "Kennis van:" list (raw lines
    # 1419-1421) in the left cell level with the label "Competenties:" of the cell beside it, whose names
    # (raw lines 1400-1402) stand on lines of their own
    left, marker, right = (76.4, 175.5), (66.4, 67.7), (396.4, 487.0)
    lines = [(5, 16, "Werkproces | Competenties", ((66.1, 112.5), (396.4, 455.2))),
             (5, 17, "3.4 Brengt de offerte uit", ((66.2, 166.8),)),
             (5, 28, "Kennis van: | Competenties:", ((66.8, 116.2), (396.4, 457.7))),
             (5, 29, "- | Commerciële calculaties", (marker, left)),
             (5, 30, "Samenwerken en overleggen", (right,)),
             (5, 31, "- | Offerte(beheer)systemen | Ethisch en integer handelen", (marker, left, right)),
             (5, 32, "Presenteren", (right,))]
    profile = load_profile(BUNDLED_RAW)
    findings = _competency_findings(lines, profile)
    assert findings == [], [finding.message for finding in findings]
    # a name the table lacks is still named, with the whole line
    findings = _competency_findings(lines, _without(profile, "Ethisch en integer handelen"))
    assert [(finding.place, finding.text) for finding in findings] == [
        ("pagina 5, regel 31", "- | Offerte(beheer)systemen | Ethisch en integer handelen")]


def test_an_item_starts_where_its_line_starts_not_inside_a_longer_item():
    # raw lines 1388 and 1522 (kennis of 3.3 and 3.6) as a table drawn cell by cell sets them on one page: 3.6's
    # item begins with words that 3.3's item holds inside it; the reader's line of 3.6's item (8) is nearer the
    # audit's line of 3.3's (2) than its own (21), as the two count the marker lines otherwise
    from bcp_analysis.audit.word_index import WordIndex
    from bcp_analysis.audit.words import _Field

    marker, item = (66.4, 67.7), (76.4, 330.0)
    units = [Unit(*unit) for unit in (
        ("Kennis van:", 1, 7, ((66.8, 116.2),)),
        ("- | Wet- en regelgeving en organisatiespecifieke afspraken en protocollen", 2, 7, (marker, item)),
        ("Kennis van:", 20, 7, ((66.8, 116.2),)),
        ("- | Organisatiespecifieke afspraken en protocollen ten aanzien van", 21, 7, (marker, item)),
        ("voortgangsbewaking ordertrajecten", 22, 7, (item,)))]
    index = WordIndex(read_tokens(units, lambda text: text), units)
    text = "Organisatiespecifieke afspraken en protocollen ten aanzien van voortgangsbewaking ordertrajecten"
    field = _Field("kennis 3.6: item", text, 8, 7, False, precise=True)
    start = index.start_of(field, words_of(text))
    assert (index.units[index.tokens[start].line].regel, index.tokens[start].word) == (21, "organisatiespecifieke")


def test_an_item_starts_where_most_of_its_words_follow_in_its_column():
    # raw lines 1322-1327 (the resultaten of 3.2) as a table drawn cell by cell sets them: the competencies of
    # the cell beside them stand on lines of their own between the lines of each resultaat; both resultaten
    # open with "De junior accountmanager heeft de account", and the reader's line of the first (29) is the
    # audit's line of the second
    from bcp_analysis.audit.word_index import WordIndex
    from bcp_analysis.audit.words import _Field

    left, marker, right = (76.4, 378.1), (66.4, 67.7), (396.4, 535.5)
    units = [Unit(*unit) for unit in (
        ("- | Op de behoeften en verwachtingen", 21, 11, (marker, right)),
        ("De junior accountmanager heeft de account een realistisch en positief beeld", 22, 11, (left,)),
        ("van de klant richten", 23, 11, (right,)),
        ("van de organisatie en het product/dienstenassortiment bezorgd.", 24, 11, (left,)),
        ("De junior accountmanager heeft de account gekwalificeerd voor wat betreft", 29, 11, (left,)),
        ("handelen", 30, 11, (right,)),
        ("hoe belangrijk de account is voor de organisatie en vice versa", 31, 11, (left,)))]
    index = WordIndex(read_tokens(units, lambda text: text), units)
    first = ("De junior accountmanager heeft de account een realistisch en positief beeld van de organisatie en "
             "het product/dienstenassortiment bezorgd.")
    start = index.start_of(_Field("resultaten 3.2: item", first, 29, 11, False, precise=True), words_of(first))
    assert (index.units[index.tokens[start].line].regel, index.tokens[start + 6].word) == (22, "een")
    second = "De junior accountmanager heeft de account gekwalificeerd voor wat betreft hoe belangrijk"
    start = index.start_of(_Field("resultaten 3.2: item", second, 31, 11, False, precise=True), words_of(second))
    assert (index.units[index.tokens[start].line].regel, index.tokens[start + 6].word) == (29, "gekwalificeerd")


# page 6 of a word processor's export (the corpus's word-018 of one run): (regel, text, spans) of lines 1-44
_PAGE_OF_TWINS = (
    (1, "-", ((90.6, 91.9),)),
    (2, "Lees- en schrijfvaardigheid Engels en tweede moderne vreemde taal", ((109.1, 452.0),)),
    (3, "-", ((90.6, 91.9),)),
    (4, "Rekenvaardigheid", ((109.1, 197.9),)),
    (5, "Beschrijving werkproces: | 1.5 Evalueert de verkoopresultaten", ((91.0, 231.0), (307.2, 505.3))),
    (6, "De junior accountmanager evalueert zijn | Competenties:", ((91.1, 293.6), (306.6, 387.1))),
    (7, "- | Aansturen", ((306.6, 307.9), (324.2, 374.6))),
    (8, "verkoopresultaten met zijn", ((90.4, 223.0),)),
    (9, "-", ((306.6, 307.9),)),
    (10, "leidinggevende en legt de uitkomsten | Samenwerken en overleggen", ((91.0, 278.0), (324.8, 469.8))),
    (11, "-", ((306.6, 307.9),)),
    (12, "vast in het klantsysteem. | Begeleiden", ((90.4, 215.6), (325.1, 379.2))),
    (13, "-", ((306.6, 307.9),)),
    (14, "Aandacht en begrip tonen", ((324.2, 453.7),)),
    (15, "- | Beslissen en activiteiten initiëren", ((306.6, 307.9), (325.1, 489.4))),
    (16, "Resultaat:", ((91.0, 146.9),)),
    (17, "-", ((90.6, 91.9),)),
    (18, "Een verslag van de uitkomsten", ((109.1, 262.5),)),
    (19, "Vakkennis en vakvaardigheden", ((90.2, 265.8),)),
    (20, "Kennis van:", ((91.0, 154.9),)),
    (21, "-", ((90.6, 91.9),)),
    (22, "Verkooptechnieken", ((108.2, 204.1),)),
    (23, "Vaardigheden:", ((90.2, 171.8),)),
    (24, "-", ((90.6, 91.9),)),
    (25, "Rapporteren", ((109.1, 169.9),)),
    (26, "Kerntaak 3 Onderhoudt accountrelaties", ((91.3, 380.3),)),
    (27, "Beschrijving werkproces: | 3.8 Evalueert de verkoopresultaten", ((91.0, 231.0), (306.8, 505.3))),
    (28, "De junior accountmanager evalueert zijn | Competenties:", ((91.1, 293.6), (306.6, 387.1))),
    (29, "- | Beslissen en activiteiten initiëren", ((306.6, 307.9), (325.1, 489.4))),
    (30, "verkoopresultaten met zijn", ((90.4, 223.0),)),
    (31, "leidinggevende en legt de uitkomsten", ((91.0, 278.0),)),
    (32, "vast in het klantsysteem.", ((90.4, 215.6),)),
    (33, "Resultaat:", ((91.0, 146.9),)),
    (34, "-", ((90.6, 91.9),)),
    (35, "Een verslag van de uitkomsten", ((109.1, 262.5),)),
    (36, "Vakkennis en vakvaardigheden", ((90.2, 265.8),)),
    (37, "Kennis van:", ((91.0, 154.9),)),
    (38, "-", ((90.6, 91.9),)),
    (39, "Verkooptechnieken", ((108.2, 204.1),)),
    (40, "-", ((90.6, 91.9),)),
    (41, "Klantsystemen", ((109.1, 181.5),)),
    (42, "Vaardigheden:", ((90.2, 171.8),)),
    (43, "-", ((90.6, 91.9),)),
    (44, "Rapporteren", ((109.1, 169.9),)),
)


def _twins_profile():
    """The fields of page 6 as the reader gives them (its lines): 1.5 and 3.8 share title, description,
    resultaat, kennis and vaardigheid; 1.3's last two vaardigheden open the page."""
    description = ("De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende en legt de "
                   "uitkomsten vast in het klantsysteem.")
    rows = {
        "werkprocessen": [("1.5", {"titel": "Evalueert de verkoopresultaten", "beschrijving": description}, 3),
                          ("3.8", {"titel": "Evalueert de verkoopresultaten", "beschrijving": description}, 23)],
        "resultaten": [("1.5", {"item": "Een verslag van de uitkomsten"}, 16),
                       ("3.8", {"item": "Een verslag van de uitkomsten"}, 32)],
        "kennis": [("1.5", {"item": "Verkooptechnieken"}, 19), ("3.8", {"item": "Verkooptechnieken"}, 35),
                   ("3.8", {"item": "Klantsystemen"}, 36)],
        "vaardigheden": [("1.3", {"item": "Lees- en schrijfvaardigheid Engels en tweede moderne vreemde taal"}, 1),
                         ("1.3", {"item": "Rekenvaardigheid"}, 2), ("1.5", {"item": "Rapporteren"}, 21),
                         ("3.8", {"item": "Rapporteren"}, 38)],
        "competenties": [("1.5", {"competentie": name}, line) for name, line in (
            ("Aansturen", 10), ("Samenwerken en overleggen", 11), ("Begeleiden", 12),
            ("Aandacht en begrip tonen", 13), ("Beslissen en activiteiten initiëren", 14))]
        + [("3.8", {"competentie": "Beslissen en activiteiten initiëren"}, 30)]}
    return _profile_of({table: [(*item, 6) for item in items] for table, items in rows.items()})


def _profile_of(rows):
    """A profile of only the given rows: {table: [(werkproces, fields, regel, pagina)]}."""
    profile = load_profile(BUNDLED_RAW)
    tables = {name: value.iloc[0:0] for name, value in profile.__dict__.items() if isinstance(value, pd.DataFrame)}
    for table, items in rows.items():
        tables[table] = pd.DataFrame([{"werkproces_id": werkproces, "kerntaak_id": werkproces[0], **fields,
                                       "regel": line, "pagina": page} for werkproces, fields, line, page in items])
    return profile.__class__(**{**profile.__dict__, **tables, "meta": {}})


def test_two_werkprocessen_with_one_description_on_a_page_each_take_their_own():
    # 1.5's description wraps beside its competencies, 3.8's runs on below its only one, so the longest run of
    # the text is 3.8's copy; each description takes the copy after its own heading
    profile = _twins_profile()
    units = [Unit(text, regel, 6, spans) for regel, text, spans in _PAGE_OF_TWINS]
    assert [finding.place for finding in word_findings(units, profile) if finding.kind == "woord"] == []
    # a word of 1.5's copy that no field holds is still lost there
    units[7] = Unit("verkoopresultaten met al zijn", 8, 6, ((90.4, 223.0),))
    lost = [(finding.place, finding.message) for finding in word_findings(units, profile) if finding.kind == "woord"]
    assert len(lost) == 1 and lost[0][0] == "pagina 6, regel 8" and "('al')" in lost[0][1]


def test_a_word_a_description_lost_is_not_taken_by_the_title_standing_whole_above_it():
    # the same page: 1.5's description without "evalueert" (line 6); the title "Evalueert de
    # verkoopresultaten" stands whole at its heading (line 5), so it takes no word of the description
    profile = _twins_profile()
    werkprocessen = profile.werkprocessen.copy()
    werkprocessen.loc[0, "beschrijving"] = werkprocessen.loc[0, "beschrijving"].replace("evalueert ", "", 1)
    units = [Unit(text, regel, 6, spans) for regel, text, spans in _PAGE_OF_TWINS]
    lost = [(finding.place, finding.message) for finding in
            word_findings(units, profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen}))
            if finding.kind == "woord"]
    assert len(lost) == 1 and lost[0][0] == "pagina 6, regel 6" and "('evalueert')" in lost[0][1]


def test_a_title_that_stands_only_at_its_heading_is_held_against_the_profile():
    from bcp_analysis.audit.werkprocessen import check_titles

    # a table per kerntaak without an overview before it (the corpus's cells producer): the title stands
    # once; a profile that keeps "de verkoopresultaten" for it lost a word
    lines = [SourceLine(1, "3 Beschrijving van de kerntaken", 4, ((66.6, 300.0),)),
             SourceLine(2, "Kerntaak 1 Onderhoudt accountrelaties", 4, ((66.6, 300.0),)),
             SourceLine(3, "Werkproces | Competenties", 4, ((66.1, 112.5), (396.4, 455.2))),
             SourceLine(4, "1.5 Evalueert de verkoopresultaten", 4, ((66.6, 214.5),)),
             SourceLine(5, "De junior accountmanager evalueert zijn verkoopresultaten met zijn", 4, ((66.6, 380.0),))]
    source = AuditSource("profiel.pdf", tuple(lines), rows_at="pagina")
    profile = _twins_profile()
    profile = profile.__class__(**{**profile.__dict__, "werkprocessen": profile.werkprocessen.iloc[:1]})
    assert check_titles(source, profile) == []
    werkprocessen = profile.werkprocessen.copy()
    werkprocessen.loc[0, "titel"] = "de verkoopresultaten"
    findings = check_titles(source, profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen}))
    assert [(finding.kind, finding.place) for finding in findings] == [("tekst", "pagina 4, regel 4")]
    assert "'Evalueert de verkoopresultaten'" in findings[0].message


# --- one competency in two werkprocessen on one page ------------------------------------------------------

_SHARED = "Instructies en procedures opvolgen"


def _shared_on_one_page(curated):
    """The curated profile with kerntaak 1 from 1.3 on, so that 1.3 and 1.4 share page 5, each with the
    competency "Instructies en procedures opvolgen" third in its list. 1.3 keeps its long description
    (raw lines 796-828); 1.4's is cut so that its list stands beside "Op basis van de vorderingen bij de klant."
    (raw line 875), a line that starts like the colofon's label "Op:"; kerntaak 1's title is one word, so that
    no title on the page takes up a word left free."""
    profile = copy.deepcopy(curated)
    kerntaak = profile["kerntaken"][0]
    kerntaak["titel"] = "Verkoopplannen"
    kerntaak["werkprocessen"] = [werkproces for werkproces in kerntaak["werkprocessen"]
                                 if werkproces["id"] not in ("1.1", "1.2")]
    for werkproces in kerntaak["werkprocessen"][:2]:
        others = [item for item in werkproces["competenties"] if item["tekst"] != _SHARED]
        werkproces["competenties"] = others[:2] + [{"tekst": _SHARED}]
    first, second = kerntaak["werkprocessen"][:2]
    for key in ("resultaten", "kennis", "vaardigheden"):
        first[key] = first[key][:1]
    text = second["beschrijving"]
    before = text[:text.index("op basis van de vorderingen")].split()
    second["beschrijving"] = " ".join(before[:30]) + "\n\nOp basis van de vorderingen bij de klant."
    return profile


def test_a_competency_of_two_werkprocessen_on_one_page_is_each_ones_own(tmp_path, curated):
    # page 5 of the PDF (pdftotext -layout, lines with text): 1.3's list beside its 7th line ("digitale media):
    # hij analyseert wat bijvoorbeeld de visie en | - Instructies en procedures"), 1.4's beside its 39th ("Op basis
    # van de vorderingen bij de klant. | - Instructies en procedures"); the reader counts 1.3's item at a line
    # nearer the 39th than the 7th
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(_shared_on_one_page(curated)), Layout())
    profile = load_profile(path)
    shared = profile.competenties[profile.competenties["competentie"] == _SHARED]
    assert shared[shared["werkproces_id"].isin(["1.3", "1.4"])]["pagina"].tolist() == [5, 5]
    report = audit_document(path, profile=profile)
    assert not [finding for finding in report.findings if finding.kind in ("woord", "tekst")], report.lines()
    # 1.4's competency without its "en": that "en" of page 5 is lost, though the other item holds "en" too
    competenties = profile.competenties.copy()
    row = competenties.index[(competenties["werkproces_id"] == "1.4") & (competenties["competentie"] == _SHARED)][0]
    competenties.loc[row, "competentie"] = "Instructies procedures opvolgen"
    changed = profile.__class__(**{**profile.__dict__, "competenties": competenties})
    report = audit_document(path, profile=changed)
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [(finding.place in ("pagina 5, regel 7", "pagina 5, regel 39"), "'en'" in finding.message)
            for finding in lost] == [(True, True)], report.lines()
    assert "niet in orde" in report.verdict()


# The overview of a generated PDF (tests/test_pdf_corpus.py, html producer, --hypothesis-seed=3, document 40,
# page 3) whose kerntaak cell spans its werkproces rows: its wrapped title stands beside 2.2, the gap too narrow
# for a column edge on that line; the heading on page 6 wraps the same title after "voor de".
_SPANNING_TITLE = "Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de uitbreiding en verdieping ervan"


def _spanning_cell(second_line="voor de uitbreiding en verdieping ervan"):
    lines = [SourceLine(1, "Kerntaak | Werkproces", 3, ((68.4, 110.0), (343.0, 400.0))),
             SourceLine(2, "Kerntaak 2 | 2.1 Onderhoudt accountrelaties", 3, ((68.4, 110.0), (343.0, 472.4))),
             SourceLine(3, "Bouwt accountrelaties op en onderhoudt ze, en zorgt 2.2 Bouwt accountrelaties op", 3,
                        ((68.4, 472.4),)),
             SourceLine(4, f"{second_line} | 2.3 Behandelt klachten", 3, ((67.7, 250.0), (343.0, 440.0))),
             SourceLine(5, "2.4 Werkt aan een diepterelatie", 3, ((343.0, 480.0),)),
             # the pages between (kerntaak 1), not in this profile: their words are no concern of the test
             SourceLine(1, "Hij bewaakt de voortgang van de verkoop- en accountplannen en stuurt zo nodig bij.", 5,
                        ((68.4, 500.0),)),
             SourceLine(1, "Vakkennis en vakvaardigheden", 6, ((68.4, 220.0),)),
             SourceLine(2, "Kennis van:", 6, ((68.4, 120.0),)),
             SourceLine(3, "- | Aspecten van voortgangsbewaking", 6, ((68.4, 72.0), (80.0, 250.0))),
             SourceLine(4, "Vaardigheden:", 6, ((68.4, 120.0),)),
             SourceLine(5, "- | Gespreksvaardigheid Engels en tweede moderne vreemde taal", 6,
                        ((68.4, 72.0), (80.0, 350.0))),
             SourceLine(7, "Kerntaak 2 Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de", 6,
                        ((68.4, 500.0),)),
             SourceLine(8, "uitbreiding en verdieping ervan", 6, ((68.4, 220.0),))]
    # the profile of these lines only: kerntaak 2 and the titles of its werkprocessen, every other field empty
    profile = load_profile(BUNDLED_RAW)
    tables = {name: value.iloc[0:0] for name, value in profile.__dict__.items() if isinstance(value, pd.DataFrame)}
    # (a PDF reader's places: the kerntaak's heading on page 6, line 7)
    kerntaken = profile.kerntaken[profile.kerntaken["kerntaak_id"] == "2"].assign(
        titel=_SPANNING_TITLE, toelichting="", regel=7, pagina=6)
    werkprocessen = profile.werkprocessen[profile.werkprocessen["kerntaak_id"] == "2"].assign(
        beschrijving="", regel=9, pagina=6)
    return AuditSource("overzicht.pdf", tuple(lines), rows_at="pagina"), profile.__class__(
        **{**profile.__dict__, **tables, "meta": {}, "kerntaken": kerntaken, "werkprocessen": werkprocessen})


def _lost_on_page_3(source, profile):
    units = [Unit(line.text, line.regel, line.pagina, line.spans) for line in source.lines]
    return [(finding.place, finding.message) for finding in word_findings(units, profile)
            if finding.kind == "woord" and finding.place.startswith("pagina 3")]


def test_a_kerntaak_title_wrapped_in_a_cell_beside_its_werkprocessen_is_that_title():
    from bcp_analysis.audit.werkprocessen import check_titles

    source, profile = _spanning_cell()
    # "voor" goes on the kerntaak's title in its cell, not 2.2's title "Bouwt accountrelaties op" before it
    assert _lost_on_page_3(source, profile) == []
    # the overview's kerntaak cell reads "Bouwt ... en zorgt": no werkproces of the column beside in it
    assert check_titles(source, profile) == []


def test_a_word_added_to_a_kerntaak_title_in_a_cell_beside_its_werkprocessen_is_lost():
    from bcp_analysis.audit.werkprocessen import check_titles

    source, profile = _spanning_cell("voor de gestage uitbreiding en verdieping ervan")
    lost = _lost_on_page_3(source, profile)
    assert [place for place, _ in lost] == ["pagina 3, regel 4"] and "'gestage'" in lost[0][1]
    kerntaken = profile.kerntaken.copy()
    kerntaken.loc[kerntaken["kerntaak_id"] == "2", "titel"] = "Bouwt relaties op"
    changed = profile.__class__(**{**profile.__dict__, "kerntaken": kerntaken})
    # the overview's cell and the heading (page 6, wrapped after "voor de") agree; the profile lacks words
    titles = [(finding.kind, finding.message) for finding in check_titles(source, changed)]
    assert len(titles) == 1 and titles[0][0] == "tekst"
    assert "'Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de'" in titles[0][1]


def test_a_line_the_reader_reports_as_not_placed_takes_its_words_only_where_they_stand_whole_on_its_page():
    # a reader may report a line whose words a field holds (a title's line in the overview that it also read at
    # the heading) at another line than the audit's: the line takes no word of a field on its page
    profile = _twins_profile()
    units = [Unit(text, regel, 6, spans) for regel, text, spans in _PAGE_OF_TWINS]
    assert word_findings(units, profile, [("Een verslag van de uitkomsten en", 3, 6)]) == []
    # a line of its own that the reader reports is placed: its words are no loss, wherever the reader counts it
    units.append(Unit("Een losse regel zonder veld", 45, 6, ((91.0, 240.0),)))
    lost = [finding.place for finding in word_findings(units, profile) if finding.kind == "woord"]
    assert lost == ["pagina 6, regel 45"]
    assert word_findings(units, profile, [("Een losse regel zonder veld", 50, 6)]) == []


_OVER_A_PAGE_BREAK = (
    (5, 49, "BCP Junior accountmanager | 5", ((90.7, 228.5), (552.5, 557.5))),
    (6, 43, "Beschrijving werkproces: | 1.5 Evalueert de", ((90.6, 230.7), (386.5, 470.8))),
    (6, 44, "verkoopresultaten", ((385.1, 487.3),)),
    (6, 45, "De junior accountmanager evalueert zijn", ((90.7, 373.9),)),
    (6, 46, "verkoopresultaten met zijn leidinggevende en legt de | Competenties:", ((90.1, 373.6), (385.7, 465.2))),
    (6, 47, "uitkomsten vast in het klantsysteem.", ((90.4, 275.3),)),
    (6, 48, "- | Beslissen en", ((385.7, 387.0), (403.8, 511.0))),
    (6, 49, "BCP Junior accountmanager | 6", ((90.7, 228.5), (552.5, 557.5))),
    (7, 1, "activiteiten initiëren", ((403.8, 506.4),)),
    (7, 2, "Resultaat:", ((90.6, 146.3),)),
    (7, 3, "-", ((90.5, 91.8),)),
    (7, 4, "Een verslag van de uitkomsten", ((108.7, 264.1),)),
    (7, 13, "Beschrijving werkproces: | 3.1 Bereidt het", ((90.6, 230.7), (386.0, 467.6))),
    (7, 14, "verkoopproces voor", ((385.1, 494.9),)),
    (7, 15, "De junior accountmanager bepaalt op basis van het", ((90.7, 373.8),)),
    (7, 16, "individueel verkoopplan of het accountplan welke | Competenties:", ((90.5, 373.6), (385.7, 465.2))),
    (7, 17, "account hij wanneer benadert. Hij bereidt samen met", ((90.6, 374.1),)),
    (7, 18, "- | Aansturen", ((385.7, 387.0), (403.2, 455.3))),
    (7, 19, "het accountteam het verkoopproces voor en maakt een", ((90.5, 373.8),)),
    (7, 20, "plan van aanpak voor het benaderen van de | -", ((90.4, 373.7), (385.7, 387.0))),
    (7, 21, "Beslissen en", ((403.8, 511.0),)),
    (7, 22, "betreffende account. Hij oriënteert zich goed op de", ((90.4, 373.5),)),
    (7, 23, "activiteiten initiëren", ((403.8, 506.4),)),
    (7, 24, "account voordat hij op bezoek gaat.", ((90.6, 373.8),)),
    (7, 45, "BCP Junior accountmanager | 7", ((90.7, 228.5), (552.6, 557.4))),
)


def test_a_competency_wrapped_over_a_page_break_takes_its_rest_past_the_footer():
    # LibreOffice's export of a narrow right column: 1.5's "Beslissen en" ends page 6, "activiteiten initiëren"
    # opens page 7 below the footer; 3.1 on page 7 has the same competency, wrapped beside its description
    # with that description's words (taken) between. Each takes its own, lines as the reader counts them.
    name = "Beslissen en activiteiten initiëren"
    profile = _profile_of({
        "werkprocessen": [("1.5", {"titel": "Evalueert de verkoopresultaten", "beschrijving": (
            "De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende en legt de "
            "uitkomsten vast in het klantsysteem.")}, 38, 6),
            ("3.1", {"titel": "Bereidt het verkoopproces voor", "beschrijving": (
                "De junior accountmanager bepaalt op basis van het individueel verkoopplan of het accountplan welke "
                "account hij wanneer benadert. Hij bereidt samen met het accountteam het verkoopproces voor en maakt "
                "een plan van aanpak voor het benaderen van de betreffende account. Hij oriënteert zich goed op de "
                "account voordat hij op bezoek gaat.")}, 20, 7)],
        "competenties": [("1.5", {"competentie": name}, 43, 6), ("3.1", {"competentie": "Aansturen"}, 24, 7),
                         ("3.1", {"competentie": name}, 25, 7)],
        "resultaten": [("1.5", {"item": "Een verslag van de uitkomsten"}, 2, 7)]})
    units = [Unit(text, regel, page, spans) for page, regel, text, spans in _OVER_A_PAGE_BREAK]
    assert [(finding.kind, finding.place) for finding in word_findings(units, profile)] == []
    # a competency 3.1 lost is still named, and so is a word lost from 1.5's
    competenties = profile.competenties.drop(index=2)
    lost = word_findings(units, profile.__class__(**{**profile.__dict__, "competenties": competenties}))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "pagina 7, regel 21"),
                                                                    ("woord", "pagina 7, regel 23")]


def _kennis_moved(item, new_item, other, new_other):
    """The bundled profile with two kennis items of 3.4 changed (raw lines 1423 and 1424): their lost findings."""
    profile = load_profile(BUNDLED_RAW)
    kennis = profile.kennis.copy()
    for text, changed in ((item, new_item), (other, new_other)):
        [row] = kennis.index[(kennis["werkproces_id"] == "3.4") & (kennis["item"] == text)]
        kennis.at[row, "item"] = changed
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, "kennis": kennis}))
    return [(finding.kind, finding.place, finding.message) for finding in report.lost]


_SOORTEN = "Soorten offertes en verkoopcontracten (inclusief de daaraan gekoppelde technische vereisten)"
_KOOP = "Koop- en weerstandssignalen"


@pytest.mark.parametrize("new_item, new_other, named", [
    # words from the middle of raw line 1423's item put before the next item: both stand inside the other
    ("Soorten offertes en verkoopcontracten (inclusief technische vereisten)",
     "de daaraan gekoppelde Koop- en weerstandssignalen", ["regel 1423", "regel 1424"]),
    # the end of 1423's item put before the next: that item starts inside 1423's line
    ("Soorten offertes en verkoopcontracten (inclusief de daaraan gekoppelde",
     "technische vereisten) Koop- en weerstandssignalen", ["regel 1424"]),
    # the start of 1424's item put at the end of 1423's: 1424's item starts inside its line, after the other's words
    (_SOORTEN + " Koop- en", "weerstandssignalen", ["regel 1424"]),
], ids=["middle", "end", "start"])
def test_words_moved_between_two_items_of_a_list_are_named(new_item, new_other, named):
    # every word still stands in some field, and near its place: only the items' own lines tell
    lost = _kennis_moved(_SOORTEN, new_item, _KOOP, new_other)
    assert [place for kind, place, _ in lost] == [f"kennis 3.4: item ({place})" for place in named]
    assert {kind for kind, _, _ in lost} == {"tekst"}
    assert _kennis_moved(_SOORTEN, _SOORTEN, _KOOP, _KOOP) == []


_MERGED_WITH_THE_TITLE = (
    (2, "Kerntaak 1 Stelt verkoop- en accountplannen op en", ((91.3, 465.8),)),
    (3, "bewaakt de voortgang ervan", ((91.2, 300.5),)),
    (4, "Beschrijving werkproces: | 1.2 Stelt een individueel", ((90.6, 230.7), (307.3, 440.8))),
    (5, "De junior accountmanager doet op verkoopplan op", ((90.7, 392.0),)),
    (6, "basis van de klant-, markt-, product- en Competenties:", ((90.4, 386.0),)),
    (7, "brancheontwikkelingen voorstellen voor \uf0b7 Leren", ((90.4, 353.5),)),
    (8, "het algemene verkoopplan.", ((90.5, 455.6),)),
)


def test_a_word_of_a_description_is_the_one_right_after_its_word_before():
    # LibreOffice's export, the Symbol bullet: line 5 holds the description's "doet op" and the rest of 1.2's
    # title ("verkoopplan op") as one part; the description's "op" is the one after "doet", the title's the other
    # (the words after the second "op" are the longest run of the description's words)
    profile = _profile_of({
        "werkprocessen": [("1.2", {"titel": "Stelt een individueel verkoopplan op", "beschrijving": (
            "De junior accountmanager doet op basis van de klant-, markt-, product- en brancheontwikkelingen "
            "voorstellen voor het algemene verkoopplan.")}, 3, 4)],
        "competenties": [("1.2", {"competentie": "Leren"}, 34, 4)]})
    kerntaken = pd.DataFrame([{"kerntaak_id": "1", "titel": "Stelt verkoop- en accountplannen op en bewaakt de "
                               "voortgang ervan", "regel": 1, "pagina": 4}])
    profile = profile.__class__(**{**profile.__dict__, "kerntaken": kerntaken})
    # the overview on page 3 prints the title whole, so its heading takes what is left after the description
    units = [Unit("1.2 Stelt een individueel verkoopplan op", 20, 3, ((307.0, 500.0),))]
    units += [Unit(text, regel, 4, spans) for regel, text, spans in _MERGED_WITH_THE_TITLE]
    assert word_findings(units, profile) == []
    # a word of the line that no field holds is still named there
    units[4] = Unit("De junior accountmanager doet zo op verkoopplan op", 5, 4, ((90.7, 392.0),))
    lost = [(finding.place, finding.message) for finding in word_findings(units, profile) if finding.kind == "woord"]
    assert len(lost) == 1 and lost[0][0] == "pagina 4, regel 5" and "'zo'" in lost[0][1]


_ONE_TITLE_TWICE = (
    (3, 10, "Kerntaak 2 | 2.1 Onderhoudt accountrelaties", ((90.7, 145.2), (306.8, 466.9))),
    (3, 11, "Onderhoudt accountrelaties | 2.2 Bouwt accountrelaties op", ((90.7, 231.9), (306.8, 453.9))),
    (5, 40, "De junior accountmanager bouwt aan (account)relaties. Hij verzamelt continue relevante", ((90.7, 470.0),)),
    (5, 41, "informatie over de (potentiële) klant en registreert de informatie in het accountrelatiesysteem.",
     ((90.7, 470.0),)),
    (5, 42, "Om de accountbehoeften nog beter in beeld te brengen, heeft de junior accountmanager niet alleen",
     ((90.7, 470.0),)),
    (5, 43, "contact met de individuele account, maar volgt hij ook markt- en brancheontwikkelingen.",
     ((90.7, 470.0),)),
    (6, 27, "Kerntaak 2 Onderhoudt accountrelaties", ((91.3, 380.3),)),
    (6, 28, "Beschrijving werkproces: | 2.1 Onderhoudt", ((90.6, 230.7), (386.0, 470.9))),
    (6, 29, "De junior accountmanager onderhoudt accountrelaties", ((90.7, 471.5),)),
    (6, 30, "(account)relaties door de accounts op basis van Competenties:", ((90.9, 465.2),)),
    (6, 31, "product- en dienstenkennis te informeren en te • | Onderzoeken", ((90.4, 388.2), (403.9, 470.3))),
    (6, 32, "adviseren.", ((90.6, 464.3),)),
)


def test_a_werkproces_titled_as_its_kerntaak_takes_its_own_heading():
    # kerntaak 2 and werkproces 2.1 are both "Onderhoudt accountrelaties": the kerntaak's heading (line 27) is
    # the kerntaak's; 2.1's heading wraps from its column (line 28) into the description's line (29). (2.2's
    # description, here on page 5, puts the overview more than 40 words before 2.1's line, as pages do.)
    title = "Onderhoudt accountrelaties"
    profile = _profile_of({
        "werkprocessen": [("2.1", {"titel": title, "beschrijving": (
            "De junior accountmanager onderhoudt (account)relaties door de accounts op basis van product- en "
            "dienstenkennis te informeren en te adviseren.")}, 30, 6),
            ("2.2", {"titel": "Bouwt accountrelaties op", "beschrijving": (
                "De junior accountmanager bouwt aan (account)relaties. Hij verzamelt continue relevante informatie "
                "over de (potentiële) klant en registreert de informatie in het accountrelatiesysteem. Om de "
                "accountbehoeften nog beter in beeld te brengen, heeft de junior accountmanager niet alleen contact "
                "met de individuele account, maar volgt hij ook markt- en brancheontwikkelingen.")}, 40, 5)],
        "competenties": [("2.1", {"competentie": "Onderzoeken"}, 52, 6)]})
    kerntaken = pd.DataFrame([{"kerntaak_id": "2", "titel": title, "regel": 29, "pagina": 6}])
    profile = profile.__class__(**{**profile.__dict__, "kerntaken": kerntaken})
    units = [Unit(text, regel, page, spans) for page, regel, text, spans in _ONE_TITLE_TWICE]
    assert word_findings(units, profile) == []
    # a word no field holds on the heading's second line is still named
    units[8] = Unit("De junior accountmanager onderhoudt nu accountrelaties", 29, 6, ((90.7, 471.5),))
    lost = [(finding.place, finding.message) for finding in word_findings(units, profile)]
    assert len(lost) == 1 and lost[0][0] == "pagina 6, regel 29" and "'nu'" in lost[0][1]


_TWINS_OVER_A_PAGE_BREAK = (
    (4, 56, "Beschrijving werkproces: | 1.5 Evalueert de", ((65.6, 200.1), (347.8, 438.7))),
    (4, 57, "verkoopresultaten", ((346.8, 449.8),)),
    (4, 58, "BCP Junior accountmanager | 4", ((57.1, 167.6), (533.7, 538.2))),
    (5, 1, "De junior accountmanager evalueert zijn", ((65.7, 268.5),)),
    (5, 2, "Competenties:", ((347.1, 427.7),)),
    (5, 3, "verkoopresultaten met zijn leidinggevende en legt", ((65.0, 317.0),)),
    (5, 4, "de uitkomsten vast in het klantsysteem. | - Beslissen en activiteiten initiëren",
     ((65.2, 265.1), (351.2, 525.9))),
    (5, 5, "Resultaat:", ((63.6, 119.6),)),
    (5, 6, "- Een verslag van de uitkomsten", ((67.2, 230.9),)),
    (5, 19, "Beschrijving werkproces: | 2.3 Behandelt klachten", ((65.6, 205.7), (347.4, 438.7))),
    (5, 20, "De junior accountmanager bouwt aan (account)relaties. Hij verzamelt continue relevante", ((65.7, 470.0),)),
    (5, 21, "informatie over de (potentiële) klant en registreert de informatie in het accountrelatiesysteem.",
     ((65.7, 470.0),)),
    (5, 22, "Om de accountbehoeften nog beter in beeld te brengen, heeft de junior accountmanager niet alleen",
     ((65.7, 470.0),)),
    (5, 23, "contact met de individuele account, maar volgt hij ook markt- en brancheontwikkelingen.",
     ((65.7, 470.0),)),
    (5, 41, "Beschrijving werkproces: | 2.5 Evalueert de", ((65.6, 205.7), (347.4, 438.7))),
    (5, 42, "De junior accountmanager evalueert zijn | verkoopresultaten", ((65.7, 268.5), (346.8, 449.8))),
    (5, 43, "verkoopresultaten met zijn leidinggevende en legt", ((65.0, 317.0),)),
    (5, 44, "Competenties:", ((347.1, 427.7),)),
    (5, 45, "de uitkomsten vast in het klantsysteem.", ((65.2, 265.1),)),
    (5, 46, "- Beslissen en activiteiten initiëren", ((351.2, 525.9),)),
    (5, 47, "Resultaat:", ((63.6, 119.6),)),
    (5, 48, "- Een verslag van de uitkomsten", ((67.2, 230.9),)),
    (5, 49, "BCP Junior accountmanager | 5", ((57.1, 167.6), (534.2, 538.0))),
    (6, 6, "BCP Junior accountmanager | 6", ((57.1, 167.6), (534.0, 538.1))),
)


def test_a_description_starts_below_its_heading_though_a_label_beside_it_stands_between_its_words():
    # HTML/CSS: 1.5's heading ends page 4, its description opens page 5 with "Competenties:" (the right column)
    # read between its first line and its second; 2.5, 40 lines below on the same page, has the same title and
    # description
    description = ("De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende en legt de "
                   "uitkomsten vast in het klantsysteem.")
    rows = {"werkprocessen": [("1.5", {"titel": "Evalueert de verkoopresultaten", "beschrijving": description},
                               52, 4),
                              ("2.3", {"titel": "Behandelt klachten", "beschrijving": (
                                  "De junior accountmanager bouwt aan (account)relaties. Hij verzamelt continue "
                                  "relevante informatie over de (potentiële) klant en registreert de informatie in "
                                  "het accountrelatiesysteem. Om de accountbehoeften nog beter in beeld te brengen, "
                                  "heeft de junior accountmanager niet alleen contact met de individuele account, "
                                  "maar volgt hij ook markt- en brancheontwikkelingen.")}, 19, 5),
                              ("2.5", {"titel": "Evalueert de verkoopresultaten", "beschrijving": description},
                               40, 5)],
            "competenties": [(werkproces, {"competentie": "Beslissen en activiteiten initiëren"}, line, 5)
                             for werkproces, line in (("1.5", 3), ("2.5", 45))],
            "resultaten": [(werkproces, {"item": "Een verslag van de uitkomsten"}, line, 5)
                           for werkproces, line in (("1.5", 5), ("2.5", 47))]}
    profile = _profile_of(rows)
    units = [Unit(text, regel, page, spans) for page, regel, text, spans in _TWINS_OVER_A_PAGE_BREAK]
    assert word_findings(units, profile) == []
    # a word of 1.5's copy that no field holds is still named at its line
    units[5] = Unit("verkoopresultaten met al zijn leidinggevende en legt", 3, 5, ((65.0, 317.0),))
    lost = [(finding.place, finding.message) for finding in word_findings(units, profile)]
    assert len(lost) == 1 and lost[0][0] == "pagina 5, regel 3" and "('al')" in lost[0][1]


def test_an_item_whose_words_a_reader_put_in_another_order_fails():
    # a reader that split a justified line at a gutter read "gemaakte afspraken zijn" after the next line; every
    # word still stands in the item, near its place: only their order tells (page 10 of word-014 of a large run)
    units = [Unit("Resultaat:", 40, 9, ((90.6, 146.3),)), Unit("-", 1, 10, ((90.5, 91.8),)),
             Unit("Het verkoopcontract is correct opgesteld en de gemaakte afspraken zijn", 2, 10, ((108.7, 521.5),)),
             Unit("verwerkt in het verkoop-/ordersysteem.", 3, 10, ((108.1, 308.1),))]
    opening = "Het verkoopcontract is correct opgesteld en de"
    right = f"{opening} gemaakte afspraken zijn verwerkt in het verkoop-/ordersysteem."
    moved = f"{opening} verwerkt in het verkoop-/ordersysteem. gemaakte afspraken zijn"
    assert word_findings(units, _profile_of({"resultaten": [("3.6", {"item": right}, 1, 10)]})) == []
    found = word_findings(units, _profile_of({"resultaten": [("3.6", {"item": moved}, 1, 10)]}))
    # the words on the line above their word before them are also named for a reviewer ("woordplaats")
    lost = [finding for finding in found if finding.kind != "woordplaats"]
    assert [(finding.kind, finding.place) for finding in lost] == [("tekst",
                                                                    "resultaten 3.6: item (pagina 10, regel 1)")]
    assert "andere volgorde" in lost[0].message and "'gemaakte afspraken'" in lost[0].message


@pytest.mark.parametrize("table, row, title", [
    ("kerntaken", 1, "Beheert accounts accounts"),   # raw lines 640, 920 and 922 print it "Beheert accounts"
    ("werkprocessen", 0, "Verzamelt (markt)informatie (markt)informatie"),   # raw lines 631 and 684
    ("werkprocessen", 1, "Stelt een individueel verkoopplan op op"),
])
def test_a_word_added_to_a_title_once_more_fails(table, row, title):
    # each printed copy of the title holds its words; the word added stands only in another copy of it
    profile = load_profile(BUNDLED_RAW)
    frame = getattr(profile, table).copy()
    frame.at[row, "titel"] = title
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, table: frame}))
    assert [finding.kind for finding in report.lost] == ["tekst"], report.lines()
    assert report.lost[0].place.startswith(f"{table} ")


_TITLE_BESIDE_ITS_DESCRIPTION = (
    (3, 6, "Kerntaak 2 | 2.5 Werkt samen met de binnendienst aan offertes voor grote", ((68.4, 120.4), (192.3, 501.6))),
    (3, 7, "Beheert accounts | accounts en bewaakt de levertijden", ((68.4, 154.9), (192.2, 369.6))),
    (4, 28, "Kerntaak 2 Beheert accounts", ((63.6, 226.2),)),
    (4, 29, "Beschrijving werkproces: | 2.5 Werkt samen met de", ((65.6, 205.7), (347.4, 530.1))),
    (4, 30, "binnendienst aan offertes voor", ((347.5, 530.5),)),
    (4, 31, "Hij stemt offertes af met de binnendienst. Hij", ((65.7, 318.2),)),
    (4, 32, "bewaakt de levertijden en meldt afwijkingen tijdig | grote accounts en bewaakt de",
     ((65.6, 318.2), (347.1, 530.1))),
    (4, 33, "aan de account. | levertijden", ((65.3, 144.1), (347.5, 407.0))),
)


def test_a_title_wrapped_in_its_column_past_a_line_of_the_column_beside_it_is_whole():
    # HTML/CSS (html-014 of a large run): 2.5's heading wraps in the right column; line 31 holds only the
    # description, so "grote" stands two lines below "voor", on the next line of the title's column
    title = "Werkt samen met de binnendienst aan offertes voor grote accounts en bewaakt de levertijden"
    profile = _profile_of({"werkprocessen": [("2.5", {"titel": title, "beschrijving": (
        "Hij stemt offertes af met de binnendienst. Hij bewaakt de levertijden en meldt afwijkingen tijdig aan de "
        "account.")}, 28, 4)]})
    kerntaken = pd.DataFrame([{"kerntaak_id": "2", "titel": "Beheert accounts", "regel": 27, "pagina": 4}])
    profile = profile.__class__(**{**profile.__dict__, "kerntaken": kerntaken})
    units = [Unit(text, regel, page, spans) for page, regel, text, spans in _TITLE_BESIDE_ITS_DESCRIPTION]
    assert word_findings(units, profile) == []
    # the title with "grote" once more: the word stands only in the overview's copy
    werkprocessen = profile.werkprocessen.copy()
    werkprocessen.loc[0, "titel"] = title.replace("grote", "grote grote")
    lost = word_findings(units, profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen}))
    assert [(finding.kind, finding.place) for finding in lost] == [
        ("tekst", "werkprocessen 2.5: titel (pagina 4, regel 28)")]


# A loopbaan table that prints each row's level beside its function, its columns' names once above their rows.
_CAREER = [(1, "Accountmanagement"), (2, "Account director wo"), (3, "Accountmanager hbo"),
           (4, "Salesmanagement"), (5, "Sales director wo"), (6, "Verkoopleider hbo")]


def _career_profile(rows):
    profile = load_profile(BUNDLED_RAW)
    tables = {name: value.iloc[0:0] for name, value in profile.__dict__.items() if isinstance(value, pd.DataFrame)}
    tables["loopbaan"] = pd.DataFrame([{"kolom": kolom, "positie": 1, "functie": functie, "niveau": niveau,
                                        "regel": regel, "pagina": None} for kolom, functie, niveau, regel in rows])
    return profile.__class__(**{**profile.__dict__, **tables, "meta": {}})


def test_a_level_printed_on_every_row_of_the_loopbaan_table_is_lost_where_a_row_lost_it():
    rows = [("Accountmanagement", "Account director", "wo", 2), ("Accountmanagement", "Accountmanager", "hbo", 3),
            ("Salesmanagement", "Sales director", "wo", 5), ("Salesmanagement", "Verkoopleider", "hbo", 6)]
    units = [Unit(text, regel, None) for regel, text in _CAREER]
    assert word_findings(units, _career_profile(rows)) == []
    # the reader lost the level of line 5: the other "wo" row takes the "wo" of its own line 2, and line 5's is lost
    lost = word_findings(units, _career_profile(rows[:2] + [rows[2][:2] + (None, 5)] + rows[3:]))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "regel 5")]
    assert "('wo')" in lost[0].message
    # a column's name printed once above its two rows: a row that lost it loses no word of the document
    assert word_findings(units, _career_profile(rows[:3] + [(None,) + rows[3][1:]])) == []


def test_the_bron_printed_below_each_table_of_figures_is_lost_where_its_rows_lost_it():
    # two tables of figures, each with its bron below it; the figures' numbers are the audit of the figures'
    units = [Unit(text, regel, None) for regel, text in [
        (1, "2009 12.000"), (2, "2010 13.000"), (3, "Bron: CBS, UWV WERKbedrijf"),
        (4, "2009 500"), (5, "2010 600"), (6, "Bron: CBS, UWV WERKbedrijf")]]
    profile = load_profile(BUNDLED_RAW)
    tables = {name: value.iloc[0:0] for name, value in profile.__dict__.items() if isinstance(value, pd.DataFrame)}

    def with_bron(lines):
        figures = pd.DataFrame([{"bron": "CBS, UWV WERKbedrijf", "regel": line, "pagina": None} for line in lines])
        return profile.__class__(**{**profile.__dict__, **tables, "arbeidsmarkt": figures, "meta": {}})

    assert word_findings(units, with_bron([1, 2, 4, 5])) == []
    # the rows of the second table lost their bron: its three words are in no field
    lost = word_findings(units, with_bron([1, 2]))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "regel 6")]
    assert "3 woorden" in lost[0].message


@pytest.fixture(scope="module")
def one_werkproces(tmp_path_factory):
    """The first generated profile (one werkproces, 1.5) as reportlab and as a table drawn cell by cell."""
    from documents import cells, reportlab_pdf
    from documents.model import draw_documents

    [document] = draw_documents(1)
    paths = {}
    for name, render_pdf in (("reportlab", reportlab_pdf.render_pdf), ("cells", cells.render_pdf)):
        paths[name] = tmp_path_factory.mktemp(name) / "profiel.pdf"
        render_pdf(document, paths[name])
    return paths


# Page 4 of both: "Kerntaak 1 Onderhoudt accountrelaties", "1.5 Evalueert de verkoopresultaten", the description
# "De junior accountmanager evalueert zijn verkoopresultaten met zijn leidinggevende en legt de uitkomsten vast in
# het klantsysteem.", "Resultaat:" "- Een verslag van de uitkomsten", "Kennis van:" "- Verkooptechnieken",
# "Vaardigheden:" "- Rapporteren", the footer "BCP Junior accountmanager"; page 3 the overview, page 2 the
# functiebenamingen "Sales representative" and "Relatiebeheerder", page 1 "Junior accountmanager" above
# "Vastgesteld door | Sectorraad Commercieel ECABO".
_ADDED = [
    ("vaardigheden", 0, "item", "accountmanager Rapporteren"),            # the footer right below it
    ("kennis", 0, "item", "van Verkooptechnieken"),                       # the label "Kennis van:" right above it
    ("resultaten", 0, "item", "Een verslag van de van uitkomsten"),       # the label below it
    ("resultaten", 0, "item", "Een verslag van verkoopresultaten de uitkomsten"),   # the description above it
    ("werkprocessen", 0, "beschrijving", "verkoopresultaten De junior accountmanager evalueert zijn verkoopresultaten "
     "met zijn leidinggevende en legt de uitkomsten vast in het klantsysteem."),   # the title beside it
    ("werkprocessen", 0, "beschrijving", "De junior accountmanager evalueert zijn verkoopresultaten accountrelaties "
     "met zijn leidinggevende en legt de uitkomsten vast in het klantsysteem."),   # the kerntaak's heading above
    ("werkprocessen", 0, "titel", "Evalueert de verkoopresultaten van"),  # the chapter's heading on the next page
    ("werkprocessen", 0, "titel", "Evalueert de verkoopresultaten de"),   # the next copy, or the description's "De"
    ("kerntaken", 0, "titel", "Onderhoudt accountrelaties evalueert"),    # the werkproces's heading on the next page
    ("functiebenamingen", 1, "functiebenaming", "Relatiebeheerder onderhoudt"),   # a heading two pages on
    ("functiebenamingen", 1, "functiebenaming", "Relatiebeheerder van"),  # the heading of the next page
    ("functiebenamingen", 0, "functiebenaming", "accountmanager Sales representative"),   # the title a page before
    ("meta", None, "vastgesteld_door", "Junior Sectorraad Commercieel ECABO"),   # the title above it
    ("meta", None, "titel", "accountmanager Junior accountmanager"),     # the running footer below it
]


@pytest.mark.parametrize("producer", ["reportlab", "cells"])
@pytest.mark.parametrize("table, row, column, text", _ADDED)
def test_a_word_added_to_a_field_that_the_pdf_holds_only_elsewhere_is_named(
        one_werkproces, producer, table, row, column, text):
    path = one_werkproces[producer]
    profile = load_profile(path)
    assert audit_document(path, profile=profile).lost == []
    original = profile.meta[column] if table == "meta" else getattr(profile, table).at[row, column]
    # the field as read, with one word added
    extra = collections.Counter(words_of(text)) - collections.Counter(words_of(original))
    assert sum(extra.values()) == 1 and len(words_of(text)) == len(words_of(original)) + 1
    if table == "meta":
        changed = profile.__class__(**{**profile.__dict__, "meta": {**profile.meta, column: text}})
    else:
        frame = getattr(profile, table).copy()
        frame.at[row, column] = text
        changed = profile.__class__(**{**profile.__dict__, table: frame})
    report = audit_document(path, profile=changed)
    named = report.lost + [finding for finding in report.findings if finding.kind == "woordplaats"]
    assert named, report.verdict()


@pytest.mark.parametrize("producer", ["reportlab", "cells"])
def test_a_description_that_lost_its_first_word_on_the_line_of_its_wrapped_title_is_named(one_werkproces, producer):
    # page 4: "1.5 Evalueert de" wraps its "verkoopresultaten" onto the line where the description starts ("De
    # junior accountmanager evalueert zijn verkoopresultaten met"); the description's "De" and the title's
    # "verkoopresultaten", free on that line with the description's words between them, are no piece of the title
    # (reportlab's line holds both; the cells' line of the description ends before the title's column)
    path = one_werkproces[producer]
    profile = load_profile(path)
    werkprocessen = profile.werkprocessen.copy()
    assert werkprocessen.at[0, "beschrijving"].startswith("De junior accountmanager evalueert")
    werkprocessen.at[0, "beschrijving"] = werkprocessen.at[0, "beschrijving"].removeprefix("De ")
    report = audit_document(path, profile=profile.__class__(**{**profile.__dict__, "werkprocessen": werkprocessen}))
    assert [(finding.kind, finding.pagina, finding.text.startswith("De junior accountmanager evalueert"))
            for finding in report.lost] == [("woord", 4, True)]
    assert "('de')" in report.lost[0].message


def _verkoopplan_title(line):
    """A profile of 1.2 alone, its title "Stelt een individueel verkoopplan op" at ``line`` of page 4."""
    return _profile_of({
        "werkprocessen": [("1.2", {"titel": "Stelt een individueel verkoopplan op", "beschrijving":
                                   "De junior accountmanager doet op basis van de klant-, markt-, product- en "
                                   "brancheontwikkelingen voorstellen"}, line, 4)]})


def test_a_title_wrapped_into_a_line_the_reader_did_not_part_at_its_column_is_whole():
    # page 4 of word-010 of a large run (LibreOffice's export, a narrow right column): the heading's
    # "verkoopplan op" stands on the description's line 30, which the audit's reading left as one part
    units = [Unit("Beschrijving werkproces: | 1.2 Stelt een", 28, 4, ((90.6, 230.7), (386.5, 451.0))),
             Unit("De junior accountmanager doet op basis van de klant-, | individueel", 29, 4,
                  ((90.7, 373.1), (385.6, 442.1))),
             Unit("markt-, product- en brancheontwikkelingen voorstellen verkoopplan op", 30, 4, ((90.5, 471.2),))]
    assert [(finding.kind, finding.place) for finding in word_findings(units, _verkoopplan_title(30))] == []


def test_a_title_wrapped_over_three_lines_takes_its_heading_on_its_page_not_the_overview_on_the_page_before():
    # word-031 of a large run (seed 71; LibreOffice, a narrow right column): page 3 ends with the overview
    # (the title whole), page 4's heading "1.2 Stelt een" wraps "individueel" and "verkoopplan op" onto the ends
    # of the description's lines 5 and 6, which the audit's reading left as one part each
    units = [Unit("Kerntaak | Werkproces", 3, 3, ((90.0, 150.0), (250.0, 320.0))),
             Unit("Kerntaak 1 | 1.2 Stelt een individueel verkoopplan", 4, 3, ((90.0, 150.0), (250.0, 480.0))),
             Unit("op", 5, 3, ((250.0, 262.0),)),
             Unit("Beschrijving werkproces: | 1.2 Stelt een", 4, 4, ((90.6, 230.7), (386.5, 454.4))),
             Unit("De junior accountmanager doet op basis van de klant-, individueel", 5, 4, ((90.7, 445.5),)),
             Unit("markt-, product- en brancheontwikkelingen voorstellen verkoopplan op", 6, 4, ((90.5, 471.2),))]
    assert [(finding.kind, finding.place) for finding in word_findings(units, _verkoopplan_title(4))] == []


# html-032 of a large run (seed 71; WeasyPrint): the overview's line 4 holds the kerntaak's cell and the rest of
# 1.2's title in the column beside it as one part; the kerntaak's heading on page 4 holds its title alone.
_GLUED_OVERVIEW = [
    (3, 2, "Kerntaak | Werkproces", ((67.6, 112.6), (382.2, 448.1))),
    (3, 3, "Kerntaak 1 | 1.2 Stelt een individueel", ((67.7, 119.8), (383.0, 502.9))),
    (3, 4, "Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de verkoopplan op", ((67.7, 458.8),)),
    (3, 5, "uitbreiding en verdieping ervan", ((67.5, 223.7),)),
    (4, 1, "3 Beschrijving van de kerntaken", ((63.6, 297.8),)),
    (4, 2, "Kerntaak 1 Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de", ((63.7, 532.0),)),
    (4, 3, "uitbreiding en verdieping ervan", ((63.6, 259.2),)),
    (4, 4, "Beschrijving werkproces: | 1.2 Stelt een individueel", ((66.4, 206.4), (348.5, 529.0))),
    (4, 5, "De junior accountmanager werkt | verkoopplan op", ((66.4, 317.8), (347.5, 434.4)))]


def test_a_title_whole_only_where_the_overview_glued_the_column_beside_it_is_held_against_its_heading():
    units = [Unit(text, regel, page, spans) for page, regel, text, spans in _GLUED_OVERVIEW]
    title = "Bouwt accountrelaties op en onderhoudt ze, en zorgt voor de uitbreiding en verdieping ervan"

    def profile_with(kerntaak_title):
        profile = _profile_of({"werkprocessen": [("1.2", {"titel": "Stelt een individueel verkoopplan op",
                                                          "beschrijving": "De junior accountmanager werkt"}, 4, 4)]})
        kerntaken = pd.DataFrame([{"kerntaak_id": "1", "titel": kerntaak_title, "regel": 2, "pagina": 4}])
        return profile.__class__(**{**profile.__dict__, "kerntaken": kerntaken})

    assert word_findings(units, profile_with(title)) == []
    # the reader's title with the werkproces's "verkoopplan op": whole in the overview as the line reads, not at
    # its heading
    glued = title.replace("voor de", "voor de verkoopplan op")
    findings = word_findings(units, profile_with(glued))
    assert [(finding.kind, finding.place) for finding in findings] == [
        ("titel", "kerntaken 1: titel (pagina 4, regel 2)")]
    assert "('verkoopplan', 'op')" in findings[0].message


@pytest.mark.parametrize("paragraph, dropped, line", [(0, "beroepskolom", "regel 404"), (1, "nogal", "regel 438")])
def test_a_word_lost_from_a_sentence_of_the_career_section_is_named_at_its_line(paragraph, dropped, line):
    # raw line 404 introduces the career columns ("ziet er als volgt uit:"), raw lines 437-439 the comparison
    # ("In onderstaand schema ..."): the two paragraphs of the part loopbaanperspectief, 33 lines apart
    profile = load_profile(BUNDLED_RAW)
    beschrijving = profile.beschrijving.copy()
    row = beschrijving.index[beschrijving["onderdeel"] == "loopbaanperspectief"][0]
    paragraphs = beschrijving.at[row, "tekst"].split("\n\n")
    assert len(paragraphs) == 2 and f" {dropped} " in paragraphs[paragraph]
    paragraphs[paragraph] = paragraphs[paragraph].replace(f" {dropped} ", " ")
    beschrijving.at[row, "tekst"] = "\n\n".join(paragraphs)
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__,
                                                                         "beschrijving": beschrijving}))
    lost = [finding for finding in report.lost if finding.kind == "woord"]
    assert [finding.place for finding in lost] == [line] and f"'{dropped}'" in lost[0].message
    assert "niet in orde" in report.verdict()


def test_a_function_of_the_loopbaan_table_that_is_the_profiles_own_title_is_lost_where_the_reader_lost_it():
    # raw lines 419-420 hold row 4 of the Accountmanagement column: "Junior" / "accountmanager", the
    # profile's own title; the title stands besides on the running footers ("BCP Junior accountmanager") and
    # on a line of its own above the overview (raw line 624), which stay the title's
    profile = load_profile(BUNDLED_RAW)
    loopbaan = profile.loopbaan.copy()
    assert (loopbaan.at[3, "functie"], loopbaan.at[3, "regel"]) == ("Junior accountmanager", 419)
    loopbaan.at[3, "functie"] = ""
    report = audit_document(BUNDLED_RAW, profile=profile.__class__(**{**profile.__dict__, "loopbaan": loopbaan}))
    assert [(finding.kind, finding.place) for finding in report.lost] == [("woord", "regel 419"),
                                                                        ("woord", "regel 420")]
    assert "'junior'" in report.lost[0].message and "'accountmanager'" in report.lost[1].message
    assert "niet in orde" in report.verdict()


def _own_title_profile(career=(), comparison=()):
    profile = load_profile(BUNDLED_RAW)
    tables = {name: value.iloc[0:0] for name, value in profile.__dict__.items() if isinstance(value, pd.DataFrame)}
    tables["loopbaan"] = pd.DataFrame([{"kolom": "Accountmanagement", "positie": 1, "functie": functie,
                                        "niveau": niveau, "regel": regel, "pagina": None}
                                       for functie, niveau, regel in career], columns=profile.loopbaan.columns)
    tables["vergelijking"] = pd.DataFrame([{"aspect": aspect, "beroep": beroep, "kenmerk": kenmerk, "regel": regel,
                                            "pagina": None} for aspect, beroep, kenmerk, regel in comparison],
                                          columns=profile.vergelijking.columns)
    return profile.__class__(**{**profile.__dict__, **tables, "meta": {"titel": "Junior accountmanager"}})


def test_the_own_title_takes_its_title_page_and_its_own_line_and_leaves_a_row_that_lost_it_to_be_named():
    units = [Unit(text, regel, None) for regel, text in [
        (1, "Junior accountmanager"),               # the title page: the first occurrence
        (2, "Accountmanagement"),
        (3, "Accountmanager hbo"),
        (4, "Junior accountmanager mbo"),           # a function of the loopbaan table
        (5, "Junior accountmanager")]]              # a line of its own (above the overview)
    career = [("Accountmanager", "hbo", 3), ("Junior accountmanager", "mbo", 4)]
    assert word_findings(units, _own_title_profile(career)) == []
    lost = word_findings(units, _own_title_profile([career[0], ("", "mbo", 4)]))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "regel 4")]
    assert "('junior', 'accountmanager')" in lost[0].message


# A comparison table as the text reader reads it when each cell is a line (tests/test_bcp_text_career.py):
# the occupations once above the rows, each aspect once for the two rows of its occupations.
_COMPARISON = [(1, "Junior accountmanager"), (2, "Vertegenwoordiger"), (3, "klantenkring"),
               (4, "alleen business-to-business"), (5, "ook consumenten"), (6, "verkoopproces"), (7, "diepgang"),
               (8, "oppervlakkig")]
_ROWS = [("klantenkring", "Junior accountmanager", "alleen business-to-business", 3),
         ("klantenkring", "Vertegenwoordiger", "ook consumenten", 3),
         ("verkoopproces", "Junior accountmanager", "diepgang", 6),
         ("verkoopproces", "Vertegenwoordiger", "oppervlakkig", 6)]


def test_a_comparison_prints_its_aspects_and_occupations_once_for_their_rows():
    units = [Unit(text, regel, None) for regel, text in _COMPARISON]
    assert word_findings(units, _own_title_profile(comparison=_ROWS)) == []
    # a characteristic lost, and an aspect lost from both its rows, are named at their lines
    lost = word_findings(units, _own_title_profile(comparison=_ROWS[:2] + [("", *_ROWS[2][1:]),
                                                                          ("", *_ROWS[3][1:3], 6)]))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "regel 6")]
    lost = word_findings(units, _own_title_profile(comparison=_ROWS[:2] + [_ROWS[2][:2] + ("", 6), _ROWS[3]]))
    assert [(finding.kind, finding.place) for finding in lost] == [("woord", "regel 7")]
