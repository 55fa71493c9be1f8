#!/usr/bin/env python3
"""Generate an evaluation mail set for a state early intervention programme.

Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, datetime
from email.message import EmailMessage
from email.header import Header
from email import policy, utils

SEED = 11701
random.seed(SEED)

# ---------------------------------------------------------------------------
# invented organisations / domains
# ---------------------------------------------------------------------------
STATE = "dds.state-ei.example"          # state lead agency (Dept. of Developmental Services)
LAKE = "lakeshore-ei.example"           # Lakeshore Regional EI (regional service coordination)
TRI = "tricounty-ei.example"            # Tri-County Early Intervention
THER = "kinderpathways.example"         # Kinder Pathways Pediatric Therapy (provider agency)
STEPS = "littlestepsrehab.example"      # Little Steps Rehab (provider agency)
PEDS = "maplegrovepeds.example"         # Maple Grove Pediatrics
CHILD = "stbrigidchildrens.example"     # St. Brigid Children's Hospital
MCO = "carebridgehealth.example"        # CareBridge Health Plan (Medicaid MCO)
LEA = "riverbendusd.example"            # Riverbend Unified School District
GMAIL = "mailbox.example"
YMAIL = "postbox.example"
HOT = "webmail.example"

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ4 = datetime.timezone(datetime.timedelta(hours=-4))
BASE = datetime.datetime(2024, 9, 3, 7, 40, tzinfo=TZ4)


_CUR = {"date": None, "n": 0}


def _tz_for(d):
    return TZ4 if d < datetime.datetime(2024, 11, 3, 2, 0) else TZ


def rdate(day_lo=0, day_hi=150):
    """Message date. When main() has set the date for the message being built,
    successive calls (quoted/forwarded originals first) move forward in time."""
    if _CUR["date"]:
        spec = _CUR["date"]
        if " " in spec:
            d = datetime.datetime.strptime(spec, "%Y-%m-%d %H:%M")
        else:
            d = datetime.datetime.strptime(spec, "%Y-%m-%d").replace(
                hour=random.randint(7, 16), minute=random.randint(0, 59))
        d = d + datetime.timedelta(minutes=_CUR["n"] * random.randint(25, 140),
                                   seconds=random.randint(0, 59))
        _CUR["n"] += 1
        return d.replace(tzinfo=_tz_for(d))
    d = BASE + datetime.timedelta(days=random.randint(day_lo, day_hi),
                                  minutes=random.randint(0, 11 * 60))
    return d.replace(tzinfo=None).replace(tzinfo=_tz_for(d.replace(tzinfo=None)))


def fmt_date(d):
    return utils.format_datetime(d)


def msgid(domain):
    s = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(18))
    return "<%s.%d@%s>" % (s, random.randint(1000, 99999), domain)


def raw_header(msg, name, value):
    """Append a header exactly as given (used for pre-encoded RFC 2047 words
    in charsets other than utf-8)."""
    msg._headers.append((name, value))


_MIME_CS = {"gb2312": "gb2312", "koi8-r": "koi8-r", "windows-1251": "windows-1251",
            "iso-8859-1": "iso-8859-1", "iso-8859-2": "iso-8859-2", "windows-1252": "windows-1252",
            "utf-8": "utf-8"}


def enc_word(text, charset, maxlen=45):
    """RFC 2047 encoded words in the given charset: Q for latin charsets, B otherwise.
    Splits on character boundaries so multibyte sequences stay whole."""
    import base64
    latin = charset.startswith("iso-8859") or charset == "windows-1252"
    words, chunk = [], ""

    def q(b):
        out = ""
        for c in b:
            ch = chr(c)
            if ch == " ":
                out += "_"
            elif ch.isalnum() and c < 128:
                out += ch
            elif ch in "-!*+/" and c < 128:
                out += ch
            else:
                out += "=%02X" % c
        return out

    def enc(t):
        b = t.encode(charset)
        return q(b) if latin else base64.b64encode(b).decode("ascii")

    for ch in text:
        if len(enc(chunk + ch)) > maxlen:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    tag = "q" if latin else "b"
    return "\n ".join("=?%s?%s?%s?=" % (_MIME_CS[charset], tag, enc(w)) for w in words)


def new(frm, to, subject, cc=None, date=None, reply_to=None, in_reply_to=None,
        subject_charset=None, frm_charset=None, extra=None, xmailer=None):
    m = EmailMessage(policy=policy.SMTP)
    d = date or rdate()
    dom = frm.split("@")[-1].strip(">").strip()
    if frm_charset:
        name, addr = utils.parseaddr(frm)
        raw_header(m, "From", "%s <%s>" % (enc_word(name, frm_charset), addr))
    else:
        m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if subject_charset:
        raw_header(m, "Subject", enc_word(subject, subject_charset).replace("\n", "\r\n"))
    else:
        m["Subject"] = subject
    m["Date"] = fmt_date(d)
    m["Message-ID"] = msgid(dom if "." in dom else "mail.example")
    if reply_to:
        m["Reply-To"] = reply_to
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if xmailer:
        m["X-Mailer"] = xmailer
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def text(m, body, charset="utf-8", cte=None):
    m.set_content(body, charset=charset, cte=cte)
    return m


def html(m, body, charset="utf-8", cte=None):
    m.set_content(body, subtype="html", charset=charset, cte=cte)
    return m


def alt(m, plain, htmlbody, charset="utf-8", cte=None, hcte=None):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(htmlbody, subtype="html", charset=charset, cte=hcte or cte)
    return m


def attach(m, data, filename, mime):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        data = data.encode("utf-8")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_text(m, s, filename, subtype="plain", charset="utf-8", cte=None):
    m.add_attachment(s, subtype=subtype, charset=charset, cte=cte, filename=filename)
    return m


def attach_msg(m, inner, filename=None):
    m.add_attachment(inner, filename=filename) if filename else m.add_attachment(inner)
    return m


def p2h(s):
    """plain paragraphs -> simple html"""
    out = []
    for para in s.strip().split("\n\n"):
        para = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append("<p>" + para.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def wrap_html(inner, font="Calibri, Arial, sans-serif", size="11pt", extra_head=""):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            + extra_head + "</head>\n<body style=\"font-family:%s;font-size:%s\">\n%s\n</body></html>\n"
            % (font, size, inner))


def quote(s):
    return "\n".join(("> " + l) if l else ">" for l in s.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# attachment builders (hand-built office / pdf files)
# ---------------------------------------------------------------------------
ZDATE = (2024, 10, 1, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def make_zip(files):
    return _zip(files)


def _x(s):
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
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(v)))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
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
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(sheet_rows))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def make_docx(paragraphs, table=None):
    """paragraphs: list of str (a str starting with '# ' is bold heading).
    table: optional list of rows inserted after the paragraphs."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        trs = []
        for row in table:
            tcs = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                          % _x(c) for c in row)
            trs.append("<w:tr>%s</w:tr>" % tcs)
        body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                    % "".join(trs))
        body.append("<w:p/>")
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
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document", font_size=10):
    """A small single- or multi-page PDF with Helvetica text, FlateDecode streams."""
    per_page = 58
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index 0 -> obj 1

    def add(o):
        objs.append(o)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for pl in pages:
        parts = ["BT", "/F1 %d Tf" % font_size, "%d TL" % (font_size + 3), "50 750 Td"]
        for ln in pl:
            parts.append("(%s) Tj T*" % _pdf_esc(ln))
        parts.append("ET")
        raw = "\n".join(parts).encode("latin-1")
        comp = zlib.compress(raw, 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id, font, cid)).encode())
        kids.append(pid)
    info = add(("<< /Title (%s) /Producer (Report Export 4.2) /CreationDate (D:20241001090000-04'00') >>"
                % _pdf_esc(title)).encode("latin-1"))
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offs:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, catalog, info, xref))
    return out.getvalue()


def csv_text(rows, delim=","):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def fixed_table(rows, widths, sep=" "):
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(w)[:w] for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


def bar_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, r in enumerate(rows):
        lines.append("| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for n, r in enumerate(rows):
        tag = "th" if n == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _x(c), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# common signatures / disclaimers
CONF_STATE = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
              "intended recipient(s) and may contain confidential information protected under Part C of\n"
              "the Individuals with Disabilities Education Act and state law. If you are not the intended\n"
              "recipient, please contact the sender by reply e-mail and destroy all copies.")
CONF_AGENCY = ("This message is intended only for the addressee. Kinder Pathways Pediatric Therapy, LLC\n"
               "| 2200 Orchard Park Rd, Suite 140 | 555-0188 | kinderpathways.example")

REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


# ===========================================================================
# phi-care
# ===========================================================================
SIG_DENISE = ("Denise Kowalski\nService Coordinator | Lakeshore Regional Early Intervention\n"
              "555-0114 ext. 22 | fax 555-0115\n")


@reg("phi", "care")
def care_noshow():
    m = new('"Denise Kowalski" <dkowalski@%s>' % LAKE,
            '"Marisol Vega, OTR/L" <mvega@%s>' % THER,
            "Mateo A. - missed visits")
    body = """Hi Marisol,

Got your note about Thursday. That makes three missed visits for Mateo Alvarez since the 9th (two no-shows and the late cancel on the 15th). I called mom this morning and the number on file went straight to voicemail, box full. I'll try dad's cell tonight and do a drop-by Monday if I can't reach anyone.

Please don't discharge yet -- per the attendance policy we have to send the 10-day letter first and offer a team meeting. If you can, hold his Tuesday 10:30 slot through the 25th.

Also, when you write up the note for the last visit you did get in (10/3), can you add the part about him tolerating the coated spoon and taking purees from it without gagging? His 6-month review is coming up and I'd like to show the family some feeding progress in writing.

Thanks,
Denise

""" + SIG_DENISE + "\n" + CONF_STATE + "\n"
    text(m, body, cte="7bit")
    return m, "Mateo Alvarez"


@reg("phi", "care")
def care_pt_html():
    m = new('"Ben Osei" <bosei@%s>' % STEPS,
            '"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            "visit summary wk of 10/14 - Harper L.",
            xmailer="Microsoft Outlook 16.0")
    inner = """
<p>Hi Tanya,</p>
<p>Quick summary for <b>Harper Lindqvist</b> since you asked for something before the family meeting:</p>
<ul>
<li>Pulling to stand at the couch consistently now, both sides, with minimal help at the hips.</li>
<li>Cruising 3&ndash;4 steps to the <i>right</i> only; still won't shift weight left without a lot of cueing.</li>
<li>Tolerated the new SMOs for the full 45-minute session. Mom says she's only getting about 2 hours/day on at home. I gave her a wear schedule (on after breakfast, off for nap, back on after) &ndash; copy is on the fridge.</li>
<li>Fitting follow-up with Orthotic Solutions is <b>Thu 10/24 at 1:15</b>. Mom asked if we could move my Thursday visit to the afternoon after the fitting so I can check the straps &ndash; I'm fine with that.</li>
</ul>
<p>I'd keep frequency at 2x/week through the review. If she's taking independent steps by December we can talk about stepping down.</p>
<p>Thanks!<br>Ben</p>
<p style="color:#666;font-size:9pt">Ben Osei, PT, DPT<br>Little Steps Rehab &middot; Pediatric Home &amp; Community Services<br>Office 555-0172 &middot; Cell 555-0173</p>
"""
    html(m, wrap_html(inner))
    return m, "Harper Lindqvist"


@reg("phi", "care")
def care_slp_alt():
    m = new('"Priyanka Raman, M.S., CCC-SLP" <praman@%s>' % THER,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "Liam Okafor - request to increase speech frequency",
            cc='"Marisol Vega, OTR/L" <mvega@%s>' % THER)
    plain = """Gloria,

I'd like to request an IFSP review for Liam Okafor to increase speech from 2x/month to weekly, 60 minutes.

Where he is (sessions 9/4 through 10/16):
- Signing consistently: more, all done, eat, milk, help, bath, up, dog (8 signs, up from 2 at the initial IFSP)
- First approximations of words this month: "ba" for ball and "mama" used on purpose when he wants mom
- Still no two-word combinations, and he is not yet pointing to pictures in a book on request
- Lots of frustration at home around mealtimes -- mom reports 3-4 big meltdowns a day when he can't get his message across

Mom (Adaeze) is very engaged and carrying over the signs. Dad works nights but was at the last visit. They'd both like more support and asked about a picture board for the kitchen; I can make one if we bump the frequency.

Can you set up the review in the next couple of weeks? Tuesdays and Wednesdays after 2 work for the family. Marisol is copied in case OT wants to fold in any feeding goals at the same meeting.

Thank you,
Priyanka

Priyanka Raman, M.S., CCC-SLP
Speech-Language Pathologist | Kinder Pathways Pediatric Therapy
555-0188 x 214

""" + CONF_AGENCY + "\n"
    h = wrap_html(p2h(plain.split("Priyanka Raman, M.S.")[0])
                  + '<p style="font-size:9pt;color:#555">Priyanka Raman, M.S., CCC-SLP<br>'
                  'Speech-Language Pathologist | Kinder Pathways Pediatric Therapy<br>555-0188 x 214</p>'
                  '<p style="font-size:8pt;color:#888">' + CONF_AGENCY.replace("\n", " ") + "</p>")
    alt(m, plain, h, cte="quoted-printable")
    return m, "Liam Okafor"


@reg("phi", "care")
def care_peds_referral():
    m = new('"Maple Grove Pediatrics - Referrals" <referrals@%s>' % PEDS,
            "intake@%s" % LAKE,
            "EI referral - Tran, Noah (hearing)")
    body = """Good afternoon,

Sending over a referral for Noah Tran, seen in clinic today (10/22) for his 9 month well visit with Dr. Farrow.

Noah did not pass his rescreen on the right ear (left passed). He had a referred result in the nursery too and the family missed the outpatient follow-up in the summer. Dr. Farrow placed an order for a diagnostic ABR at St. Brigid Children's -- audiology has him on 11/14 at 8:00 with sedation, mom was given the prep sheet.

Also per mom he's not babbling much and doesn't turn when called from behind. Dr. Farrow would like EI to evaluate now rather than wait for the ABR.

Mom's name is Linh, she prefers texts, English is fine. Cell 555-0139.

Please fax the eligibility outcome back to our referral line at 555-0167 or reply to this address.

Thank you,
Kendra M., LPN
Referral Coordinator
Maple Grove Pediatrics | 410 Birchwood Ave, Suite 2 | Phone 555-0166 | Fax 555-0167
"""
    text(m, body, cte="quoted-printable")
    return m, "Noah Tran"


@reg("phi", "care")
def care_buried_thread():
    m = new('"Carla Pereira" <cpereira@%s>' % STEPS,
            '"Rob Delaney" <rdelaney@%s>, "Ops Team" <ops@%s>' % (STEPS, STEPS),
            "RE: RE: RE: Suite 140 move / key cards / Tue team mtg",
            in_reply_to=msgid(STEPS))
    body = """Works for me. I'll grab my key card from the front desk Wed morning.

For the record I'd rather keep the team meeting at 8:30 -- half of us are on the road by 9:15.

PS - unrelated, but so I don't forget: Yusuf Haddad had tubes put in Friday and ENT wants him out of the water for a week. I'm cancelling his aquatic PT at the Y on 11/5, please hold his slot for 11/12. His twin brother's visits stay as is.

Carla

Carla Pereira, PT
Little Steps Rehab

-----Original Message-----
From: Rob Delaney <rdelaney@littlestepsrehab.example>
Sent: Monday, November 4, 2024 4:12 PM
To: Ops Team <ops@littlestepsrehab.example>
Subject: RE: RE: Suite 140 move / key cards / Tue team mtg

Update: movers confirmed for Friday 11/8, starting at 7. Please have your desks boxed and labelled by Thursday 5pm. IT will disconnect phones Thursday at 6. The new key cards are ready -- pick up from Janelle at the front desk. Old fobs go in the envelope on her desk; we get charged $25 for every one we don't return.

Tuesday's team meeting: moving it to 9:00 in the big conference room at 2200 Orchard Park so we can walk through the new space. Coffee provided.

Rob

-----Original Message-----
From: Janelle Fortier <jfortier@littlestepsrehab.example>
Sent: Monday, November 4, 2024 10:03 AM
To: Ops Team <ops@littlestepsrehab.example>
Subject: RE: Suite 140 move / key cards / Tue team mtg

The landlord says the new suite won't have the gym mats in place until the 12th, so if anyone has clinic-based visits scheduled that week please move them to home visits or the library room.

Also the parking garage is switching to plate recognition. Send me your plate number by Wednesday if you want a spot.

Janelle

-----Original Message-----
From: Rob Delaney <rdelaney@littlestepsrehab.example>
Sent: Friday, November 1, 2024 3:47 PM
To: Ops Team <ops@littlestepsrehab.example>
Subject: Suite 140 move / key cards / Tue team mtg

Hi all,

Reminder that we move from Suite 110 to Suite 140 next week. Details to follow Monday. Please don't order any supplies to be delivered next week.

Thanks,
Rob Delaney
Operations Manager
"""
    text(m, body)
    return m, "Yusuf Haddad"


@reg("phi", "care")
def care_death():
    m = new('"Michelle Tanaka" <mtanaka@%s>' % TRI,
            '"Tri-County EI - Eastfield Team" <eastfield-team@%s>' % TRI,
            "Sad news - please read before scheduling today",
            extra={"Importance": "High"})
    plain = """Good morning team,

I'm very sorry to share that Jaylen Brooks passed away Saturday evening at St. Brigid Children's. His mother, Keisha, called me yesterday afternoon. Several of you worked with Jaylen and his family for almost two years, and I know this is hard news.

A few practical things:
- Please remove all of Jaylen's visits from your calendars starting today. Do not contact the family to reschedule.
- Brianna, please pull his file from the missed-visit letter run so nothing automated goes out to the house.
- Sam (his SC) will call Keisha later this week, only if she's up for it, to offer the bereavement resources and to close the case in the data system. Nobody else needs to reach out unless the family contacts you first.
- Keisha mentioned the family would welcome cards. If you'd like to send one, drop it in my office by Friday and I'll mail them together.

Our EAP is available to staff at 555-0190 if you need to talk to someone. My door is open too.

Michelle

Michelle Tanaka, LCSW
Program Supervisor, Tri-County Early Intervention
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, "Jaylen Brooks"


@reg("phi", "care")
def care_admission():
    m = new('"Sam Achebe" <sachebe@%s>' % TRI,
            '"Priyanka Raman" <praman@%s>, "Marisol Vega" <mvega@%s>' % (THER, THER),
            "Sophia - on hold, inpatient",
            cc='"Michelle Tanaka" <mtanaka@%s>' % TRI)
    body = """Hi both,

