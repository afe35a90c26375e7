"""The one error hierarchy of dockercli.

Every failure a user can meet is one of these classes; `dockercli.__main__.main`
is the only place that turns them into a message on stderr and an exit code.
The API layer raises them too (it imports nothing from the CLI layer), so a
library user catches `DockerCliError` and gets the daemon's own message.
"""


class DockerCliError(Exception):
    """A failure reported to the user as `message`, ending the run with `exit_code`."""

    exit_code = 1

    def __init__(self, message="", exit_code=None):
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self):
        return self.message


class UsageError(DockerCliError):
    """Bad flags or flag values: docker answers these with exit code 125."""

    exit_code = 125


class StatusError(DockerCliError):
    """A failure whose exit code the command chose (docker's cli.StatusError)."""


class ConnectionFailed(DockerCliError):
    """The daemon could not be reached at all."""


class TLSConfigError(DockerCliError):
    """Certificates or keys that cannot be loaded or do not verify."""


class ConfigError(DockerCliError):
    """A client configuration file or context that cannot be used."""


class APIError(DockerCliError):
    """An HTTP error answer from the daemon.

    `explanation` is the daemon's own message; the printed message carries
    docker's prefix, "Error response from daemon: ".
    """

    status = None
    headers = {}   # the answer's headers, when the error came from an HTTP answer

    def __init__(self, explanation, status=None, from_daemon=True):
        # docker words a message the daemon sent with this prefix, one it made up without
        super().__init__(("Error response from daemon: " if from_daemon else "") + explanation)
        self.explanation = explanation
        if status is not None:
            self.status = status


class BadRequest(APIError):
    status = 400


class Unauthorized(APIError):
    status = 401


class Forbidden(APIError):
    status = 403


class NotFound(APIError):
    status = 404


class Conflict(APIError):
    status = 409


class ServerError(APIError):
    status = 500


class NotImplementedByServer(APIError):
    status = 501


class Unavailable(APIError):
    status = 503


_BY_STATUS = {cls.status: cls for cls in (
    BadRequest, Unauthorized, Forbidden, NotFound, Conflict, ServerError,
    NotImplementedByServer, Unavailable)}


def error_for_status(status, explanation, from_daemon=True):
    """The APIError subclass for an HTTP status, with the daemon's message."""
    cls = _BY_STATUS.get(status)
    if cls is None:
        cls = ServerError if status >= 500 else APIError
    return cls(explanation, status=status, from_daemon=from_daemon)
