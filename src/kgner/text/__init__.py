"""Text preparation: an offset-safe cleaned view, sentence segments and language id."""