Sophia Nguyen-Lee was admitted to St. Brigid PICU Sunday night. Dad texted me this morning. She's on high-flow oxygen and they're saying at least 5-7 days, then probably a few days on the step-down floor.

Please put her OT and speech visits on hold starting today. I've marked it as a "child hospitalized" hold in the system so it won't count against the family.

Dad asked if feeding therapy can continue while she's inpatient since she just started taking a few ounces by mouth again and they're scared of losing it. Priyanka, the unit allows outside therapists with a visitor badge if the attending OKs it -- the charge nurse line is 555-0150. No pressure, only if your schedule allows.

Her home nursing agency (BrightCare) will restart when she's discharged. I'll send an update when I hear about a discharge date and we can plan a restart visit together.

Sam

Sam Achebe | Service Coordinator | Tri-County EI
Sent from my iPhone
"""
    text(m, body, cte="7bit")
    return m, "Sophia Nguyen-Lee"


@reg("phi", "care")
def care_fwd_eval():
    inner = new('"Dr. Ruth Feldman-Ortiz" <rfeldman@%s>' % LAKE,
                '"Amina Yusuf" <ayusuf@%s>' % LAKE,
                "Eval results - Elijah Warsame 10/29")
    ibody = """Amina,

Here are the numbers from this morning's evaluation for Elijah Warsame (27 months), for the eligibility worksheet. BDI-3, standard scores:

  Adaptive ............ 81
  Personal-Social ..... 86
  Communication ....... 66   (Receptive 5, Expressive 3 scaled)
  Motor ............... 94
  Cognitive ........... 88

Communication is more than 2 SD below the mean, so he's eligible on that domain alone. Kofi did the hearing and vision screen -- both passed. Mom and grandmother were there; Somali interpreter was Hodan (by phone, worked fine).

My recommendation for the IFSP: speech 4x/month in the home, plus a parent-coaching focus on following his lead at play. Mom is very interested in a playgroup too.

Ruth

Ruth Feldman-Ortiz, Ph.D.
Developmental Specialist, Evaluation Team
"""
    text(inner, ibody)
    m = new('"Amina Yusuf" <ayusuf@%s>' % LAKE,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "Fwd: Eval results - Elijah Warsame 10/29")
    text(m, """Gloria -

