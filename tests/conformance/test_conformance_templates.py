"""`inspect -f` and `info -f` templates against the docker CLI: docker runs them on typed
Go values first (zero values, Go field names, struct order, Stringers, nil pointers)
and falls back to the raw JSON with missingkey=error. Every case runs on every engine,
including e20-api1.21, where the daemon answers older shapes and typed zero values show.

Left out on purpose, because docker's own output is random there:
* a pointer printed inside another value is an address (0xc000...): {{.}} of a
  container, {{.NetworkSettings}}, {{.NetworkSettings.Networks}}, {{.HostConfig}}
  (its OomKillDisable is a *bool), {{.RegistryConfig}} and {{.RegistryConfig.IndexConfigs}};
* ClientInfo's values are this client's, not docker's (version, Go version, commit).
"""

import json

import pytest
from support import objects, testbed

from compare import assert_conforms, case_ids

C = "dctest-running"
ALL_CONTAINERS = ["dctest-running", "dctest-exited", "dctest-failed", "dctest-created"]

CONTAINERS = [
    ["inspect", "-f", "{{.ID}}", C],
    ["inspect", "-f", "{{.Id}}", C],
    # .Id fails on the typed value, .ID on the raw JSON: the raw error is reported
    ["inspect", "-f", "{{.ID}} {{.Id}}", C],
    ["inspect", "-f", "{{.Name}} {{.State.Status}} {{.State.Running}} {{.State.ExitCode}} "
     "{{.State.Error}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.State.Health}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.State.Health.Status}}", C],
    ["inspect", "-f", "{{json .State}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.State}}", "dctest-exited", "dctest-created"],
    ["inspect", "-f", "{{printf \"%v\" .State}}", "dctest-failed"],
    ["inspect", "-f", "{{.State.Pid}} {{.State.OOMKilled}} {{.State.Dead}} {{.State.StartedAt}} "
     "{{.State.FinishedAt}}", "dctest-exited"],
    ["inspect", "-f", "{{json .Config}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.Config.Labels}}", C, "dctest-exited"],
    ["inspect", "-f", "{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}", C],
    ["inspect", "-f", "{{index .Config.Labels \"tier\"}}|{{index .Config.Labels \"nosuch\"}}|"
     "{{.Config.Labels.nosuch}}|{{.Config.Labels.tier}}", C],
    ["inspect", "-f", "{{.HostConfig.Memory}} {{.HostConfig.CPUShares}} {{.HostConfig.NanoCPUs}} "
     "{{.HostConfig.ShmSize}}", C],
    # JSON names are not Go's: the raw fallback answers, numbers as json.Number
    ["inspect", "-f", "{{.HostConfig.CpuShares}} {{.HostConfig.NanoCpus}}", C],
    ["inspect", "-f", "{{json .HostConfig.RestartPolicy}} {{.HostConfig.RestartPolicy}} "
     "{{.HostConfig.RestartPolicy.IsNone}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{json .Mounts}}", C, "dctest-exited"],
    ["inspect", "-f", "{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.Driver}} {{.Mode}} "
     "{{.RW}} [{{.Propagation}}]{{end}}", C],
    ["inspect", "-f", "{{.Created}}", C, "dctest-created"],
    ["inspect", "-f", "{{.Config.Healthcheck}} {{json .Config.Healthcheck}}", C],
    ["inspect", "-f", "{{json .NetworkSettings}}", C, "dctest-exited"],
    ["inspect", "-f", "{{range $name, $ep := .NetworkSettings.Networks}}{{$name}} "
     "{{$ep.NetworkID}} [{{$ep.IPAddress}}] {{$ep.Aliases}} {{$ep.IPAMConfig}} {{$ep.GwPriority}};"
     "{{end}}", C],
    ["inspect", "-f", "{{.NetworkSettings.Ports}} {{json .NetworkSettings.Ports}} "
     "[{{.NetworkSettings.IPAddress}}] {{.NetworkSettings.SandboxKey}}", C],
    ["inspect", "-f", "{{.HostConfig.LogConfig}} {{.HostConfig.ConsoleSize}} {{.HostConfig.Binds}} "
     "{{.HostConfig.CapAdd}} {{.HostConfig.DNS}} {{.HostConfig.Links}}", C],
    ["inspect", "-f", "{{.HostConfig.Dns}} {{.HostConfig.Links}}", C],
    ["inspect", "-f", "{{.SizeRw}} {{.SizeRootFs}}", C],
    ["inspect", "-s", "-f", "{{.SizeRw}} {{.SizeRootFs}}", "dctest-exited"],
    ["inspect", "-f", "{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.Env}} {{json .Config.Cmd}} "
     "{{.Config.Image}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.GraphDriver.Name}} {{json .GraphDriver}}", C],
    ["inspect", "-f", "{{.Platform}} {{.Driver}} {{.RestartCount}} {{.ExecIDs}} {{.Path}} "
     "{{.Args}}", C],
    ["inspect", "-f", "{{printf \"%T %T %T %T %T\" . .State .Config.Cmd .HostConfig.RestartPolicy "
     ".Mounts}}", C],
    ["inspect", "-f", "{{.HostConfig.OomKillDisable}} {{.HostConfig.PidsLimit}} "
     "{{.HostConfig.MemorySwappiness}} {{.HostConfig.Init}} {{json .HostConfig.Mounts}}", C],
    ["inspect", "-f", "{{if .State.Running}}up{{else}}down{{end}}"] + ALL_CONTAINERS,
    ["inspect", "-f", "{{.Config.ExposedPorts}} {{.Config.Volumes}} {{len .Mounts}} "
     "{{len .Config.Labels}}", C],
    ["inspect", "-f", "{{.HostConfig.NetworkMode}} {{.HostConfig.IpcMode}} "
     "{{.HostConfig.CgroupnsMode}} {{.HostConfig.Runtime}} {{.HostConfig.Isolation}}", C],
    ["inspect", "-f", "{{json .}}", C],
    ["inspect", "-f", "{{.Id}}", C, "busybox", "dctest-vol", "host"],
    ["inspect", "-f", "{{.ID}}", C, "busybox", "dctest-vol", "host"],
    # once an object has fallen back to the raw JSON, docker's template keeps
    # missingkey=error: the volume then fails on its missing label
    ["inspect", "-f", "{{if eq .Name \"host\"}}{{.Id}}{{else}}{{.Labels.nosuch}}{{end}}",
     "host", "dctest-vol"],
    ["inspect", "-f", "{{if eq .Name \"host\"}}{{.Id}}{{else}}{{.Labels.nosuch}}{{end}}",
     "dctest-vol", "host"],
    ["inspect", "-f", "{{.Id}} {{.HostConfig.PortBindings.x}}", C],
    ["inspect", "-f", "{{.Id}} {{.State.Pid}} {{printf \"%T\" .State.Pid}} {{json .State.Pid}} "
     "{{.HostConfig.Links}} {{json .HostConfig.Links}}", C],
    ["inspect", "-f", "{{.Id}} {{range .HostConfig.Links}}x{{end}}{{if .HostConfig.Links}}y{{end}} "
     "{{printf \"%v\" .HostConfig.Links}} {{eq .HostConfig.Links nil}}", C],
    ["container", "inspect", "-f", "{{.State.Health}} {{.Id}}", C],
    ["container", "inspect", "-f", "{{.Name}} {{json .HostConfig.RestartPolicy}}", "dctest-exited",
     "nosuch", "dctest-failed"],
    ["container", "inspect", "-f", "{{.Id}} {{.State.ExitCode}}", "dctest-failed"],
]

