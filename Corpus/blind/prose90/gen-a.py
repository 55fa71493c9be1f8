#!/usr/bin/env python3
"""Generate a blind evaluation set of e-mail for a personal-injury /
medical-malpractice law firm's case team.  Standard library only.

usage: python3 gen.py OUTDIR
Everything here (people, numbers, organisations, addresses) is invented.
"""
import sys, os, io, csv, json, random, struct, zlib, zipfile
import datetime as dtm
from html import escape
from email.message import EmailMessage
from email import policy
from email.utils import formataddr, format_datetime

SEED = 9001
random.seed(SEED)
R = random

OUTDIR = sys.argv[1] if len(sys.argv) > 1 else '.'

# --------------------------------------------------------------------------
# the firm and the people and places around it
# --------------------------------------------------------------------------
FIRMNAME = 'Whitlow Brannock Injury Law, PLLC'
FD = 'wbinjurylaw.com'
FIRM_ADDR1 = '880 Commerce Row, Suite 1200'
FIRM_ADDR2 = 'Ashford Falls, OH 43219'
FIRM_PH = '(614) 882-4410'
FIRM_FAX = '(614) 882-4499'

STAFF = {
    'vance':    ('Marisol Vance', 'mvance', 'Partner', 'Marisol Vance, Esq.', 231),
    'brannock': ('Gideon Brannock', 'gbrannock', 'Managing Partner', 'Gideon R. Brannock, Esq.', 201),
    'priya':    ('Priya Natarajan', 'pnatarajan', 'Associate Attorney', 'Priya Natarajan, Esq.', 244),
    'tasha':    ('Tasha Whitcomb', 'twhitcomb', 'Senior Litigation Paralegal | Medical Records', 'Tasha Whitcomb, ACP', 214),
    'devon':    ('Devon Okafor', 'dokafor', 'Lien Resolution Paralegal', 'Devon Okafor', 219),
    'lauren':   ('Lauren Beaudry', 'lbeaudry', 'Client Case Manager', 'Lauren Beaudry', 226),
    'miguel':   ('Miguel Soto', 'msoto', 'Bilingual Intake Specialist / Paralegal', 'Miguel Soto', 208),
    'renee':    ('Renée Castellanos', 'rcastellanos', 'Legal Assistant to Marisol Vance', 'Renée Castellanos', 232),
    'ayesha':   ('Ayesha Qureshi', 'aqureshi', 'Nurse Paralegal', 'Ayesha Qureshi, RN, BSN', 247),
    'frank':    ('Frank DiMarco', 'fdimarco', 'Office Manager', 'Frank DiMarco', 200),
    'kelsey':   ('Kelsey Yoon', 'kyoon', 'IT & Operations', 'Kelsey Yoon', 290),
    'jordan':   ('Jordan Pell', 'jpell', 'Records Clerk', 'Jordan Pell', 217),
}


def S(k):
    return (STAFF[k][0], STAFF[k][1] + '@' + FD)


def sig(k, style='full'):
    name, user, title, formal, ext = STAFF[k]
    if style == 'first':
        return name.split()[0]
    if style == 'short':
        return f'{formal}\n{title}\n{FIRMNAME}\nD {FIRM_PH[:-4]}{4410 + (ext % 7)} | x{ext}'
    return (f'{formal}\n{title}\n{FIRMNAME}\n{FIRM_ADDR1} | {FIRM_ADDR2}\n'
            f'T {FIRM_PH} x{ext} | F {FIRM_FAX}\n{user}@{FD} | www.{FD}')


FIRM_DISCLAIMER = (
    'CONFIDENTIALITY NOTICE: This e-mail message and any attachments are from a law firm. '
    'They may contain attorney-client privileged communications, attorney work product, '
    'or other confidential information. If you are not the intended recipient, do not read, '
    'copy or forward it; please notify the sender by reply e-mail and delete all copies. '
    'Receipt of this message does not create an attorney-client relationship.')

HOSP_DISCLAIMER = (
    'This electronic message is intended only for the named recipient(s) and may contain '
    'information that is confidential and protected from disclosure under state and federal '
    'law. If you received this message in error, please notify the sender immediately and '
    'destroy all copies. Thank you.')

# invented outside organisations
ORG = {
    'staldric': ('St. Aldric Regional Medical Center', 'staldric.org'),
    'northgate': ('Northgate Orthopaedic & Spine', 'northgateortho.com'),
    'lakeshore': ('Lakeshore Chiropractic & Rehab', 'lakeshorechiro.com'),
    'bayview': ('Bayview Imaging Center', 'bayviewimaging.net'),
    'riverside': ('Riverside Physical Therapy', 'riversidept.net'),
    'chartpath': ('ChartPath Release Services', 'chartpathros.com'),
    'recordbridge': ('RecordBridge Retrieval', 'recordbridge.net'),
    'granite': ('Granite Mutual Insurance Company', 'granitemutual.com'),
    'keystone': ('Keystone Casualty Group', 'keystonecasualty.com'),
    'meridian': ('Meridian Recovery Services', 'meridianrecovery.net'),
    'pinnacle': ('Pinnacle Court Reporting', 'pinnaclecourtreporting.com'),
    'halvorsen': ('Halvorsen Medical-Legal Review', 'halvorsenmlr.com'),
    'apex': ('Apex Anesthesia Billing Services', 'apexanesbilling.com'),
    'paincare': ('PainCare Surgical Center', 'paincaresurgical.com'),
    'stroud': ('Stroud Kellerman LLP', 'stroudkellerman.com'),
    'mercy': ('Mercy Crossing Hospital', 'mercycrossing.org'),
    'casetrack': ('CaseTrack', 'casetrackapp.com'),
}

CLIENT_DOMAINS = ['postbeam.com', 'kitemail.net', 'mailhollow.com', 'zephyrmail.com',
                  'lanternmail.net', 'bluecrate.net', 'ohiowire.net', 'quillpost.com',
                  'mymailnest.com', 'sparrowmail.net']

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
F_FIRST = ['Rosa', 'Dana', 'Keisha', 'Margaret', 'Yolanda', 'Brittany', 'Ifeoma', 'Carmen',
           'Heather', 'Tamara', 'Crystal', 'Nadia', 'Lorraine', 'Destiny', 'Gabriela', 'Patrice',
           'Janelle', 'Kimberly', 'Darlene', 'Roxanne', 'Monique', 'Alicia', 'Gloria', 'Shonda',
           'Teresa', 'Becky', 'Latoya', 'Maureen', 'Amber', 'Wanda', 'Colleen', 'Priscilla',
           'Denise', 'Tina', 'Marisa', 'Joanne', 'Erica', 'Lakeisha', 'Norma', 'Sherry']
M_FIRST = ['Jamal', 'Michael', 'Dwayne', 'Terrence', 'Luis', 'Raymond', 'Darnell', 'Kenneth',
           'Hector', 'Marcus', 'Curtis', 'Gerald', 'Anthony', 'Reginald', 'Cody', 'Ernesto',
           'Samuel', 'Travis', 'Jerome', 'Wendell', 'Adebayo', 'Lamar', 'Dale', 'Bobby',
           'Randall', 'Victor', 'Shane', 'Dennis', 'Tyrone', 'Kurt', 'Glenn', 'Rodney',
           'Arturo', 'Wesley', 'Floyd', 'Brandon', 'Emeka', 'Russell', 'Clifton', 'Nathaniel']
LASTS = ['Abernathy', 'Delgado', 'Pruitt', 'Heffernan', 'Oyelaran', 'Whitaker', 'Castillo',
         'Boateng', 'McAllister', 'Szymanski', 'Lockhart', 'Gutierrez', 'Nwosu', 'Hollis',
         'Brandt', 'Vasquez', 'Tillman', 'Romero', 'Okonkwo', 'Dupree', 'Haskins', 'Mendoza',
         'Kaminski', 'Sorrell', 'Crenshaw', 'Albright', 'Villanueva', 'Halloran', 'Espinoza',
         'Yarbrough', 'Fontaine', 'Mercado', 'Gallagher', 'Beaumont', 'Strickland',
         'Pennington', 'Rutledge', 'Stovall', 'Tate', 'Underwood', 'Varga',
         'Zimmer', 'Ashby', 'Bledsoe', 'Carrington', 'Dorsey', 'Ellsworth',
         'Fairbanks', 'Greer', 'Holloway', 'Ingram', 'Jernigan', 'Kessler', 'Lovett', 'Maddox',
         'Nash', 'Ogletree', 'Pickens', 'Rasmussen', 'Sallee', 'Truitt', 'Upchurch', 'Vickers',
         'Wilburn', 'Adeyemi', 'Coffey', 'DeLuca', 'Eberhardt', 'Flores', 'Goins',
         'Hutchins', 'Iverson', 'Jacobs', 'Kimbrough', 'Lyle', 'Mabry', 'Orr',
         'Renfro', 'Sutter', 'Toliver', 'Weems', 'Yoakum']
STREETS = ['Maple Ave', 'Linden St', 'Crestview Dr', 'Old Mill Rd', 'Harrison Blvd', 'Elm Ct',
           'Sycamore Ln', 'W. Fifth Ave', 'Kenmore Pl', 'Briarwood Dr', 'Cleveland Ave',
           'Route 9', 'Hollister Rd', 'Parkside Ter', 'Juniper Way', 'E. Main St']
CITIES = [('Ashford Falls', '432'), ('Port Ellery', '436'), ('Dunmore Heights', '430'),
          ('Kessling', '441'), ('Brayton', '453'), ('Millbrook', '437')]

USED = set()


class P:
    def __init__(self, first, last, sex):
        self.first, self.last, self.sex = first, last, sex
        self.full = f'{first} {last}'
        self.lf = f'{last}, {first}'
        f = sex == 'F'
        self.he, self.him, self.his = ('she', 'her', 'her') if f else ('he', 'him', 'his')
        self.He, self.His = self.he.capitalize(), self.his.capitalize()
        self.title = 'Ms.' if f else 'Mr.'
        self.dob = rdob()
        self.phone = phone()
        self.email = email_for(first, last)
        self.street = street()
        c, z = R.choice(CITIES)
        self.city, self.zip = c, z + digits(2)
        self.addr = f'{self.street}, {c}, OH {self.zip}'


def pick(sex=None, first=None, last=None):
    sex = sex or R.choice('FM')
    used_last = {u[1] for u in USED}
    for i in range(6000):
        f = first or R.choice(F_FIRST if sex == 'F' else M_FIRST)
        l = last or R.choice(LASTS)
        if (f, l) not in USED and (i > 3000 or l not in used_last):
            break
    USED.add((f, l))
    return P(f, l, sex)


