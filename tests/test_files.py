"""Tests for bcp_analysis.files: reading user files, writing outputs safely and atomically."""

import errno
import os

import pytest

from bcp_analysis import files
from bcp_analysis.errors import OutputError, ProfileError
from bcp_analysis.files import (
    MANIFEST_NAME,
    RECORD_NAME,
    atomic_write_bytes,
    publish,
    read_manifest,
    read_text_file,
    write_user_file,
)


@pytest.fixture
def umask_027():
    old = os.umask(0o027)
    yield
    os.umask(old)


def test_new_files_get_the_users_umask(tmp_path, umask_027):
    path = atomic_write_bytes(tmp_path / "a.csv", b"x")
    assert path.stat().st_mode & 0o777 == 0o640  # 0o666 without the group's write and all of others'
    publish(tmp_path / "uit", {"b.png": b"y"})
    assert (tmp_path / "uit" / "b.png").stat().st_mode & 0o777 == 0o640


def test_a_file_written_over_keeps_its_mode(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"oud")
    path.chmod(0o664)
    atomic_write_bytes(path, b"nieuw")
    assert path.stat().st_mode & 0o777 == 0o664 and path.read_bytes() == b"nieuw"


def test_a_folder_given_as_a_file_is_named_a_folder(tmp_path):
    with pytest.raises(ProfileError, match="dit is een map, geen bestand"):
        read_text_file(tmp_path)


def test_an_unreadable_file_is_one_message(tmp_path, monkeypatch):
    path = tmp_path / "profiel.txt"
    path.write_text("tekst", encoding="utf-8")

    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(ProfileError, match="geen toestemming"):
        read_text_file(path)


def test_user_file_never_over_an_input(tmp_path):
    source = tmp_path / "same.txt"
    source.write_bytes(b"de ruwe tekst")
    for name in ("same.txt", "./same.txt", "../" + tmp_path.name + "/same.txt"):
        with pytest.raises(OutputError, match="invoerbestand"):
            write_user_file(tmp_path / name, b"yaml", inputs=[source], force=True)
    assert source.read_bytes() == b"de ruwe tekst"


def test_user_file_not_over_someone_elses_file_without_force(tmp_path):
    path = tmp_path / "keep.yaml"
    path.write_bytes(b"met de hand aangevuld")
    with pytest.raises(OutputError, match="--force"):
        write_user_file(path, b"nieuw")
    assert path.read_bytes() == b"met de hand aangevuld"
    assert write_user_file(path, b"nieuw", force=True) and path.read_bytes() == b"nieuw"


def test_own_file_is_written_over_until_changed_by_hand(tmp_path):
    path = tmp_path / "keep.yaml"
    assert write_user_file(path, b"eerste")
    assert read_manifest(tmp_path / RECORD_NAME) == {"keep.yaml": files._sha256(b"eerste")}
    assert write_user_file(path, b"tweede")  # the tool's own, unchanged: no --force needed
    path.write_bytes(b"tweede, aangevuld")
    with pytest.raises(OutputError, match="met de hand veranderd"):
        write_user_file(path, b"derde")
    assert path.read_bytes() == b"tweede, aangevuld"


def test_identical_bytes_need_no_force(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"zelfde")
    assert write_user_file(path, b"zelfde") is False


def test_output_file_that_is_a_folder_or_under_a_file(tmp_path):
    with pytest.raises(OutputError, match="dit is een map, geen bestand"):
        write_user_file(tmp_path, b"x")
    (tmp_path / "bestand").write_bytes(b"")
    with pytest.raises(OutputError, match="is een bestand, geen map"):
        write_user_file(tmp_path / "bestand" / "a.csv", b"x")


# --- publish: the build folder's own contents, all at once --------------------------

