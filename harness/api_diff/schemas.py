"""Compare one schema of a base document with its counterpart in the head document.

What breaks depends on the direction (see changes.py). A request schema breaks callers when it
refuses what it accepted: a type or enum value dropped, a property newly required, a bound
tightened, a pattern added, an unknown property newly refused. A response schema breaks them
when it may hold what it never did: a property removed or no longer always present, a new
enum value or type (null included), an enum lifted. Bounds on responses are not compared: a
reader does not validate them. Each pair of schemas is compared once per operation, which also
ends recursion through self-referencing models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from harness.api_diff.changes import Change, Direction
from harness.api_diff.refs import Schema, alternatives, kind, kind_of_target, resolve, types, values

_UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def _covers(outer: set[str], inner: set[str]) -> bool:
    """Whether every type in ``inner`` is one of ``outer`` (a number includes the integers)."""
    return all(t in outer or (t == "integer" and "number" in outer) for t in inner)


_SAYS_SOMETHING = ("$ref", "type", "enum", "const", "anyOf", "oneOf", "allOf", "not", "properties")


def _open(schema: Schema) -> bool:
    """A schema that says nothing about the value (``{}`` or only prose): anything matches."""
    return not any(key in schema for key in (*_SAYS_SOMETHING, "items"))


class SchemaComparison:
    """Collects the breaking changes between the schemas of one operation, in ``found``."""

    def __init__(self, base: dict[str, Any], head: dict[str, Any], operation: str) -> None:
        self.base, self.head, self.operation = base, head, operation
        self.found: list[Change] = []
        self._seen: set[tuple[int, int, Direction]] = set()

    def _report(self, where: str, what: str, names: tuple[str, ...]) -> None:
        self.found.append(Change(self.operation, where, what, names))

    def compare(
        self, base: Any, head: Any, direction: Direction, where: str, names: tuple[str, ...] = ()
    ) -> None:
        base_node, base_names = resolve(self.base, base)
        head_node, head_names = resolve(self.head, head)
        names = tuple(dict.fromkeys((*names, *base_names, *head_names)))
        key = (id(base_node), id(head_node), direction)
        if key in self._seen or not isinstance(base_node, dict) or not isinstance(head_node, dict):
            return
        self._seen.add(key)
        base_alternatives, head_alternatives = alternatives(base_node), alternatives(head_node)
        if len(base_alternatives) > 1 or len(head_alternatives) > 1:
            self._unions(base_alternatives, head_alternatives, direction, where, names)
        else:
            self._single(base_node, head_node, direction, where, names)

    def _unions(
        self,
        base: list[Schema],
        head: list[Schema],
        direction: Direction,
        where: str,
        names: tuple[str, ...],
    ) -> None:
        """Pair alternatives by reference or type, then by what they resolve to; compare pairs.
        A request that lost an alternative, or a response that gained one, breaks."""
        left_base, left_head = list(base), list(head)
        pairs: list[tuple[Schema, Schema]] = []
        wider, narrower = ("number", "integer")
        if direction is Direction.REQUEST:  # a request may widen integer to number
            wider, narrower = narrower, wider
        pairings: list[Callable[[Schema, Schema], bool]] = [
            lambda b, h: kind(b) == kind(h),
            lambda b, h: kind_of_target(self.base, b) == kind_of_target(self.head, h),
            lambda b, h: (
                (kind_of_target(self.base, b), kind_of_target(self.head, h)) == (wider, narrower)
            ),
        ]
        for same in pairings:
            for b in list(left_base):
                match = next((h for h in left_head if same(b, h)), None)
                if match is not None:
                    pairs.append((b, match))
                    left_base.remove(b)
                    left_head.remove(match)
        for b, h in pairs:
            self.compare(b, h, direction, where, names)
        if direction is Direction.REQUEST and not any(_open(h) for h in head):
            for b in left_base:
                self._report(where, f"no longer accepts {_describe(self.base, b)}", names)
        if direction is Direction.RESPONSE and not any(_open(b) for b in base):
            for h in left_head:
                self._report(where, f"may now be {_describe(self.head, h)}", names)

    def _single(
        self, base: Schema, head: Schema, direction: Direction, where: str, names: tuple[str, ...]
    ) -> None:
        self._types(base, head, direction, where, names)
        self._values(base, head, direction, where, names)
        if direction is Direction.REQUEST:
            self._bounds(base, head, where, names)
        self._properties(base, head, direction, where, names)
        if "items" in base and "items" in head:
            self.compare(base["items"], head["items"], direction, f"{where}[]", names)
        if isinstance(base.get("allOf"), list) and isinstance(head.get("allOf"), list):
            for b, h in zip(base["allOf"], head["allOf"], strict=False):
                self.compare(b, h, direction, where, names)

    def _types(
        self, base: Schema, head: Schema, direction: Direction, where: str, names: tuple[str, ...]
    ) -> None:
        before, after = types(base), types(head)
        if direction is Direction.REQUEST:
            breaks = after is not None and (before is None or not _covers(after, before))
        else:
            breaks = before is not None and (after is None or not _covers(before, after))
        if breaks:
            self._report(where, f"type {_show(before)} is now {_show(after)}", names)

    def _values(
        self, base: Schema, head: Schema, direction: Direction, where: str, names: tuple[str, ...]
    ) -> None:
        before, after = values(base), values(head)
        if direction is Direction.REQUEST and after is not None:
            if before is None:
                self._report(where, f"now accepts only {after!r}", names)
            elif lost := [v for v in before if v not in after]:
                self._report(where, f"no longer accepts {lost!r}", names)
        if direction is Direction.RESPONSE and before is not None:
            if after is None:
                self._report(where, f"no longer limited to {before!r}", names)
            elif new := [v for v in after if v not in before]:
                self._report(where, f"may now be {new!r}", names)

    def _bounds(self, base: Schema, head: Schema, where: str, names: tuple[str, ...]) -> None:
        for key in _UPPER + _LOWER + ("multipleOf",):
            if key not in head or head[key] == base.get(key):
                continue
            was = base.get(key)
            looser = was is not None and (
                (key in _UPPER and head[key] > was) or (key in _LOWER and head[key] < was)
            )
            if not looser:
                self._report(where, f"{key} is now {head[key]!r} (was {was!r})", names)
        if "pattern" in head and head["pattern"] != base.get("pattern"):
            self._report(where, f"pattern is now {head['pattern']!r}", names)
        if head.get("uniqueItems") and not base.get("uniqueItems"):
            self._report(where, "items must now be unique", names)

    def _properties(
        self, base: Schema, head: Schema, direction: Direction, where: str, names: tuple[str, ...]
    ) -> None:
        before, after = base.get("properties", {}), head.get("properties", {})
        needed_before, needed_after = set(base.get("required", [])), set(head.get("required", []))
        if direction is Direction.REQUEST:
            for name in sorted(needed_after - needed_before):
                state = "is now required" if name in before else "is a new required property"
                self._report(f"{where}.{name}", state, names)
            if head.get("additionalProperties") is False:
                for name in sorted(before.keys() - after.keys()):
                    self._report(f"{where}.{name}", "is no longer accepted", names)
                if base.get("additionalProperties") is not False:
                    self._report(where, "unknown properties are now refused", names)
        else:
            for name in sorted(before.keys() - after.keys()):
                self._report(f"{where}.{name}", "was removed", names)
            for name in sorted((needed_before - needed_after) & after.keys()):
                self._report(f"{where}.{name}", "may now be absent", names)
        for name in sorted(before.keys() & after.keys()):
            self.compare(before[name], after[name], direction, f"{where}.{name}", names)
        extra_before, extra_after = (
            base.get("additionalProperties"),
            head.get("additionalProperties"),
        )
        if isinstance(extra_before, dict) and isinstance(extra_after, dict):
            self.compare(extra_before, extra_after, direction, f"{where}{{*}}", names)


def _show(found: set[str] | None) -> str:
    return "|".join(sorted(found)) if found else "any"


def _describe(document: dict[str, Any], schema: Schema) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    target, _ = resolve(document, schema)
    shown = values(target)
    return f"{_show(types(target))}" + (f" {shown!r}" if shown is not None else "")