def digits(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


AREAS = ['614', '740', '937', '513', '419', '330', '216', '380', '567', '220']


def phone(style=0, ac=None):
    ac = ac or R.choice(AREAS)
    a, b = R.randint(201, 989), digits(4)
    return [f'({ac}) {a}-{b}', f'{ac}-{a}-{b}', f'{ac}.{a}.{b}'][style]


def street():
    s = f'{R.randint(100, 9899)} {R.choice(STREETS)}'
    if R.random() < 0.35:
        s += f' Apt {R.choice(["", "B", "2"])}{R.randint(1, 40)}'
    return s


def email_for(first, last):
    f, l = first.lower().replace(' ', ''), last.lower().replace(' ', '')
    pat = R.choice([f'{f}.{l}', f'{f}{l}{R.randint(1, 99)}', f'{f[0]}{l}', f'{f}_{l[:4]}{R.randint(70, 99)}',
                    f'{l}{f[0]}{R.randint(10, 999)}'])
    return f'{pat}@{R.choice(CLIENT_DOMAINS)}'


REF = dtm.date(2024, 6, 1)


def rdob(a0=24, a1=72):
    return REF - dtm.timedelta(days=R.randint(a0 * 365, a1 * 365))


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
START = dtm.datetime(2024, 1, 8)


def tz_for(d):
    return dtm.timezone(dtm.timedelta(hours=-4 if 4 <= d.month <= 10 else -5))


def when(lo=0, hi=520, hours=None):
    d = START + dtm.timedelta(days=R.randint(lo, hi))
    while d.weekday() >= 5 and R.random() < 0.85:
        d += dtm.timedelta(days=1)
    h = R.choice(hours or [7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 20, 21])
    d = d.replace(hour=h, minute=R.randint(0, 59), second=R.randint(0, 59))
    return d.replace(tzinfo=tz_for(d))


def back(d, days=0, hours=0, minutes=0):
    return d - dtm.timedelta(days=days, hours=hours, minutes=minutes)


def fwd(d, days):
    x = d + dtm.timedelta(days=days)
    while x.weekday() >= 5:
        x += dtm.timedelta(days=1)
    return x


def qtime(d, days=0):
    """A plausible business-hours time `days` before d (same day if 0 and possible)."""
    if days == 0 and d.hour > 9:
        h = R.randint(8, d.hour - 1)
        return d.replace(hour=h, minute=R.randint(0, 59))
    x = d - dtm.timedelta(days=max(days, 1))
    while x.weekday() >= 5:
        x -= dtm.timedelta(days=1)
    x = x.replace(hour=R.randint(8, 17), minute=R.randint(0, 59))
    return x.replace(tzinfo=tz_for(x))


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def gdate(d):
    return f"{d.strftime('%a, %b')} {d.day}, {d.year} at {ampm(d)}"


def odate(d):
    return f"{d.strftime('%A, %B')} {d.day}, {d.year} {ampm(d)}"


def md(d):
    return f'{d.month}/{d.day}'


def mdy(d, pad=False, yy=False):
    y = d.year % 100 if yy else d.year
    if pad:
        return f'{d.month:02d}/{d.day:02d}/{y:02d}' if yy else f'{d.month:02d}/{d.day:02d}/{y}'
    return f'{d.month}/{d.day}/{y}'


def dlong(d):
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def dwk(d):
    return f"{d.strftime('%A')} {d.strftime('%B')} {d.day}"


# --------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------
def q(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.rstrip('\n').split('\n'))


def gquote(d, who, text):
    return f'On {gdate(d)} {who[0]} <{who[1]}> wrote:\n\n{q(text)}'


def _al(x):
    if isinstance(x, (list, tuple)) and x and isinstance(x[0], (list, tuple)):
        return '; '.join(f'{a} <{b}>' if a else b for a, b in x)
    if isinstance(x, (list, tuple)):
        return f'{x[0]} <{x[1]}>' if x[0] else x[1]
    return x


def oquote(frm, d, to, subj, text, cc=None, style=1):
    if style == 1:
        head = ['-----Original Message-----', f'From: {_al(frm)}', f'Sent: {odate(d)}', f'To: {_al(to)}']
    else:
        head = ['________________________________', f'From: {_al(frm)}', f'Sent: {odate(d)}', f'To: {_al(to)}']
    if cc:
        head.append(f'Cc: {_al(cc)}')
    head.append(f'Subject: {subj}')
    return '\n'.join(head) + '\n\n' + text


def fwdblock(frm, d, to, subj, text):
    return ('---------- Forwarded message ---------\n'
            f'From: {_al(frm)}\nDate: {gdate(d)}\nSubject: {subj}\nTo: {_al(to)}\n\n{text}')


# --------------------------------------------------------------------------
# attachment builders
# --------------------------------------------------------------------------
ZDATE = (2024, 1, 1, 0, 0, 0)


def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return escape(str(s), quote=True)


def colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1'):
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f'{colname(ci)}{ri}'
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == '':
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>')
        out.append(f'<row r="{ri}">{"".join(cells)}</row>')
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    sheet_xml = (hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>' + ''.join(out) + '</sheetData></worksheet>')
    ct = (hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = (hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def make_docx(paras):
    """paras: list of str, or ('b', str) for a bold heading line."""
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = []
    for p in paras:
        bold = isinstance(p, tuple)
        t = p[1] if bold else p
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>')
    doc = (hdr + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>' + ''.join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    ct = (hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def make_pdf(lines, size=10):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + 56] for i in range(0, max(len(lines), 1), 56)] or [[]]
    objs = {1: b'<< /Type /Catalog /Pages 2 0 R >>', 3: b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'}
    kids = []
    n = 4
    for pg in pages:
        content = ['BT', f'/F1 {size} Tf', f'{size + 3} TL', '54 742 Td']
        for l in pg:
            content.append(f'({esc(l)}) Tj T*')
        content.append('ET')
        stream = '\n'.join(content).encode('latin-1', 'replace')
        objs[n] = (f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                   f'/Resources << /Font << /F1 3 0 R >> >> /Contents {n + 1} 0 R >>').encode()
        objs[n + 1] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
        kids.append(f'{n} 0 R')
        n += 2
    objs[2] = f'<< /Type /Pages /Kids [{" ".join(kids)}] /Count {len(kids)} >>'.encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    total = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % total
    for i in range(1, total):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total, xref)
    return bytes(out)


def _png_chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)


def make_png(w, h, painter):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(painter(x, y))
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _png_chunk(b'IEND', b''))


def logo_png(rgb=(22, 78, 140), w=180, h=48):
    def paint(x, y):
        # square mark with a white cross, then a band
        if 6 <= x < 42 and 6 <= y < 42:
            if (20 <= x < 28) or (20 <= y < 28):
                return (255, 255, 255)
            return rgb
        if 52 <= x < w - 8 and 18 <= y < 30:
            return (rgb[0] // 2 + 100, rgb[1] // 2 + 100, rgb[2] // 2 + 100)
        return (255, 255, 255)
    return make_png(w, h, paint)


def scan_png(w=340, h=440):
    """A pale 'scanned page' with grey text-like bars."""
    def paint(x, y):
        if x < 3 or y < 3 or x >= w - 3 or y >= h - 3:
            return (200, 200, 196)
        band = (y - 40) % 18
        if 40 <= y < h - 60 and band < 5 and 30 <= x < (w - 30 - ((y * 7) % 90)):
            return (150, 150, 146)
        return (246, 245, 240)
    return make_png(w, h, paint)


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, location, desc, organizer, method='REQUEST'):
    f = lambda d: d.astimezone(dtm.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', f'PRODID:-//{organizer[1].split("@")[1]}//Calendar 1.0//EN',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{f(start - dtm.timedelta(days=9))}',
             f'DTSTART:{f(start)}', f'DTEND:{f(end)}', f'SUMMARY:{ics_esc(summary)}',
             f'LOCATION:{ics_esc(location)}', f'DESCRIPTION:{ics_esc(desc)}',
             f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}', 'STATUS:CONFIRMED',
             'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def to_csv(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def auto_html(body, font='Calibri, Arial, sans-serif', size='11pt'):
    out = []
    for p in body.split('\n\n'):
        out.append('<p>' + escape(p).replace('\n', '<br>\n') + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body style="font-family:{font};font-size:{size}">\n' + '\n'.join(out) + '\n</body></html>')


def money(x):
    return f'${x:,.2f}'


# --------------------------------------------------------------------------
# writing a message
# --------------------------------------------------------------------------
COUNTS = {}
ROWS = []


def _fa(x):
    if isinstance(x, str):
        return x
    return formataddr(x)


def _lst(x):
    if x is None:
        return []
    if isinstance(x, str) or (isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str) and '@' in x[1]):
        return [x]
    return list(x)


def emit(label, kind, patient, frm, to, subject, body, cc=None, html=None, atts=(), dt=None,
         headers=None, reply_to=None, inline=None):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fname = f'{label}-{kind}-{COUNTS[key]:03d}.eml'
    m = EmailMessage()
    m['From'] = _fa(frm)
    m['To'] = ', '.join(_fa(x) for x in _lst(to))
    if cc:
        m['Cc'] = ', '.join(_fa(x) for x in _lst(cc))
    if reply_to:
        m['Reply-To'] = _fa(reply_to)
    m['Subject'] = subject
    dt = dt or when()
    m['Date'] = format_datetime(dt)
    addr = frm if isinstance(frm, str) else frm[1]
    dom = addr.split('@')[-1].strip('>')
    m['Message-ID'] = f'<{R.getrandbits(48):012x}.{R.randint(10000, 999999)}@{dom}>'
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html is True:
        html = auto_html(body)
    if html:
        m.add_alternative(html, subtype='html')
        if inline:
            data, cid = inline
            m.get_payload()[1].add_related(data, 'image', 'png', cid=f'<{cid}>', filename=f'{cid.split("@")[0]}.png')
    for fn, data, ctype in atts:
        mt, st = ctype.split('/', 1)
        if mt == 'text':
            txt = data if isinstance(data, str) else data.decode('utf-8')
            m.add_attachment(txt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    with open(os.path.join(OUTDIR, fname), 'wb') as f:
        f.write(m.as_bytes(policy=policy.SMTP))
    ROWS.append((fname, label, kind, patient))
    return dt


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# ==========================================================================
# PHI / care
# ==========================================================================
def care_1():
    p = pick('F')
    dt = when()
    fu = fwd(dt, R.randint(6, 12))
    body = f"""Miguel,

Can you set up rides for {p.full} for the next two weeks? Her sister can't take her anymore (started a new job) and {p.first} still isn't allowed to drive.

Riverside PT has her Tue/Thu at 9:30 and she has the follow up with Dr. Haskell at Northgate on {dwk(fu)} at 1:15. Pickup is at her apartment, {p.street}, {p.city}. She uses the walker now so she needs a car she can actually get into -- not the big SUV again, last time the driver had to lift her.

Bill it to the case cost code like before (TR). If the ride company asks, Riverside is holding their bill under the LOP but the rides are not covered by that, so it comes out of case costs for now.

Her cell is {p.phone}, she doesn't pick up unknown numbers so text her first.

Thanks!!
Lauren

{sig('lauren', 'short')}"""
    emit('phi', 'care', p.full, S('lauren'), S('miguel'), f'rides for {p.first} next 2 wks', body,
         cc=S('tasha'), dt=dt)


def care_2():
    p = pick('F')
    dt = when()
    t0 = qtime(dt, 1)
    lop = back(dt, days=R.randint(90, 130))
    nxt = fwd(dt, R.randint(14, 25))
    brenda = ('Brenda Kessel', 'bkessel@lakeshorechiro.com')
    quoted = f"""Hi Tasha,

She's been coming in 3x a week, last visit was {md(back(dt, days=2))}. Dr. Ferris wants to start tapering her to 2x a week next month and then re-evaluate. We are still holding her balance under your LOP dated {mdy(lop)}. Current balance is {money(R.randint(5200, 9800) + 0.0)}.

I can send the daily notes through the end of the month, just let me know if you want them now or all at once.

Brenda Kessel
Office Manager / Billing
Lakeshore Chiropractic & Rehab
{phone()} | fax {phone()}"""
    body = f"""Thanks Brenda -- all at once at the end of the month is fine. Please keep holding the balance.

FYI her next appointment with the orthopedist is {md(nxt)}, I'll let you know if that changes anything on your end.

Tasha

{sig('tasha')}

{gquote(t0, brenda, quoted)}

{FIRM_DISCLAIMER}"""
    emit('phi', 'care', p.full, S('tasha'), brenda, f'RE: {p.lf} - visit notes & updated ledger', body, dt=dt)


def care_3():
    p = pick('M')
    wife = R.choice(['Darlene', 'Sherry', 'Wanda', 'Tina'])
    dt = when(hours=[7, 8, 21, 22])
    body = f"""Hello this is {wife}, {p.full}'s wife. I am writing because nobody answered the phone.

{p.first} has been out of his pills since Saturday. The pharmacy on {R.choice(STREETS)} said the card from Dr. Amin's office got declined and they wanted ${R.randint(140, 230)} and we dont have it right now. He isnt sleeping and hes been real short with the kids. Dr Amin's office told me to call the lawyer because his bills go through you all.

Can somebody please call me today, my number is {phone(1)}. I work until 3.

Thank you
{wife} {p.last}

Sent from my iPhone"""
    emit('phi', 'care', p.full, (f'{wife} {p.last}', email_for(wife, p.last)), f'intake@{FD}',
         f'{p.first} {p.last} medicine', body, dt=dt)


def care_4():
    p = pick('F')
    dt = when()
    out0 = fwd(dt, 3)
    fu = fwd(out0, 1)
    bro = R.choice(['Reggie', 'Dwight', 'Andre', 'Paul'])
    order = f'{R.randint(40, 99)}-{digits(6)}'
    body = f"""Jordan / Devon --

I'm out {md(out0)}-{md(fwd(out0, 4))}. Everything on my list is in CaseTrack but here is the one that needs actual attention:

{p.full.upper()}
- Follow-up with Dr. Osei at St. Aldric outpatient on {md(fu)} at 10:40. Her brother {bro} drives her (his number is in the contacts tab). If the office calls to move it, say yes to anything in the mornings.
- Apex Home Medical STILL hasn't delivered the shower chair and the raised toilet seat. Order #{order}. If nothing shows up by Monday please call them (ask for Carla) -- she has been sponge bathing for two weeks.
- Home health nurse comes M/W/F. If the agency calls about the authorization running out, forward it to Lauren, don't promise anything on payment.
- She's asked twice about getting a copy of her records for her new family doctor. I sent the request to St. Aldric on {md(back(dt, days=6))} (ChartPath ref CP-{digits(7)}). Just tell her it's in process.

Everything else can wait till I'm back. My cell if it's on fire: {phone()}.

T

{sig('tasha', 'short')}"""
    emit('phi', 'care', p.full, S('tasha'), [S('jordan'), S('devon')],
         f'coverage while I\'m out {md(out0)}-{md(fwd(out0, 4))}', body, dt=dt)


def care_5():
    p = pick('M')
    dt = when(hours=[6, 7, 19, 20, 21])
    appt = back(dt, days=R.randint(10, 20))
    body = f"""Ayesha - Granite's adjuster is hammering the 7 week gap between his last PT visit in April and the injection in June. Can you call {p.first} {p.last} and find out what he was doing in between? If he was going to the walk-in clinic near his job or doing the home exercises, I want dates and names.

Also ask whether he actually went to the {md(appt)} appointment at PainCare. Their office has him as a no show, he told me on the phone he was there and waited an hour. If he has a parking receipt or anything, great.

Need this before I call the adjuster back Thursday.

M

Sent from my iPad"""
    emit('phi', 'care', p.full, S('vance'), S('ayesha'), f'gap in treatment - {p.last}', body, dt=dt)


def care_6():
    p = pick(R.choice('MF'))
    dt = when()
    exam = fwd(dt, R.randint(18, 30)).replace(hour=10, minute=0, second=0)
    defendant = R.choice(['Loomis Freight, Inc.', 'Carver Waste Hauling LLC', 'Brightline Couriers, Inc.'])
    sk = ('Nicole Farrow', 'nfarrow@stroudkellerman.com')
    case_no = f'{exam.year % 100}CV{digits(5)}'
    body = f"""Counsel,

Please be advised that the Rule 35 examination of Plaintiff {p.full} is scheduled as follows:

    Examiner:  Harlan Petrakis, M.D. (orthopaedic surgery)
    Date:      {dwk(exam)}, {exam.year}
    Time:      10:00 a.m. (please arrive by 9:45)
    Location:  Meridian Medical Evaluations, 4410 Meridian Pkwy, Suite 300, Dunmore Heights, OH

Plaintiff should bring a photo ID, a list of current medications, and any imaging discs in {p.his} possession. The examination, including history, is expected to last approximately 90 minutes. Per your request, a Spanish interpreter has been arranged through LinguaBridge and will meet {p.him} in the lobby.

If transportation assistance is needed, please let me know at least five business days in advance. A calendar invitation is attached for your convenience.

Re: {p.last} v. {defendant}, Calloway County C.P. Case No. {case_no}

Nicole Farrow
Litigation Paralegal to Alan J. Stroud
Stroud Kellerman LLP
1100 Lakeview Tower, 9th Floor, Port Ellery, OH 43601
Direct {phone()} | nfarrow@stroudkellerman.com"""
    ics = make_ics(f'dme-{digits(8)}@stroudkellerman.com', exam, exam + dtm.timedelta(minutes=90),
                   f'DME - {p.full} - Dr. Petrakis',
                   'Meridian Medical Evaluations, 4410 Meridian Pkwy, Suite 300, Dunmore Heights, OH',
                   f'Rule 35 examination of Plaintiff {p.full}. Spanish interpreter arranged (LinguaBridge). Case No. {case_no}.',
                   sk)
    emit('phi', 'care', p.full, sk, S('vance'), f'{p.last} v. {defendant.split(",")[0]} - Rule 35 exam scheduling', body,
         cc=[S('renee'), ('Alan J. Stroud', 'astroud@stroudkellerman.com')],
         atts=[('invite.ics', ics, 'text/calendar')], dt=dt)


def care_7():
    p = pick('M')
    dt = when(hours=[12, 13, 16, 17])
    appt = fwd(dt, R.randint(3, 9))
    body = f"""dropped off the walker + shower chair at Mr {p.last}'s apt. he says the aide didnt come thurs or fri and his daughter has been doing his meds in the morning before work. told him youd call the agency.

also he needs a ride to the {md(appt)} appt, same place as last time (the wound clinic on Harrison). he said 8:15.

M

Sent from my iPhone"""
    emit('phi', 'care', f'{p.title} {p.last}', S('miguel'), S('lauren'), f'Mr {p.last}', body, dt=dt)


def care_8():
    p = pick('F')
    dt = when()
    m1, m2 = back(dt, days=14), back(dt, days=7)
    resched = fwd(dt, 5)
    shawna = ('Shawna Ruiz', 'sruiz@northgateortho.com')
    t0 = qtime(dt, 30)
    tasha_prev = f"""Hi Shawna,

Thanks for getting {p.first} in so quickly. Could you let me know if she misses any visits? The insurance company has been looking for any reason to argue she stopped treating.

Tasha"""
    body = f"""Hi Tasha,

Just a heads up, {p.first} missed her appointments on {md(m1)} and {md(m2)} with Dr. Haskell. We rescheduled her for {md(resched)} at 3:45. She told our front desk she is having a hard time getting off work and her car is still in the shop.

Can your office remind her? Dr. Haskell won't sign the new work note until he sees her again.

Thank you,
Shawna Ruiz
Patient Coordinator
Northgate Orthopaedic & Spine
{phone()} ext 118

{HOSP_DISCLAIMER}

{oquote(S('tasha'), t0, shawna, f'{p.full} DOB {mdy(p.dob, pad=True)}', tasha_prev)}"""
    emit('phi', 'care', p.full, shawna, S('tasha'), f'RE: {p.full} DOB {mdy(p.dob, pad=True)}', body, dt=dt)


# ==========================================================================
# PHI / ids
# ==========================================================================
def ids_1():
    dt = when()
    dol = back(dt, days=R.randint(60, 140)).date()
    claim = f'7KC-{dol.strftime("%y%m%d")}-{digits(4)}'
    adj = ('Brent Lowry', 'blowry@keystonecasualty.com')
    body = f"""Ms. Vance,

I acknowledge receipt of your letter of representation dated {mdy(back(dt, days=9))}. Please direct all further correspondence on this loss to me.

    Claim No.:      {claim}
    Our Insured:    Halberg Plumbing & Drain LLC
    Date of Loss:   {mdy(dol, pad=True)}
    Your Client:    R. {R.choice(['V.', 'M.', 'T.'])} (claimant, driver of vehicle 2)

Our file reflects that your client was transported from the scene by Ashford Falls Fire/EMS to St. Aldric Regional ER and released the same day. To evaluate the bodily injury claim, please provide:

  1. All medical records and itemized bills from the date of loss to present
  2. Documentation of any lost wages
  3. A signed authorization (enclosed form KCG-114) so we may obtain prior records
  4. Confirmation of any health insurance or med-pay that has paid toward treatment

Please also advise whether your client is still treating and, if so, with whom.

Regards,

Brent Lowry
Senior Bodily Injury Adjuster
Keystone Casualty Group
P.O. Box 4471, Columbus, OH 43216
Phone {phone(1)} | Fax {phone(1)}
Claims e-mail: bi-claims@keystonecasualty.com

This communication is not a waiver of any of the Company's rights under the policy."""
    emit('phi', 'ids', '', adj, S('vance'), f'Claim {claim} / Your client / DOL {mdy(dol, pad=True)}',
         body, cc=S('renee'), dt=dt)


def ids_2():
    dt = when()
    req = f'CP-{digits(7)}'
    dob = rdob()
    mrn = digits(8)
    dos0 = back(dt, days=R.randint(60, 150)).date()
    dos1 = dos0 + dtm.timedelta(days=3)
    pages = R.randint(180, 520)
    base, per = 24.88, 0.5
    amt = round(base + per * min(pages, 50) + 0.25 * max(0, pages - 50), 2)
    inv = f'INV-{dt.year}-{digits(6)}'
    body = f"""ChartPath Release Services
Request Status Update

Your request has been fulfilled and is ready for download.

Request #:        {req}
Requester:        Whitlow Brannock Injury Law, PLLC (acct 20417)
Facility:         St. Aldric Regional Medical Center
Patient DOB:      {mdy(dob, pad=True)}
MRN:              {mrn}
Records:          Emergency Dept; Inpatient; Radiology reports; Imaging (CD)
Dates of service: {mdy(dos0, pad=True)} - {mdy(dos1, pad=True)}
Pages:            {pages}
Invoice:          {inv}
Amount due:       {money(amt)}

Records will be released for download once payment is received. Pay online at https://portal.chartpathros.com/pay or call (800) 604-3318.

Please do not reply to this message. This mailbox is not monitored.

ChartPath Release Services | 2200 Innovation Dr, Kessling, OH 44101"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d5dce4">
<tr><td style="background:#0b4f6c;color:#fff;padding:14px 18px;font-size:18px">ChartPath Release Services</td></tr>
<tr><td style="padding:18px">
<p><b>Your request has been fulfilled and is ready for download.</b></p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Request #</td><td>{req}</td></tr>
<tr><td>Requester</td><td>Whitlow Brannock Injury Law, PLLC (acct 20417)</td></tr>
<tr><td>Facility</td><td>St. Aldric Regional Medical Center</td></tr>
<tr><td>Patient DOB</td><td>{mdy(dob, pad=True)}</td></tr>
<tr><td>MRN</td><td>{mrn}</td></tr>
<tr><td>Records</td><td>Emergency Dept; Inpatient; Radiology reports; Imaging (CD)</td></tr>
<tr><td>Dates of service</td><td>{mdy(dos0, pad=True)} - {mdy(dos1, pad=True)}</td></tr>
<tr><td>Pages</td><td>{pages}</td></tr>
<tr><td>Invoice</td><td>{inv}</td></tr>
<tr><td>Amount due</td><td><b>{money(amt)}</b></td></tr>
</table>
<p><a href="https://portal.chartpathros.com/pay">Pay and download</a></p>
<p style="color:#777;font-size:11px">Please do not reply to this message. This mailbox is not monitored.</p>
</td></tr></table></body></html>"""
    emit('phi', 'ids', '', ('ChartPath Release Services', 'notifications@chartpathros.com'), f'records@{FD}',
         f'Request {req} fulfilled - invoice {inv}', body, html=html, dt=dt)


def ids_3():
    dt = when()
    mbi = f'{R.randint(1, 9)}{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.randint(0, 9)}-{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.randint(0, 9)}-{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.choice("ACDEFGHJKMNPQRTUVWXY")}{R.randint(10, 99)}'
    matter = f'{dt.year % 100 - 1}-0{R.randint(100, 999)}'
    amt = R.randint(9000, 19000) + R.randint(0, 99) / 100
    cpl_date = back(dt, days=3)
    body = f"""Marisol,

Conditional payment letter came in today on matter {matter} (the Route 9 bus case). Beneficiary MBI {mbi}, CMS case ID {digits(11)}.

Conditional payment amount: {money(amt)} -- 22 claims, DOS 09/2023 through 02/2024.

I'm going to dispute 6 lines as unrelated:
  - the three cardiology office visits in Nov (his regular stress test follow-ups, same as pre-accident)
  - the diabetic test strips / supplies from the DME vendor (2 lines)
  - the 12/18 dermatology visit

That should take it down by roughly $1,900. Dispute has to go in within 30 days of {md(cpl_date)}, so I'll have it uploaded to the portal by next Wednesday. I'll need you to sign the proof of representation again -- CMS rejected the old one because it didn't have his signature date.

Devon

{sig('devon')}"""
    emit('phi', 'ids', '', S('devon'), S('vance'), f'CPL received - MBI {mbi}', body, dt=dt)


def ids_4():
    dt = when()
    case_no = f'{dt.year % 100}CV{digits(5)}'
    visit = back(dt, days=R.randint(40, 120)).date()
    dob = rdob()
    wrong = dob.replace(year=dob.year + R.choice([-5, 5, 1]))
    body = f"""for {case_no} we still need the St Aldric ER bill for the {md(visit)} visit, acct {digits(10)}. billing says they need a new auth with DOB {mdy(dob)} on it -- the one we sent had {mdy(wrong)}. can you get client to re-sign? I can drop it in the DocuSign queue if you want

j"""
    emit('phi', 'ids', '', S('jordan'), S('tasha'), f'{case_no} - ER bill', body, dt=dt)


def ids_5():
    p = pick('M')
    dt = when()
    acct = f'HA-{digits(8)}'
    adm = back(dt, days=R.randint(70, 150)).date()
    dis = adm + dtm.timedelta(days=R.randint(2, 6))
    amt = R.randint(31000, 68000) + R.randint(0, 99) / 100
    body = f"""Good afternoon,

Please see the attached Notice of Hospital Lien regarding the patient account referenced below. Our records indicate your office represents the patient in connection with injuries sustained on or about {mdy(adm, pad=True)}.

Patient:    {p.first[0]}. {p.last}
Account:    {acct}
DOS:        {mdy(adm, pad=True)} - {mdy(dis, pad=True)}
Balance:    {money(amt)}

Kindly acknowledge receipt and advise of the liability carrier and claim number. Please contact our office prior to disbursement of any settlement proceeds.

Thank you,

Gwen Albers
Lien & Third Party Liability Specialist
Patient Financial Services
St. Aldric Regional Medical Center
{phone()} | Fax {phone()}

{HOSP_DISCLAIMER}"""
    charges = [('0450', 'Emergency room', R.randint(3800, 6200)), ('0350', 'CT scan', R.randint(4200, 8800)),
               ('0320', 'Diagnostic x-ray', R.randint(600, 1900)), ('0360', 'Operating room services', R.randint(9000, 16000)),
               ('0370', 'Anesthesia', R.randint(2100, 4300)), ('0120', 'Room & board semi-private', R.randint(6000, 14000)),
               ('0250', 'Pharmacy', R.randint(900, 3900)), ('0300', 'Laboratory', R.randint(700, 2500))]
    lines = ['ST. ALDRIC REGIONAL MEDICAL CENTER', 'Patient Financial Services', '1 Aldric Way, Ashford Falls, OH 43215', '',
             'NOTICE OF HOSPITAL LIEN', '', f'Date: {mdy(dt.date(), pad=True)}', '',
             'To: Whitlow Brannock Injury Law, PLLC', f'    {FIRM_ADDR1}, {FIRM_ADDR2}', '',
             f'Patient name:     {p.full}', f'Date of birth:    {mdy(p.dob, pad=True)}',
             f'Address:          {p.addr}', f'Account number:   {acct}',
             f'Admission:        {mdy(adm, pad=True)}', f'Discharge:        {mdy(dis, pad=True)}',
             'Admitting dx:     Trauma - motor vehicle collision', '', 'Summary of charges by revenue code:']
    for rc, desc, a in charges:
        lines.append(f'   {rc}   {desc:<32} {a:>10,.2f}')
    lines += ['', f'   Total charges                               {sum(c[2] for c in charges):>10,.2f}',
              f'   Balance subject to lien                     {amt:>10,.2f}', '',
              'The hospital claims a lien upon any recovery, judgment or settlement for the',
              'reasonable charges for emergency, inpatient and follow-up services rendered to the',
              'above patient as a result of the injury. Please contact Patient Financial Services',
              'before distribution of any proceeds.', '', 'Gwen Albers, Lien & TPL Specialist']
    emit('phi', 'ids', p.full, ('Gwen Albers', 'galbers@staldric.org'), f'records@{FD}',
         f'Notice of Hospital Lien - Acct {acct}', body,
         atts=[(f'Lien_Notice_{acct}.pdf', make_pdf(lines), 'application/pdf')], dt=dt)


def ids_6():
    dt = when()
    mid = f'ZKP{digits(9)}'
    ref = f'MRS-{digits(7)}'
    dos = back(dt, days=R.randint(80, 160)).date()
    dob = rdob()
    paid = R.randint(4000, 9500) + R.randint(0, 99) / 100
    body = f"""RE:  Accident Questionnaire / Notice of Reimbursement Claim
     Our Ref:        {ref}
     Plan:           Summit Ridge Health Plan (self-funded ERISA plan)
     Member:         {R.choice(['K.', 'D.', 'L.'])} {R.choice(['Dupree', 'Sallee', 'Varga'])[0]}.
     Member ID:      {mid}   Group: 00{digits(5)}
     Date of birth:  {mdy(dob, pad=True)}
     Incident date:  {mdy(dos, pad=True)}

Dear Counsel:

Meridian Recovery Services represents Summit Ridge Health Plan in the recovery of benefits paid on behalf of plan members for injuries caused by a third party. Our records show that the Plan has paid {money(paid)} in medical benefits for treatment on or after {mdy(dos, pad=True)} that appears to be accident related (emergency services, imaging, physical therapy).

We understand that your office represents the member. Please complete and return the enclosed questionnaire within 15 days, including the liability carrier name, claim number and policy limits. Under the terms of the Plan, the Plan is entitled to first-dollar reimbursement from any recovery, regardless of whether the member is made whole. Please do not disburse settlement funds without contacting our office.

An itemized claims history is available upon request.

Sincerely,

Carla Montrose
Recovery Specialist II
Meridian Recovery Services
Toll free (877) 412-6650 ext. 4471 | Fax (877) 412-6691
cmontrose@meridianrecovery.net"""
    emit('phi', 'ids', '', ('Carla Montrose', 'cmontrose@meridianrecovery.net'), f'liens@{FD}',
         f'Accident Questionnaire - Member ID {mid} - Ref {ref}', body, cc=S('devon'), dt=dt)


def ids_7():
    dt = when()
    ssn_last = digits(4)
    swapped = ssn_last[:2] + ssn_last[3] + ssn_last[2]
    if swapped == ssn_last:
        swapped = ssn_last[:3] + str((int(ssn_last[3]) + 1) % 10)
    dob = rdob(45, 70)
    req = f'BV-{digits(5)}'
    matter = f'{dt.year % 100}-0{R.randint(100, 499)}'
    t0 = qtime(dt, R.choice([0, 1]))
    bv = ('Bayview Imaging - Release of Information', 'roi@bayviewimaging.net')
    quoted = f"""Re: Request #{req}

We are unable to process the above request. The identifying information on the authorization does not match our records (SSN, date of birth). Please submit a corrected authorization signed by the patient or the patient's legal representative.

Bayview Imaging Center
Health Information Management
Fax {phone()}"""
    body = f"""Jordan,

Bayview kicked back the auth on {matter}. They say the last 4 of the SSN doesn't match -- we have xxx-xx-{ssn_last}, their registration has {swapped}, and the DOB on their end is {mdy(dob)}, which does match ours. So it's almost certainly their typo at check-in but they won't release the MRI report or the films until it matches.

Can you call them and ask them to look at his registration? If they won't fix it on their side, we'll have him sign a new auth with a note. Adjuster wants the lumbar MRI before she'll talk numbers.

Thanks,
Renée

{sig('renee')}

{oquote(bv, t0, f'records@{FD}', f'Request #{req} - unable to process', quoted)}"""
    emit('phi', 'ids', '', S('renee'), S('jordan'), f'FW: Request #{req} - unable to process', body, dt=dt)


def ids_8():
    dt = when()
    rid = digits(11)
    case = f'{dt.year}-TPL-{digits(6)}'
    doi = back(dt, days=R.randint(150, 300)).date()
    paid = R.randint(2100, 5200) + R.randint(0, 99) / 100
    body = f"""Casualty Recovery Unit
Office of Third Party Liability

Case Number:    {case}
Recipient ID:   {rid}
Date of Injury: {mdy(doi, pad=True)}
Amount paid to date: {money(paid)}

Dear Attorney:

This office has been advised that you represent the above Medicaid recipient in a claim arising from the injury on the date shown. The Department has a right of recovery against any settlement, judgment or award for medical assistance paid on the recipient's behalf (hospital, physician, pharmacy, and managed care encounters).

Please complete the enclosed Attorney Notification form and return it within 30 days. Prior to settlement, request an updated itemized statement; amounts may change as additional claims are processed. Settlement proceeds may not be disbursed until the Department's claim is resolved.

Correspondence may be sent to tpl.casualty@medicaid-recovery.example.org or faxed to (614) 387-2270. Please reference the case number on all correspondence.

Casualty Recovery Unit
(614) 387-2200"""
    emit('phi', 'ids', '', ('Casualty Recovery Unit', 'tpl.casualty@medicaid-recovery.example.org'),
         f'liens@{FD}', f'Casualty case {case} / Recipient ID {rid}', body, dt=dt)


# ==========================================================================
# PHI / lang
# ==========================================================================
def lang_1():
    p = pick('F', first=R.choice(['Guadalupe', 'Maricela', 'Yesenia']), last=R.choice(['Barajas', 'Quintero', 'Ybarra']))
    dt = when(hours=[19, 20, 21, 22])
    amb = R.randint(900, 1600)
    body = f"""Hola Miguel buenas noches,

Le escribo porque ayer fui a la clínica del quiropráctico (Lakeshore) y la recepcionista me dijo que ya no me pueden dar más citas hasta que la oficina de ustedes les mande otra carta firmada por la licenciada Vance. Dice que la carta que tienen ya se venció o algo así.

Yo todavía tengo mucho dolor en el cuello y en la espalda baja, sobre todo en las mañanas, y las terapias me estaban ayudando. No quiero perder las citas.

También me llegó una cuenta de la ambulancia por ${amb:,}.00. ¿La pago yo o se la mando a ustedes? Le tomé foto, se la puedo mandar por WhatsApp.

Me pueden llamar al {p.phone} después de las 4, porque en el trabajo no puedo contestar.

Gracias,
{p.full}"""
    emit('phi', 'lang', p.full, (p.full, p.email), S('miguel'), 'pregunta sobre el quiropractico', body, dt=dt)


def lang_2():
    p = pick('M', first=R.choice(['Ernesto', 'Arturo', 'Rigoberto']), last=R.choice(['Pacheco', 'Valdez', 'Nunez']))
    dt = when()
    depo = fwd(dt, R.randint(10, 18)).replace(hour=9, minute=30)
    prep = back(depo, days=2)
    while prep.weekday() >= 5:
        prep = back(prep, days=1)
    mri = fwd(depo, 6)
    drdepo = fwd(depo, 20)
    months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
              'octubre', 'noviembre', 'diciembre']
    es = lambda d: f'{d.day} de {months[d.month - 1]}'
    body = f"""Estimado Sr. {p.last}:

Le escribo para recordarle que su deposición está programada para el {es(depo)} a las 9:30 de la mañana en nuestra oficina ({FIRM_ADDR1}, {FIRM_ADDR2}). La licenciada Natarajan lo va a acompañar y habrá un intérprete certificado.

Antes de eso, nos gustaría reunirnos con usted el {es(prep)} a las 4:00 de la tarde para prepararlo. El abogado de la aseguradora le va a preguntar sobre el accidente, sobre sus tratamientos y sobre cualquier lesión que haya tenido antes, incluyendo la caída en el trabajo en 2019. Conteste siempre la verdad, despacio, y si no entiende una pregunta, pida que se la repitan.

Por favor traiga:
  - La lista de medicamentos que toma ahora (el ibuprofeno de 800 mg y el relajante muscular que le recetó el Dr. Haskell)
  - Los recibos de farmacia que no nos haya mandado
  - Sus lentes, si los usa para leer

Otras fechas importantes:
  - {es(mri)}: su resonancia magnética de la rodilla en Bayview Imaging, 7:45 a.m. No coma nada 4 horas antes.
  - {es(drdepo)}: el Dr. Haskell dará su declaración sobre su tratamiento. Usted NO necesita estar presente.

Si necesita transporte para cualquiera de estas citas, avíseme y lo arreglamos.

Saludos cordiales,

Miguel Soto
Especialista Bilingüe de Admisión / Asistente Legal
{FIRMNAME}
Tel. {FIRM_PH} ext. 208 | Cel. oficina {phone()}

{FIRM_DISCLAIMER}"""
    emit('phi', 'lang', p.full, S('miguel'), (p.full, p.email), f'Su deposición el {es(depo)} - lo que necesita saber',
         body, cc=S('priya'), html=True, dt=dt)


def lang_3():
    mom = 'Nguyễn Thị Hoa'
    dt = when(hours=[20, 21, 22, 23])
    ph = phone()
    body = f"""Chào chị Tasha,

Em là Linh, con gái của bà {mom} (sinh năm 1956). Tuần trước mẹ em đã tái khám với bác sĩ phẫu thuật ở bệnh viện St. Aldric. Bác sĩ nói vết mổ vẫn chưa lành hẳn và mẹ em phải tiếp tục thay băng mỗi ngày. Y tá tại nhà đến ba lần một tuần.

Mẹ em vẫn còn đau nhiều, ăn uống rất ít và đêm ngủ không được. Em lo lắm. Em phải nghỉ làm hai ngày một tuần để chở mẹ đi khám.

Chị đã nhận được hồ sơ bệnh án từ bệnh viện chưa ạ? Luật sư Vance có nói cần có hồ sơ ca mổ trước khi gửi cho bác sĩ chuyên gia xem.

Em gửi kèm hình hóa đơn thuốc tháng này. Số điện thoại của em là {ph}, chị gọi sau 5 giờ chiều giúp em nhé.

Cảm ơn chị nhiều,
Linh Nguyễn"""
    emit('phi', 'lang', mom, ('Linh Nguyen', f'linh.nguyen{R.randint(80, 99)}@{R.choice(CLIENT_DOMAINS)}'), S('tasha'),
         'Về hồ sơ của mẹ tôi - Nguyễn Thị Hoa', body, cc=S('vance'),
         atts=[('hoa_don_thuoc.png', scan_png(), 'image/png')], dt=dt)


def lang_4():
    dt = when()
    amt = R.randint(1800, 3400)
    body = f"""Bonjou Mèt Brannock,

Se mwen menm Jean-Robert Pierre-Louis. Mwen resevwa yon lèt ankò nan men yon konpayi koleksyon pou bòdwo lopital St. Aldric la, ${amt:,}. Yo di si mwen pa peye nan 30 jou y ap mete l sou kredi mwen. Mwen te deja voye premye lèt la ba ou nan mwa mas.

Do mwen toujou fè m mal anpil, mwen poko ka travay. Doktè a di m fòk mwen fè terapi 2 fwa pa semèn ankò pou 6 semèn, epi l ap voye m fè yon lòt MRI.

Madanm mwen ap travay sèl kounye a e nou pa gen lajan pou nou peye bòdwo sa yo. Tanpri di m sa pou m fè.

Tanpri rele m oswa ekri m. Nimewo m se {phone()}.

Mèsi anpil,
Jean-Robert"""
    emit('phi', 'lang', 'Jean-Robert Pierre-Louis', ('Jean-Robert Pierre-Louis', f'jrpierrelouis@{R.choice(CLIENT_DOMAINS)}'),
         S('brannock'), 'bòdwo lopital la', body, cc=f'intake@{FD}', dt=dt)


def lang_5():
    dt = when()
    inj = fwd(dt, R.randint(8, 16))
    body = f"""Здравствуйте, Прия!

Пишу Вам по поводу моего дела. На прошлой неделе я сделала МРТ поясничного отдела в Bayview Imaging. Доктор Хаскелл сказал, что там грыжа диска L4-L5 и что, возможно, понадобится операция, если уколы не помогут. Первый укол назначили на {inj.day:02d}.{inj.month:02d}.

Я до сих пор не могу долго сидеть, и на работе мне дали только неполный рабочий день. Страховая компания второго водителя звонила мне ещё раз, я им ничего не сказала, как Вы советовали.

Скажите, пожалуйста, сколько ещё может продлиться дело? И нужно ли мне отправлять Вам чеки из аптеки, или достаточно фотографий?

С уважением,
Светлана Кравец (Svetlana Kravets)
тел. {phone()}"""
    emit('phi', 'lang', 'Svetlana Kravets', ('Svetlana Kravets', f'skravets{R.randint(60, 90)}@{R.choice(CLIENT_DOMAINS)}'),
         S('priya'), 'Результаты МРТ и вопрос по делу', body, dt=dt)


def lang_6():
    dt = when()
    rows = [['日期', '项目', '诊所', '金额(美元)']]
    d = back(dt, days=60).date()
    for i in range(12):
        d = d + dtm.timedelta(days=R.choice([3, 4, 5, 7]))
        rows.append([d.isoformat(), '针灸治疗', '华人社区健康中心', '85.00'])
    body = f"""Natarajan律师您好：

我是陈伟（Wei Chen）。附件是我这两个月在华人社区健康中心做针灸的收据清单，一共十二次，每次85元，都是我自己先付的。另外物理治疗还是每周两次，在Riverside。医生说我的右肩还要再做一个月，然后再决定要不要做手术。

上次您说保险公司要我的工资损失证明，我老板已经写好了，下星期一拿到您的办公室。

请问这些针灸的钱保险公司会赔吗？还有，我的健康保险卡号需要给您吗？

谢谢！
陈伟
电话：{phone()}"""
    emit('phi', 'lang', 'Wei Chen', ('Wei Chen', f'chenwei{R.randint(100, 999)}@{R.choice(CLIENT_DOMAINS)}'),
         S('priya'), '针灸和物理治疗的收据', body,
         atts=[('针灸收据.csv', to_csv(rows), 'text/csv')], dt=dt)


def lang_7():
    dt = when(hours=[18, 19, 20, 21])
    sess = R.choice([6, 8, 10])
    body = f"""Oi Lauren, tudo bem?

Aqui é a Renata Ferreira. Recebi hoje uma carta do seguro (Granite Mutual) dizendo que vão parar de pagar a fisioterapia porque, segundo eles, eu já "atingi a melhora máxima". Mas eu ainda tenho muita dor no joelho esquerdo e não consigo subir escada direito. A fisioterapeuta da Riverside disse que eu precisaria de pelo menos mais {sess} sessões.

Vou mandar a foto da carta amanhã cedo. O que eu faço? Continuo indo nas sessões? A próxima é quinta às 17h.

Outra coisa: o ortopedista quer pedir uma ressonância, mas a clínica disse que precisa de autorização antes. Vocês resolvem isso ou eu ligo pro seguro?

Obrigada,
Renata

Enviado do meu celular"""
    emit('phi', 'lang', 'Renata Ferreira', ('Renata Ferreira', f'renataferreira{R.randint(10, 99)}@{R.choice(CLIENT_DOMAINS)}'),
         S('lauren'), 'Fisioterapia e carta do seguro', body, dt=dt)


def lang_8():
    dt = when(lo=20, hi=80)
    dob = '3 maja 1938'
    body = f"""Szanowna Pani Mecenas,

Piszę w sprawie mojego ojca, Stanisława Kowalczyka (ur. {dob}). W nocy z 12 na 13 stycznia tata upadł w łazience w Maple Grove Care Center i złamał biodro. Personel zadzwonił do mnie dopiero rano, po ponad sześciu godzinach od upadku. Tata był operowany w szpitalu St. Aldric 14 stycznia, a teraz jest na rehabilitacji w innym ośrodku.

Już w grudniu prosiłem pielęgniarki, żeby założyli mu alarm przy łóżku, bo wcześniej dwa razy prawie upadł, kiedy sam szedł do toalety w nocy. Powiedziano mi, że "to nie jest potrzebne". Mam zdjęcia siniaków i notatki z rozmów z personelem, z datami.

Tata jest teraz bardzo osłabiony i często jest zdezorientowany, czego wcześniej nie było.

Czy możemy się spotkać w przyszłym tygodniu? Mogę przyjechać w środę albo w czwartek po 15:00. Mogę też przynieść dokumenty z domu opieki, które mam.

Z poważaniem,
Andrzej Kowalczyk
tel. {phone()}"""
    emit('phi', 'lang', 'Stanisław Kowalczyk', ('Andrzej Kowalczyk', f'a.kowalczyk@{R.choice(CLIENT_DOMAINS)}'),
         S('vance'), 'Tata - upadek w domu opieki (Maple Grove)', body, dt=dt)


# ==========================================================================
# PHI / lists
# ==========================================================================
def lists_1():
    dt = when()
    pts = [pick() for _ in range(7)]
    provs = ['St. Aldric ER + inpatient', 'Northgate Ortho', 'Bayview Imaging (films)', 'Riverside PT',
             'Lakeshore Chiro', 'PainCare Surgical', 'Mercy Crossing ER', 'Ashford Falls Fire/EMS']
    stats = [('RECEIVED', 'complete, billing still out'), ('PENDING', '2nd request sent'),
             ('REJECTED', 'need corrected auth (DOB)'), ('RECEIVED', 'post-op notes missing, re-requested'),
             ('PENDING', 'vendor says 10 biz days'), ('PAID - WAITING', 'invoice paid, no download link yet'),
             ('RECEIVED', 'no records for DOS 1/9 - confirm w/ client')]
    R.shuffle(stats)
    rows = []
    for i, p in enumerate(pts):
        req = back(dt, days=R.randint(8, 45)).date()
        st, note = stats[i]
        rows.append((p.lf, R.choice(provs), md(req), st, note))
    rej = [r[0] for r in rows if r[3] == 'REJECTED'][0].split(',')[0]
    w = [max(len(r[i]) for r in rows + [('Client', 'Provider', 'Req', 'Status', 'Notes')]) for i in range(5)]
    line = lambda r: ' | '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip()
    table = [line(('Client', 'Provider', 'Req', 'Status', 'Notes')), '-+-'.join('-' * x for x in w)]
    table += [line(r) for r in rows]
    tbl = '\n'.join(table)
    body = f"""All,

Records status for the week of {md(dt)}. Only listing the ones that moved or are stuck -- full list is in the shared drive.

{tbl}

The {rej} auth issue is holding up the demand, so if whoever has that client relationship can get a re-sign this week that would be great.

Tasha

{sig('tasha')}"""
    html_rows = ''.join('<tr>' + ''.join(f'<td style="border:1px solid #bbb;padding:3px 6px">{escape(str(c))}</td>' for c in r) + '</tr>' for r in rows)
    html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>All,</p><p>Records status for the week of {md(dt)}. Only listing the ones that moved or are stuck -- full list is in the shared drive.</p>
<table style="border-collapse:collapse;font-size:10pt"><tr style="background:#dde6f0"><th>Client</th><th>Provider</th><th>Req</th><th>Status</th><th>Notes</th></tr>
{html_rows}</table>
<p>The {escape(rej)} auth issue is holding up the demand, so if whoever has that client relationship can get a re-sign this week that would be great.</p>
<p>Tasha</p><p style="color:#555;font-size:9pt">{escape(sig('tasha')).replace(chr(10), '<br>')}</p></body></html>"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), S('tasha'), [S('vance'), S('priya'), S('brannock')],
         f'Weekly records status - wk of {md(dt)}', body, cc=S('jordan'), html=html, dt=dt)


def lists_2():
    dt = when()
    pts = [pick() for _ in range(12)]
    facs = ['St. Aldric Regional Medical Center', 'Mercy Crossing Hospital', 'Northgate Orthopaedic & Spine',
            'Bayview Imaging Center', 'Riverside Physical Therapy', 'PainCare Surgical Center',
            'Ashford Falls Fire/EMS', 'Maple Family Practice']
    types = ['Medical records', 'Itemized billing', 'Radiology images (CD)', 'Medical records + billing', 'Ambulance run report']
    statuses = ['In process', 'Awaiting facility', 'Awaiting facility', 'ACTION - auth expired', 'In process',
                'ACTION - prepayment required', 'Invoice issued', 'Awaiting facility', 'ACTION - no records found',
                'In process', 'ACTION - patient signature illegible', 'Awaiting facility']
    rows = [['Order #', 'Matter', 'Patient Last', 'Patient First', 'DOB', 'Facility', 'Record Type',
             'Date Ordered', 'Status']]
    for i, p in enumerate(pts):
        rows.append([f'RB{digits(7)}', f'{R.choice([23, 24])}-0{R.randint(100, 999)}', p.last.upper(), p.first.upper(),
                     mdy(p.dob, pad=True), R.choice(facs), R.choice(types),
                     mdy(back(dt, days=R.randint(5, 60)).date(), pad=True), statuses[i]])
    nact = sum(1 for s in statuses if s.startswith('ACTION'))
    body = f"""Hello,

Attached is your Open Orders report as of {mdy(dt.date(), pad=True)}. You have {len(pts)} open orders; {nact} require action from your office (Status begins with "ACTION").

Log in to the RecordBridge portal to upload new authorizations or approve prepayment.

Thank you for choosing RecordBridge.

RecordBridge Retrieval | Client Services
support@recordbridge.net | (888) 730-2214
Mon-Fri 8am-6pm ET"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), ('RecordBridge Reports', 'reports@recordbridge.net'),
         S('jordan'), f'Open Orders Report - Whitlow Brannock - {mdy(dt.date(), pad=True)}', body, html=True,
         atts=[(f'OpenOrders_{dt.strftime("%Y%m%d")}.csv', to_csv(rows), 'text/csv')], dt=dt)


def lists_3():
    dt = when()
    pts = [pick() for _ in range(6)]
    lh = [('Medicare (CMS)', 'Medicare'), ('Summit Ridge Health Plan / Meridian', 'ERISA'),
          ('St. Aldric Regional', 'Hospital lien'), ('State Medicaid TPL', 'Medicaid'),
          ('PainCare Surgical', 'LOP'), ('Lakeshore Chiro', 'LOP')]
    rows = [['Client', 'DOL', 'Lienholder', 'Type', 'Asserted', 'Reduction requested', 'Final', 'Status']]
    for i, p in enumerate(pts):
        a = R.randint(2500, 48000) + R.randint(0, 99) / 100
        fin = round(a * R.uniform(0.45, 0.75), 2) if i % 2 == 0 else ''
        rows.append([p.lf, mdy(back(dt, days=R.randint(300, 700)).date()), lh[i][0], lh[i][1], a,
                     'procurement cost + pro rata' if lh[i][1] in ('Medicare', 'ERISA') else '40%',
                     fin, 'final received' if fin else 'waiting on final'])
    body = f"""Updated lien tracker attached for the cases set for mediation this quarter.

Three are still waiting on final amounts. The Medicaid one will not issue a final until we send the settlement statement, so that's expected. I'm pushing the ERISA plan for a response on the common fund argument -- they've gone silent for 3 weeks.

Let me know if you want me on any of the mediation calls.

Devon"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), S('devon'), [S('vance'), S('brannock')],
         'Lien tracker - Q3 mediation cases', body,
         atts=[('Lien_Tracker_Q3.xlsx', make_xlsx(rows, 'Liens'), XLSX)], dt=dt)


def lists_4():
    dt = when()
    base = fwd(dt, 12)
    pts = [pick() for _ in range(5)]
    defs = ['Loomis Freight', 'Carver Waste Hauling', 'Brightline Couriers', 'Tri-County Transit Auth.', 'Orchard Grove Apartments']
    docs = [('Dr. Anika Sorensen', 'neurosurgery, ACDF C5-6'), ('Dr. Paul Haskell', 'ortho, L knee scope'),
            ('Dr. Rafael Amin', 'pain mgmt, lumbar ESIs x3'), ('Dr. Kwame Osei', 'general surgery, splenectomy'),
            ('Dr. Janet Lindqvist', 'PCP, pre/post accident baseline')]
    lines = []
    d = base
    for i, p in enumerate(pts):
        d = fwd(d, R.randint(2, 8))
        hh = R.choice(['9:00 am', '1:30 pm', '2:00 pm', '4:30 pm', '12:15 pm'])
        mode = R.choice(['video, our office', 'Zoom', "at doctor's office", 'Zoom + video'])
        lines.append(f'{p.last} v. {defs[i]} -- {docs[i][0]} ({docs[i][1]}) -- {md(d)} {hh} -- {mode}')
    body = f"""Marisol, Priya, Gideon --

Here's where the treating physician depos landed for the next few weeks. All confirmed with the doctors' offices; witness fees have been paid except Dr. Amin (his office wants the check at the depo).

{chr(10).join(lines)}

Pinnacle is covering all five (copying Dana there). Please send me exhibit lists at least 3 business days before each so I can get them to the court reporter and to opposing counsel.

Renée

{sig('renee')}"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), S('renee'), [S('vance'), S('priya'), S('brannock')],
         'Treating physician depos - upcoming', body,
         cc=('Dana Whitlock', 'scheduling@pinnaclecourtreporting.com'), dt=dt)


def lists_5():
    dt = when()
    inc = back(dt, days=R.randint(40, 90)).date()
    pts = [pick() for _ in range(4)]
    inj = ['neck/back strain, ER visit', 'L wrist fracture, ORIF', 'head laceration, concussion', 'R shoulder, ongoing PT']
    rows = []
    for i, p in enumerate(pts):
        rows.append(f'{p.full}\t\tGMI-{inc.strftime("%y")}-{digits(6)}\t{inj[i]}\t\t${R.randint(1500, 10000):,}.00')
    body = f"""Good morning,

Following up on the Route 9 transit incident of {mdy(inc)}. Our records indicate your office represents the following claimants. Please confirm representation for each and forward any medical specials received to date so we can open evaluation.

Claimant\t\t\tClaim No.\t\tReported injuries\t\t\tPIP paid to date
{chr(10).join(rows)}

Note that PIP for {pts[1].first} {pts[1].last} is near exhaustion of the $10,000 limit. We will need the remaining bills to be submitted to the health carrier.

Thank you,

Denise Arbogast
Multi-Claimant Unit
Granite Mutual Insurance Company
{phone(1)} | darbogast@granitemutual.com"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), ('Denise Arbogast', 'darbogast@granitemutual.com'),
         S('brannock'), f'Route 9 transit incident {mdy(inc)} - claimants represented by your office', body,
         cc=S('renee'), dt=dt)


