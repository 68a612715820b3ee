"""Tests for bcp_analysis.audit: the source held against the profile read from it, independent of the reader.

Expected findings are counted by hand from the documents: line numbers are those of
data/raw/junior-accountmanager-2010.txt (or of the changed copy a test writes), of
data/profiles/junior-accountmanager-2010.yaml and of data/kd/pedagogisch-werk-23183.xml.
"""

import dataclasses

import pandas as pd
import pytest
import yaml
from pdf_documents import Columns, Gap, Layout, PageBreak, Text, bcp_blocks, render

from bcp_analysis.audit import AuditReport, Finding, audit_document
from bcp_analysis.audit.figures import figure_tokens
from bcp_analysis.audit.report import LOST_KINDS, place_key
from bcp_analysis.audit.sources import read_source
from bcp_analysis.audit.werkprocessen import check_werkproces_ids
from bcp_analysis.paths import BUNDLED_KD, BUNDLED_PROFILE, BUNDLED_RAW
from bcp_analysis.readers import load_profile
from bcp_analysis.readers.audit_source import AuditSource, SourceLine
from bcp_analysis.readers.bcp_text import extract_file
from bcp_analysis.readers.yaml_profile import profile_from_dict


@pytest.fixture(scope="module")
def raw_lines():
    return BUNDLED_RAW.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def raw_profile():
    return load_profile(BUNDLED_RAW)


def _changed(tmp_path, raw_lines, replace=None, name="profiel.txt"):
    """A copy of the bundled text with lines replaced: {line number: new text} (numbers stay the same)."""
    lines = list(raw_lines)
    for number, text in (replace or {}).items():
        lines[number - 1] = text
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _kinds_and_places(report):
    return [(finding.kind, finding.place) for finding in report.findings]


def _drop(profile, table, **where):
    """The profile with the rows of ``table`` matching ``where`` removed."""
    frame = getattr(profile, table)
    keep = ~frame[list(where)].eq(pd.Series(where)).all(axis=1)
    return dataclasses.replace(profile, **{table: frame[keep].reset_index(drop=True)})


# --- the bundled documents ------------------------------------------------------------------

def test_bundled_text_has_three_years_without_a_figure_and_one_title_that_differs(raw_profile):
    report = audit_document(BUNDLED_RAW, profile=raw_profile)
    # §1.4: "Vanaf 2010 zal het aantal nieuwe vacatures" (516), "in het jaar 2008" (526),
    # "tussen 2009 en 2014" (529): years in sentences about vacatures that no figure has as
    # its period. Overview line 659 "3.4 Breng de offerte uit", heading line 1397 "3.4 Brengt
    # de offerte uit". Every percentage and count of §1.4 is a row.
    assert _kinds_and_places(report) == [("periode", "regel 516"), ("periode", "regel 526"),
                                         ("periode", "regel 529"), ("titel", "regel 1397")]
    assert [finding.text for finding in report.findings][:3] == [
        "Vanaf 2010 zal het aantal nieuwe vacatures, ondanks de",
        "jaar boven het aantal vacatures in het jaar 2008 zal uitstijgen.",
        "vacatures tussen 2009 en 2014 blijven stijgen naar 193.000 in"]
    assert "'Breng de offerte uit'" in report.findings[3].message
    assert "'Brengt de offerte uit'" in report.findings[3].message
    assert not report.ok and report.lost == []
    assert report.verdict() == f"{BUNDLED_RAW}: te controleren: 4 bevindingen (zie hierboven)."


def test_bundled_yaml_has_no_findings():
    # Line 152 of the YAML names 2010 and 2008 without a figure: a reviewed file's choice (its
    # periods are not checked); every percentage and count of its texts is a row.
    report = audit_document(BUNDLED_PROFILE)
    assert report.ok, report.lines()
    tokens = figure_tokens(read_source(BUNDLED_PROFILE).lines)
    assert {token.written for token in tokens if token.source_line.regel == 152} >= {"2010", "2008", "1.043.000", "2%"}


@pytest.mark.parametrize("profiel", ["Pedagogisch medewerker kinderopvang", "Gespecialiseerd pedagogisch medewerker",
                                     "Onderwijsassistent"])
