#!/usr/bin/env python3
"""Generate a set of realistic email messages for a vision rehabilitation /
low-vision service, plus labels.csv.  Standard library only, deterministic."""
import sys
import os
import io
import csv
import json
import random
import zlib
import zipfile
import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

SEED = 11502
random.seed(SEED)

# ---------------------------------------------------------------------------
# Cast (all invented)
# ---------------------------------------------------------------------------
CENTER = "Lanternfield Vision Rehabilitation Center"
CD = "lanternfield.example"
COMM = "State Commission for the Blind and Visually Impaired"
CMD = "cbvi-state.example"
DOGS = "Harborlight Guide Dogs"
DOGD = "harborlightdogs.example"
RETINA = "Valley Retina Associates"
RD = "valleyretina.example"

OKAFOR = 'Dr. Miriam Okafor-Brandt <mokaforbrandt@%s>' % CD
TOMASZ = 'Tomasz Wielgosz <twielgosz@%s>' % CD
RENATA = 'Renata Salgado <rsalgado@%s>' % CD
DANA = 'Dana Whitcombe <dwhitcombe@%s>' % CD
KEISHA = 'Keisha Monroe <kmonroe@%s>' % CD
FAISAL = 'Faisal Qureshi <fqureshi@%s>' % CD
GWEN = 'Gwen Albrecht <galbrecht@%s>' % CD
LEO = 'Leo Marchetti <lmarchetti@%s>' % CD
PRIYA = 'Priya Raghunathan <praghunathan@%s>' % CD
CHAU = 'Chau Hoang <choang@%s>' % CD
BRENT = 'Brent Iwasaki <biwasaki@%s>' % CD
ALLSTAFF = 'Lanternfield All Staff <allstaff@%s>' % CD
FRONTDESK = 'Lanternfield Front Desk <frontdesk@%s>' % CD
INTAKE = 'Lanternfield Intake <intake@%s>' % CD
BILLING = 'Lanternfield Billing <billing@%s>' % CD
LORRAINE = 'Lorraine Beaudry <lorraine.beaudry@%s>' % CMD
MARCUS = 'Marcus Tellez <marcus.tellez@%s>' % CMD
INGRID = 'Ingrid Solberg <admissions@%s>' % DOGD

SIG = {
    'okafor': "Miriam Okafor-Brandt, OD, FAAO\nLow Vision Services\n%s\n1420 Quarry Hill Road, Suite 200\nTel 555-0100 x214 | Fax 555-0199" % CENTER,
    'tomasz': "Tomasz Wielgosz, M.A., COMS\nOrientation & Mobility Specialist\n%s\n555-0100 x231 (desk) | 555-0163 (cell)" % CENTER,
    'renata': "Renata Salgado, CVRT\nVision Rehabilitation Therapist\n%s | 555-0100 x228" % CENTER,
    'dana': "Dana Whitcombe\nPatient Services / Scheduling\n%s\n555-0100 (option 1)" % CENTER,
    'keisha': "Keisha Monroe\nIntake Coordinator\n%s\nPhone 555-0100 x202  Fax 555-0199" % CENTER,
    'faisal': "Faisal Qureshi\nBilling & Reimbursement\n%s | 555-0100 x240" % CENTER,
    'gwen': "Gwen Albrecht\nVolunteer Coordinator - Reading Companions program\n%s\n555-0100 x219" % CENTER,
    'leo': "Leo Marchetti | IT & Assistive Technology Support\n%s | x250" % CENTER,
    'priya': "Priya Raghunathan, OTR/L, SCLV\nOccupational Therapy - Low Vision\n%s | x226" % CENTER,
    'chau': "Chau Hoang\nBilingual Patient Navigator (Tieng Viet / English)\n%s | x207" % CENTER,
    'lorraine': "Lorraine Beaudry, MS, CRC\nVocational Rehabilitation Counselor\n%s\nEastern District Office | 555-0142" % COMM,
    'marcus': "Marcus Tellez\nCase Manager, Independent Living / Older Individuals Who Are Blind\n%s\n555-0187 | 800-555-0110 (toll free)" % COMM,
    'ingrid': "Ingrid Solberg\nAdmissions Coordinator\n%s\n555-0175" % DOGS,
}

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
    "use of the addressee and may contain information that is privileged and confidential. "
    "If you are not the intended recipient, please notify the sender and delete this message.")

COMM_DISCLAIMER = (
    "This e-mail may contain confidential consumer information protected under state and "
    "federal law. Unauthorized review, use, disclosure or distribution is prohibited.")

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
_BASE = datetime.datetime(2024, 9, 3, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))


def rdate(day=None, hour=None):
    if day is None:
        day = random.randint(0, 110)
    if hour is None:
        hour = random.randint(7, 18)
    d = _BASE + datetime.timedelta(days=day, hours=hour - 8, minutes=random.randint(0, 59),
                                   seconds=random.randint(0, 59))
    return d


def fmt(d):
    return format_datetime(d)


def mid(domain):
    return "<%s.%s@%s>" % ("".join(random.choice("0123456789abcdef") for _ in range(16)),
                           "".join(random.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8)),
                           domain)


def new(frm, to, subject, date=None, cc=None, reply_to=None, extra=None):
    m = EmailMessage(policy=SMTP)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    d = date if date is not None else rdate()
    m['Date'] = fmt(d)
    dom = frm.split('@')[-1].rstrip('>').strip()
    m['Message-ID'] = mid(dom)
    if reply_to:
        m['Reply-To'] = reply_to
    for k, v in (extra or []):
        m[k] = v
    return m


def plain(m, text, cs='utf-8', cte=None):
    if cte is None:
        try:
            text.encode('ascii')
            cte = '7bit'
        except UnicodeEncodeError:
            cte = 'quoted-printable'
    m.set_content(text, subtype='plain', charset=cs, cte=cte)
    return m


def htmlify(text):
    out = []
    for para in text.split("\n\n"):
        p = (para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\n", "<br>\n"))
        out.append("<p>%s</p>" % p)
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,sans-serif;"
            "font-size:14pt\">\n%s\n</body></html>" % "\n".join(out))


def alt(m, text, html=None, cs='utf-8', cte=None, hcte=None):
    plain(m, text, cs=cs, cte=cte)
    if html is None:
        html = htmlify(text)
    if hcte is None:
        hcte = 'quoted-printable'
    m.add_alternative(html, subtype='html', charset=cs, cte=hcte)
    return m


def html_only(m, html, cs='utf-8', cte='quoted-printable'):
    m.set_content(html, subtype='html', charset=cs, cte=cte)
    return m


def attach(m, data, mt, st, filename):
    if isinstance(data, str):
        data = data.encode('utf-8')
    m.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    return m


def attach_text(m, text, filename, subtype='plain', cs='utf-8'):
    m.add_attachment(text, subtype=subtype, charset=cs, filename=filename,
                     disposition='attachment')
    return m


def attach_msg(m, inner, cs='utf-8'):
    fix_headers(inner, cs)
    m.add_attachment(inner, cte='7bit')
    return m


# Header encoding done by hand: the stdlib folder can drop the space between
# adjacent encoded words, and it folds some long ASCII Subjects right after the
# colon.  Values stored as plain pre-folded strings are emitted verbatim.
from email.header import Header
from email.utils import getaddresses, formataddr

_FOLD_HDRS = ('Subject', 'From', 'To', 'Cc', 'Reply-To')


def _fold_ascii(name, value, width=76):
    words = value.split(' ')
    lines, cur = [], ''
    budget = width - len(name) - 2
    for w in words:
        cand = w if not cur else cur + ' ' + w
        if len(cand) > budget and cur:
            lines.append(cur)
            cur = w
            budget = width - 1
        else:
            cur = cand
    lines.append(cur)
    return '\n '.join(lines)


def _enc_b_manual(text, cs):
    # base64 encoded words split on character boundaries (used for charsets whose
    # Python codec name is not the MIME name, e.g. gb2312)
    import base64
    words, cur = [], ''
    for ch in text:
        cand = cur + ch
        if len(base64.b64encode(cand.encode(cs))) + len(cs) + 7 > 74:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    return '\n '.join('=?%s?b?%s?=' % (cs, base64.b64encode(w.encode(cs)).decode('ascii'))
                       for w in words)


def _enc_words(text, cs, name):
    if cs.lower() == 'gb2312':
        return _enc_b_manual(text, cs)
    return Header(text, cs, header_name=name).encode(maxlinelen=76, linesep='\n')


def fix_headers(m, cs='utf-8'):
    for i, (k, v) in enumerate(list(m._headers)):
        if k not in _FOLD_HDRS:
            continue
        v = str(v)
        try:
            v.encode('ascii')
            is_ascii = True
        except UnicodeEncodeError:
            is_ascii = False
        if k == 'Subject':
            nv = _fold_ascii(k, v) if is_ascii else _enc_words(v, cs, k)
        else:
            parts = []
            for disp, addr in getaddresses([v]):
                try:
                    disp.encode('ascii')
                    parts.append(formataddr((disp, addr)))
                except UnicodeEncodeError:
                    if cs.lower() == 'gb2312':
                        parts.append('%s <%s>' % (_enc_b_manual(disp, cs), addr))
                    else:
                        parts.append(formataddr((disp, addr), charset=cs))
            nv = ',\n '.join(parts)
        m._headers[i] = (k, nv)
    return m


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def sig(key):
    return "\n\n-- \n" + SIG[key]


def csv_bytes(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode('utf-8')


ZDT = (2024, 9, 1, 9, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(files):
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


def xlsx_bytes(rows, sheet="Sheet1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


def docx_bytes(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        ps.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(ps))
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


def _pdfesc(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title="Document"):
    per = 56
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 4
    for pg in pages:
        page_id, cont_id = n, n + 1
        n += 2
        kids.append("%d 0 R" % page_id)
        content = "BT /F1 10 Tf 13 TL 54 750 Td\n"
        for ln in pg:
            content += "(%s) Tj T*\n" % _pdfesc(ln)
        content += "ET\n"
        comp = zlib.compress(content.encode('latin-1'))
        objs[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                         "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cont_id).encode()
        objs[cont_id] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)) + comp + b"\nendstream"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))).encode()
    info_id = n
    objs[info_id] = ("<< /Title (%s) /Producer (Lanternfield DocPrint 2.1) /CreationDate (D:20240901090000-05'00') >>"
                     % _pdfesc(title)).encode('latin-1')
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, info_id + 1):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (info_id + 1))
    out.write(b"0000000000 65535 f \n")
    for i in range(1, info_id + 1):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (info_id + 1, info_id, xref))
    return out.getvalue()


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
PDF = ('application', 'pdf')
ZIP = ('application', 'zip')

REGISTRY = []


def reg(label, kind, patient=""):
    def deco(fn):
        REGISTRY.append((label, kind, patient, fn))
        return fn
    return deco


# ===========================================================================
# phi-care
# ===========================================================================
@reg('phi', 'care', 'Walter Pruitt')
def care_1():
    m = new(TOMASZ, MARCUS, "O&M progress - Walter Pruitt, lessons 5-6",
            cc=KEISHA, date=rdate(12, 16))
    body = """Hi Marcus,

Quick update for your file before the quarterly review.

Walter Pruitt - lessons 5 and 6 of the 10 you authorized are done (9/12 and 9/14).

Lesson 5 was the route from his building on Garner Street to the #14 bus stop. He's using
two-point touch fine on the sidewalk but he loses the shoreline where the grass edge runs
out by the church parking lot. We practiced using the curb ramp detectable warning as a
landmark and he got it 3 out of 4 times by the end.

Lesson 6 we worked the signalized crossing at Elm & 4th. He still veers left about 3 feet
mid-crossing, so I switched him from the pencil tip to a marshmallow roller tip and we'll
keep doing alignment with the parallel traffic surge. He does NOT want to try the APS push
button yet, says it's "too loud", we'll revisit.

He asked again about the guide dog school. I told him we'd talk about a referral once he's
independent on the bus route, probably December. His wife is driving him to his retina
appointments for now so no transport needed from you on those.

Remaining: 4 lessons, targeting bus boarding/exiting and the grocery store route.
I'll send the formal progress report with the invoice at the end of the month.

Thanks,
Tomasz""" + sig('tomasz') + "\n\n" + DISCLAIMER
    return plain(m, body)


@reg('phi', 'care', 'Gloria Fenwick')
def care_2():
    m = new(DANA, OKAFOR + ", " + KEISHA, "2nd no-show: Fenwick, Gloria (10/2 9:30)",
            date=rdate(29, 10))
    text = """Dr. O / Keisha,

Gloria Fenwick didn't show for her 9:30 low vision eval again this morning. That's the
second one (first was 9/11). I called the number on file at 9:50 and 11:15, no answer and
the voicemail box is full.

Per the no-show policy I'm going to mail the 2nd-missed-appointment letter today and hold
her referral from the Commission open for 30 days. Her case manager there is Marcus Tellez,
should I let him know or does intake do that?

Also FYI she still has our loaner 3x illuminated handheld (tag LV-H-0417) from the screening
day at the senior center in August.

Dana""" + sig('dana')
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dr. O / Keisha,</p>
<p><b>Gloria Fenwick</b> didn't show for her 9:30 low vision eval again this morning. That's the
<u>second</u> one (first was 9/11). I called the number on file at 9:50 and 11:15, no answer and
the voicemail box is full.</p>
<p>Per the no-show policy I'm going to mail the 2nd-missed-appointment letter today and hold
her referral from the Commission open for 30 days. Her case manager there is Marcus Tellez,
should I let him know or does intake do that?</p>
<p>Also FYI she still has our loaner 3x illuminated handheld (tag LV-H-0417) from the screening
day at the senior center in August.</p>
<p>Dana</p>
<p style="color:#555;font-size:9pt">Dana Whitcombe<br>Patient Services / Scheduling<br>%s<br>555-0100 (option 1)</p>
</body></html>""" % CENTER
    return alt(m, text, html)


@reg('phi', 'care', 'Harold Ostrowski')
def care_3():
    m = new(RENATA, LEO, "RE: loaner CCTV LV-0231 back in",
            cc=FAISAL, date=rdate(34, 14))
    body = """Leo - yes, it came back with both cables and the remote, just needs a wipe down and
the reading table is sticking on the left side. You can put it back in the loaner pool.

Faisal, for billing: Mr. Ostrowski trialed the 24" desktop unit for three weeks and did a lot
better with it than the 3.5x stand mag. He's reading his own mail and the large print
bible again at about 8x with the yellow-on-black mode. The Commission PO for purchase of
his own unit should be coming from Marcus Tellez this week, model is the same as the loaner.
Delivery + in-home setup is one more visit from me, please put it under the training code
not the device code.

Renata

-----Original Message-----
From: Leo Marchetti <lmarchetti@lanternfield.example>
Sent: Monday, October 7, 2024 9:02 AM
To: Renata Salgado <rsalgado@lanternfield.example>
Subject: loaner CCTV LV-0231 back in

Renata, is the desktop video magnifier that Harold Ostrowski had out back in the building?
The asset sheet still shows it signed out to him since 9/16. If it's here I'll check it in
and run the firmware update before it goes out again.

Thx
Leo
""" + sig('renata')
    return plain(m, body)


@reg('phi', 'care', 'Bernice Caldwell')
def care_4():
    m = new(MARCUS, RENATA + ", " + INTAKE, "Case closure - Bernice Caldwell",
            date=rdate(40, 15))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:12pt">
<p>Good afternoon Renata,</p>
<p>I'm sorry to pass this along. Bernice Caldwell's daughter, Ms. Tamsin Caldwell-Reyes,
called our office this morning to let us know that her mother passed away at home last
Thursday, October 10. The family said she had been in hospice since the end of September.</p>
<p>I will be closing her Older Blind case effective today. Could you please:</p>
<ul>
<li>cancel the three remaining in-home VRT visits (10/17, 10/24, 10/31)</li>
<li>let us know if any equipment needs to be picked up. Our records show the talking watch,
the bump dots kit, and the 5x stand magnifier were purchased (client keeps), but the
PenFriend labeler was a Commission loan.</li>
<li>send your final visit note for 10/3 so I can put it in the closure packet</li>
</ul>
<p>The daughter mentioned how much her mom enjoyed your visits and learning the microwave
with the tactile markings. She asked that we not call the house this week.</p>
<p>Thank you,<br>Marcus</p>
<p style="font-size:10pt;color:#444">Marcus Tellez<br>Case Manager, Independent Living / Older Individuals Who Are Blind<br>%s<br>555-0187</p>
<p style="font-size:8pt;color:#777">%s</p>
</body></html>""" % (COMM, COMM_DISCLAIMER)
    return html_only(m, html)


