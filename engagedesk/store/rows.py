"""Dataclass <-> row: the same names; tuples as JSON text, booleans as 0/1, enums as their value."""

from __future__ import annotations

import dataclasses
import enum
import functools
import json
import typing
from typing import Any, TypeVar

T = TypeVar("T")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)  # slow (0.4 ms): once per class, not per row


@functools.cache
def _kinds(cls: type) -> dict[str, str]:
    hints = _hints(cls)
    kinds: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        origin = typing.get_origin(hint)
        if hint is bool:
            kinds[f.name] = "bool"
        elif origin is tuple:
            kinds[f.name] = "tuple"
        elif isinstance(hint, type) and issubclass(hint, enum.Enum):
            kinds[f.name] = "enum"
        else:
            kinds[f.name] = "plain"
    return kinds


def to_row(obj: Any, columns: frozenset[str]) -> dict[str, Any]:
    kinds = _kinds(type(obj))
    row: dict[str, Any] = {}
    for name, kind in kinds.items():
        if name not in columns:
            continue
        value = getattr(obj, name)
        if kind == "bool":
            value = int(value)
        elif kind == "tuple":
            value = json.dumps(list(value), ensure_ascii=False)
        elif kind == "enum":
            value = value.value
        row[name] = value
    return row


def from_row(cls: type[T], row: typing.Mapping[str, Any], **extra: Any) -> T:
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for name, kind in _kinds(cls).items():
        if name in extra:
            values[name] = extra[name]
            continue
        if name not in row.keys():
            continue
        value = row[name]
        if kind == "bool":
            value = bool(value)
        elif kind == "tuple":
            value = tuple(json.loads(value or "[]"))
        elif kind == "enum":
            value = hints[name](value)
        values[name] = value
    return cls(**values)
