"""Your own text through the lenses: ``course.your_text()``.

Paste a news text into the box (or upload a ``.txt`` file) and press **Analyze**. The
widget shows the text highlighted through the lenses (the same view as
:func:`course.highlight`), the number of marks per lens, and the escalation curve
across the paragraphs (:mod:`course.plots`).

Bad input never produces a traceback: an empty box, a binary or non-UTF-8 file, a
text that is too long for a notebook view, or a web page's HTML source each get a
short message saying what to do, and what you typed stays in the box.

Example:
    >>> from course.widgets.own_text import OwnTextWidget
    >>> w = OwnTextWidget()
    >>> w.text.value = "Moscow may react, the minister said."
    >>> w.analyze()
    True
    >>> w.counts["hedging"], w.counts["attribution"]
    (1, 1)
    >>> w.text.value = "   "
    >>> w.analyze()
    False
    >>> w.last_error
    'The box is empty: paste a news text (a few sentences or a whole article) and press Analyze.'
"""

from __future__ import annotations

import html
import re
from typing import Any

import ipywidgets as W

from ..errors import CourseError, InputError
from ..highlighting import LENS_TITLES, Highlight, check_lenses, highlight
from ..labels import LENSES
from .explorer import lens_toggles, lenses_on, style_lens_toggles

#: Longest text the widget shows (characters; about 60 pages of news). Longer texts
#: can still be analysed with ``course.analyze`` in code.
MAX_WIDGET_CHARS = 200_000

#: Largest upload accepted (bytes).
MAX_UPLOAD_BYTES = 2_000_000

_HTML_TAG = re.compile(r"<\s*/?\s*(?:html|head|body|div|span|p|a|br|script|style|iframe|meta|link|img|"
                       r"table|tr|td|ul|ol|li|h[1-6]|section|article|nav|header|footer|form|input)\b[^>]*>",
                       re.IGNORECASE)
_SCRIPT = re.compile(r"<\s*(?:script|iframe|object|embed)\b|javascript:|\bon(?:load|error|click)\s*=",
                     re.IGNORECASE)


def check_input(text: Any) -> str:
    """Return the text if the widget can show it, otherwise raise :class:`InputError`
    with a message for the student.

    >>> check_input("Lavrov said talks may resume.")
    'Lavrov said talks may resume.'
    >>> check_input("<script>alert(1)</script>")
    Traceback (most recent call last):
    ...
    course.errors.InputError: This looks like program code from a web page (it contains a <script> or similar tag), not a news text. Copy the article's words from the page instead of its source code.
    """
    from ..analysis import check_text

    text = check_text(text)  # str, no NUL bytes, not absurdly long
    if not text.strip():
        raise InputError("The box is empty: paste a news text (a few sentences or a whole article) and press Analyze.")
    if len(text) > MAX_WIDGET_CHARS:
        raise InputError(
            f"This text has {len(text):,} characters; this view shows at most {MAX_WIDGET_CHARS:,}. "
            "Paste one article at a time (or use course.analyze(text) in code for long texts)."
        )
    if _SCRIPT.search(text):
        raise InputError(
            "This looks like program code from a web page (it contains a <script> or similar tag), "
            "not a news text. Copy the article's words from the page instead of its source code."
        )
    tags = len(_HTML_TAG.findall(text))
    if tags >= 3 and tags * 40 > len(text.split()):
        raise InputError(
            "This looks like a web page's HTML source (it is full of <tags>), not a news text. "
            "Copy the article's words from the page as it appears in the browser."
        )
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(3, len(text) // 200):
        raise InputError("This looks like a binary file, not text: it is full of control characters.")
    return text


def decode_upload(name: str, content: bytes) -> str:
    """The text of an uploaded ``.txt`` file, or :class:`InputError` with a reason.

    >>> decode_upload("a.txt", "Talks may resume.".encode("utf-8"))
    'Talks may resume.'
    >>> decode_upload("a.pdf", b"%PDF-1.7")
    Traceback (most recent call last):
    ...
    course.errors.InputError: 'a.pdf' is not a .txt file. Save the article as plain text (.txt) first, or paste it into the box.
    """
    if not str(name).lower().endswith(".txt"):
        raise InputError(
            f"{name!r} is not a .txt file. Save the article as plain text (.txt) first, or paste it into the box."
        )
    if len(content) > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{name!r} is {len(content):,} bytes; the upload takes at most {MAX_UPLOAD_BYTES:,}. "
            "Upload one article at a time."
        )
    if b"\x00" in content:
        raise InputError(f"{name!r} looks like a binary file, not text: it contains NUL bytes.")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            f"{name!r} is not UTF-8 text. Open it in a text editor and save it as UTF-8, or paste the text into the box."
        ) from None