@reg('phi', 'care', 'Raymond Achterberg')
def care_5():
    m = new(BRENT, ALLSTAFF.replace('All Staff', 'Field Staff').replace('allstaff', 'fieldstaff'),
            "Re: van schedule + parking garage closure next week", date=rdate(48, 17))
    body = """Sounds good, I'll take the van Tuesday afternoon instead then.

Brent

On Thu, Oct 17, 2024 at 3:48 PM Tomasz Wielgosz <twielgosz@lanternfield.example> wrote:
> Works for me. Brent if you need the van Tue PM I can switch to my own car, I'm only going
> to the east side that day.
>
> Also FYI for whoever covers Thursdays while I'm at the conference: Raymond Achterberg fell
> in his kitchen Sunday night, his daughter took him to the ER at St. Aldric's, x-rays were
> negative, no fracture, but he has a big bruise on his hip and is using his walker indoors.
> She asked that we hold his cane lessons for two weeks. I put a hold in the schedule
> through 10/31. When he restarts I want to add a lesson on the kitchen - he tripped on the
> step down into the mudroom, so we should do contrast tape on that edge and Renata may want
> to look at the lighting.
>
> T.
>
> On Thu, Oct 17, 2024 at 1:15 PM Priya Raghunathan <praghunathan@lanternfield.example> wrote:
>> The garage on Quarry Hill is closed Mon-Wed for resurfacing. Staff can park at the
>> Methodist church lot across the street, they said it's fine as long as we're out by 5.
>> Please don't use the clinic visitor spaces, we need those for clients who are dropped off.
>>
>> Van reservations so far:
>>   Mon - Renata (all day)
>>   Tue - Tomasz (AM), open PM
>>   Wed - Priya (PM)
>>   Thu - Brent
>>   Fri - open
>>
>> Priya
>>
>> On Wed, Oct 16, 2024 at 4:02 PM Facilities <facilities@lanternfield.example> wrote:
>>> Reminder: the Quarry Hill Road parking structure will be closed for resurfacing
>>> October 21-23. Please plan accordingly.
>>>
>>> Lanternfield Facilities
"""
    return plain(m, body, cte='base64')


@reg('phi', 'care', 'Loretta Dunmore')
def care_6():
    m = new(OKAFOR, LORRAINE, "Visual field results for Ms. Dunmore - eligibility",
            date=rdate(22, 13))
    body = """Lorraine,

As requested, here are the field results for Ms. Loretta Dunmore for her eligibility
determination. She was seen here 9/24.

Best corrected acuity:   OD 20/200   OS 20/160   OU 20/160 (ETDRS chart at 2 m)
Humphrey 24-2 SITA-Fast:
   OD  MD -21.37 dB  PSD 9.84 dB   fixation losses 2/14
   OS  MD -18.90 dB  PSD 11.02 dB  fixation losses 1/13
Goldmann III4e: remaining central field approx. 14 degrees horizontal diameter OS,
   11 degrees OD.

So she meets the field criterion (20 degrees or less in the better eye) independent of the
acuity. I've signed the Commission's eye report form and Keisha will fax it over today with
the full printout.

Functionally: she's no longer able to read standard print, she uses the bus but says she
misses the route number until the bus is right in front of her. I'd like O&M to evaluate
her and she is interested in job retraining, which I told her would be a conversation with
you.

Miriam""" + sig('okafor') + "\n\n" + DISCLAIMER
    return plain(m, body, cte='quoted-printable')


@reg('phi', 'care', 'Eugene Sandoval')
def care_7():
    m = new(OKAFOR, KEISHA, "DMV vision form - Eugene Sandoval",
            date=rdate(55, 11))
    text = """Keisha,

Attached is the completed DMV vision report for Mr. Eugene Sandoval (seen today). Please fax
it to the Medical Review Unit at 555-0131 and scan a copy into his chart.

His acuity with his new glasses is 20/100 in the better eye, which is below the 20/70
standard for an unrestricted license and below the 20/100-with-bioptic threshold once you
account for the field. I went over it with him and his son. He is not a candidate for
bioptic training at this point. He took it hard - he's been driving to the VFW every day
for 40 years. I'd like Renata or Tomasz to call him this week about transit options and
the paratransit application, and please send him the driving-retirement resource sheet in
large print.

Thanks,
Dr. O"""
    pdf = pdf_bytes([
        "DEPARTMENT OF MOTOR VEHICLES - MEDICAL REVIEW UNIT",
        "REPORT OF VISION EXAMINATION   Form MV-80L",
        "",
        "Section A - Driver",
        "Name: SANDOVAL, EUGENE R.",
        "Date of birth: 06/19/1943        Driver license no.: S530-771-43-219-0",
        "Address: 77 Wickham Lane, Apt 3, Riverton",
        "",
        "Section B - Examination (completed by eye care professional)",
        "Date of examination: 10/28/2024",
        "Visual acuity with correction:  OD 20/100   OS 20/250   OU 20/100",
        "Horizontal visual field (binocular): 95 degrees",
        "Is the condition progressive?  [X] Yes  [ ] No",
        "Bioptic telescope recommended?  [ ] Yes  [X] No",
        "Recommendation: [ ] No restriction  [ ] Daylight only  [X] Should not drive",
        "",
        "Examiner: Miriam Okafor-Brandt, OD     License no. OD-0048812",
        "Lanternfield Vision Rehabilitation Center, 1420 Quarry Hill Road, Suite 200",
        "Signature on file                       Date: 10/28/2024",
    ], title="MV-80L Sandoval")
    alt(m, text)
    return attach(m, pdf, *PDF, "MV-80L_Sandoval_E.pdf")


@reg('phi', 'care', 'Ida Kowalczyk')
def care_8():
    m = new('Sheila Brandvold <sheila.brandvold@mailbox.example>', GWEN,
            "Tuesday reading visit", date=rdate(61, 19))
    body = """Hi Gwen,

Just my notes from today so you have them. I was at Mrs. Ida Kowalczyk's from 2 to 3:30.

We went through two weeks of mail. Mostly catalogs and the church bulletin. But a couple of
things I thought you should know about:

- There was a letter from her pharmacy saying they are switching her eye drops to a
  generic and the bottle will look different. She was worried she won't be able to tell
  the new bottle apart from the other one, so I put a rubber band on the new one and told
  her the band one is the evening drop. I hope that was okay.
- There was a "missed appointment" notice from Valley Retina for Oct 30. She said she
  didn't go because she didn't have a ride. She asked me to call them to reschedule her
  injection but I didn't feel right doing that for her. Could someone from the center help?
- Her electric bill had a past due notice. I read it to her and she said her nephew would
  handle it.

She's in good spirits. She's still using the big magnifier you all gave her for the TV
guide.

See you at the volunteer lunch,
Sheila

Sent from my iPad"""
    return plain(m, body)

# ===========================================================================
# phi-names
# ===========================================================================
@reg('phi', 'names', 'Nguyễn Thị Lan')
def names_1():
    m = new(CHAU, TOMASZ, "Nguyễn Thị Lan – cane lesson moved to Thu 2pm",
            date=rdate(18, 9))
    body = """Tomasz,

Her son called me back. She can't do Wednesday morning anymore because of the dialysis
schedule change, so can we move her to Thursday at 2? He will be there to interpret the
first half hour and then he has to leave for work - I can come along for the rest if you
want, I'm free Thursday afternoon.

She said the new cane is "too long", it hits her chin when she stands it up. Maybe you can
cut it down or swap it. She's 4'10".

Chau""" + sig('chau')
    return plain(m, body, cte='quoted-printable')


@reg('phi', 'names', 'Chidinma Adebayo-Okonkwo')
def names_2():
    m = new(TOMASZ, INGRID, "Re: Adebayo-Okonkwo, Chidinma — O&M readiness for guide dog application",
            cc=LORRAINE, date=rdate(27, 14))
    body = """Hi Ingrid,

Following up on your questions about Ms. Adebayo-Okonkwo's application.

1. Orientation and mobility: Chidinma completed a full O&M course with me in the spring
   (24 lessons). She travels independently with a long cane in residential and business
   areas and on the light rail, including the transfer at Union Station. She handles
   unfamiliar routes with verbal directions and uses a GPS app.
2. Pace: she walks fast - I'd estimate 3.5 mph - which is part of why she wants a dog. The
   cane slows her down in crowds downtown.
3. Daily travel: she'll be commuting to her new job at the county library three days a
   week. Lorraine (cc'd) is her VR counselor and can speak to the job.
4. Vision: she has light perception only in the left eye and none in the right; she does
   not use vision for travel.
5. Health/stamina: no concerns on my end. She mentioned her knee was bothering her after
   the half marathon but she's fine now.

I'm happy to do the walk-with-a-trainer evaluation with your field rep when they're in
the area. Chidinma prefers Tuesdays or Thursdays.

Best,
Tomasz

On 10/1/2024 10:12 AM, Ingrid Solberg wrote:
> Hello Tomasz,
>
> We received an application from Chidinma Adebayo-Okonkwo listing you as her O&M
> instructor. Could you send us a brief summary of her travel skills, typical daily
> routes, and anything we should know about her pace or stamina? We'll also need the
> eye report from her ophthalmologist, which she says is coming.
>
> Kind regards,
> Ingrid
""" + sig('tomasz')
    return plain(m, body)


@reg('phi', 'names', 'Jan-Willem van der Meer')
def names_3():
    m = new(KEISHA, OKAFOR, "re: van der Meer", date=rdate(9, 12))
    text = """Dr. O,

Mr. van der Meer's wife called again about the reading glasses you prescribed on the 3rd.
She says he can read the newspaper headlines with them but not the stock tables, and he
keeps taking them off to look at the TV across the room and then can't find them. She's
asking if he can come back before his 6-week follow-up, or if the half-eyes would help.

For the chart: Jan-Willem van der Meer, +10.00 high-add readers, ordered through Brightline
Optical 9/5.

I told her I'd ask you. Her number is 555-0126, she's home after 1.

K.""" + sig('keisha')
    return alt(m, text, cte='7bit')


@reg('phi', 'names', 'Venkataraman, Lakshmi')
def names_4():
    m = new(RENATA, PRIYA, "Venkataraman, Lakshmi - home visit notes 10/9", date=rdate(36, 17))
    body = """Priya,

Home visit today at Mrs. Venkataraman's daughter's house (she moved in with the daughter's
family in August). Wanted to share since you're seeing her next week for the handwriting
and the kitchen.

- Kitchen: we put bump dots on the stove dial at 350 and on the microwave Start, 30s and
  Cancel. She cooks a lot and wants to keep making dosas - the black griddle on the dark
  granite is very hard for her to see, I suggested a white cutting board as a work surface
  to give contrast.
- Medications: her daughter sets up a weekly pill organizer, but Mrs. V wants to do her
  own insulin pen. She can't see the dose window. I showed her the clicks (counting them
  out loud) and she did it correctly twice, but I'd like you to double check with the
  magnifier.
- Lighting: the hallway to the bathroom is dark at night. Daughter will get plug-in
  motion lights.
- Reading: she reads Tamil and English; she wants to read her prayer book. 4x stand mag
  is working for the English large print but the Tamil book print is smaller.

Lakshmi prefers mornings and her grandson Arjun is usually there till 10 and can let you
in.

Renata""" + sig('renata')
    return plain(m, body)


@reg('phi', 'names', 'Abdel-Rahman Al-Masri')
def names_5():
    m = new('Dr. Naveen Oduya <noduya@%s>' % RD, OKAFOR,
            "Referral: Abdel-Rahman Al-Masri (prism evaluation)", date=rdate(15, 8))
    text = """Dear Dr. Okafor-Brandt,

I'd be grateful if you could see Mr. Abdel-Rahman Al-Masri for a low vision evaluation and
consideration of a prism trial. He is a 67-year-old retired civil engineer who had a left
occipital stroke in June and has a dense right homonymous hemianopia. His acuity is
20/25 OU and his retinal exam is unremarkable.

He is bumping into door frames on his right and has stopped going to the mosque on his own.
His family is also worried about him crossing the street. Mr. Al-Masri is motivated and
speaks English well; his son Karim usually accompanies him.

I have cc'd nothing to the Commission yet - he isn't sure he wants to be "registered".

Sincerely,
Naveen Oduya, MD
Valley Retina Associates
555-0150"""
    html = """<html><body style="font-family:Georgia,serif">
<p>Dear Dr. Okafor-Brandt,</p>
<p>I'd be grateful if you could see <b>Mr. Abdel-Rahman Al-Masri</b> for a low vision evaluation and
consideration of a prism trial. He is a 67-year-old retired civil engineer who had a left
occipital stroke in June and has a dense right homonymous hemianopia. His acuity is
20/25 OU and his retinal exam is unremarkable.</p>
<p>He is bumping into door frames on his right and has stopped going to the mosque on his own.
His family is also worried about him crossing the street. Mr. Al-Masri is motivated and
speaks English well; his son Karim usually accompanies him.</p>
<p>I have cc'd nothing to the Commission yet - he isn't sure he wants to be &quot;registered&quot;.</p>
<p>Sincerely,<br>Naveen Oduya, MD<br>Valley Retina Associates<br>555-0150</p>
</body></html>"""
    return alt(m, text, html, cte='base64', hcte='base64')


@reg('phi', 'names', 'Jiří Dvořáček')
def names_6():
    m = new(TOMASZ, 'Marek Šťastný <mstastny@%s>' % CD,
            "coverage Fri - Dvořáček", date=rdate(44, 10))
    body = """Marek,

Thanks for covering Friday. Your 10:00 is Jiří Dvořáček (pronounced YEER-zhee DVOR-zhah-chek,
he'll appreciate it if you get it right, he says nobody here does). He's at the senior
apartments on Haldane Ave, unit 512, buzzer says "Dvoracek".

Where we are: he's been using the cane indoors only and has refused to go outside with it
since the winter fall. Last two lessons we did the building hallways, elevator and mailroom.
Friday the goal is just out the front door to the bench and back. Don't push, if he says
no, do the mailroom again. Pan Dvořáček gets dizzy when he stands up fast so give him a
minute after he gets up from the chair.

Cane is a 52" rigid with a ball tip, it lives behind his door.

díky!
T.""" + sig('tomasz')
    return plain(m, body, cs='utf-8', cte='quoted-printable')


@reg('phi', 'names', 'Hélène Lefèvre-Desrosiers')
def names_7():
    m = new('Sylvie Desrosiers <sylvie.d@maplemail.example>', INTAKE,
            "Ma mère / my mother - Hélène Lefèvre-Desrosiers", date=rdate(5, 20))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13pt">
<p>Hello,</p>
<p>My mother, <b>Hélène Lefèvre-Desrosiers</b>, was told by her eye doctor in Montréal
before she moved here that she should be seen at a low vision clinic. She is 84 and has
macular degeneration in both eyes, she gets the injections in the right eye every eight
weeks. She now lives with me here in town.</p>
<p>Hélène can't read her own letters any more and she has given up the crossword, which
was her favourite thing. She also nearly fell on the stairs to the basement last week
because she did not see the last step.</p>
<p>Could you tell me how to make an appointment and if we need a referral? Her health card
is still from Québec, will that be a problem?</p>
<p>Merci beaucoup,<br>Sylvie Desrosiers<br>555-0192</p>
</body></html>"""
    return html_only(m, html, cs='iso-8859-1', cte='quoted-printable')


@reg('phi', 'names', "Maeve O'Shaughnessy")
def names_8():
    inner = new(KEISHA, DANA, "Fwd: message from the answering service", date=rdate(70, 8))
    plain(inner, """Dana can you handle this one, I'm out tomorrow.

---------- Forwarded message ---------
From: Answering Service <calls@tellapoint.example>
Date: Sun, Nov 10, 2024 at 6:41 PM
Subject: message from the answering service

CALLER: Maeve O'Shaughnessy
CALLBACK: 555-0138
MESSAGE: Caller says her magnifier light stopped working and she can't read her
medication labels without it. Wants to know if she can bring it in or if someone can
come out. Says she was seen by Dr. Okafor last month.
""")
    m = new(DANA, 'Renata Salgado <rsalgado@%s>' % CD, "M. O'Shaughnessy - magnifier repair?",
            date=rdate(71, 9))
    text = """Renata,

See Keisha's forward below. Mrs. O'Shaughnessy (the lady with the purple coat, she came
with her neighbor) - her 5x illuminated stand mag stopped lighting up. I called her back,
she says she changed the batteries. Maeve says she can't get here until her neighbor is
free Thursday. Are you near Fairhaven Road this week? If not I'll have her mail it and
send a loaner from the closet.

Dana"""
    plain(m, text)
    return attach_msg(m, inner)

# ===========================================================================
# phi-self
# ===========================================================================
@reg('phi', 'self', 'June Abernathy')
def self_1():
    m = new('June Abernathy <jabernathy44@postbox.example>', INTAKE,
            "magnifier question", date=rdate(3, 7))
    body = """To whom it may concern,

My granddaughter is typing this for me. I am 88 years old and I have macular degeneration
in both eyes. The left one is the "dry" kind and the right one is the "wet" kind and I have
been getting the shots in the right eye at Valley Retina since 2021. Dr. Oduya says it is
stable but I cannot read my mail or my checkbook anymore and I can't see faces in church.

I saw in the Senior Center newsletter that you have magnifiers and that you can come to the
house. I don't drive anymore. Do I need my doctor to send something? I have Medicare and a
supplement.

Thank you kindly,
June

June Abernathy
(555) 0119"""
    return plain(m, body)


@reg('phi', 'self', 'Cliff Haines')
def self_2():
    m = new('Cliff Haines <cliffh@riverbend-mail.example>', MARCUS,
            "about the driving", date=rdate(24, 21))
    body = """Mr. Tellez,

You said to write down my questions so here they are.

I turned in my license last month after the eye doctor said my glaucoma has gotten worse
and my side vision is mostly gone. I had the cataract surgery on both eyes in 2022 which
helped for a while. I am on three different drops now. I am 81, DOB 2/27/1943 if you need
it for the file.

