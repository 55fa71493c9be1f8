#!/usr/bin/env python3
"""Generate a set of realistic e-mail messages for a plastic & reconstructive
surgery practice. Standard library only, deterministic."""
import sys
import os
import io
import csv
import json
import random
import zipfile
import zlib
import datetime
from email.message import EmailMessage
from email import policy, utils
from xml.sax.saxutils import escape as xml_escape

SEED = 11702
random.seed(SEED)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))
FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)

# ---------------------------------------------------------------- people ---
DOM = "larkspurplastics.example"
VREELAND = '"Naomi Vreeland, MD" <nvreeland@%s>' % DOM
LINDQVIST = '"Tobias Lindqvist, MD" <tlindqvist@%s>' % DOM
MARISOL = "Marisol Tejada <mtejada@%s>" % DOM
KELSEY = "Kelsey Prewitt <kprewitt@%s>" % DOM
DANA = "Dana Whitlock <dwhitlock@%s>" % DOM
RENATA = "Renata Soares <rsoares@%s>" % DOM
HOLLIS = '"Hollis Greer, RN" <hgreer@%s>' % DOM
PRIYA = '"Priya Raman, PA-C" <praman@%s>' % DOM
SUNNY = "Sunny Tran <stran@%s>" % DOM
FARAH = "Farah Haddad <fhaddad@%s>" % DOM
INES = "Ines Moreau <imoreau@%s>" % DOM
FRONT = "Larkspur Front Desk <frontdesk@%s>" % DOM
BILLING = "Larkspur Billing <billing@%s>" % DOM
ALLSTAFF = "All Staff <allstaff@%s>" % DOM
CLINICAL = "Clinical Team <clinical@%s>" % DOM
GWEN = "Gwen Patterson <gpatterson@harborline-asc.example>"
HARBOR_OR = "Harborline Surgery Center Scheduling <orschedule@harborline-asc.example>"
AURELIO = '"Aurelio Bastos, CRNA" <abastos@cedarpointanesthesia.example>'
CEDAR = "Cedar Point Anesthesia Pre-Op <preop@cedarpointanesthesia.example>"
COLM = "Colm Breathnach <colm@brightwire-it.example>"

SIG_MARISOL = """--
Marisol Tejada
Patient Care Coordinator
Larkspur Plastic & Reconstructive Surgery
2200 Alder Crossing, Suite 310 | Fenwick, PA 18502
T 570-555-0180 x214 | F 570-555-0189"""

SIG_KELSEY = """Kelsey Prewitt
Surgical Scheduler | Larkspur Plastic & Reconstructive Surgery
570-555-0180 ext 220"""

SIG_HOLLIS = """Hollis Greer, RN, BSN
Clinical Nurse, Larkspur Plastic & Reconstructive Surgery
direct 570-555-0186"""

SIG_FARAH = """Farah Haddad
Insurance & Authorizations
Larkspur Plastic & Reconstructive Surgery
P 570-555-0180 x231  F 570-555-0189"""

SIG_RENATA = """Renata Soares
Billing Manager
Larkspur Plastic & Reconstructive Surgery | 570-555-0180 x240"""

SIG_DANA = """Dana Whitlock
Practice Manager
Larkspur Plastic & Reconstructive Surgery
2200 Alder Crossing, Suite 310, Fenwick, PA 18502"""

DISCLAIMER = """CONFIDENTIALITY NOTICE: This message and any attachments are intended
solely for the named recipient(s) and may contain confidential and/or
privileged information. If you are not the intended recipient, please
notify the sender by reply e-mail and delete all copies. Unauthorized
review, use, disclosure or distribution is prohibited."""

DISCLAIMER_HTML = ("<p style=\"font-size:9px;color:#888\">CONFIDENTIALITY NOTICE: This message "
                   "and any attachments are intended solely for the named recipient(s) and may "
                   "contain confidential and/or privileged information. If you are not the intended "
                   "recipient, please notify the sender and delete all copies.</p>")


# --------------------------------------------------------------- helpers ---
def when(y, m, d, hh=9, mm=0, tz=None):
    if tz is None:
        tz = TZ_EDT if 3 <= m <= 10 else TZ
    return utils.format_datetime(datetime.datetime(y, m, d, hh, mm, random.randint(0, 59), tzinfo=tz))


def msgid(domain=DOM):
    return "<%012x.%06x@%s>" % (random.getrandbits(48), random.getrandbits(24), domain)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def build(frm, to, subject, date, text=None, html=None, cc=None, charset="utf-8",
          cte=None, html_cte=None, attachments=(), inner=None, reply_to=None,
          headers=None, in_reply_to=None, domain=None):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = date
    if domain is None:
        try:
            domain = frm.rsplit("@", 1)[1].strip(">").strip()
        except IndexError:
            domain = DOM
    msg["Message-ID"] = msgid(domain)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
    for a in attachments:
        fname, data, mime = a[0], a[1], a[2]
        maintype, subtype = mime.split("/", 1)
        if isinstance(data, str):
            acs = a[3] if len(a) > 3 else "utf-8"
            msg.add_attachment(data, subtype=subtype, charset=acs, filename=fname)
            if maintype != "text":
                # re-label non-text media types (e.g. application/edi-x12)
                part = msg.get_payload()[-1]
                part.replace_header("Content-Type", '%s/%s; charset="%s"; name="%s"' % (maintype, subtype, acs, fname))
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    if inner is not None:
        if not msg.is_multipart():
            msg.make_mixed()
        msg.add_attachment(inner)
    return msg


# ----------------------------------------------------------- file makers ---
def _zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def make_zip(files):
    return _zip_bytes(files)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet_name="Sheet1"):
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, val in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(val, (int, float)) and not isinstance(val, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xml_escape(str(val))))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_escape(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                       ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)])


def make_docx(paragraphs, table=None):
    """paragraphs: list of str (a str starting with '# ' is bold). table: list of rows."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t):
        bold = t.startswith("# ")
        if bold:
            t = t[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xml_escape(t))

    for p in paragraphs:
        if p == "[TABLE]" and table:
            trs = []
            for row in table:
                tcs = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                              % xml_escape(str(c)) for c in row)
                trs.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % "".join(trs))
        else:
            body.append(para(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document"):
    per_page = 52
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    font_id = 3
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    info_id = 4
    objs[4] = ("<< /Title (%s) /Producer (Larkspur PM Reports) /CreationDate (D:20250106093000-05'00') >>"
               % _pdf_esc(title)).encode("cp1252", "replace")
    kids = []
    nxt = 5
    for pg in pages:
        content = ["BT", "/F1 10 Tf", "13 TL", "50 750 Td"]
        for ln in pg:
            content.append("(%s) Tj T*" % _pdf_esc(ln))
        content.append("ET")
        raw = "\n".join(content).encode("cp1252", "replace")
        stream = zlib.compress(raw, 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                     % (font_id, cid)).encode()
        kids.append(pid)
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, nxt):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % nxt
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, info_id, xref)
    return bytes(out)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------- registry ---
MESSAGES = []


def reg(label, kind, patient=""):
    def deco(fn):
        MESSAGES.append((label, kind, patient, fn))
        return fn
    return deco


# =================================================================== PHI ===
# ------------------------------------------------------------- phi-care ---
@reg("phi", "care", "Deborah Kinsella")
def care_1():
    body = """Dr. V,

Deborah Kinsella came in this morning for her fill. Put in 60 cc each side,
so she's at 420 L / 420 R now (450 cc expanders). Skin over the lower pole
looked good, cap refill brisk, no blanching after the fill. She said the
tightness was worse than last time for about 20 min then eased up.

She's asking if we can do one more small fill before her exchange so she
has a little more projection. I told her I'd check with you. Next visit is
on the books for 3/14 at 10:40 either way.

Thanks,
Hollis

""" + SIG_HOLLIS
    return build(HOLLIS, VREELAND, "fill today", when(2025, 2, 28, 11, 52), text=body)


@reg("phi", "care", "Ben Ashworth")
def care_2():
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Good afternoon Kelsey,</p>
<p>This is to confirm the following case has been placed on the Harborline Surgery Center schedule.
Please review and reply with any changes no later than 48 hours prior to the date of surgery.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td><b>Patient</b></td><td>ASHWORTH, BENJAMIN T (Ben)</td></tr>
<tr><td><b>Surgeon</b></td><td>Tobias Lindqvist, MD</td></tr>
<tr><td><b>Date / Room</b></td><td>Thu 01/16/2025 &mdash; OR 2 &mdash; 07:30 first case</td></tr>
<tr><td><b>Procedure</b></td><td>Suction-assisted lipectomy, flanks and abdomen; bilateral subcutaneous chest tissue excision</td></tr>
<tr><td><b>Est. duration</b></td><td>150 min</td></tr>
<tr><td><b>Anesthesia</b></td><td>General, LMA (Cedar Point)</td></tr>
<tr><td><b>Equipment</b></td><td>Power-assisted lipo cannulas, 3L canisters x2, binder L/XL</td></tr>
<tr><td><b>Pre-op</b></td><td>H&amp;P received 01/06; CBC/BMP ordered</td></tr>
</table>
<p>Arrival time for the patient is 06:00. Pre-op nursing will call him the business day before.</p>
<p>Thank you,<br>Gwen Patterson<br>Scheduling Coordinator<br>Harborline Surgery Center<br>Ph 570-555-0122 | Fax 570-555-0123</p>
""" + DISCLAIMER_HTML + "</body></html>"
    return build(GWEN, KELSEY, "Case Confirmation - 01/16/2025 - OR 2 - Lindqvist", when(2025, 1, 8, 14, 5),
                 html=html, cte="quoted-printable")


@reg("phi", "care", "Carla Mendenhall")
def care_3():
    text = """Hi Hollis,

Carla Mendenhall was on for her 1 week post-op at 9:15 today and didn't show.
I called the cell at 9:40 and again at 11:00, went straight to voicemail both
times, left messages asking her to call us back. Emergency contact on file is
her sister but I didn't want to call her without checking with you first.

Her chart says she still has both drains in from the tummy tuck on the 12th
so I figured you'd want to know today and not tomorrow.

Sunny
Front Desk"""
    html = """<div dir="ltr"><div>Hi Hollis,</div><div><br></div>
<div><b>Carla Mendenhall</b> was on for her 1 week post-op at 9:15 today and didn&#39;t show.
I called the cell at 9:40 and again at 11:00, went straight to voicemail both times,
left messages asking her to call us back. Emergency contact on file is her sister but I
didn&#39;t want to call her without checking with you first.</div><div><br></div>
<div>Her chart says she still has both drains in from the tummy tuck on the 12th so I figured
you&#39;d want to know today and not tomorrow.</div><div><br></div><div>Sunny<br>Front Desk</div></div>"""
    return build(SUNNY, HOLLIS, "no show 9:15", when(2024, 11, 19, 11, 8), text=text, html=html,
                 cte="quoted-printable")


@reg("phi", "care", "Paul Ferrante")
def care_4():
    older2 = """Kelsey - Harborline is moving us off Tuesdays in March because of
the floor renovation. They're offering Mon/Wed alternating with Dr.
Osterhout's group. Can you see what that does to the reconstruction
backlog? I'd rather not push anyone who's already had a date twice.

Dana"""
    older1 = """Dana,

I ran it. If we take Wednesdays 3/5, 3/19 and Mondays 3/10, 3/24 we lose
about 6 hours total over the month versus our Tuesday block. The four
flap cases fit if Dr. V is OK starting at 7:00 on the Mondays. The smaller
revision cases would slide to the procedure room here.

Aurelio says anesthesia coverage is fine on Mondays but Wednesdays they
only have one CRNA after 1 pm, so we'd need to front-load.

Kelsey

On Mon, Feb 10, 2025 at 4:12 PM Dana Whitlock <dwhitlock@larkspurplastics.example> wrote:
""" + quote(older2)
    body = """Works for me. Take the Mondays and the Wednesdays. I'm fine with 7:00
starts, just don't put two flaps on the same Monday.

Also since you're all on this - Paul Ferrante's output was 35 mL over
the last 24h on the left, so Hollis pulled that drain this morning. Right
is still 60ish, he'll come back Friday for that one. Please make sure he
gets a Friday slot that isn't 8:00, he's driving in from Scranton.

NV

On Tue, Feb 11, 2025 at 8:47 AM Kelsey Prewitt <kprewitt@larkspurplastics.example> wrote:
""" + quote(older1)
    return build(VREELAND, KELSEY, "RE: March block changes at Harborline", when(2025, 2, 11, 12, 30),
                 text=body, cc="%s, %s" % (DANA, HOLLIS))


@reg("phi", "care", "Rosalind Pike")
def care_5():
    body = """Hollis / front desk -

FYI I talked to Rosalind Pike at 2:15. Day 6 after her lift, she has some
pinkness at the inferior T junction on the right and it's a little warm. No
fever, no drainage. Plan:

 - Stop the oxycodone, she says she barely needs it. Tramadol 50 mg q6h prn
   sent to the Weis on Birch St.
 - Start cephalexin 500 mg PO QID x 7 days, same pharmacy.
 - She's going to send photos through the portal tonight.
 - Please move her post-op from next Thursday up to this Friday, any time
   with me or Dr. V.

Thanks
Priya

Priya Raman, PA-C
Larkspur Plastic & Reconstructive Surgery"""
    return build(PRIYA, "%s, %s" % (HOLLIS, FRONT), "Pike - med change + move appt up",
                 when(2024, 10, 22, 14, 31), text=body, cte="base64")


@reg("phi", "care", "Yvonne Abernathy")
def care_6():
    inner_body = """SUMMIT PATHOLOGY PARTNERS
Client Services - Electronic Report Delivery

Report for: Larkspur Plastic & Reconstructive Surgery / N. Vreeland MD
Patient: ABERNATHY, YVONNE M
Accession: SP25-004417
Collected: 01/21/2025   Received: 01/22/2025   Final: 01/27/2025

SPECIMEN:
A. Right breast tissue, reduction (612 g)
B. Left breast tissue, reduction (574 g)

FINAL DIAGNOSIS:
A. Right breast, reduction mammoplasty: benign breast parenchyma and
   adipose tissue. No atypia identified.
B. Left breast, reduction mammoplasty: benign breast parenchyma and
   adipose tissue. No atypia identified.

Electronically signed: Harriet Quarshie, MD

This report has been delivered electronically. Please call client
services at 570-555-0161 with questions."""
    inner = build("Summit Pathology Reports <reports@summitpath.example>", VREELAND,
                  "Final Report SP25-004417", when(2025, 1, 27, 16, 2), text=inner_body)
    body = """Path is back on Yvonne Abernathy, both sides fine. Can whoever sees her
at her 2 week post-op go over it with her and scan it into the chart.
She was worried about it at pre-op.

Thanks - NV"""
    return build(VREELAND, "%s, %s" % (HOLLIS, PRIYA), "Fwd: Final Report SP25-004417",
                 when(2025, 1, 27, 18, 44), text=body, inner=inner)


@reg("phi", "care", "Gareth Lowell")
def care_7():
    body = """Team,

Heads up for the morning. Gareth Lowell (facelift/neck lift with Dr. L
yesterday) called the on-call line at 12:50 am with left-sided swelling and
pressure under the dressing. Dr. Lindqvist met him at St. Brendan's ED,
took him back to the OR at 2:10 for evacuation and re-drain. He's staying
overnight on 4 West for observation, expected discharge late morning.

- Cancel his 10:30 dressing check here today.
- Dr. L will see him on the floor before clinic so his first two patients
  might run 20-30 min behind.
- His wife is the contact, she's at the hospital with him.

Priya (on call)"""
    return build(PRIYA, CLINICAL, "overnight - Lowell back to OR", when(2024, 12, 4, 5, 58),
                 text=body, cc="%s, %s" % (LINDQVIST, FRONT))


