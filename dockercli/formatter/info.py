"""`docker info`'s human layout (docker's prettyPrintInfo), fed the decoded /info answer."""

import ipaddress

from dockercli.formatter.units import human_duration

_BINARY_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB")


def bytes_size(size):
    """go-units BytesSize: binary units, 4 significant digits."""
    size = float(size)
    unit = 0
    while size >= 1024.0 and unit < len(_BINARY_UNITS) - 1:
        size /= 1024.0
        unit += 1
    return "%.4g%s" % (size, _BINARY_UNITS[unit])


def go_value(value):
    """A scalar as Go's fmt.Println shows it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "<nil>"
    return str(value)


class _Lines:
    def __init__(self):
        self.lines = []

    def println(self, *values):
        self.lines.append(" ".join(go_value(v) for v in values))

    def nonempty(self, label, value):
        if value:
            self.println(label, value)


def client_section(version, context, debug):
    out = _Lines()
    out.println("Client:")
    out.nonempty(" Version:   ", version)
    out.println(" Context:   ", context)
    out.println(" Debug Mode:", debug)
    return "\n".join(out.lines) + "\n"


def server_section(info, username="", client_debug=False):
    """Answer (text for stdout, warnings for stderr, errors)."""
    out = _Lines()
    errors = []
    get = info.get
    out.println(" Containers:", get("Containers", 0))
    out.println("  Running:", get("ContainersRunning", 0))
    out.println("  Paused:", get("ContainersPaused", 0))
    out.println("  Stopped:", get("ContainersStopped", 0))
    out.println(" Images:", get("Images", 0))
    out.nonempty(" Server Version:", get("ServerVersion", ""))
    out.nonempty(" Storage Driver:", get("Driver", ""))
    for pair in get("DriverStatus") or []:
        out.lines.append("  %s: %s" % (pair[0], pair[1]))
    for pair in get("SystemStatus") or []:
        out.lines.append(" %s: %s" % (pair[0], pair[1]))
    out.nonempty(" Logging Driver:", get("LoggingDriver", ""))
    out.nonempty(" Cgroup Driver:", get("CgroupDriver", ""))
    out.nonempty(" Cgroup Version:", get("CgroupVersion", ""))
    plugins = get("Plugins") or {}
    out.println(" Plugins:")
    out.println("  Volume:", " ".join(plugins.get("Volume") or []))
    out.println("  Network:", " ".join(plugins.get("Network") or []))
    if plugins.get("Authorization"):
        out.println("  Authorization:", " ".join(plugins["Authorization"]))
    out.println("  Log:", " ".join(plugins.get("Log") or []))
    if get("CDISpecDirs"):
        out.println(" CDI spec directories:")
        out.lines.extend("  %s" % directory for directory in get("CDISpecDirs"))
    if get("DiscoveredDevices"):
        out.println(" Discovered Devices:")
        out.lines.extend("  %s: %s" % (d.get("Source", ""), d.get("ID", ""))
                         for d in get("DiscoveredDevices"))
    swarm = get("Swarm") or {}
    out.println(" Swarm:", swarm.get("LocalNodeState", ""))
    _swarm_lines(out, swarm)
    runtimes = get("Runtimes") or {}
    if runtimes:
        out.println(" Runtimes:", " ".join(runtimes))
        out.println(" Default Runtime:", get("DefaultRuntime", ""))
    if get("OSType") == "linux":
        out.println(" Init Binary:", get("InitBinary", ""))
        out.println(" containerd version:", (get("ContainerdCommit") or {}).get("ID", ""))
        out.println(" runc version:", (get("RuncCommit") or {}).get("ID", ""))
        out.println(" init version:", (get("InitCommit") or {}).get("ID", ""))
        if get("SecurityOptions"):
            try:
                options = decode_security_options(get("SecurityOptions"))
            except ValueError as exc:
                errors.append(str(exc))
            else:
                out.println(" Security Options:")
                for name, pairs in options:
                    out.println("  " + name)
                    for key, value in pairs:
                        if key == "profile":
                            out.println("   Profile:", value)
    if get("OSType") == "windows":
        out.println(" Default Isolation:", get("Isolation", ""))
    out.nonempty(" Kernel Version:", get("KernelVersion", ""))
    out.nonempty(" Operating System:", get("OperatingSystem", ""))
    out.nonempty(" OSType:", get("OSType", ""))
    out.nonempty(" Architecture:", get("Architecture", ""))
    out.println(" CPUs:", get("NCPU", 0))
    out.println(" Total Memory:", bytes_size(get("MemTotal", 0)))
    out.nonempty(" Name:", get("Name", ""))
    out.nonempty(" ID:", get("ID", ""))
    out.println(" Docker Root Dir:", get("DockerRootDir", ""))
    out.println(" Debug Mode:", get("Debug", False))
    if get("Debug") or client_debug:
        out.println("  File Descriptors:", get("NFd", 0))
        out.println("  Goroutines:", get("NGoroutines", 0))
        out.println("  System Time:", get("SystemTime", ""))
        out.println("  EventsListeners:", get("NEventsListener", 0))
    out.nonempty(" HTTP Proxy:", get("HttpProxy", ""))
    out.nonempty(" HTTPS Proxy:", get("HttpsProxy", ""))
    out.nonempty(" No Proxy:", get("NoProxy", ""))
    out.nonempty(" Username:", username)
    if get("Labels"):
        out.println(" Labels:")
        out.lines.extend("  " + label for label in get("Labels"))
    out.println(" Experimental:", get("ExperimentalBuild", False))
    registry = get("RegistryConfig")
    if registry and (registry.get("InsecureRegistryCIDRs") or registry.get("IndexConfigs")):
        out.println(" Insecure Registries:")
        for config in (registry.get("IndexConfigs") or {}).values():
            if not config.get("Secure"):
                out.println("  " + config.get("Name", ""))
        for cidr in registry.get("InsecureRegistryCIDRs") or []:
            network = ipaddress.ip_network(cidr, strict=False)
            out.lines.append("  %s/%d" % (network.network_address, network.prefixlen))
    if registry and registry.get("Mirrors"):
        out.println(" Registry Mirrors:")
        out.lines.extend("  " + mirror for mirror in registry["Mirrors"])
    out.println(" Live Restore Enabled:", get("LiveRestoreEnabled", False))
    if get("ProductLicense"):
        out.println(" Product License:", get("ProductLicense"))
    if get("DefaultAddressPools"):
        out.println(" Default Address Pools:")
        out.lines.extend("   Base: %s, Size: %d" % (pool.get("Base", ""), pool.get("Size", 0))
                         for pool in get("DefaultAddressPools"))
    out.println()
    warnings = list(get("Warnings") or [])
    return "\n".join(out.lines) + "\n", warnings, errors


def decode_security_options(options):
    """docker's system.DecodeSecurityOptions: [(name, [(key, value)])]."""
    decoded = []
    for option in options:
        if "=" not in option:
            decoded.append((option, []))
            continue
        name, pairs = "", []
        for part in option.split(","):
            key, sep, value = part.partition("=")
            if not sep:
                raise ValueError('invalid security option "%s"' % part)
            if not key or not value:
                raise ValueError("invalid empty security option")
            if key == "name":
                name = value
            else:
                pairs.append((key, value))
        decoded.append((name, pairs))
    return decoded


