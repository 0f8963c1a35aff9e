"""One request's view of the user: their notebook, the session, and how to answer.

`UserState` is attached by the request interceptor. It loads the notebook from the persistence
adapter the first time a handler asks for it (so help or stop never touch the store) and records
every change applied, so the response interceptor can save only when something changed and hand
the changes to the adapter (`save_changes`), which re-applies them if another device saved first.

`SessionState` is everything the skill keeps between turns of one session: the question it just
asked (so help, a misunderstanding or "say that again" can ask it again), the list position, the
item last mentioned ("it", "them"), what it said last, the device's time zone, and a save whose
outcome was unknown (so that a repeat of that request is checked, not applied twice).

Lost saves: the receipts of the session's acknowledged saves travel in the session (`WRITES_KEY`)
so that the next load, on whichever instance of the region serves it, checks them; a save the
load shows lost (replaced by another region's write, docs/regions.md) is told to the user at the
start of the turn's answer: what it was about, and to say it again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentConfirmationStatus, Response, Slot, SlotConfirmationStatus
from ask_sdk_model.dialog import ElicitSlotDirective
from ask_sdk_model.ui import SimpleCard

from attribute_store import StorePersistenceAdapter, WriteReceipt

from . import speech
from .language import Language, for_locale
from .meaning import Context, Meaning
from .notebook import Change, Notebook, Outcome, RecordTimeZone, Version, replay
from .observability import count, logger
from .speech import Spoken, join

__all__ = [
    "STATE_KEY",
    "UNSURE_KEY",
    "WELCOME",
    "WRITES_KEY",
    "Card",
    "Question",
    "QuestionKind",
    "SessionState",
    "Turn",
    "UserState",
    "intent_slots",
]

STATE_KEY = "memory_keeper.state"
# Session key: a request whose save had an unknown outcome ({"writeId", "intent", "slots"}).
UNSURE_KEY = "unsure"
# Session key: the receipts of this session's acknowledged saves, checked at the next load.
WRITES_KEY = "writes"
# The session's zone when no device reported one: times are then said as durations only ("a day
# ago", never "yesterday morning"), which hold in any zone.
_UNKNOWN_ZONE = "unknown"
QuestionKind = Literal[
    "item", "location", "which", "erase", "more", "resume", "forget", "welcome", "meant"
]
# "What would you like me to remember?" at launch: a bare item ("my passport") answers it, and
# anything else is a request as if nothing were asked (help, no, cancel, a time-out).
WELCOME: QuestionKind = "welcome"


class UserState:
    def __init__(self, handler_input: HandlerInput, adapter: object = None) -> None:
        self._envelope = handler_input.request_envelope
        self._manager = handler_input.attributes_manager
        # Only our adapter keeps receipts of acknowledged saves; any other ASK adapter just loads.
        self._adapter = adapter if isinstance(adapter, StorePersistenceAdapter) else None
        self._notebook: Notebook | None = None
        self._stored: Any = None
        self.changes: list[Change] = []
        self._about: list[str] = []  # the items this turn's changes name (a lost save's words)
        self._must_save = False
        self.lost: tuple[WriteReceipt, ...] = ()  # acknowledged saves this turn's load found lost

    @property
    def loaded(self) -> bool:
        return self._stored is not None

    @property
    def notebook(self) -> Notebook:
        if self._notebook is None:
            self._notebook = Notebook.from_attributes(self._load())
        return self._notebook

    def _load(self) -> Any:
        """The stored attributes, loaded once; the session's receipts are checked with them."""
        if self._stored is None:
            if self._adapter is not None:
                self._adapter.watch(self._envelope, self._session_receipts())
            self._stored = self._manager.persistent_attributes
            self.lost = tuple(getattr(self._stored, "lost", ()))
        return self._stored

    def _session_receipts(self) -> list[WriteReceipt]:
        if self._envelope.session is None:
            return []
        kept = self._manager.session_attributes.get(WRITES_KEY) or []
        return [WriteReceipt.from_dict(receipt) for receipt in kept]

    def keep_receipts_in_session(self) -> None:
        """At the end of the turn: the session carries the receipts still worth checking."""
        if self._adapter is None or self._envelope.session is None or not self.loaded:
            return
        watched = [receipt.to_dict() for receipt in self._adapter.watching(self._envelope)]
        if watched:
            self._manager.session_attributes[WRITES_KEY] = watched
        else:
            self._manager.session_attributes.pop(WRITES_KEY, None)

    def holds_write(self, write_id: str) -> bool:
        """Whether the stored record (loaded now if need be) carries this save's write id."""
        record = getattr(self._load(), "record", None)
        return bool(record and write_id in record.write_ids)

    def change(self, change: Change) -> Outcome:
        """Apply a change the user asked for; the record is written at the end of the turn."""
        outcome = self.notebook.apply(change)
        if outcome.changed:
            self.changes.append(change)
            self._must_save = True
            note = outcome.note
            if note is not None and note.item not in self._about:
                self._about.append(note.item)
        return outcome

    def save_if_changed(self, adapter: object) -> None:
        """Hand this request's changes to the adapter; ours can replay them on a newer record
        when another device saved first. Any other ASK adapter just saves."""
        if not self._must_save:
            return
        if all(isinstance(change, RecordTimeZone) for change in self.changes):
            # Only a device's time zone, kept to spare later turns a call: the answer never
            # depended on it, so a failed write must not turn the answer into an apology.
            try:
                self._save(adapter)
            except Exception as exc:  # any store or adapter failure of an optional write
                logger.warning("time zone not kept", extra={"error": type(exc).__name__})
                count("TimeZoneNotKept")
            return
        self._save(adapter)

    def _save(self, adapter: object) -> None:
        attributes = self._load()
        attributes.clear()
        attributes.update(_stored(self.notebook.to_attributes()))
        if isinstance(adapter, StorePersistenceAdapter):
            changes = list(self.changes)
            adapter.save_changes(
                self._envelope,
                attributes,
                rebase=lambda newer: _stored(replay(newer, changes)),
                about=tuple(self._about),
            )
        else:
            self._manager.save_persistent_attributes()


