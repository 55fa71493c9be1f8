#!/usr/bin/env python3
"""Blind evaluation mail: Calloway Harbour Hotels & Resorts -- guest services,
security & risk.  Everything here is invented.  Usage: python3 gen.py OUTDIR"""
import sys, os, csv, json, random, zlib, struct, zipfile, io, string
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr

SEED = 9502
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
os.makedirs(OUT, exist_ok=True)

ROWS = []
COUNTS = {}

GRP = 'callowayharbour.com'
ET = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))
CT = timezone(timedelta(hours=-5))
MT = timezone(timedelta(hours=-6))
UTC = timezone.utc
CET = timezone(timedelta(hours=2))


def when(mo, d, h=None, mi=None, tz=ET, yr=2024):
    if h is None:
        h = random.randint(7, 21)
    if mi is None:
        mi = random.randint(0, 59)
    return datetime(yr, mo, d, h, mi, random.randint(0, 59), tzinfo=tz)


def later(dt, minutes_lo=7, minutes_hi=300):
    return dt + timedelta(minutes=random.randint(minutes_lo, minutes_hi))


def fmt_on(dt):
    return dt.strftime('%a, %b %-d, %Y at %-I:%M %p')


def fmt_outlook(dt):
    return dt.strftime('%A, %B %-d, %Y %-I:%M %p')


def digits(n):
    return ''.join(random.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = ''.join(random.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def b62(n):
    return ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(n))


def phone(area=None):
    area = area or random.choice(['239', '941', '312', '970', '305', '727'])
    return '(%s) 555-01%02d' % (area, random.randint(0, 99))


def dob(y0, y1):
    y = random.randint(y0, y1)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return datetime(y, m, d)


def conf():
    return 'CH' + digits(8)


def folio():
    return digits(7)


WEBMAIL = ('northmailbox.net', 'fastpost.com', 'inboxharbor.net', 'mailcove.com',
           'postwave.net', 'kiwimail.org', 'lumenmail.com', 'correo-sol.net')


def msgid(addr):
    dom = addr.split('@')[-1].strip('>') if '@' in addr else 'localhost'
    if dom == GRP:
        pre = random.choice(['BN8PR11', 'SJ0PR11', 'CH3PR11', 'DM6PR11', 'MW4PR11'])
        host = '%sMB%s' % (pre, digits(4))
        return '<%s%s%s@%s.namprd11.prod.outlook.com>' % (host, hexs(10, True), digits(2), host)
    if dom in WEBMAIL:
        return '<CA%s%s@mail.%s>' % (random.choice(['+', 'J', 'K', 'P']), b62(44), dom)
    return '<%s.%s.%s@%s>' % (digits(10), hexs(12), digits(4), dom)


def send(label, kind, patient, frm, to, subject, body, date, cc=None, html=None,
         atts=(), extra=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = msgid(parseaddr(frm)[1])
    m['MIME-Version'] = '1.0'
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for data, ctype, fname in atts:
        maint, sub = ctype.split('/')
        if isinstance(data, str):
            m.add_attachment(data, subtype=sub, filename=fname)
        else:
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNTS[key])
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=SMTP))
    ROWS.append((fn, label, kind, patient))
    return fn


def quote(text, who_line):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))
    return '%s\n%s\n' % (who_line, q)


def orig_block(frm, sent, to, subject, body, cc=None):
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, fmt_outlook(sent), to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n%s\n' % (subject, body.strip('\n'))
    return s


def fwd_block(frm, sent, to, subject, body):
    return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n'
            % (frm, fmt_on(sent), subject, to, body.strip('\n')))


def html_of(text):
    esc = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    paras = esc.split('\n\n')
    inner = ''.join('<p>%s</p>\n' % p.replace('\n', '<br>\n') for p in paras)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n%s</body></html>\n' % inner)


