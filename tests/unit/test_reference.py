"""dockercli.reference: distribution/reference's ParseNormalizedNamed and Familiar*.

Expected values were printed by github.com/distribution/reference v0.6.0 (the
version docker 28.2.2 vendors) for the same inputs.
"""

import pytest

from dockercli import reference
from dockercli.reference import Reference, ReferenceError, parse, parse_normalized, truncate_id

D64 = "0" * 64
H64 = "a" * 64

# input -> (String(), Domain, Path, FamiliarName, FamiliarString, tag, digest)
NORMALIZED = [
    ("busybox", ("docker.io/library/busybox", "docker.io", "library/busybox", "busybox",
                 "busybox", "", "")),
    ("busybox:latest", ("docker.io/library/busybox:latest", "docker.io", "library/busybox",
                        "busybox", "busybox:latest", "latest", "")),
    ("library/busybox", ("docker.io/library/busybox", "docker.io", "library/busybox", "busybox",
                         "busybox", "", "")),
    ("docker.io/busybox", ("docker.io/library/busybox", "docker.io", "library/busybox",
                           "busybox", "busybox", "", "")),
    ("docker.io/library/busybox", ("docker.io/library/busybox", "docker.io", "library/busybox",
                                   "busybox", "busybox", "", "")),
    ("index.docker.io/busybox", ("docker.io/library/busybox", "docker.io", "library/busybox",
                                 "busybox", "busybox", "", "")),
    ("index.docker.io/library/busybox:1.0", ("docker.io/library/busybox:1.0", "docker.io",
                                             "library/busybox", "busybox", "busybox:1.0", "1.0",
                                             "")),
    ("index.docker.io/foo/bar", ("docker.io/foo/bar", "docker.io", "foo/bar", "foo/bar",
                                 "foo/bar", "", "")),
    ("foo/bar", ("docker.io/foo/bar", "docker.io", "foo/bar", "foo/bar", "foo/bar", "", "")),
    ("foo/bar/baz", ("docker.io/foo/bar/baz", "docker.io", "foo/bar/baz", "foo/bar/baz",
                     "foo/bar/baz", "", "")),
    ("library/foo/bar", ("docker.io/library/foo/bar", "docker.io", "library/foo/bar",
                         "library/foo/bar", "library/foo/bar", "", "")),
    ("localhost/foo", ("localhost/foo", "localhost", "foo", "localhost/foo", "localhost/foo", "",
                       "")),
    ("localhost:5000/foo", ("localhost:5000/foo", "localhost:5000", "foo", "localhost:5000/foo",
                            "localhost:5000/foo", "", "")),
    ("localhost:5000/foo:tag", ("localhost:5000/foo:tag", "localhost:5000", "foo",
                                "localhost:5000/foo", "localhost:5000/foo:tag", "tag", "")),
    # no slash: "localhost" is a repository and "5000" a tag
    ("localhost", ("docker.io/library/localhost", "docker.io", "library/localhost", "localhost",
                   "localhost", "", "")),
    ("localhost:5000", ("docker.io/library/localhost:5000", "docker.io", "library/localhost",
                        "localhost", "localhost:5000", "5000", "")),
    ("myregistry.com/foo", ("myregistry.com/foo", "myregistry.com", "foo", "myregistry.com/foo",
                            "myregistry.com/foo", "", "")),
    ("myregistry.com:5000/foo/bar:v1", ("myregistry.com:5000/foo/bar:v1", "myregistry.com:5000",
                                        "foo/bar", "myregistry.com:5000/foo/bar",
                                        "myregistry.com:5000/foo/bar:v1", "v1", "")),
    ("FOO.com/bar", ("FOO.com/bar", "FOO.com", "bar", "FOO.com/bar", "FOO.com/bar", "", "")),
    ("Foo:5000/bar", ("Foo:5000/bar", "Foo:5000", "bar", "Foo:5000/bar", "Foo:5000/bar", "", "")),
    ("UPPER/lower", ("UPPER/lower", "UPPER", "lower", "UPPER/lower", "UPPER/lower", "", "")),
    ("foo:TAG", ("docker.io/library/foo:TAG", "docker.io", "library/foo", "foo", "foo:TAG", "TAG",
                 "")),
    ("foo:_tag", ("docker.io/library/foo:_tag", "docker.io", "library/foo", "foo", "foo:_tag",
                  "_tag", "")),
    ("[::1]:5000/foo", ("[::1]:5000/foo", "[::1]:5000", "foo", "[::1]:5000/foo",
                        "[::1]:5000/foo", "", "")),
    ("[::1]/foo", ("[::1]/foo", "[::1]", "foo", "[::1]/foo", "[::1]/foo", "", "")),
    ("127.0.0.1:5000/foo", ("127.0.0.1:5000/foo", "127.0.0.1:5000", "foo", "127.0.0.1:5000/foo",
                            "127.0.0.1:5000/foo", "", "")),
    ("xn--d1acufc.com/foo", ("xn--d1acufc.com/foo", "xn--d1acufc.com", "foo",
                             "xn--d1acufc.com/foo", "xn--d1acufc.com/foo", "", "")),
    # "_" is not allowed in domains: the whole name is a path without domain
    ("my_registry.com/foo", ("my_registry.com/foo", "", "my_registry.com/foo",
                             "my_registry.com/foo", "my_registry.com/foo", "", "")),
    ("docker.io", ("docker.io/library/docker.io", "docker.io", "library/docker.io", "docker.io",
                   "docker.io", "", "")),
    ("a__b", ("docker.io/library/a__b", "docker.io", "library/a__b", "a__b", "a__b", "", "")),
    ("a--b", ("docker.io/library/a--b", "docker.io", "library/a--b", "a--b", "a--b", "", "")),
    (H64 + ":tag", ("docker.io/library/" + H64 + ":tag", "docker.io", "library/" + H64, H64,
                    H64 + ":tag", "tag", "")),
    ("foo/" + H64, ("docker.io/foo/" + H64, "docker.io", "foo/" + H64, "foo/" + H64,
                    "foo/" + H64, "", "")),
    ("sha256:" + H64, ("docker.io/library/sha256:" + H64, "docker.io", "library/sha256", "sha256",
                       "sha256:" + H64, H64, "")),
    ("busybox@sha256:" + D64, ("docker.io/library/busybox@sha256:" + D64, "docker.io",
                               "library/busybox", "busybox", "busybox@sha256:" + D64, "",
                               "sha256:" + D64)),
    ("foo/bar:1@sha256:" + D64, ("docker.io/foo/bar:1@sha256:" + D64, "docker.io", "foo/bar",
                                 "foo/bar", "foo/bar:1@sha256:" + D64, "1", "sha256:" + D64)),
    ("localhost:5000/foo@sha256:" + D64, ("localhost:5000/foo@sha256:" + D64, "localhost:5000",
                                          "foo", "localhost:5000/foo",
                                          "localhost:5000/foo@sha256:" + D64, "", "sha256:" + D64)),
    ("foo:" + "a" * 128, ("docker.io/library/foo:" + "a" * 128, "docker.io", "library/foo", "foo",
                          "foo:" + "a" * 128, "a" * 128, "")),
]


