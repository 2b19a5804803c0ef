"""Reading unified diffs (git-style or plain ``---``/``+++``) back into FileDiffs."""

from __future__ import annotations

import re

from desktop.diff.model import DiffLine, FileDiff, Hunk, LineKind
from desktop.diff.unified import DEV_NULL

_HUNK_HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_UNESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


class PatchError(Exception):
    """A patch that cannot be read or applied; the message names the file and hunk concerned."""


def parse_patch(text: str, strip: int = 1) -> list[FileDiff]:
    """The file diffs of a patch; ``strip`` leading path components are removed (1 for git's a/ and b/)."""
    return _Parser(text.split("\n"), strip).parse()


def unquote_path(name: str) -> str:
    """Undo git's C-style quoting of a path (a name not starting with a double quote is returned as is)."""
    if not name.startswith('"'):
        return name
    if len(name) < 2 or not name.endswith('"'):
        raise PatchError(f"badly quoted path: {name}")
    raw = bytearray()
    body = name[1:-1]
    index = 0
    while index < len(body):
        char = body[index]
        if char != "\\":
            raw += char.encode("utf-8", "surrogateescape")
            index += 1
        elif body[index + 1 : index + 2] in _UNESCAPES:
            raw += _UNESCAPES[body[index + 1]].encode()
            index += 2
        elif re.fullmatch(r"[0-7]{3}", body[index + 1 : index + 4]):
            raw.append(int(body[index + 1 : index + 4], 8))
            index += 4
        else:
            raise PatchError(f"badly quoted path: {name}")
    return raw.decode("utf-8", "surrogateescape")