def lists_6():
    dt = when()
    pts = [pick() for _ in range(5)]
    items = [
        ('St. Aldric', 'POD 2 tachycardia + fever charted q4h, no MD notified for ~11 hrs; septic shock POD 3, ICU x9 days',
         'MERIT - recommend Dr. Halvorsen review'),
        ('Mercy Crossing ER', 'chest pain, sent home w/ "GERD", no troponin repeat; MI 14 hrs later at home',
         'MERIT - need EKG strips + triage note'),
        ('Maple Grove Care Center', 'stage 4 sacral pressure injury, turning sched not documented x 3 wks',
         'likely merit, nursing home -- check arbitration agreement'),
        ('Northgate ASC', 'nerve injury after carpal tunnel release, consent lists risk',
         'weak - known complication, no deviation I can see'),
        ('St. Aldric L&D', 'prolonged decels on strip 40+ min before C-section called; baby NICU, cooling',
         'MERIT - urgent, get full fetal strip + cord gases'),
    ]
    lines = []
    for p, (fac, what, take) in zip(pts, items):
        lines.append(f'{p.lf} (DOB {mdy(p.dob)}) -- {fac}\n    {what}\n    my take: {take}')
    body = f"""Marisol,

Intake charts I screened this week. Short notes below, full summaries in each intake file.

{(chr(10) * 2).join(lines)}

The L&D one has the statute issue the furthest out but it's the strongest -- I'd still like to get the strip requested this week before the hospital archives it.

Ayesha

{sig('ayesha')}"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), S('ayesha'), S('vance'), 'Med mal intake screening - this week',
         body, dt=dt)


def lists_7():
    dt = when()
    pts = [pick() for _ in range(6)]
    provs = ['Riverside PT', 'Lakeshore Chiro', 'PainCare', 'Northgate Ortho', 'Dr. Amin', 'Bayview (MRI ordered, never done)']
    mgrs = ['LB', 'MS', 'LB', 'LB', 'MS', 'LB']
    tsv = ['Client\tPhone\tLast visit\tProvider\tDays\tCM']
    for p, pv, cm in zip(pts, provs, mgrs):
        lv = back(dt, days=R.randint(31, 75)).date()
        tsv.append(f'{p.lf}\t{p.phone}\t{mdy(lv)}\t{pv}\t{(dt.date() - lv).days}\t{cm}')
    t0 = qtime(dt, 1)
    vance_prev = """Lauren -- adjusters on three of my files this month have argued gaps in treatment. Can you pull everyone who hasn't had a visit in 30+ days and get the CMs calling them? I'd rather know now than at mediation.

