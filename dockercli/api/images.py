"""Images: /images endpoints."""

from dockercli.api.filters import filters_param
from dockercli.api.paths import object_path


def list_images(client, all=False, filters=None):
    """Decoded `GET /images/json`: a list of image summaries."""
    filters = {name: list(values) for name, values in (filters or {}).items()}
    params = {"all": True if all else None}
    if not client.supports("image-reference-filter") and filters.get("reference"):
        # before 1.25 the daemon matched a single reference through `filter`
        params["filter"] = filters.pop("reference")[0]
    params["filters"] = filters_param(filters, client.api_version)
    return client.get_json("/images/json", params)


def inspect_image(client, reference):
    """The raw JSON bytes of `GET /images/{name}/json`."""
    path = object_path("image", reference, "/images", "/json")
    return client.request("GET", path).content
