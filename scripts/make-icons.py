"""Draws the CaseLens icon (a lens over a line of text) as PNGs in public/icon, without
image libraries: a tiny rasteriser and zlib. Run: python3 scripts/make-icons.py"""
import struct, zlib, math, os

def png(size):
    s = size
    px = []
    cx, cy, r = s * 0.42, s * 0.42, s * 0.30
    for y in range(s):
        row = bytearray([0])
        for x in range(s):
            fx, fy = x + 0.5, y + 0.5
            bg = (11, 87, 208, 255)  # rounded square, CaseLens blue
            rad = s * 0.18
            dx = max(rad - fx, 0, fx - (s - rad)); dy = max(rad - fy, 0, fy - (s - rad))
            col = bg if dx * dx + dy * dy <= rad * rad else (0, 0, 0, 0)
            d = math.hypot(fx - cx, fy - cy)
            if col[3] and d <= r:
                col = (255, 255, 255, 255)
                # three "text" lines inside the lens
                for i, ly in enumerate((cy - r * 0.35, cy, cy + r * 0.35)):
                    if abs(fy - ly) < max(s * 0.035, 0.6) and abs(fx - cx) < r * (0.6 if i != 1 else 0.45):
                        col = (11, 87, 208, 255)
            if col[3] and r < d <= r + max(s * 0.07, 1.2):
                col = (255, 210, 63, 255)
            # handle
            t = ((fx - cx) + (fy - cy)) / 2
            if col[3] and t > r * 0.75 and t < r * 1.75 and abs((fx - cx) - (fy - cy)) < max(s * 0.11, 1.5):
                col = (255, 210, 63, 255)
            row += bytes(col)
        px.append(bytes(row))
    raw = b''.join(px)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', s, s, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

os.makedirs('public/icon', exist_ok=True)
for size in (16, 32, 48, 128):
    with open(f'public/icon/{size}.png', 'wb') as f:
        f.write(png(size))
print('icons written to public/icon')
