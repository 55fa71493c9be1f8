#!/usr/bin/env python3
"""Generate a blind evaluation set of e-mail for a county foster care and
adoption agency's Health Liaison Unit (Calder County DCYF, invented).

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
"""
import sys, os, random, csv, zlib, struct, zipfile, io, json
from collections import OrderedDict
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.generator import BytesGenerator
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 10802
random.seed(SEED)

# ---------------------------------------------------------------- domains
AG = 'caldercountydcyf.org'          # the agency
BWP = 'brightwaterpeds.com'          # pediatric practice
SCD = 'smilecrestkids.com'           # pediatric dentist
KK = 'keystonekidshp.org'            # Medicaid managed care plan for kids in care
COR = 'corneroakrx.com'              # pharmacy
CRT = 'calder-juvenilecourt.org'     # juvenile court
NVU = 'northvalleyusd.org'           # school district
STR = 'safetripmedicalrides.com'     # medical transport vendor
RVB = 'riverbendbh.org'              # behavioral health provider

def P(name, user, dom=AG):
    return '%s <%s@%s>' % (name, user, dom)

RENEE = P('Renee Okafor', 'rokafor')
MARCUS = P('Marcus Delgado', 'mdelgado')
TASHA = P('Tasha Whitfield', 'twhitfield')
PRIYA = P('Priya Raman', 'praman')
DALE = P('Dale Kowalczyk', 'dkowalczyk')
LINH = P('Linh Tran', 'ltran')
YESENIA = P('Yesenia Barajas', 'ybarajas')
OKSANA = P('Oksana Melnyk', 'omelnyk')
JR = P('Jean-Robert Pierre', 'jrpierre')
AMINA = P('Amina Warsame', 'awarsame')
GLORIA = P('Gloria Benavides', 'gbenavides')
KEVIN = P('Kevin Huang', 'khuang')
BETH = P('Beth Lindqvist', 'blindqvist')
SHARON = P('Sharon Maddox', 'smaddox')
THEO = P('Theo Barnes', 'tbarnes')
JOLENE = P('Jolene Ferris', 'jferris')
WEI = P('Wei Chen', 'wchen')
RON = P('Ron Tillis', 'rtillis')
FAITH = P('Faith Odom', 'fodom')
CARLA = P('Carla Jennings', 'cjennings')
HLU = P('Health Liaison Unit', 'healthliaison')
HLU_ALL = P('HLU Staff', 'hlu-staff')
ALLSTAFF = P('DCYF All Staff', 'allstaff')

SIG = {
    'renee': "Renee Okafor, RN, BSN\nHealth Liaison Nurse | Health Liaison Unit\nCalder County Dept. of Children, Youth & Families\n400 W. Harmon St., 3rd Floor, Bellmont, OH 45880\nO: (614) 555-0110  F: (614) 555-0199",
    'marcus': "Marcus Delgado, MSW\nOngoing Caseworker II, Unit 4\nCalder County DCYF\n(614) 555-0114 office | (614) 555-0186 cell",
    'tasha': "Tasha Whitfield\nHealth Liaison Coordinator\nCalder County Department of Children, Youth & Families\nPh (614) 555-0112 | Fax (614) 555-0199",
    'priya': "Priya Raman, LSW\nAdoption Specialist | Permanency Unit\nCalder County DCYF\n(614) 555-0121",
    'dale': "Dale Kowalczyk\nSupervisor, Placement Services\nCalder County DCYF | 400 W. Harmon St. | Bellmont OH 45880\n(614) 555-0125",
    'gloria': "Gloria Benavides\nMedicaid Eligibility Specialist\nCalder County DCYF - Fiscal & Eligibility\nTel (614) 555-0130  Fax (614) 555-0198",
    'beth': "Beth Lindqvist, MSN, RN\nProgram Manager, Health Liaison Unit\nCalder County Department of Children, Youth & Families\n(614) 555-0101",
    'jolene': "Jolene Ferris, BSW\nCaseworker | Ongoing Services Unit 2\nCalder County DCYF\nDesk: (614) 555-0117",
    'kevin': "Kevin Huang\nSystems Analyst II - SACWIS/Health Module\nCalder County DCYF Information Technology\nx4471 | Service Desk: (614) 555-0150",
    'sharon': "Sharon Maddox\nAdministrative Assistant III\nHealth Liaison Unit, Calder County DCYF\n(614) 555-0100",
    'yesenia': "Yesenia Barajas\nBilingual Caseworker (EN/ES)\nCalder County DCYF | Unit 3\n(614) 555-0119",
    'theo': "Theo Barnes\nTraining Coordinator, Staff Development\nCalder County DCYF\n(614) 555-0140",
}

DISC = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the "
        "sole use of the intended recipient(s) and may contain confidential information about "
        "children and families served by Calder County DCYF that is protected by state and federal "
        "law. Any unauthorized review, use, disclosure or distribution is prohibited. If you are "
        "not the intended recipient, please contact the sender by reply e-mail and destroy all "
        "copies of the original message.")
DISC_SHORT = ("This message is intended only for the addressee and may contain confidential "
              "information. If you received it in error please notify the sender and delete it.")
BWP_DISC = ("Brightwater Pediatrics - The information contained in this transmission is privileged "
            "and confidential. If you are not the intended recipient, any dissemination, distribution "
            "or copying is strictly prohibited. If you have received this in error, please notify us "
            "immediately at (614) 555-0160 and destroy the original.")

# ---------------------------------------------------------------- dates
DST_END = datetime(2024, 11, 3, 2, 0)

def tzfor(naive):
    return timezone(timedelta(hours=-4 if naive < DST_END else -5))

def aware(naive):
    return naive.replace(tzinfo=tzfor(naive))

def D(y, m, d, h=9, mi=0, s=None):
    return aware(datetime(y, m, d, h, mi, random.randint(0, 59) if s is None else s))

def rdate(start=(2024, 8, 19), end=(2025, 2, 21), hours=(7, 18), weekend_ok=False):
    s = datetime(*start)
    e = datetime(*end)
    day = s + timedelta(days=random.randint(0, (e - s).days))
    if not weekend_ok:
        while day.weekday() >= 5:
            day += timedelta(days=1)
    n = day.replace(hour=random.randint(*hours), minute=random.randint(0, 59),
                    second=random.randint(0, 59))
    return aware(n)

def back(dt, days=0, hours=0, minutes=0):
    """an earlier moment in the same thread, with the right UTC offset"""
    n = dt.replace(tzinfo=None) - timedelta(days=days, hours=hours, minutes=minutes)
    return aware(n)

def h12(dt):
    return '%d:%02d %s' % ((dt.hour % 12) or 12, dt.minute, 'AM' if dt.hour < 12 else 'PM')

def outlook_ts(dt):
    return '%s, %s %d, %d %s' % (dt.strftime('%A'), dt.strftime('%B'), dt.day, dt.year, h12(dt))

def gmail_on(dt, who):
    return 'On %s, %s %d, %d at %s %s wrote:' % (dt.strftime('%a'), dt.strftime('%b'), dt.day,
                                                   dt.year, h12(dt), who)

def iphone_on(dt, who):
    return 'On %s %d, %d, at %s, %s wrote:' % (dt.strftime('%b'), dt.day, dt.year, h12(dt), who)

def mdy(dt):
    return '%d/%d/%d' % (dt.month, dt.day, dt.year)

def quote(text, depth=1):
    pre = '>' * depth
    out = []
    for line in text.strip('\n').split('\n'):
        out.append(pre + (' ' + line if line else ''))
    return '\n'.join(out)

def orig_block(frm, dt, to, subject, body, cc=None):
    lines = ['-----Original Message-----', 'From: ' + frm, 'Sent: ' + outlook_ts(dt), 'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    lines += ['Subject: ' + subject, '', body.strip('\n')]
    return '\n'.join(lines)

def outlook_from_block(frm, dt, to, subject, body, cc=None):
    lines = ['________________________________', 'From: ' + frm, 'Sent: ' + outlook_ts(dt),
             'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    lines += ['Subject: ' + subject, '', body.strip('\n')]
    return '\n'.join(lines)

def fwd_block(frm, dt, to, subject, body):
    return '\n'.join(['---------- Forwarded message ---------', 'From: ' + frm,
                      'Date: %s, %s %d, %d at %s' % (dt.strftime('%a'), dt.strftime('%b'), dt.day,
                                                     dt.year, h12(dt)),
                      'Subject: ' + subject, 'To: ' + to, '', body.strip('\n')])

# ---------------------------------------------------------------- message
HEX = '0123456789abcdef'
B32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

def msgid(addr):
    dom = addr.split('@')[-1].rstrip('>').strip()
    style = random.randint(0, 2)
    if style == 0:
        left = ''.join(random.choice(HEX) for _ in range(32))
    elif style == 1:
        left = '%s.%s' % (''.join(random.choice(B32) for _ in range(12)),
                          ''.join(random.choice(HEX) for _ in range(8)))
    else:
        left = 'CA+%s' % ''.join(random.choice(B32 + 'abcdefghjk') for _ in range(24))
    return '<%s@%s>' % (left, dom)

def html_wrap(text, font='Calibri, Arial, sans-serif'):
    paras = []
    for block in text.strip('\n').split('\n\n'):
        lines = [xesc(l) for l in block.split('\n')]
        paras.append('<p style="margin:0 0 10px 0">' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:11pt;color:#1f1f1f">\n%s\n</div></body></html>'
            % (font, '\n'.join(paras)))

def mk(frm, to, subject, body, dt=None, cc=None, html=None, att=(), hdrs=(), reply_to=None,
       irt=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = format_datetime(dt or rdate())
    m['Message-ID'] = msgid(frm)
    if irt:
        ref = msgid(irt)
        m['In-Reply-To'] = ref
        m['References'] = ref
    m['MIME-Version'] = '1.0'
    for k, v in hdrs:
        m[k] = v
    m.set_content(body)
    if html is True:
        html = html_wrap(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in att:
        fname, data, ctype = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if isinstance(data, str) and maintype != 'text':
            data = data.encode('utf-8')
        if isinstance(data, str):
            params = a[3] if len(a) > 3 else None
            if params:
                m.add_attachment(data, subtype=subtype, filename=fname, params=params)
            else:
                m.add_attachment(data, subtype=subtype, filename=fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return m

# ---------------------------------------------------------------- attachments
ZDT = (2024, 10, 1, 8, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode('utf-8'))
    return buf.getvalue()

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet='Sheet1'):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])

def docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith('**')
        t = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'
           % ''.join(body))
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

def pdf(lines, title='Document'):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y0 = 750
    parts = ['BT', '/F1 10 Tf', '14 TL', '54 %d Td' % y0]
    for i, line in enumerate(lines):
        parts.append('(%s) Tj' % pesc(line.encode('latin-1', 'replace').decode('latin-1')))
        parts.append('T*')
    parts.append('ET')
    stream = '\n'.join(parts).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ('<< /Title (%s) /Producer (ScanDesk 4.2) >>' % pesc(title)).encode('latin-1', 'replace'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)

def png(w, h, bg=(255, 255, 255), bands=()):
    """a plain valid RGB PNG; bands = [(y0, y1, x0, x1, (r,g,b)), ...]"""
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            c = bg
            for (a0, a1, b0, b1, col) in bands:
                if a0 <= y < a1 and b0 <= x < b1:
                    c = col
            row += bytes(c)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def logo_png():
    return png(120, 40, (255, 255, 255), [(6, 34, 6, 34, (31, 78, 121)), (14, 26, 40, 114, (31, 78, 121)),
                                        (28, 31, 40, 90, (120, 170, 60))])

def scan_png():
    # a near-white "scanned page" with a faint border and header rule
    return png(170, 220, (250, 250, 247), [(0, 2, 0, 170, (200, 200, 200)), (218, 220, 0, 170, (200, 200, 200)),
                                          (20, 22, 15, 155, (60, 60, 60)), (30, 32, 15, 110, (90, 90, 90))])

def ics(uid, start, end, summary, location, desc, organizer, attendees):
    def f(dt):
        return dt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
             'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'UID:' + uid, 'DTSTAMP:' + f(start), 'DTSTART:' + f(start), 'DTEND:' + f(end),
             'SUMMARY:' + summary, 'LOCATION:' + location,
             'DESCRIPTION:' + desc.replace('\n', '\\n').replace(',', '\\,'),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'

def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()

XLSX_T = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_T = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

# ---------------------------------------------------------------- registry
REG = []

def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco

# ================================================================ PHI: care
@reg('phi', 'care')
def care_ride():
    dt = rdate((2024, 10, 7), (2024, 10, 8), (18, 21))
    q1 = back(dt, hours=4, minutes=20)
    q0 = back(q1, hours=4, minutes=25)
    denise = 'Denise Albright <dalbright.family@riverlink.net>'
    inner = ("Hi Marcus, Kaylee's checkup got moved to Thursday 2:30 and I've got the twins IEP "
             "meeting at 2 at the elementary. Is there any way someone could take her? Her "
             "Medicaid card is in the blue folder you gave us.\nThanks, Denise")
    mid = ("Hi Denise - I put in the transport request for Kaylee Morrison. SafeTrip will pick "
           "her up at your house at 2:00 Thursday for the 2:30 at Brightwater Pediatrics (Dr. "
           "Mehta). Driver will call when they're 10 min out. If you'd rather ride along with "
           "her that's fine, just tell them at pickup.\n\nI'll also ask the office to send the "
           "visit summary over to Renee so it gets in the file.\n\nMarcus\n\n"
           + iphone_on(q0, 'Denise Albright <dalbright.family@riverlink.net>') + '\n\n'
           + quote(inner))
    body = ("Marcus that works, thank you!! I'll have her ready by 1:45. She's nervous about the "
            "shots so I told her we'd get a slushie after lol\n\nDenise\n\nSent from my iPhone\n\n"
            + iphone_on(q1, 'Marcus Delgado <mdelgado@caldercountydcyf.org>') + '\n\n'
            + quote(mid))
    return mk(denise, MARCUS, 'Re: ride thurs?', body, dt, irt=MARCUS), 'Kaylee Morrison'


@reg('phi', 'care')
def care_handover():
    dt = D(2024, 10, 18, 16, 41)
    body = """Tasha,

Thanks again for covering next week. Here's what's open on my list, no particular order:

- Mateo Ruiz (Soto home) - refill at Corner Oak should be ready Wed, Maria is picking up. If they ask for the consent again it's scanned in the health tab, dated 9/12.
- Deshawn Porter - missed his dental on 10/3. Smile Crest will only rebook once someone confirms transport. Group home staff (Mr. Ellison) says mornings are better for him.
- Nevaeh Simmons - 2 month well baby is 10/23 at 9:15. Curt and Angie know. Just need the visit summary uploaded after.
- Aaliyah Grant - grandma called twice about the counseling intake paperwork. I told her you'd call her back Tues. The packet is in the tray on my desk.
- Brayden Cole - new glasses were ordered 10/10, optical will call the Albrights when they're in. Nothing for you to do unless they call us.

Court report for the Porter review (11/6): health section is drafted, S:\\HLU\\Court\\Porter. Just needs the dental update once he's seen.

My cell if something is on fire: (614) 555-0187. Otherwise see you the 28th!

Renee

""" + SIG['renee'] + "\n\n" + DISC
    return (mk(RENEE, TASHA, "coverage while I'm out 10/21-10/25", body, dt, cc=BETH),
            'Mateo Ruiz; Deshawn Porter; Nevaeh Simmons; Aaliyah Grant; Brayden Cole')


@reg('phi', 'care')
def care_placement_move():
    dt = D(2024, 11, 1, 7, 52)
    body = """Renee, Marcus -

Brayden Cole was moved last night from the Henley home to the Albrights (emergency move, not health related, details in the contact note). He left with a bag of clothes but his meds and his glasses are still at the Henleys'.

Mrs. Henley says she'll have everything bagged up on her porch by noon today. Marcus, can you swing by and grab it on your way to the Albrights? We need the actual bottles with the pharmacy labels, not pills in a baggie like last time.

Renee - can you call Denise Albright this morning and go over his morning and bedtime doses with her and get a new med log started? He has his 6 month follow up with the eye doctor 11/14 at 3:15 (Lakeview Vision, Dr. Salas) and the Albrights will need to take him. His Medicaid card and the consent form are in the placement packet I left at the front desk.

Thanks,
Dale

""" + SIG['dale']
    html = html_wrap(body)
    return (mk(DALE, [RENEE, MARCUS], 'Placement change - Brayden C. - now at Albright home as of 10/31',
               body, dt, cc=SHARON, html=html), 'Brayden Cole')


@reg('phi', 'care')
def care_grandma():
    dt = rdate((2024, 11, 12), (2024, 11, 15), (15, 17))
    q = back(dt, hours=19, minutes=12)
    loretta = 'Loretta Banks <lbanks1956@inboxmail.net>'
    orig = """Ms. Ferris,

I am writing about my grand daughter Aaliyah. She has not been sleeping since the visit with her mother on Saturday, she is up at 2 and 3 in the morning walking around the house and she barely touches her supper. She told me she doesnt want to go to the next visit. I dont want to make trouble but I think she needs to talk to somebody or see the doctor. Can you help me set that up? I dont drive at night anymore so day time is better for me.

Thank you
Loretta Banks
(614) 555-0123"""
    body = ("Mrs. Banks,\n\nThank you for letting me know, and please don't ever worry about making "
            "trouble - this is exactly what I need to hear about. I've copied our health liaison "
            "nurse, Renee Okafor. She'll call you tomorrow morning to set up a daytime appointment "
            "with Dr. Mehta for Aaliyah, and I'm going to check on where her counseling referral is "
            "so we can get her seen sooner.\n\nWe can talk about the visit schedule too. I'll call "
            "you Thursday after school.\n\nJolene\n\n" + SIG['jolene'] + "\n\n"
            + gmail_on(q, 'Loretta Banks <lbanks1956@inboxmail.net>') + "\n\n" + quote(orig)
            + "\n\n" + DISC)
    return (mk(JOLENE, loretta, 'RE: Aaliyah', body, dt, cc=RENEE, irt=loretta), 'Aaliyah Grant')


@reg('phi', 'care')
def care_transport_confirm():
    dt = D(2024, 11, 8, 14, 3)
    body = """SafeTrip Medical Rides - Trip Confirmation

Trip #:       ST-884120
Rider:        SIMMONS, NEVAEH
Rider type:   Infant - rear-facing car seat (provided by foster parent)
Escort:       Foster parent x1 (Angela Vance)
Pickup:       Tue 11/12/2024  08:15 AM
From:         412 Birchwood Ln, Bellmont OH 45880
To:           Brightwater Pediatrics, 2200 Lakeview Pkwy Ste 110, Bellmont
Appt time:    09:00 AM
Return:       Will-call (call dispatch when ready)
Funding:      Calder County DCYF - Auth 24-HL-0917
Booked by:    M. Delgado

To change or cancel, reply to this message or call dispatch at (614) 555-0161 at least 24 hours before pickup. Same-day cancellations may be billed to the funding source.

This is an automated message from SafeTrip Dispatch. Please do not reply with medical information."""
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
            '<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">'
            '<tr><td colspan="2" style="background:#0b5d7a;color:#fff"><b>SafeTrip Medical Rides - Trip Confirmation</b></td></tr>'
            '<tr><td>Trip #</td><td>ST-884120</td></tr><tr><td>Rider</td><td>SIMMONS, NEVAEH</td></tr>'
            '<tr><td>Rider type</td><td>Infant - rear-facing car seat (provided by foster parent)</td></tr>'
            '<tr><td>Escort</td><td>Foster parent x1 (Angela Vance)</td></tr>'
            '<tr><td>Pickup</td><td>Tue 11/12/2024 08:15 AM<br>412 Birchwood Ln, Bellmont OH 45880</td></tr>'
            '<tr><td>To</td><td>Brightwater Pediatrics, 2200 Lakeview Pkwy Ste 110, Bellmont</td></tr>'
            '<tr><td>Appt time</td><td>09:00 AM</td></tr><tr><td>Return</td><td>Will-call</td></tr>'
            '<tr><td>Funding</td><td>Calder County DCYF - Auth 24-HL-0917</td></tr></table>'
            '<p style="color:#777">To change or cancel call dispatch at (614) 555-0161 at least 24 hours before pickup.</p>'
            '</body></html>')
    return (mk('SafeTrip Dispatch <noreply@safetripmedicalrides.com>', MARCUS,
               'Trip Confirmation ST-884120 - SIMMONS, NEVAEH - 11/12/2024', body, dt, html=html,
               cc=HLU), 'Nevaeh Simmons')


