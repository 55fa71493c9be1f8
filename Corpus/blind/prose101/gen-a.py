#!/usr/bin/env python3
"""Blind evaluation mail set: insulin-pump / CGM manufacturer patient support centre.

Run: python3 gen.py OUTDIR
Standard library only, deterministic (random.seed(SEED)).
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime, unicodedata
from collections import OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, formataddr

SEED = 10101
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

# ---------------------------------------------------------------- basics
TD = datetime.timedelta
TZ = {'ET': datetime.timezone(TD(hours=-4)), 'CT': datetime.timezone(TD(hours=-5)),
      'MT': datetime.timezone(TD(hours=-6)), 'PT': datetime.timezone(TD(hours=-7))}
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def rdate(start=(2025, 1, 6), end=(2025, 11, 21), tz=None, hours=(7, 19)):
    s = datetime.date(*start)
    e = datetime.date(*end)
    d = s + TD(days=random.randint(0, (e - s).days))
    if d.weekday() >= 5 and random.random() < 0.75:
        d += TD(days=7 - d.weekday())
    h = random.randint(*hours)
    m = random.randint(0, 59)
    sec = random.randint(0, 59)
    return datetime.datetime(d.year, d.month, d.day, h, m, sec,
                             tzinfo=tz or TZ[random.choice(['ET', 'ET', 'CT', 'CT', 'MT', 'PT'])])


def before(dt, lo_min=20, hi_min=60 * 30):
    return dt - TD(minutes=random.randint(lo_min, hi_min))


def after(dt, lo_min=20, hi_min=60 * 30):
    r = dt + TD(minutes=random.randint(lo_min, hi_min))
    if r.hour < 6:
        r = r.replace(hour=random.randint(6, 8))
    return r


def h12(dt):
    h = dt.hour % 12 or 12
    return '%d:%02d %s' % (h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def gmail_date(dt):   # "Tue, Mar 4, 2025 at 9:12 AM"
    return '%s, %s %d, %d at %s' % (DAYS[dt.weekday()][:3], MONTHS[dt.month - 1][:3], dt.day, dt.year, h12(dt))


def outlook_date(dt):  # "Tuesday, March 4, 2025 9:12 AM"
    return '%s, %s %d, %d %s' % (DAYS[dt.weekday()], MONTHS[dt.month - 1], dt.day, dt.year, h12(dt))


def mdy(d, sep='/', pad=True, yy=False):
    y = d.year % 100 if yy else d.year
    if pad:
        return '%02d%s%02d%s%s' % (d.month, sep, d.day, sep, ('%02d' % y) if yy else y)
    return '%d%s%d%s%s' % (d.month, sep, d.day, sep, ('%02d' % y) if yy else y)


def dob(min_age, max_age, ref=datetime.date(2025, 6, 1)):
    days = random.randint(int(min_age * 365.25), int(max_age * 365.25))
    return ref - TD(days=days)


def age_on(d, ref=datetime.date(2025, 6, 1)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def digits(n, first_nonzero=True):
    s = str(random.randint(1, 9)) if first_nonzero else str(random.randint(0, 9))
    return s + ''.join(str(random.randint(0, 9)) for _ in range(n - 1))


def letters(n, alphabet='ABCDEFGHJKLMNPQRSTUVWXYZ'):
    return ''.join(random.choice(alphabet) for _ in range(n))


AREA = ['614', '740', '937', '513', '414', '262', '319', '563', '601', '769', '813', '727',
        '303', '720', '919', '984', '336', '704', '317', '502', '615', '412', '216', '608']


def phone(area=None, style=0):
    a = area or random.choice(AREA)
    x = str(random.randint(201, 989))
    n = '%04d' % random.randint(0, 9999)
    return ['(%s) %s-%s' % (a, x, n), '%s-%s-%s' % (a, x, n), '%s.%s.%s' % (a, x, n),
            '%s%s%s' % (a, x, n)][style]


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip('\n').split('\n'))


def msgid(domain):
    return '<%s.%s@%s>' % ('%016X' % random.getrandbits(64), digits(6), domain)


# ---------------------------------------------------------------- names
F_NAMES = ['Maria', 'Jennifer', 'Aisha', 'Linh', 'Priya', 'Rachel', 'Keisha', 'Olga', 'Fatima', 'Grace',
           'Hannah', 'Sofia', 'Mei', 'Danielle', 'Rosa', 'Tamika', 'Yuki', 'Carmen', 'Leah', 'Nadia',
           'Brianna', 'Colleen', 'Esperanza', 'Ngozi', 'Ji-woo', 'Ana', 'Marisol', 'Heather', 'Shanice',
           'Dorota', 'Lorraine', 'Tanya', 'Yolanda', 'Bethany', 'Whitney', 'Deborah', 'Kimberly', 'Lucia',
           'Amira', 'Farrah', 'Jolene', 'Renee', 'Megan', 'Courtney', 'Adaeze', 'Thuy', 'Svetlana', 'Paula']
M_NAMES = ['James', 'Carlos', 'Tomas', 'Darnell', 'Minh', 'Rahul', 'Kevin', 'Andre', 'Dmitri', 'Samuel',
           'Omar', 'Jerome', 'Gerald', 'Harold', 'Wesley', 'Luis', 'Trevor', 'Bryce', 'Marcus', 'Hector',
           'Jamal', 'Patrick', 'Raymond', 'Eugene', 'Nikolai', 'Kwame', 'Duc', 'Joaquin', 'Russell',
           'Terrence', 'Vincent', 'Dale', 'Brandon', 'Ahmed', 'Chinedu', 'Jae-hyun', 'Felipe', 'Curtis']
KID_M = ['Mateo', 'Aiden', 'Eli', 'Jaylen', 'Liam', 'Noah', 'Caleb', 'Ezra', 'Owen', 'Bryson', 'Declan',
         'Malik', 'Xavier', 'Gavin', 'Emmett']
KID_F = ['Zoe', 'Maddie', 'Ava', 'Chloe', 'Isabella', 'Harper', 'Nia', 'Lily', 'Kenzie', 'Amara', 'Sadie',
         'Ivy', 'Layla', 'Rylee', 'Josie']
KID_NAMES = KID_M + KID_F
L_NAMES = ['Nguyen', 'Okafor', 'Rivera', 'Abernathy', 'Kowalski', 'Patel', 'Washington', 'Delacroix',
           'Hernandez', 'Kimura', 'Brooks', 'Fitch', 'Beckett', 'Whitfield', 'Pierce', 'Navarro', 'Parrish',
           'Okonkwo', 'Lindqvist', 'Tran', 'Castellanos', 'Moreau', 'Haddad', 'Petrov', 'Oyelaran',
           'McAllister', 'Dubois', 'Yamamoto', 'Ferreira', 'Villanueva', 'Greenberg', 'Schaefer',
           'Nakamura', 'Ruiz', 'Jovanovic', 'Albright', 'Thibodeaux', 'Mensah', 'Lowry', 'Carrillo',
           'Stratton', 'Bianchi', 'Holloway', 'Quintero', 'Eriksen', 'Gallagher', 'Ortega', 'Whitcomb',
           'Pruitt', 'Salazar', 'Kaminski', 'Vance', 'Odom', 'Chaudhry', 'Reyes', 'Lachance', 'Boateng',
           'Harlan', 'Szabo', 'Underwood', 'Mercado', 'Tolliver', 'Ashby', 'Crowder', 'Fontaine', 'Iverson']
_used = {('Ahmed', 'Haddad'), ('Jianguo', 'Wang'), ('Juliana', 'Ferreira'), ('Svetlana', 'Sokolova'),
         ('Jae-hyun', 'Kim'), ('Thu', 'Tran'), ('Rose-Marie', 'Jean-Baptiste'), ('Gabriel', 'Ferreira')}


def pick_name(pool=None, last=None):
    for _ in range(500):
        f = random.choice(pool or (F_NAMES + M_NAMES))
        l = last or random.choice(L_NAMES)
        if (f, l) not in _used:
            _used.add((f, l))
            return f, l
    return f, l


def _ascii(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')


class P:
    def __init__(self, first, last, domain='example.com', style=None, email=None, title=None, ph=None):
        self.first, self.last = first, last
        self.title = title
        self.phone = ph or phone()
        if email:
            self.email = email
        else:
            f = _ascii(first).lower().replace('-', '').replace(' ', '')
            l = _ascii(last).lower().replace('-', '').replace(' ', '').replace("'", '')
            style = random.randint(0, 4) if style is None else style
            local = [f + '.' + l, f[0] + l, f + l[0], f + '_' + l + str(random.randint(1, 99)),
                     l + f[0] + str(random.randint(10, 99))][style]
            self.email = local + '@' + domain

    @property
    def name(self):
        return '%s %s' % (self.first, self.last)

    @property
    def addr(self):
        return formataddr((self.name, self.email))

    @property
    def lf(self):
        return '%s, %s' % (self.last, self.first)


def person(domain, pool=None, style=None, title=None, last=None):
    f, l = pick_name(pool, last)
    return P(f, l, domain, style=style, title=title)


PERSONAL = ['rivermail.com', 'quikpost.net', 'homeinbox.net', 'mailcloud-us.com', 'bluemarble.net',
            'pinebox.net', 'tidewatermail.com', 'northstarisp.net', 'hearthmail.com']

# ---------------------------------------------------------------- organisation
CO = 'Aurelle Medical'
DOM = 'aurellemed.com'
CO_ADDR = '3150 Kestrel Park Drive, Suite 200, Durham, NC 27703'
SUPPORT_LINE = '1-877-428-7355'
SUPPORT = P('Aurelle', 'Customer Care', email='care@' + DOM)
NOREPLY = P('Aurelle', 'CaseDesk', email='casedesk-noreply@' + DOM)
PUMP = 'Aurelle Glide'
CGM = 'Aurelle Sense 3'
APP = 'Aurelle Link'
PORTAL = 'Aurelle Insight'
ALGO = 'SmartLoop'

CLINICS = [
    dict(name="Northgate Children's Endocrinology", dom='northgatepeds.org', city='Columbus, OH',
         street='2200 Ridgeview Blvd, Suite 410', zip='43215', area='614'),
    dict(name='Lakeshore Endocrine Associates', dom='lakeshoreendo.com', city='Milwaukee, WI',
         street='901 N Harbor Ave, 3rd Floor', zip='53202', area='414'),
    dict(name='Cedar Valley Diabetes & Metabolism Center', dom='cedarvalleydiabetes.org',
         city='Cedar Rapids, IA', street='1450 Alder Creek Rd NE', zip='52402', area='319'),
    dict(name='Magnolia Health Partners - Endocrinology', dom='magnoliahp.net', city='Jackson, MS',
         street='515 Lakeland Terrace, Bldg B', zip='39216', area='601'),
    dict(name='Bayfront Pediatric Diabetes Program', dom='bayfrontchildrens.org', city='Tampa, FL',
         street='33 Channelside Medical Plaza', zip='33602', area='813'),
    dict(name='Summit Ridge Internal Medicine & Endocrine', dom='summitridgemed.com', city='Denver, CO',
         street='7801 E Quarry Way, Suite 120', zip='80230', area='303'),
]
PAYERS = [
    dict(name='Bluecrest Health Plan', dom='bluecresthp.com', pfx='BCH'),
    dict(name='Keystone Unity Health', dom='keystoneunity.com', pfx='KUH'),
    dict(name='Pinnacle Care Medicaid', dom='pinnaclecaremcd.org', pfx='PCM'),
    dict(name='Everfield Benefit Administrators', dom='everfieldba.com', pfx='EFB'),
]
DME = dict(name='MedRoute Supply', dom='medroutesupply.com')

STREETS = ['Birch Hollow Rd', 'Oak Ct', 'Maple Ridge Dr', 'W Fairview Ave', 'Cobblestone Ln', 'Sycamore St',
           'Lakeview Terrace', 'Pecan Grove Dr', 'Wren Hill Rd', 'Juniper Way', 'N Cedar St',
           'Foxglove Cir', 'Old Mill Rd', 'Harmon Ave', 'Bluebonnet Trl', 'E 14th St']
CITIES = [('Westerville', 'OH', '43081'), ('Grove City', 'OH', '43123'), ('Waukesha', 'WI', '53186'),
          ('Marion', 'IA', '52302'), ('Brandon', 'MS', '39042'), ('Clearwater', 'FL', '33755'),
          ('Aurora', 'CO', '80012'), ('Lancaster', 'OH', '43130'), ('Racine', 'WI', '53403'),
          ('Ridgeland', 'MS', '39157'), ('Brandon', 'FL', '33511'), ('Lakewood', 'CO', '80226'),
          ('Cary', 'NC', '27519'), ('Louisville', 'KY', '40207')]


def street_addr():
    return '%d %s' % (random.randint(12, 9890), random.choice(STREETS))


def city_line():
    c = random.choice(CITIES)
    return '%s, %s %s' % c


# ---------------------------------------------------------------- identifiers
def case_no():
    return '0' + digits(7)


def complaint_no(year=2025):
    return 'CMP-%d-%06d' % (year, random.randint(1000, 99999))


def pump_sn():
    return 'AG2-%07d' % random.randint(1000000, 1999999)


def sensor_sn():
    return '3S' + letters(2) + digits(6)


def sensor_lot():
    return 'SL%s%04d' % (random.choice(['24', '25']), random.randint(100, 9999))


def acct_no():
    return '10' + digits(8, False)


def member_id(pfx):
    return pfx + digits(9)


def mrn():
    return '00' + digits(6)


def mbi():
    a = 'ACDEFGHJKMNPQRTUVWXY'
    return '%d%s%s%d-%s%s%d-%s%s%d%d' % (
        random.randint(1, 9), random.choice(a), random.choice(a + '0123456789'), random.randint(0, 9),
        random.choice(a), random.choice(a + '0123456789'), random.randint(0, 9),
        random.choice(a), random.choice(a), random.randint(0, 9), random.randint(0, 9))


def npi():
    return '1' + digits(9, False)


def ssn():
    return '%03d-%02d-%04d' % (random.randint(100, 665), random.randint(10, 99), random.randint(1000, 9999))


def tracking():
    return '1Z' + letters(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + digits(3, False) + letters(2, '0123456789') + digits(8, False)


# ---------------------------------------------------------------- attachment builders
ZDATE = (2025, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def make_xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith('**')
        t = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % ''.join(body))
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


def make_pdf(lines, size=10):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    lead = size + 3
    parts = ['BT /F1 %d Tf 54 770 Td %d TL' % (size, lead)]
    for l in lines:
        parts.append('(%s) \'' % esc(l))
    parts.append('ET')
    stream = '\n'.join(parts).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream']
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def _png(w, h, rows, color_type):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, color_type, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_logo_png(w=180, h=48, rgb=(0, 122, 135)):
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            # a filled circle on the left and a bar on the right
            in_c = (x - 24) ** 2 + (y - 24) ** 2 <= 18 ** 2
            in_b = 52 <= x <= 170 and 18 <= y <= 30
            r += bytes(rgb) if (in_c or in_b) else b'\xff\xff\xff'
        rows.append(bytes(r))
    return _png(w, h, rows, 2)


def make_blank_scan_png(w=425, h=550):
    rows = []
    for y in range(h):
        v = 250 if 20 < y < h - 20 else 236
        rows.append(bytes([v]) * w)
    return _png(w, h, rows, 0)


def make_ics(summary, start, minutes, location, organizer, attendees, description='', uid=None):
    def f(dt):
        return dt.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    end = start + TD(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Aurelle Medical//FieldCal 4.2//EN', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % (uid or ('%016x@%s' % (random.getrandbits(64), DOM))),
             'DTSTAMP:%s' % f(start - TD(days=3)), 'DTSTART:%s' % f(start), 'DTEND:%s' % f(end),
             'SUMMARY:%s' % summary, 'LOCATION:%s' % location.replace(',', '\\,'),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a.name, a.email))
    if description:
        lines.append('DESCRIPTION:%s' % description.replace('\n', '\\n').replace(',', '\\,'))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# ---------------------------------------------------------------- message building
MIME = {'csv': 'text/csv', 'txt': 'text/plain', 'ics': 'text/calendar', 'xml': 'text/xml',
        'json': 'application/json', 'pdf': 'application/pdf', 'png': 'image/png',
        'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'hl7': 'application/hl7-v2', 'edi': 'application/edi-x12', 'x12': 'application/edi-x12'}


def build(frm, to, subject, body, date=None, cc=None, html=None, attachments=(), headers=None,
          reply_to=None):
    m = EmailMessage()
    m['From'] = frm.addr if isinstance(frm, P) else frm

    def addrs(v):
        if isinstance(v, (list, tuple)):
            return ', '.join(x.addr if isinstance(x, P) else x for x in v)
        return v.addr if isinstance(v, P) else v
    m['To'] = addrs(to)
    if cc:
        m['Cc'] = addrs(cc)
    if reply_to:
        m['Reply-To'] = addrs(reply_to)
    m['Subject'] = subject
    date = date or rdate()
    m['Date'] = format_datetime(date)
    fe = frm.email if isinstance(frm, P) else frm.split('@')[-1].strip('> ')
    m['Message-ID'] = msgid(fe.split('@')[-1])
    for k, v in (headers or {}).items():
        m[k] = v
    m['MIME-Version'] = '1.0'
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for fname, data in attachments:
        ext = fname.rsplit('.', 1)[-1].lower()
        mt, st = MIME.get(ext, 'application/octet-stream').split('/')
        if isinstance(data, str) and mt == 'text':
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m


def thread_headers(subject_root, domain):
    mid = msgid(domain)
    return {'In-Reply-To': mid, 'References': msgid(domain) + ' ' + mid, 'Thread-Topic': subject_root}


COUNTS = OrderedDict()
ROWS = []
ORDER = [('phi', 'care'), ('phi', 'ids'), ('phi', 'lang'), ('phi', 'lists'), ('phi', 'names'),
         ('phi', 'self'), ('phi', 'struct'), ('clean', 'admin'), ('clean', 'lookalike'),
         ('clean', 'news'), ('clean', 'staff'), ('clean', 'training')]
for k in ORDER:
    COUNTS[k] = 0


def save(label, kind, msg, patient=''):
    COUNTS[(label, kind)] += 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNTS[(label, kind)])
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ---------------------------------------------------------------- signatures & boilerplate
CONF_AURELLE = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of '
                'the intended recipient(s) and may contain confidential and proprietary information of Aurelle '
                'Medical, Inc. Any unauthorized review, use, disclosure or distribution is prohibited. If you are '
                'not the intended recipient, please contact the sender by reply e-mail and destroy all copies of '
                'the original message.')
CONF_CLINIC = ('This message may contain confidential health information protected by state and federal law. '
               'If you received this in error, notify the sender immediately and delete it. Do not forward.')
CONF_SHORT = 'Confidential - for internal use only.'


def sig(p, title, dept=None, mobile=None, direct=None, fax=None, conf=True, short=False, co=CO):
    lines = ['', p.name if not short else p.first]
    if short:
        return '\n'.join(lines)
    lines.append(title)
    if dept:
        lines.append(dept)
    lines.append(co)
    if direct:
        lines.append('Direct: %s' % direct)
    if mobile:
        lines.append('Mobile: %s' % mobile)
    if fax:
        lines.append('Fax: %s' % fax)
    if co == CO:
        lines.append('Customer Care: %s | %s' % (SUPPORT_LINE, 'www.' + DOM))
    if conf:
        lines += ['', CONF_AURELLE if conf is True else conf]
    return '\n'.join(lines)


def clinic_sig(p, title, clinic, fax=True, conf=True):
    lines = ['', '%s, %s' % (p.name, title) if title else p.name, clinic['name'], clinic['street'],
             '%s %s' % (clinic['city'], clinic['zip']),
             'Ph %s' % phone(clinic['area'])]
    if fax:
        lines.append('Fax %s' % phone(clinic['area']))
    if conf:
        lines += ['', CONF_CLINIC]
    return '\n'.join(lines)


def aurelle(role=None, style=0, pool=None):
    return person(DOM, pool=pool, style=style, title=role)


def simple_html(text, banner=None, color='#007a87'):
    paras = ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>') for p in text.strip().split('\n\n'))
    head = ('<div style="background:%s;color:#fff;padding:12px 18px;font:bold 18px Arial">%s</div>'
            % (color, _x(banner))) if banner else ''
    return ('<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">%s'
            '<div style="padding:8px 18px">%s</div></body></html>' % (head, paras))


# a fixed cast of Aurelle staff that recurs across the set

# ---------------------------------------------------------------- cast
_STAFF_FIRST = set()


def _mk(title, style=0, pool=None):
    for _ in range(50):
        p = aurelle(title, style, pool)
        if p.first not in _STAFF_FIRST or pool:
            break
    _STAFF_FIRST.add(p.first)
    p.phone = phone(random.choice(['919', '984']))
    return p


S = OrderedDict()
S['fcs_oh'] = _mk('Field Clinical Specialist, RN, CDCES', 0)
S['fcs_wi'] = _mk('Field Clinical Specialist, RD, CDCES', 0)
S['fcs_fl'] = _mk('Field Clinical Specialist, RN, BSN, CDCES', 0)
S['fcs_co'] = _mk('Field Clinical Specialist, RN, CDCES', 0)
S['fcs_ms'] = _mk('Field Clinical Specialist, MSN, RN', 0)
S['fcs_mgr'] = _mk('Regional Clinical Manager - Central', 0)
S['agent1'] = _mk('Patient Support Specialist II', 0)
S['agent2'] = _mk('Patient Support Specialist', 0)
S['agent3'] = _mk('Patient Support Specialist - Bilingual (Spanish)', 0, ['Lucia', 'Marisol', 'Hector', 'Joaquin'])
S['sup_lead'] = _mk('Patient Support Supervisor', 0)
S['cs_dir'] = _mk('Director, Patient Support Centre', 0)
S['reimb'] = _mk('Reimbursement Specialist', 0)
S['reimb2'] = _mk('Prior Authorization Coordinator', 0)
S['reimb_mgr'] = _mk('Manager, Reimbursement & Market Access', 0)
S['pv'] = _mk('Complaint Handling Specialist, Post-Market Surveillance', 0)
S['pv_mgr'] = _mk('Manager, Complaint Handling & MDR Reporting', 0)
S['ra'] = _mk('Senior Manager, Regulatory Affairs', 0)
S['rsm'] = _mk('Territory Manager, Ohio/Kentucky', 0)
S['rsm2'] = _mk('Territory Manager, Gulf South', 0)
S['hr'] = _mk('HR Business Partner', 0)
S['payroll'] = _mk('Payroll Specialist', 0)
S['it'] = P('IT', 'Service Desk', email='servicedesk@' + DOM)
S['fac'] = _mk('Facilities Coordinator, Durham Campus', 0)
S['ops'] = _mk('Fulfillment Operations Lead', 0)
S['mkt'] = _mk('Marketing Communications Manager', 0)
S['edu'] = _mk('Manager, Clinical Education & Training', 0)
S['qa'] = _mk('Quality Engineer II', 0)
S['lang_es'] = S['agent3']


# ======================================================================= PHI: care
def care_1():
    a, b = S['agent1'], S['agent2']
    mf, ml = pick_name(F_NAMES)
    kid = random.choice(KID_NAMES)
    ph = phone('740')
    d = rdate(hours=(15, 17))
    body = """Hi %s,

