"""API versions: comparison, and the range dockercli speaks.

Parameters and fields that depend on the negotiated version are gated where the
request for them is built, by `APIClient.version_at_least`; this module only
knows how versions compare.
"""

MAX_API_VERSION = "1.50"   # the version docker CLI 28.2 speaks, our reference
MIN_API_VERSION = "1.12"   # the oldest any engine here accepts (Engine 20.10)


def version_tuple(version):
    """'1.41' -> (1, 41); anything unparsable sorts first."""
    try:
        return tuple(int(part) for part in str(version).split("."))
    except ValueError:
        return (0,)
