"""Hello World with a visit counter: the ASK SDK's first sample, its persistent attributes kept
by skill-attribute-store. The only change from the stock DynamoDB adapter is the import."""

from __future__ import annotations

import logging
import os
from typing import Any

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_model import Response

from attribute_store import DynamoDbAdapter, within_deadline

logger = logging.getLogger(__name__)

adapter = DynamoDbAdapter(
    table_name=os.environ.get("TABLE_NAME", "hello-counter"),
    create_table=bool(os.environ.get("DYNAMODB_ENDPOINT")),  # local runs only
    endpoint_url=os.environ.get("DYNAMODB_ENDPOINT"),
)
sb = CustomSkillBuilder(persistence_adapter=adapter)


def ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input: HandlerInput) -> Response:
    attributes = handler_input.attributes_manager.persistent_attributes
    attributes["visits"] = attributes.get("visits", 0) + 1
    handler_input.attributes_manager.save_persistent_attributes()
    visits = attributes["visits"]
    if visits == 1:
        speech = "Welcome! This is your first visit. Say hello to hear from me."
    else:
        speech = f"Welcome back! This is your {ordinal(visits)} visit. Say hello to hear from me."
    return handler_input.response_builder.speak(speech).ask("Say hello.").response


@sb.request_handler(can_handle_func=is_intent_name("HelloWorldIntent"))
def hello(handler_input: HandlerInput) -> Response:
    visits = handler_input.attributes_manager.persistent_attributes.get("visits", 0)
    speech = f"Hello World! You have visited {visits} times."
    return handler_input.response_builder.speak(speech).set_should_end_session(True).response


@sb.request_handler(can_handle_func=is_intent_name("AMAZON.HelpIntent"))
def help_intent(handler_input: HandlerInput) -> Response:
    speech = "You can say hello to me. I count your visits."
    return handler_input.response_builder.speak(speech).ask(speech).response


@sb.request_handler(
    can_handle_func=lambda handler_input: (
        is_intent_name("AMAZON.CancelIntent")(handler_input)
        or is_intent_name("AMAZON.StopIntent")(handler_input)
    )
)
def stop(handler_input: HandlerInput) -> Response:
    return handler_input.response_builder.speak("Goodbye!").set_should_end_session(True).response


@sb.request_handler(can_handle_func=is_request_type("SessionEndedRequest"))
def session_ended(handler_input: HandlerInput) -> Response:
    return handler_input.response_builder.response


class SorryHandler(AbstractExceptionHandler):  # type: ignore[misc]
    """Every error, the store's included (a `PersistenceException`), becomes an apology."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        logger.error("request failed", exc_info=exception)
        speech = "Sorry, I couldn't do that. Please try again."
        return handler_input.response_builder.speak(speech).ask(speech).response


sb.add_exception_handler(SorryHandler())

lambda_handler: Any = within_deadline(sb.lambda_handler())
