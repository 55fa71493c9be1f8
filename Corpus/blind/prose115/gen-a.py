#!/usr/bin/env python3
"""Generate a mail corpus for a seating & mobility clinic / CRT supplier setting.

Usage: python3 gen.py OUTDIR
Standard library only, deterministic.
"""
import sys
import os
import io
import csv
import zlib
import random
import zipfile
import datetime
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 11501
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people / orgs
CL = "lakeshorerehab.example"      # the seating & mobility clinic (hospital outpatient)
SU = "keystonert.example"          # the complex rehab equipment supplier

MARISOL = f"Marisol Ibarra <mibarra@{CL}>"
DANA = f"Dana Whitfield <dwhitfield@{CL}>"
KOFI = f"Kofi Mensah <kmensah@{CL}>"
TAMIKA = f"Tamika Boone <tboone@{CL}>"
RENEE = f"Renee Castellano <rcastellano@{CL}>"
HAROLD = f"Harold Nguyen-Baxter <hnguyenbaxter@{CL}>"
DRHALE = f"Evelyn Hale MD <ehale@{CL}>"
SEATING = f"Seating & Mobility Clinic <seatingclinic@{CL}>"

GREG = f"Greg Polanski <gpolanski@{SU}>"
LUIS = f"Luis Ferreira <lferreira@{SU}>"
JANELLE = f"Janelle Odom <jodom@{SU}>"
BRENT = f"Brent Kowalczyk <bkowalczyk@{SU}>"
REPAIRS = f"Keystone Repair Desk <repairs@{SU}>"
FUNDING = f"Keystone Funding Team <funding@{SU}>"

SIG_MARISOL = """--
Marisol Ibarra, OTR/L, ATP/SMS
Seating & Mobility Clinic | Lakeshore Rehabilitation Hospital
2200 Harbor View Drive, Suite 140, Fairhaven
Clinic (312) 555-0148 | Fax (312) 555-0149"""

SIG_DANA = """Dana Whitfield, PT, DPT, ATP
Seating & Mobility Clinic - Lakeshore Rehab
Direct: (312) 555-0152"""

SIG_KOFI = """Kofi Mensah, PT, DPT
Lakeshore Rehab | Seating & Mobility
(312) 555-0157"""

SIG_TAMIKA = """Tamika Boone
Intake & Scheduling Coordinator
Seating & Mobility Clinic
P: (312) 555-0148 x2 | F: (312) 555-0149"""

SIG_RENEE = """Renee Castellano, CPC
Reimbursement Specialist, Outpatient Rehab
Lakeshore Rehabilitation Hospital
(312) 555-0163"""

SIG_GREG = """Greg Polanski, ATP/CRTS
Complex Rehab Specialist
Keystone Rehab Technology
Cell (312) 555-0171 | Office (312) 555-0170
"Getting you there, sitting right." """

SIG_JANELLE = """Janelle Odom
Funding & Documentation Coordinator
Keystone Rehab Technology
(312) 555-0174 | fax (312) 555-0175"""

SIG_LUIS = """Luis Ferreira
Field Service Technician | Keystone Rehab Technology
(312) 555-0178"""

SIG_BRENT = """Brent Kowalczyk
Service Manager, Keystone Rehab Technology
(312) 555-0176"""

DISC_CL = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is for the sole use of the intended recipient(s) and may contain confidential
and privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message. Lakeshore Rehabilitation Hospital."""

DISC_SU = """This message is intended only for the addressee and may contain information
that is confidential. If you received it in error please notify the sender
and delete it. Keystone Rehab Technology, LLC."""


# ---------------------------------------------------------------- helpers
def dt(mo, da, h, mi, y=2025, tz=None):
    if tz is None:
        tz = -5 if mo in (1, 2, 11, 12) else -6 if mo == 3 and da < 9 else -5
    return format_datetime(datetime.datetime(
        y, mo, da, h, mi, random.randint(0, 59),
        tzinfo=datetime.timezone(datetime.timedelta(hours=tz))))


def mid(frm):
    dom = frm.split("@")[-1].rstrip(">").strip() if "@" in frm else "mail.example"
    return "<%016x.%04d@%s>" % (random.getrandbits(64), random.randint(0, 9999), dom)


def mk(frm, to, subject, date, cc=None, reply_to=None, in_reply_to=None, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid(frm)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    return m


def quote(text):
    return "\n".join((">" + l if l.startswith(">") else "> " + l) if l.strip() else ">"
                     for l in text.strip("\n").split("\n"))


def onwrote(date, who):
    return f"On {date}, {who} wrote:"


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n"
    return s


def fwd_hdr(frm, date, subject, to):
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\n"
            f"Subject: {subject}\nTo: {to}\n")


def html_wrap(inner, font="Calibri, Arial, sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:11pt">{inner}</div></body></html>')


def p(text):
    return "".join(f"<p>{xesc(par).replace(chr(10), '<br>')}</p>" for par in text.strip().split("\n\n"))


def html_table(rows, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{xesc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def text_table(rows, sep="  "):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and sep.strip() == "|":
            lines.append(sep.join("-" * w[i] for i in range(len(w))).replace(" ", "-"))
        elif j == 0:
            lines.append(sep.join("-" * w[i] for i in range(len(w))))
    return "\n".join(lines)


def csv_text(rows):
    b = io.StringIO()
    csv.writer(b, lineterminator="\r\n").writerows(rows)
    return b.getvalue()


ZDATE = (2025, 3, 3, 9, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    XH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    files = [
        ("[Content_Types].xml", XH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", XH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", XH + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", XH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", XH + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(body)}</sheetData></worksheet>'),
    ]
    return zip_bytes(files)


def docx(paragraphs, table=None):
    """paragraphs: list of str (a str starting with '# ' is bold). table: rows placed after paragraphs."""
    XH = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t):
        bold = t.startswith("# ")
        if bold:
            t = t[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'

    parts = [para(t) for t in paragraphs]
    if table:
        tr = []
        for row in table:
            tc = "".join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>' for c in row)
            tr.append(f"<w:tr>{tc}</w:tr>")
        parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                     + "".join(tr) + "</w:tbl>")
        parts.append("<w:p/>")
    files = [
        ("[Content_Types].xml", XH + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", XH + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", XH + f'<w:document {W}><w:body>{"".join(parts)}'
         '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
         '</w:body></w:document>'),
    ]
    return zip_bytes(files)


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, per_page=52, size=10):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, then (page, content) pairs
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, pg in enumerate(pages):
        pno, cno = 4 + 2 * i, 5 + 2 * i
        content = f"BT /F1 {size} Tf 54 748 Td {size + 4} TL\n"
        content += "".join(f"({_pdf_esc(l)}) Tj T*\n" for l in pg)
        content += "ET\n"
        stream = zlib.compress(content.encode("cp1252", "replace"))
        objs[pno] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {cno} 0 R >>").encode()
        objs[cno] = (f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                     + stream + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for k in range(1, len(objs) + 1):
        offs.append(len(out))
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_T = ("application", "pdf")
ZIP_T = ("application", "zip")


def attach(m, data, mt, filename):
    """mt: (maintype, subtype). data bytes -> base64."""
    m.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=filename)


# registry ---------------------------------------------------------------------
MSGS = []


def reg(label, kind, patient=""):
    def deco(fn):
        MSGS.append((label, kind, patient, fn))
        return fn
    return deco


# ============================================================== PHI: CARE
@reg("phi", "care", "Walter Brandt")
def _():
    m = mk(MARISOL, GREG, "Brandt - mapping after cushion trial", dt(2, 11, 16, 42), cc=DANA)
    m.set_content(f"""Greg,

Quick update on Walter Brandt from this afternoon. We re-mapped him in the
demo chair with the air-cell cushion you dropped off Friday.

  Current foam cushion (his own, ~4 yrs old): peak 168 mmHg under R ischial
  tuberosity, average 71, pretty clear bottoming out on the right.
  Air-cell, 4" height, inflated to hand-check: peak 62, average 38, load
  spread much more evenly across the thighs.

Skin check after 30 min sitting on the air-cell: no blanching issue, the
redness he came in with on the R side had faded by the time he left.

He and his wife liked it. He did say transfers felt "wobbly" so I'd like the
quad-compartment version so we can lock the front cells. Can you quote that
with the incontinence cover? I'll get the order to Dr. Hale's office tomorrow.

Thanks,
Marisol

{SIG_MARISOL}

{DISC_CL}
""")
    return m


@reg("phi", "care", "Kayla Simmons")
def _():
    m = mk(LUIS, TAMIKA, "loaner out to Kayla Simmons", dt(2, 18, 13, 5), cc=REPAIRS)
    txt = f"""Hi Tamika,

Heads up for your side. Went out to Kayla Simmons' place this morning. Her tilt
actuator is done - it's stuck at about 10 degrees and won't go further, motor
just clicks. I left her in loaner L-07 (manual tilt, 16x18) so she can still
get tilted during the day. Mom says she's doing ok in it but can't push it herself.

Part is on order, Medicaid repair PA going in today through Janelle. Once that's
back I'll need about 90 min at the house to swap it.

She's got her clinic appointment with Dana on the 27th - if she shows up in the
loaner that's why.

Luis

{SIG_LUIS}
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt.replace(SIG_LUIS, "")) + "<p style='color:#555'>" +
                                SIG_LUIS.replace("\n", "<br>") + "</p>"), subtype="html")
    return m


@reg("phi", "care", "Denise Albright")
def _():
    m = mk(TAMIKA, HAROLD, "no show again", dt(3, 4, 11, 2))
    m.set_content("""Harold - Denise Albright no-showed her 10:30 seating eval again today. That's the
third one since December (12/17, 1/29, today). I called the number on file twice,
went to voicemail. Greg drove in from the north office for it.

Do you want me to send the discharge letter per the attendance policy or try
the caseworker first? Her referral is from the spinal cord program, so I'm not sure
they'll want us to close it.

T.
""")
    return m


@reg("phi", "care", "Raymond Tso")
def _():
    orig1 = f"""Hi all,

Raymond Tso's chair is built and in the shop. Power tilt, power recline,
elevating legrests, the head array is mounted. I'd like to get the fitting
on the books - I have Tues 3/18 or Thurs 3/20 afternoons.

Greg"""
    r1 = f"""Thursday works on our end, Dana has 1-3 open. Tamika can you call him?

Marisol"""
    r2 = """Left msg with his daughter, she'll call back. She mentioned something about
him not feeling good this week so we'll see."""
    r3 = """Daughter called back. FYI Raymond was admitted to St. Brigid's on Sunday night, she
doesn't know for how long. Please hold the fitting and don't deliver anything to
the house. I'll put a note in the referral and check back next week.

Also - she asked if the chair is "his" yet or if it goes back, I told her it's
not delivered so nothing is billed. Correct me if that's wrong, Janelle."""
    body = f"""Thanks Tamika. Correct - nothing bills until delivery and the signed
delivery ticket. Chair stays in the shop, we'll tag it on hold. Greg, can you
make sure nobody grabs parts off it.

If the inpatient stay runs long we may need a new face-to-face, the one we have
is from 11/20. I'll watch the dates.

Janelle

{SIG_JANELLE}

From: Tamika Boone <tboone@{CL}>
Sent: Monday, March 10, 2025 2:14 PM
To: Greg Polanski; Marisol Ibarra; Janelle Odom
Cc: Dana Whitfield
Subject: RE: Tso fitting

{r3}

{SIG_TAMIKA}

From: Tamika Boone <tboone@{CL}>
Sent: Friday, March 7, 2025 10:03 AM
To: Greg Polanski; Marisol Ibarra
Subject: RE: Tso fitting

{r2}

From: Marisol Ibarra <mibarra@{CL}>
Sent: Thursday, March 6, 2025 4:40 PM
To: Greg Polanski; Tamika Boone
Subject: RE: Tso fitting

{r1}

From: Greg Polanski <gpolanski@{SU}>
Sent: Thursday, March 6, 2025 3:55 PM
To: Marisol Ibarra; Tamika Boone
Cc: Dana Whitfield
Subject: Tso fitting

{orig1}

{SIG_GREG}
"""
    m = mk(JANELLE, f"{TAMIKA}, {GREG}, {MARISOL}", "RE: Tso fitting", dt(3, 10, 15, 31), cc=DANA,
           in_reply_to=mid(TAMIKA))
    m.set_content(body)
    return m


@reg("phi", "care", "Ellen Pardue")
def _():
    m = mk(BRENT, f"{SEATING}", "Pardue rental pickup - please cancel 4/2 clinic visit", dt(3, 31, 9, 20))
    inner = p("""Good morning,

We got a call from the family Friday afternoon that Mrs. Ellen Pardue passed away at home on Thursday. Her son Michael is handling things.

The power chair is a capped rental (month 9 of 13), so it comes back to us. We are picking it up Wednesday morning along with the air cushion and the lateral supports. Son asked that nobody call his father about it, please route everything to Michael at (312) 555-0139.

She was on your books for a re-check on 4/2 with Kofi. Can you please cancel that and close her out on your side? We will send the final rental stop to Medicare today.

Sorry to pass along sad news. She was a character, always had candy in the side pouch for the techs.""")
    sig = "<p style='font-size:9pt;color:#444'>" + SIG_BRENT.replace("\n", "<br>") + "<br><br>" + \
          DISC_SU.replace("\n", " ") + "</p>"
    m.set_content(html_wrap(inner + sig), subtype="html")
    return m


@reg("phi", "care", "Jonah Whitley")
def _():
    m = mk(DANA, GREG, "custom back sim - Jonah W.", dt(1, 23, 17, 12), cc=MARISOL)
    m.set_content(f"""Greg,

Sim for Jonah Whitley went fine today. Notes so you can finalize the order
for the molded back:

- Molded with the vacuum bag sim in the clinic chair, shape captured at 3 points,
  photos uploaded to the shared folder under WHITLEY_J_0123
- Needed to build up the R side about 1.5" for the rib hump, he leans L
  within 20 min without it
- Seat-to-back angle 100 deg, tilt at 15 for the mold
- Lateral pads: R at T8, L thoracic at T10, keep the L one swing-away, mom does
  his transfers from the left
- Pelvic positioning belt 4-pt, padded, he tolerated it fine
- Seat depth 15" is still right, knees clear the cushion edge by about 2 fingers

Mom says school wants him back in the chair by spring break. Realistic?

Dana

{SIG_DANA}
""", cte="base64")
    return m