1. The paratransit application asks for a doctor to sign. Does the eye doctor count or
   does it have to be my regular doctor?
2. Can the Commission help pay for the cab to my eye appointments? They are every 3 months
   and it's $38 each way.
3. Someone told me there is a class for people who are losing their vision. I'd like to
   go if it's not all day.

I also want to say I am not happy about any of this but my wife says I'm safer and she's
probably right. I had two near misses at the intersection by the Walgreens that I never
told her about.

Cliff Haines
Sent from my phone, excuse typos"""
    return plain(m, body)


@reg('phi', 'self', 'Dolores Whitfield')
def self_3():
    m = new('Dolores Whitfield <dwhitfield.home@postbox.example>', TOMASZ,
            "I fell again", date=rdate(52, 8))
    body = """Tomasz I wanted to tell you before our lesson Thursday that I fell again on Saturday.
I was walking home from the bus and didnt see the curb where it goes down at the corner by
the pharmacy, the one with no yellow bumps. I went right down on my knees and scraped both
hands. A man helped me up. I didnt go to the hospital but my right knee is swollen and my
daughter made me go to urgent care yesterday, they said its just a sprain and gave me a
brace. I am OK but I'm scared to go out now.

I wasn't using the cane. I know I know. I was carrying groceries and it was in my bag.

Can we still do Thursday or should we wait? I can walk OK with the brace.

Dolores

Sent from my iPhone"""
    return plain(m, body)


@reg('phi', 'self', 'Marisol Quintanilla')
def self_4():
    m = new('Marisol Quintanilla <marisolq.design@freshmail.example>', LORRAINE,
            "RE: IPE meeting follow up", date=rdate(31, 22))
    text = """Hi Lorraine,

Thanks for meeting with me Tuesday. I've been thinking about what you asked - what I
actually can and can't do at work - so I'm putting it in writing.

My RP has progressed a lot in the last two years. I have maybe 8-10 degrees of central
vision left in my right eye and less in the left. In good light I can still read 14-point
on my monitor with ZoomText at 2x, but I'm exhausted by 2pm. Night blindness is the big
thing: I can't get to the parking garage after 5pm in the winter without help, and I
missed a curb last December and broke my wrist.

What I think would help:
- a screen reader (I want to learn JAWS now, before I need it)
- a larger monitor and a document camera
- O&M training for the route from the train to my office, especially in the dark
- eventually a guide dog, I've talked to Harborlight

I know the retinal specialist also mentioned a clinical trial but I'm not ready to decide
about that.

Marisol

> From: Lorraine Beaudry
> Sent: Tuesday, October 1, 2024 4:55 PM
> Subject: IPE meeting follow up
>
> Marisol, it was good to meet with you today. As we discussed, please send me a short
> description of the tasks at work that are getting harder, and what you think would help,
> and I'll draft the Individualized Plan for Employment for us to review together.
> Lorraine"""
    html = """<html><body><div style="font-family:Segoe UI,sans-serif;font-size:12pt">
<p>Hi Lorraine,</p>
<p>Thanks for meeting with me Tuesday. I've been thinking about what you asked - what I
actually can and can't do at work - so I'm putting it in writing.</p>
<p>My RP has progressed a lot in the last two years. I have maybe 8-10 degrees of central
vision left in my right eye and less in the left. In good light I can still read 14-point
on my monitor with ZoomText at 2x, but I'm exhausted by 2pm. Night blindness is the big
thing: I can't get to the parking garage after 5pm in the winter without help, and I
missed a curb last December and broke my wrist.</p>
<p>What I think would help:</p>
<ul><li>a screen reader (I want to learn JAWS now, before I need it)</li>
<li>a larger monitor and a document camera</li>
<li>O&amp;M training for the route from the train to my office, especially in the dark</li>
<li>eventually a guide dog, I've talked to Harborlight</li></ul>
<p>I know the retinal specialist also mentioned a clinical trial but I'm not ready to decide
about that.</p>
<p>Marisol</p>
<hr><p style="color:#666"><b>From:</b> Lorraine Beaudry<br><b>Sent:</b> Tuesday, October 1, 2024 4:55 PM<br>
<b>Subject:</b> IPE meeting follow up</p>
<p style="color:#666">Marisol, it was good to meet with you today. As we discussed, please send me a short
description of the tasks at work that are getting harder, and what you think would help,
and I'll draft the Individualized Plan for Employment for us to review together.<br>Lorraine</p>
</div></body></html>"""
    return alt(m, text, html)


@reg('phi', 'self', 'Lionel Batiste')
def self_5():
    m = new('Lionel Batiste <lbatiste1952@postbox.example>', FRONTDESK,
            "Re: Appointment reminder - Lanternfield Vision Rehabilitation Center",
            date=rdate(66, 18))
    body = """Yes I will be there Wednesday at 1. But please let the doctor know that my sugar has been
running high since they changed my insulin last month, like 250-300 in the mornings, and my
vision goes blurry on and off depending on the day. Dr. Patel at the diabetes clinic says
it's from the sugar and not the retinopathy getting worse but I want the low vision doctor
to know before she does the glasses. Also I had the laser in my left eye again in October.

My wife will drive me.

Lionel

On Mon, Nov 4, 2024, Lanternfield Front Desk <frontdesk@lanternfield.example> wrote:
> This is a reminder of your upcoming appointment:
>
>   Wednesday, November 6, 2024 at 1:00 PM
>   Low Vision Follow-up with Dr. Miriam Okafor-Brandt
>   1420 Quarry Hill Road, Suite 200
>
> Please bring your current glasses, any magnifiers you use, and a list of your
> medications. Reply to this email or call 555-0100 to confirm or reschedule.
>
> Lanternfield Vision Rehabilitation Center"""
    return plain(m, body, cte='quoted-printable')


@reg('phi', 'self', 'Anjali Deshmukh')
def self_6():
    m = new('Anjali Deshmukh <anjali.deshmukh@campusmail.example>', INGRID,
            "Guide dog application - personal statement", date=rdate(42, 23))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Personal statement</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;line-height:1.5">
<h3>Personal Statement &ndash; Anjali Deshmukh</h3>
<p><b>Date of birth:</b> March 14, 1999<br><b>Phone:</b> 555-0171<br>
<b>Current O&amp;M instructor:</b> Tomasz Wielgosz, Lanternfield</p>
<p>I was born with Leber congenital amaurosis and have been totally blind since I was a
child, with light perception only. I have used a long cane since I was six. I am finishing
my master's in social work this spring and I'll be doing my field placement at a hospital
across town, which means two buses and a long walk through a parking lot that is always
full of moving cars.</p>
<p>I'm applying for a guide dog because I want more speed and safety in busy places.
I also have mild asthma (controlled, I use an inhaler maybe once a month) and I'm not
allergic to dogs &mdash; we had a family dog growing up. I'm comfortable with a large
dog and I can commit to the three-week residential training in the summer.</p>
<p>Thank you for considering my application.</p>
<p>Anjali</p>
</body></html>"""
    return html_only(m, html, cte='base64')


@reg('phi', 'self', 'Dorothy Lindqvist')
def self_7():
    m = new('Dot Lindqvist <dotlindqvist@oldmill.example>', OKAFOR,
            "something I didn't want to say in front of my son", date=rdate(80, 15))
    body = """Dear Dr. Okafor-Brandt,

I didn't want to say this in front of Gary at my appointment on Monday because he already
thinks I shouldn't be living alone.

For a few months now I have been seeing things that aren't there. Mostly little people in
old-fashioned clothes standing in the corner of the living room, and sometimes brick
patterns on the wall or flowers on the carpet. I know they are not real. They don't talk
or anything. But I am frightened that it is the start of dementia like my sister had.

My vision has gotten much worse this year in both eyes since the bleeding in the back of
the left eye. Is this something to do with my eyes or should I see someone else? I have not
told my regular doctor either.

Thank you for listening,
Dot

Dorothy Lindqvist
DOB 08/03/1936"""
    return plain(m, body, cs='iso-8859-1', cte='7bit')

# ===========================================================================
# phi-ids
# ===========================================================================
@reg('phi', 'ids', 'FAIRCLOUGH, HERBERT J.')
def ids_1():
    m = new('CBVI Authorizations <authorizations@%s>' % CMD, BILLING,
            "Service Authorization AUTH-2024-118734", date=rdate(8, 10))
    body = """SERVICE AUTHORIZATION - VENDOR COPY

Vendor:            Lanternfield Vision Rehabilitation Center (Vendor #V-20417)
Authorization no.: AUTH-2024-118734
Consumer:          FAIRCLOUGH, HERBERT J.
Consumer ID:       C-0047719
Date of birth:     04/22/1951
Program:           Independent Living - Older Individuals Who Are Blind (OIB)
Case manager:      Marcus Tellez, 555-0187

Authorized services                                   Units   Rate      Amount
------------------------------------------------------------------------------
LV-01  Low vision clinical evaluation                    1   $185.00   $185.00
LV-03  Low vision device, up to $350 (per quote)         1   $350.00   $350.00
VRT-1  Vision rehab therapy, in-home (per hour)          6    $72.00   $432.00
------------------------------------------------------------------------------
                                                                 Total $967.00

Authorization period: 09/11/2024 - 03/10/2025
Invoices must reference the authorization number and consumer ID. Attach the evaluation
report to the invoice for LV-01.

""" + COMM_DISCLAIMER
    return plain(m, body)


@reg('phi', 'ids', 'Rosalind Achebe')
def ids_2():
    m = new(FAISAL, 'Claims Support <support@medbridge-clearing.example>',
            "Denied claim 22-4118-00731-07 / MBI 1EG4-TE5-MK73", date=rdate(46, 11))
    body = """Hello,

We received a denial (CARC 96 / RARC N130) on the claim below and need help understanding
whether this was a payer-side edit or a problem with how our file went out.

  Patient:        Rosalind Achebe
  MBI:            1EG4-TE5-MK73
  DOB:            1947-01-09
  Claim #:        22-4118-00731-07
  DOS:            08/27/2024
  Lines:          92004  comprehensive eye exam, new pt           $210.00  PAID
                  V2600  hand-held low vision aid                  $96.00  DENIED
                  97535  self-care/home mgmt training, 3 units    $141.00  PAID

The V2600 was the 5x illuminated handheld. I know Medicare generally excludes low vision
aids but the patient has a Medicare Advantage plan that lists them as a supplemental
benefit, so I believe this should have gone to the MA plan, not traditional Medicare.
Her MA member ID is RVH-88120734-01.

Can you tell me if the payer ID on the 837 was correct?

Thank you,
Faisal""" + sig('faisal')
    return plain(m, body)


@reg('phi', 'ids', 'Thaddeus Obi')
def ids_3():
    m = new(KEISHA, TOMASZ, "new O&M referral - home address", date=rdate(19, 15))
    text = """Tomasz,

New one for you from the Commission (Marcus). Initial O&M assessment, in-home.

Thaddeus Obi
418 Larkspur Court, Apt 2B (back building, ring 2B, intercom is broken - call first)
Home: 555-0148   Daughter (Ngozi): 555-0183

He had a sudden loss of vision in April, lost his job as a bus driver, hasn't left the
apartment alone since. Marcus says he's "very down" and the daughter is the one pushing
for services. No cane yet. He's 6'3" so bring a long one.

Keisha"""
    return alt(m, text)


@reg('phi', 'ids', 'Evangeline Marchbanks')
def ids_4():
    m = new('Riverton Family Medicine <fax-relay@rivertonfm.example>', INTAKE,
            "Fax: records request response (3 pages)", date=rdate(13, 13))
    text = """FAX COVER SHEET

TO:      Lanternfield Vision Rehabilitation Center - Intake
FAX:     555-0199
FROM:    Riverton Family Medicine - Medical Records
PHONE:   555-0157
PAGES:   3 including cover
DATE:    9/17/2024

RE: Evangeline Marchbanks, born 2 Feb 1946, our chart # RFM-00-38291

Per your request dated 9/12 we are sending the most recent office note, medication list
and the last A1c. Ms. Marchbanks' PCP is Dr. Hollis Grant. Note the patient had a
medication change on 8/30 (metformin dose increased) and was referred to ophthalmology.

The information contained in this facsimile is confidential and intended only for the
use of the individual or entity named above."""
    alt(m, text, cte='7bit')
    pdf = pdf_bytes([
        "RIVERTON FAMILY MEDICINE",
        "Patient: MARCHBANKS, EVANGELINE   DOB: 02/02/1946   Chart: RFM-00-38291",
        "Visit date: 08/30/2024   Provider: Hollis Grant, MD",
        "",
        "S: 78 y/o F here for 3-month follow up. Reports difficulty reading pill bottles,",
        "   two falls at home since June, no injury. Stopped driving in July.",
        "O: BP 138/82. Wt 71 kg. Monofilament decreased bilat feet.",
        "A/P: 1. Type 2 DM, A1c 8.4 - increase metformin to 1000 mg BID.",
        "     2. Decreased vision - refer ophthalmology and low vision rehab.",
        "     3. Falls - home safety evaluation; PT referral.",
        "",
        "MEDICATIONS: metformin 1000 mg BID; lisinopril 10 mg daily; atorvastatin 20 mg qhs;",
        "             latanoprost 0.005% 1 gtt OU qhs",
        "LAST A1c: 8.4% (08/30/2024)",
    ], title="Records - Marchbanks")
    return attach(m, pdf, *PDF, "fax_20240917_1312.pdf")


@reg('phi', 'ids', 'Kwame Asante-Boateng')
def ids_5():
    m = new(DANA, 'Eligibility Desk <eligibility@clearsight-vision.example>',
            "Eligibility check - low vision benefit", date=rdate(38, 9))
    body = """Good morning,

Could you confirm low vision benefit eligibility and remaining allowance for the member
below? He is scheduled for a low vision evaluation with Dr. Okafor-Brandt on 10/22 and
will likely need a spectacle-mounted telescope.

Member name:   Kwame Asante-Boateng
Member ID:     XJH884417203
Group:         55102-A
DOB:           1958-11-30
Subscriber:    self
Provider NPI:  1902847365 (Lanternfield Vision Rehabilitation Center)

He told us he used part of his materials allowance at another optical shop in March.

Thanks,
Dana Whitcombe
Patient Services, Lanternfield
555-0100 option 1"""
    return plain(m, body, cte='quoted-printable')


@reg('phi', 'ids', 'Mildred Szymanski')
def ids_6():
    m = new(FAISAL, 'Gary Szymanski <gszymanski@lakeshore-mail.example>',
            "Your mother's account #7730012", date=rdate(74, 14))
    text = """Dear Mr. Szymanski,

Thank you for calling about your mother's statement. I've looked into account #7730012
(Mildred Szymanski) and here is the breakdown:

  10/15/2024  Low vision evaluation              $210.00   paid by Medicare $168.00
  10/15/2024  Video magnifier, portable 7"       $649.00   not covered - patient resp.
  10/29/2024  Device training, 2 units            $94.00   paid by Medicare $75.20
  Payments received 11/02/2024 (check 2210)                 -$200.00
                                                ------------
  Balance due                                     $509.80

The portable video magnifier isn't a Medicare-covered item. Because your mother is
also a Commission consumer, it may be possible for the Commission to cover part of it -
her case manager would need to send us an authorization. If that's not possible we can
set up a payment plan of $50/month with no interest.

Sincerely,
Faisal Qureshi
Billing & Reimbursement
Lanternfield Vision Rehabilitation Center | 555-0100 x240"""
    return alt(m, text)


@reg('phi', 'ids', 'Terrence Lykins')
def ids_7():
    m = new(LORRAINE, 'Sandra Pike <spike@%s>' % CMD, "VR-19-004418 transfer to Western District",
            date=rdate(57, 16))
    body = """Sandra,

Transferring this VR case to your office since the consumer has moved to Millbrook.

Consumer:   Terrence Lykins
Case no.:   VR-19-004418
SSN:        xxx-xx-4471
DOB:        12/05/1988
Status:     Status 18 - Training, under IPE amended 06/2024
Disability: Legal blindness - optic atrophy secondary to a traumatic brain injury (2019);
            also documented PTSD, sees counselor at the VA
Vendors:    Lanternfield (low vision + O&M, complete); Capital Tech College (IT support
            certificate, 2 semesters remaining)
Devices:    JAWS license, 27" monitor, portable CCTV (purchased 2022)

He's a great guy, very motivated. His new address and phone are in the case file. The
college tuition for spring is already authorized (AUTH-2024-120055); he'll need a new
authorization for books and the Braille display repair.

Lorraine""" + sig('lorraine') + "\n\n" + COMM_DISCLAIMER
    return plain(m, body)


@reg('phi', 'ids', 'Augustina Ferraro')
def ids_8():
    m = new('Referrals <referrals@%s>' % RD, INTAKE, "MRN 00847193 - low vision referral",
            date=rdate(63, 9))
    text = """Please see the referral below. Records attached.

Patient: Augustina Ferraro
MRN: 00847193
DOB: 7.9.1940
Referring: Naveen Oduya, MD
Reason: Low vision rehabilitation. VA 20/300 OD, 20/400 OS. Disciform scars OU,
no further treatment planned. Patient lives alone, family concerned about safety.
Insurance: Medicare / AARP supplement

Valley Retina Associates
Referral Coordinator: Mireille Tan, 555-0150 x12"""
    alt(m, text)
    rec = ("VALLEY RETINA ASSOCIATES - CLINICAL SUMMARY\r\n"
           "MRN 00847193  FERRARO, AUGUSTINA  DOB 07/09/1940\r\n"
           "Last visit 11/04/2024 - Dr. N. Oduya\r\n"
           "VA cc: OD 20/300 ecc, OS 20/400. IOP 15/16.\r\n"
           "OCT: subretinal fibrosis OU, no fluid.\r\n"
           "Plan: stop anti-VEGF OU; refer low vision; RTC 6 mo.\r\n")
    return attach_text(m, rec, "Ferraro_A_summary.txt")

