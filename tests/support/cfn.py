"""Offline SAM → CloudFormation, and the effective stack for one set of parameter values.

`transform` runs the real SAM translator (aws-sam-translator) with a stub managed-policy loader.
`effective` then evaluates the CloudFormation template as the service would for given parameters
in one region: conditions decide which resources exist, `Fn::If` picks a branch, `AWS::NoValue`
disappears, `Ref`/`Fn::Sub`/`Fn::Join`/`Fn::Split`/`Fn::Select` of parameters and pseudo
parameters become strings, and references to resources become readable placeholders such as
`<MemoryKeeperTable.Arn>` or `<Ref Table>`. `refusals` evaluates the template's Rules: the
assertion descriptions CloudFormation would refuse the parameters with.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml
from samtranslator.translator.transform import transform as sam_transform

__all__ = ["PSEUDO", "effective", "load_template", "refusals", "transform"]

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = {
    "AWS::Region": "us-east-1",
    "AWS::AccountId": "123456789012",
    "AWS::Partition": "aws",
    "AWS::StackName": "memory-keeper",
    "AWS::URLSuffix": "amazonaws.com",
}
_NO_VALUE = object()


class _Loader(yaml.SafeLoader):
    """YAML with CloudFormation short-form tags (!Ref, !If, ...) as their long form."""


def _tag(tag: str, node: yaml.Node) -> dict[str, Any]:
    name = tag[1:]
    key = "Ref" if name == "Ref" else ("Fn::GetAtt" if name == "GetAtt" else f"Fn::{name}")
    if name == "Condition":
        key = "Condition"
    if isinstance(node, yaml.ScalarNode):
        value: Any = _Loader.construct_scalar(_LOADER, node)
        if name == "GetAtt":
            value = value.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        value = _Loader.construct_sequence(_LOADER, node, deep=True)
    else:
        assert isinstance(node, yaml.MappingNode)
        value = _Loader.construct_mapping(_LOADER, node, deep=True)
    return {key: value}


_LOADER = _Loader("")


def _constructor(tag: str) -> Any:
    return lambda loader, node: _tag(tag, node)


for _name in (
    "Ref",
    "If",
    "Sub",
    "GetAtt",
    "Join",
    "Equals",
    "Not",
    "And",
    "Or",
    "Condition",
    "Select",
    "Split",
    "EachMemberEquals",
    "EachMemberIn",
    "Contains",
):
    _Loader.add_constructor(f"!{_name}", _constructor(f"!{_name}"))


def load_template(path: Path = ROOT / "template.yaml") -> dict[str, Any]:
    document: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return document


class _NoManagedPolicies:
    def load(self) -> dict[str, str]:
        return {}


def transform(parameters: dict[str, Any]) -> dict[str, Any]:
    """The CloudFormation template SAM would deploy (local CodeUri replaced by an S3 URI)."""
    template = load_template()
    function = template["Resources"]["MemoryKeeperFunction"]["Properties"]
    function["CodeUri"] = "s3://memory-keeper-artifacts/function.zip"
    result: dict[str, Any] = sam_transform(template, parameters, _NoManagedPolicies())
    return result


def effective(
    template: dict[str, Any], parameters: dict[str, Any], region: str = PSEUDO["AWS::Region"]
) -> dict[str, Any]:
    """Resources, outputs and their properties as deployed with `parameters` in `region`."""
    evaluator = _Evaluator(template, _values(template, parameters), region)
    resources = {
        logical: evaluator.value(copy.deepcopy(resource))
        for logical, resource in template["Resources"].items()
        if evaluator.condition_holds(resource.get("Condition"))
    }
    outputs = {
        name: evaluator.value(copy.deepcopy(output))
        for name, output in template.get("Outputs", {}).items()
        if evaluator.condition_holds(output.get("Condition"))
    }
    return {"Resources": resources, "Outputs": outputs}


def refusals(
    template: dict[str, Any], parameters: dict[str, Any], region: str = PSEUDO["AWS::Region"]
) -> list[str]:
    """The AssertDescription of every Rules assertion that fails for `parameters` in `region`."""
    evaluator = _Evaluator(template, _values(template, parameters), region)
    failed = []
    for rule in template.get("Rules", {}).values():
        condition = rule.get("RuleCondition")
        if condition is not None and not evaluator.value(condition):
            continue
        for assertion in rule["Assertions"]:
            if not evaluator.value(assertion["Assert"]):
                failed.append(str(assertion["AssertDescription"]))
    return failed


def _values(template: dict[str, Any], parameters: dict[str, Any]) -> dict[str, Any]:
    values = {name: spec.get("Default") for name, spec in template.get("Parameters", {}).items()}
    values.update(parameters)
    for name, spec in template.get("Parameters", {}).items():
        if spec.get("Type") == "CommaDelimitedList" and isinstance(values[name], str):
            values[name] = values[name].split(",")
    return values


class _Evaluator:
    def __init__(self, template: dict[str, Any], parameters: dict[str, Any], region: str) -> None:
        self.conditions = template.get("Conditions", {})
        self.parameters = parameters
        self.pseudo = {**PSEUDO, "AWS::Region": region}
        self.resources = set(template["Resources"])

    def condition_holds(self, name: str | None) -> bool:
        return True if name is None else bool(self.value(self.conditions[name]))

    def value(self, node: Any) -> Any:
        if isinstance(node, list):
            items = [self.value(item) for item in node]
            return [item for item in items if item is not _NO_VALUE]
        if not isinstance(node, dict):
            return node
        if len(node) == 1:
            ((key, argument),) = node.items()
            function = getattr(self, "_" + key.replace("Fn::", "").replace("::", "_"), None)
            if function is not None:
                return function(argument)
        mapping = {key: self.value(item) for key, item in node.items()}
        return {key: item for key, item in mapping.items() if item is not _NO_VALUE}

    def _Ref(self, name: str) -> Any:
        if name == "AWS::NoValue":
            return _NO_VALUE
        if name in self.pseudo:
            return self.pseudo[name]
        if name in self.parameters:
            return self.parameters[name]
        return f"<Ref {name}>"

    def _GetAtt(self, argument: list[str] | str) -> str:
        logical, attribute = argument if isinstance(argument, list) else argument.split(".", 1)
        return f"<{logical}.{attribute}>"

    def _Sub(self, argument: str | list[Any]) -> str:
        text, extra = (argument, {}) if isinstance(argument, str) else (argument[0], argument[1])

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in extra:
                return str(self.value(extra[name]))
            if "." in name:
                return self._GetAtt(name)
            return str(self._Ref(name))

        return re.sub(r"\$\{([^}!]+)\}", replace, text)

    def _Join(self, argument: list[Any]) -> str:
        separator, items = argument
        resolved = self.value(items)
        parts = resolved if isinstance(resolved, list) else []
        return str(separator).join(str(item) for item in parts)

    def _Split(self, argument: list[Any]) -> list[str]:
        separator, text = argument
        return str(self.value(text)).split(str(separator))

    def _Select(self, argument: list[Any]) -> Any:
        index, items = argument
        return self.value(items)[int(index)]

    # Rule functions
    def _EachMemberIn(self, argument: list[Any]) -> bool:
        members, allowed = (self.value(item) for item in argument)
        return all(member in allowed for member in members)

    def _EachMemberEquals(self, argument: list[Any]) -> bool:
        members, wanted = (self.value(item) for item in argument)
        return all(member == wanted for member in members)

    def _Contains(self, argument: list[Any]) -> bool:
        members, wanted = (self.value(item) for item in argument)
        return wanted in members

    def _If(self, argument: list[Any]) -> Any:
        name, when_true, when_false = argument
        return self.value(when_true if self.condition_holds(name) else when_false)

    def _Equals(self, argument: list[Any]) -> bool:
        left, right = (self.value(item) for item in argument)
        return bool(left == right)

    def _Not(self, argument: list[Any]) -> bool:
        return not self.value(argument[0])

    def _And(self, argument: list[Any]) -> bool:
        return all(self.value(item) for item in argument)

    def _Or(self, argument: list[Any]) -> bool:
        return any(self.value(item) for item in argument)

    def _Condition(self, name: str) -> bool:
        return self.condition_holds(name)