def test_bundled_dossier_has_no_findings_for_any_profiel(profiel):
    report = audit_document(BUNDLED_KD, profiel=profiel)
    assert report.ok, report.lines()
    assert report.verdict().endswith("in orde.")


def test_the_dossier_figures_are_read_from_its_element_texts():
    tokens = figure_tokens(read_source(BUNDLED_KD).lines)
    found = {(token.source_line.regel, token.written) for token in tokens}
    # XML line 1285: "In schooljaar 2013-2014 zijn er 11.400 studenten ... Dit zijn 27% minder
    # studenten dan in schooljaar 2012-2013" (the last a period compared with: no figure).
    assert {(1285, "2013-2014"), (1285, "11.400"), (1285, "27%")} <= found
    assert (1285, "2012-2013") not in found
    # Line 1298 ends with "met ingang van 1 augustus 2016": a date.
    assert not any(line == 1298 and "2016" in written for line, written in found)


# --- which tokens are figures -----------------------------------------------------------------

def _tokens(*texts):
    lines = [SourceLine(number, text) for number, text in enumerate(texts, start=1)]
    return [(token.kind, token.written, token.value) for token in figure_tokens(lines)]


def test_figures_are_percentages_amounts_counts_and_periods():
    assert _tokens("De groei is +4,5% en -0,15 procent, 2 procentpunten meer.") == [
        ("percent", "+4,5%", 4.5), ("percent", "-0,15 procent", -0.15), ("percent", "2 procentpunten", 2.0)]
    assert _tokens("Er zijn 1,2 miljoen banen en 59.600 vacatures, 800 nieuwe vacatures.") == [
        ("amount", "1,2 miljoen", 1_200_000.0), ("count", "59.600", 59_600.0), ("count", "800", 800.0)]
    assert _tokens("De vacatures stijgen van 2009 tot en met 2014 en in 2010-2012.") == [
        ("period", "van 2009 tot en met 2014", "2009-2014"), ("period", "2010-2012", "2010-2012")]


def test_ids_dates_crebo_levels_and_source_lines_are_no_figures():
    assert _tokens("Vastgesteld op 30-09-2010 en 30 september 2010 (2010-09-30), september 2010.",
                   "Zie §1.4, werkproces 1.1 en 3.7, code B1-K1-W2, crebo 23183, niveau 4, mbo-4.",
                   "1.4 Trends en innovaties", "12", "De 24-uurs economie, 2 deelmarkten.",
                   "Bron: CBS, 2010-2014, 12.000 respondenten (mei 2010)") == []


def test_a_year_counts_only_in_a_sentence_about_the_labour_market():
    assert _tokens("Dit beroepscompetentieprofiel is van 2006.") == []
    assert _tokens("In 2009 waren er veel vacatures.") == [("period", "2009", "2009")]
    # a period compared with is no figure's own period
    assert _tokens("Er zijn 27% minder studenten dan in schooljaar 2012-2013.") == [("percent", "27%", 27.0)]


# --- changed texts: what the reader did not place is named ------------------------------------

def test_a_figure_in_a_description_is_named(tmp_path, raw_lines):
    # line 822 is in the description of werkproces 1.3
    path = _changed(tmp_path, raw_lines, {822: "Het aantal accounts steeg met 12,5% en hij werkt een voorstel uit"})
    report = audit_document(path)
    figures = [finding for finding in report.findings if finding.kind == "cijfer"]
    assert [(finding.place, finding.text) for finding in figures] == [
        ("regel 822", "Het aantal accounts steeg met 12,5% en hij werkt een voorstel uit")]
    assert "'12,5%'" in figures[0].message and "cijfer niet geplaatst" in figures[0].message
    assert report.lost == figures


def test_a_figure_in_front_matter_and_in_trends_is_named(tmp_path, raw_lines):
    # line 13: the introduction (front matter); line 551: §1.4 Wetgeving en regelgeving (trends)
    path = _changed(tmp_path, raw_lines, {
        13: "vakvolwassen werknemer; er zijn 59.600 vacatures voor dit beroep.",
        551: "Er is geen specifieke wet- en regelgeving (1,2 miljoen banen) voor het uitoefenen"})
    report = audit_document(path)
    assert [(finding.kind, finding.place) for finding in report.findings if finding.kind == "cijfer"] == [
        ("cijfer", "regel 13"), ("cijfer", "regel 551")]


