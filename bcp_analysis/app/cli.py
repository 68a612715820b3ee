"""The `bcp-analysis` command: the jobs a user runs without opening Jupyter."""

import argparse
import re
import sys
import tempfile
from pathlib import Path

from bcp_analysis.errors import BcpAnalysisError, OutputError, ProfileError

__all__ = ["main"]

_EXIT_INTERRUPTED = 130  # what a shell reports for a program stopped with Ctrl-C

# argparse's own messages (Python 3.11 to 3.13), in Dutch; the first pattern that matches wins.
_TRANSLATIONS = [
    (r"the following arguments are required: (.*)", "deze argumenten ontbreken: {0}"),
    (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}"),
    (r"invalid choice: (.*) \(choose from (.*)\)", "ongeldige keuze: {0} (kies uit {1})"),
    (r"expected one argument", "hier hoort één waarde achter"),
    (r"expected at most one argument", "hier hoort hooguit één waarde achter"),
    (r"expected at least one argument", "hier hoort minstens één waarde achter"),
    (r"ambiguous option: (.*) could match (.*)", "onduidelijke optie: {0} kan zijn: {1}"),
    (r"invalid (.*) value: (.*)", "ongeldige waarde: {1}"),
    (r"one of the arguments (.*) is required", "een van deze argumenten is nodig: {0}"),
    (r"not allowed with argument (.*)", "gaat niet samen met {0}"),
    (r"ignored explicit argument (.*)", "deze optie neemt geen waarde: {0}"),
]


def _translate(message):
    """Put one of argparse's English messages into Dutch (unknown ones are left as they are)."""
    outer = re.fullmatch(r"argument (.+?): (.*)", message, flags=re.S)
    if outer:
        return f"bij {outer.group(1)}: {_translate(outer.group(2))}"
    for pattern, dutch in _TRANSLATIONS:
        match = re.fullmatch(pattern, message, flags=re.S)
        if match:
            return dutch.format(*match.groups())
    return message


class _DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ``argparse.ArgumentParser`` that speaks Dutch: usage, help and error messages.

    Errors print the usage and ``<prog>: fout: <message>`` to stderr and exit with 2.
    """

    def __init__(self, *args, add_help=True, **kwargs):
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="toon deze hulp en stop")

    def error(self, message):
        """Print the usage and the message in Dutch to stderr, and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {_translate(message)}\n")


def _refuse_folder(path):
    """A folder given where a profile file belongs is named a folder, not 'onbekend soort bestand'."""
    if path is not None and Path(path).is_dir():
        raise ProfileError(path, "bestand", "dit is een map, geen bestand",
                           "geef het profielbestand in deze map, niet de map zelf")


def _load(path, profiel=None, dossier=None):
    """Load a profile named on the command line (None: the bundled one)."""
    from bcp_analysis.readers import load_profile

    _refuse_folder(path)
    return load_profile(path, profiel=profiel, dossier=dossier)


def _validate(args):
    from bcp_analysis.analyses.summaries import summary
    from bcp_analysis.readers import load_profile
    from bcp_analysis.readers.protocol import unplaced_in

    if args.profiel is None and args.dossier is None:
        from bcp_analysis.app.programme_cli import programme_document, validate_programme

        programme = programme_document(args.path)   # an examenplan, OER or toetsplan rather than a profile
        if programme is not None:
            return validate_programme(args.path, programme)
    register = _register_of_several(args.path)  # read once: its summary, or the profiel chosen from it
    if register is not None and args.profiel is None and args.dossier is None:
        return _validate_register(args.path, register)
    extraction = None
    if register is not None:
        profile = load_profile(register, profiel=args.profiel, dossier=args.dossier)
    else:
        profile, extraction = _read_once(args.path, args.profiel, args.dossier)
    print(summary(profile))
    # The verdict is the audit's: the source held against the profile, whatever the reader did.
    report = _audit(args.path, profile, args.profiel, unplaced_in(extraction), extraction)
    if register is not None:
        report = _within_own_dossier(report, register, profile)
    print()
    print(report.format())
    return 1 if report.lost else 0