def _swarm_lines(out, swarm):
    state = swarm.get("LocalNodeState", "")
    if state in ("inactive", "locked"):
        return
    out.println("  NodeID:", swarm.get("NodeID", ""))
    if swarm.get("Error"):
        out.println("  Error:", swarm["Error"])
    out.println("  Is Manager:", swarm.get("ControlAvailable", False))
    cluster = swarm.get("Cluster")
    if cluster and swarm.get("ControlAvailable") and not swarm.get("Error") and state != "error":
        spec = cluster.get("Spec") or {}
        out.println("  ClusterID:", cluster.get("ID", ""))
        out.println("  Managers:", swarm.get("Managers", 0))
        out.println("  Nodes:", swarm.get("Nodes", 0))
        if cluster.get("DefaultAddrPool") is not None:
            out.println("  Default Address Pool:",
                        "".join(pool + "  " for pool in cluster["DefaultAddrPool"]))
            out.println("  SubnetSize:", cluster.get("SubnetSize", 0))
        if cluster.get("DataPathPort", 0) > 0:
            out.println("  Data Path Port:", cluster["DataPathPort"])
        out.println("  Orchestration:")
        orchestration = spec.get("Orchestration") or {}
        out.println("   Task History Retention Limit:",
                    orchestration.get("TaskHistoryRetentionLimit") or 0)
        raft = spec.get("Raft") or {}
        out.println("  Raft:")
        out.println("   Snapshot Interval:", raft.get("SnapshotInterval", 0))
        if raft.get("KeepOldSnapshots") is not None:
            out.lines.append("   Number of Old Snapshots to Retain: %d" % raft["KeepOldSnapshots"])
        out.println("   Heartbeat Tick:", raft.get("HeartbeatTick", 0))
        out.println("   Election Tick:", raft.get("ElectionTick", 0))
        dispatcher = spec.get("Dispatcher") or {}
        out.println("  Dispatcher:")
        out.println("   Heartbeat Period:",
                    human_duration(dispatcher.get("HeartbeatPeriod", 0) / 1e9))
        ca_config = spec.get("CAConfig") or {}
        out.println("  CA Configuration:")
        out.println("   Expiry Duration:", human_duration(ca_config.get("NodeCertExpiry", 0) / 1e9))
        out.println("   Force Rotate:", ca_config.get("ForceRotate", 0))
        signing = (ca_config.get("SigningCACert") or "").strip()
        if signing:
            out.lines.append("   Signing CA Certificate: \n%s\n" % signing)
        if ca_config.get("ExternalCAs"):
            out.println("   External CAs:")
            out.lines.extend("     %s: %s" % (ca.get("Protocol", ""), ca.get("URL", ""))
                             for ca in ca_config["ExternalCAs"])
        encryption = spec.get("EncryptionConfig") or {}
        out.println("  Autolock Managers:", encryption.get("AutoLockManagers", False))
        out.println("  Root Rotation In Progress:", cluster.get("RootRotationInProgress", False))
    out.println("  Node Address:", swarm.get("NodeAddr", ""))
    managers = sorted(m.get("Addr", "") for m in swarm.get("RemoteManagers") or [])
    if managers:
        out.println("  Manager Addresses:")
        out.lines.extend("   %s" % address for address in managers)


def info_data(server, server_errors, client_version, context, debug):
    """What `docker info --format` templates see: docker's typed dockerInfo.

    The daemon's system.Info is embedded (its fields at the top level, in Go's
    order, with zero values for the fields the daemon left out), then
    ServerErrors, ClientInfo (this client: Debug, the clientVersion fields,
    Plugins as the non-nil empty list docker formats, Warnings) and ClientErrors.
    """
    from dockercli.formatter.goschema import (ManagerPlugin, SystemClientInfo, SystemDockerInfo,
                                              SystemInfo)
    from dockercli.formatter.gotypes import decode, slice_class
    from dockercli.formatter.version import version_data

    client_version_info = version_data(context, None, None).Client
    client_version_info.APIVersion = ""    # docker's info leaves the negotiated version out
    client_version_info.Version = client_version
    client = SystemClientInfo.pointer()(
        Debug=debug, clientVersion=client_version_info, Plugins=slice_class(ManagerPlugin)())
    return SystemDockerInfo(
        Info=decode(("ptr", SystemInfo), server or {}),
        ServerErrors=slice_class("string")(server_errors) if server_errors else slice_class(
            "string", True)(),
        ClientInfo=client,
    )
