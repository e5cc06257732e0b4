"""Entry point of the PyInstaller bundle."""

from otp_desktop.app import main

raise SystemExit(main())
