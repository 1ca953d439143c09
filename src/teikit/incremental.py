"""Incremental builds: skip a document whose inputs are byte-for-byte what its last good build saw.

`site/.teikit-build.json` records, per edition, content digests (a checkout or a copy changes
timestamps without changing anything, so a timestamp alone never makes an edition stale) of

* its TEI file,
* the toolchain: every file under `xslt/` and `schema/`, teikit's own code and the versions of the
  XML libraries (a conservative choice: upgrading teikit rebuilds everything once),
* the views it wrote, so a deleted or hand-edited page is rebuilt,

plus the warnings its validation gave, so a skipped edition still reports them.
Only editions that built cleanly are recorded; a failed one is retried on every build.

Hashing every TEI file and view of 10,000 editions takes longer than a no-op build may, so each
digest is recorded with its file's size and modification time: a file whose size and time are
still the recorded ones, and whose time is older than the manifest itself, is taken as unchanged
without being read; any other is hashed (git's "racy clean" rule: a file written in the same clock
tick as the record could have changed after it). Known limit: an edit that keeps a file's size and
sets its time back to the recorded one (a tool that restores timestamps) is not seen; `touch` the
file, and it is hashed. The sizes and times are kept in `site/.teikit-stat.json`; without it, every
file is hashed.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from teikit.errors import InputError
from teikit.paths import output_path, plain_path
from teikit.resources import schema_dir, xslt_dir
from teikit.validate import Problem
from teikit.xmlio import read_bytes, write_atomic

MANIFEST_NAME = ".teikit-build.json"
#: Sizes and times of the files recorded, kept apart from the manifest: they differ from build to
#: build of the same inputs, and the manifest does not.
STAT_NAME = ".teikit-stat.json"
MANIFEST_FORMAT = 2
#: Libraries whose upgrade can change validation or rendering.
TOOL_PACKAGES = ("lxml", "saxonche", "xmlschema")


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it is not a regular file teikit may read (missing, a
    folder, a named pipe…): the edition is then built again, and the build says what is wrong."""
    try:
        return hashlib.sha256(read_bytes(path, "a file")).hexdigest()
    except InputError:
        return None


def file_stat(path: Path) -> list[int] | None:
    """Size and modification time (ns) of a regular file, or None."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns] if os.path.isfile(path) else None


def write_changed(path: Path, data: bytes) -> None:
    """Write `data` unless the file already holds it: a build with nothing to do writes nothing."""
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomic(path, data)


def tree_digest(digest: "hashlib._Hash", folder: Path, pattern: str = "*") -> None:
    """Feed every file under `folder` (sorted relative paths, then bytes) into `digest`; Python's
    bytecode caches are left out (importing the data packages writes one into `xslt/` and `schema/`)."""
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")


def toolchain_digest() -> str:
    """One digest for everything besides the TEI that a validated, rendered edition depends on."""
    digest = hashlib.sha256()
    for label, folder, pattern in (("xslt", xslt_dir(), "*"), ("schema", schema_dir(), "*"),
                                   ("teikit", Path(__file__).parent, "*.py")):
        digest.update(label.encode() + b"\0")
        if folder.is_dir():
            tree_digest(digest, folder, pattern)
    for package in TOOL_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{package}={version}\0".encode())
    return digest.hexdigest()


@dataclass
class Entry:
    """What one edition's last good build consumed and produced."""

    tei: str
    toolchain: str
    outputs: dict[str, str]  # path relative to site/ → digest
    problems: list[dict] = field(default_factory=list)
    stats: dict[str, list[int]] = field(default_factory=dict, compare=False)  # "tei" or an output → [size, mtime_ns]