def test_a_werkproces_named_in_the_overview_without_a_description_is_named(tmp_path, raw_lines):
    # line 666 is the blank line under "3.7 Voert aftersales uit" in the overview
    path = _changed(tmp_path, raw_lines, {666: "3.8 Adviseert over nazorg"})
    report = audit_document(path)
    lost = [(finding.kind, finding.place) for finding in report.lost]
    assert lost == [("werkproces", "regel 666")]
    assert "werkproces 3.8" in report.lost[0].message


def test_a_competency_row_the_reader_dropped_is_named_by_its_line(raw_profile):
    # line 1257 "Presenteren" in the Competenties list of werkproces 3.2
    dropped = _drop(raw_profile, "competenties", werkproces_id="3.2", competentie="Presenteren")
    assert len(dropped.competenties) == len(raw_profile.competenties) - 1
    report = audit_document(BUNDLED_RAW, profile=dropped)
    assert [(finding.kind, finding.place, finding.text) for finding in report.lost] == [
        ("competentie", "regel 1257", "Presenteren")]
    assert "werkproces 3.2" in report.lost[0].message


def test_a_competency_row_dropped_from_an_interleaved_line_is_named(raw_profile):
    # line 1453: "Hij onderhandelt vervolgens met de account over de offerte | - Overtuigen en beinvioeden"
    dropped = _drop(raw_profile, "competenties", werkproces_id="3.5", competentie="Overtuigen en beïnvloeden")
    report = audit_document(BUNDLED_RAW, profile=dropped)
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", "regel 1453")]


def test_a_wrapped_competency_dropped_is_named_by_its_first_line(raw_profile):
    # lines 1263-1264 "Ondernemend en commercieel" / "handelen" in the list of 3.2
    dropped = _drop(raw_profile, "competenties", werkproces_id="3.2", competentie="Ondernemend en commercieel handelen")
    report = audit_document(BUNDLED_RAW, profile=dropped)
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", "regel 1263")]


@pytest.mark.parametrize("line", [1253, 1258, 1265])
def test_an_unknown_competency_in_a_list_is_named_whatever_the_reader_did(tmp_path, raw_lines, line):
    # 3.2's list (lines 1252-1264) with its description running on beside it (1265 "accountteam."):
    # "Digitaal vaardig handelen" as first item (1253, the blank under "Competenties:"), in the
    # middle (1258) and as the last line of the list (1265, the description's last word moved down).
    replace = {line: "Digitaal vaardig handelen"}
    if line == 1265:
        replace = {1265: "Digitaal vaardig handelen", 1266: " accountteam."}
    path = _changed(tmp_path, raw_lines, replace)
    extraction = extract_file(path)
    profile = profile_from_dict(extraction.profile, path)
    report = audit_document(path, profile=profile)
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", f"regel {line}")]
    assert "'Digitaal vaardig handelen' in de competenties van werkproces 3.2" in report.lost[0].message
    assert "'Bedrijfsmatig handelen'" in report.lost[0].message  # among the nearest names


def test_a_competency_name_outside_the_lists_is_named(tmp_path, raw_lines):
    # line 8, the blank line under "Inleiding" in the front matter, becomes a competency name on its own
    path = _changed(tmp_path, raw_lines, {8: "Kwaliteit leveren"})
    report = audit_document(path)
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", "regel 8")]


def test_a_competency_name_read_as_an_item_of_another_list_is_to_be_checked(tmp_path, raw_lines):
    # line 1225, an item of Vaardigheden of 3.1, becomes a competency name: placed, but perhaps wrongly
    path = _changed(tmp_path, raw_lines, {1225: "* Kwaliteit leveren"})
    report = audit_document(path)
    assert report.lost == []
    [finding] = [finding for finding in report.findings if finding.kind == "plaats"]
    assert finding.place == "regel 1225" and "als vaardigheid van werkproces 3.1" in finding.message


def test_a_yaml_competency_missing_from_the_table_is_named():
    profile = load_profile(BUNDLED_PROFILE)
    dropped = _drop(profile, "competenties", werkproces_id="1.1", competentie="Analyseren")
    report = audit_document(BUNDLED_PROFILE, profile=dropped)
    # line 332 of the YAML: "- {tekst: Analyseren, regel: 689}" under werkproces 1.1
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", "regel 332")]


