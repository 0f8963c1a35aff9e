"""The skill: a CustomSkillBuilder with the persistence adapter, handlers and interceptors."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_dynamodb.partition_keygen import (
    device_id_partition_keygen,
    person_id_partition_keygen,
    user_id_partition_keygen,
)
from ask_sdk_model import RequestEnvelope

from attribute_store import AttributeStore, Deadline, StorePersistenceAdapter, deadline_scope

from .alexa_api import TimeoutApiClient
from .handlers.builtins import (
    DoneHandler,
    FallbackHandler,
    HelpHandler,
    NeverMindHandler,
    NoMoreHandler,
    QuestionStrayHandler,
    RepeatHandler,
    SessionEndedHandler,
    StartOverHandler,
    StopHandler,
    StrayNoHandler,
    StrayYesHandler,
)
from .handlers.correct import CorrectHandler
from .handlers.errors import ErrorHandler
from .handlers.events import RAW_REQUEST, SkillDisabledHandler, SkillEventHandler
from .handlers.forget import (
    ConfirmEraseHandler,
    ConfirmForgetHandler,
    ForgetEverythingHandler,
    ForgetHandler,
    UndoHandler,
)
from .handlers.forget_completely import ForgetCompletelyHandler
from .handlers.launch import LaunchHandler, ResumeAnswerHandler
from .handlers.listing import ListHandler, ListMoreHandler
from .handlers.loans import LoansHandler, ReturnedHandler, WhoHasHandler
from .handlers.meant import MeantHandler
from .handlers.parking import WhereParkedHandler
from .handlers.places import CheckHandler, PlaceHandler, reader_at_place
from .handlers.recall import HistoryHandler, RecallHandler, reader_of_all
from .handlers.remember import RememberHandler
from .handlers.unsure import RepeatAfterUnsureSaveHandler
from .interceptors import AttachUserState, SaveIfChanged
from .observability import count, metrics
from .settings import Settings

__all__ = [
    "HANDLER_ORDER",
    "KEY_GENERATORS",
    "InvalidEnvelopeError",
    "LambdaHandler",
    "build_skill",
    "build_store",
    "lambda_handler",
]

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]


class InvalidEnvelopeError(ValueError):
    """The function was invoked with something that is not an Alexa request envelope."""


KEY_GENERATORS: dict[str, Callable[[Any], str]] = {
    "user": user_id_partition_keygen,
    "person": person_id_partition_keygen,
    "device": device_id_partition_keygen,
}


# The first handler whose can_handle is true answers, so the order is the design:
HANDLER_ORDER: tuple[AbstractRequestHandler, ...] = (
    # 0. The same request again after "I'm not sure that was saved": checked, not re-applied.
    RepeatAfterUnsureSaveHandler(),
    # 1. Answers to the question the skill just asked (session attribute "question").
    NeverMindHandler(),  # "never mind", "forget it", "cancel": drop the question, stay
    ResumeAnswerHandler(),  # yes/no to "Want to finish that?"
    ConfirmEraseHandler(),  # yes/no to "…forget everything?"
    ConfirmForgetHandler(),  # yes/no to "Do you want me to forget where your keys are?"
    MeantHandler(),  # yes/no to "Did you want to know where your keys are?" ("wear are my keys")
    # yes/more/next/no to "Want to hear more?", after the list or a long answer ("what's in
    # the shed", "all of them" to "Which do you mean …?")
    ListMoreHandler({"PlaceIntent": reader_at_place, "RecallIntent": reader_of_all}),
    QuestionStrayHandler(),  # help/fallback/yes/no/more mid-question: answer, ask again
    # 2. Requests, whatever was asked before: a new request drops the open question.
    LaunchHandler(),
    RememberHandler(),  # also "it's in my backpack" as the answer to a question
    RecallHandler(),
    HistoryHandler(),
    WhereParkedHandler(),  # "where did I park?"
    WhoHasHandler(),  # "who has my ladder?"
    LoansHandler(),  # "what did I lend to Mike?"
    ReturnedHandler(),  # "Mike gave me my ladder back"
    CheckHandler(),
    PlaceHandler(),
    CorrectHandler(),  # "no, I meant the blue drawer": the item in context, moved
    ForgetHandler(),
    ForgetCompletelyHandler(),
    UndoHandler(),
    ListHandler(),
    ForgetEverythingHandler(),
    # 3. Built-ins and strays with no question open.
    HelpHandler(),
    RepeatHandler(),
    StartOverHandler(),
    StopHandler(),
    DoneHandler(),
    FallbackHandler(),
    StrayYesHandler(),
    StrayNoHandler(),
    NoMoreHandler(),
    # 4. Requests without speech.
    SessionEndedHandler(),
    SkillDisabledHandler(),
    SkillEventHandler(),  # every other skill event
)


def build_store(settings: Settings) -> AttributeStore:
    """DynamoDB when TABLE_NAME is set, else the embedded SQLite file."""
    if settings.uses_dynamodb:
        from attribute_store.dynamodb import DynamoDbStore, create_table_if_missing

        config = settings.dynamodb_config()
        if settings.create_table:
            create_table_if_missing(config)
        return DynamoDbStore.connect(config, count=count)
    from attribute_store.sqlite import SqliteStore

    return SqliteStore(
        settings.local_store_path,
        max_item_bytes=settings.max_item_bytes,
        tombstone_ttl_seconds=settings.erased_record_ttl_days * 86_400,
    )


def build_skill(
    settings: Settings,
    store: AttributeStore | None = None,
    adapter: AbstractPersistenceAdapter | None = None,
) -> CustomSkill:
    """The skill over `store` (default: the one the settings choose), or over any ASK `adapter`."""
    adapter = adapter or StorePersistenceAdapter(
        store or build_store(settings),
        KEY_GENERATORS[settings.partition_key_source],
        max_attempts=settings.save_attempts,
        count=count,
        # Person and device records are listed under the account, so SkillDisabled erases them.
        account_keygen=user_id_partition_keygen,
        region=settings.region,
    )
    builder = CustomSkillBuilder(persistence_adapter=adapter, api_client=TimeoutApiClient())
    builder.skill_id = settings.skill_id  # checked before any handler or store runs
    for handler in HANDLER_ORDER:
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    builder.add_global_request_interceptor(AttachUserState(adapter))
    builder.add_global_response_interceptor(SaveIfChanged(adapter))
    return builder.create()


def lambda_handler(skill: CustomSkill, settings: Settings | None = None) -> LambdaHandler:
    """`handler(event, context)` for Lambda: envelope JSON in, response JSON out.

    Each invocation gets the store's deadline as it arrives: `STORE_DEADLINE_MS`, capped by the
    time the Lambda context has left.
    """
    settings = settings or Settings()

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        remaining = getattr(context, "get_remaining_time_in_millis", None)
        deadline = Deadline(settings.store_deadline_seconds(remaining() if remaining else None))
        request = event.get("request") if isinstance(event, dict) else None
        if not isinstance(request, dict) or not isinstance(request.get("type"), str):
            # Not from Alexa: fail the invocation plainly, before the SDK trips over it.
            raise InvalidEnvelopeError(
                "the event is not an Alexa request envelope (no request.type)"
            )
        token = RAW_REQUEST.set(request)
        try:
            with deadline_scope(deadline):
                envelope = skill.serializer.deserialize(
                    payload=json.dumps(event), obj_type=RequestEnvelope
                )
                response = skill.invoke(request_envelope=envelope, context=context)
                serialized: dict[str, Any] = skill.serializer.serialize(response)
                return serialized
        finally:
            RAW_REQUEST.reset(token)
            if metrics.metric_set:  # most turns count nothing; an empty flush only warns
                metrics.flush_metrics()
                # With POWERTOOLS_METRICS_DISABLED the flush keeps the values, which would pile up
                # to Powertools' 100-value auto-publish (printed even when disabled).
                metrics.clear_metrics()

    return handler
