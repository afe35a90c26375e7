"""Networks: /networks endpoints."""

from dockercli.api.paths import object_path


def inspect_network(client, reference, verbose=False, scope=None):
    """The raw JSON bytes of `GET /networks/{id}`."""
    params = {"verbose": "true" if verbose else None, "scope": scope or None}
    return client.request("GET", object_path("network", reference, "/networks"),
                          params=params).content


def list_networks(client, filters=None):
    """Decoded `GET /networks`: a list of network summaries."""
    from dockercli.api.filters import filters_param

    return client.get_json("/networks", {"filters": filters_param(filters, client.api_version)})
