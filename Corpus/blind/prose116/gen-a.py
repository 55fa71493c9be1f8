#!/usr/bin/env python3
"""Generate an evaluation set of e-mail for an interventional pain clinic.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
"""
import csv
import datetime
import io
import json
import os
import random
import sys
import zipfile
import zlib
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 11601
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EXPECTED = {
    ("phi", "care"): 8,
    ("phi", "names"): 8,
    ("phi", "self"): 7,
    ("phi", "ids"): 8,
    ("phi", "lists"): 7,
    ("phi", "struct"): 7,
    ("phi", "lang"): 8,
    ("clean", "staff"): 7,
    ("clean", "admin"): 7,
    ("clean", "lookalike"): 7,
    ("clean", "news"): 6,
    ("clean", "training"): 6,
}

# ---------------------------------------------------------------------------
# people and places (all invented)
# ---------------------------------------------------------------------------
D = "ridgelinepain.example"          # the clinic
ASC = "ridgelineasc.example"         # affiliated surgery centre
TOX = "pinnacletox.example"          # tox lab
REP = "vantrixneuro.example"         # neuromodulation device company
PAYER = "summitcresthp.example"      # health plan
PAYER2 = "bluewatermutual.example"
PCP = "lakeshorefm.example"          # referring family medicine group
ORTHO = "northgateortho.example"

KULKARNI = f"Anand Kulkarni MD <akulkarni@{D}>"
OKAFOR = f'"Okafor-Baines, Theresa DO" <tokaforbaines@{D}>'
STRICK = f"Megan Strickland PA-C <mstrickland@{D}>"
CARMONA = f"Luis Carmona RN <lcarmona@{D}>"
DANA = f"Dana Whitfield <dwhitfield@{D}>"
BRI = f"Brianna Coles <bcoles@{D}>"
KEVIN = f"Kevin Mott <kmott@{D}>"
ROSA = f"Rosa Villanueva <rvillanueva@{D}>"
TUAN = f"Tuan Pham <tpham@{D}>"
OLGA = f"Olga Petrenko <opetrenko@{D}>"
JANELLE = f"Janelle Ruiz <jruiz@{D}>"
FRONT = f"Ridgeline Front Desk <frontdesk@{D}>"
AUTH = f"Prior Auth Team <priorauth@{D}>"
BILLING = f"Ridgeline Billing <billing@{D}>"
ALLSTAFF = f"All Staff <allstaff@{D}>"
CLINICAL = f"Clinical Team <clinical@{D}>"
CRAIG = f"Craig Hollander <chollander@{REP}>"

SIG_KULKARNI = """--
Anand Kulkarni, MD
Interventional Pain Medicine
Ridgeline Spine & Pain Center
1200 Ambrose Pkwy, Suite 310 | Fernhill
T 555-010-4400 | F 555-010-4401"""

SIG_DANA = """Dana Whitfield
Prior Authorization Coordinator
Ridgeline Spine & Pain Center
Direct: 555-010-4417 | Fax: 555-010-4499"""

SIG_BRI = """Brianna Coles | Patient Scheduling
Ridgeline Spine & Pain Center
555-010-4400 opt. 2"""

SIG_CARMONA = """Luis Carmona, RN, CAPA
Procedure Nurse, Ridgeline ASC
555-010-4431"""

SIG_KEVIN = """Kevin Mott, MBA
Practice Administrator
Ridgeline Spine & Pain Center
555-010-4402"""

SIG_TUAN = """Tuan Pham, CPC
Billing & Reimbursement
Ridgeline Spine & Pain Center | 555-010-4420"""

DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended
only for the named recipient(s) and may contain confidential information. If
you received it in error, please notify the sender and delete it. Any other
use, disclosure or copying is prohibited."""

AGENTS = [
    "Microsoft Outlook 16.0",
    "Apple Mail (2.3731.700.6)",
    "Mozilla Thunderbird 115.8.1",
    None,
    None,
]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
TZ = datetime.timezone(datetime.timedelta(hours=-5))


def when(month=None, day=None, hour=None, minute=None, year=2024):
    """A date in 2024; random parts where not given."""
    if month is None:
        month = random.randint(1, 11)
    if day is None:
        day = random.randint(1, 28)
    if hour is None:
        hour = random.randint(7, 17)
    if minute is None:
        minute = random.randint(0, 59)
    return datetime.datetime(year, month, day, hour, minute, random.randint(0, 59), tzinfo=TZ)


def msgid(frm):
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    tok = "".join(random.choice("0123456789abcdef") for _ in range(20))
    return f"<{tok}.{random.randint(1000, 99999)}@{dom}>"


def new(frm, to, subject, date=None, cc=None, reply_to=None, agent="random",
        in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    d = date if isinstance(date, datetime.datetime) else when(*(date or ()))
    m["Date"] = format_datetime(d)
    m["Message-ID"] = msgid(frm)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if agent == "random":
        agent = random.choice(AGENTS)
    if agent:
        m["X-Mailer"] = agent
    return m


def text(m, body, charset="utf-8", cte=None):
    if cte is None:
        m.set_content(body, charset=charset)
    else:
        m.set_content(body, charset=charset, cte=cte)
    return m


def html(m, body, charset="utf-8", cte=None):
    if cte is None:
        m.set_content(body, subtype="html", charset=charset)
    else:
        m.set_content(body, subtype="html", charset=charset, cte=cte)
    return m


def alt(m, plain, markup, cte=None):
    if cte:
        m.set_content(plain, cte=cte)
        m.add_alternative(markup, subtype="html", cte=cte)
    else:
        m.set_content(plain)
        m.add_alternative(markup, subtype="html")
    return m


def attach(m, data, filename, mime="application/octet-stream", charset=None):
    maintype, subtype = mime.split("/", 1)
    if isinstance(data, str) and maintype != "text":
        data = data.encode(charset or "utf-8")
    if isinstance(data, str):
        kw = {"subtype": subtype, "filename": filename}
        if charset:
            kw["charset"] = charset
        m.add_attachment(data, **kw)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_msg(m, inner):
    m.add_attachment(inner)
    return m


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def html_table(rows, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" '
           'style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep="  "):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0 and sep.strip() == "|":
            lines.append(sep.join("-" * w for w in widths))
    return "\n".join(lines)


def quote(body):
    return "\n".join(("> " + ln) if ln else ">" for ln in body.splitlines())


FIXED_ZIP_DT = (2024, 1, 1, 0, 0, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1"):
    x = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
        x.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData>" + "".join(x) + "</sheetData></worksheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              "</Relationships>")
    return zipbytes([
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wbrels),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ])


def docx(blocks):
    """blocks: list of str (paragraph) or list-of-lists (table)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for i, r in enumerate(b):
                rows.append("<w:tr>" + "".join(
                    f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{para(str(c), bold=(i == 0))}</w:tc>"
                    for c in r) + "</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        "</w:tblBorders></w:tblPr>" + "".join(rows) + "</w:tbl>")
        elif b.startswith("# "):
            body.append(para(b[2:], bold=True))
        else:
            body.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def pdf(lines, size=10):
    """A simple single-font PDF, Flate-compressed content, paginated."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    per = 54
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    page_ids = []
    nxt = 4
    for pg in pages:
        content = f"BT /F1 {size} Tf 50 750 Td 13 TL\n" + "".join(
            f"({pesc(l)}) Tj T*\n" for l in pg) + "ET\n"
        data = zlib.compress(content.encode("latin-1", "replace"))
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)) + data + b"\nendstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {cid} 0 R >>").encode()
        page_ids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    total = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for i in range(1, total):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref)
    return bytes(out)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

RECORDS = []   # (label, kind, msg, patient_name)


def add(label, kind, m, patient=""):
    RECORDS.append((label, kind, m, patient))

# ===========================================================================
# PHI: care
# ===========================================================================
def phi_care():
    # 1 -- plain text post-procedure call note
    m = new(CARMONA, KULKARNI, "post-op calls Tues", date=(3, 13, 16, 42))
    text(m, f"""Dr. K,

Post-procedure calls from yesterday's list are done. All fine except one:

Harold Jennings (R L4-5 TFESI yesterday) -- he says the leg went "heavy" for
about three hours after he got home, then came back to normal by dinner. No
fever, site is clean, he's walking around the house fine today. I told him
that can happen with the local and to call if it comes back. His daughter
drove him and was with him overnight.

Everyone else: no issues, no calls to the after-hours line.

Luis

{SIG_CARMONA}
""")
    add("phi", "care", m, "Harold Jennings")

    # 2 -- HTML only, repeat no-show
    m = new(BRI, f"{KEVIN}, {STRICK}", "2nd no show - Ocampo", date=(4, 10, 9, 5))
    html(m, f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hi Kevin / Megan,</p>
<p><b>Marisol Ocampo</b> did not show for her 8:15 left lumbar radiofrequency ablation this
morning. That is the second missed RFA date (first was 3/19). I called both numbers on file
and left voicemails. ASC says the room time is already lost for today.</p>
<p>Per our policy she'd get the no-show letter and needs a visit with Megan before we rebook
the procedure. Her auth from Summit Crest runs through 4/30 so if we wait for a follow-up
visit we'll probably have to request an extension too.</p>
<p>How do you want me to handle? I don't want to send the letter if Megan would rather just
rebook.</p>
<p>Thanks,<br>Bri</p>
<p style="color:#666;font-size:9pt">{SIG_BRI.replace(chr(10), '<br>')}</p>
</body></html>""")
    add("phi", "care", m, "Marisol Ocampo")

    # 3 -- multipart/alternative, drug screen confirmation
    m = new(OKAFOR, f"{STRICK}, {CARMONA}", "Devon Marsh - confirmation results",
            date=(5, 2, 12, 18))
    plain = """Megan, Luis --

Confirmation is back on Devon Marsh from the 4/24 cup. Oxycodone and oxymorphone
present, which fits his script. Also positive for fentanyl and norfentanyl, which
nobody here prescribes him, and the PDMP shows nothing outside us.

I don't want him told over the phone. Please keep his 5/9 med check with me (not a
telehealth), and no early fills in the meantime. Luis, can you pull the signed
agreement so it's in the room? We'll go over it together and decide about a pill
count and whether we keep prescribing.

T. Okafor-Baines, DO
"""
    markup = """<div style="font-family:Calibri,sans-serif">
<p>Megan, Luis --</p>
<p>Confirmation is back on <b>Devon Marsh</b> from the 4/24 cup. Oxycodone and oxymorphone
present, which fits his script. Also positive for <b>fentanyl and norfentanyl</b>, which nobody
here prescribes him, and the PDMP shows nothing outside us.</p>
<p>I don't want him told over the phone. Please keep his 5/9 med check with me (not a
telehealth), and no early fills in the meantime. Luis, can you pull the signed agreement so
it's in the room? We'll go over it together and decide about a pill count and whether we keep
prescribing.</p>
<p>T. Okafor-Baines, DO</p></div>"""
    alt(m, plain, markup)
    add("phi", "care", m, "Devon Marsh")

    # 4 -- device rep thread, quoted reply
    m = new(KULKARNI, CRAIG, "RE: Tollefson trial - day 3 check",
            date=(6, 14, 7, 51), in_reply_to=f"<a81c3e.55102@{REP}>")
    text(m, f"""Thanks Craig. That's a better result than I expected given how much he was
struggling at the pre-trial visit. Let's get him in Monday to pull the leads
and I'll talk to him about the permanent. Can you be there at 10:30?

Anand

{SIG_KULKARNI}

-----Original Message-----
From: Craig Hollander <chollander@{REP}>
Sent: Thursday, June 13, 2024 6:22 PM
To: Anand Kulkarni MD <akulkarni@{D}>
Subject: Tollefson trial - day 3 check

Dr. Kulkarni,

Stopped by to see Greg Tollefson at home this afternoon for the day-3 check.
Reprogrammed to program 4 (the burst setting) since the tonic one was giving
him tingling in the wrong spot, more into the right flank than the legs.
After that he was getting good coverage of both legs and the low back.

He's reporting about 70% relief versus baseline, walked his dog twice around
the block yesterday which he says he hasn't done since last fall, and he's
cut back to one of the oxycodone a day instead of three. Sleep is better.
Dressing is dry and intact, no drainage. Leads look like they haven't
migrated, the impedances are stable.

Mr. Tollefson is happy with it and so is his wife. I think he's a good candidate for
the permanent.

Craig Hollander
Clinical Specialist | Vantrix Neuromodulation
c. 555-017-3362
""")
    add("phi", "care", m, "Greg Tollefson")

    # 5 -- death notice, quoted-printable
    m = new(FRONT, f"{KULKARNI}, {BRI}, pharmacyrefills@{D}",
            "Pt passed away - cancel appts", date=(2, 26, 8, 37))
    text(m, """Good morning,

Eleanor Voss's son (Peter) called the main line at 8:10 to let us know his mom
passed away on Saturday at home. He was very kind and thanked Dr. Kulkarni and
the nurses for "giving her a few good years."

Please:
  - cancel her 3/6 medial branch block at the ASC
  - cancel the 3/20 follow-up
  - stop any pending refill requests (her last morphine ER script was 2/14)
  - hold statements; Peter said he'll call billing once the estate is set up

I sent a sympathy card request to Kevin.

Thank you,
Marlene at the front desk
""", cte="quoted-printable")
    add("phi", "care", m, "Eleanor Voss")

    # 6 -- long scheduling thread, admission buried in the middle
    t1 = f"""From: Olga Petrenko <opetrenko@{D}>
Sent: Tuesday, August 20, 2024 3:02 PM
To: Brianna Coles <bcoles@{D}>; Luis Carmona RN <lcarmona@{D}>
Subject: Thursday ASC board

Thursday is heavy again -- 19 cases, Dr. K in Room 1 and Dr. O-B in Room 2.
Anesthesia only has one CRNA until 11 so anything needing MAC has to go after
11. I moved the two cervical cases to the afternoon. Fluoro tech is Jenna.

Can we fit one more facet in Room 2 at 7:30? Dr. O-B asked.

Olga"""
    t2 = f"""From: Brianna Coles <bcoles@{D}>
Sent: Tuesday, August 20, 2024 3:40 PM
To: Olga Petrenko; Luis Carmona RN
Subject: RE: Thursday ASC board

I have someone who wanted an earlier slot, I'll call her. Also heads up the
7:30 in Room 1 may open up -- see Luis's note below once he hears back.

Bri"""
    t3 = f"""From: Luis Carmona RN <lcarmona@{D}>
Sent: Wednesday, August 21, 2024 8:12 AM
To: Brianna Coles; Olga Petrenko
Subject: RE: Thursday ASC board

Update: Raymond Castellano's wife called -- he was admitted to St. Brigid's
last night after a fall at home, they're keeping him at least through the
weekend. So take him off the 7:30 bilateral L3-L5 facet injections in Room 1.
I'll let Dr. K know and we can rebook once he's out and seen in clinic. I'll
also ask St. Brigid's to send the discharge summary when they have it.

Luis"""
    t4 = f"""From: Olga Petrenko <opetrenko@{D}>
Sent: Wednesday, August 21, 2024 8:30 AM
To: Brianna Coles; Luis Carmona RN
Subject: RE: Thursday ASC board

OK removed. Bri, so you can put your early person in Room 1 at 7:30 instead
and we leave Room 2 as is. Send me the name when confirmed so I can get the
chart prepped.

Olga"""
    m = new(BRI, f"{OLGA}, {CARMONA}", "RE: Thursday ASC board", date=(8, 21, 9, 4))
    text(m, f"""Done -- confirmed for 7:30 Room 1, she's happy to come early. I'll send the
name to you separately. Room 2 left as is.

Bri

{SIG_BRI}

{t4}

{t3}

{t2}

{t1}
""")
    add("phi", "care", m, "Raymond Castellano")

    # 7 -- medication change, base64 body
    m = new(STRICK, f"pharmacyrefills@{D}", "Baptiste med change", date=(9, 5, 14, 26))
    text(m, """Refill team,

Per Dr. Kulkarni after today's visit, changes for Ms. Lorraine Baptiste:

  1. Gabapentin: decrease from 600 mg TID to 300 mg TID. New script sent to
     Walgreen's on Harlow Rd. Please cancel the old one if they call.
  2. Tramadol 50 mg: discontinue. She's been taking it maybe twice a week.
  3. Start duloxetine 30 mg daily x 2 weeks, then 60 mg. She's aware of the
     nausea for the first week.
  4. Lidocaine 5% patches -- continue, 12 on / 12 off.

She'll do a phone check with me in 3 weeks. No need to call her before that
unless the pharmacy has an issue.

Megan Strickland, PA-C
""", cte="base64")
    add("phi", "care", m, "Lorraine Baptiste")

    # 8 -- forward as message/rfc822, one care word next to a name
    inner = new(KULKARNI, OLGA, "add-on tomorrow", date=(10, 16, 18, 3), agent=None)
    text(inner, """Olga -- can you add Wendell Ashby to the fluoro room tomorrow at 2 if the
slot is still open? Repeat medial branch block, same levels as last time.
He's off the Eliquis already.

AK
""")
    m = new(OLGA, f"{BRI}, {CARMONA}", "Fwd: add-on tomorrow", date=(10, 17, 7, 2))
    text(m, """See below from Dr. K. 2:00 is open, I put him in. Bri please call him with
the arrival time (1:15) and NPO instructions. Luis FYI for pre-op.

Olga
""")
    attach_msg(m, inner)
    add("phi", "care", m, "Wendell Ashby")


