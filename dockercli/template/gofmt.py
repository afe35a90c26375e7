"""Go's fmt and strconv as templates use them: Sprint, Sprintf, Sprintln,
value printing, Go float formatting and string quoting.

The printer is a port of fmt/print.go and fmt/format.go over the value model
described in values.py.
"""

import math

from .strconv import can_backquote, is_print, quote, quote_ascii, quote_rune, to_rune
from .values import NOVALUE, NilPointer, Pointer, is_func, public_fields, sort_keys, type_name

def _shortest(f):
    """Shortest decimal digits and decimal point position of abs(f) > 0."""
    r = repr(abs(f))
    mant, _, exp = r.partition("e")
    whole, _, frac = mant.partition(".")
    digits = whole + frac
    dp = len(whole) + (int(exp) if exp else 0)
    stripped = digits.lstrip("0")
    dp -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    return digits, dp


def _exp_tail(exp, letter):
    sign = "-" if exp < 0 else "+"
    exp = abs(exp)
    return "%s%s%02d" % (letter, sign, exp)


def _hex_float(f, verb, prec):
    if f == 0:
        mant, exp = 0, 0
    else:
        m, e = math.frexp(abs(f))
        mant = int(m * (1 << 53))
        exp = e - 53
        # Normalise so that the leading hex digit is 1, as Go's %x does.
        while mant and mant & 1 == 0 and mant.bit_length() > 1:
            mant >>= 1
            exp += 1
    if mant == 0:
        body, e2 = "0", 0
    else:
        nbits = mant.bit_length()
        e2 = exp + nbits - 1
        frac = mant - (1 << (nbits - 1))
        fbits = nbits - 1
        pad = (-fbits) % 4
        frac <<= pad
        ndig = (fbits + pad) // 4
        hexd = ("%0*x" % (ndig, frac)) if ndig else ""
        if prec >= 0:
            if prec < len(hexd):
                whole = (1 << (4 * len(hexd))) + int(hexd, 16)
                shift = 4 * (len(hexd) - prec)
                q, rem = divmod(whole, 1 << shift)
                half = 1 << (shift - 1)
                if rem > half or (rem == half and q & 1):
                    q += 1
                if q >> (4 * prec) >= 2:
                    q >>= 1
                    e2 += 1
                hexd = ("%0*x" % (prec, q - (1 << (4 * prec)))) if prec else ""
            else:
                hexd = hexd + "0" * (prec - len(hexd))
        else:
            hexd = hexd.rstrip("0")
        body = "1" + ("." + hexd if hexd else "")
    if prec > 0 and mant == 0:
        body = "0." + "0" * prec
    s = "0x" + body + _exp_tail(e2, "p")
    if verb == "X":
        s = s.upper()
    return ("-" if math.copysign(1, f) < 0 else "") + s


def format_float(f, verb="g", prec=-1):
    """strconv.FormatFloat(f, verb, prec, 64)."""
    if f != f:
        return "NaN"
    if f in (math.inf, -math.inf):
        return "+Inf" if f > 0 else "-Inf"
    if verb in "xX":
        return _hex_float(f, verb, prec)
    neg = math.copysign(1.0, f) < 0
    sign = "-" if neg else ""
    if verb == "b":
        if f == 0:
            return sign + "0p-1074"
        m, e = math.frexp(abs(f))
        mant, exp = int(m * (1 << 53)), e - 53
        if exp < -1074:
            mant >>= -1074 - exp
            exp = -1074
        return "%s%dp%s%d" % (sign, mant, "-" if exp < 0 else "+", abs(exp))
    if prec >= 0:
        if verb in "gG" and prec == 0:
            prec = 1
        return ("%." + str(prec) + verb) % f
    if f == 0:
        digits, dp = "0", 1
    else:
        digits, dp = _shortest(f)
    if verb in "gG":
        exp = dp - 1
        if exp < -4 or exp >= _G_EPREC:
            verb = "e" if verb == "g" else "E"
        else:
            verb = "f"
    if verb in "eE":
        if f == 0:
            return sign + "0" + _exp_tail(0, verb)
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return sign + body + _exp_tail(dp - 1, verb)
    # 'f' with the shortest digits.
    if f == 0:
        return sign + "0"
    if dp <= 0:
        return sign + "0." + "0" * (-dp) + digits
    if dp >= len(digits):
        return sign + digits + "0" * (dp - len(digits))
    return sign + digits[:dp] + "." + digits[dp:]


# strconv's shortest %g switches to the exponent form from 1e+06 on.
_G_EPREC = 6


# --- the printer ---------------------------------------------------------------

