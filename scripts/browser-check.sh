#!/usr/bin/env bash
# Renders each sample's timeline SVG, the two-article story and the HTML report in headless
# Chromium, and checks each screenshot is not blank, each file is well-formed XML, and no
# two timeline labels overlap (from the SVG geometry). The PNGs are left in Output/.
#
#   scripts/browser-check.sh            # builds annals with the default scratch path
#   ANNALS_SCRATCH=.build-x scripts/browser-check.sh
#
# Installs Chromium with apt-get when it is missing and we are root. Exits non-zero on the
# first failed check, naming the file.
set -euo pipefail
cd "$(dirname "$0")/.."

find_chromium() {
  for c in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
  done
  return 1
}

CHROME=$(find_chromium || true)
if [ -z "$CHROME" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser-check: installing chromium" >&2
  apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; } || true
  CHROME=$(find_chromium || true)
fi
if [ -z "$CHROME" ]; then
  echo "browser-check: no Chromium found (install chromium, or run as root to let this script install it)" >&2
  exit 1
fi

SCRATCH=${ANNALS_SCRATCH:-.build}
swift build --scratch-path "$SCRATCH" --product annals >/dev/null
BIN="$SCRATCH/debug/annals"
OUT=Output
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# name<TAB>file: every picture to check.
LIST="$TMP/list"
: >"$LIST"
for f in Samples/*.txt Samples/*.html Samples/*.tml; do
  name=$(basename "$f")
  name=${name%.*}
  "$BIN" timeline "$f" --format svg -o "$OUT/$name.timeline.svg" 2>/dev/null || true
  printf '%s\t%s\n' "$name.timeline" "$OUT/$name.timeline.svg" >>"$LIST"
done
"$BIN" timeline Samples/07a_*.txt Samples/07b_*.html --format svg --lanes document -o "$OUT/story.timeline.svg" 2>/dev/null || true
printf '%s\t%s\n' story.timeline "$OUT/story.timeline.svg" >>"$LIST"
"$BIN" report Samples -o "$OUT/report.html" 2>/dev/null || true
printf '%s\t%s\n' report "$OUT/report.html" >>"$LIST"
SEED=../shared/seeds/000_d7fbd3b75d1f8c81.txt
if [ -f "$SEED" ]; then
  "$BIN" timeline "$SEED" --format svg -o "$TMP/seed.timeline.svg" 2>/dev/null || true
  "$BIN" report "$SEED" -o "$TMP/seed.report.html" 2>/dev/null || true
  printf '%s\t%s\n' seed.timeline "$TMP/seed.timeline.svg" seed.report "$TMP/seed.report.html" >>"$LIST"
fi
# Thirty MEANTIME articles: the story's report and timeline must read on one page width.
DEV=../shared/data/meantime-dev.jsonl
if [ -f "$DEV" ]; then
  "$BIN" timeline --jsonl "$DEV" --format svg -o "$TMP/dev30.timeline.svg" 2>/dev/null || true
  "$BIN" report --jsonl "$DEV" -o "$TMP/dev30.report.html" 2>/dev/null || true
  printf '%s\t%s\n' dev30.timeline "$TMP/dev30.timeline.svg" dev30.report "$TMP/dev30.report.html" >>"$LIST"
fi

exec python3 - "$CHROME" "$LIST" "$OUT" "$TMP" <<'PY'
import os, struct, subprocess, sys, zlib
import xml.etree.ElementTree as ET

chrome, listing, out, tmp = sys.argv[1:5]
SVG = "{http://www.w3.org/2000/svg}"

def fail(msg):
    print("browser-check: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)

def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA PNG (what Chromium writes): width, height, channels, rows."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(path + " is not a PNG")
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        fail("%s: unsupported PNG (depth %d, color type %d)" % (path, depth, ctype))
    ch = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * ch
    prev = bytearray(stride)
    rows = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(ch, stride):
                line[i] = (line[i] + line[i - ch]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - ch] if i >= ch else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - ch] if i >= ch else 0
                b = prev[i]
                c = prev[i - ch] if i >= ch else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(line)
        prev = line
    return w, h, ch, rows

def ink(path):
    """Share of pixels that are not (near) white."""
    w, h, ch, rows = png_pixels(path)
    dark = 0
    for line in rows:
        for i in range(0, len(line), ch):
            if min(line[i], line[i + 1], line[i + 2]) < 230:
                dark += 1
    return dark, w * h

def label_overlaps(root):
    boxes = []
    for r in root.iter(SVG + "rect"):
        if r.get("class") == "label-box":
            boxes.append(tuple(float(r.get(k)) for k in ("x", "y", "width", "height")))
    bad = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]:
                bad.append((a, b))
    return len(boxes), bad

def shoot(path, png, width, height):
    cmd = [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
           "--user-data-dir=" + os.path.join(tmp, "profile"), "--default-background-color=ffffffff",
           "--screenshot=" + os.path.abspath(png), "--window-size=%d,%d" % (min(width, 6000), min(height, 6000)),
           "file://" + os.path.abspath(path)]
    if os.path.exists(png):
        os.remove(png)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
    if not os.path.isfile(png):
        fail("Chromium wrote no screenshot for " + path)

# The detector itself must be able to fail: an empty white page has to read as blank.
blank = os.path.join(tmp, "blank.svg")
with open(blank, "w", encoding="utf-8") as f:
    f.write('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#fff"/></svg>')
shoot(blank, os.path.join(tmp, "blank.png"), 416, 216)
if ink(os.path.join(tmp, "blank.png"))[0] >= 500:
    fail("the blank-page detector does not see a white page as blank")

checked = 0
for line in open(listing, encoding="utf-8"):
    name, path = line.rstrip("\n").split("\t")
    if not os.path.isfile(path):
        fail(path + " was not written")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        fail("%s is not well-formed XML: %s" % (path, e))
    if path.endswith(".svg"):
        n, bad = label_overlaps(root)
        if bad:
            fail("%s: %d overlapping label pairs, first %r" % (path, len(bad), bad[0]))
        width = int(float(root.get("width", "800"))) + 16
        height = int(float(root.get("height", "600"))) + 16
    else:
        text = open(path, encoding="utf-8").read().lower()
        for bad in ("http:", "https:", "src=", "href=", "url(", "<script", "<link"):
            if bad in text:
                fail("%s holds an external reference or script: %s" % (path, bad))
        width, height = 1280, 2400
    png = os.path.join(out, name + ".png")
    shoot(path, png, width, height)
    dark, total = ink(png)
    share = dark / total
    if dark < 500 or share < 0.002:
        fail("%s looks blank: %d of %d pixels are not white" % (png, dark, total))
    print("browser-check: ok %-45s %5.1f%% ink  %s" % (name, 100 * share, png))
    checked += 1
print("browser-check: %d pictures rendered in Chromium, none blank" % checked)
PY