@dataclass
class Manifest:
    """The record of the last build of a site; `load` and `save` it around a build."""

    site: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    #: Computed when the manifest is loaded, once per build (stylesheets may change between builds).
    toolchain: str = field(default_factory=toolchain_digest)
    #: When the manifest was last saved (ns); files changed since are hashed, whatever their stat says.
    saved: int = 0

    @classmethod
    def load(cls, site: Path) -> "Manifest":
        """The site's manifest; an absent, unreadable or outdated one is empty (everything rebuilds)."""
        try:
            data = json.loads((site / MANIFEST_NAME).read_text(encoding="utf-8"))
            if data.get("format") != MANIFEST_FORMAT:
                return cls(site)
            manifest = cls(site, {name: Entry(**entry) for name, entry in data["documents"].items()})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls(site)
        try:
            stats = json.loads((site / STAT_NAME).read_text(encoding="utf-8"))
            for name, entry in manifest.entries.items():
                entry.stats = {key: list(value) for key, value in stats.get(name, {}).items()}
            manifest.saved = (site / STAT_NAME).stat().st_mtime_ns
        except (OSError, ValueError, TypeError, AttributeError):
            pass  # no sizes and times: every file is hashed
        return manifest

    def save(self) -> None:
        documents = {name: {key: value for key, value in asdict(entry).items() if key != "stats"}
                     for name, entry in sorted(self.entries.items())}
        text = json.dumps({"format": MANIFEST_FORMAT, "documents": documents}, indent=1, sort_keys=True)
        write_changed(output_path(self.site, MANIFEST_NAME), (text + "\n").encode("utf-8"))
        stats = {name: entry.stats for name, entry in sorted(self.entries.items())}
        write_changed(output_path(self.site, STAT_NAME), json.dumps(stats, separators=(",", ":")).encode("utf-8"))

    def up_to_date(self, name: str, tei: Path) -> bool:
        """True when `tei`, the toolchain and every view written for `name` are as last recorded."""
        entry = self.entries.get(name)
        if entry is None or entry.toolchain != self.toolchain or not self.unchanged(entry, "tei", tei, entry.tei):
            return False
        try:
            outputs = {relative: (self.output(relative), digest) for relative, digest in entry.outputs.items()}
        except InputError:  # a record naming a file outside the site was not written by teikit
            return False
        return bool(outputs) and all(self.unchanged(entry, relative, path, digest)
                                     for relative, (path, digest) in outputs.items())

    def unchanged(self, entry: Entry, key: str, path: Path, digest: str) -> bool:
        """Whether the file at `path` still has `digest`: by its stat where that is safe, else by
        hashing it (see the module's docstring); a file found unchanged by hashing has its new stat
        recorded, so the next build need not hash it again."""
        recorded, now = entry.stats.get(key), file_stat(path)
        if now is not None and now == recorded and now[1] < self.saved:
            return True
        if file_digest(path) != digest:
            return False
        if now is not None:
            entry.stats[key] = now
        return True

    def record(self, name: str, tei: Path, views: list[Path], problems: list[Problem]) -> None:
        """Remember a good build of `name`."""
        # each stat before its digest: a file changed in between has a newer time, so it is hashed again
        stats = {"tei": file_stat(tei), **{view.relative_to(self.site).as_posix(): file_stat(view) for view in views}}
        outputs = {view.relative_to(self.site).as_posix(): file_digest(view) for view in views}
        self.entries[name] = Entry(file_digest(tei), self.toolchain, outputs,
                                   [asdict(problem) for problem in problems], stats)

    def forget(self, name: str) -> None:
        self.entries.pop(name, None)

    def keep_only(self, names: set[str]) -> None:
        """Drop editions whose seed is gone."""
        for name in set(self.entries) - names:
            del self.entries[name]

    def views(self, name: str) -> list[Path]:
        return [self.output(relative) for relative in self.entries[name].outputs]

    def output(self, relative: str) -> Path:
        """The file at `relative` (as recorded, "NAME/reading.html") under the site. Checked by its
        name only: resolving every recorded file's links took most of a no-op build of 1,000
        editions, and nothing is written here (every writer goes through `output_path`)."""
        return plain_path(self.site, *PurePosixPath(relative).parts)

    def problems(self, name: str) -> list[Problem]:
        return [Problem(**problem) for problem in self.entries[name].problems]
