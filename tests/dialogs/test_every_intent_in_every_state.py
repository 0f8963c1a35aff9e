"""Every intent of the interaction model, in every state a conversation can be in.

Generated: the states are reached by talking (`STATES`), the intents come from the model, so a
new intent or a new question the skill can ask is covered without writing a test for it. Each
response must pass the certification check (the handler fixture applies it) and must not be the
generic apology of the error handler, which would mean no handler took the request there.

The routing test reads `HANDLER_ORDER` (skill.py) and states which handler answers what.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from memory_keeper.skill import HANDLER_ORDER, LambdaHandler
from tests.support.dialog import Dialog
from tools.envelopes import Caller, Session, intent_request
from tools.nlu import Model
from tools.settings_api import SettingsApi

MODEL = Model.load()
INTENTS = [intent["name"] for intent in MODEL.intents]
SLOT_VALUES = {
    "en-US": {
        "item": "keys", "location": "in the drawer", "place": "the blue drawer",
        "hedge": "probably", "origin": "the desk", "vehicle": "van", "person": "Mike",
        "when": "before", "owned": "Sarah's tent", "who": "my wife", "bike": "bike",
    },
    "de-DE": {
        "item": "meine Schlüssel", "location": "in der Schublade", "place": "im Schrank",
        "hedge": "wahrscheinlich", "origin": "dem Schreibtisch", "vehicle": "Auto",
        "person": "Anna", "when": "vorher", "owned": "Sarahs Zelt", "who": "meine Frau",
        "bike": "Fahrrad",
    },
}  # fmt: skip
APOLOGY = {"en-US": "went wrong", "de-DE": "schiefgegangen"}

# state -> what the user says to get there (None: no session, the intent is a one-shot)
STATES: dict[str, str | None] = {
    "one-shot": None,
    "welcome, nothing saved": "open memory keeper",
    "anything else": "open memory keeper\nmy keys are on the hook\nmy wallet is in the car",
    "asking what to remember": "open memory keeper\nremember something",
    "asking where": "open memory keeper\nremember my passport",
    "asking which item": "open memory keeper\nmy car keys are in the car\n"
    "my house keys are on the hook\nwhere are my keys",
    "asking which thing": "open memory keeper\nwhere is it",
    "confirming erase": "open memory keeper\nmy keys are on the hook\nforget everything",
    "confirming forget": "open memory keeper\nmy keys are on the hook\nforget about it",
    "reading the list": "open memory keeper\n"
    + "\n".join(f"my thing {n} is in box {n}" for n in range(5))
    + "\nwhat do you remember",
    "offering to resume": "open memory keeper\nremember my passport\n--- the session times out\n"
    "open memory keeper",
}
# The same states reached in German.
GERMAN_STATES: dict[str, str | None] = {
    "one-shot": None,
    "welcome, nothing saved": "öffne memory keeper",
    "anything else": "öffne memory keeper\nmeine Schlüssel sind am Haken\n"
    "mein Geldbeutel ist im Auto",
    "asking what to remember": "öffne memory keeper\nmerk dir was",
    "asking where": "öffne memory keeper\nmerk dir meinen Pass",
    "asking which item": "öffne memory keeper\nmeine Autoschlüssel sind im Auto\n"
    "meine Hausschlüssel sind am Haken\nwo sind meine Schlüssel",
    "asking which thing": "öffne memory keeper\nwo ist es",
    "confirming erase": "öffne memory keeper\nmeine Schlüssel sind am Haken\nvergiss alles",
    "confirming forget": "öffne memory keeper\nmeine Schlüssel sind am Haken\n"
    "du kannst es vergessen",
    "reading the list": "öffne memory keeper\n"
    + "\n".join(f"mein Ding {n} ist in Kiste {n}" for n in range(5))
    + "\nwas weißt du alles",
    "offering to resume": "öffne memory keeper\nmerk dir meinen Pass\n--- the session times out\n"
    "öffne memory keeper",
}
STATES_BY_LOCALE = {"en-US": STATES, "de-DE": GERMAN_STATES}
EXPECTED_QUESTION = {
    "welcome, nothing saved": "welcome",
    "asking what to remember": "item",
    "asking where": "location",
    "asking which item": "which",
    "asking which thing": "item",
    "confirming erase": "erase",
    "confirming forget": "forget",
    "reading the list": "more",
    "offering to resume": "resume",
}


def _slots(intent: str, locale: str = "en-US") -> dict[str, str | None]:
    return {name: SLOT_VALUES[locale][name] for name in MODEL.slot_names.get(intent, [])}


def _reach(dialog: Dialog, state: str) -> None:
    script = STATES_BY_LOCALE[dialog.locale][state]
    if script:
        dialog.run("\n".join(f"user: {line}" if not line.startswith("---") else line
                             for line in script.splitlines()))  # fmt: skip
        question = (dialog.last.response.get("sessionAttributes") or {}).get("question")
        assert (question or {}).get("kind") == EXPECTED_QUESTION.get(state), state


@pytest.mark.parametrize("intent", INTENTS)
@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("locale", list(STATES_BY_LOCALE))
def test_every_intent_in_every_state_gets_a_real_answer(
    handler: LambdaHandler, settings_api: SettingsApi, locale: str, state: str, intent: str
) -> None:
    user = f"{locale}-{state}-{intent}"
    dialog = Dialog(handler, user=user, settings_api=settings_api, locale=locale)
    _reach(dialog, state)
    reply = dialog.chat.send_intent(intent, _slots(intent, locale))  # certified by the fixture
    assert reply.text, (state, intent)
    assert APOLOGY[locale] not in reply.text, (state, intent, reply.text)
    without_slots = dialog.chat.send_intent(intent, {}) if MODEL.slot_names.get(intent) else None
    assert without_slots is None or APOLOGY[locale] not in without_slots.text


def _route(question: dict[str, Any] | None, intent: str) -> str:
    """The name of the first handler in HANDLER_ORDER that takes `intent` under `question`."""
    session = Session(new=False, attributes={"question": question} if question else {})
    envelope = intent_request(Caller(), intent, _slots(intent), session)
    request = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    handler_input = HandlerInput(request, AttributesManager(request))
    for handler in HANDLER_ORDER:
        if handler.can_handle(handler_input):
            return type(handler).__name__
    return "nobody"


def _question(kind: str) -> dict[str, Any]:
    intent = {
        "item": "RecallIntent",
        "location": "RememberIntent",
        "which": "RecallIntent",
        "welcome": "RememberIntent",
    }
    slot = "location" if kind == "location" else "item" if kind in intent else None
    return {"kind": kind, "text": "Where?", "intent": intent.get(kind), "slot": slot}


ROUTES = {
    # (question kind or None, intent): handler
    (None, "AMAZON.YesIntent"): "StrayYesHandler",
    (None, "AMAZON.NoIntent"): "StrayNoHandler",
    (None, "AMAZON.MoreIntent"): "NoMoreHandler",
    (None, "AMAZON.NextIntent"): "NoMoreHandler",
    (None, "AMAZON.HelpIntent"): "HelpHandler",
    (None, "AMAZON.FallbackIntent"): "FallbackHandler",
    (None, "AMAZON.RepeatIntent"): "RepeatHandler",
    (None, "AMAZON.StartOverIntent"): "StartOverHandler",
    (None, "AMAZON.StopIntent"): "StopHandler",
    (None, "AMAZON.CancelIntent"): "StopHandler",
    (None, "AMAZON.NavigateHomeIntent"): "StopHandler",
    (None, "DoneIntent"): "DoneHandler",
    (None, "RememberIntent"): "RememberHandler",
    (None, "RecallIntent"): "RecallHandler",
    (None, "HistoryIntent"): "HistoryHandler",
    (None, "CheckIntent"): "CheckHandler",
    (None, "ParkIntent"): "RememberHandler",
    (None, "LendIntent"): "RememberHandler",
    (None, "BorrowIntent"): "RememberHandler",
    (None, "WhereParkedIntent"): "WhereParkedHandler",
    (None, "WhoHasIntent"): "WhoHasHandler",
    (None, "LoansIntent"): "LoansHandler",
    (None, "ReturnedIntent"): "ReturnedHandler",
    ("meant", "AMAZON.YesIntent"): "MeantHandler",
    ("meant", "AMAZON.NoIntent"): "MeantHandler",
    (None, "PlaceIntent"): "PlaceHandler",
    ("location", "CheckIntent"): "CheckHandler",
    ("which", "PlaceIntent"): "PlaceHandler",
    (None, "ForgetIntent"): "ForgetHandler",
    (None, "UndoIntent"): "UndoHandler",
    (None, "ListIntent"): "ListHandler",
    (None, "ForgetEverythingIntent"): "ForgetEverythingHandler",
    ("erase", "AMAZON.YesIntent"): "ConfirmEraseHandler",
    ("erase", "AMAZON.NoIntent"): "ConfirmEraseHandler",
    ("erase", "AMAZON.FallbackIntent"): "QuestionStrayHandler",
    ("erase", "AMAZON.HelpIntent"): "QuestionStrayHandler",
    ("erase", "RememberIntent"): "RememberHandler",
    ("more", "AMAZON.YesIntent"): "ListMoreHandler",
    ("more", "AMAZON.MoreIntent"): "ListMoreHandler",
    ("more", "AMAZON.NextIntent"): "ListMoreHandler",
    ("more", "AMAZON.NoIntent"): "ListMoreHandler",
    ("more", "AMAZON.RepeatIntent"): "RepeatHandler",
    ("resume", "AMAZON.YesIntent"): "ResumeAnswerHandler",
    ("resume", "AMAZON.NoIntent"): "ResumeAnswerHandler",
    ("resume", "RememberIntent"): "RememberHandler",
    ("location", "AMAZON.YesIntent"): "QuestionStrayHandler",
    ("location", "AMAZON.NoIntent"): "QuestionStrayHandler",
    ("location", "AMAZON.HelpIntent"): "QuestionStrayHandler",
    ("location", "AMAZON.MoreIntent"): "QuestionStrayHandler",
    ("location", "AMAZON.StopIntent"): "StopHandler",
    ("location", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("erase", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("resume", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("which", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("more", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("forget", "AMAZON.CancelIntent"): "NeverMindHandler",
    ("forget", "AMAZON.YesIntent"): "ConfirmForgetHandler",
    ("forget", "AMAZON.NoIntent"): "ConfirmForgetHandler",
    ("forget", "AMAZON.HelpIntent"): "QuestionStrayHandler",
    ("location", "RememberIntent"): "RememberHandler",
    ("which", "RecallIntent"): "RecallHandler",
    ("which", "AMAZON.FallbackIntent"): "QuestionStrayHandler",
    ("item", "AMAZON.StartOverIntent"): "StartOverHandler",
    # "What would you like me to remember?" at launch: a request, or a bare item, answers it
    ("welcome", "RememberIntent"): "RememberHandler",
    ("welcome", "RecallIntent"): "RecallHandler",
    ("welcome", "AMAZON.HelpIntent"): "HelpHandler",
    ("welcome", "AMAZON.FallbackIntent"): "FallbackHandler",
    ("welcome", "AMAZON.YesIntent"): "StrayYesHandler",
    ("welcome", "AMAZON.NoIntent"): "StrayNoHandler",
    ("welcome", "AMAZON.CancelIntent"): "StopHandler",
    # "no, I meant the blue drawer", whatever was asked (it moves nothing while an answer waits)
    (None, "CorrectIntent"): "CorrectHandler",
    ("location", "CorrectIntent"): "CorrectHandler",
    ("which", "CorrectIntent"): "CorrectHandler",
    ("erase", "CorrectIntent"): "CorrectHandler",
}


@pytest.mark.parametrize(("kind", "intent"), list(ROUTES))
def test_the_handler_order_routes_each_intent_in_each_state(kind: str | None, intent: str) -> None:
    assert _route(_question(kind) if kind else None, intent) == ROUTES[(kind, intent)]


def test_every_intent_in_every_question_state_has_a_handler_and_every_handler_is_used() -> None:
    used = set()
    for kind in (
        None, "item", "location", "which", "erase", "more", "resume", "forget", "welcome", "meant"
    ):  # fmt: skip
        for intent in INTENTS:
            handler = _route(_question(kind) if kind else None, intent)
            assert handler != "nobody", (kind, intent)
            used.add(handler)
    requests_only = {
        "LaunchHandler",
        "SessionEndedHandler",
        "SkillDisabledHandler",
        "SkillEventHandler",
    }
    # Only after a save whose outcome was unknown (tests/functional/test_truthful_saves.py).
    after_an_unsure_save = {"RepeatAfterUnsureSaveHandler"}
    assert {type(h).__name__ for h in HANDLER_ORDER} - used == requests_only | after_an_unsure_save
