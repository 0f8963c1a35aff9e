"""RememberIntent {item, location}: "my passport is in the top drawer", and several items at one
place in one save ("my keys and my wallet are on the table")."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from .. import speech
from ..meaning import Done, Forget, Kind, NoNote, Tell, Unsure
from ..meaning import Question as Asked
from ..notebook import (
    MAX_ITEMS,
    ClearPending,
    NotebookFullError,
    Remember,
    Version,
)
from ..notebook import Kind as NoteKind
from ..turn import Question, Turn
from .asking import asking, named_together, same_item
from .forget import forget_named
from .places import CheckHandler

__all__ = [
    "RememberHandler",
    "ask_to_finish_place",
    "elicit_remember",
    "item_in_context",
    "remember_several",
    "said_kept",
    "save_note",
    "tell",
    "unfinished_place",
]


# The intents whose meaning is a note to keep.
_TELLING = ("RememberIntent", "ParkIntent", "LendIntent", "BorrowIntent")
_KINDS: dict[Kind, NoteKind] = {
    "placed": "", "parked": "parked", "lent": "lent", "borrowed": "borrowed",
    "returned": "returned",
}  # fmt: skip


class RememberHandler(AbstractRequestHandler):  # type: ignore[misc]
    """A note to keep: "my keys are on the hook" (RememberIntent), "I parked on level 3"
    (ParkIntent), "I lent my ladder to Mike" (LendIntent), "I borrowed Sarah's tent"
    (BorrowIntent); also "it's in my backpack" as the answer to a question."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _TELLING)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn.of(handler_input)
        meaning = turn.meaning
        match meaning:
            case Tell():
                return tell(turn, meaning)
            case Done():
                return turn.end(turn.say("goodbye"))
            case Forget(items=items) if items:  # "… gone in the bin, you can forget it"
                return forget_named(turn, list(items))
            case Asked(about="check"):  # "the thongs are by the back door, aren't they"
                return CheckHandler().handle(handler_input)
            case NoNote(why="pause", item=item):
                return _pause(turn, item)
            case NoNote(why="question" | "not_a_thing"):
                return turn.ask(turn.say("fallback"), turn.say("reprompt"))
            case NoNote(item=item):
                return _nothing_saved(turn, item or None)
            case Unsure():
                return _unsure(turn, meaning)
        return turn.ask(turn.say("fallback"), turn.say("reprompt"))


def tell(turn: Turn, meaning: Tell) -> Response:
    """Keep the note `meaning` says, or ask for what it lacks."""
    intent = _intent_of(meaning)
    items = list(meaning.items)
    if not items and (meaning.refers_back or meaning.place):
        in_context = item_in_context(turn)
        items = [in_context] if in_context else []
    if meaning.too_long:
        return _elicit(turn, meaning, items, too_long=meaning.too_long)
    if len(items) > 1:
        return remember_several(turn, items, meaning)
    if not items:
        return _elicit(turn, meaning, [])
    item = items[0]
    if meaning.begun:  # "in the": cut off before the place
        return ask_to_finish_place(turn, item, meaning.begun)
    if meaning.kind in ("lent", "borrowed"):
        if not meaning.person:
            return _elicit(turn, meaning, [item])
        return save_note(turn, item, "", meaning)
    if meaning.place is None:
        return _elicit(turn, meaning, [item])
    if intent == "RememberIntent" and same_item(
        turn.language.grammar, turn.language.grammar.clean_item(meaning.place), item
    ):
        return _nothing_saved(turn, item)  # "Where is your phone?" "My phone.": no place
    return save_note(turn, item, meaning.place, meaning)


def _intent_of(meaning: Tell) -> str:
    return {"parked": "ParkIntent", "lent": "LendIntent", "borrowed": "BorrowIntent"}.get(
        meaning.kind, "RememberIntent"
    )


def _unsure(turn: Turn, meaning: Unsure) -> Response:
    """A reading that may be wrong: nothing is saved, and the user is asked."""
    if meaning.why == "two_places":
        return _nothing_saved(turn, None, "one_at_a_time")
    if meaning.why == "misheard_question" and meaning.instead and meaning.items:
        words = turn.words(meaning.items[0])
        reprompt = turn.say("meant_where_reprompt", **words)
        question = Question(
            "meant", str(reprompt), "RecallIntent", slots={"item": meaning.items[0]}
        )
        return turn.ask(turn.say("meant_where", **words), reprompt, question)
    if meaning.why == "not_a_place" and len(meaning.items) == 1:
        lead = turn.say("not_a_place")
        return elicit_remember(turn, {"item": meaning.items[0], "location": None}, lead=lead)
    if meaning.why == "no_item":
        return elicit_remember(turn, {"item": None, "location": meaning.said})
    text = speech.sentences(turn.say("not_a_place"), turn.say("what_now"))
    return turn.ask(text, turn.say("reprompt"))