M"""
    body = f"""Pasted from the CaseTrack report below. Miguel, two of these are yours. Please call by Friday and put a note in the file either way (still hurting and just stopped / feeling better / can't get rides / money etc). If they're done treating we need to know so we can close out records.

{chr(10).join(tsv)}

Lauren

{gquote(t0, S('vance'), vance_prev)}"""
    emit('phi', 'lists', '; '.join(p.full for p in pts), S('lauren'), [S('miguel'), S('vance')],
         'RE: clients w/ no treatment 30+ days', body, dt=dt)


# ==========================================================================
# PHI / names
# ==========================================================================
def names_1():
    p = pick('F')
    dt = when()
    surg = fwd(dt, R.randint(9, 20))
    body = f"""Priya,

Mrs. {p.last} called this morning -- her knee surgery got moved up to {md(surg)} at Northgate (Dr. Haskell, arthroscopy + possible meniscus repair). That means we hold the demand until we have the op report and at least the first post-op visit.

Can you let Keystone's adjuster know we'll send the package in July instead? Don't give a reason beyond "ongoing treatment."

She also mentioned her daughter took her to urgent care last week for swelling in the same knee. Please add that to the records list -- it's the one on Cleveland Ave, not the hospital one.

Thanks,
Marisol"""
    emit('phi', 'names', f'Mrs. {p.last}', S('vance'), S('priya'), f'{p.last} - surgery moved up', body, cc=S('tasha'), dt=dt)


def names_2():
    p = pick('M')
    dt = when()
    ev = back(dt, days=R.randint(200, 400)).date()
    hal = ('Lena Halvorsen, MD', 'lhalvorsen@halvorsenmlr.com')
    body = f"""Marisol,

I've gone through the St. Aldric records for Mr. {p.last} (1,140 pages; the nursing flowsheets were out of order, which didn't help). Short version: I think you have a standard-of-care problem on the night of {md(ev)}, and it is mostly a nursing and resident-supervision problem rather than the procedure itself.

He came back from the cath lab at 19:40 with a right femoral access site. Nursing documents a "small hematoma" at 22:00 and again at 02:00, with blood pressure trending from 128/76 down to 94/58 and heart rate from 88 up to 121 over that window. The covering resident was paged at 02:15. There is no resident note and no order until 05:30. By the time the CT showed a retroperitoneal bleed he had dropped his hemoglobin from 13.1 to 7.4 and needed four units and an IR embolization.

