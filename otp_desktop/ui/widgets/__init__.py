"""Reusable partials shared by the UI's areas (naming, dialogs); no area imports another."""
