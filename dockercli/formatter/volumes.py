"""Volume rows for `volume ls`: the placeholders of docker's volumeContext."""

from dockercli.formatter.containers import marshal_row
from dockercli.formatter.units import human_size
from dockercli.template.signatures import go_params

DEFAULT_TABLE_FORMAT = "table {{.Driver}}\t{{.Name}}"
CLUSTER_TABLE_FORMAT = "table {{.Name}}\t{{.Group}}\t{{.Driver}}\t{{.Availability}}\t{{.Status}}"
HEADERS = {
    "ID": "ID",
    "Name": "VOLUME NAME",
    "Group": "GROUP",
    "Driver": "DRIVER",
    "Scope": "SCOPE",
    "Availability": "AVAILABILITY",
    "Mountpoint": "MOUNTPOINT",
    "Labels": "LABELS",
    "Links": "LINKS",
    "Size": "SIZE",
    "Status": "STATUS",
}
# docker's volumeContext has no ID method: the heading exists, the placeholder does not
JSON_FIELDS = tuple(sorted(set(HEADERS) - {"ID"}))
TEXT_FIELDS = frozenset(JSON_FIELDS)


def volume_format(source, quiet):
    """docker's NewVolumeFormat."""
    if source == "table":
        return "{{.Name}}" if quiet else DEFAULT_TABLE_FORMAT
    if source == "raw":
        return "name: {{.Name}}" if quiet else "name: {{.Name}}\\ndriver: {{.Driver}}\\n"
    return source


class VolumeRow:
    __gotype__ = "*formatter.volumeContext"
    JSON_FIELDS = JSON_FIELDS

    def __init__(self, volume):
        self._v = volume

    def Name(self):
        return self._v.get("Name", "")

    def Driver(self):
        return self._v.get("Driver", "")

    def Scope(self):
        return self._v.get("Scope", "")

    def Mountpoint(self):
        return self._v.get("Mountpoint", "")

    def Labels(self):
        # docker joins them in Go's random map order; sorted is one of its orders
        return ",".join("%s=%s" % item for item in sorted((self._v.get("Labels") or {}).items()))

    @go_params("string")   # Go's Label(name string)
    def Label(self, name):
        return (self._v.get("Labels") or {}).get(name, "")

    def Links(self):
        usage = self._v.get("UsageData")
        return "N/A" if usage is None else str(usage.get("RefCount", 0))

    def Size(self):
        usage = self._v.get("UsageData")
        return "N/A" if usage is None else human_size(usage.get("Size", 0))

    def Group(self):
        cluster = self._v.get("ClusterVolume")
        return "N/A" if cluster is None else (cluster.get("Spec") or {}).get("Group", "")

    def Availability(self):
        cluster = self._v.get("ClusterVolume")
        return "N/A" if cluster is None else (cluster.get("Spec") or {}).get("Availability", "")

    def Status(self):
        cluster = self._v.get("ClusterVolume")
        if cluster is None:
            return "N/A"
        if not (cluster.get("Info") or {}).get("VolumeID"):
            return "pending creation"
        published = len(cluster.get("PublishStatus") or [])
        if published == 0:
            return "created"
        return "in use (1 node)" if published == 1 else "in use (%d nodes)" % published

    def __json__(self):
        return marshal_row(self)