phi_care()


# ===========================================================================
# PHI: names in prose
# ===========================================================================
def phi_names():
    # 1 -- Vietnamese name with diacritics in Subject (RFC 2047), plain in body
    m = new(DANA, OKAFOR, "re: Nguyễn Thị Hương - genicular RF", date=(2, 8, 10, 55))
    text(m, f"""Dr. Okafor-Baines,

Summit Crest called back on Ms. Nguyen (she's Huong Nguyen in their system,
Nguyen Thi Huong on our chart -- I had them add the alias). For the right knee
genicular RF they want notes from TWO diagnostic genicular blocks, each with at
least 80% relief documented on a pain diary. We only have the one from January.

Options: do a second block (she'd need to come in again) or I can try a peer
to peer. Her daughter does all the scheduling, she mentioned Huong would rather
not do another needle if she doesn't have to.

Let me know which way you'd like to go.

Dana

{SIG_DANA}
""")
    add("phi", "names", m, "Nguyễn Thị Hương")

    # 2 -- "Last, First" from a referring office
    m = new(f"Tamika Hurst <thurst@{PCP}>", f"referrals@{D}",
            "Okonkwo, Chinedu -- clearance for injection", date=(4, 29, 13, 10))
    text(m, f"""Hello Ridgeline referrals,

Re: Okonkwo, Chinedu

Dr. Adeyemi reviewed your request. He is OK with Mr. Okonkwo holding his
clopidogrel for 7 days before the cervical epidural on 5/2 and restarting
the day after, as long as he stays on the aspirin. The signed clearance
letter is being faxed to 555-010-4499 this afternoon.

Chinedu asked us to pass along that he's fine with the 6:45 arrival time
but needs the written pre-procedure sheet since he didn't get one in the mail.

Thank you,
Tamika Hurst, MA
Lakeshore Family Medicine | Samuel Adeyemi, MD
555-016-2280
""")
    add("phi", "names", m, "Okonkwo, Chinedu")

    # 3 -- particle surname, possessive, husband calling
    m = new(FRONT, f"{STRICK}", "Van der Berg husband called", date=(5, 21, 11, 48))
    alt(m, """Megan,

Mrs. van der Berg's husband (Joost) called. Anneke van der Berg had her left
SI joint RF ablation with Dr. K last Thursday and he says she's been "sore
as heck" at the site and icing it every two hours. He wanted to know if she
can take ibuprofen on top of the Tylenol, and when she's allowed back in the
pool. He'd like a call back on his cell, 555-013-7701, not the house phone.

Thanks!
Marlene
""", """<p>Megan,</p>
<p>Mrs. van der Berg's husband (Joost) called. <b>Anneke van der Berg</b> had her left SI joint
RF ablation with Dr. K last Thursday and he says she's been &quot;sore as heck&quot; at the site
and icing it every two hours. He wanted to know if she can take ibuprofen on top of the
Tylenol, and when she's allowed back in the pool. He'd like a call back on his cell,
555-013-7701, not the house phone.</p>
<p>Thanks!<br>Marlene</p>""")
    add("phi", "names", m, "Anneke van der Berg")

    # 4 -- Irish name with accents, then first name only
    m = new(STRICK, KULKARNI, "Siobhán - trial settings", date=(7, 9, 15, 33),
            agent="Apple Mail (2.3731.700.6)")
    text(m, """Anand,

Spoke with Siobhán Ní Bhriain this morning, day 4 of her stimulator trial.
Siobhán says the feet were great the first two days but the burning came
back yesterday afternoon after she drove to her sister's. She thinks the
lead "slipped." Craig is going to check her this afternoon and try the
lower contacts before we decide anything.

She asked whether she can shower before the leads come out Friday -- I told
her no, sponge bath only. Siobhán also wants to know if the permanent could
be done before she goes back to Cork in September. Can you think about timing?

Megan
""")
    add("phi", "names", m, "Siobhán Ní Bhriain")

    # 5 -- hyphenated Polish surname, HTML referral from ortho
    m = new(f"Dr. Priya Raman <praman@{ORTHO}>", f"referrals@{D}",
            "Referral - Kowalczyk-Brandt", date=(3, 4, 16, 20))
    html(m, """<html><body>
<p>Dear colleagues at Ridgeline,</p>
<p>I'd be grateful if you would see <b>Mr. Zbigniew Kowalczyk-Brandt</b>, 61, whom I've
followed since his L4-S1 fusion two years ago. The hardware looks good on the recent CT and
I don't have anything further to offer him surgically. He has been through PT twice and
a course of pregabalin that he stopped because of dizziness.</p>
<p>Mr. Kowalczyk-Brandt is interested in hearing about a spinal cord stimulator trial. He
speaks English well but his wife Halina, who comes to visits, prefers Polish if you have
someone.</p>
<p>Records and imaging report will follow from our office.</p>
<p>Best regards,<br>Priya Raman, MD<br>Northgate Orthopaedics &amp; Spine<br>555-018-6600</p>
</body></html>""")
    add("phi", "names", m, "Zbigniew Kowalczyk-Brandt")

    # 6 -- Arabic name; son calls; interpreter
    m = new(BRI, f"interpreters@{ASC}", "Arabic interpreter needed 6/18 - Al-Qahtani",
            date=(6, 11, 10, 2))
    text(m, f"""Hi,

Requesting an in-person Arabic interpreter for Tuesday 6/18, 9:00 AM arrival,
procedure at 9:45 with Dr. Okafor-Baines (bilateral L5-S1 transforaminal
epidural). Patient is Mr. Abdulrahman Al-Qahtani. His son Faisal usually
comes with him, but Mr. Al-Qahtani's son told us he can't be there this time
and doesn't want his father signing the consent without someone explaining it.

Please confirm when booked.

Thanks,
{SIG_BRI}
""")
    add("phi", "names", m, "Abdulrahman Al-Qahtani")

    # 7 -- name only in the Subject
    m = new(DANA, f"{OLGA}, {KULKARNI}",
            "Venkataraman, Lakshmi - SCS permanent implant APPROVED", date=(8, 2, 11, 7))
    text(m, f"""Approval came through this morning for the permanent implant (63685 +
63650 x2), valid 8/5 through 10/31, inpatient not required. Reference number
is on the portal under the case. Olga, OK to book with Dr. K and the Vantrix
rep. Pre-op labs and the psych clearance are already in the chart.

Dana

{SIG_DANA}
""")
    add("phi", "names", m, "Venkataraman, Lakshmi")

    # 8 -- Yoruba name, nickname later, thread, quoted-printable
    prev = """On Mon, Oct 7, 2024 at 4:51 PM Front Desk <frontdesk@ridgelinepain.example> wrote:
> Megan, Oluwaseun Babatunde called again about his refill. He says the
> pharmacy told him the prior auth for the Butrans patch expired and they
> will only give him 4 patches. He's very worried about running out before
> his appointment on the 21st. Can someone call him? 555-012-9904.
>
> Thanks, Marlene"""
    m = new(STRICK, f"{FRONT}, {DANA}", "re: Babatunde", date=(10, 8, 8, 14))
    alt(m, f"""Marlene -- I called Seun last night, he's OK for now. Dana, can you
resubmit the Butrans 10 mcg/hr auth to Bluewater today? Same dose, nothing
changed. Seun said he'd rather not switch back to the tablets if we can avoid
it. If the plan drags its feet let me know and I'll do the peer-to-peer.

Megan

{prev}
""", f"""<div>Marlene -- I called Seun last night, he's OK for now. Dana, can you resubmit the
Butrans 10 mcg/hr auth to Bluewater today? Same dose, nothing changed. Seun said he'd rather
not switch back to the tablets if we can avoid it. If the plan drags its feet let me know and
I'll do the peer-to-peer.<br><br>Megan</div>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:4px">
On Mon, Oct 7, 2024 at 4:51 PM Front Desk &lt;frontdesk@ridgelinepain.example&gt; wrote:<br>
Megan, Oluwaseun Babatunde called again about his refill. He says the pharmacy told him the prior
auth for the Butrans patch expired and they will only give him 4 patches. He's very worried about
running out before his appointment on the 21st. Can someone call him? 555-012-9904.<br><br>
Thanks, Marlene</blockquote>""", cte="quoted-printable")
    add("phi", "names", m, "Oluwaseun Babatunde")


phi_names()


# ===========================================================================
# PHI: people writing about their own care
# ===========================================================================
def phi_self():
    # 1 -- patient email, plain, DOB in body
    m = new("Karen Lindqvist <klindqvist61@mailbox.example>", f"frontdesk@{D}",
            "question after my procedure Monday", date=(1, 24, 19, 12))
    text(m, """Hello,

This is Karen Lindqvist, DOB 04/17/1961. I had the radiofrequency
procedure on the right side of my neck with Dr. Kulkarni on Monday.
The nurse said to write if I had questions.

The skin on the back of my neck and up toward my ear is still numb and
kind of sunburn-feeling when my hair touches it. Is that normal, and how
long does it last? The pain I came in for is actually a lot better already.

Also I have a dentist appointment next week, is it OK to go?

Thank you,
Karen
""")
    add("phi", "self", m, "Karen Lindqvist")

    # 2 -- worried about drug screen, Gmail-style HTML only
    m = new("Michael Dunleavy <mdunleavy.fab@webmail.example>", f"{STRICK}",
            "my urine test", date=(3, 28, 22, 47), agent=None)
    html(m, """<div dir="ltr">Megan,<div><br></div><div>I want to be upfront before my appointment tomorrow.
Saturday night I couldn't sleep from the pain and I took two of my wife's Xanax. I know that's
against the agreement I signed and I'm not trying to hide anything. It was just that one night.
I still have the rest of my hydrocodone, I can bring the bottle for a count if you want.</div>
<div><br></div><div>Please don't cut me off, I've been doing everything right for two years.</div>
<div><br></div><div>Mike</div><div>555-014-6628</div></div>""")
    add("phi", "self", m, "Michael Dunleavy")

    # 3 -- trial finished, wants permanent, alternative
    m = new("Denise Harrow <dharrow@northpost.example>", f"{KULKARNI}",
            "Trial done - I want the permanent one!", date=(6, 24, 9, 30))
    alt(m, """Dr. Kulkarni,

Just wanted to tell you the trial leads came out Friday and I already miss
them. For the 7 days I had it I was sleeping through the night and I went
grocery shopping without the cart holding me up. Yesterday without it I was
back to where I started.

Please go ahead and start whatever paperwork the insurance needs for the
permanent stimulator. Craig said it can take a few weeks. The little
puncture spots are healing fine.

Thank you for everything,
Denise Harrow
""", """<p>Dr. Kulkarni,</p>
<p>Just wanted to tell you the trial leads came out Friday and I already miss them. For the 7 days
I had it I was sleeping through the night and I went grocery shopping without the cart holding me
up. Yesterday without it I was back to where I started.</p>
<p>Please go ahead and start whatever paperwork the insurance needs for the permanent stimulator.
Craig said it can take a few weeks. The little puncture spots are healing fine.</p>
<p>Thank you for everything,<br>Denise Harrow</p>""")
    add("phi", "self", m, "Denise Harrow")

    # 4 -- employee writing about her own procedure
    m = new(BRI, KEVIN, "out Thurs/Fri", date=(9, 16, 12, 4))
    text(m, """Hi Kevin,

Heads up I need Thursday and Friday off. I'm finally getting the epidural
for my own back at Lakeview Spine (I didn't want to do it here, felt weird
having coworkers see my chart). They said no driving and no work for the
rest of the day, and I'm guessing I'll want Friday too after the last one.

Jasmine said she can cover my scheduling queue. I'll put it in the PTO
system, just wanted you to know why.

Bri
""")
    add("phi", "self", m, "Brianna Coles")

    # 5 -- angry about denial, HTML only, windows-1252
    m = new("Tomás Reyes <treyes.contracting@webmail.example>",
            f"{BILLING}, {DANA}", "DENIED AGAIN??", date=(7, 30, 7, 58))
    html(m, """<html><body><p>To whoever handles the insurance,</p>
<p>I just got a letter from Bluewater Mutual saying my nerve burning procedure (the \u201cablation\u201d)
was <b>denied</b> because \u201cconservative therapy not documented.\u201d I did 12 weeks of
physical therapy last year AND the chiropractor AND the two test blocks in your office in May that
both worked. Dr. Okafor-Baines said I was a perfect candidate.</p>
<p>I have been off work since June. Please tell me what I need to do. My member ID is on the letter
if you need it, I can scan it.</p>
<p>Tom Reyes<br>555-011-3059</p></body></html>""", charset="windows-1252")
    add("phi", "self", m, "Tom Reyes")

    # 6 -- pain diary attached as TXT
    m = new("Gloria Estrada-Wynn <gloria.ew@postbox.example>", f"{CARMONA}",
            "pain diary", date=(5, 15, 18, 20))
    text(m, """Hi Luis,

Here's the pain diary you gave me after the medial branch blocks yesterday.
I typed it up instead of the paper one because my handwriting is awful.

Gloria
""")
    diary = """PAIN DIARY - Gloria Estrada-Wynn - lumbar medial branch block 5/14

Pain before procedure: 7/10

Time after   Pain (0-10)   What I did
30 min       1             walked to car, no pain bending to get in
1 hr         1             sat through lunch, could turn to talk
2 hr         2             vacuumed living room
4 hr         2             loaded dishwasher, bent over fine
6 hr         4             starting to come back, lower right
8 hr         6             back to usual, took my Tylenol

Best relief: about 85% for the first 2 hours.
"""
    attach(m, diary, "pain diary may 14.txt", "text/plain")
    add("phi", "self", m, "Gloria Estrada-Wynn")

    # 7 -- early refill before travel, quoting clinic's reminder
    m = new("Walt Pruitt <wpruitt52@oldmail.example>", f"refills@{D}",
            "Re: Appointment reminder", date=(11, 4, 6, 40))
    text(m, f"""I will be at my daughter's in Tucson from the 14th until the 2nd of
December so I will miss this appointment. My Percocet runs out on the
16th. Can Dr. Kulkarni send the next month early or to a pharmacy out there?
I have never asked for early before. Last UDS was fine, you can check.

Walt Pruitt
DOB 9-3-52

On Fri, Nov 1, 2024, Ridgeline Spine & Pain Center <noreply@{D}> wrote:
> This is a reminder of your appointment on Tuesday, November 19, 2024 at
> 10:20 AM with Anand Kulkarni, MD at 1200 Ambrose Pkwy, Suite 310.
> Please arrive 15 minutes early. Reply C to confirm.
""")
    add("phi", "self", m, "Walt Pruitt")


