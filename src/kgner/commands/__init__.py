"""Subcommands of the `kgner` command line, one module each.

Every module here defines `register(subparsers)`; `kgner.cli` finds them all, so a new
command is a new module and nothing else changes.
"""
