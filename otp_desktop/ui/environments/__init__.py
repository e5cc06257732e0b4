"""Environments: the toolbar selector, the dialog and its form."""
