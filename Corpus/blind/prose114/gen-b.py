#!/usr/bin/env python3
"""Builds a set of .eml messages for a midwifery practice / birth centre / doula collective.

Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, zipfile, zlib, random, datetime, base64, json
from email.message import EmailMessage
from email.header import Header
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 11402
random.seed(SEED)

ORG = "willowbendbirth.example"
DOULA = "harbordoulas.example"
HOSP = "staldric-health.example"
PEDS = "brightwaterpeds.example"
MCO = "coastalhealthpartners.example"

# ---- people on staff (invented) ----
S = {
    'rosalind': 'Rosalind Achterberg <rachterberg@%s>' % ORG,
    'tamsin':   'Tamsin Oyelaran <toyelaran@%s>' % ORG,
    'marisol':  'Marisol Quintero-Baez <mquintero@%s>' % ORG,
    'greta':    'Greta Lindqvist <glindqvist@%s>' % ORG,
    'priya':    'Priya Venkataraman <pvenkataraman@%s>' % ORG,
    'dana':     'Dana Whitcomb <frontdesk@%s>' % ORG,
    'howard':   'Howard Pruett <billing@%s>' % ORG,
    'ngozi':    'Ngozi Eze-Amadi <lactation@%s>' % ORG,
    'kelsey':   'Kelsey Marchetti <kmarchetti@%s>' % ORG,
    'bev':      'Bev Stroud <bstroud@%s>' % ORG,
    'oncall':   'Willowbend On-Call <oncall@%s>' % ORG,
    'allstaff': 'Willowbend Staff <staff@%s>' % ORG,
    'midwives': 'Midwives <midwives@%s>' % ORG,
    'juniper':  'Juniper Haas <juniper@%s>' % DOULA,
    'imani':    'Imani Roberts <imani@%s>' % DOULA,
    'oksana':   'Oksana Petrenko <oksana@%s>' % DOULA,
    'lupe':     'Lupe Fonoti <lupe@%s>' % DOULA,
    'doulas':   'Harbor Doula Collective <collective@%s>' % DOULA,
    'ldcharge': 'L&D Charge Nurse <ld-charge@%s>' % HOSP,
    'himrec':   'St. Aldric HIM Release of Information <roi@%s>' % HOSP,
    'peds':     'Brightwater Pediatrics Intake <intake@%s>' % PEDS,
}

SIG = {
    'rosalind': "Rosalind Achterberg, CNM\nWillowbend Midwifery & Birth Center\n410 Larkspur Ave, Fairhaven\nOffice 555-0142 | Pager 555-0199",
    'tamsin': "Tamsin Oyelaran, CPM, LM\nWillowbend Midwifery & Birth Center",
    'marisol': "Marisol Quintero-Baez, CNM\nWillowbend Midwifery & Birth Center\nHablo español",
    'greta': "Greta\n--\nGreta Lindqvist, LM | Willowbend Midwifery",
    'priya': "Priya Venkataraman, CNM, MSN\nClinical Director, Willowbend Midwifery & Birth Center\n555-0142 x204",
    'dana': "Dana Whitcomb\nFront Desk | Willowbend Midwifery & Birth Center\n555-0142 (option 1)",
    'howard': "Howard Pruett\nBilling & Insurance | Willowbend Midwifery & Birth Center\n555-0142 x210 | fax 555-0148",
    'ngozi': "Ngozi Eze-Amadi, IBCLC\nLactation Services, Willowbend Midwifery",
    'kelsey': "Kelsey Marchetti, RN\nNewborn Services | Willowbend Midwifery & Birth Center",
    'bev': "Bev Stroud\nPractice Manager\nWillowbend Midwifery & Birth Center\n555-0142 x201",
    'juniper': "Juniper Haas (she/her)\nCoordinator, Harbor Doula Collective\n555-0177",
    'imani': "Imani R.\nHarbor Doula Collective",
    'oksana': "Oksana\nHarbor Doula Collective",
    'lupe': "Lupe Fonoti\nBirth & Postpartum Doula | Harbor Doula Collective",
}

DISCLAIMER = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
              "named recipient(s) and may contain information that is privileged or confidential. "
              "If you received this in error, please notify the sender and delete it.")

TZ = datetime.timezone(datetime.timedelta(hours=-7))
_clock = [datetime.datetime(2025, 3, 3, 7, 12, tzinfo=TZ)]


def next_date():
    _clock[0] += datetime.timedelta(minutes=random.randint(45, 2600))
    return format_datetime(_clock[0])


def D(s):
    """'2025-04-14 09:12' -> RFC 5322 date string"""
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=TZ)
    return format_datetime(dt)


def mid(domain):
    return '<%016x.%04d@%s>' % (random.getrandbits(64), random.randint(0, 9999), domain)


def dom_of(a):
    a = str(a)
    if '@' in a:
        return a.split('@')[-1].strip('> ').lower()
    return ORG


def quote(text, who, when):
    lines = ['On %s, %s wrote:' % (when, who)]
    for ln in text.rstrip('\n').split('\n'):
        lines.append('>' + (' ' + ln if ln and not ln.startswith('>') else ln))
    return '\n'.join(lines) + '\n'


def fwd_block(text, frm, to, date, subj):
    return ('---------- Forwarded message ---------\n'
            'From: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n' % (frm, date, subj, to, text))


def outlook_block(text, frm, to, date, subj, cc=None):
    h = '\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, date, to)
    if cc:
        h += 'Cc: %s\n' % cc
    h += 'Subject: %s\n\n' % subj
    return h + text


def mk(frm, to, subj, text=None, html=None, *, cc=None, date=None, atts=(), charset='utf-8',
       cte=None, html_cte=None, irt=None, rfc822=None, headers=None, raw_subject=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = date or next_date()
    m['Message-ID'] = mid(dom_of(frm))
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    for k, v in (headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=html_cte)
    else:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    for data, mt, st, fn in atts:
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    if rfc822 is not None:
        m.add_attachment(rfc822)
    if raw_subject:
        m._raw_subject = raw_subject
    return m


def enc_subject(text, charset, mode='b'):
    """RFC 2047 encode a whole Subject in the given charset, splitting on character boundaries."""
    import base64 as _b64

    def q(bs):
        out = ''
        for b in bs:
            c = chr(b)
            if c == ' ':
                out += '_'
            elif c.isalnum() and b < 128:
                out += c
            elif c in '!*+-/' and b < 128:
                out += c
            else:
                out += '=%02X' % b
        return out

    def word(chunk):
        bs = chunk.encode(charset)
        if mode == 'b':
            return '=?%s?B?%s?=' % (charset, _b64.b64encode(bs).decode('ascii'))
        return '=?%s?Q?%s?=' % (charset, q(bs))
    words, cur = [], ''
    for ch in text:
        if cur and len(word(cur + ch)) > 70:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return '\n '.join(words)


def to_bytes(m):
    data = m.as_bytes(policy=policy.SMTP)
    raw = getattr(m, '_raw_subject', None)
    if raw:
        head, sep, body = data.partition(b'\r\n\r\n')
        out, skip = [], False
        for ln in head.split(b'\r\n'):
            if ln.lower().startswith(b'subject:'):
                out.append(b'Subject: ' + raw.replace('\n', '\r\n').encode('ascii'))
                skip = True
                continue
            if skip and ln[:1] in (b' ', b'\t'):
                continue
            skip = False
            out.append(ln)
        data = b'\r\n'.join(out) + sep + body
    return data


# ---------------- attachment builders (stdlib only) ----------------
ZDT = (2025, 4, 1, 9, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content if isinstance(content, bytes) else content.encode('utf-8'))
    return bio.getvalue()


def make_zip(files):
    return _zip(files)


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1'):
    sheet_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        sheet_rows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(sheet_rows))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)])


def make_docx(paragraphs, table=None):
    """paragraphs: list of str; table: optional list of rows, inserted after first paragraph."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

    def p(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    body = []
    for i, t in enumerate(paragraphs):
        body.append(p(t, bold=(i == 0)))
        if i == 0 and table:
            trs = []
            for row in table:
                tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>%s</w:tc>' % p(str(c))
                              for c in row)
                trs.append('<w:tr>%s</w:tr>' % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % ''.join(trs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body)))
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _pdf_str(s):
    import unicodedata
    s = ''.join(c if ord(c) < 256 else
                (unicodedata.normalize('NFKD', c)[0] if ord(unicodedata.normalize('NFKD', c)[0]) < 256 else '?')
                for c in s)
    s = s.replace('\u0111', 'd')
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def make_pdf(lines, title='Document'):
    """Single-page PDF, Helvetica, FlateDecode content stream, correct xref."""
    ops = ['BT', '/F1 10 Tf', '12 TL', '50 760 Td']
    for i, ln in enumerate(lines):
        if i == 0:
            ops.append('/F1 13 Tf %s Tj /F1 10 Tf T*' % _pdf_str(ln))
        else:
            ops.append('%s Tj T*' % _pdf_str(ln))
    ops.append('ET')
    content = zlib.compress('\n'.join(ops).encode('latin-1'))
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream',
        ('<< /Title %s /Producer (Willowbend Reports) >>' % _pdf_str(title)).encode('latin-1'),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
PDF = ('application', 'pdf')
ZIP = ('application', 'zip')


def att(data, kind, fn):
    if kind == 'xlsx':
        return (data, XLSX[0], XLSX[1], fn)
    if kind == 'docx':
        return (data, DOCX[0], DOCX[1], fn)
    if kind == 'pdf':
        return (data, PDF[0], PDF[1], fn)
    if kind == 'zip':
        return (data, ZIP[0], ZIP[1], fn)
    if kind == 'hl7':
        return (data.encode('ascii') if isinstance(data, str) else data, 'application', 'hl7-v2', fn)
    if kind == 'x12':
        return (data.encode('ascii') if isinstance(data, str) else data, 'application', 'edi-x12', fn)
    if kind == 'json':
        return (data.encode('utf-8') if isinstance(data, str) else data, 'application', 'fhir+json', fn)
    # text subtypes: csv, plain
    return (data, 'text', kind, fn)


MESSAGES = []   # (label, kind, patient_name, msg)


def add(label, kind, patient, m):
    MESSAGES.append((label, kind, patient, m))

# =====================================================================
# PHI: care
# =====================================================================
def phi_care():
    # 1 plain text on-call handoff, home birth in progress
    t = """Tamsin, morning,

Handing off, I'm fried. Hannah Liebowitz called the line at 0340, ctx every 4 min x 1 hr,
SROM clear at 0310. I got to the house (Birchwood Ln) at 0425. FHT 130s with good accels,
VE 6/90/0 at 0450. She's been in the pool since 0530 and coping well, Seth and her mom are
there. Greta is second and on her way now.

Last VS at 0600: BP 118/76, P 84, T 98.9. Voiding, drinking, ate toast around 5.

I'll stay until you get there, just text when you leave. Kit is in my car, Doppler and O2
are already inside by the pool.

R.
"""
    add('phi', 'care', 'Hannah Liebowitz',
        mk(S['rosalind'], S['tamsin'], 'handoff - Liebowitz home birth', t, cc=S['greta'],
           date=D('2025-03-04 06:14')))

    # 2 HTML-only, front desk to midwife about a no-show
    h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Marisol,</p>
<p><b>Marisela Ocampo</b> did not show for her 36 wk visit this morning (9:30 with you). That's the second
missed appointment this month &ndash; she also missed the 3/11 GBS swab visit.</p>
<p>I called the cell on file twice and left a voicemail in Spanish and English. Her partner picked up the
second time and said she was &quot;at work&quot; and would call back. Nothing yet.</p>
<p>Do you want me to put her on the outreach list for Juniper's doulas, or hold a slot Thursday?
I have 2:15 or 3:45 open with you.</p>
<p>Thanks!<br>Dana</p>
<p style="color:#777;font-size:9pt">Dana Whitcomb<br>Front Desk | Willowbend Midwifery &amp; Birth Center<br>555-0142 (option 1)</p>
</body></html>"""
    add('phi', 'care', 'Marisela Ocampo',
        mk(S['dana'], S['marisol'], 'No show today - Ocampo', html=h, date=D('2025-03-18 11:02')))

    # 3 multipart/alternative postpartum home visit summary
    t = """Day 3 home visit done for Dagny Halvorsen and baby.

Mom: fundus firm 2 below umbilicus, lochia rubra moderate, perineum healing, BP 112/70.
Sleeping in 2 hr stretches, eating well, Erik is home all week.
Baby: wt 3215 g this morning (birth wt 3460 g), so down about 7%. 6 wet, 3 stools, yellow/seedy.
Mild facial jaundice only, TcB 9.8. Newborn screen + CCHD done at 26 hrs already.

Watched a full feed: shallow latch on the L, clicking, mom wincing. Weighed feed gave 42 mL.
I booked her with Ngozi tomorrow 10:00 and left the loaner scale.

Weight check again day 5 - can whoever is on Saturday swing by? Address is on the whiteboard.

- Greta
"""
    h = """<div dir="ltr"><p>Day 3 home visit done for <b>Dagny Halvorsen</b> and baby.</p>
<p><u>Mom</u>: fundus firm 2 below umbilicus, lochia rubra moderate, perineum healing, BP 112/70.<br>
Sleeping in 2 hr stretches, eating well, Erik is home all week.</p>
<p><u>Baby</u>: wt 3215 g this morning (birth wt 3460 g), so down about 7%. 6 wet, 3 stools, yellow/seedy.<br>
Mild facial jaundice only, TcB 9.8. Newborn screen + CCHD done at 26 hrs already.</p>
<p>Watched a full feed: shallow latch on the L, clicking, mom wincing. Weighed feed gave 42 mL.<br>
I booked her with Ngozi tomorrow 10:00 and left the loaner scale.</p>
<p>Weight check again day 5 - can whoever is on Saturday swing by? Address is on the whiteboard.</p>
<p>- Greta</p></div>"""
    add('phi', 'care', 'Dagny Halvorsen',
        mk(S['greta'], S['midwives'], 'Halvorsen d3 PP visit', t, html=h, cc=S['ngozi'],
           date=D('2025-03-07 16:40')))

    # 4 long thread, transfer buried in quoted reply
    t0 = """All,

Quick question for the staff meeting on the 27th: are we still doing the peer review
portion at the end, or moving it to its own lunch? Bev needs to know for catering.

Priya
"""
    t1 = """Own lunch please. Last time we ran until 6:15 and I had a prenatal at 5:30.

Also FYI since a few people asked about yesterday: I transported Siobhan O'Rourke to
St. Aldric at 11:20. She'd been pushing 3.5 hrs at the center with no descent past +1,
maternal exhaustion, FHT fine the whole time. Called ahead to L&D, Dr. Feeney accepted.
She got an epidural and pitocin there, and had a vacuum delivery at 14:05, baby girl
3890 g, Apgars 7/9. 2nd degree, repaired. Mom and baby both went to postpartum together.
I stayed till 4. I'll do the chart and the transfer form today and we can review it in
the peer review session, wherever that ends up.