Three things I'd want before I give you an opinion on causation and permanence:
  1. The cath lab procedure log and closure device record (they reference an Angio-Seal but I don't see the lot/deployment note)
  2. His cardiology follow-up and PT records after discharge -- the femoral neuropathy is the real damages piece
  3. The hospital's post-cath monitoring policy in effect at the time

I'm comfortable saying the delay in physician evaluation fell below the standard of care. Whether earlier evaluation would have avoided the neuropathy I want to think about with the full record.

My invoice for the 6.5 hours so far will come from my office separately.

Lena

Lena Halvorsen, MD, FACP
Halvorsen Medical-Legal Review
{phone()}

Privileged & confidential -- prepared at the request of counsel in anticipation of litigation."""
    emit('phi', 'names', f'Mr. {p.last}', hal, S('vance'), f'Preliminary review - {p.last} chart', body, cc=S('ayesha'), dt=dt)


def names_3():
    p = pick()
    dt = when()
    body = f"""attached. added the Riverside PT bills (24 visits, ${R.randint(5800, 7200):,}.00) and the Bayview MRI. total billed now ${R.randint(21000, 27000):,}.{digits(2)}, paid by health ins ${R.randint(7000, 9900):,}.{digits(2)}.

still missing the anesthesia bill from the {md(back(dt, days=40))} injection -- Apex says 2 weeks.

D"""
    emit('phi', 'names', p.last, S('devon'), S('priya'), f'{p.last} - updated specials', body, dt=dt)


def names_4():
    p = pick('M')
    dt = when()
    t1 = qtime(dt, 0)
    t0 = qtime(t1, 1)
    vance_orig = f"""Renée, please set up a meeting with {p.lf} and his wife for Thursday afternoon if they can do it. We need to go over the life care planner's numbers before we send them to defense. The vocational rehab report says he won't go back to roofing after the second back surgery and I want him to hear that from me, not read it.

Block 90 minutes. They'll need the interpreter again (Spanish).

M"""
    renee_ask = f"""Frank, can we get a conference room Thursday 2:00-3:30 for a client meeting? Needs to be ground floor if possible.

Thanks,
Renée

{oquote(S('vance'), t0, S('renee'), 'Meeting', vance_orig)}"""
    body = f"""Room B has the Tevis depo all day Thursday. Use Room C (ground floor, by the kitchen) -- I put you on the board for 2:00-3:30. The TV cart is in there if you need it.

Frank

{oquote(S('renee'), t1, S('frank'), 'FW: Meeting', renee_ask)}"""
    emit('phi', 'names', p.full, S('frank'), S('renee'), 'RE: FW: Meeting', body, dt=dt)


def names_5():
    p = pick('M', first='Michael')
    dt = when()
    body = f"""Lauren,

Big Mike ({p.last}) came in today to sign the new auths. He's walking with a cane now, first time I've seen that. He says the cortisone shot in his hip helped for about a week and then wore off completely. He's taking the tramadol at night only because it makes him dizzy at work.

He asked if he can switch from Dr. Amin to someone closer to his house in Brayton. Not sure how that works with the LOP -- can you call him? Best time is after 3:30, {p.phone}.

Also he brought a bag of receipts, I scanned them to the file.

Miguel"""
    emit('phi', 'names', f'Michael {p.last}', S('miguel'), S('lauren'), 'Big Mike came in', body, dt=dt)


def names_6():
    p = pick('F', first='Dana')
    dt = when()
    er = back(dt, days=R.randint(120, 200)).date()
    ortho = er + dtm.timedelta(days=7)
    mri = er + dtm.timedelta(days=27)
    esi = er + dtm.timedelta(days=71)
    body = f"""Priya --

Attached is the medical chronology for {p.lf}. Highlights for the demand:

- ER {md(er)}: neck pain and headache after rear-end; CT head negative, c-collar, discharged same day
- Ortho {md(ortho)}: Dr. Haskell, cervical strain, radiating pain R arm, referred to PT
- MRI C-spine {md(mri)}: C5-6 disc protrusion with R foraminal narrowing
- ESI {md(esi)} (PainCare): ~40% relief for 3 weeks
- Neurosurgery consult: Dr. Sorensen recommends C5-6 ACDF; she's undecided

No prior neck treatment in the PCP records back to 2017, which helps. Let me know if you want future medicals broken out as a separate section or folded into the narrative.

Ayesha"""
    paras = [('b', f'MEDICAL CHRONOLOGY - {p.lf.upper()}'), f'DOB: {mdy(p.dob)}    DOL: {mdy(er)}', 'Prepared by: Ayesha Qureshi, RN', '',
             ('b', 'Date | Provider | Summary'),
             f'{mdy(er)} | St. Aldric ER | Rear-end MVC, restrained driver. C/o neck pain 7/10, headache. CT head neg. C-collar. Rx cyclobenzaprine, ibuprofen.',
             f'{mdy(ortho)} | Northgate Ortho (Haskell) | Cervical strain, radicular sx R arm. PT 3x/wk x 6 wks.',
             f'{mdy(mri)} | Bayview Imaging | MRI C-spine: C5-6 disc protrusion, R foraminal narrowing; mild C4-5 bulge.',
             f'{mdy(esi)} | PainCare Surgical (Amin) | C5-6 interlaminar ESI. Pain 7->4 for ~3 wks.',
             f'{mdy(esi + dtm.timedelta(days=30))} | Dr. Sorensen, neurosurgery | Recommends ACDF C5-6. Discussed risks. Pt to consider.',
             '', ('b', 'Billed to date'), f'Total: ${R.randint(28000, 41000):,}.{digits(2)}']
    emit('phi', 'names', p.full, S('ayesha'), S('priya'), 'Chronology draft for demand', body,
         atts=[(f'Chronology_{p.last}_draft.docx', make_docx(paras), DOCX)], dt=dt)


def names_7():
    p = pick('F')
    dt = when()
    depo = fwd(dt, 14)
    ak = ('Alan J. Stroud', 'astroud@stroudkellerman.com')
    body = f"""Counsel,

Following up on our call this morning. We are agreeable to taking Dr. Sorensen's deposition by Zoom on {md(depo)} beginning at 2:00 p.m., with the court reporter in your office. We'll reserve two hours.

So there is no surprise: we intend to ask Dr. Sorensen about Ms. {p.last}'s chiropractic treatment in 2019 and the 2021 rear-end collision, both of which appear in her PCP records, and whether the C5-6 degeneration seen on the post-accident MRI pre-dated this crash. We will also ask about her smoking history as it relates to fusion outcome.

Separately, we still have not received the complete pre-accident records from her PCP, Dr. Lindqvist. Your production starts in 2020. Please supplement back to 2016 or let me know if you'll agree to an updated authorization.

Regards,

Alan J. Stroud
Stroud Kellerman LLP
{phone()}

This message may contain privileged and confidential information intended only for the addressee."""
    emit('phi', 'names', f'Ms. {p.last}', ak, S('vance'), f'{p.last} - Sorensen deposition / PCP records', body,
         cc=[('Nicole Farrow', 'nfarrow@stroudkellerman.com'), S('renee')], dt=dt)


def names_8():
    p = pick('M')
    dt = when()
    med = fwd(dt, R.randint(20, 30))
    medr = ('Hon. Carol Whitfield (Ret.)', 'cwhitfield@resolutionpartners-adr.com')
    body = f"""Counsel,

This confirms the mediation in {p.last} v. Tri-County Transit Authority for {dwk(med)} at 9:30 a.m. at our Port Ellery office.

Confidential pre-mediation submissions (no more than 10 pages, plus exhibits) are due to me, not exchanged, one week before. In particular, I would appreciate each side addressing:

  1. Mr. {p.last}'s traumatic brain injury claim -- specifically the neuropsychological testing by Dr. Elwood and defendant's IME neuropsychologist's contrary findings;
  2. whether his post-concussive headaches pre-date the collision (defense references a 2020 neurology visit);
  3. the life care plan figures and the dispute over future home health aide hours;
  4. outstanding liens, including Medicare, and any reduction agreements reached.

Please have someone with full settlement authority present in person. Lunch will be provided.

Best regards,

Carol Whitfield
Resolution Partners ADR
{phone()}"""
    emit('phi', 'names', f'Mr. {p.last}', medr, [S('brannock'), ('Alan J. Stroud', 'astroud@stroudkellerman.com')],
         f'Mediation {md(med)} - {p.last} v. Tri-County Transit', body,
         cc=[S('vance'), ('Resolution Partners Scheduling', 'scheduling@resolutionpartners-adr.com')], dt=dt)


# ==========================================================================
# PHI / self
# ==========================================================================
def self_1():
    p = pick('F', first='Rosa')
    dt = when(hours=[6, 12, 22, 23])
    body = f"""hi its rosa. the hospital sent me a bill for ${R.randint(2800, 3600):,} for the ER from when the accident happened. do i pay it?? it says final notice on top. i thought u guys said not to pay anything

also my back still hurts when i sit at work more then an hour. should i go back to the doctor

sent from my iphone"""
    emit('phi', 'self', p.full, (f'rosa {p.last.lower()}', p.email), f'intake@{FD}', 'bill', body, dt=dt)


def self_2():
    p = pick('M')
    dt = when(hours=[21, 22, 23])
    body = f"""Ms. Vance,

I don't want to be a problem but it has been 14 months since the wreck and I have not heard anything about my case in over a month. Every time I call I get voicemail.

Here is where I am. I have done 36 PT visits at Riverside, 2 injections at PainCare, and now Dr. Haskell says I need a lumbar fusion because the injections didn't hold. I have been out of work since August. My short term disability ran out in January. My wife is picking up extra shifts and we are behind on rent.

Is there any way the firm can advance me some money until the case settles? I know someone who got that from their lawyer.

Also the Keystone lady keeps calling me directly. I told her to call you but she keeps calling.

I need to know if I should have the surgery now or wait until the case is over. Dr. Haskell says not to wait too long.

Thank you,
{p.full}
{p.phone}"""
    emit('phi', 'self', p.full, (p.full, p.email), S('vance'), 'My case - need an update please', body, cc=S('lauren'), dt=dt)


def self_3():
    p = pick('F', first='Kimberly')
    dt = when()
    t0 = qtime(dt, R.randint(20, 40))
    lauren_prev = f"""Hi {p.first},

Just a reminder to keep every receipt for anything you pay out of pocket for your treatment -- prescriptions, braces, co-pays, mileage to appointments. You can scan or take a picture and email them to me.

Lauren"""
    body = f"""Hi Lauren,

Attached are the pharmacy receipts for March and April -- the gabapentin and the muscle relaxer (cyclobenzaprine), ${R.randint(50, 80)}.{digits(2)} total after the coupon. The knee brace I bought at the medical supply store was $89.99, receipt is the second page.

Mileage: 11 trips to Riverside PT, 18 miles round trip each.

Let me know if you need the originals.

Thanks,
Kimberly

{gquote(t0, S('lauren'), lauren_prev)}"""
    emit('phi', 'self', p.full, (p.full, p.email), S('lauren'), 'RE: receipts', body,
         atts=[('IMG_4471.png', scan_png(), 'image/png'), ('IMG_4472.png', scan_png(300, 400), 'image/png')], dt=dt)


def self_4():
    p = pick('M', first='Marcus')
    dt = when()
    eff = fwd(dt, 10)
    nxt = fwd(eff, 9)
    body = f"""Hi Devon,

I started a new job at the distribution center and I have new health insurance through Keystone Health Plan starting {md(eff)}. Member ID KHP-{digits(9)}-01, group {digits(5)}. My old insurance (the marketplace one) ends the end of this month.

Do I need to tell the doctors or do you do that? Dr. Amin's office is still billing the car insurance I think. My next appointment there is {md(nxt)}.

I can send a picture of the card if you need it.

Thanks,
Marcus {p.last}"""
    emit('phi', 'self', p.full, (p.full, p.email), S('devon'), 'new insurance card', body, dt=dt)


def self_5():
    p = pick('M', first='Jamal')
    dt = when(hours=[7, 12, 17, 22])
    body = f"""dr patel said i need another injection in march and maybe the nerve burn thing after (RFA?) if that one dont work. can u tell the insurance so they dont say i stopped going. i went to every one

- jamal"""
    emit('phi', 'self', p.full, (f'jamal {p.last.lower()}', p.email), S('lauren'), 'injection', body, dt=dt)


def self_6():
    p = pick('F', first='Crystal')
    dt = when()
    d0 = back(dt, days=R.randint(100, 160)).date()
    d1, d2 = d0 + dtm.timedelta(days=1), d0 + dtm.timedelta(days=2)
    body = f"""Ms. Vance,

Here is the timeline you asked me to write down. I did the best I could from my memory and my phone.

{dlong(d0)} -- went to St. Aldric ER around 7pm with pain in my belly on the right side and throwing up. Waited about 3 hours. Dr. Mercer (I think) pushed on my stomach and said it was probably a stomach virus. They did blood work but no CT scan. I asked about my appendix and he said my white count was "only a little high."
{dlong(d1)} -- sent home around 4am with nausea medicine. Pain got worse all day. I had a fever of 102.4 that night, I have the picture of the thermometer.
{dlong(d2)} -- my husband called 911 in the morning. Ambulance took me back to St. Aldric. CT showed my appendix had burst. Emergency surgery that afternoon (Dr. Osei).
After that -- 9 days in the hospital, a drain in my side, then the wound got infected. Home health nurse came for the wound vac for 5 weeks.

I was off work for 11 weeks and I still get sharp pains near the scar. I have not been able to pick up my son the way I used to.

Let me know if you need anything else. I also have the discharge papers from the first visit.

{p.full}
DOB {mdy(p.dob)}
{p.phone}"""
    emit('phi', 'self', p.full, (p.full, p.email), S('vance'), 'timeline like you asked', body, cc=S('ayesha'), dt=dt)


def self_7():
    p = pick('F')
    dt = when()
    t0 = qtime(dt, R.randint(3, 8))
    mid = f'SRH{digits(9)}'
    body = f"""Hi, my answers are below in CAPS. Sorry it took a while.

{p.first}

{oquote(S('lauren'), t0, p.email, 'Client questionnaire - please complete', f'''Hi {p.first},

Please answer these questions and send them back to me. It helps us prepare your claim.

1. Have you ever injured your neck, back, or shoulders before this accident?
YES, IN 2016 I PULLED A MUSCLE IN MY BACK LIFTING AT WORK. WENT TO URGENT CARE ONCE, NO OTHER TREATMENT.

2. List every doctor, clinic, or therapist you have seen since the accident.
DR AMIN (PAIN), RIVERSIDE PT, NORTHGATE ORTHO (DR HASKELL), MY FAMILY DOCTOR DR LINDQVIST AT MAPLE FAMILY PRACTICE. ALSO THE ER THE NIGHT OF.

3. What medications are you taking now?
MELOXICAM 15 MG, TIZANIDINE AT NIGHT, SOMETIMES TYLENOL

4. Do you have health insurance? If yes, name of plan and member ID.
SUMMIT RIDGE HEALTH PLAN THRU MY HUSBANDS JOB. ID {mid}

5. Have you missed work because of your injuries? How many days?
ABOUT 3 WEEKS TOTAL. STILL LEAVE EARLY ON PT DAYS.

Thank you,
Lauren Beaudry, Client Case Manager''', style=2)}"""
    emit('phi', 'self', p.full, (p.full, p.email), S('lauren'), 'RE: Client questionnaire - please complete', body, dt=dt)


# ==========================================================================
# PHI / struct
# ==========================================================================
def struct_1():
    p = pick('F')
    dt = when()
    enc = back(dt, days=R.randint(60, 120))
    mrn = digits(9)
    g = 'F'
    ccd = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="1.2.840.114350.1.13.{digits(3)}.2.7.8.688883.{digits(9)}"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Health Summary</title>
  <effectiveTime value="{dt.strftime('%Y%m%d%H%M%S')}-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="1.2.840.114350.1.13.{digits(3)}.2.7.5.737384.14" extension="{mrn}"/>
      <addr use="HP"><streetAddressLine>{p.street}</streetAddressLine><city>{p.city}</city><state>OH</state><postalCode>{p.zip}</postalCode></addr>
      <telecom use="MC" value="tel:+1-{p.phone[1:4]}-{p.phone[6:9]}-{p.phone[10:]}"/>
      <telecom value="mailto:{p.email}"/>
      <patient>
        <name use="L"><given>{p.first}</given><family>{p.last}</family></name>
        <administrativeGenderCode code="{g}" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="{p.dob.strftime('%Y%m%d')}"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="{dt.strftime('%Y%m%d')}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1{digits(9)}"/>
    <representedOrganization><name>Northgate Orthopaedic &amp; Spine</name></representedOrganization></assignedAuthor></author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><table><thead><tr><th>Problem</th><th>Noted</th></tr></thead><tbody>
        <tr><td>Tear of medial meniscus of left knee, current injury</td><td>{enc.strftime('%m/%d/%Y')}</td></tr>
        <tr><td>Sprain of ligaments of lumbar spine</td><td>{enc.strftime('%m/%d/%Y')}</td></tr>
        <tr><td>Hypertension</td><td>03/02/2019</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><list>
        <item>meloxicam 15 mg tablet - 1 tablet by mouth daily</item>
        <item>lisinopril 10 mg tablet - 1 tablet by mouth daily</item>
        <item>tizanidine 4 mg tablet - 1 tablet at bedtime as needed for muscle spasm</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="History of encounters"/>
      <title>Encounters</title>
      <text><table><thead><tr><th>Date</th><th>Type</th><th>Provider</th><th>Location</th></tr></thead><tbody>
        <tr><td>{enc.strftime('%m/%d/%Y')}</td><td>Office Visit</td><td>Paul Haskell, MD</td><td>Northgate Orthopaedic &amp; Spine</td></tr>
        <tr><td>{(enc + dtm.timedelta(days=21)).strftime('%m/%d/%Y')}</td><td>Procedure visit</td><td>Paul Haskell, MD</td><td>Northgate ASC</td></tr>
        <tr><td>{(enc + dtm.timedelta(days=35)).strftime('%m/%d/%Y')}</td><td>Post-op</td><td>Paul Haskell, MD</td><td>Northgate Orthopaedic &amp; Spine</td></tr>
      </tbody></table></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Hi Tasha,

I downloaded this from the patient portal like you said. It only let me pick "health summary" or "visit notes", so this is the summary one. Not sure if it's what you need, it looks like code when I open it.

{p.first}

Sent from my Galaxy"""
    emit('phi', 'struct', p.full, (p.full, p.email), S('tasha'), 'records from the portal', body,
         atts=[('HealthSummary.xml', ccd, 'text/xml')], dt=dt)


def struct_2():
    p = pick('M')
    dt = when()
    dos = back(dt, days=R.randint(90, 180)).date()
    acc = dos - dtm.timedelta(days=R.randint(20, 60))
    sub = f'{dt.year % 100}CV{digits(5)}'
    ctl = digits(9)
    npi1, npi2 = '1' + digits(9), '1' + digits(9)
    clm = f'AAB{digits(8)}'
    d8 = lambda d: d.strftime('%Y%m%d')
    segs = [
        f'ISA*00*          *00*          *ZZ*APEXANESBILL   *ZZ*RECORDSREQ     *{dt.strftime("%y%m%d")}*{dt.strftime("%H%M")}*^*00501*{ctl}*0*P*:',
        f'GS*HC*APEXANESBILL*RECORDSREQ*{dt.strftime("%Y%m%d")}*{dt.strftime("%H%M")}*{R.randint(100, 999)}*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        f'BHT*0019*00*{digits(10)}*{d8(dos + dtm.timedelta(days=3))}*1022*CH',
        f'NM1*41*2*APEX ANESTHESIA BILLING SERVICES*****46*{digits(9)}',
        f'PER*IC*CLAIMS DEPT*TE*{phone(ac="614").replace("(", "").replace(") ", "").replace("-", "")}',
        'NM1*40*2*GRANITE MUTUAL INSURANCE*****46*GMI01',
        'HL*1**20*1',
        f'NM1*85*2*ASHFORD ANESTHESIA ASSOCIATES*****XX*{npi1}',
        'N3*1 ALDRIC WAY STE 210', 'N4*ASHFORD FALLS*OH*432150000', f'REF*EI*{digits(9)}',
        'HL*2*1*22*0', 'SBR*P*18*******AM',
        f'NM1*IL*1*{p.last.upper()}*{p.first.upper()}****MI*GMI{digits(9)}',
        f'N3*{p.street.upper()}', f'N4*{p.city.upper()}*OH*{p.zip}',
        f'DMG*D8*{d8(p.dob)}*M',
        'NM1*PR*2*GRANITE MUTUAL INSURANCE*****PI*GMI01',
        f'CLM*{clm}*2240***22:B:1*Y*A*Y*Y*P*AA:::OH',
        f'DTP*439*D8*{d8(acc)}',
        'HI*ABK:S83242A*ABF:S83512A*ABF:M25562',
        f'NM1*82*1*WOJCIK*ELAINE*M***XX*{npi2}', 'PRV*PE*PXC*207L00000X',
        'NM1*77*2*NORTHGATE ASC*****XX*1' + digits(9),
        'LX*1', 'SV1*HC:01400:AA:QK*2240*MJ*96***1', f'DTP*472*D8*{d8(dos)}',
        'SE*28*0001', f'GE*1*{R.randint(100, 999)}', f'IEA*1*{ctl}']
    edi = '~\n'.join(segs) + '~\n'
    body = f"""Counsel:

In response to the subpoena duces tecum served on the Custodian of Records in Case No. {sub}, Apex Anesthesia Billing Services produces the attached claim data for the anesthesia services billed on behalf of Ashford Anesthesia Associates for the patient identified in the subpoena. The data is provided in its native electronic format (ANSI X12 837P) as maintained in the ordinary course of business. A signed records custodian certification follows by mail.

No additional records responsive to the subpoena were located.

Marlene Tosh
Custodian of Records / Compliance
Apex Anesthesia Billing Services
{phone()} | mtosh@apexanesbilling.com"""
    emit('phi', 'struct', p.full, ('Marlene Tosh', 'mtosh@apexanesbilling.com'), f'records@{FD}',
         f'Subpoena response - Case No. {sub}', body,
         atts=[(f'837P_{clm}.txt', edi, 'text/plain')], dt=dt)


def struct_3():
    p = pick('F')
    dt = when()
    mid = f'ZKP{digits(9)}'
    doi = back(dt, days=R.randint(120, 240)).date()
    svc = [('ST ALDRIC REGIONAL MC', '99284', 'S161XXA', 1840.00, 612.44, 'Y'),
           ('ST ALDRIC REGIONAL MC', '72125', 'S161XXA', 2210.00, 388.10, 'Y'),
           ('ASHFORD FALLS FIRE EMS', 'A0427', 'S161XXA', 1475.00, 702.15, 'Y'),
           ('NORTHGATE ORTHO', '99204', 'S134XXA', 425.00, 181.33, 'Y'),
           ('RIVERSIDE PT', '97110', 'S134XXA', 165.00, 62.80, 'Y'),
           ('RIVERSIDE PT', '97140', 'S134XXA', 140.00, 51.20, 'Y'),
           ('MAPLE FAMILY PRACTICE', '99214', 'E119', 260.00, 104.75, 'N'),
           ('BAYVIEW IMAGING', '72141', 'M5412', 2450.00, 455.00, 'Y'),
           ('CVS PHARMACY 0412', 'RX', 'E119', 88.40, 64.12, 'N'),
           ('PAINCARE SURGICAL', '62321', 'M5412', 3900.00, 874.60, 'Y')]
    lines = ['MEMBER_ID|PATIENT|DOB|DOS|PROVIDER|CODE|DX|BILLED|PAID|ACC_REL']
    d = doi
    for prov, code, dx, b, pd, rel in svc:
        lines.append(f'{mid}|{p.last.upper()}, {p.first.upper()}|{p.dob.strftime("%Y%m%d")}|{d.strftime("%Y%m%d")}|{prov}|{code}|{dx}|{b:.2f}|{pd:.2f}|{rel}')
        d = d + dtm.timedelta(days=R.randint(3, 12))
    tot = sum(s[4] for s in svc if s[5] == 'Y')
    body = f"""Devon,

As requested, below is the itemized claims history for the member on our file MRS-{digits(7)}. Lines flagged ACC_REL = N were excluded from our lien (routine PCP and pharmacy for unrelated conditions). Current lien amount is {money(tot)}.

{chr(10).join(lines)}

Please let me know if your client disputes any of the lines flagged Y. We will consider a reduction request once we receive the settlement amount and a breakdown of attorney fees and costs.

Carla Montrose
Recovery Specialist II
Meridian Recovery Services
(877) 412-6650 ext. 4471"""
    emit('phi', 'struct', p.full, ('Carla Montrose', 'cmontrose@meridianrecovery.net'), S('devon'),
         f'RE: Itemization request - Member {mid}', body, dt=dt)


def struct_4():
    p = pick()
    dt = when(hours=[0, 1, 6, 22, 23])
    inc = back(dt, days=R.randint(2, 20)).date()
    lead = R.randint(40000, 49999)
    payload = {
        'form_id': 'mva-intake-v3', 'submission_id': f'sub_{R.getrandbits(40):010x}', 'lead_number': lead,
        'submitted_at': dt.astimezone(dtm.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'source': {'page': f'https://www.{FD}/car-accident-lawyer', 'utm_source': 'google', 'utm_campaign': 'mva-search'},
        'contact': {'first_name': p.first, 'last_name': p.last, 'phone': p.phone, 'email': p.email,
                    'preferred_language': 'English', 'best_time': 'after 5pm'},
        'date_of_birth': p.dob.isoformat(),
        'incident': {'type': 'Motor vehicle - rear-ended', 'date': inc.isoformat(), 'location': 'I-70 eastbound near exit 108',
                     'police_report': True, 'other_driver_insured': 'unknown'},
        'injuries': {'description': 'neck and lower back pain, headaches, right hand numb sometimes',
                     'treated': True, 'treatment_places': ['Mercy Crossing ER', 'urgent care on Main'],
                     'still_treating': 'yes, have PT eval next week', 'missed_work_days': R.randint(2, 15)},
        'health_insurance': {'has_insurance': True, 'carrier': 'Summit Ridge Health Plan'},
        'consent_to_contact': True,
    }
    js = json.dumps(payload, indent=2, ensure_ascii=False)
    body = f"""New submission received: MVA Intake (v3)

Lead #{lead} has been created in CaseTrack and assigned to: Intake Queue

Raw payload:
{js}

-- 
FormRelay | forms for law firms
You are receiving this because you are listed as a notification recipient for this form. Manage notifications at https://app.formrelay.net/settings"""
    emit('phi', 'struct', p.full, ('FormRelay Notifications', 'alerts@formrelay.net'), f'intake@{FD}',
         f'New lead #{lead}: Motor vehicle accident', body, cc=S('miguel'), dt=dt)


def struct_5():
    p = pick('M')
    dt = when()
    enc0 = back(dt, days=R.randint(60, 110))
    mrn = digits(8)
    pid = f'pat-{R.getrandbits(32):08x}'
    bundle = {
        'resourceType': 'Bundle', 'type': 'collection', 'timestamp': dt.astimezone(dtm.timezone.utc).isoformat(),
        'entry': [
            {'fullUrl': f'urn:uuid:{pid}', 'resource': {
                'resourceType': 'Patient', 'id': pid,
                'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.7201.1', 'type': {'text': 'MRN'}, 'value': mrn}],
                'name': [{'use': 'official', 'family': p.last, 'given': [p.first]}], 'gender': 'male',
                'birthDate': p.dob.isoformat(),
                'address': [{'line': [p.street], 'city': p.city, 'state': 'OH', 'postalCode': p.zip}],
                'telecom': [{'system': 'phone', 'value': p.phone, 'use': 'mobile'}]}},
            {'resource': {'resourceType': 'Encounter', 'id': 'enc-1', 'status': 'finished',
                          'class': {'code': 'EMER', 'display': 'emergency'},
                          'subject': {'reference': f'Patient/{pid}'},
                          'period': {'start': enc0.isoformat(), 'end': (enc0 + dtm.timedelta(hours=6)).isoformat()},
                          'serviceProvider': {'display': 'St. Aldric Regional Medical Center'}}},
            {'resource': {'resourceType': 'Condition', 'id': 'cond-1', 'clinicalStatus': {'text': 'active'},
                          'code': {'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm', 'code': 'S42.021A',
                                               'display': 'Displaced fracture of shaft of right clavicle, initial encounter'}]},
                          'subject': {'reference': f'Patient/{pid}'}, 'encounter': {'reference': 'Encounter/enc-1'}}},
            {'resource': {'resourceType': 'Condition', 'id': 'cond-2', 'clinicalStatus': {'text': 'active'},
                          'code': {'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm', 'code': 'S22.41XA',
                                               'display': 'Multiple fractures of ribs, right side, initial encounter'}]},
                          'subject': {'reference': f'Patient/{pid}'}}},
            {'resource': {'resourceType': 'Procedure', 'id': 'proc-1', 'status': 'completed',
                          'code': {'text': 'Open reduction internal fixation, right clavicle'},
                          'subject': {'reference': f'Patient/{pid}'},
                          'performedDateTime': (enc0 + dtm.timedelta(days=2)).isoformat()}},
            {'resource': {'resourceType': 'MedicationRequest', 'id': 'med-1', 'status': 'completed', 'intent': 'order',
                          'medicationCodeableConcept': {'text': 'oxycodone-acetaminophen 5-325 mg tablet'},
                          'subject': {'reference': f'Patient/{pid}'},
                          'dosageInstruction': [{'text': '1 tablet every 6 hours as needed for severe pain, #20'}]}},
        ]}
    js = json.dumps(bundle, indent=2)
    body = f"""Hello,

Per the patient's request directing an electronic copy of records to a designated third party, St. Aldric Regional Medical Center is providing the attached file in FHIR R4 format. The patient may also access these records directly through the patient portal.

If you require certified paper copies or imaging, please submit a separate request through our release-of-information portal.

Health Information Management
St. Aldric Regional Medical Center
{phone()}

{HOSP_DISCLAIMER}"""
    emit('phi', 'struct', p.full, ('St. Aldric HIM', 'him-release@staldric.org'), f'records@{FD}',
         f'Electronic records release - Ref {digits(8)}', body,
         atts=[(f'records_{mrn}.json', js.encode(), 'application/fhir+json')], dt=dt)