@reg("phi", "care", "Eleanor Whitcombe")
def care_8():
    text = """Dr. Vreeland,

I wanted you to hear this from us before it comes up on the schedule. Mrs.
Eleanor Whitcombe's daughter called this afternoon to cancel her
appointment for the areola tattoo on the 9th. Mrs. Whitcombe passed away
last Saturday at home. The daughter said her mother always talked about
how well she was treated here and wanted us to know.

I've cancelled the appointment and flagged the account so no reminder
calls or recall letters go out, and I pulled her from the spring mailing.
If you would like to send a card, the address the daughter gave is in the
account notes.

Marisol

""" + SIG_MARISOL
    html = ("<html><body><p>Dr. Vreeland,</p><p>I wanted you to hear this from us before it comes up on the "
            "schedule. Mrs. Eleanor Whitcombe&#39;s daughter called this afternoon to cancel her appointment "
            "for the areola tattoo on the 9th. Mrs. Whitcombe passed away last Saturday at home. The daughter "
            "said her mother always talked about how well she was treated here and wanted us to know.</p>"
            "<p>I&#39;ve cancelled the appointment and flagged the account so no reminder calls or recall letters "
            "go out, and I pulled her from the spring mailing. If you would like to send a card, the address the "
            "daughter gave is in the account notes.</p><p>Marisol</p><p>" +
            SIG_MARISOL.replace("\n", "<br>") + "</p></body></html>")
    return build(MARISOL, VREELAND, "Mrs. Whitcombe", when(2024, 10, 3, 16, 20), text=text, html=html,
                 charset="iso-8859-1", cte="quoted-printable")


