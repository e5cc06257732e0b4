"""The structural choices behind the start-up and request figures, checked
without timing: the first frame is the phone step alone (no docks, no event
loop, session, phone rules, networking or storage modules), one region's
phone metadata once ready, a request makes Python search for no module, and
the client's work runs off the UI thread."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from benchmarks.common import ROOT, bench_env

# Loaded only once the first frame is out: the event loop (asyncio, qasync),
# the session, the flow beyond its step names, the phone rules (phonenumbers),
# the secret masking, the log file's handler, the hidden steps, the
# connection stack, the sandbox, the keyring, SQLite, and the docks' and
# wallet's modules.
NOT_BEFORE_FIRST_FRAME = (
    "asyncio",
    "qasync",
    "otp_desktop.session",
    "otp_desktop.ui.tasks",
    "otp_desktop.flow.onboarding",
    "otp_desktop.flow.steps",
    "otp_desktop.phone",
    "phonenumbers",
    "otp_desktop.api.masking",
    "logging.handlers",
    "otp_desktop.ui.onboarding.code_page",
    "otp_desktop.ui.onboarding.result_page",
    "otp_desktop.ui.widgets.error_panel",
    "aiohttp",
    "otp_desktop.sandbox",
    "httpx",
    "pydantic",
    "keyring",
    "sqlite3",
    "otp_desktop.history.store",
    "otp_desktop.ui.qa.inspector_dock",
    "otp_desktop.ui.qa.history_dock",
    "otp_desktop.ui.qa.sandbox_panel",
    "otp_desktop.ui.wallet.view",
)


def fresh_process(*args: str) -> list[str]:
    """Run Python with `args` in a fresh process; its output lines."""
    out = subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=bench_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()


# Never loaded by starting on the built-in Sandbox: the keyring's backends
# (looked up on first use of a secret), PyJWT and with it cryptography's X.509
# code (the sandbox signs and the app reads JWTs by hand), and httpx's
# command-line tool with click, rich and pygments. Nor ever a validation
# library: the response models are read by api/shapes.py (pydantic held ~10 MiB).
NOT_FOR_THE_SANDBOX = (
    "keyring",
    "jwt",
    "cryptography",
    "click",
    "rich",
    "pygments",
    "pydantic",
    "pydantic_core",
)


def probe(mode: str) -> dict[str, str]:
    lines = fresh_process("-m", "benchmarks.probe", mode)
    return dict(line.split(" ", 1) for line in lines if " " in line)


@pytest.fixture(scope="module")
def app_start() -> dict[str, str]:
    return probe("app-modules")


def test_the_first_frame_is_the_phone_step_alone(app_start: dict[str, str]) -> None:
    found = app_start
    modules = set(json.loads(found["modules_at_frame"]))
    early = [name for name in NOT_BEFORE_FIRST_FRAME if name in modules]
    assert early == [], f"loaded before the first frame: {early}"
    assert found["docks_at_frame"] == "0"
    # PySide6 builds Qt's namespace (~100 enums, ~25 ms) when code first names
    # it: the phone step's modules reach it through QtCore.Qt at each use.
    assert found["qt_namespace_at_frame"] == "False"
    assert "ready" in found  # and the environment connected after it
    # phonenumbers loads a region's metadata when it is first used: one region.
    ready = json.loads(found["modules_at_ready"])
    regions = [m for m in ready if m.startswith("phonenumbers.data.region_")]
    assert len(regions) == 1, regions


def test_starting_on_the_sandbox_loads_no_keyring_jwt_library_or_cli(
    app_start: dict[str, str],
) -> None:
    modules = {name.split(".")[0] for name in json.loads(app_start["modules_at_ready"])}
    loaded = [name for name in NOT_FOR_THE_SANDBOX if name in modules]
    assert loaded == [], f"loaded on the way to the phone step: {loaded}"


def test_no_module_source_is_kept_in_memory(app_start: dict[str, str]) -> None:
    """PySide6's import hook read every module's source into linecache
    (ui/pyside_import_hook.py). Those imported before the UI package (the one
    that installs the lighter check) still are; none of the UI or httpx."""
    read = json.loads(app_start["sources_read"])
    hooked = [path for path in read if not path.endswith("otp_desktop/ui/__init__.py")]
    ours = [path for path in hooked if "otp_desktop/ui/" in path or "/httpx/" in path]
    assert ours == []
    assert len(read) < 150, len(read)


# aiohttp and what it brings: +13 MiB RSS, ~130 modules and ~300 ms of import
# in the app's process, where the sandbox runs. The sandbox serves HTTP itself.
AIOHTTP_STACK = (
    "aiohttp",
    "yarl",
    "multidict",
    "propcache",
    "frozenlist",
    "aiosignal",
    "aiohappyeyeballs",
    "attr",
)


def test_the_sandbox_server_loads_no_aiohttp_stack() -> None:
    loaded = fresh_process(
        "-c",
        "import json, sys, otp_desktop.sandbox.server, otp_desktop.sandbox.cli; "
        "print(json.dumps(sorted({name.split('.')[0] for name in sys.modules})))",
    )[-1]
    roots = set(json.loads(loaded))
    assert "otp_desktop" in roots
    assert [name for name in AIOHTTP_STACK if name in roots] == []


REQUESTS = textwrap.dedent(
    """
    import asyncio, sys
    from otp_desktop.connection import open_running_sandbox
    from otp_desktop.sandbox import EmbeddedSandbox

    class Searches:
        seen = []
        def find_spec(self, name, path=None, target=None):
            self.seen.append(name)
            return None

    async def main():
        with EmbeddedSandbox() as sandbox:
            connection = await open_running_sandbox(sandbox.base_url)
            for _ in range(2):  # warm: first-use imports are fine
                await connection.client.wallet_balance()
            searches = Searches()
            sys.meta_path.insert(0, searches)
            for _ in range(3):
                await connection.client.wallet_balance()
            sys.meta_path.remove(searches)
            await connection.aclose()
            print(sorted(set(searches.seen)))

    asyncio.run(main())
    """
)


def test_a_request_searches_for_no_module() -> None:
    """httpcore imports sniffio inside every request: when it is not
    installed, each call walks sys.path (several times a request)."""
    assert fresh_process("-c", REQUESTS)[-1] == "[]"


def test_requests_run_off_the_ui_thread_and_exchanges_come_back_to_it(
    qtbot, loop, sandbox, monkeypatch
) -> None:
    """The client's Python work (pool, parsing, validation) runs on its own
    loop's thread; the UI thread gets the exchange, then the result."""
    import threading

    import httpx

    from otp_desktop.connection import open_running_sandbox
    from tests.qt_fixtures import run_on_loop

    sending: list[str] = []
    send = httpx.AsyncClient.send

    async def recorded(self: httpx.AsyncClient, *args: object, **kwargs: object) -> object:
        sending.append(threading.current_thread().name)
        return await send(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.AsyncClient, "send", recorded)
    seen: list[tuple[str, str]] = []
    connection = run_on_loop(
        qtbot,
        open_running_sandbox(
            sandbox.base_url, lambda ex: seen.append((threading.current_thread().name, ex.path))
        ),
    )
    sending.clear()  # the sandbox's credentials are fetched once, on the UI loop
    try:
        balance = run_on_loop(qtbot, connection.client.wallet_balance())
        assert balance.wallet_address
        assert sending == ["otp-client"]
        assert seen == [(threading.current_thread().name, "/api/wallet/balance")]
    finally:
        run_on_loop(qtbot, connection.aclose())
    assert not connection.client_thread._thread.is_alive()