def test_an_aanvullende_dossier_competency_of_the_profiel_is_required():
    profile = load_profile(BUNDLED_KD, profiel="Onderwijsassistent")
    # XML line 529: werkproces "Werkt aan het bewaken en bevorderen van kwaliteitszorg"; line 557 its
    # <competentie referentie="3091"/> (Overtuigen en beïnvloeden), aanvullend for profiel 966094
    # (Onderwijsassistent) only, not among its competencies for every profiel
    table = profile.werkprocessen
    werkproces = table.loc[table["regel"] == 529, "werkproces_id"].iloc[0]
    dropped = _drop(profile, "competenties", werkproces_id=werkproces, competentie="Overtuigen en beïnvloeden")
    assert len(dropped.competenties) == len(profile.competenties) - 1
    assert [(finding.kind, finding.place) for finding in audit_document(BUNDLED_KD, profile=dropped).lost] == [
        ("competentie", "regel 557")]
    other = load_profile(BUNDLED_KD, profiel="Pedagogisch medewerker kinderopvang")
    assert audit_document(BUNDLED_KD, profile=other).ok  # that profiel has no such row, and needs none


def test_a_dossier_competency_missing_from_the_table_is_named():
    profile = load_profile(BUNDLED_KD, profiel="Onderwijsassistent")
    first = profile.competenties.iloc[0]
    dropped = _drop(profile, "competenties", werkproces_id=first["werkproces_id"], competentie=first["competentie"])
    report = audit_document(BUNDLED_KD, profile=dropped)
    # XML line 300: the first <competentie referentie="3089"/> (Ethisch en integer handelen) of
    # werkproces B1-K1-W1, line 281
    assert (first["werkproces_id"], first["competentie"]) == ("B1-K1-W1", "Ethisch en integer handelen")
    assert [(finding.kind, finding.place) for finding in report.lost] == [("competentie", "regel 300")]


# --- a PDF: words per page --------------------------------------------------------------------

@pytest.fixture(scope="module")
def curated():
    return yaml.safe_load(BUNDLED_PROFILE.read_text(encoding="utf-8"))


def test_pdf_lines_are_words_per_page_by_baseline(tmp_path):
    path = tmp_path / "twee.pdf"
    render(path, [Text("Eerste regel van de brief."), Gap(), Text("In 2009 waren er 133.400 vacatures (+2,5%).")])
    lines = read_source(path).lines
    texts = [(line.pagina, line.text) for line in lines]
    # the page holds the two lines drawn, then the running footer and page number of pdf_documents
    assert texts[:2] == [(1, "Eerste regel van de brief."), (1, "In 2009 waren er 133.400 vacatures (+2,5%).")]
    assert [line.regel for line in lines][:2] == [1, 2]


def test_pdf_lines_count_per_page_and_join_columns_with_a_bar(tmp_path, bundled_profile):
    path = tmp_path / "kolommen.pdf"
    render(path, [Text("Voorblad"), PageBreak(), Text("Inleiding"),
                  Columns([Text("Hij werkt zorgvuldig.")], [Text("Competenties:")]),
                  Text("Er zijn 59.600 vacatures.")])
    lines = [(line.pagina, line.regel, line.text) for line in read_source(path).lines]
    # page 2 as drawn: "Inleiding", the two columns side by side, the figure; then the footer
    assert lines[lines.index((2, 1, "Inleiding")):][:3] == [
        (2, 1, "Inleiding"), (2, 2, "Hij werkt zorgvuldig. | Competenties:"), (2, 3, "Er zijn 59.600 vacatures.")]
    report = audit_document(path, profile=bundled_profile)  # a profile without that figure (nor these words)
    assert [(finding.kind, finding.place, finding.text) for finding in report.findings
            if finding.kind not in ("woord", "tekst", "woordplaats")] == [
        ("cijfer", "pagina 2, regel 3", "Er zijn 59.600 vacatures.")]


