"""dockercli.formatter.goschema: docker CLI v28.2.2's Go types for inspect and info templates.

RECORDED holds what real daemons answered (Engine 26.1 and 20.10, the latter also with
API 1.21; long paths shortened, the runtime features text cut). Decoding them and
marshalling the typed value gives the same data back for every field the Go type has,
in the type's field order.
"""

import inspect as pyinspect
import json

import pytest

from dockercli.formatter import goschema, gotypes
from dockercli.formatter.gotypes import EMBEDDED, Struct, decode
from dockercli.template import parse
from dockercli.template.gojson import marshal

SCALARS = gotypes.INT_KINDS | {"string", "float", "bool", "any", "duration", "time", "filemode",
                               "bytes", "empty", "strslice", "map", "slice"}

STRUCTS = [cls for _, cls in sorted(vars(goschema).items())
           if isinstance(cls, type) and issubclass(cls, Struct) and cls is not Struct]


def _valid_kind(kind):
    if isinstance(kind, str):
        return kind in SCALARS
    if isinstance(kind, tuple):
        if kind[0] in ("ptr", "slice", "map") and len(kind) == 2:
            return _valid_kind(kind[1])
        if kind[0] == "map" and len(kind) == 4:   # a named map type, its named key type
            return (_valid_kind(kind[1]) and isinstance(kind[2], str) and "." in kind[2]
                    and _is_named_string(kind[3]))
        if kind[0] == "array" and len(kind) == 3:
            return isinstance(kind[2], int) and _valid_kind(kind[1])
        return False
    return isinstance(kind, type) and (issubclass(kind, Struct) or _is_named_string(kind))


def _is_named_string(cls):
    return (isinstance(cls, type) and issubclass(cls, str) and "." in cls.__dict__.get("__gotype__", "")
            and cls.__dict__.get("__slots__") == ())


@pytest.mark.parametrize("cls", STRUCTS, ids=[cls.__name__ for cls in STRUCTS])
def test_every_struct_declares_its_go_type_and_well_formed_fields(cls):
    assert isinstance(cls.__dict__.get("__gotype__"), str) and cls.__gotype__
    assert not cls.__gotype__.startswith("*")    # pointers are made by cls.pointer()
    assert isinstance(cls.__dict__.get("FIELDS"), tuple)
    names = set()
    for field in cls.FIELDS:
        assert isinstance(field, tuple) and len(field) == 4, field
        go_name, json_name, kind, omitempty = field
        assert isinstance(go_name, str) and go_name.isidentifier() and go_name not in names
        names.add(go_name)
        assert json_name is EMBEDDED or (isinstance(json_name, str) and json_name)
        assert isinstance(omitempty, bool)
        assert _valid_kind(kind), field
        if json_name is EMBEDDED:
            inner = kind[1] if isinstance(kind, tuple) else kind
            assert isinstance(inner, type) and issubclass(inner, Struct)
            assert kind == inner or kind == ("ptr", inner)
            assert go_name == inner.__gotype__.split(".")[-1] or go_name == "clientVersion"
        elif go_name != "clientVersion":
            assert go_name[0].isupper()     # exported: Go's templates and JSON see it


@pytest.mark.parametrize("cls", STRUCTS, ids=[cls.__name__ for cls in STRUCTS])
def test_zero_values_marshal_and_print(cls):
    value = cls()
    text = marshal(value)
    assert isinstance(json.loads(text), (dict, str))
    assert parse("{{.}}").execute(value) is not None
    ptr = cls.pointer()
    assert ptr.__gotype__ == "*" + cls.__gotype__ and ptr.pointer() is ptr
    assert issubclass(ptr, cls) and cls.pointer() is ptr


def test_inspect_types_by_kind():
    assert goschema.INSPECT_TYPES == {"container": goschema.ContainerInspectResponse,
                                      "image": goschema.ImageInspectResponse,
                                      "network": goschema.NetworkInspect,
                                      "volume": goschema.Volume}
    assert goschema.inspect_value("plugin", {}) is None
    assert goschema.inspect_value("volume", {"Name": "v"}).Name == "v"


# --- round trips of recorded daemon answers -------------------------------------