def _read_once(path, profiel=None, dossier=None):
    """The profile named on the command line and the reader's extraction of it (None for a reader that
    reads a file whole): one extraction gives the profile, the lines not placed and the audit's profile."""
    from bcp_analysis.readers import reader_for

    _refuse_folder(path)
    reader = reader_for(path)
    options = _options(profiel, dossier)
    reader.check_options(path, options)
    return reader.read_extracted(path, **options)


def _audit(path, profile, profiel=None, inside=(), extraction=None):
    """The audit of a document against the profile read from it, with the reader's unplaced lines added.

    ``inside``: lines the reader placed nowhere inside werkprocessen (``UnplacedLine``: regel,
    pagina, werkproces, tekst): findings of kind ``regel`` (for a reviewer; nothing the audit
    counts as lost). ``extraction``: the reader's, where the caller made it (not made again).
    """
    from bcp_analysis.audit import AuditReport, Finding, audit_document
    from bcp_analysis.audit.report import place_key

    report = audit_document(path, profile=profile, extraction=extraction, profiel=profiel)
    if not inside:
        return report
    extra = [Finding.at("regel", line.tekst, "niet geplaatst: neem de tekst over of verwijder haar in de .yaml",
                        regel=line.regel, pagina=line.pagina, part=f"werkproces {line.werkproces}")
             for line in inside]
    findings = sorted(report.findings + extra, key=place_key)
    return AuditReport(source=report.source, findings=findings)


def _within_own_dossier(report, register, profile):
    """In a file of several dossiers, the findings of the profiel's own dossier (and of the lists before them).

    The audit holds the whole file against the profiel; the other dossiers of a register
    are not about it. A finding without a line (``regel``) stays.
    """
    from bcp_analysis.audit import AuditReport

    starts = sorted(set(register.dossiers["regel"]) | set(register.problemen["regel"]))
    own = register.dossiers[(register.dossiers["titel"] == profile.meta.get("dossier"))
                            & (register.dossiers["dossier_crebo"] == profile.meta.get("dossier_crebo"))]
    if len(own) != 1:
        return report
    start = int(own["regel"].iloc[0])
    end = next((line for line in starts if line > start), None)

    def inside(finding):
        line = finding.regel
        return line is None or line < starts[0] or (start <= line and (end is None or line < end))

    return AuditReport(source=report.source, findings=[finding for finding in report.findings if inside(finding)])


def _register_of_several(path):
    """The Register of a file of several dossiers (its reader's ``read_register``), else None.

    None for a file of one dossier, a file whose format holds no dossiers, a folder and a
    file no reader takes (the profile's loading then says what is wrong).
    """
    from bcp_analysis.readers import find_reader

    reader = find_reader(path) if path is not None and not Path(path).is_dir() else None
    if reader is None or not reader.holds_dossiers:
        return None
    register = reader.read_register(path)
    return register if register.several_dossiers else None


def _validate_register(path, register):
    """Summarize a register: its dossiers, then every problem; exit 1 when a dossier could not be read."""
    from bcp_analysis.dutch import count
    from bcp_analysis.model.register import NOT_READ

    print(f"Register: {count(len(register.dossiers), 'kwalificatiedossier', 'kwalificatiedossiers')}, "
          f"{count(len(register.profielen), 'profiel', 'profielen')}")
    for row in register.dossiers.itertuples():
        print(f"  {row.titel} (crebo {row.dossier_crebo}, nr {row.nr}): {count(row.profielen, 'profiel', 'profielen')}")
    problems = register.problemen
    if not problems.empty:
        print(f"\nProblemen ({len(problems)}):")
        for row in problems.itertuples():
            print(f"  regel {row.regel} (dossier {row.dossier_nr}, {row.soort}): {row.probleem}")
    unread = int((problems["soort"] == NOT_READ).sum())
    if unread:
        print(f"\n{path}: {count(unread, 'dossier', 'dossiers')} niet gelezen (zie hierboven); de andere wel.",
              file=sys.stderr)
        return 1
    twice = count(len(problems), "crebo komt", "crebo's komen")
    print(f"\n{path}: in orde." if problems.empty else f"\n{path}: in orde, maar {twice} dubbel voor (zie hierboven).")
    print("Kies een profiel met --profiel (crebo of titel) om het te controleren.")
    return 0


def _options(profiel, dossier=None):
    """The reader options of the command line: ``profiel`` and ``dossier`` when given."""
    return {name: value for name, value in (("profiel", profiel), ("dossier", dossier)) if value is not None}


