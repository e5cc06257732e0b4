"""Exact paths to handlers; an unknown path is a 404, a wrong method a 405
naming the allowed ones in `Allow`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from otp_desktop.sandbox.http.messages import HttpError

H = TypeVar("H")


@dataclass(frozen=True, slots=True)
class Route(Generic[H]):
    method: str
    path: str
    handler: H
    name: str | None = None
    """The API endpoint's name (faults are injected by it); None for the others."""


class Router(Generic[H]):
    def __init__(self) -> None:
        self._paths: dict[str, dict[str, Route[H]]] = {}

    def add(self, method: str, path: str, handler: H, name: str | None = None) -> None:
        self._paths.setdefault(path, {})[method] = Route(method, path, handler, name)

    def add_get(self, path: str, handler: H) -> None:
        """GET, and HEAD with the same handler (the answer's body left out)."""
        self.add("GET", path, handler)
        self.add("HEAD", path, handler)

    def resolve(self, method: str, path: str) -> Route[H]:
        methods = self._paths.get(path)
        if methods is None:
            raise HttpError(404, "Not Found", "NOT_FOUND")
        route = methods.get(method)
        if route is None:
            raise HttpError(
                405,
                "Method Not Allowed",
                "METHOD_NOT_ALLOWED",
                headers={"Allow": ",".join(sorted(methods))},
            )
        return route

    def routes(self) -> list[Route[H]]:
        return [route for methods in self._paths.values() for route in methods.values()]
