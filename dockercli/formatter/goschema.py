"""The Go types docker's templates run on, as docker CLI v28.2.2 vendors them.

`docker inspect -f` and `docker info -f` execute their template on typed Go
values first (docker's TemplateInspector); these Struct classes reproduce
those types field for field: Go field names, JSON names, declaration order,
omitempty, pointers, embedded structs (promoted and flattened) and the
Stringers that change how a value prints. Sources, at tag v28.2.2:
github.com/docker/docker/api/types/{container,image,network,volume,system,
swarm,registry,mount,storage,blkiodev}, github.com/docker/go-connections/nat,
github.com/docker/go-units (Ulimit), github.com/moby/docker-image-spec and
github.com/opencontainers/image-spec (both print as package v1), and docker
CLI's own cli/command/system (dockerInfo, clientInfo).

A class's __gotype__ is its value type ("container.State"); a pointer field
holds an instance of `Class.pointer()`, whose type prints as "*container.State".
Named string types (container.NetworkMode, mount.Type, nat.Port, ...) are str
subclasses naming their Go type, with their methods (NetworkMode.IsHost,
IpcMode.IsPrivate, Digest.Encoded, ...); named maps (nat.PortSet, nat.PortMap)
name theirs.

INSPECT_TYPES maps an inspected object's kind to the type docker decodes it as.
"""

import ipaddress
import json

from dockercli.formatter.gotypes import EMBEDDED, Struct, decode
from dockercli.formatter.version import ClientVersion
from dockercli.template.gojson import marshal
from dockercli.template.strconv import quote


# --- named string types ----------------------------------------------------------


def _named_string(name, go_name):
    return type(name, (str,), {"__slots__": (), "__gotype__": go_name, "__module__": __name__})


def _container_id(value):
    """container.containerID: the name or ID of a "container:<ID|name>" value, and whether
    the value has that form."""
    kind, sep, rest = str(value).partition(":")
    if not sep or kind != "container":
        return "", False
    return rest, True


class ContainerNetworkMode(str):
    """container.NetworkMode, with its methods (hostconfig.go, hostconfig_unix.go)."""

    __slots__ = ()
    __gotype__ = "container.NetworkMode"

    def IsNone(self):
        return self == "none"

    def IsDefault(self):
        return self == "default"

    def IsPrivate(self):
        return not self.IsHost() and not self.IsContainer()

    def IsContainer(self):
        return _container_id(self)[1]

    def ConnectedContainer(self):
        return _container_id(self)[0]

    def UserDefined(self):
        return str(self) if self.IsUserDefined() else ""

    def IsBridge(self):
        return self == "bridge"

    def IsHost(self):
        return self == "host"

    def IsUserDefined(self):
        return not (self.IsDefault() or self.IsBridge() or self.IsHost() or self.IsNone()
                    or self.IsContainer())

    def NetworkName(self):
        for test, name in ((self.IsDefault, "default"), (self.IsBridge, "bridge"),
                           (self.IsHost, "host"), (self.IsNone, "none"),
                           (self.IsContainer, "container")):
            if test():
                return name
        return self.UserDefined()


class ContainerIpcMode(str):
    __slots__ = ()
    __gotype__ = "container.IpcMode"

    def IsPrivate(self):
        return self == "private"

    def IsHost(self):
        return self == "host"

    def IsShareable(self):
        return self == "shareable"

    def IsContainer(self):
        return _container_id(self)[1]

    def IsNone(self):
        return self == "none"

    def IsEmpty(self):
        return self == ""

    def Valid(self):
        return (self.IsEmpty() or self.IsNone() or self.IsPrivate() or self.IsHost()
                or self.IsShareable() or self.IsContainer())

    def Container(self):
        return _container_id(self)[0]


class ContainerPidMode(str):
    __slots__ = ()
    __gotype__ = "container.PidMode"

    def IsPrivate(self):
        return not self.IsHost() and not self.IsContainer()

    def IsHost(self):
        return self == "host"

    def IsContainer(self):
        return _container_id(self)[1]

    def Valid(self):
        name, ok = _container_id(self)
        return self == "" or self.IsHost() or (ok and name != "")

    def Container(self):
        return _container_id(self)[0]


class ContainerUTSMode(str):
    __slots__ = ()
    __gotype__ = "container.UTSMode"

    def IsPrivate(self):
        return not self.IsHost()

    def IsHost(self):
        return self == "host"

    def Valid(self):
        return self == "" or self.IsHost()


class ContainerUsernsMode(str):
    __slots__ = ()
    __gotype__ = "container.UsernsMode"

    def IsHost(self):
        return self == "host"

    def IsPrivate(self):
        return not self.IsHost()

    def Valid(self):
        return self == "" or self.IsHost()


class ContainerCgroupSpec(str):
    __slots__ = ()
    __gotype__ = "container.CgroupSpec"

    def IsContainer(self):
        return _container_id(self)[1]

    def Valid(self):
        return self == "" or self.IsContainer()

    def Container(self):
        return _container_id(self)[0]


class ContainerCgroupnsMode(str):
    __slots__ = ()
    __gotype__ = "container.CgroupnsMode"

    def IsPrivate(self):
        return self == "private"

    def IsHost(self):
        return self == "host"

    def IsEmpty(self):
        return self == ""

    def Valid(self):
        return self.IsEmpty() or self.IsPrivate() or self.IsHost()


class ContainerIsolation(str):
    __slots__ = ()
    __gotype__ = "container.Isolation"

    def IsDefault(self):
        return self.lower() in ("default", "")

    def IsHyperV(self):
        return self.lower() == "hyperv"

    def IsProcess(self):
        return self.lower() == "process"

    def IsValid(self):   # hostconfig_unix.go
        return self.IsDefault()


class NatPort(str):
    """nat.Port: "80/tcp", with its methods."""

    __slots__ = ()
    __gotype__ = "nat.Port"

    def _split(self):   # nat.SplitProtoPort
        raw = str(self)
        parts = raw.split("/")
        if not raw or not parts[0]:
            return "", ""
        if len(parts) == 1:
            return "tcp", raw
        if not parts[1]:
            return "tcp", parts[0]
        return parts[1], parts[0]

    def Proto(self):
        return self._split()[0]

    def Port(self):
        return self._split()[1]

    def Int(self):   # nat.ParsePort, its error ignored
        port = self._split()[1]
        if port.isascii() and port.isdigit() and int(port) < 65536:
            return int(port)
        return 0


class DigestAlgorithm(str):
    __slots__ = ()
    __gotype__ = "digest.Algorithm"

    def String(self):
        return str(self)


class DigestDigest(str):
    """digest.Digest ("sha256:..."), with its methods."""

    __slots__ = ()
    __gotype__ = "digest.Digest"

    def _sep(self):
        index = self.find(":")
        if index < 0:
            # Go panics; text/template reports the panic as the call's error
            raise ValueError("no ':' separator in digest %s" % quote(str(self)))
        return index

    def Algorithm(self):
        return DigestAlgorithm(self[:self._sep()])

    def Encoded(self):
        return str(self[self._sep() + 1:])

    def Hex(self):
        return self.Encoded()

    def String(self):
        return str(self)


ContainerRestartPolicyMode = _named_string("ContainerRestartPolicyMode",
                                           "container.RestartPolicyMode")
