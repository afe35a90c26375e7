"""dockercli.formatter.images: docker's imageFormat rows and imageContext placeholders.

Reference: cli/command/formatter/image.go of docker 28.2.2 (imageFormat,
imageFormatTaggedAndDigest, isDangling, NewImageFormat).
"""

import json
import time

import pytest

from dockercli.formatter import images as fmt
from dockercli.formatter.images import ImageRow, image_format, image_rows

ID = "sha256:beae173ccac6ad749f76713cf4440fe3d21d1043fe616dfbe30775815d1d0f6a"
D1 = "sha256:" + "1" * 64
D2 = "sha256:" + "2" * 64
NOW = 1_700_000_000


def image(tags=None, digests=None, **extra):
    summary = {"Id": ID, "RepoTags": tags, "RepoDigests": digests, "Created": NOW - 7200,
               "Size": 4_261_550, "SharedSize": -1, "Containers": -1}
    summary.update(extra)
    return summary


def rows_of(images, trunc=True, show_digests=False, format_uses_digest=False):
    return [(r.Repository(), r.Tag(), r.Digest(), r.ID())
            for r in image_rows(images, trunc, show_digests, format_uses_digest, now=NOW)]


# --- rows ----------------------------------------------------------------------------------

@pytest.mark.parametrize("tags, digests", [
    (None, None), ([], []), (["<none>:<none>"], ["<none>@<none>"]),
])
def test_dangling_image_is_one_none_row(tags, digests):
    assert rows_of([image(tags, digests)]) == [("<none>", "<none>", "<none>", "beae173ccac6")]
    assert rows_of([image(tags, digests)], show_digests=True) == \
        [("<none>", "<none>", "<none>", "beae173ccac6")]


def test_tagged_image_one_row_per_tag_in_order():
    img = image(["busybox:latest", "busybox:1.36"])
    assert rows_of([img]) == [("busybox", "latest", "<none>", "beae173ccac6"),
                              ("busybox", "1.36", "<none>", "beae173ccac6")]


def test_names_are_familiar():
    img = image(["docker.io/library/busybox:latest", "localhost:5000/app:v1",
                 "index.docker.io/foo/bar:x"])
    assert [(r, t) for r, t, _, _ in rows_of([img])] == [
        ("busybox", "latest"), ("localhost:5000/app", "v1"), ("foo/bar", "x")]


def test_tag_and_digest_without_digests_flag():
    img = image(["busybox:latest"], ["busybox@" + D1])
    assert rows_of([img]) == [("busybox", "latest", "<none>", "beae173ccac6")]


def test_tag_and_digests_with_digests_flag():
    img = image(["busybox:latest", "busybox:1"], ["busybox@" + D1, "busybox@" + D2])
    assert rows_of([img], show_digests=True) == [
        ("busybox", "latest", D1, "beae173ccac6"), ("busybox", "latest", D2, "beae173ccac6"),
        ("busybox", "1", D1, "beae173ccac6"), ("busybox", "1", D2, "beae173ccac6")]


def test_format_using_digest_shows_digests_of_tagged_rows():
    img = image(["busybox:latest"], ["busybox@" + D1])
    assert rows_of([img], format_uses_digest=True) == [("busybox", "latest", D1, "beae173ccac6")]


def test_digest_only_image():
    img = image([], ["busybox@" + D1])
    # docker leaves the digest empty (not "<none>") when digests are not shown
    assert rows_of([img]) == [("busybox", "<none>", "", "beae173ccac6")]
    assert rows_of([img], format_uses_digest=True) == [("busybox", "<none>", "", "beae173ccac6")]
    assert rows_of([img], show_digests=True) == [("busybox", "<none>", D1, "beae173ccac6")]


def test_untagged_image_pulled_by_digest():
    # what the daemon reports for an image whose tag moved away
    img = image(["<none>:<none>"], ["busybox@" + D1])
    assert rows_of([img]) == [("busybox", "<none>", "", "beae173ccac6")]


def test_multi_repository_image():
    img = image(["a:1", "b:2"], ["a@" + D1, "c@" + D2])
    # docker iterates Go maps here, so only the set of rows is fixed
    assert sorted(rows_of([img])) == sorted([
        ("a", "1", "<none>", "beae173ccac6"), ("b", "2", "<none>", "beae173ccac6"),
        ("c", "<none>", "", "beae173ccac6")])
    assert sorted(rows_of([img], show_digests=True)) == sorted([
        ("a", "1", D1, "beae173ccac6"), ("b", "2", "<none>", "beae173ccac6"),
        ("c", "<none>", D2, "beae173ccac6")])


