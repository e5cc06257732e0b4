"""`python -m otp_desktop` starts the app."""

from otp_desktop.app import main

raise SystemExit(main())