def test_a_step_change_measures_the_shown_page_alone(qtbot) -> None:
    """The pages' stack asks only its current page for its height at a width:
    a QStackedWidget asked every page on every re-layout of the window, and
    a word-wrapped label shapes its text each time it is asked."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from otp_desktop.ui.widgets.fitting_stack import FittingStack

    asked: dict[str, int] = {}

    class Label(QLabel):
        def heightForWidth(self, width: int) -> int:
            asked[self.text()] = asked.get(self.text(), 0) + 1
            return super().heightForWidth(width)

    outer = QWidget()
    stack = FittingStack()
    QVBoxLayout(outer).addWidget(stack)
    pages = []
    for name in ("first", "second", "third"):
        page = QWidget()
        label = Label(name + " a line long enough to wrap " * 4)
        label.setWordWrap(True)
        QVBoxLayout(page).addWidget(label)
        stack.addWidget(page)
        pages.append(label.text())
    qtbot.addWidget(outer)
    outer.resize(200, 300)
    outer.show()
    stack.setCurrentWidget(stack.widget(2))
    qtbot.waitUntil(lambda: asked.get(pages[2], 0) > 0)
    asked.clear()
    outer.resize(180, 300)
    stack.widget(2).layout().invalidate()
    qtbot.waitUntil(lambda: asked.get(pages[2], 0) > 0)
    assert stack.currentWidget() is stack.widget(2)
    assert set(asked) == {pages[2]}, asked


def test_a_fast_answer_never_shows_the_busy_row(qtbot) -> None:
    """The busy row shows only once a request has run a moment: shown and
    hidden within one answer it re-laid out the window twice."""
    from otp_desktop.ui.widgets.busy_row import BusyRow

    row = BusyRow("cancelButton")
    qtbot.addWidget(row)
    row.show_busy("Checking the code…")
    assert not row.isVisible()
    assert row.pending
    row.hide()  # the answer came
    assert not row.pending
    row.show_busy("Checking the code…")
    qtbot.waitUntil(row.isVisible)  # a slow answer: the row shows, Cancel with it
    assert not row.pending


def test_an_exchange_is_measured_once_however_often_the_ring_turns(monkeypatch) -> None:
    """The ring's byte budget needs each exchange's footprint: measured once,
    when it comes in, not again at every eviction check."""
    from otp_desktop.api.exchange import Exchange
    from otp_desktop.traffic import log as ring

    measured: list[int] = []
    real = ring.footprint
    monkeypatch.setattr(ring, "footprint", lambda ex: measured.append(ex.id) or real(ex))
    kept = ring.ExchangeLog(3, byte_budget=10**6)
    made = [Exchange("GET", f"http://x/{i}", (), "", float(i), status=200) for i in range(10)]
    for exchange in made:
        kept.append(exchange)
    assert measured == [ex.id for ex in made]
    assert [ex.path for ex in kept] == ["/7", "/8", "/9"]
    assert kept.bytes_held == sum(real(ex) for ex in made[7:])


def test_the_selected_exchange_is_not_rendered_again_when_older_rows_leave(qtbot) -> None:
    """Older rows leaving the ring move the selected row up, which Qt reports
    as a selection change: the details (milliseconds each) stay as they are."""
    from otp_desktop.api.exchange import Exchange
    from otp_desktop.traffic.log import ExchangeLog
    from otp_desktop.ui.qa.inspector_dock import InspectorDock

    dock = InspectorDock(ExchangeLog(3))
    qtbot.addWidget(dock)
    dock.show()
    for i in range(3):
        dock.record(Exchange("GET", f"http://x/{i}", (), "", float(i), status=200))
    dock.model.flush()
    dock.select_row(2)
    assert dock.selected().path == "/2"
    rendered: list[object] = []
    dock.exchange_view.show_exchange = lambda ex, **_kw: rendered.append(ex)  # type: ignore[method-assign]
    dock.record(Exchange("GET", "http://x/3", (), "", 3.0, status=200))
    dock.model.flush()  # /0 leaves: /2 moves up to row 1
    assert dock.selected().path == "/2"
    assert rendered == []


ICON = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication
    from otp_desktop.app import app_icon
    app = QApplication([])
    icon = app_icon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    drawn = [icon.pixmap(size).width() for size in (16, 32, 256)]
    maps = open("/proc/self/maps").read()
    print(sizes, drawn, "libQt6Svg" in maps)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_window_icon_loads_no_svg_engine() -> None:
    """Reading app-icon.svg loaded Qt's SVG engine (~2 MiB, a few ms before
    the first frame); the window icon comes from PNGs rendered from it."""
    assert fresh_process("-c", ICON)[-1] == "[16, 32, 48, 128, 256] [16, 32, 256] False"
