#!/usr/bin/env python3
"""`docker ps -a` written the way a user would with docker-py: the yardstick dockercli must beat.

    python3 bench/dockerpy_ps.py [BASE_URL]

BASE_URL defaults to $DOCKER_HOST, then unix:///var/run/docker.sock. Uses the low-level
docker.APIClient (API version negotiated, as docker-py does by default), lists all containers
and prints docker's default ps table (CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, PORTS,
NAMES; columns laid out as Go's tabwriter does for docker: min width 10, padding 3).
"""

import json
import os
import sys
import time

import docker


def human_duration(seconds):
    """go-units HumanDuration, as docker uses for CREATED."""
    if seconds < 1:
        return "Less than a second"
    if seconds == 1:
        return "1 second"
    if seconds < 60:
        return "%d seconds" % seconds
    minutes = seconds // 60
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return "%d minutes" % minutes
    hours = int(seconds / 3600 + 0.5)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return "%d hours" % hours
    if hours < 24 * 7 * 2:
        return "%d days" % (hours // 24)
    if hours < 24 * 30 * 2:
        return "%d weeks" % (hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return "%d months" % (hours // 24 // 30)
    return "%d years" % (int(seconds / 3600) // 24 // 365)


def ellipsis(text, width):
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def image_name(image):
    if image.startswith("sha256:"):
        return image[len("sha256:"):][:12]
    return image


def ports(port_list):
    shown = []
    for p in sorted(port_list or [], key=lambda p: (p.get("PrivatePort", 0), p.get("Type", ""))):
        private = "%s/%s" % (p.get("PrivatePort"), p.get("Type", "tcp"))
        if p.get("PublicPort"):
            shown.append("%s:%s->%s" % (p.get("IP", "0.0.0.0"), p["PublicPort"], private))
        else:
            shown.append(private)
    return ", ".join(shown)


def row(container, now):
    command = json.dumps(ellipsis(container.get("Command") or "", 20), ensure_ascii=False)
    names = ",".join(n.lstrip("/") for n in container.get("Names") or [])
    return [
        container["Id"][:12],
        image_name(container.get("Image") or ""),
        command,
        human_duration(int(now - container.get("Created", now))) + " ago",
        container.get("Status") or "",
        ports(container.get("Ports")),
        names,
    ]


def render(rows):
    widths = [max(10, max(len(r[i]) for r in rows) + 3) for i in range(len(rows[0]) - 1)]
    lines = []
    for r in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(r[:-1])]
        lines.append("".join(cells) + r[-1])
    return "\n".join(lines) + "\n"


def main():
    base_url = (sys.argv[1] if len(sys.argv) > 1
                else os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock")
    client = docker.APIClient(base_url=base_url)
    containers = client.containers(all=True)
    now = time.time()
    rows = [["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]]
    rows += [row(c, now) for c in containers]
    sys.stdout.write(render(rows))


if __name__ == "__main__":
    main()