MountType = _named_string("MountType", "mount.Type")
MountPropagation = _named_string("MountPropagation", "mount.Propagation")
MountConsistency = _named_string("MountConsistency", "mount.Consistency")
ImageManifestKind = _named_string("ImageManifestKind", "image.ManifestKind")
VolumeScope = _named_string("VolumeScope", "volume.Scope")
VolumeSharingMode = _named_string("VolumeSharingMode", "volume.SharingMode")
VolumeAvailability = _named_string("VolumeAvailability", "volume.Availability")
VolumePublishState = _named_string("VolumePublishState", "volume.PublishState")
SwarmLocalNodeState = _named_string("SwarmLocalNodeState", "swarm.LocalNodeState")
SwarmExternalCAProtocol = _named_string("SwarmExternalCAProtocol", "swarm.ExternalCAProtocol")


# --- units ---------------------------------------------------------------------


class UnitsUlimit(Struct):
    __gotype__ = "units.Ulimit"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("Hard", "Hard", "int64", False),
        ("Soft", "Soft", "int64", False),
    )

    def __str__(self):   # (*Ulimit).String
        return "%s=%d:%d" % (self.Name, self.Soft, self.Hard)


# --- blkiodev ------------------------------------------------------------------


class BlkiodevWeightDevice(Struct):
    __gotype__ = "blkiodev.WeightDevice"
    FIELDS = (
        ("Path", "Path", "string", False),
        ("Weight", "Weight", "uint16", False),
    )

    def __str__(self):   # (*WeightDevice).String
        return "%s:%d" % (self.Path, self.Weight)


class BlkiodevThrottleDevice(Struct):
    __gotype__ = "blkiodev.ThrottleDevice"
    FIELDS = (
        ("Path", "Path", "string", False),
        ("Rate", "Rate", "uint64", False),
    )

    def __str__(self):   # (*ThrottleDevice).String
        return "%s:%d" % (self.Path, self.Rate)


# --- nat -----------------------------------------------------------------------


class NatPortBinding(Struct):
    __gotype__ = "nat.PortBinding"
    FIELDS = (
        ("HostIP", "HostIp", "string", False),
        ("HostPort", "HostPort", "string", False),
    )


NAT_PORT_SET = ("map", "empty", "nat.PortSet", NatPort)
NAT_PORT_MAP = ("map", ("slice", NatPortBinding), "nat.PortMap", NatPort)


# --- storage -------------------------------------------------------------------


class StorageDriverData(Struct):
    __gotype__ = "storage.DriverData"
    FIELDS = (
        ("Data", "Data", ("map", "string"), False),
        ("Name", "Name", "string", False),
    )


# --- mount ---------------------------------------------------------------------


class MountBindOptions(Struct):
    __gotype__ = "mount.BindOptions"
    FIELDS = (
        ("Propagation", "Propagation", MountPropagation, True),
        ("NonRecursive", "NonRecursive", "bool", True),
        ("CreateMountpoint", "CreateMountpoint", "bool", True),
        ("ReadOnlyNonRecursive", "ReadOnlyNonRecursive", "bool", True),
        ("ReadOnlyForceRecursive", "ReadOnlyForceRecursive", "bool", True),
    )


class MountClusterOptions(Struct):
    __gotype__ = "mount.ClusterOptions"
    FIELDS = ()


class MountImageOptions(Struct):
    __gotype__ = "mount.ImageOptions"
    FIELDS = (
        ("Subpath", "Subpath", "string", True),
    )


class MountTmpfsOptions(Struct):
    __gotype__ = "mount.TmpfsOptions"
    FIELDS = (
        ("SizeBytes", "SizeBytes", "int64", True),
        ("Mode", "Mode", "filemode", True),
        ("Options", "Options", ("slice", ("slice", "string")), True),
    )


class MountDriver(Struct):
    __gotype__ = "mount.Driver"
    FIELDS = (
        ("Name", "Name", "string", True),
        ("Options", "Options", ("map", "string"), True),
    )


class MountVolumeOptions(Struct):
    __gotype__ = "mount.VolumeOptions"
    FIELDS = (
        ("NoCopy", "NoCopy", "bool", True),
        ("Labels", "Labels", ("map", "string"), True),
        ("Subpath", "Subpath", "string", True),
        ("DriverConfig", "DriverConfig", ("ptr", MountDriver), True),
    )


class Mount(Struct):
    __gotype__ = "mount.Mount"
    FIELDS = (
        ("Type", "Type", MountType, True),
        ("Source", "Source", "string", True),
        ("Target", "Target", "string", True),
        ("ReadOnly", "ReadOnly", "bool", True),
        ("Consistency", "Consistency", MountConsistency, True),
        ("BindOptions", "BindOptions", ("ptr", MountBindOptions), True),
        ("VolumeOptions", "VolumeOptions", ("ptr", MountVolumeOptions), True),
        ("ImageOptions", "ImageOptions", ("ptr", MountImageOptions), True),
        ("TmpfsOptions", "TmpfsOptions", ("ptr", MountTmpfsOptions), True),
        ("ClusterOptions", "ClusterOptions", ("ptr", MountClusterOptions), True),
    )


# --- ocispec -------------------------------------------------------------------


class OcispecPlatform(Struct):
    __gotype__ = "v1.Platform"
    FIELDS = (
        ("Architecture", "architecture", "string", False),
        ("OS", "os", "string", False),
        ("OSVersion", "os.version", "string", True),
        ("OSFeatures", "os.features", ("slice", "string"), True),
        ("Variant", "variant", "string", True),
    )


class OcispecDescriptor(Struct):
    __gotype__ = "v1.Descriptor"
    FIELDS = (
        ("MediaType", "mediaType", "string", False),
        ("Digest", "digest", DigestDigest, False),
        ("Size", "size", "int64", False),
        ("URLs", "urls", ("slice", "string"), True),
        ("Annotations", "annotations", ("map", "string"), True),
        ("Data", "data", "bytes", True),
        ("Platform", "platform", ("ptr", OcispecPlatform), True),
        ("ArtifactType", "artifactType", "string", True),
    )


class OcispecImageConfig(Struct):
    __gotype__ = "v1.ImageConfig"
    FIELDS = (
        ("User", "User", "string", True),
        ("ExposedPorts", "ExposedPorts", ("map", "empty"), True),
        ("Env", "Env", ("slice", "string"), True),
        ("Entrypoint", "Entrypoint", ("slice", "string"), True),
        ("Cmd", "Cmd", ("slice", "string"), True),
        ("Volumes", "Volumes", ("map", "empty"), True),
        ("WorkingDir", "WorkingDir", "string", True),
        ("Labels", "Labels", ("map", "string"), True),
        ("StopSignal", "StopSignal", "string", True),
        ("ArgsEscaped", "ArgsEscaped", "bool", True),
    )


# --- dockerspec ----------------------------------------------------------------


class DockerspecHealthcheckConfig(Struct):
    __gotype__ = "v1.HealthcheckConfig"
    FIELDS = (
        ("Test", "Test", ("slice", "string"), True),
        ("Interval", "Interval", "duration", True),
        ("Timeout", "Timeout", "duration", True),
        ("StartPeriod", "StartPeriod", "duration", True),
        ("StartInterval", "StartInterval", "duration", True),
        ("Retries", "Retries", "int", True),
    )


class DockerspecDockerOCIImageConfigExt(Struct):
    __gotype__ = "v1.DockerOCIImageConfigExt"
    FIELDS = (
        ("Healthcheck", "Healthcheck", ("ptr", DockerspecHealthcheckConfig), True),
        ("OnBuild", "OnBuild", ("slice", "string"), True),
        ("Shell", "Shell", ("slice", "string"), True),
    )


