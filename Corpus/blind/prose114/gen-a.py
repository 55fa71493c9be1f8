#!/usr/bin/env python3
"""Build a set of .eml messages and labels.csv for a perioperative / sterile
processing / implant coordination office.  Standard library only.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, re, random, zipfile, zlib, json, textwrap
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11401
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(OUT, exist_ok=True)

H = "bvmc.example"          # Brannock Valley Medical Center
HOSP = "Brannock Valley Medical Center"

# ---------------------------------------------------------------- people
P = {
    "denise":  "Denise Harrow <dharrow@%s>" % H,
    "luis":    "Luis Carrasco <lcarrasco@%s>" % H,
    "priya":   "Priya Natarajan <pnatarajan@%s>" % H,
    "tamsin":  "Tamsin Reilly <treilly@%s>" % H,
    "greg":    "Greg Okonkwo <gokonkwo@%s>" % H,
    "keisha":  "Keisha Bramwell <kbramwell@%s>" % H,
    "howard":  "Howard Feld <hfeld@%s>" % H,
    "pruitt":  "Alan Pruitt MD <apruitt@%s>" % H,
    "haddad":  "Mariam Haddad MD <mhaddad@%s>" % H,
    "kaur":    "Harjit Kaur MD <hkaur@%s>" % H,
    "lowe":    "Sebastian Lowe MD <slowe@%s>" % H,
    "jpike":   "Jordan Pike PA-C <jpike@%s>" % H,
    "renata":  "Renata Sousa <rsousa@%s>" % H,
    "marisol": "Marisol Ferreira RN <mferreira@%s>" % H,
    "tanya":   "Tanya Greer <tgreer@%s>" % H,
    "brent":   "Brent Caldwell <bcaldwell@kestrelortho.example>",
    "jenna":   "Jenna Morales <jmorales@norvanespine.example>",
    "chris":   "Chris Abrams <cabrams@halcyoncardiac.example>",
    "spd":     "SPD Core <spd-core@%s>" % H,
    "orsched": "OR Scheduling <orscheduling@%s>" % H,
    "implants": "Implant Coordination <implants@%s>" % H,
    "billing": "Perioperative Billing <periop-billing@%s>" % H,
    "ehealth": "Employee Health <employeehealth@%s>" % H,
    "periop_all": "Perioperative Services - All Staff <periop-all@%s>" % H,
    "interfaces": "Interface Team <hl7-support@%s>" % H,
}

SIG = {
    "priya": "Priya Natarajan, BS, CRCST\nImplant & Tissue Coordinator | Perioperative Services\n%s\np 555-014-3382 | f 555-014-3390" % HOSP,
    "denise": "Denise Harrow, CRCST, CHL\nManager, Sterile Processing Department\n%s\nOffice 555-014-3301 | Cell 555-014-7719" % HOSP,
    "tamsin": "Tamsin Reilly\nOR Scheduling Coordinator\n%s | Main OR, 2nd floor\n555-014-3350" % HOSP,
    "greg": "Greg Okonkwo, MBA\nBusiness Manager, Perioperative Services\n%s\n555-014-3312" % HOSP,
    "keisha": "Keisha Bramwell, BSN, RN, CNOR\nCharge Nurse, Main OR\nx3366",
    "howard": "Howard Feld, MHA, CPHQ\nRisk Management & Patient Safety\n%s\n555-014-3240" % HOSP,
    "luis": "Luis Carrasco, CRCST\nLead Technician, SPD",
}

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information. Any\n"
    "unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy all copies of\n"
    "the original message."
)
DISCLAIMER_HTML = ("<p style=\"font-size:8pt;color:#777777\">CONFIDENTIALITY NOTICE: This e-mail, including any "
                   "attachments, is for the sole use of the intended recipient(s) and may contain confidential "
                   "and privileged information. Any unauthorized review, use, disclosure or distribution is "
                   "prohibited. If you are not the intended recipient, please contact the sender by reply e-mail "
                   "and destroy all copies of the original message.</p>")

# ---------------------------------------------------------------- helpers
def tz(h):
    return timezone(timedelta(hours=h))

def when(y, mo, d, h=None, mi=None, off=None):
    if off is None:
        off = -4 if 3 < mo < 11 or (mo == 3 and d >= 9) or (mo == 11 and d < 2) else -5
    if h is None:
        h = random.randint(6, 18)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime(y, mo, d, h, mi, random.randint(0, 59), tzinfo=tz(off))

def hdrdate(dt):
    return format_datetime(dt)

def outlook_date(dt):
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y ") + \
        str(int(dt.strftime("%I"))) + dt.strftime(":%M %p")

def gmail_date(dt):
    return dt.strftime("%a, %b ") + str(dt.day) + dt.strftime(", %Y at ") + \
        str(int(dt.strftime("%I"))) + dt.strftime(":%M %p")

def mid(addr):
    dom = addr.split("@")[-1].strip("> ")
    return "<%08X.%04X%04X@%s>" % (random.getrandbits(32), random.getrandbits(16),
                                   random.getrandbits(16), dom)

def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.rstrip("\n").split("\n"))

def outlook_hdr(frm, sent, to, subject, cc=None):
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, outlook_date(sent), to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n" % subject
    return s

def outlook_hdr_html(frm, sent, to, subject, cc=None):
    esc = lambda x: x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
         '<p><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br>' % (esc(frm), outlook_date(sent), esc(to)))
    if cc:
        s += "<b>Cc:</b> %s<br>" % esc(cc)
    s += "<b>Subject:</b> %s</p></div>" % esc(subject)
    return s

def html_wrap(inner, font="Calibri, sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p{margin:0 0 8px 0} td,th{border:1px solid #999;padding:2px 6px;font-size:10pt}'
            ' table{border-collapse:collapse}</style></head>'
            '<body style="font-family:%s;font-size:11pt">%s</body></html>' % (font, inner))

def esc(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def p_html(text):
    """plain paragraphs -> html paragraphs"""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>".join(esc(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)

def table_html(rows, header=True):
    s = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        s.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)

def wrap_text(text, width=72):
    """wrap long prose lines the way desktop mail clients do; leave quoted,
    indented and table lines alone"""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", " ", "\t", "|")) or "   " in line.strip():
            out.append(line)
        else:
            out.append(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def mk(frm, to, subject, date, text=None, html=None, cc=None, charset="utf-8",
       cte=None, html_cte=None, html_charset=None, headers=None, reply_to=None,
       in_reply_to=None, wrap=None):
    if wrap and text is not None:
        text = wrap_text(text, wrap)
        if cte is None:
            cte = "7bit" if text.isascii() else "8bit"
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = hdrdate(date)
    m["Message-ID"] = mid(frm)
    if reply_to:
        m["Reply-To"] = reply_to
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    hkw = {"charset": html_charset or charset}
    if html_cte:
        hkw["cte"] = html_cte
    if text is not None and html is not None:
        m.set_content(text, **kw)
        m.add_alternative(html, subtype="html", **hkw)
    elif html is not None:
        m.set_content(html, subtype="html", **hkw)
    else:
        m.set_content(text, **kw)
    return m

def attach_text(m, text, filename, subtype="plain", charset="utf-8", cte=None):
    kw = {"subtype": subtype, "filename": filename, "charset": charset}
    if cte:
        kw["cte"] = cte
    m.add_attachment(text, **kw)

def attach_bin(m, data, filename, maintype, subtype):
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)

def attach_msg(m, inner):
    m.add_attachment(inner)

ZDT = (2025, 1, 1, 8, 0, 0)

def _zwrite(z, name, data, dt=None):
    zi = zipfile.ZipInfo(name, date_time=dt or ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data)

def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet="Sheet1", dt=None):
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col_letter(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zwrite(z, "[Content_Types].xml", ct, dt)
        _zwrite(z, "_rels/.rels", rels, dt)
        _zwrite(z, "xl/workbook.xml", wb, dt)
        _zwrite(z, "xl/_rels/workbook.xml.rels", wbrels, dt)
        _zwrite(z, "xl/worksheets/sheet1.xml", sheet_xml, dt)
    return buf.getvalue()

def make_docx(blocks, dt=None):
    """blocks: list of str (paragraph), ('b', str) bold paragraph, or ('t', rows) table"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] == "b":
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[1]))
        elif b[0] == "t":
            trs = []
            for row in b[1]:
                tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>'
                              '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                trs.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(trs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % "".join(body))
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        _zwrite(z, "[Content_Types].xml", ct, dt)
        _zwrite(z, "_rels/.rels", rels, dt)
        _zwrite(z, "word/document.xml", doc, dt)
    return buf.getvalue()

def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def make_pdf(pages, title="Document", compress=True, size=9):
    """pages: list of pages, each a list of text lines (Courier)."""
    objs = {}
    n = len(pages)
    page_ids = [5 + 2 * i for i in range(n)]
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % i for i in page_ids), n)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Title (%s) /Producer (BVMC Report Writer 4.2) /CreationDate (D:20250301080000-05'00') >>"
               % _pdf_esc(title)).encode("latin-1")
    for i, lines in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        lead = size + 3
        parts = ["BT /F1 %d Tf %d TL 36 756 Td" % (size, lead)]
        for ln in lines:
            parts.append("(%s) Tj T*" % _pdf_esc(ln))
        parts.append("ET")
        raw = "\n".join(parts).encode("cp1252", "replace")
        if compress:
            data = zlib.compress(raw)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for k in range(1, total):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref)
    return bytes(out)

