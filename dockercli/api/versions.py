"""API versions: how they compare, and every behaviour that depends on one.

`FEATURES` is the one table of version-dependent API behaviour: each entry
names the first API version that has it. Request builders ask
`APIClient.supports(name)` rather than comparing version numbers themselves,
so that the whole picture of what changes between 1.21 and today is here.
"""

MAX_API_VERSION = "1.50"   # the version docker CLI 28.2 speaks, our reference
MIN_API_VERSION = "1.12"   # the oldest any engine here accepts (Engine 20.10)

FEATURES = {
    # the `filters` parameter as {"name": {"value": true}}; before, {"name": ["value"]}
    "filters-as-sets": "1.22",
    # GET /images/json matches `reference` filters; before, a single `filter=<name>`
    "image-reference-filter": "1.25",
    # GET /images/json?shared-size=1
    "image-shared-size": "1.42",
    # GET /images/json?manifests=1 and image summaries with Manifests
    "image-manifests": "1.47",
}


def version_tuple(version):
    """'1.41' -> (1, 41); anything unparsable sorts first."""
    try:
        return tuple(int(part) for part in str(version).split("."))
    except ValueError:
        return (0,)


def supports(api_version, feature):
    """Whether `feature` (a FEATURES name) exists at `api_version`."""
    return version_tuple(api_version) >= version_tuple(FEATURES[feature])
