"""The Qt skin over the core: windows, pages, widgets."""

from otp_desktop.ui import pyside_import_hook

pyside_import_hook.install()  # before the UI's own imports (see the module)
