"""A lighter check for PySide6's import hook.

Once PySide6 is loaded, shiboken calls `_mod_uses_pyside` for every module
imported after it (for its opt-in `__feature__` switches): it reads the
module's whole source with `inspect.getsource`, which keeps it in
`linecache` for the rest of the run. For this app that is ~470 files: about
15 MiB held and 0.2-0.4 s of start-up. The same question is answered from
the module's globals instead: something imported from PySide6 or shiboken6.
Nothing here uses `__feature__`, so the answer only picks the default
("no feature") for a module, as before.
"""

from __future__ import annotations

import sys
import types

QT = ("PySide6", "shiboken6")


def uses_pyside(module: types.ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # shiboken's check finds no source for these either
    for value in list(vars(module).values()):
        if isinstance(value, types.ModuleType):
            name = value.__name__
        elif isinstance(value, type):
            name = value.__module__
        else:
            name = type(value).__module__
        if isinstance(name, str) and name.startswith(QT):
            return True
    return False


def install() -> bool:
    """Replace shiboken's check, if this PySide6 has it; whether it did."""
    import PySide6  # noqa: F401  (loads shiboken's support modules)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