class DockerspecDockerOCIImageConfig(Struct):
    __gotype__ = "v1.DockerOCIImageConfig"
    FIELDS = (
        ("ImageConfig", EMBEDDED, OcispecImageConfig, False),
        ("DockerOCIImageConfigExt", EMBEDDED, DockerspecDockerOCIImageConfigExt, False),
    )


# --- network -------------------------------------------------------------------


class NetworkConfigReference(Struct):
    __gotype__ = "network.ConfigReference"
    FIELDS = (
        ("Network", "Network", "string", False),
    )


class NetworkEndpointResource(Struct):
    __gotype__ = "network.EndpointResource"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("EndpointID", "EndpointID", "string", False),
        ("MacAddress", "MacAddress", "string", False),
        ("IPv4Address", "IPv4Address", "string", False),
        ("IPv6Address", "IPv6Address", "string", False),
    )


class NetworkIPAMConfig(Struct):
    __gotype__ = "network.IPAMConfig"
    FIELDS = (
        ("Subnet", "Subnet", "string", True),
        ("IPRange", "IPRange", "string", True),
        ("Gateway", "Gateway", "string", True),
        ("AuxAddress", "AuxiliaryAddresses", ("map", "string"), True),
    )


class NetworkIPAM(Struct):
    __gotype__ = "network.IPAM"
    FIELDS = (
        ("Driver", "Driver", "string", False),
        ("Options", "Options", ("map", "string"), False),
        ("Config", "Config", ("slice", NetworkIPAMConfig), False),
    )


class NetworkPeerInfo(Struct):
    __gotype__ = "network.PeerInfo"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("IP", "IP", "string", False),
    )


class NetworkTask(Struct):
    __gotype__ = "network.Task"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("EndpointID", "EndpointID", "string", False),
        ("EndpointIP", "EndpointIP", "string", False),
        ("Info", "Info", ("map", "string"), False),
    )


class NetworkServiceInfo(Struct):
    __gotype__ = "network.ServiceInfo"
    FIELDS = (
        ("VIP", "VIP", "string", False),
        ("Ports", "Ports", ("slice", "string"), False),
        ("LocalLBIndex", "LocalLBIndex", "int", False),
        ("Tasks", "Tasks", ("slice", NetworkTask), False),
    )


class NetworkInspect(Struct):
    __gotype__ = "network.Inspect"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("ID", "Id", "string", False),
        ("Created", "Created", "time", False),
        ("Scope", "Scope", "string", False),
        ("Driver", "Driver", "string", False),
        ("EnableIPv4", "EnableIPv4", "bool", False),
        ("EnableIPv6", "EnableIPv6", "bool", False),
        ("IPAM", "IPAM", NetworkIPAM, False),
        ("Internal", "Internal", "bool", False),
        ("Attachable", "Attachable", "bool", False),
        ("Ingress", "Ingress", "bool", False),
        ("ConfigFrom", "ConfigFrom", NetworkConfigReference, False),
        ("ConfigOnly", "ConfigOnly", "bool", False),
        ("Containers", "Containers", ("map", NetworkEndpointResource), False),
        ("Options", "Options", ("map", "string"), False),
        ("Labels", "Labels", ("map", "string"), False),
        ("Peers", "Peers", ("slice", NetworkPeerInfo), True),
        ("Services", "Services", ("map", NetworkServiceInfo), True),
    )


class NetworkEndpointIPAMConfig(Struct):
    __gotype__ = "network.EndpointIPAMConfig"
    FIELDS = (
        ("IPv4Address", "IPv4Address", "string", True),
        ("IPv6Address", "IPv6Address", "string", True),
        ("LinkLocalIPs", "LinkLocalIPs", ("slice", "string"), True),
    )


class NetworkEndpointSettings(Struct):
    __gotype__ = "network.EndpointSettings"
    FIELDS = (
        ("IPAMConfig", "IPAMConfig", ("ptr", NetworkEndpointIPAMConfig), False),
        ("Links", "Links", ("slice", "string"), False),
        ("Aliases", "Aliases", ("slice", "string"), False),
        ("MacAddress", "MacAddress", "string", False),
        ("DriverOpts", "DriverOpts", ("map", "string"), False),
        ("GwPriority", "GwPriority", "int", False),
        ("NetworkID", "NetworkID", "string", False),
        ("EndpointID", "EndpointID", "string", False),
        ("Gateway", "Gateway", "string", False),
        ("IPAddress", "IPAddress", "string", False),
        ("IPPrefixLen", "IPPrefixLen", "int", False),
        ("IPv6Gateway", "IPv6Gateway", "string", False),
        ("GlobalIPv6Address", "GlobalIPv6Address", "string", False),
        ("GlobalIPv6PrefixLen", "GlobalIPv6PrefixLen", "int", False),
        ("DNSNames", "DNSNames", ("slice", "string"), False),
    )


class NetworkAddress(Struct):
    __gotype__ = "network.Address"
    FIELDS = (
        ("Addr", "Addr", "string", False),
        ("PrefixLen", "PrefixLen", "int", False),
    )


# --- container -----------------------------------------------------------------


class ContainerConfig(Struct):
    __gotype__ = "container.Config"
    FIELDS = (
        ("Hostname", "Hostname", "string", False),
        ("Domainname", "Domainname", "string", False),
        ("User", "User", "string", False),
        ("AttachStdin", "AttachStdin", "bool", False),
        ("AttachStdout", "AttachStdout", "bool", False),
        ("AttachStderr", "AttachStderr", "bool", False),
        ("ExposedPorts", "ExposedPorts", NAT_PORT_SET, True),
        ("Tty", "Tty", "bool", False),
        ("OpenStdin", "OpenStdin", "bool", False),
        ("StdinOnce", "StdinOnce", "bool", False),
        ("Env", "Env", ("slice", "string"), False),
        ("Cmd", "Cmd", "strslice", False),
        ("Healthcheck", "Healthcheck", ("ptr", DockerspecHealthcheckConfig), True),
        ("ArgsEscaped", "ArgsEscaped", "bool", True),
        ("Image", "Image", "string", False),
        ("Volumes", "Volumes", ("map", "empty"), False),
        ("WorkingDir", "WorkingDir", "string", False),
        ("Entrypoint", "Entrypoint", "strslice", False),
        ("NetworkDisabled", "NetworkDisabled", "bool", True),
        ("MacAddress", "MacAddress", "string", True),
        ("OnBuild", "OnBuild", ("slice", "string"), False),
        ("Labels", "Labels", ("map", "string"), False),
        ("StopSignal", "StopSignal", "string", True),
        ("StopTimeout", "StopTimeout", ("ptr", "int"), True),
        ("Shell", "Shell", "strslice", True),
    )


class ContainerLogConfig(Struct):
    __gotype__ = "container.LogConfig"
    FIELDS = (
        ("Type", "Type", "string", False),
        ("Config", "Config", ("map", "string"), False),
    )


class ContainerDeviceMapping(Struct):
    __gotype__ = "container.DeviceMapping"
    FIELDS = (
        ("PathOnHost", "PathOnHost", "string", False),
        ("PathInContainer", "PathInContainer", "string", False),
        ("CgroupPermissions", "CgroupPermissions", "string", False),
    )


class ContainerDeviceRequest(Struct):
    __gotype__ = "container.DeviceRequest"
    FIELDS = (
        ("Driver", "Driver", "string", False),
        ("Count", "Count", "int", False),
        ("DeviceIDs", "DeviceIDs", ("slice", "string"), False),
        ("Capabilities", "Capabilities", ("slice", ("slice", "string")), False),
        ("Options", "Options", ("map", "string"), False),
    )


