"""Request and response interceptors: attach the user's state and log context; save if changed."""

from __future__ import annotations

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.dispatch_components import (
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from attribute_store import key_hash

from .observability import logger
from .turn import STATE_KEY, UserState

__all__ = ["AttachUserState", "SaveIfChanged"]


class AttachUserState(AbstractRequestInterceptor):  # type: ignore[misc]
    """Gives the request a `UserState` (the record is loaded on first use, at most once)."""

    def __init__(self, adapter: AbstractPersistenceAdapter | None = None) -> None:
        self.adapter = adapter

    def process(self, handler_input: HandlerInput) -> None:
        envelope = handler_input.request_envelope
        request = envelope.request
        user = envelope.context.system.user
        logger.set_correlation_id(request.request_id)
        logger.append_keys(
            request_type=request.object_type,
            intent=getattr(getattr(request, "intent", None), "name", None),
            user=key_hash(user.user_id) if user and user.user_id else None,
        )
        state = UserState(handler_input, self.adapter)
        handler_input.attributes_manager.request_attributes[STATE_KEY] = state


class SaveIfChanged(AbstractResponseInterceptor):  # type: ignore[misc]
    """Writes the user's record only when this request changed it, through `adapter`."""

    def __init__(self, adapter: AbstractPersistenceAdapter) -> None:
        self.adapter = adapter

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        state: UserState = handler_input.attributes_manager.request_attributes[STATE_KEY]
        state.save_if_changed(self.adapter)
        state.keep_receipts_in_session()