def error_html(message: str) -> str:
    """The error box shown in the widget (escaped; no traceback)."""
    return (
        '<div class="course-error" role="alert" style="border-left:4px solid #c62828;padding:6px 10px;'
        f'margin:4px 0">✗ {html.escape(message)}</div>'
    )


#: The words on the upload button.
UPLOAD_LABEL = "Upload a .txt file"

#: ipywidgets' FileUpload always writes "<description> (<number of files>)" on its
#: button ("Upload .txt (0)"). This rule hides that text and shows a plain label
#: instead (the icon stays); the tooltip says the same.
UPLOAD_CSS = (
    "<style>"
    ".course-upload.widget-upload, .course-upload.jupyter-widget-upload {font-size:0 !important}"
    ".course-upload.widget-upload::after, .course-upload.jupyter-widget-upload::after {"
    f'content:"{UPLOAD_LABEL}";font-size:var(--jp-widgets-font-size, 13px)}}'
    ".course-upload.widget-upload i.fa, .course-upload.jupyter-widget-upload i.fa {"
    "font-size:var(--jp-widgets-font-size, 13px);margin-right:.4em}"
    "</style>"
)


class OwnTextWidget(W.VBox):
    """Paste or upload a text, press Analyze, see highlights, counts and the escalation curve.

    Args:
        text: text to put in the box (and analyse at once), or None for an empty box.
        lenses: lenses switched on at the start (None: all).
        charts: draw the charts (default True).

    Attributes:
        text: the ``Textarea``; ``upload``: the ``FileUpload`` (.txt);
        analyze_button: the Analyze ``Button``;
        lens_buttons: lens name -> ``ToggleButton``;
        message: ``HTML`` with the error (or status) message;
        view: ``HTML`` with the highlighted text; ``table``: ``HTML`` with counts per lens;
        counts_chart, curve_chart: ``Image`` widgets (PNG) of the charts;
        analysis: the last successful analysis (None before one);
        counts: marks per lens of that analysis (:func:`course.plots.count_lenses`);
        figures: ``{"counts": Figure, "curve": Figure}`` of the last analysis;
        last_error: the last message shown for bad input ("" when none).
    """

    def __init__(self, text: str | None = None, lenses: Any = None, charts: bool = True,
                 **kwargs: Any) -> None:
        on = set(check_lenses(lenses))
        self.charts = charts
        self.analysis: Any = None
        self.highlight: Highlight | None = None
        self.counts: dict[str, int] = {}
        self.figures: dict[str, Any] = {}
        self.last_error = ""
        self.text = W.Textarea(
            value="" if text is None else str(text),
            placeholder="Paste a news text here (a few sentences or a whole article), then press Analyze.",
            description="Your text",
            style={"description_width": "initial"},
            layout=W.Layout(width="100%", height="10em", margin="2px 0"),  # no side margins to overflow by
        )
        self.upload = W.FileUpload(accept=".txt,text/plain", multiple=False, icon="upload",
                                   description="Upload .txt", tooltip=UPLOAD_LABEL,
                                   layout=W.Layout(width="auto"))
        self.upload.add_class("course-upload")  # see UPLOAD_CSS: no "(0)" file count
        self.upload.observe(self._uploaded, names="value")
        self.analyze_button = W.Button(description="Analyze", icon="search", button_style="primary",
                                       tooltip="Analyse the text in the box", layout=W.Layout(width="auto"))
        self.analyze_button.on_click(lambda _b: self.analyze())
        self.lens_buttons = lens_toggles(on, lambda _c: self._redraw())
        self._style_buttons()
        self.message = W.HTML()
        self.view = W.HTML()
        self.table = W.HTML()
        # align_self: shown at their own size (a VBox would stretch them and blur them).
        chart_layout = {"max_width": "100%", "height": "auto", "align_self": "flex-start"}
        self.counts_chart = W.Image(format="png", layout=W.Layout(**chart_layout))
        self.curve_chart = W.Image(format="png", layout=W.Layout(**chart_layout))
        self.results = W.VBox(
            [self.view, W.HTML("<h4 style='margin:.6em 0 .2em'>In numbers</h4>"), self.table,
             self.counts_chart, self.curve_chart],
            layout=W.Layout(display="none"),
        )
        style = W.HTML(UPLOAD_CSS, layout=W.Layout(display="none"))  # a style sheet, not shown
        controls = W.HBox([self.analyze_button, self.upload, style],
                          layout=W.Layout(flex_flow="row wrap", align_items="center"))
        lens_row = W.HBox([W.Label("Lenses:"), *self.lens_buttons.values()],
                          layout=W.Layout(flex_flow="row wrap", align_items="center"))
        super().__init__([self.text, controls, lens_row, self.message, self.results], **kwargs)
        self.add_class("course-your-text")
        if text is not None:
            self.analyze()

    # -------------------------------------------------------------- state

    @property
    def lenses(self) -> tuple[str, ...]:
        """The lenses switched on, in the kit's order."""
        return lenses_on(self.lens_buttons)

    def _style_buttons(self) -> None:
        style_lens_toggles(self.lens_buttons)

    def show_error(self, message: str) -> None:
        """Show a message for bad input; the results of an earlier text are hidden."""
        self.last_error = message
        self.message.value = error_html(message)
        self.results.layout.display = "none"

    # -------------------------------------------------------------- actions

    def analyze(self) -> bool:
        """Analyse the text in the box (what the Analyze button does).

        Returns:
            True when the text was analysed, False when a message was shown instead.
        """
        from ..analysis import analyze
        from ..plots import count_lenses

        try:
            text = check_input(self.text.value)
            analysis = analyze(text)
            counts = count_lenses(analysis)
        except CourseError as exc:
            self.show_error(str(exc))
            return False
        except Exception as exc:  # never a traceback for the student
            self.show_error(
                f"Something went wrong while analysing this text ({type(exc).__name__}). "
                "Try a shorter piece of it, and tell your teacher if it happens again."
            )
            return False
        self.analysis, self.counts, self.last_error = analysis, counts, ""
        self.message.value = ""
        self._redraw()
        self.table.value = self._table()
        if self.charts:
            self._draw_charts()
        self.results.layout.display = "flex"
        return True

    def _redraw(self) -> None:
        self._style_buttons()
        if self.analysis is None:
            return
        self.highlight = highlight(self.analysis, lenses=self.lenses)
        self.view.value = self.highlight.html

    def _table(self) -> str:
        n_par = len(self.analysis.paragraphs)
        n_sent = len(self.analysis.sentences)
        rows = "".join(
            f"<tr><td>{html.escape(LENS_TITLES[lens])}</td><td style='text-align:right;padding-left:1em'>"
            f"{self.counts[lens]}</td></tr>" for lens in LENSES
        )
        from ..analysis import looks_english

        language = ("" if looks_english(self.analysis) else
                    "<div role='note' style='margin:.3em 0'><b>Note:</b> this text does not look like English. "
                    "The lenses read English only, so few or no marks are to be expected.</div>")
        return (f"{language}<div>{n_par} paragraph{'s' * (n_par != 1)}, {n_sent} sentence{'s' * (n_sent != 1)}.</div>"
                f"<table class='course-counts' aria-label='Marks per lens'>{rows}</table>"
                "<div style='font-size:.85em;opacity:.75'>Attribution counts who-says-what relations; "
                "the other lenses count marked phrases.</div>")

    def _draw_charts(self) -> None:
        from ..plots import escalation_curve_plot, lens_counts, to_png

        try:
            self.figures = {
                "counts": lens_counts(self.analysis, title="Marks found by each lens in your text"),
                "curve": escalation_curve_plot(self.analysis, title="Escalation per paragraph of your text"),
            }
            self.counts_chart.value = to_png(self.figures["counts"])
            self.curve_chart.value = to_png(self.figures["curve"])
        except Exception as exc:  # a chart must never hide the analysis
            self.figures = {}
            self.message.value = error_html(f"The charts could not be drawn ({type(exc).__name__}).")

    def load_file(self, name: str, content: bytes) -> bool:
        """Put an uploaded file's text in the box and analyse it.

        A bad file shows a message and leaves the box as it was.
        """
        try:
            text = check_input(decode_upload(name, bytes(content)))  # checked before the box changes
        except CourseError as exc:
            self.show_error(str(exc))
            return False
        self.text.value = text
        return self.analyze()

    def _uploaded(self, change: Any) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0] if isinstance(files, (list, tuple)) else next(iter(files.values()))
        name = item.get("name", "upload") if isinstance(item, dict) else getattr(item, "name", "upload")
        content = item.get("content", b"") if isinstance(item, dict) else getattr(item, "content", b"")
        self.load_file(name, content)


def your_text(text: str | None = None, lenses: Any = None, **kwargs: Any) -> OwnTextWidget:
    """Paste or upload your own text and see it through the lenses (``course.your_text``).

    Args:
        text: a text to analyse at once (optional).
        lenses: lenses switched on at the start (None: all).

    Returns:
        An :class:`OwnTextWidget`.
    """
    return OwnTextWidget(text, lenses=lenses, **kwargs)


__all__ = ["OwnTextWidget", "check_input", "decode_upload", "your_text"]