Rosalind
"""
    t2 = """Agree on separate lunch. I'll pull the transfer log for Q1 so we have it in front of us.

Is the 27th still a Thursday? I'm off that week, back the 31st.
"""
    t3 = """Yes, Thursday. Moving peer review to Wed 4/2 at 12:00 in the back room, I'll order
from Nori again unless anyone objects. Tamsin you'll be back by then.

Bev
"""
    q0 = quote(t0, 'Priya Venkataraman <pvenkataraman@%s>' % ORG, 'Mon, Mar 17, 2025 at 4:31 PM')
    q1 = quote(t1 + '\n' + q0, 'Rosalind Achterberg <rachterberg@%s>' % ORG, 'Tue, Mar 18, 2025 at 7:48 AM')
    q2 = quote(t2 + '\nTamsin\n\n' + q1, 'Tamsin Oyelaran <toyelaran@%s>' % ORG, 'Tue, Mar 18, 2025 at 9:02 AM')
    body = t3 + '\n' + SIG['bev'] + '\n\n' + q2
    add('phi', 'care', "Siobhan O'Rourke",
        mk(S['bev'], S['midwives'], 'Re: Re: Re: staff meeting 3/27 - peer review?', body,
           cc=S['priya'], date=D('2025-03-18 10:15')))

    # 5 subtle: doula coverage
    t = """Hi all,

Can anyone pick up Adaeze Nwosu this week? Her induction at St. Aldric got moved up to
Thursday 7am and I'm at my sister's wedding in Tacoma until Sunday. She's met Lupe once
at the meet-the-doulas night so Lupe would be ideal, but anyone is fine. I'll send her
birth prefs and her husband's number (Chidi) to whoever says yes.

Thank you!!
""" + SIG['imani']
    add('phi', 'care', 'Adaeze Nwosu',
        mk(S['imani'], S['doulas'], 'coverage needed thurs?', t, cte='7bit', date=D('2025-03-24 20:47')))

    # 6 quoted-printable, medication change
    t = """Dana / Kelsey =E2=80=94 orders from today's visit, please update the chart and the reminder list:

Ren=C3=A9e Beaumont-Vidal (28w2d)
 - Ferrous sulfate 325 mg: increase to BID with vit C, separate from her prenatal by 2 hrs
 - Rh immune globulin 300 mcg IM given today, L deltoid, lot #RG41177, she tolerated it
 - Recheck CBC + ferritin at 32 wk visit (4/22) =E2=80=94 please add to lab slip
 - 1 hr glucose drawn today, results to me

She asked about switching her 32 wk visit to a Tuesday, anything with me is fine.

Thanks,
Priya
"""
    # pre-encode manually so the body is QP with soft breaks as a mail client would send
    import quopri
    raw = quopri.decodestring(t.encode('ascii')).decode('utf-8')
    add('phi', 'care', 'Renée Beaumont-Vidal',
        mk(S['priya'], '%s, %s' % (S['dana'], S['kelsey']), 'orders - Beaumont-Vidal 28 wk', raw,
           cte='quoted-printable', date=D('2025-03-25 15:20')))

    # 7 forward as message/rfc822: hearing screen referral
    inner_t = """Hi Kelsey,

Baby boy Adeyemi (mom Olamide Adeyemi), born at the center 4/8 at 02:51, had his
automated ABR at 24 hrs today: PASS left, REFER right. Repeated once after a feed
and swaddle, still REFER right. Parents were told it's common with fluid in the ear
canal and that a rescreen was needed, they were calm about it.

I put him on for outpatient rescreen Tues 4/15 at 10:30 in the hearing room. If he
refers again on the rescreen we send to audiology at St. Aldric for a diagnostic ABR
before 3 months.

Thanks,
Marisol
"""
    inner = mk(S['marisol'], S['kelsey'], 'hearing screen - Adeyemi baby', inner_t,
               date=D('2025-04-09 08:05'))
    outer_t = """Dana, forwarding so you can see the details below. Please confirm the 4/15 10:30
rescreen with mom by phone (she prefers calls to texts) and add it to the hearing log.

Kelsey
""" + SIG['kelsey']
    add('phi', 'care', 'Olamide Adeyemi',
        mk(S['kelsey'], S['dana'], 'Fwd: hearing screen - Adeyemi baby', outer_t, rfc822=inner,
           date=D('2025-04-09 09:30')))

    # 8 death, base64 body
    t = """Everyone,

Sad news. Ioana Drăgulescu's son was born at St. Aldric on Sunday after her transfer and
passed away in the NICU early Monday morning. Her husband Radu called me last night. She
is home now.

Please:
 - cancel her remaining postpartum visits in the schedule and turn off the automatic
   "baby's first week" texts and emails (Dana)
 - cancel the birth pool delivery and refund the rental deposit (Howard)
 - Oksana was her doula and will be doing the bereavement home visit on Friday; I'll
   go with her. Greta will call her about milk suppression on Thursday.

Please don't call her from the front desk for anything routine. If she reaches out,
route her straight to me.

Rosalind
"""
    add('phi', 'care', 'Ioana Drăgulescu',
        mk(S['rosalind'], S['allstaff'], 'Drăgulescu family', t, cte='base64',
           cc=S['oksana'], date=D('2025-04-02 07:55')))

# =====================================================================
# PHI: names
# =====================================================================
def phi_names():
    # 1 title + first name only after earlier full name (in quoted thread)
    q = quote("""Priya - Chiamaka Okonkwo's 1-hr glucose came back at 152. She's 26w4d.
I'd like to schedule the 3-hr but she's asking if she can do the jelly bean
alternative instead of the drink. What's our current stance?

Tamsin
""", 'Tamsin Oyelaran <toyelaran@%s>' % ORG, 'Wed, Mar 12, 2025 at 2:40 PM')
    t = """No jelly beans, sorry - the validation just isn't there. Offer her the 3-hr with the
standard 100 g drink, early morning, and tell her to bring a book. If Mrs. Okonkwo really
can't tolerate the drink we can talk about two weeks of fingersticks instead, four times a
day, and I'll review the log with her.

Chiamaka mentioned her sister had GDM with both pregnancies, so let's not skip it.

P.

""" + q
    add('phi', 'names', 'Chiamaka Okonkwo',
        mk(S['priya'], S['tamsin'], "Re: Mrs. Okonkwo's GTT", t, date=D('2025-03-12 17:05')))

    # 2 "Last, First" Vietnamese name, pre-registration with backup hospital
    t = """Hello L&D,

Pre-registration for one of our birth center clients in case of transfer. Packet is
coming by fax as well (555-0148 is our fax if you need to send anything back).

Name:      NGUYEN, THI THU THUY (goes by "Thuy", pronounced "twee")
EDD:       05/19/2025
G2P1, prior SVD 2021 at your facility
GBS positive on 3/31 urine culture - plan IV penicillin in labor at the center
Allergies: none known
Language:  Vietnamese preferred, husband Minh interprets, but please use a staff
           interpreter for consents

Midwife of record: Marisol Quintero-Baez, CNM. Backup physician: Dr. Aurelio Feeney.

Thank you,
Kelsey
""" + SIG['kelsey'] + '\n\n' + DISCLAIMER
    add('phi', 'names', 'NGUYEN, THI THU THUY',
        mk(S['kelsey'], S['ldcharge'], 'Pre-reg: Nguyen, Thi Thu Thuy - EDD 5/19', t,
           date=D('2025-04-02 10:30')))

    # 3 name only in the Subject, RFC 2047 in iso-8859-2
    t = """She called at 2:10, spotting since this morning, brownish, no cramping. She's 9 weeks
by LMP, first visit was last Thursday. Wants a call back before 5 if possible, she's at
work so leave a message on the cell in the chart if she doesn't answer.

Dana
"""
    subj = 'Zofia Wiśniewska - callback pls'
    add('phi', 'names', 'Zofia Wiśniewska',
        mk(S['dana'], S['greta'], subj, t, date=D('2025-04-03 14:16'),
           raw_subject=enc_subject(subj, 'iso-8859-2', 'q')))

    # 4 possessive, multipart/alternative
    t = """Hi Rosalind,

Attaching nothing, just typing it out since she emailed me her notes. Ananya Krishnamurthy's
birth plan, the parts that differ from our standard:

* Declining vitamin K injection; wants oral vitamin K dosing schedule instead
* Declining erythromycin eye ointment
* Wants delayed bath (at least 48 hrs) and delayed cord clamping until cord is white
* Karthik wants to announce the sex, no one else
* Wants to keep the placenta (encapsulation company will pick up)
* Her mother will be present and may chant; she asked if that's ok with the center

Ananya's partner is a little anxious about the no-shot choice, so it might be worth
going over the oral dosing at her 37 week visit with both of them.

Lupe
""" + SIG['lupe']
    h = "<div>" + "".join("<p>%s</p>" % xesc(p).replace('\n', '<br>') for p in t.split('\n\n')) + "</div>"
    add('phi', 'names', 'Ananya Krishnamurthy',
        mk(S['lupe'], S['rosalind'], "Ananya K's birth plan notes", t, html=h,
           date=D('2025-04-07 19:22')))

    # 5 "re:" with hyphenated surname
    t = """Bev,

re: Pierre-Louis - yes, I saw her. Ms. Guerline Pierre-Louis came in Tuesday for her anatomy
scan results with the Creole interpreter on the phone line. The report from Fairhaven
Imaging shows a low-lying placenta, 1.4 cm from the os, so she needs a repeat scan at 32
weeks before we can keep her on the birth center track. I explained that it usually moves up.

She asked me to send copies of the report to her OB in Miami where she's moving after the
birth - I told her she needs to sign a release first. Can you have Dana give her the form
at her next visit (4/29)?

Tamsin
"""
    add('phi', 'names', 'Guerline Pierre-Louis',
        mk(S['tamsin'], S['bev'], 're: Pierre-Louis records request', t, date=D('2025-04-10 12:48')))

    # 6 particles / accented Spanish name, HTML only
    h = """<html><body>