Handing off a couple of callbacks before I log off:

1) %s %s (mom of %s) - case %s. She's down to her last 2 cartridges and the reorder got stuck waiting on the new Rx. Rx came in from the clinic at 2:40, I released the order, it's going UPS 2nd Day to %s, %s (she confirmed the address twice). She wants a call back at %s when you have tracking - after 5:30 is better, she's at work till then.

2) The gentleman from this morning who couldn't get the app to show readings on his wife's phone - I left a VM, nothing else needed unless he calls back.

Thanks!! queue was nuts today
%s""" % (b.first, mf, ml, kid, case_no(), street_addr(), city_line(), ph, a.first)
    save('phi', 'care', build(a, b, 'handoff - callbacks for tonight', body, date=d), '%s %s' % (kid, ml))


def care_2():
    ag = S['agent2']
    gm = person(random.choice(PERSONAL), ['Jolene', 'Deborah', 'Paula', 'Lorraine', 'Renee'], style=3)
    kid = random.choice(KID_M)
    d0 = rdate(start=(2025, 6, 2), end=(2025, 7, 20), hours=(6, 9))
    d1 = after(d0, 90, 300)
    appt = d1 + TD(days=2)
    orig = """Hello,

My grandson %s %s is staying with me for three weeks while his parents are overseas for work. His mom packed all of his pump things and wrote instructions but honestly I am 71 and I don't know how to change the little site thing on his belly and the tubing, he usually does it with his dad. He is 9 so he knows some of it but I'm nervous. Is there somebody who can walk me through it on the phone or a video? I can use FaceTime.

My phone is %s. His mom is %s %s if you need her ok, she said she gave permission on your forms.

Thank you so much
%s %s""" % (kid, gm.last, phone(), random.choice(F_NAMES), gm.last, gm.first, gm.last)
    body = """Hi Mrs. %s,

Thank you for reaching out - you are doing a great thing for %s, and please don't worry, lots of grandparents call us in exactly this situation.

I was able to find %s's account and I can see his mother listed as the primary contact. I've scheduled a FaceTime session with one of our trainers for %s, %s %d at 10:00 AM Eastern. It usually takes about 45 minutes. Please have these ready at the table:
  - his pump and a new infusion set (the small box that says TrueFlow)
  - a new cartridge and his insulin vial
  - alcohol wipes

If anything comes up before then, call us at %s and press 2 - we're here 24/7.

Warm regards,
%s
Patient Support Specialist
Aurelle Medical Customer Care

On %s, %s <%s> wrote:
%s""" % (gm.last, kid, kid, DAYS[appt.weekday()], MONTHS[appt.month - 1], appt.day, SUPPORT_LINE,
         ag.name, gmail_date(d0), gm.name, gm.email, quote(orig))
    m = build(SUPPORT, gm, 'Re: help with changing my grandsons pump', body, date=d1,
              headers=thread_headers('help with changing my grandsons pump', DOM))
    save('phi', 'care', m, '%s %s' % (kid, gm.last))


def care_3():
    f = S['fcs_wi'] if random.random() < 0.5 else S['fcs_oh']
    cl = CLINICS[2]
    edu = person(cl['dom'], F_NAMES, style=1)
    pf, pl = pick_name(['Wesley', 'Harold', 'Eugene', 'Dale', 'Russell', 'Raymond'])
    dau = random.choice(F_NAMES)
    start = rdate(start=(2025, 3, 1), end=(2025, 10, 1), hours=(10, 10), tz=TZ['CT']).replace(minute=0, second=0)
    d = start - TD(days=6, hours=2)
    body = """Hi %s,

Confirming %s's pump start for %s %s/%d at 10:00 in your first-floor education room (his daughter %s said the stairs at the back entrance are hard for him, so she'll drop him at the front). She is driving him since he doesn't drive anymore, and she'd like to sit in - fine by me if it's fine by you.

A few things before then:
 - Can you fax or upload his current doses/ratios to me? Our fax is 919-555-0148 or just drop them in the portal under his name.
 - His supplies shipped from MedRoute on Tuesday (3 boxes of sets, 2 boxes of cartridges, 1 box of sensors).
 - I'll bring a demo pump and saline so he can practice a fill before we go live.

Invite attached so it lands on your calendar. Call my cell if anything changes, %s.

Thanks!
%s""" % (edu.first, pl if random.random() < 0.5 else 'Mr. ' + pl, DAYS[start.weekday()], start.month, start.day,
         dau, f.phone, sig(f, f.title, mobile=f.phone, conf=True)[1:])
    ics = make_ics('Pump start - %s %s (Glide) - %s' % (pf[0] + '.', pl, 'Cedar Valley'), start, 150,
                   '%s, %s %s %s' % (cl['name'], cl['street'], cl['city'], cl['zip']), f, [edu],
                   description='Pump start for %s %s. Daughter %s driving. Bring demo kit + saline.' % (pf, pl, dau))
    m = build(f, edu, 'Pump start %s/%d - %s' % (start.month, start.day, pl), body, date=d,
              attachments=[('invite.ics', ics)])
    save('phi', 'care', m, '%s %s' % (pf, pl))


def care_4():
    cl = CLINICS[4]
    rn = person(cl['dom'], F_NAMES, style=0)
    kf, kl = pick_name(['Sofia', 'Isabella', 'Mateo', 'Xavier', 'Layla'], last=random.choice(['Ruiz-Campos', 'Quintero', 'Mercado']))
    b = dob(13, 16)
    leave = rdate(start=(2025, 5, 20), end=(2025, 7, 1))
    d = leave - TD(days=9)
    body = """Good morning,

We have a patient, %s %s (DOB %s), who is leaving for Guatemala with her family on %s %d and will be gone about 10 weeks. Mom was told by the pharmacy/DME that the next sensor and infusion-set shipment won't go out until after they leave. Is there any way to get a 90-day supply out to them before they leave? Address on file should be current but mom's cell is %s if you need to confirm.

Dr. %s is happy to sign whatever is needed for an early-refill/vacation override. I can also send a travel letter if that helps.

Thank you,
%s""" % (kf, kl, mdy(b), MONTHS[leave.month - 1], leave.day, phone('813'), random.choice(L_NAMES),
         clinic_sig(rn, 'RN, CDCES', cl)[1:])
    m = build(rn, SUPPORT, 'early shipment before travel - %s %s' % (kf, kl), body, date=d,
              cc=S['fcs_fl'])
    save('phi', 'care', m, '%s %s' % (kf, kl))


def care_5():
    nurse = person('wcschools-k12.org', F_NAMES, style=1)
    kid = random.choice(KID_M)
    kl = random.choice(L_NAMES)
    d = rdate(start=(2025, 8, 25), end=(2025, 11, 14), hours=(9, 14))
    body = """Hello,

I am the school nurse at Willow Creek Elementary. One of our 3rd graders, %s %s, has one of your pumps and it has been beeping a lot during class this week (it says something about the cartridge). His mom told me to call your number but I'm only here part time and I'd rather have it in writing.

Could you send me:
1. whatever instructions you have for school staff (one page is best)
2. what I should do if it beeps and mom doesn't answer

We have the signed release from mom in his file. We keep a spare kit in the office that she dropped off in August.

Thanks,
%s, BSN, RN
School Nurse - Willow Creek Elementary
%s ext. 214

Sent from my iPad""" % (kid, kl, nurse.name, phone('614'))
    m = build(nurse, SUPPORT, 'student with Aurelle pump - school instructions', body, date=d)
    save('phi', 'care', m, '%s %s' % (kid, kl))


def care_6():
    a = S['agent1']
    ops = S['ops']
    pf, pl = pick_name(M_NAMES)
    num = random.randint(12, 98)
    trk = tracking()
    d = rdate(hours=(16, 19))
    body = """%s - need a favor on a re-ship tonight if the truck hasn't left.

Order %s for %s %s went to %d Oak St Apt 3 instead of %d Oak Ct (carrier shows delivered %s, he went over there and nobody has it). He's out of sensors as of tonight. Can we overnight a replacement box, no signature required, to:

  %s %s
  %d Oak Ct
  %s

Original tracking %s - I've opened a carrier claim on our side. Case %s.

Thank you!!
%s
Patient Support | x4417""" % (ops.first, 'SO-' + digits(7), pf, pl, num, num, 'yesterday 2:14 PM', pf, pl,
                             num, city_line(), trk, case_no(), a.first)
    m = build(a, ops, 'URGENT re-ship - wrong address delivery', body, date=d, cc=S['sup_lead'],
              headers={'Importance': 'High', 'X-Priority': '1'})
    save('phi', 'care', m, '%s %s' % (pf, pl))


def care_7():
    sched = _mk('Training Scheduler', 0)
    wife = person(random.choice(PERSONAL), F_NAMES, style=1)
    hub = random.choice(['Gerald', 'Curtis', 'Dale', 'Vincent', 'Patrick'])
    d0 = rdate(start=(2025, 4, 1), end=(2025, 10, 20))
    d1 = after(d0, 60, 600)
    tdate = d0 + TD(days=5)
    newd = tdate + TD(days=14)
    orig = """Hello,
My husband %s %s has his pump training scheduled for %s at the Lakeshore office. He just got home from the hospital yesterday and the doctor wants him to stay home and rest for a couple of weeks. Is it possible to do the training by video instead, or move it out? His cell is %s but he's sleeping a lot so please call me at %s.

Thank you,
%s %s""" % (hub, wife.last, mdy(tdate, pad=False), phone('414'), phone('414'), wife.first, wife.last)
    body = """Hi %s,

Thanks for letting us know, and I hope %s is feeling better soon. I moved his session to a virtual training on %s %d at 1:00 PM Central with %s, the same trainer he was going to see in person. The video link will come in a separate email the day before. If he's still not up to it that day, just reply here and we'll push it again, no problem.

His supplies are already at the house, so nothing else needs to ship.

Best,
%s
Training Scheduler | Aurelle Medical
%s

-----Original Message-----
From: %s <%s>
Sent: %s
To: Aurelle Customer Care <care@%s>
Subject: training appointment

%s""" % (wife.first, hub, MONTHS[newd.month - 1], newd.day, S['fcs_wi'].first, sched.name, SUPPORT_LINE,
         wife.name, wife.email, outlook_date(d0), DOM, orig)
    m = build(sched, wife, 'RE: training appointment', body, date=d1, cc=S['fcs_wi'],
              headers=thread_headers('training appointment', DOM))
    save('phi', 'care', m, '%s %s' % (hub, wife.last))


def care_8():
    f = S['fcs_oh']
    mgr = S['fcs_mgr']
    pl = random.choice(['Beckett', 'Holloway', 'Gallagher', 'Underwood'])
    son = random.choice(['Kevin', 'Trevor', 'Brandon'])
    d = rdate(hours=(17, 20))
    d += TD(days=(4 - d.weekday()) % 7)
    wk = d - TD(days=4)
    body = """Hi %s - week of %s/%d summary:

- Starts: 6 completed (4 Northgate peds, 2 adult at OhioHealth-area practices), 1 rescheduled by clinic
- In-services: Northgate nursing huddle Tues (14 RNs), new MA group at Lancaster Endo Thurs
- SmartLoop follow-up calls: 9 done, 2 left VMs
- Demo inventory: down to 2 saline kits, I put in a request with %s
- Mileage: 612 mi, submitted in Concur

One more - on my way back from Lancaster on Thursday I stopped by Mrs. %s's house since she lives 5 min off the highway. She still couldn't get the app to pair with her new phone and had been using the pump without the phone for a week. We got it paired, re-did her alerts, and I showed her where the settings backup is. Her son %s is going to be there for a follow-up visit in 2 weeks, I put it on my calendar for the 22nd. She was very sweet and sent me home with zucchini bread, ha.

Nothing else urgent. Have a good weekend!
%s

Sent from my iPhone""" % (mgr.first, wk.month, wk.day, S['ops'].first, pl, son, f.first)
    m = build(f, mgr, 'weekly update', body, date=d)
    save('phi', 'care', m, 'Mrs. %s' % pl)


CARE = [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]


# ======================================================================= PHI: ids
def ids_1():
    py = PAYERS[0]
    um = person(py['dom'], F_NAMES, style=1)
    pa = S['reimb2']
    mid = member_id(py['pfx'])
    b = dob(25, 60)
    ref = 'PA-25-%07d' % random.randint(1, 9999999)
    d = rdate()
    body = """RE: Prior Authorization Request %s
Member ID: %s
Member DOB: %s
Requested: E0784 external ambulatory infusion pump, insulin; A4224 x 13; A4225 x 30
Ordering provider NPI: %s

The above request has been pended for additional information. Please submit the following within 14 calendar days or the request will be administratively closed:

  1. Office visit note dated within the last 6 months documenting evaluation by the treating provider
  2. C-peptide level and concurrent fasting glucose, OR positive beta-cell autoantibody
  3. Documentation of multiple daily injections (3 or more per day) with frequent self-adjustment for at least 6 months
  4. Glucose logs or CGM download covering at least 30 days

Documents may be faxed to 1-888-555-0192 (include the reference number on every page) or uploaded to the provider portal.

%s
Utilization Management Nurse Reviewer
%s
This communication is intended only for the individual or entity to which it is addressed and may contain privileged information.""" % (ref, mid, mdy(b), npi(), um.name, py['name'])
    m = build(um, pa, 'Pended - additional information required - Ref %s' % ref, body, date=d,
              headers={'X-Mailer': 'UMConnect 7.3'})
    save('phi', 'ids', m, '')


def ids_2():
    r, mgr = S['reimb'], S['reimb_mgr']
    clm = '2025' + digits(9, False)
    acct = acct_no()
    dos = rdate(start=(2025, 1, 6), end=(2025, 8, 30))
    d = dos + TD(days=random.randint(30, 60))
    body = """%s,

Quick one - claim %s (acct %s, DOS %s) came back on the 835 today CO-50 / N115. That's the sensors for this member (A9276 x3 + A4239 for the month). Keystone is saying not medically necessary because the last visit note they have on file is from over 6 mo ago.

The clinic did see her on %s, I have the note in the chart, it just wasn't sent with the original. OK to submit a corrected claim w/ the note attached (freq code 7) instead of a formal appeal? Timely filing isn't an issue yet, we're at day %d of 365.

Thanks
%s""" % (mgr.first, clm, acct, mdy(dos), mdy(dos - TD(days=random.randint(10, 40)), pad=False),
         (d - dos).days, r.first)
    m = build(r, mgr, 'CO-50 denial - corrected claim vs appeal?', body, date=d)
    save('phi', 'ids', m, '')


def ids_3():
    qa, pv = S['qa'], S['pv']
    cmp_ = complaint_no()
    sn = pump_sn()
    b = dob(18, 45)
    d0 = rdate(start=(2025, 3, 1))
    d1 = after(d0, 200, 2000)
    orig = """Complaint: %s
Device: %s insulin pump, SN %s, FW 4.12.0
User DOB: %s
Event date: %s

Reported by user: pump displayed no alarm, BG rose to 400s overnight, ketones "large", user went to ED, treated with IV fluids/insulin, admitted overnight. User states the cartridge cover "felt loose" next morning.

Pump received at RGA %s. Please complete returned-device analysis. MDR clock started %s (day 0 = awareness).""" % (
        cmp_, PUMP, sn, mdy(b), mdy(d0 - TD(days=3)), 'RGA-' + digits(6), mdy(d0 - TD(days=2)))
    body = """%s,

Analysis done on %s:
- Visual: hairline crack on cartridge cover latch, consistent with drop impact (scuffing at the same corner)
- Occlusion detection bench test: PASS at nominal; at 1.5x back-pressure with the cracked cover, delivery continued with ~18%% under-delivery and no occlusion alarm triggered within the 4 h window
- Event log pulled: last bolus 22:41, basal running, no alarms logged between 22:41 and 06:55
- Firmware/config: nothing abnormal

So I can't rule out a device contribution. I'd lean reportable given the hospitalization - your call with %s. Full report in Agile under the complaint number.

%s
Quality Engineer II - Returned Goods Analysis

-----Original Message-----
From: %s
Sent: %s
To: %s
Subject: RGA analysis request - %s

%s""" % (pv.first, sn, S['pv_mgr'].first, qa.name, pv.name, outlook_date(d0), qa.name, cmp_, orig)
    m = build(qa, pv, 'RE: RGA analysis request - %s' % cmp_, body, date=d1, cc=S['pv_mgr'],
              headers=thread_headers('RGA analysis request', DOM))
    save('phi', 'ids', m, '')


def ids_4():
    r, f = S['reimb'], S['fcs_ms']
    mb = mbi()
    pl = random.choice(['H.', 'Harlan', 'Holloway'])
    visit = rdate(start=(2025, 2, 1), end=(2025, 9, 1))
    d = visit + TD(days=12)
    body = """Hi %s,

