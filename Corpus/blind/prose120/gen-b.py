#!/usr/bin/env python3
"""Generate an evaluation mailbox for a brokerage / travel-clinic setting.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
"""
import sys, os, io, re, csv, json, random, zipfile, zlib, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from email.headerregistry import Address

SEED = 12002
random.seed(SEED)

EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}

REG = []


def reg(label, kind, patient=''):
    def deco(fn):
        REG.append((label, kind, patient, fn))
        return fn
    return deco


# ---------------------------------------------------------------- people / orgs
BRK = 'harrowgatebenefits.example'
CLN = 'northpointtravelhealth.example'
MER = 'meridianlife.example'
CMH = 'cascadiamutual.example'
KDA = 'keystonedental.example'
PDI = 'pinecrestdi.example'
FPS = 'fieldstoneparamed.example'
ARL = 'alliedrisklabs.example'


def A(name, addr):
    user, dom = addr.split('@')
    return str(Address(display_name=name, username=user, domain=dom))


LEAH = A('Leah Castellano', 'leah.castellano@' + BRK)
DANA = A('Dana Whitcombe', 'dana@' + BRK)
MARCUS = A('Marcus Oyelaran', 'moyelaran@' + BRK)
PRIYA = A('Priya Raghunathan', 'priya.r@' + BRK)
TOM = A('Tom Brezina', 'tbrezina@' + BRK)
INES = A('Inês Ferreira', 'ines.ferreira@' + BRK)
BRK_ALL = A('Harrowgate Team', 'team@' + BRK)

GWEN = A('Gwen Albright, RN', 'gwen.albright@' + CLN)
KHANH = A('Khánh Trần', 'ktran@' + CLN)
ROSA = A('Rosa Delgado', 'rdelgado@' + CLN)
OKAFOR = A('Samuel Okafor MD', 'sokafor@' + CLN)
BETH = A('Bethany Lund', 'frontdesk@' + CLN)
MARG = A('Marguerite Stoll', 'billing@' + CLN)
CLN_ALL = A('Northpoint Clinical Staff', 'clinical-staff@' + CLN)

JANET = A('Janet Koury', 'jkoury@' + MER)
VICTOR = A('Victor Halloran', 'victor.halloran@' + PDI)
SHONDA = A('Shonda Pettiford', 'spettiford@' + FPS)
FPS_SCHED = A('Fieldstone Scheduling', 'scheduling@' + FPS)
RICH = A('Rich Vantongeren', 'rvantongeren@' + FPS)

CHERYL = A('Cheryl Monaghan', 'cmonaghan@baywatercabinetry.example')
NADIA = A('Nadia Haddad', 'nadia.haddad@saffrontable.example')
GARY = A('Gary Pruitt', 'gary@tricountyautoglass.example')
BEA = A('Beatrix Holm', 'director@oakridgemontessori.example')
RAFAEL = A('Rafael Quintero', 'rquintero@lumenvine.example')

SIG_LEAH = """Leah Castellano
Client Service & Claims Advocate
Harrowgate Benefits Group
(503) 555-0142 direct | (503) 555-0100 main
leah.castellano@harrowgatebenefits.example"""

SIG_MARCUS = """Marcus Oyelaran, REBC
Senior Account Manager, Group Benefits
Harrowgate Benefits Group | 2150 SW Columbia St, Suite 400, Portland OR 97201
o: 503-555-0151  c: 503-555-0166"""

SIG_TOM = """--
Tom Brezina, CLU
Life & Disability Specialist
Harrowgate Benefits Group
503.555.0158"""

SIG_PRIYA = """Priya Raghunathan
Individual & Family Plans | Harrowgate Benefits Group
Book a call: harrowgatebenefits.example/priya
503-555-0147"""

SIG_INES = """Inês Ferreira
Atendimento ao Cliente / Servicio al Cliente / Client Service
Harrowgate Benefits Group · 503-555-0139"""

SIG_GWEN = """Gwen Albright, RN, BSN
Clinical Lead, Northpoint Travel Health & Immunization
1180 NW Glisan St, Ste 210 | Portland, OR 97209
Clinic (503) 555-0170 | Fax (503) 555-0171"""

SIG_KHANH = """Khanh Tran, RN
Northpoint Travel Health & Immunization
(503) 555-0170 ext 4"""

SIG_JANET = """Janet Koury, FALU
Senior Underwriter, Individual Life
Meridian Life & Annuity Company
Tel 860-555-0127"""

SIG_VICTOR = """Victor Halloran
Claims Examiner II, Individual Disability
Pinecrest Disability Insurance Co.
Phone 207-555-0183 | Fax 207-555-0184"""

DISC_BRK = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the
named recipient(s) and may contain confidential, privileged or personal health
information protected by federal and state law. If you received this in error,
please notify the sender and delete it. Harrowgate Benefits Group is a licensed
insurance producer; coverage is subject to the terms of the policy issued."""

DISC_MER = """This communication from Meridian Life & Annuity Company is confidential and
intended solely for the addressee. Unauthorized review, use or disclosure is
prohibited. Underwriting decisions are not final until communicated in writing."""

DISC_CLN = """The information in this message is confidential and intended only for the
recipient(s) named above. If you are not the intended recipient, please call
(503) 555-0170 and delete this message. Northpoint Travel Health & Immunization."""


# ---------------------------------------------------------------- helpers
def _dst(y, m, d):
    """US daylight time: second Sunday of March to first Sunday of November."""
    def nth_sunday(month, n):
        first = datetime.date(y, month, 1)
        return first + datetime.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    return nth_sunday(3, 2) <= datetime.date(y, m, d) < nth_sunday(11, 1)


ZONES = {'P': -8, 'M': -7, 'C': -6, 'E': -5}


def when(y, m, d, h=None, mi=None, tz='P'):
    h = random.randint(7, 18) if h is None else h
    mi = random.randint(0, 59) if mi is None else mi
    off = ZONES[tz] + (1 if _dst(y, m, d) else 0)
    return datetime.datetime(y, m, d, h, mi, random.randint(0, 59),
                             tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def mid(domain):
    return '<%s.%s@%s>' % (''.join(random.choice('0123456789abcdef') for _ in range(16)),
                           ''.join(random.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(8)),
                           domain)


def dom_of(addr):
    m = re.search(r'@([A-Za-z0-9.\-]+)', addr)
    return m.group(1) if m else 'mail.example'


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip('\n').split('\n'))


def gmail_hdr(d, who):
    return 'On %s %s wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), who)


def outlook_hdr(frm, d, to, subj, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, d.strftime('%A, %B %-d, %Y %-I:%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n' % subj
    return s


def fwd_hdr(frm, d, subj, to):
    return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n'
            % (frm, d.strftime('%a, %b %-d, %Y at %-I:%M %p'), subj, to))


def auto_cte(s, charset):
    """What a typical client would pick: 7bit/8bit unless lines are too long for SMTP."""
    raw = s.encode(charset)
    if max((len(l) for l in raw.splitlines()), default=0) > 990:
        return 'quoted-printable'
    try:
        raw.decode('ascii')
        return '7bit'
    except UnicodeDecodeError:
        return '8bit'


def build(frm, to, subject, text=None, *, date, html=None, cc=None, cte=None, charset='utf-8',
          html_cte=None, html_charset=None, atts=(), irt=None, headers=None, mailer=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = ', '.join(to) if isinstance(to, (list, tuple)) else to
    if cc:
        m['Cc'] = ', '.join(cc) if isinstance(cc, (list, tuple)) else cc
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid(dom_of(frm))
    if irt:
        m['In-Reply-To'] = irt
        m['References'] = irt
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in (headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte or auto_cte(text, charset))
        if html is not None:
            hc = html_charset or charset
            m.add_alternative(html, subtype='html', charset=hc, cte=html_cte or auto_cte(html, hc))
    elif html is not None:
        hc = html_charset or charset
        m.set_content(html, subtype='html', charset=hc, cte=html_cte or cte or auto_cte(html, hc))
    for a in atts:
        attach(m, a)
    return m


def attach(m, a):
    kind = a[0]
    if kind == 'text':          # ('text', str, subtype, filename[, charset[, cte]])
        _, s, st, fn = a[:4]
        cs = a[4] if len(a) > 4 else 'utf-8'
        cte = a[5] if len(a) > 5 else auto_cte(s, cs)
        m.add_attachment(s, subtype=st, charset=cs, filename=fn, cte=cte)
    elif kind == 'bytes':       # ('bytes', data, maintype, subtype, filename)
        _, data, mt, st, fn = a
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    elif kind == 'msg':         # ('msg', EmailMessage)
        m.add_attachment(a[1])
    else:
        raise ValueError(kind)


def xesc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


ZDT = (2025, 1, 6, 9, 30, 0)


def zbuild(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return bio.getvalue()


def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1'):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (colname(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == '':
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
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
    return zbuild([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                   ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def make_docx(blocks):
    """blocks: list of str (paragraph) or list-of-lists (table)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith('**')
            t = b.strip('*')
            rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
            body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t)))
        else:
            rows = []
            for row in b:
                tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr><w:p><w:r>'
                              '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in row)
                rows.append('<w:tr>%s</w:tr>' % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl>' % ''.join(rows))
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
    return zbuild([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(lines, title='Document', per_page=52, font_size=9):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'
    kids = []
    n = 4
    for pl in pages:
        stream = 'BT /F1 %d Tf 40 800 Td %d TL\n' % (font_size, font_size + 4)
        for l in pl:
            stream += '(%s) Tj T*\n' % _pdf_esc(l)
        stream += 'ET'
        raw = zlib.compress(stream.encode('cp1252', 'replace'))
        page_id, cont_id = n, n + 1
        n += 2
        objs[page_id] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] '
                         '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cont_id).encode()
        objs[cont_id] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw)) + raw + b'\nendstream'
        kids.append(page_id)
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    info_id = n
    objs[info_id] = ('<< /Title (%s) /Producer (ReportWriter 4.2) /CreationDate (D:20250301090000) >>'
                     % _pdf_esc(title)).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (info_id + 1)
    for i in range(1, info_id + 1):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (info_id + 1, info_id, xref)
    return bytes(out)


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


def x12(segs, elem='*', term='~\n'):
    return term.join(segs) + term.rstrip('\n') + '\n'


