#!/usr/bin/python3
"""Generates the phi-ocr corpus category: PHI that only OCR, TNEF or a legacy Office converter can read.

Writes Corpus/phi-ocr/NNN.eml and replaces the phi-ocr lines of Corpus/labels.jsonl (the other
lines are kept, and the file stays sorted). generate.py keeps this category when it regenerates
the rest, and its --verify checks these messages like the others.

Needs Debian's python3-pil and fonts-dejavu-core, and LibreOffice (libreoffice-writer-nogui,
libreoffice-calc-nogui) for the .doc and .xls attachments. Scanning the messages needs
tesseract-ocr, tnef, antiword and catdoc (scripts/deps.sh); generating them does not.

    /usr/bin/python3 Corpus/generate_ocr.py [--out Corpus]

Every name and number is made up. Images are drawn at sizes a scanner or fax would give, so that
OCR reads them; the bytes are the same on every run except the LibreOffice files, which may embed
the time they were saved.
"""
import argparse
import base64
import io
import json
import shutil
import struct
import subprocess
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CATEGORY = "phi-ocr"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
CANONICAL = ["SSN", "MRN", "MBI", "HICN", "MEMBER_ID", "NPI", "DEA", "ICD10", "ICD9", "DOB", "DATE",
             "NAME", "PHONE", "FAX", "EMAIL", "ADDRESS", "ZIP", "ACCOUNT", "IP", "URL", "DEVICE_ID",
             "LICENSE", "DIAGNOSIS", "MEDICATION"]