# ------------------------------------------------------------ phi-names ---
@reg("phi", "names", "Nguyễn Thị Hạnh")
def names_1():
    body = """Dr. V,

Attached are her consult notes from Tuesday. She's leaning toward
implant-based, not flap, mostly because of recovery time with two kids
at home. Her husband translated for most of the visit; next time I'll
book the Vietnamese interpreter line ahead so she can ask her own
questions. Can you look over the plan before I send her the quote for
the portion insurance won't cover?

Marisol"""
    doc = make_docx([
        "# Larkspur Plastic & Reconstructive Surgery - Consultation Note",
        "Patient: Nguyễn Thị Hạnh      DOB: 06/14/1981      Seen: 02/04/2025",
        "Provider: Naomi Vreeland, MD       Coordinator: M. Tejada",
        "Reason for visit: discussion of reconstruction options following planned bilateral mastectomy "
        "(breast surgery with Dr. Amsel, Fenwick Regional, tentatively 03/2025).",
        "Exam: B cup, grade 1 ptosis, BMI 22. Limited abdominal donor tissue.",
        "Plan: Immediate tissue expanders, prepectoral with ADM; exchange to implants 3-4 months later. "
        "Photos taken (consent signed, clinical use only, not for marketing).",
        "Follow-up: coordinate with breast surgeon's office for OR date.",
    ])
    return build(MARISOL, VREELAND, "Nguyễn Thị Hạnh – consult notes", when(2025, 2, 6, 10, 3),
                 text=body, attachments=[("Consult_02042025.docx", doc,
                                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("phi", "names", "Okonkwo, Chiamaka")
def names_2():
    body = """Kelsey,

Okonkwo, Chiamaka - pre-op clearance came in from her PCP this morning
(Dr. Ibekwe at Riverside Family Med). H&P, EKG and labs are all in the
chart under Outside Records. Hgb was 11.9, Dr. V said that's fine for the
reduction. She's cleared from my end so you can release the 2/20 date to
Harborline.

One thing - she goes by "Chi-Chi" on the phone, so don't be thrown if
she introduces herself that way.

Hollis"""
    return build(HOLLIS, KELSEY, "clearance rec'd", when(2025, 2, 7, 9, 20), text=body)


@reg("phi", "names", "Layla Al-Rashid")
def names_3():
    text = """Hi Ines,

Before you put together the spring before/after carousel - please do NOT
use any of the photos from Layla Al-Rashid's set, even though they're
some of the best rhinoplasty results we have. Mrs. Al-Rashid signed the
clinical photo consent but she crossed out the marketing section and
initialed it. Her husband also called to double-check.

I've moved her folder out of "Marketing - approved" into the clinical
share. If Layla ever changes her mind she'll have to sign a new form.

Thanks!
Marisol"""
    html = ("<div>Hi Ines,</div><div><br></div><div>Before you put together the spring before/after carousel "
            "- please do <b>NOT</b> use any of the photos from Layla Al-Rashid&#39;s set, even though they&#39;re "
            "some of the best rhinoplasty results we have. Mrs. Al-Rashid signed the clinical photo consent but "
            "she crossed out the marketing section and initialed it. Her husband also called to double-check.</div>"
            "<div><br></div><div>I&#39;ve moved her folder out of &quot;Marketing - approved&quot; into the clinical "
            "share. If Layla ever changes her mind she&#39;ll have to sign a new form.</div><div><br></div>"
            "<div>Thanks!<br>Marisol</div>")
    return build(MARISOL, INES, "photos - please pull from carousel", when(2025, 3, 3, 13, 11),
                 text=text, html=html)


@reg("phi", "names", "Jean-Baptiste Dufresne-Côté")
def names_4():
    body = """Dr. Lindqvist,

JB called again today. He's 11 months out from the primary and says the
tip still looks "pinched" on the left in photos. I pulled up the 3, 6 and
9 month sets side by side and honestly I can see what he means from the
oblique view. He's asking whether the revision would be at cost or full
fee, and whether he can do it under local in the office.

Can you let me know if you want him in for a revision consult, or just a
regular follow-up first? He's pretty anxious about it.

Marisol

""" + SIG_MARISOL
    return build(MARISOL, LINDQVIST, "re: Jean-Baptiste Dufresne-Côté", when(2024, 11, 26, 15, 47),
                 text=body, cte="quoted-printable")


@reg("phi", "names", "Luis Alberto de la Cruz")
def names_5():
    first = """Dr. L, Luis Alberto de la Cruz is asking to book the second stage
(lower body lift) for April. He's down another 14 lbs since his
brachioplasty in October. Deposit is ready to go on his CareCredit.
OK to schedule? - Kelsey"""
    body = """Not yet. I want to see Mr. de la Cruz back in the office first, and I'd
like his weight stable for 3 months before I commit to a date. Tell him
I'm not saying no. Get him a visit with me in the next 2-3 weeks and
take photos at that visit. Don't run the deposit yet.

TL

-----Original Message-----
From: Kelsey Prewitt <kprewitt@larkspurplastics.example>
Sent: Thursday, January 9, 2025 10:02 AM
To: Tobias Lindqvist, MD <tlindqvist@larkspurplastics.example>
Subject: 2nd stage

""" + first
    return build(LINDQVIST, KELSEY, "RE: 2nd stage", when(2025, 1, 9, 17, 36), text=body)


@reg("phi", "names", "Ananya Venkataraman")
def names_6():
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Renata,</p>
<p>Quick question on <b>Ananya Venkataraman</b>. Ms. Venkataraman is scheduled 3/12 for upper
blepharoplasty with Dr. Lindqvist. She brought in her visual field test from her
ophthalmologist and asked if insurance would cover it instead of self-pay.</p>
<p>Dr. L looked at it and thinks the upper fields qualify. If we go the insurance route, Ananya
would get her $1,000 cosmetic deposit refunded, right? And would we need to cancel the
financing she already signed with Lumen PayCredit?</p>
<p>She wants an answer before Friday because she has to request the day off.</p>
<p>Thanks,<br>Farah</p>
<p style="color:#555;font-size:9pt">""" + SIG_FARAH.replace("\n", "<br>") + """</p>
</body></html>"""
    return build(FARAH, RENATA, "Venkataraman - cosmetic vs insurance?", when(2025, 2, 18, 11, 15),
                 html=html)


@reg("phi", "names", "Milena Dvořáková")
def names_7():
    body = """Renata,

Milena Dvořáková came in to pay the balance for her abdominoplasty
(Dr. L, 4/8). She paid $3,500 on the Visa ending 4410 and said the rest
will come from her sister by wire next week. Receipt is in her account.
Please don't send the surgery center deposit until the full amount
clears - Ms. Dvořáková understands her date isn't locked until then.

Also her last name keeps printing as "Dvoˇráková" on the receipts, can
IT fix that?

Sunny"""
    return build(SUNNY, RENATA, "Dvořáková balance / receipt", when(2025, 3, 11, 12, 2),
                 text=body, charset="iso-8859-2", cte="quoted-printable")


@reg("phi", "names", "Seo-yeon Park")
def names_8():
    first = """Hi all,

New patient for Dr. Vreeland: Seo-yeon Park (goes by Sofia), referred
from Dr. Halloran's breast surgery office. She's having a left
mastectomy 12/18 at Fenwick Regional and wants to talk about immediate
reconstruction. Dr. Halloran's office is sending imaging and notes.
She's a teacher and can only come after 3:30 or on a Friday.

Marisol"""
    inner = build(MARISOL, "%s, %s" % (VREELAND, KELSEY), "New referral - Park", when(2024, 11, 20, 9, 5),
                  text=first)
    second = """Kelsey,

Forwarding Marisol's original note below since you weren't on the
follow-up thread. Sofia came in Friday. Dr. V is doing a DIEP on the
left at the same time as the mastectomy, so it's a joint case with
Dr. Halloran on 12/18. Can you:

 1. Request 9 hours in the main OR at Fenwick Regional (not Harborline,
    she'll be admitted 2-3 nights)
 2. Coordinate the start time with Dr. Halloran's scheduler (Nadine)
 3. Get her on for a pre-op visit the week of 12/9, Friday if possible

Sofia already knows we're still waiting on her CT angio.

Thanks,
Hollis"""
    return build(HOLLIS, KELSEY, "Fw: New referral - Park", when(2024, 11, 25, 8, 40), text=second,
                 inner=inner)

# ------------------------------------------------------------- phi-self ---
@reg("phi", "self", "Jen Albright")
def self_1():
    body = """Hi Marisol,

This is Jen Albright, I had my tummy tuck with Dr. Lindqvist on the 3rd.
Everything has been going pretty well but the left end of my incision
(right by the hip bone) is still oozing a little bit of clear-ish yellow
fluid, maybe a teaspoon a day on the gauze. No smell and it doesn't really
hurt more than the rest of it. I'm still wearing the binder 24/7.

Is that normal at 2.5 weeks or should I come in before my appointment on
the 28th? I can send a picture if that helps. I'm off work until the 2nd
so any day works.

Thanks so much,
Jen
DOB 5/30/88
(570) 555-0117

Sent from my iPhone"""
    return build("Jen Albright <jenalbright88@mailbox.example>", MARISOL, "incision question",
                 when(2024, 10, 21, 7, 48), text=body)


@reg("phi", "self", "Brianna")
def self_2():
    text = """Hello!

I put down the $500 deposit for my breast augmentation with Dr. Lindqvist
(May 12th) and I'm approved through Lumen PayCredit for the rest. My work
just told me I have to be at a conference that week. Is it possible to
move my surgery to the end of May or early June without losing the
deposit? I don't want to have to redo the pre-op bloodwork if I can
help it either.

Also I decided to go with the 375 cc instead of the 350 like we talked
about at my sizing appointment, can you add a note?

Thank you!!
Brianna
DOB 04/17/1991"""
    html = ("<div>Hello!</div><div><br></div><div>I put down the $500 deposit for my breast augmentation with "
            "Dr. Lindqvist (May 12th) and I&#39;m approved through Lumen PayCredit for the rest. My work just told "
            "me I have to be at a conference that week. Is it possible to move my surgery to the end of May or "
            "early June without losing the deposit? I don&#39;t want to have to redo the pre-op bloodwork if I can "
            "help it either.</div><div><br></div><div>Also I decided to go with the 375 cc instead of the 350 like "
            "we talked about at my sizing appointment, can you add a note?</div><div><br></div>"
            "<div>Thank you!!<br>Brianna<br>DOB 04/17/1991</div>")
    return build("Brianna K <bkelleher.designs@inboxly.example>", "Larkspur Scheduling <scheduling@%s>" % DOM,
                 "need to move my surgery date", when(2025, 3, 19, 21, 14), text=text, html=html)


@reg("phi", "self", "Lorraine Bixby")
def self_3():
    prior = """Hi Lorraine,

Just checking in now that you're a few weeks out. Your next expander fill
is Tuesday at 1:30 with Hollis. Please let us know if you have any
questions before then.

Marisol"""
    body = """Hi Marisol,

Thank you for checking on me. I'm 6 weeks out from the mastectomy now
and honestly the expanders are the hardest part. The right side feels
like a brick after each fill and I'm not sleeping well. The oncologist
said I'll probably start the Tamoxifen next month and I wanted Dr.
Vreeland to know in case that changes anything with timing of the
exchange surgery.

Tuesday at 1:30 is fine. Could Hollis do a smaller fill this time?

Lorraine (DOB 9-2-1968)

On Mon, Jan 13, 2025 at 10:05 AM Marisol Tejada <mtejada@larkspurplastics.example> wrote:
""" + quote(prior)
    return build("Lorraine Bixby <lbixby.home@netmail.example>", MARISOL, "Re: checking in",
                 when(2025, 1, 13, 19, 40), text=body)


@reg("phi", "self", "Walter Szymanski")
def self_4():
    body = """To whoever handles surgery scheduling,

I'm booked for eyelid surgery with Dr. Lindqvist on the 27th. The last
time I had general anesthesia (knee scope, 2015) I woke up violently sick
and couldn't keep anything down for almost two days, and they ended up
keeping me overnight. I also use a CPAP at night.

Is there any way I can talk to the anesthesia people ahead of time? And
can this be done with me awake or just lightly sedated instead?

Thank you,
Walt
570-555-0164"""
    return build("Walter Szymanski <wszymanski@oldmill.example>", "Larkspur Scheduling <scheduling@%s>" % DOM,
                 "anesthesia question before my surgery", when(2024, 10, 9, 8, 3), text=body)


@reg("phi", "self", "Tamika Rhodes")
def self_5():
    text = """Good morning Ms. Haddad,

Per our call, here is what you asked me to put in writing for the letter
to my insurance for the breast reduction:

- I've had upper back and neck pain for about 8 years, worse since my
  second pregnancy.
- I have deep grooves in both shoulders from my bra straps and get a rash
  under my breasts every summer that I've been treating with the powder
  my doctor gave me.
- I did 12 weeks of physical therapy in 2023 (Keystone PT) and I've been
  seeing a chiropractor about twice a month since then. It helps for a few
  days and then it comes back.
- I take ibuprofen almost every day.
- I wear a 38G.

My PT and chiropractor both said they'd send records if you fax them a
request. Let me know if you need anything else from me.

Tamika Rhodes
Member ID is on the card I gave the front desk"""
    html = "<div style=\"font-family:Verdana\">" + text.replace("&", "&amp;").replace("\n", "<br>\n") + "</div>"
    return build("Tamika Rhodes <tamika.rhodes@mailbox.example>", FARAH, "info for my insurance letter",
                 when(2024, 12, 2, 8, 22), text=text, html=html, cte="base64")


@reg("phi", "self", "Priyanka Deshmukh")
def self_6():
    prior = """Hi Priyanka,

Here are your instructions for the week after your liposuction:
- Wear your compression garment day and night for 3 weeks
- Walk every 2 hours while awake
- Shower is OK after 48 hours
- Call us for fever over 101, increasing redness, or calf pain

Your post-op appointment is Wed 11/13 at 9:30.
Larkspur Plastic & Reconstructive Surgery"""
    body = """Thanks! Swelling is way down. I stopped the oxycodone on Tuesday, only
taking Tylenol now and only at night. The bruising on my inner thighs is
turning yellow-green, I'm guessing that's normal?

I'll see you Wednesday.
— Priyanka

On Thu, Nov 7, 2024 at 4:30 PM Larkspur Plastic & Reconstructive Surgery <noreply@larkspurplastics.example> wrote:
""" + quote(prior)
    return build("Priyanka Deshmukh <priyanka.d@fastpost.example>", "Larkspur Post-Op <postop@%s>" % DOM,
                 "Re: Your post-op instructions", when(2024, 11, 9, 10, 17), text=body)


@reg("phi", "self", "Marcus Oyelowo-Hart")
def self_7():
    body = """Hi Kelsey,

Bad news — I tested positive for COVID this morning (home test, second
line came up right away) and I've had a fever since last night. My lipo
with Dr. Lindqvist is this Friday the 6th. I'm guessing we have to move
it?

What happens with the surgery center fee I already paid? I really don't
want to lose that.

Marcus
Marcus Oyelowo-Hart
DOB 11/03/1985"""
    return build("Marcus Oyelowo-Hart <m.oyelowohart@quickmail.example>", KELSEY, "have to reschedule friday",
                 when(2024, 12, 3, 6, 55), text=body, cte="quoted-printable")


# -------------------------------------------------------------- phi-ids ---
@reg("phi", "ids", "Rebecca Stanhope")
def ids_1():
    body = """To: Bluewater Health Plan - Utilization Management
Fax 1-800-555-0147 / uminbox@bluewaterhealth.example

PRIOR AUTHORIZATION REQUEST - OUTPATIENT SURGERY

Patient:        Rebecca Stanhope
DOB:            03/07/1979
Member ID:      BWH884120377-01
Group #:        55210-A
Practice MRN:   LPR-0048213

Requesting / Rendering: Naomi Vreeland, MD   NPI 1902837465
Facility:       Harborline Surgery Center, NPI 1588274031
Planned DOS:    04/02/2025

CPT 19364  Breast reconstruction with free flap (left)
CPT 19350  Nipple/areola reconstruction
ICD-10 Z90.12  Z85.3

Clinical notes, pathology and the oncology letter are attached as one
PDF (14 pages). Please send determination to my attention at the fax
above. Reference our internal case # PA-25-0318.

""" + SIG_FARAH
    pdf = make_pdf(["Larkspur Plastic & Reconstructive Surgery - Authorization packet",
                    "Patient: Rebecca Stanhope   DOB 03/07/1979   MRN LPR-0048213",
                    "Member ID BWH884120377-01",
                    "", "Contents: clinic notes 11/2024-02/2025, pathology SP24-118203, oncology letter",
                    "(remaining pages scanned)"], title="PA packet Stanhope")
    return build(FARAH, "Bluewater UM <uminbox@bluewaterhealth.example>", "Prior auth request - Stanhope - DOS 04/02/2025",
                 when(2025, 2, 24, 10, 41), text=body,
                 attachments=[("Stanhope_PA_packet.pdf", pdf, "application/pdf")])


@reg("phi", "ids", "Desmond Achterberg")
def ids_2():
    html = """<html><body style="font-family:Georgia,serif;font-size:14px;color:#222">
<p>Dear Mr. Achterberg,</p>
<p>Your insurance has finished processing the claim for your surgery on 09/13/2024 with Dr. Naomi Vreeland
(scar revision and tissue rearrangement, right chest wall). A statement is summarized below.</p>
<table style="font-size:13px" cellpadding="3">
<tr><td>Account #:</td><td><b>20-558193</b></td></tr>
<tr><td>Patient:</td><td>Desmond R. Achterberg</td></tr>
<tr><td>Date of birth:</td><td>7 Feb 1985</td></tr>
<tr><td>Claim #:</td><td>CLM-2024-0913-44871</td></tr>
<tr><td>Billed:</td><td>$6,840.00</td></tr>
<tr><td>Plan paid:</td><td>$4,112.60</td></tr>
<tr><td>Adjustment:</td><td>$1,907.40</td></tr>
<tr><td><b>Your responsibility (deductible/coinsurance):</b></td><td><b>$820.00</b></td></tr>
</table>
<p>You can pay online at pay.larkspurplastics.example using your account number, or call our billing office
at 570-555-0180 ext. 240 to set up a payment plan. If you believe this amount is incorrect, please call us
before the due date of 11/30/2024.</p>
<p>Sincerely,<br>Larkspur Billing Office</p>
</body></html>"""
    return build(BILLING, "Desmond Achterberg <d.achterberg@corvidmail.example>",
                 "Your statement from Larkspur Plastic & Reconstructive Surgery", when(2024, 11, 1, 6, 0),
                 html=html, cte="quoted-printable")


@reg("phi", "ids", "Shauna McAllister")
def ids_3():
    body = """Hi Dr. Vreeland,

Letter of medical necessity for Ms. McAllister is attached for your
signature. Her plan (Keystone Mutual) wants it on letterhead with the
member ID and DOB in the header, which I've done. If you're OK with the
wording, just sign and drop it back in my tray - I'll fax it with the
photos tomorrow.

RE: Shauna McAllister  |  Member ID KMU-07719340  |  DOB 1972-11-30

Farah"""
    doc = make_docx([
        "# Larkspur Plastic & Reconstructive Surgery",
        "2200 Alder Crossing, Suite 310, Fenwick, PA 18502  |  570-555-0180",
        "March 4, 2025",
        "Keystone Mutual Health - Medical Review",
        "RE: Shauna McAllister   Member ID: KMU-07719340   Date of Birth: 1972-11-30",
        "# Letter of Medical Necessity - Reduction Mammaplasty (CPT 19318 x2)",
        "To whom it may concern:",
        "I am writing on behalf of my patient, Ms. Shauna McAllister, to request coverage for bilateral "
        "reduction mammaplasty. Ms. McAllister has documented symptomatic macromastia with chronic neck, "
        "shoulder and upper back pain for more than five years, bilateral shoulder grooving, and recurrent "
        "inframammary intertrigo despite topical treatment.",
        "She has completed 14 weeks of supervised physical therapy (records enclosed) and a trial of NSAIDs "
        "without lasting relief. Her BSA is 1.96 m2; I anticipate removing a minimum of 650 g per side, which "
        "exceeds the Schnur sliding scale threshold for her body surface area.",
        "In my medical opinion this procedure is medically necessary and not cosmetic.",
        "Sincerely,",
        "Naomi Vreeland, MD, FACS",
    ])
    return build(FARAH, VREELAND, "LMN for signature - McAllister", when(2025, 3, 4, 15, 26), text=body,
                 attachments=[("LMN_McAllister_KMU07719340.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("phi", "ids", "Gloria Espinal")
def ids_4():
    body = """Hi Jordan,

Please ship the following to the patient directly, standard 2-day is fine:

  Ship to:  Gloria Espinal
            418 Quarry Rd, Apt 3B
            Dunmore Falls, PA 18599
  Phone:    (570) 555-0143

  1 x Stage 2 compression garment, full body, size M (style 4420-B)
  1 x foam abdominal board
  2 boxes drain sponges 4x4

She's 9 days out from her 360 lipo and her stage 1 garment has a broken
zipper, so she needs the replacement before the weekend. Bill to our
account 77-2310 as usual.

Thanks,
Hollis

""" + SIG_HOLLIS
    return build(HOLLIS, "Jordan Pelletier <orders@contourwear-medical.example>", "rush garment order - ship to pt",
                 when(2024, 10, 30, 10, 12), text=body)


@reg("phi", "ids", "Halvorsen, Ingrid")
def ids_5():
    body = """Please see attached request for outside records. Original will not
follow.

""" + SIG_FARAH + "\n\n" + DISCLAIMER
    pdf = make_pdf([
        "LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY",
        "2200 Alder Crossing, Suite 310, Fenwick, PA 18502",
        "Phone 570-555-0180   Fax 570-555-0189",
        "",
        "FAX COVER SHEET / REQUEST FOR RECORDS",
        "",
        "To:    Fenwick Regional Medical Center - Health Information Mgmt",
        "Fax:   570-555-0198",
        "From:  Farah Haddad",
        "Date:  01/15/2025        Pages: 2 (including cover)",
        "",
        "Patient:  Halvorsen, Ingrid",
        "D.O.B.    12.05.1964",
        "Our Chart #11872",
        "",
        "Records requested:",
        "  - Operative report, left mastectomy, 06/2022 (Dr. Amsel)",
        "  - Pathology report with margins and lymph nodes",
        "  - Radiation oncology treatment summary",
        "",
        "Purpose: planning for delayed reconstruction with Dr. Vreeland.",
        "Signed authorization enclosed.",
    ], title="Records request")
    return build(FARAH, "HIM Release of Information <roi@fenwickregional.example>",
                 "Records request - Chart 11872", when(2025, 1, 15, 9, 33), text=body,
                 attachments=[("ROI_request_11872.pdf", pdf, "application/pdf")])


@reg("phi", "ids", "Curtis Oyelaran-Boyd")
def ids_6():
    body = """Gwen,

Registration info for the 2/14 add-on below, since your portal is down
again. Insurance card front/back to follow by fax.

Pt name:      OYELARAN-BOYD, CURTIS A
Pt ID (HSC):  HV-77120-3
DOB:          19800214
SSN:          512-44-8817
Home:         72 Tamarack Ln, Fenwick PA 18504
Cell:         570-555-0175
Primary ins:  Allegheny Shield PPO, ID ASX5530218, Grp 7730
Procedure:    Excision of skin graft donor-site scar, L thigh, with
              local tissue rearrangement (Dr. Vreeland)
Anesthesia:   MAC
Allergies:    Sulfa

Kelsey"""
    return build(KELSEY, GWEN, "add-on registration 2/14", when(2025, 2, 10, 13, 58), text=body)


@reg("phi", "ids", "Vanessa Quintero")
def ids_7():
    body = """Hi Colm,

Attached is the index of the photo sessions that didn't sync to the new
image archive after the migration. They're all from one patient so it
should be easy to find - the files are on the old Canon workstation
under D:\\ClinicalPhotos\\30917\\. Can you push them manually?

Patient #: 30917 (Vanessa Quintero), DOB Aug. 22, 1990
Sessions: pre-op 6/3, 3 month post-op breast aug 10/2, 6 month 1/9

Thanks,
Marisol"""
    index = """PHOTO SESSION INDEX - export from ImageVault 4.2
Patient#  Name               DOB         Session     Views  Consent
30917     QUINTERO, VANESSA  08/22/1990  2024-06-03  7      Clinical only
30917     QUINTERO, VANESSA  08/22/1990  2024-10-02  7      Clinical only
30917     QUINTERO, VANESSA  08/22/1990  2025-01-09  9      Clinical + Marketing (face excluded)

Files:
30917_20240603_AP.jpg  30917_20240603_LOBL.jpg  30917_20240603_ROBL.jpg
30917_20240603_LLAT.jpg  30917_20240603_RLAT.jpg  30917_20240603_ARMSUP.jpg
30917_20240603_SIZERS.jpg
30917_20241002_*.jpg (7)
30917_20250109_*.jpg (9)
"""
    z = make_zip([("photo_index_30917.txt", index)])
    return build(MARISOL, COLM, "photos not synced after migration", when(2025, 1, 14, 12, 6),
                 text=body, cc=DANA, attachments=[("photo_index_30917.zip", z, "application/zip")])


@reg("phi", "ids", "Odile Arceneaux")
def ids_8():
    body = """Call notes - Allegheny Shield provider line, 2/26 2:40 pm, rep "Tanya"

Patient (dependent spouse): Mrs. Odile Arceneaux
Subscriber: Roland Arceneaux, subscriber DOB 1/9/58
Policy/Group: 0044518 / ASX-GRP-2210
Member ID: ASX771042903 (suffix 02 for spouse)

- Auth #PA-77310952 for CPT 15830 (panniculectomy) is APPROVED,
  valid 3/1/25 - 5/31/25, Harborline as facility.
- 15847 (abdominoplasty add-on) NOT covered - cosmetic, pt will self-pay
  if she wants it. Need to give her a cosmetic quote + waiver.
- Call ref# 0917-GH-2261

Renata - can you build the split quote for the cosmetic portion? Her
cell is 570-555-0139, she prefers texts.

Farah"""
    return build(FARAH, RENATA, "Arceneaux auth approved (partial)", when(2025, 2, 26, 14, 58), text=body,
                 cc=KELSEY)

# ------------------------------------------------------------ phi-lists ---
@reg("phi", "lists", "Harriet Gundersen")
def lists_1():
    body = """Dr. V / Dr. L - Thursday at Harborline. Arrival times went out
yesterday, pre-op calls done except #4 (no answer x2, left VM).

HARBORLINE SURGERY CENTER - THU 03/06/2025 - LARKSPUR BLOCK
OR  Time   Patient                  DOB         Procedure                         Surg  Anes
--  -----  -----------------------  ----------  --------------------------------  ----  -----
1   07:30  Gundersen, Harriet       02/11/1966  Exp->implant exchange bilat       NV    GA
1   10:15  Pacheco-Lyle, Simone     09/30/1977  Nipple recon L + fat grafting     NV    MAC
1   12:30  Whitford, Alana          07/19/1989  Reduction mammaplasty bilat       NV    GA
2   07:30  Brennan, Kathleen M.     01/04/1958  Upper bleph + lower bleph         TL    MAC
2   09:45  Sorensen, Dag            12/22/1971  Abdominal etching / lipo 360      TL    GA
2   13:00  Mbatha, Zodwa            05/05/1994  Breast aug, 375cc smooth round    TL    GA

Notes: Whitford needs a pregnancy test on arrival. Sorensen is latex
sensitive. Brennan - daughter driving, will wait on site.

Kelsey"""
    return build(KELSEY, "%s, %s" % (VREELAND, LINDQVIST), "Thursday 3/6 Harborline schedule",
                 when(2025, 3, 4, 16, 40), text=body, cc="%s, %s" % (HOLLIS, AURELIO))


@reg("phi", "lists", "Tran Minh Chau")
def lists_2():
    rows = [
        ("Time", "Patient", "Surgery", "DOS", "Visit", "Notes"),
        ("8:30", "Tran Minh Chau", "Rhinoplasty", "11/05", "1 wk", "splint + sutures off"),
        ("9:00", "Eberhardt, Lena", "Tummy tuck", "10/29", "2 wk", "R drain still in - check output log"),
        ("9:30", "Rosalind Pike", "Mastopexy", "10/16", "3 wk", "on Keflex, recheck R T-junction"),
        ("10:15", "Obi, Emmanuel", "Lipo chest/flanks", "11/01", "1 wk", "garment fit"),
        ("10:45", "Fairweather, June", "DIEP L", "10/08", "5 wk", "abd incision, flap doppler no longer needed"),
        ("11:15", "Hakimi, Soraya", "Facelift", "10/30", "1 wk", "staples out behind ears"),
        ("1:30", "Delacroix-Moss, Ava", "Expanders bilat", "09/24", "fill #4", "60cc/side per NV"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = """Hollis,

Here's Tuesday's post-op list pulled from the schedule. Priya has the
morning, you have the fill in the afternoon.

""" + table + """

Front desk will call the 8:30 and 9:00 this afternoon to confirm.

Sunny"""
    return build(SUNNY, "%s, %s" % (HOLLIS, PRIYA), "Tues 11/12 post-op checks", when(2024, 11, 11, 13, 15),
                 text=body, cte="quoted-printable")


@reg("phi", "lists", "Kaitlyn Marchetti")
def lists_3():
    rows = [
        ("Patient", "Procedure", "Surgeon", "DOS", "Quote", "Deposit", "Financing", "Status"),
        ("Kaitlyn Marchetti", "Breast aug", "TL", "04/03", "$8,950", "$500 pd 1/22", "Lumen 24 mo", "Approved - funds pending"),
        ("Rhiannon Pryce", "Mommy makeover", "TL", "04/10", "$17,400", "$1,000 pd 2/3", "-", "Balance due 3/13"),
        ("Gustavo Lemos", "Lipo abd/flanks", "TL", "04/11", "$7,200", "NOT PAID", "Lumen applied", "Declined - call pt"),
        ("Hye-jin Cho", "Upper bleph", "TL", "04/17", "$4,300", "$500 pd 2/10", "-", "Paid in full"),
        ("Bernadette Okoro", "Breast lift", "NV", "04/24", "$9,800", "$500 pd 2/19", "Lumen 12 mo", "Approved"),
        ("Anneliese Vogt", "Facelift + neck", "TL", "05/01", "$21,500", "$2,000 pd 2/20", "-", "Balance due 4/01"),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |")
        if j == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    text = """Renata,

Cosmetic deposits/financing for April surgeries as of this morning.
Gustavo got declined on Lumen - can you call him about the other lender
or a payment plan before we release his OR time?

""" + "\n".join(lines) + """

Kelsey"""
    trs = "".join("<tr>%s</tr>" % "".join(("<th>%s</th>" if i == 0 else "<td>%s</td>") % c for c in r)
                  for i, r in enumerate(rows))
    html = ("<p>Renata,</p><p>Cosmetic deposits/financing for April surgeries as of this morning. Gustavo got "
            "declined on Lumen - can you call him about the other lender or a payment plan before we release "
            "his OR time?</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"font-size:12px\">"
            + trs + "</table><p>Kelsey</p>")
    return build(KELSEY, RENATA, "April cosmetic deposits", when(2025, 2, 24, 9, 12), text=text, html=html)


@reg("phi", "lists", "Adaeze Nwankwo")
def lists_4():
    rows = [
        ["patient_id", "last_name", "first_name", "procedure", "surgeon", "post_op_month", "consent_marketing", "face_ok", "shoot_slot"],
        ["31044", "Nwankwo", "Adaeze", "Breast augmentation", "Lindqvist", "6", "Y", "N", "3/21 10:00"],
        ["29871", "Castellanos", "Ruben", "Abdominoplasty", "Lindqvist", "12", "Y", "N", "3/21 10:30"],
        ["30290", "Lindgren", "Maja", "Rhinoplasty", "Lindqvist", "12", "Y", "Y", "3/21 11:00"],
        ["28415", "Ferreira da Silva", "Joana", "DIEP flap bilat", "Vreeland", "18", "Y", "N", "3/21 1:00"],
        ["30552", "Petrović", "Ivana", "Facelift", "Lindqvist", "6", "Y", "Y", "3/21 1:30"],
        ["31190", "O'Donoghue", "Siobhan", "Breast reduction", "Vreeland", "6", "Y", "N", "3/21 2:00"],
        ["30007", "Haddad", "Rami", "Liposuction chest", "Lindqvist", "9", "Y", "N", "3/21 2:30"],
    ]
    body = """Hi Ines,

Here's the list for the photographer on the 21st - everyone on it signed
the marketing release and said yes when I called. face_ok = N means crop
at the chin, no exceptions. Rami Haddad is no relation to Farah, before
anyone asks :)

Please don't forward the CSV outside the practice, just give the
photographer the time slots and first names.

Marisol"""
    return build(MARISOL, INES, "B&A photo day 3/21 - list", when(2025, 3, 12, 15, 30), text=body,
                 attachments=[("BA_photo_day_0321.csv", csv_text(rows), "text/csv")])


@reg("phi", "lists", "Moreno, Graciela")
def lists_5():
    rows = [
        ["Patient", "DOB", "Payer", "Member ID", "CPT", "Surgeon", "Submitted", "Status", "Auth #", "Notes"],
        ["Moreno, Graciela", "1969-04-02", "Bluewater", "BWH771203456-01", "19357", "Vreeland", "2025-01-06", "Approved", "BW-25-00912", "exp 4/30"],
        ["Stanhope, Rebecca", "1979-03-07", "Bluewater", "BWH884120377-01", "19364, 19350", "Vreeland", "2025-02-24", "Pending", "", "clinicals sent 2/24"],
        ["McAllister, Shauna", "1972-11-30", "Keystone Mutual", "KMU-07719340", "19318 x2", "Vreeland", "2025-03-05", "Pending", "", "LMN + photos"],
        ["Arceneaux, Odile", "1958-06-14", "Allegheny Shield", "ASX771042903", "15830", "Lindqvist", "2025-02-12", "Approved", "PA-77310952", "15847 denied"],
        ["Kowalczyk, Teresa", "1975-08-27", "Medicare", "4TR7-QX2-MH41", "19380", "Vreeland", "2025-02-03", "N/A", "", "no PA required"],
        ["Ibrahim, Nadia", "1983-12-09", "Commonwealth Care", "CWC00418822", "19318 x2", "Vreeland", "2025-01-28", "Denied", "", "peer-to-peer 3/14 2pm"],
        ["Bellweather, Joan", "1961-10-15", "Bluewater", "BWH650918442-02", "19342", "Vreeland", "2025-02-17", "Approved", "BW-25-01377", ""],
    ]
    x = make_xlsx(rows, "Auth tracker")
    body = """Dr. Vreeland,

Updated auth tracker attached for our Friday meeting. Two things to flag:

1) Nadia Ibrahim's reduction was denied for "insufficient conservative
   treatment". The peer-to-peer is set for 3/14 at 2 pm - it's on your
   calendar. The reviewer is Dr. Castellano from Commonwealth.
2) Stanhope is 8 business days with no answer, I'll call Monday.

""" + SIG_FARAH
    return build(FARAH, VREELAND, "auth tracker - week of 3/10", when(2025, 3, 7, 11, 44), text=body,
                 attachments=[("Auth_Tracker_2025-03-07.xlsx", x,
                               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@reg("phi", "lists", "Olusegun Bankole")
def lists_6():
    table = [
        ["Time", "Patient", "New/Est", "Interest", "Referred by", "Coordinator"],
        ["9:00", "Olusegun Bankole", "New", "Gynecomastia - chest contouring", "Instagram", "Marisol"],
        ["9:45", "Françoise Lemaire-Dubois", "New", "Delayed breast recon (post radiation)", "Dr. Amsel", "Marisol"],
        ["10:30", "Thi Lan Pham", "Est", "2nd opinion capsular contracture L", "Self", "Sunny"],
        ["11:15", "Ruth Abernethy-Cole", "New", "Eyelids (insurance? VF test done)", "Dr. Kaplan OD", "Farah"],
        ["1:30", "Karim El-Sayed", "New", "Rhinoplasty - breathing + cosmetic", "ENT Dr. Voss", "Farah"],
        ["2:15", "Bogdana Horvat", "Est", "Abdominoplasty quote after weight loss", "Prior pt", "Marisol"],
        ["3:00", "Imogen Thackeray", "New", "Breast reduction", "PCP", "Farah"],
    ]
    doc = make_docx([
        "# Consult Roster - Dr. Lindqvist / Dr. Vreeland - Wednesday 02/12/2025",
        "Room 3 (photo room) reserved 9:00-12:00. Interpreter (French) confirmed for 9:45.",
        "[TABLE]",
        "Reminder: collect $150 consult fee for cosmetic consults at check-in; waive for insurance referrals.",
    ], table=table)
    body = """Hi everyone, roster for Wednesday attached. Intake packets are in the
portal for all but Karim El-Sayed, I'll bring paper for him.

Sunny"""
    return build(SUNNY, "%s, %s, %s, %s" % (MARISOL, FARAH, VREELAND, LINDQVIST), "Wed consult roster",
                 when(2025, 2, 10, 16, 5), text=body,
                 attachments=[("Consult_Roster_02-12-2025.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("phi", "lists", "Ngozi Eze-Thompson")
def lists_7():
    lines = [
        "CEDAR POINT ANESTHESIA ASSOCIATES - PRE-ANESTHESIA PHONE SCREEN",
        "Site: Harborline Surgery Center   Surgeon group: Larkspur Plastic Surgery",
        "DOS: 01/23/2025                    Screened by: A. Bastos, CRNA",
        "",
        "Patient                 DOB         Proc               ASA  Wt(kg) Notes",
        "-----------------------------------------------------------------------------",
        "Eze-Thompson, Ngozi     03/03/1987  Breast reduction   2    91     OSA - bring CPAP",
        "Kristiansen, Lars       10/10/1962  Bleph upper/lower  2    84     on apixaban - hold 48h, ok'd by cardiology",
        "Albright, Jennifer      05/30/1988  Scar revision abd  1    66     PONV hx - TIVA",
        "Nowak-Sandoval, Paula   07/21/1979  Exp exchange L     2    72     metformin - hold AM",
        "Duong, Thi Kim          12/01/1990  Fat grafting face  1    52     none",
        "",
        "All patients instructed: NPO after midnight, clear liquids until 05:00.",
        "Responsible adult + ride confirmed for all except Duong (will call back).",
    ]
    pdf = make_pdf(lines, title="Pre-anesthesia screen 01/23/2025")
    body = """Kelsey,

Pre-op screen for Thursday attached. Heads up, Mr. Kristiansen's apixaban
hold has to be confirmed with him again Tuesday - he wasn't sure he had
the right date. Ms. Duong still needs to confirm her ride or we'll have to
cancel her.

Aurelio"""
    return build(AURELIO, KELSEY, "Pre-anesthesia screen 1/23", when(2025, 1, 20, 17, 22), text=body,
                 cc=GWEN, attachments=[("PreAnes_Screen_20250123.pdf", pdf, "application/pdf")])


# ----------------------------------------------------------- phi-struct ---
@reg("phi", "struct", "Rosa Ybarra")
def struct_1():
    hl7 = "\r".join([
        "MSH|^~\\&|HSC_REG|HARBORLINE|LARKSPUR_PM|LPRS|20250113081522||ADT^A04^ADT_A01|HSC0113081522417|P|2.5.1",
        "EVN|A04|20250113081500",
        "PID|1||HV-80233-1^^^HSC^MR~LPR-0051907^^^LPRS^PI||YBARRA^ROSA^ELENA||19730918|F|||1290 Fulton Ave^^Fenwick^PA^18503^USA||^PRN^PH^^^570^5550152|||M||HSA0051907|214-58-3390",
        "PV1|1|O|HSC^OR1^01||||1902837465^VREELAND^NAOMI^^^^MD|||PLS||||1|||1902837465^VREELAND^NAOMI^^^^MD|SDS|V0113-7731|||||||||||||||||||||||||20250113080000",
        "IN1|1|BWHPPO|BWH001|BLUEWATER HEALTH PLAN|PO BOX 5520^^HARRISBURG^PA^17105||||55210-A|||||||YBARRA^ROSA^ELENA|SEL|19730918|||||||||||||||||BWH771553208-01",
        "DG1|1||Z42.1^Encounter for breast reconstruction following mastectomy^I10",
    ])
    body = """Colm,

The interface pushed this registration from Harborline into our PM system
but it didn't attach to the existing chart - it created a duplicate
instead. Looks like it's matching on the PI field and ours has the LPR-
prefix. Raw message from the interface log below. Can you merge it and
figure out why? This is a real patient and she's in surgery this morning.

""" + hl7.replace("\r", "\n") + """

Dana"""
    return build(DANA, COLM, "HL7 duplicate chart created from HSC registration", when(2025, 1, 13, 8, 51),
                 text=body)


@reg("phi", "struct", "Winifred Castellano-Ruiz")
def struct_2():
    hl7 = "\r".join([
        "MSH|^~\\&|SPPLIS|SUMMITPATH|LARKSPUR_EHR|LPRS|20250205143010||ORU^R01|SPP250205-88213|P|2.3",
        "PID|1||LPR-0047730^^^LPRS||CASTELLANO-RUIZ^WINIFRED^A||19650227|F|||88 Linden Ct^^Fenwick^PA^18505||5705550196",
        "PV1|1|O|LPRS||||1902837465^VREELAND^NAOMI",
        "ORC|RE|LPR88213|SP25-006120",
        "OBR|1|LPR88213|SP25-006120|88305^SURGICAL PATHOLOGY^CPT4|||20250131103000|||||||20250131141500|CAPSULE&L BREAST|1902837465^VREELAND^NAOMI||||||20250205142900||SP|F",
        "OBX|1|FT|22637-3^PATH REPORT.FINAL DX^LN||Left breast capsule, capsulectomy: dense fibrous capsule with synovial metaplasia and foreign body giant cell reaction. No lymphoid infiltrate identified. CD30 not performed.||||||F",
        "OBX|2|FT|22634-0^PATH REPORT.GROSS^LN||Received fresh labeled 'L capsule' a 9.2 x 7.8 x 0.3 cm tan-white membranous tissue. Representative sections submitted in 2 cassettes.||||||F",
        "NTE|1||Smooth silicone implant, 400cc, received separately, not submitted for histology.",
    ]) + "\r"
    body = """Attached is the HL7 result that errored in the inbound queue last night
(rejected: OBR-15 specimen source format). Please reprocess manually and
route to Dr. Vreeland's inbox.

Thank you,
Summit Pathology Partners - Interface Support
support@summitpath.example | 570-555-0161"""
    return build("Summit Path Interface Support <support@summitpath.example>", "%s, %s" % (COLM, DANA),
                 "Ticket #41187 - rejected ORU for LPRS", when(2025, 2, 6, 7, 14), text=body,
                 attachments=[("SPP250205-88213.hl7", hl7.encode("ascii"), "application/hl7-v2")])


@reg("phi", "struct", "Lucinda Farrow")
def struct_3():
    x837 = "~\n".join([
        "ISA*00*          *00*          *ZZ*LARKSPURPRS    *ZZ*CLRHOUSE01     *250212*1604*^*00501*000004471*0*P*:",
        "GS*HC*LARKSPURPRS*CLRHOUSE01*20250212*1604*4471*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LPR4471*20250212*1604*CH",
        "NM1*41*2*LARKSPUR PLASTIC AND RECONSTRUCTIVE SURGERY*****46*LPR77231",
        "PER*IC*RENATA SOARES*TE*5705550180*EX*240",
        "NM1*40*2*BLUEWATER HEALTH PLAN*****46*BWH01",
        "HL*1**20*1",
        "NM1*85*2*LARKSPUR PLASTIC AND RECONSTRUCTIVE SURGERY*****XX*1730495821",
        "N3*2200 ALDER CROSSING STE 310",
        "N4*FENWICK*PA*18502",
        "REF*EI*231234567",
        "HL*2*1*22*0",
        "SBR*P*18*55210A******CI",
        "NM1*IL*1*FARROW*LUCINDA*J***MI*BWH690214587-01",
        "N3*15 SPRUCE HOLLOW RD",
        "N4*CLARKS SUMMIT*PA*18411",
        "DMG*D8*19700812*F",
        "NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWH01",
        "CLM*LPR-0045120-0129*9450***22:B:1*Y*A*Y*Y",
        "DTP*431*D8*20230601",
        "REF*G1*BW-24-18823",
        "HI*ABK:Z4211*ABF:Z9012*ABF:Z853",
        "NM1*82*1*VREELAND*NAOMI****XX*1902837465",
        "NM1*77*2*HARBORLINE SURGERY CENTER*****XX*1588274031",
        "N3*400 HARBORLINE DR",
        "N4*FENWICK*PA*18503",
        "LX*1",
        "SV1*HC:19350:RT*4200*UN*1***1",
        "DTP*472*D8*20250129",
        "LX*2",
        "SV1*HC:19380:LT*5250*UN*1***1",
        "DTP*472*D8*20250129",
        "SE*33*0001",
        "GE*1*4471",
        "IEA*1*000004471",
    ]) + "~\n"
    x835 = "~\n".join([
        "ISA*00*          *00*          *ZZ*CLRHOUSE01     *ZZ*LARKSPURPRS    *250131*0912*^*00501*000009912*0*P*:",
        "GS*HP*CLRHOUSE01*LARKSPURPRS*20250131*0912*9912*X*005010X221A1",
        "ST*835*0001",
        "BPR*I*3120.44*C*ACH*CCP*01*031000053*DA*5566778899*1234567890**01*031300012*DA*88776655*20250131",
        "TRN*1*EFT88213377*1234567890",
        "N1*PR*BLUEWATER HEALTH PLAN",
        "N1*PE*LARKSPUR PLASTIC AND RECONSTRUCTIVE SURGERY*XX*1730495821",
        "LX*1",
        "CLP*LPR-0045120-0101*1*5100*3120.44*480*12*BW250118830021",
        "NM1*QC*1*FARROW*LUCINDA*J***MI*BWH690214587-01",
        "DTM*232*20250103",
        "SVC*HC:19357:LT*5100*3120.44**1",
        "CAS*PR*1*480",
        "CAS*CO*45*1499.56",
        "SE*13*0001",
        "GE*1*9912",
        "IEA*1*000009912",
    ]) + "~\n"
    z = make_zip([("837P_LPR4471_20250212.x12", x837), ("835_BWH_20250131.x12", x835)])
    body = """Hi Marcy,

Ms. Farrow's nipple/areola claim for 1/29 keeps bouncing back with a
999 reject and I can't see why from the portal. I've zipped the 837 we
sent and the 835 from her earlier expander exchange claim (which paid
fine) so you can compare. Same member ID, same rendering NPI.

Can you tell me which segment is failing?

""" + SIG_RENATA
    return build(RENATA, "Marcy Lindell <support@clrhouse-edi.example>", "999 reject on resubmission - claim LPR-0045120-0129",
                 when(2025, 2, 12, 16, 20), text=body,
                 attachments=[("Farrow_837_835.zip", z, "application/zip")])


@reg("phi", "struct", "Thaddeus Wojcik")
def struct_4():
    x271 = "~\n".join([
        "ISA*00*          *00*          *ZZ*ALSHIELD       *ZZ*LARKSPURPRS    *241015*1011*^*00501*000712204*0*P*:",
        "GS*HB*ALSHIELD*LARKSPURPRS*20241015*1011*712204*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*LPR-EL-88102*20241015*1011",
        "HL*1**20*1",
        "NM1*PR*2*ALLEGHENY SHIELD*****PI*ALSH1",
        "HL*2*1*21*1",
        "NM1*1P*2*LARKSPUR PLASTIC AND RECONSTRUCTIVE SURGERY*****XX*1730495821",
        "HL*3*2*22*0",
        "NM1*IL*1*WOJCIK*THADDEUS*M***MI*ASX440981266",
        "N3*9 OVERBROOK TER",
        "N4*OLD FORGE*PA*18518",
        "DMG*D8*19560403*M",
        "DTP*346*D8*20240101",
        "EB*1*IND*30^2*PS*ALLEGHENY SHIELD PPO GOLD",
        "EB*C*IND*30*PS**23*1500",
        "EB*C*IND*30*PS**29*212.18",
        "EB*A*IND*2*PS**27**.2",
        "EB*CB*IND*2***23*35",
        "MSG*PRIOR AUTHORIZATION REQUIRED FOR OUTPATIENT SURGERY",
        "SE*21*0001",
        "GE*1*712204",
        "IEA*1*000712204",
    ]) + "~"
    body = """Renata - eligibility came back for Mr. Wojcik (the skin cancer
reconstruction on his nose, forehead flap, Dr. V). Deductible almost met,
20% coinsurance, and they need a PA. Raw 271 below because the portal
summary cut off the coinsurance line.

""" + x271 + """

I'll start the auth today.
Farah"""
    return build(FARAH, RENATA, "271 - Wojcik", when(2024, 10, 15, 10, 30), text=body)


@reg("phi", "struct", "Amara Okafor-Lindh")
def struct_5():
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2025-03-03T14:22:05-05:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "lprs-0052288",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9991.1", "value": "LPR-0052288"}],
                "name": [{"family": "Okafor-Lindh", "given": ["Amara", "Chidinma"]}],
                "gender": "female", "birthDate": "1986-01-19",
                "telecom": [{"system": "phone", "value": "570-555-0108", "use": "mobile"},
                            {"system": "email", "value": "amara.ol@corvidmail.example"}],
                "address": [{"line": ["301 Ridgeview Ave Apt 12"], "city": "Fenwick", "state": "PA", "postalCode": "18504"}]}},
            {"resource": {
                "resourceType": "Procedure", "id": "proc-88121", "status": "completed",
                "subject": {"reference": "Patient/lprs-0052288"},
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "15877",
                                     "display": "Suction assisted lipectomy; trunk"}]},
                "performedDateTime": "2025-02-27",
                "performer": [{"actor": {"display": "Tobias Lindqvist, MD"}}],
                "location": {"display": "Harborline Surgery Center"},
                "note": [{"text": "2,850 mL lipoaspirate. Tolerated well. Discharged home with garment."}]}},
            {"resource": {
                "resourceType": "MedicationRequest", "id": "mr-44120", "status": "active", "intent": "order",
                "subject": {"reference": "Patient/lprs-0052288"},
                "medicationCodeableConcept": {"text": "Ondansetron 4 mg ODT"},
                "dosageInstruction": [{"text": "1 tab q8h prn nausea, #10"}]}},
        ],
    }
    body = """Hi Colm,

This is the payload the new patient app sends back when a patient opens
their post-op summary. The vendor says it's "just FHIR R4" but our EHR
won't ingest the MedicationRequest. I saved one real example from
yesterday (attached) - please don't paste it into the vendor's public
support forum, send it through their secure upload.

Dana"""
    return build(DANA, COLM, "FHIR bundle from patient app - won't import", when(2025, 3, 4, 9, 2), text=body,
                 attachments=[("postop_summary_bundle.json", json.dumps(bundle, indent=2, ensure_ascii=False),
                               "application/json")])


@reg("phi", "struct", "Svetlana Moroz")
def struct_6():
    fields = [
        ("Form", "Request a Consultation"),
        ("Submitted", "02/22/2025 11:47 PM"),
        ("First Name", "Svetlana"),
        ("Last Name", "Moroz"),
        ("Date of Birth", "1979-07-08"),
        ("Phone", "570-555-0131"),
        ("Email", "s.moroz79@inboxly.example"),
        ("Preferred Surgeon", "No preference"),
        ("Procedure(s) of Interest", "Breast implant removal (explant) + lift"),
        ("Previous Surgery", "Augmentation 2009 in Kyiv, saline, 300cc. Left side deflated last month."),
        ("Current Medications", "levothyroxine 75 mcg"),
        ("Insurance or Self-Pay", "Self-pay, interested in financing"),
        ("How did you hear about us", "Google"),
        ("Comments", "I would like the earliest appointment possible, the left side is very noticeable now. "
                     "I can come any weekday after 2 pm."),
    ]
    text = "New web form submission\n\n" + "\n".join("%s: %s" % kv for kv in fields) + \
        "\n\n--\nThis notification was sent by Larkspur website forms. Do not reply."
    html = ("<html><body><h3 style=\"font-family:Arial\">New web form submission</h3>"
            "<table style=\"font-family:Arial;font-size:13px\" cellpadding=\"4\">" +
            "".join("<tr><td style=\"background:#f1f1f1\"><b>%s</b></td><td>%s</td></tr>" % kv for kv in fields) +
            "</table><p style=\"font-size:11px;color:#777\">This notification was sent by Larkspur website forms. "
            "Do not reply.</p></body></html>")
    return build("Larkspur Website <forms@%s>" % DOM, "Consults <consults@%s>" % DOM,
                 "[Website] Request a Consultation - Svetlana Moroz", when(2025, 2, 22, 23, 47),
                 text=text, html=html, reply_to="s.moroz79@inboxly.example")


@reg("phi", "struct", "Hollingsworth, Beatrix")
def struct_7():
    recs = [
        ("20250218", "0800", "LPR0049911", "HOLLINGSWORTH, BEATRIX", "19580721", "POSTOP", "VREELAND", "EXP FILL #3", "BW"),
        ("20250218", "0830", "LPR0050412", "NAKAMURA, KEIKO", "19720315", "CONSLT", "LINDQVIST", "BLEPH EVAL", "SP"),
        ("20250218", "0900", "LPR0051230", "ADEYEMI, FOLASADE", "19900102", "PREOP", "LINDQVIST", "AUG 4/03 H&P", "SP"),
        ("20250218", "0930", "LPR0048802", "GRZYBOWSKI, HENRYK", "19490930", "POSTOP", "VREELAND", "SKIN GRAFT CHK", "MC"),
        ("20250218", "1000", "LPR0052017", "VILLANUEVA, MARICEL", "19841111", "POSTOP", "LINDQVIST", "ABDO 2WK DRAIN", "SP"),
        ("20250218", "1100", "LPR0046653", "O'REILLY, FIONNUALA", "19680604", "NOSHOW", "VREELAND", "RECON 6MO", "KM"),
        ("20250218", "1330", "LPR0052105", "BENSALEM, YASMINE", "19950828", "PROC", "LINDQVIST", "INJ FILLER", "SP"),
    ]
    fmt = "%-8s %-4s %-10s %-26s %-8s %-6s %-10s %-16s %-2s"
    lines = ["DATE     TIME MRN        PATIENT NAME               DOB      TYPE   PROVIDER   REASON           FC"]
    lines += [fmt % r for r in recs]
    export = "\r\n".join(lines) + "\r\n"
    body = """Colm, attached is the nightly appointment export the recall vendor
picks up (file as generated, fixed width). Their parser is shifting the
DOB column by one character when the patient name has an apostrophe -
see the O'Reilly row. Can you check our export job?

Dana"""
    return build(DANA, COLM, "appointment export - column shift", when(2025, 2, 19, 8, 15), text=body,
                 attachments=[("APPTEXP_20250218.txt", export, "text/plain")])

# ------------------------------------------------------------- phi-lang ---
@reg("phi", "lang", "Yolanda Gutiérrez")
def lang_1():
    sent = """Hola Sra. Gutiérrez,

Le recuerdo que su cita post-operatoria es el jueves 14 a las 10:00 con
la enfermera Hollis. Por favor traiga la hoja donde anota la cantidad de
líquido de cada drenaje por día. Si un drenaje saca menos de 30 ml en
24 horas dos días seguidos, probablemente se lo quitemos ese día.

Siga usando la faja día y noche y no levante nada pesado.

Saludos,
Marisol - Larkspur Plastic Surgery"""
    reply = """Gracias mija. El drenaje izquierdo saca como 20 y el derecho 45. Ya casi
no me duele, ya no tomo las pastillas fuertes, solo Tylenol. Mi hijo me
lleva el jueves.

Yolanda"""
    body = """Hollis - FYI for Thursday. I sent Mrs. Yolanda Gutiérrez the reminder in
Spanish (below) and she wrote back with her drain numbers: L ~20, R ~45.
Off the narcotics, Tylenol only. Son is bringing her.

---- her reply ----
""" + reply + """

---- what I sent ----
""" + sent + "\n\n" + SIG_MARISOL
    return build(MARISOL, HOLLIS, "Gutiérrez drains / Thursday", when(2024, 11, 12, 15, 3), text=body,
                 cte="quoted-printable")


@reg("phi", "lang", "Ольга Кравченко")
def lang_2():
    body = """Здравствуйте!

Меня зовут Ольга Кравченко, я оперировалась у доктора Линдквиста
14 ноября (абдоминопластика). Прошло уже три недели, но отёк внизу
живота не уменьшается, а к вечеру становится ещё больше. Также над
пупком появилось уплотнение, немного болит при нажатии. Температуры
нет. Бандаж ношу постоянно, снимаю только в душ.

Нужно ли мне прийти раньше, чем 12 декабря? Могу приехать в любой день.

Заранее спасибо,
Ольга
Дата рождения: 23.04.1983
тел. 570-555-0119"""
    return build("Ольга Кравченко <olga.kravchenko@postbox-ru.example>", MARISOL, "Вопрос после операции — отёк", when(2024, 12, 5, 20, 41), text=body,
        charset="koi8-r", cte="base64")


@reg("phi", "lang", "Lê Thị Thu")
def lang_3():
    body = """Chào chị Marisol,

Em là Linh, con gái của bà Lê Thị Thu (ngày sinh 15/08/1959). Mẹ em đã
phẫu thuật tái tạo ngực với bác sĩ Vreeland vào ngày 10 tháng 1.

Từ tối hôm qua mẹ em bị sốt 38,5 độ, và chỗ vết mổ bên phải hơi đỏ và
nóng. Mẹ em vẫn đang uống thuốc kháng sinh theo toa. Mẹ có cần đến phòng
khám sớm hơn lịch hẹn ngày 24 không ạ?

Mẹ em không nói được tiếng Anh nên xin chị gọi cho em theo số
570-555-0127. Em cảm ơn chị nhiều.

Linh (Nguyen Linh)"""
    return build("Linh Nguyen <linh.nguyen.pa@quickmail.example>", MARISOL, "Mẹ em bị sốt sau phẫu thuật",
                 when(2025, 1, 17, 7, 12), text=body, cte="base64")


@reg("phi", "lang", "王丽华")
def lang_4():
    body = """您好，

我是王丽华（Wang Lihua），上个月28号在林德奎斯特医生那里做了双眼皮手术
（上眼睑整形）。现在已经一个星期了，左眼还是比右眼肿，早上起来更明显，
有一点点淤青。

请问下周二拆线的时间可以改到下午吗？我上午要上班。另外，我现在可以化妆吗？
冷敷还需要继续吗？

谢谢！
王丽华
电话：570-555-0172"""
    return build("Wang Lihua <lihua.wang@mailbox.example>", "Larkspur Front Desk <frontdesk@%s>" % DOM,
                 "拆线时间 / 术后问题", when(2024, 11, 4, 12, 26), text=body, charset="gb2312", cte="base64")


@reg("phi", "lang", "كريم الحسيني")
def lang_5():
    html = """<html><body dir="rtl" style="font-family:Tahoma,Arial;font-size:14px">
<p>مرحباً،</p>
<p>أنا كريم الحسيني، أجريت عملية تجميل الأنف مع الدكتور ليندكفيست يوم ٢٠ يناير.
أزالوا الجبيرة الأسبوع الماضي، لكن ما زال عندي انسداد في الجهة اليسرى من الأنف وصعوبة
في التنفس أثناء النوم، وأحياناً يخرج قليل من الدم عند العطس.</p>
<p>هل هذا طبيعي بعد ثلاثة أسابيع؟ وهل يمكنني استخدام بخاخ الأنف الملحي؟ موعدي القادم ١٧ فبراير.</p>
<p>شكراً جزيلاً،<br>كريم<br>تاريخ الميلاد: 1992/06/03</p>
<p dir="ltr" style="color:#666;font-size:12px">Sent from Outlook for Android</p>
</body></html>"""
    return build("Karim Al-Husseini <karim.alhusseini@corvidmail.example>", "Larkspur Post-Op <postop@%s>" % DOM,
                 "سؤال بعد عملية الأنف", when(2025, 2, 10, 22, 5), html=html, cte="quoted-printable")


@reg("phi", "lang", "Fernanda Albuquerque Rocha")
def lang_6():
    body = """Olá Marisol,

Aqui é a Fernanda Albuquerque Rocha. Fiz a consulta com o Dr. Lindqvist
na semana passada sobre a lipoaspiração de abdômen e flancos junto com a
prótese de mama (300 ml, perfil moderado).

Gostaria de saber se o orçamento de US$ 14.800 inclui a anestesia e o
centro cirúrgico, e se posso parcelar pela financeira em 24 meses. O
depósito de US$ 1.000 eu posso pagar já na sexta-feira.

Também esqueci de falar na consulta: tenho hipotireoidismo e tomo
levotiroxina 50 mcg todo dia. Isso muda alguma coisa para a cirurgia?

Data de nascimento: 02/10/1990

Obrigada!
Fernanda"""
    return build("Fernanda Rocha <fe.albuquerque@inboxly.example>", MARISOL, "Orçamento e parcelamento - cirurgia",
                 when(2025, 3, 17, 13, 51), text=body, charset="iso-8859-1", cte="quoted-printable")


@reg("phi", "lang", "Hélène Marchand-Lévesque")
def lang_7():
    original = """Bonjour Madame Haddad,

Je me permets de vous écrire au sujet de ma reconstruction mammaire. Ma
mutuelle en France (je suis assurée par mon employeur français) demande
une attestation en français ou en anglais précisant les actes réalisés :
pose d'expandeur le 8 octobre 2024 et remplacement par prothèse le
21 janvier 2025, ainsi que le détail des honoraires du Dr Vreeland et de
la clinique.

Mon numéro de dossier chez vous est LPR-0049380.

Bien cordialement,
Hélène Marchand-Lévesque
née le 11/03/1976"""
    body = """Renata,

See Mme Marchand-Lévesque's note below (she's the one whose supplemental
insurance is through her employer in France). She needs an itemized
statement for both surgeries, expander placement 10/8 and exchange
1/21, with Dr. V's fees and Harborline's separately. English is fine.
Can you run it and I'll add a cover letter?