@reg("phi", "care", "Marcus Delaney")
def _():
    m = mk(f"Fairhaven Family Medicine <frontdesk@fairhavenfm.example>", TAMIKA,
           "F2F and SWO - Delaney, Marcus", dt(2, 26, 15, 48))
    m.set_content("""Hello,

Marcus Delaney was seen today by Dr. Richard Hale-Moreno for the in-person
mobility examination you requested. Signed visit note and the standard
written order are attached. Please let us know if the supplier needs anything
else from us, the provider is out Fridays.

Thank you,
Brianna
Front desk, Fairhaven Family Medicine
(312) 555-0122
""")
    lines = [
        "FAIRHAVEN FAMILY MEDICINE  -  Office Visit Note",
        "",
        "Patient: Marcus Delaney          Visit date: 02/26/2025",
        "Provider: Richard Hale-Moreno, MD",
        "Reason for visit: Face-to-face mobility examination, requested by",
        "   Lakeshore Seating & Mobility Clinic",
        "",
        "History: Patient reports he can no longer self-propel his manual",
        "wheelchair more than about 20 feet inside the home. Needs help from his",
        "brother to get from bedroom to bathroom and kitchen. Has fallen twice",
        "trying to walk with the walker since November. Cannot complete toileting",
        "or meal prep in a timely way without power mobility.",
        "",
        "Exam: Upper extremity strength 3-/5 bilaterally at shoulders, grip weak.",
        "Unable to stand without max assist. Sits with posterior pelvic tilt.",
        "Skin: intact today, mild redness over sacrum that blanches.",
        "",
        "Assessment/Plan: Patient is not able to safely use a cane, walker,",
        "manual wheelchair or scooter in the home. He has the cognitive and",
        "visual ability to operate a power wheelchair safely. Refer for power",
        "wheelchair with power tilt for pressure relief and positioning.",
        "Specialty evaluation by PT/OT with ATP to follow.",
        "",
        "STANDARD WRITTEN ORDER",
        "Beneficiary: Marcus Delaney",
        "Order date: 02/26/2025",
        "Item: Power wheelchair, Group 3, with power tilt; seating per specialty eval",
        "Quantity: 1",
        "Prescriber: Richard Hale-Moreno, MD   NPI 1558203947",
        "",
        "Electronically signed: R. Hale-Moreno, MD  02/26/2025 15:31",
    ]
    attach(m, pdf(lines), PDF_T, "Delaney_F2F_SWO_022625.pdf")
    return m


@reg("phi", "care", "Tobias Lindqvist")
def _():
    inner = mk(MARISOL, f"Tobias Lindqvist <tobias.lindqvist@inboxly.example>",
               "Your 3-week check", dt(4, 8, 14, 2))
    inner.set_content(f"""Hi Tobias,

Good seeing you today. Summary of what we did and what we talked about:

1. Pressure map in your new chair at 0 deg tilt: highest readings under your
   tailbone area, about 110 mmHg. At 30 deg tilt they dropped to the 50s.
   So the tilt is doing its job - but only if you use it.
2. The data from the chair shows you are tilting about 4 times a day. Goal is
   at least every 20-30 minutes, for 1-2 minutes, 30 degrees or more.
3. Your skin looked good today, no marks after the session.
4. We lowered the footplates 1/2" and moved the joystick in toward you.

I set the tilt reminder on the display for every 20 minutes. Call the clinic
if anything rubs or the cushion feels flat.

Marisol

{SIG_MARISOL}
""")
    m = mk(MARISOL, GREG, "Fwd: Your 3-week check", dt(4, 8, 14, 9))
    m.set_content("""Greg - fwd for your file, this is what I sent Tobias after today. Joystick and
footplate changes are done, no parts needed. Please don't turn the tilt reminder
off if he asks you to at the next service visit :)

M
""")
    m.add_attachment(inner)
    return m


# ============================================================== PHI: NAMES
@reg("phi", "names", "Nguyễn Thị Hoa")
def _():
    m = mk(KOFI, GREG, "Nguyễn Thị Hoa – cushion swap", dt(1, 14, 12, 25))
    m.set_content("""She's back on the gel/foam one as of today. Map looked much better than the
air cushion, and her son says she stopped sliding out. You can pick up the trial
air cushion whenever you're in the building, it's in our storage room with a
sticky note on it.

Kofi
""")
    return m


@reg("phi", "names", "Oluwaseun Adebayo")
def _():
    m = mk(JANELLE, MARISOL, "Re: Adebayo, Oluwaseun", dt(2, 3, 10, 17))
    m.set_content(f"""Marisol,

For Adebayo, Oluwaseun - the plan sent back the tilt request asking why a manual
tilt-in-space won't work instead of power. Can you add a line to the eval that
Mr. Adebayo's wife is his only caregiver and she can't operate the manual tilt
(her shoulder)? That's usually enough for them.

Also they want the weight on the eval page itself, not just the intake sheet.

Thanks!
Janelle

{SIG_JANELLE}

> On Jan 30, 2025, at 4:12 PM, Marisol Ibarra <mibarra@{CL}> wrote:
>
> Janelle, eval for Seun is signed and in the portal. Let me know what else
> they need.
""")
    return m


@reg("phi", "names", "Siobhan O'Driscoll-Hart")
def _():
    m = mk(TAMIKA, f"{DANA}, {GREG}", "headrest call", dt(2, 20, 9, 41))
    txt = """Morning,

Siobhan O'Driscoll-Hart's caregiver (Bernadette) called. She says since the
adjustment last week the headrest is pushing Siobhan's head forward and she's
getting tired holding it up by the afternoon. Siobhan also told her the
left lateral is digging in under her arm.

Can one of you call Bernadette back at 555-0187 today? She's there until 3.

Tamika"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    return m


@reg("phi", "names", "María José de la Cruz Fernández")
def _():
    m = mk(GREG, MARISOL, "seat to floor height / de la Cruz", dt(3, 12, 8, 5))
    m.set_content(f"""Morning Marisol,

