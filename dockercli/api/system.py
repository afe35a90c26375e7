"""System: version, info, ping."""


def server_version(client):
    """Decoded `GET /version`."""
    return client.get_json("/version")


def info(client):
    """Decoded `GET /info`."""
    return client.get_json("/info")
