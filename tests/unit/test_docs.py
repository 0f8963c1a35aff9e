"""The README and docs/ as a newcomer reads them: every relative link resolves (to a file, and to a
heading when it names one), every `make` target and variable they show exists, every setting is
on the configuration page, and the README stays a door: short, with lines that fit a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.processes import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README_MOST_LINES = 300
LONGEST_LINE = 200

_FENCE = re.compile(r"^```.*?^```", re.M | re.S)
_SPAN = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$", re.M)


def _prose(text: str) -> str:
    """The text without code: a link shown in code is not a link."""
    return _SPAN.sub("", _FENCE.sub("", text))


def _code(text: str) -> Iterator[str]:
    """Every line of code: each fenced block's lines and each inline span."""
    for block in _FENCE.findall(text):
        yield from block.splitlines()[1:-1]
    for span in _SPAN.findall(_FENCE.sub("", text)):
        yield span.strip("`")


def _slug(heading: str) -> str:
    """A heading's anchor as GitHub makes it."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).replace("`", "").lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    anchors: set[str] = set()
    for heading in _HEADING.findall(_FENCE.sub("", page.read_text(encoding="utf-8"))):
        slug, n = _slug(heading), 1
        while slug in anchors:
            slug, n = f"{_slug(heading)}-{n}", n + 1
        anchors.add(slug)
    return anchors


def _links(page: Path) -> list[str]:
    targets = _LINK.findall(_prose(page.read_text(encoding="utf-8")))
    return [t for t in targets if not re.match(r"^(https?|mailto):", t)]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_relative_link_resolves(page: Path) -> None:
    broken = []
    for target in _links(page):
        path, _, anchor = target.partition("#")
        found = (page.parent / path).resolve() if path else page
        if not found.exists():
            broken.append(f"{target}: no such file")
        elif anchor and found.suffix == ".md" and anchor not in _anchors(found):
            broken.append(f"{target}: no heading #{anchor} in {found.name}")
    assert not broken, broken


def test_the_link_check_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Title\n[ok](#title) [gone](nowhere.md) [bad](#no-such) `[code](x.md)`\n")
    assert _links(page) == ["#title", "nowhere.md", "#no-such"]
    assert _anchors(page) == {"title"}
    assert _slug("How `make test` proves it") == "how-make-test-proves-it"
    assert _slug("The runtime: python3.13 on arm64") == "the-runtime-python313-on-arm64"


def _make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*)\s*:(?!=)", makefile, flags=re.M))


def _known_variables() -> set[str]:
    """Every variable a Makefile reads or sets, and every name the code or the template reads
    from the environment (quoted in Python, a key in template.yaml)."""
    names: set[str] = set()
    for makefile in (ROOT / "Makefile", ROOT / "lambda" / "Makefile"):
        text = makefile.read_text(encoding="utf-8")
        names |= set(re.findall(r"\$\(([A-Z][A-Z0-9_]*)\)", text))
        names |= set(re.findall(r"^([A-Z][A-Z0-9_]*)\s*[?:]?=", text, flags=re.M))
    sources = [*(ROOT / "lambda").rglob("*.py"), *(ROOT / "tools").rglob("*.py")]
    sources += [path for path in (ROOT / "tests").rglob("*.py") if path.name != "test_docs.py"]
    for source in sources:
        names |= set(re.findall(r"[\"']([A-Z][A-Z0-9_]{2,})[\"']", source.read_text("utf-8")))
    template = (ROOT / "template.yaml").read_text(encoding="utf-8")
    names |= set(re.findall(r"^\s+([A-Z][A-Z0-9_]{2,}):", template, flags=re.M))
    return names


_MAKE = re.compile(r"(?:^|[\s|;&(])((?:[A-Z][A-Z0-9_]*=\S*\s+)*)make((?:\s+[^\s|;&#)]+)*)")


def _make_commands(page: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(targets, variables) of each `make` command shown in the page's code."""
    for line in _code(page.read_text(encoding="utf-8")):
        for before, after in _MAKE.findall(line.split(" #")[0]):
            words = []  # up to the first word that is neither a target, a variable nor a flag
            for word in after.replace("[", " ").replace("]", " ").split():
                if not re.match(r"^([a-z][\w-]*|[A-Z][A-Z0-9_]*=.*|-.*)$", word):
                    break
                words.append(word)
            variables = [w.split("=")[0] for w in before.split() + words if "=" in w]
            targets = [w for w in words if "=" not in w and not w.startswith("-")]
            yield targets, variables


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_every_documented_make_target_and_variable_exists(page: Path) -> None:
    targets, variables = _make_targets(), _known_variables()
    shown = list(_make_commands(page))
    unknown = [t for ts, _ in shown for t in ts if t not in targets]
    unknown += [v for _, vs in shown for v in vs if v not in variables]
    assert not unknown, unknown


def test_the_make_check_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "`make chat USER=u1` and `SAVE_ATTEMPTS=abc make chatt`, not `ours, make build 1344 0`\n"
        "```sh\nprintf 'x\\n' | make chat STORE=dynamodb NOPE=1   # comment make nothing\n```\n"
    )
    shown = sorted(_make_commands(page))
    assert shown == [
        (["build"], []),
        (["chat"], ["STORE", "NOPE"]),
        (["chat"], ["USER"]),
        (["chatt"], ["SAVE_ATTEMPTS"]),
    ]
    assert "chatt" not in _make_targets() and "NOPE" not in _known_variables()
    assert {"chat", "test", "invoke", "record", "deploy"} <= _make_targets()


def _settings_variables() -> set[str]:
    source = (ROOT / "lambda" / "memory_keeper" / "settings.py").read_text(encoding="utf-8")
    return set(re.findall(r"reader\.\w+\(\s*\"([A-Z_]+)\"", source))


def test_every_setting_is_on_the_configuration_page_and_every_row_exists() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([^|]+) \|", page, flags=re.M)
    documented = {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row)}
    settings = _settings_variables()
    assert len(settings) >= 20, settings  # the check reads the settings, or it proves nothing
    assert settings <= documented, settings - documented
    assert documented <= _known_variables(), documented - _known_variables()


def test_the_readme_is_short() -> None:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MOST_LINES, len(lines)


def test_the_readme_fits_a_terminal_outside_code_blocks() -> None:
    text = _FENCE.sub("", (ROOT / "README.md").read_text(encoding="utf-8"))
    long = [line[:60] for line in text.splitlines() if len(line) > LONGEST_LINE]
    assert not long, long