class ContainerResources(Struct):
    __gotype__ = "container.Resources"
    FIELDS = (
        ("CPUShares", "CpuShares", "int64", False),
        ("Memory", "Memory", "int64", False),
        ("NanoCPUs", "NanoCpus", "int64", False),
        ("CgroupParent", "CgroupParent", "string", False),
        ("BlkioWeight", "BlkioWeight", "uint16", False),
        ("BlkioWeightDevice", "BlkioWeightDevice", ("slice", ("ptr", BlkiodevWeightDevice)), False),
        ("BlkioDeviceReadBps", "BlkioDeviceReadBps",
         ("slice", ("ptr", BlkiodevThrottleDevice)), False),
        ("BlkioDeviceWriteBps", "BlkioDeviceWriteBps",
         ("slice", ("ptr", BlkiodevThrottleDevice)), False),
        ("BlkioDeviceReadIOps", "BlkioDeviceReadIOps",
         ("slice", ("ptr", BlkiodevThrottleDevice)), False),
        ("BlkioDeviceWriteIOps", "BlkioDeviceWriteIOps",
         ("slice", ("ptr", BlkiodevThrottleDevice)), False),
        ("CPUPeriod", "CpuPeriod", "int64", False),
        ("CPUQuota", "CpuQuota", "int64", False),
        ("CPURealtimePeriod", "CpuRealtimePeriod", "int64", False),
        ("CPURealtimeRuntime", "CpuRealtimeRuntime", "int64", False),
        ("CpusetCpus", "CpusetCpus", "string", False),
        ("CpusetMems", "CpusetMems", "string", False),
        ("Devices", "Devices", ("slice", ContainerDeviceMapping), False),
        ("DeviceCgroupRules", "DeviceCgroupRules", ("slice", "string"), False),
        ("DeviceRequests", "DeviceRequests", ("slice", ContainerDeviceRequest), False),
        ("KernelMemory", "KernelMemory", "int64", True),
        ("KernelMemoryTCP", "KernelMemoryTCP", "int64", True),
        ("MemoryReservation", "MemoryReservation", "int64", False),
        ("MemorySwap", "MemorySwap", "int64", False),
        ("MemorySwappiness", "MemorySwappiness", ("ptr", "int64"), False),
        ("OomKillDisable", "OomKillDisable", ("ptr", "bool"), False),
        ("PidsLimit", "PidsLimit", ("ptr", "int64"), False),
        ("Ulimits", "Ulimits", ("slice", ("ptr", UnitsUlimit)), False),
        ("CPUCount", "CpuCount", "int64", False),
        ("CPUPercent", "CpuPercent", "int64", False),
        ("IOMaximumIOps", "IOMaximumIOps", "uint64", False),
        ("IOMaximumBandwidth", "IOMaximumBandwidth", "uint64", False),
    )


class ContainerRestartPolicy(Struct):
    __gotype__ = "container.RestartPolicy"
    FIELDS = (
        ("Name", "Name", ContainerRestartPolicyMode, False),
        ("MaximumRetryCount", "MaximumRetryCount", "int", False),
    )

    # (*RestartPolicy) methods
    def IsNone(self):
        return self.Name in ("no", "")

    def IsAlways(self):
        return self.Name == "always"

    def IsOnFailure(self):
        return self.Name == "on-failure"

    def IsUnlessStopped(self):
        return self.Name == "unless-stopped"

    def IsSame(self, other):
        return self.Name == other.Name and self.MaximumRetryCount == other.MaximumRetryCount


class ContainerHostConfig(Struct):
    __gotype__ = "container.HostConfig"
    FIELDS = (
        ("Binds", "Binds", ("slice", "string"), False),
        ("ContainerIDFile", "ContainerIDFile", "string", False),
        ("LogConfig", "LogConfig", ContainerLogConfig, False),
        ("NetworkMode", "NetworkMode", ContainerNetworkMode, False),
        ("PortBindings", "PortBindings", NAT_PORT_MAP, False),
        ("RestartPolicy", "RestartPolicy", ContainerRestartPolicy, False),
        ("AutoRemove", "AutoRemove", "bool", False),
        ("VolumeDriver", "VolumeDriver", "string", False),
        ("VolumesFrom", "VolumesFrom", ("slice", "string"), False),
        ("ConsoleSize", "ConsoleSize", ("array", "uint", 2), False),
        ("Annotations", "Annotations", ("map", "string"), True),
        ("CapAdd", "CapAdd", "strslice", False),
        ("CapDrop", "CapDrop", "strslice", False),
        ("CgroupnsMode", "CgroupnsMode", ContainerCgroupnsMode, False),
        ("DNS", "Dns", ("slice", "string"), False),
        ("DNSOptions", "DnsOptions", ("slice", "string"), False),
        ("DNSSearch", "DnsSearch", ("slice", "string"), False),
        ("ExtraHosts", "ExtraHosts", ("slice", "string"), False),
        ("GroupAdd", "GroupAdd", ("slice", "string"), False),
        ("IpcMode", "IpcMode", ContainerIpcMode, False),
        ("Cgroup", "Cgroup", ContainerCgroupSpec, False),
        ("Links", "Links", ("slice", "string"), False),
        ("OomScoreAdj", "OomScoreAdj", "int", False),
        ("PidMode", "PidMode", ContainerPidMode, False),
        ("Privileged", "Privileged", "bool", False),
        ("PublishAllPorts", "PublishAllPorts", "bool", False),
        ("ReadonlyRootfs", "ReadonlyRootfs", "bool", False),
        ("SecurityOpt", "SecurityOpt", ("slice", "string"), False),
        ("StorageOpt", "StorageOpt", ("map", "string"), True),
        ("Tmpfs", "Tmpfs", ("map", "string"), True),
        ("UTSMode", "UTSMode", ContainerUTSMode, False),
        ("UsernsMode", "UsernsMode", ContainerUsernsMode, False),
        ("ShmSize", "ShmSize", "int64", False),
        ("Sysctls", "Sysctls", ("map", "string"), True),
        ("Runtime", "Runtime", "string", True),
        ("Isolation", "Isolation", ContainerIsolation, False),
        ("Resources", EMBEDDED, ContainerResources, False),
        ("Mounts", "Mounts", ("slice", Mount), True),
        ("MaskedPaths", "MaskedPaths", ("slice", "string"), False),
        ("ReadonlyPaths", "ReadonlyPaths", ("slice", "string"), False),
        ("Init", "Init", ("ptr", "bool"), True),
    )


class ContainerHealthcheckResult(Struct):
    __gotype__ = "container.HealthcheckResult"
    FIELDS = (
        ("Start", "Start", "time", False),
        ("End", "End", "time", False),
        ("ExitCode", "ExitCode", "int", False),
        ("Output", "Output", "string", False),
    )


class ContainerHealth(Struct):
    __gotype__ = "container.Health"
    FIELDS = (
        ("Status", "Status", "string", False),
        ("FailingStreak", "FailingStreak", "int", False),
        ("Log", "Log", ("slice", ("ptr", ContainerHealthcheckResult)), False),
    )


class ContainerState(Struct):
    __gotype__ = "container.State"
    FIELDS = (
        ("Status", "Status", "string", False),
        ("Running", "Running", "bool", False),
        ("Paused", "Paused", "bool", False),
        ("Restarting", "Restarting", "bool", False),
        ("OOMKilled", "OOMKilled", "bool", False),
        ("Dead", "Dead", "bool", False),
        ("Pid", "Pid", "int", False),
        ("ExitCode", "ExitCode", "int", False),
        ("Error", "Error", "string", False),
        ("StartedAt", "StartedAt", "string", False),
        ("FinishedAt", "FinishedAt", "string", False),
        ("Health", "Health", ("ptr", ContainerHealth), True),
    )