RECORDED = {
    "container_e26_typed": (
        '{"Id":"c2ecfd53104dcf02b3b422ca7b8eefdfdf63e200721378da6ee85e915b90473c","Created":"2026'
        '-11-27T00:04:48.134753853Z","Path":"/bin/sh","Args":["-c","sleep","60"],"State":{"Status'
        '":"created","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":f'
        'alse,"Pid":0,"ExitCode":0,"Error":"","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"00'
        '01-01-01T00:00:00Z"},"Image":"sha256:4e76684bbf3d01897660330faa42e9e053a3b3089f0315e04d8'
        'b9b7a6acaf0d2","ResolvConfPath":"","HostnamePath":"","HostsPath":"","LogPath":"","Name":'
        '"/dctest-typed","RestartCount":0,"Driver":"overlay2","Platform":"linux","MountLabel":"",'
        '"ProcessLabel":"","AppArmorProfile":"","ExecIDs":null,"HostConfig":{"Binds":null,"Contai'
        'nerIDFile":"","LogConfig":{"Type":"json-file","Config":{}},"NetworkMode":"none","PortBin'
        'dings":{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"8080"}]},"RestartPolicy":{"Name":"on'
        '-failure","MaximumRetryCount":2},"AutoRemove":false,"VolumeDriver":"","VolumesFrom":null'
        ',"ConsoleSize":[0,0],"Annotations":{"x":"y"},"CapAdd":["NET_ADMIN"],"CapDrop":null,"Cgro'
        'upnsMode":"host","Dns":["1.1.1.1"],"DnsOptions":null,"DnsSearch":null,"ExtraHosts":["a:1'
        '.2.3.4"],"GroupAdd":null,"IpcMode":"private","Cgroup":"","Links":null,"OomScoreAdj":0,"P'
        'idMode":"","Privileged":false,"PublishAllPorts":false,"ReadonlyRootfs":false,"SecurityOp'
        't":null,"Tmpfs":{"/run":"size=1m"},"UTSMode":"","UsernsMode":"","ShmSize":67108864,"Runt'
        'ime":"runc","Isolation":"","CpuShares":0,"Memory":67108864,"NanoCpus":0,"CgroupParent":"'
        '","BlkioWeight":0,"BlkioWeightDevice":null,"BlkioDeviceReadBps":null,"BlkioDeviceWriteBp'
        's":null,"BlkioDeviceReadIOps":null,"BlkioDeviceWriteIOps":null,"CpuPeriod":0,"CpuQuota":'
        '0,"CpuRealtimePeriod":0,"CpuRealtimeRuntime":0,"CpusetCpus":"","CpusetMems":"","Devices"'
        ':null,"DeviceCgroupRules":null,"DeviceRequests":null,"MemoryReservation":0,"MemorySwap":'
        '134217728,"MemorySwappiness":null,"OomKillDisable":false,"PidsLimit":null,"Ulimits":[{"N'
        'ame":"nofile","Hard":2048,"Soft":1024}],"CpuCount":0,"CpuPercent":0,"IOMaximumIOps":0,"I'
        'OMaximumBandwidth":0,"Mounts":[{"Type":"tmpfs","Target":"/scratch","TmpfsOptions":{"Size'
        'Bytes":1048576,"Mode":1023}}],"MaskedPaths":["/proc/asound","/proc/acpi","/proc/kcore","'
        '/proc/keys","/proc/latency_stats","/proc/timer_list","/proc/timer_stats","/proc/sched_de'
        'bug","/proc/scsi","/sys/firmware","/sys/devices/virtual/powercap"],"ReadonlyPaths":["/pr'
        'oc/bus","/proc/fs","/proc/irq","/proc/sys","/proc/sysrq-trigger"],"Init":true},"GraphDri'
        'ver":{"Data":{"LowerDir":"/var/lib/docker/overlay2/b6ba0ad03c45-init/diff:/var/lib/docke'
        'r/overlay2/595ba65aae31/diff","MergedDir":"/var/lib/docker/overlay2/b6ba0ad03c45/merged"'
        ',"UpperDir":"/var/lib/docker/overlay2/b6ba0ad03c45/diff","WorkDir":"/var/lib/docker/over'
        'lay2/b6ba0ad03c45/work"},"Name":"overlay2"},"SizeRw":0,"SizeRootFs":1982370,"Mounts":[{"'
        'Type":"tmpfs","Source":"","Destination":"/scratch","Mode":"","RW":true,"Propagation":""}'
        '],"Config":{"Hostname":"c2ecfd53104d","Domainname":"","User":"","AttachStdin":false,"Att'
        'achStdout":false,"AttachStderr":false,"ExposedPorts":{"53/udp":{},"80/tcp":{}},"Tty":fal'
        'se,"OpenStdin":false,"StdinOnce":false,"Env":["A=1","B=2"],"Cmd":["sleep","60"],"Healthc'
        'heck":{"Test":["CMD","true"],"Interval":30000000000,"Timeout":5000000000,"StartPeriod":1'
        '500000,"Retries":3},"Image":"busybox","Volumes":null,"WorkingDir":"","Entrypoint":["/bin'
        '/sh","-c"],"OnBuild":null,"Labels":{"dctest":"1"},"StopSignal":"SIGTERM","StopTimeout":5'
        '},"NetworkSettings":{"Bridge":"","SandboxID":"","SandboxKey":"","Ports":{},"HairpinMode"'
        ':false,"LinkLocalIPv6Address":"","LinkLocalIPv6PrefixLen":0,"SecondaryIPAddresses":null,'
        '"SecondaryIPv6Addresses":null,"EndpointID":"","Gateway":"","GlobalIPv6Address":"","Globa'
        'lIPv6PrefixLen":0,"IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","MacAddress":"","Netwo'
        'rks":{"none":{"IPAMConfig":null,"Links":null,"Aliases":null,"MacAddress":"","NetworkID":'
        '"","EndpointID":"","Gateway":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalI'
        'Pv6Address":"","GlobalIPv6PrefixLen":0,"DriverOpts":null,"DNSNames":null}}}}'
    ),
    "container_e20_running": (
        '{"Id":"2c7502c9ae587582fe6a6284de832853e076f9aaee07ec0ac598a3fc81baddca","Created":"2026'
        '-11-26T23:47:47.745443576Z","Path":"sleep","Args":["3600"],"State":{"Status":"running","'
        'Running":true,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":240'
        '53,"ExitCode":0,"Error":"","StartedAt":"2026-11-26T23:47:48.061781498Z","FinishedAt":"00'
        '01-01-01T00:00:00Z"},"Image":"sha256:a134a8ff3d8737b69be500eb686ee943f059392496dfa38d29e'
        '7f609f1a2de82","ResolvConfPath":"/var/lib/docker/containers/2c7502c9ae58/resolv.conf","H'
        'ostnamePath":"/var/lib/docker/containers/2c7502c9ae58/hostname","HostsPath":"/var/lib/do'
        'cker/containers/2c7502c9ae58/hosts","LogPath":"/var/lib/docker/containers/2c7502c9ae58/2'
        'c7502c9ae587582fe6a6284de832853e076f9aaee07ec0ac598a3fc81baddca-json.log","Name":"/dctes'
        't-running","RestartCount":0,"Driver":"overlay2","Platform":"linux","MountLabel":"","Proc'
        'essLabel":"","AppArmorProfile":"","ExecIDs":null,"HostConfig":{"Binds":["dctest-vol:/dat'
        'a"],"ContainerIDFile":"","LogConfig":{"Type":"json-file","Config":{}},"NetworkMode":"non'
        'e","PortBindings":null,"RestartPolicy":{"Name":"","MaximumRetryCount":0},"AutoRemove":fa'
        'lse,"VolumeDriver":"","VolumesFrom":null,"CapAdd":null,"CapDrop":null,"CgroupnsMode":"ho'
        'st","Dns":null,"DnsOptions":null,"DnsSearch":null,"ExtraHosts":null,"GroupAdd":null,"Ipc'
        'Mode":"private","Cgroup":"","Links":null,"OomScoreAdj":0,"PidMode":"","Privileged":false'
        ',"PublishAllPorts":false,"ReadonlyRootfs":false,"SecurityOpt":null,"UTSMode":"","UsernsM'
        'ode":"","ShmSize":67108864,"Runtime":"runc","ConsoleSize":[0,0],"Isolation":"","CpuShare'
        's":0,"Memory":0,"NanoCpus":0,"CgroupParent":"","BlkioWeight":0,"BlkioWeightDevice":null,'
        '"BlkioDeviceReadBps":null,"BlkioDeviceWriteBps":null,"BlkioDeviceReadIOps":null,"BlkioDe'
        'viceWriteIOps":null,"CpuPeriod":0,"CpuQuota":0,"CpuRealtimePeriod":0,"CpuRealtimeRuntime'
        '":0,"CpusetCpus":"","CpusetMems":"","Devices":null,"DeviceCgroupRules":null,"DeviceReque'
        'sts":null,"KernelMemory":0,"KernelMemoryTCP":0,"MemoryReservation":0,"MemorySwap":0,"Mem'
        'orySwappiness":null,"OomKillDisable":false,"PidsLimit":null,"Ulimits":null,"CpuCount":0,'
        '"CpuPercent":0,"IOMaximumIOps":0,"IOMaximumBandwidth":0,"MaskedPaths":["/proc/asound","/'
        'proc/acpi","/proc/kcore","/proc/keys","/proc/latency_stats","/proc/timer_list","/proc/ti'
        'mer_stats","/proc/sched_debug","/proc/scsi","/sys/firmware"],"ReadonlyPaths":["/proc/bus'
        '","/proc/fs","/proc/irq","/proc/sys","/proc/sysrq-trigger"]},"GraphDriver":{"Data":{"Low'
        'erDir":"/var/lib/docker/overlay2/029018151a77-init/diff:/var/lib/docker/overlay2/53df933'
        '36882/diff","MergedDir":"/var/lib/docker/overlay2/029018151a77/merged","UpperDir":"/var/'
        'lib/docker/overlay2/029018151a77/diff","WorkDir":"/var/lib/docker/overlay2/029018151a77/'
        'work"},"Name":"overlay2"},"Mounts":[{"Type":"volume","Name":"dctest-vol","Source":"/var/'
        'lib/docker/volumes/dctest-vol/_data","Destination":"/data","Driver":"local","Mode":"z","'
        'RW":true,"Propagation":""}],"Config":{"Hostname":"2c7502c9ae58","Domainname":"","User":"'
        '","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":'
        'false,"StdinOnce":false,"Env":null,"Cmd":["sleep","3600"],"Image":"busybox","Volumes":nu'
        'll,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{"com.example.role":"web","'
        'dctest":"1","tier":"front"}},"NetworkSettings":{"Bridge":"","SandboxID":"c96d70f444230b7'
        'edf15c722302047d8f373d3650f34f79a81ff7c6ef3dea056","HairpinMode":false,"LinkLocalIPv6Add'
        'ress":"","LinkLocalIPv6PrefixLen":0,"Ports":{},"SandboxKey":"/tmp/dctb/e20/exec/netns/c9'
        '6d70f44423","SecondaryIPAddresses":null,"SecondaryIPv6Addresses":null,"EndpointID":"","G'
        'ateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"IPAddress":"","IPPrefixLen":0'
        ',"IPv6Gateway":"","MacAddress":"","Networks":{"none":{"IPAMConfig":null,"Links":null,"Al'
        'iases":null,"NetworkID":"63284195065e002362166c4d9cac8de27cebb51a1037e67235e588fee222bd3'
        '0","EndpointID":"f2c4da796b4d123c7c58f2e34680014e026e80cf5e433e2e7a8ee03b2f6da3eb","Gate'
        'way":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIP'
        'v6PrefixLen":0,"MacAddress":"","DriverOpts":null}}}}'
    ),
    "image_e20": (
        '{"Id":"sha256:a134a8ff3d8737b69be500eb686ee943f059392496dfa38d29e7f609f1a2de82","RepoTag'
        's":["127.0.0.1:5000/dctest/app:v1","dctest/app:1.0","busybox:latest"],"RepoDigests":[],"'
        'Parent":"","Comment":"Imported from -","Created":"2026-11-26T23:28:20.160587377Z","Conta'
        'iner":"","ContainerConfig":{"Hostname":"","Domainname":"","User":"","AttachStdin":false,'
        '"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":fals'
        'e,"Env":null,"Cmd":null,"Image":"","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnB'
        'uild":null,"Labels":null},"DockerVersion":"20.10.24+dfsg1","Author":"","Config":{"Hostna'
        'me":"","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr"'
        ':false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":null,"Cmd":["sh"],"Image":"'
        '","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":null},"Archit'
        'ecture":"amd64","Os":"linux","Size":1982370,"VirtualSize":1982370,"GraphDriver":{"Data":'
        '{"MergedDir":"/var/lib/docker/overlay2/53df93336882/merged","UpperDir":"/var/lib/docker/'
        'overlay2/53df93336882/diff","WorkDir":"/var/lib/docker/overlay2/53df93336882/work"},"Nam'
        'e":"overlay2"},"RootFS":{"Type":"layers","Layers":["sha256:24162e313da828a8d2cd1f3a03ef0'
        '0bac4a281b355d1ab8475d766cfc52a7f48"]},"Metadata":{"LastTagTime":"2026-11-26T23:47:48.71'
        '4488825Z"}}'
    ),
    "image_e26": (
        '{"Id":"sha256:4e76684bbf3d01897660330faa42e9e053a3b3089f0315e04d8b9b7a6acaf0d2","RepoTag'
        's":["127.0.0.1:5000/dctest/app:v1","dctest/app:1.0","busybox:latest"],"RepoDigests":[],"'
        'Parent":"","Comment":"Imported from -","Created":"2026-11-26T23:28:28.82625612Z","Docker'
        'Version":"26.1.5+dfsg1","Author":"","Config":{"Hostname":"","Domainname":"","User":"","A'
        'ttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":fals'
        'e,"StdinOnce":false,"Env":null,"Cmd":["sh"],"Image":"","Volumes":null,"WorkingDir":"","E'
        'ntrypoint":null,"OnBuild":null,"Labels":null},"Architecture":"amd64","Os":"linux","Size"'
        ':1982370,"GraphDriver":{"Data":{"MergedDir":"/var/lib/docker/overlay2/595ba65aae31/merge'
        'd","UpperDir":"/var/lib/docker/overlay2/595ba65aae31/diff","WorkDir":"/var/lib/docker/ov'
        'erlay2/595ba65aae31/work"},"Name":"overlay2"},"RootFS":{"Type":"layers","Layers":["sha25'
        '6:24162e313da828a8d2cd1f3a03ef00bac4a281b355d1ab8475d766cfc52a7f48"]},"Metadata":{"LastT'
        'agTime":"2026-11-26T23:48:13.128345565Z"}}'
    ),
    "volume_e26": (
        '{"CreatedAt":"2026-11-26T23:48:12Z","Driver":"local","Labels":{"dctest":"1"},"Mountpoint'
        '":"/var/lib/docker/volumes/dctest-vol/_data","Name":"dctest-vol","Options":null,"Scope":'
        '"local"}'
    ),
    "network_e26_none": (
        '{"Name":"none","Id":"19dcac7235914aca45e8402036c6fc4cff4e6edd8705effa69cffe5a3fe11859","'
        'Created":"2026-11-26T23:28:28.630342482Z","Scope":"local","Driver":"null","EnableIPv6":f'
        'alse,"IPAM":{"Driver":"default","Options":null,"Config":null},"Internal":false,"Attachab'
        'le":false,"Ingress":false,"ConfigFrom":{"Network":""},"ConfigOnly":false,"Containers":{"'
        '86b1d0df5612726614edb0b255f642192700ec07d16e2a31f7b503dfe2871462":{"Name":"dctest-runnin'
        'g","EndpointID":"f71abac5eb3010b335c82370c001e99b4f9b2da6f02c62354f4e4f422b97bc48","MacA'
        'ddress":"","IPv4Address":"","IPv6Address":""}},"Options":{},"Labels":{}}'
    ),
    "info_e26": (
        '{"ID":"fcdc4059-8698-41b1-9c42-7565d4beb007","Containers":5,"ContainersRunning":1,"Conta'
        'inersPaused":0,"ContainersStopped":4,"Images":2,"Driver":"overlay2","DriverStatus":[["Ba'
        'cking Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Nativ'
        'e Overlay Diff","true"],["userxattr","false"]],"Plugins":{"Volume":["local"],"Network":['
        '"bridge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,"Log":["awslog'
        's","fluentd","gcplogs","gelf","journald","json-file","local","splunk","syslog"]},"Memory'
        'Limit":true,"SwapLimit":true,"KernelMemoryTCP":true,"CpuCfsPeriod":true,"CpuCfsQuota":tr'
        'ue,"CPUShares":true,"CPUSet":true,"PidsLimit":true,"IPv4Forwarding":true,"BridgeNfIptabl'
        'es":true,"BridgeNfIp6tables":true,"Debug":false,"NFd":29,"OomKillDisable":true,"NGorouti'
        'nes":53,"SystemTime":"2026-11-26T23:52:42.499336122Z","LoggingDriver":"json-file","Cgrou'
        'pDriver":"cgroupfs","CgroupVersion":"1","NEventsListener":0,"KernelVersion":"6.18.44-fc-'
        'v782","OperatingSystem":"Debian GNU/Linux 12 (bookworm)","OSVersion":"12","OSType":"linu'
        'x","Architecture":"x86_64","IndexServerAddress":"https://index.docker.io/v1/","RegistryC'
        'onfig":{"AllowNondistributableArtifactsCIDRs":null,"AllowNondistributableArtifactsHostna'
        'mes":null,"InsecureRegistryCIDRs":["127.0.0.0/8"],"IndexConfigs":{"docker.io":{"Name":"d'
        'ocker.io","Mirrors":[],"Secure":true,"Official":true}},"Mirrors":null},"NCPU":2,"MemTota'
        'l":25276063744,"GenericResources":null,"DockerRootDir":"/var/lib/docker","HttpProxy":"",'
        '"HttpsProxy":"","NoProxy":"","Name":"vm","Labels":[],"ExperimentalBuild":false,"ServerVe'
        'rsion":"26.1.5+dfsg1","Runtimes":{"io.containerd.runc.v2":{"path":"runc","status":{"org.'
        'opencontainers.runtime-spec.features":"{\\"ociVersionMin\\":\\"1.0.0\\"}"}},"runc":{"path'
        '":"runc","status":{"org.opencontainers.runtime-spec.features":"{\\"ociVersionMin\\":\\"1.'
        '0.0\\"}"}}},"DefaultRuntime":"runc","Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"'
        'inactive","ControlAvailable":false,"Error":"","RemoteManagers":null},"LiveRestoreEnabled'
        '":false,"Isolation":"","InitBinary":"docker-init","ContainerdCommit":{"ID":"1.6.20~ds1-1'
        '+deb12u3","Expected":"1.6.20~ds1-1+deb12u3"},"RuncCommit":{"ID":"1.1.5+ds1-1+deb12u1","E'
        'xpected":"1.1.5+ds1-1+deb12u1"},"InitCommit":{"ID":"","Expected":""},"SecurityOptions":['
        '"name=seccomp,profile=builtin"],"CDISpecDirs":[],"Warnings":null}'
    ),
    "info_e20_api121": (
        '{"ID":"K5GP:RZTJ:VGDD:DELY:P552:ILKA:OMAF:OXI5:PW3B:WCHH:S323:6E2Q","Containers":7,"Cont'
        'ainersRunning":1,"ContainersPaused":0,"ContainersStopped":6,"Images":2,"Driver":"overlay'
        '2","DriverStatus":[["Backing Filesystem","extfs"],["Supports d_type","true"],["Native Ov'
        'erlay Diff","true"],["userxattr","false"]],"Plugins":{"Volume":["local"],"Network":["bri'
        'dge","host","ipvlan","macvlan","null","overlay"],"Authorization":null,"Log":["awslogs","'
        'fluentd","gcplogs","gelf","journald","json-file","local","logentries","splunk","syslog"]'
        '},"MemoryLimit":true,"SwapLimit":true,"KernelMemory":true,"KernelMemoryTCP":true,"CpuCfs'
        'Period":true,"CpuCfsQuota":true,"CPUShares":true,"CPUSet":true,"PidsLimit":true,"IPv4For'
        'warding":true,"BridgeNfIptables":true,"BridgeNfIp6tables":true,"Debug":false,"NFd":28,"O'
        'omKillDisable":true,"NGoroutines":44,"SystemTime":"2026-11-26T23:52:42.359562484Z","Logg'
        'ingDriver":"json-file","CgroupDriver":"cgroupfs","CgroupVersion":"1","NEventsListener":0'
        ',"KernelVersion":"6.18.44-fc-v782","OperatingSystem":"Debian GNU/Linux 12 (bookworm)","O'
        'SVersion":"12","OSType":"linux","Architecture":"x86_64","IndexServerAddress":"https://in'
        'dex.docker.io/v1/","RegistryConfig":{"AllowNondistributableArtifactsCIDRs":[],"AllowNond'
        'istributableArtifactsHostnames":[],"InsecureRegistryCIDRs":["127.0.0.0/8"],"IndexConfigs'
        '":{"docker.io":{"Name":"docker.io","Mirrors":[],"Secure":true,"Official":true}},"Mirrors'
        '":[]},"NCPU":2,"MemTotal":25276063744,"GenericResources":null,"DockerRootDir":"/var/lib/'
        'docker","HttpProxy":"","HttpsProxy":"","NoProxy":"","Name":"vm","Labels":[],"Experimenta'
        'lBuild":false,"ServerVersion":"20.10.24+dfsg1","Runtimes":{"io.containerd.runc.v2":{"pat'
        'h":"runc"},"io.containerd.runtime.v1.linux":{"path":"runc"},"runc":{"path":"runc"}},"Def'
        'aultRuntime":"runc","Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive","Cont'
        'rolAvailable":false,"Error":"","RemoteManagers":null},"LiveRestoreEnabled":false,"Isolat'
        'ion":"","InitBinary":"docker-init","ContainerdCommit":{"ID":"1.6.20~ds1-1+deb12u3","Expe'
        'cted":"1.6.20~ds1-1+deb12u3"},"RuncCommit":{"ID":"1.1.5+ds1-1+deb12u1","Expected":"1.1.5'
        '+ds1-1+deb12u1"},"InitCommit":{"ID":"","Expected":""},"SecurityOptions":["seccomp"],"War'
        'nings":null,"ExecutionDriver":"<not supported>"}'
    ),
}

