"""A registry of named rules with priorities, so that one rule can be switched off and measured.

Each rule has a name (what `--explain` reports and `eval_dev.py --without` switches off), a priority
(higher runs first; equal priorities run in the order they were registered) and a function. The idea
is Python-Markdown's processor registry: a rule is found and removed by name, never by position, so
removing one does not disturb the order of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from teikit.errors import InputError

F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class Rule(Generic[F]):
    name: str
    priority: int
    apply: F

    @property
    def why(self) -> str:
        """The first line of the rule's docstring: the reason it records on what it finds."""
        return (self.apply.__doc__ or self.name).strip().splitlines()[0]


class Rules(Generic[F]):
    """Rules by name, iterated in priority order (highest first)."""

    def __init__(self, rules: Iterable[Rule[F]] = ()) -> None:
        self._rules: dict[str, Rule[F]] = {}
        for rule in rules:
            self._rules[rule.name] = rule
        self._ordered: list[Rule[F]] | None = None

    def register(self, name: str, priority: int) -> Callable[[F], F]:
        """Decorator: add the function as the rule `name` (replacing one of that name)."""
        def add(apply: F) -> F:
            self._rules[name] = Rule(name, priority, apply)
            self._ordered = None
            return apply
        return add

    def deregister(self, name: str) -> None:
        """Switch the rule `name` off; an unknown name is an error, so a typo is never silent."""
        if name not in self._rules:
            raise InputError(f"no rule named {name!r} (rules: {', '.join(self.names())})")
        del self._rules[name]
        self._ordered = None

    def without(self, names: Iterable[str]) -> Rules[F]:
        """A copy with the named rules switched off (this registry is left as it is)."""
        copy = Rules(self._rules.values())
        for name in names:
            copy.deregister(name)
        return copy

    def names(self) -> list[str]:
        return [rule.name for rule in self]

    def __contains__(self, name: str) -> bool:
        return name in self._rules

    def __iter__(self) -> Iterator[Rule[F]]:
        if self._ordered is None:
            order = {name: n for n, name in enumerate(self._rules)}
            self._ordered = sorted(self._rules.values(), key=lambda r: (-r.priority, order[r.name]))
        return iter(self._ordered)
