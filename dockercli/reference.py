"""Image references as docker's distribution/reference package reads them.

`parse_normalized` turns "busybox" into docker.io/library/busybox; `familiar`
turns it back. Used wherever docker shows or sends image names.
"""

import re
from collections import namedtuple
from functools import lru_cache

DEFAULT_DOMAIN = "docker.io"
LEGACY_DEFAULT_DOMAIN = "index.docker.io"
OFFICIAL_REPO_PREFIX = "library/"
NAME_TOTAL_LENGTH_MAX = 255

_ALNUM = r"[a-z0-9]+"
_SEPARATOR = r"(?:[._]|__|[-]+)"
_PATH_COMPONENT = _ALNUM + r"(?:" + _SEPARATOR + _ALNUM + r")*"
_DOMAIN_COMPONENT = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
_HOST = r"(?:" + _DOMAIN_COMPONENT + r"(?:\." + _DOMAIN_COMPONENT + r")*|\[(?:[a-fA-F0-9:]+)\])"
_DOMAIN = _HOST + r"(?::[0-9]+)?"
_TAG = r"[\w][\w.-]{0,127}"
_DIGEST = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}"
_NAME = r"(?:" + _DOMAIN + r"/)?" + _PATH_COMPONENT + r"(?:/" + _PATH_COMPONENT + r")*"
_REFERENCE = r"^(" + _NAME + r")(?::(" + _TAG + r"))?(?:@(" + _DIGEST + r"))?$"
_ANCHORED_NAME = (r"^(?:(" + _DOMAIN + r")/)?(" + _PATH_COMPONENT
                  + r"(?:/" + _PATH_COMPONENT + r")*)$")
_IDENTIFIER = r"^[a-f0-9]{64}$"


@lru_cache(maxsize=None)
def _regex(pattern):
    # compiled at first use: `ps` only needs these when an image is shown by name
    return re.compile(pattern, re.ASCII)


class ReferenceError(ValueError):
    """A string that is not a valid image reference; the text is docker's."""


class Reference(namedtuple("Reference", "domain path tag digest", defaults=(None, None))):
    """A parsed reference: domain ("" when none was written), path, tag, digest."""

    __slots__ = ()

    @property
    def name(self):
        return self.domain + "/" + self.path if self.domain else self.path

    def familiar_name(self):
        path = self.path
        if self.domain != DEFAULT_DOMAIN:
            return self.name
        if path.startswith(OFFICIAL_REPO_PREFIX) and "/" not in path[len(OFFICIAL_REPO_PREFIX):]:
            path = path[len(OFFICIAL_REPO_PREFIX):]
        return path

    def familiar_string(self):
        text = self.familiar_name()
        if self.tag:
            text += ":" + self.tag
        if self.digest:
            text += "@" + self.digest
        return text

    def __str__(self):
        text = self.name
        if self.tag:
            text += ":" + self.tag
        if self.digest:
            text += "@" + self.digest
        return text


def parse(text):
    """Parse a reference as written, without normalizing it."""
    if not text:
        raise ReferenceError("repository name must have at least one component")
    match = _regex(_REFERENCE).match(text)
    if match is None:
        if _regex(_REFERENCE).match(text.lower()):
            raise ReferenceError("repository name (%s) must be lowercase" % text)
        raise ReferenceError("invalid reference format")
    name, tag, digest = match.groups()
    domain, path = _regex(_ANCHORED_NAME).match(name).groups()
    if len(path) > NAME_TOTAL_LENGTH_MAX:
        raise ReferenceError("repository name must not be more than %d characters"
                             % NAME_TOTAL_LENGTH_MAX)
    if digest is not None:
        validate_digest(digest)
    return Reference(domain or "", path, tag, digest)


_DIGEST_SIZES = {"sha256": 32, "sha384": 48, "sha512": 64}


def validate_digest(digest):
    """go-digest's Validate: a known algorithm and the right number of lowercase hex digits."""
    algorithm, _, encoded = digest.partition(":")
    size = _DIGEST_SIZES.get(algorithm)
    if size is None:
        raise ReferenceError("unsupported digest algorithm")
    if len(encoded) != size * 2:
        raise ReferenceError("invalid checksum digest length")
    if any(c not in "0123456789abcdef" for c in encoded):
        raise ReferenceError("invalid checksum digest format")


def parse_normalized(text):
    """Parse and normalize as docker's ParseNormalizedNamed ("busybox" -> docker.io/library/busybox)."""
    if _regex(_IDENTIFIER).match(text):
        raise ReferenceError("invalid repository name (%s), cannot specify 64-byte "
                             "hexadecimal strings" % text)
    domain, remainder = _split_docker_domain(text)
    remote = remainder.split(":", 1)[0]
    if remote.lower() != remote:
        raise ReferenceError("invalid reference format: repository name (%s) must be lowercase"
                             % remote)
    return parse(domain + "/" + remainder)


def _split_docker_domain(name):
    first, sep, rest = name.partition("/")
    if not sep:
        return DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name
    if first == LEGACY_DEFAULT_DOMAIN:
        domain, remote = DEFAULT_DOMAIN, rest
    elif first == "localhost" or any(c in first for c in ".:") or first.lower() != first:
        domain, remote = first, rest
    else:
        domain, remote = DEFAULT_DOMAIN, name
    if domain == DEFAULT_DOMAIN and "/" not in remote:
        remote = OFFICIAL_REPO_PREFIX + remote
    return domain, remote


def truncate_id(image_id):
    """docker's stringid.TruncateID: drop an algorithm prefix, keep 12 characters."""
    image_id = image_id.split(":", 1)[-1]
    return image_id[:12]
