"""The `since`/`until` timestamps of the Engine API, as docker's client computes them.

`get_timestamp` is docker's `timetypes.GetTimestamp` (what `docker events
--since` and `docker logs --since` accept): a Go duration ("10m", "1h30m",
relative to now), an RFC 3339 date or time in whole or in part ("2026-01-02",
"2026-01-02T15:04", "...Z", "...+01:00", fractions), or a Unix timestamp with
an optional fraction, which goes to the daemon as it is. The parsing follows
Go's time.ParseDuration and time.Parse, whose error texts docker prints.
"""

import time

from dockercli.errors import DockerCliError

_NANOS = 1000000000
_MAX_UINT63 = 1 << 63

_UNITS = {"ns": 1, "us": 1000, "\u00b5s": 1000, "\u03bcs": 1000, "ms": 1000000,
          "s": _NANOS, "m": 60 * _NANOS, "h": 3600 * _NANOS}

# layouts GetTimestamp picks from (Go reference time Mon Jan 2 15:04:05 MST 2006)
RFC3339 = "2006-01-02T15:04:05Z07:00"
RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00"
_RFC3339_LOCAL = "2006-01-02T15:04:05"
_RFC3339_NANO_LOCAL = "2006-01-02T15:04:05.999999999"
_DATE_WITH_ZONE = "2006-01-02Z07:00"
_DATE_LOCAL = "2006-01-02"