IMAGES = [
    ["inspect", "-f", "{{.ID}}", "busybox"],
    ["image", "inspect", "-f", "{{.Id}} {{.Size}}", "busybox", "dctest/app:1.0"],
    ["inspect", "-f", "{{json .RootFS}} {{.RootFS.Layers}} {{.RootFS}}", "busybox"],
    ["inspect", "-f", "{{.Size}} {{.VirtualSize}}", "busybox"],
    ["inspect", "-f", "{{json .Config}}", "busybox"],
    ["inspect", "-f", "{{.Config}}", "busybox"],
    ["inspect", "-f", "{{json .ContainerConfig}}", "busybox"],
    ["inspect", "-f", "{{.Metadata}} {{.Metadata.LastTagTime}} {{json .Metadata}}", "busybox"],
    ["inspect", "-f", "{{.RepoTags}} {{.RepoDigests}} {{.Os}}/{{.Architecture}} [{{.Variant}}] "
     "{{.Parent}}", "busybox"],
    ["inspect", "-f", "{{.Created}} {{.DockerVersion}} [{{.Author}}] {{.Comment}}", "busybox"],
    ["inspect", "-f", "{{json .}}", "busybox"],
    ["inspect", "-f", "{{.Config.Cmd}} {{.Config.Env}} {{.Config.Labels}} {{.Config.Healthcheck}} "
     "{{.Config.Entrypoint}}", "busybox"],
    # the image's Config type has no Hostname: the raw JSON answers
    ["inspect", "-f", "{{.Config.Hostname}}|{{.Config.Image}}", "busybox"],
    ["inspect", "-f", "{{printf \"%T %T %T\" . .Config .Metadata.LastTagTime}}", "busybox"],
    ["image", "inspect", "-f", "{{.GraphDriver.Name}} {{.Container}} {{.Descriptor}}", "busybox"],
]

