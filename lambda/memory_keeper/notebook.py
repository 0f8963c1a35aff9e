"""The domain: a user's notebook of where things are.

Plain dataclasses and functions, no ASK SDK and no boto3. A handler turns what the user said into a
*change* (`Remember`, `Forget`, `Undo`, ...) and applies it to the notebook. Changes are values,
so the same change can be applied again to a newer copy of the notebook when another device saved
first (see `replay`); that is how concurrent sessions never lose a note.

Persisted layout (`Notebook.to_attributes`)::

    {"schemaVersion": 1,
     "notes": {"<key>": {"item": "passport",
                         "versions": [{"id": "...", "location": "in the drawer",
                                       "savedAt": "<iso>"}],
                         "forgottenAt": null}},
     "undo": [{"id": "...", "kind": "remember" | "forget", "key": "...", ...}],
     "pending": {"item": "passport", "location": null, "since": "<iso>"}}
"""

from __future__ import annotations

import difflib
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

__all__ = [
    "FORGOTTEN_KEPT",
    "MAX_FORGOTTEN",
    "MAX_ITEMS",
    "MAX_TEXT_LENGTH",
    "MAX_UNDO",
    "MAX_VERSIONS",
    "PENDING_TTL",
    "Change",
    "ClearPending",
    "EmptyTextError",
    "Forget",
    "ForgetCompletely",
    "ForgetEverything",
    "Note",
    "Notebook",
    "NotebookError",
    "NotebookFullError",
    "Outcome",
    "PendingDialog",
    "Remember",
    "SetPending",
    "TextTooLongError",
    "Undo",
    "Version",
    "clean_item",
    "clean_location",
    "is_plural",
    "normalize",
    "replay",
]

SCHEMA_VERSION = 1
MAX_TEXT_LENGTH = 100
MAX_ITEMS = 200
MAX_VERSIONS = 5
MAX_UNDO = 10
MAX_FORGOTTEN = 50
# How long a forgotten item's history is kept (so "undo" can bring it back); it is dropped at the
# next change after that, or at once with `ForgetCompletely`.
FORGOTTEN_KEPT = timedelta(days=30)
PENDING_TTL = timedelta(hours=24)

_LEADING_WORDS = frozenset(
    {
        "my", "the", "a", "an", "our", "your", "his", "her", "their", "its", "some",
        "that", "this", "these", "those",
    }
)  # fmt: skip
# Sentence punctuation only: "&", "<", ">" stay part of the text (speech escapes them).
_PUNCTUATION = re.compile(r"[.,!?;:\"()\[\]{}]+")
_SPACES = re.compile(r"\s+")


class NotebookError(Exception):
    """Base class for what the domain refuses; each becomes a spoken answer."""


class TextTooLongError(NotebookError):
    def __init__(self, field_name: str, length: int) -> None:
        super().__init__(f"{field_name} is {length} characters; the limit is {MAX_TEXT_LENGTH}")
        self.field_name = field_name
        self.length = length


class EmptyTextError(NotebookError):
    def __init__(self, field_name: str) -> None:
        super().__init__(f"{field_name} is empty")
        self.field_name = field_name


class NotebookFullError(NotebookError):
    def __init__(self) -> None:
        super().__init__(f"the notebook already holds {MAX_ITEMS} items")


# --- text -------------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _strip_leading_words(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower() in _LEADING_WORDS:
        words = words[1:]
    return words


def clean_item(text: str | None) -> str:
    """The item as the user named it, minus leading "my"/"the"; raises on empty or too long."""
    words = _strip_leading_words(_squash(text or "").split())
    item = " ".join(words)
    _check_length("item", item)
    return item


def clean_location(text: str | None) -> str:
    location = _squash(text or "")
    for verb in ("is ", "are "):
        if location.lower().startswith(verb):
            location = location[len(verb) :]
    _check_length("location", location)
    return location


def _check_length(field_name: str, text: str) -> None:
    if not text:
        raise EmptyTextError(field_name)
    if len(text) > MAX_TEXT_LENGTH:
        raise TextTooLongError(field_name, len(text))


def normalize(text: str) -> str:
    """The matching key: "My Passports" and "the passport" both become "passport"."""
    words = _strip_leading_words(_squash(text.lower()).split())
    return " ".join(_singular(word) for word in words)


def is_plural(item: str) -> bool:
    """True when the item reads as plural ("keys", "glasses"), so speech says "are"."""
    words = item.lower().split()
    return bool(words) and _singular(words[-1]) != words[-1]


# --- records ----------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True)
class Version:
    id: str
    location: str
    saved_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "location": self.location, "savedAt": _iso(self.saved_at)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Version:
        return cls(str(data["id"]), str(data["location"]), _parse(str(data["savedAt"])))


