"""The real engines brought up by testbed/testbed.sh, as the tests see them."""

import os
from dataclasses import dataclass, field

ENV_FILE = os.environ.get("DOCKERCLI_TESTBED_ENV",
                          os.path.join(os.environ.get("DOCKERCLI_TESTBED_DIR", "/tmp/dctb"), "env"))


@dataclass(frozen=True)
class Engine:
    """One way of reaching a daemon: its host, and the environment both CLIs get for it."""

    name: str
    host: str
    api_version: str = ""          # pinned with DOCKER_API_VERSION when set
    extra_env: dict = field(default_factory=dict)

    def env(self):
        env = {"DOCKER_HOST": self.host}
        if self.api_version:
            env["DOCKER_API_VERSION"] = self.api_version
        env.update(self.extra_env)
        return env


def read_env_file(path=ENV_FILE):
    values = {}
    with open(path) as handle:
        for line in handle:
            key, sep, value = line.strip().partition("=")
            if sep:
                values[key] = value
    return values


def engines(values):
    """Every engine setup the integration tests run against, by name."""
    tls_env = {"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": values["DCTB_TLS_CERT_PATH"]}
    return {
        "e20": Engine("e20", values["DCTB_ENGINE20_HOST"]),
        "e26": Engine("e26", values["DCTB_ENGINE26_HOST"]),
        "e20-api1.21": Engine("e20-api1.21", values["DCTB_ENGINE20_HOST"], api_version="1.21"),
        "e26-tls": Engine("e26-tls", values["DCTB_TLS_HOST"], extra_env=tls_env),
    }


def selected_engine_names():
    """DOCKERCLI_TEST_ENGINES picks engines (comma-separated); all of them by default."""
    chosen = os.environ.get("DOCKERCLI_TEST_ENGINES", "")
    return [name.strip() for name in chosen.split(",") if name.strip()] or [
        "e20", "e26", "e20-api1.21", "e26-tls"]