# ===========================================================================
# phi-lists
# ===========================================================================
@reg('phi', 'lists', 'Walter Pruitt')
def lists_1():
    m = new(DANA, TOMASZ + ", " + BRENT + ", Marek Šťastný <mstastny@%s>" % CD,
            "O&M schedule Thu 10/24", date=rdate(50, 16))
    body = """Tomorrow's field schedule. Van is with Brent. Marek please confirm you got the
Dvoracek key code from Tomasz.

TIME    INSTR    CLIENT                  LOCATION                     LESSON
------  -------  ----------------------  ---------------------------  --------------------------
 8:30   TW       Walter Pruitt           Garner St @ #14 bus stop     bus boarding (7/10)
10:00   MS       Jiri Dvoracek           Haldane Ave Sr Apts #512     indoor/lobby - go slow
10:30   BI       Priscilla Oyelaran      Lanternfield lobby           initial assessment
12:30   TW       Thaddeus Obi            418 Larkspur Ct 2B           initial, needs cane
 1:30   BI       Hoang Van Duc           Westgate Mall                 mall route, w/ interpreter
 3:00   TW       Marisol Quintanilla     Union Sta -> Ashby Bldg      dusk route, low light
 3:00   MS       Dolores Whitfield       CANCELLED - knee sprain      resched after 11/4

Dolores called, she's ok but wants to wait. Raymond Achterberg still on hold through 10/31.

Dana"""
    return plain(m, body)


@reg('phi', 'lists', 'Beatrice Holloway')
def lists_2():
    m = new(RENATA, MARCUS, "OIB devices issued - September", date=rdate(30, 12))
    rows = [
        ("Consumer", "Cons ID", "DOB", "Eye condition", "Device(s) issued", "Date"),
        ("Beatrice Holloway", "C-0045102", "03/11/1938", "AMD both eyes", "5x illum stand mag; talking watch", "09/04"),
        ("Herbert Fairclough", "C-0047719", "04/22/1951", "glaucoma", "bump dots; 20/20 pen; bold-line paper", "09/06"),
        ("Mildred Szymanski", "C-0046630", "10/30/1941", "AMD, wet OD", "portable 7in video mag (trial)", "09/10"),
        ("Oleksandr Hrytsenko", "C-0047002", "01/17/1944", "glaucoma, cataract OS", "PenFriend labeler; 3.5x handheld", "09/18"),
        ("Bernice Caldwell", "C-0044981", "05/05/1932", "diabetic retinopathy", "talking glucometer (loan); bump dots", "09/19"),
        ("Ida Kowalczyk", "C-0047388", "07/28/1935", "AMD", "large-button phone; 4x stand mag", "09/25"),
    ]
    table = "\n".join("\t".join(r) for r in rows)
    body = """Marcus,

Here's what I handed out in September for your OIB quarterly. Tab-separated so you can
paste it straight into the spreadsheet.

""" + table + """

Beatrice's daughter asked if the Commission can cover a second talking watch for the
bedroom; I said I'd ask.

Renata""" + sig('renata')
    return plain(m, body, cte='base64')


@reg('phi', 'lists', 'Ida Kowalczyk')
def lists_3():
    m = new(GWEN, 'Reading Companions Volunteers <readers@lists.%s>' % CD,
            "November reading assignments", date=rdate(62, 10))
    text = """Hello Reading Companions!

Here are the November pairings. Please remember: we read and sort mail, we do not make
phone calls or payments on a client's behalf - if something needs follow-up, tell me and
I'll pass it to the staff.

| Volunteer          | Client               | Day / time     | Notes                                  |
|--------------------|----------------------|----------------|----------------------------------------|
| Sheila Brandvold   | Ida Kowalczyk        | Tue 2:00       | pharmacy + retina clinic letters; ask  |
|                    |                      |                | about rescheduling her injection appt  |
| Tom Ruggiero       | Clifford Haines      | Mon 10:00      | paratransit forms; hard of hearing     |
| Anita Vos          | June Abernathy       | Wed 1:00       | Medicare EOBs - she gets confused      |
| Rick Delacroix     | Dorothy Lindqvist    | Fri 11:00      | son Gary handles bills, just read mail |
| Parveen Siddiqui   | Lakshmi Venkataraman | Thu 10:00      | English mail only; daughter at home    |
| Anita Vos          | Bernice Caldwell     | --             | REMOVED - client passed away 10/10     |

Thanks for everything you do.

Gwen""" + sig('gwen')
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello Reading Companions!</p>
<p>Here are the November pairings. Please remember: we read and sort mail, we do not make
phone calls or payments on a client's behalf - if something needs follow-up, tell me and
I'll pass it to the staff.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Volunteer</th><th>Client</th><th>Day / time</th><th>Notes</th></tr>
<tr><td>Sheila Brandvold</td><td>Ida Kowalczyk</td><td>Tue 2:00</td><td>pharmacy + retina clinic letters; ask about rescheduling her injection appt</td></tr>
<tr><td>Tom Ruggiero</td><td>Clifford Haines</td><td>Mon 10:00</td><td>paratransit forms; hard of hearing</td></tr>
<tr><td>Anita Vos</td><td>June Abernathy</td><td>Wed 1:00</td><td>Medicare EOBs - she gets confused</td></tr>
<tr><td>Rick Delacroix</td><td>Dorothy Lindqvist</td><td>Fri 11:00</td><td>son Gary handles bills, just read mail</td></tr>
<tr><td>Parveen Siddiqui</td><td>Lakshmi Venkataraman</td><td>Thu 10:00</td><td>English mail only; daughter at home</td></tr>
<tr><td>Anita Vos</td><td>Bernice Caldwell</td><td>--</td><td>REMOVED - client passed away 10/10</td></tr>
</table>
<p>Thanks for everything you do.</p><p>Gwen</p></body></html>"""
    return alt(m, text, html)


@reg('phi', 'lists', 'Priscilla Oyelaran')
def lists_4():
    m = new(BILLING, 'Vendor Invoices <vendorinvoices@%s>' % CMD,
            "Lanternfield - October service report & invoice V-20417-1024", date=rdate(60, 15))
    rows = [("auth_no", "consumer_id", "consumer_name", "dob", "service_code", "service_desc",
             "dos", "units", "rate", "amount", "staff")]
    data = [
        ("AUTH-2024-118734", "C-0047719", "Herbert Fairclough", "1951-04-22", "LV-01", "Low vision clinical evaluation", "2024-10-02", 1, 185.00, "OKB"),
        ("AUTH-2024-118734", "C-0047719", "Herbert Fairclough", "1951-04-22", "VRT-1", "Vision rehab therapy in-home", "2024-10-09", 2, 72.00, "RS"),
        ("AUTH-2024-119020", "C-0047812", "Priscilla Oyelaran", "1962-08-14", "OM-1", "O&M initial assessment", "2024-10-24", 2, 78.00, "BI"),
        ("AUTH-2024-117455", "C-0047002", "Oleksandr Hrytsenko", "1944-01-17", "VRT-1", "Vision rehab therapy in-home", "2024-10-11", 1.5, 72.00, "RS"),
        ("AUTH-2024-118902", "C-0047511", "Thaddeus Obi", "1971-03-03", "OM-1", "O&M initial assessment", "2024-10-24", 2, 78.00, "TW"),
        ("AUTH-2024-116310", "C-0046630", "Mildred Szymanski", "1941-10-30", "LV-03", "Low vision device - portable video magnifier", "2024-10-15", 1, 349.00, "OKB"),
        ("AUTH-2024-115877", "C-0045102", "Beatrice Holloway", "1938-03-11", "VRT-1", "Vision rehab therapy in-home", "2024-10-21", 2, 72.00, "RS"),
        ("AUTH-2024-118120", "C-0046915", "Walter Pruitt", "1949-12-02", "OM-2", "O&M instruction (per hour)", "2024-10-24", 1.5, 78.00, "TW"),
    ]
    for d in data:
        rows.append(d[:9] + ("%.2f" % (d[7] * d[8]),) + (d[9],))
    text = """Attached is Lanternfield's October service report for OIB and VR authorizations, with
invoice V-20417-1024. Evaluation reports for the LV-01 lines are being sent separately by
secure fax as usual.

Questions: Faisal Qureshi, 555-0100 x240

Lanternfield Billing"""
    plain(m, text)
    return attach(m, csv_bytes(rows), 'text', 'csv', "Lanternfield_Oct2024_service_report.csv")


@reg('phi', 'lists', 'Augustina Ferraro')
def lists_5():
    m = new(KEISHA, OKAFOR + ", " + DANA, "LV eval waitlist as of 11/1", date=rdate(59, 8))
    rows = [
        ("Added", "Last name", "First name", "DOB", "Phone", "Referral source", "Dx / reason", "Priority", "Notes"),
        ("2024-09-20", "Oyeyemi-Hart", "Samuel", "1955-06-02", "555-0161", "Valley Retina", "PDR s/p PRP OU, VA 20/200", "High", "lost job, VR referral pending"),
        ("2024-09-27", "Ferraro", "Augustina", "1940-07-09", "555-0113", "Valley Retina", "disciform scars OU", "High", "lives alone, 2 falls"),
        ("2024-10-03", "Al-Masri", "Abdel-Rahman", "1957-02-11", "555-0129", "Valley Retina", "R homonymous hemianopia (CVA 6/24)", "Med", "prism trial"),
        ("2024-10-08", "Pham", "Thi Ngoc Anh", "1949-12-25", "555-0177", "self / family", "glaucoma, advanced", "Med", "Vietnamese - Chau to interpret"),
        ("2024-10-14", "Brzezinski", "Władysław", "1939-04-04", "555-0104", "PCP Dr. Grant", "AMD dry OU", "Low", "hearing aids"),
        ("2024-10-22", "Lefèvre-Desrosiers", "Hélène", "1940-05-19", "555-0192", "daughter", "AMD wet OD on injections", "Med", "Québec insurance - check"),
        ("2024-10-30", "Kim", "Eun-ji", "2009-09-15", "555-0146", "school TVI", "Stargardt", "Med", "student, after 3pm only"),
    ]
    text = """Here's the current waitlist. Sorted by date added. Augustina Ferraro moved to High per
Dr. O on Friday. We have 3 openings the week of 11/11 if we can get the Québec insurance
question sorted for Mrs. Lefèvre-Desrosiers.

Keisha"""
    plain(m, text)
    return attach(m, xlsx_bytes(rows, "Waitlist"), *XLSX, "LV_waitlist_2024-11-01.xlsx")


@reg('phi', 'lists', 'Orlando Mbeki')
def lists_6():
    m = new(TOMASZ, INGRID, "Guide dog referrals from Lanternfield - fall 2024",
            cc=LORRAINE, date=rdate(77, 11))
    paras = [
        "**Lanternfield Vision Rehabilitation Center - Guide Dog Referral Summary, Fall 2024",
        "Prepared by Tomasz Wielgosz, COMS, for Harborlight Guide Dogs admissions",
        "",
        "**1. Chidinma Adebayo-Okonkwo (DOB 05/21/1994)",
        "Vision: LP OS, NLP OD. Independent cane traveler, light rail and downtown. Fast walker. Starting county library job. VR counselor: L. Beaudry.",
        "",
        "**2. Anjali Deshmukh (DOB 03/14/1999)",
        "Vision: LP only (LCA). Cane since age 6. MSW student, hospital placement in spring. Mild asthma, controlled.",
        "",
        "**3. Orlando Mbeki (DOB 10/02/1967)",
        "Vision: 20/800 OU, central scotomas (Leber hereditary optic neuropathy). Completed 18 O&M lessons. Type 2 diabetes, walks 2 miles daily. Concern: prior dog bite (2015) - says he is fine with dogs now.",
        "",
        "**4. Marisol Quintanilla (DOB 11/08/1990)",
        "Vision: RP, ~8-10 degree fields, night blind. Not yet applying - needs dusk route training first. Revisit spring 2025.",
    ]
    text = """Ingrid,

Attached is the summary of the four clients we've discussed this fall. Orlando is ready
now; Marisol is not yet and I've said so in the notes.

Tomasz""" + sig('tomasz')
    plain(m, text)
    return attach(m, docx_bytes(paras), *DOCX, "GuideDog_referrals_Fall2024.docx")


@reg('phi', 'lists', 'HOLLOWAY, BEATRICE')
def lists_7():
    m = new(FRONTDESK, OKAFOR + ", " + PRIYA + ", " + CHAU,
            "Clinic schedule Wed 11/6", date=rdate(63, 17))
    lines = [
        "LANTERNFIELD VISION REHABILITATION CENTER - DAILY SCHEDULE",
        "Wednesday, November 6, 2024        Printed 11/05/2024 4:52 PM",
        "",
        "PROVIDER: OKAFOR-BRANDT, MIRIAM OD            ROOM: LV-1",
        "08:30  HOLLOWAY, BEATRICE       03/11/1938  LV F/U      MCR     5x stand mag not helping",
        "09:30  FERRARO, AUGUSTINA       07/09/1940  LV NEW      MCR     ref Oduya; daughter coming",
        "10:45  OYEYEMI-HART, SAMUEL     06/02/1955  LV NEW      CBVI    auth AUTH-2024-119330",
        "13:00  BATISTE, LIONEL          01/22/1952  LV F/U      MCR/MA  BS running high - see msg",
        "14:00  BLOCKED - staff meeting",
        "15:00  PHAM, THI NGOC ANH       12/25/1949  LV NEW      MCD     interpreter: Chau (VI)",
        "",
        "PROVIDER: RAGHUNATHAN, PRIYA OTR/L           ROOM: OT-2",
        "09:00  VENKATARAMAN, LAKSHMI    02/08/1944  OT F/U      MCR     insulin pen w/ magnifier",
        "11:00  SZYMANSKI, MILDRED       10/30/1941  OT DEV TRN  MCR     portable CCTV training",
        "13:30  HRYTSENKO, OLEKSANDR     01/17/1944  OT F/U      CBVI    son will interpret (RU)",
        "",
        "Total booked: 9   No-shows last 30 days: 7",
    ]
    text = "Tomorrow's clinic schedule is attached (PDF). Interpreter for the 3:00 is confirmed.\n\nFront Desk"
    plain(m, text)
    return attach(m, pdf_bytes(lines, "Daily schedule 2024-11-06"), *PDF, "schedule_2024-11-06.pdf")

# ===========================================================================
# phi-struct
# ===========================================================================
@reg('phi', 'struct', 'OYELARAN^PRISCILLA^A')
def struct_1():
    m = new(LEO, 'Interface Team <interfaces@%s>' % RD, "ORU from your side not filing - sample msg",
            date=rdate(26, 10))
    hl7 = "\n".join([
        "MSH|^~\\&|VRA_EHR|VALLEYRETINA|LFLD_LV|LANTERNFIELD|20240927141502||ORU^R01^ORU_R01|VRA0927141502884|P|2.5.1",
        "PID|1||00851277^^^VRA^MR||OYELARAN^PRISCILLA^A||19620814|F|||2290 Cedar Bluff Rd^^Riverton^ST^40117||(555)555-0166|||||",
        "PV1|1|O|VRA-CLINIC^^^VALLEYRETINA||||1184420933^ODUYA^NAVEEN^^^MD",
        "ORC|RE|ORD55190|RES88213",
        "OBR|1|ORD55190|RES88213|VAEXAM^Visual acuity exam^L|||20240926103000",
        "OBX|1|ST|79880-1^Visual acuity OD best corrected^LN||20/400||||||F",
        "OBX|2|ST|79881-9^Visual acuity OS best corrected^LN||20/250||||||F",
        "OBX|3|NM|IOP-OD^Intraocular pressure OD^L||14|mm[Hg]|10-21||||F",
        "OBX|4|NM|IOP-OS^Intraocular pressure OS^L||15|mm[Hg]|10-21||||F",
        "OBX|5|TX|IMP^Impression^L||Geographic atrophy OU, foveal involvement. Refer low vision rehab.||||||F",
    ])
    body = """Hi team,

We're still not getting your results to file into our system - the message hits our engine
and errors out with "PID-3 assigning authority not recognized". Pasting one from yesterday's
log below (this is the real one that failed, so please handle accordingly). I think our
side is expecting VALLEYRETINA in PID-3.4 and you're sending VRA.

""" + hl7 + """

Can you confirm which value you're sending going forward? If it's VRA I'll add a mapping.