@reg('phi', 'care')
def care_school_dose():
    dt = D(2024, 11, 26, 10, 18)
    body = """Hi Janet,

Tyler Hutchins (10th grade, Bellmont High - I know you cover both buildings this year) will need a noon dose at school starting Monday 12/2. His foster dad, Mr. Okonkwo, will drop the bottle off at the health office Monday before first bell, in the original pharmacy container.

Attached is the district medication authorization form, signed by the prescriber and by me for the agency as legal custodian. If the district needs a parent signature too, please note that the agency signs in place of the parent while he's in our custody.

Can you let me know if he misses a dose or doesn't show up for it? He's 16 and sometimes "forgets" on purpose.

Thanks so much,
Tasha

""" + SIG['tasha'] + "\n\n" + DISC
    doc = docx(['**North Valley Unified School District',
                '**Authorization for Medication Administration at School',
                'Student name: Tyler Hutchins        Grade: 10        School: Bellmont High School',
                'Date of birth: 06/27/2008',
                'Medication: methylphenidate 10 mg tablet',
                'Dose / route: 1 tablet by mouth        Time: 12:00 noon daily (school days)',
                'Start date: 12/02/2024        End date: end of school year',
                'Prescriber: Anjali Mehta, MD - Brightwater Pediatrics - (614) 555-0160',
                'Prescriber signature: [signed]   Date: 11/22/2024',
                'Parent/guardian: Calder County DCYF (legal custodian) - Tasha Whitfield',
                'Guardian signature: [signed]   Date: 11/25/2024',
                'Foster parent contact: Emmanuel Okonkwo (614) 555-0177'])
    return (mk(TASHA, 'Janet Pruitt <jpruitt@northvalleyusd.org>',
               'Tyler Hutchins - med at school starting Monday', body, dt, cc=MARCUS,
               att=[('Med_Authorization_Hutchins_T.docx', doc, DOCX_T)]), 'Tyler Hutchins')


@reg('phi', 'care')
def care_visit_move():
    dt = D(2024, 11, 19, 13, 6)
    q = back(dt, minutes=47)
    orig = """Ron, can we push Sofia's Thursday visit with mom to Friday same time? Her initial health exam is Thursday 3:40 at Brightwater - it's the only slot inside her 30 days and I don't want to lose it. Foster mom will bring her to the visit center Friday by 3:50.

Please let mom know it's for a doctor appointment, nothing wrong, just the regular first checkup everyone gets.

Gracias,
Y"""
    body = ("Done. Moved to Fri 11/22 4:00-5:00, room B. Left mom a voicemail and sent her a text "
            "with the new time.\n\nRon Tillis\nVisitation Coordinator\nx4410\n\n"
            + orig_block(YESENIA, q, RON, "Sofia R. - Thurs visit needs to move", orig))
    return (mk(RON, YESENIA, "RE: Sofia R. - Thurs visit needs to move", body, dt, irt=YESENIA),
            'Sofia Ramirez')


@reg('phi', 'care')
def care_baby_supplies():
    dt = rdate((2024, 10, 24), (2024, 11, 30), (17, 21), weekend_ok=True)
    body = """Renee - picked up the formula from WIC, the soy one the clinic wanted for Nevaeh, 6 cans. Also got the saline drops and the bulb thing for her nose.

Still need the diaper cream the dr wrote for. Pharmacy said it needs your ok since its county paid?? let me know and I'll run back over tomorrow

Curt

Sent from my Galaxy"""
    return (mk('Curt Vance <cvance.home@fastpost.com>', RENEE, 'baby stuff', body, dt),
            'Nevaeh Simmons')

# ================================================================ PHI: ids
@reg('phi', 'ids')
def ids_coverage_termed():
    dt = D(2024, 10, 9, 11, 27)
    q = back(dt, hours=2, minutes=5)
    rhonda = 'Rhonda Keeler <rkeeler@keystonekidshp.org>'
    orig = """Hi Rhonda,

Following up on my voicemail. The member below shows a termination date of 09/30/2024 in the provider portal, but the child remains in our custody and the foster care Medicaid category should continue automatically.

  Member ID:    7720019348
  DOB:          04/11/2015
  Initials:     K.M.
  Aid category: FC-E (Title IV-E)
  County:       Calder (17)

She has a dental cleaning on 10/17 and the office won't see her without active coverage. Can you reinstate retro to 10/1?

Thank you,
""" + SIG['gloria']
    body = ("Gloria,\n\nIt was an auto-term from the redetermination batch that ran 9/28 - a handful "
            "of FC kids got caught in it. I submitted the reinstatement, ticket KKHP-RT-55021. "
            "Should show active back to 10/1 in 24-48 hrs. If the dental office needs something "
            "before then they can call provider services and reference the ticket.\n\n"
            "Rhonda Keeler\nFoster Care Liaison, Member Services\nKeystone Kids Health Plan\n"
            "(614) 555-0145\n\n" + orig_block(GLORIA, q, rhonda,
                                             'Coverage termed in error - member ID 7720019348', orig))
    return (mk(rhonda, GLORIA, 'RE: Coverage termed in error - member ID 7720019348', body, dt,
               irt=GLORIA), 'K.M.')


@reg('phi', 'ids')
def ids_pharmacy_reject():
    dt = D(2024, 12, 3, 15, 44)
    body = """Calder County DCYF - Health Liaison

The following prescription was rejected by the patient's Medicaid plan today:

  Patient DOB:    02/19/2011
  Medicaid ID:    1004839271
  Plan:           Keystone Kids Health Plan (BIN 610494 / PCN KKFC)
  Rx#:            6023318
  Drug:           NDC 00093-5264-01  qty 30 / 30 days
  Reject:         75 - Prior Authorization Required
  Prescriber:     A. Mehta MD, Brightwater Pediatrics

Please contact the prescriber's office to start the PA, or let us know if the county will pay cash for this fill. The foster parent was given a 3-day emergency supply per our policy.

Corner Oak Pharmacy #2
1880 Route 9, Bellmont OH 45880
Ph (614) 555-0155  Fax (614) 555-0156"""
    return (mk('Corner Oak Pharmacy <rx2@corneroakrx.com>', HLU,
               'Rx reject - PA required - Rx#6023318', body, dt), '')


@reg('phi', 'ids')
def ids_court_request():
    dt = D(2024, 11, 14, 9, 12)
    q = back(dt, days=1, hours=1)
    mon = 'Monique Ashford <mashford@calder-juvenilecourt.org>'
    orig = """Ms. Ferris,

Magistrate Hollins has asked for an updated health and medication summary in JV-2024-0318 ahead of the 12/5 review hearing. Specifically: (1) status of the psychiatric evaluation recommended at the August hearing, and (2) whether the child's medications have changed since the August report.

Please file with the clerk and serve the GAL by 11/27.

Monique Ashford
Court Services Liaison
Calder County Juvenile Court
(614) 555-0170"""
    body = ("Renee, can you pull together the health section for this one? The eval was done 10/22 "
            "at Riverbend, I have the report in the file. Med change was in Sept I think, the "
            "sertraline dose went up - you'd know better.\n\nthx\nJ\n\n"
            + outlook_from_block(mon, q, JOLENE, 'JV-2024-0318 - health summary for 12/5 review', orig)
            + "\n\n" + DISC)
    return (mk(JOLENE, RENEE, 'FW: JV-2024-0318 - health summary for 12/5 review', body, dt), '')


@reg('phi', 'ids')
def ids_dental_claim():
    dt = rdate((2024, 9, 3), (2024, 9, 27))
    body = """Hi Gloria,

Claim 24031-88172-01 for DOS 03/14/2024 was denied by Keystone Kids as "member not eligible on date of service."

Subscriber ID: 7719904412
Billed: $412.00 (D0150, D1120, D1206, D0272)

Our records show the patient was placed by your agency on 03/01/2024 and the foster mom gave us the county letter at check-in. Can you confirm the coverage start date, or let us know who is responsible for the balance? We'd like to resolve before it goes to a statement.

Thank you!
Maribel Ortiz
Billing Coordinator
Smile Crest Pediatric Dentistry
(614) 555-0163 x2"""
    return (mk('Maribel Ortiz <billing@smilecrestkids.com>', GLORIA, 'Denied claim 24031-88172-01',
               body, dt), '')


@reg('phi', 'ids')
def ids_person_upload():
    dt = rdate((2024, 9, 9), (2024, 10, 4), (8, 17))
    body = ("renee can u upload the visit summary for person ID 5503218? her 3/14 visit w Dr Mehta. "
            "dale flagged it as missing on the compliance report. case 24-00871\n\nthanks!!\nM")
    return mk(MARCUS, RENEE, 'visit summary missing', body, dt), ''


@reg('phi', 'ids')
def ids_adoption_medicaid():
    dt = D(2024, 11, 19, 10, 2)
    body = """Hi Gloria,

The adoption in case 22-00419 finalized yesterday (11/18). Can you start the switch from foster care Medicaid to the adoption assistance category?

  Name on decree:       Elijah James Turner (formerly Elijah J. Bowman)
  DOB:                  07/02/2016
  SSN (unchanged):      281-64-7730
  Current FC Medicaid:  1004772815
  AA agreement #:       AA-2024-0137, effective 11/18/2024
  Adoptive parents:     Nathan & Keisha Turner, 77 Orchard Crest Dr, Bellmont 45880

He has an ortho consult 12/3 at Smile Crest and a standing speech therapy slot on Wednesdays, so I really don't want a gap. Let me know if you need the decree - I have the certified copy.

Thanks!
Priya

""" + SIG['priya'] + "\n\n" + DISC
    return (mk(PRIYA, GLORIA, 'Adoption finalized - AA Medicaid switch, case 22-00419', body, dt,
               cc=DALE), 'Elijah James Turner')


@reg('phi', 'ids')
def ids_icpc():
    dt = D(2024, 11, 6, 14, 31)
    body = """RE: ICPC Request 2024-IN-0619
Sending state case no.: 24-01102 (Calder County, OH)
Child DOB: 05/23/2012

Mr. Kowalczyk,

The receiving agency has asked for the child's current Medicaid number and immunization record before the 100A approval can be finalized. The child has been in the proposed relative home on the extended visit since 10/28 and now needs to be seen for a sick visit (ear pain, low fever per the relative). The relative's clinic will not schedule without proof of coverage.

Please send the Medicaid card copy and immunization history to this office by secure e-mail or fax (317) 555-0108. A signed medical consent from your agency is also needed if it was not included in the original packet.

Regards,
Deputy Compact Administrator
Interstate Compact on the Placement of Children
Office of Interstate Services"""
    return (mk('ICPC Compact Office <icpc.office@interstate-services.example.org>', DALE,
               'ICPC 2024-IN-0619 - Medicaid and immunization record needed', body, dt,
               cc=HLU), '')


@reg('phi', 'ids')
def ids_lab_results():
    dt = D(2024, 11, 7, 12, 15)
    body = """Please see the attached results for MRN BWP-0041192 (DOB 08/03/2021), collected 11/04/2024.

Per protocol Dr. Mehta has ordered a repeat venous draw within 4 weeks. Please have the foster caregiver schedule with our front desk at (614) 555-0160.

Brightwater Pediatrics - Results Desk

""" + BWP_DISC
    rep = pdf(['BRIGHTWATER PEDIATRICS - LABORATORY REPORT', '2200 Lakeview Pkwy Ste 110, Bellmont OH 45880',
               '', 'MRN: BWP-0041192            DOB: 08/03/2021        Sex: M',
               'Guarantor: Calder County DCYF (custodial agency)', 'Ordering: Anjali Mehta, MD   NPI 1184729305',
               'Collected: 11/04/2024 10:12   Received: 11/04/2024 14:40   Reported: 11/06/2024 09:02',
               '', 'TEST                          RESULT      FLAG   REF RANGE      UNITS',
               'Lead, blood (capillary)        6.1         H      <3.5           ug/dL',
               'Hemoglobin                     11.2               10.5-13.5      g/dL',
               '', 'Comment: Capillary result above CDC blood lead reference value.',
               'Confirm with venous sample within 1-3 months. Environmental history recommended.',
               '', 'Resulted by: Lakeview Reference Lab, CLIA 36D0987654'], title='Lab Report')
    return (mk('Brightwater Results <results@brightwaterpeds.com>', RENEE, 'Results - MRN BWP-0041192',
               body, dt, att=[('BWP-0041192_20241104.pdf', rep, 'application/pdf')]), '')

# ================================================================ PHI: lang
@reg('phi', 'lang')
def lang_spanish():
    dt = D(2024, 10, 16, 18, 22)
    q = back(dt, hours=3, minutes=40)
    maria = 'María Soto <mariasoto.casa@inboxmail.net>'
    orig = """Hola Yesenia, buenas tardes.

Le escribo para avisarle que Mateo tuvo calentura anoche, casi 102, y hoy amaneció con tos y no quiso desayunar. Le di el Tylenol de niños como dice la caja. Ya le hablé a la clínica Brightwater y me dieron cita para mañana jueves a las 10:15 con la Dra. Mehta.

El problema es que en la farmacia no me quisieron surtir la medicina de la última vez porque dicen que la tarjeta de Medicaid que tengo ya no sirve. ¿Me puede mandar foto de la tarjeta nueva o el número? Tampoco sé si usted tiene que firmar algo para la medicina.

Le aviso cómo nos va en la cita.
Gracias,
María Soto
(614) 555-0139"""
    body = ("Hola María,\n\nGracias por avisarme. El número nuevo de Medicaid de Mateo es 1004851196, "
            "ya le mandé una foto de la tarjeta por mensaje de texto. Para esa receta no necesita mi "
            "firma, nada más para medicinas nuevas de salud mental.\n\nSi la doctora le manda algo "
            "nuevo o le dice que regrese, avíseme para ponerlo en el expediente. Y si mañana necesita "
            "transporte me llama temprano.\n\nSaludos,\nYesenia\n\n" + SIG['yesenia'] + "\n\n"
            + gmail_on(q, maria) + "\n\n" + quote(orig))
    return (mk(YESENIA, maria, 'Re: Mateo - cita y tarjeta de Medicaid', body, dt, irt=maria),
            'Mateo Ruiz')


