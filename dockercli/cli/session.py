"""What every command works with: global settings, the config file, the API client, streams.

Made once by the root command from the global flags, and reachable from any
command as `ctx.obj`. Everything is resolved lazily, so a command that fails
early, or never talks to the daemon, pays for nothing it does not use.
"""

import os
import sys

from dockercli.contexts import ConnectionOptions, resolve_endpoint


class Session:
    def __init__(self, options, env=None, stdout=None, stderr=None):
        self.options = options
        self.env = os.environ if env is None else env
        self._stdout = stdout
        self._stderr = stderr
        self._config = None
        self._client = None
        self._context_name = None

    # streams: looked up at use, so CliRunner's and pytest's swaps are honoured
    @property
    def stdout(self):
        return self._stdout or sys.stdout

    @property
    def stderr(self):
        return self._stderr or sys.stderr

    def write(self, text):
        self.stdout.write(text)

    def warn(self, text):
        """A line on stderr, flushed at once so that it keeps its place among stdout's."""
        self.stderr.write(text if text.endswith("\n") else text + "\n")
        self.stderr.flush()

    @property
    def config_dir(self):
        from dockercli.config import default_config_dir

        return self.options.get("config") or default_config_dir(self.env)

    @property
    def config(self):
        if self._config is None:
            from dockercli.config import load_config

            self._config, warning = load_config(self.config_dir)
            if warning:
                self.warn(warning)
        return self._config

    def connection_options(self):
        opts = self.options
        changed = opts.get("changed", set())
        return ConnectionOptions(
            hosts=list(opts.get("host") or []),
            context=opts.get("context") or "",
            tls=opts.get("tls") if "tls" in changed else None,
            tlsverify=opts.get("tlsverify") if "tlsverify" in changed else None,
            tlscacert=opts.get("tlscacert") if "tlscacert" in changed else None,
            tlscert=opts.get("tlscert") if "tlscert" in changed else None,
            tlskey=opts.get("tlskey") if "tlskey" in changed else None,
        )

    @property
    def context_name(self):
        if self._context_name is None:
            self.client  # resolving the endpoint names the context
        return self._context_name

    @property
    def client(self):
        if self._client is None:
            from dockercli.api.client import APIClient

            name, endpoint = resolve_endpoint(self.connection_options(), self.env, self.config,
                                              self.config_dir)
            headers = self.config.get("HttpHeaders")
            self._client = APIClient(endpoint, version=self.pinned_api_version(),
                                     headers=headers if isinstance(headers, dict) else None)
            self._context_name = name
        return self._client

    def pinned_api_version(self):
        """DOCKER_API_VERSION, taken as docker takes it: a leading "v" dropped, no checks."""
        version = self.env.get("DOCKER_API_VERSION", "")
        version = version[1:] if version.startswith("v") else version
        return version or None

    def close(self):
        if self._client is not None:
            self._client.close()