phi_self()


# ===========================================================================
# PHI: identifiers with health context
# ===========================================================================
def phi_ids():
    # 1 -- PCP referral, ISO DOB, their MRN, PDF form attached
    m = new(f"Lakeshore Referrals <referrals@{PCP}>", f"referrals@{D}",
            "New referral - Whitlock", date=(1, 17, 14, 3))
    text(m, f"""Please see attached referral for pain management consult.

Patient: Gary Whitlock
DOB: 1958-11-02
Our MRN: 00482913
Reason: low back and bilateral buttock pain x 14 months, failed PT x 8 wks,
NSAIDs; requesting evaluation for facet injections vs. RFA.
Insurance: Summit Crest PPO

Please call our referral line with the appointment date.

Lakeshore Family Medicine
555-016-2200 | fax 555-016-2201

{DISCLAIMER}
""")
    attach(m, pdf([
        "LAKESHORE FAMILY MEDICINE - OUTGOING REFERRAL",
        "",
        "Referred to:   Ridgeline Spine & Pain Center",
        "Referring:     Samuel Adeyemi, MD   NPI 1790000000",
        "",
        "Patient:       WHITLOCK, GARY R",
        "DOB:           11/02/1958     Sex: M",
        "MRN:           00482913",
        "Phone:         555-016-7734",
        "Insurance:     Summit Crest PPO   ID SCP-77120455",
        "",
        "Reason for referral:",
        "  Chronic axial low back pain with bilateral buttock radiation,",
        "  worse with extension and standing. Failed 8 weeks PT, meloxicam.",
        "  MRI L-spine 10/2023: multilevel facet arthropathy L3-S1.",
        "  Requesting consult for medial branch blocks / RFA.",
        "",
        "Current meds: meloxicam 15 mg daily, lisinopril 20 mg daily",
        "Allergies: sulfa (rash)",
        "",
        "Urgency: Routine",
        "Signed: S. Adeyemi, MD   01/16/2024",
    ]), "Referral_Whitlock_G.pdf", "application/pdf")
    add("phi", "ids", m, "Gary Whitlock")

    # 2 -- payer/billing thread, account and claim numbers
    m = new(f"Provider Services <provservices@{PAYER2}>", f"{TUAN}",
            "Claim inquiry - ref 88-3319", date=(4, 3, 10, 27))
    alt(m, """Mr. Pham,

Following up on your call today (ref 88-3319).

Member: José Ángel Ibáñez
DOB 3/9/74
Your acct# RSP-22817-04
Claim ID 2024031587722, DOS 02/27/2024

Line 1 (64483 L5-S1 transforaminal) was denied CO-197 because the
authorization on file was for the interlaminar approach (62323). If your
physician performed the transforaminal, please submit a retro auth request
with the procedure note and a corrected claim. Line 2 (77003) will be
re-adjudicated with line 1.

Regards,
Alicia Dorn
Provider Services, Bluewater Mutual
""", """<p>Mr. Pham,</p><p>Following up on your call today (ref 88-3319).</p>
<table cellpadding="3" style="font-family:Arial;font-size:10pt">
<tr><td>Member:</td><td>Jos&eacute; &Aacute;ngel Ib&aacute;&ntilde;ez</td></tr>
<tr><td>DOB</td><td>3/9/74</td></tr>
<tr><td>Your acct#</td><td>RSP-22817-04</td></tr>
<tr><td>Claim ID</td><td>2024031587722, DOS 02/27/2024</td></tr></table>
<p>Line 1 (64483 L5-S1 transforaminal) was denied CO-197 because the authorization on file was for
the interlaminar approach (62323). If your physician performed the transforaminal, please submit a
retro auth request with the procedure note and a corrected claim. Line 2 (77003) will be
re-adjudicated with line 1.</p>
<p>Regards,<br>Alicia Dorn<br>Provider Services, Bluewater Mutual</p>""")
    add("phi", "ids", m, "José Ángel Ibáñez")

    # 3 -- payer UM nurse, member number, HTML only
    m = new(f"UM Nurse Review <umreview@{PAYER}>", f"priorauth@{D}",
            "Additional information requested - Member #: SCH884120573-01",
            date=(5, 9, 15, 45))
    html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p><b>Summit Crest Health Plan &ndash; Utilization Management</b></p>
<p>Request: Lumbar facet joint medial branch RF ablation, bilateral L4-L5, L5-S1 (64635, 64636)<br>
Member: HOLLOWAY, CORINNE M<br>
Member #: SCH884120573-01<br>
Requesting provider: Theresa Okafor-Baines, DO</p>
<p>The request is pended for the following: documentation of two separate diagnostic medial branch
blocks with &ge;80% concordant relief, including the date, levels, anesthetic used and the
patient's pain scores before and after. Please fax to 555-019-2000 or upload within 14 days.</p>
<p>Case reference UM-24-0412279</p>
</body></html>""")
    add("phi", "ids", m, "HOLLOWAY, CORINNE M")

    # 4 -- address and phone with care
    m = new(CARMONA, f"{FRONT}", "updated contact - McGillicuddy", date=(7, 23, 13, 16))
    text(m, """Marlene, can you update demographics? She moved in with her sister after
the implant.

