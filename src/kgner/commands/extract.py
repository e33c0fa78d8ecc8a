"""`kgner extract`: entities of files, directories, JSONL dumps, HTML pages or stdin.

Built for archives: documents stream through `kgner.extract_many` (`--jobs N`), every
output record is written whole and flushed (an interrupted run leaves a valid file,
`--resume` continues it), and what cannot be read or processed goes to an errors
file with the reason instead of stopping the run.

Offsets: for `.html` input they index the HTML source as read (kgner's cleanup skips
the markup); for JSONL they index the text field's string.

Exit codes: 0 all documents done; 1 some files or documents failed (see the errors
file); 2 bad usage or input (a missing path, an unknown format, a JSONL line that is
not JSON or lacks the text field); 130 interrupted.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, deque

from ..types import LABELS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
MAX_ERROR_LINES = 20  # stderr shows the first ones; the errors file has them all


class _Run:
    """Counts and reports what a run did: documents, entities per label, errors."""

    def __init__(self, errors, quiet: bool) -> None:
        self.errors_log, self.quiet = errors, quiet
        self.docs = self.skipped = self.failed = self.usage = 0
        self.labels: Counter[str] = Counter()
        self.start = time.perf_counter()

    def error(self, record: dict, usage: bool = False) -> None:
        self.failed += 1
        self.usage += usage
        self.errors_log.write(record)
        if self.failed <= MAX_ERROR_LINES or self.errors_log.path is None:
            where = record["source"] if record["stage"] == "read" else \
                f"{record['source']}: document {record['id']}"
            print(f"kgner: {where}: {record['error']}", file=sys.stderr)

    def summary(self) -> str:
        seconds = time.perf_counter() - self.start
        labels = ", ".join(f"{k} {v}" for k, v in self.labels.most_common())
        parts = [f"{self.docs} documents"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (done before)")
        parts.append(f"{sum(self.labels.values())} entities" + (f" ({labels})" if labels else ""))
        errors = f"{self.failed} errors"
        if self.failed and self.errors_log.path:
            errors += f" (in {self.errors_log.path})"
        return f"kgner: {'; '.join(parts + [errors])}; {seconds:.1f} s"

    def exit_code(self) -> int:
        return EXIT_USAGE if self.usage else EXIT_FAILED if self.failed else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from concurrent.futures.process import BrokenProcessPool

    from ..batch import extract_many
    from ..pipeline import Pipeline
    from ..io.progress import Progress
    from ..io.readers import Doc, InputError, expand, read, size_of
    from ..io.writers import RESUMABLE, ErrorLog, Output

    if args.resume and (not args.output or args.format not in RESUMABLE):
        print("kgner extract: --resume needs -o FILE and --format jsonl, csv or tsv",
              file=sys.stderr)
        return EXIT_USAGE
    if args.jobs < 1:
        print("kgner extract: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        sources = expand(args.paths, args.glob, args.input_format)
    except InputError as exc:
        print(f"kgner extract: {exc}", file=sys.stderr)
        return EXIT_USAGE
    options = {"kb": list(args.kb)} if args.kb else None
    pipeline = None
    if args.jobs == 1 or args.kb:  # build it now: a pipeline or KB that cannot load is a clear error
        try:
            pipeline = Pipeline(args.labels, **(options or {}))
        except Exception as exc:
            print(f"kgner extract: cannot build the pipeline: {exc}", file=sys.stderr)
            return EXIT_USAGE
    errors_path = args.errors or (f"{args.output}.errors.jsonl" if args.output else None)
    try:
        output = Output(args.output, args.format, args.resume, sys.stdout, args.facts)
    except OSError as exc:
        print(f"kgner extract: cannot write {args.output}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    run = _Run(ErrorLog(errors_path, args.resume), args.quiet)
    sizes = [size_of(s) for s in sources]
    show = not args.quiet and sys.stderr.isatty()
    progress = Progress(None if None in sizes else sum(sizes), show)
    pending: deque[tuple[str, int]] = deque()  # (source, bytes) of documents in flight

    def documents():
        for source in sources:
            for item in read(source, args.text_field, args.id_field, args.encoding_errors):
                if not isinstance(item, Doc):
                    run.error(item.to_dict(), usage=item.usage)
                    progress.update(item.nbytes, 0)
                elif str(item.id) in output.done:
                    run.skipped += 1
                    progress.update(item.nbytes)
                else:
                    pending.append((item.source, item.nbytes))
                    yield {"id": item.id, "text": item.text}

    try:
        for result in extract_many(documents(), n_process=args.jobs, labels=args.labels,
                                   pipeline=pipeline if args.jobs == 1 else None,
                                   options=options):
            source, nbytes = pending.popleft()
            if result.ok:
                output.write(result, source)
                run.docs += 1
                run.labels.update(e.label for e in result.extraction)
            else:
                run.error({"id": result.id, "source": source, "stage": "extract",
                           "error": result.error})
            progress.update(nbytes)
    except BrokenProcessPool as exc:
        progress.close()
        print(f"kgner extract: a worker process failed ({exc}); is the pipeline loadable? "
              f"try --jobs 1", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        progress.close()
        print(f"kgner: interrupted; what is written is complete"
              f"{', rerun with --resume to continue' if args.output else ''}", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        output.close()
        run.errors_log.close()
    progress.close()
    if not args.quiet:
        print(run.summary(), file=sys.stderr)
    return run.exit_code()


def register(sub) -> None:
    p = sub.add_parser(
        "extract", help="extract entities from files, directories or stdin",
        description="Extract entities from .txt, .jsonl, .html files (or their .gz), "
                    "directories (recursively) or stdin. Exit 0 ok, 1 some documents "
                    "failed, 2 bad usage or input.")
    p.add_argument("paths", nargs="*", help="files or directories; '-' or none reads stdin")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument("--format", choices=["table", "jsonl", "csv", "tsv"], default="jsonl",
                   help="jsonl: a record per document (id, source, lang, entities); "
                        "csv/tsv: a row per entity; table: for reading")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="only these labels")
    p.add_argument("--input-format", choices=["txt", "jsonl", "html"],
                   help="read every input as this (default: from the file name; stdin: txt)")
    p.add_argument("--text-field", default="text", help="JSONL field holding the text")
    p.add_argument("--id-field", default="id", help="JSONL field holding the document id "
                   "(default 'id'; missing: FILE:LINE)")
    p.add_argument("--glob", help="in directories, only files matching this pattern ('*.jsonl.gz')")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="strict: a file that is not UTF-8 is an error; replace: read it anyway")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: skip documents already in -o FILE")
    p.add_argument("--errors", help="errors file (default: OUTPUT.errors.jsonl; "
                   "with stdout output errors go to stderr)")
    p.add_argument("--kb", nargs="+", default=[], metavar="TSV",
                   help="user knowledge-base files (id, label, name, aliases[, name_ru, ...])")
    p.add_argument("--facts", action="store_true",
                   help="add election facts (turnout, votes cast, incidents, party results): "
                        "a `facts` list in JSONL, `fact` lines in the table")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.set_defaults(func=cmd_extract)
