"""`docker inspect`: any object by name or ID, and the shared inspect runner."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, flag
from dockercli.cli.options import inspect_format
from dockercli.errors import APIError, DockerCliError, NotFound

OBJECT_TYPES = ("config", "container", "image", "network", "node", "plugin", "secret", "service",
                "task", "volume")
SWARM_TYPES = ("service", "task", "node", "secret", "config")
SEARCH_ORDER = ("container", "image", "network", "volume", "service", "task", "node", "plugin",
                "secret", "config")


def run_inspect(session, references, fmt, fetch, kind="", raw_fallback=True):
    """Fetch each reference, print what was found, then fail with every error (docker's Inspect).

    fetch(reference) answers the object's raw JSON when every reference is of
    one kind (`kind`: "container", "image", ...), else a (kind, raw JSON) pair;
    a template runs on the typed value of that kind first, as docker's does.
    """
    from dockercli.formatter.inspect import make_inspector

    inspector = make_inspector(fmt, raw_fallback)
    errors = []
    for reference in references:
        try:
            found = fetch(reference)
        except DockerCliError as exc:
            errors.append(exc.message)
            continue
        found_kind, raw = (kind, found) if kind else found
        problem = inspector.add(raw, found_kind)
        if problem:
            errors.append(problem)
    session.write(inspector.output())
    if errors:
        raise DockerCliError("\n".join(errors))


def _skippable(error):
    text = error.message
    return (isinstance(error, NotFound) or "not supported" in text
            or "invalid reference format" in text)


def fetch_any(session, object_type, size):
    """docker's inspectAll: try each object kind in turn (or only `object_type`);
    the fetch function answers (kind, raw JSON)."""
    from dockercli.api import containers, images, networks, objects, volumes

    client = session.client
    fetchers = {
        "container": lambda ref: containers.inspect_container(client, ref, size),
        "image": lambda ref: images.inspect_image(client, ref),
        "network": lambda ref: networks.inspect_network(client, ref),
        "volume": lambda ref: volumes.inspect_volume(client, ref),
        "service": lambda ref: objects.inspect_service(client, ref),
        "task": lambda ref: objects.inspect_task(client, ref),
        "node": lambda ref: objects.inspect_node(client, ref),
        "plugin": lambda ref: objects.inspect_plugin(client, ref),
        "secret": lambda ref: objects.inspect_secret(client, ref),
        "config": lambda ref: objects.inspect_config(client, ref),
    }

    def is_swarm_manager():
        from dockercli.api import system

        try:
            return bool((system.info(client).get("Swarm") or {}).get("ControlAvailable"))
        except DockerCliError as exc:
            session.warn(exc.message)
            return False

    def fetch(reference):
        swarm_manager = None   # asked once per reference, as docker does
        for kind in SEARCH_ORDER:
            if object_type and kind != object_type:
                continue
            if not object_type and kind in SWARM_TYPES:
                if swarm_manager is None:
                    swarm_manager = is_swarm_manager()
                if not swarm_manager:
                    continue
            try:
                raw = fetchers[kind](reference)
            except APIError as exc:
                if not object_type and _skippable(exc):
                    continue
                raise
            if size and kind != "container":
                session.warn("WARNING: --size ignored for " + kind)
            return kind, raw
        raise DockerCliError("Error: No such object: " + reference)

    return fetch


@click.command(cls=DockerCommand, help="Return low-level information on Docker objects",
               usage_args="[OPTIONS] NAME|ID [NAME|ID...]", args_rule=ArgsRule(1, None))
@inspect_format
@flag("-s", "--size", kind="bool", help="Display total file sizes if the type is container")
@flag("--type", "object_type", default="", help="Only inspect objects of the given type")
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, size, object_type, references):
    choices = '", "'.join(OBJECT_TYPES)
    if "object_type" in ctx.meta["dockercli.changed"] and not object_type:
        raise DockerCliError('type is empty: must be one of "%s"' % choices)
    if object_type and object_type not in OBJECT_TYPES:
        raise DockerCliError('unknown type: "%s": must be one of "%s"' % (object_type, choices))
    run_inspect(ctx.obj, references, format, fetch_any(ctx.obj, object_type, size))