Forwarding Ruth's results (attached). Can you co-sign the eligibility determination today? I'd like to get the IFSP meeting on the calendar before day 45 (that's 11/18).

Family is available Monday or Wednesday afternoons.

Thanks,
Amina
""")
    attach_msg(m, inner)
    return m, "Elijah Warsame"


# ===========================================================================
# phi-names
# ===========================================================================
@reg("phi", "names")
def names_subject_only():
    m = new('"Amina Yusuf" <ayusuf@%s>' % LAKE,
            '"Priyanka Raman" <praman@%s>' % THER,
            "Dmitri Volkov-Petrenko")
    body = """Eval done this morning. He qualifies -- speech and fine motor both well under. IFSP meeting is Tuesday 11/19 at 4:00 at the home (the Elmwood Terrace address, not the old one). Grandma will interpret for dad.

Can you come as the speech provider? It'd help to have you there so they meet you before services start. 30-40 minutes tops.

A.
"""
    text(m, body, cte="7bit")
    return m, "Dmitri Volkov-Petrenko"


@reg("phi", "names")
def names_last_first():
    m = new('"Lakeshore EI Intake" <intake@%s>' % LAKE,
            '"Rachel Goldberg" <rgoldberg@%s>' % LAKE,
            "New referral assigned: Okonkwo-Adeyemi, Chidinma")
    body = """Rachel,

New referral assigned to you from today's intake huddle.

Child:        Okonkwo-Adeyemi, Chidinma
Referred by:  Dr. Farrow, Maple Grove Pediatrics (received 11/6 by fax)
Concern:      gross motor -- not sitting on her own at 10 months, keeps her hands fisted, pediatrician noted low tone in the trunk
Parents:      Ngozi Okonkwo-Adeyemi and Tunde Adeyemi; both work days, prefer calls after 6 pm
Language:     English (family also speaks Igbo at home, no interpreter needed)

Mom told the intake line she was glad the doctor referred, she'd been worried since Chidinma was born six weeks early. Please make first contact within 2 business days; day 45 for this one is 12/21, and with the holidays I'd aim to get the eval on the calendar before Thanksgiving.

-- Intake (Joy)
"""
    text(m, body)
    return m, "Chidinma Okonkwo-Adeyemi"


@reg("phi", "names")
def names_titles_possessive():
    m = new('"Front Desk - Kinder Pathways" <frontdesk@%s>' % THER,
            '"Marisol Vega" <mvega@%s>' % THER,
            "phone msg - Mrs. Ramírez")
    plain = """Marisol,

Mrs. Ramírez called at 11:40 (cell 555-0126). She asked if Thiago's OT could move to Friday mornings starting next month, because he starts at Little Acorns daycare Mon-Thu. She wants to know if you can do one of the visits AT the daycare so the teachers see the brushing routine and the heavy-work stuff you've been doing with him before meals.

She also said Mr. Ramírez has been doing the joint compressions at bedtime and Thiago is sleeping better, she wanted you to know.

Please call her back today or tomorrow, she's off Thursdays.

Thanks!
Yesenia
"""
    h = wrap_html(p2h(plain), font="Arial", size="10pt")
    alt(m, plain, h, cte="quoted-printable")
    return m, "Thiago Ramírez"


@reg("phi", "names")
def names_vietnamese():
    m = new('"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            '"Transition Team - Riverbend USD" <ecse-transition@%s>' % LEA,
            "re: Nguyễn Thị Thu Hà -- transition conference")
    body = """Hello Riverbend team,

Following up on the LEA notification we sent in September for Nguyễn Thị Thu Hà (family calls her Hà, sometimes "Bi" -- mom's name is Nguyễn Thị Lan, dad is Trần Văn Minh). Note Vietnamese name order: Nguyễn is the family name, so she may be in your system as "Nguyen, Ha Thi Thu" or "Ha Nguyen".

Hà turns 2 years 9 months on 12/2, so the transition conference needs to happen by then. She's currently getting speech weekly and developmental therapy 2x/month at home. Her speech therapist says she's using short phrases in Vietnamese but very little English, so please plan for a Vietnamese interpreter at the conference AND for the preschool evaluation.

Parents are available Wednesday 11/20 or Friday 11/22, any time after 1:00. Can someone from the preschool eval team confirm?

Thank you,
Gloria Whitfield
Service Coordinator II, Lakeshore Regional Early Intervention
555-0114 ext. 31
"""
    text(m, body, cte="quoted-printable")
    return m, "Nguyễn Thị Thu Hà"


@reg("phi", "names")
def names_particles():
    m = new('"Ben Osei" <bosei@%s>' % STEPS,
            '"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            "De la Cruz PT eval - couple questions",
            in_reply_to=msgid(TRI))
    body = """Hi Tanya,

I saw Amélie de la Cruz yesterday for the PT part of her eval. A couple of things before you finalize the report:

1. Ms. de la Cruz said the orthopedist at St. Brigid already ordered a helmet for the head shape and the first fitting is the 21st. Can you make sure that's in the health section of the IFSP so nobody double-refers?
2. Amélie keeps her head turned to the right almost all the time and only tracks to midline on the left. I'd recommend PT 2x/month with a big focus on a home program (positioning in the crib, tummy time on dad's chest, car seat set-up).
3. Her older brother Mathis was in EI two years ago with Carla, so the family knows the drill. Mom asked for Carla again if possible -- I'm fine either way.

Dad (Julien) will be at the IFSP meeting; he asked if it can be after 5.

Ben

> On Nov 12, 2024, at 3:02 PM, Tanya Brooks-Hill <tbrookshill@tricounty-ei.example> wrote:
>
> Ben, can you send me your eval notes for the de la Cruz baby when you can? I want to
> get the report out by Friday. Thanks -- T
"""
    text(m, body, charset="iso-8859-1", cte="quoted-printable")
    return m, "Amélie de la Cruz"


@reg("phi", "names")
def names_indian():
    m = new('"Hannah Whitcombe, MS, OTR/L" <hwhitcombe@%s>' % STEPS,
            '"Amina Yusuf" <ayusuf@%s>' % LAKE,
            "re: baby Aarav V. / feeding plan")
    plain = """Hi Amina,

Update on Aarav Venkataraman after today's visit.

Mr. and Mrs. Venkataraman met with the GI team at St. Brigid last week and they've agreed to start the tube weaning plan: cutting the daytime bolus feeds by 25% starting Monday and offering purees first at each meal. Aarav took 6 spoonfuls of dal with rice today and some mashed banana. He still gags on anything with lumps.

Mrs. Venkataraman (Deepa) is nervous about weight loss, understandably. The dietitian is weighing him weekly at the clinic. I told her to call me if he has two days in a row of refusing all purees.

Can we add a second OT visit per week for the next 8 weeks? Aarav's grandmother is doing most of the daytime feeds and I'd like to coach her directly too. She's most comfortable in Tamil -- the interpreter line worked fine today.

Thanks,
Hannah
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, "Aarav Venkataraman"


@reg("phi", "names")
def names_arabic():
    m = new('"Kofi Mensah, Au.D." <kmensah@%s>' % CHILD,
            '"Rachel Goldberg" <rgoldberg@%s>' % LAKE,
            "Omar Abdel-Rahman al-Masri - hearing aid fitting done",
            cc='"St. Brigid Audiology" <audiology@%s>' % CHILD)
    plain = """Rachel,

Omar Abdel-Rahman al-Masri was fitted with bilateral behind-the-ear hearing aids today. Earmolds fit well, he tolerated them for about 20 minutes in clinic before pulling the left one out. Parents (Mr. Abdel-Rahman and Mrs. Fatima al-Masri) were shown how to check the batteries and use the listening stethoscope. They have the retention clips and the Huggie cords.

Targets: full-time use during waking hours within about 4 weeks. Omar's follow-up with me is 12/10 for real-ear measures and the data-logging check.

For EI: he'd benefit from a teacher of the deaf / listening and spoken language visit in the home as soon as it can be arranged, and I'd suggest the speech therapist coordinate with them. Family speaks Arabic at home and is comfortable with English for appointments, but mom prefers written instructions in Arabic -- I sent her the handout.

Kofi Mensah, Au.D., CCC-A
Pediatric Audiology, St. Brigid Children's Hospital | 555-0152
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h, cte="base64")
    return m, "Omar Abdel-Rahman al-Masri"


@reg("phi", "names")
def names_polish():
    m = new('"Rachel Goldberg" <rgoldberg@%s>' % LAKE,
            '"Ben Osei" <bosei@%s>' % STEPS,
            "Zuzanna Wójcik - zmiana terminu / visit change",
            subject_charset="iso-8859-2")
    body = """Ben,

Zuzanna Wójcik's mom emailed me last night (below, in Polish -- my translation underneath). Short version: Zuzia has a new appointment with the neurologist at St. Brigid on Thursday the 14th, so she needs your PT visit moved. She also says Zuzia took her first steps holding onto the laundry basket!

Can you do Friday the 15th instead? Let me know and I'll confirm with Mrs. Wójcik.

Rachel

-------- Forwarded text --------
Dzień dobry Pani Rachel,
Zuzia ma nową wizytę u neurologa w czwartek 14-go o 10:00, więc nie będziemy w domu na rehabilitację z Panem Benem. Czy możemy przełożyć na piątek? Zuzia zrobiła pierwsze kroki trzymając się kosza na pranie! Jesteśmy bardzo szczęśliwi.
Pozdrawiam,
Agnieszka Wójcik

[Translation: Zuzia has a new neurology appointment Thursday the 14th at 10, so we won't be home for PT with Ben. Can we move it to Friday? Zuzia took her first steps holding the laundry basket! We are very happy. -- Agnieszka]
"""
    text(m, body, charset="iso-8859-2", cte="quoted-printable")
    return m, "Zuzanna Wójcik"


# ===========================================================================
# phi-self
# ===========================================================================
@reg("phi", "self")
def self_csection():
    m = new('"Priya Shah" <priya.shah88@%s>' % GMAIL,
            '"Hannah Whitcombe" <hwhitcombe@%s>' % STEPS,
            "visits for the next few weeks",
            xmailer="iPhone Mail (21G93)")
    body = """Hi Hannah,

Just a heads up, I had the baby on Tuesday! It ended up being an emergency c-section so I'm home but I'm not allowed to lift anything heavier than the baby for 6 weeks and I'm still pretty sore. My incision got a little red yesterday and the OB put me on antibiotics, so I'm taking it easy.

Could we do Kabir's OT visits by video for the next month or so? My mom is staying with us and she can help him during the session while I watch and take notes. If video doesn't work for what you need, maybe you could come on Thursdays when my husband is home?

Sorry for the short notice!
Priya

Sent from my iPhone
"""
    text(m, body)
    return m, "Priya Shah"


@reg("phi", "self")
def self_staff_chemo():
    m = new('"Renata Kaminski" <rkaminski@%s>' % THER,
            '"Laura Benedetti" <lbenedetti@%s>' % THER,
            "Tuesdays going forward")
    body = """Laura,

I wanted to tell you before the schedule goes out. I met with the oncologist last week and I'm starting chemo on Tuesday the 19th -- every other Tuesday for about 4 months. They said the day after can be rough, so I may need Wednesdays lighter too.

I'd like to keep working as much as I can. Could we move my Tuesday caseload (5 families) to Monday and Thursday afternoons, and maybe let someone else cover my Wednesday morning kids on the weeks after treatment? I'll fill out the FMLA intermittent leave paperwork with HR this week. My doctor's office is sending the certification directly.

I haven't told the team yet and I'd rather keep it between us for now, if that's okay. I'll tell people myself when I'm ready.

Thank you for being so understanding.
Renata

Renata Kaminski, M.S., CCC-SLP
Kinder Pathways Pediatric Therapy
"""
    text(m, body)
    return m, "Renata Kaminski"


@reg("phi", "self")
def self_ppd():
    m = new('"Keyonna" <keyonna.w@%s>' % YMAIL,
            '"Sam Achebe" <sachebe@%s>' % TRI,
            "the referral you mentioned")
    plain = """Hi Sam,

You asked me at the last visit if I wanted to be connected to the moms program and I said no, but I think I do now. I went to my own doctor last week and she said I have postpartum depression and started me on sertraline 50mg. It's only been a week so I don't feel different yet. Some days it's really hard to get off the couch, which is why I missed Dev's visit on Monday, I'm sorry.

The form you showed me asked for my info so here it is:
Keyonna Williams
DOB 6/2/1999
Phone 555-0187
Insurance is CareBridge, same as Dev

Please don't tell the therapists everything, just that I'm getting help. I trust you.

Keyonna
"""
    h = wrap_html("<div>" + p2h(plain) + "</div>", font="Helvetica", size="12px")
    alt(m, plain, h)
    return m, "Keyonna Williams"


@reg("phi", "self")
def self_deaf_parent():
    m = new('"Marcus Lindgren" <mlindgren@%s>' % HOT,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "Re: IFSP meeting Thursday - interpreter",
            in_reply_to=msgid(LAKE))
    body = """Gloria,

Thank you for setting up the meeting. Please request an ASL interpreter for me for Thursday. I am Deaf since birth and I use hearing aids but they do not help much in a group with several people talking. My cochlear implant evaluation at University Hospital is next month so maybe by spring it will be different, but not yet.

Text or email is always best for me, please do not call. My wife is hearing and she can take phone calls on her cell.

Also I want to say: our son having a hearing test is fine and we agreed, but we will use ASL with him at home no matter what the result is. Please make sure the team knows this.

Marcus

On Mon, Nov 11, 2024 at 9:14 AM Gloria Whitfield <gwhitfield@lakeshore-ei.example> wrote:
> Hi Marcus and Erin,
> Confirming the IFSP meeting Thursday 11/14 at 3:30 at your home. Please let me know if
> you'd like any accommodations for the meeting.
> Gloria
"""
    text(m, body, cte="7bit")
    return m, "Marcus Lindgren"


@reg("phi", "self")
def self_staff_back():
    m = new('"Derek Ostrowski" <dostrowski@%s>' % STEPS,
            '"Rob Delaney" <rdelaney@%s>' % STEPS,
            "back to work note / restrictions",
            cc='"Little Steps HR" <hr@%s>' % STEPS)
    plain = """Rob,

Attached is the return to work note from Dr. Hwang. I'm cleared to go back Monday 11/18 but with restrictions for 8 weeks after the L4-L5 discectomy:

- no lifting over 15 lb
- no repetitive bending / floor work longer than 20 minutes at a time
- max 5 visits per day

That obviously affects my caseload since most of my kids are under 18 months and a lot of it is on the floor. I can do the parent-coaching part and the standing/cruising kids, but I can't carry the equipment bag up to third-floor walkups. Could we talk about swapping a few of my infants with Carla for two months?

I also start outpatient PT for myself Tues/Thurs at 7:30 am, so I'll be on the road by 9.

Thanks,
Derek
"""
    text(m, plain)
    pdf = make_pdf([
        "Eastside Spine & Orthopedics",
        "1180 Commerce Pkwy, Suite 300    Phone 555-0109   Fax 555-0110",
        "",
        "WORK STATUS REPORT",
        "",
        "Patient: Derek Ostrowski          Date of visit: 11/08/2024",
        "DOB: 04/22/1986",
        "",
        "Procedure: L4-L5 microdiscectomy, 10/15/2024",
        "",
        "Status: May return to work 11/18/2024 with the following restrictions:",
        "  - No lifting > 15 lb",
        "  - Limit repetitive bending and sustained floor-level work to 20 min",
        "  - No more than 8 hours per day",
        "Restrictions in effect for 8 weeks; re-evaluate at follow-up visit 01/10/2025.",
        "",
        "Physician: Grace Hwang, MD",
    ], title="Work Status Report")
    attach(m, pdf, "RTW_note_Ostrowski.pdf", "application/pdf")
    return m, "Derek Ostrowski"


@reg("phi", "self")
def self_pregnant_medicaid():
    m = new('"Jasmine Carter" <jaz.carter@%s>' % GMAIL,
            '"CareBridge Member Services" <memberservices@%s>' % MCO,
            "my coverage was cut off - I'm pregnant",
            cc='"Denise Kowalski" <dkowalski@%s>' % LAKE)
    body = """To whoever reads this,

I got a letter saying my Medicaid ended 10/31 because of my income. I am 28 weeks pregnant and I have a high-risk OB appointment on 11/20 for my blood pressure, and they told me at the front desk I have no active coverage. I make less now than when I applied, I don't understand.

My son's early intervention coordinator (Denise, cc'd) said pregnant women are supposed to stay covered. Can someone please call me? I can't miss the appointment, my last BP was 150/96 and the doctor wants to see me every 2 weeks.

Jasmine Carter
Member ID CB-40917255
DOB 03/11/2001
555-0121
"""
    text(m, body)
    return m, "Jasmine Carter"


@reg("phi", "self")
def self_young_parent():
    m = new('"Destiny R" <destinyr2005@%s>' % HOT,
            '"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            "monday")
    body = """hey tanya its destiny. i cant do the visit monday morning because i have my group at the recovery center 9-12 now, its part of my outpatient program. ive been clean 4 months and my counselor says if i keep going i can get my suboxone moved to every 2 weeks instead of every week so thats good

can you come at 1 instead? jayden naps at 2:30 so 1 is good

also can you not put the recovery stuff in his paperwork, DCS already has all of it and i dont want the therapists to look at me different

thx
destiny
"""
    text(m, body, cte="7bit")
    return m, "Destiny"


# ===========================================================================
# phi-ids
# ===========================================================================
@reg("phi", "ids")
def ids_billing_denial():
    m = new('"Denise Kowalski" <dkowalski@%s>' % LAKE,
            '"EI Billing Unit" <eibilling@%s>' % STATE,
            "Sept speech claims denied - Morales, Kayden")
    body = """Hi Billing,

Kinder Pathways let me know their September speech visits for this child all came back denied. Info below -- can you tell me what's missing on our end?

Child: Kayden Morales
DOB: 03/14/2023
EI child ID: 24-0031877
Medicaid ID: 7740029183 (CareBridge)
Dates of service: 9/5, 9/12, 9/19, 9/26 -- 92507 x 1 each
Denial: CO-16 / N290 (missing/invalid rendering provider ID)

The IFSP has speech 4x/month starting 8/28 and the Medicaid consent was signed at the IFSP meeting, so it should be on file. I'm wondering if the rendering NPI for the new SLP didn't get loaded.

Thanks,
Denise

""" + SIG_DENISE
    text(m, body)
    return m, "Kayden Morales"


@reg("phi", "ids")
def ids_prior_auth():
    m = new('"CareBridge Utilization Mgmt" <um-noreply@%s>' % MCO,
            '"Little Steps Rehab Billing" <billing@%s>' % STEPS,
            "Authorization determination PA24-0917-3321")
    plain = """CareBridge Health Plan - Utilization Management
Authorization Determination Notice

Member name:        JOHNSON, AALIYAH M
Member ID:          CBH-88214702-01
Date of birth:      2022-11-30
Requesting provider: Little Steps Rehab (NPI 1457392068)
Authorization #:    PA24-0917-3321

Service                     Code    Units  Dates
Physical therapy, ther ex   97110   24     09/17/2024 - 03/16/2025
PT re-evaluation            97164   1      09/17/2024 - 03/16/2025

Determination: APPROVED as requested.

This approval is not a guarantee of payment. Member must be eligible on the date of service.
Questions: Provider Services 555-0100, option 3.

Do not reply to this message. This mailbox is not monitored.
"""
    h = wrap_html("<pre style=\"font-family:Consolas,monospace;font-size:10pt\">"
                  + plain.replace("&", "&amp;").replace("<", "&lt;") + "</pre>")
    alt(m, plain, h)
    return m, "AALIYAH M JOHNSON"


@reg("phi", "ids")
def ids_mrn_fax():
    m = new('"Maple Grove Pediatrics - Medical Records" <records@%s>' % PEDS,
            '"Lakeshore EI Intake" <intake@%s>' % LAKE,
            "Records request fulfilled - MRN 00482913",
            xmailer="eFaxGateway 7.1")
    body = """RECORDS RELEASE - FAX COVER (electronic copy)

To:       Lakeshore Regional Early Intervention, Intake
From:     Maple Grove Pediatrics, Health Information Management
Pages:    6 including cover (attached as separate PDF in the secure portal)

Pt: Rivera, Gabriel A.    MRN: 00482913    DOB: 7 Jan 2023
Authorization on file signed by: Marisol Rivera (mother), 10/30/2024

Enclosed per your request:
  - Well child visit notes 06/2024 and 10/2024
  - Growth chart
  - Immunization record
  - Newborn screening results
  - ENT consult note 08/2024

Reminder: redisclosure of these records is prohibited without patient/guardian authorization.

HIM Dept | Phone 555-0166 opt 4 | Fax 555-0168
"""
    text(m, body)
    return m, "Gabriel A. Rivera"


@reg("phi", "ids")
def ids_address_change():
    m = new('"Sam Achebe" <sachebe@%s>' % TRI,
            '"Carla Pereira" <cpereira@%s>, "Hannah Whitcombe" <hwhitcombe@%s>' % (STEPS, STEPS),
            "Emma Sokolova - NEW address and phone")
    body = """Carla, Hannah,

Emma Sokolova's family moved over the weekend. Please update before your next visits:

  New address: 1427 Larkspur Ct, Apt 3B, Eastfield  (buzzer is broken, text mom when you're outside)
  Mom (Irina) new cell: (608) 555-0142
  Old number 555-0197 is disconnected

They're still in our catchment so no transfer needed. PT stays Mondays 9:30, OT Thursdays 2:00. Irina said the new place has carpet throughout so Carla you might need to rethink the walker practice -- she suggested the building hallway.

Emma's new pediatrician is Dr. Okoro at Eastfield Family Medicine if anyone needs to send progress notes; I'll get a new release signed Thursday.

Sam
"""
    text(m, body)
    return m, "Emma Sokolova"


@reg("phi", "ids")
def ids_ssn_medicaid_app():
    inner = new('"Natalie Kessler" <nat.kessler@%s>' % YMAIL,
                '"Rachel Goldberg" <rgoldberg@%s>' % LAKE,
                "info for the medicaid application")
    text(inner, """Hi Rachel here's the info you asked for so you can help us with the application for Brayden

Brayden Michael Kessler
born 05-09-2023
SSN 412-55-8093
birth weight 3 lb 11 oz, NICU 6 weeks at St Brigid

Me: Natalie Kessler, SSN 398-22-4107
Household of 3, my husband Tyler works at the warehouse, about 2,900 a month before taxes

Thank you so much for helping with this, the NICU bills are scary
Natalie
""")
    m = new('"Rachel Goldberg" <rgoldberg@%s>' % LAKE,
            '"Medicaid Enrollment Assistance" <enrollassist@%s>' % STATE,
            "FW: info for the medicaid application")
    text(m, """Hi team,

Forwarding the family's info for a Medicaid application for a child enrolled in EI (NICU graduate, currently receiving PT and developmental therapy). Family gave verbal consent for me to send this on their behalf; signed release is in the child's file.

Could someone call mom at 555-0158 to complete the application? Evenings are best.

Thanks,
Rachel Goldberg
Service Coordinator, Lakeshore Regional EI
""")
    attach_msg(m, inner)
    return m, "Brayden Michael Kessler"


@reg("phi", "ids")
def ids_private_insurance():
    m = new('"EI Family Cost Participation" <fcp@%s>' % STATE,
            '"Fitzgerald family" <fitzfamily@%s>' % GMAIL,
            "Your child's EI insurance billing - action needed")
    plain = """Dear Mr. and Mrs. Fitzgerald,

We tried to bill your private insurance for Nora's early intervention services and the claim was returned. Our records show:

  Child: Nora Fitzgerald          Date of birth: August 19, 2022
  Plan: Summit Mutual PPO
  Subscriber: Patrick Fitzgerald
  Subscriber ID: XJH884120377     Group #: 0042117
  Claim #: 2024-10-118834-00
  Services: occupational therapy (97530), 10/01/2024 - 10/29/2024, 8 visits

The plan says the subscriber ID is not active as of 9/30/2024. If you changed jobs or plans, please send a photo of the front and back of your new card by replying to this email or calling 555-0104. Under state rules your services will continue while we sort this out; there is no cost to you for the period in question.

Sincerely,
Family Cost Participation Unit
State Early Intervention Program
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h, cte="quoted-printable")
    return m, "Nora Fitzgerald"


@reg("phi", "ids")
def ids_hospital_account():
    m = new('"Patient Financial Services" <pfs@%s>' % CHILD,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "RE: audiology balance for EI child")
    body = """Ms. Whitfield,

Thank you for calling. I looked into the account you asked about:

Patient: ROSSI, ISABELLA
Patient acct no.: 7001-448-2219
d.o.b. 14-Mar-23
Guarantor: Vincenzo Rossi
Date of service: 09/26/2024 -- Audiology, ABR under sedation + sedation services
Balance: $1,240.00 (self-pay after Medicaid secondary denial)

The Medicaid secondary was denied because it was submitted with the wrong member ID. I've sent it back for rebilling with the ID you gave me. Please ask the family to disregard the statement they received on 10/15; we've put a 60-day hold on the account so it will not go to collections.

Reference # for this call: PFS-241108-0093

Linda Park
Patient Financial Services, St. Brigid Children's Hospital
555-0155
"""
    text(m, body)
    return m, "ISABELLA ROSSI"


@reg("phi", "ids")
def ids_subject_number():
    m = new('"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            '"EI Data Help Desk" <eidata@%s>' % STATE,
            "Re: 24-0027713 duplicate record")
    body = """Help desk,

Following up on ticket 88412. There are two records for the same child in EI-Track:

  24-0027713  O'SULLIVAN, FINN   dob 9.2.2022
  24-0029940  OSULLIVAN, FINN P  dob 02/09/2022

Same child (mom confirmed the 9th of February; the first record was keyed in European date order by intake). The 0029940 record has his current IFSP with OT and speech, but the Medicaid claims from September went out under 0027713 and the chart # from Eastfield Family Medicine (11-2034) is attached to the wrong one.

Can you merge into 0029940 and keep the service history from both? I don't want his transition notification to the school district to go out twice.

Thanks,
Tanya Brooks-Hill
Service Coordinator, Tri-County EI
"""
    text(m, body, cte="7bit")
    return m, "FINN O'SULLIVAN"


# ===========================================================================
# phi-lists
# ===========================================================================
@reg("phi", "lists")
def lists_space_schedule():
    m = new('"Marisol Vega" <mvega@%s>' % THER,
            '"Yesenia Flores" <frontdesk@%s>' % THER,
            "my schedule next week (confirm calls pls)")
    rows = [
        ["Day", "Time", "Child", "Address / notes", "Visit"],
        ["Mon 11/18", "9:00", "Mateo Alvarez", "88 Quarry Rd #2, knock loud", "OT feeding"],
        ["Mon 11/18", "11:00", "Ximena Torres", "Little Acorns daycare, rm 3", "OT"],
        ["Mon 11/18", "1:30", "Thiago Ramirez", "412 Wren St", "OT sensory"],
        ["Tue 11/19", "10:30", "Kabir Shah", "VIDEO - mom post-op", "OT telehealth"],
        ["Tue 11/19", "1:00", "Liam Okafor", "2290 Ridge Ave (joint w/ Priyanka)", "OT/SLP feeding"],
        ["Wed 11/20", "9:30", "Jun-seo Park", "55 Elm Terr. apt 7", "OT fine motor"],
        ["Wed 11/20", "2:00", "Sophia Nguyen-Lee", "ON HOLD - inpatient", "--"],
        ["Thu 11/21", "9:00", "Maëlys Dubois", "17 Canal St", "OT"],
        ["Thu 11/21", "11:30", "Ibrahim Diallo", "301 Garfield, 3rd fl walkup", "OT + parent coaching"],
        ["Fri 11/22", "10:00", "Thiago Ramirez", "Little Acorns (trial daycare visit)", "OT"],
    ]
    tbl = fixed_table(rows, [11, 6, 19, 38, 20], sep="  ")
    body = """Yesenia,

Here's next week. Can you do the reminder calls Friday? Mateo's mom -- try dad's cell if no answer. Kabir's is video so just text mom the link.

""" + tbl + """

Sophia stays on hold until Sam says otherwise. Thanks!!
M
"""
    text(m, body)
    return m, "Mateo Alvarez"


@reg("phi", "lists")
def lists_tab_transition():
    m = new('"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            '"Lakeshore SC Team" <sc-team@%s>' % LAKE,
            "Transition tracking - turning 2y9m Dec/Jan")
    rows = [
        ["Child", "DOB", "SC", "2y9m date", "LEA notified", "Conf. scheduled", "Notes"],
        ["Nguyen Thi Thu Ha", "03/02/2022", "Whitfield", "12/02/2024", "09/05", "pending", "Vietnamese interp"],
        ["Elias Bergström", "03/20/2022", "Goldberg", "12/20/2024", "09/18", "12/09", "opted out of LEA referral? confirm"],
        ["Zainab Oyelaran", "04/01/2022", "Yusuf", "01/01/2025", "10/02", "no", "mom wants Head Start too"],
        ["Kayden Morales", "04/11/2022", "Kowalski", "01/11/2025", "10/02", "12/16", ""],
        ["Santiago Quispe Mamani", "04/25/2022", "Whitfield", "01/25/2025", "10/15", "no", "Spanish/Quechua"],
        ["Leah Abramowitz", "04/30/2022", "Goldberg", "01/30/2025", "10/15", "no", "hearing aids, TOD involved"],
    ]
    tsv = "\n".join("\t".join(r) for r in rows)
    body = """Team,

Here's everyone turning 2 years 9 months in December and January. Anyone still showing "no" in the conference column needs a date on the calendar by Friday. Please reply-all with updates so I can keep the sheet current.

""" + tsv + """

Reminder: if the family declines the LEA referral we need the signed opt-out in the file BEFORE the notification date.

Gloria
"""
    text(m, body, cte="quoted-printable")
    return m, "Nguyen Thi Thu Ha"


@reg("phi", "lists")
def lists_bar_overdue():
    m = new('"Michelle Tanaka" <mtanaka@%s>' % TRI,
            '"Tri-County SC Team" <sc-all@%s>' % TRI,
            "45-day timeline - overdue and at risk")
    rows = [
        ["Child", "Referral rec'd", "Day 45", "Status", "SC", "Reason / next step"],
        ["Ahmad Rahimi", "09/23", "11/07", "OVERDUE", "Achebe", "eval done, IFSP mtg not sched - family ill"],
        ["Bella Tupou", "09/30", "11/14", "OVERDUE", "Brooks-Hill", "no contact after 3 attempts, letter sent"],
        ["Camila Herrera", "10/07", "11/21", "at risk", "Achebe", "PT eval 11/19, need SLP"],
        ["Dominik Nowak", "10/09", "11/23", "at risk", "Ng", "interpreter (Polish) not confirmed"],
        ["Eun-ji Lim", "10/14", "11/28", "at risk", "Brooks-Hill", "Thanksgiving week, move IFSP to 11/25"],
        ["Faith Mwangi", "10/15", "11/29", "at risk", "Ng", "hospitalized 10/30-11/6; doc family reason"],
    ]
    plain = """Team,

Here's where we are on the 45-day timeline. Two are already overdue. For anything overdue, the reason has to be documented in the contact notes as either a family reason or a program reason -- the state pulls this for the APR and "we ran out of time" is a program reason.

""" + bar_table(rows) + """

Please update me by end of day Wednesday.

Michelle
"""
    h = wrap_html("<p>Team,</p><p>Here's where we are on the 45-day timeline. Two are already overdue. "
                  "For anything overdue, the reason has to be documented in the contact notes as either a family "
                  "reason or a program reason -- the state pulls this for the APR and &quot;we ran out of time&quot; "
                  "is a program reason.</p>" + html_table(rows)
                  + "<p>Please update me by end of day Wednesday.</p><p>Michelle</p>")
    alt(m, plain, h)
    return m, "Ahmad Rahimi"


@reg("phi", "lists")
def lists_csv_referrals():
    m = new('"Lakeshore EI Intake" <intake@%s>' % LAKE,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "Weekly referral log 11/11-11/15",
            cc='"Amina Yusuf" <ayusuf@%s>' % LAKE)
    rows = [
        ["referral_date", "child_last", "child_first", "dob", "referral_source", "concern", "parent_name", "phone", "language", "assigned_sc"],
        ["2024-11-11", "Okonkwo-Adeyemi", "Chidinma", "2024-01-02", "Maple Grove Pediatrics", "gross motor; low tone", "Ngozi Okonkwo-Adeyemi", "555-0131", "English", "Goldberg"],
        ["2024-11-11", "Tran", "Noah", "2024-01-24", "Maple Grove Pediatrics", "failed hearing rescreen R; limited babbling", "Linh Tran", "555-0139", "English", "Yusuf"],
        ["2024-11-12", "Haddad", "Layla", "2023-06-30", "Parent self-referral", "not talking; no pointing", "Rania Haddad", "555-0144", "Arabic", "Whitfield"],
        ["2024-11-12", "Castillo Reyes", "Valentina", "2024-04-15", "St. Brigid NICU follow-up", "27 wk preemie; feeding", "Yamilet Reyes", "555-0146", "Spanish", "Kowalski"],
        ["2024-11-13", "Begay", "Tohoniyah", "2023-02-08", "Child care center (w/ parent consent)", "walking on toes; falls", "Marissa Begay", "555-0148", "English", "Goldberg"],
        ["2024-11-14", "Petrov", "Arseniy", "2022-12-19", "DCS/CAPTA", "substantiated neglect case - CAPTA referral", "foster parent: Dana Hale", "555-0153", "English", "Yusuf"],
        ["2024-11-15", "Ouedraogo", "Awa", "2024-03-03", "Eastfield Family Medicine", "Down syndrome - automatic eligibility", "Salif Ouedraogo", "555-0157", "French", "Whitfield"],
    ]
    text(m, """Gloria, Amina,

Attached is this week's referral log (7 new). Two need interpreters (Arabic, French) and the Petrov referral came through DCS, so foster parent consent only -- please double check the surrogate parent question before the eval.

Joy
Intake, Lakeshore Regional EI
""")
    attach(m, csv_text(rows), "referral_log_2024-11-11_to_11-15.csv", "text/csv")
    return m, "Chidinma Okonkwo-Adeyemi"


@reg("phi", "lists")
def lists_xlsx_caseload():
    m = new('"Laura Benedetti" <lbenedetti@%s>' % THER,
            '"Priyanka Raman" <praman@%s>' % THER,
            "Renata's caseload coverage - spreadsheet",
            cc='"Marisol Vega" <mvega@%s>' % THER)
    rows = [
        ["Child", "DOB", "County", "Service", "Freq", "Day/time", "IFSP review due", "Covering", "Notes"],
        ["Dmitri Volkov-Petrenko", "2022-08-14", "Lakeshore", "Speech", "4x/mo", "Tue 10:00", "2025-05-19", "Priyanka", "grandma interprets Russian"],
        ["Hà Nguyễn", "2022-03-02", "Lakeshore", "Speech", "4x/mo", "Tue 1:30", "2024-12-02", "Priyanka", "transition conf pending"],
        ["Oliver Brennan", "2023-01-27", "Tri-County", "Speech", "2x/mo", "Tue 3:00", "2025-02-10", "Marisol (joint)", "feeding + speech"],
        ["Amara Eze", "2023-05-05", "Tri-County", "Speech", "4x/mo", "Wed 9:00", "2025-01-15", "Priyanka", "AAC trial - Go Talk"],
        ["Rafael Souza Lima", "2022-11-09", "Lakeshore", "Speech", "4x/mo", "Wed 11:00", "2025-03-03", "TBD", "Portuguese; mom prefers WhatsApp"],
    ]
    text(m, """Priyanka,

Attached is the list of Renata's Tuesday/Wednesday kids that need coverage starting 11/19 for the next few months. Renata has some personal things going on -- please don't ask her about it, she'll share when she's ready.

I've put you down for most of them; Rafael's is still TBD. Can you look at the times and tell me by Thursday what works? Marisol is copied for Oliver since it's a joint feeding visit.

Thanks,
Laura
Clinical Director
""")
    attach(m, make_xlsx(rows, "Coverage"), "Renata_coverage_Nov-Feb.xlsx", XLSX)
    return m, "Dmitri Volkov-Petrenko"


@reg("phi", "lists")
def lists_docx_reviews():
    m = new('"Amina Yusuf" <ayusuf@%s>' % LAKE,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "6-month reviews due December (my caseload)")
    table = [
        ["Child", "DOB", "IFSP date", "Review due", "Services", "Family notes"],
        ["Elijah Warsame", "07/20/2022", "11/18/2024", "05/18/2025", "SLP 4x/mo", "Somali interp; grandma attends"],
        ["Aarav Venkataraman", "02/11/2024", "06/14/2024", "12/14/2024", "OT 2x/wk, dietitian consult", "tube wean in progress"],
        ["Zainab Oyelaran", "04/01/2022", "06/20/2024", "12/20/2024", "DT 2x/mo, SLP 2x/mo", "transition 1/1/25"],
        ["Wiktor Zieliński", "09/09/2023", "06/03/2024", "12/03/2024", "PT 2x/mo", "walking now - discuss exit?"],
        ["Khadija Benali", "12/30/2023", "06/28/2024", "12/28/2024", "SLP 2x/mo, audiology f/u", "cochlear implant candidacy eval 1/2025"],
    ]
    doc = make_docx([
        "# Lakeshore Regional Early Intervention",
        "# IFSP six-month reviews due - December 2024 - SC: A. Yusuf",
        "Prepared 11/14/2024. Reviews must be held on or before the due date; document family reason if late.",
    ], table)
    text(m, """Gloria,

Attached are my December reviews. Wiktor might be ready to exit -- PT says he's walking and climbing -- so I'd like to talk through whether we do a review or go straight to a discharge meeting with the family.

Amina
""")
    attach(m, doc, "Yusuf_6mo_reviews_Dec2024.docx", DOCX)
    return m, "Elijah Warsame"


@reg("phi", "lists")
def lists_pdf_missed():
    m = new('"EI-Track Reports" <noreply-reports@%s>' % STATE,
            '"Michelle Tanaka" <mtanaka@%s>' % TRI,
            "Scheduled report: Missed Visits by Provider - October 2024")
    lines = [
        "STATE EARLY INTERVENTION PROGRAM - EI-TRACK",
        "Missed Visits by Provider    Program: Tri-County EI    Period: 10/01/2024 - 10/31/2024",
        "",
        "Provider: Little Steps Rehab",
        "Child ID     Child name               DOS        Service  Therapist       Reason",
        "24-0030114   Sokolova, Emma           10/07/24   PT       Pereira, C      Family cancel - moving",
        "24-0030114   Sokolova, Emma           10/21/24   PT       Pereira, C      Family no-show",
        "23-0027301   Haddad, Yusuf            10/11/24   PT       Pereira, C      Child ill",
        "24-0031207   Rahimi, Ahmad            10/15/24   OT       Whitcombe, H    Family no-show",
        "24-0031207   Rahimi, Ahmad            10/22/24   OT       Whitcombe, H    Family no-show",
        "23-0025118   Brooks, Jaylen           10/24/24   PT       Ostrowski, D    Child hospitalized",
        "",
        "Provider: Kinder Pathways Pediatric Therapy",
        "Child ID     Child name               DOS        Service  Therapist       Reason",
        "24-0029032   Nguyen-Lee, Sophia       10/28/24   OT       Vega, M         Child hospitalized",
        "24-0029032   Nguyen-Lee, Sophia       10/30/24   SLP      Raman, P        Child hospitalized",
        "24-0030877   Williams, Devontae       10/14/24   DT       Kaminski, R     Family no-show",
        "24-0030877   Williams, Devontae       10/28/24   DT       Kaminski, R     Family no-show",
        "23-0026650   Brennan, Oliver          10/09/24   SLP      Kaminski, R     Provider cancel",
        "",
        "Total missed visits: 11   Family reason: 6   Provider reason: 1   Child ill/hospitalized: 4",
        "",
        "CONFIDENTIAL - contains personally identifiable information from early intervention records.",
    ]
    text(m, """This is an automated report from EI-Track. The report you scheduled is attached.

Report: Missed Visits by Provider
Parameters: Program = Tri-County EI; Period = October 2024

Do not reply to this message.
""")
    attach(m, make_pdf(lines, title="Missed Visits by Provider - October 2024", font_size=8),
           "MissedVisits_TriCounty_2024-10.pdf", "application/pdf")
    return m, "Emma Sokolova"


# ===========================================================================
# phi-struct
# ===========================================================================
def x12(sender, receiver, gs_code, version, tx_segments_list, ctl, date="241101", time="0930",
        seg_term="~\n"):
    isa = ("ISA*00*" + " " * 10 + "*00*" + " " * 10 + "*ZZ*" + sender.ljust(15) + "*ZZ*"
           + receiver.ljust(15) + "*" + date + "*" + time + "*^*00501*" + str(ctl).zfill(9)
           + "*0*P*:")
    segs = [isa, "GS*%s*%s*%s*20%s*%s*%d*X*%s" % (gs_code, sender, receiver, date, time, ctl, version)]
    for n, tx in enumerate(tx_segments_list, 1):
        stc = str(n).zfill(4)
        body = [tx[0].replace("{ST}", stc)] + tx[1:]
        segs.extend(body)
        segs.append("SE*%d*%s" % (len(body) + 1, stc))
    segs.append("GE*%d*%d" % (len(tx_segments_list), ctl))
    segs.append("IEA*1*%s" % str(ctl).zfill(9))
    return seg_term.join(segs) + seg_term.strip("\n")


@reg("phi", "struct")
def struct_hl7_ref_pasted():
    m = new('"Lakeshore EI Intake" <intake@%s>' % LAKE,
            '"EI-Track Interface Support" <interfaces@%s>' % STATE,
            "REF message from Maple Grove not creating referral record")
    hl7 = "\r\n".join([
        "MSH|^~\\&|MGPEDS_EHR|MAPLEGROVE|EITRACK|STATEEI|20241113101544||REF^I12^REF_I12|MG20241113101544093|P|2.5.1",
        "RF1|A^Accepted^HL70283|R^Routine^HL70280|EI^Early Intervention^L|O^Outgoing^HL70282|RF24111300171||20241113|20250513",
        "PRD|RP^Referring Provider^HL70286|Farrow^Elaine^M^^^MD|410 Birchwood Ave^Suite 2^Eastfield^WI^53014||^WPN^PH^^^608^5550166|1629384750^^^NPI",
        "PRD|RT^Referred To Provider^HL70286|Lakeshore Regional Early Intervention||||",
        "PID|1||00517722^^^MGPEDS^MR~7740031266^^^WIMCD^MA||Begay^Tohoniyah^R^^^^L||20230208|F|||2280 Sage Hill Rd^^Eastfield^WI^53014||^PRN^PH^^^608^5550148|||||||||||",
        "NK1|1|Begay^Marissa|MTH^Mother^HL70063|2280 Sage Hill Rd^^Eastfield^WI^53014|^PRN^PH^^^608^5550148||",
        "DG1|1||R26.89^Other abnormalities of gait and mobility^I10|||W",
        "DG1|2||R62.0^Delayed milestone in childhood^I10|||W",
        "NTE|1||Toe walking since onset of independent walking at 14 mo, frequent falls, cannot jump with both feet. Parent requests home-based services; child attends Sunflower Child Care Center M-F.",
    ])
    body = """Hi interface team,

The referral below came in from Maple Grove's EHR this morning (we got the ACK on their side) but no referral record was created in EI-Track and nothing shows in the intake queue. Pasting the raw message from the interface log. Could the NK1 segment without a phone type be the problem? We had that last month with a different practice.

We've entered this one by hand in the meantime so the family isn't held up, but please don't let the interface create a duplicate when you reprocess.

""" + hl7.replace("\r\n", "\n") + """

Thanks,
Joy Mercado
Intake Specialist, Lakeshore Regional EI | 555-0114 ext. 10
"""
    text(m, body)
    return m, "Tohoniyah R Begay"


@reg("phi", "struct")
def struct_hl7_oru_attached():
    m = new('"St. Brigid Audiology" <audiology@%s>' % CHILD,
            '"Lakeshore EI Intake" <intake@%s>' % LAKE,
            "Results: diagnostic ABR",
            cc='"Maple Grove Pediatrics - Referrals" <referrals@%s>' % PEDS)
    hl7 = "\r".join([
        "MSH|^~\\&|EPIC|STBRIGID|EITRACK|STATEEI|20241114123007||ORU^R01^ORU_R01|SBC1114123007552|P|2.5.1",
        "PID|1||SB2209871^^^STBRIGID^MR~00519104^^^MGPEDS^MR||Tran^Noah^Quang||20240124|M|||77 Lilac Way^^Eastfield^WI^53014||^PRN^CP^^^608^5550139",
        "PV1|1|O|AUD^SEDATION^01^STBRIGID||||1336509872^Mensah^Kofi^^^AuD|1629384750^Farrow^Elaine^^^MD",
        "ORC|RE|ORD558102|RES771409||CM",
        "OBR|1|ORD558102|RES771409|92652^Auditory evoked potentials, threshold^CPT|||20241114080500|||||||||1336509872^Mensah^Kofi^^^AuD||||||20241114122900|||F",
        "OBX|1|TX|ABR-R^Right ear click/tone burst ABR^L||Thresholds 55-65 dB nHL 500-4000 Hz; replicable wave V; consistent with moderate sensorineural hearing loss||||||F",
        "OBX|2|TX|ABR-L^Left ear click/tone burst ABR^L||Thresholds 20-25 dB nHL 500-4000 Hz; within normal limits||||||F",
        "OBX|3|TX|TYMP^Tympanometry^L||Type A bilaterally||||||F",
        "OBX|4|TX|REC^Recommendations^L||Refer to EI; amplification candidacy (R); ENT/genetics referral; CMV status review; repeat audiogram 3 mo||||||F",
        "NTE|1||Sedation uneventful. Results reviewed with mother at discharge. Interpreter not needed.",
    ]) + "\r"
    text(m, """Attached please find final results for the diagnostic auditory brainstem response completed 11/14/2024.

This message was sent from the St. Brigid Children's Hospital secure results service. If you received it in error, please notify audiology@stbrigidchildrens.example and delete it.
""")
    attach(m, hl7.encode("ascii"), "ORU_SBC1114123007552.hl7", "application/hl7-v2")
    return m, "Noah Quang Tran"


@reg("phi", "struct")
def struct_837_835():
    clm = [
        "ST*837*{ST}*005010X222A1",
        "BHT*0019*00*KP20241101A*20241101*0930*CH",
        "NM1*41*2*KINDER PATHWAYS PEDIATRIC THERAPY*****46*KP0042",
        "PER*IC*BILLING OFFICE*TE*6085550188",
        "NM1*40*2*CAREBRIDGE HEALTH PLAN*****46*CBH01",
        "HL*1**20*1",
        "NM1*85*2*KINDER PATHWAYS PEDIATRIC THERAPY*****XX*1386920547",
        "N3*2200 ORCHARD PARK RD STE 140",
        "N4*EASTFIELD*WI*530140000",
        "REF*EI*871234567",
        "HL*2*1*22*0",
        "SBR*P*18*******MC",
        "NM1*IL*1*EZE*AMARA****MI*7740058812",
        "N3*915 CEDAR GLEN DR",
        "N4*EASTFIELD*WI*53014",
        "DMG*D8*20230505*F",
        "NM1*PR*2*CAREBRIDGE HEALTH PLAN*****PI*CBH01",
        "CLM*KP118204*480***12:B:1*Y*A*Y*Y",
        "REF*G1*PA24-1002-5510",
        "HI*ABK:F801*ABF:F802",
        "NM1*82*1*RAMAN*PRIYANKA****XX*1932047716",
        "PRV*PE*PXC*235Z00000X",
        "LX*1", "SV1*HC:92507:TL*120*UN*1***1", "DTP*472*D8*20241007",
        "LX*2", "SV1*HC:92507:TL*120*UN*1***1", "DTP*472*D8*20241014",
        "LX*3", "SV1*HC:92507:TL*120*UN*1***1", "DTP*472*D8*20241021",
        "LX*4", "SV1*HC:92507:TL*120*UN*1***1", "DTP*472*D8*20241028",
    ]
    era = [
        "ST*835*{ST}",
        "BPR*I*432*C*ACH*CCP*01*999000111*DA*4410028873*1840572291**01*999000222*DA*552019334*20241122",
        "TRN*1*EFT0093381702*1840572291",
        "DTM*405*20241120",
        "N1*PR*CAREBRIDGE HEALTH PLAN",
        "N1*PE*KINDER PATHWAYS PEDIATRIC THERAPY*XX*1386920547",
        "LX*1",
        "CLP*KP118204*1*480*432**MC*2024325118870*12*1",
        "NM1*QC*1*EZE*AMARA****MI*7740058812",
        "NM1*82*1*RAMAN*PRIYANKA****XX*1932047716",
        "DTM*232*20241007", "DTM*233*20241028",
        "SVC*HC:92507:TL*120*108**1", "DTM*472*20241007", "CAS*CO*45*12",
        "SVC*HC:92507:TL*120*108**1", "DTM*472*20241014", "CAS*CO*45*12",
        "SVC*HC:92507:TL*120*108**1", "DTM*472*20241021", "CAS*CO*45*12",
        "SVC*HC:92507:TL*120*108**1", "DTM*472*20241028", "CAS*CO*45*12",
    ]
    f837 = x12("KINDERPATH", "CAREBRIDGE", "HC", "005010X222A1", [clm], 4417)
    f835 = x12("CAREBRIDGE", "KINDERPATH", "HP", "005010X221A1", [era], 88120, date="241122", time="0415")
    m = new('"Kinder Pathways Billing" <billing@%s>' % THER,
            '"EI Billing Unit" <eibilling@%s>' % STATE,
            "837/835 for reconciliation - claim KP118204")
    text(m, """Hello,

As requested for the October reconciliation, attached are the 837P we submitted for claim KP118204 and the matching 835 from CareBridge. The MCO paid $108/visit against the $120 EI rate, so the state's gap payment of $48 total should post for this child. Our remittance shows it as CO-45 on each line.

Let me know if you need the other October claims pulled the same way.

Thank you,
Sheryl Adams
Billing Specialist, Kinder Pathways Pediatric Therapy
555-0188 x 201
""")
    attach(m, f837, "KP_837P_20241101_4417.txt", "text/plain")
    attach(m, f835, "CBH_835_20241122_88120.x12", "application/edi-x12")
    return m, "AMARA EZE"


@reg("phi", "struct")
def struct_271_pasted():
    resp = x12("CAREBRIDGE", "STATEEI", "HB", "005010X279A1", [[
        "ST*271*{ST}*005010X279A1",
        "BHT*0022*11*EL24111800331*20241118*1022",
        "HL*1**20*1",
        "NM1*PR*2*WI MEDICAID FFS*****PI*WIMCD",
        "HL*2*1*21*1",
        "NM1*1P*2*STATE EARLY INTERVENTION PROGRAM*****XX*1720456981",
        "HL*3*2*22*0",
        "TRN*2*EL24111800331*1720456981",
        "NM1*IL*1*CASTILLO REYES*VALENTINA****MI*7740062207",
        "N3*640 MILLBROOK AVE APT 12",
        "N4*EASTFIELD*WI*53014",
        "DMG*D8*20240415*F",
        "DTP*346*D8*20240415",
        "EB*1*IND*30**NEWBORN/CHILD MEDICAID",
        "DTP*291*RD8*20240415-20250430",
        "EB*R*IND*30*HM*CAREBRIDGE HEALTH PLAN",
        "LS*2120",
        "NM1*PRP*2*CAREBRIDGE HEALTH PLAN*****PI*CBH01",
        "PER*IC*PROVIDER SERVICES*TE*6085550100",
        "LE*2120",
        "MSG*MCO ENROLLMENT EFFECTIVE 20241101",
    ]], 331, date="241118", time="1022", seg_term="~\n")
    m = new('"Denise Kowalski" <dkowalski@%s>' % LAKE,
            '"EI Billing Unit" <eibilling@%s>' % STATE,
            "eligibility check - Valentina Castillo Reyes - MCO switch?")
    body = """Hi,

I ran eligibility for Valentina Castillo Reyes this morning before her IFSP meeting. Mom told me she's straight Medicaid (fee for service), but the 271 says she was enrolled in CareBridge as of 11/1. Her NICU follow-up and feeding therapy are supposed to start next week so I want to make sure the provider bills the right payer.

Raw response from the portal:

""" + resp + """

Do I need to do anything, or will the system pick up the MCO from the monthly 834?

Thanks,
Denise
"""
    text(m, body)
    return m, "VALENTINA CASTILLO REYES"


@reg("phi", "struct")
def struct_fhir_json():
    bundle = {
        "resourceType": "Bundle",
        "id": "mg-ref-20241112-0044",
        "type": "transaction",
        "timestamp": "2024-11-12T15:20:11-06:00",
        "entry": [
            {"fullUrl": "urn:uuid:3f1c9a2e-5d07-4b8e-9a61-2c4f7e9b1d30",
             "resource": {
                 "resourceType": "Patient",
                 "identifier": [
                     {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "type": {"text": "MRN"}, "value": "00521846"},
                     {"system": "urn:oid:2.16.840.1.113883.3.9921.77", "type": {"text": "Medicaid ID"}, "value": "7740059930"}],
                 "name": [{"family": "Haddad", "given": ["Layla"]}],
                 "gender": "female",
                 "birthDate": "2023-06-30",
                 "address": [{"line": ["19 Quarry Hill Rd"], "city": "Eastfield", "state": "WI", "postalCode": "53014"}],
                 "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "ar"}]}, "preferred": True}],
                 "contact": [{"relationship": [{"text": "mother"}],
                              "name": {"family": "Haddad", "given": ["Rania"]},
                              "telecom": [{"system": "phone", "value": "608-555-0144", "use": "mobile"}]}]}},
            {"fullUrl": "urn:uuid:9b7e4d11-0c3a-4f55-8e2d-6a1b3c5d7e90",
             "resource": {
                 "resourceType": "Observation",
                 "status": "final",
                 "code": {"text": "M-CHAT-R/F total score"},
                 "subject": {"reference": "urn:uuid:3f1c9a2e-5d07-4b8e-9a61-2c4f7e9b1d30"},
                 "effectiveDateTime": "2024-11-12",
                 "valueInteger": 9,
                 "interpretation": [{"text": "High risk"}]}},
            {"fullUrl": "urn:uuid:c2d8f6a4-71e9-4b03-b5c8-0e9f2a4d6b18",
             "resource": {
                 "resourceType": "ServiceRequest",
                 "status": "active",
                 "intent": "order",
                 "code": {"text": "Referral to Part C Early Intervention"},
                 "subject": {"reference": "urn:uuid:3f1c9a2e-5d07-4b8e-9a61-2c4f7e9b1d30"},
                 "authoredOn": "2024-11-12",
                 "requester": {"display": "Elaine Farrow, MD"},
                 "reasonCode": [{"text": "No words at 16 months, no pointing, M-CHAT-R high risk; also refer to developmental pediatrics"}],
                 "note": [{"text": "Parents speak Arabic; father also English. Please call father Karim 608-555-0145."}]},
             "request": {"method": "POST", "url": "ServiceRequest"}},
        ],
    }
    m = new('"Interface Engine Alerts" <ie-alerts@%s>' % PEDS,
            '"EI-Track Interface Support" <interfaces@%s>' % STATE,
            "[ALERT] FHIR transaction rejected (422) - bundle mg-ref-20241112-0044")
    text(m, """Interface engine alert

Channel:    MG_FHIR_EI_REFERRAL_OUT
Endpoint:   https://fhir.eitrack.dds.state-ei.example/r4/
HTTP:       422 Unprocessable Entity
OperationOutcome: ServiceRequest.requester must be a Reference with a resolvable Practitioner (NPI required)
Retries:    3 of 3 exhausted, message moved to error queue

The rejected payload is attached. Reply to this alert or call the on-call integration analyst at 555-0169.
""")
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False), "mg-ref-20241112-0044.json", "application/fhir+json")
    return m, "Layla Haddad"


