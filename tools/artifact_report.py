"""Prints the size of a built Lambda artifact folder: files, unzipped bytes, deployment zip bytes,
and the largest top-level entries (what to look at when it grows)."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path


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
    lines = [
        f"artifact {folder}: {len(files)} files, {unzipped / 1e6:.1f} MB unzipped, "
        f"{len(buffer.getvalue()) / 1e6:.1f} MB zipped",
        "largest: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in largest),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else ".aws-sam/build/MemoryKeeperFunction")))