<p>Hola Juniper,</p>
<p>New client intake from the Saturday info session:</p>
<p><b>María de los Ángeles Ferreira Gómez</b> (she goes by Marian, please don't shorten it to &quot;Maria&quot;).
Due 7/14, first baby, care with Willowbend (Marisol). She's interested in a birth + postpartum package and asked
about the sliding scale since she's on Pregnancy Medicaid and it doesn't cover doula care yet.</p>
<p>Ms. de los Ángeles Ferreira said she had a hard time with anxiety early on and wants a doula
who will come to prenatals with her. Spanish-speaking doula strongly preferred.</p>
<p>Can you match? Maybe Lupe or the new trainee?</p>
<p>&mdash; Oksana</p>
</body></html>"""
    add('phi', 'names', 'María de los Ángeles Ferreira Gómez',
        mk(S['oksana'], S['juniper'], 'new client intake - Marian', html=h, date=D('2025-04-13 21:05')))

    # 7 Arabic name, kunya, quoted reply
    q = quote("""Hi Imani, I talked to the family. Can you find out what days work?
""", 'Marisol Quintero-Baez <mquintero@%s>' % ORG, 'Mon, Apr 14, 2025 at 8:12 AM')
    t = """Hi Marisol,

Spoke with Fatima Al-Sayed last night (the community calls her Umm Yusuf, she's fine with
either). She and Khalid would like the VBAC consult with Priya on a Monday or Wednesday
afternoon, after 3 when he's off work. Her C-section with Yusuf was in 2022 in Amman for
breech, she has the operative report in Arabic and Khalid is getting it translated.

They asked again that only female staff be present for exams and the birth, including the
second attendant. I told them I'd pass it along.

Imani

""" + q
    add('phi', 'names', 'Fatima Al-Sayed',
        mk(S['imani'], S['marisol'], 'Re: Al-Sayed VBAC consult', t, date=D('2025-04-14 09:40')))

    # 8 Eastern European, uppercase name in hospital note; first name later
    t = """Hi Greta,

Your client KOVALCHUK-SHEVCHENKO, OLENA came through our ED last night and was sent up to
L&D triage at 23:40. 11w by dates. She received 2 L LR and ondansetron IV, ketones cleared
by the second bag and she tolerated crackers and ginger ale by 04:00. Discharged home at
05:30 with an Rx for ondansetron ODT and told to follow up with her midwife this week.

Mrs. Kovalchuk-Shevchenko asked us to let you know. Olena's husband said she's lost about
4 kg since her first visit with you.

Thanks,
Nadia Ferris, RN
L&D Triage, St. Aldric Regional Medical Center
""" + DISCLAIMER
    add('phi', 'names', 'KOVALCHUK-SHEVCHENKO, OLENA',
        mk(S['ldcharge'], S['greta'], 'FYI triage visit overnight', t, date=D('2025-04-16 07:12')))

# =====================================================================
# PHI: self
# =====================================================================
def phi_self():
    # 1 plain, client about own symptoms
    t = """Hi,

I'm 34 weeks (due May 2) and since yesterday I've had a headache that Tylenol isn't
really touching, and my feet and hands are really swollen, my rings don't fit. I saw
some sparkly spots when I stood up this morning. Is this something I should come in
for or just rest? My next appointment isn't until the 10th.

Thanks,
Brianna Tolliver
DOB 6/21/1996
"""
    add('phi', 'self', 'Brianna Tolliver',
        mk('Brianna Tolliver <bri.tolliver@mailbox.example>', S['dana'],
           'headache + swelling question', t, date=D('2025-03-28 08:03')))

    # 2 HTML only, mobile, lactation
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="auto">
<div>Hi Ngozi it's Sofia from the Tuesday class, I had my baby 5 days ago at the center!!</div>
<div><br></div>
<div>Feeding is going really badly on the left side. He won't stay latched and my left nipple is cracked and
bleeding now, I've been crying every feed. The right side is ok. I tried the nipple shield from the class
but he just screams. Can I get in to see you this week? I can come any time, my husband is off work.</div>
<div><br></div>
<div>Sofia</div>
<div><br></div>
<div>Sent from my iPhone</div>
</body></html>"""
    add('phi', 'self', 'Sofia Lindgren-Avila',
        mk('Sofia Lindgren-Avila <sofia.la@fastpost.example>', S['ngozi'], 'help w latch pls',
           html=h, date=D('2025-04-01 23:41')))

    # 3 doula writing about her own loss to coordinator
    t = """Juniper,

I need to take myself off the on-call calendar for the next few weeks. I had a
miscarriage last week, 10 weeks. I'm physically ok, my own midwife is following me and
my bleeding is slowing down, but I can't be at births right now, I'm sorry.

I can still do prenatal visits with my current clients from the 21st on, and the
postpartum ones that are already booked. Can you please just tell them I have a family
thing and not the details?

Oksana
"""
    add('phi', 'self', 'Oksana Petrenko',
        mk(S['oksana'], S['juniper'], 'need to step back from on call', t, date=D('2025-04-08 06:58')))

    # 4 prospective client, DOB, VBAC, self-pay package question (multipart/alternative)
    t = """Hello,

I'm about 12 weeks pregnant with my second baby and looking into a birth center or home
birth this time. My first was a C-section in 2021 (baby was breech, low transverse
incision per my records). Do you take VBAC clients? And what is the price of your self-pay
package - I have a high deductible plan and might be better off paying cash.

My details in case you need them for the waitlist:
Kezia Montgomery-Ruiz
DOB: 14 March 1991
Phone: 555-0163

Thank you!
Kezia
"""
    h = '<div style="font-family:Georgia,serif">' + ''.join(
        '<p>%s</p>' % xesc(p).replace('\n', '<br>') for p in t.split('\n\n')) + '</div>'
    add('phi', 'self', 'Kezia Montgomery-Ruiz',
        mk('Kezia Montgomery-Ruiz <kmontgomeryruiz@inboxly.example>', 'info@%s' % ORG,
           'VBAC question + self-pay pricing', t, html=h, date=D('2025-03-10 13:27')))

    # 5 new pregnancy, LMP, booking first visit, quoted-printable
    t = """hi!! i just found out i'm pregnant, positive test sunday morning and again monday.
my last period started feb 2nd so i think i'm about 7 weeks? this is my first.

i applied for pregnancy medicaid at the county office yesterday but haven't heard back.
can i still book a first appointment with a midwife or do i have to wait for that?

also i've been really nauseous in the afternoons and threw up twice today, is that normal
this early? i can keep water down.

thank you so much
jess (Jessamyn Whitlock)
"""
    add('phi', 'self', 'Jessamyn Whitlock',
        mk('jess w <jesswhitlock22@mailbox.example>', 'info@%s' % ORG,
           'first appt??', t, cte='quoted-printable', date=D('2025-03-21 21:14')))

    # 6 postpartum mood, reply to a midwife, signed first name
    q = quote("""Hi Mallory, just checking in after Friday's visit. How are you sleeping?
Greta
""", 'Greta Lindqvist <glindqvist@%s>' % ORG, 'Mon, Apr 7, 2025 at 10:02 AM')
    t = """Honestly not great. I'm not sleeping even when he sleeps, I just lie there. I cry
every day, usually in the evening, and I keep thinking I'm doing everything wrong. I
scored a 15 on that questionnaire you gave me at the 2 week visit and I didn't really
answer all of it honestly, it's probably higher. I don't want to hurt myself or him but
I feel like a different person and I'm scared.

Can we talk about it? Tom says I should ask about medication.

Mallory

""" + q
    add('phi', 'self', 'Mallory Sexton',
        mk('Mallory Sexton <msexton.home@inboxly.example>', S['greta'], 'Re: checking in', t,
           date=D('2025-04-07 22:30')))

    # 7 reply to appointment reminder quoting it
    q = quote("""This is a reminder of your appointment:

  Postpartum visit (2 week) with Tamsin Oyelaran, CPM
  Thursday, April 17, 2025 at 11:00 AM
  Willowbend Midwifery & Birth Center, 410 Larkspur Ave

Reply to this email or call 555-0142 to reschedule. Please do not send urgent concerns by email.
""", 'Willowbend Midwifery <noreply@%s>' % ORG, 'Tue, Apr 15, 2025 at 9:00 AM')
    t = """I can't make Thursday, sorry. I'm still bleeding pretty heavily, soaking a pad
every hour or two since yesterday and passing clots bigger than a golf ball, and I got
dizzy and almost passed out in the shower this morning. I don't think I can drive.
Can someone come to the house instead?

Yolanda Ferreira-Kamau

""" + q
    add('phi', 'self', 'Yolanda Ferreira-Kamau',
        mk('Yolanda Ferreira-Kamau <yolandafk@fastpost.example>', 'noreply@%s' % ORG,
           'Re: Appointment reminder - Willowbend Midwifery', t, date=D('2025-04-15 10:48')))


# =====================================================================
# PHI: identifiers
# =====================================================================
def phi_ids():
    # 1 records request with DOB and MRNs
    t = """To: St. Aldric HIM / Release of Information

Please send the L&D and newborn records for the transfer on 03/09/2025 to our fax
(555-0148) or this address. Signed authorization attached to the fax cover.

Patient:       Rebecca Thornquist
DOB:           1994-07-09
Your MRN:      SA00918273
Our chart:     WB-004417
Admit date:    03/09/2025   Discharge: 03/11/2025
Records:       L&D flowsheet, op note (primary C/S), discharge summary, infant
               discharge summary and hearing/CCHD results

Thank you,
Howard Pruett
""" + SIG['howard'] + '\n\n' + DISCLAIMER
    add('phi', 'ids', 'Rebecca Thornquist',
        mk(S['howard'], S['himrec'], 'Records request - Thornquist, R - DOB 1994-07-09', t,
           date=D('2025-03-14 11:20')))

    # 2 Medicaid claim denial, member ID and claim number (HTML + text)
    t = """Hello Provider Relations,

We received a denial on the global OB claim below and believe it was denied in error.
The member had active Pregnancy Medicaid coverage on the date of delivery.

Member:        Yesenia Barragán
Member ID:     CHP 7720 4419 03
Member DOB:    02/17/2001
Claim #:       2025-041-0088217
DOS:           02/26/2025 (delivery at freestanding birth center)
CPT:           59400 global, 99464 attendance at delivery
Denial code:   CO-27 (expenses incurred after coverage terminated)

Her eligibility printout from your portal on 2/26 shows active coverage through 2/28/2026
(pregnancy + 12 months postpartum). Could you reprocess or tell us what you need?

Howard Pruett
""" + SIG['howard']
    h = '<pre style="font-family:Consolas,monospace">' + xesc(t) + '</pre>'
    add('phi', 'ids', 'Yesenia Barragán',
        mk(S['howard'], 'Provider Relations <provider.relations@%s>' % MCO,
           'Claim 2025-041-0088217 denial - request reprocessing', t, html=h,
           date=D('2025-03-19 09:41')))

    # 3 pediatric handoff: chart #, birth date/time, mom phone
    t = """Hi Brightwater intake,

New baby for you from the birth center, parents chose Dr. Osei. First visit requested
for Friday 4/4.

Infant:        Baby girl Castellanos ("Luz")
Chart #:       22-0918 (ours)
Born:          4/2/25 @ 0612, 39w5d, SVD in water, 3620 g
Mother:        Inés Castellanos, cell 555-0188
Newborn screen collected 4/3 @ 0700, kit sent to state lab
Hearing:       pass/pass (OAE)   CCHD: pass 99/98
Vit K:         given IM   Erythro: declined   HepB: deferred to peds per parents

Our discharge summary is attached to the fax. Call if anything is missing.

Kelsey
""" + SIG['kelsey']
    add('phi', 'ids', 'Inés Castellanos',
        mk(S['kelsey'], S['peds'], 'new pt referral - Castellanos infant chart 22-0918', t,
           date=D('2025-04-02 15:05')))

    # 4 address with care, home birth prep
    t = """On-call team,

Home birth kit dropped off today for Ruth Abernathy, EDD 5/30 (she's 37w tomorrow).

Address:  88 Quarry Hill Rd, Apt 2B, Fairhaven
Gate:     code 4471#, then park in visitor spots by the laundry building
Phone:    555-0125 (Ruth), 555-0126 (partner, Dev)
Hospital: St. Aldric is 14 min, route via Harbor Blvd - avoid the drawbridge after 5pm

Second-floor walk-up, narrow stairs, so the pool is set up in the living room not the
bedroom. Dog is friendly but will be in the bedroom. GBS neg, Rh pos, no meds.

- Marisol
"""
    add('phi', 'ids', 'Ruth Abernathy',
        mk(S['marisol'], S['oncall'], 'home birth kit dropped - Abernathy (address/gate code)', t,
           date=D('2025-05-01 17:22')))

    # 5 newborn screening repeat request from state lab (plain, forwarded inline)
    inner = """STATE NEWBORN SCREENING PROGRAM - REPEAT SPECIMEN REQUESTED

Submitter:      Willowbend Midwifery & Birth Center (Submitter ID 04-7731)
Specimen #:     NBS 25-118832
Infant:         EZE, BOY
Infant DOB:     03.28.2025   Time: 21:14
Mother:         EZE, CHIDINMA   Mother DOB: 11.05.1993
Collected:      03.29.2025 at 09:20 (< 24 hrs of age)
Reason:         Specimen collected before 24 hours of age. Please collect repeat
                specimen as soon as possible and no later than 14 days of age.
"""
    t = """Kelsey - can you call Chidinma and set up the repeat heel stick? Lab says the first
one was too early (we collected at 12 hrs because they were leaving). She's already
coming Thursday for the 1 week weight check so we could do it then, if that's within
their window.

""" + fwd_block(inner, 'NBS Follow-up <nbs.followup@statelab.example>', 'newborns@%s' % ORG,
                 'Mon, Apr 7, 2025 at 8:30 AM', 'Repeat specimen request NBS 25-118832')
    add('phi', 'ids', 'Chidinma Eze',
        mk(S['tamsin'], S['kelsey'], 'Fwd: Repeat specimen request NBS 25-118832', t,
           date=D('2025-04-07 09:02')))

    # 6 self-pay account, balance, payment plan; QP
    t = """Hi Maricel,

Thanks for calling today. Here's a summary of your self-pay account so you have it in writing:

Account #:         000-31877
Package:           Birth Center Complete (prenatal care from 20 wks, birth at the center,
                   6 postpartum visits, newborn exam through 2 weeks)
Package price:     $6,200.00
Paid to date:      $2,750.00
Balance:           $3,450.00
Plan:              $575.00 on the 1st of each month, Apr - Sep
Lab fees (Quest):  billed separately, your 28-week labs were $96.40

The balance needs to be paid in full by 36 weeks (around July 8 for you) per the package
agreement, so let's look at it again at your 32-week visit.

Howard
""" + SIG['howard']
    add('phi', 'ids', 'Maricel Dizon',
        mk(S['howard'], 'Maricel Dizon <maricel.dizon@inboxly.example>',
           'Your Willowbend self-pay account 000-31877', t, cte='quoted-printable',
           date=D('2025-03-27 16:10')))

    # 7 insurance verification with subscriber id, group, DOB in words
    t = """Dana,

Benefits verified for the new transfer-of-care client starting with us at 24 weeks:

Mirela Hadžić, DOB 11 Jan 1989
Carrier: Pinecrest Mutual Health PPO
Subscriber: her husband, Emir Hadžić
Subscriber ID: XQH884512907   Group: 40021   Rel: spouse
Out of network for midwifery (we're not contracted) -> 60% after $3,000 OON deductible,
birth center facility fee covered at 60%, home birth not covered.
Ref # for call: 25MAR3101174, rep "Tyrone"

She said she'd rather do our self-pay package than deal with the OON deductible. Can you
send her the package agreement? Her first visit with Rosalind is 4/1 at 1:00.

Howard
"""
    add('phi', 'ids', 'Mirela Hadžić',
        mk(S['howard'], S['dana'], 'VOB - Hadzic', t, date=D('2025-03-31 12:37')))

    # 8 presumptive eligibility application with SSN, attached TXT
    form = """PRESUMPTIVE ELIGIBILITY - PREGNANT WOMEN
Qualified Provider: Willowbend Midwifery & Birth Center   QP ID: PE-55102

Applicant name:        Destiny Marquez-Holloway
Date of birth:         2/9/97
SSN:                   412-55-8093
Home address:          1730 Cormorant St #4, Fairhaven
Phone:                 555-0139
Household size:        2 (counting unborn child: 3)
Monthly gross income:  $2,140 (part-time, Harbor Grocery)
Pregnancy verified:    Yes - urine hCG positive in office 03/20/2025, LMP 01/11/2025
Expected due date:     10/18/2025
Other coverage:        None
"""
    t = """Hi Howard,

PE application for Destiny from this morning is attached - she was positive in the office
today and we did her new OB intake at the same time. She signed the last page, I'll put
the paper copy in your box. Can you submit to the county today so her first labs are
covered?

Thanks
Dana
"""
    add('phi', 'ids', 'Destiny Marquez-Holloway',
        mk(S['dana'], S['howard'], 'PE app - Marquez-Holloway', t,
           atts=[att(form, 'plain', 'PE_application_MarquezHolloway.txt')],
           date=D('2025-03-20 12:05')))

# =====================================================================
# PHI: lists
# =====================================================================
CLIENTS = [
    ('Anneke', 'van der Berg'), ('Thandiwe', 'Mokoena'), ('Rachel', 'Abramowitz'),
    ('Thanh Hương', 'Phạm'), ('Priyanka', 'Deshpande-Rao'), ('Rania', 'Khoury'),
    ('Kateryna', 'Bondarenko'), ('Aisling', 'McGrath'), ('Funmilayo', 'Bakare'),
    ('Lucía', 'Echeverría'), ('Hye-jin', 'Park'), ('Agnieszka', 'Wróbel'),
    ('Tiana', 'Kealoha'), ('Samira', 'Benali'), ('Courtney', 'Delacroix'),
    ('Esperanza', 'Villalobos'), ('Xiaowen', 'Liu'), ('Temitope', 'Obi'),
    ('Jovana', 'Petrović'), ('Kayla', 'Brightwater'), ('Guadalupe', 'Ibarra Ruiz'),
    ('Ifeoma', 'Chukwuemeka'), ('Leah', 'Goldfarb'), ('Beatriz', 'Carvalho Nunes'),
]


def pick_clients(n):
    return random.sample(CLIENTS, n)


def phi_lists():
    # 1 space-aligned plain text table: due this month
    rows = pick_clients(8)
    edds = ['05/02', '05/06', '05/09', '05/11', '05/15', '05/19', '05/24', '05/30']
    places = ['Center', 'Home', 'Center', 'Center', 'Home', 'Center', 'Home', 'Center']
    gbs = ['neg', 'POS', 'neg', 'pending', 'neg', 'neg', 'POS', 'neg']
    notes = ['G1, lives 25 min out', 'prior PPH 800 mL', '', 'Rh neg - RhIG given 28w',
             'VBAC, Priya consulted', 'lives 40 min out, call early', 'twins ruled out 20w US',
             'doula: Lupe']
    lines = ['%-28s %-6s %-7s %-8s %s' % ('Client', 'EDD', 'Place', 'GBS', 'Notes'),
             '%-28s %-6s %-7s %-8s %s' % ('-' * 26, '-----', '------', '-------', '-' * 20)]
    for (f, l), e, p, g, n in zip(rows, edds, places, gbs, notes):
        lines.append('%-28s %-6s %-7s %-8s %s' % ('%s, %s' % (l, f), e, p, g, n))
    t = ("Hi everyone, here's who is due in May so the on-call people know who might be calling.\n"
         "Please keep this printed copy in the on-call bag only and shred the old April one.\n\n"
         + '\n'.join(lines) + "\n\nRosalind\n")
    add('phi', 'lists', '%s, %s' % (rows[0][1], rows[0][0]),
        mk(S['rosalind'], S['oncall'], 'May due list', t, date=D('2025-04-28 18:00')))

    # 2 tab-separated postpartum visit schedule
    rows = pick_clients(7)
    days = ['Mon 4/21', 'Mon 4/21', 'Tue 4/22', 'Tue 4/22', 'Wed 4/23', 'Thu 4/24', 'Fri 4/25']
    vis = ['24 hr home', '3 day home', '1 wk weight check', '2 wk', '3 day home', '6 wk', '2 wk']
    who = ['Tamsin', 'Greta', 'Kelsey', 'Marisol', 'Greta', 'Rosalind', 'Tamsin']
    extra = ['', 'baby jaundice f/u, bring TcB', 'lost 9% at d3', 'EPDS due', 'suture check',
             'IUD placement', 'lactation f/u w Ngozi same day']
    out = ['Day\tClient\tVisit\tMidwife\tNote']
    for d, (f, l), v, w, x in zip(days, rows, vis, who, extra):
        out.append('\t'.join([d, '%s %s' % (f, l), v, w, x]))
    t = "PP visits next week, please check your rows:\n\n" + '\n'.join(out) + "\n\nthx - Dana\n"
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['dana'], S['midwives'], 'PP schedule wk of 4/21', t, date=D('2025-04-18 15:30')))

    # 3 bar table hearing screen log (HTML + text)
    rows = pick_clients(6)
    res = [('PASS', 'PASS'), ('PASS', 'REFER'), ('PASS', 'PASS'), ('REFER', 'REFER'),
           ('PASS', 'PASS'), ('PASS', 'PASS')]
    dobs = ['03/30', '04/01', '04/02', '04/04', '04/06', '04/09']
    plan = ['-', 'rescreen 4/15', '-', 'rescreen 4/18, then audiology', '-', '-']
    hdr = '| %-24s | %-6s | %-6s | %-6s | %-32s |' % ('Baby of', 'DOB', 'L', 'R', 'Plan')
    sep = '|' + '-' * 26 + '|' + '-' * 8 + '|' + '-' * 8 + '|' + '-' * 8 + '|' + '-' * 34 + '|'
    body = [hdr, sep]
    for (f, l), d, (a, b), p in zip(rows, dobs, res, plan):
        body.append('| %-24s | %-6s | %-6s | %-6s | %-32s |' % ('%s %s' % (f, l), d, a, b, p))
    t = ("Hearing screen log for the state EHDI report, births 3/30-4/9. Two refers, both\n"
         "booked for rescreen.\n\n" + '\n'.join(body) + "\n\nKelsey\n" + SIG['kelsey'])
    h = ('<p>Hearing screen log for the state EHDI report, births 3/30-4/9. Two refers, both booked for rescreen.</p>'
         '<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><th>Baby of</th><th>DOB</th>'
         '<th>L</th><th>R</th><th>Plan</th></tr>' +
         ''.join('<tr><td>%s %s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                 % (xesc(f), xesc(l), d, a, b, xesc(p)) for (f, l), d, (a, b), p in zip(rows, dobs, res, plan)) +
         '</table><p>Kelsey</p>')
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['kelsey'], S['priya'], 'hearing log 3/30-4/9', t, html=h, date=D('2025-04-10 16:45')))

    # 4 CSV attachment - Medicaid claims batch
    rows = pick_clients(9)
    data = [['patient_last', 'patient_first', 'dob', 'member_id', 'dos', 'cpt', 'icd10', 'billed', 'status']]
    cpts = [('59400', 'O80,Z3A.39', '4850.00'), ('59425', 'Z34.83', '1180.00'), ('59430', 'Z39.2', '640.00'),
            ('59409', 'O80,Z3A.40', '2900.00'), ('99213', 'O21.0', '165.00'), ('59400', 'O80,Z3A.41', '4850.00'),
            ('59426', 'Z34.93', '1920.00'), ('76805', 'Z36.3', '310.00'), ('59430', 'Z39.2', '640.00')]
    for (f, l), (c, dx, amt) in zip(rows, cpts):
        dob = '%04d-%02d-%02d' % (random.randint(1986, 2004), random.randint(1, 12), random.randint(1, 28))
        mem = 'CHP%010d' % random.randint(10 ** 9, 10 ** 10 - 1)
        dos = '2025-03-%02d' % random.randint(1, 31)
        data.append([l, f, dob, mem, dos, c, dx, amt, random.choice(['submitted', 'submitted', 'pended', 'paid'])])
    t = """Bev,

March Medicaid batch is attached (9 claims). Two are pended for the postpartum visit
count, I'm calling on those Monday. The rest should pay on the 4/18 cycle.

Howard
""" + SIG['howard']
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['howard'], S['bev'], 'March Medicaid batch', t,
           atts=[att(csv_text(data), 'csv', 'medicaid_batch_2025-03.csv')], date=D('2025-04-04 14:12')))

    # 5 XLSX doula assignments
    rows = pick_clients(8)
    doulas = ['Imani Roberts', 'Oksana Petrenko', 'Lupe Fonoti', 'Imani Roberts', 'Lupe Fonoti',
              'Oksana Petrenko', 'Imani Roberts', 'Lupe Fonoti']
    sheet = [['Client', 'EDD', 'Care provider', 'Doula', 'Package', 'Notes']]
    pk = ['Birth + PP', 'Birth only', 'Sliding scale', 'Birth + PP', 'Medicaid pilot', 'Birth only',
          'Birth + PP', 'Sliding scale']
    nts = ['planned home birth', 'prior stillbirth 2022, wants extra prenatal visits', 'teen mom, school schedule',
           'induction likely for BP', 'twins - hospital birth', 'interpreter: Amharic',
           'history of sexual trauma, ask before touch', 'VBAC at center']
    for (f, l), d, p, n, i in zip(rows, doulas, pk, nts, range(8)):
        sheet.append(['%s %s' % (f, l), '2025-%02d-%02d' % (5 + i // 3, random.randint(1, 28)),
                      random.choice(['Willowbend', 'Willowbend', 'St. Aldric OB', 'Harborview Family Med']),
                      d, p, n])
    t = """Hi doulas,

Updated assignments through July are attached. Please check your rows and let me know
by Friday if anything is wrong. I highlighted nothing this time because the highlighting
broke on Oksana's phone last month, so just read it carefully :)

""" + SIG['juniper']
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['juniper'], S['doulas'], 'assignments May-July (updated)', t,
           atts=[att(make_xlsx(sheet, 'Assignments'), 'xlsx', 'HDC_assignments_May-Jul.xlsx')],
           date=D('2025-04-22 12:00')))

    # 6 DOCX birth log for the month
    rows = pick_clients(6)
    table = [['Date', 'Mother', 'Place', 'Attendants', 'Outcome']]
    outc = ['SVD, water, 3.4 kg', 'SVD, 2nd deg tear, 3.9 kg', 'Transfer - arrest of dilation, C/S',
            'SVD, home, PPH 650 mL, resolved w/ miso', 'SVD, 3.1 kg, NICU obs 4 hr for grunting',
            'SVD, water, 3.6 kg']
    for i, ((f, l), o) in enumerate(zip(rows, outc)):
        table.append(['03/%02d' % (3 + i * 5), '%s %s' % (f, l), random.choice(['Center', 'Home']),
                      random.choice(['RA/GL', 'TO/MQ', 'MQ/KM', 'GL/TO']), o])
    doc = make_docx(['Willowbend Birth Log - March 2025',
                     'Prepared for peer review 4/2. Do not remove from the office.',
                     'Total: 6 intended out-of-hospital births, 1 intrapartum transfer, 0 neonatal transfers.'],
                    table=table)
    t = """Attached is the March birth log for Wednesday's peer review. Please read the transfer and
the PPH before the meeting.

Priya
"""
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['priya'], S['midwives'], 'March birth log for peer review', t,
           atts=[att(doc, 'docx', 'Birth_Log_2025-03.docx')], date=D('2025-03-31 17:25')))

    # 7 PDF lactation clinic schedule
    rows = pick_clients(7)
    times = ['9:00', '9:45', '10:30', '11:15', '1:00', '1:45', '2:30']
    reasons = ['weighed feed, low supply', 'tongue tie eval post-revision', 'nipple pain/cracks',
               'pumping back to work', 'slow gain, d10 below BW', 'mastitis f/u', 'triple feeding plan']
    lines = ['Lactation Clinic - Thursday April 24, 2025 (Ngozi Eze-Amadi, IBCLC)', '']
    for tm, (f, l), r in zip(times, rows, reasons):
        lines.append('%-7s %-30s %s' % (tm, '%s %s' % (f, l), r))
    lines += ['', 'Room 3. Scale calibrated 4/1. Please pull baby weights from the chart before each visit.']
    t = """Ngozi, here's Thursday's schedule as a PDF for the clipboard. The 1:00 may run long,
mom said baby is still under birth weight.

Dana
"""
    add('phi', 'lists', '%s %s' % rows[0],
        mk(S['dana'], S['ngozi'], 'Thurs lactation clinic schedule', t,
           atts=[att(make_pdf(lines, 'Lactation Clinic 2025-04-24'), 'pdf', 'lactation_clinic_2025-04-24.pdf')],
           date=D('2025-04-23 16:02')))