@reg("phi", "struct")
def struct_keyvalue_form():
    m = new('"Child Find Web Form" <webforms@%s>' % STATE,
            '"Lakeshore EI Intake" <intake@%s>' % LAKE,
            "New self-referral submission #CF-2024-11-4471",
            reply_to='"Yamilet Reyes" <yreyes.fam@%s>' % GMAIL)
    plain = """A new form was submitted on the Child Find website.

Form: Refer a Child to Early Intervention
Submission ID: CF-2024-11-4471
Submitted: 11/16/2024 9:47 PM
Region (from ZIP): Lakeshore

--- Child ---
Child first name: Santiago
Child last name: Quispe Mamani
Date of birth: 04/25/2022
Sex: Male
Languages spoken at home: Spanish, Quechua
Interpreter needed: Yes - Spanish

--- Parent / guardian ---
Name: Yolanda Mamani Ccori
Relationship: Mother
Phone: 608-555-0163
Best time to call: after 5pm
Email: (none)
Address: 2207 Prairie View Dr, Apt 4, Eastfield WI 53014

--- Concerns ---
What are you worried about?: he only says 3 words, in daycare they say he does not play with the other kids and he covers his ears a lot. he cries very long when we change the routine
Has a doctor seen your child for this?: Yes
Child's doctor / clinic: Eastfield Family Medicine, Dr. Okoro
Health insurance: Medicaid (CareBridge) ID 7740048813
Anything else?: he was born at 34 weeks, was in NICU 10 days

--- Consent ---
I agree to be contacted by the early intervention program: Yes
"""
    h = wrap_html("<h3>New Child Find submission</h3>" + "<table>" + "".join(
        "<tr><td><b>%s</b></td><td>%s</td></tr>" % (_x(k.strip()), _x(v.strip()))
        for k, v in (l.split(":", 1) for l in plain.splitlines() if ": " in l and not l.startswith("---"))
    ) + "</table>")
    alt(m, plain, h)
    return m, "Santiago Quispe Mamani"