def _files(folder):
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_publish_removes_what_the_previous_build_wrote_and_this_one_does_not(tmp_path):
    folder = tmp_path / "uit"
    publish(folder, {"a.png": b"A", "notebooks/06_curriculum.ipynb": b"C", "tabellen/t.csv": b"T"})
    publish(folder, {"a.png": b"B", "tabellen/t.csv": b"T"})
    empty = tmp_path / "leeg"
    publish(empty, {"a.png": b"B", "tabellen/t.csv": b"T"})
    assert _files(folder) == _files(empty)
    assert sorted(path.name for path in folder.iterdir()) == sorted(path.name for path in empty.iterdir())
    assert read_manifest(folder / MANIFEST_NAME) == {"a.png": files._sha256(b"B"),
                                                     "tabellen/t.csv": files._sha256(b"T")}


def test_publish_leaves_and_protects_files_it_did_not_write(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    (folder / "notities.txt").write_bytes(b"van de gebruiker")
    (folder / "a.png").write_bytes(b"van de gebruiker")
    with pytest.raises(OutputError, match="--force"):
        publish(folder, {"a.png": b"A"})
    assert _files(folder) == {"notities.txt": b"van de gebruiker", "a.png": b"van de gebruiker"}
    publish(folder, {"a.png": b"A"}, force=True)
    assert _files(folder)["notities.txt"] == b"van de gebruiker" and _files(folder)["a.png"] == b"A"


def test_publish_refuses_to_remove_a_stale_file_changed_by_hand(tmp_path):
    folder = tmp_path / "uit"
    publish(folder, {"a.png": b"A", "b.png": b"B"})
    (folder / "b.png").write_bytes(b"bewerkt")
    with pytest.raises(OutputError, match="b.png"):
        publish(folder, {"a.png": b"A2"})
    assert (folder / "b.png").read_bytes() == b"bewerkt" and (folder / "a.png").read_bytes() == b"A"


def test_publish_failing_halfway_leaves_the_previous_state_whole(tmp_path, monkeypatch):
    folder = tmp_path / "uit"
    publish(folder, {"a.png": b"A1", "tabellen/t.csv": b"T1", "oud.png": b"O"})
    before = _files(folder)
    real = files._write_temporary
    written = []

    def disk_full_on_third(path, content):
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        written.append(path)
        return real(path, content)

    monkeypatch.setattr(files, "_write_temporary", disk_full_on_third)
    with pytest.raises(OSError) as info:
        publish(folder, {"a.png": b"A2", "tabellen/t.csv": b"T2", "nieuw/n.png": b"N"})
    assert info.value.errno == errno.ENOSPC
    assert _files(folder) == before  # no new file, no temporary file, nothing removed
    assert sorted(path.name for path in folder.iterdir()) == sorted(["a.png", "tabellen", "oud.png", MANIFEST_NAME])


def test_publish_interrupted_while_moving_into_place_undoes_everything(tmp_path, monkeypatch):
    folder = tmp_path / "uit"
    publish(folder, {"a.png": b"A1", "b.png": b"B1", "oud.png": b"O"})
    before = _files(folder)
    real = os.replace
    moves = []

    def interrupted(source, destination):
        moves.append(destination)
        if len(moves) == 4:
            raise KeyboardInterrupt
        return real(source, destination)

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        publish(folder, {"a.png": b"A2", "b.png": b"B2"})
    monkeypatch.setattr(files.os, "replace", real)
    assert _files(folder) == before
    assert sorted(path.name for path in folder.iterdir()) == sorted(["a.png", "b.png", "oud.png", MANIFEST_NAME])


def test_publish_never_over_an_input(tmp_path):
    folder = tmp_path / "uit"
    publish(folder, {"profiel.yaml": b"P"})
    with pytest.raises(OutputError, match="invoerbestanden"):
        publish(folder, {"profiel.yaml": b"Q"}, inputs=[folder / "profiel.yaml"], force=True)


def test_publish_into_a_file(tmp_path):
    (tmp_path / "uit").write_bytes(b"")
    with pytest.raises(OutputError, match="dit is een bestand, geen map"):
        publish(tmp_path / "uit", {"a.png": b"A"})