# ---------------------------------------------------------------- file builders
def png(w, h, kind='logo'):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if kind == 'logo':
                if h * 0.62 < y < h * 0.70:
                    px = (201, 162, 39)
                elif (x - w * 0.22) ** 2 + (y - h * 0.4) ** 2 < (h * 0.22) ** 2:
                    px = (255, 255, 255)
                else:
                    px = (14, 42, 74)
            else:  # blank scan page, slightly grey with a faint edge shadow
                g = 246 - (6 if x < 3 or y < 3 else 0) - (y % 97 == 0) * 2
                px = (g, g, g - 2)
            row.extend(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    body = ['BT', '/F1 10 Tf', '13 TL', '54 760 Td']
    for l in lines:
        body.append('(%s) Tj T*' % esc(l))
    body.append('ET')
    stream = '\n'.join(body).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (Calloway Docs) >>' % esc(title)).encode('latin-1'),
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


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def docx(paragraphs):
    ps = []
    for p in paragraphs:
        bold = p.startswith('**')
        t = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        runs = []
        for i, part in enumerate(t.split('\t')):
            if i:
                runs.append('<w:r><w:tab/></w:r>')
            runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(part)))
        ps.append('<w:p>%s</w:p>' % ''.join(runs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % ''.join(ps))
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


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerows(rows)
    return buf.getvalue()


XLSX_T = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_T = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

# ---------------------------------------------------------------- cast
def P(name, local, dom=GRP):
    return name, '%s@%s' % (local, dom)


def addr(p):
    return '%s <%s>' % p


DANA = P('Dana Whitcombe', 'dana.whitcombe')
MARCUS = P('Marcus Oyelaran', 'marcus.oyelaran')
PRIYA = P('Priya Venkataraman', 'priya.venkataraman')
TOMASZ = P('Tomasz Zielinski', 'tomasz.zielinski')
LUCIA = P('Lucia Ferreira', 'lucia.ferreira')
KEN = P('Ken Halvorsen', 'ken.halvorsen')
RENEE = P('Renee Castillo', 'renee.castillo')
JO = P('Jo Abernathy', 'jo.abernathy')
HAMID = P('Hamid Rostami', 'hamid.rostami')
ELENA = P('Elena Duarte', 'elena.duarte')
FELIX = P('Felix Anand', 'felix.anand')
BETTINA = P('Bettina Kraus', 'bettina.kraus')
OWEN = P('Owen Mbeki', 'owen.mbeki')
SOFIA = P('Sofia Lindqvist', 'sofia.lindqvist')
CARMEN = P('Carmen Ybarra', 'carmen.ybarra')
RAFAEL = P('Rafael Quintero', 'rafael.quintero')
ANDRE = P('Andre Baptiste', 'andre.baptiste')
MARCH = P('Dr. Alessandro Marchetti', 'amarchetti', 'marchetticoncierge.net')
MARCH_OFF = P('Nadia Pell', 'office', 'marchetticoncierge.net')
GUESTSVC_SV = ('Calloway Seaview Guest Services', 'guestservices.seaview@' + GRP)
GUESTSVC_RF = ('Calloway Reef Guest Relations', 'guestrelations.reef@' + GRP)
RISK = ('Guest Safety & Risk', 'guestsafety@' + GRP)
HR_SV = ('Seaview Human Resources', 'hr.seaview@' + GRP)

PROP = {
    'SV': ('Calloway Seaview Resort', '4100 Gulf Shore Blvd', 'Solana Key, FL 33957', '239'),
    'RF': ('Calloway Reef Resort & Spa', '220 Reefwalk Drive', 'Port Sable, FL 33040', '305'),
    'GL': ('Calloway Grand Lakeshore', '600 N Lakeshore Terrace', 'Chicago, IL 60611', '312'),
    'PL': ('Calloway Pines Lodge', '1 Timberline Loop', 'Ridgefold, CO 81435', '970'),
    'CO': ('Calloway Harbour Hotels & Resorts', '75 Marina Plaza, Suite 900', 'Tampa, FL 33602', '813'),
}


def sig(p, title, prop='CO', mobile=False, fax=False):
    name = p[0]
    pn, street, city, area = PROP[prop]
    lines = ['', name, title, pn]
    if random.random() < 0.5:
        lines += [street, city]
    lines.append('T %s' % phone(area))
    if mobile:
        lines.append('M %s' % phone(area))
    if fax:
        lines.append('F %s' % phone(area))
    lines.append(p[1])
    return '\n'.join(lines) + '\n'


DISCLAIMER = ('\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the '
              'sole use of the intended recipient(s) and may contain confidential and privileged '
              'information. Any unauthorized review, use, disclosure or distribution is prohibited. '
              'If you are not the intended recipient, please contact the sender by reply e-mail and '
              'destroy all copies of the original message.\n')

DISC_SHORT = ('\n--\nCalloway Harbour Hotels & Resorts | This message may contain confidential '
              'information. If received in error, please delete it and notify the sender.\n')

IPHONE = '\n\nSent from my iPhone\n'


# ================================================================ PHI: care
def care_1():
    d = when(6, 19, 6, 52, CT)
    c = conf()
    body = """Night report 6/18 -> 6/19  |  Grand Lakeshore
Occ 91.4%%, ADR $318.20, 2 walk-ins (both rack), 1 no-show (guaranteed, charged).
No rebates over $200. Safe count balanced.

GUESTS TO WATCH
* 1412 OKAFOR, Harriet (conf %s, out 6/22)
  Daughter Adaeze called the desk 01:40 from Atlanta, couldn't reach her mom all evening.
  Ramon (security) did a welfare check 01:55. Mrs O was up and dressed, not sure where she
  was, a bit unsteady on her feet. Ramon stayed with her and I called Dr Marchetti's line,
  he came over at 02:40 and was with her about 40 min. He wants her seen at the clinic on
  Erie St this morning -- car booked 09:15 w/ Lakeshore Black Car, Felix said he'll ride
  along and bring her back. Dr M's office will call the desk with anything else.
  Daughter lands ORD ~11:30, I put a key at the desk in her name (ID req'd).
  PLEASE have someone knock every 2 hrs until the daughter is here. IRD sent tea + toast
  06:00, she ate about half. She asked for her reading glasses, they were in the bathroom.

* 807 noise complaint vs 809 (bachelor party), 2nd call 00:50, Ramon spoke to them, quiet after.
* 2203 VIP arrival moved to 2207 -- AC rattling, ticket #55120 in HotSOS.
* Lobby: revolving door sticking again, using side doors.

Engineering: boiler 2 alarm 03:10, reset per Luis, no guest impact.

Tomasz
Night Manager, Calloway Grand Lakeshore
""" % c
    send('phi', 'care', 'Harriet Okafor', addr(TOMASZ),
         ['GL AM Managers <gl.ammanagers@%s>' % GRP, addr(FELIX)], 'Night report 6/18-6/19', body, d,
         cc=['GL Security <security.lakeshore@%s>' % GRP])


def care_2():
    d1 = when(3, 10, 16, 5)
    d2 = later(d1, 20, 90)
    first = """Andre,

Can you set up standing rides for Mr. Bergstrom in 311? He's here with his wife Ingrid through 3/28 and needs
to get to the treatment center on Palmetto Ave (the one behind the Publix, 1880 Palmetto) every Mon/Wed/Fri.

- pick up 6:15 am at the porte cochere, he needs to be checked in by 6:45
- pick up again at 11:15, they'll call if it runs late
- he walks slowly, please use the van with the step, not the Suburban
- on the way back he's usually worn out, have a wheelchair waiting at the curb for him

Charge to room, they already approved it. Ingrid may ride along on Mondays.

Thanks!
Priya
"""
    body = """Done -- 9 trips on the board starting tomorrow (Mon 3/11). Kev has the early shift M/W/F, I told him
about the wheelchair on return. Rate is the resort flat $18 each way, posting to the folio.

A.

""" + quote(first, 'On %s, Priya Venkataraman <%s> wrote:' % (fmt_on(d1), PRIYA[1])) + \
        '\nAndre Baptiste | Transportation Lead | Calloway Seaview Resort | ext. 4417\n'
    send('phi', 'care', 'Mr. Bergstrom', addr(ANDRE), addr(PRIYA), 'RE: rides for 311 Bergstrom', body, d2,
         extra={'In-Reply-To': msgid(PRIYA[1])})


def care_3():
    d = when(4, 4, 19, 22)
    f = folio()
    body = """Dana -- FYI only, handled, but wanted you to have it for the log.

Guest Denis Lavoie, rm 1506 (folio %s), arrived on the 2:10 airport shuttle and left his carry-on on
the bus. Everything he takes daily was in it -- morning and evening pills, plus his eye drops. He was
pretty anxious about missing tonight's doses.

- Called Gulf Coach dispatch 3:05, they found the bag, courier dropping it at the front desk by 9pm.
- In the meantime Dr. Marchetti spoke with him by phone and called in a 3-day bridge supply to Gulfside
  Pharmacy on Palmetto. Felix picked it up at 5:40.
- Guest paid the $47.10 copay himself; I reimbursed as a guest allowance (code GA-SVC) on the folio.
- He asked us to keep the pharmacy bag at the desk until he's back from dinner, it's in the back office
  safe, logged on the valuables sheet.

Will let night audit know to call him when the courier arrives.

Carmen Ybarra
Duty Manager | Calloway Seaview Resort
%s
""" % (f, phone('239'))
    send('phi', 'care', 'Denis Lavoie', addr(CARMEN), addr(DANA), 'left meds on shuttle - 1506', body, d,
         cc=addr(MARCUS))


def care_4():
    d1 = when(6, 10, 10, 14, MT)
    d2 = later(d1, 60, 200)
    c = conf()
    first = """Hi Hamid,

Heads up on an arrival for Friday 6/14: Gwendolyn Parr, conf %s, 4 nights, booked into 214 (the loft
room up the half flight of stairs). Her husband Ray called me this morning -- she sleeps with a breathing
machine at night and uses oxygen during the day, and stairs are really hard for her.

What they need:
  - ground floor, no steps between the parking lot and the room if we can
  - two outlets within reach of the bed (the machine + a concentrator)
  - the mini fridge emptied out
  - Alpine Home Medical is delivering a concentrator and 2 portable tanks on Thursday 6/13 between
    1 and 4 pm, driver is Wes. Can someone let him into the room and sign?

Can we move them to 108 or 112? Same rate, I'll note the reservation.

Thanks so much,
Jo

Jo Abernathy
Accessibility & Inclusion Coordinator
Calloway Harbour Hotels & Resorts
""" % c
    body = """Jo - moved to 112 (108 is out of order, carpet). Engineering checked both outlets by the bed, they're
on separate circuits, and we put a power strip w/ surge protection in. Fridge emptied, minibar sensor
turned off so she won't get charged for moving things.

Front desk knows to walk Wes down Thursday, Tessa will sign. I also added "no early housekeeping, oxygen in
room" to the in-house notes and the no-smoking reminder to the welcome letter.

Hamid Rostami
Front Office Manager | Calloway Pines Lodge
1 Timberline Loop, Ridgefold, CO 81435
T (970) 555-0163

""" + orig_block(addr(JO), d1, addr(HAMID), 'Parr arrival 6/14 - room change', first)
    send('phi', 'care', 'Gwendolyn Parr', addr(HAMID), addr(JO), 'RE: Parr arrival 6/14 - room change', body, d2,
         cc='Pines Front Desk <frontdesk.pines@%s>' % GRP, html=html_of(body))


def care_5():
    d1 = when(2, 14, 8, 3, EST)
    d2 = later(d1, 120, 180)
    son = ('Gary Kincaid', 'gkincaid58@northmailbox.net')
    first = """To whoever reads this,

My dad Walter Kincaid is staying at the Seaview, room 622 I think, he comes every February for the fishing.
He's 84 and lives alone and I usually talk to him every night. He hasn't picked up since Tuesday night
and his cell goes straight to voicemail. He's supposed to take his pills with breakfast every morning and
he forgets when he's off his routine.

Could someone please knock on his door and make sure he's ok? And have him call me. My number is
%s.

Thank you
Gary Kincaid
""" % phone('614')
    body = """Dear Mr. Kincaid,

Thank you for reaching out, and I'm sorry for the worry. Our security officer checked on your father at
10:40 this morning. He is fine -- his phone battery had died and he didn't have his charger with him.
We've given him one from our lost & found to keep for the rest of his stay.

He asked me to tell you he'll call you after lunch. I also asked him, as you mentioned, about his morning
pills and he said he had taken them with breakfast in the cafe. Our bell captain, Luis, knows your dad
from previous years and has offered to say good morning to him at breakfast each day until he checks out
on the 20th.

Please don't hesitate to call me directly if you can't reach him again.

Warm regards,

Carmen Ybarra
Duty Manager
Calloway Seaview Resort
4100 Gulf Shore Blvd, Solana Key, FL 33957
T (239) 555-0118

""" + quote(first, 'On %s, Gary Kincaid <%s> wrote:' % (fmt_on(d1), son[1])) + DISC_SHORT
    send('phi', 'care', 'Walter Kincaid', addr(CARMEN), addr(son), 'Re: please check on my father',
         body, d2, cc=addr(GUESTSVC_SV))


def care_6():
    d = when(7, 23, 16, 48)
    bk = 'SPA-' + digits(5)
    body = """Hi Lucia,

Quick write up from this afternoon so you have it before tomorrow.

Guest: Ines Albescu, rm 508, booking %s, 2:00 deep tissue 80 min w/ me (Treatment Rm 4)

About 20 minutes in she said she felt hot and faint and asked me to stop. I helped her sit up slowly, put
a cool towel on her neck, got her some of the orange juice from the relaxation lounge. Called the front
desk and they sent Owen's officer, Dasha, who is first aid trained. Dasha stayed with her about 15 min,
she said she felt better and did not want to see the doctor. Her husband Radu came down and walked her
back to the room around 2:50.

I comped the rest of the service in Book4Time (reason: guest unwell) and did not charge the retail.
Could someone from the front call her tomorrow morning to see how she's doing? She was really sweet about
it and wants to rebook for Thursday if she feels up to it.

Maya Torres
Licensed Massage Therapist | Reef Spa
""" % bk
    send('phi', 'care', 'Ines Albescu', 'Maya Torres <maya.torres@%s>' % GRP, addr(LUCIA),
         'stopped service today - rm 508', body, d, cc=addr(OWEN), extra={'X-Mailer': 'iPad Mail (21F90)'})


def care_7():
    d = when(8, 19, 11, 30)
    c = conf()
    agent = ('Meredith Lyle', 'meredith@lyletravelco.com')
    body = """Good morning Jo,

I'm booking for my longtime client Ms. Noor Haddad, arriving at the Reef on 9/2 and departing 9/9, confirmation
%s (king, garden view, booked direct by your reservations team yesterday).

Noor is blind and travels with her guide dog, Juniper (yellow lab, very well behaved). A few things that
make her stay go smoothly -- she asked me to pass them on:

1. A room with a roll-in shower and a shower chair, and please keep the toiletries in the same spot each day.
2. On arrival, someone to walk her through the room layout and then the route to the lobby, the pool gate
   and the Coral Room restaurant. 15 minutes is plenty.
3. Housekeeping: please don't move furniture or her things, and leave the bathroom door open as she leaves it.
4. A relief area for Juniper that she can find on her own (grass near a wall or a path edge is ideal).
5. Large-print or braille menus if you have them, otherwise servers reading the menu is fine.

She'll be flying in from Boston, landing 3:40 pm, and would love the resort car if it's available.

Many thanks,
Meredith

Meredith Lyle, CTA
Lyle Travel Co.  |  %s
"Go further, stress less."
""" % (c, phone('617'))
    send('phi', 'care', 'Noor Haddad', addr(agent), addr(JO), 'Arrival 9/2 - Ms. Haddad + guide dog - requests',
         body, d, cc=addr(GUESTSVC_RF), html=html_of(body))


def care_8():
    d1 = when(5, 2, 17, 20)
    d2 = later(d1, 40, 120)
    first = """Renee,

Jorge Medina (banquet server, Tues-Sat) got cut on the slicer in garde manger around 3:10 today helping
Chef set up the Palmer wedding. Carmen drove him to Solana Key Urgent Care, they closed it up and sent him
back with a paper. He's ok, a little shaky.

Paper says light duty, keep it dry, no carrying trays until he gets checked again Thursday at 10am, same
place. He's on the schedule tomorrow 4-close for the Rotary dinner. What do I do with his hours? Can he
fold napkins/do the coat check or do I pull him?

Also do I need to fill something out?

Rafael Quintero
Banquet Manager | Calloway Seaview Resort
"""
    body = """Hi Rafael -- thanks for getting him taken care of.

1. Yes, he can work light duty -- coat check + napkin folding is fine as long as he keeps the hand out of
   water and doesn't lift trays. Code the hours as regular (not MOD-DUTY, I'll handle the WC coding).
2. Please have him stop by HR tomorrow before his shift to sign the Employee Statement, and you fill out
   the Supervisor's Report of Injury (it's on the HR SharePoint > Safety > Forms). I need it by noon so I can
   get the first report to Keystone within 24 hrs.
3. Ask Carmen to drop the urgent care paper and the receipt at my desk -- don't put it in his dept file.
4. Thursday 10am -- he's covered, it's on the clock.

And please have engineering tag the slicer guard so we can show it was checked.

Renee

Renee Castillo, SHRM-CP
HR Business Partner
Calloway Seaview Resort | (239) 555-0177

""" + orig_block(addr(RAFAEL), d1, addr(RENEE), 'Jorge - hand', first) + DISCLAIMER
    send('phi', 'care', 'Jorge Medina', addr(RENEE), addr(RAFAEL), 'RE: Jorge - hand', body, d2)


# ================================================================ PHI: ids
def ids_1():
    d = when(3, 22, 9, 15, UTC)
    case = '24-0' + digits(6)
    pol = 'TRV-' + digits(8)
    body = """Dear Sir/Madam,

Our ref: MTA Case %s
Policy no.: %s
Insured DOB: 22/07/1958
Date of event: 14/03/2024
Property: Calloway Seaview Resort, Solana Key FL

Meridian Travel Assist is the assistance provider for the insured referenced above, who has reported being
attended in their room by your resort's house physician on 14 March and subsequently taken to a local
urgent care facility.

In order to assess reimbursement under the policy we kindly request:
  1. An itemised invoice from the attending physician, including date/time of the visit and services;
  2. A copy of any incident or first-aid report prepared by resort staff;
  3. A copy of the guest folio showing any medical, transport or pharmacy charges posted.

Please quote our case reference in all correspondence. Documents may be returned to this address or by fax
to +44 20 7946 0881.

Kind regards,

Lorraine Pike
Case Manager, Claims & Medical Assistance
Meridian Travel Assist
meridiantravelassist.com

This email and any attachments are confidential and intended solely for the addressee.
""" % (case, pol)
    send('phi', 'ids', '', 'Lorraine Pike <claims.assist@meridiantravelassist.com>', addr(RISK),
         'MTA Case %s - request for documents' % case, body, d, cc=addr(BETTINA))


def ids_2():
    d = when(5, 8, 14, 2)
    claim = 'BWC-GL-24-0' + digits(4)
    ir = 'SV-24-0211-03'
    body = """Bettina,

Following up on %s (Seaview, DOL 02/11/2024, pool deck). We received claimant's counsel's demand package on
5/6. Medical specials as presented:

    Solana Key Urgent Care      02/11/24            $   612.00
    Gulf Regional Medical Ctr   02/12/24 (ED)       $ 4,920.00
    Bayside Orthopaedics        02/20 - 04/16/24    $ 6,880.00
    Coastal Motion PT           24 visits           $ 6,000.60
                                                    ----------
                                                    $18,412.60

Demand is $95,000 inclusive. Before I respond I need:
  - confirmation that CCTV from the pool deck cameras (cams 14 and 15) was preserved for 2/11 12:00-15:00;
  - the incident report (%s) with witness statements;
  - the pool deck cleaning/inspection log for Feb;
  - whether the wet floor signage at the towel hut was out that day.

Reserve is under review. Please call me if anything is missing -- I'd like to get a response out by 5/24.

Graham Tolliver
Senior Liability Adjuster
Brightwater Claims Services
D %s | F %s
""" % (claim, ir, phone('813'), phone('813'))
    send('phi', 'ids', '', 'Graham Tolliver <gtolliver@brightwaterclaims.com>', addr(BETTINA),
         'RE: %s / Calloway Seaview / demand received' % claim, body, d, cc=addr(DANA))


def ids_3():
    d = when(5, 17, 11, 41)
    claim = 'WC-00' + digits(5) + '-K'
    body = """Claim No.: %s
Employer: Calloway Seaview Resort (Loc. 0412)
Employee ID: 40418          Initials: J.A.
Date of Injury: 05/02/2024

Ms. Castillo,

Please be advised the following has been authorized on the above claim:

  * Physical therapy 2x/week x 4 weeks at Harborview Rehab & Sports PT, Solana Key
  * Follow-up with treating provider on 06/07/2024

Current work status per the 05/15 visit: MODIFIED DUTY. No lifting over 15 lbs, no repetitive overhead
reaching with the right arm. Please confirm by reply whether modified duty is available so that TTD
benefits can be adjusted accordingly.

Wage statement (13 weeks prior to DOI) is still outstanding.

Thank you,

Yvette Barnaby
Claims Representative | Workers' Compensation
Keystone Mutual Insurance Group
P: %s  F: %s
Reference claim number on all correspondence.
""" % (claim, phone('407'), phone('407'))
    send('phi', 'ids', '', 'Yvette Barnaby <ybarnaby@keystonemutualwc.com>', addr(RENEE),
         'Claim %s - PT authorization / work status' % claim, body, d)


def ids_4():
    d = when(9, 3, 10, 12)
    acct = digits(6)
    body = """Hello,

We are reaching out regarding the account below. At the time of the visit the patient advised our front
desk that charges would be billed to the hotel (guest staying in room 2210 at your property).

Account #: %s
Date of Service: 08/09/2024
Patient DOB: 11/03/1971
Services: New pt visit, level 4 (99204); simple repair 2.6-7.5 cm (12002)
Total charges: $385.00
Payments/adjustments: $0.00
Balance due: $385.00

Please remit to Solana Key Urgent Care, Attn: Patient Accounts, 1122 Palmetto Ave, Solana Key FL 33957, or
call us to pay by card. If the hotel is not responsible for this balance, please let us know so we can bill
the patient directly.

Thank you,
Patient Accounts
Solana Key Urgent Care
%s
""" % (acct, phone('239'))
    send('phi', 'ids', '', 'Solana Key Urgent Care Billing <billing@solanakeyurgentcare.org>',
         'Seaview Accounts Receivable <ar.seaview@%s>' % GRP, 'Acct %s - balance inquiry' % acct, body, d)


def ids_5():
    d = when(6, 27, 15, 33)
    f = '5519023'
    body = """Bettina,

We got this bill in the mail today from Gulf County EMS for the pool slip on 6/12 (IR-2024-0612). ALS
emergency transport + mileage, $1,425.00. Bill is addressed to the resort but the patient info on it is the
guest's -- DOB 04/30/1966, folio %s, it even has the room no.

Do we pay it and send to Brightwater, or forward to the guest? Scan attached (just the first page, the
second page is the payment stub). I don't want it to go to collections under our name.

Thanks,
Tasha

Tasha Merriweather
Accounts Receivable Supervisor | Calloway Seaview Resort
""" % f
    scan = png(170, 220, 'scan')
    send('phi', 'ids', '', 'Tasha Merriweather <tasha.merriweather@%s>' % GRP, addr(BETTINA),
         'IR-2024-0612 / folio %s - ambulance bill' % f, body, d,
         atts=[(scan, 'image/png', 'scan_0627_1533.png')])


def ids_6():
    d = when(8, 23, 9, 5)
    f = folio()
    inv = 'MCM-' + digits(4)
    body = """Good morning,

Please find below invoice %s for a house call at the Reef. The guest authorized the charge to be posted
to the room; signed authorization is on file at our office.

  Date/time of visit:   08/21/2024  22:40
  Location:             Calloway Reef Resort & Spa, Rm 1107
  Patient DOB:          1990-02-14
  Services:             Wound check, removal of sutures (placed elsewhere 8/12), dressing
  Fee:                  $275.00 (after-hours house call, per contract schedule B)
  Post to folio:        %s

Kindly confirm once posted. Remittance from the resort is due net 30 per our agreement.

Nadia Pell
Office Manager
Marchetti Concierge Medicine
%s  |  fax %s
""" % (inv, f, phone('305'), phone('305'))
    send('phi', 'ids', '', addr(MARCH_OFF), 'Reef Accounts Payable <ap.reef@%s>' % GRP,
         'Invoice %s - Reef - house call 8/21' % inv, body, d)


def ids_7():
    d = when(4, 15, 13, 20)
    case = '2024' + digits(8)
    body = """RE: Conditional Payment Notice -- Liability Insurance (Non-Group Health Plan)

Recovery case ID:     %s
Medicare Beneficiary Identifier (MBI):  3TY7-QE2-MK41
Date of incident:     01/17/2024
Applicable plan:      Calloway Harbour Hotels & Resorts -- general liability (self-insured retention)

This notice is to inform you that Medicare has made conditional payments totaling $3,212.44 for items and
services related to the incident referenced above. Under the Medicare Secondary Payer provisions, when a
liability settlement, judgment, award or other payment is made, Medicare is entitled to recover these
payments.

Please provide, within 30 days:
  - the name and address of your liability insurer or third-party administrator;
  - the claim number assigned to this incident;
  - whether payment has been made or is anticipated.

An itemized listing of claims paid (ICD-10 and dates of service) is available to the beneficiary, the
beneficiary's attorney, or an authorized representative upon request.

Recovery Services Unit
Medicare Secondary Payer Recovery Contractor (Region 3)
This is a system-generated message. Replies are monitored.
""" % case
    send('phi', 'ids', '', 'MSP Recovery Notices <notices@msprecoveryservices.net>', addr(RISK),
         'Conditional Payment Notice - Case %s' % case, body, d)


def ids_8():
    d1 = when(9, 12, 8, 45)
    d2 = later(d1, 25, 90)
    first = """Patient/Employee #: 20771
Employer: Calloway Reef Resort & Spa
Visit: 09/11/2024  Return-to-work evaluation

Work status: RETURN TO WORK WITH RESTRICTIONS effective 09/12/2024
  - No lifting, pushing or pulling over 20 lbs
  - Seated break 10 min every 2 hours
  - No ladder work
Restrictions in place through 09/30/2024. Re-evaluation scheduled 09/27/2024 08:30.

Harborview Occupational Health -- Port Sable
"""
    body = """Sofia / Owen -- ee #20771 is cleared to come back tomorrow with restrictions, see below. No ladders
and nothing over 20 lbs through the end of the month, so please keep them off the pool furniture
reset and the storage room. Breaks need to actually happen -- Owen can you make sure the supervisor
on shift knows.

Re-eval is the 27th, I'll send the update.

Renee

""" + fwd_block('Harborview OH Results <results@harborviewoh.com>', d1, addr(RENEE),
                'RTW status - Employee #20771', first)
    send('phi', 'ids', '', addr(RENEE), [addr(SOFIA), addr(OWEN)], 'Fwd: RTW status - Employee #20771',
         body, d2)


# ================================================================ PHI: lang
def lang_1():  # Spanish, staff injury
    d = when(10, 8, 7, 58)
    body = """Buenos días Elena,

Te escribo sobre Rosa Villanueva, camarista del piso 9. Ayer como a las 11:30 se lastimó la espalda al
voltear el colchón en la 914 (el de la cama king, que pesa mucho). Dijo que sintió un jalón en la parte de
abajo y ya no se podía enderezar bien.

Carmen la llevó a la clínica de Solana Key en la tarde. Le dieron unas pastillas para el dolor y una crema,
y le dijeron que no cargue nada pesado por una semana y que regrese el lunes 14 a las 9 para revisarla.
Hoy vino a trabajar pero le duele todavía, la puse a doblar toallas en la lavandería mientras.

¿Le llenamos el reporte de accidente para Renee? No sé si ya lo hizo Carmen. Rosa tiene el papel de la
clínica, se lo pido?

También te aviso que ya van dos veces este mes con ese colchón, a ver si ingeniería puede cambiarlo.

Gracias,
Marisol Ortega
Supervisora de Ama de Llaves, turno AM
Calloway Seaview Resort
"""
    send('phi', 'lang', 'Rosa Villanueva', 'Marisol Ortega <marisol.ortega@%s>' % GRP, addr(ELENA),
         'Rosa V. - accidente ayer en la 914', body, d, cc=addr(RENEE))


def lang_2():  # Portuguese, mother of a guest
    d = when(1, 9, 22, 17, timezone(timedelta(hours=-3)))
    body = """Prezados,

Meu nome é Cláudia Carvalho e sou mãe da hóspede Beatriz Carvalho Nunes, que está no Calloway Reef, quarto
433, desde o dia 5 de janeiro (reserva no nome dela).

Ontem à noite a Beatriz teve febre muito alta e vômitos e foi levada de ambulância para o hospital em Port
Sable. Ela me ligou hoje de manhã dizendo que ainda está internada, tomando soro, e que os médicos querem
fazer mais exames antes de dar alta. Ela está sozinha aí, a amiga que viajou com ela já voltou para o Brasil.

Gostaria de pedir:
1) que o hotel guarde as coisas dela no quarto e não cobre as diárias enquanto ela estiver no hospital, se
   for possível;
2) o relatório do médico do hotel que a atendeu antes da ambulância, porque o seguro viagem (ViajeBem
   Seguros, apólice VB-2024-338107) está pedindo;
3) se alguém puder me passar o nome do hospital e o telefone, porque ela estava muito cansada e não
   conseguiu me explicar direito.

Estou em São Paulo, meu WhatsApp é +55 11 95550-0142. Falo um pouco de inglês, se preferirem.

Muito obrigada pela atenção,
Cláudia Carvalho
"""
    send('phi', 'lang', 'Beatriz Carvalho Nunes', 'Cláudia Carvalho <claudia.carvalho73@correo-sol.net>',
         addr(GUESTSVC_RF), 'Hóspede quarto 433 - Beatriz Carvalho Nunes - hospital', body, d)


def lang_3():  # French (Quebec), forgot medication
    d1 = when(2, 12, 9, 40, EST)
    d2 = later(d1, 200, 400)
    first = """Bonjour,

Je m'appelle Monique Tremblay, j'ai séjourné à la chambre 1017 du 3 au 10 février. En rentrant à Montréal
hier soir je me suis rendu compte que j'ai oublié ma trousse de médicaments dans le coffre-fort de la
chambre : mes pilules pour le cœur (une boîte de piluliers de la semaine), ma pompe et mes gouttes pour les
yeux. C'est une petite trousse fleurie, rouge et blanche.

Mon pharmacien peut me dépanner pour quelques jours, mais j'aimerais beaucoup la récupérer. Pouvez-vous me
l'envoyer par la poste? Je peux payer les frais. Mon adresse :
  4418, rue des Érables, app. 3
  Montréal (Québec) H2H 1Z9

Merci infiniment,
Monique Tremblay
514-555-0177
"""
    body = """Bonjour Madame Tremblay,

Bonne nouvelle : notre équipe de sécurité a retrouvé votre trousse dans le coffre-fort de la chambre 1017.
Elle est au registre des objets trouvés (#LF-0212-07). Nous l'envoyons aujourd'hui par FedEx Priority,
aux frais de l'hôtel; le numéro de suivi vous sera envoyé ce soir.

(Sorry for my French -- Priya)

Cordialement,
Priya Venkataraman
Guest Relations Manager | Calloway Seaview Resort

""" + quote(first, 'Le %s, Monique Tremblay <m.tremblay.mtl@lumenmail.com> a écrit :' % d1.strftime('%d/%m/%Y à %H:%M'))
    send('phi', 'lang', 'Monique Tremblay', addr(PRIYA), 'Monique Tremblay <m.tremblay.mtl@lumenmail.com>',
         'RE: Médicaments oubliés - chambre 1017', body, d2, cc=addr(MARCUS))


def lang_4():  # German, accessibility after stroke
    d = when(7, 2, 20, 11, CET)
    bk = conf()
    body = """Sehr geehrte Damen und Herren,

wir haben für den Zeitraum 12.–19. Oktober 2024 ein Zimmer in Ihrem Hotel Calloway Grand Lakeshore gebucht
(Buchungsnummer %s, auf den Namen Brenner).

Mein Mann, Klaus Brenner (71), hatte im März einen Schlaganfall und ist seitdem auf den Rollstuhl angewiesen.
Er kann mit Hilfe kurz stehen, aber keine Stufen steigen. Deshalb bitten wir um:

  - ein barrierefreies Zimmer mit bodengleicher Dusche und Duschstuhl,
  - Haltegriffe an Toilette und Dusche,
  - ein Bett, das nicht zu hoch ist (ca. 50 cm),
  - wenn möglich ein Zimmer in der Nähe des Aufzugs.

Außerdem nimmt er morgens und abends Tabletten und muss dabei etwas essen – gibt es Zimmerservice auch
schon ab 6:30 Uhr?

Wir reisen mit einem Faltrollstuhl. Falls Sie einen Elektrorollstuhl für die Stadt vermieten oder eine Firma
empfehlen können, wären wir sehr dankbar.

Mit freundlichen Grüßen
Heike Brenner
Lindenstraße 22, 79102 Freiburg
Tel. +49 761 5550 1183
"""
    send('phi', 'lang', 'Klaus Brenner', 'Heike Brenner <heike.brenner@postwave.net>',
         'Reservations Grand Lakeshore <reservations.lakeshore@%s>' % GRP,
         'Buchung %s – barrierefreies Zimmer / Rollstuhl' % bk, body, d)


def lang_5():  # Chinese, pool fall
    d = when(7, 9, 21, 5, timezone(timedelta(hours=8)))
    body = """您好：

我是王建华的女儿王莉。我父亲7月5日下午在贵酒店（Calloway Seaview Resort）的泳池边滑倒，头部撞到地上，
当时流了很多血。谢谢你们的救生员马上帮忙，叫了救护车，送到了 Gulf Regional 医院急诊，缝了六针，
做了CT，医生说没有骨折，但是让他观察几天。

我父亲住在 1208 房间，原定7月12日退房。他年纪大了（68岁），一个人不太方便，我下周一会飞过去陪他。

想请问：
1. 能不能提供一份事故报告（incident report）的复印件？保险公司需要。
2. 救护车的费用是由酒店处理还是我们自己付？
3. 我到了以后可以加一张床吗？

我父亲英文不太好，如果有事请联系我：wangli.sh@kiwimail.org，电话 +86 21 5550 1837。

谢谢！
王莉
"""
    send('phi', 'lang', '王建华 (Wang Jianhua)', '王莉 <wangli.sh@kiwimail.org>', addr(GUESTSVC_SV),
         '关于我父亲王建华在泳池摔伤的事情（1208房）', body, d)


def lang_6():  # Russian, house doctor invoice
    d = when(8, 27, 12, 30, timezone(timedelta(hours=3)))
    body = """Здравствуйте!

Меня зовут Ольга Сидоренко, я проживала в вашем отеле Calloway Reef Resort & Spa в номере 1204 с 10 по
18 августа.

15 августа вечером у меня началась сильная аллергическая реакция (отёк лица и сыпь) после ужина, и
администратор вызвала врача отеля – доктора Маркетти. Он сделал мне укол и оставил таблетки. За визит с
моей карты списали 350 долларов.

Моя страховая компания просит:
  – счёт врача с печатью и расшифровкой услуг,
  – медицинское заключение (диагноз, что было назначено),
  – подтверждение оплаты.

Пожалуйста, пришлите эти документы на этот адрес. Если нужно моё согласие на передачу медицинских данных,
я готова его подписать.

Заранее спасибо,
Ольга Сидоренко
тел. +7 916 555-01-42
"""
    send('phi', 'lang', 'Ольга Сидоренко (Olga Sidorenko)', 'Ольга Сидоренко <olga.sidorenko@mailcove.com>',
         addr(GUESTSVC_RF), 'Счёт врача и медицинское заключение – номер 1204', body, d)


def lang_7():  # Korean, tour leader, allergic reaction
    d1 = when(11, 14, 8, 10)
    d2 = later(d1, 30, 80)
    first = """안녕하세요,

한빛투어 단체(HB-1112, 22명) 인솔자 박지현입니다.

어제 저녁 Coral Room 뷔페에서 저희 일행 김도윤 님(716호)이 새우가 들어간 요리를 드시고 입술이
붓고 숨쉬기 힘들어하셔서, 본인이 가지고 계시던 에피펜을 사용했고 호텔에서 구급차를 불러 주셨습니다.
병원에서 밤새 관찰하고 오늘 새벽에 퇴원하셨고 지금은 객실에서 쉬고 계십니다.

부탁드릴 것이 있습니다:
 1) 김도윤 님 식사는 앞으로 새우·갑각류 완전히 빼고 따로 준비해 주실 수 있는지요.
 2) 에피펜을 사용해서 지금 하나도 없습니다. 근처 약국에서 새로 받을 수 있도록 호텔 의사 선생님과
    연결해 주실 수 있을까요?
 3) 오늘 오후 일정(스노클링)은 빠지시기로 했습니다. 객실에 점심을 넣어 주세요.

감사합니다.
박지현 드림
010-5550-1422 (로밍)
"""
    body = """Sofia, Chef --

Translation from the Korean tour leader (Hanbit Tours, group HB-1112), short version:
  - Mr. Kim Do-yoon, rm 716, had the shrimp reaction at the buffet last night -- the EMS call Owen logged.
    Released from hospital early this morning, resting in room.
  - They want ALL shellfish kept out of his meals for the rest of the stay, prepared separately.
  - He used his EpiPen and has none left. Asking us to connect him with Dr. Marchetti for a new one.
  - He's skipping the snorkel trip; lunch to the room today please.

I've called Dr. M's office, they'll phone the room at 11. Chef, can you brief the Coral Room team? I'll send
a note to the group leader confirming.

Priya

""" + quote(first, 'On %s, 박지현 <jihyun.park@hanbittours.com> wrote:' % fmt_on(d1))
    send('phi', 'lang', '김도윤 (Kim Do-yoon)', addr(PRIYA), [addr(SOFIA), 'Chef Armand Leclerc <armand.leclerc@%s>' % GRP],
         'FW: 한빛투어 HB-1112 / 716호 김도윤님 관련 요청', body, d2, cc=addr(OWEN))


def lang_8():  # Arabic, oxygen for father
    d = when(11, 2, 14, 50, timezone(timedelta(hours=3)))
    bk = conf()
    body = """السلام عليكم ورحمة الله،

أنا فهد الشمري، ابن السيد عبد الرحمن الشمري. حجزنا في فندق Calloway Grand Lakeshore من ١٥ إلى ٢٢ نوفمبر
(رقم الحجز %s).

والدي عمره ٧٦ سنة ويستخدم جهاز أكسجين في الليل وأحياناً في النهار، وقد رتبنا مع شركة تأجير في شيكاغو أن
توصل جهاز الأكسجين واسطوانتين إلى الفندق يوم ١٤ نوفمبر. نرجو منكم:

١. استلام الجهاز وحفظه في الغرفة قبل وصولنا.
٢. غرفة قريبة من المصعد وفيها مقبس كهرباء بجانب السرير.
٣. كرسي متحرك عند الوصول من المطار، لأنه لا يستطيع المشي مسافات طويلة.
٤. ثلاجة صغيرة فارغة لحفظ الأدوية (الإنسولين).

رقمي للتواصل: ‎+966 55 550 1193 (واتساب).

وشكراً جزيلاً على تعاونكم،
فهد الشمري
"""
    send('phi', 'lang', 'عبد الرحمن الشمري (Abdulrahman Al-Shammari)', 'فهد الشمري <fahad.alshammari@inboxharbor.net>',
         'Reservations Grand Lakeshore <reservations.lakeshore@%s>' % GRP,
         'طلب خاص للحجز %s - جهاز أكسجين لوالدي' % bk, body, d)


# ================================================================ PHI: lists
def lists_1():
    d = when(7, 15, 9, 12)
    body = """Dana,

First aid log for the Reef, week of 7/8 - 7/14, typed up from the binder at the security office. 11 entries,
2 EMS transports. Originals scanned to the S: drive.

DATE   TIME   LOCATION        GUEST / RM              WHAT HAPPENED                     ACTION
-----  -----  --------------  ----------------------  --------------------------------  --------------------------
07/08  11:20  Lagoon pool     Tyler Brandt / 612      cut foot on drain grate           cleaned, bandage, eng ticket
07/08  15:45  Beach hut       Marisa Quon / 1019      bee sting, hand swelling          ice, Benadryl offered-declined
07/09  13:05  Lobby stairs    Edward Lunsford / 304   missed step, twisted ankle        ice, wheelchair to room
07/10  09:50  Fitness ctr     Pooja Raman / 808       lightheaded on treadmill          juice, BP 102/64, Dr M called
07/10  22:30  Tiki bar        Sean Driscoll / 1415    fall, cut over eyebrow            EMS, transported Port Sable Gen
07/11  14:10  Kids club       Lily Ashworth (6) / 917 nosebleed                         pressure, parent notified
07/12  12:00  Lagoon pool     Harold Fenn / 203       chest tightness in the sun        AED on scene not used, EMS transp
07/12  16:40  Spa             Dolores Ibarra / 511    felt faint after sauna            water, rest, escorted to room
07/13  10:15  Tennis          Greg Nakamura / 1102    knee pain, limping                ice, referred Dr M
07/13  19:55  Coral Room      Anja Voss / 724         allergic reaction lips swelling   own EpiPen not needed, Benadryl
07/14  08:30  Parking deck    Ruth Okonkwo / 409      scraped arm on door               cleaned, bandage

Notes: Fenn -- wife called 7/13, he was kept overnight, back at the resort 7/14. Driscoll -- 6 stitches at
Port Sable General, came back same night, we comped the late checkout. Lunsford asked us to hold a
wheelchair for him through checkout (7/16).

Owen Mbeki
Asst. Director of Security | Calloway Reef Resort & Spa
"""
    names = ['Tyler Brandt', 'Marisa Quon', 'Edward Lunsford', 'Pooja Raman', 'Sean Driscoll', 'Lily Ashworth',
             'Harold Fenn', 'Dolores Ibarra', 'Greg Nakamura', 'Anja Voss', 'Ruth Okonkwo']
    send('phi', 'lists', '; '.join(names), addr(OWEN), addr(DANA), 'Reef first aid log wk of 7/8', body, d,
         cc=addr(SOFIA))


def lists_2():
    d = when(8, 1, 16, 4)
    rows = [['Date', 'Time', 'Pool', 'Guard', 'Guest name', 'Age', 'Room', 'Type', 'Description', 'Care given',
             'EMS', 'Parent/guardian notified']]
    data = [
        ('07/02/2024', '13:42', 'Lagoon', 'K. Alvarez', 'Mason Pryor', 9, '1120', 'Assist', 'tired in deep end, pulled to wall', 'observed 20 min, ok', 'N', 'Y - mother'),
        ('07/04/2024', '15:10', 'Lagoon', 'T. Oduya', 'Evelyn Marsh', 44, '606', 'First aid', 'slipped on steps, scraped shin', 'cleaned, bandage', 'N', 'n/a'),
        ('07/06/2024', '11:05', 'Adult', 'D. Chen', 'Roberto Salas', 61, '1408', 'Medical', 'dizzy, sweating in hot tub', 'out of water, shade, fluids, Dr M visit 12:00', 'N', 'n/a'),
        ('07/09/2024', '16:30', 'Lagoon', 'K. Alvarez', 'Zoe Kaplan', 5, '318', 'Rescue', 'submerged briefly off slide, coughing', 'rescue breaths not needed, O2 per EMS', 'Y', 'Y - both'),
        ('07/13/2024', '14:20', 'Kids splash', 'M. Greer', 'Noah Whitfield', 7, '902', 'First aid', 'bumped chin on ladder, small cut', 'pressure, steri-strip', 'N', 'Y - father'),
        ('07/18/2024', '12:55', 'Adult', 'T. Oduya', 'Linda Castellano', 57, '1214', 'Medical', 'leg cramp, could not stand', 'assisted out, stretch, ice', 'N', 'n/a'),
        ('07/22/2024', '17:15', 'Lagoon', 'D. Chen', 'Jamal Reese', 12, '715', 'First aid', 'jellyfish-type sting from beach, red welts', 'vinegar rinse, ice', 'N', 'Y - mother'),
        ('07/27/2024', '10:40', 'Lagoon', 'M. Greer', 'Carol Wendt', 70, '210', 'Medical', 'short of breath after swim', 'seated, O2 on scene, EMS transported', 'Y', 'n/a'),
        ('07/30/2024', '15:50', 'Kids splash', 'K. Alvarez', 'Ava Lindgren', 4, '1012', 'First aid', 'sunburn, crying, parent requested aloe', 'aloe, shade', 'N', 'Y - mother'),
    ]
    for r in data:
        rows.append(list(r))
    body = """Dana / Owen,

July aquatics incident log attached (CSV export from the guard tablet). 9 entries -- 1 rescue (7/9, Lagoon,
EMS evaluated, released on scene) and 1 EMS transport (7/27, Adult pool). Guard certs all current, no
missed rotations logged.

I'd like to talk about adding a second guard at the slide on weekends. The 7/9 rescue was at 4:30 on a
Tuesday and it was still packed.

Ken
--
Ken Halvorsen
Aquatics Supervisor, Calloway Reef Resort & Spa
"""
    names = [r[4] for r in data]
    send('phi', 'lists', '; '.join(names), addr(KEN), [addr(DANA), addr(OWEN)], 'July aquatics incident log',
         body, d, atts=[(csv_text(rows), 'text/csv', 'Reef_Aquatics_Incidents_2024-07.csv')])


def lists_3():
    d = when(10, 4, 10, 20)
    rows = [['Invoice', 'Property', 'Visit date', 'Guest', 'Room', 'Folio', 'Service', 'Fee', 'Bill to', 'Status']]
    data = [
        ('MCM-3512', 'Seaview', '09/02/2024', 'Arthur Penhallow', '1506', folio(), 'House call - fever, exam', 265, 'Folio', 'Posted'),
        ('MCM-3518', 'Seaview', '09/04/2024', 'Kim, Soo-ah', '822', folio(), 'House call - ear pain, Rx', 265, 'Folio', 'Posted'),
        ('MCM-3521', 'Reef', '09/05/2024', 'Ogunleye, Bisi', '1317', folio(), 'After hours - vomiting, IV fluids', 540, 'Travel ins (MTA)', 'Pending'),
        ('MCM-3530', 'Reef', '09/09/2024', 'Thomas Geraghty', '402', folio(), 'Wound check', 175, 'Resort (comp)', 'Approved - D.W.'),
        ('MCM-3533', 'Seaview', '09/11/2024', 'Feldman, Ruth', '1711', folio(), 'BP check, med refill', 175, 'Folio', 'Posted'),
        ('MCM-3541', 'Reef', '09/15/2024', 'Luca Bianchi', '615', folio(), 'After hours - asthma, nebulizer', 540, 'Folio', 'Disputed'),
        ('MCM-3547', 'Seaview', '09/19/2024', 'Guzman, Paola', '309', folio(), 'Pregnancy - cramping, sent to ED', 265, 'Folio', 'Posted'),
        ('MCM-3552', 'Reef', '09/23/2024', 'Brandt, Henrik', '1009', folio(), 'Sunburn / dehydration', 265, 'Folio', 'Posted'),
        ('MCM-3559', 'Seaview', '09/28/2024', 'Yusuf Abdi', '1220', folio(), 'Fall in bathroom, exam, no transport', 265, 'Resort (IR open)', 'Hold - risk'),
    ]
    for r in data:
        rows.append(list(r))
    rows.append(['', '', '', '', '', '', 'TOTAL', sum(r[7] for r in data), '', ''])
    body = """Hi Bettina,

September bill-back reconciliation from Dr. Marchetti's office is attached. Two I need you to look at:
MCM-3541 (guest disputing, says he was quoted a lower rate on the phone) and MCM-3559, which is on hold
because there's an open incident report.

Everything marked Posted has cleared night audit. MCM-3530 was comped per Dana.

Thanks,
Joanne

Joanne Fairweather | Assistant Controller | Calloway Harbour Hotels & Resorts
""" + DISCLAIMER
    names = ['Arthur Penhallow', 'Soo-ah Kim', 'Bisi Ogunleye', 'Thomas Geraghty', 'Ruth Feldman', 'Luca Bianchi',
             'Paola Guzman', 'Henrik Brandt', 'Yusuf Abdi']
    send('phi', 'lists', '; '.join(names), 'Joanne Fairweather <joanne.fairweather@%s>' % GRP, addr(BETTINA),
         'Sept house doctor bill-back recon', body, d,
         atts=[(xlsx(rows, 'Sep 2024'), XLSX_T, 'HouseDr_Billback_Recon_Sep2024.xlsx')])


def lists_4():
    d = when(3, 17, 15, 2)
    body = """Team -- special needs arrivals for this week at the Seaview. Please make sure room assignments are locked
and engineering/housekeeping have what they need BEFORE the guest gets here. Ping me with questions.

 Arr   | Guest                 | Conf        | Rm   | Needs
-------+-----------------------+-------------+------+-------------------------------------------------------
 3/18  | Mr. Leon Abernathy-Cole| %s | 115  | wheelchair user, roll-in shower, shower chair, low bed
 3/18  | Ms. Patrice Vollmer   | %s | 1204 | oxygen delivery (Coastal Respiratory) 3/18 AM, fridge
 3/19  | Dr. Samuel Ortiz      | %s | 807  | Deaf -- visual alarm kit, TTY/captioned phone, text only
 3/20  | Mrs. Agnes Pulaski    | %s | 212  | uses walker, near elevator, grab bars, bed rail
 3/20  | Jonah Tilley (age 10) | %s | 614  | insulin -- empty fridge, sharps container in room
 3/21  | Mr. Femi Adeyemi      | %s | 1010 | dialysis Tu/Th/Sa at Palmetto center, rides booked w/ Andre
 3/22  | Ms. Karin Ljung       | %s | 903  | severe nut allergy -- chef + IRD notified, no welcome amenity

Sharps containers: Elena has 6 in the housekeeping office, please log which rooms get them.

Jo
""" % tuple(conf() for _ in range(7))
    names = ['Leon Abernathy-Cole', 'Patrice Vollmer', 'Samuel Ortiz', 'Agnes Pulaski', 'Jonah Tilley', 'Femi Adeyemi',
             'Karin Ljung']
    send('phi', 'lists', '; '.join(names), addr(JO),
         ['Seaview Front Office <frontoffice.seaview@%s>' % GRP, addr(ELENA), 'Seaview Engineering <engineering.seaview@%s>' % GRP],
         'Special needs arrivals 3/18-3/22', body, d, cc=[addr(PRIYA), addr(ANDRE)])


def lists_5():
    d = when(10, 1, 13, 45)
    lines = []
    people = [('Rosa Villanueva', (1979, 1982), '10/07/2024', 'low back strain - mattress flip, modified duty'),
              ('Jorge Medina', (1994, 1997), '05/02/2024', 'hand laceration - slicer, closed, released FD'),
              ('Darnell Greene', (1986, 1989), '08/19/2024', 'R knee sprain - loading dock, PT ongoing, off work'),
              ('Mei-Ling Cho', (1971, 1974), '06/28/2024', 'chemical splash to eye - pool room, resolved'),
              ('Patrick Dunleavy', (1963, 1966), '09/03/2024', 'shoulder - luggage cart, MRI pending'),
              ('Aisha Bello', (1998, 2000), '09/21/2024', 'burn to forearm - IRD hot plate, dressing changes')]
    for n, (a, b), doi, what in people:
        lines.append('%s - DOB %s - DOI %s - %s' % (n, dob(a, b).strftime('%m/%d/%Y'), doi, what))
    body = """Yvette,

As requested for our quarterly claim review, here's the list of open WC claims for the Seaview location. Claim
numbers are in your system, I don't have them all in front of me. Let me know which ones you want to talk
through on the 10th.

%s

Greene is the one I'm most concerned about -- he's been out 6 weeks and we haven't had a work status update
since 9/12.

Thanks,
Renee

Renee Castillo, SHRM-CP
HR Business Partner | Calloway Seaview Resort
(239) 555-0177
""" % '\n'.join(lines) + DISCLAIMER
    send('phi', 'lists', '; '.join(p[0] for p in people), addr(RENEE), 'Yvette Barnaby <ybarnaby@keystonemutualwc.com>',
         'Open WC claims - Seaview - Q3 review', body, d)


def lists_6():
    d = when(5, 31, 23, 10, CT)
    hdr = 'Date found\tRoom\tGuest (per PMS)\tItem\tFound by\tStatus'
    rows = [
        ('05/02', '1703', 'Halloran, Peter', 'inhaler (blue) + spacer, nightstand', 'HK - Yesenia', 'shipped 5/3 FedEx'),
        ('05/06', '2211', 'Bautista, Carmela', 'pill organizer Mon-Sun, 3 days full', 'HK - Dora', 'guest picked up 5/6'),
        ('05/11', '908', 'Strand, Oskar', 'insulin pens x2 in minibar fridge', 'HK - Yesenia', 'held in eng fridge, guest called, shipped cold pack 5/13'),
        ('05/14', '1516', 'Lemoine, Anne-Sophie', 'Rx bottle - sertraline 50mg', 'HK - Kiara', 'destroyed 30 days per policy (6/13)'),
        ('05/19', '615', 'Whitaker, Doug', 'CPAP machine in closet', 'HK - Dora', 'shipped 5/20 UPS ground, guest paid'),
        ('05/25', '1102', 'Nair, Vikram', 'EpiPen 2-pak, bathroom drawer', 'Sec - Ramon', 'guest picked up 5/26'),
        ('05/29', '2004', 'Ostrowski, Irena', 'hearing aid (L), under bed', 'HK - Kiara', 'left VM x2, holding'),
    ]
    table = hdr + '\n' + '\n'.join('\t'.join(r) for r in rows)
    body = """Hi Tomasz - pasting May's lost & found meds/medical items below from the tracker so you can sign off for
month end. Sertraline bottle is the only one going to destroy. Ostrowski hearing aid still unclaimed.

%s

Thx
Bree
Security Supervisor (overnight), Grand Lakeshore
""" % table
    names = ['Peter Halloran', 'Carmela Bautista', 'Oskar Strand', 'Anne-Sophie Lemoine', 'Doug Whitaker', 'Vikram Nair',
             'Irena Ostrowski']
    send('phi', 'lists', '; '.join(names), 'Bree Kowalski <bree.kowalski@%s>' % GRP, addr(TOMASZ),
         'May L&F - medical items', body, d)


def lists_7():
    d = when(4, 26, 10, 5, EST)
    paras = ['**Harmony Senior Journeys -- Rooming List & Guest Notes**',
             '**Group: Gulf Coast Spring Escape  |  Calloway Seaview Resort  |  May 6-11, 2024**',
             'Tour Director: Bernadette Quaile, cell (860) 555-0131',
             '',
             '**Room\tGuest(s)\tNotes for hotel**']
    guests = [
        ('TBA', 'Harold & June Whitlock', 'June uses a rollator; ground floor or near elevator please'),
        ('TBA', 'Maureen Calloway-Finch', 'diabetic -- fridge for insulin; no sugary welcome gift'),
        ('TBA', 'Francis Delgado / Tom Rourke', 'Francis uses CPAP, needs outlet by bed'),
        ('TBA', 'Evelyn Stroud', 'hard of hearing, please provide visual door knocker/alarm kit'),
        ('TBA', 'Lorraine & Bud Hagerty', 'Bud: wheelchair for the airport transfer and day trips'),
        ('TBA', 'Gloria Mendes', 'gluten free (celiac) -- please alert restaurant'),
        ('TBA', 'Arnold Pfeiffer', 'oxygen concentrator arriving with him, travels with portable tanks'),
        ('TBA', 'Shirley & Don Ashcombe', 'none'),
        ('TBA', 'Ruth Ellenberg', 'recent hip replacement, walk-in shower only, shower chair'),
    ]
    for r, g, n in guests:
        paras.append('%s\t%s\t%s' % (r, g, n))
    paras += ['', 'Please return the list with room numbers by May 1. Thank you!']
    body = """Hello Priya,

Attached is the final rooming list for our Gulf Coast Spring Escape group (block code HSJ0506, 13 guests / 9
rooms). I've added the guest notes in the last column -- several of our travelers have mobility needs, so we'd
be grateful for rooms close to the elevators.

Warmly,
Bernadette

Bernadette Quaile
Tour Director | Harmony Senior Journeys
harmonyseniorjourneys.com
"""
    names = ['Harold Whitlock', 'June Whitlock', 'Maureen Calloway-Finch', 'Francis Delgado', 'Tom Rourke', 'Evelyn Stroud',
             'Lorraine Hagerty', 'Bud Hagerty', 'Gloria Mendes', 'Arnold Pfeiffer', 'Shirley Ashcombe', 'Don Ashcombe',
             'Ruth Ellenberg']
    send('phi', 'lists', '; '.join(names), 'Bernadette Quaile <bquaile@harmonyseniorjourneys.com>', addr(PRIYA),
         'Rooming list - HSJ0506 - May 6-11', body, d, cc='Seaview Group Sales <groups.seaview@%s>' % GRP,
         atts=[(docx(paras), DOCX_T, 'HSJ0506_RoomingList_FINAL.docx')])


# ================================================================ PHI: names
def names_1():
    d1 = when(1, 23, 7, 5)
    d2 = later(d1, 10, 45)
    first = """Marcus,

Mrs. Delacroix in 706 -- the lady with the walker who's been here since New Year's -- fell getting out of the tub
around 6:15 this morning. She managed to pull the cord and Dasha and I went up. She was on the bathroom floor,
alert, said her left hip and wrist hurt. We didn't move her, called 911, Solana Key Fire took her to Gulf Regional
at 6:50. Her nephew (Lionel?) is on her profile as emergency contact, I left him a message.

The tub in 706 doesn't have the transfer bench -- she asked for one on arrival and I can't find a ticket that it
was delivered. Not great.

Incident report started, IR-SV-0123-01.

Carmen
"""
    body = """Thanks Carmen. Pull the HotSOS history for 706 and the housekeeping request log for her arrival date and send
them to me and Bettina before anyone closes anything out. Photos of the bathroom as-is, please, before
housekeeping goes in. Hold the room -- do not release it.

I'll call the nephew myself this afternoon if he doesn't call back.

M.

Marcus Oyelaran
Director of Security | Calloway Seaview Resort
M (239) 555-0109

""" + quote(first, 'On %s, Carmen Ybarra <%s> wrote:' % (fmt_on(d1), CARMEN[1]))
    send('phi', 'names', 'Mrs. Delacroix', addr(MARCUS), addr(CARMEN), 'Re: 706 fall this am', body, d2,
         cc=addr(BETTINA), extra={'X-Mailer': 'iPhone Mail (21C66)'})


def names_2():
    d1 = when(7, 3, 10, 40)
    d2 = later(d1, 15, 60)
    inner = """Hi Lucia -- sorry, this happened on kids club, passing it on since the parents asked for "whoever is in
charge of the spa and the kids program" and that's you this week.

About 9:55 the 7 yr old in the Sharks group started wheezing and coughing hard after the relay race. He told
Kayla he has an inhaler, it was in his mom's beach bag. We called the room, dad brought it down in about 6 min,
he took 2 puffs and settled. Sat with him in the AC 30 min. Mom says he's had 2 attacks this year, she wants to
know why we didn't have his inhaler at the club when she wrote it on the sign-in form.

She's right, it was on the form. Parents want a call today.

Jess Ortega
Kids Club Lead
"""
    body = "Owen -- see below. Parents want to talk to someone today. He's fine now. Can you call them? I'm in the spa all day.\n\nL\n\n" + \
        fwd_block('Jess Ortega <jess.ortega@%s>' % GRP, d1, addr(LUCIA), 'kids club this am', inner)
    send('phi', 'names', 'Thackeray (child)', addr(LUCIA), addr(OWEN), 'Fwd: Thackeray boy - inhaler at Kids Club', body, d2)


def names_3():
    d = when(9, 14, 18, 2)
    body = """Lucia, Bettina,

Writing this up while it's fresh. Geraldine had her 60-min hot stone with Andrea at 3:30 (Treatment Rm 2).
After the service she showed Andrea a red patch on her lower back, about the size of a palm, a couple of small
blisters starting. Andrea says the stones were at 128 on the heater display, which is within our range, but she
admits she set two stones directly on the skin near the end without the sheet in between.

We put cool compresses on it, gave her aloe from the retail shelf and offered the house doctor. She declined the
doctor but said she'd "see how it looks tomorrow". She was polite but upset, said she has very thin skin since
her chemo last year and she told us that on the intake form. (She did -- I checked, it's on page 2.)

Comped the service ($195) and the aloe. She's in 1302 through Monday. I'd like to call her tomorrow at 10
unless you want to.

Andrea has written a statement, I'll drop it in the folder. Heater has been pulled and tagged for engineering.

Nicole Strand
Spa Manager | Reef Spa
"""
    send('phi', 'names', 'Geraldine Pruitt', 'Nicole Strand <nicole.strand@%s>' % GRP, [addr(LUCIA), addr(BETTINA)],
         'Pruitt, Geraldine - hot stone - red area / blisters', body, d)


def names_4():
    d0 = when(11, 2, 22, 50, CT)
    d1 = later(d0, 500, 700)
    d2 = later(d1, 60, 300)
    d3 = later(d2, 30, 200)
    sec = """Security Daily Activity Report -- Grand Lakeshore -- 11/02 2nd shift (excerpt)

22:14  Lobby bar. Bartender (Joel) reported guest holding his chest, sweating, asked for water. Officer
       Greer responded 22:16. Guest Mr. Desmond Achterberg, rm 1811, 58 y/o per guest, said he had chest
       pain for ~10 min and pain down left arm. Seated, aspirin declined (guest said he already takes a
       blood thinner). 911 called 22:18. AED brought to scene, not applied.
22:27  CFD Engine 98 / Ambulance 42 on scene. Guest transported to Lakeshore Memorial 22:41. Wife
       (Helen) notified by phone, went to the hospital by taxi.
22:50  Bar area back to normal. Bar tab closed to room per guest request before transport.
"""
    tom = """Bettina -- flagging this one for you. The family called this morning asking for the bar tab to be
taken off because "he only had one drink" and they are unhappy that it took the bartender a while to call us.
I've not said anything beyond that we're glad he got help quickly.

Tomasz
"""
    mid = """Marcus -- not my property but Tomasz copied me since you handled the last one of these. Do you have
the template reply we used?

B.
"""
    body = """Bettina - can you take this one? Thx.

M.

""" + quote(mid + '\n' + orig_block(addr(TOMASZ), d1, addr(BETTINA), 'FW: DAR 11/02 lobby bar EMS',
                                         tom + '\n' + sec),
                'On %s, Bettina Kraus <%s> wrote:' % (fmt_on(d2), BETTINA[1]))
    send('phi', 'names', 'Desmond Achterberg', addr(MARCUS), addr(BETTINA), 'Re: FW: DAR 11/02 lobby bar EMS', body, d3)


def names_5():
    d = when(12, 7, 1, 20, MT)
    body = """GM / Sec / FO --

Tonight around 11:35 Sal Abruzzese (our regular, "Big Sal", the fly fishing guy, 3rd year in the same cabin,
C-4) collapsed at the end of the bar at Timberline Tavern. He was talking then just slid off the stool. Kyle
checked, he was breathing, came around after about a minute, very pale and confused. Ridgefold Fire/EMS
were here at 11:52, put him on the monitor and took him to Ridgefold Valley Hospital. He'd had 2 beers, no more,
Kyle is sure.

His wife Connie wasn't with him tonight, she was asleep in C-4. I woke her and our night auditor drove
her to the hospital around 12:20 since Sal had the car keys. She called at 1:05, they're keeping him, she
said something about his heart rhythm and they're running more tests in the morning.

Things for the morning:
 - Connie asked if someone can bring Sal's truck to the hospital lot tomorrow (keys at desk, env. "Abruzzese").
 - They're due out Monday, hold the cabin til we hear more, don't charge the late checkout.
 - Kyle wrote a statement, it's in the MOD binder.

Hamid, you know them best -- maybe give Connie a call around 10?

-Dev
Devin Starkweather | MOD | Pines Lodge
"""
    send('phi', 'names', 'Sal Abruzzese', 'Devin Starkweather <devin.starkweather@%s>' % GRP,
         ['Pines Leadership <pines.leadership@%s>' % GRP, addr(HAMID)], 'Big Sal - EMS from the tavern tonight',
         body, d)


def names_6():
    d = when(3, 17, 3, 15)
    body = """Sofia,

Summary of the 01:40 call for your morning briefing.

Guest Mr. Kowalczyk (party of 6, rooms 1401-1403, spring break group under his name) fell on the stairs between
the pool deck and the Tiki Bar after closing. He had been drinking heavily since early evening per bar staff.
Officers Mbatha and Reyes found him sitting on the bottom step with a cut above his right eye, about 3 cm,
bleeding a lot, and a swollen left hand. He was alert and knew where he was.

We controlled the bleeding, offered EMS twice. He refused transport and signed the refusal form (witnessed by
Reyes). His friend Brandon took him up to 1402 and promised to stay with him. We did a welfare check at 02:45,
Brandon answered, said he was asleep and snoring. Another check scheduled for 07:00.

Stairs were dry, lights on, handrail intact -- photos taken. CCTV cam 22 saved 01:00-02:00.

I recommend we have Dr. Marchetti offer a visit this morning, the cut probably needs stitches, and we should
document that we offered.

Owen Mbeki
Asst. Director of Security
""" + DISC_SHORT
    send('phi', 'names', 'Mr. Kowalczyk', addr(OWEN), addr(SOFIA), 'Overnight incident - Tiki stairs - 1402', body, d,
         cc=[addr(DANA)])


def names_7():
    d = when(6, 29, 19, 30)
    body = """Sofia,

Writing up today's rescue at the Lagoon pool before I leave.

At 2:48 pm guard Tobi Oduya saw a child go under in the deep end near the rope and not come back up. She was in
within seconds, brought her to the wall; the child was coughing and crying, which is what we want. The girl is
Amira Soltani, 6, staying in 1118 with her parents and baby brother. Parents were in the shallow end with the baby
and thought she was with her cousins.

Tobi and Danny did a full assessment, she was breathing fine, lips pink, but she'd swallowed a lot of water, so we
called EMS per protocol. Port Sable Fire checked her out 3:05-3:25, lungs sounded clear, parents declined
transport and signed. We advised them to watch her tonight for coughing, fast breathing or being very sleepy and
to call us or go to the ER if anything changes.

I'd like to call the Soltanis tomorrow morning to check on Amira, and Tobi deserves a shout-out -- textbook.

The deep end rope had drifted about 4 ft toward the shallow side; we've re-anchored it.

Ken Halvorsen
Aquatics Supervisor
Calloway Reef Resort & Spa
"""
    send('phi', 'names', 'Amira Soltani', addr(KEN), addr(SOFIA), 'Lagoon rescue this afternoon', body, d,
         cc=[addr(OWEN), addr(DANA)], html=html_of(body))


def names_8():
    d = when(10, 18, 16, 55)
    body = """Renee,

Quick one, and I'd rather not put this in a ticket. Carla from the front desk (Carla Benitez, PM shift) told me
today she's about 4 months pregnant and has been having dizzy spells when she's standing for long stretches --
she nearly went down during check-in rush on Tuesday. Her OB wants her off her feet more.

Can we get her a stool at the desk and build in extra breaks? She's worried about losing hours. She didn't want
the whole team to know yet, so please keep it between us for now.

What's the right way to do this -- does she need a note from her doctor for an accommodation?

Thanks,
Priya
"""
    send('phi', 'names', 'Carla Benitez', addr(PRIYA), addr(RENEE), 'Carla - stool / breaks', body, d)


# ================================================================ PHI: self
def self_1():
    d = when(4, 2, 21, 47, CT)
    body = """hi, this is marjorie from room 914 at the seaview, i was there mar 22-29 and got sick the second night, your
doctor came to the room (dr marchetti i think). my travel insurance wants a copy of his note and the bill,
can someone email it to me? i paid at the front desk with my visa.

also the claim form asks for a "report from the hotel" not sure what that is

thank you
marjorie ellsworth"""
    send('phi', 'self', 'Marjorie Ellsworth', 'marjorie ellsworth <marjie.ells@northmailbox.net>', addr(GUESTSVC_SV),
         'doctor note for my insurance', body + IPHONE, d)


def self_2():
    d = when(9, 24, 7, 12)
    body = """Ms. Castillo,

This is Darnell Greene from receiving (loading dock). I saw the orthopedic doctor yesterday about my right knee.
It's still swelling up every time I'm on it for more than an hour and he says the MRI shows a partial tear, he
wants me to do 3 more weeks of PT before he decides if I need surgery. He's keeping me off work until 10/15,
note is attached.

Can you let Keystone know? The last check they sent was short and I don't understand why. Also my manager keeps
texting me asking when I'm back, can you please tell him the date so he stops.

Thank you,
Darnell Greene
(239) 555-0152
"""
    scan = pdf(['BAYSIDE ORTHOPAEDICS & SPORTS MEDICINE', '2600 Tamiami Trl, Solana Key FL', '',
                'WORK STATUS NOTE', '', 'Patient: Darnell Greene', 'Date of visit: 09/23/2024', '',
                'Patient is unable to work from 09/23/2024 through 10/15/2024.',
                'Diagnosis: R knee medial meniscus tear (partial).',
                'Plan: PT 3x/wk x 3 wks, re-evaluate 10/14/2024.', '', 'Electronically signed, R. Haddon, MD'],
               'Work status note')
    send('phi', 'self', 'Darnell Greene', 'Darnell Greene <dgreene.fl@fastpost.com>', addr(RENEE),
         'my knee - off til 10/15', body, d, atts=[(scan, 'application/pdf', 'work_note_0923.pdf')])


def self_3():
    d = when(5, 30, 13, 20, EST)
    c = conf()
    body = """Hello,

I have a reservation at the Pines Lodge June 20-24 (conf %s). A couple of requests ahead of my arrival:

I use a CPAP machine at night so I'll need an outlet next to the bed (not across the room), and distilled water if
you have it -- I can bring my own if not. I'm also a type 1 diabetic and I'll have insulin with me that needs to be
kept cold, so a fridge in the room please (a real one, not a minibar with sensors).

I'd also like a room at lower elevation if there is such a thing there, the altitude got to me last time and my
blood sugar was all over the place.

Thanks very much,
Lou Ferraro
""" % c
    send('phi', 'self', 'Lou Ferraro', 'Lou Ferraro <lferraro@lumenmail.com>',
         'Pines Lodge Reservations <reservations.pines@%s>' % GRP, 'Special requests - conf %s' % c, body, d)


def self_4():
    d1 = when(8, 30, 9, 2)
    d2 = later(d1, 1440, 2000)
    first = """Dear Mr./Ms. Rodriguez-Vale,

Thank you for your message regarding the $350.00 charge dated 08/15/2024. This charge relates to the in-room
physician visit you requested, which was posted to your room at your authorization. Please contact your
insurer for reimbursement; we are happy to provide an itemized receipt.

Kind regards,
Guest Relations, Calloway Reef Resort & Spa
"""
    body = """That's not good enough. I was told by your front desk that the doctor's visit would be billed to my
travel insurance directly and I would not be charged. I have it in writing on the form I signed, which said
"direct bill to insurer where available." I gave your doctor my Blue Horizon card, member ID XJH447120093.

I have high blood pressure and the doctor came because I had a nosebleed that wouldn't stop, he packed it and
changed my blood pressure medicine. Now my insurance says they never got a claim from him.

Either you or the doctor needs to send the claim to Blue Horizon, or refund the $350 to my Amex. I don't
want to keep going back and forth on this.

Ernesto Rodriguez-Vale

""" + quote(first, 'On %s, Guest Relations <%s> wrote:' % (fmt_on(d1), GUESTSVC_RF[1]))
    send('phi', 'self', 'Ernesto Rodriguez-Vale', 'Ernesto Rodriguez-Vale <e.rodriguezvale@inboxharbor.net>',
         addr(GUESTSVC_RF), 'Re: Charge on my card 8/15 - doctor visit', body, d2)


def self_5():
    d = when(6, 5, 10, 30, EST)
    body = """To the manager,

On Saturday June 1 my husband and I had dinner at the Coral Room. I told our server TWICE that I am allergic to
shellfish, and she said the grouper was safe. Within 20 minutes my throat was closing and I had to use my
EpiPen at the table. I was taken to Port Sable General by ambulance and spent the night there.

I've attached the hospital discharge summary and the ambulance bill ($1,180). The hospital bill will follow.
I'd like the resort to pay these and I'd like an explanation of what happened in the kitchen.

I have been coming to the Reef for 8 years. I'm honestly shaken.

Sandra Kowal-Beaumont
%s
""" % phone('404')
    disch = pdf(['PORT SABLE GENERAL HOSPITAL - EMERGENCY DEPARTMENT', 'DISCHARGE SUMMARY', '',
                 'Patient: Kowal-Beaumont, Sandra    DOB: 02/11/1969', 'Arrival: 06/01/2024 20:52   Discharge: 06/02/2024 09:15',
                 'Chief complaint: throat tightness, lip swelling after meal',
                 'Diagnosis: Anaphylaxis due to shellfish (T78.02XA)',
                 'Treatment: epinephrine IM x1 (prior to arrival), methylprednisolone IV, diphenhydramine IV, observation',
                 'Discharge Rx: EpiPen 2-pak, prednisone 40 mg x 4 days', 'Follow up with PCP in 1 week.'],
                'Discharge summary')
    send('phi', 'self', 'Sandra Kowal-Beaumont', 'Sandra Kowal-Beaumont <sandykb@mailcove.com>', addr(GUESTSVC_RF),
         'Allergic reaction at Coral Room - ER visit', body, d, cc='Reef General Manager <gm.reef@%s>' % GRP,
         atts=[(disch, 'application/pdf', 'PSGH_discharge_060224.pdf')])


def self_6():
    d = when(2, 20, 12, 8, EST)
    body = """Hi! I'm coming to the Reef with my husband for a babymoon March 8-11 and want to book the prenatal massage.
I'll be 24 weeks. My OB said it's fine as long as they know and I don't lie flat on my back. I also get
lightheaded if I'm too warm so no steam room before. Is there a time on Saturday afternoon?

Thanks,
Jenna

Jenna Ostrowski-Hale
Sent from my Galaxy
"""
    send('phi', 'self', 'Jenna Ostrowski-Hale', 'Jenna Ostrowski-Hale <jennaoh@kiwimail.org>',
         'Reef Spa Reservations <spa.reef@%s>' % GRP, 'prenatal massage 3/9?', body, d)


def self_7():
    d = when(7, 11, 5, 58)
    body = """hey ken sorry for the short notice, got my wisdom teeth out yesterday and my face is super swollen, on the
pain meds they gave me and cant drive. dentist said no swimming or hard exercise for like 5 days so i can't
guard this weekend either. note is attached. can danny cover sat? i'll text him

- tobi"""
    scan = png(150, 200, 'scan')
    send('phi', 'self', 'Tobi Oduya', 'Tobi Oduya <tobi.oduya22@fastpost.com>', addr(KEN), 'cant make shift',
         body + IPHONE, d, atts=[(scan, 'image/png', 'IMG_3318.png')], extra={'X-Mailer': 'iPhone Mail (21F90)'})


# ================================================================ PHI: struct
def struct_1():
    d = when(8, 4, 16, 12)
    inc = 'INC-RF-2024-%05d' % random.randint(1000, 9999)
    payload = {
        "event": "incident.submitted",
        "app": "SafeStay Incident v4.12.1",
        "property": {"code": "RF", "name": "Calloway Reef Resort & Spa"},
        "incident": {
            "id": inc,
            "category": "Guest Injury",
            "subcategory": "Slip/Trip/Fall",
            "occurred_at": "2024-08-04T15:37:00-04:00",
            "location": "Lagoon Pool - north steps",
            "reported_by": {"name": "Danny Whitmore", "role": "Lifeguard", "employee_id": "31877"},
            "injured_party": {
                "type": "guest",
                "first_name": "Corinne",
                "last_name": "Halvard-Mott",
                "dob": "1982-05-19",
                "room": "1207",
                "confirmation": conf(),
                "phone": "+1-678-555-0164",
                "home_address": "88 Larkspur Ct, Marietta, GA 30062"
            },
            "injury": {"body_part": ["right wrist", "chin"], "description": "Slipped on wet step exiting pool, "
                       "landed on outstretched hand, small laceration under chin", "pain_scale": 7},
            "care_given": ["ice pack", "splint (SAM)", "bandage to chin"],
            "ems": {"called": True, "agency": "Port Sable Fire Rescue", "transported": True,
                    "destination": "Port Sable General Hospital"},
            "witnesses": 2,
            "photos": 4,
            "status": "OPEN",
            "assigned_to": "owen.mbeki@" + GRP
        }
    }
    body = """A new incident has been submitted in SafeStay.

Incident:   %s
Property:   Calloway Reef Resort & Spa
Category:   Guest Injury / Slip/Trip/Fall
Submitted:  08/04/2024 4:11 PM by Danny Whitmore

View in SafeStay: https://safestay.callowayharbour.com/incidents/%s

-- Raw webhook payload (for integrations) --
%s

You are receiving this because you are subscribed to Guest Injury notifications for RF.
""" % (inc, inc, json.dumps(payload, indent=2))
    send('phi', 'struct', 'Corinne Halvard-Mott', 'SafeStay Notifications <no-reply@safestay.%s>' % GRP,
         [addr(OWEN), addr(DANA)], '[SafeStay] New incident %s - Guest Injury - RF' % inc, body, d,
         extra={'Auto-Submitted': 'auto-generated'})


def struct_2():
    d = when(3, 3, 6, 5)
    hdr = 'PROP|RESV_ID|ROOM|LAST|FIRST|ARR|DEP|VIP|SPECIAL_REQ|TRACE_DEPT|NOTES'
    recs = [
        ('SV', digits(9), '0115', 'ABERNATHY-COLE', 'LEON', '20240302', '20240309', '', 'ADA-ROLLIN;SHWRCHR', 'HSK', 'WHEELCHAIR USER - LOW BED'),
        ('SV', digits(9), '0311', 'BERGSTROM', 'ROLF', '20240301', '20240328', 'R2', 'TRANSPORT', 'CONC', 'TREATMENT CTR M/W/F 0615 RTN 1115 W/C AT CURB'),
        ('SV', digits(9), '0622', 'KINCAID', 'WALTER', '20240210', '20240303', 'R5', '', 'FO', 'SON GARY CALLS NIGHTLY - WELFARE CHK IF NO ANSWER'),
        ('SV', digits(9), '0807', 'ORTIZ', 'SAMUEL', '20240302', '20240306', '', 'ADA-HEARING', 'ENG', 'DEAF - VISUAL ALARM KIT INSTALLED'),
        ('SV', digits(9), '1010', 'ADEYEMI', 'FEMI', '20240301', '20240315', '', 'FRIDGE;TRANSPORT', 'CONC', 'DIALYSIS TU/TH/SA'),
        ('SV', digits(9), '1204', 'VOLLMER', 'PATRICE', '20240228', '20240304', '', 'O2DELIV;FRIDGE', 'HSK', 'OXYGEN IN ROOM - NO SMOKING SIGN'),
        ('SV', digits(9), '1506', 'PENHALLOW', 'ARTHUR', '20240302', '20240305', 'R1', 'SHARPS', 'HSK', 'INSULIN - SHARPS CONTAINER'),
        ('SV', digits(9), '1711', 'FELDMAN', 'RUTH', '20240225', '20240310', '', 'BEDRAIL', 'HSK', 'FALL RISK - NIGHT LIGHT'),
    ]
    lines = [hdr] + ['|'.join(r) for r in recs]
    lines.append('TRL|%d|%s' % (len(recs), d.strftime('%Y%m%d%H%M')))
    extract = '\n'.join(lines) + '\n'
    body = """Scheduled report "INHOUSE_SPECIAL_REQ_DAILY" completed successfully.

Property: SV - Calloway Seaview Resort
Business date: 03/02/2024
Records: %d
Output: INHOUSE_SPECIAL_REQ_SV_20240303.txt (attached)

This is an automated message from OPERA Cloud Scheduled Reports. Do not reply.
""" % len(recs)
    send('phi', 'struct', '; '.join('%s %s' % (r[4].title(), r[3].title()) for r in recs),
         'PMS Reports <pms-reports@%s>' % GRP,
         ['Seaview Front Office <frontoffice.seaview@%s>' % GRP, addr(ELENA), addr(JO)],
         'Scheduled report: INHOUSE_SPECIAL_REQ_DAILY (SV)', body, d,
         atts=[(extract, 'text/plain', 'INHOUSE_SPECIAL_REQ_SV_20240303.txt')],
         extra={'Auto-Submitted': 'auto-generated'})


def struct_3():
    d = when(8, 21, 14, 40)
    ts = '20240821142210'
    hl7 = '\r'.join([
        'MSH|^~\\&|HOHLAB|HARBORVIEWOH|EMPLOYERPORTAL|CALLOWAY|%s||ORU^R01|HOH%s|P|2.5.1' % (ts, digits(8)),
        'PID|1||E40987^^^CALLOWAY^EI~HOH-88120^^^HOH^MR||GREENE^DARNELL^T||19870614|M|||1530 Cypress Bend Rd^^Solana Key^FL^33957||2395550152',
        'PV1|1|O|HOH^^^PORTSABLE||||1558823301^HADDON^RUTH^^^MD',
        'ORC|RE|PO-0819-44|HOH-LAB-77120||CM',
        'OBR|1|PO-0819-44|HOH-LAB-77120|POSTACC^Post-accident DOT-style panel^L|||20240819103000|||||||||1558823301^HADDON^RUTH||||||20240821140500|||F',
        'OBX|1|NM|BAC^Breath alcohol^L||0.000|g/210L|<0.020||||F|||20240819104500',
        'OBX|2|ST|UDS10^Urine drug screen 10 panel^L||NEGATIVE||NEGATIVE||||F|||20240820090000',
        'OBX|3|TX|NOTE^Clinical note^L||Post-incident eval R knee; see separate WC visit note. MRO review not required.||||||F',
    ]) + '\r'
    body = """Renee,

Our interface to the employer portal has been failing since Monday, so I'm sending this result file by email as
agreed. Post-accident screen from the 8/19 loading dock incident, file attached. Results are final.

Please confirm receipt and delete from your inbox after uploading to the employee's confidential file.

Thanks,
Marguerite Ansel
Client Services | Harborview Occupational Health
%s
""" % phone('239')
    send('phi', 'struct', 'Darnell Greene', 'Marguerite Ansel <mansel@harborviewoh.com>', addr(RENEE),
         'Result file - post accident - 8/19 (interface down)', body, d,
         atts=[(hl7.encode('ascii'), 'application/hl7-v2', 'HOH_ORU_%s.hl7' % ts)])


def struct_4():
    d = when(9, 3, 17, 30)
    ctl = '%09d' % random.randint(400, 999)
    people = [
        ('021', 'SANTIAGO', 'MARIBEL', '581' + digits(6), '19880412', 'F', '412 BAYBERRY LN', 'SOLANA KEY', '33957', 'PPO', 'EMP'),
        ('021', 'OKONJO', 'CHINEDU', '594' + digits(6), '19920127', 'M', '77 TARPON WAY APT 3', 'PORT SABLE', '33040', 'HMO', 'ESP'),
        ('024', 'LINDQVIST', 'ERIK', '603' + digits(6), '19750909', 'M', '9 HARBOR PT', 'PORT SABLE', '33040', 'PPO', 'FAM'),
        ('001', 'VILLANUEVA', 'ROSA', '588' + digits(6), '19810303', 'F', '2210 MANGROVE CT', 'SOLANA KEY', '33957', 'PPO', 'FAM'),
    ]
    segs = ['ISA*00*          *00*          *ZZ*CALLOWAYHR     *ZZ*SUNCOASTTPA    *240903*1730*^*00501*%s*0*P*:' % ctl,
            'GS*BE*CALLOWAYHR*SUNCOASTTPA*20240903*1730*%d*X*005010X220A1' % int(ctl),
            'ST*834*0001*005010X220A1',
            'BGN*00*CHR0903*20240903*1730****4',
            'REF*38*CHR-EMP-HEALTH-01',
            'DTP*007*D8*20240901',
            'N1*P5*CALLOWAY HARBOUR HOTELS AND RESORTS*FI*59' + digits(7),
            'N1*IN*SUNCOAST BENEFIT ADMINISTRATORS*FI*65' + digits(7)]
    n = 0
    for mt, last, first, ssn, birth, sex, street, city, zipc, plan, cov in people:
        hire = '20%02d%02d%02d' % (random.randint(14, 23), random.randint(1, 12), random.randint(1, 28))
        segs += ['INS*Y*18*%s*%s*A***FT' % (mt, 'EC' if mt == '021' else ('XN' if mt == '001' else 'AI')),
                 'REF*0F*%s' % ssn,
                 'REF*1L*CHR-EMP-HEALTH-01',
                 'DTP*336*D8*%s' % hire,
                 'NM1*IL*1*%s*%s****34*%s' % (last, first, ssn),
                 'PER*IP**HP*239555%04d' % random.randint(100, 199),
                 'N3*%s' % street,
                 'N4*%s*FL*%s' % (city, zipc),
                 'DMG*D8*%s*%s' % (birth, sex),
                 'HD*%s**HLT*%s*%s' % (mt, plan, cov),
                 'DTP*%s*D8*%s' % ('349' if mt == '024' else '348', '20240930' if mt == '024' else '20240901')]
        n += 1
    segs.append('SE*%d*0001' % (len(segs) - 1))
    segs += ['GE*1*%d' % int(ctl), 'IEA*1*%s' % ctl]
    edi = '~\n'.join(segs) + '~\n'
    body = """Hi Suncoast team,

Attached is the September 834 change file (4 members: 2 adds, 1 term, 1 change). Your SFTP rejected it twice this
afternoon with "session closed by remote host" so sending here as a backup per Tanya's instructions. Please load
it and confirm the control number on the 999.

Term for Lindqvist is effective 9/30 (voluntary resignation). Villanueva is a plan change -- adding dependents
after the birth event, docs already uploaded to the portal.

Thanks!
Keisha

Keisha Monroe | Benefits Specialist | Calloway Harbour Hotels & Resorts
75 Marina Plaza, Suite 900, Tampa FL 33602 | %s
""" % phone('813') + DISCLAIMER
    send('phi', 'struct', '; '.join('%s %s' % (p[2].title(), p[1].title()) for p in people),
         'Keisha Monroe <keisha.monroe@%s>' % GRP, 'Suncoast Enrollment <enrollment@suncoastbenefitadmin.com>',
         'Calloway 834 - Sept changes - ICN %s' % ctl, body, d, cc='Tanya Ruiz <tanya.ruiz@suncoastbenefitadmin.com>',
         atts=[(edi, 'text/plain', 'CHR_834_20240903.x12')])


def struct_5():
    d = when(4, 12, 11, 5)
    pid = 'mcm-pt-' + digits(5)
    enc = 'mcm-enc-' + digits(6)
    bundle = {
        "resourceType": "Bundle",
        "id": "export-" + hexs(12),
        "type": "collection",
        "timestamp": "2024-04-12T10:58:14-04:00",
        "entry": [
            {"fullUrl": "urn:uuid:%s-%s" % (hexs(8), hexs(4)), "resource": {
                "resourceType": "Patient", "id": pid,
                "identifier": [{"system": "https://marchetticoncierge.net/mrn", "value": "MCM" + digits(6)}],
                "name": [{"family": "Vossberg", "given": ["Reinhard", "K."]}],
                "gender": "male", "birthDate": "1958-07-22",
                "telecom": [{"system": "phone", "value": "+49 40 5550 2281"}],
                "address": [{"line": ["Elbchaussee 311"], "city": "Hamburg", "postalCode": "22605", "country": "DE"}]}},
            {"fullUrl": "urn:uuid:%s-%s" % (hexs(8), hexs(4)), "resource": {
                "resourceType": "Encounter", "id": enc, "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "HH", "display": "home health"},
                "subject": {"reference": "Patient/" + pid},
                "period": {"start": "2024-03-14T23:05:00-04:00", "end": "2024-03-14T23:50:00-04:00"},
                "location": [{"location": {"display": "Calloway Seaview Resort, room 1719"}}],
                "participant": [{"individual": {"display": "Alessandro Marchetti, MD"}}]}},
            {"fullUrl": "urn:uuid:%s-%s" % (hexs(8), hexs(4)), "resource": {
                "resourceType": "Condition", "id": "cond-" + digits(5),
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "R55",
                                     "display": "Syncope and collapse"}]},
                "subject": {"reference": "Patient/" + pid}, "encounter": {"reference": "Encounter/" + enc},
                "note": [{"text": "Witnessed faint in bathroom per spouse, brief LOC <1 min. Hx AF on apixaban. "
                                   "Referred to Gulf Regional ED for ECG/telemetry."}]}},
            {"fullUrl": "urn:uuid:%s-%s" % (hexs(8), hexs(4)), "resource": {
                "resourceType": "Observation", "id": "bp-" + digits(5), "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
                "subject": {"reference": "Patient/" + pid}, "effectiveDateTime": "2024-03-14T23:12:00-04:00",
                "component": [
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 92, "unit": "mmHg"}},
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 58, "unit": "mmHg"}}]}},
            {"fullUrl": "urn:uuid:%s-%s" % (hexs(8), hexs(4)), "resource": {
                "resourceType": "ChargeItem", "id": "chg-" + digits(5), "status": "billable",
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99345"}]},
                "subject": {"reference": "Patient/" + pid},
                "priceOverride": {"value": 425.00, "currency": "USD"}}}
        ]
    }
    body = """Ms. Pike,

Further to your case reference for the insured's 14 March visit at the Calloway Seaview, please find attached the
visit record exported from our EHR (FHIR R4 JSON, as your medical team requested) together with the charge.
The guest signed a release to Meridian and to the resort's risk department, so I'm copying Ms. Kraus.

A PDF invoice will follow separately from our billing service.

Regards,
Nadia Pell
Office Manager, Marchetti Concierge Medicine
"""
    send('phi', 'struct', 'Reinhard Vossberg', addr(MARCH_OFF), 'Lorraine Pike <claims.assist@meridiantravelassist.com>',
         'Visit record - 14 Mar - Calloway Seaview rm 1719', body, d, cc=addr(BETTINA),
         atts=[(json.dumps(bundle, indent=2), 'application/json', 'visit_export_%s.json' % enc)])


