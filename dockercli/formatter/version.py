"""`docker version`: the data its template sees, and docker's default template."""

import platform
import sys
from datetime import datetime

from dockercli import __version__
from dockercli.api.versions import MAX_API_VERSION
from dockercli.formatter.gotypes import Struct, decode

DEFAULT_TEMPLATE = """{{with .Client -}}
Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:\t{{.Version}}
 API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Python version:\t{{.GoVersion}}
 Git commit:\t{{.GitCommit}}
 Built:\t{{.BuildTime}}
 OS/Arch:\t{{.Os}}/{{.Arch}}
 Context:\t{{.Context}}
{{- end}}

{{- if ne .Server nil}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:\t{{.Version}}
  API version:\t{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:\t{{index .Details "GoVersion"}}
  Git commit:\t{{index .Details "GitCommit"}}
  Built:\t{{index .Details "BuildTime"}}
  OS/Arch:\t{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:\t{{index .Details "Experimental"}}
  {{- else }}
  Version:\t{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:\t{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}"""


def template_text(fmt):
    if fmt == "":
        return DEFAULT_TEMPLATE
    if fmt == "json":
        return "{{json .}}"
    return fmt


def _details_order(component):
    return sorted(component.Details)


TEMPLATE_FUNCS = {"getDetailsOrder": _details_order}


def reformat_date(text):
    """RFC 3339 build times as Go's time.ANSIC ("Mon Jan _2 15:04:05 2006"); others unchanged."""
    try:
        moment = datetime.fromisoformat(_trim_nanoseconds(text.replace("Z", "+00:00")))
    except (ValueError, AttributeError):
        return text
    return moment.strftime("%a %b ") + "%2d" % moment.day + moment.strftime(" %H:%M:%S %Y")


def _trim_nanoseconds(text):
    head, dot, rest = text.partition(".")
    if not dot:
        return text
    digits = ""
    while rest and rest[0].isdigit():
        digits, rest = digits + rest[0], rest[1:]
    return head + "." + (digits + "000000")[:6] + rest


class PlatformInfo(Struct):
    __gotype__ = "*system.platformInfo"
    FIELDS = (("Name", "Name", "string", True),)


class ClientVersion(Struct):
    __gotype__ = "system.clientVersion"
    FIELDS = (
        ("Platform", "Platform", ("ptr", PlatformInfo), True),
        ("Version", "Version", "string", True),
        ("APIVersion", "ApiVersion", "string", True),
        ("DefaultAPIVersion", "DefaultAPIVersion", "string", True),
        ("GitCommit", "GitCommit", "string", True),
        ("GoVersion", "GoVersion", "string", True),
        ("Os", "Os", "string", True),
        ("Arch", "Arch", "string", True),
        ("BuildTime", "BuildTime", "string", True),
        ("Context", "Context", "string", False),
    )


class ServerPlatform(Struct):
    __gotype__ = "struct { Name string }"
    FIELDS = (("Name", "Name", "string", False),)


class ComponentVersion(Struct):
    __gotype__ = "types.ComponentVersion"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("Version", "Version", "string", False),
        ("Details", "Details", "map", True),
    )


class ServerVersion(Struct):
    __gotype__ = "*types.Version"
    FIELDS = (
        ("Platform", "Platform", ServerPlatform, True),
        ("Components", "Components", ("slice", ComponentVersion), True),
        ("Version", "Version", "string", False),
        ("APIVersion", "ApiVersion", "string", False),
        ("MinAPIVersion", "MinAPIVersion", "string", True),
        ("GitCommit", "GitCommit", "string", False),
        ("GoVersion", "GoVersion", "string", False),
        ("Os", "Os", "string", False),
        ("Arch", "Arch", "string", False),
        ("KernelVersion", "KernelVersion", "string", True),
        ("Experimental", "Experimental", "bool", True),
        ("BuildTime", "BuildTime", "string", True),
    )


class VersionInfo(Struct):
    __gotype__ = "system.versionInfo"
    FIELDS = (
        ("Client", "Client", ClientVersion, False),
        ("Server", "Server", ("ptr", ServerVersion), False),
    )


def version_data(context, api_version, server):
    """docker's versionInfo{Client, Server} as template data."""
    client = ClientVersion(
        Version=__version__,
        APIVersion=api_version or MAX_API_VERSION,
        DefaultAPIVersion=MAX_API_VERSION,
        GoVersion="python" + platform.python_version(),
        GitCommit="n/a",
        BuildTime="n/a",
        Os=sys.platform,
        Arch=_arch(),
        Context=context,
    )
    typed = None
    if server is not None:
        typed = decode(ServerVersion, server)
        engine = [c for c in typed.Components if c.Name == "Engine"]
        for component in engine:
            if "BuildTime" in component.Details:
                component.Details["BuildTime"] = reformat_date(component.Details["BuildTime"])
        if not engine:
            typed.Components = list(typed.Components) + [ComponentVersion(
                Name="Engine", Version=typed.Version, Details={
                    "ApiVersion": typed.APIVersion,
                    "MinAPIVersion": typed.MinAPIVersion,
                    "GitCommit": typed.GitCommit,
                    "GoVersion": typed.GoVersion,
                    "Os": typed.Os,
                    "Arch": typed.Arch,
                    "BuildTime": reformat_date(typed.BuildTime),
                    "Experimental": "true" if typed.Experimental else "false",
                })]
    return VersionInfo(Client=client, Server=typed)


def _arch():
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "arm", "i686": "386"}.get(machine,
                                                                                      machine)
