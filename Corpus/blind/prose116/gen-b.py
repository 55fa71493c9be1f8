#!/usr/bin/env python3
"""Build the evaluation mailbox for the Lakeshore Clinical Research Center setting.

Usage: python3 gen.py OUTDIR
Standard library only, deterministic.
"""
import sys
import os
import io
import csv
import json
import random
import zipfile
import zlib
import datetime
from collections import Counter, OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11602
random.seed(SEED)

EXPECTED = OrderedDict([
    (("phi", "care"), 8),
    (("phi", "names"), 8),
    (("phi", "self"), 7),
    (("phi", "ids"), 8),
    (("phi", "lists"), 7),
    (("phi", "struct"), 7),
    (("phi", "lang"), 8),
    (("clean", "staff"), 7),
    (("clean", "admin"), 7),
    (("clean", "lookalike"), 7),
    (("clean", "news"), 6),
    (("clean", "training"), 6),
])

# ---------------------------------------------------------------- people
SITE = "lakeshorecrc.example"
RENATA = "Renata Okafor-Hale <rokafor-hale@lakeshorecrc.example>"
DEV = "Dev Malhotra <dmalhotra@lakeshorecrc.example>"
JESS = "Jess Kowalczyk <jkowalczyk@lakeshorecrc.example>"
ACHTERBERG = "\"Achterberg, Miriam MD\" <machterberg@lakeshorecrc.example>"
OYELARAN = "Samuel Oyelaran <soyelaran@lakeshorecrc.example>"
TOMAS = "Tomás Irigoyen <tirigoyen@lakeshorecrc.example>"
LINH = "Linh Tran <ltran@lakeshorecrc.example>"
BEA = "Beatriz Salgado <bsalgado@lakeshorecrc.example>"
GREG = "Greg Pfeiffer <gpfeiffer@lakeshorecrc.example>"
ALANA = "Alana Whitcomb <awhitcomb@lakeshorecrc.example>"
YUSUF = "Yusuf Haddad <yhaddad@lakeshorecrc.example>"
KATYA = "Katya Morozova <kmorozova@lakeshorecrc.example>"
FRONT = "LCRC Front Desk <frontdesk@lakeshorecrc.example>"
RECRUIT = "LCRC Study Line <studies@lakeshorecrc.example>"
COORDS = "LCRC Coordinators <coordinators@lakeshorecrc.example>"
ALLSTAFF = "All LCRC Staff <allstaff@lakeshorecrc.example>"
REG = "LCRC Regulatory <regulatory@lakeshorecrc.example>"
FINANCE = "LCRC Finance <finance@lakeshorecrc.example>"
PRIYA = "Priya Venkataraman <priya.venkataraman@quorumtrials.example>"
LINDQVIST = "Marcus Lindqvist <mlindqvist@veridanetx.example>"
SAFETY = "Veridane Drug Safety <drugsafety@veridanetx.example>"
IRB = "Colleen Brandt <cbrandt@northfieldirb.example>"

SITE_ADDR = ("Lakeshore Clinical Research Center\n"
             "2200 Harbor Point Blvd, Suite 310 | Eastbrook, WI 53990\n"
             "Main 414-555-0180 | Fax 414-555-0189")

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the "
    "sole use of the intended recipient(s) and may contain confidential and "
    "privileged information. Any unauthorized review, use, disclosure or "
    "distribution is prohibited. If you are not the intended recipient, please "
    "contact the sender by reply e-mail and destroy all copies of the original "
    "message.")


def sig(name, title, direct=None, extra=None):
    lines = ["", "--", name, title]
    if extra:
        lines.append(extra)
    lines.append(SITE_ADDR)
    if direct:
        lines.append("Direct " + direct)
    return "\n".join(lines)


# ---------------------------------------------------------------- helpers
def tz(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))


def when(month, day, hour=9, minute=0, off=-5, year=2024):
    return datetime.datetime(year, month, day, hour, minute,
                             random.randint(0, 59), tzinfo=tz(off))


def fmt_when(d):
    return d.strftime("%A, %B %-d, %Y %-I:%M %p")


def short_when(d):
    return d.strftime("%a, %b %-d, %Y at %-I:%M %p")


def mid(domain=SITE):
    return "<%s.%s@%s>" % (
        "".join(random.choice("0123456789abcdef") for _ in range(16)),
        "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)),
        domain)


CONTENT_POLICY = policy.default.clone(max_line_length=998)


def new(frm, to, subject, date, cc=None, reply_to=None, domain=None,
        in_reply_to=None, headers=None):
    msg = EmailMessage(policy=CONTENT_POLICY)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    if domain is None:
        addr = frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm
        domain = addr.split("@")[-1]
    msg["Message-ID"] = mid(domain)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    return msg


def body(msg, text, cte=None, charset="utf-8", subtype="plain"):
    kw = {"subtype": subtype, "charset": charset}
    if cte:
        kw["cte"] = cte
    msg.set_content(text, **kw)
    return msg


def alt(msg, text, html, cte=None, charset="utf-8"):
    kw = {"charset": charset}
    if cte:
        kw["cte"] = cte
    msg.set_content(text, **kw)
    msg.add_alternative(html, subtype="html", charset=charset)
    return msg


def quote(text):
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.split("\n"))


def gmail_quote(who, d, text):
    return "On %s, %s wrote:\n%s" % (short_when(d), who, quote(text))


def outlook_quote(frm, d, to, subject, text, cc=None):
    hdr = ["", "-----Original Message-----",
           "From: " + frm,
           "Sent: " + fmt_when(d),
           "To: " + to]
    if cc:
        hdr.append("Cc: " + cc)
    hdr.append("Subject: " + subject)
    hdr.append("")
    return "\n".join(hdr) + "\n" + text


def outlook_quote_html(frm, d, to, subject, html_text):
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '<p><b>From:</b> %s<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</p></div>%s'
            % (esc(frm), esc(fmt_when(d)), esc(to), esc(subject), html_text))


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def html_paras(text):
    out = []
    for para in text.strip().split("\n\n"):
        out.append("<p>" + esc(para).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def html_doc(inner, font="Calibri, Arial, sans-serif"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:%s;font-size:11pt;color:#1f1f1f">\n%s\n</body></html>\n'
            % (font, inner))


def html_table(rows, header=True, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" '
           'style="border-collapse:collapse;font-size:10pt">' % border]
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep="  ", bars=False):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        cells = [str(c).ljust(widths[i]) for i, c in enumerate(r)]
        if bars:
            lines.append("| " + " | ".join(cells) + " |")
            if n == 0:
                lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        else:
            lines.append(sep.join(cells).rstrip())
            if n == 0:
                lines.append(sep.join("-" * w for w in widths))
    return "\n".join(lines)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


ZDATE = (2024, 3, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(files):
    return _zip(files)


def _xml(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Sheet1"):
    sheet_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _xml(v)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xml(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx_bytes(paragraphs, table=None, table_after=None):
    """paragraphs: list of str (a leading '#' makes it bold). table: list of rows."""
    def para(t):
        bold = t.startswith("#")
        t = t.lstrip("#").strip() if bold else t
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xml(t))

    def tbl(rows):
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
               '</w:tblBorders></w:tblPr>']
        for r in rows:
            out.append("<w:tr>" + "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _xml(c)
                for c in r) + "</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    parts = []
    for i, p in enumerate(paragraphs):
        parts.append(para(p))
        if table is not None and table_after == i:
            parts.append(tbl(table))
    if table is not None and (table_after is None or table_after >= len(paragraphs)):
        parts.append(tbl(table))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'
           % "".join(parts))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc)])