class ContainerJSONBase(Struct):
    __gotype__ = "container.ContainerJSONBase"
    FIELDS = (
        ("ID", "Id", "string", False),
        ("Created", "Created", "string", False),
        ("Path", "Path", "string", False),
        ("Args", "Args", ("slice", "string"), False),
        ("State", "State", ("ptr", ContainerState), False),
        ("Image", "Image", "string", False),
        ("ResolvConfPath", "ResolvConfPath", "string", False),
        ("HostnamePath", "HostnamePath", "string", False),
        ("HostsPath", "HostsPath", "string", False),
        ("LogPath", "LogPath", "string", False),
        ("Name", "Name", "string", False),
        ("RestartCount", "RestartCount", "int", False),
        ("Driver", "Driver", "string", False),
        ("Platform", "Platform", "string", False),
        ("MountLabel", "MountLabel", "string", False),
        ("ProcessLabel", "ProcessLabel", "string", False),
        ("AppArmorProfile", "AppArmorProfile", "string", False),
        ("ExecIDs", "ExecIDs", ("slice", "string"), False),
        ("HostConfig", "HostConfig", ("ptr", ContainerHostConfig), False),
        ("GraphDriver", "GraphDriver", StorageDriverData, False),
        ("SizeRw", "SizeRw", ("ptr", "int64"), True),
        ("SizeRootFs", "SizeRootFs", ("ptr", "int64"), True),
    )


class ContainerMountPoint(Struct):
    __gotype__ = "container.MountPoint"
    FIELDS = (
        ("Type", "Type", MountType, True),
        ("Name", "Name", "string", True),
        ("Source", "Source", "string", False),
        ("Destination", "Destination", "string", False),
        ("Driver", "Driver", "string", True),
        ("Mode", "Mode", "string", False),
        ("RW", "RW", "bool", False),
        ("Propagation", "Propagation", MountPropagation, False),
    )


class ContainerDefaultNetworkSettings(Struct):
    __gotype__ = "container.DefaultNetworkSettings"
    FIELDS = (
        ("EndpointID", "EndpointID", "string", False),
        ("Gateway", "Gateway", "string", False),
        ("GlobalIPv6Address", "GlobalIPv6Address", "string", False),
        ("GlobalIPv6PrefixLen", "GlobalIPv6PrefixLen", "int", False),
        ("IPAddress", "IPAddress", "string", False),
        ("IPPrefixLen", "IPPrefixLen", "int", False),
        ("IPv6Gateway", "IPv6Gateway", "string", False),
        ("MacAddress", "MacAddress", "string", False),
    )


class ContainerNetworkSettingsBase(Struct):
    __gotype__ = "container.NetworkSettingsBase"
    FIELDS = (
        ("Bridge", "Bridge", "string", False),
        ("SandboxID", "SandboxID", "string", False),
        ("SandboxKey", "SandboxKey", "string", False),
        ("Ports", "Ports", NAT_PORT_MAP, False),
        ("HairpinMode", "HairpinMode", "bool", False),
        ("LinkLocalIPv6Address", "LinkLocalIPv6Address", "string", False),
        ("LinkLocalIPv6PrefixLen", "LinkLocalIPv6PrefixLen", "int", False),
        ("SecondaryIPAddresses", "SecondaryIPAddresses", ("slice", NetworkAddress), False),
        ("SecondaryIPv6Addresses", "SecondaryIPv6Addresses", ("slice", NetworkAddress), False),
    )


class ContainerNetworkSettings(Struct):
    __gotype__ = "container.NetworkSettings"
    FIELDS = (
        ("NetworkSettingsBase", EMBEDDED, ContainerNetworkSettingsBase, False),
        ("DefaultNetworkSettings", EMBEDDED, ContainerDefaultNetworkSettings, False),
        ("Networks", "Networks", ("map", ("ptr", NetworkEndpointSettings)), False),
    )


class ContainerInspectResponse(Struct):
    __gotype__ = "container.InspectResponse"
    FIELDS = (
        ("ContainerJSONBase", EMBEDDED, ("ptr", ContainerJSONBase), False),
        ("Mounts", "Mounts", ("slice", ContainerMountPoint), False),
        ("Config", "Config", ("ptr", ContainerConfig), False),
        ("NetworkSettings", "NetworkSettings", ("ptr", ContainerNetworkSettings), False),
        ("ImageManifestDescriptor", "ImageManifestDescriptor", ("ptr", OcispecDescriptor), True),
    )


# --- image ---------------------------------------------------------------------


class ImagePropertiesSize(Struct):
    __gotype__ = 'struct { Unpacked int64 "json:\\"Unpacked\\"" }'
    FIELDS = (
        ("Unpacked", "Unpacked", "int64", False),
    )


class ImageManifestSummarySize(Struct):
    __gotype__ = 'struct { Content int64 "json:\\"Content\\""; Total int64 "json:\\"Total\\"" }'
    FIELDS = (
        ("Content", "Content", "int64", False),
        ("Total", "Total", "int64", False),
    )


class ImageAttestationProperties(Struct):
    __gotype__ = "image.AttestationProperties"
    FIELDS = (
        ("For", "For", DigestDigest, False),
    )


class ImageProperties(Struct):
    __gotype__ = "image.ImageProperties"
    FIELDS = (
        ("Platform", "Platform", OcispecPlatform, False),
        ("Size", "Size", ImagePropertiesSize, False),
        ("Containers", "Containers", ("slice", "string"), False),
    )


class ImageManifestSummary(Struct):
    __gotype__ = "image.ManifestSummary"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Descriptor", "Descriptor", OcispecDescriptor, False),
        ("Available", "Available", "bool", False),
        ("Size", "Size", ImageManifestSummarySize, False),
        ("Kind", "Kind", ImageManifestKind, False),
        ("ImageData", "ImageData", ("ptr", ImageProperties), True),
        ("AttestationData", "AttestationData", ("ptr", ImageAttestationProperties), True),
    )


class ImageMetadata(Struct):
    __gotype__ = "image.Metadata"
    FIELDS = (
        ("LastTagTime", "LastTagTime", "time", True),
    )


class ImageRootFS(Struct):
    __gotype__ = "image.RootFS"
    FIELDS = (
        ("Type", "Type", "string", True),
        ("Layers", "Layers", ("slice", "string"), True),
    )


class ImageInspectResponse(Struct):
    __gotype__ = "image.InspectResponse"
    FIELDS = (
        ("ID", "Id", "string", False),
        ("RepoTags", "RepoTags", ("slice", "string"), False),
        ("RepoDigests", "RepoDigests", ("slice", "string"), False),
        ("Parent", "Parent", "string", False),
        ("Comment", "Comment", "string", False),
        ("Created", "Created", "string", True),
        ("Container", "Container", "string", True),
        ("ContainerConfig", "ContainerConfig", ("ptr", ContainerConfig), True),
        ("DockerVersion", "DockerVersion", "string", False),
        ("Author", "Author", "string", False),
        ("Config", "Config", ("ptr", DockerspecDockerOCIImageConfig), False),
        ("Architecture", "Architecture", "string", False),
        ("Variant", "Variant", "string", True),
        ("Os", "Os", "string", False),
        ("OsVersion", "OsVersion", "string", True),
        ("Size", "Size", "int64", False),
        ("VirtualSize", "VirtualSize", "int64", True),
        ("GraphDriver", "GraphDriver", StorageDriverData, False),
        ("RootFS", "RootFS", ImageRootFS, False),
        ("Metadata", "Metadata", ImageMetadata, False),
        ("Descriptor", "Descriptor", ("ptr", OcispecDescriptor), True),
        ("Manifests", "Manifests", ("slice", ImageManifestSummary), True),
    )