Thanks,
Leo""" + sig('leo')
    return plain(m, body)


@reg('phi', 'struct', 'HOANG^VAN DUC')
def struct_2():
    m = new(LEO, 'Scheduling Integrations <sched-int@%s>' % CMD,
            "SIU file for O&M appointments - batch 1029", date=rdate(56, 13))
    segs = [
        "MSH|^~\\&|LFLD_SCHED|LANTERNFIELD|CBVI_CMS|CBVI|20241029081500||SIU^S12|LF1029081500001|P|2.3",
        "SCH|A55120|A55120|||||OM-LESSON^O&M lesson^LOCAL|||90|MIN|^^90^20241031133000^20241031150000",
        "PID|1||C-0047933^^^CBVI^PI||HOANG^VAN DUC||19520306|M|||88 Westgate Blvd Apt 14^^Riverton^ST^40119||555-0179|||VI",
        "PV1|1|O|FIELD^^^LANTERNFIELD",
        "RGS|1",
        "AIP|1||BI0044^IWASAKI^BRENT^^^COMS|OM",
        "AIL|1||WESTGATE MALL^^^FIELD",
        "NTE|1||Interpreter (Vietnamese) required. Glaucoma - tunnel vision, uses long cane. Mall route lesson 3/8.",
        "MSH|^~\\&|LFLD_SCHED|LANTERNFIELD|CBVI_CMS|CBVI|20241029081500||SIU^S12|LF1029081500002|P|2.3",
        "SCH|A55121|A55121|||||OM-LESSON^O&M lesson^LOCAL|||60|MIN|^^60^20241031083000^20241031093000",
        "PID|1||C-0046915^^^CBVI^PI||PRUITT^WALTER^E||19491202|M|||14 Garner St^^Riverton^ST^40117||555-0135",
        "PV1|1|O|FIELD^^^LANTERNFIELD",
        "RGS|1",
        "AIP|1||TW0031^WIELGOSZ^TOMASZ^^^COMS|OM",
        "NTE|1||Bus boarding lesson 8/10. Roller tip.",
    ]
    hl7 = "\r".join(segs) + "\r"
    text = """Attached is this week's SIU batch for Commission-funded O&M appointments (2 messages).
This is the first batch on the new 2.3 profile you sent over - let me know if your side
parses it OK before I turn on the automatic feed.

Leo Marchetti
IT, Lanternfield"""
    plain(m, text)
    return attach(m, hl7.encode('ascii'), 'application', 'hl7-v2', "LF_SIU_20241029.hl7")


@reg('phi', 'struct', 'Rosalind Achebe')
def struct_3():
    m = new(FAISAL, 'EDI Support <edi@medbridge-clearing.example>',
            "Resubmission - corrected 837P for Achebe (frequency 7)", date=rdate(49, 10))
    segs = [
        "ISA*00*          *00*          *ZZ*LANTERNFLD01   *ZZ*MEDBRIDGE      *241022*1012*^*00501*000004417*0*P*:",
        "GS*HC*LANTERNFLD01*MEDBRIDGE*20241022*1012*4417*X*005010X222A1",
        "ST*837*0001*005010X222A1",
        "BHT*0019*00*LF4417*20241022*1012*CH",
        "NM1*41*2*LANTERNFIELD VISION REHABILITATION CENTER*****46*LF0001",
        "PER*IC*FAISAL QURESHI*TE*5555550100",
        "NM1*40*2*RIVERVALE HEALTH PLAN*****46*RVH01",
        "HL*1**20*1",
        "NM1*85*2*LANTERNFIELD VISION REHABILITATION CENTER*****XX*1902847365",
        "N3*1420 QUARRY HILL ROAD STE 200",
        "N4*RIVERTON*ST*401170000",
        "REF*EI*870012345",
        "HL*2*1*22*0",
        "SBR*P*18*RVH55102******MA",
        "NM1*IL*1*ACHEBE*ROSALIND****MI*RVH8812073401",
        "N3*5 MAGNOLIA TERRACE",
        "N4*RIVERTON*ST*401180000",
        "DMG*D8*19470109*F",
        "NM1*PR*2*RIVERVALE HEALTH PLAN*****PI*RVH01",
        "CLM*LF2408270031*96***11:B:7*Y*A*Y*Y",
        "REF*F8*22411800731070",
        "HI*ABK:H35.3133*ABF:H54.2X11",
        "LX*1",
        "SV1*HC:V2600*96*UN*1***1",
        "DTP*472*D8*20240827",
        "SE*23*0001",
        "GE*1*4417",
        "IEA*1*000004417",
    ]
    x12 = "~\n".join(segs) + "~\n"
    text = """Corrected claim attached for Rosalind Achebe's V2600 line, rebilled to the Medicare Advantage plan
(Rivervale) with frequency code 7 and the original claim number in REF*F8. Please
confirm it passes your front-end edits before it goes out.

Faisal""" + sig('faisal')
    plain(m, text)
    return attach(m, x12.encode('ascii'), 'application', 'edi-x12', "837P_LF4417_corrected.x12")


@reg('phi', 'struct', 'Kwame Asante-Boateng')
def struct_4():
    m = new('Eligibility Desk <eligibility@clearsight-vision.example>', DANA,
            "RE: Eligibility check - low vision benefit", date=rdate(38, 14))
    segs = [
        "ISA*00*          *00*          *ZZ*CLEARSIGHT     *ZZ*LANTERNFLD01   *241015*1402*^*00501*000088123*0*P*:~",
        "GS*HB*CLEARSIGHT*LANTERNFLD01*20241015*1402*88123*X*005010X279A1~",
        "ST*271*0001*005010X279A1~",
        "BHT*0022*11*LF-ELIG-1015*20241015*1402~",
        "HL*1**20*1~",
        "NM1*PR*2*CLEARSIGHT VISION PLAN*****PI*CSV01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*LANTERNFIELD VISION REHABILITATION CENTER*****XX*1902847365~",
        "HL*3*2*22*0~",
        "NM1*IL*1*ASANTE-BOATENG*KWAME****MI*XJH884417203~",
        "REF*6P*55102-A~",
        "DMG*D8*19581130*M~",
        "EB*1*IND*AL*VIS*LOW VISION BENEFIT~",
        "EB*F*IND*AL*VIS**23*1000.00*****~",
        "EB*F*IND*AL*VIS**29*612.50*****~",
        "MSG*MATERIALS ALLOWANCE USED 03/08/2024 - 387.50~",
        "EB*C*IND*AL*VIS**23*0.00~",
        "DTP*291*RD8*20240101-20241231~",
        "SE*17*0001~",
        "GE*1*88123~",
        "IEA*1*000088123~",
    ]
    body = """Hello Dana,

The member is active. Response from our system is below. Remaining low vision allowance
for 2024 is $612.50; the telescope will require prior authorization (form LV-PA-2).

""" + "\n".join(segs) + """

ClearSight Vision Plan - Provider Services
555-0122, Mon-Fri 8-6

> Member name:   Kwame Asante-Boateng
> Member ID:     XJH884417203
> Group:         55102-A
> DOB:           1958-11-30"""
    return plain(m, body, cte='quoted-printable')


@reg('phi', 'struct', 'Samuel Oyeyemi-Hart')
def struct_5():
    m = new(LEO, OKAFOR, "FHIR export for Oyeyemi-Hart (portal transfer)", date=rdate(69, 15))
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": "2024-11-12T15:20:44-05:00",
        "entry": [
            {"resource": {
                "resourceType": "Patient",
                "id": "lf-pt-20931",
                "identifier": [{"system": "urn:lanternfield:mrn", "value": "LF-020931"},
                               {"system": "urn:cbvi:consumer", "value": "C-0048011"}],
                "name": [{"family": "Oyeyemi-Hart", "given": ["Samuel", "Adewale"]}],
                "gender": "male",
                "birthDate": "1955-06-02",
                "telecom": [{"system": "phone", "value": "555-0161"}],
                "address": [{"line": ["31 Tannery Row"], "city": "Riverton", "postalCode": "40118"}]}},
            {"resource": {
                "resourceType": "Condition",
                "id": "lf-cond-1",
                "subject": {"reference": "Patient/lf-pt-20931"},
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.3553",
                                     "display": "Type 2 diabetes mellitus with stable proliferative diabetic retinopathy, bilateral"}]},
                "clinicalStatus": {"coding": [{"code": "active"}]}}},
            {"resource": {
                "resourceType": "Observation",
                "id": "lf-obs-va-od",
                "status": "final",
                "subject": {"reference": "Patient/lf-pt-20931"},
                "effectiveDateTime": "2024-11-06T10:45:00-05:00",
                "code": {"coding": [{"system": "http://loinc.org", "code": "79880-1",
                                     "display": "Visual acuity best corrected Right eye"}]},
                "valueString": "20/200"}},
            {"resource": {
                "resourceType": "Observation",
                "id": "lf-obs-va-os",
                "status": "final",
                "subject": {"reference": "Patient/lf-pt-20931"},
                "effectiveDateTime": "2024-11-06T10:45:00-05:00",
                "code": {"coding": [{"system": "http://loinc.org", "code": "79881-9",
                                     "display": "Visual acuity best corrected Left eye"}]},
                "valueString": "20/320"}},
            {"resource": {
                "resourceType": "DeviceRequest",
                "id": "lf-dr-1",
                "status": "active",
                "intent": "order",
                "subject": {"reference": "Patient/lf-pt-20931"},
                "codeCodeableConcept": {"text": "Electronic reading device, text-to-speech, handheld"},
                "authoredOn": "2024-11-06"}},
        ]}
    text = """Dr. O,

Here's the FHIR bundle the Commission's portal asked for on Samuel Oyeyemi-Hart, LF-020931 (patient, conditions,
the two acuity observations and the device request). I validated it against their
profile and it passes. If it looks right to you I'll upload it; otherwise tell me what to
change.

Leo"""
    plain(m, text)
    return attach(m, json.dumps(bundle, indent=2).encode('utf-8'), 'application', 'fhir+json',
                  "bundle_LF-020931.json")


@reg('phi', 'struct', 'Priscilla A. Oyelaran')
def struct_6():
    m = new('Lanternfield Web Forms <no-reply@%s>' % CD, INTAKE,
            "New self-referral form submission #4471", date=rdate(20, 22))
    body = """A new form was submitted on lanternfield.example/refer

Form: Self / Family Referral
Submission #: 4471
Submitted: 09/23/2024 10:14 PM

