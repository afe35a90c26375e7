"""Platform specifiers ("linux/arm64/v8") as containerd's platforms package parses them."""

import json
import re

_ARCH_ALIASES = {"x86_64": "amd64", "x86-64": "amd64", "aarch64": "arm64", "armhf": "arm",
                 "armel": "arm", "i386": "386", "i486": "386", "i586": "386", "i686": "386"}
_ARCH_VARIANTS = {"armhf": "v7", "armel": "v6"}
_COMPONENT = re.compile(r"^[A-Za-z0-9_.-]+$")


class PlatformError(ValueError):
    """A specifier that is not os[/arch[/variant]]."""


def parse(specifier):
    """{"os", "architecture"[, "variant"]} for "os[/arch[/variant]]", normalized as containerd does."""
    parts = specifier.split("/")
    if not 1 <= len(parts) <= 3 or not all(_COMPONENT.match(part) for part in parts):
        raise PlatformError('"%s": unknown operating system or architecture: invalid argument'
                            % specifier)
    os_name = parts[0].lower()
    if os_name == "macos":
        os_name = "darwin"
    platform = {"architecture": "", "os": os_name}
    if len(parts) > 1:
        arch = parts[1].lower()
        variant = parts[2].lower() if len(parts) == 3 else _ARCH_VARIANTS.get(arch, "")
        arch = _ARCH_ALIASES.get(arch, arch)
        if arch == "arm64" and variant in ("8", "v8"):
            variant = ""
        elif arch == "arm" and variant in ("5", "6", "7", "8"):
            variant = "v" + variant
        platform["architecture"] = arch
        if variant:
            platform["variant"] = variant
    return platform


def to_query(specifier):
    """The JSON docker sends as the `platform` query parameter."""
    return json.dumps(parse(specifier), separators=(",", ":"))