Measured at the house yesterday for María José de la Cruz Fernández. Her bed is
21" and the toilet with the riser is 20". With the power base plus the 3" cushion
we're at 20.5" seat-to-floor, so level transfers work without the seat elevator
at home. Where it matters is the kitchen counters (36") - she wants to be able to
reach the microwave, that's the justification I'd lean on for elevate.

Ms. de la Cruz also asked whether she can keep her old chair as a backup. I told
her that's between her and the plan but we won't take it back.

Greg

{SIG_GREG}
""", charset="utf-8", cte="quoted-printable")
    return m


@reg("phi", "names", "Venkatalakshmi Raghunathan")
def _():
    m = mk(f"Arjun Raghunathan <arjun.r@netzmail.example>", SEATING,
           "Mother's back support - delivery question", dt(1, 28, 21, 55))
    m.set_content("""Hello,

I am writing for my mother, Mrs. Venkatalakshmi Raghunathan (she goes by Lakshmi).
Mr. Polanski told us the new custom back would be delivered this week but we have
not heard anything. She is sitting with the old back and leaning badly to the side
again by evening, and her physiotherapist at home also noticed it on Monday.

Can somebody please tell us when the delivery will be? I work days so mornings before
9 or after 5 is best, or you can call my wife Divya.

Thank you,
Arjun Raghunathan
(312) 555-0190
""")
    return m


@reg("phi", "names", "Abdul-Rahman Al-Khatib")
def _():
    m = mk(TAMIKA, f"Language Services <interpreters@{CL}>",
           "Arabic interpreter needed 3/19 1:00 - Seating clinic", dt(3, 5, 14, 20))
    m.set_content(f"""Hello Language Services,

Requesting an in-person Arabic (Levantine if possible) interpreter:

Date: Wednesday 3/19/2025
Time: 1:00 - 3:00 PM (seating evaluations run long)
Location: Seating & Mobility Clinic, Suite 140
Client: Mr. Abdul-Rahman Al-Khatib
Clinicians: Dana Whitfield PT and Greg Polanski (vendor ATP)

Mr. Al-Khatib's son usually interprets but the therapist wants a professional for
this one since we will be going over power chair driving and the safety checklist.

Thanks,
{SIG_TAMIKA}
""")
    return m


@reg("phi", "names", "Ludmila Horvat")
def _():
    m = mk(DANA, JANELLE, "Dr. Horvat - she's the client, not the MD", dt(2, 6, 13, 33))
    m.set_content(f"""Janelle,

Sorry for the confusion on the paperwork - Dr. Ludmila Horvat is the client
(retired chemistry professor), not a provider. The plan rejected the eval because
someone put her name in the "ordering physician" box on the cover sheet. Ordering
is Dr. Hale.

Dr. Horvat's tilt chair eval is from 1/22, signed 1/24. I re-did the cover sheet,
attached to the portal this afternoon.

Dana
""")
    return m


@reg("phi", "names", "Chidinma Eze-Okafor")
def _():
    q1 = f"""Chidinma Eze-Okafor's mom (Ngozi) emailed me directly, asking about the
recline. Does anybody know if the recline was approved or just the tilt? I don't
want to tell her the wrong thing.

Kofi"""
    q2 = f"""Only tilt was approved. Recline was denied as not medically necessary,
we have 60 days to appeal. I can send the denial letter to Marisol.

Janelle"""
    q3 = f"""Let's appeal. Chidinma can't do a stand-pivot anymore and recline is how mom
does her catheter changes in the chair during school day. I'll write the letter
this week. Kofi, can you pull your notes from the home visit?

Marisol"""
    m = mk(KOFI, f"{MARISOL}, {JANELLE}", "Re: recline? (Eze-Okafor)", dt(3, 18, 16, 2))
    w1 = onwrote("Mon, Mar 17, 2025 at 4:51 PM", f"Kofi Mensah <kmensah@{CL}>")
    w2 = onwrote("Tue, Mar 18, 2025 at 10:02 AM", f"Janelle Odom <jodom@{SU}>")
    w3 = onwrote("Tue, Mar 18, 2025 at 11:20 AM", f"Marisol Ibarra <mibarra@{CL}>")
    thread = q3 + "\n\n" + w2 + "\n" + quote(q2 + "\n\n" + w1 + "\n" + quote(q1))
    m.set_content(f"""Yep, Chi's home visit note is in her chart under 2/11. Pasted the relevant part:

  "Client transferred bed to chair with 2-person lift, unable to bear weight
   through LEs. Mother reports performing intermittent cath 4x/day, 2 of those
   at school in the chair. Reclined position needed for access."

Kofi

{w3}
{quote(thread)}
""")
    return m


# ============================================================== PHI: SELF
@reg("phi", "self", "Terrence Hall")
def _():
    m = mk("Terrence Hall <thall1961@mailbox.example>", SEATING, "cushion leaking??", dt(1, 9, 7, 48))
    m.set_content("""Hello,

My air cushion has a slow leak, I pump it up in the morning and by supper I can
feel the metal of the seat pan. Now I have a red spot right on my tailbone that
hasn't gone away in 3 days even when I lie on my side at night. It's about the
size of a quarter and it's kind of dark in the middle.

I don't want to end up back in the wound clinic like 2022. Do I need to come in
or can the equipment company just send a new cushion? I'm in the chair 12-14 hrs
a day so I can't go without one.

Terrence
DOB 6/2/1961
cell 312-555-0131
""")
    return m


@reg("phi", "self", "Gloria Mendez")
def _():
    m = mk("gloria mendez <glomendez55@inboxly.example>", REPAIRS, "my chair", dt(2, 2, 19, 13))
    m.set_content("""this is gloria mendez my joystick keeps cutting out when I go over the
threshold into the bathroom the chair just stops and I have to turn it off and
on again yesterday it stopped in the middle of the street crossing at Elm and a
man had to push me it is scary my hands are too weak now to push the manual
chair so I need this chair working please call me I am home all day my aide
comes at 10 and leaves at 2 my number is 312 555 0196

gloria

sent with voice typing sorry for mistakes
""")
    return m


@reg("phi", "self", "Curtis Fairbanks")
def _():
    m = mk("Curtis Fairbanks <cfairbanks@mailbox.example>", GREG, "Re: tilt", dt(3, 1, 22, 40),
           in_reply_to=mid(GREG))
    txt = f"""Greg the tilt still isn't working after your guy came out. It goes back maybe halfway then beeps 3 times and stops. I've been sitting upright all day since Tuesday and my butt is killing me, I've got a sore spot on the left side now. My OT said I shouldn't go more than an hour without tilting back.

Is there any way I can get a loaner with tilt until this is fixed? I'm not doing another weekend like this.

Curtis

Sent from my iPhone

> On Feb 26, 2025, at 3:12 PM, Greg Polanski <gpolanski@{SU}> wrote:
>
> Curtis, Luis will be out Thursday to look at the tilt. Call me if it gets worse.
> Greg"""
    m.set_content(txt)
    h = txt.split("\n\n> On")[0]
    m.add_alternative(html_wrap(p(h) + "<blockquote type='cite'>On Feb 26, 2025, at 3:12 PM, Greg Polanski "
                                "&lt;gpolanski@" + SU + "&gt; wrote:<br><br>Curtis, Luis will be out Thursday to look "
                                "at the tilt. Call me if it gets worse.<br>Greg</blockquote>",
                                font="-apple-system, Helvetica"), subtype="html")
    return m


@reg("phi", "self", "Nadia Karimi")
def _():
    m = mk("Nadia Karimi <nadia.karimi@netzmail.example>", MARISOL,
           "Things are changing faster than we planned", dt(2, 24, 10, 3))
    txt = """Hi Marisol,

I wanted to give you a heads up before my appointment in April. My ALS is moving faster than Dr. Hale expected. My neck is a lot weaker since January, my head drops forward when I'm tired, and using the joystick with my right hand is getting hard by evening - my fingers slide off.

Could we talk about a head array or some other way to drive? And a better headrest. I would rather get ahead of it than wait until I'm stuck. My husband read that the approval can take months.

I'm typing this with the speech software so forgive any odd words.

Thank you for everything,
Nadia
(DOB 03/14/1971, in case you need to find me)"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt), font="Georgia, serif"), subtype="html")
    return m


@reg("phi", "self", "Louise Bettencourt")
def _():
    orig = f"""Dear Ms. Bettencourt,

We received a decision from Medicare on the power wheelchair claim. Unfortunately
it was denied. The reason listed is that the medical record does not show you are
unable to use a scooter in the home. We will be asking your therapist
and doctor for additional documentation and can request a redetermination.

Please don't hesitate to call me with questions.

Janelle Odom
Keystone Rehab Technology"""
    m = mk("Louise Bettencourt <lbettencourt@inboxly.example>", JANELLE,
           "RE: Medicare decision on your power wheelchair", dt(3, 7, 20, 11), cc=MARISOL)
    m.set_content(f"""Janelle,

A SCOOTER?? I have had MS for 22 years. I can't sit up straight on a scooter seat
without falling sideways, I fell off my friend's scooter in 2019 and broke my wrist,
it's in my chart. My legs spasm so hard they kick off the footrest. My right hand
barely works. How is a scooter supposed to help me get to my bathroom that's down
a 30 inch hallway with a turn?

Please tell me exactly what I need to get from Dr. Hale. I will drive over there
myself. This is the second time they've denied this.

Louise

{onwrote("Fri, Mar 7, 2025 at 11:42 AM", "Janelle Odom <jodom@" + SU + ">")}
{quote(orig)}
""")
    return m


@reg("phi", "self", "Deshawn Price")
def _():
    m = mk("Deshawn Price <dprice.rolls@mailbox.example>", f"{DANA}", "standing feature - is it worth fighting for?",
           dt(1, 30, 23, 7))
    m.set_content("""Dana,

Long email sorry. I've been reading about the standing power chairs and I want to know honestly if you think it's worth trying to get one through the VA or Medicaid, or if I'm wasting everybody's time. Since my injury (C6 since 2009) I've had the same issues every winter - my legs swell up by the end of the day, my bowel program gets worse when I'm sitting all day, and my spasms in the morning are brutal until I've been up a while. When I was in rehab and on the tilt table those all got better. I also had that pressure sore on my right hip in 2021 that took 8 months to close and I'm terrified of that happening again.

I'm in the chair about 14 hours most days. Work is remote now so that's part of it.

If you think it's a real possibility can we do a trial when the vendor has a demo? I can come in any afternoon the week of the 10th.

Deshawn (C6 since 2009)
312-555-0144
""", charset="utf-8", cte="quoted-printable")
    return m


@reg("phi", "self", "Marguerite Olsen")
def _():
    m = mk("Marguerite Olsen <mags.olsen@netzmail.example>", GREG, "Thank you!!", dt(4, 2, 15, 26))
    m.set_content("""Greg,

Just wanted you to know that the wound clinic discharged me today! After 5 months
the spot on my sit bone is completely closed. Nurse said the new cushion and
actually using the tilt made the difference. I'm allowed to sit up to 2 hours at a
time now and then build up.

Thank you for coming out all those times to fix the cushion and fiddle with the
seat. Please tell Marisol too, I don't have her email.

If you ever need someone to tell a new client it's worth it, give them my number,
(312) 555-0115.

Marguerite
""")
    return m


# ============================================================== PHI: IDS
@reg("phi", "ids", "Harriet Vollmer")
def _():
    m = mk("Northgate Internal Medicine <referrals@northgateim.example>", SEATING,
           "New referral - seating evaluation", dt(1, 16, 9, 12))
    m.set_content("""REFERRAL

To: Lakeshore Seating & Mobility Clinic
From: Northgate Internal Medicine, Dr. Paul Ashworth
Date: 01/16/2025

Patient: Harriet Vollmer
DOB 04/17/1958
MRN: 00482913
Insurance: Medicare Part B / AARP supplement
Phone: (312) 555-0108

Reason for referral: Seating and positioning evaluation. Patient has been in a
standard transport chair since hospital discharge in October, family reports she
slides down and leans to the left. Skin check today notable for redness over
coccyx. Please evaluate for appropriate wheelchair and cushion.

Please fax scheduling confirmation to (312) 555-0109.
""")
    return m


@reg("phi", "ids", "Eugene Mabry")
def _():
    m = mk(RENEE, JANELLE, "Mabry denial CO-50 - do you want to redetermine?", dt(2, 13, 11, 44))
    m.set_content(f"""Janelle,

Medicare remit came through for Eugene Mabry.

  MBI 4TQ7-HJ2-WK58
  Claim # 21419800734000
  DOS 12/09/2024
  K0856 - denied CO-50 (not medically necessary)
  E2624 - denied CO-50
  E2620 - paid

The MAC's note says the specialty eval didn't document that he can't use a
group 2 chair. Our PT eval from 11/14 does say it (page 3, "requires power tilt
for independent pressure relief, unable to perform weight shifts") but I think
the reviewer missed it because it's in the seating section, not the mobility section.

Your call on whether the supplier files the redetermination or we send an
addendum first. 120 days from the 2/10 remit.

Renee

{SIG_RENEE}
""")
    return m


@reg("phi", "ids", "Corinne Whitlock")
def _():
    m = mk(JANELLE, GREG, "APPROVED - Whitlock PA, ok to schedule", dt(3, 21, 14, 55), cc=TAMIKA)
    txt = f"""Greg,

Medicaid approved! Details for the delivery ticket:

Client: Corinne Whitlock
DOB: 3-Feb-1949
Medicaid Member ID: 80031946207
PA#: PA-2025-118-40573 (valid 3/20/25 - 9/19/25)
Approved: E1161 manual tilt-in-space, E2624 cushion, E2620 back, E0955 headrest,
E0960 shoulder harness, E2211/E2212 x2, anti-tippers

Deliver to: 418 Larkspur Ct, Apt 2B, Fairhaven (ground floor, ramp in back)
Contact: daughter Pam, (312) 555-0126 - call the day before, Corinne doesn't
answer unknown numbers.

She still has the rash under the old harness so please bring the padded one.

{SIG_JANELLE}"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    return m


@reg("phi", "ids", "Dwayne Kittredge")
def _():
    m = mk(REPAIRS, f"{DANA}", "Work Order WO#58213-R completed", dt(2, 28, 16, 30))
    rows = [["Field", "Value"],
            ["Work order", "WO#58213-R"],
            ["Customer", "Dwayne Kittredge"],
            ["Acct", "77-10442"],
            ["DOB", "1962.11.05"],
            ["Equipment", "Group 3 power base, mid-wheel drive"],
            ["Serial", "KR3G-220917-0448"],
            ["Payer", "Medicare / Lakeshore Community Medicaid"],
            ["Complaint", "Chair dies after ~2 hrs; client stranded at dialysis center twice"],
            ["Work done", "Load-tested batteries (both failed), replaced pair U1 gel; "
                          "replaced joystick module; tilt actuator tested OK"],
            ["Completed", "02/28/2025 by L. Ferreira"],
            ]
    html = html_wrap(
        "<p>Hello,</p><p>The following work order has been closed. Therapist of record is copied "
        "for the client file.</p>" + html_table(rows) +
        "<p>Questions: reply to this message or call the repair desk at (312) 555-0170 opt. 3.</p>"
        "<p style='font-size:8pt;color:#777'>" + DISC_SU + "</p>")
    m.set_content(html, subtype="html")
    return m


@reg("phi", "ids", "")
def _():
    m = mk(DANA, RENEE, "chart RB-20931 - plan change", dt(1, 8, 12, 6))
    m.set_content(f"""Renee,

The client in Chart #RB-20931 (DOB 9/9/44) - her Medicare Advantage plan switched
on 1/1, so the prior auth we got in December for the tilt-in-space and the
custom back is under the old plan. Delivery is scheduled for next week. Does
Keystone have to start over with the new plan or is there a continuity of care
thing? She's already sitting on a cushion that bottoms out and her skin is not
great, I really don't want to push this out another 60 days.

Dana
""")
    return m


@reg("phi", "ids", "Tyler Brennan-Ruiz")
def _():
    m = mk(TAMIKA, f"{KOFI}, {GREG}", "Home accessibility visit - Brennan-Ruiz",
           dt(3, 26, 10, 14))
    rows = [["", ""],
            ["Client", "Tyler Brennan-Ruiz"],
            ["Born", "12 Aug 1990"],
            ["Address", "2917 W. Cortland Ave, Unit 1, Fairhaven"],
            ["Phone", "(312) 555-0193 (Tyler) / (312) 555-0194 (partner, Sam)"],
            ["Visit", "Tues 4/1, 9:30 AM - measure doors, bathroom, ramp for new power chair"],
            ["Notes", "Brings own ramp measurements. Uses the side door. Dog is friendly."]]
    inner = ("<p>Hi both,</p><p>Confirmed the home visit. Details below - Kofi, please "
             "bring the tape and the laser measure, the last one walked off.</p>"
             + html_table(rows[1:], border=0) +
             "<p>Tyler is going from the manual chair to power so we need the "
             "turning radius in the bathroom and the slope on the back ramp.</p>"
             "<p>Thanks!<br>Tamika</p>")
    m.set_content(html_wrap(inner), subtype="html")
    return m


@reg("phi", "ids", "Henry Castellanos")
def _():
    m = mk(KOFI, GREG, "Castellanos home visit Thurs", dt(4, 9, 8, 37))
    m.set_content("""Greg - for Thursday's home visit for Henry Castellanos, please call his wife at
(312) 555-0114 before you head over. Address is 77 Quarry Hill Rd, Fairhaven, back
door, there's a step at the front. He's still on the hospital bed in the living
room and she wants us to measure whether the new chair can get from there to the
bathroom. I'll meet you there at 10.

Kofi
""")
    return m


@reg("phi", "ids", "Rosalind Achterberg")
def _():
    m = mk(RENEE, f"Waiver Intake <waiverintake@dhs-state.example>",
           "Home & Community Waiver - equipment request, Achterberg", dt(3, 14, 13, 2), cc=JANELLE)
    m.set_content(f"""FAX / E-MAIL COVER

To: Home & Community Based Services Waiver Intake
From: Renee Castellano, Lakeshore Rehabilitation Hospital
Pages: 6 (sent separately via secure fax)

RE: Rosalind Achterberg
SSN: 214-55-8812
DOB: 19560723
Medicaid #: MCD 4471-0092-18
Waiver case mgr: Tomasz Lewandowski

Enclosed is the seating evaluation and quote for a power wheelchair with power
tilt and seat elevator, requested under the waiver because the state plan denied
the seat elevator. Client lives alone and uses the elevator function for
transfers to the bed and commode; she has had two falls during transfers since
October.

Please contact me with any questions.

{SIG_RENEE}

{DISC_CL}
""", cte="base64")
    return m


# ============================================================== PHI: LISTS
@reg("phi", "lists", "Harlan Doucette")
def _():
    rows = [["Day", "Time", "Type", "Client", "Clinician", "ATP", "Notes"],
            ["Mon 3/24", "08:30", "Eval", "Harlan Doucette", "Dana", "Greg", "power, new referral"],
            ["Mon 3/24", "10:30", "Fitting", "Yesenia Carrasco", "Dana", "Greg", "custom back"],
            ["Mon 3/24", "13:00", "Map", "Wilbur Amankwah", "Marisol", "-", "post-delivery 3 wk"],
            ["Tue 3/25", "09:00", "Eval", "Priyanka Deshmukh", "Kofi", "Greg", "peds, mom + aide"],
            ["Tue 3/25", "11:00", "Delivery", "Lorenzo Bianchi-Watts", "Kofi", "Greg", "TIS manual"],
            ["Wed 3/26", "08:30", "Re-check", "Agnieszka Nowak", "Marisol", "-", "skin check, cushion"],
            ["Wed 3/26", "13:00", "Eval", "Ahmad Farouk", "Dana", "Greg", "interpreter booked"],
            ["Thu 3/27", "09:30", "Sim", "Bao Tran", "Marisol", "Greg", "molded back sim"],
            ["Thu 3/27", "13:30", "Fitting", "Kayla Simmons", "Dana", "Greg", "in loaner L-07"],
            ["Fri 3/28", "--", "--", "(admin day)", "", "", ""]]
    m = mk(TAMIKA, f"{MARISOL}, {DANA}, {KOFI}, {GREG}", "Seating clinic schedule - wk of 3/24",
           dt(3, 21, 16, 5))
    m.set_content(f"""Hi team, here's next week. Changes from the draft are Bao moved to Thursday and
Kayla added Thurs PM. Ahmad's interpreter is confirmed.

{text_table(rows)}

Greg please confirm you're bringing the demo power base Monday for Harlan.

{SIG_TAMIKA}
""")
    return m


@reg("phi", "lists", "Bernice Okonjo")
def _():
    rows = [["Ticket", "Client", "DOB", "Chair", "Issue", "Loaner", "Status", "Days open"],
            ["R-24511", "Bernice Okonjo", "07/22/1955", "Group 3 MWD", "L drive motor noise", "No",
             "Parts ordered", "12"],
            ["R-24527", "Kayla Simmons", "10/03/2003", "Group 3 + power tilt", "Tilt actuator failed",
             "L-07", "Awaiting Medicaid PA", "9"],
            ["R-24533", "Curtis Fairbanks", "05/19/1978", "Group 3 + tilt/recline",
             "Tilt stops halfway, error 3 beeps", "Requested", "Diag", "6"],
            ["R-24540", "Gloria Mendez", "11/30/1955", "Group 2 + SE",
             "Joystick intermittent", "No", "Scheduled 3/6", "4"],
            ["R-24544", "Hyun-woo Baek", "02/14/1987", "Manual ultralight", "Caster flutter, bearings",
             "No", "Ready for pickup", "3"],
            ["R-24549", "Fatoumata Diallo", "09/09/1961", "TIS manual", "Tilt cable frayed",
             "L-03", "Parts ordered", "2"]]
    m = mk(BRENT, f"{HAROLD}, {TAMIKA}", "Open repair tickets - Lakeshore clients", dt(3, 3, 8, 2))
    m.set_content(f"""Harold, Tamika -

Attached is the open ticket list for your clients as of this morning. Six open,
two in loaners. Fairbanks is the one I'm worried about, he's asking for a tilt
loaner and we only have one (L-09) and it's a 20" wide. If your team can tell me
whether he can sit in a 20 for a week I'll get it out today.

{SIG_BRENT}
""")
    m.add_attachment(csv_text(rows), subtype="csv", filename="open_tickets_lakeshore_0303.csv")
    return m


@reg("phi", "lists", "Yolanda Parrish")
def _():
    rows = [["Client", "DOB", "Payer", "Member ID", "HCPCS", "Submitted", "Status", "Notes"],
            ["Yolanda Parrish", "1950-04-02", "Medicare", "7XK3-NP1-GU84", "K0861, E2624, E2620",
             "2025-01-08", "ADMC pending", "resubmitted w/ addendum"],
            ["Corinne Whitlock", "1949-02-03", "State Medicaid", "80031946207", "E1161, E2624, E0955",
             "2025-02-27", "Approved", "PA-2025-118-40573"],
            ["Oluwaseun Adebayo", "1968-10-15", "Prairie Health MCO", "PHM0049918204", "K0856, E1002",
             "2025-01-24", "Pended - info requested", "caregiver/manual tilt Q"],
            ["Chidinma Eze-Okafor", "2011-06-27", "State Medicaid", "80047722913", "E1161, E1007",
             "2025-01-15", "Partial - recline denied", "appeal by 3/31"],
            ["Eugene Mabry", "1944-12-01", "Medicare", "4TQ7-HJ2-WK58", "K0856, E2624, E2620",
             "2024-12-09", "Denied CO-50", "redetermination"],
            ["Ignatius Mwale", "1972-08-19", "BCBS-example PPO", "XJQ881204557", "K0108 x2, E2626",
             "2025-02-19", "In review", ""]]
    m = mk(JANELLE, RENEE, "auth tracker - updated", dt(3, 24, 9, 58))
    m.set_content(f"""Renee, updated tracker attached. Whitlock approved, Parrish still waiting on the ADMC.
Can we talk Mabry tomorrow?

{SIG_JANELLE}
""")
    attach(m, xlsx(rows, "Pending auths"), XLSX_T, "Lakeshore_auth_tracker_2025-03-24.xlsx")
    return m


@reg("phi", "lists", "Yesenia Carrasco")
def _():
    rows = [["Date", "Client", "Address", "Phone", "Item", "Tech"],
            ["3/24 PM", "Yesenia Carrasco", "1186 Ridge Rd, Fairhaven", "(312) 555-0102",
             "custom molded back (fit in clinic AM first)", "Greg"],
            ["3/25 AM", "Lorenzo Bianchi-Watts", "40 Harbor Ct #5, Port Ellis", "(312) 555-0103",
             "manual TIS + cushion + headrest", "Greg/Luis"],
            ["3/26 AM", "Marvin Oyelaran", "9 Thistle Ln, Fairhaven", "(312) 555-0104",
             "replacement air cushion + cover", "Luis"],
            ["3/26 PM", "Dolores Benavides", "3302 S. Kedvale St, Fairhaven", "(312) 555-0105",
             "power chair w/ tilt - full delivery/training", "Greg"],
            ["3/27 AM", "Ruth Ann Kowalski", "715 Mill Pond Rd, Bayview", "(312) 555-0106",
             "laterals + harness swap (padded)", "Luis"]]
    paras = ["# Keystone Rehab Technology - Delivery Roster, week of 3/24/2025",
             "Call every client the day before. Bring delivery tickets, the POD sheet and the cushion "
             "care handout. Benavides: daughter signs, client has limited hand use. Kowalski: the rash "
             "under the old harness - take a photo for the file before and after.",
             ""]
    m = mk(GREG, f"{LUIS}, {BRENT}", "delivery roster wk 3/24", dt(3, 21, 17, 40))
    m.set_content(f"""Luis, Brent - roster for next week attached. Dolores is the big one, plan 2.5 hrs.

Greg
""")
    attach(m, docx(paras, rows), DOCX_T, "Delivery_Roster_wk0324.docx")
    return m


@reg("phi", "lists", "Wilbur Amankwah")
def _():
    lines = ["LAKESHORE SEATING & MOBILITY CLINIC",
             "Pressure Mapping Clinic - Summary, Monday 03/24/2025",
             "Clinician: M. Ibarra, OTR/L, ATP/SMS",
             "",
             "Client                  Cushion tested            Peak (mmHg)  Avg   Action",
             "----------------------  ------------------------  -----------  ----  ------------------------",
             "Wilbur Amankwah         air-cell 4in (current)         74        36   continue, retrain tilt",
             "Hollis Peabody          foam contour (current)        142        58   trial air-cell, reassess",
             "Hollis Peabody          air-cell 3in trial             66        33   order; skin check 2 wk",
             "Renata Szczepanska      gel/foam hybrid                91        44   add pelvic wedge",
             "Thanh Huong Pham        air-cell, underinflated       188        61   re-inflated -> 70/35",
             "Jerome Whitfield-Bey    custom molded seat             58        30   no change",
             "",
             "Notes:",
             " - Pham: caregiver was inflating to 'firm'. Re-taught hand check; son given written steps.",
             " - Peabody: red area R ischium did not fade after 30 min on own cushion. MD notified.",
             " - Amankwah: logger shows tilt used 3x/day. Goal every 30 min.",
             "",
             "Maps saved to \\\\lrh-fs02\\seating\\maps\\2025-03-24\\"]
    m = mk(MARISOL, f"{DANA}, {KOFI}, {GREG}", "mapping clinic summary 3/24", dt(3, 24, 17, 20))
    m.set_content("""Summary PDF from today's mapping clinic attached. Peabody and Pham need follow-up
this week, see notes.

M.
""")
    attach(m, pdf(lines, size=8), PDF_T, "mapping_summary_2025-03-24.pdf")
    return m


@reg("phi", "lists", "Estelle Marchand")
def _():
    rows = [["Loaner", "Client", "Out", "Due back", "Reason", "Tech"],
            ["L-02", "Estelle Marchand", "01/28", "-", "waiting on power base, motor backorder", "LF"],
            ["L-03", "Fatoumata Diallo", "03/01", "03/14", "tilt cable on own TIS", "LF"],
            ["L-05", "Vacant", "", "", "in shop - needs new tires", ""],
            ["L-07", "Kayla Simmons", "02/18", "-", "tilt actuator, Medicaid PA", "LF"],
            ["L-09", "Curtis Fairbanks", "03/03", "-", "tilt failure, diag", "BK"],
            ["L-11", "Naveen Subramaniam", "02/10", "02/24 (OVERDUE)", "post-hospital, own chair being rebuilt", "GP"]]
    txt = text_table(rows, sep=" | ")
    m = mk(BRENT, f"{TAMIKA}, {GREG}", "Loaner board", dt(3, 4, 7, 55))
    m.set_content(f"""Loaner board as of this morning:

{txt}

L-11 is 9 days overdue. Naveen's own chair is ready, can the clinic help get the
family to schedule the swap? Nobody is calling us back.

Brent
""")
    return m


@reg("phi", "lists", "Augustin Ferrand")
def _():
    roster = [["Client", "DOB", "Payer", "HCPCS", "Denial", "Date"],
              ["Augustin Ferrand", "08/02/1951", "Medicare", "K0861", "CO-50", "01/14/2025"],
              ["Eugene Mabry", "12/01/1944", "Medicare", "K0856", "CO-50", "02/10/2025"],
              ["Pauline Strickland", "04/30/1963", "Medicare", "E2310", "CO-151", "02/11/2025"],
              ["Rigoberto Salcedo", "01/17/1970", "State Medicaid", "E1007", "N/A - PA denied", "02/20/2025"],
              ["Keisha Langford-Mims", "06/06/1988", "Prairie Health MCO", "E2609", "CO-197", "03/03/2025"]]
    pasted = "\n".join("\t".join(r) for r in roster)
    full = csv_text(roster + [["Ngoc Anh Vu", "03/25/1939", "Medicare", "E2624", "CO-16", "03/05/2025"]])
    z = zip_bytes([("denials_Q1_2025.csv", full),
                   ("README.txt", "Q1 2025 denials for Lakeshore-referred clients. Source: Keystone billing.\r\n")])
    m = mk(RENEE, HAROLD, "Q1 denials so far", dt(3, 6, 15, 12))
    m.set_content(f"""Harold,

Here's what I have for Q1 so far (pasted from Keystone's export, full file in the zip,
I added one from this morning):