SCHEMAS = {
    "container_e26_typed": goschema.ContainerInspectResponse,
    "container_e20_running": goschema.ContainerInspectResponse,
    "image_e20": goschema.ImageInspectResponse,
    "image_e26": goschema.ImageInspectResponse,
    "volume_e26": goschema.Volume,
    "network_e26_none": goschema.NetworkInspect,
    "info_e26": goschema.SystemInfo,
    "info_e20_api121": goschema.SystemInfo,
}


def _is_empty(value):
    return value in (None, "", 0, False, [], {})


def _field_for(cls, key):
    plan = gotypes._json_plan(cls)
    for _path, json_name, kind, omitempty in plan:
        if json_name == key:
            return json_name, kind, omitempty
    for _path, json_name, kind, omitempty in plan:
        if json_name.lower() == key.lower():
            return json_name, kind, omitempty
    return None


def _same(kind, given, got, where, unknown):
    """given (the daemon's JSON) and got (the typed value marshalled) hold the same data."""
    if isinstance(kind, tuple) and kind[0] == "ptr":
        if given is None:
            assert got is None, where
            return
        kind = kind[1]
    if isinstance(kind, type) and issubclass(kind, Struct) and not hasattr(kind, "__decode__"):
        if given is None:
            assert isinstance(got, dict), where      # null leaves a struct value at its zero
            return
        assert isinstance(got, dict), where
        for key, value in given.items():
            field = _field_for(kind, key)
            if field is None:
                unknown.add(where + "." + key)
                continue
            json_name, field_kind, omitempty = field
            if json_name not in got:
                assert omitempty and _is_empty(value), where + "." + key
                continue
            _same(field_kind, value, got[json_name], where + "." + key, unknown)
        return
    if given is None:
        if kind in ("string", "bool") or kind in gotypes.INT_KINDS:
            assert got == gotypes.zero(kind), where
        elif isinstance(kind, tuple) and kind[0] == "array":
            assert got == [0] * kind[2] or got == [""] * kind[2], where
        else:
            assert got is None, where
        return
    if kind == "strslice" and isinstance(given, str):
        assert got == [given], where
    elif isinstance(kind, tuple) and kind[0] in ("slice", "array"):
        assert isinstance(got, list) and len(got) == len(given), where
        for i, (a, b) in enumerate(zip(given, got)):
            _same(kind[1], a, b, "%s[%d]" % (where, i), unknown)
    elif isinstance(kind, tuple) and kind[0] == "map":
        assert isinstance(got, dict) and set(got) == set(given), where
        for key in given:
            _same(kind[1], given[key], got[key], "%s[%s]" % (where, key), unknown)
    else:
        assert got == given, where


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_recorded_answers_round_trip_through_json(name):
    schema = SCHEMAS[name]
    given = json.loads(RECORDED[name])
    typed = decode(schema, given)
    text = parse("{{json .}}").execute(typed)
    got = json.loads(text)
    unknown = set()
    _same(schema, given, got, name, unknown)
    # fields v28.2.2's types do not have: gone from system.Info, and the container
    # fields of an image's config, which the CLI decodes as an OCI image config
    image_config = {name + ".Config." + key for name in ("image_e20", "image_e26") for key in (
        "Hostname", "Domainname", "AttachStdin", "AttachStdout", "AttachStderr", "Tty",
        "OpenStdin", "StdinOnce", "Image")}
    assert unknown <= image_config | {
        "info_e26.BridgeNfIptables", "info_e26.BridgeNfIp6tables",
        "info_e20_api121.BridgeNfIptables", "info_e20_api121.BridgeNfIp6tables",
        "info_e20_api121.ExecutionDriver"}
    # struct order: the marshalled keys follow the type's fields
    order = [json_name for _path, json_name, _kind, _omit in gotypes._json_plan(schema)]
    assert list(json.loads(text, object_pairs_hook=lambda pairs: [k for k, _ in pairs])) == [
        key for key in order if key in got]