@reg('phi', 'lang')
def lang_vietnamese():
    dt = rdate((2024, 10, 3), (2024, 10, 10), (19, 22))
    body = """Chào chị Linh,

Em gửi chị lịch hẹn của bé An (Phạm Gia An). Bác sĩ ở phòng khám nhi Brightwater hẹn bé tái khám vào thứ Ba ngày 15 tháng 10, lúc 10 giờ sáng, để cân lại và kiểm tra tai của bé.

Thuốc nhỏ tai của bé chỉ còn khoảng 3 ngày nữa là hết. Nhà thuốc Corner Oak nói phải có giấy đồng ý của sở thì mới lấy thêm được. Chị gửi giấy đó qua nhà thuốc giúp em được không ạ?

Hôm đó em phải đi làm tới 11 giờ, chị nhờ xe đưa đón của sở chở bé đi được không? Chồng em sẽ đi cùng bé.

Bé ăn uống khá hơn rồi, tối ngủ cũng ngon hơn tuần trước.

Cảm ơn chị nhiều.
Hoa

Gửi từ iPhone của tôi"""
    return (mk('Nguyễn Thị Hoa <hoanguyen.fam@inboxmail.net>', LINH, 'Lịch tái khám của bé An', body,
               dt), 'Phạm Gia An')


@reg('phi', 'lang')
def lang_russian():
    dt = D(2024, 11, 21, 17, 48)
    body = """Оксана, добрый день!

Были сегодня с Дашей у стоматолога в Smile Crest. Врач сказал, что у неё кариес на четырёх зубах и два зуба нужно удалять. Она очень боится, поэтому они хотят делать всё сразу под общим наркозом в больнице. Для этого нужно согласие от вашего агентства — сказали, что мама Даши подписать не может, пока Даша под опекой.

Бланк согласия они пришлют вам по факсу. Процедура предварительно назначена на 6 декабря, приехать к 7:30 утра, ничего не есть с вечера. Без подписи они не подтвердят дату.

И ещё: у Даши заканчиваются глазные капли, осталось дня на два. Рецепт доктора Мехты есть в аптеке, но нужно продление.

Спасибо большое,
Светлана Иванова
(614) 555-0166

Отправлено с iPhone"""
    return (mk('Светлана Иванова <svetlana.ivanova77@riverlink.net>', OKSANA,
               'Даша Ковальчук — стоматолог, нужно согласие', body, dt), 'Дарья Ковальчук')


@reg('phi', 'lang')
def lang_creole():
    dt = rdate((2024, 12, 2), (2024, 12, 6), (7, 12))
    body = """Bonjou Msye Pierre,

Se manman Woodley ki ap ekri w. Madanm fanmi akèy la te di m nan vizit la ke yo te mennen Woodley lopital dimanch swa paske li te gen gwo lafyèv epi li t ap vomi. Pèsonn pa t rele m. Mwen se manman l, mwen gen dwa konnen.

Eske ou ka di m kijan l ye kounye a? Eske doktè a ba l medikaman? Mwen vle konnen tou si l ap pran ponp pou opresyon an chak jou jan doktè Mehta te di a.

Vizit nou an se toujou vandredi a 4è? Si li toujou malad, eske m ka vin wè l kay fanmi akèy la?

Mèsi anpil,
Nadège Belizaire
(614) 555-0172"""
    return (mk('Nadège Belizaire <nadegebelizaire@fastpost.com>', JR, 'Woodley', body, dt),
            'Woodley Belizaire')


@reg('phi', 'lang')
def lang_somali():
    dt = D(2024, 11, 8, 20, 5)
    body = """Asc Amina,

Waxaan kuu soo qorayaa arrinta Hodan Abdi. Ballanta dhakhtarka ilkaha (Smile Crest) waa Khamiista soo socota, 14ka November, saacadda 10:00 subaxnimo. Anigu shaqo ayaan leeyahay maalintaas, ma u heli karnaa gaadiid iyo qof la socda?

Sidoo kale daawadeeda neefta way dhammaanaysaa, laba maalmood ayaa u hadhay. Farmashiyaha Corner Oak waxay yiraahdeen waxay u baahan yihiin ogolaansho cusub oo ka timaada xafiiskiinna.

Hodan hadda way fiican tahay, dugsiga si fiican ayay u socotaa, cuntadana way cuntaa.

Mahadsanid,
Fadumo Hassan
(614) 555-0179"""
    return (mk('Fadumo Hassan <fadumo.hassan@inboxmail.net>', AMINA,
               'Hodan – ballanta ilkaha iyo daawada', body, dt), 'Hodan Abdi')


@reg('phi', 'lang')
def lang_arabic():
    dt = D(2024, 10, 28, 12, 40)
    body = """السيدة رينيه المحترمة،

تحية طيبة وبعد،

أكتب إليكم بخصوص ابن أخي يوسف الحمدان (تاريخ الميلاد 14/03/2009) المقيم حالياً لدى عائلة الرعاية. عندما زرته يوم السبت كان يشتكي من ألم شديد في ضرسه منذ أسبوعين، ولا يستطيع أن يأكل جيداً.

هل تم تحديد موعد مع طبيب الأسنان؟ وأرجو إخباري أيضاً إن كان قد حصل على نظارته الجديدة، فقد قال لي إنه لا يرى السبورة في المدرسة.

يوسف لا يتكلم الإنجليزية جيداً بعد، لذلك أرجو أن يكون معه مترجم في الموعد.

شكراً جزيلاً على اهتمامكم،
خالد الحمدان
(614) 555-0190"""
    return (mk('خالد الحمدان <khalid.alhamdan@fastpost.com>', RENEE, 'بخصوص يوسف - موعد طبيب الأسنان',
               body, dt, cc=AMINA), 'يوسف الحمدان')


@reg('phi', 'lang')
def lang_chinese():
    dt = D(2024, 11, 13, 21, 17)
    body = """陈社工您好：

凯文（Kevin Lin）下周二（11月19日）下午三点在Brightwater儿科复诊，医生要看一下他的体重和上次验血的结果。我那天要上班，能不能请机构安排车接送？我先生可以陪他去。

另外他每天早上打的胰岛素和试纸只剩五天的量了。药房说因为是县里付费，要社工签同意书才能续。麻烦您跟药房联系一下。

凯文最近晚上睡得比较好，在学校也交到了朋友，请放心。

谢谢！
李秀英
手机：(614) 555-0148"""
    return (mk('李秀英 <lixiuying.home@inboxmail.net>', WEI, '凯文下周复诊和续药的问题', body, dt),
            'Kevin Lin')


@reg('phi', 'lang')
def lang_portuguese():
    dt = rdate((2024, 9, 9), (2024, 9, 20), (8, 20))
    body = """Oi Priya, tudo bem?

A consulta da Gabriela no dentista foi remarcada para o dia 18 às 15h, porque a doutora estava doente. Ela ainda reclama de dor no dente de trás quando come coisa gelada.

Outra coisa: desde domingo ela está com dor de ouvido e um pouco de febre. Levei na clínica ontem e o médico passou amoxicilina por 10 dias. A farmácia aceitou o Medicaid sem problema.

Sobre a adoção - a advogada disse que precisa do histórico médico completo dela para a audiência. Você vai pedir para a clínica ou eu peço?

Beijos,
Rosana

Enviado do meu celular"""
    return (mk('Rosana Ferreira <rosana.ferreira@riverlink.net>', PRIYA, 'Gabriela - dentista e ouvido',
               body, dt), 'Gabriela')

# ================================================================ PHI: lists
FIRST = ['Jayden', 'Makayla', 'Isaiah', 'Brooklyn', 'Xavier', 'Harmony', 'Caleb', 'Serenity',
         'Dominic', 'Paisley', 'Josiah', 'Trinity', 'Angel', 'Kiara', 'Gavin', 'Ximena', 'Malachi',
         'Destiny', 'Cameron', 'Lilah', 'Elias', 'Journee', 'Tristan', 'Ariana']
LAST = ['Holloway', 'Pruett', 'Castillo', 'Byrd', 'Sandoval', 'McCray', 'Dunlap', 'Ferreira',
        'Gaines', 'Whitley', 'Barlow', 'Quintero', 'Sizemore', 'Oyelaran', 'Tate', 'Lockhart',
        'Nakamura', 'Fields', 'Strickland', 'Bui']

def rdob(y0=2007, y1=2023):
    return '%02d/%02d/%d' % (random.randint(1, 12), random.randint(1, 28), random.randint(y0, y1))

def rmcd():
    return '100' + ''.join(random.choice('0123456789') for _ in range(7))

def kids(n):
    f = random.sample(FIRST, n)
    l = random.sample(LAST, n)
    return list(zip(f, l))


@reg('phi', 'lists')
def lists_overdue_aligned():
    dt = D(2024, 10, 14, 8, 3)
    body = """Good morning,

Below are the kids past (or about to pass) the 30-day initial health exam deadline as of this morning. Please check your names and update me by Wed so I can send the report to Beth.

Child                 DOB         Placed      Worker      30-day due  Status
--------------------  ----------  ----------  ----------  ----------  --------------------------------
Ortega, Luis          03/09/2011  09/10/2024  Delgado     10/10/2024  appt 10/18 Brightwater
Washington, Amari     12/22/2015  09/12/2024  Ferris      10/12/2024  NOT scheduled - FP not calling back
Simmons, Nevaeh       08/30/2024  09/16/2024  Delgado     10/16/2024  seen 10/11, summary not uploaded
Reyes, Jazmin         06/05/2019  09/17/2024  Barajas     10/17/2024  appt 10/22 (late, sup approved)
Kim, Daniel           01/14/2008  09/19/2024  Tran        10/19/2024  youth refusing - see contact note
Abdi, Hodan           02/11/2014  09/20/2024  Warsame     10/20/2024  appt 10/17 Brightwater

Dental (within 90 days) is a separate list, coming Friday.

Thanks,
Tasha

""" + SIG['tasha'] + "\n\n" + DISC
    return (mk(TASHA, [MARCUS, JOLENE, YESENIA, LINH, AMINA], 'Overdue initial health exams - wk of 10/14',
               body, dt, cc=[BETH, DALE]),
            'Luis Ortega; Amari Washington; Nevaeh Simmons; Jazmin Reyes; Daniel Kim; Hodan Abdi')


@reg('phi', 'lists')
def lists_epsdt_csv():
    dt = D(2024, 12, 2, 9, 30)
    rows = [['Child_Last', 'Child_First', 'DOB', 'Medicaid_ID', 'Worker', 'Last_WellChild',
             'Last_Dental', 'WellChild_Due', 'Dental_Due', 'Flag']]
    names = []
    for f, l in kids(16):
        dob = rdob()
        wc = '%02d/%02d/2024' % (random.randint(1, 11), random.randint(1, 28))
        dn = random.choice(['%02d/%02d/2024' % (random.randint(1, 11), random.randint(1, 28)),
                            '%02d/%02d/2023' % (random.randint(1, 12), random.randint(1, 28)), ''])
        flag = random.choice(['', '', 'OVERDUE-DENTAL' if not dn or dn.endswith('2023') else '',
                              'NEW PLACEMENT', ''])
        if not dn:
            flag = 'NO DENTAL ON FILE'
        rows.append([l, f, dob, rmcd(), random.choice(['Delgado', 'Ferris', 'Barajas', 'Tran',
                                                        'Warsame', 'Pierre', 'Melnyk']),
                     wc, dn, wc[:6] + '2025', (dn[:6] + ('2025' if dn.endswith('2024') else '2024')) if dn else 'ASAP', flag])
        names.append('%s %s' % (f, l))
    body = """Beth,

Attached is the November EPSDT compliance pull for the Unit 2/3/4 caseloads. 16 kids in this batch. I flagged the ones with no dental on file - most are the under-3s, which is expected, but a couple aren't.

Overall we're at 91% well-child and 78% dental for the month. I'll have the agency-wide numbers after the SACWIS refresh Wednesday.

-Tasha
"""
    return (mk(TASHA, BETH, 'Nov EPSDT compliance - units 2-4', body, dt,
               att=[('EPSDT_compliance_Nov2024_U234.csv', csv_text(rows), 'text/csv')]), '; '.join(names))


@reg('phi', 'lists')
def lists_psychotropic_xlsx():
    dt = D(2025, 1, 10, 15, 55)
    rows = [['Child', 'DOB', 'Medication', 'Dose', 'Prescriber', 'Consent signed', 'Expires', 'Status'],
            ['Hutchins, Tyler', '06/27/2008', 'methylphenidate ER', '36 mg qAM + 10 mg noon', 'Mehta', '11/22/2024', '05/22/2025', 'Active'],
            ['Grant, Aaliyah', '09/14/2009', 'sertraline', '75 mg daily', 'Lyle (Riverbend)', '09/19/2024', '03/19/2025', 'Active'],
            ['Porter, Deshawn', '05/02/2012', 'guanfacine ER', '2 mg qHS', 'Lyle (Riverbend)', '07/30/2024', '01/30/2025', 'EXP'],
            ['Washington, Amari', '12/22/2015', 'clonidine', '0.1 mg qHS', 'Mehta', '08/02/2024', '02/02/2025', 'EXP'],
            ['Kim, Daniel', '01/14/2008', 'aripiprazole', '5 mg daily', 'Farouk (Children\'s)', '10/04/2024', '04/04/2025', 'Active - 2nd opinion req (under 18 antipsych)'],
            ['Ortega, Luis', '03/09/2011', 'fluoxetine', '10 mg daily', 'Lyle (Riverbend)', '12/11/2024', '06/11/2025', 'Active'],
            ['Reyes, Jazmin', '06/05/2019', 'melatonin (OTC)', '1 mg qHS', 'Mehta', 'n/a', 'n/a', 'OTC - no consent needed'],
            ['Kowalchuk, Daria', '03/30/2013', 'lisdexamfetamine', '20 mg qAM', 'Mehta', '07/15/2024', '01/15/2025', 'EXP']]
    body = """Beth -

Updated consent tracker attached for the quarterly psychotropic review on the 22nd. Three are expiring before the end of the month (marked EXP). I've already sent renewal packets to Dr. Lyle's office for Deshawn and to Brightwater for Amari and Daria.

Daniel's aripiprazole still needs the second-opinion review from the state consult line - I called again today, ref #PC-11873.

Renee

""" + SIG['renee']
    return (mk(RENEE, BETH, 'psychotropic consent tracker - Jan', body, dt,
               att=[('Psychotropic_Consent_Tracker_2025-01.xlsx', xlsx(rows, 'Consents'), XLSX_T)]),
            'Tyler Hutchins; Aaliyah Grant; Deshawn Porter; Amari Washington; Daniel Kim; Luis Ortega; Jazmin Reyes; Daria Kowalchuk')


@reg('phi', 'lists')
def lists_dental_van():
    dt = D(2024, 11, 13, 14, 20)
    body = """Hi Renee,

Here's our list for the dental van on 11/20. Consents for all 5 were faxed to your office Monday. Staff will have them in the dayroom by 8:45.

Deshawn Porter - 05/02/2012 - missed his 10/3 appt, needs cleaning + xrays
Malik Jefferson - 11/19/2009 - chipped front tooth (basketball 10/28), no pain per him
Cody Reinholt - 02/27/2010 - never been to a dentist per intake
Ethan Ngata - 08/14/2011 - sealants + cleaning
Jordan Pike - 04/01/2008 - says wisdom teeth hurt, can they look/refer?

Let me know if the van people need anything else from us.

Greg Ellison
Residential Supervisor
Harbor House Youth Residence
(614) 555-0181

Sent from my iPad"""
    return (mk('Greg Ellison <gellison@harborhouseyouth.org>', RENEE, 'dental van 11/20 - our list',
               body, dt, cc=MARCUS),
            'Deshawn Porter; Malik Jefferson; Cody Reinholt; Ethan Ngata; Jordan Pike')


