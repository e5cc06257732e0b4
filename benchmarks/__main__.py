"""`make bench`: run every benchmark; each prints its RESULT line last."""

from __future__ import annotations

from benchmarks import startup


def main() -> None:
    for bench in (startup,):
        print(bench.main(), flush=True)


if __name__ == "__main__":
    main()
