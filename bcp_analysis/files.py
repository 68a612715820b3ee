"""Files in and out: user files read with clear errors, outputs written safely, atomically and only when changed.

How the tool knows that it wrote a file itself: every folder it writes a single file into
(``extract -o``, ``diff --csv``/``--excel``, ``tables``) gets a record
``.bcp-analysis.sha256``, and a build folder a manifest ``.bcp-analysis-build.sha256``;
both are in the format of ``sha256sum`` (``<sha256>  <path>``, check them with
``sha256sum -c``). A file is the tool's own while it is listed there with the SHA-256 of
its present bytes; a file it wrote and that was changed by hand since is not. Writing
over a file that is not the tool's own (and does not already hold exactly the new
bytes) needs ``force``.
"""

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from bcp_analysis.errors import OutputError, ProfileError

__all__ = ["read_text_file", "atomic_write_bytes", "write_if_changed", "check_output_folder", "check_user_file",
           "write_user_file", "publish", "describe_os_error"]

RECORD_NAME = ".bcp-analysis.sha256"
"""str: the record, in a folder, of the single files the tool wrote there."""
MANIFEST_NAME = ".bcp-analysis-build.sha256"
"""str: the manifest, in a build folder, of every file the last build wrote there."""

_FORCE_FIX = "geef --force om het toch te overschrijven, of kies een andere naam"


def read_text_file(path, unit="regel", encoding_fix=None, empty_fix=None):
    """Return the text of a file a user gives, refusing missing, empty and non-UTF-8 files.

    A byte-order mark (which Excel and Notepad write) is accepted and dropped.

    Parameters
    ----------
    path : str or os.PathLike
    unit : str, default "regel"
        What the user calls a line of this file ("regel", or "rij" for a spreadsheet),
        used to name the place of a problem.
    encoding_fix, empty_fix : str, optional
        The likely fix shown for a file that is not UTF-8, or that is empty.

    Returns
    -------
    str

    Raises
    ------
    ProfileError
        Naming the file, the line of the first byte that is not UTF-8, and the fix.
    """
    path = Path(path)
    if path.is_dir():
        raise ProfileError(path, "bestand", "dit is een map, geen bestand",
                           "geef het bestand in deze map, niet de map zelf")
    if not path.is_file():
        raise ProfileError(path, "bestand", "het bestand bestaat niet", "controleer het pad")
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise ProfileError(path, "bestand", "u hebt geen toestemming om dit bestand te lezen",
                           "vraag toegang aan de eigenaar, of kopieer het bestand naar een eigen map") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ProfileError(
            path, f"{unit} {line}", f"het bestand is geen UTF-8 (byte 0x{raw[exc.start]:02x})",
            encoding_fix or "sla het bestand op als UTF-8 (in Kladblok of Excel: 'Opslaan als', codering UTF-8)",
        ) from None
    if not text.strip():
        raise ProfileError(path, f"{unit} 1", "het bestand is leeg", empty_fix)
    return text


def _umask():
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_temporary(path, content):
    """Write ``content`` to a new temporary file beside ``path``; return its path.

    The file gets the mode ``path`` has, or for a new file the mode the user's umask
    gives (``0o666 & ~umask``), as a plain ``open`` would.
    """
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), mode)
            stream.write(content)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Path(temporary)


