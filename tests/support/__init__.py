"""Test helpers: the certification check, checked handlers and the dialog-script runner."""
