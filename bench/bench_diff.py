"""Diff engine: a 100,000-line Python-like file pair with 1% of lines changed, against git diff --no-index.

Both sides go from the two files on disk to the unified diff text (git's time includes starting the process).
Peak memory is measured in a fresh interpreter, so that nothing else in this process inflates it.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Figure, best_of
from desktop.diff.files import diff_files
from desktop.diff.unified import format_unified

TARGET_RATIO = 3.0
SEED = 20240611

_WORDS = [
    "self",
    "value",
    "result",
    "items",
    "index",
    "count",
    "name",
    "data",
    "path",
    "config",
    "node",
    "parent",
    "child",
    "total",
    "error",
]

# ru_maxrss would report the parent's high-water mark (Linux keeps it across fork), so read VmHWM, which starts
# afresh with exec; tracemalloc then gives the peak of Python allocations made by the diff itself.
_PEAK_MEMORY_SCRIPT = """
import json, sys, tracemalloc
from pathlib import Path
from desktop.diff.files import diff_files
from desktop.diff.unified import format_unified

def high_water_kib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

old, new = Path(sys.argv[1]), Path(sys.argv[2])
before = high_water_kib()
format_unified([diff_files(old, new)])
after = high_water_kib()
tracemalloc.start()
format_unified([diff_files(old, new)])
traced_peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"before_kib": before, "after_kib": after, "traced_peak_bytes": traced_peak}))
"""


def python_like_lines(count: int, rnd: random.Random) -> list[str]:
    lines = []
    for number in range(count):
        indent = "    " * rnd.randint(0, 3)
        roll = rnd.random()
        if roll < 0.1:
            lines.append("")
        elif roll < 0.2:
            lines.append(f"{indent}def {rnd.choice(_WORDS)}_{number}(self, {rnd.choice(_WORDS)}):")
        elif roll < 0.25:
            lines.append(f"{indent}return {rnd.choice(_WORDS)}")
        else:
            lines.append(f"{indent}{rnd.choice(_WORDS)} = {rnd.choice(_WORDS)}.{rnd.choice(_WORDS)}({number % 977})")
    return lines


def changed_copy(lines: list[str], fraction: float, rnd: random.Random) -> list[str]:
    """Change ``fraction`` of the lines: a third edited in place, a third deleted, a third with a line inserted."""
    out = list(lines)
    for index in sorted(rnd.sample(range(len(lines)), int(len(lines) * fraction)), reverse=True):
        kind = index % 3
        if kind == 0:
            out[index] += "  # changed"
        elif kind == 1:
            del out[index]
        else:
            out.insert(index, f"    inserted_{index} = {index}")
    return out


def write_pair(folder: Path, line_count: int) -> tuple[Path, Path]:
    rnd = random.Random(SEED)
    old_lines = python_like_lines(line_count, rnd)
    new_lines = changed_copy(old_lines, 0.01, rnd)
    old, new = folder / "old.py", folder / "new.py"
    old.write_text("\n".join(old_lines) + "\n")
    new.write_text("\n".join(new_lines) + "\n")
    return old, new


def _ours(old: Path, new: Path) -> str:
    return format_unified([diff_files(old, new)])


def _git(old: Path, new: Path) -> bytes:
    result = subprocess.run(
        ["git", "diff", "--no-index", "--histogram", "--no-color", str(old), str(new)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 1:
        raise RuntimeError(f"git diff failed: {result.stderr.decode(errors='replace')}")
    return result.stdout


def _changed_lines(diff_text: str) -> int:
    return sum(1 for line in diff_text.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---"))


def run(quick: bool) -> list[Figure]:
    line_count = 20_000 if quick else 100_000
    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        old, new = write_pair(Path(tmp), line_count)
        ours_text = _ours(old, new)
        git_text = _git(old, new).decode()
        ours_seconds = best_of(lambda: _ours(old, new), repeat)
        git_seconds = best_of(lambda: _git(old, new), repeat)
        project_root = Path(__file__).resolve().parent.parent
        probe = subprocess.run(
            [sys.executable, "-c", _PEAK_MEMORY_SCRIPT, str(old), str(new)],
            capture_output=True,
            check=True,
            cwd=project_root,
            text=True,
        )
        memory = json.loads(probe.stdout)
    ratio = ours_seconds / git_seconds
    ours_changed, git_changed = _changed_lines(ours_text), _changed_lines(git_text)
    label = f"{line_count // 1000}k lines, 1% changed"
    return [
        Figure(
            f"diff {label}: unified diff time",
            ours_seconds,
            "s",
            baseline=git_seconds,
            baseline_name="git diff --no-index --histogram",
            target=f"<= {TARGET_RATIO:g}x",
            ok=ratio <= TARGET_RATIO,
        ),
        Figure(
            f"diff {label}: changed lines",
            ours_changed,
            "lines",
            baseline=git_changed,
            baseline_name="git diff --histogram",
            target="within 5%",
            ok=abs(ours_changed - git_changed) <= 0.05 * git_changed,
        ),
        Figure(f"diff {label}: peak RSS of a fresh interpreter running it", memory["after_kib"] / 1024, "MiB"),
        Figure(
            f"diff {label}: peak RSS growth during the diff",
            (memory["after_kib"] - memory["before_kib"]) / 1024,
            "MiB",
        ),
        Figure(f"diff {label}: peak traced Python allocations", memory["traced_peak_bytes"] / 2**20, "MiB"),
    ]