def get_timestamp(value, now_ns=None):
    """The daemon's form of a --since/--until value: "<seconds>" or "<seconds>.<9 digits>".

    Raises DockerCliError with Go's words for a value that is none of the accepted forms.
    """
    now_ns = time.time_ns() if now_ns is None else now_ns
    duration = parse_duration(value)
    if value != "0" and duration is not None:
        if duration == -_MAX_UINT63:
            duration = -duration   # Go's -d of the smallest Duration is itself
        return str((now_ns - duration) // _NANOS)

    in_location = not any(c in value for c in "zZ+") and value.count("-") != 3
    if "." in value:
        layout = _RFC3339_NANO_LOCAL if in_location else RFC3339_NANO
    elif "T" in value:
        colons = value.count(":")
        if not in_location and not any(c in value for c in "zZ") and colons > 0:
            colons -= 1   # the colon of a "+01:00" offset
        if in_location:
            layout = ("2006-01-02T15", "2006-01-02T15:04", _RFC3339_LOCAL)[min(colons, 2)]
        else:
            layout = ("2006-01-02T15Z07:00", "2006-01-02T15:04Z07:00", RFC3339)[min(colons, 2)]
    else:
        layout = _DATE_LOCAL if in_location else _DATE_WITH_ZONE

    # a value without a zone is read in the zone (offset) this machine has now
    local_offset = time.localtime(now_ns // _NANOS).tm_gmtoff if in_location else None
    try:
        seconds, nanos = parse_time(layout, value, local_offset)
    except TimeParseError as exc:
        if "-" in value:
            raise DockerCliError(str(exc)) from None
        if not _is_unix_timestamp(value):
            from dockercli.template.strconv import quote

            raise DockerCliError("failed to parse value as time or duration: " + quote(value)) \
                from None
        return value
    return "%d.%09d" % (seconds, nanos)


def _is_unix_timestamp(value):
    """timetypes.parseTimestamp accepts it: "<int64>" or "<int64>.<int64>"."""
    seconds, dot, fraction = value.partition(".")
    return _is_int64(seconds) and (not dot or _is_int64(fraction))


def _is_int64(text):
    digits = text[1:] if text[:1] in ("+", "-") else text
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return -(1 << 63) <= int(text) < (1 << 63)


# --- time.ParseDuration ---------------------------------------------------------

def parse_duration(text):
    """Go's time.ParseDuration in nanoseconds; None where Go returns an error."""
    s = text
    negative = False
    if s[:1] in ("-", "+"):
        negative = s[0] == "-"
        s = s[1:]
    if s == "0":
        return 0
    if not s:
        return None
    total = 0
    while s:
        if not (s[0] == "." or "0" <= s[0] <= "9"):
            return None
        whole, s, overflow = _leading_int(s)
        if overflow:
            return None
        consumed_whole = whole is not None
        fraction, scale, consumed_fraction = 0, 1, False
        if s[:1] == ".":
            s = s[1:]
            fraction, scale, rest = _leading_fraction(s)
            consumed_fraction = len(rest) != len(s)
            s = rest
        if not consumed_whole and not consumed_fraction:
            return None
        end = 0
        while end < len(s) and not (s[end] == "." or "0" <= s[end] <= "9"):
            end += 1
        unit = _UNITS.get(s[:end]) if end else None
        if unit is None:
            return None
        s = s[end:]
        value = whole or 0
        if value > _MAX_UINT63 // unit:
            return None
        value *= unit
        if fraction > 0:
            value += int(float(fraction) * (float(unit) / scale))
            if value > _MAX_UINT63:
                return None
        total += value
        if total > _MAX_UINT63:
            return None
    if negative:
        return -total
    return None if total > _MAX_UINT63 - 1 else total


def _leading_int(s):
    """(value or None when no digit, rest, overflowed)."""
    end = 0
    value = 0
    while end < len(s) and "0" <= s[end] <= "9":
        if value > _MAX_UINT63 // 10:
            return None, s, True
        value = value * 10 + ord(s[end]) - 48
        if value > _MAX_UINT63:
            return None, s, True
        end += 1
    return (value if end else None), s[end:], False


def _leading_fraction(s):
    end = 0
    value, scale, overflow = 0, 1.0, False
    while end < len(s) and "0" <= s[end] <= "9":
        if not overflow:
            if value > (_MAX_UINT63 - 1) // 10:
                overflow = True
            else:
                candidate = value * 10 + ord(s[end]) - 48
                if candidate > _MAX_UINT63:
                    overflow = True
                else:
                    value = candidate
                    scale *= 10
        end += 1
    return value, scale, s[end:]


# --- time.Parse, for the layouts above ---------------------------------------------

class TimeParseError(ValueError):
    """Go's *time.ParseError, worded as its Error method words it."""

    def __init__(self, layout, value, layout_elem, value_elem, message=""):
        if message:
            text = "parsing time %s%s" % (go_quote(value), message)
        else:
            text = "parsing time %s as %s: cannot parse %s as %s" % (
                go_quote(value), go_quote(layout), go_quote(value_elem), go_quote(layout_elem))
        super().__init__(text)


# the layout elements these layouts use, longest first where one is a prefix of another
_ELEMENTS = ("2006", "01", "02", "15", "04", "05", ".999999999", "Z07:00")


def _next_element(layout):
    """(prefix, element, suffix): the first layout element, as Go's nextStdChunk finds it."""
    for index in range(len(layout)):
        for element in _ELEMENTS:
            if layout.startswith(element, index):
                return layout[:index], element, layout[index + len(element):]
    return layout, "", ""


def parse_time(layout, value, local_offset=None):
    """Go's time.Parse (local_offset None) or ParseInLocation in a fixed zone (seconds east).

    Answers (Unix seconds, nanoseconds); raises TimeParseError. Works on the UTF-8
    bytes as Go does, so that error texts quote them as Go's do.
    """
    raw_layout, raw_value = layout, value
    data = value.encode("utf-8", "surrogateescape")
    year, month, day, hour, minute, second, nanos = 0, -1, -1, 0, 0, 0, 0
    offset = None
    while True:
        prefix, element, layout = _next_element(layout)
        data, ok = _skip(data, prefix.encode())
        if not ok:
            raise TimeParseError(raw_layout, raw_value, prefix, _text(data))
        if not element:
            if data:
                raise TimeParseError(raw_layout, raw_value, "", _text(data),
                                     ": extra text: " + go_quote(_text(data)))
            break
        hold = data
        bad = False
        out_of_range = ""
        if element == "2006":
            if len(data) < 4 or not _digit(data, 0) or not data[:4].isdigit():
                bad = True
            else:
                year, data = int(data[:4]), data[4:]
        elif element in ("01", "02", "04", "05"):
            number, data, bad = _getnum(data, True)
            if element == "01":
                month = number
                if not bad and not 1 <= month <= 12:
                    out_of_range = "month"
            elif element == "02":
                day = number
            elif element == "04":
                minute = number
                if not 0 <= minute < 60:
                    out_of_range = "minute"
            elif not bad:
                second = number
                if not 0 <= second < 60:
                    out_of_range = "second"
                elif len(data) >= 2 and data[:1] in b".," and _digit(data, 1) and \
                        not layout.startswith(".999999999"):
                    # a fraction the layout does not mention is taken all the same
                    end = 2
                    while end < len(data) and _digit(data, end):
                        end += 1
                    nanos, out_of_range, bad = _nanoseconds(data, end)
                    data = data[end:]
        elif element == "15":
            hour, data, bad = _getnum(data, False)
            if not 0 <= hour < 24:
                out_of_range = "hour"
        elif element == ".999999999":
            if len(data) >= 2 and data[:1] in b".," and _digit(data, 1):
                end = 1
                while end < len(data) and _digit(data, end):
                    end += 1
                nanos, out_of_range, bad = _nanoseconds(data, end)
                data = data[end:]
        elif data[:1] == b"Z":
            data = data[1:]
            offset = 0
        else:
            if len(data) < 6 or data[3:4] != b":":
                bad = True
            else:
                sign, hours, minutes, data = data[:1], data[1:3], data[4:6], data[6:]
                zone_hour, _, bad = _getnum(hours, True)
                if not bad:
                    zone_minute, _, bad = _getnum(minutes, True)
                if not bad:
                    if zone_hour > 24:
                        out_of_range = "time zone offset hour"
                    if zone_minute > 60:
                        out_of_range = "time zone offset minute"
                    offset = (zone_hour * 60 + zone_minute) * 60
                    if sign == b"-":
                        offset = -offset
                    elif sign != b"+":
                        bad = True
        if out_of_range:
            raise TimeParseError(raw_layout, raw_value, element, _text(data),
                                 ": %s out of range" % out_of_range)
        if bad:
            raise TimeParseError(raw_layout, raw_value, element, _text(hold))
    if month < 0:
        month = 1
    if day < 0:
        day = 1
    if day < 1 or day > _days_in(month, year):
        raise TimeParseError(raw_layout, raw_value, "", _text(data), ": day out of range")
    if offset is None:
        offset = local_offset or 0
    seconds = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
    return seconds - offset, nanos


def _text(data):
    return data.decode("utf-8", "surrogateescape")


def _digit(data, index):
    return index < len(data) and 48 <= data[index] <= 57


def _getnum(data, fixed):
    """Go's getnum: one or two digits (two when fixed): (number, rest, bad)."""
    if not _digit(data, 0):
        return 0, data, True
    if not _digit(data, 1):
        if fixed:
            return 0, data, True
        return data[0] - 48, data[1:], False
    return (data[0] - 48) * 10 + data[1] - 48, data[2:], False


def _nanoseconds(data, end):
    """Go's parseNanoseconds of data[:end] (a separator and digits): (nanos, range error, bad)."""
    end = min(end, 10)
    digits = data[1:end]
    nanos = int(digits) if digits else 0
    return nanos * 10 ** (10 - end), "", not digits


def _skip(data, prefix):
    """Go's skip: match the layout's literal text; spaces match runs of spaces."""
    while prefix:
        if prefix[:1] == b" ":
            if data and data[:1] != b" ":
                return data, False
            prefix = prefix.lstrip(b" ")
            data = data.lstrip(b" ")
            continue
        if not data or data[0] != prefix[0]:
            return data, False
        prefix, data = prefix[1:], data[1:]
    return data, True


def _days_in(month, year):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _days_from_civil(year, month, day):
    """Days since 1970-01-01 of a proleptic Gregorian date (any year, 0 included)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def go_quote(text):
    """Go's time.quote: double quotes, bytes outside printable ASCII as \\xNN."""
    out = ['"']
    for char in text:
        if char < " " or char >= "\x80":
            out.extend("\\x%02x" % byte for byte in char.encode("utf-8", "surrogateescape"))
            continue
        if char in '"\\':
            out.append("\\")
        out.append(char)
    out.append('"')
    return "".join(out)