_LDIGITS = "0123456789abcdefx"
_UDIGITS = "0123456789ABCDEFX"


class _Printer:
    __slots__ = (
        "buf", "wid", "prec", "wid_present", "prec_present", "minus", "plus",
        "sharp", "space", "zero", "plus_v", "sharp_v", "erroring", "arg", "deref",
    )

    def __init__(self):
        self.buf = []
        self.erroring = False
        self.arg = None
        self.deref = False
        self.clear()

    def clear(self):
        self.wid = self.prec = 0
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False

    # format.go
    def padding(self, n):
        if n > 0:
            self.buf.append(("0" if self.zero else " ") * n)

    def pad(self, s):
        if not self.wid_present or self.wid == 0:
            self.buf.append(s)
            return
        width = self.wid - len(s)
        if not self.minus:
            self.padding(width)
            self.buf.append(s)
        else:
            self.buf.append(s)
            self.padding(width)

    def fmt_boolean(self, v):
        self.pad("true" if v else "false")

    def fmt_unicode(self, u):
        u &= 0xFFFFFFFFFFFFFFFF
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        s = "U+" + ("%X" % u).rjust(prec, "0")
        if self.sharp and 0 <= u <= 0x10FFFF and not 0xD800 <= u <= 0xDFFF and is_print(chr(u)):
            s += " '" + chr(u) + "'"
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def fmt_integer(self, v, base, verb, digits):
        negative = v < 0
        u = -v if negative else v
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.padding(self.wid)
                self.zero = old
                return
        elif self.zero and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        else:
            prec = 0
        if base == 10:
            s = str(u)
        elif base == 16:
            s = ("%x" % u) if digits is _LDIGITS else ("%X" % u)
        elif base == 8:
            s = "%o" % u
        else:
            s = bin(u)[2:]
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8:
                if s[0] != "0":
                    s = "0" + s
            elif base == 16:
                s = "0" + digits[16] + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def truncate(self, s):
        if self.prec_present and self.prec < len(s):
            return s[:self.prec]
        return s

    def fmt_s(self, s):
        self.pad(self.truncate(s))

    def fmt_sbx(self, data, digits):
        length = len(data)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.padding(self.wid - width)
        out = []
        if self.sharp:
            out.append("0" + digits[16])
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append("0" + digits[16])
            c = data[i]
            out.append(digits[c >> 4] + digits[c & 0xF])
        self.buf.append("".join(out))
        if self.wid_present and self.wid > width and self.minus:
            self.padding(self.wid - width)

    def fmt_q(self, s):
        s = self.truncate(s)
        if self.sharp and can_backquote(s):
            self.pad("`" + s + "`")
            return
        self.pad(quote_ascii(s) if self.plus else quote(s))

    def fmt_c(self, c):
        self.pad(to_rune(c))

    def fmt_qc(self, c):
        self.pad(quote_rune(c, self.plus))

    def fmt_float_raw(self, v, verb, prec):
        if self.prec_present:
            prec = self.prec
        num = format_float(v, verb, prec)
        if num[0] in "-+":
            pass
        else:
            num = "+" + num
        if self.space and num[0] == "+" and not self.plus:
            num = " " + num[1:]
        if num[1] in "IN":
            old = self.zero
            self.zero = False
            if num[1] == "N" and not self.space and not self.plus:
                num = num[1:]
            self.pad(num)
            self.zero = old
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in "vgGx":
                digits = prec
                if digits == -1:
                    digits = 6
            tail = ""
            head = num
            has_dot = False
            saw_nonzero = False
            i = 1
            while i < len(head):
                ch = head[i]
                if ch == ".":
                    has_dot = True
                elif ch in "pP":
                    tail = head[i:]
                    head = head[:i]
                    break
                elif ch in "eE" and verb not in "xX":
                    tail = head[i:]
                    head = head[:i]
                    break
                else:
                    if ch != "0":
                        saw_nonzero = True
                    if saw_nonzero:
                        digits -= 1
                i += 1
            if not has_dot:
                if len(head) == 2 and head[1] == "0":
                    digits -= 1
                head += "."
            if digits > 0:
                head += "0" * digits
            num = head + tail
        if self.plus or num[0] != "+":
            if self.zero and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.padding(self.wid - len(num))
                self.buf.append(num[1:])
                return
            self.pad(num)
            return
        self.pad(num[1:])

    # print.go
    def bad_verb(self, verb):
        self.erroring = True
        self.buf.append("%!" + verb + "(")
        arg = self.arg
        if arg is not None and arg is not NOVALUE:
            self.buf.append(type_name(arg) + "=")
            self.print_arg(arg, "v")
        else:
            self.buf.append("<nil>")
        self.buf.append(")")
        self.erroring = False

    def fmt_bool(self, v, verb):
        if verb in "tv":
            self.fmt_boolean(v)
        else:
            self.bad_verb(verb)

    def fmt_int(self, v, verb):
        if verb in "vd":
            self.fmt_integer(v, 10, verb, _LDIGITS)
        elif verb == "b":
            self.fmt_integer(v, 2, verb, _LDIGITS)
        elif verb in "oO":
            self.fmt_integer(v, 8, verb, _LDIGITS)
        elif verb == "x":
            self.fmt_integer(v, 16, verb, _LDIGITS)
        elif verb == "X":
            self.fmt_integer(v, 16, verb, _UDIGITS)
        elif verb == "c":
            self.fmt_c(v)
        elif verb == "q":
            self.fmt_qc(v)
        elif verb == "U":
            self.fmt_unicode(v)
        else:
            self.bad_verb(verb)

    def fmt_float(self, v, verb):
        if verb == "v":
            self.fmt_float_raw(v, "g", -1)
        elif verb in "bgGxX":
            self.fmt_float_raw(v, verb, -1)
        elif verb in "feE":
            self.fmt_float_raw(v, verb, 6)
        elif verb == "F":
            self.fmt_float_raw(v, "f", 6)
        else:
            self.bad_verb(verb)

    def fmt_complex(self, v, verb):
        if verb in "vbgGxXfFeE":
            old = self.plus
            self.buf.append("(")
            self.fmt_float(v.real, verb)
            self.plus = True
            self.fmt_float(v.imag, verb)
            self.buf.append("i)")
            self.plus = old
        else:
            self.bad_verb(verb)

    def fmt_string(self, v, verb):
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(v.encode("utf-8", "surrogateescape"), _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(v.encode("utf-8", "surrogateescape"), _UDIGITS)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(verb)

    def fmt_bytes(self, v, verb):
        if verb in "vd":
            if self.sharp_v:
                self.buf.append("[]byte{" + ", ".join("0x%x" % c for c in v) + "}")
            else:
                self.buf.append("[")
                for i, c in enumerate(v):
                    if i:
                        self.buf.append(" ")
                    self.fmt_integer(c, 10, verb, _LDIGITS)
                self.buf.append("]")
        elif verb == "s":
            self.fmt_s(bytes(v).decode("utf-8", "replace"))
        elif verb == "x":
            self.fmt_sbx(v, _LDIGITS)
        elif verb == "X":
            self.fmt_sbx(v, _UDIGITS)
        elif verb == "q":
            self.fmt_q(bytes(v).decode("utf-8", "replace"))
        else:
            self.print_seq(list(v), verb, 0)

    def fmt_pointer(self, v, verb):
        u = 0 if isinstance(v, NilPointer) else id(v)
        if verb == "v":
            if self.sharp_v:
                self.buf.append("(" + type_name(v) + ")(" + ("0x%x" % u if u else "nil") + ")")
            elif u == 0:
                self.pad("<nil>")
            else:
                self.pad_hex(u, not self.sharp)
        elif verb == "p":
            self.pad_hex(u, not self.sharp)
        elif verb in "bodxX":
            self.fmt_int(u, verb)
        else:
            self.bad_verb(verb)

    def pad_hex(self, u, leading):
        sharp = self.sharp
        self.sharp = leading
        self.fmt_integer(u, 16, "v", _LDIGITS)
        self.sharp = sharp

    def handle_methods(self, arg, verb):
        """Stringer and error: a struct with its own __str__ prints through it."""
        if self.erroring or self.sharp_v or verb not in "vsxXq":
            return False
        cls = type(arg)
        if issubclass(cls, NilPointer):
            # String on a nil pointer panics; fmt prints <nil> for it
            elem = cls._elem_class
            if elem is None or elem.__str__ is object.__str__:
                return False
            self.buf.append("<nil>")
            return True
        if cls.__str__ is object.__str__ and not isinstance(arg, BaseException):
            return False
        try:
            text = str(arg)
        except Exception as e:  # noqa: BLE001 - Go prints a panicking String method this way
            self.buf.append("%!" + verb + "(PANIC=String method: " + str(e) + ")")
            return True
        self.fmt_string(text, verb)
        return True

    def print_arg(self, arg, verb):
        self.arg = arg
        if arg is None or arg is NOVALUE:
            if verb in "Tv":
                self.pad("<nil>")
            else:
                self.bad_verb(verb)
            return
        if verb == "T":
            self.fmt_s(type_name(arg))
            return
        if verb == "p":
            if isinstance(arg, (dict, list, tuple, bytes, bytearray, Pointer, NilPointer)) \
                    or is_func(arg) or getattr(type(arg), "__goptr__", False):
                self.fmt_pointer(arg, "p")
            else:
                self.bad_verb(verb)
            return
        t = type(arg)
        if t is str:
            self.fmt_string(arg, verb)
        elif t is int:
            self.fmt_int(arg, verb)
        elif t is bool:
            self.fmt_bool(arg, verb)
        elif t is float:
            self.fmt_float(arg, verb)
        else:
            if not self.handle_methods(arg, verb):
                self.print_value(arg, verb, 0)

    def print_value(self, v, verb, depth):
        if depth > 0 and self.handle_methods(v, verb):
            return
        self.arg = v
        if v is None or v is NOVALUE:
            # A nil inside a map or slice is a nil interface: printed whatever the verb.
            self.buf.append("interface {}(nil)" if self.sharp_v else "<nil>")
        elif isinstance(v, bool):
            self.fmt_bool(v, verb)
        elif isinstance(v, int):
            self.fmt_int(int(v), verb)
        elif isinstance(v, float):
            self.fmt_float(float(v), verb)
        elif isinstance(v, complex):
            self.fmt_complex(v, verb)
        elif isinstance(v, str):
            self.fmt_string(str(v), verb)
        elif isinstance(v, (bytes, bytearray)):
            self.fmt_bytes(v, verb)
        elif isinstance(v, dict):
            if self.sharp_v:
                self.buf.append(type_name(v) + "{")
            else:
                self.buf.append("map[")
            for i, k in enumerate(sort_keys(v)):
                if i:
                    self.buf.append(", " if self.sharp_v else " ")
                self.print_value(k, verb, depth + 1)
                self.buf.append(":")
                self.print_value(v[k], verb, depth + 1)
            self.buf.append("}" if self.sharp_v else "]")
        elif isinstance(v, (list, tuple)):
            self.print_seq(v, verb, depth)
        elif is_func(v) or isinstance(v, (Pointer, NilPointer)):
            # a pointer to a value that is not a struct prints as an address
            self.fmt_pointer(v, verb)
        else:
            struct_type = type_name(v)
            if getattr(type(v), "__goptr__", False):
                # A pointer to a struct: &{...} at top level, an address inside
                # other values; a template action prints what it points to.
                if depth > 0:
                    self.fmt_pointer(v, verb)
                    return
                struct_type = struct_type[1:]
                if not self.deref:
                    self.buf.append("&")
                    depth = 1
            fields = public_fields(v)
            if self.sharp_v:
                self.buf.append(struct_type)
            self.buf.append("{")
            for i, (name, x) in enumerate(fields):
                if i:
                    self.buf.append(", " if self.sharp_v else " ")
                if self.plus_v or self.sharp_v:
                    self.buf.append(name + ":")
                self.print_value(x, verb, depth + 1)
            self.buf.append("}")

    def print_seq(self, v, verb, depth):
        if self.sharp_v:
            self.buf.append(type_name(v) + "{")
            for i, x in enumerate(v):
                if i:
                    self.buf.append(", ")
                self.print_value(x, verb, depth + 1)
            self.buf.append("}")
            return
        self.buf.append("[")
        for i, x in enumerate(v):
            if i:
                self.buf.append(" ")
            self.print_value(x, verb, depth + 1)
        self.buf.append("]")

    def do_printf(self, fmt, args):
        end = len(fmt)
        argnum = 0
        after_index = False
        reordered = False
        i = 0
        nargs = len(args)
        buf = self.buf
        while i < end:
            good_argnum = True
            lasti = i
            i = fmt.find("%", i)
            if i < 0:
                i = end
            if i > lasti:
                buf.append(fmt[lasti:i])
            if i >= end:
                break
            i += 1
            self.clear()
            simple = False
            while i < end:
                c = fmt[i]
                if c == "#":
                    self.sharp = True
                elif c == "0":
                    self.zero = not self.minus
                elif c == "+":
                    self.plus = True
                elif c == "-":
                    self.minus = True
                    self.zero = False
                elif c == " ":
                    self.space = True
                else:
                    if "a" <= c <= "z" and argnum < nargs:
                        if c == "v":
                            self.sharp_v = self.sharp
                            self.sharp = False
                            self.plus_v = self.plus
                            self.plus = False
                        self.print_arg(args[argnum], c)
                        argnum += 1
                        i += 1
                        simple = True
                    break
                i += 1
            if simple:
                continue

            argnum, i, after_index, ok, r = self._arg_number(argnum, fmt, i, nargs)
            reordered |= r
            good_argnum &= ok
            if i < end and fmt[i] == "*":
                i += 1
                self.wid, self.wid_present, argnum = _int_from_arg(args, argnum)
                if not self.wid_present:
                    buf.append("%!(BADWIDTH)")
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    good_argnum = False
            if i + 1 < end and fmt[i] == ".":
                i += 1
                if after_index:
                    good_argnum = False
                argnum, i, after_index, ok, r = self._arg_number(argnum, fmt, i, nargs)
                reordered |= r
                good_argnum &= ok
                if i < end and fmt[i] == "*":
                    i += 1
                    self.prec, self.prec_present, argnum = _int_from_arg(args, argnum)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        buf.append("%!(BADPREC)")
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True
            if not after_index:
                argnum, i, after_index, ok, r = self._arg_number(argnum, fmt, i, nargs)
                reordered |= r
                good_argnum &= ok
            if i >= end:
                buf.append("%!(NOVERB)")
                break
            verb = fmt[i]
            i += 1
            if verb == "%":
                buf.append("%")
            elif not good_argnum:
                buf.append("%!" + verb + "(BADINDEX)")
            elif argnum >= nargs:
                buf.append("%!" + verb + "(MISSING)")
            else:
                if verb == "v":
                    self.sharp_v = self.sharp
                    self.sharp = False
                    self.plus_v = self.plus
                    self.plus = False
                self.print_arg(args[argnum], verb)
                argnum += 1
        if not reordered and argnum < nargs:
            self.clear()
            buf.append("%!(EXTRA ")
            for j, arg in enumerate(args[argnum:]):
                if j:
                    buf.append(", ")
                if arg is None or arg is NOVALUE:
                    buf.append("<nil>")
                else:
                    buf.append(type_name(arg) + "=")
                    self.print_arg(arg, "v")
            buf.append(")")

    @staticmethod
    def _arg_number(argnum, fmt, i, nargs):
        """Returns (argnum, i, found, ok, reordered) for an optional [n]."""
        if i >= len(fmt) or fmt[i] != "[":
            return argnum, i, False, True, False
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < nargs:
            return index, i + wid, True, True, True
        return argnum, i + wid, ok, False, True


def _parsenum(s, start, end):
    if start >= end:
        return 0, False, end
    i = start
    num = 0
    present = False
    while i < end and "0" <= s[i] <= "9":
        if num > 1000000:
            return 0, False, end
        num = num * 10 + ord(s[i]) - 48
        present = True
        i += 1
    return num, present, i


def _parse_arg_number(s):
    if len(s) < 3:
        return 0, 1, False
    for i in range(1, len(s)):
        if s[i] == "]":
            width, ok, newi = _parsenum(s, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


def _int_from_arg(args, argnum):
    if argnum < len(args):
        a = args[argnum]
        if isinstance(a, int) and not isinstance(a, bool) and -1000000 <= a <= 1000000:
            return a, True, argnum + 1
        return 0, False, argnum + 1
    return 0, False, argnum


# --- public entry points -----------------------------------------------------

def sprint(args, deref=False):
    """fmt.Sprint: a space between operands when neither is a string.

    deref prints pointers as what they point to, as text/template's
    printableValue hands them to fmt (html, js, urlquery)."""
    p = _Printer()
    if deref:
        p.deref = True
        args = [a._elem if isinstance(a, Pointer) else a for a in args]
    prev_string = False
    for i, arg in enumerate(args):
        is_string = isinstance(arg, str)
        if i > 0 and not is_string and not prev_string:
            p.buf.append(" ")
        p.print_arg(arg, "v")
        prev_string = is_string
    return "".join(p.buf)


def sprintln(args):
    p = _Printer()
    for i, arg in enumerate(args):
        if i > 0:
            p.buf.append(" ")
        p.print_arg(arg, "v")
    p.buf.append("\n")
    return "".join(p.buf)


def sprintf(fmt, args):
    p = _Printer()
    p.do_printf(fmt, args)
    return "".join(p.buf)


def to_text(v):
    """fmt.Fprint of a single value, as an action prints it."""
    t = type(v)
    if t is str:
        return v
    if t is int:
        return str(v)
    if t is bool:
        return "true" if v else "false"
    if t is float:
        return format_float(v, "g", -1)
    if v is None:
        return "<nil>"
    if isinstance(v, Pointer):
        return to_text(v._elem)   # printableValue goes through the pointer
    p = _Printer()
    p.deref = True
    p.print_arg(v, "v")
    return "".join(p.buf)