def _tables(args):
    from bcp_analysis.files import check_output_folder
    from bcp_analysis.outputs.tables import write_tables

    check_output_folder(args.out)
    profile = _load(args.profile, args.profiel, args.dossier)
    for path in write_tables(profile, Path(args.out), dutch=not args.komma, force=args.force,
                             inputs=[args.profile]):
        print(f"geschreven: {path}")
    return 0


# The modules of the "notebooks" extra that ``build`` needs to run the notebooks.
_NOTEBOOK_MODULES = {"IPython", "ipykernel", "jupyter_client", "nbclient", "nbconvert", "nbformat"}


def _build(args):
    from bcp_analysis.outputs.build import build

    try:
        build(profile=args.profile, out=args.out, curriculum=args.curriculum, profiel=args.profiel,
              previous=args.vorige, force=args.force, rebuild=args.opnieuw)
    except ModuleNotFoundError as exc:
        # build loads the notebook runner only when a notebook has to run
        if (exc.name or "").partition(".")[0] not in _NOTEBOOK_MODULES:
            raise
        print(f'Fout: build voert de notebooks uit en heeft daarvoor de extra "notebooks" nodig '
              f'(module {exc.name} ontbreekt); installeer die met: '
              f'python -m pip install -c constraints.txt -e ".[notebooks]" (of gebruik make build)', file=sys.stderr)
        return 1
    return 0


def _yaml_bytes(data):
    """The bytes ``write_profile`` writes for a profile mapping."""
    from bcp_analysis.readers.yaml_profile import write_profile

    with tempfile.TemporaryDirectory(prefix="bcp-extract-") as folder:
        return write_profile(data, Path(folder) / "profiel.yaml").read_bytes()


def _extract(args):
    from bcp_analysis.files import check_user_file, write_user_file
    from bcp_analysis.readers import load_profile, reader_for
    from bcp_analysis.readers.yaml_profile import profile_from_dict, profile_to_dict

    _refuse_folder(args.raw)
    options = _options(args.profiel, args.dossier)
    if args.output:  # refuse a bad output before the work
        check_user_file(args.output, None, inputs=[args.raw], force=args.force)
    reader = reader_for(args.raw)
    reader.check_options(args.raw, options)
    extraction = reader.extract(args.raw, **options) if reader.extracts else None
    if extraction is not None:
        print(extraction.report.format())
        data = extraction.profile
    else:
        data = profile_to_dict(reader.read(args.raw, **options))
    if args.output:
        write_user_file(args.output, _yaml_bytes(data), inputs=[args.raw], force=args.force)
        print(f"\ngeschreven: {args.output}")
    report = _extraction_audit(args.raw, data, args.profiel, extraction)
    # An extraction that misses required parts is written for completion by hand, but
    # the command still fails and says what to fill in: first what the reader could not
    # take from the text (its lines), then what the YAML still lacks, named by the lines of
    # the written file, which is the one the user completes.
    if extraction is not None:
        reader.check_extraction(extraction, args.raw)
    if args.output:
        load_profile(args.output)
    else:
        profile_from_dict(data, args.raw)
    return 1 if report is not None and report.lost else 0


def _extraction_audit(path, data, profiel, extraction=None):
    """Print the audit of an extracted profile against its source; None when the profile is still incomplete."""
    from bcp_analysis.readers.yaml_profile import profile_from_dict

    try:
        profile = profile_from_dict(data, path)
    except ProfileError:
        return None  # the checks below name what is missing
    report = _audit(path, profile, profiel, extraction=extraction)
    print()
    print(report.format())
    return report