VOLUMES = [
    ["inspect", "-f", "{{json .}}", "dctest-vol"],
    ["volume", "inspect", "-f", "{{.Name}} {{.Driver}} {{.Scope}} {{.Labels}} {{.Options}} "
     "{{.Status}} {{.UsageData}} {{.ClusterVolume}}", "dctest-vol"],
    ["volume", "inspect", "-f", "{{.CreatedAt}} {{.Mountpoint}} {{printf \"%T\" .}}", "dctest-vol"],
    ["volume", "inspect", "-f", "{{.Options.x}} {{index .Labels \"dctest\"}}", "dctest-vol"],
]

NETWORKS = [
    ["inspect", "-f", "{{json .IPAM}} {{.IPAM}}", "host", "none"],
    ["network", "inspect", "-f", "{{.Created}}", "host", "none"],
    ["network", "inspect", "-f", "{{json .}}", "host", "none"],
    ["network", "inspect", "-f", "{{range $id, $c := .Containers}}{{$c.Name}} {{$c.IPv4Address}};"
     "{{end}}", "none"],
    ["network", "inspect", "-f", "{{.EnableIPv4}} {{.EnableIPv6}} {{.Internal}} {{.Attachable}} "
     "{{.Ingress}} {{.ConfigFrom}} {{.ConfigOnly}} {{.Peers}} {{.Services}} {{.Options}} "
     "{{.Labels}}", "host"],
    ["network", "inspect", "-f", "{{.Id}} {{.ID}}", "host"],
    ["network", "inspect", "-f", "{{.Name}} {{.Scope}} {{.Driver}} {{.Created.Unix}} "
     "{{printf \"%T %T\" . .Created}}", "host"],
]

