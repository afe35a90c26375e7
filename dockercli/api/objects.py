"""Objects `docker inspect` may find besides containers, images, networks and volumes:
swarm services, tasks, nodes, secrets and configs, and plugins."""

from dockercli.api.paths import object_path


def inspect_service(client, reference):
    path = object_path("service", reference, "/services")
    return client.request("GET", path, params={"insertDefaults": "true"}).content


def inspect_task(client, reference):
    return client.request("GET", object_path("task", reference, "/tasks")).content


def inspect_node(client, reference):
    return client.request("GET", object_path("node", reference, "/nodes")).content


def inspect_secret(client, reference):
    return client.request("GET", object_path("secret", reference, "/secrets")).content


def inspect_config(client, reference):
    return client.request("GET", object_path("config", reference, "/configs")).content


def inspect_plugin(client, reference):
    return client.request("GET", object_path("plugin", reference, "/plugins", "/json")).content