def _diff(args):
    from bcp_analysis.analyses.compare import compare_profiles
    from bcp_analysis.files import check_user_file
    from bcp_analysis.outputs.change_report import change_sheets, summarize_changes

    inputs = [args.old, args.new]
    for output in (args.csv, args.excel):
        if output:  # refuse a bad output before the work
            check_user_file(output, None, inputs=inputs, force=args.force)
    if args.csv and args.excel and Path(args.csv).resolve() == Path(args.excel).resolve():
        raise OutputError(args.excel, "uitvoer", "--csv en --excel noemen hetzelfde bestand",
                          "geef twee verschillende namen")
    registers = _registers(args)
    if registers is not None:
        if args.curriculum:
            raise ProfileError(args.curriculum, "--curriculum", "een examenplan hoort bij één profiel, niet bij "
                               "een heel register", "kies het profiel met --profiel (crebo of titel)")
        return _diff_registers(args, *registers)
    old, new = _load(args.old, args.profiel, args.dossier), _load(args.new, args.profiel, args.dossier)
    revisions = None
    if args.curriculum:  # read the programme before anything is printed: a bad document writes nothing
        from bcp_analysis.analyses.curriculum import crebo_mismatch, load_curriculum
        from bcp_analysis.analyses.programme_compare import revisions as revisions_of
        from bcp_analysis.outputs.change_report import summarize_revisions

        _refuse_folder(args.curriculum)
        curriculum = load_curriculum(args.curriculum, old)
    changes = compare_profiles(old, new)
    print(summarize_changes(changes))
    if args.curriculum:
        revisions = revisions_of(changes, curriculum)
        print()
        print(summarize_revisions(revisions, crebo_mismatch(curriculum)))
    _write_changes(args, changes, lambda: change_sheets(old, new, changes, revisions))
    return 0


def _write_changes(args, changes, sheets):
    """Write a change table as CSV (--csv) and its workbook (--excel; ``sheets()`` gives the sheets)."""
    from bcp_analysis.files import write_user_file
    from bcp_analysis.outputs.tables import csv_bytes
    from bcp_analysis.outputs.workbook import write_workbook

    inputs = [args.old, args.new]
    if args.csv:
        write_user_file(args.csv, csv_bytes(changes, dutch=not args.komma), inputs=inputs, force=args.force)
        print(f"\ngeschreven: {args.csv}")
    if args.excel:
        with tempfile.TemporaryDirectory(prefix="bcp-diff-") as folder:
            workbook = write_workbook(sheets(), Path(folder) / "wijzigingen.xlsx")
            content = Path(workbook).read_bytes()
        write_user_file(args.excel, content, inputs=inputs, force=args.force)
        print(f"\ngeschreven: {args.excel}")


def _registers(args):
    """Both files as Registers when the diff is one of registers, else None.

    Two files whose format holds dossiers (their reader's ``holds_dossiers``: SBB's ``.xml``)
    without --profiel are compared as registers, unless both hold one profiel only (then the
    profile diff, as before).
    """
    from bcp_analysis.readers import find_reader

    if args.profiel is not None or args.dossier is not None:
        return None
    paths = (args.old, args.new)
    readers = [find_reader(path) for path in paths]
    if not all(reader is not None and reader.holds_dossiers for reader in readers):
        return None
    _refuse_folder(args.old)
    _refuse_folder(args.new)
    old, new = (reader.read_register(path) for reader, path in zip(readers, paths))
    if len(old.profielen) == 1 and len(new.profielen) == 1:
        return None
    return old, new


def _diff_registers(args, old, new):
    """The diff of two registers: the problems of either on stderr, the changes on screen, CSV and workbook."""
    from bcp_analysis.analyses.register_compare import compare_registers
    from bcp_analysis.outputs.change_report import register_change_sheets, summarize_register_changes

    for register in (old, new):
        for row in register.problemen.itertuples():
            print(f"Let op: {row.bestand}: regel {row.regel} (dossier {row.dossier_nr}): {row.probleem}",
                  file=sys.stderr)
    changes = compare_registers(old, new)
    print(summarize_register_changes(changes))
    _write_changes(args, changes, lambda: register_change_sheets(changes))
    return 0


def _curriculum(args):
    from bcp_analysis.analyses.curriculum import curriculum_report, load_curriculum

    _refuse_folder(args.path)
    profile = _load(args.profile, args.profiel, args.dossier)
    print(curriculum_report(load_curriculum(args.path, profile), profile))
    return 0


def _verken(args):
    """Serve the verkenner through Voilà on 127.0.0.1 until Ctrl-C (exit 130, "afgebroken")."""
    from bcp_analysis.app.serve import serve_verkenner

    for value in (args.path, args.vorige, args.curriculum):
        _refuse_folder(value)
    return serve_verkenner(args.path, profiel=args.profiel, previous=args.vorige, curriculum=args.curriculum,
                           port=args.poort, open_browser=not args.geen_browser)


