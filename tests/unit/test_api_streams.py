"""dockercli.api.streams: JSON streams and the multiplexed frame format, cut anywhere."""

import json
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dockercli.api.streams import (STDERR, STDIN, STDOUT, SYSTEM_ERROR, FrameDecoder, iter_frames,
                                   iter_json)

# a pull-like stream: objects with nested values, escapes and multi-byte UTF-8
OBJECTS = [
    {"status": "Pulling from library/busybox", "id": "latest"},
    {"status": "Downloading", "progressDetail": {"current": 1024, "total": 2048},
     "progress": "[=====>     ] 1.024kB/2.048kB", "id": "a1b2"},
    {"stream": "Step 1/2 : FROM busybox\n"},
    {"status": "héllo wörld ✓ 日本語 🐳", "quote": "a\"b\\c", "list": [1, 2.5, None, True]},
    {"errorDetail": {"message": "boom"}, "error": "boom"},
]


def encode(objects, separator=b"\r\n"):
    return separator.join(json.dumps(o, ensure_ascii=False).encode() for o in objects) + separator


def collect(chunks):
    return list(iter_json(chunks))


# --- iter_json -----------------------------------------------------------------------------

def test_one_chunk():
    assert collect([encode(OBJECTS)]) == OBJECTS


def test_split_at_every_byte_boundary():
    data = encode(OBJECTS)
    for cut in range(1, len(data)):
        assert collect([data[:cut], data[cut:]]) == OBJECTS, cut


def test_split_at_every_pair_of_boundaries_inside_multibyte_text():
    data = encode(OBJECTS[3:4], separator=b"")
    for first in range(1, len(data)):
        for second in range(first, len(data)):
            chunks = [data[:first], data[first:second], data[second:]]
            assert collect(chunks) == OBJECTS[3:4], (first, second)


def test_one_byte_chunks():
    data = encode(OBJECTS)
    assert collect([data[i:i + 1] for i in range(len(data))]) == OBJECTS


def test_concatenated_without_separators():
    assert collect([encode(OBJECTS, separator=b"")]) == OBJECTS


@pytest.mark.parametrize("separator", [b" ", b"\n", b"\r\n", b"\t \n\n  ", b""])
def test_whitespace_between_values(separator):
    data = b"  \n" + separator.join(json.dumps(o).encode() for o in OBJECTS) + b" \n\t"
    assert collect([data]) == OBJECTS


def test_empty_chunks_are_skipped():
    data = encode(OBJECTS[:2])
    assert collect([b"", data[:5], b"", data[5:], b""]) == OBJECTS[:2]


def test_empty_stream():
    assert collect([]) == []
    assert collect([b"", b"  \n"]) == []


def test_scalar_and_array_values():
    assert collect([b'[1,{"a":[]}] "s" true null {}']) == [[1, {"a": []}], "s", True, None, {}]


def test_truncated_stream_raises_after_the_complete_values():
    stream = iter_json([b'{"a":1}\n{"b":', b'[1,2'])
    assert next(stream) == {"a": 1}
    with pytest.raises(ValueError, match=r"^truncated JSON stream: '\{\"b\":\[1,2'$"):
        next(stream)


def test_truncated_inside_a_multibyte_character_raises():
    data = '{"s":"日"}'.encode()
    with pytest.raises(ValueError, match="truncated JSON stream"):
        collect([data[:7]])


def test_garbage_raises():
    with pytest.raises(ValueError):
        collect([b'{"a":1} nope'])


def test_invalid_utf8_inside_the_stream_raises():
    with pytest.raises(ValueError):
        collect([b'{"a":"\xff\xfe\xfd\xfc\xfb\xfa"}'])


def test_number_split_across_chunks():
    assert collect([b"1", b"2 34"]) == [12, 34]


JSON_SCALARS = st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=6)
JSON_VALUES = JSON_SCALARS | st.lists(JSON_SCALARS, max_size=3) | st.dictionaries(
    st.text(max_size=3), JSON_SCALARS, max_size=3)


