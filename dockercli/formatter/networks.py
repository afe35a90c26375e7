"""Network rows for `network ls`: the placeholders of docker's networkContext."""

from dockercli import reference
from dockercli.formatter.containers import marshal_row
from dockercli.template.signatures import go_params

DEFAULT_TABLE_FORMAT = "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}"
HEADERS = {
    "ID": "NETWORK ID",
    "Name": "NAME",
    "Driver": "DRIVER",
    "Scope": "SCOPE",
    "IPv4": "IPV4",
    "IPv6": "IPV6",
    "Internal": "INTERNAL",
    "Labels": "LABELS",
    "CreatedAt": "CREATED AT",
}
TEXT_FIELDS = frozenset(HEADERS)


def network_format(source, quiet):
    """docker's network NewFormat."""
    if source == "table":
        return "{{.ID}}" if quiet else DEFAULT_TABLE_FORMAT
    if source == "raw":
        if quiet:
            return "network_id: {{.ID}}"
        return "network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n"
    return source


def _go_bool(value):
    return "true" if value else "false"


class NetworkRow:
    __gotype__ = "*network.networkContext"
    JSON_FIELDS = tuple(sorted(HEADERS))

    def __init__(self, summary, trunc=True):
        self._n = summary
        self._trunc = trunc

    def ID(self):
        network_id = self._n.get("Id", "")
        return reference.truncate_id(network_id) if self._trunc else network_id

    def Name(self):
        return self._n.get("Name", "")

    def Driver(self):
        return self._n.get("Driver", "")

    def Scope(self):
        return self._n.get("Scope", "")

    def IPv4(self):
        return _go_bool(self._n.get("EnableIPv4"))

    def IPv6(self):
        return _go_bool(self._n.get("EnableIPv6"))

    def Internal(self):
        return _go_bool(self._n.get("Internal"))

    def Labels(self):
        # docker joins them in Go's random map order; sorted is one of its orders
        return ",".join("%s=%s" % item for item in sorted((self._n.get("Labels") or {}).items()))

    @go_params("string")   # Go's Label(name string)
    def Label(self, name):
        return (self._n.get("Labels") or {}).get(name, "")

    def CreatedAt(self):
        from dockercli.formatter.gotypes import Time

        created = Time.parse(self._n.get("Created") or "") or Time()
        return str(created)

    def __json__(self):
        return marshal_row(self)
