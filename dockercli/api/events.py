"""Events: GET /events, a JSON stream of event messages."""

from dockercli.api.filters import filters_param
from dockercli.api.streams import JSONStream
from dockercli.api.timestamps import get_timestamp


def event_times(since="", until="", now_ns=None):
    """The `since` and `until` parameters of GET /events, as docker's client computes them.

    Raises DockerCliError for a value docker refuses.
    """
    return {"since": get_timestamp(since, now_ns) if since else None,
            "until": get_timestamp(until, now_ns) if until else None}


def stream_events(client, since="", until="", filters=None):
    """Decoded event messages as the daemon sends them; ends when the daemon ends the stream.

    The times are checked before the daemon is asked anything (docker's order),
    and the request is made at the call, so that its errors come before the
    first message is asked for.
    """
    params = event_times(since, until)
    params["filters"] = filters_param(filters, client.api_version) if filters else None
    response = client.request("GET", "/events", params=params, stream=True)
    return JSONStream(response)
