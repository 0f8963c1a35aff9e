"""What a request means, read once per request by its language (`Language.read`).

The interaction model gives an intent and the words of its slots; the language turns them, with
the dialog context, into one of these values: a note to keep, a question about items, a place or
a person, a correction, a request to forget, or something that is not a request at all (a pause,
"I don't know", a misheard question). Items and places arrive normalized ("I moved the tax papers
from the desk to the filing cabinet" is a note of "tax papers" "in the filing cabinet"), with how
sure the reading is: an unsure reading is never saved, it is asked about.

Handlers match on these values and call the domain; they never inspect words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "AskLoans",
    "AskParked",
    "AskPlace",
    "Choice",
    "Context",
    "Correction",
    "Done",
    "Forget",
    "ForgetAll",
    "Kind",
    "Meaning",
    "NoNote",
    "Question",
    "QuestionAbout",
    "Returned",
    "Tell",
    "Unsure",
    "UnsureWhy",
]

# How a thing is where it is: put there, parked, lent to someone, borrowed from someone, or back
# from someone who had it.
Kind = Literal["placed", "parked", "lent", "borrowed", "returned"]
QuestionAbout = Literal["where", "when", "history", "check", "who"]
UnsureWhy = Literal[
    "not_a_place",  # "my PIN number is 4 3 2 1": the "place" names no place
    "misheard_question",  # "wear are my keys": a question heard as a note
    "no_item",  # "..." at "in the attic": no thing was named
    "two_places",  # "my keys are in the drawer and my wallet is in the car"
]


@dataclass(frozen=True)
class Context:
    """What the reading needs of the dialog: the slot the skill asked for, if any, and the words
    of a place it asked to finish ("On the what?")."""

    asked_slot: str | None = None
    asked_intent: str | None = None
    begun: str = ""
    welcome: bool = False


@dataclass(frozen=True)
class Tell:
    """A note: `items` are at `place` (`kind` says how: put, parked, lent, borrowed). No item
    said (`items` empty) with `refers_back`: the thing in context ("it's in my backpack"). No
    place: it is asked for. `begun`: a place cut off before its noun ("in the"), asked back.
    `hedge`: "probably", "maybe": kept and said back, never dropped."""

    items: tuple[str, ...] = ()
    place: str | None = None
    kind: Kind = "placed"
    person: str = ""
    hedge: str = ""
    refers_back: bool = False
    begun: str = ""
    too_long: str = ""  # "item" or "location": a name longer than the notebook keeps
    said: str = ""  # the thing as said ("my keys and my wallet"), to ask about it again


@dataclass(frozen=True)
class Question:
    """A question about items: where they are, when they were put somewhere, where they were
    before, whether they are at `place`, or who has them."""

    about: QuestionAbout
    items: tuple[str, ...] = ()
    place: str | None = None
    refers_back: bool = False
    parked: bool = False  # "where did I park before": the parking note's history
    # The items with the words after them that may be a time ("my toque on Tuesday"), when a
    # note has that whole name: then it is meant, not the toque.
    whole: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskPlace:
    """ "What's in the garage?"; `place` is None when the words name no place."""

    place: str | None


@dataclass(frozen=True)
class AskParked:
    """ "Where did I park?" (the vehicle, when one was named); "where did I park before?"
    (`earlier`)."""

    vehicle: str = ""
    earlier: bool = False


@dataclass(frozen=True)
class AskLoans:
    """ "What did I lend to Mike?", "what have I borrowed?"; `person` when one was named."""

    person: str = ""


@dataclass(frozen=True)
class Returned:
    """ "Mike gave me my ladder back", "I returned Sarah's tent"."""

    items: tuple[str, ...] = ()
    person: str = ""
    refers_back: bool = False


@dataclass(frozen=True)
class Correction:
    """ "No, I meant the blue drawer": the place the last note should have had (as said; the
    handler gives it the preposition of the place it corrects when it has none)."""

    place: str
    said: str = ""


@dataclass(frozen=True)
class Forget:
    items: tuple[str, ...] = ()
    refers_back: bool = False
    completely: bool = False
    dismissal: bool = False  # "forget it": never a deletion


@dataclass(frozen=True)
class ForgetAll:
    """ "Delete all my stuff" heard as forgetting one item called "all my stuff"."""


@dataclass(frozen=True)
class Choice:
    """An answer to "Which do you mean …?": the words said, read by the handler against the
    options (which the question, not the reading, knows)."""

    said: str


@dataclass(frozen=True)
class Done:
    """ "That's it, thanks" heard as a note of "that" at "it thanks": the user is done."""


@dataclass(frozen=True)
class NoNote:
    """Nothing to keep: "I don't know" (`why` "non_answer"), "um", "hang on" ("pause"), a
    question heard as a note ("question"), or a request to someone else ("not_a_thing")."""

    why: Literal["non_answer", "pause", "question", "not_a_thing", "place_is_it"]
    item: str = ""


@dataclass(frozen=True)
class Unsure:
    """A reading that may be wrong, so nothing is saved and the user is asked: `why` says what
    was unclear; `instead` is the reading that was probably meant ("wear are my keys": a
    question about the keys), offered as a yes/no question when there is one."""

    why: UnsureWhy
    items: tuple[str, ...] = ()
    said: str = ""
    instead: Question | None = field(default=None)


Meaning = (
    Tell
    | Question
    | AskPlace
    | AskParked
    | AskLoans
    | Returned
    | Correction
    | Forget
    | ForgetAll
    | Choice
    | Done
    | NoNote
    | Unsure
)