INFO = [
    ["info", "-f", "{{json .Plugins}}"],
    ["info", "-f", "{{.Plugins}} {{.Plugins.Volume}} {{.Plugins.Authorization}}"],
    ["info", "-f", "{{.Swarm}} {{json .Swarm}}"],
    ["info", "-f", "{{.Swarm.LocalNodeState}} {{.Swarm.ControlAvailable}} {{.Swarm.Cluster}} "
     "{{.Swarm.RemoteManagers}}"],
    ["info", "-f", "{{.Swarm.Cluster.ID}}"],
    ["info", "-f", "{{json .RegistryConfig}}"],
    ["info", "-f", "{{.RegistryConfig.InsecureRegistryCIDRs}} "
     "{{range .RegistryConfig.IndexConfigs}}{{.Name}} {{.Secure}} {{.Official}} {{.Mirrors}}"
     "{{end}} {{.RegistryConfig.Mirrors}}"],
    ["info", "-f", "{{.Runtimes}}"],
    ["info", "-f", "{{range $k, $v := .Runtimes}}{{$k}}={{$v.Path}} {{$v.Args}};{{end}}"],
    ["info", "-f", "{{.ClientInfo.Context}} {{.ClientInfo.Debug}} {{json .ClientInfo.Plugins}} "
     "{{.ClientInfo.Warnings}} {{.ServerErrors}} {{.ClientErrors}}"],
    ["info", "-f", "{{.ContainerdCommit}} {{json .RuncCommit}} {{.InitCommit.ID}}"],
    ["info", "-f", "{{.DriverStatus}} {{json .DriverStatus}} {{.SystemStatus}}"],
    ["info", "-f", "{{.FirewallBackend}} {{.Containerd}} {{json .Containerd}} "
     "{{.DefaultAddressPools}} {{.CDISpecDirs}} {{.DiscoveredDevices}} [{{.Isolation}}] "
     "{{.GenericResources}}"],
    ["info", "-f", "{{printf \"%T %T %T %T\" . .Swarm .RegistryConfig .Plugins}}"],
    ["info", "-f", "{{.Info.Name}} {{.Name}} {{.KernelMemory}} {{.KernelMemoryTCP}} "
     "{{.CgroupVersion}} {{.ProductLicense}}"],
    ["info", "-f", "{{.Id}}"],
    ["info", "-f", "{{.Labels}} {{.SecurityOptions}} {{.Warnings}} {{.LiveRestoreEnabled}} "
     "{{.ExperimentalBuild}}"],
]

