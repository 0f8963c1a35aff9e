"""The one reading of a request: intent + slot words + dialog context -> a `Meaning`.

The flow is the same in every language; the words are each language's own (`Words`, which the
language's grammar implements). `read` is what `Language.read` calls, once per request.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Protocol

from ..meaning import (
    AskLoans,
    AskParked,
    AskPlace,
    Choice,
    Context,
    Correction,
    Done,
    Forget,
    ForgetAll,
    Kind,
    Meaning,
    NoNote,
    Question,
    QuestionAbout,
    Returned,
    Tell,
    Unsure,
)
from ..notebook import MAX_TEXT_LENGTH

__all__ = ["Slots", "Words", "read"]

Slots = Mapping[str, str | None]


class Words(Protocol):
    """What a language knows about words when it reads a request."""

    code: str
    default_vehicle: str  # "car": what "I parked on level 3" parked

    def clean_item(self, text: str) -> str: ...
    def without_opening(self, text: str) -> str: ...
    def hedged(self, text: str) -> tuple[str, str]: ...
    def hedge(self, said: str) -> str: ...
    def normal_place(self, location: str) -> str: ...
    def is_place(self, location: str, *, answer: bool) -> bool: ...
    def parking_place(self, location: str) -> str: ...
    def person(self, said: str) -> str: ...
    def vehicle(self, said: str) -> str: ...
    def misheard_question(self, item: str, location: str) -> str: ...
    def completed_place(self, begun: str, answer: str) -> str: ...
    def finished_place(self, location: str) -> str: ...
    def split_items(self, text: str) -> list[str]: ...
    def tells_another_item(self, location: str) -> bool: ...
    def item_tells_a_place(self, item: str) -> bool: ...
    def is_pronoun(self, text: str) -> bool: ...
    def is_non_answer(self, text: str) -> bool: ...
    def is_question(self, text: str) -> bool: ...
    def is_pause(self, text: str) -> bool: ...
    def forgets(self, location: str) -> bool: ...
    def is_negation(self, text: str) -> bool: ...
    def is_dismissal(self, text: str) -> bool: ...
    def means_everything(self, text: str) -> bool: ...
    def names_a_thing(self, text: str) -> bool: ...
    def names_a_place(self, text: str) -> bool: ...
    def starts_like_place(self, text: str) -> bool: ...
    def without_time(self, item: str) -> str: ...
    def without_route(self, item: str, location: str) -> str: ...
    def with_preposition(self, place: str) -> str: ...
    def settled(self, said: str) -> str: ...
    def completely(self, item: str) -> tuple[str, bool]: ...
    def forgotten_item(self, item: str) -> str: ...
    def is_vehicle(self, item: str) -> bool: ...
    def item_and_place(self, item: str) -> tuple[str, str]: ...
    def put_at(self, lent: str) -> tuple[str, str]: ...
    def question_tag(self, location: str) -> str: ...
    def before_a_change(self, item: str) -> str: ...
    def whose(self, origin: str) -> str: ...
    def not_back(self, item: str) -> str: ...
    def without_aside(self, text: str) -> str: ...
    def holder(self, location: str) -> str: ...
    def vehicle_and_place(self, location: str) -> tuple[str, str]: ...


def _said(slots: Slots, name: str) -> str:
    return " ".join(str(slots.get(name) or "").split())


def _items(words: Words, raw: str) -> tuple[str, ...]:
    """The things a phrase names, each cleaned: one, or several ("my keys and my wallet")."""
    return tuple(item for part in words.split_items(raw) if (item := words.clean_item(part)))


def _too_long(items: tuple[str, ...], place: str | None) -> str:
    if any(len(item) > MAX_TEXT_LENGTH for item in items):
        return "item"
    return "location" if place and len(place) > MAX_TEXT_LENGTH else ""


def _place(
    words: Words, raw: str, context: Context, *, answer: bool
) -> tuple[str | None, str, str]:
    """The place said (normalized), a hedge said with it, and the words of a place cut off
    before its noun ("in the": asked back, never saved). (None, "", "") when none was said."""
    if not raw:
        return None, "", ""
    if context.begun and context.asked_slot == "location":
        raw = words.completed_place(context.begun, raw)  # "On the what?" "The table."
    bare, hedge = words.hedged(raw)
    finished = words.finished_place(bare)
    if not finished:
        return None, hedge, bare
    place = words.normal_place(finished)
    return place or None, hedge, ""


def _remember(slots: Slots, context: Context, words: Words) -> Meaning:
    raw_item = words.without_opening(_said(slots, "item")) if _said(slots, "item") else ""
    raw_location = _said(slots, "location")
    who = _said(slots, "who")
    if who and not words.person(who):  # "{who} put {item} …" heard across a clause: unsure
        return NoNote("not_a_thing", raw_item)
    whose = words.whose(_said(slots, "origin")) if raw_item else ""
    if whose:  # "die Rechnung vom Handwerker (an die Pinnwand)": whose, not where from
        raw_item = f"{raw_item} {whose}"
    asked = words.question_tag(raw_location) if raw_item and raw_location else ""
    if asked:  # "the thongs are by the back door aren't they": asked, not told
        return _question("check")({"item": raw_item, "location": asked}, context, words)
    if raw_location and not words.normal_place(words.hedged(raw_location)[0]):
        raw_location = ""  # "I put my specs somewhere safe", "away": no place said
    if raw_item and not raw_location and context.asked_slot != "location":
        # "What would you like me to remember?" "Umbrella by the door.": the place too
        raw_item, raw_location = words.item_and_place(raw_item)
    said_hedge = words.hedge(_said(slots, "hedge"))
    answer = context.asked_slot == "location" or (not raw_item and bool(raw_location))
    if (
        raw_item
        and raw_location
        and (words.is_pronoun(raw_item) or words.is_negation(raw_item))
        and not words.starts_like_place(words.normal_place(words.hedged(raw_location)[0]))
    ):
        return Done()  # "that's it thanks", "no that's all": done, not a place
    if raw_location and words.is_pronoun(raw_location):
        return NoNote("place_is_it", raw_item)  # a place is never "it"
    if raw_location and words.is_pause(raw_location):
        return NoNote("pause", raw_item)
    if raw_item and not raw_location and words.is_pause(raw_item):
        return NoNote("pause")
    if raw_item and (
        words.is_question(raw_item)
        or (not raw_location and context.welcome and not words.names_a_thing(raw_item))
    ):
        return NoNote("question" if words.is_question(raw_item) else "not_a_thing", raw_item)
    if any(words.is_non_answer(text) for text in (raw_item, raw_location) if text):
        return NoNote("non_answer", raw_item if raw_location else "")
    if raw_item and raw_location:
        meant = words.misheard_question(raw_item, raw_location)
        if meant:  # "wear are my keys"
            question = Question("where", (meant,))
            return Unsure("misheard_question", (meant,), raw_location, instead=question)
    if (raw_location and words.tells_another_item(raw_location)) or (
        raw_item and raw_location and words.item_tells_a_place(raw_item)
    ):
        return Unsure("two_places")
    item_text, item_hedge = words.hedged(raw_item) if raw_item else ("", "")
    if raw_item and words.hedge(raw_item):  # "I think it's under the sink": no thing named
        raw_item, item_text, item_hedge = "", "", words.hedge(raw_item)
    if raw_location:
        item_text = words.without_route(item_text, raw_location)  # "the tax papers from the desk"
    refers_back = (not raw_item and bool(raw_location)) or (
        bool(raw_item) and words.is_pronoun(raw_item)
    )
    items = () if refers_back else _items(words, item_text)
    if raw_item and not refers_back and not items and raw_location:
        if not any(char.isalpha() for char in raw_item):
            return Unsure("no_item", said=raw_location)  # "..." at "in the attic"
        refers_back = True  # "no wait, they're on the couch": only words around the thing
    if items and raw_location and words.forgets(raw_location):
        return Forget(items)  # "the old brolly's gone in the bin, you can forget it"
    holder = words.holder(raw_location) if items and raw_location else ""
    if holder:  # "meine Bohrmaschine ist grad bei Kemal": Kemal has it
        return Tell(items, None, "lent", person=holder, too_long=_too_long(items, holder))
    place, place_hedge, begun = _place(words, raw_location, context, answer=answer)
    if place and len(items) == 1 and _same_name(words, place, items[0]):
        return NoNote("non_answer", items[0])  # "Where is your phone?" "My phone.": no place
    if place is not None:
        if not words.is_place(place, answer=answer):
            return Unsure("not_a_place", items, raw_location)
        place = words.with_preposition(place)
    hedge = said_hedge or item_hedge or place_hedge
    # "my car is on level 3": where a vehicle is, is where it is parked
    kind: Kind = "parked" if len(items) == 1 and words.is_vehicle(items[0]) else "placed"
    return Tell(
        items, place, kind, hedge=hedge, refers_back=refers_back, begun=begun,
        too_long=_too_long(items, place), said=item_text,
    )  # fmt: skip


def _same_name(words: Words, place: str, item: str) -> bool:
    def plain(text: str) -> str:
        return " ".join(words.clean_item(text).replace("'", "").lower().split())

    return plain(place) == plain(item)


def _park(slots: Slots, context: Context, words: Words) -> Meaning:
    raw_location = _said(slots, "location")
    said_vehicle = _said(slots, "vehicle") or _said(slots, "bike")
    if not said_vehicle:  # "I have parked the bike opposite the temple"
        said_vehicle, raw_location = words.vehicle_and_place(raw_location)
    vehicle = words.vehicle(said_vehicle) or words.default_vehicle
    if raw_location and words.is_non_answer(raw_location):
        return NoNote("non_answer", vehicle)
    if raw_location and words.is_pause(raw_location):
        return NoNote("pause", vehicle)
    hedge = words.hedge(_said(slots, "hedge"))
    place: str | None = None
    begun = ""
    if raw_location:
        bare, place_hedge = words.hedged(raw_location)
        hedge = hedge or place_hedge
        if words.finished_place(bare):
            place = words.parking_place(words.finished_place(bare)) or None
            if place is None:  # "I'm leaving the parcel in the porch": no parking place
                return Unsure("not_a_place", (vehicle,), raw_location)
        else:
            begun = bare  # "I parked on the": asked back
    return Tell(
        (vehicle,), place, "parked", hedge=hedge, begun=begun,
        too_long=_too_long((vehicle,), place), said=said_vehicle,
    )  # fmt: skip


def _loan(kind: str) -> Callable[[Slots, Context, Words], Meaning]:
    def read_loan(slots: Slots, context: Context, words: Words) -> Meaning:
        raw_item = _said(slots, "item") or _said(slots, "owned")
        raw_item = words.without_aside(raw_item) if raw_item else raw_item  # "… for now"
        said_person = _said(slots, "person")
        person = words.person(words.without_aside(said_person)) if said_person else ""
        if raw_item and words.is_non_answer(raw_item):
            return NoNote("non_answer")
        raw_item, hedge = words.hedged(raw_item) if raw_item else ("", "")
        thing, place = words.put_at(raw_item) if kind == "lent" and raw_item else ("", "")
        if thing and place:  # "mein Mann hat die Bohrmaschine in die Garage geräumt": put there
            return _remember({"item": thing, "location": place}, context, words)
        refers_back = bool(raw_item) and words.is_pronoun(raw_item)
        whose = _WHOSE.match(raw_item) or _OF_WHOSE.match(raw_item)
        if kind == "borrowed" and not person and whose:  # "I borrowed Sarah's tent"
            person, raw_item = words.person(whose["owner"]), whose["thing"]
        loan = kind
        if kind == "lent" and whose and person.lower() in ("me", "us"):
            loan = "borrowed"  # "Becky's gazebo is with me": Becky's, kept by me
            person, raw_item = words.person(whose["owner"]), whose["thing"]
        # "my pie dish at Thanksgiving", "the extension ladder tomorrow": when is no part of it
        raw_item = re.sub(r"\s+at\s+\w+$", "", raw_item) if len(raw_item.split()) > 2 else raw_item
        raw_item = words.without_time(raw_item) if raw_item else raw_item
        items = () if refers_back or not raw_item else _items(words, raw_item)
        lent: Kind = "lent" if loan == "lent" else "borrowed"
        return Tell(
            items, None, lent, person=person, hedge=hedge, refers_back=refers_back,
            too_long=_too_long(items, person),
        )  # fmt: skip

    return read_loan


_WHOSE = re.compile(
    r"^(?:(?:a couple of|a few|some of|one of|two of|a pair of|both of)\s+)?"
    r"(?P<owner>.+?)(?:'s|s')\s+(?P<thing>.+)$",
    re.IGNORECASE,
)
# "an ice auger of Janet's", "something of Phil's"
_OF_WHOSE = re.compile(r"^(?P<thing>.+?)\s+of\s+(?P<owner>\w+(?:\s\w+)?)(?:'s|s')$", re.I)
_LENT_ME = re.compile(
    r"^(?P<thing>.+?)\s+(?P<owner>\w+(?: \w+)?)\s+(?:lent|gave|loaned|leant)\s+(?:me|us)$",
    re.IGNORECASE,
)


def _returned(slots: Slots, context: Context, words: Words) -> Meaning:
    raw_item = _said(slots, "item") or _said(slots, "owned")
    raw_item = words.without_aside(raw_item) if raw_item else raw_item
    said_person = _said(slots, "person")
    person = words.person(words.without_aside(said_person)) if said_person else ""
    kept = words.not_back(raw_item) if raw_item else ""
    if kept and person:  # "der Jonas hat meinen Controller mitgenommen und noch net zurück…"
        return Tell(_items(words, kept), None, "lent", person=person)
    whose = _WHOSE.match(raw_item)
    lent_me = _LENT_ME.match(raw_item)
    if whose and not person:  # "I returned Sarah's tent": Sarah's, the tent
        person, raw_item = words.person(whose["owner"]), whose["thing"]
    elif lent_me and not person:  # "the umbrella Amanda lent me"
        person, raw_item = words.person(lent_me["owner"]), lent_me["thing"]
    refers_back = not raw_item or words.is_pronoun(raw_item)
    items = () if refers_back else _items(words, raw_item)
    # "Kevin got his camera back": the camera, whoever's it was
    owners = ("his ", "her ", "their ", "sein ", "seine ", "seinen ", "ihr ", "ihre ", "ihren ")
    items = tuple(next((item[len(o) :] for o in owners if item.lower().startswith(o)), item)
                  for item in items)  # fmt: skip
    return Returned(items, person, refers_back)


def _question(about: QuestionAbout) -> Callable[[Slots, Context, Words], Meaning]:
    def read_question(slots: Slots, context: Context, words: Words) -> Meaning:
        raw_item = _said(slots, "item")
        raw_location = _said(slots, "location")
        raw_location = words.question_tag(raw_location) or raw_location  # "… oder nicht"
        # "when did I put my passport in the safe": a question of when, with a place
        asked: QuestionAbout = "when" if about == "where" and raw_location else about
        asks_before = asked in ("where", "history") and raw_item
        earlier = words.before_a_change(raw_item) if asks_before else ""
        if earlier:  # "wo war das Ladegerät bevor ich es umgeräumt hab": where it was before
            asked, raw_item = "history", earlier
        if not raw_item:
            parked = asked == "history"  # "where did I park before": no item is said
            return Question(asked, (), None, refers_back=False, parked=parked)
        if words.is_non_answer(raw_item):
            return NoNote("non_answer")
        if words.is_pronoun(raw_item):
            place = words.normal_place(raw_location) if raw_location else None
            return Question(asked, (), place, refers_back=True)
        raw_item = words.hedged(raw_item)[0]  # "the older one I guess"
        bare = words.without_time(raw_item) if asked in ("where", "history") else raw_item
        items = _items(words, bare) or _items(words, raw_item)
        if asked == "where" and not raw_location and len(items) == 1 and words.is_vehicle(items[0]):
            # "where's my car", "wo steht denn jetzt mein Auto": where it is parked
            return AskParked(words.vehicle(items[0]))
        whole = _items(words, raw_item) if bare != raw_item else ()
        place = None
        if raw_location:
            finished = words.finished_place(words.hedged(raw_location)[0])
            place = words.normal_place(finished) if finished else None
        return Question(asked, items, place, whole=whole if whole != items else ())

    return read_question


def _place_question(slots: Slots, context: Context, words: Words) -> Meaning:
    raw = _said(slots, "location")
    if not raw:
        return AskPlace(None)
    place = words.normal_place(raw)  # "what's out in the shed": in the shed
    if not words.names_a_place(place):  # "what's the weather like" heard as a place
        return AskPlace("")
    return AskPlace(place)


def _correct(slots: Slots, context: Context, words: Words) -> Meaning:
    raw = _said(slots, "place")
    return Correction(words.settled(raw) if raw else "", raw)


def _forget(completely: bool) -> Callable[[Slots, Context, Words], Meaning]:
    def read_forget(slots: Slots, context: Context, words: Words) -> Meaning:
        raw = _said(slots, "item")
        if raw and words.means_everything(words.completely(raw)[0]):
            return ForgetAll()  # "alle Einträge komplett löschen": everything, asked first
        if raw and words.is_dismissal(raw):
            return Forget((), completely=completely, dismissal=True)
        if raw and words.is_pronoun(raw):
            return Forget((), refers_back=True, completely=completely)
        raw = words.hedged(raw)[0] if raw else raw  # "the old one I think"
        bare, for_good = words.completely(words.forgotten_item(raw)) if raw else ("", False)
        return Forget(_items(words, bare) if bare else (), completely=completely or for_good)

    return read_forget


def _where_parked(slots: Slots, context: Context, words: Words) -> Meaning:
    said = _said(slots, "vehicle") or _said(slots, "bike")
    return AskParked(words.vehicle(said), bool(_said(slots, "when")))


def _loans(slots: Slots, context: Context, words: Words) -> Meaning:
    return AskLoans(words.person(_said(slots, "person")))


_READERS: dict[str, Callable[[Slots, Context, Words], Meaning]] = {
    "RememberIntent": _remember,
    "ParkIntent": _park,
    "LendIntent": _loan("lent"),
    "BorrowIntent": _loan("borrowed"),
    "ReturnedIntent": _returned,
    "RecallIntent": _question("where"),
    "HistoryIntent": _question("history"),
    "CheckIntent": _question("check"),
    "WhoHasIntent": _question("who"),
    "PlaceIntent": _place_question,
    "CorrectIntent": _correct,
    "ForgetIntent": _forget(False),
    "ForgetCompletelyIntent": _forget(True),
    "WhereParkedIntent": _where_parked,
    "LoansIntent": _loans,
}


def read(intent: str, slots: Slots, context: Context, words: Words) -> Meaning | None:
    """What the request means; None for an intent whose words need no reading (undo, list,
    the built-ins)."""
    reader = _READERS.get(intent)
    return reader(slots, context, words) if reader else None


def choice(said: str) -> Choice:
    return Choice(said)
