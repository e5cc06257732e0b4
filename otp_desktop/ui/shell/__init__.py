"""The window's frame: main window, menus, docks, keyboard rules, file notices, one instance."""
