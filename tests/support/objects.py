"""Known objects on an engine for tests to look at, made through the API layer.

Every object is named with the `dctest-` prefix and labelled `dctest=1`, so a
run can clear what an earlier, interrupted run left behind.
"""

import json
import time

from dockercli.api.client import APIClient
from dockercli.api.endpoint import Endpoint, TLSSettings
from dockercli.errors import NotFound

LABEL = {"dctest": "1"}


def client_for(engine):
    env = engine.env()
    tls = None
    if env.get("DOCKER_TLS_VERIFY"):
        path = env["DOCKER_CERT_PATH"]
        tls = TLSSettings(path + "/ca.pem", path + "/cert.pem", path + "/key.pem", True)
    return APIClient(Endpoint(engine.host, tls), version=engine.api_version or None)


def create_container(client, name, cmd, labels=None, start=False, wait=False, binds=None,
                     image="busybox"):
    body = {"Image": image, "Cmd": cmd, "Labels": dict(LABEL, **(labels or {})),
            "HostConfig": {"NetworkMode": "none", "Binds": binds or []}}
    created = client.post_json("/containers/create", params={"name": name}, body=body)
    if start:
        client.request("POST", "/containers/%s/start" % created["Id"])
    if wait:
        client.request("POST", "/containers/%s/wait" % created["Id"])
    return created["Id"]


def remove_container(client, name):
    try:
        client.request("DELETE", "/containers/" + name, params={"force": True, "v": True})
    except NotFound:
        pass


def clear(client):
    """Remove every object an earlier run made."""
    filters = json.dumps({"label": ["dctest=1"]})
    for summary in client.get_json("/containers/json", {"all": True, "filters": filters}):
        remove_container(client, summary["Id"])
    for image in client.get_json("/images/json", {"filters": filters}):
        client.request("DELETE", "/images/" + image["Id"], params={"force": True})
    for tag in ("dctest/app:1.0", "127.0.0.1:5000/dctest/app:v1"):
        try:
            client.request("DELETE", "/images/" + tag, params={"noprune": True})
        except NotFound:
            pass
    for volume in (client.get_json("/volumes", {"filters": filters}).get("Volumes") or []):
        client.request("DELETE", "/volumes/" + volume["Name"], params={"force": True})


def populate(client):
    """A small, varied state: containers in each state, labels, a volume, tags, a dangling image."""
    clear(client)
    client.post_json("/volumes/create", body={"Name": "dctest-vol", "Labels": LABEL})
    create_container(client, "dctest-running", ["sleep", "3600"],
                     labels={"com.example.role": "web", "tier": "front"}, start=True,
                     binds=["dctest-vol:/data"])
    create_container(client, "dctest-exited", ["true"], start=True, wait=True)
    create_container(client, "dctest-failed", ["sh", "-c", "exit 3"], start=True, wait=True)
    create_container(client, "dctest-created", ["echo", "a very long command line for truncation"])
    # one tag per image: an image's tags come back in random order from some engines, and
    # docker prints them in that order, so several tags on one image make no stable output
    committed = create_container(client, "dctest-commit", ["true"], start=True, wait=True)
    # and a second apart: engines list images of the same second in any order
    for repo, tag in (("dctest/app", "1.0"), ("127.0.0.1:5000/dctest/app", "v1"), (None, None)):
        client.post_json("/commit", params={"container": committed, "repo": repo, "tag": tag,
                                            "changes": 'LABEL dctest="1"'})
        time.sleep(1.05)
