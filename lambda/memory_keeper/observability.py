"""Structured logs and metrics (Powertools). Never log a raw userId or apiAccessToken, nor
anything a user said: an exception from another library is logged with its type and frames, and
its message redacted (`redacted_traceback`)."""

from __future__ import annotations

import traceback

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit

__all__ = ["count", "logger", "metrics", "redacted_traceback"]

SERVICE = "memory-keeper"

logger = Logger(service=SERVICE)
metrics = Metrics(namespace="MemoryKeeper", service=SERVICE)
copy_config_to_registered_loggers(source_logger=logger, include={"attribute_store"})


def count(name: str) -> None:
    """Add one to a Powertools metric (PersistenceConflict, PersistenceRetry, ...)."""
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=1)


# Our typed errors' messages are written to name what failed (keys only as hashes), never user text.
_OWN_PACKAGES = {"attribute_store", "memory_keeper"}
REDACTED = "<message redacted>"


def redacted_traceback(exception: BaseException) -> str:
    """The exception's chain as a traceback; a foreign exception's message is replaced by
    REDACTED, because one day it may quote a value that came from what the user said."""
    chain: list[BaseException] = []
    current: BaseException | None = exception
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    blocks = []
    for error in reversed(chain):
        kind = type(error)
        own = kind.__module__.split(".")[0] in _OWN_PACKAGES
        message = str(error) if own else REDACTED
        frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
        blocks.append(
            f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}: "
            f"{message}"
        )
    return "\n\nwhich caused:\n".join(blocks)