def atomic_write_bytes(path, content):
    """Write ``content`` to ``path`` through a temporary file, never leaving half a file.

    A new file gets the mode the user's umask gives; a file written over keeps its mode.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _write_temporary(path, content)
    try:
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_if_changed(path, content):
    """Write ``content`` atomically unless the file already holds exactly these bytes.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes

    Returns
    -------
    bool
        True when the file was written.
    """
    path = Path(path)
    if path.is_file() and path.read_bytes() == content:
        return False
    atomic_write_bytes(path, content)
    return True


def same_file(first, second):
    """Return whether two paths name the same file (by resolved path, or the same inode).

    Parameters
    ----------
    first, second : str or os.PathLike

    Returns
    -------
    bool

    Examples
    --------
    >>> same_file("data/../data/x.txt", "data/x.txt")
    True
    """
    first, second = Path(first), Path(second)
    if first.resolve() == second.resolve():
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _existing_ancestor(path):
    for parent in path.parents:
        if parent.exists():
            return parent
    return None


def check_output_file(path, inputs=()):
    """Refuse an output file that is a folder, lies under a file, or is one of the inputs.

    Parameters
    ----------
    path : str or os.PathLike
        Where a command is to write one file.
    inputs : iterable of str or os.PathLike
        The files the command reads.

    Raises
    ------
    OutputError
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(path, "uitvoer", "dit is een map, geen bestand",
                          "geef een bestandsnaam (eventueel in deze map), niet de map zelf")
    ancestor = _existing_ancestor(path)
    if ancestor is not None and not ancestor.is_dir():
        raise OutputError(path, "uitvoer", f"{ancestor} is een bestand, geen map",
                          "kies een pad in een bestaande map")
    for source in inputs:
        if source is not None and same_file(path, source):
            raise OutputError(path, "uitvoer", "dit is ook een invoerbestand van deze opdracht; "
                              "schrijven zou het overschrijven", "kies een andere naam voor de uitvoer")


def check_output_folder(path):
    """Refuse an output folder that is a file or lies under a file.

    Parameters
    ----------
    path : str or os.PathLike

    Raises
    ------
    OutputError
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(path, "uitvoermap", "dit is een bestand, geen map",
                          "geef een map (die nog niet bestaat, of een eerdere uitvoermap)")
    ancestor = _existing_ancestor(path)
    if ancestor is not None and not ancestor.is_dir():
        raise OutputError(path, "uitvoermap", f"{ancestor} is een bestand, geen map",
                          "kies een map op een andere plaats")


def _sha256(content):
    return hashlib.sha256(content).hexdigest()


def read_manifest(path):
    """Read a record or manifest (``sha256sum`` format) into {relative path: sha256}.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    dict
        Empty when the file does not exist or cannot be read.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    entries = {}
    for line in text.splitlines():
        digest, _, name = line.partition("  ")
        if len(digest) == 64 and name:
            entries[name] = digest
    return entries


def _manifest_bytes(entries):
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(entries.items())).encode("utf-8")


def _is_own(path, entries, name):
    """Whether ``path`` is listed as ``name`` in ``entries`` with the hash of its present bytes."""
    digest = entries.get(name)
    if digest is None:
        return False
    try:
        return _sha256(path.read_bytes()) == digest
    except OSError:
        return False


def written_by_tool(path):
    """Return whether the tool wrote ``path`` itself and nobody changed it since.

    Parameters
    ----------
    path : str or os.PathLike

    Returns
    -------
    bool
        True when the folder's record lists the file with the hash of its present bytes.
    """
    path = Path(path)
    return _is_own(path, read_manifest(path.parent / RECORD_NAME), path.name)


def check_user_file(path, content, *, inputs=(), force=False):
    """Check that a user's output file may be written; return whether it needs writing.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes or None
        What is to be written; None when not known yet (a check before the work): then an
        existing file counts as different.
    inputs : iterable of str or os.PathLike
        The files the command read; ``path`` may be none of them (not even with ``force``).
    force : bool
        Allow writing over an existing file the tool did not write itself (or that was
        changed by hand since).

    Returns
    -------
    bool
        False when the file already holds exactly these bytes.

    Raises
    ------
    OutputError
        For an output that is a folder, an input, or (without ``force``) someone else's file.
    """
    path = Path(path)
    check_output_file(path, inputs)
    if not path.exists():
        return True
    if content is not None and path.read_bytes() == content:
        return False
    if not force and not written_by_tool(path):
        raise OutputError(path, "uitvoer", "het bestand bestaat al en is niet door bcp-analysis geschreven "
                          "(of daarna met de hand veranderd)", _FORCE_FIX)
    return True


