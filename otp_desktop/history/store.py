"""SQLite storage of onboardings, with search, retention and CSV export."""

from __future__ import annotations

import csv
import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from otp_desktop.flow.ticket_summary import whole_seconds
from otp_desktop.paths import data_dir, move_aside

log = logging.getLogger(__name__)
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS onboardings (
    id INTEGER PRIMARY KEY,
    started_at REAL NOT NULL,
    ended_at REAL,
    environment TEXT NOT NULL,
    masked_number TEXT NOT NULL,
    country TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'in progress',
    reason TEXT NOT NULL DEFAULT '',
    resends INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS onboardings_started ON onboardings (started_at);
"""


@dataclass(frozen=True, slots=True)
class HistoryRow:
    id: int
    started_at: float
    ended_at: float | None
    environment: str
    masked_number: str
    country: str
    outcome: str
    reason: str
    resends: int

    @property
    def duration_s(self) -> float | None:
        return None if self.ended_at is None else max(0.0, self.ended_at - self.started_at)


class HistoryError(Exception):
    """The history database cannot be used; the message says why."""


def default_path() -> Path:
    return data_dir() / "history.sqlite3"


def _unusable(exc: BaseException) -> str:
    return f"The history database could not be used ({exc})."


def _check(path: Path, busy_timeout_s: float) -> None:
    """Read every page without writing a byte: a damaged file stays exactly as
    it was, to be moved aside. A damaged page elsewhere only shows when read."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    db = sqlite3.connect(uri, uri=True, timeout=busy_timeout_s, check_same_thread=False)
    try:
        found = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)").fetchall()]
    finally:
        db.close()
    if found != ["ok"]:
        log.warning("history database check: %s", "; ".join(found))
        raise sqlite3.DatabaseError("damaged pages were found")


@contextmanager
def _reading() -> Iterator[None]:
    """A page found damaged while the app runs is a HistoryError too."""
    try:
        yield
    except sqlite3.Error as exc:
        raise HistoryError(_unusable(exc)) from None


class HistoryStore:
    def __init__(self, path: Path | None = None, *, busy_timeout_s: float = 0.5) -> None:
        """Open (or create) the database, checked page by page first; a
        damaged, foreign, truncated or locked file raises HistoryError. The
        connection may be opened on a worker thread, then used on the UI thread."""
        self.path = path or default_path()
        db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                _check(self.path, busy_timeout_s)
            db = sqlite3.connect(self.path, timeout=busy_timeout_s, check_same_thread=False)
            # WAL with normal sync: a row per onboarding costs no fsync on the
            # UI thread, and a crash loses at most the last rows, never the file.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.commit()
        except (OSError, sqlite3.Error) as exc:
            if db is not None:
                db.close()
            raise HistoryError(_unusable(exc)) from None
        self._db = db

    def close(self) -> None:
        self._db.close()

    def start(self, environment: str, masked_number: str, country: str, started_at: float) -> int:
        with self._db:
            cursor = self._db.execute(
                "INSERT INTO onboardings (started_at, environment, masked_number, country) "
                "VALUES (?, ?, ?, ?)",
                (started_at, environment, masked_number, country),
            )
        return int(cursor.lastrowid or 0)

    def update(self, row_id: int, *, resends: int) -> None:
        with self._db:
            self._db.execute("UPDATE onboardings SET resends = ? WHERE id = ?", (resends, row_id))

    def finish(
        self, row_id: int, *, outcome: str, reason: str, resends: int, ended_at: float
    ) -> None:
        with self._db:
            self._db.execute(
                "UPDATE onboardings SET outcome = ?, reason = ?, resends = ?, ended_at = ? "
                "WHERE id = ?",
                (outcome, reason[:300], resends, ended_at, row_id),
            )

    def search(
        self,
        text: str = "",
        since: float | None = None,
        until: float | None = None,
        limit: int = 5000,
    ) -> list[HistoryRow]:
        where: list[str] = ["1 = 1"]
        args: list[str | float] = []
        if text.strip():
            like = f"%{text.strip()}%"
            where.append(
                "(masked_number LIKE ? OR environment LIKE ? OR outcome LIKE ? OR reason LIKE ? "
                "OR country LIKE ?)"
            )
            args += [like] * 5
        if since is not None:
            where.append("started_at >= ?")
            args.append(since)
        if until is not None:
            where.append("started_at < ?")
            args.append(until)
        names = ", ".join(f.name for f in fields(HistoryRow))
        with _reading():
            rows = self._db.execute(
                f"SELECT {names} FROM onboardings WHERE {' AND '.join(where)} "
                "ORDER BY started_at DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        return [HistoryRow(*row) for row in rows]

    def purge(self, retention_days: int, now: float | None = None) -> int:
        """Delete onboardings older than the retention; how many went."""
        cutoff = (time.time() if now is None else now) - retention_days * 86400
        with _reading(), self._db:
            cursor = self._db.execute("DELETE FROM onboardings WHERE started_at < ?", (cutoff,))
        return cursor.rowcount


def open_history(retention_days: int, path: Path | None = None) -> tuple[HistoryStore | None, str]:
    """The history store, and what to tell the user about it ("" if all is
    well). A database that cannot be used is moved aside byte for byte (with
    its WAL) and a fresh one started, so a bad file never blocks start-up."""
    path = path or default_path()
    try:
        store = HistoryStore(path)
        store.purge(retention_days)
        return store, ""
    except HistoryError as exc:
        problem = str(exc)
    if not path.exists():  # nothing to move: the folder itself is the problem
        return None, f"{problem} Onboardings are not recorded in this run."
    try:
        aside = move_aside(path, "damaged", ("-wal", "-shm", "-journal"))
    except OSError as exc:
        log.warning("history database not moved aside: %s", exc)
        return None, f"{problem} Onboardings are not recorded in this run."
    log.warning("%s moved to %s", problem, aside)
    notice = f"{problem} It was moved to {aside} and a new, empty history was started."
    try:
        return HistoryStore(path), notice
    except HistoryError as exc:
        return None, f"{notice} {exc} Onboardings are not recorded in this run."


def export_csv(rows: Iterable[HistoryRow], path: Path) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "started",
                "ended",
                "duration_s",
                "environment",
                "number",
                "country",
                "outcome",
                "reason",
                "resends",
            ]
        )
        for row in rows:
            values = astuple(row)
            started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(values[1]))
            ended = (
                time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(values[2])) if values[2] else ""
            )
            duration = str(whole_seconds(row.duration_s)) if row.duration_s is not None else ""
            writer.writerow([started, ended, duration, *values[3:]])
            count += 1
    return count
