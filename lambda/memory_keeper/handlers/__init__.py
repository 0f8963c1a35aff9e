"""Request handlers, one module per capability; `skill.py` puts them in order."""
