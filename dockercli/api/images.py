"""Images: /images endpoints."""

from dockercli.api.filters import filters_param
from dockercli.api.paths import object_path
from dockercli.errors import DockerCliError


def list_images(client, all=False, filters=None):
    """Decoded `GET /images/json`: a list of image summaries."""
    filters = {name: list(values) for name, values in (filters or {}).items()}
    params = {"all": True if all else None}
    if not client.supports("image-reference-filter") and filters.get("reference"):
        # before 1.25 the daemon matched a single reference through `filter`
        params["filter"] = filters.pop("reference")[0]
    params["filters"] = filters_param(filters, client.api_version)
    return client.get_json("/images/json", params)


def inspect_image(client, reference, platform=""):
    """The raw JSON bytes of `GET /images/{name}/json` (of one `platform` of the image)."""
    path = object_path("image", reference, "/images", "/json")
    params = _platform_param(platform, "error applying image inspect option")
    return client.request("GET", path, params=params).content


def image_history(client, reference, platform=""):
    """Decoded `GET /images/{name}/history`: the layers, newest first."""
    path = object_path("image", reference, "/images", "/history")
    return client.get_json(path, _platform_param(platform, "invalid platform"))


def _platform_param(platform, context):
    """The `platform` query parameter for an "os[/arch[/variant]]" value, if one is given."""
    if not platform:
        return None
    from dockercli.platforms import PlatformError, to_query

    try:
        return {"platform": to_query(platform)}
    except PlatformError as exc:
        raise DockerCliError("%s: %s" % (context, exc)) from None