{pasted}

Ferrand and Mabry are the same problem - eval doesn't spell out why a lower group
won't work. I'd like 20 minutes at the next staff meeting to go over the template.

Renee
""")
    attach(m, z, ZIP_T, "Q1_denials.zip")
    return m


# ============================================================== PHI: STRUCT
@reg("phi", "struct", "Margit Szabo")
def _():
    seg = [
        "MSH|^~\\&|EPICADT|LRH|KEYSTONEPORTAL|KRT|20250305142210||ORM^O01|LRH8831270|P|2.5.1",
        "PID|1||00591837^^^LRH^MR||SZABO^MARGIT^E||19470612|F|||1420 BIRCHWOOD LN^^FAIRHAVEN^IL^60699||(312)555-0181|||W",
        "PV1|1|O|LRH-SEAT^140^^LRH||||1558203947^HALE^EVELYN^^^MD",
        "ORC|NW|ORD44120981||||||||||1558203947^HALE^EVELYN^^^MD",
        "OBR|1|ORD44120981||REF0612^WHEELCHAIR SEATING AND MOBILITY EVAL^LRHPROC|||20250305",
        "DG1|1||G35^Multiple sclerosis^I10",
        "DG1|2||L89.152^Pressure ulcer of sacral region, stage 2^I10",
        "NTE|1||Power tilt eval; current chair >6 yrs; sacral wound clinic following",
    ]
    m = mk(MARISOL, f"Interface Team <interfaces@{CL}>", "order came over twice?", dt(3, 5, 14, 40))
    m.set_content("""Hi interface team,

Keystone says they got this referral order twice from the portal feed (once at
14:22 and again at 14:25) and now they have two referrals open for the same client.
Here's the one from their log, can you see why it resent?

""" + "\n".join(seg) + """

Thanks,
Marisol Ibarra
Seating clinic x148
""")
    return m


@reg("phi", "struct", "Bao Tran")
def _():
    segs = [
        "MSH|^~\\&|LRHDOC|LRH|KRTPORTAL|KRT|20250327163015||MDM^T02|LRH-MDM-559102|P|2.5.1",
        "EVN|T02|20250327163015",
        "PID|1||00617742^^^LRH^MR~A4471902^^^KRT^AN||TRAN^BAO^^^^^L||19810411|M|||88 LAKEVIEW TER APT 3^^FAIRHAVEN^IL^60699||(312)555-0185",
        "PV1|1|O|LRH-SEAT|||||||||||||||V20250327001",
        "TXA|1|SEATEVAL|TX|20250327|1558203947^IBARRA^MARISOL^^^OTR/L||||||DOC885120||||||AU",
        "OBX|1|TX|SEAT^Seating Evaluation^LRH||Client seen for molded back simulation. Sitting balance: fair-, requires UE support.||||||F",
        "OBX|2|TX|SEAT^Seating Evaluation^LRH||Pelvis: R obliquity 1.5in, partially reducible. Trunk: R convex curve, flexible.||||||F",
        "OBX|3|TX|SEAT^Seating Evaluation^LRH||Pressure map on clinic foam cushion peak 156 mmHg L ischial; on air-cell trial 68 mmHg.||||||F",
        "OBX|4|TX|SEAT^Seating Evaluation^LRH||Recommend custom molded back, air-cell cushion, 4-pt pelvic belt, power tilt 0-45 deg.||||||F",
    ]
    data = ("\r".join(segs) + "\r").encode("ascii")
    m = mk(f"LRH Document Router <docrouter@{CL}>", f"Keystone Intake <intake@{SU}>",
           "Document delivery: SEATEVAL DOC885120", dt(3, 27, 16, 30))
    m.set_content("""This is an automated delivery from Lakeshore Rehabilitation Hospital.

One (1) clinical document is attached in HL7 v2.5.1 MDM format for account A4471902.
Do not reply to this message. Questions: Health Information Management, (312) 555-0160.
""")
    attach(m, data, ("application", "hl7-v2"), "DOC885120.hl7")
    return m


@reg("phi", "struct", "Anton Petrosky")
def _():
    x12 = ("ISA*00*          *00*          *ZZ*KEYSTONERT     *ZZ*GLDMEMAC       *250117*1042*^*00501*000004417*0*P*:~"
           "GS*HC*KEYSTONERT*GLDMEMAC*20250117*1042*4417*X*005010X222A1~"
           "ST*837*0001*005010X222A1~"
           "BHT*0019*00*KRT20250117A*20250117*1042*CH~"
           "NM1*41*2*KEYSTONE REHAB TECHNOLOGY*****46*KRT0099~"
           "PER*IC*JANELLE ODOM*TE*3125550174~"
           "NM1*40*2*GREAT LAKES DME MAC*****46*17013~"
           "HL*1**20*1~"
           "NM1*85*2*KEYSTONE REHAB TECHNOLOGY*****XX*1730098341~"
           "N3*5100 INDUSTRIAL PKWY~N4*FAIRHAVEN*IL*60699~REF*EI*364417720~"
           "HL*2*1*22*0~"
           "SBR*P*18*******MB~"
           "NM1*IL*1*PETROSKY*ANTON****MI*7QW2HK4TN61~"
           "N3*2256 N FALCON AVE~N4*FAIRHAVEN*IL*60699~"
           "DMG*D8*19580319*M~"
           "NM1*PR*2*GREAT LAKES DME MAC*****PI*17013~"
           "CLM*KRT0117PET*9845.00***12:B:1*Y*A*Y*Y~"
           "HI*ABK:G12.21~"
           "NM1*DK*1*HALE*EVELYN****XX*1558203947~"
           "LX*1~SV1*HC:K0861:KX:NU*7620.00*UN*1***1~DTP*472*D8*20250110~"
           "LX*2~SV1*HC:E2624:KX:NU*612.00*UN*1***1~DTP*472*D8*20250110~"
           "LX*3~SV1*HC:E2620:KX:NU*1613.00*UN*1***1~DTP*472*D8*20250110~"
           "SE*30*0001~GE*1*4417~IEA*1*000004417~")
    m = mk(JANELLE, f"Clearinghouse Support <support@claimbridge.example>",
           "Ticket 77812 - 837P rejected 999 loop 2010BA", dt(1, 17, 13, 15))
    m.set_content(f"""Hi,

Our batch from this morning came back with a 999 reject on the subscriber loop
(2010BA) and I can't see what's wrong with it. The beneficiary's MBI is correct per
the eligibility response. File attached. Can you take a look? This is a power
wheelchair claim and I'd really rather not have it sit.

{SIG_JANELLE}
""")
    m.add_attachment(x12.replace("~", "~\n"), subtype="plain", filename="KRT_837P_20250117_4417.x12")
    return m


@reg("phi", "struct", "Loretta Abernathy")
def _():
    x = """ISA*00*          *00*          *ZZ*GLDMEMAC       *ZZ*KEYSTONERT     *250212*0600*^*00501*000088213*0*P*:~
GS*HP*GLDMEMAC*KEYSTONERT*20250212*0600*88213*X*005010X221A1~
ST*835*0001~
BPR*I*1498.21*C*ACH*CCP*01*071000013*DA*55501234*1173091044**01*071900012*DA*9988776*20250214~
TRN*1*EFT0021948822*1173091044~
N1*PR*GREAT LAKES DME MAC~
N1*PE*KEYSTONE REHAB TECHNOLOGY*XX*1730098341~
LX*1~
CLP*KRT1209ABR*4*8232.00*0.00**MB*21434500118300*12~
NM1*QC*1*ABERNATHY*LORETTA****MI*3RD8-VC6-TY21~
NM1*82*1*HALE*EVELYN****XX*1558203947~
DTM*232*20241209~
SVC*HC:K0856:KX:NU*7620.00*0.00**1~
CAS*CO*50*7620.00~
SVC*HC:E2624:KX:NU*612.00*0.00**1~
CAS*CO*50*612.00~
CLP*KRT1211STR*1*1613.00*1498.21**MB*21434500118400*12~
NM1*QC*1*STRICKLAND*PAULINE****MI*8FJ2-KW4-AN63~
SVC*HC:E2620:KX:NU*1613.00*1498.21**1~
CAS*CO*45*114.79~
SE*19*0001~
GE*1*88213~
IEA*1*000088213~"""
    m = mk(RENEE, JANELLE, "835 from 2/12 - Abernathy zeroed out", dt(2, 13, 8, 50))
    m.set_content(f"""Janelle,

Pulled the raw 835 so you can see it - Loretta Abernathy's chair and cushion both
came back CO-50, nothing paid. Strickland's back paid. Same reviewer pattern as Mabry.

{x}

Renee
""")
    return m


@reg("phi", "struct", "Samira Haddad")
def _():
    import json
    bundle = {
        "resourceType": "Bundle", "type": "transaction", "id": "ref-20250402-0193",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "pt-00634018",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9901.1", "value": "00634018",
                                "type": {"text": "MRN"}}],
                "name": [{"family": "Haddad", "given": ["Samira", "N."]}],
                "gender": "female", "birthDate": "1979-09-30",
                "telecom": [{"system": "phone", "value": "(312) 555-0127", "use": "mobile"}],
                "address": [{"line": ["604 Orchard Hill Dr"], "city": "Port Ellis", "state": "IL",
                             "postalCode": "60698"}]}},
            {"resource": {
                "resourceType": "ServiceRequest", "id": "sr-88420", "status": "active", "intent": "order",
                "code": {"text": "Complex rehab power wheelchair with power tilt, recline and seat elevation"},
                "subject": {"reference": "Patient/pt-00634018"},
                "authoredOn": "2025-04-02",
                "requester": {"display": "Evelyn Hale, MD"},
                "note": [{"text": "Client uses tilt for pressure relief; transfers level with seat elevation."}]}},
            {"resource": {
                "resourceType": "Observation", "id": "obs-map-1", "status": "final",
                "code": {"text": "Seated interface pressure, peak"},
                "subject": {"reference": "Patient/pt-00634018"},
                "effectiveDateTime": "2025-03-31",
                "valueQuantity": {"value": 134, "unit": "mmHg"},
                "note": [{"text": "Own foam cushion, 0 deg tilt, R ischial region"}]}}]}
    m = mk(f"LRH Integration <fhir-notify@{CL}>", f"{GREG}, {JANELLE}",
           "[Referral] New CRT referral ref-20250402-0193", dt(4, 2, 11, 3))
    m.set_content("""A new referral has been posted to the Keystone partner endpoint and a copy is