_PROFIEL_HELP = "welk profiel uit een kwalificatiedossier (.xml): de naam of het crebonummer"
_DOSSIER_HELP = "welk kwalificatiedossier uit een register van SBB (.xml): het nummer, het crebonummer of de titel"
_FILE_HELP = "het profielbestand: .yaml, de pdf of de tekst ervan (.txt), of een kwalificatiedossier (.xml)"
_OLD_OPTION = "--profile"  # the profile file as an option, before it became the argument
_FORCE_HELP = "overschrijf ook bestanden die bcp-analysis niet zelf schreef (of die met de hand veranderd zijn)"
_KOMMA_HELP = ("CSV met komma's en een decimaalpunt (voor Engelstalige Excel of andere programma's); "
               "standaard: puntkomma's en een decimaalkomma, voor Nederlandse Excel")


def _add_profile_file(command):
    """The profile file as the command's (optional) argument, and the old option ``--profile`` for it.

    The old option is left out of the help, so that no ``--profile`` stands beside ``--profiel``.
    """
    command.add_argument("profile", nargs="?", default=None, metavar="BESTAND",
                         help=_FILE_HELP + " (standaard: het meegeleverde profiel)")
    command.add_argument(_OLD_OPTION, dest="profile_option", default=None, help=argparse.SUPPRESS)


def _take_old_option(parser, args):
    """Move a profile file given with ``--profile`` to the argument, with a line that the option goes away."""
    old = args.profile_option
    if old is None:
        return
    if args.profile is not None:
        parser.error(f"geef het profielbestand één keer: als BESTAND of met {_OLD_OPTION}, niet allebei")
    print(f"Let op: {_OLD_OPTION} verdwijnt in een volgende versie; geef het profielbestand voortaan zonder "
          f"optie: bcp-analysis {args.command} BESTAND", file=sys.stderr)
    args.profile = old