Medicare beneficiary MBI %s (Mr. %s, Dr. Ashby's pt at Magnolia) - his CGM order is on hold. Two issues:

  * No SWO on file - we have the Rx but it's missing the order date + prescriber NPI in the right spot
  * The %s visit note doesn't say "insulin-treated" anywhere. It lists his meds but LCD wants the words, or at least a line that he's on insulin and that the CGM is to adjust his regimen.

Could you ask the office to do an addendum next time you're there? Otherwise I'll send the standard fax request Monday. He's already called twice asking where his sensors are, so faster is better.

Thanks,
%s
Reimbursement Specialist | Aurelle Medical
Direct %s | Fax 919-555-0177""" % (f.first, mb, pl, mdy(visit, pad=False, yy=True), r.name, r.phone)
    m = build(r, f, 'Medicare CGM order on hold - need SWO + addendum', body, date=d)
    save('phi', 'ids', m, 'Mr. %s' % pl)


def ids_5():
    cl = CLINICS[1]
    ma = person(cl['dom'], F_NAMES, style=2)
    mr = mrn()
    st = rdate(start=(2025, 2, 1), end=(2025, 9, 1))
    d = st + TD(days=random.randint(5, 15))
    body = """Hi, can someone send us the settings report from our pt's pump start? MRN %s, her start was %d/%d with your trainer. Dr. %s wants it in the chart before her f/u next week. We don't have her linked in Insight yet so I can't pull it myself.

thx
%s
Lakeshore Endo front desk / MA
%s""" % (mr, st.month, st.day, random.choice(L_NAMES), ma.first, phone('414'))
    m = build(ma, SUPPORT, 'settings report request', body, date=d)
    save('phi', 'ids', m, '')


def ids_6():
    ag = S['agent2']
    cs = case_no()
    acct = acct_no()
    b = dob(30, 70)
    d = rdate()
    sn = sensor_sn()
    lot = sensor_lot()
    text = """Case %s has been assigned to you.

Priority: P3 - Standard
Queue: Sensor Performance
Account: %s
Caller relationship: Self
Caller DOB (verified): %s
Product: %s sensor  SN %s  Lot %s
Issue category: Sensor failed early (day 3 of 10)
Description: Caller states sensor showed "Sensor Error" then stopped. Readings prior were ~40 mg/dL off from fingersticks per caller. Caller requested replacement. No injury reported. No medical intervention.
Replacement: Approved - 1 sensor, standard shipping
Return kit: Requested

Open the case: https://casedesk.%s/cases/%s

This is an automated message from CaseDesk. Please do not reply.""" % (cs, acct, mdy(b), CGM, sn, lot, DOM, cs)
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10pt">'
            '<table cellpadding="4" style="border:1px solid #ccc;border-collapse:collapse">'
            + ''.join('<tr><td style="background:#eef"><b>%s</b></td><td>%s</td></tr>' % (_x(k), _x(v)) for k, v in [
                ('Case', cs), ('Priority', 'P3 - Standard'), ('Queue', 'Sensor Performance'), ('Account', acct),
                ('Caller relationship', 'Self'), ('Caller DOB (verified)', mdy(b)),
                ('Product', '%s sensor SN %s Lot %s' % (CGM, sn, lot)),
                ('Issue category', 'Sensor failed early (day 3 of 10)'),
                ('Replacement', 'Approved - 1 sensor, standard shipping')])
            + '</table><p><a href="https://casedesk.%s/cases/%s">Open the case</a></p>'
            '<p style="color:#888">This is an automated message from CaseDesk. Please do not reply.</p></body></html>' % (DOM, cs))
    m = build(NOREPLY, ag, 'Case %s assigned to you - Sensor failed early' % cs, text, date=d, html=html,
              headers={'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All'})
    save('phi', 'ids', m, '')


def ids_7():
    py = PAYERS[2]
    r, pa = S['reimb_mgr'], S['reimb2']
    rid = digits(11)
    d0 = rdate(start=(2025, 2, 1), end=(2025, 10, 1))
    d1 = after(d0, 30, 240)
    notice = """PINNACLE CARE MEDICAID - PRIOR APPROVAL NOTIFICATION

Recipient ID: %s
Prior Approval #: %s
Provider: Aurelle Medical, Inc. (DME)  Provider ID: %s
Service(s): E0784 (1 unit, purchase) - APPROVED
            A4224 (52 units) - APPROVED 01/01/2025 - 12/31/2025
            A4225 (120 units) - APPROVED 01/01/2025 - 12/31/2025
Decision date: %s

The recipient has been notified by mail. Questions: Provider Services 1-800-555-0163.""" % (
        rid, 'PAN' + digits(9), digits(9), mdy(d0))
    body = """FYI - the Pinnacle approval came through for the kiddo we were fighting over (the one with the 2 prior denials). %s can you release the pump order and schedule the start? Pump start can be with %s since the family is in Hillsborough county.

---------- Forwarded message ---------
From: Pinnacle Care Provider Notifications <pa-notify@%s>
Date: %s
Subject: Prior Approval Decision - Recipient %s
To: <reimbursement@%s>

%s""" % (pa.first, S['fcs_fl'].first, py['dom'], gmail_date(d0), rid[-4:].rjust(len(rid), '*'), DOM, notice)
    m = build(r, pa, 'Fwd: Prior Approval Decision - approved!', body, date=d1, cc=S['fcs_fl'])
    save('phi', 'ids', m, '')


def ids_8():
    bill = _mk('Patient Accounts Representative', 0)
    lead = S['sup_lead']
    acct = acct_no()
    ss = ssn()
    b = dob(62, 78)
    d = rdate()
    body = """%s,

Attaching the signed payment plan form that came back by fax for acct %s. Customer verified on the phone with DOB %s and last 4 of SSN (%s). Balance is $612.40 for the pump supplies after Medicare paid its 80%% - the secondary terminated in March, which is why it fell to patient responsibility. Plan is $51.04/mo x 12 starting next cycle.

Can you approve the plan in the billing system? I can't do over 6 months without a supervisor.

Thanks,
%s""" % (lead.first, acct, mdy(b), ss[-4:], sig(bill, bill.title, conf=True)[1:])
    pln = random.choice(['Tolliver', 'Crowder', 'Iverson'])
    pdf = make_pdf(['AURELLE MEDICAL, INC.  -  PATIENT PAYMENT PLAN AGREEMENT', '',
                    'Account number: %s' % acct,
                    'Patient: R. %s' % pln,
                    'Date of birth: %s' % mdy(b),
                    'Social Security No.: %s' % ss,
                    'Primary insurance: Medicare Part B   MBI on file',
                    'Secondary: TERMINATED 03/31/2025',
                    '', 'Balance: $612.40  (A4224 x 13, A4225 x 30, DOS 04/2025-06/2025)',
                    'Installments: 12  x  $51.04   first draft: next statement cycle', '',
                    'I agree to the terms above.', '', 'Signature: ______(signed)______     Date: %s' % mdy(d - TD(days=2)),
                    '', 'Return by fax to 919-555-0180'])
    m = build(bill, lead, 'payment plan approval needed - acct %s' % acct, body, date=d,
              attachments=[('payment_plan_signed_%s.pdf' % acct[-4:], pdf)])
    save('phi', 'ids', m, 'R. %s' % pln)


IDS = [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]


# ======================================================================= PHI: lang
def lang_1():   # Spanish - bilingual agent replying to a mother
    ag = S['agent3']
    mom = person(random.choice(PERSONAL), ['Marisol', 'Esperanza', 'Carmen', 'Rosa'], style=0, last='Hernández')
    kid = random.choice(['Mateo', 'Joaquín', 'Santiago', 'Emiliano'])
    b = dob(8, 12)
    sn = sensor_sn()
    ph = phone('813')
    d0 = rdate(start=(2025, 5, 15), end=(2025, 8, 30), hours=(18, 21))
    d1 = after(d0, 700, 1000)
    orig = """Hola buenas tardes

Les escribo porque el sensor de mi hijo %s (fecha de nacimiento %02d/%02d/%d) se despegó ayer en la piscina, apenas llevaba 4 días. Es el segundo este mes!! Ya no nos quedan sensores hasta el próximo envío del 28. Me pueden mandar uno de reemplazo? El número de serie es %s.

También quería preguntar si tienen los parches adhesivos extra porque con el calor y el sudor se le despega mucho.

Mi teléfono es %s, prefiero que me llamen en español por favor, después de las 5.

Gracias
%s %s""" % (kid + ' Hernández', b.day, b.month, b.year, sn, ph, mom.first, mom.last)
    body = """Hola Sra. %s,

Muchas gracias por escribirnos y siento mucho lo del sensor de %s. Ya revisé la cuenta y le aprobé un sensor de reemplazo, sale hoy por envío estándar (2 a 4 días hábiles). También le incluí una caja de 10 parches adhesivos transparentes (overpatch) sin costo. Se ponen encima del sensor, sin tapar el centro, y ayudan bastante con el agua y el sudor.

Un par de consejos para la próxima vez:
  - Limpiar la piel con alcohol y dejar que se seque bien antes de colocarlo (no usar cremas ese día).
  - Después de la piscina, secar el área con toquecitos, sin frotar.

Si vuelve a pasar, por favor guarde el sensor y el aplicador, porque a veces le pedimos que nos lo devuelva para analizarlo. Le llamo mañana después de las 5 para confirmar que le llegó el número de seguimiento.

Saludos cordiales,
%s
Especialista de Atención al Paciente (español)
Aurelle Medical - %s, opción 3

El %s, %s <%s> escribió:
%s""" % (mom.last, kid, ag.name, SUPPORT_LINE, gmail_date(d0).replace(' at ', ' a las '), mom.name, mom.email,
         quote(orig))
    m = build(ag, mom, 'RE: sensor se despegó - %s' % kid, body, date=d1, cc=SUPPORT,
              headers=thread_headers('sensor se despegó', DOM))
    save('phi', 'lang', m, '%s Hernández' % kid)


def lang_2():   # Vietnamese - daughter writing for her father
    dau = P('Thu', 'Tran', email='thutran.%d@%s' % (random.randint(70, 99), random.choice(PERSONAL)))
    d = rdate(start=(2025, 3, 1), end=(2025, 10, 1))
    appt = d + TD(days=9)
    body = """Chào anh chị bên Aurelle,

Tôi là Trần Thị Thu, con gái của ông Trần Văn Minh (ngày sinh 12/05/1956). Bố tôi đã được hẹn buổi hướng dẫn sử dụng máy bơm insulin vào %s ngày %d/%d lúc 9 giờ sáng tại phòng khám Lakeshore Endocrine ở Milwaukee.

Bố tôi không nói được tiếng Anh, chỉ hiểu vài chữ thôi. Công ty có thể sắp xếp người phiên dịch tiếng Việt cho buổi hướng dẫn không ạ? Nếu không có, tôi sẽ xin nghỉ làm để đi cùng bố, nhưng tôi cần đổi lịch sang buổi chiều (sau 2 giờ) vì buổi sáng tôi không nghỉ được.

Ngoài ra, hộp vật tư (kim, ống dẫn, hộp đựng thuốc) đã giao tới nhà tuần trước rồi, bố tôi có cần mang theo hết không ạ?

Số điện thoại của tôi: %s (có thể nhắn tin).

Cảm ơn anh chị rất nhiều.
Thu

Sent from my Galaxy""" % (['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'][appt.weekday()],
                           appt.day, appt.month, phone('414'))
    m = build(dau, SUPPORT, 'Hỏi về buổi hướng dẫn máy bơm cho bố tôi - Trần Văn Minh', body, date=d)
    save('phi', 'lang', m, 'Trần Văn Minh')


def lang_3():   # Simplified Chinese - patient with occlusion alarms
    pt = P('Jianguo', 'Wang', email='wang.jg%d@%s' % (random.randint(60, 79), random.choice(PERSONAL)))
    sn = pump_sn()
    d = rdate(hours=(7, 9))
    body = """您好，

我是Aurelle Glide胰岛素泵的用户，姓名：王建国，出生日期：1972年8月3日，泵序列号 %s。

最近一个星期，泵连续三次出现“输注阻塞”（Occlusion）报警，每次都是在半夜。我已经换了新的输注管路和储药器，可是今天早上又报警了，早上测的血糖是 16.8 mmol/L（大约 302 mg/dL），尿酮是弱阳性。我现在先用笔打了胰岛素。

请问是不是泵本身有问题？能不能给我换一台新的？我的英文不太好，如果可以请用中文回复，或者打电话给我女儿王丽（%s），她可以帮忙翻译。

谢谢！
王建国
%s""" % (sn, phone('303'), phone('303'))
    m = build(pt, SUPPORT, '泵一直报警 输注阻塞 - 王建国', body, date=d)
    save('phi', 'lang', m, '王建国 (Jianguo Wang)')


def lang_4():   # Haitian Creole - patient about a bill
    pt = P('Rose-Marie', 'Jean-Baptiste', email='rmjeanbaptiste@%s' % random.choice(PERSONAL))
    mid = member_id('PCM')
    acct = acct_no()
    d = rdate(start=(2025, 7, 1))
    body = """Bonjou,

Mwen rele Rose-Marie Jean-Baptiste, dat nesans mwen se 22 oktòb 1983. Mwen resevwa yon fakti nan men nou pou $348.60 pou materyèl ponp ensilin mwen an (sèt enfizyon yo ak katouch yo) pou mwa jen. Nimewo kont lan se %s.

Mwen gen Medicaid ak Pinnacle Care, nimewo manm mwen se %s. Mwen pa konprann poukisa mwen dwe peye, paske Medicaid toujou peye pou yo avan. Èske nou ka tcheke sa pou mwen? Mwen pa gen kòb pou m peye sa kounye a e mwen pa vle yo koupe materyèl mwen.

Tanpri rele m nan %s apre 3è, oswa ekri m an kreyòl oswa an franse.

Mèsi anpil,
Rose-Marie""" % (acct, mid, phone('813'))
    m = build(pt, SUPPORT, 'Fakti pou materyèl ponp - kont %s' % acct, body, date=d)
    save('phi', 'lang', m, 'Rose-Marie Jean-Baptiste')


def lang_5():   # Brazilian Portuguese - parent about a pump start
    mom = P('Juliana', 'Ferreira', email='ju.ferreira%d@%s' % (random.randint(80, 92), random.choice(PERSONAL)))
    doc = random.choice(['Dra. Mensah', 'Dra. Lindqvist', 'Dra. Carrillo'])
    d = rdate(start=(2025, 2, 1), end=(2025, 10, 1))
    body = """Olá, boa tarde!

Meu filho Gabriel Ferreira, de 7 anos (nascido em 09/02/2018), vai começar a usar a bomba de insulina Aurelle Glide. A médica dele, a %s do Bayfront, disse que vocês iam entrar em contato para marcar o treinamento, mas até agora ninguém ligou. Já recebemos as caixas com o material na semana passada (3 caixas).

Seria possível marcar o treinamento num sábado ou depois das 16h? Eu e meu marido trabalhamos o dia todo e queremos estar os dois.

Também gostaria de saber se vocês têm algum material em português ou um guia simples para a escola, porque a enfermeira da escola vai precisar aprender a trocar o cateter e ver os alarmes.

Obrigada!
Juliana Ferreira
%s

Enviado do meu iPhone""" % (doc, phone('813'))
    m = build(mom, SUPPORT, 'Treinamento da bomba - Gabriel Ferreira', body, date=d)
    save('phi', 'lang', m, 'Gabriel Ferreira')


def lang_6():   # Arabic - father about daughter's sensors
    dad = P('Ahmed', 'Haddad', email='a.haddad%d@%s' % (random.randint(1, 99), random.choice(PERSONAL)))
    sns = [sensor_sn() for _ in range(3)]
    d = rdate(hours=(20, 23))
    body = """السلام عليكم،

أنا أحمد حداد، والد الطفلة ليلى حداد (تاريخ الميلاد 03/11/2014). ابنتي تستخدم جهاز الاستشعار Aurelle Sense 3 مع المضخة.

خلال الأسبوعين الماضيين توقفت ثلاثة مستشعرات عن العمل قبل انتهاء مدتها، وظهرت رسالة "خطأ في المستشعر". وفي إحدى الليالي لم يصدر أي تنبيه، وكان السكر منخفضاً جداً (52) واكتشفنا ذلك بالصدفة عندما استيقظت زوجتي. نحن قلقون جداً.

الأرقام التسلسلية للمستشعرات:
%s
%s
%s

أرجو إرسال مستشعرات بديلة في أسرع وقت، والتواصل معي على الرقم %s. أفضّل التحدث بالعربية إن أمكن.

مع الشكر،
أحمد حداد""" % (sns[0], sns[1], sns[2], phone('313'))
    m = build(dad, SUPPORT, 'مشكلة في المستشعرات - ليلى حداد', body, date=d)
    save('phi', 'lang', m, 'ليلى حداد (Layla Haddad)')


def lang_7():   # Russian - wife about a denied claim
    w = P('Svetlana', 'Sokolova', email='s.sokolova@%s' % random.choice(PERSONAL))
    acct = acct_no()
    d = rdate(start=(2025, 7, 15))
    body = """Здравствуйте!

Пишу от имени моего мужа, Соколова Дмитрия Николаевича (дата рождения 17.04.1965). Он пользуется вашей помпой Aurelle Glide уже два года.

На прошлой неделе мы получили письмо, что страховая Keystone Unity отказала в оплате расходников (инфузионные наборы и картриджи) за июль, и теперь нам выставили счёт на $1 126,00. Номер счёта %s. В письме написано, что нужна новая медицинская справка от эндокринолога. Мы были у врача 3 июня, доктор сказала, что всё отправила вам.

Подскажите, пожалуйста, что нам нужно сделать? Муж плохо говорит по-английски, поэтому пишу я. Мой телефон %s, звоните в любое время.

С уважением,
Светлана Соколова""" % (acct, phone('412'))
    m = build(w, SUPPORT, 'Счёт за расходники - Соколов Д.Н.', body, date=d)
    save('phi', 'lang', m, 'Соколов Дмитрий Николаевич (Dmitri Sokolov)')


def lang_8():   # Korean - patient about travel supplies
    pt = P('Jae-hyun', 'Kim', email='jhkim%d@%s' % (random.randint(100, 999), random.choice(PERSONAL)))
    d = rdate(start=(2025, 3, 1), end=(2025, 10, 15))
    body = """안녕하세요,

저는 김재현이라고 합니다 (생년월일 1990년 6월 21일, 계정번호 %s). Aurelle Sense 3 센서와 Glide 펌프를 사용하고 있습니다.

다음 달 12일부터 한 달 동안 한국에 가족을 방문하는데, 센서와 주입 세트를 미리 받을 수 있을까요? 다음 배송 예정일이 18일인데 그때는 제가 이미 출국한 후입니다.

그리고 몇 가지 궁금한 점이 있습니다:
1. 한국에서도 Aurelle Link 앱이 정상적으로 작동하나요?
2. 비행기 안에서 펌프는 그대로 사용해도 되나요?
3. 공항 보안 검색용 여행 증명서(travel letter)를 받을 수 있을까요?

전화: %s (문자 가능)

감사합니다.
김재현 드림""" % (acct_no(), phone('720'))
    m = build(pt, SUPPORT, '해외 여행 전 소모품 배송 문의', body, date=d)
    save('phi', 'lang', m, '김재현 (Jae-hyun Kim)')


LANG = [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]


# ======================================================================= PHI: lists
def _pt(minage=4, maxage=75, pool=None):
    b = dob(minage, maxage)
    if pool is None:
        pool = KID_NAMES if (age_on(b) < 21 and random.random() < 0.8) else (F_NAMES + M_NAMES)
    f, l = pick_name(pool)
    return f, l, b


def lists_1():
    mgr = S['fcs_mgr']
    team = [S['fcs_oh'], S['fcs_wi'], S['fcs_co']]
    d = rdate(hours=(15, 18))
    mon = d.date() + TD(days=(7 - d.weekday()))
    rows = []
    for i in range(9):
        f, l, b = _pt(5, 70)
        day = mon + TD(days=random.randint(0, 4))
        fc = random.choice(team)
        cl = random.choice([CLINICS[0], CLINICS[1], CLINICS[2], CLINICS[5]])
        rows.append((day, random.choice(['8:30', '9:00', '10:00', '1:00', '2:30']), '%s, %s' % (l, f), mdy(b),
                     cl['name'].split()[0], fc.first, random.choice(['New start', 'New start', 'MDI->Glide',
                                                                     'Upgrade G1->G2', 'SmartLoop start']),
                     random.choice(['Auth OK', 'Auth OK', 'Auth OK', 'PENDING', 'Cash/PAP'])))
    rows.sort()
    hdr = '%-9s %-6s %-22s %-11s %-10s %-8s %-16s %s' % ('Date', 'Time', 'Patient', 'DOB', 'Clinic', 'FCS', 'Type', 'Auth')
    lines = [hdr, '-' * len(hdr)]
    for r in rows:
        lines.append('%-9s %-6s %-22s %-11s %-10s %-8s %-16s %s' % (('%s %d/%d' % (DAYS[r[0].weekday()][:3], r[0].month, r[0].day),) + r[1:]))
    body = """Team,

Here's next week's start board as of this afternoon. Two are still PENDING auth - do NOT confirm those with the families until %s gives the green light. If a clinic moves anything please update the board AND reply-all so I don't double book the demo kits.

%s

Reminder: settings sheet has to be signed by the prescriber before go-live, no verbal.

Thanks all,
%s
%s | Aurelle Medical
Mobile %s""" % (S['reimb2'].first, '\n'.join(lines), mgr.first, mgr.title, mgr.phone)
    m = build(mgr, team, 'Start board - week of %d/%d' % (mon.month, mon.day), body, date=d, cc=S['reimb2'])
    save('phi', 'lists', m, '; '.join('%s' % r[2] for r in rows))


def lists_2():
    mgr = S['reimb_mgr']
    team = [S['reimb'], S['reimb2']]
    d = rdate()
    rows = [['Ref', 'Patient Last', 'Patient First', 'DOB', 'Payer', 'Member ID', 'HCPCS', 'Submitted',
             'Days Open', 'Status', 'Owner']]
    names = []
    for i in range(14):
        f, l, b = _pt(3, 80)
        py = random.choice(PAYERS)
        sub = d.date() - TD(days=random.randint(2, 45))
        rows.append(['PA-25-%07d' % random.randint(1, 9999999), l, f, mdy(b), py['name'], member_id(py['pfx']),
                     random.choice(['E0784', 'A9276/A4239', 'E0784;A4224;A4225', 'A4224;A4225', 'E2103']),
                     mdy(sub), (d.date() - sub).days,
                     random.choice(['Pended - info req', 'Submitted', 'Peer-to-peer sched', 'Denied - appeal drafted',
                                    'Submitted', 'Awaiting clinic notes']),
                     random.choice(team).first])
        names.append('%s %s' % (f, l))
    body = """Attached is today's PA aging. Anything over 30 days open needs a touch today - either a status call to the plan or a nudge to the clinic for notes. I sorted by days open.

%s - the two Everfield ones are yours, they've changed their fax number again (new one is in the payer grid).

Thanks,
%s""" % (S['reimb2'].first, sig(mgr, mgr.title, direct=mgr.phone)[1:])
    rows[1:] = sorted(rows[1:], key=lambda r: -r[8])
    m = build(mgr, team, 'PA aging %s' % mdy(d.date()), body, date=d,
              attachments=[('PA_aging_%s.csv' % d.strftime('%Y%m%d'), csv_text(rows))])
    save('phi', 'lists', m, '; '.join(names))


def lists_3():
    cl = CLINICS[0]
    edu = person(cl['dom'], F_NAMES, style=0)
    f = S['fcs_oh']
    d = rdate(start=(2025, 8, 1), end=(2025, 10, 10))
    cls = d + TD(days=16)
    lines, names = [], []
    reasons = ['new start, MDI x 2 yrs, parents both coming', 'upgrade from old pump (warranty out)',
               'new start - needs Spanish interpreter', 'restarting pump after 1 yr break',
               'new start, teen wants to do it himself', 'switching from other brand',
               'new start - grandma is primary caregiver', 'SmartLoop start only, already on Glide']
    for i in range(7):
        k = random.choice(KID_NAMES)
        l = random.choice(L_NAMES)
        b = dob(13, 17) if 'teen' in reasons[i] else dob(4, 16)
        names.append('%s %s' % (k, l))
        lines.append('%s %s - %s - %s' % (k, l, mdy(b, pad=False), reasons[i]))
    body = """Hi %s!

Here's who we have so far for the group pump class on %s %d (same room as last time, 9-12):

%s

Mom of the 3rd kid said she may need to bring the younger sibling, I told her that's fine. Can you bring 7 demo kits + the Spanish handouts? I'll have the settings for each of them signed by Dr. %s by the Wednesday before.

Thank you!!
%s""" % (f.first, MONTHS[cls.month - 1], cls.day, '\n'.join(lines), random.choice(L_NAMES),
         clinic_sig(edu, 'MSN, RN, CDCES - Diabetes Educator', cl)[1:])
    m = build(edu, f, 'group pump class list', body, date=d)
    save('phi', 'lists', m, '; '.join(names))


def lists_4():
    lead, ops = S['sup_lead'], S['ops']
    d = rdate()
    rows = [['Case #', 'Customer Name', 'Ship To', 'City/State/Zip', 'Phone', 'Failed Sensor SN', 'Lot',
             'Reason', 'Qty', 'Ship Method']]
    names = []
    for i in range(11):
        f, l, b = _pt(8, 78)
        names.append('%s %s' % (f, l))
        rows.append([case_no(), '%s %s' % (f, l), street_addr(), city_line(), phone(), sensor_sn(), sensor_lot(),
                     random.choice(['Early failure d2-4', 'Adhesion', 'Sensor error', 'Inaccurate vs BG', 'Applicator jam',
                                    'Fell off - swimming']),
                     1, random.choice(['Ground', 'Ground', '2nd Day', 'Overnight'])])
    body = """Hi %s,

Attached is the batch of manual replacements from Friday night + weekend that didn't auto-create orders because CaseDesk was down for the patch (IT ticket is still open). 11 lines. Two are overnight - those customers were completely out.

Can you push these through today? Let me know when they're released and I'll close the cases.

Thanks,
%s""" % (ops.first, sig(lead, lead.title, direct=lead.phone, conf=CONF_SHORT)[1:])
    m = build(lead, ops, 'manual sensor replacements - weekend batch', body, date=d,
              attachments=[('weekend_replacements.xlsx', make_xlsx(rows, 'Replacements'))])
    save('phi', 'lists', m, '; '.join(names))


def lists_5():
    pv = S['pv']
    d = rdate()
    events = [('Glide', 'No delivery alarm; BG >400, ED visit, IV fluids', 'Y - 30 day'),
              ('Sense 3', 'Missed low alert, BG 48 by meter, glucagon given by parent', 'Under review'),
              ('Glide', 'Cartridge cracked on insertion, no injury', 'N'),
              ('Sense 3', 'Skin irritation / blistering under adhesive, seen by PCP', 'N - not serious'),
              ('Glide', 'Occlusion not detected, DKA admission 2 days', 'Y - 30 day'),
              ('Link app', 'App crash, bolus calc not shown, user bolused manually, no injury', 'N'),
              ('Glide', 'Screen blank after drop; user switched to injections', 'N')]
    hdr = '| Complaint #     | Patient             | DOB        | Product  | Event summary                                              | MDR?          |'
    sep = '|' + '|'.join('-' * (len(c)) for c in hdr.split('|')[1:-1]) + '|'
    lines = [hdr, sep]
    names = []
    for prod, ev, mdr in events:
        f, l, b = _pt(6, 72)
        names.append('%s %s' % (f, l))
        lines.append('| %-15s | %-19s | %-10s | %-8s | %-58s | %-13s |' % (complaint_no(), ('%s %s' % (f, l))[:19], mdy(b), prod, ev[:58], mdr))
    body = """All,

Weekly triage list for Thursday's review board below. Two look reportable to me (30-day); one is borderline (the missed low alert - parent gave glucagon but no EMS/ED, and we don't have the sensor back yet).