attached for your records. Open it in the partner portal to accept.

Referral: ref-20250402-0193
""")
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False).encode("utf-8"),
           ("application", "fhir+json"), "ref-20250402-0193.json")
    return m


@reg("phi", "struct", "Clarence Whitmore")
def _():
    m = mk(f"Lakeshore Web Forms <noreply-forms@{CL}>", SEATING,
           "New submission: Seating Clinic Appointment Request", dt(1, 20, 18, 26),
           reply_to="Clarence Whitmore <cwhitmore@inboxly.example>")
    m.set_content("""A new form was submitted on lakeshorerehab.example.

Form: Seating Clinic Appointment Request
Submitted: 01/20/2025 6:26 PM

Name: Clarence Whitmore
Date of birth: 10/08/1952
Phone: (312) 555-0119
Email: cwhitmore@inboxly.example
Address: 51 Sycamore St, Bayview
Insurance: Medicare + State Medicaid
Member / ID number: 2HQ9-CE4-MM07
Who is completing this form: Self
Current wheelchair: manual, about 8 years old, from the VA
Reason for request: I can't push anymore since my shoulder surgery. I get sores on my backside in the summer. Need to know if I qualify for a power chair.
Any skin problems now?: Yes
Preferred days: Tue / Thu mornings
Referring doctor: Dr. Lionel Barstow
How did you hear about us: My surgeon

--
This message was generated automatically. Do not reply.
""")
    return m


@reg("phi", "struct", "Winifred Castellano-Ruiz")
def _():
    hdr = f"{'ACCT':<10}{'LAST':<16}{'FIRST':<12}{'DOB':<10}{'PAYER':<10}{'HCPCS':<8}{'STATUS':<12}{'REF':<10}"
    recs = [
        ("KR104417", "CASTELLANO-RUIZ", "WINIFRED", "19390514", "MCR", "K0856", "WIP-DOCS", "LRH-DW"),
        ("KR104452", "BEAUCHAMP", "THEO", "19600222", "MCD", "E1161", "WIP-PA", "LRH-KM"),
        ("KR104460", "OYELARAN", "MARVIN", "19571101", "MCR", "E2624", "DELIV-SCH", "LRH-MI"),
        ("KR104471", "DUQUETTE", "SIMONE", "19880730", "COMM", "K0861", "WIP-BUILD", "LRH-DW"),
        ("KR104488", "PHAM", "THANH HUONG", "19410306", "MCR", "E2624", "WIP-DOCS", "LRH-MI"),
        ("KR104493", "GALLAGHER", "SEAMUS", "19751212", "MCD", "K0108", "HOLD-HOSP", "LRH-KM"),
    ]
    body = hdr + "\r\n" + "\r\n".join(
        f"{a:<10}{b:<16}{c:<12}{d:<10}{e:<10}{f:<8}{g:<12}{h:<10}" for a, b, c, d, e, f, g, h in recs) + "\r\n"
    m = mk(JANELLE, f"{HAROLD}, {RENEE}", "WIP export for Thursday's call", dt(2, 19, 16, 44))
    m.set_content(f"""Hi both, WIP export for your referrals attached (fixed-width out of our billing
system, open it in Notepad or it'll look scrambled). Two stuck in docs - Castellano-Ruiz
is waiting on the F2F addendum, Pham on the mapping report.

{SIG_JANELLE}
""")
    m.add_attachment(body.encode("ascii"), maintype="text", subtype="plain", filename="WIP_LRH_20250219.txt")
    return m


# ============================================================== PHI: LANG
@reg("phi", "lang", "Rosa Elvira Quintanilla Ortega")
def _():
    m = mk("Lucía Quintanilla <luciaq.82@mailbox.example>", SEATING,
           "Cojín de mi mamá - urgente", dt(4, 3, 19, 12))
    m.set_content("""Buenas tardes,

Le escribo por mi mamá, Rosa Elvira Quintanilla Ortega. Desde que le cambiaron el
cojín de la silla la semana pasada, le salió una llaga en la nalga derecha. Está roja
y ya se abrió un poquito, y ella no quiere sentarse en la silla más de una hora.

¿La pueden revisar o cambiar el cojín otra vez? La cita con la terapeuta Dana es hasta
el 15 de abril y creo que no podemos esperar tanto. La enfermera de la casa dice que
hay que quitarle la presión.

Ella nació el 8 de mayo de 1946, por si lo necesitan para buscarla.
Mi teléfono es (312) 555-0111, me pueden llamar en la tarde.

Gracias,
Lucía Quintanilla
""", charset="iso-8859-1", cte="quoted-printable")
    return m


@reg("phi", "lang", "Савельев Григорий")
def _():
    m = mk("Алексей Савельев <a.savelyev@netzmail.example>", REPAIRS,
           "Ремонт коляски — Савельев Григорий", dt(2, 10, 9, 31))
    m.set_content("""Здравствуйте!

Пишу по поводу моего отца, Савельева Григория Петровича (дата рождения 14.02.1940).
Его электрическая коляска опять не заряжается, индикатор мигает красным, хватает
примерно на час. Отец почти не может сидеть в обычном кресле - после инсульта его
всё время клонит влево, а в коляске с наклоном ему удобно и не натирает.

Можно ли прислать техника на этой неделе? И можно ли получить подменную коляску,
пока идёт ремонт?

Адрес: 1520 Lakeshore Ave, кв. 12, Fairhaven.
Телефон: (312) 555-0132 (я), отец по-английски почти не говорит.

С уважением,
Алексей Савельев
""", charset="koi8-r", cte="8bit")
    return m


@reg("phi", "lang", "Phạm Thị Thanh Hương")
def _():
    viet = """Chào anh Greg,

Mẹ tôi là Phạm Thị Thanh Hương. Bác sĩ ở phòng khám vết thương nói vết loét ở xương
cùng của mẹ đã đỡ hơn, nhưng mẹ vẫn bị đỏ da sau khi ngồi 2 tiếng. Tôi bơm đệm theo
cách chị Marisol chỉ (kiểm tra bằng tay). Cho tôi hỏi khi nào có đệm mới?
Số điện thoại: 312-555-0128.

Cảm ơn anh.
Minh"""
    m = mk(KOFI, GREG, "FW: đệm mới cho mẹ - Pham family", dt(3, 28, 11, 47), cc=MARISOL)
    m.set_content(f"""Greg,

Minh (Mrs. Pham's son) sent this to the clinic inbox. Our interpreter's quick
translation:

  "My mother is Pham Thi Thanh Huong. The wound clinic doctor said the sore on
   her tailbone is better, but her skin is still red after sitting 2 hours. I
   pump the cushion the way Marisol showed (hand check). When will the new
   cushion come? Phone 312-555-0128."

I think the new air cushion was on your delivery list for this week? Can you reply
to him directly, he reads English fine but writes in Vietnamese.

Kofi

-----Original Message-----
From: Minh Pham <minhpham.fh@inboxly.example>
Sent: Thursday, March 27, 2025 9:15 PM
To: Seating & Mobility Clinic
Subject: đệm mới cho mẹ

{viet}
""", charset="utf-8", cte="base64")
    return m


@reg("phi", "lang", "陈国栋")
def _():
    m = mk("陈美玲 <meiling.chen@mailbox.example>", SEATING, "关于我父亲陈国栋的轮椅坐垫", dt(3, 17, 20, 4))
    m.set_content("""您好！

我是陈国栋的女儿。我父亲上周在贵诊所做了轮椅座椅评估（治疗师是 Dana）。
他现在还坐在旧轮椅上，尾骨那里又红了，晚上翻身的时候说疼。

请问新的坐垫什么时候能到？Medicaid 批准了吗？
他的出生日期是1938年11月2日。

我的电话：(312) 555-0136，白天可以打。
谢谢！

陈美玲
""", charset="gb2312", cte="base64")
    return m


@reg("phi", "lang", "عبد الله منصور")
def _():
    m = mk("Karim Mansour <karim.mansour@netzmail.example>", MARISOL,
           "وسادة الكرسي المتحرك - والدي عبد الله منصور", dt(4, 7, 18, 40))
    ar = """السلام عليكم،

أكتب بخصوص والدي عبد الله منصور (تاريخ الميلاد 10/03/1952).
الوسادة الجديدة للكرسي المتحرك مريحة، لكن ظهر احمرار على الجلد أسفل الظهر بعد الجلوس لمدة ثلاث ساعات، ولم يختفِ حتى الصباح.

هل يجب أن نغيّر الوسادة أم نحضر إلى العيادة؟ والدي يستخدم خاصية الإمالة مرتين فقط في اليوم.

رقم الهاتف: 555-0133 (312)

مع الشكر،
كريم منصور"""
    inner = "".join(f"<p>{xesc(par).replace(chr(10), '<br>')}</p>" for par in ar.split("\n\n"))
    html = ('<html dir="rtl"><head><meta charset="utf-8"></head><body>'
            f'<div dir="rtl" style="font-family:Tahoma,Arial;font-size:12pt">{inner}</div>'
            '<div dir="ltr" style="font-size:9pt;color:#666">Sent from my Galaxy</div></body></html>')
    m.set_content(html, subtype="html", charset="utf-8", cte="base64")
    return m


@reg("phi", "lang", "Joaquim Albuquerque Teixeira")
def _():
    pt = """Oi Luís, tudo bem?

Aqui é a Célia, esposa do Joaquim Albuquerque Teixeira. A cadeira motorizada dele
parou de reclinar de novo ontem à noite e ele não consegue aliviar a pressão nas
costas. O enfermeiro do home care disse que a ferida no cóccix piorou um pouco
desde sexta.

Você consegue passar aqui amanhã? Estou em casa o dia todo.
Se precisar, meu celular é (312) 555-0134.

Obrigada,
Célia"""
    m = mk(LUIS, BRENT, "FW: cadeira do Joaquim - recline parou", dt(3, 19, 7, 22))
    m.set_content(f"""Brent,

Celia Teixeira texted/emailed me last night (she writes Portuguese). Joaquim's
recline quit again - same chair as WO 58102. Home care nurse says the spot on his
tailbone got worse since Friday. I want to go first thing tomorrow, can you move my
9:00 to the afternoon?

Luis

{SIG_LUIS}

-----Mensagem original-----
De: Célia Teixeira <celia.teixeira@inboxly.example>
Enviada em: terça-feira, 18 de março de 2025 22:05
Para: Luis Ferreira
Assunto: cadeira do Joaquim

{pt}
""", charset="iso-8859-1", cte="quoted-printable")
    return m


@reg("phi", "lang", "Yolande Pierre-Louis")
def _():
    kr = """Bonjou,

Mwen se pitit fi Madan Yolande Pierre-Louis. Manman m gen yon maleng nan dèyè l
depi li t ap chita nan chèz prete a (loaner). Kousen chèz sa a twò di, li pa ka chita
plis pase inèdtan. Enfimyè a vin wè l yè, li di se presyon.

Kilè chèz pa l ap pare? Tanpri rele m nan (312) 555-0137.

Mèsi anpil,
Nadège"""
    m = mk(TAMIKA, f"{GREG}, {MARISOL}", "Fw: chèz manman m - Pierre-Louis", dt(4, 4, 10, 5))
    txt = f"""Greg, Marisol -

Forwarding from Nadège (Yolande Pierre-Louis's daughter). Our Creole interpreter
read it for me: her mom has a sore on her bottom since she's been in the loaner,
the loaner cushion is too hard and she can't sit more than an hour. Home nurse came
yesterday and said it's from pressure. She wants to know when the own chair is ready.

Can we at least get a better cushion on the loaner today? Marisol, do you want to see
her before the chair is back?

Tamika

________________________________
From: Nadège Pierre-Louis <nadege.pl@mailbox.example>
Sent: Friday, April 4, 2025 8:31 AM
To: Seating & Mobility Clinic
Subject: chèz manman m

{kr}
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    return m


@reg("phi", "lang", "Zbigniew Wójcik")
def _():
    pl = """Dzień dobry,

Piszę w sprawie mojego taty, Zbigniewa Wójcika. Od dostawy nowego wózka
(2 tygodnie temu) tata ma odparzenie i otarcie na lewym pośladku, a od wczoraj
skóra jest ciemniejsza i pęka. Tata mówi, że poduszka jest "za twarda" po lewej.
Czy pani terapeutka może go zobaczyć wcześniej? Wizyta kontrolna jest dopiero
22 kwietnia.

Tel. (312) 555-0138, najlepiej po 16:00.

Pozdrawiam,
Katarzyna Wójcik"""
    m = mk(DANA, f"{MARISOL}, {TAMIKA}", "Fwd: Zbigniew Wójcik - wózek / odleżyna", dt(4, 10, 8, 12))
    m.set_content(f"""Marisol / Tamika,

Mr. Wójcik's daughter wrote in Polish - my grandmother's Polish gets me about
this far: since delivery 2 weeks ago he has a chafed/raw area on the L buttock,
since yesterday it's darker and cracking, he says the cushion is "too hard" on the
left. She wants him seen before 4/22. Tamika can we get him in this week for a map
and skin check? I can take Monday at 3.

Dana

---------- Forwarded message ---------
From: Katarzyna Wójcik <kasia.wojcik@netzmail.example>
Date: Wed, Apr 9, 2025 at 9:48 PM
Subject: wózek taty
To: <dwhitfield@{CL}>

{pl}
""", charset="iso-8859-2", cte="quoted-printable")
    return m


# ============================================================== CLEAN: STAFF
@reg("clean", "staff")
def _():
    rows = [["Date", "Primary tech", "Cell", "Backup", "Cell"],
            ["Sat 3/8", "Luis Ferreira", "(312) 555-0178", "Dmitri Volkov", "(312) 555-0181"],
            ["Sun 3/9", "Dmitri Volkov", "(312) 555-0181", "Luis Ferreira", "(312) 555-0178"],
            ["Sat 3/15", "Andre Boateng", "(312) 555-0183", "Luis Ferreira", "(312) 555-0178"],
            ["Sun 3/16", "Andre Boateng", "(312) 555-0183", "Dmitri Volkov", "(312) 555-0181"],
            ["Sat 3/22", "Dmitri Volkov", "(312) 555-0181", "Andre Boateng", "(312) 555-0183"],
            ["Sun 3/23", "Luis Ferreira", "(312) 555-0178", "Andre Boateng", "(312) 555-0183"]]
    m = mk(BRENT, f"Keystone Service <service-all@{SU}>, {TAMIKA}", "March weekend on-call", dt(3, 3, 7, 15))
    m.set_content(f"""All,

March weekend on-call below. Answering service transfers to primary first, backup
after 15 min. Tamika, copying you so the clinic has it too.

{text_table(rows)}

Reminders:
- Weekend calls are for chairs that won't drive, won't charge, or are stuck in
  tilt/recline. Everything else gets a ticket for Monday.
- Van 3 has the loaner tilt chair and the spare batteries. Log mileage.
- If you go out, ticket goes in before you leave the driveway, not Monday.

{SIG_BRENT}
""")
    return m


@reg("clean", "staff")
def _():
    rows = [["Name", "Role", "Credentials", "Ext", "Cell", "Email"],
            ["Harold Nguyen-Baxter", "Clinic Manager", "MHA", "2101", "(312) 555-0161", f"hnguyenbaxter@{CL}"],
            ["Marisol Ibarra", "Senior OT, Seating Lead", "OTR/L, ATP/SMS", "2148", "(312) 555-0150", f"mibarra@{CL}"],
            ["Dana Whitfield", "Physical Therapist", "PT, DPT, ATP", "2152", "(312) 555-0152", f"dwhitfield@{CL}"],
            ["Kofi Mensah", "Physical Therapist", "PT, DPT", "2157", "(312) 555-0157", f"kmensah@{CL}"],
            ["Tamika Boone", "Intake & Scheduling", "", "2140", "", f"tboone@{CL}"],
            ["Renee Castellano", "Reimbursement Specialist", "CPC", "2163", "", f"rcastellano@{CL}"],
            ["Evelyn Hale", "Medical Director, PM&R", "MD", "2190", "(312) 555-0191", f"ehale@{CL}"],
            ["Greg Polanski", "Vendor ATP (Keystone)", "ATP/CRTS", "-", "(312) 555-0171", f"gpolanski@{SU}"]]
    inner = ("<p>Team,</p><p>Updated seating team directory is below. Please check your line and "
             "tell me if anything is wrong. Kofi's ATP exam is scheduled for June, I'll update the "
             "credentials column when he passes (no pressure).</p>" + html_table(rows) +
             "<p>Front desk main line stays (312) 555-0148, fax 555-0149.</p><p>Harold</p>")
    m = mk(HAROLD, f"Seating Team <seating-team@{CL}>", "Seating team directory - updated Feb 2025",
           dt(2, 3, 8, 30))
    m.set_content(html_wrap(inner), subtype="html")
    return m


@reg("clean", "staff")
def _():
    m = mk(MARISOL, f"{DANA}, {KOFI}", "mapping protocol - let's standardize", dt(1, 21, 17, 5))
    m.set_content(f"""Dana, Kofi,

I went back through our last few months of maps and we're all doing it a little
differently, which makes before/after comparisons hard. Proposal for how we run
every map from now on:

1. Calibrate the mat at the start of each clinic day, log it on the sheet.
2. Client sits 2 minutes before we capture (we've been capturing at 30 sec).
3. Always capture at 0 deg tilt first, then 15, 30, 45 if the chair has tilt.
4. Mat goes directly on the cushion, under the cover, not on top of the cover.
5. Report peak, average and the contact area, plus the peak pressure index
   (highest 9-10 sq cm) - the single peak sensor is too noisy to trend.
6. Visual skin check before and after on every client who can tolerate it.
7. Save as LASTNAME_FIRST_YYYYMMDD_condition. No spaces.

Also a reminder that the map is a teaching tool as much as a measurement.
Literature is pretty clear that there's no universal "safe" number, so I'd rather
we stop writing "pressures within normal limits" in evals.

Let's talk at Thursday's meeting.

M.

{SIG_MARISOL}
""")
    return m


@reg("clean", "staff")
def _():
    rows = [["Week of", "Out", "Covering evals", "Covering maps"],
            ["Apr 7", "Dana (Apr 9-11)", "Kofi", "Marisol"],
            ["Apr 14", "-", "", ""],
            ["Apr 21", "Marisol (Apr 21-25, conference)", "Dana", "Dana"],
            ["Apr 28", "Kofi (Apr 28)", "Dana", "Marisol"]]
    txt = f"""Hi all,

April time off and coverage below. Tamika will block the schedules. Greg,
Keystone's ATP coverage the week of the 21st is Priscilla Yoon since you're at the
same conference as Marisol.

{text_table(rows)}

If you still have requests for May, get them to me by 4/15.

Harold"""
    m = mk(HAROLD, f"Seating Team <seating-team@{CL}>", "April coverage", dt(3, 20, 12, 0), cc=GREG)
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt.split("\n\n")[0] + "\n\n" + txt.split("\n\n")[1]) + html_table(rows)
                                + p("If you still have requests for May, get them to me by 4/15.\n\nHarold")),
                      subtype="html")
    return m


