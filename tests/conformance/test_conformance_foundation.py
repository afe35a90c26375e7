"""Issue 2's commands against the docker CLI on the same engine: stdout, stderr, exit code."""

import re

import pytest

from compare import assert_conforms, case_ids

PS = [
    ["ps"], ["ps", "-a"], ["ps", "-a", "-q"], ["ps", "-aq", "--no-trunc"], ["ps", "-a", "--no-trunc"],
    ["ps", "-a", "-s"], ["ps", "-n", "2"], ["ps", "-n=1"], ["ps", "-l"], ["ps", "--last", "0"],
    ["ps", "-a", "--filter", "name=dctest-running"], ["ps", "-a", "-f", "status=exited"],
    ["ps", "-a", "-f", "label=tier=front"], ["ps", "-a", "-f", "label=dctest", "-f", "status=created"],
    ["ps", "-a", "--format", "{{.Names}}"], ["ps", "-a", "--format", "table {{.ID}}\\t{{.Names}}"],
    ["ps", "-a", "--format", "json"], ["ps", "-a", "--format", "{{json .}}"],
    ["ps", "-a", "--format", "table {{.Names}}\\t{{.Label \"tier\"}}\\t{{.Labels}}"],
    ["ps", "-a", "--format", "{{.Names}} {{.Mounts}} {{.Networks}} {{.LocalVolumes}} {{.State}}"],
    ["ps", "-a", "--format", "{{.Names}}: {{.CreatedAt}}"], ["ps", "-a", "--format", "{{.Size}}"],
    ["ps", "-a", "--format", "table {{.Image}}\\t{{.Command}}\\t{{.Ports}}"],
    ["ps", "-a", "-q", "--format", "{{.Names}}"], ["ps", "-a", "--format", "raw"],
    ["container", "ls", "-a"], ["container", "list", "-aq"], ["container", "ps", "--all=true"],
    ["ps", "--all=false"],
    # usage and errors
    ["ps", "x"], ["ps", "--bogus"], ["ps", "-n", "x"], ["ps", "-n"], ["ps", "-az"],
    ["ps", "--all=maybe"], ["ps", "-f", "bogus"], ["ps", "--format", "{{.Nope}}"],
    ["ps", "--format", "{{"], ["ps", "-f", "status=nonsense"], ["container", "ls", "x"],
]

IMAGES = [
    ["images"], ["images", "-a"], ["images", "-q"], ["images", "--digests"], ["images", "--no-trunc"],
    ["images", "busybox"], ["images", "dctest/app"], ["images", "dctest/app:1.0"],
    ["images", "nosuch"], ["images", "ls"], ["images", "--filter", "dangling=true"],
    ["images", "-f", "reference=busybox"], ["images", "--format", "{{.Repository}}:{{.Tag}}"],
    ["images", "--format", "json"], ["images", "--format", "table {{.ID}}\\t{{.Repository}}"],
    ["images", "--format", "table {{.Repository}}", "--digests"],
    ["images", "--format", "{{.Containers}} {{.SharedSize}} {{.UniqueSize}} {{.VirtualSize}}"],
    ["image", "ls"], ["image", "list", "-q"], ["image", "ls", "busybox"],
    ["images", "a", "b"], ["images", "--format", "{{.Bogus}}"], ["images", "-f", "x"],
    ["images", "--format", "raw"], ["images", "-q", "--format", "raw"],
]

INSPECT = [
    ["inspect", "dctest-running"], ["inspect", "busybox"], ["inspect", "dctest-vol"],
    ["inspect", "none"], ["inspect", "host"], ["inspect", "dctest-running", "busybox"],
    ["inspect", "nosuch"], ["inspect", "dctest-running", "nosuch", "busybox", "nosuch2"],
    ["inspect", "../../etc"], ["inspect", "a b?c#d%"], ["image", "inspect", "é/x"],
    ["inspect", "--type", "image", "busybox"], ["inspect", "--type", "container", "busybox"],
    ["inspect", "--type", "bogus", "x"], ["inspect", "--type=", "x"], ["inspect"],
    ["inspect", "-f", "{{.Name}} {{.State.Running}} {{.State.ExitCode}}", "dctest-running"],
    ["inspect", "-f", "{{json .Config.Labels}}", "dctest-running"],
    ["inspect", "-f", "{{index .Config.Labels \"tier\"}}", "dctest-running"],
    ["inspect", "-f", "{{range .Mounts}}{{.Name}}:{{.Destination}}{{end}}", "dctest-running"],
    ["inspect", "-f", "{{.Id}}", "nosuch"], ["inspect", "-f", "{{.Nope}}", "dctest-running"],
    ["inspect", "-f", "{{", "dctest-running"], ["inspect", "--format", "json", "dctest-running"],
    ["inspect", "-s", "-f", "{{.SizeRw}}", "dctest-exited"], ["inspect", "-s", "busybox"],
    ["container", "inspect", "dctest-exited"], ["container", "inspect", "nosuch"],
    ["container", "inspect", "-f", "{{.State.Status}}", "dctest-exited", "dctest-failed"],
    ["image", "inspect", "busybox"], ["image", "inspect", "-f", "{{.Id}}", "dctest/app:1.0"],
    ["image", "inspect", "nosuch"], ["volume", "inspect", "dctest-vol"],
    ["volume", "inspect", "-f", "{{.Driver}} {{.Name}}", "dctest-vol"], ["volume", "inspect", "x"],
    ["network", "inspect", "none"], ["network", "inspect", "-f", "{{.Name}} {{.Driver}}", "host"],
    ["network", "inspect", "nosuch"],
]

