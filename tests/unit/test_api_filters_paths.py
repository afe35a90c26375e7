"""dockercli.api.filters (the `filters` query parameter) and dockercli.api.paths."""

import json

import pytest

from unit_fakes import Reply, fake_transport  # noqa: F401  (fixture)
from dockercli.api import containers, images, networks, objects, volumes
from dockercli.api.client import APIClient
from dockercli.api.endpoint import Endpoint
from dockercli.api.filters import filters_param
from dockercli.api.paths import object_path
from dockercli.errors import DockerCliError

# --- filters_param -------------------------------------------------------------------------


@pytest.mark.parametrize("filters", [None, {}])
def test_nothing_to_filter(filters):
    assert filters_param(filters, "1.41") is None
    assert filters_param(filters, "1.21") is None


def test_new_encoding_since_1_22():
    assert filters_param({"status": ["running", "exited"], "label": ["a=b"]}, "1.22") == \
        '{"label":{"a=b":true},"status":{"exited":true,"running":true}}'


def test_legacy_encoding_before_1_22():
    assert filters_param({"status": ["running", "exited"], "label": ["a=b"]}, "1.21") == \
        '{"label":["a=b"],"status":["exited","running"]}'


@pytest.mark.parametrize("version, legacy", [("1.12", True), ("1.21", True), ("1.22", False),
                                             ("1.41", False), ("1.50", False)])
def test_encoding_switch(version, legacy):
    decoded = json.loads(filters_param({"name": ["web"]}, version))
    assert decoded == ({"name": ["web"]} if legacy else {"name": {"web": True}})


def test_name_without_values_is_kept():
    # docker's filters.Args counts the name: {"dangling": {}}
    assert filters_param({"dangling": []}, "1.41") == '{"dangling":{}}'


def test_values_are_json_escaped():
    param = filters_param({"label": ['a"b', "c\\d"]}, "1.41")
    assert json.loads(param) == {"label": {'a"b': True, "c\\d": True}}


# --- filters as list calls send them -----------------------------------------------------------

def test_list_containers_query(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.41")
    containers.list_containers(client, all=True, limit=3, size=True,
                               filters={"status": ["running"]})
    assert fake_transport.paths == ["/v1.41/containers/json"]
    assert fake_transport.query() == {"all": ["1"], "limit": ["3"], "size": ["1"],
                                      "filters": ['{"status":{"running":true}}']}


@pytest.mark.parametrize("limit", [None, 0, -1])
def test_list_containers_without_limit(fake_transport, limit):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.41")
    containers.list_containers(client, limit=limit)
    assert fake_transport.query() == {}


def test_list_containers_legacy_filters(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.21")
    containers.list_containers(client, filters={"status": ["exited", "created"]})
    assert fake_transport.query() == {"filters": ['{"status":["created","exited"]}']}


def test_list_images_reference_filter(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.41")
    images.list_images(client, all=True, filters={"reference": ["busybox"]})
    assert fake_transport.query() == {"all": ["1"], "filters": ['{"reference":{"busybox":true}}']}


def test_list_images_reference_before_1_25_uses_filter_param(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.24")
    images.list_images(client, filters={"reference": ["busybox"], "dangling": ["true"]})
    assert fake_transport.query() == {"filter": ["busybox"],
                                      "filters": ['{"dangling":{"true":true}}']}


def test_list_images_does_not_mutate_the_filters(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(Endpoint("unix:///x.sock"), version="1.24")
    filters = {"reference": ["busybox"]}
    images.list_images(client, filters=filters)
    assert filters == {"reference": ["busybox"]}


# --- object paths ------------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (("container", "abc", "/containers", "/json"), "/containers/abc/json"),
    (("container", "  abc \n", "/containers", "/json"), "/containers/abc/json"),
    (("image", "busybox:latest", "/images", "/json"), "/images/busybox:latest/json"),
    (("image", "localhost:5000/a/b@sha256:00", "/images", "/json"),
     "/images/localhost:5000/a/b@sha256:00/json"),
    (("volume", "a b", "/volumes"), "/volumes/a%20b"),
    (("network", "n?x#y", "/networks"), "/networks/n%3Fx%23y"),
    (("volume", "%", "/volumes"), "/volumes/%25"),
])
def test_object_path(args, expected):
    assert object_path(*args) == expected


@pytest.mark.parametrize("reference", ["", "   ", "\t\n"])
@pytest.mark.parametrize("kind", ["container", "image", "volume", "network", "plugin"])
def test_empty_reference_is_refused_as_docker_does(kind, reference):
    with pytest.raises(DockerCliError) as info:
        object_path(kind, reference, "/x")
    assert info.value.message == "invalid %s name or ID: value is empty" % kind
    assert info.value.exit_code == 1


def test_inspect_calls_hit_their_paths(fake_transport):
    fake_transport.routes["*"] = Reply(200, b'{"Id":"x"}',
                                       headers={"Content-Type": "application/json"})
    client = APIClient(Endpoint("unix:///x.sock"), version="1.41")
    assert containers.inspect_container(client, "c1", size=True) == b'{"Id":"x"}'
    images.inspect_image(client, "i1")
    networks.inspect_network(client, "n1")
    volumes.inspect_volume(client, "v1")
    objects.inspect_service(client, "s1")
    objects.inspect_task(client, "t1")
    objects.inspect_node(client, "no1")
    objects.inspect_secret(client, "se1")
    objects.inspect_config(client, "co1")
    objects.inspect_plugin(client, "p1")
    assert fake_transport.paths == [
        "/v1.41/containers/c1/json", "/v1.41/images/i1/json", "/v1.41/networks/n1",
        "/v1.41/volumes/v1", "/v1.41/services/s1", "/v1.41/tasks/t1", "/v1.41/nodes/no1",
        "/v1.41/secrets/se1", "/v1.41/configs/co1", "/v1.41/plugins/p1/json"]
    assert fake_transport.query(0) == {"size": ["1"]}
    assert fake_transport.query(2) == {}
    assert fake_transport.query(4) == {"insertDefaults": ["true"]}


@pytest.mark.parametrize("path, cleaned", [
    ("/v1.45/containers/x/json", "/v1.45/containers/x/json"),
    ("/v1.45/containers/../../etc/json", "/etc/json"),
    ("/v1.45/images/..//history", "/v1.45/history"),
    ("/v1.45/containers/./json", "/v1.45/containers/json"),
    ("/v1.45/images/a//b/", "/v1.45/images/a/b/"),
    ("/_ping", "/_ping"),
])
def test_clean_path_is_the_routers(path, cleaned):
    from dockercli.api.paths import clean_path

    assert clean_path(path) == cleaned
