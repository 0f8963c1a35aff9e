"""ForgetCompletelyIntent {item}: "forget my keys completely" erases the item and its whole
history at once. A plain "forget" keeps the history for a while (FORGOTTEN_KEPT), for "undo"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from ..meaning import ForgetAll
from ..notebook import ForgetCompletely
from ..turn import Turn
from .asking import chosen_options, find_note, item_or_question, same_item
from .forget import confirm_erase, meant_item

__all__ = ["ForgetCompletelyHandler"]


class ForgetCompletelyHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("ForgetCompletelyIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        if isinstance(turn.meaning, ForgetAll) and chosen_options(turn) is None:
            return confirm_erase(turn)  # "alle Einträge komplett löschen": asked first
        item = item_or_question(turn, "ForgetCompletelyIntent")
        if isinstance(item, Response):
            return item
        item = meant_item(turn, item)
        note = find_note(turn, "ForgetCompletelyIntent", item, include_forgotten=True)
        if isinstance(note, Response):  # several items fit: asks which one
            return note
        if note is None:
            return turn.answer(turn.say("forget_unknown", **turn.words(item)))
        if not same_item(turn.language.grammar, item, note.key):
            # Only a longer item fits ("phone charger" for "phone"): never erased for good on
            # a guess; the user names it.
            found = turn.words(note.item)
            name = found.get("name", found["item"])
            return turn.answer(turn.say("erase_only_by_name", found=found["item"], name=name))
        turn.state.change(ForgetCompletely(note.key, turn.now))
        return turn.answer(turn.say("forgotten_completely", **turn.words(note.item)))
