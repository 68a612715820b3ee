"""The steps of a build, each keyed by a hash of what it depends on, and the record of those keys.

A step (the tables, one chart, the workbook, one notebook, one HTML copy) depends on:

- the bytes of its input files (the profile, the curriculum, the previous version, and for a
  notebook every file it names through :mod:`bcp_analysis.paths` or receives as a parameter);
- further content of its own (a notebook's cells without their outputs; for an HTML copy the
  executed notebook);
- its options (the chosen profiel, a notebook's parameters);
- the environment every step shares (:func:`environment_key`): the package's version and
  source files, the pins of ``constraints.txt`` and the reference data (the competency model,
  the text corrections).

Its key is the SHA-256 of all of these. The build keeps the keys in its output folder, in
:data:`RECORD_NAME` beside the build manifest, with the SHA-256 of every file each step
wrote. A step is up to date when its key is the recorded one and its files still hold the
recorded bytes; it is then not run and its files stay. This module imports nothing heavy,
so that a build with nothing to do ends within a second.
"""

import ast
import dataclasses
import hashlib
import json
from importlib import metadata
from pathlib import Path

from bcp_analysis.errors import OutputError
from bcp_analysis.paths import PROJECT_DIR, REFERENCE_DIR

__all__ = ["RECORD_NAME", "Step", "environment_key", "step_key", "notebook_content", "notebook_files",
           "read_record", "record_bytes", "up_to_date", "sha256"]

RECORD_NAME = ".bcp-analysis-stappen.json"
"""str: the record, in a build folder, of each step's key and the files it wrote."""

_PACKAGE_DIR = PROJECT_DIR / "bcp_analysis"  # in a checkout and in an installed wheel alike
_CONSTRAINTS = PROJECT_DIR / "constraints.txt"
_FORMAT = 1


@dataclasses.dataclass(frozen=True)
class Step:
    """One step of a build and what its key is made of.

    Parameters
    ----------
    name : str
        Its name in the progress lines and the record, e.g. ``"grafiek arbeidsmarkt"``.
    inputs : tuple of pathlib.Path
        Files whose bytes the step reads.
    options : tuple
        Options that change its result, as ``(name, value)`` pairs of strings, numbers or None.
    content : bytes
        Further content the step depends on (a notebook's cells, an executed notebook).
    """

    name: str
    inputs: tuple = ()
    options: tuple = ()
    content: bytes = b""