def test_container_json_is_struct_ordered_with_go_zero_values():
    typed = decode(goschema.ContainerInspectResponse, json.loads(RECORDED["container_e20_running"]))
    state = parse("{{json .State}}").execute(typed)
    assert state.startswith('{"Status":"running","Running":true,"Paused":false,')
    assert '"Health"' not in state      # nil pointer, omitempty
    config = json.loads(parse("{{json .Config}}").execute(typed), object_pairs_hook=list)
    assert [key for key, _ in config][:4] == ["Hostname", "Domainname", "User", "AttachStdin"]
    # a field the old daemon leaves out is there with its zero value
    endpoints = json.loads(parse("{{json .NetworkSettings.Networks}}").execute(typed))
    assert all(ep["GwPriority"] == 0 and ep["DNSNames"] is None for ep in endpoints.values())


def test_container_templates_see_go_fields():
    typed = decode(goschema.ContainerInspectResponse, json.loads(RECORDED["container_e26_typed"]))

    def run(text):
        return parse(text).execute(typed)

    assert run("{{.ID}}") == typed.ContainerJSONBase.ID
    assert run("{{.State.Health}}") == "<nil>"
    assert run("{{.Config.Healthcheck}}") == "{[CMD true] 30s 5s 1.5ms 0s 3}"
    assert run("{{json .Config.Healthcheck}}") == (
        '{"Test":["CMD","true"],"Interval":30000000000,"Timeout":5000000000,'
        '"StartPeriod":1500000,"Retries":3}')
    assert run("{{.HostConfig.Ulimits}}") == "[nofile=1024:2048]"
    assert run("{{.HostConfig.PortBindings}}") == "map[80/tcp:[{127.0.0.1 8080}]]"
    assert run("{{.Config.ExposedPorts}}") == "map[53/udp:{} 80/tcp:{}]"
    assert run("{{range .HostConfig.Mounts}}{{.TmpfsOptions.Mode}}{{end}}") == "-rwxrwxrwx"
    assert run("{{.HostConfig.Init}} {{.Config.StopTimeout}} {{.HostConfig.PidsLimit}}") == (
        "true 5 <nil>")
    assert run("{{.HostConfig.RestartPolicy}} {{.HostConfig.RestartPolicy.IsOnFailure}}") == (
        "{on-failure 2} true")
    assert run("{{.NetworkSettings.SandboxKey}}") == typed.NetworkSettings.SandboxKey
    assert run("{{printf \"%T %T\" .State .NetworkSettings.Networks}}") == (
        "*container.State map[string]*network.EndpointSettings")
    with pytest.raises(Exception, match="nil pointer evaluating \\*container.Health.Status"):
        run("{{.State.Health.Status}}")
    with pytest.raises(Exception, match="can't evaluate field Id"):
        run("{{.Id}}")


