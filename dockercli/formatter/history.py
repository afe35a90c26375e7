"""Image history rows for `history`: the placeholders of docker's historyContext."""

import time
from datetime import datetime, timezone

from dockercli import reference
from dockercli.formatter.containers import ellipsis, marshal_row
from dockercli.formatter.units import human_duration, human_size

DEFAULT_TABLE_FORMAT = ("table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t"
                        "{{.Comment}}")
NON_HUMAN_TABLE_FORMAT = ("table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t"
                          "{{.Comment}}")
HEADERS = {
    "ID": "IMAGE",
    "CreatedSince": "CREATED",
    "CreatedAt": "CREATED AT",
    "CreatedBy": "CREATED BY",
    "Size": "SIZE",
    "Comment": "COMMENT",
}
TEXT_FIELDS = frozenset(HEADERS)
EPOCH_2000 = 946684800   # before this, docker shows no age


def history_format(source, quiet, human):
    """docker's NewHistoryFormat."""
    if source == "table":
        if quiet:
            return "{{.ID}}"
        return DEFAULT_TABLE_FORMAT if human else NON_HUMAN_TABLE_FORMAT
    return source


class HistoryRow:
    __gotype__ = "*image.historyContext"
    JSON_FIELDS = tuple(sorted(HEADERS))

    def __init__(self, item, trunc=True, human=True, now=None):
        self._h = item
        self._trunc = trunc
        self._human = human
        self._now = now

    def ID(self):
        image_id = self._h.get("Id", "")
        return reference.truncate_id(image_id) if self._trunc else image_id

    def CreatedAt(self):
        """RFC 3339 in the local zone, as Go's time.Unix(...).Format(time.RFC3339)."""
        moment = datetime.fromtimestamp(self._h.get("Created", 0), timezone.utc).astimezone()
        text = moment.isoformat(timespec="seconds")
        return text[:-6] + "Z" if text.endswith("+00:00") else text

    def CreatedSince(self):
        if not self._human:
            return self.CreatedAt()
        created = self._h.get("Created", 0)
        if created <= EPOCH_2000:
            return "N/A"
        now = time.time() if self._now is None else self._now
        return human_duration(now - created) + " ago"

    def CreatedBy(self):
        created_by = self._h.get("CreatedBy", "").replace("\t", " ")
        return ellipsis(created_by, 45) if self._trunc else created_by

    def Size(self):
        size = self._h.get("Size", 0)
        return human_size(size, 3) if self._human else str(size)

    def Comment(self):
        return self._h.get("Comment", "")

    def __json__(self):
        return marshal_row(self)
