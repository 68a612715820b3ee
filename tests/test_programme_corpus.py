"""The programme reader on a generated corpus: examenplannen drawn by hypothesis, rendered by three PDF producers.

Each examenplan (tests/programme_documents.py: kenmerken, kerntaken and werkprocessen of a
kwalificatiedossier or of the bundled BCP, proeven van bekwaamheid, exams, kennisexamens and
modules whose werkprocessen are written as plain codes, ranges, lists, codes with a space, a
lower-case k, split over two lines, a kerntaak alone; tables over page breaks with the header
repeated or not, a header row alone at the foot of a page, landscape pages, one exam name
under several kerntaken) is rendered by reportlab (ruled platypus tables), by a word
processor (python-docx, exported by LibreOffice) and by WeasyPrint. What it must read back to
is known from the generator: that is the hand count of these documents.

The round trip: ``load_programme`` gives back every kenmerk, kerntaak, werkproces, onderdeel
and dekking row, or every difference is named by a note of the Programme (a note whose text
names the code, the onderdeel or the cell concerned). A refusal (ProfileError) of these
well-formed documents, and a difference no note names, fail.

The fixed-seed set (chosen from the first seeds so that every form and layout occurs, see
``draw_corpus``) runs by default; ``-m corpus_large`` runs a larger one of random seeds. A
document is named by its producer and case (``word-kd-seed7.pdf``): ``draw_one(7, "kd")``
draws it again (``draw_one(7)`` for ``seed7``).
"""

import dataclasses
import importlib.util
import re
from pathlib import Path

import pytest
from programme_documents import (
    Exam,
    Generated,
    Style,
    draw_corpus,
    draw_examenplannen,
    expected,
    parts,
    werkproces_cell,
)
from programme_matrices import matrix_variant
from programmes import html, reportlab_pdf, word
from programmes.roundtrip import Difference, differences, reported
from test_pdf_corpus import _plain_text

from bcp_analysis.errors import ProfileError
from bcp_analysis.model.programme import ProgrammeNote
from bcp_analysis.readers import load_programme

CI_DOCUMENTS = 6
LARGE_DOCUMENTS = 60
MATRIX_DOCUMENTS = 10   # of random seeds, each drawn as a matrix in both orientations (tests/programme_matrices.py)
PRODUCERS = ("reportlab", "word", "html")


@dataclasses.dataclass
class Outcome:
    """What reading one document gave: its differences, those no note names, or why it was not read."""

    name: str
    differences: list
    unreported: list
    failure: str = ""

    @property
    def verdict(self):
        if self.failure:
            return "niet gelezen"
        if not self.differences:
            return "exact"
        return "stil verschillend" if self.unreported else "verschil gemeld"