@reg('phi', 'lists')
def lists_redet_pipe():
    dt = D(2024, 12, 9, 11, 4)
    ks = kids(7)
    lines = ['| Child              | Medicaid ID | DOB        | Renewal due | Missing                      |',
             '|--------------------|-------------|------------|-------------|------------------------------|']
    miss = ['income verif (SSI)', 'citizenship doc', 'nothing - auto renew', 'signed 7216',
            'birth cert copy', 'third party ins info', 'SSN card']
    names = []
    for (f, l), m in zip(ks, miss):
        nm = '%s, %s' % (l, f)
        lines.append('| %-18s | %s  | %s | 12/31/2024  | %-28s |' % (nm, rmcd(), rdob(2008, 2022), m))
        names.append('%s %s' % (f, l))
    body = ("Hi all,\n\nThese kids on your caseloads have Medicaid redeterminations due 12/31. Most "
            "of the FC ones auto-renew but these need something from us. Please get me the missing "
            "item by 12/18 - I know it's the holidays.\n\n" + '\n'.join(lines) +
            "\n\nIf a child on this list has left care, tell me and I'll close it out instead.\n\n"
            "Gloria\n\n" + SIG['gloria'] + "\n\n" + DISC)
    return (mk(GLORIA, [MARCUS, JOLENE, YESENIA, JR], 'Redeterminations due 12/31 - your kids',
               body, dt), '; '.join(names))


@reg('phi', 'lists')
def lists_intake_tabs():
    dt = D(2024, 9, 23, 16, 48)
    rows = [('Name', 'DOB', 'Removal date', 'Placement', 'Concerns noted at removal'),
            ('Reyes, Jazmin', '6/5/2019', '9/17/2024', 'Soto FH', 'head lice, behind on shots'),
            ('Reyes, Adrian', '1/22/2022', '9/17/2024', 'Soto FH', 'diaper rash, possible ear infection'),
            ('Kim, Daniel', '1/14/2008', '9/19/2024', 'Harbor House', 'says he takes "something for sleep", no bottle'),
            ('Abdi, Hodan', '2/11/2014', '9/20/2024', 'Hassan FH', 'asthma - inhaler left at home'),
            ('Simmons, Nevaeh', '8/30/2024', '9/16/2024', 'Vance FH', 'NICU d/c 9/12, formula intolerance?')]
    table = '\n'.join('\t'.join(r) for r in rows)
    body = ("HLU - new removals from last week, need 72 hour screens if not already done. Pasted "
            "from the intake log:\n\n" + table + "\n\nThe Reyes sibs came in with nothing, foster "
            "mom is asking for an OTC voucher.\n\nCarla Jennings\nIntake Supervisor\n(614) 555-0108")
    return (mk(CARLA, HLU, 'new removals - 72 hr screens', body, dt, cc=TASHA),
            'Jazmin Reyes; Adrian Reyes; Daniel Kim; Hodan Abdi; Nevaeh Simmons')


@reg('phi', 'lists')
def lists_school_nurse():
    dt = D(2024, 8, 28, 13, 37)
    body = """Hi Renee,

Welcome back to another school year! As we discussed, here's who I have on file at NV Middle who are in county custody and have something in the health office. Can you check that I have current authorizations for each?

  - Grant, Jalen (7) -- albuterol inhaler PRN, asthma action plan from 2022 (needs update)
  - Ortega, Luis (8) -- no meds at school, 504 for anxiety, counselor check-ins
  - Kowalchuk, Daria (6) -- Vyvanse given at home; eye drops kept here, allergic conjunctivitis
  - Whitaker, Isaiah (6) -- inhaler + spacer, last authorization expired 6/2024
  - Abdi, Hodan (5th, at Lincoln Elem - not mine, FYI only) -- inhaler

Also, is Daria still seeing the eye doctor? Mom (foster mom) mentioned surgery at some point?

Thanks!
Janet

Janet Pruitt, BSN, RN, NCSN
District Nurse - North Valley Middle / Bellmont High
North Valley Unified School District
Ph (614) 555-0188  Fax (614) 555-0189

This e-mail may contain confidential student information protected under FERPA."""
    return (mk('Janet Pruitt <jpruitt@northvalleyusd.org>', RENEE, 'students in care w/ health office items',
               body, dt), 'Jalen Grant; Luis Ortega; Daria Kowalchuk; Isaiah Whitaker; Hodan Abdi')

# ================================================================ PHI: names
@reg('phi', 'names')
def names_checkin():
    dt = D(2024, 12, 10, 8, 14)
    q = back(dt, hours=14, minutes=30)
    orig = """Jolene - how is Aaliyah doing after the ER visit Saturday? I saw the incident report. The panic attack sounded scary, for Mrs. Banks too. Did the ER give any follow-up instructions? I'd like to make sure she's actually connected with counseling before Christmas break, not just on a waitlist.

And is grandma ok? She's 68 and doing this by herself.

B"""
    body = ("Beth,\n\nShe's doing better. ER gave her hydroxyzine as needed and said follow up with "
            "PCP within a week - Renee got her in with Dr. Mehta Thursday. Riverbend moved her intake "
            "up to 12/17 after I called their supervisor, so she'll have a therapist before break. "
            "Grandma is tired but ok, I'm looking into respite for a weekend in January.\n\n"
            "The visit with mom is on hold until the therapist weighs in - I'll staff that with you "
            "Wed.\n\nJolene\n\n" + gmail_on(q, 'Beth Lindqvist <blindqvist@caldercountydcyf.org>')
            + "\n\n" + quote(orig))
    return mk(JOLENE, BETH, 'Re: checking in', body, dt, irt=BETH), 'Aaliyah Grant'


@reg('phi', 'names')
def names_subject_only():
    dt = D(2025, 1, 6, 11, 52)
    body = ("Refilled both - Keppra 500 bid and the Nayzilam rescue spray. Neuro f/u is 1/9 at "
            "Children's, 1:30. Harbor House staff have the updated seizure action plan and did the "
            "training on the nasal spray last week. Nothing else new.\n\nR")
    return mk(RENEE, MARCUS, 'RE: Deshawn Porter', body, dt, irt=MARCUS), 'Deshawn Porter'


@reg('phi', 'names')
def names_last_first():
    dt = D(2024, 11, 25, 9, 3)
    q = back(dt, days=3, hours=2)
    orig = """Hi, I'm missing an up to date shot record for Grant, Jalen (7th grade). He's out of compliance with the state 7th grade Tdap and MenACWY requirement and will be excluded starting 12/9 if I don't have documentation. Can you send what you have or let me know if he got them at his last physical?

Thanks, Janet
Janet Pruitt, BSN, RN
District Nurse, NV Middle"""
    body = ("Janet -\n\nPulled his record from the state registry. He had Tdap 8/14/2023 but no "
            "MenACWY on file anywhere. I've got him scheduled at Brightwater 12/4 at 4:00 for the "
            "shot and his asthma recheck at the same time, and I'll fax you the updated record that "
            "afternoon. Can we hold off on the exclusion letter?\n\nRenee\n\n" + SIG['renee']
            + "\n\n" + orig_block('Janet Pruitt <jpruitt@northvalleyusd.org>', q, HLU,
                                 'immunization record - Grant, Jalen', orig))
    return (mk(RENEE, 'Janet Pruitt <jpruitt@northvalleyusd.org>', 'RE: immunization record - Grant, Jalen',
               body, dt), 'Jalen Grant')


@reg('phi', 'names')
def names_nickname():
    dt = D(2024, 10, 31, 19, 26)
    q = back(dt, days=1, hours=3)
    tammy = 'Tammy Herrera <tammy.herrera.fp@inboxmail.net>'
    orig = ("Tammy - hope Jaxon's surgery goes smoothly tomorrow. Remember nothing to eat after "
            "midnight, clear liquids until 5:30. Text me when he's out of recovery. - Renee")
    body = ("J-Bug did GREAT!!! Dr. Patel said the tubes went in fine and both ears were \"full of "
            "gunk\" so no wonder he couldn't hear us lol. He was a grump in recovery until they gave "
            "him a popsicle. He's on the ear drops 2x a day for 5 days and we go back in 3 weeks. "
            "No swimming/bath water in ears.\n\nHe already said \"what?\" less tonight. Thank you for "
            "pushing to get this done before winter.\n\nTammy\n\n"
            + iphone_on(q, 'Renee Okafor <rokafor@caldercountydcyf.org>') + "\n\n" + quote(orig))
    return mk(tammy, RENEE, 'J-Bug update', body, dt), 'Jaxon Reed'


@reg('phi', 'names')
def names_gal_update():
    dt = D(2024, 11, 18, 16, 9)
    body = """Mr. Brandt,

Quick update on Tyler before Thursday's hearing.

He completed the assessment at Riverbend on 11/12 and they are recommending IOP three evenings a week for cannabis and alcohol use. He's agreed to go, which honestly is a big step for him - in September he wouldn't even talk about it. First group is tomorrow, 11/19. Mr. Okonkwo will drive Mondays and Wednesdays and I'll cover Thursdays until we get transport set up.

Dr. Mehta also adjusted his ADHD medication in October (added a noon dose, given at school) and the school reports he's been more settled in the afternoons. He's passing everything except geometry.

I'll have the written health update filed by Wednesday noon. Happy to talk before court if you want - I'm in the office all day tomorrow.

Jolene

""" + SIG['jolene'] + "\n\n" + DISC
    return (mk(JOLENE, 'Harold Brandt <hbrandt@brandtlawoffice.com>', 'Tyler - update before Thursday',
               body, dt, cc=MARCUS), 'Tyler Hutchins')


@reg('phi', 'names')
def names_sibling_group():
    dt = D(2025, 1, 22, 14, 27)
    body = """Hi Courtney,

Thanks for sending the home study - the Fairbanks family looks like a really good fit on paper. Before we set up the first meeting I want them to have the full picture on the Whitaker siblings' health so nobody is surprised:

Isaiah (11) has asthma, well controlled now on a daily inhaler plus albuterol as needed. He had two ER visits last winter but none since we got the Flovent straightened out. Sees Dr. Mehta every 3 months.

Imani (8) wears hearing aids in both ears (moderate loss, diagnosed at 4) and has an IEP with a teacher of the deaf who comes twice a week. She also needs an annual audiology visit - next one is in March at Children's. She'll need a family willing to learn some basic ASL; she uses a mix of speech and sign.

Zion (2) was born substance-exposed and spent 3 weeks in the NICU. He's meeting most milestones now but is in Help Me Grow and gets PT every other week for low muscle tone. Pediatrician isn't worried but wants to keep watching his speech.

All three are on Medicaid and will continue under adoption assistance. I can send the medical passports once the family signs the confidentiality form.

Talk soon,
Priya

""" + SIG['priya'] + "\n\n" + DISC
    return (mk(PRIYA, 'Courtney Blaylock <cblaylock@brightpathadoptions.org>',
               'Whitaker sibs - health info for the Fairbanks family', body, dt),
            'Isaiah Whitaker; Imani Whitaker; Zion Whitaker')


@reg('phi', 'names')
def names_staffing_notes():
    dt = D(2024, 12, 4, 15, 12)
    body = """HLU weekly staffing - 12/4
Present: Beth, Renee, Tasha, Gloria, Wei (for Kevin L.), Sharon (notes)

Renee reported that Kevin's A1c came back at 9.2 and endo wants to see him monthly for now. Foster mom (Mrs. Li) is struggling with the carb counting and the insulin math, so Renee will do a home visit Friday with Wei to interpret and will ask Children's about the diabetes educator. Wei will follow up on the pharmacy consent for his test strips.

Luis has his tonsillectomy 12/16 at Mercy outpatient. Consent signed by Dale on 12/2. Foster dad is taking the week off.

Amari still has no initial exam - 83 days in care. Jolene has escalated to the licensing worker and Beth will call the foster parents directly this week if it's not booked by Monday.

Gloria reported the Whitaker kids' Medicaid will carry into adoption assistance without a gap.

Daria's dental surgery is confirmed 12/6 at Children's, consent signed.

Next meeting 12/11. Sharon"""
    return (mk(SHARON, HLU_ALL, 'staffing notes 12/4', body, dt),
            'Kevin Lin; Luis Ortega; Amari Washington; Daria Kowalchuk')


@reg('phi', 'names')
def names_forward_peds():
    dt = D(2024, 11, 20, 17, 2)
    q = back(dt, hours=1, minutes=38)
    orig = """Renee,

I saw Sofia today for her weight check. She's down another 6 oz since 10/30 and has dropped from about the 15th percentile at intake to below the 3rd. I'm concerned about failure to thrive and want to refer her to the GI/nutrition clinic at Children's and get baseline labs (CMP, CBC, TSH, celiac panel).

I'd also like to know more about mealtimes in the foster home - who feeds her, how much she's offered, whether she's hiding or refusing food. Could you or her caseworker call me tomorrow? My direct line is (614) 555-0164.

Anjali Mehta, MD
Brightwater Pediatrics"""
    body = ("Yesenia - FYI see below from Dr. Mehta. Can we talk first thing tomorrow before one of "
            "us calls her back? I'd like to do a home visit at dinnertime this week.\n\nRenee\n\n"
            + fwd_block('Anjali Mehta, MD <amehta@brightwaterpeds.com>', q,
                        'Renee Okafor <rokafor@caldercountydcyf.org>', 'Sofia Ramirez', orig)
            + "\n\n" + BWP_DISC)
    return mk(RENEE, YESENIA, 'Fwd: Sofia Ramirez', body, dt, cc=BETH), 'Sofia Ramirez'

# ================================================================ PHI: self
@reg('phi', 'self')
def self_youth_medicaid():
    dt = rdate((2024, 9, 1), (2025, 2, 20), (20, 23), weekend_ok=True)
    body = ("hey ms renee its destiny. my medicaid card says inactive, they told me at the pharmacy "
            "when i went to get my birth control refill. and i have the dentist friday at 11. i "
            "thought i was covered till 26?? can u help me fix it. my new number is 614 555 0135\n\n"
            "thx\ndestiny\n\nSent from my iPhone")
    return (mk('Destiny Coleman <destinyc.2005@fastpost.com>', RENEE, 'medicaid', body, dt),
            'Destiny Coleman')


@reg('phi', 'self')
def self_prenatal():
    dt = D(2024, 12, 17, 10, 45)
    body = """Hi Ms. Benavides,

My name is Brianna Holt. I aged out of foster care in Calder County in 2021 (my worker back then was Ms. Ferris). I just found out I'm pregnant, about 9 weeks, and my OB's office says my Medicaid is showing under the wrong category and might end in February because of my income from my job.

I was told former foster youth get Medicaid until 26 no matter what. My date of birth is 06/18/2003 and my Medicaid number is 1004417820. Can you help me get put in the right category? My first prenatal appointment is January 14th and I really don't want to lose it.

Thank you so much,
Brianna Holt
(614) 555-0151"""
    return (mk('Brianna Holt <bri.holt22@inboxmail.net>', GLORIA, 'Former foster youth Medicaid question',
               body, dt), 'Brianna Holt')


@reg('phi', 'self')
def self_foster_parent_surgery():
    dt = D(2025, 1, 2, 13, 30)
    body = """Hi Marcus,

Wanted to give you a heads up. I'm having my gallbladder out on the 14th at Mercy (finally - the attacks have been getting worse since Thanksgiving). Surgeon says it's laparoscopic and I should be home the same day, but no lifting over 10 lbs for 2 weeks and I'll be pretty sore the first few days.

Ray is taking the week off to handle the kids but he has a work trip the weekend of the 17th that he can't get out of. Could we set up respite for Brayden and Kaylee that Fri-Sun? The Ochoas did it last time and the kids liked them.

Also, do I need to tell licensing about the surgery? I'm on a pain med for a few days after and didn't know if there's a rule about that.

Thanks,
Denise"""
    return (mk('Denise Albright <dalbright.family@riverlink.net>', MARCUS, 'surgery on the 14th / respite',
               body, dt, cc=FAITH), 'Denise Albright')


@reg('phi', 'self')
def self_employee_leave():
    dt = D(2025, 1, 13, 7, 41)
    body = """Beth,

Wanted to give you a heads up before I send the FMLA paperwork to HR this week. The MRI showed a herniated disc at L4-L5 pressing on the nerve, which explains the leg numbness. The neurosurgeon wants to do a microdiscectomy on 2/3 and says I'll be out 4-6 weeks, no driving for the first 2.

Until then I'm on gabapentin and it's making me foggy by mid-afternoon, so I've been trying to stack my home visits in the mornings. If you'd rather I not drive for visits at all until the surgery, let me know and I'll ask Tasha to pick up the far ones.

Sorry for the short notice.
Marcus"""
    return (mk(MARCUS, BETH, 'Personal - medical leave', body, dt,
               hdrs=[('Sensitivity', 'Private'), ('Importance', 'High')]), 'Marcus Delgado')


@reg('phi', 'self')
def self_birth_parent_iop():
    dt = D(2024, 12, 13, 19, 58)
    body = ("Ms Ferris I finished my IOP at Riverbend yesterday!! I got the certificate, I took a "
            "pic of it (attached). My last 6 UAs were all clean and my counselor Mr. Abbott said "
            "he will send the discharge summary to you and to my lawyer.\n\nIm still going to NA "
            "tues and thurs nights and I started seeing Dr Lyle for my depression meds, the "
            "first appt was 12/3.\n\nPlease tell the judge. I want my kids home for christmas if "
            "theres any way.\n\nCrystal Dunham\n\nSent from Yahoo Mail on Android")
    return (mk('Crystal Dunham <crystald1989@fastpost.com>', JOLENE, 'I finished!!', body, dt,
               att=[('IMG_20241213_193512.png', scan_png(), 'image/png')]), 'Crystal Dunham')


