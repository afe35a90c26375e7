"""Volumes: /volumes endpoints."""

from dockercli.api.paths import object_path


def inspect_volume(client, reference):
    """The raw JSON bytes of `GET /volumes/{name}`."""
    return client.request("GET", object_path("volume", reference, "/volumes")).content


def list_volumes(client, filters=None):
    """Decoded `GET /volumes`: {"Volumes": [...], "Warnings": [...]}."""
    from dockercli.api.filters import filters_param

    return client.get_json("/volumes", {"filters": filters_param(filters, client.api_version)})
