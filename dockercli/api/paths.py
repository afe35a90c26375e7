"""Object references inside URL paths."""

from urllib.parse import quote

from dockercli.errors import DockerCliError


def object_path(kind, reference, prefix, suffix=""):
    """`/containers/<ref>/json`-style paths, refusing empty references as docker does."""
    reference = reference.strip()
    if not reference:
        raise DockerCliError("invalid %s name or ID: value is empty" % kind)
    return "%s/%s%s" % (prefix, quote(reference, safe="/:@"), suffix)


def clean_path(path):
    """The path the daemon's router ends up serving (gorilla/mux's cleanPath).

    The daemon redirects a path with "." or ".." segments or doubled slashes
    to its clean form, and docker's client follows; sending the clean form
    straight away gives the same answer without HTTP libraries rewriting the
    unix-socket URL on their own.
    """
    import posixpath

    cleaned = posixpath.normpath("/" + path.lstrip("/"))
    if path.endswith("/") and cleaned != "/":
        cleaned += "/"
    return cleaned