%s

Reminder we're at day 21 on the first one, so I need decisions Thursday, not next week.

%s
%s""" % ('\n'.join(lines), pv.name, pv.title)
    m = build(pv, [S['pv_mgr'], S['ra']], 'Complaint triage - review board agenda', body, date=d,
              cc=S['qa'])
    save('phi', 'lists', m, '; '.join(names))


def lists_6():
    f = S['fcs_fl']
    cl = CLINICS[4]
    edu = person(cl['dom'], F_NAMES, style=0)
    d0 = rdate(start=(2025, 2, 1), end=(2025, 10, 1))
    d1 = after(d0, 60, 900)
    rows = ['Child\tAge\tParent/Guardian\tPhone\tCurrent tx\tNotes']
    names = []
    for i in range(6):
        k = random.choice(KID_NAMES)
        l = random.choice(L_NAMES)
        names.append('%s %s' % (k, l))
        rows.append('%s %s\t%d\t%s %s\t%s\t%s\t%s' % (
            k, l, random.randint(4, 15), random.choice(F_NAMES + M_NAMES), l, phone('813'),
            random.choice(['MDI', 'MDI', 'Glide (manual)', 'other pump']),
            random.choice(['', 'dad works nights', 'needs Portuguese', 'nut allergy - no snacks', 'twin brother also T1', ''])))
    orig = """Hey! Can you send me the sign-up list for the Saturday family session so I know how many kits to bring?"""
    body = """Here you go - copied straight from our sheet. 6 families, could be 7 if the Ortega family confirms.

%s

Room is the big conference room on 2 again. We'll have pizza (gluten free for one of them).

%s, CDCES
Bayfront Pediatric Diabetes Program

On %s, %s <%s> wrote:
%s""" % ('\n'.join(rows), edu.first, gmail_date(d0), f.name, f.email, quote(orig))
    m = build(edu, f, 'Re: Saturday family session', body, date=d1,
              headers=thread_headers('Saturday family session', cl['dom']))
    save('phi', 'lists', m, '; '.join(names))


def lists_7():
    so = _mk('Sales Operations Analyst', 0)
    tm = S['rsm']
    d = rdate()
    lines, names = [], []
    ins = ['Bluecrest PPO', 'Medicare + Medigap F', 'Keystone HMO', 'Medicaid (OH)', 'Everfield self-funded',
           'Bluecrest PPO', 'Keystone HMO', 'Medicare Advantage (Bluecrest)']
    random.shuffle(ins)
    for i in range(8):
        f, l, b = _pt(14, 76, F_NAMES + M_NAMES)
        names.append('%s %s' % (f, l))
        wend = d.date() + TD(days=random.randint(20, 110))
        lines.append('%s %s - %s - %s - warranty ends %s - %s' % (
            f, l, phone(random.choice(['614', '740', '502', '513'])), pump_sn(), mdy(wend),
            ins[i]))
    body = """%s,

As discussed, here are the OH/KY Glide users whose 4-year warranty is up in the next ~90 days and who haven't been contacted by anyone yet. Insurance on file is from the last order so it may be stale. The Medicaid one will need a new PA regardless.

%s

Please log any outreach in CRM under the "Warranty Renewal Q4" campaign so marketing doesn't email them the same week. Don't forward this list outside the team.

%s
Sales Operations | Aurelle Medical""" % (tm.first, '\n'.join(lines), so.name)
    m = build(so, tm, 'warranty renewal outreach - OH/KY', body, date=d, cc=S['rsm2'])
    save('phi', 'lists', m, '; '.join(names))


LISTS = [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]


# ======================================================================= PHI: names
def names_1():
    a, b = S['fcs_co'], S['fcs_oh']
    pf, pl = pick_name(['Tomas', 'Luis', 'Felipe', 'Hector'], last=random.choice(['Rivera', 'Salazar', 'Castellanos']))
    d = rdate(hours=(19, 22))
    st = d + TD(days=4)
    body = """hey %s - any chance you can cover a start for me %s %d/%d? My kid's school thing got moved and I can't get out of it.

%s, %s - 10am at Summit Ridge with their CDCES (Colleen). MDI -> Glide, going straight to SmartLoop per Dr. Odom. He's really nervous - had a bad low last month where his wife had to call EMS, so he's going to want to talk about that a lot. I'd go conservative on the targets and spend extra time on the low alerts. Wife will be there.

Settings are signed and in the portal. Supplies delivered.

I owe you one (or two)
%s""" % (b.first, DAYS[st.weekday()], st.month, st.day, pl, pf, a.first)
    m = build(a, b, 'can you cover a start?', body, date=d)
    save('phi', 'names', m, '%s %s' % (pf, pl))


def names_2():
    f = S['fcs_fl']
    pv = S['pv']
    pl = random.choice(['Okonkwo', 'Boateng', 'Oyelaran'])
    d0 = rdate()
    d1 = after(d0, 40, 300)
    orig = """Following up from our call - mom sent me pictures this morning. Same spot as before, red raised area right under the adhesive edge, a few small blisters this time, itchy. She's been using the barrier wipe. Pediatrician told them to put hydrocortisone on it and to pause the sensor on that arm for a week."""
    body = """Thanks %s. I logged it as a new complaint (skin reaction, non-serious) and linked it to the first one so the trend shows up. If you can, ask mom to keep the last sensor + adhesive - we may want it for the lot check.

For now I'd recommend overpatch + rotating to the back of the other arm or abdomen, and the barrier film instead of wipe. If it gets worse or any open skin, back to the pediatrician/derm.

%s

From: %s <%s>
Sent: %s
To: %s <%s>
Subject: %s - sensor adhesive reaction

%s""" % (f.first, sig(pv, pv.title, direct=pv.phone)[1:], f.name, f.email, outlook_date(d0), pv.name,
         pv.email, pl, orig)
    m = build(pv, f, 'RE: %s - sensor adhesive reaction' % pl, body, date=d1,
              headers=thread_headers('%s - sensor adhesive reaction' % pl, DOM))
    save('phi', 'names', m, pl)


def names_3():
    ag, lead = S['agent1'], S['sup_lead']
    pl = random.choice(['Delacroix', 'Fontaine', 'Lachance', 'Thibodeaux'])
    d0 = rdate()
    d1 = after(d0, 10, 120)
    orig = """%s - Mrs. %s called about her third failed sensor this month (all lot %s). She's a retired school teacher, very organized, has the fingerstick readings written down for every one - the sensors were reading 60-80 points high before they died. She's asking for a month of sensors as a courtesy since she's paying out of pocket until her deductible resets. I'm allowed to do 1-for-1, so asking you for the extra 2. Also flagging the lot to PMS.

%s""" % (lead.first, pl, sensor_lot(), ag.first)
    body = """yes approve the courtesy replacement - send 3 total and note it in the case. good catch on the lot.

%s

Sent from my iPhone

On %s, %s <%s> wrote:
%s""" % (lead.first.lower(), gmail_date(d0), ag.name, ag.email, quote(orig))
    m = build(lead, ag, 'Re: courtesy replacement?', body, date=d1,
              headers=thread_headers('courtesy replacement?', DOM))
    save('phi', 'names', m, 'Mrs. %s' % pl)


def names_4():
    cl = CLINICS[0]
    rn = person(cl['dom'], F_NAMES, style=1)
    f = S['fcs_oh']
    kid = random.choice(['Maddie', 'Kenzie', 'Josie', 'Sadie'])
    ini = random.choice('HKBTW')
    d = rdate(hours=(7, 10))
    body = """Morning %s,

%s %s. (the one with the purple pump skin and the very loud little brother) - her mom called again last night. %s is still going low around 2-3 am most nights since they started SmartLoop, usually in the 60s, a couple 50s. Mom is waking up to treat and is exhausted. Dr. %s increased the overnight target last week but it hasn't made much difference.

Could you look at her Insight data when you get a sec and let me know if there's something about the settings we're missing? Mom thinks it's after soccer days. I told her someone would call her by Friday.

Thanks
%s""" % (f.first, kid, ini, kid, random.choice(L_NAMES), clinic_sig(rn, 'RN', cl, fax=False)[1:])
    m = build(rn, f, 'SmartLoop overnight lows - can you look?', body, date=d)
    save('phi', 'names', m, '%s %s.' % (kid, ini))


def names_5():
    cl = CLINICS[3]
    f, pv = S['fcs_ms'], S['pv']
    cde = person(cl['dom'], F_NAMES, style=0)
    pf, pl = pick_name(['Jerome', 'Terrence', 'Darnell', 'Curtis'], last=random.choice(['Whitfield', 'Odom', 'Pruitt']))
    d0 = rdate(start=(2025, 2, 1), end=(2025, 10, 15))
    d1 = after(d0, 120, 600)
    d2 = after(d1, 60, 600)
    msg0 = """%s,

Wanted you to hear this from us before it comes in through the call center. %s %s was admitted to St. Dominic-area hospital Sunday night in DKA. He's ok now, going home tomorrow. He told the hospitalist the pump "never alarmed" and that when he pulled the site Sunday the cannula was bent. He'd been on the same site since Wednesday (4+ days - I know). His wife is upset and talking about a lawyer.

He still has the set and the pump. Can someone pick them up?

%s, RN, CDCES
%s""" % (f.first, pf, pl, cde.name, cl['name'])
    msg1 = """Forwarding to complaint handling. %s - can you open this as a potential serious injury? I can pick up the pump and the set from the clinic on Thursday when I'm there for starts and send back in a return kit. I'll also do a loaner if he wants to stay on the pump.

%s""" % (pv.first, f.first)
    body = """%s,

Opened %s. Thanks for getting it to us same day - awareness date is the day the clinic told you, so we're on the clock from %s.

Please:
 1. Get the pump, the set AND the cartridge if he still has it. Bag them separately.
 2. Don't do any troubleshooting on the pump before it comes back (so the event log is intact).
 3. If the wife wants to talk to someone, give her my direct line - don't discuss cause.

I'll request the hospital records through the usual route. Legal is cc'd per the litigation-mention rule.

%s

-----Original Message-----
From: %s
Sent: %s
To: %s
Subject: FW: Mr. %s

%s

-----Original Message-----
From: %s <%s>
Sent: %s
To: %s <%s>
Subject: Mr. %s

%s""" % (f.first, complaint_no(), mdy(d0.date()), sig(pv, pv.title, direct=pv.phone)[1:], f.name,
         outlook_date(d1), pv.name, pl, msg1, cde.name, cde.email, outlook_date(d0), f.name, f.email, pl, msg0)
    legal = _mk('Associate General Counsel', 0)
    m = build(pv, f, 'RE: FW: Mr. %s' % pl, body, date=d2, cc=[S['pv_mgr'], legal],
              headers=thread_headers('Mr. %s' % pl, DOM))
    save('phi', 'names', m, '%s %s' % (pf, pl))


def names_6():
    rep, tm = S['rsm'], S['fcs_mgr']
    g = random.choice(['Grace', 'Mei', 'Hannah'])
    gl = random.choice(['Liu', 'Nakamura', 'Tran'])
    tw = random.choice(['Abernathy', 'Kowalski', 'Schaefer'])
    d = rdate(start=(2025, 9, 8), end=(2025, 11, 7))
    body = """%s,

Good lunch at Dr. Patel's office today (Lancaster Endo). They want to move a few people over from injections before the end of the year while deductibles are met:

- %s %s - 34, very motivated, A1c came down but she's still having lows at work. They want her on SmartLoop from day one.
- the %s twins (Noah and Liam, 12) - mom wants them started the same day so it's one trip. Both on MDI. Mom works at the hospital so she'll take the day off.
- Possibly Mr. Kowalczyk, but he's on Medicare and they're still deciding between us and staying on pens.

Can we get them on the board for early December? I'll have the office send the Rx + notes this week. I'll let %s know for the auths.

%s
%s | Aurelle Medical
%s""" % (tm.first, g, gl, tw, S['reimb2'].first, rep.name, rep.title, rep.phone)
    m = build(rep, tm, 'Lancaster Endo - 4 new starts coming', body, date=d)
    save('phi', 'names', m, '%s %s; Noah %s; Liam %s; Mr. Kowalczyk' % (g, gl, tw, tw))


def names_7():
    f = S['fcs_wi']
    cl = CLINICS[1]
    rd = person(cl['dom'], F_NAMES, style=0)
    d = rdate()
    due = d + TD(days=random.randint(100, 120))
    body = """Hi %s,

Spoke with Tanya today (your 1pm on Tuesdays, the teacher). She's 24 weeks now and wants to tighten things up - she asked about lowering her SmartLoop target to the lowest setting and whether she should be in manual mode overnight. I told her I'd loop you and Dr. Greenberg in before we change anything, since OB also has her on a new carb plan.

Her pre-meal numbers this week were mostly 110s-130s, post-breakfast 180s. Due date is %s %d.

Would you be able to see her with me on the 19th? I can do the settings change in clinic if you all agree on targets.

Thanks,
%s""" % (rd.first, MONTHS[due.month - 1], due.day, sig(f, f.title, mobile=f.phone)[1:])
    m = build(f, rd, 'Tanya - pregnancy targets', body, date=d, cc=person(cl['dom'], F_NAMES, style=0))
    save('phi', 'names', m, 'Tanya')


