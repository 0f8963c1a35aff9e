"""English: what is said around a thing or a place is not part of it."""

from __future__ import annotations

import pytest

from memory_keeper.language import for_locale
from memory_keeper.language.en import GRAMMAR
from memory_keeper.meaning import Context, Forget, Question, Tell, Unsure


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("there in the showcase in the hall", "in the showcase in the hall"),  # "is there in"
        ("filed in the green folder", "in the green folder"),  # how it is, before where
        ("rolled up behind the door", "behind the door"),
        ("screwed to the wall in the garage", "on the wall in the garage"),
        ("on charge by the bed", "by the bed"),
        ("bed by the window", "bed by the window"),  # a short word in -ed is a noun
        ("in the shed", "in the shed"),
    ],
)
def test_words_before_a_place_are_left_out(said: str, place: str) -> None:
    assert GRAMMAR.normal_place(said) == place


@pytest.mark.parametrize(
    ("said", "item"),
    [
        ("the torch there", "torch"),
        ("my visa papers kept earlier", "visa papers"),
        ("the tent for their trip", "tent"),
        ("the charger for my phone", "charger for my phone"),  # which charger: kept
        ("not the van", ""),  # "not the van, it's in the ute": the last thing is meant
    ],
)
def test_words_after_a_thing_are_left_out(said: str, item: str) -> None:
    assert GRAMMAR.clean_item(said) == item


@pytest.mark.parametrize(
    ("said", "item"),
    [
        ("the trailer at the moment", "trailer"),  # "who's got the trailer at the moment"
        ("the baby gate from your memory", "baby gate"),  # "remove … from your memory completely"
        ("anything on my bank card", "bank card"),  # "have you got anything on my bank card"
    ],
)
def test_words_of_a_request_around_a_thing_are_left_out(said: str, item: str) -> None:
    assert GRAMMAR.clean_item(said) == item


@pytest.mark.parametrize(
    ("said", "place", "hedge"),
    [
        ("in the diaper bag i'm not sure", "in the diaper bag", "maybe"),
        ("in the shed this arvo", "in the shed", ""),
        ("on the bench a couple of hours ago", "on the bench", ""),
    ],
)
def test_a_hedge_or_a_time_after_a_place_is_no_part_of_it(
    said: str, place: str, hedge: str
) -> None:
    bare, said_hedge = GRAMMAR.hedged(said)
    assert (GRAMMAR.normal_place(bare), said_hedge) == (place, hedge)


@pytest.mark.parametrize("location", ["in which drawer", "on what shelf", "which cupboard"])
def test_a_question_is_never_kept_as_a_place(location: str) -> None:
    """ "Which drawer are the scissors in", heard as a note, saves nothing."""
    meaning = for_locale("en-US").read(
        "RememberIntent", {"item": "the scissors", "location": location}, Context()
    )
    assert meaning == Unsure("not_a_place", ("scissors",), location)


@pytest.mark.parametrize(
    ("said", "person"),
    [
        ("the mower and dropped it in the toolbox", ""),  # "I took the blade off the mower and …"
        ("our neighbours have", "neighbours"),  # "our neighbours have got the hedge trimmer"
        ("Mike", "Mike"),
    ],
)
def test_a_person_is_a_name_not_a_clause(said: str, person: str) -> None:
    assert GRAMMAR.person(said) == person


@pytest.mark.parametrize(
    ("said", "forgets"),
    [
        ("in the bin you can forget it", True),
        ("back to the library so forget them", True),
        ("in the drawer forget that", False),  # "forget that" may mean the words just said
        ("in the forget-me-not pot", False),
        ("i sold it", True),  # "the kayak's gone, I sold it"
        ("gone we got rid of it", True),
        ("in the box i sold it from", False),
    ],
)
def test_words_after_a_thing_that_ask_to_forget_it(said: str, forgets: bool) -> None:
    assert GRAMMAR.forgets(said) is forgets


def test_a_thing_someone_put_somewhere_is_no_loan() -> None:
    """ "My husband has put the drill in the garage", heard as a loan, is a note of the place;
    "Mike has my drill" stays lent."""
    language = for_locale("en-US")
    put = language.read(
        "LendIntent", {"item": "put the drill in the garage", "person": "my husband"}, Context()
    )
    assert isinstance(put, Tell) and (put.kind, put.items, put.place) == (
        "placed", ("drill",), "in the garage",
    )  # fmt: skip
    lent = language.read("LendIntent", {"item": "my drill", "person": "Mike"}, Context())
    assert isinstance(lent, Tell) and (lent.kind, lent.person) == ("lent", "Mike")


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("out of the old phone and kept it in my purse", "in my purse"),  # two clauses
        ("in on the desk upstairs", "on the desk upstairs"),  # "plugged the ipad in on …"
        ("in the drawer on the right", "in the drawer on the right"),  # "right" is a place here
        ("on the right", "on the right"),
    ],
)
def test_the_place_a_thing_ended_up(said: str, place: str) -> None:
    assert GRAMMAR.normal_place(said) == place


