#!/usr/bin/env python3
"""Blind evaluation mail set: funeral home and cremation service.

Everything here is invented: people, organisations, numbers, addresses.
Run: python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import json
import random
import struct
import zlib
import zipfile
import datetime
from collections import OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 9002
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------------------
# organisations and people (all invented)
# ---------------------------------------------------------------------------
FH = "bellwetherames.com"
FH_NAME = "Bellwether-Ames Funeral Home & Cremation Service"
FH_ADDR = "2210 Lantern Hill Road, Marrowfield, PA 17389"
FH_PHONE = "(717) 555-0142"
FH_FAX = "(717) 555-0188"

STAFF = {
    "gideon": ("Gideon Thackeray", "gthackeray", "Owner / Supervising Funeral Director"),
    "marisol": ("Marisol Ortega-Finch", "mortegafinch", "Funeral Director & Embalmer"),
    "priya": ("Priya Ramaswamy", "pramaswamy", "Advance Planning Counselor"),
    "dwayne": ("Dwayne Okafor", "dokafor", "Transfer Specialist"),
    "lena": ("Lena Brzezinski", "lbrzezinski", "Office Manager"),
    "tomasz": ("Tomasz Wierzbicki", "twierzbicki", "Crematory Operator"),
    "renata": ("Renata Solberg", "rsolberg", "Aftercare Coordinator"),
    "hollis": ("Hollis Grange", "hgrange", "Funeral Service Apprentice"),
    "celeste": ("Celeste Yarrow", "cyarrow", "Funeral Director"),
}


def st(key):
    n, u, _ = STAFF[key]
    return formataddr((n, u + "@" + FH))


def st_addr(key):
    return STAFF[key][1] + "@" + FH


def st_name(key):
    return STAFF[key][0]


def st_first(key):
    return STAFF[key][0].split()[0]


DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only\n"
    "for the person(s) to whom it is addressed and may contain confidential information.\n"
    "If you are not the intended recipient, please notify the sender by reply e-mail and\n"
    "destroy all copies of the original message."
)

DISCLAIMER_SHORT = (
    "This message may contain confidential information. If received in error please\n"
    "delete and notify the sender."
)


def sig(key, cell=None, disclaimer=True, short=False):
    n, u, t = STAFF[key]
    lines = ["", "--", n, t]
    if short:
        lines.append(FH_NAME.split(" & ")[0])
        lines.append("o " + FH_PHONE + (" | c " + cell if cell else ""))
    else:
        lines.append(FH_NAME)
        lines.append(FH_ADDR)
        lines.append("Office " + FH_PHONE + "  |  Fax " + FH_FAX)
        if cell:
            lines.append("Cell " + cell)
        lines.append("www." + FH)
    if disclaimer:
        lines.append("")
        lines.append(DISCLAIMER_SHORT if short else DISCLAIMER)
    return "\n".join(lines)


def phone(area="717"):
    return "(%s) 555-%04d" % (area, random.randint(100, 199))


def cellno(area="717"):
    return "%s-%03d-%04d" % (area, random.randint(200, 989), random.randint(1000, 9999))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def tz_for(d):
    # US Eastern, 2024 DST window
    if datetime.datetime(2024, 3, 10) <= d.replace(tzinfo=None) < datetime.datetime(2024, 11, 3):
        return datetime.timezone(datetime.timedelta(hours=-4))
    return datetime.timezone(datetime.timedelta(hours=-5))


def rdate(lo=0, hi=320, h0=7, h1=19):
    base = datetime.datetime(2024, 1, 4)
    d = base + datetime.timedelta(days=random.randint(lo, hi), hours=random.randint(h0, h1),
                                  minutes=random.randint(0, 59), seconds=random.randint(0, 59))
    return d.replace(tzinfo=tz_for(d))


def later(d, minutes_lo=7, minutes_hi=300):
    n = d + datetime.timedelta(minutes=random.randint(minutes_lo, minutes_hi))
    return n.replace(tzinfo=tz_for(n.replace(tzinfo=None)))


def earlier(d, minutes_lo=7, minutes_hi=300):
    n = d - datetime.timedelta(minutes=random.randint(minutes_lo, minutes_hi))
    return n.replace(tzinfo=tz_for(n.replace(tzinfo=None)))


def gmail_on(d, name, addr):
    h = d.strftime("%I").lstrip("0")
    return "On %s, %s at %s:%s %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b %d, %Y").replace(" 0", " "), h, d.strftime("%M"),
        d.strftime("%p"), name, addr)


def apple_on(d, name, addr):
    h = d.strftime("%I").lstrip("0")
    return "On %s, at %s:%s %s, %s <%s> wrote:" % (
        d.strftime("%b %d, %Y").replace(" 0", " "), h, d.strftime("%M"), d.strftime("%p"), name, addr)


def outlook_block(frm, d, to, subject, cc=None):
    h = d.strftime("%I").lstrip("0")
    lines = ["-----Original Message-----",
             "From: " + frm,
             "Sent: %s %s:%s %s" % (d.strftime("%A, %B %d, %Y").replace(" 0", " "), h, d.strftime("%M"), d.strftime("%p")),
             "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subject)
    return "\n".join(lines)


def fwd_block(frm, d, to, subject):
    return "\n".join([
        "---------- Forwarded message ---------",
        "From: " + frm,
        "Date: " + d.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "),
        "Subject: " + subject,
        "To: " + to,
    ])


def quote(text):
    out = []
    for line in text.split("\n"):
        out.append(">" if line == "" else "> " + line)
    return "\n".join(out)


def mdy(d):
    return d.strftime("%m/%d/%Y")


def dob(y0=1928, y1=1960):
    y = random.randint(y0, y1)
    m = random.randint(1, 12)
    dd = random.randint(1, 28)
    return datetime.date(y, m, dd)


# ---------------------------------------------------------------------------
# attachment builders (all written by hand, stdlib only)
# ---------------------------------------------------------------------------
ZDT = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _xml_esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1"):
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _xml_esc(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml_esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        text = p.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xml_esc(text)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document"):
    y = 760
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdf_esc(ln.encode("latin-1", "replace").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Bellwether-Ames forms) >>" % _pdf_esc(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, start=1):
        offs.append(out.tell())
        out.write(("%d 0 obj\n" % i).encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(("xref\n0 %d\n" % (len(objs) + 1)).encode())
    out.write(b"0000000000 65535 f \n")
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, xref)).encode())
    return out.getvalue()


def _png_chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def make_png(w, h, pixel):
    """pixel(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _png_chunk(b"IEND", b""))


def logo_png():
    # plain logo: deep green field with a pale band and a simple square mark
    def px(x, y):
        if 18 <= x < 42 and 14 <= y < 38:
            return (214, 196, 142)
        if 52 <= x < 170 and 22 <= y < 30:
            return (230, 230, 222)
        return (31, 66, 54)
    return make_png(180, 52, px)


def blank_scan_png():
    # off-white page with a faint grey edge, like an empty scanner bed page
    def px(x, y):
        if x < 3 or y < 3 or x > 196 or y > 256:
            return (200, 200, 198)
        return (250, 250, 247)
    return make_png(200, 260, px)


def make_ics(uid, start, end, summary, location, description, organizer):
    def f(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bellwether-Ames//Scheduling//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + f(start),
        "DTSTART:" + f(start), "DTEND:" + f(end), "SUMMARY:" + summary,
        "LOCATION:" + location, "DESCRIPTION:" + description.replace("\n", "\\n"),
        "ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR", ""])


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
COUNTS = OrderedDict()
ROWS = []


def msgid(domain):
    return "<%s.%s@%s>" % ("%016x" % random.getrandbits(64), digits(5), domain)


def emit(label, kind, frm, to, subject, body, date, cc=None, html=None, attachments=None,
         patient="", headers=None, reply_to=None, in_reply_to=None):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fname = "%s-%s-%03d.eml" % (label, kind, COUNTS[key])
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    m["Message-ID"] = msgid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (headers or []):
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for att in attachments or []:
        fn, mt, sub, data = att
        if isinstance(data, str):
            if mt == "text":
                m.add_attachment(data, subtype=sub, filename=fn)
            else:
                m.add_attachment(data.encode("utf-8"), maintype=mt, subtype=sub, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=sub, filename=fn)
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient))
    return m["Message-ID"]


