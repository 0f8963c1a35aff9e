"""RememberIntent {item, location}: "my passport is in the top drawer", and several items at one
place in one save ("my keys and my wallet are on the table")."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..notebook import (
    MAX_ITEMS,
    ClearPending,
    EmptyTextError,
    NotebookFullError,
    Remember,
    TextTooLongError,
    check_text,
)
from ..turn import WELCOME, Turn
from .asking import asking, named_together, same_item, slot_value

__all__ = [
    "RememberHandler",
    "ask_to_finish_place",
    "elicit_remember",
    "item_in_context",
    "remember_several",
    "save_note",
    "unfinished_place",
]


class RememberHandler(AbstractRequestHandler):  # type: ignore[misc]
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("RememberIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        grammar = turn.language.grammar
        raw_item = slot_value(handler_input, "item")
        raw_location = slot_value(handler_input, "location")
        if raw_item:  # "could you remember my keys …", "hang on, my keys …"
            raw_item = grammar.without_opening(raw_item) or None
        refusal = _not_a_note(turn, raw_item, raw_location)
        if refusal is not None:
            return refusal
        # "It's in my backpack" names no item: the one in context. "Remember something" names
        # neither: ask what, rather than guess the item last mentioned.
        if (raw_item is None and raw_location) or (raw_item and grammar.is_pronoun(raw_item)):
            raw_item = item_in_context(turn)
        several = _items_in(turn, raw_item)
        if len(several) > 1:
            return remember_several(turn, several, raw_item or "", raw_location)
        try:
            item = check_text("item", grammar.clean_item(raw_item or ""))
        except EmptyTextError:
            return elicit_remember(turn, {"item": None, "location": raw_location})
        except TextTooLongError:
            return elicit_remember(turn, {"item": None, "location": raw_location}, too_long=True)
        location = _location_or_question(turn, item, raw_location)
        if isinstance(location, Response):
            return location
        if same_item(grammar, grammar.clean_item(location), item):
            return _nothing_saved(turn, item)  # "Where is your phone?" "My phone.": no place
        return save_note(turn, item, location)


def _not_a_note(turn: Turn, raw_item: str | None, raw_location: str | None) -> Response | None:
    """The answer when the words, though heard as RememberIntent, are no note to save: done
    ("that's it thanks"), a pause, a question, "I don't know", or two statements at once."""
    grammar = turn.language.grammar
    if (
        raw_item
        and raw_location
        and (grammar.is_pronoun(raw_item) or grammar.is_negation(raw_item))
        and not grammar.starts_like_place(raw_location)
    ):  # "that's it thanks", "no that's all", "that's fine": done, not a place
        return turn.end(turn.say("goodbye"))
    if raw_location and grammar.is_pronoun(raw_location):
        return _nothing_saved(turn, raw_item)  # a place is never "it"
    pause = _pause(turn, raw_item, raw_location)
    if pause is not None:
        return pause
    welcome = turn.session.question and turn.session.question.kind == WELCOME
    if raw_item and (
        # "What's in the garage" heard as "{item}'s {location}": a question, not a note; and
        # "What would you like me to remember?" "Sing me a song": not a thing to remember.
        grammar.is_question(raw_item)
        or (not raw_location and welcome and not grammar.names_a_thing(raw_item))
    ):
        return turn.ask(turn.say("fallback"), turn.say("reprompt"))
    if any(grammar.is_non_answer(text) for text in (raw_item, raw_location) if text):
        return _nothing_saved(turn, raw_item if raw_location else None)
    if (raw_location and grammar.tells_another_item(raw_location)) or (
        raw_item and raw_location and grammar.item_tells_a_place(raw_item)
    ):
        # "…in the drawer and my wallet is in the car": one place would be wrong for both.
        return _nothing_saved(turn, None, "one_at_a_time")
    return None


def save_note(turn: Turn, item: str, location: str) -> Response:
    """Save that `item` is at `location` (both cleaned) and say so: saved, moved (and where it
    was before) or already known. Undo takes it back."""
    grammar = turn.language.grammar
    try:
        outcome = turn.state.change(
            Remember(item, location, turn.now, key=_same_note(turn, item) or grammar.key(item))
        )
    except NotebookFullError:
        return turn.answer(turn.say("notebook_full", limit=MAX_ITEMS))
    if turn.notebook.pending:
        turn.state.change(ClearPending())
    turn.mention(item)
    turn.session.saved = True
    words = turn.words(item)
    place = turn.place(location)
    if outcome.kind == "unchanged":
        return turn.answer(turn.say("unchanged", place=place, **words))
    if outcome.kind == "moved" and outcome.previous:
        previous = turn.place(outcome.previous.location)
        return turn.answer(turn.say("moved", place=place, previous=previous, **words))
    return turn.answer(turn.say("saved", place=place, **words))


def _pause(turn: Turn, raw_item: str | None, raw_location: str | None) -> Response | None:
    """ "Um", "hang on" for an answer: the same question again, with time to think."""
    grammar = turn.language.grammar
    if raw_location and grammar.is_pause(raw_location):
        item = raw_item or item_in_context(turn)
        slots = {"item": grammar.clean_item(item) if item else None, "location": None}
    elif raw_item and not raw_location and grammar.is_pause(raw_item):
        slots = {"item": None, "location": None}
    else:
        return None
    return elicit_remember(turn, slots, lead=turn.say("take_your_time"))


def _location_or_question(turn: Turn, item: str, raw_location: str | None) -> str | Response:
    """The place said, cleaned; or the question for it (none said, too long, or cut off). An
    answer to "On the what?" completes the words asked back ("the table": "on the table")."""
    question = turn.session.question
    if raw_location and question and question.begun and question.slot == "location":
        raw_location = turn.language.grammar.completed_place(question.begun, raw_location)
    try:
        location = check_text("location", turn.language.grammar.clean_location(raw_location or ""))
    except EmptyTextError:
        return elicit_remember(turn, {"item": item, "location": None})
    except TextTooLongError:
        return elicit_remember(turn, {"item": item, "location": None}, too_long=True)
    return _finished_place(turn, item, location)


def _finished_place(turn: Turn, item: str, location: str) -> str | Response:
    """ "On the hook and": the place without the "and". "In the", "auf dem": the words were cut
    off before the place, so nothing is saved and the question is asked again ("In the what?
    Where are your keys?")."""
    finished = turn.language.grammar.finished_place(location)
    if finished:
        return finished
    return ask_to_finish_place(turn, item, location)


def ask_to_finish_place(turn: Turn, item: str, location: str) -> Response:
    """ "In the what? Where are your keys?": nothing saved; the answer completes the words."""
    lead = unfinished_place(turn, location)
    begun, _ = turn.language.grammar.asked_back(location)
    return elicit_remember(turn, {"item": item, "location": None}, lead=lead, begun=begun)


def unfinished_place(turn: Turn, location: str) -> speech.Spoken:
    """ "In the what?": the words said asked back ("Between the sofa and what?", "Parked
    where?")."""
    said, where = turn.language.grammar.asked_back(location)
    key = "unfinished_where" if where else "unfinished_place"
    return turn.say(key, place=speech.capitalized(said))


def _items_in(turn: Turn, raw_item: str | None) -> list[str]:
    """The items a phrase names, cleaned: one, or several ("my keys and my wallet")."""
    grammar = turn.language.grammar
    return [
        item for part in grammar.split_items(raw_item or "") if (item := grammar.clean_item(part))
    ]


def remember_several(
    turn: Turn, items: list[str], raw_item: str, raw_location: str | None
) -> Response:
    """ "My keys and my wallet are on the table": a note for each item, in one save. Each is
    its own change, so "undo" takes back one note at a time and says which."""
    grammar = turn.language.grammar
    try:
        items = [check_text("item", item) for item in items]
    except TextTooLongError:
        return elicit_remember(turn, {"item": None, "location": raw_location}, too_long=True)
    location = _location_or_question(turn, raw_item, raw_location)
    if isinstance(location, Response):
        return location
    changes = [
        Remember(item, location, turn.now, key=_same_note(turn, item) or grammar.key(item))
        for item in items
    ]
    active = {note.key for note in turn.notebook.active_notes()}
    if len(active | {change.target for change in changes}) > MAX_ITEMS:
        return turn.answer(turn.say("notebook_full", limit=MAX_ITEMS))  # before any is applied
    for change in changes:
        turn.state.change(change)
    if turn.notebook.pending:
        turn.state.change(ClearPending())
    turn.mention_several(items)  # "it" could mean either: asked, not guessed
    turn.session.saved = True
    named = named_together(turn, items)
    capital = speech.capitalized(named)  # German starts the sentence with them
    return turn.answer(
        turn.say("saved_several", items=named, Items=capital, place=turn.place(location))
    )


def item_in_context(turn: Turn) -> str | None:
    """ "It's in my backpack": the item of the question the skill asked (a resumed dialog
    included), else the item last mentioned in this session."""
    question = turn.session.question
    if question and question.slots.get("item"):
        return question.slots["item"]
    if asking(turn.handler_input, "resume") and turn.notebook.pending:
        return turn.notebook.pending.item
    return turn.session.last_item


def _same_note(turn: Turn, item: str) -> str:
    """The key of the note `item` names when it is another form of one item's name ("passports"
    for "passport") and nothing else could be meant; else "" (then the item gets its own key)."""
    grammar = turn.language.grammar
    fold = grammar.fold
    found = turn.notebook.lookup(item, fold, include_forgotten=True)
    if len(found) != 1 or fold(found[0].key) != fold(grammar.key(item)):
        return ""
    words = set(fold(grammar.key(item)).split())
    others = [
        note for note in turn.notebook.notes.values()
        if note is not found[0] and words <= set(fold(note.key).split())
    ]  # fmt: skip
    return "" if others else found[0].key


def _nothing_saved(turn: Turn, item: str | None, reason: str = "not_saved") -> Response:
    if turn.notebook.pending:
        turn.state.change(ClearPending())
    if reason != "not_saved":
        return turn.answer(turn.say(reason))
    if item and not turn.language.grammar.is_pronoun(item):
        clean = turn.language.grammar.clean_item(item)
        return turn.answer(turn.say("not_saved_item", **turn.words(clean)))
    return turn.answer(turn.say("not_saved"))


def elicit_remember(
    turn: Turn,
    slots: dict[str, str | None],
    *,
    too_long: bool = False,
    lead: speech.Spoken | None = None,
    begun: str = "",
) -> Response:
    """Ask for whichever slot of RememberIntent is missing (the item first); `begun`: the
    words of a place cut off, which the answer completes."""
    if not slots.get("item"):
        slot = "item"
        text, reprompt = turn.say("ask_item"), turn.say("ask_item_reprompt")
        if too_long:
            text, reprompt = turn.say("too_long_item"), turn.say("too_long_item_reprompt")
    else:
        slot = "location"
        several = _items_in(turn, slots["item"])
        if len(several) > 1:
            items = named_together(turn, several)
            text = turn.say("ask_location_several", items=items)
            reprompt = turn.say("ask_location_several_reprompt", items=items)
        else:
            words = turn.words(str(slots["item"]))
            text = turn.say("ask_location", **words)
            reprompt = turn.say("ask_location_reprompt", **words)
        if too_long:
            text, reprompt = turn.say("too_long_location"), turn.say("too_long_location_reprompt")
    if lead:
        text = speech.sentences(lead, text)
    return turn.elicit("RememberIntent", slots, slot, text, reprompt, begun=begun)