@reg("phi", "struct")
def struct_fixedwidth_zip():
    recs = [
        # id, last, first, dob, sex, entry, exit, cos entry (1-3), cos exit (1-3), exit reason
        ("2300251180", "BROOKS", "JAYLEN", "20220304", "M", "20221115", "20241104", "346", "   ", "DECEASED"),
        ("2300266500", "BRENNAN", "OLIVER", "20230127", "M", "20230814", "        ", "435", "   ", ""),
        ("2400271300", "OSULLIVAN", "FINN", "20220209", "M", "20240122", "        ", "545", "   ", ""),
        ("2300281740", "ZIELINSKI", "WIKTOR", "20230909", "M", "20240603", "20241212", "554", "677", "COMPLETED IFSP PRIOR TO MAX AGE"),
        ("2400290320", "NGUYEN-LEE", "SOPHIA", "20230618", "F", "20240410", "        ", "223", "   ", ""),
        ("2400300200", "LINDQVIST", "HARPER", "20231003", "F", "20240715", "        ", "435", "   ", ""),
        ("2300244310", "ABRAMOWITZ", "LEAH", "20220430", "F", "20230102", "        ", "344", "   ", ""),
    ]
    lines = ["H EITRACK COS EXPORT PROGRAM=TRICOUNTY PERIOD=FFY2025Q1 RUN=20241201 0215"]
    for r in recs:
        lines.append("D" + r[0].ljust(10) + r[1].ljust(16) + r[2].ljust(12) + r[3] + r[4] + r[5]
                     + r[6].ljust(8) + r[7] + r[8] + r[9].ljust(32))
    lines.append("T%07d" % len(recs))
    layout = """COS EXPORT RECORD LAYOUT (fixed width, 1 record per line)
pos  len  field
1    1    record type (H/D/T)
2    10   EI child ID
12   16   last name
28   12   first name
40   8    date of birth CCYYMMDD
48   1    sex
49   8    program entry date
57   8    program exit date (blank if active)
65   3    COS entry ratings: outcome 1/2/3 (1-7 scale)
68   3    COS exit ratings
71   32   exit reason
"""
    z = make_zip([("TRICOUNTY_COS_FFY2025Q1.txt", "\r\n".join(lines) + "\r\n"),
                  ("LAYOUT.txt", layout)])
    m = new('"Part C Data Manager" <partc-data@%s>' % STATE,
            '"Michelle Tanaka" <mtanaka@%s>' % TRI,
            "Child Outcomes export for verification - Tri-County (due 12/13)")
    text(m, """Michelle,

Attached is the Child Outcomes Summary extract for Tri-County for this quarter, in the usual fixed-width layout (layout file included in the zip). Please have your SCs verify entry and exit ratings and exit reasons for every child on the list and send corrections by 12/13. Children who exited without exit ratings will count as missing data in the APR.

Note Jaylen Brooks' record is in the file with exit reason "deceased" -- no exit COS is needed for him, but please make sure the exit date matches your records.

Thanks,
Part C Data Team
State Early Intervention Program
""" + "\n" + CONF_STATE + "\n")
    attach(m, z, "TRICOUNTY_COS_FFY2025Q1.zip", "application/zip")
    return m, "JAYLEN BROOKS"


# ===========================================================================
# phi-lang
# ===========================================================================
@reg("phi", "lang")
def lang_spanish():
    m = new('"Yamilet Reyes" <yreyes.fam@%s>' % GMAIL,
            '"Denise Kowalski" <dkowalski@%s>' % LAKE,
            "Valentina - cita con la pediatra y la terapia de alimentación",
            subject_charset="iso-8859-1")
    body = """Buenas tardes Sra. Denise,

Le escribo para avisarle que ayer Valentina tuvo su cita con la Dra. Farrow en Maple Grove. Le cambiaron la fórmula a una especial (Neocate) porque seguía vomitando después de casi todas las tomas. Ahora pesa 5.2 kilos, subió 300 gramos desde el mes pasado, gracias a Dios.

La doctora dijo que la terapeuta de alimentación tiene que saber del cambio de fórmula antes de la visita del martes. ¿Usted le puede avisar? Yo no tengo su correo.

También le quería preguntar: el seguro me mandó una carta que dice que ahora Valentina está con CareBridge. ¿Eso cambia algo con las terapias? No quiero que le quiten las visitas.

El martes estoy en casa todo el día. Mi esposo no habla inglés, así que si llaman por teléfono mejor a mi número, 555-0146.

Muchas gracias por todo,
Yamilet Reyes
(mamá de Valentina Castillo Reyes)
"""
    text(m, body, charset="iso-8859-1", cte="quoted-printable")
    return m, "Valentina Castillo Reyes"


@reg("phi", "lang")
def lang_vietnamese():
    m = new('"Lan Nguyen" <nguyenthilan.82@%s>' % YMAIL,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "Xin hoãn buổi trị liệu thứ Ba - bé Hà")
    body = """Chào cô Gloria,

Tôi là Lan, mẹ của bé Nguyễn Thị Thu Hà. Hà bị sốt cao hai ngày nay (39 độ), hôm qua tôi đưa bé đi khám ở Maple Grove. Bác sĩ nói bé bị viêm tai giữa bên phải và cho uống thuốc kháng sinh amoxicillin 10 ngày.

Xin cô cho hoãn buổi trị liệu ngôn ngữ với cô Priyanka vào thứ Ba tuần này. Tuần sau bé khỏe thì mình học lại bình thường.

Còn buổi họp chuyển tiếp với trường Riverbend, tôi và chồng tôi đi được ngày thứ Tư 20/11 buổi chiều. Nhờ cô xin thông dịch viên tiếng Việt giúp, chồng tôi không nói được tiếng Anh nhiều.

Cảm ơn cô rất nhiều.
Lan
(Nguyễn Thị Lan - 555-0135)
"""
    text(m, body, charset="utf-8", cte="quoted-printable")
    return m, "Nguyễn Thị Thu Hà"


@reg("phi", "lang")
def lang_russian():
    m = new('"Галина Волкова" <g.volkova1958@%s>' % HOT,
            '"Amina Yusuf" <ayusuf@%s>' % LAKE,
            "Дима Волков-Петренко - перенос занятия",
            subject_charset="koi8-r", frm_charset="koi8-r")
    body = """Здравствуйте, Амина!

Пишу от имени сына, он плохо читает по-английски. Это бабушка Димы Волкова-Петренко.

Во-первых, спасибо: после вчерашнего занятия с логопедом Дима впервые сам сказал «дай» и «ещё». Мы все очень рады.

Во-вторых, невролог в детской больнице назначил Диме ЭЭГ на 3 декабря в 9 утра, а занятие с логопедом у нас по вторникам в 10. Можно ли перенести занятие на 4 декабря или на любой другой день этой недели?

И ещё вопрос: врач сказал, что Диме нужно пить мелатонин перед сном, потому что он просыпается по 4-5 раз за ночь. Нужно ли об этом сообщать в программу?

С уважением,
Галина Петровна Волкова
тел. 555-0178
"""
    text(m, body, charset="windows-1251", cte="base64")
    return m, "Дима Волков-Петренко"


@reg("phi", "lang")
def lang_chinese():
    m = new('"Chen Mei" <chenmei_family@%s>' % GMAIL,
            '"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            "陈雨轩 物理治疗的问题",
            subject_charset="gb2312")
    body = """Tanya 老师您好，

我是陈雨轩的妈妈。雨轩上个星期在儿童医院看了骨科医生。医生说他走路的时候脚尖着地，需要做矫形鞋垫，还要每天做拉伸运动。

物理治疗师 Ben 老师建议我们先买一双新的鞋子，然后再做鞋垫。请问 Medicaid 会付鞋垫的钱吗？医生给的单子上写的是 L3000。

另外，雨轩最近开始自己用勺子吃饭了，语言方面也会说两个字的词了，比如"妈妈抱"、"要水"。我们很高兴。

下次家访能不能改在星期五下午？星期四我要带他去抽血复查。

谢谢您！
陈梅
电话：555-0193
"""
    text(m, body, charset="gb2312", cte="base64")
    return m, "陈雨轩"


