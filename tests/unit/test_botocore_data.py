"""The store's DynamoDB-only data loader (`attribute_store.botocore_data`): every request goes
where, and is signed for what, a stock botocore client would send it, and the client knows the
same partition and endpoint. Also part of the old-botocore run, so the slice cut from the pinned
botocore is proven on 1.35 as well."""

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
from botocore.exceptions import BotoCoreError

from attribute_store.botocore_data import SLICE_PATH, SOURCE_KEY, DynamoDbOnlyLoader
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


def _where(session: Any, region: str, **config: Any) -> tuple[tuple[Any, ...], ...] | str:
    """Where a GetItem would go and how it would be signed; then the client's partition, region
    and legacy endpoint. Or the error's name when the region/variant has no endpoint."""
    try:
        client = session.create_client(
            "dynamodb",
            region_name=region,
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="secret",
            config=Config(retries={"mode": "standard", "total_max_attempts": 1}, **config),
        )
        client.meta.events.register("before-send.dynamodb", _stop_before_sending)
        client.get_item(TableName="notes", Key={"userId": {"S": "u"}})
    except _Sent as sent:
        meta = client.meta
        return sent.where, (meta.partition, meta.region_name, meta.endpoint_url)
    except BotoCoreError as exc:
        return type(exc).__name__
    raise AssertionError("the request was sent")


def _slice() -> dict[str, Any]:
    endpoints: dict[str, Any] = json.loads(SLICE_PATH.read_text())
    endpoints.pop(SOURCE_KEY)
    return endpoints


def _regions() -> list[str]:
    """Every region either the installed botocore or the shipped slice knows for DynamoDB."""
    loader = botocore.loaders.Loader()
    regions: set[str] = set()
    for partition in loader.load_data("partitions")["partitions"]:
        regions.update(partition["regions"])
    for endpoints in (loader.load_data("endpoints"), _slice()):
        for partition in endpoints["partitions"]:
            regions.update(partition["regions"])
            regions.update(partition["services"].get("dynamodb", {}).get("endpoints", {}))
    return sorted(regions)


@pytest.fixture(scope="module")
def sessions() -> Iterator[tuple[Any, Any]]:
    yield botocore.session.get_session(), _dynamodb_session()


VARIANTS = [{}, {"use_fips_endpoint": True}, {"use_dualstack_endpoint": True}]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_region_resolves_as_with_botocores_own_data(
    sessions: tuple[Any, Any], variant: dict[str, Any]
) -> None:
    """Every request goes where, and is signed as, with botocore's own data. On the botocore the
    slice was cut from, the client's partition and legacy endpoint are the same too; an older
    botocore's clients see the slice's newer data there (a region it did not know yet)."""
    stock, ours = sessions
    same_data = json.loads(SLICE_PATH.read_text())[SOURCE_KEY] == botocore.__version__
    regions = _regions()
    assert len(regions) > 30 and "us-east-1" in regions and "local" in regions
    differ, resolved = {}, 0
    for region in regions:
        expected, got = _where(stock, region, **variant), _where(ours, region, **variant)
        compared = (
            (expected, got)
            if same_data or isinstance(expected, str)
            else (expected[0], got[0] if isinstance(got, tuple) else got)
        )
        if compared[0] != compared[1]:
            differ[region] = compared
        resolved += isinstance(expected, tuple)
    assert not differ, f"botocore {botocore.__version__}: {differ}"
    assert resolved > len(regions) // 2  # most regions have this variant: a real comparison


def test_the_store_client_reads_the_slice_not_the_whole_file(sessions: tuple[Any, Any]) -> None:
    loader = sessions[1].get_component("data_loader")
    assert isinstance(loader, DynamoDbOnlyLoader)
    endpoints, path = loader.load_data_with_path("endpoints")
    assert loader.is_builtin_path(path)  # so the endpoint rules stay in charge, as with stock
    assert endpoints == _slice()
    services = {name for partition in endpoints["partitions"] for name in partition["services"]}
    assert services == {"dynamodb"}


def test_services_are_listed_as_botocore_lists_them() -> None:
    stock = set(botocore.loaders.Loader().list_available_services("service-2"))
    ours = set(DynamoDbOnlyLoader().list_available_services("service-2"))
    assert {"dynamodb", "sts", "sso", "sso-oidc"} <= stock
    assert stock <= ours  # every service directory; none opened to check for a model


@pytest.mark.parametrize("data_path", ["{dir}", "$CUSTOM_MODELS"])
def test_a_customer_endpoints_file_is_read_as_botocore_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_path: str
) -> None:
    custom = _slice()
    custom["partitions"][0]["services"]["dynamodb"]["endpoints"]["test-region-1"] = {
        "hostname": "dynamodb.custom.example"
    }
    (tmp_path / "endpoints.json").write_text(json.dumps(custom))
    monkeypatch.setenv("CUSTOM_MODELS", str(tmp_path))
    monkeypatch.setenv("AWS_DATA_PATH", data_path.format(dir=tmp_path))
    ours = _dynamodb_session().get_component("data_loader").load_data_with_path("endpoints")
    stock = botocore.session.get_session().get_component("data_loader")
    assert ours == stock.load_data_with_path("endpoints")
    assert ours[1] == str(tmp_path / "endpoints")


def test_a_botocore_newer_than_the_slice_reads_its_own_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(botocore, "__version__", "9.0.0")
    loader = _dynamodb_session().get_component("data_loader")
    endpoints, _ = loader.load_data_with_path("endpoints")
    assert endpoints == botocore.loaders.Loader().load_data("endpoints")


def test_the_credential_chain_still_reaches_sts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An assume-role profile: the session's credential provider builds its own STS client.
    (tmp_path / "config").write_text(
        "[profile base]\nregion = eu-west-1\n"
        "[profile role]\nregion = eu-west-1\nsource_profile = base\n"
        "role_arn = arn:aws:iam::123456789012:role/notes\n"
    )
    (tmp_path / "credentials").write_text(
        "[base]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = secret\n"
    )
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))
    monkeypatch.setenv("AWS_PROFILE", "role")
    asked = []
    stock_and_ours: list[Any] = [botocore.session.get_session(), _dynamodb_session()]
    for session in stock_and_ours:
        session.register("before-send.sts", _stop_before_sending)
        client = session.create_client("dynamodb", region_name="eu-west-1")
        with pytest.raises(_Sent) as sent:
            client.get_item(TableName="notes", Key={"userId": {"S": "u"}})
        asked.append(sent.value.where)
    assert asked[0][0].startswith("https://sts.")
    assert asked[1] == asked[0]


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
    assert pinned, "requirements-tools.txt pins no botocore"
    if pinned[1] != botocore.__version__:
        pytest.skip(f"the slice follows the pinned botocore, not {botocore.__version__}")
    assert SLICE_PATH.read_text() == render(), "stale: run make endpoints-slice"
