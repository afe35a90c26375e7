"""`docker version`: the data its template sees, and docker's default template."""

import platform
import sys
from datetime import datetime

from dockercli import __version__
from dockercli.api.versions import MAX_API_VERSION

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
    return sorted((component.get("Details") or {}) if isinstance(component, dict) else [])


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


def version_data(context, api_version, server):
    """docker's versionInfo{Client, Server} as template data."""
    client = {
        "Platform": None,
        "Version": __version__,
        "APIVersion": api_version or MAX_API_VERSION,
        "DefaultAPIVersion": MAX_API_VERSION,
        "GitCommit": "",
        "GoVersion": "python" + platform.python_version(),
        "Os": sys.platform if sys.platform != "linux" else "linux",
        "Arch": _arch(),
        "BuildTime": "",
        "Context": context,
    }
    if server is not None:
        server = dict(server)
        components = [dict(c, Details=dict(c.get("Details") or {}))
                      for c in server.get("Components") or []]
        engine = [c for c in components if c.get("Name") == "Engine"]
        for component in engine:
            if "BuildTime" in component["Details"]:
                component["Details"]["BuildTime"] = reformat_date(component["Details"]["BuildTime"])
        if not engine:
            components.append({"Name": "Engine", "Version": server.get("Version", ""), "Details": {
                "ApiVersion": server.get("ApiVersion", ""),
                "MinAPIVersion": server.get("MinAPIVersion", ""),
                "GitCommit": server.get("GitCommit", ""),
                "GoVersion": server.get("GoVersion", ""),
                "Os": server.get("Os", ""),
                "Arch": server.get("Arch", ""),
                "BuildTime": reformat_date(server.get("BuildTime", "")),
                "Experimental": "true" if server.get("Experimental") else "false",
            }})
        server["Components"] = components
        server.setdefault("Platform", {"Name": ""})
    return {"Client": client, "Server": server}


def _arch():
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "arm", "i686": "386"}.get(machine,
                                                                                      machine)
