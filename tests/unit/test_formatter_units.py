"""dockercli.formatter.units: go-units HumanSizeWithPrecision / HumanDuration, Go's Time.String.

Expected values were printed by Go running go-units' code (size.go,
duration.go from docker 28.2.2's vendor tree) and time.Unix(ts, 0).String().
"""

import time

import pytest

from dockercli.formatter.units import go_time_string, human_duration, human_size, since

# size -> (precision 4, precision 3, precision 2)
GO_SIZES = [
    (0, ("0B", "0B", "0B")), (1, ("1B", "1B", "1B")), (999, ("999B", "999B", "1e+03B")),
    (1000, ("1kB", "1kB", "1kB")), (1001, ("1.001kB", "1kB", "1kB")),
    (1023, ("1.023kB", "1.02kB", "1kB")), (1024, ("1.024kB", "1.02kB", "1kB")),
    (1500, ("1.5kB", "1.5kB", "1.5kB")), (9999, ("9.999kB", "10kB", "10kB")),
    (99999, ("100kB", "100kB", "1e+02kB")), (999499, ("999.5kB", "999kB", "1e+03kB")),
    (999500, ("999.5kB", "1e+03kB", "1e+03kB")), (999999, ("1000kB", "1e+03kB", "1e+03kB")),
    (1e6, ("1MB", "1MB", "1MB")), (1234567, ("1.235MB", "1.23MB", "1.2MB")),
    (12345678, ("12.35MB", "12.3MB", "12MB")), (123456789, ("123.5MB", "123MB", "1.2e+02MB")),
    (1e9, ("1GB", "1GB", "1GB")), (1e12, ("1TB", "1TB", "1TB")), (1e15, ("1PB", "1PB", "1PB")),
    (1e18, ("1EB", "1EB", "1EB")), (1e21, ("1ZB", "1ZB", "1ZB")), (1e24, ("1YB", "1YB", "1YB")),
    (1e27, ("1000YB", "1e+03YB", "1e+03YB")), (1e30, ("1e+06YB", "1e+06YB", "1e+06YB")),
    (-1, ("-1B", "-1B", "-1B")), (-1000, ("-1000B", "-1e+03B", "-1e+03B")),
    (0.5, ("0.5B", "0.5B", "0.5B")), (5e-05, ("5e-05B", "5e-05B", "5e-05B")),
]


@pytest.mark.parametrize("size, expected", GO_SIZES)
def test_human_size(size, expected):
    assert (human_size(size, 4), human_size(size, 3), human_size(size, 2)) == expected


def test_human_size_default_precision_is_4():
    assert human_size(1234567) == "1.235MB"
    assert human_size(21_500_000) == "21.5MB"


GO_DURATIONS = [
    (-5, "Less than a second"), (0, "Less than a second"), (0.999, "Less than a second"),
    (1, "1 second"), (1.999, "1 second"), (2, "2 seconds"), (59, "59 seconds"),
    (59.999, "59 seconds"), (60, "About a minute"), (119.999, "About a minute"),
    (120, "2 minutes"), (3599, "59 minutes"), (3599.999, "59 minutes"), (3600, "About an hour"),
    (5399, "About an hour"), (5399.999, "About an hour"), (5400, "2 hours"), (86400, "24 hours"),
    (47 * 3600 + 1799, "47 hours"), (47 * 3600 + 1800, "2 days"), (48 * 3600, "2 days"),
    (335 * 3600 + 1799, "13 days"), (335 * 3600 + 1800, "2 weeks"),
    (1439 * 3600 + 1799, "8 weeks"), (1439 * 3600 + 1800, "2 months"),
    (17519 * 3600 + 1799, "24 months"),
    # hours round up to 17520 (2 years), but years count truncated hours
    (17519 * 3600 + 1800, "1 years"),
    (17520 * 3600, "2 years"), (3 * 365 * 86400, "3 years"), (10 * 365 * 86400, "10 years"),
]


@pytest.mark.parametrize("seconds, expected", GO_DURATIONS)
def test_human_duration(seconds, expected):
    assert human_duration(seconds) == expected


def test_since():
    assert since(1000, now=1065) == "About a minute ago"
    assert since(1000, now=1000) == "Less than a second ago"
    assert since(2000, now=1000) == "Less than a second ago"   # clock skew
    assert since(0, now=3 * 3600) == "3 hours ago"


@pytest.fixture
def timezone(monkeypatch):
    def use(name):
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


# POSIX TZ rules (no tzdata needed) for UTC, America/New_York, Asia/Kolkata, America/Sao_Paulo
GO_TIMES = [
    ("UTC0", 0, "1970-01-01 00:00:00 +0000 UTC"),
    ("UTC0", 1700000000, "2023-11-14 22:13:20 +0000 UTC"),
    ("UTC0", -1, "1969-12-31 23:59:59 +0000 UTC"),
    ("UTC0", 253402300799, "9999-12-31 23:59:59 +0000 UTC"),
    ("EST5EDT,M3.2.0,M11.1.0", 0, "1969-12-31 19:00:00 -0500 EST"),
    ("EST5EDT,M3.2.0,M11.1.0", 1720000000, "2024-07-03 05:46:40 -0400 EDT"),
    ("IST-5:30", 1700000000, "2023-11-15 03:43:20 +0530 IST"),
    # a zone without an abbreviation prints its offset
    ("<-03>3", 1700000000, "2023-11-14 19:13:20 -0300 -03"),
]


@pytest.mark.parametrize("zone, timestamp, expected", GO_TIMES)
def test_go_time_string(timezone, zone, timestamp, expected):
    timezone(zone)
    assert go_time_string(timestamp) == expected