def struct_6():
    p = pick('F')
    dt = when()
    col = back(dt, days=R.randint(40, 100))
    mrn = digits(7)
    ts = col.strftime('%Y%m%d%H%M')
    msg = '\n'.join([
        f'MSH|^~\\&|SUNQUEST|STALDRIC|ROIEXPORT|RECORDBRIDGE|{dt.strftime("%Y%m%d%H%M%S")}||ORU^R01|{digits(10)}|P|2.5.1',
        f'PID|1||{mrn}^^^STA^MR||{p.last.upper()}^{p.first.upper()}^{R.choice("ALMJ")}||{p.dob.strftime("%Y%m%d")}|F|||{p.street.upper()}^^{p.city.upper()}^OH^{p.zip}||{p.phone.replace("(", "").replace(") ", "-")}',
        f'PV1|1|E|ED^ED12^01||||{digits(6)}^REYES^MARTIN^^^MD|||EMR||||||||E|{digits(9)}',
        f'OBR|1|{digits(8)}|{digits(8)}|CBC^COMPLETE BLOOD COUNT|||{ts}|||||||{ts}|BLD|{digits(6)}^REYES^MARTIN',
        'OBX|1|NM|WBC^WBC||12.8|10*3/uL|4.0-11.0|H|||F',
        'OBX|2|NM|HGB^Hemoglobin||11.2|g/dL|12.0-16.0|L|||F',
        'OBX|3|NM|PLT^Platelets||244|10*3/uL|150-400|N|||F',
        f'OBR|2|{digits(8)}|{digits(8)}|BMP^BASIC METABOLIC PANEL|||{ts}|||||||{ts}|BLD',
        'OBX|1|NM|NA^Sodium||139|mmol/L|135-145|N|||F',
        'OBX|2|NM|K^Potassium||3.6|mmol/L|3.5-5.1|N|||F',
        'OBX|3|NM|CREAT^Creatinine||0.9|mg/dL|0.6-1.1|N|||F',
        'OBX|4|NM|GLU^Glucose||142|mg/dL|70-99|H|||F',
        f'OBR|3|{digits(8)}|{digits(8)}|ETOH^ETHANOL, SERUM|||{ts}|||||||{ts}|BLD',
        'OBX|1|NM|ETOH^Ethanol||<10|mg/dL|<10|N|||F',
        f'OBR|4|{digits(8)}|{digits(8)}|UDS^URINE DRUG SCREEN|||{ts}|||||||{ts}|UR',
        'OBX|1|ST|UDS^Drug screen||NEGATIVE||NEGATIVE|N|||F'])
    order = f'RB{digits(7)}'
    body = f"""Hi Jordan,

The ER lab results on your order {order} came across the interface as raw HL7 instead of the formatted report -- sorry about that, it's a known issue with St. Aldric's lab feed this month. I'm pasting it below so you have the values now; the formatted PDF will post to the portal within 48 hours.

{msg}

The ethanol and drug screen you specifically asked about are the last two results (both negative).

Thanks,
Kendra Malloy
Client Support Specialist
RecordBridge Retrieval
(888) 730-2214 ext 3"""
    emit('phi', 'struct', p.full, ('Kendra Malloy', 'kmalloy@recordbridge.net'), S('jordan'),
         f'RE: Order {order} - ER labs (interface issue)', body, dt=dt)


def struct_7():
    p = pick('M')
    dt = when()
    adm = back(dt, days=R.randint(60, 150)).date()
    acct = digits(10)
    items = [('0450', '99285', 'ER VISIT LEVEL 5', 1, 3125.00), ('0350', '70450', 'CT HEAD W/O CONTRAST', 1, 2890.00),
             ('0350', '72125', 'CT CERVICAL SPINE W/O', 1, 2955.00), ('0320', '73030', 'XR SHOULDER 2+ VIEWS', 1, 412.00),
             ('0300', '85025', 'CBC W/ AUTO DIFF', 1, 118.00), ('0300', '80048', 'BASIC METABOLIC PANEL', 1, 164.00),
             ('0250', 'J2270', 'MORPHINE SULFATE UP TO 10MG', 2, 96.00), ('0636', 'J1885', 'KETOROLAC 15MG', 1, 71.50),
             ('0270', 'A4565', 'SLING', 1, 58.00), ('0761', '96374', 'IV PUSH SINGLE/INITIAL', 1, 486.00)]
    hdr = [f'MERCY CROSSING HOSPITAL              ITEMIZED STATEMENT                 PAGE 1 OF 1',
           f'PATIENT: {p.lf.upper():<30} ACCT: {acct}   MRN: {digits(8)}',
           f'DOB: {p.dob.strftime("%m/%d/%Y")}   ADMIT: {adm.strftime("%m/%d/%Y")}   DISCH: {adm.strftime("%m/%d/%Y")}   PT TYPE: ER OUTPT',
           f'GUARANTOR: {p.lf.upper():<28} PRIMARY INS: SELF PAY / ATTY',
           '-' * 86,
           f'{"SVC DATE":<10} {"REV":<5} {"CPT/HCPC":<9} {"DESCRIPTION":<30} {"QTY":>4} {"UNIT":>10} {"TOTAL":>11}',
           '-' * 86]
    rows = []
    tot = 0
    for rc, cpt, desc, qty, unit in items:
        tot += qty * unit
        rows.append(f'{adm.strftime("%m/%d/%y"):<10} {rc:<5} {cpt:<9} {desc:<30} {qty:>4} {unit:>10,.2f} {qty * unit:>11,.2f}')
    foot = ['-' * 86, f'{"TOTAL CHARGES":<62}{tot:>24,.2f}', f'{"PAYMENTS/ADJUSTMENTS":<62}{0:>24,.2f}',
            f'{"BALANCE DUE":<62}{tot:>24,.2f}']
    text = '\n'.join(hdr + rows + foot) + '\n'
    body = f"""Attached is the itemized statement you requested for the above account. Please note this account is currently in self-pay status pending resolution of a third-party liability claim. Contact Patient Accounts at {phone()} with any questions.

Patient Accounts
Mercy Crossing Hospital"""
    emit('phi', 'struct', p.full, ('Mercy Crossing Patient Accounts', 'patientaccounts@mercycrossing.org'),
         f'records@{FD}', f'Itemized statement - Acct {acct}', body,
         atts=[(f'ITEMIZED_{acct}.txt', text, 'text/plain')], dt=dt)


# ==========================================================================
# CLEAN / admin
# ==========================================================================
def admin_1():
    dt = when()
    eff = fwd(dt, 21)
    body = f"""All,

Starting {dwk(eff)}, we're changing how medical records and billing costs get approved and coded. This is coming out of the year-end cost audit -- we had too many records invoices paid twice and too many coded to the wrong matter.

1. Vendor invoices (ChartPath, RecordBridge, hospital ROI departments) under $75 can be paid by the records team without attorney approval. Anything $75 and up needs the responsible attorney's initials on the invoice in CaseTrack.
2. All records and billing costs go to cost code MR. Films/imaging CDs go to MR-IMG. Certification/affidavit fees for trial go to MR-CERT.
3. For patient-directed electronic requests, remember the provider can generally only charge a reasonable cost-based fee. If a hospital sends an invoice for $300 on an electronic request, flag it to Tasha before paying.
4. Please do NOT pay providers with the firm credit card unless there is a matter number on the receipt. Frank can't reconcile "St. Aldric $41.16" with nothing else.
5. Subpoena witness fees and court reporter invoices are NOT records costs. Those stay under DEPO and SUBP.

Tasha and I will do a 20-minute walkthrough at the staff meeting on the 2nd Tuesday. Questions to me in the meantime.

Frank

{sig('frank')}"""
    emit('clean', 'admin', '', S('frank'), f'allstaff@{FD}', f'Records cost approvals - new process starting {md(eff)}',
         body, cc=S('brannock'), dt=dt)


def admin_2():
    dt = when()
    mig = fwd(dt, 4)
    while mig.weekday() != 4:
        mig += dtm.timedelta(days=1)
    body = f"""Hi everyone,

This is your reminder that we are moving off the old SFTP server to the new secure file portal (SecureDrop Pro) this weekend.

  When:   {dwk(mig)} 6:00 PM through Sunday 8:00 PM
  Impact: CaseTrack document upload will be read-only during the window. E-mail is not affected.

What changes for you
  - Records vendors and hospital HIM departments will upload directly to each matter's "Incoming Records" folder in the portal. The old records@ SFTP login stops working Sunday night.
  - Large imaging sets (DICOM from MRI/CT discs) can now be uploaded up to 20 GB per file. Please stop asking vendors to mail CDs when electronic is available.
  - Expert reviewers will get their own read-only share links that expire after 30 days.
  - Everyone needs MFA on the portal. You'll get an enrollment email Monday morning -- use the authenticator app, not SMS.

I've already sent the vendor notification to ChartPath, RecordBridge, St. Aldric HIM, Northgate and Bayview. If any other provider asks where to send records, point them to the upload link in your signature block (new block attached to Monday's email).

Ticket #IT-{digits(5)} if you run into anything.

Kelsey Yoon
IT & Operations
{FIRMNAME}
x290 | helpdesk@{FD}"""
    emit('clean', 'admin', '', S('kelsey'), f'allstaff@{FD}', f'REMINDER: file portal migration this weekend ({md(mig)})',
         body, html=True, dt=dt)


def admin_3():
    dt = when()
    mtg = fwd(dt, 6).replace(hour=12, minute=0, second=0)
    body = f"""Agenda -- Lien Resolution Meeting, {dwk(mtg)} 12:00-1:00 (Room C / Teams)

1. Medicare: new portal upload process for proof of representation; average time to final demand is now running 65+ days, so request the final as soon as a settlement is likely, not after.
2. ERISA plans: how to get the actual plan document (SPD is not enough). Template letter updated in the forms folder.
3. Hospital lien notices: reminder that the statute requires the notice to be filed within a certain period after discharge -- check filing dates before negotiating, not after.
4. Medicaid: the state recovery unit changed its fax number and now wants settlement statements on its own form.
5. LOP providers: attorney fee reduction policy (standard ask stays 1/3; anything beyond needs Gideon).
6. Open floor.

Lunch is sandwiches from Corner Deli. Please reply if you need vegetarian.

Devon"""
    ics = make_ics(f'lienmtg-{digits(6)}@{FD}', mtg, mtg + dtm.timedelta(hours=1), 'Lien Resolution Meeting',
                   'Room C / Microsoft Teams', 'Monthly lien resolution meeting. Agenda in e-mail.', S('devon'))
    emit('clean', 'admin', '', S('devon'), [S('vance'), S('brannock'), S('priya'), S('tasha'), S('lauren')],
         f'Lien meeting {md(mtg)} - agenda', body, atts=[('invite.ics', ics, 'text/calendar')], dt=dt)


def admin_4():
    dt = when()
    body = f"""Frank,

Thanks for the call yesterday. As promised, here is a summary of the proposed terms for the {dt.year + 1} renewal of your records retrieval agreement. The formal agreement will follow from our contracts team.

Pricing
  - Retrieval service fee: $28.00 per request (down from $32.00), includes up to two follow-ups with the facility
  - Pass-through of facility copy charges at cost, no markup
  - Rush (5 business days or less): +$45.00
  - Imaging on CD: facility charge + $12.00 handling; electronic DICOM delivery at no handling charge
  - Certification / affidavit of custodian: $15.00 per facility

Service levels
  - Standard requests: facility contact within 1 business day; status update every 5 business days
  - Target fulfilment: 80% of requests within 21 calendar days (excluding facility-caused delays)
  - Authorization defects flagged to your team within 2 business days of facility rejection

Billing
  - Monthly statement, net 30
  - Invoices itemized by request number and matter reference

Volume discount tier applies at 150+ requests per quarter (you averaged 171 last year).

Happy to walk through any of this with you and Tasha.

Best,
Jenna Kuykendall
Senior Account Manager, Legal Services
RecordBridge Retrieval
Direct {phone()} | Mobile {phone()}
jkuykendall@recordbridge.net"""
    emit('clean', 'admin', '', ('Jenna Kuykendall', 'jkuykendall@recordbridge.net'), S('frank'),
         f'RecordBridge {dt.year + 1} renewal - proposed terms', body, cc=S('tasha'), html=True, dt=dt)


def admin_5():
    dt = when()
    body = f"""Hi all,

A few housekeeping items for depositions in the building now that we're doing more remote and hybrid depos of treating doctors:

- Room B is the depo room. The camera and the ceiling mics are already set up; please don't unplug the Owl camera to charge your phone.
- Court reporters and videographers should arrive 30 minutes early. Front desk will badge them in. Pinnacle has a standing parking pass for the garage level 2.
- For Zoom depos, use the firm account (depos@{FD}), not your personal one, so the recording settings are correct. Waiting room ON, screen share host-only.
- Exhibits: upload to the exhibit share link at least one business day ahead. Doctors' offices often ask for the exhibits in advance -- send them only the ones the attorney approves.
- Witness fee checks for physicians must be requested from accounting 5 business days in advance. Rates vary by doctor's office; the fee letter goes in the depo folder.
- Coffee and water for the witness and reporter. No lunch orders on the firm card for opposing counsel.

If you need the room for something other than a depo, put it on the board and check with me.

Thanks!
Renée"""
    emit('clean', 'admin', '', S('renee'), f'allstaff@{FD}', 'Depo room + Zoom depo reminders', body, dt=dt)


def admin_6():
    dt = when()
    eff = fwd(dt, 45)
    body = f"""Dear Requester,

Effective {dlong(eff)}, St. Aldric Regional Medical Center Health Information Management will accept requests for copies of medical records from attorneys, insurers and other third parties ONLY through our online release-of-information portal, operated by ChartPath Release Services.

  - Fax requests to our legacy HIM fax line will no longer be processed after that date.
  - Patient-directed requests may still be submitted in person at the HIM window (Building A, lower level), Monday-Friday, 8:00 a.m. to 4:30 p.m.
  - Subpoenas must continue to be served on the Custodian of Records at 1 Aldric Way, Ashford Falls, OH 43215. Subpoenas are not accepted by e-mail.
  - Imaging (CD or electronic) is requested through the same portal; please select "Radiology images" as a separate record type.
  - Fees are assessed in accordance with applicable state and federal law and are payable through the portal before release.

We appreciate your cooperation as we transition to a faster and more secure process. Questions may be directed to HIM Customer Service at (614) 881-7200, option 3.

Health Information Management
St. Aldric Regional Medical Center

{HOSP_DISCLAIMER}"""
    html = (f'<html><body style="font-family:Georgia,serif;font-size:14px;color:#222">'
            f'<p><img src="cid:staldric_logo@staldric.org" alt="St. Aldric Regional Medical Center" width="180" height="48"></p>'
            + auto_html(body)[auto_html(body).index('<p>'):])
    emit('clean', 'admin', '', ('St. Aldric HIM', 'him-notices@staldric.org'), 'undisclosed-recipients:;',
         f'Change in records request process effective {mdy(eff)}', body, html=html,
         inline=(logo_png((98, 30, 60)), 'staldric_logo@staldric.org'), dt=dt)


def admin_7():
    dt = when()
    mw = fwd(dt, 8)
    body = f"""CALLOWAY COUNTY COURT OF COMMON PLEAS
OFFICE OF THE CLERK -- E-FILING NOTICE

1. Scheduled maintenance: The e-filing system will be unavailable from 10:00 p.m. {dwk(mw)} until 6:00 a.m. the following morning. Filings due during the outage will be accepted as timely if submitted by 12:00 noon on the next business day.

2. Reminder -- Local Rule 7.4 (Filing of Medical and Other Confidential Records): Effective immediately, medical records, billing records, life care plans and similar exhibits must be filed using the "Confidential - Sealed Exhibit" document type. Personal identifiers (social security numbers, dates of birth, financial account numbers, medical record numbers) must be redacted from any public filing except the last four digits or year, as applicable. Unredacted copies submitted as public filings will be rejected and returned to the filer.

3. New document type: "Notice of Filing Deposition Transcript (Treating Physician)" has been added under the Discovery category.

Please do not reply to this e-mail. For e-filing support call (740) 412-3300.

Office of the Clerk of Courts"""
    emit('clean', 'admin', '', ('Calloway County Clerk of Courts', 'efile-notices@callowaycounty.example.org'),
         f'efiling@{FD}', 'E-Filing System Notice: maintenance window and Local Rule 7.4 reminder', body, dt=dt)


# ==========================================================================
# CLEAN / lookalike
# ==========================================================================
def look_1():
    dt = when()
    st = f'ST-{dt.year}-{digits(4)}'
    invs = []
    tot = 0
    for i in range(14):
        a = round(R.uniform(22, 180), 2)
        tot += a
        invs.append((f'INV-{dt.year}-{digits(6)}', mdy(back(dt, days=R.randint(3, 34)).date(), pad=True), f'PO {digits(5)}', a))
    lines = ['RecordBridge Retrieval', 'Monthly Statement', '', f'Statement #: {st}', 'Account #: WBIL-00217',
             f'Statement date: {mdy(dt.date(), pad=True)}', 'Terms: Net 30', '',
             f'{"Invoice":<20}{"Date":<14}{"PO":<12}{"Amount":>12}']
    for inv, d, po, a in invs:
        lines.append(f'{inv:<20}{d:<14}{po:<12}{a:>12,.2f}')
    lines += ['', f'{"Total due":<46}{tot:>12,.2f}', '',
              'Aging:  Current ' + f'{tot * 0.7:,.2f}' + '   31-60 ' + f'{tot * 0.3:,.2f}' + '   61-90 0.00   90+ 0.00',
              '', 'Remit to: RecordBridge Retrieval, PO Box 77120, Kessling, OH 44101',
              'ACH: routing on file. Reference statement number with payment.']
    body = f"""Hello Frank,

Please find attached statement {st} for account WBIL-00217. The statement includes {len(invs)} invoices totaling {money(tot)}. Two invoices from last month (INV-{dt.year}-{invs[-1][0][-6:]} and INV-{dt.year}-{invs[-2][0][-6:]}) are now past 30 days.

If you have already remitted payment, please disregard. For billing questions reply to this email or call (888) 730-2214 option 4.

Thank you,
Accounts Receivable
RecordBridge Retrieval"""
    emit('clean', 'lookalike', '', ('RecordBridge AR', 'ar@recordbridge.net'), S('frank'),
         f'Statement {st} - Account WBIL-00217', body,
         atts=[(f'{st}.pdf', make_pdf(lines), 'application/pdf')], dt=dt)