# =====================================================================
# PHI: structured
# =====================================================================
def x12_envelope(segs, gs_code, ver, ctl, ts=('250402', '1030', '20250402'), sender='WILLOWBEND', recv='COASTALHP'):
    isa = 'ISA*00*%s*00*%s*ZZ*%s*ZZ*%s*%s*%s*^*00501*%09d*0*P*:' % (
        ' ' * 10, ' ' * 10, sender.ljust(15), recv.ljust(15), ts[0], ts[1], ctl)
    st_code = segs[0].split('*')[1]
    body = segs + ['SE*%d*0001' % (len(segs) + 1)]
    out = [isa, 'GS*%s*%s*%s*%s*%s*%d*X*%s' % (gs_code, sender, recv, ts[2], ts[1], ctl, ver)] + body + \
          ['GE*1*%d' % ctl, 'IEA*1*%09d' % ctl]
    return '~\n'.join(out) + '~\n'


def phi_struct():
    # 1 HL7 ORU pasted into body
    hl7 = '\n'.join([
        'MSH|^~\\&|CASCADELAB|CASCADE REF LAB|WBEHR|WILLOWBEND|20250318142210||ORU^R01^ORU_R01|CL250318000417|P|2.5.1',
        'PID|1||WB-004522^^^WILLOWBEND^MR~CL7731904^^^CASCADE^PI||HALLORAN^MAEVE^CLAIRE||19920311|F|||2219 Tern Way^^Fairhaven^OR^97403||^PRN^PH^^^555^0171',
        'PV1|1|O|WBCLINIC^^^WILLOWBEND||||1659302187^VENKATARAMAN^PRIYA^^^^CNM',
        'ORC|RE|WB88120|CL250318000417||CM',
        'OBR|1|WB88120|CL250318000417|80055^OBSTETRIC PANEL^CPT4|||20250317091500|||||||||1659302187^VENKATARAMAN^PRIYA||||||20250318141900|||F',
        'OBX|1|CWE|882-1^ABO and Rh group^LN||O Pos||||||F',
        'OBX|2|CWE|890-4^Blood group antibody screen^LN||Negative||||||F',
        'OBX|3|NM|718-7^Hemoglobin^LN||10.9|g/dL|11.5-15.5|L|||F',
        'OBX|4|NM|4544-3^Hematocrit^LN||32.8|%|34.0-45.0|L|||F',
        'OBX|5|NM|777-3^Platelets^LN||231|10*3/uL|150-400|N|||F',
        'OBX|6|CWE|5334-8^Rubella virus IgG^LN||Immune||||||F',
        'OBX|7|CWE|5196-1^Hepatitis B surface Ag^LN||Nonreactive||||||F',
        'OBX|8|CWE|20507-0^Reagin Ab (RPR)^LN||Nonreactive||||||F',
        'OBX|9|CWE|56888-1^HIV 1+2 Ab+HIV1 p24 Ag^LN||Nonreactive||||||F',
    ])
    t = """Priya, the interface kicked this one to the error queue again (PID-3 repetition), so
pasting the raw message so you can sign off on the results. I'll open a ticket with the lab.

""" + hl7 + """

Kelsey
"""
    add('phi', 'struct', 'MAEVE CLAIRE HALLORAN',
        mk(S['kelsey'], S['priya'], 'raw HL7 - OB panel stuck in error queue', t, date=D('2025-03-18 14:40')))

    # 2 HL7 ADT attached as .hl7 file (CR segment separators)
    adt = '\r'.join([
        'MSH|^~\\&|WBEHR|WILLOWBEND|HIE|STATEHIE|20250409030512||ADT^A28^ADT_A05|WB2504090305|P|2.5.1',
        'EVN|A28|20250409030512',
        'PID|1||WB-N25-0061^^^WILLOWBEND^MR||ADEYEMI^BABY BOY^^^^^L||20250408025100|M|||14 Fernhill Ct^^Fairhaven^OR^97403||^PRN^PH^^^555^0114|||||||||||Y|1',
        'NK1|1|ADEYEMI^OLAMIDE^^^^^L|MTH^Mother^HL70063|14 Fernhill Ct^^Fairhaven^OR^97403|^PRN^PH^^^555^0114',
        'NK1|2|ADEYEMI^TUNDE|FTH^Father^HL70063||^PRN^PH^^^555^0115',
        'PV1|1|N|WBBIRTH^SUITE2^^WILLOWBEND||||1754480923^QUINTERO-BAEZ^MARISOL^^^^CNM',
        'OBX|1|NM|8339-4^Birth weight Measured^LN||3510|g|||||F',
        'OBX|2|NM|9272-6^1 minute Apgar Score^LN||8||||||F',
        'OBX|3|NM|9274-2^5 minute Apgar Score^LN||9||||||F',
    ]) + '\r'
    t = """Attached is the A28 for last night's birth that didn't go out to the HIE (connection
reset at 03:05). Can you re-queue it from your side or should I resend from the EHR?

Thanks,
Bev
"""
    add('phi', 'struct', 'ADEYEMI^BABY BOY',
        mk(S['bev'], 'HIE Support <support@statehie.example>', 'Failed ADT feed 04/09 - resend?', t,
           atts=[att(adt, 'hl7', 'ADT_A28_WB2504090305.hl7')], date=D('2025-04-09 08:50')))

    # 3 X12 837P attached
    segs = [
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*WB250402A*20250402*1030*CH',
        'NM1*41*2*WILLOWBEND MIDWIFERY AND BIRTH CENTER*****46*WB7731',
        'PER*IC*HOWARD PRUETT*TE*5555550142',
        'NM1*40*2*COASTAL HEALTH PARTNERS*****46*CHP01',
        'HL*1**20*1',
        'PRV*BI*PXC*261QB0400X',
        'NM1*85*2*WILLOWBEND MIDWIFERY AND BIRTH CENTER*****XX*1487650321',
        'N3*410 LARKSPUR AVE',
        'N4*FAIRHAVEN*OR*97403',
        'REF*EI*935550142',
        'HL*2*1*22*0',
        'SBR*P*18*******MC',
        'NM1*IL*1*OKAFOR*NKECHI*A***MI*CHP6093318205',
        'N3*502 SANDPIPER RD',
        'N4*FAIRHAVEN*OR*97403',
        'DMG*D8*19980512*F',
        'NM1*PR*2*COASTAL HEALTH PARTNERS*****PI*CHP01',
        'CLM*WB31902*4850***25:B:1*Y*A*Y*Y',
        'HI*ABK:O80*ABF:Z3A39*ABF:Z370',
        'NM1*82*1*ACHTERBERG*ROSALIND****XX*1902836475',
        'PRV*PE*PXC*367A00000X',
        'LX*1',
        'SV1*HC:59400*4850*UN*1***1',
        'DTP*472*D8*20250328',
    ]
    x12 = x12_envelope(segs, 'HC', '005010X222A1', 417)
    t = """Hi CHP EDI team,

Our clearinghouse says this file was accepted (999 attached to their portal) but the claim
never showed up in your claim status inquiry. Sending the 837 directly as you asked on the
phone. ICN not assigned yet.

Howard
""" + SIG['howard']
    add('phi', 'struct', 'NKECHI A OKAFOR',
        mk(S['howard'], 'EDI Support <edi@%s>' % MCO, '837P missing from claim status - WB31902', t,
           atts=[att(x12, 'x12', 'WB_837P_20250402_000000417.x12')], date=D('2025-04-02 10:44')))

    # 4 X12 271 pasted
    segs = [
        'ST*271*0001*005010X279A1',
        'BHT*0022*11*WB0411EL0093*20250411*0912',
        'HL*1**20*1',
        'NM1*PR*2*COASTAL HEALTH PARTNERS*****PI*CHP01',
        'HL*2*1*21*1',
        'NM1*1P*2*WILLOWBEND MIDWIFERY AND BIRTH CENTER*****XX*1487650321',
        'HL*3*2*22*0',
        'TRN*2*WB0411EL0093*9555014201',
        'NM1*IL*1*TRAN*BICH NGOC****MI*CHP5512038774',
        'N3*88 HERON WAY APT 12',
        'N4*FAIRHAVEN*OR*97403',
        'DMG*D8*19990303*F',
        'DTP*346*D8*20250101',
        'EB*1*IND*30**PREGNANCY MEDICAID',
        'DTP*291*RD8*20250101-20260430',
        'EB*1*IND*BT^BU^BV**PREGNANCY MEDICAID',
        'MSG*COVERAGE CONTINUES 12 MONTHS POSTPARTUM',
        'EB*R**30**HARBORVIEW DENTAL',
    ]
    x12 = x12_envelope(segs, 'HB', '005010X279A1', 9311, ts=('250411', '0912', '20250411'),
                       sender='COASTALHP', recv='WILLOWBEND')
    t = """Dana - eligibility came back active for Bich Ngoc, raw 271 below since the portal screen
was blank again. Pregnancy Medicaid effective 1/1, through 4/30/26. OK to schedule her
first OB visit and labs.

""" + x12 + "\nH.\n"
    add('phi', 'struct', 'TRAN BICH NGOC',
        mk(S['howard'], S['dana'], 'elig - Tran, Bich Ngoc (271)', t, date=D('2025-04-11 09:20')))

    # 5 FHIR JSON bundle attached
    bundle = {
        'resourceType': 'Bundle', 'type': 'collection', 'timestamp': '2025-04-14T15:02:00-07:00',
        'entry': [
            {'resource': {'resourceType': 'Patient', 'id': 'wb-004610',
                          'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.9999.7731', 'value': 'WB-004610'}],
                          'name': [{'family': 'Nwachukwu', 'given': ['Amara', 'Chinwe']}],
                          'gender': 'female', 'birthDate': '1995-10-02',
                          'telecom': [{'system': 'phone', 'value': '555-0152', 'use': 'mobile'}],
                          'address': [{'line': ['77 Alder St'], 'city': 'Fairhaven', 'state': 'OR',
                                       'postalCode': '97403'}]}},
            {'resource': {'resourceType': 'Encounter', 'id': 'enc-pp-2wk', 'status': 'finished',
                          'class': {'code': 'HH', 'display': 'home health'},
                          'type': [{'text': 'Postpartum visit, 2 weeks'}],
                          'subject': {'reference': 'Patient/wb-004610'},
                          'period': {'start': '2025-04-14T10:00:00-07:00', 'end': '2025-04-14T11:05:00-07:00'}}},
            {'resource': {'resourceType': 'Observation', 'id': 'epds-1', 'status': 'final',
                          'code': {'coding': [{'system': 'http://loinc.org', 'code': '71354-5',
                                               'display': 'Edinburgh Postnatal Depression Scale [EPDS]'}]},
                          'subject': {'reference': 'Patient/wb-004610'},
                          'encounter': {'reference': 'Encounter/enc-pp-2wk'},
                          'effectiveDateTime': '2025-04-14T10:20:00-07:00', 'valueInteger': 13}},
            {'resource': {'resourceType': 'Observation', 'id': 'bp-1', 'status': 'final',
                          'code': {'coding': [{'system': 'http://loinc.org', 'code': '85354-9',
                                               'display': 'Blood pressure panel'}]},
                          'subject': {'reference': 'Patient/wb-004610'},
                          'component': [
                              {'code': {'coding': [{'system': 'http://loinc.org', 'code': '8480-6'}]},
                               'valueQuantity': {'value': 142, 'unit': 'mmHg'}},
                              {'code': {'coding': [{'system': 'http://loinc.org', 'code': '8462-4'}]},
                               'valueQuantity': {'value': 94, 'unit': 'mmHg'}}]}},
        ]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    t = """Hi Ravi,

Attached is the first referral bundle we need to send to Harborview behavioral health
through the new interface (Priya signed the referral this afternoon). Can you check that
it validates against their endpoint before we turn on the automatic feed? EPDS and BP are
the two observations they asked for.

Bev
"""
    add('phi', 'struct', 'Amara Chinwe Nwachukwu',
        mk(S['bev'], 'Ravi Sundaram <ravi@interlinkhealth-it.example>', 'FHIR bundle for BH referral - please validate', t,
           atts=[att(js, 'json', 'referral_WB-004610.json')], date=D('2025-04-14 15:10')))

    # 6 key: value birth worksheet for vital records
    t = """BIRTH WORKSHEET - OUT OF HOSPITAL BIRTH
Submitted by: Willowbend Midwifery & Birth Center (facility code 7731)

Child's name:              Elowen Mae Carrigan
Date of birth:             04/11/2025
Time of birth:             16:42
Sex:                       F
Place of birth:            Freestanding birth center
Birth weight:              3285 g
Plurality:                 Single
Attendant:                 Tamsin Oyelaran, CPM, LM (License LM-02231)
Method of delivery:        Vaginal, spontaneous

Mother's current legal name: Bethany Lynn Carrigan
Mother's maiden surname:   Holcomb
Mother's date of birth:    09/30/1990
Mother's residence:        4410 Sitka Spruce Dr, Fairhaven OR 97403
Mother's SSN:              538-20-4471
Date prenatal care began:  10/22/2024
Number of prenatal visits: 13
Principal source of payment: Self-pay
Risk factors:              Gestational hypertension (no meds)
Infections during pregnancy: None
Maternal morbidity:        None

Parent 2 name:             Wesley James Carrigan
Parent 2 DOB:              02/14/1988
"""
    add('phi', 'struct', 'Bethany Lynn Carrigan',
        mk(S['tamsin'], 'Fairhaven County Vital Records <vitalrecords@fairhavencounty.example>',
           'Birth worksheet - 04/11/2025 - Carrigan', t, cte='quoted-printable', date=D('2025-04-12 10:05')))

    # 7 fixed-width EHDI hearing export
    recs = [
        ('ADEYEMI', 'BABY BOY', '20250408', 'M', 'ADEYEMI', 'OLAMIDE', '19930219', '20250409', 'AABR', 'P', 'R'),
        ('CASTELLANOS', 'LUZ', '20250402', 'F', 'CASTELLANOS', 'INES', '19970807', '20250403', 'OAE', 'P', 'P'),
        ('EZE', 'BABY BOY', '20250328', 'M', 'EZE', 'CHIDINMA', '19930511', '20250329', 'AABR', 'P', 'P'),
        ('CARRIGAN', 'ELOWEN', '20250411', 'F', 'CARRIGAN', 'BETHANY', '19900930', '20250412', 'OAE', 'P', 'P'),
        ('HALVORSEN', 'BABY GIRL', '20250304', 'F', 'HALVORSEN', 'DAGNY', '19910716', '20250305', 'AABR', 'P', 'P'),
    ]
    lines = ['H7731WILLOWBEND MIDWIFERY    2025040120250430EHDI0503']
    for r in recs:
        lines.append('D%-20s%-15s%8s%1s%-20s%-15s%8s%8s%-4s%1s%1s' % r)
    lines.append('T%06d' % len(recs))
    fw = '\r\n'.join(lines) + '\r\n'
    t = """Hi Kelsey,

Here's the April EHDI file from the EHR export (zipped, the portal only takes .zip), fixed-width
per the state layout v5.3. The
Adeyemi record still shows the refer on the right from the inpatient screen - the rescreen
on 4/15 needs to go in as a separate outpatient record, so please don't hand-edit this one.

Bev
"""
    add('phi', 'struct', 'ADEYEMI BABY BOY',
        mk(S['bev'], S['kelsey'], 'April EHDI export', t,
           atts=[att(make_zip([('EHDI_7731_202504.dat', fw),
                               ('README_layout_v5.3.txt', 'State EHDI fixed-width layout v5.3. H=header, D=detail, T=trailer.\r\n')]),
                     'zip', 'EHDI_7731_202504.zip')], date=D('2025-05-01 09:15')))