def test_container_fields_have_docker_go_types():
    typed = decode(goschema.ContainerInspectResponse, json.loads(RECORDED["container_e26_typed"]))

    def run(text):
        return parse(text).execute(typed)

    # docker inspect -f '{{printf "%T ..." ...}}' answers these on Engine 26
    assert run('{{printf "%T %T %T %T %T" .HostConfig.Memory .HostConfig.CPUShares .HostConfig.NanoCPUs '
               '.HostConfig.CPUPeriod .HostConfig.ShmSize}}') == "int64 int64 int64 int64 int64"
    assert run('{{printf "%T %T %T" .HostConfig.BlkioWeight .HostConfig.IOMaximumIOps .RestartCount}}') == (
        "uint16 uint64 int")
    assert run('{{printf "%T %T %T %T" .HostConfig.OomKillDisable .HostConfig.PidsLimit .HostConfig.Init '
               '.Config.StopTimeout}}') == "*bool *int64 *bool *int"
    assert run('{{printf "%T %T %T" .HostConfig.RestartPolicy.Name (index .Mounts 0).Type '
               '(index .Mounts 0).Propagation}}') == "container.RestartPolicyMode mount.Type mount.Propagation"
    assert run('{{printf "%T %T %T" .Config.ExposedPorts .HostConfig.PortBindings .NetworkSettings.Ports}}') == (
        "nat.PortSet nat.PortMap nat.PortMap")
    assert run('{{range $p, $_ := .Config.ExposedPorts}}{{printf "%T" $p}}:{{$p.Port}}/{{$p.Proto}}/{{$p.Int}} '
               '{{end}}') == "nat.Port:53/udp/53 nat.Port:80/tcp/80 "
    assert run('{{printf "%T %T %T %T %T %T %T %T" .HostConfig.NetworkMode .HostConfig.IpcMode .HostConfig.PidMode '
               '.HostConfig.UTSMode .HostConfig.UsernsMode .HostConfig.CgroupnsMode .HostConfig.Cgroup '
               '.HostConfig.Isolation}}') == (
        "container.NetworkMode container.IpcMode container.PidMode container.UTSMode container.UsernsMode "
        "container.CgroupnsMode container.CgroupSpec container.Isolation")
    # *bool false is true: set, not unset
    assert run("{{if .HostConfig.Init}}set{{end}} {{not .HostConfig.Init}} {{json .HostConfig.Init}}") == (
        "set false true")
    with pytest.raises(Exception, match="wrong type for value; expected string; got container.NetworkMode"):
        run("{{upper .HostConfig.NetworkMode}}")
    with pytest.raises(Exception, match="value has type string; should be nat.Port"):
        run('{{index .HostConfig.PortBindings "80/tcp"}}')