def struct_6():
    d = when(10, 7, 8, 30)
    cols = [('CLAIM NO', 14), ('CLAIMANT', 22), ('DOI', 11), ('LOC', 5), ('BODY PART', 13), ('NATURE', 16),
            ('ST', 3), ('PD MED', 10), ('PD IND', 10), ('RESERVE', 10)]
    recs = [
        ('WC-0091844-K', 'MEDINA, JORGE', '05/02/2024', '0412', 'HAND-L', 'LACERATION', 'C', 612.00, 0.00, 0.00),
        ('WC-0092271-K', 'ALCARAZ, JULIAN', '05/02/2024', '0412', 'SHOULDER-R', 'STRAIN', 'O', 3840.50, 2210.00, 9500.00),
        ('WC-0093310-K', 'CHO, MEI-LING', '06/28/2024', '0412', 'EYE', 'CHEMICAL BURN', 'C', 1275.00, 0.00, 0.00),
        ('WC-0094012-K', 'GREENE, DARNELL', '08/19/2024', '0412', 'KNEE-R', 'TEAR-MENISCUS', 'O', 5620.75, 4380.00, 38000.00),
        ('WC-0094388-K', 'DUNLEAVY, PATRICK', '09/03/2024', '0412', 'SHOULDER-L', 'SPRAIN', 'O', 890.00, 0.00, 12500.00),
        ('WC-0094790-K', 'BELLO, AISHA', '09/21/2024', '0412', 'FOREARM-R', 'BURN 2ND DEG', 'O', 455.00, 0.00, 2500.00),
        ('WC-0095102-K', 'VILLANUEVA, ROSA', '10/07/2024', '0412', 'LOW BACK', 'STRAIN', 'O', 0.00, 0.00, 4000.00),
    ]
    out = []
    out.append('KEYSTONE MUTUAL INSURANCE GROUP            LOSS RUN - WORKERS COMPENSATION            RUN DATE 10/07/2024')
    out.append('INSURED: CALLOWAY HARBOUR HOTELS & RESORTS   POLICY WC-7720-114-03   PERIOD 01/01/2024-12/31/2024')
    out.append('')
    out.append(''.join(n.ljust(w) for n, w in cols))
    out.append('-' * sum(w for _, w in cols))
    for r in recs:
        line = ''
        for (n, w), v in zip(cols, r):
            if isinstance(v, float):
                line += ('%.2f' % v).rjust(w - 1) + ' '
            else:
                line += str(v)[:w - 1].ljust(w)
        out.append(line)
    out.append('-' * sum(w for _, w in cols))
    out.append('TOTALS'.ljust(84) + ('%.2f' % sum(r[7] for r in recs)).rjust(9) + ' '
               + ('%.2f' % sum(r[8] for r in recs)).rjust(9) + ' ' + ('%.2f' % sum(r[9] for r in recs)).rjust(9))
    out.append('CLAIM COUNT: %d   OPEN: %d   CLOSED: %d' % (len(recs), sum(r[6] == 'O' for r in recs), sum(r[6] == 'C' for r in recs)))
    txt = '\r\n'.join(out) + '\r\n'
    body = """Good morning,

Attached is the Q3 loss run for location 0412 (Seaview) ahead of Thursday's claim review. Fixed-width text
as usual; let me know if you'd prefer it in Excel this time.

Yvette Barnaby
Claims Representative | Keystone Mutual Insurance Group
"""
    send('phi', 'struct', '; '.join(r[1].split(', ')[1].title() + ' ' + r[1].split(', ')[0].title() for r in recs),
         'Yvette Barnaby <ybarnaby@keystonemutualwc.com>', addr(RENEE), 'Loss run - Loc 0412 - Q3 2024', body, d,
         cc=addr(BETTINA), atts=[(txt, 'text/plain', 'LOSSRUN_0412_20241007.txt')])