# =====================================================================
# PHI: other languages
# =====================================================================
def phi_lang():
    # 1 Spanish, forwarded with English note
    es = """Hola Marisol, buenas noches. Soy Rosa Inés Castillo. Tengo 38 semanas y desde las
9 de la noche tengo contracciones cada 8 a 10 minutos, duran como 40 segundos. Se me salió
el tapón mucoso con un poco de sangre. El bebé se mueve bien. No he roto fuente.
¿Me voy al centro o me quedo en casa? Mi esposo Álvaro está conmigo.
Gracias, Rosa"""
    t = """On-call: heads up, Rosa Inés Castillo (38w, G3P2, fast labors - 2nd was 3 hrs) texted me
this, translation: ctx q8-10 min x 40 sec since 9pm, bloody show, good FM, intact membranes,
asking whether to come in. I told her to call the on-call line when they are q5 or if her
water breaks, and not to wait long given her history. She's 25 min from the center.

Marisol

-----Mensaje original-----
De: Rosa Castillo
Enviado: jueves, 24 de abril de 2025 22:14
Asunto: contracciones

""" + es + '\n'
    add('phi', 'lang', 'Rosa Inés Castillo',
        mk(S['marisol'], S['oncall'], 'FW: contracciones - Castillo', t, cte='8bit', date=D('2025-04-24 22:31')))

    # 2 Russian, koi8-r, base64, encoded subject
    ru = """Оксана, здравствуйте!

Это Светлана Кузнецова. Роды были 3 апреля в центре, спасибо вам еще раз за все.
Пишу потому что со вчерашнего вечера у меня температура 38,2, швы очень болят и
покраснели, и выделения стали с неприятным запахом. Малыш ест хорошо, вес набирает.
Я не знаю, звонить ли акушерке ночью или можно подождать до утра?
Мой номер 555-0131, муж Андрей тоже дома.

Светлана"""
    subj = 'Светлана Кузнецова - температура после родов'
    add('phi', 'lang', 'Светлана Кузнецова',
        mk('Svetlana Kuznetsova <sveta.kuz@pochta-mail.example>', S['oksana'], subj, ru,
           charset='koi8-r', cte='base64', date=D('2025-04-12 21:50'),
           raw_subject=enc_subject(subj, 'koi8-r')))

    # 3 Vietnamese, mother writing for daughter, quoted-printable utf-8
    vi = """Chào cô Marisol,

Tôi là mẹ của Trần Bích Ngọc. Con gái tôi đang mang thai 10 tuần. Mấy ngày nay cháu ói
nhiều lắm, không ăn uống được gì, hôm qua ói 6 lần và đi tiểu rất ít. Cháu có bảo hiểm
Medicaid cho bà bầu rồi (số thẻ CHP5512038774). Cô có thể cho cháu hẹn khám sớm hơn
ngày 28 được không? Cháu không nói tiếng Anh giỏi, cô gọi cho tôi số 555-0197.

Cảm ơn cô nhiều.
Lê Thị Hồng"""
    add('phi', 'lang', 'Trần Bích Ngọc',
        mk('Le Thi Hong <lethihong58@mailbox.example>', S['marisol'],
           'Con gái tôi - Trần Bích Ngọc', vi, cte='quoted-printable', date=D('2025-04-16 07:40')))

    # 4 Chinese, gb2312, mixed English, HTML + text
    zh = """Hi Ngozi,

我是周美玲 (Mei-Ling Zhou)。宝宝出生十天了，今天在家称体重是 3050 克，出生时是 3280 克，
还没有回到出生体重。我每两个小时喂一次奶，左边乳房有硬块，有点痛，但是没有发烧。
我婆婆说要加配方奶，我不知道该怎么办。明天可以来 lactation clinic 吗？

谢谢！
美玲"""
    h = '<div>' + ''.join('<p>%s</p>' % xesc(p).replace('\n', '<br>') for p in zh.split('\n\n')) + '</div>'
    subj = '宝宝体重 - 周美玲'
    add('phi', 'lang', '周美玲',
        mk('Zhou Meiling <meiling.zhou@qmail-box.example>', S['ngozi'], subj, zh, html=h,
           charset='gb2312', cte='base64', html_cte='base64', date=D('2025-04-18 20:05'),
           raw_subject=enc_subject(subj, 'gb2312')))

    # 5 Arabic, husband writing for wife, cp1256, HTML only rtl
    ar = """<html><body dir="rtl" style="font-family:Tahoma">
<p>السلام عليكم،</p>
<p>أنا سامر حداد، زوج نور حداد. زوجتي حامل في الأسبوع الثلاثين، وموعدها القادم يوم الثلاثاء مع القابلة روزاليند.
نتيجة فحص السكر الأخير كانت مرتفعة وطلبوا منها فحص ثلاث ساعات. هي تشعر بدوخة وصداع منذ يومين.</p>
<p>هل يمكن تقديم الموعد؟ ونرجو وجود مترجمة عربية إن أمكن. رقمي 555-0109.</p>
<p>شكراً لكم<br>سامر</p>
</body></html>"""
    add('phi', 'lang', 'نور حداد',
        mk('Samer Haddad <samer.haddad@fastpost.example>', S['dana'], 'موعد زوجتي نور حداد', html=ar,
           charset='windows-1256', date=D('2025-04-19 10:12'),
           raw_subject=enc_subject('موعد زوجتي نور حداد', 'windows-1256')))

    # 6 Portuguese, iso-8859-1 quoted-printable
    pt = """Oi Juniper, tudo bem?

Aqui é a Daniela Souza Lima. Fiz o ultrassom ontem com 35 semanas e o bebê está sentado
(pélvico). A Rosalind falou de tentar a versão externa na semana que vem no hospital, dia 2
de maio às 8h. Estou com muito medo. A Lupe pode ir comigo? Também queria saber se ainda
posso ter o parto no centro se o bebê não virar, ou se vai ter que ser cesárea.

Beijos,
Daniela"""
    add('phi', 'lang', 'Daniela Souza Lima',
        mk('Daniela Souza Lima <danisouzalima@inboxly.example>', S['juniper'], 'bebê pélvico - versão externa',
           pt, charset='iso-8859-1', cte='quoted-printable', date=D('2025-04-24 11:30')))

    # 7 Haitian Creole, with English reply above
    ht = """Bonjou Madam Tamsin,

Se Widline Joseph. Mwen gen 30 semèn. Depi yè swa mwen gen yon tèt fè mal ki pa vle pase,
pye m ak men m anfle anpil, e mwen wè ti limyè devan je m. Tansyon m te 150/96 sou aparèy
famasi a maten an. Èske m dwe vini kounye a? Mari m Jean-Robert ka mennen m.

Mèsi anpil,
Widline"""
    t = """Widline - please go to St. Aldric Labor & Delivery triage now, don't wait for an appointment.
I'm calling them to let them know you're coming. Bring your prenatal card.

Widline - tanpri ale nan triyaj Labor & Delivery St. Aldric kounye a. M ap rele yo pou di yo
w ap vini. Pote kat swen prenatal ou.

Tamsin

""" + quote(ht, 'Widline Joseph <widlinejoseph@mailbox.example>', 'Sat, Apr 26, 2025 at 8:14 AM')
    add('phi', 'lang', 'Widline Joseph',
        mk(S['tamsin'], 'Widline Joseph <widlinejoseph@mailbox.example>', 'Re: tèt fè mal ak pye anfle', t,
           cc=S['ldcharge'], cte='8bit', date=D('2025-04-26 08:22')))

    # 8 Polish, iso-8859-2, English forward to lactation
    pl = """Dzień dobry Pani Greto,

tu Małgorzata Zielińska. Jestem dwa tygodnie po porodzie, karmię piersią. Od wczoraj mam
gorączkę 38,9, dreszcze, a prawa pierś jest twarda, czerwona i bardzo boli przy karmieniu.
Czy mogę dostać antybiotyk? Nie mam samochodu, mąż Paweł wraca z pracy o 18.

Pozdrawiam serdecznie,
Małgorzata Zielińska"""
    t = """Ngozi - can you see her today if possible? Translation: 2 wks PP, T 38.9 since
yesterday, chills, R breast hard/red/painful. I'm calling in dicloxacillin after I talk to
her; please do a feeding assessment and check for an abscess. She has no car until 6pm.

Greta

""" + fwd_block(pl, 'Małgorzata Zielińska <m.zielinska@pocztex-mail.example>', S['greta'],
                 'Mon, Apr 28, 2025 at 9:55 AM', 'gorączka i ból piersi')
    add('phi', 'lang', 'Małgorzata Zielińska',
        mk(S['greta'], S['ngozi'], 'Fwd: gorączka i ból piersi', t, charset='iso-8859-2',
           cte='quoted-printable', date=D('2025-04-28 10:20'),
           raw_subject=enc_subject('Fwd: gorączka i ból piersi', 'iso-8859-2', 'q')))

