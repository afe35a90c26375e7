"""Image rows for `images`: the placeholders of docker's imageContext."""

from dockercli import reference
from dockercli.formatter.containers import marshal_row
from dockercli.formatter.units import go_time_string, human_size, since

_CREATED = "{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}"
DEFAULT_TABLE_FORMAT = "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t" + _CREATED + "\t{{.Size}}"
DEFAULT_TABLE_FORMAT_WITH_DIGEST = ("table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t"
                                    + _CREATED + "\t{{.Size}}")
RAW_FORMAT = """repository: {{ .Repository }}
tag: {{.Tag}}
image_id: {{.ID}}
created_at: {{.CreatedAt}}
virtual_size: {{.Size}}
"""
RAW_FORMAT_WITH_DIGEST = """repository: {{ .Repository }}
tag: {{.Tag}}
digest: {{.Digest}}
image_id: {{.ID}}
created_at: {{.CreatedAt}}
virtual_size: {{.Size}}
"""

HEADERS = {
    "ID": "IMAGE ID",
    "Repository": "REPOSITORY",
    "Tag": "TAG",
    "Digest": "DIGEST",
    "CreatedSince": "CREATED",
    "CreatedAt": "CREATED AT",
    "Size": "SIZE",
    "Containers": "CONTAINERS",
    "VirtualSize": "SIZE",
    "SharedSize": "SHARED SIZE",
    "UniqueSize": "UNIQUE SIZE",
}


TEXT_FIELDS = frozenset(HEADERS)


def image_format(source, quiet, digest):
    """docker's NewImageFormat: the format string for a --format value."""
    if source == "table":
        if quiet:
            return "{{.ID}}"
        return DEFAULT_TABLE_FORMAT_WITH_DIGEST if digest else DEFAULT_TABLE_FORMAT
    if source == "raw":
        if quiet:
            return "image_id: {{.ID}}"
        return RAW_FORMAT_WITH_DIGEST if digest else RAW_FORMAT
    if source.startswith("table") and digest and "{{.Digest}}" not in source:
        return source + "\t{{.Digest}}"
    return source


class ImageRow:
    """One row of `images`: an image summary seen under one repository, tag and digest."""

    __gotype__ = "*formatter.imageContext"
    JSON_FIELDS = tuple(sorted(HEADERS))

    def __init__(self, summary, repo, tag, digest, trunc=True, now=None):
        self._i = summary
        self._repo = repo
        self._tag = tag
        self._digest = digest
        self._trunc = trunc
        self._now = now

    def ID(self):
        image_id = self._i.get("Id", "")
        return reference.truncate_id(image_id) if self._trunc else image_id

    def Repository(self):
        return self._repo

    def Tag(self):
        return self._tag

    def Digest(self):
        return self._digest

    def CreatedSince(self):
        created = self._i.get("Created", 0)
        return since(created, self._now)

    def CreatedAt(self):
        return go_time_string(self._i.get("Created", 0))

    def Size(self):
        return human_size(self._i.get("Size", 0), 3)

    def Containers(self):
        # a field the daemon leaves out reads as Go's zero value, 0
        containers = self._i.get("Containers", 0)
        return "N/A" if containers == -1 else str(containers)

    def VirtualSize(self):
        return human_size(self._i.get("Size", 0))

    def SharedSize(self):
        shared = self._i.get("SharedSize", 0)
        return "N/A" if shared == -1 else human_size(shared)

    def UniqueSize(self):
        size, shared = self._i.get("Size", 0), self._i.get("SharedSize", 0)
        if size == -1 or shared == -1:
            return "N/A"
        return human_size(size - shared)

    def __json__(self):
        return marshal_row(self)


def image_rows(images, trunc, show_digests, format_uses_digest, now=None):
    """docker's imageFormat: one row per repository:tag (and per digest when asked)."""
    rows = []
    for image in images:
        if _is_dangling(image):
            rows.append(ImageRow(image, "<none>", "<none>", "<none>", trunc, now))
            continue
        repo_tags = {}
        repo_digests = {}
        for text in image.get("RepoTags") or []:
            ref = _parse(text)
            if ref is not None and ref.tag is not None and ref.digest is None:
                repo_tags.setdefault(ref.familiar_name(), []).append(ref.tag)
        for text in image.get("RepoDigests") or []:
            ref = _parse(text)
            if ref is not None and ref.digest is not None:
                repo_digests.setdefault(ref.familiar_name(), []).append(ref.digest)
        for repo, tags in repo_tags.items():
            digests = repo_digests.pop(repo, [])
            if not (show_digests or format_uses_digest):
                digests = []
            for tag in tags:
                for digest in digests or ["<none>"]:
                    rows.append(ImageRow(image, repo, tag, digest, trunc, now))
        for repo, digests in repo_digests.items():
            if show_digests:
                rows.extend(ImageRow(image, repo, "<none>", d, trunc, now) for d in digests)
            else:
                rows.append(ImageRow(image, repo, "<none>", "", trunc, now))
    return rows


def _parse(text):
    try:
        return reference.parse_normalized(text)
    except reference.ReferenceError:
        return None


def _is_dangling(image):
    tags = image.get("RepoTags") or []
    digests = image.get("RepoDigests") or []
    if not tags and not digests:
        return True
    return tags == ["<none>:<none>"] and digests == ["<none>@<none>"]
