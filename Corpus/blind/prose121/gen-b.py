#!/usr/bin/env python3
"""Generate an evaluation mailbox for a shared medical building:
Willowmere Birth Center (midwives, doulas, lactation) and Cedar Line Vein & Weight
in the same building, with the pediatric practice next door, the transfer hospital,
payers and a compounding pharmacy.  Standard library only, deterministic.

usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, base64, quopri, zipfile, zlib, datetime, textwrap
from collections import Counter, OrderedDict
from xml.sax.saxutils import escape as xesc
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr, format_datetime
import email.policy

SEED = 12102
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
PDT = datetime.timezone(datetime.timedelta(hours=-7), 'PDT')
START = datetime.datetime(2024, 3, 4, 7, 0, tzinfo=PDT)


def rdate(day=None, hour=None):
    d = START + datetime.timedelta(days=day if day is not None else random.randint(0, 130))
    h = hour if hour is not None else random.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21])
    d = d.replace(hour=h, minute=random.randint(0, 59), second=random.randint(0, 59))
    return d


def dstr(d):
    return format_datetime(d)


def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def msgid(dom):
    return '<%s.%s@%s>' % (rhex(16), rhex(8), dom)


def boundary():
    return '----=_Part_%d_%s' % (random.randint(100000, 999999), rhex(12))


def ewords(s, cs='utf-8'):
    """RFC 2047 encoded words built by hand so the charset label stays as given."""
    q = cs.lower().startswith('iso-8859')
    words, cur = [], ''
    def enc(t):
        raw = t.encode(cs)
        if q:
            body = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                           ('_' if c == 32 else '=%02X' % c) for c in raw)
            return '=?%s?q?%s?=' % (cs, body)
        return '=?%s?b?%s?=' % (cs, base64.b64encode(raw).decode('ascii'))
    for ch in s:
        if cur and len(enc(cur + ch)) > 70:
            words.append(enc(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def fold_ascii(s, first=68, width=76):
    if len(s) <= first:
        return s
    lines, cur, lim = [], '', first
    for w in s.split(' '):
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, lim = w, width
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def who(name, addr, cs='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        enc = ewords(name, cs)
        sep = '\n ' if len(enc.split('\n')[-1]) + len(addr) > 60 else ' '
        return '%s%s<%s>' % (enc, sep, addr)


def hdr(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return fold_ascii(s)
    except UnicodeEncodeError:
        return ewords(s, cs)


def T(text, sub='plain', cs='utf-8', cte=None):
    """Text part with explicit charset and transfer encoding."""
    raw = text.encode(cs)
    if cte is None:
        ascii_ok = all(b < 128 for b in raw)
        longl = any(len(l) > 900 for l in raw.splitlines())
        cte = '7bit' if ascii_ok and not longl else 'quoted-printable'
    p = MIMENonMultipart('text', sub, charset=cs)
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode('ascii')
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode('ascii')
    else:
        pl = raw.decode('ascii', 'surrogateescape')
    p.set_payload(pl)
    p['Content-Transfer-Encoding'] = cte
    return p


def html_of(text, font='Calibri, Arial, sans-serif'):
    """Rough Outlook-ish HTML rendering of a plain text body."""
    out = []
    for para in text.split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('>') for l in lines if l):
            inner = '<br>\n'.join(xesc(l.lstrip('> ').rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(xesc(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:11pt;color:#1f1f1f">\n%s\n</div></body></html>\n'
            % (font, '\n'.join(out)))


def _strip(part):
    del part['MIME-Version']
    return part


def alt(text, html=None, cs='utf-8', cte_t=None, cte_h=None):
    m = MIMEMultipart('alternative', boundary=boundary())
    m.attach(_strip(T(text, 'plain', cs, cte_t)))
    m.attach(_strip(T(html if html is not None else html_of(text), 'html', cs, cte_h or 'quoted-printable')))
    return m


def mixed(body, *atts):
    m = MIMEMultipart('mixed', boundary=boundary())
    m.attach(_strip(body))
    for a in atts:
        m.attach(_strip(a))
    return m


def A(data, ctype, filename, cs=None):
    maint, subt = ctype.split('/')
    params = {'name': filename}
    if cs:
        params['charset'] = cs
    p = MIMEBase(maint, subt, **params)
    if isinstance(data, str):
        data = data.encode(cs or 'utf-8')
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    try:
        filename.encode('ascii')
        p.add_header('Content-Disposition', 'attachment', filename=filename)
    except UnicodeEncodeError:
        p.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', filename))
    return p


def AT(text, filename, sub='plain', cs='utf-8', cte='quoted-printable'):
    """Text attachment (txt, csv, hl7) kept readable."""
    p = T(text, sub, cs, cte)
    p.set_param('name', filename)
    p.add_header('Content-Disposition', 'attachment', filename=filename)
    return p


def RFC822(inner):
    return MIMEMessage(inner)


def fin(m, subj, frm, to, cc=None, date=None, extra=None, scs='utf-8', irt=None, dom=None):
    old = list(m._headers)
    m._headers = []
    d = date or rdate()
    m['Date'] = dstr(d)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = hdr(subj, scs)
    if dom is None:
        dom = frm.split('@')[-1].rstrip('>').strip()
    m['Message-ID'] = msgid(dom)
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    for k, v in (extra or []):
        m[k] = v
    if 'MIME-Version' not in [k for k, _ in old]:
        m['MIME-Version'] = '1.0'
    m._headers.extend(old)
    return m


def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))


def ddate(d):
    """Outlook-style 'Sent:' date."""
    return d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y ') + d.strftime('%I:%M %p').lstrip('0')


# ---------------- office documents built by hand ----------------
ZDT = (2024, 5, 2, 9, 30, 0)


def mkzip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _colref(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1'):
    srows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_colref(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == '':
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        srows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(srows))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                  ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def docx(blocks):
    """blocks: str paragraph, ('h', str) bold heading, or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1]))
        elif isinstance(b, list):
            rows = []
            for row in b:
                tcs = ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in row)
                rows.append('<w:tr>%s</w:tr>' % tcs)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>' % ''.join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
    doc = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % ''.join(body))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return mkzip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def pdf(lines, width=92):
    wrapped = []
    for l in lines:
        if len(l) <= width:
            wrapped.append(l)
        else:
            wrapped.extend(textwrap.wrap(l, width, subsequent_indent='  ') or [''])

    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    per = 52
    pages = [wrapped[i:i + per] for i in range(0, len(wrapped), per)] or [[]]
    npg = len(pages)
    page_ids = [4 + 2 * i for i in range(npg)]
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % p for p in page_ids), npg)).encode(),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    for i, pg in enumerate(pages):
        content = 'BT /F1 10 Tf 14 TL 54 748 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in pg) + 'ET\n'
        data = zlib.compress(content.encode('cp1252', 'replace'), 9)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                     '/Contents %d 0 R >>' % (page_ids[i] + 1)).encode())
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def csvtext(rows, delim=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def table(rows, sep='  '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return '\n'.join(out)


def pipes(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    line = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [line]
    for n, r in enumerate(rows):
        out.append('| ' + ' | '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + ' |')
        if n == 0:
            out.append(line)
    out.append(line)
    return '\n'.join(out)


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

MESSAGES = []


def add(label, kind, patient, msg):
    MESSAGES.append((label, kind, patient, msg))


# --------------------------------------------------------------------------
# people and organisations (all invented)
# --------------------------------------------------------------------------
WB = 'willowmerebirth.example'
CL = 'cedarlinevein.example'
HD = 'hearthsidedoulas.example'
LH = 'littleharborpeds.example'
SB = 'stbrendanmed.example'
KR = 'kestrelrx.example'

ROZ = who('Rosalind Achterberg', 'rachterberg@' + WB)
IMANI = who('Imani Okafor-Reyes', 'iokafor-reyes@' + WB)
GRETA = who('Greta Lindqvist', 'glindqvist@' + WB)
PALOMA = who('Paloma Serrano', 'pserrano@' + WB)
DANIELA = who('Daniela Fuchs', 'dfuchs@' + WB)
TAMSIN = who('Tamsin Boyle', 'tboyle@' + WB)
FRONT_WB = who('Willowmere Front Desk', 'frontdesk@' + WB)
MARCUS = who('Marcus Pell', 'mpell@' + WB)
CLIN_WB = who('WBC Clinical', 'clinical@' + WB)
ALL_WB = who('Willowmere Staff', 'staff@' + WB)

NOOR = who('Noor Haddad', 'noor@' + HD)
BETHANY = who('Bethany Crewe', 'bethany@' + HD)
LUZ = who('Luz Marina Ocampo', 'luzmarina@' + HD)
DOULAS = who('Hearthside Doulas', 'team@' + HD)

VARGHESE = who('Anil Varghese MD', 'avarghese@' + CL)
HELEN = who('Helen Strand-Okoye MD', 'hstrand-okoye@' + CL)
KERRY = who('Kerry-Ann Mbatha NP', 'kmbatha@' + CL)
JOVAN = who('Jovan Petrović', 'jpetrovic@' + CL)
SHAUNA = who('Shauna Diltz', 'sdiltz@' + CL)
PRIYA = who('Priya Raman', 'praman@' + CL)
ALL_CL = who('Cedar Line All Staff', 'allstaff@' + CL)
FRONT_CL = who('Cedar Line Front Desk', 'frontdesk@' + CL)

CAVANAGH = who('Moira Cavanagh MD', 'mcavanagh@' + LH)
TREY = who('Trey Bello RN', 'tbello@' + LH)
ILSE = who('Ilse Vandermeer, PharmD', 'ivandermeer@' + KR)
KESTREL = who('Kestrel Compounding Pharmacy', 'refills@' + KR)

SIG_WB = """
{name}
Willowmere Birth Center
2200 Alder Crest Pkwy, Suite 100 | Fernhollow, OR 97390
p (503) 555-0142 | f (503) 555-0143 | willowmerebirth.example"""

SIG_CL = """
{name}
Cedar Line Vein & Weight
2200 Alder Crest Pkwy, Suite 210, Fernhollow, OR 97390
Main (503) 555-0171  Fax (503) 555-0172"""

DISC = """
CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information. Any unauthorized review, use, disclosure or distribution is
prohibited. If you are not the intended recipient, please contact the sender by
reply e-mail and destroy all copies of the original message."""

DISC_SB = """
-----
St. Brendan Regional Medical Center: This message may contain information that is
confidential or legally protected. If you received it in error, notify the sender
immediately and delete it. Do not forward, copy or print."""


def swb(name):
    return SIG_WB.format(name=name)


def scl(name):
    return SIG_CL.format(name=name)


# ==========================================================================
# PHI: care
# ==========================================================================
b = """Tamsin,

Saw Marisol Quintero-Báez this morning for her 36 week visit. GBS swab
collected and it's in the lab bag by the fridge, hgb recheck drawn, fundal
height right on, baby head down and well engaged. She and Andrés want the
home visit on a weekday after 4 since he's on days at the mill.

Can you:
- book her 37 wk in clinic (any slot with me or Greta is fine)
- put the home visit on the calendar for next week -- she's at the Birchfield
  address now, not the one on her intake form
- check that the birth kit order actually went out, she says it never came

Thanks!
Imani
""" + swb('Imani Okafor-Reyes, LM, CPM')
add('phi', 'care', 'Marisol Quintero-Báez',
    fin(T(b, cte='8bit'), '36 wk visit done - need 37 wk + home visit booked', IMANI, TAMSIN))

b = """Dr. V,

Finished the pre-ablation mapping on Gerald Fenwick (your 10:15). R GSV
reflux at the SFJ 2.8 s, diameter 7.1 mm proximal thigh, 5.4 mm at the knee.
SSV competent. Deep system looks fine, nothing in the CFV or popliteal.
I marked the access site at the upper calf for you, pictures are in VeinTrack
under today's study.

Left leg not done -- he only has the auth for the right.

If you're OK with it Shauna will keep him Thursday 8:00 for the RFA. He was
asking whether he can drive himself home afterwards, I told him you'd go over
that with him.

Jovan
""" + scl('Jovan Petrović, RVT')
add('phi', 'care', 'Gerald Fenwick',
    fin(alt(b), 'Fenwick mapping - ok for Thurs?', JOVAN, VARGHESE, cc=SHAUNA))

d0 = rdate(day=55, hour=3)
q1 = """Greta -

Your patient is settled on 4 West, rm 418, baby rooming in. Peds saw the baby
at 0730 and cleared her. Discharge likely Thursday AM if her H/H holds.
Please fax the prenatal record and labs to 555-0120 if you haven't yet, we only
have the transfer form.

Thanks for the great handoff at 0300.

Renata Szabo, RN
Charge Nurse, Labor & Delivery
St. Brendan Regional Medical Center
(503) 555-0119""" + DISC_SB
b = """All -

Quick update since a few of you asked. We transferred Hélène Dubois-Marchand
at 02:40 for a long second stage (almost 4 hrs pushing, no descent past +1,
maternal exhaustion). Dr. Ferreira on call did a vacuum at 05:12, baby girl
3.61 kg, Apgars 7 and 9, straight to skin to skin. Hélène had a 2nd degree
repair and EBL around 900 mL; she got pitocin and methergine there and a
second IV. Both on Mother-Baby now (see Renata's note below).

She'd love a visit from Daniela for latch before she goes home -- Daniela,
can you swing by tomorrow morning? She's in 418.

I'll still do her day-3 home visit as planned. Paloma, can you restock the
transfer bag, we used the second IV start kit and the last bag of LR.

Greta

-----Original Message-----
From: Renata Szabo <rszabo@stbrendanmed.example>
Sent: """ + ddate(d0 + datetime.timedelta(hours=6)) + """
To: Greta Lindqvist <glindqvist@willowmerebirth.example>
Subject: RE: transfer from Willowmere

""" + q1 + """

-----Original Message-----
From: Greta Lindqvist <glindqvist@willowmerebirth.example>
Sent: """ + ddate(d0) + """
To: L&D Charge <ldcharge@stbrendanmed.example>
Subject: transfer from Willowmere

Calling report now, sending this so you have it in writing. 34yo G1P0 at 40+3,
SROM clear at 1400, complete at 2245, pushing since 2250. Vitals stable, FHR
140s with good variability, last check at 0225. No meds given. Partner and
doula (Noor Haddad) coming with her in the car behind us.

Greta Lindqvist, CNM
""" + DISC
add('phi', 'care', 'Hélène Dubois-Marchand',
    fin(T(b, cte='quoted-printable'), 'RE: transfer last night - update', GRETA, CLIN_WB,
        cc=DANIELA + ', ' + PALOMA, date=d0 + datetime.timedelta(hours=9)))

h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p{margin:0 0 10px 0}</style></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hi Dr. Strand-Okoye and Kerry-Ann,</p>
<p><b>Darlene Whitcomb</b> did not show for her 2:00 injection teaching this afternoon.
That's the third missed visit since March (3/12, 4/9 and today). I left a voicemail on her cell
and sent a portal message.</p>
<p>Kestrel is still holding her first two vials in their fridge &ndash; they asked if they should
return them to stock after 14 days or if we want them shipped to her house.</p>
<p>Do you want us to discharge her from the program per the attendance policy, or try
one more time? I put a hold on her May weigh-in slot (5/21 @ 9:40) for now.</p>
<p>Thanks,<br>Shauna</p>
<p style="color:#555;font-size:9pt">Shauna Diltz, CMA<br>Patient Coordinator | Cedar Line Vein &amp; Weight<br>
(503) 555-0171 ext 204</p>
</body></html>
"""
add('phi', 'care', 'Darlene Whitcomb',
    fin(T(h, 'html', cte='quoted-printable'), 'Whitcomb - no show again', SHAUNA, HELEN, cc=KERRY))

b = """Hi all,

His daughter called the front desk this morning -- Mr. Strickland passed away
on Saturday at home. Wendell Strickland has been with the weight program since
2022 so many of you knew him.

Please:
 - cancel his standing Tuesday weigh-ins and the 6/18 follow-up with
   Dr. Strand-Okoye
 - Shauna: I've asked Kestrel to stop his auto-ship on the compounded
   tirzepatide; please confirm with them that the June box does not go out
 - I'm writing off the remaining balance on his program package, so no more
   statements should be mailed. If anything prints, pull it.

The family asked that we not call the house. There's a card at the front desk
if anyone wants to sign it before Friday.

Priya
""" + scl('Priya Raman | Billing & Patient Accounts') + '\n' + DISC
add('phi', 'care', 'Wendell Strickland',
    fin(T(b, cte='quoted-printable'), 'Wendell Strickland - please cancel recurring', PRIYA, ALL_CL))

b = """Hi Daniela,

Saw Kai Kahananui today (Leilani's little guy, born at your place on the 2nd)
for his 5 day weight check. He's down to 3.02 kg from 3.38 at birth, so about
10.6%. Dr. Cavanagh did an oral exam and thinks there's a posterior tie, gave
mom the referral list for frenotomy. Mom is supplementing 15 mL after feeds
with pumped milk by syringe, and she's pumping 4-5x a day.

Could you squeeze them in tomorrow for a weighted feed? We'll recheck his
weight here Monday at 10:15 and I'll send the number over.

Thanks!
Trey

Trey Bello, RN
Little Harbor Pediatrics | 2210 Alder Crest Pkwy | (503) 555-0188
"""
add('phi', 'care', 'Kai Kahananui',
    fin(T(b, cte='base64'), 'weight check - Kahananui baby', TREY, DANIELA, cc=CAVANAGH))

d1 = rdate(day=66, hour=16)
inner_b = """Dr. Strand-Okoye,

We received a refill request for Ruth Ann Pickering (semaglutide 2.5 mg/mL
with cyanocobalamin 0.5 mg/mL, 2 mL MDV). Your last order (4/22) was to
titrate to 1.0 mg weekly starting 5/6, but Ms. Pickering told our technician
she is still injecting 0.5 mg because of stomach upset and wants to stay there.

Before we fill, please send a new order with:
  - the weekly dose to print on the vial
  - number of syringes and needle gauge
  - refills

Our Tuesday ship cutoff is Monday at noon; cold-pack shipping to her address
in Millbrook takes one day.

Thank you,
Ilse Vandermeer, PharmD
Kestrel Compounding Pharmacy
4410 Foundry St, Fernhollow OR 97391 | (503) 555-0156 | fax (503) 555-0157
"""
inner = fin(T(inner_b), 'Rx clarification - Ruth Ann Pickering', ILSE, HELEN, date=d1)
outer_b = """Kerry-Ann, can you handle this one? I'm out Friday. I'm fine with her
staying at 0.5 mg for 4 more weeks, then reassess at her next weigh-in.
Please send Kestrel the new order before Monday noon.

Thanks,
H

Helen Strand-Okoye, MD, Diplomate ABOM
Cedar Line Vein & Weight
"""
add('phi', 'care', 'Ruth Ann Pickering',
    fin(mixed(T(outer_b), RFC822(inner)), 'Fw: Rx clarification - Ruth Ann Pickering', HELEN, KERRY,
        date=d1 + datetime.timedelta(hours=17)))

d2 = rdate(day=40, hour=9)
m1 = """Hi all, reminder that starting Monday doulas should park in the back lot
(row F) and not the front -- the vein clinic patients need the front spaces
for after their procedures. I have 6 hang tags at the front desk for
Hearthside, please sign one out.

Also the Thursday childbirth class is moving from the Juniper room to the
community room on the 2nd floor while the floor is being redone.

Marcus Pell
Office Manager, Willowmere Birth Center
(503) 555-0142 x101"""
m2 = """Thanks Marcus. Can we get 2 more tags? Luz Marina and the new doula
(Carys) are both here most weeks. And does the community room have the
birth balls or do we need to carry them up?

Bethany"""
m3 = """I can get 2 more from Alder Crest property mgmt, they charge $15 each,
I'll put it on the building invoice. Community room has chairs and a
projector but no balls -- please carry up from the Juniper closet and bring
them back down after, the cleaning crew locks up at 9.

M"""
b = """Got the tags, thank you! Carys has hers.

Oh, one thing for Greta since she's cc'd -- Yasmin Al-Khatib's 2-week
postpartum visit got moved to the 14th at 11, and she asked if Daniela could
do a weighted feed at the same time since the baby's been sleepy at the
breast and she's worried he isn't getting enough. I told her I'd pass it on.
She also mentioned she's still bleeding more than she expected -- I said to
tell you at the visit, or call sooner if it picks up.

Also re: the class, I'll bring the balls up and back down.

Noor

Noor Haddad, CD(DONA)
Hearthside Doulas | (503) 555-0133

On """ + ddate(d2 + datetime.timedelta(days=1)) + """, Marcus Pell <mpell@willowmerebirth.example> wrote:
""" + quote(m3 + """

On """ + ddate(d2 + datetime.timedelta(hours=5)) + """, Bethany Crewe <bethany@hearthsidedoulas.example> wrote:
""" + quote(m2 + """

On """ + ddate(d2) + """, Marcus Pell <mpell@willowmerebirth.example> wrote:
""" + quote(m1)))
add('phi', 'care', 'Yasmin Al-Khatib',
    fin(alt(b), 'Re: Re: parking for doulas + Thursday class room', NOOR, MARCUS,
        cc=BETHANY + ', ' + GRETA + ', ' + LUZ, date=d2 + datetime.timedelta(days=2, hours=3)))

# ==========================================================================
# PHI: names
# ==========================================================================
b = """Imani,

Mrs. Wróblewska signed the water birth consent at today's visit, it's scanned
into her chart under Consents. Kasia asked again about Tomek getting into the
pool with her -- I said yes once she's through transition and we've checked
the water temp. Her 38 wk labs came back fine and baby is head down.

Can you be her second at the birth if you're on that week? She's due the 19th.

Greta
"""
add('phi', 'names', 'Katarzyna Wróblewska',
    fin(T(b, cs='iso-8859-2', cte='quoted-printable'), 'Re: Katarzyna Wróblewska - water birth consent',
        GRETA, IMANI, scs='iso-8859-2'))

b = """Greta,

Lab called with the 3-hour GTT for NGUYEN, THI LAN (28 wk):

    Fasting  88
    1 hr    176
    2 hr    161
    3 hr    129

Faxed copy is in your box. Ms. Nguyen prefers texts; her husband Bao reads
English better so he may be the one who answers. Lan is scheduled for her 30
week on the 12th -- want me to bring her in sooner and set up a call with the
dietitian?

Tamsin
Intake & Scheduling, Willowmere Birth Center
"""
add('phi', 'names', 'Nguyen, Thi Lan',
    fin(T(b), 'GTT result in -- Nguyen, Thi Lan', TAMSIN, GRETA))

b = """Shauna -

He's coming back Tuesday at 3:30 for the stocking fitting after last week's
sclerotherapy. Please order 30-40 mmHg thigh-high, size L long, open toe,
beige (not black, he was very clear). He'll pay cash for the second pair and
asked for a receipt he can give his HSA.

Kerry-Ann
"""
add('phi', 'names', 'Babajide Adeyemi',
    fin(alt(b), 'Adeyemi, Babajide - stocking fitting Tues', KERRY, SHAUNA))

b = """Imani,

Chiamaka Eze-Obi's husband Emeka dropped off her birth bag and the pool liner
this morning. I put it in the Juniper suite closet with her name on it.

Chiamaka's mom arrives from Enugu on the 20th and Chiamaka is asking whether
her mom can be in the room along with the doula (Bethany). I told her that's
a conversation with her midwife. Also, Eze-Obi's 41-week NST is now Tuesday
at 10 -- I moved it from Wednesday because of the class.

Paloma

Paloma Serrano, RN
Birth Assistant, Willowmere Birth Center
"""
add('phi', 'names', 'Chiamaka Eze-Obi',
    fin(T(b, cte='quoted-printable'), "Chiamaka's bag + her mom", PALOMA, IMANI))

h = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:11pt">
<div>Greta,</div><div><br></div>
<div>I saw Emma van der Berg and baby Sem on Tuesday for the 2-week lactation follow-up.
The van der Berg baby is back above birth weight (3.45 kg today), feeding 10&ndash;12 times a day,
good swallows, and Emma is off the nipple shield on the right side. Left side still
with the shield, we'll wean over the next week.</div><div><br></div>
<div>Ms. van der Berg asked about a hospital-grade pump rental through her plan &ndash;
I gave her the Bluewater DME form and said you'd sign the order. I'll see them once more at 4 weeks.</div>
<div><br></div><div>Daniela</div>
<div style="color:#6a6a6a;font-size:9pt">Daniela Fuchs, IBCLC<br>Lactation, Willowmere Birth Center</div>
</body></html>"""
add('phi', 'names', 'Emma van der Berg',
    fin(T(h, 'html', cte='quoted-printable'), 'van der Berg follow-up', DANIELA, GRETA))

b = """Farah Siddiqui's bilateral venous duplex is uploaded to VeinTrack.

Farah had to leave a bit early so I didn't get the standing reflux times on
the left SSV -- she's coming back Friday at 9 to finish. Right GSV 2.1 s at the
SFJ, left GSV 1.4 s. Please don't sign off the report until the left side is
complete, her plan wants both legs documented before they'll review.

Jovan
"""
add('phi', 'names', 'Farah Siddiqui',
    fin(alt(b, cte_t='quoted-printable'), "Farah's duplex - left side pending", JOVAN, VARGHESE, cc=KERRY))

b = """Hi both,

Just got off the phone with Aarti Venkataraman. Contractions every 6-7 min
for about 2 hours, 45-50 seconds, she's coping well and ate some toast.
Ms. Venkataraman's waters haven't released. Rohan is timing them.

I'm heading over to their place around 9 and will call whoever is on when
they hit 4-1-1. A.V. asked me to remind you she wants delayed cord clamping
and the placenta saved for encapsulation (cooler is in their car).

Bethany

--
Bethany Crewe, Birth & Postpartum Doula
Hearthside Doulas
(503) 555-0133 | hearthsidedoulas.example
"""
add('phi', 'names', 'Aarti Venkataraman',
    fin(T(b), 'Aarti V. - early labor check-in', BETHANY, GRETA + ', ' + IMANI))

d3 = rdate(day=90, hour=11)
fw = """---------- Forwarded message ---------
From: Mirela Dragomir <mirela.dragomir@postbox.example>
Date: """ + ddate(d3) + """
Subject: sclero touch-up / photos
To: <frontdesk@cedarlinevein.example>

Hello, it has been 5 weeks since my sclerotherapy and a few of the small
veins behind the knee are still there. I attached photos. Can I book the
touch-up for next week? I am leaving for Bucharest on the 28th.
Thank you,
Mirela"""
fw2 = """Dr. V, see below, OK to book her next week or do you want 6 weeks?

Shauna

""" + fw
b = """Fine to book her, but not before 6 weeks -- so the week of the 17th.
Ms. Dragomir should stop the aspirin 3 days before and bring her stockings.
Mirela's photos look like residual small reticulars, nothing urgent.

AV

-----Original Message-----
From: Shauna Diltz <sdiltz@cedarlinevein.example>
Sent: """ + ddate(d3 + datetime.timedelta(hours=2)) + """
To: Anil Varghese MD <avarghese@cedarlinevein.example>
Subject: FW: Dragomir, Mirela - sclero touch-up / photos

""" + fw2
add('phi', 'names', 'Mirela Dragomir',
    fin(T(b), 'RE: FW: Dragomir, Mirela - sclero touch-up / photos', VARGHESE, SHAUNA,
        date=d3 + datetime.timedelta(hours=5)))

# ==========================================================================
# PHI: self
# ==========================================================================
b = """Hi Greta,

Sorry to bug you on a Sunday. I'm 31 weeks (due Aug 9) and for the last 2
days I've had a headache that won't go away with Tylenol, and my rings don't
fit anymore. My feet have been puffy for a while but now it's my hands and
face too. No vision stuff. I have the BP cuff from the class and it said
138/91 this morning and 141/90 just now.

Should I come in or wait till my appointment Thursday?

Thanks,
Brittany

Sent from my iPhone"""
add('phi', 'self', 'Brittany Sowell',
    fin(T(b), 'headaches + swelling?', who('Brittany Sowell', 'brit.sowell88@mailbox.example'), GRETA,
        date=rdate(day=97, hour=8)))

h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">
<div dir="ltr">Hello,</div><div dir="ltr"><br></div>
<div dir="ltr">I have lost 14 lbs since starting the injections in February (241 &rarr; 227).
The nausea is mostly gone now but I get heartburn at night, especially the day after the shot.
Can I stay on the 0.5 mg another month instead of going up to 1 mg?</div><div dir="ltr"><br></div>
<div dir="ltr">Also I need a note for my employer for the 5/21 appointment, I have to leave work early.</div>
<div dir="ltr"><br></div>
<div dir="ltr">Thank you<br>Tomasz Kowalczyk<br>DOB 03/14/1979</div>
<div dir="ltr"><br></div><div dir="ltr">Sent from my Galaxy</div></body></html>"""
add('phi', 'self', 'Tomasz Kowalczyk',
    fin(T(h, 'html', cte='base64'), 'question about my dose',
        who('Tomasz Kowalczyk', 'tkowalczyk79@inboxly.example'), FRONT_CL))

b = """Good afternoon,

I had the ablation on my left leg on Monday with Dr. Varghese. Today there is
a lot of bruising on the inside of my thigh, yellow and purple, and a hard
cord under the skin where the vein was. It's sore but not swollen and I am
wearing the stocking day and night like the sheet says. I walk 30 minutes
every day.

Is this normal? Also I fly to Guadalajara on the 22nd, about 4 hours -- is
that OK or should I change it?

Thank you,
Luis

Luis Ángel Cárdenas
(503) 555-0193"""
add('phi', 'self', 'Luis Ángel Cárdenas',
    fin(alt(b, cte_t='quoted-printable'), 'bruising after procedure',
        who('Luis Ángel Cárdenas', 'lacardenas@correo-rapido.example'), FRONT_CL))

d4 = rdate(day=33, hour=19)
prev = """Hi Hannah,

Great to see you and Finn today. Plan until I see you Friday:
- Start each feed on the right (less sore) side, switch after the letdown
- Lanolin or expressed milk on the nipple after feeds, air dry
- If the left is too painful, pump that side and give the milk by cup or
  paced bottle, 30-45 mL
- Watch diapers: 6+ wet and 3+ yellow stools a day by now

Call or text if anything changes.
Daniela"""
b = """Hi Daniela,

Thanks for the plan on Tuesday. Update: the left side is still so painful,
there's a crack at the base and it bled a bit this morning. Finn (9 days) is
feeding every 2 hours, plenty of wet diapers. I've been pumping the left and
giving that by bottle. Is that OK or am I going to mess up my supply?

Also is it normal that I'm still soaking through pads? It slowed down last
week but picked up again yesterday.

Hannah

On """ + ddate(d4) + """, Daniela Fuchs <dfuchs@willowmerebirth.example> wrote:
""" + quote(prev)
add('phi', 'self', "Hannah O'Dowd",
    fin(T(b), 'Re: feeding plan', who("Hannah O'Dowd", 'hannah.odowd@mailbox.example'), DANIELA,
        date=d4 + datetime.timedelta(days=2, hours=-9)))

story = [('h', 'Orla\'s birth - Siobhan McGillicuddy'),
         'My waters broke at 2 in the morning on a Tuesday, three days before my due date. Contractions '
         'started about an hour later and I laboured at home with Declan and our doula Bethany until '
         'about noon, when Imani came to check on us and I was 5 cm.',
         'We drove to Willowmere at 3. I spent most of the afternoon in the tub in the Juniper room. '
         'Around 7 I hit a wall and told everyone I wanted to go to the hospital for an epidural. '
         'Greta checked me and I was 9 cm, and she talked me through it. I pushed for about 90 minutes.',
         'Orla was born in the water at 9:14 pm, 8 lb 2 oz. I had a second-degree tear that Greta stitched '
         'on the bed while Orla did the breast crawl. My bleeding was a bit heavy afterwards so I got a shot '
         'in my thigh, but we were home by 2 in the morning, 19 hours after it all started.',
         'The first week of breastfeeding was harder than the birth. Daniela came to the house on day 3 '
         'and fixed our latch. Orla is 7 weeks now and gaining well.',
         'Thank you all. I would do it again tomorrow (well, maybe not tomorrow).']
b = """Hi Roz,

Here's my birth story for the newsletter like you asked -- feel free to edit
it down. I'm fine with my first name and Orla's name being used, but please
leave our last name off.

Siobhan
"""
add('phi', 'self', 'Siobhan McGillicuddy',
    fin(mixed(T(b, cte='base64'), A(docx(story), DOCX, 'Orla birth story.docx')),
        'birth story for the newsletter', who('Siobhan McGillicuddy', 'siobhan.mcg@mailbox.example'), ROZ))

b = """Hello,

I had sclerotherapy on June 3rd (both legs, with Dr. Varghese) and my card
was charged twice, $450 on 6/3 and $450 again on 6/5. Can you please refund
the second charge?

Also, can I get an itemized superbill with the procedure codes so I can
submit it to my HSA? I was told it's self-pay because my insurance calls it
cosmetic, which is fine.

Dawn Metzger
DOB 9/30/1970
Account 30-11842
(503) 555-0109"""
add('phi', 'self', 'Dawn Metzger',
    fin(alt(b), 'double charge + superbill', who('Dawn Metzger', 'dmetzger@webmail.example'),
        who('Cedar Line Billing', 'billing@' + CL)))

b = """Hello Hearthside team,

I'm 27 weeks with my second baby and looking for a doula. My first was a
c-section in 2021 because she was breech, and this time I really want to try
for a VBAC. My OB at the hospital is supportive but I'd like more support in
labor, and I'd also like to know if Willowmere would take me for a birth
there or just prenatal care -- someone at the open house said birth centers
usually can't do VBACs?

This baby is head down at my last scan, and everything has been normal so far
except my iron was low and I'm taking supplements.

Thanks so much,
Aisling Brennan-Moore
(503) 555-0114"""
add('phi', 'self', 'Aisling Brennan-Moore',
    fin(T(b, cte='quoted-printable'), 'Doula for VBAC - due in August?',
        who('Aisling Brennan-Moore', 'aisling.bm@mailbox.example'), DOULAS))

# ==========================================================================
# PHI: identifiers
# ==========================================================================
b = """Hello Provider Services,

Eligibility and benefit question, please reply to this address or call me at
(503) 555-0142 x101.

  Member name:   Jessamyn Tull
  Member ID:     BWH448210937  suffix 01
  DOB:           07/22/1994
  Group:         88120-F (Harlow Timber Co.)
  Subscriber:    self

We are a freestanding birth center (NPI 1487302215, TIN 93-4418207). Ms. Tull
is planning an out-of-hospital birth with us, EDD 09/03/2024, midwife Greta
Lindqvist CNM (NPI 1730695284). Need to confirm:
  1. facility fee coverage under rev code 0724
  2. whether prior auth is required for the 59400 global
  3. her remaining deductible / OOP for 2024

Thank you,
Marcus Pell
Office Manager / Billing, Willowmere Birth Center
"""
add('phi', 'ids', 'Jessamyn Tull',
    fin(T(b), 'Eligibility inquiry - BWH448210937', MARCUS,
        who('Bluewater Health Plan Provider Services', 'providerservices@bluewaterhp.example')))

h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Good morning,</p>
<p>We are requesting outside records for continuity of care on the patient below, who was admitted
from your facility.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Patient</b></td><td>OSEI, MARGUERITE A</td></tr>
<tr><td><b>MRN</b></td><td>00-482-117</td></tr>
<tr><td><b>Hosp Acct #</b></td><td>V0093321458</td></tr>
<tr><td><b>DOB</b></td><td>1991-11-03</td></tr>
<tr><td><b>Admit</b></td><td>04/27/2024 04:10 &ndash; transfer from Willowmere Birth Center</td></tr>
<tr><td><b>Unit</b></td><td>L&amp;D / 4 West</td></tr>
</table>
<p>Please send: prenatal record, all prenatal labs and ultrasounds, and the labor flow sheet /
partograph from 4/26&ndash;4/27. Fax to HIM at (503) 555-0125 or reply through secure mail.</p>
<p>Thank you,<br>Corinne Albrecht, RHIT<br>Health Information Management<br>St. Brendan Regional Medical Center</p>
<p style="font-size:8pt;color:#777">This message may contain information that is confidential or legally protected.</p>
</body></html>"""
add('phi', 'ids', 'Marguerite Osei',
    fin(T(h, 'html', cs='windows-1252', cte='quoted-printable'), 'Records request - MRN 00-482-117',
        who('Corinne Albrecht', 'calbrecht@' + SB), who('Medical Records', 'records@' + WB)))

eob = ['MERIDIAN MUTUAL HEALTH', 'EXPLANATION OF BENEFITS - PROVIDER COPY', '',
       'Provider: CEDAR LINE VEIN & WEIGHT            NPI 1962038475',
       'Payment date: 05/14/2024                    Check/EFT: EFT 000884213', '',
       'Patient: BARRAZA, COLLEEN M                 Member ID: MMU-33018274',
       'Patient Acct: 55821                          Claim #: 24118-773420-00',
       'Rendering: VARGHESE, ANIL MD', '',
       'DOS         CPT     MOD  UNITS  BILLED    ALLOWED   PAID   REMARK',
       '04/02/2024  36471   RT   1      $650.00   $0.00     $0.00  N130 CO-50',
       '04/02/2024  93971   RT   1      $310.00   $0.00     $0.00  N130 CO-50', '',
       'Remark N130: Consult plan benefit documents/guidelines for information about restrictions.',
       'CO-50: These are non-covered services because this is not deemed a medical necessity by the payer.',
       'Patient responsibility: $960.00', '',
       'Appeal rights: You may request a review within 180 days of the date of this notice.']
b = """Dr. V,

FYI Meridian denied the sclero claim for Colleen Barraza as not medically
necessary (they're treating it as cosmetic).

  Claim #      24118-773420-00
  Patient acct 55821
  DOS          04/02/2024
  CPT          36471 x1 RT, 93971

I'm going to appeal with the duplex report and her 3 months of compression
stocking notes. Can you write a short letter of medical necessity? EOB attached.

Priya
""" + scl('Priya Raman | Billing')
add('phi', 'ids', 'Colleen Barraza',
    fin(mixed(T(b), A(pdf(eob), 'application/pdf', 'EOB_24118-773420-00.pdf')),
        'Denial - Barraza 36471 - appeal?', PRIYA, VARGHESE))

b = """Paloma,

Day 2 postpartum home visit for Tavita Faleolo tomorrow at 10.

  418 Larchmont Rd, Apt 3B, Fernhollow
  Gate code 4471#, park on the street (lot is tenants only)
  Tavita cell (503) 555-0148, Sione (husband) (503) 555-0161

Bring the bili meter and the baby scale, newborn screen and CCHD are due.
She had the tear repaired so check her perineum and bleeding too.
I'll meet you there.

Imani
"""
add('phi', 'ids', 'Tavita Faleolo',
    fin(T(b), 'home visit tmrw 10am', IMANI, PALOMA))

b = """Dr. Cavanagh / Little Harbor intake,

New baby for you. Funmilayo Ogunleye (our chart WBC-2291) delivered a baby
boy here on 11 Mar 2024 at 1:47 a.m. Mom was born the 9th of February 1988,
address and insurance same as her sibling's file with you (Tobi).

Baby Boy Ogunleye, DOB 03/11/24, 3,880 g, 52 cm, HC 35 cm
Apgars 8/9, vit K given IM, eye ointment declined (form signed)
Hearing screen passed both ears, CCHD pass at 24 h
First newborn screen drawn at 26 h, card sent 3/12
Breastfeeding well, 2 voids and 3 stools in first 24 h

Parents would like the 3-5 day visit Thursday if you have it.

Greta Lindqvist, CNM
""" + swb('') 
add('phi', 'ids', 'Funmilayo Ogunleye',
    fin(T(b), 'Newborn referral - Ogunleye', GRETA, CAVANAGH,
        cc=who('Little Harbor Intake', 'intake@' + LH), date=rdate(day=7, hour=11)))

b = """Hello CommonPath enrollment,

Submitting a presumptive eligibility application for a pregnant client:

Name: Destiny Harlan
SSN: 412-55-8830
DOB: 02-17-2001
Pending CommonPath ID: CP7730012948
Pregnancy confirmed at our office 05/06/2024, EDD 10/29/2024
Household of 2, monthly income $1,870 (pay stubs attached to the portal upload)
Mailing address: PO Box 2281, Fernhollow OR 97390
Phone: (503) 555-0176

The signed PE form was uploaded through the provider portal this morning
(confirmation 5520174). Please let me know if anything else is needed so she
can start prenatal labs.

Tamsin Boyle
Intake Coordinator, Willowmere Birth Center
(503) 555-0142
""" + DISC
add('phi', 'ids', 'Destiny Harlan',
    fin(T(b, cte='quoted-printable'), 'PE application - Harlan',
        TAMSIN, who('CommonPath Enrollment', 'enrollment@commonpath.example')))

b = """REFILL REQUEST -- RESPONSE NEEDED

Pt:        Bernadette Kowal
DOB:       5.8.71
Rx #:      K-2210473
Drug:      Tirzepatide / niacinamide 10 mg/0.5 mg per mL, 2 mL vial
Sig:       inject 5 mg (0.5 mL) subcut once weekly
Last fill: 04/29/2024   Qty 1 vial   Refills remaining: 0
Prescriber: Kerry-Ann Mbatha, NP

Patient called requesting refill to ship by 5/24. Please send a new
prescription via eRx or fax (503) 555-0157. If dose is changing please note
new sig.

Kestrel Compounding Pharmacy -- Refill Desk
(503) 555-0156
"""
add('phi', 'ids', 'Bernadette Kowal',
    fin(T(b, cte='quoted-printable'), 'Refill request Rx K-2210473', KESTREL, KERRY))

rep = """CEDAR LINE VEIN & WEIGHT
2200 Alder Crest Pkwy Ste 210, Fernhollow OR 97390  (503) 555-0171

LOWER EXTREMITY VENOUS DUPLEX - BILATERAL

Patient: AMUNDSEN, SOLVEIG          MRN: CLV-0040019   Acct: 40019-3
DOB: 12/01/1966                     Exam date: 06/11/2024
Referring: Lev Orbach, MD           Sonographer: J. Petrovic, RVT
Reading physician: Anil Varghese, MD

INDICATION: Bilateral leg heaviness and aching with prolonged standing,
ankle swelling by end of day, failed 3 months compression.

FINDINGS:
Right: CFV, FV, popliteal compressible with phasic flow. GSV reflux at SFJ
3.1 s, diameter 6.8 mm prox thigh. SSV competent.
Left: Deep veins compressible. GSV reflux 1.9 s at SFJ, diameter 5.2 mm.
Perforator at mid calf 3.6 mm with reflux.

IMPRESSION:
1. No evidence of DVT bilaterally.
2. Right and left GSV reflux as above; candidate for endovenous ablation.

Electronically signed: Anil Varghese, MD 06/11/2024 16:42
"""
b = """Report attached for the referring office. Please fax to Dr. Orbach at
(503) 555-0177 and scan the confirmation into her chart.

Thx
Jovan"""
add('phi', 'ids', 'Solveig Amundsen',
    fin(mixed(T(b), AT(rep, 'duplex_40019-3.txt')), 'Pt acct 40019-3 / DOB 12/1/1966 - duplex report',
        JOVAN, FRONT_CL))

# ==========================================================================
# PHI: lists
# ==========================================================================
rows = [['Client', 'EDD', 'G/P', 'GBS', 'Rh', 'Doula', 'Notes'],
        ['Faleolo, Tavita', '06/03', 'G3P2', 'neg', 'O+', '--', 'fast labors hx, tell her to call early'],
        ['Eze-Obi, Chiamaka', '06/02', 'G1P0', 'POS', 'A+', 'Bethany', 'IV PCN in labor; mom visiting from 6/20'],
        ['Venkataraman, Aarti', '06/14', 'G1P0', 'neg', 'O+', 'Bethany', 'placenta encapsulation, DCC'],
        ['Wroblewska, Katarzyna', '06/19', 'G2P1', 'neg', 'B-', '--', 'RhoGAM given 28 wk; water birth consent on file'],
        ['Quintero-Baez, Marisol', '06/21', 'G2P1', 'pend', 'O+', 'Luz Marina', 'Spanish; home visit wk 37'],
        ['Kaur, Simran', '07/02', 'G1P0', '--', 'A-', 'Noor', 'anti-D at 28 wk booked 5/8'],
        ['Mbeki-Lowry, Tandiwe', '07/11', 'G2P0', '--', 'O+', 'Noor', 'SAB 2022; anxious re: labor, extra visit ok'],
        ['Castellano, Gia', '07/25', 'G1P0', '--', 'AB+', '--', 'transfer of care from Dr. Huang at 30 wk']]
b = """Team,

Here's the due list for June/July so we can plan call and seconds. Please
check your clients and tell me if anything's wrong before I post it on the
board in the midwives' office (NOT the front desk).

""" + table(rows) + """

Reminder: anyone GBS pending at 37 wk needs the swab at the next visit.

Roz

Rosalind Achterberg, CNM, MSN
Clinical Director, Willowmere Birth Center
"""
add('phi', 'lists', 'Tavita Faleolo',
    fin(T(b), 'Due list June/July', ROZ, CLIN_WB, cc=PALOMA))

rows = [['time', 'patient', 'dob', 'program', 'med', 'dose_mg', 'week', 'last_wt_lb', 'notes'],
        ['08:00', 'Pickering, Ruth Ann', '1961-02-17', 'GLP1-12', 'semaglutide/B12', '0.5', '9', '212.4', 'stay 0.5 per HSO'],
        ['08:20', 'Kowalczyk, Tomasz', '1979-03-14', 'GLP1-12', 'semaglutide/B12', '0.5', '13', '227.0', 'needs work note'],
        ['08:40', 'Kowal, Bernadette', '1971-05-08', 'GLP1-24', 'tirzepatide/niacinamide', '5', '18', '198.6', 'new Rx sent 5/20'],
        ['09:00', 'Dizon, Maricel', '1985-10-30', 'GLP1-12', 'semaglutide/B12', '0.25', '2', '176.2', 'first weigh-in after start'],
        ['09:20', 'Phan, Van Minh', '1958-07-01', 'GLP1-24', 'semaglutide/B12', '1.0', '20', '189.9', 'daughter interprets'],
        ['09:40', 'Whitcomb, Darlene', '1966-12-09', 'GLP1-12', 'semaglutide/B12', '0.25', '0', '', 'NS x3 - hold'],
        ['10:00', 'Figueiredo, Ana Paula', '1990-04-22', 'LIFESTYLE', 'phentermine', '18.75', '6', '164.0', 'BP check'],
        ['10:20', 'Asante-Boateng, Kwame', '1975-09-13', 'GLP1-24', 'tirzepatide/niacinamide', '7.5', '22', '251.3', 'A1c due'],
        ['10:40', 'Siddiqui, Farah', '1988-01-05', 'LIFESTYLE', '', '', '4', '149.8', 'vein f/u same day 11:30']]
b = """Hi Kerry-Ann,

Attached is Tuesday's injection clinic list with doses from the last note.
Two need your eyes before we draw up: Kowal (new Rx) and Phan (daughter says
he's been skipping doses). Whitcomb is still on there from the standing
order, I'll take her off if we don't hear back.

Shauna
"""
add('phi', 'lists', 'Ruth Ann Pickering',
    fin(mixed(T(b), AT(csvtext(rows), 'injection_clinic_0521.csv', sub='csv')),
        'Tues injection clinic list 5/21', SHAUNA, KERRY, cc=HELEN))

rows = [['Date', 'Time', 'Patient', 'DOB', 'MRN', 'Procedure', 'Side', 'CPT', 'Payer', 'Auth #', 'Status'],
        ['06/17/2024', '08:00', 'Fenwick, Gerald', '1957-08-30', 'CLV-0038812', 'RFA GSV', 'R', '36475', 'Bluewater', 'BW-PA-558210', 'confirmed'],
        ['06/17/2024', '10:00', 'Amundsen, Solveig', '1966-12-01', 'CLV-0040019', 'RFA GSV', 'R', '36475', 'Meridian', 'MM7720145', 'auth pending'],
        ['06/17/2024', '13:00', 'Cardenas, Luis Angel', '1969-03-25', 'CLV-0039204', 'RFA GSV', 'R', '36475', 'self-pay', '', 'deposit paid'],
        ['06/18/2024', '08:00', 'Halvorsen, Pieter', '1958-04-19', 'CLV-0037730', 'VenaSeal GSV', 'L', '36482', 'Meridian', 'MM7720311', 'confirmed'],
        ['06/18/2024', '09:30', 'Adeyemi, Babajide', '1972-11-02', 'CLV-0040210', 'UGFS', 'L', '36466', 'CommonPath', 'CPH-22871', 'confirmed'],
        ['06/18/2024', '11:00', 'Dragomir, Mirela', '1980-06-14', 'CLV-0039977', 'sclero touch-up', 'B', '36471', 'self-pay', '', 'confirmed'],
        ['06/18/2024', '14:00', 'Barraza, Colleen', '1974-02-28', 'CLV-0039015', 'sclero', 'R', '36471', 'Meridian', '', 'ON HOLD - appeal'],
        ['06/19/2024', '08:00', 'Morozova, Yekaterina', '1975-06-11', 'CLV-0040177', 'RFA SSV', 'R', '36475', 'Bluewater', 'BW-PA-560047', 'confirmed']]
b = """Attached is next week's procedure schedule. Please check auths before
Friday -- Amundsen's is still pending with Meridian and Barraza is on hold
until the appeal comes back. Jovan, pre-procedure mapping for the two 8:00s
on Monday please.

Shauna Diltz
Patient Coordinator
"""
add('phi', 'lists', 'Gerald Fenwick',
    fin(mixed(alt(b), A(xlsx(rows, 'Week of 6-17'), XLSX, 'Procedure schedule wk 6-17.xlsx')),
        'Procedure schedule wk of 6/17', SHAUNA, VARGHESE + ', ' + JOVAN, cc=PRIYA))

roster = [('h', 'Hearthside Doulas - Active client roster (May 2024)'),
          'Updated by Noor. Internal use for doula team and Willowmere midwives only.',
          [['Client', 'EDD', 'Birth place', 'Primary', 'Backup', 'Notes'],
           ['Chiamaka Eze-Obi', '6/2', 'Willowmere', 'Bethany', 'Noor', 'GBS+, mom in from Nigeria 6/20'],
           ['Aarti Venkataraman', '6/14', 'Willowmere', 'Bethany', 'Carys', 'placenta encapsulation'],
           ['Marisol Quintero-Baez', '6/21', 'Willowmere', 'Luz Marina', 'Noor', 'Spanish only w/ partner'],
           ['Simran Kaur', '7/2', 'Willowmere', 'Noor', 'Bethany', 'Rh neg'],
           ['Tandiwe Mbeki-Lowry', '7/11', 'Willowmere', 'Noor', 'Luz Marina', 'prior loss, gentle check-ins'],
           ['Rosemarie Jean-Baptiste', '7/19', 'Willowmere', 'Bethany', 'Luz Marina', 'Kreyol; sister interprets'],
           ['Yesenia Batz Ordonez', '7/8', 'Willowmere', 'Luz Marina', 'Carys', 'K\'iche\'/Spanish'],
           ['Aisling Brennan-Moore', '8/14', 'St. Brendan', 'Carys', 'Noor', 'VBAC at hospital; consult booked'],
           ['Yasmin Al-Khatib', 'PP', 'Willowmere', 'Noor', '--', 'PP visits through 6/28, lactation w/ Daniela']],
          'Postpartum visits are 2 per client unless the package says otherwise.']
b = """Hi all, updated roster attached. Added Aisling (hospital VBAC, consult next
week) and Yesenia. Please keep this off the shared drive, just email.

Noor
"""
add('phi', 'lists', 'Chiamaka Eze-Obi',
    fin(mixed(T(b), A(docx(roster), DOCX, 'Hearthside roster May 2024.docx')),
        'updated client roster', NOOR, DOULAS, cc=GRETA + ', ' + IMANI))

day = ['WILLOWMERE BIRTH CENTER - LACTATION CLINIC', 'Thursday 05/30/2024   Daniela Fuchs, IBCLC   Room: Juniper', '',
       'Time   Parent                   Baby               Baby DOB    Reason                       Ref',
       '09:00  Hannah O\'Dowd            Finn O\'Dowd         05/21/2024  nipple trauma L, pumping     WBC',
       '10:00  Leilani Kahananui        Kai Kahananui      05/02/2024  weighted feed, post-frenotomy LHP',
       '11:00  Yasmin Al-Khatib         Adam Al-Khatib     05/14/2024  sleepy baby, weight check    WBC',
       '12:30  Zhou Meiling             Lucas Chen         05/19/2024  engorgement, latch           WBC',
       '13:30  Emma van der Berg        Sem van der Berg   05/09/2024  shield weaning L             WBC',
       '14:30  Huda Al-Masri            (baby girl)        05/06/2024  supply, formula top-ups      WBC',
       '15:30  Funmilayo Ogunleye       Kayode Ogunleye    03/11/2024  back to work, pump plan      LHP', '',
       'Bring: scale (calibrated 5/28), shields 20/24 mm, SNS, tongue-tie handout', '',
       'Page 1 of 1']
b = """Paloma - here's Thursday's lactation list for the front desk and for
room setup. Huda's baby still isn't in the system under her own name,
please fix when she checks in.

Thanks, D.
"""
add('phi', 'lists', "Hannah O'Dowd",
    fin(mixed(T(b), A(pdf(day), 'application/pdf', 'lactation_clinic_0530.pdf')),
        'Thurs lactation list', DANIELA, PALOMA, cc=FRONT_WB))

rows = [['Date', 'Client', 'GA', 'Type', 'Reason', 'Mode', 'Outcome'],
        ['04/03', 'Park, Hae-won', '40+5', 'intrapartum', 'prolonged 1st stage, req epidural', 'private car', 'SVB, home POD2'],
        ['04/19', 'Ibarra, Noemi', '39+1', 'intrapartum', 'meconium + FHR decels', 'EMS', 'CS, NICU obs 24h'],
        ['04/27', 'Osei, Marguerite', '41+0', 'intrapartum', 'arrest of descent', 'private car', 'vacuum, 2nd deg'],
        ['05/06', 'Al-Masri, Huda', '38+4', 'postpartum', 'PPH 1200 mL', 'EMS', 'transfused 2u, home POD2'],
        ['05/12', 'Baby Girl Lindahl', 'n/a', 'neonatal', 'grunting, O2 sat 88%', 'EMS', 'NICU 3 days, TTN'],
        ['06/08', 'Dubois-Marchand, Helene', '40+3', 'intrapartum', 'prolonged 2nd stage', 'private car', 'vacuum, EBL 900']]
b = """Roz,

Q2 transfer log for the quarterly review, copied out of the binder. Six
transfers so far, I'll add any through 6/30 next week.

""" + pipes(rows) + """

Tab version for the spreadsheet if you want to paste:

""" + '\n'.join('\t'.join(r) for r in rows) + """

Greta
"""
add('phi', 'lists', 'Hae-won Park',
    fin(T(b, cte='quoted-printable'), 'Q2 transfer log', GRETA, ROZ))

rows = [['Acct', 'Client', 'Service', 'Svc date', 'Charges', 'Paid', 'Balance', 'Last stmt'],
        ['WB-1187', 'Castellano, Gia', 'prenatal package (transfer of care)', '2024-04-02', '2800.00', '1400.00', '1400.00', '2024-05-01'],
        ['WB-1142', 'Lindahl, Karin', 'birth center birth, self-pay global', '2024-05-12', '6200.00', '4500.00', '1700.00', '2024-06-01'],
        ['WB-1160', 'Mbeki-Lowry, Tandiwe', 'prenatal package', '2024-03-18', '2800.00', '2100.00', '700.00', '2024-05-01'],
        ['CL-30-11842', 'Metzger, Dawn', 'sclerotherapy bilat (cosmetic)', '2024-06-03', '900.00', '900.00', '-450.00', 'refund due'],
        ['CL-30-12007', 'Figueiredo, Ana Paula', 'weight program 12-wk', '2024-04-15', '1195.00', '600.00', '595.00', '2024-06-01'],
        ['CL-30-11930', 'Dizon, Maricel', 'weight program 12-wk + semaglutide', '2024-05-06', '1495.00', '500.00', '995.00', '2024-06-01'],
        ['CL-30-11788', 'Sokolov, Dmitri', 'compression stockings x2, UGFS', '2024-03-27', '640.00', '0.00', '640.00', '2024-06-01']]
h = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Marcus and Priya,</p>
<p>As discussed at the building billing meeting, attached is the combined list of cash-pay clients
with open balances over 30 days for both practices (zipped, password is the usual one &ndash; I'll text it).</p>
<p>Please check your side before statements go out on the 1st. Dawn Metzger is a credit (double charge),
so pull her from the run.</p>
<p>Thanks,<br>Lorraine</p>
<p style="font-size:9pt;color:#666">Lorraine Tuttle | Tuttle Medical Billing Services | (503) 555-0197</p>
</body></html>"""
zdata = mkzip([('cashpay_open_balances_2024-06.csv', csvtext(rows))])
add('phi', 'lists', 'Gia Castellano',
    fin(mixed(T(h, 'html'), A(zdata, 'application/zip', 'cashpay_balances_June.zip')),
        'cash-pay balances >30d (both suites)', who('Lorraine Tuttle', 'lorraine@tuttlebilling.example'),
        MARCUS + ', ' + PRIYA))

# ==========================================================================
# PHI: structured
# ==========================================================================
hl7 = r"""MSH|^~\&|SBRLAB|STBRENDAN|NESTCHART|WILLOWMERE|20240606081544||ORU^R01|SBL0606081544021|P|2.5.1
PID|1||WBC-2340^^^WBC^MR~L0098812^^^SBRLAB^PI||KAUR^SIMRAN^^^^^L||19970214|F|||77 FERNCLIFF DR^^FERNHOLLOW^OR^97390||^PRN^PH^^1^503^5550138
PV1|1|O|WBC^^^WILLOWMERE||||1730695284^LINDQVIST^GRETA^^^^CNM
ORC|RE|WB55187|SBL7790410||CM
OBR|1|WB55187|SBL7790410|87081^CULTURE, GROUP B STREP SCREEN^CPT|||20240603104500|||||||20240603113000|VAGINAL/RECTAL SWAB|1730695284^LINDQVIST^GRETA^^^^CNM||||||20240606081500||MB|F
OBX|1|CWE|GBSCX^GBS CULTURE^L||POS^Streptococcus agalactiae (Group B) ISOLATED^L||||||F|||20240606081500
OBX|2|ST|CLIND^CLINDAMYCIN^L||S||||||F
OBX|3|ST|ERYTH^ERYTHROMYCIN^L||R||||||F
NTE|1||Penicillin and ampicillin remain drugs of choice; susceptibility testing performed on request for PCN-allergic patients."""
b = """Greta,

The lab interface kicked this one into the shared inbox again instead of
filing it in NestChart. Pasting it below so you have it -- can you sign it
off, and I'll ask Bramblecore to look at the feed again.

""" + hl7 + """

Tamsin
"""
add('phi', 'struct', 'Simran Kaur',
    fin(T(b), 'FW: lab result stuck in inbox (Kaur)', TAMSIN, GRETA))

a03 = '\r'.join([
    r'MSH|^~\&|EPICADT|SBRMC|NESTCHART|WILLOWMERE|20240508143012||ADT^A03|SB240508143012117|P|2.3',
    r'EVN|A03|20240508143012',
    r'PID|1||SB00917734^^^SBRMC^MR||AL-MASRI^HUDA^||19930405|F|||455 BIRCHFIELD CT^^FERNHOLLOW^OR^97390||(503)555-0152|||M||SA0093327815',
    r'PV1|1|I|4W^421^A^SBRMC||||5566778899^FERREIRA^PAULO^^^MD|||OBS||||7|||5566778899^FERREIRA^PAULO^^^MD|IP||||||||||||||||||01||||||||20240506031500|20240508143000',
    r'DG1|1|I10|O72.1^OTHER IMMEDIATE POSTPARTUM HEMORRHAGE^I10||20240506|F',
    r'PR1|1|ICD10PCS|30233N1^TRANSFUSION NONAUTOLOGOUS RED BLOOD CELLS^ICD10PCS||20240506052000',
    '']) + '\r'.join([
    r'MSH|^~\&|EPICADT|SBRMC|NESTCHART|WILLOWMERE|20240508143015||ADT^A03|SB240508143015118|P|2.3',
    r'EVN|A03|20240508143015',
    r'PID|1||SB00917741^^^SBRMC^MR||AL-MASRI^GIRL^||20240506014000|F|||455 BIRCHFIELD CT^^FERNHOLLOW^OR^97390||(503)555-0152||||||SA0093327816',
    r'NK1|1|AL-MASRI^HUDA|MTH',
    r'PV1|1|I|4W^421^B^SBRMC||||4433221100^CAVANAGH^MOIRA^^^MD|||NBN||||7|||4433221100^CAVANAGH^MOIRA^^^MD|IP||||||||||||||||||01||||||||20240506031500|20240508143000',
    ''])
b = """Hi Willowmere team,

Our interface engine couldn't deliver the attached discharge (A03) messages to
your NestChart endpoint -- connection refused since Monday. Sending the raw
messages so you can reconcile manually; we'll retry once your vendor confirms
the port is open again. Ticket SBR-IF-20931.

Regards,
Dev Anand
Integration Analyst, St. Brendan Regional Medical Center IS
(503) 555-0128
""" + DISC_SB
add('phi', 'struct', 'Huda Al-Masri',
    fin(mixed(T(b), A(a03.encode('ascii'), 'application/hl7-v2', 'ADT_A03_SB240508.hl7')),
        'Undelivered ADT A03 - Willowmere (ticket SBR-IF-20931)',
        who('Dev Anand', 'danand@' + SB), who('Willowmere IT', 'it@' + WB), cc=TAMSIN))


def x12(segs, ctrl, sender, receiver, gs_code, impl, st_code):
    isa = ('ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*240517*1022*^*00501*%09d*0*P*:' % (sender, receiver, ctrl))
    body = ['ST*%s*0001*%s' % (st_code, impl)] + segs
    body.append('SE*%d*0001' % (len(body) + 1))
    out = [isa, 'GS*%s*%s*%s*20240517*1022*%d*X*%s' % (gs_code, sender.strip(), receiver.strip(), ctrl, impl)]
    out += body
    out += ['GE*1*%d' % ctrl, 'IEA*1*%09d' % ctrl]
    return '~\n'.join(out) + '~\n'


s837 = x12([
    'BHT*0019*00*CL4417*20240517*1022*CH',
    'NM1*41*2*CEDAR LINE VEIN AND WEIGHT*****46*CL0001',
    'PER*IC*PRIYA RAMAN*TE*5035550171*EM*PRAMAN@CEDARLINEVEIN.EXAMPLE',
    'NM1*40*2*CLAIMBRIDGE*****46*CLMBRDG',
    'HL*1**20*1',
    'NM1*85*2*CEDAR LINE VEIN AND WEIGHT*****XX*1962038475',
    'N3*2200 ALDER CREST PKWY STE 210',
    'N4*FERNHOLLOW*OR*973900000',
    'REF*EI*930582214',
    'HL*2*1*22*0',
    'SBR*P*18*GRP55102******CI',
    'NM1*IL*1*HALVORSEN*PIETER*J***MI*MMU40927715',
    'N3*77 QUARRY HILL RD',
    'N4*MILLBROOK*OR*973880000',
    'DMG*D8*19580419*M',
    'NM1*PR*2*MERIDIAN MUTUAL*****PI*MMU01',
    'CLM*PH55907*2180***11:B:1*Y*A*Y*Y',
    'REF*G1*MM7720311',
    'HI*ABK:I83812*ABF:I87312',
    'NM1*82*1*VARGHESE*ANIL****XX*1184726390',
    'PRV*PE*PXC*2086S0129X',
    'LX*1',
    'SV1*HC:36482:LT*1850*UN*1***1:2',
    'DTP*472*D8*20240514',
    'LX*2',
    'SV1*HC:93971:LT*330*UN*1***1',
    'DTP*472*D8*20240514'], 4417, 'CEDARLINE01', 'CLAIMBRIDGE', 'HC', '005010X222A1', '837')
b = """ClaimBridge Claim Status Notification

Batch: CL4417   Submitted: 05/17/2024 10:22   Payer: MERIDIAN MUTUAL (MMU01)

1 claim(s) REJECTED at payer front end (277CA):

  Patient Ctrl #: PH55907
  Patient:        HALVORSEN, PIETER J
  Subscriber ID:  MMU40927715
  DOS:            05/14/2024
  Billed:         $2,180.00
  Status:         A7:562 - Entity's National Provider Identifier (NPI) - rendering
                  provider not on file / not affiliated with billing group

Correct and resubmit within 7 days to preserve timely filing. The original
837P file is attached for reference.

This is an automated message from ClaimBridge. Do not reply.
Support: (800) 555-0100 | claimbridge.example/support
"""
add('phi', 'struct', 'Pieter Halvorsen',
    fin(mixed(T(b), AT(s837, 'CL4417_837P.x12', sub='plain', cte='7bit')),
        'REJECTED: batch CL4417 (1 claim) - action required',
        who('ClaimBridge Notifications', 'noreply@claimbridge.example'), PRIYA))

s835 = x12([
    'BPR*I*3840.00*C*ACH*CCP*01*091000019*DA*7723341*1850293751**01*123006800*DA*4455017*20240610',
    'TRN*1*EFT7720019*1850293751',
    'DTM*405*20240610',
    'N1*PR*BLUEWATER HEALTH PLAN',
    'N3*PO BOX 44120',
    'N4*SALEM*OR*973090000',
    'PER*BL*PROVIDER SERVICES*TE*8005550144',
    'N1*PE*WILLOWMERE BIRTH CENTER*XX*1487302215',
    'LX*1',
    'CLP*WB24-0403PK*1*6300*3840*460*12*BW24155018830*83*1',
    'NM1*QC*1*PARK*HAE-WON****MI*BWH771230584',
    'NM1*82*1*LINDQVIST*GRETA****XX*1730695284',
    'DTM*232*20240403',
    'SVC*HC:59400*4100*2800**1',
    'DTM*472*20240403',
    'CAS*CO*45*840',
    'CAS*PR*2*460',
    'AMT*B6*3260',
    'SVC*NU:0724*2200*1040**1',
    'DTM*472*20240403',
    'CAS*CO*45*1160',
    'AMT*B6*1040'], 5120, 'BLUEWATERHP', 'WILLOWMERE', 'HP', '005010X221A1', '835')
b = """Lorraine,

The ERA for the Park birth didn't auto-post again. Here's the raw 835 from the
Bluewater portal -- the facility line looks like it paid but NestChart shows
the whole claim as open. The transfer happened intrapartum so I'm also not
sure they should have paid the 59400 global at all vs. the 59409/59410
split. Can you take a look before I post it by hand?

""" + s835 + """
Marcus
"""
add('phi', 'struct', 'Hae-won Park',
    fin(T(b, cte='quoted-printable'), 'ERA not posting - Park 4/3', MARCUS,
        who('Lorraine Tuttle', 'lorraine@tuttlebilling.example')))

bundle = OrderedDict([
    ('resourceType', 'Bundle'), ('type', 'collection'), ('timestamp', '2024-06-02T06:14:09-07:00'),
    ('entry', [
        {'fullUrl': 'urn:uuid:6f1c2a7e-3b9d-4e55-9a21-5c0e8d7b1f42',
         'resource': OrderedDict([
             ('resourceType', 'Patient'), ('id', 'clv-0038140'),
             ('identifier', [{'system': 'urn:oid:2.16.840.1.113883.3.7721.1', 'value': 'CLV-0038140'}]),
             ('name', [{'family': 'Asante-Boateng', 'given': ['Kwame', 'Yaw']}]),
             ('gender', 'male'), ('birthDate', '1975-09-13'),
             ('telecom', [{'system': 'phone', 'value': '503-555-0183', 'use': 'mobile'},
                          {'system': 'email', 'value': 'kwame.ab@mailbox.example'}]),
             ('address', [{'line': ['3120 Heron Point Rd'], 'city': 'Fernhollow', 'state': 'OR', 'postalCode': '97390'}])])},
    ] + [
        {'fullUrl': 'urn:uuid:0b7e4c1d-%04d-4f0a-8c3e-2a9d61e5b7c%d' % (i, i),
         'resource': OrderedDict([
             ('resourceType', 'Observation'), ('status', 'final'),
             ('category', [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/observation-category', 'code': 'vital-signs'}]}]),
             ('code', {'coding': [{'system': 'http://loinc.org', 'code': '29463-7', 'display': 'Body weight'}]}),
             ('subject', {'reference': 'Patient/clv-0038140'}),
             ('effectiveDateTime', dt),
             ('valueQuantity', {'value': v, 'unit': 'lb', 'system': 'http://unitsofmeasure.org', 'code': '[lb_av]'}),
             ('device', {'display': 'Cedar Line Connect home scale'})])}
        for i, (dt, v) in enumerate([('2024-05-12T06:40:00-07:00', 258.4), ('2024-05-19T06:31:00-07:00', 256.0),
                                     ('2024-05-26T06:52:00-07:00', 253.8), ('2024-06-02T06:14:00-07:00', 251.3)])
    ] + [
        {'fullUrl': 'urn:uuid:9a3f7d22-51c8-4b17-b0e6-7d4c2e1a8f90',
         'resource': OrderedDict([
             ('resourceType', 'MedicationStatement'), ('status', 'active'),
             ('medicationCodeableConcept', {'text': 'tirzepatide/niacinamide 7.5 mg weekly (compounded, Kestrel)'}),
             ('subject', {'reference': 'Patient/clv-0038140'}),
             ('effectivePeriod', {'start': '2024-01-08'})])}])])
fj = json.dumps(bundle, indent=2, ensure_ascii=False)
b = """Hi Cedar Line team,

The nightly sync from the Cedar Line Connect app to VeinTrack failed for one
patient bundle (validation error: Observation.valueQuantity.code '[lb_av]' not
accepted by the receiving endpoint, which expects kg). The bundle is attached
as sent so nothing is lost; once you confirm the unit mapping we'll replay it.

Failed item ID: SYNC-2024-06-02-00417

Best,
Rhea Okonjo
Support Engineer, Tallyhealth Integrations
"""
add('phi', 'struct', 'Kwame Asante-Boateng',
    fin(mixed(alt(b), A(fj.encode('utf-8'), 'application/fhir+json', 'bundle_SYNC-2024-06-02-00417.json')),
        'Sync failure SYNC-2024-06-02-00417', who('Rhea Okonjo', 'support@tallyhealth.example'),
        who('Cedar Line IT', 'it@' + CL), cc=KERRY))

b = """WILLOWMERE BIRTH CENTER -- TRANSFER OF CARE SUMMARY
(sent ahead of arrival, full record to follow by fax)

Client name:          Rahel Tesfaye
DOB:                  1995-08-29
WBC chart #:          WBC-2362
Insurance:            CommonPath Health  ID CP6610447823
Gravida/Para:         G2 P1001
EDD / GA:             06/30/2024 / 39+6
Blood type / Rh:      A pos, antibody screen neg
GBS:                  negative (06/04)
Allergies:            NKDA
Labor onset:          06/28 21:00 spontaneous
ROM:                  06/29 04:10, light meconium
Last cervical exam:   7 / 90 / 0 at 09:30
FHR:                  baseline 150, recurrent late decels x 25 min
Reason for transfer:  non-reassuring FHR with meconium
Meds given:           none
Transport:            EMS, departed 10:12
Attending midwife:    Imani Okafor-Reyes, LM CPM  (503) 555-0142
Support person:       Dawit Mekonnen (husband)  (503) 555-0159
Language:             Amharic / English (prefers English)
"""
add('phi', 'struct', 'Rahel Tesfaye',
    fin(T(b), 'Transfer summary - Tesfaye - EMS en route', IMANI,
        who('L&D Charge', 'ldcharge@' + SB), cc=GRETA, date=rdate(day=117, hour=10)))

fw_rows = [('00038140', 'ASANTE-BOATENG KWAME', '19750913', '20240604', '251.3', '38.2', '36.1', '4920'),
           ('00039930', 'DIZON MARICEL', '19851030', '20240604', '176.2', '41.0', '31.4', '3870'),
           ('00040102', 'FIGUEIREDO ANA PAULA', '19900422', '20240604', '164.0', '36.8', '29.0', '3510'),
           ('00037621', 'KOWAL BERNADETTE', '19710508', '20240604', '198.6', '43.5', '34.2', '4010'),
           ('00039511', 'KOWALCZYK TOMASZ', '19790314', '20240604', '226.4', '31.9', '32.5', '5120'),
           ('00038833', 'PHAN VAN MINH', '19580701', '20240604', '189.9', '29.4', '30.6', '4280'),
           ('00039014', 'PICKERING RUTH ANN', '19610217', '20240604', '211.0', '44.1', '35.7', '3790')]
fw_txt = 'H CEDARLINE BODYCOMP EXPORT 20240604 STATION=BC-2 UNITS=LB\n'
fw_txt += ''.join('D%-8s%-24s%-8s%-8s%6s%5s%5s%5s\n' % r for r in fw_rows)
fw_txt += 'T%06d\n' % len(fw_rows)
b = """Kerry-Ann,

Here's the body comp export from Tuesday's group (station 2). Layout is the
usual one: ID(8) NAME(24) DOB(8) DATE(8) WT(6) BF%(5) BMI(5) BMR(5). I'll key
them into the weigh-in flowsheets tomorrow unless you want to check first.

Shauna
"""
add('phi', 'struct', 'Kwame Asante-Boateng',
    fin(mixed(T(b), AT(fw_txt, 'BC2_20240604.txt', cte='7bit')), 'bodycomp export 6/4', SHAUNA, KERRY))

# ==========================================================================
# PHI: other languages
# ==========================================================================
b = """Hola Imani,

Te escribo sobre Yesenia Batz Ordóñez. Ayer en la visita prenatal en su casa
me dijo que tiene mucha acidez por las noches y que desde el domingo siente
que el bebé se mueve menos. Le expliqué cómo contar las patadas después de
cenar (10 movimientos en 2 horas) y hoy en la mañana me escribió que contó
solo 6 en dos horas. She's 34 weeks, due July 8.

¿La puedes llamar hoy? Ella prefiere español y a veces no tiene saldo en el
teléfono, mejor llamar al número de su esposo Gerardo: (503) 555-0127. Yo
puedo estar en la llamada para interpretar -- el k'iche' es su primer idioma
pero se defiende bien en español.

Gracias,
Luz Marina

Luz Marina Ocampo, doula
Hearthside Doulas · (503) 555-0133
"""
add('phi', 'lang', 'Yesenia Batz Ordóñez',
    fin(T(b, cs='iso-8859-1', cte='quoted-printable'), 'Yesenia - el bebé se mueve menos', LUZ, IMANI,
        cc=GRETA, scs='iso-8859-1'))

b = """Здравствуйте, доктор Варгезе!

Пишу по поводу моих ног. 14 мая мне делали склеротерапию на правой голени.
Сейчас на месте уколов остались коричневые пятна и несколько твёрдых
узелков, они немного болят, когда я надавливаю. Компрессионный чулок я ношу
каждый день, как вы сказали.

Это нормально? Пройдут ли пятна сами? И ещё вопрос: 19 июня у меня назначена
процедура на малой подкожной вене - можно ли её проводить, если пятна ещё не
прошли?

Заранее спасибо,
Екатерина Морозова
дата рождения 11.06.1975
тел. (503) 555-0165
"""
add('phi', 'lang', 'Екатерина Морозова',
    fin(T(b, cs='koi8-r', cte='base64'), 'Вопрос после склеротерапии',
        who('Екатерина Морозова', 'e.morozova75@pochta-mail.example', cs='koi8-r'), FRONT_CL, scs='koi8-r'))

b = """Chào bác sĩ Helen và cô Kerry-Ann,

Con là Phan Thị Thu Hà, con gái của ông Phan Văn Minh (sinh ngày 01/07/1958).
Ba con đang tiêm thuốc semaglutide 1 mg mỗi tuần ở phòng khám mình. Tuần này
ba bị buồn nôn và ói nhiều, ăn không được, chỉ uống được chút nước. Ba cũng
nói bị chóng mặt khi đứng dậy. Con sợ ba bị mất nước.

Ba có nên ngưng mũi tiêm thứ Năm này không? Con có thể chở ba tới phòng khám
sáng mai.

Sorry my English is not good for the medical words, please call me at
(503) 555-0112, I can translate for him.

Cảm ơn bác sĩ,
Thu Hà
"""
add('phi', 'lang', 'Phan Văn Minh',
    fin(T(b, cte='base64'), 'Về ba tôi - Phan Văn Minh - thuốc tiêm',
        who('Phan Thi Thu Ha', 'thuha.phan@mailbox.example'), KERRY, cc=HELEN))

b = """Daniela 您好，

我是周美玲，宝宝 Lucas 是5月19日在 Willowmere 出生的。这两天我的左边乳房
又硬又胀，有一块红红的，摸起来很痛，昨天晚上还有点发烧，量了38.2度。
宝宝吃奶的时候左边含不住，一直哭。

我现在每三个小时用吸奶器吸一次，但是左边吸出来很少。请问我需要去看医生吗？
还是可以先来你们的哺乳门诊？我星期四上午有空。

谢谢！
周美玲
电话：(503) 555-0186
"""
add('phi', 'lang', '周美玲',
    fin(T(b, cs='gb2312', cte='base64'), '关于喂奶的问题 - 周美玲',
        who('Zhou Meiling', 'meiling.zhou@mailbox.example'), DANIELA, scs='gb2312'))

b = """السلام عليكم،

أنا طارق المصري، زوج هدى المصري. ولدت هدى عندكم في مركز الولادة يوم 6 مايو
ثم نُقلت إلى مستشفى سانت بريندان بسبب النزيف وأُعطيت دمًا، وخرجت من المستشفى
يوم 8 مايو.

منذ أمس عندها حرارة 38.4 وألم في أسفل البطن، والدم له رائحة غير طبيعية.
هل يجب أن نذهب إلى الطوارئ أم يمكن أن تراها القابلة اليوم؟ موعد المتابعة
مع دانييلا يوم الخميس.

رقمي: (503) 555-0152

شكرًا جزيلاً،
طارق المصري
"""
add('phi', 'lang', 'هدى المصري',
    fin(T(b, cs='windows-1256', cte='base64'), 'استفسار بخصوص زوجتي هدى المصري',
        who('طارق المصري', 'tarek.almasri@mailbox.example', cs='windows-1256'), FRONT_WB,
        cc=GRETA, scs='windows-1256'))

h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Olá Dra. Helen,</p>
<p>Aqui é a Ana Paula Figueiredo, do programa de emagrecimento. Estou tomando a fentermina
18,75 mg há seis semanas e já perdi 6 kg, estou muito feliz! Mas nos últimos dias tenho sentido
o coração acelerado à tarde e a farmácia mediu minha pressão: <b>148/94</b>. Também estou dormindo mal.</p>
<p>Devo parar o remédio até a consulta do dia 11? Posso tomar só meia dose?</p>
<p>Obrigada,<br>Ana Paula<br>(nascida em 22/04/1990)</p>
</div></body></html>"""
add('phi', 'lang', 'Ana Paula Figueiredo',
    fin(T(h, 'html', cs='iso-8859-1', cte='quoted-printable'), 'Dúvida sobre a fentermina e a pressão',
        who('Ana Paula Figueiredo', 'anapaula.fig@correio.example', cs='iso-8859-1'), HELEN, scs='iso-8859-1'))

b = """Greta,

Rosemarie texted me this late last night (her sister usually translates but
she's away this week). My Kreyòl is rusty, so pasting it as-is with my rough
translation below:

---
Bonjou Bethany, se Rosemarie Jean-Baptiste. Mwen gen 32 semèn. Depi yè mwen
santi vant mwen ap sere chak 10 minit konsa, epi m gen doulè nan ren. Pa gen
dlo ki koule, pa gen san. Ti bebe a ap bouje byen. Èske m dwe vin lopital la
oswa rete lakay? Randevou m se lendi ak Greta. Mèsi anpil.
---

Rough translation: she's 32 weeks, tightening about every 10 min since
yesterday with low back pain, no fluid or bleeding, baby moving well. Asking
if she should go in or wait till Monday's appointment with you. I told her to
drink water, lie on her side, and that a midwife would call her this morning.

Her number is (503) 555-0179. She follows some English but does much better
with Kreyòl or French if you use the interpreter line.

Bethany
"""
add('phi', 'lang', 'Rosemarie Jean-Baptiste',
    fin(T(b, cte='quoted-printable'), 'Rosemarie J-B - tightening at 32 wks (Kreyol msg)', BETHANY, GRETA,
        cc=CLIN_WB, date=rdate(day=48, hour=7)))

b = """Hi po Doc Kerry-Ann,

Si Maricel Dizon po ito, yung nag-start ng semaglutide 0.25 mg noong May 6.
Gusto ko lang po itanong kasi medyo nahihilo po ako pag umaga at wala po
akong gana kumain, minsan isang beses lang ako kumakain sa isang araw. Normal
lang po ba yun? Nagsusuka rin po ako minsan the day after ng injection.

Tsaka po pwede po bang i-move yung weigh-in ko sa Tuesday? May duty po kasi
ako ng 7am to 7pm sa Thursday (CNA po ako sa St. Brendan).

Salamat po!
Maricel
(503) 555-0104
"""
add('phi', 'lang', 'Maricel Dizon',
    fin(T(b, cte='8bit'), 'Tanong po tungkol sa injection ko',
        who('Maricel Dizon', 'maricel.dizon@mailbox.example'), KERRY))

# ==========================================================================
# CLEAN: staff
# ==========================================================================
rows = [['Dates', 'Primary', 'Cell', 'Second', 'Cell'],
        ['Jun 1-3 (Sat-Mon)', 'Greta Lindqvist, CNM', '(503) 555-0161', 'Paloma Serrano, RN', '(503) 555-0164'],
        ['Jun 4-6', 'Imani Okafor-Reyes, LM CPM', '(503) 555-0162', 'Daniela Fuchs, IBCLC RN', '(503) 555-0166'],
        ['Jun 7-9', 'Rosalind Achterberg, CNM', '(503) 555-0160', 'Paloma Serrano, RN', '(503) 555-0164'],
        ['Jun 10-14', 'Greta Lindqvist, CNM', '(503) 555-0161', 'Wren Castillo, SM (student)', '(503) 555-0168'],
        ['Jun 15-17', 'Imani Okafor-Reyes, LM CPM', '(503) 555-0162', 'Paloma Serrano, RN', '(503) 555-0164'],
        ['Jun 18-21', 'Rosalind Achterberg, CNM', '(503) 555-0160', 'Daniela Fuchs, IBCLC RN', '(503) 555-0166'],
        ['Jun 22-24', 'Greta Lindqvist, CNM', '(503) 555-0161', 'Wren Castillo, SM (student)', '(503) 555-0168'],
        ['Jun 25-30', 'Imani Okafor-Reyes, LM CPM', '(503) 555-0162', 'Paloma Serrano, RN', '(503) 555-0164']]
b = """Hi everyone,

June call is below. Swaps are fine, just reply-all so Tamsin can update the
answering service. Backup CNM for transfers is always whoever isn't primary --
call the office line first, then cell.

""" + table(rows, ' | ') + """

Answering service: (503) 555-0150, account WBC-01
St. Brendan L&D charge: (503) 555-0119
Little Harbor Peds after-hours: (503) 555-0189

Roz is at the ACNM meeting 6/10-6/14 and reachable by text only.

Thanks,
Tamsin
"""
add('clean', 'staff', '', fin(T(b), 'June on-call + seconds', TAMSIN, ALL_WB))

rows = [['Name', 'Practice', 'Role', 'Credentials', 'Ext', 'Cell', 'NPI', 'Email'],
        ['Rosalind Achterberg', 'Willowmere', 'Clinical Director', 'CNM, MSN', '102', '503-555-0160', '1609927341', 'rachterberg@willowmerebirth.example'],
        ['Greta Lindqvist', 'Willowmere', 'Midwife', 'CNM', '103', '503-555-0161', '1730695284', 'glindqvist@willowmerebirth.example'],
        ['Imani Okafor-Reyes', 'Willowmere', 'Midwife', 'LM, CPM', '104', '503-555-0162', '1356082219', 'iokafor-reyes@willowmerebirth.example'],
        ['Daniela Fuchs', 'Willowmere', 'Lactation', 'RN, IBCLC', '105', '503-555-0166', '', 'dfuchs@willowmerebirth.example'],
        ['Paloma Serrano', 'Willowmere', 'Birth Assistant', 'RN', '106', '503-555-0164', '', 'pserrano@willowmerebirth.example'],
        ['Tamsin Boyle', 'Willowmere', 'Intake', '', '100', '', '', 'tboyle@willowmerebirth.example'],
        ['Marcus Pell', 'Willowmere', 'Office Manager', '', '101', '503-555-0169', '', 'mpell@willowmerebirth.example'],
        ['Anil Varghese', 'Cedar Line', 'Physician', 'MD, RPVI', '210', '503-555-0173', '1184726390', 'avarghese@cedarlinevein.example'],
        ['Helen Strand-Okoye', 'Cedar Line', 'Physician', 'MD, ABOM', '211', '503-555-0174', '1093847562', 'hstrand-okoye@cedarlinevein.example'],
        ['Kerry-Ann Mbatha', 'Cedar Line', 'Nurse Practitioner', 'FNP-C', '212', '503-555-0175', '1467302918', 'kmbatha@cedarlinevein.example'],
        ['Jovan Petrovic', 'Cedar Line', 'Sonographer', 'RVT', '215', '', '', 'jpetrovic@cedarlinevein.example'],
        ['Shauna Diltz', 'Cedar Line', 'Patient Coordinator', 'CMA', '204', '', '', 'sdiltz@cedarlinevein.example'],
        ['Priya Raman', 'Cedar Line', 'Billing', 'CPC', '205', '', '', 'praman@cedarlinevein.example'],
        ['Moira Cavanagh', 'Little Harbor Peds', 'Pediatrician', 'MD, FAAP', '(503) 555-0188 x3', '', '1295736408', 'mcavanagh@littleharborpeds.example'],
        ['Trey Bello', 'Little Harbor Peds', 'Nurse', 'RN', '(503) 555-0188 x5', '', '', 'tbello@littleharborpeds.example'],
        ['Walt Kubiak', 'Alder Crest Property Mgmt', 'Facilities', '', '', '503-555-0190', '', 'wkubiak@aldercrestprop.example']]
b = """All,

Updated building directory attached (CSV so it opens on the front desk PCs and
phones). Little Harbor asked to be included so we can reach each other during
transfers and newborn handoffs. Please check your own line and tell me if
your extension or cell is wrong.

Marcus
"""
add('clean', 'staff', '', fin(mixed(T(b), AT(csvtext(rows), 'AlderCrest_2200_directory_May2024.csv', sub='csv')),
                             '2200 Alder Crest building directory - updated', MARCUS,
                             ALL_WB + ', ' + ALL_CL, cc=TREY))

h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Midwives and birth assistants,</p>
<p>Starting Monday the hemorrhage kit in each suite has been updated per the revised
postpartum hemorrhage protocol we approved at the May clinical meeting:</p>
<ul>
<li>Oxytocin 10 units IM remains first line after delivery of the placenta.</li>
<li>Misoprostol 800 mcg (buccal/SL) and methylergonovine 0.2 mg IM &ndash; methylergonovine
is now in the fridge door, <b>not</b> the cart, please check it on your opening checklist.</li>
<li>Tranexamic acid 1 g IV is now stocked in the transfer bag. Remember we can only start
it with a second IV line and a transfer call already made.</li>
<li>Quantitative blood loss: weigh the pads and chux. Estimated loss over 500 mL means call
the second midwife; over 1000 mL or any signs of shock means call 911 and St. Brendan.</li>
</ul>
<p>We'll run a hemorrhage drill on skills day (June 20). Please review the flowchart laminated
on each cart before then.</p>
<p>Roz</p>
<p style="font-size:9pt;color:#666">Rosalind Achterberg, CNM, MSN &middot; Clinical Director &middot; Willowmere Birth Center</p>
</body></html>"""
add('clean', 'staff', '', fin(T(h, 'html', cte='quoted-printable'), 'Updated PPH kit + protocol starting Monday',
                             ROZ, CLIN_WB))

b = """Noor,

Any chance you can take my on-call 6/14 through 6/16? My sister's wedding got
moved up and I'll be in Bend without reliable signal. I can take your weekend
of the 28th in exchange, or the 5th-7th of July if that's better.

The midwives know I'm off, and I'll let the families know you're backup that
weekend. I'll send you the usual handoff by phone on the 13th.

Thanks lady,
Bethany

> On Tue, Noor Haddad <noor@hearthsidedoulas.example> wrote:
> Posting the summer call calendar in the drive. Swaps between yourselves
> are fine, just update the calendar and tell Willowmere's front desk.
"""
add('clean', 'staff', '', fin(T(b), 'swap 6/14-6/16?', BETHANY, NOOR, cc=LUZ))

rows = [['Staff', 'Role', 'Credential', 'Cert/License #', 'Expires', 'CE hrs req', 'CE hrs logged', 'BLS exp'],
        ['Anil Varghese', 'Physician', 'MD / RPVI', 'MD-184402 / RPVI 220318', '2025-12-31', 50, 38, '2025-03-01'],
        ['Helen Strand-Okoye', 'Physician', 'MD / ABOM', 'MD-199675', '2025-12-31', 50, 51, '2024-11-15'],
        ['Kerry-Ann Mbatha', 'NP', 'FNP-C', 'NP-77420 / AANP F0921117', '2026-06-30', 75, 40, '2025-01-20'],
        ['Jovan Petrovic', 'Sonographer', 'RVT', 'ARDMS 191144', '2024-07-31', 30, 22, '2024-09-30'],
        ['Shauna Diltz', 'MA', 'CMA (AAMA)', 'CMA 2281906', '2027-02-28', 60, 60, '2025-05-10'],
        ['Jun Takahashi', 'MA', 'CCMA', 'NHA 5527301', '2026-04-30', 10, 0, '2024-06-30']]
b = """Hi all,

Quarterly credential check attached. Two things to act on:

  - Jovan: your RVT renewal is due 7/31 and ARDMS shows 22 of 30 CME. There's
    a free SVU webinar series that counts, link in the staff drive.
  - Jun: BLS expires 6/30, please sign up for the June 22 class at St. Brendan.

Nobody else needs anything this quarter.

Priya
"""
add('clean', 'staff', '', fin(mixed(T(b), A(xlsx(rows, 'Q2 credentials'), XLSX, 'CLV credentials Q2 2024.xlsx')),
                             'Q2 credential tracker - 2 items due', PRIYA, ALL_CL))

b = """Skills day -- Thursday June 20, 8:30-3:00, community room (2nd floor)

Agenda
 8:30  Coffee (Little Harbor is bringing pastries, thank you Trey!)
 9:00  Shoulder dystocia drill -- HELPERR, with the birthing stool and the
       tub. Pairs: midwife + assistant, we'll rotate.
10:15  NRP refresher and mock code with Little Harbor nursing (bag-mask,
       positive pressure, when to start compressions). Bring your NRP cards.
11:30  PPH drill with the new kit (see Roz's email)
12:30  Lunch
 1:15  Transfer review, aggregate only: 2023 we had 212 births and 26
       transfers (12%), 19 intrapartum non-urgent, 4 urgent, 3 neonatal.
       Q1 2024 numbers look similar. We'll look at timing from decision to
       departure and what slowed us down -- no individual cases this time.
 2:15  Charting: what St. Brendan needs in the transfer summary
 3:00  Done

Doulas are welcome for the morning drills -- Noor, please let me know how many.

Greta
"""
add('clean', 'staff', '', fin(alt(b), 'Skills day 6/20 agenda', GRETA, CLIN_WB,
                             cc=NOOR + ', ' + TREY))

b = """Huddle notes -- weight program, Monday

Present: Helen, Kerry-Ann, Shauna, Jun, Priya

1. Supply: Kestrel says the semaglutide base is backordered ~3 weeks. Current
   patients are covered through June. New starts: hold until 6/24 or offer
   tirzepatide per protocol. Kerry-Ann to update the new-start script.
2. Titration protocol reminder: we only step up a dose if the patient has had
   4 weeks at the current dose and GI side effects are tolerable. If someone
   calls with vomiting or can't keep fluids down, that's a same-day call back
   from a provider, not an MA.
3. Group visit on Tuesdays is full; Shauna will open a second group at 5:30 pm
   starting July.
4. Priya: cash-pay package prices for 2024-H2 unchanged. New receipts template
   for HSA/FSA is in the shared drive.
5. Jun is shadowing Shauna on injection teaching this week.

Next huddle: Monday 8:15.
"""
add('clean', 'staff', '', fin(T(b), 'huddle notes 6/3', KERRY, ALL_CL))

# ==========================================================================
# CLEAN: admin
# ==========================================================================
b = """Hello Willowmere and Cedar Line,

Scheduled maintenance notice:

  System:   NestChart EHR (Willowmere) and VeinTrack (Cedar Line) hosted
            servers, plus the shared fax gateway
  Window:   Sunday 6/9, 10:00 pm - Monday 6/10, 2:00 am
  Impact:   EHR read-only for ~30 min, fax gateway down for the full window
  Ticket:   BC-CHG-004812

Downtime forms are in the red binder at each front desk. Please make sure the
on-call midwife has the printed downtime packet before 10 pm.

Also a reminder that MFA becomes mandatory for all remote logins on 6/17. If
you haven't enrolled your phone in the authenticator app, stop by Tuesday
or Wednesday 12-1 in the break room and we'll set it up. Password resets:
(503) 555-0135 or helpdesk@bramblecore.example.

Thanks,
Soren Ekdahl
Bramblecore IT Services
"""
add('clean', 'admin', '', fin(T(b), 'Maintenance window 6/9 + MFA deadline 6/17',
                             who('Soren Ekdahl', 'sekdahl@bramblecore.example'), ALL_WB + ', ' + ALL_CL))

h = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#2e4a3f;color:#fff;padding:10px 14px;font-size:14pt">
Alder Crest Commons &mdash; Tenant Notice</td></tr>
<tr><td style="padding:14px">
<p>Dear 2200 Alder Crest Pkwy tenants,</p>
<p><b>Fire alarm testing</b> is scheduled for <b>Wednesday, June 12, 7:00&ndash;9:00 am</b>. Horns and strobes will
sound intermittently. Suite 100 (Willowmere Birth Center): our contractor will silence the devices in the
birth suites on request &ndash; please call Walt by 6/10 if you have anyone in labor that morning.</p>
<p><b>Parking lot restriping</b>: rows A&ndash;C closed Saturday 6/15. Accessible spaces and the ambulance bay
by the east entrance stay open.</p>
<p><b>Water heater service</b>: the dedicated heater for the Suite 100 birth tubs will be descaled Monday 6/17,
9&ndash;11 am. Hot water to the tubs will be off during that window.</p>
<p>Questions: Walt Kubiak, Facilities, (503) 555-0190, wkubiak@aldercrestprop.example</p>
<p>Alder Crest Commons Property Management<br>2200&ndash;2210 Alder Crest Pkwy, Fernhollow OR 97390</p>
</td></tr></table></body></html>"""
add('clean', 'admin', '', fin(T(h, 'html', cte='quoted-printable'), 'Tenant notice: alarm test, restriping, water heater',
                             who('Walt Kubiak', 'wkubiak@aldercrestprop.example'),
                             who('2200 Tenants', 'tenants2200@aldercrestprop.example')))

inv = ['CASCADIA MEDICAL SUPPLY CO.', '8800 Industrial Way, Tualatin Ridge OR 97062  |  (503) 555-0140', '',
       'INVOICE  #INV-2024-118832              Date: 05/28/2024     Terms: Net 30',
       'Bill to: Willowmere Birth Center, Attn: Accounts Payable, 2200 Alder Crest Pkwy Ste 100',
       'Ship to: same                           PO #: WBC-PO-0577    Customer #: C-20419', '',
       'Item        Description                                   Qty   Unit      Ext',
       'BK-1100     Birth kit, sterile, single use                 24   $18.40    $441.60',
       'GL-7721M    Nitrile exam gloves, M, box/100                20   $9.75     $195.00',
       'UP-3300     Underpads 30x36, heavy, case/100               4    $61.20    $244.80',
       'CL-0040     Umbilical cord clamps, case/100                1    $38.00    $38.00',
       'DP-9000     Handheld fetal doppler probe, 2 MHz            1    $212.00   $212.00',
       'SC-1250     Infant scale calibration service               2    $75.00    $150.00',
       'AM-0150     Amnihook, box/50                               1    $44.50    $44.50', '',
       '                                                      Subtotal         $1,325.90',
       '                                                      Freight          $32.00',
       '                                                      TOTAL DUE        $1,357.90', '',
       'Remit to: PO Box 4471, Tualatin Ridge OR 97062 or ACH (details on file).',
       'Thank you for your business.']
b = """Hi Marcus,

Please find attached invoice INV-2024-118832 for PO WBC-PO-0577 (shipped 5/24,
delivered 5/28). The doppler probe that was backordered shipped separately
and is included here.

Regards,
Jenna Holloway
Accounts Receivable, Cascadia Medical Supply
"""
add('clean', 'admin', '', fin(mixed(T(b), A(pdf(inv), 'application/pdf', 'INV-2024-118832.pdf')),
                             'Invoice INV-2024-118832 / PO WBC-PO-0577',
                             who('Jenna Holloway', 'ar@cascadiamedsupply.example'), MARCUS))

b = """Hi all,

Two HR items:

1) Open enrollment for the July 1 plan year runs June 3-21. The medical
   plan stays with Bluewater (PPO and HDHP options); dental moves to Harbor
   Dental. Premiums for employee-only coverage are going up $14/month on the
   PPO and staying flat on the HDHP. If you do nothing, you keep your current
   elections, except the HSA contribution, which has to be re-elected every
   year. Benefits session: Tuesday 6/4 at 12:15 in the break room, lunch
   provided.

2) Please welcome Jun Takahashi, CCMA, who starts at Cedar Line on Monday
   6/10. Jun's first day is orientation with me (I-9, badge, parking tag,
   EHR training with Bramblecore at 2). Kerry-Ann is Jun's preceptor.

Payroll reminder: timesheets for the 6/15 pay date are due Thursday by noon.

Thanks,
Denise Arnaud
HR & Payroll (shared services, 2200 Alder Crest)
(503) 555-0146
"""
add('clean', 'admin', '', fin(T(b), 'Open enrollment June 3-21 + welcome Jun',
                             who('Denise Arnaud', 'hr@aldercrestshared.example'), ALL_WB + ', ' + ALL_CL))

notes = [('h', 'Bluewater Health Plan - contract renewal meeting'),
         'Date: May 22, 2024   Location: Willowmere conference room / Teams',
         'Attendees: Marcus Pell, Priya Raman (Cedar Line), Rosalind Achterberg; Bluewater: Tess Vandeveer (Provider Contracting), Omar Lindgren (Network Mgmt)',
         ('h', 'Proposed fee schedule (2024-2026)'),
         [['Code', 'Description', 'Current', 'Bluewater offer', 'Our ask'],
          ['59400', 'Global OB, vaginal delivery', '$3,000', '$3,090', '$3,400'],
          ['0724 (rev)', 'Birth center facility fee', '$1,040', '$1,040', '$1,600'],
          ['59409/59410', 'Delivery only / delivery + PP', '$1,650 / $1,980', '+3%', '+8%'],
          ['99501', 'Postpartum home visit', 'not covered', 'not covered', '$145'],
          ['36475', 'Endovenous RFA, first vein', '$1,420', '$1,460', '$1,550'],
          ['36471', 'Sclerotherapy, multiple', '$260', '$260', '$300'],
          ['0491T-style weight mgmt visits', 'n/a', 'excluded', 'excluded', 'pilot']],
         ('h', 'Discussion'),
         'Bluewater is open to the postpartum home visit code if we report 6-week visit completion rates in aggregate quarterly. '
         'Facility fee: they cited the state birth center average; Marcus to send our cost per birth from the 2023 audit. '
         'Cedar Line: sclerotherapy remains covered only with documented failed compression; no change to policy language.',
         ('h', 'Action items'),
         '1. Marcus - send cost data and 2023 volumes (births, transfers) by 6/5.',
         '2. Priya - list of Cedar Line codes with denial rates over 10% (aggregate).',
         '3. Tess - redline of Amendment 4 by 6/14.']
b = """Attached are my notes from Wednesday's Bluewater meeting. Please correct
anything I got wrong before I send the action items to Tess.

Marcus
"""
add('clean', 'admin', '', fin(mixed(alt(b), A(docx(notes), DOCX, 'Bluewater contract mtg 2024-05-22.docx')),
                             'Notes - Bluewater contract renewal 5/22', MARCUS, PRIYA + ', ' + ROZ))

b = """Dr. Strand-Okoye and Priya,

Your pharmacy services agreement with Kestrel (Agreement KCP-SA-0147)
renews July 1. Changes for this term:

  - Cold-chain shipping fee goes from $18 to $22 per order
  - Office-use orders now require 5 business days lead time
  - Updated business associate agreement (2024 template) -- must be signed
    before renewal; no other terms change

The DocuSign envelope (ID 4F7A-22C9-8810-BD13) was sent to Dr. Strand-Okoye
this morning. Once signed, we'll countersign and send the executed copy.

Thank you for your continued partnership.

Ilse Vandermeer, PharmD
Pharmacist-in-Charge, Kestrel Compounding Pharmacy
License RPH-0044871 | (503) 555-0156
"""
add('clean', 'admin', '', fin(T(b, cte='quoted-printable'), 'Service agreement renewal KCP-SA-0147 + BAA',
                             ILSE, HELEN, cc=PRIYA))

b = """Pickup confirmation -- regulated medical waste

Generator:     2200 Alder Crest Pkwy (Suites 100 and 210), Fernhollow OR
Generator ID:  ORM-55102
Manifest #:    MW-2024-0517-2241
Pickup date:   05/17/2024 08:42   Driver: R. Mateo   Truck: 14

  Container                       Count    Weight (lb)
  Sharps 8 gal                        3          41.6
  Red bag / biohazard box             4          88.3
  Pathological (placenta) 5 gal       2          37.0
  Pharmaceutical non-haz (blue)       1           6.2

Next scheduled pickup: 05/31/2024. Please keep the pathological containers in
the freezer in Suite 100 until pickup as before.

Certificate of destruction will be posted to your portal within 10 days.

Northbank Environmental Services | (503) 555-0199
"""
add('clean', 'admin', '', fin(T(b), 'Pickup confirmation MW-2024-0517-2241',
                             who('Northbank Environmental', 'dispatch@northbankenv.example'), MARCUS, cc=PRIYA))

# ==========================================================================
# CLEAN: lookalikes
# ==========================================================================
h = """<html><body style="margin:0;background:#f3f5f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="18" cellspacing="0" style="background:#fff;margin:20px 0">
<tr><td style="border-bottom:3px solid #0b6e4f"><span style="font-size:18pt;color:#0b6e4f">Alder Valley Credit Union</span></td></tr>
<tr><td style="font-size:11pt;color:#333">
<p>Hello MARCUS,</p>
<p>Your May 2024 eStatement for <b>Member #0041827</b> is ready to view in Online Banking.</p>
<table cellpadding="4" style="font-size:10pt">
<tr><td>Share Savings (S1)</td><td>ending 8273</td></tr>
<tr><td>Auto Loan (L2)</td><td>ending 7731 &ndash; payment of $412.18 scheduled 06/05/2024</td></tr>
</table>
<p>Reminder: we will never ask for your PIN, password or full member number by email or text.</p>
<p style="font-size:9pt;color:#777">Alder Valley Credit Union, 140 Main St, Fernhollow OR 97390 &middot; (503) 555-0130 &middot;
Federally insured by NCUA. To change your notification preferences, sign in and visit Settings.</p>
</td></tr></table></td></tr></table></body></html>"""
add('clean', 'lookalike', '', fin(alt("""Hello MARCUS,

Your May 2024 eStatement for Member #0041827 is ready to view in Online Banking.

  Share Savings (S1)  ending 8273
  Auto Loan (L2)      ending 7731 - payment of $412.18 scheduled 06/05/2024

Reminder: we will never ask for your PIN, password or full member number by
email or text.

Alder Valley Credit Union, 140 Main St, Fernhollow OR 97390 - (503) 555-0130
""", h), 'Your eStatement is ready - Member #0041827', who('Alder Valley Credit Union', 'alerts@aldervalleycu.example'),
    MARCUS))

b = """Your trip is confirmed

Confirmation code: QX7T2M
Ticket number: 0167 2281 94410

Passenger: VARGHESE/ANIL MR
Date of birth: 04/18/1971   Gender: M
Known Traveler Number: 98812047 (TSA PreCheck)
Cascade Miles #: CM 88120473 (Gold)

  Thu 06/20  CSA 1184  PDX 07:05 -> DEN 10:41   Seat 3C  Meal: Vegetarian (AVML)
  Thu 06/20  CSA 2290  DEN 12:10 -> IND 15:38   Seat 4A
  Sun 06/23  CSA 2291  IND 16:45 -> DEN 17:55   Seat 3D
  Sun 06/23  CSA 1187  DEN 19:10 -> PDX 21:05   Seat 3C

Fare: $612.40 (incl. taxes) charged to card ending 4419
Baggage: 1st checked bag free (Gold)

Traveling for the Society for Vascular Ultrasound annual conference? Show
this email at the Downtown Indy Marriott desk for the group rate.

Cascade Skyways -- cascadeskyways.example -- (800) 555-0177
"""
add('clean', 'lookalike', '', fin(T(b, cte='quoted-printable'), 'Confirmation QX7T2M - PDX to IND, Jun 20',
                                 who('Cascade Skyways', 'itinerary@cascadeskyways.example'), VARGHESE))

b = """Hi Alder Crest teams,

Thanks for joining the Ridgeline Fitness corporate program! Member numbers
for the people who signed up at the lunch-and-learn are below -- show the
number or your work badge at the front desk to activate.

  Paloma Serrano       RF-220914
  Jun Takahashi        RF-220915
  Noor Haddad          RF-220916
  Walt Kubiak          RF-220917
  Priya Raman          RF-220918

Your corporate rate is $29/month (enrollment fee waived through 6/30). The
Summer Strong 8-week class series starts July 8: spin, barre, strength and
a Saturday trail walk. Classes are open to all levels -- no fitness
assessment needed to join.

Questions? Reply here or call the front desk at (503) 555-0182.

Keisha Marr
Corporate Partnerships, Ridgeline Fitness
"""
add('clean', 'lookalike', '', fin(T(b), 'Welcome to Ridgeline Fitness - your member numbers',
                                 who('Keisha Marr', 'corporate@ridgelinefit.example'), MARCUS + ', ' + PRIYA))

b = """Hello Mr. Pell,

Thank you for reporting the incident involving your business vehicle.

  Policy number:   CAP-7730-21148-02 (Commercial Auto)
  Named insured:   Willowmere Birth Center LLC
  Vehicle:         2021 Subaru Outback, VIN 4S4BTANC5M3188204
  Claim number:    0047-82216-A
  Date of loss:    05/30/2024, parking lot, 2200 Alder Crest Pkwy
  Driver:          Imani Okafor-Reyes (listed driver)
  Injuries:        none reported
  Damage:          rear bumper and tailgate, other party's vehicle at fault

Your adjuster is Ray Domínguez, (503) 555-0153. Please send photos and the
other driver's insurance information to claims@pinecrestmutual.example with
the claim number in the subject line. Rental coverage is included on this
policy up to $40/day for 14 days.

Pinecrest Mutual Insurance -- Commercial Claims
"""
add('clean', 'lookalike', '', fin(T(b, cte='quoted-printable'), 'Claim 0047-82216-A acknowledgement',
                                 who('Pinecrest Mutual Claims', 'claims@pinecrestmutual.example'), MARCUS, cc=IMANI))

h = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h2 style="color:#1c4e80">Your order has shipped!</h2>
<p>Order <b>#WBM-5581209</b> placed 06/03/2024 &middot; Customer #C-20419-WBC</p>
<p><b>Ship to:</b> Willowmere Birth Center, Attn: Paloma Serrano, 2200 Alder Crest Pkwy Ste 100, Fernhollow OR 97390</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eef"><th>SKU</th><th>Item</th><th>Qty</th><th>Tracking</th></tr>
<tr><td>FD-200</td><td>Pocket fetal doppler, 3 MHz waterproof probe</td><td>2</td><td>1Z 84W 771 03 5520 1183</td></tr>
<tr><td>BS-40</td><td>Birthing stool, hardwood</td><td>1</td><td>Freight PRO 448-1930-22</td></tr>
<tr><td>IS-12</td><td>Digital infant scale, 20 kg</td><td>1</td><td>1Z 84W 771 03 5520 1192</td></tr>
<tr><td>CS-3040-L</td><td>Compression stocking 30-40 mmHg thigh, L (stock)</td><td>6</td><td>1Z 84W 771 03 5520 1201</td></tr>
</table>
<p>Patient-education brochures (Spanish, Vietnamese) are on backorder and will ship separately.</p>
<p>Need help? Call (888) 555-0123 or reply to this email. Thank you for shopping with WellBorn Medical.</p>
</body></html>"""
add('clean', 'lookalike', '', fin(T(h, 'html', cte='base64'), 'Shipped: Order #WBM-5581209',
                                 who('WellBorn Medical Orders', 'orders@wellbornmed.example'), PALOMA, cc=MARCUS))

test_hl7 = r"""MSH|^~\&|SBRLAB|STBRENDAN|NESTCHART|WILLOWMERE|20240612100500||ORU^R01|TEST0612100500|T|2.5.1
PID|1||999000123^^^WBC^MR||ZZTEST^BIRTHCENTER^^^^^L||19000101|F|||1 TEST ST^^TESTVILLE^OR^00000
OBR|1|TST001|TST001|87081^GBS CULTURE^CPT|||20240612100000|||||||||9999999999^TESTPROVIDER^INTERFACE
OBX|1|ST|GBSCX^GBS CULTURE^L||TEST RESULT - IGNORE||||||F"""
b = """Hi Tamsin and Greta,

Bramblecore and St. Brendan are re-testing the lab results feed Wednesday
between 10 and 11. They'll push a handful of test messages against our test
patient only:

    ZZTEST, BIRTHCENTER   MRN 999000123   DOB 01/01/1900

Please don't merge, delete or "fix" that chart -- it's supposed to look
weird. If you see any other name come through the feed during the test
window, call me right away at (503) 555-0135. Example of what a test message
looks like (processing ID "T", not "P"):

""" + test_hl7 + """

Once it's confirmed working I'll send an all-clear and the shared inbox
should stop getting the stray results.

Soren
Bramblecore IT Services
"""
add('clean', 'lookalike', '', fin(T(b), 'Lab interface retest Wed 10-11 (ZZTEST patient)',
                                 who('Soren Ekdahl', 'sekdahl@bramblecore.example'), TAMSIN + ', ' + GRETA,
                                 cc=who('Dev Anand', 'danand@' + SB)))

b = """Hi Marcus,

Two quick questions for open enrollment:

1. How do I add my husband (Rafael) to dental and vision? He's losing his
   coverage at work July 1. Do you need our marriage certificate, or just
   his date of birth and SSN on the form?
2. If I switch to the HDHP, what's the HSA max for family this year, and
   does the practice still put in $500?

I'm planning to come to the session on Tuesday but wanted to get the
paperwork started.

Thanks!
Paloma
"""
add('clean', 'lookalike', '', fin(T(b), 'adding spouse + HSA question', PALOMA, MARCUS))

# ==========================================================================
# CLEAN: news
# ==========================================================================
h = """<html><head><meta charset="utf-8"><title>Willowmere Notes</title></head>
<body style="margin:0;background:#faf6f0;font-family:Georgia,'Times New Roman',serif;color:#3a2e26">
<table width="620" align="center" cellpadding="20" cellspacing="0" style="background:#fff">
<tr><td style="background:#7a9a7e;color:#fff"><h1 style="margin:0;font-weight:normal">Willowmere Notes</h1>
<div>Summer 2024 &middot; news from the birth center</div></td></tr>
<tr><td>
<h2>Our year in numbers</h2>
<p>In 2023 our midwives attended <b>212 births</b> at the center and supported another 31 families who began care with
us and gave birth at St. Brendan. 88% of families who started labor with us gave birth here; 12% transferred,
most for a long labor or a request for pain medication. At six weeks, <b>91%</b> of our families were
breastfeeding or chestfeeding. Thank you for trusting us.</p>
<h2>Welcome Wren!</h2>
<p>Student midwife Wren Castillo joins us through December from the Cascade School of Midwifery.
You may see Wren at prenatal visits and births &ndash; as always, you can say no to a student.</p>
<h2>Classes this summer</h2>
<ul><li>Childbirth Preparation (4 weeks), Thursdays 6:30 pm, starting July 11</li>
<li>Breastfeeding Basics with Daniela Fuchs, IBCLC &ndash; first Saturday of the month</li>
<li>Newborn Care with Little Harbor Pediatrics &ndash; July 20</li>
<li>Postpartum circle &ndash; Wednesdays 10 am, babies welcome</li></ul>
<h2>From our families</h2>
<p>&ldquo;We felt heard at every single visit.&rdquo; &ndash; a Willowmere parent, 2024 survey</p>
<p style="font-size:9pt;color:#888">Willowmere Birth Center &middot; 2200 Alder Crest Pkwy, Suite 100 &middot; Fernhollow, OR 97390 &middot;
(503) 555-0142<br>You are receiving this because you subscribed at willowmerebirth.example. <a href="https://willowmerebirth.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
add('clean', 'news', '', fin(T(h, 'html', cte='quoted-printable'), 'Willowmere Notes - Summer 2024',
                            who('Willowmere Birth Center', 'news@' + WB), who('Willowmere Notes subscribers', 'notes-list@' + WB)))

b = """VARICOSE VEINS: FIVE MYTHS WE HEAR EVERY WEEK
A note from Cedar Line Vein & Weight

Myth 1: "Varicose veins are just cosmetic."
Many people with bulging veins also have aching, heaviness, swelling or
itching, especially after standing. Those symptoms are worth a visit.

Myth 2: "Crossing your legs causes them."
The biggest factors are family history, pregnancy, age and jobs that keep
you on your feet. Leg crossing isn't one of them.

Myth 3: "Treatment means surgery and weeks off work."
Most treatments today -- radiofrequency ablation, VenaSeal, sclerotherapy --
are done in the office in under an hour, and most people walk out and go
back to normal activity the next day.

Myth 4: "Only women get them."
About 1 in 4 adults has varicose veins, and men are affected too.

Myth 5: "Compression stockings will cure them."
Stockings help with symptoms and are often required by insurance before
treatment, but they don't close a leaky vein.

Free vein screening day: Saturday, July 13, 9-12. No referral needed.
Call (503) 555-0171 to reserve a spot.

Cedar Line Vein & Weight | 2200 Alder Crest Pkwy, Suite 210 | Fernhollow OR
To unsubscribe, reply with "unsubscribe".
"""
add('clean', 'news', '', fin(alt(b), 'Five myths about varicose veins (and a free screening day)',
                            who('Cedar Line Vein & Weight', 'hello@' + CL), who('Cedar Line Updates', 'updates@' + CL)))

b = """VOLUNTEER & DONOR SPOTLIGHT -- June

Meet Bev Lundgren
If you've had a baby at Willowmere since 2019, your little one probably went
home in one of Bev's hats. Bev, a retired schoolteacher from Millbrook, has
knitted more than 1,400 of them, and this spring she taught a knitting circle
for our volunteers. "I just like knowing they're going somewhere warm," she
told us. Thank you, Bev!

Thank you, Harrow-Pike Family Foundation
A $25,000 gift from the Harrow-Pike Family Foundation paid for the new birth
tub and lift in the Cedar suite and for 40 sliding-scale prenatal packages
this year. Foundation chair Eleanor Harrow-Pike cut the ribbon on May 18 with
our staff and board.

Volunteer openings: front desk greeter (Tues/Thurs mornings), class setup,
and the Saturday postpartum meal train coordinator. Contact Tamsin Boyle at
(503) 555-0142.

Willowmere Birth Center is a 501(c)(3) nonprofit, EIN 93-1187720.
"""
add('clean', 'news', '', fin(T(b, cte='quoted-printable'), 'Spotlight: Bev Lundgren + thank you Harrow-Pike Foundation',
                            who('Willowmere Birth Center', 'news@' + WB), who('Friends of Willowmere', 'friends@' + WB)))

b = """Journal club summary -- June

1) Outcomes of care in US birth centers (national registry, 2019-2022)
   - 46,712 people admitted in labor at 178 accredited birth centers.
   - Intrapartum transfer 11.9% (nulliparas 21.3%, multiparas 4.2%); most
     transfers non-urgent (prolonged labor, pain relief request).
   - Cesarean rate 5.8% overall; no difference in neonatal death rate
     compared with matched low-risk hospital cohort (0.4 per 1,000).
   - Takeaway for us: our 12% transfer rate is in line; the registry data
     support earlier transfer decisions for nulliparas with slow first stage.

2) GLP-1 receptor agonists and weight outcomes in a community clinic
   (retrospective, n=1,124 adults, 12 months)
   - Mean weight loss 11.6% on semaglutide, 15.2% on tirzepatide.
   - 22% stopped within 6 months, mostly for cost or GI side effects.
   - Compounded products were not studied separately.

Discussion Thursday 12:15, community room. Article PDFs are in the shared
drive under Journal Club / 2024-06.

Kerry-Ann and Greta
"""
add('clean', 'news', '', fin(T(b), 'Journal club summary - June (birth center outcomes, GLP-1)', KERRY,
                            ALL_WB + ', ' + ALL_CL))

h = """<html><body style="font-family:Trebuchet MS,Arial,sans-serif;background:#fffaf3">
<div style="max-width:600px;margin:auto;padding:20px;border:2px solid #e3b04b">
<h1 style="color:#b5651d;text-align:center">World Breastfeeding Week<br>Community Open House</h1>
<p style="text-align:center;font-size:13pt"><b>Saturday, August 3 &middot; 10 am &ndash; 2 pm</b><br>
2200 Alder Crest Pkwy, Fernhollow (free parking in rows A&ndash;F)</p>
<ul>
<li>Free lactation drop-in with our IBCLCs &ndash; no appointment needed</li>
<li>Tours of the birth suites every half hour</li>
<li>Little Harbor Pediatrics: car seat checks with certified techs</li>
<li>Cedar Line Vein &amp; Weight: free leg-health info table and blood pressure checks</li>
<li>Kids' corner, snacks and a raffle for a doula package donated by Hearthside Doulas</li>
</ul>
<p>Interpreters for Spanish and Vietnamese will be on site. All families welcome.</p>
<p style="text-align:center;font-size:9pt;color:#777">Questions: (503) 555-0142 &middot; willowmerebirth.example/events</p>
</div></body></html>"""
add('clean', 'news', '', fin(T(h, 'html', cte='quoted-printable'), 'You\'re invited: World Breastfeeding Week open house Aug 3',
                            who('Willowmere Birth Center', 'events@' + WB), who('Community list', 'community@' + WB)))

b = """LITTLE HARBOR PEDIATRICS -- FAMILY NEWSLETTER, JULY

Back-to-school shots
Our walk-in vaccine clinic runs every Wednesday 3-6 pm from July 10 to
August 28. Bring your child's vaccine card. Kindergarten and 7th grade
requirements are posted at littleharborpeds.example/schools.

RSV protection for newborns
Babies born October through March may be eligible for the RSV antibody
shot before they leave the hospital or birth center, or at their first
visit with us. Ask at your prenatal visits -- our neighbors at Willowmere
can help you plan.

Welcome Dr. Tariq Bellamy
Dr. Bellamy joins us from Children's of the Sound and is accepting new
patients. He speaks English and French.

Summer safety
Water safety: always within arm's reach. Sunscreen from 6 months.
Hot cars: look before you lock.

After-hours nurse line: (503) 555-0189
Little Harbor Pediatrics, 2210 Alder Crest Pkwy, Fernhollow OR
"""
add('clean', 'news', '', fin(T(b), 'Little Harbor July newsletter: vaccine clinic, RSV, welcome Dr. Bellamy',
                            who('Little Harbor Pediatrics', 'news@' + LH), who('Little Harbor Families', 'families@' + LH)))

# ==========================================================================
# CLEAN: training
# ==========================================================================
b = """Team,

New transfer summary template below. Paste it into the EMS/hospital email and
fill in every line; "unknown" is fine, blank is not. The second copy is a
filled-in SAMPLE using a made-up client so you can see the level of detail
St. Brendan asked for. It is fictitious -- don't go looking for her chart.

=== TEMPLATE ===
Client name:          [Last, First]
DOB:                  [MM/DD/YYYY]
WBC chart #:          [WBC-####]
Insurance / ID:       [payer, member ID]
Gravida/Para:         [G_ P____]
EDD / GA:             [date] / [weeks+days]
Blood type / Rh:      [ ]
GBS:                  [pos/neg/unknown, date]
Allergies:            [ ]
Labor onset / ROM:    [time, fluid color]
Last exam:            [dil / eff / station, time]
FHR:                  [baseline, variability, decels]
Reason for transfer:  [ ]
Meds given:           [drug, dose, route, time]
Transport:            [EMS / private car, departure time]
Attending midwife:    [name, credential, cell]

=== SAMPLE (FICTITIOUS CLIENT -- TRAINING ONLY) ===
Client name:          Sample, Jane Q.
DOB:                  01/01/1990
WBC chart #:          WBC-0000
Insurance / ID:       Example Health Plan, ID EX000000000
Gravida/Para:         G1 P0
EDD / GA:             [example date] / 41+1
Blood type / Rh:      O pos
GBS:                  negative (example)
Allergies:            NKDA
Labor onset / ROM:    spontaneous 02:00 / ROM 06:00 clear
Last exam:            8 / 100 / 0 at 14:00 (unchanged x 3 hrs)
FHR:                  baseline 135, moderate variability, no decels
Reason for transfer:  arrest of dilation, requests epidural
Meds given:           none
Transport:            private car, departed 14:40
Attending midwife:    [your name], CNM, (503) 555-01XX

Roz
"""
add('clean', 'training', '', fin(T(b), 'Transfer summary template + filled sample', ROZ, CLIN_WB))

b = """Charting quiz -- student midwives, week 6
(Answer key at the bottom. All cases are invented for teaching.)

Case A. A 29-year-old G2P1 at 39+2 weeks calls at 03:00 with contractions
every 4 minutes for 1 hour, lasting 60 seconds. Her first labor was 7 hours.
Q1. What three things do you document from the phone call?
Q2. When do you tell her to come in?

Case B. At a 36-week visit a client's blood pressure is 142/92 and repeats at
140/90 after 15 minutes. She has no headache or visual changes.
Q3. What labs do you order, and what is the threshold for consulting?
Q4. Write a one-line SOAP "A/P" for this visit.

Case C. A newborn at 1 hour has a respiratory rate of 72 and mild grunting,
temp 36.4 C.
Q5. List two immediate actions and when you'd call for transfer.

ANSWER KEY
1. Time of onset, frequency/duration, ROM/bleeding/fetal movement.
2. Multip with a 7 hr first labor: come in now / when contractions are
   5-1-1 or sooner given distance.
3. CBC with platelets, CMP (AST/ALT, creatinine), urine protein:creatinine;
   consult per protocol for any severe-range value or symptoms.
4. "A: elevated BP at 36 wk without severe features. P: labs today, BP
   recheck in 48 h, preeclampsia precautions reviewed, consult CNM/MD."
5. Skin-to-skin and warm, reassess in 15 min; pulse oximetry; transfer if
   grunting or tachypnea persists past 2 hours or SpO2 < 95%.
"""
add('clean', 'training', '', fin(alt(b), 'Week 6 charting quiz + key', GRETA,
                                who('Student Midwives', 'students@' + WB), cc=who('Wren Castillo', 'wcastillo@' + WB)))

pol = [('h', 'WILLOWMERE BIRTH CENTER / CEDAR LINE VEIN & WEIGHT'),
       ('h', 'Policy AD-14: Release of Records and Minimum Necessary Use'),
       'Effective: 07/01/2024   Review: annually   Owner: Privacy Officer (Marcus Pell)',
       ('h', '1. Purpose'),
       'To describe how client and patient records are released to clients, other providers, payers and third parties, '
       'and how staff limit internal use to the minimum necessary.',
       ('h', '2. Release to other treating providers'),
       'Records may be sent to St. Brendan Regional Medical Center, Little Harbor Pediatrics and other treating providers '
       'for continuity of care without written authorization. Use secure mail or fax; verify the fax number before sending.',
       ('h', '3. Release to clients'),
       'Clients may request a copy of their record in writing. Copies are provided within 15 business days. '
       'Photo ID is required at pickup.',
       ('h', '4. Email'),
       'Do not put client names, dates of birth or account numbers in email subject lines. Use initials and chart number '
       'in the body, or the secure portal. Doulas are not workforce members and receive information only with the client\'s '
       'signed consent (form DC-2).',
       ('h', '5. Shared building'),
       'The two practices share a front lobby and a fax gateway but not records. Staff of one practice may not access '
       'the other practice\'s EHR.',
       ('h', '6. Violations'),
       'Report suspected misdirected mail to the Privacy Officer within 24 hours using form PR-1.',
       [['Version', 'Date', 'Change'], ['1.0', '03/2021', 'Initial'], ['1.3', '06/2024', 'Added doula consent, shared fax gateway']]]
b = """Hi all,

Attached is the revised release-of-records policy (AD-14) for both practices.
Please read it and sign the attestation in the LMS by June 28. The main
changes are the email subject line rule (section 4) and the doula consent
form.

Marcus Pell
Privacy Officer
"""
add('clean', 'training', '', fin(mixed(T(b), A(docx(pol), DOCX, 'AD-14 Release of Records v1.3.docx')),
                                'Policy AD-14 revised - please attest by 6/28', MARCUS, ALL_WB + ', ' + ALL_CL))

s837t = x12([
    'BHT*0019*00*TRAIN0001*20240517*1022*CH',
    'NM1*41*2*TRAINING SUBMITTER*****46*TRN0001',
    'NM1*40*2*EXAMPLE CLEARINGHOUSE*****46*EXCH',
    'HL*1**20*1',
    'NM1*85*2*EXAMPLE VEIN CLINIC*****XX*0000000000',
    'HL*2*1*22*0',
    'SBR*P*18*GROUP000******CI',
    'NM1*IL*1*SAMPLE*TEST****MI*XYZ000000000',
    'DMG*D8*19000101*F',
    'NM1*PR*2*EXAMPLE PAYER*****PI*00000',
    'CLM*TRAIN-0001*100***11:B:1*Y*A*Y*Y',
    'HI*ABK:Z0000',
    'LX*1',
    'SV1*HC:99213*100*UN*1***1',
    'DTP*472*D8*20240101'], 1, 'TRAINSUB', 'EXAMPLECH', 'HC', '005010X222A1', '837')
b = """Billing lunch-and-learn: reading an 837P

Everything below is a TRAINING EXAMPLE -- the patient "SAMPLE, TEST", member
ID XYZ000000000, NPI 0000000000 and payer are all placeholders and will be
rejected by any real payer. Don't copy these values into a real claim.

Walk-through:
  NM1*IL  = the subscriber (name, member ID qualifier MI)
  DMG     = date of birth and sex of the subscriber
  CLM     = our claim ID, total charge, place of service 11 (office)
  HI      = diagnosis codes (ABK = principal)
  SV1     = each service line: CPT, charge, units
  DTP*472 = date of service

""" + s837t + """
Homework: find the segment you'd change if the rendering provider differs
from the billing provider (hint: it's missing here).

Priya Raman, CPC
"""
add('clean', 'training', '', fin(T(b), 'Lunch-and-learn: reading an 837P (training example)', PRIYA,
                                ALL_CL + ', ' + MARCUS))

form = """CEDAR LINE VEIN & WEIGHT -- WEIGHT PROGRAM INTAKE (v3, blank template)

Name: ______________________________   DOB: ____/____/______
Preferred name / pronouns: ________________
Phone: (____) ____-______    Email: ______________________
Preferred language: ______________   Interpreter needed? Y / N

Height: ______   Current weight: ______ lb   Goal weight: ______ lb
Highest adult weight: ______   Weight at age 20: ______

Current medications: _______________________________________________
Allergies: __________________________________________________________
Previous weight-loss medications (name, dates, side effects): _______
History of pancreatitis, gallbladder problems, thyroid cancer in the
family? Y / N   If yes, explain: _____________________________________
Pregnant, breastfeeding or planning pregnancy in the next 6 months? Y / N

Payment: [ ] insurance  [ ] cash-pay package  [ ] HSA/FSA

Staff use only: BMI ______  BP ______  A1c date ______  Provider ______
"""
b = """Hi Shauna and Jun,

Here's the updated blank intake (v3) -- we added the pregnancy/breastfeeding
question and the family history line after the last protocol review. Please
print 50 and recycle the old v2 stack. The PDF version for the website is
coming from the designer next week.

Kerry-Ann
"""
add('clean', 'training', '', fin(mixed(T(b), AT(form, 'weight_intake_v3_BLANK.txt', cte='7bit')),
                                'New intake form v3 (blank)', KERRY, SHAUNA + ', ' + who('Jun Takahashi', 'jtakahashi@' + CL)))

hand = ['HEARTHSIDE DOULAS - NEW DOULA TRAINING, SESSION 4',
        'Communicating with the midwives: what to share, how, and when', '',
        'Role-play scenarios (all clients are fictional, made up for this session)', '',
        'Scenario 1 - "Client A", 38 weeks, first baby.',
        '  Client A texts you at 22:00 that she has had contractions for 3 hours, about 8 minutes apart.',
        '  Practice: what you ask, what you tell her, and when you call the on-call midwife.',
        '  Debrief: doulas do not assess dilation or give medical advice; we listen, support and connect.', '',
        'Scenario 2 - "Client B", postpartum day 4.',
        '  Client B mentions at a home visit that she feels sad and can\'t sleep even when the baby sleeps.',
        '  Practice: open questions, validating, and getting her permission to tell her midwife today.', '',
        'Scenario 3 - "Client C", wants her mother in the room but the partner does not.',
        '  Practice: a three-way conversation plan, and who decides (the client).', '',
        'Rules for messages to Willowmere:',
        '  - Only share what the client has agreed you can share (consent form DC-2).',
        '  - Use the client\'s first name and due date in the body, never in the subject line.',
        '  - Urgent? Call, don\'t email. The on-call number is on the back of your badge.', '',
        'Next session: birth plan conversations and comfort measures (bring a rebozo).']
b = """Hi new doulas,

Handout for Saturday's session is attached -- please read through the three
role-play scenarios ahead of time. We'll pair up and rotate.

See you at 9 in the Willowmere community room,
Noor
"""
add('clean', 'training', '', fin(mixed(alt(b), A(pdf(hand), 'application/pdf', 'Session4_communicating_with_midwives.pdf')),
                                'Session 4 handout (role plays)', NOOR,
                                who('New doula cohort', 'cohort2024@' + HD)))

# ==========================================================================
# write everything out
# ==========================================================================
EXPECTED = OrderedDict([
    (('phi', 'care'), 8), (('phi', 'names'), 8), (('phi', 'self'), 7), (('phi', 'ids'), 8),
    (('phi', 'lists'), 7), (('phi', 'struct'), 7), (('phi', 'lang'), 8),
    (('clean', 'staff'), 7), (('clean', 'admin'), 7), (('clean', 'lookalike'), 7),
    (('clean', 'news'), 6), (('clean', 'training'), 6)])

cnt = Counter((l, k) for l, k, _, _ in MESSAGES)
for key, n in EXPECTED.items():
    assert cnt[key] == n, '%s: expected %d, got %d' % (key, n, cnt[key])
assert set(cnt) == set(EXPECTED), set(cnt) ^ set(EXPECTED)
assert len(MESSAGES) == 86
assert sum(1 for m in MESSAGES if m[0] == 'phi') == 53
assert sum(1 for m in MESSAGES if m[0] == 'clean') == 33

os.makedirs(OUT, exist_ok=True)
seen = Counter()
rows = [['file', 'label', 'kind', 'patient_name']]
for label, kind, patient, msg in MESSAGES:
    seen[(label, kind)] += 1
    fn = '%s-%s-%03d.eml' % (label, kind, seen[(label, kind)])
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=email.policy.SMTP))
    rows.append([fn, label, kind, patient])
with open(os.path.join(OUT, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
    csv.writer(f, lineterminator='\n').writerows(rows)

for (label, kind), n in EXPECTED.items():
    print('%s-%s: %d' % (label, kind, seen[(label, kind)]))
print('total: %d' % len(MESSAGES))
