"""Readers and writers for archives: text, JSONL and HTML files (optionally gzipped) in,
JSONL, CSV, TSV and a table out."""
