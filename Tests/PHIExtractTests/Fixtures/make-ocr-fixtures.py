#!/usr/bin/python3
"""Makes the OCR, TNEF and legacy-Office test fixtures in this folder (see README.md).

Needs Debian's python3-pil and fonts-dejavu-core, and LibreOffice (libreoffice-writer-nogui,
libreoffice-calc-nogui) for the .doc and .xls. Run it from anywhere:
    /usr/bin/python3 Tests/PHIExtractTests/Fixtures/make-ocr-fixtures.py
Everything written is made up; the SSN is the project's usual test value.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["SSN 536-90-4399 DOB 03/14/1961", "diagnosis: type 2 diabetes"]


def text_image(lines, size=(620, 110), points=28, mode="1"):
    """Black text on white, one line per 45 pixels."""
    font = ImageFont.truetype(FONT, points)
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((16, 14 + i * 45), line, font=font, fill=0)
    return img.convert(mode) if mode != "L" else img


def tnef(attachments, body):
    """A TNEF stream (MS-OXTNEF): message attributes, a plain-text body, then each attachment."""
    def attr(level, atype, aid, data):
        return struct.pack("<BIi", level, (atype << 16) | aid, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += attr(1, 0x0008, 0x9006, struct.pack("<I", 0x00010000))      # attTnefVersion
    out += attr(1, 0x0006, 0x9007, struct.pack("<II", 1252, 0))         # attOemCodepage
    out += attr(1, 0x0007, 0x8008, b"IPM.Microsoft Mail.Note\0")         # attMessageClass
    out += attr(1, 0x0001, 0x8004, b"Lab results\0")                     # attSubject
    out += attr(1, 0x0002, 0x800C, body + b"\0")                         # attBody
    for name, data in attachments:
        out += attr(2, 0x0006, 0x9002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0))  # attAttachRendData
        out += attr(2, 0x0001, 0x8010, name + b"\0")                     # attAttachTitle
        out += attr(2, 0x0006, 0x800F, data)                             # attAttachData
    return out


def office(source_name, text, fmt):
    """Converts a text/CSV file to a legacy Office format with LibreOffice."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: legacy Office fixtures not made", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / source_name
        src.write_text(text)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", fmt, "--outdir", tmp, str(src)], check=True, capture_output=True)
        return (Path(tmp) / (src.stem + "." + fmt.split(":")[0])).read_bytes()


def main():
    text_image(LINES).save(HERE / "ocr-note.png", optimize=True)
    Image.new("RGB", (32, 32), (200, 30, 30)).save(HERE / "tiny-logo.png", optimize=True)
    pages = [text_image([f"FAX page {n} of 2", LINES[n - 1]], size=(1100, 110)) for n in (1, 2)]
    pages[0].save(HERE / "fax-2page.tif", save_all=True, append_images=pages[1:], compression="group4", dpi=(204, 196))
    scans = [text_image([line], size=(620, 70), mode="L") for line in LINES]
    scans[0].save(HERE / "scanned.pdf", save_all=True, append_images=scans[1:], resolution=96)
    csv = b"Name,SSN,DOB,Diagnosis\r\nJane Roe,536-90-4399,03/14/1961,type 2 diabetes\r\n"
    (HERE / "winmail.dat").write_bytes(tnef([(b"patients.csv", csv)], b"Please see the attached list.\r\n"))
    # antiword refuses a document whose text stream is under a few hundred bytes: add a paragraph.
    filler = "The patient was seen in clinic today for a routine follow-up visit and tolerated the exam well. " * 8
    doc = office("letter.txt", "Patient: Jane Roe\nSSN 536-90-4399 DOB 03/14/1961\nDiagnosis: type 2 diabetes\n"
                 + filler + "\n", "doc:MS Word 97")
    if doc:
        (HERE / "legacy.doc").write_bytes(doc)
    xls = office("list.csv", "Name,SSN,DOB\nJane Roe,536-90-4399,03/14/1961\n", "xls:MS Excel 97")
    if xls:
        (HERE / "legacy.xls").write_bytes(xls)


if __name__ == "__main__":
    main()
