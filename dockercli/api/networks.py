"""Networks: /networks endpoints."""

from dockercli.api.paths import object_path


def inspect_network(client, reference, verbose=False, scope=None):
    """The raw JSON bytes of `GET /networks/{id}`."""
    params = {"verbose": "true" if verbose else None, "scope": scope or None}
    return client.request("GET", object_path("network", reference, "/networks"),
                          params=params).content