@dataclass
class Note:
    key: str
    item: str
    versions: list[Version]  # oldest first; the last one is where the item is now
    forgotten_at: datetime | None = None

    @property
    def current(self) -> Version:
        return self.versions[-1]

    @property
    def earlier(self) -> list[Version]:
        """Previous locations, newest first."""
        return list(reversed(self.versions[:-1]))

    @property
    def active(self) -> bool:
        return self.forgotten_at is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "versions": [version.to_dict() for version in self.versions],
            "forgottenAt": _iso(self.forgotten_at) if self.forgotten_at else None,
        }

    @classmethod
    def from_dict(cls, key: str, data: dict[str, Any]) -> Note:
        forgotten = data.get("forgottenAt")
        return cls(
            key=key,
            item=str(data["item"]),
            versions=[Version.from_dict(v) for v in data.get("versions", [])],
            forgotten_at=_parse(str(forgotten)) if forgotten else None,
        )


@dataclass(frozen=True)
class PendingDialog:
    """A RememberIntent the user had started when the session ended."""

    item: str | None
    location: str | None
    since: datetime

    def fresh_at(self, now: datetime) -> bool:
        return now - self.since <= PENDING_TTL

    def to_dict(self) -> dict[str, Any]:
        return {"item": self.item, "location": self.location, "since": _iso(self.since)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PendingDialog:
        return cls(data.get("item"), data.get("location"), _parse(str(data["since"])))


# --- changes ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Remember:
    item: str
    location: str
    at: datetime
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Forget:
    key: str
    at: datetime
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Undo:
    target: str  # id of the undo entry this reverts, fixed when the user said "undo"
    at: datetime


@dataclass(frozen=True)
class ForgetEverything:
    at: datetime


@dataclass(frozen=True)
class ForgetCompletely:
    """Erase one item and its whole history now, forgotten or not (no undo)."""

    key: str
    at: datetime


@dataclass(frozen=True)
class SetPending:
    pending: PendingDialog


@dataclass(frozen=True)
class ClearPending:
    pass


Change = Remember | Forget | Undo | ForgetEverything | ForgetCompletely | SetPending | ClearPending


@dataclass(frozen=True)
class Outcome:
    """What a change did, for the speech: the note touched and the state before."""

    # "saved", "moved", "unchanged", "forgotten", "missing", "undone", "erased", "pending", "noop"
    kind: str
    note: Note | None = None
    previous: Version | None = None
    undone: str | None = None  # for "undone": which kind of change was reverted


# --- the notebook -----------------------------------------------------------------------------


@dataclass
class Notebook:
    notes: dict[str, Note] = field(default_factory=dict)
    undo_stack: list[dict[str, Any]] = field(default_factory=list)  # newest last
    pending: PendingDialog | None = None

    @classmethod
    def from_attributes(cls, attributes: dict[str, Any] | None) -> Notebook:
        attributes = attributes or {}
        notes = {
            key: Note.from_dict(key, data) for key, data in attributes.get("notes", {}).items()
        }
        pending = attributes.get("pending")
        return cls(
            notes=notes,
            undo_stack=[dict(entry) for entry in attributes.get("undo", [])],
            pending=PendingDialog.from_dict(pending) if pending else None,
        )

    def to_attributes(self) -> dict[str, Any]:
        attributes: dict[str, Any] = {
            "schemaVersion": SCHEMA_VERSION,
            "notes": {key: note.to_dict() for key, note in self.notes.items()},
            "undo": [dict(entry) for entry in self.undo_stack],
        }
        if self.pending:
            attributes["pending"] = self.pending.to_dict()
        return attributes

    # queries

    def active_notes(self) -> list[Note]:
        """Remembered items, most recently told first."""
        active = [(n.current.saved_at, order, n) for order, n in enumerate(self.notes.values())]
        newest_first = sorted(
            (entry for entry in active if entry[2].active), key=lambda e: e[:2], reverse=True
        )
        return [note for _, _, note in newest_first]

    def find(self, query: str, *, include_forgotten: bool = False) -> Note | None:
        """Forgiving lookup: exact key, then unique whole-word containment, then close spelling."""
        key = normalize(query)
        candidates = {k: n for k, n in self.notes.items() if include_forgotten or n.active}
        if key in candidates:
            return candidates[key]
        words = set(key.split())
        containing = [n for k, n in candidates.items() if words and words <= set(k.split())]
        if len(containing) == 1:
            return containing[0]
        close = difflib.get_close_matches(key, list(candidates), n=1, cutoff=0.8)
        return candidates[close[0]] if close else None

    @property
    def last_undo_id(self) -> str | None:
        return str(self.undo_stack[-1]["id"]) if self.undo_stack else None

    # changes

    def apply(self, change: Change) -> Outcome:
        at = getattr(change, "at", None)
        if isinstance(at, datetime):
            self._drop_forgotten_before(at - FORGOTTEN_KEPT)
        if isinstance(change, ForgetCompletely):
            return self._forget_completely(change)
        if isinstance(change, Remember):
            return self._remember(change)
        if isinstance(change, Forget):
            return self._forget(change)
        if isinstance(change, Undo):
            return self._undo(change)
        if isinstance(change, ForgetEverything):
            self.notes.clear()
            self.undo_stack.clear()
            self.pending = None
            return Outcome("erased")
        if isinstance(change, SetPending):
            self.pending = change.pending
            return Outcome("pending")
        if self.pending is None:
            return Outcome("noop")
        self.pending = None
        return Outcome("pending")

    def _remember(self, change: Remember) -> Outcome:
        key = normalize(change.item)
        note = self.notes.get(key)
        if note and note.active and normalize(note.current.location) == normalize(change.location):
            return Outcome("unchanged", note=note)
        if (note is None or not note.active) and len(self.active_notes()) >= MAX_ITEMS:
            raise NotebookFullError()
        version = Version(change.id, change.location, change.at)
        undo: dict[str, Any] = {
            "id": change.id,
            "kind": "remember",
            "key": key,
            "versionId": change.id,
        }
        if note is None:
            note = Note(key=key, item=change.item, versions=[version])
            self.notes[key] = note
            previous = None
            undo["created"] = True
        else:
            previous = note.current if note.active else None
            if note.forgotten_at:
                undo["forgottenAt"] = _iso(note.forgotten_at)
            note.item = change.item
            note.versions = [*note.versions, version][-MAX_VERSIONS:]
            note.forgotten_at = None
        self._push_undo(undo)
        return Outcome("moved" if previous else "saved", note=note, previous=previous)

    def _forget(self, change: Forget) -> Outcome:
        note = self.notes.get(change.key)
        if note is None or not note.active:
            return Outcome("missing", note=note)
        note.forgotten_at = change.at
        self._push_undo({"id": change.id, "kind": "forget", "key": change.key})
        self._prune_forgotten()
        return Outcome("forgotten", note=note)

    def _undo(self, change: Undo) -> Outcome:
        entry = next((e for e in self.undo_stack if e["id"] == change.target), None)
        if entry is None:
            return Outcome("noop")
        self.undo_stack.remove(entry)
        note = self.notes.get(str(entry["key"]))
        if note is None:
            return Outcome("noop")
        if entry["kind"] == "forget":
            note.forgotten_at = None
            return Outcome("undone", note=note, undone="forget")
        removed = next((v for v in note.versions if v.id == entry["versionId"]), None)
        note.versions = [v for v in note.versions if v.id != entry["versionId"]]
        if not note.versions:
            del self.notes[note.key]
        elif entry.get("forgottenAt"):
            note.forgotten_at = _parse(str(entry["forgottenAt"]))
        return Outcome("undone", note=note, previous=removed, undone="remember")

    def _forget_completely(self, change: ForgetCompletely) -> Outcome:
        note = self.notes.pop(change.key, None)
        if note is None:
            return Outcome("missing")
        self.undo_stack = [e for e in self.undo_stack if e["key"] != change.key]
        return Outcome("erased", note=note)

    def _drop_forgotten_before(self, cutoff: datetime) -> None:
        for note in [n for n in self.notes.values() if n.forgotten_at and n.forgotten_at < cutoff]:
            del self.notes[note.key]
            self.undo_stack = [e for e in self.undo_stack if e["key"] != note.key]

    def _push_undo(self, entry: dict[str, Any]) -> None:
        self.undo_stack = [*self.undo_stack, entry][-MAX_UNDO:]

    def _prune_forgotten(self) -> None:
        forgotten = sorted(
            (n for n in self.notes.values() if n.forgotten_at),
            key=lambda n: n.forgotten_at or datetime.min,
        )
        for note in forgotten[: max(0, len(forgotten) - MAX_FORGOTTEN)]:
            del self.notes[note.key]
            self.undo_stack = [e for e in self.undo_stack if e["key"] != note.key]


def replay(attributes: dict[str, Any], changes: list[Change]) -> dict[str, Any]:
    """Apply this request's changes again on top of newer stored attributes."""
    notebook = Notebook.from_attributes(attributes)
    for change in changes:
        notebook.apply(change)
    return notebook.to_attributes()