Farah

-------- Original message --------
From: Hélène Marchand-Lévesque <h.marchand.levesque@courriel-fr.example>
Date: 2/3/25 4:18 AM (GMT-05:00)
To: Farah Haddad <fhaddad@larkspurplastics.example>
Subject: Attestation pour ma mutuelle

""" + original
    return build(FARAH, RENATA, "Fwd: Attestation pour ma mutuelle", when(2025, 2, 3, 9, 10), text=body,
                 cte="8bit")


@reg("phi", "lang", "Concepcion Dela Rosa")
def lang_8():
    body = """Rhea,

Pa-check naman si Mrs. Concepcion Dela Rosa sa room 2 mamaya pag tapos
mo sa fill. Yung post-op niya sa breast reduction (2 weeks na), medyo
namamaga yung left side at sabi niya masakit daw pag gabi, parang may
tubig. Nag-take na siya ng Tylenol kaninang 8. Vitals ok naman, 36.9.

Paki-tell kay Dr. V bago siya umuwi ha, baka kailangan i-aspirate or
ultrasound. Yung anak niya nasa waiting room, siya yung mag-drive.

Salamat!
Joy"""
    return build("Joy Dimaculangan <jdimaculangan@%s>" % DOM, "Rhea Magbanua <rmagbanua@%s>" % DOM,
                 "room 2 pls", when(2025, 1, 29, 10, 47), text=body)

# ================================================================= CLEAN ===
# ---------------------------------------------------------- clean-staff ---
@reg("clean", "staff")
def staff_1():
    body = """Hi all,