First name: Priscilla
Last name: Oyelaran
Full name as it appears on insurance card: Priscilla A. Oyelaran
Date of birth: 08/14/1962
Phone: 555-0166
Email: p.oyelaran@lakeshore-mail.example
Address: 2290 Cedar Bluff Rd, Riverton 40117
Preferred language: English
Who is completing this form: Self
Eye doctor: Dr. Naveen Oduya, Valley Retina Associates
Eye condition (if known): geographic atrophy, both eyes
What is hardest for you right now: reading at work (I'm a bookkeeper), seeing faces,
  crossing streets at dusk
Have you fallen in the past year?: Yes - once, on the stairs at work
Do you still drive?: Yes, daytime only, but I'm not comfortable
Insurance: Blue Harbor PPO, member ID BHP-77105524
Are you working with the Commission for the Blind?: Not yet
How did you hear about us?: my retina doctor

-- This is an automated message. Do not reply. --"""
    return plain(m, body)


@reg('phi', 'struct', 'HOLLOWAY BEATRICE')
def struct_7():
    m = new(MARCUS, RENATA, "Caseload export - your OIB consumers", date=rdate(45, 9))
    hdr = "%-10s%-24s%-10s%-8s%-14s%-30s%-10s" % ("CONS_ID", "NAME", "DOB", "STATUS", "PROGRAM", "PRIMARY_IMPAIRMENT", "NEXT_DUE")
    recs = [
        ("C-0045102", "HOLLOWAY BEATRICE", "19380311", "OPEN", "OIB", "H35.32 AMD EXUDATIVE", "20241120"),
        ("C-0047002", "HRYTSENKO OLEKSANDR", "19440117", "OPEN", "OIB", "H40.1133 POAG SEVERE", "20241105"),
        ("C-0046630", "SZYMANSKI MILDRED", "19411030", "OPEN", "OIB", "H35.3211 AMD WET OD", "20241201"),
        ("C-0047388", "KOWALCZYK IDA", "19350728", "OPEN", "OIB", "H35.3134 AMD DRY ADV", "20241115"),
        ("C-0044981", "CALDWELL BERNICE", "19320505", "CLOSED", "OIB", "E11.3513 PDR W/ DME", "--------"),
        ("C-0047719", "FAIRCLOUGH HERBERT J", "19510422", "OPEN", "OIB", "H40.1123 POAG ADV", "20241218"),
    ]
    lines = [hdr] + ["%-10s%-24s%-10s%-8s%-14s%-30s%-10s" % r for r in recs]
    txt = "\r\n".join(lines) + "\r\n"
    text = """Renata, per your request, the fixed-width export from CMS of the OIB consumers
assigned to you. Zipped because the state mail gateway strips .txt attachments from
outside vendors. Password is the usual one - call me for it if you forgot.

(Actually I didn't set a password on this one, the tool wouldn't let me. Please delete
after use.)

Marcus""" + sig('marcus') + "\n\n" + COMM_DISCLAIMER
    plain(m, text)
    return attach(m, zip_bytes([("OIB_caseload_RSalgado_20241018.txt", txt)]), *ZIP,
                  "OIB_caseload_export.zip")

# ===========================================================================
# phi-lang
# ===========================================================================
@reg('phi', 'lang', 'Rosa Elvira Cárdenas Montoya')
def lang_1():
    orig = """Buenas tardes,

Le escribo por mi mamá, Rosa Elvira Cárdenas Montoya, que tiene 79 años (nació el
14/03/1945). Ella tiene glaucoma y la semana pasada se cayó en el baño porque no vio el
tapete. Se golpeó la cadera y estuvo en urgencias del Hospital St. Aldric toda la noche;
gracias a Dios no se fracturó nada.

El doctor de los ojos dice que ya perdió casi toda la vista del lado izquierdo. Ella no
quiere usar bastón porque le da vergüenza que los vecinos la vean. ¿Ustedes tienen
instructores que hablen español y que puedan venir a la casa? También necesita una lupa
para leer las etiquetas de sus gotas, porque ya se equivocó una vez de frasco.

Muchas gracias por su atención,
Yesenia Cárdenas
555-0185"""
    m = new(KEISHA, RENATA, "Fwd: Información para mi mamá - Sra. Cárdenas",
            date=rdate(16, 11))
    body = """Renata - can you take this one? Spanish only at home, the daughter works days. She's
asking for in-home O&M and a magnifier for her eye drop labels. I haven't called back yet.
Mom fell last week, ER visit, no fracture.

K.

-------- Mensaje reenviado --------
De: Yesenia Cárdenas <yesecardenas@correo-rapido.example>
Fecha: 18 sept 2024, 13:07
Asunto: Información para mi mamá

""" + orig
    return plain(m, body, cs='iso-8859-1', cte='quoted-printable')


@reg('phi', 'lang', 'Гриценко Александр Иванович')
def lang_2():
    m = new('Дмитрий Гриценко <d.hrytsenko@pochta-mail.example>', RENATA,
            "Визит к отцу 5 ноября / visit Nov 5", date=rdate(58, 20))
    body = """Здравствуйте, Рената!

Пишу от имени отца (Гриценко Александр Иванович, 1944 г.р.). После вашего последнего
визита ему стало хуже с глазами - врач в глазной клинике сказал, что давление в правом
глазу опять высокое, и назначил новые капли (Косопт) два раза в день. Левый глаз после
операции на катаракте видит немного лучше, но читать он всё равно не может даже с лупой
3,5х.

Он очень просит говорящие часы и что-нибудь, чтобы слушать книги. Можно ли перенести
визит 5 ноября на 7-е? В этот день у него приём у кардиолога.

Sorry for Russian, my English writing is not good. I will translate on the visit.

С уважением,
Дмитрий Гриценко
тел. 555-0158"""
    return plain(m, body, cs='koi8-r', cte='base64')


@reg('phi', 'lang', 'Phạm Thị Ngọc Anh')
def lang_3():
    m = new(CHAU, 'Pham Minh <phamminh.family@hopthu.example>',
            "Lịch hẹn khám mắt của bác Phạm Thị Ngọc Anh - 6/11", cc=OKAFOR,
            date=rdate(60, 11))
    body = """(English summary for Dr. O below)

Chào anh Minh,

Em là Châu ở trung tâm Lanternfield. Em xin xác nhận lịch hẹn khám thị lực kém của bác
Phạm Thị Ngọc Anh vào thứ Tư, ngày 6 tháng 11, lúc 3 giờ chiều. Em sẽ có mặt để thông dịch.

Bác sĩ Okafor-Brandt muốn anh mang theo tất cả các loại thuốc nhỏ mắt bác đang dùng, và kết
quả đo thị trường (visual field) gần nhất từ phòng khám mắt. Bác sĩ cũng hỏi bác còn bị té
ngã nữa không sau lần té ở chợ tháng trước.

Nếu bác cần xe đưa đón, anh gọi cho em số 555-0100, số lẻ 207.

Cảm ơn anh,
Châu

---
Dr. O: I confirmed Mrs. Pham for Wed 11/6 at 3:00, asked the son to bring all her drops and
her last field test from the glaucoma clinic, and asked whether she's had any more falls
since the one at the market in October.
""" + sig('chau')
    return plain(m, body, cte='base64')


@reg('phi', 'lang', '李建国')
def lang_4():
    m = new('李小梅 <xiaomei.li@yunmail.example>', INTAKE,
            "预约咨询 - 我父亲李建国", date=rdate(33, 21))
    body = """您好，

我是李建国的女儿李小梅。我父亲今年七十六岁，有糖尿病视网膜病变，去年做过两次激光治疗，
上个月右眼又出血了，医生说要再打针。现在他看报纸很困难，用放大镜也看不清楚。

听说你们中心有电子助视器和可以朗读文字的阅读器，请问可以预约试用吗？他只会说普通话，
英语不太好，需要翻译。他上个星期在楼梯上差点摔倒，我们很担心。

他的出生日期是1948年5月3日，电话555-0197。

谢谢！
李小梅

(Hello, I am writing for my father Li Jianguo, he needs appointment for magnifier. Thank you.)"""
    return plain(m, body, cs='gb2312', cte='base64')


@reg('phi', 'lang', 'سعاد الخطيب')
def lang_5():
    m = new('Rana Al-Khatib <rana.alkhatib@nahr-mail.example>', INTAKE,
            "Appointment for my mother / موعد لوالدتي", date=rdate(47, 19))
    html = """<html dir="rtl" lang="ar"><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:14pt">
<p>السلام عليكم،</p>
<p>أكتب إليكم بخصوص والدتي <b>سعاد الخطيب</b>، عمرها ٧٢ سنة (مواليد ١٩٥٢/٠٣/٢٠). لديها ضعف شديد
في النظر بسبب التنكس البقعي، وقد سقطت مرتين هذا الشهر في المطبخ. طبيب العيون في عيادة
Valley Retina أعطانا تحويلاً إلى مركزكم.</p>
<p>هي تتكلم العربية فقط، فهل يوجد مترجم؟ نحتاج موعداً لتقييم ضعف البصر وتدريب على استخدام
العصا البيضاء.</p>
<p>رقم هاتفي: 555-0109</p>
<p>مع الشكر،<br>رنا الخطيب</p>
<hr>
<p dir="ltr" style="font-size:11pt">English: My mother Suad Al-Khatib needs a low vision appointment and cane training.
She fell two times this month. She speaks Arabic only. Thank you, Rana</p>
</body></html>"""
    return html_only(m, html, cte='base64')


@reg('phi', 'lang', 'Joaquim Ferreira')
def lang_6():
    inner = new('Fátima Ferreira <fatima.ferreira@caixapostal.example>', TOMASZ,
                "Aulas do Joaquim", date=rdate(64, 8))
    plain(inner, """Bom dia, Sr. Tomasz,

Aqui é a Fátima, esposa do Joaquim Ferreira. Queria avisar que o Joaquim foi internado no
domingo no Hospital St. Aldric com pneumonia. Ele ainda está lá e os médicos acham que
ele só vai ter alta na próxima semana. Também estão ajustando a insulina dele.

Por isso ele não vai poder ir à aula de bengala na quarta nem na sexta. Ele ficou triste
porque estava gostando muito de aprender a ir sozinho até a padaria.

Quando ele voltar para casa eu aviso. Obrigada por tudo.

Fátima Ferreira""", cs='iso-8859-1', cte='quoted-printable')
    m = new(TOMASZ, DANA, "Fwd: Aulas do Joaquim - please cancel Wed/Fri", date=rdate(64, 9))
    plain(m, """Dana,

Please cancel Joaquim Ferreira's O&M lessons this Wed and Fri and put him on hold. His wife
wrote (Portuguese, attached): he was admitted Sunday to St. Aldric's with pneumonia,
expected discharge next week, and they're adjusting his insulin. She'll call when he's home.

Obrigado,
Tomasz""")
    return attach_msg(m, inner)


@reg('phi', 'lang', 'Jeanne Pierre-Louis')
def lang_7():
    m = new(RENATA, 'Nadège Pierre-Louis <nadege.pl@kreyolmail.example>',
            "Re: Manman m - Madan Jeanne Pierre-Louis", cc=PRIYA, date=rdate(53, 12))
    body = """Hi Nadège,

Thank you for writing. Yes, we can do a home visit. I can come Tuesday 10/29 at 10 am.
Priya, our occupational therapist, will come with me to look at the eye drops and the
stairs. We'll bring bump dots and a couple of magnifiers to try. If you want we can also
ask for a Kreyòl interpreter by phone - let me know.

Renata

On Fri, Oct 25, 2024 at 7:14 AM Nadège Pierre-Louis wrote:
> Bonjou,
>
> Se Nadège, pitit fi Madan Jeanne Pierre-Louis. Manman m gen glokòm e li pa wè byen
> ditou nan je gòch li. Doktè a ba li de (2) kalite gout pou je l, men li pa ka li etikèt
> yo ankò e li konn bliye mete yo. Semèn pase li te tonbe nan eskalye a lakay nou.
>
> Èske nou ka voye yon moun vin lakay pou ede l òganize medikaman l yo epi montre l
> kijan pou l mache ak baton an?
>
> Li fèt 9 out 1950. Nimewo m se 555-0114.
>
> Mèsi anpil,
> Nadège""" + sig('renata')
    return alt(m, body, cs='utf-8', cte='quoted-printable')


@reg('phi', 'lang', 'Corazon Dimaculangan')
def lang_8():
    m = new('Rowena Bautista <rowena.bautista@pinoymail.example>', RENATA,
            "Lola Corazon - nahulog po kahapon", date=rdate(73, 7))
    body = """Hi Ma'am Renata,

Good morning po. Ako po si Rowena, yung caregiver ni Lola Corazon Dimaculangan. Gusto ko
lang po sabihin na nahulog po si Lola kahapon ng hapon sa banyo, hindi po niya nakita yung
basang sahig. May pasa po siya sa braso pero okay naman daw sabi ng doctor sa urgent care,
walang fracture.

Pinalitan din po ng doctor yung gamot niya sa mata, yung drops na kulay green ang takip,
dalawang beses na po sa isang araw instead of isa. Hirap po siya makita yung label kaya baka
pwede po natin lagyan ng bump dots o kaya rubber band para ma-distinguish niya.

Pwede pa rin po ba yung home visit sa Thursday? Mas okay po kung after lunch.

Salamat po,
Rowena
555-0124 po yung number ko"""
    return plain(m, body)

# ===========================================================================
# clean-staff
# ===========================================================================
@reg('clean', 'staff')
def staff_1():
    m = new(DANA, ALLSTAFF, "On-call / after-hours coverage, weeks of 11/18 and 11/25",
            date=rdate(74, 15))
    body = """Hi all,

Here is the after-hours phone coverage for the next two weeks. The answering service
(Tellapoint) will page the on-call person; please keep your cell on you and call back
within 30 minutes.

WEEK OF      ON-CALL (PRIMARY)           BACKUP                      CELL
11/18-11/22  Tomasz Wielgosz, COMS       Brent Iwasaki, COMS         555-0163 / 555-0168
11/23-11/24  Renata Salgado, CVRT        Priya Raghunathan, OTR/L    555-0172 / 555-0174
11/25-11/27  Priya Raghunathan, OTR/L    Renata Salgado, CVRT        555-0174 / 555-0172
11/28-11/29  CLOSED - Thanksgiving. Answering service will take messages; urgent device
             issues go to Dr. Okafor-Brandt (555-0176).
11/30-12/1   Brent Iwasaki, COMS         Tomasz Wielgosz, COMS       555-0168 / 555-0163

Reminder: after-hours calls are for device failures and urgent scheduling only. Anyone who
calls about a sudden change in their vision should be told to go to the ER or call their
retina doctor's after-hours line - we do not triage eye emergencies.

Dana""" + sig('dana')
    return plain(m, body)


@reg('clean', 'staff')
def staff_2():
    m = new(KEISHA, ALLSTAFF, "Updated staff directory - Nov 2024", date=rdate(62, 9))
    rows = [
        ("Name", "Credentials", "Role", "Ext", "Cell", "Email"),
        ("Miriam Okafor-Brandt", "OD, FAAO", "Low vision optometrist / clinical director", "214", "555-0176", "mokaforbrandt@lanternfield.example"),
        ("Priya Raghunathan", "OTR/L, SCLV", "Occupational therapist - low vision", "226", "555-0174", "praghunathan@lanternfield.example"),
        ("Renata Salgado", "CVRT", "Vision rehabilitation therapist", "228", "555-0172", "rsalgado@lanternfield.example"),
        ("Tomasz Wielgosz", "M.A., COMS", "Orientation & mobility specialist", "231", "555-0163", "twielgosz@lanternfield.example"),
        ("Brent Iwasaki", "COMS", "Orientation & mobility specialist", "232", "555-0168", "biwasaki@lanternfield.example"),
        ("Marek Šťastný", "COMS (per diem)", "Orientation & mobility specialist", "233", "555-0169", "mstastny@lanternfield.example"),
        ("Chau Hoang", "CMI", "Bilingual patient navigator (Vietnamese)", "207", "", "choang@lanternfield.example"),
        ("Keisha Monroe", "", "Intake coordinator", "202", "", "kmonroe@lanternfield.example"),
        ("Dana Whitcombe", "", "Patient services / scheduling", "201", "", "dwhitcombe@lanternfield.example"),
        ("Faisal Qureshi", "CPC", "Billing & reimbursement", "240", "", "fqureshi@lanternfield.example"),
        ("Gwen Albrecht", "", "Volunteer coordinator", "219", "555-0178", "galbrecht@lanternfield.example"),
        ("Leo Marchetti", "CPACC", "IT & assistive technology", "250", "555-0170", "lmarchetti@lanternfield.example"),
    ]
    text = """Attached is the updated directory. Changes: Marek joined as per-diem COMS; Chau's
extension changed to 207; Leo's cell is new. Screen-reader friendly version (no merged
cells) - please don't reformat it.

Keisha""" + sig('keisha')
    plain(m, text)
    return attach(m, xlsx_bytes(rows, "Directory"), *XLSX, "Staff_Directory_2024-11.xlsx")


@reg('clean', 'staff')
def staff_3():
    m = new(OKAFOR, 'Clinical Staff <clinical@%s>' % CD,
            "Case conference Thursday - bioptic driving vs. driving retirement",
            date=rdate(37, 13))
    body = """Team,

For Thursday's case conference I'd like us to talk through how we approach the driving
conversation in general, since it keeps coming up and I think we're giving people mixed
messages. No specific cases this time - I'd rather agree on a framework first.

Points for discussion:

1. State standard: 20/70 best eye for an unrestricted license; the bioptic route requires
   20/200 or better through the carrier and 20/70 through the telescope, plus a 120-degree
   horizontal field. Who should be referred for a bioptic evaluation vs. told directly
   that they don't qualify?
2. Progressive conditions (AMD, glaucoma, RP): do we recommend a re-check interval, and who
   owns telling the DMV?
3. Hemianopia after stroke: current evidence on peripheral prisms for driving is weak;
   I'd like Priya to summarize the two recent papers.
4. How we hand off to O&M and transit training the same day someone hears bad news, so
   they don't leave with nothing.
5. Family members who ask us to "make him stop" - what we can and can't do.

Bring coffee. 12:15 in the conference room, lunch is on the Lions Club this month.

Miriam""" + sig('okafor')
    return plain(m, body)


@reg('clean', 'staff')
def staff_4():
    m = new(PRIYA, ALLSTAFF, "In-service: eccentric viewing training, Tue 10/22 (1.0 ACVREP CEU)",
            date=rdate(44, 11))
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13pt">
<h2>Staff In-Service: Eccentric Viewing &amp; Steady-Eye Training</h2>
<p><b>When:</b> Tuesday, October 22, 12:00&ndash;1:00 PM<br>
<b>Where:</b> Conference room B and on Teams<br>
<b>Presenter:</b> Priya Raghunathan, OTR/L, SCLV<br>
<b>CEU:</b> 1.0 ACVREP (pending), 0.1 AOTA</p>
<p>We'll cover:</p>
<ul>
<li>Identifying the preferred retinal locus (PRL) with clock-face and word-reading tasks</li>
<li>When EV training helps and when it doesn't (recent outcome data)</li>
<li>Combining EV with magnification and lighting</li>
<li>Home practice programs and how to keep people doing them</li>
</ul>
<p>Please bring a pair of the occluder glasses from the demo cabinet if you want to try the
simulation exercises. Sign-in sheet at the door for CEUs.</p>
<p>&mdash; Priya</p>
</body></html>"""
    return html_only(m, html)


@reg('clean', 'staff')
def staff_5():
    m = new(BRENT, 'Field Staff <fieldstaff@%s>' % CD, "Van sign-out + mileage reminder",
            date=rdate(21, 8))
    body = """Morning all,

Two things about the van:

1. Please use the sign-out sheet on the clipboard by the back door, not just the shared
   calendar. Facilities does the mileage reconciliation from the paper sheet.
2. Personal-car mileage for home visits is reimbursed at the current IRS rate. Submit in
   Concur by the 5th of the following month. Don't put client names or addresses in the
   trip description - use the visit ID from the schedule (e.g. "HV-1182").

Van this week:
  Mon   Renata
  Tue   Tomasz AM / Brent PM
  Wed   Priya
  Thu   Brent
  Fri   open

The van's cane bin is low on 54" and 56" folding canes - Tomasz is putting in an order.

Brent"""
    return plain(m, body)


@reg('clean', 'staff')
def staff_6():
    m = new(DANA, FRONTDESK + ", " + KEISHA + ", " + CHAU,
            "Front desk coverage - holiday weeks", date=rdate(85, 14))
    text = """Front desk coverage through New Year's. Please check your slots and let me know by Friday
if anything is wrong.

Date        8:00-12:00          12:00-4:30          Phones after 4:30
12/23 Mon   Dana                Keisha              Answering service
12/24 Tue   Keisha (close 12)   -                   Answering service
12/25 Wed   CLOSED
12/26 Thu   Chau                Dana                Answering service
12/27 Fri   Dana                Chau                Answering service
12/30 Mon   Keisha              Keisha              Answering service
12/31 Tue   Chau (close 12)     -                   Answering service
1/1   Wed   CLOSED
1/2   Thu   Dana                Keisha              Answering service

The Vietnamese-language line rolls to Chau's cell on days she's in. On other days the
voicemail greeting has the Vietnamese message Chau recorded.

Dana"""
    return alt(m, text)


@reg('clean', 'staff')
def staff_7():
    m = new(OKAFOR, RENATA + ", " + PRIYA + ", " + LEO,
            "Re: which magnifiers to restock", date=rdate(28, 16))
    body = """Agree with Priya. We burn through the 3x and 4x illuminated handhelds fastest because
they're what we send home after a first visit. Let's stock 10 each of those, 6 of the 5x
and 7x stand magnifiers, and only 2 each of the 10x and 12.5x - people who need 10x+ almost
always end up on a video magnifier anyway.

For the demo room I'd like one of each of the three handheld video magnifiers on Leo's list
so people can compare screen sizes, plus the OCR reader that reads print aloud. The
distributor says the rechargeable models have had battery issues; Leo, can you check
whether the new batch is fixed before we order?

Miriam

On Tue, Oct 1, 2024 at 2:10 PM Priya Raghunathan wrote:
> Looking at the loaner log, the handhelds in the 3-4x range go out more than everything
> else combined. The 2x dome magnifiers almost never leave the shelf - maybe stop stocking
> them? Also the yellow filter clip-ons are popular with the glare complaints.
>
> Priya"""
    return plain(m, body)

# ===========================================================================
# clean-admin
# ===========================================================================
@reg('clean', 'admin')
def admin_1():
    m = new('Accounts Receivable <ar@clearview-optical-supply.example>', BILLING,
            "Invoice INV-0093381 - Lanternfield Vision Rehabilitation Center", date=rdate(25, 10))
    lines = [
        "CLEARVIEW OPTICAL SUPPLY CO.",
        "880 Commerce Park Dr, Unit 4  |  555-0140  |  ar@clearview-optical-supply.example",
        "",
        "INVOICE INV-0093381                     Invoice date: 09/27/2024",
        "Bill to: Lanternfield Vision Rehabilitation Center    Customer #: LVRC-0412",
        "         1420 Quarry Hill Road, Suite 200             PO #: LF-PO-2024-117",
        "Terms: Net 30                                          Due: 10/27/2024",
        "",
        "QTY  ITEM        DESCRIPTION                                      UNIT      EXT",
        " 10  HM-3L       Handheld magnifier 3x, LED illuminated          41.50    415.00",
        " 10  HM-4L       Handheld magnifier 4x, LED illuminated          44.00    440.00",
        "  6  SM-5L       Stand magnifier 5x, LED                         62.00    372.00",
        "  6  SM-7L       Stand magnifier 7x, LED                         68.00    408.00",
        "  2  SM-10L      Stand magnifier 10x, LED                        79.00    158.00",
        "  4  FC-YEL      Clip-on filters, yellow, 2-pack                 18.00     72.00",
        "                                                  Subtotal              1,865.00",
        "                                                  Shipping                 24.95",
        "                                                  Tax (exempt)              0.00",
        "                                                  TOTAL DUE             1,889.95",
        "",
        "Remit to: Clearview Optical Supply, PO Box 5521. ACH details on request.",
    ]
    text = """Please find attached invoice INV-0093381 for PO LF-PO-2024-117. Thank you for your order.

Clearview Optical Supply - Accounts Receivable"""
    plain(m, text)
    return attach(m, pdf_bytes(lines, "INV-0093381"), *PDF, "INV-0093381.pdf")