# --- swarm ---------------------------------------------------------------------


class SwarmDiscreteGenericResource(Struct):
    __gotype__ = "swarm.DiscreteGenericResource"
    FIELDS = (
        ("Kind", "Kind", "string", True),
        ("Value", "Value", "int64", True),
    )


class SwarmNamedGenericResource(Struct):
    __gotype__ = "swarm.NamedGenericResource"
    FIELDS = (
        ("Kind", "Kind", "string", True),
        ("Value", "Value", "string", True),
    )


class SwarmGenericResource(Struct):
    __gotype__ = "swarm.GenericResource"
    FIELDS = (
        ("NamedResourceSpec", "NamedResourceSpec", ("ptr", SwarmNamedGenericResource), True),
        ("DiscreteResourceSpec", "DiscreteResourceSpec",
         ("ptr", SwarmDiscreteGenericResource), True),
    )


class SwarmVersion(Struct):
    __gotype__ = "swarm.Version"
    FIELDS = (
        ("Index", "Index", "uint64", True),
    )

    def __str__(self):   # Version.String
        return str(self.Index)


class SwarmMeta(Struct):
    __gotype__ = "swarm.Meta"
    FIELDS = (
        ("Version", "Version", SwarmVersion, True),
        ("CreatedAt", "CreatedAt", "time", True),
        ("UpdatedAt", "UpdatedAt", "time", True),
    )


class SwarmAnnotations(Struct):
    __gotype__ = "swarm.Annotations"
    FIELDS = (
        ("Name", "Name", "string", True),
        ("Labels", "Labels", ("map", "string"), False),
    )


class SwarmExternalCA(Struct):
    __gotype__ = "swarm.ExternalCA"
    FIELDS = (
        ("Protocol", "Protocol", SwarmExternalCAProtocol, False),
        ("URL", "URL", "string", False),
        ("Options", "Options", ("map", "string"), True),
        ("CACert", "CACert", "string", False),
    )


class SwarmCAConfig(Struct):
    __gotype__ = "swarm.CAConfig"
    FIELDS = (
        ("NodeCertExpiry", "NodeCertExpiry", "duration", True),
        ("ExternalCAs", "ExternalCAs", ("slice", ("ptr", SwarmExternalCA)), True),
        ("SigningCACert", "SigningCACert", "string", True),
        ("SigningCAKey", "SigningCAKey", "string", True),
        ("ForceRotate", "ForceRotate", "uint64", True),
    )


class SwarmDispatcherConfig(Struct):
    __gotype__ = "swarm.DispatcherConfig"
    FIELDS = (
        ("HeartbeatPeriod", "HeartbeatPeriod", "duration", True),
    )


class SwarmEncryptionConfig(Struct):
    __gotype__ = "swarm.EncryptionConfig"
    FIELDS = (
        ("AutoLockManagers", "AutoLockManagers", "bool", False),
    )


class SwarmOrchestrationConfig(Struct):
    __gotype__ = "swarm.OrchestrationConfig"
    FIELDS = (
        ("TaskHistoryRetentionLimit", "TaskHistoryRetentionLimit", ("ptr", "int64"), True),
    )


class SwarmRaftConfig(Struct):
    __gotype__ = "swarm.RaftConfig"
    FIELDS = (
        ("SnapshotInterval", "SnapshotInterval", "uint64", True),
        ("KeepOldSnapshots", "KeepOldSnapshots", ("ptr", "uint64"), True),
        ("LogEntriesForSlowFollowers", "LogEntriesForSlowFollowers", "uint64", True),
        ("ElectionTick", "ElectionTick", "int", False),
        ("HeartbeatTick", "HeartbeatTick", "int", False),
    )


class SwarmDriver(Struct):
    __gotype__ = "swarm.Driver"
    FIELDS = (
        ("Name", "Name", "string", True),
        ("Options", "Options", ("map", "string"), True),
    )


class SwarmTaskDefaults(Struct):
    __gotype__ = "swarm.TaskDefaults"
    FIELDS = (
        ("LogDriver", "LogDriver", ("ptr", SwarmDriver), True),
    )


class SwarmSpec(Struct):
    __gotype__ = "swarm.Spec"
    FIELDS = (
        ("Annotations", EMBEDDED, SwarmAnnotations, False),
        ("Orchestration", "Orchestration", SwarmOrchestrationConfig, True),
        ("Raft", "Raft", SwarmRaftConfig, True),
        ("Dispatcher", "Dispatcher", SwarmDispatcherConfig, True),
        ("CAConfig", "CAConfig", SwarmCAConfig, True),
        ("TaskDefaults", "TaskDefaults", SwarmTaskDefaults, True),
        ("EncryptionConfig", "EncryptionConfig", SwarmEncryptionConfig, True),
    )


class SwarmTLSInfo(Struct):
    __gotype__ = "swarm.TLSInfo"
    FIELDS = (
        ("TrustRoot", "TrustRoot", "string", True),
        ("CertIssuerSubject", "CertIssuerSubject", "bytes", True),
        ("CertIssuerPublicKey", "CertIssuerPublicKey", "bytes", True),
    )


class SwarmClusterInfo(Struct):
    __gotype__ = "swarm.ClusterInfo"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Meta", EMBEDDED, SwarmMeta, False),
        ("Spec", "Spec", SwarmSpec, False),
        ("TLSInfo", "TLSInfo", SwarmTLSInfo, False),
        ("RootRotationInProgress", "RootRotationInProgress", "bool", False),
        ("DefaultAddrPool", "DefaultAddrPool", ("slice", "string"), False),
        ("SubnetSize", "SubnetSize", "uint32", False),
        ("DataPathPort", "DataPathPort", "uint32", False),
    )


class SwarmPeer(Struct):
    __gotype__ = "swarm.Peer"
    FIELDS = (
        ("NodeID", "NodeID", "string", False),
        ("Addr", "Addr", "string", False),
    )


class SwarmInfo(Struct):
    __gotype__ = "swarm.Info"
    FIELDS = (
        ("NodeID", "NodeID", "string", False),
        ("NodeAddr", "NodeAddr", "string", False),
        ("LocalNodeState", "LocalNodeState", SwarmLocalNodeState, False),
        ("ControlAvailable", "ControlAvailable", "bool", False),
        ("Error", "Error", "string", False),
        ("RemoteManagers", "RemoteManagers", ("slice", SwarmPeer), False),
        ("Nodes", "Nodes", "int", True),
        ("Managers", "Managers", "int", True),
        ("Cluster", "Cluster", ("ptr", SwarmClusterInfo), True),
        ("Warnings", "Warnings", ("slice", "string"), True),
    )


# --- volume --------------------------------------------------------------------


class VolumeTypeBlock(Struct):
    __gotype__ = "volume.TypeBlock"
    FIELDS = ()


class VolumeTypeMount(Struct):
    __gotype__ = "volume.TypeMount"
    FIELDS = (
        ("FsType", "FsType", "string", True),
        ("MountFlags", "MountFlags", ("slice", "string"), True),
    )


