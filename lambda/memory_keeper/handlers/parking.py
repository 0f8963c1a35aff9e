"""WhereParkedIntent {vehicle, when}: "where did I park?", "where's the van parked?", "where did
I park before?". Parking is a note like any other (the vehicle, at the place, kind "parked"), so
undo, history, the list and "forget my car" work on it as on any note; this answers for the one
parked last, or for the vehicle named."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from ..meaning import AskParked
from ..notebook import Note
from ..turn import Turn
from .asking import find_note
from .recall import history_of, recall

__all__ = ["WhereParkedHandler", "parked_note"]


def parked_note(turn: Turn, vehicle: str = "") -> Note | None:
    """The note of the vehicle parked last (of `vehicle`, when one is named)."""
    grammar = turn.language.grammar

    def named(text: str) -> str:  # "der Wagen" is the "Auto", "the motor" the car
        return grammar.fold(grammar.key(grammar.vehicle(text)))

    parked = [note for note in turn.notebook.active_notes() if note.current.kind == "parked"]
    if vehicle:
        wanted = named(vehicle)
        parked = [note for note in parked if named(note.key) == wanted]
    return parked[0] if parked else None  # newest first


def earlier_parked_note(turn: Turn) -> Note | None:
    """The note whose history says where the user parked before: the vehicle parked last."""
    notes = [
        note
        for note in turn.notebook.active_notes()
        if any(version.kind == "parked" for version in note.versions)
    ]
    return notes[0] if notes else None


class WhereParkedHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("WhereParkedIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        meaning = turn.meaning
        asked = meaning if isinstance(meaning, AskParked) else AskParked()
        note = parked_note(turn, asked.vehicle)
        if note is None and asked.vehicle:
            found = find_note(turn, "RecallIntent", asked.vehicle)
            if found is not None:  # "my car is in the garage", said without "parked"
                return found if isinstance(found, Response) else recall(turn, found.item)
        if note is None:
            return turn.answer(turn.say("parked_unknown"))
        if asked.earlier:
            return history_of(turn, note)
        return recall(turn, note.item)