def struct_7():
    d = when(11, 25, 19, 14, CT)
    mrn = digits(8)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Lakeshore Memorial Hospital - Continuity of Care Document</title>
  <effectiveTime value="20241121153000-0600"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="%s"/>
      <addr use="HP"><streetAddressLine>2718 Willowmere Dr</streetAddressLine><city>Columbus</city><state>OH</state><postalCode>43221</postalCode></addr>
      <telecom value="tel:+1-614-555-0138" use="MC"/>
      <patient>
        <name use="L"><given>Theodora</given><given>M</given><family>Blanchette</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19620930"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20241121153000-0600"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1902233841"/>
    <assignedPerson><name><given>Priscilla</given><family>Amadi</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><name>Lakeshore Memorial Hospital</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Encounters</title>
      <text><table><thead><tr><th>Type</th><th>Admit</th><th>Discharge</th><th>Location</th></tr></thead>
        <tbody><tr><td>Inpatient</td><td>11/17/2024</td><td>11/21/2024</td><td>4 West Medical</td></tr></tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Community acquired pneumonia, right lower lobe (J18.9)</item><item>Type 2 diabetes mellitus (E11.9)</item></list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Discharge Medications</title>
      <text><list><item>amoxicillin-clavulanate 875-125 mg PO BID x 5 days</item><item>metformin 1000 mg PO BID</item><item>benzonatate 100 mg PO TID PRN cough</item></list></text>
    </section></component>
    <component><section>
      <code code="8653-8" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge instructions"/>
      <title>Instructions</title>
      <text>Rest. No air travel for 72 hours. Follow up with primary care within 7 days of return home.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (hexs(8), mrn)
    body = """Hello,

I was a guest at the Grand Lakeshore from Nov 15 and was supposed to stay until Nov 20 for a conference. On the
17th I was taken to Lakeshore Memorial and admitted for 4 nights, so I never used the last 3 nights of my room,
but they were charged to my card. Your front desk said I need to send proof, so I've attached the record the
hospital gave me through their patient portal (it's the only download option they had, sorry it's an XML file).

Can you please refund nights 17, 18 and 19? Reservation was under Blanchette.

Thank you,
Theodora Blanchette
"""
    send('phi', 'struct', 'Theodora Blanchette', 'Theodora Blanchette <tblanchette62@northmailbox.net>',
         'Guest Relations Grand Lakeshore <guestrelations.lakeshore@%s>' % GRP,
         'refund request - hospitalized during stay', body, d,
         atts=[(ccd, 'application/xml', 'CCD_LakeshoreMemorial_%s.xml' % mrn)])


