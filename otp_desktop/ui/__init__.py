"""The Qt skin over the core: windows, pages, widgets."""