def _render(documents, folder):
    """{producer: [(pdf path, {onderdeel: page} or None)]}; the .docx files go through LibreOffice in one call."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = {"reportlab": [], "html": []}
    docx = []
    for generated in documents:  # named by producer and case: draw_one draws the document again
        path = folder / f"reportlab-{generated.case}.pdf"
        rendered["reportlab"].append((path, reportlab_pdf.render_pdf(generated, path)))
        path = folder / f"html-{generated.case}.pdf"
        html.render_pdf(generated, path)
        rendered["html"].append((path, None))
        path = folder / f"word-{generated.case}.docx"
        word.to_docx(generated, path)
        docx.append(path)
    if word.soffice() is not None:
        rendered["word"] = [(path, None) for path in word.convert(docx, folder)]
    return rendered


def read(generated, path, pages=None):
    """Read one rendered document (a PDF, or its text) and hold it against what it was generated from."""
    try:
        programme = load_programme(path)
    except ProfileError as error:
        return Outcome(path.name, [], [], f"ProfileError: {error}")
    except Exception as error:  # noqa: BLE001 - a crash is an outcome to report, with its kind
        return Outcome(path.name, [], [], f"{type(error).__name__}: {error}")
    found = differences(generated, programme, pages, paged=path.suffix == ".pdf")
    return Outcome(path.name, [str(item) for item in found],
                   [str(item) for item in found if not reported(item, programme.notes)])


def summary(outcomes):
    counts = {verdict: sum(outcome.verdict == verdict for outcome in outcomes)
              for verdict in ("exact", "verschil gemeld", "stil verschillend", "niet gelezen")}
    lines = [", ".join(f"{count} {verdict}" for verdict, count in counts.items())]
    for outcome in outcomes:
        if outcome.verdict in ("stil verschillend", "niet gelezen"):
            detail = outcome.failure or "; ".join(outcome.unreported[:8])
            lines.append(f"  {outcome.name} ({outcome.verdict}): {detail[:600]}")
    return "\n".join(lines)


def _table_spans(generated, pages):
    """How many pages each table of onderdelen covers in a reportlab render (its pages known)."""
    return [len({pages[key] for key in content["keys"]}) for kind, content in parts(generated) if kind == "table"]


def _over_page_break(folder):
    """Tag a document whose reportlab render has a table whose rows run over a page break."""
    def tags(generated):
        pages = reportlab_pdf.render_pdf(generated, folder / f"probe-{generated.case}.pdf")
        return {"tabel_over_pagina"} if max(_table_spans(generated, pages)) > 1 else set()
    return tags


@pytest.fixture(scope="session")
def programme_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("examenplannen")
    documents = draw_corpus(CI_DOCUMENTS, _over_page_break(folder))
    return documents, _render(documents, folder)


def _check(documents, rendered, producer):
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [read(generated, path, pages) for generated, (path, pages) in zip(documents, rendered[producer])]
    bad = [outcome for outcome in outcomes if outcome.verdict in ("stil verschillend", "niet gelezen")]
    assert not bad, summary(outcomes)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_every_generated_examenplan_reads_back_or_its_notes_name_each_difference(programme_corpus, producer):
    documents, rendered = programme_corpus
    _check(documents, rendered, producer)


@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_plain_text_of_every_generated_examenplan_reads_back_or_its_notes_name_each_difference(
        programme_corpus, producer):
    """The PDF's text as the PDF library gives it, page after page, in a .txt: the text reader's round trip."""
    documents, rendered = programme_corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [read(generated, _plain_text(path)) for generated, (path, _) in zip(documents, rendered[producer])]
    bad = [outcome for outcome in outcomes if outcome.verdict in ("stil verschillend", "niet gelezen")]
    assert not bad, summary(outcomes)


@pytest.fixture(scope="session")
def large_programme_corpus(tmp_path_factory):
    documents = draw_examenplannen(LARGE_DOCUMENTS, derandomize=False)
    return documents, _render(documents, tmp_path_factory.mktemp("examenplannen_groot"))


@pytest.mark.corpus_large
@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_larger_random_corpus_of_examenplannen_has_no_silent_difference(large_programme_corpus, producer):
    documents, rendered = large_programme_corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [read(generated, path, pages) for generated, (path, pages) in zip(documents, rendered[producer])]
    print(f"\n{producer}, pdf: {summary(outcomes)}")   # the counts, shown with -s
    bad = [outcome for outcome in outcomes if outcome.verdict in ("stil verschillend", "niet gelezen")]
    assert not bad, summary(outcomes)


@pytest.mark.corpus_large
@pytest.mark.parametrize("producer", PRODUCERS)
def test_the_plain_text_of_a_larger_random_corpus_has_no_silent_difference(large_programme_corpus, producer):
    documents, rendered = large_programme_corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [read(generated, _plain_text(path)) for generated, (path, _) in zip(documents, rendered[producer])]
    print(f"\n{producer}, tekst: {summary(outcomes)}")   # the counts, shown with -s
    bad = [outcome for outcome in outcomes if outcome.verdict in ("stil verschillend", "niet gelezen")]
    assert not bad, summary(outcomes)


@pytest.fixture(scope="session")
def large_matrix_corpus(tmp_path_factory):
    documents = [matrix_variant(generated, orientation)
                 for generated in draw_examenplannen(MATRIX_DOCUMENTS, derandomize=False)
                 for orientation in ("rijen", "gedraaid")]
    return documents, _render(documents, tmp_path_factory.mktemp("toetsplannen_groot"))


@pytest.mark.corpus_large
@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_larger_random_corpus_of_matrices_has_no_silent_difference(large_matrix_corpus, producer):
    """Exams drawn as a matrix, PDF only: a matrix in a plain text (set in spaces) is not read, and says so."""
    documents, rendered = large_matrix_corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    outcomes = [read(generated, path, pages) for generated, (path, pages) in zip(documents, rendered[producer])]
    print(f"\n{producer}, matrix: {summary(outcomes)}")   # the counts, shown with -s
    bad = [outcome for outcome in outcomes if outcome.verdict in ("stil verschillend", "niet gelezen")]
    assert not bad, summary(outcomes)


# ---- the corpus itself: what the reader is tested on ---------------------------------------------

def _pdf_text(path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    finally:
        document.close()


def _joined(text):
    """A text with the line breaks after a hyphen taken out: a narrow cell breaks a code there (P2-K2- / W2)."""
    return re.sub(r"-\s+", "-", text)


def _in_order(tokens, text):
    """Whether ``tokens`` stand in ``text`` in this order (a row Word splits over two pages has the footer and
    the repeated header between its lines)."""
    position = 0
    for token in tokens:
        position = text.find(token, position)
        if position < 0:
            return False
        position += len(token)
    return True


@pytest.mark.parametrize("producer", PRODUCERS)
def test_every_generated_pdf_prints_what_its_expected_tables_hold(programme_corpus, producer):
    """The expected tables stand in the document: every onderdeel, kenmerk, title and cell is in its text."""
    documents, rendered = programme_corpus
    if producer not in rendered:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    for generated, (path, _) in zip(documents, rendered[producer]):
        text = _joined(_pdf_text(path))
        wanted = expected(generated)
        printed = [row["onderdeel"].split(" (")[0] for row in wanted["onderdelen"]]
        printed += [value for value in wanted["kenmerken"].values() if value]
        printed += [row["titel"] for row in wanted["kerntaken"] + wanted["werkprocessen"] if row["titel"]]
        printed += [werkproces_cell(generated, exam) for exam in generated.exams + generated.modules]
        missing = [item for item in printed if not _in_order(_joined(item).split(), text)]
        assert not missing, f"{path.name}: {missing}"


def test_the_fixed_seed_set_holds_every_written_form_and_layout(programme_corpus):
    """The CI set is not a lucky draw of easy documents: each form of code and each layout occurs."""
    documents, rendered = programme_corpus
    forms = {form for generated in documents for exam in generated.exams + generated.modules for form in exam.forms}
    tweaks = {tweak for generated in documents for exam in generated.exams + generated.modules for tweak in exam.tweaks}
    kerntaak_only = any(not ids for generated in documents for exam in generated.exams for _, ids in exam.covers)
    assert forms == {"lijst", "tm", "tm_kort", "kt_tm", "w_tm", "amp", "w_amp"}
    assert tweaks >= {"spatie", "k", "split", "titel"} and kerntaak_only
    # a bare W1 only under a kerntaak's heading, where the document says which kerntaak it is
    assert not [exam.name for generated in documents if not generated.style.per_kerntaak
                for exam in generated.exams + generated.modules if {"w_tm", "w_amp"} & set(exam.forms)]
    styles = [generated.style for generated in documents]
    assert {style.orientation for style in styles} == {"staand", "liggend", "gemengd"}
    assert {style.per_kerntaak for style in styles} == {True, False}
    assert {style.repeat_header for style in styles} == {True, False}
    assert any(style.orphan_header for style in styles)
    assert {generated.scheme for generated in documents} == {"kd", "bcp"}
    names = [row["onderdeel"] for generated in documents for row in expected(generated)["onderdelen"]]
    assert any(re.search(r" \((B1-K\d|Kerntaak \d)\)$", name) for name in names)  # one name under two kerntaken
    # a table whose rows run over a page break, in the reportlab renders (their pages are known)
    spans = [span for generated, (_, pages) in zip(documents, rendered["reportlab"])
             for span in _table_spans(generated, pages)]
    assert max(spans) >= 2


# ---- the expected tables of one small examenplan, counted by hand ----------------------------------

def test_the_expected_tables_of_a_small_examenplan_are_those_counted_by_hand():
    """Two kerntaken, a PvB per kerntaak under its heading, the same exam name under both, and a module."""
    kerntaken = (("B1-K1", "Voert commerciële activiteiten uit",
                  (("B1-K1-W1", "Verzamelt marktinformatie"), ("B1-K1-W2", "Stelt een verkoopplan op"),
                   ("B1-K1-W3", "Voert het verkoopgesprek"))),
                 ("B1-K2", "Beheert accounts", (("B1-K2-W1", "Onderhoudt relaties met klanten"),
                                               ("B1-K2-W2", "Behandelt klachten van klanten"))))
    exams = (Exam("PvB B1-K1", "Proeve van bekwaamheid", vorm="Praktijkopdracht", duur="4 uur", plaats="School",
                  weging="1", kerntaak_id="B1-K1", covers=(("B1-K1", ("B1-K1-W1", "B1-K1-W2", "B1-K1-W3")),),
                  forms=("w_tm",)),
             Exam("Praktijkexamen", "Examen", kerntaak_id="B1-K1", covers=(("B1-K1", ("B1-K1-W3",)),),
                  forms=("lijst",), tweaks=("split",)),
             Exam("PvB B1-K2", "Proeve van bekwaamheid", kerntaak_id="B1-K2", covers=(("B1-K2", ()),),
                  forms=("lijst",)),
             Exam("Praktijkexamen", "Examen", kerntaak_id="B1-K2", covers=(("B1-K2", ("B1-K2-W1", "B1-K2-W2")),),
                  forms=("amp",)))
    modules = (Exam("Module Gesprekstechniek", "module", periode="P2", niveau="oefenen",
                    covers=(("B1-K1", ("B1-K1-W3",)), ("B1-K2", ("B1-K2-W1",))), forms=("lijst", "lijst"),
                    tweaks=("k", "spatie")),)
    generated = Generated("kd", (("school", "School", "ROC Voorbeeld"), ("crebo", "Crebo", "25123")), kerntaken,
                          exams, modules, Style(overview=False, per_kerntaak=True))
    assert [werkproces_cell(generated, exam) for exam in exams + modules] == [
        "W1 t/m W3", "B1-\nK1-W3", "B1-K2", "B1-K2-W1 & W2", "B1-k1-W3, B1-K2- W1"]
    wanted = expected(generated)
    assert wanted["kenmerken"] == {"school": "ROC Voorbeeld", "kwalificatiedossier": None,
                                   "crebo_kwalificatiedossier": None, "profiel": None, "crebo": "25123",
                                   "niveau": None, "cohort": None, "vastgesteld_op": None}
    # no overview and no list of werkprocessen: titles are printed nowhere, B1-K1-W1 and W2 only in the range
    assert [(row["werkproces_id"], row["titel"]) for row in wanted["werkprocessen"]] == [
        ("B1-K1-W1", ""), ("B1-K1-W2", ""), ("B1-K1-W3", ""), ("B1-K2-W1", ""), ("B1-K2-W2", "")]
    assert [(row["onderdeel"], row["soort"], row["kerntaak_id"]) for row in wanted["onderdelen"]] == [
        ("PvB B1-K1", "proeve van bekwaamheid", "B1-K1"), ("Praktijkexamen (B1-K1)", "examen", "B1-K1"),
        ("PvB B1-K2", "proeve van bekwaamheid", "B1-K2"), ("Praktijkexamen (B1-K2)", "examen", "B1-K2"),
        ("Module Gesprekstechniek", "module", "")]
    assert [(row["onderdeel"], row["werkproces_id"], row["kerntaak_id"], row["niveau"])
            for row in wanted["dekking"]] == [
        ("PvB B1-K1", "B1-K1-W1", "B1-K1", "toetsen"), ("PvB B1-K1", "B1-K1-W2", "B1-K1", "toetsen"),
        ("PvB B1-K1", "B1-K1-W3", "B1-K1", "toetsen"), ("Praktijkexamen (B1-K1)", "B1-K1-W3", "B1-K1", "toetsen"),
        ("PvB B1-K2", "", "B1-K2", "toetsen"),
        ("Praktijkexamen (B1-K2)", "B1-K2-W1", "B1-K2", "toetsen"),
        ("Praktijkexamen (B1-K2)", "B1-K2-W2", "B1-K2", "toetsen"),
        ("Module Gesprekstechniek", "B1-K1-W3", "B1-K1", "oefenen"),
        ("Module Gesprekstechniek", "B1-K2-W1", "B1-K2", "oefenen")]


# ---- the example examenplan of notebook 06 (data/curriculum/voorbeeld-examenplan.pdf) -------------

# beside this file, not the package's data folder: the test runs against another checkout's package too
_CHECKOUT = Path(__file__).resolve().parent.parent
_SCRIPT = _CHECKOUT / "scripts" / "make_voorbeeld_examenplan.py"
CURRICULUM_DIR = _CHECKOUT / "data" / "curriculum"


def _script():
    spec = importlib.util.spec_from_file_location("make_voorbeeld_examenplan", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_voorbeeld_examenplan_is_the_output_of_its_script(tmp_path):
    """The committed PDF is what the script makes of the committed YAML, byte for byte."""
    script = _script()
    made = script.render(script.SOURCE, tmp_path / "voorbeeld-examenplan.pdf")
    assert made.read_bytes() == (CURRICULUM_DIR / "voorbeeld-examenplan.pdf").read_bytes()


def test_the_voorbeeld_examenplan_reads_as_counted_by_hand():
    """Counted from the PDF: page 1 the kenmerken and the overview, page 2 the exams and the modules."""
    programme = load_programme(CURRICULUM_DIR / "voorbeeld-examenplan.pdf")
    assert programme.kenmerken == {"school": "ROC Voorbeeld", "kwalificatiedossier": None,
                                   "crebo_kwalificatiedossier": None, "profiel": "Junior accountmanager",
                                   "crebo": None, "niveau": "4", "cohort": "2025-2026", "vastgesteld_op": "1-7-2025"}
    # page 1, "Opbouw van de opleiding": three kerntaken, fifteen werkprocessen with the profile's titles
    assert _rows(programme.kerntaken, "kerntaak_id", "titel", "pagina") == [
        ("1", "Stelt verkoop- en accountplannen op en bewaakt de voortgang ervan", 1),
        ("2", "Beheert accounts", 1), ("3", "Voert het verkoopproces uit", 1)]
    assert _rows(programme.werkprocessen, "werkproces_id", "kerntaak_id", "titel", "pagina") == [
        ("1.1", "1", "Verzamelt (markt)informatie", 1), ("1.2", "1", "Stelt een individueel verkoopplan op", 1),
        ("1.3", "1", "Stelt een accountplan op", 1),
        ("1.4", "1", "Bewaakt de voortgang van verkoop- en accountplannen", 1),
        ("2.1", "2", "Onderhoudt accountrelaties", 1), ("2.2", "2", "Bouwt accountrelaties op", 1),
        ("2.3", "2", "Behandelt klachten", 1), ("2.4", "2", "Werkt aan een diepterelatie", 1),
        ("3.1", "3", "Bereidt het verkoopproces voor", 1), ("3.2", "3", "Benadert de account", 1),
        ("3.3", "3", "Voert het verkoopgesprek", 1), ("3.4", "3", "Brengt de offerte uit", 1),
        ("3.5", "3", "Onderhandelt met de account", 1),
        ("3.6", "3", "Sluit de verkoop af en zet het ordertraject in gang", 1), ("3.7", "3", "Voert aftersales uit", 1)]
    # page 2, "Examenonderdelen" (five rows) and "Onderwijsprogramma" (three modules)
    assert _rows(programme.onderdelen, "onderdeel", "code", "soort", "vorm", "duur", "plaats", "weging", "periode",
                 "kerntaak_id", "pagina") == sorted([
        ("Proeve van bekwaamheid Kerntaak 1", "JA-PVB1", "proeve van bekwaamheid", "Proeve in de beroepspraktijk",
         "2 weken", "Beroepspraktijk", "2", "", "1", 2),
        ("Criteriumgericht interview accountplan", "JA-CGI1", "examen", "Criteriumgericht interview", "30 minuten",
         "School", "1", "", "1", 2),
        ("Praktijkexamen relatiebeheer", "JA-PRX2", "examen", "Praktijkopdracht", "4 uur", "School", "2", "", "2", 2),
        ("Proeve van bekwaamheid Kerntaak 3", "JA-PVB3", "proeve van bekwaamheid", "Proeve in de beroepspraktijk",
         "3 weken", "Beroepspraktijk", "3", "", "3", 2),
        ("Kennisexamen verkooptechnieken", "JA-KE1", "kennisexamen", "Digitale toets", "90 minuten", "School", "1",
         "", "3", 2),
        ("Marktonderzoek", "", "module", "", "", "", "", "leerjaar 1", "1", 2),
        ("Relatiebeheer", "", "module", "", "", "", "", "leerjaar 1", "2", 2),
        ("Aftersales", "", "module", "", "", "", "", "leerjaar 2", "3", 2)])
    exams = {"Proeve van bekwaamheid Kerntaak 1": ("1.1", "1.2", "1.3", "1.4"),
             "Criteriumgericht interview accountplan": ("1.3",),
             "Praktijkexamen relatiebeheer": ("2.1", "2.2", "2.3"),
             "Proeve van bekwaamheid Kerntaak 3": ("3.1", "3.2", "3.3", "3.4", "3.5", "3.6"),
             "Kennisexamen verkooptechnieken": ("3.3", "3.5")}
    modules = {"Marktonderzoek": (("1.1", "1.2"), "oefenen"), "Relatiebeheer": (("2.1", "2.2", "2.3"), "introductie"),
               "Aftersales": (("3.7",), "oefenen")}
    wanted = [(name, wid, wid[0], "toetsen", 2) for name, ids in exams.items() for wid in ids]
    wanted += [(name, wid, wid[0], niveau, 2) for name, (ids, niveau) in modules.items() for wid in ids]
    assert len(wanted) == 22
    assert _rows(programme.dekking, "onderdeel", "werkproces_id", "kerntaak_id", "niveau", "pagina") == sorted(wanted)
    assert programme.notes == ()


def _rows(frame, *columns):
    return sorted(tuple(value if not hasattr(value, "item") else value.item() for value in row)
                  for row in frame[list(columns)].itertuples(index=False))


def test_a_difference_is_reported_only_by_a_note_that_names_its_code_onderdeel_or_cell():
    difference = Difference("dekking ('PvB B1-K1', 'B1-K1-W2', 'B1-K1', 'toetsen'): 0 keer gelezen, 1 keer in het "
                            "document", ("B1-K1-W2", "W1 t/m W3"))
    def note(text):
        return ProgrammeNote("code", text, 2, 14, "")
    assert reported(difference, [note("B1-K1-W2")])
    assert reported(difference, [note("w1 t/m W3")])  # the cell as the reader saw it, case and spaces aside
    assert not reported(difference, [note("B1-K1-W3")])
    assert not reported(difference, [note("")])  # a note of the whole document names nothing
    assert not reported(difference, [])


def test_a_table_not_read_reports_a_name_broken_over_a_page_break_after_a_hyphen():
    missing = Difference("onderdeel Proeve van bekwaamheid B1-K1 ontbreekt", ("Proeve van bekwaamheid B1-K1",))
    text = "Proeve van bekwaamheid B1- Proeve in de W4 & W5\nExamenplan 1\nK1 beroepspraktijk"
    assert reported(missing, [ProgrammeNote("tabel", text, None, 2, "")])
    assert not reported(missing, [ProgrammeNote("teken", text, None, 2, "")])   # a table not read only
    # the rest must start a later line: "K1" inside a line, or before the start, names nothing
    assert not reported(missing, [ProgrammeNote("tabel", "Proeve van bekwaamheid B1- Proeve\nEX K1 beroeps", None, 2,
                                                "")])
    assert not reported(missing, [ProgrammeNote("tabel", "K1 beroeps\nProeve van bekwaamheid B1-", None, 2, "")])
    # broken at a word: "Proeve van bekwaamheid" / "P2-K2" (the page's foot between); a number alone names nothing
    missing = Difference("onderdeel Proeve van bekwaamheid P2-K2 ontbreekt", ("Proeve van bekwaamheid P2-K2",))
    assert reported(missing, [ProgrammeNote("tabel", "Proeve van bekwaamheid Proeve van\nExamenplan 1\nP2-K2 bekw",
                                            None, 2, "")])
    numbered = Difference("onderdeel Praktijkexamen 90 ontbreekt", ("Praktijkexamen 90",))
    assert not reported(numbered, [ProgrammeNote("tabel", "Praktijkexamen 1 Examen\n90\nminuten", None, 2, "")])


def test_a_table_not_read_reports_a_name_wrapped_in_its_cell():
    # pdftotext -layout of a row: "Praktijkexamen" / "4" in the column Naam, the code column (EX45) before it
    text = ("EX45          Praktijkexamen     Examen          Presentatie         B1-K2-W1,          1 dag\n"
            "4                                                      B1-k2-W3\n"
            "Proeve van          Proeve van       Schriftelijk\n"
            "bekwaamheid         bekwaamheid      examen\n"
            "P1-K1\n"
            "Criteriumgericht    Examen           Presentatie          P1-K1-W1\n"
            "interview                                                 P1-K1-W2")
    note = ProgrammeNote("tabel", text, None, 2, "")
    for name in ("Praktijkexamen 4", "Proeve van bekwaamheid P1-K1"):
        assert reported(Difference(f"onderdeel {name} ontbreekt", (name,)), [note])
    # a name the reader made unique: its printed name wrapped, its kerntaak in the note
    unique = Difference("onderdeel Criteriumgericht interview (P1-K1) ontbreekt",
                        (("Criteriumgericht interview", "P1-K1"),))
    assert reported(unique, [note])
    # a real miss: a name the note does not print, or whose rest stands further down or inside a cell
    for name in ("Praktijkexamen 5", "Praktijkexamen B1-k2-W3", "Proeve van bekwaamheid examen",
                 "Criteriumgericht interview Examen"):
        assert not reported(Difference(f"onderdeel {name} ontbreekt", (name,)), [note]), name
    assert not reported(Difference("onderdeel Praktijkexamen 4 ontbreekt", ("Praktijkexamen 4",)),
                        [ProgrammeNote("teken", text, None, 2, "")])   # a table not read only
    assert not reported(Difference("onderdeel Praktijkexamen 41 ontbreekt", ("Praktijkexamen 41",)),
                        [ProgrammeNote("tabel", "Praktijkexamen 4 Examen\n1  minuten", None, 2, "")])