def test_pdf_figures_not_placed_are_named_with_page_and_line(tmp_path, curated):
    # A figure in the description of werkproces 1.1 (chapter 3 starts on page 4 of this layout).
    changed = yaml.safe_load(yaml.safe_dump(curated))
    werkproces = changed["kerntaken"][0]["werkprocessen"][0]
    werkproces["beschrijving"] = "Het marktaandeel steeg met 12,5%. " + werkproces["beschrijving"]
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(changed))
    report = audit_document(path)
    figures = [finding for finding in report.findings if finding.kind == "cijfer"]
    assert len(figures) == 1 and "'12,5%'" in figures[0].message
    page = next(line.pagina for line in read_source(path).lines if "12,5%" in line.text)
    assert figures[0].place.startswith(f"pagina {page}, regel ")


@pytest.fixture(scope="module")
def labour_pdf(tmp_path_factory, curated):
    """The curated profile drawn as a PDF with the labour-market text of §1.4 (raw lines 495-534)."""
    raw = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()[494:534]
    paragraphs, current = [], []
    for line in raw + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current).replace("ECABO- domein", "ECABO-domein"))
            current = []
    path = tmp_path_factory.mktemp("pdf") / "profiel.pdf"
    render(path, bcp_blocks(curated, paragraphs))
    return path


def test_pdf_figures_the_reader_left_in_the_text_are_named_with_their_page(labour_pdf):
    profile = load_profile(labour_pdf)
    assert audit_document(labour_pdf, profile=profile).lost == []
    # As when a reader puts all of §1.4 in trends: no row. The ten figures of §1.4 (raw lines
    # 499-529: -0,15% -0,3% -0,5% 26,5% 21,5% 19,3% 1.043.000 2% 133.400 193.000) are named, on page 2.
    empty = dataclasses.replace(profile, arbeidsmarkt=profile.arbeidsmarkt.iloc[0:0])
    report = audit_document(labour_pdf, profile=empty)
    figures = [finding for finding in report.findings if finding.kind == "cijfer"]
    assert [finding.message.split("'")[1] for finding in figures] == [
        "-0,15%", "-0,3%", "-0,5%", "26,5%", "21,5%", "19,3%", "1.043.000", "2%", "133.400", "193.000"]
    assert all(finding.place.startswith("pagina 2, regel ") for finding in figures)
    assert report.verdict().startswith(f"{labour_pdf}: niet in orde: 10 onderdelen van de bron niet in het profiel")


def test_pdf_competency_row_dropped_is_named_with_page_and_line(labour_pdf):
    profile = load_profile(labour_pdf)
    table = profile.competenties
    row = table[(table["werkproces_id"] == "3.2") & (table["competentie"] == "Presenteren")]
    dropped = dataclasses.replace(profile, competenties=table.drop(row.index).reset_index(drop=True))
    [finding] = audit_document(labour_pdf, profile=dropped).lost
    page = int(row["pagina"].iloc[0])
    assert finding.kind == "competentie" and finding.place.startswith(f"pagina {page}, regel ")
    assert finding.text.endswith("| - Presenteren")


@pytest.mark.parametrize("left_width", [290.0, 320.0])
def test_pdf_of_the_bundled_profile_has_no_lost_findings(tmp_path, curated, left_width):
    path = tmp_path / "profiel.pdf"
    render(path, bcp_blocks(curated), Layout(left_width=left_width))
    if left_width == 320.0:
        # a narrow right column wraps "Vakdeskundigheid toepassen" (3.3, 3.5): its first word alone on a line
        assert any(line.text.endswith("- Vakdeskundigheid") for line in read_source(path).lines)
    report = audit_document(path)
    assert report.lost == [], report.lines()


