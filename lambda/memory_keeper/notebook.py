"""The domain: a user's notebook of where things are.

Plain dataclasses and functions, no ASK SDK, no boto3 and no grammar: the language module cleans
what the user said ("my passports" -> "passports") before it gets here, and passes a folding
function ("passports" -> "passport") when a lookup should forgive singular and plural. A handler
turns what the user said into a *change* (`Remember`, `Forget`, `Undo`, ...) and applies it to the
notebook. Changes are values carrying their keys, so the same change can be applied again to a
newer copy of the notebook when another device saved first (see `replay`), in any language.

Persisted layout (`Notebook.to_attributes`)::

    {"schemaVersion": 2,
     "notes": {"<key>": {"item": "passport",
                         "versions": [{"id": "...", "location": "in the drawer",
                                       "savedAt": "<iso>",
                                       # only when said:
                                       "kind": "parked" | "lent" | "borrowed" | "returned",
                                       "person": "Mike", "hedge": "probably"}],
                         "forgottenAt": null}},
     "undo": [{"id": "...", "kind": "remember" | "forget", "key": "...", ...}],
     "pending": {"item": "passport", "location": null, "since": "<iso>"},
     "timeZones": {"<device id>": "America/Los_Angeles"},
     "timeZonesChecked": {"<device id>": "<iso>"}}

Schema 1 keyed notes by an English singular form ("car key"); schema 2 keys them by the item as
said (`item_key`), and `_migrate` re-keys old records on load.
"""

from __future__ import annotations

import difflib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, assert_never

__all__ = [
    "FORGOTTEN_KEPT",
    "KINDS",
    "MAX_DEVICES",
    "MAX_FORGOTTEN",
    "MAX_ITEMS",
    "MAX_TEXT_LENGTH",
    "MAX_UNDO",
    "MAX_VERSIONS",
    "PENDING_TTL",
    "SCHEMA_VERSION",
    "ZONE_RECHECK",
    "Change",
    "ClearPending",
    "EmptyTextError",
    "Forget",
    "ForgetCompletely",
    "ForgetEverything",
    "Kind",
    "Note",
    "Notebook",
    "NotebookError",
    "NotebookFullError",
    "Outcome",
    "OutcomeKind",
    "PendingDialog",
    "RecordTimeZone",
    "Remember",
    "SetPending",
    "TextTooLongError",
    "Undo",
    "UndoEntry",
    "Version",
    "check_text",
    "item_key",
    "replay",
]

SCHEMA_VERSION = 2
MAX_TEXT_LENGTH = 100
MAX_ITEMS = 200
MAX_VERSIONS = 5
MAX_UNDO = 10
MAX_FORGOTTEN = 50
MAX_DEVICES = 10
# How long a forgotten item's history is kept (so "undo" can bring it back); it is dropped at the
# next change after that, or at once with `ForgetCompletely`.
FORGOTTEN_KEPT = timedelta(days=30)
PENDING_TTL = timedelta(hours=24)
ZONE_RECHECK = timedelta(hours=24)

Fold = Callable[[str], str]


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


def check_text(field_name: str, text: str) -> str:
    """The text, when it is within the limits; raises `EmptyTextError` or `TextTooLongError`."""
    if not text:
        raise EmptyTextError(field_name)
    if len(text) > MAX_TEXT_LENGTH:
        raise TextTooLongError(field_name, len(text))
    return text


def item_key(item: str) -> str:
    """A note's identity: the cleaned item, case and spacing ignored ("Car  Keys" = "car keys")."""
    return " ".join(item.casefold().split())


# --- records ----------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def new_id() -> str:
    return uuid.uuid4().hex[:12]


# How a thing is where it is: put there (""), parked, lent to someone, borrowed from someone, or
# back from someone who had it.
Kind = Literal["", "parked", "lent", "borrowed", "returned"]
KINDS: tuple[Kind, ...] = ("", "parked", "lent", "borrowed", "returned")


