"""The docker CLI's config file (`~/.docker/config.json`, or `$DOCKER_CONFIG`, or --config)."""

import json
import os

CONFIG_FILE_NAME = "config.json"


def default_config_dir(env):
    return env.get("DOCKER_CONFIG") or os.path.join(os.path.expanduser("~"), ".docker")


def load_config(config_dir):
    """The parsed config file, {} when there is none, and a warning when it is unusable.

    docker warns, in these words, and goes on with defaults when the file is bad.
    """
    path = os.path.join(config_dir, CONFIG_FILE_NAME)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return {}, None
    except IsADirectoryError:
        return {}, "WARNING: Error parsing config file (%s): read %s: is a directory" % (path, path)
    except OSError as exc:
        return {}, "WARNING: Error loading config file: open %s: %s" % (path, _go_errno(exc))
    if not data.strip():
        return {}, None
    text = data.decode("utf-8", "replace")
    try:
        config = json.loads(text)
    except ValueError:
        from dockercli.template.gojson import go_json_error

        return {}, "WARNING: Error parsing config file (%s): %s" % (path, go_json_error(text))
    if config is None:
        return {}, None
    if not isinstance(config, dict):
        kind = {list: "array", str: "string", bool: "bool"}.get(type(config), "number")
        return {}, ("WARNING: Error parsing config file (%s): json: cannot unmarshal %s into Go "
                    "value of type configfile.ConfigFile" % (path, kind))
    return config, None


def _go_errno(exc):
    """An OS error as Go's syscall package words it ("permission denied")."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]