@reg("clean", "staff")
def _():
    m = mk(GREG, f"Seating Team <seating-team@{CL}>", "In-service 4/16: alternative drive controls - sign up",
           dt(3, 31, 15, 10))
    m.set_content(f"""Hi everyone,

Bringing in Wendell Ashby from the electronics manufacturer on Wednesday 4/16,
12:00-1:30 in the Suite 140 conference room. Lunch provided (thanks, Keystone).

Topics:
 - head arrays: setup, proximity switch sensitivity, common mistakes
 - sip-and-puff calibration
 - mini-proportional joysticks and compact joystick mounting
 - programming drive profiles and tilt reminders from the tablet app
 - hands-on with the demo chairs

1.5 contact hours, AOTA/APTA approval pending.

Signed up so far:
   Marisol Ibarra   OTR/L, ATP/SMS
   Dana Whitfield   PT, DPT, ATP
   Kofi Mensah      PT, DPT
   Jasmine Ortega   OT student (Level II)
   Luis Ferreira    Keystone service

Reply all if you're in, I need a count for lunch by 4/11.

{SIG_GREG}
""")
    return m


@reg("clean", "staff")
def _():
    m = mk(DANA, f"Seating Team <seating-team@{CL}>", "huddle notes 2/27", dt(2, 27, 9, 5))
    m.set_content("""Huddle notes, Thurs 2/27 (Dana, Marisol, Kofi, Tamika, Harold; Greg by phone)

Numbers (Feb to date):
- 42 evals completed, 11 fittings, 17 deliveries
- Average referral-to-eval: 19 days (goal 14)
- Average eval-to-delivery for power: 88 days. Manual TIS: 51 days.
- 6 no-shows; 4 of those were first visits. Tamika trying reminder texts 48h out.

Discussion:
- Eval template: Renee wants a section that says in plain words why each lower
  level of equipment won't work. Marisol drafting, review next week.
- Demo fleet: the 18" power base needs new batteries, Greg will swap.
- Room 3 mat table is back from repair.
- Mapping mat calibration log - please actually fill it in.

Action items:
- Marisol: template draft by 3/6
- Tamika: reminder text pilot starts 3/3
- Harold: ask facilities again about the door opener
""")
    return m


@reg("clean", "staff")
def _():
    rows = [["Staff", "Credential", "Cert #", "Expires", "CEUs needed", "CEUs logged", "Notes"],
            ["Marisol Ibarra", "RESNA ATP / SMS", "ATP-40918 / SMS-1122", "2025-06-30", 20, 16,
             "needs 4 seating-specific"],
            ["Dana Whitfield", "RESNA ATP", "ATP-52207", "2026-02-28", 20, 7, ""],
            ["Kofi Mensah", "-", "-", "-", "-", "-", "ATP exam June 2025"],
            ["Marisol Ibarra", "State OT license", "056-118204", "2025-12-31", 24, 24, "done"],
            ["Dana Whitfield", "State PT license", "070-219558", "2026-09-30", 40, 22, ""],
            ["Kofi Mensah", "State PT license", "070-231490", "2026-09-30", 40, 31, ""]]
    m = mk(HAROLD, f"{MARISOL}, {DANA}, {KOFI}", "credential / CEU tracker", dt(1, 6, 10, 20))
    m.set_content("""Happy new year. Credential tracker attached - Marisol your ATP/SMS renewal is
the closest (June 30). The in-service in April should count for some of it.

Harold
""")
    attach(m, xlsx(rows, "Credentials"), XLSX_T, "seating_credentials_2025.xlsx")
    return m


# ============================================================== CLEAN: ADMIN
@reg("clean", "admin")
def _():
    lines = ["KEYSTONE REHAB TECHNOLOGY, LLC",
             "5100 Industrial Pkwy, Fairhaven IL 60699   (312) 555-0170",
             "",
             "INVOICE  KRT-INV-2025-00381            Date: 02/14/2025",
             "Bill to: Lakeshore Rehabilitation Hospital - Seating & Mobility Clinic",
             "         Attn: Accounts Payable, 2200 Harbor View Dr",
             "PO: LRH-PO-118734                      Terms: Net 30",
             "",
             "Qty  Item                                              Unit      Ext",
             "---  ------------------------------------------------  --------  --------",
             " 1   Demo power base, 18in, mid-wheel (clinic demo)    6,950.00  6,950.00",
             " 2   Air-cell cushion 18x18, 4in (demo / trial stock)    489.00    978.00",
             " 2   Air-cell cushion 16x16, 3in (demo / trial stock)    455.00    910.00",
             " 1   Pressure mapping mat replacement cover              129.00    129.00",
             " 1   Demo tilt-in-space manual frame, 16in             2,340.00  2,340.00",
             "",
             "                                              Subtotal  11,307.00",
             "                                       Clinic discount  -1,130.70",
             "                                                 TOTAL  10,176.30",
             "",
             "Remit to: Keystone Rehab Technology, Lockbox 4471, Fairhaven IL 60699",
             "ACH: routing 071000013 acct ending 3391"]
    m = mk(f"Keystone Billing <billing@{SU}>", f"Accounts Payable <ap@{CL}>",
           "Invoice KRT-INV-2025-00381 / PO LRH-PO-118734", dt(2, 14, 10, 0), cc=HAROLD)
    m.set_content(f"""Please find attached invoice KRT-INV-2025-00381 for demo equipment delivered to the
Seating & Mobility Clinic on 2/12 (PO LRH-PO-118734).

Payment terms Net 30. Please reference the invoice number on remittance.

Thank you for your business,
Keystone Rehab Technology - Accounts Receivable
(312) 555-0170 x4

{DISC_SU}
""")
    attach(m, pdf(lines, size=9), PDF_T, "KRT-INV-2025-00381.pdf")
    return m


@reg("clean", "admin")
def _():
    txt = """PLANNED DOWNTIME - Electronic Health Record

When: Saturday, March 15, 2025, 11:00 PM until Sunday, March 16, 2025, approx. 4:00 AM
Who is affected: all outpatient clinics, including Seating & Mobility, PT/OT/SLP outpatient

What to do:
- Print your Monday schedule before you leave Friday.
- Downtime forms are in the red binder at each front desk. Do not start a note
  in the EHR during the window; it will not save.
- The referral portal and the partner feed (Keystone and other suppliers) will
  queue messages and send them after the upgrade.
- After go-live you will be asked to reset your password. New rule: 14 characters
  minimum, no reuse of last 10.

Questions: IT Service Desk, x4357 or servicedesk@lakeshorerehab.example

Lakeshore Rehabilitation Hospital - Information Technology"""
    m = mk(f"IT Service Desk <servicedesk@{CL}>", f"Outpatient Staff <op-allstaff@{CL}>",
           "[Planned] EHR downtime Sat 3/15 11 PM - 4 AM", dt(3, 10, 8, 0))
    m.set_content(txt)
    m.add_alternative(html_wrap("<h3 style='color:#b00'>PLANNED DOWNTIME</h3>" + p(txt)), subtype="html")
    return m


@reg("clean", "admin")
def _():
    m = mk(HAROLD, f"Facilities Work Orders <facilities@{CL}>", "Suite 140 door opener + parking, again",
           dt(2, 28, 13, 25))
    m.set_content(f"""Hi Facilities,

Following up on ticket FAC-22918 (opened 1/30). The automatic door opener at the
Suite 140 entrance is still only working intermittently. This is the seating clinic -
nearly every visitor comes in a wheelchair, many of them power chairs that can't
pull a door. Staff have been propping it, which security keeps (rightly) closing.

Two other items while I have you:
1. The accessible van-accessible spaces in Lot C lost their striping after the
   snow plowing. The 8' access aisles are basically invisible.
2. The ramp at the loading dock we use for equipment deliveries has a cracked
   threshold plate. Keystone's techs are rolling 400 lb chairs over it.

Can someone come look this week?

Thanks,
Harold Nguyen-Baxter
Clinic Manager, Seating & Mobility
""")
    return m


@reg("clean", "admin")
def _():
    m = mk(f"Lakeshore HR <hr@{CL}>", f"Outpatient Staff <op-allstaff@{CL}>",
           "Reminder: open enrollment closes Nov 15 + new hires", dt(11, 4, 9, 0, y=2024))
    m.set_content("""Good morning,

Benefits open enrollment for 2025 closes Friday, November 15 at 5:00 PM.
If you do nothing, your current medical, dental and vision elections roll over,
but your FSA and dependent care elections do NOT - you must re-elect them.

Benefits fair: Wednesday 11/6, 11-2, cafeteria. Reps from the medical, dental,
vision, EAP and retirement plans will be there.

Please also welcome our new outpatient team members starting 11/11:
  - Jasmine Ortega, Level II OT student (Seating & Mobility, through Jan)
  - Terrell Hampton, Rehab Aide (Outpatient PT)
  - Priya Venkataraman, Patient Access Representative

Onboarding: badge photos Monday 8:00 AM in HR (Room B112); EHR training Tuesday.

Lakeshore Human Resources
""")
    return m


@reg("clean", "admin")
def _():
    paras = ["# MASTER SERVICES AGREEMENT - AMENDMENT No. 3",
             "Between Lakeshore Rehabilitation Hospital (\"Hospital\") and Keystone Rehab Technology, LLC (\"Supplier\")",
             "Effective: April 1, 2025 through March 31, 2027",
             "1. Scope. Supplier will provide a credentialed ATP at Hospital's Seating & Mobility Clinic for "
             "scheduled evaluation, fitting and delivery sessions, not to exceed 3 clinic days per week.",
             "2. Demo equipment. Supplier will maintain at the clinic at no cost to Hospital: two power bases "
             "(16 and 18 inch), one manual tilt-in-space frame, trial cushions in sizes 14-20 inch, and one "
             "pressure mapping system. Hospital purchases additional demo items at the rates in Schedule A.",
             "3. Service levels. Supplier will respond to repair requests for clients referred by Hospital "
             "within 2 business days, and within 1 business day where the client's chair is not operable.",
             "4. Loaner equipment. Supplier maintains a minimum of 8 loaner chairs, including at least 3 with tilt.",
             "5. Referral neutrality. Hospital makes no referral commitments. Clients retain choice of supplier.",
             "6. Data. Each party maintains its own records and safeguards consistent with applicable law. "
             "A separate Business Associate Agreement is not required for this amendment.",
             "Schedule A - Demo purchase pricing (percent of list)"]
    table = [["Category", "Discount"], ["Power bases", "22%"], ["Manual TIS frames", "18%"],
             ["Cushions and backs", "15%"], ["Parts / electronics", "10%"]]
    m = mk(GREG, HAROLD, "MSA amendment 3 - redline for your legal", dt(3, 12, 16, 45),
           cc=f"Tom Rizzardi <trizzardi@{SU}>")
    m.set_content(f"""Harold,

Attached is amendment 3 with the changes we talked about - 2-day repair response
(1 day if the chair is down), loaner minimum went from 6 to 8, and the demo
discount schedule. Tom on our side is the contact for legal questions.

Greg
{SIG_GREG}
""")
    attach(m, docx(paras, table), DOCX_T, "KRT-LRH_MSA_Amendment3_redline.docx")
    return m


