"""docker's sort orders: fvbommel/sortorder's NaturalLess ("vol2" before "vol10")."""

from functools import cmp_to_key


def natural_less(first, second):
    """sortorder.NaturalLess on the UTF-8 bytes of two strings."""
    a, b = first.encode("utf-8", "surrogateescape"), second.encode("utf-8", "surrogateescape")
    i = j = 0
    while i < len(a) and j < len(b):
        digit_a, digit_b = 48 <= a[i] <= 57, 48 <= b[j] <= 57
        if digit_a != digit_b:
            return digit_a   # digits sort before other characters
        if not digit_a:
            if a[i] != b[j]:
                return a[i] < b[j]
            i += 1
            j += 1
            continue
        while i < len(a) and a[i] == 48:
            i += 1
        while j < len(b) and b[j] == 48:
            j += 1
        start_a, start_b = i, j
        while i < len(a) and 48 <= a[i] <= 57:
            i += 1
        while j < len(b) and 48 <= b[j] <= 57:
            j += 1
        if i - start_a != j - start_b:
            return i - start_a < j - start_b
        if a[start_a:i] != b[start_b:j]:
            return a[start_a:i] < b[start_b:j]
        if start_a != start_b:
            return start_a < start_b   # fewer leading zeros first
    return len(a) < len(b)


natural_key = cmp_to_key(lambda x, y: -1 if natural_less(x, y) else (1 if natural_less(y, x) else 0))