@pytest.mark.parametrize("text, expected", NORMALIZED, ids=[t[:40] for t, _ in NORMALIZED])
def test_parse_normalized(text, expected):
    ref = parse_normalized(text)
    got = (str(ref), ref.domain, ref.path, ref.familiar_name(), ref.familiar_string(),
           ref.tag or "", ref.digest or "")
    assert got == expected


ERRORS = [
    ("Foo", "invalid reference format: repository name (library/Foo) must be lowercase"),
    ("Busybox:tag", "invalid reference format: repository name (library/Busybox) must be "
                    "lowercase"),
    ("foo/Bar", "invalid reference format: repository name (foo/Bar) must be lowercase"),
    ("lower/UPPER:tag", "invalid reference format: repository name (lower/UPPER) must be "
                        "lowercase"),
    (H64, "invalid repository name (%s), cannot specify 64-byte hexadecimal strings" % H64),
    ("busybox@sha256:abc", "invalid reference format"),
    ("a..b", "invalid reference format"),
    ("a___b", "invalid reference format"),
    ("-a", "invalid reference format"),
    ("a-", "invalid reference format"),
    ("a.", "invalid reference format"),
    ("a/", "invalid reference format"),
    ("/a", "invalid reference format"),
    (":tag", "invalid reference format"),
    ("foo:", "invalid reference format"),
    ("foo:-tag", "invalid reference format"),
    ("foo:" + "a" * 129, "invalid reference format"),
    ("docker.io/", "invalid reference format"),
    ("foo//bar", "invalid reference format"),
    ("example.com:/foo", "invalid reference format"),
    ("example.com:abc/foo", "invalid reference format"),
    ("-example.com/foo", "invalid reference format"),
    ("example-.com/foo", "invalid reference format"),
    ("a" * 248, "repository name must not be more than 255 characters"),
]