March call schedule below. Call covers the Larkspur after-hours line
(post-op and new consult calls) and ED consults at Fenwick Regional for
hand/face trauma on weeknights. Swaps go through me so the answering
service gets the right number.

Dates        Primary                     Backup
-----------  --------------------------  --------------------------
Mar 1-2      Priya Raman, PA-C           Dr. Naomi Vreeland
Mar 3-9      Dr. Tobias Lindqvist        Priya Raman, PA-C
Mar 10-16    Dr. Naomi Vreeland          Dr. Tobias Lindqvist
Mar 17-23    Priya Raman, PA-C           Dr. Tobias Lindqvist
Mar 24-30    Dr. Tobias Lindqvist        Dr. Naomi Vreeland
Mar 31       Dr. Naomi Vreeland          Priya Raman, PA-C

Cells (answering service has these):
  Vreeland   570-555-0101
  Lindqvist  570-555-0102
  Raman      570-555-0103
  Hollis (nurse triage, weekdays til 7pm)  570-555-0186

Reminder: PA call weekends are phone only, surgeon backup comes in for
anything that needs to go back to the OR.

Dana

""" + SIG_DANA
    return build(DANA, ALLSTAFF, "March call schedule", when(2025, 2, 25, 10, 2), text=body)


@reg("clean", "staff")
def staff_2():
    rows = [
        ["Name", "Role", "Credentials", "Ext", "Cell", "Email"],
        ["Naomi Vreeland", "Surgeon", "MD, FACS", "201", "570-555-0101", "nvreeland@larkspurplastics.example"],
        ["Tobias Lindqvist", "Surgeon", "MD", "202", "570-555-0102", "tlindqvist@larkspurplastics.example"],
        ["Priya Raman", "Physician Assistant", "PA-C", "205", "570-555-0103", "praman@larkspurplastics.example"],
        ["Hollis Greer", "Clinical Nurse", "RN, BSN", "210", "570-555-0186", "hgreer@larkspurplastics.example"],
        ["Joy Dimaculangan", "Medical Assistant", "CMA", "211", "570-555-0107", "jdimaculangan@larkspurplastics.example"],
        ["Rhea Magbanua", "Surgical Tech / MA", "CST", "212", "570-555-0109", "rmagbanua@larkspurplastics.example"],
        ["Marisol Tejada", "Patient Care Coordinator", "", "214", "570-555-0111", "mtejada@larkspurplastics.example"],
        ["Kelsey Prewitt", "Surgical Scheduler", "", "220", "570-555-0112", "kprewitt@larkspurplastics.example"],
        ["Farah Haddad", "Insurance & Authorizations", "CPC", "231", "570-555-0114", "fhaddad@larkspurplastics.example"],
        ["Renata Soares", "Billing Manager", "CPC, CPB", "240", "570-555-0115", "rsoares@larkspurplastics.example"],
        ["Sunny Tran", "Front Desk", "", "200", "570-555-0116", "stran@larkspurplastics.example"],
        ["Ines Moreau", "Marketing", "", "250", "570-555-0118", "imoreau@larkspurplastics.example"],
        ["Dana Whitlock", "Practice Manager", "MBA, CMPE", "230", "570-555-0120", "dwhitlock@larkspurplastics.example"],
    ]
    trs = "".join("<tr>%s</tr>" % "".join(("<th align=\"left\">%s</th>" if i == 0 else "<td>%s</td>") % c for c in r)
                  for i, r in enumerate(rows))
    html = ("<html><body style=\"font-family:Segoe UI,Arial;font-size:13px\"><p>Hi everyone,</p>"
            "<p>Updated staff directory with Rhea's new cell and Farah's CPC. Please delete the January version. "
            "A CSV is attached if you want to import it into your phone.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">" + trs +
            "</table><p>Main line 570-555-0180 &middot; Fax 570-555-0189 &middot; After-hours answering service "
            "570-555-0199</p><p>Dana</p></body></html>")
    return build(DANA, ALLSTAFF, "Staff directory - updated Feb 2025", when(2025, 2, 3, 8, 30), html=html,
                 attachments=[("Larkspur_staff_directory_2025-02.csv", csv_text(rows), "text/csv")])


@reg("clean", "staff")
def staff_3():
    body = """Team,