@reg("phi", "lang")
def lang_arabic():
    m = new('"Rania Haddad" <rania.haddad@%s>' % GMAIL,
            '"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            "بخصوص تقييم ليلى حداد")
    ar = """مرحباً السيدة غلوريا،

أنا رانيا حداد، والدة ليلى حداد (عمرها ١٦ شهراً). طبيبة الأطفال الدكتورة فارو قالت إن ليلى تحتاج إلى تقييم لأنها لا تتكلم ولا تشير بإصبعها، وأعطتنا استبياناً وكانت النتيجة مرتفعة.

هل يمكن أن يكون موعد التقييم في البيت يوم الخميس صباحاً؟ زوجي كريم يعمل يوم الخميس بعد الظهر.

من فضلك نحتاج مترجماً عربياً أثناء التقييم لأن جدة ليلى تعيش معنا وهي لا تتكلم الإنجليزية، وهي التي تعتني بليلى طوال اليوم.

شكراً جزيلاً،
رانيا
هاتف: 555-0144
"""
    plain = ar
    h = ("<html><head><meta charset=\"utf-8\"></head><body dir=\"rtl\" style=\"font-family:Tahoma,Arial;font-size:13px\">"
         + p2h(ar) + "</body></html>")
    alt(m, plain, h, cte="base64")
    return m, "ليلى حداد"


@reg("phi", "lang")
def lang_haitian():
    m = new('"Marie-Claude Joseph" <mcjoseph@%s>' % YMAIL,
            '"Tanya Brooks-Hill" <tbrookshill@%s>' % TRI,
            "Stanley - vizit jedi a")
    body = """Bonjou Madam Tanya,

Se manman Stanley Joseph k ap ekri w. Mwen regrèt, mwen pa t lakay lendi pou vizit terapi a paske mwen te lopital ak ti bebe a tout jounen.

Doktè a te wè Stanley vandredi pase. Li di Stanley gen anemi, li ba l fè (iron) pou l pran chak maten ak ji zoranj. Li vle fè yon lòt tès san nan 2 mwa. Li di tou Stanley pa pran ase pwa.

Èske terapis la ka vini jedi a nan apremidi? Apre 2è mwen lakay.

Pitit mwen an kòmanse di kèk mo: "manman", "dlo", "ba m". Mwen kontan anpil.

Mèsi anpil,
Marie-Claude Joseph
555-0128
"""
    text(m, body, charset="utf-8", cte="8bit")
    return m, "Stanley Joseph"


@reg("phi", "lang")
def lang_portuguese():
    m = new('"Juliana Souza" <ju.souza.lima@%s>' % GMAIL,
            '"Priyanka Raman" <praman@%s>' % THER,
            "Rafael - relatório do neuropediatra",
            subject_charset="windows-1252")
    plain = """Olá Priyanka, tudo bem?

Aqui é a Juliana, mãe do Rafael Souza Lima. A Laura me passou seu e-mail porque a Renata vai ficar afastada por um tempo.

Ontem o Rafael fez a consulta com o neuropediatra no St. Brigid. Ele pediu uma ressonância e um exame genético (microarray) e vai encaminhar para a avaliação de autismo, mas a fila é de 6 meses. Ele disse que é muito importante continuar a fonoaudiologia toda semana enquanto isso.

O Rafael está usando bem o tablet de comunicação que a Renata começou: ele já pede "água", "mais" e "parque" sozinho.

Você pode vir nas quartas às 11h, como era com a Renata? Se precisar falar comigo, pode mandar mensagem no WhatsApp (555-0171), é mais fácil para mim.

Obrigada!
Juliana
"""
    h = wrap_html(p2h(plain), font="Verdana", size="10pt").replace("charset=utf-8", "charset=windows-1252")
    alt(m, plain, h, charset="windows-1252", cte="quoted-printable")
    return m, "Rafael Souza Lima"


@reg("phi", "lang")
def lang_taglish():
    m = new('"Maricel Bautista" <maricel.bautista@%s>' % HOT,
            '"Hannah Whitcombe" <hwhitcombe@%s>' % STEPS,
            "Re: OT tomorrow",
            in_reply_to=msgid(STEPS))
    body = """Hi Ms. Hannah, si Maricel po ito, mommy ni Miguel Bautista.

Pasensya na po, hindi kami makakapag-OT bukas kasi nilagnat si Miguel kagabi, 39.2 yung temp niya. Dinala ko siya sa urgent care kaninang umaga, sabi ng doctor viral lang daw pero binigyan siya ng nebulizer kasi may wheezing. Kailangan daw 3x a day for 5 days.

Pwede po ba i-move sa Friday yung session? Kahit afternoon po, nasa bahay naman si lola.

Also po, yung weighted vest na pinahiram niyo, ginagamit namin during meals and mas nakakaupo na siya nang matagal, mga 10 minutes na. Thank you po talaga!

Maricel

On Mon, Nov 18, 2024, Hannah Whitcombe <hwhitcombe@littlestepsrehab.example> wrote:
> Hi Maricel! Just confirming OT tomorrow (Tue) at 10:00. See you then. -Hannah
"""
    text(m, body, cte="quoted-printable")
    return m, "Miguel Bautista"


# ===========================================================================
# clean-staff
# ===========================================================================
@reg("clean", "staff")
def staff_oncall():
    m = new('"Michelle Tanaka" <mtanaka@%s>' % TRI,
            '"Tri-County EI - All Staff" <allstaff@%s>' % TRI,
            "Thanksgiving week coverage + after-hours phone")
    rows = [
        ["Date", "Office coverage", "After-hours phone", "Backup"],
        ["Mon 11/25", "Sam Achebe", "Sam Achebe (555-0131)", "Tanya Brooks-Hill"],
        ["Tue 11/26", "Tanya Brooks-Hill", "Tanya Brooks-Hill (555-0132)", "Vivian Ng"],
        ["Wed 11/27", "Vivian Ng (till 1pm)", "Vivian Ng (555-0133)", "Michelle Tanaka"],
        ["Thu 11/28", "CLOSED", "Michelle Tanaka (555-0130)", "--"],
        ["Fri 11/29", "CLOSED", "Michelle Tanaka (555-0130)", "--"],
    ]
    body = """Hi all,

Here's coverage for Thanksgiving week. The office closes at 1:00 on Wednesday and is closed Thursday and Friday.

""" + fixed_table(rows, [11, 22, 30, 18]) + """

Reminder: the after-hours phone is for families who can't reach their SC and for provider emergencies (e.g., a therapist can't get into a home and is worried). It is NOT for rescheduling. Anything clinical that's urgent -- tell the family to call their pediatrician or 911 and document that you did.

If you're taking PTO that week and haven't put it in the HR portal yet, please do it by Friday.

Michelle
"""
    text(m, body, cte="7bit")
    return m, ""


@reg("clean", "staff")
def staff_directory_html():
    m = new('"Laura Benedetti" <lbenedetti@%s>' % THER,
            '"Lakeshore SC Team" <sc-team@%s>, "Tri-County SC Team" <sc-all@%s>' % (LAKE, TRI),
            "Updated Kinder Pathways therapist directory - Nov 2024")
    rows = [
        ["Name", "Discipline / credentials", "Cell", "Counties", "Languages", "Accepting new?"],
        ["Priyanka Raman", "Speech, M.S., CCC-SLP", "555-0161", "Lakeshore, Tri-County", "English, Hindi, Tamil", "Yes (2)"],
        ["Renata Kaminski", "Speech, M.S., CCC-SLP", "555-0162", "Lakeshore", "English, Polish", "No"],
        ["Marisol Vega", "OT, OTR/L, feeding cert.", "555-0163", "Tri-County", "English, Spanish", "Yes (1)"],
        ["Yuki Harrington", "OT, OTD, OTR/L", "555-0164", "Lakeshore", "English, Japanese", "Yes (3)"],
        ["Kwame Asante", "Developmental Therapist, M.Ed.", "555-0165", "Tri-County", "English, Twi", "Yes (4)"],
        ["Sofía Beltrán", "SLP-CF (supervised by P. Raman)", "555-0167", "Lakeshore", "English, Spanish", "Yes (5)"],
    ]
    h = wrap_html("<p>Hi SCs,</p><p>Here's our current directory. Please use the cell numbers only for same-day "
                  "scheduling issues; everything else can go through the front desk (555-0188).</p>"
                  + html_table(rows)
                  + "<p>Sofía just started her clinical fellowship year and is building a caseload, so she's the best bet "
                  "for Spanish-speaking families in Lakeshore who need speech.</p>"
                  "<p>Laura Benedetti, MS, OTR/L<br>Clinical Director, Kinder Pathways Pediatric Therapy</p>")
    html(m, h)
    return m, ""


@reg("clean", "staff")
def staff_meeting_notes_clinical():
    m = new('"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            '"Lakeshore SC Team" <sc-team@%s>' % LAKE,
            "Notes from Tuesday team meeting - feeding referrals")
    body = """Notes from Tuesday (thanks Rachel for taking them):

1. Feeding referrals -- general guidance
   - We're seeing more referrals where the only concern is "picky eater." Screen with the feeding questions on the intake form before assigning an OT evaluation.
   - Red flags that should go straight to the pediatrician, not wait for us: weight loss, coughing or choking with most feeds, a child refusing all liquids, blood in stool. Tell the family to call the doctor the same day and document it.
   - Children with tube feeds: the OT and the dietitian should both be on the IFSP team. We don't change anything about the feeding plan without the medical team.

2. Interpreters
   - The phone interpreter line now has Somali, Quechua and Karen. Video is available for ASL with 48 hours' notice.
   - Please don't use siblings to interpret, even for scheduling.

3. Natural environments
   - Reminder that clinic-based services need a justification in the IFSP. "Parent prefers" alone doesn't meet the bar per the state TA call last month.

4. Next meeting: Dec 10, 9:00, big conference room. Amina is presenting on the new COS process.

Gloria
"""
    text(m, body)
    return m, ""


@reg("clean", "staff")
def staff_pto_requests():
    m = new('"Rob Delaney" <rdelaney@%s>' % STEPS,
            '"Little Steps Therapists" <therapists@%s>' % STEPS,
            "Holiday PTO - approved list (Dec 20 - Jan 3)")
    body = """Team,

Here's who is out over the holidays. If your dates are wrong, tell me by Friday.

  Carla Pereira, PT ........... Dec 23 - Dec 27
  Ben Osei, PT, DPT ........... Dec 30 - Jan 3
  Hannah Whitcombe, OTR/L ..... Dec 20 - Dec 24
  Derek Ostrowski, PT ......... working all days (thank you Derek)
  Nadia Farouk, SLP ........... Dec 26 - Jan 2
  Teresa Lindahl, COTA ........ Dec 24 - Dec 26

Please let your families know at least 2 weeks in advance and offer make-up visits for anything that falls on your PTO days. Make-ups have to be inside the same month to count toward the IFSP frequency.

Office is closed Dec 24 (half day), Dec 25 and Jan 1.

Rob
"""
    text(m, body, cte="7bit")
    return m, ""


@reg("clean", "staff")
def staff_inservice():
    m = new('"Professional Development - State EI" <pd@%s>' % STATE,
            '"EI Providers List" <providers-list@%s>' % STATE,
            "In-service: M-CHAT-R/F scoring and follow-up interview (1.5 CEUs)")
    plain = """Professional Development Opportunity

M-CHAT-R/F: Scoring, the Follow-Up Interview, and Talking with Families
Thursday, December 12, 2024 | 12:00 - 1:30 PM | Virtual (link sent after registration)

Presenter: Dr. Imani Okafor-Reed, PhD, BCBA-D, Developmental Psychologist

This session will cover:
- Scoring the M-CHAT-R and when the Follow-Up interview is required
- Common scoring errors we see in EI evaluations across the state
- How to talk with families about a positive screen without giving a diagnosis
- Referral pathways to developmental pediatrics and current wait times by region (statewide average 7.4 months)

Approved for 1.5 hours toward the EI credential renewal. ASHA and AOTA CEU paperwork available on request.

Register by December 9: https://learn.dds.state-ei.example/mchat-1212

Questions: Professional Development Team, 555-0107
"""
    h = wrap_html(p2h(plain).replace("<p>Professional Development Opportunity</p>",
                                     "<h2 style=\"color:#1b5e8c\">Professional Development Opportunity</h2>"))
    alt(m, plain, h)
    return m, ""


@reg("clean", "staff")
def staff_orientation():
    m = new('"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            '"Tomás Echeverría" <techeverria@%s>' % LAKE,
            "Your first two weeks - orientation schedule",
            cc='"Lakeshore SC Team" <sc-team@%s>' % LAKE)
    body = """Welcome Tomás!

Here's your schedule for the first two weeks. Team, you're copied so you know when he'll be riding along.

Week 1
  Mon 12/2   HR onboarding (Nicole), laptop + EI-Track account (IT, room 204), badge photo
  Tue 12/3   Shadow Gloria -- two home visits and an IFSP meeting (afternoon)
  Wed 12/4   State online modules 1-3 (Part C overview, procedural safeguards, timelines)
  Thu 12/5   Shadow Rachel -- intake calls in the morning, evaluation in the afternoon
  Fri 12/6   Modules 4-5; meet with Gloria 3:00 for questions

Week 2
  Mon 12/9   Shadow Amina -- transition conference with Riverbend USD
  Tue 12/10  Team meeting 9:00; afternoon: documentation training with Denise
  Wed 12/11  Shadow Denise -- Medicaid consent and billing basics
  Thu 12/12  M-CHAT in-service (virtual, noon)
  Fri 12/13  Start taking first 3 families (transfers from Amina's caseload)

When you shadow, the SC will introduce you and ask the family's permission before you come in. Bring your badge, don't take notes with names in them on your personal phone, and leave the home if the family asks.

Mileage log forms are in the shared drive under Admin > Forms.

Glad you're here,
Gloria
"""
    text(m, body)
    return m, ""


@reg("clean", "staff")
def staff_caseload_capacity():
    m = new('"Laura Benedetti" <lbenedetti@%s>' % THER,
            '"Kinder Pathways Leadership" <leadership@%s>' % THER,
            "Caseload capacity snapshot - week of 11/18")
    plain = """Leadership team,

Capacity snapshot for this week (active children per clinician / target):

Speech
  Priyanka Raman ........ 27 / 28
  Renata Kaminski ....... 19 / 26  (reduced schedule through Feb)
  Sofía Beltrán ......... 9 / 18   (CF, ramping up)
OT
  Marisol Vega .......... 31 / 30  (over -- no new assignments)
  Yuki Harrington ....... 22 / 28
Developmental therapy
  Kwame Asante .......... 24 / 30

Waitlist: 14 children waiting for speech, 6 for OT. Median wait from IFSP to first visit is 19 days (state target is 30). Spanish-speaking families for speech are our longest wait.

Asks:
1. Approve posting a second bilingual SLP position.
2. Approve overtime for Yuki through December so she can absorb Marisol's 2 newest referrals.

Laura
"""
    h = wrap_html("<pre style=\"font-family:Consolas,monospace\">" + _x(plain) + "</pre>")
    alt(m, plain, h)
    return m, ""


# ===========================================================================
# clean-admin
# ===========================================================================
@reg("clean", "admin")
def admin_it_mfa():
    m = new('"DDS IT Service Desk" <servicedesk@%s>' % STATE,
            '"EI-Track Users" <eitrack-users@%s>' % STATE,
            "ACTION REQUIRED: EI-Track multi-factor authentication starts 12/2")
    plain = """EI-Track users,

Starting Monday, December 2, all EI-Track accounts will require multi-factor authentication (MFA) at sign-in.

What you need to do before 12/2:
1. Sign in to EI-Track and go to My Profile > Security.
2. Choose the Authenticator app (recommended) or a text message to your work phone.
3. Save your recovery codes somewhere safe -- not in your email.

Provider agency staff using personal phones: the authenticator app does not give the state any access to your phone's data.

If you're locked out after 12/2, call the Service Desk at 555-0111 (7 am - 6 pm). Password resets cannot be done by email.

Ticket reference for this rollout: CHG0041178

DDS IT Service Desk
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


@reg("clean", "admin")
def admin_vendor_invoice():
    m = new('"Playwise Therapy Supply - Accounts Receivable" <ar@playwise-supply.example>',
            '"Kinder Pathways Accounts Payable" <ap@%s>' % THER,
            "Invoice INV-207733 for PO KP-2024-118")
    lines = [
        "PLAYWISE THERAPY SUPPLY CO.",
        "880 Industrial Blvd, Unit C   |   555-0199   |   playwise-supply.example",
        "",
        "INVOICE  INV-207733        Invoice date: 11/08/2024      Terms: Net 30",
        "Bill to: Kinder Pathways Pediatric Therapy, 2200 Orchard Park Rd Ste 140",
        "PO: KP-2024-118           Customer acct: C-004417",
        "",
        "Item      Description                               Qty   Unit      Total",
        "WV-200    Weighted vest, child S (2 lb)               3   64.00    192.00",
        "WV-210    Weighted vest, child M (3 lb)               2   69.00    138.00",
        "TB-45     Therapy ball 45 cm                          4   22.50     90.00",
        "SP-CT     Coated spoons, assorted (12 pk)             6   14.25     85.50",
        "CH-1      Chewy tubes, assorted                       5   18.00     90.00",
        "AAC-LT    Light-tech communication board kit          2   42.00     84.00",
        "",
        "                                               Subtotal            679.50",
        "                                               Shipping             38.00",
        "                                               Tax (exempt)          0.00",
        "                                               TOTAL DUE           717.50",
        "",
        "Remit to: Playwise Therapy Supply Co., PO Box 4410. ACH details on file.",
    ]
    text(m, """Hello,

Please find attached invoice INV-207733 for PO KP-2024-118, shipped 11/06 via ground (tracking 1Z8V40X70392214583). Payment is due 12/08/2024.

Thank you for your business!
Playwise Accounts Receivable
555-0199
""")
    attach(m, make_pdf(lines, title="Invoice INV-207733"), "INV-207733.pdf", "application/pdf")
    return m, ""


@reg("clean", "admin")
def admin_contract_amendment():
    m = new('"Provider Contracts - State EI" <contracts@%s>' % STATE,
            '"Laura Benedetti" <lbenedetti@%s>' % THER,
            "Contract amendment #3 - FY25 rate increase for signature")
    doc = make_docx([
        "# STATE EARLY INTERVENTION PROGRAM",
        "# Provider Agreement EI-PA-2023-0142 - Amendment No. 3",
        "Parties: Department of Developmental Services, Early Intervention Program (\"Department\") and Kinder Pathways Pediatric Therapy, LLC (\"Provider\").",
        "1. Effective January 1, 2025, Attachment B (Rate Schedule) is replaced with the schedule below.",
        "2. Rates apply to services delivered in accordance with an IFSP. Provider shall bill Medicaid and private insurance as primary payers where the family has consented, and the Department for the balance up to the rate below.",
        "3. All other terms of the Agreement remain in effect.",
    ], [
        ["Service", "Code", "Unit", "FY24 rate", "FY25 rate"],
        ["Speech-language therapy", "92507-TL", "visit", "$120.00", "$126.00"],
        ["Occupational therapy", "97530-TL", "visit", "$118.00", "$124.00"],
        ["Physical therapy", "97110-TL", "visit", "$118.00", "$124.00"],
        ["Developmental therapy", "T1027-TL", "visit", "$96.00", "$102.00"],
        ["Evaluation (per discipline)", "various", "eval", "$210.00", "$220.00"],
        ["Travel differential (rural)", "--", "visit", "$12.00", "$15.00"],
    ])
    text(m, """Dear Ms. Benedetti,

Attached is Amendment No. 3 to your provider agreement, which implements the FY25 rate increase approved by the legislature. Please review, sign on page 2 and return by December 15 so the new rates can be loaded for January dates of service.

If your agency's signatory has changed since the original agreement, please include the updated W-9 and signature authority letter.

Regards,
Victor Amsel
Contracts Manager, Early Intervention Program
555-0102
""")
    attach(m, doc, "EI-PA-2023-0142_Amendment3_KinderPathways.docx", DOCX)
    return m, ""


@reg("clean", "admin")
def admin_facilities():
    m = new('"Facilities - Lakeshore" <facilities@%s>' % LAKE,
            '"Lakeshore All Staff" <allstaff@%s>' % LAKE,
            "Parking lot resurfacing Sat 11/23 + HVAC work in the playroom")
    body = """Hi everyone,

Two facilities things:

1) The front parking lot will be resurfaced on Saturday 11/23. Please move any agency cars to the Birch St lot by Friday 6 pm. The lot will be closed until Monday 7 am. Fleet keys for cars 3 and 5 will be in the lockbox by the front desk.