# =====================================================================
# CLEAN: staff
# =====================================================================
def clean_staff():
    # 1 on-call calendar, HTML table with names and phones
    sched = [('Thu 5/1', 'Rosalind Achterberg, CNM', '555-0199', 'Greta Lindqvist, LM', '555-0193'),
             ('Fri 5/2', 'Tamsin Oyelaran, CPM', '555-0191', 'Kelsey Marchetti, RN', '555-0194'),
             ('Sat 5/3', 'Marisol Quintero-Baez, CNM', '555-0192', 'Greta Lindqvist, LM', '555-0193'),
             ('Sun 5/4', 'Marisol Quintero-Baez, CNM', '555-0192', 'Tamsin Oyelaran, CPM', '555-0191'),
             ('Mon 5/5', 'Priya Venkataraman, CNM', '555-0190', 'Kelsey Marchetti, RN', '555-0194'),
             ('Tue 5/6', 'Greta Lindqvist, LM', '555-0193', 'Rosalind Achterberg, CNM', '555-0199'),
             ('Wed 5/7', 'Tamsin Oyelaran, CPM', '555-0191', 'Marisol Quintero-Baez, CNM', '555-0192')]
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % r for r in sched)
    txt = '\n'.join('%-8s %-28s %-9s %-28s %s' % r for r in sched)
    t = ("On-call, first week of May. Primary carries the pager, second is backup for births and\n"
         "transports. Swaps go through me, not the group text please.\n\n" + txt + "\n\nBev\n" + SIG['bev'])
    h = ('<p>On-call, first week of May. Primary carries the pager, second is backup for births and transports. '
         'Swaps go through me, not the group text please.</p><table border="1" cellspacing="0" cellpadding="4">'
         '<tr><th>Day</th><th>Primary</th><th>Cell</th><th>Second</th><th>Cell</th></tr>' + rows +
         '</table><p>Bev</p>')
    add('clean', 'staff', '', mk(S['bev'], S['allstaff'], 'On-call 5/1 - 5/7', t, html=h,
                                 date=D('2025-04-25 13:00')))

    # 2 staff directory XLSX with credentials
    sheet = [['Name', 'Role', 'Credentials', 'License #', 'NPI', 'Cell', 'Ext'],
             ['Priya Venkataraman', 'Clinical Director', 'CNM, MSN', 'CNM-44871', '1659302187', '555-0190', 204],
             ['Rosalind Achterberg', 'Midwife', 'CNM', 'CNM-39220', '1902836475', '555-0199', 205],
             ['Marisol Quintero-Baez', 'Midwife', 'CNM', 'CNM-51046', '1754480923', '555-0192', 206],
             ['Tamsin Oyelaran', 'Midwife', 'CPM, LM', 'LM-02231', '1366021958', '555-0191', 207],
             ['Greta Lindqvist', 'Midwife', 'LM', 'LM-02518', '1275539104', '555-0193', 208],
             ['Kelsey Marchetti', 'Newborn Services RN', 'RN, IBCLC candidate', 'RN-7720113', '', '555-0194', 209],
             ['Ngozi Eze-Amadi', 'Lactation Consultant', 'IBCLC', 'IBCLC L-90331', '1588876240', '555-0195', 211],
             ['Bev Stroud', 'Practice Manager', '', '', '', '555-0196', 201],
             ['Howard Pruett', 'Billing & Insurance', 'CPC', '', '', '', 210],
             ['Dana Whitcomb', 'Front Desk', '', '', '', '', 200]]
    t = """Hi all,

Updated staff directory attached (adds Ngozi's new NPI and Kelsey's ext). Please delete the
January version from your phones. License numbers are in there for the credentialing packets,
so keep it internal.

""" + SIG['bev']
    add('clean', 'staff', '', mk(S['bev'], S['allstaff'], 'Staff directory - April 2025', t,
                                 atts=[att(make_xlsx(sheet, 'Directory'), 'xlsx', 'Willowbend_Staff_Directory_2025-04.xlsx')],
                                 date=D('2025-04-03 09:10')))

    # 3 clinical protocol update in general terms
    t = """Midwives,

Reminder that the revised GBS protocol takes effect 5/1. Summary of what changes:

1. Penicillin G 5 million units IV load, then 2.5-3 million units q4h until birth (no change).
2. For penicillin-allergic clients at low risk of anaphylaxis we are switching from
   clindamycin to cefazolin 2 g load / 1 g q8h. Document the allergy history on the new
   form, not just "PCN allergy".
3. Clients with unknown GBS status at term who labor at the center: offer the rapid PCR
   if available, otherwise treat per risk factors (ROM >= 18 h, intrapartum temp >= 100.4).
4. Adequate prophylaxis = at least 4 hours before birth. Newborns with inadequate
   prophylaxis get the 36-hour observation plan and a second-attendant check at 24 h.

The updated protocol binder is in the med room and the PDF is on the shared drive under
Protocols/2025. We'll walk through it at the 4/30 staff meeting.

""" + SIG['priya']
    add('clean', 'staff', '', mk(S['priya'], S['midwives'], 'GBS protocol revision effective 5/1', t,
                                 date=D('2025-04-21 08:30')))

    # 4 doula collective shift swap
    t = """Hey all,

Lupe and I are swapping: I'll take her on-call block Sat 5/10 8am through Sun 5/11 8am,
and she takes mine Fri 5/16. Lupe's kid has a tournament that weekend. Juniper, can you
update the shared calendar? My cell for that weekend is the usual 555-0183.

Also reminder that the birth bag restock day is 5/8 at Juniper's garage, 6pm, bring
your expired snacks out of your bags lol.

Imani
"""
    add('clean', 'staff', '', mk(S['imani'], S['doulas'], 'swap 5/10 <-> 5/16', t, cc=S['lupe'],
                                 date=D('2025-04-29 17:45')))

    # 5 med kit inventory, clinical words no patient
    t = """Kit check done for both birth bags and the center med room. Needs ordering:

Item                          Have  Par  Lot / exp
Oxytocin 10 units/mL vial       4    10  OX7721 / 09-2025
Methylergonovine 0.2 mg/mL      2     4  ME1180 / 06-2025  <- expires soon, rotate out
Misoprostol 200 mcg tabs       20    20  ok
Lidocaine 1% 20 mL              3     6  LD4490 / 01-2026
Phytonadione 1 mg/0.5 mL        8    12  VK3318 / 11-2025
Erythromycin ophth ointment     5    10  ER0912 / 08-2025
Rh immune globulin              1     2  in fridge, temp log ok
LR 1000 mL                      6    12
IV start kits 20g/18g          4/3   8/8

Bev, can you put the order in with Cascade Medical Supply by Thursday? I'll recheck the
fridge log Friday.

Kelsey
"""
    add('clean', 'staff', '', mk(S['kelsey'], S['bev'], 'med kit / birth bag restock', t,
                                 cc=S['priya'], date=D('2025-04-14 16:20')))

    # 6 skills drills and certifications
    t = """Skills day is Wed 5/21, 9:00-1:00, center closed to visits that morning.

09:00  NRP megacode (Kelsey + Greta running it)
10:00  Shoulder dystocia drill - HELPERR + Gaskin maneuver, mannequin in Suite 1
11:00  PPH drill - bimanual compression, meds timing, transport call script
12:00  Lunch + debrief

Cert expirations coming up (please renew before 6/30):
  NRP:  Tamsin (06/2025), Marisol (07/2025)
  BLS:  Dana (05/2025), Howard (05/2025) - front office needs BLS too now
  IBCLC recert: Ngozi (CERP hours due 12/2025)

""" + SIG['priya']
    add('clean', 'staff', '', mk(S['priya'], S['allstaff'], 'Skills day 5/21 + cert renewals', t,
                                 date=D('2025-04-30 07:55')))

    # 7 aggregate quality numbers for staff meeting (QP)
    t = """Q1 2025 numbers for Wednesday (from the MANA stats export, all de-duplicated):

  Intended out-of-hospital births at start of labor ........ 41
  Births at the center .................................. 28
  Planned home births completed ......................... 8
  Intrapartum transfers ................................. 5  (12%)
     - non-urgent (failure to progress / pain relief) .... 4
     - urgent ............................................ 1
  Postpartum transfers .................................. 1
  Newborn transfers in first 6 hrs ..................... 1
  Breastfeeding at 6 weeks .............................. 92%
  Postpartum depression screen completed at 2 wk ........ 88% (goal 95%)

We're in line with the national birth center data for transfers. The screening rate is
the one to work on - most misses were when the 2 week visit was done by phone.

Priya
"""
    add('clean', 'staff', '', mk(S['priya'], S['midwives'], 'Q1 quality numbers', t,
                                 cte='quoted-printable', date=D('2025-04-07 12:10')))

