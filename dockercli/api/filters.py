"""The `filters` query parameter, in the shape the negotiated API version expects."""

import json

from dockercli.api.versions import supports


def filters_param(filters, api_version):
    """JSON for {name: [values]}; None when there is nothing to filter on.

    API 1.22 changed the encoding from {"name": ["v"]} to {"name": {"v": true}}.
    """
    if not filters:
        return None
    if not supports(api_version, "filters-as-sets"):
        return json.dumps({name: sorted(values) for name, values in filters.items()},
                          separators=(",", ":"), sort_keys=True)
    return json.dumps({name: {value: True for value in values} for name, values in filters.items()},
                      separators=(",", ":"), sort_keys=True)