Starting with cases on or after March 1, all autologous breast
reconstruction (DIEP/SIEA/PAP) patients go on the updated ERAS pathway.
Summary of what changes for us vs. the anesthesia side:

Pre-op (our clinic):
 - Carb-loading drink handout at the pre-op visit, clear carb drink up to
   2 h before arrival.
 - Pre-op visit checklist now includes the ERAS education sheet - Hollis
   has the new version.

Day of surgery (Cedar Point):
 - Acetaminophen 1 g PO + gabapentin 300 mg PO in pre-op holding unless
   age > 70 or eGFR < 60.
 - Bilateral TAP blocks with liposomal bupivacaine after abdominal
   closure, done by the surgeon.
 - Goal-directed fluids, target < 3 L crystalloid for a unilateral case.

Post-op:
 - Scheduled acetaminophen and ketorolac x 48 h (hold ketorolac if Cr
   rises), oxycodone only for breakthrough.
 - Out of bed to chair evening of POD0, walking POD1.
 - Foley out POD1 AM.
 - Flap checks q1h x 24 h, then q2h, then q4h from POD2.

Our goal is average length of stay of 2 nights, down from 3.4 last year.
Questions to me or Aurelio at Cedar Point.

NV"""
    return build(VREELAND, "%s, %s" % (CLINICAL, AURELIO), "ERAS pathway for autologous recon - effective 3/1",
                 when(2025, 2, 14, 17, 5), text=body, cte="quoted-printable")


@reg("clean", "staff")
def staff_4():
    text = """Hi Dana and Kelsey,

Harborline block schedule for Q2 (April-June) is final. Larkspur changes
are in bold in the HTML version.

Mon   OR 1  07:30-15:30  Vreeland (alternating with Osterhout ENT)
Tue   OR 2  07:30-12:00  Lindqvist
Wed   OR 1  07:30-15:30  Vreeland
Thu   OR 2  07:30-15:30  Lindqvist
Fri   Procedure rm 07:30-12:00  Lindqvist/Vreeland (released at 72 h)

Block utilization under 70% for two consecutive months will trigger
review, per the governance policy. Larkspur's Q1 utilization was 84%.

Release requests need to come to me at least 7 days out.

Gwen Patterson
Scheduling Coordinator, Harborline Surgery Center"""
    html = """<html><body style="font-family:Arial;font-size:13px"><p>Hi Dana and Kelsey,</p>
<p>Harborline block schedule for Q2 (April-June) is final. Larkspur changes are in bold.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Day</th><th>Room</th><th>Time</th><th>Group</th></tr>
<tr><td>Mon</td><td>OR 1</td><td>07:30-15:30</td><td><b>Vreeland (alternating with Osterhout ENT)</b></td></tr>
<tr><td>Tue</td><td>OR 2</td><td>07:30-12:00</td><td><b>Lindqvist</b></td></tr>
<tr><td>Wed</td><td>OR 1</td><td>07:30-15:30</td><td>Vreeland</td></tr>
<tr><td>Thu</td><td>OR 2</td><td>07:30-15:30</td><td>Lindqvist</td></tr>
<tr><td>Fri</td><td>Procedure rm</td><td>07:30-12:00</td><td>Lindqvist/Vreeland (released at 72 h)</td></tr>
</table>
<p>Block utilization under 70% for two consecutive months will trigger review, per the governance policy.
Larkspur's Q1 utilization was 84%.</p><p>Release requests need to come to me at least 7 days out.</p>
<p>Gwen Patterson<br>Scheduling Coordinator, Harborline Surgery Center</p></body></html>"""
    return build(GWEN, "%s, %s" % (DANA, KELSEY), "Q2 block schedule - final", when(2025, 3, 20, 15, 0),
                 text=text, html=html)


@reg("clean", "staff")
def staff_5():
    body = """Hi all,

Two things:

1) In-service Thursday 12:15 in the conference room (lunch provided):
   "Tissue expander fills - sterile technique, port localization and
   when to stop." The Aurelia rep is bringing the demo expander and the
   new magnetic port finder. Clinical staff required, front office
   welcome.

2) BLS/ACLS renewals. Harborline needs current cards on file for anyone
   who goes to the center. Expiring in the next 90 days:

   Name                 Card   Expires
   Hollis Greer         ACLS   04/30/2025
   Rhea Magbanua        BLS    04/12/2025
   Joy Dimaculangan     BLS    05/02/2025
   Priya Raman          ACLS   05/18/2025

   The hospital education dept. has a combined class 4/5 (Sat). Sign up
   on their site and send me the receipt for reimbursement.

Hollis"""
    return build(HOLLIS, CLINICAL, "In-service Thurs + BLS/ACLS renewals", when(2025, 2, 10, 9, 41), text=body,
                 cc=DANA)


@reg("clean", "staff")
def staff_6():
    first = """Sunny, any chance you'd swap Friday 3/21 with me? I'd take your
Monday 3/24. My son has a school thing Friday morning.
- Kelsey"""
    second = """Sure, that works for me. Dana ok?

On Tue, Mar 11, 2025 at 2:01 PM Kelsey Prewitt <kprewitt@larkspurplastics.example> wrote:
""" + quote(first)
    body = """Fine by me. Kelsey, just make sure the surgery confirmation calls for
the 24th are done before you leave Friday since Sunny will be on the
desk alone Monday morning. I'll update the schedule in the portal.

Dana

On Tue, Mar 11, 2025 at 2:20 PM Sunny Tran <stran@larkspurplastics.example> wrote:
""" + quote(second)
    return build(DANA, "%s, %s" % (KELSEY, SUNNY), "Re: swap 3/21?", when(2025, 3, 11, 15, 2), text=body)


@reg("clean", "staff")
def staff_7():
    body = """Quality meeting - Wednesday 4/9, 7:00 am, conference room / Teams

Agenda
1. 2024 Q4 + 2025 Q1 outcomes (all cases, de-identified, aggregate)
   - Free flaps: 61 flaps, 1 total loss (1.6%), 3 returns to OR for
     venous congestion within 72 h, all salvaged
   - Abdominoplasty: 88 cases, 7 seromas requiring aspiration (8%),
     down from 11% after the progressive tension suture change
   - Breast augmentation: 74 cases, 0 infections, 1 early hematoma
   - Surgical site infection overall 1.3%
2. Hematoma rate after facelift - review TXA protocol (Dr. L)
3. Time from consult to first OR date for reconstruction: median 41 days
4. Patient-reported outcomes - BREAST-Q response rate only 38%, ideas to
   improve
5. Harborline PACU discharge delays (avg 38 min waiting for rides)

Please come with questions. No case-specific discussion at this meeting;
individual case reviews go through peer review separately.

Priya"""
    return build(PRIYA, CLINICAL, "Quality meeting 4/9 - agenda", when(2025, 4, 2, 11, 30), text=body,
                 cc="%s, %s" % (VREELAND, LINDQVIST))


# ---------------------------------------------------------- clean-admin ---
@reg("clean", "admin")
def admin_1():
    lines = [
        "AURELIA AESTHETIC IMPLANTS, INC.",
        "1 Meridian Park, Suite 400, Bridgewater, NJ 08807   AR: 1-800-555-0166",
        "",
        "INVOICE  INV-2025-0338217        Invoice date: 02/28/2025",
        "Bill to: Larkspur Plastic & Reconstructive Surgery  Acct 100-44718",
        "Ship to: Harborline Surgery Center (consignment)    PO: LPR-PO-2291",
        "Terms: Net 45                                       Due: 04/14/2025",
        "",
        "Item         Description                           Lot        Qty  Unit      Ext",
        "SR-350-MP    Smooth round silicone 350cc mod+      L24K118    2    $1,185.00 $2,370.00",
        "SR-375-MP    Smooth round silicone 375cc mod+      L24K121    2    $1,185.00 $2,370.00",
        "TX-450-AN    Tissue expander 450cc anatomical      E24J077    2    $1,640.00 $3,280.00",
        "SZ-KIT-RD    Sizer kit, round (reusable)           -          1    $0.00     $0.00",
        "",
        "                                                   Subtotal            $8,020.00",
        "                                                   Shipping                $0.00",
        "                                                   TOTAL DUE           $8,020.00",
        "",
        "Device registration: please complete implant tracking forms within 10 days of implantation",
        "per FDA device tracking requirements. Warranty enrollment is automatic.",
    ]
    pdf = make_pdf(lines, title="INV-2025-0338217")
    body = """Hello,

Please find attached invoice INV-2025-0338217 for consignment
replenishment at Harborline Surgery Center (PO LPR-PO-2291).

Pay online at ar.aurelia-implants.example or by ACH. Remit details are
on page 1. Questions: ar@aurelia-implants.example.

Thank you for your business,
Aurelia Aesthetic Implants - Accounts Receivable"""
    return build("Aurelia Accounts Receivable <ar@aurelia-implants.example>", "%s, %s" % (RENATA, DANA),
                 "Invoice INV-2025-0338217 - Larkspur Plastic & Reconstructive", when(2025, 2, 28, 6, 15),
                 text=body, attachments=[("INV-2025-0338217.pdf", pdf, "application/pdf")])


@reg("clean", "admin")
def admin_2():
    text = """Hi Larkspur team,

Planned maintenance this Saturday 3/8, 6:00 pm - Sunday 3/9, 2:00 am:

 * EHR/PM vendor upgrade to version 24.3 - system unavailable
 * Clinical photo archive moves to the new server (PHOTOSRV02). Old
   Canon workstation shares will be read-only from Monday.
 * Everyone will be asked to re-enroll in MFA on Monday morning. Have
   your phone with you. It takes about 2 minutes.

If you're on call, use the downtime binder at the nurses' station and
the answering service will page as usual. Print Monday's schedule
before you leave Friday.

Password reminder: never send your password by email or text, including
to me.

Colm Breathnach
BrightWire IT Services | helpdesk 570-555-0140"""
    html = "<div style=\"font-family:Calibri\">" + text.replace("\n", "<br>") + "</div>"
    return build(COLM, ALLSTAFF, "Maintenance window Sat 3/8 - EHR upgrade + photo archive move",
                 when(2025, 3, 4, 16, 12), text=text, html=html)


@reg("clean", "admin")
def admin_3():
    body = """Dana,

Summary of today's visit to Suite 310:

1. Procedure room HVAC: relative humidity logged at 68-71% for the past
   two weeks, above the 60% upper limit for sterile storage. The
   dehumidifier coil is iced. Replacement part ordered (ETA 3/14). Until
   then, portable unit in the clean supply room - please empty the
   reservoir daily and keep the log on the door.
2. Steam sterilizer #2 (the tabletop unit): annual PM complete, passed
   Bowie-Dick and leak test. Door gasket replaced. Certificate attached
   to the work order, WO-58812.
3. Exam room 4 ceiling tile water stain - source is the condensate line
   from the unit above. Building engineering notified, ticket BE-2219.

Next visit: 3/14 for the coil.

Tom Ridley
Ridley Mechanical & Biomed Services
570-555-0177"""
    return build("Tom Ridley <tom@ridleymech.example>", DANA, "Site visit 3/5 - HVAC / sterilizer PM",
                 when(2025, 3, 5, 16, 48), text=body)


@reg("clean", "admin")
def admin_4():
    body = """Hi Dana,

Welcome packet for your new Patient Care Coordinator, Adriana Kessler –
start date Monday 3/17:

 - Offer letter signed 2/27, background check cleared 3/6
 - I-9: she must bring original documents on day 1 (list attached to her
   portal)
 - Benefits eligibility: 1st of the month after 30 days – if she starts
   3/17, eligibility is 5/1
 - Required training in first week: privacy/confidentiality, OSHA
   bloodborne pathogens, workplace harassment (all in the LMS)
 - Badge photo + door access: please request from building security

Also, reminder that open enrollment for the 2025-2026 plan year runs
4/15 to 4/30. The carrier meeting for staff is 4/17 at noon. Premiums go
up 6.5% for the PPO and 4% for the HDHP.

Thanks,
Monique Adebayo
HR Business Partner, Stoneleigh HR Partners
monique@stoneleighhr.example | 570-555-0150"""
    return build("Monique Adebayo <monique@stoneleighhr.example>", DANA, "New hire – Adriana Kessler 3/17 + OE dates",
                 when(2025, 3, 7, 11, 20), text=body,
                 charset="windows-1252", cte="quoted-printable")


@reg("clean", "admin")
def admin_5():
    body = """Billing team meeting - 2/20/25
Present: Renata, Farah, Dana. Notes by Renata.

