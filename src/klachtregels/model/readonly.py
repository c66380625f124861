"""Read-only containers, so that a regulation shared by every caller cannot be changed.

:func:`klachtregels.load` returns the same object to every caller (it caches). The
models are frozen, but a frozen pydantic model's dicts and lists are plain: without
this, ``reg.terms.pop("judgment")`` would change the regulation for the next caller.
:func:`freeze` replaces every dict and list reachable from a model (its private
attributes too) with a :class:`FrozenDict` or :class:`FrozenList`: subclasses that read
as usual, serialise and pickle as usual, and raise :class:`ReadOnlyError` on any change.
Copy first to change: ``dict(reg.terms)``, ``reg.model_copy(update=...)``.
"""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

from pydantic import BaseModel

from klachtregels.errors import KlachtregelsError

__all__ = ["FrozenDict", "FrozenList", "ReadOnlyError", "freeze"]

K = TypeVar("K")
V = TypeVar("V")
M = TypeVar("M", bound=BaseModel)


class ReadOnlyError(KlachtregelsError, TypeError):
    """A loaded regulation was about to be changed; it is shared, so it is read-only."""

    key = "error.read_only"


def _refuse(*_: object, **__: object) -> NoReturn:
    raise ReadOnlyError()


class FrozenDict(dict[K, V]):
    """A dict that cannot be changed after it is made."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __copy__(self) -> FrozenDict[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict[K, V]:
        return self  # immutable all the way down: a copy may share it


class FrozenList(list[V]):
    """A list that cannot be changed after it is made."""

    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenList, (list(self),))

    def __copy__(self) -> FrozenList[V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenList[V]:
        return self


def freeze(model: M) -> M:
    """``model`` with every dict and list in it (and in its parts) made read-only, in place."""
    _freeze_model(model, set())
    return model


def _freeze_model(model: BaseModel, seen: set[int]) -> None:
    if id(model) in seen:
        return
    seen.add(id(model))
    for name, value in model.__dict__.items():
        object.__setattr__(model, name, _frozen(value, seen))
    private = model.__pydantic_private__
    if private:
        for name, value in list(private.items()):
            private[name] = _frozen(value, seen)


def _frozen(value: Any, seen: set[int]) -> Any:
    if isinstance(value, BaseModel):
        _freeze_model(value, seen)
        return value
    if isinstance(value, dict) and not isinstance(value, FrozenDict):
        return FrozenDict({k: _frozen(v, seen) for k, v in value.items()})
    if isinstance(value, list) and not isinstance(value, FrozenList):
        return FrozenList(_frozen(v, seen) for v in value)
    if isinstance(value, tuple):
        return tuple(_frozen(v, seen) for v in value)
    return value