def html_wrap(inner, font='Calibri, Arial, sans-serif'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:11pt;color:#222">\n%s\n</div></body></html>' % (font, inner))


def p(*paras):
    return '\n'.join('<p>%s</p>' % x.replace('\n', '<br>\n') for x in paras)


# ======================================================================== PHI: CARE
@reg('phi', 'care', 'Gerald Amundsen')
def care1():
    d0 = when(2025, 3, 11, 8, 5)
    orig = """Hi Gwen,

Quick one - our client Gerald Amundsen (Tri-County Auto Glass group plan) said he saw
you yesterday before his Ghana trip. He asked me whether Cascadia picks up any of it.
Can you tell me what was actually done so I can check it against the plan? He wasn't
sure and just said "a lot of shots."

Thanks!
Leah"""
    body = """Hi Leah,

Sure. Gerald was in Monday 3/10 for a pre-travel consult (about 40 min). He got:

  - Yellow fever (YF-Vax) - certificate issued, ICVP stamped
  - Typhoid Vi injectable
  - Hep A #1
  - Rabies pre-exposure #1 of 2 (Imovax) - he'll be doing field work near livestock

Rx for Malarone sent to his pharmacy, 1 tab daily starting 2 days before departure.
He needs to come back on 3/17 for rabies #2, and Hep A #2 is due in 6 months. Total
billed $1,186; we gave him a superbill since we're out of network with Cascadia.

Gwen

""" + SIG_GWEN + "\n\n" + gmail_hdr(d0, LEAH) + "\n" + quote(orig) + "\n"
    return build(GWEN, LEAH, 'Re: Gerald Amundsen - what was done yesterday?', body,
                 date=when(2025, 3, 11, 9, 22), irt=mid(BRK))


@reg('phi', 'care', 'Marisol Vega-Prentice')
def care2():
    text = """Janet,

Exam completed today at the applicant's office for Marisol Vega-Prentice, policy app
MLA-7702931 ($750k 20-yr term).

 * Blood and urine collected 7:42 AM, fasting 11 hrs per applicant
 * BP 148/96, repeated after 5 min 142/92, pulse 84
 * Ht 5'4" Wt 171 lb
 * Resting EKG performed (12 lead), tracing uploaded to the portal
 * Specimens shipped UPS next day air to Allied Risk Labs, kit # ARL-K-558104

She mentioned she's had two ER visits since the app was signed and a scope in
January - she'll list them on the Part B addendum. Examiner: Shonda Pettiford.

Fieldstone Paramedical Services
Case Management | 888-555-0192"""
    html = html_wrap(p('Janet,',
                       'Exam completed today at the applicant\'s office for <b>Marisol Vega-Prentice</b>, policy app MLA-7702931 ($750k 20-yr term).')
                     + '<ul><li>Blood and urine collected 7:42 AM, fasting 11 hrs per applicant</li>'
                       '<li>BP 148/96, repeated after 5 min 142/92, pulse 84</li>'
                       '<li>Ht 5\'4" Wt 171 lb</li>'
                       '<li>Resting EKG performed (12 lead), tracing uploaded to the portal</li>'
                       '<li>Specimens shipped UPS next day air to Allied Risk Labs, kit # ARL-K-558104</li></ul>'
                     + p('She mentioned she\'s had two ER visits since the app was signed and a scope in January - she\'ll list them on the Part B addendum. Examiner: Shonda Pettiford.',
                         '<span style="color:#666">Fieldstone Paramedical Services<br>Case Management | 888-555-0192</span>'))
    return build(FPS_SCHED, JANET, 'Exam complete - MLA-7702931', text, html=html,
                 cc=TOM, date=when(2025, 2, 18, 13, 10), html_cte='quoted-printable')


@reg('phi', 'care', 'Dwayne Ellery')
def care3():
    d0 = when(2025, 4, 7, 8, 3)
    orig = """Marcus,

One of our finishers, Dwayne Ellery, was admitted to Mercy Ridge Medical Center late Saturday and
they took him into surgery Sunday morning. His wife called me this morning. He'll be
out at least a few weeks from what she said.

What does he need to do for the short-term disability through Pinecrest? And does
the hospital need anything from us for the medical side? I don't want to ask her too
many questions right now.

Cheryl Monaghan
HR & Payroll, Baywater Cabinetry LLC
503-555-0123"""
    body = """Hi Cheryl,

Sorry to hear that - please pass along our best to the family.

For the STD claim, three pieces:
1. Employer statement - I'll fill in what I can and send it to you to sign (last day
   worked, hours, salary).
2. Employee statement - his wife can do this over the phone with Pinecrest at
   800-555-0133 if he's not up to it. Group #PDI-GRP-40217.
3. Attending physician statement - Pinecrest will fax the surgeon directly once the
   claim is open, nothing needed from you.

Benefits start on day 8 so his first payable day would be 4/13 if he was admitted
4/5. On the medical side Mercy will bill Cascadia directly; the inpatient stay should
already be pre-certified since it came through the ER, but I'll call Cascadia to
confirm the auth is on file.

You don't need to ask her anything medical - just the dates.

Marcus

""" + SIG_MARCUS + "\n\n" + outlook_hdr(CHERYL, d0, MARCUS, 'Dwayne - out on leave') + "\n" + orig + "\n\n" + DISC_BRK
    return build(MARCUS, CHERYL, 'RE: Dwayne - out on leave', body, date=when(2025, 4, 7, 10, 44),
                 irt=mid('baywatercabinetry.example'), mailer='Microsoft Outlook 16.0')


@reg('phi', 'care', 'Harold Lindqvist')
def care4():
    body = """Tom,

We received the APS from Dr. Ferreira's office on your applicant Harold Lindqvist
(App MLA-7688410, $1.2M UL). A few things came up that weren't on the application:

- ER visit 06/2023 with overnight observation, and a second ER visit 11/2023
- Cardiac catheterization 12/2023 at St. Brendan Heart Institute, stent placed
- Currently on atorvastatin 80 mg, clopidogrel, metoprolol and metformin
- Last office visit 01/2025, labs drawn, notes say "follow up 3 months"

We will need the cardiology records including the cath report and any stress test
or echo since, and an updated Part B signed by the proposed insured. Until then the
case is pended; as it stands it would not be a Preferred offer.

Please let me know if the client wants to withdraw rather than continue.

""" + SIG_JANET + "\n\n" + DISC_MER
    return build(JANET, TOM, 'APS review - Lindqvist, H. - App MLA-7688410', body,
                 date=when(2025, 2, 4, 11, 15, tz='E'))


@reg('phi', 'care', 'Ruth Ellingsen')
def care5():
    html = html_wrap(p(
        'Hello Meridian Claims,',
        'I am writing on behalf of the family of your insured, <b>Ruth Ellingsen</b> (Policy ML-30018847, '
        'whole life, face amount $150,000), to report her death on <b>March 14, 2025</b> at her home in Salem, Oregon.',
        'She had been receiving home hospice care through Riverbend Hospice Partners for about three weeks '
        'before she passed. Her son, Karl Ellingsen, is the named primary beneficiary and can be reached at '
        '(971) 555-0108. The funeral home is ordering certified copies of the death certificate and we will '
        'forward one as soon as it arrives.',
        'Could you please send the claimant statement and let me know whether you will need the hospice '
        'records, since the policy is past its contestable period (issued 2009)?',
        'Thank you,<br>Tom Brezina, CLU<br>Life &amp; Disability Specialist<br>Harrowgate Benefits Group<br>503.555.0158'))
    return build(TOM, A('Meridian Life Claims', 'lifeclaims@' + MER), 'Death claim notification - Policy ML-30018847',
                 None, html=html, cc=A('Karl Ellingsen', 'karl.ellingsen@mailbox.example'),
                 date=when(2025, 3, 17, 9, 2), html_cte='base64')


@reg('phi', 'care', 'Paolo Benedetti')
def care6():
    body = """Rosa - can you call Paolo Benedetti back today? His measles titer came back
and he's fine to go, no MMR needed. Leave a VM if he doesn't pick up, it's ok to say
results are normal, he signed the form.

Thx
G"""
    return build(GWEN, ROSA, 'call back', body, date=when(2025, 5, 2, 14, 31), mailer='iPhone Mail (21E236)')


@reg('phi', 'care', 'Alicia Fairbanks')
def care7():
    inner = build(A('Keystone Dental Alliance', 'predeterminations@' + KDA),
                  A('Lumen & Vine Architects HR', 'hr@lumenvine.example'),
                  'Predetermination of Benefits - Ref PD-25-0081146',
                  """PREDETERMINATION OF BENEFITS

Group:        Lumen & Vine Architects (KDA Group 55810)
Patient:      Alicia Fairbanks
Subscriber:   Alicia Fairbanks
Provider:     Pearl District Family Dentistry, Dr. Hana Weiss DDS
Received:     03/28/2025

Proc  Tooth  Description                              Submitted  Allowed  Plan pays
D2740  19    Crown - porcelain/ceramic                 1,450.00  1,120.00    560.00
D3330  30    Endodontic therapy, molar                 1,280.00    980.00    784.00
D4341  UR    Perio scaling & root planing, 4+ teeth      310.00    226.00    180.80
D4341  LL    Perio scaling & root planing, 4+ teeth      310.00    226.00    180.80

Remaining annual maximum after this estimate: $294.40
This is not a guarantee of payment. Benefits are determined at time of service.
""", date=when(2025, 4, 2, 6, 0, tz='E'))
    body = """Hi Rafael,

Forwarding the predetermination for Alicia's dental work since it came to your HR inbox.
Short version: Keystone will pay about $1,700 of the roughly $3,350, and the crown is at
50%. She'll hit most of her annual max with this. If she can push the lower-left root
planing to January it would fall into next year's max.

Happy to walk her through it directly if she wants to call me.

Leah

""" + SIG_LEAH
    return build(LEAH, RAFAEL, 'Fwd: Predetermination of Benefits - Ref PD-25-0081146', body,
                 date=when(2025, 4, 2, 12, 20), atts=[('msg', inner)])


@reg('phi', 'care', 'Leonard Whitby')
def care8():
    d1 = when(2025, 1, 14, 9, 0, tz='E')
    d2 = when(2025, 1, 21, 15, 12)
    d3 = when(2025, 2, 10, 10, 41, tz='E')
    d4 = when(2025, 2, 26, 8, 55)
    m1 = """Tom,

Following up on the group RFP for Whitby Surveying. I've attached the census. Ownership
is asking whether the individual DI quotes for the two partners can be bundled with
the group LTD. Let me know what you need from me.

Victor"""
    m2 = """Victor, thanks. They'd like to keep the partners separate. Also - separate topic -
did the attending physician statement ever come in on Leonard's existing claim? He
asked me last week and I didn't have an answer.

Tom"""
    m3 = """Tom,

Yes, received 2/7 from Cascade Orthopedic. Summary for your file on claim DI-2024-0093317
(Leonard Whitby):

- Attending PT 3x/week at Columbia Physical Therapy since 12/16
- Second surgery 11/22/24, hardware removal; surgeon Dr. Amrit Bains
- Medication changed 1/30 from oxycodone to tramadol 50 mg prn
- Restrictions: no lifting >10 lb, no climbing ladders, sit/stand at will
- Estimated return to work pushed from 4/1 to 6/2/2025

Benefits continue through the next review date 4/15. We'll need an updated APS then.

Victor Halloran"""
    m4 = """Victor - great, thanks. I'll let him know. On the RFP, attaching the updated census
with the new hire added. Can we get a quote by 3/7?

Tom"""
    body = """Victor,

Circling back on the quote deadline - the partners meet Thursday. Anything you can
send by Wednesday is fine, even if it's preliminary.

Thanks,
""" + SIG_TOM + "\n\n" + gmail_hdr(d4, TOM) + "\n" + quote(
        m4 + "\n\n" + gmail_hdr(d3, VICTOR) + "\n" + quote(
            m3 + "\n\n" + gmail_hdr(d2, TOM) + "\n" + quote(
                m2 + "\n\n" + gmail_hdr(d1, VICTOR) + "\n" + quote(m1))))
    return build(TOM, VICTOR, 'Re: Whitby Surveying - group LTD RFP / partners DI', body,
                 date=when(2025, 3, 4, 16, 2), cte='base64', irt=mid(PDI))


# ======================================================================== PHI: NAMES
@reg('phi', 'names', 'Nguyễn Thị Hương')
def names1():
    d0 = when(2025, 4, 22, 17, 40)
    prev = """Can you check whether she tolerated the first JE dose ok? Her daughter called
asking about the second one. -G"""
    body = """She came in at 2 for JE #2 (Ixiaro), tolerated fine, observed 15 min, no issues.
Daughter interpreted again. She still needs the rabies pre-exposure series before
she leaves for Quảng Nam on 6/9 - she'll be in a village with a lot of dogs. Can you
put it on Dr. Okafor's standing order list so I can start dose 1 Monday?

Also her card still lists the old Medicare Advantage plan, front desk is updating.

Khanh

""" + gmail_hdr(d0, GWEN) + "\n" + quote(prev)
    return build(KHANH, GWEN, 'Re: Nguyễn Thị Hương', body, date=when(2025, 4, 24, 15, 5))


@reg('phi', 'names', 'Adeyemi, Oluwaseun')
def names2():
    text = """Tom,

Adeyemi, Oluwaseun - App MLA-7702215 - $500,000 / 20-yr term

The blood profile came back with ALT 112 and GGT 180, and the hepatitis B surface
antigen is reactive. Mr. Adeyemi disclosed nothing on the Part B. Before we can
make an offer we need:

  1. Records from his PCP for the last 5 years
  2. A hepatitis B viral load and liver ultrasound if done
  3. Alcohol use questionnaire (form UW-112, attached to the portal)

If he has been under treatment with a hepatologist and the viral load is suppressed
we may be able to get to Standard. Otherwise expect a postpone.

Regards,
""" + SIG_JANET + "\n\n" + DISC_MER
    html = html_wrap(p('Tom,', '<b>Adeyemi, Oluwaseun</b> - App MLA-7702215 - $500,000 / 20-yr term',
                       'The blood profile came back with ALT 112 and GGT 180, and the hepatitis B surface antigen is reactive. '
                       'Mr. Adeyemi disclosed nothing on the Part B. Before we can make an offer we need:')
                     + '<ol><li>Records from his PCP for the last 5 years</li><li>A hepatitis B viral load and liver ultrasound if done</li>'
                       '<li>Alcohol use questionnaire (form UW-112, attached to the portal)</li></ol>'
                     + p('If he has been under treatment with a hepatologist and the viral load is suppressed we may be able to get to Standard. Otherwise expect a postpone.',
                         'Regards,<br>' + SIG_JANET.replace('\n', '<br>'),
                         '<small style="color:#888">' + DISC_MER.replace('\n', ' ') + '</small>'))
    return build(JANET, TOM, 'Requirements - MLA-7702215', text, html=html, date=when(2025, 3, 3, 14, 48, tz='E'),
                 cte='quoted-printable', html_cte='quoted-printable')


@reg('phi', 'names', 'Fernando de la Cruz')
def names3():
    body = """Hi Carol,

Sending over the own-occupation DI application for Dr. Fernando de la Cruz, a general
dentist in Hillsboro (age 41, $9,500/mo benefit requested, 90-day EP, to 67).

Heads up before your team reads the medical section: Mr. de la Cruz's lumbar
discectomy at L5-S1 was in March 2021. He did PT for about four months afterward and
has had no treatment since - no injections, no imaging, no missed work after
July 2021. He's back to a full chair schedule, four days a week. Dr. de la Cruz's
surgeon's office (Dr. Keiko Amano, Tualatin Spine) has agreed to send records.

I know a back exclusion is likely. If you can offer it with a 3-year review rather
than a permanent rider, he'll take it. He's also asked whether a modified rider that
excludes only the lumbar spine is possible.

Thanks,
""" + SIG_TOM
    return build(TOM, A('Carol Benning', 'cbenning@' + PDI), 'DI app - de la Cruz, own-occ - back history note',
                 body, date=when(2025, 1, 29, 10, 17))


@reg('phi', 'names', 'Katarzyna Wiśniewska-Dąbrowska')
def names4():
    body = """Dr. Okafor,

Need your signature on a yellow fever medical waiver today if possible.
Katarzyna Wiśniewska-Dąbrowska (goes by Kasia) is 18 weeks pregnant and flying to
Entebbe on 5/3 to visit her husband's family. Uganda requires proof of YF for entry from some
routes; she is routing via Amsterdam so technically it's only recommended, but she
wants the letter in case.

Per our protocol I did NOT give YF. Kasia did get Tdap today (pregnancy dose) and flu.
Hep A and typhoid deferred - I'd like your call on Hep A for her since it's inactivated.

Her OB is Dr. Ewa Nowicka at Alder Creek Women's Health and she's aware of the trip.

Waiver draft is in your inbox in the EHR. Thanks -

Gwen

""" + SIG_GWEN
    return build(GWEN, OKAFOR, 'YF waiver needed - Wiśniewska-Dąbrowska', body, date=when(2025, 4, 15, 11, 5),
                 charset='iso-8859-2', cte='quoted-printable')


@reg('phi', 'names', 'Abdulrahman Al-Saadi')
def names5():
    d0 = when(2025, 2, 12, 9, 18)
    orig = """Hi Marcus,

I need your help with something sensitive. Abdulrahman Al-Saadi, one of our line
cooks at the Division St location (he's been with us 6 years), told me his kidneys
have failed and he started dialysis three times a week at the dialysis center on
82nd. He's still working, just moved to day shifts.

Mr. Al-Saadi asked me whether he should sign up for Medicare now and whether he would
lose our group plan if he does. He's 52. I honestly don't know what to tell him.

Nadia Haddad
HR Manager, Saffron Table Restaurant Group"""
    body = """Nadia,

Thanks for bringing this to me. A few facts that will help Abdulrahman decide:

- Because he's on dialysis he's eligible for Medicare now regardless of age. He can
  enroll and KEEP the group plan; he does not lose it.
- For the first 30 months of Medicare eligibility your group plan stays primary and
  Medicare pays second. After that Medicare becomes primary.
- Part B premium is about $185/mo. Many people in his spot enroll in Part A right away
  and time Part B carefully - I'd like to walk him through that on the phone.

Could you ask him if it's ok for me to call him directly? I'd rather not put his
details in more emails than needed.

Marcus

""" + SIG_MARCUS + "\n\n" + gmail_hdr(d0, NADIA) + "\n" + quote(orig) + "\n\n" + DISC_BRK
    return build(MARCUS, NADIA, 'Re: question about one of our cooks', body, date=when(2025, 2, 12, 13, 40),
                 irt=mid('saffrontable.example'))


@reg('phi', 'names', 'Venkataraman Subramaniam')
def names6():
    d0 = when(2025, 5, 6, 15, 2, tz='E')
    inner_hdr = fwd_hdr(JANET, d0, 'Offer - MLA-7705590', TOM)
    inner = """Tom, the offer on MLA-7705590 is Table 2 (+50%) due to the A1C of 7.9 and the
microalbumin. Offer good for 60 days.

Janet Koury"""
    body = """Janet,

re: Venkataraman Subramaniam, MLA-7705590

I'd like to ask for a reconsideration on the Table 2. Venkat's endocrinologist (Dr.
Lisa Marchetti) sent a letter, attached, showing his A1C was 6.8 on 4/28 after the
switch to Ozempic in January, and the repeat microalbumin was normal. He's lost 22 lb
since the exam. The 7.9 was drawn two weeks after he started the new medication.

Could we get him to Table 1 or even Standard with the updated labs? He's also open to
a re-exam if that's easier.

Thanks,
Tom

""" + inner_hdr + "\n" + inner + "\n\n" + SIG_TOM
    pdf = make_pdf([
        'LAKESIDE ENDOCRINOLOGY ASSOCIATES',
        '4400 SW Kelly Ave, Portland OR 97239   Tel 503-555-0114',
        '', 'May 2, 2025', '', 'To Whom It May Concern:', '',
        'RE: Venkataraman Subramaniam   DOB 09/14/1978', '',
        'Mr. Subramaniam has been under my care since 2022 for type 2 diabetes.',
        'Semaglutide was started 01/2025. Most recent results (04/28/2025):',
        '   Hemoglobin A1c ........ 6.8 %',
        '   Urine microalb/creat .. 18 mg/g (normal)',
        '   eGFR .................. 94',
        'He is adherent to treatment and attends follow-up every 3 months.', '',
        'Lisa Marchetti, MD'], title='Letter - Subramaniam')
    return build(TOM, JANET, 'Reconsideration request - MLA-7705590 (Subramaniam)', body,
                 date=when(2025, 5, 7, 9, 30), atts=[('bytes', pdf, 'application', 'pdf', 'Subramaniam_endo_letter.pdf')])


@reg('phi', 'names', 'Chiamaka Obi-Nwosu')
def names7():
    body = """Hi Marcus,

Chiamaka Obi-Nwosu, one of our lead guides in the toddler room, is expecting in
late August (she told me I could share this with you). Chiamaka has a few questions I
couldn't answer:

 - Does the Pinecrest short-term disability cover maternity, and for how long? Her
   midwife said she'll probably have a C-section because of the last delivery.
 - Does it matter that she went from 0.8 to 1.0 FTE in January?
 - Her baby will need to go on the Cascadia plan - does she do that before or after?

She'd prefer to talk to you by phone after school hours (after 3:30). Her cell is
503-555-0195.

Thanks so much,
Bea

Beatrix Holm
Head of School, Oakridge Montessori"""
    return build(BEA, MARCUS, 'maternity questions for one of my teachers', body, date=when(2025, 3, 20, 15, 48),
                 mailer='Apple Mail (2.3774.500.171.1.1)')


@reg('phi', 'names', 'Anneke van der Berg')
def names8():
    html = html_wrap(
        '<p>Gwen / Khanh -</p>'
        '<p><b>Ms. van der Berg</b> called at 8:10 (Anneke van der Berg, the Tanzania safari couple from Tuesday). '
        'Her left arm is swollen and hot from the shoulder to the elbow after the typhoid and hep A shots yesterday, '
        'she took her temp this morning and it was 101.2. No trouble breathing, no hives.</p>'
        '<p>She wants to know if she should come in or go to urgent care. I told her a nurse would call back before 10. '
        'Best number is her cell <b>(360) 555-0129</b>.</p>'
        '<p>Also her husband is fine, no reaction.</p>'
        '<p>Bethany<br><span style="color:#777">Front Desk | Northpoint Travel Health</span></p>')
    return build(BETH, [GWEN, KHANH], 'URGENT callback - reaction after shots', None, html=html,
                 date=when(2025, 6, 5, 8, 16))


# ======================================================================== PHI: SELF
@reg('phi', 'self', 'Jenna Morrow')
def self1():
    body = """Hi Priya,

Thanks for the quotes. Before I pick one I wanted to be upfront about a couple of
things in case they matter for the application:

- I was on Lexapro for anxiety from 2019 to mid-2021, tapered off with my doctor and
  haven't needed anything since.
- I had a knee scope (torn meniscus) last October, all done, no more PT.
- I'm on birth control, that's it for meds.

I know the ACA plans can't turn me down but the life policy you mentioned asks a lot
of health questions so I didn't want to get it wrong. My DOB is 11/23/1990 if you need
it for the quote.

Thanks!
Jenna Morrow
(503) 555-0187"""
    return build(A('Jenna Morrow', 'jenna.morrow@mailbox.example'), PRIYA, 'Re: quotes for me',
                 body, date=when(2024, 11, 12, 21, 14))


@reg('phi', 'self', 'Rick Dunaway')
def self2():
    html = html_wrap(
        '<p>Hi Leah,</p>'
        '<p>Cheryl in HR said I should email you directly. My physical therapy claims keep getting denied. '
        'I had ACL reconstruction on my right knee on January 9 and the surgeon ordered PT twice a week for '
        '12 weeks. Cascadia paid the first 12 visits and then started denying everything after that saying '
        '"visit limit reached." I now have 7 visits they won\'t pay, about $1,150.</p>'
        '<p>My PT says I\'m not done - I still can\'t run and I\'m a field guy so I need it. '
        'Is there an appeal or a way to get more visits approved?</p>'
        '<p>Thanks,<br>Rick<br>Baywater Cabinetry (install crew)</p>'
        '<p style="color:#888;font-size:9pt">Sent from my Android phone</p>')
    return build(A('Rick Dunaway', 'rdunaway77@inboxly.example'), LEAH, 'PT denied again', None, html=html,
                 date=when(2025, 4, 28, 19, 2))


@reg('phi', 'self', 'Sarah Lindgren-Hale')
def self3():
    body = """Hello,

I'm trying to figure out what vaccines I need before my trip and I'm getting conflicting
information online. I leave for Peru (Cusco and then 5 days in the Amazon around
Puerto Maldonado) on June 14.

A couple of things about me:
- I'm 22 weeks pregnant (second baby, everything normal so far)
- I'm allergic to eggs, I had hives with a flu shot years ago
- I had Hep A and B as a kid I think but don't have records

Can I get the yellow fever vaccine? My OB said to ask a travel clinic. Also is malaria
medicine safe for the baby? I'd like to book the earliest appointment you have.

Thank you,
Sarah
DOB 04/19/1991
Cell 971-555-0152"""
    return build(A('Sarah Lindgren-Hale', 'slhale@postbox.example'), A('Northpoint Travel Health', 'info@' + CLN),
                 'Pregnant and traveling to Peru - vaccine question', body, date=when(2025, 5, 11, 22, 40))


@reg('phi', 'self', 'Hector Villanueva')
def self4():
    d0 = when(2025, 2, 20, 10, 0)
    orig = """Dear Hector,

Your paramedical exam for Meridian Life has been scheduled:
  Date: Tuesday, February 25, 2025
  Time: 10:30 AM
  Location: Your home, as requested
  Examiner: Shonda Pettiford

Please fast for 8 hours before the exam (water is OK) and have a photo ID and a list
of your current medications ready.

Fieldstone Scheduling"""
    body = """Hi,

Can we move this earlier? I'm a type 1 diabetic on an insulin pump and I really can't
fast until 10:30 without going low. My endo says if I have to fast it should be first
thing in the morning. 7:00 or 7:30 would be ideal. If not, can I have juice if my
sugar drops and you note it?

My meds: insulin lispro (pump), lisinopril 10 mg, and a statin.

Thanks,
Hector Villanueva

""" + gmail_hdr(d0, FPS_SCHED) + "\n" + quote(orig)
    return build(A('Hector Villanueva', 'hvillanueva@netzone.example'), FPS_SCHED,
                 'Re: Your exam appointment - Meridian Life', body, date=when(2025, 2, 20, 18, 33))


@reg('phi', 'self', 'Denise Harrower')
def self5():
    html = html_wrap(p(
        'Mr. Halloran,',
        'I received the letter saying my claim is under review and you need an update on my condition. '
        'I am answering here because I can\'t always reach you by phone.',
        'I still cannot sit for more than 20 minutes at a time. The nerve pain goes down my left leg '
        'most days and my foot goes numb when I drive. My neurosurgeon, Dr. Pak, wants another MRI in '
        'May and said a second fusion is possible. I am on gabapentin 600 mg three times a day and it '
        'makes me foggy, so I cannot do the detail work my job requires (I was a claims auditor, '
        'eight hours at a screen).',
        'I go to physical therapy on Mondays and Thursdays and to pain management once a month. '
        'I also started seeing a counselor in February because this has been very hard on me and '
        'my family, and I am taking sertraline for that now.',
        'Please let me know what else you need. I am doing everything they tell me to.',
        'Sincerely,<br>Denise Harrower<br>Claim DI-2023-0071842'))
    return build(A('Denise Harrower', 'dharrower@mailbox.example'), VICTOR,
                 'Claim DI-2023-0071842 - my update', None, html=html, cc=TOM,
                 date=when(2025, 3, 27, 23, 5), html_cte='quoted-printable')


@reg('phi', 'self', 'Mark Tessaro')
def self6():
    d0 = when(2025, 1, 16, 11, 20)
    orig = """Mark - the application asks two questions you left blank:
  8(c) Have you used any tobacco or nicotine product in the past 12 months?
  14  In the past 5 years have you had any diagnostic test or procedure not already listed?
Can you answer those and I'll update the app before it goes to Meridian?
Tom"""
    body = """Tom,

8(c): I vaped (nicotine) until last March, quit cold turkey 3/12/24. Nothing since.
Does that count against me as a smoker? The nurse at the exam asked too and I told her
the same thing.

14: Had a colonoscopy Jan 8 at Northgate GI Associates. They took out two polyps, came back
benign, doctor said repeat in 5 years instead of 10. That's the only thing.

Mark

Sent from my iPhone

""" + gmail_hdr(d0, TOM) + "\n" + quote(orig)
    return build(A('Mark Tessaro', 'mtessaro@lumenvine.example'), TOM, 'Re: two blank questions on your application',
                 body, date=when(2025, 1, 16, 20, 58), cte='quoted-printable')


@reg('phi', 'self', 'Lorraine Beaulieu')
def self7():
    body = """Hello Harrowgate,

I bought the individual Keystone Dental plan through you last year (member ID
KDA-IND-2290417). I cracked my lower left molar on Sunday and had it pulled Tuesday
at Sunnyside Dental. The dentist says I should get an implant and a crown, around
$4,800 total, and I have a bone graft scheduled first.

Is any of that covered? The plan book is confusing about "major services" and whether
implants count. I'm 64 and on a fixed income so I need to know before I say yes.

Thank you,
Lorraine Beaulieu
DOB 2/2/1961
(503) 555-0113"""
    return build(A('Lorraine Beaulieu', 'lbeaulieu@postbox.example'), A('Harrowgate Service', 'service@' + BRK),
                 'Dental implant - is it covered?', body, date=when(2025, 6, 12, 10, 3),
                 charset='iso-8859-1')


# ======================================================================== PHI: IDS
@reg('phi', 'ids', 'Theresa Gallo')
def ids1():
    text = """Cascadia Mutual Health - Member Appeals
Re: Level 1 appeal, claim 2025-0317-884120-01

Member:        Theresa Gallo
Member ID:     CMH-8834-22710-01
Group:         Tri-County Auto Glass, #CMH40017
DOB:           03/07/1962
Provider MRN:  0048-221-7 (Summit Imaging Center)
Date of svc:   02/26/2025
Service:       MRI lumbar spine w/o contrast (CPT 72148)
Billed:        $2,140.00
Denial code:   PA-04 "prior authorization not obtained"

The ordering physician's office requested authorization on 02/21 by fax (confirmation
attached, ref FX-221904) and was told verbally on 02/24 that none was required because
the MRI followed six weeks of failed conservative treatment. We ask that the denial be
overturned and the claim reprocessed. Ms. Gallo has a member authorization on file
naming our office as her representative (signed 01/15/2025).

""" + SIG_LEAH
    html = html_wrap('<p>Cascadia Mutual Health - Member Appeals<br><b>Re: Level 1 appeal, claim 2025-0317-884120-01</b></p>'
                     '<table cellpadding="3" style="border-collapse:collapse;font-size:10pt">'
                     + ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % (k, v) for k, v in [
                         ('Member', 'Theresa Gallo'), ('Member ID', 'CMH-8834-22710-01'),
                         ('Group', 'Tri-County Auto Glass, #CMH40017'), ('DOB', '03/07/1962'),
                         ('Provider MRN', '0048-221-7 (Summit Imaging Center)'), ('Date of svc', '02/26/2025'),
                         ('Service', 'MRI lumbar spine w/o contrast (CPT 72148)'), ('Billed', '$2,140.00'),
                         ('Denial code', 'PA-04 "prior authorization not obtained"')])
                     + '</table>'
                     + p('The ordering physician\'s office requested authorization on 02/21 by fax (confirmation attached, ref FX-221904) '
                         'and was told verbally on 02/24 that none was required because the MRI followed six weeks of failed conservative '
                         'treatment. We ask that the denial be overturned and the claim reprocessed. Ms. Gallo has a member authorization '
                         'on file naming our office as her representative (signed 01/15/2025).',
                         SIG_LEAH.replace('\n', '<br>')))
    pdf = make_pdf(['FAX TRANSMISSION CONFIRMATION', '', 'Ref: FX-221904', 'Date: 02/21/2025 14:12',
                    'From: Gresham Family Medicine 503-555-0135', 'To: Cascadia UM Dept 800-555-0177',
                    'Pages: 4   Result: OK', '', 'Re: Prior auth request - GALLO, THERESA  DOB 03/07/1962',
                    'Member CMH-8834-22710-01   MRI L-spine w/o contrast 72148'], title='Fax confirmation')
    return build(LEAH, A('Cascadia Member Appeals', 'appeals@' + CMH), 'Appeal - claim 2025-0317-884120-01 (Gallo)',
                 text, html=html, date=when(2025, 3, 24, 10, 12),
                 atts=[('bytes', pdf, 'application', 'pdf', 'FX-221904_confirmation.pdf')])