2) HVAC contractor (Metro Air Mechanical) will be replacing the unit above the family playroom Tuesday and Wednesday next week. The playroom and observation room are closed both days. Please move any evaluations or parent groups scheduled in that space to conference room B or to a home visit. The contractor will be in the building 7:30 - 4:00 with a badge.

Also -- the lost and found box by the kitchen has two travel mugs, a phone charger and a very nice scarf. Anything left on Friday goes to donation.

Thanks,
Paul Ridgeway
Facilities Coordinator
"""
    text(m, body, cte="7bit")
    return m, ""


@reg("clean", "admin")
def admin_open_enrollment():
    m = new('"Human Resources" <hr@%s>' % TRI,
            '"Tri-County EI - All Staff" <allstaff@%s>' % TRI,
            "Open enrollment closes Friday, Nov 22")
    plain = """Hi all,

Reminder that benefits open enrollment closes this Friday, November 22 at 5:00 pm. If you do nothing, your current medical, dental and vision elections roll over, EXCEPT your Flexible Spending Account -- FSA elections do not roll over and must be made every year.

What's new for 2025:
- Medical premiums for the Standard PPO go up 4%; the HDHP premium stays flat.
- The employer HSA contribution increases to $750 (single) / $1,500 (family).
- Vision adds a second frame allowance for children under 18.
- The Employee Assistance Program (EAP) now includes 8 free counseling sessions per year.

Benefits fair recordings and the plan comparison sheet are on the intranet under HR > Benefits 2025.

Questions? Reply to this email or book 15 minutes with Nicole at 555-0136.

Human Resources
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


@reg("clean", "admin")
def admin_icc_minutes():
    m = new('"State Interagency Coordinating Council" <icc@%s>' % STATE,
            '"ICC Members" <icc-members@%s>' % STATE,
            "Draft minutes - ICC quarterly meeting Oct 17, 2024")
    body = """DRAFT MINUTES -- State Interagency Coordinating Council (ICC)
Thursday, October 17, 2024, 10:00 am - 1:00 pm, DDS Conference Center and virtual

Members present: Andrea Whitlock (Chair, parent member), Dr. Samuel Oyelowo (pediatrician), Carmen Villalobos (Head Start Collaboration Office), Jerome Pike (Dept. of Insurance), Linh Pham (parent member), Rev. Dolores Avery (public member), Patricia Nunes (Medicaid agency), Dr. Henry Kwan (Dept. of Education, Section 619)
Staff: Part C Coordinator Beth Larkin; Data Manager Omar Siddiqui

1. Approval of July minutes -- moved by Pike, seconded by Pham, approved.
2. Part C Coordinator report (Larkin)
   - Statewide child count on 10/1: 6,842 infants and toddlers with active IFSPs (up 6% from last year).
   - 45-day timeline compliance FY24: 93.1% (target 100%); most delays attributed to evaluator shortages in the northern regions.
   - Medicaid billing: average Medicaid share of service costs rose to 41% after the TL modifier change.
3. Transition workgroup (Kwan) -- new joint guidance on LEA notification with the Dept. of Education expected in January.
4. Public comment -- two comments received regarding interpreter availability in rural areas; referred to the Family Engagement committee.
5. Next meeting: January 16, 2025.

Minutes submitted by Omar Siddiqui. These minutes are a draft until approved by the Council.
"""
    text(m, body)
    return m, ""


@reg("clean", "admin")
def admin_remit_summary():
    m = new('"EI Billing Unit" <eibilling@%s>' % STATE,
            '"Regional Program Directors" <regional-directors@%s>' % STATE,
            "October Medicaid remittance summary by region")
    rows = [
        ["Region", "Claims submitted", "Paid", "Denied", "Denial rate", "Top denial reason", "Paid amount"],
        ["Lakeshore", 4412, 4061, 351, "8.0%", "CO-16 / N290 (rendering NPI)", 487320.00],
        ["Tri-County", 3875, 3642, 233, "6.0%", "CO-27 (coverage terminated)", 432118.50],
        ["Northern Lakes", 2210, 1989, 221, "10.0%", "CO-197 (prior auth absent)", 231004.00],
        ["Capital", 5120, 4864, 256, "5.0%", "CO-16 / MA130", 578902.25],
        ["Statewide", 15617, 14556, 1061, "6.8%", "", 1729344.75],
    ]
    text(m, """Directors,

Attached is the October Medicaid remittance summary. Lakeshore's denial rate is mostly the rendering NPI problem for new SLPs at two agencies -- we've fixed the provider file and will resubmit those claims in the November cycle, no action needed from SCs.

Northern Lakes: most of the CO-197 denials are from one MCO that started requiring prior auth for PT re-evaluations on 10/1. We're meeting with them next week.

EI Billing Unit
""")
    attach(m, make_xlsx(rows, "Oct 2024"), "Medicaid_remit_summary_2024-10.xlsx", XLSX)
    return m, ""


# ===========================================================================
# clean-lookalike
# ===========================================================================
@reg("clean", "lookalike")
def look_credit_union():
    m = new('"Lakeview Community Credit Union" <alerts@lakeviewccu.example>',
            '"Gloria Whitfield" <gloria.whitfield@%s>' % GMAIL,
            "Your auto loan payment was received - Member #4410-2287")
    plain = """Hello Gloria,

We received your payment. Here are the details:

Member number: 4410-2287
Account: Auto Loan ****6613
Payment amount: $412.36
Payment date: 11/15/2024
Next payment due: 12/15/2024
Remaining principal: $9,874.02

Enroll in Skip-a-Pay for December by 11/30 -- a $35 fee applies.

Questions? Call Member Services at 555-0120 or visit any branch.

Lakeview Community Credit Union | Federally insured by NCUA
This is an automated message. Please do not reply.
"""
    h = wrap_html(p2h(plain), font="Arial")
    alt(m, plain, h)
    return m, ""


@reg("clean", "lookalike")
def look_airline():
    m = new('"SkyHarbor Airlines" <itinerary@skyharbor-air.example>',
            '"Priyanka Raman" <praman@%s>' % THER,
            "Your trip confirmation QX7M4P - DEC Conference, Dec 4")
    plain = """Thank you for flying SkyHarbor, PRIYANKA RAMAN.

Confirmation code: QX7M4P
SkyHarbor Rewards member #: 88213409 (Silver)
Ticket number: 0062187730419

Wed, Dec 4    SH 1182   Depart 6:55 AM   Arrive 9:40 AM   Seat 14C   Main Cabin
Sun, Dec 8    SH 1349   Depart 5:20 PM   Arrive 8:05 PM   Seat 21A   Main Cabin

Billing: Kinder Pathways Pediatric Therapy - corporate card ending 0417
Total: $418.60

Need special assistance, a wheelchair, or to travel with medical equipment? Add it under Manage Trip up to 48 hours before departure.
"""
    h = wrap_html(p2h(plain), font="Helvetica")
    alt(m, plain, h, cte="quoted-printable")
    return m, ""


@reg("clean", "lookalike")
def look_gym():
    m = new('"Ben Osei" <ben.osei.pt@%s>' % GMAIL,
            '"FitLife Eastfield - Membership" <membership@fitlife-gyms.example>',
            "Re: membership freeze - #00391827",
            in_reply_to=msgid("fitlife-gyms.example"))
    body = """Hi,

Yes, please freeze membership #00391827 from December 1 through January 31. I'm traveling for work and won't be able to use it. I understand the $10/month freeze fee applies.

Also, can you confirm my corporate discount (Little Steps Rehab) will still apply when it restarts in February?

Thanks,
Ben Osei

On Thu, Nov 14, 2024 at 2:10 PM FitLife Eastfield <membership@fitlife-gyms.example> wrote:
> Hi Ben, we received your request. To freeze your membership please confirm the member
> number and the dates. Freezes are available for 1-3 months. -- FitLife Member Services
"""
    text(m, body, cte="7bit")
    return m, ""


@reg("clean", "lookalike")
def look_auto_policy():
    m = new('"Granite Shield Insurance - Commercial Lines" <commercial@graniteshield.example>',
            '"Rob Delaney" <rdelaney@%s>' % STEPS,
            "Fleet policy renewal CA-4471902 - driver list confirmation")
    plain = """Dear Mr. Delaney,

Your commercial auto policy CA-4471902 renews on 01/01/2025. Before we issue the renewal, please confirm the vehicles and scheduled drivers below.

Vehicles
  2021 Toyota Sienna   VIN 5TDKRKEC8MS041172   Unit 3
  2022 Honda Odyssey   VIN 5FNRL6H78NB019334   Unit 5

Scheduled drivers
  Carla Pereira     DL exp 08/2027
  Derek Ostrowski   DL exp 04/2026
  Hannah Whitcombe  DL exp 11/2028
  Ben Osei          DL exp 02/2029

Renewal premium: $4,812.00 (+3.5%). Claims in the policy period: one comprehensive claim (claim no. GS-CA-24-118830, windshield, 06/12/2024).

Please reply by 12/10 with any changes.

Karen Liu
Commercial Lines Account Manager, Granite Shield Insurance | 555-0106
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


@reg("clean", "lookalike")
def look_order_tracking():
    m = new('"TherapyShop Orders" <orders@therapyshop.example>',
            '"Hannah Whitcombe" <hwhitcombe@%s>' % STEPS,
            "Shipped: order #TS-5530918 (2 items)")
    h = wrap_html("""
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#2e7d32">Your order is on its way!</h2>
<p>Hi Hannah, good news &ndash; your order <b>#TS-5530918</b> has shipped.</p>
<table border="0" cellpadding="6">
<tr><td>Carrier</td><td>ParcelGo Ground</td></tr>
<tr><td>Tracking #</td><td><a href="https://track.parcelgo.example/PG4471029384551">PG4471029384551</a></td></tr>
<tr><td>Estimated delivery</td><td>Tue, Nov 26</td></tr>
<tr><td>Ship to</td><td>Hannah Whitcombe, Little Steps Rehab, 2200 Orchard Park Rd Ste 140</td></tr>
</table>
<h3>Items</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Item</th><th>SKU</th><th>Qty</th><th>Price</th></tr>
<tr><td>Platform swing with rope kit</td><td>SW-PLAT-01</td><td>1</td><td>$189.00</td></tr>
<tr><td>Textured sensory brush (10 pk)</td><td>SB-10</td><td>1</td><td>$16.99</td></tr>
</table>
<p>Order total: $219.47 &middot; Paid with Visa ending 2201</p>
<p style="font-size:9pt;color:#777">TherapyShop &middot; Customer #C-8802177 &middot; Questions? 555-0196</p>
</td></tr></table>""")
    html(m, h, cte="quoted-printable")
    return m, ""


@reg("clean", "lookalike")
def look_dental_add_spouse():
    m = new('"Sam Achebe" <sachebe@%s>' % TRI,
            '"Human Resources" <hr@%s>' % TRI,
            "adding my husband to dental - member ID question")
    body = """Hi Nicole,

Quick question. I got married in October and want to add my husband, Daniel, to my dental and vision plans. The card I have says Member ID 8830021947, Group 55102. Do I add him in the open enrollment portal this week, or is that a separate "qualifying life event" form since the marriage was more than 30 days ago?

I'm not changing my medical plan, just dental and vision.

Also, do you need a copy of the marriage certificate, and can I upload it or should I bring it in?

Thanks!
Sam
"""
    text(m, body, cte="7bit")
    return m, ""


@reg("clean", "lookalike")
def look_zztest():
    m = new('"Omar Siddiqui" <osiddiqui@%s>' % STATE,
            '"EI-Track Vendor Support" <support@trackwise-sw.example>',
            "UAT defect 2291: eligibility not firing for ZZTEST, BABYONE")
    body = """Hi Trackwise team,

Logging this against the 6.3 UAT build (uat.eitrack.dds.state-ei.example). Test record only -- no production data.

