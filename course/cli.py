"""The command-line tool: ``python -m course`` (also installed as ``diplomatic-news``).

Commands:

- ``python -m course analyze FILE [--html OUT] [--lenses hedging,attribution]``
  prints a summary of what each lens finds; ``--html`` writes the highlighted page.
- ``python -m course analyze --article NAME`` analyses a text of the kit.
- ``python -m course list`` lists the kit's texts.
- ``python -m course evaluate NAME`` scores the analyzers against a text's gold annotation.
- ``python -m course classroom init|release|collect|grade|export|classview ...`` grades the
  notebooks' checkpoints in class with nbgrader (see :mod:`course.classroom.cli`).

Problems with the input (a missing, empty, binary or oversized file, an unknown
lens or article) are reported on one line starting ``error:`` with exit code 2;
Ctrl-C exits with 130.

Example:
    >>> main(["list"]) == 0  # doctest: +ELLIPSIS
    name ...
    True
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Sequence, TextIO

from .errors import CourseError

#: Largest file ``analyze`` reads, in bytes.
MAX_BYTES = 10 * 1024 * 1024

EXIT_USAGE = 2
EXIT_INTERRUPT = 130


class CliError(Exception):
    """A problem to report on one line, with exit code 2."""


# ------------------------------------------------------------------ reading input


def read_text_file(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file for analysis, or raise :class:`CliError` saying what is wrong.

    Accepts UTF-8 with or without a byte-order mark. Refuses missing files,
    directories, empty or whitespace-only files, binary files (NUL bytes or not
    valid UTF-8) and files over 10 MB or over ``course.analysis.MAX_CHARS`` characters.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise CliError(f"{name}: no such file.")
    if p.is_dir():
        raise CliError(f"{name} is a directory; give the path of a text file.")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CliError(f"{name} is too large ({size:,} bytes); the limit is {MAX_BYTES:,} bytes (10 MB).")
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise CliError(f"{name}: permission denied.") from None
    except OSError as exc:
        raise CliError(f"{name}: cannot read it ({exc.strerror or exc}).") from None
    return decode_text(data, name)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 text without a byte-order mark: every other byte of its first part is NUL.

    >>> _looks_utf16("Lavrov said.".encode("utf-16-le")), _looks_utf16(b"\\x00\\x01\\x02\\x03" * 8)
    (True, False)
    """
    head = data[:200]
    if len(head) < 8:
        return False
    even, odd = head[0::2], head[1::2]
    for zeros, others in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.1 * len(others):
            return True
    return False


def decode_text(data: bytes, name: str) -> str:
    """Decode file contents as UTF-8 (a byte-order mark is allowed) and check them.

    >>> decode_text("Lavrov said.".encode("utf-8-sig"), "f.txt")
    'Lavrov said.'
    >>> decode_text("café".encode("latin-1"), "f.txt")
    Traceback (most recent call last):
    ...
    course.cli.CliError: f.txt is not UTF-8 text (undecodable byte at position 3); save it as UTF-8 and try again.
    """
    from .analysis import MAX_CHARS

    if len(data) > MAX_BYTES:
        raise CliError(f"{name} is too large; the limit is {MAX_BYTES:,} bytes (10 MB).")
    if _looks_utf16(data[2:] if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data):
        raise CliError(f"{name} is saved as UTF-16 text; save it as UTF-8 and try again.")
    if b"\x00" in data:
        raise CliError(f"{name} looks like a binary file (it contains NUL bytes), not text.")
    text = None
    for encoding in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            err = exc
    if text is None:
        raise CliError(
            f"{name} is not UTF-8 text (undecodable byte at position {err.start}); "
            "save it as UTF-8 and try again."
        )
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CliError(f"{name} is empty (nothing but whitespace).")
    if len(text) > MAX_CHARS:
        raise CliError(f"{name} is too long ({len(text):,} characters); the limit is {MAX_CHARS:,}.")
    return text


# ------------------------------------------------------------------ printing