def test_every_reader_of_the_package_gives_the_audit_its_own_reading():
    from bcp_analysis.readers import all_readers
    from bcp_analysis.readers.protocol import Reader

    for reader in all_readers():
        assert type(reader).audit_source is not Reader.audit_source, reader
    # what each gives, by what the documents are: the text's line 5 is line 5; the YAML file is
    # reviewed and gives its lists (the first: werkproces 1.1, YAML lines 331-334, four items); the
    # dossier gives codes and lists, its rows naming whole sections (compared anywhere)
    text, yaml_file, dossier = (read_source(path) for path in (BUNDLED_RAW, BUNDLED_PROFILE, BUNDLED_KD))
    assert (text.laid_out, text.rows_at, text.reviewed, text.lines[4].regel) == (True, "regel", False, 5)
    assert (yaml_file.laid_out, yaml_file.rows_at, yaml_file.reviewed) == (False, None, True)
    first = yaml_file.competency_lists[0]
    assert first.werkproces_id == "1.1" and [item.regel for item in first.items] == [331, 332, 333, 334]
    assert (dossier.laid_out, dossier.rows_at, dossier.reviewed) == (False, None, False)
    # the one code its texts name: "B1-K1-W5" in the verantwoording, XML line 1680
    assert [(mention.werkproces_id, mention.line.regel, mention.part) for mention in dossier.mentions] == [
        ("B1-K1-W5", 1680, "B1")]


def test_a_yml_profile_is_read_as_yaml(tmp_path):
    path = tmp_path / "profiel.yml"
    path.write_bytes(BUNDLED_PROFILE.read_bytes())
    assert read_source(path).reviewed and audit_document(path).ok


# --- the report -----------------------------------------------------------------------------

def test_report_lines_and_verdict():
    findings = [Finding.at("cijfer", "12,5% meer", "cijfer niet geplaatst: '12,5%'", regel=14, pagina=2),
                Finding.at("titel", "1.1 Titel", "titels wijken af", regel=3, pagina=2)]
    report = AuditReport("x.pdf", sorted(findings, key=place_key))
    assert [(finding.pagina, finding.regel) for finding in report.findings] == [(2, 3), (2, 14)]
    assert report.lines() == ["pagina 2, regel 3: titels wijken af ('1.1 Titel')",
                              "pagina 2, regel 14: cijfer niet geplaatst: '12,5%' ('12,5% meer')"]
    assert not report.ok and [finding.kind for finding in report.lost] == ["cijfer"]
    assert report.verdict() == ("x.pdf: niet in orde: 1 onderdeel van de bron niet in het profiel en 1 bevinding te "
                                "controleren (zie hierboven).")
    assert AuditReport("x.pdf", findings[1:]).verdict() == "x.pdf: te controleren: 1 bevinding (zie hierboven)."
    assert AuditReport("x.pdf", []).verdict() == "x.pdf: in orde."
    assert set(LOST_KINDS) == {"cijfer", "werkproces", "competentie", "woord", "tekst"}


def test_a_title_the_overview_and_heading_agree_on_and_the_profile_lacks_a_word_of_fails(raw_profile):
    # overview line 655 and heading line 1250 both read "3.2 Benadert de account"; a profile that keeps
    # "de account" lost a word of the title: validate fails, with the heading's line
    werkprocessen = raw_profile.werkprocessen.copy()
    werkprocessen.loc[werkprocessen["werkproces_id"] == "3.2", "titel"] = "de account"
    report = audit_document(BUNDLED_RAW, profile=dataclasses.replace(raw_profile, werkprocessen=werkprocessen))
    assert [(finding.kind, finding.place) for finding in report.lost] == [("tekst", "regel 1250")]
    assert "'Benadert de account'" in report.lost[0].message and "'de account'" in report.lost[0].message
    assert "niet in orde" in report.verdict()


def test_an_overview_title_that_names_a_werkproces_is_named_beside_the_heading(tmp_path, raw_lines):
    # line 640, the title of kerntaak 2 in the overview, read together with the cell beside it
    path = _changed(tmp_path, raw_lines, {640: "Beheert accounts 2.1 Onderhoudt accountrelaties"})
    report = audit_document(path)
    titles = [finding for finding in report.findings if finding.kind == "titel"]
    # line 920 "3.2 Kerntaak 2 Beheert accounts" is the heading; 1397 is 3.4 as in the bundled text
    assert [finding.place for finding in titles] == ["regel 920", "regel 1397"]
    assert "'Beheert accounts 2.1 Onderhoudt accountrelaties'" in titles[0].message
    assert "het profiel houdt 'Beheert accounts'" in titles[0].message