def look_2():
    dt = when()
    body = f"""Demand team --

Several of you asked for a cheat sheet on the codes we see over and over in MVA specials. Ranges are billed charges from our closed files last year in this county (aggregate, 140+ files), not what was paid.

E&M / ER
  99283  ER visit, moderate ................. $900 - $1,600
  99284  ER visit, mod-high ................. $1,500 - $2,600
  99285  ER visit, high ..................... $2,400 - $3,400
  99204  New patient office, moderate ....... $310 - $480
  99213  Established office, low ............ $140 - $220

Imaging
  72040  X-ray C-spine 2-3 views ............ $180 - $420
  72125  CT C-spine w/o contrast ............ $1,900 - $3,100
  72141  MRI C-spine w/o contrast ........... $1,800 - $2,900
  72148  MRI L-spine w/o contrast ........... $1,800 - $2,900

Therapy / chiro
  97110  Therapeutic exercise, per 15 min ... $55 - $165
  97140  Manual therapy, per 15 min ......... $50 - $140
  98941  Chiro manipulation 3-4 regions ..... $65 - $120

Interventional / surgical
  62321  Cervical/thoracic epidural (ESI) ... $2,800 - $4,200
  64483  Transforaminal ESI, lumbar ......... $2,900 - $4,800
  64635  Lumbar RFA ......................... $3,500 - $6,000
  22551  ACDF single level .................. $38,000 - $72,000

Common ICD-10
  S13.4XXA  Sprain of ligaments of cervical spine, initial
  S33.5XXA  Sprain of ligaments of lumbar spine, initial
  M54.2     Cervicalgia
  M50.121   Cervical disc disorder at C4-C5 with radiculopathy
  M51.26    Other intervertebral disc displacement, lumbar
  G44.309   Post-traumatic headache, unspecified

When a bill shows "A" vs "D" vs "S" at the end of an S-code, that is initial / subsequent / sequela encounter -- adjusters love to argue that a "D" code means the injury is resolving. It doesn't.

Ayesha"""
    emit('clean', 'lookalike', '', S('ayesha'), [S('priya'), S('devon'), S('tasha'), S('lauren')],
         'CPT / ICD-10 cheat sheet for specials', body, dt=dt)


def look_3():
    dt = when()
    provs = [('St. Aldric Regional Medical Center - HIM', '(614) 881-7200', '(614) 881-7299', '', ''),
             ('Mercy Crossing Hospital - ROI', '(740) 662-1100', '(740) 662-1190', '', ''),
             ('Paul Haskell, MD (Northgate Ortho)', '(614) 870-3300', '(614) 870-3315', '1' + digits(9), f'35.{digits(6)}'),
             ('Anika Sorensen, MD (neurosurgery)', '(614) 870-3340', '(614) 870-3399', '1' + digits(9), f'35.{digits(6)}'),
             ('Rafael Amin, MD (PainCare Surgical)', '(614) 224-8800', '(614) 224-8811', '1' + digits(9), f'35.{digits(6)}'),
             ('Kwame Osei, MD (St. Aldric surgery)', '(614) 881-4410', '(614) 881-4499', '1' + digits(9), f'35.{digits(6)}'),
             ('Riverside Physical Therapy', '(614) 556-2020', '(614) 556-2021', '1' + digits(9), f'PT.{digits(6)}'),
             ('Lakeshore Chiropractic & Rehab', '(419) 733-6100', '(419) 733-6101', '1' + digits(9), f'CHIRO.{digits(5)}'),
             ('Bayview Imaging Center', '(614) 339-1400', '(614) 339-1415', '1' + digits(9), ''),
             ('Ashford Falls Fire/EMS - records', '(614) 882-9000', '(614) 882-9012', '', '')]
    w = max(len(p[0]) for p in provs)
    lines = [f'{"Provider":<{w}}  {"Phone":<15} {"Fax":<15} {"NPI":<11} License']
    for pv in provs:
        lines.append(f'{pv[0]:<{w}}  {pv[1]:<15} {pv[2]:<15} {pv[3]:<11} {pv[4]}')
    body = f"""Updated provider directory for subpoenas and records requests. Verified numbers this week -- Mercy Crossing changed their ROI fax again.

{chr(10).join(lines)}

Use the NPI lookup for anyone not on this list before we send a subpoena, and double-check the custodian address; three came back last month.

Jordan"""
    emit('clean', 'lookalike', '', S('jordan'), [S('tasha'), S('renee'), S('miguel')],
         'Provider contact list (updated)', body,
         atts=[('provider_directory.xlsx', make_xlsx([['Provider', 'Phone', 'Fax', 'NPI', 'License']] + [list(p) for p in provs], 'Directory'), XLSX)],
         dt=dt)


def look_4():
    dt = when()
    custs = ['St. Aldric Regional Medical Center', 'Mercy Crossing Hospital', 'Northgate Orthopaedic & Spine',
             'Bayview Imaging Center', 'Ashford Falls Fire/EMS']
    lines = []
    for c in custs:
        lines.append(f'  {c:<36} FedEx {digits(12)}   cert. mail 9589 0710 5270 {digits(4)} {digits(4)} {digits(2)}')
    body = f"""FYI the subpoena batch went out today -- 5 custodians. Tracking below; green cards should come back in about a week. I logged each one in the docket calendar with a 14-day response tickler.

{chr(10).join(lines)}

Postage total $48.35 + FedEx $112.60 (acct 2214-{digits(4)}-{digits(1)}). Receipts are in the mailroom binder.

Jordan"""
    emit('clean', 'lookalike', '', S('jordan'), S('renee'), f'subpoenas out {md(dt)} - tracking', body, dt=dt)


def look_5():
    dt = when()
    qn = (dt.month - 1) // 3 + 1
    body = f"""Partners,

Q{qn} operations numbers for the records and lien teams:

Records
  Requests sent ........................ {R.randint(190, 240)}
  Completed ............................ {R.randint(160, 200)}
  Median turnaround .................... {R.randint(18, 27)} days (hospitals {R.randint(25, 34)}, clinics {R.randint(9, 16)})
  Rejected for auth defects ............ {R.randint(6, 14)}%
  Avg cost per completed request ....... ${R.randint(42, 68)}.{digits(2)}

Liens
  Liens resolved ....................... {R.randint(40, 60)}
  Avg reduction from asserted amount ... {R.randint(31, 44)}%
  Medicare final demands received ...... {R.randint(8, 15)} (avg {R.randint(55, 80)} days from request)
  ERISA plans with full reimbursement .. {R.randint(2, 6)}

Intake
  New MVA leads ........................ {R.randint(300, 420)}
  Signed ............................... {R.randint(60, 95)}
  Med-mal screenings ................... {R.randint(25, 40)} (signed {R.randint(3, 7)})

The auth rejection rate is still too high -- most are DOB/SSN mismatches on the client's signature page. Lauren and Tasha are going to add a second check at signing.

Frank"""
    emit('clean', 'lookalike', '', S('frank'), [S('brannock'), S('vance')], f'Q{qn} ops numbers', body, dt=dt)


def look_6():
    dt = when()
    body = f"""Mass torts team --

FDA posted the Class I recall we've been watching. Details for screening intake calls:

  Product:       VertaFix Posterior Lumbar Interbody Cage System
  Manufacturer:  Corwell Spine Technologies
  Recall #:      Z-{R.randint(1000, 2999)}-{dt.year}
  Models:        VF-2208, VF-2210, VF-2212 (8/10/12 mm)
  Lot numbers:   CW{digits(5)} through CW{digits(5)}; CW{digits(6)}
  UDI-DI:        00{digits(12)}
  Distribution:  {R.choice(['March', 'April', 'May'])} 2021 - {R.choice(['January', 'February'])} 2023, nationwide

Also flagged: the related bone graft substitute under NDC 7{digits(4)}-{digits(3)}-{digits(2)} is NOT part of the recall, so don't screen on that.

Intake script is updated -- ask callers for the operative report and the implant sticker sheet, which is where the lot number will be. No one has signed yet; this is just so intake is ready.

Gideon"""
    emit('clean', 'lookalike', '', S('brannock'), [S('vance'), S('miguel'), f'intake@{FD}'],
         'VertaFix cage recall - lot numbers for intake screening', body, dt=dt)


def look_7():
    dt = when()
    ev = fwd(dt, 30)
    order = f'OTLA-{digits(6)}'
    body = f"""Registration Confirmation

Thank you for registering for the Medical Evidence in Injury Litigation Seminar.

  Order #:           {order}
  Registrant:        Priya Natarajan
  Bar number:        0{digits(6)}
  Course code:       MED-204
  CLE credit:        6.0 general hours (incl. 1.0 professionalism) -- approval #{digits(6)}
  Date:              {dwk(ev)}, {ev.year}, 8:30 a.m. - 4:15 p.m.
  Location:          Riverside Convention Center, Ballroom C, Port Ellery
  Amount paid:       $295.00 (Visa ending 4410)

Sessions include: Reading ICD-10 and CPT coding in medical bills; Cross-examining the defense IME doctor; Future medical expenses and life care plans; Ethics of letters of protection.

Hotel block: Harbor Inn Port Ellery, group code MEDEV{ev.year % 100}, confirmation will come separately.

Questions: cle@otla-seminars.example.org or (614) 442-0100.

Trial Lawyers Education Foundation"""
    emit('clean', 'lookalike', '', ('TLEF Registration', 'cle@otla-seminars.example.org'), S('priya'),
         f'Registration Confirmation - Order {order}', body, html=True, dt=dt)


# ==========================================================================
# CLEAN / news
# ==========================================================================
def news_1():
    dt = when()
    bill1, bill2 = R.randint(100, 400), R.randint(100, 400)
    body = f"""OHIO TRIAL LAWYERS ALLIANCE -- LEGISLATIVE UPDATE
Week of {dlong(dt.date())}

HB {bill1} -- Letters of protection disclosure
The House Civil Justice Committee heard proponent testimony on HB {bill1}, which would require plaintiffs to disclose letters of protection and any sale of medical receivables to a factoring company, and would make the amount paid (rather than billed) the measure of past medical damages in LOP cases. The Alliance testified in opposition. A substitute bill is expected before the next hearing.

SB {bill2} -- Non-economic damages cap in medical negligence actions
SB {bill2} would raise the cap on non-economic damages in medical claims for the first time in nearly two decades and index it to inflation. It passed the Senate Judiciary Committee 7-5 and awaits a floor vote.

Collateral source rule
The Supreme Court heard oral argument on whether write-offs negotiated by a health insurer are admissible to show the reasonable value of medical services. A decision is expected this term.

Statute of limitations for minors
A bipartisan bill would extend the tolling period for birth-injury claims. Members are encouraged to contact their legislators.

Upcoming: Lobby Day is the third Wednesday of next month. Register on the member portal.

You are receiving this update as a member of the Ohio Trial Lawyers Alliance. Manage your email preferences or unsubscribe at https://www.otla-members.example.org/preferences"""
    emit('clean', 'news', '', ('OTLA Legislative Update', 'updates@otla-members.example.org'), S('brannock'),
         f'Legislative Update: LOP disclosure bill, damages cap, collateral source', body, html=True, dt=dt)


def news_2():
    dt = when()
    body = f"""Introducing ChartPath Insight -- medical chronologies in 48 hours

Your paralegals spend hours turning 2,000-page records productions into chronologies. ChartPath Insight does the first pass for them.

  * Date-sorted chronology of every encounter, provider and diagnosis
  * Automatic flagging of gaps in treatment and pre-existing conditions
  * Billing summary cross-referenced to CPT and revenue codes
  * Exported to Word and Excel, with page citations to the source records

Trusted by 1,100+ law firms. 2.1 million pages processed last quarter. Average turnaround 38 hours.

Join our free webinar, "From Records to Demand in One Week," on {dwk(fwd(dt, 16))} at 1:00 PM ET. 1.0 CLE credit pending.

Already a ChartPath customer? Insight is available in your dashboard today at introductory pricing of $0.09 per page.

ChartPath Release Services | 2200 Innovation Dr, Kessling, OH 44101
You're receiving this because you have an account with ChartPath. Unsubscribe | Privacy"""
    html = f"""<html><body style="margin:0;background:#f2f5f8;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="600" style="background:#fff;border-collapse:collapse">
<tr><td style="background:#0b4f6c;color:#fff;padding:24px;font-size:22px">ChartPath <b>Insight</b></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<h2 style="margin-top:0">Medical chronologies in 48 hours</h2>
<p>Your paralegals spend hours turning 2,000-page records productions into chronologies. ChartPath Insight does the first pass for them.</p>
<ul><li>Date-sorted chronology of every encounter, provider and diagnosis</li>
<li>Automatic flagging of gaps in treatment and pre-existing conditions</li>
<li>Billing summary cross-referenced to CPT and revenue codes</li>
<li>Exported to Word and Excel, with page citations</li></ul>
<p><b>Trusted by 1,100+ law firms.</b> 2.1 million pages processed last quarter.</p>
<p style="text-align:center"><a href="https://www.chartpathros.com/insight-webinar" style="background:#f28c28;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Register for the webinar</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">ChartPath Release Services | 2200 Innovation Dr, Kessling, OH 44101<br>
<a href="https://www.chartpathros.com/unsubscribe">Unsubscribe</a> | <a href="https://www.chartpathros.com/privacy">Privacy</a></td></tr>
</table></body></html>"""
    emit('clean', 'news', '', ('ChartPath', 'news@chartpathros.com'), S('tasha'),
         'New: medical chronologies in 48 hours (+ free CLE webinar)', body, html=html, dt=dt)


def news_3():
    dt = when()
    yr = dt.year - 1
    body = f"""STATE HIGHWAY SAFETY OFFICE -- QUARTERLY CRASH DATA BULLETIN

Preliminary {yr} statewide figures
  - Traffic fatalities: 1,{R.randint(100, 299)} ({R.choice(['down', 'up'])} {R.randint(2, 6)}.{R.randint(0, 9)}% from {yr - 1})
  - Serious injury crashes: 8,{R.randint(100, 899)}
  - Crashes involving a distracted driver: {R.randint(11, 14)},{R.randint(100, 999)}
  - Pedestrian deaths: {R.randint(140, 190)}, the highest in 30 years
  - Unbelted occupants accounted for {R.randint(44, 52)}% of passenger-vehicle fatalities

Work-zone safety: crashes in active work zones rose for the third straight year. Most involved rear-end collisions at speeds under 45 mph.

Commercial vehicles: large trucks were involved in roughly one in nine fatal crashes, concentrated on interstate corridors.

Emergency medical response: median EMS arrival time in rural counties was {R.randint(11, 15)} minutes versus {R.randint(6, 8)} minutes in urban counties; the Office is funding trauma-system coordination grants in eight rural counties this year.

Data are preliminary and subject to revision. County-level tables are available on the Office's public data portal.

State Highway Safety Office | Public Information
This bulletin is distributed to subscribers. To unsubscribe, reply with UNSUBSCRIBE in the subject line."""
    emit('clean', 'news', '', ('Highway Safety Office Bulletin', 'bulletin@highwaysafety.example.org'), S('vance'),
         f'Quarterly Crash Data Bulletin - preliminary {yr} figures', body, dt=dt)


def news_4():
    dt = when()
    body = f"""THE DOCKET -- Whitlow Brannock internal newsletter, {dt.strftime('%B')} edition

RESULTS
- Confidential settlement for a client injured in a trucking collision on I-71 (policy-limits tender after the treating neurosurgeon's deposition).
- Jury verdict in a premises case in Brayton -- our first trial with the new courtroom presentation setup. Thanks to everyone who pulled all-nighters on exhibits.
- Favorable ruling on a motion to exclude a defense billing expert who relied only on "paid" amounts.

(As always: no client names, injuries or amounts go in this newsletter or on social media without the attorney's sign-off and a signed client consent.)

PEOPLE
- Welcome to Jordan Pell, our new records clerk, who joined us from a hospital HIM department.
- Ayesha Qureshi presented "Reading a Nursing Flowsheet" at the regional paralegal association.
- Congratulations to Miguel Soto on 5 years with the firm!

REMINDERS
- Records cost process changed this month -- see Frank's email.
- The new file portal requires MFA. If you haven't enrolled, Kelsey will find you.
- Holiday party is the 2nd Friday of December. Plus-ones welcome.

Send items for next month's Docket to Renée by the 25th."""
    emit('clean', 'news', '', S('renee'), f'allstaff@{FD}', f'The Docket - {dt.strftime("%B")} edition', body, html=True, dt=dt)


def news_5():
    dt = when()
    body = f"""MEDICAL-LEGAL INSIGHTS -- Research Digest No. {R.randint(80, 140)}

1. Diagnostic error in the emergency department
A large review estimated that roughly 1 in 18 ED patients receives an incorrect or delayed diagnosis, with stroke, myocardial infarction, aortic dissection, spinal cord compression and sepsis accounting for a disproportionate share of serious harms. Atypical presentations (dizziness, back pain) were the strongest risk factor.
Why it matters: expect defense experts to argue "atypical presentation" in missed-diagnosis cases; the same literature supports the argument that these are known, foreseeable pitfalls.

2. Recovery after whiplash-associated disorders
A pooled analysis of cohort studies found that about half of people with acute whiplash recover within three months, while a substantial minority still report moderate pain or disability at one year. High initial pain intensity and post-traumatic stress symptoms predicted slower recovery; crash speed and vehicle damage did not.
Why it matters: low property damage is a poor predictor of injury outcome.

3. Post-operative monitoring and failure to rescue
Hospitals with higher nurse staffing had significantly lower failure-to-rescue rates after common surgical procedures, independent of surgical volume.

4. Traumatic brain injury and return to work
Among working-age adults with mild TBI, a meaningful percentage had not returned to pre-injury work at 12 months, with cognitive fatigue the most commonly cited barrier.

Full citations are on the subscriber site. This digest summarizes published research for educational purposes and is not legal or medical advice.

Medical-Legal Insights | subscribe@medlegalinsights.example.com"""
    emit('clean', 'news', '', ('Medical-Legal Insights', 'digest@medlegalinsights.example.com'), S('ayesha'),
         'Research Digest: ED diagnostic error, whiplash recovery, failure to rescue', body, html=True, dt=dt)


def news_6():
    dt = when()
    body = f"""ST. ALDRIC COMMUNITY CONNECTION -- {dt.strftime('%B %Y')}

St. Aldric verified as a Level II Trauma Center
St. Aldric Regional Medical Center has been verified as a Level II Trauma Center following a site review of our emergency, surgical, critical care and rehabilitation services. Our trauma team treated more than 2,400 injured patients last year.

New orthopedic walk-in clinic
The St. Aldric Ortho Express clinic at 410 Harrison Blvd is now open weekdays 8 a.m. to 7 p.m. and Saturdays 9 a.m. to 1 p.m. for sprains, strains and suspected fractures. No appointment needed.

Flu and COVID-19 vaccine clinics
Free community vaccine clinics will be held every Saturday this month at the Brayton Community Center, 9 a.m. to noon.

Stop the Bleed classes
Learn how to control severe bleeding in an emergency. Free 90-minute classes are offered monthly in the Education Center. Register online.

Volunteer with us
Our volunteer program is looking for greeters, wayfinding guides and patient-escort volunteers. Minimum age 16.

St. Aldric Regional Medical Center | 1 Aldric Way, Ashford Falls, OH 43215
You are receiving this newsletter because you subscribed at staldric.org. Unsubscribe"""
    html = (f'<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
            f'<p><img src="cid:sa_logo@staldric.org" alt="St. Aldric" width="180" height="48"></p>'
            + auto_html(body)[auto_html(body).index('<p>'):])
    emit('clean', 'news', '', ('St. Aldric Community Connection', 'community@staldric.org'), S('frank'),
         f'Community Connection: Level II trauma verification, Ortho Express, vaccine clinics', body, html=html,
         inline=(logo_png((98, 30, 60)), 'sa_logo@staldric.org'), dt=dt)


