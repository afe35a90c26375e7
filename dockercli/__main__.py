"""Entry point: runs the command tree; the one place errors become messages and exit codes."""

import os
import sys


def program_name(argv0):
    """The name to show in usage texts: the name this program was run as."""
    name = os.path.basename(argv0 or "")
    return "dockercli" if name in ("", "__main__.py", "-c", "-m") else name


def run(argv, prog_name):
    """Run one command line; answer its exit code. Never raises for user-facing errors."""
    # answered without loading click or the command tree: scripts ask these at every start
    if argv in (["--version"], ["-v"]):
        from dockercli import VERSION_TEXT

        sys.stdout.write(VERSION_TEXT)
        return 0
    if argv in ([], ["--help"], ["-h"]):
        from dockercli.cli.helptext import root_help

        # as docker: help on stdout when asked for, on stderr when no command was given
        stream = sys.stdout if argv else sys.stderr
        if argv == ["-h"]:
            stream.write("Flag shorthand -h has been deprecated, use --help\n")
        stream.write(root_help(prog_name, os.environ))
        stream.flush()
        return 0
    import click

    from dockercli.cli.root import root
    from dockercli.errors import DockerCliError

    try:
        root.run_command_line(argv, prog_name)
        return 0
    except DockerCliError as exc:
        if exc.message:
            sys.stderr.write(exc.message.rstrip("\n") + "\n")
            sys.stderr.flush()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        return 130   # click's prompts turn Ctrl-C into Abort
    except click.ClickException as exc:
        sys.stderr.write(exc.format_message() + "\n")
        sys.stderr.flush()
        return 125
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`dockercli ps | head`): not an error worth a word
        _silence_stdout()
        return 141
    except Exception as exc:  # last resort: a clear line instead of a traceback
        if os.environ.get("DOCKERCLI_TRACEBACK"):
            raise
        sys.stderr.write("dockercli: unexpected error: %s: %s\n"
                         "(set DOCKERCLI_TRACEBACK=1 to see where)\n" % (type(exc).__name__, exc))
        sys.stderr.flush()
        return 1


def _silence_stdout():
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def main():
    code = run(sys.argv[1:], program_name(sys.argv[0]))
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    sys.exit(code)


if __name__ == "__main__":
    main()
