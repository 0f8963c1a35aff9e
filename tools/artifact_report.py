"""Prints the size of a built Lambda artifact folder: files, unzipped bytes, deployment zip bytes,
the largest top-level entries (what to look at when it grows), and how many of its Python modules
carry bytecode, and for which Python (a module without it is compiled on every cold start)."""

from __future__ import annotations

import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

__all__ = ["bytecode_tags", "report"]


def bytecode_tags(folder: Path) -> tuple[int, Counter[str]]:
    """How many `.py` modules the folder holds, and how many of them have a `__pycache__` file of
    each interpreter tag (`cpython-313`, ...)."""
    modules = 0
    tags: Counter[str] = Counter()
    for source in folder.rglob("*.py"):
        modules += 1
        for cached in (source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"):
            tag = cached.name[len(source.stem) + 1 :].split(".")[0]
            tags[tag] += 1
    return modules, tags


def report(folder: Path) -> str:
    files = [path for path in folder.rglob("*") if path.is_file()]
    unzipped = sum(path.stat().st_size for path in files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.relative_to(folder))
    sizes: dict[str, int] = {}
    for path in files:
        top = path.relative_to(folder).parts[0]
        sizes[top] = sizes.get(top, 0) + path.stat().st_size
    largest = sorted(sizes.items(), key=lambda item: item[1], reverse=True)[:6]
    modules, tags = bytecode_tags(folder)
    compiled = ", ".join(f"{count} with {tag} bytecode" for tag, count in sorted(tags.items()))
    lines = [
        f"artifact {folder}: {len(files)} files, {unzipped / 1e6:.1f} MB unzipped, "
        f"{len(buffer.getvalue()) / 1e6:.1f} MB zipped",
        "largest: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest),
        f"modules: {modules}, " + (compiled or "none with bytecode (compiled on every cold start)"),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else ".aws-sam/build/MemoryKeeperFunction")))