@reg("clean", "admin")
def _():
    m = mk(HAROLD, f"{MARISOL}, {DANA}, {KOFI}, {RENEE}", "QBR notes - Keystone, Q4 2024", dt(1, 29, 15, 0))
    m.set_content("""Notes from yesterday's quarterly review with Keystone (Greg, Brent, Janelle; our side
me, Marisol, Renee).

Volume, Q4 2024 (clinic-referred):
  Power chairs delivered ........ 31   (Q3: 27)
  Manual TIS delivered .......... 14
  Cushions/backs only ........... 58
  Repair tickets ................ 112  (median 6 days open, 19% needed a loaner)

Funding:
  First-pass approval, Medicare ..... 71%
  First-pass approval, Medicaid/MCO . 64%
  Overall denial rate ............... 14%  (top reason: documentation of why lower
                                            levels of equipment are insufficient)
  Redeterminations won .............. 9 of 12

Agreed:
 - Eval template revision (Marisol + Janelle) by end of Feb
 - Keystone adds two tilt loaners by March
 - Repair response target 2 business days, 1 if chair is down
 - Next QBR: late April

Harold
""")
    return m


@reg("clean", "admin")
def _():
    rows = [["HCPCS", "Description (short)", "Mod", "2024 allowable", "2025 allowable", "Change"],
            ["K0856", "PWC Grp 3 std, single power option, sling/solid", "KU", "6,941.07", "7,018.44", "+1.1%"],
            ["K0861", "PWC Grp 3 std, multiple power option", "KU", "8,112.90", "8,203.19", "+1.1%"],
            ["E1161", "Manual adult size wheelchair, tilt in space", "KU", "2,180.62", "2,204.89", "+1.1%"],
            ["E2624", "Skin protection seat cushion, adjustable, <22in", "KU", "511.28", "516.97", "+1.1%"],
            ["E2620", "Positioning back cushion, planar, <22in", "KU", "591.40", "597.98", "+1.1%"],
            ["E1002", "Power seating system, tilt only", "KU", "4,402.14", "4,451.13", "+1.1%"],
            ["E2310", "Power wc electronic connection, 1 function", "KU", "1,027.66", "1,039.10", "+1.1%"]]
    m = mk(RENEE, f"{HAROLD}, {JANELLE}", "2025 DMEPOS fee schedule - CRT codes we see", dt(1, 10, 11, 30))
    m.set_content("""Harold, Janelle -

The 2025 DMEPOS fee schedule is out. Pulled the CRT codes our referrals use most,
our state's non-rural rates, into the attached CSV. Roughly +1.1% across the board.
(Figures are my rounding off the public file - double check before quoting anyone.)

Renee
""")
    m.add_attachment(csv_text(rows), subtype="csv", filename="DMEPOS_2025_CRT_codes.csv")
    return m


# ============================================================== CLEAN: LOOKALIKE
@reg("clean", "lookalike")
def _():
    m = mk("Harbor Federal Credit Union <notices@harborfcu.example>",
           "Dana Whitfield <dana.whitfield@mailbox.example>",
           "Your share certificate is maturing - Member #0048213-09", dt(3, 2, 6, 0))
    inner = ("<p>Dear Dana Whitfield,</p>"
             "<p>Your 12-month share certificate (account ending <b>4471</b>) will mature on "
             "<b>03/28/2025</b>. Unless you contact us, it will automatically renew for another 12 months "
             "at the current rate of 3.85% APY.</p>"
             + html_table([["Member #", "0048213-09"], ["Account", "Share Certificate ****4471"],
                           ["Maturity date", "03/28/2025"], ["Balance", "$5,214.88"]], border=0) +
             "<p>To change your renewal options, log in to online banking or call Member Services at "
             "(312) 555-0100, Mon-Fri 8-6.</p><p>Harbor Federal Credit Union<br>"
             "Federally insured by NCUA. Equal Housing Opportunity.</p>"
             "<p style='font-size:8pt;color:#888'>Please do not reply to this email. Harbor FCU will never "
             "ask for your PIN or password by email.</p>")
    m.set_content(html_wrap(inner, font="Verdana"), subtype="html")
    return m


@reg("clean", "lookalike")
def _():
    m = mk("Lakeway Airlines <itinerary@lakewayair.example>", "MARISOL IBARRA <mibarra@" + CL + ">",
           "Your trip confirmation - QXT7RM - Chicago to Nashville", dt(2, 18, 21, 14))
    txt = """Thank you for choosing Lakeway Airlines.

CONFIRMATION CODE: QXT7RM

Passenger: IBARRA/MARISOL
SkyRewards Member #: LW 8841 2207 316   Tier: Silver
Known Traveler Number: on file
Ticket #: 0277 2140 88312

Mon 21APR  LW 1184  ORD 07:05  ->  BNA 09:12   Seat 14C  Economy
Fri 25APR  LW 1191  BNA 17:40  ->  ORD 19:35   Seat 11A  Economy

Fare: $318.40  Paid with card ending 2209
Purpose (corporate code): LRH-CONF-CRTSUMMIT

Bags: 1 personal item, 1 carry-on included. First checked bag $35.
Check-in opens 24 hours before departure.

Lakeway Airlines - 1 (800) 555-0199"""
    m.set_content(txt)
    m.add_alternative(html_wrap("<pre style='font-family:Consolas,monospace'>" + xesc(txt) + "</pre>"),
                      subtype="html")
    return m


@reg("clean", "lookalike")
def _():
    m = mk("RehabParts Direct <orders@rehabpartsdirect.example>", BRENT,
           "Order SO-448120 has shipped (2 of 2 packages)", dt(3, 11, 15, 52))
    m.set_content("""Hello Brent,

Good news - your order has shipped.

Customer #: C-20419  (Keystone Rehab Technology)
Sales order: SO-448120        PO / Patient ref: STOCK-REPLEN-MAR
Ship to: Keystone Rehab Technology, 5100 Industrial Pkwy, Fairhaven IL 60699

Line  Part #        Description                                  Qty
1     JS-4471-R     Joystick module, 4-key, w/ tilt output        2
2     CF-0822       Caster fork 6in, pair                          4
3     CC-1818-INC   Cushion cover 18x18, incontinence resistant    6
4     BAT-U1-GEL    U1 gel battery 12V                             8
5     ACT-TILT-24   Tilt actuator 24V (backorder filled)           1

Package 1: Ground, tracking 1Z 7W4 418 03 4471 0921 - est. delivery 3/13
Package 2: Freight (batteries), PRO# 22018834 - est. delivery 3/14

Track your order at rehabpartsdirect.example/track
Returns within 30 days with RMA. Electronics must be unopened.
""")
    return m


@reg("clean", "lookalike")
def _():
    m = mk("Midland Commercial Auto Claims <claims@midlandcommercial.example>", BRENT,
           "Claim 25-0311-88412 acknowledgment - Policy CAP-7729103-02", dt(3, 11, 9, 40))
    m.set_content("""Dear Brent Kowalczyk,

We have received the loss report for the following:

  Insured:         Keystone Rehab Technology, LLC
  Policy #:        CAP-7729103-02 (Commercial Auto)
  Claim #:         25-0311-88412
  Date of loss:    03/07/2025
  Vehicle:         2021 Ford Transit 350 HR, VIN 1FTBW3X88MKA04471 (Unit "Van 3")
  Driver:          Luis Ferreira
  Loss type:       Rear-end, parking lot, low speed. Wheelchair lift door dented.
  Injuries:        None reported

Your adjuster is Carmen Ilunga, (312) 555-0166, extension 3. Please send photos
of the lift door and the repair estimate. Rental reimbursement on this policy is
$75/day up to 30 days.

Midland Commercial Insurance
""")
    return m


@reg("clean", "lookalike")
def _():
    q = """Hi Kofi,

Yes - 2024 health FSA claims can be submitted through March 31, 2025 for expenses
incurred through 12/31/2024. Upload receipts in the benefits portal under
"Reimbursement". For the life insurance beneficiary change, use the Life Events
tile, it takes effect the day you submit.

Angela Ruiz
Benefits Specialist, Lakeshore HR"""
    m = mk(KOFI, f"Angela Ruiz <aruiz@{CL}>", "RE: FSA deadline + beneficiary", dt(1, 14, 13, 8),
           in_reply_to=mid(f"aruiz@{CL}"))
    m.set_content(f"""Thanks Angela, that's what I needed. One more - my member ID on the dental
card says 448120-01, but the portal shows 448120-00. Is that just because it's
my card vs. the subscriber? Don't want to get a claim kicked back.

Kofi

{onwrote("Tue, Jan 14, 2025 at 11:52 AM", "Angela Ruiz <aruiz@" + CL + ">")}
{quote(q)}
>
>> Hi Angela - can I still submit FSA receipts from December for 2024? And how do
>> I change my beneficiary on the life insurance? Employee ID 448120. Thanks, Kofi
""")
    return m


@reg("clean", "lookalike")
def _():
    segs = [
        "MSH|^~\\&|EPICADT|LRH|KEYSTONEPORTAL|KRT|20250225101500||ORM^O01|TST000412|T|2.5.1",
        "PID|1||99900001^^^LRH^MR||ZZTEST^WHEELCHAIR^A||19000101|U|||100 TEST ST^^TESTVILLE^IL^60699||(312)555-0100",
        "PV1|1|O|LRH-SEAT^140^^LRH",
        "ORC|NW|TSTORD0001",
        "OBR|1|TSTORD0001||REF0612^WHEELCHAIR SEATING AND MOBILITY EVAL^LRHPROC|||20250225",
        "DG1|1||Z99.3^Dependence on wheelchair^I10",
        "NTE|1||INTERFACE VALIDATION - NOT A REAL PATIENT - DO NOT SCHEDULE",
    ]
    m = mk(f"Priscilla Adeyemi <padeyemi@{CL}>", f"Keystone IT <it@{SU}>",
           "Interface validation round 2 - test msgs ZZTEST", dt(2, 25, 10, 20), cc=f"Interface Team <interfaces@{CL}>")
    m.set_content(f"""Hi Keystone IT,

Round 2 of validation for the referral feed is going out from our TEST environment
(processing ID "T") this morning. All messages use our standard test patient
ZZTEST, WHEELCHAIR A (MRN 99900001, DOB 01/01/1900). Please confirm:

 1. You receive 3 ORM^O01 messages (new, change, cancel) - control IDs TST000412-414
 2. Your portal creates exactly one referral and then cancels it
 3. Nothing from processing ID "T" shows up in your production queue

Sample of the NW message:

{chr(10).join(segs)}

If anything appears with a real name, stop and call me right away.

Priscilla Adeyemi
Integration Analyst, Lakeshore IT | x4412
""")
    return m


@reg("clean", "lookalike")
def _():
    m = mk("FitLoop Fairhaven <members@fitloop.example>", "Greg Polanski <gregpolanski77@inboxly.example>",
           "Membership freeze confirmed - Member #88120-44", dt(3, 29, 7, 30))
    txt = """Hi Greg,

Your membership freeze is confirmed.

Member #: 88120-44
Home club: FitLoop Fairhaven (Harbor Plaza)
Freeze dates: 04/01/2025 - 05/01/2025
Reason selected: Travel
Freeze fee: $10.00 (charged to card on file ending 0917)

Your regular $34.99 monthly dues resume 05/01/2025. Your personal training
sessions (3 remaining) will be held until you're back.

See you soon!
The FitLoop Team"""
    m.set_content(txt)
    m.add_alternative(html_wrap("<h2 style='color:#e4572e'>You're on pause.</h2>" + p(txt), font="Helvetica"),
                      subtype="html")
    return m


# ============================================================== CLEAN: NEWS
@reg("clean", "news")
def _():
    inner = """
<h1 style="color:#1f5f8b">Rolling Forward</h1>
<p><i>News from the Lakeshore Seating &amp; Mobility Clinic - Spring 2025</i></p>
<h3>New pressure mapping system</h3>
<p>Thanks to a grant from the Lakeshore Rehab Foundation, the clinic now has a second pressure mapping
system, so we can map clients in their own chairs during fittings without waiting for the other room.
Maps are color-coded and we print a copy for every client to take home.</p>
<h3>By the numbers (2024)</h3>
<ul><li>512 seating and mobility visits</li><li>140 wheelchairs delivered with Keystone Rehab Technology</li>
<li>Average wait for a first evaluation: 19 days (we are working to get it under 14)</li></ul>
<h3>Welcome</h3>
<p>Please welcome Jasmine Ortega, our Level II OT student from Fairhaven State, who is with us through
January, and congratulations to Dana Whitfield, PT, DPT, who earned her RESNA ATP certification.</p>
<h3>Cushion care tip</h3>
<p>Air-cell cushions should be checked every day: slide your hand flat under the lowest bony point -
you should have about a finger's width of air. Covers go in the washer on gentle, air dry only.</p>
<h3>Save the date</h3>
<p>Wheelchair maintenance clinic, Saturday May 10, 9-12, Lot C. Free tire checks, battery tests and
joystick cleaning. Bring your chair!</p>
<p style="font-size:8pt;color:#777">You are receiving this because you signed up for clinic news.
Unsubscribe: reply STOP. Lakeshore Rehabilitation Hospital, 2200 Harbor View Dr, Fairhaven.</p>"""
    m = mk(f"Lakeshore Seating & Mobility <news@{CL}>", "clinic-news@lists.lakeshorerehab.example",
           "Rolling Forward - Spring 2025", dt(4, 1, 10, 0))
    m.set_content(html_wrap(inner, font="Arial"), subtype="html", cte="quoted-printable")
    return m


@reg("clean", "news")
def _():
    m = mk("Coalition for Complex Rehab Access <action@crtaccess.example>",
           "members@lists.crtaccess.example", "ACTION ALERT: comment period on power seat elevation & standing",
           dt(2, 5, 12, 0))
    txt = """ACTION ALERT - Comments due March 17

The Medicare contractors have opened a comment period on a proposed update to the
power mobility coverage article that would expand coverage of power seat
elevation systems and add criteria for power standing systems.

What the proposal would do:
 - Cover seat elevation for users who transfer with or without assistance,
   including sliding board transfers, when the base chair is covered
 - Create a pathway for standing systems where the user is unable to stand
   without the system and would benefit for specific mobility-related activities
 - Clarify documentation - a specialty evaluation by a PT or OT with no financial
   relationship to the supplier

What we are asking:
 Clinicians, suppliers, users and families, please submit comments describing how
 these features affect independence and safety in daily activities. Stories are
 powerful, but do not include anyone's private medical details without consent.

Template comment letter and talking points: crtaccess.example/seat-elevation

Coalition for Complex Rehab Access
Washington Office - (202) 555-0140"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    return m


@reg("clean", "news")
def _():
    m = mk(MARISOL, f"Seating Team <seating-team@{CL}>", "journal club Thurs - tilt use study", dt(1, 27, 16, 30))
    m.set_content(f"""For Thursday's journal club - summary of the paper so you don't have to read the