@reg('phi', 'self')
def self_teen_private():
    dt = rdate((2024, 10, 1), (2025, 2, 20), (21, 23), weekend_ok=True)
    body = ("hi this is mackenzie rowe. can i make a dr appt myself without my foster mom knowing? "
            "i think i might need to get tested for something and i dont want her to find out. my "
            "friend said teens can go to the health dept clinic for free. will it show up on my "
            "medicaid?? please dont tell her or my caseworker\n\n-kenzie")
    return (mk('kenzie <mackenzie.r.2007@inboxmail.net>', RENEE, 'question', body, dt),
            'Mackenzie Rowe')


@reg('phi', 'self')
def self_applicant_physical():
    dt = D(2024, 9, 26, 20, 11)
    body = """Hi Faith,

My doctor filled out the physician's statement for our foster license, it's attached. You'll see I'm on metoprolol and lisinopril for blood pressure and I had a stent put in back in 2019. I'm fine now - cardiologist clears me every year, I walk 3 miles a day - but I wanted to ask ahead of time whether that's going to be a problem for approval. Would hate to find out at the end.

Carol's form is coming separately, her appointment is next Tuesday.

Thanks,
Gary Lindholm
(614) 555-0174"""
    stmt = pdf(['CALDER COUNTY DCYF - FOSTER/ADOPTIVE APPLICANT PHYSICIAN STATEMENT (FCL-207)',
                '', 'Applicant: Gary R. Lindholm           DOB: 03/08/1962',
                'Address: 1420 Quarry Hill Rd, Bellmont OH 45880',
                '', 'Date of exam: 09/24/2024',
                'Current conditions: Hypertension (controlled); CAD s/p PCI with stent 2019, stable',
                'Current medications: metoprolol succinate 50 mg daily; lisinopril 20 mg daily;',
                '   atorvastatin 40 mg daily; aspirin 81 mg daily',
                'TB screening: IGRA negative 09/24/2024',
                'Any condition that would impair ability to care for children?  [ ] Yes  [X] No',
                '', 'Physician: Samuel Okeke, MD   License 35.118274   (614) 555-0176',
                'Signature: [signed]'], title='FCL-207')
    return (mk('Gary Lindholm <glindholm@riverlink.net>', FAITH, 'physician statement - Lindholm',
               body, dt, att=[('Lindholm_physician_statement.pdf', stmt, 'application/pdf')]),
            'Gary Lindholm')

# ================================================================ PHI: struct
@reg('phi', 'struct')
def struct_adt_failed():
    dt = D(2024, 10, 14, 10, 26)
    hl7 = "\n".join([
        "MSH|^~\\&|BWPEHR|BRIGHTWATER|CCDCYF_HLU|CALDERCO|20241014093212||ADT^A04^ADT_A01|BW2410140932120017|P|2.5.1",
        "EVN|A04|20241014093200",
        "PID|1||BWP-0043318^^^BWP^MR~1004839271^^^OHMCD^MA||ORTEGA^LUIS^ANTONIO^^^^L||20110309|M|||1187 FENWICK AVE^^BELLMONT^OH^45880^^H||^PRN^PH^^^614^5550131|||||||||||N",
        "NK1|1|OKONKWO^EMMANUEL|FOSTER PARENT^FOSTER PARENT^HL70063|1187 FENWICK AVE^^BELLMONT^OH^45880|^PRN^PH^^^614^5550177",
        "PV1|1|O|BWP^EXAM3^^BRIGHTWATER||||1184729305^MEHTA^ANJALI^^^^MD|||PED||||1|||1184729305^MEHTA^ANJALI^^^^MD|NP|V000398812|||||||||||||||||||||||||20241018100000",
        "GT1|1||CALDER COUNTY DCYF||400 W HARMON ST^FL 3^BELLMONT^OH^45880|^WPN^PH^^^614^5550110||||||ORG",
        "IN1|1|KKHPFC|KKHP01|KEYSTONE KIDS HEALTH PLAN|PO BOX 7710^^COLUMBUS^OH^43216||||||||||||ORTEGA^LUIS^ANTONIO|01|20110309|||||||||||||||||||1004839271",
    ])
    body = ("Hi Nate,\n\nWe had another inbound ADT from Brightwater reject in the health module queue "
            "this morning (error HM-2207 \"guarantor type not mapped\"). Same issue as ticket "
            "SUP-40913 - the GT1 is coming in with ORG instead of a person and your mapper drops the "
            "whole message, so the appointment never shows up on the child's health tab.\n\nRaw "
            "message from the error queue:\n\n" + hl7 + "\n\nCan you prioritize the mapping fix? Our "
            "nurses are double entering these by hand right now.\n\nThanks,\nKevin\n\n" + SIG['kevin'])
    return (mk(KEVIN, 'Nate Sorensen <nsorensen@caseworks-solutions.com>',
               'SUP-40913 follow-up - another ADT reject (GT1)', body, dt, cc=HLU), 'Luis Ortega')


@reg('phi', 'struct')
def struct_oru_a1c():
    dt = D(2024, 11, 26, 6, 2)
    segs = [
        "MSH|^~\\&|LVRL|LAKEVIEW REF LAB|BWPEHR|BRIGHTWATER|20241126060114||ORU^R01^ORU_R01|LV20241126060114883|P|2.5.1",
        "PID|1||BWP-0039920^^^BWP^MR||LIN^KEVIN^^^^^L||20120704|M|||2290 SPRUCE CT APT 4^^BELLMONT^OH^45880",
        "ORC|RE|BW778120|LV5512093||CM",
        "OBR|1|BW778120|LV5512093|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN|||20241125091500|||||||||1184729305^MEHTA^ANJALI^^^^MD||||||20241126055800|||F",
        "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||9.2|%|4.0-5.6|H|||F|||20241125091500",
        "OBX|2|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||238|mg/dL|70-99|H|||F|||20241125091500",
        "NTE|1||Patient non-fasting per collector.",
    ]
    raw = ('\r'.join(segs) + '\r').encode('ascii')
    body = """Results delivered via interface - copy sent to Calder County DCYF Health Liaison per custody agreement on file.

Patient MRN: BWP-0039920
Ordering: A. Mehta MD
Status: FINAL (2 results, 2 abnormal)

Open the attached HL7 file in your viewer, or log in to the Brightwater Partner Portal to view the formatted report.

""" + BWP_DISC
    return (mk('Brightwater Interface <interface-noreply@brightwaterpeds.com>', RENEE,
               'FINAL result available - BWP-0039920', body, dt,
               att=[('ORU_LV20241126060114883.hl7', raw, 'application/hl7-v2')]), 'Kevin Lin')


@reg('phi', 'struct')
def struct_271():
    dt = D(2024, 10, 29, 14, 12)
    x12 = "\n".join([
        "ISA*00*          *00*          *ZZ*KKHP001        *ZZ*CALDERDCYF     *241029*1408*^*00501*000004417*0*P*:~",
        "GS*HB*KKHP001*CALDERDCYF*20241029*1408*4417*X*005010X279A1~",
        "ST*271*0001*005010X279A1~",
        "BHT*0022*11*CC2410291407*20241029*1408~",
        "HL*1**20*1~",
        "NM1*PR*2*KEYSTONE KIDS HEALTH PLAN*****PI*KKHP01~",
        "HL*2*1*21*1~",
        "NM1*1P*2*CALDER COUNTY DCYF*****XX*1558320147~",
        "HL*3*2*22*0~",
        "TRN*2*93175-012547*9877281234~",
        "NM1*IL*1*WASHINGTON*AMARI****MI*1004861023~",
        "N3*88 GARNET WAY~",
        "N4*BELLMONT*OH*45880~",
        "DMG*D8*20151222*M~",
        "DTP*291*RD8*20240912-20250831~",
        "EB*1*IND*30**FOSTER CARE MEDICAID MCO~",
        "EB*1*IND*88*HM*PHARMACY~",
        "EB*1*IND*35*HM*DENTAL~",
        "LS*2120~",
        "NM1*PR*2*KEYSTONE KIDS HEALTH PLAN~",
        "LE*2120~",
        "SE*20*0001~",
        "GE*1*4417~",
        "IEA*1*000004417~",
    ])
    body = ("Jolene - here's the raw 271 from the portal. Amari is active with Keystone back to 9/12, "
            "pharmacy and dental both covered. So the clinic is wrong, not the card. Tell the foster "
            "mom to have them re-run eligibility with the new ID (1004861023) - the old temporary "
            "number from the removal won't work anymore.\n\n" + x12 + "\n\nGloria\n\n"
            + SIG['gloria'])
    return mk(GLORIA, JOLENE, 'RE: Amari - clinic says no coverage', body, dt, irt=JOLENE), 'Amari Washington'


@reg('phi', 'struct')
def struct_fhir_imm():
    dt = D(2024, 11, 22, 13, 48)
    bundle = OrderedDict([
        ('resourceType', 'Bundle'), ('type', 'searchset'), ('total', 9),
        ('entry', [
            {'resource': OrderedDict([
                ('resourceType', 'Patient'), ('id', 'sir-7734410'),
                ('identifier', [{'system': 'urn:oid:2.16.840.1.113883.4.3.39', 'value': 'SIR7734410'}]),
                ('name', [{'family': 'Grant', 'given': ['Jalen', 'Marcus']}]),
                ('gender', 'male'), ('birthDate', '2012-02-16'),
                ('address', [{'line': ['71 Larkspur Ln'], 'city': 'Bellmont', 'state': 'OH', 'postalCode': '45880'}])])}] +
            [{'resource': OrderedDict([
                ('resourceType', 'Immunization'), ('status', 'completed'),
                ('vaccineCode', {'coding': [{'system': 'http://hl7.org/fhir/sid/cvx', 'code': c, 'display': d}]}),
                ('patient', {'reference': 'Patient/sir-7734410'}), ('occurrenceDateTime', t),
                ('lotNumber', lot)])} for c, d, t, lot in [
                ('20', 'DTaP', '2012-04-18', 'AC52B081AA'), ('20', 'DTaP', '2012-06-20', 'AC52B093BA'),
                ('03', 'MMR', '2013-02-21', 'T003882'), ('03', 'MMR', '2016-03-01', 'T017721'),
                ('21', 'varicella', '2013-02-21', 'R018822'), ('21', 'varicella', '2016-03-01', 'S004210'),
                ('115', 'Tdap', '2023-08-14', 'U7712AA'), ('62', 'HPV, quadrivalent', '2023-08-14', 'W003391')]])
    ])
    body = ("Renee,\n\nHere's the registry pull you asked for (FHIR search on the state IIS through our "
            "query account). Confirms Tdap 8/14/23, no MenACWY. JSON attached, I saved a copy to the "
            "child's documents tab too.\n\nKevin\n\n" + SIG['kevin'])
    return (mk(KEVIN, RENEE, 'IIS query result - Grant', body, dt,
               att=[('IIS_Immunization_SIR7734410.json', json.dumps(bundle, indent=2), 'application/json')]),
            'Jalen Grant')


@reg('phi', 'struct')
def struct_ccd():
    dt = D(2025, 1, 28, 11, 20)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="BWP-CCD-20250128-1102"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Brightwater Pediatrics Continuity of Care Document</title>
  <effectiveTime value="20250128101500-0500"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id extension="BWP-0030415" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>118 Wren Hollow Ct</streetAddressLine><city>Bellmont</city><state>OH</state><postalCode>45880</postalCode></addr>
      <patient>
        <name use="L"><given>Isaiah</given><given>Dante</given><family>Whitaker</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="20130911"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Mild persistent asthma (J45.30) - onset 2017 - active</item><item>Allergic rhinitis (J30.9) - active</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>fluticasone HFA 110 mcg, 2 puffs twice daily</item><item>albuterol HFA 90 mcg, 2 puffs q4h PRN wheeze</item><item>cetirizine 10 mg daily</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>Amoxicillin - hives (2018)</text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Encounters</title>
      <text><list><item>2025-01-21 Asthma follow-up - A. Mehta MD</item><item>2024-10-15 Well child 11y - A. Mehta MD</item><item>2024-02-03 ED visit, Mercy - asthma exacerbation</item></list></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = ("Priya,\n\nCCD from Brightwater for Isaiah attached for the adoption medical history "
            "packet - it has the problem list, meds, allergy and the last year of visits. Imani's "
            "and Zion's are still pending, the portal only lets me pull one at a time and it timed "
            "out.\n\nRenee\n\n" + SIG['renee'] + "\n\n" + DISC)
    return (mk(RENEE, PRIYA, 'CCD - Isaiah W.', body, dt,
               att=[('CCD_BWP-0030415.xml', ccd, 'application/xml')]), 'Isaiah Whitaker')


@reg('phi', 'struct')
def struct_fixed_width():
    dt = D(2024, 12, 3, 6, 30)
    ks = [('WASHINGTON', 'AMARI', '20151222', 'M', '1004861023'), ('ORTEGA', 'LUIS', '20110309', 'M', '1004839271'),
          ('SIMMONS', 'NEVAEH', '20240830', 'F', '1004880417'), ('REYES', 'JAZMIN', '20190605', 'F', '1004877352'),
          ('REYES', 'ADRIAN', '20220122', 'M', '1004877360'), ('KIM', 'DANIEL', '20080114', 'M', '1004878815'),
          ('ABDI', 'HODAN', '20140211', 'F', '1004879002'), ('TURNER', 'ELIJAH', '20160702', 'M', '1004772815')]
    lines = ['HDR  CALDER17  FCMEDELIG  20241202  0000008']
    for i, (l, f, dob, sx, mid) in enumerate(ks):
        cat = 'AAST' if l == 'TURNER' else random.choice(['FCIV', 'FCIV', 'FCNE'])
        term = '20241130' if l == 'TURNER' else '99991231'
        eff = '20241118' if l == 'TURNER' else '2024%02d%02d' % (random.randint(8, 10), random.randint(1, 28))
        rsn = 'AA' if l == 'TURNER' else '  '
        lines.append('%-10s%-15s%-12s%8s%1s%4s%8s%8s17%-6s%2s' % (mid, l, f, dob, sx, cat, eff, term, 'KKHP01', rsn))
    lines.append('TRL  0000008')
    txt = '\r\n'.join(lines) + '\r\n'
    layout = ("Record layout: MCD_ID 1-10, LAST 11-25, FIRST 26-37, DOB 38-45, SEX 46, CAT 47-50, "
              "EFF 51-58, TERM 59-66, CNTY 67-68, MCO 69-74, RSN 75-76")
    body = ("Gloria,\n\nThe December eligibility file from the state MMIS landed on the SFTP this "
            "morning (FCMEDELIG_17_20241202.txt, 8 records). The load flagged one record - TURNER "
            "shows TERM 20241130 under FCIV with a new AAST segment, which I think is the adoption "
            "switch you asked about, but the job can't match the name change to the existing person "
            "record. Can you confirm before I force the match?\n\n" + layout + "\n\nFile attached.\n\n"
            "Kevin\n\n" + SIG['kevin'])
    return (mk(KEVIN, GLORIA, 'Dec MMIS elig file - 1 record needs review', body, dt,
               att=[('FCMEDELIG_17_20241202.txt', txt, 'text/plain')]),
            'Amari Washington; Luis Ortega; Nevaeh Simmons; Jazmin Reyes; Adrian Reyes; Daniel Kim; Hodan Abdi; Elijah Turner')


@reg('phi', 'struct')
def struct_app_medlog():
    dt = D(2024, 11, 6, 21, 14)
    log = OrderedDict([
        ('export_version', '2.3'), ('app', 'CareBinder for Foster Families'),
        ('exported_at', '2024-11-06T21:13:52-05:00'),
        ('caregiver', {'name': 'Tammy Herrera', 'license_no': 'FH-2019-0331'}),
        ('child', OrderedDict([('name', 'Jaxon Reed'), ('dob', '2021-05-17'),
                               ('medicaid_id', '1004866519'), ('placement_date', '2024-07-02')])),
        ('medications', [
            OrderedDict([('name', 'ciprofloxacin-dexamethasone otic'), ('dose', '4 drops each ear'),
                         ('frequency', 'BID x 5 days'), ('prescriber', 'R. Patel MD (ENT)'),
                         ('start', '2024-10-31')]),
            OrderedDict([('name', "children's ibuprofen 100mg/5mL"), ('dose', '5 mL'),
                         ('frequency', 'q6h PRN pain'), ('prescriber', 'R. Patel MD (ENT)'),
                         ('start', '2024-10-31')])]),
        ('administrations', [
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-10-31T19:05', 'given_by': 'T. Herrera', 'note': 'fussy but ok'},
            {'med': "children's ibuprofen 100mg/5mL", 'time': '2024-10-31T19:10', 'given_by': 'T. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-01T07:30', 'given_by': 'T. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-01T19:15', 'given_by': 'M. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-02T08:02', 'given_by': 'T. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-02T19:40', 'given_by': 'T. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-03T07:55', 'given_by': 'M. Herrera', 'note': 'missed pm dose 11/3 - asleep'},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-04T07:45', 'given_by': 'T. Herrera', 'note': ''},
            {'med': 'ciprofloxacin-dexamethasone otic', 'time': '2024-11-04T19:20', 'given_by': 'T. Herrera', 'note': 'last dose'}]),
    ])
    body = """Tammy Herrera shared a medication log with you.

Child: Jaxon R.
Period: 10/31/2024 - 11/04/2024
Entries: 9

The full log is attached as a JSON file. To view it in the app, sign in to CareBinder with this e-mail address.

--
CareBinder for Foster Families | notifications@carebinderapp.com
You are receiving this because a caregiver added you as a care team member. Manage notifications in Settings."""
    return (mk('CareBinder <notifications@carebinderapp.com>', RENEE,
               'Tammy Herrera shared a medication log with you', body, dt,
               att=[('carebinder_medlog_2024-11-06.json', json.dumps(log, indent=2), 'application/json')]),
            'Jaxon Reed')