@reg('phi', 'ids', 'THIBODEAUX, MARCUS J')
def ids2():
    body = """Provider Services,

We are resubmitting the attached records for the claim below which was denied for
"medical records required."

Patient: THIBODEAUX, MARCUS J
Chart #: NTH-004417
DOB: 1988-11-02
Cascadia member no. CMH-6120-55873-00
DOS: 2025-01-08
Services: 90717 yellow fever vaccine, 90691 typhoid Vi, 90632 hep A adult,
          90471 / 90472 x2 admin, 99203 consult
Dx: Z23, Z71.84
Our claim ref: NTH-CL-25-00188  |  Your claim no. 2025-0114-771035-01

Please note the employer group (Lumen & Vine Architects) has a travel immunization
rider effective 1/1/2025, which covers these services.

Thank you,
Marguerite Stoll
Billing Coordinator
Northpoint Travel Health & Immunization
(503) 555-0172 / fax 0171

""" + DISC_CLN
    return build(MARG, A('Cascadia Provider Services', 'providerservices@' + CMH),
                 'Records for denied claim 2025-0114-771035-01', body, date=when(2025, 2, 3, 13, 30),
                 atts=[('bytes', make_pdf(['NORTHPOINT TRAVEL HEALTH & IMMUNIZATION - VISIT RECORD', '',
                                           'Patient: Thibodeaux, Marcus J     Chart #: NTH-004417     DOB: 11/02/1988',
                                           'Visit: 01/08/2025  Provider: Gwen Albright RN / S. Okafor MD', '',
                                           'Destination: Colombia (Cartagena, Leticia), 3 weeks, depart 02/02/2025',
                                           'Allergies: NKDA   Meds: none', '',
                                           'Administered:',
                                           '  Yellow fever (YF-Vax) 0.5 mL SC L deltoid   lot UJ884A  exp 07/2026',
                                           '  Typhoid Vi (Typhim Vi) 0.5 mL IM R deltoid lot V2231   exp 03/2026',
                                           '  Hep A (Havrix 1440) 1 mL IM L deltoid      lot 7HA19   exp 11/2026',
                                           'Observed 15 min, tolerated well.',
                                           'Malaria chemoprophylaxis: atovaquone-proguanil 250/100, #30, Rx to Hawthorne Pharmacy'],
                                          title='Visit record NTH-004417'), 'application', 'pdf', 'NTH-004417_visit_20250108.pdf')])


@reg('phi', 'ids', 'Ama Owusu-Ansah')
def ids3():
    body = """PRIOR AUTHORIZATION REQUEST - FAX/EMAIL COVER

To: Pacific Crest Pharmacy Benefits - PA Dept
From: Northpoint Travel Health & Immunization, Dr. S. Okafor (NPI 1356672019)

Member name:  Ama Owusu-Ansah
Member ID:    W2847 19305
Rx BIN 610455  PCN PCRX  Group CMH40217
Date of birth: 7 Feb 1975

Drug requested: atovaquone-proguanil 250/100 mg, #44 (1 daily, 2 days before through
7 days after a 5-week trip to Ghana and Togo)
Rejection at pharmacy: 75 - prior authorization required / 76 - plan limit exceeded (qty 30)

Clinical justification: traveler to high-transmission area for 35 days; prior
intolerance to mefloquine (vivid dreams, anxiety - 2019); doxycycline not suitable due
to photosensitivity history. Requesting quantity override to #44.

Please reply to this address or fax 503-555-0171.
Khanh Tran, RN for Dr. Okafor"""
    return build(KHANH, A('PA Department', 'pa-requests@pacificcrestrx.example'),
                 'PA request - Owusu-Ansah - W2847 19305', body, date=when(2025, 6, 18, 9, 41),
                 cte='quoted-printable')


@reg('phi', 'ids', 'Roberta Quist')
def ids4():
    body = """Records Department
Gresham Family Medicine

Meridian Life & Annuity is evaluating a claim on the policy below and requests copies of
the insured's medical records. A signed authorization is attached.

  Insured:           Roberta Quist
  Date of birth:     February 3rd, 1958
  SSN (last 4):      xxx-xx-4471
  Policy number:     ML-44192055
  Date of death:     January 19, 2025
  Policy issue date: October 1, 2023 (within the two-year contestable period)

Please provide, for 10/01/2020 through the date of death:
  - All office notes, problem lists and medication lists
  - Lab and imaging reports
  - Referral letters and consult notes (cardiology, pulmonology)
  - Any records of tobacco use counseling

Our reference is CLM-L-25-004518. Invoice for copy fees may be sent to the address below.

""" + SIG_JANET + "\nLife Claims Review Unit\n\n" + DISC_MER
    pdf = make_pdf(['AUTHORIZATION TO RELEASE MEDICAL INFORMATION', '',
                    'I authorize any physician, hospital or other medical provider to release to',
                    'Meridian Life & Annuity Company all records concerning the decedent:',
                    '   Name: Roberta Quist      DOB: 02/03/1958      SSN: xxx-xx-4471', '',
                    'Signed: Anders Quist (spouse / executor)       Date: 02/02/2025'], title='Authorization')
    return build(JANET, A('Records Dept', 'records@greshamfamilymed.example'),
                 'Records request - Quist, Roberta - CLM-L-25-004518', body,
                 date=when(2025, 2, 6, 8, 47, tz='E'), cc=TOM,
                 atts=[('bytes', pdf, 'application', 'pdf', 'Quist_authorization.pdf')])


@reg('phi', 'ids', 'Walter Kowalczyk')
def ids5():
    body = """Shonda,

New assignment for Thursday 3/13, 9:00 AM. Home visit - please read the notes.

Applicant:   Walter Kowalczyk
Address:     4412 Larkspur Ln, Apt 3B, Gresham OR 97030
Phone:       (503) 555-0161 (wife Irene answers)
Carrier:     Meridian Life - app MLA-7703377 - $100k final expense
Exam:        Paramed + blood/urine, no EKG

Notes: Applicant uses a wheelchair since his stroke in 2022 and cannot stand for a
weight - use the stated weight and note it. He has a home health aide 8-11 on
weekdays so go after 9. Ramp at the side door, ring the bell twice. He takes warfarin
so hold pressure on the draw site for extra time.

Please confirm.

Fieldstone Scheduling
Case # FPS-25-018830"""
    return build(FPS_SCHED, SHONDA, 'Assignment Thu 3/13 9:00 - Gresham - FPS-25-018830', body,
                 date=when(2025, 3, 11, 15, 20))


@reg('phi', 'ids', 'Oliver Pennington')
def ids6():
    html = html_wrap(
        '<p>Dear Mr Pennington,</p>'
        '<p>Thank you for visiting Northpoint Travel Health. As requested, here is an itemised statement '
        'for your insurer in the UK.</p>'
        '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
        '<tr><td>Account</td><td>Acct 00739215</td></tr>'
        '<tr><td>Patient</td><td>Oliver Pennington</td></tr>'
        '<tr><td>D.O.B.</td><td>11.06.1990</td></tr>'
        '<tr><td>Visit date</td><td>14 May 2025</td></tr>'
        '<tr><td>Services</td><td>Travel consultation (30 min); Rabies pre-exposure dose 2 of 2 (Rabavert); '
        'Japanese encephalitis dose 2 of 2 (Ixiaro); Cholera oral vaccine (Vaxchora)</td></tr>'
        '<tr><td>Total charges</td><td>USD 1,064.00</td></tr>'
        '<tr><td>Paid (Visa ending 4419)</td><td>USD 1,064.00</td></tr>'
        '<tr><td>Balance</td><td>USD 0.00</td></tr></table>'
        '<p>Your International Certificate of Vaccination has been updated. Please keep this statement '
        'with your claim form for Albion Expat Health (policy ref AEH/7720914/01).</p>'
        '<p>Kind regards,<br>Marguerite Stoll<br>Billing, Northpoint Travel Health &amp; Immunization</p>'
        '<p style="font-size:8pt;color:#888">' + DISC_CLN.replace('\n', ' ') + '</p>')
    return build(MARG, A('Oliver Pennington', 'o.pennington@albionmail.example'),
                 'Your statement - Acct 00739215', None, html=html, date=when(2025, 5, 15, 10, 2),
                 html_cte='base64')


@reg('phi', 'ids', 'Jerome Baptiste')
def ids7():
    body = """EMPLOYER'S STATEMENT - SHORT TERM DISABILITY

Claim No.:            DI-2025-0104482
Group policy:         PDI 55-20418
Employer:             Tri-County Auto Glass Inc.
Employee:             Jerome Baptiste
Employee ID:          E-00417
SSN:                  524-71-3390
DOB:                  19790822
Job title:            Auto glass technician (heavy: lifts 50-75 lb)
Date last worked:     03/01/2025
Reason absent:        Hospitalized 03/02-03/09 (Rosewood Medical Center), off per surgeon
Scheduled hours:      40/wk
Base pay:             $27.40/hr
Other income:         None
Return to work:       Unknown - awaiting surgeon release

Completed by: Gary Pruitt, Owner          Date: 03/12/2025

Victor - the above is also on the signed PDF form. Let me know if you need payroll
records. Jerome's wife is handling his side.
Gary"""
    return build(GARY, VICTOR, 'Employer statement - Baptiste - DI-2025-0104482', body,
                 cc=MARCUS, date=when(2025, 3, 12, 16, 50), mailer='Microsoft Outlook 16.0')


@reg('phi', 'ids', 'Sofia Marín')
def ids8():
    d0 = when(2025, 4, 9, 14, 5)
    fwd = """Keystone Dental Alliance - Orthodontic pre-treatment estimate

Subscriber:    Diego Marín
Subscriber ID: KDA 771 204 559
Patient:       Sofia Marín (dependent)
Pt DOB:        5/9/14
Provider:      Bridgeport Orthodontics, Dr. Naomi Feld
Treatment:     D8080 comprehensive ortho, adolescent - 24 months
Fee:           $6,450.00
Lifetime ortho max: $1,500.00 (50%)
Estimated plan payment: $1,500.00, paid $375 at banding, balance quarterly

Note: Patient's braces are scheduled to be placed 05/14/2025."""
    body = """Hi Marcus,

Forwarding this from our ortho's office for my daughter. My question: my wife also has
Keystone through her job at the county. Can we bill both plans so the second one
picks up more of the $6,450? Sofia's appointment is May 14.

Thanks,
Diego Marín
Lumen & Vine Architects

""" + fwd_hdr(A('Bridgeport Orthodontics', 'billing@bridgeportortho.example'), d0,
              'Pre-treatment estimate - Sofia', A('Diego Marín', 'dmarin@lumenvine.example')) + "\n" + fwd
    return build(A('Diego Marín', 'dmarin@lumenvine.example'), MARCUS, 'Fwd: Pre-treatment estimate - Sofia', body,
                 date=when(2025, 4, 10, 7, 55), charset='iso-8859-1', cte='quoted-printable')


# ======================================================================== PHI: LISTS
@reg('phi', 'lists', 'Achterberg, Naomi')
def lists1():
    body = """Hi Rafael,

Here's the summary from Friday's on-site travel clinic for the Nairobi project team, as
requested for your trip file. Everyone signed the release to share vaccination status
with the firm. Full certificates went home with each person.

Name                    DOB         YF     Typhoid  HepA   Notes
----------------------  ----------  -----  -------  -----  ------------------------------
Achterberg, Naomi       1985-07-19  given  given    #1     observed 30 min (egg allergy)
Brandt, Ellis           1979-02-03  prior  given    immune YF from 2016 still valid
Chaudhry, Imran         1991-10-28  given  given    #1
Delacroix, Margot       1988-05-11  defer  given    #1     YF deferred - pregnant, waiver issued
Fujimoto, Ken           1974-12-30  defer  given    #1     YF deferred - on methotrexate
Osei, Kwabena           1983-08-08  given  given    immune
Reyes-Gutierrez, Ana    1995-03-14  given  oral     #1     prefers oral typhoid

Malaria tablets prescribed for all seven. Margot and Ken will need a letter for border
control, which Dr. Okafor signed.

Hep A #2 is due in 6 months for five of them. We'll send reminders.

Gwen

""" + SIG_GWEN + "\n\n" + DISC_CLN
    return build(GWEN, RAFAEL, 'Nairobi team - on-site clinic summary', body, date=when(2025, 3, 3, 12, 15))