def names_8():
    cl = CLINICS[5]
    om = person(cl['dom'], F_NAMES, style=0)
    to = S['cs_dir']
    pf, pl = 'Yolanda', random.choice(['Pierce', 'Washington', 'Holloway'])
    d = rdate()
    text = """Dear %s,

I'm the practice manager at Summit Ridge. I'm writing about one of our long-time patients, Mrs. %s %s. Over the past two months she's had her pump replaced twice for screen failures, and the last replacement arrived with the wrong cartridges. She spent three days on injections waiting for the correct ones. She is 78, lives alone, and was in tears at her visit on Monday. She told Dr. Stratton she is thinking of stopping the pump entirely.

She has been a huge advocate for your product with our other patients, and honestly we've been happy with your team, but this was not a good experience. Could someone senior call her? Her daughter, Paula, helps her with her phone and would like to be on the call: %s.

Sincerely,
%s
Practice Manager, %s
%s""" % (to.first, pf, pl, phone('303'), om.name, cl['name'], phone('303'))
    html = ('<html><body style="font-family:Georgia,serif;font-size:12pt">'
            + ''.join('<p>%s</p>' % _x(p).replace('\n', '<br>') for p in text.split('\n\n')) +
            '<hr><p style="font-size:8pt;color:#777">%s</p></body></html>' % _x(CONF_CLINIC))
    m = build(om, to, 'Concern regarding a patient experience', text + '\n\n' + CONF_CLINIC, date=d, html=html,
              cc=S['fcs_co'])
    save('phi', 'names', m, '%s %s' % (pf, pl))


NAMES = [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]


# ======================================================================= PHI: self
def self_1():
    pt = P('Jess', random.choice(['Pruitt', 'Lowry', 'Ashby']), email=None, domain=random.choice(PERSONAL), style=3)
    d = rdate(hours=(21, 23))
    body = """my sensor fell off again after 2 days thats the 3rd one this month. i did everything the video said. can u send more, i only have 1 left and its supposed to last till the 30th. same address

jess %s

Sent from my iPhone""" % pt.last.lower()
    m = build(pt, SUPPORT, 'sensor fell off AGAIN', body, date=d)
    save('phi', 'self', m, 'Jess %s' % pt.last)


def self_2():
    pf, pl = pick_name(M_NAMES + F_NAMES)
    pt = P(pf, pl, domain=random.choice(PERSONAL), style=0)
    py = PAYERS[0]
    mid = member_id(py['pfx'])
    inv = 'INV-' + digits(8)
    d = rdate()
    body = """To whom it may concern,

I received invoice %s dated %s for $1,240.18 for my insulin pump supplies (infusion sets and cartridges, 90-day order). I have Bluecrest Health Plan through my employer (member ID %s) and have had a prior authorization on file for these supplies since my pump was started in 2023. My last two orders were billed to Bluecrest with no issue and I paid only my 20%% coinsurance.

I called on %s and was told the claim was "sent to the wrong payer ID" and it would be fixed, but I have now received a second notice saying the balance is past due. I should not be responsible for a billing error, and I do not want this to go to collections or affect my next shipment, since I rely on these supplies every day.

Please correct the claim, confirm in writing that the balance will be removed, and let me know what my actual responsibility will be.

Thank you,
%s %s
%s
%s
%s""" % (inv, mdy(d.date() - TD(days=40)), mid, mdy(d.date() - TD(days=21)), pf, pl, street_addr(), city_line(),
         phone())
    m = build(pt, 'Aurelle Billing <billing@%s>' % DOM, 'Billing error - invoice %s' % inv, body, date=d)
    save('phi', 'self', m, '%s %s' % (pf, pl))


def self_3():
    emp = _mk('Senior Customer Care Specialist', 0, ['Tamika', 'Colleen', 'Megan', 'Whitney', 'Farrah'])
    hr = S['hr']
    d = rdate()
    surg = d + TD(days=random.randint(18, 30))
    body = """Hi %s,

I wanted to give you a heads up and ask what paperwork I need. I'm having surgery on %s %d (hysterectomy - my doctor found fibroids that have been causing the anemia I've been dealing with since last year). Recovery is supposed to be 6 weeks, possibly 8 if they can't do it laparoscopically.

Can you send me the short-term disability forms and whatever I need for FMLA? My surgeon's office is Wake Women's Care, fax 919-555-0131, if they need to send anything directly. I'll use my PTO for the first week.

I already told %s so the schedule can be planned, but I only said I'll be out for surgery, not what for - I'd like to keep it that way.

Thanks so much,
%s
%s, Patient Support Centre
x%s""" % (hr.first, MONTHS[surg.month - 1], surg.day, S['sup_lead'].first, emp.name, emp.title, digits(4))
    m = build(emp, hr, 'leave paperwork - confidential', body, date=d, headers={'Sensitivity': 'Private'})
    save('phi', 'self', m, emp.name)


def self_4():
    pf, pl = pick_name(F_NAMES + M_NAMES)
    pt = P(pf, pl, domain=random.choice(PERSONAL), style=1)
    sn = pump_sn()
    d = rdate(hours=(6, 8))
    ev = d - TD(days=1)
    body = """Hello,

I want to report a problem with my pump (serial %s) and I'd like someone to call me today.

Last night (%s) I bolused 6 units for dinner around 7:15pm. The pump showed the bolus as delivered. I went to bed around 11 at 142. At 3am my CGM alarmed high, I was 389 and I had moderate ketones. I did a correction through the pump, no change after an hour, so I changed the site and the cartridge - the old cartridge still had almost the same amount of insulin in it as before dinner. I gave a shot with my backup pen and went to urgent care around 5 because I was throwing up. They gave me fluids and sent me home.

The pump never gave me an occlusion alarm or any alarm at all. I'm back on my pen right now because I don't trust it. I have kept the old cartridge and tubing.

I'm type 1 for 19 years and I've never had this happen.

%s %s
DOB %s
%s""" % (sn, mdy(ev.date()), pf, pl, mdy(dob(25, 55)), phone())
    m = build(pt, SUPPORT, 'Pump did not deliver insulin - went to urgent care', body, date=d,
              headers={'Importance': 'High'})
    save('phi', 'self', m, '%s %s' % (pf, pl))


def self_5():
    pf = random.choice(['Owen', 'Caleb', 'Ava', 'Chloe', 'Harper'])
    pl = random.choice(L_NAMES)
    pt = P(pf, pl, email='%s.%s@%s' % (pf.lower(), pl.lower(), 'students.riverbend-u.net'))
    d = rdate(start=(2025, 8, 1), end=(2025, 9, 10), hours=(11, 23))
    body = """hi! so i just moved into my dorm and realized all my pump stuff is still getting shipped to my parents house lol. i'm 19 so i think i can change it myself now? my mom always did the orders.

new address:
%s %s
Riverbend University - Hollis Hall Rm 314
%d Campus Loop
Box %d
Athens, OH 45701

also can i switch to the 3 month shipments so i'm not running out during finals. i go through sets faster than the rx says bc of soccer (they rip out). and my endo here is going to be the campus health center for now until i find one, is that ok for the prescription?

thank u!!
%s %s
DOB %s""" % (pf, pl, random.randint(100, 900), random.randint(1000, 9999), pf.lower(), pl.lower(),
             mdy(datetime.date(2006, random.randint(1, 12), random.randint(1, 28)), pad=False))
    m = build(pt, SUPPORT, 'change shipping address (college)', body, date=d)
    save('phi', 'self', m, '%s %s' % (pf, pl))


def self_6():
    pf, pl = pick_name(F_NAMES + M_NAMES)
    pt = P(pf, pl, domain=random.choice(PERSONAL), style=2)
    survey = P('Aurelle', 'Experience Team', email='experience@' + DOM)
    d0 = rdate(start=(2025, 2, 1), end=(2025, 10, 1))
    d1 = after(d0, 300, 4000)
    orig = """Hi %s,

It's been 90 days since your %s start. How is it going? Reply to this email or click below to take our 2-minute survey.

  How likely are you to recommend %s to a friend? (0-10)
  https://survey.%s/r/%s

Thank you for being part of the Aurelle community.
The Aurelle Experience Team""" % (pf, PUMP, PUMP, DOM, letters(10, 'abcdefghjkmnpqrstuvwxyz23456789'))
    body = """10!! honestly this pump changed my life. my a1c went from 9.1 before to 6.8 at my appointment last week and dr %s almost fell out of her chair lol. I'm sleeping through the night for the first time in years because SmartLoop catches the lows. only complaint is the sets sometimes kink when I put them in my stomach, the arm works better for me.

Thanks to %s who did my training, so patient with me.

%s

On %s, Aurelle Experience Team <experience@%s> wrote:
%s""" % (random.choice(L_NAMES), S['fcs_oh'].first, pf, gmail_date(d0), DOM, quote(orig))
    m = build(pt, survey, 'Re: How is your %s going?' % PUMP, body, date=d1,
              headers=thread_headers('How is your pump going?', DOM))
    save('phi', 'self', m, '%s %s' % (pf, pl))


def self_7():
    pf, pl = pick_name(['Harold', 'Eugene', 'Raymond', 'Dale', 'Deborah', 'Lorraine', 'Paula'])
    pt = P(pf, pl, domain=random.choice(PERSONAL), style=1)
    b = datetime.date(1960, random.randint(1, 12), random.randint(1, 28))
    mb = mbi()
    d = rdate(start=(2025, 3, 1), end=(2025, 11, 1))
    body = """Good afternoon,

I turn 65 on %s and will be moving from my employer plan (Keystone Unity) to Medicare Part B with a Medigap plan G. My Medicare number is %s and my date of birth is %s.

I use the Glide pump (bought in 2022) and the Sense 3 CGM. My questions:
 1. Will Medicare cover my supplies through Aurelle, or do I need to go through a pharmacy?
 2. Do I need new paperwork from my endocrinologist? I see Dr. Mensah at Cedar Valley next month.
 3. Will my pump still be covered for repairs since Medicare didn't buy it?

I'd rather not have a gap - I usually order 90 days at a time and my next order is due the week after my birthday.

Thank you,
%s %s
%s""" % (MONTHS[b.month - 1] + ' %d' % b.day, mb, mdy(b), pf, pl, phone('319'))
    m = build(pt, SUPPORT, 'Switching to Medicare - what do I need to do', body, date=d)
    save('phi', 'self', m, '%s %s' % (pf, pl))


SELF = [self_1, self_2, self_3, self_4, self_5, self_6, self_7]


# ======================================================================= PHI: struct
S['integ'] = _mk('Integration Engineer, Connected Care', 0)


def ts(dt, secs=True):
    return dt.strftime('%Y%m%d%H%M%S' if secs else '%Y%m%d%H%M')


def struct_1():   # HL7 ORM in body
    ig = S['integ']
    cl = CLINICS[0]
    d = rdate()
    kf = random.choice(KID_NAMES)
    kl = random.choice(L_NAMES)
    b = dob(6, 15)
    par = random.choice(M_NAMES + F_NAMES)
    mr = mrn()
    ordn = 'ORD' + digits(7)
    mid = member_id('BCH')
    prov = (npi(), random.choice(L_NAMES), random.choice(F_NAMES))
    st = street_addr()
    c = random.choice(CITIES[:2])
    hl7 = '\n'.join([
        'MSH|^~\\&|EPIC|NGCE|AURELLE_ORD|AURELLE|%s||ORM^O01^ORM_O01|%s|P|2.5.1' % (ts(d), 'NGC' + digits(9)),
        'PID|1||%s^^^NGCE^MR||%s^%s^||%s|%s|||%s^^%s^%s^%s^USA||%s^PRN^PH|||||%s' % (
            mr, kl.upper(), kf.upper(), b.strftime('%Y%m%d'), random.choice('MF'), st, c[0], c[1], c[2],
            phone('614', 3), 'HAR' + digits(8)),
        'NK1|1|%s^%s|PAR^Parent^HL70063|||%s' % (kl.upper(), par.upper(), phone('614', 3)),
        'PV1|1|O|PEDENDO^^^NGCE||||%s^%s^%s^^^MD' % prov,
        'IN1|1|BCH01|%s|BLUECREST HEALTH PLAN|PO BOX 4410^^COLUMBUS^OH^43216||||||||||%s^%s|19|%s||||||||||||||||||||%s' % (
            digits(5), kl.upper(), par.upper(), (b - TD(days=365 * 30)).strftime('%Y%m%d'), mid),
        'ORC|NW|%s|||||^^^%s||%s|||%s^%s^%s^^^MD' % (ordn, ts(d, False), ts(d), prov[0], prov[1], prov[2]),
        'OBR|1|%s||E0784^INSULIN PUMP EXTERNAL AMBULATORY^HCPCS|||%s|||||||||%s^%s^%s^^^MD' % (
            ordn, ts(d), prov[0], prov[1], prov[2]),
        'DG1|1||E10.65^Type 1 diabetes mellitus with hyperglycemia^I10||%s|F' % ts(d, False),
        'NTE|1||Aurelle Glide w/ SmartLoop. Sensor: Sense 3. Sets: TrueFlow 6mm/23in. Settings to follow via portal.',
        'OBR|2|%s-2||A9276^SENSOR CGM^HCPCS|||%s' % (ordn, ts(d)),
    ])
    body = """Hi support team,

The order below came in from Northgate's Epic interface overnight and dropped to the error queue (AE - PID-13 phone in wrong component, NK1 missing relationship code in our map). I've fixed the map for future messages, but this one needs to be keyed manually into the order system today so the start isn't delayed. Raw message pasted below. Please reply when it's entered and I'll mark the queue item resolved.

%s

Queue item: IFQ-%s

%s""" % (hl7, digits(6), sig(ig, ig.title, direct=ig.phone, conf=CONF_SHORT)[1:])
    m = build(ig, [S['ops'], S['sup_lead']], 'Interface error - manual entry needed (Northgate ORM)', body, date=d)
    save('phi', 'struct', m, '%s %s' % (kf, kl))


def struct_2():   # X12 278 attachment
    pa = S['reimb2']
    ch = person('claimbridge.net', F_NAMES, style=0)
    d = rdate()
    pf, pl = pick_name(F_NAMES + M_NAMES)
    b = dob(20, 60)
    mid = member_id('KUH')
    ctl = digits(9)
    seg = [
        'ISA*00*          *00*          *ZZ*AURELLEMED     *ZZ*CLAIMBRIDGE    *%s*%s*^*00501*%s*0*P*:' % (d.strftime('%y%m%d'), d.strftime('%H%M'), ctl),
        'GS*HI*AURELLEMED*CLAIMBRIDGE*%s*%s*%s*X*005010X217' % (d.strftime('%Y%m%d'), d.strftime('%H%M'), ctl[-4:]),
        'ST*278*0001*005010X217',
        'BHT*0007*13*%s*%s*%s' % ('AUR' + digits(8), d.strftime('%Y%m%d'), d.strftime('%H%M')),
        'HL*1**20*1', 'NM1*X3*2*KEYSTONE UNITY HEALTH*****PI*KUH01',
        'HL*2*1*21*1', 'NM1*1P*2*AURELLE MEDICAL INC*****XX*%s' % npi(),
        'PER*IC*%s*TE*9195550170*FX*9195550177' % pa.name.upper(),
        'HL*3*2*22*1', 'NM1*IL*1*%s*%s****MI*%s' % (pl.upper(), pf.upper(), mid),
        'DMG*D8*%s*%s' % (b.strftime('%Y%m%d'), random.choice('MF')),
        'HL*4*3*EV*1', 'UM*HS*I*12*11:B',
        'HI*ABK:E1065*ABF:Z794',
        'HL*5*4*SS*0', 'SV1*HC:E0784*0*UN*1', 'SV1*HC:A4224*0*UN*13',
        'NM1*DK*1*%s*%s****XX*%s' % (random.choice(L_NAMES).upper(), random.choice(F_NAMES).upper(), npi()),
        'SE*19*0001', 'GE*1*%s' % ctl[-4:], 'IEA*1*%s' % ctl]
    edi = '~\n'.join(seg) + '~\n'
    body = """Hi %s,

We're getting a 999 reject on the attached 278 (IK3*UM*14**8 / IK4 on UM04). Keystone's companion guide says UM04 should be the facility/place of service code - we're sending 12:B (home) which I thought was right for DME. Can you look at what your translator is doing with it? I've resent twice and both bounced. The member's pump start is scheduled for next week so I'm running out of room.

Transaction control %s.

Thanks,
%s""" % (ch.first, ctl, sig(pa, pa.title, direct=pa.phone)[1:])
    m = build(pa, ch, 'Ticket follow-up: 278 rejecting on UM04 - Keystone', body, date=d,
              attachments=[('278_%s.edi' % ctl, edi)])
    save('phi', 'struct', m, '%s %s' % (pf, pl))


def struct_3():   # FHIR Bundle JSON
    ig = S['integ']
    cl = CLINICS[5]
    it = person(cl['dom'], M_NAMES + F_NAMES, style=1)
    d = rdate()
    pf, pl = pick_name(F_NAMES + M_NAMES)
    b = dob(22, 70)
    mr = mrn()
    sn = pump_sn()
    obs = []
    t0 = d - TD(hours=6)
    for i in range(4):
        t = t0 + TD(minutes=5 * i)
        obs.append({'fullUrl': 'urn:uuid:obs-%d' % i, 'resource': {
            'resourceType': 'Observation', 'status': 'final',
            'category': [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/observation-category', 'code': 'laboratory'}]}],
            'code': {'coding': [{'system': 'http://loinc.org', 'code': '2339-0', 'display': 'Glucose [Mass/volume] in Blood'}],
                     'text': 'CGM glucose'},
            'subject': {'reference': 'urn:uuid:pt-1'},
            'device': {'reference': 'Device/%s' % sn},
            'effectiveDateTime': t.isoformat(),
            'valueQuantity': {'value': random.randint(95, 260), 'unit': 'mg/dL', 'system': 'http://unitsofmeasure.org', 'code': 'mg/dL'}}})
    bundle = {'resourceType': 'Bundle', 'type': 'transaction', 'timestamp': d.isoformat(), 'entry': [
        {'fullUrl': 'urn:uuid:pt-1', 'resource': {
            'resourceType': 'Patient',
            'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.%s' % digits(4), 'value': mr, 'type': {'text': 'MRN'}}],
            'name': [{'family': pl, 'given': [pf]}], 'gender': random.choice(['male', 'female']),
            'birthDate': b.isoformat(),
            'telecom': [{'system': 'phone', 'value': phone('303', 1)}],
            'address': [{'line': [street_addr()], 'city': 'Aurora', 'state': 'CO', 'postalCode': '80012'}]}},
        {'fullUrl': 'urn:uuid:dev-1', 'resource': {
            'resourceType': 'Device', 'serialNumber': sn,
            'deviceName': [{'name': PUMP, 'type': 'manufacturer-name'}],
            'patient': {'reference': 'urn:uuid:pt-1'}}}] + obs}
    body = """Hi %s,

Thanks for sending the sample payload. The Patient and Observation resources are parsing fine on our side, but the Observation.device reference ("Device/%s") doesn't resolve - the Device in the same bundle is only addressable by its urn:uuid. Can you have Summit's integration send the Observation.device as "urn:uuid:dev-1" (or do a conditional reference on serial number)? Attached is the bundle exactly as we received it, for reference.

Also - this looks like a production patient, not a test one. Going forward please use the synthetic patients for the sandbox endpoint. I've deleted it from the sandbox on our end.

%s""" % (it.first, sn, sig(ig, ig.title, direct=ig.phone)[1:])
    m = build(ig, it, 'RE: Insight FHIR feed - Device reference not resolving', body, date=d,
              attachments=[('bundle_received_%s.json' % d.strftime('%Y%m%d'), json.dumps(bundle, indent=2))],
              headers=thread_headers('Insight FHIR feed', DOM))
    save('phi', 'struct', m, '%s %s' % (pf, pl))