class VolumeAccessMode(Struct):
    __gotype__ = "volume.AccessMode"
    FIELDS = (
        ("Scope", "Scope", VolumeScope, True),
        ("Sharing", "Sharing", VolumeSharingMode, True),
        ("MountVolume", "MountVolume", ("ptr", VolumeTypeMount), True),
        ("BlockVolume", "BlockVolume", ("ptr", VolumeTypeBlock), True),
    )


class VolumeCapacityRange(Struct):
    __gotype__ = "volume.CapacityRange"
    FIELDS = (
        ("RequiredBytes", "RequiredBytes", "int64", False),
        ("LimitBytes", "LimitBytes", "int64", False),
    )


class VolumeSecret(Struct):
    __gotype__ = "volume.Secret"
    FIELDS = (
        ("Key", "Key", "string", False),
        ("Secret", "Secret", "string", False),
    )


class VolumeTopology(Struct):
    __gotype__ = "volume.Topology"
    FIELDS = (
        ("Segments", "Segments", ("map", "string"), True),
    )


class VolumeTopologyRequirement(Struct):
    __gotype__ = "volume.TopologyRequirement"
    FIELDS = (
        ("Requisite", "Requisite", ("slice", VolumeTopology), True),
        ("Preferred", "Preferred", ("slice", VolumeTopology), True),
    )


class VolumeClusterVolumeSpec(Struct):
    __gotype__ = "volume.ClusterVolumeSpec"
    FIELDS = (
        ("Group", "Group", "string", True),
        ("AccessMode", "AccessMode", ("ptr", VolumeAccessMode), True),
        ("AccessibilityRequirements", "AccessibilityRequirements",
         ("ptr", VolumeTopologyRequirement), True),
        ("CapacityRange", "CapacityRange", ("ptr", VolumeCapacityRange), True),
        ("Secrets", "Secrets", ("slice", VolumeSecret), True),
        ("Availability", "Availability", VolumeAvailability, True),
    )


class VolumeInfo(Struct):
    __gotype__ = "volume.Info"
    FIELDS = (
        ("CapacityBytes", "CapacityBytes", "int64", True),
        ("VolumeContext", "VolumeContext", ("map", "string"), True),
        ("VolumeID", "VolumeID", "string", True),
        ("AccessibleTopology", "AccessibleTopology", ("slice", VolumeTopology), True),
    )


class VolumePublishStatus(Struct):
    __gotype__ = "volume.PublishStatus"
    FIELDS = (
        ("NodeID", "NodeID", "string", True),
        ("State", "State", VolumePublishState, True),
        ("PublishContext", "PublishContext", ("map", "string"), True),
    )


class VolumeClusterVolume(Struct):
    __gotype__ = "volume.ClusterVolume"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Meta", EMBEDDED, SwarmMeta, False),
        ("Spec", "Spec", VolumeClusterVolumeSpec, False),
        ("PublishStatus", "PublishStatus", ("slice", ("ptr", VolumePublishStatus)), True),
        ("Info", "Info", ("ptr", VolumeInfo), True),
    )


class VolumeUsageData(Struct):
    __gotype__ = "volume.UsageData"
    FIELDS = (
        ("RefCount", "RefCount", "int64", False),
        ("Size", "Size", "int64", False),
    )


class Volume(Struct):
    __gotype__ = "volume.Volume"
    FIELDS = (
        ("ClusterVolume", "ClusterVolume", ("ptr", VolumeClusterVolume), True),
        ("CreatedAt", "CreatedAt", "string", True),
        ("Driver", "Driver", "string", False),
        ("Labels", "Labels", ("map", "string"), False),
        ("Mountpoint", "Mountpoint", "string", False),
        ("Name", "Name", "string", False),
        ("Options", "Options", ("map", "string"), False),
        ("Scope", "Scope", "string", False),
        ("Status", "Status", ("map", "any"), True),
        ("UsageData", "UsageData", ("ptr", VolumeUsageData), True),
    )


# --- registry ------------------------------------------------------------------


class _NetIP(str):
    __gotype__ = "net.IP"


class _NetIPMask(str):
    __gotype__ = "net.IPMask"


class RegistryNetIPNet(Struct):
    """registry.NetIPNet (a net.IPNet), read from and marshalled as CIDR text."""

    __gotype__ = "registry.NetIPNet"
    FIELDS = (
        ("IP", "IP", "string", False),
        ("Mask", "Mask", "string", False),
    )

    @classmethod
    def __decode__(cls, data):   # (*NetIPNet).UnmarshalJSON: net.ParseCIDR
        try:
            network = ipaddress.ip_network(data, strict=False)
        except (TypeError, ValueError):
            return cls()
        mask = network.netmask.packed.hex()
        return cls(IP=_NetIP(network.network_address), Mask=_NetIPMask(mask))

    def _cidr(self):
        if not self.Mask:
            return "<nil>"
        return "%s/%d" % (self.IP, bin(int(self.Mask, 16)).count("1"))

    def __str__(self):   # (*NetIPNet).String
        return self._cidr()

    def __json__(self):   # (*NetIPNet).MarshalJSON
        return self._cidr()


class RegistryIndexInfo(Struct):
    __gotype__ = "registry.IndexInfo"
    FIELDS = (
        ("Name", "Name", "string", False),
        ("Mirrors", "Mirrors", ("slice", "string"), False),
        ("Secure", "Secure", "bool", False),
        ("Official", "Official", "bool", False),
    )


class RegistryServiceConfig(Struct):
    __gotype__ = "registry.ServiceConfig"
    FIELDS = (
        ("AllowNondistributableArtifactsCIDRs", "AllowNondistributableArtifactsCIDRs",
         ("slice", ("ptr", RegistryNetIPNet)), True),
        ("AllowNondistributableArtifactsHostnames", "AllowNondistributableArtifactsHostnames",
         ("slice", "string"), True),
        ("InsecureRegistryCIDRs", "InsecureRegistryCIDRs",
         ("slice", ("ptr", RegistryNetIPNet)), False),
        ("IndexConfigs", "IndexConfigs", ("map", ("ptr", RegistryIndexInfo)), False),
        ("Mirrors", "Mirrors", ("slice", "string"), False),
        ("ExtraFields", "-", ("map", "any"), False),
    )

    def __json__(self):
        # (*ServiceConfig).MarshalJSON goes through a map[string]any: every key sorted
        return json.loads(marshal(super().__json__()))


# --- system --------------------------------------------------------------------


class SystemCommit(Struct):
    __gotype__ = "system.Commit"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Expected", "Expected", "string", True),
    )


class SystemContainerdNamespaces(Struct):
    __gotype__ = "system.ContainerdNamespaces"
    FIELDS = (
        ("Containers", "Containers", "string", False),
        ("Plugins", "Plugins", "string", False),
    )


class SystemContainerdInfo(Struct):
    __gotype__ = "system.ContainerdInfo"
    FIELDS = (
        ("Address", "Address", "string", True),
        ("Namespaces", "Namespaces", SystemContainerdNamespaces, False),
    )


class SystemDeviceInfo(Struct):
    __gotype__ = "system.DeviceInfo"
    FIELDS = (
        ("Source", "Source", "string", False),
        ("ID", "ID", "string", False),
    )


class SystemFirewallInfo(Struct):
    __gotype__ = "system.FirewallInfo"
    FIELDS = (
        ("Driver", "Driver", "string", False),
        ("Info", "Info", ("slice", ("array", "string", 2)), True),
    )


class SystemNetworkAddressPool(Struct):
    __gotype__ = "system.NetworkAddressPool"
    FIELDS = (
        ("Base", "Base", "string", False),
        ("Size", "Size", "int", False),
    )