@reg('phi', 'lists', 'PRUITT, GERALD')
def lists2():
    body = """Marcus,

Per your request for the Tri-County Auto Glass renewal (group CMH40017), large claimant
detail for the 12 months ending 02/28/2025. Claimants over $15,000 paid. Because this
group has fewer than 50 enrolled the report is released to the broker of record only
under your BAA; please do not forward to the employer.

Member              | Rel | Age | Dx category               | Paid YTD   | Status
--------------------|-----|-----|---------------------------|------------|-----------
PRUITT, GERALD      | EE  | 61  | Cardiac - CABG            | $148,220   | Closed
PRUITT, DONNA       | SP  | 59  | Oncology - breast         |  $92,410   | Ongoing
HOLLOWAY, TREVOR    | EE  | 34  | Musculoskeletal - ortho   |  $38,760   | Closed
NUNEZ, CAMILA       | DEP | 7   | Respiratory - inpatient   |  $21,905   | Closed
BAPTISTE, JEROME    | EE  | 45  | Trauma - surgical         |  $19,880   | Ongoing
TOTAL               |     |     |                           | $321,175   |

Ongoing claimants are expected to continue into the renewal year. Pooling point for
this group is $50,000 per member.

Rhonda Castillo
Account Executive, Small Group
Cascadia Mutual Health | 503-555-0190"""
    return build(A('Rhonda Castillo', 'rcastillo@' + CMH), MARCUS, 'Large claimant report - Tri-County Auto Glass 2025 renewal',
                 body, date=when(2025, 3, 14, 9, 5))


@reg('phi', 'lists', 'Brian Osterhout')
def lists3():
    rows = [['case_no', 'carrier', 'app_no', 'applicant', 'dob', 'phone', 'exam_type', 'status', 'attempts', 'note'],
            ['FPS-25-018402', 'Meridian Life', 'MLA-7701904', 'Brian Osterhout', '06/30/1969', '503-555-0102',
             'Paramed+Blood+Urine+EKG', 'NO SHOW', '2', 'not home 2/18; rescheduled 2/24 not home'],
            ['FPS-25-018417', 'Meridian Life', 'MLA-7702001', 'Leticia Arroyo', '01/12/1984', '971-555-0118',
             'Paramed+Blood+Urine', 'CANCELLED', '1', 'applicant says she is in the hospital, call back in 2 wks'],
            ['FPS-25-018450', 'Meridian Life', 'MLA-7702214', 'Yuri Antonenko', '09/03/1977', '503-555-0124',
             'Paramed+Blood+Urine', 'PARTIAL', '1', 'could not obtain blood - hard stick, 3 attempts; urine sent'],
            ['FPS-25-018477', 'Meridian Life', 'MLA-7702390', 'Denise Pelletier', '08/15/1969', '503-555-0131',
             'Paramed+Blood+Urine+EKG', 'RESCHEDULE', '1', 'requested female examiner; on chemo, wants am appt'],
            ['FPS-25-018481', 'Meridian Life', 'MLA-7702411', 'Hamid Rostami', '04/22/1990', '360-555-0144',
             'Paramed+Blood+Urine', 'NO SHOW', '3', 'three missed appts - recommend close'],
            ]
    body = """Tom,

Attached is this week's exception report for your Meridian cases. Five open items:
two no-shows, one cancel, one partial, one reschedule. The partial on Antonenko will
need a redraw; Allied can do it at their Beaverton PSC if he'd rather walk in.

Let us know which ones you want closed.

Rich Vantongeren
Operations Manager | Fieldstone Paramedical Services
888-555-0192 x210"""
    return build(RICH, TOM, 'Weekly exception report - Harrowgate cases', body, date=when(2025, 2, 28, 14, 0),
                 atts=[('text', csv_text(rows), 'csv', 'Harrowgate_exceptions_2025-02-28.csv')])


@reg('phi', 'lists', 'Luis Carmona')
def lists4():
    rows = [['Saffron Table Restaurant Group - Employee Health Statement Summary (level-funded quote)'],
            ['Prepared for Harrowgate Benefits Group - confidential underwriting use'],
            [],
            ['Name', 'Rel', 'DOB', 'Condition disclosed', 'Treatment / Rx', 'Last treated', 'Expected cost 12 mo'],
            ['Luis Carmona', 'EE', '1972-04-09', 'Type 2 diabetes', 'metformin, Jardiance', '2025-01', 9400],
            ['Luis Carmona', 'SP (Elena)', '1975-09-30', 'Rheumatoid arthritis', 'Humira biweekly', '2025-02', 78000],
            ['Thi Mai Le', 'EE', '1988-11-17', 'Pregnancy - due 2025-07', 'prenatal care', '2025-02', 16500],
            ['Samer Al-Ali', 'EE', '1990-06-02', 'None', '', '', 0],
            ['Reem Al-Ali', 'SP', '1993-01-21', 'Pregnancy - due 2025-05', 'OB, planned C-section', '2025-02', 22000],
            ['Abdulrahman Al-Saadi', 'EE', '1972-08-14', 'Kidney failure', 'dialysis 3x/wk', '2025-02', 145000],
            ['Jordan Pike', 'EE', '1999-03-03', 'Depression', 'sertraline, therapy', '2024-12', 3200],
            ['Marisela Cruz', 'DEP', '2012-10-05', 'Asthma', 'albuterol, Flovent', '2025-01', 1800],
            ]
    body = """Hi Marcus,

Attached are the health statements summarised into one sheet like you asked, for the
level-funded quote. I only included people who answered yes to something, plus Samer
since his wife is on there. Originals are in the locked cabinet.

Let me know if the stop-loss carrier needs the actual forms.

Nadia"""
    return build(NADIA, MARCUS, 'health statements for the quote', body, date=when(2025, 2, 25, 17, 12),
                 atts=[('bytes', make_xlsx(rows, 'Health statements'), 'application',
                        'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'SaffronTable_health_statements.xlsx')])


@reg('phi', 'lists', 'Imran Chaudhry')
def lists5():
    table = [['Patient', 'DOB', 'Phone', 'Due', 'Vaccine / dose', 'Last given'],
             ['Imran Chaudhry', '10/28/1991', '503-555-0106', '09/01/2025', 'Hep A #2', '02/28/2025'],
             ['Ana Reyes-Gutierrez', '03/14/1995', '971-555-0107', '09/01/2025', 'Hep A #2', '02/28/2025'],
             ['Nguyen Thi Huong', '07/02/1958', '503-555-0109', '05/20/2025', 'Rabies PrEP #2', '05/13/2025'],
             ['Tomasz Zielinski', '12/05/1966', '503-555-0111', '06/15/2025', 'Hep B (Heplisav) #2', '05/15/2025'],
             ['Grace Mwangi', '01/25/2001', '360-555-0112', '07/10/2025', 'HPV #3', '01/10/2025'],
             ['Oliver Pennington', '06/11/1990', 'intl', '-', 'series complete', '05/14/2025'],
             ['Bao-Chau Dinh', '08/19/1979', '503-555-0116', '06/01/2025', 'Twinrix #3 (accelerated)', '05/08/2025']]
    docx = make_docx(['**Northpoint Travel Health - Recall list: doses due May-Sept 2025**',
                      'Generated 05/19/2025 from EHR. Call, then text if no answer. Mark outcome in the chart.',
                      table,
                      'Oliver Pennington - do not call, returned to UK; keep for record only.'])
    body = """Rosa,

Recall list for this week's calls is attached. Priority is Nguyen Thi Huong (leaves
6/9, needs rabies #2 and #3 before then) and Bao-Chau Dinh's accelerated Twinrix.

Thanks!
Khanh"""
    return build(KHANH, ROSA, 'recall calls this week', body, date=when(2025, 5, 19, 8, 5),
                 atts=[('bytes', docx, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                        'Recall_list_May-Sept_2025.docx')])


@reg('phi', 'lists', 'Donna Pruitt')
def lists6():
    lines = ['CASCADIA MUTUAL HEALTH                          PENDED CLAIMS - GROUP DETAIL',
             'Group: CMH40017  TRI-COUNTY AUTO GLASS INC      Run date: 04/01/2025',
             'Broker of record: HARROWGATE BENEFITS GROUP', '',
             'CLAIM NO           MEMBER NAME            MBR ID             DOS        PROVIDER               BILLED    PEND REASON',
             '-' * 110,
             '2025-0309-118204   PRUITT, DONNA          CMH-8834-22701-02  03/05/25   ST BRENDAN CANCER CTR  18,440.00  COB questionnaire',
             '2025-0311-118877   PRUITT, DONNA          CMH-8834-22701-02  03/07/25   ST BRENDAN INFUSION     6,210.00  Med review - J9355',
             '2025-0314-120044   BAPTISTE, JEROME       CMH-8834-22719-01  03/02/25   ROSEWOOD MEDICAL CTR   54,980.00  Accident details',
             '2025-0318-121530   BAPTISTE, JEROME       CMH-8834-22719-01  03/04/25   CASCADE ANESTHESIA      3,120.00  Accident details',
             '2025-0320-122006   NUNEZ, MATEO           CMH-8834-22714-03  03/15/25   ROSEWOOD URGENT CARE      285.00  Student status',
             '2025-0325-123911   HOLLOWAY, TREVOR       CMH-8834-22709-01  03/20/25   NW SPORTS PT              410.00  Visit limit review',
             '-' * 110, 'TOTAL PENDED: 6 claims   $83,445.00', '',
             'Claims pended for accident details will be released once the member returns the',
             'accident questionnaire (form CMH-ACC-2). COB: member must confirm other coverage.']
    body = """Marcus,

Monthly pended-claims report for Tri-County attached. Two items need the employer's help:
Jerome Baptiste's accident questionnaire (his wife says she mailed it - can Gary check?)
and Donna Pruitt's COB form since she has Medicare now.

Thanks,
Rhonda"""
    return build(A('Rhonda Castillo', 'rcastillo@' + CMH), MARCUS, 'Pended claims - CMH40017 - March',
                 body, date=when(2025, 4, 1, 11, 30),
                 atts=[('bytes', make_pdf(lines, 'Pended claims CMH40017', font_size=6), 'application', 'pdf',
                        'CMH40017_pended_claims_202503.pdf')])


@reg('phi', 'lists', 'Gail Summerfield')
def lists7():
    rows = [('Time', 'Applicant', 'Address', 'Phone', 'Carrier/App', 'Exam', 'Notes'),
            ('7:00', 'Gail Summerfield', '812 NE Going St, Portland', '503-555-0121', 'Meridian MLA-7704410',
             'Blood/Urine/Paramed', 'fasting; insulin - do first'),
            ('8:30', 'Hamid Rostami', '1509 Main St #4, Vancouver WA', '360-555-0144', 'Meridian MLA-7702411',
             'Blood/Urine/Paramed', '4th attempt'),
            ('10:00', 'Priscila Andrade', '77 SW Gibbs St, Portland', '971-555-0128', 'Meridian MLA-7704502',
             'Paramed/EKG', 'pacemaker - note model'),
            ('11:30', 'Dmitri Volkov', '3300 SE 82nd Ave Apt 12, Portland', '503-555-0133', 'Pinecrest DI-APP-55102',
             'Blood/Urine', 'wife interprets (Russian)'),
            ('1:30', 'Yolanda Greer', '4019 N Williams Ave, Portland', '503-555-0137', 'Meridian MLA-7704519',
             'Paramed only', 'pregnant - no weight req.')]
    text = "Shonda - your route for Wed 3/19. Please text the office when each one is done.\n\n"
    text += '\n'.join('\t'.join(r) for r in rows)
    text += "\n\nKits are in the drop box, 5 blood / 5 urine / 1 EKG packet.\n-- Fieldstone Scheduling"
    html = html_wrap('<p>Shonda - your route for <b>Wed 3/19</b>. Please text the office when each one is done.</p>'
                     '<table border="1" cellspacing="0" cellpadding="4" style="font-size:9pt">'
                     + ''.join('<tr>%s</tr>' % ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % xesc(c) for c in r)
                               for i, r in enumerate(rows))
                     + '</table><p>Kits are in the drop box, 5 blood / 5 urine / 1 EKG packet.<br>-- Fieldstone Scheduling</p>')
    return build(FPS_SCHED, SHONDA, 'Route Wed 3/19 (5 stops)', text, html=html, date=when(2025, 3, 18, 16, 40))


# ======================================================================== PHI: STRUCT
@reg('phi', 'struct', 'Marisa Castellanos')
def struct1():
    hl7 = '\r'.join([
        'MSH|^~\\&|NTHEHR|NORTHPOINT TRAVEL HEALTH^1578820394^NPI|CSIR|ORIIS|20250312143005-0700||VXU^V04^VXU_V04|NTH20250312143005017|P|2.5.1|||ER|AL',
        'PID|1||NTH-005102^^^NTH^MR||Castellanos^Marisa^Elena^^^^L|Ruiz^^^^^^M|19880412|F||2106-3^White^CDCREC|2231 SE Alder St^^Portland^OR^97214^USA^L||^PRN^PH^^^503^5550162|||||||||2135-2^Hispanic or Latino^CDCREC',
        'PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|20250312|||A|20250312|20250312',
        'ORC|RE||NTH88231^NTH|||||||||1356672019^Okafor^Samuel^^^^^^NPI^L',
        'RXA|0|1|20250312||37^yellow fever^CVX|0.5|mL^milliliters^UCUM||00^New immunization record^NIP001|^Albright^Gwen^^^^^^^^^^^RN|^^^NTH||||UJ884A|20260731|PMC^^MVX|||CP|A',
        'RXR|C38299^Subcutaneous^NCIT|LA^Left Arm^HL70163',
        'OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||20250312',
        'RXA|0|1|20250312||52^Hep A, adult^CVX|1|mL^milliliters^UCUM||00^New immunization record^NIP001|^Albright^Gwen^^^^^^^^^^^RN|^^^NTH||||7HA19|20261130|SKB^^MVX|||CP|A',
        'RXR|C28161^Intramuscular^NCIT|RA^Right Arm^HL70163',
    ])
    body = """Hi CSIR support team,

Our interface is getting an AE back on this message and I can't tell what's wrong. The
ACK says:

  MSA|AE|NTH20250312143005017
  ERR||RXA^1^10|101^Required field missing^HL70357|W|||Administering provider ID missing

The same pattern went through fine last week. Message as sent (segments separated by
line breaks here so it's readable):

""" + hl7.replace('\r', '\n') + """

Is RXA-10 now required to have the NPI rather than just the name? Our EHR vendor says
the field is optional in the 2.5.1 guide.

Thanks,
Khanh Tran, RN
Northpoint Travel Health & Immunization
IIS org ID 40-22917"""
    return build(KHANH, A('CSIR Help Desk', 'csir.helpdesk@oriis.example'),
                 'VXU rejected - RXA-10 error - org 40-22917', body, date=when(2025, 3, 13, 10, 20))


@reg('phi', 'struct', 'Denise Pelletier')
def struct2():
    hl7 = '\r'.join([
        'MSH|^~\\&|ARL|ALLIED RISK LABS|MERIDIAN|MERIDIAN LIFE UW|20250221061500||ORU^R01|ARL5531907|P|2.3',
        'PID|1||ARL-25-0441907||PELLETIER^DENISE^M||19690815|F|||88 Birchwood Ct^^Beaverton^OR^97005||(503)555-0131',
        'PV1|1|O',
        'ORC|RE|MLA-7702390|ARL-25-0441907',
        'OBR|1|MLA-7702390|ARL-25-0441907|INSPNL^Insurance Blood Profile^L|||20250218083000|||||||20250219|BLD|||||||||F',
        'OBX|1|NM|2345-7^Glucose^LN||118|mg/dL|65-99|H|||F',
        'OBX|2|NM|4548-4^Hemoglobin A1c^LN||6.4|%|<5.7|H|||F',
        'OBX|3|NM|2093-3^Cholesterol^LN||242|mg/dL|<200|H|||F',
        'OBX|4|NM|2085-9^HDL^LN||41|mg/dL|>39|N|||F',
        'OBX|5|NM|1742-6^ALT^LN||38|U/L|0-44|N|||F',
        'OBX|6|NM|718-7^Hemoglobin^LN||10.1|g/dL|11.7-15.5|L|||F',
        'OBX|7|NM|751-8^Neutrophils^LN||1.2|10*3/uL|1.4-7.0|L|||F',
        'OBX|8|NM|2857-1^PSA^LN||||||||X',
        'OBX|9|ST|83050-7^Cotinine^LN||NEGATIVE||NEGATIVE|N|||F',
        'OBX|10|ST|5196-1^HBsAg^LN||NONREACTIVE||NONREACTIVE|N|||F',
        'OBX|11|ST|7905-3^HIV 1+2 Ab^LN||NONREACTIVE||NONREACTIVE|N|||F',
        'NTE|1||Specimen received ambient, 26 hrs post collection.',
    ]) + '\r'
    body = """Meridian Underwriting Systems,

Result file ARL5531907 failed to post to your SFTP inbound folder overnight (your
system returned "PID-3 assigning authority missing"). Re-sending the file here as an
attachment per our agreement for manual load. Please confirm receipt.

Applicant ref MLA-7702390, collected 02/18/2025 by Fieldstone.

Allied Risk Labs - Client Services
client.services@alliedrisklabs.example | 800-555-0148"""
    return build(A('Allied Risk Labs Client Services', 'client.services@' + ARL),
                 A('Meridian UW Systems', 'uw-systems@' + MER), 'Manual resend - ARL5531907 (MLA-7702390)',
                 body, cc=JANET, date=when(2025, 2, 21, 7, 5, tz='C'),
                 atts=[('bytes', hl7.encode('ascii'), 'application', 'hl7-v2', 'ARL5531907.hl7')])


def _x12_837():
    segs = [
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*NTH250314A*20250314*1022*CH',
        'NM1*41*2*NORTHPOINT TRAVEL HEALTH*****46*NTH7781',
        'PER*IC*MARGUERITE STOLL*TE*5035550172',
        'NM1*40*2*CASCADIA MUTUAL HEALTH*****46*CMH01',
        'HL*1**20*1',
        'NM1*85*2*NORTHPOINT TRAVEL HEALTH PLLC*****XX*1578820394',
        'N3*1180 NW GLISAN ST STE 210',
        'N4*PORTLAND*OR*97209',
        'REF*EI*931234567',
        'HL*2*1*22*0',
        'SBR*P*18*CMH40217******CI',
        'NM1*IL*1*OKONJO*DAMILARE*A***MI*CMH884422710',
        'N3*6120 N INTERSTATE AVE APT 5',
        'N4*PORTLAND*OR*97217',
        'DMG*D8*19810723*M',
        'NM1*PR*2*CASCADIA MUTUAL HEALTH*****PI*CMH01',
        'CLM*NTH-CL-25-00231*454***11:B:1*Y*A*Y*Y',
        'HI*ABK:Z23*ABF:Z7184',
        'NM1*82*1*OKAFOR*SAMUEL****XX*1356672019',
        'PRV*PE*PXC*207Q00000X',
        'LX*1', 'SV1*HC:90717*210*UN*1***1', 'DTP*472*D8*20250312',
        'LX*2', 'SV1*HC:90675*330*UN*1***1', 'DTP*472*D8*20250312',
        'LX*3', 'SV1*HC:90471*28*UN*1***1', 'DTP*472*D8*20250312',
        'LX*4', 'SV1*HC:90472*22*UN*1***1', 'DTP*472*D8*20250312',
    ]
    # fix claim total = 590
    segs[17] = 'CLM*NTH-CL-25-00231*590***11:B:1*Y*A*Y*Y'
    segs.append('SE*%d*0001' % (len(segs) + 1))
    isa = 'ISA*00*          *00*          *ZZ*NTHTRAVEL      *ZZ*CLAIMBRIDGE    *250314*1022*^*00501*000004417*0*P*:'
    return x12([isa, 'GS*HC*NTHTRAVEL*CLAIMBRIDGE*20250314*1022*4417*X*005010X222A1'] + segs +
               ['GE*1*4417', 'IEA*1*000004417'])


@reg('phi', 'struct', 'Damilare Okonjo')
def struct3():
    data = zbuild([('NTH_837P_20250314_4417.x12', _x12_837()),
                   ('README.txt', 'Batch 4417 - 1 claim - submitted 03/14/2025 10:22 PT\r\n')])
    body = """Hello ClaimBridge support,

Batch 4417 was rejected at the front end with 999 AK9*R. I've zipped the original 837P
file. It's a single claim for a rabies/yellow fever visit. Our practice management
vendor thinks the SBR segment is the problem but we haven't changed anything.

Submitter ID NTH7781. Could you tell me which segment failed?

Marguerite Stoll
Billing Coordinator, Northpoint Travel Health & Immunization
(503) 555-0172"""
    return build(MARG, A('ClaimBridge Support', 'support@claimbridge.example'), 'Rejected batch 4417 - 999 AK9 R',
                 body, date=when(2025, 3, 14, 13, 2),
                 atts=[('bytes', data, 'application', 'zip', 'batch4417.zip')])


@reg('phi', 'struct', 'Helena Sandoval')
def struct4():
    segs = [
        'ISA*00*          *00*          *ZZ*CASCADIAMUT    *ZZ*NTHTRAVEL      *250408*0915*^*00501*000118204*0*P*:',
        'GS*HB*CASCADIAMUT*NTHTRAVEL*20250408*0915*118204*X*005010X279A1',
        'ST*271*0001*005010X279A1',
        'BHT*0022*11*NTH0408A*20250408*0915',
        'HL*1**20*1', 'NM1*PR*2*CASCADIA MUTUAL HEALTH*****PI*CMH01',
        'HL*2*1*21*1', 'NM1*1P*2*NORTHPOINT TRAVEL HEALTH PLLC*****XX*1578820394',
        'HL*3*2*22*0', 'TRN*2*NTH0408A-17*9NTHTRAVEL',
        'NM1*IL*1*SANDOVAL*HELENA*R***MI*CMH661055890',
        'N3*2840 SE DIVISION ST', 'N4*PORTLAND*OR*97202',
        'DMG*D8*19930517*F',
        'DTP*346*D8*20240101',
        'EB*6**30**CMH SILVER PPO 4000',
        'DTP*347*D8*20250331',
        'MSG*COVERAGE TERMINATED - NONPAYMENT OF PREMIUM',
        'SE*17*0001', 'GE*1*118204', 'IEA*1*000118204']
    body = """Hi Leah,

I think this is one of your individual clients - Helena Sandoval. She's booked with us
Thursday for the second Japanese encephalitis dose and a rabies booster, and the
eligibility check we ran this morning came back terminated as of 3/31 for nonpayment.
She says she paid. Raw 271 below:

""" + x12(segs) + """
Can you check with Cascadia? Otherwise we'll have to collect $612 at the visit and
she'll need to submit for reimbursement herself.

Marguerite
Northpoint Travel Health - Billing"""
    return build(MARG, LEAH, 'eligibility shows termed - Helena Sandoval', body, date=when(2025, 4, 8, 9, 40))


@reg('phi', 'struct', 'Bao-Chau Dinh')
def struct5():
    bundle = {
        "resourceType": "Bundle", "id": "nth-export-7741", "type": "collection",
        "timestamp": "2025-05-28T10:14:03-07:00",
        "entry": [
            {"fullUrl": "urn:uuid:3b7e1f0a-5c2d-4f11-9a0e-71c2d90b4a11",
             "resource": {"resourceType": "Patient", "id": "NTH-005377",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9917.1", "value": "NTH-005377"}],
                          "name": [{"family": "Dinh", "given": ["Bao-Chau"]}],
                          "gender": "female", "birthDate": "1979-08-19",
                          "telecom": [{"system": "phone", "value": "503-555-0116", "use": "mobile"}],
                          "address": [{"line": ["7715 SE Foster Rd"], "city": "Portland", "state": "OR", "postalCode": "97206"}]}},
        ] + [
            {"fullUrl": "urn:uuid:imm-%d" % i,
             "resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": code, "display": disp}]},
                          "patient": {"reference": "Patient/NTH-005377"},
                          "occurrenceDateTime": dt, "lotNumber": lot,
                          "site": {"text": site}, "doseQuantity": {"value": dq, "unit": "mL"},
                          "protocolApplied": [{"doseNumberPositiveInt": dn}]}}
            for i, (code, disp, dt, lot, site, dq, dn) in enumerate([
                ("104", "Hep A-Hep B (Twinrix)", "2025-05-01", "TW5512", "L deltoid", 1, 1),
                ("104", "Hep A-Hep B (Twinrix)", "2025-05-08", "TW5512", "R deltoid", 1, 2),
                ("104", "Hep A-Hep B (Twinrix)", "2025-05-22", "TW5519", "L deltoid", 1, 3),
                ("101", "Typhoid Vi polysaccharide", "2025-05-01", "V2240", "R deltoid", 0.5, 1),
            ], 1)
        ] + [
            {"fullUrl": "urn:uuid:ai-1",
             "resource": {"resourceType": "AllergyIntolerance", "patient": {"reference": "Patient/NTH-005377"},
                          "code": {"text": "Sulfonamide antibiotics"}, "reaction": [{"description": "rash"}]}}
        ]}
    body = """Hello Hearthstone Health Medical Records,

Ms. Bao-Chau Dinh asked us to send her immunization history to her new primary care
team. Your records intake rejected the CCD, so per your instructions I am attaching the
FHIR R4 export. Signed release on file (dated 05/27/2025), copy available on request.

Note: the 3-dose accelerated Twinrix series is done; the 12-month booster is due
05/2026.

Thank you,
Rosa Delgado, LPN
Northpoint Travel Health & Immunization"""
    return build(ROSA, A('Hearthstone Health Records Intake', 'records.intake@hearthstonehealth.example'),
                 'Immunization records - DINH, BAO-CHAU', body, date=when(2025, 5, 28, 10, 20),
                 atts=[('text', json.dumps(bundle, indent=2, ensure_ascii=False), 'json', 'NTH-005377_fhir_export.json')])