# =====================================================================
# CLEAN: admin
# =====================================================================
def clean_admin():
    # 1 vendor invoice, PDF attached
    lines = ['AquaNest Birth Supply Co. - INVOICE',
             'Invoice #: INV-20931          Date: 04/01/2025          Terms: Net 30',
             'Bill to: Willowbend Midwifery & Birth Center, 410 Larkspur Ave, Fairhaven OR 97403',
             'Customer #: 008812     PO #: WB-PO-0417',
             '',
             'Qty  Item                                          Unit      Total',
             ' 24  Birth pool liner, disposable (large)         18.50     444.00',
             '  2  Pool inflation pump, electric                42.00      84.00',
             '  1  Birth pool rental - Suite 2 replacement     310.00     310.00',
             '  6  Fishnet retrieval net                         9.75      58.50',
             '                                        Subtotal           896.50',
             '                                        Shipping            38.00',
             '                                        TOTAL DUE          934.50',
             '',
             'Remit to: AquaNest Birth Supply, PO Box 7781, Eugene OR. ACH details on request.']
    t = """Hello,

Please find attached invoice INV-20931 for your order of 3/27. Thank you for your business!

AquaNest Birth Supply Co.
Accounts Receivable | 555-0110
"""
    add('clean', 'admin', '', mk('AquaNest AR <ar@aquanestbirth.example>', S['bev'], 'Invoice INV-20931 from AquaNest Birth Supply', t,
                                 atts=[att(make_pdf(lines, 'INV-20931'), 'pdf', 'INV-20931.pdf')],
                                 date=D('2025-04-01 06:30')))

    # 2 IT downtime notice
    t = """Hi Willowbend team,

Your EHR (MidwiferyChart Pro) will be upgraded to version 9.4 this Saturday, 4/12, from
10:00 PM to approximately 2:00 AM Sunday. During that window:

- The chart, scheduling and e-prescribing will be unavailable
- Lab interface messages will queue and post automatically afterwards
- Use the paper downtime forms in the red binder for any births or triage calls and
  back-enter them Sunday

The on-call midwife should print the "due in next 2 weeks" report before 9:30 PM Saturday.
After the upgrade you'll need to clear your browser cache once. Ticket #IT-55190 if you
have issues.

Ravi Sundaram
InterLink Health IT (managed services for Willowbend)
"""
    add('clean', 'admin', '', mk('Ravi Sundaram <ravi@interlinkhealth-it.example>', S['allstaff'],
                                 'Scheduled EHR downtime Sat 4/12 10pm-2am', t, date=D('2025-04-08 11:00')))

    # 3 HR open enrollment + PTO
    h = """<html><body>
<p>Hi everyone,</p>
<p>Two HR items:</p>
<ol>
<li><b>Open enrollment</b> for the July 1 plan year runs May 12&ndash;May 30. The broker (Linda from Alderpoint Benefits)
will do a 30-minute Q&amp;A on Zoom on May 14 at 12:30. Premiums are going up 6.5% on the PPO; the HSA plan
stays flat and the practice contribution to the HSA goes to $900/yr.</li>
<li><b>PTO requests for summer</b> are due to me by May 9. We need at least three midwives on the on-call
rotation every week, so requests will be approved in order received.</li>
</ol>
<p>Bev</p>
</body></html>"""
    add('clean', 'admin', '', mk(S['bev'], S['allstaff'], 'Open enrollment + summer PTO', html=h,
                                 date=D('2025-04-28 08:15')))

    # 4 facilities: water heater in birth suite
    t = """Bev,

Our tech was out today for the call about low hot water in Birth Suite 2. The 50-gallon
heater serving Suites 1 and 2 has a failed lower element and the tank is 14 years old.
Options:

  A) Replace element + thermostat: $385, same day, tank still near end of life
  B) Replace with 80-gallon high-recovery unit: $3,940 installed, 1 day, permits included

With two birth tubs on one heater, we'd recommend B so both pools can be filled back to
back. We can schedule Tuesday 4/22 if you approve by Friday. Quote #Q-7713 attached to
our portal.

Marco Delgado
Delgado Plumbing & Mechanical | 555-0133
"""
    add('clean', 'admin', '', mk('Marco Delgado <marco@delgadoplumbing.example>', S['bev'],
                                 'Quote Q-7713 - water heater, birth suites', t, date=D('2025-04-15 15:40')))

    # 5 billing: fee schedule update, no patients
    t = """Partners,

Coastal Health Partners posted the 7/1/2025 Medicaid fee schedule. Changes for our codes:

CPT     Description                                   Current     7/1/2025
59400   Global OB, vaginal delivery                  $2,611.40   $2,742.00
59409   Vaginal delivery only                        $1,148.20   $1,205.60
59410   Delivery + postpartum                        $1,402.75   $1,472.90
59425   Antepartum care 4-6 visits                     $612.00     $642.60
59426   Antepartum care 7+ visits                    $1,094.30   $1,149.00
59430   Postpartum care only                           $231.80     $243.40
S4005   Interim labor facility global (birth center) $1,850.00   $1,850.00
T1032   Doula services (new pilot)                          --     $ 85.00 / visit

The doula code is new: Harbor Doula Collective would bill it directly, not us, but they've
asked if we can help them with enrollment. Let's talk at the partners' meeting.

Howard
""" + SIG['howard']
    add('clean', 'admin', '', mk(S['howard'], '%s, %s' % (S['priya'], S['rosalind']),
                                 'Medicaid fee schedule 7/1/2025', t, date=D('2025-04-17 10:05')))

    # 6 vendor contract DOCX (courier)
    doc = make_docx(['Specimen Courier Services Agreement - Renewal',
                     'This Agreement is entered into as of May 1, 2025 between Swiftline Medical Courier LLC ("Courier") '
                     'and Willowbend Midwifery & Birth Center ("Client").',
                     '1. Services. Courier will provide scheduled pickups Monday through Friday at 11:30 and 16:00 and '
                     'STAT pickups within 90 minutes of request, 24 hours a day.',
                     '2. Fees. Scheduled route: $420.00 per month. STAT pickup: $65.00 each; after-hours STAT: $95.00.',
                     '3. Handling. Courier will maintain temperature logs for refrigerated specimens and chain-of-custody '
                     'logs. Courier will not open specimen bags.',
                     '4. Term. Twelve (12) months, renewing automatically unless either party gives 30 days notice.',
                     '5. Business Associate Agreement. The parties\' BAA dated May 1, 2023 remains in effect.',
                     'Signed: ______________________ (Courier)     ______________________ (Client)'])
    t = """Hi Bev,

Attached is the renewal for the courier agreement. Only change from last year is the
after-hours STAT fee ($85 -> $95). If it looks good, sign and send back and I'll
countersign.

Thanks,
Allison Kray
Swiftline Medical Courier | 555-0121
"""
    add('clean', 'admin', '', mk('Allison Kray <akray@swiftlinecourier.example>', S['bev'],
                                 'Courier agreement renewal 2025-26', t,
                                 atts=[att(doc, 'docx', 'Swiftline_Willowbend_Renewal_2025.docx')],
                                 date=D('2025-04-09 13:30')))

    # 7 partners meeting minutes
    t = """Partners' meeting - 4/23/2025
Present: Priya, Rosalind, Marisol, Bev (notes), Howard (first 20 min)

1. Self-pay packages for 7/1: "Birth Center Complete" goes from $6,200 to $6,450; "Home
   Birth Complete" stays $6,800; "Prenatal Only" $2,400. Sliding-scale discount stays at
   up to 30% with income documentation. Howard to update the package agreement.
2. Lease: landlord offered 5-year renewal at $7,850/mo with 3% annual increase. Rosalind
   to counter at 2.5% and ask for the parking lot restriping.
3. Hiring: posting for a part-time CPM (0.6 FTE) goes up Monday. Interview panel: Priya,
   Tamsin, Juniper from HDC.
4. Doula Medicaid pilot: we'll support HDC with enrollment paperwork but they bill
   separately. Juniper to present at May meeting.
5. Website: new photos from the March open house approved (only people who signed the
   media release).

Next meeting 5/28, 5:30 pm.
"""
    add('clean', 'admin', '', mk(S['bev'], 'Partners <partners@%s>' % ORG, 'Minutes - partners 4/23', t,
                                 date=D('2025-04-24 09:00')))

# =====================================================================
# CLEAN: lookalike
# =====================================================================
def clean_lookalike():
    # 1 credit union member number
    h = """<html><body style="font-family:Arial">
<table width="600"><tr><td style="background:#0b4f6c;color:#fff;padding:12px"><b>Fairhaven Community Credit Union</b></td></tr>
<tr><td style="padding:12px">
<p>Dear Rosalind Achterberg,</p>
<p>Your 12-month share certificate ending in <b>-4471</b> will mature on <b>05/15/2025</b>.</p>
<table cellpadding="4">
<tr><td>Member #:</td><td>00483321</td></tr>
<tr><td>Certificate ID:</td><td>SC-00483321-07</td></tr>
<tr><td>Current balance:</td><td>$12,408.77</td></tr>
<tr><td>Renewal rate (APY):</td><td>4.05%</td></tr>
</table>
<p>If you take no action it will renew automatically for another 12 months. To change your
options, call Member Services at 555-0100 or visit any branch.</p>
<p>Fairhaven Community Credit Union is federally insured by NCUA.</p>
</td></tr></table></body></html>"""
    add('clean', 'lookalike', '', mk('FCCU Member Services <notices@fairhavenccu.example>', S['rosalind'],
                                     'Your share certificate is maturing soon', html=h, date=D('2025-04-15 05:00')))

    # 2 airline loyalty itinerary for conference
    t = """CASCADIA AIR - ITINERARY RECEIPT

Passenger:          VENKATARAMAN/PRIYA MS
Rewards member #:   4471 2209 88   (Gold)
Confirmation:       KQ7ZRD
Ticket #:           027 2193884410

Thu 22 May   CA 1182  PDX 07:05 -> MSP 12:48   Seat 8C   Meal: vegetarian
Mon 26 May   CA 1197  MSP 17:40 -> PDX 19:32   Seat 8C

Fare paid by: Willowbend Midwifery & Birth Center (corporate card ending 3307)

Purpose per booking notes: ACNM Annual Meeting. Special service request: none.
Checked bags: 1 included with Gold status.
"""
    add('clean', 'lookalike', '', mk('Cascadia Air <itinerary@cascadiaair.example>', S['priya'],
                                     'Your trip confirmation KQ7ZRD - Portland to Minneapolis', t,
                                     date=D('2025-04-02 18:22')))

    # 3 gym membership freeze (no reason given)
    t = """Hi Greta,

Your membership freeze request has been approved.

Member name:   Greta Lindqvist
Member ID:     FIT-00918-GL
Home club:     Harborline Fitness - Larkspur
Freeze dates:  05/01/2025 - 07/31/2025
Freeze fee:    $10.00/month, billed on the 1st

Your regular dues of $54.00 resume on 08/01/2025. Want to come back early? Just check in
at the front desk and we'll reactivate you the same day.

New this summer: prenatal & postnatal yoga on Tuesdays at 6pm, open to all members.

Harborline Fitness Member Care
"""
    add('clean', 'lookalike', '', mk('Harborline Fitness <members@harborlinefit.example>',
                                     'Greta Lindqvist <greta.lindqvist@mailbox.example>',
                                     'Membership freeze confirmed - FIT-00918-GL', t, date=D('2025-04-20 12:00')))

    # 4 auto policy and claim number for practice vehicle
    t = """Good afternoon Ms. Stroud,

We've opened a claim for the incident reported on 04/10/2025 involving the practice vehicle.

Named insured:   Willowbend Midwifery & Birth Center LLC
Policy #:        AUT-5529013-02 (Commercial Auto)
Claim #:         CLM-88-20417
Vehicle:         2021 Subaru Outback, VIN ending 8841
Driver:          Tamsin Oyelaran
Loss:            Rear bumper damage, parked, Larkspur Ave lot; other party left a note
Deductible:      $500

No injuries were reported. An adjuster (Keith Morrow, 555-0157) will contact you within two
business days to schedule an inspection. Please have the other party's insurance
information ready.

Pacific Shield Insurance - Commercial Claims
"""
    add('clean', 'lookalike', '', mk('Pacific Shield Claims <claims@pacificshield.example>', S['bev'],
                                     'Claim CLM-88-20417 opened - policy AUT-5529013-02', t,
                                     date=D('2025-04-11 14:15')))

    # 5 supply order with order + tracking numbers
    t = """Order confirmation

Order #:        WB-44719
Account:        Willowbend Midwifery (acct 88120)
Ship to:        Attn: Kelsey Marchetti, 410 Larkspur Ave, Fairhaven OR 97403
Ship via:       UPS Ground   Tracking: 1Z 7W4 E19 03 5521 8830

Qty  SKU         Description
  2  DPL-200     Handheld fetal Doppler, waterproof 2 MHz probe
 10  GEL-250     Ultrasound gel 250 mL
  4  OAE-TIP-S   Hearing screener probe tips, small (box of 100)
  2  NBS-CARD    Newborn screening filter paper cards (state), pack of 25
  6  AMN-HK      Amniotic membrane perforator, sterile (box of 50)
  1  SCL-BABY    Digital infant scale, 20 kg, with carrying case

Estimated delivery: Tue 4/22. Backordered: none.
Questions? Reply to this email or call 555-0108.

Cascade Medical Supply
"""
    add('clean', 'lookalike', '', mk('Cascade Medical Supply <orders@cascademedsupply.example>', S['kelsey'],
                                     'Order WB-44719 shipped', t, date=D('2025-04-18 09:44')))

    # 6 test patient ZZTEST in EHR
    t = """Hi Ravi,

Please DON'T merge or inactivate the test charts below, we use them for interface testing
with the lab, the state NBS portal and the HIE. Your dedupe job flagged them as
duplicates again.

  ZZTEST, MOTHER       MRN 9999001   DOB 01/01/1990
  ZZTEST, BABYGIRL     MRN 9999002   DOB 01/01/2025
  ZZTEST, BABYBOY      MRN 9999003   DOB 01/01/2025
  ZZTEST, MEDICAID     MRN 9999004   Member ID TEST000000001

They all have fake orders on them (OB panel, GBS, newborn screen) so the lab can run their
validation. Can you add them to the exclusion list permanently?

Thanks,
Bev
"""
    add('clean', 'lookalike', '', mk(S['bev'], 'Ravi Sundaram <ravi@interlinkhealth-it.example>',
                                     'ZZTEST charts - please exclude from dedupe', t, date=D('2025-04-22 10:32')))

    # 7 employee benefits question, no health detail
    t = """Hi Bev,

Quick benefits question - I got married on April 5 (!!) and want to add my husband to my
medical and dental. Is that a qualifying event so I don't have to wait for open enrollment?
His info if you need it for the form:

  Name: Daniel Marchetti-Okafor
  DOB: 05/03/1987
  Relationship: spouse

Also, does he need his own member ID card or does he go on mine?

Thanks!
Kelsey
"""
    add('clean', 'lookalike', '', mk(S['kelsey'], S['bev'], 'adding spouse to benefits', t,
                                     date=D('2025-04-16 12:25')))

