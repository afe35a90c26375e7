"""Tables laid out exactly as docker's Go tabwriter (minwidth 10, padding 3, spaces).

Input is what docker feeds its tabwriter: lines of tab-terminated cells. The
cell after a line's last tab is not part of any column and is never padded;
a tab-terminated cell is padded to its column's width, max(minwidth, widest
cell + padding). Columns are "elastic": a column runs over consecutive lines
that all have a cell in it, so a line with fewer cells ends the columns it lacks.

The usual table (every line with the same number of cells, plain printable
ASCII) is rendered by tabulate. Irregular input, which tabulate has no notion
of, and text whose display width is not its length (East Asian wide characters,
combining marks, control characters) go through `_elastic`, a port of Go's
text/tabwriter format() that measures text as go-runewidth does. Both agree on
the input they share (tested).
"""

import unicodedata

MINWIDTH = 10
PADDING = 3


def char_width(char):
    """go-runewidth's RuneWidth: 0 for controls and combining marks, 2 for wide, else 1."""
    code = ord(char)
    if code < 0x20 or 0x7F <= code < 0xA0:
        return 0
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text):
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(char_width(char) for char in text)


def format_table(text, minwidth=MINWIDTH, padding=PADDING):
    """Align tab-separated `text` as Go's tabwriter does; line ends are kept as they are."""
    if "\f" in text or "\v" in text:
        # \v ends a cell like \t; \f ends a line like \n and also every column, as a flush
        text = text.replace("\v", "\t")
        return "\n".join(format_table(section, minwidth, padding) for section in text.split("\f"))
    lines = text.split("\n")
    terminated = text.endswith("\n")
    rows = [line.split("\t") for line in (lines[:-1] if terminated else lines)]
    if not terminated and len(rows[-1]) > 1 and rows[-1][-1] == "":
        rows[-1].pop()   # Go: a tab at the very end starts no cell
    ncells = len(rows[0]) if rows else 0
    if ncells > 1 and all(len(row) == ncells for row in rows) and _tabulate_safe(rows):
        body = _tabulated(rows, minwidth, padding)
    else:
        body = _elastic(rows, minwidth, padding)
    return body + "\n" if terminated else body


def _tabulate_safe(rows):
    # tabulate measures width as length (or with wcwidth, when that is installed),
    # and treats ANSI escapes as invisible: only plain ASCII means the same to both.
    return all(cell.isascii() and cell.isprintable() for row in rows for cell in row)


def _tabulated(rows, minwidth, padding):
    from tabulate import DataRow, TableFormat, tabulate

    gap = " " * padding
    table_format = TableFormat(lineabove=None, linebelowheader=None, linebetweenrows=None,
                               linebelow=None, headerrow=DataRow("", gap, ""),
                               datarow=DataRow("", gap, ""), padding=0, with_header_hide=None)
    # tabulate has no minimum column width: widen the first row's cells to reach it
    first = [cell + " " * (minwidth - padding - display_width(cell)) for cell in rows[0][:-1]]
    cells = [first] + [row[:-1] for row in rows[1:]]
    options = dict(tablefmt=table_format, disable_numparse=True, stralign="left")
    try:
        aligned = tabulate(cells, preserve_whitespace=True, **options)
    except TypeError:
        # tabulate before 0.10 (the last for Python 3.9) has only a module-wide switch
        import tabulate as module

        saved, module.PRESERVE_WHITESPACE = module.PRESERVE_WHITESPACE, True
        try:
            aligned = tabulate(cells, **options)
        finally:
            module.PRESERVE_WHITESPACE = saved
    lines = aligned.split("\n")
    # tabulate strips each line's right end; the padded columns all end at the same width
    width = sum(max(display_width(cell) for cell in column) for column in zip(first, *rows[1:]))
    width += padding * (len(first) - 1)
    return "\n".join(line + " " * (width - display_width(line)) + gap + row[-1]
                     for line, row in zip(lines, rows))


def _elastic(rows, minwidth, padding):
    """Go's tabwriter.format() over `rows` (each a list of cells; the last cell unterminated)."""
    out = []
    widths = []

    def write_lines(line0, line1):
        for i in range(line0, line1):
            row = rows[i]
            for j, cell in enumerate(row):
                if j < len(row) - 1 and j < len(widths):
                    out.append(cell + " " * (widths[j] - display_width(cell)))
                else:
                    out.append(cell)
            if i + 1 < len(rows):
                out.append("\n")

    def format_block(line0, line1):
        column = len(widths)
        this = line0
        while this < line1:
            if column >= len(rows[this]) - 1:
                this += 1
                continue
            write_lines(line0, this)
            line0 = this
            width = minwidth
            while this < line1 and column < len(rows[this]) - 1:
                width = max(width, display_width(rows[this][column]) + padding)
                this += 1
            widths.append(width)
            format_block(line0, this)
            widths.pop()
            line0 = this
        write_lines(line0, line1)

    format_block(0, len(rows))
    return "".join(out)