def struct_4():   # app JSON export for complaint investigation
    de = _mk('Data Engineer, Device Cloud', 0)
    pv = S['pv']
    d = rdate()
    pf, pl = pick_name(F_NAMES + M_NAMES)
    b = dob(18, 60)
    cmp_ = complaint_no()
    sn = pump_sn()
    ev = d - TD(days=3)
    base = ev.replace(hour=18, minute=0, second=0)
    events = []
    for i, (mins, typ, extra) in enumerate([
            (0, 'basal_rate', {'rate_u_per_h': 0.85}),
            (72, 'bolus', {'requested_u': 6.0, 'delivered_u': 6.0, 'carbs_g': 70}),
            (295, 'cgm_alert', {'alert': 'high', 'glucose_mgdl': 251}),
            (541, 'bolus', {'requested_u': 2.4, 'delivered_u': 2.4, 'mode': 'correction'}),
            (600, 'smartloop', {'state': 'auto', 'action': 'basal_increase', 'rate_u_per_h': 1.6}),
            (668, 'cgm_alert', {'alert': 'urgent_high', 'glucose_mgdl': 389}),
            (702, 'cartridge_change', {'remaining_u_before': 141.3}),
            (705, 'site_change', {})]):
        e = {'ts': (base + TD(minutes=mins)).isoformat(), 'type': typ}
        e.update(extra)
        events.append(e)
    cgm = [{'ts': (base + TD(minutes=30 * i)).isoformat(), 'mgdl': v}
           for i, v in enumerate([128, 141, 166, 190, 208, 224, 231, 251, 266, 280, 301, 322, 344, 360, 371, 389])]
    exp = {'export_version': '2.3', 'generated': d.isoformat(), 'complaint_ref': cmp_,
           'account': {'account_id': acct_no(), 'first_name': pf, 'last_name': pl, 'dob': b.isoformat(),
                       'email': '%s.%s@%s' % (pf.lower(), pl.lower(), random.choice(PERSONAL))},
           'device': {'model': 'AG-200', 'serial': sn, 'firmware': '4.12.0', 'app': '%s 3.8.1 (iOS 18.5)' % APP},
           'alarms': [], 'events': events, 'cgm': cgm}
    body = """%s,

Cloud pull for %s attached (window %s 18:00 - next day 06:00, device-local time). Notable:

 - No alarm records at all in the window (alarms[] is empty, and the last sync was 06:07 so it's not a sync gap)
 - Both boluses show delivered == requested per the pump's own accounting
 - cartridge_change at 05:42 logs 141.3 U remaining before change. The previous fill (two days earlier) was 180 U, and summing delivered basal+bolus since then gives ~69 U, so ~110 U would be expected. That's a ~31 U discrepancy, which matches the customer's description that the cartridge "still had almost the same amount in it".

So the pump thinks it delivered but the volume didn't leave the cartridge. Points at the drive/plunger path, not the set. QE should look at the returned unit's motor encoder log.

%s""" % (pv.first, cmp_, mdy(ev.date()), sig(de, de.title, conf=CONF_SHORT)[1:])
    m = build(de, pv, 'Cloud data pull - %s' % cmp_, body, date=d, cc=S['qa'],
              attachments=[('%s_cloud_export.json' % cmp_, json.dumps(exp, indent=2))])
    save('phi', 'struct', m, '%s %s' % (pf, pl))


def struct_5():   # 837P in body (clearinghouse rejection)
    ch = P('ClaimBridge', 'Reports', email='reports@claimbridge.net')
    r = S['reimb']
    d = rdate()
    pf, pl = pick_name(F_NAMES + M_NAMES)
    b = dob(30, 75)
    mid = member_id('BCH')
    clm = 'AUR' + digits(9)
    dos = d.date() - TD(days=random.randint(10, 40))
    ctl = digits(9)
    st = street_addr()
    c = random.choice(CITIES)
    seg = ['ISA*00*          *00*          *ZZ*AURELLEMED     *ZZ*CLAIMBRIDGE    *%s*1412*^*00501*%s*0*P*:' % (d.strftime('%y%m%d'), ctl),
           'GS*HC*AURELLEMED*CLAIMBRIDGE*%s*1412*%s*X*005010X222A1' % (d.strftime('%Y%m%d'), ctl[-5:]),
           'ST*837*0001*005010X222A1',
           'BHT*0019*00*%s*%s*1412*CH' % (digits(10), d.strftime('%Y%m%d')),
           'NM1*41*2*AURELLE MEDICAL INC*****46*AURELLEMED', 'PER*IC*BILLING*TE*9195550170',
           'NM1*40*2*BLUECREST HEALTH PLAN*****46*BCH01',
           'HL*1**20*1', 'NM1*85*2*AURELLE MEDICAL INC*****XX*%s' % npi(),
           'N3*3150 KESTREL PARK DRIVE STE 200', 'N4*DURHAM*NC*277030000', 'REF*EI*%s' % digits(9),
           'HL*2*1*22*0', 'SBR*P*18*%s******CI' % digits(6),
           'NM1*IL*1*%s*%s****MI*%s' % (pl.upper(), pf.upper(), mid),
           'N3*%s' % st.upper(), 'N4*%s*%s*%s' % (c[0].upper(), c[1], c[2]),
           'DMG*D8*%s*%s' % (b.strftime('%Y%m%d'), random.choice('MF')),
           'NM1*PR*2*BLUECREST HEALTH PLAN*****PI*BCH01',
           'CLM*%s*612.40***12:B:1*Y*A*Y*Y' % clm,
           'HI*ABK:E1065*ABF:Z9641',
           'NM1*DK*1*%s*%s****XX*%s' % (random.choice(L_NAMES).upper(), random.choice(F_NAMES).upper(), npi()),
           'LX*1', 'SV1*HC:A4224*402.35*UN*13***1', 'DTP*472*RD8*%s-%s' % (dos.strftime('%Y%m%d'), (dos + TD(days=89)).strftime('%Y%m%d')),
           'LX*2', 'SV1*HC:A4225*210.05*UN*30***1', 'DTP*472*RD8*%s-%s' % (dos.strftime('%Y%m%d'), (dos + TD(days=89)).strftime('%Y%m%d')),
           'SE*27*0001', 'GE*1*%s' % ctl[-5:], 'IEA*1*%s' % ctl]
    body = """ClaimBridge Claim Rejection Report
Submitter: AURELLEMED   Batch: %s   Received: %s

Claim %s REJECTED at payer front-end edit
  A7:164 - Entity's contract/member number invalid (Subscriber)
  Payer note: Member ID not found for DOB submitted. Verify ID prefix and suffix.

Original claim segments (as received):
%s

Correct and resubmit within the payer's timely filing limit. This is an automated report - replies are not monitored.
""" % (ctl, d.strftime('%m/%d/%Y %H:%M'), clm, '~\n'.join(seg) + '~')
    m = build(ch, r, 'Rejection Report - Batch %s - 1 claim rejected' % ctl, body, date=d,
              headers={'Auto-Submitted': 'auto-generated'})
    save('phi', 'struct', m, '%s %s' % (pf, pl))


def struct_6():   # pipe-delimited DME extract
    dm = person(DME['dom'], F_NAMES + M_NAMES, style=1)
    ops = S['ops']
    d = rdate(hours=(5, 7))
    hdr = ['ORDER_ID', 'PT_LAST', 'PT_FIRST', 'DOB', 'SEX', 'ADDR1', 'CITY', 'ST', 'ZIP', 'PHONE', 'PAYER',
           'MEMBER_ID', 'HCPCS', 'QTY', 'DX', 'RX_NPI', 'SHIP_BY']
    lines = ['|'.join(hdr)]
    names = []
    for i in range(9):
        pf, pl, b6 = _pt(3, 80)
        names.append('%s %s' % (pf, pl))
        py = random.choice(PAYERS)
        c = random.choice(CITIES)
        hc, q = random.choice([('A9276', 3), ('A4224', 13), ('A4225', 30), ('A4239', 1), ('E0784', 1)])
        lines.append('|'.join([
            'MR' + digits(8), pl.upper(), pf.upper(), b6.strftime('%Y%m%d'), random.choice('MF'),
            street_addr().upper(), c[0].upper(), c[1], c[2], phone(style=3), py['pfx'], member_id(py['pfx']),
            hc, str(q), random.choice(['E10.9', 'E10.65', 'E11.65', 'E10.649', 'O24.011']), npi(),
            (d.date() + TD(days=random.randint(0, 3))).strftime('%Y%m%d')]))
    txt = '\r\n'.join(lines) + '\r\n'
    body = """Good morning,

Attached is today's drop-ship order file (9 orders). Please confirm receipt and inventory availability by 10 AM ET. The E0784 line needs to ship with the SmartLoop-enabled firmware.

Regards,
%s
Order Management | %s
%s""" % (dm.name, DME['name'], phone('704'))
    m = build(dm, ops, 'MedRoute daily order file %s' % d.strftime('%Y-%m-%d'), body, date=d,
              attachments=[('MRS_AURELLE_ORDERS_%s.txt' % d.strftime('%Y%m%d'), txt)])
    save('phi', 'struct', m, '; '.join(names))


def struct_7():   # C-CDA attachment with short cover note
    cl = CLINICS[3]
    ma = person(cl['dom'], F_NAMES, style=0)
    d = rdate()
    pf, pl = pick_name(M_NAMES + F_NAMES)
    b = dob(40, 75)
    mr = mrn()
    sex = random.choice(['M', 'F'])
    doc = (random.choice(F_NAMES), random.choice(L_NAMES))
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.%s" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="%s"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.%s" extension="%s"/>
      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>Brandon</city><state>MS</state><postalCode>39042</postalCode></addr>
      <telecom value="tel:+1-%s" use="HP"/>
      <patient>
        <name use="L"><given>%s</given><family>%s</family></name>
        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="%s"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="%s"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="%s"/>
    <assignedPerson><name><given>%s</given><family>%s</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Type 2 diabetes mellitus with hyperglycemia (E11.65) - active</item>
        <item>Hypoglycemia unawareness (E16.2) - active</item><item>CKD stage 3a (N18.31)</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list><item>insulin glargine 100 unit/mL - 38 units subcut nightly</item>
        <item>insulin lispro 100 unit/mL - per sliding scale TID with meals</item>
        <item>lisinopril 10 mg PO daily</item></list></text>
    </section></component>
    <component><section>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
      <title>Results</title>
      <text><table><tr><th>Test</th><th>Value</th><th>Date</th></tr>
        <tr><td>Hemoglobin A1c</td><td>9.4 %%</td><td>%s</td></tr>
        <tr><td>eGFR</td><td>52 mL/min/1.73m2</td><td>%s</td></tr></table></text>
    </section></component>
    <component><section>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
      <title>Plan of Care</title>
      <text>Start Aurelle Glide insulin pump with Sense 3 CGM. 4+ injections/day x 12 months, recurrent lows overnight. Pump start with Aurelle FCS once authorized.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (digits(4), digits(10), ts(d), digits(4), mr, street_addr(), phone('601', 1), pf, pl, sex,
       b.strftime('%Y%m%d'), ts(d), npi(), doc[0], doc[1], mdy(d.date() - TD(days=20)), mdy(d.date() - TD(days=20)))
    body = """Please see the attached CCD for the pump order we faxed Tuesday. Your reimbursement person asked for the last note + labs. Let me know if you need anything else.

%s
Medical Assistant to Dr. %s
%s""" % (ma.name, doc[1], cl['name'])
    m = build(ma, 'Aurelle Reimbursement <reimbursement@%s>' % DOM, 'records for pump order', body, date=d,
              attachments=[('CCD_%s.xml' % mr, xml)])
    save('phi', 'struct', m, '%s %s' % (pf, pl))


STRUCT = [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]


# ======================================================================= CLEAN: admin
def admin_1():
    mgr = S['fcs_mgr']
    ops = S['ops']
    d = rdate()
    body = """Hi %s,

Central region demo inventory is in rough shape heading into Q4 starts. Current counts from the reps' self-reports:

  Demo Glide pumps (saline-only, red case):   11 in field, 3 need battery doors replaced
  Saline cartridge kits:                      22  (need ~60 for Oct-Dec)
  TrueFlow demo sets 6mm/23in:                40
  TrueFlow demo sets 9mm/32in:                 6  (need 30)
  Sense 3 demo applicators (no filament):     18
  Pump skins / clips:                          plenty

Can we place a replenishment with the cost center for clinical education (CC 4410)? I'd like them shipped to the reps' homes rather than the office, same as last time. I'll send the address list separately from the rep roster.

Also - 3 demo pumps are past their 2-year recal date. Do you want them back to Durham or should the reps just swap at the Nov meeting?

Thanks,
%s""" % (ops.first, sig(mgr, mgr.title, mobile=mgr.phone)[1:])
    m = build(mgr, ops, 'Central demo inventory - Q4 replenishment', body, date=d, cc=S['edu'])
    save('clean', 'admin', m)


def admin_2():
    it = S['it']
    d = rdate()
    win = d + TD(days=(5 - d.weekday()) % 7 or 7)
    text = """PLANNED MAINTENANCE - CaseDesk, telephony and Aurelle Insight (clinic portal)

When: Saturday %s %d, 11:00 PM - Sunday 3:00 AM ET
Impact:
  - CaseDesk will be read-only from 11:00 PM; no new cases or order releases
  - Inbound Customer Care calls route to the overflow IVR; after-hours nurse line is NOT affected
  - Aurelle Insight clinic portal unavailable for ~45 minutes during the database failover
  - Device cloud uploads are queued on the app and will sync when service resumes

What you need to do:
  - Patient Support shift leads: use the downtime replacement log (SharePoint > Support Ops > Downtime) and enter orders after 3 AM
  - Field teams: avoid scheduling remote training sessions in the window

Change record: CHG%s
Questions: servicedesk@%s or x5000

Aurelle IT Service Desk""" % (MONTHS[win.month - 1], win.day, digits(7), DOM)
    m = build(it, 'All Patient Support <patientsupport-all@%s>' % DOM, 'Planned maintenance: CaseDesk / Insight - %s %d' % (MONTHS[win.month - 1][:3], win.day),
              text, date=d, html=simple_html(text, 'Planned Maintenance', '#444'), cc='Field Clinical <fcs-all@%s>' % DOM)
    save('clean', 'admin', m)


def admin_3():
    rm = S['reimb_mgr']
    d = rdate(start=(2025, 9, 1))
    body = """Team,

Summary of the Bluecrest contract amendment that takes effect January 1. Full amendment is in the Contracts folder.

1. Pump replacement interval stays at 4 years, but Bluecrest will now accept an out-of-warranty malfunction letter from us in place of the prescriber's note.
2. Infusion supplies (A4224) are reimbursed per WEEK, not per box. Bill 13 units for a 90-day supply. Anything over 15 units per 90 days needs a medical necessity note.
3. Cartridges (A4225) max 30 per 90 days without a PA. Over that, PA required.
4. CGM supplies move to the pharmacy benefit for Bluecrest commercial (not Medicare Advantage). We will STOP billing A9276/A4239 to medical for commercial members on 1/1 - orders route to our pharmacy partner.
5. Timely filing goes from 365 to 180 days from DOS. This one will bite us - please work corrections promptly.
6. Prior auth turnaround: 5 business days standard, 72 hours urgent (pump malfunction with no backup qualifies).

We'll walk through it at Tuesday's huddle. No changes to Keystone or Pinnacle yet.

%s""" % sig(rm, rm.title, direct=rm.phone)[1:]
    m = build(rm, 'Reimbursement Team <reimbursement-team@%s>' % DOM, 'Bluecrest contract amendment - effective 1/1', body,
              date=d, cc=S['cs_dir'])
    save('clean', 'admin', m)


def admin_4():
    fac = S['fac']
    d = rdate()
    body = """Good afternoon Durham campus,

A few facilities items for next week:

* HVAC: Contractors will be replacing the rooftop unit over the Patient Support floor (2nd floor, east side) Tuesday and Wednesday. Expect noise between 7 and 10 AM. We've moved the Tier 2 pod to conference rooms 2C/2D for those mornings - headsets and docking stations are already set up.
* Parking: Lot B will be resurfaced Thursday. Please park in Lot A or the overflow lot by the loading dock. Shuttle runs every 10 minutes from 6:30 AM.
* Lactation room 1F-112 has a new fridge; the old one is being removed, please take anything out by Friday.
* The 3rd floor kitchen ice machine is fixed (finally).
* Reminder: the badge readers on the warehouse side now require badge + PIN after 7 PM.

Service requests: facilities@%s or x4100.

Thanks for your patience,
%s
%s
%s

%s""" % (DOM, fac.name, fac.title, CO, CONF_AURELLE)
    m = build(fac, 'Durham Campus <durham-all@%s>' % DOM, 'Facilities update - HVAC, Lot B, misc', body, date=d,
              attachments=[('aurelle_logo.png', make_logo_png())])
    save('clean', 'admin', m)


def admin_5():
    mgr = S['pv_mgr']
    d = rdate()
    mt = (d + TD(days=7)).replace(hour=13, minute=30, second=0)
    while mt.weekday() >= 5:
        mt += TD(days=1)
    att = [S['pv'], S['ra'], S['qa'], S['cs_dir'], _mk('Director, Quality Assurance', 0)]
    body = """All,

Agenda for the %s Complaint Review Board / CAPA review:

1. Open MDR decisions (pre-read in Agile; details will be discussed in the closed session, not in email)
2. Trend review: Sense 3 early sensor failures by lot - Q3 vs Q2 (QE to present)
3. CAPA-2025-014: cartridge cover latch - effectiveness check results
4. CAPA-2025-019: Link app alert delivery on Android 15 - status
5. Complaint intake timeliness: %% of complaints entered within 1 business day of awareness (target 95%%)
6. Support centre script update for alarm-related calls (handoff from call center to complaint handling)
7. AOB

Please bring your action items from last month. Invite attached.

%s""" % (MONTHS[mt.month - 1], sig(mgr, mgr.title, direct=mgr.phone)[1:])
    ics = make_ics('Complaint Review Board / CAPA review', mt, 90, 'Durham HQ - Conf 3A / Teams', mgr, att)
    m = build(mgr, att, 'CRB agenda - %s %d' % (MONTHS[mt.month - 1][:3], mt.day), body, date=d,
              attachments=[('CRB.ics', ics)])
    save('clean', 'admin', m)


def admin_6():
    f = S['fcs_co']
    cl = CLINICS[5]
    om = person(cl['dom'], F_NAMES, style=0)
    d0 = rdate()
    d1 = after(d0, 60, 900)
    orig = """Hi %s - would it be possible to reserve your large conference room for a lunch in-service for your nurses and MAs on the 2nd or 3rd Thursday of next month? It'll be about 45 minutes: the new Sense 3 overpatch, SmartLoop exercise mode, and how to pull reports in Insight. I'll bring lunch for up to 20 - let me know about dietary needs.

Thanks!
%s""" % (om.first, f.first)
    body = """Hi %s,

The 3rd Thursday works - I have you down for 12:00-1:00 in the Aspen room. We'll have about 16 people. Two vegetarians and one gluten-free. Please check in at the front desk, parking is in the back lot.

Also, Dr. Stratton asked if you could bring a few of the new quick-reference cards for the exam rooms.

Thanks,
%s
Office Manager, %s
%s

On %s, %s <%s> wrote:
%s""" % (f.first, om.name, cl['name'], phone('303'), gmail_date(d0), f.name, f.email, quote(orig))
    m = build(om, f, 'Re: staff in-service - room request', body, date=d1,
              headers=thread_headers('staff in-service - room request', cl['dom']))
    save('clean', 'admin', m)


def admin_7():
    ra = S['ra']
    d = rdate()
    dc = 'LBL-%05d' % random.randint(1000, 9999)
    body = """Hi all,

Change request %s (Sense 3 User Guide Rev F -> Rev G) is open for review in the document control system. Summary of changes:

 - Section 4.3: adds overpatch instructions and the statement that overpatches must not cover the sensor vent
 - Section 7.1: warm-up time updated to 30 minutes (was 60) per the cleared labeling
 - Section 9: new MRI/CT/diathermy wording aligned with the pump IFU
 - Troubleshooting table: Sensor Error 14 and Signal Loss rows rewritten
 - Symbols glossary: adds MR Unsafe symbol, removes obsolete CE mark artwork (US-only version)

Reviewers: Clinical (%s), Marketing (%s), Quality (%s), Human Factors. Due by COB Friday. Redline summary attached; the full redline is in the CR.

Please do not circulate the draft outside the review group.

%s""" % (dc, S['edu'].first, S['mkt'].first, S['qa'].first, sig(ra, ra.title, direct=ra.phone)[1:])
    docx = make_docx(['**%s - Redline Summary' % dc, 'Document: Sense 3 User Guide, Rev F to Rev G',
                      'Section 4.3 - New: Applying an overpatch. Do not cover the vent.',
                      'Section 7.1 - Warm-up: 30 minutes.',
                      'Section 9 - Imaging and diathermy: remove sensor and transmitter before MRI, CT or diathermy.',
                      'Troubleshooting - Sensor Error 14: replace the sensor; contact Customer Care if repeated.',
                      'Troubleshooting - Signal Loss: keep display device within 20 feet.',
                      'Symbols - MR Unsafe added.'])
    m = build(ra, [S['edu'], S['mkt'], S['qa']], '%s review - Sense 3 User Guide Rev G' % dc, body, date=d,
              attachments=[('%s_redline_summary.docx' % dc, docx)])
    save('clean', 'admin', m)