class SystemPluginsInfo(Struct):
    __gotype__ = "system.PluginsInfo"
    FIELDS = (
        ("Volume", "Volume", ("slice", "string"), False),
        ("Network", "Network", ("slice", "string"), False),
        ("Authorization", "Authorization", ("slice", "string"), False),
        ("Log", "Log", ("slice", "string"), False),
    )


class SystemRuntime(Struct):
    __gotype__ = "system.Runtime"
    FIELDS = (
        ("Path", "path", "string", True),
        ("Args", "runtimeArgs", ("slice", "string"), True),
        ("Type", "runtimeType", "string", True),
        ("Options", "options", ("map", "any"), True),
    )


class SystemRuntimeWithStatus(Struct):
    __gotype__ = "system.RuntimeWithStatus"
    FIELDS = (
        ("Runtime", EMBEDDED, SystemRuntime, False),
        ("Status", "status", ("map", "string"), True),
    )


class SystemInfo(Struct):
    __gotype__ = "system.Info"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Containers", "Containers", "int", False),
        ("ContainersRunning", "ContainersRunning", "int", False),
        ("ContainersPaused", "ContainersPaused", "int", False),
        ("ContainersStopped", "ContainersStopped", "int", False),
        ("Images", "Images", "int", False),
        ("Driver", "Driver", "string", False),
        ("DriverStatus", "DriverStatus", ("slice", ("array", "string", 2)), False),
        ("SystemStatus", "SystemStatus", ("slice", ("array", "string", 2)), True),
        ("Plugins", "Plugins", SystemPluginsInfo, False),
        ("MemoryLimit", "MemoryLimit", "bool", False),
        ("SwapLimit", "SwapLimit", "bool", False),
        ("KernelMemory", "KernelMemory", "bool", True),
        ("KernelMemoryTCP", "KernelMemoryTCP", "bool", True),
        ("CPUCfsPeriod", "CpuCfsPeriod", "bool", False),
        ("CPUCfsQuota", "CpuCfsQuota", "bool", False),
        ("CPUShares", "CPUShares", "bool", False),
        ("CPUSet", "CPUSet", "bool", False),
        ("PidsLimit", "PidsLimit", "bool", False),
        ("IPv4Forwarding", "IPv4Forwarding", "bool", False),
        ("Debug", "Debug", "bool", False),
        ("NFd", "NFd", "int", False),
        ("OomKillDisable", "OomKillDisable", "bool", False),
        ("NGoroutines", "NGoroutines", "int", False),
        ("SystemTime", "SystemTime", "string", False),
        ("LoggingDriver", "LoggingDriver", "string", False),
        ("CgroupDriver", "CgroupDriver", "string", False),
        ("CgroupVersion", "CgroupVersion", "string", True),
        ("NEventsListener", "NEventsListener", "int", False),
        ("KernelVersion", "KernelVersion", "string", False),
        ("OperatingSystem", "OperatingSystem", "string", False),
        ("OSVersion", "OSVersion", "string", False),
        ("OSType", "OSType", "string", False),
        ("Architecture", "Architecture", "string", False),
        ("IndexServerAddress", "IndexServerAddress", "string", False),
        ("RegistryConfig", "RegistryConfig", ("ptr", RegistryServiceConfig), False),
        ("NCPU", "NCPU", "int", False),
        ("MemTotal", "MemTotal", "int64", False),
        ("GenericResources", "GenericResources", ("slice", SwarmGenericResource), False),
        ("DockerRootDir", "DockerRootDir", "string", False),
        ("HTTPProxy", "HttpProxy", "string", False),
        ("HTTPSProxy", "HttpsProxy", "string", False),
        ("NoProxy", "NoProxy", "string", False),
        ("Name", "Name", "string", False),
        ("Labels", "Labels", ("slice", "string"), False),
        ("ExperimentalBuild", "ExperimentalBuild", "bool", False),
        ("ServerVersion", "ServerVersion", "string", False),
        ("Runtimes", "Runtimes", ("map", SystemRuntimeWithStatus), False),
        ("DefaultRuntime", "DefaultRuntime", "string", False),
        ("Swarm", "Swarm", SwarmInfo, False),
        ("LiveRestoreEnabled", "LiveRestoreEnabled", "bool", False),
        ("Isolation", "Isolation", ContainerIsolation, False),
        ("InitBinary", "InitBinary", "string", False),
        ("ContainerdCommit", "ContainerdCommit", SystemCommit, False),
        ("RuncCommit", "RuncCommit", SystemCommit, False),
        ("InitCommit", "InitCommit", SystemCommit, False),
        ("SecurityOptions", "SecurityOptions", ("slice", "string"), False),
        ("ProductLicense", "ProductLicense", "string", True),
        ("DefaultAddressPools", "DefaultAddressPools", ("slice", SystemNetworkAddressPool), True),
        ("FirewallBackend", "FirewallBackend", ("ptr", SystemFirewallInfo), True),
        ("CDISpecDirs", "CDISpecDirs", ("slice", "string"), False),
        ("DiscoveredDevices", "DiscoveredDevices", ("slice", SystemDeviceInfo), True),
        ("Containerd", "Containerd", ("ptr", SystemContainerdInfo), True),
        ("Warnings", "Warnings", ("slice", "string"), False),
    )


# --- docker CLI's own types (cli/command/system, cli-plugins) -------------------


class MetadataMetadata(Struct):
    __gotype__ = "metadata.Metadata"
    FIELDS = (
        ("SchemaVersion", "SchemaVersion", "string", True),
        ("Vendor", "Vendor", "string", True),
        ("Version", "Version", "string", True),
        ("ShortDescription", "ShortDescription", "string", True),
        ("URL", "URL", "string", True),
    )


class ManagerPlugin(Struct):
    __gotype__ = "manager.Plugin"
    FIELDS = (
        ("Metadata", EMBEDDED, MetadataMetadata, False),
        ("Name", "Name", "string", True),
        ("Path", "Path", "string", True),
        ("Err", "Err", "any", True),
        ("ShadowedPaths", "ShadowedPaths", ("slice", "string"), True),
    )


class SystemClientInfo(Struct):
    # clientVersion is an unexported embedded type: its fields are promoted and
    # flattened into the JSON, as Go does.
    __gotype__ = "system.clientInfo"
    FIELDS = (
        ("Debug", "Debug", "bool", False),
        ("clientVersion", EMBEDDED, ClientVersion, False),
        ("Plugins", "Plugins", ("slice", ManagerPlugin), False),
        ("Warnings", "Warnings", ("slice", "string"), False),
    )


class SystemDockerInfo(Struct):
    """What `docker info --format` runs on: the daemon's system.Info embedded, then the client's."""

    __gotype__ = "system.dockerInfo"
    FIELDS = (
        ("Info", EMBEDDED, ("ptr", SystemInfo), False),
        ("ServerErrors", "ServerErrors", ("slice", "string"), True),
        ("UserName", "-", "string", False),
        ("ClientInfo", "ClientInfo", ("ptr", SystemClientInfo), True),
        ("ClientErrors", "ClientErrors", ("slice", "string"), True),
    )


INSPECT_TYPES = {
    "container": ContainerInspectResponse,
    "image": ImageInspectResponse,
    "network": NetworkInspect,
    "volume": Volume,
}


def inspect_value(kind, data):
    """The typed value docker's inspect template sees for a decoded object of this kind,
    or None when docker has no typed value for it here (swarm objects, plugins)."""
    schema = INSPECT_TYPES.get(kind)
    return None if schema is None else decode(schema, data)
