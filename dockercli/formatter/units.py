"""Human units as docker prints them (docker/go-units, Go's time.Time.String)."""

import time
from datetime import datetime, timezone

_DECIMAL_UNITS = ("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")


def human_size(size, precision=4):
    """go-units HumanSizeWithPrecision: decimal units, %g with `precision` digits."""
    size = float(size)
    unit = 0
    while size >= 1000.0 and unit < len(_DECIMAL_UNITS) - 1:
        size /= 1000.0
        unit += 1
    return "%.*g%s" % (precision, size, _DECIMAL_UNITS[unit])


def human_duration(seconds):
    """go-units HumanDuration for a duration in (float) seconds."""
    whole = int(seconds)
    if whole < 1:
        return "Less than a second"
    if whole == 1:
        return "1 second"
    if whole < 60:
        return "%d seconds" % whole
    minutes = int(seconds / 60)
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return "%d minutes" % minutes
    hours = int(seconds / 3600 + 0.5)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return "%d hours" % hours
    if hours < 24 * 7 * 2:
        return "%d days" % (hours // 24)
    if hours < 24 * 30 * 2:
        return "%d weeks" % (hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return "%d months" % (hours // 24 // 30)
    return "%d years" % (int(seconds / 3600) // 24 // 365)


def since(timestamp, now=None):
    """"5 minutes ago" for a Unix timestamp, measured on this machine's clock as docker does."""
    now = time.time() if now is None else now
    return human_duration(now - timestamp) + " ago"


def go_time_string(timestamp):
    """Go's time.Unix(ts, 0).String() in the local zone: "2006-01-02 15:04:05 -0700 MST"."""
    moment = datetime.fromtimestamp(timestamp, timezone.utc).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S %z ") + (moment.tzname() or moment.strftime("%z"))