@pytest.mark.parametrize("cls, value, methods", [
    (goschema.ContainerNetworkMode, "none",
     "IsNone:true IsDefault:false IsPrivate:true IsContainer:false ConnectedContainer: UserDefined: "
     "IsBridge:false IsHost:false IsUserDefined:false NetworkName:none"),
    (goschema.ContainerNetworkMode, "container:web",
     "IsNone:false IsDefault:false IsPrivate:false IsContainer:true ConnectedContainer:web UserDefined: "
     "IsBridge:false IsHost:false IsUserDefined:false NetworkName:container"),
    (goschema.ContainerNetworkMode, "mynet",
     "IsNone:false IsDefault:false IsPrivate:true IsContainer:false ConnectedContainer: UserDefined:mynet "
     "IsBridge:false IsHost:false IsUserDefined:true NetworkName:mynet"),
    (goschema.ContainerNetworkMode, "host",
     "IsNone:false IsDefault:false IsPrivate:false IsContainer:false ConnectedContainer: UserDefined: "
     "IsBridge:false IsHost:true IsUserDefined:false NetworkName:host"),
    (goschema.ContainerIpcMode, "shareable",
     "IsPrivate:false IsHost:false IsShareable:true IsContainer:false IsNone:false IsEmpty:false Valid:true "
     "Container:"),
    (goschema.ContainerIpcMode, "container:db",
     "IsPrivate:false IsHost:false IsShareable:false IsContainer:true IsNone:false IsEmpty:false Valid:true "
     "Container:db"),
    (goschema.ContainerPidMode, "container:",
     "IsPrivate:false IsHost:false IsContainer:true Valid:false Container:"),
    (goschema.ContainerPidMode, "", "IsPrivate:true IsHost:false IsContainer:false Valid:true Container:"),
    (goschema.ContainerUTSMode, "host", "IsPrivate:false IsHost:true Valid:true"),
    (goschema.ContainerUsernsMode, "keep", "IsHost:false IsPrivate:true Valid:false"),
    (goschema.ContainerCgroupSpec, "container:x", "IsContainer:true Valid:true Container:x"),
    (goschema.ContainerCgroupnsMode, "private", "IsPrivate:true IsHost:false IsEmpty:false Valid:true"),
    (goschema.ContainerIsolation, "Default", "IsDefault:true IsHyperV:false IsProcess:false IsValid:true"),
    (goschema.ContainerIsolation, "hyperv", "IsDefault:false IsHyperV:true IsProcess:false IsValid:false"),
    (goschema.NatPort, "8080", "Proto:tcp Port:8080 Int:8080"),
    (goschema.NatPort, "53/udp", "Proto:udp Port:53 Int:53"),
    (goschema.NatPort, "9000-9001/tcp", "Proto:tcp Port:9000-9001 Int:0"),
    (goschema.DigestDigest, "sha256:abc", "Algorithm:sha256 Encoded:abc Hex:abc String:sha256:abc"),
])
def test_named_string_types_have_their_go_methods(cls, value, methods):
    names = [pair.split(":")[0] for pair in methods.split(" ")]
    text = " ".join("%s:{{.%s}}" % (name, name) for name in names)
    assert parse(text).execute(cls(value)) == methods
    assert parse('{{printf "%T" .}} {{.}}').execute(cls(value)) == "%s %s" % (cls.__gotype__, value)


