"""Go's json.Indent and json.Compact on raw JSON text.

docker prints inspect results by re-indenting the daemon's bytes, not by
re-encoding them: key order, number spelling and escapes such as \\u003c stay
exactly as the daemon wrote them. Decoding and re-encoding in Python would
change all three, so these work on the text itself.
"""


def _tokens(raw):
    """Split JSON text into (is_structural, text) pieces, whitespace outside strings dropped."""
    i, n = 0, len(raw)
    start = None
    while i < n:
        char = raw[i]
        if char == '"':
            if start is not None:
                yield False, raw[start:i]
                start = None
            j = i + 1
            while j < n and raw[j] != '"':
                j += 2 if raw[j] == "\\" else 1
            yield False, raw[i:j + 1]
            i = j + 1
            continue
        if char in "{}[],:":
            if start is not None:
                yield False, raw[start:i]
                start = None
            yield True, char
        elif char in " \t\r\n":
            if start is not None:
                yield False, raw[start:i]
                start = None
        elif start is None:
            start = i
        i += 1
    if start is not None:
        yield False, raw[start:]


def compact(raw):
    """json.Compact: the same text with insignificant whitespace removed."""
    return "".join(text for _, text in _tokens(raw))


def indent(raw, prefix="", indent_with="    "):
    """json.Indent: one element per line, `indent_with` per level, `{}`/`[]` kept empty."""
    out = []
    depth = 0
    need_indent = False   # an opening bracket was written; indent before the next value
    newline = "\n" + prefix
    for structural, text in _tokens(raw):
        if need_indent and not (structural and text in "]}"):
            need_indent = False
            depth += 1
            out.append(newline + indent_with * depth)
        if not structural:
            out.append(text)
        elif text in "{[":
            out.append(text)
            need_indent = True
        elif text == ",":
            out.append("," + newline + indent_with * depth)
        elif text == ":":
            out.append(": ")
        else:  # closing bracket
            if need_indent:
                need_indent = False   # empty object or array: "{}" / "[]"
            else:
                depth -= 1
                out.append(newline + indent_with * depth)
            out.append(text)
    return "".join(out)