@dataclass(frozen=True)
class Version:
    id: str
    location: str
    saved_at: datetime
    kind: Kind = ""
    person: str = ""  # who has it (lent), whose it is (borrowed), who gave it back (returned)
    hedge: str = ""  # "probably", "maybe": how sure the user was

    @property
    def lent(self) -> bool:
        return self.kind == "lent"

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "location": self.location, "savedAt": _iso(self.saved_at)}
        data.update(
            {name: value for name in ("kind", "person", "hedge") if (value := getattr(self, name))}
        )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Version:
        said = str(data.get("kind") or "")
        kind: Kind = next((known for known in KINDS if known == said), "")
        return cls(
            str(data["id"]),
            str(data["location"]),
            _parse(str(data["savedAt"])),
            kind=kind,
            person=str(data.get("person") or ""),
            hedge=str(data.get("hedge") or ""),
        )

    def same_place(self, other: Version) -> bool:
        """Whether two versions say the same thing: the same place, said the same way."""
        return item_key(self.location) == item_key(other.location) and (
            self.kind,
            self.person.casefold(),
            self.hedge,
        ) == (other.kind, other.person.casefold(), other.hedge)


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
class UndoEntry:
    """How to revert one remember or forget."""

    id: str
    kind: Literal["remember", "forget"]
    key: str
    version_id: str | None = None  # remember: the version it added
    created: bool = False  # remember: the note did not exist before
    forgotten_at: datetime | None = None  # remember: the note was forgotten before

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "key": self.key}
        if self.version_id:
            data["versionId"] = self.version_id
        if self.created:
            data["created"] = True
        if self.forgotten_at:
            data["forgottenAt"] = _iso(self.forgotten_at)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UndoEntry:
        kind: Literal["remember", "forget"] = (
            "forget" if data.get("kind") == "forget" else "remember"
        )
        forgotten = data.get("forgottenAt")
        return cls(
            id=str(data["id"]),
            kind=kind,
            key=str(data["key"]),
            version_id=str(data["versionId"]) if data.get("versionId") else None,
            created=bool(data.get("created")),
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
    """Put `item` at `location` (`kind`: parked there, lent to `person`, ...). `key` names an
    existing note the language matched ("passports" for a note kept as "passport"); by default
    it is the item's own key."""

    item: str
    location: str
    at: datetime
    id: str = field(default_factory=new_id)
    key: str = ""
    kind: Kind = ""
    person: str = ""
    hedge: str = ""

    @property
    def target(self) -> str:
        return self.key or item_key(self.item)


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
class SetPending:
    pending: PendingDialog


@dataclass(frozen=True)
class ClearPending:
    pass


@dataclass(frozen=True)
class ForgetCompletely:
    """Erase one item and its whole history now, forgotten or not (no undo)."""

    key: str
    at: datetime


@dataclass(frozen=True)
class RecordTimeZone:
    """The time zone a device reported `at` that time; kept so later turns need not ask again
    until it is `ZONE_RECHECK` old (a device can be set to another zone, or move)."""

    device: str
    zone: str
    at: datetime


Change = (
    Remember
    | Forget
    | Undo
    | ForgetEverything
    | ForgetCompletely
    | SetPending
    | ClearPending
    | RecordTimeZone
)

OutcomeKind = Literal[
    "saved",
    "moved",
    "unchanged",
    "forgotten",
    "missing",
    "undone",
    "erased",
    "pending",
    "recorded",
    "noop",
]


@dataclass(frozen=True)
class Outcome:
    """What a change did, for the speech: the note touched and the state before."""

    kind: OutcomeKind
    note: Note | None = None
    previous: Version | None = None
    undone: Literal["remember", "forget"] | None = None  # for "undone": what was reverted

    @property
    def changed(self) -> bool:
        """True when the notebook is different afterwards, so the record must be written."""
        return self.kind not in ("unchanged", "missing", "noop")


# --- the notebook -----------------------------------------------------------------------------


@dataclass
class Notebook:
    notes: dict[str, Note] = field(default_factory=dict)
    undo_stack: list[UndoEntry] = field(default_factory=list)  # newest last
    pending: PendingDialog | None = None
    time_zones: dict[str, str] = field(default_factory=dict)
    time_zones_checked: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def from_attributes(cls, attributes: dict[str, Any] | None) -> Notebook:
        attributes = _migrate(dict(attributes or {}))
        notes = {
            key: Note.from_dict(key, data) for key, data in attributes.get("notes", {}).items()
        }
        pending = attributes.get("pending")
        return cls(
            notes=notes,
            undo_stack=[UndoEntry.from_dict(entry) for entry in attributes.get("undo", [])],
            pending=PendingDialog.from_dict(pending) if pending else None,
            time_zones={str(k): str(v) for k, v in attributes.get("timeZones", {}).items()},
            time_zones_checked={
                str(k): _parse(v) for k, v in attributes.get("timeZonesChecked", {}).items()
            },
        )

    def to_attributes(self) -> dict[str, Any]:
        attributes: dict[str, Any] = {
            "schemaVersion": SCHEMA_VERSION,
            "notes": {key: note.to_dict() for key, note in self.notes.items()},
            "undo": [entry.to_dict() for entry in self.undo_stack],
        }
        if self.pending:
            attributes["pending"] = self.pending.to_dict()
        if self.time_zones:
            attributes["timeZones"] = dict(self.time_zones)
        if self.time_zones_checked:
            attributes["timeZonesChecked"] = {
                device: _iso(at) for device, at in self.time_zones_checked.items()
            }
        return attributes

    def time_zone(self, device: str, now: datetime) -> tuple[str | None, bool]:
        """The zone kept for `device`, if any, and whether it was checked less than
        `ZONE_RECHECK` ago (a zone kept before checks were dated counts as due)."""
        checked = self.time_zones_checked.get(device)
        fresh = checked is not None and timedelta(0) <= now - checked < ZONE_RECHECK
        return self.time_zones.get(device), fresh

    # queries

    def active_notes(self) -> list[Note]:
        """Remembered items, most recently told first."""
        active = [(n.current.saved_at, order, n) for order, n in enumerate(self.notes.values())]
        newest_first = sorted(
            (entry for entry in active if entry[2].active), key=lambda e: e[:2], reverse=True
        )
        return [note for _, _, note in newest_first]

    def lookup(self, item: str, fold: Fold, *, include_forgotten: bool = False) -> list[Note]:
        """The notes an item could mean, best first: its own note; else the one note whose
        folded key is the same ("passport" for "passports"); else every note containing its
        words ("car keys" and "house keys" for "keys"); else one close spelling. More than one
        note means the name is ambiguous."""
        key = item_key(item)
        candidates = {k: n for k, n in self.notes.items() if include_forgotten or n.active}
        if key in candidates:
            return [candidates[key]]
        folded = {k: fold(k) for k in candidates}
        wanted = fold(key)
        same = [candidates[k] for k, f in folded.items() if f == wanted]
        if same:
            return same
        words = set(wanted.split())
        containing = [candidates[k] for k, f in folded.items() if words and words <= set(f.split())]
        if containing:
            return containing
        close = difflib.get_close_matches(wanted, list(folded.values()), n=1, cutoff=0.8)
        return [candidates[k] for k, f in folded.items() if close and f == close[0]][:1]

    def find(self, item: str, fold: Fold, *, include_forgotten: bool = False) -> Note | None:
        """The one note an item means, or None when there is none or the name is ambiguous."""
        found = self.lookup(item, fold, include_forgotten=include_forgotten)
        return found[0] if len(found) == 1 else None

    @property
    def last_undo_id(self) -> str | None:
        return self.undo_stack[-1].id if self.undo_stack else None

    # changes

    def apply(self, change: Change) -> Outcome:
        at = getattr(change, "at", None)
        if isinstance(at, datetime):
            self._drop_forgotten_before(at - FORGOTTEN_KEPT)
        match change:
            case Remember():
                return self._remember(change)
            case Forget():
                return self._forget(change)
            case Undo():
                return self._undo(change)
            case ForgetCompletely():
                return self._forget_completely(change)
            case ForgetEverything():
                return self._forget_everything(change)
            case SetPending():
                self.pending = change.pending
                return Outcome("pending")
            case ClearPending():
                if self.pending is None:
                    return Outcome("noop")
                self.pending = None
                return Outcome("pending")
            case RecordTimeZone():
                zone, fresh = self.time_zone(change.device, change.at)
                if zone == change.zone and fresh:
                    return Outcome("noop")  # another device or turn checked it already
                zones = {k: v for k, v in self.time_zones.items() if k != change.device}
                self.time_zones = dict(list(zones.items())[-(MAX_DEVICES - 1) :])
                self.time_zones[change.device] = change.zone
                self.time_zones_checked = {
                    device: at
                    for device, at in self.time_zones_checked.items()
                    if device in self.time_zones
                }
                self.time_zones_checked[change.device] = change.at
                return Outcome("recorded")
            case _:
                assert_never(change)

    def _remember(self, change: Remember) -> Outcome:
        key = change.target
        note = self.notes.get(key)
        version = Version(
            change.id, change.location, change.at, change.kind, change.person, change.hedge
        )
        if note and note.active and note.current.same_place(version):
            return Outcome("unchanged", note=note)
        if (note is None or not note.active) and len(self.active_notes()) >= MAX_ITEMS:
            raise NotebookFullError()
        if note is None:
            note = Note(key=key, item=change.item, versions=[version])
            self.notes[key] = note
            self._push_undo(UndoEntry(change.id, "remember", key, change.id, created=True))
            return Outcome("saved", note=note)
        previous = note.current if note.active else None
        self._push_undo(UndoEntry(change.id, "remember", key, change.id, False, note.forgotten_at))
        note.item = change.item
        note.versions = [*note.versions, version][-MAX_VERSIONS:]
        note.forgotten_at = None
        return Outcome("moved" if previous else "saved", note=note, previous=previous)

    def _forget(self, change: Forget) -> Outcome:
        note = self.notes.get(change.key)
        if note is None or not note.active:
            return Outcome("missing", note=note)
        note.forgotten_at = change.at
        self._push_undo(UndoEntry(change.id, "forget", change.key))
        self._prune_forgotten()
        return Outcome("forgotten", note=note)

    def _undo(self, change: Undo) -> Outcome:
        entry = next((e for e in self.undo_stack if e.id == change.target), None)
        if entry is None:
            return Outcome("noop")
        self.undo_stack.remove(entry)
        note = self.notes.get(entry.key)
        if note is None:
            return Outcome("noop")
        if entry.kind == "forget":
            note.forgotten_at = None
            return Outcome("undone", note=note, undone="forget")
        removed = next((v for v in note.versions if v.id == entry.version_id), None)
        note.versions = [v for v in note.versions if v.id != entry.version_id]
        if not note.versions:
            del self.notes[note.key]
        elif entry.forgotten_at:
            note.forgotten_at = entry.forgotten_at
        return Outcome("undone", note=note, previous=removed, undone="remember")

    def _forget_completely(self, change: ForgetCompletely) -> Outcome:
        note = self.notes.pop(change.key, None)
        if note is None:
            return Outcome("missing")
        # This cannot be undone, and "undo" right after it must not quietly revert an older,
        # unrelated change instead: like "forget everything", it starts a new undo history.
        self.undo_stack = []
        return Outcome("erased", note=note)

    def _forget_everything(self, change: ForgetEverything) -> Outcome:
        """Everything told up to `change.at`, the moment the user said yes. Replayed on a newer
        record, what another device was told after that moment (it heard "Got it" and saved
        first) stays, with its undo: only what it was told after. Request times have whole
        seconds: what was told in the same second as the yes counts as told before it."""
        kept: dict[str, Note] = {}
        for key, note in self.notes.items():
            later = [version for version in note.versions if version.saved_at > change.at]
            if later:
                forgotten = note.forgotten_at if _after(note.forgotten_at, change.at) else None
                kept[key] = Note(key, note.item, later, forgotten)
        self.notes = kept
        self.undo_stack = [entry for entry in self.undo_stack if _survives(entry, kept)]
        if self.pending is not None and not _after(self.pending.since, change.at):
            self.pending = None
        return Outcome("erased")

    def _drop_forgotten_before(self, cutoff: datetime) -> None:
        for note in [n for n in self.notes.values() if n.forgotten_at and n.forgotten_at < cutoff]:
            del self.notes[note.key]
            self.undo_stack = [e for e in self.undo_stack if e.key != note.key]

    def _push_undo(self, entry: UndoEntry) -> None:
        self.undo_stack = [*self.undo_stack, entry][-MAX_UNDO:]

    def _prune_forgotten(self) -> None:
        forgotten = sorted(
            (n for n in self.notes.values() if n.forgotten_at),
            key=lambda n: n.forgotten_at or datetime.min,
        )
        for note in forgotten[: max(0, len(forgotten) - MAX_FORGOTTEN)]:
            del self.notes[note.key]
            self.undo_stack = [e for e in self.undo_stack if e.key != note.key]


def _after(moment: datetime | None, cutoff: datetime) -> bool:
    return moment is not None and moment > cutoff


def _survives(entry: UndoEntry, kept: dict[str, Note]) -> bool:
    """Whether an undo entry still refers to what "forget everything" kept."""
    note = kept.get(entry.key)
    if note is None:
        return False
    if entry.kind == "forget":
        return note.forgotten_at is not None
    return any(version.id == entry.version_id for version in note.versions)


def _migrate(attributes: dict[str, Any]) -> dict[str, Any]:
    """Bring a stored record up to `SCHEMA_VERSION`; one step per old version."""
    version = int(attributes.get("schemaVersion", SCHEMA_VERSION if not attributes else 1))
    if version < 2:  # schema 1 keyed notes by an English singular; re-key by the item itself
        notes = attributes.get("notes", {})
        rekey = {old: item_key(str(data["item"])) for old, data in notes.items()}
        attributes["notes"] = {rekey[old]: data for old, data in notes.items()}
        attributes["undo"] = [
            {**entry, "key": rekey.get(str(entry.get("key")), entry.get("key"))}
            for entry in attributes.get("undo", [])
        ]
        attributes["schemaVersion"] = 2
    return attributes


def replay(attributes: dict[str, Any], changes: list[Change]) -> dict[str, Any]:
    """Apply this request's changes again on top of newer stored attributes."""
    notebook = Notebook.from_attributes(attributes)
    for change in changes:
        notebook.apply(change)
    return notebook.to_attributes()