def page(lines, width=1700, line_height=56, points=34, mode="L", font=FONT, margin=90):
    """A white page with black text lines, like a 200-dpi scan."""
    f = ImageFont.truetype(font, points)
    img = Image.new("L", (width, margin * 2 + line_height * len(lines)), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((margin, margin + i * line_height), line, font=f, fill=0)
    return img.convert(mode) if mode != "L" else img


def save(img, fmt, **kw):
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def tnef(attachments, body):
    """A TNEF stream (MS-OXTNEF) with a plain-text body and the given attachments."""
    def attr(level, atype, aid, data):
        return struct.pack("<BIi", level, (atype << 16) | aid, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += attr(1, 0x0008, 0x9006, struct.pack("<I", 0x00010000))
    out += attr(1, 0x0006, 0x9007, struct.pack("<II", 1252, 0))
    out += attr(1, 0x0007, 0x8008, b"IPM.Microsoft Mail.Note\0")
    out += attr(1, 0x0002, 0x800C, body + b"\0")
    for name, data in attachments:
        out += attr(2, 0x0006, 0x9002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0xFFFF, 0xFFFF, 0))
        out += attr(2, 0x0001, 0x8010, name + b"\0")
        out += attr(2, 0x0006, 0x800F, data)
    return out


def office(source_name, text, fmt):
    """Converts a text or CSV file to a legacy Office format with LibreOffice."""
    soffice = shutil.which("soffice")
    if not soffice:
        raise SystemExit("soffice (LibreOffice) is needed for the .doc and .xls attachments")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / source_name
        src.write_text(text)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", fmt, "--outdir", tmp, str(src)], check=True, capture_output=True)
        return (Path(tmp) / (src.stem + "." + fmt.split(":")[0])).read_bytes()


def b64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def message(n, subject, body, attachments, sender="Front Desk <frontdesk@lakeside-clinic.example>",
            to="Records <records@valley-ortho.example>", related=None):
    """An RFC 5322 message with CRLF line ends: a text body and base64 attachments
    (name, content type, bytes), or a multipart/related HTML body with one cid: image."""
    boundary = f"=_phi-ocr-{n:03d}"
    head = [f"From: {sender}", f"To: {to}", f"Subject: {subject}",
            f"Date: Mon, 04 Mar 2024 {9 + n // 60:02d}:{n % 60:02d}:00 +0000",
            f"Message-ID: <phi-ocr-{n:03d}@lakeside-clinic.example>", "MIME-Version: 1.0"]
    parts = []
    if related:
        name, ctype, data = related
        inner = f"=_phi-ocr-rel-{n:03d}"
        parts.append("\r\n".join([
            f'Content-Type: multipart/related; boundary="{inner}"', "", f"--{inner}",
            "Content-Type: text/html; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "",
            f'<html><body><p>{body}</p><p><img src="cid:scan1@lakeside" alt="scan"></p></body></html>',
            f"--{inner}", f'Content-Type: {ctype}; name="{name}"', "Content-Transfer-Encoding: base64",
            "Content-ID: <scan1@lakeside>", f'Content-Disposition: inline; filename="{name}"', "", b64(data),
            f"--{inner}--"]))
    else:
        parts.append("\r\n".join(["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit", "", body]))
    for name, ctype, data in attachments:
        parts.append("\r\n".join([f'Content-Type: {ctype}; name="{name}"', "Content-Transfer-Encoding: base64",
                                  f'Content-Disposition: attachment; filename="{name}"', "", b64(data)]))
    head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
    out = "\r\n".join(head) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n"
    for p in parts:
        out += f"--{boundary}\r\n{p}\r\n"
    out += f"--{boundary}--\r\n"
    return out.encode("ascii")


def build():
    """(file name, message bytes, types) for every message of the category."""
    msgs = []
    # 1. A scanned referral as PNG.
    png = save(page(["REFERRAL - Lakeside Family Clinic", "Patient: Harold Brennan",
                     "DOB: 07/19/1954", "SSN: 219-44-7316", "Diagnosis: congestive heart failure (I50.9)",
                     "Please schedule cardiology consult within 2 weeks."], mode="1"), "PNG", optimize=True)
    msgs.append((message(1, "Referral scan", "Scanned referral attached, thanks.",
                         [("referral-scan.png", "image/png", png)]), ["SSN", "ICD10", "DOB", "NAME", "DIAGNOSIS"]))
    # 2. A phone photo of an intake form as JPEG.
    jpg = save(page(["NEW PATIENT INTAKE", "Name: Lucia Ferreira", "Date of Birth: 11/02/1987",
                     "Member ID: WQX448193027", "Medications: metformin 500 mg, lisinopril 10 mg",
                     "History: type 2 diabetes, hypertension"]), "JPEG", quality=80)
    msgs.append((message(2, "intake form", "Photo of the intake form from this morning.",
                         [("IMG_2041.jpg", "image/jpeg", jpg)]),
                 ["MEMBER_ID", "DOB", "NAME", "DIAGNOSIS", "MEDICATION"]))
    # 3. A two-page fax as Group 4 TIFF; the PHI is on page 2.
    cover = page(["FAX COVER SHEET", "To: Valley Orthopedics records", "From: Lakeside Family Clinic",
                  "Pages: 2 including cover"], mode="1", font=MONO)
    body = page(["Patient: Dorothy Kwan  MRN: 4471902", "DOB: 02/28/1949",
                 "Dx: osteoarthritis of right knee (M17.11)", "Plan: total knee arthroplasty evaluation"],
                mode="1", font=MONO)
    fax = save(cover, "TIFF", save_all=True, append_images=[body], compression="group4", dpi=(204, 196))
    msgs.append((message(3, "Fax received from 555-0142 (2 pages)", "Your fax server received a 2-page fax.",
                         [("fax-20240304-0931.tif", "image/tiff", fax)], sender="Fax Server <fax@lakeside-clinic.example>"),
                 ["MRN", "ICD10", "DOB", "NAME", "DIAGNOSIS"]))
    # 4. A scanned (image-only) two-page PDF lab report.
    p1 = page(["LABORATORY REPORT", "Patient: Samuel Okafor", "DOB: 05/06/1971", "Collected: 03/01/2024"])
    p2 = page(["Hemoglobin A1c: 9.1 % (H)", "Interpretation: poorly controlled type 2 diabetes",
               "SSN on file: 341-58-2290"])
    fixed = time.gmtime(1709544600)  # 2024-03-04 09:30 UTC
    pdf = save(p1, "PDF", save_all=True, append_images=[p2], resolution=150, creationDate=fixed, modDate=fixed)
    msgs.append((message(4, "Lab report", "Scanned lab report attached.", [("lab-report-scan.pdf", "application/pdf", pdf)]),
                 ["SSN", "DOB", "NAME", "DIAGNOSIS"]))
    # 5. Outlook's winmail.dat holding a patient list CSV.
    csv = ("Patient Name,DOB,MRN,Diagnosis\r\nGrace Holloway,01/14/1962,5520193,chronic kidney disease\r\n"
           "Victor Nunez,09/30/1958,5520207,atrial fibrillation\r\nIrene Castillo,12/05/1970,5520244,asthma\r\n").encode()
    dat = tnef([(b"dialysis-list.csv", csv)], b"List for Thursday attached.\r\n")
    msgs.append((message(5, "Thursday list", "List for Thursday attached (sent from Outlook).",
                         [("winmail.dat", "application/ms-tnef", dat)]),
                 ["MRN", "DOB", "NAME", "DIAGNOSIS"]))
    # 6. A Word 97 letter.
    letter = ("Re: Patient Martin Albright, DOB 08/23/1966\n\nDear Dr. Chen,\n\n"
              "Mr. Albright was seen on 02/27/2024 for follow-up of chronic obstructive pulmonary disease "
              "(J44.9). His SSN is 402-61-9985 for the disability paperwork. He continues tiotropium daily. "
              "The patient tolerated the spirometry well and reports fewer exacerbations since the last visit.\n\n"
              "Sincerely,\nLakeside Family Clinic\n")
    doc = office("letter.txt", letter, "doc:MS Word 97")
    msgs.append((message(6, "Letter for Dr. Chen", "Letter attached (Word format).",
                         [("albright-letter.doc", "application/msword", doc)]),
                 ["SSN", "ICD10", "DOB", "DATE", "NAME", "DIAGNOSIS", "MEDICATION"]))
    # 7. An Excel 97 patient list.
    xls = office("list.csv", "Patient Name,DOB,SSN\nOwen Mercer,04/17/1980,512-38-6604\nPaula Dietrich,10/09/1975,618-20-4471\n"
                 "Ramon Ibarra,06/12/1990,287-55-3019\n", "xls:MS Excel 97")
    msgs.append((message(7, "billing list", "Billing list attached.",
                         [("billing.xls", "application/vnd.ms-excel", xls)]), ["SSN", "DOB", "NAME"]))
    # 8. An HTML message whose PHI is only in an inline (cid:) screenshot.
    shot = save(page(["EHR - Patient Summary", "Name: Beatrice Lund   MRN: 7730418",
                      "Problem list: major depressive disorder (F32.9)", "Allergies: penicillin"],
                     width=1400, points=30), "PNG", optimize=True)
    msgs.append((message(8, "see screenshot", "Can you fix the chart below?", [],
                         related=("image001.png", "image/png", shot)),
                 ["MRN", "ICD10", "NAME", "DIAGNOSIS"]))
    return [(f"{CATEGORY}/{i + 1:03d}.eml", data, types) for i, (data, types) in enumerate(msgs)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent))
    out = Path(ap.parse_args().out)
    d = out / CATEGORY
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    labels_path = out / "labels.jsonl"
    labels = [json.loads(ln) for ln in labels_path.read_text().splitlines() if ln.strip()] if labels_path.exists() else []
    labels = [e for e in labels if e["category"] != CATEGORY]
    for name, data, types in build():
        (out / name).write_bytes(data)
        labels.append({"file": name, "phi": True, "types": [t for t in CANONICAL if t in types], "category": CATEGORY})
    labels.sort(key=lambda e: e["file"])
    with open(labels_path, "w", newline="\n") as f:
        for e in labels:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
