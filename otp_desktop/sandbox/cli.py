"""`otp-sandbox`: the sandbox alone, for curl, Postman or any other client."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from dataclasses import fields

from otp_desktop.sandbox.rules import SandboxRules
from otp_desktop.sandbox.server import SandboxServer
from otp_desktop.sandbox.tokens import SandboxAuthority

_RULE_HELP = {
    "otp_lifetime_s": "seconds a code stays valid",
    "resend_cooldown_s": "seconds between two sends to one number",
    "max_attempts": "wrong tries before a code is burnt",
    "send_limit": "sends per number within --send-window-s",
    "send_window_s": "the window of --send-limit, in seconds",
    "min_wallet_bal_to_withdraw": "minimum earned balance to withdraw",
    "starting_earned_balance": "earned balance of a new wallet",
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="otp-sandbox", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)"
    )
    parser.add_argument("--client-id", default="sandbox-client", help="demo clientID")
    parser.add_argument("--client-secret", help="demo clientSecret (default: random per start)")
    parser.add_argument("--quiet", action="store_true", help="do not print the codes sent")
    defaults = SandboxRules()
    for f in fields(SandboxRules):
        if f.name in _RULE_HELP:
            default = getattr(defaults, f.name)
            parser.add_argument(
                "--" + f.name.replace("_", "-"),
                type=type(default),
                default=default,
                help=f"{_RULE_HELP[f.name]} (default {default:g})",
            )
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    rules = SandboxRules(**{k: getattr(args, k) for k in _RULE_HELP})
    authority = SandboxAuthority(client_id=args.client_id)
    if args.client_secret:
        authority.client_secret = args.client_secret
    server = SandboxServer(rules, authority=authority, log_codes=not args.quiet)
    url = await server.start(args.host, args.port)
    print(f"otp-sandbox listening on {url}", flush=True)
    print(f"credentials: curl {url}/__sandbox/credentials", flush=True)
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