@settings(max_examples=50, deadline=None)
@given(values=st.lists(st.dictionaries(st.text(max_size=4), JSON_VALUES, max_size=3), max_size=4),
       separators=st.lists(st.sampled_from(["", " ", "\n", "\r\n", "\t"]), min_size=4,
                           max_size=4),
       cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=8),
       ascii_only=st.booleans())
def test_objects_survive_any_cutting(values, separators, cuts, ascii_only):
    text = "".join(json.dumps(v, ensure_ascii=ascii_only) + separators[i]
                   for i, v in enumerate(values))
    data = text.encode()
    points = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0] + points, points + [len(data)])]
    assert collect(chunks) == values


# --- frames --------------------------------------------------------------------------------

def frame(stream_id, payload):
    return struct.pack(">BxxxL", stream_id, len(payload)) + payload


FRAMES = [(STDOUT, b"hello\n"), (STDERR, b"warning: \xe2\x9c\x93\n"), (STDOUT, b""),
          (STDIN, b"in"), (SYSTEM_ERROR, b"exec failed"), (STDOUT, b"x" * 300)]


def test_stream_ids():
    assert (STDIN, STDOUT, STDERR, SYSTEM_ERROR) == (0, 1, 2, 3)


def test_frame_header_layout():
    assert frame(2, b"ab") == b"\x02\x00\x00\x00\x00\x00\x00\x02ab"


def test_frames_in_one_chunk():
    data = b"".join(frame(i, p) for i, p in FRAMES)
    assert list(iter_frames([data])) == FRAMES


def test_frames_split_at_every_byte_boundary():
    data = b"".join(frame(i, p) for i, p in FRAMES)
    for cut in range(len(data) + 1):
        assert list(iter_frames([data[:cut], data[cut:]])) == FRAMES, cut


def test_frames_one_byte_at_a_time():
    data = b"".join(frame(i, p) for i, p in FRAMES)
    assert list(iter_frames([data[i:i + 1] for i in range(len(data))])) == FRAMES


def test_size_is_big_endian_32_bit():
    payload = b"z" * 0x10203
    data = frame(1, payload)
    assert data[:8] == b"\x01\x00\x00\x00\x00\x01\x02\x03"
    assert list(iter_frames([data])) == [(1, payload)]


def test_zero_length_frames():
    assert list(iter_frames([frame(1, b"") * 3])) == [(1, b"")] * 3


def test_decoder_keeps_partial_data_pending():
    decoder = FrameDecoder()
    data = frame(1, b"abcdef")
    assert decoder.feed(data[:3]) == []
    assert decoder.pending == 3
    assert decoder.feed(data[3:10]) == []
    assert decoder.pending == 10
    assert decoder.feed(data[10:] + frame(2, b"x")[:4]) == [(1, b"abcdef")]
    assert decoder.pending == 4


@pytest.mark.parametrize("data, left", [
    (frame(1, b"abc")[:5], 5),          # inside the header
    (frame(1, b"abc")[:10], 10),        # inside the payload
    (frame(1, b"ok") + b"\x01\x00", 2),
])
def test_truncated_frame_stream_raises(data, left):
    frames = iter_frames([data])
    with pytest.raises(ValueError, match="^truncated multiplexed stream: %d bytes left$" % left):
        list(frames)


def test_truncated_stream_yields_complete_frames_first():
    frames = iter_frames([frame(1, b"ok") + frame(2, b"cut")[:9]])
    assert next(frames) == (1, b"ok")
    with pytest.raises(ValueError):
        next(frames)


@settings(max_examples=80, deadline=None)
@given(frames=st.lists(st.tuples(st.integers(0, 3), st.binary(max_size=40)), max_size=8),
       cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=10))
def test_frames_survive_any_cutting(frames, cuts):
    data = b"".join(frame(i, p) for i, p in frames)
    points = sorted({min(c, len(data)) for c in cuts})
    chunks = [data[a:b] for a, b in zip([0] + points, points + [len(data)])]
    assert list(iter_frames(chunks)) == frames