@reg('phi', 'struct', 'Kenneth Albers')
def struct6():
    body = """QA - Part B answers for case FPS-25-019114 as recorded at the exam. Applicant
declined to complete the tablet so I keyed them in after. - Shonda

CASE: FPS-25-019114
CARRIER: Meridian Life & Annuity
APP NO: MLA-7704833
PROPOSED INSURED: Kenneth Albers
DOB: 1966-01-30
SEX: M
EXAM DATE: 2025-04-03 08:15
LOCATION: 1907 NE Knott St, Portland OR (home)
HEIGHT: 6'1"
WEIGHT: 238 lb
BP 1: 152/94  PULSE 1: 78
BP 2: 146/90  PULSE 2: 76
BP 3: 144/92  PULSE 3: 74
Q1 PHYSICIAN NAME: Dr. Raj Pillai, Alder Creek Medical Group NE
Q1 LAST VISIT: 2025-02 - annual physical, "blood pressure up"
Q3 HEART/CIRC: Yes - high blood pressure since 2019
Q4 LUNGS: Yes - sleep apnea, uses CPAP nightly
Q7 MENTAL HEALTH: No
Q9 ALCOHOL: 2-3 beers/night weekdays
Q11 MEDICATIONS: lisinopril 20 mg, amlodipine 5 mg, atorvastatin 40 mg
Q12 HOSPITAL LAST 5 YRS: Yes - 2022 Rosewood Medical Center, 2 nights, kidney stone
Q15 TOBACCO: Cigar 1-2/month
SPECIMENS: blood 2 SST + 1 lav; urine 1
EXAMINER: Shonda Pettiford, CPT #FPS-0417
APPLICANT SIGNATURE: on file (e-sign 2025-04-03 08:52)"""
    return build(SHONDA, A('Fieldstone QA', 'qa@' + FPS), 'FPS-25-019114 Part B keyed', body,
                 date=when(2025, 4, 3, 12, 5), mailer='Fieldstone Mobile 3.4 (Android)')


def _fw(fields):
    return ''.join(str(v)[:w].ljust(w) if a == 'L' else str(v)[:w].rjust(w) for v, w, a in fields)


@reg('phi', 'struct', 'Trevor Holloway')
def struct7():
    spec = [(12, 'L'), (20, 'L'), (14, 'L'), (8, 'L'), (8, 'L'), (6, 'L'), (8, 'L'), (10, 'R'), (3, 'L')]
    recs = [
        ('NTH00421877', 'HOLLOWAY', 'TREVOR', '19901107', '20241021', '90675', 'Z23', '330.00', '90'),
        ('NTH00421877', 'HOLLOWAY', 'TREVOR', '19901107', '20241028', '90675', 'Z23', '330.00', '90'),
        ('NTH00430015', 'ESTRADA-BLUM', 'FRANCESCA', '19770304', '20241112', '90717', 'Z23', '210.00', '60'),
        ('NTH00430015', 'ESTRADA-BLUM', 'FRANCESCA', '19770304', '20241112', '99203', 'Z7184', '185.00', '60'),
        ('NTH00433390', 'MBEKI', 'THANDIWE', '19850922', '20241203', '90738', 'Z23', '395.00', '120'),
        ('NTH00433390', 'MBEKI', 'THANDIWE', '19850922', '20241203', '86706', 'Z0189', '62.00', '120'),
        ('NTH00440128', 'SZABO', 'ISTVAN', '19580117', '20241219', '90691', 'Z23', '145.00', '30'),
    ]
    hdr = 'H' + 'NTHAR' + '20250105' + 'AGED AR PATIENT BALANCE EXPORT'.ljust(40) + '%05d' % len(recs)
    lines = [hdr] + ['D' + _fw(list(zip(r, [w for w, _ in spec], [a for _, a in spec]))) for r in recs]
    lines.append('T' + '%05d' % len(recs) + '%012.2f' % sum(float(r[7]) for r in recs))
    layout = """Record layout (D records):
 pos  1     rec type 'D'
 pos  2-13  account
 pos 14-33  last name
 pos 34-47  first name
 pos 48-55  DOB ccyymmdd
 pos 56-63  DOS ccyymmdd
 pos 64-69  CPT
 pos 70-77  ICD-10 (no dot)
 pos 78-87  patient balance
 pos 88-90  days aged"""
    body = """Hi Devon,

Here's the first monthly placement file for self-pay balances over 30 days, in the
fixed-width layout from your onboarding packet. Seven lines / four accounts. Please
start with a soft first notice - several of these are travelers who were told their
insurer would reimburse them.

""" + layout + """

Marguerite Stoll
Billing Coordinator, Northpoint Travel Health & Immunization"""
    return build(MARG, A('Devon Achebe', 'placements@summitrevenue.example'), 'January placement file - NTH',
                 body, date=when(2025, 1, 6, 15, 10),
                 atts=[('text', '\r\n'.join(lines) + '\r\n', 'plain', 'NTHAR_20250105.txt', 'us-ascii')])


# ======================================================================== PHI: LANG
@reg('phi', 'lang', 'Rigoberto Salgado Méndez')
def lang1():
    body = """Hola Inés,

Le escribo por la cuenta del hospital de mi esposo, Rigoberto Salgado Méndez. Lo
internaron en el Hospital San Rafael del 3 al 6 de febrero por una piedra en el riñón
y le hicieron una litotricia. Ahora nos llegó una factura de $4,870 del anestesiólogo
y la aseguradora dice que él estaba fuera de la red, aunque el hospital sí está en la
red. Nosotros no escogimos al anestesiólogo.

Su número de miembro es CMH-5521-80934-02 y la fecha de nacimiento de él es
12/08/1969. ¿Nos puede ayudar a apelar? Yo tengo todos los papeles.

Muchas gracias,
Yolanda Salgado
503-555-0119"""
    return build(A('Yolanda Salgado', 'ysalgado@mailbox.example'), INES,
                 'Factura del anestesiólogo - Rigoberto', body, date=when(2025, 3, 4, 19, 22),
                 charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'lang', 'Ольга Кравченко')
def lang2():
    d0 = when(2025, 3, 18, 21, 15)
    ru = """Здравствуйте, Том!

Пишу по поводу заявки на страхование жизни. Вчера получила письмо от Meridian: они
хотят повторный анализ крови, потому что у меня высокий холестерин (ЛПНП 182) и сахар
6,1. С декабря я принимаю аторвастатин 20 мг, мой терапевт доктор Левина может
прислать выписку из карты. Дата рождения 14.09.1972.

Можно ли перенести обследование на следующую неделю? На этой неделе у меня УЗИ
щитовидной железы в среду.

С уважением,
Ольга Кравченко"""
    body = """Olga,

Thank you - yes, we can move the redraw to next week. I've asked Fieldstone to call
you to reschedule for a morning appointment (fasting 8 hours). Please do ask Dr.
Levina's office for the last year of records including the lipid panels since starting
atorvastatin; that will help Meridian more than the redraw alone.

Good luck with the ultrasound today.

Tom

""" + SIG_TOM + "\n\n" + gmail_hdr(d0, A('Ольга Кравченко', 'okravchenko@netzone.example')) + "\n" + quote(ru)
    return build(TOM, A('Ольга Кравченко', 'okravchenko@netzone.example'), 'Re: Анализ крови для Meridian',
                 body, date=when(2025, 3, 19, 8, 40), charset='windows-1251', cte='base64')


@reg('phi', 'lang', 'Phạm Thị Lan')
def lang3():
    body = """Chào cô Lan,

Đây là Khánh, y tá ở phòng khám Northpoint. Kết quả xét nghiệm kháng thể viêm gan B
(anti-HBs) của cô ngày 2/6 là âm tính (< 10 mIU/mL), nghĩa là cô chưa có miễn dịch.
Bác sĩ Okafor đề nghị cô tiêm 2 mũi Heplisav-B, cách nhau 1 tháng. Mũi đầu tiên có
thể tiêm ngay tuần này, mũi thứ hai vào khoảng 10/7, trước khi cô về Đà Nẵng ngày 20/7.

Cô cũng cần tiêm nhắc uốn ván (Tdap) vì lần cuối là năm 2012.

Bảo hiểm Cascadia của cô (mã thành viên CMH-3390-12558-01) sẽ trả cho vắc-xin viêm gan B.
Cô gọi lại cho phòng khám số (503) 555-0170 để hẹn nhé.

-- English summary for chart / for your daughter: --
Pham Thi Lan, DOB 03/15/1966: anti-HBs negative 6/2, needs Heplisav-B x2 + Tdap
before 7/20 trip to Da Nang. Please call to schedule.

Khánh Trần, RN
Northpoint Travel Health & Immunization"""
    return build(KHANH, A('Phạm Thị Lan', 'phamthilan66@inboxly.example'),
                 'Kết quả xét nghiệm viêm gan B - cô Phạm Thị Lan', body, date=when(2025, 6, 4, 14, 12),
                 cte='quoted-printable')


@reg('phi', 'lang', '王浩然')
def lang4():
    body = """您好，

我儿子王浩然（出生日期2016年5月3日）下个月要跟我们回成都探亲，大概住三个星期。
上次来的时候护士说他还需要打甲肝第二针和伤寒疫苗。

有两件事想提前说明：他对鸡蛋过敏，以前打流感疫苗后起过荨麻疹；另外他去年三月因为哮喘
住过一次院，现在每天用吸入剂。这样打疫苗有没有问题？

请问可以预约4月8日下午吗？我们的保险是 Cascadia Mutual，会员号 CMH-7730-41186-03。

谢谢！
王丽
电话 503-555-0176"""
    return build(A('王丽', 'wangli.pdx@postbox.example'), A('Northpoint Travel Health', 'info@' + CLN),
                 '预约疫苗 - 王浩然', body, date=when(2025, 3, 25, 20, 30), charset='gbk', cte='base64')


@reg('phi', 'lang', 'ريم العلي')
def lang5():
    ar = """مرحباً أستاذة نادية،

زوجتي ريم العلي حامل في الشهر السابع، والطبيبة في مستشفى سانت برندان قالت إنها
تحتاج ولادة قيصرية يوم ٢٠ مايو بسبب وضع الجنين، وعندها سكري الحمل وتأخذ إنسولين.

هل تأميننا الصحي يغطي العملية والإقامة في المستشفى؟ وكيف أضيف المولود إلى التأمين
بعد الولادة؟

شكراً جزيلاً،
سامر العلي – المطبخ، فرع شارع ديفيجن"""
    body = """Marcus,

Samer Al-Ali in our kitchen sent me this (Arabic below, my translation here). His wife
Reem is on our plan, she's 7 months pregnant and scheduled for a C-section May 20 at
St. Brendan's. She also has gestational diabetes and is on insulin. He wants to know
(1) is the surgery and hospital stay covered and what will they owe, and (2) how to add
the baby.

Can you answer and I'll translate back to him?

Thanks,
Nadia

----- Original message -----
From: Samer Al-Ali <samer.alali@inboxly.example>
Sent: Tuesday, March 11, 2025 9:47 PM
Subject: سؤال عن التأمين

""" + ar
    return build(NADIA, MARCUS, 'FW: سؤال عن التأمين', body, date=when(2025, 3, 12, 8, 30),
                 cte='base64', mailer='Microsoft Outlook 16.0')


