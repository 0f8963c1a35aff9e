"""The store's DynamoDB-only data loader (`attribute_store.botocore_data`): every request goes
where, and is signed for what, a stock botocore client would send it. Also part of the
old-botocore run, so the slice built from the pinned botocore is proven on 1.35 as well."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import botocore
import botocore.loaders
import botocore.session
import pytest
from botocore.config import Config

from attribute_store.botocore_data import SLICE_PATH, DynamoDbOnlyLoader, endpoints_slice
from attribute_store.dynamodb import DynamoDbConfig, Timeouts, _botocore_client, _dynamodb_session
from tools.endpoints_slice import render

ROOT = Path(__file__).resolve().parents[2]
SCOPE = re.compile(r"Credential=[^/]+/\d{8}/([^/]+)/([^/]+)/aws4_request")


class _Sent(Exception):
    """Raised before a request leaves: where it would have gone and how it was signed."""

    def __init__(self, url: str, region: str, service: str) -> None:
        super().__init__(url)
        self.where = (url, region, service)


def _stop_before_sending(request: Any, **_: Any) -> None:
    authorization = request.headers["Authorization"]
    scope = SCOPE.search(
        authorization.decode() if isinstance(authorization, bytes) else authorization
    )
    assert scope, authorization
    raise _Sent(request.url, scope[1], scope[2])


def _where(session: Any, region: str, **config: Any) -> tuple[str, str, str]:
    client = session.create_client(
        "dynamodb",
        region_name=region,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret",
        config=Config(retries={"mode": "standard", "total_max_attempts": 1}, **config),
    )
    client.meta.events.register("before-send.dynamodb", _stop_before_sending)
    with pytest.raises(_Sent) as sent:
        client.get_item(TableName="notes", Key={"userId": {"S": "u"}})
    return sent.value.where


def _regions() -> list[str]:
    """Every region either the installed botocore or the shipped slice knows for DynamoDB."""
    loader = botocore.loaders.Loader()
    regions: set[str] = set()
    for partition in loader.load_data("partitions")["partitions"]:
        regions.update(partition["regions"])
    for endpoints in (loader.load_data("endpoints"), json.loads(SLICE_PATH.read_text())):
        for partition in endpoints["partitions"]:
            regions.update(partition["regions"])
            regions.update(partition["services"].get("dynamodb", {}).get("endpoints", {}))
    return sorted(regions)


@pytest.fixture(scope="module")
def sessions() -> Iterator[tuple[Any, Any]]:
    yield botocore.session.get_session(), _dynamodb_session()


@pytest.mark.parametrize(
    "variant", [{}, {"use_fips_endpoint": True}, {"use_dualstack_endpoint": True}]
)
def test_every_region_resolves_as_with_botocores_own_data(
    sessions: tuple[Any, Any], variant: dict[str, Any]
) -> None:
    stock, ours = sessions
    regions = _regions()
    assert len(regions) > 30 and "us-east-1" in regions and "local" in regions
    differ, resolved = {}, 0
    for region in regions:
        try:
            expected: Any = _where(stock, region, **variant)
        except Exception as exc:  # some region/variant pairs have no endpoint: same error then
            expected = type(exc).__name__
        try:
            got: Any = _where(ours, region, **variant)
        except Exception as exc:
            got = type(exc).__name__
        if got != expected:
            differ[region] = (expected, got)
        resolved += isinstance(expected, tuple)
    assert not differ, f"botocore {botocore.__version__}: {differ}"
    assert resolved > len(regions) // 2  # most regions have this variant: a real comparison


def test_the_store_client_reads_the_slice_not_the_whole_file(sessions: tuple[Any, Any]) -> None:
    loader = sessions[1].get_component("data_loader")
    assert isinstance(loader, DynamoDbOnlyLoader)
    endpoints, path = loader.load_data_with_path("endpoints")
    assert loader.is_builtin_path(path)  # so the endpoint rules stay in charge, as with stock
    services = {name for partition in endpoints["partitions"] for name in partition["services"]}
    assert services == {"dynamodb"}
    assert loader.list_available_services("service-2") == ["dynamodb"]


def test_a_customer_endpoints_file_is_read_as_botocore_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = endpoints_slice(json.loads(SLICE_PATH.read_text()))
    custom["partitions"][0]["services"]["dynamodb"]["endpoints"]["test-region-1"] = {
        "hostname": "dynamodb.custom.example"
    }
    (tmp_path / "endpoints.json").write_text(json.dumps(custom))
    monkeypatch.setenv("AWS_DATA_PATH", str(tmp_path))
    loader = _dynamodb_session().get_component("data_loader")
    endpoints, path = loader.load_data_with_path("endpoints")
    assert path == str(tmp_path / "endpoints")
    assert "test-region-1" in endpoints["partitions"][0]["services"]["dynamodb"]["endpoints"]


def test_the_store_builds_its_client_on_the_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "secret")
    config = DynamoDbConfig(table_name="notes", region="eu-central-1")
    client = _botocore_client(_dynamodb_session(), config, Timeouts(250, 250))
    client.meta.events.register("before-send.dynamodb", _stop_before_sending)
    with pytest.raises(_Sent) as sent:
        client.get_item(TableName="notes", Key={"userId": {"S": "u"}})
    assert sent.value.where == (
        "https://dynamodb.eu-central-1.amazonaws.com/",
        "eu-central-1",
        "dynamodb",
    )


def test_the_shipped_slice_is_the_pinned_botocores() -> None:
    pinned = re.search(r"^botocore==(\S+)", (ROOT / "requirements-tools.txt").read_text(), re.M)
    if pinned is None or pinned[1] != botocore.__version__:
        pytest.skip(f"the slice follows the pinned botocore, not {botocore.__version__}")
    assert SLICE_PATH.read_text() == render(), "stale: run make endpoints-slice"