def test_unparsable_references_are_skipped():
    img = image(["Bad:tag", "good:1"], ["Bad@" + D1, "nodigest"])
    assert rows_of([img], show_digests=True) == [("good", "1", "<none>", "beae173ccac6")]


def test_repo_digest_with_a_tag_still_counts_as_digest():
    img = image([], ["busybox:1@" + D1])
    assert rows_of([img], show_digests=True) == [("busybox", "<none>", D1, "beae173ccac6")]


def test_no_trunc_keeps_the_full_id():
    assert rows_of([image(["a:1"])], trunc=False)[0][3] == ID


def test_several_images_keep_their_order():
    first = image(["a:1"])
    second = dict(image(["b:1"]), Id="sha256:" + "f" * 64)
    assert [r[0] for r in rows_of([first, second])] == ["a", "b"]


# --- placeholders ----------------------------------------------------------------------------------

def row(**summary):
    base = image(["busybox:latest"])
    base.update(summary)
    return ImageRow(base, "busybox", "latest", "<none>", trunc=True, now=NOW)


def test_sizes():
    r = row(Size=4_261_550, SharedSize=1_000_000)
    assert r.Size() == "4.26MB"
    assert r.VirtualSize() == "4.262MB"
    assert r.SharedSize() == "1MB"
    assert r.UniqueSize() == "3.262MB"


def test_unknown_sizes_and_containers():
    r = row(SharedSize=-1, Containers=-1)
    assert r.SharedSize() == "N/A"
    assert r.UniqueSize() == "N/A"
    assert r.Containers() == "N/A"
    assert row(Size=-1, SharedSize=5).UniqueSize() == "N/A"
    assert row(Containers=3).Containers() == "3"
    assert row(Containers=0).Containers() == "0"


def test_missing_fields_are_zero_as_in_go():
    summary = {"Id": ID, "RepoTags": ["a:1"], "Size": 10, "Created": NOW}
    r = ImageRow(summary, "a", "1", "<none>", now=NOW)
    assert (r.Containers(), r.SharedSize(), r.UniqueSize()) == ("0", "0B", "10B")


def test_created(monkeypatch):
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    try:
        r = row(Created=NOW - 7200)
        assert r.CreatedSince() == "2 hours ago"
        assert r.CreatedAt() == "2023-11-14 20:13:20 +0000 UTC"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_json_keys():
    from dockercli.template import parse

    data = json.loads(parse("{{json .}}").execute(row(SharedSize=0, Containers=2)))
    assert sorted(data) == ["Containers", "CreatedAt", "CreatedSince", "Digest", "ID",
                            "Repository", "SharedSize", "Size", "Tag", "UniqueSize",
                            "VirtualSize"]
    assert (data["Repository"], data["Tag"], data["Digest"], data["ID"]) == \
        ("busybox", "latest", "<none>", "beae173ccac6")
    assert (data["Containers"], data["SharedSize"], data["Size"]) == ("2", "0B", "4.26MB")


def test_headers():
    assert fmt.HEADERS["ID"] == "IMAGE ID"
    assert fmt.HEADERS["CreatedSince"] == "CREATED"
    assert fmt.HEADERS["VirtualSize"] == fmt.HEADERS["Size"] == "SIZE"
    assert fmt.TEXT_FIELDS == set(fmt.HEADERS)


# --- NewImageFormat -------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, quiet, digest, expected", [
    ("table", False, False, fmt.DEFAULT_TABLE_FORMAT),
    ("table", False, True, fmt.DEFAULT_TABLE_FORMAT_WITH_DIGEST),
    ("table", True, True, "{{.ID}}"),
    ("raw", True, False, "image_id: {{.ID}}"),
    ("raw", False, False, fmt.RAW_FORMAT),
    ("raw", False, True, fmt.RAW_FORMAT_WITH_DIGEST),
    ("table {{.ID}}", False, True, "table {{.ID}}\t{{.Digest}}"),
    ("table {{.ID}}", True, True, "table {{.ID}}\t{{.Digest}}"),
    ("table {{.ID}}\t{{.Digest}}", False, True, "table {{.ID}}\t{{.Digest}}"),
    ("table {{.ID}}", False, False, "table {{.ID}}"),
    ("{{.ID}}", False, True, "{{.ID}}"),
    ("json", False, True, "json"),
])
def test_image_format(source, quiet, digest, expected):
    assert image_format(source, quiet, digest) == expected


def test_default_formats_are_dockers():
    created = "{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}"
    assert fmt.DEFAULT_TABLE_FORMAT == \
        "table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t" + created + "\t{{.Size}}"
    assert fmt.DEFAULT_TABLE_FORMAT_WITH_DIGEST == \
        "table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t" + created + "\t{{.Size}}"