def _stored(attributes: dict[str, Any]) -> dict[str, Any]:
    """What to store: nothing for an empty notebook, so the store leaves an expiring tombstone
    (after "forget everything") instead of a record kept forever."""
    keeps_something = any(attributes.get(name) for name in ("notes", "undo", "pending"))
    return attributes if keeps_something else {}


def intent_slots(request: Any) -> dict[str, str | None]:
    """The spoken slot values of an IntentRequest, by slot name."""
    slots = getattr(getattr(request, "intent", None), "slots", None) or {}
    return {name: slot.value for name, slot in sorted(slots.items())}


@dataclass(frozen=True)
class Question:
    """What the skill asked: `text` asks it again on its own; an elicitation names the slot."""

    kind: QuestionKind
    text: str
    intent: str | None = None
    slot: str | None = None
    slots: dict[str, str | None] = field(default_factory=dict)
    options: tuple[str, ...] = ()
    # "Which do you mean?" about more notes than it names: the name they were found by, and a
    # digest of their keys, so "all of them" finds exactly those notes again.
    among: str = ""
    digest: str = ""
    # Asked about one item of several ("where are my keys and my wallet"): the items said before
    # and after it, answered with the choice.
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    # How many of `options` it named, when not the first three ("The others are: …").
    named: int = 0
    # "In the what?": the words of a place that was cut off, which the answer completes.
    begun: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "intent": self.intent,
            "slot": self.slot,
            "slots": dict(self.slots),
            "options": list(self.options),
        }
        if self.among:
            data.update(among=self.among, digest=self.digest)
        if self.before or self.after:
            data.update(before=list(self.before), after=list(self.after))
        if self.named:
            data.update(named=self.named)
        if self.begun:
            data["begun"] = self.begun
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            kind=cast(QuestionKind, data["kind"]),
            text=str(data.get("text") or ""),
            intent=data.get("intent"),
            slot=data.get("slot"),
            slots=dict(data.get("slots") or {}),
            options=tuple(data.get("options") or ()),
            among=str(data.get("among") or ""),
            digest=str(data.get("digest") or ""),
            before=tuple(data.get("before") or ()),
            after=tuple(data.get("after") or ()),
            named=int(data.get("named") or 0),
            begun=str(data.get("begun") or ""),
        )