# ================================================================ CLEAN: admin
def admin_1():
    d = when(1, 8, 9, 30)
    body = """Security Directors,

Reminder that Q1 AED and first aid inspections are due by Jan 31. Please use the updated checklist in SafeStay
(Inspections > Medical Equipment > v2024.1). What's changed this year:

  1. AED pads AND batteries -- record the expiration date for both, not just "OK". Anything expiring before
     6/30 gets reordered now through the Cardiac Ready portal (PO approval is pre-cleared up to $2,500/property).
  2. Epinephrine auto-injectors (adult + junior) -- Reef and Seaview kids clubs and all F&B outlets. Rx is under
     Dr. Marchetti's standing order; check the expiry and the viewing window color.
  3. Naloxone (4 mg nasal) now required at every security podium and the front desk back office.
  4. Bleeding control kits (tourniquet, hemostatic gauze, trauma shears) at each pool and the loading docks.
  5. Oxygen cylinders at the pools: confirm gauge reads full (>= 1,800 psi) and the annual hydro test sticker.

Pines Lodge: the two AEDs at the ski valet were flagged last season for cold exposure -- please move them into the
heated cabinet before you inspect.

If you find any gaps, log them as a corrective action in SafeStay, don't just email me.

Thanks all,
Dana

Dana Whitcombe, CHSP
Director, Guest Safety & Risk
Calloway Harbour Hotels & Resorts
75 Marina Plaza, Suite 900, Tampa, FL 33602
T (813) 555-0120 | M (813) 555-0187
""" + DISCLAIMER
    send('clean', 'admin', '', addr(DANA), ['Property Security Directors <secdirectors@%s>' % GRP],
         'Q1 AED / first aid inspections due 1/31 - checklist changes', body, d, cc=addr(BETTINA), html=html_of(body))