@reg('phi', 'lang', 'Luciana Martins Rocha')
def lang6():
    body = """Olá Sr. Anderson,

Recebi hoje a resposta da Keystone Dental sobre o tratamento da sua esposa,
Luciana Martins Rocha (carteirinha KDA 552 918 340, dependente).

- Tratamento de canal no dente 36: aprovado, o plano paga 80% (aprox. US$ 784)
- Coroa de porcelana no mesmo dente: aprovada a 50% (aprox. US$ 560)
- Clareamento: não é coberto (estético)

A dentista, Dra. Fontes, pode marcar o canal já na próxima semana. A coroa só pode ser
feita depois de 4 semanas, e a Keystone exige o raio-X pós-tratamento.

Se a Luciana tiver alguma dúvida, pode me ligar diretamente; falo português.

Abraço,
""" + SIG_INES
    return build(INES, A('Anderson Rocha', 'anderson.rocha@mailbox.example'),
                 'Resposta da Keystone - tratamento da Luciana', body, date=when(2025, 5, 20, 11, 4),
                 charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'lang', 'Woodley Joseph')
def lang7():
    body = """Bonjou Madan Leah,

Se Mirlande Joseph k ap ekri w. Pitit gason m, Woodley Joseph (li gen 9 an), te fè
yon gwo kriz opresyon lendi swa, nou te mennen l nan ijans lopital St. Brendan. Yo kenbe l yon nwit.
Doktè a ba l yon nouvo ponp (Flovent) pou l pran chak jou, men famasi a di asirans lan
pa kouvri l, yo mande m $212.

Nimewo manm li se CMH-6618-20457-03. Dat nesans li: 14 out 2015.

Eske ou ka ede m? Mwen pa konprann lèt asirans lan voye a.

Mèsi anpil,
Mirlande
(971) 555-0197"""
    return build(A('Mirlande Joseph', 'mirlandejoseph@inboxly.example'), LEAH,
                 'Ed pou medikaman Woodley', body, date=when(2025, 1, 22, 20, 18), charset='utf-8')


@reg('phi', 'lang', 'Maricel Dizon')
def lang8():
    html = html_wrap(
        '<p>Hi po Ma\'am Gwen,</p>'
        '<p>Si Maricel Dizon po ito (DOB 08/30/1987). Nagpa-PPD test po ako noong Lunes sa clinic ninyo para sa '
        'bagong trabaho ko sa Rosewood Care Home, pero hindi po ako nakabalik kahapon para ipabasa ang result '
        'kasi na-admit po ang nanay ko sa ospital.</p>'
        '<p>Puwede pa po ba ipabasa bukas ng umaga? Medyo namumula pa rin po at may bukol mga 12mm sa braso ko. '
        'Nagka-BCG po ako sa Pilipinas noong bata ako, baka po iyon ang dahilan? Kailangan ko po ng clearance '
        'bago mag-start sa Monday.</p>'
        '<p>Salamat po!<br>Maricel<br>503-555-0193</p>')
    return build(A('Maricel Dizon', 'maricel.dizon87@postbox.example'), GWEN, 'PPD reading po - Maricel Dizon',
                 None, html=html, date=when(2025, 6, 19, 7, 2), html_cte='quoted-printable')


# ======================================================================== CLEAN: STAFF
@reg('clean', 'staff')
def staff1():
    rows = [('Week of', 'Primary on-call', 'Cell', 'Backup', 'Cell', 'Physician'),
            ('Jul 7', 'Gwen Albright, RN', '503-555-0181', 'Rosa Delgado, LPN', '503-555-0182', 'S. Okafor MD'),
            ('Jul 14', 'Khanh Tran, RN', '503-555-0183', 'Gwen Albright, RN', '503-555-0181', 'S. Okafor MD'),
            ('Jul 21', 'Rosa Delgado, LPN', '503-555-0182', 'Khanh Tran, RN', '503-555-0183', 'M. Eskildsen DO'),
            ('Jul 28', 'Gwen Albright, RN', '503-555-0181', 'Khanh Tran, RN', '503-555-0183', 'S. Okafor MD')]
    body = """Team,

July after-hours on-call is below. Reminder that the after-hours line forwards to the
primary's cell from 5 PM to 8 AM and all weekend. Post-vaccine reaction calls go to the
physician after the nurse triages; anything with breathing trouble is 911 first.

""" + '\n'.join('%-8s %-20s %-13s %-20s %-13s %s' % r for r in rows) + """

Dr. Eskildsen is covering Dr. Okafor the week of the 21st (he's at the travel medicine conference).
Swaps: reply-all and update the shared calendar, please.

Gwen

""" + SIG_GWEN
    return build(GWEN, CLN_ALL, 'July on-call schedule', body, date=when(2025, 6, 23, 16, 0))


@reg('clean', 'staff')
def staff2():
    people = [('Dana Whitcombe', 'Principal', 'x100', '503-555-0100', 'NPN 7731204', 'All carriers / escalations'),
              ('Marcus Oyelaran, REBC', 'Sr. Account Manager - Group', 'x151', '503-555-0151', 'NPN 8842019', 'Cascadia, Pinecrest group'),
              ('Tom Brezina, CLU', 'Life & Disability', 'x158', '503-555-0158', 'NPN 6620915', 'Meridian, Pinecrest individual'),
              ('Priya Raghunathan', 'Individual & Family', 'x147', '503-555-0147', 'NPN 9917730', 'Marketplace, Keystone individual'),
              ('Leah Castellano', 'Client Service & Claims', 'x142', '503-555-0142', 'NPN 9120044', 'Claims, appeals, ID cards'),
              ('Inês Ferreira', 'Bilingual Service Rep (ES/PT)', 'x139', '503-555-0139', 'NPN 9980312', 'Service, enrollment')]
    html = html_wrap('<p>Hi all - updated directory after Inês\'s license came through. Please update your '
                     'email signatures and the carrier appointment sheet.</p>'
                     '<table border="1" cellpadding="4" cellspacing="0" style="font-size:10pt;border-collapse:collapse">'
                     '<tr style="background:#dde"><th>Name</th><th>Role</th><th>Ext</th><th>Direct</th><th>License</th><th>Primary carriers</th></tr>'
                     + ''.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % xesc(c) for c in r) for r in people)
                     + '</table><p>Main line 503-555-0100, fax 503-555-0109. After-hours claims emergencies go to '
                       'Leah\'s cell, not the main line.</p><p>Dana</p>')
    text = ('Hi all - updated directory after Ines\'s license came through.\n\n'
            + '\n'.join(' | '.join(r) for r in people) + '\n\nMain line 503-555-0100, fax 503-555-0109.\n\nDana')
    return build(DANA, BRK_ALL, 'Updated team directory + license numbers', text, html=html,
                 date=when(2025, 2, 3, 8, 30))


@reg('clean', 'staff')
def staff3():
    body = """Notes - clinical staff huddle, Tuesday

Present: Dr. Okafor, Gwen, Khanh, Rosa, Bethany (first 10 min)

1. Chikungunya vaccine. The new guidance is now in the protocol binder. Key points:
   offer to travelers going to areas with a current outbreak or staying 6+ months in
   endemic areas; extra counseling for anyone 65 and older given the reports of
   adverse events in that age group - Dr. Okafor wants a physician sign-off for that
   group until further notice. Live vaccine, so same screening as YF.
2. Yellow fever supply. Distributor says YF-Vax allocation is stable through Q3.
   Keep 20 doses on hand; don't over-order, shelf life after reconstitution is 1 hour.
3. Rabies PrEP. Reminder we're on the 2-dose schedule (day 0 and 7) for immunocompetent
   adults. Titer check only for ongoing occupational exposure.
4. Measles. Several states reporting outbreaks. For international travelers born
   after 1957 without documentation, give MMR; don't wait on titers if departure is
   < 2 weeks away.
5. Syncope. Two near-faints last month in the waiting area - chairs with arms for
   anyone getting 3+ shots, and observe 15 min minimum.

Next huddle in two weeks. Khanh to update the consult template for item 1."""
    return build(ROSA, CLN_ALL, 'Huddle notes - chikungunya, YF supply, measles', body,
                 date=when(2025, 5, 13, 12, 40))


@reg('clean', 'staff')
def staff4():
    body = """Team,

Meridian rolled out new underwriting guidelines effective 4/1. The highlights for our
life business:

- Type 2 diabetes: Standard now possible with A1C up to 8.0 (was 7.5) if no
  complications and diagnosed after age 40. Preferred still not available.
- Build chart: Preferred Plus max weight for 5'10" male raised from 196 to 203 lb.
- Treated sleep apnea with documented CPAP compliance no longer a debit.
- Cannabis: up to 3x/week non-smoked now eligible for Preferred non-tobacco.
- Accelerated underwriting up to $3M for ages 18-50, no labs if the data check is good.

I have a handful of pended and table-rated cases from Q1 that may benefit. I'll go
through them individually and reach out to you before we ask Meridian for any
reconsiderations - please don't promise clients anything yet.

Tom

""" + SIG_TOM
    return build(TOM, BRK_ALL, 'Meridian UW guideline changes 4/1', body, date=when(2025, 4, 2, 9, 12))


@reg('clean', 'staff')
def staff5():
    d0 = when(2025, 5, 27, 13, 5)
    orig = """Anyone willing to swap Thursday 6/5 for a day next week? My son's school
play is at 1:00 and I can't miss it. I can take any of your shifts 6/9-6/13.
Thursday is heavy - 14 consults booked plus the Lumen & Vine group visit at 3.
Rosa"""
    body = """I can do it. I'll take your Thursday, you take my Monday 6/9 (opening, 7:30).
I'll update the schedule in the EHR so the consults move to me.

Khanh

""" + gmail_hdr(d0, ROSA) + "\n" + quote(orig)
    return build(KHANH, [ROSA, GWEN], 'Re: swap Thu 6/5?', body, date=when(2025, 5, 27, 14, 2))


@reg('clean', 'staff')
def staff6():
    rows = [['Examiner', 'Credentials', 'Cert #', 'Territory', 'Mobile', 'Languages', 'Status'],
            ['Shonda Pettiford', 'CPT, CMA', 'FPS-0417', 'Portland east / Gresham', '503-555-0186', 'English', 'Active'],
            ['Darnell Okoro', 'CPT', 'FPS-0433', 'Vancouver WA / Camas', '360-555-0148', 'English, Igbo', 'Active'],
            ['Milena Horvat', 'CPT, LPN', 'FPS-0451', 'Beaverton / Hillsboro', '503-555-0153', 'English, Croatian', 'Active'],
            ['Tuan Pham', 'CPT', 'FPS-0466', 'Portland SE / Clackamas', '503-555-0159', 'English, Vietnamese', 'Active'],
            ['Graciela Ortiz', 'CPT, EKG tech', 'FPS-0470', 'Salem / Woodburn', '971-555-0164', 'English, Spanish', 'Leave 6/1-6/30']]
    body = """All,

Updated examiner roster for Q2 is attached. Phlebotomy certifications for Darnell and
Milena renew in August - please upload your CEUs to the portal by 7/15. Reminder that
EKG cases should only go to examiners with EKG on their credentials.

Rich Vantongeren
Operations Manager | Fieldstone Paramedical Services"""
    return build(RICH, A('Fieldstone Examiners', 'examiners@' + FPS), 'Q2 examiner roster & territories', body,
                 date=when(2025, 4, 1, 7, 45),
                 atts=[('bytes', make_xlsx(rows, 'Roster Q2'), 'application',
                        'vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Examiner_roster_Q2_2025.xlsx')])


@reg('clean', 'staff')
def staff7():
    body = """Hi all,

The data logger on the pharmacy fridge (unit B, exam room hallway) alarmed at 2:14 this
afternoon - 9.1 C for 38 minutes after the door didn't latch. Back to 4.6 C by 2:52.

Per protocol I've moved everything into unit A and labelled the affected stock DO NOT
USE pending manufacturer stability guidance:

  Typhim Vi     lot V2240   x 14 doses
  Havrix 1440   lot 7HA19   x 9
  Ixiaro        lot JEV311  x 6
  Rabavert      lot RAB884  x 4

I checked the administration log - nothing was drawn from unit B between 2:00 and 3:00,
so there's no one to call back. I'll file the excursion report and call both manufacturers
in the morning. Everyone please double-check the latch when you close it; Facilities
is looking at the gasket.

Gwen"""
    return build(GWEN, CLN_ALL, 'Temp excursion - fridge B - do not use stock', body,
                 date=when(2025, 7, 8, 17, 20))


# ======================================================================== CLEAN: ADMIN
@reg('clean', 'admin')
def admin1():
    lines = ['CASCADE BIOLOGICS SUPPLY CO.',
             '2900 NW Industrial St, Portland OR 97210      AR: 503-555-0104', '',
             'INVOICE 2025-118402        Date: 04/18/2025        Terms: Net 30',
             'Bill to: Northpoint Travel Health PLLC, Acct NTH-7781', '',
             'NDC            Description                      Lot      Exp      Qty   Unit      Ext',
             '49281-0915-01  YF-Vax 5-dose vial               UJ901B   09/2026    4   845.00  3,380.00',
             '49281-0790-20  Typhim Vi 20-dose vial           V2251    05/2026    1  1,612.00 1,612.00',
             '58160-0826-11  Havrix 1440 PFS 10-pk            7HA24    12/2026    2   742.00  1,484.00',
             '42515-0001-01  Ixiaro 0.5 mL PFS                JEV318   02/2026    6   349.00  2,094.00',
             '63851-0501-01  Rabavert kit                     RAB902   08/2026    6   398.00  2,388.00',
             '', 'Subtotal 10,958.00    Cold-chain shipping 85.00    TOTAL DUE $11,043.00',
             'Remit: ACH to acct ending 0047 or check to address above.']
    body = """Marguerite,

Attached is invoice 2025-118402 for the 4/17 delivery (shipped in two coolers, both
logged in range on arrival per your receiving note). Please note the new remit-to
bank account effective this month.

Thank you for your business,
Accounts Receivable
Cascade Biologics Supply Co."""
    return build(A('Cascade Biologics AR', 'ar@cascadebiologics.example'), MARG, 'Invoice 2025-118402 - Acct NTH-7781',
                 body, date=when(2025, 4, 18, 10, 0),
                 atts=[('bytes', make_pdf(lines, 'Invoice 2025-118402'), 'application', 'pdf', 'INV-2025-118402.pdf')])


@reg('clean', 'admin')
def admin2():
    text = """Hi everyone,

This Friday after 6 PM we're moving the office to the new mail tenant. What you need
to do:

1. Before Friday: enroll in MFA at https://login.harrowgatebenefits.example/mfa - use
   the authenticator app, not SMS. Takes 5 minutes.
2. Monday morning: your Outlook will prompt for a new password. Use the temporary one
   in the sealed envelope on your desk, then change it.
3. Shared mailboxes (service@, claims@, team@) will reappear within 24 hours.
4. The carrier portals are NOT affected. Your Cascadia, Meridian, Pinecrest and Keystone
   logins stay the same.

Phones: the VoIP softphone needs a reinstall on laptops - ticket me if it fails.

Thanks for your patience,
Jake Lindahl
Lindahl IT Services | 503-555-0177 | helpdesk@lindahlit.example"""
    html = html_wrap(p('Hi everyone,', 'This Friday after 6 PM we\'re moving the office to the new mail tenant. What you need to do:')
                     + '<ol><li><b>Before Friday:</b> enroll in MFA at https://login.harrowgatebenefits.example/mfa - use the authenticator app, not SMS.</li>'
                       '<li><b>Monday morning:</b> Outlook will prompt for a new password. Use the temporary one in the sealed envelope on your desk.</li>'
                       '<li>Shared mailboxes (service@, claims@, team@) will reappear within 24 hours.</li>'
                       '<li>Carrier portals are NOT affected.</li></ol>'
                     + p('Phones: the VoIP softphone needs a reinstall on laptops - ticket me if it fails.',
                         'Thanks for your patience,<br>Jake Lindahl<br>Lindahl IT Services | 503-555-0177'))
    return build(A('Jake Lindahl', 'jake@lindahlit.example'), BRK_ALL, 'Email migration Friday + MFA enrollment',
                 text, html=html, date=when(2025, 1, 21, 11, 30))


@reg('clean', 'admin')
def admin3():
    body = """Hi Gwen,

Following up on the work order from Monday (WO-5518):

- HVAC: the tech replaced the condenser fan motor on RTU-2, which serves exam rooms
  3-5 and the waiting room. Cooling is back; he recommends a coil cleaning in the fall.
- Fridge hallway outlet: the dedicated circuit for the vaccine fridges checked out fine.
  The GFCI on the break-room side was the one tripping - replaced.
- Door latch on the supply closet: new strike plate installed.
- Badge reader at the back entrance will be offline Thursday 7-9 AM for a firmware
  update. Staff should use the front door.

Invoice to follow from Tenant Services. Let me know if exam room 4 is still warm
tomorrow afternoon.

Carlos Mendes
Property Manager, Glisan Medical Plaza
503-555-0145"""
    return build(A('Carlos Mendes', 'cmendes@glisanplaza.example'), GWEN, 'WO-5518 HVAC / electrical - completed',
                 body, cc=MARG, date=when(2025, 7, 9, 15, 25))