def _pdf_str(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_bytes(lines, title="Document", font_size=10, per_page=56, font="Helvetica"):
    """Hand-built PDF with FlateDecode text streams, one Helvetica font."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    n = 5
    for pg in pages:
        page_id, content_id = n, n + 1
        n += 2
        kids.append(page_id)
        ops = ["BT", "/F1 %d Tf" % font_size, "%d TL" % (font_size + 4), "50 750 Td"]
        for ln in pg:
            ops.append(_pdf_str(ln) + " Tj T*")
        ops.append("ET")
        raw = ("\n".join(ops)).encode("latin-1", "replace")
        comp = zlib.compress(raw, 9)
        objs[content_id] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)
                            + comp + b"\nendstream")
        objs[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                         % content_id).encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
               % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    objs[3] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font).encode()
    objs[4] = ("<< /Title %s /Producer (LCRC Reports 3.2) /CreationDate (D:20240301090000-06'00') >>"
               % _pdf_str(title)).encode("latin-1", "replace")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for i in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    return out.getvalue()


XLSX_T = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_T = ("application", "pdf")
ZIP_T = ("application", "zip")


def attach(msg, data, mtype, filename):
    maintype, subtype = mtype
    if isinstance(data, str):
        if maintype == "text":
            msg.add_attachment(data, subtype=subtype, filename=filename)
            return msg
        data = data.encode("utf-8")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def forward_rfc822(msg, inner):
    msg.add_attachment(inner)
    return msg


REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


# ================================================================ phi-care
@reg("phi", "care")
def care_visit_bp():
    d = when(3, 12, 16, 42, -5)
    m = new(LINH, ACHTERBERG, "ARBOR-HF V6 today - held IP", d, cc=RENATA)
    t = """Dr. A,

Harold Brenneman was in this afternoon for Visit 6. Seated BP 168/94, rechecked after
5 min rest 164/92. Per section 7.3 I did NOT dispense the next kit and told him to
hold the study drug until we hear from you. He says he's been taking everything as
directed, no missed doses on the diary card.

Drew the repeat BMP + NT-proBNP, sent to central lab on the 4:30 pickup. He's
coming back Thursday 3/14 at 8 for a BP recheck and unscheduled visit. Can you call
him tomorrow or do you want me to? His wife Joan asked that we call the landline.

Linh
""" + sig("Linh Tran, BSN, RN", "Research Nurse", "414-555-0174")
    body(m, t)
    return m, "Harold Brenneman"


@reg("phi", "care")
def care_noshow_thread():
    d1 = when(4, 2, 10, 5)
    d2 = when(4, 2, 13, 48)
    d3 = when(4, 3, 8, 20)
    first = """Renata - Ms. Delphine Arceneaux no-showed for her Week 12 visit again this morning.
That's three missed in a row (Wk 8 window closed 3/19, Wk 10 rescheduled twice).
Called her cell twice and left a voicemail, and the emergency contact number goes to a
fax tone. She still has two pens of study drug at home per the last accountability.

Dev"""
    second = """Did she ever send back the drug diary? If she's not reachable by end of window I
think we have to call the sponsor about lost to follow-up. Try the certified letter first
- the template is in the shared drive under SOLACE-DM > Participant Letters.

R."""
    third = """Sent the certified letter yesterday afternoon. Her daughter called back this
morning - says Delphine moved in with her in Racine last month and is "done with the shots."
Daughter wants to know if they can just mail the pens back. I told her we'd call
Delphine directly about the early termination visit and the 30-day safety call.
Should I schedule the ET visit or can we do it by phone?"""
    m = new(DEV, RENATA, "RE: RE: SOLACE-DM Wk 12 no-show", d3, cc=ACHTERBERG,
            in_reply_to=mid())
    t = (third + "\n\nDev\n\n" + outlook_quote(RENATA, d2, DEV, "RE: SOLACE-DM Wk 12 no-show", second)
         + "\n\n" + outlook_quote(DEV, d1, RENATA, "SOLACE-DM Wk 12 no-show", first))
    body(m, t)
    return m, "Delphine Arceneaux"


@reg("phi", "care")
def care_buried_admission():
    d = [when(4, 15, 8, 2), when(4, 15, 8, 31), when(4, 15, 9, 10), when(4, 15, 11, 47),
         when(4, 15, 12, 5)]
    msgs = [
        (ALANA, COORDS, "Conference room B is booked Tuesday and Wednesday for the Quorum monitoring "
         "visit. If you need to meet with Priya use the small room by the lab instead.\n\nAlana"),
        (RENATA, ALANA, "Thanks. Can we get the second monitor for the small room? She wants to have "
         "the EDC and the eISF open side by side.\n\nRenata"),
        (ALANA, RENATA, "I'll put in a ticket with facilities. No promises before Tuesday.\n\nAlana"),
        (YUSUF, RENATA, "I found a spare 24\" in the storage closet, I can set it up today after 3."
         "\n\nYusuf"),
    ]
    thread = ""
    subj = "Monitoring visit rooms next week"
    for i in range(len(msgs) - 1, -1, -1):
        frm, to, txt = msgs[i]
        pre = "RE: " if i else ""
        thread += "\n\n" + outlook_quote(frm, d[i], to, pre + subj, txt)
    top = """Perfect, thank you Yusuf.

Separate thing and more urgent - Raymond Ocampo's wife called the study line at 7:40.
He went to the ED at St. Brigid's Saturday night, they kept him and took him to the
cath lab Sunday, he's still inpatient on 4 West. She thinks he's getting discharged
Wednesday. He's in ARBOR-HF so this is an SAE, 24 hours from when we found out which
is this morning. I'm starting the initial report in the safety portal now; Dr.
Achterberg is reviewing at noon. Can somebody request the ED note and the cath report
from St. Brigid's HIM? Release is on file in his chart.

Also remind me to move his Visit 9 - it was supposed to be Thursday.

Renata"""
    m = new(RENATA, "%s, %s" % (YUSUF, ALANA), "RE: " + subj, d[4], cc=COORDS)
    body(m, top + sig("Renata Okafor-Hale, CCRC", "Lead Clinical Research Coordinator",
                      "414-555-0171") + thread, cte="quoted-printable")
    return m, "Raymond Ocampo"


@reg("phi", "care")
def care_death_html():
    d = when(5, 6, 9, 14)
    m = new(ACHTERBERG, "%s, %s" % (RENATA, JESS), "Mr. Farraday", d)
    inner = """<p>Renata, Jess &mdash;</p>
<p>Sad news. <b>Eugene Farraday</b> passed away at home on Sunday night. His daughter Lorraine
called my office this morning; she said hospice had been coming in since last week and it was
peaceful. She wanted us to know how much he enjoyed coming in for his visits with Linh.</p>
<p>Please:</p>
<ul>
<li>Enter the death in the EDC and open the SAE form today &mdash; we learned of it at 8:50 a.m.</li>
<li>Ask Lorraine (gently, maybe next week) whether she can sign a release so we can get the death
certificate and the hospice records.</li>
<li>Stop the visit reminders and the stipend card auto-loads. The last thing that family needs is a
text about Visit 11.</li>
<li>Jess &mdash; the IRB will want this within 10 business days under their reporting policy.</li>
</ul>
<p>I'll send a card from the team. Thank you all.</p>
<p>Miriam</p>
<p style="color:#555;font-size:9pt">Miriam Achterberg, MD<br>Principal Investigator / Medical Director<br>
Lakeshore Clinical Research Center</p>"""
    body(m, html_doc(inner), subtype="html")
    return m, "Eugene Farraday"


@reg("phi", "care")
def care_stipend_subtle():
    d = when(3, 5, 15, 22)
    m = new(TOMAS, GREG, "stipend release - Pruitt", d)
    t = """Hi Greg,

Please release the screening stipend ($75) plus mileage (62 mi round trip) for
Wanda Pruitt. She finished the screening MRI and the DEXA scan yesterday at
Eastbrook Imaging so both halves of the visit are done. Card ending 2290.

Thanks!
Tomás

Tomás Irigoyen | Recruitment & Retention Specialist
Lakeshore Clinical Research Center | 414-555-0177"""
    body(m, t)
    return m, "Wanda Pruitt"


@reg("phi", "care")
def care_conmed_alt():
    d = when(4, 22, 14, 3)
    m = new(DEV, LINDQVIST, "Prohibited con-med question - site 104", d, cc="%s, %s" % (ACHTERBERG, PRIYA))
    t = """Hi Dr. Lindqvist,

Quick question for the medical monitor. One of our ARBOR-HF participants, Jorge Villanueva,
saw his PCP on Friday and was started on a prednisone taper (40 mg x 5 days, then
20 mg x 5 days). The PCP didn't know about the study restriction. Appendix 4 lists
systemic corticosteroids > 10 mg/day for more than 7 days as prohibited.

He's taken 3 days so far. Options as we see them:
  1. Hold study drug for the duration of the taper and resume after
  2. Continue study drug and document as a protocol deviation
  3. Ask the PCP to switch to something else

Dr. Achterberg is leaning toward #1. Could you confirm by tomorrow? His next dose is due
Wednesday morning.

Thanks,
Dev Malhotra
Clinical Research Coordinator, Site 104
Lakeshore Clinical Research Center
414-555-0172"""
    html = html_doc("""<p>Hi Dr. Lindqvist,</p>
<p>Quick question for the medical monitor. One of our ARBOR-HF participants, <b>Jorge Villanueva</b>,
saw his PCP on Friday and was started on a prednisone taper (40 mg x 5 days, then 20 mg x 5 days).
The PCP didn't know about the study restriction. Appendix 4 lists systemic corticosteroids &gt; 10 mg/day
for more than 7 days as prohibited.</p>
<p>He's taken 3 days so far. Options as we see them:</p>
<ol><li>Hold study drug for the duration of the taper and resume after</li>
<li>Continue study drug and document as a protocol deviation</li>
<li>Ask the PCP to switch to something else</li></ol>
<p>Dr. Achterberg is leaning toward #1. Could you confirm by tomorrow? His next dose is due Wednesday morning.</p>
<p>Thanks,<br>Dev Malhotra<br>Clinical Research Coordinator, Site 104<br>
Lakeshore Clinical Research Center<br>414-555-0172</p>""")
    alt(m, t, html)
    return m, "Jorge Villanueva"


@reg("phi", "care")
def care_device_qp():
    d = when(5, 20, 11, 36)
    m = new(LINH, "%s, %s" % (ACHTERBERG, OYELARAN), "CADENCE-2 remote transmission review - Thorvaldsen",
            d, cc=RENATA)
    t = """Dr. Achterberg, Dr. Oyelaran,

The monitor downloaded overnight for Mrs. Agnes Thorvaldsen (implanted 2/27, Day 83).
The portal flagged three pause episodes: 3.4 sec at 02:14 on 5/17, 3.1 sec at 03:02
on 5/18 and 4.0 sec at 01:47 on 5/19, all while asleep. No symptom button presses.
Battery and R-wave sensing look fine.

I called her at 10:15 - she feels "perfectly ok," denies lightheadedness or falls, but
her son mentioned she's been napping more. Strips are uploaded to the device folder.

Per the protocol any pause >3 sec needs investigator review within 2 business days
and an eCRF entry. Can one of you review today? I tentatively put her on the schedule
for an in-clinic interrogation Thursday 5/23 at 9:30.

Thanks,
Linh

Linh Tran, BSN, RN | Research Nurse
Lakeshore Clinical Research Center
414-555-0174

""" + DISCLAIMER
    body(m, t, cte="quoted-printable")
    return m, "Agnes Thorvaldsen"


@reg("phi", "care")
def care_screenfail_b64():
    d = when(3, 28, 9, 58)
    m = new(RENATA, "%s, %s" % (TOMAS, GREG), "Screen fail - Lorenz-Shaw", d)
    t = """Tomás / Greg,

Bettina Lorenz-Shaw is a screen fail for STRIDE-OA. Her eGFR came back at 38 from
the screening labs on 3/26 and the cutoff is 45, so Dr. Oyelaran signed off on the
eligibility checklist this morning. Her knee X-rays were fine, it's only the kidney
number.

Tomás - please send her the screen-fail letter (the version that suggests she
follow up with her PCP about the lab result) and take her off the STRIDE call list.
She asked to be considered for other studies, so keep her in the general registry.

Greg - she is owed the $50 screening stipend and parking for 3/26.

Thanks,
Renata
""" + sig("Renata Okafor-Hale, CCRC", "Lead Clinical Research Coordinator", "414-555-0171")
    body(m, t, cte="base64")
    return m, "Bettina Lorenz-Shaw"

# ================================================================ phi-names
@reg("phi", "names")
def names_vietnamese_subject():
    d1 = when(4, 9, 9, 12)
    d2 = when(4, 9, 10, 40)
    m = new(BEA, LINH, "Re: Nguyễn Thị Hồng - dời lịch / rescheduling Visit 5", d2)
    prev = """Linh, can you help? Ms. Nguyễn's son Khoa called the front desk. His mom can't
make the infusion Thursday because he has to work and she doesn't drive. He asked
for next Tuesday. I wasn't sure if that is still in window.

Bea"""
    t = """Bea - yes, Tuesday 4/16 is day +3 of the window, that's fine. I'll call Khoa
back in Vietnamese so he understands the fasting part, last time Bà Hồng ate breakfast
and we had to redo the PK draw. Put her in chair 2 at 8:00 and book TrialRide so it
doesn't depend on Khoa's shift.

Linh

""" + gmail_quote("Beatriz Salgado <bsalgado@lakeshorecrc.example>", d1, prev)
    body(m, t, cte="quoted-printable")
    return m, "Nguyễn Thị Hồng"


@reg("phi", "names")
def names_last_first():
    d = when(5, 15, 17, 3)
    m = new(JESS, RENATA, "consent re-sign log update", d)
    t = """Renata,

Updated the re-consent tracker for ICF v4.0 (the one that added the liver enzyme
language). Ones from today:

Adeyemi, Oluwaseun - re-signed 5/14 at his Wk 24 visit, witness Dev, copy given
Harrington, Phyllis - declined to re-sign today, wants to read it at home; she's
    still on drug so we need this before Wk 28 or she has to come off

Adeyemi's copy is scanned to the eISF and the original is in his binder. For
Harrington I gave her the IRB-approved summary sheet too.

Jess Kowalczyk
Regulatory Specialist | LCRC
414-555-0175"""
    body(m, t)
    return m, "Adeyemi, Oluwaseun"


@reg("phi", "names")
def names_possessive_firstname():
    d = when(4, 18, 15, 11)
    m = new(DEV, OYELARAN, "call with Rajesh", d)
    t = """Dr. O,

Just got off the phone with Rajesh Subramaniam. He saw the message about his ECG from
Visit 2 and was pretty anxious about it. I explained that the central reader flagged
the QTc at 478 and that you'd want a repeat before he takes any study drug. Rajesh's
wife is a nurse at County and she wants a copy of the tracing - I said I'd check with you
whether we can release the site copy or if it has to come from the central reader.

Raj can come in Monday 4/22 at 7:30 before work for the triplicate ECG. He also
mentioned his cardiologist changed his amlodipine dose last month, which I don't think
we had on the con-med log.

Dev"""
    body(m, t)
    return m, "Rajesh Subramaniam"


@reg("phi", "names")
def names_subject_only():
    d = when(3, 20, 13, 27)
    m = new(FRONT, GREG, "Marguerite de la Fontaine-Roux", d)
    t = """Greg,

She stopped by the desk again about the parking reimbursement for the day of her
biopsy. She says it's been 5 weeks. She has the original ramp receipt ($18) and
the one from the pharmacy for the dressing supplies we told her to buy. I made copies,
they're in your box.

She's nice about it but she's clearly frustrated. Can you call her? Her number's in
the system.

Shanice
Front Desk, LCRC"""
    body(m, t)
    return m, "Marguerite de la Fontaine-Roux"


@reg("phi", "names")
def names_arabic_title():
    d = when(5, 2, 16, 50)
    m = new(OYELARAN, "%s, %s" % (RENATA, LINH), "Unscheduled visit today - Mr. Al-Khatib", d)
    t = """Team,

I saw Mr. Abdulrahman Al-Khatib this afternoon for an unscheduled visit. He came in
on his own because of a raised red patch on the left forearm, about 4 x 3 cm, started
two days after his last injection (different site - he injects the abdomen). Not
warm, no drainage. I photographed it with the ruler and the photos are on the
clinic iPad, please move them to the source folder.

I'm recording it as an AE, grade 1, possibly related. No change to dosing. Mr.
Al-Khatib prefers that we speak with his son Tariq about scheduling, since his English
is limited for phone calls; Tariq's number is on the contact sheet.

Please put him back on for a skin check in one week.

S. Oyelaran, MD
Sub-Investigator"""
    body(m, t)
    return m, "Abdulrahman Al-Khatib"


@reg("phi", "names")
def names_polish_forward():
    d_in = when(3, 11, 19, 22, -5)
    inner = new("Study Interest Form <noreply@forms.lakeshorecrc.example>", RECRUIT,
                "New submission: Knee study interest", d_in)
    body(inner, """A new response was submitted on the Study Interest form.

Name: Jadwiga Wiśniewska-Kuć
Preferred contact: phone, afternoons
Study of interest: STRIDE-OA (knee)
Message: Dzień dobry. My left knee is very bad since many years, I had the
arthroscopy in 2019 and three cortisone injections, now they say maybe replacement.
My granddaughter helped me fill this. Please call, my English is ok but slow.
""", charset="iso-8859-2", cte="quoted-printable")
    d = when(3, 12, 8, 44)
    m = new(TOMAS, KATYA, "Fwd: New submission: Knee study interest", d)
    body(m, """Katya - you speak some Polish right? Can you call Jadwiga back this afternoon?
She sounds like a decent fit on paper but with the prior injections we need the dates
of the last cortisone shot (needs to be > 3 months). Form is attached.

Thx, T.
""")
    forward_rfc822(m, inner)
    return m, "Jadwiga Wiśniewska-Kuć"


@reg("phi", "names")
def names_nigerian_nickname():
    d1 = when(5, 28, 8, 15)
    d2 = when(5, 28, 11, 2)
    m = new(LINH, DEV, "RE: glucose log - Nwachukwu-Bello", d2)
    prev = """Linh - can you look at the home glucose log Mrs. Chiamaka Nwachukwu-Bello brought
in yesterday? A couple of the fasting numbers look low to me and I wasn't sure if we need
to report them.

Dev"""
    t = """Dev,

Looked at it. Amaka's (she told me to call her that, she hates the full name) fasting
readings on 5/21 and 5/23 were 61 and 58. Both under 70 so they count as level 1
hypoglycemia events per the SOLACE-DM definitions - need to go on the AE page, and
Dr. Achterberg should see the log. She said she skipped dinner both nights because
of church fasting. I'd ask her about the timing of her evening Januvia too.

Linh

""" + outlook_quote(DEV, d1, LINH, "glucose log - Nwachukwu-Bello", prev)
    body(m, t)
    return m, "Chiamaka Nwachukwu-Bello"


@reg("phi", "names")
def names_particle_html():
    d = when(6, 4, 10, 17)
    m = new(RENATA, "%s, %s" % (KATYA, TOMAS), "Hendrik van der Meulen - transport + visit 3", d)
    inner = """<p>Hi both,</p>
<p>Quick heads-up for Thursday. <b>Mr. van der Meulen</b> (HALO-RSV, the second-dose group) is coming in
at 10 for his Day 29 visit and blood draw. Last time he had a vasovagal episode during the draw and
sat in the recliner for 40 minutes, so please book him for the lying-down chair in room 4 and plan a
longer slot.</p>
<p>His son Pieter usually drives him but is traveling &ndash; Hendrik asked if we can set up a ride.
Tomás, can you book the TrialRide for 9:15 from his place? Address is in the contact log.</p>
<p>Katya, can you print the diary card pages for Days 1&ndash;7 after the second shot? He wrote that
his arm was sore and he had a fever of 100.6 on day 2, so Linh needs to go through that with him.</p>
<p>Thanks!<br>Renata</p>"""
    body(m, html_doc(inner), subtype="html", cte="quoted-printable")
    return m, "Hendrik van der Meulen"

# ================================================================ phi-self
@reg("phi", "self")
def self_headache():
    d = when(3, 18, 21, 47, -5)
    m = new("Carol Benedetti <carolbenedetti58@mailbox.example>", DEV,
            "question before Thursday", d)
    t = """Hi Dev,

Sorry to bother you so late. Since the second injection last Wednesday I've had a
headache pretty much every day, mostly in the afternoon, and Tylenol takes the edge off
but it comes back. I also feel kind of flushed in the evenings. Is that normal with this
medicine? Should I still come in Thursday or should I skip the next shot?

I wrote it all down in the little diary like you said.

Thanks,
Carol

Sent from my iPad"""
    body(m, t)
    return m, "Carol Benedetti"


@reg("phi", "self")
def self_withdraw():
    d = when(4, 25, 7, 30)
    m = new("Frank Dellacroce <fdellacroce@northmail.example>", RENATA,
            "Leaving the study", d)
    t = """Dear Renata,

I wanted to let you know in writing that I've decided to stop being in the heart
study. My cardiologist Dr. Whelan wants to put me on Eliquis after the heart monitor
showed the irregular rhythm at my last appointment, and he said it's better not to mix
that with an experimental drug. I hope you understand. You and Linh have been wonderful.

I still have the bottle from the last visit with about 10 pills left. Should I
bring it in or mail it? I can come to the final visit you mentioned if it's needed.

For your records my date of birth is 4/2/1951.

Sincerely,
Frank Dellacroce
(920) 555-0118"""
    body(m, t)
    return m, "Frank Dellacroce"


@reg("phi", "self")
def self_receipts():
    d = when(4, 30, 12, 9)
    m = new("Marisol Ybarra <marisol.ybarra@fastpost.example>", GREG,
            "my receipts for reimbursement", d, cc=BEA)
    t = """Hello Mr. Pfeiffer,

Bea told me to send these to you. Here are my parking receipts for the last three
infusion visits (4/2, 4/16, 4/30) and the receipt from the pharmacy for the
anti-nausea medicine (ondansetron) the doctor told me to take before each infusion.
My insurance didn't cover it so I paid $42.18.

I typed them in a file because my scanner is not working, I hope that is ok. I have
the paper ones too.

Thank you,
Marisol Ybarra"""
    body(m, t)
    receipts = """RECEIPTS - Marisol Ybarra - STRIDE study

04/02/2024  Harbor Point Ramp           $14.00   infusion visit 2
04/16/2024  Harbor Point Ramp           $14.00   infusion visit 3
04/30/2024  Harbor Point Ramp           $12.00   infusion visit 4 (left early)
04/01/2024  Lakeview Pharmacy #0412     $42.18   ondansetron 8 mg #12, Rx 7734102
                                        ------
                                        $82.18
"""
    attach(m, receipts, ("text", "plain"), "receipts_Ybarra.txt")
    return m, "Marisol Ybarra"


@reg("phi", "self")
def self_recruit_reply():
    d = when(3, 7, 18, 12)
    m = new("Kevin Strand <kstrand.home@mailbox.example>", RECRUIT,
            "Re: Now enrolling: sleep study volunteers", d)
    t = """Hi,

I got your flyer in the mail about the sleep apnea device study. I think I'm a good
candidate. I'm 58, diagnosed with moderate sleep apnea about 6 years ago (AHI was 27 on
my last test), I have a CPAP but honestly I hate it and I use it maybe 2 nights a
week. BMI is around 34. I'm on lisinopril for blood pressure, nothing else.

I work second shift so mornings are best. My cell is 262-555-0147.

Kevin Strand

> LAKESHORE CLINICAL RESEARCH CENTER
> Do you snore or stop breathing during sleep?
> Tired of your CPAP mask? You may qualify for a research study of an
> investigational implanted device. Qualified participants receive study-related
> care at no cost and compensation for time and travel."""
    body(m, t)
    return m, "Kevin Strand"


@reg("phi", "self")
def self_fall_mobile():
    d = when(5, 9, 7, 2, -5)
    m = new("Deb Halvorsen-Pike <debhp@quickmail.example>", "%s, %s" % (LINH, RENATA),
            "fell yesterday", d)
    t = """Linh I fell at home yesterday afternoon going down the basement stairs. Bruised my
right hip pretty bad. Went to the urgent care on 32nd st and they did an X-ray, nothing
broken. They gave me a prescription for naproxen, I haven't filled it yet because I
wasn't sure if I'm allowed with the study pills. You said to tell you about anything
like this so I am. Still ok to come Monday?

Deb

Sent from my iPhone"""
    body(m, t)
    return m, "Deb Halvorsen-Pike"


@reg("phi", "self")
def self_reply_metformin():
    d1 = when(5, 13, 10, 0)
    d2 = when(5, 13, 19, 26)
    m = new("Rosalind Achebe-Turner <rosalindat@inboxly.example>", BEA,
            "Re: Reminder: your Visit 8 appointment on Thursday, May 16", d2)
    prev = """Dear Rosalind,

This is a reminder of your Visit 8 appointment for the SOLACE-DM study:

  Thursday, May 16 at 8:00 AM
  Lakeshore Clinical Research Center, Suite 310

Please bring your glucose meter and diary. Reply to this email or call
414-555-0180 if you need to reschedule.

Beatriz Salgado
Clinical Research Coordinator"""
    t = """Hi Bea, I'll be there. I'm fasting for this one right? No food after midnight?

Also I forgot to tell you last time - my regular doctor put me back on metformin
500 mg twice a day about 3 weeks ago because my sugars were running high in the
mornings (like 180-200). I don't know if that matters for the study. And I've been
getting some stomach upset since then.

Rosalind
DOB 11-23-1962 in case you need it

""" + gmail_quote("Beatriz Salgado <bsalgado@lakeshorecrc.example>", d1, prev)
    body(m, t)
    return m, "Rosalind Achebe-Turner"


@reg("phi", "self")
def self_pregnancy():
    d = when(6, 10, 22, 48)
    m = new("Tanisha Greer <tgreer.94@mailbox.example>", RENATA, "need to tell you something", d)
    t = """Hi Renata,

I just found out tonight that I'm pregnant. I took two tests to be sure. I know the
consent form said to tell you right away if this happened. I haven't taken the study
pill since yesterday morning because I wasn't sure if I should. I'm probably about
5 or 6 weeks, my last period was April 30.

What happens now? Do I have to leave the study? I'm kind of freaking out about whether
the medicine hurt the baby. My OB appointment isn't until the 24th.

Please call me tomorrow, any time after 9.

Tanisha"""
    body(m, t, cte="quoted-printable")
    return m, "Tanisha Greer"

# ================================================================ phi-ids
@reg("phi", "ids")
def ids_records_request():
    d = when(6, 3, 9, 25)
    m = new(YUSUF, "St. Brigid's HIM <releaseofinfo@stbrigids-health.example>",
            "Records request - research SAE follow-up", d, cc=RENATA)
    t = """Good morning,