def write_user_file(path, content, *, inputs=(), force=False):
    """Write one output file a user asked for, never over an input or someone else's file.

    The folder's record (:data:`RECORD_NAME`) then lists the file as the tool's own.

    Parameters
    ----------
    path : str or os.PathLike
    content : bytes
    inputs : iterable of str or os.PathLike
    force : bool
        See :func:`check_user_file`.

    Returns
    -------
    bool
        True when the file was written, False when it already held these bytes.

    Raises
    ------
    OutputError
        See :func:`check_user_file`.
    """
    path = Path(path)
    needed = check_user_file(path, content, inputs=inputs, force=force)
    if needed:
        atomic_write_bytes(path, content)
    _record(path, content)
    return needed


def _record(path, content):
    record = path.parent / RECORD_NAME
    entries = read_manifest(record)
    entries[path.name] = _sha256(content)
    write_if_changed(record, _manifest_bytes(entries))


def _backup_name(path, number):
    return path.with_name(f".{path.name}.{os.getpid()}.{number}.oud")


def publish(folder, contents, *, outside=None, force=False, inputs=()):
    """Make ``folder`` hold exactly the files of one build, all at once or not at all.

    Files listed in the folder's manifest (:data:`MANIFEST_NAME`) by the previous build
    and not produced now are removed; files the build did not write itself are never
    removed, and are written over only with ``force``. Every new or changed file is
    first written beside its place; only when all of them are written are they moved
    into place, and if anything fails (or the user presses Ctrl-C) everything done so
    far is undone, so the folder is left as it was.

    Parameters
    ----------
    folder : str or os.PathLike
        The build folder.
    contents : dict
        {path relative to ``folder`` (posix str): bytes}.
    outside : dict, optional
        {absolute pathlib.Path: bytes}: files published in the same step but not owned by
        the folder (the project's own notebooks); they are not in the manifest.
    force : bool
        Write over files the tool did not write itself.
    inputs : iterable of str or os.PathLike
        Files the build read; none of them may be written over or removed.

    Returns
    -------
    tuple of (list of pathlib.Path, int)
        Every published file, and how many were written (the others held these bytes).

    Raises
    ------
    OutputError
        When a file would be written over without ``force``, or an input would be hit.
    OSError
        From the system (no permission, disk full); the folder is left as it was.
    """
    folder = Path(folder)
    check_output_folder(folder)
    manifest = folder / MANIFEST_NAME
    previous = read_manifest(manifest)
    planned = {folder / name: content for name, content in sorted(contents.items())}
    planned.update(outside or {})
    stale = [folder / name for name in sorted(previous) if name not in contents and (folder / name).is_file()]
    inputs = [source for source in inputs if source is not None]
    conflicts = []
    for path in list(planned) + stale:
        for source in inputs:
            if same_file(path, source):
                raise OutputError(path, "uitvoer", "de bouw zou hier een van zijn invoerbestanden overschrijven",
                                  "kies een andere uitvoermap")
        if path.is_dir():
            raise OutputError(path, "uitvoer", "hier staat een map waar de bouw een bestand wil schrijven",
                              "verplaats de map, of kies een andere uitvoermap")
    changed = {}
    for path, content in planned.items():
        if path.exists():
            current = path.read_bytes()
            if current == content:
                continue
            name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else None
            if not force and (name is None or not _is_own(path, previous, name)) and path not in (outside or {}):
                conflicts.append(path)
        changed[path] = content
    for path in stale:
        if not force and not _is_own(path, previous, path.relative_to(folder).as_posix()):
            conflicts.append(path)
    if conflicts:
        shown = ", ".join(str(path.relative_to(folder)) if path.is_relative_to(folder) else str(path)
                          for path in conflicts[:5])
        more = f" en nog {len(conflicts) - 5}" if len(conflicts) > 5 else ""
        raise OutputError(folder, "uitvoermap", f"de bouw zou bestanden vervangen of weghalen die niet door "
                          f"bcp-analysis geschreven zijn of daarna veranderd zijn: {shown}{more}", _FORCE_FIX)
    entries = {name: _sha256(content) for name, content in contents.items()}
    manifest_bytes = _manifest_bytes(entries)
    if not (manifest.is_file() and manifest.read_bytes() == manifest_bytes):
        changed[manifest] = manifest_bytes
    _swap(folder, changed, stale)
    return list(planned), len(changed) - (manifest in changed)