@dataclass
class SessionState:
    question: Question | None = None
    list_offset: int = 0
    last_item: str | None = None
    last_items: tuple[str, ...] = ()  # several items talked about at once: "them" is all of them
    last_speech: str | None = None
    last_reprompt: str | None = None
    time_zone: str | None = None
    unsure: dict[str, Any] | None = None
    # The last reply saved the items in context ("no, I meant the blue drawer" moves them); after
    # a question about them it did not, and a correction moves nothing.
    saved: bool = False

    @classmethod
    def from_attributes(cls, attributes: dict[str, Any]) -> SessionState:
        question = attributes.get("question")
        return cls(
            question=Question.from_dict(question) if question else None,
            list_offset=int(attributes.get("listOffset") or 0),
            last_item=attributes.get("lastItem"),
            last_items=tuple(attributes.get("lastItems") or ()),
            last_speech=attributes.get("lastSpeech"),
            last_reprompt=attributes.get("lastReprompt"),
            time_zone=attributes.get("timeZone"),
            unsure=attributes.get(UNSURE_KEY),
            saved=bool(attributes.get("saved")),
        )

    def to_attributes(self) -> dict[str, Any]:
        values = {
            "question": self.question.to_dict() if self.question else None,
            "listOffset": self.list_offset or None,
            "lastItem": self.last_item,
            "lastItems": list(self.last_items) or None,
            "lastSpeech": self.last_speech,
            "lastReprompt": self.last_reprompt,
            "timeZone": self.time_zone,
            UNSURE_KEY: self.unsure,
            "saved": self.saved or None,
        }
        return {key: value for key, value in values.items() if value is not None}

    @property
    def pending(self) -> dict[str, str | None] | None:
        """The slots of a RememberIntent the skill is asking about, if any."""
        question = self.question
        if (
            question
            and question.intent == "RememberIntent"
            and question.slot
            and (question.kind != WELCOME)
        ):
            return dict(question.slots)
        return None


@dataclass(frozen=True)
class Card:
    title: str
    content: str