1. Denials January (all payers): 41 of 612 claims (6.7%).
   - Bluewater 18: mostly missing auth number on 19350/19380. Fix: Farah
     adds auth # to the case in PM before DOS, scheduler can't book
     without it.
   - Commonwealth Care 9: "cosmetic" on 19318 - need LMN + photos with
     first submission.
   - Allegheny Shield 7: modifier 50 vs RT/LT. They want RT/LT on
     separate lines.
   - Medicare 4: timely filing (from the December system issue).
   - Other 3.
2. AR over 90 days: $148,220, down from $171k. Goal < $120k by April.
3. Cosmetic deposits: policy stays $500 for procedures under $10k,
   $1,000 for $10-20k, $2,000 over $20k. Non-refundable within 14 days
   of surgery.
4. Lumen PayCredit merchant fee going from 5.9% to 6.4% on 24-month
   promo plans starting 4/1. Dana to review.
5. Next meeting 3/20.

Renata"""
    x = make_xlsx([
        ["Payer", "Claims submitted", "Denied", "Denial rate", "Top reason"],
        ["Bluewater Health Plan", 236, 18, "7.6%", "Missing auth # (CO-197)"],
        ["Commonwealth Care", 94, 9, "9.6%", "Not medically necessary (CO-50)"],
        ["Allegheny Shield", 121, 7, "5.8%", "Modifier (CO-4)"],
        ["Medicare", 88, 4, "4.5%", "Timely filing (CO-29)"],
        ["Keystone Mutual", 52, 2, "3.8%", "Duplicate (CO-18)"],
        ["Other", 21, 1, "4.8%", "Eligibility (CO-27)"],
        ["TOTAL", 612, 41, "6.7%", ""],
    ], "Jan 2025 denials")
    return build(RENATA, "%s, %s" % (FARAH, DANA), "Billing meeting notes 2/20", when(2025, 2, 20, 16, 40),
                 text=body, attachments=[("Denials_by_payer_Jan2025.xlsx", x,
                                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@reg("clean", "admin")
def admin_6():
    body = """Dana,

Attached is the redlined renewal for the anesthesia services agreement
(Cedar Point / Larkspur) for the term 7/1/2025 - 6/30/2027. Main
changes from our side:

 - Cosmetic cases (self-pay): flat rate moves from $650 for the first
   hour to $700, then $125 per additional 15 min (was $110).
 - Cancellation within 24 h of a cosmetic case: Larkspur collects and
   remits $250 per case (new).
 - MAC office-based procedures in your procedure room: $450 flat up to
   90 min.
 - Insurance cases remain billed directly by Cedar Point; no change.
 - Coverage: CRNA with physician supervision at Harborline, physician
   anesthesiologist for any ASA 3 patient or case over 6 hours.

Happy to walk through it on a call. We'd like it signed by 5/15.

Best,
Gregory Sandoval
Administrator, Cedar Point Anesthesia Associates
570-555-0133"""
    doc = make_docx([
        "# ANESTHESIA SERVICES AGREEMENT - RENEWAL (REDLINE DRAFT 03/2025)",
        "Between Cedar Point Anesthesia Associates, P.C. (\"Group\") and Larkspur Plastic & Reconstructive "
        "Surgery, LLC (\"Practice\").",
        "1. Term. July 1, 2025 through June 30, 2027, renewing for successive one-year terms unless either "
        "party gives 90 days' written notice.",
        "2. Fees for Self-Pay Cosmetic Cases. $700 for the first hour of anesthesia time and $125 for each "
        "additional 15 minutes or part thereof.",
        "3. Late Cancellation. $250 per case cancelled within 24 hours of scheduled start.",
        "4. Office-Based Anesthesia. $450 flat for MAC cases up to 90 minutes in Practice's accredited "
        "procedure room.",
        "5. Staffing. Group shall provide a physician anesthesiologist for patients classified ASA 3 or above "
        "and for cases expected to exceed six hours.",
        "6. Insurance. Each party shall maintain professional liability coverage of not less than $1M/$3M.",
    ])
    return build("Gregory Sandoval <gsandoval@cedarpointanesthesia.example>", DANA,
                 "Anesthesia services agreement renewal - redline", when(2025, 3, 26, 10, 5), text=body,
                 attachments=[("CPAA_Larkspur_Renewal_Redline_v2.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("clean", "admin")
def admin_7():
    html = """<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi Ines,</p>
<p>Proofs for the spring direct-mail piece are ready for approval (job <b>#PM-44120</b>).</p>
<ul>
<li>Format: 6 x 11 postcard, 100# gloss, full bleed both sides</li>
<li>Quantity: 12,400 (mailing list from your 3/1 upload, de-duplicated from 12,913; 513 removed as duplicates or undeliverable)</li>
<li>Headline: &ldquo;Feel like you again this spring&rdquo;; offer: complimentary consultation + $250 off any body contouring procedure booked by 5/31</li>
<li>Postage: USPS Marketing Mail, permit #2287, est. $0.218/piece</li>
<li>In-home window: 4/7 &ndash; 4/11</li>
</ul>
<p>Per your note, the list excludes anyone on the practice&#39;s do-not-mail file, and the back panel has the
&ldquo;Results vary. Individual results are not guaranteed.&rdquo; disclaimer and the model-release note for the stock photo.</p>
<p>Please reply APPROVED or send changes by Thursday noon to hold the mail date.</p>
<p>Thanks!<br>Cory Vance<br>Account Manager, Northgate Print &amp; Mail<br>570-555-0144</p>
</body></html>"""
    return build("Cory Vance <cory@northgateprint.example>", INES, "Proof ready - spring postcard PM-44120",
                 when(2025, 3, 18, 13, 37), html=html)

# ------------------------------------------------------ clean-lookalike ---
@reg("clean", "lookalike")
def look_1():
    html = """<html><body style="font-family:Arial;font-size:14px;background:#f4f6f9">
<table width="600" align="center" style="background:#fff;padding:16px">
<tr><td><h2 style="color:#0a3d62">SkyMeridian Airlines</h2>
<p>Hello NAOMI VREELAND,</p>
<p>Thank you for booking with us. Your trip to Chicago is confirmed.</p>
<p><b>Confirmation code:</b> KXW7QF<br>
<b>SkyMiles Plus Member #:</b> SM 4471 0093 2 &nbsp; (Gold Medallion)<br>
<b>Ticket number:</b> 0167 2290 418 331</p>
<table cellpadding="4" style="font-size:13px">
<tr><th align="left">Flight</th><th align="left">Date</th><th align="left">Depart</th><th align="left">Arrive</th><th align="left">Seat</th></tr>
<tr><td>SM 2184</td><td>Thu 05/08/2025</td><td>AVP 6:05 AM</td><td>ORD 7:22 AM</td><td>3C</td></tr>
<tr><td>SM 2191</td><td>Sun 05/11/2025</td><td>ORD 5:40 PM</td><td>AVP 8:44 PM</td><td>3A</td></tr>
</table>
<p>Traveler info: VREELAND/NAOMI, Date of birth on file, Known Traveler Number on file.</p>
<p>Meeting: NASARS Annual Scientific Meeting &ndash; group rate code NASARS25 applied.</p>
<p>Checked bag: 1 included with Gold. Need special assistance? Manage your trip online.</p>
</td></tr></table></body></html>"""
    return build("SkyMeridian Airlines <reservations@skymeridian.example>", "nvreeland@%s" % DOM,
                 "Your trip confirmation KXW7QF - Chicago (ORD)", when(2025, 2, 2, 19, 44), html=html,
                 cte="quoted-printable")


@reg("clean", "lookalike")
def look_2():
    body = """KEYSTONE VALLEY FEDERAL CREDIT UNION

Your e-Statement is ready.

Member name:      LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY LLC
Member #:         0088123-S01
Account:          Business Checking ****4471
Statement period: 02/01/2025 - 02/28/2025

Ending balance and transaction detail are available in Online Banking.
For your security we never include full account numbers or balances in
email.

Reminder: your Business Visa ending 0932 has a new expiration date.
Activate the replacement card at 1-800-555-0172.

Keystone Valley FCU | Federally insured by NCUA
This is an automated message; please do not reply."""
    return build("Keystone Valley FCU <estatements@kvfcu.example>", DANA, "Your February e-Statement is ready",
                 when(2025, 3, 2, 4, 10), text=body)


@reg("clean", "lookalike")
def look_3():
    text = """Hi Hollis,

Your IronLeaf Fitness membership renews on 04/01/2025.

Member ID: 00418827
Plan: All-Access Corporate (Larkspur Plastic Surgery employer rate)
Monthly dues: $29.00 (employer-subsidized)
Home club: Fenwick - Keyser Ave

Your annual "Fit Check" (body composition scan + goal session) is
included with your plan. Book online under My Visits.

Want to freeze your membership? Freezes are available for up to 3 months
per year for $5/month.

See you on the floor!
IronLeaf Fitness Member Services
570-555-0153"""
    html = "<div style=\"font-family:Arial\">" + text.replace("\n", "<br>") + "</div>"
    return build("IronLeaf Fitness <members@ironleaffit.example>", "hgreer@%s" % DOM,
                 "Membership renewal notice - Member ID 00418827", when(2025, 3, 3, 7, 0), text=text, html=html)


@reg("clean", "lookalike")
def look_4():
    body = """Dana,

Following up on the loss notice for the water damage at your office.

Insured:        Larkspur Plastic & Reconstructive Surgery, LLC
Policy:         Commercial Package CPP-4471902 (Hearthstone Mutual)
Claim #:        HM-CPP-25-004412
Date of loss:   02/21/2025
Location:       2200 Alder Crossing, Suite 310, Exam Room 4 + supply room

The adjuster, Neil Okonjo, will be on site Tuesday 3/4 between 9 and 11.
Please have the remediation invoice and photos of the damaged ceiling
tiles and the two cabinets available. Contents (the damaged exam table
upholstery and gauze/dressing stock) are covered under Business Personal
Property subject to your $1,000 deductible.

Separately, the renewal quote for the practice vehicle policy (2022
Subaru Outback, Auto policy PA-CA-7730115) is attached for review; rate
up 4% at renewal 5/1.

Regards,
Linda Paredes
Paredes Insurance Agency | 570-555-0148"""
    inner = build("Linda Paredes <linda@paredesins.example>", DANA, "Claim HM-CPP-25-004412 - adjuster visit",
                  when(2025, 2, 27, 14, 18), text=body)
    fwd = """Tom - see the agent's note below. Can you send me your invoice for the
ceiling/condensate work and the photos you took of exam room 4 before
Tuesday? The adjuster wants them.

Thanks,
Dana

""" + SIG_DANA
    return build(DANA, "Tom Ridley <tom@ridleymech.example>", "Fwd: Claim HM-CPP-25-004412 - adjuster visit",
                 when(2025, 2, 27, 15, 2), text=fwd, inner=inner)


@reg("clean", "lookalike")
def look_5():
    body = """Hi Dr. Lindqvist,

Good news - your order has shipped!

Order #: LP-88213-A
Ordered: 02/11/2025
Ship to: Tobias Lindqvist, MD, 2200 Alder Crossing Ste 310, Fenwick PA 18502
Carrier: UPS Ground   Tracking: 1Z8V77E40312948837
Est. delivery: 02/19/2025

  1 x Custom TTL loupes 3.5x, working distance 46 cm, frame: Titanium M
  1 x LED headlight, cordless, 2 batteries
  1 x Prescription insert (Rx on file, expires 08/2026)

Your loupes were built to the measurements taken at your fitting on
01/22. If you need adjustments, your rep Anders can visit the office.

Thank you,
OptiVision Surgical Customer Care
1-800-555-0156 | orders@optivisionsurgical.example"""
    return build("OptiVision Surgical <orders@optivisionsurgical.example>", "tlindqvist@%s" % DOM,
                 "Your order LP-88213-A has shipped", when(2025, 2, 14, 12, 30), text=body)


@reg("clean", "lookalike")
def look_6():
    body = """Hi Dana,

Quick benefits question - I got married in January and want to add my
husband to my dental and vision. Do I need to do that through the HR
portal or through you? It says I have 30 days from a "qualifying event"
and I'm worried I missed it.

My member ID on the card is DVP-55120398-00 (dental) and for vision it's
VSN 8827 114. His name is Thomas Tran, DOB 06/02/1993, if you need it.

Also is there a way to get paper cards or just the app?

Thanks!
Sunny"""
    return build(SUNNY, DANA, "adding spouse to dental/vision", when(2025, 2, 5, 12, 48), text=body)


@reg("clean", "lookalike")
def look_7():
    hl7 = "\n".join([
        "MSH|^~\\&|HSC_REG|HARBORLINE|LARKSPUR_PM|LPRS|20250307101500||ADT^A04^ADT_A01|TEST0307-001|T|2.5.1",
        "EVN|A04|20250307101500",
        "PID|1||ZZ999001^^^HSC^MR~ZZ999001^^^LPRS^PI||ZZTEST^PATIENTONE^A||19000101|F|||123 TEST ST^^TESTVILLE^PA^00000||^PRN^PH^^^555^5550000",
        "PV1|1|O|HSC^OR9^TEST||||9999999999^TEST^SURGEON^^^^MD|||PLS||||1|||9999999999^TEST^SURGEON|SDS|ZZV0001",
        "DG1|1||Z00.00^TEST ONLY^I10",
    ])
    body = """Dana, Gwen -

After the fix for the PI matching I sent test messages through the
Harborline -> Larkspur interface in the TEST environment (processing
ID "T"). Sample below. Results:

  ZZTEST, PATIENTONE   -> matched existing test chart ZZ999001 (OK)
  ZZTEST, PATIENTTWO   -> new chart created as expected (OK)
  ZZTEST, PATIENTTHREE -> apostrophe in name test, DOB column OK now

""" + hl7 + """

These are all the vendor's dummy test patients, nothing real. If you
both sign off I'll promote the change to production Monday night.

Colm"""
    return build(COLM, "%s, %s" % (DANA, GWEN), "Interface test results - ZZTEST patients", when(2025, 3, 7, 10, 40),
                 text=body)


# ----------------------------------------------------------- clean-news ---
@reg("clean", "news")
def news_1():
    html = """<html><body style="margin:0;font-family:Georgia,serif;background:#faf7f2">
<table width="640" align="center" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#5b3a62;color:#fff"><h1 style="margin:0">The Larkspur Letter</h1><p>Autumn 2024</p></td></tr>
<tr><td>
<h2>BRA Day: October 16</h2>
<p>Breast Reconstruction Awareness Day is a reminder that reconstruction after mastectomy is a choice, and
that federal law (the Women's Health and Cancer Rights Act) requires most group health plans that cover
mastectomy to also cover reconstruction, including surgery on the other breast for symmetry. Join
Dr. Naomi Vreeland and our coordinators for a free evening Q&amp;A on October 16 at 6 pm at the
Fenwick Public Library community room. Friends and family welcome. No registration needed.</p>
<h2>Welcome, Priya Raman, PA-C</h2>
<p>Priya joins us from the University of Pittsburgh and will see post-operative and wound care visits
four days a week. Outside the clinic she coaches a youth soccer team and is learning to make sourdough.</p>
<h2>Now offering Saturday consultations</h2>
<p>Starting November 2, cosmetic consultations are available on the first and third Saturday of the month,
9 am&ndash;1 pm.</p>
<h2>Patient financing</h2>
<p>We partner with Lumen PayCredit to offer 6&ndash;24 month plans for cosmetic procedures, subject to credit
approval. Ask your coordinator for details.</p>
<p style="font-size:11px;color:#777">You are receiving this newsletter because you signed up on our website.
Larkspur Plastic &amp; Reconstructive Surgery, 2200 Alder Crossing, Suite 310, Fenwick, PA 18502.
<a href="https://www.larkspurplastics.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return build("The Larkspur Letter <news@larkspurplastics.example>", "subscribers@lists.larkspurplastics.example",
                 "The Larkspur Letter - BRA Day, new PA, Saturday hours", when(2024, 10, 1, 10, 0), html=html,
                 headers={"List-Unsubscribe": "<https://www.larkspurplastics.example/unsubscribe>"})


@reg("clean", "news")
def news_2():
    text = """WHAT TO EXPECT AFTER A TUMMY TUCK (ABDOMINOPLASTY)
From the Larkspur patient education library

Week 1: Most people walk slightly bent at the waist for the first few
days. Drains are common and are usually removed when output is under
about 30 mL a day. Expect swelling and soreness; your surgeon will
prescribe pain medicine and may recommend a blood-thinning injection if
you have risk factors for clots.

Weeks 2-3: Many people with desk jobs return to work. Keep wearing your
compression garment. Short walks several times a day lower the risk of
blood clots.

Weeks 4-6: Swelling continues to go down. Most surgeons clear light
exercise at 4 weeks and core work at 6-8 weeks.

Months 3-12: The scar will look pink and may be raised before it fades.
Silicone sheets or gel can help.

Call your surgeon for: fever over 101 F, increasing redness or drainage,
calf pain or swelling, or shortness of breath (call 911 for chest pain or
trouble breathing).

This article is general information and not medical advice. Your
surgeon's instructions come first.

Read more at www.larkspurplastics.example/learn"""
    html = "<html><body style=\"font-family:Arial\">" + "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in text.split("\n\n")) + "</body></html>"
    return build("Larkspur Patient Education <learn@larkspurplastics.example>",
                 "subscribers@lists.larkspurplastics.example", "What to expect after a tummy tuck",
                 when(2025, 1, 21, 10, 0), text=text, html=html, cte="quoted-printable")


@reg("clean", "news")
def news_3():
    body = """FOR IMMEDIATE RELEASE

Harborline Surgery Center Opens Two New Operating Rooms, Expands Hours

FENWICK, PA (March 3, 2025) - Harborline Surgery Center today opened two
new operating rooms and a six-bay recovery area, bringing the center to
five ORs. The 4,800-square-foot expansion allows the center to offer
Saturday surgery and extended weekday hours beginning April 1.

"Our community has been waiting too long for outpatient surgery," said
Eileen Marsh, RN, administrator. The center performed more than 6,200
procedures in 2024 across plastic surgery, ENT, orthopedics and
gastroenterology.

Parking note: the north lot will close March 10-28 for repaving.
Patients and visitors should use the Harborline Dr. garage; a shuttle
will run every 10 minutes.

Media contact: Devon Albers, 570-555-0124, media@harborline-asc.example

###"""
    return build("Harborline Surgery Center <media@harborline-asc.example>", "community-partners@harborline-asc.example",
                 "Press release: Harborline opens two new ORs, Saturday hours", when(2025, 3, 3, 9, 0), text=body)


@reg("clean", "news")
def news_4():
    text = """Larkspur Outcomes Report 2024 - summary for referring physicians

In 2024 our surgeons performed 1,042 procedures at Harborline Surgery
Center and Fenwick Regional. Highlights (all figures aggregate):

 * Breast reconstruction: 214 patients. 118 implant-based, 96 autologous
   (88 DIEP, 8 PAP). Free flap success 98.9%. Median length of stay after
   DIEP fell from 3.4 to 2.6 nights after the ERAS pathway pilot.
 * Reduction mammaplasty: 131 patients, 93% insurance approval on first
   submission when the documentation checklist was used vs 71% without.
 * Patient-reported outcomes: BREAST-Q Satisfaction with Breasts improved
   a mean of 38 points at 6 months (n=97 respondents).
 * 30-day readmission: 0.8% across all procedures.

Our full report, methods and the comparison to national registry data
are on our website. Thank you for trusting us with your patients.

Naomi Vreeland, MD, FACS and Tobias Lindqvist, MD"""
    pdf = make_pdf(["Larkspur Plastic & Reconstructive Surgery - 2024 Outcomes Report (aggregate)", ""] +
                   text.split("\n")[3:], title="Outcomes 2024")
    return build(VREELAND, "Referring Physicians <referrers@lists.larkspurplastics.example>",
                 "Larkspur 2024 outcomes - summary", when(2025, 2, 12, 8, 0), text=text,
                 attachments=[("Larkspur_Outcomes_2024.pdf", pdf, "application/pdf")])


@reg("clean", "news")
def news_5():
    html = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#333">
<h2 style="color:#5b3a62">Volunteer Spotlight: Gloria Pemberton</h2>
<p>If you have been in our waiting room in the last three years, you have probably seen one of
Gloria Pemberton&#39;s pillows. The retired Fenwick Area High School chemistry teacher and her
Tuesday knitting circle at St. Agnes have made more than 300 heart-shaped comfort pillows for
people going home after surgery at Larkspur and Fenwick Regional.</p>
<p>&ldquo;I had a lot of yarn and a lot of time after I retired,&rdquo; Gloria says. &ldquo;The circle
does the sewing now; I mostly pick colors and bring the coffee cake.&rdquo;</p>
<p>Gloria also drives for the county&#39;s volunteer transportation program two mornings a week and
is teaching her granddaughter to knit.</p>
<p>Want to help? The circle always needs soft cotton yarn and polyester fiberfill. Donations can be
dropped at our front desk.</p>
<p><i>Thank you, Gloria!</i></p>
</body></html>"""
    return build(INES, ALLSTAFF, "Volunteer spotlight for the newsletter - Gloria Pemberton (draft)",
                 when(2025, 1, 28, 14, 10), html=html)


@reg("clean", "news")
def news_6():
    html = """<html><body style="margin:0;background:#fbeee6;font-family:Helvetica,Arial">
<table width="600" align="center" cellpadding="18" style="background:#fff">
<tr><td align="center" style="background:#d9a48f;color:#fff"><h1 style="margin:0">Spring Glow Event</h1>
<p style="margin:4px 0 0">April 10 &ndash; 12 only</p></td></tr>
<tr><td>
<p>Hi there,</p>
<p>Refresh for spring with our biggest injectables event of the year:</p>
<ul>
<li>$2 off per unit of neuromodulator (limit 60 units)</li>
<li>$100 off each syringe of hyaluronic acid filler</li>
<li>Double points for Glow Rewards members &ndash; check your balance with your Glow Rewards member number</li>
<li>Complimentary skincare consultation with our aesthetician</li>
</ul>
<p>Treatments performed by our board-certified surgeons and PA. Results vary; a consultation is required
to determine whether treatment is right for you. Financing available with approved credit.</p>
<p style="text-align:center"><a href="https://www.larkspurplastics.example/glow" style="background:#5b3a62;color:#fff;padding:10px 18px;text-decoration:none">Book your spot</a></p>
<p style="font-size:11px;color:#888">Larkspur Plastic &amp; Reconstructive Surgery, 2200 Alder Crossing, Suite 310,
Fenwick, PA 18502 &middot; 570-555-0180. Offer cannot be combined with other discounts. You received this email
because you subscribed to Larkspur offers. <a href="https://www.larkspurplastics.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return build("Larkspur Aesthetics <offers@larkspurplastics.example>", "subscribers@lists.larkspurplastics.example",
                 "✨ Spring Glow Event: 3 days only", when(2025, 3, 27, 11, 0), html=html, cte="base64",
                 headers={"List-Unsubscribe": "<https://www.larkspurplastics.example/unsubscribe>"})