def sha256(content):
    """Return the SHA-256 of bytes as 64 hex digits.

    Parameters
    ----------
    content : bytes

    Returns
    -------
    str

    Examples
    --------
    >>> sha256(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(content).hexdigest()


def _files_under(folder):
    return sorted(path for path in Path(folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts)


def environment_key():
    """Return the part of every key that the whole build shares.

    The package's version and source files (a change of code re-runs every step, also
    without a new version number), the pins of ``constraints.txt`` where the checkout has
    one, and the reference data every analysis reads.

    Returns
    -------
    str
        64 hex digits.
    """
    digest = hashlib.sha256()
    try:
        version = metadata.version("bcp-analysis")
    except metadata.PackageNotFoundError:  # a checkout on PYTHONPATH, not installed
        version = "niet geïnstalleerd"
    digest.update(version.encode("utf-8") + b"\0")
    files = [(f"bcp_analysis/{path.relative_to(_PACKAGE_DIR).as_posix()}", path)
             for path in _files_under(_PACKAGE_DIR) if path.suffix == ".py"]
    files += [(f"reference/{path.relative_to(REFERENCE_DIR).as_posix()}", path) for path in _files_under(REFERENCE_DIR)]
    files.append(("constraints.txt", _CONSTRAINTS))
    for name, path in files:  # named the same in every checkout: the keys travel with a committed build
        if path.is_file():
            digest.update(f"{name}\0{sha256(path.read_bytes())}\0".encode())
    return digest.hexdigest()


def step_key(step, environment):
    """Return the key of a step: the SHA-256 of everything it depends on.

    Parameters
    ----------
    step : Step
    environment : str
        From :func:`environment_key`.

    Returns
    -------
    str
        64 hex digits. Input files count by their bytes, not their names; a missing
        input counts as missing (its step then runs, and reports it).

    Examples
    --------
    >>> first = step_key(Step("grafiek x", options=(("profiel", None),)), "omgeving")
    >>> first == step_key(Step("grafiek x", options=(("profiel", "Onderwijsassistent"),)), "omgeving")
    False
    """
    inputs = []
    for path in step.inputs:
        path = Path(path)
        inputs.append(sha256(path.read_bytes()) if path.is_file() else "ontbreekt")
    described = {"stap": step.name, "omgeving": environment, "invoer": inputs,
                 "opties": [list(option) for option in step.options], "inhoud": sha256(step.content)}
    return sha256(json.dumps(described, sort_keys=True, default=str).encode("utf-8"))


def _notebook_json(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def notebook_content(path):
    """Return a notebook's own content: its cells and metadata without what running it writes.

    Outputs, execution counts and the kernel's ``language_info`` are left out, so a notebook
    the build executed in place keeps the key it had before.

    Parameters
    ----------
    path : pathlib.Path

    Returns
    -------
    bytes
    """
    notebook = _notebook_json(path)
    for cell in notebook.get("cells", []):
        cell.pop("outputs", None)
        cell.pop("execution_count", None)
    notebook.get("metadata", {}).pop("language_info", None)
    return json.dumps(notebook, sort_keys=True, ensure_ascii=False).encode("utf-8")


def notebook_files(path, parameters):
    """Return the files a notebook reads: those its parameters name and those it imports from paths.

    A notebook names a project file through :mod:`bcp_analysis.paths` (never through a
    path of its own, see the design notes), in any form of import: the names are read from
    each code cell's syntax tree (:func:`_paths_used`). A parameter the build sets replaces
    the default of the cell tagged ``parameters``, so the file of that default does not count.

    Parameters
    ----------
    path : pathlib.Path
        The notebook.
    parameters : dict
        The values the build sets, {name: str}; a value that is an existing file counts.

    Returns
    -------
    tuple of pathlib.Path
        Sorted, without repeats; a folder named from paths stands for every file in it.

    Raises
    ------
    OutputError
        For a code cell that is not Python (IPython's ``%`` and ``!`` lines aside).

    Examples
    --------
    >>> from bcp_analysis.paths import BUNDLED_PROFILE, EXAMPLE_EXAMENPLAN, NOTEBOOKS_DIR
    >>> # the curriculum notebook on its defaults, and with another curriculum (here: any file)
    >>> notebook_files(NOTEBOOKS_DIR / "06_curriculum.ipynb", {}) == (EXAMPLE_EXAMENPLAN, BUNDLED_PROFILE)
    True
    >>> files = notebook_files(NOTEBOOKS_DIR / "06_curriculum.ipynb", {"CURRICULUM": str(BUNDLED_PROFILE)})
    >>> files == (BUNDLED_PROFILE,)
    True
    """
    from bcp_analysis import paths

    files = {Path(value) for value in parameters.values() if isinstance(value, str) and Path(value).is_file()}
    cells = [(cell, _cell_tree(path, number, "".join(cell.get("source", ""))))
             for number, cell in enumerate(_notebook_json(path).get("cells", []), start=1)
             if cell.get("cell_type") == "code"]
    aliases = _paths_aliases(tree for _, tree in cells)  # an import holds in every later cell
    names = set()
    for cell, tree in cells:
        used, defaults = _paths_used(tree, aliases)
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            replaced = {value for name, value in defaults.items() if name in parameters}
            kept = {value for name, value in defaults.items() if name not in parameters}
            used -= replaced - kept
        names |= used
    for name in names:
        value = getattr(paths, name, None)
        if value is not None and Path(value).is_file():
            files.add(Path(value))
        elif value is not None and Path(value).is_dir():
            files.update(_files_under(value))
    return tuple(sorted(files))


_PATHS_MODULE = "bcp_analysis.paths"


def _cell_tree(path, number, source):
    """The syntax tree of a code cell, its IPython magics (``%…``, ``!…``) read as ``pass``."""
    lines = [line[:len(line) - len(line.lstrip())] + "pass" if line.lstrip().startswith(("%", "!")) else line
             for line in source.splitlines()]
    try:
        return ast.parse("\n".join(lines))
    except SyntaxError as error:
        raise OutputError(path, f"cel {number}, regel {error.lineno}", f"de code is geen Python: {error.msg}",
                          "verbeter de cel in de notebook") from None


def _paths_imports(tree):
    """The names a cell imports from :mod:`bcp_analysis.paths`: {local name: paths name}."""
    return {alias.asname or alias.name: alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == _PATHS_MODULE
            for alias in node.names}


def _paths_aliases(trees):
    """What names :mod:`bcp_analysis.paths` has in a notebook: ({local name: paths name}, {module names})."""
    imported, modules = {}, {_PATHS_MODULE}
    for tree in trees:
        imported.update(_paths_imports(tree))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "bcp_analysis":
                modules.update(alias.asname or alias.name for alias in node.names if alias.name == "paths")
            elif isinstance(node, ast.Import):
                modules.update(alias.asname for alias in node.names if alias.name == _PATHS_MODULE and alias.asname)
    return imported, modules


def _paths_used(tree, aliases):
    """The names of :mod:`bcp_analysis.paths` a cell uses, and its defaults {name: paths name}.

    A name counts when the cell imports it from the module (``from bcp_analysis.paths import A``,
    also over several lines), or reads it as an attribute of the module under any of its names
    in the notebook (``import bcp_analysis.paths as p`` and ``p.A``, ``from bcp_analysis import
    paths`` and ``paths.A``, ``bcp_analysis.paths.A``). The defaults are the cell's assignments
    of such a name to a plain name (``PROFIEL = BUNDLED_PROFILE``, ``PROFIEL = paths.BUNDLED_PROFILE``).

    Parameters
    ----------
    tree : ast.Module
        The cell.
    aliases : tuple of (dict, set)
        From :func:`_paths_aliases` of the whole notebook.

    Examples
    --------
    >>> import ast
    >>> tree = ast.parse("import bcp_analysis.paths as p\\nPROFIEL = p.BUNDLED_PROFILE")
    >>> _paths_used(tree, _paths_aliases([tree]))
    ({'BUNDLED_PROFILE'}, {'PROFIEL': 'BUNDLED_PROFILE'})
    """
    imported, modules = aliases

    def named(node):
        """The paths name an expression reads, or None."""
        if isinstance(node, ast.Name):
            return imported.get(node.id)
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) in modules:
            return node.attr
        return None

    used = set(_paths_imports(tree).values())
    used |= {name for node in ast.walk(tree) if isinstance(node, ast.Attribute) and (name := named(node))}
    defaults = {node.targets[0].id: named(node.value) for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and named(node.value)}
    return used, defaults


def read_record(folder):
    """Read the record of a build folder: {step name: {"sleutel": key, "uitvoer": {path: sha256}}}.

    Parameters
    ----------
    folder : str or os.PathLike

    Returns
    -------
    dict
        Empty when there is no record, or one this version cannot read (every step then runs).
    """
    try:
        record = json.loads((Path(folder) / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(record, dict) or record.get("formaat") != _FORMAT or not isinstance(record.get("stappen"), dict):
        return {}
    return record["stappen"]


def record_bytes(steps):
    """Return the record of a build as bytes: sorted, one step per line, the same for the same build.

    Parameters
    ----------
    steps : dict
        {step name: {"sleutel": key, "uitvoer": {path: sha256}}}.

    Returns
    -------
    bytes
    """
    lines = [f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(entry, sort_keys=True, ensure_ascii=False)}"
             for name, entry in sorted(steps.items())]
    return ('{"formaat": ' + str(_FORMAT) + ', "stappen": {\n' + ",\n".join(lines) + "\n}}\n").encode("utf-8")


def up_to_date(entry, key, read):
    """Return whether a step need not run: its key is the recorded one and its files are unchanged.

    Parameters
    ----------
    entry : dict or None
        The step's entry in the record.
    key : str
        The step's key now.
    read : callable
        ``read(path)`` gives the present bytes of an output (path as in the record), or None.

    Returns
    -------
    bool

    Examples
    --------
    >>> entry = {"sleutel": "k", "uitvoer": {"a.png": sha256(b"png")}}
    >>> up_to_date(entry, "k", {"a.png": b"png"}.get), up_to_date(entry, "k", {"a.png": b"ander"}.get)
    (True, False)
    >>> up_to_date(entry, "nieuw", {"a.png": b"png"}.get), up_to_date(None, "k", {}.get)
    (False, False)
    """
    if not entry or entry.get("sleutel") != key or not isinstance(entry.get("uitvoer"), dict):
        return False
    for name, digest in entry["uitvoer"].items():
        content = read(name)
        if content is None or sha256(content) != digest:
            return False
    return True