def test_a_digest_without_separator_panics_as_go_does():
    with pytest.raises(Exception, match="error calling Encoded: no ':' separator in digest \"bad\""):
        parse("{{.Encoded}}").execute(goschema.DigestDigest("bad"))


def test_nil_struct_pointers_are_typed():
    volume = decode(goschema.Volume, json.loads(RECORDED["volume_e26"]))
    assert parse('{{printf "%T %T" .UsageData .ClusterVolume}} {{.UsageData}}').execute(volume) == (
        "*volume.UsageData *volume.ClusterVolume <nil>")
    with pytest.raises(Exception, match="nil pointer evaluating \\*volume.UsageData.Size"):
        parse("{{.UsageData.Size}}").execute(volume)
    info = decode(goschema.SystemInfo, json.loads(RECORDED["info_e26"]))
    assert parse('{{printf "%T %T %T" .Swarm.Cluster .MemTotal .Isolation}} {{.Isolation.IsDefault}}').execute(
        info) == "*swarm.ClusterInfo int64 container.Isolation true"


def test_network_created_is_a_go_time():
    typed = decode(goschema.NetworkInspect, json.loads(RECORDED["network_e26_none"]))
    created = json.loads(RECORDED["network_e26_none"])["Created"]
    day, clock = created[:-1].split("T")
    assert parse("{{.Created}}").execute(typed) == "%s %s +0000 UTC" % (day, clock)
    assert parse("{{json .Created}}").execute(typed) == json.dumps(created)
    assert parse("{{printf \"%T\" .Created}}").execute(typed) == "time.Time"


def test_image_config_is_the_oci_image_config():
    typed = decode(goschema.ImageInspectResponse, json.loads(RECORDED["image_e20"]))
    assert parse("{{json .Config}}").execute(typed) == '{"Cmd":["sh"]}'
    assert parse("{{.Config.Cmd}} {{.Config.Labels}}").execute(typed) == "[sh] map[]"
    assert parse("{{printf \"%T\" .Config}}").execute(typed) == "*v1.DockerOCIImageConfig"
    assert parse("{{json .ContainerConfig.Cmd}}").execute(typed) == "null"
    later = decode(goschema.ImageInspectResponse, json.loads(RECORDED["image_e26"]))
    assert parse("{{json .ContainerConfig}} {{.VirtualSize}}").execute(later) == "null 0"
    assert '"ContainerConfig"' not in parse("{{json .}}").execute(later)