@pytest.mark.parametrize(
    ("location", "asked"),
    [
        ("under the printer right", "under the printer"),
        ("by the back door are not they", "by the back door"),
        ("on the right", ""),
        ("in the drawer on the right", ""),
    ],
)
def test_a_statement_with_a_question_tag_asks(location: str, asked: str) -> None:
    """ "The thongs are by the back door, aren't they" checks; it saves nothing."""
    assert GRAMMAR.question_tag(location) == asked
    meaning = for_locale("en-US").read(
        "RememberIntent", {"item": "the thongs", "location": location}, Context()
    )
    assert isinstance(meaning, Question) is bool(asked)


def test_who_put_a_thing_somewhere_is_someone_not_a_clause() -> None:
    """ "my hospital badge is clipped to my scrubs …" heard as "{who} clipped {item} …" would
    save "to my scrubs": the reading refuses a who that is no one."""
    language = for_locale("en-US")
    meaning = language.read(
        "RememberIntent",
        {"who": "my hospital badge is", "item": "to my scrubs", "location": "in the basket"},
        Context(),
    )
    assert not isinstance(meaning, Tell)
    said = {"who": "my wife", "item": "the passports", "location": "in the safe"}
    assert isinstance(language.read("RememberIntent", said, Context()), Tell)
    assert GRAMMAR.person("Lisa next door") == "Lisa"
    assert GRAMMAR.person("the guy next door") == "the guy next door"  # who they are
    assert GRAMMAR.person("the neighbours have still") == "the neighbours"


@pytest.mark.parametrize(
    ("said", "item"),
    [
        ("out the scooty battery and kept it", "scooty battery"),  # "I took out the …"
        ("we keep the tick vaccine", "tick vaccine"),
        ("house keys hung", "house keys"),
        ("me bike locked", "bike"),  # "I've left me bike locked up outside the library"
    ],
)
def test_a_verb_around_a_thing_is_no_part_of_it(said: str, item: str) -> None:
    assert GRAMMAR.clean_item(said) == item


def test_what_a_thing_is_there_for_is_no_part_of_the_place() -> None:
    assert GRAMMAR.normal_place("in to charge on the kitchen counter") == "on the kitchen counter"
    assert GRAMMAR.forgotten_item("my wallet so") == "my wallet"


def test_an_honorific_is_no_part_of_a_name_and_a_hedge_no_part_of_a_forget() -> None:
    assert GRAMMAR.person("Sharma ji") == "Sharma"
    meaning = for_locale("en-IN").read("ForgetIntent", {"item": "the old one i think"}, Context())
    assert meaning == Forget(("old one",))


def test_a_hedge_between_parts_of_a_place_and_a_day_after_a_thing_lent() -> None:
    assert GRAMMAR.hedged("on level 3 i think near stairwell B") == (
        "on level 3 near stairwell B", "probably",
    )  # fmt: skip
    meaning = for_locale("en-US").read(
        "LendIntent", {"item": "the extension ladder tomorrow", "person": "Dave"}, Context()
    )
    assert isinstance(meaning, Tell) and meaning.items == ("extension ladder",)


@pytest.mark.parametrize(
    ("intent", "slots", "kind", "items", "person"),
    [
        ("LendIntent", {"item": "my power bank", "person": "rahul he will return it tomorrow"},
         "lent", ("power bank",), "rahul"),
        ("BorrowIntent", {"item": "saree for the wedding i have to return it", "person": "divya"},
         "borrowed", ("saree",), "divya"),
        ("LendIntent", {"item": "becky's gazebo", "person": "me until the barbecue"},
         "borrowed", ("gazebo",), "becky"),
        ("BorrowIntent", {"owned": "an ice auger of janet's"}, "borrowed", ("ice auger",), "janet"),
    ],
)  # fmt: skip
def test_what_is_said_about_a_loan_is_no_part_of_the_thing_or_the_person(
    intent: str, slots: dict[str, str], kind: str, items: tuple[str, ...], person: str
) -> None:
    meaning = for_locale("en-US").read(intent, slots, Context())
    assert isinstance(meaning, Tell)
    assert (meaning.kind, meaning.items, meaning.person) == (kind, items, person)
