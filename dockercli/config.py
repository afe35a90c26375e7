"""The docker CLI's config file (`~/.docker/config.json`, or `$DOCKER_CONFIG`, or --config)."""

import json
import os

CONFIG_FILE_NAME = "config.json"


def default_config_dir(env):
    return env.get("DOCKER_CONFIG") or os.path.join(os.path.expanduser("~"), ".docker")


def load_config(config_dir):
    """The parsed config file, {} when there is none, and a warning when it is unusable.

    docker warns and goes on with defaults when the file is malformed.
    """
    path = os.path.join(config_dir, CONFIG_FILE_NAME)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return {}, None
    except OSError as exc:
        return {}, "WARNING: Error loading config file: %s: %s" % (path, exc.strerror)
    if not data.strip():
        return {}, None
    try:
        config = json.loads(data)
    except ValueError as exc:
        return {}, "WARNING: Error parsing config file (%s): %s" % (path, exc)
    if not isinstance(config, dict):
        return {}, "WARNING: Error parsing config file (%s): not a JSON object" % path
    return config, None
