"""`otp-sandbox`: the sandbox alone, for curl, Postman or any other client.

Every rule and limit is a flag, generated from the dataclasses that define
them, so a new rule cannot lack one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from dataclasses import Field
from pathlib import Path
from typing import Any

from otp_desktop.sandbox.connections import ServerLimits
from otp_desktop.sandbox.guard import RemoteNotAllowedError
from otp_desktop.sandbox.rules import (
    SandboxRules,
    TestNumber,
    checked_rule,
    ranged_fields,
    test_numbers_from_json,
)
from otp_desktop.sandbox.server import SandboxServer
from otp_desktop.sandbox.tokens import SandboxAuthority


def flag(f: Field[Any]) -> str:
    return "--" + f.name.replace("_", "-")


def _value_type(f: Field[Any]) -> Any:
    def convert(text: str) -> float | int:
        try:
            number = int(text) if f.type == "int" else float(text)
            return checked_rule(f, number)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc).replace("rule ", "")) from None

    convert.__name__ = str(f.type)  # argparse names the type in its error message
    return convert


def _test_numbers(path: str) -> tuple[TestNumber, ...]:
    try:
        return test_numbers_from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {exc.strerror}") from None
    except (ValueError, RecursionError) as exc:
        raise argparse.ArgumentTypeError(f"{path}: {exc}") from None


def _shown(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _add_ranged(parser: argparse.ArgumentParser, title: str, cls: Any) -> Any:
    group = parser.add_argument_group(title)
    defaults = cls()
    for f in ranged_fields(cls):
        default = getattr(defaults, f.name)
        lowest, highest = f.metadata["range"]
        group.add_argument(
            flag(f),
            type=_value_type(f),
            default=default,
            metavar="N",
            help=f"{f.metadata['help']} (default {_shown(default)}; "
            f"{_shown(lowest)} to {_shown(highest)})",
        )
    return group


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="otp-sandbox",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other machines can reach; /__sandbox/ then needs the "
        "bearer token printed at start",
    )
    parser.add_argument(
        "--client-id", default="sandbox-client", help="demo clientID (default sandbox-client)"
    )
    parser.add_argument("--client-secret", help="demo clientSecret (default: random per start)")
    parser.add_argument("--quiet", action="store_true", help="do not print the codes sent")
    rules = _add_ranged(parser, "rules (also changeable live: POST /__sandbox/rules)", SandboxRules)
    rules.add_argument(
        "--test-numbers",
        type=_test_numbers,
        metavar="FILE",
        help='JSON file: [{"country_code": "+91", "phone_number": "9999900001", '
        '"otp": "123456"}, ...] (default: the four built-in test numbers)',
    )
    _add_ranged(parser, "connection limits", ServerLimits)
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def rules_from(args: argparse.Namespace) -> SandboxRules:
    values = {f.name: getattr(args, f.name) for f in ranged_fields(SandboxRules)}
    if args.test_numbers is not None:
        values["test_numbers"] = args.test_numbers
    return SandboxRules(**values)


def limits_from(args: argparse.Namespace) -> ServerLimits:
    return ServerLimits(**{f.name: getattr(args, f.name) for f in ranged_fields(ServerLimits)})


async def serve(args: argparse.Namespace) -> None:
    authority = SandboxAuthority(client_id=args.client_id)
    if args.client_secret:
        authority.client_secret = args.client_secret
    server = SandboxServer(
        rules_from(args), authority=authority, log_codes=not args.quiet, limits=limits_from(args)
    )
    url = await server.start(args.host, args.port, allow_remote=args.allow_remote)
    print(f"otp-sandbox listening on {url}", flush=True)
    token = server.guard.token
    if token is None:
        print(f"credentials: curl {url}/__sandbox/credentials", flush=True)
    else:
        print(
            f"reachable from other machines: /__sandbox/ needs the header "
            f"'Authorization: Bearer {token}'",
            flush=True,
        )
        print(
            f"credentials: curl -H 'Authorization: Bearer {token}' {url}/__sandbox/credentials",
            flush=True,
        )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    try:
        asyncio.run(serve(args))
    except RemoteNotAllowedError as exc:
        print(f"otp-sandbox: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"otp-sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:  # Ctrl+C where no signal handler could be set
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