def _parser():
    parser = DutchArgumentParser(
        prog="bcp-analysis",
        description="Analyses van een beroepscompetentieprofiel (BCP) of kwalificatiedossier.",
    )
    parser.set_defaults(profile_option=None)  # the old --profile, on the commands that take a profile
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht", title="opdrachten")

    validate = commands.add_parser("validate", help="controleer een profiel of examenplan en vat het samen")
    validate.add_argument("path", metavar="BESTAND", help=_FILE_HELP)
    validate.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    validate.add_argument("--dossier", default=None, metavar="DOSSIER", help=_DOSSIER_HELP)
    validate.set_defaults(handler=_validate)

    tables = commands.add_parser("tables", help="schrijf de tabellen van een profiel als CSV")
    _add_profile_file(tables)
    tables.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    tables.add_argument("--dossier", default=None, metavar="DOSSIER", help=_DOSSIER_HELP)
    tables.add_argument("--out", metavar="MAP", default="output/tabellen", help="map voor de CSV-bestanden")
    tables.add_argument("--komma", action="store_true", help=_KOMMA_HELP)
    tables.add_argument("--force", action="store_true", help=_FORCE_HELP)
    tables.set_defaults(handler=_tables)

    build = commands.add_parser("build", help="bouw alle tabellen, grafieken en notebooks opnieuw")
    _add_profile_file(build)
    build.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    build.add_argument("--out", metavar="MAP", default=None,
                       help="uitvoermap (standaard: uitvoer/<naam van het profiel> in de huidige map; in een "
                            "checkout van het project voor het meegeleverde profiel figures/ en de notebooks zelf)")
    build.add_argument("--curriculum", default=None, metavar="DOCUMENT",
                       help="een examenplan, OER of toetsplan (pdf, tekst) of een curriculum (CSV) om tegen het "
                            "profiel te houden")
    build.add_argument("--vorige", default=None, metavar="BESTAND",
                       help="een vorige versie van het profiel, voor de versievergelijking (notebook 05)")
    build.add_argument("--force", action="store_true", help=_FORCE_HELP)
    build.add_argument("--opnieuw", action="store_true",
                       help="voer elke stap opnieuw uit, ook wat al actueel is (standaard: alleen wat veranderd is)")
    build.set_defaults(handler=_build)

    extract = commands.add_parser("extract", help="zet een profiel (bijvoorbeeld de tekst van een PDF) om in YAML")
    extract.add_argument("raw", metavar="BESTAND", help=_FILE_HELP)
    extract.add_argument("-o", "--output", metavar="YAML", help="het YAML-bestand om te schrijven")
    extract.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    extract.add_argument("--dossier", default=None, metavar="DOSSIER", help=_DOSSIER_HELP)
    extract.add_argument("--force", action="store_true", help=_FORCE_HELP)
    extract.set_defaults(handler=_extract)

    diff = commands.add_parser("diff", help="wat is er veranderd tussen twee versies van een profiel")
    diff.add_argument("old", metavar="OUD", help="de oude versie")
    diff.add_argument("new", metavar="NIEUW", help="de nieuwe versie")
    diff.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP + " (voor beide versies)")
    diff.add_argument("--dossier", default=None, metavar="DOSSIER", help=_DOSSIER_HELP + " (voor beide versies)")
    diff.add_argument("--csv", metavar="BESTAND", help="schrijf de wijzigingen ook als CSV")
    diff.add_argument("--excel", metavar="BESTAND", help="schrijf de wijzigingen ook als Excel-werkmap (.xlsx)")
    diff.add_argument("--curriculum", default=None, metavar="DOCUMENT",
                      help="het examenplan, de OER of het curriculum (CSV) bij de oude versie: welke onderdelen "
                           "raakt elke wijziging")
    diff.add_argument("--komma", action="store_true", help=_KOMMA_HELP)
    diff.add_argument("--force", action="store_true", help=_FORCE_HELP)
    diff.set_defaults(handler=_diff)

    curriculum = commands.add_parser("curriculum", help="welke werkprocessen en competenties dekt een opleiding")
    curriculum.add_argument("path", metavar="DOCUMENT",
                            help="het examenplan, de OER of het toetsplan van de school (pdf, tekst), of een "
                                 "curriculum als CSV (zie data/curriculum/README.md)")
    _add_profile_file(curriculum)
    curriculum.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    curriculum.add_argument("--dossier", default=None, metavar="DOSSIER", help=_DOSSIER_HELP)
    curriculum.set_defaults(handler=_curriculum)

    verken = commands.add_parser("verken", help="open de verkenner als webpagina (klikken in plaats van code)")
    verken.add_argument("path", nargs="?", default=None, metavar="BESTAND",
                        help="het profiel of kwalificatiedossier (standaard: het meegeleverde profiel)")
    verken.add_argument("--profiel", default=None, metavar="NAAM", help=_PROFIEL_HELP)
    verken.add_argument("--vorige", default=None, metavar="BESTAND", help="een vorige versie, om wijzigingen te tonen")
    verken.add_argument("--curriculum", default=None, metavar="DOCUMENT",
                        help="een examenplan, OER of curriculum (CSV): welke onderdelen dekken de keuze")
    verken.add_argument("--poort", type=int, default=0, metavar="N",
                        help="de poort op 127.0.0.1 (standaard: een vrije)")
    verken.add_argument("--geen-browser", action="store_true", help="open geen browser; het adres staat in de uitvoer")
    verken.set_defaults(handler=_verken)
    return parser


def main(argv=None):
    """Run the command line; return the exit code.

    Parameters
    ----------
    argv : list of str, optional
        Arguments without the program name (default: ``sys.argv[1:]``).

    Returns
    -------
    int
        0 on success; 1 on bad input or a failure of the system around it (no permission,
        a full disk, a folder where a file should be): one Dutch message on stderr, no
        traceback; 130 after Ctrl-C ("afgebroken"). A wrong option exits with 2.
        ``validate`` and ``extract`` also exit with 1 when the check of the source
        (:func:`bcp_analysis.audit.audit_document`) finds a figure, werkproces or competency
        of the document in no table (its findings listed on stdout, with their place).
    """
    from bcp_analysis.files import describe_os_error

    try:
        parser = _parser()
        args = parser.parse_args(argv)
        _take_old_option(parser, args)
        return args.handler(args)
    except BcpAnalysisError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`bcp-analysis extract … | head`); nothing is wrong.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"Fout: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nafgebroken", file=sys.stderr)
        return _EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
