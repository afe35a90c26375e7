"""`docker image` commands: ls (images) and inspect."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.options import filter_flag, inspect_format, list_format, list_format_choice

# subcommands of `docker image`: `docker images ls` is a likely slip for `docker image ls`
_IMAGE_SUBCOMMANDS = ("build", "history", "import", "inspect", "list", "load", "ls", "prune",
                      "pull", "push", "rm", "save", "tag")


PLATFORM_HELP = """Inspect a specific platform of the multi-platform image.
If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)"""


@click.group(cls=DockerGroup, help="Manage images")
def group():
    pass


def list_filters(filters, repository):
    """The filters of GET /images/json: --filter values plus the REPOSITORY[:TAG] argument."""
    merged = {name: list(values) for name, values in (filters or {}).items()}
    if repository:
        merged.setdefault("reference", []).append(repository)
    return merged


@click.command(cls=DockerCommand, help="List images", usage_args="[OPTIONS] [REPOSITORY[:TAG]]",
               args_rule=ArgsRule(0, 1))
@flag("-a", "--all", kind="bool", help="Show all images (default hides intermediate images)")
@flag("--digests", kind="bool", help="Show digests")
@filter_flag()
@list_format
@flag("--no-trunc", kind="bool", help="Don't truncate output")
@flag("-q", "--quiet", kind="bool", help="Only show image IDs")
@flag("--tree", kind="bool", min_api="1.47",
      help="List multi-platform images as a tree (EXPERIMENTAL)")
@click.argument("repository", nargs=-1)
@click.pass_context
def images(ctx, all, digests, filters, format, no_trunc, quiet, tree, repository):
    from dockercli.api import images as api
    from dockercli.errors import DockerCliError
    from dockercli.formatter import images as fmt
    from dockercli.formatter.listing import render

    session = ctx.obj
    match = repository[0] if repository else ""
    if tree:
        for given, name in ((quiet, "--quiet"), (no_trunc, "--no-trunc"),
                            (digests, "--show-digest"), (format, "--format")):
            if given:
                raise DockerCliError("%s is not yet supported with --tree" % name)
        raise DockerCliError("the --tree view of multi-platform images is not supported by "
                             "dockercli yet")
    summaries = api.list_images(session.client, all=all, filters=list_filters(filters, match))
    
    format = list_format_choice(session, format, "imagesFormat", quiet)
    final = fmt.image_format(format, quiet, digests)
    rows = fmt.image_rows(summaries, trunc=not no_trunc, show_digests=digests,
                          format_uses_digest="{{.Digest}}" in final)
    session.write(render(final, rows, fmt.HEADERS, fmt.TEXT_FIELDS))
    if match and not summaries and ctx.info_name == "images" and match in _IMAGE_SUBCOMMANDS:
        session.warn('\nNo images found matching "%s": did you mean "docker image %s"?'
                     % (match, match))


@click.command(cls=DockerCommand, help="Display detailed information on one or more images",
               usage_args="[OPTIONS] IMAGE [IMAGE...]", args_rule=ArgsRule(1, None))
@inspect_format
@flag("--platform", default="", min_api="1.49", help=PLATFORM_HELP)
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, platform, references):
    from dockercli.api import images as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    run_inspect(ctx.obj, references, format,
                lambda ref: api.inspect_image(client, ref, platform=platform), kind="image")


@click.command(cls=DockerCommand, help="Show the history of an image", usage_args="[OPTIONS] IMAGE",
               args_rule=ArgsRule(1, 1))
@list_format
@flag("-H", "--human", kind="bool", default=True,
      help="Print sizes and dates in human readable format")
@flag("--no-trunc", kind="bool", help="Don't truncate output")
@flag("--platform", default="", min_api="1.48",
      help='Show history for the given platform. Formatted as "os[/arch[/variant]]" '
           '(e.g., "linux/amd64")')
@flag("-q", "--quiet", kind="bool", help="Only show image IDs")
@click.argument("image", nargs=-1)
@click.pass_context
def history(ctx, format, human, no_trunc, platform, quiet, image):
    from dockercli.api import images as api
    from dockercli.formatter import history as fmt
    from dockercli.formatter.listing import render

    session = ctx.obj
    items = api.image_history(session.client, image[0], platform=platform)
    rows = [fmt.HistoryRow(item, trunc=not no_trunc, human=human) for item in items]
    session.write(render(fmt.history_format(format or "table", quiet, human), rows, fmt.HEADERS,
                         fmt.TEXT_FIELDS))