# ================================================================ CLEAN: admin
@reg('clean', 'admin')
def admin_supplies():
    dt = D(2024, 9, 12, 10, 33)
    body = """Hi all,

I'm putting in the quarterly supply order for the visitation rooms and the intake/emergency placement room on Friday. Current counts are below - if you've used anything from the cabinets that isn't reflected, please tell me by Thursday noon.

Intake room (114)
  - Infant car seats (rear facing): 3 on hand, need 2 (one expired 8/2024 - tagged for disposal)
  - Convertible car seats: 4 on hand
  - Boosters: 6 on hand
  - Diapers sz 1-6: low on 4 and 5
  - Digital thermometers + probe covers: 2 thermometers, probe covers low
  - Nitrile gloves M/L: 1 box each, ordering 4
  - First aid kits: 2 complete, 1 missing the burn gel
  - Children's acetaminophen / ibuprofen: in the locked med cabinet, Renee to check dates

Visitation rooms A-D
  - Hand sanitizer refills, disinfecting wipes, tissues
  - Room C high chair tray is cracked - facilities ticket in

Reminder: the OTC med cabinet key stays with the HLU nurse on duty, not at the front desk.

Thanks,
Sharon

""" + SIG['sharon']
    return mk(SHARON, HLU_ALL, 'Supply order - visitation & intake rooms (due Thurs)', body, dt, cc=RENEE), ''


@reg('clean', 'admin')
def admin_mco_meeting():
    dt = D(2024, 10, 2, 14, 5)
    start = D(2024, 10, 17, 10, 0, 0)
    end = D(2024, 10, 17, 11, 30, 0)
    desc = ("Quarterly joint operations meeting - Calder County DCYF / Keystone Kids Health Plan\n"
            "1. EPSDT and 30-day initial exam compliance reporting - data definitions\n"
            "2. Psychotropic prior authorization workflow for children in custody\n"
            "3. Dental network adequacy - wait times for sedation cases\n"
            "4. Care coordinator assignment within 5 days of placement\n"
            "5. Transportation vendor performance\n"
            "Teams link in the invite for remote attendees.")
    body = """Hello everyone,

Please see the attached invitation for our Q4 joint operations meeting with Keystone Kids Health Plan. We'll be in the 3rd floor large conference room (Harmon 3A); Keystone staff will join by Teams.

Agenda
1. EPSDT and 30-day initial exam compliance reporting - agreeing on data definitions
2. Psychotropic prior authorization workflow for children in custody
3. Dental network adequacy - wait times for sedation cases
4. Care coordinator assignment within 5 business days of placement
5. Transportation vendor performance

Please send any agenda additions to me by 10/11. No child-specific cases at this meeting - bring those to the monthly case review instead.

Thank you,
Beth

""" + SIG['beth']
    inv = ics('KKHP-JOM-2024Q4@caldercountydcyf.org', start, end, 'DCYF / Keystone Kids - Q4 Joint Ops',
              'Harmon 3A Conference Room / Microsoft Teams', desc,
              ('Beth Lindqvist', 'blindqvist@caldercountydcyf.org'),
              [('Renee Okafor', 'rokafor@caldercountydcyf.org'), ('Gloria Benavides', 'gbenavides@caldercountydcyf.org'),
               ('Tasha Whitfield', 'twhitfield@caldercountydcyf.org'), ('Rhonda Keeler', 'rkeeler@keystonekidshp.org')])
    return (mk(BETH, [RENEE, GLORIA, TASHA, 'Rhonda Keeler <rkeeler@keystonekidshp.org>'],
               'Q4 Joint Ops - DCYF / Keystone Kids - 10/17 10:00', body, dt, html=True,
               att=[('invite.ics', inv, 'text/calendar', {'method': 'REQUEST'})]), '')


@reg('clean', 'admin')
def admin_downtime():
    dt = D(2024, 11, 12, 16, 0)
    body = """*** SCHEDULED DOWNTIME - SACWIS HEALTH MODULE ***

When:   Saturday 11/16/2024, 6:00 AM - 2:00 PM
What:   Health Module v7.4 upgrade (medication consent workflow, immunization import, new EPSDT due-date logic)
Impact: The Health tab will be READ-ONLY. Case notes, placements and payments are not affected.

During the window:
 - Use the paper Medication Consent form (DCYF-HL-12, rev 09/2024) in the S:\\Forms\\Health folder. Scan and upload after 2 PM.
 - After-hours nurses: the on-call binder has the printed med consent forms and the Keystone after-hours line.
 - Inbound HL7 results from Brightwater will queue and post automatically after the upgrade.

Training on the new consent screens: Tue 11/19 and Thu 11/21, 1:00-2:00, Teams. Sign up with Theo Barnes.

Questions: IT Service Desk (614) 555-0150 or ext 4400.

""" + SIG['kevin']
    return (mk(KEVIN, ALLSTAFF, 'SCHEDULED DOWNTIME: SACWIS Health Module - Sat 11/16 6am-2pm', body, dt,
               hdrs=[('Importance', 'High')]), '')


@reg('clean', 'admin')
def admin_policy_memo():
    dt = D(2024, 12, 16, 11, 30)
    body = """All caseworkers and supervisors,

Attached is the updated procedure for psychotropic medication consent, effective January 1, 2025. The main changes:

1. Consents now expire after 6 months (was 12) and the Health Module will send a reminder at 30 days.
2. Any antipsychotic for a child under 6, or more than 3 psychotropics at once, requires the state child psychiatry consult line review BEFORE the agency signs.
3. Caseworkers may no longer sign psychotropic consents. Only HLU nurses or placement supervisors (or their designees) may sign.
4. Youth 14+ must be offered the chance to discuss the medication and their input documented on page 2 of DCYF-HL-12.

Please read the attached memo and direct questions to the Health Liaison Unit. We'll review this at the January all-staff.

Beth

""" + SIG['beth'] + "\n\n" + DISC
    memo = docx(['**CALDER COUNTY DEPARTMENT OF CHILDREN, YOUTH & FAMILIES',
                 '**PROCEDURE MEMO HL-2024-07',
                 'TO: All Casework and Supervisory Staff',
                 'FROM: Beth Lindqvist, MSN, RN, Program Manager, Health Liaison Unit',
                 'DATE: December 16, 2024',
                 'RE: Psychotropic Medication Consent - Revised Procedure (effective 01/01/2025)',
                 'Purpose: To align agency practice with revised state administrative rule on informed consent for psychotropic medication for children in custody.',
                 '1. Consent duration is reduced to six (6) months.',
                 '2. Secondary review by the state child psychiatry consult line is required for: any antipsychotic for a child under age 6; concurrent use of more than three psychotropic medications; dosing above FDA maximum.',
                 '3. Authorized signers: HLU nurses, placement supervisors, and designees listed in Appendix A.',
                 '4. Youth aged 14 and older shall be offered the opportunity to discuss the medication with the prescriber and signer; youth input shall be documented on DCYF-HL-12 page 2.',
                 '5. Emergency (after-hours) consent may be given verbally by the on-call nurse and must be documented the next business day.',
                 'Forms: DCYF-HL-12 (rev. 12/2024) replaces all earlier versions.'])
    return (mk(BETH, ALLSTAFF, 'Revised psychotropic consent procedure - eff. 1/1/2025', body, dt,
               att=[('HL-2024-07_Psychotropic_Consent_Procedure.docx', memo, DOCX_T)]), '')


@reg('clean', 'admin')
def admin_contract_terms():
    dt = D(2024, 9, 30, 17, 10)
    body = """Deputy Director Haskins, Dale, Gloria -

Summary of the Keystone Kids Health Plan contract amendment #3 (FY25) ahead of Thursday's sign-off. I've marked the items that change our workflow.

 - Care coordination: Keystone assigns a care coordinator within 5 business days of the placement notice (was 10). *Our placement notices must go out within 1 business day.*
 - Initial health exam: plan pays the 72-hour screen and 30-day comprehensive exam as separate visits on the same or different days, no PA.
 - Prior authorization: urgent PA decisions within 72 hours, standard within 7 calendar days. Psychotropic PA for children in custody routes to the plan pharmacist + consult line.
 - Timely filing for county-paid services reimbursed by the plan: 180 days from DOS.
 - Dental: plan adds two sedation-capable providers by 3/1/2025; we may request single-case agreements out of network if wait exceeds 45 days.
 - Transportation: remains county responsibility for court-ordered visits; plan covers NEMT for medical/dental/BH appointments. *Caseworkers should book NEMT through Keystone first, SafeTrip only if denied.*
 - Data exchange: monthly eligibility and claims extract via SFTP, 834 format beginning 4/2025.

Redline is on the shared drive. Let me know if you want to talk through any of it before Thursday.

Beth

""" + SIG['beth']
    return (mk(BETH, ['Alan Haskins <ahaskins@caldercountydcyf.org>', DALE, GLORIA],
               'Keystone amendment #3 - summary of changes', body, dt, html=True), '')


@reg('clean', 'admin')
def admin_fridge():
    dt = D(2024, 8, 26, 8, 12)
    body = """Morning all,

Over the weekend the refrigerator in the Room 114 med closet (the one we use to hold refrigerated meds for kids in overnight placements) logged 47°F for about 3 hours Saturday night. Facilities thinks the outlet tripped when the cleaners ran the floor machine.

What I did:
 - The only refrigerated items in there were 2 unopened bottles of amoxicillin suspension stock and a box of insulin pen needles. Corner Oak says discard the amox, needles are fine. Discarded and logged.
 - Moved the fridge to the dedicated outlet on the north wall.
 - The data logger now alarms to the on-call nurse's phone at 46°F.

Please keep doing the twice-daily temp checks on the clipboard even with the logger. If the temp is out of range, do not use anything in it - call the on-call nurse.

Renee

""" + SIG['renee']
    return mk(RENEE, HLU_ALL, 'Med fridge temp excursion - Room 114 (resolved)', body, dt, cc=SHARON), ''


@reg('clean', 'admin')
def admin_secure_records():
    dt = D(2024, 11, 4, 9, 0)
    body = """Team,

Starting December 1, the HLU fax line (614) 555-0199 will be retired. All requests for medical and dental records from providers should go through one of these:

 1. The Brightwater / Mercy / Children's partner portals (each nurse has a login - see Sharon if yours isn't working), or
 2. Secure e-mail: type [secure] at the start of the subject line and the gateway will encrypt it.

Do NOT send records requests, consents or court reports from personal e-mail or by text. If a foster parent sends you something by text, move it to the file and delete it from your phone.

Incoming faxes to the old number will forward to the e-fax inbox until 12/31.

Thanks,
Beth

""" + SIG['beth'] + "\n\n" + DISC
    return mk(BETH, HLU_ALL, 'HLU fax line retiring 12/1 - how to request records', body, dt), ''

# ================================================================ CLEAN: lookalike
@reg('clean', 'lookalike')
def look_invoice():
    dt = D(2024, 11, 5, 10, 20)
    rows = [['Invoice', 'PO', 'Service month', 'Trip type', 'Trips', 'Loaded miles', 'Rate/trip', 'Rate/mile', 'Wait hrs', 'Amount']]
    lines = [('Ambulatory - medical/dental', 131, 2214.6, 28.00, 1.85, 12.5),
             ('Ambulatory - court-ordered visit', 58, 1037.2, 28.00, 1.85, 4.0),
             ('Wheelchair', 4, 61.8, 55.00, 2.40, 0.0),
             ('Car seat / infant escort surcharge', 21, 0, 8.00, 0, 0),
             ('No-show / late cancel', 9, 0, 20.00, 0, 0)]
    total = 0.0
    for name, n, miles, rt, rm, wait in lines:
        amt = round(n * rt + miles * rm + wait * 32.00, 2)
        total += amt
        rows.append(['INV-2024-10-0417', '4500218733', '10/2024', name, n, miles, rt, rm, wait, amt])
    total = round(total, 2)
    body = """Accounts Payable / Health Liaison Unit,

Please find attached invoice INV-2024-10-0417 for October 2024 services under PO 4500218733 (Contract CC-24-118, Medical & Visitation Transportation).

  Invoice date:    11/05/2024
  Service period:  10/01/2024 - 10/31/2024
  Total trips:     223
  Amount due:      $%s
  Terms:           Net 30
  Remit to:        SafeTrip Medical Rides LLC, PO Box 4471, Bellmont OH 45881
  Vendor ID:       V-0091173   Tax ID on file

Trip-level detail is available in the county vendor portal under the same invoice number.

Thank you for your business!
Deb Carrow
Billing Manager, SafeTrip Medical Rides
(614) 555-0162""" % '{:,.2f}'.format(total)
    return (mk('Deb Carrow <billing@safetripmedicalrides.com>', ['accountspayable@caldercountydcyf.org', HLU],
               'Invoice INV-2024-10-0417 / PO 4500218733', body, dt,
               att=[('INV-2024-10-0417_summary.csv', csv_text(rows), 'text/csv')]), '')


@reg('clean', 'lookalike')
def look_otc_order():
    dt = D(2024, 9, 17, 13, 2)
    body = """Hi Sharon,

Your OTC stock order for the intake room shipped today. Lot/expiry below for your log.

Item                                     NDC            Qty  Lot        Exp
---------------------------------------  -------------  ---  ---------  -------
Children's acetaminophen 160mg/5mL 4oz   0904-7013-20     6  24F0331    05/2026
Children's ibuprofen 100mg/5mL 4oz       0904-7021-20     6  24E1187    03/2026
Infant acetaminophen 160mg/5mL 1oz       0904-7014-11     4  24G0072    07/2026
Diphenhydramine 12.5mg/5mL 4oz           0904-7090-20     2  23K2281    11/2025
Hydrocortisone 1% cream 1oz              0904-7755-31     3  24C0419    02/2026
Saline nasal drops 15mL                  0904-7601-15     4  24H0910    08/2027
Oral electrolyte solution 1L             0904-7444-01     6  24D3312    04/2026

PO: 4500219060    Order #: CO-88213    Tracking: 1Z4V89W20357748812 (UPS Ground)

Reminder that we can't accept returns of opened OTC product. Let me know if anything arrives damaged.

Jen Morrow, CPhT
Corner Oak Pharmacy #2 - Institutional Accounts
(614) 555-0155 x3"""
    return mk('Jen Morrow <institutional@corneroakrx.com>', SHARON, 'Shipped: OTC order CO-88213 (PO 4500219060)',
              body, dt, cc=RENEE), ''


@reg('clean', 'lookalike')
def look_provider_dir():
    dt = D(2024, 8, 21, 15, 40)
    body = """Caseworkers -

Updated list of providers currently accepting NEW children in custody with Keystone Kids Medicaid (confirmed by phone 8/19-8/20). Please use these before calling around.

PEDIATRICS
Brightwater Pediatrics         NPI 1184729305  2200 Lakeview Pkwy Ste 110   P (614) 555-0160  F (614) 555-0159
Harmon Family Medicine         NPI 1679034412  615 E. Harmon St             P (614) 555-0168  F (614) 555-0169
North Valley Community Health  NPI 1306277831  40 Depot Rd, Suite B         P (614) 555-0171  F (614) 555-0173

DENTAL
Smile Crest Pediatric Dentistry NPI 1932641178 1410 Kettering Blvd          P (614) 555-0163
Bellmont Family Dental          NPI 1447903326 9 Court Sq                   P (614) 555-0175  (ages 6+ only)
Mobile dental van (Grin Mobile) NPI 1780226415 schedules through HLU

VISION
Lakeview Vision Center          NPI 1093877120 2260 Lakeview Pkwy           P (614) 555-0178

BEHAVIORAL HEALTH (intake lines)
Riverbend Behavioral Health     NPI 1528390064 intake (614) 555-0182, M-F 8-4:30
Children's Hospital Psychiatry  NPI 1962007713 referral fax (614) 555-0184

After-hours nurse advice (Keystone): 1-800-555-0197

Tasha

""" + SIG['tasha']
    return mk(TASHA, ['dcyf-casework@caldercountydcyf.org'], 'Providers accepting new kids - Aug 2024', body, dt,
              html=True), ''