Ruth Ann McGillicuddy
New address: 1418 Larkspur Ct, Apt 2B, Fernhill, OR 97199
Phone: (555) 014-2290 (sister Colleen's cell, OK to leave messages)

Please mail her a copy of the post-op instructions for the stimulator and
the incision care sheet -- she lost hers in the move. Her staple removal is
7/30 with Megan.

Thanks
Luis
""")
    add("phi", "ids", m, "Ruth Ann McGillicuddy")

    # 5 -- tox lab note, chart number, DOB written out
    m = new(f"Client Services <clientservices@{TOX}>", f"{CARMONA}",
            "Specimen issue - recollection recommended", date=(2, 20, 11, 2))
    text(m, """Ridgeline Spine & Pain,

We are notifying you of a specimen validity issue.

Patient: Bernard Szymanski
DOB: 14 Feb 1949
Chart #: 7731-B
Specimen ID: PT-24-118830   Collected: 02/16/2024

Creatinine 14 mg/dL and specific gravity 1.002 -- specimen is dilute.
Screening results reported as negative for all analytes, including the
prescribed hydromorphone, which cannot be interpreted on a dilute specimen.
Recommend observed recollection at the next visit.

Pinnacle Toxicology Client Services
555-015-8800
""")
    add("phi", "ids", m, "Bernard Szymanski")

    # 6 -- disability examiner records request, SSN
    m = new(f"DDS Medical Records <records@ddsreview.example>", f"records@{D}",
            "Records request - claimant Pritchard", date=(9, 11, 9, 18))
    text(m, """To the custodian of records:

The Disability Determination Services office requests copies of the
medical evidence of record for the claimant below for the period
01/01/2022 to present, including office notes, procedure reports
(epidural injections, nerve blocks, ablations) and medication lists.

Claimant: Latoya Pritchard
SSN: 512-44-7193
DOB: June 30, 1979
Date of onset alleged: 03/2022

A signed SSA-827 authorization is on file and can be faxed on request.
Please respond within 10 business days to fax 555-019-4410.

Case ID DDS-24-55017
Examiner: R. Castellanos
""")
    add("phi", "ids", m, "Latoya Pritchard")

    # 7 -- Medicare MBI, base64 body
    m = new(TUAN, f"{FRONT}", "Kimura - MBI correction before Thurs",
            date=(10, 1, 16, 9))
    text(m, """Front desk -- before Dorothy Kimura comes in Thursday for her
genicular nerve block, please rescan her red-white-blue card. Her claims
from August kicked back because we still have her old number.

Name: Dorothy Kimura
DOB: Oct 5, 1944
Correct MBI: 4TK7-WR2-HN51
Old (wrong) on file: 4TK7-WR2-HN15

She also has a supplement through Bluewater (member ID BWM-6630021) that
needs to be added as secondary. Thanks!

Tuan
""", cte="base64")
    add("phi", "ids", m, "Dorothy Kimura")

    # 8 -- workers' comp adjuster, forwarded as message/rfc822
    inner = new(f"Renee Castillo <rcastillo@granitecomp.example>", f"{DANA}",
                "Auth - WC-19-0048837", date=(3, 18, 10, 40), agent=None)
    text(inner, """Dana,

Approved per the UR determination received today:

Claimant: Shauna McAllister
D.O.B. 07.22.1983
Claim No. WC-19-0048837   DOI 11/04/2019
Your Pt ID: 2200-71845
Approved: bilateral sacroiliac joint injection under fluoroscopy (27096 x2),
one date of service, by 05/31/2024.

Please bill the claim number above, not her group health.

Renee Castillo
Senior Claims Adjuster, Granite Comp Mutual
555-018-9021
""")
    m = new(DANA, f"{OLGA}", "Fwd: Auth - WC-19-0048837", date=(3, 18, 11, 2))
    text(m, f"""Olga, work comp approval for Shauna below -- OK to schedule with Dr. O-B.
Remember WC cases need the adjuster copied on the procedure note.

{SIG_DANA}
""")
    attach_msg(m, inner)
    add("phi", "ids", m, "Shauna McAllister")


phi_ids()


# ===========================================================================
# PHI: lists of patients
# ===========================================================================
def phi_lists():
    # 1 -- space-aligned text table, tomorrow's board
    rows = [
        ["Time", "Rm", "Patient", "DOB", "Procedure", "Doc", "Notes"],
        ["07:30", "1", "Hendricks, Paula", "06/14/1957", "Bilat L4-5 L5-S1 MBB #2", "AK", "driver: husband"],
        ["08:00", "1", "Osei, Kwabena", "11/02/1966", "R L5-S1 TFESI", "AK", "diabetic - check BG"],
        ["08:30", "2", "Lindgren, Marta", "03/30/1948", "L C5-6 IL ESI", "TOB", "MAC"],
        ["09:00", "1", "Tran, Bao", "08/19/1971", "R genicular RFA", "AK", "interp Vietnamese"],
        ["09:45", "2", "Fitzgerald, Noreen", "01/07/1952", "SI jt inj bilat", "TOB", ""],
        ["10:30", "1", "Delacroix, Jean-Paul", "12/22/1960", "SCS trial lead placement", "AK", "Vantrix rep 10:00"],
        ["11:30", "2", "Moreno, Alicia", "05/05/1983", "L L4-5 TFESI", "TOB", "held Xarelto 3d"],
    ]
    m = new(OLGA, f"{CLINICAL}", "Tomorrow ASC - final", date=(2, 12, 16, 55))
    text(m, "Final board for tomorrow. Please check your patients and tell me by 5.\n\n"
         + text_table(rows) + "\n\nOlga\n")
    add("phi", "lists", m, "Hendricks, Paula")

    # 2 -- tab-separated random call-back list
    rows = [
        ["Patient", "MRN", "Phone", "Last UDS", "Meds", "Called"],
        ["Dunleavy, Michael", "R-104552", "555-014-6628", "01/29", "hydrocodone/APAP 10/325", "no answer"],
        ["Sato, Keiko", "R-100983", "555-013-0812", "12/18", "tapentadol ER", "coming 2pm"],
        ["Bright, Lamar", "R-107761", "555-012-4419", "02/05", "buprenorphine patch", "coming tomorrow AM"],
        ["Petrakis, Helen", "R-102230", "555-011-7390", "11/30", "oxycodone 5", "left VM x2"],
        ["Gutierrez, Ramon", "R-109014", "555-016-5527", "01/08", "morphine ER 15", "coming 4pm"],
    ]
    body = "\n".join("\t".join(r) for r in rows)
    m = new(CARMONA, f"{OKAFOR}, {STRICK}", "random callbacks today", date=(3, 5, 13, 41))
    text(m, f"""Random pill count / UDS callbacks pulled for today per the agreement
policy. They have 24 hrs to come in.

{body}

Michael still not answering, I'll try again at 3. If no show by tomorrow
noon it goes to Dr. O-B per policy.

Luis
""")
    add("phi", "lists", m, "Dunleavy, Michael")

    # 3 -- pipe table of pending auths, HTML alternative too
    rows = [
        ["Patient", "Payer", "Request", "CPT", "Submitted", "Status"],
        ["Holloway, Corinne", "Summit Crest", "Lumbar RFA bilat", "64635/64636", "05/01", "pended - need MBB #2 notes"],
        ["Venkataraman, Lakshmi", "Summit Crest", "SCS permanent", "63685/63650", "07/15", "peer to peer 8/1 2pm"],
        ["Reyes, Tomas", "Bluewater", "Lumbar RFA R", "64635", "07/02", "DENIED - appeal"],
        ["Abubakar, Hauwa", "State Medicaid", "Cervical IL ESI", "62321", "07/22", "approved 7/24"],
        ["Kowalczyk-Brandt, Z.", "Medicare", "SCS trial", "63650 x2", "n/a", "no auth needed, psych eval pending"],
    ]
    m = new(DANA, f"{KULKARNI}, {OKAFOR}, {KEVIN}", "Pending auths as of Friday",
            date=(7, 26, 15, 5))
    alt(m, "Weekly list. Anything that needs a physician call is marked.\n\n"
        + text_table(rows, sep=" | ") + f"\n\n{SIG_DANA}\n",
        "<p>Weekly list. Anything that needs a physician call is marked.</p>"
        + html_table(rows) + f"<p>{SIG_DANA.replace(chr(10), '<br>')}</p>")
    add("phi", "lists", m, "Holloway, Corinne")

    # 4 -- CSV attachment, monthly no-show report
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["appt_date", "appt_time", "patient_last", "patient_first", "dob", "provider",
                "visit_type", "no_show_count_12mo", "phone"])
    for r in [
        ["2024-09-03", "08:15", "Ocampo", "Marisol", "1979-04-22", "Strickland", "Post-RFA f/u", "3", "555-012-3380"],
        ["2024-09-05", "10:40", "Whitaker", "Dean", "1964-10-09", "Kulkarni", "Med mgmt", "1", "555-014-1187"],
        ["2024-09-10", "13:00", "Nwachukwu", "Ifeoma", "1990-02-17", "Okafor-Baines", "New consult", "1", "555-011-9045"],
        ["2024-09-12", "09:20", "Barros", "Thiago", "1971-06-30", "Strickland", "SCS trial f/u", "2", "555-017-2231"],
        ["2024-09-18", "15:40", "Haddad", "Rania", "1985-12-01", "Kulkarni", "Med mgmt", "1", "555-013-5566"],
        ["2024-09-24", "11:00", "O'Rourke", "Declan", "1959-03-14", "Okafor-Baines", "Pre-procedure", "2", "555-016-0093"],
    ]:
        w.writerow(r)
    m = new(KEVIN, f"{STRICK}, {BRI}", "September no-show report", date=(10, 2, 8, 30))
    text(m, f"""Attached is September's no-show export from the PM system. Marisol is at 3
in 12 months, so per policy she gets the discharge-warning letter. Megan,
please review before Bri sends.

{SIG_KEVIN}
""")
    attach(m, out.getvalue(), "noshow_2024-09.csv", "text/csv")
    add("phi", "lists", m, "Marisol Ocampo")

    # 5 -- XLSX attachment, SCS trial tracker
    rows = [
        ["Patient", "DOB", "Payer", "Psych eval", "Trial date", "Leads", "Relief %", "Decision", "Rep"],
        ["Tollefson, Greg", "1962-08-11", "Summit Crest", "cleared 5/20", "2024-06-10", "T8-T9 x2", 70, "Perm - auth submitted", "Hollander"],
        ["Harrow, Denise", "1970-01-25", "Bluewater", "cleared 5/28", "2024-06-14", "T9-T10 x2", 65, "Perm - auth submitted", "Hollander"],
        ["Ni Bhriain, Siobhan", "1981-09-03", "Summit Crest", "cleared 6/20", "2024-07-05", "T10 x2", 30, "Re-trial vs no", "Hollander"],
        ["Greenberg, Saul", "1949-04-18", "Medicare", "cleared 7/2", "2024-07-19", "T8-T9 x2", 55, "Perm - scheduling", "Ostrowski"],
        ["Mahmoud, Yasmin", "1976-11-30", "Summit Crest", "pending", "", "", "", "waiting on psych", ""],
    ]
    m = new(STRICK, f"{KULKARNI}, {CRAIG}", "SCS tracker - July update", date=(7, 31, 17, 12))
    text(m, """Updated tracker attached. Siobhan is the one I'd like to talk about at
Thursday's huddle. Craig, I added your colleague's patient too.

Megan
""")
    attach(m, xlsx(rows, "SCS trials 2024"), "SCS_trial_tracker_2024-07.xlsx", XLSX_MIME)
    add("phi", "lists", m, "Tollefson, Greg")

    # 6 -- DOCX attachment, post-procedure call sheet
    rows = [
        ["Patient", "Phone", "Procedure (8/22)", "Called", "Notes"],
        ["Ahmadi, Farid", "555-012-8810", "L L5-S1 TFESI", "8/23 9:10", "fine, some soreness"],
        ["Castellano, Raymond", "555-016-4402", "cancelled - admitted St. Brigid's", "", "rebook after d/c"],
        ["Kovacs, Eszter", "555-013-2276", "Bilat C4-6 MBB", "8/23 9:25", "80% relief x 5 hrs"],
        ["Mensah, Abena", "555-014-9931", "R SI jt inj", "8/23 9:40", "VM left"],
        ["Yoon, Daniel", "555-011-6602", "R L3-5 RFA", "8/23 10:05", "numb patch lateral thigh, reassured"],
    ]
    m = new(CARMONA, f"{KULKARNI}", "Post-procedure calls 8/22 list", date=(8, 23, 11, 20))
    text(m, "Call sheet attached for Thursday's patients. Nothing urgent.\n\nLuis\n")
    attach(m, docx(["# Ridgeline ASC - 24 hr post-procedure call sheet",
                    "Date of service: 08/22/2024    Nurse: L. Carmona, RN", rows,
                    "Escalate to physician: fever, new weakness, bowel/bladder change, severe headache."]),
           "PostProc_Calls_0822.docx", DOCX_MIME)
    add("phi", "lists", m, "Ahmadi, Farid")

    # 7 -- ZIP with CSV and PDF recall list
    recall = [
        ["Last", "First", "DOB", "Last RFA", "Levels", "Relief duration", "Provider"],
        ["Lindqvist", "Karen", "04/17/1961", "01/22/2024", "R C3-C5", "ongoing", "Kulkarni"],
        ["Pereira", "Joao", "09/09/1955", "11/14/2023", "bilat L4-S1", "7 mo", "Kulkarni"],
        ["van der Berg", "Anneke", "02/26/1950", "05/16/2024", "L SI", "ongoing", "Kulkarni"],
        ["Adeleke", "Tunde", "07/04/1968", "12/05/2023", "R L3-L5", "6 mo", "Okafor-Baines"],
        ["Schuster", "Ilse", "10/12/1946", "10/30/2023", "bilat L4-S1", "8 mo", "Okafor-Baines"],
    ]
    cs = io.StringIO()
    csv.writer(cs, lineterminator="\r\n").writerows(recall)
    pdf_lines = ["RIDGELINE SPINE & PAIN - RFA RECALL LIST (6+ months post ablation)", ""]
    pdf_lines += ["  ".join(f"{c:<14}" for c in r) for r in recall]
    pdf_lines += ["", "Call to offer follow-up visit; repeat ablation needs new auth."]
    z = zipbytes([("rfa_recall.csv", cs.getvalue()), ("rfa_recall.pdf", pdf(pdf_lines, size=9))])
    m = new(KEVIN, f"{BRI}, {DANA}", "RFA recall list (zipped)", date=(6, 3, 9, 55))
    text(m, f"""Here's the ablation recall list, CSV and a printable PDF in the zip.
Bri, please reach out this month. Dana, any that want to repeat will need
new auths -- most payers want proof of 50%+ relief for 6 months.

{SIG_KEVIN}
""")
    attach(m, z, "rfa_recall_June.zip", "application/zip")
    add("phi", "lists", m, "Lindqvist, Karen")


phi_lists()


# ===========================================================================
# PHI: structured data
# ===========================================================================
def x12(segments, sep="~\n"):
    return sep.join(segments) + "~\n"


def phi_struct():
    # 1 -- HL7 ORU pasted in the body
    hl7 = "\r".join([
        "MSH|^~\\&|PINNACLE|PINNACLETOX|RSPC_EHR|RIDGELINE|20240311142233||ORU^R01|PT2403110087|P|2.5.1",
        "PID|1||R-108827^^^RSPC^MR~PT77120^^^PINN^PI||QUINTERO^ALEJANDRA^M||19780216|F|||2290 SORREL WAY^^FERNHILL^OR^97198||^PRN^PH^^^555^0137722",
        "ORC|RE|ORD55120|PT-24-120441||CM",
        "OBR|1|ORD55120|PT-24-120441|UDSCONF^Urine Drug Confirmation LC-MS/MS^L|||20240308101500|||||||20240308143000||1548000000^OKAFOR-BAINES^THERESA^^^^DO||||||20240311142200||TX|F",
        "OBX|1|NM|OXYC^Oxycodone^L||1840|ng/mL|<50||||F|||20240311",
        "OBX|2|NM|OXYM^Oxymorphone^L||612|ng/mL|<50||||F|||20240311",
        "OBX|3|ST|FENT^Fentanyl^L||NEGATIVE||<1||||F|||20240311",
        "OBX|4|NM|THCA^Carboxy-THC^L||88|ng/mL|<15|A|||F|||20240311",
        "OBX|5|NM|CREAT^Creatinine, urine^L||112|mg/dL|>=20||||F|||20240311",
        "NTE|1||Prescribed medications reported: oxycodone 10 mg q6h prn.",
    ])
    m = new(JANELLE, f"interfaces@medbridgehie.example", "ORU from Pinnacle not filing - wrong MRN?",
            cc=CARMONA, date=(3, 11, 15, 2))
    text(m, "Hi team,\n\nThis result from Pinnacle came in at 14:22 and is sitting in the error "
         "queue ('patient not found'). Our MRN for her is R-108827 so PID-3 looks right to me -- "
         "is the second repetition throwing it off? Raw message below (segments split per line).\n\n"
         + hl7.replace("\r", "\n") +
         "\n\nLuis needs this filed today for her visit tomorrow.\n\nJanelle Ruiz\nIT / EHR Analyst, Ridgeline Spine & Pain\n555-010-4440\n")
    add("phi", "struct", m, "QUINTERO^ALEJANDRA^M")

    # 2 -- HL7 SIU attached as .hl7
    siu = "\r".join([
        "MSH|^~\\&|RSPC_PM|RIDGELINE|ASC_SCHED|RIDGELINEASC|20240604091544||SIU^S12|RSPC0604-0331|P|2.3",
        "SCH|A99231|A99231||||ROUTINE|PROC^Procedure|60|MIN|^^60^20240611073000^20240611083000|||||OPETRENKO^PETRENKO^OLGA|||||||||BOOKED",
        "PID|1||R-106645^^^RSPC^MR||BRENNAN^COLM^PATRICK||19530109|M|||77 TIDEWATER LN^^FERNHILL^OR^97197||^PRN^PH^^^555^0189930|||||ACCT7730112",
        "PV1|1|O|ASC^OR2||||1679000001^KULKARNI^ANAND^^^^MD",
        "RGS|1|A",
        "AIS|1|A|64490^Cervical facet inj C5-6 bilat w/ fluoro^CPT|20240611073000|||60|MIN",
        "NTE|1||Pacemaker - device rep notified. Hold aspirin? Per AK continue.",
        "AIP|1|A|1679000001^KULKARNI^ANAND|ATTENDING",
        "AIL|1|A|OR2^^^RIDGELINEASC",
    ]) + "\r"
    m = new(f"Interface Monitor <ifmonitor@{D}>", f"{JANELLE}", "[IFACE] SIU rejected by ASC_SCHED (AIS-3 unknown code)",
            date=(6, 4, 9, 16), agent=None)
    text(m, """Interface: RSPC_PM -> ASC_SCHED
Direction: outbound
Status: REJECTED (AE)
Error: AIS-3 service code 64490 not in ASC procedure master
Message control ID: RSPC0604-0331

The rejected message is attached. Resolve and resend from the interface engine.
""")
    attach(m, siu, "RSPC0604-0331.hl7", "application/hl7-v2")
    add("phi", "struct", m, "BRENNAN^COLM^PATRICK")

    # 3 -- X12 837P attached
    segs = [
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*RSP240412A*20240412*1015*CH",
        "NM1*41*2*RIDGELINE SPINE AND PAIN CENTER*****46*RSPC01",
        "PER*IC*TUAN PHAM*TE*5550104420",
        "NM1*40*2*SUMMIT CREST HEALTH PLAN*****46*SCHP1",
        "HL*1**20*1",
        "NM1*85*2*RIDGELINE SPINE AND PAIN CENTER*****XX*1679000010",
        "N3*1200 AMBROSE PKWY STE 310",
        "N4*FERNHILL*OR*971980000",
        "REF*EI*930000417",
        "HL*2*1*22*0",
        "SBR*P*18*GRP44120******CI",
        "NM1*IL*1*MORALES*ESTEBAN*R***MI*SCH770312884",
        "N3*88 QUARRY HILL RD",
        "N4*FERNHILL*OR*97198",
        "DMG*D8*19670521*M",
        "NM1*PR*2*SUMMIT CREST HEALTH PLAN*****PI*SCHP1",
        "CLM*RSP24041201*1850***24:B:1*Y*A*Y*Y",
        "REF*G1*PA240488123",
        "HI*ABK:M47816*ABF:M5459",
        "NM1*82*1*KULKARNI*ANAND****XX*1679000001",
        "PRV*PE*PXC*208VP0014X",
        "LX*1",
        "SV1*HC:64635:RT*1250*UN*1***1:2",
        "DTP*472*D8*20240410",
        "LX*2",
        "SV1*HC:64636:RT*600*UN*1***1:2",
        "DTP*472*D8*20240410",
    ]
    segs.append(f"SE*{len(segs) + 1}*0001")
    edi = x12(["ISA*00*          *00*          *ZZ*RIDGELINE01    *ZZ*SUMMITCREST    *240412*1015*^*00501*000004471*0*P*:",
               "GS*HC*RIDGELINE01*SUMMITCREST*20240412*1015*4471*X*005010X222A1"] + segs
              + ["GE*1*4471", "IEA*1*000004471"])
    m = new(TUAN, f"edisupport@claimlinkclearing.example", "Rejected 837 batch 4471 - need help",
            date=(4, 12, 13, 48))
    text(m, f"""Hello ClaimLink support,

Batch 4471 came back with a 999 reject (IK3 SV1, element 7). It's a single
claim, our RFA for Esteban Morales on 4/10. Original file attached. Can you
tell me whether the diagnosis pointer format is the problem? We changed
nothing on our side.

Thank you,
{SIG_TUAN}
""")
    attach(m, edi, "RSPC_837P_4471.x12", "application/edi-x12")
    add("phi", "struct", m, "Esteban Morales")

    # 4 -- X12 271 pasted
    segs = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*RSPC2407150931*20240715*0931",
        "HL*1**20*1",
        "NM1*PR*2*BLUEWATER MUTUAL*****PI*BWM01",
        "HL*2*1*21*1",
        "NM1*1P*2*RIDGELINE SPINE AND PAIN CENTER*****XX*1679000010",
        "HL*3*2*22*0",
        "TRN*2*RSPC2407150931*9RIDGELINE",
        "NM1*IL*1*HASSAN*FARAH****MI*BWM4471902",
        "N3*3151 JUNIPER BLUFF DR",
        "N4*FERNHILL*OR*97196",
        "DMG*D8*19880913*F",
        "DTP*346*D8*20240101",
        "EB*1*IND*30**PPO GOLD 1500",
        "EB*C*IND*30***23*1500*****Y",
        "EB*C*IND*30***29*412.5*****Y",
        "EB*A*IND*30****.2****Y",
        "EB*B*IND*98***27*40*****Y",
        "EB*CB*IND*BF****HS****Y",
        "MSG*PRIOR AUTH REQUIRED FOR INTERVENTIONAL SPINE PROCEDURES",
    ]
    segs.append(f"SE*{len(segs) + 1}*0001")
    raw = x12(segs)
    m = new(DANA, f"{TUAN}", "271 for Hassan - can you read this?", date=(7, 15, 9, 40))
    text(m, f"""Tuan -- Bluewater portal is down so I ran the eligibility through the
clearinghouse and this is what came back. Farah Hassan is booked for a
cervical interlaminar ESI with Dr. O-B on 7/23. Am I reading it right that
she has $412.50 left on the deductible and 20% after? And the MSG line means
we still need the auth even though it's an ESI?

{raw}
Thanks!
Dana
""")
    add("phi", "struct", m, "Farah Hassan")

    # 5 -- FHIR JSON bundle attached
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2024-09-19T10:22:41-05:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient", "id": "pt-5561093",
                "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "NGO-5561093",
                                "type": {"text": "MRN"}}],
                "name": [{"family": "Solberg", "given": ["Ingrid", "Marit"]}],
                "gender": "female", "birthDate": "1968-05-27",
                "telecom": [{"system": "phone", "value": "555-015-3348", "use": "mobile"}],
                "address": [{"line": ["402 Alder Crest Rd"], "city": "Fernhill", "state": "OR",
                             "postalCode": "97199"}]}},
            {"resource": {
                "resourceType": "ServiceRequest", "id": "sr-88120", "status": "active",
                "intent": "order", "subject": {"reference": "Patient/pt-5561093"},
                "code": {"text": "Referral to interventional pain management"},
                "reasonCode": [{"text": "Persistent right L5 radicular pain after microdiscectomy"}],
                "requester": {"display": "Priya Raman, MD"},
                "authoredOn": "2024-09-18"}},
            {"resource": {
                "resourceType": "Procedure", "id": "proc-30771", "status": "completed",
                "subject": {"reference": "Patient/pt-5561093"},
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "63030"}],
                         "text": "Right L4-5 microdiscectomy"},
                "performedDateTime": "2023-11-06"}},
            {"resource": {
                "resourceType": "MedicationStatement", "id": "ms-4410", "status": "active",
                "subject": {"reference": "Patient/pt-5561093"},
                "medicationCodeableConcept": {"text": "pregabalin 75 mg capsule, twice daily"}}},
        ],
    }
    m = new(f"Northgate Ortho Referrals <referrals@{ORTHO}>", f"referrals@{D}",
            "Electronic referral packet 88120", date=(9, 19, 10, 25))
    alt(m, """A referral packet has been sent to you from Northgate Orthopaedics & Spine.
The attached file is in FHIR R4 JSON format for import into your EHR.

Referral ID: 88120
Priority: routine

Questions: 555-018-6600
""", """<p>A referral packet has been sent to you from <b>Northgate Orthopaedics &amp; Spine</b>.
The attached file is in FHIR R4 JSON format for import into your EHR.</p>
<p>Referral ID: 88120<br>Priority: routine</p><p>Questions: 555-018-6600</p>""")
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False), "referral_88120.json", "application/fhir+json")
    add("phi", "struct", m, "Ingrid Solberg")

    # 6 -- key: value booking form
    m = new(STRICK, f"{OLGA}", "ASC booking request", date=(10, 21, 14, 57))
    text(m, """ASC BOOKING REQUEST
-------------------------------
Patient Name:        Cheng, Wei-Lin
DOB:                 08/08/1966
MRN:                 R-103317
Phone:               555-013-4120
Procedure:           Right L2, L3, L4 medial branch RFA
CPT:                 64635, 64636 x1
Physician:           Kulkarni
Requested date:      week of 11/11, AM preferred
Anticoagulant:       aspirin 81 mg - continue
Sedation:            local + oral lorazepam 1 mg
Allergies:           iodinated contrast (hives) - no contrast / premed
Driver:              yes (wife)
Interpreter:         no
Auth #:              SCH-PA-24-119043 (valid to 12/31)
Special:             BMI 38, long needles; fluoro room 1
-------------------------------
Submitted by M. Strickland, PA-C
""")
    add("phi", "struct", m, "Cheng, Wei-Lin")

    # 7 -- fixed-width charge export attached
    def fw(acct, last, first, dob, dos, cpt, mod, dx, units, amt):
        return (f"{acct:<10}{last:<16}{first:<12}{dob:<8}{dos:<8}{cpt:<5}{mod:<2}"
                f"{dx:<8}{units:>3}{amt:>10}")
    lines = [
        fw("R-104552", "DUNLEAVY", "MICHAEL", "19711103", "20240311", "99214", "25", "G894", "1", "210.00"),
        fw("R-108827", "QUINTERO", "ALEJANDRA", "19780216", "20240311", "80361", "", "Z79891", "1", "145.00"),
        fw("R-103317", "CHENG", "WEI-LIN", "19660808", "20240311", "64493", "RT", "M47816", "1", "780.00"),
        fw("R-103317", "CHENG", "WEI-LIN", "19660808", "20240311", "64494", "RT", "M47816", "1", "310.00"),
        fw("R-101120", "ABUBAKAR", "HAUWA", "19820304", "20240311", "62321", "", "M5412", "1", "950.00"),
        fw("R-109930", "DESROSIERS", "MARIE-CLAIRE", "19571019", "20240311", "27096", "50", "M533", "1", "640.00"),
    ]
    m = new(TUAN, f"support@revcyclepartners.example", "Charge file 03/11 - rows 4-5 missing in your system",
            date=(3, 13, 10, 12))
    text(m, f"""Hi,

Our 3/11 charge export (attached, fixed width per spec v3: acct 1-10, last
11-26, first 27-38, DOB 39-46, DOS 47-54, CPT 55-59, mod 60-61, dx 62-69,
units 70-72, amount 73-82) shows six lines but only four posted on your side.
Cheng's second facet line and the Abubakar ESI are missing. Can you check
whether the import choked on the blank modifier?

{SIG_TUAN}
""")
    attach(m, "\r\n".join(lines) + "\r\n", "CHG_20240311.txt", "text/plain")
    add("phi", "struct", m, "Cheng, Wei-Lin")


phi_struct()


# ===========================================================================
# PHI: other languages
# ===========================================================================
def phi_lang():
    # 1 -- Spanish, reply quoting daughter, iso-8859-1 quoted-printable
    m = new(ROSA, "Verónica Ríos <vrios.mx@correo.example>",
            "RE: Cita de mi mamá - inyección epidural", date=(3, 8, 11, 15))
    text(m, """Hola Verónica,

Sí, el Dr. Kulkarni confirma que su mamá debe suspender el Eliquis 3 días
antes (la última dosis el domingo en la noche) y volver a tomarlo el viernes
en la mañana. Puede desayunar algo ligero hasta 2 horas antes de la cita.

Es normal que el azúcar suba unos días después de la inyección por el
esteroide. Que se revise el azúcar dos veces al día y nos llame si pasa
de 350. Por favor traiga la lista de medicamentos.

Saludos,
Rosa Villanueva, Asistente Médica
Ridgeline Spine & Pain Center | 555-010-4400 ext. 214

-----Mensaje original-----
De: Verónica Ríos
Enviado: miércoles, 6 de marzo de 2024 17:40
Para: Rosa Villanueva
Asunto: Cita de mi mamá - inyección epidural

Hola Rosa, buenas tardes. Le escribo por mi mamá, Guadalupe Ríos Mendoza
(fecha de nacimiento 12/03/1951). Tiene su inyección epidural con el
Dr. Kulkarni el jueves 14 a las 8:00. Ella toma Eliquis para el corazón;
el cardiólogo dijo que lo puede suspender 3 días antes pero queremos
confirmar con ustedes. ¿También puede desayunar esa mañana?

La vez pasada, después de la inyección, le subió mucho el azúcar, como a
310. ¿Es normal?

Muchas gracias,
Verónica
""", charset="iso-8859-1", cte="quoted-printable")
    add("phi", "lang", m, "Guadalupe Ríos Mendoza")

    # 2 -- Russian, koi8-r, base64
    m = new("Ирина Голованова <irina.golovanova@pochta.example>", f"{OKAFOR}",
            "Отец — после блокады", date=(4, 18, 20, 3), agent=None)
    text(m, """Здравствуйте, доктор Окафор-Бейнс!

Пишу по поводу моего отца.
Пациент: Голованов Борис Аркадьевич, дата рождения 03.07.1946.

Во вторник ему сделали блокаду медиальных ветвей в поясничном отделе.
Первые несколько часов боль почти прошла, он даже сам дошёл до машины,
но к вечеру всё вернулось как было. Медсестра сказала записывать, сколько
часов держится эффект. Записали: примерно 5 часов, облегчение около 80%.

Значит ли это, что ему подходит радиочастотная абляция? Нужно ли снова
приходить на приём, или можно сразу записаться на процедуру?

Он плохо говорит по-английски, поэтому, пожалуйста, звоните мне:
555-017-4481.

С уважением,
Ирина Голованова
""", charset="koi8-r", cte="base64")
    add("phi", "lang", m, "Голованов Борис Аркадьевич")

    # 3 -- Vietnamese, utf-8 quoted-printable
    m = new("Tran Van Loc <loctran1957@thu.example>", f"frontdesk@{D}",
            "Hỏi về lịch hẹn đốt dây thần kinh", date=(10, 15, 7, 22), agent=None)
    text(m, """Kính gửi phòng khám,

Tôi tên là Trần Văn Lộc, sinh ngày 15/08/1957. Bác sĩ Kulkarni đã hẹn tôi
làm thủ thuật đốt dây thần kinh bằng sóng cao tần ở đầu gối phải vào ngày
22 tháng 10.

Tôi muốn hỏi: trước khi làm có cần nhịn ăn không? Tôi đang uống aspirin
mỗi ngày, có cần ngưng không? Con gái tôi sẽ chở tôi đến.

Lần trước chích thuốc tê thử thì đầu gối đỡ đau rất nhiều, khoảng 8 tiếng.

Cảm ơn,
Lộc
ĐT: 555-012-7765
""", cte="quoted-printable")
    add("phi", "lang", m, "Trần Văn Lộc")

    # 4 -- Chinese (simplified), gb2312 base64
    m = new("Liu Wei <liuwei.home@youxiang.example>", f"frontdesk@{D}",
            "关于我母亲的脊髓刺激器试验", date=(8, 9, 21, 36), agent=None)
    text(m, """您好：

我是陈美玲的儿子。我母亲（出生日期：1955年4月2日）下周一要在你们诊所
做脊髓刺激器试验，由Kulkarni医生负责。

她不会说英语，请问当天可以安排普通话翻译吗？另外，她现在每天吃两次
加巴喷丁（300毫克），手术前需要停药吗？试验期间可以洗澡吗？

谢谢！
刘伟
电话：555-016-8823
""", charset="gb2312", cte="base64")
    add("phi", "lang", m, "陈美玲")

    # 5 -- Arabic, HTML right-to-left
    m = new("خالد الهاشمي <khalid.hashimi@barid.example>", f"frontdesk@{D}",
            "موعد والدي - حقنة الظهر", date=(5, 27, 10, 48), agent=None)
    html(m, """<html><body dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">
<p>السلام عليكم،</p>
<p>أنا خالد الهاشمي، ابن المريض <b>عبد الله الهاشمي</b> (تاريخ الميلاد 1950/11/20).
والدي لديه موعد لحقنة فوق الجافية في أسفل الظهر يوم الأربعاء القادم مع الدكتورة أوكافور-بينز.</p>
<p>للأسف دخل المستشفى أمس بسبب ارتفاع السكر، ولا نعرف متى سيخرج. نرجو إلغاء الموعد أو تأجيله.
كما نحتاج مترجمًا عربيًا في الموعد القادم.</p>
<p>شكرًا جزيلًا،<br>خالد<br>555-019-3307</p>
</body></html>""", cte="quoted-printable")
    add("phi", "lang", m, "عبد الله الهاشمي")

    # 6 -- Portuguese, plain utf-8 8bit
    m = new("Maria das Graças Ferreira <gracaferreira@caixa.example>", f"{OKAFOR}",
            "exame de urina e receita", date=(4, 2, 8, 5))
    text(m, """Bom dia, Dra. Okafor-Baines.

Aqui é a Maria das Graças Ferreira, nascida em 19/01/1963. A enfermeira
ligou dizendo que meu exame de urina de março deu positivo para maconha.
Eu uso um óleo de CBD que comprei na loja de produtos naturais para dormir,
não sabia que ia aparecer no exame. Já parei de usar.

Por favor, não cancelem minha receita de tramadol, eu preciso dela para
trabalhar. Posso fazer outro exame quando quiserem e assino o que for preciso.

Obrigada,
Graça
Tel. 555-011-2047
""", cte="8bit")
    add("phi", "lang", m, "Maria das Graças Ferreira")

    # 7 -- Haitian Creole with English note, forwarded
    m = new(FRONT, f"{CARMONA}, {KULKARNI}", "FW: URGENT? Creole msg - headache after ESI",
            date=(6, 24, 8, 3))
    text(m, """Luis / Dr. K -- this came into the general inbox over the weekend. Google
translate says she's had a bad headache every time she stands up since her
injection last Thursday, goes away lying down, can't work. Can someone who
speaks Creole call her back ASAP? (Is Fabienne in today?)

Marlene

-----Original Message-----
From: Marie-Ange Pierre-Louis <mapierrelouis@boite.example>
Sent: Saturday, June 22, 2024 9:12 PM
To: frontdesk@ridgelinepain.example
Subject: tèt fè mal

Bonjou,

Mwen rele Marie-Ange Pierre-Louis, dat nesans mwen se 02/09/1966. Mwen te
fè piki nan do a (epidiral) avèk Dr. Kulkarni jedi pase a. Depi lè sa a,
mwen gen yon gwo tèt fè mal chak fwa mwen kanpe, li pase lè m kouche.
Kou mwen tou rèd. Èske sa nòmal? Mwen pa ka travay.

Tanpri rele m nan 555-014-3390.

Mèsi anpil,
Marie-Ange
""")
    add("phi", "lang", m, "Marie-Ange Pierre-Louis")

    # 8 -- Polish with English translation, iso-8859-2 quoted-printable
    m = new(OLGA, f"{KULKARNI}", "Polish msg re: Wójcik + my translation", date=(9, 30, 13, 11))
    text(m, """Dr. K,

Message from the daughter came in Polish, my quick translation first:

  Daughter Agnieszka says her mom Krystyna Wójcik has numbness and burning
  on the skin of her back at the RFA site since last Thursday's procedure
  and can't sleep. She's on gabapentin 300 mg at night and asks if she can
  take more. Wants a call back at 555-015-6671.

Original:

  Dzień dobry, piszę w sprawie mojej mamy, Krystyny Wójcik
  (ur. 11.06.1944). Po zabiegu ablacji prądem o częstotliwości radiowej
  w zeszły czwartek ma drętwienie i pieczenie skóry na plecach i nie może
  spać. Czy może brać więcej gabapentyny? Obecnie bierze 300 mg na noc.
  Proszę o telefon: 555-015-6671.
  Pozdrawiam, Agnieszka Wójcik-Nowak

Olga
""", charset="iso-8859-2", cte="quoted-printable")
    add("phi", "lang", m, "Krystyna Wójcik")


phi_lang()


# ===========================================================================
# CLEAN: staff-only mail
# ===========================================================================
def clean_staff():
    # 1 -- on-call schedule, plain text table
    rows = [
        ["Week of", "Physician on call", "Cell", "APP backup", "Cell"],
        ["May 6", "Anand Kulkarni, MD", "555-017-0101", "Megan Strickland, PA-C", "555-017-0133"],
        ["May 13", "Theresa Okafor-Baines, DO", "555-017-0102", "Jordan Ekwueme, NP", "555-017-0134"],
        ["May 20", "Anand Kulkarni, MD", "555-017-0101", "Jordan Ekwueme, NP", "555-017-0134"],
        ["May 27", "Theresa Okafor-Baines, DO", "555-017-0102", "Megan Strickland, PA-C", "555-017-0133"],
    ]
    m = new(KEVIN, ALLSTAFF, "May on-call calendar", date=(4, 26, 15, 40))
    text(m, f"""Team,

May on-call is below and on the shared drive. Swaps go through me, not the
answering service directly -- they only update from my sheet.

{text_table(rows)}

Reminder for the after-hours line: any caller reporting fever, new leg
weakness, loss of bowel or bladder control, or a severe positional headache
after a procedure gets a same-night call from the physician, not the APP.
Memorial Day (5/27) clinic is closed; ASC closed.

{SIG_KEVIN}
""")
    add("clean", "staff", m)

    # 2 -- staff directory, HTML only
    rows = [
        ["Name", "Credentials", "Role", "Ext", "Cell", "Email"],
        ["Anand Kulkarni", "MD, FIPP", "Medical Director", "4410", "555-017-0101", f"akulkarni@{D}"],
        ["Theresa Okafor-Baines", "DO", "Interventional Pain", "4411", "555-017-0102", f"tokaforbaines@{D}"],
        ["Megan Strickland", "PA-C", "Physician Assistant", "4412", "555-017-0133", f"mstrickland@{D}"],
        ["Jordan Ekwueme", "FNP-BC", "Nurse Practitioner", "4413", "555-017-0134", f"jekwueme@{D}"],
        ["Luis Carmona", "RN, CAPA", "Procedure Nurse", "4431", "555-017-0140", f"lcarmona@{D}"],
        ["Rosa Villanueva", "CMA", "Medical Assistant", "4414", "", f"rvillanueva@{D}"],
        ["Dana Whitfield", "", "Prior Authorization", "4417", "", f"dwhitfield@{D}"],
        ["Tuan Pham", "CPC", "Billing", "4420", "", f"tpham@{D}"],
        ["Olga Petrenko", "", "Surgical Scheduler", "4425", "555-017-0150", f"opetrenko@{D}"],
        ["Janelle Ruiz", "", "IT / EHR Analyst", "4440", "555-017-0160", f"jruiz@{D}"],
    ]
    m = new(KEVIN, ALLSTAFF, "Updated staff directory (Oct)", date=(10, 7, 8, 12))
    html(m, "<html><body><p>Updated directory below -- welcome Jordan! Please check your own line "
         "and tell me about any errors.</p>" + html_table(rows) +
         f"<p>{SIG_KEVIN.replace(chr(10), '<br>')}</p></body></html>")
    add("clean", "staff", m)

    # 3 -- fluoro room block schedule as XLSX
    rows = [
        ["Day", "Room 1 AM", "Room 1 PM", "Room 2 AM", "Room 2 PM", "Fluoro tech", "CRNA"],
        ["Mon", "Kulkarni", "Kulkarni", "Okafor-Baines", "closed", "Jenna P.", "Wes H."],
        ["Tue", "Okafor-Baines", "Okafor-Baines", "Kulkarni (SCS)", "Kulkarni (SCS)", "Marco D.", "Wes H."],
        ["Wed", "clinic day", "clinic day", "closed", "closed", "", ""],
        ["Thu", "Kulkarni", "Kulkarni", "Okafor-Baines", "Okafor-Baines", "Jenna P.", "Amy L."],
        ["Fri", "Okafor-Baines", "open block", "closed", "closed", "Marco D.", "Amy L."],
    ]
    m = new(OLGA, f"{KULKARNI}, {OKAFOR}, {CARMONA}", "Q3 ASC block template", date=(6, 20, 14, 2))
    text(m, """Attached is the Q3 block template for the procedure rooms. Friday PM is an
open block -- first come first served, release by Tuesday noon. Tuesday
Room 2 is reserved for stimulator trials and implants since the Vantrix
and the other rep can only do Tuesdays.

Olga
""")
    attach(m, xlsx(rows, "Q3 blocks"), "ASC_block_template_Q3.xlsx", XLSX_MIME)
    add("clean", "staff", m)

    # 4 -- general clinical guidance, no patient
    m = new(OKAFOR, CLINICAL, "Anticoag holds - updated cheat sheet",
            date=(2, 1, 7, 15))
    alt(m, """All,

Since we keep getting questions, here is the hold table we agreed on at the
January provider meeting (based on the current society guidance; use
clinical judgment and always coordinate with the prescriber):

  High-risk procedures (SCS trial/implant, cervical IL ESI):
    clopidogrel 7 d, prasugrel 7-10 d, ticagrelor 5 d
    warfarin 5 d with INR check the morning of
    apixaban / rivaroxaban 3 d, dabigatran 4-5 d (longer if CrCl low)
  Intermediate (lumbar IL/TF ESI, facet MBB/RFA at the provider's discretion):
    same as above for anticoagulants; aspirin for secondary prevention is
    generally continued
  Low-risk (peripheral nerve blocks, trigger points, SI joint):
    usually no hold

Never stop an antiplatelet in someone with a recent coronary stent without
talking to cardiology first. The laminated version is going up in each
pre-op bay this week.

Theresa
""", """<p>All,</p><p>Since we keep getting questions, here is the hold table we agreed on at the January
provider meeting (based on the current society guidance; use clinical judgment and always coordinate
with the prescriber):</p>
<ul><li><b>High-risk</b> (SCS trial/implant, cervical IL ESI): clopidogrel 7 d, prasugrel 7-10 d,
ticagrelor 5 d; warfarin 5 d with INR check the morning of; apixaban / rivaroxaban 3 d, dabigatran
4-5 d (longer if CrCl low)</li>
<li><b>Intermediate</b> (lumbar IL/TF ESI, facet MBB/RFA at the provider's discretion): same as above
for anticoagulants; aspirin for secondary prevention is generally continued</li>
<li><b>Low-risk</b> (peripheral nerve blocks, trigger points, SI joint): usually no hold</li></ul>
<p>Never stop an antiplatelet in someone with a recent coronary stent without talking to cardiology
first. The laminated version is going up in each pre-op bay this week.</p><p>Theresa</p>""")
    add("clean", "staff", m)

    # 5 -- dosimetry badge exchange
    m = new(CARMONA, f"{CLINICAL}", "Dosimetry badge exchange Friday + lead apron checks",
            date=(9, 24, 10, 30))
    text(m, """Hi all,

Quarterly badge exchange is this Friday. Please drop your collar and waist
badges in the bin at the Room 1 control desk by noon; new ones will be in
your mailbox Monday. Do not take badges home and do not leave them on the
aprons in the hallway -- that's how we got the "exposed" reading last year.

Lead apron and thyroid shield fluoro checks are also due. Marco will pull
them from the rack Thursday afternoon, so please use the loaners on the
cart that day. Any apron that fails gets tagged and pulled.

Thanks,
Luis
""")
    add("clean", "staff", m)

    # 6 -- lunch & learn calendar
    m = new(KEVIN, ALLSTAFF, "Lunch & learns - fall schedule", date=(8, 28, 12, 5))
    alt(m, """Fall lunch & learns (12:15 in the break room, lunch provided by the presenting
company). These are education only -- no product talk in patient areas.

  Sep 12  Vantrix Neuromodulation - new burst programming app (Craig Hollander)
  Sep 26  Pinnacle Toxicology - reading LC-MS/MS reports, common pitfalls
  Oct 10  Corvane Medical - cooled vs conventional RF lesion size
  Oct 24  In-house: Dr. Okafor-Baines, "Managing vasovagal reactions in the ASC"
  Nov 7   Summit Crest provider relations - 2025 auth portal changes

Sign up on the sheet by the time clock so we order enough food.

Kevin
""", """<p>Fall lunch &amp; learns (12:15 in the break room, lunch provided by the presenting company).
These are education only -- no product talk in patient areas.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Sep 12</td><td>Vantrix Neuromodulation - new burst programming app (Craig Hollander)</td></tr>
<tr><td>Sep 26</td><td>Pinnacle Toxicology - reading LC-MS/MS reports, common pitfalls</td></tr>
<tr><td>Oct 10</td><td>Corvane Medical - cooled vs conventional RF lesion size</td></tr>
<tr><td>Oct 24</td><td>In-house: Dr. Okafor-Baines, &quot;Managing vasovagal reactions in the ASC&quot;</td></tr>
<tr><td>Nov 7</td><td>Summit Crest provider relations - 2025 auth portal changes</td></tr></table>
<p>Sign up on the sheet by the time clock so we order enough food.</p><p>Kevin</p>""")
    add("clean", "staff", m)

    # 7 -- certification expirations
    rows = [
        ["Staff", "Role", "BLS exp", "ACLS exp", "PALS", "Sedation cert"],
        ["Luis Carmona", "RN", "03/2025", "11/2024", "n/a", "current"],
        ["Hannah Greer", "RN", "12/2024", "12/2024", "n/a", "due 01/2025"],
        ["Rosa Villanueva", "CMA", "10/2025", "n/a", "n/a", "n/a"],
        ["Jenna Pruett", "RT(R)", "11/2024", "n/a", "n/a", "n/a"],
        ["Megan Strickland", "PA-C", "06/2025", "06/2025", "n/a", "current"],
    ]
    m = new(KEVIN, f"{CARMONA}, {STRICK}, hgreer@{D}, jpruett@{D}",
            "Certs expiring before year end", date=(10, 14, 9, 0))
    text(m, f"""Accreditation survey is likely in Q1, so let's get everyone current before
December. Anyone highlighted below, please book a class -- the hospital
sim center has BLS/ACLS on 11/9 and 11/16, and we reimburse.

{text_table(rows, sep=' | ')}

{SIG_KEVIN}
""")
    add("clean", "staff", m)


clean_staff()


# ===========================================================================
# CLEAN: admin, HR, IT, facilities, vendors
# ===========================================================================
def clean_admin():
    # 1 -- EHR downtime notice
    m = new(JANELLE, ALLSTAFF, "EHR upgrade downtime Sat 11/9 10pm - Sun 4am",
            date=(11, 1, 16, 20))
    alt(m, """Hi everyone,

The EHR and practice management system will be down for the version upgrade
from Saturday 11/9 at 10:00 PM until Sunday 11/10 at about 4:00 AM.

What this means for you:
 - Friday afternoon, front desk prints Monday's schedules and the ASC
   prints Monday's face sheets (as usual for a downtime weekend).
 - The answering service will use the paper after-hours log; physicians on
   call can reach the read-only downtime viewer at the link on the intranet.
 - e-prescribing (including controlled substances) will be unavailable
   during the window.
 - You'll need to reset your password at first login Monday; MFA stays
   the same.

Questions or if you'll be working that night, let me know.

Janelle Ruiz
IT / EHR Analyst, ext 4440
""", """<p>Hi everyone,</p><p>The EHR and practice management system will be down for the version upgrade
from <b>Saturday 11/9 at 10:00 PM until Sunday 11/10 at about 4:00 AM</b>.</p>
<ul><li>Friday afternoon, front desk prints Monday's schedules and the ASC prints Monday's face sheets
(as usual for a downtime weekend).</li>
<li>The answering service will use the paper after-hours log; physicians on call can reach the
read-only downtime viewer at the link on the intranet.</li>
<li>e-prescribing (including controlled substances) will be unavailable during the window.</li>
<li>You'll need to reset your password at first login Monday; MFA stays the same.</li></ul>
<p>Janelle Ruiz<br>IT / EHR Analyst, ext 4440</p>""")
    add("clean", "admin", m)

    # 2 -- vendor invoice with PDF
    lines = [
        "CORVANE MEDICAL INC.                          INVOICE",
        "4400 Meridian Tech Dr, Suite 200               Invoice #: CMI-2024-118804",
        "Tel 555-018-4000                               Date: 05/08/2024",
        "                                               PO #: RSP-PO-7712",
        "Bill to: Ridgeline Spine & Pain Center / Ridgeline ASC",
        "         1200 Ambrose Pkwy, Suite 310, Fernhill",
        "",
        "Item        Description                                Qty   Unit     Ext",
        "RF-C20-100  RF cannula 20G x 100 mm, 10 mm active tip  50    18.50    925.00",
        "RF-C18-150  RF cannula 18G x 150 mm, 10 mm active tip  25    22.00    550.00",
        "RF-P100     Reusable RF probe, 100 mm                  4     340.00   1360.00",
        "GP-500      Dispersive grounding pad                   100   3.10     310.00",
        "SVC-PM      Generator preventive maintenance, SN 7741  1     450.00   450.00",
        "",
        "                                               Subtotal       3595.00",
        "                                               Freight          42.00",
        "                                               TOTAL          3637.00",
        "Terms: Net 30. Remit to lockbox 8841.",
    ]
    m = new(f"Corvane AR <ar@corvanemedical.example>", f"ap@{D}",
            "Invoice CMI-2024-118804 / PO RSP-PO-7712", date=(5, 8, 6, 0), agent=None)
    text(m, "Please find attached invoice CMI-2024-118804. Thank you for your business.\n\n"
         "Corvane Medical Accounts Receivable\n555-018-4000\n")
    attach(m, pdf(lines, size=9), "CMI-2024-118804.pdf", "application/pdf")
    add("clean", "admin", m)

    # 3 -- facilities HVAC
    m = new(f"Fernhill Medical Plaza Facilities <facilities@fernhillplaza.example>",
            f"{KEVIN}", "RE: Procedure Room 2 temp/humidity", date=(7, 10, 13, 22),
            cc=f"{CARMONA}")
    text(m, f"""Kevin,

Our HVAC tech checked the air handler serving Suite 310. The humidity in
Procedure Room 2 and the sterile storage closet has been running 62-65%
since the heat wave; the spec you gave us is 20-60%. He's replacing a failed
humidistat and rebalancing the dampers Thursday at 6 AM, done by 7:30
before your first cases. Room 1 isn't affected.

Please have your staff keep logging temp/RH twice a day through next week
so we can confirm it holds.

Dale Whitcomb
Facilities Manager, Fernhill Medical Plaza
555-019-7000

> Dale -- our RH readings in Room 2 have been out of range four days running.
> We can't keep using the sterile supply closet if this continues. Can
> someone look this week? -- Kevin
""")
    add("clean", "admin", m)

    # 4 -- fee schedule update CSV
    fees = io.StringIO()
    w = csv.writer(fees, lineterminator="\r\n")
    w.writerow(["CPT", "Description", "2024 allowed", "2025 allowed", "Change %", "Auth req"])
    for r in [
        ["62321", "Cervical/thoracic IL epidural w/ imaging", "412.18", "418.40", "1.5", "Y"],
        ["62323", "Lumbar/sacral IL epidural w/ imaging", "398.77", "401.12", "0.6", "Y"],
        ["64483", "TF epidural lumbar/sacral single level", "455.30", "462.00", "1.5", "Y"],
        ["64490", "Cervical facet inj single level", "389.95", "392.10", "0.6", "Y"],
        ["64493", "Lumbar facet inj single level", "371.40", "375.70", "1.2", "Y"],
        ["64633", "RF ablation cervical/thoracic single", "822.60", "829.00", "0.8", "Y"],
        ["64635", "RF ablation lumbar/sacral single", "810.15", "815.90", "0.7", "Y"],
        ["27096", "SI joint injection w/ imaging", "298.40", "300.10", "0.6", "N"],
        ["63650", "Percutaneous SCS electrode", "1195.00", "1210.30", "1.3", "Y"],
        ["80307", "Drug screen, instrument chemistry", "62.14", "61.05", "-1.8", "N"],
    ]:
        w.writerow(r)
    m = new(f"Provider Contracting <contracting@{PAYER}>", f"{TUAN}, {KEVIN}",
            "2025 professional fee schedule - Ridgeline Spine & Pain", date=(11, 12, 11, 0))
    text(m, """Dear Provider,

Attached is your 2025 fee schedule exhibit for the codes most frequently
billed by your group, effective 01/01/2025. The full schedule is available in
the provider portal. Prior authorization requirements are unchanged except
that 64633/64635 repeat ablations within 6 months will be reviewed against
the updated medical policy (posted 10/15).

Please sign and return the amendment by 12/15.

Summit Crest Health Plan - Provider Contracting
""")
    attach(m, fees.getvalue(), "RSPC_2025_fee_exhibit.csv", "text/csv")
    add("clean", "admin", m)

    # 5 -- HR open enrollment
    m = new(f"HR <hr@{D}>", ALLSTAFF, "Open enrollment closes Nov 22", date=(11, 5, 9, 0))
    html(m, """<html><body style="font-family:Arial;font-size:10.5pt">
<p>Hi all,</p>
<p><b>Open enrollment</b> for 2025 benefits runs through <b>Friday, November 22</b>. If you do nothing,
your current medical, dental and vision elections roll over, but your FSA does <u>not</u> -- you must
re-enroll to keep contributing.</p>
<ul>
<li>Medical: Summit Crest PPO and HDHP options; employee premium increases about 4%.</li>
<li>HSA employer seed for HDHP: $750 single / $1,500 family.</li>
<li>New this year: voluntary pet insurance and a second EAP counseling vendor.</li>
</ul>
<p>Benefits office hours with the broker: Nov 13 and Nov 19, 12-2 in the conference room. Bring
questions; please don't email anything sensitive about your family's health to the HR inbox -- call
or stop by instead.</p>
<p>Thanks,<br>Carla Benton, HR Generalist</p></body></html>""")
    add("clean", "admin", m)

    # 6 -- ops meeting notes, DOCX
    m = new(KEVIN, f"{KULKARNI}, {OKAFOR}, {STRICK}, {DANA}, {OLGA}",
            "Ops meeting notes 9/18", date=(9, 18, 16, 45))
    text(m, "Notes from today attached. Action items in bold. Next meeting 10/16.\n\nKevin\n")
    attach(m, docx([
        "# Ridgeline Spine & Pain - Operations Meeting 9/18/2024",
        "Present: Kulkarni, Okafor-Baines, Strickland, Whitfield, Petrenko, Mott",
        "# 1. Prior auth turnaround",
        "Median days from order to decision: 6.5 (Aug) vs 9 (May). Summit Crest portal now "
        "accepting MBB relief diaries as attachments. Bluewater still fax only.",
        "# 2. ASC utilization",
        "Room 1 at 88%, Room 2 at 61%. Friday PM open block filled 3 of 8 weeks.",
        [["Metric", "Q2", "Q3 to date"],
         ["Procedures", "1,142", "812"],
         ["Same-day cancellations", "4.1%", "3.3%"],
         ["No-show rate (clinic)", "7.8%", "6.9%"]],
        "# 3. Patient experience",
        "Survey top box 91% (n=318). Most common complaint: phone hold time on Monday mornings.",
        "# 4. Action items",
        "Dana - draft Bluewater escalation letter. Olga - propose new Room 2 template. "
        "Kevin - get quotes for phone tree / call-back system.",
    ]), "Ops_notes_2024-09-18.docx", DOCX_MIME)
    add("clean", "admin", m)

    # 7 -- medical waste / shredding contract renewal
    m = new(f"Tanya Brooks <tbrooks@greenlinewaste.example>", f"{KEVIN}",
            "Renewal - sharps, pharma waste & shredding agreement #GW-5517",
            date=(12, 2, 10, 15))
    text(m, """Hi Kevin,

Your 3-year service agreement #GW-5517 renews on 01/31/2025. Proposed
renewal terms:

  - Sharps and regulated medical waste: biweekly pickup, 18 containers
    (no change), $186.00 per visit (+3%)
  - Non-hazardous pharmaceutical waste and controlled-substance waste
    (witnessed): monthly, $95.00 per visit (no change)
  - Secure document shredding: two 96-gal consoles, biweekly, with
    certificate of destruction, $64.00 per visit
  - Annual OSHA bloodborne pathogen training for your staff: included

Let me know if you'd like to add a third console for the ASC. I can send
the DocuSign once you approve.

Tanya Brooks
Account Manager, Greenline Medical Waste
555-016-9050
""")
    add("clean", "admin", m)


clean_admin()


# ===========================================================================
# CLEAN: look-alikes
# ===========================================================================
def clean_lookalike():
    # 1 -- credit union statement
    m = new("Cascade Valley Credit Union <alerts@cascadevalleycu.example>",
            "Dana Whitfield <dana.whitfield77@mailbox.example>",
            "Your eStatement is ready - Member # ending 4471", date=(3, 3, 5, 30), agent=None)
    html(m, """<html><body style="font-family:Verdana;font-size:10pt">
<p>Hello DANA M WHITFIELD,</p>
<p>Your February eStatement for <b>Member #: 0088-204471</b> is now available in Online Banking.</p>
<table cellpadding="3"><tr><td>Share Savings (S01)</td><td>Ending balance $2,114.08</td></tr>
<tr><td>Checking (S15)</td><td>Ending balance $1,380.55</td></tr>
<tr><td>Auto Loan (L04)</td><td>Next payment $312.40 due 03/15/2024</td></tr></table>
<p>Date of birth and SSN are never requested by email. If you did not expect this message, call
Member Services at 555-010-9000.</p>
<p style="font-size:8pt;color:#777">Federally insured by NCUA. Cascade Valley Credit Union, PO Box 2210.</p>
</body></html>""")
    add("clean", "lookalike", m)

    # 2 -- airline itinerary
    m = new("Northwind Air <reservations@northwindair.example>", KULKARNI,
            "Your trip confirmation - QX7RTM - Fernhill to San Diego", date=(1, 9, 14, 3),
            agent=None)
    alt(m, """NORTHWIND AIR - ITINERARY RECEIPT

Confirmation code: QX7RTM
Passenger: KULKARNI/ANAND DR
SkyRewards member #: NW 5520 8814 37 (Gold)
Ticket number: 8172409918820

Thu 22 Feb  NW 1184  FHL 07:05 -> SAN 09:48   Seat 3C   Economy Plus
Sun 25 Feb  NW 1191  SAN 17:30 -> FHL 20:21   Seat 4D   Economy Plus

Known Traveler Number on file. 2 checked bags included for Gold members.

Have a great trip to the Pacific Spine Interventions Summit!
""", """<h3>NORTHWIND AIR - Itinerary receipt</h3>
<p>Confirmation code: <b>QX7RTM</b><br>Passenger: KULKARNI/ANAND DR<br>
SkyRewards member #: NW 5520 8814 37 (Gold)<br>Ticket number: 8172409918820</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Date</th><th>Flight</th><th>Route</th><th>Seat</th></tr>
<tr><td>Thu 22 Feb</td><td>NW 1184</td><td>FHL 07:05 &rarr; SAN 09:48</td><td>3C</td></tr>
<tr><td>Sun 25 Feb</td><td>NW 1191</td><td>SAN 17:30 &rarr; FHL 20:21</td><td>4D</td></tr></table>
<p>Known Traveler Number on file. 2 checked bags included for Gold members.</p>""")
    add("clean", "lookalike", m)

    # 3 -- auto + home policy renewal
    m = new("Harborline Insurance <service@harborlineins.example>",
            "Kevin Mott <kevin.mott@homemail.example>",
            "Renewal documents: Auto policy PA-3381-7720-04 and Home policy HO-9910442",
            date=(8, 15, 7, 0), agent=None)
    text(m, """Dear Kevin Mott,

Your policies renew on 09/01/2024. Documents are attached in your account.

AUTO  Policy # PA-3381-7720-04
  2019 Subaru Outback  VIN 4S4BSANC0K3000000
  Bodily injury liability 100/300, property damage 100
  Medical payments coverage $5,000 per person
  Uninsured motorist bodily injury 100/300
  6-month premium: $618.20

HOME  Policy # HO-9910442
  Dwelling 1418 Kestrel Ridge Rd   Coverage A $412,000
  Personal liability $300,000   Medical payments to others $5,000
  Annual premium: $1,244.00

Claims line (24/7): 555-010-7777. Your member number for the roadside app
is HLN-0044871.

Harborline Insurance Group
""")
    add("clean", "lookalike", m)

    # 4 -- supply order shipped
    m = new("MedSource Direct <orders@medsourcedirect.example>", f"purchasing@{D}",
            "Order #MSD-7781204 has shipped", date=(4, 16, 11, 38), agent=None)
    html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p>Good news! Your order <b>#MSD-7781204</b> (PO RSP-PO-7690) has shipped.</p>
<p>Carrier: Parcel Express &nbsp; Tracking #: 1PX 884 201 7730 9915 &nbsp; Est. delivery: 04/18/2024</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>Qty</th></tr>
<tr><td>SN-22Q-35</td><td>Spinal needle, Quincke, 22G x 3.5 in</td><td>4 bx/25</td></tr>
<tr><td>SN-22Q-50</td><td>Spinal needle, Quincke, 22G x 5 in</td><td>2 bx/25</td></tr>
<tr><td>TU-20-35</td><td>Tuohy epidural needle, 20G x 3.5 in</td><td>2 bx/25</td></tr>
<tr><td>CN-240-50</td><td>Iohexol contrast 240 mgI/mL, 50 mL</td><td>10</td></tr>
<tr><td>DX-10-1</td><td>Dexamethasone sodium phosphate 10 mg/mL, 1 mL vial</td><td>25</td></tr>
<tr><td>LD-1-30</td><td>Lidocaine 1% preservative-free, 30 mL</td><td>25</td></tr>
</table>
<p>Ship to: Ridgeline ASC, Attn: Receiving, 1200 Ambrose Pkwy Ste 310.</p>
<p>Customer #: 100448-RSP &nbsp;|&nbsp; Questions: 555-012-0800</p>
</body></html>""")
    add("clean", "lookalike", m)

    # 5 -- employee's own benefits question (no health detail)
    m = new(OLGA, f"HR <hr@{D}>", "adding spouse to my plan", date=(7, 8, 12, 31))
    text(m, """Hi Carla,

I got married on June 29 (yay!) and want to add my husband, Mykola, to my
medical and dental starting as soon as possible. Is it 30 days from the
wedding? My employee ID is 40217 and I'm on the PPO now.

Do you need the marriage certificate, and can I just scan it? He'll also
need his own member card -- does that come to our house?

Thanks!
Olga Petrenko
""")
    add("clean", "lookalike", m)

    # 6 -- ZZTEST patient in build environment
    m = new(JANELLE, f"{CARMONA}, {STRICK}", "TST validation - MBB/RFA order sets ready",
            date=(5, 30, 15, 10))
    text(m, """Hi Luis and Megan,

The new lumbar MBB and RFA order sets are built in the TEST environment
(TST, not production). Please validate with the test patients below only:

  ZZTEST, PAINONE     DOB 01/01/1900   MRN ZZ9990001
  ZZTEST, PAINTWO     DOB 01/01/1900   MRN ZZ9990002
  ZZTEST, SCSTRIAL    DOB 02/02/1902   MRN ZZ9990003

Scenarios to run:
  1. Order bilateral L4-5, L5-S1 MBB with the pain diary attached
  2. Convert a completed MBB to an RFA request (auth task should fire)
  3. Cancel an RFA and confirm the ASC case is released

Please don't use real patient names anywhere in TST. Go-live target 6/17.

Janelle
""")
    add("clean", "lookalike", m)

    # 7 -- gym membership, corporate wellness
    m = new("FitLoft Fernhill <hello@fitloft.example>", f"{BRI}",
            "Welcome back! Membership #FL-0093318 reactivated", date=(1, 3, 6, 15), agent=None)
    alt(m, """Hi Brianna,

Your FitLoft membership #FL-0093318 is active again. Because you enrolled
through the Ridgeline Spine & Pain corporate wellness program, your rate is
$24.99/month (employer code RSPC-WELL).

Your complimentary PT (personal training) intro session is booked:
  Sat Jan 6, 9:00 AM with Coach Rick

Classes this week: Core & Mobility (Tue 6pm), Spin (Wed 5:30am),
Gentle Yoga for Back Care (Thu 7pm).

See you soon!
FitLoft Fernhill | 555-013-3300
""", """<p>Hi Brianna,</p><p>Your FitLoft membership <b>#FL-0093318</b> is active again. Because you enrolled
through the Ridgeline Spine &amp; Pain corporate wellness program, your rate is $24.99/month (employer
code RSPC-WELL).</p><p>Your complimentary PT (personal training) intro session is booked:
<b>Sat Jan 6, 9:00 AM with Coach Rick</b></p>
<p>Classes this week: Core &amp; Mobility (Tue 6pm), Spin (Wed 5:30am), Gentle Yoga for Back Care
(Thu 7pm).</p><p>See you soon!<br>FitLoft Fernhill | 555-013-3300</p>""")
    add("clean", "lookalike", m)


clean_lookalike()


# ===========================================================================
# CLEAN: news, education, announcements
# ===========================================================================
def clean_news():
    # 1 -- quarterly newsletter, HTML
    m = new(f"Ridgeline Spine & Pain <news@{D}>", f"friends@{D}",
            "The Ridgeline Report - Fall 2024", date=(10, 1, 10, 0), agent=None)
    alt(m, """THE RIDGELINE REPORT - FALL 2024

Welcome, Jordan Ekwueme, FNP-BC
Jordan joins our team from a hospital-based pain service and will see new
patients and medication-management visits on Mondays, Wednesdays and Fridays.

Now offering: closed-loop spinal cord stimulation
Our physicians completed training on the newest generation of stimulator
systems, which adjust stimulation automatically with body position.

Dr. Kulkarni at the Pacific Spine Interventions Summit
Dr. Anand Kulkarni presented our group's experience with cooled radiofrequency
for knee pain in a panel on outpatient ablation.

Staff anniversaries
Luis Carmona, RN - 10 years! Rosa Villanueva, CMA - 5 years.

Flu season reminder
We are not a vaccination site, but please get your flu shot from your
primary care office or pharmacy.
""", """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#2b5d7d">The Ridgeline Report &mdash; Fall 2024</h2>
<h3>Welcome, Jordan Ekwueme, FNP-BC</h3><p>Jordan joins our team from a hospital-based pain service and
will see new patients and medication-management visits on Mondays, Wednesdays and Fridays.</p>
<h3>Now offering: closed-loop spinal cord stimulation</h3><p>Our physicians completed training on the
newest generation of stimulator systems, which adjust stimulation automatically with body position.</p>
<h3>Dr. Kulkarni at the Pacific Spine Interventions Summit</h3><p>Dr. Anand Kulkarni presented our
group's experience with cooled radiofrequency for knee pain in a panel on outpatient ablation.</p>
<h3>Staff anniversaries</h3><p>Luis Carmona, RN &ndash; 10 years! Rosa Villanueva, CMA &ndash; 5 years.</p>
<h3>Flu season reminder</h3><p>We are not a vaccination site, but please get your flu shot from your
primary care office or pharmacy.</p>
<p style="font-size:8pt">You are receiving this because you subscribed at ridgelinepain.example.
Unsubscribe.</p></body></html>""")
    add("clean", "news", m)

    # 2 -- patient education piece
    m = new(f"Ridgeline Spine & Pain <education@{D}>", f"patients-list@{D}",
            "What to expect at your epidural steroid injection", date=(2, 14, 9, 0), agent=None)
    text(m, """WHAT TO EXPECT AT YOUR EPIDURAL STEROID INJECTION

An epidural steroid injection (ESI) places a small amount of anti-inflammatory
medicine near the irritated nerve roots in your spine. Most injections take
10-15 minutes; plan to be with us about 90 minutes.

Before
  - Bring a driver if you will receive sedation.
  - Tell us if you take blood thinners; never stop one on your own.
  - People with diabetes may see higher blood sugars for a few days.

After
  - Some people feel numbness or heaviness in a leg for a few hours.
  - Relief often starts in 2-7 days.
  - Call us for fever, severe headache when sitting up, new weakness, or
    loss of bladder or bowel control.

Questions? Call 555-010-4400, Monday-Friday 8-5.
""", cte="quoted-printable")
    add("clean", "news", m)

    # 3 -- public announcement: new satellite office & holiday hours
    m = new(f"Ridgeline Spine & Pain <news@{D}>", f"patients-list@{D}",
            "New Westbrook office + holiday hours", date=(11, 18, 10, 0), agent=None)
    html(m, """<html><body style="font-family:Arial;font-size:11pt">
<p><b>We're opening a second location!</b> Starting January 6, 2025, Dr. Okafor-Baines and Jordan
Ekwueme, FNP-BC will see patients on Tuesdays and Thursdays at <b>Westbrook Commons, 88 Orchard Way,
Suite 4</b>. Procedures will continue at Ridgeline ASC.</p>
<p><b>Holiday hours:</b> closed Thursday 11/28 and Friday 11/29; closed 12/24-12/25 and 1/1.
Prescription refill requests must be received three business days before a holiday.</p>
<p>Ridgeline Spine &amp; Pain Center &middot; 555-010-4400</p></body></html>""")
    add("clean", "news", m)

    # 4 -- aggregate outcomes summary, PDF
    lines = [
        "Ridgeline Spine & Pain Center - 2023 Lumbar RFA Outcomes Audit (internal QI)",
        "",
        "Population: all lumbar medial branch RF ablations performed 1/1-12/31/2023",
        "N = 212 patients, 248 procedures; median age 63 (range 31-89); 57% female",
        "",
        "Outcome                                      3 months     6 months",
        "  >=50% pain relief (NRS)                    68%          61%",
        "  >=30% improvement in ODI                   54%          49%",
        "  Reduced daily opioid dose (of 74 on opioids) 41%        38%",
        "",
        "Complications: 3 transient neuritis (1.2%), 0 infections, 0 motor injury",
        "Loss to follow-up at 6 months: 17%",
        "",
        "Notes: two diagnostic blocks with >=80% relief required before ablation.",
        "Results are aggregate; no individual data are reported.",
    ]
    m = new(OKAFOR, f"{CLINICAL}, {KEVIN}", "2023 RFA outcomes summary for QI committee",
            date=(3, 20, 17, 30))
    text(m, """Hi all,

Attached is the one-page summary of last year's lumbar RFA outcomes for
Thursday's QI meeting. Numbers look comparable to the published series.
The follow-up rate is the thing I'd most like us to work on.

Theresa
""")
    attach(m, pdf(lines), "RFA_outcomes_2023_summary.pdf", "application/pdf")
    add("clean", "news", m)

    # 5 -- volunteer spotlight
    m = new(f"Ridgeline Spine & Pain <news@{D}>", ALLSTAFF,
            "Volunteer spotlight: Gerald Foss", date=(4, 22, 9, 0), agent=None)
    alt(m, """VOLUNTEER SPOTLIGHT: GERALD FOSS

If you've been greeted at the ASC entrance on a Tuesday morning, you've met
Gerald. A retired middle-school shop teacher, Gerald has volunteered with us
for six years, helping visitors find the elevator, keeping the coffee going
and wheeling the wheelchair fleet back to the lobby.

When he's not here, Gerald builds cedar birdhouses (there are three outside
the Westbrook library) and coaches youth bowling on Saturdays.

Thank you, Gerald, for 1,100+ hours of service!
""", """<h2>Volunteer Spotlight: Gerald Foss</h2>
<p>If you've been greeted at the ASC entrance on a Tuesday morning, you've met Gerald. A retired
middle-school shop teacher, Gerald has volunteered with us for six years, helping visitors find the
elevator, keeping the coffee going and wheeling the wheelchair fleet back to the lobby.</p>
<p>When he's not here, Gerald builds cedar birdhouses (there are three outside the Westbrook library)
and coaches youth bowling on Saturdays.</p><p><b>Thank you, Gerald, for 1,100+ hours of service!</b></p>""")
    add("clean", "news", m)

    # 6 -- take-back day & PDMP change
    m = new(f"Fernhill County Health Dept <news@fernhillcountyhealth.example>",
            f"partners@fernhillcountyhealth.example",
            "Drug Take Back Day Oct 26 + PDMP check changes Jan 1", date=(10, 9, 13, 0), agent=None)
    text(m, """FERNHILL COUNTY HEALTH DEPARTMENT - PARTNER BULLETIN

Prescription Drug Take Back Day: Saturday, October 26, 10am-2pm
Drop-off sites: Fernhill Police Dept lobby, Westbrook Fire Station 3,
and the county fairgrounds drive-through. No needles or liquids.

PDMP changes effective January 1, 2025
Prescribers must query the state PDMP before issuing any Schedule II-IV
prescription for more than a 3-day supply, and at least every 90 days for
ongoing therapy. Delegates may run queries under the prescriber's account.

County data: overdose deaths fell 11% in 2023 compared with 2022; naloxone
distribution rose to 14,800 kits. Free naloxone is available at all county
clinics without an appointment.

Fernhill County Health Department | 555-019-1000
""")
    add("clean", "news", m)


clean_news()


# ===========================================================================
# CLEAN: training, templates, policies
# ===========================================================================
def clean_training():
    # 1 -- prior auth letter template
    m = new(DANA, AUTH, "Template: letter of medical necessity - RFA (v3)", date=(1, 29, 14, 0))
    text(m, """Team -- updated LMN template for lumbar RFA below and in the shared
templates folder. Fill every bracket; delete the instructions in CAPS.

------------------------------------------------------------------
[DATE]

[PAYER NAME] Utilization Management
Re: [PATIENT FULL NAME]   DOB: [MM/DD/YYYY]   Member ID: [MEMBER ID]
Request: Lumbar medial branch radiofrequency ablation, [LEVELS], [SIDE]
CPT: 64635 / 64636 x [N]

To whom it may concern,

I am writing on behalf of my patient, [PATIENT FIRST LAST], who has had
axial low back pain for [DURATION] despite [LIST CONSERVATIVE CARE WITH
DATES -- PAYERS WANT >= 3 MONTHS].

Two diagnostic medial branch blocks were performed on [DATE 1] and
[DATE 2] with [XX]% and [XX]% relief respectively (diaries enclosed).
[INSERT FUNCTIONAL GOALS].

Sincerely,
[PHYSICIAN NAME, CREDENTIALS]   NPI [NPI]
------------------------------------------------------------------

{sig}
""".replace("{sig}", SIG_DANA))
    add("clean", "training", m)

    # 2 -- controlled-substance agreement quiz, fictitious cases
    m = new(OKAFOR, CLINICAL, "Quiz: opioid agreement policy (due Friday)", date=(6, 3, 8, 0))
    alt(m, """Annual policy quiz -- answer in the LMS by Friday. The scenarios use
FICTITIOUS sample patients created for training; any resemblance to a real
person is coincidental.

1. "Sample Patient A" (fictitious, 50s) calls on day 24 of a 30-day
   supply asking for an early fill because of travel. Per policy you:
   a) refill now  b) route to prescriber, document, check PDMP
   c) tell them no and hang up

2. A random callback is not completed within 24 hours. The next step is:
   a) discharge  b) prescriber review per policy section 6.2
   c) nothing

3. True/False: an unexpected result on an immunoassay screen should be
   confirmed with LC-MS/MS before any change to the treatment plan.

4. "Sample Patient B" (fictitious) brings a family member to a pill count.
   Who may be present in the room?

Answer key goes to managers only.
""", """<p>Annual policy quiz -- answer in the LMS by Friday. The scenarios use <b>FICTITIOUS sample
patients</b> created for training; any resemblance to a real person is coincidental.</p>
<ol><li>&quot;Sample Patient A&quot; (fictitious, 50s) calls on day 24 of a 30-day supply asking for an
early fill because of travel. Per policy you: a) refill now b) route to prescriber, document, check
PDMP c) tell them no and hang up</li>
<li>A random callback is not completed within 24 hours. The next step is: a) discharge b) prescriber
review per policy section 6.2 c) nothing</li>
<li>True/False: an unexpected result on an immunoassay screen should be confirmed with LC-MS/MS before
any change to the treatment plan.</li>
<li>&quot;Sample Patient B&quot; (fictitious) brings a family member to a pill count. Who may be
present in the room?</li></ol><p>Answer key goes to managers only.</p>""")
    add("clean", "training", m)

    # 3 -- UDS collection policy, DOCX
    m = new(CARMONA, CLINICAL, "Revised policy: urine drug testing collection (NUR-114)",
            date=(8, 5, 11, 30))
    text(m, """Attached is the revised collection policy approved by the medical director.
Main changes: temperature strip reading within 4 minutes, bluing agent in
all staff-side toilets, and observed collection criteria. Please read and
sign the attestation in the LMS by 8/30.

Luis
""")
    attach(m, docx([
        "# POLICY NUR-114: Urine Drug Testing - Specimen Collection",
        "Effective: 09/01/2024   Owner: Nursing   Approved: A. Kulkarni, MD",
        "# Purpose",
        "To ensure valid, tamper-resistant specimens for point-of-care and laboratory drug testing "
        "in patients on controlled-substance therapy.",
        "# Procedure",
        "1. Verify identity with two identifiers. 2. Patient leaves bags and coats outside the "
        "collection room. 3. Water to the sink is shut off; bluing agent in toilet. 4. Minimum 30 mL. "
        "5. Read temperature strip within 4 minutes; acceptable 32-38 C. 6. Seal, initial and label "
        "in the patient's presence.",
        [["Finding", "Action"],
         ["Temperature out of range", "Recollect same day; observed collection"],
         ["Dilute (creatinine < 20)", "Recollect at next visit; notify prescriber"],
         ["Unexpected POC result", "Send for confirmation; do not discuss as final"]],
        "# Documentation",
        "Record the collector, time, temperature and chain-of-custody number in the lab order.",
    ]), "NUR-114_UDT_collection_v4.docx", DOCX_MIME)
    add("clean", "training", m)

    # 4 -- interface training with clearly fictitious sample message
    m = new(JANELLE, f"{DANA}, {TUAN}, {CARMONA}", "HL7 basics training - slides + sample",
            date=(2, 22, 13, 0))
    text(m, """Thanks for coming to the interface basics session. As promised, here's the
sample ORU we walked through. It is a made-up training message (fictitious
patient TRAINING^SAMPLE, fake MRN) -- do not paste real messages into
tickets or email; use the control ID instead.

  MSH|^~\\&|LAB|TRAINLAB|EHR|TRAIN|20240101120000||ORU^R01|TRAIN0001|T|2.5.1
  PID|1||TRN000001^^^TRAIN^MR||TRAINING^SAMPLE||19000101|U
  OBR|1|ORD1|FIL1|UDSCONF^Sample Test|||20240101
  OBX|1|ST|XYZ^Example Analyte||NEGATIVE||||||F

Field tips:
  - MSH-11 "T" means training/test, "P" production.
  - PID-3 is the identifier list; repetitions separated by ~.
  - OBX-8 is the abnormal flag -- blank means normal.

Janelle
""")
    add("clean", "training", m)

    # 5 -- procedure note documentation training with fictional case
    m = new(KULKARNI, f"{STRICK}, jekwueme@{D}", "Documentation training - MBB note example",
            date=(9, 9, 18, 10))
    text(m, f"""Megan, Jordan --

For Thursday's documentation session, here's the example note we'll mark
up. It is a FICTIONAL case written for teaching ("Mr. A" is not a real
person); I deliberately left out two payer-required elements -- see if you
can spot them.

  TRAINING EXAMPLE - FICTIONAL
  Patient: "Mr. A", 58-year-old (fictional)
  Procedure: Bilateral L4-5, L5-S1 medial branch blocks under fluoroscopy
  Pre-procedure pain: 7/10
  Technique: 22G spinal needles to the junction of the SAP and TP at L4, L5
    and the sacral ala; 0.5 mL bupivacaine 0.5% per level after negative
    aspiration; no steroid.
  Post-procedure pain: 1/10 at 30 minutes
  Disposition: home with diary

Answers: (1) no documentation of confirmatory contrast/AP-lateral images;
(2) no statement of sedation used (or none).

{SIG_KULKARNI}
""")
    add("clean", "training", m)

    # 6 -- phone and text script templates with placeholders
    m = new(KEVIN, f"{FRONT}, {BRI}", "Scripts: no-show follow-up calls and texts", date=(5, 6, 9, 20))
    html(m, """<html><body style="font-family:Calibri;font-size:11pt">
<p>Please use these scripts starting Monday. Merge fields are in braces &mdash; the system fills them
in; never type clinical details into a text message.</p>
<p><b>Voicemail</b><br>&quot;Hello, this message is for {FirstName}. This is {StaffName} from Ridgeline
Spine &amp; Pain Center calling about your appointment on {ApptDate}. Please call us back at
555-010-4400, option 2. Thank you.&quot;</p>
<p><b>Text (SMS)</b><br>&quot;Ridgeline Spine &amp; Pain: Hi {FirstName}, we missed you on {ApptDate}.
Reply 1 to reschedule or call 555-010-4400. Reply STOP to opt out.&quot;</p>
<p><b>Do not</b> mention the type of visit or procedure in voicemail or text. If a family member
answers, ask only for the patient to call back.</p>
<p>Kevin</p></body></html>""")
    add("clean", "training", m)


clean_training()


# ===========================================================================
# write everything out
# ===========================================================================
def tidy(msg, root=True):
    """Drop the MIME-Version header Python adds to sub-parts."""
    if msg.is_multipart():
        for part in msg.iter_parts():
            if "MIME-Version" in part:
                del part["MIME-Version"]
            tidy(part, root=False)
    elif msg.get_content_type() == "message/rfc822":
        inner = msg.get_payload(0)
        if "MIME-Version" not in inner:
            inner["MIME-Version"] = "1.0"


def main():
    counts = Counter((lab, kind) for lab, kind, _, _ in RECORDS)
    assert dict(counts) == EXPECTED, (dict(counts), EXPECTED)
    assert len(RECORDS) == 86
    banned = ["PHI", "HIPAA test", "synthetic"]
    seq = Counter()
    rows = []
    for lab, kind, msg, patient in RECORDS:
        seq[(lab, kind)] += 1
        name = f"{lab}-{kind}-{seq[(lab, kind)]:03d}.eml"
        tidy(msg)
        data = msg.as_bytes(policy=policy.SMTP)
        low = data.decode("latin-1")
        for b in banned:
            assert b not in low, (name, b)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append([name, lab, kind, patient])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (lab, kind), n in sorted(counts.items()):
        print(f"{lab}-{kind}: {n}")
    print(f"total: {len(RECORDS)}")


if __name__ == "__main__":
    main()
