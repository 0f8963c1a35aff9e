"""Structured logs and metrics (Powertools). Never log a raw userId or apiAccessToken."""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit

__all__ = ["count", "logger", "metrics"]

SERVICE = "memory-keeper"

logger = Logger(service=SERVICE)
metrics = Metrics(namespace="MemoryKeeper", service=SERVICE)
copy_config_to_registered_loggers(source_logger=logger, include={"attribute_store"})


def count(name: str) -> None:
    """Add one to a Powertools metric (PersistenceConflict, PersistenceRetry, ...)."""
    metrics.add_metric(name=name, unit=MetricUnit.Count, value=1)
