"""Partition keys from a request envelope, as the stock ASK adapter makes them (same names, same
values, same `PersistenceException` when the envelope lacks the id), so a table keyed by the stock
adapter is read under the same keys."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.exceptions import PersistenceException

__all__ = ["device_id_partition_keygen", "person_id_partition_keygen", "user_id_partition_keygen"]


def user_id_partition_keygen(request_envelope: Any) -> str:
    """The Alexa user id (`context.System.user.userId`): one record per account and skill."""
    try:
        return _present(request_envelope.context.system.user.user_id)
    except AttributeError as exc:
        raise PersistenceException(
            "Couldn't retrieve user id from request envelope, for partition key use"
        ) from exc


def device_id_partition_keygen(request_envelope: Any) -> str:
    """The device id (`context.System.device.deviceId`): one record per device."""
    try:
        return _present(request_envelope.context.system.device.device_id)
    except AttributeError as exc:
        raise PersistenceException(
            "Couldn't retrieve device id from request envelope, for partition key use"
        ) from exc


def person_id_partition_keygen(request_envelope: Any) -> str:
    """The recognised voice profile (`context.System.person.personId`), else the user id."""
    try:
        return _present(request_envelope.context.system.person.person_id)
    except AttributeError:
        try:
            return user_id_partition_keygen(request_envelope)
        except PersistenceException as exc:
            raise PersistenceException(
                "Couldn't retrieve person id or user id from request envelope, "
                "for partition key use"
            ) from exc


def _present(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise AttributeError("no id")  # as a missing part of the envelope
    return value