def make_zip(files, dt=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            _zwrite(z, name, data, dt)
    return buf.getvalue()

def csv_text(rows, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()

def fixed_table(rows, widths=None, sep="  "):
    if widths is None:
        widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(sep.join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)

MSGS = []

def add(label, kind, msg, patient=""):
    MSGS.append((label, kind, msg, patient))

# =====================================================================
# phi-care
# =====================================================================
def care():
    # 001 plain add-on
    d = when(2025, 3, 11, 15, 42)
    body = """Heads up - add-on for tonight. Raymond Delgado, ORIF L ankle w/ Dr. Pruitt, posted 1930 in 7 if anesthesia can staff it.

He'll want the small frag set, the Kestrel ankle loaner (Brent is dropping it at the dock by 1700) and the mini C. Can someone check whether tray 4471 (small frag) made it out of the washer after the 1400 case? Last I saw it was still on the rack in decon.

Case cart pull is OR-25-11873, I printed the pick list already and left it on the cart.

Thx
Tamsin
"""
    m = mk(P["tamsin"], P["spd"], "add-on rm 7 tonight", d, text=body, wrap=72, cc=P["keisha"])
    add("phi", "care", m, "Raymond Delgado")

    # 002 html only bill-only to rep
    d = when(2025, 3, 17, 9, 12)
    rows = [["Catalog #", "Description", "Lot", "Qty", "Usage sheet", "Scanned in log"],
            ["KO-4410-3R", "Femoral comp, CR, size 5 R", "K24118-07", "1", "yes", "yes"],
            ["KO-4520-04", "Tibial baseplate size 4", "K24093-11", "1", "yes", "yes"],
            ["KO-4630-410", "Articular insert CR 10mm sz 4", "K24120-02", "1", "10mm", "11mm (KO-4630-411)"],
            ["KO-4700-38", "Patella 3-peg 38mm", "K23311-15", "1", "yes", "yes"],
            ["BC-40-02", "Bone cement 40g", "BC2211A", "2", "2", "2"]]
    html = html_wrap(
        "<p>Hi Brent,</p>"
        "<p>Below is what I have off your usage sheet for <b>Wanda Okafor</b>&#39;s right TKA on Friday "
        "(3/14, Dr. Pruitt, room 4). One line doesn&#39;t match what the circulator scanned into the implant log &#8212; "
        "your sheet says the 10mm insert, the log says 11mm. The box in the trash bin in 4 was the 11 according to Keisha, "
        "so I think the sheet is wrong but I need you to confirm before I cut the PO.</p>"
        + table_html(rows) +
        "<p>Can you send a corrected sheet (or just reply confirming) by Wednesday? Finance closes the month early this time.</p>"
        "<p>Thanks,<br>Priya</p>"
        "<p style=\"color:#555;font-size:9pt\">" + "<br>".join(esc(l) for l in SIG["priya"].split("\n")) + "</p>"
        + DISCLAIMER_HTML)
    m = mk(P["priya"], P["brent"], "Bill-only PO request - 03/14 Pruitt TKA rm 4", d, html=html,
           cc="Purchasing <purchasing@%s>" % H, html_cte="quoted-printable")
    add("phi", "care", m, "Wanda Okafor")

    # 003 multipart/alternative recall follow-up
    d = when(2025, 5, 6, 10, 5)
    txt = """Dr. Kaur / Ortho clinic team,

Of the six lots listed in the Kestrel field safety notice (FSN-2025-014, acetabular liners, 32mm XLPE), our implant log shows one that was implanted here: lot K7731-0420, implanted in Harold Fenwick on 02/02/2024 (left THA, Dr. Kaur, OR 5).

Could the clinic reach out to him to set up a follow-up visit with x-rays? The manufacturer is not recommending revision at this time, only routine surveillance, and we have the patient letter template ready if you'd rather send that first. Please document the contact in his chart and let me know when it's done so I can close the recall ticket (RM-25-0331).

The other five lots were either never received here or are still on the consignment shelf - SPD/Priya pulled and quarantined 3 units this morning.

Thank you,
Howard

""" + SIG["howard"] + "\n"
    m = mk(P["howard"], "Ortho Clinic <orthoclinic@%s>" % H, "Recall RM-25-0331 - patient follow-up needed", d,
           text=txt, html=html_wrap(p_html(txt)), cc=", ".join([P["kaur"], P["priya"]]))
    add("phi", "care", m, "Harold Fenwick")

    # 004 quoted reply, no-show
    d0 = when(2025, 4, 14, 6, 22)
    d = when(2025, 4, 14, 6, 51)
    orig = """Has anyone seen Mrs. Lindqvist? Ingrid Lindqvist, 0600 rm 3, Dr. Lowe, generator change. Anesthesia is asking and pre-op says she isn't checked in.

Tamsin"""
    body = """She never showed. Pre-op called the home number twice and it went to voicemail, her daughter's cell is on the face sheet but nobody picks up there either. Pre-op note says she was told to arrive at 0430 and be NPO after midnight.

Dr. Lowe is aware and wants her rebooked for next Tuesday if there's anything in his block. SPD - go ahead and break down the cart for 3, but keep the pacer tray and the Halcyon generator on the shelf in the core, not back to the rep's bin, since we'll need it again next week.

Moving Lowe's 0800 up to the first slot.

Keisha

""" + SIG["keisha"] + """

-----Original Message-----
""" + outlook_hdr(P["tamsin"], d0, "OR Charge RN; SPD Core", "Rm 3 first case") + "\n" + orig + "\n"
    m = mk(P["keisha"], P["tamsin"], "RE: Rm 3 first case", d, text=body,
           cc=P["spd"] + ", " + P["chris"])
    add("phi", "care", m, "Ingrid Lindqvist")

    # 005 tissue tracking, quoted-printable, reply
    d0 = when(2025, 6, 18, 11, 3)
    d = when(2025, 6, 18, 14, 40)
    orig = """Hello,

Our records show the following graft(s) distributed to your facility without a returned Recipient Implant Record (RIR). Per our agreement and FDA 21 CFR 1271 / AATB standards, please return a completed RIR or disposition for each.

  Graft ID            Description                    Ship date
  TRT-22-08813-05     Cancellous chips 30cc          05/22/2025
  TRT-22-08813-06     Cancellous chips 30cc          05/22/2025

Thank you,
Dana Whitcomb
Recipient Tracking | Tri-Rivers Tissue Services
555-013-8820"""
    body = """Hi Dana,

The -05 graft was implanted in OR 9 on 6/3: recipient Gerald Ashby, Dr. Haddad, L4-5 posterior fusion. I faxed the card to you on 6/5 but it obviously didn't make it, so I'm attaching the scan here and I'll mail the original.

The -06 graft was opened in the same case but not used - it was contaminated (dropped off the back table) and wasted. The waste is documented in our tissue log with the circulator's and my signatures. I'll send a disposition form for that one too.

Sorry for the runaround,
Priya

""" + SIG["priya"] + """

On """ + gmail_date(d0) + """, Recipient Tracking <rirtracking@tri-riverstissue.example> wrote:
""" + quote(orig) + "\n"
    m = mk(P["priya"], "Recipient Tracking <rirtracking@tri-riverstissue.example>",
           "RE: Outstanding Recipient Implant Records - Brannock Valley MC", d, text=body, cte="quoted-printable")
    rir = make_pdf([[
        "TRI-RIVERS TISSUE SERVICES            RECIPIENT IMPLANT RECORD",
        "",
        "Graft ID: TRT-22-08813-05          Tissue: Cancellous chips 30cc",
        "Facility: Brannock Valley Medical Center   OR: 9",
        "",
        "Recipient name: Gerald Ashby",
        "Recipient MRN:  00731154           DOB: 09/14/1958",
        "Date implanted: 06/03/2025         Surgeon: M. Haddad MD",
        "Procedure: L4-5 posterior spinal fusion",
        "",
        "Completed by: P. Natarajan CRCST   Date: 06/05/2025",
    ]], title="RIR TRT-22-08813-05")
    attach_bin(m, rir, "RIR_TRT-22-08813-05.pdf", "application", "pdf")
    add("phi", "care", m, "Gerald Ashby")

    # 006 death + explant return
    d0 = when(2025, 2, 4, 7, 55)
    d = when(2025, 2, 4, 8, 31)
    orig = """Morning Priya - heard the extraction in 12 ran long yesterday. Do you need anything from me for the returned product? If the leads/generator are coming back to us I'll need patient name/DOB on the RGA and the explant reason.

Chris Abrams
Clinical Specialist | Halcyon Cardiac Rhythm Management
c 555-013-4471"""
    body = """Chris,

Sad update - the patient from room 12 yesterday afternoon (Mr. Ortiz-Bell, Dr. Lowe's lead extraction) passed away in CVICU overnight. Dr. Lowe wants the extracted leads and the generator sent back for analysis. Everything is bagged, labeled and in the biohazard fridge in SPD decon (bottom shelf, red tag).

Patient is Arturo Ortiz-Bell - I'll hand you the form with the DOB and the rest filled in when you come by, I'd rather not put it all in email. Family agreed to the return per Dr. Lowe's note.

Can you bring a returned product kit and come up after 10? Luis in SPD knows where it is if I'm in a case.

Priya

-----Original Message-----
""" + outlook_hdr(P["chris"], d0, "Natarajan, Priya", "explant kit - rm 12 yesterday") + "\n" + orig + "\n"
    m = mk(P["priya"], P["chris"], "RE: explant kit - rm 12 yesterday", d, text=body, wrap=76, cc=P["luis"])
    add("phi", "care", m, "Arturo Ortiz-Bell")

    # 007 long thread, buried
    d1 = when(2025, 1, 21, 16, 2)
    d2 = when(2025, 1, 21, 17, 45)
    d3 = when(2025, 1, 22, 7, 30)
    d4 = when(2025, 1, 22, 9, 14)
    d5 = when(2025, 1, 22, 11, 58)
    m1 = """All,

We ran out of large frag sets again on Thursday. We own 3, Dr. Kaur and Dr. Pruitt both had trauma cases stacked in 5 and 6 after 1300, and one set went out in a flash (IUSS) pan because the 2nd turnaround wasn't going to make it through the cycle + dry time. That's the 4th IUSS of a large frag set this month. Surveyors will look at this.

Options I see: (1) buy a 4th set (~$38k), (2) get Kestrel to leave a loaner on Thursdays, (3) stop booking two frag cases back to back on Thursday afternoons.

Denise"""
    m2 = """Denise - (1) is not in the FY25 capital budget, I can put it on the FY26 list. I'll ask Brent about (2), we're already at our consignment cap with Kestrel but a standing loaner might be doable if we commit to volume.

Tamsin, how often are we actually double-booking frag cases on Thursday pm?

Greg"""
    m3 = """Pulled the last 12 weeks: 7 of 12 Thursdays had two or more cases needing a large frag set after noon. Most of those are add-ons from the ED, not block cases, so (3) is hard to control from scheduling. I can try to push the add-ons to room 8 start times so the second case isn't within 2 hrs of the first.

Related - Jordan called this morning: Dr. Kaur wants the same setup she used for Beatrice Thornton's revision last Wednesday. Ms. Thornton is coming back Friday for an I&D and poly exchange, so please hold the revision tray with the extra curettes and the Kestrel poly trials for her. Jordan is posting it by noon. That's one more frag-adjacent case on a Friday at least, not Thursday.

Tamsin"""
    m4 = """Adding Jordan from Dr. Kaur's office since most of these are hers.

We can turn a large frag set in about 3.5 hrs door to door if decon gets it right away - washer 70 min, assembly 30, sterilize + dry 75, cool 30. It's the "right away" part that doesn't happen when the case ends at 1500 and the cart sits in the hallway.

Denise"""
    m5 = """Hi all - Dr. Kaur says she's fine with the second case starting later if that's what it takes, she just wants to know in the morning instead of at 2pm. She'd also be ok with the small frag + a few large frag instruments peel-packed for some cases, she'll send a list.

Greg, if Kestrel does the Thursday loaner she'd want the full large frag set, not the basic one.

Thanks,
Jordan

Jordan Pike, PA-C
Orthopaedic Surgery | Dr. Harjit Kaur
555-014-3475"""
    body = m5 + "\n\n-----Original Message-----\n" + outlook_hdr(P["denise"], d4, "Okonkwo, Greg; Reilly, Tamsin", "RE: FW: large frag sets - Thursdays", cc="Pike, Jordan") + "\n" + m4 + \
        "\n\n-----Original Message-----\n" + outlook_hdr(P["tamsin"], d3, "Okonkwo, Greg; Harrow, Denise", "RE: FW: large frag sets - Thursdays") + "\n" + m3 + \
        "\n\n-----Original Message-----\n" + outlook_hdr(P["greg"], d2, "Harrow, Denise", "RE: FW: large frag sets - Thursdays", cc="Reilly, Tamsin") + "\n" + m2 + \
        "\n\n-----Original Message-----\n" + outlook_hdr(P["denise"], d1, "Okonkwo, Greg", "large frag sets - Thursdays") + "\n" + m1 + "\n"
    html_parts = [p_html(m5), outlook_hdr_html(P["denise"], d4, "Okonkwo, Greg; Reilly, Tamsin", "RE: FW: large frag sets - Thursdays", cc="Pike, Jordan"),
                  p_html(m4), outlook_hdr_html(P["tamsin"], d3, "Okonkwo, Greg; Harrow, Denise", "RE: FW: large frag sets - Thursdays"),
                  p_html(m3), outlook_hdr_html(P["greg"], d2, "Harrow, Denise", "RE: FW: large frag sets - Thursdays", cc="Reilly, Tamsin"),
                  p_html(m2), outlook_hdr_html(P["denise"], d1, "Okonkwo, Greg", "large frag sets - Thursdays"), p_html(m1)]
    m = mk(P["jpike"], ", ".join([P["denise"], P["greg"], P["tamsin"]]), "RE: FW: large frag sets - Thursdays", d5,
           text=body, html=html_wrap("\n".join(html_parts)))
    add("phi", "care", m, "Beatrice Thornton")

    # 008 base64 body, subtle
    d = when(2025, 4, 28, 13, 20)
    body = """Priya / Jenna -

Thursday 0730 in 9 is Mr. Abernathy (Clifford), L3-S1 instrumented fusion with Dr. Haddad. She wants the Norvane 5.5 system plus the reduction instruments, NOT the standard MIS set this time, and the 2 cage trials trays. Consent and H&P are already in.

Jenna, can you confirm the loaner lands by Tuesday noon so SPD has time to process it? Last time it came Wednesday at 4 and Luis's crew was there until 9.

Thank you!
Renata Sousa
Surgery Scheduler | Neurosurgery - Dr. Mariam Haddad
555-014-3488
"""
    m = mk(P["renata"], ", ".join([P["priya"], P["jenna"]]), "Thurs 0730 rm 9", d, text=body, cte="base64",
           cc=P["spd"])
    add("phi", "care", m, "Clifford Abernathy")

care()
# =====================================================================
# phi-names
# =====================================================================
def names():
    # 001 Vietnamese name only in the Subject
    d = when(2025, 4, 15, 10, 47)
    body = """Per subject - she's first case in 6 on the 22nd, 0730.

Dr. Pruitt wants the broken screw removal set and the universal extraction set. Original plate was Kestrel (2019, outside hospital) so Brent please bring the matching drivers for the 3.5 locking screws, we don't stock those heads anymore.

Tamsin
"""
    m = mk(P["tamsin"], ", ".join([P["spd"], P["brent"]]), "Nguyễn Thị Hoa - hardware removal 4/22", d, text=body)
    add("phi", "names", m, "Nguyễn Thị Hoa")

    # 002 Last, First  (Nigerian) windows-1252
    d = when(2025, 5, 27, 14, 9)
    body = """Hi billing team,

Can you look at Adeyemi, Oluwaseun (DOS 5/9, Dr. Haddad)? The Norvane bill-only for the two extra pedicle screws and the set screws never posted to his account - I see the PO (4500131187) was received in the ERP on 5/14 but the charge didn't drop.

Mr. Adeyemi's insurer is asking for the itemized invoice by the 30th, so I'd like to get this fixed before then. I can walk the usage sheet over if you need the original.

Thanks - Priya
"""
    m = mk(P["priya"], P["billing"], "bill-only charge didn’t post", d, text=body, charset="windows-1252")
    add("phi", "names", m, "Oluwaseun Adeyemi")

    # 003 Arabic name, titles, possessive, re:
    d = when(2025, 2, 19, 17, 33)
    body = """Priya,

Ms. Al-Rashid is the one I mentioned at huddle this morning. Her family wants to know what cage she has from the first surgery (2022, done at Lakeshore General, not here). Noor's old op note just says "Norvane titanium interbody cage" with no size or catalog number, and I'd like to know before we go back in at L5-S1.

Can you and Jenna see if Norvane can trace it by the facility and date? If it's the older Ti cage I need the removal instruments here.

I'm calling her Friday afternoon so anything by then helps.

MH

Sent from my iPhone
"""
    m = mk(P["haddad"], P["priya"], "re: Noor Al-Rashid", d, text=body, wrap=72, cc=P["jenna"])
    add("phi", "names", m, "Noor Al-Rashid")

    # 004 accented Hispanic name, RFC 2047 subject, reply
    d0 = when(2025, 3, 3, 9, 2)
    d = when(2025, 3, 3, 9, 40)
    orig = """Keisha - José's son called the desk again, he wants to confirm the arrival time for tomorrow and whether his dad can keep his hearing aids in until he's asleep.

Tamsin"""
    body = """Yes to the hearing aids, we'll bag them with his belongings in pre-op. Arrival is 0600 for the 0800 in room 2. Please let the son know Sr. Muñoz-Villarreal should bring his walker, PT will want it after.

Also FYI for SPD - Dr. Kaur changed the pref card for him, she wants the revision knee tray AND the primary, plus the Kestrel stem extensions. José Ángel Muñoz-Villarreal is the only one on her list tomorrow needing stems, so one set is fine.

K

-----Original Message-----
""" + outlook_hdr(P["tamsin"], d0, "Bramwell, Keisha", "José Ángel Muñoz-Villarreal - tomorrow") + "\n" + orig + "\n"
    m = mk(P["keisha"], P["tamsin"], "RE: José Ángel Muñoz-Villarreal - tomorrow", d, text=body, cc=P["spd"],
           cte="quoted-printable")
    add("phi", "names", m, "José Ángel Muñoz-Villarreal")

    # 005 particles
    d = when(2025, 6, 9, 12, 15)
    html = html_wrap(p_html("""Hi Jenna,

Can you cover both of Dr. Haddad's cases Tuesday? Mr. van der Berg in 9 at 0730 and then Mrs. de la Cruz at 1100, same room. Both are 1-level ACDFs so the standard anterior cervical set plus your plates.

Pieter van der Berg had a prior C5-6 with a different company - Dr. H may want to take the old plate out, so please bring the universal removal set just in case. Maricel de la Cruz is straightforward.

Reminder that VendorGate needs you checked in by 0700.

Thanks,
Priya""") + "<p style=\"font-size:9pt;color:#555\">" + "<br>".join(esc(l) for l in SIG["priya"].split("\n")) + "</p>")
    m = mk(P["priya"], P["jenna"], "Tues - Haddad x2 ACDF coverage", d, html=html)
    add("phi", "names", m, "Pieter van der Berg")

    # 006 Indian name, multiple forms, multipart
    d = when(2025, 7, 8, 11, 26)
    txt = """Brent / SPD,

VENKATARAMAN, LAKSHMI is on Dr. Kaur's schedule for the 18th, L TKA, room 5 second case.

Pre-admission testing flagged a documented nickel sensitivity, so Dr. Kaur wants the oxidized zirconium femoral component instead of the cobalt-chrome one. Brent, do you have the OxZr femurs in sizes 3-5 L in the consignment, or does that need to come as a loaner? If it's a loaner, please also bring the matching trials.

Mrs. Venkataraman asked the PAT nurse to be called Lakshmi, FYI for whoever is in the room.

Thanks,
Marisol Ferreira, RN
Pre-Admission Testing
x3391
"""
    m = mk(P["marisol"], ", ".join([P["brent"], P["spd"]]), "Venkataraman, Lakshmi - 7/18 implant request", d,
           text=txt, html=html_wrap(p_html(txt)), cc=P["priya"])
    add("phi", "names", m, "Lakshmi Venkataraman")

    # 007 Eastern European names, iso-8859-2 quoted-printable
    d = when(2025, 3, 25, 15, 2)
    body = """Denise, Priya,

Two of the implant cards we mailed last month came back return-to-sender:

 - Mr. Wróblewski (Zbigniew), right knee in January with Dr. Pruitt
 - Oksana Kovalenko-Hart, left shoulder in February with Dr. Kaur

Registration has the same addresses we used, so I'll ask the clinics to update them at their post-op visits. Mr. Wróblewski's daughter is the contact on file - does anyone know if we can mail the card to her instead, or does it have to go to him?

Thanks
Halina Kowalczyk
Perioperative Services Clerk
"""
    m = mk("Halina Kowalczyk <hkowalczyk@%s>" % H, ", ".join([P["denise"], P["priya"]]),
           "returned implant cards - Wróblewski / Kovalenko-Hart", d, text=body, wrap=72, charset="iso-8859-2",
           cte="quoted-printable")
    add("phi", "names", m, "Zbigniew Wróblewski")

    # 008 Irish hyphenated, apostrophe, patient wants explanted hardware back
    d0 = when(2025, 8, 12, 15, 50)
    d = when(2025, 8, 12, 16, 22)
    orig = """Siobhan asked before she went back whether she can keep the plate and screws Dr. Pruitt is taking out today. She wants to "frame them". Is that something SPD does? Case is in 6 now, should be out around 5.

Keisha"""
    body = """Keisha - yes, we can, but the hardware has to come to decon first. We clean and run it through the washer, then it goes in a clear bag with the patient label and the release form. It can't go home with her straight off the field.

Please have the circulator put it in a specimen container labeled "return to patient - SPD" instead of sending it to path, and make sure Dr. Pruitt is ok with it not going to pathology. Siobhan O'Donnell-Reyes will need to sign the release before discharge. I'll have Luis bring the form up to PACU.

Denise

""" + SIG["denise"] + """

On """ + gmail_date(d0) + """, Keisha Bramwell <kbramwell@""" + H + """> wrote:
""" + quote(orig) + "\n"
    m = mk(P["denise"], P["keisha"], "re: Siobhan O'Donnell-Reyes", d, text=body, cc=P["luis"])
    add("phi", "names", m, "Siobhan O'Donnell-Reyes")

names()
# =====================================================================
# phi-self
# =====================================================================
def selfmail():
    # 001 staff member's own surgery
    d = when(2025, 5, 19, 21, 14)
    body = """Hi Denise,

Wanted to give you a heads up before I put it in the time clock system. I'm having my own surgery here on June 12 (inguinal hernia repair, Dr. Mendel) so I'll need the 12th through the 26th off. I have PTO for most of it.

Dr. Mendel said no lifting over 10 lbs for 4 weeks after, so when I come back I don't think I can do decon or pull case carts. Can I be on assembly / prep & pack for those first two weeks? I have the restriction note from his office and I'll drop it with HR tomorrow.

Also I'd rather the team didn't know the details, just that I'm out.

Thanks,
Luis
"""
    m = mk(P["luis"], P["denise"], "time off in June", d, text=body, wrap=72)
    add("phi", "self", m, "Luis Carrasco")

    # 002 patient writes after a recall letter
    d = when(2025, 5, 9, 19, 3, off=-4)
    body = """To whom it may concern,

I received a letter from your hospital dated May 2 saying the tibial tray in my knee replacement may be part of a manufacturer recall. I had my right knee replaced at Brannock Valley on January 15, 2024 by Dr. Pruitt. My date of birth is 04/11/1957 in case you need to look me up.

I don't have much pain but the knee has felt "loose" going down stairs since around Christmas and I've had some swelling. Does this mean I need another operation? The letter says to call the clinic but I've left two messages and nobody called back.

My cell is 555-0187. I'm home most days after 10.

Thank you,
Marjorie
"""
    m = mk("Marjorie Quill <mquill58@postbox.example>", P["implants"], "Letter about my knee implant", d, text=body, wrap=72)
    add("phi", "self", m, "Marjorie Quill")

    # 003 patient pre-op medication question, reply included
    d0 = when(2025, 9, 2, 14, 5)
    d = when(2025, 9, 2, 20, 48)
    orig = """Hello Mr. Pillai,

This is a reminder that your procedure with Dr. Pruitt is scheduled for Friday, September 5. Please arrive at the Main Entrance Surgery Check-In at 6:00 AM. Do not eat or drink after midnight. If you have questions about your medications please reply to this message or call 555-014-3350.

Brannock Valley Medical Center
OR Scheduling"""
    body = """Hi, this is Dev. Quick question about Friday (my shoulder surgery with Dr Pruitt).

I take Eliquis 5mg twice a day for my a-fib. The pre-op nurse told me to stop it 2 days before but my cardiologist's office said 3 days. Today is Tuesday and I took my morning dose already. Which one is right? I don't want to get cancelled the morning of.

Also I use a CPAP at night, should I bring it?

Thanks
Dev

Sent from my iPhone

> On Sep 2, 2025, at 2:05 PM, OR Scheduling <orscheduling@""" + H + """> wrote:
>
""" + quote(orig) + "\n"
    m = mk("Devendra Pillai <devpillai@postbox.example>", P["orsched"], "Re: Your upcoming procedure - Friday, September 5",
           d, text=body)
    add("phi", "self", m, "Devendra Pillai")

    # 004 sharps exposure, staff member about herself
    d = when(2025, 7, 22, 17, 36)
    body = """Hi,

Following up on this afternoon. I got stuck through my glove with a K-wire while breaking down the set from OR 6 around 1415. I washed it right away, told the charge nurse and came down to you. You drew my baseline labs around 1500 and I started the first dose of the PEP meds at 1540.

The nurse said I might feel sick for a few days. If the nausea is bad tomorrow can I leave early, and do I need a note for Denise? I'm scheduled 0630-1500 in decon all week.

Also my follow up labs are at 6 weeks - do I make that appointment or do you call me?

Thank you,
Tanya Greer, CST
SPD / OR 555-014-3310
"""
    m = mk(P["tanya"], P["ehealth"], "exposure today - follow up questions", d, text=body, cc=P["denise"])
    add("phi", "self", m, "Tanya Greer")

    # 005 patient about own pacemaker, HTML only
    d = when(2025, 10, 14, 11, 12)
    html = html_wrap(p_html("""Dear Implant Department,

I got your letter about my pacemaker. It is a Halcyon Vireo DR, the card in my wallet says serial HCV884213. Dr. Lowe put it in back in March 2021 after I passed out at church.

The letter says the battery may run down faster than expected and I need a device check. I still have the remote monitor box by my bed and the light is green. I am 82 and don't drive anymore - can the check be done from home or do I have to come in? My son can bring me on a Saturday if I must.

I have been feeling more tired than usual but I thought that was just the weather.

Thank you kindly,
Gordon

Gordon Leary
17 Juniper Court, Millbrook
555-0143"""), font="Times New Roman, serif")
    m = mk("Gordon Leary <gleary1943@northmail.example>", P["implants"], "Pacemaker letter", d, html=html,
           html_cte="quoted-printable")
    add("phi", "self", m, "Gordon Leary")

    # 006 vendor rep about own procedure
    d = when(2025, 6, 13, 18, 2)
    body = """Hi Priya and Renata,

I need to let you know I'm having a cardiac cath on Tuesday at Lakeshore (my cardiologist isn't at BVMC), so I won't be in for Dr. Haddad's cases Tues or Wed. They think I may need a stent, in which case I'm out through Friday.

Marcus Bell will cover - he's credentialed in VendorGate through December and has done Dr. H's cases before. The Tuesday loaner is already at your dock.

I'd appreciate keeping this between us.

Jenna

Jenna Morales
Sales Consultant | Norvane Spine
c 555-013-2290
"""
    m = mk(P["jenna"], ", ".join([P["priya"], P["renata"]]), "coverage next week", d, text=body, wrap=72,
           cc="Marcus Bell <mbell@norvanespine.example>")
    add("phi", "self", m, "Jenna Morales")

    # 007 patient asking for implant info for MRI; reply from coordinator on top
    d0 = when(2025, 11, 3, 8, 40)
    d = when(2025, 11, 3, 13, 55)
    orig = """Hello, I had a spinal fusion at your hospital in 2019 (Dr. Haddad, L4-L5, I think in September). I'm scheduled for an MRI at Eastbridge Imaging next week for my shoulder and they want the manufacturer and model of the rods and screws to make sure it's safe. They said the hospital would have a record of the implants.

DOB 7-22-1968. Home phone 555-0162.

Thanks,
Rich"""
    body = """Hi Rich,

I found your case from 9/24/2019. Your implants were from Norvane Spine - the 5.5mm titanium rod system (pedicle screws and rods are titanium alloy). I've attached the manufacturer's MRI safety sheet, which lists the system as MR Conditional. Please forward it to Eastbridge Imaging; if they need the implant record itself with lot numbers, they can fax a request on their letterhead to 555-014-3390 and I'll send it directly.

Best,
Priya

""" + SIG["priya"] + """

-----Original Message-----
""" + outlook_hdr("Richard Tolliver <rtolliver@mailbox.example>", d0, "Implant Coordination", "implant info for MRI") + "\n" + orig + "\n"
    m = mk(P["priya"], "Richard Tolliver <rtolliver@mailbox.example>", "RE: implant info for MRI", d, text=body)
    sheet = make_pdf([[
        "NORVANE SPINE - MRI SAFETY INFORMATION",
        "5.5 mm Titanium Posterior Fixation System",
        "",
        "Non-clinical testing has demonstrated the system is MR Conditional.",
        "Static magnetic field: 1.5 T and 3.0 T only",
        "Max spatial field gradient: 19 T/m",
        "Max whole-body averaged SAR: 2 W/kg (Normal Operating Mode)",
        "Scan duration: up to 15 minutes continuous",
        "",
        "Doc NS-MR-0055 Rev C",
    ]], title="NS-MR-0055")
    attach_bin(m, sheet, "Norvane_5.5_MR_safety.pdf", "application", "pdf")
    add("phi", "self", m, "Richard Tolliver")

selfmail()

# =====================================================================
# phi-ids
# =====================================================================
def ids():
    # 001 MRN + DOB, implant log correction
    d = when(2025, 2, 26, 9, 33)
    body = """Denise - need a correction in the implant log before it goes to the registry.

Pt: Eleanor Pratt
MRN: 00482913
DOB 03/07/1949
DOS 02/24/2025, OR 5, Dr. Kaur, R THA

Log shows lot 2210-44A for the femoral stem but the sticker on the implant record says 2210-44B. The box was scanned from the shelf label, not the product label. I'll fix the log if you initial the correction.

Priya
"""
    m = mk(P["priya"], P["denise"], "implant log correction 2/24 OR 5", d, text=body, cte="7bit")
    add("phi", "ids", m, "Eleanor Pratt")

    # 002 Acct# + DOB ISO + claim #
    d = when(2025, 4, 3, 15, 11)
    txt = """Priya,

The payer denied the implant line on this one for missing invoice. Can you send me the Kestrel invoice so I can attach it to the corrected claim?

Patient: Marcus Whitfield
Acct# 7700-118-2234
DOB 1961-11-30
DOS 2025-02-11  (L TKA, Pruitt)
Claim # 24-881-00913, line 6 - C1776 joint device, billed $6,842.00
Denial CARC 16 / RARC M124

We have 90 days from the denial date (3/20) to resubmit.

Thanks!
Yolanda Price
Periop Billing Specialist
x3318
"""
    m = mk("Yolanda Price <yprice@%s>" % H, P["priya"], "Denied implant line - need invoice", d, text=txt,
           html=html_wrap(p_html(txt)))
    add("phi", "ids", m, "Marcus Whitfield")

    # 003 Med Rec No + D.O.B. dd Mon yyyy, tissue lookback
    d = when(2025, 8, 20, 10, 4)
    body = """Priya,

Tri-Rivers called this morning with a donor look-back on lot TRT-23-11902 (they say it's precautionary, a post-distribution donor test result). We received 4 grafts from that donor; only one was implanted here:

  Recipient: Marchand, Colette
  Med Rec No.: H0093381
  D.O.B.: 14 Feb 1972
  Graft: TRT-23-11902-02, femoral head allograft
  Implanted: 11 Mar 2025, OR 4, Dr. Kaur (acetabular reconstruction)

The remaining 3 were never opened and are quarantined in the tissue freezer, red tag. Dr. Kaur needs to be told today, and the bank wants our recipient notification plan within 5 business days. Can we meet at 2?

Howard

""" + SIG["howard"] + "\n\n" + DISCLAIMER + "\n"
    m = mk(P["howard"], P["priya"], "URGENT - tissue look-back TRT-23-11902", d, text=body, cc=P["kaur"],
           headers={"Importance": "High", "X-Priority": "1"})
    add("phi", "ids", m, "Colette Marchand")

    # 004 member ID / group / auth ref, prior auth for SCS implant
    d = when(2025, 9, 16, 11, 40)
    body = """Hi team,

Auth came back for the spinal cord stimulator permanent implant. Please attach to the case before Thursday or the implant will not be covered.

  Patient ........ Dwayne Kettering
  Member ID ...... XQH884712093
  Group .......... 00417-B
  Payer .......... Summit Crest Health Plan (commercial)
  Auth ref ....... PA-2025-0418873
  Valid .......... 09/15/2025 - 12/14/2025
  CPT ............ 63685, 63650 x2
  HCPCS .......... L8688 (generator), L8680 x16
  Surgeon ........ M. Haddad MD
  Site ........... BVMC Main OR

Trial was in July, 70% relief documented. The rep (Halcyon neuromod) is confirmed for the case.

Greg
"""
    m = mk(P["greg"], "Insurance Verification <insverify@%s>" % H, "SCS implant auth - Kettering", d, text=body,
           cc=P["tamsin"])
    add("phi", "ids", m, "Dwayne Kettering")

    # 005 address and phone with care
    d = when(2025, 10, 28, 14, 27)
    body = """Priya,

The recall letter to Vernon Stubbs came back undeliverable (RM-25-0418, Halcyon RV lead, implanted 9/9/2022 by Dr. Lowe). We have him at:

  41 Orchard Lane, Apt 3
  Millbrook, ST 04821
  Home (555) 014-2211 - disconnected
  Cell 555-013-9087 - voicemail full

His last device check in the pacer clinic was May. His emergency contact is a niece, Tonya Stubbs, 555-013-6620 - I haven't called her yet because I wasn't sure we're allowed to tell her about the recall. Can Howard weigh in?

Angela
Device Clinic
"""
    m = mk("Angela Ruiz <aruiz@%s>" % H, P["priya"], "RM-25-0418 returned letter", d, text=body, wrap=74, cc=P["howard"])
    add("phi", "ids", m, "Vernon Stubbs")

    # 006 initials only + chart # + case ID + DOB with dots
    d = when(2025, 1, 30, 16, 48)
    body = """Denise, Greg -

Need a waste report opened for OR 8 today. Wrong size screw opened and dropped into the field before the surgeon confirmed.

Chart #: 2019-44712
Case ID: OR-25-06613
Pt: R.K.  DOB 5.9.88
Item: Norvane 6.5 x 45 polyaxial screw, lot N22-5501, $1,140
Surgeon: Haddad

Scrub says she was handed the 45 instead of the 40. Screw is in the sharps bin in 8, I saved the box label.

Keisha
"""
    m = mk(P["keisha"], ", ".join([P["denise"], P["greg"]]), "waste report - OR 8", d, text=body, wrap=72)
    add("phi", "ids", m, "")

    # 007 SSN last four, DOB long form, Medicare MBI, encounter
    d = when(2025, 6, 2, 9, 58)
    txt = """Good morning,

Before we can schedule the lead revision for Mrs. Pauline Hartigan, registration needs updated coverage. She says she switched from the Advantage plan back to original Medicare in January.

  DOB: Jan 3rd, 1955
  SSN: xxx-xx-4471
  MBI on file: 4TR7-QK2-WN58
  Encounter # E25-0093310
  Phone: 555-013-7782

Can someone call her today? Dr. Lowe wants her on the schedule within 2 weeks.

Thanks,
Renee Castellano
Patient Access - Surgical Services
"""
    html = html_wrap("<p>Good morning,</p><p>Before we can schedule the lead revision for Mrs. Pauline Hartigan, "
                     "registration needs updated coverage. She says she switched from the Advantage plan back to "
                     "original Medicare in January.</p>"
                     + table_html([["DOB", "Jan 3rd, 1955"], ["SSN", "xxx-xx-4471"], ["MBI on file", "4TR7-QK2-WN58"],
                                   ["Encounter #", "E25-0093310"], ["Phone", "555-013-7782"]], header=False)
                     + "<p>Can someone call her today? Dr. Lowe wants her on the schedule within 2 weeks.</p>"
                     "<p>Thanks,<br>Renee Castellano<br>Patient Access - Surgical Services</p>")
    m = mk("Renee Castellano <rcastellano@%s>" % H, "Insurance Verification <insverify@%s>" % H,
           "Coverage update needed before scheduling", d, text=txt, html=html, cte="quoted-printable")
    add("phi", "ids", m, "Pauline Hartigan")

    # 008 label scan text + attached OCR txt
    d = when(2024, 10, 3, 12, 14)
    body = """Luis found an implant record sheet on the decon counter this morning, it must have come down stuck to a tray wrapper. Label text is below and the scan is attached. Can you match it back to the chart? The case was yesterday in 5.

PT: FARROW, ROSALIND   MRN 3318-0042   DOB 08/19/1940
FIN 88123341   ADM 10/02/2024   RM OR-5   ATT: KAUR, HARJIT

Denise
"""
    ocr = """IMPLANT RECORD - PERIOPERATIVE SERVICES            Page 1 of 1
BRANNOCK VALLEY MEDICAL CENTER

PT: FARROW, ROSALIND   MRN 3318-0042   DOB 08/19/1940   SEX F
FIN 88123341   ADM 10/02/2024   RM OR-5   ATT: KAUR, HARJIT

PROCEDURE: HEMIARTHROPLASTY RIGHT HIP
----------------------------------------------------------------
MFR       CATALOG        DESCRIPTION                LOT
KESTREL   KO-2210-12     FEM STEM CEMENTED 12       2210-51C
KESTREL   KO-2380-45     BIPOLAR HEAD 45MM          2380-09A
KESTREL   KO-2290-28     FEMORAL HEAD 28 +0         2290-17D
CEMENTEK  BC-40-02       BONE CEMENT 40G            BC2298C
----------------------------------------------------------------
CIRCULATOR: M. OYELARAN RN       SCRUB: T. GREER CST
"""
    m = mk(P["denise"], P["priya"], "found implant sheet - OR 5 yesterday", d, text=body)
    attach_text(m, ocr, "scan_0003_ocr.txt")
    add("phi", "ids", m, "Rosalind Farrow")

ids()
# =====================================================================
# phi-lists
# =====================================================================
def lists():
    # 001 typed text table with spaces - tomorrow's board
    d = when(2025, 3, 17, 15, 30)
    rows = [["RM", "TIME", "PATIENT", "AGE", "PROCEDURE", "SURGEON", "TRAYS / LOANERS"],
            ["4", "0730", "Hollis, Bernard", "71", "R TKA", "Pruitt", "Kestrel knee x4, cement"],
            ["4", "1015", "Ferreira-Lund, Ana", "64", "L TKA", "Pruitt", "Kestrel knee x4"],
            ["4", "1300", "Mbatha, Sipho", "58", "R UKA", "Pruitt", "Kestrel uni LOANER"],
            ["5", "0730", "Castellanos, Irma", "80", "L hemi hip", "Kaur", "Hip basic, bipolar"],
            ["5", "1000", "Doyle, Patrick J", "47", "ORIF R distal radius", "Kaur", "Small frag, wrist plate LOANER"],
            ["9", "0730", "Tran, Minh Quan", "52", "C5-6 ACDF", "Haddad", "Ant cervical, Norvane plates"],
            ["9", "1100", "Greenberg, Lillian", "69", "L4-5 lami/fusion", "Haddad", "Norvane 5.5 LOANER x3"],
            ["12", "0800", "Okoro, Chukwuemeka", "77", "DDD pacer insertion", "Lowe", "Pacer tray, Halcyon"]]
    body = """All - board for tomorrow (Tue 3/18) for the ortho/spine/EP rooms. Loaners flagged, Brent and Jenna both confirmed delivery by 1500 today.

""" + fixed_table(rows) + """

Greenberg may move to first case if Haddad's 0730 cancels - Tran is still waiting on medical clearance from PCP. I'll update by 1800.

Tamsin
"""
    m = mk(P["tamsin"], ", ".join([P["spd"], P["keisha"]]), "Tomorrow's board - ortho/spine/EP (Tue 3/18)", d, text=body, wrap=76)
    add("phi", "lists", m, "Bernard Hollis")

    # 002 CSV attachment - implant log export
    d = when(2025, 4, 1, 8, 20)
    rows = [["case_date", "mrn", "patient_name", "dob", "surgeon", "room", "mfr", "catalog", "description", "lot", "qty", "bill_only"],
            ["2025-03-03", "00521877", "Haskins, Dolores", "1948-06-02", "Pruitt", "OR4", "Kestrel", "KO-4410-3R", "Femoral CR sz5 R", "K24118-07", "1", "N"],
            ["2025-03-03", "00521877", "Haskins, Dolores", "1948-06-02", "Pruitt", "OR4", "Kestrel", "KO-4520-04", "Tibial baseplate sz4", "K24093-11", "1", "N"],
            ["2025-03-05", "00610342", "Quinones, Rafael", "1957-01-19", "Haddad", "OR9", "Norvane", "NS-55-6545", "Polyaxial screw 6.5x45", "N22-5510", "4", "Y"],
            ["2025-03-05", "00610342", "Quinones, Rafael", "1957-01-19", "Haddad", "OR9", "Norvane", "NS-55-R120", "Rod Ti 5.5x120", "N23-0117", "2", "Y"],
            ["2025-03-07", "00288104", "Abernathy-Cole, Judith", "1944-12-30", "Kaur", "OR5", "Kestrel", "KO-2210-12", "Fem stem cemented 12", "2210-51C", "1", "N"],
            ["2025-03-11", "00734419", "Delgado, Raymond", "1979-08-14", "Pruitt", "OR7", "Kestrel", "KO-AF-0812", "Ankle fibula plate 8h", "K24301-02", "1", "Y"],
            ["2025-03-12", "00401266", "Szabo, Gyorgy", "1951-03-27", "Lowe", "OR12", "Halcyon", "HCV-DR-200", "Pacemaker DR", "HCV884377", "1", "Y"],
            ["2025-03-12", "00401266", "Szabo, Gyorgy", "1951-03-27", "Lowe", "OR12", "Halcyon", "HCL-5852-52", "Pacing lead 52cm", "HL5852-2291", "2", "Y"],
            ["2025-03-14", "00599012", "Okafor, Wanda", "1960-10-05", "Pruitt", "OR4", "Kestrel", "KO-4630-411", "Insert CR 11mm sz4", "K24120-03", "1", "N"],
            ["2025-03-19", "00712355", "Khoury, Samir", "1966-04-21", "Haddad", "OR9", "Norvane", "NS-AC-1418", "ACDF plate 18mm", "N24-0331", "1", "Y"],
            ["2025-03-26", "00455790", "Ng, Wing Yee", "1970-09-09", "Kaur", "OR5", "Kestrel", "KO-SH-4402", "Shoulder stem sz 10", "K24210-05", "1", "N"]]
    body = """Greg,

March implant log export attached for the consignment reconciliation. 11 lines, 3 vendors. Bill-only lines are flagged Y. The Okafor insert is the corrected 11mm line.

Priya
"""
    m = mk(P["priya"], P["greg"], "March implant log export", d, text=body)
    attach_text(m, csv_text(rows), "implant_log_2025-03.csv", subtype="csv")
    add("phi", "lists", m, "Dolores Haskins")

    # 003 XLSX recall patient list
    d = when(2025, 5, 5, 16, 44)
    rows = [["Recall", "Lot", "Patient", "DOB", "MRN", "Implant date", "Surgeon", "Phone", "Letter sent", "Clinic contact", "Status"],
            ["RM-25-0331", "K7731-0420", "Fenwick, Harold", "1950-07-12", "00388120", "2024-02-02", "Kaur", "555-013-4410", "2025-05-02", "", "Open"],
            ["RM-25-0332", "K6650-0918", "Quill, Marjorie", "1957-04-11", "00501972", "2024-01-15", "Pruitt", "555-0187", "2025-05-02", "LVM x2", "Open"],
            ["RM-25-0332", "K6650-0918", "Baptiste, Lucienne", "1962-02-28", "00544718", "2024-02-20", "Pruitt", "555-013-5530", "2025-05-02", "2025-05-05 spoke w/ pt", "Appt 5/19"],
            ["RM-25-0332", "K6650-0921", "Hrabowski, Tadeusz", "1945-11-03", "00467003", "2024-03-08", "Kaur", "555-013-2261", "2025-05-02", "", "Open"],
            ["RM-25-0332", "K6650-0921", "Ellison, Mae", "1953-05-17", "00490237", "2024-04-22", "Pruitt", "555-013-9044", "2025-05-02", "deceased 2024-11", "Closed"],
            ["RM-25-0332", "K6650-0930", "Farouk, Ahmed", "1968-08-30", "00612588", "2024-06-10", "Kaur", "555-013-7319", "2025-05-02", "2025-05-05 spoke w/ wife", "Appt 5/21"]]
    txt = """Howard, Dr. Pruitt, Dr. Kaur -

Attached is the working list for the Kestrel knee and liner recalls (RM-25-0331 / 0332). Six patients total. Letters went out 5/2. Ortho clinic is calling everyone, status column is current as of this afternoon.

Ms. Ellison passed away last November (unrelated per chart) - marked closed.

Priya
"""
    m = mk(P["priya"], ", ".join([P["howard"], P["pruitt"], P["kaur"]]), "Kestrel recall patient list - updated 5/5", d,
           text=txt, html=html_wrap(p_html(txt)))
    attach_bin(m, make_xlsx(rows, "Recall patients"), "Kestrel_recall_patients_0505.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    add("phi", "lists", m, "Harold Fenwick")

    # 004 DOCX - add-on list and pending carts
    d = when(2025, 8, 4, 19, 12)
    blocks = [("b", "ADD-ON LIST - Monday 08/04/2025 (evening)"),
              "Updated 1900 by T. Reilly. SPD: carts marked PENDING need to be pulled before 2000.",
              ("t", [["Order", "Patient", "MRN", "Procedure", "Surgeon", "Room", "Cart"],
                     ["1", "Whitlock, Emery", "00801223", "I&D R knee, poly exchange", "Kaur", "7", "PULLED"],
                     ["2", "Alvarado, Jesús", "00799541", "ORIF L hip IM nail", "Pruitt", "7", "PENDING - needs long nail set"],
                     ["3", "Petrenko, Halyna", "00802010", "Lead revision RV", "Lowe", "12", "PENDING - Halcyon rep paged"],
                     ["4", "Bello, Adaeze", "00656118", "Removal infected hardware L ankle", "Pruitt", "7", "PENDING"],
                     ["5", "Lam, Kevin", "00803377", "Washout lumbar wound", "Haddad", "9", "PULLED"]]),
              "Anesthesia is staffing 7 and 9 until 2300. 12 is on call only.",
              "Call OR desk x3350 with changes."]
    body = """SPD - tonight's add-on list attached. #2 needs the long nail set from the Westfield site, courier is on the way. #4 - Dr. Pruitt wants the broken screw removal set, same as last week.

Tamsin
"""
    m = mk(P["tamsin"], P["spd"], "Add-ons tonight 8/4", d, text=body, cc=P["keisha"])
    attach_bin(m, make_docx(blocks), "Addon_list_0804.docx", "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")
    add("phi", "lists", m, "Emery Whitlock")

    # 005 PDF printed case list (block schedule with patients)
    d = when(2025, 9, 26, 10, 2)
    lines = ["BRANNOCK VALLEY MEDICAL CENTER                      SURGERY CASE LIST",
             "Service: ORTHOPAEDICS    Block: KAUR H (OR 5)    Date range: 09/29/2025 - 10/03/2025",
             "Printed 09/26/2025 09:58 by TREILLY",
             "-" * 92,
             "DATE   START  PATIENT                    MRN       AGE  PROCEDURE                   PREF CARD",
             "-" * 92,
             "09/29  0730   MORALES-DIAZ, CATALINA     00712290  61   R TSA                       KAUR-SH-02",
             "09/29  1030   WOJCIK, EDWARD             00301844  74   L THA ANTERIOR              KAUR-HIP-04",
             "09/29  1330   ABIOLA, FOLASADE           00689931  55   R CARPAL TUNNEL RELEASE     KAUR-HAND-01",
             "10/01  0730   HENDRICKS, GAIL            00598871  68   L TKA                       KAUR-KN-01",
             "10/01  1015   THORNTON, BEATRICE         00455102  72   R TKA REVISION ALL COMP     KAUR-KN-REV",
             "10/01  1400   PHAM, VAN LONG             00810034  49   ORIF R ANKLE BIMAL          KAUR-FX-02",
             "10/03  0730   MACLEOD, FIONA             00633409  66   R THA POSTERIOR             KAUR-HIP-02",
             "10/03  1030   RASHIDI, PARISA            00790118  58   L SHOULDER SCOPE RCR        KAUR-SH-05",
             "-" * 92,
             "Total cases: 8      Block utilization (scheduled): 91%",
             "",
             "CONFIDENTIAL - contains patient information. Do not leave unattended."]
    body = """Jordan, Brent -

Case list for Dr. Kaur's block next week attached. Thornton on 10/1 is the revision - Brent, please confirm the revision system loaner by Monday. Morales-Diaz's shoulder is the first one on the new stemless implant so we'll need you in the room.

Tamsin

""" + SIG["tamsin"] + "\n"
    m = mk(P["tamsin"], ", ".join([P["jpike"], P["brent"]]), "Kaur block 9/29-10/3 case list", d, text=body)
    attach_bin(m, make_pdf([lines], title="Surgery Case List - KAUR"), "CaseList_KAUR_0929-1003.pdf", "application", "pdf")
    add("phi", "lists", m, "Catalina Morales-Diaz")

    # 006 bar-separated loaner tracking, multipart
    d = when(2025, 11, 12, 14, 18)
    rows = [["Loaner", "Vendor", "For patient", "Case date", "Surgeon", "Arrived", "Status"],
            ["Revision knee (6 trays)", "Kestrel", "Thornton, Beatrice", "11/14", "Kaur", "11/12 0900", "In decon"],
            ["Long IM nail (3)", "Kestrel", "Yusupova, Dilnoza", "11/14", "Pruitt", "not yet", "ETA 11/13 AM"],
            ["MIS lumbar (4)", "Norvane", "O'Hara, Declan", "11/15", "Haddad", "11/11 1600", "Sterile, on shelf"],
            ["Cervical plate (2)", "Norvane", "Santiago, Rosario", "11/15", "Haddad", "11/12 1130", "Assembly"],
            ["Extraction kit", "Halcyon", "Kim, Soo-ah", "11/17", "Lowe", "n/a - disposable", "Rep bringing"]]
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    bar = "\n".join("| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |" for r in rows)
    sep = "|" + "|".join("-" * (x + 2) for x in w) + "|"
    bl = bar.split("\n")
    bar = "\n".join([bl[0], sep] + bl[1:])
    txt = """Loaner status as of 1400. Reminder that anything arriving after 1500 the day before the case has to go through IUSS or the case moves - the long nail set for Ms. Yusupova is the one I'm worried about.

""" + bar + """

Luis
SPD Lead
"""
    html = html_wrap("<p>Loaner status as of 1400. Reminder that anything arriving after 1500 the day before the case "
                     "has to go through IUSS or the case moves - the long nail set for Ms. Yusupova is the one I&#39;m "
                     "worried about.</p>" + table_html(rows) + "<p>Luis<br>SPD Lead</p>")
    m = mk(P["luis"], ", ".join([P["denise"], P["priya"], P["tamsin"]]), "Loaner status Wed 11/12", d, text=txt, html=html)
    add("phi", "lists", m, "Beatrice Thornton")

    # 007 ZIP with tissue log csv + tab separated body excerpt
    d = when(2025, 7, 1, 9, 5)
    rows = [["Date", "Graft ID", "Tissue", "Bank", "Recipient", "MRN", "Surgeon", "Disposition", "RIR returned"],
            ["06/03/2025", "TRT-22-08813-05", "Cancellous chips 30cc", "Tri-Rivers", "Ashby, Gerald", "00731154", "Haddad", "Implanted", "06/18/2025"],
            ["06/03/2025", "TRT-22-08813-06", "Cancellous chips 30cc", "Tri-Rivers", "", "", "Haddad", "Wasted - contaminated", "06/18/2025"],
            ["06/10/2025", "AB-7719-0031", "Achilles tendon", "Allobank West", "Osei, Kwabena", "00744102", "Pruitt", "Implanted", "06/12/2025"],
            ["06/17/2025", "TRT-24-00412-01", "DBM putty 10cc", "Tri-Rivers", "Lindgren, Astrid", "00618830", "Haddad", "Implanted", "06/20/2025"],
            ["06/24/2025", "AB-7730-0102", "Femoral head", "Allobank West", "Villanueva, Corazon", "00752216", "Kaur", "Implanted", "pending"],
            ["06/27/2025", "TRT-24-00488-03", "Fresh-frozen fibula", "Tri-Rivers", "Dubois, Marc-Antoine", "00760045", "Pruitt", "Implanted", "pending"]]
    tab = "\n".join("\t".join(r) for r in rows[:1] + rows[-2:])
    body = """Howard,

June tissue log for the quarterly tissue committee packet is zipped up (the mail filter keeps stripping the .csv by itself).

Two RIRs still outstanding - copied here:

""" + tab + """

I'll chase both this week.

Priya
"""
    zdata = make_zip([("tissue_log_2025-06.csv", csv_text(rows)),
                      ("README.txt", "Tissue log export, June 2025. Source: Perioperative tissue tracking binder + SurgiTrack.\r\n")],
                     dt=(2025, 7, 1, 8, 55, 0))
    m = mk(P["priya"], P["howard"], "June tissue log", d, text=body)
    attach_bin(m, zdata, "tissue_log_2025-06.zip", "application", "zip")
    add("phi", "lists", m, "Gerald Ashby")

lists()
# =====================================================================
# phi-struct
# =====================================================================
def struct():
    # 001 HL7 SIU pasted in body
    d = when(2025, 3, 18, 6, 31)
    hl7 = "\n".join([
        "MSH|^~\\&|SURGITRACK|BVMC|ADT_CORE|BVMC|20250318061502||SIU^S12^SIU_S12|ST2503180044|P|2.5.1",
        "SCH|OR-25-12004|OR-25-12004|||||ELECTIVE^Elective|ORTHO|120|MIN|^^120^20250320073000^20250320093000|||||TREILLY^REILLY^TAMSIN|||||||||BOOKED",
        "PID|1||00734880^^^BVMC^MR||KOWALSKI^DOROTA^M||19630412|F|||88 BIRCH HOLLOW RD^^MILLBROOK^ST^04822||(555)013-8841|||M||A250318771",
        "PV1|1|O|OR5^^^BVMC||||1182^KAUR^HARJIT^^^^MD|||ORT",
        "RGS|1",
        "AIS|1||27447^ARTHROPLASTY KNEE TOTAL^CPT4|20250320073000|0|MIN|120|MIN",
        "AIG|1||1182^KAUR^HARJIT|SURGEON",
        "AIL|1||OR5^^^BVMC|OPROOM",
        "NTE|1||PREF CARD KAUR-KN-01 RIGHT; KESTREL CONSIGNMENT; NO LOANER",
    ])
    body = """Hi Tamsin,

The overnight interface queue has one SIU from SurgiTrack that errored into the ADT side, so this case isn't showing on the pre-op board. Error was:

  AE|AIS-3 procedure code 27447 missing laterality modifier (RT/LT) - rejected by rule PRC-014

Raw message below. If you add the laterality in SurgiTrack and re-save the case it will resend. Let me know if it doesn't cross in 10 min.

""" + hl7 + """

Thanks,
Owen Marsh
Interface Analyst, IS Integration
x4410
"""
    m = mk("Owen Marsh <omarsh@%s>" % H, P["tamsin"], "SIU error - OR-25-12004 not on pre-op board", d, text=body,
           cc=P["interfaces"])
    add("phi", "struct", m, "Dorota Kowalski")

    # 002 HL7 DFT attached (.hl7, CR separators)
    d = when(2025, 5, 15, 10, 22)
    segs = [
        "MSH|^~\\&|SURGITRACK|BVMC|CHARGEMASTER|BVMC|20250514183307||DFT^P03^DFT_P03|ST2505140912|P|2.5.1",
        "EVN|P03|20250514183307",
        "PID|1||00610342^^^BVMC^MR~118-40-7721^^^SSA^SS||QUINONES^RAFAEL^A||19570119|M|||1404 CANAL ST APT 2B^^MILLBROOK^ST^04820||(555)013-3308|||S||A250509120",
        "PV1|1|I|4W^412^B^BVMC||||2207^HADDAD^MARIAM^^^^MD|||NSG||||||||IN|V250509120",
        "FT1|1|||20250509|20250514|CG|2780001^IMPLANT SPINE SCREW POLYAXIAL^BVMCCDM|||4|||||||||||||||||NS-55-6545|C1713",
        "FT1|2|||20250509|20250514|CG|2780002^IMPLANT SPINE ROD TI^BVMCCDM|||2|||||||||||||||||NS-55-R120|C1713",
        "FT1|3|||20250509|20250514|CG|2780017^IMPLANT SET SCREW^BVMCCDM|||4|||||||||||||||||NS-55-SS01|C1713",
        "FT1|4|||20250509|20250514|CG|2780044^IMPLANT INTERBODY CAGE PEEK^BVMCCDM|||1|||||||||||||||||NS-TL-1012|C1713",
    ]
    body = """Yolanda,

Here's the DFT for Quinones that finally crossed last night (it was stuck on the bill-only PO match). It's 4 FT1s, all C1713. Can you confirm the charges landed on the inpatient account and not the pre-admit one? The PV1 shows the V number so it should be right.

Owen
"""
    m = mk("Owen Marsh <omarsh@%s>" % H, "Yolanda Price <yprice@%s>" % H, "DFT resend - Quinones bill-only", d, text=body)
    attach_bin(m, ("\r".join(segs) + "\r").encode("ascii"), "DFT_ST2505140912.hl7", "application", "hl7-v2")
    add("phi", "struct", m, "Rafael Quinones")

    # 003 X12 837I attached
    d = when(2025, 4, 9, 16, 5)
    x = [
        "ISA*00*          *00*          *ZZ*BVMC0419       *ZZ*SCHPCLAIMS     *250409*1530*^*00501*000004471*0*P*:",
        "GS*HC*BVMC0419*SCHPCLAIMS*20250409*1530*4471*X*005010X223A2",
        "ST*837*0001*005010X223A2",
        "BHT*0019*00*BV250409-0017*20250409*1530*CH",
        "NM1*41*2*BRANNOCK VALLEY MEDICAL CENTER*****46*BVMC0419",
        "PER*IC*PERIOP BILLING*TE*5550143318",
        "NM1*40*2*SUMMIT CREST HEALTH PLAN*****46*SCHP01",
        "HL*1**20*1",
        "NM1*85*2*BRANNOCK VALLEY MEDICAL CENTER*****XX*1999988877",
        "N3*1200 RIVER VALLEY PKWY",
        "N4*MILLBROOK*ST*04820",
        "REF*EI*990011223",
        "HL*2*1*22*0",
        "SBR*P*18*00417B******CI",
        "NM1*IL*1*WHITFIELD*MARCUS*J***MI*XQH771204556",
        "N3*219 LARKSPUR DR",
        "N4*MILLBROOK*ST*04821",
        "DMG*D8*19611130*M",
        "NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*SCHP01",
        "CLM*7700118223401*48213.55***13:A:7**A*Y*Y",
        "DTP*434*RD8*20250211-20250213",
        "CL1*2*1*01",
        "REF*F8*24-881-00913",
        "HI*ABK:M1712",
        "HI*BBR:0SRD0JZ:D8:20250211",
        "NM1*71*1*PRUITT*ALAN****XX*1999900112",
        "LX*1",
        "SV2*0360*HC:27447:LT*28400*UN*1",
        "LX*2",
        "SV2*0278*HC:C1776*6842*UN*1",
        "REF*ZZ*KESTREL INV 88410227",
        "LX*3",
        "SV2*0120**9600*DA*2",
        "SE*33*0001",
        "GE*1*4471",
        "IEA*1*000004471",
    ]
    body = """Priya - corrected 837I for Whitfield with the implant invoice number added on the C1776 line (REF*ZZ). Frequency code 7, original claim ref in REF*F8. File attached, going out in tonight's batch unless you see something wrong with the implant line.

Yolanda
"""
    m = mk("Yolanda Price <yprice@%s>" % H, P["priya"], "corrected claim - Whitfield 837I", d, text=body)
    attach_text(m, "~\n".join(x) + "~\n", "BV250409-0017_837I.x12", subtype="plain", charset="us-ascii")
    add("phi", "struct", m, "Marcus Whitfield")

    # 004 X12 271 pasted
    d = when(2025, 9, 15, 13, 42)
    x271 = "~\n".join([
        "ISA*00*          *00*          *ZZ*SCHPELIG       *ZZ*BVMC0419       *250915*1338*^*00501*000188201*0*P*:",
        "GS*HB*SCHPELIG*BVMC0419*20250915*1338*188201*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*EL25091512*20250915*1338",
        "HL*1**20*1",
        "NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*SCHP01",
        "HL*2*1*21*1",
        "NM1*1P*2*BRANNOCK VALLEY MEDICAL CENTER*****XX*1999988877",
        "HL*3*2*22*0",
        "TRN*2*EL25091512*9BVMC00419",
        "NM1*IL*1*KETTERING*DWAYNE*L***MI*XQH884712093",
        "N3*7 QUARRY RIDGE CT",
        "N4*MILLBROOK*ST*04823",
        "DMG*D8*19740522*M",
        "DTP*346*D8*20250101",
        "EB*1*IND*30**GOLD PPO 1500",
        "EB*C*IND*30***23*1500*****Y",
        "EB*C*IND*30***29*212.40*****Y",
        "EB*G*IND*30***23*4500*****Y",
        "EB*A*IND*2***27**0.2****Y",
        "MSG*PRIOR AUTHORIZATION REQUIRED FOR IMPLANTABLE NEUROSTIMULATOR",
        "SE*21*0001",
        "GE*1*188201",
        "IEA*1*000188201"]) + "~"
    body = """Greg,

271 for Kettering came back active. Deductible is almost met ($212.40 remaining), 20% coinsurance on outpatient surgery, and the payer message confirms the stimulator needs prior auth, which you already have (PA-2025-0418873). Raw response pasted below for the auth folder.

""" + x271 + """

- Nadia
Insurance Verification
"""
    m = mk("Nadia Haddou <nhaddou@%s>" % H, P["greg"], "RE: SCS implant auth - Kettering", d, text=body, cte="quoted-printable")
    add("phi", "struct", m, "Dwayne Kettering")

    # 005 FHIR JSON attached
    d = when(2025, 10, 7, 11, 18)
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": "2025-10-07T10:55:12-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:5b0e2c1a-7f3e-4d8a-9b6a-2f4c1e7a9d10",
             "resource": {"resourceType": "Patient", "id": "pt-00790118",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "00790118",
                                          "type": {"text": "MRN"}}],
                          "name": [{"family": "Rashidi", "given": ["Parisa"]}],
                          "gender": "female", "birthDate": "1967-02-14",
                          "telecom": [{"system": "phone", "value": "555-013-6012", "use": "mobile"}]}},
            {"fullUrl": "urn:uuid:9d2f4a77-0c13-4bde-8e0a-61c0b9a2f3e4",
             "resource": {"resourceType": "Device", "id": "dev-kestrel-anchor-01",
                          "udiCarrier": [{"deviceIdentifier": "00812345067891",
                                          "carrierHRF": "(01)00812345067891(17)270930(10)KA2291-08"}],
                          "manufacturer": "Kestrel Orthopedics", "lotNumber": "KA2291-08",
                          "expirationDate": "2027-09-30",
                          "deviceName": [{"name": "Knotless suture anchor 4.75mm", "type": "user-friendly-name"}],
                          "patient": {"reference": "Patient/pt-00790118"}}},
            {"fullUrl": "urn:uuid:c41e8b09-2a6d-4f71-93c2-7d5e0a1b6f22",
             "resource": {"resourceType": "Procedure", "id": "proc-OR-25-18831", "status": "completed",
                          "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29827",
                                               "display": "Arthroscopy, shoulder, surgical; with rotator cuff repair"}]},
                          "subject": {"reference": "Patient/pt-00790118"},
                          "performedDateTime": "2025-10-03T10:42:00-05:00",
                          "performer": [{"actor": {"display": "Harjit Kaur, MD"}}],
                          "focalDevice": [{"action": {"text": "implanted"},
                                           "manipulated": {"reference": "Device/dev-kestrel-anchor-01"}}]}}]}
    body = """Hi Priya,

This is the test output from the new implant-to-registry feed for one of last week's cases (OR-25-18831). Before we turn it on for real, can you check the Device entry against your implant log - especially the lot and the UDI string - and tell me if anything is off? Two anchors were used but only one Device came through, I think the scanner merged them.

JSON attached.

Thanks,
Owen
"""
    m = mk("Owen Marsh <omarsh@%s>" % H, P["priya"], "registry feed - FHIR output for review", d, text=body)
    attach_bin(m, (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
               "OR-25-18831_bundle.json", "application", "fhir+json")
    add("phi", "struct", m, "Parisa Rashidi")

    # 006 key: value form - explanted device return
    d = when(2025, 2, 5, 10, 46)
    body = """EXPLANTED DEVICE / RETURNED PRODUCT FORM
Brannock Valley Medical Center - Perioperative Services

Patient Name:        Ortiz-Bell, Arturo
MRN:                 00802551
DOB:                 11/02/1949
Date of Procedure:   02/03/2025
Procedure:           Transvenous lead extraction, generator removal
Surgeon:             Sebastian Lowe, MD
OR Room:             12
Device(s):           Halcyon Vireo DR generator SN HCV772019
                     RA lead HL5852-52 SN HL5852-1180
                     RV lead HL6940-58 SN HL6940-0417
Reason for Explant:  Lead malfunction / high thresholds
Patient Outcome:     Expired 02/04/2025 (CVICU)
Returned To:         Halcyon Cardiac - Returned Product Analysis
RGA #:               HC-RGA-25-00871
Decontaminated:      Yes - SPD, 02/04/2025 09:20, L. Carrasco
Family Consent:      Yes, per attending note 02/04/2025
Released By:         P. Natarajan, CRCST
Received By:         C. Abrams (Halcyon)
Date/Time:           02/05/2025 10:30
"""
    m = mk(P["priya"], ", ".join([P["chris"], P["howard"]]), "Returned product form - HC-RGA-25-00871", d, text=body)
    add("phi", "struct", m, "Arturo Ortiz-Bell")

    # 007 fixed-width export, attached .txt plus explanation
    d = when(2025, 12, 1, 5, 52)
    def fw(*vals):
        widths = [10, 4, 4, 12, 24, 10, 8, 1, 28, 10, 1]
        return "".join(str(v)[:w].ljust(w) for v, w in zip(vals, widths)).rstrip()
    recs = [fw("OR25-20411", "OR04", "0730", "00833017", "HARGROVE,LEONARD", "19520308", "20251202", "M", "TKA R", "PRUITT", "Y"),
            fw("OR25-20412", "OR04", "1000", "00620418", "VASQUEZ,MARIA DEL CARMEN", "19590717", "20251202", "F", "TKA L", "PRUITT", "N"),
            fw("OR25-20415", "OR05", "0730", "00834400", "ADEBAYO,TEMITOPE", "19800129", "20251202", "F", "ORIF L TIB PLATEAU", "KAUR", "Y"),
            fw("OR25-20416", "OR05", "1100", "00512233", "KRAWCZYK,STANISLAW", "19461111", "20251202", "M", "THA L ANT", "KAUR", "N"),
            fw("OR25-20420", "OR09", "0730", "00790551", "BUI,THANH HUONG", "19710404", "20251202", "F", "ACDF C4-6", "HADDAD", "Y"),
            fw("OR25-20424", "OR12", "0800", "00401266", "SZABO,GYORGY", "19510327", "20251202", "M", "GEN CHANGE DDD", "LOWE", "N")]
    layout = """SURGITRACK NIGHTLY EXPORT - CASEFILE.DAT  (record length 112)
pos 1-10 case id | 11-14 room | 15-18 start | 19-30 MRN | 31-54 name | 55-64 DOB yyyymmdd
65-72 case date | 73 sex | 74-101 procedure | 102-111 surgeon | 112 loaner flag
"""
    body = """Morning - the 0500 CASEFILE.DAT export to the instrument tracking system (TrayTrak side) cut the procedure field at 28 characters after last night's SurgiTrack patch, so the procedure text no longer matches the pref cards and the case carts for 12/2 didn't auto-build. First six records are pasted below, full file attached. Layout is in the header.

""" + "\n".join(recs) + """

Can SPD build carts for these manually off the pref cards this morning? I'll have the vendor look at the field lengths.

Owen Marsh
IS Integration
"""
    m = mk("Owen Marsh <omarsh@%s>" % H, ", ".join([P["spd"], P["denise"]]), "case cart auto-build failed - 12/2 cases", d,
           text=body, cc=P["tamsin"])
    attach_text(m, layout + "\n".join(recs) + "\n", "CASEFILE_20251202.DAT", subtype="plain", charset="us-ascii")
    add("phi", "struct", m, "Leonard Hargrove")

struct()
# =====================================================================
# phi-lang
# =====================================================================
def lang():
    # 001 Spanish - daughter writes, bilingual nurse replies with English note
    d0 = when(2025, 11, 17, 16, 20)
    d = when(2025, 11, 18, 8, 5)
    orig = """Buenas tardes,

Mi mamá, Rosa Elena Quintanilla, tiene cirugía de la rodilla derecha este jueves con el Dr. Pruitt. Ella no habla inglés. ¿A qué hora tenemos que llegar? La enfermera dijo que no puede tomar su pastilla de la presión en la mañana, pero su doctor dice que sí. ¿Y la metformina? Su fecha de nacimiento es 12/03/1951 por si la necesitan.

También queremos saber si le van a dar la tarjeta del implante, porque mi hermano dice que la necesita para pasar por el aeropuerto.

Gracias,
Lorena (hija)
555-013-2204"""
    body = """Tamsin - FYI, contesté abajo. Llegada 0530 para el caso de las 0730 en sala 4. I told her to hold the metformin morning of and take the BP pill with a sip of water per anesthesia's note. Interpreter requested for pre-op.

Hola Lorena,

La cirugía de su mamá está programada para las 7:30 de la mañana. Deben llegar a las 5:30 a la entrada principal, "Surgery Check-In". La mañana de la cirugía puede tomar la pastilla de la presión con un traguito de agua, pero NO debe tomar la metformina. Nada de comer ni beber después de la medianoche.

Sí, después de la cirugía le damos la tarjeta del implante de rodilla con el nombre y número de lote. Si no se la dan en el hospital, llega por correo en 2-3 semanas. Vamos a tener intérprete de español en pre-op.

Saludos,
Marisol Ferreira, RN
Pre-Admission Testing / Pruebas Prequirúrgicas
555-014-3391

El """ + d0.strftime("%d/%m/%Y") + """, Lorena Quintanilla <loreq@mailbox.example> escribió:
""" + quote(orig) + "\n"
    m = mk(P["marisol"], "Lorena Quintanilla <loreq@mailbox.example>", "RE: Cirugía de mi mamá el jueves", d, text=body, wrap=72,
           cc=P["tamsin"])
    add("phi", "lang", m, "Rosa Elena Quintanilla")

    # 002 Russian, koi8-r base64
    d = when(2025, 10, 29, 20, 41)
    body = """Здравствуйте!

Пишу по поводу моего отца.
Пациент: Ливенцев Борис Аркадьевич, дата рождения 17.09.1941.

В вашей больнице в сентябре 2022 года ему поставили кардиостимулятор (доктор Лоу). На прошлой неделе мы получили письмо об отзыве электрода (номер RM-25-0418), но отец плохо читает по-английски, и я не всё понял. Нужна ли ему повторная операция? Сейчас он чувствует себя нормально, но иногда кружится голова, особенно утром.

Когда можно записаться на проверку устройства? Я могу привезти его в любой день после 15:00.

С уважением,
Дмитрий Ливенцев (сын)
тел. 555-013-4478
"""
    m = mk("Дмитрий Ливенцев <d.liventsev@northmail.example>", P["implants"], "Письмо об отзыве — Ливенцев Б.А.", d,
           text=body, charset="koi8-r", cte="base64")
    add("phi", "lang", m, "Ливенцев Борис Аркадьевич")

    # 003 Vietnamese mixed English, staff to staff
    d = when(2025, 6, 25, 13, 7)
    body = """Chị Kim ơi,

Case của bà Trần Thị Mai chiều nay phòng 5, Dr. Kaur cần revision tray + extra curettes như lần trước. Tray revision mới ra khỏi sterilizer lúc 1 giờ, còn đang cool down, khoảng 1:45 mới dùng được. Bà ấy là case thứ hai sau cái hip, nên chắc kịp.

Nếu Dr. Kaur hỏi thì nói giúp em là BI đã pass rồi nha, load record em để trên cart. Kestrel poly trials em cũng bỏ vào cart luôn rồi.

Em Châu
SPD x3310
"""
    m = mk("Nguyen Bao Chau <bcnguyen@%s>" % H, "Kim Tran <ktran@%s>" % H, "case chiều nay phòng 5", d, text=body)
    add("phi", "lang", m, "Trần Thị Mai")

    # 004 Chinese gb2312 base64
    d = when(2025, 8, 26, 21, 15)
    body = """您好，

我父亲王建国（出生日期：1950年3月8日，病历号 00815520）预定本周五在贵院做右侧髋关节置换手术，主刀医生是Kaur医生。想请问：

1. 手术几点开始？我们几点需要到医院？
2. 他平时每天吃阿司匹林，手术前需要停几天？
3. 手术后会给植入物卡吗？

我父亲不会说英语，手术当天能否安排普通话翻译？

谢谢！
王丽（女儿）
电话：555-013-8890
"""
    m = mk("Wang Li <wangli.home@postbox.example>", P["orsched"], "关于我父亲周五的手术", d, text=body,
           charset="gb2312", cte="base64")
    add("phi", "lang", m, "王建国")

    # 005 Arabic windows-1256 + English
    d = when(2025, 6, 3, 18, 30)
    body = """السلام عليكم،

والدي خالد منصور الحسيني أجرى عملية تثبيت فقرات الظهر مع الدكتورة حداد يوم 12 مايو. وصلتنا رسالة من المستشفى تطلب تأكيد رقم القطعة المزروعة وموعد للمتابعة. والدي لا يقرأ الإنجليزية، وما زال يشعر بألم في الساق اليسرى بعد العملية.

هل يمكنكم الاتصال بي على الرقم 555-013-9921؟

Dear team, sorry my English is not good. My father Khaled Al-Husseini had back surgery on May 12 with Dr. Haddad. We got the letter about the implant lot. He still has pain in the left leg. Please call me.

أحمد الحسيني
Ahmed Al-Husseini
"""
    m = mk("Ahmed Al-Husseini <ahmed.husseini@mailbox.example>", P["implants"], "رسالة بخصوص عملية والدي / letter about my father", d,
           text=body, charset="windows-1256", cte="base64")
    add("phi", "lang", m, "خالد منصور الحسيني")

    # 006 Portuguese, forwarded as message/rfc822
    d0 = when(2025, 7, 14, 9, 12)
    d = when(2025, 7, 14, 10, 30)
    inner_body = """Bom dia,

Meu nome é Ana Lúcia Ferreira Gomes, fiz cirurgia no ombro esquerdo no dia 3 de junho com a Dra. Kaur (colocaram uma prótese). Até agora não recebi o cartão do implante. Vou viajar para o Brasil em agosto e me disseram que preciso do cartão no aeroporto por causa do detector de metal.

Minha data de nascimento é 09/05/1966. Meu endereço mudou: agora é 230 Elm Street, apto 5, Millbrook.

Também queria saber se é normal o ombro ainda estalar quando levanto o braço.

Obrigada,
Ana Lúcia
"""
    inner = mk("Ana Lucia Gomes <analucia.gomes@mailbox.example>", P["orsched"], "Cartão do implante - cirurgia do ombro", d0,
               text=inner_body, charset="iso-8859-1", cte="quoted-printable")
    body = """Priya,

Forwarding a patient email that came to the scheduling box (in Portuguese). Quick translation: Ana Lúcia Ferreira Gomes, L shoulder replacement 6/3 with Dr. Kaur, never got her implant card, traveling to Brazil in August. DOB 9 May 1966 (she wrote it day/month). New address in her message. She also asks if clicking in the shoulder is normal - I'll pass that to Jordan for Dr. Kaur's clinic.

Can you reissue the card to the new address?

Renata
"""
    m = mk(P["renata"], P["priya"], "FW: Cartão do implante - cirurgia do ombro", d, text=body, cc=P["jpike"])
    attach_msg(m, inner)
    add("phi", "lang", m, "Ana Lúcia Ferreira Gomes")

    # 007 Haitian Creole with French subject, HTML + text
    d = when(2025, 11, 16, 22, 4)
    txt = """Bonjou,

Mwen se pitit fi Madan Jeanne-Marie Pierre-Louis (dat nesans li se 22/06/1948). Manman m te fè operasyon ranplasman jenou goch li lendi pase, 10 novanm, avèk Dr. Pruitt.

Depi li rive lakay, janm nan anfle anpil epi li te gen ti lafyèv yè swa. Pansman an mouye tou. Èske nou dwe retounen lopital la oswa rele klinik la demen maten?

Yo te di nou y ap voye kat enplan an pa lapòs, men nou poko resevwa l.

Mèsi anpil,
Nadège Pierre-Louis
555-013-7740
"""
    m = mk("Nadège Pierre-Louis <nadege.pl@northmail.example>", P["implants"],
           "Demande d'information – opération de ma mère", d, text=txt, html=html_wrap(p_html(txt)),
           charset="iso-8859-1", html_charset="utf-8", cte="quoted-printable", html_cte="base64")
    add("phi", "lang", m, "Jeanne-Marie Pierre-Louis")

    # 008 Tagalog / English mix
    d = when(2025, 9, 9, 9, 48)
    body = """Ate Joy,

Yung patient natin si Mr. Reynaldo Bautista sa room 4, na-cancel yung TKA niya kanina kasi sobrang taas ng BP sa pre-op, 190/110 pa rin after ng meds. Pinauwi na siya ni Dr. Pruitt, babalik daw next week after ma-adjust ng PCP niya yung gamot.

Pakisabi kay Luis na i-return na yung Kestrel knee trays sa core, pero wag muna ibalik yung loaner kay Brent kasi gagamitin ulit for him. Na-open na yung cement pero hindi pa nabuksan yung implants, so walang waste.

Salamat po!
Cha

Charisse Manalo, RN
Main OR - Room 4
"""
    m = mk("Charisse Manalo <cmanalo@%s>" % H, "Joy Dizon <jdizon@%s>" % H, "rm 4 cancelled - Bautista", d, text=body, wrap=72,
           cc=P["keisha"])
    add("phi", "lang", m, "Reynaldo Bautista")

lang()
# =====================================================================
# clean-staff
# =====================================================================
def staff():
    # 001 weekend coverage
    d = when(2025, 3, 6, 14, 22)
    rows = [["Day", "Shift", "Tech", "Cred", "Cell"],
            ["Sat 3/8", "0600-1430", "Luis Carrasco", "CRCST", "555-014-7720"],
            ["Sat 3/8", "1400-2230", "Bao Chau Nguyen", "CRCST", "555-014-7725"],
            ["Sat 3/8", "On call 2230-0600", "Tanya Greer", "CST, CRCST", "555-014-7731"],
            ["Sun 3/9", "0600-1430", "Darnell Price", "CRCST, CIS", "555-014-7742"],
            ["Sun 3/9", "1400-2230", "Ilse Bergmann", "Trainee", "555-014-7748"],
            ["Sun 3/9", "On call 2230-0600", "Luis Carrasco", "CRCST", "555-014-7720"]]
    body = """Weekend SPD coverage below. Ilse is still in orientation so Darnell is her preceptor on Sunday - she should not be the only person in decon.

""" + fixed_table(rows) + """

Manager on call: me (555-014-7719). OR charge Saturday is Keisha, Sunday is Paul Ostrowski.

If the steam generator alarms again, call Facilities at x2200 first, then me.

Denise
"""
    m = mk(P["denise"], P["spd"], "Weekend coverage 3/8-3/9", d, text=body, wrap=72)
    add("clean", "staff", m)

    # 002 vendor rep and OR contact directory, html
    d = when(2025, 1, 7, 10, 0)
    rows = [["Name", "Company / Role", "Specialty", "Cell", "Credentialed thru"],
            ["Brent Caldwell", "Kestrel Orthopedics", "Joints, trauma", "555-013-1180", "12/31/2025"],
            ["Aisha Rahman", "Kestrel Orthopedics (backup)", "Trauma", "555-013-1194", "06/30/2025"],
            ["Jenna Morales", "Norvane Spine", "Spine", "555-013-2290", "12/31/2025"],
            ["Marcus Bell", "Norvane Spine (backup)", "Spine", "555-013-2297", "12/31/2025"],
            ["Chris Abrams", "Halcyon Cardiac", "CRM / EP", "555-013-4471", "09/30/2025"],
            ["Priya Natarajan, CRCST", "BVMC Implant Coordinator", "All", "555-014-3382", "-"],
            ["Keisha Bramwell, RN, CNOR", "BVMC OR Charge", "-", "x3366", "-"],
            ["Luis Carrasco, CRCST", "BVMC SPD Lead", "-", "x3310", "-"]]
    html = html_wrap("<p>Hi everyone,</p><p>Updated implant / vendor contact sheet for 2025 is below. Please post it in the "
                     "core and at the SPD loaner receiving window. Reps: if your cell changes, tell Priya, not the front desk.</p>"
                     + table_html(rows) +
                     "<p>Loaner drop-off hours: Mon-Fri 0700-1500 at the SPD dock. Anything after 1500 the day before a "
                     "case needs manager approval.</p><p>Thanks,<br>Priya</p>")
    m = mk(P["priya"], P["periop_all"], "2025 implant & vendor rep contact sheet", d, html=html, cc=", ".join([P["brent"], P["jenna"], P["chris"]]))
    add("clean", "staff", m)

    # 003 block schedule release
    d = when(2025, 6, 20, 12, 0)
    rows = [["Room", "Mon", "Tue", "Wed", "Thu", "Fri"],
            ["OR 4", "Pruitt", "Pruitt", "Open", "Pruitt (AM)", "Open"],
            ["OR 5", "Kaur", "Ortho trauma", "Kaur", "Ortho trauma", "Kaur (alt wks)"],
            ["OR 9", "Open", "Haddad", "Haddad", "Neuro group", "Haddad (AM)"],
            ["OR 12", "Lowe", "EP group", "Lowe", "EP group", "Open"]]
    body = """Perioperative Leadership approved the Q3 block schedule (effective July 7). Summary for the rooms SPD/implants support:

""" + fixed_table(rows) + """

Release rules are unchanged: unused block time auto-releases at 72 hours (7 days for the EP group), and surgeons under 70% utilization for the quarter will be reviewed at the September OR committee. Dr. Kaur picks up the Friday alternate weeks from the former Whitman block.

Full schedule on the Periop shared drive under Periop > Block Schedules > FY25 Q3.

Greg

""" + SIG["greg"] + "\n"
    m = mk(P["greg"], P["periop_all"], "Q3 block schedule - final", d, text=body)
    add("clean", "staff", m)

    # 004 general clinical talk - loaners / IUSS, no patient
    d = when(2025, 2, 12, 16, 37)
    body = """Team,

Quick recap from today's SPD-OR meeting so everyone hears it the same way:

1. We had 3 IUSS cycles last week, all for loaner sets that arrived after 1500 the day before. IUSS is for urgent situations, not for late deliveries. Starting Monday, a loaner that misses the cutoff gets escalated to me and Greg, and the case may be delayed.

2. The new flexible ureteroscopes: the IFU calls for leak testing before manual cleaning, every time, and the high-level disinfection cycle in the AER is the only approved method - no steam, no low-temp unless the scope is labeled for it. Competencies are due by 3/1.

3. Reminder on instrument moisture: wet packs in the Kestrel knee set again. Please let those trays cool a full 30 minutes and don't stack them on the cart.

4. Humidity in sterile storage hit 62% twice last week. Facilities is looking at the air handler. Log readings every shift.

Thanks all,
Denise
"""
    m = mk(P["denise"], ", ".join([P["spd"], P["keisha"]]), "SPD-OR meeting recap - loaners, scopes, wet packs", d, text=body, wrap=72)
    add("clean", "staff", m)

    # 005 preference card clean-up with xlsx
    d = when(2025, 8, 19, 11, 15)
    rows = [["Pref card", "Item #", "Description", "Qty on card", "Opened (last 40 cases)", "Returned unused", "Recommendation"],
            ["PRUITT-KN-01", "100-4412", "Lap sponge 18x18 5pk", 4, 40, 0, "Keep"],
            ["PRUITT-KN-01", "100-7781", "Pulse lavage set", 1, 38, 2, "Keep"],
            ["PRUITT-KN-01", "200-1130", "Suture 0 braided CT-1", 6, 22, 18, "Reduce to 3, hold 3"],
            ["PRUITT-KN-01", "200-1188", "Suture 2-0 monofil", 4, 9, 31, "Move to hold"],
            ["PRUITT-KN-01", "300-0450", "Hemostatic matrix 10ml", 1, 3, 0, "Remove - open on request"],
            ["PRUITT-KN-01", "300-0911", "Tourniquet cuff 34in", 2, 40, 40, "Reduce to 1"],
            ["PRUITT-KN-01", "400-2207", "Saw blade sagittal", 2, 40, 0, "Keep"],
            ["PRUITT-KN-01", "500-1001", "Instrument: Kestrel knee tray 4", 1, 40, 0, "Keep"],
            ["PRUITT-KN-01", "500-1019", "Instrument: basic ortho minor", 1, 11, 29, "Remove"]]
    body = """Dr. Pruitt,

As part of the preference card project, here's the review of your primary TKA card (PRUITT-KN-01) based on the last 40 cases. Items returned unused more than half the time are flagged. If you agree with the recommendations we estimate about $61 per case in supplies and one fewer instrument tray to process.

Could you mark up the spreadsheet or just reply with ok / not ok per line? Kaur and Haddad cards are next.

Thanks,
Greg
"""
    m = mk(P["greg"], P["pruitt"], "Your TKA preference card - review", d, text=body, cc=P["denise"])
    attach_bin(m, make_xlsx(rows, "PRUITT-KN-01"), "PRUITT-KN-01_review.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    add("clean", "staff", m)

    # 006 certifications + holiday coverage; accented staff names
    d = when(2025, 11, 21, 15, 5)
    txt = """Hi SPD family,

Congratulations to Zoë Castañeda, who passed her CRCST exam on Tuesday, and to Darnell Price, who added his CIS. That puts us at 14 of 17 techs certified. Cake in the break room at 1400 Monday.

Holiday coverage is posted by the time clock. Still open:
  - Wed 12/24 1400-2230 (1 tech)
  - Thu 12/25 0600-1430 (1 tech)
  - Wed 12/31 on-call
Sign up by 12/5 or I'll assign by rotation. Those who worked Thanksgiving get first pass on New Year's.

Denise
"""
    m = mk(P["denise"], P["spd"], "Congrats Zoë & Darnell + holiday coverage", d, text=txt,
           html=html_wrap(p_html(txt)), cte="quoted-printable")
    add("clean", "staff", m)

    # 007 huddle notes, metrics, no patient
    d = when(2025, 10, 2, 7, 50)
    body = """0715 HUDDLE - Main OR / SPD - Thu 10/2

Yesterday:
- First case on-time starts 11/14 (79%). Two late starts were surgeon arrival, one was a missing tray (ortho small frag wrapped with wrong count sheet - caught in room).
- Turnover avg 31 min (goal 30). Room 9 averaged 44 - spine loaners.
- Case cart accuracy 96% (4 missing items across 52 carts, 2 were suture).
- Two add-ons after 1900, both ortho. SPD turned the large frag set in 3 hrs 10 min.

Today:
- 46 cases booked, 5 rooms ortho/spine. Kestrel revision loaner in house, processed.
- Washer #3 down for PM 0800-1100. Run decon on 1, 2, 4.
- Staffing: 1 tech short on 2nd shift, Ilse picking up.
- Reminder: count sheets go IN the tray, not on top of the wrap.

Safety: sharps stuck in tray foam found in assembly yesterday - please do a visual sweep of foam inserts.

Keisha / Luis
"""
    m = mk(P["keisha"], ", ".join([P["spd"], P["periop_all"]]), "Huddle notes 10/2", d, text=body, cc=P["luis"])
    add("clean", "staff", m)

staff()

# =====================================================================
# clean-admin
# =====================================================================
def admin():
    # 001 sterilizer service invoice with PDF
    d = when(2025, 4, 30, 9, 0)
    lines = ["VAPORLINE STERILIZER SERVICE, INC.                INVOICE",
             "4420 Industrial Way, Suite 10, Ridgeport ST 04901",
             "",
             "Invoice #: INV-88213            Date: 04/29/2025",
             "Bill to:   Brannock Valley Medical Center - Accounts Payable",
             "           1200 River Valley Pkwy, Millbrook ST 04820",
             "PO #:      4500127781           Terms: Net 45",
             "",
             "QTY  DESCRIPTION                                        AMOUNT",
             "  4  Preventive maintenance, steam sterilizer (units 1-4)  2,960.00",
             "  1  Door gasket replacement, unit 3                         418.50",
             "  1  Chamber drain check valve, unit 2                       212.00",
             "  6  Labor hours, after-hours call 04/12 (unit 3)          1,110.00",
             "",
             "                                           SUBTOTAL     4,700.50",
             "                                           TAX              0.00",
             "                                           TOTAL DUE    4,700.50",
             "",
             "Questions: billing@vaporline.example  555-012-4400"]
    body = """Hello,

Please find attached invoice INV-88213 for April preventive maintenance and the 4/12 after-hours call on sterilizer unit 3. Payment can be made by ACH per the remittance details on file.

Thank you for your business,
Accounts Receivable
Vaporline Sterilizer Service, Inc.
"""
    m = mk("Vaporline Billing <billing@vaporline.example>", "Accounts Payable <ap@%s>" % H, "Invoice INV-88213 - PO 4500127781", d,
           text=body, cc=P["denise"])
    attach_bin(m, make_pdf([lines], title="INV-88213"), "INV-88213.pdf", "application", "pdf")
    add("clean", "admin", m)

    # 002 IT downtime
    d = when(2025, 5, 20, 13, 0)
    html = html_wrap("""<h3 style="color:#1F4E79">Planned downtime: SurgiTrack 11.2 upgrade</h3>
<p><b>When:</b> Saturday 5/31, 2200 &#8211; Sunday 6/1, 0400<br><b>Affected:</b> SurgiTrack case scheduling, preference cards,
implant documentation, TrayTrak case cart interface<br><b>Not affected:</b> EHR, lab, pharmacy</p>
<p>During downtime:</p><ul>
<li>Use the paper Case Request form (downtime binder at the OR desk) for any add-on.</li>
<li>Document implants on the paper Implant Record and keep product stickers with the form. Enter them after go-live.</li>
<li>SPD will pull carts from the printed pref card report run at 2100 on 5/31.</li></ul>
<p>Questions: IS Service Desk x4357 or the on-call analyst through the operator.</p>
<p>Information Services &#8211; Clinical Applications</p>""")
    m = mk("IS Communications <is-comms@%s>" % H, P["periop_all"], "[Planned Downtime] SurgiTrack upgrade Sat 5/31 2200-0400", d,
           html=html, html_cte="quoted-printable")
    add("clean", "admin", m)

    # 003 facilities steam shutdown
    d = when(2025, 8, 6, 10, 30)
    body = """FACILITIES NOTICE - PLANNED STEAM INTERRUPTION

Building: Main Hospital, Levels B and 2 (SPD, Main OR sub-sterile rooms)
Date: Sunday, August 17, 2025
Time: 0500 - 1100 (approx.)
Reason: Replacement of the 4" steam isolation valve on the B-level header (work order WO-25-04412)

Impact:
- SPD steam sterilizers 1-4 and the sub-sterile sterilizers in OR 3/4 and 8/9 will be unavailable.
- Washer-disinfectors remain available (electric boost).
- Low-temperature sterilizers are unaffected.

SPD management has been consulted and will pre-process Monday first-case trays on Saturday. Please contact Facilities Engineering at x2200 with questions.

Ron Tillery
Facilities Engineering Supervisor
"""
    m = mk("Ron Tillery <rtillery@%s>" % H, ", ".join([P["denise"], P["periop_all"]]), "PLANNED STEAM INTERRUPTION - Sun 8/17 0500-1100", d,
           text=body, wrap=72)
    add("clean", "admin", m)

    # 004 consignment contract meeting notes
    d = when(2025, 9, 3, 16, 10)
    body = """Notes - Kestrel Orthopedics consignment renewal, 9/3/2025
Attendees: G. Okonkwo, P. Natarajan, D. Harrow (BVMC); B. Caldwell, S. Whitford (Kestrel regional director)

1. Term: 3-year renewal proposed starting 1/1/2026. Kestrel asking for 85% market share commitment on primary knees and hips for construct pricing.
2. Pricing: primary TKA construct $4,150 (from $4,480), primary THA $3,890. Revision components stay on the line-item price list with 12% discount.
3. Consignment: Kestrel to increase on-site inventory value cap from $410k to $475k and cycle count quarterly instead of semi-annually. Expired product credit within 30 days.
4. Loaners: Kestrel will keep one standing large frag loaner on site Tue-Thu. Loaners delivered after the 1500 cutoff - Kestrel pays any overtime processing (we'll track via SPD receiving log).
5. Bill-only: usage sheets must be signed by the circulator, and corrections within 5 business days.

Action items:
- Greg: send redline of pricing exhibit to contracting by 9/15
- Priya: 12 months of bill-only discrepancies summary (counts only)
- Denise: loaner late-arrival counts for FY25
- Brent: revised inventory cap proposal
"""
    m = mk(P["greg"], ", ".join([P["priya"], P["denise"], P["brent"]]), "Kestrel consignment renewal - meeting notes 9/3", d,
           text=body, wrap=78, cc="Sandra Whitford <swhitford@kestrelortho.example>")
    add("clean", "admin", m)

    # 005 vendor credentialing expirations
    d = when(2025, 6, 2, 8, 0)
    rows = [["Rep", "Company", "Badge expires", "Missing item"],
            ["Aisha Rahman", "Kestrel Orthopedics", "06/30/2025", "Annual OR etiquette module"],
            ["Chris Abrams", "Halcyon Cardiac", "09/30/2025", "-"],
            ["Tomasz Lewandowski", "Meridex Surgical", "06/15/2025", "Background check renewal"],
            ["Elena Varga", "Cortland Biologics", "06/21/2025", "Signed confidentiality attestation"],
            ["Marcus Bell", "Norvane Spine", "12/31/2025", "-"]]
    body = """Good morning,

The following vendor representatives have credentials expiring within 30 days or missing items in VendorGate. Reps without current credentials will not be issued a badge at the OR desk and may not enter restricted areas.

""" + fixed_table(rows) + """

Please complete updates directly in VendorGate. Questions: supplychain-vendors@""" + H + """

Supply Chain - Vendor Relations
"""
    m = mk("Vendor Relations <supplychain-vendors@%s>" % H, P["priya"], "Vendor rep credentials expiring - June", d, text=body)
    add("clean", "admin", m)

    # 006 HR job posting
    d = when(2025, 7, 15, 9, 30)
    txt = """Internal posting - please share with anyone you think would be a good fit.

Sterile Processing Technician II - Full time, evenings (1400-2230), 80 hrs/2 wks
Req # 25-04471 | Department: Sterile Processing | Reports to: SPD Manager

Requirements: CRCST (HSPA) or CBSPD certification required; 2 years SPD experience in an acute care setting; ability to lift 35 lbs and stand for a full shift.
Preferred: CIS or CER certification, experience with robotic instrumentation and loaner processing.
Pay range: $23.40 - $31.80/hr plus evening differential $2.25/hr. Referral bonus $1,000 for external hires after 90 days.

Apply on the internal careers portal by 7/31. Internal candidates: let your manager know you're applying.

Talent Acquisition
Brannock Valley Medical Center
"""
    m = mk("Talent Acquisition <careers@%s>" % H, P["periop_all"], "Now hiring: SPD Technician II (evenings)", d, text=txt,
           html=html_wrap(p_html(txt)))
    add("clean", "admin", m)

    # 007 consignment reconciliation, xlsx, no patients
    d = when(2025, 10, 6, 14, 45)
    rows = [["Vendor", "Catalog", "Description", "Lot", "Book qty", "Counted", "Variance", "Note"],
            ["Kestrel", "KO-4410-3R", "Femoral CR sz5 R", "K24118-09", 3, 3, 0, ""],
            ["Kestrel", "KO-4630-410", "Insert CR 10mm sz4", "K24120-02", 2, 1, -1, "Used 9/22 - PO 4500140221 pending"],
            ["Kestrel", "KO-2210-12", "Fem stem cemented 12", "2210-51C", 2, 2, 0, ""],
            ["Norvane", "NS-55-6545", "Polyaxial screw 6.5x45", "N22-5510", 16, 14, -2, "Bill-only, PO 4500140388"],
            ["Norvane", "NS-TL-1012", "PEEK cage 10x12", "N24-0212", 4, 4, 0, "Expires 11/2025 - rotate"],
            ["Halcyon", "HCL-5852-52", "Pacing lead 52cm", "HL5852-2291", 3, 3, 0, ""]]
    body = """Greg,

Q3 cycle count results attached. Net variance is 3 units, all accounted for by bill-only POs still in approval. One Norvane cage lot expires next month - Jenna will swap it.

Priya
"""
    m = mk(P["priya"], P["greg"], "Q3 consignment cycle count", d, text=body)
    attach_bin(m, make_xlsx(rows, "Q3 count"), "consignment_cycle_count_Q3.xlsx", "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    add("clean", "admin", m)

admin()
# =====================================================================
# clean-lookalike
# =====================================================================
def lookalike():
    # 001 airline itinerary forwarded as message/rfc822
    d0 = when(2025, 3, 28, 18, 2)
    d = when(2025, 3, 31, 8, 44)
    inner_html = html_wrap("""<p style="font-size:16pt;color:#0B5394"><b>Cascadia Air</b> &#8211; Your trip confirmation</p>
<p>Confirmation code: <b>QX7RTM</b></p>
<p>Passenger: DENISE HARROW<br>Cascadia Rewards member #: CA 4471 88210 (Silver)<br>Known Traveler #: on file</p>""" +
        table_html([["Flight", "Date", "Depart", "Arrive", "Seat"],
                    ["CA 1182", "Sun 4/27", "MLB 07:10", "Dallas 10:55", "14C"],
                    ["CA 1195", "Thu 5/1", "Dallas 17:40", "MLB 21:15", "9A"]]) +
        "<p>Fare: $412.80 (Main Cabin). Bags: 1 checked bag included for Silver members.</p>"
        "<p>Manage your trip at cascadiaair.example/trips</p>")
    inner = mk("Cascadia Air <noreply@cascadiaair.example>", "Denise Harrow <denise.harrow@mailbox.example>",
               "Your trip confirmation QX7RTM", d0, html=inner_html, html_cte="quoted-printable")
    body = """Greg,

Forwarding my flight confirmation for the HSPA annual conference (4/27-5/1) for the travel reimbursement packet. Registration receipt and hotel folio will follow after the trip. Cost center 7410-SPD.

Thanks,
Denise
"""
    m = mk(P["denise"], P["greg"], "FW: Your trip confirmation QX7RTM", d, text=body)
    attach_msg(m, inner)
    add("clean", "lookalike", m)

    # 002 credit union alert
    d = when(2025, 6, 30, 7, 15)
    html = html_wrap("""<p>Hello Luis,</p>
<p>Your June eStatement is ready.</p>""" + table_html([["Member #", "0041-77812"],
                                                    ["Account", "Share Savings ****2210"],
                                                    ["Account", "Checking ****5563"],
                                                    ["Statement period", "06/01/2025 - 06/30/2025"]], header=False) +
        """<p>Log in to Online Banking to view it. We will never ask for your password or PIN by e-mail.</p>
<p>Brannock Valley Employees Federal Credit Union<br>Federally insured by NCUA. Routing 299988771.</p>""")
    m = mk("BVE Federal Credit Union <estatements@bvefcu.example>", "Luis Carrasco <lcarrasco@%s>" % H,
           "Your eStatement is ready - Member #0041-77812", d, html=html)
    add("clean", "lookalike", m)

    # 003 auto insurance renewal
    d = when(2025, 9, 12, 11, 22)
    body = """Hi Tamsin,

Your auto policy renewal is attached below. No changes to coverage; your premium went down $38 for the 6-month term because of the multi-policy discount with the renters policy.

  Policy #:        AUT-5520184-03
  Term:            10/15/2025 - 04/15/2026
  Vehicle:         2019 Subaru Outback, VIN 4S4BSANC7K3310482
  Drivers:         Tamsin Reilly (DOB 02/09/1988), Owen Reilly (DOB 11/23/1986)
  Premium:         $618.40 (6 months)
  Deductibles:     Collision $500 / Comprehensive $250
  Renters policy:  HO4-2231907

You can pay online or I can set up EFT. Let me know if you have any questions.

Best,
Carla Benedetti
Benedetti Insurance Agency
555-012-6610
"""
    m = mk("Carla Benedetti <carla@benedetti-ins.example>", "Tamsin Reilly <treilly@%s>" % H,
           "Auto policy renewal - AUT-5520184-03", d, text=body, wrap=72)
    add("clean", "lookalike", m)

    # 004 instrument repair order, tracking, serials, "case" boxes
    d = when(2025, 7, 9, 15, 3)
    body = """Hello Brannock Valley SPD,

Your repair order has shipped back to you.

Order #:        RO-2025-118834
RMA #:          77120
PO #:           4500138812
Carrier:        ParcelLine Ground
Tracking #:     PL 7741 0093 2218 5506
Shipment:       Case 3 of 4 (cases 1, 2 and 4 shipped 7/7)

Items in this case:
  SN 0442871  Kerrison rongeur 3mm 40deg     - re-sharpened, jaw realigned
  SN 0442902  Kerrison rongeur 4mm 40deg     - re-sharpened
  SN 1180334  Needle holder 7in TC insert    - insert replaced
  SN 1180351  Needle holder 7in TC insert    - BER (beyond economical repair), returned unrepaired

Please inspect on receipt and report discrepancies within 5 business days.

Thank you,
Precision Edge Instrument Repair
service@precisionedge.example | 555-012-8830
"""
    m = mk("Precision Edge Repair <service@precisionedge.example>", P["spd"], "Shipped: Repair order RO-2025-118834 (Case 3 of 4)", d,
           text=body, cc=P["luis"])
    add("clean", "lookalike", m)

    # 005 employee benefits question, own member ID, no health detail
    d0 = when(2025, 11, 4, 12, 10)
    d = when(2025, 11, 5, 9, 2)
    orig = """Hi Benefits,

Open enrollment question. I'm currently on the PPO (member ID BVH220418871) as employee only. If I add my husband for 2026 and switch to the HDHP, what's the per-paycheck cost difference, and does the HSA employer contribution change for employee + spouse?

Also can I change the dental plan at the same time or is that a separate form?

Thanks,
Priya Natarajan
Perioperative Services, x3382"""
    body = """Hi Priya,

Employee + spouse on the HDHP is $71.15 per paycheck vs $142.60 on the PPO, so about $71 less per paycheck. The employer HSA contribution goes from $750 to $1,500 for employee + spouse. You can change dental in the same enrollment session - no separate form. You'll need your husband's date of birth and SSN to add him.

Enrollment closes 11/21.

Benefits Service Center
Human Resources

""" + "-----Original Message-----\n" + outlook_hdr(P["priya"], d0, "Benefits", "Open enrollment question") + "\n" + orig + "\n"
    m = mk("Benefits Service Center <benefits@%s>" % H, P["priya"], "RE: Open enrollment question", d, text=body)
    add("clean", "lookalike", m)

    # 006 ZZTEST test patient HL7 interface testing
    d = when(2025, 10, 1, 15, 44)
    hl7 = "\n".join([
        "MSH|^~\\&|SURGITRACK|BVMC|REGISTRY_GW|BVMC|20251001152210||DFT^P03|TST000451|T|2.5.1",
        "PID|1||99900012^^^BVMC^MR||ZZTEST^IMPLANT^ONE||19000101|U|||1 TEST ST^^TESTVILLE^ST^00000",
        "PV1|1|O|OR99^^^BVMC||||9999^ZZTEST^SURGEON|||ORT",
        "FT1|1|||20251001|20251001|CG|2780001^IMPLANT SPINE SCREW POLYAXIAL^BVMCCDM|||1|||||||||||||||||NS-55-6545|C1713",
    ])
    body = """Priya,

Test messages for the registry gateway are going through the TEST environment now (processing ID T). All of them use the standard test patient ZZTEST, IMPLANT ONE - MRN 99900012, DOB 01/01/1900, room OR99 - so nothing here is a real case. Sample below:

""" + hl7 + """

Can you build 3 fake implant records in SurgiTrack TEST against ZZTEST (one spine, one joint, one cardiac device) so we can check the mapping end to end? Please don't use any real lot numbers from the shelf; anything starting with TST- is fine.

Owen
"""
    m = mk("Owen Marsh <omarsh@%s>" % H, P["priya"], "Registry gateway testing - ZZTEST patient", d, text=body, cc=P["interfaces"])
    add("clean", "lookalike", m)

    # 007 gym corporate membership
    d = when(2025, 1, 2, 6, 0)
    html = html_wrap("""<p>Hi Keisha,</p>
<p>Welcome to <b>Summit Fitness</b> through the Brannock Valley corporate partnership!</p>""" +
        table_html([["Member #", "SF-0228-41175"], ["Plan", "Corporate - All Access"], ["Monthly dues", "$24.99 (payroll deduction)"],
                    ["Home club", "Millbrook Riverside"], ["Start date", "01/02/2025"]], header=False) +
        """<p>Scan the barcode in the Summit app at the front desk. Your first two personal training sessions are free &#8211;
book them within 30 days. Bring a friend for free on Fridays.</p><p>See you at the gym!<br>Summit Fitness Member Services</p>""")
    m = mk("Summit Fitness <members@summitfitness.example>", "Keisha Bramwell <kbramwell@%s>" % H,
           "Welcome to Summit Fitness - Member #SF-0228-41175", d, html=html)
    add("clean", "lookalike", m)

lookalike()
# =====================================================================
# clean-news
# =====================================================================
def news():
    # 001 perioperative newsletter html
    d = when(2025, 10, 10, 12, 0)
    html = html_wrap("""<table style="border:none;width:640px"><tr><td style="border:none;background:#1F4E79;color:#fff;padding:12px">
<span style="font-size:18pt"><b>The Sterile Field</b></span><br>Perioperative Services Newsletter &#8211; October 2025</td></tr></table>
<h3>Happy Sterile Processing Week!</h3>
<p>Our SPD team processed <b>41,870 instrument trays</b> and <b>3,112 loaner sets</b> in FY25 &#8211; a record. Case cart accuracy averaged
96.4% and IUSS use dropped 38% after the loaner cutoff change in February. Stop by the SPD break room Wednesday for the chili cook-off.</p>
<h3>Welcome, new team members</h3>
<p>Ilse Bergmann (SPD Technician), Paul Ostrowski, RN (OR Charge, evenings) and Yolanda Price (Periop Billing) joined us this quarter.</p>
<h3>By the numbers &#8211; Q3</h3>
<ul><li>9,204 surgical cases, 14% add-ons</li><li>First-case on-time starts: 81%</li>
<li>Implant log completeness at case close: 99.1%</li><li>Preference cards reviewed: 212 of 640</li></ul>
<h3>Reminder</h3><p>Flu vaccination clinics for staff run every Tuesday in October, 0630&#8211;0830, in the OR lounge.</p>
<p style="font-size:9pt;color:#777">You are receiving this because you are a member of Perioperative Services. Submit stories to periop-news@bvmc.example.</p>""")
    m = mk("Periop News <periop-news@%s>" % H, P["periop_all"], "The Sterile Field - October 2025", d, html=html,
           html_cte="base64")
    add("clean", "news", m)

    # 002 patient education handout for distribution
    d = when(2025, 4, 22, 10, 15)
    txt = """Team - Patient Education approved the new handout below. Please give one to every patient going home with a permanent implant, along with their implant card. Printed copies (English, Spanish, Vietnamese) are in the pre-op supply room.

----------------------------------------
YOUR IMPLANT CARD: WHAT TO KNOW

Why you have a card
If you received a permanent implant such as a joint replacement, a pacemaker, or spinal screws and rods, your card lists the manufacturer, model and lot number. This helps your doctors and the hospital contact you quickly if there is ever a safety notice about the device.

Keep it with you
Carry the card in your wallet. Show it at airport security, and before any MRI, dental work or other surgery.

Keep your address current
If you move, tell your surgeon's office so any notices reach you.

Questions?
Call the Implant Coordination office at 555-014-3382, Monday-Friday, 8am-4:30pm.
----------------------------------------

Priya
"""
    m = mk(P["priya"], P["periop_all"], "New handout: Your Implant Card", d, text=txt, html=html_wrap(p_html(txt)))
    add("clean", "news", m)

    # 003 public announcement - robotic knee program milestone
    d = when(2025, 6, 5, 9, 0)
    body = """FOR IMMEDIATE RELEASE

Brannock Valley Medical Center marks 500th robotic-assisted joint replacement

MILLBROOK - Brannock Valley Medical Center this week performed its 500th robotic-assisted knee and hip replacement since launching the program in March 2023. Patients in the program have had an average hospital stay of 1.3 days, and 62 percent went home the same day or the next morning.

"Our surgeons, sterile processing staff and OR teams worked for months to get here," said Dr. Alan Pruitt, medical director of the Joint Replacement Center. "Behind every case is a team that prepares up to eight instrument trays and the robotic arm, and they do it with remarkable consistency."

The hospital's Sterile Processing Department added a dedicated robotics workstation in 2024 and trained 14 technicians on robotic instrument reprocessing.

Media contact: Lauren Fisk, Communications, 555-014-2000, media@""" + H + """
"""
    m = mk("BVMC Communications <media@%s>" % H, "News Desk <news@millbrookherald.example>",
           "News release: BVMC marks 500th robotic-assisted joint replacement", d, text=body, wrap=70)
    add("clean", "news", m)

    # 004 research summary, aggregate
    d = when(2025, 3, 20, 16, 30)
    body = """Journal club summary - Periop Quality, March

Article: "Instrument tray rationalization and surgical site infection: a multicenter before-after study" (J Perioper Qual, 2024)

Design: 11 hospitals, 38,400 orthopaedic and spine procedures, 18 months before vs 18 months after tray reduction.
Findings:
 - Instruments per tray reduced 31% on average.
 - Tray processing time fell 22%; IUSS events fell 40%.
 - SSI rate 1.4% before vs 1.3% after (not significant).
 - No increase in case delays from missing instruments.

Our own data (BVMC internal, 2024): 4,120 ortho/spine cases, SSI rate 1.2%, 186 IUSS cycles.

Discussion points: start with Dr. Pruitt's TKA and Dr. Haddad's lumbar fusion trays since they are our highest-volume sets. Next journal club April 17, 1200, OR conference room.

Howard Feld / Denise Harrow
"""
    m = mk(P["howard"], P["periop_all"], "Journal club summary - tray rationalization & SSI", d, text=body, cc=P["denise"])
    add("clean", "news", m)

    # 005 volunteer spotlight
    d = when(2025, 4, 8, 11, 0)
    txt = """VOLUNTEER SPOTLIGHT: Walt Hemmings

If you've walked past the surgical waiting room on a Tuesday or Thursday morning, you've met Walt. A retired machinist, Walt has volunteered at Brannock Valley for nine years and logged more than 3,800 hours. He greets families, keeps the status board explained in plain English, and makes a mean pot of coffee.

Walt also helps SPD each month by assembling the "comfort kits" (socks, lip balm, a puzzle book) we give to families waiting during long cases.

"I like being the calm guy in the room," Walt says. "People are nervous. I can at least make sure they know where the cafeteria is."

Thank you, Walt!

Interested in volunteering? Contact Volunteer Services at 555-014-2100.
"""
    m = mk("Volunteer Services <volunteers@%s>" % H, P["periop_all"], "Volunteer Spotlight: Walt Hemmings", d, text=txt,
           html=html_wrap(p_html(txt)))
    add("clean", "news", m)

    # 006 recall public notice summary - aggregate only
    d = when(2025, 5, 1, 17, 0)
    body = """Perioperative leaders and clinic managers,

Kestrel Orthopedics has issued a voluntary field safety notice (FSN-2025-014) for specific lots of its 32mm crosslinked acetabular liners and a related notice for certain tibial trays (FSN-2025-015). The manufacturer reports a higher-than-expected rate of early wear in bench testing. No revision is recommended for patients without symptoms; routine follow-up is advised.

What we have done:
- Pulled and quarantined all affected lots from consignment (7 units).
- Searched implant logs back to 2022: 6 patients at BVMC received affected lots. Each will receive a letter this week and a call from their surgeon's clinic. Individual details are tracked in the Risk Management recall file, not in this email.
- The public notice is posted on the manufacturer's site and the FDA recall database.

If a patient calls asking about a "letter about my implant", transfer them to the Implant Coordination office at x3382.

Howard Feld
Risk Management & Patient Safety
"""
    m = mk(P["howard"], "Periop Leaders <periop-leaders@%s>" % H, "Kestrel FSN-2025-014/015 - summary and call script", d, text=body)
    add("clean", "news", m)

news()
# =====================================================================
# clean-training
# =====================================================================
def training():
    # 001 implant log training with marked sample patient
    d = when(2025, 2, 3, 13, 0)
    body = """New circulators - here is the walkthrough for documenting implants in SurgiTrack before your skills lab Thursday. Every screen in the training environment uses the training patient below. It is NOT a real person; please never practice on a live case.

  TRAINING PATIENT (sample only)
  Name:   TRAINING, PATIENT A
  MRN:    TRN-000001
  DOB:    01/01/1950
  Case:   TRN-CASE-0001, OR 99, "Sample Surgeon, MD"

Steps:
1. Open the case > Intraop > Implants tab.
2. Scan the product barcode (GS1 UDI). If it won't scan, enter manufacturer, catalog # and lot # by hand - all three are required.
3. Record the site and laterality, quantity, and whether the item was implanted, explanted or wasted.
4. Wasted items need a waste reason and a second signature.
5. Put the product sticker on the paper Implant Record too (we still keep paper for the registry).
6. Bill-only items: select the vendor rep from the list, and attach the usage sheet number.

Common errors we see: scanning the shelf label instead of the product label (wrong lot), and forgetting laterality.

Priya Natarajan
"""
    m = mk(P["priya"], "OR Orientation <or-orientation@%s>" % H, "Implant documentation - pre-read for Thursday skills lab", d, text=body)
    add("clean", "training", m)

    # 002 recall letter template DOCX
    d = when(2025, 4, 29, 11, 40)
    blocks = [("b", "TEMPLATE - Patient notification of implant safety notice"),
              "[Date]",
              "[Patient Name]",
              "[Street Address]",
              "[City, State ZIP]",
              "Re: Safety notice for your [Device description], implanted on [Implant Date]",
              "Dear [Patient Name]:",
              "Our records show that during your surgery at Brannock Valley Medical Center on [Implant Date], you received a "
              "[Device description] made by [Manufacturer], lot number [Lot #]. The manufacturer has issued a safety notice "
              "for this lot. [One-sentence plain-language summary of the issue.]",
              "At this time, the manufacturer [does / does not] recommend additional surgery. Your surgeon, [Surgeon Name], "
              "would like to see you for a follow-up visit. Please call [Clinic Phone] to schedule.",
              "If you have questions, call our Implant Coordination office at 555-014-3382.",
              "Sincerely,",
              "[Surgeon Name], [Credentials]",
              ("t", [["Field", "Source"], ["[Patient Name], address", "Registration face sheet"],
                     ["[Implant Date], [Lot #]", "Implant log"], ["[Device description]", "Manufacturer notice"]])]
    body = """Howard,

Here is the draft letter template for the Kestrel notices. Placeholders are in brackets. Once legal signs off, I'll mail-merge from the recall list - the merged letters themselves will stay in the recall folder.

Priya
"""
    m = mk(P["priya"], P["howard"], "Draft template - implant safety notice letter", d, text=body)
    attach_bin(m, make_docx(blocks), "TEMPLATE_implant_notice_letter_v2.docx", "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")
    add("clean", "training", m)

    # 003 competency quiz with answer key
    d = when(2025, 9, 8, 9, 0)
    body = """SPD Annual Competency Quiz - Sterilization (due 9/30)

1. A Bowie-Dick test is run:
   a) after every load  b) daily, in an empty prevacuum sterilizer before the first load  c) weekly  d) only after repairs
2. A biological indicator (BI) in a load containing an implant must:
   a) be read before the implant is released, except in documented emergencies  b) be read within 7 days
   c) only be used for loaners  d) be optional
3. Immediate-use steam sterilization (IUSS) may be used for implants:
   a) routinely  b) only in a documented emergency when no other option exists  c) for loaners that arrive late  d) never documented
4. The maximum relative humidity for sterile storage in most guidelines is:
   a) 50%  b) 60%  c) 70%  d) 80%
5. Wet packs after a steam cycle should be:
   a) dried on the cart  b) considered contaminated and reprocessed  c) wiped with a sterile towel  d) used if the indicator changed

Answer key (for preceptors): 1-b, 2-a, 3-b, 4-b, 5-b

Return completed quizzes to Darnell or Luis.
"""
    m = mk(P["denise"], P["spd"], "Annual competency quiz - sterilization", d, text=body, cte="quoted-printable")
    add("clean", "training", m)

    # 004 policy document PDF
    d = when(2025, 1, 15, 8, 30)
    p1 = ["BRANNOCK VALLEY MEDICAL CENTER          POLICY PS-114",
          "Title: Loaner Instrumentation and Implants",
          "Department: Sterile Processing / Perioperative Services",
          "Effective: 02/01/2025     Review: annually     Owner: SPD Manager",
          "",
          "1. PURPOSE",
          "   To ensure loaner instruments and implants are received, inspected,",
          "   decontaminated and sterilized according to manufacturer IFU before use.",
          "",
          "2. POLICY",
          "   2.1 Loaner sets must arrive at the SPD dock no later than 1500 on the",
          "       business day before the scheduled case (72 hours for new sets).",
          "   2.2 Vendors must provide current IFUs and a tray content list.",
          "   2.3 Loaner implants must not be flash (IUSS) sterilized except in a",
          "       documented emergency approved by the SPD manager and surgeon.",
          "   2.4 Implant loads are quarantined until the biological indicator is negative.",
          "   2.5 Late arrivals are logged and reported monthly to the OR committee.",
          "",
          "3. PROCEDURE",
          "   3.1 Receiving: verify count sheet, check for damage, log in TrayTrak.",
          "   3.2 Decontamination: all loaners are processed as soiled on arrival.",
          "   3.3 Return: sets are decontaminated before pickup; vendor signs release."]
    p2 = ["4. RESPONSIBILITIES",
          "   OR Scheduling: notify SPD and vendor when a loaner case is posted.",
          "   Implant Coordinator: confirm vendor delivery and bill-only paperwork.",
          "   SPD: receive, process and document; escalate late arrivals.",
          "",
          "5. REFERENCES",
          "   ANSI/AAMI ST79; AORN Guideline for Sterilization; manufacturer IFUs.",
          "",
          "Approved: D. Harrow, SPD Manager; G. Okonkwo, Business Manager;",
          "          Perioperative Policy Committee 01/09/2025"]
    body = """All,

Attached is the revised Loaner Instrumentation and Implants policy (PS-114), effective Feb 1. Main change: the cutoff for loaner delivery moves from 1700 to 1500 the day before the case, and new-to-us sets need 72 hours.

Please read and attest in the learning system by 1/31.

Denise
"""
    m = mk(P["denise"], ", ".join([P["spd"], P["periop_all"]]), "Revised policy PS-114 Loaner Instrumentation - read & attest", d,
           text=body)
    attach_bin(m, make_pdf([p1, p2], title="PS-114 Loaner Instrumentation and Implants", compress=False),
               "PS-114_Loaner_Instrumentation.pdf", "application", "pdf")
    add("clean", "training", m)

    # 005 training scenario with clearly fictitious patient
    d = when(2025, 5, 13, 14, 20)
    body = """Scheduling workshop - practice scenario (FICTITIOUS - for training only)

The patient and details below are made up for this exercise. Any resemblance to a real person is coincidental.

Scenario: It is 1545 on a Wednesday. The ED calls to add on "Mrs. Jane Example" (fictional, age 67) for an ORIF of a hip fracture with an intramedullary nail, surgeon "Dr. Sample". The ortho rooms are running 2 hours late and the only long nail set is in the washer from a 1300 case.

Questions for your table:
1. Which room and start time would you offer, and who do you need to call first?
2. How long until SPD can turn the long nail set, and is IUSS acceptable here?
3. Does the vendor need to bring a loaner, and what is the cutoff?
4. What do you document in the add-on request if the case is moved to the next morning?

We'll debrief at 1530. Bring the Add-on Case Request form and the block schedule printout.

Tamsin Reilly / Keisha Bramwell
"""
    m = mk(P["tamsin"], "OR Scheduling Team <orsched-team@%s>" % H, "Workshop scenario - add-on case (practice)", d, text=body, wrap=72,
           cc=P["keisha"])
    add("clean", "training", m)

    # 006 blank add-on case request form template, PDF + text
    d = when(2025, 3, 4, 10, 5)
    form = ["ADD-ON CASE REQUEST - Main OR            Form PERI-027 (rev 03/2025)",
            "",
            "Patient name: ______________________________  MRN: _______________",
            "DOB: ____/____/______    Location: ED / Inpt / Outpt (circle)",
            "Procedure: _________________________________  Laterality: L / R / Bilat / N/A",
            "Surgeon: ___________________   Est. duration: ______ min",
            "Urgency: E1 (<1 hr)  E2 (<4 hr)  E3 (<24 hr)",
            "",
            "Implants / loaners needed: ____________________________________",
            "Vendor rep notified:  Y / N   Name: _____________  Time: ______",
            "SPD notified (x3310): Y / N   Tray(s): _________________________",
            "Consent signed: Y / N    H&P current: Y / N    NPO since: ______",
            "",
            "Requested by: ______________  Date/time: ______________",
            "Posted by (OR desk): ________  Room/time assigned: _________"]
    body = """Team,

Attached is the updated blank Add-on Case Request form (PERI-027). New: a line for vendor rep notification and the SPD tray request, since we keep finding out about loaners after the case is posted. Old forms in the binder will be swapped out Friday - please toss any you have at your desk.

Tamsin

""" + SIG["tamsin"] + "\n"
    m = mk(P["tamsin"], P["periop_all"], "Updated form: Add-on Case Request (PERI-027)", d, text=body)
    attach_bin(m, make_pdf([form], title="PERI-027 Add-on Case Request", size=10), "PERI-027_Addon_Request_blank.pdf",
               "application", "pdf")
    add("clean", "training", m)

training()

# =====================================================================
# write out
# =====================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}

BANNED = re.compile(r"\bPHI\b|synthetic|hipaa\s+test", re.I)

def texts_of(msg):
    out = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "utf-8"
        try:
            out.append(payload.decode(cs, "replace"))
        except LookupError:
            out.append(payload.decode("utf-8", "replace"))
        if payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode("utf-8", "replace"))
        if payload[:4] == b"%PDF":
            out.append(payload.decode("latin-1"))
    return out

counts = {}
label_rows = []
for label, kind, msg, patient in MSGS:
    counts[(label, kind)] = counts.get((label, kind), 0) + 1
    n = counts[(label, kind)]
    fname = "%s-%s-%03d.eml" % (label, kind, n)
    data = msg.as_bytes(policy=policy.SMTP)
    for t in texts_of(msg):
        if BANNED.search(t):
            raise SystemExit("banned word in %s: %s" % (fname, BANNED.search(t).group(0)))
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(data)
    label_rows.append([fname, label, kind, patient])

with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "label", "kind", "patient_name"])
    w.writerows(label_rows)

assert counts == EXPECTED, counts
assert len(MSGS) == 86
assert sum(1 for r in label_rows if r[1] == "phi") == 53
assert sum(1 for r in label_rows if r[1] == "clean") == 33
for r in label_rows:
    if r[1] == "clean":
        assert r[3] == "", r

for (label, kind), c in sorted(EXPECTED.items()):
    print("%s-%s: %d" % (label, kind, counts[(label, kind)]))
print("total: %d" % len(MSGS))
