"""Test-only generator modes: a failing generator and deliveries the client must refuse (path traversal,
an oversized file). ``normal`` runs the real generator."""

from __future__ import annotations

from collections.abc import Callable

from backend_stub.generator import GenerationFailed, Generator, ProjectSpec
from desktop.api import contract as c


def generate_in_mode(
    mode: c.GeneratorMode, generator: Generator, spec: ProjectSpec, progress: Callable[[int, str], None]
) -> dict[str, bytes]:
    if mode == "fail":
        progress(30, "Reading the specification")
        raise GenerationFailed("The specification asks for a stack the generator cannot build yet.")
    files = generator.generate(spec, progress)
    if mode == "traversal":
        files["../../outside.txt"] = b"this must never leave the project folder\n"
    elif mode == "oversize":
        files["data/huge.bin"] = b"x" * (c.MAX_DELIVERY_FILE_BYTES + 1)
    return files