@dataclass
class Turn:
    """What a handler needs: language, time, the user's state, the session, and how to reply."""

    handler_input: HandlerInput
    language: Language
    now: datetime
    state: UserState
    session: SessionState
    in_session: bool
    one_shot: bool
    saved_before: bool = False  # the previous reply in this session saved the items in context
    _meaning: Meaning | None = field(default=None, repr=False)

    @classmethod
    def of(cls, handler_input: HandlerInput) -> Turn:
        envelope = handler_input.request_envelope
        request = envelope.request
        session = envelope.session
        attributes = handler_input.attributes_manager.request_attributes
        state = attributes.get(STATE_KEY) or attributes.setdefault(
            STATE_KEY, UserState(handler_input)
        )
        timestamp = getattr(request, "timestamp", None)
        now = timestamp if isinstance(timestamp, datetime) else datetime.now(UTC)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        session_attributes = (
            handler_input.attributes_manager.session_attributes if session is not None else None
        )
        session_state = SessionState.from_attributes(session_attributes or {})
        saved_before, session_state.saved = session_state.saved, False  # this turn's own, below
        return cls(
            handler_input=handler_input,
            language=for_locale(getattr(request, "locale", None)),
            now=now,
            state=state,
            session=session_state,
            in_session=session is not None,
            one_shot=bool(session and session.new and request.object_type == "IntentRequest"),
            saved_before=saved_before,
        )

    @property
    def notebook(self) -> Notebook:
        return self.state.notebook

    # words

    def say(self, key: str, **values: object) -> Spoken:
        return speech.say(self.language, key, **values)

    def words(self, item: str) -> dict[str, object]:
        """The item from the user's side ("my mom's ring" is "your mom's ring") and the words
        that agree with it ("your keys are / they were / put them away")."""
        grammar = self.language.grammar
        return {"item": grammar.flip(item), **grammar.agreement(item)}

    def place(self, location: str) -> str:
        return self.language.grammar.place(location)

    def where(self, version: Version) -> str:
        """Where a note says its thing is, as said after "is": "probably under the couch",
        "parked on level 3", "with Mike"."""
        return self.language.grammar.where(
            version.location, version.kind, version.person, version.hedge
        )

    @property
    def meaning(self) -> Meaning | None:
        """What this request means, read once by its language (None: nothing to read)."""
        if self._meaning is None:
            request = self.handler_input.request_envelope.request
            name = getattr(getattr(request, "intent", None), "name", None)
            if not name:
                return None
            slots = {
                slot: speech.strip_control(value).strip() if value else None
                for slot, value in intent_slots(request).items()
            }
            question = self.session.question
            context = Context(
                asked_slot=question.slot if question and question.intent == name else None,
                asked_intent=question.intent if question else None,
                begun=question.begun if question else "",
                welcome=bool(question and question.kind == WELCOME),
            )
            self._meaning = self.language.read(name, slots, context)
        return self._meaning

    def when(self, then: datetime, earlier: bool = False) -> str:
        """How long ago `then` was, in the user's time zone (asked of Alexa only when needed);
        without a zone, as a duration only. `earlier`: the time of a place that no longer holds."""
        zone = self.time_zone()
        if zone is None:
            return self.language.grammar.ago(then, self.now, earlier)
        return self.language.grammar.when(then.astimezone(zone), self.now.astimezone(zone), earlier)

    def mention(self, item: str) -> None:
        """Remember the item this turn talked about, for "it" and "them" in the next one."""
        self.session.last_item = item
        self.session.last_items = ()

    def mention_listed(self, items: list[str]) -> None:
        """A reply named these notes (a list, a page of one, what is at a place): "them" and
        "it" are about those now, not about a note talked about before."""
        if len(items) == 1:
            self.mention(items[0])
        elif items:
            self.mention_several(items)

    def mention_several(self, items: list[str]) -> None:
        """Remember that this turn talked about several items: "it" could mean any of them (so
        it is asked about), "where are they" means all of them."""
        self.session.last_item = None
        self.session.last_items = tuple(items)

    def time_zone(self) -> tzinfo | None:
        """The device's zone, or None when no one knows it. Kept for the session; on the user's
        record per device, asked of the Settings API again once it is a day old (a device can be
        set to another zone, or move); a stale zone is used while the API fails."""
        if not self.session.time_zone:
            zone, fresh = self._kept_zone()
            if not fresh:
                asked = self._ask_alexa_for_zone()
                device = self._device_id()
                if asked is None and zone and device:
                    # The API failed: keep the old zone another day rather than wait for a
                    # failing call on every turn until it answers.
                    self.state.change(RecordTimeZone(device, zone, self.now))
                zone = asked or zone
            self.session.time_zone = zone or _UNKNOWN_ZONE
        name = self.session.time_zone
        if name == _UNKNOWN_ZONE:
            return None
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            logger.warning("unknown time zone", extra={"zone": name})
            return None

    def _device_id(self) -> str | None:
        device = self.handler_input.request_envelope.context.system.device
        return device.device_id if device else None

    def _kept_zone(self) -> tuple[str | None, bool]:
        device = self._device_id()
        return self.notebook.time_zone(device, self.now) if device else (None, False)

    def _ask_alexa_for_zone(self) -> str | None:
        device = self._device_id()
        if not device:
            return None
        try:
            settings = self.handler_input.service_client_factory.get_ups_service()
            name = str(settings.get_system_time_zone(device) or "")
            ZoneInfo(name)
        except Exception as exc:  # any failure of an optional lookup: no zone from Alexa
            logger.warning("time zone lookup failed", extra={"error": type(exc).__name__})
            return None
        self.state.change(RecordTimeZone(device, name, self.now))
        return name

    # responses

    def answer(self, text: Spoken, card: Card | None = None) -> Response:
        """A complete answer: a one-shot ends here; in a session, ask what's next."""
        if card:
            self.show(card)
        if self.one_shot or not self.in_session:
            return self.end(text)
        return self.ask(speech.sentences(text, self.say("anything_else")), self.say("reprompt"))

    def show(self, card: Card) -> None:
        """A card in the Alexa app, next to the speech."""
        self.handler_input.response_builder.set_card(SimpleCard(card.title, card.content))

    def lost_notice(self) -> Spoken:
        """What to say first when this turn's load found acknowledged saves lost: what they
        were about, and to say it again (once; nothing when none was lost)."""
        lost, self.state.lost = self.state.lost, ()
        if not lost:  # nothing loaded or nothing lost: never load the notebook for this
            return Spoken("")
        items = list(dict.fromkeys(item for receipt in lost for item in receipt.about))
        erased = [r for r in lost if r.erased and not r.about] if self.notebook.notes else []
        told = [r for r in lost if r.about] + erased
        if not told:
            return Spoken("")
        latest = max(told, key=lambda receipt: receipt.version)
        when = self.when(_parse_time(latest.at) or self.now)
        parts = []
        if items:
            named = [self.say("list_option", **self.words(item)) for item in items]
            parts.append(self.say("lost_write", items=join(self.language, named), when=when))
        if erased:
            parts.append(self.say("lost_erase", when=when))
        return speech.sentences(*parts)

    def ask(self, text: Spoken, reprompt: Spoken, question: Question | None = None) -> Response:
        text = speech.sentences(self.lost_notice(), text)
        self._remember_reply(text, reprompt, question)
        builder = self.handler_input.response_builder
        return builder.speak(text).ask(reprompt).set_should_end_session(False).response

    def end(self, text: Spoken | None = None) -> Response:
        if text:
            text = speech.sentences(self.lost_notice(), text)
        self._remember_reply(text, None, None)
        builder = self.handler_input.response_builder
        if text:
            builder.speak(text)
        return builder.set_should_end_session(True).response

    def elicit(
        self,
        intent_name: str,
        slots: dict[str, str | None],
        slot: str,
        text: Spoken,
        reprompt: Spoken,
        *,
        kind: QuestionKind | None = None,
        options: tuple[str, ...] = (),
        among: tuple[str, str] = ("", ""),
        begun: str = "",
    ) -> Response:
        """Ask for one slot with Dialog.ElicitSlot, remembering the question for this session."""
        question = Question(
            kind or ("location" if slot == "location" else "item"),
            str(reprompt),
            intent_name,
            slot,
            dict(slots),
            options,
            *among,
            begun=begun,
        )
        response = self.ask(text, reprompt, question)
        self._add_elicit_directive(question)
        return response

    def ask_with_the_rest(self, items: list[str], index: int) -> None:
        """The open question is about `items[index]`, one of several asked about together: keep
        the others with it, so that the answer answers them too."""
        self.amend_question(before=tuple(items[:index]), after=tuple(items[index + 1 :]))

    def amend_question(self, **changes: Any) -> None:
        """The open question (just asked, or to be asked again) with `changes`."""
        question = self.session.question
        if question is None:
            return
        amended = replace(question, **changes)
        self.session.question = amended
        if self.in_session:
            attributes = self.handler_input.attributes_manager.session_attributes
            attributes.update(question=amended.to_dict())

    def reask(self, prefix: Spoken | None = None) -> Response:
        """Ask the session's open question again, after `prefix` (help, "sorry, ...")."""
        question = self.session.question
        if question is None:
            return self.ask(self.say("what_next"), self.say("reprompt"))
        text = Spoken(question.text)
        response = self.ask(speech.sentences(prefix or Spoken(""), text), text, question)
        self._add_elicit_directive(question)
        return response

    def repeat(self) -> Response:
        """Say the last reply again, still waiting for the same answer."""
        question = self.session.question
        if not self.session.last_speech or not self.session.last_reprompt:
            return self.ask(self.say("nothing_to_repeat"), self.say("reprompt"))
        response = self.ask(
            Spoken(self.session.last_speech), Spoken(self.session.last_reprompt), question
        )
        self._add_elicit_directive(question)
        return response

    def _add_elicit_directive(self, question: Question | None) -> None:
        if question is None or question.intent is None or question.slot is None:
            return
        intent = Intent(
            name=question.intent,
            confirmation_status=IntentConfirmationStatus.NONE,
            slots={
                name: Slot(name=name, value=value, confirmation_status=SlotConfirmationStatus.NONE)
                for name, value in question.slots.items()
            },
        )
        directive = ElicitSlotDirective(updated_intent=intent, slot_to_elicit=question.slot)
        self.handler_input.response_builder.add_directive(directive)

    def _remember_reply(
        self, text: Spoken | None, reprompt: Spoken | None, question: Question | None
    ) -> None:
        self.session.question = question
        if question is None or question.kind != "more":
            self.session.list_offset = 0
        self.session.last_speech = str(text) if text and reprompt else None
        self.session.last_reprompt = str(reprompt) if reprompt else None
        if self.in_session:
            attributes = self.handler_input.attributes_manager.session_attributes
            receipts = attributes.get(WRITES_KEY)  # the user state's, kept for the session
            attributes.clear()
            attributes.update(self.session.to_attributes())
            if receipts:
                attributes[WRITES_KEY] = receipts


def _parse_time(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