@reg('clean', 'admin')
def admin4():
    table = [['Service', 'Code', '2024 fee', '2025 fee', 'Notes'],
             ['Paramedical exam (vitals, history)', 'PM', '$55.00', '$58.00', ''],
             ['Blood + urine collection', 'BU', '$30.00', '$32.00', 'includes kit handling'],
             ['Resting EKG (12-lead)', 'EKG', '$45.00', '$48.00', 'EKG-credentialed examiners only'],
             ['Cognitive screen (age 70+)', 'COG', '$25.00', '$25.00', ''],
             ['Mileage over 30 mi', 'MI', '$0.67/mi', '$0.70/mi', ''],
             ['After-hours / weekend', 'AH', '$25.00', '$30.00', 'per visit'],
             ['No-show / not home', 'NS', '$20.00', '$20.00', 'billed after 2nd attempt']]
    docx = make_docx(['**Schedule A - Fee Schedule (2025 renewal)**',
                      'Master Services Agreement between Fieldstone Paramedical Services LLC and Harrowgate Benefits Group',
                      table, 'Fees effective 03/01/2025 through 02/28/2026. All other terms of the agreement dated 03/01/2022 remain in force.'])
    body = """Dana,

Attached is the renewal fee schedule for our agreement. Increases are 3-7% on most line
items; no-show fees unchanged. If this looks right, I'll send the signature page for
e-signature. We'd also like to add Pinecrest DI cases to the scope.

Rich"""
    return build(RICH, DANA, 'MSA renewal - Schedule A fees', body, date=when(2025, 2, 14, 10, 10),
                 atts=[('bytes', docx, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                        'Fieldstone_Harrowgate_ScheduleA_2025.docx')])


@reg('clean', 'admin')
def admin5():
    rows = [['Statement period', 'Carrier', 'Group no', 'Group name', 'Lives', 'Premium', 'Rate', 'Commission'],
            ['2025-03', 'Cascadia Mutual Health', 'CMH40017', 'Tri-County Auto Glass Inc', '14', '11842.50', '4.0%', '473.70'],
            ['2025-03', 'Cascadia Mutual Health', 'CMH40217', 'Lumen & Vine Architects', '22', '19310.00', '4.0%', '772.40'],
            ['2025-03', 'Cascadia Mutual Health', 'CMH40388', 'Saffron Table Restaurant Group', '41', '30212.75', '3.5%', '1057.45'],
            ['2025-03', 'Cascadia Mutual Health', 'CMH40402', 'Baywater Cabinetry LLC', '18', '14090.00', '4.0%', '563.60'],
            ['2025-03', 'Cascadia Mutual Health', 'CMH40519', 'Oakridge Montessori', '11', '8675.20', '4.0%', '347.01'],
            ['2025-03', 'Cascadia Mutual Health', 'IND-BOOK', 'Individual book (47 policies)', '63', '29980.33', '$20 PMPM', '1260.00']]
    body = """Harrowgate Benefits Group - Producer #BRK-20931

Your March 2025 commission statement is attached. Total commission: $4,474.16,
deposited by ACH on 04/10/2025 to the account on file ending 2281.

Questions about this statement? Contact Producer Services at 800-555-0138.

This is an automated message from Cascadia Mutual Health. Please do not reply."""
    return build(A('Cascadia Producer Services', 'no-reply-producers@' + CMH), DANA,
                 'Commission statement - March 2025 - Producer BRK-20931', body, date=when(2025, 4, 10, 3, 0, tz='P'),
                 atts=[('text', csv_text(rows), 'csv', 'BRK-20931_2025-03_commissions.csv')])


@reg('clean', 'admin')
def admin6():
    body = """Cascadia Mutual Health - quarterly broker meeting, 5/8
Attendees: Rhonda Castillo, Greg Salas (Cascadia); Dana, Marcus, Leah (Harrowgate)

Renewals
- Small group Q3 renewals averaging +8.9% (range +4% to +16%). Trend drivers: specialty
  Rx (GLP-1s up 40% YoY in Cascadia's book), outpatient surgery, behavioral health volume.
- GLP-1 coverage for weight loss moves to a buy-up rider for groups under 50 at 7/1
  renewals. Diabetes coverage unchanged.
- Level-funded product: minimum now 10 enrolled (was 15). Health statements required.

Service
- Claims turnaround 9.2 days average; appeals backlog cleared.
- New broker portal release in June - large claimant reports will move into the portal
  with role-based access instead of email. Harrowgate to name two authorized users.

Network
- Gresham Family Medicine and Summit Imaging re-contracted through 2027.
- St. Brendan's anesthesia group is still out of network; Cascadia applying surprise
  billing protections automatically.

Action items
- Marcus: send the Saffron Table level-funded census by 5/23.
- Leah: name portal users.
- Greg: send the GLP-1 rider pricing grid."""
    return build(MARCUS, [DANA, LEAH], 'Notes - Cascadia quarterly meeting 5/8', body,
                 date=when(2025, 5, 8, 16, 45))


@reg('clean', 'admin')
def admin7():
    ics = """BEGIN:VCALENDAR
PRODID:-//Harrowgate Benefits//Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hbg-oe-2025-11-05@harrowgatebenefits.example
DTSTAMP:20251020T170000Z
DTSTART:20251105T190000Z
DTEND:20251105T200000Z
SUMMARY:Harrowgate staff open enrollment - 2026 plans
LOCATION:Conference room B / video link in description
DESCRIPTION:Review of our own 2026 medical\\, dental\\, vision and life options. Bring questions. Enrollment closes 11/21.
ORGANIZER;CN=Dana Whitcombe:mailto:dana@harrowgatebenefits.example
END:VEVENT
END:VCALENDAR
"""
    body = """Hi team,

It's our turn. Open enrollment for Harrowgate's own staff benefits runs 11/3 - 11/21.
Highlights for 2026:

- Medical: staying with Cascadia Gold PPO 1500; premium up 6.2%, firm still pays 90%
  employee / 60% dependents.
- HSA option: Cascadia Bronze HSA 3400 with a $1,000 firm seed.
- Dental: Keystone PPO, ortho max raised to $2,000.
- Life & LTD: no change, still 2x salary to $300k.

Calendar invite attached for the 11/5 walkthrough. Elections go through the
portal at enroll.harrowgatebenefits.example. If you don't make changes, your 2025
elections roll over except the HSA and FSA amounts.

Dana"""
    return build(DANA, BRK_ALL, 'Our own open enrollment - 11/3 to 11/21', body, date=when(2025, 10, 20, 10, 0),
                 atts=[('text', ics, 'calendar', 'invite.ics')])


# ======================================================================== CLEAN: LOOKALIKE
@reg('clean', 'lookalike')
def look1():
    html = html_wrap(
        '<table width="600" style="font-family:Arial;font-size:10pt"><tr><td style="background:#0b4f6c;color:#fff;padding:10px">'
        '<b>Rose City Community Credit Union</b></td></tr><tr><td style="padding:12px">'
        '<p>Hello Leah Castellano,</p>'
        '<p>Your April e-statement for <b>Member # 0088417-22</b> is ready. Log in to online banking to view it.</p>'
        '<table cellpadding="3" style="font-size:10pt"><tr><td>Share Savings (S01)</td><td>ending 4471</td></tr>'
        '<tr><td>Health Savings Account (S40)</td><td>ending 4490</td></tr>'
        '<tr><td>Auto loan (L02)</td><td>ending 7702</td></tr></table>'
        '<p>Reminder: HSA contribution limits for 2025 are $4,300 (self-only) and $8,550 (family). '
        'Qualified medical expenses can be paid with your HSA debit card.</p>'
        '<p>We will never ask for your password or one-time code by email or phone.</p>'
        '<p style="font-size:8pt;color:#777">Rose City Community CCU, 3100 NE Sandy Blvd, Portland OR. '
        'Federally insured by NCUA. Member ID shown partially for your security. Unsubscribe from e-statement notices '
        'in Settings.</p></td></tr></table>')
    return build(A('Rose City CCU', 'estatements@rosecityccu.example'), A('Leah Castellano', 'leahcastellano@mailbox.example'),
                 'Your April e-statement is ready - Member # ****7-22', None, html=html, date=when(2025, 5, 2, 4, 10),
                 html_cte='quoted-printable')


@reg('clean', 'lookalike')
def look2():
    body = """Dana,

Your personal auto policy renews on 06/15/2025. Summary:

Policy No.:     PA-44718-02
Insured:        Dana Whitcombe
Vehicle 1:      2019 Honda CR-V EX  VIN ...4412
Vehicle 2:      2022 Subaru Outback  VIN ...9087
Drivers:        Dana Whitcombe (DOB on file), Evan Whitcombe
Coverage:       Bodily injury 250/500, Property damage 100,000,
                Medical payments $5,000 per person, PIP per Oregon statute,
                Uninsured motorist 250/500, Comprehensive $500 ded, Collision $500 ded
Premium:        $2,184.00 / 12 months (was $1,968.00)
Claims:         None in the past 3 years

The increase is mostly territory rating and the Outback's repair cost. If you'd like me
to remarket it, I can have quotes by Friday.

Kelsey Abara
Personal Lines, Bridgewater Insurance Agency (P&C referral partner)
503-555-0174"""
    return build(A('Kelsey Abara', 'kabara@bridgewaterins.example'), DANA, 'Auto renewal - PA-44718-02',
                 body, date=when(2025, 5, 16, 13, 5))


@reg('clean', 'lookalike')
def look3():
    text = """CASCADE AIR - Your trip confirmation

Confirmation code: KQ7V2M
Passenger: GWEN ALBRIGHT
SkyMiles-style Cascade Club member #: CC 448 201 773 (Gold)

Flight CA 1182  Portland (PDX) -> Denver (DEN)   Sun 18 May  07:05 - 10:32  Seat 14C
Flight CA 2207  Denver (DEN)  -> Washington (DCA) Sun 18 May 11:40 - 17:18  Seat 9A
Return CA 2210  DCA -> PDX via DEN  Thu 22 May

Special service requests: none
Meal preference: vegetarian
Traveler ID: Known Traveler Number on file

Travel insurance: Not purchased. Protect your trip - trip cancellation, emergency
medical and medical evacuation coverage from $38.

Bag allowance: 1 checked bag free for Gold members.
"""
    html = html_wrap('<h3 style="color:#0a3d62">CASCADE AIR - Your trip confirmation</h3>'
                     '<p>Confirmation code: <b>KQ7V2M</b><br>Passenger: GWEN ALBRIGHT<br>'
                     'Cascade Club member #: CC 448 201 773 (Gold)</p>'
                     '<table border="1" cellpadding="3" style="font-size:10pt;border-collapse:collapse">'
                     '<tr><td>CA 1182</td><td>PDX &rarr; DEN</td><td>Sun 18 May 07:05-10:32</td><td>14C</td></tr>'
                     '<tr><td>CA 2207</td><td>DEN &rarr; DCA</td><td>Sun 18 May 11:40-17:18</td><td>9A</td></tr>'
                     '<tr><td>CA 2210</td><td>DCA &rarr; PDX via DEN</td><td>Thu 22 May</td><td></td></tr></table>'
                     '<p>Special service requests: none. Meal preference: vegetarian.</p>'
                     '<p>Travel insurance: Not purchased. Protect your trip - trip cancellation, emergency medical and '
                     'medical evacuation coverage from $38.</p>')
    text = text.replace('SkyMiles-style ', '')
    return build(A('Cascade Air', 'reservations@cascadeair.example'), A('Gwen Albright', 'gwen.albright@mailbox.example'),
                 'Your trip to Washington, DC - KQ7V2M', text, html=html, date=when(2025, 4, 2, 20, 14))


@reg('clean', 'lookalike')
def look4():
    body = """Hi Marcus,

Welcome to FitLoop Pearl District! Your corporate wellness membership through
Harrowgate Benefits Group is active.

  Member ID:       FL-2207-91845
  Membership:      Corporate Wellness - Individual
  Start date:      03/01/2025
  Monthly dues:    $29.00 (employer subsidy applied)
  Home club:       Pearl District, 1320 NW Hoyt St

Your complimentary fitness assessment and body-composition scan is included - book it
in the app within 30 days. Group classes (spin, yoga, HIIT) are unlimited.

To keep your wellness reimbursement, check in at least 8 times per month; your
employer receives only the visit count, never your assessment results.

See you soon,
FitLoop Member Services"""
    return build(A('FitLoop Member Services', 'members@fitloop.example'), MARCUS,
                 'Welcome to FitLoop - Member ID FL-2207-91845', body, date=when(2025, 3, 1, 6, 30))


@reg('clean', 'lookalike')
def look5():
    d0 = when(2025, 6, 9, 7, 12)
    orig = """Hi Cheryl,

I got married on June 1 (finally!). How do I add my wife, Danielle, to my medical and
dental? Do I need the marriage certificate first? Also does my premium go up right
away or next month?

Kevin Strand
Shop Lead"""
    body = """Hi Kevin,

Congratulations! Marriage is a qualifying event, so you have 30 days from 6/1 to add
Danielle - by July 1. Steps:

1. Fill out the Cascadia change form (attached in the HR folder) and the Keystone
   dental change form.
2. Attach a copy of the marriage certificate. If the certified copy isn't back yet,
   send the form anyway and the certificate when you get it.
3. Coverage for Danielle starts 7/1. Your payroll deduction changes on the first
   paycheck in July (employee + spouse tier: $212.40 per paycheck medical, $24.10 dental).

Leah at Harrowgate (cc'd) can help if Cascadia asks for anything else.

Cheryl

""" + gmail_hdr(d0, A('Kevin Strand', 'kstrand@baywatercabinetry.example')) + "\n" + quote(orig)
    return build(CHERYL, A('Kevin Strand', 'kstrand@baywatercabinetry.example'), 'Re: adding my wife to insurance',
                 body, cc=LEAH, date=when(2025, 6, 9, 11, 40))


@reg('clean', 'lookalike')
def look6():
    hl7 = '\n'.join([
        'MSH|^~\\&|NTHEHR-TEST|NORTHPOINT TEST|CSIR|ORIIS-UAT|20250610101500||VXU^V04^VXU_V04|TST0610-001|T|2.5.1',
        'PID|1||ZZTEST00001^^^NTH^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^TESTVILLE^OR^99999',
        'RXA|0|1|20250610||37^yellow fever^CVX|0.5|mL^^UCUM||00^New record^NIP001||||||TESTLOT|20991231|PMC^^MVX|||CP|A',
        'RXA|0|1|20250610||999^unknown^CVX|999||||||||||||||||CP|A'])
    body = """Hi Khanh,

Interface testing in the UAT environment is done. We sent the test patient below (the
standard ZZTEST record - not a real person, DOB 01/01/1900, MSH-11 = T) and both
scenarios behaved as expected:

  1. Valid yellow fever admin -> ACK AA
  2. Invalid CVX 999 -> ACK AE with ERR on RXA-5

""" + hl7 + """

Go-live for the production feed is scheduled for 6/17 at 6 AM. Please make sure no
ZZTEST records are created in production - if one slips in, mark it "entered in error"
and we'll purge it from the registry side.

Nate Freiburg
Interface Analyst, ClinicWare EHR"""
    return build(A('Nate Freiburg', 'nfreiburg@clinicware.example'), KHANH, 'UAT complete - VXU interface, ZZTEST results',
                 body, date=when(2025, 6, 10, 15, 30))


@reg('clean', 'lookalike')
def look7():
    html = html_wrap(
        '<p><b>Your order has shipped!</b></p>'
        '<p>Order #: <b>MS-3390184</b><br>Account: Northpoint Travel Health (Cust #77120)<br>'
        'Ship to: Attn Rosa Delgado, 1180 NW Glisan St Ste 210, Portland OR 97209</p>'
        '<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
        '<tr><th>Item</th><th>Description</th><th>Qty</th></tr>'
        '<tr><td>SC-5Q</td><td>Sharps container 5 qt, red</td><td>12</td></tr>'
        '<tr><td>AP-200</td><td>Alcohol prep pads, medium, box/200</td><td>10</td></tr>'
        '<tr><td>SY-25G1</td><td>Safety syringe 1 mL 25G x 1", box/100</td><td>6</td></tr>'
        '<tr><td>EP-0.3</td><td>Epinephrine auto-injector trainer (no drug)</td><td>2</td></tr>'
        '<tr><td>BAND-SP</td><td>Spot bandages, box/100</td><td>8</td></tr></table>'
        '<p>Carrier: UPS Ground &middot; Tracking 1Z 4F7 82X 03 8841 2297 &middot; Est. delivery Thu 6/26</p>'
        '<p>Questions? MedStock Direct customer care 800-555-0121.</p>')
    return build(A('MedStock Direct', 'orders@medstockdirect.example'), ROSA, 'Shipped: Order MS-3390184',
                 None, html=html, date=when(2025, 6, 23, 17, 50))


# ======================================================================== CLEAN: NEWS
@reg('clean', 'news')
def news1():
    html = html_wrap(
        '<h2 style="color:#1b5e20">Northpoint Travel Notes - Summer 2025</h2>'
        '<h3>Measles is back on the travel checklist</h3>'
        '<p>Measles cases have been reported this year in dozens of countries, including popular destinations in '
        'Europe, Southeast Asia and Mexico. Adults born after 1957 who don\'t have two documented doses of MMR should '
        'get vaccinated at least two weeks before departure. Infants 6-11 months traveling internationally should '
        'receive an early dose.</p>'
        '<h3>Yellow fever vaccine: supply is steady</h3>'
        '<p>After several years of shortages, yellow fever vaccine is readily available at our clinic. We are an '
        'authorized yellow fever vaccination center and can issue the International Certificate of Vaccination.</p>'
        '<h3>Book early for fall trips</h3>'
        '<p>Some vaccines, like rabies and Japanese encephalitis, require two doses a week or more apart. '
        'Book your consult 4-6 weeks before you leave.</p>'
        '<p style="font-size:9pt;color:#666">Northpoint Travel Health &amp; Immunization &middot; 1180 NW Glisan St, '
        'Ste 210, Portland OR &middot; (503) 555-0170<br>You are receiving this because you subscribed at '
        'northpointtravelhealth.example. Unsubscribe.</p>')
    text = ('Northpoint Travel Notes - Summer 2025\n\nMeasles is back on the travel checklist\n'
            'Measles cases have been reported this year in dozens of countries. Adults born after 1957 without two '
            'documented doses of MMR should get vaccinated at least two weeks before departure.\n\n'
            'Yellow fever vaccine: supply is steady.\n\nBook early for fall trips - rabies and JE need two doses.\n\n'
            'Unsubscribe: northpointtravelhealth.example/unsubscribe')
    return build(A('Northpoint Travel Health', 'news@' + CLN), A('Subscribers', 'subscribers@' + CLN),
                 'Travel Notes: measles, yellow fever and planning ahead', text, html=html,
                 date=when(2025, 6, 2, 9, 0), headers={'List-Unsubscribe': '<mailto:unsubscribe@northpointtravelhealth.example>'})