def _short(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _aligned(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
        for r in rows
    ]


def summary(analysis: Any, lenses: Sequence[str], name: str = "") -> str:
    """The plain-text summary printed by ``analyze``."""
    from .highlighting import LENS_TITLES
    from .labels import LENSES

    out: list[str] = []
    words = len(analysis.document.tokens) if analysis.document is not None else len(analysis.text.split())
    head = f"{name}: " if name else ""
    ns = len(analysis.sentences)
    out.append(f"{head}{ns} sentence{'s' * (ns != 1)}, {words} tokens")
    out.append("")
    counts = analysis.counts()
    rows = [["lens", "marks"]]
    for lens in lenses:
        n = sum(counts.get(c, 0) for c in LENSES[lens])
        if lens == "attribution":
            rows.append([LENS_TITLES[lens], f"{n}"])
            rows.append(["  relations", f"{len(analysis.attributions)}"])
            rows.append(["  unattributed sentences", f"{len(analysis.unattributed)}"])
        else:
            rows.append([LENS_TITLES[lens], f"{n}"])
    out += _aligned(rows, right=frozenset({1}))

    def section(title: str, lines: list[str]) -> None:
        out.append("")
        out.append(f"{title} ({len(lines)})")
        out.extend(lines or ["  (none)"])

    for lens, cat in (("hedging", "hedge"), ("boosting", "booster")):
        if lens in lenses:
            section(
                f"{LENS_TITLES[lens]}",
                [f"  {a.text}  [{a.label}]" for a in analysis.by_category(cat)],
            )
    if "attribution" in lenses:
        lines = []
        for a in analysis.attributions:
            src = a.source.text if a.source is not None else "(no source)"
            via = f" via {a.via.text}" if a.via is not None else ""
            content = _short(a.content.text) if a.content is not None else "(content not delimited)"
            lines.append(f"  {_short(src, 40)} -> {a.cue.text} ({a.verb_class}){via} -> {content}")
        section("Attributions", lines)
        section("Unattributed sentences", [f"  {_short(s.text, 100)}" for s in analysis.unattributed])
    for lens, cat in (("escalation", "escalation"), ("deescalation", "deescalation")):
        if lens in lenses:
            lines = []
            for a in analysis.by_category(cat):
                inten = "   ?" if a.intensity is None else f"{a.intensity:+5.1f}"
                mods = f"  ({', '.join(a.modifiers)})" if a.modifiers else ""
                lines.append(f"  {inten}  {_short(a.text, 50)}  [{a.label}]{mods}")
            section(f"{LENS_TITLES[lens]} phrases (intensity, Goldstein -10..+10)", lines)
    return "\n".join(out)


# ------------------------------------------------------------------ commands


def _cmd_analyze(args: argparse.Namespace, stdout: TextIO) -> int:
    from .analysis import analyze
    from .highlighting import check_lenses, highlight

    try:
        lenses = check_lenses(args.lenses)
    except CourseError as exc:
        raise CliError(str(exc)) from None
    title = None
    if args.article:
        if args.file:
            raise CliError("give either a FILE or --article NAME, not both.")
        from .datasets import load_article

        article = load_article(args.article)
        text, name, title = article.text, article.name, article.title
    elif args.file:
        if args.file == "-":
            name = "<stdin>"
            text = decode_text(sys.stdin.buffer.read(MAX_BYTES + 1), "the standard input")
        else:
            text = read_text_file(args.file)
            name = args.file
    else:
        raise CliError("give a FILE to analyse, or --article NAME (see: python -m course list).")
    if args.html is not None:
        if not args.html.strip():
            raise CliError("--html needs a file name, e.g. --html report.html.")
        out = Path(args.html)
        if args.file and args.file != "-" and out.exists() and out.resolve() == Path(args.file).resolve():
            raise CliError(f"the HTML report would overwrite the text being analysed ({args.file}); "
                           "give another file name, e.g. --html report.html.")
        if out.is_dir():
            raise CliError(f"{args.html} is a directory; give a file name for the HTML report.")
        if not out.resolve().parent.is_dir():
            raise CliError(f"cannot write {args.html}: the folder {out.parent} does not exist.")
    analysis = analyze(text)
    print(summary(analysis, lenses, name), file=stdout)
    if args.html is not None:
        try:
            highlight(analysis, lenses, title=title or Path(name).name).save(out)
        except OSError as exc:
            raise CliError(f"cannot write {args.html} ({exc.strerror or exc}).") from None
        print(f"\nHTML report written to {out}", file=stdout)
    return 0


def _cmd_list(args: argparse.Namespace, stdout: TextIO) -> int:
    from .datasets import list_articles, load_article

    rows = [["name", "kind", "words", "gold", "title"]]
    for n in list_articles(args.kind):
        a = load_article(n)
        gold = "yes" if (a.path / "gold.json").is_file() else "no"
        rows.append([n, str(a.meta.get("kind", "-")), str(len(a.text.split())), gold, _short(a.title, 60)])
    print("\n".join(_aligned(rows, right=frozenset({2}))), file=stdout)
    return 0


def _cmd_evaluate(args: argparse.Namespace, stdout: TextIO) -> int:
    from .analysis import analyze
    from .datasets import load_article, load_gold

    article = load_article(args.name)
    if not (article.path / "gold.json").is_file():
        raise CliError(f"the article {args.name!r} has no gold annotation, so it cannot be evaluated.")
    gold = load_gold(args.name)
    from .evaluation import evaluate

    ev = evaluate(analyze(article.text), gold)
    print(f"{args.name}: analyzers against the gold annotation", file=stdout)
    print("(exact = same start and end; overlap = any shared character, matched one to one)\n", file=stdout)
    print(ev.table(), file=stdout)
    return 0


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    from .labels import LENSES

    parser = argparse.ArgumentParser(
        prog=prog,
        description="Read diplomatic news through three lenses: hedging/boosting, attribution, "
        "escalation/de-escalation.",
        epilog="Examples:\n  %(prog)s list\n  %(prog)s analyze article.txt --html report.html\n"
        "  %(prog)s analyze --article lavrov-asymmetric-steps-2021 --lenses hedging,attribution\n"
        "  %(prog)s evaluate lavrov-asymmetric-steps-2021",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--debug", action="store_true", help="show the full traceback of unexpected errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "analyze",
        help="analyse a text file (or a kit article) and print a summary",
        description="Analyse a UTF-8 text file and print what each lens finds.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="a UTF-8 text file ('-' reads standard input)")
    p.add_argument("--article", metavar="NAME", help="analyse a text of the kit instead (see 'list')")
    p.add_argument("--html", metavar="OUT", help="also write the highlighted text as a standalone HTML page")
    p.add_argument(
        "--lenses",
        metavar="LIST",
        help=f"comma-separated lenses to show (default: all): {','.join(LENSES)}",
    )
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("list", help="list the texts of the kit", description="List the texts of the kit.")
    p.add_argument("--kind", choices=["news", "constructed"], help="only texts of this kind")
    p.set_defaults(func=_cmd_list)

    p = sub.add_parser(
        "evaluate",
        help="score the analyzers against a kit text's gold annotation",
        description="Print precision, recall and F1 per lens (exact and overlap matching).",
    )
    p.add_argument("name", metavar="NAME", help="a kit text with a gold annotation (see 'list')")
    p.set_defaults(func=_cmd_evaluate)

    from .classroom.cli import add_parser as add_classroom_parser

    add_classroom_parser(sub)
    return parser


def _prog() -> str:
    arg0 = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if arg0 in ("__main__.py", "-m", "-c", ""):
        return "python -m course"
    return arg0


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; return the exit code (0 success, 2 input error, 130 interrupted)."""
    if stdout is None:
        for stream in (sys.stdout, sys.stderr):
            enc = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
            if hasattr(stream, "reconfigure") and enc != "utf8":
                stream.reconfigure(errors="replace")  # never crash on a curly quote
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser(_prog())
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(stdout)
        return EXIT_USAGE
    try:
        return args.func(args, stdout)
    except KeyboardInterrupt:
        return EXIT_INTERRUPT
    except (CliError, CourseError) as exc:
        msg = " ".join(str(exc).split())
        print(f"error: {msg}", file=stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader (e.g. `| head`) went away: stop quietly
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return 1
    except Exception as exc:  # pragma: no cover - a bug: keep it to one line unless --debug
        if args.debug:
            raise
        print(
            f"error: unexpected {type(exc).__name__}: {' '.join(str(exc).split())} "
            "(run with --debug for details)",
            file=stderr,
        )
        return 1


def run() -> None:
    """Entry point for ``python -m course`` and the ``diplomatic-news`` script."""
    try:
        code = main()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPT
    sys.exit(code)
