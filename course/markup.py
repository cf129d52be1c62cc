"""The Markdown of the bank texts as HTML: :func:`markdown_html` for prompts (paragraphs,
lists, via mistune), :func:`inline_html` for feedback, hints and solutions.

Bank messages and explanations may emphasise a word (``*escalation*``, ``**hedges**``) or
mark code (```course.hint("start-01")```), and the TOML files wrap long texts over several
lines. :func:`inline_html` turns that into safe HTML: everything is escaped first, a
single line break is a space, a blank line starts a new paragraph. :func:`plain` gives the
same text without the markers, for a terminal.

Example:
    >>> inline_html("Mark the **hedges**,\\nnot the *cues* <b>.")
    'Mark the <strong>hedges</strong>, not the <em>cues</em> &lt;b&gt;.'
    >>> plain("Mark the **hedges**, not the *cues*.")
    'Mark the hedges, not the cues.'
"""

from __future__ import annotations

import html
import re

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


def _inline(text: str) -> str:
    out = html.escape(" ".join(text.split()))
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


def inline_html(text: str | None) -> str:
    """Escaped HTML with ``**strong**``, ``*em*`` and ```code``` rendered; paragraphs
    after a blank line become ``<p>`` blocks (a one-paragraph text stays inline)."""
    paras = [p for p in _PARAGRAPH.split(str(text or "").strip()) if p.strip()]
    if len(paras) <= 1:
        return _inline(paras[0]) if paras else ""
    return "".join(f"<p style='margin:.3em 0'>{_inline(p)}</p>" for p in paras)


def plain(text: str | None) -> str:
    """The text without Markdown markers, line breaks inside a paragraph joined."""
    paras = [" ".join(p.split()) for p in _PARAGRAPH.split(str(text or "").strip()) if p.strip()]
    out = "\n\n".join(paras)
    out = _CODE.sub(r"\1", out)
    out = _STRONG.sub(r"\1", out)
    return _EM.sub(r"\1", out)


def markdown_html(text: str | None) -> str:
    """Markdown to HTML with any raw HTML escaped (prompts come from the bank files).

    >>> markdown_html("Mark the **hedges** <b>")
    '<p>Mark the <strong>hedges</strong> &lt;b&gt;</p>\\n'
    """
    if not text:
        return ""
    try:
        import mistune

        return str(mistune.create_markdown(escape=True)(text))
    except Exception:  # pragma: no cover - mistune comes with nbconvert
        paras = [p.strip() for p in str(text).split("\n\n") if p.strip()]
        return "".join(f"<p>{html.escape(p)}</p>" for p in paras)