Steps to reproduce:
1. Log in as uat_sc01.
2. Open test child ZZTEST, BABYONE (EI# 99-0000001, DOB 01/01/2023, Medicaid ID 0000000001).
3. Enter BDI-3 test scores: Communication 65, all other domains 100.
4. Click "Determine eligibility".

Expected: eligible (communication > 2 SD below mean).
Actual: status stays "Pending", no error. Same result with ZZTEST, BABYTWO (99-0000002) using Motor 64.

Regression from 6.2 -- in 6.2 both test children calculated correctly. Screenshot and browser console log are on the ticket.

Priority: High, blocks sign-off for the 12/9 release.

Omar Siddiqui
Part C Data Manager
"""
    text(m, body)
    return m, ""


# ===========================================================================
# clean-news
# ===========================================================================
@reg("clean", "news")
def news_newsletter():
    m = new('"Lakeshore Regional EI" <news@%s>' % LAKE,
            '"Lakeshore Families and Partners" <families-list@%s>' % LAKE,
            "Little Steps Forward - November newsletter")
    h = wrap_html("""
<div style="max-width:640px;margin:auto">
<h1 style="color:#e07b39">Little Steps Forward</h1>
<p><i>News from Lakeshore Regional Early Intervention &middot; November 2024</i></p>
<h2>By the numbers</h2>
<ul>
<li><b>1,184</b> infants and toddlers served this fiscal year</li>
<li><b>96%</b> of families said EI helped them help their child learn and develop (2024 family survey, 412 responses)</li>
<li><b>31</b> languages spoken by the families we serve</li>
</ul>
<h2>Welcome, Tomás!</h2>
<p>Tomás Echeverría joins our service coordination team in December. Tomás comes to us from the Eastfield Public Library, where he ran the bilingual story time for eight years. <i>¡Bienvenido!</i></p>
<h2>Play &amp; Learn groups are back</h2>
<p>Our free Play &amp; Learn groups for toddlers and their grown-ups meet Wednesdays at 10:00 at the Birch Street office. No registration needed. Snacks provided.</p>
<h2>Holiday hours</h2>
<p>Our offices will be closed November 28&ndash;29 and December 25. If you need to reach your service coordinator, leave a message and we'll call you back the next business day.</p>
<p style="font-size:9pt;color:#888">You are receiving this because you signed up for news from Lakeshore Regional EI. <a href="https://lakeshore-ei.example/unsubscribe">Unsubscribe</a></p>
</div>""")
    plain = ("Little Steps Forward - November 2024\n\nBy the numbers: 1,184 infants and toddlers served this fiscal year; "
             "96% of families said EI helped them help their child learn and develop; 31 languages.\n\n"
             "Welcome, Tomas! Tomás Echeverría joins our service coordination team in December.\n\n"
             "Play & Learn groups are back - Wednesdays at 10:00, Birch Street office.\n\n"
             "Holiday hours: closed Nov 28-29 and Dec 25.\n")
    alt(m, plain, h)
    return m, ""


@reg("clean", "news")
def news_childfind():
    m = new('"Eastfield Public Library" <events@eastfieldlibrary.example>',
            '"Community Calendar" <calendar@eastfieldnews.example>',
            "FREE developmental screenings for babies & toddlers - Sat Dec 7")
    plain = """FOR IMMEDIATE RELEASE

Free Developmental Screening Day for Children Birth to 3
Saturday, December 7, 10 am - 2 pm
Eastfield Public Library, Children's Room, 300 Main Street

Is your baby rolling, babbling, pointing, walking? Every child grows at their own pace, but some need a little extra help. Families are invited to a free, drop-in developmental screening day hosted by Lakeshore Regional Early Intervention and the Eastfield Public Library.

- Quick, play-based screening using the Ages & Stages Questionnaire (ASQ-3)
- Hearing and vision screening by volunteer audiology students from the university
- Information about the state early intervention program -- services are provided at no cost or on a sliding scale
- Spanish, Arabic and Vietnamese interpreters on site

No appointment needed. Children must be accompanied by a parent or guardian.

Media contact: Leticia Moreno, Lakeshore Regional EI, 555-0114 ext. 5
"""
    text(m, plain, cte="7bit")
    return m, ""


@reg("clean", "news")
def news_research_summary():
    m = new('"EI Research Digest" <digest@%s>' % STATE,
            '"EI Providers List" <providers-list@%s>' % STATE,
            "Research Digest: coaching vs. direct therapy (aggregate findings)")
    plain = """EARLY INTERVENTION RESEARCH DIGEST -- Issue 14

This month: Does caregiver coaching change outcomes?

A multi-site study (n = 612 children, 9 states) compared outcomes for toddlers whose IFSP services used a caregiver-coaching model with those receiving primarily direct, therapist-led sessions.

Key findings (group averages):
- Children in the coaching group gained on average 4.1 more standard-score points on expressive communication at 12 months (95% CI 1.8-6.4).
- No significant difference in motor outcomes.
- Caregiver confidence scores were 22% higher in the coaching group.
- Effects were larger for families who received at least 80% of planned visits.

Limitations: families were not randomized; dropout was 18%.

What it means for practice: the findings support the state's move toward coaching-based practice, especially for communication goals. Our PD team is adding a coaching fidelity checklist to the January trainings.

Full citation and the state's one-page practice brief are on the EI Provider Portal under Resources > Research.
"""
    text(m, plain)
    return m, ""


@reg("clean", "news")
def news_volunteer_spotlight():
    m = new('"Tri-County EI" <news@%s>' % TRI,
            '"Tri-County EI - All Staff" <allstaff@%s>' % TRI,
            "Volunteer spotlight: Harold Kimura, 10 years of Book Bags")
    plain = """Volunteer Spotlight: Harold Kimura

If you've handed a family one of our "Book Bag" tote bags, you've seen Harold's work. For ten years, Harold -- a retired middle-school librarian from Eastfield -- has picked out, labelled and packed more than 7,000 board books in English, Spanish, Somali, Vietnamese and Arabic.

Every other Thursday Harold sets up at the long table in the workroom with a coffee and a stack of donated books from the Friends of the Library sale. "The best part," he says, "is finding a book with a dog on the cover. Toddlers always want the dog book."

Harold has also recruited four other volunteers from his church and trained them on our book-cleaning and labelling routine.

Please join us for cake to thank Harold on Thursday, December 5 at 2:30 in the workroom.

Thank you, Harold!
"""
    h = wrap_html("<h2>Volunteer Spotlight: Harold Kimura</h2>" + p2h(plain.split("\n", 2)[2]))
    alt(m, plain, h)
    return m, ""


@reg("clean", "news")
def news_health_education():
    m = new('"State Early Intervention Program" <families@%s>' % STATE,
            '"Families Subscribed" <family-tips@%s>' % STATE,
            "Winter tips for families: tummy time, safe sleep and RSV season")
    plain = """Tips for Families -- Winter 2024

TUMMY TIME
Babies need tummy time every day while awake and supervised. Start with 1-2 minutes a few times a day and build up. Try tummy time on your chest, across your lap, or on a blanket on the floor with a toy in front of them.

SAFE SLEEP
Place babies on their backs to sleep, in their own crib or bassinet, with a firm flat mattress and no pillows, bumpers or blankets. Swaddling should stop when a baby starts trying to roll.

RSV AND FLU SEASON
RSV is common in winter and can be serious for young infants and babies born early. Wash hands often, keep babies away from people who are sick, and ask your child's doctor about the RSV antibody shot and the flu vaccine for everyone in the household 6 months and older.

Call your child's doctor right away if your baby has trouble breathing, is breathing very fast, has fewer wet diapers, or has a fever and is under 3 months old.

These tips are general information for all families and are not a substitute for advice from your child's health care provider.

Available in: English | Español | Tiếng Việt | العربية | Soomaali | Hmoob
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


@reg("clean", "news")
def news_apr_public_notice():
    m = new('"DDS Communications" <communications@%s>' % STATE,
            '"Public Notices Distribution" <public-notices@%s>' % STATE,
            "Public notice: Part C Annual Performance Report posted for comment")
    plain = """PUBLIC NOTICE

The Department of Developmental Services, Early Intervention Program, has posted its Federal Fiscal Year 2023 Annual Performance Report (APR) and the program's performance by region for public review.

Highlights (statewide):
- Timely provision of services (within 30 days of IFSP): 97.2%
- Services provided in natural environments: 98.6%
- 45-day timeline met: 93.1%
- Transition steps and services in IFSP by 2y9m: 95.4%
- Percent of infants and toddlers birth to 1 with IFSPs: 1.42% (national average 1.37%)
- Percent of infants and toddlers birth to 3 with IFSPs: 3.88%

Regional performance tables show results for each of the 9 regional programs. Data for groups of fewer than 10 children are suppressed to protect privacy.

Public comments will be accepted through January 10, 2025 at partc-comments@dds.state-ei.example or by mail to DDS Early Intervention, 100 Capitol Square, 4th Floor.

A public hearing will be held on December 19, 2024 at 6:00 pm (virtual and in person). Interpreters and accommodations are available on request with 5 days' notice: 555-0101.
"""
    text(m, plain)
    return m, ""


# ===========================================================================
# clean-training
# ===========================================================================
@reg("clean", "training")
def training_ifsp_template():
    m = new('"Professional Development - State EI" <pd@%s>' % STATE,
            '"New Service Coordinators" <new-sc@%s>' % STATE,
            "IFSP template (revised Nov 2024) - please use for all new IFSPs")
    doc = make_docx([
        "# INDIVIDUALIZED FAMILY SERVICE PLAN (IFSP) - TEMPLATE rev. 11/2024",
        "Child's name: [Child's First Name] [Child's Last Name]          Date of birth: [MM/DD/YYYY]",
        "EI child ID: [auto-filled by EI-Track]          Medicaid / insurance ID: [if applicable]",
        "Parent(s)/guardian(s): [Name(s)]          Preferred language: [Language]   Interpreter: [Y/N]",
        "Service coordinator: [SC Name], [Regional Program]",
        "# Section 1. Family's concerns, priorities and resources",
        "[In the family's own words. Example prompt: 'What would you like your child to be able to do in the next six months?']",
        "# Section 2. Present levels of development",
        "[Summarize evaluation/assessment results for each domain: cognitive, communication, physical (incl. vision/hearing), social-emotional, adaptive. Include the instrument and date.]",
        "# Section 3. Child and family outcomes",
        "[Outcome statement] - [Criteria] - [Timeline] - [Strategies/activities in daily routines]",
        "# Section 4. Services",
        "[Service] | [Frequency/intensity/length] | [Location - natural environment or justification] | [Start date] | [Payment source] | [Provider]",
        "# Section 5. Transition plan (required for all children; detailed steps by 2 years 3 months)",
        "# Section 6. Signatures and parental consent",
    ])
    text(m, """Hello new SCs,

Attached is the revised IFSP template. The main change is Section 5 -- transition steps are now required on every IFSP, not just for children over 2. Please delete the bracketed prompts before you finalize; EI-Track will reject a PDF upload that still contains "[" placeholders.

Professional Development Team
""")
    attach(m, doc, "IFSP_Template_rev2024-11.docx", DOCX)
    return m, ""


@reg("clean", "training")
def training_case_study():
    m = new('"Professional Development - State EI" <pd@%s>' % STATE,
            '"Eval Team Training Cohort" <eval-cohort@%s>' % STATE,
            "Module 6 case study - eligibility practice (FICTITIOUS CASE)")
    plain = """Hi cohort,

Before Thursday's session, please work through the practice case below. This is a made-up training case -- the child, family and scores are fictional and do not represent any real family.

=== PRACTICE CASE (FICTIONAL) ===
Child: "Jordan Sample" (training name), chronological age 22 months, born at 40 weeks
Referral: from a (fictional) pediatrician for "not many words"
BDI-3 standard scores: Adaptive 92 | Personal-Social 90 | Communication 74 | Motor 101 | Cognitive 95
Informed clinical opinion notes: uses ~10 words, follows 1-step directions with gestures, pretend play emerging
Family priorities: "We want to understand what he's trying to tell us."

Questions:
1. Is Jordan eligible under our state's criteria (25% delay or 1.5 SD in one domain, or 2 SD)? Show your work.
2. If the scores don't meet the cut-off, when would informed clinical opinion be appropriate?
3. Draft one functional outcome in the family's words.
=== END PRACTICE CASE ===

Answers will be discussed in the session. Please don't bring real family examples to the discussion.

PD Team
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


@reg("clean", "training")
def training_quiz():
    m = new('"Gloria Whitfield" <gwhitfield@%s>' % LAKE,
            '"Tomás Echeverría" <techeverria@%s>' % LAKE,
            "Part C timelines quiz (answers at the bottom - no peeking)")
    body = """Tomás -- here's the quiz I mentioned. Ten minutes, open book.

1. How many days from referral to the initial IFSP meeting?
2. By what age must the LEA notification be sent (unless the family opts out)?
3. By what age must the transition conference be held?
4. How often must the IFSP be reviewed? Evaluated?
5. How soon after the IFSP is signed should services start (state standard)?
6. What must the family receive BEFORE the program proposes or refuses to change a service?
7. Can we bill a family's private insurance without their written consent?
8. True or false: a child referred under CAPTA must be evaluated even if the parent declines.
9. Who can sign as parent for a child in foster care?
10. What's the max number of days an interim IFSP can be used?

-- answers --
1) 45 days. 2) No later than 2 years 9 months (our state: notify at 2y6m). 3) At least 90 days before age 3, no earlier than 9 months before. 4) Review every 6 months; evaluate annually. 5) Within 30 days. 6) Prior written notice. 7) No. 8) False -- the parent can decline. 9) Foster parent may act as parent under state law, or a surrogate parent is appointed. 10) It's not a fixed number; the 45-day timeline still applies.
"""
    text(m, body, cte="8bit")
    return m, ""


@reg("clean", "training")
def training_confidentiality_policy():
    m = new('"Beth Larkin" <blarkin@%s>' % STATE,
            '"Regional Program Directors" <regional-directors@%s>' % STATE,
            "Policy 4.12 (revised): Confidentiality and release of EI records")
    doc = make_docx([
        "# STATE EARLY INTERVENTION PROGRAM - POLICY 4.12",
        "# Confidentiality of Personally Identifiable Information and Release of Records",
        "Effective: January 1, 2025. Supersedes: Policy 4.12 dated July 1, 2019.",
        "1. Purpose. This policy implements the confidentiality requirements of 34 CFR 303.401-303.417 for all regional programs and contracted providers.",
        "2. Personally identifiable information (PII) includes the child's name, the parent's name, address, a personal identifier such as an EI child ID, Medicaid ID or Social Security number, and any list of characteristics that would make the child identifiable.",
        "3. Email. Staff may email PII only to an approved encrypted domain or through the secure portal. Use initials and EI child ID in subject lines, never full names or dates of birth.",
        "4. Release. Records may be released to a pediatrician, LEA or other agency only with written parental consent specifying the records, the recipient and the purpose, except for LEA notification under 303.209 and as otherwise permitted by law.",
        "5. Parent access. Parents may inspect and review their child's records within 10 days of a request and before any IFSP meeting or hearing.",
        "6. Breach. Any suspected unauthorized disclosure must be reported to the Part C Coordinator within 1 business day.",
        "Approved: Beth Larkin, Part C Coordinator",
    ])
    text(m, """Directors,

Attached is the revised Policy 4.12. The big change is Section 3 (email). Please review it with your staff at your next team meeting and have everyone sign the acknowledgment in the learning system by January 31.

Beth Larkin
Part C Coordinator
""")
    attach(m, doc, "Policy_4.12_Confidentiality_rev2025.docx", DOCX)
    return m, ""


@reg("clean", "training")
def training_billing_sample_claim():
    m = new('"EI Billing Unit" <eibilling@%s>' % STATE,
            '"Provider Billing Contacts" <provider-billing@%s>' % STATE,
            "Billing webinar follow-up: sample claim walkthrough (TL modifier)")
    sample = """SAMPLE CLAIM - TRAINING ONLY - NOT A REAL CHILD
Patient name ........ TEST, CHILD
Date of birth ....... 01/01/2023 (sample)
Member ID ........... 0000000000 (sample)
Prior auth .......... PA00-0000-0000 (sample)
Diagnosis ........... F80.1 (example only)
Line 1 .............. 92507 TL  1 unit  $126.00  DOS 01/06/2025
Line 2 .............. 92507 TL  1 unit  $126.00  DOS 01/13/2025
Rendering NPI ....... 1234567893 (test NPI from the payer's companion guide)
"""
    plain = """Thanks to everyone who joined Tuesday's billing webinar (143 attendees!). As promised, here's the sample claim we walked through, plus the three most common errors we see.

""" + sample + """
Common errors:
1. Missing TL modifier on IFSP services -> claim processes at the non-EI rate.
2. Rendering NPI not on the MCO's roster -> CO-16/N290. Check your roster before a new clinician's first visit.
3. Billing the state before the primary payer's 835 is received -> rejected as "primary EOB missing."

The recording and slides are on the Provider Portal under Billing > Webinars.

EI Billing Unit
"""
    h = wrap_html(p2h(plain.split("SAMPLE CLAIM")[0]) + "<pre style=\"background:#fff8e1;border:1px dashed #c90;padding:8px\">"
                  + _x(sample) + "</pre>" + p2h(plain.split(sample)[1]))
    alt(m, plain, h)
    attach_text(m, sample, "sample_claim_TRAINING.txt")
    return m, ""


@reg("clean", "training")
def training_documentation():
    m = new('"Laura Benedetti" <lbenedetti@%s>' % THER,
            '"Kinder Pathways Clinicians" <clinicians@%s>' % THER,
            "Session note do's and don'ts (examples use a pretend child)")
    plain = """Hi all,

After the chart audit, here are examples of what we want session notes to look like. The child in these examples ("Riley Example") is made up -- please don't try to match it to anyone.

WEAK NOTE
"Worked on speech. Child did good. Mom present. Continue plan."

STRONG NOTE
"Visit in home kitchen during snack, per family's routine. Coached mom on offering choices ('cracker or apple?') and waiting 5 seconds. Riley Example made 4 spontaneous choices using the word approximation 'ap' and pointing. Mom practiced the wait strategy 3 times with decreasing cues. Plan: mom to use choices at breakfast and bath; next visit we'll add a 2-picture board."

Checklist for every note:
- Where and during what routine
- What the caregiver did (coaching, not just child performance)
- Measurable data tied to the IFSP outcome
- Plan for between visits
- Signed and submitted within 48 hours

Thanks for all your hard work on the audit.
Laura
"""
    h = wrap_html(p2h(plain))
    alt(m, plain, h)
    return m, ""


# ===========================================================================
# main
# ===========================================================================
EXPECTED = {
    ("phi", "care"): 8, ("phi", "names"): 8, ("phi", "self"): 7, ("phi", "ids"): 8,
    ("phi", "lists"): 7, ("phi", "struct"): 7, ("phi", "lang"): 8,
    ("clean", "staff"): 7, ("clean", "admin"): 7, ("clean", "lookalike"): 7,
    ("clean", "news"): 6, ("clean", "training"): 6,
}


# date each message was sent (kept consistent with what the message says)
DATES = {
    "care_noshow": "2024-10-18", "care_pt_html": "2024-10-18", "care_slp_alt": "2024-10-17",
    "care_peds_referral": "2024-10-22 15:42", "care_buried_thread": "2024-11-04 17:26",
    "care_death": "2024-11-04 07:55", "care_admission": "2024-10-28 08:12", "care_fwd_eval": "2024-10-29",
    "names_subject_only": "2024-11-08", "names_last_first": "2024-11-07", "names_titles_possessive": "2024-10-23 11:52",
    "names_vietnamese": "2024-11-13", "names_particles": "2024-11-13", "names_indian": "2024-10-10",
    "names_arabic": "2024-11-12", "names_polish": "2024-11-06 08:05",
    "self_csection": "2024-10-24 21:14", "self_staff_chemo": "2024-11-11", "self_ppd": "2024-10-16 22:37",
    "self_deaf_parent": "2024-11-11 19:20", "self_staff_back": "2024-11-12", "self_pregnant_medicaid": "2024-11-05",
    "self_young_parent": "2024-09-26 23:48",
    "ids_billing_denial": "2024-10-21", "ids_prior_auth": "2024-09-17 16:02", "ids_mrn_fax": "2024-11-01",
    "ids_address_change": "2024-10-14 07:50", "ids_ssn_medicaid_app": "2024-09-24 20:10",
    "ids_private_insurance": "2024-11-15", "ids_hospital_account": "2024-11-08", "ids_subject_number": "2024-10-09",
    "lists_space_schedule": "2024-11-14", "lists_tab_transition": "2024-11-06", "lists_bar_overdue": "2024-11-18 08:03",
    "lists_csv_referrals": "2024-11-15 16:30", "lists_xlsx_caseload": "2024-11-12", "lists_docx_reviews": "2024-11-14",
    "lists_pdf_missed": "2024-11-01 02:15",
    "struct_hl7_ref_pasted": "2024-11-13", "struct_hl7_oru_attached": "2024-11-14 12:35", "struct_837_835": "2024-11-25",
    "struct_271_pasted": "2024-11-18 10:40", "struct_fhir_json": "2024-11-12 16:21",
    "struct_keyvalue_form": "2024-11-16 21:47", "struct_fixedwidth_zip": "2024-12-02",
    "lang_spanish": "2024-11-15 14:10", "lang_vietnamese": "2024-11-11 20:33", "lang_russian": "2024-11-21",
    "lang_chinese": "2024-10-02 19:05", "lang_arabic": "2024-11-13 18:40", "lang_haitian": "2024-10-08 17:55",
    "lang_portuguese": "2024-11-20 21:02", "lang_taglish": "2024-11-18 20:41",
    "staff_oncall": "2024-11-15", "staff_directory_html": "2024-11-04", "staff_meeting_notes_clinical": "2024-10-30",
    "staff_pto_requests": "2024-11-20", "staff_inservice": "2024-11-18", "staff_orientation": "2024-11-26",
    "staff_caseload_capacity": "2024-11-18",
    "admin_it_mfa": "2024-11-19", "admin_vendor_invoice": "2024-11-08", "admin_contract_amendment": "2024-11-20",
    "admin_facilities": "2024-11-18", "admin_open_enrollment": "2024-11-18", "admin_icc_minutes": "2024-10-28",
    "admin_remit_summary": "2024-11-12",
    "look_credit_union": "2024-11-15 06:02", "look_airline": "2024-10-21", "look_gym": "2024-11-15",
    "look_auto_policy": "2024-11-25", "look_order_tracking": "2024-11-21", "look_dental_add_spouse": "2024-11-19",
    "look_zztest": "2024-11-25",
    "news_newsletter": "2024-11-01", "news_childfind": "2024-11-20", "news_research_summary": "2024-10-15",
    "news_volunteer_spotlight": "2024-11-27", "news_health_education": "2024-12-03", "news_apr_public_notice": "2024-12-02",
    "training_ifsp_template": "2024-11-22", "training_case_study": "2024-11-19", "training_quiz": "2024-12-04",
    "training_confidentiality_policy": "2024-12-06", "training_billing_sample_claim": "2025-01-16",
    "training_documentation": "2024-10-07",
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REGISTRY:
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        _CUR['date'] = DATES[fn.__name__]
        _CUR['n'] = 0
        msg, patient = fn()
        _CUR['date'] = None
        fname = "%s-%s-%03d.eml" % (label, kind, n)
        with open(os.path.join(out, fname), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    assert counts == EXPECTED, counts
    assert set(DATES) == {fn.__name__ for _, _, fn in REGISTRY}
    assert sum(counts.values()) == 86
    assert sum(v for (l, _), v in counts.items() if l == "phi") == 53
    assert sum(v for (l, _), v in counts.items() if l == "clean") == 33
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "label", "kind", "patient_name"])
        w.writerows(rows)
    for (label, kind), v in EXPECTED.items():
        print("%s-%s: %d" % (label, kind, counts[(label, kind)]))
    print("total: %d" % sum(counts.values()))


if __name__ == "__main__":
    main()
