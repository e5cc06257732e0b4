"""SQLite storage of onboardings, with search, retention and CSV export."""

from __future__ import annotations

import csv
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from otp_desktop.paths import data_dir

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


class HistoryStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "history.sqlite3"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            # WAL with normal sync: a row per onboarding costs no fsync on the
            # UI thread, and a crash loses at most the last rows, never the file.
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._db.commit()
        except (OSError, sqlite3.DatabaseError) as exc:
            raise HistoryError(f"The history database {self.path} cannot be used: {exc}.") from None

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
        rows = self._db.execute(
            f"SELECT {names} FROM onboardings WHERE {' AND '.join(where)} "
            "ORDER BY started_at DESC LIMIT ?",
            (*args, limit),
        ).fetchall()
        return [HistoryRow(*row) for row in rows]

    def purge(self, retention_days: int, now: float | None = None) -> int:
        """Delete onboardings older than the retention; how many went."""
        cutoff = (time.time() if now is None else now) - retention_days * 86400
        with self._db:
            cursor = self._db.execute("DELETE FROM onboardings WHERE started_at < ?", (cutoff,))
        return cursor.rowcount


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
            duration = f"{row.duration_s:.0f}" if row.duration_s is not None else ""
            writer.writerow([started, ended, duration, *values[3:]])
            count += 1
    return count