ADMIN = [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]


# ======================================================================= CLEAN: lookalike
def lookalike_1():
    ar = _mk('Accounts Receivable Specialist', 0)
    cl = CLINICS[1]
    ap = person(cl['dom'], F_NAMES, style=1)
    d = rdate()
    inv = 'INV-' + digits(8)
    po = 'PO-%s-%04d' % (d.strftime('%y'), random.randint(1, 9999))
    cust = 'C' + digits(6)
    items = [('AG-200-DEMO', 'Glide demo pump, saline use only', 2, 0.00),
             ('TF-6-23-10', 'TrueFlow infusion set 6mm/23in, box of 10', 6, 118.50),
             ('CRT-3ML-10', '3 mL cartridge, box of 10', 6, 41.25),
             ('S3-SENS-3PK', 'Sense 3 sensor 3-pack (clinic sample stock)', 4, 0.00),
             ('QRC-CLINIC', 'Quick reference cards, pack of 50', 2, 0.00)]
    lines = ['%-12s %-44s %3s %10s %10s' % ('Item', 'Description', 'Qty', 'Unit', 'Ext')]
    tot = 0
    pdfl = ['AURELLE MEDICAL, INC.', CO_ADDR, '', 'INVOICE %s     Date: %s' % (inv, mdy(d.date())),
            'Customer: %s   Account %s' % (cl['name'], cust), 'Customer PO: %s    Terms: Net 30' % po, '']
    for it in items:
        ext = it[2] * it[3]
        tot += ext
        lot = 'Lot ' + ('SL25%04d' % random.randint(100, 9999) if it[0].startswith('S3') else digits(7))
        lines.append('%-12s %-44s %3d %10.2f %10.2f' % (it[0], it[1][:44], it[2], it[3], ext))
        lines.append('%-12s   %s' % ('', lot))
        pdfl.append('%-12s %-40s %3d x %8.2f = %9.2f  (%s)' % (it[0], it[1][:40], it[2], it[3], ext, lot))
    pdfl += ['', 'TOTAL DUE: $%.2f' % tot, 'Remit to: Aurelle Medical, Inc., PO Box 71880, Charlotte, NC 28272',
             'ACH: routing on file   Questions: ar@%s  919-555-0166' % DOM]
    body = """Hello %s,

Please find attached invoice %s for your PO %s (clinic supply and sample stock, shipped %s). Account %s. Total due $%.2f, Net 30.

%s

TOTAL  $%.2f

Please reference the invoice number with your payment. Thank you for your business!

%s""" % (ap.first, inv, po, mdy(d.date() - TD(days=3)), cust, tot, '\n'.join(lines), tot,
         sig(ar, ar.title, direct='919-555-0166')[1:])
    m = build(ar, ap, 'Invoice %s - PO %s' % (inv, po), body, date=d,
              attachments=[('%s.pdf' % inv, make_pdf(pdfl, 9))])
    save('clean', 'lookalike', m)


def lookalike_2():
    qa = S['qa']
    d = rdate()
    lots = [(sensor_lot(), random.randint(4000, 24000)) for _ in range(6)]
    lines = ['%-10s  %-22s  %-10s  %9s  %s' % ('Lot', 'Serial range', 'Mfg date', 'Units', 'Distributed')]
    for lot, n in lots:
        s0 = random.randint(100000, 800000)
        md = d.date() - TD(days=random.randint(60, 200))
        lines.append('%-10s  3SKA%06d-3SKA%06d  %-10s  %9d  %d%%' % (lot, s0, s0 + n - 1, mdy(md), n, random.randint(60, 100)))
    body = """All,

For awareness ahead of Thursday's CRB: the early-failure trend on the Sense 3 is concentrated in the six lots below (all from Line 2, adhesive supplier lot change in week 14). This is NOT a field action decision yet - it's the data for the health hazard evaluation.

%s

Observed early-failure rate (day 1-4) across these lots: 4.8%% vs 1.9%% baseline (n = %d complaints / ~%d units distributed). No serious injuries attributed so far.

Retained samples from each lot pulled for peel testing (TM-0442). Results expected next Wednesday.

%s""" % ('\n'.join(lines), int(sum(n for _, n in lots) * 0.048), sum(n for _, n in lots), sig(qa, qa.title, conf=CONF_SHORT)[1:])
    m = build(qa, [S['pv_mgr'], S['ra']], 'Sense 3 early failure - affected lots for HHE', body, date=d)
    save('clean', 'lookalike', m)


def lookalike_3():
    r = S['reimb']
    d = rdate()
    body = """Cheat sheet the new folks asked for. Keep it handy; payer-specific rules are in the grid.

HCPCS
  E0784   External ambulatory infusion pump, insulin
  A4224   Supplies for maintenance of insulin infusion catheter, per week
  A4225   Supplies for external insulin infusion pump, syringe type cartridge, sterile, each
  A9276   Sensor; invasive (e.g. subcutaneous), disposable, for use with interstitial CGM, 1 unit = 1 day
  A9277   Transmitter; external, for use with interstitial CGM
  A9278   Receiver (monitor); external, for use with interstitial CGM
  E2103   Non-adjunctive, non-implanted CGM or receiver
  A4239   Supply allowance for non-adjunctive, non-implanted CGM, includes all supplies, 1 unit = 1 month

Modifiers: KX (coverage criteria met), NU (new), RR (rental), KF (FDA class III device), GA/GZ (ABN)

ICD-10-CM commonly on our orders
  E10.9   E10.65   E10.649   E11.65   E11.9   E13.9   O24.011   Z96.41   Z46.81   Z79.4

CPT (for clinics, we don't bill these)
  95249   CGM, patient-provided equipment, sensor placement, hook-up, training
  95250   CGM, physician/QHP-provided equipment
  95251   CGM interpretation and report
  99091   Collection and interpretation of physiologic data, 30 min

Medicare Part B: CGM 20%% coinsurance after deductible. 90-day supply max per claim.

%s""" % sig(r, r.title, conf=CONF_SHORT)[1:]
    m = build(r, 'Reimbursement Team <reimbursement-team@%s>' % DOM, 'code cheat sheet (HCPCS / ICD-10 / CPT)', body, date=d)
    save('clean', 'lookalike', m)


def lookalike_4():
    tm = S['rsm2']
    new = _mk('Territory Manager, Gulf South (East)', 0)
    d = rdate()
    rows = [['Practice', 'Provider', 'Credential', 'NPI', 'Phone', 'Fax', 'Address', 'Notes']]
    lines = []
    for cl in [CLINICS[3], CLINICS[4], dict(name='Pearl River Endocrinology', street='220 Commerce Park Dr', city='Flowood, MS', zip='39232', area='601'),
               dict(name='Gulfport Diabetes & Thyroid', street='1801 25th Ave Ste 4', city='Gulfport, MS', zip='39501', area='228')]:
        for _ in range(random.randint(1, 3)):
            pf, pl = pick_name()
            cred = random.choice(['MD', 'DO', 'NP', 'PA-C', 'MD, FACE'])
            n = npi()
            p1, f1 = phone(cl['area']), phone(cl['area'])
            rows.append([cl['name'], '%s %s' % (pf, pl), cred, n, p1, f1, '%s, %s %s' % (cl['street'], cl['city'], cl['zip']),
                         random.choice(['high pump volume', 'prefers fax orders', 'lunch Tues only', 'new to CGM', '']) ])
            lines.append('  %-44s %-22s %-9s NPI %s  P %s  F %s' % (cl['name'][:44], '%s %s' % (pf, pl), cred, n, p1, f1))
    body = """%s - welcome aboard. Attached is my provider list for the accounts moving to you on the 1st. Quick view below; the CSV has addresses and my notes.

%s

Front-desk contacts are in CRM. Happy to do ride-alongs the first two weeks.

%s
%s | %s
%s""" % (new.first, '\n'.join(lines), tm.name, tm.title, CO, tm.phone)
    m = build(tm, new, 'account handoff - provider list', body, date=d, cc=S['fcs_mgr'],
              attachments=[('gulf_east_providers.csv', csv_text(rows))])
    save('clean', 'lookalike', m)


def lookalike_5():
    it = S['it']
    emp = S['agent2']
    d = rdate()
    inc = 'INC%07d' % random.randint(1000000, 9999999)
    text = """Hello %s,

Your request %s has been updated.

Short description: Replacement laptop - headset audio dropping on softphone
State: Resolved
Assigned to: Desktop Support - Durham
Asset returned: AUR-LT-%05d (Serial %s)
Asset issued:   AUR-LT-%05d (Serial %s)
Softphone ext:  %s (unchanged)
Resolution notes: Re-imaged replacement with standard Support Centre build 24H2-SC-07. Headset firmware updated to 3.11. Tested inbound/outbound call on queue 7720. Old device wiped (cert #WPE-%s).

If your issue is not resolved, reply to this email within 5 days to reopen.

Aurelle IT Service Desk | x5000
Ref:MSG%s""" % (emp.first, inc, random.randint(10000, 99999), letters(3) + digits(7), random.randint(10000, 99999),
                letters(3) + digits(7), digits(4), digits(8), digits(8))
    m = build(it, emp, '%s has been resolved' % inc, text, date=d, headers={'Auto-Submitted': 'auto-generated'})
    save('clean', 'lookalike', m)


