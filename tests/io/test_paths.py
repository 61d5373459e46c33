"""Choosing files (expand_paths) and the dispatcher's own errors (missing, too large…)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from timeline_app.io.articles import expand_paths, read_document
from timeline_app.io.errors import LoadError
from timeline_app.io.paths import MAX_FILE_BYTES


def _touch(path: Path, text: str = "On 1 May 2020 it rained.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folders_are_walked_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    b = _touch(tmp_path / "b.txt")
    a = _touch(tmp_path / "a.HTML")
    deep = _touch(tmp_path / "sub" / "deeper" / "c.md")
    _touch(tmp_path / "notes.xyz")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "x.txt")
    _touch(tmp_path / "~$lock.docx")
    _touch(tmp_path / "sub" / "image.png")
    assert expand_paths([tmp_path]) == [a, b, deep]


def test_explicit_files_are_kept_and_duplicates_dropped(tmp_path: Path) -> None:
    a = _touch(tmp_path / "a.txt")
    odd = _touch(tmp_path / "odd.xyz")
    missing = tmp_path / "missing.txt"
    alias = tmp_path / "sub" / ".." / "a.txt"
    (tmp_path / "sub").mkdir()
    result = expand_paths([a, odd, missing, alias, str(tmp_path)])
    assert result == [a, odd, missing]


def test_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    a = _touch(tmp_path / "docs" / "a.txt")
    os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    assert expand_paths([tmp_path]) == [a]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read_document(tmp_path / "nope.txt")
    assert info.value.message == "File not found"


def test_unsupported_suffix(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        read_document(_touch(tmp_path / "data.xyz"))
    assert info.value.message == "Unsupported file type .xyz"
    with pytest.raises(LoadError, match="no extension"):
        read_document(_touch(tmp_path / "README"))


def test_folder_with_supported_suffix(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(LoadError, match="folder"):
        read_document(tmp_path / "folder.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = _touch(tmp_path / "secret.txt")
    path.chmod(0)
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert info.value.message == "Permission denied"


def test_huge_sparse_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(120 * 1024 * 1024)  # sparse: costs no disk space
    assert path.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert info.value.message == "File too large (120 MB; the limit is 50 MB)"


def test_lowered_limit(tmp_path: Path) -> None:
    path = _touch(tmp_path / "a.txt", "x" * 5000)
    with pytest.raises(LoadError, match="File too large"):
        read_document(path, max_bytes=1024)
    assert read_document(path, max_bytes=5000).text == "x" * 5000


def test_unexpected_parser_failures_become_load_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline_app.io.text as text_loader

    def explode(path: Path, data: bytes) -> None:
        raise IndexError("parser bug")

    monkeypatch.setattr(text_loader, "load_txt", explode)
    with pytest.raises(LoadError, match="IndexError: parser bug"):
        read_document(_touch(tmp_path / "a.txt"))


def test_load_error_pickles() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(LoadError("/x/a.txt", "The file is empty")))
    assert (error.path, error.message) == ("/x/a.txt", "The file is empty")
    assert str(error) == "/x/a.txt: The file is empty"


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    path = _touch(tmp_path / "locked.txt")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(LoadError) as info:
        read_document(path)
    assert info.value.message == "Permission denied"
