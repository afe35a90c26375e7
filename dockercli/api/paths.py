"""Object references inside URL paths."""

from urllib.parse import quote

from dockercli.errors import DockerCliError


def object_path(kind, reference, prefix, suffix=""):
    """`/containers/<ref>/json`-style paths, refusing empty references as docker does."""
    reference = reference.strip()
    if not reference:
        raise DockerCliError("invalid %s name or ID: value is empty" % kind)
    return "%s/%s%s" % (prefix, quote(reference, safe="/:@"), suffix)
