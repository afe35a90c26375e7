"""dockercli: the docker command line, in pure Python, over the Docker Engine HTTP API."""

__version__ = "0.1.0"
VERSION_TEXT = "dockercli version %s\n" % __version__