@reg('clean', 'admin')
def admin_2():
    m = new(LEO, ALLSTAFF, "Screen reader / magnification software updates tonight",
            date=rdate(39, 15))
    body = """Hi everyone,

Tonight after 6 PM I'm pushing updates to all front desk and clinic PCs:

  - JAWS 2025 (license renewed through 10/2025, 12 seats)
  - ZoomText / Fusion 2025 on the two demo stations and front desk 2
  - NVDA 2024.4 on the training lab machines
  - Windows cumulative update for October

Please save your work and leave your PC logged off but powered ON. The demo iPads in the
AT lab also need the iOS update - I'll do those Thursday, so don't schedule AT demos in
the lab Thursday morning.

If your speech settings or magnification profile look different tomorrow, tell me before
you change them yourself; the upgrade sometimes resets voice rate to default.

Leo""" + sig('leo')
    return plain(m, body)


@reg('clean', 'admin')
def admin_3():
    m = new('Facilities <facilities@%s>' % CD, ALLSTAFF,
            "Lobby: tactile strip replacement + elevator maintenance", date=rdate(54, 12))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14pt">
<p><b>Heads up for next week:</b></p>
<ol>
<li><b>Tactile walking strips in the main lobby</b> are being replaced Monday 11/4 and
Tuesday 11/5. The contractor will work 6&ndash;9 AM but the adhesive needs to cure, so there
will be cones and a temporary rubber runner from the front door to the reception desk.
Please walk clients in personally both days &mdash; the usual strip path to the elevator
will be blocked.</li>
<li><b>Elevator #2</b> (the one with the audible floor announcements) will be out for
annual inspection Wednesday 11/6, 1&ndash;3 PM. Elevator #1 braille buttons work, but the
voice is not working; the part is on order.</li>
<li>The high-contrast yellow nosing on the back stairwell has been redone.</li>
</ol>
<p>Questions to facilities@lanternfield.example or ext. 260.</p>
</body></html>"""
    return html_only(m, html)


@reg('clean', 'admin')
def admin_4():
    m = new('Human Resources <hr@%s>' % CD, ALLSTAFF,
            "Open enrollment closes Nov 15 + annual compliance training", date=rdate(60, 8))
    text = """Hello Lanternfield team,

Two reminders from HR:

OPEN ENROLLMENT (medical, dental, vision, FSA) closes Friday, November 15 at 5 PM. If you
do nothing, your current elections roll over, except the FSA, which you must re-elect
every year. Plan summaries and the 2025 premium table are on the intranet under
HR > Benefits. Benefits office hours with our broker: Tue 11/5 and Thu 11/7, 12-2,
conference room A.

ANNUAL COMPLIANCE TRAINING is due December 31:
  - Privacy & confidentiality of client information (45 min)
  - Bloodborne pathogens (20 min)
  - Fire safety & evacuation of clients with vision loss (30 min)
  - Mandated reporter: elder and vulnerable adult abuse (30 min)
Completion rates as of today: clinical staff 41%, admin 63%, volunteers 22%.

Thank you,
Human Resources"""
    return alt(m, text)


@reg('clean', 'admin')
def admin_5():
    m = new('Contracts Unit <contracts@%s>' % CMD, 'Executive Director <director@%s>' % CD,
            "FY2025 vendor agreement renewal - rate schedule", cc=BILLING, date=rdate(17, 14))
    paras = [
        "**STATE COMMISSION FOR THE BLIND AND VISUALLY IMPAIRED",
        "**VENDOR SERVICE AGREEMENT - FY2025 RENEWAL",
        "Vendor: Lanternfield Vision Rehabilitation Center    Vendor #: V-20417",
        "Agreement term: October 1, 2024 through September 30, 2025",
        "",
        "**Schedule A - Approved Services and Rates",
        "LV-01  Low vision clinical evaluation (per evaluation) ........ $185.00",
        "LV-02  Low vision follow-up visit ............................. $95.00",
        "LV-03  Low vision device (per written quote, max $350) ........ actual cost",
        "VRT-1  Vision rehabilitation therapy, in-home (per hour) ...... $72.00",
        "VRT-2  Vision rehabilitation therapy, group (per person/hr) ... $30.00",
        "OM-1   Orientation & mobility assessment (per hour) ........... $78.00",
        "OM-2   Orientation & mobility instruction (per hour) .......... $78.00",
        "AT-1   Assistive technology assessment (per hour) ............. $80.00",
        "",
        "**Schedule B - Reporting",
        "Vendor shall submit monthly service reports by the 10th of the following month via the secure vendor portal. Reports containing consumer information shall not be sent by unencrypted e-mail.",
        "",
        "**Schedule C - Insurance",
        "General liability $1,000,000 per occurrence; professional liability $1,000,000; auto liability for vehicles used in service delivery.",
    ]
    text = """Dear Director,

Attached is the FY2025 renewal of your vendor service agreement. Rates for OM-1/OM-2 and
VRT-1 have increased 4% per the legislative adjustment. Please sign page 6 and return
within 30 days. Note the new requirement in Schedule B about monthly reports.

Contracts Unit
State Commission for the Blind and Visually Impaired"""
    plain(m, text)
    return attach(m, docx_bytes(paras), *DOCX, "V-20417_FY2025_Agreement.docx")


@reg('clean', 'admin')
def admin_6():
    m = new('Executive Director <director@%s>' % CD, 'Leadership Team <leadership@%s>' % CD,
            "Notes - operations meeting 10/15", date=rdate(42, 17))
    body = """Operations meeting - October 15, 2024
Present: Okafor-Brandt, Raghunathan, Wielgosz, Monroe, Qureshi, Albrecht, Marchetti, director

1. Budget: Q1 revenue 4% under projection, mostly from Medicare Advantage device denials.
   Faisal will bring a breakdown by payer next month. Commission FY25 rates up 4% on O&M
   and VRT.
2. Grants: Lions Club foundation approved the video magnifier loaner grant ($18,500).
   Community foundation application for the transportation voucher pilot due 12/1 -
   Keisha and director drafting.
3. Staffing: per-diem COMS (Marek) started. Still recruiting a second CVRT; two
   applicants, interviews the week of 10/28.
4. Waitlist: new-evaluation wait is about 5 weeks. Discussed adding a Saturday clinic once
   a month starting January; Dr. O open to it if front desk can cover.
5. Volunteers: Reading Companions has 23 active volunteers; Gwen needs 6 more for spring.
   Background checks now through the new vendor.
6. IT: phishing training results - 3 clicks out of 41 staff. Leo to re-run in January.

Next meeting November 19."""
    return plain(m, body)


@reg('clean', 'admin')
def admin_7():
    m = new('Northpoint Mobility Supply <statements@northpointmobility.example>', BILLING,
            "Statement for account NPM-44810 - October 2024", date=rdate(58, 6))
    body = """NORTHPOINT MOBILITY SUPPLY
Monthly Statement

Account:        NPM-44810
Account name:   Lanternfield Vision Rehabilitation Center - O&M Dept
Statement date: 10/31/2024
Credit limit:   $5,000.00

Date      Ref         Description                                    Amount
10/02     SO-77120    Folding graphite cane 54in (x6)               $191.70
10/02     SO-77120    Folding graphite cane 56in (x6)               $191.70
10/02     SO-77120    Marshmallow roller tip, hook (x12)             $71.40
10/14     SO-77388    Rigid fiberglass cane 52in (x4)                $98.00
10/14     SO-77388    Ceramic glide tip (x6)                         $47.10
10/21     PMT         Payment - thank you                           -$412.00
                                                      Balance due:   $187.90

Pay online at northpointmobility.example/pay with your account number and the ZIP code
on file. Questions: 555-0155."""
    return plain(m, body)

# ===========================================================================
# clean-lookalike
# ===========================================================================
@reg('clean', 'lookalike')
def look_1():
    m = new('Riverbend Community Credit Union <alerts@riverbendccu.example>',
            'Dana Whitcombe <dana.whitcombe@postbox.example>',
            "Your October eStatement is ready - Member #0048213", date=rdate(61, 5))
    html = """<html><body style="font-family:Arial,sans-serif">
<table width="600" cellpadding="10" style="border:1px solid #ccc">
<tr><td style="background:#0b4f6c;color:#fff;font-size:18pt">Riverbend Community Credit Union</td></tr>
<tr><td>
<p>Hello DANA,</p>
<p>Your eStatement for the period ending <b>10/31/2024</b> is now available in Online Banking.</p>
<p>Member number: <b>****8213</b><br>
Share Savings (S01) ending balance: $1,204.77<br>
Checking (S10) ending balance: $2,318.40<br>
Auto loan (L02) payment due 11/20/2024: $312.55</p>
<p>Your annual dividend rate on Share Savings is 0.25% APY.</p>
<p><a href="https://riverbendccu.example/login">Log in to view your statement</a></p>
<p style="font-size:9pt;color:#666">Riverbend CCU will never ask for your password or PIN by email.
Federally insured by NCUA. Member ID on file: 0048213. Do not reply to this email.</p>
</td></tr></table></body></html>"""
    return alt(m, """Hello DANA,

Your eStatement for the period ending 10/31/2024 is now available in Online Banking.

Member number: ****8213
Share Savings (S01) ending balance: $1,204.77
Checking (S10) ending balance: $2,318.40
Auto loan (L02) payment due 11/20/2024: $312.55

Log in at https://riverbendccu.example/login

Riverbend CCU will never ask for your password or PIN by email. Federally insured by NCUA.""",
               html)


@reg('clean', 'lookalike')
def look_2():
    m = new('Meridian Air <itinerary@meridianair.example>', 'Tomasz Wielgosz <twielgosz@%s>' % CD,
            "Your trip confirmation - AER International Conference - Record locator QX7RTM",
            date=rdate(66, 13))
    body = """MERIDIAN AIR - TRIP CONFIRMATION

Passenger:          WIELGOSZ/TOMASZ MR
SkyMiles member #:  MA 2284 119 036   Status: Silver
Record locator:     QX7RTM
Ticket number:      0167 2284471992

Outbound  Tue 07 JUL 2025  MA 1182  Riverton (RVN) 07:40 -> 11:05  Seat 14C
Return    Sat 11 JUL 2025  MA 1195  ... 16:20 -> 19:52           Seat 12D

Special service request: none
Checked bags: 1 (included)
Fare paid by: Corporate card ending 4417 (Lanternfield Vision Rehabilitation Center)

Travelling with a service animal or mobility device? Let us know at least 48 hours before
departure at meridianair.example/assistance.

Manage your booking at meridianair.example/manage."""
    return plain(m, body)


@reg('clean', 'lookalike')
def look_3():
    m = new('Granite Mutual Insurance <policyservice@granitemutual.example>', 'Facilities <facilities@%s>' % CD,
            "Renewal declarations - Commercial Auto Policy CA-7718304-02", date=rdate(70, 10))
    body = """Commercial Auto Policy Renewal

Named insured:  Lanternfield Vision Rehabilitation Center
Policy number:  CA-7718304-02
Policy period:  12/01/2024 to 12/01/2025
Agent:          Harrow & Lyle Insurance, 555-0139

Covered auto #1: 2021 Ford Transit Connect XLT, VIN 1FTBR1C87MKA00412
  Garaging: 1420 Quarry Hill Road
  Liability (CSL)                   $1,000,000
  Medical payments (per person)     $5,000
  Uninsured/underinsured motorist   $1,000,000
  Comprehensive / collision deduct. $500 / $1,000
  Hired & non-owned auto            Included

Renewal premium: $3,412.00 (up 6.2%). Drivers listed: 5. A listed driver with a moving
violation in the last 36 months may affect your rate at next renewal.

Please review the attached declarations and contact your agent with any changes."""
    return plain(m, body)


@reg('clean', 'lookalike')
def look_4():
    m = new('ShopLine Orders <ship-confirm@shopline.example>', 'Leo Marchetti <lmarchetti@%s>' % CD,
            "Shipped: Order #114-8823941-2207551 (3 items)", date=rdate(35, 16))
    text = """Hi Leo,

Good news - your order has shipped!

Order #114-8823941-2207551
Carrier: Parcelway   Tracking: 1PW 8839 0021 7741 559
Estimated delivery: Thursday, October 10

  1 x High-contrast large-print keyboard, black on yellow       $39.99
  2 x Braille label tape refill, 12mm clear                     $25.98
  1 x USB document camera, 8MP                                  $89.00

Ship to: Leo Marchetti, Lanternfield Vision Rehab, 1420 Quarry Hill Rd Ste 200

Return or replace items in Your Orders."""
    return alt(m, text)


@reg('clean', 'lookalike')
def look_5():
    m = new(RENATA, 'Human Resources <hr@%s>' % CD, "question about adding my husband to benefits",
            date=rdate(63, 12))
    body = """Hi,

I got married in September and I want to add my husband to my medical, dental and vision
plans during open enrollment. My employee ID is 40118. Do you need a copy of the marriage
certificate, and does his coverage start January 1 or right away since it's a life event?

Also, is the vision plan the one with the $150 frame allowance or did that change for 2025?
I couldn't find it in the summary.

Thanks,
Renata Salgado
Vision Rehabilitation (ext. 228)"""
    return plain(m, body)


@reg('clean', 'lookalike')
def look_6():
    m = new(LEO, 'EHR Build Team <ehr-build@%s>' % CD, "ZZTEST patients in TRAIN - please don't delete",
            date=rdate(32, 11))
    body = """Hi all,

I set up test patients in the TRAIN environment for the new low vision exam template. They
will never exist in PROD. Please use these (and only these) when you practice.

MRN        NAME                       DOB          PAYER           NOTES
99900001   ZZTEST, LOWVISION          01/01/1900   ZZ TEST PAYER   full exam flowsheet
99900002   ZZTEST, ORIENTATION        01/01/1900   ZZ TEST PAYER   O&M lesson note template
99900003   ZZTEST, VRT HOMEVISIT      01/01/1900   ZZ TEST PAYER   home visit + device log
99900004   ZZTEST, INTERPRETER        01/01/1900   ZZ TEST PAYER   language = Vietnamese

The acuity fields accept 20/xx, counting fingers (CF @ n ft), HM, LP and NLP. Try each one
and make sure the Snellen-to-logMAR conversion fills in. If the Humphrey import button
errors out, send me the screenshot.

Reminder: TRAIN is refreshed from a blank copy every Sunday night.

Leo""" + sig('leo')
    return plain(m, body)


@reg('clean', 'lookalike')
def look_7():
    m = new('Ridgeback Fitness <hello@ridgebackfitness.example>', 'Brent Iwasaki <brent.iwasaki@postbox.example>',
            "Welcome to the Corporate Wellness Challenge, member #RF-20931!", date=rdate(45, 7))
    html = """<html><body style="font-family:Helvetica,sans-serif">
<h2 style="color:#c0392b">You're in, Brent!</h2>
<p>Your employer, <b>Lanternfield Vision Rehabilitation Center</b>, has signed up for our 6-week
Corporate Wellness Challenge. Your member number is <b>RF-20931</b> and your team is
<b>"The Long Canes"</b>.</p>
<ul>
<li>Check in at the front desk with your member # or the app</li>
<li>Every class and every 30 minutes on the floor = 1 point</li>
<li>Top team wins a smoothie party</li>
</ul>
<p>Challenge dates: October 21 &ndash; December 1. Membership renews at the corporate rate of
$24/month after the challenge unless you cancel.</p>
<p>See you on the floor!<br>Ridgeback Fitness &bull; 555-0146</p>
</body></html>"""
    return html_only(m, html)

# ===========================================================================
# clean-news
# ===========================================================================
@reg('clean', 'news')
def news_1():
    m = new('Lanternfield News <news@%s>' % CD, 'Friends of Lanternfield <friends@lists.%s>' % CD,
            "Lanternfield Lantern - Autumn 2024", date=rdate(50, 10))
    text = """THE LANTERN - Autumn 2024
News from Lanternfield Vision Rehabilitation Center

BY THE NUMBERS (July 2023 - June 2024)
  1,240 people served
  612 low vision evaluations
  3,980 hours of orientation & mobility and vision rehab therapy, most of it in people's
  homes and neighborhoods
  71% of clients age 65 or older
  9 languages spoken by our clients and families

DEVICE DEMO DAY - SATURDAY, NOVEMBER 16, 10-2
Try the latest video magnifiers, text-to-speech readers, talking kitchen tools and smart
speakers. Vendors on site. Free and open to the public; no appointment needed.

VOLUNTEER SPOTLIGHT: ANITA VOS
Anita retired from the Riverton Public Library in 2018 and joined our Reading Companions
program that fall. Six years and more than 400 visits later, she still brings her own
letter opener. "It's the best two hours of my week," she says. Anita also leads the
volunteer orientation every spring. Thank you, Anita!

STAFF NEWS
Welcome to Marek Stastny, COMS, who joins our orientation & mobility team. Congratulations
to Priya Raghunathan on earning her SCLV certification.

