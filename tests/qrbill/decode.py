#!/usr/bin/env python3
"""Decodes the QR code in a PNG (a rendered QR-bill page) with zxing-cpp.

Usage: decode.py <png>

Prints the code's text to stdout exactly (UTF-8, no newline added) and its error correction
level to stderr as "ec_level=<level>". Exits 1 when the image holds no QR code or more than one.
zxing-cpp, not zbar: zbar fails on most QR-bills because the Swiss cross covers the centre.
"""
import sys

import zxingcpp
from PIL import Image


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    codes = zxingcpp.read_barcodes(Image.open(sys.argv[1]), formats=zxingcpp.BarcodeFormat.QRCode)
    if len(codes) != 1:
        print(f"expected one QR code in {sys.argv[1]}, found {len(codes)}", file=sys.stderr)
        return 1
    code = codes[0]
    # The raw content bytes are the UTF-8 the bill put in (coding type 1); zxing's text is
    # its own guess at the character set, used only if the bytes are not UTF-8.
    try:
        text = bytes(code.bytes).decode("utf-8")
    except UnicodeDecodeError:
        text = code.text
    print(f"ec_level={code.ec_level}", file=sys.stderr)
    sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
