"""Volumes: /volumes endpoints."""

from dockercli.api.paths import object_path


def inspect_volume(client, reference):
    """The raw JSON bytes of `GET /volumes/{name}`."""
    return client.request("GET", object_path("volume", reference, "/volumes")).content
