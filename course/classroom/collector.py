"""The file-name collector ``classroom collect`` gives ``nbgrader zip_collect``.

nbgrader reads a submission time out of an LMS file name with a date parser that takes
Blackboard's ``2026-03-02-09-20-11`` for 2 March at 20:00 (the ``-11`` looks like a time
zone) or refuses it ("Invalid timestamp string"). :class:`LmsCollector` is nbgrader's own
``FileNameCollectorPlugin`` (same settings, same file-name patterns) that writes such a
time as ``2026-03-02 09:20:11`` before nbgrader parses it.

Example:
    >>> iso_time("2026-03-02-09-20-11")
    '2026-03-02 09:20:11'
    >>> iso_time("2026-03-02 09:20:11")
    '2026-03-02 09:20:11'
"""

from __future__ import annotations

import re
from typing import Optional

from nbgrader.plugins.zipcollect import FileNameCollectorPlugin

_DASHED = re.compile(r"^(\d{4}-\d{2}-\d{2})-(\d{2})-(\d{2})-(\d{2})$")

#: How nbgrader's configuration names this class (``ZipCollectApp.collector_plugin``).
PLUGIN = "course.classroom.collector.LmsCollector"


def iso_time(text: str) -> str:
    """A Blackboard time (``yyyy-mm-dd-hh-mm-ss``) written as ``yyyy-mm-dd hh:mm:ss``; other text unchanged."""
    m = _DASHED.match(text.strip())
    return f"{m[1]} {m[2]}:{m[3]}:{m[4]}" if m else text


class LmsCollector(FileNameCollectorPlugin):
    """``FileNameCollectorPlugin`` with Blackboard's dashed times made readable to nbgrader."""

    def collect(self, submitted_file: str) -> Optional[dict]:
        info = super().collect(submitted_file)
        if info and info.get("timestamp"):
            info["timestamp"] = iso_time(str(info["timestamp"]))
        return info