Lakeshore Clinical Research Center is requesting records for a research participant
for adverse event reconciliation. Signed HIPAA authorization is attached to the fax we
sent this morning (fax confirmation 06/03 08:52).

  Patient:        Leonard Whitlock
  DOB:            03/17/1949
  St. Brigid's MRN: 004418732
  Encounter:      ED visit 05/30/2024, admitted 05/30 - discharged 06/01
  Requested:      ED provider note, H&P, discharge summary, troponin and BNP
                  results, echo report if performed

Please send to our secure fax 414-555-0189 attn: Yusuf Haddad, or to this address via
your secure mail portal. We need these by 6/10 if at all possible for the sponsor's
follow-up report.

Thank you,

Yusuf Haddad
Data & Records Coordinator
Lakeshore Clinical Research Center
414-555-0179"""
    body(m, t)
    return m, "Leonard Whitlock"


@reg("phi", "ids")
def ids_medicare_billing():
    d = when(4, 11, 13, 40)
    m = new(GREG, "Patient Financial Services <pfs-research@eastbrookhealth.example>",
            "Research billing split - Estrada-Muñoz", d)
    t = """Hi PFS team,

Please correct the billing on the account below. Per the coverage analysis for
CADENCE-2, the echo is routine care and billable to Medicare, but the procedure-day
device interrogation and the research CT should go to the study account, not to the
patient.

Patient: Gloria Estrada-Muñoz
Medicare MBI: 3TK7-HG2-MN45
Hospital acct: 7120448861
DOS: 03/21/2024
  93306 TTE complete .............. bill to Medicare (routine care, Q1 modifier, NCT on claim)
  93291 ICM interrogation ......... bill to study 62-4417
  71250 CT chest w/o contrast ..... bill to study 62-4417

She received a statement for $1,184.00 last week and called us upset. Can you put the
account on hold while it's fixed?

Greg Pfeiffer
Research Finance Manager | LCRC | 414-555-0176"""
    body(m, t, cte="quoted-printable")
    return m, "Gloria Estrada-Muñoz"


@reg("phi", "ids")
def ids_ride_address():
    d = when(5, 17, 15, 5)
    m = new(TOMAS, "TrialRide Dispatch <dispatch@trialride.example>", "Ride booking - Tue 5/21", d)
    t = """Hi TrialRide,

Please book the following for Lakeshore Clinical Research Center (account LCRC-0094):