def simple_html(text, footer=None):
    paras = [p for p in text.split("\n\n")]
    out = ['<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for p in paras:
        out.append("<p>%s</p>" % _xml_esc(p).replace("\n", "<br>\n"))
    if footer:
        out.append('<p style="font-size:8pt;color:#777">%s</p>' % _xml_esc(footer).replace("\n", "<br>"))
    out.append("</body></html>")
    return "\n".join(out)


# outside parties ----------------------------------------------------------
HOSPICE = "quietharborhospice.org"
HOSP = "staldricmed.org"
ME = "tessalycountyme.org"
NFM = "northgatefamilymed.com"
CEM = "mountoriel.org"
EDRS = "vitalrecords.example.org"


# ===========================================================================
# PHI / care
# ===========================================================================
def phi_care():
    # 1 hospice heads-up about an actively dying patient at home
    d = rdate(20, 60, 8, 17)
    body = """Hi Celeste,

Quick heads up so you're not caught off guard this weekend. Rogelio Alvarez (our pt at home on Quarry Lane) has had a big change since yesterday afternoon. My guess is 24-48 hrs but you know how that goes. His wife Carmen asked me to let you know they want Bellwether-Ames and that he already sat down with Priya about cremation last fall.

Couple of practical things for your removal crew:
- house is 418 Quarry Lane, Marrowfield. He's in the front room downstairs in the hospital bed so no stairs, thank goodness
- big dog (Bruno) - Carmen will put him in the garage
- family will want time with him after, son Marco is flying in from Phoenix tonight and may not land until after midnight
- Carmen doesn't drive, so if they come in to make arrangements somebody will have to bring her

Our on-call nurse will call your line for the pronouncement. Please don't call the house before we do, she gets very anxious when the phone rings.

Thanks for always being so good with our families,
Bettina

Bettina Vukovic, RN, CHPN
Hospice Case Manager - Team 2
Quiet Harbor Hospice
office (717) 555-0117 | cell %s
fax (717) 555-0119

The information in this e-mail is confidential and intended solely for the addressee.
""" % cellno()
    emit("phi", "care", formataddr(("Bettina Vukovic", "bvukovic@" + HOSPICE)), st("celeste"),
         "Heads up - Alvarez family, likely this weekend", body, d,
         cc=[formataddr(("Owen Prescott", "oprescott@" + HOSPICE)), st("priya")],
         patient="Rogelio Alvarez")

    # 2 transfer report from the removal tech, reply from embalmer on top
    d0 = rdate(30, 90, 2, 3)
    tag = random.randint(4100, 4999)
    first = """Picked up Dorothy Kreuger from St Aldric morgue at 0215. Released by Luis on nights (Farrah's office). Hosp ID band L wrist + R ankle, our tag #%d on R ankle. She's in cooler bay 3, top.

Personal effects: yellow gold wedding band (left on, daughter asked on the phone), glasses in a brown case, upper denture in a cup. Glasses + denture bagged and labeled in the office safe.

Hospital left the IV in her L arm and the catheter in, FYI for prep.

Mileage 14.2. Van 2 needs gas.

Dwayne

Sent from my iPhone""" % tag
    d1 = later(d0, 300, 420)
    body = """Thanks D.

Daughter (Pam) just called - they DO want the denture in for the viewing, so please bring it back to the prep room, don't put it with the effects envelope. I'll take the lines out first thing and get her started.

Celeste, can you get the hospital release scanned into the case? It's in the van folder.

M

%s

%s
%s""" % (sig("marisol", short=True), apple_on(d0, "Dwayne Okafor", st_addr("dwayne")), quote(first))
    emit("phi", "care", st("marisol"), [st("dwayne")], "Re: Transfer complete - Kreuger", body, d1,
         cc=[st("celeste")], patient="Dorothy Kreuger")

    # 3 family question about equipment and leftover medicines, reply from aftercare on top
    d0 = rdate(60, 120, 19, 22)
    orig = """Hi Renata,

Thank you again for everything on Saturday, the service was beautiful and Mom would have loved the lilies.

I have a couple questions I didn't think to ask. Mom's hospital bed, the wheelchair and the oxygen machine are still sitting in the living room. Hospice said the equipment company would pick them up but nobody has called. Do you know who we call? Also there's a whole bag of her medicines left over, the liquid morphine from hospice and her heart pills and the blood thinner. The nurse said not to flush them. Is that something you take or do we take them to the pharmacy?

Sorry to bother you with this, I just don't know who else to ask.

Gina"""
    d1 = later(d0, 720, 900)
    body = """Hi Gina,

It's no bother at all, these are exactly the things that get left hanging.

Equipment: Quiet Harbor uses Keel Medical Supply for beds and oxygen. Their pickup line is (717) 555-0171. Give them your mom's name and the house address and they'll set a time, usually within 2-3 days. If you don't hear back by Friday let me know and I'll call Bettina at hospice.

Medicines: we aren't allowed to take them, but the Marrowfield police station lobby has a drop box (open 24 hrs), and Hartley Pharmacy on Route 9 has one too. For the morphine, hospice is supposed to help you dispose of it - I'll let them know the nurse didn't get to it.

The certified copies should be in by next week. I'll call you when they come.

Warmly,
Renata
%s

%s
%s""" % (sig("renata"), gmail_on(d0, "Gina Marchetti-Lowe", "ginaml@lanternmail.net"), quote(orig))
    emit("phi", "care", st("renata"), formataddr(("Gina Marchetti-Lowe", "ginaml@lanternmail.net")),
         "Re: Evelyn Marchetti - mom's equipment at the house", body, d1, patient="Evelyn Marchetti")

    # 4 embalmer handover notes
    d = rdate(150, 200, 16, 19)
    case = "24-%04d" % random.randint(180, 260)
    body = """Celeste / Hollis -

Arnold Pettigrew (%s) is done and casketed in the Aldridge 18ga, staying in the prep room til Wed afternoon.

Notes for whoever does final touches Thursday:
- bruising on both hands and forearms from all the IV sticks, I used the opaque cream but it'll probably need another layer. Family wants his hands out holding the rosary so they'll be seen
- feeding tube site on the abdomen is sutured and sealed, won't show under the shirt
- daughter brought his hearing aids, they're in the envelope in the top drawer of the dressing table, she wants them IN. Left one has the blue dot
- he had a beard at home the last few months - confirmed with son Kevin on the phone today, clean shaven like his wedding photo. Done.
- glasses: family is bringing Thurs am
- some leaking from the left arm site overnight, I wrapped it, check the sleeve before the family comes in

Hollis, you can set him in Chapel B at 3, lamps on the low setting please.

M
""" % case
    emit("phi", "care", st("marisol"), [st("celeste"), st("hollis")], "Pettigrew prep notes for Thurs viewing",
         body, d, patient="Arnold Pettigrew")

    # 5 pre-need client moved to memory care
    d = rdate(40, 300, 9, 16)
    pn = "PN-2019-%04d" % random.randint(300, 700)
    body = """Lena,

Can you update the file for Ingeborg Haldane (pre-need %s)? She moved out of the house on Birchwood Lane and into Linden Court, the memory care side, room 212, as of last month. Her son Paul Haldane is her POA now and wants all mail to go to him:

Paul Haldane
77 Crestline Dr, Apt 4
Harlowe, NJ 08520
cell %s

Paul said most days she doesn't recognize people anymore, so please NO more annual review letters to her directly, the last one upset her a lot and the aides had to calm her down. I told him we need a copy of the POA for the file, he's going to scan it this week.

Also flag it so whoever takes the call knows Linden Court will be calling us directly when the time comes, not the family.

Thx
Priya

Priya Ramaswamy
Advance Planning Counselor
Bellwether-Ames Funeral Home & Cremation Service
%s
""" % (pn, cellno("609"), FH_PHONE)
    emit("phi", "care", st("priya"), st("lena"), "Haldane pre-need - new contact / POA", body, d,
         patient="Ingeborg Haldane")

    # 6 hospice social worker sets up a planning visit, with calendar invite
    d = rdate(100, 200, 10, 15)
    visit = (d + datetime.timedelta(days=5)).replace(hour=14, minute=0, second=0)
    visit = visit.replace(tzinfo=tz_for(visit.replace(tzinfo=None)))
    body = """Hi Priya,

Harlan would like to meet with you at the house to go over his service plans himself, while he's still up to it. %s at 2pm works for him and his partner Neil. A few things so it goes well:

- He tires fast. 20-30 min tops, then we wrap up even if we're mid-sentence. He's on oxygen and talks slowly, please give him time to finish.
- He wants to pick the music and the readings himself. Neil is fine with cremation but wants a place he can visit, so maybe bring the niche info for Mount Oriel.
- Please park on the street. The driveway is for the aide's car and the medical supply deliveries.

Address is 9 Sorrel Ct, Marrowfield. I'll be there too. Sending a calendar invite now.

Owen

Owen Prescott, LCSW
Social Worker | Quiet Harbor Hospice
(717) 555-0123
""" % visit.strftime("%A %-m/%-d")
    ics = make_ics("qh-%s@%s" % (digits(8), HOSPICE), visit, visit + datetime.timedelta(minutes=45),
                   "Planning visit - Harlan Voss (home)", "9 Sorrel Ct, Marrowfield PA",
                   "Pre-planning with Priya (Bellwether-Ames). Pt on O2, keep to 30 min. Partner Neil present.",
                   "oprescott@" + HOSPICE)
    emit("phi", "care", formataddr(("Owen Prescott", "oprescott@" + HOSPICE)), st("priya"),
         "Harlan Voss - planning visit at home Tues?", body, d,
         attachments=[("invite.ics", "text", "calendar", ics)], patient="Harlan Voss")

    # 7 crematory hold for a pacemaker, reply on top
    d0 = rdate(60, 280, 8, 10)
    orig = """Celeste,

I can't run Kowalczyk this morning. The cremation auth has YES checked for pacemaker but nothing in the file says it came out and there's no device envelope. I checked and it's still there, left side under the collarbone.

Also the daughter checked the box that she wants the hip replacement metal returned. We don't usually do that, can you call her?

Moving him back to cooler 2. Next on my schedule is the 1:30.

Tomasz"""
    d1 = later(d0, 20, 60)
    body = """Good catch, thank you. Marisol will take it out at 11 - please leave Mr. Kowalczyk in cooler 2 until then. Log the device serial on the cremation record and put the device in the return box for the rep like usual.

I'll call Joanne about the hip. She might not realize what it looks like after, I'll explain and see if she'd rather have it recycled.

If all goes well we can do Stanley after the 1:30.

Celeste

%s

%s
%s""" % (sig("celeste", short=True),
         outlook_block("Tomasz Wierzbicki <%s>" % st_addr("tomasz"), d0, "Celeste Yarrow <%s>" % st_addr("celeste"),
                       "Kowalczyk - HOLD"), orig)
    emit("phi", "care", st("celeste"), st("tomasz"), "RE: Kowalczyk - HOLD", body, d1, cc=[st("marisol")],
         patient="Stanley Kowalczyk")

    # 8 aftercare check-in, widower missing his rides
    d = rdate(200, 300, 10, 16)
    body = """Hi Dana,

I did our 30-day aftercare call with Reuben Castellanos yesterday (husband of Lydia, your patient until August). He is struggling. Not eating much, hasn't left the house except for his treatments, and his daughter Rosa told me he missed two of his dialysis days last week because Lydia was always the one who drove him and he won't ask anybody for a ride.

Rosa works nights so she can't do the Mon/Wed/Fri runs. I gave her the county paratransit number (Tessaly Rides, 717-555-0164) and she's going to get him signed up, but I was hoping your bereavement team could do a home visit. He said he'd be OK with someone stopping by in the afternoon.

He's at 1504 Mercer Ave, Marrowfield. Home phone %s (he doesn't answer unknown numbers, so leave a message and say you're from hospice).

Thank you,
Renata
%s""" % (phone(), sig("renata"))
    emit("phi", "care", st("renata"), formataddr(("Dana Whitlock", "bereavement@" + HOSPICE)),
         "aftercare check-in - Mr. Castellanos", body, d, patient="Reuben Castellanos")


# ===========================================================================
# PHI / ids
# ===========================================================================
def phi_ids():
    # 1 ME release notice
    d = rdate(10, 300, 13, 16)
    mecase = "ME24-%05d" % random.randint(1000, 1900)
    body = """RELEASE NOTIFICATION
Tessaly County Office of the Medical Examiner

Funeral home:  Bellwether-Ames (Marrowfield)
ME case:       %s
Decedent:      DUNMORE, R.
DOB:           03/11/1951
Released:      %s %s
Autopsy:       Complete. Cause and manner PENDING toxicology (6-8 wks).

Personal property: released with body, see inventory (2 pp) in the pouch.
Notes: fingerprint card taken; do not remove the ME toe tag. Initial certificate will be filed by
the ME office as "Pending investigation" - FH may file the fact-of-death portion now.

Calvin Mbeki
Medicolegal Death Investigator
Tessaly County Office of the Medical Examiner
Tel (717) 555-0150  Fax (717) 555-0151
""" % (mecase, mdy(d), d.strftime("%H%M"))
    emit("phi", "ids", formataddr(("Calvin Mbeki", "cmbeki@" + ME)), [st("celeste"), "intake@" + FH],
         "Release %s" % mecase, body, d, patient="R. Dunmore")

    # 2 death certificate returned, cause section
    d = rdate(80, 120, 9, 15)
    edrs = "2024-00%05d" % random.randint(40000, 49999)
    body = """Hi Kim,

The certificate for EDRS case %s (DOD 4/2/2024, DOB 9/17/1939) was kicked back by the state registrar this morning. Dr. Bhattacharjee put "cardiopulmonary arrest" as the only entry in Part I line a, and they won't take a mechanism with no underlying cause.

Could he log back in and add the underlying condition(s)? From the hospice paperwork it looks like the COPD with the pneumonia at the end, but obviously that's his call to certify, not ours. It should be in his queue under "Returned - Amend".

Family is waiting on certified copies for the life insurance. Any chance he can get to it today?

Thank you!
Lena

Lena Brzezinski
Office Manager
Bellwether-Ames Funeral Home & Cremation Service
%s  |  fax %s
""" % (edrs, FH_PHONE, FH_FAX)
    emit("phi", "ids", st("lena"), formataddr(("Kim Tran", "ktran@" + NFM)),
         "DC returned - EDRS %s - needs amendment" % edrs, body, d, patient="")

    # 3 insurance assignment with PDF
    d = rdate(190, 230, 9, 16)
    claim = "LC-%08d" % random.randint(10000000, 99999999)
    pol = "%s-%s-R" % (digits(4), digits(5))
    mec = "ME24-%05d" % random.randint(1800, 2000)
    ssn4 = digits(4)
    body = """Claims Department,

Re: Claim %s / Policy %s

Attached please find the irrevocable assignment of benefits, certified death certificate and our itemized statement for the above claim. Insured DOB 07/22/1957, DOD 06/30/2024. Assignment amount $9,845.00.

Please note the certificate shows manner of death "Pending". The death is still under investigation by the Tessaly County ME (%s). The investigator told the family it is a probable accidental overdose, final pending tox. Your letter of 7/9 asked whether the contestability review would hold the assignment - please confirm in writing whether payment to the funeral home is delayed until the amended certificate is filed.

Payment may be sent to Bellwether-Ames Funeral Home, %s, Tax ID 23-%s.

Sincerely,
Lena Brzezinski
Office Manager
%s
""" % (claim, pol, mec, FH_ADDR, digits(7), FH_PHONE)
    pdf = make_pdf([
        "IRREVOCABLE ASSIGNMENT OF LIFE INSURANCE PROCEEDS",
        "Bellwether-Ames Funeral Home & Cremation Service",
        "",
        "Insurer: Ridgeback Mutual Life          Claim no.: " + claim,
        "Policy no.: " + pol,
        "Insured: T. W.   SSN: XXX-XX-" + ssn4,
        "Date of birth: 07/22/1957    Date of death: 06/30/2024",
        "Cause of death: PENDING (ME case " + mec + ")",
        "",
        "Beneficiary assigns $9,845.00 to Bellwether-Ames for funeral goods and services.",
        "",
        "Beneficiary signature: ______________________   Date: ___________",
    ], title="Assignment " + claim)
    emit("phi", "ids", st("lena"), "claims@ridgebackmutual.com",
         "Funeral assignment - Claim #%s / Policy %s" % (claim, pol), body, d,
         attachments=[("Assignment_%s.pdf" % claim, "application", "pdf", pdf)], patient="")

    # 4 hospital decedent release with MRN
    d = datetime.datetime(2024, 3, 15, 7, 42, 10)
    d = d.replace(tzinfo=tz_for(d))
    mrn = "00" + digits(6)
    body = """Bellwether-Ames,

The family has designated your firm. Release form signed by NOK (spouse) this morning.

MRN: %s    Acct: 51%s
Expired: 03/14/2024 23:40, 6 North
Attending: Dr. R. Osei - notified re: death certificate, he is expecting the EDRS request
Not an ME case (ME declined, ref ME24-00%d)
Isolation: contact precautions (CRE). Remains bagged x2 and labeled.
Location: morgue, drawer 6

Please bring a copy of the release when you pick up. Morgue access 24/7 through Security, ext 4411.

Farrah Lindgren
Decedent Affairs Coordinator
St. Aldric Regional Medical Center
(717) 555-0130 | pager 5512

This communication may contain confidential information protected by law. If you received it in error, notify the sender and delete it.
""" % (mrn, digits(8), random.randint(400, 499))
    emit("phi", "ids", formataddr(("Farrah Lindgren", "flindgren@" + HOSP)), "intake@" + FH,
         "Decedent release - MRN %s" % mrn, body, d, patient="")

    # 5 veteran interment request
    d = rdate(215, 240, 9, 15)
    vac = "C%s" % digits(8)
    body = """Good morning,

Requesting a first interment at Marrowfield Veterans Memorial Cemetery for the following veteran. DD-214 and death certificate attached by fax this morning (14 pp).

VA claim no.:   %s
Branch:         USMC, Vietnam era
Date of death:  08/03/2024, Quiet Harbor inpatient unit
Disposition:    cremation, cremains to be interred
Spouse:         living, would like to reserve an adjacent space

The family is also applying for the service-connected burial allowance. The certifying physician listed the cancer as due to Agent Orange exposure on the certificate, so Mrs. Ferris asked me to note that on the request.

Preferred dates: any weekday after 8/19. Military honors requested (USMC detail + bugler).

Thank you,
Celeste Yarrow
%s""" % (vac, sig("celeste"))
    emit("phi", "ids", st("celeste"), "scheduling@natcemetery-office.example.org",
         "Interment request - VA claim %s (Ferris)" % vac, body, d, patient="Mr. Ferris")

    # 6 Medicaid irrevocable contract, docx attached
    d = rdate(100, 110, 9, 15)
    rid = digits(10)
    pn = "PN-2024-%04d" % random.randint(200, 260)
    body = """Ms. Ochoa,

As requested, attached is the irrevocable pre-need contract for your client, Medicaid recipient ID %s (DOB 11/02/1936). Contract %s was funded for $11,450.00 through Keystone Preneed Trust and made irrevocable on 4/18/2024.

Her daughter tells me she is being admitted to Fernhill Nursing & Rehab on 5/1 for long-term care, so I understand you need this for the LTC application before then. The Statement of Goods and Services is attached too.

Let me know if you need the trust confirmation letter as well.

Priya Ramaswamy
%s""" % (rid, pn, sig("priya"))
    docx = make_docx([
        "**STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED - IRREVOCABLE",
        "Contract: " + pn + "     Medicaid recipient ID: " + rid,
        "Beneficiary: H. L.    DOB 11/02/1936",
        "Professional services of funeral director and staff .......... $2,395.00",
        "Transfer of remains to funeral home ........................... $425.00",
        "Embalming ..................................................... $895.00",
        "Use of facilities for viewing (2 hrs) .......................... $650.00",
        "Casket - Aldridge 18 ga Silver ................................. $3,285.00",
        "Outer burial container ......................................... $1,450.00",
        "Cash advance items (estimate) ................................. $2,350.00",
        "TOTAL ......................................................... $11,450.00",
        "Funded through Keystone Preneed Trust. This contract is irrevocable.",
    ])
    emit("phi", "ids", st("priya"), formataddr(("Marisela Ochoa", "mochoa@tessalyassistance.example.org")),
         "Irrevocable burial contract - Recipient ID %s" % rid, body, d,
         attachments=[("SGS_%s.docx" % pn, "application",
                       "vnd.openxmlformats-officedocument.wordprocessingml.document", docx)],
         patient="")

    # 7 crematory log line
    d = rdate(30, 300, 14, 16)
    cno = "C-24-%04d" % random.randint(200, 400)
    disc = "%d-%03d" % (random.randint(110, 125), random.randint(100, 999))
    body = """%s complete %s. Disc #%s. Device removed Y (pacemaker, SN on form). DOB 1/30/44.
Cremains in temp container, shelf B. Family picking up Fri per Celeste.

T.
""" % (cno, d.strftime("%H:%M"), disc)
    emit("phi", "ids", st("tomasz"), st("celeste"), "%s done" % cno, body, d, patient="")

    # 8 hospice death notification
    d = rdate(50, 60, 4, 5)
    pid = "QH-%05d" % random.randint(50000, 59999)
    body = """Death notification - Quiet Harbor Hospice on-call

Patient ID:      %s  (Mrs. F.)
Date of death:   %s
Time:            %s
Pronounced by:   D. Hale, RN (on-call)
Location:        home - 33 Wicker Rd, Marrowfield
Attending:       Dr. Marguerite Lessard (will sign DC via EDRS)
Primary dx:      end-stage Alzheimer's dementia
Family present:  husband, daughter (call daughter first: %s)
Meds destroyed:  yes, witnessed
Funeral home:    Bellwether-Ames - family ready for removal, no rush, allow 1 hr

Please call the on-call line at (717) 555-0118 when en route.
""" % (pid, mdy(d), d.strftime("%H%M"), cellno())
    emit("phi", "ids", formataddr(("QH On-Call", "oncall@" + HOSPICE)), "intake@" + FH,
         "Death notification %s" % pid, body, d, patient="Mrs. F.")


# ===========================================================================
# PHI / lang
# ===========================================================================
def phi_lang():
    # 1 Spanish: daughter writes, embalmer answers in Spanish on top
    d0 = rdate(20, 300, 20, 22)
    tel = cellno()
    orig = """Buenas noches señora Marisol,

Le escribo porque mi papá, José Luis Ferreira Montoya, falleció esta tarde en el hospital St. Aldric, en cuidados intensivos. El médico nos dijo que fue un infarto masivo y que no le van a hacer autopsia. Mi mamá quiere que ustedes se encarguen de todo, como hicieron con mi abuela.

Tengo unas preguntas:
1. Él tenía un marcapasos desde hace 6 años. ¿Hay que quitarlo para la cremación? ¿Eso tiene costo aparte?
2. Queremos verlo antes de cremarlo, solo la familia. ¿Se puede el sábado?
3. Mi hermano viene de Guadalajara. ¿Necesita algún papel para llevar parte de las cenizas a México?

Mi teléfono es %s. Gracias por su ayuda, estamos muy tristes.

Lucía""" % tel
    d1 = later(d0, 600, 780)
    body = """Lucía, buenos días.

Lamento mucho la pérdida de su papá. Ya lo trajimos del hospital anoche y está aquí con nosotros.

1. Sí, el marcapasos se tiene que retirar antes de la cremación. Lo hacemos nosotros aquí y no tiene costo adicional.
2. Sí, podemos hacer una visita privada para la familia el sábado a las 11:00 en la capilla pequeña. Si quieren vestirlo con su propia ropa, tráiganla el viernes.
3. Para llevar cenizas a México su hermano necesita una copia certificada del acta de defunción, el permiso de cremación y una constancia del crematorio. Le recomiendo llamar al consulado en Filadelfia para confirmar si piden traducción. Nosotros le preparamos la constancia.

Mañana a las 10:00 la espero con su mamá para hacer los arreglos. Por favor traigan el número de Seguro Social de su papá y, si lo tienen, el DD-214 si fue militar.

Con mucho cariño,
Marisol Ortega-Finch
Directora Funeraria
Bellwether-Ames Funeral Home & Cremation Service
%s

%s
%s""" % (FH_PHONE, gmail_on(d0, "Lucia Ferreira", "lucia.ferreira.m@bluefinmail.com"), quote(orig))
    emit("phi", "lang", st("marisol"), formataddr(("Lucia Ferreira", "lucia.ferreira.m@bluefinmail.com")),
         "Re: mi papá José Luis Ferreira", body, d1, cc=[st("celeste")], patient="José Luis Ferreira Montoya")

    # 2 Vietnamese: son writes after a hospice death at home
    d = rdate(20, 300, 6, 9)
    body = """Kính gửi nhà tang lễ Bellwether-Ames,

Tôi tên là Trần Minh Đức. Mẹ tôi, bà Nguyễn Thị Hoa (sinh năm 1942), vừa mất lúc 5 giờ sáng nay tại nhà ở số 61 Alder Street. Mẹ bị ung thư gan giai đoạn cuối và được hospice Quiet Harbor chăm sóc hai tháng nay. Y tá hospice đã đến xác nhận rồi và nói sẽ gọi cho quý vị.

Gia đình tôi muốn:
- Tắm rửa và thay áo dài cho mẹ theo phong tục. Chị gái tôi muốn tự làm, có được không?
- Để linh cữu ở nhà quàn 2 ngày cho bà con đến viếng, có thầy chùa đến tụng kinh.
- Sau đó hỏa táng.

Bụng mẹ tôi bị phù nhiều và da bị vàng. Xin cho biết có thể trang điểm để mở nắp quan tài được không.

Xin gọi cho tôi số %s. Em gái tôi nói tiếng Anh tốt hơn, số của cô ấy là %s.

Cảm ơn quý vị rất nhiều.
Đức
""" % (cellno(), cellno())
    emit("phi", "lang", formataddr(("Duc Tran", "ductran.minh@orchardnet.com")), "info@" + FH,
         "Mẹ tôi - bà Nguyễn Thị Hoa", body, d, patient="Nguyễn Thị Hoa")

    # 3 Polish: son abroad writes to the office manager
    d = rdate(130, 150, 3, 6)
    body = """Szanowna Pani Leno,

Dziękuję za wczorajszą rozmowę telefoniczną. Tak jak mówiłem, jestem synem śp. Haliny Nowakowskiej, która zmarła 12 maja w Fernhill Nursing & Rehab. Mieszkam w Krakowie i nie mogę przylecieć wcześniej niż za dwa tygodnie.

Mama od lat chorowała na serce i od dwóch lat miała rozrusznik serca. Czy rozrusznik zostanie usunięty przed kremacją? W akcie zgonu lekarz wpisał „niewydolność serca" i „cukrzyca typu 2" - czy to wystarczy dla polskiego urzędu stanu cywilnego? Potrzebuję odpisu aktu zgonu z apostille, żeby go przetłumaczyć i zarejestrować w Polsce.

Chcielibyśmy przewieźć urnę do Polski, do grobu rodzinnego w Tarnowie. Proszę o informację, jakie dokumenty są potrzebne do przewozu urny samolotem i ile to wszystko będzie kosztować. Pieniądze mogę przelać z polskiego konta.

Z poważaniem,
Krzysztof Nowakowski
tel. +48 601 %s %s
"""
    body = body % (digits(3), digits(3))
    emit("phi", "lang", formataddr(("Krzysztof Nowakowski", "k.nowakowski@skrzynka-poczta.net")), st("lena"),
         "Halina Nowakowska - dokumenty i urna", body, d, patient="Halina Nowakowska")

    # 4 Haitian Creole: wife wants repatriation to Haiti
    d = rdate(20, 300, 8, 11)
    body = """Bonjou Madanm Celeste,

Se mwen menm Marie-Claude, madanm Jean-Robert Pierre-Louis. Mwen te rele nou yè swa. Mari m mouri nan lopital St. Aldric apre operasyon kè a. Doktè a di se yon enfeksyon ki te antre nan san li apre operasyon an, li te nan swen entansif pandan twa jou.

Fanmi an vle voye kò a an Ayiti pou antèman nan Jacmel, bò kote manman l. Kisa nou bezwen fè? Lopital la di m konsila a ap mande yon papye ki di li pa t gen maladi ki ka pran moun. Eske se nou ki pou fè papye sa yo oswa se doktè a?

Nou ta renmen fè yon veye isit la anvan, vandredi swa si sa posib, nan legliz Sen Brendan. Pitit gason m nan, Wesley, ap vin avè m jodi a a 3è pou nou chwazi sèkèy la.

Mèsi anpil pou pasyans nou. Bondye beni nou.

Marie-Claude Pierre-Louis
Telefòn: %s
""" % cellno()
    emit("phi", "lang", formataddr(("Marie-Claude Pierre-Louis", "mcpierrelouis@bluefinmail.com")), st("celeste"),
         "Jean-Robert Pierre-Louis - voye kò a Ayiti", body, d, patient="Jean-Robert Pierre-Louis")

    # 5 Tagalog/Taglish: daughter from the phone
    d = rdate(20, 300, 5, 7)
    body = """Hello po Ma'am Celeste,

Ako po si Marites, anak ni Corazon Dimaculangan. Pumanaw po si Mama kaninang 3:40 ng madaling araw sa Fernhill Nursing & Rehab, room 118. Sabi po ng nurse doon kayo na raw po ang tatawagan nila para kunin si Mama.

Ilang tanong lang po:
- May pacemaker po si Mama, nilagay noong 2019. Kailangan po ba itong tanggalin bago i-cremate?
- Yung kuya ko po nasa Dubai, darating sa Huwebes. Pwede po bang hintayin siya bago i-cremate para makita niya si Mama kahit sandali?
- Gusto po naming iuwi yung abo sa Batangas. Anong papeles po ang kailangan?

Yung huling sakit po ni Mama ay stroke noong Marso, tapos hindi na po siya nakalakad at nahirapan na po kumain kaya nagka-feeding tube.

Salamat po sa tulong ninyo. Pasensya na po kung magulo, wala pa po akong tulog.

Marites

Sent from my Samsung Galaxy smartphone."""
    emit("phi", "lang", formataddr(("Marites D. Reyes", "maritesdreyes@lanternmail.net")), st("celeste"),
         "Mama - Corazon Dimaculangan", body, d, patient="Corazon Dimaculangan")

    # 6 Chinese (simplified): daughter after dialysis patient's death at home
    d = rdate(20, 300, 7, 10)
    body = """您好，

我叫王丽。我父亲王建国（1947年出生）昨天晚上十一点左右在家中去世。他生前患有糖尿病和肾衰竭，做了三年透析，最近两个月在 Quiet Harbor 接受临终关怀。护士已经来过确认死亡，说会通知你们，昨晚你们的工作人员已经把他接走了。

我们想请问：
1. 火化之前家人可以举行一个简单的告别仪式吗？大概二十人，想请一位牧师。
2. 我父亲左手臂上有透析用的瘘管，告别的时候需要遮住吗？
3. 死亡证明需要几份？我们需要寄到中国办理手续，是不是还要认证？

另外，我母亲不会说英语，请直接联系我，电话 %s。

谢谢！
王丽
""" % cellno()
    emit("phi", "lang", formataddr(("Li Wang", "wangli1975@orchardnet.com")), "info@" + FH,
         "关于我父亲王建国的火化安排", body, d, patient="王建国")

    # 7 Russian: daughter requests a Jewish burial
    d = rdate(20, 300, 7, 9)
    body = """Здравствуйте,

Пишу по поводу моего отца, Бориса Ефимовича Каца (Boris Katz), 1938 г.р. Он скончался сегодня в 6 утра в больнице St. Aldric после обширного инсульта. Врач сказал, что вскрытие не нужно и что свидетельство о смерти он подпишет сегодня.

Мы хотим похоронить папу по еврейской традиции: без бальзамирования, простой сосновый гроб, как можно скорее, лучше всего завтра. Раввин из синагоги Beth Shalom свяжется с вами насчёт тахары. Место на кладбище Mount Oriel уже куплено, рядом с мамой, участок 14.

Пожалуйста, позвоните мне: %s. Я плохо говорю по-английски, мой сын Дмитрий может переводить (%s).

С уважением,
Елена Кац
""" % (cellno(), cellno())
    emit("phi", "lang", formataddr(("Elena Katz", "elena.katz@postrider.net")), st("celeste"),
         "Борис Кац - похороны", body, d, patient="Борис Ефимович Кац")

    # 8 Korean: son asks to finish his mother's pre-need plan
    d = rdate(165, 172, 9, 20)
    body = """안녕하세요, Priya 상담사님.

지난주에 전화로 상담받았던 이지훈입니다. 어머니 김순자(1941년 3월 5일생)의 장례 사전 계약 건으로 연락드립니다.

어머니께서 지난달 알츠하이머 초기 진단을 받으셔서, 아직 본인이 판단하실 수 있을 때 계약을 마무리하고 싶습니다. 주치의 선생님 말씀으로는 앞으로 1~2년 사이에 많이 나빠지실 수 있다고 합니다.

- 화장 후 Mount Oriel 납골당 안치를 원하십니다.
- 불교식으로 진행하고 싶습니다.
- 비용은 일시불로 낼 수 있습니다.

어머니는 영어를 잘 못하셔서 제가 같이 가겠습니다. 다음 주 화요일이나 목요일 오전이 괜찮을까요?

감사합니다.
이지훈 드림
%s
""" % cellno("201")
    emit("phi", "lang", formataddr(("Jihoon Lee", "jihoon.lee.nj@bluefinmail.com")), st("priya"),
         "어머니 김순자 사전 장례 계약 문의", body, d, patient="김순자")


# ===========================================================================
# PHI / lists
# ===========================================================================
def phi_lists():
    names_out = []

    # 1 weekly case board, pipe table in the body
    d = rdate(235, 235, 7, 8)
    rows = [
        ("24-0311", "Haverford, Louise M.", "QH home", "Crem", "Y - removed", "Signed", "urn pickup Fri"),
        ("24-0312", "Okonkwo, Felix", "St Aldric 6N", "Burial MtO", "N", "Dr Osei pending", "viewing Tue 5-7"),
        ("24-0313", "Brandt, Wilma J.", "Fernhill NR", "Crem", "Y - NOT removed", "Pending", "hold - device"),
        ("24-0314", "Szabo, Gyula", "ME24-01522", "Crem", "?", "ME pending tox", "ME hold til Thu"),
        ("24-0315", "Pruitt, Delores", "QH inpt unit", "Entomb", "N", "Signed", "open casket, jaundice"),
        ("24-0316", "Yamamoto, Ken", "home (no hospice)", "Crem", "ICD - Y", "Coroner call pending", "family Thu 10am"),
    ]
    names = ["Louise M. Haverford", "Felix Okonkwo", "Wilma J. Brandt", "Gyula Szabo", "Delores Pruitt", "Ken Yamamoto"]
    hdr = ("Case", "Decedent", "From", "Dispo", "Device", "DC", "Notes")
    widths = [max(len(r[i]) for r in rows + [hdr]) for i in range(len(hdr))]

    def fmt(r):
        return "| " + " | ".join(r[i].ljust(widths[i]) for i in range(len(r))) + " |"
    table = "\n".join([fmt(hdr), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [fmt(r) for r in rows])
    body = """Morning all,

Board for the week. Two things to watch: Brandt still has the pacemaker in, nobody cremates her until Marisol signs off. Szabo is still on ME hold.

%s

Yamamoto came in last night from home - his own doc (Dr. Lessard) says she'll sign, the ICD has to come out before crem, Marisol please. Mrs. Yamamoto is coming Thursday.

Pruitt family wants open casket - Marisol says the color is manageable.

Celeste
%s""" % (table, sig("celeste", short=True))
    emit("phi", "lists", st("celeste"),
         [st("gideon"), st("marisol"), st("tomasz"), st("dwayne"), st("lena"), st("hollis")],
         "Case board - week of %s" % d.strftime("%-m/%-d"), body, d, patient="; ".join(names))

    # 2 CSV of death certificates waiting on physicians
    d = rdate(239, 239, 9, 11)
    recs = [
        ("2024-0051218", "Castellanos", "Lydia", "03/02/1949", "08/19/2024", "Dr. M. Lessard", "11", "Metastatic breast cancer"),
        ("2024-0051390", "Pettigrew", "Arnold", "06/14/1938", "08/21/2024", "Dr. S. Bhattacharjee", "9", "Aspiration pneumonia; Parkinson disease"),
        ("2024-0051455", "Greer", "Oswald T", "12/01/1944", "08/22/2024", "Dr. R. Osei", "8", "Acute MI (draft - MD to confirm)"),
        ("2024-0051602", "Villanueva", "Pilar", "04/27/1933", "08/25/2024", "Dr. J. Haskins", "5", "(blank)"),
        ("2024-0051677", "Lindqvist", "Harriet", "11/02/1936", "08/26/2024", "Dr. M. Lessard", "4", "Alzheimer dementia"),
        ("2024-0051731", "Moreau", "Thierry", "09/09/1961", "08/27/2024", "Dr. R. Osei", "3", "Sepsis; perforated bowel"),
    ]
    csvrows = [("EDRS_Case", "Last", "First", "DOB", "DOD", "Certifier", "Days_Pending", "Cause_Draft")] + recs
    body = """Gideon,

Attached is the aging list for certificates waiting on physician signature. Villanueva has nothing in the cause section at all - Dr. Haskins' office says he's on vacation until the 3rd and nobody is covering his EDRS queue. Can you call him personally?

The Castellanos and Pettigrew families have both called twice this week.

Lena
"""
    emit("phi", "lists", st("lena"), st("gideon"), "DCs waiting on doctors - aging list", body, d,
         attachments=[("DC_pending_%s.csv" % d.strftime("%Y%m%d"), "text", "csv", csv_text(csvrows))],
         patient="; ".join("%s %s" % (r[2], r[1]) for r in recs))

    # 3 XLSX to hospice quality dept
    d = rdate(182, 190, 10, 14)
    xrows = [("Hospice Pt ID", "Patient", "DOB", "Date of Death", "Location", "Call Received", "Arrival", "Minutes")]
    people = [("Marchetti, Evelyn", "home"), ("Alvarez, Rogelio", "home"), ("Pruitt, Delores", "IPU"),
              ("Castellanos, Lydia", "home"), ("Voss, Harlan", "home"), ("Ferris, Donald", "IPU"),
              ("Nguyen, Thi Hoa", "home"), ("Abernathy, Clement", "Linden Court")]
    for nm, loc in people:
        b = dob(1930, 1955)
        dd = datetime.date(2024, 6, random.randint(1, 30))
        ch = random.randint(0, 23)
        cm = random.randint(0, 59)
        mins = random.randint(38, 115)
        arr = (ch * 60 + cm + mins) % 1440
        xrows.append(("QH-%05d" % random.randint(50000, 59999), nm, b.strftime("%m/%d/%Y"),
                      dd.strftime("%m/%d/%Y"), loc, "%02d:%02d" % (ch, cm), "%02d:%02d" % divmod(arr, 60), mins))
    body = """Hi Theresa,

Here is the June response-time report you asked for, for your QAPI meeting. These are all Quiet Harbor patients we brought into our care in June, with the time your on-call called us and the time our team arrived.

Average was just over an hour. The two long ones were the Ferris removal (IPU elevator out) and Linden Court (they needed an escort after 11pm).

Let me know if you need it broken out by team.

Gideon
%s""" % sig("gideon")
    emit("phi", "lists", st("gideon"), formataddr(("Theresa Kalb", "tkalb@" + HOSPICE)),
         "June removal response times - Quiet Harbor", body, d,
         attachments=[("QH_response_times_June2024.xlsx", "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(xrows, "June"))],
         patient="; ".join(" ".join(reversed(p[0].split(", "))) for p in people))

    # 4 crematory schedule, tab separated
    d = rdate(238, 238, 16, 17)
    sched = [
        ("07:30", "C-24-0341", "Brandt, Wilma", "Y-removed 8/28 MOF", "200 lb", "witness: son"),
        ("10:00", "C-24-0342", "Yamamoto, Ken", "ICD removed, deactivated", "165 lb", ""),
        ("13:30", "C-24-0343", "Szabo, Gyula", "none", "240 lb", "ME released 8/29"),
        ("16:00", "C-24-0344", "Haverford, Louise", "Y-removed", "118 lb", "hip hardware - recycle"),
    ]
    lines = ["Time\tCrem#\tDecedent\tDevice\tWeight\tNotes"] + ["\t".join(r) for r in sched]
    body = """Tomorrow in retort 1:

%s

Retort 2 still down for the burner part. If Szabo's family shows up early for anything please call me, don't bring them back.

Tomasz
""" % "\n".join(lines)
    emit("phi", "lists", st("tomasz"), [st("celeste"), st("marisol")], "crem schedule tmrw", body, d,
         patient="Wilma Brandt; Ken Yamamoto; Gyula Szabo; Louise Haverford")

    # 5 ME daily list, "Name - DOB - reason" lines
    d = rdate(236, 236, 15, 16)
    body = """Afternoon,

Cases designated to Bellwether-Ames, status as of 1600:

ME24-01518  WEISS, Adrian - 02/19/1978 - MVC, autopsy complete, RELEASED
ME24-01522  SZABO, Gyula - 07/04/1950 - found at home, hx CHF, external only, HOLD pending PCP callback
ME24-01529  DOE, UNKNOWN MALE - approx 40-50 - hypothermia, ID pending dental - HOLD
ME24-01533  HOLLOWAY, Brianna K - 11/30/1996 - suspected overdose, autopsy tomorrow am - HOLD
ME24-01540  PRUETT, Lyle - 05/05/1947 - fall at Linden Court, subdural; will be released after 10am view - PENDING

Call the investigator line before sending a van for anything listed HOLD.

Calvin Mbeki
Medicolegal Death Investigator
Tessaly County OME  |  (717) 555-0150
"""
    emit("phi", "lists", formataddr(("Calvin Mbeki", "cmbeki@" + ME)), "intake@" + FH,
         "FH status list - Bellwether-Ames", body, d,
         patient="Adrian Weiss; Gyula Szabo; Brianna K. Holloway; Lyle Pruett")

    # 6 pre-need review list with health notes, reply with quoted list
    d0 = rdate(150, 250, 16, 18)
    orig = """Gideon - here's my annual review list for Q3 with what I know. Flagged the ones where we'll probably be serving soon so the trust can be checked.

- Haldane, Ingeborg (PN-2019-0412) - memory care at Linden Court, son Paul is POA
- Gallagher, Sean (PN-2021-0087) - started dialysis, wants to add a veterans' flag case
- Whitfield, Norma (PN-2018-0230) - on hospice w/ QH since July (lung)
- Ahn, Sooja (PN-2022-0019) - no change, moved to Harlowe NJ (transfer?)
- Tillman, Rex (PN-2020-0355) - had a stroke in May, wife says he can't sign, contract is irrevocable anyway
- Kim, Soonja (new, PN-2024-0301) - early Alzheimer's, son signing with her next wk

Priya"""
    d1 = later(d0, 900, 1200)
    body = """Thanks Priya. I'll call Keystone about Whitfield and Tillman funding this week. For Ahn, check the portability clause before we promise anything.

G

%s
%s""" % (gmail_on(d0, "Priya Ramaswamy", st_addr("priya")), quote(orig))
    emit("phi", "lists", st("gideon"), st("priya"), "Re: Q3 pre-need reviews", body, d1,
         patient="Ingeborg Haldane; Sean Gallagher; Norma Whitfield; Sooja Ahn; Rex Tillman; Soonja Kim")

    # 7 embalming room board, space aligned
    d = rdate(237, 237, 7, 8)
    body = """Prep room today:

  NAME               FROM         NOTES                                   BY
  Okonkwo, Felix     St Aldric    full autopsy - cavity pack, viewing Tue  Marisol
  Pruitt, Delores    QH IPU       jaundice, edema legs - 2 part arterial   Marisol
  Greer, Oswald      home         ME declined. shave, no autopsy           Hollis (w/ M)
  Brandt, Wilma      Fernhill     pacemaker removal only (crem)            Marisol
  Moreau, Thierry    St Aldric    surgical incision abd, bag + seal        Celeste

Hollis - masks and face shields for Moreau, hospital notes say he was on contact isolation.

Formaldehyde badge for whoever is in there longest today.

- M
"""
    emit("phi", "lists", st("marisol"), [st("hollis"), st("celeste")], "prep room today", body, d,
         patient="Felix Okonkwo; Delores Pruitt; Oswald Greer; Wilma Brandt; Thierry Moreau")


# ===========================================================================
# PHI / names
# ===========================================================================
def phi_names():
    # 1 open casket worry
    d = rdate(20, 300, 8, 17)
    body = """Celeste,

Talked to Mrs. Thornbury's daughter again this morning. She really, really wants it open for the family hour. With the liver failure her color is very yellow-green and there's skin slip on both forearms from all the swelling. I can do a lot with the cosmetics and long sleeves but I want you to see her before we promise anything. Maybe we suggest open for family only and closed for the public visitation?

Also her daughter asked if we can leave off the glasses, Mrs. T never wore them in photos.

I'm in the prep room til 2.

M
"""
    emit("phi", "names", st("marisol"), st("celeste"), "open casket?", body, d, patient="Mrs. Thornbury")

    # 2 name only in the subject
    d0 = rdate(250, 250, 9, 14)
    orig = """Lena - registrar bounced it again. Cause says "old age" and "frailty". They want an actual disease process. Can you call the doc's office?
C"""
    d1 = later(d0, 40, 200)
    body = """Called. Office says Dr. Haskins will redo it Monday - the nurse said it'll probably be the heart failure plus the dementia, she's going to put the chart in front of him. Told the son it's 3-4 more days for copies, he wasn't happy.

Lena

%s
%s""" % (gmail_on(d0, "Celeste Yarrow", st_addr("celeste")), quote(orig))
    emit("phi", "names", st("lena"), st("celeste"), "Re: Tuttle", body, d1, patient="Tuttle")

    # 3 nickname, colleague prose
    d = rdate(20, 300, 7, 9)
    body = """Boss,

Big Lou passed last night at the VA. Lou Pacheco, from the VFW post, the guy who did the honor guard for pretty much every vet we had the last 10 yrs. His heart just gave out, he never really bounced back after the bypass in June. His nephew called me directly on my cell because Lou told him "call Dwayne".

VA said they'll release once the doc signs, probably this afternoon. Nephew wants a full military send off, I told him we'd take care of it. I'd like to do the removal myself if that's ok.

D
Sent from my iPhone"""
    emit("phi", "names", formataddr(("Dwayne Okafor", st_addr("dwayne"))), st("gideon"), "Big Lou", body, d,
         patient="Lou Pacheco")

    # 4 "Last, First" in a forwarded cemetery note
    d0 = rdate(20, 300, 10, 14)
    orig = """Good morning Gideon,

We have the entombment for Delacroix, Antoine scheduled Friday at 11:00, Chapel Mausoleum, crypt C-14. Our office understood from the family that he will not be embalmed. Please note our rules for above-ground entombment require embalming or a hermetically sealed container; we can't accept an unembalmed entombment in the chapel mausoleum.

His daughter also mentioned he had an autopsy with the ME because of how he died at home. If the remains are in a pouch from the ME we still need the sealed container.

Can you confirm which it will be by Wednesday so the crew can plan?

Frances Ogilvy
Family Services, Mount Oriel Cemetery
(717) 555-0160"""
    d1 = later(d0, 30, 120)
    body = """Celeste - can you take this one? Family declined embalming because Antoine didn't want it, but with the crypt that's not an option. Offer the sealed container at cost and let them decide. Autopsy was a full post, so it's going to be a long prep either way if they change their mind.

G

%s

%s""" % (fwd_block("Frances Ogilvy <fogilvy@%s>" % CEM, d0, "Gideon Thackeray <%s>" % st_addr("gideon"),
                    "Delacroix entombment Friday"), orig)
    emit("phi", "names", st("gideon"), st("celeste"), "Fwd: Delacroix entombment Friday", body, d1,
         patient="Antoine Delacroix")

    # 5 name only in the quoted part, florist reply on top
    d0 = rdate(244, 244, 11, 15)
    orig = """Hi Juniper,

Order for the Oyelaran service Saturday 10am at St. Brendan's:
- casket spray, white and gold, no lilies please
- two standing sprays from the grandchildren (card enclosed)

Adaeze passed from ovarian cancer and the family asked for teal ribbon on everything - it was her cause. Also her sister Grace is going through chemo right now and strong scents make her sick, that's why no lilies or stock.

Bill us as usual, PO on the order form.

Thanks,
Celeste"""
    d1 = later(d0, 60, 200)
    body = """Got it - teal ribbon, no lilies, no stock, nothing heavy on the scent. We'll do white roses, stock-free. Delivery to the church by 9:00.

Juniper
Petal & Stem Floral
(717) 555-0190

%s
%s""" % (gmail_on(d0, "Celeste Yarrow", st_addr("celeste")), quote(orig))
    emit("phi", "names", formataddr(("Juniper Hale", "orders@petalandstem.com")), st("celeste"),
         "Re: Saturday order", body, d1, patient="Adaeze Oyelaran")

    # 6 clergy, confidential about cause
    d = rdate(245, 245, 13, 19)
    body = """Celeste,

About Bernadette Quaid's funeral Mass on Thursday. Her mother told me in confidence that it was an overdose. She had been doing so well, two years in recovery, going to meetings at the parish hall every Tuesday. The family doesn't want it mentioned anywhere and I gather the obituary will only say "suddenly". I'll keep the homily general.

Two things. Her mother asked whether the casket could be open at the church; I told her that's your decision with the family, not mine. And please ask your staff not to discuss how she died with the pallbearers, several are from her recovery group.

Mass at 10:30, rosary at 10:00. I'll meet you at the side door.

Blessings,
Fr. Declan Moriarty
Pastor, St. Brendan's Parish
(717) 555-0105
"""
    emit("phi", "names", formataddr(("Fr. Declan Moriarty", "frdeclan@stbrendansparish.org")), st("celeste"),
         "Thursday - Quaid funeral", body, d, patient="Bernadette Quaid")

    # 7 obituary draft sent to the paper
    d = rdate(20, 300, 10, 15)
    obit = """Harold "Hal" Brewster, 81, of Marrowfield, died peacefully at home on %s, surrounded by his family, after a courageous four-year battle with ALS.

Born in Harlowe, N.J., Hal worked for 38 years as a lineman for Tessaly Electric and was a deacon at Grace Fellowship. He loved bluegrass, his '67 Ford pickup, and his Thursday breakfast at the Lamplighter Diner.

He is survived by his wife of 56 years, Janice; his children, Cole (Amy) Brewster and Renee (Tom) Sadowski; and five grandchildren.

The family thanks the nurses and aides of Quiet Harbor Hospice, and his caregiver Ofelia, for their tender care in his final months.

Visitation will be held 4-7 p.m. Friday at Bellwether-Ames Funeral Home, 2210 Lantern Hill Road. Funeral service 11 a.m. Saturday at Grace Fellowship, with burial at Mount Oriel Cemetery. In lieu of flowers, memorial contributions may be made to the ALS Association.""" % d.strftime("%B %-d, %Y")
    body = """Hi obits desk,

Please find below the obituary for Harold Brewster to run Thursday and Friday, print and online, with the photo attached. Bill to our account #BA-2207.

%s

Thank you,
Hollis Grange
%s""" % (obit, sig("hollis", short=True))
    emit("phi", "names", st("hollis"), "obits@marrowfieldledger.com", "Obituary - Brewster, Harold - run Thu/Fri",
         body, d, attachments=[("brewster_photo.png", "image", "png", blank_scan_png())],
         patient="Harold Brewster")

    # 8 imam about a quick burial
    d = rdate(20, 300, 9, 12)
    body = """Dear Ms. Yarrow,

As-salamu alaykum. Brother Yusuf Haddad passed away at St. Aldric this morning. He had complications after his kidney transplant last month and was in intensive care for a week. The family has asked that we follow the tradition of burial as soon as possible, ideally before sunset tomorrow, at the Muslim section at Mount Oriel.

The hospital told his son that the transplant surgeon would like an autopsy. The family does not consent, for religious reasons. Can you help us understand whether the hospital can require this, or if the medical examiner is involved? If the ME is not involved we would like to collect him today.

Our volunteers will perform the ghusl at your facility if that is acceptable, as we did last year. No embalming, please.

Imam Tariq Saleh
Marrowfield Islamic Center
(717) 555-0112
"""
    emit("phi", "names", formataddr(("Imam Tariq Saleh", "imam@marrowfieldislamiccenter.org")), st("celeste"),
         "Janazah - Yusuf Haddad", body, d, cc=[st("gideon")], patient="Yusuf Haddad")


# ===========================================================================
# PHI / self
# ===========================================================================
def phi_self():
    # 1 pre-need client, cancer returned
    d = rdate(20, 300, 9, 20)
    body = """Dear Priya,

I hope you remember me, we met two years ago when my husband and I started our prearrangements. I've just been told my cancer is back, in the bones this time, and my oncologist is talking about months rather than years. I'd like to finalize my plan while I can still make decisions clearly.

I'm not driving right now because of the pain medication, so would you be able to come to the house? Mornings are best, I'm very tired by afternoon. Tuesdays I have my infusion at St. Aldric so any other day.

I want to change from burial to cremation, and I'd like the service at St. Brendan's.

With thanks,
Margaret Sorensen
14 Hollyhock Lane
%s
""" % phone()
    emit("phi", "self", formataddr(("Margaret Sorensen", "msorensen14@orchardnet.com")), st("priya"),
         "Finalizing my arrangements", body, d, patient="Margaret Sorensen")

    # 2 lower case from a phone
    d = rdate(20, 300, 15, 21)
    body = """hi its dale. doc says hospice now, nothing more they can do for the liver. wanna do the cremation plan you told me about, the direct one, nothing fancy. can you come out this week. call me after 3 dont call the house phone my sister picks up and she doesnt know yet

dale

Sent from my iPhone"""
    emit("phi", "self", "dalewhitt1958@bluefinmail.com", st("priya"), "cremation plan", body, d,
         patient="Dale Whitt")

    # 3 employee, own surgery, personal address, blank scan attached
    d = rdate(200, 260, 20, 23)
    surg = d + datetime.timedelta(days=12)
    body = """Gideon,

Wanted to give you a heads up in writing. The MRI showed a herniated disc at L4-L5 which is why my leg's been going numb on the removals. Surgeon wants to do the surgery %s and says 6 weeks no lifting after, maybe 8.

I need the FMLA paperwork from you and the surgeon's office needs the employer part filled out. I tried to scan his note but I think the scanner at the library messed up, tell me if it came thru blank and I'll bring the paper copy.

I can still do the office side, first calls, paperwork, driving families, just no stretcher.

Sorry about the timing with Hollis off next week.

Dwayne Okafor
%s
""" % (surg.strftime("%-m/%-d"), cellno())
    emit("phi", "self", formataddr(("Dwayne Okafor", "dokafor.77@lanternmail.net")), st("gideon"),
         "back surgery / FMLA", body, d, attachments=[("scan0001.png", "image", "png", blank_scan_png())],
         patient="Dwayne Okafor")

    # 4 payment plan pause, on dialysis
    d = rdate(20, 300, 9, 20)
    pn = "PN-2023-%04d" % random.randint(100, 400)
    body = """To whom it may concern,

I have a payment plan on my prearrangement, contract %s, $86.40 a month. I started dialysis three times a week in the spring and I had to stop working, so money is tight. Is there a way to pause the payments for six months or lower them without losing what I've already paid in? I don't want to cancel, it's important to me that my kids don't have to deal with this.

My account is on auto-draft from my checking ending in 4471. Please don't take the next one until someone talks to me.

Thank you,
Rosalind Beaumont
%s
""" % (pn, phone())
    emit("phi", "self", formataddr(("Rosalind Beaumont", "rbeaumont@hometownisp.net")), "info@" + FH,
         "Payment plan question - %s" % pn, body, d, patient="Rosalind Beaumont")

    # 5 body donation, Parkinson's
    d = rdate(20, 300, 9, 20)
    body = """Good afternoon,

I have Parkinson's disease (diagnosed 2016) and I have signed up to donate my body to the anatomical gift program at the medical school in Philadelphia. My neurologist encouraged it because they are studying the brain. I have the donor card and registration number AG-%s.

My question is what happens if they cannot accept me at the time, for example if I have an infection or if an autopsy is done. In that case I want to be cremated by you. Do I need to set something up now so my wife isn't scrambling? And would you be the ones to transport me to the school?

Regards,
Walter Nyquist
(retired, so any time is fine to call) %s
""" % (digits(6), phone())
    emit("phi", "self", formataddr(("Walter Nyquist", "wnyquist@postrider.net")), "info@" + FH,
         "body donation and backup plan", body, d, patient="Walter Nyquist")

    # 6 ICD, question with reply quoted
    d0 = rdate(20, 300, 19, 22)
    orig = """Hello,

I read online that pacemakers have to be removed before cremation. I have an implanted defibrillator (ICD) since my cardiac arrest in 2021, and I'm planning to be cremated per my preneed with you. Should I note that in my file? And does the device need to be turned off first, my cardiologist said it can still shock.

Thanks,
Ray Castellano"""
    d1 = later(d0, 700, 900)
    body = """Hi Ray,

Thank you for thinking ahead, that's really helpful. Yes - I've added a note to your file that you have an ICD. At the time of death our embalmer deactivates it with a magnet per our procedure and removes it before cremation, there's no extra charge. It would help if you also put the device manufacturer and model (it's on the wallet card) in the envelope with your papers at home so your family can give it to us.

Priya

%s
%s""" % (gmail_on(d0, "Ray Castellano", "rcastellano@hometownisp.net"), quote(orig))
    emit("phi", "self", st("priya"), formataddr(("Ray Castellano", "rcastellano@hometownisp.net")),
         "Re: defibrillator and cremation", body, d1, patient="Ray Castellano")

    # 7 employee needle stick, own occupational health
    d = rdate(20, 300, 7, 9)
    body = """Gideon, Marisol -

Letting you know officially: I got a needle stick through my glove yesterday around 3:30 while closing on the Moreau case (R index finger). I washed it out right away and went to St. Aldric Occupational Health like the exposure plan says. They drew my baseline labs and started me on the 28-day HIV prophylaxis pills just in case, and my hep B titer is pending. Nurse said the pills can make me nauseous so I might be slow this week.

I filled out the incident form, it's on Lena's desk. Follow-up labs at 6 wks, 3 mo and 6 mo, I'll need those mornings off.

Hollis
"""
    emit("phi", "self", st("hollis"), [st("gideon"), st("marisol")], "needle stick yesterday - occ health", body, d,
         patient="Hollis Grange")


# ===========================================================================
# PHI / struct
# ===========================================================================
def hl7(segs, sep="\r"):
    return sep.join(segs) + sep


def phi_struct():
    # 1 HL7 ADT^A03 pasted as a "sample" by the hospital interface analyst
    d = rdate(200, 260, 9, 16)
    ts = d.strftime("%Y%m%d%H%M%S")
    adm = (d - datetime.timedelta(days=5)).strftime("%Y%m%d%H%M")
    exp = (d - datetime.timedelta(hours=5)).strftime("%Y%m%d%H%M")
    mrn = "00" + digits(6)
    acct = "51" + digits(8)
    pid = ["PID", "1", "", "%s^^^STALDRIC^MR" % mrn, "", "ABERCROMBIE^WALLACE^J^^^^L", "",
           "19410622", "M", "", "2106-3", "77 QUILL ST^^MARROWFIELD^PA^17389^USA^H", "",
           "^PRN^PH^^^717^5550177", "", "ENG", "W", "", acct, "***-**-%s" % digits(4), "", "", "", "", "", "", "",
           "", "", exp, "Y"]
    pv1 = ["PV1", "1", "I", "6N^612^A^STALDRIC", "E", "", "", "1871633052^OSEI^ROBERT^^^^MD", "", "", "MED",
           "", "", "", "1", "", "", "", "IN", acct] + [""] * 15 + ["20"] + [""] * 7 + [adm, exp]
    segs = [
        "MSH|^~\\&|EPICADT|STALDRIC|MORGUETRAK|BELLWETHERAMES|%s||ADT^A03^ADT_A03|%s|P|2.5.1" % (ts, digits(9)),
        "EVN|A03|%s|||KSTRAUB" % ts,
        "|".join(pid),
        "|".join(pv1),
        "DG1|1||J18.9^Pneumonia, unspecified organism^I10||%s|A" % adm[:8],
        "DG1|2||C34.90^Malignant neoplasm of unsp part of unsp bronchus or lung^I10||%s|F" % adm[:8],
        "ZDC|EXPIRED|%s|MORGUE DRAWER 4|RELEASE TO BELLWETHER-AMES|ME DECLINED" % exp,
    ]
    body = """Hi Lena,

As discussed on the call, here is what the A03 (discharge, disposition 20 = expired) will look like when the electronic release goes live. I pulled today's actual release so your vendor can map real fields - PID-29/30 are the death date and indicator, ZDC is our custom segment with the morgue location.

%s

Let me know if MorgueTrak needs anything in a different field. Go-live is still the 1st.

Kurt Straub
Interface Analyst, Information Services
St. Aldric Regional Medical Center
(717) 555-0137
""" % hl7(segs, "\n")
    emit("phi", "struct", formataddr(("Kurt Straub", "kstraub@" + HOSP)), st("lena"),
         "ADT A03 sample for MorgueTrak mapping", body, d, cc=["support@morguetrak-fms.com"],
         patient="Wallace J. Abercrombie")

    # 2 FHIR VRDR-like death record JSON attached to a vendor support ticket
    d = rdate(200, 260, 9, 16)
    edrs = "2024-00%05d" % random.randint(52000, 59999)
    dod = (d - datetime.timedelta(days=3)).strftime("%Y-%m-%d")
    bundle = {
        "resourceType": "Bundle",
        "id": "vrdr-" + digits(10),
        "type": "document",
        "identifier": {"system": "http://nchs.cdc.gov/vrdr_id", "value": edrs},
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "decedent",
                          "name": [{"use": "official", "family": "Marsh", "given": ["Eugenia", "Rose"]}],
                          "gender": "female", "birthDate": "1937-10-04",
                          "identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "2%s" % digits(8)}],
                          "address": [{"line": ["402 Juniper Row"], "city": "Marrowfield", "state": "PA",
                                       "postalCode": "17389"}]}},
            {"resource": {"resourceType": "Observation", "id": "cod-1",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "69453-9",
                                               "display": "Cause of death [US Standard Certificate of Death]"}]},
                          "subject": {"reference": "Patient/decedent"},
                          "valueCodeableConcept": {"text": "Hypertensive atherosclerotic cardiovascular disease"},
                          "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "69440-6"}]},
                                         "valueString": "Years"}]}},
            {"resource": {"resourceType": "Observation", "id": "cod-2",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "69441-4",
                                               "display": "Other significant causes or conditions"}]},
                          "subject": {"reference": "Patient/decedent"},
                          "valueString": "Type 2 diabetes mellitus; chronic kidney disease stage 4"}},
            {"resource": {"resourceType": "Observation", "id": "manner",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "69449-7"}]},
                          "subject": {"reference": "Patient/decedent"},
                          "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct",
                                                               "code": "38605008", "display": "Natural death"}]}}},
            {"resource": {"resourceType": "Observation", "id": "death-date",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "81956-5"}]},
                          "subject": {"reference": "Patient/decedent"},
                          "valueDateTime": dod + "T02:15:00-04:00",
                          "component": [{"code": {"text": "Place of death"}, "valueString": "Linden Court"}]}},
            {"resource": {"resourceType": "Practitioner", "id": "certifier",
                          "name": [{"family": "Lessard", "given": ["Marguerite"], "suffix": ["MD"]}],
                          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1" + digits(9)}]}},
        ],
    }
    body = """Hi MorgueTrak support,

Ticket #%s - the EDRS import keeps failing on this record with "Observation.component missing valueCodeableConcept". I exported the JSON the state sent us and attached it. All the others from that batch came in fine.

We need this case in the system before the family comes in tomorrow to sign.

Thanks,
Lena Brzezinski
Bellwether-Ames
""" % digits(6)
    emit("phi", "struct", st("lena"), "support@morguetrak-fms.com", "EDRS import error - case %s" % edrs, body, d,
         attachments=[("DeathRecord_%s.json" % edrs, "application", "json", json.dumps(bundle, indent=2))],
         patient="Eugenia Rose Marsh")

    # 3 web arrangement form notification with JSON payload
    d = rdate(20, 300, 21, 23)
    sub_id = "arr_" + "%012x" % random.getrandbits(48)
    payload = OrderedDict([
        ("submission_id", sub_id),
        ("form", "immediate-need-cremation"),
        ("submitted_at", d.isoformat()),
        ("informant", {"name": "Linnea Nordstrom", "relationship": "daughter",
                       "phone": cellno(), "email": "linnea.nordstrom@orchardnet.com"}),
        ("decedent", OrderedDict([
            ("first_name", "Frederick"), ("middle_name", "Albin"), ("last_name", "Nordstrom"),
            ("dob", "1944-02-11"), ("date_of_death", (d - datetime.timedelta(days=1)).strftime("%Y-%m-%d")),
            ("place_of_death", "Quiet Harbor Hospice - inpatient unit"),
            ("ssn", "%s-%s-%s" % (digits(3), digits(2), digits(4))),
            ("veteran", True), ("branch", "US Navy"),
            ("attending_physician", "Dr. Sunil Bhattacharjee"),
            ("cause_of_death_if_known", "pancreatic cancer"),
            ("implanted_devices", ["pacemaker", "insulin pump"]),
            ("radioactive_implants", False),
        ])),
        ("service", {"type": "direct cremation", "witness": False, "urn_sku": "URN-BR-204"}),
        ("payment", {"method": "card", "last4": digits(4), "amount": 2895.00}),
    ])
    body = """New arrangement form submission

Form: Immediate Need - Cremation
Submitted: %s
Submission ID: %s

Raw payload:
%s

-- 
This notification was sent by FuneralForms Online on behalf of Bellwether-Ames.
Manage notifications: https://app.funeralforms-online.com/settings
""" % (d.strftime("%m/%d/%Y %I:%M %p"), sub_id, json.dumps(payload, indent=2))
    emit("phi", "struct", "FuneralForms Online <no-reply@funeralforms-online.com>", "arrangements@" + FH,
         "[New submission] Immediate Need - Cremation (%s)" % sub_id, body, d,
         patient="Frederick Albin Nordstrom")

    # 4 fixed-width EDRS queue extract, attached .txt
    d = rdate(253, 253, 8, 10)
    recs = [
        ("2024005310", "TUTTLE", "WARREN", "19290315", "HASKINS J", "RETURNED", "OLD AGE; FRAILTY"),
        ("2024005318", "GREER", "OSWALD", "19441201", "OSEI R", "PENDING", "ACUTE MYOCARDIAL INFARCTION"),
        ("2024005322", "OYELARAN", "ADAEZE", "19580707", "LESSARD M", "SIGNED", "OVARIAN CARCINOMA"),
        ("2024005331", "QUAID", "BERNADETTE", "19890214", "MBEKI/OME", "PENDING", "PENDING INVESTIGATION"),
        ("2024005340", "BREWSTER", "HAROLD", "19430521", "BHATTACHARJ", "SIGNED", "AMYOTROPHIC LATERAL SCLER"),
    ]
    lines = ["H BELLWETHER-AMES FH 0417  EDRS CERTIFIER QUEUE EXTRACT  %s" % d.strftime("%Y%m%d")]
    for r in recs:
        lines.append("D%-10s%-15s%-12s%-8s%-12s%-9s%-30s" % r)
    lines.append("T%05d" % len(recs))
    fw = "\r\n".join(lines) + "\r\n"
    body = """Gideon,

Here is this morning's certifier queue from EDRS (fixed width, layout is the same as the state's spec sheet, I just saved the download). Tuttle was returned again.

Lena
"""
    emit("phi", "struct", st("lena"), st("gideon"), "EDRS queue extract", body, d,
         attachments=[("edrs_queue_%s.txt" % d.strftime("%Y%m%d"), "text", "plain", fw)],
         patient="Warren Tuttle; Oswald Greer; Adaeze Oyelaran; Bernadette Quaid; Harold Brewster")

    # 5 CCD XML from a physician office for the DC worksheet
    d = rdate(100, 300, 10, 16)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
  <title>Northgate Family Medicine - Continuity of Care Document</title>
  <effectiveTime value="%s"/>
  <recordTarget>
    <patientRole>
      <id extension="NFM%s" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>118 Cobbler Way</streetAddressLine><city>Marrowfield</city><state>PA</state><postalCode>17389</postalCode></addr>
      <telecom value="tel:+1-717-555-0148" use="HP"/>
      <patient>
        <name use="L"><given>Constance</given><given>M</given><family>Eberly</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19390828"/>
        <sdtc:deceasedInd xmlns:sdtc="urn:hl7-org:sdtc" value="true"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Heart failure with reduced ejection fraction (I50.22) - active</item>
        <item>Atrial fibrillation on apixaban (I48.91) - active</item>
        <item>Chronic kidney disease stage 3b (N18.32) - active</item>
        <item>Hx left hip fracture, ORIF 2021 (S72.002D)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>apixaban 2.5 mg PO BID</item>
        <item>furosemide 40 mg PO daily</item>
        <item>carvedilol 6.25 mg PO BID</item>
      </list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (digits(10), d.strftime("%Y%m%d%H%M%S"), digits(7))
    body = """Lena,

Dr. Bhattacharjee asked me to send over the summary for Mrs. Eberly so you can pre-fill the worksheet; he'll go into EDRS this afternoon to certify. Export is the only format our system does, sorry - open it in a browser.

Kim Tran
Practice Manager
Northgate Family Medicine
(717) 555-0155 | fax (717) 555-0156
"""
    emit("phi", "struct", formataddr(("Kim Tran", "ktran@" + NFM)), st("lena"), "Eberly - summary for DC", body, d,
         attachments=[("CCD_Eberly.xml", "application", "xml", ccd)], patient="Constance M. Eberly")

    # 6 answering service pipe-delimited overnight log
    d = rdate(20, 300, 6, 7)
    night = (d - datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    log = [
        "CALL_ID|RECEIVED|CALLER|CALLER_PHONE|DECEDENT|LOCATION|DOB|PHYSICIAN|NOTES|DISPATCHED_TO",
        "%s|%s 22:14|Quiet Harbor on-call (D. Hale RN)|717-555-0118|Ortiz, Ramona|home 12 Fenwick St|1946-05-19|Lessard|hospice pt, family ready 23:30|D.Okafor" % (digits(7), night),
        "%s|%s 23:52|St Aldric nursing sup|717-555-0131|Beckett, Louis|St Aldric 4W|1952-12-02|Osei|MRN 00%s, post-op, ME notified - declined|D.Okafor" % (digits(7), night, digits(6)),
        "%s|%s 03:40|Fernhill Nursing|717-555-0176|Ng, Patrick|Fernhill rm 209|1933-08-30|Haskins|DNR, expected, has pacemaker|H.Grange" % (digits(7), d.strftime("%Y-%m-%d")),
        "%s|%s 05:05|Caller: son (Todd Rinaldi)|%s|Rinaldi, Gloria|home 5 Beech Ct|unk|unk|no hospice, police on scene, ME to call back|HOLD" % (digits(7), d.strftime("%Y-%m-%d"), cellno()),
    ]
    body = """Overnight call log for Bellwether-Ames (account 4417) attached below.

%s

Calls handled by: Night Shift Operator 12
Lantern Answering Services | 24/7 funeral service answering | (800) 555-0102
""" % "\n".join(log)
    emit("phi", "struct", "Lantern Answering Services <logs@lanternanswering.com>", ["intake@" + FH, st("celeste")],
         "Overnight call log - acct 4417 - %s" % night, body, d,
         patient="Ramona Ortiz; Louis Beckett; Patrick Ng; Gloria Rinaldi")

    # 7 HL7 ORU tox result pasted by the ME investigator
    d = rdate(288, 292, 10, 16)
    ts = d.strftime("%Y%m%d%H%M")
    segs = [
        "MSH|^~\\&|LIMS|TESSALYOME|OMEFH|TESSALYOME|%s||ORU^R01|%s|P|2.5.1" % (ts, digits(8)),
        "PID|1||ME24-01533^^^TESSALYOME^CASE||HOLLOWAY^BRIANNA^K||19961130|F",
        "OBR|1||TX%s|TOXSCREEN^Postmortem toxicology panel|||%s|||||||FEM BLOOD" % (digits(6), ts),
        "OBX|1|NM|FENT^Fentanyl^L||18.4|ng/mL|||||F",
        "OBX|2|NM|NORFENT^Norfentanyl^L||6.1|ng/mL|||||F",
        "OBX|3|NM|XYL^Xylazine^L||42|ng/mL|||||F",
        "OBX|4|ST|ETOH^Ethanol^L||NEGATIVE||||||F",
        "OBX|5|TX|COMMENT^Comment^L||Findings consistent with acute mixed drug toxicity.||||||F",
    ]
    body = """Lena,

Final tox on Holloway is in; Dr. Kort amended the certificate this morning - acute fentanyl and xylazine toxicity, manner accident. Our PDF generator is down so here's the raw result if the family's insurer asks what changed. The amended cert should show in EDRS by end of day.

%s

Calvin
""" % hl7(segs, "\n")
    emit("phi", "struct", formataddr(("Calvin Mbeki", "cmbeki@" + ME)), st("lena"),
         "ME24-01533 final tox / amended cert", body, d, patient="Brianna K. Holloway")


# ===========================================================================
# CLEAN / admin
# ===========================================================================
def clean_admin():
    # 1 cooler alarm
    d = rdate(150, 220, 6, 7)
    body = """All,

The walk-in cooler (unit 1, the 6-position) alarmed at 2:10 this morning. Display read 44F when I got here, compressor short-cycling. ArcticPro is sending a tech at 10.

Until they clear it:
- all cases in unit 1 have been moved to unit 2 and the portable in the garage bay. Case board is updated.
- do NOT prop the door on unit 2, it's at capacity and needs to hold 36-38F
- log temps every 2 hrs on the sheet on the door

If anyone has a removal this morning, call me first so we know where to put them. Embalmed cases can go on the dressing tables in the prep room with the AC on.

Gideon
%s""" % sig("gideon", cell=cellno(), short=True)
    emit("clean", "admin", st("gideon"),
         [st("marisol"), st("celeste"), st("dwayne"), st("tomasz"), st("hollis")],
         "Cooler 1 down - read before any removals", body, d, cc=["service@arcticpro-refrig.com"])

    # 2 formaldehyde air monitoring
    d = rdate(30, 90, 9, 15)
    body = """Gideon,

Confirming your annual formaldehyde exposure monitoring for the preparation room on the date below. Per 29 CFR 1910.1048 we'll do personal breathing-zone sampling on whoever is embalming that day (one 8-hr TWA badge and two 15-min STEL samples during the arterial injection and cavity treatment).

Date: %s, arrive 8:30
Please schedule at least one full case (non-autopsied preferred) so the sample is representative.

Last year's results for reference:
  8-hr TWA  0.21 ppm  (PEL 0.75, action level 0.5)
  STEL      0.88 ppm  (limit 2.0)

Also a reminder: the eyewash station and the drench hose need the weekly activation log, we'll check it. Downdraft table airflow will be measured too.

Regards,
Nadia Ferreira-Holm, CIH
Keystone Industrial Hygiene Services
(717) 555-0193
""" % (d + datetime.timedelta(days=21)).strftime("%A, %B %-d")
    emit("clean", "admin", formataddr(("Nadia Ferreira-Holm", "nholm@keystoneih.com")), st("gideon"),
         "Formaldehyde monitoring - prep room - confirmation", body, d, cc=[st("marisol")])

    # 3 retort reline quote and opacity test
    d = rdate(60, 200, 9, 15)
    body = """Gideon,

Following our inspection of Retort 2 (Helix HX-2200, installed 2014), the hearth and lower side walls are at the end of service. Quote attached in summary:

  Hearth reline, castable refractory          $18,400
  Lower sidewall brick (both sides)            $9,750
  Burner nozzle + UV flame scanner             $2,120
  Labor, 5 days, 2 techs                       included
  Cure-out and test cycle                      included

Estimated downtime 9 working days plus 2 days cure. We could start the week of the 14th.

Separately, your state air permit requires the annual visible emissions (opacity) observation. Our certified reader can do that on Retort 1 the same week so you're not down twice. Last reading was 0% opacity over 60 minutes, well under the 10% limit.

Best regards,
Rick Dalloway
Field Service Manager
Helix Cremation Systems
(800) 555-0166  ext 204
"""
    emit("clean", "admin", formataddr(("Rick Dalloway", "rdalloway@helixretort.com")), st("gideon"),
         "Retort 2 reline quote + opacity test", body, d, cc=[st("tomasz")])

    # 4 EDRS maintenance notice (HTML alternative)
    d = rdate(100, 300, 16, 17)
    txt = """EDRS SCHEDULED MAINTENANCE

The Electronic Death Registration System will be unavailable from Saturday 10:00 PM until Sunday 6:00 AM for the upgrade to release 5.2.

What changes for funeral directors:
- Drafts saved before the outage will be preserved.
- The "Disposition" tab now requires the crematory permit number before a cremation case can be submitted.
- Physicians and medical certifiers will see a new warning when Part I, line a, contains only a mechanism of death (e.g. cardiac arrest, respiratory arrest) without an underlying cause.

Burial-transit permits cannot be issued during the outage. Plan weekend cremations accordingly.

Questions: EDRS Help Desk, Mon-Fri 8-4:30, (717) 555-0100.

This is an automated message from the Division of Vital Records. Please do not reply."""
    emit("clean", "admin", "EDRS Notifications <edrs-notify@%s>" % EDRS, "undisclosed-recipients:;",
         "EDRS maintenance this Saturday - release 5.2", txt, d, html=simple_html(txt))

    # 5 price list review meeting
    d = rdate(1, 30, 9, 11)
    body = """Team,

We're doing the annual General Price List review Thursday at 8:00 in the arrangement room, before the phones get busy. Coffee and the good bagels.

Agenda:
1. FTC Funeral Rule refresher - GPL must be given at the start of any in-person discussion of arrangements, casket and outer burial container price lists shown before showing product
2. Proposed changes:
   - Direct cremation (container included): $2,495 -> $2,595
   - Embalming: $895 (no change)
   - Other preparation (dressing/casketing): $350 -> $375
   - Pacemaker/device removal: keep at $0, it stays part of cremation prep
   - Refrigeration after 72 hrs: $45/day (new line)
   - Transfer surcharge for removals over 25 miles: $3.50/mile
3. Online price posting - state rule takes effect Jan 1
4. Third-party casket handling - reminder that we can't charge a fee

Please read the draft GPL in the shared drive (Admin > Pricing > GPL_2024_draft) before Thursday.

Gideon
"""
    emit("clean", "admin", st("gideon"),
         [st("celeste"), st("marisol"), st("priya"), st("lena"), st("renata")],
         "GPL review Thursday 8am", body, d, html=simple_html(body))

    # 6 hospice partner terms, no patients
    d = rdate(150, 250, 10, 16)
    orig = """Gideon,

Following up on our meeting. Before our director signs the preferred-provider MOU, can you confirm the following terms in writing?

- 24/7 response with arrival within 90 minutes in our service area
- Two-person removal team for home deaths, with a stair chair
- Family choice is always honored; MOU does not create a referral obligation
- Annual in-service for our nurses on post-death care and device questions

Thanks,
Theresa Kalb, RN
Director of Quality, Quiet Harbor Hospice"""
    d0 = earlier(d, 1440, 2880)
    body = """Theresa,

Confirmed on all four. A couple of notes:

- Our target is 60 minutes, 90 is the commitment. Beyond 25 miles (Harlowe, Fenwick Township) please allow 2 hours.
- We'll bring the stair chair and two staff to every home call, not only multi-level homes.
- Agree completely on family choice. Our removal fee is the same as on our GPL regardless of referral source, and we don't pay or accept anything for referrals.
- In-service: we can do the next one at your Tuesday IDT meeting in October. Marisol will cover implanted devices (pacemakers, ICDs, pumps), what nurses should leave in place, and tubing.

I'll sign when your director does.

Gideon

%s
%s""" % (gmail_on(d0, "Theresa Kalb", "tkalb@" + HOSPICE), quote(orig))
    emit("clean", "admin", st("gideon"), formataddr(("Theresa Kalb", "tkalb@" + HOSPICE)),
         "Re: Preferred provider MOU - terms", body, d)

    # 7 removal van and cot purchase
    d = rdate(40, 300, 13, 16)
    body = """Gideon,

Van 2 (the '19 Transit) is at Marrowfield Auto for the 60k service. They found the rear lift struts are shot and the brake pads are at 3mm, total with the service $1,284. Back tomorrow at noon. I told them go ahead.

Also the quote for the new cot came back from Mortuary Equipment Supply:
  Stryde 24 powered mortuary cot, 700 lb capacity      $9,480
  Fastening system for Van 1                           $1,150
  Trade-in old cot                                     -$600

With my back and Hollis being new, I'd really like the powered one before winter. Your call.

Dwayne
"""
    emit("clean", "admin", st("dwayne"), st("gideon"), "van 2 + cot quote", body, d)


# ===========================================================================
# CLEAN / lookalike
# ===========================================================================
def clean_lookalike():
    # 1 casket invoice with serials and tracking, PDF
    d = rdate(20, 300, 9, 16)
    inv = "INV-%s" % digits(7)
    po = "BA-PO-%s" % digits(5)
    trk = "1Z%s%s" % ("A7W", digits(13))
    items = [
        ("AL-18SV", "Aldridge 18 ga Silver Rose", 2, 1642.00, "SN %s, %s" % (digits(8), digits(8))),
        ("CK-OAK-P", "Carrick solid oak, pecan finish", 1, 2915.00, "SN %s" % digits(8)),
        ("CR-ALT-01", "Alternative container, fiberboard", 6, 58.50, "LOT %s" % digits(6)),
        ("CB-RENTAL", "Ceremonial rental casket insert", 3, 212.00, "LOT %s" % digits(6)),
    ]
    lines = ["Keystone Casket Co. - INVOICE", "Invoice: %s    Date: %s" % (inv, mdy(d)),
             "Bill to: Bellwether-Ames Funeral Home   Customer #: 004417   PO: %s" % po, ""]
    total = 0
    for sku, desc, q, p, sn in items:
        lines.append("%-10s %-36s %2d x %8.2f = %9.2f" % (sku, desc, q, p, q * p))
        lines.append("           %s" % sn)
        total += q * p
    lines += ["", "Subtotal %.2f   Freight 185.00   Total %.2f" % (total, total + 185),
              "Shipped via LTL, PRO# %s; small parcel tracking %s" % (digits(10), trk), "Terms: Net 30"]
    body = """Hello Lena,

Attached is invoice %s for PO %s, shipped today. The two Aldridge units ship on the LTL truck (PRO# on the invoice), the inserts come UPS, tracking %s.

Please note our remit-to address changed as of this month.

Thank you for your business,
Accounts Receivable
Keystone Casket Co.
(800) 555-0120  |  ar@keystonecasketco.com
""" % (inv, po, trk)
    emit("clean", "lookalike", formataddr(("Keystone Casket AR", "ar@keystonecasketco.com")), st("lena"),
         "Invoice %s / PO %s" % (inv, po), body, d,
         attachments=[("%s.pdf" % inv, "application", "pdf", make_pdf(lines, "Invoice " + inv))])

    # 2 monthly aggregate statistics
    d = rdate(150, 180, 8, 10)
    calls = random.randint(38, 52)
    crem = random.randint(22, 30)
    bur = calls - crem - random.randint(1, 4)
    body = """Monthly operations summary - %s

Total calls (first calls received):    %d
  Cremations                           %d  (%.0f%%)
  Burials / entombments                %d
  Ship-outs / other                    %d
Hospice referrals                      %d
Medical examiner cases                 %d (avg release 2.4 days)
Implanted devices removed              %d  (pacemakers 7, ICDs 2, other 1)
Avg days from death to DC signature    6.2   (state goal 5.0)
  - hospital physicians                4.1
  - community physicians               8.7
Pre-need contracts written             9     ($87,430 face value)
Avg removal response (from call)       58 min

Notes: community physician delays remain the biggest driver of certificate time. Lena is piloting a 48-hour reminder call.

Gideon
""" % ((d - datetime.timedelta(days=10)).strftime("%B %Y"), calls, crem, 100.0 * crem / calls, bur,
       calls - crem - bur, random.randint(14, 22), random.randint(5, 12), 10)
    emit("clean", "lookalike", st("gideon"), "staff@" + FH, "Monthly ops numbers", body, d)

    # 3 phone directory with NPIs, CSV attached
    d = rdate(1, 40, 9, 16)
    rows = [("Organization / Person", "Role", "Phone", "Fax", "NPI / ID", "Notes"),
            ("St. Aldric Regional - Morgue (via Security)", "Pickup", "(717) 555-0131", "", "", "ext 4411 after 5pm"),
            ("St. Aldric - Decedent Affairs", "Release forms", "(717) 555-0130", "(717) 555-0132", "", "F. Lindgren"),
            ("Tessaly County OME - Investigator line", "ME", "(717) 555-0150", "(717) 555-0151", "", "24/7"),
            ("Quiet Harbor Hospice - On-call RN", "Hospice", "(717) 555-0118", "(717) 555-0119", "", ""),
            ("Fernhill Nursing & Rehab - Nursing sup", "SNF", "(717) 555-0176", "", "", "front door locked 9p-6a"),
            ("Linden Court - Memory Care desk", "ALF", "(717) 555-0178", "", "", "escort required after 11pm"),
            ("Dr. Marguerite Lessard", "Certifier", "(717) 555-0153", "(717) 555-0154", "1" + digits(9), "EDRS user"),
            ("Dr. Sunil Bhattacharjee", "Certifier", "(717) 555-0155", "(717) 555-0156", "1" + digits(9), "Northgate FM"),
            ("Dr. Robert Osei", "Certifier", "(717) 555-0131", "", "1" + digits(9), "hospitalist group"),
            ("Dr. James Haskins", "Certifier", "(717) 555-0158", "(717) 555-0159", "1" + digits(9), ""),
            ("Mount Oriel Cemetery - Family Services", "Cemetery", "(717) 555-0160", "(717) 555-0161", "", "48 hr notice"),
            ("Division of Vital Records - EDRS Help Desk", "State", "(717) 555-0100", "", "", "M-F 8-4:30")]
    body = """Updated contact sheet attached (replaces the one taped by the intake phone). Changes: Dr. Haskins' new fax, Linden Court escort rule, and the OME fax number.

Please print one for each van.

Lena
"""
    emit("clean", "lookalike", st("lena"), "staff@" + FH, "Updated contact sheet", body, d,
         attachments=[("contact_sheet_rev%s.csv" % d.strftime("%m%d"), "text", "csv", csv_text(rows))])

    # 4 registrar guidance, ICD code list, no patient
    d = rdate(100, 300, 10, 14)
    body = """To all funeral directors and medical certifiers,

The Division of Vital Records continues to receive certificates where the underlying cause of death is a mechanism or an ill-defined condition. These are returned for amendment and delay disposition permits and certified copies. The following entries will be queried when reported as the ONLY condition in Part I or as the last line:

  Cardiac arrest / cardiopulmonary arrest      (codes to I46.9)
  Respiratory arrest / failure, unspecified    (J96.90)
  Old age / senility / frailty                 (R54)
  Failure to thrive (adult)                    (R62.7)
  Multi-organ failure                          (R68.8)
  Unknown / unspecified cause                  (R99)  - acceptable only from the ME/coroner

Please report the disease or injury that initiated the chain of events, e.g. "Acute myocardial infarction (hours) due to atherosclerotic coronary artery disease (years)".

Statewide, 11.8%% of certificates filed in Q2 were queried, down from 14.3%% in Q1. Tessaly County: 9.6%%.

Vital Records Quality Unit
Notice VR-2024-%s
""" % digits(3)
    emit("clean", "lookalike", "Vital Records Quality Unit <vrquality@%s>" % EDRS, "undisclosed-recipients:;",
         "Cause-of-death reporting: frequently queried entries", body, d)

    # 5 ID disc order
    d = rdate(20, 300, 9, 16)
    lo = random.randint(120, 130)
    body = """Hi Tomasz,

Your order of stainless cremation ID discs has shipped:

  Order #:         %s
  Item:            CID-SS-30 stainless steel disc, 30 mm, stamped
  Prefix:          BA (facility code 0417)
  Serial range:    %d-000 through %d-999 (1,000 discs)
  Lot:             L%s-%s
  Qty per sleeve:  100 (10 sleeves)
  Ship date:       %s
  Tracking:        9400 1%s %s

The previous range you were issued ended at %d-999, so there's no gap. Remember to log the range in your crematory logbook per the state board rule.

Thanks,
Order Desk
Tracer Identification Products
""" % (digits(6), lo, lo, d.strftime("%y%m"), digits(3), mdy(d), digits(10), digits(10), lo - 1)
    emit("clean", "lookalike", "Tracer ID Order Desk <orders@traceridproducts.com>", st("tomasz"),
         "Order shipped - stainless ID discs", body, d)

    # 6 licence renewals
    d = rdate(250, 310, 9, 16)
    body = """Lena,

Board renewal window is open (renewals due 1/31). Here's where everyone stands:

  Name                   Licence             Type                CE hrs (need 6)  Status
  Gideon Thackeray       FD-%s-L        Funeral Director     8                ready
  Celeste Yarrow         FD-%s-L        Funeral Director     4                needs 2 hrs
  Marisol Ortega-Finch   FD-%s-L        Funeral Director     6                ready
  Tomasz Wierzbicki      CO-%s          Crematory Operator   n/a              CANA exp 6/2026
  Hollis Grange          FR-%s-T        Resident Trainee     n/a              renew w/ preceptor form
  Establishment          FE-%s          Funeral Entity       n/a              $400 fee, Gideon to sign

Celeste, the TCFDA webinar on the 12th is 2 CE hrs and counts toward the ethics requirement.

Gideon
""" % (digits(6), digits(6), digits(6), digits(5), digits(6), digits(5))
    emit("clean", "lookalike", st("gideon"), [st("lena"), st("celeste")], "Licence renewals + CE", body, d)

    # 7 device recycling shipment
    d = rdate(20, 300, 10, 15)
    body = """Hello,

Thank you for participating in the implanted device recovery and recycling program. We have received your shipment:

  Return authorization:  RA-%s
  Box ID:                %s
  Received:              %s
  Carrier tracking:      %s
  Contents counted:      14 devices (11 pacemakers, 3 ICDs)
  Condition:             all devices sealed in provided bio-bags, ICDs marked deactivated

A replacement mailer kit (2 boxes, 20 bio-bags, prepaid labels) ships within 5 business days.

Reminder: do not include leads, batteries removed from devices, or insulin pumps in the pacemaker mailer.

Device Recovery Program
(800) 555-0149
""" % (digits(6), "BX" + digits(7), mdy(d), "1Z" + "R9X" + digits(13))
    emit("clean", "lookalike", "Device Recovery Program <recovery@heartdevice-recycle.org>", st("marisol"),
         "Shipment received RA confirmation", body, d, cc=[st("tomasz")])


# ===========================================================================
# CLEAN / news
# ===========================================================================
def clean_news():
    # 1 association newsletter, HTML
    d = rdate(20, 300, 6, 8)
    txt = """TRI-COUNTY FUNERAL DIRECTORS ASSOCIATION - MEMBER BULLETIN

LEGISLATIVE UPDATE
The House Health Committee advanced the bill allowing funeral directors to file the fact-of-death portion of the certificate before the medical certification is complete. If passed, families could receive short-form copies for banks and insurers sooner. The Senate hearing is expected next month.

ALKALINE HYDROLYSIS
Two more states authorized alkaline hydrolysis this year, bringing the total to 28. Our board has formed a working group; members interested in serving should contact the office.

FALL CE SEMINAR
"Difficult Conversations at the Arrangement Table" and "Implanted Devices: What Every Crematory Operator Should Know" - 4 CE hours, Harlowe Conference Center, lunch included. Register by the 20th.

EDRS TIP OF THE MONTH
When a physician is slow to certify, the EDRS "Request Certifier" function sends an automated reminder every 48 hours. Members report it cuts average certification time by about a day.

MEMBERSHIP
Welcome to our three new member firms, and congratulations to the 11 residents who passed the National Board Examination this spring.

Tri-County Funeral Directors Association | 400 Market St, Suite 12, Harlowe NJ | (609) 555-0140
You are receiving this because you are a member. Unsubscribe: https://tcfda.org/unsubscribe"""
    emit("clean", "news", "TCFDA Bulletin <bulletin@tcfda.org>", st("gideon"), "TCFDA Member Bulletin - legislative update, fall CE",
         txt, d, html=simple_html(txt))

    # 2 public health bulletin, aggregate
    d = rdate(100, 300, 9, 12)
    body = """Tessaly County Department of Health - Mortality Data Brief (Q2)

Deaths registered this quarter: 612 (Q1: 668)
Median time from death to certificate registration: 5 days (Q1: 6)
Certificates with underlying cause queried by registrar: 9.6%%

Leading underlying causes (county residents, Q2):
  1. Heart disease                 148
  2. Cancer                        131
  3. Unintentional injury           54  (of which drug overdose: 31)
  4. Stroke                         37
  5. Chronic lower respiratory      33

Overdose deaths involving fentanyl: 27 of 31 (87%%). Xylazine was detected in 12.
Cremation as method of disposition: 61%% (state: 58%%).

Naloxone is available free at all county health centers and by mail. Funeral homes are encouraged to display the Take-Home Naloxone brochure in family rooms.

This brief contains aggregate data only. Counts under 5 are suppressed.
Epidemiology Unit | epi@tessalyhealth.example.org
"""
    emit("clean", "news", "Tessaly County Health Epi <epi@tessalyhealth.example.org>", "staff@" + FH,
         "Mortality Data Brief - Q2", body % (), d)

    # 3 vendor marketing, HTML
    d = rdate(20, 300, 10, 14)
    txt = """Meet the Helix AquaRest(TM) - water-based cremation for the families who ask for it.

More families are asking about gentler, lower-emission options. The AquaRest alkaline hydrolysis system uses water, heat and alkalinity to return the body to its basic elements in about 4 hours, with up to 90% less energy than flame cremation.

- Fits a standard single-bay garage footprint
- Returns 20-30% more bone fragments than flame cremation
- Safe for pacemakers: devices are recovered intact after the cycle
- Sterile effluent, compatible with most municipal systems (permit required)

Join our free webinar on the 18th at 1 PM ET, or schedule a demo at our Lancaster showroom.

Helix Cremation Systems | 1 Foundry Way, Lancaster, PA | (800) 555-0166
Unsubscribe | Privacy"""
    emit("clean", "news", "Helix Cremation Systems <news@helixretort.com>", st("gideon"),
         "Is your community asking for water cremation?", txt, d, html=simple_html(txt))

    # 4 family newsletter with logo
    d = rdate(280, 320, 10, 12)
    txt = """Seasons of Remembrance - Holiday Edition

For many families, the holidays are the hardest time of the year after a loss. Our aftercare team has put together a few gatherings this season. All are free and open to the community, whether or not we served your family.

Holiday Service of Remembrance
Thursday, December 12, 7:00 PM, Bellwether-Ames Chapel. Bring a photo or an ornament for our memory tree. Light refreshments follow.

Grief and the Holidays workshop
Saturday, December 7, 10:00 AM, with Quiet Harbor Hospice bereavement counselors. Practical ideas for getting through family dinners and traditions.

Men's Coffee Group
Tuesdays, 8:00 AM at the Lamplighter Diner (first cup is on us).

If you would like a call from our aftercare coordinator, Renata Solberg, reply to this email or call (717) 555-0142.

With warm wishes,
The families and staff of Bellwether-Ames

You are receiving this because you subscribed to our aftercare newsletter. Unsubscribe at any time."""
    html = simple_html(txt).replace("<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">",
                                    "<body style=\"font-family:Georgia,serif;font-size:12pt\">"
                                    "<p><img src=\"cid:bwa-logo\" alt=\"Bellwether-Ames\" width=\"180\" height=\"52\"></p>")
    emit("clean", "news", formataddr((FH_NAME, "aftercare@" + FH)), "aftercare-list@" + FH,
         "Seasons of Remembrance - holiday gatherings", txt, d, html=html,
         attachments=[("bwa-logo.png", "image", "png", logo_png())])

    # 5 research summary, aggregate
    d = rdate(20, 300, 9, 15)
    body = """Hi all,

Sharing the summary from the national consumer survey the association circulated - worth a read before our pre-need planning meeting.

Key findings (n = 2,140 adults 40+, online panel, margin of error +/- 2.1 pts):
- 60.5% say they would choose cremation for themselves (up from 54% five years ago)
- 41% are interested in "green" or natural burial options; only 9% know whether a local cemetery offers it
- 52% have NOT discussed their wishes with family; among those 65+, 38%
- Cost was the top reason for choosing cremation (39%), followed by "simpler" (22%) and environmental concerns (14%)
- 18% would consider alkaline hydrolysis if it were available

Projected U.S. cremation rate: 63% by 2025 and ~80% by 2045.

Full report PDF is on the shared drive under Planning > Research.

Priya
"""
    emit("clean", "news", st("priya"), "staff@" + FH, "consumer survey summary - cremation/green burial", body, d)

    # 6 hospice partner bulletin, general
    d = rdate(20, 300, 9, 15)
    txt = """Quiet Harbor Hospice - Community Partners Update

VOLUNTEERS NEEDED
We are recruiting volunteers for our 11th Hour companion program, sitting with patients in their final hours so no one dies alone. Training is 12 hours over two Saturdays. Funeral professionals are especially welcome.

REMEMBRANCE CEREMONY
Our annual Butterfly Release remembrance ceremony will be held at Riverside Park. Families who lost a loved one in our care over the past year will receive an invitation by mail. Partners are welcome to attend.

BY THE NUMBERS (last fiscal year)
Patients served: 1,184  |  Average length of stay: 71 days  |  Volunteer hours: 9,620
Family satisfaction (CAHPS Hospice, would recommend): 88%

Thank you to our funeral home partners for their compassion and responsiveness.

Quiet Harbor Hospice | 55 Harbor Light Drive, Marrowfield PA | (717) 555-0110"""
    emit("clean", "news", "Quiet Harbor Hospice <community@%s>" % HOSPICE, "partners@" + HOSPICE,
         "Community Partners Update - volunteers, remembrance ceremony", txt, d, html=simple_html(txt))


# ===========================================================================
# CLEAN / staff
# ===========================================================================
def clean_staff():
    # 1 on-call rotation
    d = rdate(20, 300, 12, 16)
    nxt = (d.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    month = nxt.strftime("%B")
    crew = [("gideon", "celeste"), ("marisol", "dwayne"), ("celeste", "hollis"), ("gideon", "dwayne"),
            ("marisol", "hollis")]
    lines = []
    start = nxt
    for i in range(5):
        wk = start + datetime.timedelta(days=7 * i)
        a, b = crew[i]
        lines.append("  Wk of %-6s  Director: %-20s  Transfer: %-20s" % (wk.strftime("%-m/%-d"), st_name(a), st_name(b)))
    body = """All,

%s on-call rotation below. Directors take the first call from the answering service; transfer partner meets you at the van. Swaps are fine but tell Lena BEFORE, not after.

%s

Cells:
  Gideon %s | Celeste %s | Marisol %s
  Dwayne %s | Hollis %s

Tomasz is not on call but is reachable for crematory alarms.

Lena
""" % (month, "\n".join(lines), cellno(), cellno(), cellno(), cellno(), cellno())
    emit("clean", "staff", st("lena"), "staff@" + FH, "%s on-call rotation" % month, body, d)

    # 2 payroll
    d = rdate(150, 200, 9, 12)
    body = """Reminder: timesheets for this pay period are due Monday by 10am. Payroll goes to the processor Monday at noon.

- Holiday pay for Labor Day is 8 hrs at regular rate; if you worked it, it's double time on top
- On-call stipend is $40/night, $60 weekend nights - enter under code OC
- Removal call-outs after midnight are a 3-hr minimum, code CO
- Mileage in personal vehicles goes on the expense form, not the timesheet

If your direct deposit is changing, the new form has to be in by Friday.

Thanks!
Lena

%s""" % sig("lena", short=True)
    emit("clean", "staff", st("lena"), "staff@" + FH, "Timesheets due Monday 10am", body, d)

    # 3 celebration
    d = rdate(20, 300, 9, 15)
    body = """Shhh - don't tell Lena.

Friday is her 20th anniversary with us. She started answering phones when my father still ran the place and now she basically runs it. We're doing lunch in the arrangement room at 12:30 (Lamplighter is catering) and a card is going around - it's in the top drawer of the embalming room desk so she won't find it.

If there's a family at noon, Celeste and I will cover it so everyone can come.

Gideon
"""
    emit("clean", "staff", st("gideon"),
         [st("celeste"), st("marisol"), st("priya"), st("dwayne"), st("tomasz"), st("renata"), st("hollis")],
         "Friday - Lena's 20th (quiet!)", body, d)

    # 4 apprentice exam schedule
    d = rdate(20, 300, 17, 20)
    exam = d + datetime.timedelta(days=40)
    body = """Hi Gideon and Marisol,

My NBE is scheduled! Arts section %s at the Pearson center in Harlowe, Sciences two weeks later. Could I have both mornings off?

I'm studying restorative art and embalming chemistry with Marisol on Wednesdays after the last case, and doing the practice exams on the ICFSEB site. I'm at 78%% on sciences practice, 71%% on arts (funeral law is killing me).

My case reports for the residency are up to 31 of 50 embalmings and 18 of 25 arrangement conferences.

Thanks,
Hollis
""" % exam.strftime("%B %-d")
    emit("clean", "staff", st("hollis"), [st("gideon"), st("marisol")], "NBE dates + study plan", body, d)

    # 5 leave with no health detail
    d = rdate(20, 300, 15, 18)
    body = """Team,

Celeste will be out next week (Mon-Fri) for a family matter. Please don't call or text her.

Coverage:
- Arrangements: Marisol takes Mon-Wed, I take Thu-Fri
- Her open cases: Lena will redistribute in the morning and update the board
- On-call: Marisol swaps into Celeste's Tuesday night

Gideon
"""
    emit("clean", "staff", st("gideon"), "staff@" + FH, "Celeste out next week - coverage", body, d)

    # 6 credentials roster as xlsx
    d = rdate(20, 300, 9, 15)
    rows = [("Employee", "Role", "Licence/Cert", "Number", "Expires", "BBP training", "Formaldehyde training"),
            ("Gideon Thackeray", "Supervising FD", "FD licence", "FD-%s-L" % digits(6), "01/31/2026", "03/2024", "03/2024"),
            ("Celeste Yarrow", "FD", "FD licence", "FD-%s-L" % digits(6), "01/31/2026", "03/2024", "03/2024"),
            ("Marisol Ortega-Finch", "FD / Embalmer", "FD licence", "FD-%s-L" % digits(6), "01/31/2026", "03/2024", "03/2024"),
            ("Tomasz Wierzbicki", "Crematory Operator", "CANA CCO", "CCO-%s" % digits(5), "06/30/2026", "03/2024", "n/a"),
            ("Hollis Grange", "Resident Trainee", "Trainee reg.", "FR-%s-T" % digits(6), "09/30/2025", "03/2024", "03/2024"),
            ("Dwayne Okafor", "Transfer Specialist", "CDL-B / First Aid", "n/a", "11/2025", "03/2024", "n/a"),
            ("Priya Ramaswamy", "Pre-need counselor", "Pre-need sales lic.", "PN-%s" % digits(6), "12/31/2025", "n/a", "n/a")]
    body = """Gideon,

Updated staff credentials roster attached for the state inspection binder. Everyone is current on bloodborne pathogens (March session). Hollis' trainee registration needs the preceptor renewal by 9/30.

Lena
"""
    emit("clean", "staff", st("lena"), st("gideon"), "Credentials roster for inspection binder", body, d,
         attachments=[("staff_credentials.xlsx", "application",
                       "vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx(rows, "Credentials"))])

    # 7 holiday schedule with invite
    d = rdate(290, 315, 10, 15)
    party = datetime.datetime(2024, 12, 14, 18, 30)
    party = party.replace(tzinfo=tz_for(party))
    body = """Hi everyone,

Holiday PTO requests are in - here's what's approved:

  12/23  Priya, Renata
  12/24  Tomasz (half day), Dwayne
  12/26  Marisol
  12/27  Celeste
  12/31  Hollis

Office closes at noon 12/24 and is closed 12/25, phones forward to Lantern. The on-call rotation stays as posted.

And the staff party is Saturday 12/14 at 6:30 at the Copper Kettle - spouses/partners welcome. Invite attached, please RSVP by the 6th.

Lena
"""
    ics = make_ics("party-%s@%s" % (digits(6), FH), party, party + datetime.timedelta(hours=3),
                   "Bellwether-Ames staff holiday party", "Copper Kettle, Main St, Marrowfield",
                   "Spouses/partners welcome. RSVP to Lena by 12/6.", st_addr("lena"))
    emit("clean", "staff", st("lena"), "staff@" + FH, "Holiday PTO + staff party", body, d,
         attachments=[("staff_party.ics", "text", "calendar", ics)])


# ===========================================================================
# CLEAN / training
# ===========================================================================
def clean_training():
    # 1 EDRS training with a fictitious decedent
    d = rdate(20, 300, 9, 15)
    body = """Hollis,

For Thursday's EDRS practice session, log into the TRAINING environment (edrs-train), not production. Use the fictitious case below; it's the state's sample record and nothing in it goes to the registrar.

  Decedent:     TEST, DECEDENT A (fictitious)
  DOB:          01/01/1950
  DOD:          01/01/2024
  SSN:          999-99-9999 (training value)
  Place:        Sample Hospital, Anytown
  Certifier:    TRAINING, PHYSICIAN MD

Walk through: create case, fact-of-death section, request certifier, disposition (cremation permit), and print the burial-transit permit. Then void it. Timing yourself is a good idea - the state board practical expects you to finish in under 20 minutes.

Marisol
"""
    emit("clean", "training", st("marisol"), st("hollis"), "EDRS practice - training case", body, d)

    # 2 de-identified case study
    d = rdate(20, 300, 9, 15)
    body = """Residents,

Case study for Wednesday's session. This is a composite case; details are changed and there are no identifiers.

A man in his 70s dies at home under hospice care. The family wants an open-casket visitation in four days, followed by cremation. He has a pacemaker and marked edema of the lower extremities and abdomen. He had a central line and a feeding tube. Hospice reports he received IV antibiotics for a recent infection.

Questions to prepare:
1. What arterial solution strength and co-injection would you choose for edema, and why?
2. In what order do you address the central line and the feeding tube site?
3. When and how is the pacemaker removed, and what is documented on the cremation authorization?
4. What do you tell the family about the timeline and what they will see?
5. What PPE is appropriate, and does the infection history change it?

Bring your written answers; we'll compare approaches.

Marisol Ortega-Finch, FD
Resident Preceptor
"""
    emit("clean", "training", st("marisol"), [st("hollis"), "resident2@tcfda.org"],
         "Case study for Wed - edema + device", body, d)

    # 3 quiz on cause-of-death chain, with answer key reply
    d0 = rdate(20, 300, 14, 16)
    orig = """Quick quiz - which of these Part I entries would the registrar return? (answers tomorrow)

a) Line a: Cardiopulmonary arrest
b) Line a: Acute myocardial infarction; line b: Coronary artery disease
c) Line a: Old age
d) Line a: Aspiration pneumonia; line b: Parkinson disease
e) Line a: Respiratory failure; line b: (blank)"""
    d1 = later(d0, 1100, 1300)
    body = """Answer key: a, c and e get returned (mechanisms or ill-defined with no underlying cause). b and d are acceptable - each line is "due to" the one below, ending with the underlying cause.

Bonus: if the death was due to an injury (fall, overdose), the case belongs to the ME and we don't ask the family doctor to sign at all.

Celeste

%s
%s""" % (gmail_on(d0, "Celeste Yarrow", st_addr("celeste")), quote(orig))
    emit("clean", "training", st("celeste"), [st("hollis"), st("lena")], "Re: Friday quiz - cause of death",
         body, d1)

    # 4 system test script with test records, CSV
    d = rdate(200, 260, 9, 15)
    rows = [("Step", "Action", "Test record", "Expected result", "Pass/Fail"),
            ("1", "Create new case from first call", "ZZTEST, PATIENT ONE (DOB 01/01/1900)", "Case # assigned", ""),
            ("2", "Import EDRS record", "ZZTEST, PATIENT ONE", "Cause fields populated", ""),
            ("3", "Mark implanted device = pacemaker", "ZZTEST, PATIENT ONE", "Crem auth shows device hold", ""),
            ("4", "Attempt to schedule cremation", "ZZTEST, PATIENT ONE", "Blocked until device removed", ""),
            ("5", "Create case with ME hold", "ZZTEST, PATIENT TWO (DOB 02/02/1900)", "Status HOLD, van dispatch blocked", ""),
            ("6", "Receive ADT A03 from hospital", "ZZTEST, PATIENT THREE MRN 99999990", "Case auto-created, flagged for review", ""),
            ("7", "Delete all ZZTEST cases", "all", "No ZZTEST records remain", "")]
    body = """Hi Lena,

Here's the acceptance test script for the MorgueTrak go-live. Please run it in the sandbox (not live), using only the ZZTEST records, and mark pass/fail. Step 6 needs St. Aldric to send their test message to the sandbox endpoint - Kurt knows.

Thanks,
Devin Aucoin
Implementation Specialist, MorgueTrak FMS
"""
    emit("clean", "training", formataddr(("Devin Aucoin", "daucoin@morguetrak-fms.com")), st("lena"),
         "UAT script - sandbox", body, d,
         attachments=[("MorgueTrak_UAT_script.csv", "text", "csv", csv_text(rows))])

    # 5 device removal SOP training with docx
    d = rdate(20, 300, 9, 15)
    docx = make_docx([
        "**SOP 7.3 - Removal of Implanted Devices Prior to Cremation",
        "Purpose: Lithium batteries in pacemakers, ICDs and some neurostimulators can explode in the retort, "
        "damaging equipment and injuring staff.",
        "1. Review the cremation authorization and the first-call sheet for any implanted device.",
        "2. Palpate the upper chest (both sides), abdomen and lower back for device pockets.",
        "3. ICDs: place a ring magnet over the device before any incision to suspend shock therapy.",
        "4. Make a 4-6 cm incision over the device, free it, and clip the leads close to the header.",
        "5. Close with sutures or adhesive; bag the device in the recovery mailer.",
        "6. Document device type, removal time and staff initials on the cremation record.",
        "7. Crematory operator verifies documentation before charging the retort.",
        "Radioactive seed implants: call the RSO at St. Aldric; do not cremate until cleared.",
    ])
    body = """All,

Attached is the revised SOP 7.3 (device removal). Marisol will walk through it with a practice model at Tuesday's staff meeting, and everyone who handles cremation cases needs to sign the training log afterward.

What changed: step 3 (magnet for ICDs before incision) and the radioactive seed note.

Gideon
"""
    emit("clean", "training", st("gideon"), "staff@" + FH, "Revised SOP 7.3 - device removal training Tuesday",
         body, d, attachments=[("SOP_7.3_device_removal.docx", "application",
                                "vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])

    # 6 bloodborne pathogens annual training with PDF quiz
    d = rdate(40, 80, 9, 15)
    pdf = make_pdf([
        "Bellwether-Ames - Annual Bloodborne Pathogens Training - Quiz",
        "",
        "1. Hepatitis B vaccine must be offered to at-risk employees within ___ days of assignment.",
        "2. True/False: Universal precautions apply to every case, regardless of known infection.",
        "3. Where is the sharps container in the preparation room?",
        "4. After a needle stick, the first step is: (a) finish the case (b) wash and report (c) wait",
        "5. How often is the Exposure Control Plan reviewed?",
        "6. Name two engineering controls used in our preparation room.",
        "",
        "Name: ______________________   Date: __________   Score: ____/6",
    ], title="BBP quiz")
    body = """Hi everyone,

Annual bloodborne pathogens training is Tuesday 3/12 at 8:00 in the arrangement room (45 min video + discussion + quiz). Required for everyone who goes into the prep room, does removals, or handles cremains. Office staff are welcome.

The quiz is attached if you want to look ahead. We'll also review the updated Exposure Control Plan and where the post-exposure forms are.

Lena
"""
    emit("clean", "training", st("lena"), "staff@" + FH, "BBP annual training 3/12", body, d,
         attachments=[("BBP_quiz_2024.pdf", "application", "pdf", pdf)])


# ===========================================================================
def main():
    phi_care()
    phi_ids()
    phi_lang()
    phi_lists()
    phi_names()
    phi_self()
    phi_struct()
    clean_admin()
    clean_lookalike()
    clean_news()
    clean_staff()
    clean_training()
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        for r in ROWS:
            w.writerow(r)
    total = 0
    for (label, kind), n in COUNTS.items():
        print("%s-%s: %d" % (label, kind, n))
        total += n
    print("total: %d" % total)


if __name__ == "__main__":
    main()