@reg('clean', 'lookalike')
def look_code_crosswalk():
    dt = D(2024, 10, 21, 9, 48)
    body = """Hi all,

A few people asked after the Keystone meeting which codes the plan looks for when it counts an initial exam or a well-child visit toward our compliance numbers. Here is the crosswalk Rhonda sent. This is the plan's reporting logic, not a billing instruction.

Well-child (new)        99381 (<1y)  99382 (1-4)  99383 (5-11)  99384 (12-17)  99385 (18-21)
Well-child (est.)       99391 (<1y)  99392 (1-4)  99393 (5-11)  99394 (12-17)  99395 (18-21)
Dx (any one of)         Z00.110, Z00.111, Z00.121, Z00.129, Z02.89 (exam for custody/placement)
Developmental screen    96110
Behavioral screen       96127
Vision / hearing        99173 / 92551
Lead screening          83655 + 36416
Dental exam             D0120, D0145, D0150
Fluoride varnish        99188 (medical) / D1206 (dental)

Visits coded only with sick-visit E/M codes (99212-99215) do NOT count, even if the doctor did everything - so ask the office to bill the preventive code when it's a placement exam.

Gloria

""" + SIG['gloria']
    return mk(GLORIA, HLU_ALL, 'codes the plan counts for EPSDT', body, dt), ''


@reg('clean', 'lookalike')
def look_stats():
    dt = D(2024, 10, 8, 12, 0)
    body = """Health Liaison Unit - Q3 FY25 Compliance Summary (July 1 - September 30, 2024)

Children in custody on 9/30/2024:                 612
New removals in quarter:                           94
72-hour screening completed on time:         88 / 94   (93.6%)
30-day comprehensive exam on time:           82 / 94   (87.2%)
Dental exam within 90 days (age 1+):         61 / 79   (77.2%)
Annual well-child current (all in care):    561 / 612  (91.7%)
Psychotropic consents current:              118 / 121  (97.5%)
Children on 1+ psychotropic:                      121  (19.8%)
Children on 3+ psychotropics:                       9   (1.5%)

By unit (30-day exam on time):
  Unit 1  21/23   Unit 2  18/22   Unit 3  24/26   Unit 4  19/23

Median days to 30-day exam: 19 (Q2: 22)
Top barriers recorded: provider availability (7), foster parent scheduling (3), youth refusal (2)

Full dashboard: \\\\dcyf-fs02\\HLU\\Reports\\FY25Q3_dashboard.xlsx

Prepared by T. Whitfield 10/8/2024"""
    return mk(TASHA, [BETH, 'Alan Haskins <ahaskins@caldercountydcyf.org>'], 'Q3 HLU compliance numbers',
              body, dt, html=True), ''


@reg('clean', 'lookalike')
def look_it_ticket():
    dt = D(2024, 12, 11, 8, 17)
    body = """Incident INC0048213 has been RESOLVED.

Short description:  Laptop will not dock - Harmon 3rd floor, HLU pod 3
Caller:             Renee Okafor
Assigned to:        Desktop Support - L. Ferrante
Configuration item: CC-LT-02291 (Dell Latitude 5440, S/N 5CG2341HQT)
Dock:               CC-DK-00877 (WD19S, S/N CN0H4X7K2210)
Opened:             12/09/2024 14:02
Resolved:           12/11/2024 08:15
Resolution:         Dock firmware updated 01.00.21 -> 01.00.35; replaced USB-C cable (asset CC-CBL-1190).

Related: CHG0012047 (dock firmware rollout, all floors), PRB0000318

If your issue is not resolved, reply to this e-mail within 5 days to reopen the incident. After 5 days the incident will close automatically.

Calder County IT Service Desk | (614) 555-0150 | servicedesk@caldercountydcyf.org
Ref:MSG0774120"""
    return mk('IT Service Desk <servicedesk@caldercountydcyf.org>', RENEE,
              'Incident INC0048213 resolved - Laptop will not dock', body, dt), ''


@reg('clean', 'lookalike')
def look_aed_notice():
    dt = D(2025, 2, 4, 10, 5)
    body = """Facilities notice - AED inspection and battery recall

During the February monthly check we confirmed that two of the building's four AEDs are affected by the manufacturer's battery advisory (FA-2025-003).

Location           Model             Serial        Battery lot   Pad exp     Status
-----------------  ----------------  ------------  ------------  ----------  ----------------
1st fl lobby       PowerHeart G5     1907341882    L24-0917B     09/2026     OK
2nd fl elevator    PowerHeart G5     1907342210    L23-1130A     04/2025     RECALL - replace
3rd fl HLU pod     PowerHeart G5     1907344019    L23-1130A     01/2026     RECALL - replace
Visitation ctr     PowerHeart G5     2001178835    L24-0312C     06/2027     OK

Replacement batteries ordered 2/3 on PO 4500221318, FedEx tracking 7798 4412 0356, expected 2/6. The recalled units remain in service until then (the advisory allows continued use) - the status light is green.

Pediatric pads: the 3rd floor and visitation center units have infant/child pads in the cabinet pocket (lot PD-2406-117, exp 11/2026).

CPR/AED recertification class for staff is 3/12, sign up with Theo.

Dwayne Pickett
Facilities Coordinator, Harmon Building
(614) 555-0105"""
    return mk('Dwayne Pickett <dpickett@caldercountydcyf.org>', ALLSTAFF,
              'AED battery recall - 2 units affected (2nd fl, 3rd fl)', body, dt), ''

# ================================================================ CLEAN: news
@reg('clean', 'news')
def news_hlu_newsletter():
    dt = D(2024, 10, 1, 7, 30)
    body = """HEALTH MATTERS - The Health Liaison Unit Newsletter
October 2024

FLU SEASON IS HERE
Flu vaccine is recommended for every child 6 months and older, and for foster caregivers and household members. Brightwater Pediatrics and North Valley Community Health are holding walk-in flu clinics on Saturdays in October (9 AM - noon). Children in custody do not need a separate consent for routine vaccines already covered by the standing medical consent.

RSV PROTECTION FOR INFANTS
Babies born during or entering their first RSV season may be eligible for nirsevimab, a one-time antibody shot. If you have an infant placement, ask the pediatrician at the first visit.

30-DAY EXAMS: WE'RE GETTING FASTER
Median time to the 30-day comprehensive exam dropped from 22 to 19 days last quarter. Thank you, caseworkers and foster parents!

WELCOME
Please welcome Wei Chen, bilingual (Mandarin/Cantonese) caseworker, who joined Unit 3 in September, and our new nursing student intern from Bellmont State, Hannah Graves.

REMINDERS
- Medicaid cards: take a photo of the card at placement so the foster parent always has the number.
- Medication logs: start a new log at every placement change.
- The HLU after-hours on-call line is (614) 555-0111.

Questions or story ideas? E-mail healthliaison@caldercountydcyf.org.

You are receiving this newsletter because you are DCYF staff or a licensed Calder County foster caregiver. Unsubscribe: reply with REMOVE."""
    html = """<html><body style="margin:0;background:#f3f6f8"><table width="640" align="center" cellpadding="18" style="background:#ffffff;font-family:Georgia,serif;color:#222">
<tr><td style="background:#1f4e79;color:#fff"><img src="cid:logo" alt="" width="120" height="40"><h1 style="margin:6px 0;font-size:24px">Health Matters</h1><div>The Health Liaison Unit Newsletter &middot; October 2024</div></td></tr>
<tr><td><h2 style="color:#1f4e79">Flu season is here</h2><p>Flu vaccine is recommended for every child 6 months and older, and for foster caregivers and household members. Brightwater Pediatrics and North Valley Community Health are holding walk-in flu clinics on Saturdays in October (9 AM - noon).</p>
<h2 style="color:#1f4e79">RSV protection for infants</h2><p>Babies born during or entering their first RSV season may be eligible for nirsevimab, a one-time antibody shot. Ask the pediatrician at the first visit.</p>
<h2 style="color:#1f4e79">30-day exams: we're getting faster</h2><p>Median time to the 30-day comprehensive exam dropped from 22 to 19 days last quarter.</p>
<h2 style="color:#1f4e79">Welcome</h2><p>Wei Chen, bilingual caseworker (Unit 3), and nursing intern Hannah Graves.</p>
<p style="font-size:12px;color:#666">After-hours on-call line (614) 555-0111 &middot; healthliaison@caldercountydcyf.org</p></td></tr></table></body></html>"""
    m = mk(HLU, ['dcyf-casework@caldercountydcyf.org', 'fosterparents-list@caldercountydcyf.org'],
           'Health Matters - October 2024', body, dt, html=html)
    # attach the logo as an inline related part of the HTML alternative
    for part in m.walk():
        if part.get_content_type() == 'text/html':
            part.add_related(logo_png(), maintype='image', subtype='png', cid='<logo>', filename='hlu_logo.png')
            break
    return m, ''


@reg('clean', 'news')
def news_measles():
    dt = D(2025, 2, 12, 15, 30)
    body = """HEALTH ALERT NETWORK - ADVISORY
District 4 Regional Public Health
February 12, 2025

Measles cases in the region

Summary: As of February 11, seven (7) confirmed measles cases have been reported in three counties in the district (Calder 2, Ashby 4, Rowan 1). Five cases are in children under 10; none of the cases had documented MMR vaccination. Two cases were hospitalized. Exposure sites have been posted at the district website.

Recommendations for child-serving agencies and health care providers:
 - Verify MMR status for all children in care; children 12 months and older should have at least one dose, and school-age children two doses.
 - Infants 6-11 months traveling or living in affected areas may receive an early dose.
 - Consider measles in any patient with fever and rash, and isolate immediately. Call the district communicable disease line before referring for testing.
 - Staff without evidence of immunity should be offered MMR.

Resources: vaccine clinics are held Mondays and Thursdays at the district office, no appointment needed, no cost for children.

This message was distributed to county agencies and health care partners. Please forward as appropriate."""
    return mk('Regional Public Health HAN <han@district4publichealth.org>', 'han-partners@district4publichealth.org',
              'HAN Advisory: Measles cases in the district - Feb 12, 2025', body, dt,
              hdrs=[('Precedence', 'bulk')]), ''


@reg('clean', 'news')
def news_mco_bulletin():
    dt = D(2024, 12, 2, 10, 0)
    body = """Keystone Kids Health Plan - Provider & Partner Bulletin, December 2024

1) PRIOR AUTHORIZATION CHANGES FOR ANTIPSYCHOTICS IN YOUNG CHILDREN
Effective February 1, 2025, all antipsychotic prescriptions for members under age 6 will require prior authorization, including refills of existing prescriptions. Requests must include a psychiatric evaluation within the past 12 months and documentation of psychosocial interventions tried. For members in foster care, the custodial agency will be notified of every decision.

2) DENTAL SEDATION NETWORK EXPANSION
Two additional pediatric dental practices with in-office sedation will join the network in Q1 2025. Average wait time for sedation cases in the northern region is currently 38 days.

3) NEMT SCHEDULING
Members (or custodial agencies) should schedule non-emergency medical transportation at least 48 hours ahead. Same-day rides are available for urgent visits.

4) HOLIDAY HOURS
Member Services will close at 3 PM on December 24 and 31 and will be closed December 25 and January 1. The 24/7 nurse line remains available.

Questions: Provider Services 1-800-555-0192, option 3."""
    return mk('Keystone Kids Health Plan <bulletins@keystonekidshp.org>', 'partners@keystonekidshp.org',
              'Keystone Kids Partner Bulletin - December 2024', body, dt, html=True,
              hdrs=[('List-Unsubscribe', '<mailto:unsubscribe@keystonekidshp.org>')]), ''


@reg('clean', 'news')
def news_research():
    dt = D(2024, 9, 18, 11, 45)
    body = """Hi Beth,

Thought your team would want to see the summary of our paper that just came out - thank you again for the agency's help with the data agreement.

"Dental care utilization among children entering foster care: a 5-year cohort in three Midwestern counties" (J. of Child Welfare Health, Sept 2024)

Key findings (de-identified administrative data, n = 2,814 children aged 1-17):
 - 46% had no dental claim in the 12 months before entering care.
 - Within 90 days of entry, 71% had a dental exam; this rose to 84% in counties with a dedicated health liaison nurse.
 - Children placed with kin were less likely to receive a dental exam in 90 days (63% vs 76%).
 - Untreated decay at the first exam was found in 38% of children aged 3-5.
 - Each additional placement move in the first 6 months was associated with a 9% lower odds of a completed dental exam.

We're presenting these at the state child welfare conference in November and would love to have someone from the HLU on the panel.

Best,
Dr. Naomi Feld
Associate Professor, School of Social Work
Bellmont State University
(614) 555-0193"""
    return mk('Naomi Feld <nfeld@bellmontstate.org>', BETH, 'our dental utilization paper is out',
              body, dt, cc=TASHA), ''


@reg('clean', 'news')
def news_vendor_pitch():
    dt = D(2024, 10, 23, 9, 12)
    body = """Hi Beth,

I'm reaching out because county health liaison teams like yours are using HealthPassport Connect to keep foster children's medical information moving with them - across placements, caseworkers and clinics.

With HealthPassport Connect, your team can:
  * Give foster parents a secure mobile "passport" with medications, allergies and upcoming appointments on day one of a placement
  * Track 72-hour, 30-day and EPSDT due dates automatically
  * Receive HL7 and FHIR results from partner clinics straight into the child's record
  * Generate court-ready health summaries in one click

Counties using our platform report an average 31% reduction in time spent assembling court health reports.

Would you have 20 minutes in the next two weeks for a demo? You can grab a time here: https://meet.healthpassportconnect.com/jlarue

Best regards,
Jordan LaRue
Senior Account Executive, Public Sector
HealthPassport Connect | (614) 555-0194

If you'd prefer not to hear from me, just reply "unsubscribe"."""
    return mk('Jordan LaRue <jlarue@healthpassportconnect.com>', BETH,
              'Helping Calder County keep health records with every child', body, dt, html=True), ''


@reg('clean', 'news')
def news_fpa_newsletter():
    dt = D(2024, 8, 5, 18, 30)
    body = """CALDER COUNTY FOSTER & ADOPTIVE PARENT ASSOCIATION
August Newsletter

BACK-TO-SCHOOL CHECKLIST
School starts August 21! Before then:
 - Make sure your kids' immunization records are on file with the school nurse (the HLU can print them for you).
 - Sports physicals: Brightwater is doing Saturday sports physical days 8/10 and 8/17.
 - If your child takes medicine at school, the district needs a new authorization form every school year.

TRAINING NIGHTS (counts toward your annual hours)
 - 8/13  "Caring for Kids with Asthma and Allergies" - presented by the HLU nurses, 6:30 PM, Harmon Building room 3A
 - 8/27  "Talking with Teens about Vaping" - 6:30 PM, Teams
 - 9/10  CPR/First Aid (pediatric) - 9 AM-1 PM, $10 materials fee waived for members

CLOTHING CLOSET
Back-to-school backpacks and school supplies are available at the clothing closet, Tuesdays 4-7 PM. Donations of new socks and underwear in kids' sizes are always welcome.

SUPPORT GROUP
Monthly support group meets the first Thursday at Grace Fellowship, childcare provided.

Thank you for all you do for the kids of Calder County!
Pam Whitlock, President"""
    return mk('Calder FAPA <newsletter@calderfapa.org>', 'members@calderfapa.org',
              'FAPA August News: back to school, training nights, clothing closet', body, dt, html=True), ''

# ================================================================ CLEAN: staff
@reg('clean', 'staff')
def staff_oncall():
    dt = D(2024, 11, 22, 14, 40)
    body = """HLU after-hours on-call - December 2024
Weeknights 5 PM - 8 AM, weekends Fri 5 PM - Mon 8 AM. On-call phone forwards to the nurse listed.

Dates            Primary nurse                 Backup                     Supervisor
---------------  ----------------------------  -------------------------  ----------------------
12/2 - 12/8      Renee Okafor, RN              Hannah Ruiz, RN            Beth Lindqvist
12/9 - 12/15     Hannah Ruiz, RN               Oluwaseun Adeyemi, RN      Dale Kowalczyk
12/16 - 12/22    Oluwaseun Adeyemi, RN         Renee Okafor, RN           Beth Lindqvist
12/23 - 12/29    Kristin Vogel, LPN*           Hannah Ruiz, RN            Dale Kowalczyk
12/30 - 1/5      Renee Okafor, RN              Kristin Vogel, LPN*        Beth Lindqvist

* LPN on-call must call the backup RN for any medication consent or ER decision.

Holiday pay applies 12/24 5 PM - 12/26 8 AM and 12/31 5 PM - 1/2 8 AM. Swaps: e-mail me and the other nurse, and update the board.

Sharon

""" + SIG['sharon']
    return mk(SHARON, HLU_ALL, 'December on-call schedule (final)', body, dt, cc=DALE), ''