# =====================================================================
# CLEAN: news
# =====================================================================
def clean_news():
    # 1 practice newsletter, aggregate numbers, HTML + text
    t = """WILLOWBEND NEWS - Spring 2025

Welcome, little ones! We welcomed 36 babies between January and March - 28 at the
birth center and 8 at home. Thank you to every family who trusted us.

New classes
- Comfort Measures for Labor: Saturdays 5/10 and 6/14, 10am-1pm
- Breastfeeding Basics with Ngozi Eze-Amadi, IBCLC: first Tuesday monthly, 6pm
- Sibling class ("I'm going to be a big sister/brother!"): 5/17, 10am

Team news
Kelsey Marchetti, RN, joined us in January and now runs our newborn hearing and newborn
screening program. Our clinical director Priya Venkataraman will be speaking at the ACNM
annual meeting in May.

Open house
Tour the birth suites Thursday May 8, 5:30-7pm. Light snacks, doulas from Harbor Doula
Collective will be there to answer questions.

Pregnancy Medicaid, private insurance and self-pay packages are all accepted. Call
555-0142 to set up a free consultation.

To unsubscribe, reply "unsubscribe".
"""
    h = ('<html><body style="font-family:Georgia,serif;max-width:640px">' +
         ''.join('<p>%s</p>' % xesc(p).replace('\n', '<br>') for p in t.split('\n\n')) + '</body></html>')
    add('clean', 'news', '', mk('Willowbend Midwifery <news@%s>' % ORG, 'Willowbend Families <families@%s>' % ORG,
                                'Willowbend News - Spring 2025', t, html=h, date=D('2025-04-05 08:00')))

    # 2 health education: when to call your midwife (general)
    t = """Dear Willowbend families,

As we head into summer, here is a reminder of when to call the on-call line (555-0199)
right away, day or night, instead of emailing:

During pregnancy
 * A headache that won't go away, vision changes (spots, blurring), or sudden swelling
   of the face or hands
 * Bleeding like a period or heavier
 * Your baby is moving less than usual after 28 weeks
 * Fluid leaking from the vagina, or contractions before 37 weeks
 * Fever of 100.4 F or higher

After birth
 * Soaking a pad in an hour or less, or clots bigger than an egg
 * A red, hot, painful area on the breast with fever
 * Thoughts of harming yourself or your baby - you can also call or text 988
 * Your baby has fewer than 6 wet diapers a day after day 5, is hard to wake for feeds,
   or looks more yellow

Email is not checked after hours. When in doubt, call.

The Willowbend midwives
"""
    add('clean', 'news', '', mk('Willowbend Midwifery <news@%s>' % ORG, 'Willowbend Families <families@%s>' % ORG,
                                'When to call us (please save this)', t, cte='quoted-printable',
                                date=D('2025-05-02 08:00')))

    # 3 public announcement re postpartum Medicaid
    h = """<html><body>
<h2>Postpartum Medicaid coverage now lasts 12 months</h2>
<p><i>Fairhaven County Health Department &mdash; Public Notice, April 2025</i></p>
<p>Under the state's extension that took effect this year, people who are covered by Pregnancy Medicaid
(including through presumptive eligibility) now keep full coverage for <b>12 months after the pregnancy
ends</b>, up from 60 days. No new application is needed; coverage continues automatically.</p>
<p>Covered services include postpartum visits with a midwife or doctor, lactation support, mental
health care, contraception, and, starting July 1, community doula services from enrolled doulas.</p>
<p>Questions? Call the Medicaid help line at 555-0160 (English, Espa&ntilde;ol, Ti&#7871;ng Vi&#7879;t, &#1056;&#1091;&#1089;&#1089;&#1082;&#1080;&#1081;)
or visit a county enrollment office. Interpreter services are free.</p>
</body></html>"""
    add('clean', 'news', '', mk('Fairhaven County Health <publicinfo@fairhavencounty.example>', S['allstaff'],
                                'Public notice: 12-month postpartum Medicaid coverage', html=h,
                                date=D('2025-04-09 10:00')))

    # 4 research summary, aggregate
    t = """Journal club pick for May (Greta presenting):

"Outcomes of care in birth centers: a multisite cohort of 15,574 low-risk births"
(summary from the open-access abstract)

- 84% of people admitted in labor gave birth at the birth center; 12% had intrapartum
  transfer, most for non-urgent reasons (prolonged labor, desire for epidural)
- Cesarean rate 6%, compared with about 26% for similar low-risk hospital births
- Intrapartum and neonatal mortality did not differ significantly from low-risk hospital
  cohorts, though the study was not powered for rare outcomes
- Breastfeeding at discharge 98%

Discussion questions: how do our transfer criteria compare with the ones in the study?
Should we change how we counsel first-time parents about transfer likelihood?

Full text link is on the shared drive under Journal Club/2025-05.
"""
    add('clean', 'news', '', mk(S['greta'], S['midwives'], 'Journal club May - birth center outcomes study', t,
                                date=D('2025-04-26 14:00')))

    # 5 doula spotlight, no health detail
    h = """<html><body style="font-family:Verdana;font-size:13px">
<h3>Doula Spotlight: Lupe Fonoti</h3>
<p>This month we're celebrating <b>Lupe Fonoti</b>, who joined Harbor Doula Collective in 2019 and has
supported more than 120 families through birth and the postpartum weeks.</p>
<p>Lupe grew up in Pago Pago and Fairhaven, speaks Samoan and English, and is famous for her
homemade coconut buns at the Thursday meetings. She trained as a birth doula with DONA and
recently finished her lactation counselor certificate.</p>
<p>&quot;What I love most is the quiet moment after the baby comes,&quot; Lupe says. &quot;Everyone
exhales.&quot;</p>
<p>When she's not on call, you'll find her coaching her daughter's volleyball team. Thank you,
Lupe, for everything you give to this community!</p>
<p>&mdash; Juniper &amp; the HDC team</p>
</body></html>"""
    add('clean', 'news', '', mk(S['juniper'], 'HDC Friends & Families <friends@%s>' % DOULA,
                                'Doula Spotlight: Lupe Fonoti', html=h, date=D('2025-04-30 19:00')))

    # 6 multilingual class announcement (Spanish, Tagalog, Vietnamese)
    t = """FREE BREASTFEEDING CLASS / CLASE GRATUITA DE LACTANCIA / LIBRENG KLASE SA PAGPAPASUSO / LỚP HỌC NUÔI CON BẰNG SỮA MẸ MIỄN PHÍ

English: Saturday May 17, 10:00-12:00 at Willowbend Midwifery, 410 Larkspur Ave. Partners
welcome. Interpreters available. Call 555-0142 to reserve.

Español: Sábado 17 de mayo, de 10:00 a 12:00, en Willowbend Midwifery. Las parejas son
bienvenidas. Habrá intérpretes. Llame al 555-0142 para reservar.

Tagalog: Sabado, Mayo 17, 10:00-12:00 ng umaga sa Willowbend Midwifery. Welcome ang mga
partner. May interpreter. Tumawag sa 555-0142 para magpareserba.

Tiếng Việt: Thứ Bảy ngày 17 tháng 5, từ 10 giờ đến 12 giờ trưa tại Willowbend Midwifery.
Chồng hoặc người thân được chào đón. Có thông dịch viên. Gọi 555-0142 để đăng ký.
"""
    add('clean', 'news', '', mk('Willowbend Midwifery <news@%s>' % ORG, 'Community Partners <community@%s>' % ORG,
                                'Clase gratuita / Libreng klase / Lớp học miễn phí - May 17', t,
                                cte='base64', date=D('2025-04-29 09:00'),
                                raw_subject=enc_subject('Clase gratuita / Libreng klase / Lớp học miễn phí - May 17', 'utf-8')))


# =====================================================================
# CLEAN: training
# =====================================================================
def clean_training():
    # 1 birth plan template with placeholders (DOCX)
    doc = make_docx(['Birth Preferences - TEMPLATE',
                     'Name: [Client Name]          EDD: [MM/DD/YYYY]          Midwife: [Midwife]',
                     'Support people present: [names]     Doula: [name / none]',
                     'Labor: [ ] tub  [ ] move freely  [ ] music  [ ] limited vaginal exams  [ ] other: ____',
                     'Birth: [ ] catch own baby  [ ] partner catches  [ ] delayed cord clamping  [ ] mirror',
                     'Newborn: vitamin K [ ] IM [ ] oral [ ] decline   eye ointment [ ] yes [ ] decline',
                     'If transfer is needed: [preferences]',
                     'Instructions for staff: replace every bracketed field; do not save client copies in this folder.'])
    t = """Hi all,

New birth preferences template is attached - it replaces the 2-page one. Use this version
for the 30-week "birth plan visit". Clients can fill it in at home; the bracketed fields
are the only parts that change.

""" + SIG['marisol']
    add('clean', 'training', '', mk(S['marisol'], S['midwives'], 'New birth preferences template', t,
                                    atts=[att(doc, 'docx', 'Birth_Preferences_TEMPLATE_v3.docx')],
                                    date=D('2025-03-26 12:00')))

    # 2 charting quiz with fictitious client
    t = """Student midwife orientation - Charting quiz #2 (answers due Friday)

All clients in this quiz are FICTITIOUS and made up for teaching.

Scenario: "Jane Sample" (fictitious), 29, G2P1, presents at 39w1d in early labor. Vital
signs: BP 124/78, P 88, T 98.6. FHT 140s, moderate variability by intermittent auscultation.

1. Write a SOAP note for the admission using our abbreviations.
2. At what cervical dilation do we usually admit to the birth center, and what
   exceptions are in the protocol?
3. Jane's water breaks at 14:20 and the fluid is light green. What do you chart and who
   do you call?
4. List three elements of the informed-refusal form for newborn eye ointment.
5. True or false: You can record a verbal order from the backup physician in the chart
   without a read-back.

Bring printed answers to the Friday session. - Priya
"""
    add('clean', 'training', '', mk(S['priya'], 'Students <students@%s>' % ORG, 'Charting quiz #2 (fictitious cases)', t,
                                    date=D('2025-04-01 07:30')))

    # 3 policy: email/texting with clients (PDF)
    lines = ['Willowbend Policy 4.12 - Electronic Communication with Clients',
             'Effective: 04/01/2025   Approved: P. Venkataraman, Clinical Director',
             '',
             '1. Staff may use the EHR patient portal or practice email for non-urgent messages only.',
             '2. Personal cell phones may be used for on-call texting only through the secure messaging app.',
             '3. Never include a client\'s full name with clinical details in a text message subject or preview.',
             '4. Do not forward client messages to personal email accounts.',
             '5. Urgent symptoms received by email: call the client and document the call in the chart.',
             '6. Clients must sign the electronic communication consent before email is used.',
             '7. Breaches or misdirected messages must be reported to the practice manager within 24 hours.',
             '',
             'Review date: 04/01/2026']
    t = """Attached is the updated electronic communication policy. Please read and sign the
attestation in the staff binder by 4/15. The main change is #2 (secure app only for
on-call texting).

""" + SIG['bev']
    add('clean', 'training', '', mk(S['bev'], S['allstaff'], 'Policy 4.12 updated - please read + sign', t,
                                    atts=[att(make_pdf(lines, 'Policy 4.12'), 'pdf', 'Policy_4.12_Electronic_Communication.pdf')],
                                    date=D('2025-04-01 15:00')))

    # 4 fictional case study for doula training (multipart)
    t = """Harbor Doula Collective - New Doula Training, Module 5: Supporting a Transfer

CASE STUDY (fictional - names and details are invented for teaching)

"Maya Example" is a first-time parent planning a birth center birth. After 20 hours of
labor she is exhausted and her midwife recommends transfer to the hospital for pain relief
and rest. Her partner is upset and wants to "keep trying."

Discuss in your small group:
 1. What is the doula's role in the car and at hospital admission?
 2. How do you help the partner without taking sides against the midwife?
 3. What do you say in the first 10 minutes after the epidural is placed?
 4. What belongs in your own notes afterward, and what doesn't?

Bring your answers to the Saturday 5/3 session. Snacks provided.
Juniper
"""
    h = '<div>' + ''.join('<p>%s</p>' % xesc(p).replace('\n', '<br>') for p in t.split('\n\n')) + '</div>'
    add('clean', 'training', '', mk(S['juniper'], 'HDC Trainees <trainees@%s>' % DOULA,
                                    'Module 5 case study (fictional) - transfers', t, html=h,
                                    date=D('2025-04-27 18:30')))

    # 5 postpartum visit documentation template, key: value with blanks
    t = """Here's the text template for the 2-week postpartum visit note so you can paste it into the
EHR free-text box until the vendor builds the real form. Blank template - fill per client.

POSTPARTUM VISIT - 2 WEEK
Client name:           ________________
DOB:                   __/__/____
Date of birth (baby):  __/__/____
Visit type:            [ ] home  [ ] office  [ ] telehealth
BP:                    ___/___
Fundus / lochia:       ________________
Perineum / incision:   ________________
Feeding:               [ ] breast  [ ] chest  [ ] formula  [ ] combo
EPDS score:            ___  (refer if >= 10 or any item 10 positive)
Contraception plan:    ________________
Baby weight:           ____ g  (birth weight ____ g)
Next visit:            ________________
Midwife:               ________________

- Tamsin
"""
    add('clean', 'training', '', mk(S['tamsin'], S['midwives'], '2 wk PP note template (paste version)', t,
                                    date=D('2025-04-04 17:10')))

    # 6 HL7 training sample with test data
    sample = '\r'.join([
        'MSH|^~\\&|WBEHR|WILLOWBEND|TRAINLAB|TRAINING|20250101120000||ORU^R01|SAMPLE0001|T|2.5.1',
        'PID|1||TEST-000001^^^WILLOWBEND^MR||SAMPLE^PATIENT^TRAINING||19000101|F',
        'OBR|1|TEST01|TEST01|80055^OBSTETRIC PANEL^CPT4|||20250101080000',
        'OBX|1|NM|718-7^Hemoglobin^LN||12.0|g/dL|11.5-15.5|N|||F',
        'OBX|2|CWE|882-1^ABO and Rh group^LN||A Pos||||||F',
    ]) + '\r'
    t = """Interface training, session 2

Attached is the SAMPLE message we'll use on Thursday to walk through an ORU^R01 (lab
result). It is test data only: processing ID "T", patient SAMPLE^PATIENT^TRAINING, MRN
TEST-000001, DOB 1900-01-01. Do not load it into production.

Things we'll look at:
 - MSH-9 message type and MSH-11 processing ID
 - PID-3 identifier components and assigning authority
 - OBX-2 value types (NM vs CWE), OBX-8 abnormal flags

Ravi
InterLink Health IT
"""
    add('clean', 'training', '', mk('Ravi Sundaram <ravi@interlinkhealth-it.example>',
                                    '%s, %s' % (S['bev'], S['kelsey']), 'HL7 training session 2 - sample ORU', t,
                                    atts=[att(sample, 'hl7', 'SAMPLE_ORU_training.hl7')],
                                    date=D('2025-04-21 11:45')))


# =====================================================================
# main
# =====================================================================
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    for fn in (phi_care, phi_names, phi_self, phi_ids, phi_lists, phi_struct, phi_lang,
               clean_staff, clean_admin, clean_lookalike, clean_news, clean_training):
        fn()
    counts = {}
    for label, kind, _, _ in MESSAGES:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
    assert counts == EXPECTED, counts
    assert len(MESSAGES) == 86
    assert sum(1 for m in MESSAGES if m[0] == 'phi') == 53
    assert sum(1 for m in MESSAGES if m[0] == 'clean') == 33
    seq = {}
    rows = []
    for label, kind, patient, m in MESSAGES:
        seq[(label, kind)] = seq.get((label, kind), 0) + 1
        name = '%s-%s-%03d.eml' % (label, kind, seq[(label, kind)])
        with open(os.path.join(out, name), 'wb') as f:
            f.write(to_bytes(m))
        rows.append([name, label, kind, patient])
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for k in EXPECTED:
        print('%s-%s: %d' % (k[0], k[1], counts[k]))
    print('total: %d' % len(MESSAGES))


if __name__ == '__main__':
    main()
