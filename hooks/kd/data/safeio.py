"""Safe writes: a unique temporary file beside the target, fsynced and renamed over it; a lock on the data folder."""
from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".kd-tmp"


class WriteError(OSError):
    """A file could not be written (or the data folder locked); the message names it and what to do."""


def _advice(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "make the folder writable and run again"
    if error.errno in {28, 27, 122}:  # ENOSPC, EFBIG, EDQUOT
        return "free some disk space (or raise the file-size limit) and run again"
    return "fix the cause and run again"


def write_error(path: Path | str, error: OSError, shown: str = "") -> WriteError:
    """A WriteError naming the file, the system's reason and what to do."""
    reason = error.strerror or str(error)
    return WriteError(f"cannot write {shown or path} ({reason}); {_advice(error)}; the file was not changed")


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path | str, content: str | bytes, shown: str = "", durable: bool = True) -> None:
    """Replace path's content in one step: a new file of a unique name (never an existing one or a symlink) in the
    same folder, written, fsynced and renamed over path (a symlink at path is replaced, not followed). On any failure
    path keeps its old content and WriteError is raised. durable=False leaves out the fsyncs, for files that are
    made again from the data at every build (a site's exports): about 1 ms a file, 3 s for the exports alone."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    except OSError as error:
        raise write_error(path, error, shown) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        if path.exists() and not path.is_symlink():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        if durable:
            _fsync_dir(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise write_error(path, error, shown) from None


def write_if_changed(path: Path, content: str | bytes) -> None:
    """Write a file that every build makes again from data/ (without fsync) unless it already holds content: a
    preview rebuild after an edit rewrites only the few that changed."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not (path.is_file() and not path.is_symlink() and path.read_bytes() == data):
        write_atomic(path, data, durable=False)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def data_lock(folder: Path | str):
    """Hold an exclusive lock on a folder (flock on the folder itself, so no lock file is left behind) while the
    block runs: concurrent writers of the data take turns."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as error:
        raise WriteError(f"cannot lock {folder} ({error.strerror}); check that the folder exists") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
