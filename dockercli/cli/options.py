"""Flags many commands share, declared once, with docker's help texts."""

from dockercli.cli.base import flag

FORMAT_HELP = """Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"""

INSPECT_FORMAT_HELP = """Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"""


# `--format` of list commands (table, json or a template) and of inspect-like commands
list_format = flag("--format", default="", help=FORMAT_HELP)
inspect_format = flag("-f", "--format", default="", help=INSPECT_FORMAT_HELP)


def filter_flag(help="Filter output based on conditions provided"):
    return flag("-f", "--filter", "filters", kind="filter", help=help)


def list_format_choice(session, format, config_key, quiet):
    """The format a list command uses: --format, else the config file's (not with -q), else table."""
    if format:
        return format
    configured = session.config.get(config_key)
    return configured if configured and not quiet else "table"