@pytest.mark.parametrize("text, message", ERRORS, ids=[t[:40] for t, _ in ERRORS])
def test_parse_normalized_errors(text, message):
    with pytest.raises(ReferenceError) as info:
        parse_normalized(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", ["a" * 247, "foo/" + "a" * 251])
def test_length_limit_counts_the_path_only(text):
    assert len(parse_normalized(text).path) == 255


@pytest.mark.parametrize("text, message", [
    ("busybox@sha256:" + "0" * 63, "invalid checksum digest length"),
    ("busybox@sha256:" + "A" * 64, "invalid checksum digest format"),
    ("busybox@md5:" + "0" * 32, "unsupported digest algorithm"),
])
def test_digest_validation(text, message):
    with pytest.raises(ReferenceError) as info:
        parse_normalized(text)
    assert str(info.value) == message


# --- parse (not normalized) ---------------------------------------------------------------------

def test_parse_keeps_the_name_as_written():
    assert parse("busybox") == Reference("", "busybox")
    assert parse("localhost:5000/a/b:t") == Reference("localhost:5000", "a/b", "t")


def test_parse_empty():
    with pytest.raises(ReferenceError, match="^repository name must have at least one component$"):
        parse("")


def test_parse_uppercase():
    with pytest.raises(ReferenceError, match=r"^repository name \(Foo\) must be lowercase$"):
        parse("Foo")


def test_reference_str_and_familiar_without_domain():
    ref = Reference("", "my_registry.com/foo", "t", "sha256:" + D64)
    assert str(ref) == "my_registry.com/foo:t@sha256:" + D64
    assert ref.familiar_string() == "my_registry.com/foo:t@sha256:" + D64


def test_official_prefix_only_for_single_component():
    assert Reference("docker.io", "library/a").familiar_name() == "a"
    assert Reference("docker.io", "library/a/b").familiar_name() == "library/a/b"
    assert Reference("example.com", "library/a").familiar_name() == "example.com/library/a"


# --- truncate_id: stringid.TruncateID --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("sha256:" + "0123456789abcdef" * 4, "0123456789ab"),
    ("0123456789abcdef" * 4, "0123456789ab"),
    ("abc", "abc"),
    ("", ""),
    ("sha256:abc", "abc"),
    ("a:b:c", "b:c"),
    ("0123456789ab", "0123456789ab"),
    ("0123456789abc", "0123456789ab"),
])
def test_truncate_id(text, expected):
    assert truncate_id(text) == expected


def test_constants():
    assert reference.DEFAULT_DOMAIN == "docker.io"
    assert reference.LEGACY_DEFAULT_DOMAIN == "index.docker.io"
    assert reference.NAME_TOTAL_LENGTH_MAX == 255
