"""The `bcp-analysis` command: the jobs a user runs without opening Jupyter."""

import argparse
import os
import sys
from pathlib import Path

from bcp_analysis.errors import ProfileError

__all__ = ["main"]


def _validate(args):
    from bcp_analysis.readers import load_profile
    from bcp_analysis.summaries import summary

    profile = load_profile(args.path)
    print(summary(profile))
    print(f"\n{args.path}: in orde.")
    return 0


def _tables(args):
    from bcp_analysis.readers import load_profile
    from bcp_analysis.tables import write_tables

    profile = load_profile(args.profile)
    for path in write_tables(profile, Path(args.out)):
        print(f"geschreven: {path}")
    return 0


def _build(args):
    from bcp_analysis.build import build

    build(profile=args.profile, out=args.out, curriculum=args.curriculum)
    return 0


def _extract(args):
    from bcp_analysis.readers.bcp_text import extract_file
    from bcp_analysis.readers.yaml_profile import profile_from_dict, write_profile

    extraction = extract_file(args.raw)
    print(extraction.report.format())
    if args.output:
        write_profile(extraction.profile, args.output)
        print(f"\ngeschreven: {args.output}")
    # An extraction that misses required parts is written for completion by hand, but
    # the command still fails and says what to fill in.
    profile_from_dict(extraction.profile, args.output or args.raw)
    return 0


def _diff(args):
    from bcp_analysis.compare import compare_profiles, summarize_changes
    from bcp_analysis.export import write_workbook
    from bcp_analysis.files import atomic_write_bytes
    from bcp_analysis.readers import load_profile

    old, new = load_profile(args.old), load_profile(args.new)
    changes = compare_profiles(old, new)
    print(summarize_changes(changes))
    if args.csv:
        atomic_write_bytes(args.csv, changes.to_csv(index=False, lineterminator="\n").encode("utf-8-sig"))
        print(f"\ngeschreven: {args.csv}")
    if args.excel:
        write_workbook({"Wijzigingen": changes}, args.excel)
        print(f"\ngeschreven: {args.excel}")
    return 0


def _curriculum(args):
    from bcp_analysis.curriculum import curriculum_report, load_curriculum
    from bcp_analysis.readers import load_profile

    profile = load_profile(args.profile)
    print(curriculum_report(load_curriculum(args.path, profile), profile))
    return 0


def _parser():
    parser = argparse.ArgumentParser(
        prog="bcp-analysis",
        description="Analyses van een beroepscompetentieprofiel (BCP).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht")

    validate = commands.add_parser("validate", help="controleer een profiel (.yaml of .txt) en vat het samen")
    validate.add_argument("path", help="het profiel: .yaml, of de tekst van de PDF (.txt)")
    validate.set_defaults(handler=_validate)

    tables = commands.add_parser("tables", help="schrijf de tabellen van een profiel als CSV (UTF-8)")
    tables.add_argument("--profile", default=None, help="het profiel (standaard: het meegeleverde)")
    tables.add_argument("--out", default="output/tabellen", help="map voor de CSV-bestanden")
    tables.set_defaults(handler=_tables)

    build = commands.add_parser("build", help="bouw alle tabellen, grafieken en notebooks opnieuw")
    build.add_argument("--profile", default=None, help="het profiel: .yaml of .txt (standaard: het meegeleverde)")
    build.add_argument("--out", default=None, help="uitvoermap (standaard: figures/ en de notebooks zelf)")
    build.add_argument("--curriculum", default=None, help="een curriculum (CSV) om tegen het profiel te houden")
    build.set_defaults(handler=_build)

    extract = commands.add_parser("extract", help="zet de tekst van een BCP-PDF om in een YAML-profiel")
    extract.add_argument("raw", help="de tekst van het profiel (.txt)")
    extract.add_argument("-o", "--output", help="het YAML-bestand om te schrijven")
    extract.set_defaults(handler=_extract)

    diff = commands.add_parser("diff", help="wat is er veranderd tussen twee versies van een profiel")
    diff.add_argument("old", help="de oude versie (.yaml of .txt)")
    diff.add_argument("new", help="de nieuwe versie (.yaml of .txt)")
    diff.add_argument("--csv", help="schrijf de wijzigingen ook als CSV")
    diff.add_argument("--excel", help="schrijf de wijzigingen ook als Excel-werkmap (.xlsx)")
    diff.set_defaults(handler=_diff)

    curriculum = commands.add_parser("curriculum", help="welke werkprocessen en competenties dekt een opleiding")
    curriculum.add_argument("path", help="het curriculum als CSV (zie data/curriculum/README.md)")
    curriculum.add_argument("--profile", default=None, help="het profiel (standaard: het meegeleverde)")
    curriculum.set_defaults(handler=_curriculum)
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
        0 on success, 1 on bad input (the message is printed to stderr, no traceback).
    """
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except ProfileError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (`bcp-analysis extract … | head`); nothing is wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
