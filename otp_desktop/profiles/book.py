"""All environments the window can use: the built-in Sandbox, the saved
ones, and an unsaved ad-hoc one from --base-url."""

from __future__ import annotations

from dataclasses import dataclass, field

from otp_desktop.profiles.environment import SANDBOX_NAME, Environment
from otp_desktop.profiles.store import ProfileStore, SaveProblem


def builtin_sandbox() -> Environment:
    """Stands for the embedded sandbox until it runs (its URL and demo
    credentials are only known then)."""
    return Environment(
        name=SANDBOX_NAME, base_url="http://127.0.0.1", builtin_sandbox=True, id="builtin-sandbox"
    )


@dataclass
class EnvironmentBook:
    store: ProfileStore | None
    saved: list[Environment] = field(default_factory=list)
    adhoc: Environment | None = None
    active: str = SANDBOX_NAME
    problem: str = ""
    sandbox: Environment = field(default_factory=builtin_sandbox)

    @classmethod
    def load(cls, store: ProfileStore | None, adhoc: Environment | None = None) -> EnvironmentBook:
        book = cls(store, adhoc=adhoc)
        if store is not None:
            loaded = store.load()
            book.saved, book.problem = loaded.environments, loaded.problem
            if loaded.active and book.find(loaded.active) is not None:
                book.active = loaded.active
        if adhoc is not None:
            book.active = adhoc.name
        return book

    def all(self) -> list[Environment]:
        return [self.sandbox, *self.saved, *([self.adhoc] if self.adhoc else [])]

    def find(self, name: str) -> Environment | None:
        return next((env for env in self.all() if env.name == name), None)

    def current(self) -> Environment:
        return self.find(self.active) or self.sandbox

    @property
    def secrets_persistent(self) -> bool:
        return self.store is not None and self.store.vault.persistent

    def set_active(self, name: str) -> None:
        """Make `name` the active environment; raises SaveProblem (the switch
        still holds for this run) when it cannot be remembered."""
        if self.find(name) is None:
            raise KeyError(name)
        self.active = name
        self._save()

    def replace_saved(self, environments: list[Environment]) -> None:
        """The dialog's edited list; secrets of removed entries are forgotten.
        Raises ValueError for a list that breaks the rules and SaveProblem when
        it cannot be written (then nothing changes)."""
        names = [env.name for env in environments]
        if len(set(names)) != len(names) or any(n in (self.sandbox.name, "") for n in names):
            raise ValueError("Environment names must be unique and not empty or 'Sandbox'.")
        before, active = self.saved, self.active
        self.saved = environments
        if self.find(self.active) is None:
            self.active = self.sandbox.name
        try:
            self._save()
        except SaveProblem:
            self.saved, self.active = before, active
            raise
        kept = {env.id for env in self.saved}
        if self.store is not None:
            for old in before:
                if old.id not in kept:
                    self.store.forget_secrets(old)

    def _save(self) -> None:
        if self.store is not None:
            active = self.active if self.adhoc is None or self.active != self.adhoc.name else ""
            self.saved = self.store.save(self.saved, active)