def admin_2():
    d = when(9, 10, 14, 0)
    start = datetime(2024, 9, 26, 14, 0)
    uid = '%s@%s' % (hexs(24), GRP)
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe@callowayharbour.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Marcus Oyelaran:mailto:marcus.oyelaran@callowayharbour.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Owen Mbeki:mailto:owen.mbeki@callowayharbour.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Bettina Kraus:mailto:bettina.kraus@callowayharbour.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Jo Abernathy:mailto:jo.abernathy@callowayharbour.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Renee Castillo:mailto:renee.castillo@callowayharbour.com
DTSTART;TZID=Eastern Standard Time:%s
DTEND;TZID=Eastern Standard Time:%s
SUMMARY:Q3 Guest Safety & Risk Committee
LOCATION:Teams / Tampa HQ Boardroom 9B
UID:%s
DTSTAMP:20240910T180000Z
DESCRIPTION:Agenda: 1) Q3 incident trends\\, 2) house physician contract renewal\\, 3) pool rescue equipment refresh\\, 4) accessibility audit status\\, 5) open liability claims (counsel to join for item 5 only)
SEQUENCE:0
STATUS:CONFIRMED
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""" % (start.strftime('%Y%m%dT%H%M%S'), (start + timedelta(minutes=90)).strftime('%Y%m%dT%H%M%S'), uid)
    body = """Q3 Guest Safety & Risk Committee
When: Thursday, September 26, 2024 2:00 PM-3:30 PM (UTC-05:00) Eastern Time
Where: Teams / Tampa HQ Boardroom 9B

Agenda
1. Q3 incident trends (Bettina -- deck to follow)
2. House physician contract renewal (Marchetti Concierge Medicine, term ends 12/31)
3. Pool rescue equipment refresh -- backboards, O2 kits
4. Accessibility audit status (Jo)
5. Open liability claims -- outside counsel joins for this item only, please keep it to the committee

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 248 771 903 118
Passcode: Hx7qP2
________________________________________________________________________________
"""
    send('clean', 'admin', '', addr(DANA), ['Marcus Oyelaran <%s>' % MARCUS[1], addr(OWEN), addr(BETTINA), addr(JO)],
         'Q3 Guest Safety & Risk Committee', body, d, cc=addr(RENEE),
         atts=[(ics, 'text/calendar', 'invite.ics')])


def admin_3():
    d1 = when(10, 22, 11, 15)
    d2 = later(d1, 90, 300)
    first = """Dana,

Draft renewal terms from Marchetti Concierge Medicine for 2025-2027 came in this morning. Headline changes:

  - In-room visit (7a-10p): $265 -> $285
  - After-hours (10p-7a) and holidays: $540 -> $575
  - Telehealth consult: new, $95
  - Response time commitment: 45 min Seaview/Reef (unchanged), 60 min GL via their Chicago partner group
  - Bill-back: they want net 15 instead of net 30 on anything the resort guarantees
  - Standing orders for epinephrine/naloxone stock: they'll keep writing them at no charge
  - Insurance: they carry $1M/$3M med mal, we're still named as additional insured on the GL only

I'm fine with the rates, they're in line with what the Four Pointe group pays. Pushing back on net 15.

Bettina
"""
    body = """Agree on all of it. Net 15 is a no -- AP can't turn anything in 15 days. Offer net 30 with a 2% early pay if
they want cash faster. Also ask them to add the Pines in ski season at the same response time, even if it's a
partner practice in Ridgefold. Send me the redline when it's ready and I'll take it to Sofia and the GMs.

D.

""" + orig_block(addr(BETTINA), d1, addr(DANA), 'Marchetti renewal - draft terms', first) + DISCLAIMER
    send('clean', 'admin', '', addr(DANA), addr(BETTINA), 'RE: Marchetti renewal - draft terms', body, d2)


def admin_4():
    d = when(4, 18, 13, 5)
    body = """Hi all,

Lagoon pool closure for the guard stand replacement and drain cover upgrade is confirmed:

  Closed:   Mon 4/29 7:00 am -- Wed 5/1 6:00 pm
  Open:     Adult pool (extended hours 7 am - 9 pm) and kids splash pad
  Guards:   Lagoon guards reassigned to Adult pool + splash pad, 2 on stand at all times, rotation every 20 min
  Signage:  Engineering posting closure signs at the gate Sunday night; FO please add to the daily activities sheet

Pool chemicals: Aqua-Chem delivery moved to Thursday 5/2 (sodium hypochlorite 4 drums, muriatic acid 2 drums). Needs
to be received by engineering only -- please don't let anyone from the pool team sign for it.

Also, the two spinal boards are being swapped for the new ones the same week. The old ones go back to the vendor,
don't throw them out.

Ken
Aquatics Supervisor | Calloway Reef Resort & Spa
"""
    send('clean', 'admin', '', addr(KEN), ['Reef Managers <reef.managers@%s>' % GRP], 'Lagoon pool closure 4/29-5/1',
         body, d, cc='Reef Engineering <engineering.reef@%s>' % GRP)


def admin_5():
    d = when(2, 20, 16, 0)
    body = """SafeStay -- Scheduled Maintenance

What:   SafeStay Incident v4.12 upgrade (adds medical equipment inspection module, new EMS transport fields,
        offline mode for the guard tablets)
When:   Sunday, February 25, 2:00 AM - 5:00 AM ET
Impact: SafeStay unavailable at all properties. Mobile app will queue reports and sync after the window.

During the outage, use the paper Incident Report (form CH-RSK-01) kept in each security office and enter it in
SafeStay by end of shift Monday. Do not email incident details in place of the form.

Questions: IT Service Desk, ext. 5000 or servicedesk@callowayharbour.com, reference change CHG0041877.

Calloway Harbour IT
"""
    send('clean', 'admin', '', 'Calloway IT Service Desk <servicedesk@%s>' % GRP, 'All Security & Risk Users <risk-all@%s>' % GRP,
         '[Scheduled Maintenance] SafeStay unavailable Sun 2/25 2-5 AM ET', body, d, html=html_of(body))


def admin_6():
    d = when(6, 3, 10, 45)
    paras = ['**SOP GS-14: Guest Medications, Medical Devices and Sharps Found in Guest Rooms**',
             'Effective: July 1, 2024   |   Owner: Guest Safety & Risk   |   Replaces: GS-14 (2021)', '',
             '**1. Purpose**',
             'To make sure medications and medical devices left behind by guests are secured, returned quickly and, '
             'where not claimed, disposed of safely.', '',
             '**2. Scope**', 'All properties. Housekeeping, Security, Front Office, Engineering.', '',
             '**3. Procedure**',
             '3.1\tDo not open pill bottles or organizers. Place items in a clear bag, seal, and label with room number and date/time found.',
             '3.2\tItems needing refrigeration (e.g. insulin pens, some eye drops): store in the designated engineering medical fridge, never in F&B.',
             '3.3\tSharps: never recap. Use the sharps container on the housekeeping cart; call Security for anything outside a container.',
             '3.4\tLog every item in the Lost & Found tracker, category "Medical". Security contacts the guest within 24 hours.',
             '3.5\tShipping: resort pays standard shipping for medications and medical devices (CPAP, hearing aids, inhalers).',
             '3.6\tUnclaimed medications: held 30 days, then destroyed via the pharmacy take-back vendor with two witnesses.', '',
             '**4. What not to do**',
             'Do not discuss what was found with other guests or on the radio beyond "medical item, room ____".',
             'Do not hand items to anyone other than the registered guest without Security approval.']
    body = """Team,

Attached is the revised SOP GS-14 on medications, medical devices and sharps found in rooms. Main changes are the
fridge storage rule (3.2), the resort now paying shipping on medical items (3.5) and the two-witness destruction.

Please review with your housekeeping and security leads before July 1. Sign-off sheet due back to me by 6/28.

Dana
"""
    send('clean', 'admin', '', addr(DANA), ['Executive Housekeepers <exec.housekeepers@%s>' % GRP,
                                            'Property Security Directors <secdirectors@%s>' % GRP],
         'Revised SOP GS-14 - medications & sharps found in rooms', body, d,
         atts=[(docx(paras), DOCX_T, 'SOP_GS-14_Medications_Sharps_rev2024.docx')])


def admin_7():
    d = when(5, 14, 15, 20)
    body = """Hi Marco,

Following the ADA room audit, we need the following for the Seaview and the Reef. Please quote and confirm lead
time -- we'd like everything installed before July 4th weekend.

  Qty  Item
  ---  ---------------------------------------------------------------
   12  Shower chair, padded, with back, 350 lb capacity
   10  Transfer tub bench, adjustable, suction feet
   16  Bed rail, 18", hospital-style, fits platform beds
    8  Visual alarm / door knock kit (strobe + bed shaker), UL listed
    6  Portable TTY / captioned telephone
   20  Raised toilet seat with arms
    4  Portable ramp, 6 ft, folding