Rider:         Odell Simmons
Pickup:        4417 Kessling Ave, Apt 2B, Eastbrook WI 53991
Rider phone:   414-555-0143 (call on arrival, he needs a few minutes)
Date/time:     Tuesday 5/21, pickup 7:15 AM
Drop-off:      2200 Harbor Point Blvd, Suite 310
Return:        approx 11:30 AM (we'll call)
Notes:         WHEELCHAIR ACCESSIBLE vehicle required. Rider is coming for a fasting
               blood draw and infusion, so he may be tired on the way home. Oxygen tank
               travels with him.

Bill to study code HLV-305.

Thanks,
Tomás Irigoyen
LCRC | 414-555-0177"""
    body(m, t)
    return m, "Odell Simmons"


@reg("phi", "ids")
def ids_central_lab():
    d1 = when(4, 4, 6, 12, 0)
    d2 = when(4, 4, 8, 37)
    m = new(LINH, "Renata Okafor-Hale <rokafor-hale@lakeshorecrc.example>",
            "FW: Query - Accession 7720419833 hemolyzed", d2)
    inner = """Dear Site 104,

The sample below was received hemolyzed and potassium could not be reported. Please
arrange a recollection within the visit window.

Protocol:         VRD-4410-302
Site / Subject:   104 / 104-0047
Accession:        7720419833
Collection date:  02-Apr-2024 09:40
Visit:            Week 16
Tests affected:   Potassium, LDH (not reportable); Creatinine 1.9 mg/dL (H)

Regards,
Harbourline Central Laboratory Services - Site Support"""
    t = """Renata - this is Patricia Vandermolen (DOB 30-Sep-1958). Creatinine went up from
1.4 at Wk 12. I'll call her for a redraw Friday; Dr. A should see the creatinine
before her next dose.

Linh

-------- Forwarded Message --------
Subject: Query - Accession 7720419833 hemolyzed
Date: """ + format_datetime(d1) + """
From: Harbourline Site Support <sitesupport@harbourline-lab.example>
To: site104@lakeshorecrc.example

""" + inner
    body(m, t)
    return m, "Patricia Vandermolen"


@reg("phi", "ids")
def ids_ssn_1099():
    d = when(6, 12, 10, 2)
    m = new(GREG, "StipendWorks Support <support@stipendworks.example>",
            "1099 setup - participant over $600", d)
    t = """Hello,

One of our CADENCE-2 participants will pass $600 in study payments this year with
the 6-month implant follow-up, so we need to add tax info to the card profile before
the next load.

Participant: Samuel Achebe
Card: ending 4471 (program LCRC-CADENCE2)
SSN: 412-77-3185
Mailing address: 1290 Orchard Ridge Rd, Eastbrook WI 53990

He completed his Month 6 device check on 6/11 and the next load is $150.

Please confirm once the W-9 info is on file.

Greg Pfeiffer
Research Finance Manager
Lakeshore Clinical Research Center"""
    body(m, t, cte="base64")
    return m, "Samuel Achebe"


@reg("phi", "ids")
def ids_claim_number():
    d1 = when(3, 1, 10, 10)
    d2 = when(3, 4, 9, 2)
    m = new(GREG, "Bernice Holloway <bholloway1947@mailbox.example>",
            "RE: bill for my heart MRI", d2, cc=RENATA)
    prev = """Mr. Pfeiffer, I got a bill from the hospital for the heart MRI I had for your
study on February 11. It says I owe $2,310.40. Renata told me the study pays for this.
The claim number on the paper is 2024-0883-117-A and my account number is 88214503.
I can't pay this. Please help.

Bernice Holloway"""
    t = """Dear Mrs. Holloway,

Thank you for sending this, and I'm sorry for the worry. You are right - the cardiac MRI
on 02/11/24 is a research procedure and should never have been billed to you or to your
insurance. I've asked the hospital's billing office to reverse claim 2024-0883-117-A on
account 88214503 and re-bill it to the study. You don't need to pay anything. If you get
a collection letter, please call me directly at 414-555-0176.

Best regards,
Greg Pfeiffer
Research Finance Manager
Lakeshore Clinical Research Center

""" + outlook_quote("Bernice Holloway <bholloway1947@mailbox.example>", d1,
                    "Greg Pfeiffer", "bill for my heart MRI", prev)
    body(m, t)
    return m, "Bernice Holloway"


@reg("phi", "ids")
def ids_dispensing_correction():
    d = when(5, 8, 14, 21)
    m = new(KATYA, "%s, %s" % (DEV, "Investigational Pharmacy <idspharmacy@lakeshorecrc.example>"),
            "IP dispensing log correction - kit 40917", d)
    t = """Hi Dev and pharmacy,

I found an error on the dispensing log during QC today.

Kit 40917 was dispensed on 05/06/2024 to Alvin Teague (chart # LC-22917, born June 4th,
1944) at his Week 20 visit, but the log has it recorded under the participant on the
line above. The IWRS confirmation (#IWRS-883021) shows the right assignment so it's just
the paper log. The returned bottle from Wk 16 had 6 tablets left, that was also not
counted yet.

Dev, can you initial/date the correction since you dispensed? I'll note-to-file it.

Katya Morozova
Research Assistant
LCRC"""
    body(m, t)
    return m, "Alvin Teague"


@reg("phi", "ids")
def ids_html_sponsor_form():
    d = when(4, 19, 11, 5)
    m = new(RENATA, PRIYA, "Subject 302-0118 - missing source for eligibility", d, cc=JESS)
    inner = """<p>Hi Priya,</p>
<p>Following up on your query from the April visit. I found the outside records for the eligibility
criterion #7 (prior hospitalization within 12 months). Details below so you can match against the
scan in the portal &mdash; I realize the scan still shows his name, I'll redact before upload.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Subject</b></td><td>302-0118</td></tr>
<tr><td><b>Initials</b></td><td>K-M-R</td></tr>
<tr><td><b>Name (source)</b></td><td>Kwame Mensah-Richards</td></tr>
<tr><td><b>DOB</b></td><td>1971.02.14</td></tr>
<tr><td><b>Health plan ID</b></td><td>XQH884120337</td></tr>
<tr><td><b>Qualifying event</b></td><td>Inpatient 08/22/2023 &ndash; 08/26/2023, Mercy Lakes Hospital, IV diuretics</td></tr>
<tr><td><b>Source</b></td><td>Discharge summary, 6 pages, received 04/18/2024</td></tr>
</table>
<p>Let me know if that closes the query.</p>
<p>Renata Okafor-Hale, CCRC<br>Lead Clinical Research Coordinator<br>Lakeshore Clinical Research Center</p>
<p style="font-size:8pt;color:#777">""" + esc(DISCLAIMER) + "</p>"
    body(m, html_doc(inner), subtype="html")
    return m, "Kwame Mensah-Richards"

# ================================================================ phi-lists
@reg("phi", "lists")
def lists_daily_schedule():
    d = when(4, 23, 6, 55)
    m = new(RENATA, COORDS, "Wed 4/24 clinic schedule", d)
    rows = [
        ["Time", "Participant", "Study", "Visit", "Procedures", "Staff"],
        ["07:30", "Eleanor Vasquez", "SOLACE-DM", "Wk 16", "fasting labs, A1c, inj training", "Bea"],
        ["08:00", "Harold Brenneman", "ARBOR-HF", "Unsched", "BP recheck, BMP", "Linh"],
        ["08:30", "Thuy Pham", "HALO-RSV", "Day 29", "serology draw, diary review", "Katya"],
        ["09:00", "Marcus Oduya", "STRIDE-OA", "Screening", "consent, knee X-ray, labs", "Dev"],
        ["10:00", "Agnes Thorvaldsen", "CADENCE-2", "Month 3", "device check, ECG", "Linh"],
        ["11:00", "Gerald Finnerty", "ARBOR-HF", "Wk 24", "echo, 6MWT, PK", "Dev/Linh"],
        ["13:00", "Rosa Quintanilla", "SOLACE-DM", "Wk 8", "CGM download, labs", "Bea"],
        ["14:30", "Stanislav Petrenko", "STRIDE-OA", "Inj 2", "knee injection, 60 min obs", "Dr. O"],
    ]
    t = """Morning all,

Tomorrow's schedule. Mr. Finnerty needs the long room for the walk test; Petrenko
needs Dr. O available for the injection and 60 minutes of observation after.

""" + text_table(rows) + """

Reminders: fasting labs go on the 11:00 courier. Eleanor is bringing her husband
to the training. Thuy's diary card is still missing Day 5.

R."""
    body(m, t)
    return m, "Eleanor Vasquez"


@reg("phi", "lists")
def lists_prescreen_tabs():
    d = when(3, 14, 16, 20)
    m = new(TOMAS, "%s, %s" % (BEA, RENATA), "SOLACE pre-screen results from EHR query", d)
    rows = [
        ["Name", "DOB", "Phone", "Last A1c", "BMI", "Meds", "Status"],
        ["Arturo Benavides", "07/02/1966", "414-555-0102", "8.9", "33.1", "metformin", "eligible - call"],
        ["Linda Carmichael", "01/19/1959", "414-555-0163", "7.4", "29.8", "metformin, glipizide", "eligible - call"],
        ["Yolanda Reyes-Ortiz", "11/30/1971", "262-555-0190", "10.6", "38.0", "insulin glargine", "excl - basal insulin"],
        ["Oleksandr Hrytsenko", "05/05/1963", "414-555-0129", "9.1", "31.4", "metformin", "eligible - Russian/Ukr speaker"],
        ["Patrice Mbeki-Lowe", "09/14/1970", "414-555-0184", "6.8", "27.2", "diet only", "excl - A1c < 7.0"],
        ["Dennis O'Halloran", "02/27/1955", "920-555-0151", "8.2", "35.9", "metformin, empagliflozin", "eligible - call"],
    ]
    t = "Bea, Renata,\n\nHere's this week's pull from the diabetes registry query (pasted from Excel). " \
        "I marked the ones I think are eligible based on chart review. Oleksandr would need " \
        "Katya for the call.\n\n"
    t += "\n".join("\t".join(r) for r in rows)
    t += "\n\nI'll start calls tomorrow unless you see a problem.\n\nTomás"
    body(m, t)
    return m, "Arturo Benavides"


@reg("phi", "lists")
def lists_stipend_bars():
    d = when(5, 31, 14, 12)
    m = new(GREG, "StipendWorks Support <support@stipendworks.example>",
            "Manual load batch 2024-05-31", d, cc=FINANCE)
    rows = [
        ["Card", "Participant", "Study", "Visit", "Amount"],
        ["...4471", "Samuel Achebe", "CADENCE-2", "M6 device check", "$150.00"],
        ["...2290", "Wanda Pruitt", "STRIDE-OA", "Inj 1 + 2h obs", "$100.00"],
        ["...3308", "Rosalind Achebe-Turner", "SOLACE-DM", "V8 fasting labs", "$75.00"],
        ["...1187", "Thuy Pham", "HALO-RSV", "D29 blood draw", "$50.00"],
        ["...5526", "Gerald Finnerty", "ARBOR-HF", "Wk24 echo/6MWT", "$125.00"],
        ["...0914", "Marisol Ybarra", "STRIDE-OA", "parking x3 + Rx", "$82.18"],
    ]
    t = """Hi StipendWorks,

The auto-load didn't pick these up because the visits were entered after the cutoff.
Please process as a manual batch against program LCRC-GENERAL:

""" + text_table(rows, bars=True) + """

Total: $582.18

Thanks,
Greg Pfeiffer
Research Finance Manager | Lakeshore Clinical Research Center"""
    body(m, t)
    return m, "Samuel Achebe"


@reg("phi", "lists")
def lists_recruit_csv():
    d = when(3, 25, 10, 45)
    m = new(TOMAS, "Printworks Mailing <orders@printworks-mail.example>",
            "Mail merge list - STRIDE-OA recruitment letters", d, cc=ALANA)
    body(m, """Hi Nadia,

Attached is the list for the STRIDE-OA knee study letter (letter PDF went over
yesterday, IRB-approved version dated 3/12). 212 rows total in the full file; this is
batch 1. Please use first-class, return address Suite 310. Do not print the dx column
on the envelope - it's only there so we can double check the segments.

Thanks,
Tomás Irigoyen
Lakeshore Clinical Research Center""")
    rows = [["first_name", "last_name", "address1", "city", "state", "zip", "dob", "dx_code", "last_visit", "referring_md"]]
    people = [
        ("Marlene", "Oberholtzer", "2281 W Pinecrest Ave", "Eastbrook", "WI", "53990", "1952-04-11", "M17.12", "2023-11-02", "Kessler"),
        ("Tobias", "Grünewald", "118 Lakeview Ter", "Port Alden", "WI", "53992", "1960-08-23", "M17.0", "2024-01-15", "Kessler"),
        ("Fatima", "Haidari", "907 N 14th St Apt 3", "Eastbrook", "WI", "53991", "1958-12-01", "M17.11", "2023-09-28", "Obuya"),
        ("Robert", "Klimek", "4 Sandpiper Ct", "Millbank", "WI", "53995", "1949-03-30", "M17.0", "2024-02-07", "Obuya"),
        ("Josefina", "Castañeda", "5530 S Orchard Rd", "Eastbrook", "WI", "53990", "1964-06-17", "M17.12", "2023-12-19", "Ferreira"),
        ("Duc", "Lam", "1401 Beacon St", "Port Alden", "WI", "53992", "1956-10-09", "M17.11", "2024-01-30", "Ferreira"),
        ("Gwendolyn", "Asante", "77 Brookhaven Dr", "Millbank", "WI", "53995", "1961-01-22", "M17.0", "2023-10-11", "Kessler"),
        ("Harvey", "Lindgren", "3012 County Rd K", "Eastbrook", "WI", "53993", "1947-07-04", "M17.12", "2024-02-26", "Obuya"),
    ]
    rows += [list(p) for p in people]
    attach(m, csv_text(rows), ("text", "csv"), "STRIDE_OA_mailing_batch1.csv")
    return m, "Marlene Oberholtzer"


@reg("phi", "lists")
def lists_enrollment_xlsx():
    d = when(5, 1, 17, 30)
    m = new(RENATA, "%s, %s" % (ACHTERBERG, ALANA), "Enrollment tracker - end of April", d)
    body(m, """Attached is the enrollment tracker through 4/30. Highlights:

- ARBOR-HF: 14 randomized, 2 discontinued (1 AE, 1 withdrew consent)
- SOLACE-DM: 9 randomized, 4 screen fails this month (mostly A1c)
- STRIDE-OA: first 3 injected

The discontinued and screen fail reasons are in column H. Please don't forward
outside the team, it has names in it.

Renata""")
    rows = [
        ["Subject ID", "Name", "DOB", "Study", "Consent date", "Randomized", "Status", "Reason / notes"],
        ["104-0032", "Harold Brenneman", "1948-05-19", "ARBOR-HF", "2023-11-08", "2023-11-29", "Active", "IP held 3/12 BP"],
        ["104-0039", "Frank Dellacroce", "1951-04-02", "ARBOR-HF", "2023-12-14", "2024-01-04", "Discontinued", "Withdrew - started anticoagulant (AF)"],
        ["104-0041", "Raymond Ocampo", "1956-02-08", "ARBOR-HF", "2024-01-10", "2024-01-31", "Active", "SAE 4/13 hospitalization"],
        ["104-0047", "Patricia Vandermolen", "1958-09-30", "ARBOR-HF", "2024-01-22", "2024-02-12", "Active", "Creatinine rising - redraw"],
        ["201-0011", "Delphine Arceneaux", "1960-07-27", "SOLACE-DM", "2023-12-05", "2023-12-20", "Discontinued", "Lost to f/u / ET pending"],
        ["201-0015", "Rosalind Achebe-Turner", "1962-11-23", "SOLACE-DM", "2024-01-17", "2024-02-07", "Active", "Restarted metformin - dev?"],
        ["201-0019", "Chiamaka Nwachukwu-Bello", "1967-03-12", "SOLACE-DM", "2024-02-20", "2024-03-06", "Active", "Hypo x2 5/21, 5/23"],
        ["301-0004", "Bettina Lorenz-Shaw", "1955-12-03", "STRIDE-OA", "2024-03-20", "", "Screen fail", "eGFR 38"],
        ["301-0006", "Stanislav Petrenko", "1950-06-15", "STRIDE-OA", "2024-03-27", "2024-04-10", "Active", ""],
        ["301-0007", "Wanda Pruitt", "1963-10-01", "STRIDE-OA", "2024-02-28", "2024-04-17", "Active", ""],
    ]
    attach(m, xlsx_bytes(rows, "Enrollment"), XLSX_T, "LCRC_Enrollment_Tracker_2024-04-30.xlsx")
    return m, "Harold Brenneman"


@reg("phi", "lists")
def lists_ae_log_docx():
    d = when(6, 14, 16, 2)
    m = new(DEV, PRIYA, "AE log for next week's IMV - SOLACE-DM site 201", d, cc=RENATA)
    body(m, """Hi Priya,

Attached is the site AE log for SOLACE-DM so you can prep for the interim
monitoring visit on 6/18. This is the working copy from our binder so it still has
participant names - please keep it within Quorum and delete after the visit.

All entries through 6/13 are in the EDC except the last two.

Dev Malhotra
Clinical Research Coordinator
Lakeshore Clinical Research Center
""" + "\n" + DISCLAIMER)
    paras = ["#SOLACE-DM (BWB-118-201) - Site 201 Adverse Event Log",
             "Site: Lakeshore Clinical Research Center   PI: M. Achterberg, MD",
             "Working copy - printed 06/14/2024",
             "Entries:"]
    table = [
        ["Subj", "Participant", "AE term", "Onset", "Grade", "Related", "Serious", "Outcome"],
        ["201-0003", "Eleanor Vasquez", "Nausea", "02/12/24", "1", "Probable", "N", "Resolved 02/20"],
        ["201-0007", "Carol Benedetti", "Headache", "03/14/24", "2", "Possible", "N", "Ongoing"],
        ["201-0007", "Carol Benedetti", "Flushing", "03/15/24", "1", "Possible", "N", "Resolved 03/22"],
        ["201-0012", "Abdulrahman Al-Khatib", "Erythema L forearm", "04/30/24", "1", "Possible", "N", "Resolved 05/09"],
        ["201-0015", "Rosalind Achebe-Turner", "Dyspepsia", "04/25/24", "1", "Unlikely", "N", "Ongoing"],
        ["201-0019", "Chiamaka Nwachukwu-Bello", "Hypoglycemia", "05/21/24", "1", "Possible", "N", "Resolved"],
        ["201-0019", "Chiamaka Nwachukwu-Bello", "Hypoglycemia", "05/23/24", "1", "Possible", "N", "Resolved"],
        ["201-0022", "Deb Halvorsen-Pike", "Fall / hip contusion", "05/08/24", "2", "Unlikely", "N", "Resolving"],
    ]
    attach(m, docx_bytes(paras, table=table), DOCX_T, "SOLACE-DM_Site201_AE_Log_working.docx")
    return m, "Eleanor Vasquez"


@reg("phi", "lists")
def lists_infusion_pdf():
    d = when(6, 7, 12, 30)
    m = new(LINH, "%s, %s" % (COORDS, "Infusion Suite <infusion@eastbrookhealth.example>"),
            "Infusion chair roster wk of 6/10", d)
    body(m, """Hi all,

Attached is next week's chair roster for the research infusions we're running in the
Eastbrook Health infusion suite. Please note Monday chair 3 is blocked for the
Nguyễn infusion (needs interpreter). Odell Simmons needs the bay with the oxygen hookup.

Linh""")
    lines = [
        "LAKESHORE CLINICAL RESEARCH CENTER - RESEARCH INFUSION ROSTER",
        "Week of 06/10/2024        Location: Eastbrook Health Infusion Suite, 2nd floor",
        "",
        "DAY   TIME   CHAIR  PARTICIPANT              DOB         STUDY      NOTES",
        "----  -----  -----  -----------------------  ----------  ---------  ---------------------------",
        "Mon   08:00  3      Nguyen Thi Hong          1949-08-14  STRIDE-OA  Vietnamese interpreter; PK",
        "Mon   09:30  1      Marisol Ybarra           1972-03-05  STRIDE-OA  premed ondansetron 8 mg",
        "Mon   11:00  2      Stanislav Petrenko       1950-06-15  STRIDE-OA  60 min post-obs",
        "Tue   07:45  4      Odell Simmons            1944-12-29  HALO-RSV   O2 bay; wheelchair",
        "Tue   10:00  1      Wanda Pruitt             1963-10-01  STRIDE-OA  2nd infusion; vitals q15",
        "Wed   08:30  2      Jorge Villanueva         1957-01-11  ARBOR-HF   IV diuretic challenge",
        "Thu   08:00  3      Gloria Estrada-Munoz     1953-09-02  CADENCE-2  pre-procedure labs only",
        "Fri   09:00  1      Marlene Oberholtzer      1952-04-11  STRIDE-OA  screening - consent first",
        "",
        "Contact: Linh Tran RN 414-555-0174 / after hours on-call 414-555-0199",
        "Printed 06/07/2024 12:18 by LTRAN",
    ]
    attach(m, pdf_bytes(lines, "Infusion roster 06-10-2024", font_size=7, font="Courier"), PDF_T,
           "Research_Infusion_Roster_2024-06-10.pdf")
    return m, "Nguyen Thi Hong"

# ================================================================ phi-struct
@reg("phi", "struct")
def struct_hl7_oru_pasted():
    d = when(4, 5, 10, 14)
    m = new(YUSUF, "Eastbrook Health Interface Team <interfaces@eastbrookhealth.example>",
            "Research results not routing to LCRC inbox", d, cc=LINH)
    hl7 = "\n".join([
        "MSH|^~\\&|EBH_LAB|EASTBROOK|LCRC_EHR|LCRC|20240404153211||ORU^R01^ORU_R01|EBL24040415321107|P|2.5.1",
        "PID|1||E00571923^^^EBH^MR~104-0047^^^VRD4410^RI||VANDERMOLEN^PATRICIA^J||19580930|F|||88 Willow Bend Rd^^Eastbrook^WI^53990||(414)555-0138",
        "PV1|1|O|LCRC^RESEARCH^01||||1457382910^ACHTERBERG^MIRIAM^^^MD",
        "ORC|RE|LC240404-22|EBL8839201||CM",
        "OBR|1|LC240404-22|EBL8839201|80048^BASIC METABOLIC PANEL^CPT|||20240404091000|||||||||1457382910^ACHTERBERG^MIRIAM||||||20240404152900|||F",
        "OBX|1|NM|2951-2^Sodium^LN||138|mmol/L|135-145||||F",
        "OBX|2|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F",
        "OBX|3|NM|2160-0^Creatinine^LN||2.1|mg/dL|0.6-1.2|H|||F",
        "OBX|4|NM|33914-3^eGFR^LN||26|mL/min/1.73m2|>60|L|||F",
        "OBX|5|NM|3094-0^BUN^LN||41|mg/dL|7-20|H|||F",
    ])
    t = """Hi interface team,

The local redraw for one of our research participants resulted yesterday afternoon but
never showed up in the LCRC results inbox - we only found it because the nurse called
the lab. Message from your engine log is below (copied from the Cloverleaf viewer you
gave us access to). Looks like PV1-3 has the research location but the route table may
not include LCRC^RESEARCH^01.

""" + hl7 + """

Since the potassium and creatinine are abnormal this is time sensitive for us - the PI
needs to see these before the participant's next dose. Ticket INC0049122.

Thanks,
Yusuf Haddad
Data & Records Coordinator, LCRC
414-555-0179"""
    body(m, t)
    return m, "Patricia Vandermolen"


@reg("phi", "struct")
def struct_hl7_adt_attached():
    d = when(4, 16, 7, 55)
    m = new("EBH ADT Notifications <adt-notify@eastbrookhealth.example>",
            "LCRC Research Alerts <alerts@lakeshorecrc.example>",
            "[Research Alert] Inpatient admission - enrolled participant", d)
    body(m, """This is an automated research participant encounter notification.

A patient flagged as an active research participant has had an encounter at an
Eastbrook Health facility. The HL7 message is attached. Please review for adverse
event reporting requirements.

Study flag: VRD-4410-302 (ARBOR-HF)  PI: ACHTERBERG, MIRIAM
Event: A01 Admit   Facility: St. Brigid's Medical Center   Unit: 4W

Do not reply to this message.""")
    hl7 = "\r".join([
        "MSH|^~\\&|EPIC|STBRIGIDS|RSCH_ALERT|LCRC|20240414021733||ADT^A01^ADT_A01|ADT9917342|P|2.3",
        "EVN|A01|20240414021500",
        "PID|1||SB3392017^^^STB^MR||OCAMPO^RAYMOND^T||19560208|M||2106-3|6120 Cedar Hollow Ln^^Port Alden^WI^53992||(262)555-0127|||M||SB88120047|",
        "NK1|1|OCAMPO^ELAINE|SPO|(262)555-0127",
        "PV1|1|I|4W^412^A^STB||||20771^KOWALSKI^ADAM^^^MD|||CAR||||7|||20771^KOWALSKI^ADAM^^^MD|IN||MCR|||||||||||||||||||STB||||20240414021500",
        "PV2|||^CHEST PAIN, SHORTNESS OF BREATH",
        "DG1|1|I10|I21.4^NSTEMI^I10|NON-ST ELEVATION MYOCARDIAL INFARCTION|20240414|A",
        "IN1|1|MCR01|MEDICARE|MEDICARE PART A AND B|||||||||||OCAMPO^RAYMOND^T|01|19560208|||||||||||||||||||7HJ2-PK4-TX81",
        "ZRS|1|VRD-4410-302|ARBOR-HF|ACTIVE|104-0041",
    ]) + "\r"
    attach(m, hl7.encode("ascii"), ("application", "hl7-v2"), "ADT_A01_SB3392017.hl7")
    return m, "OCAMPO^RAYMOND^T"


@reg("phi", "struct")
def struct_x12_837_attached():
    d = when(5, 22, 15, 40)
    m = new(GREG, "Claims Support <edisupport@clearpath-edi.example>",
            "837P rejected - research claim, invalid modifier?", d)
    body(m, """Hello,

Our test-to-production 837P file from yesterday was rejected at the front end
(999 said AK9*R). It's a single claim for a research participant's routine-care
visit with the Q1 modifier and the clinical trial number in REF*P4 / NTE. Could
you look at the file and tell us which segment is off? Attached as sent.

Greg Pfeiffer
Research Finance Manager
Lakeshore Clinical Research Center | 414-555-0176""")
    segs = [
        "ISA*00*          *00*          *ZZ*LCRC0094       *ZZ*CLEARPATH      *240521*1612*^*00501*000004417*0*P*:",
        "GS*HC*LCRC0094*CLEARPATH*20240521*1612*4417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LC24052101*20240521*1612*CH",
        "NM1*41*2*LAKESHORE CLINICAL RESEARCH CENTER*****46*LCRC0094",
        "PER*IC*GREG PFEIFFER*TE*4145550176",
        "NM1*40*2*BADGER STATE MEDICARE*****46*00951",
        "HL*1**20*1",
        "NM1*85*2*LAKESHORE CLINICAL RESEARCH CENTER*****XX*1588204471",
        "N3*2200 HARBOR POINT BLVD STE 310",
        "N4*EASTBROOK*WI*53990",
        "REF*EI*396004417",
        "HL*2*1*22*0",
        "SBR*P*18*******MB",
        "NM1*IL*1*ESTRADA-MUNOZ*GLORIA****MI*3TK7HG2MN45",
        "N3*3318 S LINDEN AVE",
        "N4*EASTBROOK*WI*53991",
        "DMG*D8*19530902*F",
        "NM1*PR*2*BADGER STATE MEDICARE*****PI*00951",
        "CLM*LC240321GEM*412.00***11:B:1*Y*A*Y*Y",
        "DTP*431*D8*20240301",
        "REF*P4*NCT05XXXX17",
        "NTE*ADD*CLINICAL TRIAL CADENCE-2 ROUTINE COSTS",
        "HI*ABK:R00.2*ABF:I49.9",
        "NM1*82*1*ACHTERBERG*MIRIAM****XX*1457382910",
        "LX*1",
        "SV1*HC:93306:Q1*412.00*UN*1***1:2",
        "DTP*472*D8*20240321",
        "SE*27*0001",
        "GE*1*4417",
        "IEA*1*000004417",
    ]
    attach(m, "~\n".join(segs) + "~\n", ("application", "edi-x12"), "LCRC_837P_20240521_4417.x12")
    return m, "Gloria Estrada-Muñoz"


@reg("phi", "struct")
def struct_x12_271_pasted():
    d = when(3, 8, 11, 30)
    m = new(BEA, GREG, "eligibility response - Quintanilla (coverage for SOC labs?)", d)
    x12 = "~\n".join([
        "ISA*00*          *00*          *ZZ*BLUELAKE       *ZZ*LCRC0094       *240308*1102*^*00501*000771203*0*P*:",
        "GS*HB*BLUELAKE*LCRC0094*20240308*1102*771203*X*005010X279A1",
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*LCRQ0308A*20240308*1102",
        "HL*1**20*1",
        "NM1*PR*2*BLUE LAKE HEALTH PLAN*****PI*77120",
        "HL*2*1*21*1",
        "NM1*1P*2*LAKESHORE CLINICAL RESEARCH CENTER*****XX*1588204471",
        "HL*3*2*22*0",
        "TRN*2*LCRQ0308A*9LCRC00094",
        "NM1*IL*1*QUINTANILLA*ROSA*ELENA***MI*BLH448201937",
        "N3*2755 W GREENFIELD AVE APT 6",
        "N4*EASTBROOK*WI*53991",
        "DMG*D8*19640719*F",
        "DTP*346*D8*20240101",
        "EB*1*IND*30**BLUE LAKE CHOICE PPO",
        "EB*C*IND*30***23*1500.00",
        "EB*C*IND*30***29*1187.50",
        "EB*B*IND*5***27*15",
        "MSG*LAB SERVICES COVERED IN NETWORK SUBJECT TO DEDUCTIBLE",
        "SE*17*0001",
        "GE*1*771203",
        "IEA*1*000771203",
    ]) + "~"
    t = """Greg,

Ran the eligibility check for Rosa Elena before her SOLACE-DM screening. Response
below. She still has $1,187.50 left on her deductible, so if we bill the standard-of-
care A1c and lipid panel to her plan she'll likely pay out of pocket. I think we should
talk to Dr. A about whether those can go on the study budget instead - she already told
me money is tight.

""" + x12 + """

Bea"""
    body(m, t)
    return m, "Rosa Elena Quintanilla"


@reg("phi", "struct")
def struct_fhir_json():
    d = when(5, 29, 13, 18)
    m = new(YUSUF, "eSource Integration <integration@trialbridge.example>",
            "FHIR export sample for eSource mapping - site 104", d, cc=PRIYA)
    body(m, """Hi TrialBridge team,

As requested for the EHR-to-EDC mapping workshop, attached is the FHIR R4 bundle our
EHR produces for one of the ARBOR-HF participants' Week 24 visit (vitals + labs). The
Observation codes are LOINC, units UCUM. Let us know which elements you need in the
Patient resource - right now it's exporting the full demographic record.

Yusuf""")
    bundle = {
        "resourceType": "Bundle",
        "id": "lcrc-export-20240529-0017",
        "type": "collection",
        "timestamp": "2024-05-29T12:58:41-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:5b2e7c1a-0c44-4f0e-9d3f-2a1f7e66b101",
             "resource": {
                 "resourceType": "Patient",
                 "id": "lcrc-pt-22871",
                 "identifier": [
                     {"system": "urn:oid:2.16.840.1.113883.3.9912.1", "type": {"text": "MRN"},
                      "value": "E00582231"},
                     {"system": "urn:lcrc:study:VRD-4410-302", "type": {"text": "Subject ID"},
                      "value": "104-0052"}],
                 "name": [{"use": "official", "family": "Finnerty", "given": ["Gerald", "Patrick"]}],
                 "telecom": [{"system": "phone", "value": "414-555-0166", "use": "home"}],
                 "gender": "male",
                 "birthDate": "1949-10-03",
                 "address": [{"line": ["45 Kettle Moraine Dr"], "city": "Eastbrook",
                              "state": "WI", "postalCode": "53993"}]}},
            {"fullUrl": "urn:uuid:5b2e7c1a-0c44-4f0e-9d3f-2a1f7e66b102",
             "resource": {
                 "resourceType": "Observation", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9",
                                      "display": "Blood pressure panel"}]},
                 "subject": {"reference": "Patient/lcrc-pt-22871"},
                 "effectiveDateTime": "2024-05-28T08:12:00-05:00",
                 "component": [
                     {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                      "valueQuantity": {"value": 142, "unit": "mm[Hg]"}},
                     {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]},
                      "valueQuantity": {"value": 86, "unit": "mm[Hg]"}}]}},
            {"fullUrl": "urn:uuid:5b2e7c1a-0c44-4f0e-9d3f-2a1f7e66b103",
             "resource": {
                 "resourceType": "Observation", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "33762-6",
                                      "display": "NT-proBNP"}]},
                 "subject": {"reference": "Patient/lcrc-pt-22871"},
                 "effectiveDateTime": "2024-05-28T08:20:00-05:00",
                 "valueQuantity": {"value": 1840, "unit": "pg/mL"},
                 "interpretation": [{"text": "High"}]}},
            {"fullUrl": "urn:uuid:5b2e7c1a-0c44-4f0e-9d3f-2a1f7e66b104",
             "resource": {
                 "resourceType": "Observation", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "10230-1",
                                      "display": "Left ventricular Ejection fraction"}]},
                 "subject": {"reference": "Patient/lcrc-pt-22871"},
                 "effectiveDateTime": "2024-05-28T10:05:00-05:00",
                 "valueQuantity": {"value": 31, "unit": "%"}}},
        ],
    }
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False), ("application", "fhir+json"),
           "bundle_104-0052_wk24.json")
    return m, "Gerald Finnerty"


@reg("phi", "struct")
def struct_sae_form_kv():
    d = when(4, 15, 13, 2)
    m = new(RENATA, SAFETY, "SAE Initial Report - Protocol VRD-4410-302 - Site 104", d,
            cc="%s, %s" % (ACHTERBERG, PRIYA))
    t = """Please find the initial SAE information below. The portal timed out twice so I'm
sending by email per the Safety Management Plan section 5.2 backup procedure.

SERIOUS ADVERSE EVENT REPORT - INITIAL
======================================
Protocol:                VRD-4410-302 (ARBOR-HF)
Site number:             104
Investigator:            Miriam Achterberg, MD
Subject number:          104-0041
Subject initials:        R.T.O.
Participant name:        Raymond T. Ocampo   [site use only - remove before filing]
Date of birth:           08-Feb-1956
Sex:                     Male
Weight / height:         94.2 kg / 178 cm
Date site aware:         15-Apr-2024 07:40
Event term:              Non-ST elevation myocardial infarction
Onset date:              13-Apr-2024 approx 22:30
Seriousness criteria:    [X] Hospitalization  [ ] Death  [ ] Life-threatening
                         [ ] Disability  [ ] Congenital anomaly  [ ] Other important
Hospital:                St. Brigid's Medical Center, admitted 14-Apr-2024
Treatment:               Cardiac catheterization 14-Apr-2024, DES x1 to LCx;
                         heparin, aspirin, ticagrelor, atorvastatin 80 mg
Study drug:              Last dose 13-Apr-2024 08:00; action: interrupted
Causality (PI):          Not related
Outcome:                 Not yet recovered
Narrative:               68-year-old male randomized 31-Jan-2024 presented to ED
                         with substernal chest pain and dyspnea. Troponin I peak
                         4.82 ng/mL. Remains inpatient, expected discharge 17-Apr.
Reporter:                Renata Okafor-Hale, CCRC  414-555-0171

Follow-up with the discharge summary to come.

Renata"""
    body(m, t, cte="quoted-printable")
    return m, "Raymond T. Ocampo"


@reg("phi", "struct")
def struct_fixedwidth_zip():
    d = when(6, 20, 9, 5)
    m = new(YUSUF, "Harbourline Data Management <dm@harbourline-lab.example>",
            "Visit export for reconciliation (fixed width, zipped)", d, cc=RENATA)
    body(m, """Hello Harbourline DM,

Attached is our CTMS visit export for the sample reconciliation you asked for. Fixed
width per your spec v2.1 (record layout in the README in the zip). Zipped because
your portal rejects .txt uploads - Mei said that was fine.

Yusuf Haddad | LCRC""")
    layout = [(10, "SUBJID"), (22, "LASTNAME"), (14, "FIRSTNAME"), (8, "DOB"),
              (10, "VISIT"), (8, "VISDT"), (12, "ACCESSION"), (20, "COMMENT")]
    recs = [
        ("104-0032", "BRENNEMAN", "HAROLD", "19480519", "UNSCHED1", "20240314", "7720418877", "BP RECHECK"),
        ("104-0041", "OCAMPO", "RAYMOND", "19560208", "WK12", "20240327", "7720419021", ""),
        ("104-0047", "VANDERMOLEN", "PATRICIA", "19580930", "WK16", "20240402", "7720419833", "HEMOLYZED"),
        ("104-0047", "VANDERMOLEN", "PATRICIA", "19580930", "UNSCHED1", "20240404", "7720420114", "REDRAW K CREAT"),
        ("104-0052", "FINNERTY", "GERALD", "19491003", "WK24", "20240528", "7720422790", ""),
        ("104-0055", "VILLANUEVA", "JORGE", "19570111", "WK8", "20240422", "7720421066", "ON PREDNISONE"),
        ("104-0058", "TEAGUE", "ALVIN", "19440604", "WK20", "20240506", "7720421503", ""),
    ]
    lines = []
    for r in recs:
        lines.append("".join(str(v)[:w].ljust(w) for (w, _), v in zip(layout, r)))
    data = "\r\n".join(lines) + "\r\n"
    readme = "LCRC CTMS VISIT EXPORT - LAYOUT v2.1\r\n" + "\r\n".join(
        "%-10s width %d" % (n, w) for w, n in layout) + "\r\nRecords: %d\r\n" % len(recs)
    attach(m, zip_bytes([("LCRC_VISITS_104_20240620.txt", data), ("README_layout.txt", readme)]),
           ZIP_T, "LCRC_VISITS_104_20240620.zip")
    return m, "Harold Brenneman"

# ================================================================ phi-lang
@reg("phi", "lang")
def lang_spanish():
    d = when(3, 19, 11, 20)
    m = new("Beatriz Salgado <bsalgado@lakeshorecrc.example>",
            "Rosa Elena Quintanilla <rosaelena.q@correo-web.example>",
            "Resultados de su visita de selección - estudio SOLACE-DM", d)
    t = """Estimada Sra. Quintanilla:

Le escribo de parte del equipo del estudio SOLACE-DM en Lakeshore. Ya recibimos los
resultados de los análisis de sangre de su visita de selección del 12 de marzo. Su
hemoglobina A1c salió en 8.4 %, que está dentro del rango que pide el estudio, y la
función de los riñones salió normal. La Dra. Achterberg revisó todo y usted puede pasar
a la siguiente visita.

Su próxima cita es el martes 26 de marzo a las 7:30 de la mañana. Por favor venga en
ayunas (sin comer ni tomar nada excepto agua desde la medianoche) y traiga todas sus
medicinas, incluyendo la metformina y las vitaminas. Ese día le vamos a enseñar a
ponerse la inyección semanal y le daremos el glucómetro del estudio.

También hablé con el Sr. Pfeiffer sobre los análisis que su seguro no cubre: el estudio
los va a pagar, así que no recibirá ninguna factura.

Si tiene preguntas, me puede llamar directamente al 414-555-0173. Hablo español.

Atentamente,

Beatriz Salgado
Coordinadora de Investigación Clínica
Lakeshore Clinical Research Center"""
    body(m, t, charset="iso-8859-1", cte="quoted-printable")
    return m, "Rosa Elena Quintanilla"


@reg("phi", "lang")
def lang_russian():
    d = when(4, 15, 16, 5)
    m = new("Екатерина Морозова <kmorozova@lakeshorecrc.example>",
            "Борис Левитан <b.levitan@pochta-mail.example>",
            "Ваш визит 18 апреля (исследование ARBOR-HF)", d)
    t = """Уважаемый Борис Аркадьевич,

Напоминаю, что ваш следующий визит по исследованию ARBOR-HF назначен на четверг,
18 апреля, в 9:00. Доктор Ахтерберг посмотрела результаты анализов с прошлого
визита - она хочет повторить анализ крови на калий, потому что он был немного
повышен (5,3). Пожалуйста, не принимайте утреннюю дозу исследуемого препарата до
визита, возьмите таблетки с собой.

Также, пожалуйста, принесите список всех лекарств, которые вам назначил кардиолог
после выписки из больницы в марте, и дневник веса.

Если нужно перенести визит, звоните мне: 414-555-0178.

С уважением,
Екатерина (Катя) Морозова
Lakeshore Clinical Research Center
2200 Harbor Point Blvd, Suite 310, Eastbrook WI"""
    body(m, t, charset="koi8-r", cte="base64")
    return m, "Борис Аркадьевич Левитан"


@reg("phi", "lang")
def lang_vietnamese():
    d = when(4, 25, 7, 48)
    m = new("Phúc Trần <phuctran.fam@mailbox.example>", LINH,
            "Mẹ tôi bị chóng mặt sau khi truyền thuốc", d)
    t = """Chào chị Linh,

Em là Phúc, con trai của bà Trần Thị Mai (nghiên cứu STRIDE ở Lakeshore). Sau buổi
truyền thuốc hôm thứ Ba, mẹ em bị chóng mặt và buồn nôn suốt hai ngày. Tối qua mẹ em
đo huyết áp ở nhà chỉ có 98/60. Mẹ em không muốn đi cấp cứu. Sáng nay mẹ đỡ hơn một
chút nhưng vẫn mệt, ăn ít.

Chị cho em hỏi có cần đưa mẹ vào phòng khám sớm hơn không? Lịch hẹn tiếp theo là ngày
30 tháng 4.

Sorry for writing in Vietnamese, my English typing is slow. You can call me at
414-555-0155 after 4pm.

Cảm ơn chị nhiều,
Phúc"""
    body(m, t, cte="base64")
    return m, "Trần Thị Mai"


@reg("phi", "lang")
def lang_chinese():
    d = when(5, 3, 20, 33)
    m = new("王秀英 <xiuying.wang1950@mailbox.example>", RENATA, "关于下周的复诊", d)
    t = """Renata 您好：

我是王秀英，参加ARBOR-HF心脏研究的。很抱歉，下周二的复诊我可能去不了。上周五我因为
呼吸困难、脚肿得厉害，被送到St. Brigid's医院住院了三天，医生给我打了利尿针，昨天才
出院。出院时医生把我的呋塞米加到每天40毫克。

研究的药我住院期间没有吃，现在要继续吃吗？请您告诉我该怎么办。我女儿的电话是
414-555-0121，她可以帮我翻译。

谢谢！
王秀英"""
    body(m, t, charset="gb2312", cte="base64")
    return m, "王秀英"


@reg("phi", "lang")
def lang_arabic():
    d = when(5, 16, 12, 40)
    m = new("منى الشمري <mona.alshammari@inboxly.example>", RENATA,
            "Question about my father's heart monitor - محمد الشمري", d)
    t = """السيدة ريناتا المحترمة،

أنا منى، ابنة السيد محمد عبد الله الشمري المشارك في دراسة CADENCE-2. والدي يسأل عن
نتيجة فحص جهاز مراقبة القلب الأسبوع الماضي، لأن الممرضة اتصلت وقالت إن هناك توقفاً في
نبضات القلب أثناء النوم. هو قلق جداً ولا ينام جيداً.

أيضاً، هل يمكن الحصول على نسخة من استمارة الموافقة باللغة العربية؟ والدي لا يقرأ
الإنجليزية جيداً ويريد أن يفهم ما وقّع عليه.

موعده القادم يوم الأربعاء 22 مايو. هل نحتاج مترجماً؟

(Sorry, my English is better for speaking than writing. Please call me.)

شكراً جزيلاً،
منى الشمري
414-555-0133"""
    body(m, t, cte="quoted-printable")
    return m, "محمد عبد الله الشمري"


@reg("phi", "lang")
def lang_portuguese_forward():
    d_in = when(5, 20, 6, 58)
    inner = new("Cida dos Santos <cida.santos63@correio-rapido.example>", BEA,
                "joelho inchado depois da injeção", d_in)
    body(inner, """Oi Bea, tudo bem?

Estou escrevendo porque desde a última injeção no joelho (dia 15) ele está inchado e
quente, e dói muito à noite. Tomei ibuprofeno mas não melhorou. Tenho que ir no
pronto-socorro ou posso esperar a consulta de sexta? Também tive um pouco de febre
ontem à noite, 37,9.

Desculpa escrever em português, fico nervosa e esqueço o inglês.

Beijos,
Cida (Maria Aparecida dos Santos)""", charset="iso-8859-1", cte="quoted-printable")
    d = when(5, 20, 8, 12)
    m = new(BEA, "%s, %s" % (OYELARAN, RENATA), "FW: joelho inchado depois da injeção (STRIDE-OA)", d)
    body(m, """Dr. O,

Forwarding the email below from Maria Aparecida dos Santos (STRIDE-OA, injection #2 on
5/15). Quick translation: since the knee injection the knee has been swollen and warm
and hurts a lot at night, ibuprofen hasn't helped, and she had a low fever last night,
37.9 C (about 100.2 F). She's asking if she should go to the ER or wait for Friday.

I called her at 7:45 and asked her to come in today at 2:00 so you can look at it. I
told her to go to the ER if the fever goes over 38.5 or she can't bear weight. Is that
ok? I'd rather not wait on this one.

Bea
""")
    forward_rfc822(m, inner)
    return m, "Maria Aparecida dos Santos"


@reg("phi", "lang")
def lang_haitian_creole():
    d = when(6, 5, 9, 2)
    m = new("LCRC Voicemail <voicemail@lakeshorecrc.example>", "%s, %s" % (FRONT, TOMAS),
            "Voicemail from 4145550148 (Pierre-Louis, Marie-Josèphe) - 0:47", d)
    t = """New voicemail
From: 414-555-0148  PIERRE-LOUIS, MARIE-JOSEPHE (matched: HALO-RSV contact list)
Received: Wed 6/5/2024 8:57 AM   Duration: 0:47
Mailbox: Study Line (x180)

Transcription (auto-detected language: French - low confidence):
"Bonjou, se Mari-Jozèf Pierre-Louis. Mwen te gen randevou pou dezyèm piki vaksen an
jodi a a dizè, men mwen malad, mwen gen lafyèv depi yè swa epi m ap touse anpil. Doktè
mwen di se petèt grip, li ban m tamiflu. Mwen pa ka vini jodi a. Tanpri rele m nan
414-555-0148 pou nou chanje randevou a. Mèsi anpil."

--
Note from Shanice (front desk): Tomás, I think this is Creole not French. Can you or
Bea call her back? She is on today's 10:00 list for HALO-RSV Dose 2 - I moved her to
"pending reschedule" for now. Sounds like she's sick so Linh may need to know for the
dosing window."""
    body(m, t, cte="quoted-printable")
    return m, "Marie-Josèphe Pierre-Louis"


@reg("phi", "lang")
def lang_tagalog():
    d = when(6, 13, 6, 41)
    m = new("Jennifer Dimaculangan-Reyes <jen.dreyes@mailbox.example>", RENATA,
            "Re: Mama - second dose", d)
    t = """Hi po Ms. Renata,

Ako po si Jennifer, anak ni Mrs. Corazon Dimaculangan (HALO-RSV study). Si Mama po
ay nilagnat kagabi after ng second dose ng vaccine, 38.4 po yung temp niya around
10pm. Nagsuka din po siya once at sobrang sakit daw ng braso niya, namumula at
namamaga yung paligid ng injection, mga 6 cm po. Binigyan ko po siya ng paracetamol
500 mg at medyo bumaba na, 37.6 na po kaninang umaga.

Nilagay ko na po lahat sa diary card. Okay na po ba yun or kailangan po namin
pumunta sa ER? Sa Thursday pa po yung follow-up visit niya.

Thank you po!
Jen
414-555-0160"""
    body(m, t)
    return m, "Corazon Dimaculangan"

# ================================================================ clean-staff
@reg("clean", "staff")
def staff_oncall():
    d = when(5, 24, 15, 10)
    m = new(RENATA, ALLSTAFF, "June after-hours on-call rotation", d)
    rows = [
        ["Week", "Primary (RN)", "Cell", "Backup (CRC)", "Cell", "Physician"],
        ["Jun 3-9", "Linh Tran, RN", "414-555-0174", "Dev Malhotra", "414-555-0190", "Achterberg"],
        ["Jun 10-16", "Meredith Sowa, RN", "414-555-0186", "Beatriz Salgado", "414-555-0191", "Oyelaran"],
        ["Jun 17-23", "Linh Tran, RN", "414-555-0174", "Renata Okafor-Hale", "414-555-0192", "Achterberg"],
        ["Jun 24-30", "Meredith Sowa, RN", "414-555-0186", "Dev Malhotra", "414-555-0190", "Oyelaran"],
    ]
    t = """Hi everyone,

Here is the June after-hours rotation. The study line (x180) forwards to the on-call
phone at 5:00 PM weekdays and all weekend. The on-call phone lives in the top drawer
of the nurses' station - whoever is primary picks it up Monday morning.

""" + text_table(rows) + """

Reminders:
- Participant calls about symptoms: document in the on-call log the same night and
  email the study's coordinator first thing in the morning.
- Anything that might be an SAE, call the physician on call, don't wait.
- Juneteenth (6/19) is a holiday schedule - the primary covers days too.

Swaps are fine, just tell me and update the calendar.

Renata"""
    body(m, t)
    return m, ""


@reg("clean", "staff")
def staff_directory_xlsx():
    d = when(3, 4, 10, 0)
    m = new(ALANA, ALLSTAFF, "Updated staff directory + credentials expiring", d)
    body(m, """Hi all,

Attached is the updated staff directory. Please check your own row - especially your
extension and your credential expiration dates. Three people have GCP training
expiring before the Quorum audit in June (highlighted in the notes column). CITI
links are on the intranet.

Welcome to Meredith Sowa, RN, who joins the research nursing team this week!

Alana Whitcomb
Site Director, Lakeshore Clinical Research Center""")
    rows = [
        ["Name", "Credentials", "Role", "Ext", "Mobile", "GCP exp", "IATA/DOT exp", "Notes"],
        ["Miriam Achterberg", "MD, FACC", "PI / Medical Director", "101", "414-555-0101", "2025-08-14", "n/a", ""],
        ["Samuel Oyelaran", "MD", "Sub-Investigator", "102", "414-555-0102", "2024-05-30", "n/a", "GCP renew before 5/30"],
        ["Alana Whitcomb", "MBA, CCRP", "Site Director", "110", "414-555-0110", "2025-11-02", "n/a", ""],
        ["Renata Okafor-Hale", "CCRC", "Lead CRC", "171", "414-555-0192", "2025-01-19", "2025-03-01", ""],
        ["Dev Malhotra", "BS", "CRC", "172", "414-555-0190", "2024-06-02", "2024-09-12", "GCP renew before 6/2"],
        ["Beatriz Salgado", "BS, CCRP", "CRC (bilingual)", "173", "414-555-0191", "2025-04-22", "2025-04-22", ""],
        ["Linh Tran", "BSN, RN", "Research Nurse", "174", "414-555-0174", "2025-02-11", "2024-12-05", ""],
        ["Meredith Sowa", "RN", "Research Nurse", "186", "414-555-0186", "pending", "pending", "New hire 3/4"],
        ["Jess Kowalczyk", "BA", "Regulatory Specialist", "175", "414-555-0175", "2024-06-10", "n/a", "GCP renew before 6/10"],
        ["Greg Pfeiffer", "CPA", "Research Finance Mgr", "176", "414-555-0176", "n/a", "n/a", ""],
        ["Tomás Irigoyen", "BA", "Recruitment Specialist", "177", "414-555-0177", "2025-07-30", "n/a", ""],
        ["Katya Morozova", "BS", "Research Assistant", "178", "414-555-0178", "2025-09-09", "2025-09-09", ""],
        ["Yusuf Haddad", "BS, RHIT", "Data & Records Coord", "179", "414-555-0179", "2025-03-15", "n/a", ""],
    ]
    attach(m, xlsx_bytes(rows, "Directory"), XLSX_T, "LCRC_Staff_Directory_2024-03.xlsx")
    return m, ""


@reg("clean", "staff")
def staff_bp_guidance():
    d = when(3, 13, 8, 5)
    m = new(ACHTERBERG, COORDS, "ARBOR-HF: BP hold rules - reminder for everyone", d, cc=LINH)
    t = """Team,

We had a couple of questions this week about the blood pressure rules in ARBOR-HF, so
a quick reminder for everyone, not about any one participant:

1. Per protocol 7.3, study drug is held if seated SBP is > 160 or DBP > 100 on two
   readings at least 5 minutes apart, after 5 minutes of seated rest.
2. Use the study BP device, correct cuff size, arm supported at heart level. White
   coat readings are common - if the first reading is high, do the rest period and
   recheck before calling me.
3. A single high reading with a normal recheck is NOT a hold. Document both.
4. If we hold, the IWRS "dose interruption" transaction has to be done the same day,
   and the unscheduled visit is scheduled within 3-7 days.
5. Symptomatic low BP (SBP < 90 with dizziness) also needs a call to me or Dr. Oyelaran.

Sponsor has a short training video on the portal (Module 7b); please complete it
before 3/29 and file the certificate.

Thanks,
Miriam

Miriam Achterberg, MD, FACC
Principal Investigator / Medical Director"""
    body(m, t)
    return m, ""


@reg("clean", "staff")
def staff_pto_coverage():
    d1 = when(6, 17, 9, 30)
    d2 = when(6, 17, 10, 2)
    m = new(BEA, RENATA, "RE: PTO coverage July 1-12", d2)
    prev = """Bea,

You're out 7/1-7/12, right? Here's what I'm thinking for coverage:

SOLACE-DM visits: Dev primary, Linh for injection training
STRIDE-OA Spanish-speaking participants: Tomás for phone calls, in-person visits
  with the interpreter line (Lionbridge code 4471-LCRC)
Regulatory binder for SOLACE: Jess

Let me know if I'm missing anything.

Renata"""
    t = """That works. Two additions:

- The Brightwater CRA (Owen Paredes) has a remote visit on 7/9 - Dev should take that,
  I'll leave him a list of open queries.
- The new pharmacy fridge log starts 7/1, someone has to do the AM/PM temps.

I'll update my out-of-office with Dev's extension (172).

Gracias!
Bea

""" + outlook_quote(RENATA, d1, BEA, "PTO coverage July 1-12", prev)
    body(m, t)
    return m, ""


@reg("clean", "staff")
def staff_delegation_log():
    d = when(2, 26, 14, 18)
    m = new(JESS, "%s, %s" % (ACHTERBERG, RENATA), "DOA log updates needing PI signature", d)
    t = """Dr. Achterberg,

The following Delegation of Authority log changes are ready for your signature before
the Quorum visit. Logs are in the red folder in your inbox tray.

Study       Staff member        Change                         Tasks          Effective
----------  ------------------  -----------------------------  -------------  ----------
ARBOR-HF    Meredith Sowa, RN   add                            4,5,6,9,12     03/04/2024
SOLACE-DM   Meredith Sowa, RN   add                            4,5,6,9        03/04/2024
STRIDE-OA   Samuel Oyelaran MD  add investigational injection  2,3,13         03/01/2024
CADENCE-2   Katya Morozova      add device data upload         10,11          02/28/2024
HALO-RSV    Tomás Irigoyen      end (role change)              -              02/23/2024

Each new person also needs the protocol training log signed and a current CV/license
in the eISF. I have Meredith's nursing license verification (exp 02/28/2026) and CV.

Thank you,
Jess Kowalczyk
Regulatory Specialist"""
    body(m, t)
    return m, ""


@reg("clean", "staff")
def staff_monitor_visit_alt():
    d = when(6, 11, 11, 45)
    m = new(PRIYA, "%s, %s" % (RENATA, DEV), "IMV confirmation - Site 201 SOLACE-DM - June 18-19", d,
            cc=JESS)
    t = """Hi Renata and Dev,

Confirming the interim monitoring visit for SOLACE-DM at Site 201:

  Dates:    Tuesday 6/18 (9:00-5:00) and Wednesday 6/19 (9:00-1:00)
  Monitor:  Priya Venkataraman, Sr. CRA, Quorum Trials Group
  Scope:    SDV for all participants randomized since the last IMV, ICF review,
            IP accountability, pharmacy/temperature logs, regulatory binder

Could you please have ready:
  - EMR read-only access (the monitor account, not Dev's login this time :) )
  - IP accountability logs and the temperature excursion file for April
  - Delegation log and training log for the new research nurse
  - 30 minutes with Dr. Achterberg on Wednesday for the PI meeting

My cell is 312-555-0122 if anything changes. See you next week!

Priya

Priya Venkataraman
Senior Clinical Research Associate | Quorum Trials Group"""
    html = html_doc(html_paras(t))
    alt(m, t, html)
    return m, ""


@reg("clean", "staff")
def staff_isr_grading():
    d = when(4, 29, 12, 50)
    m = new(OYELARAN, COORDS, "How we grade injection site reactions (STRIDE + SOLACE)", d)
    t = """All,

Since both STRIDE-OA and SOLACE-DM are now injecting, let's be consistent about injection
site reactions. This is general guidance; always check the specific protocol.

Grading (CTCAE v5 style, as adapted in both protocols):
  Grade 1 - tenderness with or without symptoms (warmth, erythema, itching)
  Grade 2 - pain; lipodystrophy; edema; phlebitis
  Grade 3 - ulceration or necrosis; severe tissue damage; operative intervention
  Grade 4 - life-threatening; urgent intervention indicated

Measure redness and swelling with the paper ruler in two directions and record both.
Photograph with the ruler visible, no face, and upload the same day. For the knee study,
a hot swollen joint with fever after an intra-articular injection is NOT an ordinary
site reaction - the participant should be seen same day to rule out a joint infection,
and the investigator decides about aspiration.

Questions to me or Dr. Achterberg.

Sam Oyelaran, MD"""
    body(m, t, cte="quoted-printable")
    return m, ""

# ================================================================ clean-admin
@reg("clean", "admin")
def admin_it_eisf():
    d = when(3, 21, 16, 0)
    m = new("LCRC IT Help Desk <helpdesk@lakeshorecrc.example>", ALLSTAFF,
            "[Action required] eISF go-live Monday + password reset", d)
    t = """Hello LCRC team,

The new electronic regulatory binder (eISF) goes live Monday, March 25.

What you need to do before Monday:
  1. Watch for an activation email from noreply@florence-docs.example (check junk).
  2. Set your password - 14 characters minimum, no reuse of your last 10.
  3. Enroll in MFA with the authenticator app. SMS codes are not allowed for Part 11
     signature accounts.
  4. Complete the 20-minute e-signature training in the LMS (course ES-101).

Paper binders stay the source of record for ARBOR-HF and CADENCE-2 until Jess
finishes the migration QC (target 4/30).

VPN reminder: the old GlobalProtect portal (vpn1) is retired on 3/31. Use vpn2.

Ticket queue: helpdesk@lakeshorecrc.example or x150.

LCRC IT"""
    body(m, t)
    return m, ""


@reg("clean", "admin")
def admin_freezer_excursion():
    d = when(4, 7, 6, 18)
    m = new("TempTrak Alerts <alerts@temptrak-monitor.example>", "%s, %s" % (KATYA, LINH),
            "ALARM CLEARED: Pharmacy Fridge 2 (IP storage) - high temp", d)
    t = """TempTrak Environmental Monitoring - Lakeshore Clinical Research Center

Sensor:        PHARM-FRIDGE-02  (Investigational product storage, Rm 318)
Alarm type:    HIGH TEMPERATURE
Alarm start:   04/07/2024 04:52
Alarm cleared: 04/07/2024 06:11
Duration:      79 minutes
Max reading:   9.4 C  (limits 2.0 - 8.0 C)
Acknowledged:  not yet acknowledged

Likely cause per sensor log: door ajar event at 04:49 (door sensor 02-D).

Per SOP IP-07, any excursion must be quarantined and reported to each affected sponsor
before further dispensing. Affected inventory per the location map: SOLACE-DM pens
(lot BW2311A), STRIDE-OA vials (lot PX-0923-17), HALO-RSV vaccine cartons.

Log in to acknowledge: https://portal.temptrak-monitor.example/lcrc

This is an automated message."""
    body(m, t)
    return m, ""


@reg("clean", "admin")
def admin_invoice_pdf():
    d = when(4, 3, 10, 30)
    m = new(GREG, "Veridane Site Payments <sitepayments@veridanetx.example>",
            "Invoice LCRC-2024-0117 - VRD-4410-302 Site 104 - Q1 2024", d, cc=ALANA)
    body(m, """Hello Veridane Site Payments,

Please find attached invoice LCRC-2024-0117 for Q1 2024 per-visit fees and
invoiceable items for protocol VRD-4410-302, Site 104. Visit counts reconcile to the
EDC visit report run 4/1.

Remit to ACH on file (account ending 0094). Net 45 per the CTA.

Greg Pfeiffer, CPA
Research Finance Manager
Lakeshore Clinical Research Center
""" + "\n" + DISCLAIMER)
    lines = [
        "LAKESHORE CLINICAL RESEARCH CENTER",
        "2200 Harbor Point Blvd, Suite 310, Eastbrook, WI 53990   Tax ID 39-6004417",
        "",
        "INVOICE  LCRC-2024-0117                 Date: 04/03/2024",
        "Bill to: Veridane Therapeutics, Inc. - Clinical Site Payments",
        "Protocol: VRD-4410-302 (ARBOR-HF)   Site 104   PI: M. Achterberg, MD",
        "Period: 01/01/2024 - 03/31/2024",
        "",
        "ITEM                                      QTY    UNIT        AMOUNT",
        "Screening visit (incl. screen fails)        6    1,210.00    7,260.00",
        "Randomization / Day 1                       4    2,145.00    8,580.00",
        "Week 4 visit                                5      980.00    4,900.00",
        "Week 12 visit (echo)                        7    1,640.00   11,480.00",
        "Unscheduled visit                           3      450.00    1,350.00",
        "SAE reporting fee                           1      500.00      500.00",
        "IRB continuing review pass-through          1    1,875.00    1,875.00",
        "Pharmacy dispensing fee                    22       65.00    1,430.00",
        "Participant travel reimbursement (pass)     -        -       1,214.60",
        "",
        "SUBTOTAL                                                    38,589.60",
        "Overhead (26% on visit fees only)                            8,818.10",
        "TOTAL DUE                                                   47,407.70",
        "",
        "Questions: gpfeiffer@lakeshorecrc.example  414-555-0176",
    ]
    attach(m, pdf_bytes(lines, "Invoice LCRC-2024-0117", font="Courier"), PDF_T, "LCRC-2024-0117.pdf")
    return m, ""


@reg("clean", "admin")
def admin_cta_redlines():
    d1 = when(2, 20, 15, 15)
    d2 = when(2, 22, 11, 48)
    m = new(ALANA, "Contracts - Quorum Trials <contracts@quorumtrials.example>",
            "RE: CTA + budget - PLX-OA-210 (STRIDE-OA) - site redlines round 2", d2,
            cc="Legal <legal@lakeshorecrc.example>, " + GREG)
    prev = """Alana,

Attached is Pellexa's response to your first round. Open items: subject injury
(Section 11), publication review period, and the screen failure cap.

Best,
Hannah Okonkwo
Contracts Manager, Quorum Trials Group"""
    t = """Hi Hannah,

Thanks for the quick turnaround. Our responses on the open items:

Section 11 (Subject Injury): we can't accept "to the extent not covered by the subject's
insurance." Sponsor should cover reasonable medical expenses for research injuries
without first billing participants' insurers. This is the same language we agreed with
Veridane and Brightwater.

Section 14.3 (Publication): 60-day review with a further 60-day delay for patent filing
is fine.

Budget: screen failures - the 1:3 cap is too low for a knee OA study with imaging
criteria. We'd accept 1:2 (two screen fails paid per randomized participant), paid at
$950 each. Startup fee of $18,500 is non-refundable; IRB fees pass-through at cost.

Archiving: 15 years at $1,200 one-time, not the annual fee in the draft.

Could we do a call Thursday to close? I'm free 1-3 CT.

Alana Whitcomb, MBA, CCRP
Site Director | Lakeshore Clinical Research Center

""" + outlook_quote("Hannah Okonkwo <contracts@quorumtrials.example>", d1, ALANA,
                    "CTA + budget - PLX-OA-210 (STRIDE-OA)", prev)
    body(m, t)
    return m, ""


@reg("clean", "admin")
def admin_hr_onboarding():
    d = when(2, 28, 13, 15)
    m = new("People Services <hr@lakeshorecrc.example>", "%s, %s" % (ALANA, RENATA),
            "Onboarding checklist - Meredith Sowa, RN (start 3/4)", d)
    t = """Hi Alana and Renata,

Meredith Sowa's onboarding is on track for Monday 3/4. Status:

  [x] Offer letter signed (Research Nurse II, 1.0 FTE)
  [x] Background check cleared 2/23
  [x] RN license verified (WI, exp 02/28/2026)
  [x] I-9 section 1 complete - section 2 on day 1, bring documents
  [ ] Badge photo - Monday 8:30, security desk lobby
  [ ] Laptop + EHR access - IT ticket 22817 open
  [ ] Compliance modules assigned in the LMS (privacy & security, bloodborne
      pathogens, IATA shipping) - due within 14 days
  [ ] Benefits enrollment - 30 days from start, session 3/6 at 10:00

Parking: she's on the waitlist for Garage B; temporary pass for Lot 4 until then.

Please send her first-week schedule to me so I can add the HR orientation.

Thanks,
Danielle Ruiz
People Services Generalist"""
    body(m, t)
    return m, ""


@reg("clean", "admin")
def admin_courier_supplies():
    d = when(5, 6, 14, 27)
    m = new("Frostline Shipping Supplies <orders@frostline-supply.example>", KATYA,
            "Order confirmation #FS-3301847 - dry ice shippers", d)
    t = """Thank you for your order, Katya Morozova!

Order #:        FS-3301847
Customer acct:  LCRC-0094  (Lakeshore Clinical Research Center)
PO:             PO-24-0562
Ship to:        2200 Harbor Point Blvd, Suite 310, Eastbrook WI 53990, Attn: Lab

Qty  Item                                              Price     Total
 6   EPS shipper 1.5" wall, 16 x 12 x 11 (UN1845)      $38.50   $231.00
 2   Category B UN3373 labels, roll of 500             $21.75    $43.50
 4   95 kPa specimen bags w/ absorbent, case of 100    $64.00   $256.00
 1   Dry ice hazard label kit (Class 9)                $18.20    $18.20
                                                      Subtotal   $548.70
                                                      Shipping    $32.00
                                                      Tax         $30.18
                                                      TOTAL      $610.88

Tracking: 1Z 84X 27E 03 4417 2290 (UPS Ground, est. delivery Thu 5/9)

Questions? Reply to this email or call 800-555-0141."""
    body(m, t)
    return m, ""


@reg("clean", "admin")
def admin_ops_meeting_notes():
    d = when(5, 14, 16, 45)
    m = new(ALANA, ALLSTAFF, "Site ops meeting notes - 5/14", d)
    t = """Notes from today's ops meeting (attendees: Alana, Miriam, Renata, Greg, Jess, Yusuf,
Tomás; Sam joined late).

1. Enrollment (all studies, aggregate)
   - 38 active participants across 5 studies; 6 randomized in April, 4 so far in May.
   - SOLACE-DM screen-fail rate is 44% YTD, mostly A1c out of range. Tomás will tighten
     the pre-screen query (A1c between 7.0 and 10.5 in the last 90 days).
   - HALO-RSV closed to enrollment at our site 5/10 (global cap reached).
2. Finance
   - Q1 invoices out to all sponsors. Veridane paid; Brightwater 30 days late, Greg
     escalating through Quorum.
   - Stipend card vendor fees going up 8% in July.
3. Regulatory
   - IRB continuing review for CADENCE-2 due 7/15; Jess drafting.
   - eISF migration 70% done.
4. Staffing
   - Meredith is fully delegated on ARBOR-HF and SOLACE-DM.
   - Posting for a second recruitment specialist (bilingual Spanish preferred) goes up
     next week.
5. Facilities
   - Fridge 2 door sensor replaced after the April excursion. New door alarm chirps at
     60 seconds.

Next meeting 6/11.

Alana"""
    body(m, t)
    return m, ""

# ================================================================ clean-lookalike
@reg("clean", "lookalike")
def look_credit_union():
    d = when(4, 2, 5, 30)
    m = new("Harborline Credit Union <estatements@harborlinecu.example>",
            "Greg Pfeiffer <gpfeiffer@lakeshorecrc.example>",
            "Your March eStatement is ready - Member #****1823", d)
    inner = """<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#0b3d5c;color:#fff;padding:14px;font-size:18px">Harborline Credit Union</td></tr>
<tr><td style="padding:16px;font-size:14px">
<p>Hello GREGORY PFEIFFER,</p>
<p>Your statement for the period <b>03/01/2024 &ndash; 03/31/2024</b> is now available in Online Banking.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Member number</td><td>****1823</td></tr>
<tr><td>Share Savings (S01)</td><td>ending 1823-00</td></tr>
<tr><td>Checking (S10)</td><td>ending 1823-10</td></tr>
<tr><td>Health Savings Account (S40)</td><td>ending 1823-40</td></tr>
<tr><td>Auto loan (L02)</td><td>ending 1823-L02 &nbsp; next payment 04/15/2024</td></tr>
</table>
<p>Reminder: 2023 HSA contribution deadline is April 15. Form 5498-SA will be available in May.</p>
<p>For your security we will never ask for your password or full member number by email.</p>
<p style="font-size:11px;color:#666">Federally insured by NCUA. Harborline Credit Union, 800 Lakefront Way,
Eastbrook WI 53990. Routing 275900417. Call 800-555-0166.</p>
</td></tr></table>"""
    body(m, html_doc(inner, "Arial, sans-serif"), subtype="html")
    return m, ""


@reg("clean", "lookalike")
def look_airline_itinerary():
    d = when(6, 12, 19, 4)
    m = new("SkyLakes Airlines <itinerary@skylakes-air.example>",
            "PRIYA VENKATARAMAN <priya.venkataraman@quorumtrials.example>",
            "Your trip confirmation QJ7K2L - ORD to EBK - Jun 17", d)
    t = """SKYLAKES AIRLINES - TRIP CONFIRMATION

Confirmation code:   QJ7K2L
Passenger:           VENKATARAMAN/PRIYA MS
SkyPlus member #:    8834 221 907 (Gold)
Known Traveler #:    on file
Ticket number:       406 2114 773019

Mon 17 JUN   SL 2214   Chicago O'Hare (ORD) 6:05 PM -> Eastbrook Regional (EBK) 7:02 PM
             Seat 14C   Economy Plus
Wed 19 JUN   SL 2231   Eastbrook Regional (EBK) 3:40 PM -> Chicago O'Hare (ORD) 4:31 PM
             Seat 12A   Economy Plus

Special service requests: none
Fare: $318.40  Taxes/fees: $52.16  Total charged to corporate card ending 7720: $370.56
Trip purpose code (corporate): CLIN-MON / Cost center QTG-4410

Check in online 24 hours before departure. Need help? 800-555-0117."""
    html = html_doc("<pre style=\"font-family:Consolas,monospace;font-size:12px\">%s</pre>" % esc(t))
    alt(m, t, html)
    return m, ""


@reg("clean", "lookalike")
def look_gym_member():
    d = when(3, 1, 8, 0)
    m = new("Eastbrook Health Fitness Center <membership@ebh-fitness.example>",
            "Linh Tran <ltran@lakeshorecrc.example>",
            "Membership renewal - Member ID WC-20917", d)
    t = """Hi Linh,

Thank you for being a member of the Eastbrook Health Fitness Center since 04/12/2019!

Member ID:            WC-20917
Membership type:      Employee - Individual (payroll deduction)
Renewal date:         04/01/2024
New monthly rate:     $24.00 (employee rate, was $22.00)
Locker:               #118 (renews automatically)

Your employer wellness credit of $120/year will continue to be applied in January.
Spring group classes start March 11 - spin, yoga, and "Strong Bones" strength
training. Class sign-up opens in the app this Monday.

No action is needed to renew. To cancel or freeze, contact the front desk at
414-555-0150 before 03/25/2024.

See you at the gym!
Eastbrook Health Fitness Center"""
    body(m, t)
    return m, ""


@reg("clean", "lookalike")
def look_benefits_question():
    d1 = when(10, 30, 11, 10, year=2023)
    d2 = when(10, 30, 14, 55, year=2023)
    m = new("People Services <hr@lakeshorecrc.example>", DEV,
            "RE: open enrollment - adding spouse", d2)
    prev = """Hi,

I got married in September and want to add my wife, Ananya, to my dental and vision
plans during open enrollment. Do I also need to add her to the medical plan at the same
time, or can she stay on her employer's plan? Also do you need the marriage certificate?

My employee ID is 40417.

Thanks,
Dev Malhotra"""
    t = """Hi Dev,

Congratulations! Marriage is a qualifying life event, but since open enrollment is
open through 11/15 you can simply make the change in the benefits portal now.

- You can add Ananya to dental and vision only; medical is a separate election and
  she can stay on her own employer's plan.
- Yes, we need a copy of the marriage certificate within 30 days of the change
  (upload it in the portal under "Dependent verification").
- Coverage for the new elections starts 1/1/2024. Her dental and vision member IDs
  will be the same as yours with a -02 suffix.

Employee + spouse rates for 2024 are on the intranet (dental $18.40/paycheck, vision
$6.10/paycheck).

Danielle Ruiz
People Services Generalist

""" + outlook_quote(DEV, d1, "People Services", "open enrollment - adding spouse", prev)
    body(m, t)
    return m, ""


@reg("clean", "lookalike")
def look_zztest_patient():
    d = when(2, 15, 15, 20)
    m = new(YUSUF, "Eastbrook Health Interface Team <interfaces@eastbrookhealth.example>",
            "Research alert build - validation results (test patients only)", d, cc="LCRC IT Help Desk <helpdesk@lakeshorecrc.example>")
    hl7 = "\n".join([
        "MSH|^~\\&|EPIC|EBH_TST|RSCH_ALERT|LCRC|20240215141502||ADT^A01^ADT_A01|TST000118|T|2.3",
        "EVN|A01|20240215141500",
        "PID|1||999000001^^^EBH^MR||ZZTEST^ALPHA^RESEARCH||19000101|U|||1 TEST ST^^TESTVILLE^WI^00000||(000)000-0000",
        "PV1|1|I|TST^999^A^EBH_TST||||99999^ZZDOC^TEST|||MED",
        "ZRS|1|TEST-STUDY-000|VALIDATION|ACTIVE|000-0001",
    ])
    t = """Hi interface team,

Validation of the research participant alert build in the TST environment is done.
All scripts passed except script 7 (discharge event), which is ticket INC0047730.

Test patients used (TST only, never in PRD):
  ZZTEST, ALPHA RESEARCH   MRN 999000001  DOB 01/01/1900  - enrolled in TEST-STUDY-000
  ZZTEST, BRAVO RESEARCH   MRN 999000002  DOB 01/01/1900  - not enrolled (negative test)
  ZZTEST, CHARLIE PEDS     MRN 999000003  DOB 01/01/2020  - withdrawn (should not alert)

Sample A01 captured from the TST feed for script 4:

""" + hl7 + """

Processing ID is T as expected. Once script 7 is fixed we can schedule PRD cutover; the
validation packet goes to Jess for the eISF.

Yusuf Haddad
Data & Records Coordinator, LCRC"""
    body(m, t)
    return m, ""


@reg("clean", "lookalike")
def look_property_claim():
    d = when(1, 18, 10, 22)
    m = new("Claims - Northbay Mutual <claims@northbaymutual.example>", ALANA,
            "Claim CP-2024-0041877 acknowledgement - Policy BOP-7731-22", d)
    t = """Dear Ms. Whitcomb,

We have received your first notice of loss. Please keep this claim number for all
correspondence.

Claim number:     CP-2024-0041877
Policy:           BOP-7731-22 (Businessowners - Lakeshore Clinical Research Center)
Insured location: 2200 Harbor Point Blvd, Suite 310, Eastbrook WI 53990
Date of loss:     01/16/2024
Cause:            Frozen/burst sprinkler line above storage room 312
Reported damage:  ceiling tiles, carpet in exam room 3 and storage room 312, one
                  -20 C freezer (compressor), two filing cabinets of archived study
                  binders (water exposure, contents being assessed)

Your adjuster is Thomas Nakagawa, 414-555-0131. He will contact you within two
business days to schedule an inspection. Please keep damaged items until inspected and
photograph everything. Document restoration costs (freeze-drying of records) are
covered under Valuable Papers up to $25,000 per your policy.

Deductible: $2,500

Sincerely,
Northbay Mutual Commercial Claims"""
    body(m, t)
    return m, ""


@reg("clean", "lookalike")
def look_supply_order_csv():
    d = when(3, 27, 9, 41)
    m = new("MedSupply Direct <shipping@medsupplydirect.example>", TOMAS,
            "Your order has shipped! Order #MSD-88213-24", d)
    t = """Hi Tomás,

Good news - your order #MSD-88213-24 has shipped.

Ship to: Lakeshore Clinical Research Center, Attn: Tomás Irigoyen
         2200 Harbor Point Blvd Ste 310, Eastbrook WI 53990
Carrier: FedEx Ground   Tracking: 7734 1022 8891 4417   Est. delivery: 03/29/2024

Itemized packing list attached (CSV). Need to return something? Use return
authorization RA-88213 within 30 days.

MedSupply Direct | Account #C-0094-LCRC | 800-555-0129"""
    body(m, t)
    rows = [["line", "sku", "description", "qty", "unit_price", "ext_price"],
            ["1", "OM-BP7250", "Upper arm blood pressure monitor, wide-range cuff", "12", "39.99", "479.88"],
            ["2", "PO-7DAY-AMPM", "Pill organizer, 7-day AM/PM, large print", "40", "4.25", "170.00"],
            ["3", "GM-CTX-KIT", "Glucose meter starter kit (meter, 10 strips, lancing device)", "15", "18.50", "277.50"],
            ["4", "TH-ORAL-DIG", "Digital oral thermometer", "40", "5.10", "204.00"],
            ["5", "ED-HF-ENSP", "Patient education booklet: Living well with heart failure (EN/ES)", "50", "1.20", "60.00"],
            ["6", "RULER-PAPER-15", "Paper wound ruler 15 cm, pack of 100", "4", "9.75", "39.00"],
            ["", "", "", "", "TOTAL", "1230.38"]]
    attach(m, csv_text(rows), ("text", "csv"), "packing_list_MSD-88213-24.csv")
    return m, ""

# ================================================================ clean-news
@reg("clean", "news")
def news_site_newsletter():
    d = when(4, 1, 7, 0)
    m = new("LCRC Communications <news@lakeshorecrc.example>", ALLSTAFF,
            "Research Roundup - Spring 2024", d)
    inner = """<div style="max-width:640px">
<h1 style="color:#0b5b6b;font-size:22px">Research Roundup &middot; Spring 2024</h1>
<h2 style="font-size:16px">A milestone: 500 participants</h2>
<p>In March we welcomed the 500th research participant at Lakeshore since the center opened in 2015.
Across our five open studies we currently follow 38 active participants, and 61% of our participants
this year live within 20 miles of Eastbrook. Thank you to every volunteer who gives their time to research.</p>
<h2 style="font-size:16px">Welcome</h2>
<p>Please welcome <b>Meredith Sowa, RN</b>, who joined the research nursing team in March after nine years in
cardiac step-down nursing, and <b>Danielle Ruiz</b>, our new People Services generalist.</p>
<h2 style="font-size:16px">Kudos</h2>
<p>Our ARBOR-HF team (Renata, Linh, Dev and Dr. Achterberg) had zero major findings at the February
monitoring visit. Jess Kowalczyk has moved 70% of our regulatory binders into the new eISF.</p>
<h2 style="font-size:16px">Coming up</h2>
<ul><li>April 18 &ndash; Lunch &amp; Learn: &ldquo;Plain-language consent&rdquo; with Northfield IRB</li>
<li>May 20 &ndash; International Clinical Trials Day open house, 3&ndash;6 pm</li>
<li>June 8 &ndash; Eastbrook Community Health Fair (we need volunteers for the booth!)</li></ul>
<p style="font-size:11px;color:#777">Lakeshore Clinical Research Center &middot; 2200 Harbor Point Blvd, Suite 310 &middot; Eastbrook, WI</p>
</div>"""
    body(m, html_doc(inner), subtype="html", cte="quoted-printable")
    return m, ""


@reg("clean", "news")
def news_heart_education():
    d = when(2, 1, 10, 0)
    m = new("Lakeshore Clinical Research Center <community@lakeshorecrc.example>",
            "Community Updates <community-list@lakeshorecrc.example>",
            "February is Heart Month: know your numbers", d)
    t = """FEBRUARY IS AMERICAN HEART MONTH

Heart disease is still the leading cause of death for adults in the United States.
The good news: many of the risk factors can be measured, and most can be improved.

KNOW YOUR NUMBERS
  Blood pressure ......... under 120/80 is normal; 130/80 or higher is high
  LDL cholesterol ........ ask your doctor what your target is
  Fasting blood sugar .... under 100 mg/dL is normal; 126 or higher may mean diabetes
  Waist size ............. under 40 inches (men) / 35 inches (women)

SIGNS OF A HEART ATTACK - CALL 911
  Chest discomfort or pressure, pain in the arm, jaw or back, shortness of breath,
  cold sweat, nausea or lightheadedness. Women are more likely to have the less
  typical symptoms.

FREE BLOOD PRESSURE CHECKS
  Every Tuesday in February, 10 am - 2 pm, Eastbrook Public Library lobby. No
  appointment needed. Our research nurses will also answer questions about what
  it's like to take part in a clinical study.

This message is for general education and is not medical advice. Talk to your doctor
about your own health.

Lakeshore Clinical Research Center | 414-555-0180
To unsubscribe, reply with "unsubscribe"."""
    html = html_doc("<h2>February is American Heart Month</h2>" + html_paras(t.split("\n\n", 1)[1]))
    alt(m, t, html)
    return m, ""


@reg("clean", "news")
def news_now_enrolling():
    d = when(5, 28, 9, 0)
    m = new("Lakeshore Clinical Research Center <community@lakeshorecrc.example>",
            "Community Updates <community-list@lakeshorecrc.example>",
            "Now enrolling: research studies in Eastbrook this summer", d)
    t = """NOW ENROLLING AT LAKESHORE CLINICAL RESEARCH CENTER

Clinical research studies help find new ways to prevent and treat illness. Participants
receive study-related care at no cost and may be compensated for time and travel.

* Type 2 diabetes - adults 40-75 whose A1c is between 7 and 10.5 while taking
  metformin. Weekly injection study, about 10 months, 14 visits.
* Knee osteoarthritis - adults 50-80 with knee pain on most days. Two injections into
  the knee and 6 months of follow-up.
* Heart rhythm monitoring - adults 65+ with a history of fainting spells. Small
  implanted monitor, 2 years of follow-up mostly from home.

Find us at the Eastbrook Community Health Fair, Saturday June 8, 9 am - 1 pm,
Lakefront Park Pavilion. Free blood pressure and glucose screenings.

Interested? Call our study line at 414-555-0180 or visit lakeshorecrc.example/studies.
Taking part is voluntary. Studies are reviewed by an independent institutional review
board (Northfield IRB).

Lakeshore Clinical Research Center, 2200 Harbor Point Blvd, Suite 310, Eastbrook WI"""
    body(m, t, cte="quoted-printable")
    return m, ""


@reg("clean", "news")
def news_topline_results():
    d_in = when(6, 24, 7, 0, -4)
    inner = new("Veridane Therapeutics Newsroom <newsroom@veridanetx.example>",
                "Investigators <arbor-investigators@veridanetx.example>",
                "Veridane announces positive topline results from Phase 3 ARBOR-HF trial", d_in)
    body(inner, """FOR IMMEDIATE RELEASE

Veridane Announces Positive Topline Results from Phase 3 ARBOR-HF Trial of VRD-4410 in
Heart Failure with Reduced Ejection Fraction

BOSTON, June 24, 2024 - Veridane Therapeutics today announced that the Phase 3 ARBOR-HF
trial met its primary endpoint. Among 3,412 adults randomized at 286 sites in 19
countries, VRD-4410 reduced the composite of cardiovascular death or first heart failure
hospitalization compared with placebo (hazard ratio 0.81; 95% CI 0.72-0.91; p<0.001)
over a median follow-up of 17.2 months.

Serious adverse events occurred in 31.4% of participants on VRD-4410 and 33.0% on
placebo. Hyperkalemia leading to discontinuation occurred in 2.1% vs 0.9%. Symptomatic
hypotension was reported in 6.8% vs 4.2%.

Full results will be presented at a major cardiology congress later this year.
Veridane plans to submit a New Drug Application in the first quarter of 2025.

Media contact: press@veridanetx.example""")
    d = when(6, 24, 8, 15)
    m = new(ACHTERBERG, ALLSTAFF, "FW: ARBOR-HF topline results are out!", d)
    body(m, """Everyone -

ARBOR-HF met its primary endpoint (press release attached). Our site randomized 19 of the
3,412 participants and had one of the lowest query rates in North America. This is a
real accomplishment for the whole team, from front desk to finance.

Please don't comment on social media until the congress presentation, and refer any
press questions to Alana. Participants can be told the study has finished and results
will be shared when published - we'll get a lay summary from Veridane to send them.

Cake in the break room at 2.

Miriam""")
    forward_rfc822(m, inner)
    return m, ""


@reg("clean", "news")
def news_volunteer_spotlight():
    d = when(4, 22, 12, 0)
    m = new("LCRC Communications <news@lakeshorecrc.example>", ALLSTAFF,
            "National Volunteer Week spotlight: Dolores Kincaid", d)
    t = """NATIONAL VOLUNTEER WEEK SPOTLIGHT

If you've walked into Suite 310 on a Tuesday or Thursday morning in the last eleven
years, you've been greeted by Dolores Kincaid. Dolores started volunteering at our front
desk in 2013, after retiring from 31 years of teaching fourth grade at Harbor Point
Elementary.

She has welcomed an estimated 6,000 visitors, knows where every study's parking
validation stamp is kept, and is the reason the waiting room always has a finished
jigsaw puzzle. Outside LCRC she sings alto with the Eastbrook Community Chorus, grows
prize-winning dahlias and has three grandchildren in Milwaukee.

"People come in a little nervous," Dolores says. "I figure the least I can do is
remember their coffee order."

Please stop by the front desk this week and say thank you - and join us Thursday at
3 pm for a volunteer appreciation reception in Conference Room B.

LCRC Communications"""
    body(m, t)
    return m, ""


@reg("clean", "news")
def news_irb_quarterly():
    d = when(4, 10, 9, 0, -5)
    m = new("Northfield IRB <newsletter@northfieldirb.example>", "Site Contacts <sitecontacts@northfieldirb.example>",
            "Northfield IRB Quarterly - Q1 2024: eConsent, reporting, fees", d)
    inner = """<h2>Northfield IRB Quarterly &ndash; Q1 2024</h2>
<h3>By the numbers</h3>
<ul><li>1,184 new protocols and amendments reviewed in Q1</li>
<li>Median turnaround for site additions: 4.0 business days</li>
<li>2,377 reportable event submissions, 91% determined not to be unanticipated problems</li></ul>
<h3>eConsent: what we look for</h3>
<p>Submit every screen as the participant will see it, including videos and knowledge-check questions.
Remote consent must describe how identity is confirmed and how the participant receives a signed copy.</p>
<h3>Reminder: what to report promptly</h3>
<p>Report within 10 business days: unanticipated problems involving risks to participants or others,
protocol deviations that affect participant safety or data integrity, participant complaints that cannot
be resolved by the study team, and new information that may change the risk/benefit balance. Routine,
expected adverse events are reported at continuing review, not individually.</p>
<h3>Fee schedule</h3>
<p>Effective July 1, 2024 the site-addition fee increases to $1,950 and continuing review to $1,875.</p>
<p style="font-size:11px;color:#666">Northfield Independent IRB &middot; 1400 Commerce Pkwy, Minneapolis MN &middot; 612-555-0100</p>"""
    body(m, html_doc(inner, "Georgia, serif"), subtype="html")
    return m, ""

# ================================================================ clean-training
@reg("clean", "training")
def train_gcp_quiz():
    d = when(3, 6, 13, 0)
    m = new(JESS, ALLSTAFF, "Monthly GCP quiz - March (5 questions, due Friday)", d)
    t = """Hi all, here's March's GCP quiz. Reply to me with your answers by Friday - the
winner gets the good parking spot for a week. All cases are made up for training.

1. Mr. A (a fictional 67-year-old participant) calls on a Saturday to say he was kept
   overnight in the hospital for observation after a fall. Is this an SAE?
   a) No, observation stays never count
   b) Yes - any inpatient hospitalization or prolongation is serious
   c) Depends on the protocol's definition of hospitalization - check it, and when in
      doubt, report

2. Ms. B (fictional) signed consent version 3.0 but version 4.0 was approved by the IRB
   two days earlier. What do you do?
   a) Nothing, she already consented
   b) Re-consent on v4.0 at the next contact before further procedures, document a
      deviation, and report per IRB policy
   c) Withdraw her from the study

3. True or false: You may correct an error on a paper source document with white-out as
   long as you initial it.

4. Which of these is an acceptable way to send a CRA a copy of a lab report for SDV?
   a) Unredacted, by regular email
   b) Redacted (subject ID only) through the sponsor portal
   c) A phone photo by text

5. Who can sign the eligibility checklist in ARBOR-HF?

Answers next Monday. Last month's winner: Katya (5/5)!

Jess"""
    body(m, t)
    return m, ""


@reg("clean", "training")
def train_sae_template():
    d = when(2, 12, 9, 40)
    m = new(RENATA, COORDS, "Template: SAE narrative (use for all studies)", d)
    t = """Team - after the last monitoring visit finding about incomplete narratives, please use
this template for every SAE narrative going forward. Fill in the brackets; delete nothing.
Never put the participant's name, initials, MRN or exact date of birth in the narrative.

---------------------------------------------------------------------------
SAE NARRATIVE TEMPLATE (v2, Feb 2024)

Participant [Subject ID], a [age]-year-old [sex] randomized on [DD-MMM-YYYY] to
[study arm / blinded], with a relevant history of [history], presented on
[DD-MMM-YYYY] to [facility type] with [symptoms].

Evaluation: [key tests and results, with units and reference ranges].
Diagnosis: [final diagnosis as documented by treating physician].
Treatment: [treatment, procedures].

Study drug: last dose [DD-MMM-YYYY]; action taken [none / interrupted / withdrawn].
Outcome: [recovered / recovering / not recovered / fatal] as of [DD-MMM-YYYY].
Investigator causality: [related / not related], rationale: [1-2 sentences].
---------------------------------------------------------------------------

EXAMPLE (fictional, for training only):
Participant 999-0001, a 70-year-old male randomized on 01-JAN-2024 to blinded
treatment, with a relevant history of hypertension, presented on 15-FEB-2024 to an
emergency department with chest pain...

Renata"""
    body(m, t)
    return m, ""


@reg("clean", "training")
def train_payment_policy_docx():
    d = when(1, 29, 11, 11)
    m = new(GREG, ALLSTAFF, "Updated policy FIN-12: Participant payments and reimbursement", d,
            cc=ALANA)
    body(m, """All,

Attached is the revised policy FIN-12 (Participant Payments and Reimbursement), effective
February 1. Main changes: TrialRide is now the default for transportation, receipts
can be submitted by photo, and the $600 tax threshold process is spelled out.

Please read it and sign the attestation in the LMS by 2/15.

Greg""")
    paras = [
        "#Lakeshore Clinical Research Center - Policy FIN-12",
        "#Participant Payments and Reimbursement   (Rev. 4, effective 02/01/2024)",
        "1. Purpose. To ensure participant compensation is fair, not coercive, IRB-approved "
        "and paid promptly.",
        "2. Scope. All LCRC staff who schedule visits, enter visits in CTMS, or approve payments.",
        "3. Stipends. Stipend amounts and schedules must match the IRB-approved consent. Payments "
        "are loaded to the participant's StipendWorks card within 5 business days of a completed "
        "visit. Partial visits are prorated as described in the consent.",
        "4. Reimbursement. Parking, mileage (IRS rate), meals over 4 hours, and approved "
        "over-the-counter supplies are reimbursed with receipts. Photos of receipts are acceptable.",
        "5. Transportation. TrialRide is the default vendor. Coordinators book rides; riders never "
        "pay out of pocket.",
        "6. Tax reporting. When a participant's payments are expected to exceed $600 in a calendar "
        "year, Finance collects a W-9 through the card vendor's secure portal. Coordinators must "
        "never write Social Security numbers in email, CTMS notes, or paper logs.",
        "7. Privacy. Payment batches sent to vendors contain the minimum necessary: card number and "
        "amount. Visit names and study names are not sent to vendors.",
        "8. Responsibilities. See table below.",
    ]
    table = [["Role", "Responsibility"],
             ["CRC", "Enter completed visits in CTMS same day; book rides"],
             ["Finance", "Approve loads; collect W-9; reconcile monthly"],
             ["Site Director", "Annual policy review; exceptions"]]
    attach(m, docx_bytes(paras, table=table), DOCX_T, "FIN-12_Participant_Payments_Rev4.docx")
    return m, ""


@reg("clean", "training")
def train_econsent_sample():
    d = when(2, 27, 15, 30)
    m = new("Quorum Trials Training <training@quorumtrials.example>", COORDS,
            "eConsent sandbox practice - use the SAMPLE participant only", d)
    t = """Hello site team,

Your eConsent sandbox for PLX-OA-210 (STRIDE-OA) is ready. Before your site activation
call, each coordinator should complete one practice consent using the fictional sample
participant below. The sandbox is NOT connected to any live system.

  SAMPLE PARTICIPANT (fictional - for sandbox use only)
  Name:          Pat Example
  DOB:           01/01/1950
  Sandbox ID:    SBX-0000-001
  Email:         pat.example@sandbox.example
  Phone:         555-0100
  Scenario:      Sample participant asks what happens to their knee images if they
                 withdraw. Practice answering using section 12 of the ICF.

Steps:
  1. Log into https://sandbox.econsent-demo.example with your site credentials.
  2. Select "New consent", choose ICF v2.0 English.
  3. Enter the sample participant, walk through all 14 screens, answer the
     knowledge-check questions, then sign as "Person obtaining consent".
  4. Download the signed sample PDF and upload to your training folder as proof.

Please do not enter any real person's information in the sandbox.

Quorum Trials Group - Site Training"""
    body(m, t)
    return m, ""


@reg("clean", "training")
def train_recruit_letter_template():
    d = when(3, 11, 10, 5)
    m = new(TOMAS, "%s, %s" % (JESS, ALANA), "Recruitment letter template (mail merge) for IRB submission", d)
    t = """Jess,

Here's the mail-merge version of the STRIDE-OA letter for the IRB packet. The merge
fields are in chevrons. The IRB wants to see exactly what the envelope and letter will
say, so I left the fields in.

--------------------------------------------------------------
«FirstName» «LastName»
«Address1»
«City», «State» «Zip»

Dear «Salutation» «LastName»,

Lakeshore Clinical Research Center is conducting a research study of an investigational
treatment for knee pain caused by osteoarthritis. You are receiving this letter because
you are an adult in the Eastbrook area; we have not been told anything about your health.

The study involves two injections and about 8 visits over 6 months. Study-related care is
provided at no cost, and you may receive up to $650 for your time and travel.

If you are interested, please call our study line at 414-555-0180 or return the enclosed
card. If you do not want to receive letters about research, call the same number and we
will remove your name.

Sincerely,
«PI_Name», «PI_Credentials»
Principal Investigator
--------------------------------------------------------------

Tomás"""
    body(m, t)
    return m, ""


@reg("clean", "training")
def train_crf_guidelines_pdf():
    d = when(1, 22, 14, 0)
    m = new(PRIYA, "%s, %s" % (RENATA, DEV), "CRF completion guidelines v3 with worked example", d)
    body(m, """Hi both,

As promised, attached are the updated CRF completion guidelines for VRD-4410-302 with a
worked example on page 1. The example uses a made-up participant (999-9999, "Jane
Sample") so you can see how dates, units and unknowns should be entered. Please share
with anyone doing data entry.

Priya

Priya Venkataraman
Senior CRA | Quorum Trials Group""")
    lines = [
        "VRD-4410-302 CRF COMPLETION GUIDELINES - VERSION 3.0 - 15-JAN-2024",
        "",
        "WORKED EXAMPLE - FICTITIOUS PARTICIPANT - FOR TRAINING ONLY",
        "  Subject number: 999-9999      Name: Jane Sample (fictitious)",
        "  Year of birth: 1950 (enter year only - never full DOB)",
        "  Visit: Week 4   Visit date: 05-FEB-2024",
        "  Vital signs: SBP 128 mmHg, DBP 76 mmHg, HR 72 bpm, weight 81.4 kg",
        "  Local lab potassium: 4.6 mmol/L (ref 3.5-5.1)",
        "  AE example: 'Dizziness' onset 03-FEB-2024, UN-FEB-2024 if day unknown",
        "",
        "GENERAL RULES",
        "  1. Dates are DD-MMM-YYYY. Unknown day = UN, unknown month = UNK.",
        "  2. Record units exactly as printed on the source; do not convert.",
        "  3. Do not enter names, initials, MRNs or addresses in any free-text field.",
        "  4. Answer every question; use ND (not done) rather than leaving blanks.",
        "  5. Respond to queries within 5 business days.",
        "",
        "AE PAGE",
        "  Use the verbatim term from the source; MedDRA coding is done by the sponsor.",
        "  Severity: mild / moderate / severe. Seriousness is separate from severity.",
        "",
        "Questions: Quorum Trials Group data management, dm-help@quorumtrials.example",
    ]
    attach(m, pdf_bytes(lines, "CRF Completion Guidelines v3.0"), PDF_T,
           "VRD-4410-302_CRF_Completion_Guidelines_v3.pdf")
    return m, ""


# ================================================================ main
def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    counters = Counter()
    rows = []
    for label, kind, fn in REGISTRY:
        msg, patient = fn()
        counters[(label, kind)] += 1
        name = "%s-%s-%03d.eml" % (label, kind, counters[(label, kind)])
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, patient])
    for key, n in EXPECTED.items():
        assert counters[key] == n, "%s: expected %d, got %d" % (key, n, counters[key])
    assert set(counters) == set(EXPECTED), set(counters) ^ set(EXPECTED)
    total = sum(counters.values())
    assert total == 86, total
    assert sum(n for (l, _), n in counters.items() if l == "phi") == 53
    assert sum(n for (l, _), n in counters.items() if l == "clean") == 33
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), n in EXPECTED.items():
        print("%s-%s: %d" % (label, kind, counters[(label, kind)]))
    print("total: %d" % total)


if __name__ == "__main__":
    main()
