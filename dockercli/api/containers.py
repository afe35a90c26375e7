"""Containers: /containers endpoints."""

from dockercli.api.filters import filters_param
from dockercli.api.paths import object_path


def list_containers(client, all=False, limit=None, size=False, filters=None):
    """Decoded `GET /containers/json`: a list of container summaries."""
    params = {
        "all": True if all else None,
        "limit": limit if limit and limit > 0 else None,
        "size": True if size else None,
        "filters": filters_param(filters, client.api_version),
    }
    return client.get_json("/containers/json", params)


def inspect_container(client, reference, size=False):
    """The raw JSON bytes of `GET /containers/{id}/json`."""
    path = object_path("container", reference, "/containers", "/json")
    return client.request("GET", path, params={"size": True if size else None}).content