class _Parser:
    def __init__(self, lines: list[str], strip: int) -> None:
        self.lines = lines
        self.strip = strip
        self.index = 0
        self.diffs: list[FileDiff] = []

    def parse(self) -> list[FileDiff]:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line.startswith("diff --git "):
                self._git_header()
            elif line.startswith("--- ") and self._peek(1).startswith("+++ "):
                self.diffs.append(FileDiff(None, None))
                self._file_names()
                self._hunks()
            else:
                self.index += 1
        return self.diffs

    def _peek(self, offset: int) -> str:
        position = self.index + offset
        return self.lines[position] if position < len(self.lines) else ""

    def _strip(self, name: str) -> str:
        parts = unquote_path(name).split("/")
        if len(parts) <= self.strip:
            raise PatchError(f"cannot strip {self.strip} leading components from {name!r}")
        return "/".join(parts[self.strip :])

    def _git_header(self) -> None:
        diff = FileDiff(None, None)
        self.diffs.append(diff)
        old_name, new_name = _split_git_names(self.lines[self.index][len("diff --git ") :])
        if old_name is not None and new_name is not None:
            diff.old_path, diff.new_path = self._strip(old_name), self._strip(new_name)
        is_new = is_deleted = False
        self.index += 1
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line.startswith(("diff --git ", "@@ ")) or (
                line.startswith("--- ") and self._peek(1).startswith("+++ ")
            ):
                break
            if line.startswith("new file mode "):
                is_new, diff.new_mode = True, line.rsplit(" ", 1)[1]
            elif line.startswith("deleted file mode "):
                is_deleted, diff.old_mode = True, line.rsplit(" ", 1)[1]
            elif line.startswith("old mode "):
                diff.old_mode = line.rsplit(" ", 1)[1]
            elif line.startswith("new mode "):
                diff.new_mode = line.rsplit(" ", 1)[1]
            elif line.startswith("similarity index "):
                diff.similarity = int(line.rsplit(" ", 1)[1].rstrip("%") or 0)
            elif line.startswith("rename from "):
                diff.old_path = unquote_path(line[len("rename from ") :])
                diff.similarity = 100 if diff.similarity is None else diff.similarity
            elif line.startswith("rename to "):
                diff.new_path = unquote_path(line[len("rename to ") :])
                diff.similarity = 100 if diff.similarity is None else diff.similarity
            elif line.startswith(("copy from ", "copy to ")):
                raise PatchError(f"copies are not supported: {line}")
            elif line.startswith(("Binary files ", "GIT binary patch")):
                diff.is_binary = True
            self.index += 1
        if self._peek(0).startswith("--- "):
            self._file_names()
        if is_new:
            diff.old_path = None
        if is_deleted:
            diff.new_path = None
        if diff.old_path is None and diff.new_path is None:
            raise PatchError(f"git diff header without file names: {self.lines[self.index - 1]}")
        self._hunks()

    def _file_names(self) -> None:
        diff = self.diffs[-1]
        old_name = _label_name(self.lines[self.index][4:])
        new_name = _label_name(self.lines[self.index + 1][4:])
        if old_name is None and new_name is None:
            raise PatchError(f"both sides are {DEV_NULL} at patch line {self.index + 1}")
        if old_name is not None and diff.similarity is None:
            diff.old_path = self._strip(old_name)
        if new_name is not None and diff.similarity is None:
            diff.new_path = self._strip(new_name)
        if old_name is None:
            diff.old_path = None
        if new_name is None:
            diff.new_path = None
        self.index += 2

    def _hunks(self) -> None:
        diff = self.diffs[-1]
        while self.index < len(self.lines) and self.lines[self.index].startswith("@@ "):
            diff.hunks.append(self._hunk(diff.path, len(diff.hunks) + 1))

    def _hunk(self, path: str, number: int) -> Hunk:
        header = self.lines[self.index]
        match = _HUNK_HEADER.match(header)
        if not match:
            raise PatchError(f"{path}: hunk {number}: malformed header {header!r}")
        old_start, new_start = int(match[1]), int(match[3])
        old_count = 1 if match[2] is None else int(match[2])
        new_count = 1 if match[4] is None else int(match[4])
        hunk = Hunk(old_start, old_count, new_start, new_count)
        old_no, new_no = (old_start if old_count else old_start + 1), (new_start if new_count else new_start + 1)
        old_left, new_left = old_count, new_count
        self.index += 1
        while old_left or new_left or self._peek(0).startswith("\\"):
            if self.index >= len(self.lines):
                raise PatchError(f"{path}: hunk {number} ({header}) is truncated")
            line = self.lines[self.index]
            self.index += 1
            tag, text = (line[:1], line[1:]) if line else (" ", "")
            if tag == "\\":
                if not hunk.lines:
                    raise PatchError(f"{path}: hunk {number}: misplaced {line!r}")
                hunk.lines[-1].missing_newline = True
            elif tag == " " and old_left and new_left:
                hunk.lines.append(DiffLine(LineKind.CONTEXT, old_no, new_no, text))
                old_no, new_no, old_left, new_left = old_no + 1, new_no + 1, old_left - 1, new_left - 1
            elif tag == "-" and old_left:
                hunk.lines.append(DiffLine(LineKind.REMOVED, old_no, None, text))
                old_no, old_left = old_no + 1, old_left - 1
            elif tag == "+" and new_left:
                hunk.lines.append(DiffLine(LineKind.ADDED, None, new_no, text))
                new_no, new_left = new_no + 1, new_left - 1
            else:
                raise PatchError(f"{path}: hunk {number} ({header}): unexpected line {line!r}")
        return hunk


def _label_name(label: str) -> str | None:
    """The file name of a ---/+++ line, without a trailing tab and timestamp; None for /dev/null."""
    name = label if label.startswith('"') else label.split("\t", 1)[0]
    return None if name == DEV_NULL else name


def _split_git_names(names: str) -> tuple[str | None, str | None]:
    """Split "a/x b/x" (either part maybe quoted); (None, None) when ambiguous and the names differ."""
    if names.startswith('"'):
        end = _closing_quote(names)
        return names[: end + 1], names[end + 2 :]
    if names.endswith('"'):
        start = names.rfind(' "')
        return names[:start], names[start + 1 :]
    half = (len(names) - 1) // 2
    old, new = names[:half], names[half + 1 :]
    if names[half : half + 1] == " " and old.split("/", 1)[-1] == new.split("/", 1)[-1]:
        return old, new
    parts = names.split(" ")
    return (parts[0], parts[1]) if len(parts) == 2 else (None, None)


def _closing_quote(text: str) -> int:
    index = 1
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text[index] == '"':
            return index
        else:
            index += 1
    raise PatchError(f"badly quoted path: {text}")
