"""One request's view of the user: their notebook, the session, and how to answer.

`UserState` is attached by the request interceptor. It loads the notebook from the persistence
adapter the first time a handler asks for it (so help or stop never touch the store) and records
every change applied, so the response interceptor can save only when something changed and
re-apply the changes if another device saved first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentConfirmationStatus, Response, Slot, SlotConfirmationStatus
from ask_sdk_model.dialog import ElicitSlotDirective

from attribute_store import StorePersistenceAdapter

from . import speech
from .notebook import Change, Notebook, Outcome, is_plural, replay

__all__ = ["STATE_KEY", "UNSURE_KEY", "Turn", "UserState", "intent_slots"]

STATE_KEY = "memory_keeper.state"
# Session key: a request whose save had an unknown outcome ({"writeId", "intent", "slots"}).
UNSURE_KEY = "unsure"
_UNCHANGED = {"unchanged", "missing", "noop"}


class UserState:
    def __init__(self, handler_input: HandlerInput) -> None:
        self._envelope = handler_input.request_envelope
        self._manager = handler_input.attributes_manager
        self._notebook: Notebook | None = None
        self.changes: list[Change] = []

    @property
    def notebook(self) -> Notebook:
        if self._notebook is None:
            self._notebook = Notebook.from_attributes(self._manager.persistent_attributes)
        return self._notebook

    def holds_write(self, write_id: str) -> bool:
        """Whether the stored record (loaded now if need be) carries this save's write id."""
        self.notebook  # noqa: B018  # loads the record
        record = getattr(self._manager.persistent_attributes, "record", None)
        return bool(record and write_id in record.write_ids)

    def change(self, change: Change) -> Outcome:
        outcome = self.notebook.apply(change)
        if outcome.kind not in _UNCHANGED:
            self.changes.append(change)
        return outcome

    def save_if_changed(self, adapter: object) -> None:
        """Hand this request's changes to the adapter; ours can replay them on a newer record
        when another device saved first. Any other ASK adapter just saves."""
        if not self.changes:
            return
        attributes = self._manager.persistent_attributes
        attributes.clear()
        attributes.update(_stored(self.notebook.to_attributes()))
        if isinstance(adapter, StorePersistenceAdapter):
            changes = list(self.changes)
            adapter.save_changes(
                self._envelope, attributes, rebase=lambda newer: _stored(replay(newer, changes))
            )
        else:
            self._manager.save_persistent_attributes()


def intent_slots(request: Any) -> dict[str, str | None]:
    """The spoken slot values of an IntentRequest, by slot name."""
    slots = getattr(getattr(request, "intent", None), "slots", None) or {}
    return {name: slot.value for name, slot in sorted(slots.items())}


def _stored(attributes: dict[str, Any]) -> dict[str, Any]:
    """What to store: nothing for an empty notebook, so the store leaves an expiring tombstone
    (after "forget everything") instead of a record kept forever."""
    keeps_something = any(attributes.get(name) for name in ("notes", "undo", "pending"))
    return attributes if keeps_something else {}


@dataclass
class Turn:
    """What a handler needs: locale, time, the user's state, the session, and how to reply."""

    handler_input: HandlerInput
    locale: str
    now: datetime
    state: UserState
    session: dict[str, Any]
    one_shot: bool

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
            handler_input.attributes_manager.session_attributes if session is not None else {}
        )
        return cls(
            handler_input=handler_input,
            locale=getattr(request, "locale", None) or speech.DEFAULT_LOCALE,
            now=now,
            state=state,
            session=session_attributes if session_attributes is not None else {},
            one_shot=bool(session and session.new and request.object_type == "IntentRequest"),
        )

    @property
    def notebook(self) -> Notebook:
        return self.state.notebook

    def say(self, key: str, **values: object) -> speech.Spoken:
        return speech.say(self.locale, key, **values)

    def item_words(self, item: str) -> dict[str, str]:
        """The words that agree with an item: "your keys are / they were / put them away"."""
        plural = is_plural(item)
        words = {
            "verb": "are" if plural else "is",
            "pronoun": "they" if plural else "it",
            "past": "were" if plural else "was",
            "object": "them" if plural else "it",
        }
        return {"item": item} | {name: speech.word(self.locale, key) for name, key in words.items()}

    # responses

    def answer(self, text: str) -> Response:
        """A complete answer: a one-shot ends here; in a session, ask what's next."""
        if self.one_shot:
            return self.end(text)
        return self.ask(f"{text} {self.say('anything_else')}", self.say("reprompt"))

    def ask(self, text: str, reprompt: str, *, awaiting: str | None = None) -> Response:
        self._reset_session(awaiting)
        builder = self.handler_input.response_builder
        return builder.speak(text).ask(reprompt).set_should_end_session(False).response

    def end(self, text: str | None = None) -> Response:
        self._reset_session(None)
        builder = self.handler_input.response_builder
        if text:
            builder.speak(text)
        return builder.set_should_end_session(True).response

    def elicit(
        self, intent_name: str, slots: dict[str, str | None], slot: str, text: str, reprompt: str
    ) -> Response:
        """Ask for one slot (Dialog.ElicitSlot); an unfinished RememberIntent is kept as pending."""
        self._reset_session(None)
        if intent_name == "RememberIntent":
            self.session["pending"] = {"item": slots.get("item"), "location": slots.get("location")}
        intent = Intent(
            name=intent_name,
            confirmation_status=IntentConfirmationStatus.NONE,
            slots={
                name: Slot(name=name, value=value, confirmation_status=SlotConfirmationStatus.NONE)
                for name, value in slots.items()
            },
        )
        builder = self.handler_input.response_builder
        builder.speak(text).ask(reprompt).set_should_end_session(False)
        builder.add_directive(ElicitSlotDirective(updated_intent=intent, slot_to_elicit=slot))
        return builder.response

    def _reset_session(self, awaiting: str | None) -> None:
        for key in ("awaiting", "listOffset", "pending"):
            self.session.pop(key, None)
        if awaiting:
            self.session["awaiting"] = awaiting
