"""The audit of every word (bcp_analysis/audit/words.py): on the bundled text and on small documents."""

from bcp_analysis.audit import audit_document
from bcp_analysis.audit.words import word_findings, words_of
from bcp_analysis.paths import BUNDLED_RAW
from bcp_analysis.readers import load_profile


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