def lookalike_6():
    an = _mk('Post-Market Data Analyst', 0)
    d = rdate()
    wk = d.isocalendar()[1]
    cats = [('Sensor - early failure (d1-4)', 412, 1.9), ('Sensor - adhesion', 288, 1.3), ('Sensor - accuracy', 176, 0.8),
            ('Pump - occlusion alarm', 94, 2.1), ('Pump - screen/button', 37, 0.8), ('Pump - cartridge', 51, 1.1),
            ('App - connectivity', 203, None), ('App - alert not received', 22, None)]
    lines = ['%-32s %8s %10s %8s' % ('Category', 'Count', 'per 1,000', 'WoW')]
    for c, n, rate in cats:
        n2 = n + random.randint(-(n // 6), n // 6)
        lines.append('%-32s %8d %10s %+7d%%' % (c, n2, ('%.1f' % rate) if rate else 'n/a', random.randint(-12, 15)))
    text = """Post-Market Surveillance - Weekly Complaint Dashboard (Week %d)

Total complaints received: %d   (prior week %d)
Entered within 1 business day: 96.2%%
Reportable (MDR) decisions this week: %d   Open >30 days: 0

%s

Denominators: active pumps ~46,800; sensors shipped in period ~214,000.
Top Sense 3 lots by early failure: see lot trend tab (no lot above the 4.0%% action limit this week).

Dashboard: https://pms.%s/dash/weekly
Generated automatically - do not reply.""" % (wk, random.randint(1200, 1400), random.randint(1150, 1450), random.randint(2, 7),
                                           '\n'.join(lines), DOM)
    m = build('PMS Dashboard <pms-dashboard-noreply@%s>' % DOM, 'PMS Weekly <pms-weekly@%s>' % DOM, 'Weekly complaint dashboard - Wk %d' % wk, text, date=d,
              html='<html><body><pre style="font-family:Consolas,monospace">%s</pre></body></html>' % _x(text))
    save('clean', 'lookalike', m)


def lookalike_7():
    ship = P('Aurelle', 'Shipping Notifications', email='shipping-noreply@' + DOM)
    cl = CLINICS[2]
    ct = person(cl['dom'], F_NAMES, style=0)
    d = rdate()
    so = 'SO-' + digits(7)
    trks = [tracking() for _ in range(2)]
    text = """Your order has shipped!

Ship to: %s
         Attn: %s, Clinic Supply
         %s, %s %s
Order: %s     Customer PO: %s     Ship date: %s

Package 1 of 2  UPS Ground  Tracking %s
   S3-SENS-3PK  Sense 3 sample sensors   x 5   Lot %s  Exp %s
   QRC-CLINIC   Quick reference cards    x 2
Package 2 of 2  UPS Ground  Tracking %s
   AG-200-DEMO  Glide demo pump          x 1   SN %s
   CRT-SAL-5    Saline training cartridge x 10

Estimated delivery: %s

Questions about this shipment? Call Clinic Services at 1-877-428-7360, option 4.""" % (
        cl['name'], ct.name, cl['street'], cl['city'], cl['zip'], so, 'PO-' + digits(5), mdy(d.date()),
        trks[0], sensor_lot(), mdy(d.date() + TD(days=300)), trks[1], 'AG2-D%06d' % random.randint(1, 999999),
        mdy(d.date() + TD(days=3)))
    m = build(ship, ct, 'Shipped: Order %s' % so, text, date=d, html=simple_html(text, 'Aurelle Medical - Shipment Confirmation'),
              headers={'Auto-Submitted': 'auto-generated'})
    save('clean', 'lookalike', m)


LOOKALIKE = [lookalike_1, lookalike_2, lookalike_3, lookalike_4, lookalike_5, lookalike_6, lookalike_7]


# ======================================================================= CLEAN: news
def news_1():
    mkt = S['mkt']
    d = rdate()
    text = """THE PULSE - Aurelle internal news | %s %d

FROM THE PATIENT SUPPORT CENTRE
Last month our Customer Care team handled 61,240 calls and 18,900 chats with an average speed of answer of 38 seconds. First-contact resolution hit 84%%, the best month on record. The new Spanish-language line now covers 7 AM - 11 PM ET.

FIELD CLINICAL
Our field clinical specialists completed 1,412 pump starts in the quarter, 62%% of them going straight to SmartLoop. Virtual trainings are now 28%% of all starts, up from 19%% a year ago.

QUALITY CORNER
Complaint intake timeliness reached 96%%. Thank you to everyone who routes alarm-related calls to complaint handling the same day - it matters.

WELCOME
Please welcome 14 new team members in Durham, Denver and the field this month.

COMMUNITY
Team Aurelle walked 212 strong at the Triangle diabetes awareness walk and raised $18,450.

Have a story for The Pulse? Email pulse@%s.""" % (MONTHS[d.month - 1], d.year, DOM)
    html = simple_html(text, 'The Pulse - Aurelle internal news')
    m = build(mkt, 'All Employees <all@%s>' % DOM, 'The Pulse - %s edition' % MONTHS[d.month - 1], text, date=d, html=html)
    save('clean', 'news', m)


def news_2():
    pr = P('Aurelle', 'Media Relations', email='media@' + DOM)
    d = rdate()
    text = """FOR IMMEDIATE RELEASE

Aurelle Medical Receives FDA Clearance for SmartLoop Use in Children Ages 2 and Up

DURHAM, N.C., %s %d, %d - Aurelle Medical, Inc., a maker of insulin pumps and continuous glucose monitoring systems, today announced that the U.S. Food and Drug Administration has cleared its SmartLoop automated insulin delivery algorithm on the Aurelle Glide pump for people with type 1 diabetes ages 2 and older, expanding the previous indication of ages 6 and older.

The clearance was supported by a multicenter pivotal study of 148 children ages 2 to 5, in which time in range (70-180 mg/dL) increased from 56%% at baseline to 69%% over 13 weeks, with no episodes of diabetic ketoacidosis or severe hypoglycemia attributed to the algorithm.

"Parents of very young children have told us that nights are the hardest part," said the company's Chief Medical Officer. "This expansion gives them another option."

The software update will be available to eligible U.S. users at no cost through the %s app beginning next quarter. Availability in other markets is not yet determined.

About Aurelle Medical
Aurelle Medical develops connected diabetes technology, including the Aurelle Glide insulin pump, the Aurelle Sense 3 CGM and the Aurelle Link app. The company is headquartered in Durham, North Carolina.

Media contact: media@%s | 919-555-0100

Forward-looking statements: This release contains forward-looking statements that involve risks and uncertainties.""" % (
        MONTHS[d.month - 1], d.day, d.year, APP, DOM)
    m = build(pr, 'Aurelle News Distribution <news@%s>' % DOM, 'PRESS RELEASE: FDA clears SmartLoop for ages 2+', text, date=d,
              html=simple_html(text, 'Aurelle Medical - Press Release'),
              attachments=[('aurelle_logo.png', make_logo_png())])
    save('clean', 'news', m)


def news_3():
    nl = P('Aurelle', 'Community', email='community@' + DOM)
    d = rdate(start=(2025, 5, 15), end=(2025, 7, 15))
    text = """Summer tips from the Aurelle community team

Hot weather and your insulin
 - Insulin can break down above 86F. Keep your pump out of direct sun and never leave it (or spare insulin) in a parked car.
 - A cooling pouch works great for beach days. Swap cartridges more often if your pump has been in the heat.

Sensor staying power
 - Sweat and sunscreen are the top reasons sensors come loose in summer. Apply your sensor on clean, dry skin and let any sunscreen on nearby skin dry before you go in the water.
 - Free overpatches are available - just ask in the app under Orders > Accessories.

What's new in %s 3.9
 - Widgets for your lock screen
 - Share up to 10 followers (great for camp counselors and grandparents)
 - New "Travel" checklist before trips

Camp season
Heading to a diabetes camp? Our Camp Kit program sends extra sets and adhesive to accredited camps at no cost. Ask your camp nurse.

Questions? We're here 24/7 at %s.

You are receiving this email because you opted in to Aurelle community updates. Unsubscribe | Privacy Policy
Aurelle Medical, Inc. | %s""" % (APP, SUPPORT_LINE, CO_ADDR)
    m = build(nl, 'undisclosed-recipients:;', 'Beat the heat: summer pump & sensor tips', text, date=d,
              html=simple_html(text, 'Aurelle Community', '#e27d20'),
              headers={'List-Unsubscribe': '<https://email.%s/unsub?c=summer25>' % DOM, 'Precedence': 'bulk'})
    save('clean', 'news', m)


def news_4():
    med = _mk('Director, Medical Affairs', 0)
    d = rdate()
    text = """Team,

Sharing the summary of our real-world evidence abstract accepted for presentation this fall. Numbers are de-identified and aggregated from users who opted in to data sharing.

Cohort: 12,418 SmartLoop users with >=90 days of data and >=70%% CGM wear
Age: 2-17 y: 3,906; 18-64 y: 7,590; 65+ y: 922

Results (mean, first 14 days vs days 76-90):
  Time in range 70-180 mg/dL:    58.1%% -> 71.4%%
  Time below 70 mg/dL:             2.9%% -> 1.7%%
  Time below 54 mg/dL:             0.6%% -> 0.3%%
  GMI:                             7.6%%  -> 7.0%%
  Auto mode use:                   n/a   -> 93%%

Improvements were seen in every age band; the largest were in adolescents (13-17 y: +15.2 points TIR). Limitations: observational, opt-in population, no control group.

Please do not share outside the company before the congress embargo lifts. Field teams will get an approved slide after MLR review.

%s""" % sig(med, med.title, conf=CONF_SHORT)[1:]
    m = build(med, ['Field Clinical <fcs-all@%s>' % DOM, 'Marketing <marketing@%s>' % DOM], 'RWE abstract accepted - SmartLoop 90-day outcomes', text, date=d)
    save('clean', 'news', m)


def news_5():
    d = rdate()
    to = S['fcs_wi']
    text = """MDEN Monthly Bulletin

1. Type 1 diabetes in children continues to rise
A newly published national surveillance report estimates that the incidence of type 1 diabetes among youth under 20 has increased by roughly 2%% per year over the past decade, with the steepest increases among Hispanic and Black youth. About 1 in 3 children is diagnosed in diabetic ketoacidosis.

2. Autoantibody screening programs
Several states now offer free autoantibody screening for relatives of people with type 1 diabetes. Educators can help families find local programs; early detection lowers the chance of a DKA diagnosis.

3. Continuing education
Webinar: "Automated insulin delivery in older adults" - 1.0 CE contact hours. Registration open on the member site.

4. Regional meeting
Spring regional meeting - call for posters closes next month. Topics: technology access, rural care, school support.

You are receiving this bulletin as an MDEN member. Manage preferences at mwden.org/prefs."""
    m = build('Midwest Diabetes Educators Network <bulletin@mwden.org>', to, 'MDEN Bulletin: T1D incidence, screening, CE webinar', text, date=d,
              html=simple_html(text, 'MDEN Monthly Bulletin', '#5b3c88'), headers={'Precedence': 'bulk'})
    save('clean', 'news', m)


def news_6():
    mkt = S['reimb_mgr']
    d = rdate(start=(2025, 9, 1))
    text = """Clinic Coverage Update - from Aurelle Reimbursement & Market Access

What's changing for your patients in the new year:

 - Several large commercial plans in the Midwest will cover CGM for people with type 2 diabetes on basal insulin only, without a requirement for multiple daily injections.
 - Medicare: no change to insulin pump criteria. Reminder that the visit note must document insulin treatment and that the patient (or caregiver) has been trained or is scheduled for training.
 - Pharmacy channel: more plans are moving CGM supplies to the pharmacy benefit. Prescriptions can be sent to our specialty pharmacy partner using the standard e-prescribing directory.

Our team can run a benefits check for any new prescription within one business day. Forms and payer grids are available in Aurelle Insight under Resources > Coverage.

Questions? Clinic Services 1-877-428-7360, option 2.

Aurelle Medical, Inc. | %s
This communication is for healthcare professionals and office staff. It is not legal or billing advice.""" % CO_ADDR
    m = build('Aurelle Clinic Services <clinicservices@%s>' % DOM, 'undisclosed-recipients:;', 'Coverage update for the new year', text, date=d,
              html=simple_html(text, 'Clinic Coverage Update'), headers={'Precedence': 'bulk'})
    save('clean', 'news', m)


NEWS = [news_1, news_2, news_3, news_4, news_5, news_6]


# ======================================================================= CLEAN: staff
def staff_1():
    mgr = S['fcs_mgr']
    d = rdate(start=(2025, 11, 10), end=(2025, 11, 20))
    fcs = [S['fcs_oh'], S['fcs_wi'], S['fcs_co'], S['fcs_ms'], S['fcs_fl']]
    days = ['Wed 11/26', 'Thu 11/27 (Thanksgiving)', 'Fri 11/28', 'Sat 11/29', 'Sun 11/30']
    creds = [p.title.split('Specialist, ')[-1] for p in fcs]
    random.shuffle(days)
    lines = ['%-26s %-22s %-16s %s' % ('Day', 'Primary on-call', 'Credentials', 'Mobile')]
    for dy, p, c in zip(sorted(days, key=lambda x: x[4:9]), fcs, creds):
        lines.append('%-26s %-22s %-16s %s' % (dy, p.name, c, p.phone))
    body = """Team,

Here is the Thanksgiving clinical on-call rotation. On-call covers escalations from the after-hours nurse line and urgent clinic questions 8 AM - 8 PM local; overnight escalations go to the nurse line supervisor as usual.

%s

Backup for all days: me (%s).

If you need to swap, arrange it with each other and let me know by Friday so I can update the nurse-line roster. Comp day for Thursday coverage per policy.

Thank you all - enjoy the break!
%s""" % ('\n'.join(lines), mgr.phone, mgr.first)
    m = build(mgr, fcs, 'Thanksgiving on-call rotation', body, date=d, cc='Nurse Line Supervisors <nurseline-sup@%s>' % DOM)
    save('clean', 'staff', m)


def staff_2():
    mgr = S['fcs_mgr']
    nf, nl = pick_name(F_NAMES + M_NAMES)
    d = rdate()
    text = """Hi everyone,

Please join me in welcoming %s %s, RN, BSN, CDCES, who joins us Monday as Field Clinical Specialist for the Indiana/western Ohio territory.

%s comes to us from eight years as an inpatient diabetes educator and most recently ran the pump program at a community hospital. Fun facts: runs half-marathons, has two rescue greyhounds, and makes a very competitive chili.

%s will spend the first two weeks in Durham for onboarding and then ride along with %s for starts. Please reach out and say hello - %s email is %s.%s@%s.

Welcome to the team!
%s""" % (nf, nl, nf, nf, S['fcs_oh'].first, 'their', nf.lower(), nl.lower(), DOM, sig(mgr, mgr.title, conf=False)[1:])
    m = build(mgr, 'Field Clinical <fcs-all@%s>' % DOM, 'Welcome %s to the Central team!' % nf, text, date=d,
              html=simple_html(text, 'Welcome to the team!'), cc=S['edu'])
    save('clean', 'staff', m)


def staff_3():
    pr = S['payroll']
    d = rdate(start=(2025, 11, 3), end=(2025, 12, 10))
    body = """Hello all,

Because of the holiday, payroll deadlines are moving up this cycle:

  - Hourly timesheets (Patient Support, Fulfillment, Warehouse) must be submitted in Workday by Monday 10:00 AM ET
  - Managers approve by Monday 3:00 PM ET
  - Pay date is unchanged (Friday)

Holiday pay: Hourly staff scheduled on the holiday receive 1.5x plus holiday pay. Shift differential for the 3-11 and 11-7 shifts still applies.

Direct deposit changes submitted after Wednesday will take effect next cycle.

Questions: payroll@%s or x4620.

Thank you,
%s
%s
%s""" % (DOM, pr.name, pr.title, CONF_AURELLE)
    m = build(pr, 'All US Employees <us-all@%s>' % DOM, 'Payroll deadlines - holiday week', body, date=d)
    save('clean', 'staff', m)


def staff_4():
    sl = S['sup_lead']
    d = rdate()
    bdays = [S['agent1'].first, S['agent2'].first, S['agent3'].first]
    text = """Support fam!!

Two reasons to celebrate on Friday:
1) We just passed 2 MILLION customer conversations since the centre opened. Huge.
2) %s birthdays: %s, %s and %s!

Potluck in the 2nd floor break room 11:30 - 1:30 so both shifts can stop by. Sign-up sheet is on the fridge - we are currently at 6 desserts and zero mains, please help. Cake and balloons are covered by %s (thank you!!).

Phones still need covering - your team lead will post a rotation so everyone gets 30 min.

%s""" % ('Three', bdays[0], bdays[1], bdays[2], S['cs_dir'].first, sl.first)
    m = build(sl, 'Patient Support Centre <patientsupport-all@%s>' % DOM, '2 million + birthdays = potluck Friday!!', text, date=d,
              html=simple_html(text, 'We did it! 2,000,000', '#d14b8f'))
    save('clean', 'staff', m)


def staff_5():
    mgr = S['fcs_mgr']
    p = S['fcs_co']
    d = rdate()
    s0 = d + TD(days=10)
    e0 = s0 + TD(days=75)
    body = """Hi all,

%s will be on leave from %s %d through approximately %s %d. Please don't contact %s about work during that time.

Coverage for the Colorado territory:
  - Pump starts Denver metro: %s (Mon/Tue) and me (Thu)
  - Summit Ridge and the Aurora clinics: %s
  - Virtual trainings: the national virtual pool via the scheduler
  - Clinic questions: route to me directly, cell %s

Please update any scheduled starts in the board by Friday so the families get the new FCS name before the visit.

Thanks for pitching in,
%s""" % (p.first, MONTHS[s0.month - 1], s0.day, MONTHS[e0.month - 1], e0.day, 'them',
         S['fcs_wi'].first, S['fcs_oh'].first, mgr.phone, mgr.first)
    m = build(mgr, [S['fcs_wi'], S['fcs_oh'], S['reimb2']], '%s out - coverage plan' % p.first, body, date=d, cc=S['hr'])
    save('clean', 'staff', m)


def staff_6():
    sl = S['sup_lead']
    d = rdate()
    mon = d.date() + TD(days=(7 - d.weekday()))
    agents = [S['agent1'], S['agent2'], S['agent3']] + [_mk('Patient Support Specialist', 0) for _ in range(6)]
    rows = [['Agent', 'Skill', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']]
    shifts = ['7a-3:30p', '9a-5:30p', '11a-7:30p', '3p-11:30p', 'OFF']
    for a in agents:
        skill = 'ES/EN' if a is S['agent3'] or random.random() < 0.25 else 'EN'
        rows.append([a.name, skill] + [random.choice(shifts) for _ in range(7)])
    body = """Hi team,

Schedule for the week of %s/%d is attached and posted in Teams. Spanish-line coverage is tight Thursday evening - if any bilingual agent can pick up 3-11:30 Thursday, let me know and I'll approve the swap.

Reminders:
 - Swap requests in the WFM tool by Wednesday noon
 - Wear your badge on the floor, the auditors are here Tuesday

%s""" % (mon.month, mon.day, sig(sl, sl.title, conf=CONF_SHORT)[1:])
    m = build(sl, 'Tier 1 Agents <tier1@%s>' % DOM, 'Schedule - week of %d/%d' % (mon.month, mon.day), body, date=d,
              attachments=[('schedule_%s.xlsx' % mon.strftime('%m%d'), make_xlsx(rows, 'Week'))])
    save('clean', 'staff', m)


def staff_7():
    hr = S['hr']
    d = rdate(start=(2025, 10, 15), end=(2025, 11, 14))
    text = """Hi everyone,

Two deadlines coming up:

1. Annual compliance training - due November 21
   Modules: Code of Conduct, Privacy & Information Security, Complaint Handling & Adverse Event Reporting (required for ALL employees, not just Quality), and Interactions with Healthcare Professionals (field teams). Find them in the Learning Hub. Completion is tracked for our audit.

2. Open enrollment - closes November 14
   Medical plan premiums are increasing 3.5%%. The HSA employer contribution is going UP to $1,000 / $2,000. New this year: an on-site flu shot clinic in Durham (10/29) and a mental-health app benefit. Make your elections in Workday > Benefits. If you do nothing, your current elections roll over (except FSA, which must be re-elected).

Benefits office hours: Tuesdays and Thursdays, 12-1, Conf 1B or Teams.

%s
%s | People Team""" % (hr.name, hr.title)
    m = build(hr, 'All US Employees <us-all@%s>' % DOM, 'Reminder: compliance training + open enrollment deadlines', text, date=d,
              html=simple_html(text, 'People Team Reminders'))
    save('clean', 'staff', m)


STAFF = [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]


# ======================================================================= CLEAN: training
def training_1():
    edu = S['edu']
    d = rdate()
    body = """New hire class - Week 2 knowledge check. Answers due in the Learning Hub by Friday; this copy is for reference. All callers below are FICTIONAL training scenarios.

1. Sample caller "Jane Sample" (fictional, account TRAIN-0001) says her Sense 3 reads 40 points higher than her meter on day 1. What do you tell her about day-1 accuracy, and when is a replacement appropriate?

2. A fictitious parent says the pump showed an occlusion alarm twice overnight and the child's glucose is 310 mg/dL this morning. List, in order: (a) immediate safety guidance, (b) the troubleshooting steps, (c) whether this call must be routed to complaint handling. Why?

3. True/False: If a caller reports they went to the ER but "it wasn't because of the pump," you do not need to open a complaint.

4. A caller asks you to change the shipping address. What two identifiers must be verified first?

5. Match the alarm to the action: Cartridge Low / Occlusion / Motor Error E-31 / Sensor Error 14 / Signal Loss

6. Scenario: Training caller "John Q. Test" (fictional) is on Medicare and asks why he was billed 20%%. Explain coinsurance in plain language (2-3 sentences).

Answer key will be reviewed in Thursday's session.

%s""" % sig(edu, edu.title, conf=CONF_SHORT)[1:]
    m = build(edu, 'New Hire Class 11 <nhc11@%s>' % DOM, 'Week 2 knowledge check - practice scenarios', body, date=d)
    save('clean', 'training', m)


def training_2():
    qa_it = _mk('QA Analyst, Business Systems', 0)
    d = rdate()
    rows = [['Step', 'Test case', 'Test record', 'Action', 'Expected result', 'Pass/Fail', 'Tester'],
            [1, 'TC-101', 'ZZTEST, PATIENTONE (acct 9999000001)', 'Create sensor replacement case', 'Case created, queue = Sensor Performance', '', ''],
            [2, 'TC-102', 'ZZTEST, PATIENTONE', 'Mark "injury reported = Yes"', 'Complaint handling task auto-created, due in 1 business day', '', ''],
            [3, 'TC-103', 'ZZTEST, PARENTTWO / child ZZTEST, KIDTWO', 'Add caregiver contact', 'Caregiver shown on account banner', '', ''],
            [4, 'TC-110', 'ZZTEST, MEDICARETHREE (MBI 0ZZ0-ZZ0-ZZ00)', 'Release order without SWO', 'Order blocked, error "SWO required"', '', ''],
            [5, 'TC-118', 'ZZTEST, SPANISHFOUR', 'Set preferred language = ES', 'Routing to queue 7730 on next inbound call', '', ''],
            [6, 'TC-121', 'any ZZTEST record', 'Run address validation on "123 Test St, Nowhere, NC 00000"', 'Validation fails gracefully', '', '']]
    body = """Hi UAT testers,

CaseDesk release 25.4 UAT starts tomorrow in the UAT environment (casedesk-uat). Use ONLY the ZZTEST synthetic records - they are loaded fresh nightly. Do not look up or key real customers in UAT.

Script attached (6 steps for round 1). Mark Pass/Fail and paste a screenshot for every Fail in the defect tracker with the TC number.

Window: Tue-Thu, 9-4 ET. Go/no-go Friday 10 AM.

%s""" % sig(qa_it, qa_it.title, conf=CONF_SHORT)[1:]
    m = build(qa_it, [S['sup_lead'], S['agent1'], S['reimb']], 'CaseDesk 25.4 UAT - test script round 1', body, date=d,
              attachments=[('CaseDesk_25.4_UAT_round1.xlsx', make_xlsx(rows, 'Round 1'))])
    save('clean', 'training', m)


def training_3():
    edu = S['edu']
    d = rdate()
    body = """FCS Case Conference - de-identified case for discussion (no identifiers; details altered)

Background: A 14-year-old with type 1 diabetes for 6 years, on the Glide pump with SmartLoop for 8 months. Plays competitive basketball 4 evenings a week. Parents report frequent lows 1-3 hours after practice and again around 2 AM. CGM wear 94%%. Time in range 61%%, time below 70: 6%%.

Settings (rounded): basal total ~22 U/day, carb ratio 1:9, correction factor 1:45, SmartLoop target 110.

Questions for the group:
 1. What SmartLoop features would you use on practice days?
 2. What would you ask the family about pre-practice snacks and bolus timing?
 3. Which settings changes would you suggest the clinic consider, and which are outside the FCS scope?
 4. How would you document and communicate recommendations to the prescriber?

We'll discuss on Wednesday's call. Please come with one idea for each question.

%s""" % sig(edu, edu.title, conf=CONF_SHORT)[1:]
    m = build(edu, 'Field Clinical <fcs-all@%s>' % DOM, 'Case conference Wed - de-identified case (exercise lows)', body, date=d)
    save('clean', 'training', m)


def training_4():
    ig = S['integ']
    cl = CLINICS[2]
    it = person(cl['dom'], M_NAMES, style=1)
    d = rdate()
    hl7 = '\n'.join([
        'MSH|^~\\&|CVDMC_EHR|CVDMC|AURELLE_ORD|AURELLE|%s||ORM^O01^ORM_O01|TEST000001|T|2.5.1' % ts(d),
        'PID|1||TEST000001^^^CVDMC^MR||TEST^PATIENT^A||19800101|U|||123 TEST ST^^TESTVILLE^IA^00000^USA||(000)000-0000',
        'PV1|1|O|ENDO^^^CVDMC||||9999999999^TESTPROVIDER^ALPHA^^^MD',
        'ORC|NW|TESTORD001|||||^^^%s' % ts(d, False),
        'OBR|1|TESTORD001||E0784^INSULIN PUMP EXTERNAL AMBULATORY^HCPCS|||%s' % ts(d),
        'DG1|1||E10.9^Type 1 diabetes mellitus without complications^I10',
        'NTE|1||INTERFACE VALIDATION MESSAGE - NOT A REAL ORDER'])
    body = """Hi %s,

For Thursday's connectivity test, please send the message below (or your EHR's equivalent) to the test endpoint. Note MSH-11 = T (test) - our engine will reject P messages on the test channel. It uses the standard synthetic test patient; please don't substitute a real chart.

%s

Expected: ACK with MSA|AA within 5 seconds, and the order shows in our test queue as TESTORD001. After that we'll try the 3 negative cases (missing PID-7, bad HCPCS, duplicate order number).

Endpoint: mllp://hl7-test.%s:6661  (VPN required)

%s""" % (it.first, hl7, DOM, sig(ig, ig.title, direct=ig.phone)[1:])
    m = build(ig, it, 'HL7 test message for Thursday connectivity test', body, date=d)
    save('clean', 'training', m)


def training_5():
    sl = S['sup_lead']
    d = rdate()
    body = """Role-play for Tuesday's team huddle: escalating a possible adverse event. Pair up; one agent reads the caller part. The caller is fictitious.

CALLER ("Pat Example", fictional): "Hi, I'm calling because my pump didn't alarm last night and I ended up really high this morning. I'm fine now, I just want a new pump."

AGENT, step 1 - Safety first: "I'm glad you're okay. Before anything else, what is your glucose right now, and do you have ketones?" (If high with ketones/vomiting -> advise to follow their sick-day plan / seek care, and document.)

Step 2 - Gather facts (use the AE checklist): what happened, when, what the pump showed, any alarms, any medical treatment (ER, urgent care, EMS, hospital, glucagon), is the device still available.

Step 3 - Decide: ANY medical intervention or injury reported = complaint task to Complaint Handling same day, even if the caller thinks the pump wasn't the cause.

Step 4 - Return kit: ask them to keep the pump, cartridge and set; don't tell them to reset the pump.

Step 5 - Close the call: explain next steps, replacement timeline, and that someone from our quality team may call.

Debrief questions:
 - What wording avoids saying the pump "caused" anything?
 - Which fields are required before you can submit the complaint task?

%s""" % sig(sl, sl.title, conf=CONF_SHORT)[1:]
    m = build(sl, 'Tier 1 Agents <tier1@%s>' % DOM, 'huddle role-play: adverse event escalation', body, date=d)
    save('clean', 'training', m)


def training_6():
    edu = S['edu']
    f = _mk('Field Clinical Specialist (new hire), RN', 0)
    d = rdate()
    paras = ['**Aurelle Glide Pump Start Certification - Practice Scenario', '',
             'This scenario is fictitious. The patient below is a sample used for certification only.',
             'Sample patient: "Alex Sample", 34 years old, MDI for 10 years, new to pumps. Prescriber settings: basal 0.8 U/h '
             '00:00-06:00, 0.95 U/h 06:00-24:00; carb ratio 1:10; correction 1:40; target 110.',
             '**Checklist (observer marks each item)',
             '1. Introductions, confirm identity with two identifiers (role-play).',
             '2. Review the signed settings order; stop if unsigned.',
             '3. Pump set-up: date/time, language, settings entry, read-back with the learner.',
             '4. Cartridge fill with saline first, then insulin; priming the tubing; filling the cannula.',
             '5. Site selection, insertion, and site rotation teaching.',
             '6. Bolus with carbs; correction bolus; temporary basal.',
             '7. Alarms: occlusion, cartridge low, battery low; what to do for each.',
             '8. Backup plan: pen/syringe doses, when to call the clinic, when to call 24/7 support.',
             '9. Sensor insertion and pairing (if applicable).',
             '10. Documentation in the start record within 24 hours.',
             'Passing: all critical items (2, 4, 7, 8) correct; no more than 2 minor misses.']
    body = """Hi %s,

Attached is the certification scenario for your observed start next week. %s will play the patient. Read it through, practice the fill twice with the demo kit, and bring the checklist so the observer can sign it.

You've got this!
%s""" % (f.first, S['fcs_oh'].first, sig(edu, edu.title, conf=CONF_SHORT)[1:])
    m = build(edu, f, 'Certification scenario - observed pump start', body, date=d, cc=S['fcs_mgr'],
              attachments=[('Glide_start_certification_scenario.docx', make_docx(paras))])
    save('clean', 'training', m)


TRAINING = [training_1, training_2, training_3, training_4, training_5, training_6]


# ======================================================================= main
def main():
    groups = [CARE, IDS, LANG, LISTS, NAMES, SELF, STRUCT, ADMIN, LOOKALIKE, NEWS, STAFF, TRAINING]
    for g in groups:
        for fn in g:
            fn()
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in ROWS:
            w.writerow(r)
    total = 0
    for (label, kind), n in COUNTS.items():
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)


if __name__ == '__main__':
    main()