# ==========================================================================
# CLEAN / staff
# ==========================================================================
def staff_1():
    dt = when(lo=300, hi=340)
    start = dtm.date(2024, 12, 21)
    names = ['Miguel Soto', 'Lauren Beaudry', 'Jordan Pell', 'Renée Castellanos', 'Devon Okafor', 'Tasha Whitcomb']
    rows = []
    d = start
    for i in range(6):
        d2 = d + dtm.timedelta(days=2)
        n = names[i % len(names)]
        k = [k for k, v in STAFF.items() if v[0] == n][0]
        rows.append(f'  {mdy(d):<11} - {mdy(d2):<11} {n:<20} cell {phone(1)}   backup atty: {R.choice(["M. Vance", "G. Brannock", "P. Natarajan"])}')
        d = d2 + dtm.timedelta(days=1)
    body = f"""Team,

Here is the holiday rotation for the after-hours intake line (forwarded to the on-call cell). Office is closed 12/24-12/25 and 12/31-1/1.

{chr(10).join(rows)}

The on-call person answers or returns calls within 1 hour, logs every call in CaseTrack, and only escalates to the backup attorney for new catastrophic-injury or wrongful-death calls or anything involving a deadline. Spanish-language calls after hours go to Miguel regardless of rotation.

Swaps are fine -- just tell me and update the shared calendar.

Lauren"""
    emit('clean', 'staff', '', S('lauren'), f'intake-team@{FD}', 'Holiday on-call rotation - intake line', body,
         cc=S('brannock'), dt=dt)


def staff_2():
    dt = when()
    start = fwd(dt, 7)
    body = f"""Everyone,

Please join me in welcoming Jordan Pell, who starts {dwk(start)} as our new Records Clerk on Tasha's team.

Jordan comes to us from six years in the Health Information Management department at a regional hospital, most recently as a Release of Information Specialist, and holds the RHIT credential. In other words: Jordan knows exactly why our requests get rejected, and is going to help us stop that.

Jordan will sit in the records pod next to Tasha (desk 2-14), extension 217. First week: CaseTrack training with Kelsey on Monday, vendor portal setup with Tasha, and lunch with the case managers on Wednesday.

Stop by and say hi.

Frank

{sig('frank')}"""
    emit('clean', 'staff', '', S('frank'), f'allstaff@{FD}', 'Welcome Jordan Pell, RHIT - new Records Clerk', body, dt=dt)


def staff_3():
    dt = when()
    body = f"""Hi all,

Quick payroll reminders:

1. Timesheets for the pay period ending this Friday are due in Paylocity by 10:00 a.m. Monday. Non-exempt staff: please make sure your lunch punches are in. Overtime needs prior approval from your supervisor.
2. The 401(k) match true-up will show on the {R.choice(['15th', '30th'])} paycheck. If you changed your contribution percentage mid-year, check your stub.
3. Mileage reimbursement for client visits, records pick-ups and court runs is ${R.choice(['0.67', '0.655', '0.70'])}/mile. Submit in Expensify with the matter number; we can't reimburse without it.
4. W-4 updates for the new year need to be in by 12/15.

Questions to me or payroll@{FD}.

Thanks,
Frank DiMarco
Office Manager"""
    emit('clean', 'staff', '', S('frank'), f'allstaff@{FD}', 'Payroll reminders - timesheets, 401(k), mileage', body, dt=dt)


def staff_4():
    dt = when()
    out = fwd(dt, 10)
    ret = fwd(out, 42)
    body = f"""Team,

Lauren Beaudry will be on leave starting {dwk(out)} and is expected back {dwk(ret)}.

While she is out, her caseload is split as follows:
  - Clients with last names A-K: Miguel Soto
  - Clients with last names L-Z: Tasha Whitcomb (case management only; records requests still route through Jordan)
  - New intakes assigned to Lauren's queue: Miguel

Lauren is putting together handoff notes in each file this week. Please don't contact her while she's out -- route anything to Miguel, Tasha, or me.

Please respect Lauren's privacy; there's no need to ask about the reason for the leave.

Thanks,
Gideon"""
    emit('clean', 'staff', '', S('brannock'), f'allstaff@{FD}', f'Coverage while Lauren is out ({md(out)} - {md(ret)})',
         body, dt=dt)


def staff_5():
    dt = when()
    fri = fwd(dt, 2)
    while fri.weekday() != 4:
        fri += dtm.timedelta(days=1)
    body = f"""Congratulations to Tasha Whitcomb, who just earned her Advanced Certified Paralegal (ACP) designation in Trial Practice!! Tasha studied for this on top of running our entire records operation, so please go make a fuss over her.

To celebrate we're doing a potluck lunch {dwk(fri)} at 12:30 in the break room. Sign-up sheet is on the fridge -- so far we have 4 desserts and 1 salad, so someone please bring actual food. Firm is buying the brisket.

Renée"""
    emit('clean', 'staff', '', S('renee'), f'allstaff@{FD}', 'Congrats Tasha! + Friday potluck', body, html=True, dt=dt)


def staff_6():
    dt = when()
    mon = fwd(dt, 3)
    while mon.weekday() != 0:
        mon += dtm.timedelta(days=1)
    people = [('Kiara Lomax', 'Receptionist', 201), ('Miguel Soto', 'Intake (bilingual)', 208),
              ('Jordan Pell', 'Records', 217), ('Renée Castellanos', 'Legal Asst', 232), ('Alexis Vu', 'Receptionist (PT)', 202)]
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
    rows = [['Name', 'Role', 'Ext'] + [f'{d} {md(mon + dtm.timedelta(days=i))}' for i, d in enumerate(days)]]
    shifts = ['8:00-4:30', '8:30-5:00', '9:00-5:30', 'OFF', '12:00-5:30', 'lunch relief 12-1']
    for n, r, e in people:
        rows.append([n, r, e] + [R.choice(shifts[:3]) if n != 'Alexis Vu' else R.choice(['12:00-5:30', 'OFF']) for _ in days])
    w = [18, 19, 4] + [11] * 5
    tbl = '\n'.join(''.join(str(c).ljust(w[i]) for i, c in enumerate(r)) for r in rows)
    body = f"""Front desk / phones coverage for next week. Same as the attached spreadsheet.

{tbl}

Phones must be covered 8:00-5:30 without a gap. If you need to swap, find your own coverage and let me know. Courier pickups are 10:30 and 3:00.

Frank"""
    emit('clean', 'staff', '', S('frank'), [S('miguel'), S('jordan'), S('renee'), ('Kiara Lomax', f'klomax@{FD}'), ('Alexis Vu', f'avu@{FD}')],
         f'Front desk schedule - week of {md(mon)}', body,
         atts=[(f'FrontDesk_{mon.strftime("%m%d")}.xlsx', make_xlsx(rows, 'Schedule'), XLSX)], dt=dt)


def staff_7():
    dt = when(lo=280, hi=320)
    body = f"""All,

Open enrollment for {dt.year + 1} benefits runs through November 22. If you do nothing, your current elections roll over EXCEPT your FSA, which you must re-elect.

Medical (through Summit Ridge Health Plan):
  - PPO 1000: employee-only premium ${R.randint(88, 120)}/paycheck, deductible $1,000
  - HDHP 3200 + HSA: employee-only premium ${R.randint(30, 55)}/paycheck, firm contributes $750/yr to your HSA
Dental and vision: no changes in rates.
Life and long-term disability: firm-paid, no action needed.
EAP: free confidential counseling and legal/financial consults, 6 sessions per issue, available to you and your household.

Benefits fair: Tuesday 11:30-1:30 in Room C, with reps from the health plan and the 401(k) provider. Lunch provided.

Enroll in the Paylocity benefits portal. Please don't send me anything about your own or your family's medical situation by email -- if you have a question about whether a specific treatment is covered, call the plan's member services line on your card.

Frank"""
    emit('clean', 'staff', '', S('frank'), f'allstaff@{FD}', f'Open enrollment {dt.year + 1} - action needed by 11/22', body,
         html=True, atts=[(f'Benefits_Summary_{dt.year + 1}.pdf',
                           make_pdf(['WHITLOW BRANNOCK INJURY LAW, PLLC', f'{dt.year + 1} BENEFITS SUMMARY', '',
                                     'Medical - Summit Ridge Health Plan', '  PPO 1000    deductible $1,000 / OOP max $4,500',
                                     '  HDHP 3200   deductible $3,200 / OOP max $6,500 / firm HSA $750', '',
                                     'Dental - BrightSmile PPO: preventive 100%, basic 80%, major 50%',
                                     'Vision - ClearView: exam $10 copay, frames allowance $150', '',
                                     'Life / AD&D - 1x salary, firm-paid', 'Long-term disability - 60% to $6,000/mo, firm-paid',
                                     'EAP - 6 sessions per issue, 24/7 line', '', 'Enroll at the Paylocity benefits portal.']),
                           'application/pdf')], dt=dt)


# ==========================================================================
# CLEAN / training
# ==========================================================================
def train_1():
    dt = when()
    body = f"""New folks --

Before Thursday's session, please read through this walkthrough of the two bill forms you'll see every day. The example data is FICTITIOUS (it's the sample from the training binder) -- no real client.

UB-04 (hospital / facility bills)
  FL 1    Provider name/address ......... SAMPLE COMMUNITY HOSPITAL
  FL 4    Type of bill .................. 0131 (hospital outpatient, admit-through-discharge)
  FL 8    Patient name .................. SAMPLE, JANE Q (fictitious)
  FL 10   Birth date .................... 01/01/1900 (training placeholder)
  FL 42   Revenue codes ................. 0450 ER, 0320 x-ray, 0350 CT, 0250 pharmacy
  FL 44   HCPCS/CPT ..................... 99284, 72125
  FL 47   Total charges ................. the number adjusters compare against "paid"
  FL 67   Principal diagnosis ........... S13.4XXA
  FL 76   Attending NPI

CMS-1500 (physician / therapy / chiro bills)
  Box 2   Patient name .................. EXAMPLE, JOHN (fictitious)
  Box 10b Is condition related to auto accident? -- should be YES on our files; if it says NO, the provider may have billed health insurance
  Box 14  Date of current illness/injury  -- should match the date of loss
  Box 21  Diagnosis codes A-L
  Box 24D CPT/HCPCS + modifiers
  Box 24F Charges
  Box 33  Billing provider + NPI

Things to catch when you summarize specials: duplicate dates of service, a date of injury that doesn't match our date of loss, diagnosis codes that suggest a pre-existing condition, and "balance billed" amounts after insurance paid.

Tasha"""
    emit('clean', 'training', '', S('tasha'), [S('jordan'), ('Kiara Lomax', f'klomax@{FD}')],
         'Training prep - reading UB-04 and CMS-1500 bills', body, dt=dt)


def train_2():
    dt = when()
    body = """Paralegal onboarding -- medical terminology quiz #3 (answers at the bottom, no peeking)

1. "Radiculopathy" means:
   a) inflammation of a joint  b) pain, numbness or weakness from a compressed nerve root  c) a fracture of the radius
2. ORIF stands for ______________________.
3. What does "s/p" mean in a progress note?
4. An "ACDF" is surgery on which part of the spine?
5. "Bilateral" means ______.
6. True or false: "contusion" means a bruise.
7. "Prn" on a prescription means ______.
8. Which imaging study is best for soft tissue like discs and ligaments -- CT, MRI or x-ray?
9. "Post-concussive syndrome" is most often associated with which kind of injury?
10. What is the difference between an IME and a treating physician?

---------------------------------------------------------------
Answers: 1-b; 2-open reduction internal fixation; 3-status post (after a procedure); 4-cervical (neck);
5-both sides; 6-true; 7-as needed; 8-MRI; 9-traumatic brain injury / head injury;
10-an IME doctor examines once for a party (often the defense) and does not treat; a treating physician provides ongoing care.

Score yourself and bring questions to Ayesha on Friday."""
    emit('clean', 'training', '', S('ayesha'), [S('jordan'), ('Kiara Lomax', f'klomax@{FD}'), ('Alexis Vu', f'avu@{FD}')],
         'Med terminology quiz #3', body, dt=dt)


def train_3():
    dt = when()
    rows = [['Test ID', 'Client Last', 'Client First', 'DOB', 'Matter #', 'Provider', 'Expected result'],
            ['TC-01', 'TESTCLIENT', 'ALPHA', '01/01/1900', 'TEST-0001', 'ZZ TEST HOSPITAL', 'Records request PDF generates with test letterhead'],
            ['TC-02', 'TESTCLIENT', 'BRAVO', '01/01/1900', 'TEST-0002', 'ZZ TEST CHIRO', 'LOP template merges provider + client fields'],
            ['TC-03', 'TESTCLIENT', 'CHARLIE', '02/02/1900', 'TEST-0003', 'ZZ TEST IMAGING', 'Treatment gap alert fires at 30 days'],
            ['TC-04', 'TESTCLIENT', 'DELTA', '03/03/1900', 'TEST-0004', 'ZZ TEST PT', 'Specials summary totals billed/paid correctly'],
            ['TC-05', 'TESTCLIENT', 'ECHO', '04/04/1900', 'TEST-0005', 'ZZ TEST PAIN', 'Lien tracker pulls new lien type "LOP"']]
    body = f"""Team,

CaseTrack 9.2 goes live on {md(fwd(dt, 10))}. Before that, I need each of you to run the attached user-acceptance test script in the SANDBOX environment (sandbox.casetrackapp.com -- NOT production).

All the test records are dummy clients in the TEST-#### matter range with a 1900 birth year. Please don't create test data in real matters, and don't put real client names in the sandbox.

For each test case: run the steps, mark PASS/FAIL in column H, and screenshot any error. Due by Wednesday EOD.

Kelsey"""
    emit('clean', 'training', '', S('kelsey'), [S('tasha'), S('devon'), S('lauren'), S('jordan')],
         'CaseTrack 9.2 UAT - test script (sandbox)', body,
         atts=[('CaseTrack_9.2_UAT_script.csv', to_csv(rows), 'text/csv')], dt=dt)


def train_4():
    dt = when()
    body = """Priya --

Here's the de-identified case study for our CLE segment. I changed ages, dates, locations and occupation details, and removed every name, so it's safe for the slides. Let me know if you want it shorter.

CASE STUDY: "The Quiet Night Shift"
A man in his 60s undergoes an elective procedure at a community hospital and is transferred to a surgical floor in the evening. Over the next several hours, nursing notes record a rising heart rate, falling blood pressure and increasing abdominal pain. Vital signs are documented on schedule, but the escalation policy's trigger values are met twice without a documented call to a physician. A rapid response is eventually called early the next morning. Imaging shows internal bleeding; the patient requires transfusion and a return to surgery and has a prolonged recovery.

Discussion questions
1. What documents would you request to reconstruct the timeline (flowsheets, paging logs, badge/phone records, policy manual)?
2. Which expert disciplines would you need to establish the standard of care and causation?
3. How would the defense frame the delay? How would you respond?
4. What damages evidence matters most for an older plaintiff who was retired?

Ayesha"""
    emit('clean', 'training', '', S('ayesha'), S('priya'), 'CLE case study (de-identified) - draft', body, dt=dt)


def train_5():
    dt = when()
    paras = [('b', 'DEMAND LETTER WORKSHOP - PRACTICE PACKET'),
             'All facts below are fictitious and prepared for training. Any resemblance to a real person is coincidental.', '',
             ('b', 'Fictitious client: Pat Example'),
             'Age 41, warehouse supervisor. Rear-ended at a stoplight. Property damage estimate $4,100.',
             'Treatment (invented): ER same day; PT 18 visits; MRI lumbar spine showing L5-S1 disc protrusion; one epidural injection.',
             'Billed specials (invented): $19,450. Health insurance paid: $6,300. Lost wages: 3 weeks.', '',
             ('b', 'Exercise 1'), 'Draft the liability paragraph in no more than 120 words.',
             ('b', 'Exercise 2'), 'Write the damages narrative. Use the client\'s own words from the mock intake interview (handout B).',
             ('b', 'Exercise 3'), 'Anticipate the adjuster\'s "gap in treatment" and "low property damage" arguments and answer them.',
             ('b', 'Exercise 4'), 'Choose a demand figure and justify it in two sentences.']
    body = f"""Hi all,

Attached is the practice packet for Tuesday's demand letter workshop. The client in it ("Pat Example") is made up -- please use only the packet facts, not any of your real files, in the exercises.

Bring a laptop. We'll spend 20 minutes on each exercise and then compare drafts.

Priya

{sig('priya', 'short')}"""
    emit('clean', 'training', '', S('priya'), [S('tasha'), S('ayesha'), S('devon'), S('lauren'), S('miguel')],
         'Demand letter workshop - practice packet', body,
         atts=[('Demand_Workshop_Practice_Packet.docx', make_docx(paras), DOCX)], dt=dt)


def train_6():
    dt = when()
    sample = {
        'order_id': 'sbx_ord_000123', 'environment': 'sandbox', 'status': 'fulfilled',
        'patient': {'first_name': 'Sandbox', 'last_name': 'Patient', 'dob': '1900-01-01', 'note': 'synthetic test record'},
        'facility': {'name': 'Sandbox General Hospital', 'facility_id': 'SBX-FAC-01'},
        'record_types': ['medical_records', 'itemized_billing'],
        'pages': 42, 'invoice': {'number': 'SBX-INV-0001', 'amount': 0.00},
        'download_url': 'https://sandbox-api.recordbridge.net/v2/orders/sbx_ord_000123/files',
    }
    body = f"""Hi Kelsey,

Your sandbox API credentials for the CaseTrack integration are active. The sandbox only returns synthetic records -- every patient in it is a generated test record (DOB 1900-01-01), so you can build and test freely.

  Base URL:  https://sandbox-api.recordbridge.net/v2
  Client ID: wbil-sandbox-{digits(4)}
  Key:       delivered separately through the developer portal

Example webhook payload for an order status change:

{json.dumps(sample, indent=2)}

Once your test suite passes (order create, status webhook, file download, invoice), request production access from the developer portal and we'll schedule a 30-minute go-live call.

Raj Menon
Integrations Engineer
RecordBridge Retrieval
developers@recordbridge.net"""
    emit('clean', 'training', '', ('Raj Menon', 'rmenon@recordbridge.net'), S('kelsey'),
         'RecordBridge API sandbox access + sample payload', body, dt=dt)


# ==========================================================================
# main
# ==========================================================================
PLAN = [
    ('phi', 'care', [care_1, care_2, care_3, care_4, care_5, care_6, care_7, care_8]),
    ('phi', 'ids', [ids_1, ids_2, ids_3, ids_4, ids_5, ids_6, ids_7, ids_8]),
    ('phi', 'lang', [lang_1, lang_2, lang_3, lang_4, lang_5, lang_6, lang_7, lang_8]),
    ('phi', 'lists', [lists_1, lists_2, lists_3, lists_4, lists_5, lists_6, lists_7]),
    ('phi', 'names', [names_1, names_2, names_3, names_4, names_5, names_6, names_7, names_8]),
    ('phi', 'self', [self_1, self_2, self_3, self_4, self_5, self_6, self_7]),
    ('phi', 'struct', [struct_1, struct_2, struct_3, struct_4, struct_5, struct_6, struct_7]),
    ('clean', 'admin', [admin_1, admin_2, admin_3, admin_4, admin_5, admin_6, admin_7]),
    ('clean', 'lookalike', [look_1, look_2, look_3, look_4, look_5, look_6, look_7]),
    ('clean', 'news', [news_1, news_2, news_3, news_4, news_5, news_6]),
    ('clean', 'staff', [staff_1, staff_2, staff_3, staff_4, staff_5, staff_6, staff_7]),
    ('clean', 'training', [train_1, train_2, train_3, train_4, train_5, train_6]),
]


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    for label, kind, fns in PLAN:
        for fn in fns:
            fn()
    with open(os.path.join(OUTDIR, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in ROWS:
            w.writerow(r)
    for label, kind, _ in PLAN:
        print(f'{label}-{kind}: {COUNTS.get((label, kind), 0)}')
    print(f'total: {len(ROWS)}')


if __name__ == '__main__':
    main()
