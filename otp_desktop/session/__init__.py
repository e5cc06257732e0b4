"""The Qt-free session: what the app is doing, with no window attached."""

from otp_desktop.session.connecting import Connector, ConnectProblem, ExchangeHook
from otp_desktop.session.events import Event
from otp_desktop.session.session import BookLoader, Session

__all__ = ["BookLoader", "ConnectProblem", "Connector", "Event", "ExchangeHook", "Session"]