Ship to: Calloway Seaview Resort, Attn: Receiving, 4100 Gulf Shore Blvd, Solana Key FL 33957 (split 50/50 with the
Reef -- we'll transfer internally).

Thanks,
Jo

Jo Abernathy
Accessibility & Inclusion Coordinator
Calloway Harbour Hotels & Resorts
T (813) 555-0133
"""
    send('clean', 'admin', '', addr(JO), 'Marco Delgado <mdelgado@accessrightsupply.com>',
         'Quote request - ADA room equipment (Seaview/Reef)', body, d, cc=addr(DANA), html=html_of(body),
         atts=[(png(120, 48, 'logo'), 'image/png', 'calloway_logo.png')])


# ================================================================ CLEAN: lookalike
def look_1():
    d = when(2, 6, 8, 12)
    inv = 'INV-' + digits(7)
    po = 'PO-SV-24-0' + digits(3)
    lines = [
        ('0093-5986-27', 'Epinephrine auto-injector 0.3 mg, 2-pak', 'EP4471B', '11/2025', 6, 289.50),
        ('0093-5985-27', 'Epinephrine auto-injector 0.15 mg (junior), 2-pak', 'EJ2208A', '09/2025', 4, 289.50),
        ('69547-353-02', 'Naloxone HCl nasal spray 4 mg, 2-pk', 'NX31907', '03/2026', 10, 44.95),
        ('0904-5306-60', 'Diphenhydramine 25 mg caps, 100 ct', 'D24K118', '07/2026', 6, 6.20),
        ('n/a', 'Hemostatic gauze 3" x 4 yd', 'HG-5510-22', '01/2028', 12, 38.00),
        ('n/a', 'CAT tourniquet, Gen 7', 'T7-0091844', 'n/a', 8, 31.99),
    ]
    rows = ['%-13s %-50s %-11s %-8s %4d  %9.2f  %10.2f' % (n, desc, lot, exp, q, pr, q * pr) for n, desc, lot, exp, q, pr in lines]
    sub = sum(q * pr for *_, q, pr in lines)
    body = """INVOICE %s
Gulf Medical Supply Co.  |  8810 Commerce Park Dr, Fort Myers FL 33913  |  Tel %s
Remit to: PO Box 60412, Fort Myers FL 33906

Bill to: Calloway Seaview Resort - Accounts Payable
Ship to: Calloway Seaview Resort - Security Office, 4100 Gulf Shore Blvd, Solana Key FL 33957
Customer #: 100-44871       Your PO: %s       Terms: Net 30
Ship date: 02/05/2024       Carrier: UPS Ground   Tracking: 1Z8W41E70398841276

NDC           Description                                        Lot         Exp       Qty   Unit       Ext
%s

                                                                            Subtotal  %10.2f
                                                                            Freight       18.40
                                                                            Tax           0.00
                                                                            TOTAL     %10.2f

Prescription items dispensed under standing order, prescriber NPI 1487726350 (A. Marchetti, MD), DEA on file.
Questions? ar@gulfmedsupply.com -- please reference invoice number.
""" % (inv, phone('239'), po, '\n'.join(rows), sub, sub + 18.40)
    send('clean', 'lookalike', '', 'Gulf Medical Supply AR <ar@gulfmedsupply.com>',
         'Seaview Accounts Payable <ap.seaview@%s>' % GRP, 'Invoice %s / %s' % (inv, po), body, d,
         cc=addr(MARCUS), atts=[(pdf(['GULF MEDICAL SUPPLY CO.', 'INVOICE ' + inv, 'PO ' + po, '',
                                       'See email body for line detail.', 'Total due: $%.2f' % (sub + 18.40)],
                                      'Invoice'), 'application/pdf', '%s.pdf' % inv)])


def look_2():
    d = when(1, 29, 14, 40)
    hdr = 'Location                      Model        Serial        Installed   Pads lot     Pads exp   Batt exp   Status'
    locs = ['Lobby - bell stand', 'Lagoon pool guard hut', 'Adult pool bar', 'Fitness center', 'Spa reception',
            'Coral Room host stand', 'Kids club', 'Loading dock', 'Conference level foyer', 'Tennis pro shop']
    rows = []
    for l in locs:
        rows.append('%-29s %-12s %-13s %-11s %-12s %-10s %-10s %s' % (
            l, random.choice(['HS1-M5066A', 'AED Plus', 'CR2']), random.choice(['A', 'X', 'B']) + digits(2) + random.choice('ABCDEFG') + '-' + digits(5),
            '%02d/%02d/20%02d' % (random.randint(1, 12), random.randint(1, 28), random.randint(18, 22)),
            digits(2) + random.choice(['KA', 'LC', 'MB']) + digits(4), '%02d/2025' % random.randint(2, 12),
            '%02d/2027' % random.randint(1, 12), random.choice(['OK', 'OK', 'OK', 'OK', 'Pads reorder'])))
    body = """Dana,

Q1 AED inspection for the Reef, all 10 units. Two units flagged for pad reorder, order placed on the Cardiac Ready
portal (order #CR-884120, ETA 2/6). Full table below and in SafeStay.

%s
%s

Daily self-test green on all units. Inspected by O. Mbeki and D. Whitmore, 1/27-1/28.

Owen
""" % (hdr, '\n'.join(rows))
    send('clean', 'lookalike', '', addr(OWEN), addr(DANA), 'Reef AED inspection Q1 - complete', body, d)


def look_3():
    d = when(3, 4, 10, 0)
    entries = [
        ('Marchetti Concierge Medicine (house physician)', '1487726350', '(305) 555-0140', '(305) 555-0141', '24/7 - call line, not email'),
        ('Solana Key Urgent Care, 1122 Palmetto Ave', '1093847561', '(239) 555-0166', '(239) 555-0167', '8a-10p daily'),
        ('Gulf Regional Medical Center - ED', '1316045082', '(239) 555-0100', '(239) 555-0101', '24/7'),
        ('Port Sable General Hospital - ED', '1740298834', '(305) 555-0112', '(305) 555-0113', '24/7'),
        ('Gulfside Pharmacy, 1890 Palmetto Ave', '1558012247', '(239) 555-0172', '(239) 555-0173', '8a-9p, drive-thru'),
        ('Harborview Occupational Health - Port Sable', '1962207713', '(305) 555-0150', '(305) 555-0151', 'M-F 7a-6p (staff injuries)'),
        ('Coastal Respiratory & Home Medical', '1215963308', '(239) 555-0155', '(239) 555-0156', 'O2 delivery 7 days'),
        ('Poison Control', '', '1-800-222-1222', '', '24/7'),
    ]
    lines = ['%-48s NPI %-11s T %-15s F %-15s %s' % e for e in entries]
    body = """All,

Updated local medical resources sheet for the Florida properties -- please replace the one taped inside the
security podium and the front desk back office. Changes: Solana Key Urgent Care extended hours, new fax at
Gulf Regional, added Coastal Respiratory for oxygen deliveries.

%s

For Grand Lakeshore and Pines Lodge, see the separate sheets on SharePoint (Guest Safety > Local Resources).

Dana Whitcombe | Director, Guest Safety & Risk
""" % '\n'.join(lines)
    send('clean', 'lookalike', '', addr(DANA), ['Seaview Security <security.seaview@%s>' % GRP,
                                                'Reef Security <security.reef@%s>' % GRP,
                                                'Seaview Front Office <frontoffice.seaview@%s>' % GRP],
         'Updated local medical resources - FL properties', body, d,
         atts=[(pdf(['LOCAL MEDICAL RESOURCES - FLORIDA PROPERTIES (rev. 03/2024)', ''] + lines, 'Local resources'),
                'application/pdf', 'Local_Medical_Resources_FL_rev0324.pdf')])


def look_4():
    d = when(7, 12, 9, 20)
    props = ['Seaview', 'Reef', 'Grand Lakeshore', 'Pines Lodge']
    rn = {'Seaview': 61240, 'Reef': 48115, 'Grand Lakeshore': 88902, 'Pines Lodge': 19877}
    cats = ['Slip/trip/fall', 'Pool/aquatics', 'Medical (non-injury)', 'Allergic reaction', 'Spa', 'Assault/altercation']
    lines = ['%-24s' % 'Q2 2024' + ''.join('%16s' % p for p in props)]
    lines.append('-' * (24 + 16 * 4))
    for c in cats:
        lines.append('%-24s' % c + ''.join('%16d' % random.randint(0, 40) for _ in props))
    lines.append('%-24s' % 'Room nights' + ''.join('%16s' % format(rn[p], ',') for p in props))
    lines.append('%-24s' % 'EMS transports' + ''.join('%16d' % random.randint(2, 19) for _ in props))
    lines.append('%-24s' % 'Rate / 10k RN' + ''.join('%16.1f' % random.uniform(6, 19) for _ in props))
    body = """Dana,

Q2 incident summary for the committee pack. Counts by category below (SafeStay export 7/10, excludes staff
injuries, which are in the WC section). Rate per 10,000 room nights is total guest incidents / occupied room
nights.

%s

Observations:
  - Pool/aquatics up at the Reef vs Q1 (seasonal), 1 rescue with EMS, no transports from the Lagoon.
  - GL slip/trip/fall concentrated in the lobby revolving door area in April -- engineering fix 4/22.
  - Allergic reactions flat; 3 of the 5 group-wide were F&B-related and are with the culinary team.

Deck draft Monday.

Bettina Kraus
Risk & Claims Analyst
""" % '\n'.join(lines)
    send('clean', 'lookalike', '', addr(BETTINA), addr(DANA), 'Q2 incident stats for committee', body, d,
         atts=[(csv_text([['Category'] + props] + [[l[:24].strip()] + l[24:].split() for l in lines[2:]]),
                'text/csv', 'Q2_2024_incident_summary.csv')])


def look_5():
    d = when(10, 2, 11, 48)
    tk = random.randint(60000, 69999)
    body = """HotSOS Work Order Notification

Order #:        %d
Property:       Calloway Seaview Resort
Location:       Room 1204 - Bathroom
Issue:          ADA - grab bar loose (shower, back wall)
Priority:       HIGH - guest safety / ADA
Created:        10/02/2024 11:41 by ELENA.DUARTE
Assigned:       Engineering - Luis Paredes
Room status:    OOO until closed (inventory 1204 blocked 10/02-10/03)

Related orders: #%d (1206 - shower chair cracked leg, CLOSED 09/30), #%d (115 - roll-in shower drain slow, OPEN)

Reply "DONE %d" from a mobile device to close.
-- HotSOS Mobile | Do not reply to this address for support
""" % (tk, tk - 211, tk - 97, tk)
    send('clean', 'lookalike', '', 'HotSOS <hotsos-noreply@%s>' % GRP, 'Luis Paredes <luis.paredes@%s>' % GRP,
         'WO #%d HIGH Room 1204 ADA grab bar loose' % tk, body, d, cc=addr(ELENA),
         extra={'Auto-Submitted': 'auto-generated'})


def look_6():
    d1 = when(5, 20, 15, 15)
    d2 = later(d1, 60, 240)
    first = """Hi, for the Medtech Summit (Oct 14-17, Grand Lakeshore, BEO #GL-24-1107) our venue contract requires a certificate
of insurance naming Medtech Summit LLC as additional insured. Can you send one over? Thanks -- Rachel
"""
    body = """Hi Rachel,

Certificate attached. Details for your file:

  Named insured:       Calloway Harbour Hotels & Resorts, LLC and subsidiaries
  General liability:   Policy GL-48820117-24, Harborline Specialty Insurance Co., 01/01/2024-01/01/2025
                       $1,000,000 each occurrence / $2,000,000 aggregate
  Umbrella:            Policy UMB-90331-24, $25,000,000
  Workers comp:        Policy WC-7720-114-03, Keystone Mutual, statutory / $1M EL
  Certificate #:       COI-2024-05-0881
  Additional insured:  Medtech Summit LLC, as respects the event 10/14-10/17/2024

Let me know if your venue contract needs primary/non-contributory wording added.

Bettina Kraus
Risk & Claims Analyst | Calloway Harbour Hotels & Resorts
T (813) 555-0126

""" + quote(first, 'On %s, Rachel Onwuka <rachel@medtechsummit.org> wrote:' % fmt_on(d1)) + DISCLAIMER
    send('clean', 'lookalike', '', addr(BETTINA), 'Rachel Onwuka <rachel@medtechsummit.org>',
         'RE: COI for Medtech Summit Oct 14-17', body, d2, cc='GL Catering Sales <catering.lakeshore@%s>' % GRP,
         atts=[(pdf(['CERTIFICATE OF LIABILITY INSURANCE', 'Certificate No. COI-2024-05-0881',
                     'Insured: Calloway Harbour Hotels & Resorts, LLC', 'GL-48820117-24  Each Occurrence $1,000,000',
                     'UMB-90331-24  $25,000,000', 'WC-7720-114-03  Statutory',
                     'Additional Insured: Medtech Summit LLC (event 10/14-10/17/2024)'], 'COI'),
                'application/pdf', 'COI-2024-05-0881.pdf')])


def look_7():
    d = when(11, 12, 16, 5)
    body = """Bettina,

Schedule B (fee schedule) for the renewal, as discussed. These are the codes their billing service uses for
bill-back and for submitting to travel insurers. No changes to the modifiers.

  CPT     Description                                          2024      2025 (proposed)
  -----   ---------------------------------------------------  --------  ---------------
  99341   Home/residence visit, new, straightforward           $185.00   $195.00
  99342   Home/residence visit, new, low MDM                   $225.00   $240.00
  99344   Home/residence visit, new, moderate MDM              $265.00   $285.00
  99345   Home/residence visit, new, high MDM                  $425.00   $450.00
  99350   Home/residence visit, established, high MDM          $310.00   $330.00
  99050   Services after hours (add-on)                        $150.00   $160.00
  99056   Services at request of pt, outside office (add-on)   $ 75.00   $ 80.00
  12001   Simple repair superficial wound <=2.5 cm             $180.00   $190.00
  16020   Dressing/debridement of partial-thickness burn       $140.00   $150.00
  96372   Therapeutic injection, SC/IM                         $ 55.00   $ 60.00
  J0171   Adrenalin, epinephrine 0.1 mg                        $ 12.00   $ 14.00
  98016   Brief virtual check-in (new 2025)                    --        $ 95.00

Practice TIN 65-3098177, group NPI 1487726350. Mileage not billed inside 25 miles.

Nadia Pell | Office Manager | Marchetti Concierge Medicine
"""
    send('clean', 'lookalike', '', addr(MARCH_OFF), addr(BETTINA), 'Schedule B - fee schedule 2025', body, d,
         cc=addr(DANA))


# ================================================================ CLEAN: news
def news_1():
    d = when(6, 3, 7, 0)
    body = """GUEST SAFETY BULLETIN  |  June 2024  |  Calloway Harbour Hotels & Resorts

SUMMER IS HERE: HEAT AND WATER SAFETY

Last summer our properties logged 212 heat-related first aid calls and 38 pool rescues group-wide. Most heat calls
happened between 1 and 4 pm, and more than half involved guests who had been drinking alcohol in the sun. Pool
rescues most often involved children under 8 in the first hour after arrival, when families are still settling in.

What you can do this summer
  * Offer water. Every pool attendant cart now carries chilled water -- hand it out, don't wait to be asked.
  * Know the signs: heavy sweating or no sweating, confusion, headache, nausea, fast pulse. Move the person to shade,
    cool them down, call security. If they're confused or not sweating, call 911.
  * Watch the water, not the phone. Guards rotate every 20 minutes. If you're not a guard and you see a child alone in
    the water, tell a guard.
  * Check the wristbands: kids under 10 at the Reef get a green band at check-in. No adult nearby? Tell a guard.

Spotlight: Reef Aquatics
Ken Halvorsen's team completed 1,140 hours of in-service training this spring, and every guard passed their
unannounced audit from our aquatics consultant.

Reminder: AED locations changed at the Seaview (fitness center unit moved next to the elevator). Take a walk and
look.

Questions? guestsafety@callowayharbour.com
You are receiving this bulletin as a Calloway Harbour team member.
"""
    html = html_of(body).replace('<body style="', '<body style="background:#f4f1ea;')
    send('clean', 'news', '', 'Guest Safety & Risk <guestsafety@%s>' % GRP, 'All Team Members <allteam@%s>' % GRP,
         'Guest Safety Bulletin - June: heat & water safety', body, d, html=html,
         atts=[(png(160, 64, 'logo'), 'image/png', 'bulletin_header.png')])


def news_2():
    d = when(12, 4, 10, 30, EST)
    body = """COLLIER-SOLANA COUNTY DEPARTMENT OF HEALTH
Public Health Advisory for Lodging Establishments and Food Service Operators
Issued: December 4, 2024

Norovirus season: increased gastrointestinal illness activity

The Department is observing an increase in reports of acute gastrointestinal illness consistent with norovirus in
the county. Since November 1, 9 outbreaks have been reported in group settings (long-term care, schools, and
two lodging facilities), compared with 4 in the same period last year. No deaths have been reported.

Recommendations for hotels and resorts:
  1. Clean and disinfect high-touch surfaces (elevator buttons, door handles, fitness equipment) at least twice daily
     using an EPA-registered product effective against norovirus (List G).
  2. Vomit and diarrhea incidents in public areas: cordon off at least 25 feet, use a spill kit, wear gloves, mask
     and gown; disinfect with 1,000-5,000 ppm chlorine bleach solution.
  3. Exclude ill food workers for at least 48 hours after symptoms resolve.
  4. Report clusters of two or more guests with similar GI symptoms to the Epidemiology Program within 24 hours:
     (239) 555-0190, after hours (239) 555-0191.

Guidance documents and signage: see the Department's environmental health page.

This advisory is distributed to permitted establishments. Please share with your facility and food service managers.
"""
    send('clean', 'news', '', 'CSCDOH Environmental Health <envhealth.alerts@cscdoh-fl.org>', addr(RISK),
         'Public Health Advisory: norovirus activity - lodging establishments', body, d,
         atts=[(pdf(['PUBLIC HEALTH ADVISORY - NOROVIRUS', 'Lodging Establishments / Food Service',
                     'Issued 12/04/2024', '', 'See email for recommendations.'], 'Advisory'),
                'application/pdf', 'Advisory_Norovirus_Lodging_120424.pdf')])


def news_3():
    d = when(9, 16, 6, 15)
    body = """HOSPITALITY RISK QUARTERLY  -- Issue 38, Fall 2024
The newsletter of the Hospitality Risk & Safety Association

IN THIS ISSUE
  1. Slip-and-fall claims: what the 2023 data tell us
  2. Pool drain covers: compliance deadlines are closer than you think
  3. Guest medical emergencies and the "house doctor" model
  4. Member events

1. SLIP-AND-FALL CLAIMS
Our annual member benchmarking survey (214 properties, 61,000 rooms) found slip-and-fall incidents remain the single
largest driver of guest liability cost, accounting for 41%% of incurred losses in 2023. Median incurred cost per
claim rose 12%% to $38,400. The most common locations were pool decks (27%%), bathrooms (22%%) and entrances in wet
weather (18%%). Properties with a documented hourly floor-check program reported 30%% fewer claims per 10,000 room nights.

2. POOL DRAIN COVERS
Several states are updating their codes for main drain covers. Check your cover certification dates; covers typically
carry a 5-7 year service life from the manufacturer.

3. THE HOUSE DOCTOR MODEL
A growing number of resorts contract a physician practice for in-room visits. Our panel discussed the key contract
points: response times, who bills the guest, standing orders for emergency medications, and how to keep medical
information out of the property management system.

4. MEMBER EVENTS
  - Webinar: "Heat illness on property" -- Oct 10, 2 pm ET
  - Regional roundtable, Orlando -- Nov 6

Manage your subscription | hrsa-online.org
Hospitality Risk & Safety Association, 1400 Federal Way, Suite 220, Arlington VA 22202
"""
    body = body.replace('%%', '%')
    send('clean', 'news', '', 'Hospitality Risk Quarterly <newsletter@hrsa-online.org>', addr(DANA),
         'Hospitality Risk Quarterly - Fall 2024: slip-and-fall trends, drain covers, house doctors', body, d,
         html=html_of(body), extra={'List-Unsubscribe': '<https://hrsa-online.org/unsub?u=%s>' % hexs(16)})


def news_4():
    d = when(1, 16, 11, 0)
    body = """THE REEF SPA -- NEW FOR 2024

Find your calm by the water.

This season we're introducing three new rituals designed by our wellness team:

  OCEAN RESTORE (80 min, $245)  -- sea salt scrub, warm kelp wrap and a full-body massage with our reef-safe oils.
  MOTHER-TO-BE (60 min, $195)   -- a side-lying massage for expectant mothers in their second and third trimester,
                                   performed by therapists certified in prenatal massage.
  RECOVERY AFTER ADVENTURE (50 min, $165) -- targeted work for legs, back and shoulders after a day of paddling,
                                   tennis or golf.

Book any ritual before February 29 and enjoy complimentary access to the thermal suite and our new cold plunge.

Please let us know about any health conditions, pregnancy or recent surgery when booking so we can tailor your
treatment.

Reserve: (305) 555-0145 | spa.reef@callowayharbour.com

Calloway Reef Resort & Spa, 220 Reefwalk Drive, Port Sable, FL 33040
You're receiving this because you opted in to offers from Calloway Harbour Hotels & Resorts.
Unsubscribe | Privacy policy
"""
    send('clean', 'news', '', 'The Reef Spa <offers@email.%s>' % GRP, 'guest.subscriber@fastpost.com',
         'New at The Reef Spa: three rituals for 2024', body, d, html=html_of(body),
         extra={'List-Unsubscribe': '<mailto:unsubscribe@email.%s?subject=%s>' % (GRP, hexs(20))},
         atts=[(png(200, 80, 'logo'), 'image/png', 'reefspa_banner.png')])


def news_5():
    d = when(7, 25, 8, 0)
    body = """Calloway Harbour -- Risk Report, Q2 2024 (internal, for leadership)

Headlines
  - Guest incidents per 10k room nights: 11.8 (Q1 12.9, Q2 2023 13.4). Lowest Q2 in four years.
  - EMS transports: 47 group-wide, 19 from F&B outlets.
  - Pool rescues: 9, all at the Reef and Seaview, no fatalities, no hospital admissions.
  - Staff injuries (recordable): 14, lost-time 4. Top causes: lifting (5), cuts (4), slips (3).
  - New liability claims opened: 6; closed: 9. Incurred on open GL claims down 8% vs Q1.

What's working
  Hourly floor checks at GL's lobby cut slips there from 11 in Q1 to 3 in Q2. The Reef's second guard on the slide
  on weekends started in June.

Watch list
  Food allergy reactions in restaurants: 5 this quarter, 3 needed epinephrine. Culinary is rolling out a
  ticket flag and a verbal read-back at the pass in August.

Full committee deck on SharePoint: Risk > Committee > 2024 Q2.

Dana Whitcombe, Director, Guest Safety & Risk
"""
    send('clean', 'news', '', addr(DANA), 'Calloway Leadership <leadership@%s>' % GRP,
         'Risk Report Q2 2024 - highlights', body, d, html=html_of(body))


def news_6():
    d = when(10, 1, 12, 0, EST)
    body = """Cardiac Ready Hospitality | Live Webinar

"Minutes Matter: Building a Cardiac-Ready Resort"
Thursday, October 24 | 1:00 PM ET | 45 minutes + Q&A

Sudden cardiac arrest strikes more than 350,000 people outside hospitals in the U.S. every year, and survival
roughly doubles when bystanders start CPR and use an AED before EMS arrives. Hotels and resorts, with large
properties and guests who don't know the layout, face unique challenges.

Join our clinical director, Dr. Hannah Roth, and guest speaker Miguel Estrada (former security director,
Pacific Crest Resorts) to learn:
  - How to map AED placement for a 3-minute drone-to-patient time (yes, drones!)
  - Building a staff responder program that survives turnover
  - Maintenance tracking: pads, batteries, and the audit trail your insurer wants

Register: cardiacreadyhospitality.com/webinar-1024

Can't make it? Register anyway and we'll send the recording.

Cardiac Ready Hospitality, 55 Innovation Way, Suite 300, Raleigh NC 27601
Unsubscribe from webinar announcements
"""
    send('clean', 'news', '', 'Cardiac Ready Hospitality <events@cardiacreadyhospitality.com>', addr(DANA),
         'Webinar 10/24: Minutes Matter - building a cardiac-ready resort', body, d, html=html_of(body))


# ================================================================ CLEAN: staff
def staff_1():
    d = when(7, 5, 17, 40)
    guards = [('Tobi Oduya', 'LGI', '03/2025'), ('Danny Whitmore', 'LG', '06/2025'), ('Kiara Alvarez', 'LG', '11/2024'),
              ('David Chen', 'LG/WSI', '02/2026'), ('Maddie Greer', 'LG', '05/2025'), ('Sam Petrakis', 'LG', '08/2025'),
              ('Luz Figueroa', 'LG', '04/2026')]
    days = ['Mon 7/8', 'Tue 7/9', 'Wed 7/10', 'Thu 7/11', 'Fri 7/12', 'Sat 7/13', 'Sun 7/14']
    shifts = ['9-5', '11-7', 'OFF', '9-5', '11-7', '12-8']
    lines = ['%-16s %-7s %-8s' % ('Guard', 'Cert', 'Exp') + ''.join('%-10s' % x for x in days)]
    for n, c, e in guards:
        lines.append('%-16s %-7s %-8s' % (n, c, e) + ''.join('%-10s' % random.choice(shifts) for _ in days))
    body = """Team,

Schedule for next week below and posted in the guard room. Sat 7/13 we have the Wellington wedding on the lawn, so
the Lagoon closes at 5 and Adult pool stays open til 8 -- that's why there are more 12-8s.

Kiara, your Red Cross LG cert expires in November, please sign up for the October recert at the Seaview.

%s

Trades need my approval by Thursday. Don't trade into a double.

Ken
""" % '\n'.join(lines)
    send('clean', 'staff', '', addr(KEN), 'Reef Lifeguards <reef.lifeguards@%s>' % GRP, 'Guard schedule 7/8-7/14',
         body, d)


def staff_2():
    d = when(10, 28, 15, 0)
    rows = [
        ('Fri 11/1', 'Carmen Ybarra', 'Marcus Oyelaran', 'Priya Venkataraman'),
        ('Sat 11/2', 'Andre Baptiste*', 'Dasha Petrov', 'Carmen Ybarra'),
        ('Sun 11/3', 'Priya Venkataraman', 'Marcus Oyelaran', 'Elena Duarte'),
        ('Fri 11/8', 'Carmen Ybarra', 'Ramon Estevez', 'Priya Venkataraman'),
        ('Sat 11/9', 'Rafael Quintero*', 'Dasha Petrov', 'Carmen Ybarra'),
        ('Sun 11/10', 'Elena Duarte', 'Marcus Oyelaran', 'Priya Venkataraman'),
        ('Fri 11/15', 'Priya Venkataraman', 'Ramon Estevez', 'Carmen Ybarra'),
        ('Sat 11/16', 'Carmen Ybarra', 'Marcus Oyelaran', 'Rafael Quintero'),
        ('Sun 11/17', 'Andre Baptiste*', 'Dasha Petrov', 'Elena Duarte'),
    ]
    t = '%-11s| %-22s| %-20s| %s\n' % ('Date', 'MOD (on property)', 'Security on-call', 'Backup MOD')
    t += '-' * 11 + '+' + '-' * 23 + '+' + '-' * 21 + '+' + '-' * 20 + '\n'
    t += ''.join('%-11s| %-22s| %-20s| %s\n' % r for r in rows)
    body = """Hi all,

November weekend MOD / on-call rotation for the Seaview. * = first MOD weekend, please shadow Carmen on Friday
evening beforehand.

%s
On-call phone: (239) 555-0199 (forward it to your cell at 5 pm Friday, back to the desk at 8 am Monday).
MOD room is 1901 as usual, keys at the desk.

Swaps: email me and copy the person you're swapping with.

Marcus
""" % t
    send('clean', 'staff', '', addr(MARCUS), 'Seaview MOD Rotation <seaview.mod@%s>' % GRP, 'November MOD / on-call rotation',
         body, d, html=html_of(body))


def staff_3():
    d = when(3, 14, 12, 10)
    body = """Security and overnight Front Office team members,

Effective with the pay period beginning Sunday, March 24, 2024, the overnight shift differential for Security
Officers, Night Auditors and Overnight Guest Service Agents increases from $1.50 to $2.25 per hour for all hours
worked between 11:00 PM and 7:00 AM.

A few reminders:
  - The differential shows on your pay stub as "NSD" (earning code 0215).
  - It applies to training hours and hours worked on MOD nights.
  - PTO payouts are calculated at base rate, not including the differential.

Questions about your pay stub: payroll@callowayharbour.com or Payroll Connect (ext. 5100).

Thank you for keeping our guests safe overnight.

Calloway Harbour Payroll & Human Resources
"""
    send('clean', 'staff', '', 'Calloway Payroll <payroll@%s>' % GRP, 'Overnight Team Members <overnight-all@%s>' % GRP,
         'Overnight shift differential increase eff. 3/24', body, d, cc=addr(HR_SV))


def staff_4():
    d = when(8, 12, 10, 5)
    body = """Hey team!!

This Friday (8/16) marks TEN YEARS since Marcus walked into the Seaview as an overnight security officer. A decade,
two hurricanes, one very memorable New Year's Eve and more than a few 3 am calls later, he runs the whole show.

We're doing a potluck in the security office break room Friday 2-4 pm. Sign-up sheet is on the fridge -- so far we
have 4 mac and cheeses, please somebody bring a vegetable. Chef Armand is doing the cake (shhh).

Card is going around in an envelope at the desk, sign it and pass it on. If you want to chip in for the gift, see
Dasha -- $5-10, whatever you can.

Let's keep it a surprise!

Carmen 🎉
"""
    send('clean', 'staff', '', addr(CARMEN), 'Seaview Security & FO Team <seaview.secfo@%s>' % GRP,
         'SHHH - Marcus 10 yr potluck Fri 8/16', body, d)


def staff_5():
    d = when(5, 24, 9, 0)
    body = """Hi all,

A heads-up that Priya will be on leave from Monday, June 3 through Friday, June 21, returning Monday, June 24.

While she's out:
  - Guest relations escalations and VIP arrivals: Carmen Ybarra (ext. 4402)
  - Guest letters, online reviews and comp approvals up to $500: Felix Anand is helping from GL remotely
  - Anything over $500 or involving Risk: me

Please don't contact Priya during her leave. Her out-of-office will point people to Carmen.

Thanks,
Sofia

Sofia Lindqvist
General Manager
""" + DISC_SHORT
    send('clean', 'staff', '', addr(SOFIA), ['Seaview Department Heads <seaview.dh@%s>' % GRP],
         'Coverage while Priya is out 6/3-6/21', body, d, cc=[addr(CARMEN), addr(FELIX)])


def staff_6():
    d = when(2, 2, 13, 25)
    rows = [['Employee', 'Emp ID', 'Dept', 'Property', 'Certification', 'Cert #', 'Issued', 'Expires', 'Instructor']]
    staff = [('Marcus Oyelaran', 'Security', 'SV'), ('Dasha Petrov', 'Security', 'SV'), ('Ramon Estevez', 'Security', 'GL'),
             ('Owen Mbeki', 'Security', 'RF'), ('Tobi Oduya', 'Aquatics', 'RF'), ('Danny Whitmore', 'Aquatics', 'RF'),
             ('Kiara Alvarez', 'Aquatics', 'RF'), ('Maya Torres', 'Spa', 'RF'), ('Jess Ortega', 'Kids Club', 'RF'),
             ('Carmen Ybarra', 'Front Office', 'SV'), ('Bree Kowalski', 'Security', 'GL'), ('Devin Starkweather', 'Front Office', 'PL')]
    for n, dept, prop in staff:
        cert = random.choice(['Adult & Pediatric First Aid/CPR/AED', 'BLS Provider', 'Lifeguarding w/ CPR/AED', 'Stop the Bleed'])
        iss = datetime(2023, random.randint(1, 12), random.randint(1, 28))
        rows.append([n, digits(5), dept, prop, cert, 'ARC-' + b62(6).upper(), iss.strftime('%m/%d/%Y'),
                     iss.replace(year=2025).strftime('%m/%d/%Y'), random.choice(['D. Chen', 'K. Halvorsen', 'Red Cross - Tampa'])])
    body = """Renee,

Updated first aid / CPR certification roster for the responder program is attached (12 people, group-wide). Three
expire before June -- I've highlighted them in the notes and asked their managers to register them for the April
class. This roster replaces the one on the shared drive.

Dana
"""
    send('clean', 'staff', '', addr(DANA), addr(RENEE), 'Responder cert roster - Feb update', body, d,
         atts=[(xlsx(rows, 'Certs'), XLSX_T, 'Responder_Cert_Roster_2024-02.xlsx')])


def staff_7():
    d = when(11, 6, 14, 30, CT)
    body = """Bree, Tomasz,

Good news -- Nathaniel Osei accepted the overnight Security Officer offer and starts Monday 11/18. Background check
and drug screen cleared yesterday, I-9 docs will be done at orientation.

Week 1:
  Mon 11/18  8:30-4:30  New hire orientation (HR, Training Room B) -- day shift for orientation only
  Tue 11/19  8:30-4:30  Security SOPs, SafeStay, radio protocol with Bree
  Wed 11/20  off
  Thu 11/21  11p-7a     Shadow Bree
  Fri 11/22  11p-7a     Shadow Ramon
First aid/CPR/AED class is booked for 12/3 at the Seaview (GL doesn't have one until January).

Uniform: jacket L, pants 34x32, shoes 11 -- Bree, can you put the order in with Cintas?

Badge photo at orientation. Radio and keys to be issued by you on Thursday.

Thanks!
Lauren Pike
Talent Acquisition | Calloway Grand Lakeshore
"""
    send('clean', 'staff', '', 'Lauren Pike <lauren.pike@%s>' % GRP, ['Bree Kowalski <bree.kowalski@%s>' % GRP, addr(TOMASZ)],
         'New hire - Nathaniel Osei - overnight security - start 11/18', body, d)


# ================================================================ CLEAN: training
def train_1():
    d = when(4, 8, 10, 0)
    body = """Reef Security & Aquatics Leads,

Tabletop exercise for Thursday 4/11, 2-3:30 pm, Reef conference room B. Please read the scenario ahead of time -- it's
fictional, based loosely on several real calls from other resorts. We'll walk through it injects one at a time.

SCENARIO: "Saturday at the Lagoon"
  13:55  A guard whistles: an adult male guest ("Guest A", fictional, mid-60s) is face down at the edge of the
         Lagoon pool near the steps. Pool is at capacity. Temperature 92F.
  Inject 1: Guest A is removed from the water, not breathing normally. Who calls 911? Who gets the AED? Who clears
            the pool? Who meets EMS at the service drive and walks them in?
  Inject 2: A family member arrives, very upset, and starts filming staff. Another guest says Guest A had been drinking
            at the swim-up bar since 11.
  Inject 3: EMS transports Guest A. A reporter calls the front desk 40 minutes later.
  Inject 4: Next morning, the family asks for "all the video" and the bar receipts.

Discussion points: roles and radio codes, scene control, preserving evidence (CCTV, bar tabs, guard logs), what we
say and don't say to other guests and the media, documentation in SafeStay, notifying Risk.

Bring your radio code cards and the Emergency Action Plan binder.

Owen
"""
    send('clean', 'training', '', addr(OWEN), ['Reef Security Leads <reef.secleads@%s>' % GRP, addr(KEN)],
         'Tabletop exercise Thu 4/11 - scenario (please read)', body, d, cc=addr(SOFIA))


def train_2():
    d = when(5, 6, 9, 10)
    body = """Incident Report Writing -- Knowledge Check (Module 3)
Calloway Harbour Security Academy

Answer key is at the bottom for facilitators -- remove it before printing for participants.

1. Which of the following belongs in an incident report?
   a) "The guest was obviously drunk."
   b) "The guest was slurring words, unsteady, and said he had 'a few beers'."
   c) "The guest is an alcoholic."
2. True or False: You should include the guest's diagnosis from the hospital in the SafeStay report.
3. A guest refuses EMS. What two things must be documented?
4. Where do medical documents (ER paperwork, doctor's notes) that a guest hands you go?
   a) Attached in SafeStay  b) In the incident binder  c) Sealed envelope to Risk, not attached anywhere else