# ------------------------------------------------------- clean-training ---
@reg("clean", "training")
def train_1():
    body = """Hi all,

Here is the updated post-op email template for the patient portal. Paste
it into "Templates > Post-op > Lipo/Body". Merge fields in double braces
fill in automatically - do not type over them.

----------------------------------------------------------------------
Subject: Your recovery instructions from Larkspur

Hi {{PatientFirstName}},

Thank you for trusting us with your {{ProcedureName}} on {{SurgeryDate}}.
Here are your instructions for the first week:

 - Wear your compression garment day and night for {{GarmentWeeks}} weeks
 - Walk every 2 hours while awake
 - You may shower {{ShowerHours}} hours after surgery
 - Take {{PainMedName}} only as prescribed
 - Call us for fever over 101, increasing redness, or calf pain

Your first post-op visit is {{PostOpApptDateTime}} with {{PostOpProvider}}.

Larkspur Plastic & Reconstructive Surgery
570-555-0180 (24 hours)
----------------------------------------------------------------------

Preview with the test patient in the training environment before you go
live. Don't send to a real patient from the training environment.

Hollis"""
    return build(HOLLIS, CLINICAL, "Updated post-op template (lipo/body) - merge fields",
                 when(2024, 10, 25, 14, 0), text=body)


@reg("clean", "training")
def train_2():
    body = """New coordinators - attached is the sample letter of medical necessity we
use in training. It's a fictitious patient; practice filling in the
header fields from the mock chart in the training environment, then
compare against the payer checklist.

Don't reuse the clinical paragraph - every letter has to be written from
the actual consult note.

Farah"""
    doc = make_docx([
        "# *** SAMPLE - FOR TRAINING ONLY - FICTITIOUS PATIENT ***",
        "Larkspur Plastic & Reconstructive Surgery",
        "[Date]",
        "[Payer name] - Medical Review / Utilization Management",
        "RE: Jane Q. Sample (fictitious)   Member ID: SAMPLE12345   DOB: 01/01/1970",
        "# Letter of Medical Necessity - [Procedure] (CPT [code])",
        "To whom it may concern:",
        "I am writing on behalf of my patient, [Title] [Last name], to request coverage for [procedure]. "
        "[Summarize symptoms, duration, and how they affect daily function.]",
        "[List conservative treatments tried, with dates and duration: physical therapy, medications, "
        "supportive garments, dermatology treatment.]",
        "[State estimated resection weight per side and the payer's criterion, e.g. Schnur scale.]",
        "In my medical opinion this procedure is medically necessary and not cosmetic.",
        "Sincerely,",
        "[Surgeon name, credentials]",
        "--- Checklist: member ID matches card; DOB; CPT and ICD-10; photos attached; PT records; signature ---",
    ])
    return build(FARAH, "%s, %s" % (MARISOL, "Adriana Kessler <akessler@%s>" % DOM),
                 "Training: sample LMN", when(2025, 3, 19, 9, 0), text=body,
                 attachments=[("SAMPLE_LMN_training.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("clean", "training")
def train_3():
    doc = make_docx([
        "# Policy CL-07: Clinical Photography - Consent, Storage and Use",
        "Effective: 03/01/2025   Owner: Practice Manager   Review: annually",
        "# 1. Purpose",
        "To ensure clinical photographs are taken, stored and used only with the patient's informed consent "
        "and in a way that protects patient privacy.",
        "# 2. Consent",
        "2.1 A signed Clinical Photography Consent is required before any photograph is taken. The form has "
        "separate sections for (a) the medical record, (b) education and teaching, and (c) marketing, "
        "including website, social media and printed materials. Each section is initialed separately.",
        "2.2 A patient may withdraw marketing consent at any time in writing. Withdrawal is effective for all "
        "future uses within 10 business days.",
        "# 3. Capture and storage",
        "3.1 Photos are taken only on practice-owned cameras or the practice iPad in the photo room. Personal "
        "phones may not be used.",
        "3.2 Images are uploaded to the image archive the same day and deleted from the device.",
        "3.3 Images may not be emailed outside the practice. Use the secure share link with expiry.",
        "# 4. Marketing use",
        "4.1 Before-and-after images used in marketing must exclude tattoos, birthmarks and other "
        "identifying features unless the face consent box is initialed.",
        "4.2 Marketing staff may see only images in the 'Marketing - approved' folder.",
    ])
    body = """All,

Revised photography policy attached. Key change: personal phones can no
longer be used for any clinical photo, even in the OR. Please read and
sign the attestation in the LMS by 3/15.

Dana"""
    return build(DANA, ALLSTAFF, "Policy CL-07 clinical photography (revised) - please attest by 3/15",
                 when(2025, 2, 26, 8, 45), text=body,
                 attachments=[("CL-07_Clinical_Photography_Policy_2025.docx", doc,
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@reg("clean", "training")
def train_4():
    text = """Annual Privacy & Confidentiality Quiz - Front Office and Coordinators
Due Friday. 10 questions, 80% to pass. Scenarios are made up.

1. A caller says she is a patient's sister and asks what time the
   patient's surgery is tomorrow. The patient has not listed her on the
   communication form. What do you do?
   a) Give the time, since she's family
   b) Confirm only that the patient is scheduled
   c) Do not confirm anything; offer to take a message   <- correct: c

2. "Patient A" (fictitious) asks you to email her before-and-after photos
   to her personal Gmail. Which is the correct response?

3. True/False: It's OK to leave a voicemail that says "Calling about your
   breast augmentation deposit" if the patient checked "OK to leave
   detailed messages."

4. You find the OR schedule printout in the break room. What do you do?

5. A marketing agency asks for a list of everyone who had lipo last year
   for a "thank you" mailer. Who needs to approve, and what is required?

6. Name two ways to verify a caller's identity before discussing an
   account balance.

7-10 are in the LMS.

Send questions to Dana."""
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">" + text.replace("&", "&amp;").replace(
        "<", "&lt;").replace(">", "&gt;") + "</pre></body></html>"
    return build(DANA, "%s, %s, %s, %s" % (FRONT, MARISOL, KELSEY, FARAH), "Privacy quiz - due Friday",
                 when(2025, 1, 6, 9, 15), text=text, html=html)


@reg("clean", "training")
def train_5():
    body = """Adriana,

Here's the financing role-play we'll do Thursday. Everything in it is
made up - "Susan Sample" is not a real patient, I just needed a name for
the script.

ROLE-PLAY: Cosmetic quote + financing (fictitious)
  Patient:     Sample, Susan (fictitious)   Acct TRAIN-0001
  Procedure:   Breast augmentation, quote $8,950
  Deposit:     $500 to hold the date
  Financing:   Lumen PayCredit, 12 or 24 months

Coordinator: "Susan, the total for your procedure is $8,950, which
includes the surgeon's fee, anesthesia, the surgery center and your
implants. To hold your date we ask for a $500 deposit today, which goes
toward the total. Would you like to pay the balance up front or hear
about our financing options?"

Points to cover:
 - Deposit is refundable up to 14 days before surgery, after that it's
   not (see deposit policy).
 - Balance due 14 days before surgery.
 - Financing approval is through the lender, not us. We never ask for or
   write down their SSN - they apply on the lender's site.
 - Don't promise a result or a size.

Marisol"""
    return build(MARISOL, "Adriana Kessler <akessler@%s>" % DOM, "Thursday role-play - financing script",
                 when(2025, 3, 18, 16, 30), text=body)


@reg("clean", "training")
def train_6():
    lines = [
        "LARKSPUR PLASTIC & RECONSTRUCTIVE SURGERY",
        "Cosmetic Surgery Deposit, Payment and Cancellation Policy (rev. 01/2025)",
        "",
        "1. Consultation fee: $150, applied to your procedure if booked within 90 days.",
        "2. Surgical deposit to reserve a date:",
        "     Procedures under $10,000 ........ $500",
        "     $10,000 - $20,000 ............... $1,000",
        "     Over $20,000 .................... $2,000",
        "3. The balance is due 14 days before your surgery date.",
        "4. Cancellation or rescheduling:",
        "     More than 14 days before surgery: deposit refunded or transferred once.",
        "     Within 14 days: deposit is non-refundable.",
        "     Within 48 hours: surgery center and anesthesia fees may also apply.",
        "5. If your surgeon postpones surgery for a medical reason, your deposit is",
        "   transferred to the new date with no penalty.",
        "6. Financing is available through third-party lenders subject to credit",
        "   approval. Larkspur does not store your financing application.",
        "7. Revision policy: see the separate Revision Policy handout.",
        "",
        "Patient signature: ______________________   Date: ___________",
    ]
    pdf = make_pdf(lines, title="Deposit and Cancellation Policy")
    body = """Hi team,

Final version of the patient deposit & cancellation policy is attached
(rev. 01/2025). Please replace the old copies in the consult packets and
the PDF in the patient portal library. Blank form - every patient signs
their own copy at the quote visit.

Renata"""
    return build(RENATA, "%s, %s, %s" % (MARISOL, KELSEY, FRONT), "Deposit & cancellation policy - final rev 01/2025",
                 when(2025, 1, 10, 11, 5), text=body,
                 attachments=[("Deposit_Cancellation_Policy_rev0125.pdf", pdf, "application/pdf")])


# ================================================================== main ===
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in MESSAGES:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        fname = "%s-%s-%03d.eml" % (label, kind, n)
        msg = fn()
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(outdir, fname), "wb") as f:
            f.write(data)
        rows.append((fname, label, kind, patient))
    assert counts == EXPECTED, counts
    assert len(rows) == 86 and sum(1 for r in rows if r[1] == "phi") == 53 \
        and sum(1 for r in rows if r[1] == "clean") == 33
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in rows:
            w.writerow(r)
    for (label, kind), c in EXPECTED.items():
        print("%s-%s: %d" % (label, kind, counts[(label, kind)]))
    print("total: %d" % len(rows))


if __name__ == "__main__":
    main()
