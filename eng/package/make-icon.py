"""Draws the package icon (icon.png, 128x128): a check mark over a bar chart. Standard library only."""
import struct
import zlib

SIZE = 128
BACKGROUND = (24, 62, 110)
BAR = (120, 170, 220)
MARK = (255, 255, 255)


def inside_mark(x, y):
    # Two thick strokes: (30,66)->(54,92) and (54,92)->(100,38).
    def near(ax, ay, bx, by, width):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        px, py = ax + t * dx, ay + t * dy
        return (x - px) ** 2 + (y - py) ** 2 <= width * width
    return near(30, 66, 54, 92, 8) or near(54, 92, 100, 38, 8)


def pixel(x, y):
    corner = 18
    cx = min(max(x, corner), SIZE - 1 - corner)
    cy = min(max(y, corner), SIZE - 1 - corner)
    if (x - cx) ** 2 + (y - cy) ** 2 > corner * corner:
        return (0, 0, 0, 0)
    if inside_mark(x, y):
        return MARK + (255,)
    for left, top in ((20, 80), (44, 60), (68, 70), (92, 44)):
        if left <= x < left + 16 and top <= y < 108:
            return BAR + (255,)
    return BACKGROUND + (255,)


rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
with open("icon.png", "wb") as f:
    f.write(png)