def _elicit(turn: Turn, meaning: Tell, items: list[str], *, too_long: str = "") -> Response:
    """Ask for what a note lacks: the thing, where it is, or who has it."""
    if meaning.kind == "placed":
        slots = {"item": items[0] if items else None, "location": meaning.place}
        if too_long == "item":
            slots["item"] = None
        elif too_long:
            slots["location"] = None
        return elicit_remember(turn, slots, too_long=bool(too_long))
    if meaning.kind == "parked":
        words = turn.words(items[0] if items else turn.language.grammar.default_vehicle)
        text, reprompt = turn.say("ask_parked"), turn.say("ask_parked_reprompt")
        slots = {"vehicle": items[0] if items else None, "location": None}
        return turn.elicit("ParkIntent", slots, "location", text, reprompt)
    intent = "LendIntent" if meaning.kind == "lent" else "BorrowIntent"
    if not items:
        key = "ask_lent_item" if meaning.kind == "lent" else "ask_borrowed_item"
        text = turn.say(key)
        slots = {"item": None, "person": meaning.person or None}
        return turn.elicit(intent, slots, "item", text, text)
    words = turn.words(items[0])
    key = "ask_lent_person" if meaning.kind == "lent" else "ask_borrowed_person"
    text = turn.say(key, **words)
    return turn.elicit(intent, {"item": items[0], "person": None}, "person", text, text)


def save_note(turn: Turn, item: str, location: str, meaning: Tell | None = None) -> Response:
    """Save that `item` is at `location` (both cleaned) as `meaning` says (parked, lent, with a
    hedge), and say so: saved, moved (and where it was before) or already known. Undo takes it
    back."""
    grammar = turn.language.grammar
    kind: NoteKind = _KINDS[meaning.kind] if meaning else ""
    person = meaning.person if meaning else ""
    if kind == "lent":
        location = grammar.held_by(person)
    elif kind == "borrowed":
        item, location = grammar.borrowed_item(item, person), grammar.with_me
    change = Remember(
        item, location, turn.now, key=_same_note(turn, item) or grammar.key(item), kind=kind,
        person=person, hedge=meaning.hedge if meaning else "",
    )  # fmt: skip
    try:
        outcome = turn.state.change(change)
    except NotebookFullError:
        return turn.answer(turn.say("notebook_full", limit=MAX_ITEMS))
    if turn.notebook.pending:
        turn.state.change(ClearPending())
    turn.mention(item)
    turn.session.saved = True
    note = outcome.note
    words = turn.words(item)
    place = turn.where(note.current) if note else turn.place(location)
    if outcome.kind == "unchanged":
        return turn.answer(turn.say("unchanged", place=place, **words))
    if kind in ("parked", "lent", "borrowed"):
        named = bool(meaning and meaning.said) or kind != "parked"
        return turn.answer(said_kept(turn, item, note.current if note else None, named=named))
    if outcome.kind == "moved" and outcome.previous:
        previous = turn.where(outcome.previous)
        return turn.answer(turn.say("moved", place=place, previous=previous, **words))
    return turn.answer(turn.say("saved", place=place, **words))


def said_kept(
    turn: Turn, item: str, version: Version | None, *, named: bool = True
) -> speech.Spoken:
    """ "Got it. You parked on level 3.", "Got it. Mike has your ladder.", "Got it. You've
    borrowed Sarah's tent."."""
    words = turn.words(item)
    if version is None:
        return turn.say("saved", place="", **words)
    if version.kind == "parked":
        grammar = turn.language.grammar
        if not named and grammar.key(item) == grammar.key(grammar.default_vehicle):
            return turn.say("saved_parked", place=turn.place(version.location))
        return turn.say("saved_parked_vehicle", place=turn.where(version), **words)
    if version.kind == "lent":
        person = turn.language.grammar.flip(version.person)
        return turn.say(
            "saved_lent", person=person, Person=speech.capitalized(person),
            place=turn.where(version), **words,
        )  # fmt: skip
    return turn.say("saved_borrowed", **words)


def _pause(turn: Turn, item: str) -> Response:
    """ "Um", "hang on" for an answer: the same question again, with time to think."""
    grammar = turn.language.grammar
    named = item or (item_in_context(turn) if turn.session.question else None)
    slots = {"item": grammar.clean_item(named) if named else None, "location": None}
    return elicit_remember(turn, slots, lead=turn.say("take_your_time"))


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


def remember_several(turn: Turn, items: list[str], meaning: Tell) -> Response:
    """ "My keys and my wallet are on the table": a note for each item, in one save. Each is
    its own change, so "undo" takes back one note at a time and says which."""
    grammar = turn.language.grammar
    if meaning.begun:
        return ask_to_finish_place(turn, meaning.said or " and ".join(items), meaning.begun)
    if meaning.place is None:
        return _elicit_several(turn, items, meaning.said or " and ".join(items))
    location = meaning.place
    changes = [
        Remember(item, location, turn.now, key=_same_note(turn, item) or grammar.key(item),
                 kind=_KINDS[meaning.kind], hedge=meaning.hedge)
        for item in items
    ]  # fmt: skip
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
    place = grammar.where(location, _KINDS[meaning.kind], "", meaning.hedge)
    return turn.answer(turn.say("saved_several", items=named, Items=capital, place=place))


def _elicit_several(turn: Turn, items: list[str], said: str) -> Response:
    named = named_together(turn, items)
    text = turn.say("ask_location_several", items=named)
    reprompt = turn.say("ask_location_several_reprompt", items=named)
    slots: dict[str, str | None] = {"item": said, "location": None}
    return turn.elicit("RememberIntent", slots, "location", text, reprompt)


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
        grammar = turn.language.grammar
        several = [
            item
            for part in grammar.split_items(str(slots["item"]))
            if (item := grammar.clean_item(part))
        ]
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