# a container made by this module: a healthcheck (time.Duration), ulimits, port
# bindings, a tmpfs mount (os.FileMode), a restart policy, pointers to scalars
TYPED = "dctest-typed"
TYPED_BODY = {
    "Image": "busybox", "Cmd": ["sleep", "60"], "Labels": objects.LABEL,
    "Healthcheck": {"Test": ["CMD", "true"], "Interval": 30000000000, "Timeout": 5000000000,
                    "StartPeriod": 1500000, "Retries": 3},
    "ExposedPorts": {"80/tcp": {}, "53/udp": {}}, "StopTimeout": 5, "StopSignal": "SIGTERM",
    "Env": ["A=1", "B=2"], "Entrypoint": ["/bin/sh", "-c"],
    "HostConfig": {
        "NetworkMode": "none",
        "PortBindings": {"80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]},
        "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 2},
        "Ulimits": [{"Name": "nofile", "Soft": 1024, "Hard": 2048}],
        "Tmpfs": {"/run": "size=1m"},
        "Mounts": [{"Type": "tmpfs", "Target": "/scratch",
                    "TmpfsOptions": {"SizeBytes": 1048576, "Mode": 0o1777}}],
        "Memory": 67108864, "Init": True, "CapAdd": ["NET_ADMIN"], "Dns": ["1.1.1.1"],
        "ExtraHosts": ["a:1.2.3.4"],
    },
}

TYPED_CASES = [
    ["inspect", "-f", "{{.Config.Healthcheck}}", TYPED],
    ["inspect", "-f", "{{json .Config.Healthcheck}} {{.Config.Healthcheck.Interval}} "
     "{{printf \"%d %v %s %T\" .Config.Healthcheck.Interval .Config.Healthcheck.Timeout "
     ".Config.Healthcheck.StartPeriod .Config.Healthcheck.Retries}}", TYPED],
    ["inspect", "-f", "{{json .Config}}", TYPED],
    ["inspect", "-f", "{{json .HostConfig}}", TYPED],
    ["inspect", "-f", "{{.HostConfig.Ulimits}} {{.HostConfig.PortBindings}} "
     "{{.Config.ExposedPorts}} {{.HostConfig.Tmpfs}} {{.HostConfig.Init}} "
     "{{.HostConfig.RestartPolicy}} {{.Config.StopTimeout}}", TYPED],
    ["inspect", "-f", "{{range .HostConfig.Mounts}}{{.Type}} {{.Target}} "
     "{{.TmpfsOptions.SizeBytes}} {{.TmpfsOptions.Mode}} {{json .}}{{end}}", TYPED],
    ["inspect", "-f", "{{range $p, $b := .HostConfig.PortBindings}}{{$p}}->{{range $b}}{{.HostIP}}:"
     "{{.HostPort}}{{end}}{{end}}", TYPED],
    ["inspect", "-f", "{{eq .Config.Healthcheck.Interval 30000000000}} "
     "{{if .Config.Healthcheck.StartInterval}}y{{else}}n{{end}} {{.HostConfig.Memory}}", TYPED],
    ["inspect", "-f", "{{.HostConfig.RestartPolicy.IsOnFailure}} "
     "{{.HostConfig.RestartPolicy.IsNone}}", TYPED],
    # the raw fallback prints the durations as the daemon's numbers
    ["inspect", "-f", "{{.Id}} {{.Config.Healthcheck.Interval}} {{.HostConfig.Init}}", TYPED],
    ["inspect", "-f", "{{json .}}", TYPED],
]


@pytest.mark.parametrize("args", CONTAINERS, ids=case_ids(CONTAINERS))
def test_container_templates(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", IMAGES, ids=case_ids(IMAGES))
def test_image_templates(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", VOLUMES, ids=case_ids(VOLUMES))
def test_volume_templates(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", NETWORKS, ids=case_ids(NETWORKS))
def test_network_templates(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", INFO, ids=case_ids(INFO))
def test_info_templates(engine, args):
    assert_conforms(engine, args)


# what changes between two `info` calls, and ClientInfo, which describes the client
_VOLATILE = ("NFd", "NGoroutines", "SystemTime", "ClientInfo")


def _stable_info_json(text):
    lines = []
    for line in text.splitlines():
        try:
            data = json.loads(line, object_pairs_hook=lambda pairs: pairs)
        except ValueError:
            lines.append(line)
            continue
        kept = [(key, value) for key, value in data if key not in _VOLATILE]
        lines.append(json.dumps([key for key, _ in data]) + json.dumps(kept))
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", ["{{json .}}", "json"])
def test_info_json_in_struct_order(engine, fmt):
    assert_conforms(engine, ["info", "-f", fmt], normalize=_stable_info_json)


_made = {}


@pytest.fixture(scope="module", autouse=True)
def _remove_typed_container():
    yield
    for host in _made:
        client = objects.client_for(testbed.Engine("cleanup", host))
        try:
            objects.remove_container(client, TYPED)
        finally:
            client.close()


@pytest.fixture
def typed_container(engine):
    """dctest-typed on the engine's daemon, made once per daemon, removed after this module."""
    if engine.host not in _made:
        client = objects.client_for(testbed.Engine("populate", engine.host))
        try:
            objects.remove_container(client, TYPED)
            client.post_json("/containers/create", params={"name": TYPED}, body=TYPED_BODY)
        finally:
            client.close()
        _made[engine.host] = True
    return TYPED


@pytest.mark.parametrize("args", TYPED_CASES, ids=case_ids(TYPED_CASES))
def test_typed_container_templates(engine, typed_container, args):
    assert_conforms(engine, args)