def test_a_bordered_overview_read_row_by_row_gives_its_titles(tmp_path):
    from bcp_analysis.audit.werkprocessen import _overview_and_details, _titles

    # an overview table whose kerntaak cell stands beside its werkprocessen, as a PDF's lines give it
    lines = [SourceLine(number, text, pagina=1) for number, text in enumerate([
        "Kerntaak | Werkproces",
        "Kerntaak 2 | 2.1 Onderhoudt accountrelaties",
        "Beheert accounts | 2.2 Bouwt accountrelaties op",
        "3.2 Kerntaak 2 Beheert accounts",
        "Beschrijving werkproces: | 2.1 Onderhoudt accountrelaties",
    ], start=1)]
    overview, details = _overview_and_details(lines)
    assert [line.regel for line in overview] == [2, 3] and [line.regel for line in details] == [4, 5]
    werkprocessen, kerntaken = _titles(overview, {"2"})
    assert {key: title for key, (title, _) in werkprocessen.items()} == {
        "2.1": "Onderhoudt accountrelaties", "2.2": "Bouwt accountrelaties op"}
    assert {key: title for key, (title, _) in kerntaken.items()} == {"2": "Beheert accounts"}


def test_section_numbers_of_a_table_of_contents_are_no_werkprocessen(raw_profile):
    # a table of contents before chapter 1: kerntaken as sections, a section 1.5 (no werkproces 1.5)
    contents = ["Inhoud", "1.5 Bijlagen 30", "3.1 Kerntaak 1 Stelt verkoop- en accountplannen op 14",
                "3.2 Kerntaak 2 Beheert accounts 18", ""]
    raw = BUNDLED_RAW.read_text(encoding="utf-8").splitlines()
    lines = [SourceLine(number, text) for number, text in enumerate(contents + raw, start=1)]
    assert check_werkproces_ids(AuditSource("inhoud.txt", tuple(lines)), raw_profile) == []
    # the same number in the overview (after raw line 666) is a werkproces, and it is not in the profile
    lines.insert(5 + 666, SourceLine(9999, "1.5 Adviseert over nazorg"))
    [finding] = check_werkproces_ids(AuditSource("inhoud.txt", tuple(lines)), raw_profile)
    assert finding.kind == "werkproces" and "werkproces 1.5" in finding.message


def test_a_dossier_code_named_in_a_text_must_be_a_werkproces():
    profile = load_profile(BUNDLED_KD, profiel="Onderwijsassistent")
    assert audit_document(BUNDLED_KD, profile=profile).ok
    # XML line 1680 (the verantwoording) names "B1-K1-W5"; without that werkproces the code is named
    table = profile.werkprocessen
    without = dataclasses.replace(profile, werkprocessen=table[table["werkproces_id"] != "B1-K1-W5"])
    report = audit_document(BUNDLED_KD, profile=without)
    assert [(finding.kind, finding.place) for finding in report.lost if finding.kind == "werkproces"] == [
        ("werkproces", "regel 1680")]


def test_a_yaml_profile_is_read_by_a_yaml_parser_with_the_line_of_every_value(tmp_path):
    path = tmp_path / "profiel.yaml"
    path.write_text("\n".join([
        "# 12,5% van de regels is commentaar",           # 1: a comment, no text of the document
        "trends: |",                                     # 2
        "  Eerste regel.",                               # 3
        "  Tweede: 8,5%.",                               # 4
        "beroepshouding:",                               # 5
        "  - {tekst: Klantgericht, regel: 7}",           # 6: the 7 names a line of the original, no text
        "arbeidsmarkt:",                                 # 7: the table itself
        "  - {indicator: vacatures, waarde: 8.5, eenheid: '%'}",
        "kerntaken:",                                    # 9
        "  - id: '1'",
        "    werkprocessen:",
        "      - id: '1.1'",                             # 12
        "        competenties:",
        "          - Analyseren",                        # 14
        "          - {tekst: Onderzoeken, regel: 30}",   # 15
    ]) + "\n", encoding="utf-8")
    source = read_source(path)
    assert [(line.regel, line.text) for line in source.lines] == [
        (3, "Eerste regel."), (4, "Tweede: 8,5%."), (6, "Klantgericht"), (10, "1"), (12, "1.1"), (14, "Analyseren"),
        (15, "Onderzoeken")]
    [listed] = source.competency_lists
    assert listed.werkproces_id == "1.1" and [(item.regel, item.text) for item in listed.items] == [
        (14, "Analyseren"), (15, "Onderzoeken")]
