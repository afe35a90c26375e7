"""The committed man pages and shell completions match the command tree, and they work.

When a test here fails because a command or flag changed: run `python tools/gendocs.py`
and commit man/ and completions/.
"""

import difflib
import importlib.util
import os
import shutil
import subprocess

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASH = os.path.join(REPO, "completions", "dockercli.bash")
ZSH = os.path.join(REPO, "completions", "dockercli.zsh")
FISH = os.path.join(REPO, "completions", "dockercli.fish")


def _load_gendocs():
    # tools/ is not a package (and not installed): load the script from the source tree
    spec = importlib.util.spec_from_file_location("gendocs", os.path.join(REPO, "tools", "gendocs.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gendocs = _load_gendocs()


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """A fresh generation, written the way `python tools/gendocs.py` writes it."""
    base = str(tmp_path_factory.mktemp("gendocs"))
    gendocs.write(base, gendocs.generate())
    return base


def test_committed_files_are_the_generated_set(generated):
    assert sorted(gendocs.existing(REPO)) == sorted(gendocs.existing(generated)), (
        "man/ or completions/ has missing or extra files: run python tools/gendocs.py")


def test_committed_files_are_current(generated):
    stale = []
    for relative in sorted(gendocs.existing(generated) & gendocs.existing(REPO)):
        with open(os.path.join(generated, relative), encoding="utf-8") as new:
            expected = new.read()
        with open(os.path.join(REPO, relative), encoding="utf-8") as old:
            committed = old.read()
        if committed != expected:
            diff = difflib.unified_diff(committed.splitlines(), expected.splitlines(),
                                        "committed/" + relative, "generated/" + relative,
                                        lineterm="", n=1)
            stale.append("\n".join(list(diff)[:20]))
    assert not stale, "stale, run python tools/gendocs.py:\n" + "\n".join(stale)


def test_check_reports_stale_missing_and_extra(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(gendocs, "REPO", str(tmp_path))   # main() works on this tree
    assert gendocs.main([]) == 0
    assert gendocs.main(["--check"]) == 0
    (tmp_path / "man" / "dockercli-ps.1").write_text("old\n")
    (tmp_path / "man" / "dockercli-version.1").unlink()
    (tmp_path / "completions" / "dockercli.old").write_text("")
    capsys.readouterr()
    assert gendocs.main(["--check"]) == 1
    assert set(capsys.readouterr().out.splitlines()) == {
        "extra: completions/dockercli.old", "missing: man/dockercli-version.1",
        "stale: man/dockercli-ps.1", "run: python tools/gendocs.py"}
    assert gendocs.main([]) == 0   # writing also removes what is no longer generated
    assert gendocs.main(["--check"]) == 0


def test_every_command_path_has_a_page():
    names = set(gendocs.generate())
    for page in ("dockercli.1", "dockercli-ps.1", "dockercli-container-ls.1", "dockercli-images.1",
                 "dockercli-image-ls.1", "dockercli-inspect.1", "dockercli-system-info.1"):
        assert "man/" + page in names
    ps = gendocs.generate()["man/dockercli-ps.1"]
    assert "dockercli container ls, dockercli container list, dockercli container ps" in ps
    assert "\\fB\\-n\\fP, \\fB\\-\\-last\\fP \\fIint\\fP" in ps and "(default \\-1)" in ps


# --- the completion scripts work --------------------------------------------------------------

def _bash_complete(*words):
    """What the bash completion offers for the last of `words` (the word under the cursor)."""
    script = ('source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _dockercli; '
              'printf "%s\\n" "${COMPREPLY[@]}"')
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", script, BASH] + list(words),
                            capture_output=True, text=True, check=True)
    assert result.stderr == ""
    return result.stdout.split()


def test_bash_completion_is_valid_bash():
    subprocess.run(["bash", "-n", BASH], check=True)


def test_bash_completes_commands_flags_and_types():
    assert _bash_complete("dockercli", "con") == ["container"]
    assert _bash_complete("dockercli", "ps", "--fo") == ["--format"]
    assert {"ls", "list", "ps", "inspect"} <= set(_bash_complete("dockercli", "container", ""))
    assert "volume" in _bash_complete("dockercli", "inspect", "--type", "")
    # flag values are skipped on the way, and are not completed themselves
    assert "--last" in _bash_complete("dockercli", "-H", "unix:///x", "container", "ls", "-")
    assert _bash_complete("dockercli", "ps", "--format", "") == []


def _need(shell):
    if shutil.which(shell) is None:
        pytest.skip("%s is not installed (apt-get install -y %s to test its completion)"
                    % (shell, shell))


def test_zsh_completion_is_valid_zsh():
    _need("zsh")
    subprocess.run(["zsh", "-n", ZSH], check=True)


def _zsh_complete(*words):
    # outside a completion widget: stand-ins for _describe and compadd print the candidates,
    # and the script's last line runs _dockercli on `words`
    script = ('_describe() { print -rl -- ${${(P)4}%%:*} }; compadd() { print -rl -- ${(P)2} }; '
              'words=("${@:2}"); CURRENT=$#words; source $1')
    result = subprocess.run(["zsh", "-f", "-c", script, "zsh", ZSH] + list(words),
                            capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_zsh_completes_subcommands_and_types():
    _need("zsh")
    assert {"ls", "list", "ps", "inspect"} <= set(_zsh_complete("dockercli", "container", ""))
    assert "volume" in _zsh_complete("dockercli", "inspect", "--type", "")


def test_fish_completion_is_valid_fish():
    _need("fish")
    subprocess.run(["fish", "--no-execute", FISH], check=True)


def test_fish_completes_subcommands_and_types():
    _need("fish")

    def complete(line):
        result = subprocess.run(["fish", "--no-config", "-c", 'source $argv[1]; complete -C$argv[2]',
                                 FISH, line], capture_output=True, text=True, check=True)
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert complete("dockercli con") == ["container"]
    assert {"ls", "list", "ps", "inspect"} <= set(complete("dockercli container "))
    assert "volume" in complete("dockercli inspect --type ")