LISTS = [
    ["volume", "ls"], ["volume", "list", "-q"], ["volume", "ls", "--format", "json"],
    ["volume", "ls", "-f", "name=dctest"], ["volume", "ls", "--filter", "dangling=false"],
    ["volume", "ls", "--format", "table {{.Name}}\t{{.Mountpoint}}\t{{.Labels}}\t{{.Scope}}"],
    ["volume", "ls", "--format", "{{.Name}} {{.Links}} {{.Size}} {{.Group}} {{.Status}}"],
    ["volume", "ls", "--format", "{{.ID}}"], ["volume", "ls", "--format", "raw"],
    ["volume", "ls", "x"], ["volume", "ls", "--cluster"],
    ["network", "ls"], ["network", "ls", "--no-trunc"], ["network", "list", "-q"],
    ["network", "ls", "--format", "json"], ["network", "ls", "-f", "driver=host"],
    ["network", "ls", "--format", "table {{.Name}}\t{{.IPv4}}\t{{.IPv6}}\t{{.Internal}}"],
    ["network", "ls", "--format", "{{.Name}}: {{.CreatedAt}} [{{.Labels}}]"],
    ["network", "ls", "--format", "raw"], ["network", "ls", "-q", "--format", "raw"],
    ["history", "busybox"], ["history", "--no-trunc", "dctest/app:1.0"], ["history", "-q", "busybox"],
    ["history", "-H=false", "busybox"], ["history", "--human=false", "--format", "json", "busybox"],
    ["image", "history", "--format", "table {{.ID}}\t{{.CreatedBy}}\t{{.Comment}}", "busybox"],
    ["history", "--format", "{{.CreatedSince}} {{.CreatedAt}} {{.Size}}", "busybox"],
    ["history", "nosuch"], ["history", "../"], ["history"], ["history", "a", "b"], ["history", "--platform", "linux",
                                                                  "busybox"],
    ["volume", "ls", "--help"], ["network", "ls", "--help"], ["history", "--help"],
]

VERSION_INFO = [
    ["version", "-f", "{{.Server.Version}}"], ["version", "--format", "{{.Server.APIVersion}}"],
    ["version", "-f", "{{json .Server}}"], ["version", "-f", "{{.Client.Context}}"],
    ["version", "-f", "{{"], ["version", "x"],
    ["info", "-f", "{{.ServerVersion}} {{.Driver}} {{.NCPU}}"], ["info", "--format", "{{json .Plugins}}"],
    ["info", "-f", "{{.Swarm.LocalNodeState}}"], ["system", "info", "-f", "{{.OSType}}"],
    ["info", "-f", "{{"], ["info", "x"],
]

HELP = [
    ["ps", "--help"], ["images", "--help"], ["inspect", "--help"], ["version", "--help"],
    ["info", "--help"], ["container", "ls", "--help"], ["image", "ls", "-h"],
    ["container", "inspect", "--help"], ["volume", "inspect", "--help"],
]


@pytest.mark.parametrize("args", PS, ids=case_ids(PS))
def test_ps(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", IMAGES, ids=case_ids(IMAGES))
def test_images(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", INSPECT, ids=case_ids(INSPECT))
def test_inspect(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", LISTS, ids=case_ids(LISTS))
def test_volume_network_history_lists(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", VERSION_INFO, ids=case_ids(VERSION_INFO))
def test_version_info(engine, args):
    assert_conforms(engine, args)


@pytest.mark.parametrize("args", HELP, ids=case_ids(HELP))
def test_help(engine, args):
    assert_conforms(engine, args)


def _server_part(text):
    return text[text.index("Server:"):] if "Server:" in text else text


def _sorted_runtimes(text):
    # docker prints the runtimes in Go's random map order
    return re.sub(r"(?m)^( Runtimes: )(.*)$",
                  lambda m: m.group(1) + " ".join(sorted(m.group(2).split())), text)


def test_version_server_part(engine):
    assert_conforms(engine, ["version"], normalize=_server_part)


def test_info_server_part(engine):
    assert_conforms(engine, ["info"], normalize=lambda t: _sorted_runtimes(_server_part(t)))