Support Lanternfield: lanternfield.example/give
To unsubscribe, reply with "unsubscribe"."""
    html = htmlify(text).replace("<p>THE LANTERN - Autumn 2024", "<p style=\"font-size:22pt\"><b>THE LANTERN</b> - Autumn 2024")
    return alt(m, text, html)


@reg('clean', 'news')
def news_2():
    m = new('Lanternfield News <news@%s>' % CD, 'Friends of Lanternfield <friends@lists.%s>' % CD,
            "Health tip: 7 ways to prevent falls at home when your vision changes", date=rdate(72, 9))
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:16pt;line-height:1.6">
<h1 style="font-size:24pt">7 Ways to Prevent Falls at Home When Your Vision Changes</h1>
<p>One in four adults over 65 falls each year, and people with low vision are about twice
as likely to fall. Most falls happen at home. Small changes make a big difference:</p>
<ol>
<li><b>Light it up.</b> Add bright, even lighting on stairs and in hallways. Plug-in motion
night lights help on the way to the bathroom.</li>
<li><b>Use contrast.</b> Put bright tape on the edge of each step and the edge of the tub.
A dark rug on a light floor is easier to see than a beige one.</li>
<li><b>Clear the path.</b> Remove throw rugs, cords and clutter from walkways.</li>
<li><b>Grab bars</b> in the bathroom, next to the toilet and in the shower.</li>
<li><b>Slow down</b> when you move from a bright room to a dark one &mdash; eyes adjust more
slowly as we age.</li>
<li><b>Wipe your glasses</b> often and use the right pair &mdash; don't walk in reading glasses.</li>
<li><b>Ask about a cane.</b> An orientation &amp; mobility specialist can teach you to use a
cane to find steps and curbs before you reach them.</li>
</ol>
<p>Want a free home safety check? Call 555-0100.</p>
<p style="font-size:11pt;color:#555">This article is for general education and is not a substitute for advice from your
own eye doctor.</p>
</body></html>"""
    return html_only(m, html)


@reg('clean', 'news')
def news_3():
    m = new('Riverton Council of the Blind <info@rivertoncb.example>', 'Community Partners <partners@rivertoncb.example>',
            "White Cane Safety Day walk - Tuesday, October 15", date=rdate(35, 8))
    body = """WHITE CANE SAFETY DAY - COMMUNITY WALK

Tuesday, October 15, 2024, 11:00 AM
Start: Riverton City Hall plaza. Walk 0.8 miles along Main Street to Founders Park.

Join the Riverton Council of the Blind, Lanternfield Vision Rehabilitation Center,
Harborlight Guide Dogs and the State Commission for the Blind and Visually Impaired to
celebrate the independence of people who are blind or visually impaired and remind
drivers about the white cane law: drivers must stop for any pedestrian using a white cane
or a guide dog.

- Mayor Okonjo will read the proclamation at 11:15
- Sighted guide volunteers available - wear the orange vest
- Free sleep-shade cane demonstrations for the public in Founders Park afterward
- Lunch provided by the Riverton Lions Club

Rain or shine. Paratransit riders: book your trip by Monday at 5 PM.
RSVP (optional): 555-0112 or info@rivertoncb.example"""
    return plain(m, body)


@reg('clean', 'news')
def news_4():
    m = new(PRIYA, 'Clinical Staff <clinical@%s>' % CD,
            "Journal club summary: home-based vs. clinic-based low vision rehab (n=142)",
            date=rdate(57, 15))
    text = """For those who missed journal club, here's my summary of the paper.

Design: randomized trial, 142 adults with central vision loss (median age 79), randomized
to 8 weeks of home-based vision rehabilitation vs. the usual 2 clinic visits with device
dispensing.

Outcomes at 6 months:
- Reading speed improved in both groups; the home-based group gained more
  (mean +28 words/min vs +17 words/min).
- Activity Inventory functional ability score improved 0.52 vs 0.31 logits.
- Device abandonment at 6 months: 14% home-based vs 31% clinic-only.
- No difference in self-reported falls (small numbers, 11 vs 13).
- Cost per participant was about 2.3x higher for home-based.

Limitations: single site, no masking of therapists, mostly English-speaking participants.

Take-away for us: supports what we already do with in-home VRT follow-up after devices,
especially for preventing abandonment. I'd like us to track abandonment at 6 months
ourselves - Leo says we can add a field to the follow-up call script.

Priya"""
    return alt(m, text, cte='quoted-printable')


@reg('clean', 'news')
def news_5():
    m = new('Lanternfield Development <giving@%s>' % CD, 'Friends of Lanternfield <friends@lists.%s>' % CD,
            "Thank you, Riverton Lions Club! 20 video magnifiers for our loaner library",
            date=rdate(46, 10))
    html = """<html><body style="font-family:Georgia,serif;font-size:14pt">
<h2>Donor Spotlight: Riverton Lions Club</h2>
<p>This fall, the Riverton Lions Club gave Lanternfield an $18,500 grant to buy
<b>20 portable and desktop video magnifiers</b> for our loaner library. People can now take
a device home for up to four weeks to see if it fits their daily life before anyone buys
one.</p>
<p>&ldquo;Lions have been serving people who are blind since 1925,&rdquo; said club president
Harold Brubaker, a retired pharmacist who has chaired the club's sight committee for eleven
years. &ldquo;We wanted the money to go where people would feel it right away.&rdquo;</p>
<p>Club members also volunteer at our Device Demo Day and drive clients to the annual
White Cane walk.</p>
<p>Want to support the loaner library? Visit lanternfield.example/give.</p>
<p style="font-size:10pt">Lanternfield Vision Rehabilitation Center is a 501(c)(3) nonprofit. Tax ID 87-0012345.</p>
</body></html>"""
    return html_only(m, html, cte='base64')


@reg('clean', 'news')
def news_6():
    m = new('CBVI Communications <news@%s>' % CMD, 'Vendors and Partners <partners@lists.%s>' % CMD,
            "Commission Bulletin: new eligibility documentation rule + public webinar 12/4",
            date=rdate(81, 9))
    body = """STATE COMMISSION FOR THE BLIND AND VISUALLY IMPAIRED
Partner Bulletin - November 2024

1. ELIGIBILITY DOCUMENTATION
Beginning January 1, 2025, the Commission will accept eye reports signed by optometrists
as well as ophthalmologists for all programs, and eye reports will be valid for 12 months
(previously 6). The eye report form has been updated (CBVI-ER-3, rev. 11/2024).

2. PUBLIC WEBINAR - December 4, 2:00 PM
"What's new in Vocational Rehabilitation and Older Blind services in 2025." Open to
consumers, families, vendors and the public. Captions and audio description provided.
Register at cbvi-state.example/webinar or call 800-555-0110.

3. STATEWIDE DATA
In FY2024 the Commission served 6,812 individuals: 2,905 in Vocational Rehabilitation and
3,907 in the Independent Living / Older Individuals Who Are Blind program. 418 VR
consumers achieved employment outcomes, with a median hourly wage of $19.40.

4. VENDOR REMINDER
Do not send consumer information by regular e-mail. Use the secure vendor portal.

Commission Communications Office"""
    return plain(m, body)

# ===========================================================================
# clean-training
# ===========================================================================
@reg('clean', 'training')
def train_1():
    m = new(OKAFOR, 'Clinical Staff <clinical@%s>' % CD, "New low vision evaluation report template (v3)",
            date=rdate(14, 16))
    paras = [
        "**LANTERNFIELD VISION REHABILITATION CENTER",
        "**LOW VISION EVALUATION REPORT - TEMPLATE v3",
        "",
        "Client name: [CLIENT FULL NAME]          DOB: [MM/DD/YYYY]",
        "Date of evaluation: [DATE]               Referring provider: [NAME, PRACTICE]",
        "Funding: [Medicare / MA plan / Commission AUTH #]",
        "",
        "**1. Reason for referral / client goals",
        "[In the client's words where possible, e.g. \"read my mail\", \"see the bus number\".]",
        "",
        "**2. Ocular history",
        "[Diagnosis, onset, treatments, current eye drops. Copy from referral, do not guess.]",
        "",
        "**3. Visual acuity",
        "Distance (ETDRS @ [2 m / 1 m]):  OD [    ]  OS [    ]  OU [    ]",
        "Near (continuous text card):     [  ] M at [  ] cm, reading speed [  ] wpm",
        "",
        "**4. Contrast sensitivity / visual fields / glare",
        "",
        "**5. Devices trialed and results",
        "[Device, power, task, outcome. Note loaner tag numbers.]",
        "",
        "**6. Recommendations and referrals",
        "[ ] O&M   [ ] VRT home visit   [ ] OT   [ ] Commission   [ ] Guide dog info   [ ] Driving/DMV form",
        "",
        "Examiner: [NAME, CREDENTIALS]     Signature: ______________",
    ]
    text = """Team,

Attached is version 3 of the evaluation report template. Changes from v2: we now record
reading speed in words per minute, there's a checkbox row for referrals so nothing gets
missed, and section 2 says to copy the diagnosis from the referral rather than write our
own impression. Please start using it Monday; the old one will be removed from the shared
drive.

Miriam"""
    plain(m, text)
    return attach(m, docx_bytes(paras), *DOCX, "LV_Eval_Report_Template_v3.docx")


@reg('clean', 'training')
def train_2():
    m = new(TOMASZ, 'O&M Interns <om-interns@%s>' % CD, "Week 3 quiz - cane techniques and street crossings",
            date=rdate(23, 17))
    body = """Interns,

Here's the week 3 self-check quiz. The scenarios are made up - any resemblance to a real
person is coincidence. Bring your answers Friday; we'll go over them before the field day.

1. A client uses two-point touch but keeps catching the cane tip in sidewalk cracks. Name
   two tip options you could try and one technique change.

2. Fictional client "Mr. A" is 74, has a central scotoma in both eyes, and can see the
   outline of cars but not the walk signal. He wants to cross a four-way signalized
   intersection with no accessible pedestrian signal. Describe how he should use the
   near-side parallel traffic surge to time the crossing.

3. True or false: constant-contact technique is always better than two-point touch for
   detecting drop-offs.

4. Sample client "Ms. B" (not a real person) is a guide dog user who has moved to a new
   neighborhood. What is the O&M instructor's role, and what is the guide dog school's?

5. List four environmental features you'd check before teaching a route to a bus stop.

6. What is the difference between a shoreline and a landmark? Give one example of each.

Answer key will go out after Friday.

Tomasz"""
    return plain(m, body)


@reg('clean', 'training')
def train_3():
    m = new('Compliance Office <compliance@%s>' % CD, ALLSTAFF,
            "Policy update: PS-07 Missed appointments and late cancellations (effective 12/1)",
            date=rdate(76, 10))
    lines = [
        "LANTERNFIELD VISION REHABILITATION CENTER",
        "POLICY PS-07   MISSED APPOINTMENTS AND LATE CANCELLATIONS",
        "Effective: December 1, 2024      Supersedes: PS-07 (2021)      Owner: Patient Services",
        "",
        "1. PURPOSE",
        "To make appointments available to as many clients as possible while recognizing that",
        "people with vision loss often depend on others for transportation.",
        "",
        "2. DEFINITIONS",
        "No-show: client does not arrive within 20 minutes of the appointment and has not called.",
        "Late cancellation: cancellation less than 24 hours before the appointment.",
        "",
        "3. PROCEDURE",
        "3.1 After the first no-show, scheduling calls the client the same day.",
        "3.2 After the second no-show within 6 months, scheduling mails letter PS-07-A in",
        "    large print (18 pt) and notifies the referral source if the client agrees.",
        "3.3 After the third, new appointments are offered as same-week openings only.",
        "3.4 Transportation failures (paratransit no-shows, ride cancelled) are never counted.",
        "3.5 No fees are charged for missed appointments.",
        "",
        "4. HOME VISITS",
        "If a client is not home for a scheduled home visit, staff wait 10 minutes, call once,",
        "leave a door hanger, and document. Do not leave details of the visit on the door hanger.",
        "",
        "Approved: Executive Director, 11/12/2024",
    ]
    text = """Attached is the revised missed-appointment policy. Main changes: transportation failures
no longer count, letters go out in large print, and there's now a home-visit section.
Please read and attest in the training portal by 12/1.

Compliance Office"""
    plain(m, text)
    return attach(m, pdf_bytes(lines, "PS-07 Missed Appointments"), *PDF, "PS-07_Missed_Appointments_2024.pdf")


@reg('clean', 'training')
def train_4():
    m = new(PRIYA, 'OT Students <ot-students@%s>' % CD, "Case study for Thursday (FICTIONAL SAMPLE)",
            date=rdate(30, 18))
    text = """Students,

Please read this sample case before Thursday's seminar. It is a teaching case written for
the course; "Jane Doe" is not a real client and the details are invented.

SAMPLE CASE - "Jane Doe", 81
Jane lives alone in a second-floor apartment. She has advanced dry AMD in both eyes with
acuity of 20/400 and 20/250. She stopped driving three years ago. She reports that she can
no longer read her mail, set her oven, or recognize her neighbors in the hallway. She fell
once on the stairs last winter. Her goal is "to stay in my apartment and do my own
cooking."

Questions:
1. What additional assessments would you do at the first visit?
2. Which three goals would you write, in measurable terms?
3. What magnification would you start with for reading mail, using the acuity reserve
   rule? Show your calculation.
4. Which kitchen adaptations are lowest cost and highest impact?
5. Which other services (O&M, Commission, volunteer readers) would you refer to, and why?

Priya"""
    return alt(m, text)


@reg('clean', 'training')
def train_5():
    m = new(LEO, 'Interface Vendors <interfaces@lists.%s>' % CD, "Lanternfield inbound ADT/ORU spec v1.2 (sample messages)",
            date=rdate(11, 14))
    spec = """LANTERNFIELD INBOUND HL7 v2.5.1 INTERFACE SPECIFICATION  v1.2
=============================================================

1. Transport: MLLP over VPN, port 6661. ACK required (AA/AE/AR).
2. Accepted messages: ADT^A04, ADT^A08, ORU^R01, SIU^S12.
3. PID-3 must carry assigning authority in component 4 (e.g. VALLEYRETINA).
4. OBX-3 for acuity must use LOINC 79880-1 (OD) / 79881-9 (OS).

SAMPLE ORU (test data only - ZZTEST patient, not a real person):

MSH|^~\\&|SENDER_EHR|SENDERFAC|LFLD_LV|LANTERNFIELD|20240101120000||ORU^R01^ORU_R01|SAMPLE0001|T|2.5.1
PID|1||99900001^^^SENDERFAC^MR||ZZTEST^LOWVISION||19000101|U
PV1|1|O|CLINIC
OBR|1|ORD0001|RES0001|VAEXAM^Visual acuity exam^L|||20240101110000
OBX|1|ST|79880-1^Visual acuity OD best corrected^LN||20/200||||||F
OBX|2|ST|79881-9^Visual acuity OS best corrected^LN||20/100||||||F

Note MSH-11 = T (training). Messages with MSH-11 = P from a test system will be rejected.
"""
    text = """Vendors,

Attached is v1.2 of our inbound interface spec. The only change from v1.1 is section 3 -
we now require the assigning authority in PID-3.4. The sample message uses our standard
ZZTEST training patient; please use the same one in your validation runs.

Leo""" + sig('leo')
    plain(m, text)
    return attach_text(m, spec, "Lanternfield_HL7_Inbound_Spec_v1.2.txt")


@reg('clean', 'training')
def train_6():
    m = new(KEISHA, 'Front Desk Team <frontdesk-team@%s>' % CD, "Blank phone intake form - use for all new calls",
            date=rdate(6, 9))
    body = """Hi all,

Please use this layout when you take a new-client call so the intake entries are
consistent. Copy it into a new note and fill it in; leave a field blank rather than
guessing. Below the form is a worked example using a made-up caller so you can see the
level of detail I'm looking for.

------------------------------------------------------------
NEW CLIENT PHONE INTAKE
Caller name:
Relationship to client (self / family / agency):
Client name:
Client DOB:
Phone:                    OK to leave message? Y / N
Preferred language:       Interpreter needed? Y / N
Eye doctor:
Eye condition (as stated by caller):
Main concerns (reading / mobility / daily living / work / driving):
Falls in past year? Y / N
Funding (Medicare / MA / Commission / private):
Referral source:
Taken by / date:
------------------------------------------------------------

WORKED EXAMPLE (fictitious - for training only)
Caller name: Pat Example
Relationship to client: daughter
Client name: Chris Example
Client DOB: 01/01/1940
Eye condition (as stated by caller): "macular degeneration"
Main concerns: reading mail, cooking
Falls in past year? N

Keisha""" + sig('keisha')
    return plain(m, body)

# ===========================================================================
# main
# ===========================================================================
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}


HDR_CS = {'lang_1': 'iso-8859-1', 'lang_2': 'koi8-r', 'lang_4': 'gb2312',
          'names_7': 'iso-8859-1', 'lang_6': 'iso-8859-1'}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REGISTRY:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        n = counts[key]
        msg = fn()
        fix_headers(msg, HDR_CS.get(fn.__name__, 'utf-8'))
        fname = "%s-%s-%03d.eml" % (label, kind, n)
        with open(os.path.join(outdir, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append((fname, label, kind, patient))
    assert counts == EXPECTED, counts
    assert len(rows) == 86
    assert sum(1 for r in rows if r[1] == 'phi') == 53
    assert sum(1 for r in rows if r[1] == 'clean') == 33
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in rows:
            w.writerow(r)
    for key in EXPECTED:
        print("%s-%s: %d" % (key[0], key[1], counts[key]))
    print("total: %d" % len(rows))


if __name__ == '__main__':
    main()