5. Rewrite this sentence objectively: "The lifeguard wasn't paying attention."
6. Sample narrative (fictional): "At 14:10 Officer Test responded to the Adult pool for a report of a guest with a cut
   foot. Guest (SAMPLE GUEST, Rm 0000) was seated on a lounger..." -- list 3 things missing from this narrative.

------------------------------------------------------------
ANSWER KEY
1. b   2. False -- record what you observed and what care was given; Risk obtains medical records separately.
3. That EMS was offered (and by whom) and the signed refusal form, with witness.   4. c
5. e.g. "The lifeguard on stand 2 was facing the deck, not the water, at 14:06 (per CCTV)."
6. e.g. time of call vs arrival, who reported it, what care was given, whether the area was inspected, witness names.
"""
    send('clean', 'training', '', 'Calloway Security Academy <academy@%s>' % GRP, 'Security Trainers <sec.trainers@%s>' % GRP,
         'Module 3 knowledge check - incident report writing', body, d,
         atts=[(body, 'text/plain', 'Module3_KnowledgeCheck_v2.txt')])


def train_3():
    d = when(2, 15, 15, 45)
    body = """Hi all -- UAT for SafeStay v4.12 starts Monday in the TRAINING environment (https://safestay-uat.callowayharbour.com).
Please DO NOT enter real guests. Use only the test records below, run your scripts, and log results in the UAT
tracker.

TEST RECORDS (all fictitious -- preloaded in UAT)
  ID      Name                 DOB          Room   Type
  T-0001  TEST, GUESTONE       01/01/1900   9999   Guest
  T-0002  TEST, GUESTTWO       02/02/1902   9998   Guest (minor flag)
  T-0003  ZZTEST, EMPLOYEE     03/03/1903   n/a    Employee
  T-0004  SAMPLE, VENDOR       04/04/1904   n/a    Contractor

SCRIPT UAT-07: EMS transport fields
  1. Log in as a Security Officer (uat.officer1 / provided separately).
  2. New incident > Guest Injury > Slip/Trip/Fall. Injured party: T-0001.
  3. Body part: "left ankle"; care given: "ice pack"; EMS called = Yes; transported = Yes; destination = "TEST HOSPITAL".
  4. Save. EXPECTED: incident ID format INC-XX-2024-NNNNN; notification email to uat-risk@ within 1 min;
     destination field does NOT appear in the notification body.
  5. Attach test file "sample_form.pdf". EXPECTED: attachment restricted to Risk role.
  6. Log in as Risk Analyst, open the incident, close it. EXPECTED: status CLOSED, audit trail shows both users.

SCRIPT UAT-08: minor flag
  1. New incident with T-0002 as injured party. EXPECTED: "Parent/guardian notified" becomes a required field.

Thanks,
Priyanka Rao
Business Analyst, Guest Systems | Calloway Harbour IT
"""
    send('clean', 'training', '', 'Priyanka Rao <priyanka.rao@%s>' % GRP, 'SafeStay UAT Testers <safestay-uat@%s>' % GRP,
         'SafeStay v4.12 UAT - test records & scripts UAT-07/08', body, d, cc=addr(DANA))


def train_4():
    d = when(10, 15, 11, 20)
    body = """Case study for Wednesday's manager-on-duty training. Details have been changed and all identifying information
removed -- please don't try to figure out who it was.

CASE: The late-night room call
A guest in their 60s, traveling alone, called the front desk at 1:30 am saying they "didn't feel right" and asked for
a glass of milk. The overnight agent sent room service. The server found the guest sitting on the floor by the door,
speaking slowly, and unable to stand up. The server called the desk and the desk called security; security called
911 at 1:52. EMS arrived at 2:04.

Questions for discussion
  1. Where was the first missed opportunity? What should the agent have done at 1:30?
  2. What should the server have done on finding the guest?
  3. Who should be notified (inside and outside the company), and in what order?
  4. The guest's family calls the next morning asking what happened. What can the MOD share?
  5. What, if anything, goes in the property management system?

Takeaway: "didn't feel right" at 1:30 am is a welfare call, not a room service order. When in doubt, send security
and call the house physician or 911.

Dana
"""
    send('clean', 'training', '', addr(DANA), 'MOD Training Cohort <mod.training@%s>' % GRP,
         'Case study for Wed MOD training', body, d, html=html_of(body))


def train_5():
    d = when(3, 1, 8, 30)
    uid = '%s@%s' % (hexs(20), GRP)
    ics = """BEGIN:VCALENDAR
PRODID:-//Calloway Harbour//Training Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:%s
DTSTAMP:20240301T133000Z
DTSTART:20240319T130000Z
DTEND:20240319T170000Z
SUMMARY:First Responder Refresher (CPR/AED\\, anaphylaxis\\, bleeding control)
LOCATION:Calloway Seaview - Palm Ballroom C
DESCRIPTION:Bring your current card. Wear clothes you can kneel in. Manikins and trainer AEDs provided.
END:VEVENT
END:VCALENDAR
""" % uid
    body = """Responders -- the spring refresher is on Tuesday 3/19, 9 am - 1 pm, Palm Ballroom C at the Seaview. Calendar hold
attached.

Agenda
  9:00   Adult/child/infant CPR, high-quality compressions (we'll use the feedback manikins)
  10:00  AED: pad placement, wet surfaces, pacemaker bumps, pediatric pads
  10:45  Break
  11:00  Anaphylaxis: recognizing it, using an epinephrine auto-injector (trainer devices), when to give a second dose
  11:45  Bleeding control: direct pressure, packing, tourniquets
  12:30  Scenarios at the pool deck (weather permitting)

Refresher counts toward your annual hours and renews your Stop the Bleed card. Lunch provided -- tell us about dietary
needs by 3/12.

Calloway Security Academy
"""
    send('clean', 'training', '', 'Calloway Security Academy <academy@%s>' % GRP, 'Responder Program <responders@%s>' % GRP,
         'First Responder Refresher 3/19 - agenda + calendar hold', body, d,
         atts=[(ics, 'text/calendar', 'Responder_Refresher_0319.ics')])


def train_6():
    d = when(6, 20, 14, 5)
    form = ['*** SAMPLE - FOR TRAINING ONLY - FICTITIOUS DATA ***', '',
            'CALLOWAY HARBOUR HOTELS & RESORTS -- INCIDENT REPORT (FORM CH-RSK-01)', '',
            'Incident #: SAMPLE-0000            Property: Any Resort (training)',
            'Date/time of incident: 01/01/2099 12:00     Reported: 01/01/2099 12:05',
            'Location: Pool deck (example)', '',
            'Injured party: Jane Sample (fictitious)   Guest [X]  Employee [ ]  Visitor [ ]',
            'Room: 0000          Phone: (000) 000-0000', '',
            'Description (what you saw, not what you think):',
            '  Jane Sample was walking from the towel hut toward the pool and slipped near the drain.',
            '  She stated "my wrist hurts". No visible bleeding.', '',
            'Care given: ice pack applied 12:07. EMS offered at 12:08 -- refused, form signed, witnessed.',
            'Area condition: deck wet near drain, no wet-floor sign present. Photos: 3.',
            'Witnesses: John Example (fictitious), Rm 0001', '',
            'Report completed by: Officer Trainee        Reviewed by: Supervisor Trainee']
    body = """Trainers,

Here's the filled-in SAMPLE incident report we'll hand out in Module 2 (fictitious data -- Jane Sample / John
Example). Everyone should print it double-sided with the blank form on the back.

Note the deliberate mistake in the "care given" line (no time for the refusal witness signature) -- participants
should catch it.

Academy
"""
    send('clean', 'training', '', 'Calloway Security Academy <academy@%s>' % GRP, 'Security Trainers <sec.trainers@%s>' % GRP,
         'Module 2 handout - SAMPLE filled incident report', body, d,
         atts=[(pdf(form, 'SAMPLE incident report'), 'application/pdf', 'SAMPLE_IncidentReport_CH-RSK-01.pdf')])


# ================================================================ main
ORDER = [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8,
         ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8,
         lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8,
         lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7,
         names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8,
         self_1, self_2, self_3, self_4, self_5, self_6, self_7,
         struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7,
         admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7,
         look_1, look_2, look_3, look_4, look_5, look_6, look_7,
         news_1, news_2, news_3, news_4, news_5, news_6,
         staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7,
         train_1, train_2, train_3, train_4, train_5, train_6]


def main():
    for fn in ORDER:
        fn()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in ROWS:
            w.writerow(r)
    total = 0
    for (label, kind), n in sorted(COUNTS.items()):
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)


if __name__ == '__main__':
    main()
