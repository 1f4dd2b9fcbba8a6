"""Write exporter outputs: produce everything first, then save the whole export as one transaction.

:func:`generate_exports` builds every file in memory (an exporter failure writes
nothing). :func:`write_files` then saves ``{relative name: bytes}`` as *one* export:

1. it takes an advisory lock (``fcntl.flock`` on ``.<out>.lock`` beside the out folder),
   so one writer at a time writes a given folder; a second one waits up to
   ``lock_timeout`` seconds, then fails with a clear message;
2. it removes what an interrupted earlier run left beside the folder
   (``.<out>.zkg-new-*``, ``.<out>.zkg-old-*``) — a stage is created under the lock and
   its writer keeps an advisory lock on it while it lives, so the unlocked ones are stale;
3. it refuses an out folder that holds files it did not write: the folder must be
   missing, empty, or a previous export (its :data:`MANIFEST` lists its files; an export
   written before manifests existed is recognised by holding only names this export
   writes). So a stray ``--out ~`` cannot wipe a home folder, and a file a user put
   beside the outputs is never silently deleted;
4. it writes the new export with its manifest into a sibling temporary folder
   ``.<out>.zkg-new-XXXX``, made durable before the swap (one ``syncfs`` of the file
   system on Linux, else an ``fsync`` of every file and folder); a big export streams its
   files into that folder as it makes them (:class:`ExportStage`);
5. it swaps that folder with the old one in one step (Linux ``renameat2`` with
   ``RENAME_EXCHANGE``), or — where that is not available — renames the old folder
   aside and the new one in (between the two renames the folder is briefly absent, never
   mixed; the next run puts the old export back if it was interrupted right there);
6. it deletes the old export, now at the temporary name.

A reader therefore sees the old export or the new one, never a mix, whatever kills the
writer (``tests/sinks/test_writer.py`` kills it with SIGKILL at random points).
Files of the old export that the new one lacks are gone afterwards.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, cast

from graph.errors import ExportError, OutputError
from graph.gcpause import without_gc
from graph.sinks import DEFAULT_FORMATS, get_exporter

if TYPE_CHECKING:
    from graph.pipeline import BuiltCorpus, BuiltGraph

MANIFEST = "zone-kg-manifest.json"
"""The file in every export folder that lists its files and their SHA-256 (sorted JSON)."""

LOCK_TIMEOUT = 60.0
"""Seconds a second writer to the same out folder waits for the first one."""

_NEW = ".zkg-new-"
_OLD = ".zkg-old-"
_LEGACY_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")
"""Orphans of the old per-file writer (``.<name>.<random>.tmp``): removed with the old export."""


def write_atomic(path: Path, data: bytes) -> None:
    """Replace one file ``path`` with ``data`` (temp file in the same folder, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@without_gc
def generate_exports(built: BuiltGraph | BuiltCorpus, formats: Iterable[str] = DEFAULT_FORMATS) -> dict[str, bytes]:
    """Every requested format in memory: ``{file name: bytes}``. Writes nothing."""
    out: dict[str, bytes] = {}
    for name in formats:
        exporter = get_exporter(name)
        filename = built.article_id + exporter.SUFFIX
        if filename in out:
            continue
        out[filename] = run_exporter(exporter, name, built)
    return out


def run_exporter(exporter: Any, name: str, built: Any) -> bytes:
    """``exporter.generate(built)``; an exporter's bug becomes an :class:`ExportError` naming it and the
    graph (no partial output is written)."""
    try:
        data: bytes = exporter.generate(built)
    except Exception as exc:  # an exporter bug must not leave partial outputs
        raise ExportError(f"{name} exporter failed for {built.article_id}: {exc}") from exc
    return data


# --------------------------------------------------------------------------- the transaction


def manifest_bytes(files: Mapping[str, bytes]) -> bytes:
    """The manifest of an export: its files and their SHA-256, deterministic JSON."""
    return manifest_of({name: hashlib.sha256(data).hexdigest() for name, data in files.items()})


def manifest_of(hashes: Mapping[str, str]) -> bytes:
    """The manifest of files given by their SHA-256 (hex)."""
    listing = {name: hashes[name] for name in sorted(hashes)}
    doc = {"generator": "zone-kg", "manifest_version": 1, "files": listing}
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_files(
    files: Mapping[str, bytes],
    out_dir: Path | str,
    lock_timeout: float = LOCK_TIMEOUT,
    on_wait: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Save ``{relative name: bytes}`` as the whole content of ``out_dir``, as one transaction.

    Returns the written paths, sorted (the manifest not included). Raises
    :class:`~graph.errors.OutputError` (exit 3) when the folder cannot be written: an
    empty or file path, a folder holding files that are not a previous export, a
    read-only or full file system, or another writer holding the lock past
    ``lock_timeout``. On any failure the previous export is left as it was.
    ``on_wait(lock_file)`` is called once if the lock is taken by another writer.
    """
    names = [_check_name(name) for name in files]
    if MANIFEST in names:
        raise OutputError(f"{MANIFEST} is reserved for the export's manifest")
    target = check_out_dir(out_dir)
    _check_replaceable(target, set(names), _nested_exports(target))  # fail before writing anything
    with ExportStage(out_dir, lock_timeout, on_wait) as stage:
        for name in sorted(files):
            stage.write(name, files[name])
        return stage.commit()


class ExportStage:
    """An export being written, file by file, into a sibling folder of the out folder.

    The streaming form of :func:`write_files` (which uses it): a corpus export writes
    each article's files as they are made, so they are never all in memory at once.
    :meth:`commit` takes the lock, checks the out folder, writes the manifest, makes
    everything durable and swaps the folder in; leaving the ``with`` block without a
    commit (an error, Ctrl-C) deletes the stage and leaves the previous export as it was.

    The stage is created while holding the out folder's lock and keeps an advisory lock
    on itself until it is committed or deleted, so another writer's clean-up
    (:func:`_recover`) only ever removes stages whose writer has died.
    """

    def __init__(self, out_dir: Path | str, lock_timeout: float = LOCK_TIMEOUT,
                 on_wait: Callable[[Path], None] | None = None) -> None:
        self.out_dir = out_dir
        self.target = check_out_dir(out_dir)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self.hashes: dict[str, str] = {}
        self._made: set[Path] = set()
        self._scratch: Path | None = None
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _output_error(exc, f"cannot create {self.target.parent}") from None
        with _locked(self.target, lock_timeout, on_wait):
            self.on_wait = None  # told once
            try:
                self.path = Path(tempfile.mkdtemp(prefix=f".{self.target.name}{_NEW}", dir=self.target.parent))
            except OSError as exc:
                raise _output_error(exc, f"cannot write beside {self.target}") from None
            self._fd = _hold(self.path)
        self._made.add(self.path)
        try:
            os.chmod(self.path, 0o755)
        except OSError as exc:
            self.abort()
            raise _output_error(exc, f"cannot write beside {self.target}") from None

    def __enter__(self) -> ExportStage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()  # after a commit there is nothing left to delete

    @property
    def scratch(self) -> Path:
        """A private folder inside the stage for intermediate files (never part of the export)."""
        if self._scratch is None:
            self._scratch = self.path / SCRATCH
            self._scratch.mkdir()
        return self._scratch

    def _check(self, name: str) -> str:
        _check_name(name)
        if name in (MANIFEST, SCRATCH) or name.startswith(SCRATCH + "/"):
            raise OutputError(f"{name} is reserved for the export's own use")
        if name in self.hashes:
            raise OutputError(f"{name} is written twice in one export")
        return name

    def write(self, name: str, data: bytes) -> None:
        """Add the file ``name`` with ``data``."""
        self._check(name)
        try:
            _write_new(self.path, name, data, self._made)
        except OSError as exc:
            raise _output_error(exc, f"cannot write the export to {self.target}") from None
        self.hashes[name] = hashlib.sha256(data).hexdigest()

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        """A binary file to write ``name`` in pieces; its SHA-256 is taken as it is written."""
        self._check(name)
        path = self.path / name
        try:
            self._mkdirs(path)
            raw = open(path, "xb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise _output_error(exc, f"cannot write the export to {self.target}") from None
        sink = HashingWriter(raw)
        try:
            yield cast(IO[bytes], sink)
            raw.close()
        except OSError as exc:
            raw.close()
            raise _output_error(exc, f"cannot write the export to {self.target}") from None
        except BaseException:
            raw.close()
            raise
        self.hashes[name] = sink.sha256.hexdigest()

    def adopt(self, name: str, path: Path, sha256: str) -> None:
        """Move ``path`` (a finished file inside this stage's scratch folder) in as ``name``."""
        self._check(name)
        dest = self.path / name
        try:
            self._mkdirs(dest)
            os.rename(path, dest)
            os.chmod(dest, 0o644)
        except OSError as exc:
            raise _output_error(exc, f"cannot write the export to {self.target}") from None
        self.hashes[name] = sha256

    def _mkdirs(self, path: Path) -> None:
        if path.parent not in self._made:
            path.parent.mkdir(parents=True, exist_ok=True)
            for parent in path.relative_to(self.path).parents:
                self._made.add(self.path / parent)

    def commit(self) -> list[Path]:
        """Make the stage the out folder in one step; return the written paths, sorted."""
        target = self.target
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        with _locked(target, self.lock_timeout, self.on_wait):
            try:
                _recover(target)
            except OSError as exc:
                raise _output_error(exc, f"cannot clean up beside {target}") from None
            nested = _nested_exports(target)
            _check_replaceable(target, set(self.hashes), nested)
            written_into = {name.split("/", 1)[0] for name in self.hashes}
            try:
                _write_new(self.path, MANIFEST, manifest_of(self.hashes), self._made)
                for rel in nested:
                    if rel not in written_into:
                        _carry_over(target / rel, self.path / rel)
                _sync(self.path, self._made)
            except OSError as exc:
                raise _output_error(exc, f"cannot write the export to {target}") from None
            old = _swap(self.path, target)
            self._release()
            _fsync_dir(target.parent)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        return [Path(self.out_dir) / name for name in sorted(self.hashes)]

    @property
    def lock_fd(self) -> int | None:
        """The descriptor holding the stage's lock: a forked helper process closes its copy."""
        return self._fd

    def _release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def abort(self) -> None:
        """Delete the stage (nothing of it reaches the out folder); a no-op after :meth:`commit`."""
        if self._fd is None:
            return
        shutil.rmtree(self.path, ignore_errors=True)
        self._release()


SCRATCH = ".zkg-scratch"
"""The stage's private folder for intermediate files; removed before the commit."""


class HashingWriter:
    """A binary writer that passes everything on and takes its SHA-256."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


def _hold(folder: Path) -> int | None:
    """An open descriptor of ``folder`` holding an advisory lock on it (``None`` without ``fcntl``)."""
    try:
        import fcntl
    except ImportError:
        return None
    fd = os.open(folder, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def _in_use(folder: Path) -> bool:
    """Whether a live writer holds ``folder``'s lock (see :func:`_hold`)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def check_out_dir(out_dir: Path | str) -> Path:
    """The absolute folder ``out_dir`` names; :class:`OutputError` when it cannot be one.

    Cheap, so a command can call it before building anything: ``''``, an existing file
    and the root folder are refused.
    """
    if not str(out_dir).strip():
        raise OutputError("the output folder is empty (''): give a folder name, e.g. --out exports")
    target = Path(os.path.abspath(out_dir))
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder; choose a folder for the export")
    if target.parent == target:
        raise OutputError(f"{out_dir}: cannot replace the root folder")
    return target


def _output_error(exc: OSError, doing: str) -> OutputError:
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason += " (the disk or quota is full)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason += " (the folder is read-only for you)"
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) not in doing else ""
    return OutputError(f"{doing}{where}: {reason}; the previous export is unchanged")


output_error = _output_error
"""An :class:`OSError` met while writing an export, as the :class:`OutputError` (exit 3) to report."""


def _check_name(name: str) -> str:
    """A relative POSIX path inside the export (no ``..``, no absolute path, no empty part)."""
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in name:
        raise OutputError(f"invalid file name in an export: {name!r}")
    return name


@contextmanager
def _locked(target: Path, timeout: float, on_wait: Callable[[Path], None] | None = None) -> Iterator[None]:
    """Hold the advisory lock ``.<name>.lock`` beside ``target`` (POSIX ``flock``)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock (documented in the README, "Reliability")
        yield
        return
    lock_path = target.parent / f".{target.name}.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise _output_error(exc, f"cannot create the lock file {lock_path}") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if on_wait is not None:
                    on_wait(lock_path)
                    on_wait = None
                if time.monotonic() >= deadline:
                    raise OutputError(
                        f"{target}: another zone-kg process is writing this folder (lock {lock_path} "
                        f"held for more than {timeout:g} s); try again when it has finished"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock; the lock file stays (deleting it would race)


def _siblings(target: Path, marker: str) -> list[Path]:
    prefix = f".{target.name}{marker}"
    try:
        return sorted(p for p in target.parent.iterdir() if p.name.startswith(prefix))
    except OSError:
        return []


def _recover(target: Path) -> None:
    """Undo what an interrupted run left beside ``target`` (we hold the lock); stages of live writers stay."""
    old = _siblings(target, _OLD)
    if not target.exists() and old:
        # the fallback protocol was killed between its two renames: put the old export back
        newest = max(old, key=lambda p: p.stat().st_mtime)
        os.rename(newest, target)
        old.remove(newest)
    for stale in old + [p for p in _siblings(target, _NEW) if not _in_use(p)]:
        shutil.rmtree(stale, ignore_errors=True)


def _nested_exports(target: Path) -> list[str]:
    """Sub-folders of ``target`` that are exports of their own (their own manifest).

    ``make export`` writes the demo corpus to ``exports/demo-corpus/`` after the main export;
    replacing ``exports/`` keeps such a nested export (hard links, no copy) unless the new
    export writes into that folder itself.
    """
    if not target.is_dir():
        return []
    return [sub.name for sub in sorted(target.iterdir())
            if sub.is_dir() and not sub.is_symlink() and (sub / MANIFEST).is_file()]


def _check_replaceable(target: Path, names: set[str], nested: Sequence[str] = ()) -> None:
    """Refuse to replace a folder that holds files this export and the last one did not write."""
    if not target.exists():
        return
    try:
        present = {p.relative_to(target).as_posix() for p in target.rglob("*") if not p.is_dir()}
    except OSError as exc:
        raise _output_error(exc, f"cannot read the out folder {target}") from None
    if not present:
        return
    known = set(names)
    manifest = target / MANIFEST
    if manifest.is_file():
        try:
            listed = json.loads(manifest.read_text(encoding="utf-8"))["files"]
            known |= set(listed)
        except (OSError, ValueError, KeyError, TypeError):
            raise OutputError(f"{manifest}: unreadable export manifest; move the folder aside or delete it") from None
        known.add(MANIFEST)
    foreign = sorted(n for n in present - known if not _LEGACY_TMP.match(PurePosixPath(n).name)
                     and not any(n.startswith(d + "/") or n == f".{d}.lock" for d in nested))
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        why = "files that no zone-kg export wrote" if manifest.is_file() else "files and is not a zone-kg export (no manifest)"
        raise OutputError(
            f"{target}: the folder holds {why}: {shown}. An export replaces the whole folder; "
            "choose a new or empty folder, or move those files away"
        )


def _carry_over(src: Path, dest: Path) -> None:
    for path in sorted(src.rglob("*")):
        out = dest / path.relative_to(src)
        if path.is_dir():
            out.mkdir(parents=True, exist_ok=True)
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, out)
        except OSError:
            shutil.copy2(path, out)


def _write_new(stage: Path, name: str, data: bytes, made: set[Path], sync: bool = False) -> None:
    path = stage / name
    if path.parent not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        for parent in path.relative_to(stage).parents:
            made.add(stage / parent)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())
    os.chmod(path, 0o644)


def _sync(stage: Path, folders: Iterable[Path]) -> None:
    """Make everything written into ``stage`` durable before it is swapped in.

    One ``syncfs`` of the stage's file system (Linux) instead of an ``fsync`` per file:
    a corpus export has thousands of files, and an ``fsync`` each cost ~2.5 ms here.
    Elsewhere every file and folder is fsynced.
    """
    if _syncfs(stage):
        return
    for path in sorted(stage.rglob("*")):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    for folder in sorted(set(folders) | {stage}, key=lambda p: len(p.parts), reverse=True):
        _fsync_dir(folder)


def _libc() -> ctypes.CDLL:
    """The C library already loaded in this process (``ctypes.util.find_library`` would run
    ``ldconfig`` in a child process: a fork of a process that may hold gigabytes)."""
    return ctypes.CDLL(None, use_errno=True)


def _syncfs(folder: Path) -> bool:
    """``syncfs(2)`` on ``folder``'s file system; False where it is unavailable or fails."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = _libc()
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    syncfs.argtypes = [ctypes.c_int]
    syncfs.restype = ctypes.c_int
    fd = os.open(folder, os.O_RDONLY)
    try:
        return bool(syncfs(fd) == 0)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2_exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); False when unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = _libc()
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # no libc or a glibc older than 2.28
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False  # a file system or kernel without RENAME_EXCHANGE
    raise OSError(err, os.strerror(err), str(b))


def _swap(stage: Path, target: Path) -> Path | None:
    """Make ``stage`` the folder ``target``; return where the old export now is (if any)."""
    try:
        if not target.exists():
            os.rename(stage, target)
            return None
        if _renameat2_exchange(stage, target):
            return stage
        # Fallback: old aside, new in. Killed in between, the folder is absent (never
        # mixed) and _recover() puts the old export back on the next run.
        aside = target.parent / f".{target.name}{_OLD}{os.getpid()}-{os.urandom(4).hex()}"
        os.rename(target, aside)
        os.rename(stage, target)
        return aside
    except OSError as exc:
        raise _output_error(exc, f"cannot replace {target}") from None
