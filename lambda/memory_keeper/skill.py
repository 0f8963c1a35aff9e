"""The skill: a CustomSkillBuilder with the persistence adapter, handlers and interceptors."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_dynamodb.partition_keygen import (
    device_id_partition_keygen,
    person_id_partition_keygen,
    user_id_partition_keygen,
)
from ask_sdk_model import RequestEnvelope

from attribute_store import AttributeStore, Deadline, StorePersistenceAdapter, deadline_scope

from .handlers.builtins import (
    FallbackHandler,
    HelpHandler,
    SessionEndedHandler,
    StopHandler,
    StrayNoHandler,
    StrayYesHandler,
)
from .handlers.errors import ErrorHandler
from .handlers.events import RAW_REQUEST, SkillDisabledHandler
from .handlers.forget import (
    ConfirmEraseHandler,
    ForgetEverythingHandler,
    ForgetHandler,
    UndoHandler,
)
from .handlers.forget_completely import ForgetCompletelyHandler
from .handlers.launch import LaunchHandler, ResumeAnswerHandler
from .handlers.listing import ListHandler, ListMoreHandler
from .handlers.recall import HistoryHandler, RecallHandler
from .handlers.remember import RememberHandler
from .handlers.unsure import RepeatAfterUnsureSaveHandler
from .interceptors import AttachUserState, SaveIfChanged
from .observability import count, metrics
from .settings import Settings

__all__ = [
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
    )
    builder = CustomSkillBuilder(persistence_adapter=adapter)
    builder.skill_id = settings.skill_id  # checked before any handler or store runs
    for handler in (
        RepeatAfterUnsureSaveHandler(),
        LaunchHandler(),
        ResumeAnswerHandler(),
        ConfirmEraseHandler(),
        ListMoreHandler(),
        RememberHandler(),
        RecallHandler(),
        HistoryHandler(),
        ForgetHandler(),
        ForgetCompletelyHandler(),
        UndoHandler(),
        ListHandler(),
        ForgetEverythingHandler(),
        HelpHandler(),
        StopHandler(),
        FallbackHandler(),
        StrayYesHandler(),
        StrayNoHandler(),
        SessionEndedHandler(),
        SkillDisabledHandler(),
    ):
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    builder.add_global_request_interceptor(AttachUserState())
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