def _swap(folder, changed, stale):
    """Write every changed file beside its place, then move all into place; undo on failure."""
    created, temporaries = [], []
    try:
        _write_beside(changed, created, temporaries)
    except BaseException:
        _undo([], [], temporaries, created)
        raise
    moved, placed = [], []
    try:
        _move_into_place(temporaries, stale, moved, placed)
    except BaseException:
        _undo(placed, moved, temporaries, created)
        raise
    for backup, _ in moved:
        backup.unlink(missing_ok=True)
    for path in stale:
        for parent in path.parents:
            if parent == folder or not parent.is_relative_to(folder) or not _remove_empty(parent):
                break


def _write_beside(changed, created, temporaries):
    """Write each file to a temporary beside its place, making the folders it needs.

    Every folder made goes to ``created`` and every (temporary, path) to ``temporaries``, as
    it happens, so that a failure halfway is undone whole.
    """
    for path, content in changed.items():
        for parent in reversed([path.parent, *path.parent.parents]):
            if not parent.exists():
                parent.mkdir()
                created.append(parent)
        temporaries.append((_write_temporary(path, content), path))


def _move_into_place(temporaries, stale, moved, placed):
    """Move every temporary onto its path and every stale file aside, keeping backups of what was there.

    Each (backup, path) goes to ``moved`` and each path written to ``placed``, as it happens.
    """
    for number, (temporary, path) in enumerate(temporaries):
        if path.exists():
            backup = _backup_name(path, number)
            os.replace(path, backup)
            moved.append((backup, path))
        os.replace(temporary, path)
        placed.append(path)
    for number, path in enumerate(stale, start=len(temporaries)):
        backup = _backup_name(path, number)
        os.replace(path, backup)
        moved.append((backup, path))


def _undo(placed, moved, temporaries, created):
    """Put the folder back as it was: remove what was placed, restore the backups, drop temporaries and new folders."""
    for path in placed:
        path.unlink(missing_ok=True)
    for backup, path in reversed(moved):
        os.replace(backup, path)
    for temporary, _ in temporaries:
        temporary.unlink(missing_ok=True)
    for parent in reversed(created):
        _remove_empty(parent)


def _remove_empty(folder):
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


_OS_ERRORS = {
    errno.ENOSPC: ("de schijf is vol", "maak ruimte vrij of kies een uitvoermap op een andere schijf"),
    errno.EROFS: ("de schijf is alleen-lezen", "kies een uitvoermap waarin u mag schrijven"),
    errno.EDQUOT: ("uw schijfquotum is op", "maak ruimte vrij of kies een andere schijf"),
    errno.ENAMETOOLONG: ("de naam is te lang", "kies een kortere naam of een kortere map"),
}


def describe_os_error(exc):
    """Return a Dutch message (what, where, fix) for an error of the system around the tool.

    Parameters
    ----------
    exc : OSError

    Returns
    -------
    str

    Examples
    --------
    >>> import errno
    >>> print(describe_os_error(OSError(errno.ENOSPC, "No space left on device", "uit/a.png")))
    uit/a.png: de schijf is vol
      Oplossing: maak ruimte vrij of kies een uitvoermap op een andere schijf
    """
    where = exc.filename if exc.filename is not None else "(onbekend bestand)"
    if exc.errno in _OS_ERRORS:
        problem, fix = _OS_ERRORS[exc.errno]
    elif isinstance(exc, PermissionError):
        problem, fix = ("u hebt hier geen toestemming voor (lezen of schrijven)",
                        "vraag toegang, of kies een bestand of map waarin u mag schrijven")
    elif isinstance(exc, IsADirectoryError):
        problem, fix = "dit is een map, geen bestand", "geef een bestandsnaam"
    elif isinstance(exc, NotADirectoryError):
        problem, fix = "een deel van dit pad is een bestand, geen map", "controleer het pad"
    elif isinstance(exc, FileNotFoundError):
        problem, fix = "dit bestand of deze map bestaat niet", "controleer het pad"
    else:
        problem = f"het systeem meldt een fout ({exc.strerror or exc})"
        fix = "probeer het opnieuw; blijft het misgaan, meld dan deze fout"
    return f"{where}: {problem}\n  Oplossing: {fix}"