@reg('clean', 'staff')
def staff_celebration():
    dt = D(2024, 9, 4, 11, 15)
    body = """Hi everyone!

This month Renee Okafor celebrates 20 YEARS with Calder County DCYF! She started as a caseworker in Unit 1 back in 2004, went to nursing school at night, and has been the heart of the Health Liaison Unit since it started in 2012.

Please join us Thursday 9/12 at 2:30 in the 3rd floor break room for cake (lemon - her favorite) and a few words from Director Haskins. There's a card going around in Sharon's cube - please sign it by Wednesday, and shh, it's a surprise!

Beth"""
    return mk(BETH, ALLSTAFF, 'Cake Thursday - 20 years!', body, dt, html=True), ''


@reg('clean', 'staff')
def staff_open_enrollment():
    dt = D(2024, 10, 28, 8, 0)
    body = """Calder County Employee Benefits - Open Enrollment 2025

Open enrollment runs November 1 - November 22, 2024. Changes take effect January 1, 2025.

What's new for 2025
 - Medical: the PPO and HDHP plans remain with the same carrier. Employee premium share increases 3% for PPO; HDHP premium unchanged. County HSA contribution stays at $750 single / $1,500 family.
 - Dental: orthodontic lifetime max increases to $2,000.
 - Vision: frames allowance increases to $175.
 - EAP: now includes 8 free counseling sessions per issue per year (was 6).
 - FSA limit: $3,200.

You MUST re-enroll in the FSA every year. Medical, dental and vision elections roll over if you do nothing.

Benefits fairs: 11/6 Harmon Building lobby 11 AM - 2 PM; 11/8 Annex cafeteria 7 - 9 AM (for night shift).

Enroll in the HR portal. Questions: benefits@caldercounty-hr.org or (614) 555-0102.

Calder County Human Resources"""
    return mk('Calder County HR <benefits@caldercounty-hr.org>', 'all-county-employees@caldercounty-hr.org',
              'Open Enrollment starts Nov 1 - what changes for 2025', body, dt, html=True), ''


@reg('clean', 'staff')
def staff_leave_coverage():
    dt = D(2025, 1, 29, 16, 20)
    body = """Unit 4,

Marcus will be out on leave starting Monday 2/3 for approximately six weeks. Please don't contact him about cases while he's out.

Coverage while he's away:
 - Court hearings and reviews: Tasha (she has the calendar)
 - Home visits, odd-numbered cases on his caseload: Jolene
 - Home visits, even-numbered cases: Yesenia
 - Placement calls: route to me
 - His SafeTrip bookings already on the calendar will stay as scheduled

I'll send a case-by-case assignment list through SACWIS reassignments by Friday. Thank you all for stepping up - I know everyone is already full.

Dale

""" + SIG['dale']
    return mk(DALE, [TASHA, JOLENE, YESENIA, SHARON], 'Coverage for Marcus 2/3 - mid March', body, dt, cc=BETH), ''


@reg('clean', 'staff')
def staff_license_roster():
    dt = D(2025, 1, 6, 9, 25)
    rows = [['Name', 'Title', 'Credential', 'License #', 'Expires', 'CPR exp', 'Status'],
            ['Beth Lindqvist', 'Program Manager', 'MSN, RN', 'RN.311842', '08/31/2025', '04/2026', 'OK'],
            ['Renee Okafor', 'Health Liaison Nurse', 'BSN, RN', 'RN.357101', '08/31/2025', '02/2025', 'CPR due'],
            ['Hannah Ruiz', 'Health Liaison Nurse', 'BSN, RN', 'RN.498820', '08/31/2025', '10/2026', 'OK'],
            ['Oluwaseun Adeyemi', 'Health Liaison Nurse', 'RN', 'RN.512276', '08/31/2025', '07/2025', 'OK'],
            ['Kristin Vogel', 'Nurse (on-call)', 'LPN', 'PN.170443', '10/31/2025', '03/2025', 'CPR due'],
            ['Tasha Whitfield', 'Health Liaison Coordinator', 'BA', 'n/a', '', '09/2025', 'OK'],
            ['Gloria Benavides', 'Medicaid Eligibility Spec.', '', 'n/a', '', 'n/a', 'OK']]
    body = ("Beth,\n\nAnnual credential check for the HLU roster is attached. All nursing licenses verified "
            "on the Board of Nursing lookup this morning (screenshots in the personnel folder). Two CPR "
            "cards expire this quarter - Renee (Feb) and Kristin (Mar). Theo has the 3/12 class open.\n\n"
            "Sharon\n\n" + SIG['sharon'])
    return (mk(SHARON, BETH, 'HLU credential roster - Jan 2025', body, dt,
               att=[('HLU_credentials_2025-01.xlsx', xlsx(rows, 'Roster'), XLSX_T)]), '')


@reg('clean', 'staff')
def staff_payroll():
    dt = D(2024, 11, 20, 12, 0)
    body = ("Reminder: because of the Thanksgiving holiday, timesheets for the pay period ending 11/30 "
            "are due in Kronos by 10 AM on Tuesday 11/26 (not Monday 12/2). Supervisors approve by "
            "3 PM Tuesday.\n\nOn-call hours and mileage for home visits should be entered by the same "
            "deadline or they'll roll to the next check.\n\nHoliday: 11/28 and 11/29 are paid county "
            "holidays.\n\nThanks,\nPayroll - Calder County Auditor's Office\n(614) 555-0103\n\n"
            + DISC_SHORT)
    return mk('Payroll <payroll@caldercounty-hr.org>', ALLSTAFF, 'Timesheets due early - Thanksgiving week',
              body, dt), ''


@reg('clean', 'staff')
def staff_interviews():
    dt = D(2025, 2, 10, 13, 50)
    q = back(dt, hours=2, minutes=10)
    orig = ("Can you set up the panel interviews for the Health Liaison Nurse II posting (req "
            "#24-0613)? We have 4 candidates. Panel: me, Renee, Dale, and someone from Unit 2 - ask "
            "Jolene. 45 min each, 2/19 or 2/20.\n\nB")
    body = ("Here's what I have - all four confirmed:\n\n"
            "  Wed 2/19  9:00   Candidate A (in person)\n"
            "  Wed 2/19  10:00  Candidate B (Teams)\n"
            "  Thu 2/20  1:00   Candidate C (in person)\n"
            "  Thu 2/20  2:00   Candidate D (in person)\n\n"
            "Room 3A both days. Jolene is on the panel. I'll print the question sets and scoring "
            "sheets and have the candidate packets in your box Tuesday (HR asked that we keep names "
            "off the calendar invites).\n\nSharon\n\n"
            + orig_block(BETH, q, SHARON, 'HLN II interviews', orig))
    return mk(SHARON, BETH, 'RE: HLN II interviews', body, dt, cc=[RENEE, DALE, JOLENE]), ''

# ================================================================ CLEAN: training
@reg('clean', 'training')
def train_case_study():
    dt = D(2024, 9, 20, 10, 10)
    body = """New Worker Academy - Module 6: Health Needs of Children in Care
Small-group case study (for Tuesday's session)

This case is a composite. It does not describe any real child or family.

A 6-year-old is placed in an emergency foster home at 9 PM on a Friday after a removal from a home where the parent was arrested. The child arrives with no belongings except a backpack. The foster mother notices the child is scratching her scalp, has several untreated cavities visible when she smiles, and says she "takes a pink medicine at night" but there is no bottle. The biological parent is not reachable over the weekend.

Discuss in your group:
1. What must happen within 72 hours, and who is responsible for arranging it?
2. How would you find out what the "pink medicine" is? List at least three sources.
3. Who can consent to a dental exam? To a filling? To a new prescription?
4. What will the foster mother need from you before Monday (Medicaid information, consent paperwork, after-hours numbers)?
5. The parent's attorney asks for the child's medical records the following week. What do you do?

Answer guide is in the facilitator folder. Please don't share it with trainees before the session.

Theo

""" + SIG['theo']
    return mk(THEO, ['nwa-facilitators@caldercountydcyf.org'], 'NWA Module 6 case study - for Tuesday',
              body, dt, cc=RENEE), ''


@reg('clean', 'training')
def train_uat_script():
    dt = D(2024, 11, 7, 15, 30)
    rows = [['Step', 'Test record', 'Action', 'Expected result', 'Pass/Fail', 'Tester'],
            ['1', 'TESTCHILD, ALPHA (PID 9000001, DOB 01/01/2015)', 'Open Health tab > Medications > Add', 'Med entry form opens; consent required flag defaults Y for psychotropic class', '', ''],
            ['2', 'TESTCHILD, ALPHA', 'Add "sertraline 25 mg" (test formulary)', 'Consent workflow starts; status "Pending consent"', '', ''],
            ['3', 'TESTCHILD, BRAVO (PID 9000002, DOB 06/15/2020)', 'Add antipsychotic, age < 6', 'Hard stop: "Secondary review required"', '', ''],
            ['4', 'TESTCHILD, BRAVO', 'Enter consult line reference ZZ-0000', 'Stop clears; signer list limited to RN/supervisor', '', ''],
            ['5', 'TESTCHILD, CHARLIE (PID 9000003, DOB 03/03/2009)', 'Add med, youth 14+', 'Youth input section required before save', '', ''],
            ['6', 'TESTCHILD, ALPHA', 'Set consent date 6 months ago', 'Status changes to "Expired"; reminder task created', '', ''],
            ['7', 'All test records', 'Run EPSDT due-date report', 'Test records appear only in TRAINING environment', '', '']]
    body = ("UAT testers,\n\nAttached is the test script for the Health Module v7.4 medication consent "
            "changes. Use ONLY the TESTCHILD records in the UAT environment (https://sacwis-uat.caldercountydcyf.org) "
            "- they're fictitious and get wiped nightly. Do not enter anything about real children in UAT.\n\n"
            "Please complete by 11/13 and mark Pass/Fail with a screenshot for any failure.\n\nKevin\n\n"
            + SIG['kevin'])
    return (mk(KEVIN, [RENEE, TASHA, 'Hannah Ruiz <hruiz@caldercountydcyf.org>'],
               'UAT test script - Health Module 7.4 med consent', body, dt,
               att=[('HM74_UAT_MedConsent_Script.xlsx', xlsx(rows, 'UAT'), XLSX_T)]), '')


@reg('clean', 'training')
def train_quiz():
    dt = D(2024, 12, 18, 9, 0)
    body = """Medication Consent - Quick Quiz (answers at the bottom - no peeking!)

1. True or false: A foster parent may sign consent for a new psychotropic medication.
2. Beginning 1/1/2025, how long is a psychotropic consent valid?
   a) 3 months  b) 6 months  c) 12 months
3. Which of these requires the state consult line review before the agency signs?
   a) stimulant for a 9-year-old
   b) antipsychotic for a 5-year-old
   c) antidepressant for a 15-year-old
4. A 15-year-old asks why she's being prescribed a new medication. What must you do and document?
5. It's 11 PM and an ER doctor wants verbal consent for a one-time sedative. Who can give it?

Answers: 1) False - only HLU nurses, placement supervisors or designees.  2) b.  3) b.  4) Offer the youth the chance to discuss it with the prescriber/signer and record her input on DCYF-HL-12 page 2.  5) The on-call HLU nurse, documented next business day.

5/5 = you're ready for the new procedure. Anything less, come to the Tuesday drop-in.

Theo"""
    return mk(THEO, ALLSTAFF, 'Quiz: are you ready for the new med consent rules?', body, dt, html=True), ''


@reg('clean', 'training')
def train_hl7_test():
    dt = D(2024, 10, 30, 11, 5)
    msg = "\n".join([
        "MSH|^~\\&|BWPEHR|BRIGHTWATER|CCDCYF_HLU|CALDERCO|20241030103000||ADT^A04^ADT_A01|TEST000123|T|2.5.1",
        "EVN|A04|20241030103000",
        "PID|1||TEST-000001^^^BWP^MR||ZZTEST^FOSTERCHILD^ONE||20150101|U|||123 TEST ST^^TESTVILLE^OH^00000",
        "PV1|1|O|BWP^TESTROOM^^BRIGHTWATER||||9999999999^ZZTEST^PROVIDER",
        "GT1|1||ZZTEST GUARANTOR ORG||1 TEST WAY^^TESTVILLE^OH^00000||||||ORG",
    ])
    body = ("Hi Kevin,\n\nPer the SUP-40913 fix, we've deployed the new GT1 mapping to your TEST channel. "
            "Below is the synthetic message we used (processing ID T, fictitious ZZTEST patient - please "
            "don't let it through to production). Can you replay it on your side and confirm the "
            "appointment lands on the test child's health tab?\n\n" + msg +
            "\n\nIf it passes we'll schedule the PROD deploy for next Wednesday night.\n\nNate Sorensen\n"
            "Integration Engineer, CaseWorks Solutions\nsupport: (614) 555-0195")
    return mk('Nate Sorensen <nsorensen@caseworks-solutions.com>', KEVIN,
              'SUP-40913 - GT1 mapping fix in TEST, please replay', body, dt), ''


@reg('clean', 'training')
def train_court_template():
    dt = D(2025, 1, 15, 14, 22)
    doc = docx(['**SAMPLE - FOR TRAINING USE ONLY - FICTITIOUS CHILD',
                '**Health and Medical Section - Semiannual Administrative Review',
                'Child: Jane Sample (fictitious)        DOB: 01/01/20XX        Case No.: SAMPLE-0000',
                '1. Health care providers: [Primary care] [Dental] [Vision] [Behavioral health] - name and date of last visit for each.',
                '2. Well-child/EPSDT status: [current / due / overdue] - date of last exam.',
                '3. Immunizations: [up to date per state registry as of DATE / missing: list].',
                '4. Medications: name, dose, prescriber, reason in plain language, consent date and expiration.',
                '5. Diagnoses and ongoing needs: only what is relevant to the court and the child\'s safety and well-being.',
                '6. Upcoming appointments and referrals pending.',
                '7. Caregiver\'s report: how the caregiver says the child is doing (sleep, eating, school, mood).',
                'Example (fictitious): "Jane is seen at ABC Pediatrics; her last well-child exam was on [date] and she is current on immunizations. She takes no daily medications."',
                'Reminder: do not include HIV status, substance use treatment records, or a parent\'s health information without checking the release rules with your supervisor.'])
    body = ("Hi all,\n\nFor tomorrow's court report writing workshop, attached is the health section "
            "template with a worked sample for a fictitious child. Please bring a laptop - we'll practice "
            "on the sample, not on your real cases.\n\nTheo\n\n" + SIG['theo'])
    return (mk(THEO, ['court-writing-workshop@caldercountydcyf.org'], 'Court report workshop - health section template',
               body, dt, cc=RENEE, att=[('SAMPLE_Health_Section_Template.docx', doc, DOCX_T)]), '')


@reg('clean', 'training')
def train_portal_practice():
    dt = D(2024, 8, 29, 10, 40)
    body = """Welcome to the Keystone Kids Provider Portal training environment.

Your practice login is active for 30 days:
  URL:       https://train-portal.keystonekidshp.org
  Username:  CALDER-TRN-07
  Temporary password: sent separately by text

Practice member records (fictitious - TRAINING ONLY, not real members):
  Member ID     Name                     DOB          Scenario
  9999000001    TRAINING, CHILDONE       01/01/2014   Active foster care coverage
  9999000002    TRAINING, CHILDTWO       02/02/2018   Termed - practice reinstatement request
  9999000003    TRAINING, CHILDTHREE     03/03/2010   Pharmacy PA pending
  9999000004    TRAINING, CHILDFOUR      04/04/2022   Adoption assistance category change

Exercises:
 1. Run an eligibility check (270/271) for CHILDONE and print the benefit summary.
 2. Submit a reinstatement for CHILDTWO with reason "FC continuous eligibility".
 3. Look up the PA status for CHILDTHREE.
 4. Update the aid category for CHILDFOUR.

Real member data is never available in the training environment. Questions: portaltraining@keystonekidshp.org

Keystone Kids Health Plan - Provider Education"""
    return mk('Keystone Kids Provider Education <portaltraining@keystonekidshp.org>', GLORIA,
              'Your training environment login - Provider Portal', body, dt), ''


# ================================================================ main
EXPECTED = OrderedDict([
    (('phi', 'care'), 8), (('phi', 'ids'), 8), (('phi', 'lang'), 8), (('phi', 'lists'), 7),
    (('phi', 'names'), 8), (('phi', 'self'), 7), (('phi', 'struct'), 7),
    (('clean', 'admin'), 7), (('clean', 'lookalike'), 7), (('clean', 'news'), 6),
    (('clean', 'staff'), 7), (('clean', 'training'), 6),
])


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: python3 gen.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    counts = OrderedDict((k, 0) for k in EXPECTED)
    rows = []
    for label, kind, fn in REG:
        msg, patient = fn()
        counts[(label, kind)] += 1
        fname = '%s-%s-%03d.eml' % (label, kind, counts[(label, kind)])
        with open(os.path.join(outdir, fname), 'wb') as f:
            BytesGenerator(f, policy=policy.SMTP).flatten(msg)
        rows.append([fname, label, kind, patient])
    for k, n in EXPECTED.items():
        if counts[k] != n:
            sys.exit('count mismatch for %s-%s: %d != %d' % (k[0], k[1], counts[k], n))
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    total = 0
    for (label, kind), n in counts.items():
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)


if __name__ == '__main__':
    main()
