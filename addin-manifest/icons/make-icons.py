#!/usr/bin/env python3
"""Draws the add-in icons as PNG files with the standard library only (no Pillow, no ImageMagick), so they can be
regenerated anywhere: a white "KI" monogram on the city blue, drawn with 4x4 supersampling for smooth edges.

Usage: python3 addin-manifest/icons/make-icons.py   (writes into addin-manifest/unified and src/KiOfficeAddin.Api/wwwroot/assets)
"""
import pathlib
import struct
import zlib

BLUE = (0x1F, 0x5A, 0xA6)
WHITE = (0xFF, 0xFF, 0xFF)

# 5x7 "K", one blank column, 3x7 "I": a 9x7 cell grid.
GLYPH = [
    "1...1.111",
    "1..1...1.",
    "1.1....1.",
    "11.....1.",
    "1.1....1.",
    "1..1...1.",
    "1...1.111",
]


def png(path, size, pixels):
    """pixels(x, y) -> (r, g, b, a) with 0..255 components; writes an 8-bit RGBA PNG."""
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter type None
        for x in range(size):
            raw.extend(pixels(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def in_glyph(u, v):
    """u, v in 0..1 over the glyph box."""
    if not (0 <= u < 1 and 0 <= v < 1):
        return False
    return GLYPH[int(v * 7)][int(u * 9)] == "1"


def in_rounded_square(u, v, radius):
    if not (0 <= u <= 1 and 0 <= v <= 1):
        return False
    cu = min(max(u, radius), 1 - radius)
    cv = min(max(v, radius), 1 - radius)
    return (u - cu) ** 2 + (v - cv) ** 2 <= radius ** 2


def icon(size, background, glyph_width):
    """background: 'full' (opaque square), 'rounded' (blue rounded square on transparent), 'none' (white glyph only)."""
    gw = glyph_width
    gh = gw * 7 / 9
    gx, gy = (1 - gw) / 2, (1 - gh) / 2
    n = 4

    def pixel(x, y):
        glyph = back = 0
        for sy in range(n):
            for sx in range(n):
                u, v = (x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size
                if in_glyph((u - gx) / gw, (v - gy) / gh):
                    glyph += 1
                elif background == "full" or (background == "rounded" and in_rounded_square(u, v, 0.18)):
                    back += 1
        total = n * n
        alpha = (glyph + back) / total
        if alpha == 0:
            return (0, 0, 0, 0)
        colour = [(WHITE[i] * glyph + BLUE[i] * back) / (glyph + back) for i in range(3)]
        return (round(colour[0]), round(colour[1]), round(colour[2]), round(alpha * 255))

    return pixel


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    unified = root / "addin-manifest" / "unified"
    assets = root / "src" / "KiOfficeAddin.Api" / "wwwroot" / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    png(unified / "color.png", 192, icon(192, "full", 0.56))
    png(unified / "outline.png", 32, icon(32, "none", 0.84))
    for size in (16, 32, 80):
        png(assets / f"icon-{size}.png", size, icon(size, "rounded", 0.62))


if __name__ == "__main__":
    main()