@reg('clean', 'news')
def news2():
    body = """HARROWGATE BENEFITS BRIEF - January 2025

1. ACA affordability threshold. For 2025 plan years, employer coverage is "affordable"
   if the employee's self-only contribution is no more than 9.02% of household income
   (up from 8.39% in 2024). More room for employers.

2. HSA and HDHP limits for 2025
     HSA contribution: $4,300 self-only / $8,550 family; catch-up (55+) $1,000
     HDHP minimum deductible: $1,650 / $3,300
     HDHP out-of-pocket max: $8,300 / $16,600

3. Medicare Part D redesign. Starting 2025 the out-of-pocket cap for covered drugs is
   $2,000 per year. Employers with 20+ employees must still send creditable coverage
   notices before October 15.

4. Mental health parity. New federal rules require plans to analyse whether limits on
   mental health benefits are comparable to medical. Most fully insured small groups
   rely on the carrier for this - ask us if you self-fund.

5. Travel season is coming. If your team travels abroad for work, check whether your
   plan covers emergency care overseas; many don't. Our partner clinic, Northpoint
   Travel Health, offers on-site group vaccination days.

Questions? Reply to this email or call 503-555-0100.

Harrowgate Benefits Group | 2150 SW Columbia St, Suite 400, Portland OR 97201
You're receiving this as a Harrowgate client. Unsubscribe: reply STOP."""
    return build(BRK_ALL, A('Harrowgate Clients', 'clients@' + BRK), 'Benefits Brief: 2025 limits, Part D cap, parity',
                 body, date=when(2025, 1, 8, 8, 0), cte='quoted-printable')


@reg('clean', 'news')
def news3():
    html = html_wrap(
        '<h3>Cascadia Mutual Health - Provider &amp; Broker Bulletin, Q2 2025</h3>'
        '<ul><li><b>Network:</b> Gresham Family Medicine, Summit Imaging Center and St. Brendan Heart Institute '
        'renewed through 2027. Rosewood Urgent Care joins the PPO network 7/1.</li>'
        '<li><b>Telehealth:</b> Virtual visits move to our new vendor, BrightPath Virtual, on 8/1. Members keep $0 copay '
        'for primary care and behavioral health video visits.</li>'
        '<li><b>Pharmacy:</b> Formulary changes effective 7/1 - three inhaled corticosteroids move to Tier 2; '
        'biosimilar adalimumab becomes preferred. Members affected will receive letters 60 days in advance.</li>'
        '<li><b>Prior authorization:</b> 14 outpatient codes removed from PA requirements, including knee MRI after '
        'six weeks of conservative therapy.</li>'
        '<li><b>Travel immunization rider:</b> now available to groups of 5+; covers CDC-recommended travel vaccines '
        'at in-network travel clinics.</li></ul>'
        '<p style="font-size:9pt">Cascadia Mutual Health &middot; Bulletin 2025-Q2 &middot; Distribution: contracted '
        'providers and appointed producers.</p>')
    return build(A('Cascadia Communications', 'bulletin@' + CMH), DANA, 'Q2 2025 Provider & Broker Bulletin',
                 None, html=html, date=when(2025, 4, 15, 5, 0), html_cte='base64')


@reg('clean', 'news')
def news4():
    body = """Research roundup for the clinical team - from this month's Journal of Travel
Health Practice:

"Pre-travel advice and illness in 2,413 travelers from 9 US travel clinics, 2022-2024"

- 61% of travelers had a pre-travel consult less than 4 weeks before departure.
- 18% reported any illness during or after travel; traveler's diarrhea was most
  common (11%), then respiratory illness (5%) and dermatologic problems (2%).
- Of travelers prescribed malaria chemoprophylaxis, 74% reported full adherence;
  adherence was lowest among people visiting friends and relatives (58%).
- No cases of malaria occurred among fully adherent travelers. Four cases occurred
  among travelers who stopped early.
- Rabies PrEP uptake rose from 9% to 21% after the move to the 2-dose schedule.

Take-home for us: VFR travelers are our biggest adherence gap. Let's talk at the next
huddle about a short follow-up text two weeks into long trips.

Dr. Okafor"""
    return build(OKAFOR, CLN_ALL, 'Journal club: 2,413 travelers, adherence gaps', body,
                 date=when(2025, 2, 25, 18, 2))


@reg('clean', 'news')
def news5():
    html = html_wrap(
        '<h3>Volunteer spotlight: Khanh Tran, RN</h3>'
        '<p>This fall Khanh spent six Saturdays at the Jade District community vaccine fairs run by the Southeast '
        'Neighbors Health Coalition, helping give 1,140 flu and COVID shots and translating consent forms into '
        'Vietnamese. "A lot of our neighbors skip vaccines because the paperwork is confusing," Khanh says. '
        '"Having someone explain it in their own language changes everything."</p>'
        '<p>Khanh has been with Northpoint since 2019 and leads our rabies and Japanese encephalitis protocols.</p>'
        '<h3>Thank you, donors</h3>'
        '<p>Thanks to a $15,000 gift from the Harrowgate Community Fund, Northpoint will offer free travel consults to '
        '60 students on service-learning trips this year. Special thanks to Dana Whitcombe and Gary Pruitt of '
        'Tri-County Auto Glass, who matched employee donations.</p>'
        '<p style="font-size:9pt;color:#666">Northpoint Travel Health &amp; Immunization community newsletter</p>')
    return build(A('Northpoint Travel Health', 'news@' + CLN), A('Friends of Northpoint', 'friends@' + CLN),
                 'Volunteer spotlight + thank you to our donors', None, html=html, date=when(2024, 12, 10, 10, 0))


@reg('clean', 'news')
def news6():
    body = """VACUNAS GRATIS CONTRA LA GRIPE / FREE FLU SHOTS

Sábado 18 de octubre, 9:00-13:00
Northpoint Travel Health, 1180 NW Glisan St, Suite 210

- Para todas las personas de 6 meses en adelante / Everyone 6 months and older
- No se necesita seguro ni cita / No insurance or appointment needed
- Habrá intérpretes de español, vietnamita y ruso / Spanish, Vietnamese and Russian
  interpreters on site

Horario de días festivos / Holiday hours:
  Jueves 27 de noviembre - cerrado / Thursday Nov 27 - closed
  Viernes 28 de noviembre - 9:00-13:00 / Friday Nov 28 - 9 AM-1 PM

Preguntas / Questions: (503) 555-0170"""
    return build(A('Northpoint Travel Health', 'news@' + CLN), A('Community list', 'community@' + CLN),
                 'Vacunas gratis contra la gripe / Free flu shots - Oct 18', body,
                 date=when(2025, 10, 1, 9, 0), charset='iso-8859-1', cte='quoted-printable')


# ======================================================================== CLEAN: TRAINING
@reg('clean', 'training')
def train1():
    body = """Thanks to everyone who joined Meridian's broker webinar "Reading an APS like an
underwriter." As promised, here is the worked example we used. The patient is a
made-up training case; no real records were used.

--- TRAINING EXAMPLE - FICTITIOUS ---
Patient: SAMPLE, JANE Q.    DOB: 01/01/1970    Record #: TRAIN-0001
Office visit 03/02/20XX
  CC: follow-up blood pressure
  Meds: lisinopril 10 mg daily
  BP 136/84. Labs: A1C 5.9, LDL 131.
  Plan: continue meds, diet counseling, recheck 6 months.
--- END EXAMPLE ---

What the underwriter looks for:
 1. Is the condition controlled? (BP under 140/90 on one medication = good sign)
 2. Trend over time - ask for 2-3 years of visits, not just the last one.
 3. Anything "pending" - a referral or test ordered but not done will pend a case.
 4. Medication list vs. application answers - mismatches cause most delays.

Slides are at meridianlife.example/brokers/training. Next session: "Build charts and
accelerated underwriting," June 12.

""" + SIG_JANET
    return build(JANET, A('Meridian Appointed Brokers', 'brokers@' + MER), 'Webinar recap + APS worked example',
                 body, date=when(2025, 5, 22, 14, 0, tz='E'))


@reg('clean', 'training')
def train2():
    docx = make_docx([
        '**[COMPANY LETTERHEAD]**', '[DATE]', '', '[EMPLOYEE NAME]', '[EMPLOYEE ADDRESS]', '',
        'Re: Your request for leave beginning [FIRST DAY OF LEAVE]', '',
        'Dear [EMPLOYEE FIRST NAME],',
        'We received your request for time away from work. Based on the information provided, your absence may '
        'qualify for short-term disability benefits through [STD CARRIER] under group policy [GROUP POLICY NO.].',
        'To start a claim, please call [CARRIER CLAIMS PHONE] within [X] days. The carrier - not [COMPANY] - will '
        'request any medical information it needs directly from you and your provider. Please do not send medical '
        'records to Human Resources.',
        'Your health, dental and life coverage will continue during an approved leave as long as your share of the '
        'premium is paid. [DESCRIBE PAYMENT ARRANGEMENT].',
        'Sincerely,', '[HR CONTACT NAME], [TITLE]',
        'TEMPLATE - replace all bracketed fields. Do not include diagnosis or treatment details in this letter.'])
    body = """Hi Cheryl, Nadia, Bea, Gary and Rafael,

Several of you asked for a standard letter to send when an employee goes out on
leave. Attached is a template you can put on your letterhead. It deliberately keeps
medical information out of HR's hands - the carrier collects that directly.

Fill in the bracketed fields, and call me if the leave may also be FMLA/OFLA protected
(50+ employees for FMLA, 25+ for Oregon leave) so we can line up the timing.

Marcus

""" + SIG_MARCUS
    return build(MARCUS, [CHERYL, NADIA, BEA, GARY, RAFAEL], 'Template: employee leave / STD letter', body,
                 date=when(2025, 4, 22, 9, 15),
                 atts=[('bytes', docx, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
                        'TEMPLATE_leave_STD_letter.docx')])


@reg('clean', 'training')
def train3():
    body = """Annual privacy & security refresher - quiz (10 questions, due Friday)

Answer in the form link or reply to me with your letters. 8/10 to pass.

1. A client emails you a photo of her lab results "for the file." You should:
   a) forward it to the carrier  b) save it to the client folder and delete it from
   email after confirming it's needed  c) print it  d) ignore it
2. Which of these is NOT one of the 18 identifiers listed in the Privacy Rule?
   a) date of birth  b) vehicle serial number  c) ZIP code of a state  d) email address
3. An HR manager asks what condition an employee's STD claim is for. You:
   a) tell them  b) tell them only if the employee is absent more than 2 weeks
   c) explain you can confirm the claim status and dates only
4. True or false: a broker may receive large claimant reports with names for groups
   under 50 only under a business associate agreement.
5. You need to send a census with dates of birth to a carrier. Use:
   a) regular email  b) the carrier's secure portal or our encrypted mail ("[secure]"
   in the subject)  c) text message
6. A caller says she is "Mrs. X's daughter" and wants her claim status. Without a
   signed authorization or representative form on file, you may:
   a) give the status  b) confirm only that we're the broker  c) give the claim number
7. What's the reporting deadline to Dana for a suspected misdirected email? a) same
   day  b) 5 business days  c) 60 days
8-10. Scenario questions are in the form.

Answer key is sent after the due date. Thanks for doing this on time - our E&O
carrier asks for completion records.

Dana"""
    return build(DANA, BRK_ALL, 'Privacy refresher quiz - due Friday', body, date=when(2025, 9, 8, 8, 45))


@reg('clean', 'training')
def train4():
    lines = ['NORTHPOINT TRAVEL HEALTH & IMMUNIZATION', 'SOP CL-07  Vaccine Administration & Documentation   Rev. 4  (03/2025)', '',
             '1. PURPOSE',
             '   Standardize screening, administration, observation and documentation of vaccines.', '',
             '2. BEFORE ADMINISTRATION',
             '   a. Two identifiers (full name + DOB) - verify against ID.',
             '   b. Screening questionnaire reviewed and signed (live vaccines: pregnancy,',
             '      immunosuppression, recent blood products).',
             '   c. Provide current VIS; document VIS edition date.', '',
             '3. ADMINISTRATION',
             '   a. Check lot, expiry and storage log. Never use stock labelled DO NOT USE.',
             '   b. Site: deltoid for adults (IM/SC); anterolateral thigh for infants.',
             '   c. Observe 15 min (30 min with prior anaphylaxis history).', '',
             '4. DOCUMENTATION - WORKED EXAMPLE (training record, not a patient)',
             '   Patient:    TEST, SAMPLE     DOB 01/01/2000   Chart: NTH-TRAIN-01',
             '   Vaccine:    Typhoid Vi 0.5 mL IM R deltoid  Lot XXXX  Exp MM/YYYY',
             '   VIS:        Typhoid VIS 10/30/2019 given',
             '   Observed:   15 min, no reaction',
             '   Registry:   VXU sent automatically; confirm ACK in the interface queue.', '',
             '5. ADVERSE EVENTS',
             '   Treat per standing orders; report to VAERS; document in chart; notify MD.', '',
             'Approved: S. Okafor MD, Medical Director']
    body = """All,

Attached is revision 4 of SOP CL-07. Changes are in section 4 (registry ACK check) and
section 3c (30-minute observation). Please read and sign the attestation in the binder
by the end of the month. The worked example uses our training chart, not a real patient.

Gwen"""
    return build(GWEN, CLN_ALL, 'SOP CL-07 rev 4 - please read and sign', body, date=when(2025, 3, 31, 16, 5),
                 atts=[('bytes', make_pdf(lines, 'SOP CL-07 rev 4'), 'application', 'pdf', 'SOP_CL-07_rev4.pdf')])


@reg('clean', 'training')
def train5():
    body = """New examiner orientation - Module 3: Completing the Part B

The sample below shows correct formatting. "John Q. Specimen" is a fictitious
applicant used in every Fieldstone training module; the app number and case number are
training values that will be rejected by the carrier portal if submitted.

CASE: FPS-TRAIN-0003
CARRIER: (training)
APP NO: TRN-0000000
PROPOSED INSURED: John Q. Specimen (FICTITIOUS)
DOB: 1975-06-15
HEIGHT: 5'11"
WEIGHT: 185 lb
BP 1: 128/82  PULSE 1: 72
BP 2: 126/80  PULSE 2: 70
Q3 HEART/CIRC: Yes - "high blood pressure since 2018, controlled on one medication"
Q11 MEDICATIONS: name, dose and frequency for each
Q12 HOSPITAL LAST 5 YRS: No

Common errors: blank dose fields, "see attached" instead of answers, recording only one
BP when the first reading is over 140/90 (always take three), and forgetting the
applicant's initials next to corrections.

Quiz for this module is in the LMS; 80% to pass.

Rich Vantongeren
Operations Manager | Fieldstone Paramedical Services"""
    return build(RICH, A('Fieldstone New Examiners', 'new-examiners@' + FPS), 'Orientation Module 3 - Part B sample',
                 body, date=when(2025, 1, 13, 9, 0))


@reg('clean', 'training')
def train6():
    sample = x12([
        'ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *250101*1200*^*00501*000000001*0*T*:',
        'GS*HC*SUBMITTERID*RECEIVERID*20250101*1200*1*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*EXAMPLE01*20250101*1200*CH',
        'NM1*85*2*EXAMPLE CLINIC*****XX*1234567893',
        'SBR*P*18*GROUP123******CI',
        'NM1*IL*1*DOE*JOHN****MI*EXAMPLE000001',
        'DMG*D8*19800101*M',
        'CLM*EXAMPLECLM1*100***11:B:1*Y*A*Y*Y',
        'HI*ABK:Z23',
        'LX*1', 'SV1*HC:90471*100*UN*1***1', 'DTP*472*D8*20250101',
        'SE*12*0001', 'GE*1*1', 'IEA*1*000000001'])
    body = """ClaimBridge Academy - "837P in 30 minutes" follow-up

Thanks for attending. Attached is the annotated example file from the session. All
values are placeholders (JOHN DOE, NPI 1234567893 is the standard test NPI, ISA15 = T
for test). Do not submit it - the production gateway rejects test-indicator files.

Top 5 front-end rejections we see from travel and immunization clinics:
  1. SBR09 missing or wrong (CI for commercial, MB for Medicare Part B)
  2. Diagnosis pointer in SV107 doesn't match an HI code
  3. Subscriber ID with dashes when the payer wants none
  4. Admin codes (90471/90472) billed without a vaccine product code
  5. Rendering provider missing when it differs from billing

Recording: academy.claimbridge.example/837p-30

ClaimBridge Academy"""
    return build(A('ClaimBridge Academy', 'academy@claimbridge.example'), MARG, 'Session follow-up: 837P example file',
                 body, date=when(2025, 3, 20, 12, 0),
                 atts=[('text', sample, 'plain', 'EXAMPLE_837P_annotated.txt', 'us-ascii')])


# ======================================================================== MAIN
FORBIDDEN = [re.compile(r'\bphi\b', re.I), re.compile(r'synthetic', re.I), re.compile(r'hipaa\s+test', re.I),
             re.compile(r'\blookalike\b', re.I)]


def _texts(msg):
    """Decoded text of every part, including inside zip attachments."""
    out = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == 'message/rfc822':
            continue
        payload = part.get_payload(decode=True) or b''
        ct = part.get_content_type()
        if ct == 'application/zip' or ct.endswith('.sheet') or ct.endswith('.document'):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode('utf-8', 'replace'))
        elif ct == 'application/pdf':
            for m in re.finditer(rb'stream\n(.*?)\nendstream', payload, re.S):
                out.append(zlib.decompress(m.group(1)).decode('cp1252', 'replace'))
        else:
            cs = part.get_content_charset() or 'utf-8'
            out.append(payload.decode(cs, 'replace'))
        if part.get_filename():
            out.append(part.get_filename())
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        name = '%s-%s-%03d.eml' % (label, kind, counts[key])
        msg = fn()
        data = msg.as_bytes(policy=policy.SMTP)
        # sanity: re-parse and scan decoded text for forbidden words
        from email import message_from_bytes
        parsed = message_from_bytes(data, policy=policy.default)
        for t in _texts(parsed):
            for rx in FORBIDDEN:
                assert not rx.search(t), (name, rx.pattern)
        if patient:
            joined = '\n'.join(_texts(parsed))
            assert kind == 'struct' or patient in joined, (name, patient)
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
        rows.append([name, label, kind, patient])
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, _), v in counts.items() if l == 'phi') == 53
    assert sum(v for (l, _), v in counts.items() if l == 'clean') == 33
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for (label, kind), n in sorted(counts.items()):
        print('%s-%s: %d' % (label, kind, n))
    print('total: %d' % sum(counts.values()))


if __name__ == '__main__':
    main()