def test_info_types():
    typed = decode(goschema.SystemInfo, json.loads(RECORDED["info_e26"]))

    def run(text):
        return parse(text).execute(typed)

    assert run("{{json .Plugins}}").startswith('{"Volume":["local"],"Network":[')
    assert '"Authorization":null,"Log":[' in run("{{json .Plugins}}")
    assert run("{{.Swarm}}") == "{  inactive false  [] 0 0 <nil> []}"
    assert run("{{.RegistryConfig.InsecureRegistryCIDRs}}") == "[127.0.0.0/8]"
    assert run("{{json .RegistryConfig}}") == (
        '{"IndexConfigs":{"docker.io":{"Mirrors":[],"Name":"docker.io","Official":true,'
        '"Secure":true}},"InsecureRegistryCIDRs":["127.0.0.0/8"],"Mirrors":null}')
    assert run("{{range $k, $v := .Runtimes}}{{$k}}:{{$v.Path}} {{end}}") == (
        "io.containerd.runc.v2:runc runc:runc ")
    assert run("{{.FirewallBackend}} {{.Containerd}} {{.GenericResources}}") == "<nil> <nil> []"
    assert "BridgeNfIptables" not in run("{{json .}}")


def test_docker_info_embeds_system_info_then_client_info():
    from dockercli.formatter.info import info_data

    server = json.loads(RECORDED["info_e26"])
    data = info_data(server, [], "9.9.9", "ctx", True)
    text = parse("{{json .}}").execute(data)
    keys = json.loads(text, object_pairs_hook=lambda pairs: [k for k, _ in pairs])
    assert keys[0] == "ID" and keys[-1] == "ClientInfo" and "ServerErrors" not in keys
    client = json.loads(parse("{{json .ClientInfo}}").execute(data),
                        object_pairs_hook=lambda pairs: pairs)
    assert client[0] == ("Debug", True) and client[1] == ("Version", "9.9.9")
    assert ("Context", "ctx") in client and "ApiVersion" not in dict(client)
    assert client[-2:] == [("Plugins", []), ("Warnings", None)]
    assert parse("{{.ClientInfo.Context}} {{.ClientInfo.Plugins}} {{.Info.ID}}").execute(data) == (
        "ctx [] " + server["ID"])
    assert parse("{{printf \"%T %T\" . .ClientInfo}}").execute(data) == (
        "system.dockerInfo *system.clientInfo")
    failed = info_data(None, ["boom"], "9.9.9", "ctx", False)
    assert parse("{{.ServerErrors}} {{.ID}}|{{json .Swarm}}").execute(failed) == (
        '[boom] |{"NodeID":"","NodeAddr":"","LocalNodeState":"","ControlAvailable":false,'
        '"Error":"","RemoteManagers":null}')


def test_module_reads_no_sources_at_run_time():
    # the schema is data: no access to a Go source tree or network when imported
    source = pyinspect.getsource(goschema)
    assert "subprocess" not in source and "git " not in source


# --- typed first, raw fallback: docker's TemplateInspector --------------------------

def _inspect(template, *objects):
    from dockercli.formatter.inspect import TemplateInspector

    inspector = TemplateInspector(template)
    problems = [inspector.add(raw.encode(), kind) for kind, raw in objects]
    return inspector.output(), problems


CONTAINER = ("container", RECORDED["container_e20_running"])
VOLUME = ("volume", RECORDED["volume_e26"])
NETWORK = ("network", RECORDED["network_e26_none"])


def test_template_runs_on_the_typed_value_first():
    out, problems = _inspect("{{.ID}} {{.State.Health}} {{.Config.Labels}} {{.SizeRw}}", CONTAINER)
    data = json.loads(CONTAINER[1])
    assert problems == [None]
    assert out == "%s <nil> map[com.example.role:web dctest:1 tier:front] <nil>\n" % data["Id"]


def test_raw_fallback_keeps_the_daemon_numbers_and_nulls():
    out, problems = _inspect('{{.Id}} {{.State.Pid}} {{printf "%T" .State.Pid}} '
                             '{{.HostConfig.Links}} {{json .HostConfig.Links}}', CONTAINER)
    data = json.loads(CONTAINER[1])
    assert problems == [None]
    assert out == "%s %d json.Number <no value> null\n" % (data["Id"], data["State"]["Pid"])
    out, _ = _inspect("{{.Id}} {{json .}}", ("plugin", '{"Id":"p","Rate":1.50,"N":[1e3,null]}'))
    assert out == 'p {"Id":"p","N":[1e3,null],"Rate":1.50}\n'


def test_an_object_failing_both_ways_reports_the_raw_error():
    out, problems = _inspect("{{.State.Health.Status}}", CONTAINER, VOLUME)
    assert out == "\n"
    assert problems[0] == ('template parsing error: template: :1:8: executing "" at '
                           '<.State.Health.Status>: map has no entry for key "Health"')
    assert problems[1].endswith('map has no entry for key "State"')
    out, problems = _inspect("{{.ID}} {{.Id}}", NETWORK)
    assert problems == ['template parsing error: template: :1:2: executing "" at <.ID>: '
                        'map has no entry for key "ID"']


def test_after_a_fallback_the_template_keeps_missingkey_error():
    template = '{{if eq .Name "none"}}{{.Id}}{{else}}{{.Labels.nosuch}}{{end}}'
    out, problems = _inspect(template, VOLUME, NETWORK)
    assert problems == [None, None]
    assert out == "<no value>\n%s\n" % json.loads(NETWORK[1])["Id"]
    out, problems = _inspect(template, NETWORK, VOLUME)
    assert problems[0] is None and problems[1].endswith('map has no entry for key "nosuch"')


def test_unreadable_raw_data():
    _, problems = _inspect("{{.Id}}", ("plugin", "{not json"))
    assert problems[0].startswith("unable to read inspect data: ")