whole thing (PDF is in the shared drive, journal club folder):

Harcourt L, Ndiaye S, Bellweather P. "Real-world use of power tilt among adult
wheelchair users: a 6-month data logger study." Journal of Seating Science
(2024) 12(3):211-224.

- 48 adult power wheelchair users with power tilt, 3 outpatient clinics
- Seat-mounted loggers recorded tilt angle every 5 seconds for 6 months
- Median 9 tilt events/day (IQR 4-17); median duration 1.9 min
- Only 27% of participants reached >=30 degrees on most events; most tilts were
  10-20 degrees, which the authors note gives little unloading of the ischials
- Participants who had a structured training session with pressure mapping
  feedback at delivery tilted more often and further than those who didn't
- Limitations: convenience sample, no skin outcomes, loggers can't tell tilt for
  pressure relief from tilt for comfort/napping

Discussion question: should we be setting tilt reminders at delivery by default?

M.
""")
    return m


@reg("clean", "news")
def _():
    m = mk(f"Lakeshore Rehab Foundation <foundation@{CL}>", f"All Staff <allstaff@{CL}>",
           "Donor spotlight: the Halloran family and three new loaner chairs", dt(3, 14, 11, 0))
    inner = p("""This month we want to say thank you to Frank and Maureen Halloran of Bayview.

To celebrate their 40th wedding anniversary, the Hallorans asked friends and family to give to the Foundation instead of giving them gifts. The result: $21,400, which bought three tilt-in-space loaner wheelchairs and two air-cell trial cushions for the Seating & Mobility Clinic's loaner program, managed with Keystone Rehab Technology.

Loaner chairs keep people seated safely while their own chairs are being repaired or while funding is approved, which can take weeks. Before this gift the program had only one tilt loaner.

"We just wanted the money to go somewhere you could actually see it," Maureen said at the check presentation in February. Frank, a retired machinist, asked for a tour of the repair shop and stayed an hour.

Thank you, Frank and Maureen!

Interested in supporting the loaner program? Contact the Foundation at (312) 555-0145.""")
    m.set_content(html_wrap("<h2>Donor Spotlight</h2>" + inner), subtype="html")
    return m


@reg("clean", "news")
def _():
    m = mk(f"Volunteer Services <volunteers@{CL}>", f"All Staff <allstaff@{CL}>",
           "Volunteer of the Quarter: Walt Kaminski", dt(4, 8, 9, 0))
    m.set_content("""VOLUNTEER OF THE QUARTER - WALT KAMINSKI

If you've walked past the back of the equipment room on a Tuesday morning, you've
probably heard Walt before you saw him - usually humming big band music while he
takes apart a caster.

Walt retired from 38 years as a mechanical engineer at the Fairhaven tool works and
started volunteering with the Seating & Mobility Clinic's donated equipment closet in
2021. Since then he has cleaned, repaired and tagged more than 200 donated manual
wheelchairs, walkers and shower chairs, which go to community members through our
partner agencies. He built the rolling parts cart the techs now fight over, and he
wrote the checklist we use to decide whether a donated chair is safe to pass on.

Walt has logged 1,140 volunteer hours. He says the secret is "coffee and a 7/16
wrench."

Join us for cake in the Suite 140 break room, Thursday 4/17 at 2:00.

Lakeshore Volunteer Services
""")
    return m


@reg("clean", "news")
def _():
    en = """Spring check-up for your wheelchair and your skin

Dear clients and families,

Spring is a good time for a quick check. Ten minutes now can prevent a breakdown
later - for your chair and for your skin.

Your chair
 - Tires: check pressure weekly if you have air tires. Look for cracks.
 - Batteries: charge every night, even if you didn't use the chair much.
 - Joystick: wipe with a damp cloth, never spray cleaner into it.
 - Listen: new clicks, grinding or a chair that pulls to one side - call us.

Your cushion
 - Air cushions: hand check every day.
 - Foam cushions: if it stays flattened, it's time to ask about a replacement.
 - Check the cover is on the right way (arrows to the front).

Your skin
 - Look at (or have someone look at) the skin you sit on every day. A mirror helps.
 - Redness that doesn't fade within 30 minutes after getting off it is a warning sign.
   Call your doctor or the clinic.
 - Use your tilt or do weight shifts often, as your therapist taught you.

Questions? Seating & Mobility Clinic, (312) 555-0148.
"""
    es = """Revisión de primavera para su silla de ruedas y su piel

 - Revise la presión de las llantas cada semana y cargue las baterías cada noche.
 - Cojín de aire: revíselo con la mano todos los días.
 - Revise la piel donde se sienta todos los días. Si una parte roja no se quita
   en 30 minutos, llame a su médico o a la clínica: (312) 555-0148."""
    m = mk(f"Lakeshore Seating & Mobility <news@{CL}>", "undisclosed-recipients:;",
           "Spring check-up for your chair (and your skin) / Revisión de primavera", dt(4, 14, 9, 30))
    m.set_content(en + "\n----------------------------------------\n\n" + es, charset="utf-8")
    return m


# ============================================================== CLEAN: TRAINING
@reg("clean", "training")
def _():
    m = mk(MARISOL, f"Seating Team <seating-team@{CL}>", "LMN template v4 - please use this one", dt(3, 6, 17, 30),
           cc=JANELLE)
    m.set_content("""Team,

Revised letter of medical necessity template below (also in the shared drive, Templates > LMN_v4).
The big change is section 4 - you must address every lower level of equipment by name.
Delete all bracketed text before signing.

------------------------------------------------------------------
[DATE]

RE: [CLIENT NAME]     DOB: [MM/DD/YYYY]     Member ID: [ID]
Equipment requested: [HCPCS code and plain-language description for each item]

1. Summary. [CLIENT NAME] was evaluated in the Lakeshore Seating & Mobility Clinic on
   [EVAL DATE] by [THERAPIST NAME, CREDENTIALS], with [ATP NAME], ATP, present.
2. Mobility-related activities of daily living in the home: [which MRADLs, where in the
   home, how long they take now, what goes wrong].
3. Physical findings: [strength, ROM, sitting balance, posture, sensation, skin
   inspection, pressure mapping results with cushion and tilt angle].
4. Why lower levels of equipment will not meet the need:
     Cane/walker: [ ]   Manual wheelchair: [ ]   Scooter: [ ]
     Group 2 power wheelchair: [ ]   Power options: [ ]
5. Why each requested accessory is needed: [ ]
6. The client [has / has not] demonstrated safe operation during the trial on [DATE].

[SIGNATURE BLOCK]
------------------------------------------------------------------

Janelle says the reviewers respond best to specific distances and times
("30 feet from bed to bathroom, takes 12 minutes with assist"), not adjectives.

Marisol
""")
    return m


@reg("clean", "training")
def _():
    m = mk(DANA, "Jasmine Ortega <jortega@" + CL + ">", "Case study for Friday - fictitious client",
           dt(11, 20, 15, 0, y=2024))
    m.set_content("""Hi Jasmine,

Here's the practice case for Friday. This is a made-up client (composite of common
presentations, not a real person) - write the seating eval as if it were real, and
we'll compare with how Marisol would have written it.

=== FICTITIOUS CASE - FOR TRAINING ONLY ===
Name: "Sample, Jane" (fictitious)
Age: 58    Sex: F
Setting: lives with spouse, 2-story house, bedroom on first floor
Current equipment: 10-year-old manual wheelchair, foam cushion
Presentation: progressive weakness over 5 years, now unable to self-propel more
than 15 ft; slides forward in chair within an hour; sits with posterior pelvic tilt
and leans right. Spouse reports redness over the tailbone at night.
Mapping (own cushion, upright): peak 150 mmHg at sacrum/coccyx.
=== END CASE ===

Questions to answer in your write-up:
 1. What would you try on the mat before you even put her in a chair?
 2. Which lower levels of equipment do you need to rule out, and how?
 3. Cushion and back choices - justify.
 4. Tilt, recline or both? What would the map need to show?

Dana
""")
    return m


@reg("clean", "training")
def _():
    txt = """CRT Documentation Quiz - Module 3 (10 questions, 80% to pass)

1. A face-to-face mobility exam for a power wheelchair must be completed by:
   a) the supplier ATP   b) the treating practitioner   c) any PT   d) the client's family

2. Which of the following is NOT a mobility-related activity of daily living?
   a) toileting   b) grooming   c) attending a concert   d) eating

3. A fictional client, "Client A," can walk 10 feet with a walker but not to the
   bathroom 40 feet away. Which level of equipment must the evaluation address FIRST?
   a) Group 3 power chair   b) cane/walker   c) scooter   d) power tilt

4. True or false: A pressure map peak under 60 mmHg means the cushion is safe.

5. HCPCS E2624 describes:
   a) a positioning back   b) a skin protection and positioning cushion, adjustable
   c) a power tilt system   d) a headrest

6. The ATP on the evaluation must:
   a) be employed by the hospital   b) have direct in-person involvement in the
   wheelchair selection   c) sign the face-to-face note   d) be an OT

7-10: see the Module 3 workbook, pages 14-16.

Answer key is available from the education coordinator. Do not share answers."""
    m = mk(f"Rehab Education <rehabed@{CL}>", f"Outpatient Therapists <op-therapists@{CL}>",
           "Module 3 quiz: CRT documentation (due 2/28)", dt(2, 10, 8, 0))
    m.set_content(txt)
    m.add_alternative(html_wrap("<pre>" + xesc(txt) + "</pre>"), subtype="html")
    return m


@reg("clean", "training")
def _():
    lines = ["LAKESHORE REHABILITATION HOSPITAL - SEATING & MOBILITY CLINIC",
             "Policy SMC-07: Loaner Wheelchair Program        Rev. 03/2025",
             "",
             "1. PURPOSE",
             "   To keep clients safely seated and mobile while their own wheelchair is being",
             "   repaired, or while funding for new equipment is pending.",
             "2. ELIGIBILITY",
             "   a. Client is followed by the clinic or referred for repair through Keystone.",
             "   b. The client's own chair is not operable or not safe to use.",
             "   c. A therapist or ATP has confirmed the loaner size and seating are adequate.",
             "3. PROCEDURE",
             "   a. Supplier assigns loaner by number (L-01 to L-12) and logs out-date.",
             "   b. Therapist documents seating set-up and skin check plan for the loan period.",
             "   c. If the loaner cannot provide tilt or adequate cushioning for a client who",
             "      needs it, the therapist documents the risk and a check-in plan.",
             "   d. Loaners are returned within 3 business days of the client's chair returning.",
             "4. CLEANING",
             "   All loaners are cleaned and disinfected per Infection Prevention IP-22 before",
             "   reissue. Cushions and covers are laundered or replaced. Tag with date and initials.",
             "5. BILLING",
             "   Loaners are not billed to the client or insurer.",
             "",
             "Approved: Harold Nguyen-Baxter, Clinic Manager; Evelyn Hale, MD, Medical Director"]
    m = mk(HAROLD, f"Seating Team <seating-team@{CL}>", "Updated policy SMC-07 Loaner Program", dt(3, 17, 9, 15),
           cc=BRENT)
    m.set_content("""All - updated loaner policy attached. Main change is 3c: if the loaner can't give
someone tilt or a decent cushion, we document the risk and set up check-ins. Please
read and initial the sign-off sheet at the front desk by 3/31.

Harold
""")
    attach(m, pdf(lines, size=9), PDF_T, "SMC-07_Loaner_Program_rev2025-03.pdf")
    return m


@reg("clean", "training")
def _():
    paras = ["# SOP SMC-12: Seated Interface Pressure Mapping",
             "Purpose: standard method for pressure mapping in the Seating & Mobility Clinic so results can "
             "be compared across visits and clinicians.",
             "Equipment: pressure mapping mat and software, calibration rig, disposable mat cover.",
             "# Procedure",
             "1. Calibrate the mat at the start of each clinic day and record it on the log.",
             "2. Place the mat directly on the cushion surface, under the cushion cover.",
             "3. Position the client; allow 2 minutes of settling before capture.",
             "4. Capture at 0 degrees tilt, then at 15, 30 and 45 degrees where available.",
             "5. Record peak pressure index, average pressure and contact area for each capture.",
             "6. Perform and document a visual skin inspection before and after, when tolerated.",
             "7. Use the map for client and caregiver teaching; provide a printed copy.",
             "8. Save files as LASTNAME_FIRST_YYYYMMDD_condition (e.g. DOE_JANE_20250101_air-0deg for the "
             "training file).",
             "# Interpretation",
             "No single pressure value is universally safe. Trend results for the same client and interpret "
             "alongside skin inspection, sitting tolerance and history.",
             "Owner: Seating Lead, OT. Review: annually."]
    m = mk(MARISOL, f"Seating Team <seating-team@{CL}>", "SOP SMC-12 final - pressure mapping", dt(2, 4, 12, 40))
    m.set_content("""Final version of the mapping SOP attached (from our Jan discussion). Please read
before Thursday - we'll do a practice run on each other at lunch.

M.
""")
    attach(m, docx(paras), DOCX_T, "SOP_SMC-12_Pressure_Mapping.docx")
    return m


@reg("clean", "training")
def _():
    m = mk(f"Clinical Informatics Education <informatics-ed@{CL}>", f"{KOFI}, Jasmine Ortega <jortega@{CL}>",
           "EHR class Tues: seating eval flowsheet (TRAINING environment)", dt(11, 8, 14, 0, y=2024))
    m.set_content("""Hello,

You're registered for "Seating Evaluation Flowsheet & Equipment Orders" on Tuesday
11/12, 1:00-3:00, Computer Lab B.

You will log in to the TRAINING environment (TRN, purple banner). Do not use the
production environment during class. Each learner is assigned a test patient:

   Learner        Test patient             MRN (TRN)   DOB
   K. Mensah      TRNSEAT, ALPHA           TRN000411   01/01/1960
   J. Ortega      TRNSEAT, BRAVO           TRN000412   01/01/1975

These are fictional records that exist only in TRN. Exercises:
  1. Open the outpatient encounter and the Seating Evaluation flowsheet
  2. Enter sitting posture, pressure mapping results and skin inspection
  3. Build a referral order to an external supplier (use the "TRAINING SUPPLIER")
  4. Route the note for co-signature

Your TRN password is the same as your production password.

Clinical Informatics Education
""")
    return m


# ============================================================== MAIN
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = Counter((lab, kind) for lab, kind, _, _ in MSGS)
    assert dict(counts) == EXPECTED, (dict(counts), EXPECTED)
    assert len(MSGS) == 86 and sum(v for (l, _), v in counts.items() if l == "phi") == 53
    seen = Counter()
    rows = []
    for lab, kind, patient, fn in MSGS:
        seen[(lab, kind)] += 1
        fname = f"{lab}-{kind}-{seen[(lab, kind)]:03d}.eml"
        msg = fn()
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(data)
        rows.append([fname, lab, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (lab, kind) in EXPECTED:
        print(f"{lab}-{kind}: {seen[(lab, kind)]}")
    print(f"total: {sum(seen.values())}")


if __name__ == "__main__":
    main()
