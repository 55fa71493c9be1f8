#!/usr/bin/env python3
"""Blind evaluation mail set: medical interpreting agency (Bridgeway Language Partners).
All people, organisations, numbers and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, zlib, struct, zipfile, random, html, datetime
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from email import policy

SEED = 11001
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
os.makedirs(OUT, exist_ok=True)

AG = 'bridgewaylp.com'
AGENCY = 'Bridgeway Language Partners'
AG_ADDR = '1420 Commerce Park Drive, Suite 210, Easton Ridge, PA 18045'
AG_MAIN = '(610) 555-0140'
AG_FAX = '(610) 555-0199'

# ---------------------------------------------------------------- people
STAFF = {
    'dana':    ('Dana Whitfield', 'Scheduling Coordinator', 'dwhitfield@' + AG, 'x204'),
    'priya':   ('Priya Raman', 'Senior Scheduler', 'praman@' + AG, 'x207'),
    'luis':    ('Luis Ocampo', 'Scheduler, After-Hours Desk', 'locampo@' + AG, 'x219'),
    'keisha':  ('Keisha Moore', 'Client Services Manager', 'kmoore@' + AG, 'x211'),
    'colleen': ('Colleen Brady', 'Director of Operations', 'cbrady@' + AG, 'x201'),
    'greg':    ('Gregory Asante', 'Executive Director', 'gasante@' + AG, 'x200'),
    'tamara':  ('Tamara Kessler', 'Billing & AR Specialist', 'tkessler@' + AG, 'x215'),
    'wendy':   ('Wendy Alcott', 'HR Generalist', 'walcott@' + AG, 'x222'),
    'sam':     ('Sam Rudnicki', 'IT Support', 'srudnicki@' + AG, 'x230'),
    'bea':     ('Beatriz Solano, CoreCHI', 'Quality & Training Lead', 'bsolano@' + AG, 'x226'),
}
INTERP = {
    'marisol': ('Marisol Vega', 'CHI-Spanish', 'marisol.vega.interp@example.net'),
    'hector':  ('Hector Salinas', 'CMI-Spanish', 'hsalinas@' + AG),
    'thanh':   ('Thanh Pham', 'Vietnamese, CoreCHI', 'thanhpham.lang@example.com'),
    'wei':     ('Wei Zhang', 'CHI-Mandarin / Cantonese', 'wzhang@' + AG),
    'olga':    ('Olga Berezina', 'CHI-Russian', 'olga.berezina@example.org'),
    'jr':      ('Jean-Robert Celestin', 'Haitian Creole, CoreCHI', 'jrcelestin@example.net'),
    'nadia':   ('Nadia Karim', 'CHI-Arabic', 'nkarim@' + AG),
    'ayaan':   ('Ayaan Mohamed', 'Somali, CoreCHI', 'ayaan.m.interprets@example.com'),
    'abdi_y':  ('Abdirahman Yusuf', 'Somali', 'a.yusuf@example.net'),
    'renata':  ('Renata Costa', 'CMI-Portuguese', 'renata.costa.pt@example.com'),
    'jiwoo':   ('Ji-woo Han', 'CMI-Korean', 'jhan@' + AG),
    'tomasz':  ('Tomasz Wojcik', 'Polish, CoreCHI', 'twojcik.interp@example.org'),
    'bashir':  ('Bashir Sultani', 'Dari/Farsi, CoreCHI', 'bsultani@' + AG),
    'sarah':   ('Sarah Lindqvist', 'NIC, ASL', 'slindqvist@' + AG),
    'ani':     ('Ani Grigoryan', 'Armenian', 'ani.grigoryan@example.net'),
    'paola':   ('Paola Ricci', 'Italian', 'paola.ricci.interp@example.com'),
    'li':      ('Li Na', 'CHI-Mandarin', 'lina.interp@example.org'),
}
CLIENT = {
    'ngfh': ('Northgate Family Health', 'northgatefh.org'),
    'sbmc': ('St. Brendan Medical Center', 'stbrendanmc.org'),
    'lvo':  ('Lakeview Oncology Associates', 'lakeviewonc.com'),
    'hcd':  ('Harbor County Dialysis', 'harborcountydialysis.net'),
    'rvp':  ('Riverside Pediatrics', 'riversidepeds.net'),
    'mvo':  ('Maple Valley Orthopedics & Physical Therapy', 'maplevalleyortho.com'),
}


def A(name, email):
    return str(Address(display_name=name, addr_spec=email))


def S(key):
    n, t, e, x = STAFF[key]
    return A(n.split(',')[0], e)


def I(key):
    n, c, e = INTERP[key]
    return A(n, e)


def sig(key, short=False):
    n, t, e, x = STAFF[key]
    if short:
        return f"{n.split(' ')[0]}\n{AGENCY} | {AG_MAIN} {x}"
    return (f"{n}\n{t}\n{AGENCY}\n{AG_ADDR}\nP {AG_MAIN} {x} | F {AG_FAX}\n{e} | www.{AG}")


def isig(key, phone=None):
    n, c, e = INTERP[key]
    s = f"{n}, {c}" if random.random() < 0.6 else n
    if phone:
        s += f"\n{phone}"
    return s


DISC_AG = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
           "of the intended recipient(s) and may contain confidential and privileged information. Any "
           "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
           "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")
DISC_SB = ("This message originated from St. Brendan Medical Center. It may contain information that is "
           "confidential and protected by law. If you received this message in error, notify the sender "
           "immediately and delete it. Do not forward without authorization.")
DISC_SHORT = "Confidential: intended only for the addressee. If received in error please delete and notify sender."
DISC_LV = ("Lakeview Oncology Associates | The information in this email is confidential. If you are not the "
           "intended recipient you may not use, copy or disclose it. Please notify us at (484) 555-0177.")


def disc():
    return random.choice([DISC_AG, DISC_AG, DISC_SHORT])


# ---------------------------------------------------------------- dates & numbers
def tzfor(d):
    dst = datetime.date(2024, 3, 10) <= d.date() < datetime.date(2024, 11, 3)
    return datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))


def rdate(start=(2024, 1, 3), span=300, hours=(7, 18), weekend_ok=False, maxwd=4):
    d = datetime.datetime(*start) + datetime.timedelta(days=random.randint(0, span))
    if not weekend_ok:
        while d.weekday() > maxwd:
            d += datetime.timedelta(days=1)
    d = d.replace(hour=random.randint(*hours), minute=random.randint(0, 59), second=random.randint(0, 59))
    return d.replace(tzinfo=tzfor(d))


def before(d, lo=0.3, hi=30):
    e = d - datetime.timedelta(minutes=random.randint(int(lo * 60), int(hi * 60)))
    return e.replace(tzinfo=tzfor(e.replace(tzinfo=None)))


def bday(d, lo=1, hi=10):
    """a future business day (date) after d"""
    x = d.date() + datetime.timedelta(days=random.randint(lo, hi))
    while x.weekday() > 4:
        x += datetime.timedelta(days=1)
    return x


def md(x):
    return f"{x.month}/{x.day}"


def mdy(x):
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def longd(x):
    return f"{x.strftime('%A, %B')} {x.day}"


def hm(h, m):
    ap = 'am' if h < 12 else 'pm'
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d}{ap}" if m else f"{hh}{ap}"


def rdob(lo=20, hi=88, ref=2024):
    y = ref - random.randint(lo, hi)
    return datetime.date(y, random.randint(1, 12), random.randint(1, 28))


def rphone(area=None):
    area = area or random.choice(['610', '484', '267', '215', '570'])
    return f"({area}) {random.randint(220, 989)}-{random.randint(0, 9999):04d}"


def rphone_dash(area=None):
    area = area or random.choice(['610', '484', '267', '215'])
    return f"{area}-{random.randint(220, 989)}-{random.randint(0, 9999):04d}"


def rmrn(n=8):
    return ''.join(random.choice('0123456789') for _ in range(n))


def rmbi():
    L = 'ACDEFGHJKMNPQRTUVWXY'
    AN = L + '0123456789'
    p = [random.choice('123456789'), random.choice(L), random.choice(AN), random.choice('0123456789'),
         random.choice(L), random.choice(AN), random.choice('0123456789'), random.choice(L),
         random.choice(L), random.choice('0123456789'), random.choice('0123456789')]
    return ''.join(p[:4]) + '-' + ''.join(p[4:7]) + '-' + ''.join(p[7:])


def rjob():
    return f"{random.randint(48000, 61999)}"


def mid(domain):
    return f"<{random.getrandbits(48):012x}.{random.getrandbits(32):08x}@{domain}>"


def dom(addr):
    return addr.split('@')[-1].rstrip('>')


# ---------------------------------------------------------------- quoting
def _tm(d):
    return d.strftime('%I:%M %p').lstrip('0')


def qgmail(text, name, email, d):
    hdr = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {_tm(d)} {name} <{email}> wrote:"
    body = "\n".join(("> " + l) if l else ">" for l in text.rstrip().splitlines())
    return hdr + "\n" + body


def qoutlook(text, frm, to, d, subj, cc=None):
    s = ("-----Original Message-----\n"
         f"From: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} {_tm(d)}\nTo: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subj}\n\n{text.rstrip()}"


def qfwd(text, frm, to, d, subj):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {d.strftime('%a, %b')} {d.day}, {d.year} at {_tm(d)}\n"
            f"Subject: {subj}\nTo: {to}\n\n{text.rstrip()}")


def qiphone(text, name, d):
    hdr = f"On {d.strftime('%b')} {d.day}, {d.year}, at {_tm(d)}, {name} wrote:"
    return hdr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip().splitlines())


# ---------------------------------------------------------------- attachments
FIXED_ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1'):
    x = html.escape
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{x(str(v))}</t></is></c>')
        out.append(f'<row r="{ri}">{"".join(cells)}</row>')
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(out)}</sheetData></worksheet>'),
    ]
    return _zip(files)


def docx(paragraphs):
    x = html.escape
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    ps = []
    for p in paragraphs:
        bold = p.startswith('**')
        t = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        ps.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{x(t)}</w:t></w:r></w:p>')
    files = [
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml', hdr + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         f'<w:body>{"".join(ps)}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'),
    ]
    return _zip(files)


def pdf(lines, size=10):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = f"BT /F1 {size} Tf 54 750 Td {size + 4} TL\n"
    content += ''.join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    cb = content.encode('latin-1', 'replace')
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += ''.join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w, h, fn):
    raw = b''.join(b'\x00' + bytes(c for xx in range(w) for c in fn(xx, yy)) for yy in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def logo_png():
    # teal banner with a white bridge arc
    W, H = 180, 48

    def f(x, y):
        cx, cy, r = 40, 52, 30
        dd = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
        if abs(dd - r) < 3 and y < 44:
            return (255, 255, 255)
        if 80 <= x <= 170 and 18 <= y <= 30 and (x // 6) % 2 == 0:
            return (220, 240, 238)
        return (0, 122, 120)
    return png(W, H, f)


def scan_png():
    # blank scanned page, light grey with faint border
    W, H = 170, 220

    def f(x, y):
        if x < 3 or y < 3 or x > W - 4 or y > H - 4:
            return (200, 200, 200)
        v = 246 + ((x * 7 + y * 13) % 5)
        return (v, v, v - 2)
    return png(W, H, f)


def ics(uid, start, end, summary, location, desc, organizer):
    def f(d):
        return d.strftime('%Y%m%dT%H%M%S')
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Bridgeway Language Partners//Scheduling//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{f(start)}Z",
             f"DTSTART;TZID=America/New_York:{f(start)}", f"DTEND;TZID=America/New_York:{f(end)}",
             f"SUMMARY:{summary}", f"LOCATION:{location}", "DESCRIPTION:" + desc.replace('\n', '\\n'),
             f"ORGANIZER:mailto:{organizer}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def csvtext(rows, delim=','):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# ---------------------------------------------------------------- message builder
def to_html(text):
    paras = text.strip().split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">\n'
            + '\n'.join(out) + '\n</div></body></html>\n')


MAILERS = ['Microsoft Outlook 16.0', 'Apple Mail (2.3774.500.171.1.1)', None, None, None]


def mk(frm, to, subject, body, date, cc=None, html_alt=False, html_body=None, atts=(), irt=None, extra=None,
       mailer='rand'):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid(dom(frm))
    if irt:
        ref = mid(dom(m['To'].split(',')[0]))
        m['In-Reply-To'] = ref
        m['References'] = ref
    if mailer == 'rand':
        mailer = random.choice(MAILERS)
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html_body is not None:
        m.add_alternative(html_body, subtype='html')
    elif html_alt:
        m.add_alternative(to_html(body), subtype='html')
    for fn, data, ctype in atts:
        mt, st = ctype.split('/')
        if isinstance(data, str) and mt == 'text':
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


ROWS = []
COUNT = {}
REGISTRY = []   # (label, kind, fn)


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


def save(label, kind, msg, patient=''):
    k = (label, kind)
    COUNT[k] = COUNT.get(k, 0) + 1
    name = f"{label}-{kind}-{COUNT[k]:03d}.eml"
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(msg.as_bytes(policy=policy.SMTP))
    ROWS.append((name, label, kind, patient))


# =====================================================================================
# PHI / care
# =====================================================================================
@reg('phi', 'care')
def care_cover_request():
    d = rdate(maxwd=3)
    ap = bday(d, 1, 1)
    pt_full, pt_given = random.choice([('Nguyen Thi Hoa', 'Hoa'), ('Tran Thi Mai', 'Mai')])
    daughter = random.choice(['Linh', 'Vy', 'Trang'])
    job = rjob()
    d0 = before(d, 1, 5)
    ask = (f"Hi Thanh,\n\nAny chance you can cover a 2:00 at Northgate Family Health tomorrow ({longd(ap)})? "
           f"It's Mrs. {pt_given} again ({pt_full}), the follow-up with Dr. Okafor. Her daughter {daughter} usually "
           f"comes with her but she's working this week so it'll just be Mrs. {pt_given}.\n\n"
           "She comes on the county ride van and it always drops her early, so if you can be in the lobby by 1:40 "
           "that would really help -- last time she sat in the wrong waiting room for half an hour. Check in at the "
           "2nd floor desk and ask for Jenna.\n\n"
           f"Job # {job}, booked 1.5 hr, on-site.\n\nThanks!!\n" + sig('dana', short=True))
    body = ("Yes I can take it. Same 2nd floor desk as before? I'll wait for her by the elevators downstairs, "
            "she knows me.\n\nThanh\n\nSent from my iPhone\n\n" + qgmail(ask, 'Dana Whitfield', STAFF['dana'][2], d0))
    m = mk(I('thanh'), S('dana'), f"Re: tomorrow 2pm Northgate - can you take it? (job {job})", body, d, irt=True,
           mailer='iPhone Mail (21E236)')
    return m, pt_full


@reg('phi', 'care')
def care_clinic_booking():
    d = rdate()
    ap = bday(d, 3, 12)
    pt = random.choice(['Jose Ramirez Castillo', 'Juan Carlos Mendoza', 'Efrain Solis Duarte'])
    dob = rdob(40, 75)
    h = random.choice([(9, 30), (10, 15), (13, 45)])
    body = (f"Good morning,\n\nPlease schedule an in-person Spanish interpreter for the following:\n\n"
            f"Patient: {pt}\nDOB: {mdy(dob)}\nDate: {longd(ap)} ({mdy(ap)})\nTime: {hm(*h)} (please arrive 15 min early)\n"
            f"Provider: Dr. Anjali Patel\nLocation: Northgate Family Health, 2nd floor, Suite 240\n"
            f"Visit type: follow-up, about 40 minutes\n\n"
            "Notes: Patient's wife will come with him. He asked for the same interpreter as last visit "
            "(Marisol) if she is available. He is coming straight from work so he may be a few minutes late, "
            "please wait for him.\n\n"
            "Please reply with the interpreter's name once confirmed.\n\n"
            "Thank you,\nJenna Morales\nFront Desk Supervisor\nNorthgate Family Health\n"
            "Phone (610) 555-0163 | Fax (610) 555-0168\n\n" + DISC_SHORT)
    m = mk(A('Jenna Morales', 'jmorales@northgatefh.org'), A('Bridgeway Scheduling', 'scheduling@' + AG),
           f"Interpreter request - Spanish - {md(ap)} {hm(*h)}", body, d, html_alt=True, mailer='Microsoft Outlook 16.0')
    return m, pt


@reg('phi', 'care')
def care_handover():
    d = rdate()
    start = bday(d, 2, 6)
    son = random.choice(['Farhan', 'Hassan', 'Mahad'])
    body = ("Salaam Abdirahman,\n\n"
            f"Thanks again for picking up Mr. Warsame's mornings while I'm away. Starting {longd(start)} it's you "
            "Mon/Wed/Fri at Harbor County Dialysis. A few things so it goes smooth:\n\n"
            "- Mr. Abdi Warsame. He gets dropped off by the county van around 6:40, sometimes earlier. "
            "Wait for him at the front, he doesn't like walking in alone.\n"
            "- He sits in chair 6 by the window. The techs are Rosa and Dwayne, both very nice.\n"
            "- He likes the tech to explain the numbers on the machine before they start, every time. Just "
            "interpret it, even if it's the same as Monday.\n"
            f"- His son {son} calls around 9 and wants to be put on speaker to talk to the nurse. That's ok, "
            "the charge nurse knows and it's in his chart that the son can get info.\n"
            "- First Wednesday of the month the doctor comes by. He prefers a male interpreter for that, which "
            "is why Priya wanted you.\n"
            "- He brings his own snack and tea. If they say no food today, he needs it explained slowly, he gets "
            "upset.\n\n"
            "Sessions are 3.5-4 hrs so bring something to read. Sign the verification sheet at the nurses "
            "station before you leave, not at the front desk.\n\n"
            "Call me if anything, I have my phone.\n\nAyaan\n" + INTERP['ayaan'][1])
    m = mk(I('ayaan'), I('abdi_y'), "handover - Mr. Warsame MWF mornings", body, d, cc=S('priya'))
    return m, 'Abdi Warsame'


@reg('phi', 'care')
def care_family_worry():
    d = rdate()
    ap = bday(d, 2, 5)
    dob = rdob(78, 86)
    ph = rphone('267')
    d0 = before(d, 2, 20)
    orig = (f"Hello,\n\nMy father Dmitri Volkov (born {mdy(dob)}) has appointment {longd(ap)} at 10:20 at St. Brendan, "
            "the heart clinic on 4 floor. Last time nobody came from interpreter and they used the phone on speaker and "
            "he could not hear well, he is hard of hearing and he left not understanding about his new pills. "
            "Please can you send a person who speaks Russian, not the phone.\n\n"
            "He will come with my husband Pavel because I work. My phone is " + ph + " if you need.\n\n"
            "Thank you very much,\nIrina Volkova")
    body = ("Hi Irina,\n\n"
            "Thank you for letting us know, and I'm sorry about last time. I called St. Brendan's scheduling this "
            f"morning and confirmed the {hm(10, 20)} appointment. Olga Berezina, one of our Russian interpreters, "
            "will be there in person and will meet your father and Pavel at the 4th floor check-in. I added a note "
            "that he is hard of hearing and needs to go over his medications again.\n\n"
            "If anything changes please call me directly.\n\nWarm regards,\n" + sig('keisha') + "\n\n"
            + qgmail(orig, 'Irina Volkova', 'irina.volkova@example.net', d0))
    m = mk(S('keisha'), A('Irina Volkova', 'irina.volkova@example.net'),
           "Re: interpreter for my father appointment please", body, d, cc=S('dana'), irt=True, html_alt=True)
    return m, 'Dmitri Volkov'


@reg('phi', 'care')
def care_noshow():
    d = rdate(hours=(10, 12))
    job = rjob()
    pt = random.choice(['Ana Lucia Ferreira', 'Maria das Gracas Lima'])
    re_ap = bday(d, 5, 14)
    body = (f"Hi Dana, no show for job {job}.\n\n"
            f"{pt} did not show for her 10:15 at Lakeview Oncology. I waited until 10:50. Renee at the front desk "
            "called her cell twice, no answer, and the husband's number goes to voicemail. They rescheduled her for "
            f"{longd(re_ap)} at 10:00 and said she will need Portuguese again, can you put me on it?\n\n"
            "Signed the verification form w/ Renee, photo attached. Bill the 2 hr minimum?\n\n"
            "Renata\n\nSent from my iPhone")
    form = pdf([
        "BRIDGEWAY LANGUAGE PARTNERS - INTERPRETER VERIFICATION FORM",
        "",
        f"Job #: {job}         Language: Portuguese (Brazil)       Mode: On-site",
        f"Facility: Lakeview Oncology Associates      Date: {mdy(d.date())}",
        f"Patient name: {pt}",
        "Scheduled: 10:15      Arrived: 10:02      Released: 10:50",
        "Outcome: [X] Patient no-show   [ ] Completed   [ ] Cancelled on arrival",
        "Clinic staff signature: R. Castellano",
        "Interpreter: Renata Costa, CMI",
    ])
    m = mk(I('renata'), S('dana'), f"No show - Lakeview 10:15 - job {job}", body, d,
           atts=[(f"verification_{job}.pdf", form, 'application/pdf')], mailer='iPhone Mail (21D61)')
    return m, pt


@reg('phi', 'care')
def care_vri_drop():
    d = rdate()
    fu = bday(d, 3, 7)
    room = random.choice(['312', '318', '327'])
    body = ("Hello,\n\n"
            f"Wanted to flag this. The video interpreter dropped twice this afternoon while we were going over "
            f"discharge paperwork with Mr. Kim in 3 West rm {room} (Sung-ho Kim). Korean. We were in the middle "
            "of the medication schedule and the follow-up appointment. Second time we waited about 6 minutes "
            "for a reconnect, cart said 'poor network'. His wife had to leave to get the car so we finished "
            "on the phone line, which was fine but not ideal for going over the pill times.\n\n"
            f"Can you please send an in-person Korean interpreter for his follow up at the clinic on "
            f"{longd(fu)} at 1:00pm? I put the request in the portal as well but wanted to make sure somebody "
            "sees it. He'll have his wife with him again.\n\n"
            "Also fyi the cart is VRI-07, IT ticket already put in on our side.\n\n"
            "Thanks,\nKevin O'Rourke, RN\nCharge Nurse, 3 West\nSt. Brendan Medical Center\nUnit (215) 555-0132\n\n"
            + DISC_SB)
    m = mk(A("Kevin O'Rourke, RN", 'korourke@stbrendanmc.org'), A('Bridgeway VRI Support', 'vri-support@' + AG),
           f"VRI dropped during discharge 3W rm {room} - need in-person for f/u", body, d,
           cc=A('Hollis Grant', 'hgrant@stbrendanmc.org'), mailer='Microsoft Outlook 16.0')
    return m, 'Sung-ho Kim'


@reg('phi', 'care')
def care_opi_threeway():
    d = rdate()
    pt = random.choice(['Fatima Haidari', 'Zarghuna Haidari'])
    ph = rphone('484')
    body = ("Hi there,\n\n"
            "Can your phone line set up a three-way call tomorrow around 11? Dari please.\n\n"
            f"I need to call {pt} to walk her through picking up her refills at the new pharmacy (she used to go "
            "to the one on Main St, it closed) and how to use the weekly pill box we gave her at her last visit. "
            f"Her cell is {ph}. She doesn't check voicemail so if she doesn't pick up, the interpreter should stay on "
            "while I try one more time. Her nephew sometimes answers, she's ok with him being on the call.\n\n"
            "Should take 20 min max. Bill to Northgate cost center 4410 as usual.\n\n"
            "Thanks so much,\nMegan Hollister, PharmD\nCare Coordination | Northgate Family Health\n(610) 555-0171")
    m = mk(A('Megan Hollister', 'mhollister@northgatefh.org'), A('Bridgeway OPI Desk', 'opi@' + AG),
           "3-way call tomorrow ~11am, Dari", body, d)
    return m, pt


@reg('phi', 'care')
def care_standing_fwd():
    d = rdate()
    d0 = before(d, 3, 30)
    st = bday(d, 4, 9)
    inner = ("Hi Bridgeway team,\n\n"
             "We'd like to set up a standing Haitian Creole interpreter for physical therapy visits for Wilner Dorvil, "
             f"Tues/Thurs 8:00am, 8 weeks starting {longd(st)}. Each visit is 45-60 min with Jake (PT) at our "
             "Route 22 location.\n\n"
             "He's getting back to using his right hand after the surgery and the home exercises are the important "
             "part, so an interpreter who can stay a few extra minutes to go over the handout would be great. "
             "His wife drives him and usually waits in the car.\n\n"
             "Thanks!\nTricia Dunn\nPatient Scheduling, Maple Valley Orthopedics & Physical Therapy\n(484) 555-0120 ext 3")
    body = ("JR -- see below, can you take these? Tue/Thu 8:00, 8 weeks. Let me know by EOD and I'll lock them in "
            "so nobody else grabs them.\n\nP.\n\n"
            + qfwd(inner, A('Tricia Dunn', 'tdunn@maplevalleyortho.com'), A('Bridgeway Scheduling', 'scheduling@' + AG),
                   d0, 'standing request - Tues/Thurs PT'))
    m = mk(S('priya'), I('jr'), "FW: standing request - Tues/Thurs PT", body, d)
    return m, 'Wilner Dorvil'


# =====================================================================================
# PHI / ids
# =====================================================================================
@reg('phi', 'ids')
def ids_invoice_dispute():
    d = rdate()
    d0 = before(d, 20, 60)
    inv = f"INV-24-{random.randint(1100, 1999)}"
    mrn = '00' + rmrn(7)
    dos = d.date() - datetime.timedelta(days=random.randint(20, 40))
    orig = (f"Hi,\n\nWe are disputing line 14 on invoice {inv}:\n\n"
            f"  MRN {mrn}   DOS {mdy(dos)}   Spanish   On-site   2.0 hrs   $130.00\n\n"
            "Our system shows this orthopedic clinic encounter was cancelled that morning. Please issue a credit or "
            "send the interpreter's signed verification form.\n\nThanks,\nDarlene Fisk\nAccounts Payable\n"
            "St. Brendan Medical Center\n(215) 555-0190")
    body = ("Hi Darlene,\n\n"
            f"I checked line 14. The clinic's cancellation came in at 8:52 for a 9:00 appointment, so it falls inside "
            "the 24-hour window and per section 4.2 of the agreement the 2-hour minimum applies. Hector was already "
            "on site (badge-in 8:41). The signed verification form is attached.\n\n"
            "Let me know if you still want to dispute it and I'll loop in Keisha.\n\n"
            "Thanks,\n" + sig('tamara') + "\n\n" + disc() + "\n\n"
            + qoutlook(orig, 'Fisk, Darlene <dfisk@stbrendanmc.org>', 'billing@' + AG, d0, f"Invoice {inv} - disputed line"))
    form = pdf(["INTERPRETER VERIFICATION FORM - Bridgeway Language Partners", "",
                f"MRN: {mrn}     Pt initials: R.G.     DOS: {mdy(dos)}",
                "Dept: Orthopedic Clinic, 5th fl", "Interpreter: Hector Salinas, CMI    Language: Spanish",
                "Arrived 08:41   Notified of cancellation 08:52   Released 09:05",
                "Staff signature: L. Moran, PSR"])
    m = mk(A('Tamara Kessler', 'billing@' + AG), A('Darlene Fisk', 'dfisk@stbrendanmc.org'),
           f"RE: Invoice {inv} - disputed line", body, d, irt=True,
           atts=[(f"{inv}_line14_verification.pdf", form, 'application/pdf')], mailer='Microsoft Outlook 16.0')
    return m, ''


@reg('phi', 'ids')
def ids_medicaid_denial():
    d = rdate()
    clm = f"{d.year}{random.randint(100, 365):03d}{rmrn(8)}"
    mem = f"CB{rmrn(9)}"
    dob = rdob(25, 45)
    dos = d.date() - datetime.timedelta(days=random.randint(30, 70))
    body = ("Hello Provider Relations,\n\n"
            f"We received a denial on claim {clm} (CARC 16 / RARC N290 - missing rendering provider). Details:\n\n"
            f"Member ID: {mem}\nDOB: {mdy(dob)}\nDOS: {mdy(dos)}\nHCPCS: T1013 x 4 units (interpreter services, "
            "on-site, OB visit at Northgate Family Health)\nBilled: $88.00\n\n"
            "Our 837P has the agency NPI in loop 2010AA and we don't have individual NPIs for interpreters. The "
            "provider manual says T1013 is billed under the group. Can you tell me which loop you need populated, "
            "or whether this needs to be reprocessed on your side?\n\nThank you,\n" + sig('tamara'))
    m = mk(S('tamara'), A('CBHP Provider Relations', 'providerrelations@cbhealthplan.org'),
           f"Claim {clm} denied CARC 16 - T1013", body, d)
    return m, ''


@reg('phi', 'ids')
def ids_auto_confirm():
    d = rdate()
    ap = bday(d, 2, 8)
    job = rjob()
    mrn = rmrn(8)
    dob = rdob(2, 6)
    first = random.choice(['Mateo', 'Mia', 'Santiago'])
    pt = f"{first[0]}. Castillo"
    t = random.choice(['9:20 AM', '10:40 AM', '2:00 PM'])
    text = (f"Assignment confirmed\n\nJob #: J-{job}\nInterpreter: Marisol Vega (Spanish)\nMode: On-site\n"
            f"Date/Time: {longd(ap)}, {ap.year} {t}  (est. 60 min)\n"
            "Location: Riverside Pediatrics, 88 Orchard Lane, Suite B\n"
            f"Patient: {pt}\nMRN: {mrn}\nDOB: {mdy(dob)}\nVisit: Well child visit + vaccines\n"
            "Contact on site: Alyssa Chen, Office Manager\n\n"
            "Please arrive 10 minutes early and have the verification form signed before you leave.\n"
            "To decline or report a problem reply to this email or call the desk at (610) 555-0140.\n\n"
            "-- InterpretTrack notification. Do not reply-all.")
    rows = ''.join(f"<tr><td style='padding:3px 10px;color:#555'>{html.escape(k)}</td><td style='padding:3px 10px'><b>{html.escape(v)}</b></td></tr>"
                   for k, v in [('Job #', f'J-{job}'), ('Mode', 'On-site'), ('Date/Time', f"{longd(ap)}, {ap.year} {t}"),
                                ('Location', 'Riverside Pediatrics, 88 Orchard Lane, Suite B'), ('Patient', pt),
                                ('MRN', mrn), ('DOB', mdy(dob)), ('Visit', 'Well child visit + vaccines')])
    hb = ("<html><body style='font-family:Arial'><div style='background:#007a78;color:#fff;padding:8px'>"
          "Bridgeway Language Partners &mdash; Assignment confirmed</div><table>" + rows +
          "</table><p style='font-size:9pt;color:#777'>InterpretTrack notification. Do not reply-all.</p></body></html>")
    m = mk(A('InterpretTrack', 'noreply@' + AG), I('marisol'), f"Assignment confirmed: J-{job} {md(ap)} Riverside Pediatrics",
           text, d, html_body=hb, mailer=None, extra={'Auto-Submitted': 'auto-generated'})
    return m, pt


@reg('phi', 'ids')
def ids_acct_short():
    d = rdate()
    d0 = before(d, 1, 4)
    acct = rmrn(7)
    dos = d.date() - datetime.timedelta(days=random.randint(8, 25))
    orig = (f"for acct {acct} - her {md(dos)} visit, did the interpreter sign the encounter sheet? we can't find it and "
            "the payer is asking for it for the prenatal bundle. thx\n\nJenna")
    body = (f"Found it -- Hector had that one, 9:40 to 10:35. Scanning it over now, should be in your inbox in 5 min.\n\n"
            "Priya\n\n" + qgmail(orig, 'Jenna Morales', 'jmorales@northgatefh.org', d0))
    m = mk(S('priya'), A('Jenna Morales', 'jmorales@northgatefh.org'), f"Re: acct {acct} encounter sheet", body, d, irt=True)
    return m, ''


@reg('phi', 'ids')
def ids_workcomp():
    d = rdate()
    ap = bday(d, 6, 14)
    clm = f"WC-24-{random.randint(110000, 119999)}"
    dob = rdob(35, 58)
    body = ("Good afternoon,\n\n"
            "Please schedule an in-person Polish interpreter for an independent medical exam:\n\n"
            f"Claimant: K. Nowak\nClaim #: {clm}\nDOB: {mdy(dob)}\nDate of injury: 01/{random.randint(10, 28)}/2024\n"
            f"Exam: {longd(ap)} at 1:30 PM (allow 2 hours)\nExaminer: Dr. Raymond Voss\n"
            "Location: Maple Valley Orthopedics, 2200 Hamilton Blvd, 3rd floor\n\n"
            "Bill to Granite Mutual Insurance, attn: Claims, and reference the claim number on the invoice or it will "
            "be returned. Please confirm by email.\n\n"
            "Regards,\nStephanie Ruiz\nSr. Claims Adjuster, Workers' Compensation\nGranite Mutual Insurance\n"
            "Direct (570) 555-0148 | Fax (570) 555-0149")
    m = mk(A('Stephanie Ruiz', 'sruiz@granitemutual.com'), A('Bridgeway Scheduling', 'scheduling@' + AG),
           f"IME interpreter request - Claim {clm}", body, d, mailer='Microsoft Outlook 16.0')
    return m, 'K. Nowak'


@reg('phi', 'ids')
def ids_subject_only():
    d = rdate()
    ap = bday(d, 1, 5)
    mrn = rmrn(8)
    body = random.choice(["Cantonese please. onsite. pt is an add-on, 30 min. thx\n-K",
                          "cantonese pls, in person, 30 min. will be in Imaging waiting area B.\n-K"])
    m = mk(A('Kim Tran', 'ktran@stbrendanmc.org'), A('Bridgeway Scheduling', 'scheduling@' + AG),
           f"MRN {mrn} - interp needed {md(ap)} 1030 radiology", body, d, mailer=None)
    return m, ''


@reg('phi', 'ids')
def ids_auth():
    d = rdate()
    auth = f"UM{rmrn(9)}"
    sub = f"XJH{rmrn(9)}"
    s = d.date() + datetime.timedelta(days=3)
    e = s + datetime.timedelta(days=90)
    body = ("AUTHORIZATION DETERMINATION - APPROVED\n\n"
            f"Authorization #: {auth}\nSubscriber ID: {sub}   Member suffix: 02\n"
            "Service: HCPCS T1013 - Sign language or oral interpretive services, per 15 min\n"
            f"Units approved: 12   Effective: {mdy(s)} - {mdy(e)}\n"
            "Servicing provider: Bridgeway Language Partners, LLC   NPI 1487093326\n"
            "Associated services: prenatal visits, Northgate Family Health\n\n"
            "This approval is not a guarantee of payment. Claims must include the authorization number in "
            "loop 2300 REF*G1.\n\n"
            "Commonwealth Bridge Health Plan - Utilization Management\nPhone (800) 555-0110  Fax (800) 555-0111\n"
            "This is a system-generated message.")
    m = mk(A('CBHP Utilization Management', 'um-notices@cbhealthplan.org'), A('Bridgeway Billing', 'billing@' + AG),
           f"Auth {auth} approved - T1013", body, d, mailer=None, extra={'Auto-Submitted': 'auto-generated'})
    return m, ''


@reg('phi', 'ids')
def ids_hospice_mbi():
    d = rdate()
    ap = bday(d, 1, 3)
    pid = f"EH-{random.randint(40000, 49999)}"
    mbi = rmbi()
    addr = f"{random.randint(300, 4900)} Linden St, Apt {random.randint(1, 4)}{random.choice('ABC')}, Easton Ridge"
    body = ("Hi Keisha,\n\n"
            f"We have an admission visit {longd(ap)} at 2pm and need an Arabic interpreter in the home, about 90 min. "
            "Family asked for a female interpreter if possible.\n\n"
            f"Ref: Patient ID {pid} / MBI {mbi}\nAddress: {addr}\n"
            "Park on the street, ring bell #2. Nurse on the visit is Carol Jennings, RN.\n\n"
            "I'm out of the office so I don't have the full face sheet on my phone -- will upload to the portal when I'm "
            "back. Please bill under our hospice contract.\n\n"
            "Thanks,\nMichelle\n\nMichelle Obi, LSW | Intake Coordinator | Evergreen Hospice & Palliative Care\n"
            "(610) 555-0186\n\nSent from my mobile device")
    m = mk(A('Michelle Obi', 'mobi@evergreenhospicecare.org'), S('keisha'),
           f"Arabic interp - home admission {md(ap)} 2pm", body, d, mailer=None)
    return m, ''

# =====================================================================================
# PHI / lang
# =====================================================================================
RU_MON = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
          'ноября', 'декабря']
HT_MON = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm']
HT_DAY = ['lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi', 'dimanch']
KO_DAY = ['월', '화', '수', '목', '금', '토', '일']
ES_DAY = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
ES_MON = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
          'noviembre', 'diciembre']


@reg('phi', 'lang')
def lang_spanish():
    d = rdate()
    d0 = before(d, 2, 20)
    ap = bday(d, 3, 8)
    ph = rphone_dash('610')
    when = f"{ES_DAY[ap.weekday()]} {ap.day} de {ES_MON[ap.month - 1]}"
    orig = ("Buenos días,\n\n"
            f"Me llamo Rosa Villalobos, tengo cita con la doctora Patel en Northgate el {when} a las 10:30 para "
            "mis análisis de sangre y la revisión del azúcar. La última vez la intérprete llegó tarde y la doctora "
            "ya había pasado con otra paciente, y tuve que esperar casi una hora.\n\n"
            "¿Me pueden confirmar que va a ir alguien? Si puede ser la señora Marisol mejor, ella me explica muy "
            f"bien lo de la insulina.\n\nMi número es {ph}.\n\nGracias,\nRosa")
    body = ("Buenos días Sra. Villalobos,\n\n"
            f"Gracias por escribirnos. Le confirmo que tenemos una intérprete asignada para su cita del {when} a "
            "las 10:30 en Northgate Family Health. Marisol Vega no está disponible ese día, pero irá Hector Salinas, "
            "que también trabaja mucho con la clínica. Él va a estar en la sala de espera del segundo piso a las "
            "10:15.\n\n"
            "Le recomiendo llegar 15 minutos antes porque le van a sacar sangre primero. Si tiene algún problema "
            f"ese día puede llamarnos al {AG_MAIN}.\n\n"
            "Saludos cordiales,\nLuis Ocampo\nCoordinador de citas | " + AGENCY + "\n\n"
            + qgmail(orig, 'Rosa Villalobos', 'rosavillalobos72@example.com', d0))
    m = mk(S('luis'), A('Rosa Villalobos', 'rosavillalobos72@example.com'), "Re: cita con intérprete", body, d, irt=True)
    return m, 'Rosa Villalobos'


@reg('phi', 'lang')
def lang_vietnamese():
    d = rdate()
    d0 = before(d, 1, 10)
    ap = bday(d, 4, 12)
    ph = rphone('267')
    inner = ("Chào chị Thanh,\n\n"
             "Em là Hùng, con trai của bà Lê Thị Lan. Mẹ em có hẹn tái khám mắt vào ngày "
             f"{ap.day}/{ap.month} lúc 9 giờ sáng ở bệnh viện St. Brendan, phòng khám mắt tầng 2. Mẹ em mới mổ "
             "mắt trái tháng trước nên vẫn chưa đọc được giấy tờ, lần này bác sĩ sẽ hướng dẫn cách nhỏ thuốc "
             "mắt mới.\n\n"
             "Lần trước có chị đi cùng nên mẹ em thấy yên tâm lắm. Chị có thể đi lần này được không ạ? Nếu được "
             "chị báo công ty giúp em nhé. Hôm đó em phải đi làm nên em gái em là Ngọc sẽ chở mẹ đi.\n\n"
             f"Số điện thoại của em: {ph}\n\nCảm ơn chị nhiều.\nHùng")
    body = (f"Dana - son is asking for me for his mom's eye appt at St. Brendan {md(ap)} 9am. If the clinic "
            "sends the request can you book me? Thanks\n\nThanh\n\n"
            + qfwd(inner, A('Hung Le', 'hung.le.family@example.net'), I('thanh'), d0, 'Hẹn khám mắt của mẹ em'))
    m = mk(I('thanh'), S('dana'), "Fwd: Hẹn khám mắt của mẹ em", body, d)
    return m, 'Lê Thị Lan (Le Thi Lan)'


@reg('phi', 'lang')
def lang_chinese():
    d = rdate(maxwd=3)
    ap = bday(d, 1, 1)
    ph = rphone('215')
    body = ("李老师，您好！\n\n"
            f"明天（{ap.month}月{ap.day}日）上午我临时有事，湖景肿瘤中心（Lakeview Oncology）陈美玲女士的那个预约想请您帮忙代一下。"
            "时间是上午9点，预计3个小时左右。\n\n"
            "几点需要注意：\n"
            "1. 她每次都要先抽血，然后等结果大概一个小时，结果出来后医生才决定当天能不能输液。\n"
            "2. 她听普通话没问题，但她女儿更习惯说广东话，如果女儿在场可能会用广东话问问题。\n"
            "3. 她比较怕冷，输液的时候护士会给毯子，她不好意思开口要，您可以提醒一下护士。\n"
            "4. 医生上次说要调整止吐药的剂量，明天可能会讲新的用法，请慢一点翻。\n\n"
            "签到在二楼前台，找Renee。核实单记得让护士签字。\n\n"
            "我已经跟Dana说了，她会在系统里把任务转给您。谢谢您！\n\n"
            f"张伟\n{ph}")
    m = mk(I('wei'), I('li'), f"明天上午湖景的预约（陈美玲）", body, d, cc=S('dana'))
    return m, 'Chen Meiling (陈美玲)'


@reg('phi', 'lang')
def lang_russian():
    d = rdate()
    ap = bday(d, 5, 14)
    dob = rdob(70, 82)
    ph = rphone('267')
    body = ("Здравствуйте!\n\n"
            f"Меня зовут Галина Сорокина, дата рождения {dob.day:02d}.{dob.month:02d}.{dob.year}. У меня приём у "
            f"кардиолога {ap.day} {RU_MON[ap.month - 1]} в 14:00 в больнице Сент-Брендан (St. Brendan), 4 этаж. "
            "Мне нужен переводчик с русского, лучше Ольга, она была со мной в прошлый раз и всё очень хорошо "
            "объяснила.\n\n"
            "Пожалуйста, не по телефону и не по видео — я плохо слышу, и в прошлый раз на планшете я почти ничего "
            "не поняла. Врач будет говорить про результаты холтера и про новые таблетки, мне важно всё понять.\n\n"
            f"Подтвердите, пожалуйста, по почте или по телефону {ph}. Звоните после 10 утра.\n\n"
            "С уважением,\nГалина Сорокина")
    m = mk(A('Galina Sorokina', 'g.sorokina1951@example.org'), A('Bridgeway Language Partners', 'info@' + AG),
           "Переводчик на приём к кардиологу", body, d, mailer=None)
    return m, 'Galina Sorokina'


@reg('phi', 'lang')
def lang_creole():
    d = rdate()
    ap = bday(d, 4, 10)
    ph = rphone('484')
    body = ("Bonjou,\n\n"
            "Mwen rele Stanley Pierre-Louis, mwen se pitit gason Marie-Claude Pierre-Louis. Manman m gen yon "
            f"randevou {HT_DAY[ap.weekday()]} {ap.day} {HT_MON[ap.month - 1]} a 9è nan maten nan Northgate Family "
            "Health ak Dr. Patel, pou doktè a gade tansyon li epi chanje kèk grenn medikaman.\n\n"
            "Dènye fwa a pa t gen entèprèt, yo te itilize yon telefòn e manman m pa t konprann anyen sa doktè a te "
            "di. Li te tounen lakay li san li pa konnen kilè pou l pran grenn yo. Tanpri voye yon moun ki pale "
            "kreyòl ki ka vin la an pèsòn.\n\n"
            "Mwen p ap ka la jou sa a paske m ap travay, se matant mwen Yolande k ap mennen l.\n\n"
            f"Si nou bezwen rele m: {ph}\n\nMèsi anpil,\nStanley\n\nVoye soti nan telefòn mwen")
    m = mk(A('Stanley Pierre-Louis', 'stanleypl@example.com'), A('Bridgeway Language Partners', 'info@' + AG),
           "Entèprèt kreyòl pou manman m", body, d, mailer=None)
    return m, 'Marie-Claude Pierre-Louis'


@reg('phi', 'lang')
def lang_arabic():
    d = rdate()
    ap = bday(d, 4, 10)
    ph = rphone_dash('610')
    body = ("السلام عليكم،\n\n"
            "أنا سميرة ناصر، عندي موعد مع طبيبة النساء في عيادة نورثغيت (Northgate Family Health) "
            f"يوم {ap.day}/{ap.month} الساعة الحادية عشرة صباحاً، وهو موعد متابعة الحمل (الشهر السادس).\n\n"
            "أرجو أن تكون المترجمة امرأة، لأن الفحص فيه أمور خاصة ولا أرتاح مع مترجم رجل. المرة الماضية كانت "
            "الأخت نادية وكانت ممتازة، إذا كانت متوفرة أفضّلها.\n\n"
            "زوجي لن يستطيع الحضور بسبب العمل، وسآتي مع ابنتي الصغيرة، هل هذا مسموح؟\n\n"
            f"رقم هاتفي: {ph}\n\nشكراً جزيلاً،\nسميرة ناصر")
    m = mk(A('Samira Nasser', 'samira.nasser88@example.net'), A('Bridgeway Language Partners', 'info@' + AG),
           "طلب مترجمة لموعد المتابعة", body, d, mailer=None)
    return m, 'Samira Nasser'


@reg('phi', 'lang')
def lang_portuguese():
    d = rdate()
    d0 = before(d, 1, 20)
    ap = bday(d, 5, 12)
    ph = rphone('484')
    mrn = rmrn(7)
    inner = ("Oi Renata, tudo bem?\n\n"
             "Aqui é o João Batista, você foi comigo no ortopedista em março, lembra? Minha consulta de retorno foi "
             f"remarcada para o dia {ap.day}/{ap.month} às 14h, por causa do meu joelho que ainda está inchado "
             "depois da cirurgia. O médico quer ver se vou precisar de mais fisioterapia.\n\n"
             "Você pode ir comigo de novo? Da última vez eu entendi tudo com você, pelo telefone é muito difícil. "
             "Minha esposa vai me levar de carro.\n\n"
             f"Se precisar falar com a clínica, o número do meu prontuário é {mrn} (está no papel que me deram).\n\n"
             f"Um abraço e obrigado,\nJoão Batista Souza\n{ph}")
    body = (f"Dana - patient asking for me for his ortho f/u at Maple Valley {md(ap)}, 2pm. Can you book me if the "
            "clinic sends the request? Thx\nR\n\n"
            + qfwd(inner, A('João Batista Souza', 'jbsouza.pa@example.com'), I('renata'), d0, 'consulta dia ' + f"{ap.day}/{ap.month}"))
    m = mk(I('renata'), S('dana'), f"Fwd: consulta dia {ap.day}/{ap.month}", body, d)
    return m, 'João Batista Souza'


@reg('phi', 'lang')
def lang_korean():
    d = rdate()
    ap = bday(d, 5, 9)
    ph = rphone('215')
    body = ("한지우 선생님께,\n\n"
            "안녕하세요. 저는 박미경 씨의 딸 이수진입니다. 지난번 어머니 진료 때 통역해 주셔서 정말 감사했습니다.\n\n"
            f"어머니께서 다음 주 {KO_DAY[ap.weekday()]}요일({ap.month}월 {ap.day}일) 오후 2시에 레이크뷰 종양 센터"
            "(Lakeview Oncology)에서 진료가 있습니다. 이번에 담당 선생님께서 지난주 CT 결과를 설명해 주시고 다음 "
            "치료 일정을 정한다고 하셔서, 가능하면 선생님께서 다시 통역해 주시면 좋겠습니다. 어머니께서 선생님을 "
            "편하게 생각하세요.\n\n"
            "저는 회사 때문에 3시쯤 도착할 것 같습니다. 혹시 제가 늦으면 어머니 옆에 계셔 주실 수 있을까요?\n\n"
            "에이전시에도 따로 요청을 넣었습니다. 확인 부탁드립니다.\n\n"
            f"감사합니다.\n이수진 드림\n{ph}")
    m = mk(A('이수진', 'sujin.lee.pa@example.com'), I('jiwoo'), "어머니 진료 통역 부탁드립니다", body, d, mailer=None)
    return m, 'Park Mi-kyung (박미경)'


# =====================================================================================
# PHI / lists
# =====================================================================================
POOL = {
    'Spanish': ['Guadalupe Ortiz', 'Maria Elena Gutierrez', 'Rafael Quintero', 'Yesenia Hernandez', 'Carmen Ibarra',
                'Luis Alberto Paredes', 'Ernesto Cabrera', 'Dulce Maria Reyes'],
    'Vietnamese': ['Tran Van Minh', 'Pham Quoc Bao', 'Do Thi Thu', 'Vo Thanh Long'],
    'Mandarin': ['Zhao Hui', 'Huang Jianping', 'Sun Lihua'],
    'Cantonese': ['Wong Siu Fong', 'Lau Kwok Wai'],
    'Russian': ['Valentina Kuzmina', 'Boris Melnik', 'Lyudmila Orlova'],
    'Haitian Creole': ['Rosemond Jean-Baptiste', 'Nadege Auguste', 'Fritzner Joseph'],
    'Arabic': ['Khalid Mansour', 'Huda Saleh', 'Rania Aboud'],
    'Somali': ['Hodan Farah', 'Sahra Ismail', 'Mohamed Jama', 'Faadumo Aden'],
    'Portuguese': ['Cleide Nascimento', 'Edson Moreira'],
    'Korean': ['Choi Young-soo', 'Kang Eun-ji'],
    'Polish': ['Zbigniew Kowalczyk', 'Halina Mazur'],
    'Dari': ['Ahmad Noori', 'Gul Ahmad Stanikzai', 'Shukria Rahimi'],
    'Nepali': ['Dil Maya Gurung', 'Bhim Bahadur Rai'],
    'ASL': ['Denise Hargrove', 'Marcus Tillery'],
}
INT_FOR = {'Spanish': ['Marisol Vega', 'Hector Salinas'], 'Vietnamese': ['Thanh Pham'], 'Mandarin': ['Wei Zhang', 'Li Na'],
           'Cantonese': ['Wei Zhang'], 'Russian': ['Olga Berezina'], 'Haitian Creole': ['Jean-Robert Celestin'],
           'Arabic': ['Nadia Karim'], 'Somali': ['Ayaan Mohamed', 'Abdirahman Yusuf'], 'Portuguese': ['Renata Costa'],
           'Korean': ['Ji-woo Han'], 'Polish': ['Tomasz Wojcik'], 'Dari': ['Bashir Sultani'], 'Nepali': ['(sub) Pema Sherpa'],
           'ASL': ['Sarah Lindqvist']}


def pick_pts(n, langs=None):
    langs = langs or list(POOL)
    out, used = [], set()
    while len(out) < n:
        lg = random.choice(langs)
        p = random.choice(POOL[lg])
        if p in used:
            continue
        used.add(p)
        out.append((p, lg))
    return out


@reg('phi', 'lists')
def lists_pipe_schedule():
    d = rdate(hours=(15, 18), maxwd=3)
    day = bday(d, 1, 1)
    pts = pick_pts(8)
    sitenotes = [('St. Brendan 3W', 'discharge'), ('St. Brendan 3W', 'family mtg w/ SW'),
                 ('St. Brendan ED', 'call desk on arrival'), ('Northgate FH', 'f/u'), ('Northgate FH', 'new pt, allow extra time'),
                 ('Northgate FH', 'OB visit, female interp requested'), ('Lakeview Onc', 'infusion ~3h'),
                 ('Lakeview Onc', 'f/u w/ Dr. Feld'), ('Harbor Co Dialysis', 'put-on only, 45 min'),
                 ('Maple Valley PT', 'PT eval'), ('St. Brendan Endo', 'pre-procedure consent'),
                 ('St. Brendan PAT', 'pre-op teaching'), ('Northgate FH', 'wheelchair, meet at entrance'),
                 ('Lakeview Onc', 'same interp as last time pls')]
    times = sorted(random.sample([(7, 30), (8, 0), (8, 45), (9, 15), (10, 0), (10, 30), (11, 15), (13, 0), (13, 30),
                                  (14, 15), (15, 0)], 8))
    lines = [f"{'Time':<7}| {'Site':<19}| {'Patient':<24}| {'Lang':<15}| {'Interpreter':<21}| Notes",
             "-" * 7 + "+" + "-" * 20 + "+" + "-" * 25 + "+" + "-" * 16 + "+" + "-" * 22 + "+" + "-" * 26]
    for (p, lg), t in zip(pts, times):
        it = random.choice(INT_FOR[lg])
        site, note = random.choice(sitenotes)
        lines.append(f"{hm(*t):<7}| {site:<19}| {p:<24}| {lg:<15}| {it:<21}| {note}")
    body = (f"Team,\n\nHere's on-site for tomorrow {longd(day)}. Couple of late adds so please double check yours. "
            "If you can't make one CALL the desk, don't just text me.\n\n" + "\n".join(lines) +
            "\n\nParking at St. Brendan is garage B only this week (A is closed for repaving).\n\n"
            "Thanks all,\n" + sig('priya', short=True))
    m = mk(S('priya'), A('On-site Interpreters', 'onsite-team@' + AG), f"Tomorrow's on-site ({md(day)})", body, d,
           cc=S('dana'))
    return m, '; '.join(p for p, _ in pts)


@reg('phi', 'lists')
def lists_noshow_csv():
    d = rdate(start=(2024, 2, 1), span=250, hours=(9, 16))
    month = (d.replace(day=1) - datetime.timedelta(days=2))
    pts = pick_pts(7, ['Spanish', 'Spanish', 'Haitian Creole', 'Dari', 'Somali', 'Vietnamese', 'Portuguese', 'Arabic'])
    rows = [['Date', 'Appt Time', 'Patient', 'MRN', 'Language', 'Mode', 'Interpreter', 'Min Waited', 'Billed Hrs']]
    for p, lg in sorted(pts, key=lambda x: random.random()):
        dd = month.replace(day=random.randint(1, 28))
        rows.append([mdy(dd), f"{random.choice([8, 9, 10, 11, 13, 14, 15])}:{random.choice(['00', '15', '30', '45'])}",
                     p, rmrn(8), lg, 'On-site', random.choice(INT_FOR[lg]), random.choice([30, 30, 35, 40, 45]), 2.0])
    rows[1:] = sorted(rows[1:], key=lambda r: r[0])
    body = (f"Hi Jenna,\n\nAttached is the no-show report for Northgate for {month.strftime('%B')}. There were "
            f"{len(pts)} no-shows; per section 4.3 they were billed at the 2-hour minimum on the invoice you "
            "received last week.\n\nIf any of these were actually cancelled by your team ahead of time and didn't "
            "get to us, send me the details and I'll have Tamara credit them.\n\nBest,\n" + sig('keisha') + "\n\n" + DISC_AG)
    m = mk(S('keisha'), A('Jenna Morales', 'jmorales@northgatefh.org'), f"{month.strftime('%B')} no-show report - Northgate",
           body, d, cc=S('tamara'),
           atts=[(f"NoShows_{month.strftime('%Y-%m')}_Northgate.csv", csvtext(rows), 'text/csv')])
    return m, '; '.join(r[2] for r in rows[1:])


@reg('phi', 'lists')
def lists_invoice_xlsx():
    d = rdate(hours=(9, 17))
    inv = f"INV-24-{random.randint(2000, 2999)}"
    po = f"PO-{random.randint(770000, 779999)}"
    pts = pick_pts(12)
    depts = ['ED', '3 West', '4 East Cardiology', 'Endoscopy', 'Women\'s Health', 'Ortho Clinic', 'Imaging',
             'Oncology Infusion', 'Pre-Admission Testing']
    rows = [['Line', 'DOS', 'Patient Name', 'MRN', 'Dept', 'Language', 'Mode', 'Start', 'End', 'Hours', 'Rate', 'Amount']]
    total = 0
    for i, (p, lg) in enumerate(pts, 1):
        dd = d.date() - datetime.timedelta(days=random.randint(5, 35))
        hrs = random.choice([1.0, 1.0, 1.5, 2.0, 2.0, 2.5, 3.0])
        rate = 65 if lg in ('Spanish',) else 75
        amt = round(hrs * rate, 2)
        total += amt
        sh = random.choice([8, 9, 10, 11, 13, 14])
        rows.append([i, mdy(dd), p, '00' + rmrn(7), random.choice(depts), lg, 'On-site', f"{sh}:00",
                     f"{sh + int(hrs)}:{'30' if hrs % 1 else '00'}", hrs, rate, amt])
    rows.append(['', '', '', '', '', '', '', '', '', '', 'TOTAL', round(total, 2)])
    body = (f"Good afternoon,\n\nPlease find attached invoice {inv} (PO {po}) for on-site interpreting services, "
            f"along with the encounter detail backup. Total due: ${total:,.2f}, Net 30.\n\n"
            "Remit to: Bridgeway Language Partners, LLC, PO Box 4471, Easton Ridge, PA 18045, or ACH per the "
            "instructions on file.\n\nThank you,\n" + sig('tamara') + "\n\n" + DISC_AG)
    inv_pdf = pdf([f"BRIDGEWAY LANGUAGE PARTNERS, LLC          INVOICE {inv}",
                   f"Bill to: St. Brendan Medical Center - Accounts Payable     PO: {po}",
                   f"Invoice date: {mdy(d.date())}     Terms: Net 30",
                   "", f"On-site interpreting services (see detail backup)      ${total:,.2f}",
                   "", f"TOTAL DUE: ${total:,.2f}"])
    m = mk(A('Bridgeway Billing', 'billing@' + AG), A('SBMC Accounts Payable', 'ap@stbrendanmc.org'),
           f"Invoice {inv} / {po}", body, d, atts=[
               (f"{inv}.pdf", inv_pdf, 'application/pdf'),
               (f"{inv}_detail.xlsx", xlsx(rows, 'Detail'),
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])
    return m, '; '.join(p for p, _ in pts)


@reg('phi', 'lists')
def lists_peds_lines():
    d = rdate()
    kids = [('Sofia Mendoza', 'Spanish', '5 yr well visit + shots', 60), ('Yusuf Farah', 'Somali', '2 yr check, hearing screen', 24),
            ('Emily Tran', 'Vietnamese', 'ear recheck', 38), ('Amir Noori', 'Dari', 'new patient, refugee intake', 97),
            ('Kenson Joseph', 'Haitian Creole', 'asthma f/u', 83), ('Valeria Quintero', 'Spanish', 'sick visit f/u - rash', 19),
            ('Lian Huang', 'Mandarin', '9 mo well visit', 9)]
    random.shuffle(kids)
    kids = kids[:6]
    wk = bday(d, 3, 6)
    lines = []
    for n, lg, why, months in kids:
        dob = d.date() - datetime.timedelta(days=int(months * 30.44) + random.randint(3, 25))
        dd = wk + datetime.timedelta(days=random.randint(0, 3))
        while dd.weekday() > 4:
            dd += datetime.timedelta(days=1)
        lines.append(f"{n} - {mdy(dob)} - {why} - {dd.strftime('%a')} {md(dd)} {random.choice(['8:30', '9:00', '9:45', '10:30', '1:15', '2:00', '3:30'])} ({lg})")
    body = ("Hi Dana!\n\nHere are next week's requests, all on-site please, parent will be with each child:\n\n"
            + "\n".join(lines) +
            "\n\nThe refugee intake is a long one, book 2 hrs. The Somali family asked for a woman interpreter.\n\n"
            "Thanks so much!!\nAlyssa\n\nAlyssa Chen | Office Manager\nRiverside Pediatrics | 88 Orchard Lane, Suite B\n"
            "(610) 555-0155 | fax (610) 555-0156")
    m = mk(A('Alyssa Chen', 'achen@riversidepeds.net'), S('dana'), "next week interp requests", body, d)
    return m, '; '.join(k[0] for k in kids)


@reg('phi', 'lists')
def lists_vri_tsv():
    d = rdate()
    pts = pick_pts(6, ['Spanish', 'Nepali', 'Arabic', 'Mandarin', 'Russian', 'Somali', 'Portuguese'])
    units = ['ED', '4E', '3W', 'L&D', 'ICU', '5N']
    hdr = "Session ID\tDate\tUnit\tPt Name\tMRN\tLanguage\tMinutes"
    lines = [hdr]
    for p, lg in pts:
        dd = d.date() - datetime.timedelta(days=random.randint(3, 25))
        lines.append(f"V{random.randint(5500000, 5599999)}\t{mdy(dd)}\t{random.choice(units)}\t{p}\t"
                     f"{rmrn(8)}\t{lg}\t{random.randint(61, 118)}")
    body = ("Hi Colleen,\n\nPasted from our log below -- these VRI sessions all show over 60 minutes on your "
            "monthly statement. Some of them look right (family meetings, L&D) but a couple seem long to us. Can "
            "someone check whether the calls actually disconnected on time or if the carts were left connected?\n\n"
            + "\n".join(lines) + "\n\nThanks,\nHollis\n\nHollis Grant\nLanguage Access Coordinator\nSt. Brendan "
            "Medical Center | Patient Experience\n(215) 555-0135\n\n" + DISC_SB)
    m = mk(A('Hollis Grant', 'hgrant@stbrendanmc.org'), S('colleen'), "VRI sessions > 60 min - please review", body, d,
           mailer='Microsoft Outlook 16.0')
    return m, '; '.join(p for p, _ in pts)


@reg('phi', 'lists')
def lists_dialysis_dash():
    d = rdate()
    st = bday(d, 3, 7)
    items = [('Abdi Warsame', 'Somali', 'MWF', '6:45a', 6), ('Sahra Ismail', 'Somali', 'MWF', '11:30a', 14),
             ('Valentina Kuzmina', 'Russian', 'TTS', '6:30a', 3), ('Rosemond Jean-Baptiste', 'Haitian Creole', 'TTS', '12:00p', 9),
             ('Khalid Mansour', 'Arabic', 'MWF', '4:15p', 11), ('Tran Van Minh', 'Vietnamese', 'TTS', '4:00p', 2)]
    random.shuffle(items)
    items = items[:5]
    lines = [f"- {n} -- {lg} -- {days} {t}, chair {c}" for n, lg, days, t, c in items]
    body = ("Priya,\n\n"
            f"Updated chair schedule for our patients who need interpreters, starting {longd(st)}. We moved a few "
            "people around because second shift was too full.\n\n" + "\n".join(lines) +
            "\n\nInterpreter only needs to be here for the first 30-45 min (put on / assessment) unless the doctor is "
            "rounding, I'll email when that is. Mr. Warsame still needs someone for the whole thing on doctor days.\n\n"
            "Mike Tolbert\nClinic Manager, Harbor County Dialysis\n(570) 555-0126")
    m = mk(A('Mike Tolbert', 'mtolbert@harborcountydialysis.net'), S('priya'), "chair schedule changes - interp pts",
           body, d, mailer=None)
    return m, '; '.join(i[0] for i in items)


@reg('phi', 'lists')
def lists_quoted_resched():
    d = rdate()
    d0 = before(d, 1, 6)
    day = bday(d, 2, 4)
    new = day + datetime.timedelta(days=2)
    pts = pick_pts(5, ['Spanish', 'Spanish', 'Haitian Creole', 'Arabic', 'Portuguese', 'Vietnamese'])
    tms = ['8:30', '9:15', '10:00', '11:00', '1:30']
    lines = [f"{t}  {p} ({lg}) -> {md(new)} same time" for t, (p, lg) in zip(tms, pts)]
    orig = (f"Hi Luis,\n\nDr. Okafor is out {day.strftime('%A')} {md(day)}, we're moving her morning patients who "
            "had interpreters booked to Thursday. Can you move the interpreters too?\n\n" + "\n".join(lines) +
            "\n\nAll follow-ups, nothing urgent. Thank you!!\nJenna")
    body = ("ok, done -- all 5 moved to Thursday, same interpreters except the Creole one, that's Jean-Robert now. "
            "Confirmations went out.\n\nLuis\n\n" + qgmail(orig, 'Jenna Morales', 'jmorales@northgatefh.org', d0))
    m = mk(S('luis'), A('Jenna Morales', 'jmorales@northgatefh.org'), f"Re: Dr. Okafor out {md(day)} - reschedule interps",
           body, d, irt=True)
    return m, '; '.join(p for p, _ in pts)

# =====================================================================================
# PHI / names
# =====================================================================================
@reg('phi', 'names')
def names_chemo_chat():
    d = rdate(hours=(17, 21))
    body = ("Hector!\n\n"
            "Mrs. Gutierrez was asking for you again today at Lakeview, she kept saying 'el muchacho alto' until I "
            "figured out she meant you lol. She's on round 4 of the chemo now and honestly she looked really tired, "
            "the nausea has been bad this cycle and she told the nurse she stopped eating dinner. Dr. Feld added a "
            "new pill for it and wants her to call if she can't keep water down.\n\n"
            "Her next infusion is in 3 weeks, if you're free maybe ask Dana to put you on it? I think she'd like "
            "that. Her husband Rogelio keeps forgetting which pill is for what so it helps to have someone who "
            "knows them.\n\n"
            "ok that's all, see you at the CE workshop Saturday\n\nMarisol")
    m = mk(I('marisol'), I('hector'), "la señora Gutierrez", body, d, mailer=None)
    return m, 'Mrs. Gutierrez (Maria Elena Gutierrez)'


@reg('phi', 'names')
def names_subject_only():
    d = rdate()
    d0 = before(d, 2, 24)
    nd = bday(d, 5, 12)
    orig = "Hi Jenna, do you have a new date for her yet? I still have Marisol holding the old slot.\n\nDana"
    body = (f"Confirmed, her OB follow up and the sugar test got moved to {md(nd)} at 8:00am since she has to come in "
            "fasting and the lab opens at 7:30. She'll be there about 2.5 hrs with the waiting between draws. Same "
            "interpreter is fine, she liked Marisol.\n\nJenna\n\n"
            + qgmail(orig, 'Dana Whitfield', STAFF['dana'][2], d0))
    m = mk(A('Jenna Morales', 'jmorales@northgatefh.org'), S('dana'), "Re: Hernandez, Yesenia", body, d, irt=True)
    return m, 'Yesenia Hernandez'


@reg('phi', 'names')
def names_qa_feedback():
    d = rdate()
    dd = d.date() - datetime.timedelta(days=random.randint(2, 6))
    body = ("Bashir,\n\n"
            f"I need to ask you about the {md(dd)} assignment at Northgate -- Rahimi, Farida (Dari), with the diabetes "
            "educator. The educator sent feedback that about halfway through the insulin teaching you stepped out "
            "to take a phone call for around 5 minutes, and that when you came back some of the pen instructions "
            "were summarized rather than interpreted in full. Mrs. Rahimi's daughter called the clinic the next "
            "day because her mom wasn't sure about the evening dose.\n\n"
            "I'd like to hear your side before I write anything up. Can you come by the office Thursday at 3, or "
            "call me? This isn't a disciplinary meeting, I just want to understand what happened and go over our "
            "standards for phone use during sessions.\n\n"
            "Thanks,\n" + sig('bea') + "\n\n" + DISC_AG)
    m = mk(S('bea'), I('bashir'), f"Feedback - {md(dd)} Northgate assignment", body, d, cc=S('colleen'), html_alt=True)
    return m, 'Rahimi, Farida'


@reg('phi', 'names')
def names_nickname():
    d = rdate()
    nxt = bday(d, 10, 20)
    body = ("Ciao Dana,\n\n"
            "Just a note after today's visit with Papa Lombardi (Giuseppe -- the family all call him Nonno Pino). "
            "His memory is getting worse. Today he didn't recognize Dr. Weiss at all and kept asking where his wife "
            "was, she passed two years ago. His daughter Teresa cried in the hallway after.\n\n"
            "Teresa asked me if we can keep the same interpreter every time because a new face really upsets him, "
            "he got very agitated with the nurse doing his blood pressure. I said I would ask. His next one is "
            f"{longd(nxt)} at 11, geriatrics at St. Brendan.\n\n"
            "Also they are going to talk about moving him to memory care, so it will be a long one, maybe book 2 hours.\n\n"
            "Grazie,\nPaola")
    m = mk(I('paola'), S('dana'), "Nonno Pino / same interpreter request", body, d, mailer=None)
    return m, 'Giuseppe Lombardi'


@reg('phi', 'names')
def names_quoted_debrief():
    d = rdate()
    d1 = before(d, 15, 26)
    d0 = before(d1, 14, 20)
    note = ("Colleen, writing this down for the record like you asked.\n\n"
            "Assignment at Lakeview, 2:30 with Dr. Feld. Dr. Feld told Mr. Haddad that the scan showed the cancer "
            "has spread to his liver and that more chemo is not likely to help. Before we went in, his son Omar "
            "pulled me aside and asked me not to say the word 'cancer' to his father. I told him I have to interpret "
            "everything that is said and that he should talk to the doctor about it. Dr. Feld then talked with the "
            "family first. In the room I interpreted everything. Mr. Haddad was very calm, the son was not.\n\n"
            "The social worker is setting up a hospice consult next week and the family asked for me again.\n\nNadia")
    mid_ = ("Nadia -- thank you for this, you handled it exactly right. I heard yesterday's session was a hard one. "
            "Do you want to talk? Our EAP line is open too, no need to go through me.\n\nColleen\n\n"
            + qgmail(note, 'Nadia Karim', INTERP['nadia'][2], d0))
    body = ("Thanks Colleen, I'm ok. It just sat with me last night. I'd like to stay on for the hospice consult, "
            "he trusts me now and I think changing interpreters would be worse for them.\n\nNadia\n\n"
            + qgmail(mid_, 'Colleen Brady', STAFF['colleen'][2], d1))
    m = mk(I('nadia'), S('colleen'), "Re: yesterday at Lakeview", body, d, irt=True)
    return m, 'Mr. Haddad'


@reg('phi', 'names')
def names_first_only():
    d = rdate()
    body = ("Hi Tomasz,\n\n"
            "Krystyna did great today! Thank you for staying the extra few minutes. Her hip is healing well and "
            "she's walking much better on flat ground, but she told me (through you, ha) she's scared to use the "
            "walker on the stairs at her son's house. I'd like to add a Thursday session next week just for stair "
            "training before she goes there for the holiday.\n\n"
            "Could you do Thursday 9:30 as well as her usual Tuesday? I'll put the request in with Bridgeway too.\n\n"
            "Jake\n\nJake Morrow, PT, DPT\nMaple Valley Orthopedics & Physical Therapy\n(484) 555-0120 ext 6")
    m = mk(A('Jake Morrow', 'jmorrow@maplevalleyortho.com'), I('tomasz'), "Thursday session?", body, d,
           cc=A('Bridgeway Scheduling', 'scheduling@' + AG), mailer='Microsoft Outlook 16.0')
    return m, 'Krystyna'


@reg('phi', 'names')
def names_icu_family():
    d = rdate(hours=(18, 22))
    body = ("Hi Colleen,\n\n"
            "Quick report from tonight. The family meeting for Mr. Petrosyan in the ICU at St. Brendan ran long, "
            "from 5:00 to almost 7:15. The team explained he is not going to get off the ventilator and the family "
            "decided on comfort care. His wife Anahit asked for the priest to come tomorrow morning and wanted to "
            "know if I can be there when they take out the tube. The ICU nurse (Brianna) said probably around 10am.\n\n"
            "I can be there. Can you make sure it gets booked properly so I'm not there on my own time? Also I will "
            "go over 2 hours tonight, sorry, no way to stop in the middle of that.\n\n"
            "I'm ok, just tired.\n\nAni")
    m = mk(I('ani'), S('colleen'), "tonight ICU - Petrosyan family", body, d, cc=S('luis'), mailer=None)
    return m, 'Mr. Petrosyan'


@reg('phi', 'names')
def names_late_complaint():
    d = rdate(hours=(10, 15))
    pt = random.choice(['Mr. Liu', 'Mr. Liu Guoqiang'])
    body = ("Colleen,\n\n"
            f"I need to raise a concern. Your Mandarin interpreter arrived 40 minutes late this morning for {pt}'s "
            "colonoscopy consent in Endoscopy. He had done the full prep last night and had been waiting since 7. "
            "We could not get consent without an interpreter and the VRI cart was in use in the ED, so the procedure "
            "was pushed to the end of the day and he had to keep fasting until 2pm. He is 78 and his daughter was "
            "very upset, understandably.\n\n"
            "This is the second late arrival in Endo this month. I'd like to know what happened and what you're "
            "doing about it. Please call me at (215) 555-0139.\n\n"
            "Thank you,\nDeborah Kline, RN, BSN\nNurse Manager, Endoscopy\nSt. Brendan Medical Center\n\n" + DISC_SB)
    m = mk(A('Deborah Kline', 'dkline@stbrendanmc.org'), S('colleen'), "Late interpreter - Endoscopy this morning", body, d,
           cc=A('Hollis Grant', 'hgrant@stbrendanmc.org'), mailer='Microsoft Outlook 16.0')
    return m, pt


# =====================================================================================
# PHI / self
# =====================================================================================
@reg('phi', 'self')
def self_asl_mri():
    d = rdate()
    ap = bday(d, 3, 8)
    body = ("Hi,\n\n"
            f"My name is Jordan Pelletier. I am Deaf and I have an MRI of my lower back at St. Brendan on {longd(ap)} "
            "at 7:45am. The hospital scheduling office told me to contact you directly to make sure an ASL "
            "interpreter is there in person. VRI does not work for me inside the MRI room and I need to understand "
            "the instructions about holding still and the contrast injection.\n\n"
            "I would also like the interpreter to stay for the short talk with the nurse after. If Sarah is "
            "available that would be great, she interpreted for my back doctor in the spring.\n\n"
            "You can text me at " + rphone_dash('484') + " (text only please).\n\nThank you,\nJordan Pelletier")
    m = mk(A('Jordan Pelletier', 'jpelletier.art@example.com'), A('Bridgeway Language Partners', 'info@' + AG),
           "ASL interpreter for my MRI", body, d, mailer=None)
    return m, 'Jordan Pelletier'


@reg('phi', 'self')
def self_lowercase_phone():
    d = rdate()
    ap = bday(d, 2, 6)
    body = (f"hi this is carmen ibarra my appt at northgate got moved to {ap.strftime('%A').lower()} {md(ap)} at 11 "
            "for the ultrasound of my baby. can the same lady come marisol? she was very nice. thank u\n\n"
            "Sent from my Galaxy")
    m = mk(A('carmen ibarra', 'carmenib22@example.net'), A('Bridgeway Scheduling', 'scheduling@' + AG),
           "appt moved", body, d, mailer=None)
    return m, 'Carmen Ibarra'


@reg('phi', 'self')
def self_bill_complaint():
    d = rdate()
    dos = d.date() - datetime.timedelta(days=random.randint(20, 40))
    inv = f"P-{random.randint(3100, 3999)}"
    mem = f"CB{rmrn(9)}"
    body = ("To whom it may concern,\n\n"
            f"I received a bill from your company (invoice {inv}) for $95.00 for interpreting at my ultrasound on "
            f"{mdy(dos)} at Northgate Family Health. I was told by the clinic that interpreters are free for patients. "
            f"I have Medicaid through Commonwealth Bridge Health Plan, member ID {mem}.\n\n"
            "I don't understand why this was sent to me. I can't pay this and I don't want it to go to collections. "
            "Please fix this or tell me who I need to call.\n\n"
            "Dulce Reyes\n" + rphone('610'))
    m = mk(A('Dulce Reyes', 'dulce.m.reyes@example.org'), A('Bridgeway Billing', 'billing@' + AG),
           f"bill I received {inv}", body, d, mailer=None)
    return m, 'Dulce Reyes'


@reg('phi', 'self')
def self_employee_surgery():
    d = rdate()
    back = d.date() + datetime.timedelta(days=random.randint(18, 28))
    body = ("Hi Priya and Wendy,\n\n"
            "Update from me: the knee surgery went fine on Tuesday. The surgeon says no driving for 2 weeks and no "
            f"standing more than 30 minutes at a time until my follow up, so I can't do on-site until about {md(back)}. "
            "I'm doing PT twice a week, mornings.\n\n"
            "I can work phone and video shifts from home starting Monday if you can put me on those -- afternoons "
            "are best because of the PT. I have the doctor's note with the restrictions, Wendy I'll scan it to you "
            "tonight for my file.\n\n"
            "Sorry for the short notice on my Endo standing ones, hope Marisol can cover.\n\nHector\n\nSent from my iPad")
    m = mk(I('hector'), [S('priya'), S('wendy')], "out of on-site until further notice", body, d, mailer=None)
    return m, 'Hector Salinas'


@reg('phi', 'self')
def self_survey_reply():
    d = rdate()
    d0 = before(d, 20, 48)
    st = bday(d, 4, 10)
    survey = ("Thank you for using Bridgeway Language Partners.\n\n"
              "How satisfied were you with your interpreter at your recent visit?\n"
              "Reply to this email or click the link below to rate your experience (1-5).\n"
              "https://survey.bridgewaylp.com/r/8f2a1c\n\nThis survey takes about 2 minutes.")
    body = ("5 out of 5. She was wonderful and explained everything slowly.\n\n"
            f"I start radiation on the {st.day}{'th' if st.day not in (1, 2, 3, 21, 22, 23, 31) else ('st' if st.day in (1, 21, 31) else ('nd' if st.day in (2, 22) else 'rd'))}, "
            "every day Monday to Friday for six weeks at Lakeview. I would like to have the same interpreter "
            "(Olga) every time if possible, at least on the days I see the doctor. My English is ok for the machines "
            "but not for the doctor.\n\nLidia Moroz\n\n" + qgmail(survey, 'Bridgeway Language Partners', 'survey@' + AG, d0))
    m = mk(A('Lidia Moroz', 'lidia.moroz@example.net'), A('Bridgeway Language Partners', 'survey@' + AG),
           "Re: How was your interpreter?", body, d, irt=True, mailer=None)
    return m, 'Lidia Moroz'


@reg('phi', 'self')
def self_interp_error():
    d = rdate()
    dd = d.date() - datetime.timedelta(days=random.randint(3, 9))
    body = ("Hello,\n\n"
            f"My name is Ahmad Noori. On {md(dd)} I had an appointment with Dr. Patel at Northgate with a Dari "
            "interpreter on the phone. The interpreter told my doctor I stopped taking my metformin. That is not what I "
            "said. I said I only take it in the morning now because at night it makes my stomach bad. Now the doctor "
            "wants me to come back for more blood tests and changed my medicine and I am confused.\n\n"
            "My nephew is helping me write this. Please can someone check this and tell the clinic the correct thing. "
            "I want a person next time not the phone.\n\nThank you\nAhmad Noori\n" + rphone('610'))
    m = mk(A('Ahmad Noori', 'ahmad.noori.pa@example.com'), A('Bridgeway Language Partners', 'info@' + AG),
           "complaint about interpreter", body, d, mailer=None)
    return m, 'Ahmad Noori'


@reg('phi', 'self')
def self_dialysis_tagalog():
    d = rdate(start=(2024, 6, 3), span=20)
    body = ("hello po,\n\nthis is evangeline santos. my schedule at harbor county dialysis changed to tue thu sat "
            "11am starting next week. can you tell the tagalog interpreter po? the one who comes on the doctor day.\n\n"
            "also i will not be there july 2 to july 12, my daughter is taking me to texas and i arranged travel "
            "dialysis there already.\n\nsalamat po\nevangeline\n\nSent from Yahoo Mail for iPhone")
    m = mk(A('Evangeline Santos', 'vangie.santos48@example.com'), A('Bridgeway Scheduling', 'scheduling@' + AG),
           "schedule change po", body, d, mailer=None)
    return m, 'Evangeline Santos'


# =====================================================================================
# PHI / struct
# =====================================================================================
def hl7ts(dt):
    return dt.strftime('%Y%m%d%H%M%S')


def x12_wrap(segs, sender, receiver, fgid, ctl, d, ver='005010X222A1'):
    isa = (f"ISA*00*          *00*          *ZZ*{sender:<15}*ZZ*{receiver:<15}*{d.strftime('%y%m%d')}*"
           f"{d.strftime('%H%M')}*^*00501*{ctl:09d}*0*P*:")
    st = [f"ST*{segs[0]}*0001*{ver}"] + segs[1:]
    st.append(f"SE*{len(st) + 1}*0001")
    out = [isa, f"GS*{fgid}*{sender.strip()}*{receiver.strip()}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{ctl}*X*{ver}"]
    out += st + [f"GE*1*{ctl}", f"IEA*1*{ctl:09d}"]
    return "~\n".join(out) + "~\n"


@reg('phi', 'struct')
def struct_hl7_siu():
    d = rdate()
    ap = bday(d, 1, 4)
    apdt = datetime.datetime(ap.year, ap.month, ap.day, 10, 30)
    mrn = '00' + rmrn(6)
    dob = rdob(45, 70)
    seg = [f"MSH|^~\\&|EPIC|SBMC|INTERPTRK|BRIDGEWAY|{hl7ts(d)}||SIU^S12^SIU_S12|SBM{rmrn(9)}|P|2.5.1",
           f"SCH|{random.randint(5500000, 5599999)}^SBMC||||||FOLLOWUP^Follow Up Visit^SBMC|OFFICE|30|MIN|^^30^{hl7ts(apdt)}^{hl7ts(apdt + datetime.timedelta(minutes=30))}|||||2211^SCHED^ANGELA|||||||||BOOKED",
           "NTE|1||INTERPRETER REQUIRED: SPANISH, IN PERSON. PT PREFERS FEMALE INTERPRETER.",
           f"PID|1||{mrn}^^^SBMC^MR||GUTIERREZ^MARIA^ELENA||{dob.strftime('%Y%m%d')}|F|||412 W WALNUT ST^^EASTON RIDGE^PA^18045||^PRN^PH^^^610^5552231||SPA^Spanish^ISO639|M||{rmrn(9)}",
           "PV1|1|O|4E CARD^^^SBMC||||1427^FELD^JONATHAN^^^MD|||CAR",
           "RGS|1|A",
           f"AIS|1|A|99214^OFFICE VISIT EST^CPT|{hl7ts(apdt)}|||30|MIN",
           f"AIP|1|A|1427^FELD^JONATHAN^^^MD|ATTENDING",
           "AIL|1|A|4E CARD^^^SBMC^^^^CARDIOLOGY CLINIC"]
    body = ("Hi Sam,\n\nThis is what our feed will send you for appointments flagged interpreter-needed. Copied one "
            "from this morning's outbound queue below. Questions:\n\n"
            "1) Is the NTE segment enough for your parser, or do you need the language in a Z-segment?\n"
            "2) Do you want the S14 (modification) and S15 (cancel) messages too? I assume yes.\n\n"
            + "\n".join(seg) +
            "\n\nWe're planning cutover the 2nd week of next month if your side is ready.\n\n"
            "Raj Mehta\nIntegration Analyst, IS Interfaces\nSt. Brendan Medical Center\n(215) 555-0144\n\n" + DISC_SB)
    m = mk(A('Raj Mehta', 'rmehta@stbrendanmc.org'), S('sam'), "SIU feed - interpreter flag, one message from today",
           body, d, cc=S('colleen'), mailer='Microsoft Outlook 16.0')
    return m, 'Maria Elena Gutierrez'


@reg('phi', 'struct')
def struct_adt_attach():
    d = rdate()
    pts = [('NGUYEN', 'VAN', 'TUAN', 'M', 'VIE^Vietnamese'), ('OKAFOR', 'CHINEDU', '', 'M', 'IBO^Igbo'),
           ('STANIKZAI', 'GUL', 'AHMAD', 'M', 'PRS^Dari'), ('AUGUSTE', 'NADEGE', '', 'F', 'HAT^Haitian Creole')]
    random.shuffle(pts)
    pts = pts[:3]
    msgs = []
    names = []
    for i, (ln, fn, mn, sx, lang) in enumerate(pts):
        dob = rdob(20, 80)
        ts = d - datetime.timedelta(hours=random.randint(2, 20))
        names.append(' '.join(x.title() for x in (fn, mn, ln) if x))
        msgs.append("\r".join([
            f"MSH|^~\\&|ATHENA|NGFH|INTERPTRK|BRIDGEWAY|{hl7ts(ts)}||ADT^A04^ADT_A01|NGF{rmrn(8)}|P|2.5.1",
            f"EVN|A04|{hl7ts(ts)}",
            f"PID|1||{rmrn(7)}^^^NGFH^MR||{ln}^{fn}^{mn}||{rdob(20, 80).strftime('%Y%m%d')}|{sx}|||"
            f"{random.randint(10, 990)} {random.choice(['N 9TH ST', 'FERRY ST', 'CHURCH ST', 'LEHIGH DR'])}^^EASTON RIDGE^PA^1804{random.randint(2, 5)}||"
            f"^PRN^PH^^^610^555{random.randint(1000, 9999)}||{lang}^ISO639|||{rmrn(9)}",
            f"PV1|1|O|FM^^^NGFH||||2207^PATEL^ANJALI^^^MD|||FM||||||||||{rmrn(8)}",
            f"OBX|1|CWE|INTERP^Interpreter needed^L||Y||||||F"]) + "\r")
    data = "\n".join(msgs).encode()
    body = ("Sam,\n\nAttached is yesterday's first production batch from the registration feed (A04s only, "
            "interpreter-needed = Y). 3 messages. Let me know if PID-15 comes through ok on your end - we had the "
            "Igbo/Dari codes mapped wrong last week.\n\nThx,\nOwen Bradley\nIT Applications, Northgate Family Health")
    m = mk(A('Owen Bradley', 'obradley@northgatefh.org'), S('sam'), "ADT A04 batch - interpreter flag", body, d,
           atts=[(f"NGFH_A04_{d.strftime('%Y%m%d')}.hl7", data, 'application/hl7-v2')])
    return m, '; '.join(names)


@reg('phi', 'struct')
def struct_837_body():
    d = rdate()
    mem = f"CB{rmrn(9)}"
    dob = rdob(22, 40)
    dos = d.date() - datetime.timedelta(days=random.randint(10, 30))
    ctl = random.randint(4000, 9999)
    segs = ["837", f"BHT*0019*00*{ctl}*{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*CH",
            "NM1*41*2*BRIDGEWAY LANGUAGE PARTNERS LLC*****46*BLP0001", "PER*IC*TAMARA KESSLER*TE*6105550140",
            "NM1*40*2*COMMONWEALTH BRIDGE HEALTH PLAN*****46*CBHP01", "HL*1**20*1",
            "NM1*85*2*BRIDGEWAY LANGUAGE PARTNERS LLC*****XX*1487093326", "N3*1420 COMMERCE PARK DRIVE STE 210",
            "N4*EASTON RIDGE*PA*18045", "REF*EI*231234567", "HL*2*1*22*0", "SBR*P*18*******MC",
            f"NM1*IL*1*ORTIZ*GUADALUPE****MI*{mem}", "N3*77 FERRY ST APT 3", "N4*EASTON RIDGE*PA*18042",
            f"DMG*D8*{dob.strftime('%Y%m%d')}*F", "NM1*PR*2*COMMONWEALTH BRIDGE HEALTH PLAN*****PI*CBHP01",
            f"CLM*BLP{dos.strftime('%y%m%d')}{random.randint(100, 999)}*88***11:B:1*Y*A*Y*Y",
            f"REF*G1*UM{rmrn(9)}", "HI*ABK:Z3482", "LX*1", "SV1*HC:T1013*88*UN*4***1",
            f"DTP*472*D8*{dos.strftime('%Y%m%d')}"]
    edi = x12_wrap(segs, 'BRIDGEWAYLP', 'CBHP', 'HC', ctl, d)
    body = ("Hi support,\n\n"
            "This claim rejected on the 999/277CA with 'A7:562 - entity identifier code invalid' at loop 2010BA. "
            "Raw file below. I don't see anything wrong with the NM1*IL -- is it the member ID format? CBHP IDs start "
            "with CB.\n\n" + edi + "\nThanks,\nTamara\n\n" + sig('tamara'))
    m = mk(S('tamara'), A('ClearPath EDI Support', 'support@clearpathedi.com'), f"837P reject A7:562 - batch {ctl}",
           body, d)
    return m, 'Guadalupe Ortiz'


@reg('phi', 'struct')
def struct_fhir():
    d = rdate()
    ap = bday(d, 2, 9)
    mrn = rmrn(8)
    dob = rdob(60, 80)
    bundle = {
        "resourceType": "Bundle", "type": "collection", "timestamp": d.isoformat(),
        "entry": [
            {"resource": {"resourceType": "Patient", "id": f"pt-{rmrn(6)}",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9021.1", "value": mrn, "type": {"text": "MRN"}}],
                          "name": [{"family": "Pham", "given": ["Quoc", "Bao"]}], "gender": "male",
                          "birthDate": dob.isoformat(),
                          "telecom": [{"system": "phone", "value": rphone_dash('267'), "use": "mobile"}],
                          "address": [{"line": [f"{random.randint(100, 999)} Sitgreaves St"], "city": "Easton Ridge",
                                       "state": "PA", "postalCode": "18042"}],
                          "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "vi",
                                                                      "display": "Vietnamese"}]}, "preferred": True}]}},
            {"resource": {"resourceType": "Appointment", "id": f"appt-{rmrn(7)}", "status": "booked",
                          "serviceType": [{"text": "Ophthalmology post-op visit"}],
                          "start": f"{ap.isoformat()}T09:00:00-04:00", "end": f"{ap.isoformat()}T09:40:00-04:00",
                          "comment": "Interpreter requested: Vietnamese, in person",
                          "participant": [{"actor": {"reference": "Patient/pt", "display": "Pham, Quoc Bao"}, "status": "accepted"},
                                          {"actor": {"display": "Eye Clinic, St. Brendan Medical Center"}, "status": "accepted"}]}}]}
    js = json.dumps(bundle, indent=2, ensure_ascii=False)
    body = ("Hey Sam,\n\nHere's a payload captured from this morning's run of the patient app's 'request interpreter' "
            "button so you can see the shape. The language comes from Patient.communication where preferred=true. "
            "We'd POST this to whatever endpoint you give us.\n\n" + js +
            "\n\nAlso attached as a file in case the email mangles it.\n\n-- Nick\nNick Albers | Mobile Apps | St. Brendan IS")
    m = mk(A('Nick Albers', 'nalbers@stbrendanmc.org'), S('sam'), "FHIR payload for interpreter requests", body, d,
           atts=[('interp_request_payload.json', js.encode('utf-8'), 'application/json')])
    return m, 'Quoc Bao Pham'


@reg('phi', 'struct')
def struct_webhook_fail():
    d = rdate(hours=(0, 23), weekend_ok=True)
    ap = bday(d, 1, 5)
    job = rjob()
    payload = {"event": "booking.created", "id": f"evt_{random.getrandbits(40):010x}", "created": d.isoformat(),
               "data": {"job_id": f"J-{job}", "client": "NGFH", "modality": "VRI", "language": "so",
                        "scheduled_start": f"{ap.isoformat()}T13:30:00", "duration_min": 45,
                        "patient": {"first_name": "Hodan", "last_name": "Farah", "dob": rdob(25, 40).isoformat(),
                                    "mrn": rmrn(7), "gender_pref_interpreter": "F"},
                        "visit": {"provider": "Anjali Patel, MD", "reason": "postpartum check"},
                        "requested_by": "jmorales@northgatefh.org"}}
    body = ("Webhook delivery failed\n\n"
            f"Endpoint: https://api.{AG}/hooks/linguadispatch\nEvent: booking.created\nAttempts: 5 of 5\n"
            "Last response: HTTP 500 Internal Server Error\n\n"
            "The endpoint will be disabled after 3 consecutive failed events. Payload of the failed event:\n\n"
            + json.dumps(payload, indent=2) +
            "\n\nManage webhooks: https://app.linguadispatch.com/settings/webhooks\n"
            "LinguaDispatch, Inc. | You are receiving this because you are an admin on the Bridgeway account.")
    m = mk(A('LinguaDispatch Alerts', 'alerts@linguadispatch.com'), S('sam'),
           "[LinguaDispatch] Webhook delivery failed: booking.created", body, d, mailer=None,
           extra={'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All'})
    return m, 'Hodan Farah'


@reg('phi', 'struct')
def struct_pipe_extract():
    d = rdate()
    pts = pick_pts(9)
    lines = ["ENC_ID|DOS|MRN|PT_LAST|PT_FIRST|DOB|DEPT|LANG|MODE|MINUTES|INTERP_VENDOR"]
    for p, lg in pts:
        parts = p.split(' ')
        if lg in ('Vietnamese', 'Mandarin', 'Cantonese', 'Korean'):
            last, first = parts[0], ' '.join(parts[1:])
        else:
            first, last = parts[0], ' '.join(parts[1:])
        dd = d.date() - datetime.timedelta(days=random.randint(10, 80))
        lines.append(f"E{rmrn(9)}|{dd.strftime('%Y%m%d')}|{'00' + rmrn(6)}|{last.upper()}|{first.upper()}|"
                     f"{rdob(1, 90).strftime('%Y%m%d')}|{random.choice(['ED', 'CARD', 'ONC', 'ENDO', 'ORTHO', 'WH', 'IMG'])}|"
                     f"{lg.upper()[:3]}|{random.choice(['ONSITE', 'VRI', 'OPI'])}|{random.randint(12, 140)}|BRIDGEWAY")
    txt = "\n".join(lines) + "\n"
    body = ("Colleen / Tamara,\n\nQuarterly reconciliation extract attached (pipe-delimited, from our Epic "
            "interpreter-documented flowsheet). Please match against your invoices for the quarter and flag anything "
            "you billed that isn't in here. Due back by the 20th please.\n\nHollis\n\n" + DISC_SB)
    m = mk(A('Hollis Grant', 'hgrant@stbrendanmc.org'), [S('colleen'), S('tamara')],
           "Q reconciliation extract - interpreter encounters", body, d,
           atts=[(f"SBMC_interp_enc_{d.strftime('%Y%m%d')}.txt", txt, 'text/plain')], mailer='Microsoft Outlook 16.0')
    return m, '; '.join(p for p, _ in pts)


@reg('phi', 'struct')
def struct_835():
    d = rdate()
    ctl = random.randint(10000, 99999)
    claims = [('ORTIZ', 'GUADALUPE'), ('HAIDARI', 'FATIMA'), ('FARAH', 'HODAN')]
    segs = ["835", f"BPR*I*142.20*C*ACH*CCP*01*031000053*DA*1234567890*1231234567**01*031201360*DA*9876543210*{d.strftime('%Y%m%d')}",
            f"TRN*1*{rmrn(10)}*1231234567", f"DTM*405*{d.strftime('%Y%m%d')}",
            "N1*PR*COMMONWEALTH BRIDGE HEALTH PLAN", "N3*PO BOX 8800", "N4*HARRISBURG*PA*17105",
            "N1*PE*BRIDGEWAY LANGUAGE PARTNERS LLC*XX*1487093326", "LX*1"]
    for ln, fn in claims:
        dos = d.date() - datetime.timedelta(days=random.randint(20, 50))
        units = random.choice([4, 4, 6])
        chg = units * 22
        paid = round(units * 11.85, 2)
        segs += [f"CLP*BLP{dos.strftime('%y%m%d')}{random.randint(100, 999)}*1*{chg}*{paid}**MC*{rmrn(13)}*11",
                 f"NM1*QC*1*{ln}*{fn}****MI*CB{rmrn(9)}", f"DTM*232*{dos.strftime('%Y%m%d')}",
                 f"SVC*HC:T1013*{chg}*{paid}**{units}", f"DTM*472*{dos.strftime('%Y%m%d')}",
                 f"CAS*CO*45*{round(chg - paid, 2)}"]
    edi = x12_wrap(segs, 'CBHP', 'BRIDGEWAYLP', 'HP', ctl, d, ver='005010X221A1')
    body = ("Colleen,\n\nERA from CBHP came in for the T1013 claims. All three paid at the fee schedule, the "
            "difference is CO-45 contractual, so nothing to appeal. Posting today. File attached if you want it.\n\nT.")
    m = mk(S('tamara'), S('colleen'), f"CBHP ERA {d.strftime('%m/%d')} - T1013", body, d,
           atts=[(f"CBHP_835_{ctl}.835", edi.encode(), 'application/edi-x12')])
    return m, '; '.join(f"{fn.title()} {ln.title()}" for ln, fn in claims)

# =====================================================================================
# CLEAN / admin
# =====================================================================================
@reg('clean', 'admin')
def admin_vri_carts():
    d = rdate()
    dl = bday(d, 3, 8)
    tags = [f"SB-VRI-{n:02d}" for n in range(11, 23)]
    body = ("Hi all,\n\n"
            f"The 12 new VRI carts for St. Brendan are being delivered {longd(dl)} between 8 and 10am to the "
            "loading dock. Hollis has asked that we have someone on site to check them in and pair each one to the "
            "hospital's clinical wifi before they go to the units.\n\n"
            "Placement (per the Language Access Committee):\n"
            "- ED: 3 carts\n- L&D / Women's: 2\n- 3 West and 4 East: 2 each\n- ICU: 1\n- Endoscopy / Pre-Admission "
            "Testing: 1\n- Float / spare in Patient Experience office: 1\n\n"
            f"Asset tags {tags[0]} through {tags[-1]}. Sam will load the profile so they auto-connect to our platform "
            "and default to the Spanish queue with the language picker on the home screen.\n\n"
            "Carts need to be wiped with the purple-top Sani-Cloth between patients (hospital policy, not ours) and "
            "plugged in overnight in the unit's clean utility room. Please remind unit educators of that when you do "
            "the 15-minute in-service.\n\nThanks,\n" + sig('colleen') + "\n\n" + DISC_AG)
    m = mk(S('colleen'), [S('sam'), S('keisha')], f"St. Brendan VRI cart delivery {md(dl)}", body, d,
           cc=A('Hollis Grant', 'hgrant@stbrendanmc.org'), html_alt=True)
    return m, ''


@reg('clean', 'admin')
def admin_policy_update():
    d = rdate(start=(2024, 8, 1), span=60)
    eff = datetime.date(2024, 11, 1)
    text = ("Dear Partners,\n\n"
            f"Beginning {eff.strftime('%B')} 1, {eff.year}, Bridgeway Language Partners will update the following "
            "service terms for all clinic and hospital accounts:\n\n"
            "1. On-site cancellations: the late-cancellation window moves from 24 to 48 hours for assignments in "
            "languages of limited diffusion (all languages other than Spanish). Spanish remains at 24 hours.\n"
            "2. Minimums: on-site minimum remains 2 hours; ASL minimum remains 2 hours with a team of two required "
            "for assignments over 90 minutes.\n"
            "3. Over-the-phone interpreting: billed per minute from connection to interpreter, no minimum.\n"
            "4. Video remote interpreting: billed per minute; carts and tablets supplied by Bridgeway remain at no "
            "charge for accounts above 2,000 minutes per month.\n"
            "5. Rush requests (under 4 hours notice): a $35 rush fee will apply.\n\n"
            "These changes reflect interpreter travel costs and the growing share of Dari, Pashto, Somali and Mam "
            "requests, which often require interpreters to travel from outside the county.\n\n"
            "Your Client Services Manager will reach out to walk through the changes. The updated rate sheet is "
            "available in the client portal.\n\nThank you for your partnership in language access.\n\n"
            "Keisha Moore\nClient Services Manager\n" + AGENCY)
    hb = ("<html><body style='font-family:Georgia,serif;color:#222'>"
          "<div style='background:#007a78;color:white;padding:14px;font-size:18px'>Bridgeway Language Partners &mdash; Service Terms Update</div>"
          "<div style='padding:14px'>" + to_html(text).split('<body>')[1].split('</body>')[0] +
          "<p style='font-size:9pt;color:#888'>" + html.escape(DISC_AG) + "</p></div></body></html>")
    m = mk(A('Keisha Moore', 'kmoore@' + AG), A('Bridgeway Client Partners', 'partners@' + AG),
           f"Updated service terms effective {eff.strftime('%B')} 1", text, d, html_body=hb, mailer=None)
    return m, ''


@reg('clean', 'admin')
def admin_contract_terms():
    d = rdate()
    d0 = before(d, 20, 70)
    orig = ("Keisha,\n\nWe're reviewing our contract for next fiscal year. Can you send the proposed rates? The "
            "board wants to see VRI vs. on-site costs side by side. We're also asking about mileage; our infusion "
            "center in Bethel Township is 31 miles out.\n\nRenee Castellano\nPractice Manager, Lakeview Oncology "
            "Associates")
    body = ("Hi Renee,\n\nHere are the proposed terms for the renewal:\n\n"
            "  Modality          Tier A (Spanish)   Tier B (common)   Tier C (rare/LLD)\n"
            "  On-site / hr      $62.00             $72.00            $85.00\n"
            "  VRI / min         $1.95              $2.25             $2.95\n"
            "  OPI / min         $1.25              $1.45             $1.95\n"
            "  ASL on-site / hr  --                 $95.00            (CDI team $150)\n\n"
            "Mileage: reimbursed at the IRS rate for any assignment more than 25 miles from our office, so Bethel "
            "would be ~6 miles each way billed. Oncology infusion assignments over 3 hours are billed in half-hour "
            "increments after the 2-hour minimum.\n\n"
            "Term is 24 months with a 3% cap on annual increases. I can come out and present to the board if that "
            "helps.\n\nBest,\n" + sig('keisha') + "\n\n" + qoutlook(orig, 'Renee Castellano <rcastellano@lakeviewonc.com>',
                                                                 'Keisha Moore <kmoore@' + AG + '>', d0, 'Contract renewal'))
    m = mk(S('keisha'), A('Renee Castellano', 'rcastellano@lakeviewonc.com'), "RE: Contract renewal", body, d, irt=True,
           mailer='Microsoft Outlook 16.0')
    return m, ''


@reg('clean', 'admin')
def admin_it_downtime():
    d = rdate()
    sat = d.date() + datetime.timedelta(days=(5 - d.weekday()) % 7 or 7)
    body = ("Hi everyone,\n\n"
            f"InterpretTrack (scheduling portal + interpreter app) will be down for maintenance Saturday {md(sat)} "
            "from 10:00pm to approximately 2:00am.\n\n"
            "During the window:\n"
            "- Clinics cannot submit requests in the portal. The after-hours desk (Luis) will take requests by phone at "
            f"{AG_MAIN} option 3.\n"
            "- Interpreters: use the paper verification form for any overnight ED/L&D assignments and upload a photo "
            "once the app is back.\n"
            "- OPI and VRI are NOT affected; those run on the vendor platform.\n\n"
            "If you see anything odd Sunday morning (missing assignments, duplicate confirmations) open a ticket at "
            "helpdesk@bridgewaylp.com rather than emailing me directly.\n\nThanks,\nSam\n\n" + sig('sam'))
    m = mk(S('sam'), A('All Bridgeway Staff', 'allstaff@' + AG), f"Planned downtime Sat {md(sat)} 10pm-2am - InterpretTrack",
           body, d, cc=A('After-Hours Desk', 'afterhours@' + AG))
    return m, ''


@reg('clean', 'admin')
def admin_ics_meeting():
    d = rdate()
    mt = bday(d, 7, 20)
    st = datetime.datetime(mt.year, mt.month, mt.day, 14, 0)
    en = st + datetime.timedelta(minutes=90)
    agenda = ("Quarterly Language Access Committee\n\nAgenda:\n1. VRI utilization by unit, Q3 (Hollis)\n"
              "2. ED wait time for on-site interpreters -- target under 30 min\n"
              "3. Section 1557 notice of availability -- signage in the 15 top languages\n"
              "4. Translated discharge instructions: backlog status\n5. Interpreter badge access to ICU and L&D\n"
              "6. Open items")
    cal = ics(f"{random.getrandbits(64):016x}@{AG}", st, en, "Language Access Committee - Quarterly",
              "St. Brendan Medical Center, Conf Rm 2B (Admin Bldg) / Teams", agenda, 'cbrady@' + AG)
    body = (agenda + "\n\nLocation: St. Brendan, Admin Building Conference Room 2B, or join on Teams (link in invite).\n\n"
            "Colleen Brady\nDirector of Operations")
    m = mk(S('colleen'), [A('Hollis Grant', 'hgrant@stbrendanmc.org'), A('Deborah Kline', 'dkline@stbrendanmc.org'),
                          S('keisha'), S('bea')],
           f"Invitation: Language Access Committee - Quarterly @ {longd(mt)} 2pm - 3:30pm", body, d,
           atts=[('invite.ics', cal, 'text/calendar')], mailer='Microsoft Outlook 16.0')
    return m, ''


@reg('clean', 'admin')
def admin_badges_ppe():
    d = rdate(start=(2024, 9, 3), span=50)
    body = ("Interpreters,\n\n"
            "A few access reminders for hospital assignments this fall:\n\n"
            "Badges: St. Brendan is switching to the new photo badge system. Your old contractor badge stops working "
            "at the end of the month. The badge office (basement, Admin Bldg) is open Mon-Fri 7:30-3:30 -- bring a "
            "photo ID and your Bridgeway letter (Wendy will email it).\n\n"
            "Masks: Lakeview Infusion, the St. Brendan oncology floor and the transplant unit require a procedure mask "
            "for all staff and contractors through March, whether or not you're vaccinated. Masks are at every "
            "entrance.\n\n"
            "Flu attestation: both hospitals require contractors to submit the flu vaccine attestation form (or the "
            "declination form) by Nov 15. Send it to Wendy, not to the hospital. We don't need or want any other "
            "medical details from you.\n\n"
            "Isolation rooms: never go into a room with an isolation sign until the nurse has shown you the PPE for "
            "that room. If you're not comfortable, interpret from the doorway or ask for the VRI cart.\n\n"
            "Thanks,\nColleen\n\n" + sig('colleen'))
    m = mk(S('colleen'), A('On-site Interpreters', 'onsite-team@' + AG), "Badges, masks, flu attestation - hospital access",
           body, d, html_alt=True)
    return m, ''


@reg('clean', 'admin')
def admin_headsets():
    d = rdate()
    qty = random.choice([18, 20, 24])
    body = ("Greg,\n\n"
            f"Requesting approval for {qty} replacement headsets for the OPI/VRI remote team. The current ones are "
            "three years old and we've had repeated complaints from the ED and dialysis units about background noise "
            "and echo. Recommending the Jabra Evolve2 40 (USB-A, mono) -- noise-cancelling mic, works with the "
            "vendor platform.\n\n"
            f"Quote from the supplier: ${qty * 89:,}.00 before tax, free shipping, delivery 5-7 business days. "
            "The old units will go to e-waste.\n\n"
            "If approved I'll submit it in the purchasing system today so they arrive before the new interpreters "
            "start.\n\nSam")
    m = mk(S('sam'), S('greg'), "approval needed - OPI headsets", body, d, cc=S('colleen'))
    return m, ''


# =====================================================================================
# CLEAN / lookalike
# =====================================================================================
def npi():
    base = '1' + ''.join(random.choice('0123456789') for _ in range(8))
    digits = [int(c) for c in '80840' + base]
    tot = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        tot += dg
    return base + str((10 - tot % 10) % 10)


@reg('clean', 'lookalike')
def look_invoice_summary():
    d = rdate()
    inv = f"INV-24-{random.randint(3000, 3999)}"
    po = f"PO-{random.randint(880000, 889999)}"
    langs = [('Spanish', 62), ('Haitian Creole', 72), ('Vietnamese', 72), ('Dari', 85), ('Arabic', 72), ('Somali', 85),
             ('ASL', 95)]
    lines, total = [], 0.0
    for lg, rate in langs:
        hrs = random.choice([12.5, 18.0, 24.5, 31.0, 44.5, 9.0, 6.5, 71.5])
        amt = hrs * rate
        total += amt
        lines.append(f"  {lg:<16}{hrs:>7.1f} hrs  @ ${rate:>6.2f}   ${amt:>10,.2f}")
    miles = random.randint(120, 340)
    total += miles * 0.67
    lines.append(f"  {'Mileage':<16}{miles:>7d} mi   @ $  0.67   ${miles * 0.67:>10,.2f}")
    body = ("Hi Jenna,\n\n"
            f"Attached is invoice {inv} for on-site services at Northgate Family Health, {(d.replace(day=1) - datetime.timedelta(days=1)).strftime('%B %Y')}. "
            f"Your PO {po} has ${random.randint(18, 40) * 1000 - total:,.2f} remaining after this invoice.\n\n"
            "Summary:\n" + "\n".join(lines) + f"\n  {'':<16}{'':>21}   ----------\n  {'TOTAL':<37}   ${total:>10,.2f}\n\n"
            "Remit within 30 days. Tax ID 23-1234567. Questions on individual lines go to billing@bridgewaylp.com "
            "with the invoice and line number.\n\nThanks,\n" + sig('tamara') + "\n\n" + DISC_AG)
    p = pdf([f"BRIDGEWAY LANGUAGE PARTNERS, LLC     INVOICE {inv}", f"PO: {po}     Terms: Net 30     Tax ID 23-1234567",
             "Bill to: Northgate Family Health, Attn Accounts Payable", ""] + [l.strip() for l in lines] +
            ["", f"TOTAL DUE ${total:,.2f}"])
    m = mk(A('Bridgeway Billing', 'billing@' + AG), A('Jenna Morales', 'jmorales@northgatefh.org'),
           f"Invoice {inv} - {po}", body, d, atts=[(f"{inv}.pdf", p, 'application/pdf')])
    return m, ''


@reg('clean', 'lookalike')
def look_provider_directory():
    d = rdate()
    provs = [('Anand, Priyanka', 'MD'), ('Baptiste, Robert', 'MD'), ('Cho, Hannah', 'DO'), ('Delgado, Maritza', 'CRNP'),
             ('Eriksen, Paul', 'MD'), ('Fofana, Aminata', 'PA-C')]
    rows = []
    for n, c in provs:
        rows.append(f"{n + ', ' + c:<26}NPI {npi()}   Suite {random.choice(['A', 'B', 'C'])}   ext {random.randint(210, 260)}")
    body = ("Hi Dana,\n\nFor your interpreters' reference when they check in -- updated list of our providers with "
            "NPIs (your billing team asked for them for the Medicaid claims) and which suite they see in:\n\n"
            + "\n".join(rows) +
            "\n\nMain (610) 555-0155 | Fax (610) 555-0156 | Nurse line (610) 555-0157\n"
            "Dr. Eriksen is only here Tues/Thurs starting next month.\n\nAlyssa Chen\nOffice Manager, Riverside Pediatrics")
    m = mk(A('Alyssa Chen', 'achen@riversidepeds.net'), S('dana'), "provider list w/ NPIs", body, d, cc=S('tamara'))
    return m, ''


@reg('clean', 'lookalike')
def look_stats():
    d = rdate(start=(2024, 4, 2), span=200)
    langs = ['Spanish', 'Vietnamese', 'Haitian Creole', 'Arabic', 'Dari', 'Somali', 'Mandarin', 'Russian', 'Portuguese',
             'ASL', 'Other (31 languages)']
    rows = [['Language', 'On-site', 'VRI', 'OPI', 'Total encounters', 'No-show %', 'Avg connect (sec)']]
    tot = 0
    for lg in langs:
        a, b, c = random.randint(20, 900), random.randint(30, 1400), random.randint(40, 2100)
        if lg != 'Spanish':
            a, b, c = a // 4, b // 4, c // 4
        tot += a + b + c
        rows.append([lg, a, b, c, a + b + c, round(random.uniform(3, 12), 1), random.randint(18, 95)])
    body = ("All,\n\nQ stats attached. Headlines:\n\n"
            f"- {tot:,} total encounters, up {random.randint(6, 14)}% over last quarter\n"
            f"- VRI average connect time {random.randint(22, 31)} sec (Spanish), {random.randint(48, 80)} sec (all other)\n"
            f"- No-show rate {random.uniform(5.5, 8.5):.1f}% overall; Harbor County Dialysis lowest at 1.9%\n"
            f"- Fill rate on on-site requests 96.4%; unfilled were mostly Mam, Tigrinya and K'iche'\n"
            f"- 2 complaints, 41 compliments\n\nFull table in the CSV. Please don't forward outside the agency yet, "
            "Greg is presenting to St. Brendan on the 14th.\n\nColleen")
    m = mk(S('colleen'), A('Bridgeway Leadership', 'leadership@' + AG), "Quarterly utilization numbers", body, d,
           atts=[('utilization_by_language.csv', csvtext(rows), 'text/csv')])
    return m, ''


@reg('clean', 'lookalike')
def look_tracking():
    d = rdate()
    items = []
    for i in range(5):
        items.append(f"  Tablet {i + 1}: S/N DMPX{rmrn(6)}{random.choice('ABCDEFGHJK')}{random.randint(1, 9)}  "
                     f"asset BLP-{random.randint(1100, 1299)}  tracking 7{rmrn(11)}")
    body = ("Hi Hollis,\n\n"
            "The five replacement tablets for the VRI carts shipped today via FedEx Priority Overnight, should arrive "
            "tomorrow before 10:30am at the receiving dock (attn: Patient Experience).\n\n" + "\n".join(items) +
            f"\n\nRMA for the two damaged units: RMA-{random.randint(200000, 299999)} and RMA-{random.randint(200000, 299999)}. "
            "Please put them in the same boxes with the prepaid labels and leave them at the dock; pickup is scheduled "
            f"for Friday. PO {random.randint(4500000, 4599999)} covers the replacements.\n\n"
            "Thanks,\nSam Rudnicki\nIT Support | Bridgeway Language Partners | " + AG_MAIN + " x230")
    m = mk(S('sam'), A('Hollis Grant', 'hgrant@stbrendanmc.org'), "VRI tablets shipped - tracking #s", body, d)
    return m, ''


@reg('clean', 'lookalike')
def look_codes():
    d = rdate()
    body = ("Hi all,\n\nSince we keep getting questions from clinic billing offices, here's the cheat sheet of "
            "codes that show up around interpreter services. None of these are billed by us except T1013.\n\n"
            "HCPCS\n  T1013    Sign language or oral interpretive services, per 15 minutes (Medicaid / MCOs)\n"
            "  T1013-U1 some MCOs require modifier for telephonic\n\n"
            "CPT add-ons the CLINIC may bill (not us)\n  99050, 99051   after-hours / evening visits\n"
            "  +99417         prolonged service, 15 min\n\n"
            "ICD-10-CM codes clinics sometimes add to document the need\n"
            "  Z60.3   Acculturation difficulty\n  Z55.0   Illiteracy and low-level literacy\n"
            "  Z75.8   Other problems related to medical facilities and other health care\n"
            "  H91.90  Unspecified hearing loss (for ASL requests -- clinic's call, not ours)\n\n"
            "Place of service: 11 office, 22 outpatient hospital, 23 ED, 02/10 telehealth.\n"
            "Our group NPI: 1487093326. Taxonomy 171R00000X (Interpreter).\n\n"
            "Questions -> Tamara.\n\n" + sig('tamara'))
    m = mk(S('tamara'), A('Client Services', 'clientservices@' + AG), "cheat sheet: codes for interpreter services", body, d,
           cc=S('keisha'))
    return m, ''


@reg('clean', 'lookalike')
def look_credentials():
    d = rdate()
    people = [('Marisol Vega', 'CHI-Spanish', 'CCHI'), ('Hector Salinas', 'CMI-Spanish', 'NBCMI'),
              ('Ji-woo Han', 'CMI-Korean', 'NBCMI'), ('Nadia Karim', 'CHI-Arabic', 'CCHI'),
              ('Olga Berezina', 'CHI-Russian', 'CCHI'), ('Sarah Lindqvist', 'NIC', 'RID')]
    lines = []
    for n, c, b in people:
        ex = datetime.date(random.choice([2025, 2026, 2027]), random.randint(1, 12), random.randint(1, 28))
        lines.append(f"{n:<18} {c:<14} {b:<6} #{random.randint(10000, 99999)}   exp {mdy(ex)}   "
                     f"BCI ref {random.choice('ABCDEFGH')}{rmrn(7)}   badge {random.randint(40000, 49999)}")
    body = ("Hollis,\n\nAs requested for your vendor credentialing file, here are the interpreters who will be "
            "regularly assigned to St. Brendan this year, with credential numbers, expiration dates, background "
            "check reference numbers and hospital badge numbers:\n\n" + "\n".join(lines) +
            "\n\nCertificates and the background check letters are in the shared vendor folder. Our liability policy "
            f"is GL-{rmrn(8)}, renewal 7/1.\n\nWendy Alcott\nHR Generalist, Bridgeway Language Partners\n"
            f"{AG_MAIN} x222\n\n" + DISC_AG)
    m = mk(S('wendy'), A('Hollis Grant', 'hgrant@stbrendanmc.org'), "Vendor credentialing - interpreter roster", body, d,
           cc=S('colleen'))
    return m, ''


@reg('clean', 'lookalike')
def look_ticket():
    d = rdate()
    tk = f"INC-{rmrn(7)}"
    body = (f"Ticket {tk} has been updated.\n\n"
            "Status: Pending Customer  (was: In Progress)\nPriority: P2\nCategory: VRI > Audio\n"
            "Site: St. Brendan Medical Center - 3 West\nDevice: SB-VRI-07 (iPad Pro, iOS 17.4.1)\n"
            "Reported by: Hollis Grant (215) 555-0135\n\n"
            "Latest note (Sam Rudnicki):\n"
            "Pulled logs from SB-VRI-07 for the window 13:02-13:41. Device roamed between access points "
            "AP-3W-04 (10.41.18.24) and AP-3W-06 (10.41.18.26) 9 times; packet loss peaked at 14%. Issue is on "
            "the hospital wireless side, not the app. Requested that SBMC network team check the roaming threshold "
            "on SSID SBMC-Clinical. Will close in 5 days if no response.\n\n"
            f"Reply above this line to add a comment.\n-- Bridgeway Helpdesk | helpdesk@{AG} | {AG_MAIN} option 5")
    m = mk(A('Bridgeway Helpdesk', 'helpdesk@' + AG), A('Hollis Grant', 'hgrant@stbrendanmc.org'),
           f"[{tk}] VRI audio drops - 3 West - Pending Customer", body, d, mailer=None,
           extra={'Auto-Submitted': 'auto-replied'})
    return m, ''

# =====================================================================================
# CLEAN / news
# =====================================================================================
def add_inline_logo(m):
    for part in m.walk():
        if part.get_content_type() == 'text/html':
            part.add_related(logo_png(), 'image', 'png', cid='<logo@bridgewaylp>', filename='bridgeway-logo.png')
            break


@reg('clean', 'news')
def news_newsletter():
    d = rdate(start=(2024, 4, 1), span=30)
    text = ("THE BRIDGE -- Spring 2024 newsletter\nBridgeway Language Partners\n\n"
            "NEW LANGUAGES\nWe now have credentialed on-site interpreters in Mam and K'iche', and a second Tigrinya "
            "interpreter joined our phone team. Clinics in the county saw a 40% jump in requests for Mayan languages "
            "last year, and we heard you.\n\n"
            "BY THE NUMBERS (last quarter)\n- 11,480 encounters across 58 languages\n- 96% of on-site requests filled\n"
            "- Average VRI connect time: 27 seconds for Spanish\n\n"
            "INTERPRETER SPOTLIGHT\nThis quarter we celebrate Jean-Robert Celestin, who has interpreted Haitian Creole "
            "for our clinic partners for 12 years and mentors every new Creole interpreter who joins us. Outside work, "
            "JR coaches a youth soccer team and makes the best diri djon djon at our potluck.\n\n"
            "TIP FOR CLINIC STAFF\nSpeak to the patient, not the interpreter. Use first person ('How are you feeling?' "
            "not 'Ask her how she's feeling'). Pause every two or three sentences.\n\n"
            "Upcoming: free 45-minute in-service 'Working with Interpreters' for your front-desk team -- email "
            "clientservices@bridgewaylp.com to book.\n\n"
            "You are receiving this because you are a Bridgeway client contact. Unsubscribe: reply STOP.")
    body_html = to_html(text).split('<body>')[1].split('</body>')[0]
    hb = ("<html><body style='font-family:Arial;max-width:640px'><img src='cid:logo@bridgewaylp' alt='Bridgeway' "
          "width='180' height='48'>" + body_html + "</body></html>")
    m = mk(A('Bridgeway Language Partners', 'news@' + AG), A('Client Contacts', 'clients-list@' + AG),
           "The Bridge - Spring 2024: new languages, spotlight, tips", text, d, html_body=hb, mailer=None,
           extra={'List-Unsubscribe': f'<mailto:news@{AG}?subject=unsubscribe>'})
    add_inline_logo(m)
    return m, ''


@reg('clean', 'news')
def news_public_health():
    d = rdate(start=(2024, 2, 1), span=60)
    body = ("NORTHAMPTON RIDGE COUNTY HEALTH DEPARTMENT -- COMMUNITY PARTNER BULLETIN\n\n"
            "Measles vaccination outreach in multilingual communities\n\n"
            "With measles cases reported in several neighboring states this season, the Health Department is "
            "asking clinic and community partners to check MMR status at every visit and to share the attached "
            "translated fact sheets.\n\n"
            "Key points:\n"
            "- County MMR coverage for kindergarten entry fell from 95.1% to 92.8% over three school years.\n"
            "- Coverage is lowest in zip codes where more than 25% of households speak a language other than "
            "English at home (census estimate: 17% of county residents; top languages Spanish, Vietnamese, "
            "Haitian Creole, Arabic, Dari).\n"
            "- Free MMR clinics run every Saturday in March at the Southside Community Center, with Spanish and "
            "Haitian Creole interpreters on site.\n\n"
            "Fact sheets are available in 12 languages on our website. Please contact the Immunization Program at "
            "(610) 555-0102 with questions.\n\n"
            "This bulletin is distributed to health care and community partners. Please share widely.")
    m = mk(A('NRC Health Department', 'bulletin@nrcountyhealth.org'), A('Community Partners', 'partners@nrcountyhealth.org'),
           "Partner Bulletin: measles vaccination outreach in multilingual communities", body, d, mailer=None,
           extra={'Precedence': 'bulk'})
    return m, ''


@reg('clean', 'news')
def news_research():
    d = rdate()
    body = ("Hi team -- sharing this for the Thursday journal club. Summary below, full article in the shared drive.\n\n"
            "STUDY SUMMARY: Professional interpreters and hospital readmissions\n\n"
            "A retrospective cohort of about 8,600 adult medical admissions with limited English proficiency at "
            "three urban teaching hospitals compared patients who had a professional interpreter at admission AND "
            "discharge with those who had an interpreter at one point or not at all.\n\n"
            "Findings (adjusted):\n"
            "- 30-day readmission: 12.9% vs 16.4%\n"
            "- Average length of stay: 0.8 days shorter\n"
            "- Effect was largest for patients discharged on 5+ medications\n"
            "- Ad hoc interpreters (family members, bilingual staff without assessment) showed no benefit over none\n\n"
            "Limitations: observational design, interpreter use documented inconsistently, single metro area.\n\n"
            "Why it matters for us: this is the number clinic managers ask for when they push back on on-site costs "
            "for discharge teaching. Let's talk about how to use it (and not over-use it) with clients.\n\n"
            "Bea\n\n" + sig('bea'))
    m = mk(S('bea'), A('Interpreters - All', 'interpreters@' + AG), "Journal club Thurs: interpreters & readmissions",
           body, d, html_alt=True)
    return m, ''


@reg('clean', 'news')
def news_marketing():
    d = rdate()
    text = ("Scale your language access without scaling your headcount.\n\n"
            "LinguaDispatch 5.0 is here:\n"
            "- Smart routing: on-site, VRI and OPI requests in one queue\n"
            "- Automatic no-show billing rules and verification forms\n"
            "- Native HL7 SIU and FHIR Appointment intake\n"
            "- Interpreter app with offline mode for basements and ICUs\n\n"
            "Agencies on LinguaDispatch cut scheduling time by an average of 34% in their first year (2023 customer "
            "survey, n=61).\n\n"
            "Join a 30-minute live demo on the 3rd Wednesday of every month, or book a personal walkthrough.\n\n"
            "LinguaDispatch, Inc. | 500 Market Street, Suite 900 | You're receiving this as a LinguaDispatch customer.\n"
            "Manage preferences | Unsubscribe")
    hb = ("<html><body style='font-family:Helvetica,Arial;background:#f4f6f8'><table width='600' align='center' "
          "style='background:#fff;padding:20px'><tr><td><h1 style='color:#2a3f8f'>LinguaDispatch 5.0 is here</h1>"
          + to_html(text).split('<body>')[1].split('</body>')[0] +
          "<p><a href='https://linguadispatch.com/demo' style='background:#2a3f8f;color:#fff;padding:10px 18px;"
          "text-decoration:none'>Book a demo</a></p></td></tr></table></body></html>")
    m = mk(A('LinguaDispatch', 'hello@linguadispatch.com'), S('colleen'), "Introducing LinguaDispatch 5.0 - book your demo",
           text, d, html_body=hb, mailer=None, extra={'List-Unsubscribe': '<https://linguadispatch.com/u/x8k2>',
                                                       'Precedence': 'bulk'})
    return m, ''


@reg('clean', 'news')
def news_conference():
    d = rdate(start=(2024, 6, 1), span=60)
    body = ("MAHIA 2024 Annual Conference -- Registration now open\n"
            "Mid-Atlantic Healthcare Interpreters Association\n\n"
            "October 18-19, Harborview Conference Center\n\n"
            "Earn up to 12 CCHI and IMIA-approved CEUs, including 3 performance-based hours.\n\n"
            "Tracks:\n- Oncology and palliative care terminology (Spanish, Portuguese, Arabic)\n"
            "- Interpreting in behavioral health settings\n- Remote interpreting ergonomics and vicarious trauma\n"
            "- Language access law update: Section 1557 final rule\n- Deaf Interpreter / hearing interpreter teaming\n\n"
            "Early bird rate for members: $225 until August 31. Student and new-interpreter scholarships available.\n\n"
            "Questions? conference@mahia-interpreters.org\n\n"
            "-----\nForwarded by Bea: agency will cover registration for up to 6 interpreters, send me your "
            "name by 8/15.")
    m = mk(S('bea'), A('Interpreters - All', 'interpreters@' + AG), "FW: MAHIA 2024 conference - registration open (we'll cover 6)",
           body, d)
    return m, ''


@reg('clean', 'news')
def news_1557():
    d = rdate(start=(2024, 5, 6), span=40)
    body = ("Regulatory update for clients and staff\n\n"
            "HHS has published the final rule implementing Section 1557 of the Affordable Care Act. The parts most "
            "relevant to our clinic partners:\n\n"
            "1. Notice of availability of language assistance services must be provided in English and at least "
            "the 15 most common languages spoken by individuals with limited English proficiency in the state, with "
            "specific timing for posting and inclusion in certain communications.\n"
            "2. Machine translation of critical documents must be reviewed by a qualified human translator.\n"
            "3. Covered entities should designate a Section 1557 coordinator and implement written language access "
            "procedures.\n"
            "4. Use of minor children or accompanying adults as interpreters remains restricted except in "
            "emergencies or at the express request of the individual, with limits.\n\n"
            "This is a general summary, not legal advice. Check with your compliance office for your organization's "
            "deadlines. We'll cover this in more detail at the fall Language Access Committee meetings.\n\n"
            "Gregory Asante\nExecutive Director, " + AGENCY)
    m = mk(S('greg'), A('Client Contacts', 'clients-list@' + AG), "Section 1557 final rule - what it means for language access",
           body, d, cc=A('All Bridgeway Staff', 'allstaff@' + AG), html_alt=True)
    return m, ''


# =====================================================================================
# CLEAN / staff
# =====================================================================================
@reg('clean', 'staff')
def staff_oncall():
    d = rdate()
    mon = d.date() + datetime.timedelta(days=(7 - d.weekday()))
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    sp = ['Marisol Vega', 'Hector Salinas']
    ot = ['Olga Berezina (RU)', 'Jean-Robert Celestin (HT)', 'Nadia Karim (AR)', 'Bashir Sultani (Dari)',
          'Ayaan Mohamed (SO)', 'Thanh Pham (VI)']
    lines = [f"{'Day':<11}{'Spanish on-call':<20}{'Other lang backup':<30}Scheduler"]
    for i, dn in enumerate(days):
        dd = mon + datetime.timedelta(days=i)
        lines.append(f"{dn} {md(dd):<7}{sp[i % 2]:<20}{ot[(i + random.randint(0, 5)) % 6]:<30}{['Luis', 'Priya'][i % 2]}")
    body = (f"After-hours on-call for the week of {md(mon)} (5pm-7am weekdays, all day weekends):\n\n" + "\n".join(lines) +
            "\n\nOn-call interpreters: ED and L&D calls only, respond within 15 min, go on-site only if the unit "
            "can't use VRI (ASL, family meetings, sedated/confused pts per unit request). Log your time in the app.\n"
            f"After-hours desk: {AG_MAIN} option 3\n\n" + sig('luis'))
    m = mk(S('luis'), A('Interpreters - All', 'interpreters@' + AG), f"After-hours on-call - week of {md(mon)}", body, d)
    return m, ''


@reg('clean', 'staff')
def staff_payroll():
    d = rdate()
    body = ("Hi everyone,\n\n"
            "Reminders for this pay period:\n\n"
            "- Timesheets and mileage logs are due in the app by Monday 10am. Anything submitted after that goes "
            "on the next check.\n"
            "- Mileage is reimbursed at $0.67/mile (2024 IRS rate) from your home or previous assignment, whichever "
            "is shorter, minus your normal commute for staff interpreters.\n"
            "- Parking: keep receipts for Lakeview and the St. Brendan garage, upload a photo with the timesheet.\n"
            "- Contractors: 1099 W-9 updates are due by the 30th if your address or business name changed.\n"
            "- Direct deposit changes take two pay periods, please don't change banks right before the holiday.\n\n"
            "Questions to me or payroll@bridgewaylp.com.\n\nThanks,\nWendy\n\n" + sig('wendy'))
    m = mk(S('wendy'), A('All Bridgeway Staff', 'allstaff@' + AG), "Timesheets due Monday + mileage reminder", body, d)
    return m, ''


@reg('clean', 'staff')
def staff_welcome():
    d = rdate()
    body = ("Please join me in welcoming three new members of the Bridgeway team!\n\n"
            "Ama Owusu-Ansah -- Twi and French, CoreCHI. Ama comes to us from a refugee resettlement agency where she "
            "interpreted for six years. She'll be mostly on-site at Northgate and Riverside Pediatrics.\n\n"
            "Diego Manrique -- Spanish, CHI candidate (oral exam in June). Diego is joining the VRI team "
            "on evenings.\n\n"
            "Hye-jin Baek -- Scheduler. Hye-jin speaks Korean and worked in patient access at a large health system; "
            "she'll share the day desk with Dana and Priya.\n\n"
            "Ama and Diego are shadowing this week -- if they show up at your assignment with you, say hi. Welcome "
            "lunch Friday at noon in the office, pizza is on us.\n\nColleen")
    m = mk(S('colleen'), A('All Bridgeway Staff', 'allstaff@' + AG), "Welcome Ama, Diego and Hye-jin!", body, d,
           html_alt=True)
    return m, ''


@reg('clean', 'staff')
def staff_leave():
    d = rdate()
    st = bday(d, 7, 14)
    en = st + datetime.timedelta(days=25)
    body = ("Hi Priya and Dana,\n\n"
            f"Marisol will be out on approved leave from {md(st)} through {md(en)}. Please move her standing "
            "assignments as follows:\n\n"
            "- Lakeview Tues/Thurs infusion mornings -> Hector (he's said yes)\n"
            "- Northgate Wed OB clinic -> Diego once he's cleared, otherwise VRI\n"
            "- Riverside Peds Monday -> Hector or float\n\n"
            "She won't be checking email, so please don't contact her about coverage. She'll be back on the schedule "
            f"{md(en + datetime.timedelta(days=1))}.\n\nThanks,\nWendy\n\n" + sig('wendy'))
    m = mk(S('wendy'), [S('priya'), S('dana')], "Marisol - leave coverage", body, d, cc=S('colleen'))
    return m, ''


@reg('clean', 'staff')
def staff_celebration():
    d = rdate()
    body = ("Hi all!!\n\n"
            "Two things to celebrate next Friday:\n\n"
            "1) Keisha's 10-year anniversary with Bridgeway! She started as a Spanish interpreter on the night desk "
            "when we were 4 people in one room. \n"
            "2) Our team hit 100,000 encounters this year on Wednesday!\n\n"
            "Potluck at the office, 12-2. Sign-up sheet on the fridge. Thanh is bringing banh mi, JR promised the "
            "djon djon rice again, and I am NOT allowed to bring my potato salad. Remote folks, we'll have a Teams "
            "link so you can see the cake.\n\nDana :)")
    m = mk(S('dana'), A('All Bridgeway Staff', 'allstaff@' + AG), "potluck next Fri - Keisha's 10 yrs + 100k!!", body, d)
    return m, ''


@reg('clean', 'staff')
def staff_credentials():
    d = rdate()
    ppl = [('Ayaan Mohamed', 'CoreCHI', 32), ('Tomasz Wojcik', 'CoreCHI', 45), ('Olga Berezina', 'CHI-Russian', 58),
           ('Ji-woo Han', 'CMI-Korean', 61), ('Sarah Lindqvist', 'NIC (RID CEUs)', 80)]
    lines = []
    for n, c, days in ppl:
        ex = d.date() + datetime.timedelta(days=days)
        lines.append(f"  {n:<18} {c:<18} expires {mdy(ex)}")
    body = ("Hi all,\n\nCredential renewal reminders -- the following expire in the next 90 days:\n\n" + "\n".join(lines) +
            "\n\nPlease upload your renewal confirmation and CEU certificates to your profile. Hospitals audit our "
            "vendor file and we can't send you to St. Brendan or Lakeview with an expired credential.\n\n"
            "Reminder that the MAHIA conference in October counts for 12 CEUs, and Bea's monthly terminology "
            "workshops count for 2 each.\n\nThanks,\n" + sig('wendy'))
    m = mk(S('wendy'), A('Interpreters - All', 'interpreters@' + AG), "Credential renewals due in the next 90 days", body, d,
           cc=S('bea'))
    return m, ''


@reg('clean', 'staff')
def staff_interviews():
    d = rdate()
    dd = bday(d, 2, 5)
    body = ("Priya, Dana --\n\n"
            f"Interviews for the bilingual scheduler position are set for {longd(dd)}. 30 min each, conference room, "
            "I'd like one of you in each:\n\n"
            "  9:00   Rosa Lind (Spanish)       -- Priya\n"
            "  9:45   Kofi Mensah (French/Twi)  -- Dana\n"
            "  10:30  Thuy Dang (Vietnamese)    -- Priya\n"
            "  1:00   Ahmed Saleh (Arabic)      -- Dana\n\n"
            "Resumes are in the HR folder. Please use the scoring sheet, and no questions about family plans, age or "
            "health -- stick to the guide.\n\nThanks,\nWendy")
    m = mk(S('wendy'), [S('priya'), S('dana')], f"Scheduler interviews {md(dd)}", body, d, cc=S('colleen'))
    return m, ''

# =====================================================================================
# CLEAN / training
# =====================================================================================
@reg('clean', 'training')
def train_quiz():
    d = rdate()
    body = ("Hola a todos,\n\nThis month's terminology quiz (oncology). Answers due Friday; bring questions to the "
            "workshop on the 2nd Saturday. 2 CEUs for attending.\n\n"
            "Part A -- give the Spanish equivalent:\n"
            " 1. port-a-cath\n 2. white blood cell count\n 3. neutropenic precautions\n 4. infusion pump\n"
            " 5. nausea and vomiting\n 6. hair loss\n 7. palliative care\n 8. bone marrow biopsy\n\n"
            "Part B -- sight translate (one sentence each):\n"
            " 9. 'Call us right away if your temperature is 100.4 or higher.'\n"
            "10. 'Avoid crowds and people who are sick while your counts are low.'\n\n"
            "Part C -- ethics: A family member asks you privately to soften bad news. What do you say? (2-3 "
            "sentences)\n\nBea\n\n" + sig('bea'))
    m = mk(S('bea'), A('Spanish Interpreters', 'spanish-team@' + AG), "Oncology terminology quiz - due Friday", body, d)
    return m, ''


@reg('clean', 'training')
def train_roleplay():
    d = rdate()
    doc = docx([
        "**ROLE-PLAY SCRIPT -- FICTITIOUS PATIENT (for training only)**",
        "Scenario: Discharge teaching, medical floor. All names and details are invented.",
        "Patient: \"Maria Sample\" (fictitious), 64. Nurse: \"Nurse Jones\". Interpreter: trainee.",
        "NURSE: Good afternoon. I'm going to go over your medicines before you go home today.",
        "PATIENT: Bueno, pero mi hija es la que me ayuda con las pastillas.",
        "NURSE: That's fine. We can call her, or she can come in. This first one is a water pill. Take one in the morning.",
        "PATIENT: ¿Y si me tengo que levantar mucho al baño en la noche?",
        "NURSE: That's why we take it in the morning. Weigh yourself every day before breakfast.",
        "[Interpreter note: practice managing the turn when the patient starts speaking to you directly.]",
        "Debrief questions: 1) Did you keep first person? 2) When did you intervene, and how? 3) What terms were hard?",
    ])
    body = ("Trainees,\n\nAttached is the role-play script for Saturday's session. The patient and nurse are fictitious "
            "(we use 'Maria Sample' for every Spanish role-play). Read it before you come; we'll record the practice and "
            "play it back.\n\nBea")
    m = mk(S('bea'), A('New Interpreter Cohort', 'cohort-spring@' + AG), "Saturday role-play script (fictitious patient)",
           body, d, atts=[('RolePlay_Discharge_FICTITIOUS.docx', doc,
                           'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])
    return m, ''


@reg('clean', 'training')
def train_uat():
    d = rdate()
    rows = [['Step', 'Action', 'Test record', 'Expected result', 'Pass/Fail'],
            [1, 'Create on-site request in portal', 'TEST, PATIENT ONE  MRN 000000001  DOB 01/01/1900', 'Job created, status Open', ''],
            [2, 'Assign interpreter', 'Test Interpreter (Spanish)', 'Confirmation email to test inbox', ''],
            [3, 'Cancel inside 24h', 'TEST, PATIENT ONE', 'Late-cancel flag = Y, 2 hr min billed', ''],
            [4, 'Create VRI request', 'ZZTEST, DEMO  MRN 999999999', 'Routed to VRI queue', ''],
            [5, 'Send SIU^S12 from test interface', 'ZZTEST, DEMO', 'Job auto-created w/ language from NTE', '']]
    body = ("Hi all,\n\nUAT for the InterpretTrack 4.2 release is Tuesday in the TEST environment "
            "(https://test.interprettrack.bridgewaylp.com). Use ONLY the test records listed in the attached script -- "
            "never real patient data in test.\n\nPlease mark pass/fail and return the sheet by Wednesday noon.\n\nSam")
    m = mk(S('sam'), [S('priya'), S('dana'), S('tamara')], "UAT script - InterpretTrack 4.2 (test environment)", body, d,
           atts=[('UAT_4.2_script.csv', csvtext(rows), 'text/csv')])
    return m, ''


@reg('clean', 'training')
def train_case_study():
    d = rdate()
    body = ("Case study for Thursday's ethics discussion (de-identified, details changed):\n\n"
            "An interpreter is assigned to a follow-up visit at a primary care clinic. The patient, a man in his "
            "sixties, arrives early and chats with the interpreter in the waiting room. He mentions he hasn't been "
            "taking one of his medicines because it's too expensive, but asks the interpreter not to tell the doctor "
            "because he's embarrassed. In the exam room the doctor asks whether he is taking all his medicines. "
            "The patient says yes.\n\n"
            "Questions:\n1. What does our code of ethics say about what the interpreter heard in the waiting room?\n"
            "2. Is there a cultural clarification or intervention that is appropriate here?\n"
            "3. How can interpreters avoid being put in this position (waiting room boundaries)?\n\n"
            "Come ready to argue both sides. -- Bea")
    m = mk(S('bea'), A('Interpreters - All', 'interpreters@' + AG), "Ethics case study for Thursday", body, d)
    return m, ''


@reg('clean', 'training')
def train_sight():
    d = rdate()
    p = pdf(["SAMPLE -- FICTITIOUS PATIENT -- FOR SIGHT TRANSLATION PRACTICE ONLY", "",
             "DISCHARGE INSTRUCTIONS", "Patient: Jane Doe (sample)    MRN: 000-000-000 (sample)", "",
             "Your diagnosis: Pneumonia", "Medicines: Amoxicillin 875 mg, take 1 tablet by mouth twice a day for 7 days.",
             "Take with food. Finish all of the medicine even if you feel better.",
             "Return to the Emergency Department if you have trouble breathing, chest pain,",
             "or a fever above 101 F that does not go down with acetaminophen.",
             "Follow up with your primary care provider in 1 week."])
    body = ("Team,\n\nFor this week's practice: sight-translate the attached sample discharge sheet into your language "
            "and record yourself (3 minutes max). It's a made-up patient on our standard template. Upload the audio to "
            "the training folder. Focus on register -- plain language, not word for word.\n\nBea")
    m = mk(S('bea'), A('Interpreters - All', 'interpreters@' + AG), "Sight translation practice - sample discharge sheet",
           body, d, atts=[('SAMPLE_discharge_sight_translation.pdf', p, 'application/pdf')])
    return m, ''


@reg('clean', 'training')
def train_vri_session():
    d = rdate()
    dd = bday(d, 4, 10)

    def shot(x, y):
        if y < 20:
            return (42, 63, 143)
        if 30 <= y <= 200 and 20 <= x <= 300:
            return (30, 30, 30) if not (130 <= x <= 190 and 90 <= y <= 140) else (90, 90, 90)
        if 210 <= y <= 230 and 110 <= x <= 210:
            return (200, 40, 40)
        return (235, 238, 242)
    img = png(320, 240, shot)
    body = (f"Hi all,\n\nVRI platform refresher for clinic super-users on {longd(dd)}, 12:00-12:45 on Teams. We'll "
            "cover:\n\n- Starting a call and picking a language (the big blue button)\n- Adding a third party by phone\n"
            "- What to do when video freezes (audio-only fallback)\n- Ending the call so the minutes stop\n\n"
            "Screenshot of the new home screen attached (demo mode, no real calls). Please forward to your unit "
            "educators.\n\nKeisha Moore\nClient Services Manager")
    m = mk(S('keisha'), A('Clinic Super-Users', 'superusers@' + AG), f"VRI refresher training {md(dd)} - Teams", body, d,
           atts=[('vri_home_screen_demo.png', img, 'image/png')])
    return m, ''


# =====================================================================================
# run
# =====================================================================================
EXPECTED = {('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7, ('phi', 'names'): 8,
            ('phi', 'self'): 7, ('phi', 'struct'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
            ('clean', 'news'): 6, ('clean', 'staff'): 7, ('clean', 'training'): 6}


def main():
    have = {}
    for label, kind, fn in REGISTRY:
        have[(label, kind)] = have.get((label, kind), 0) + 1
    assert have == EXPECTED, have
    for label, kind, fn in REGISTRY:
        msg, patient = fn()
        save(label, kind, msg, patient)
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in ROWS:
            w.writerow(r)
    for (label, kind), n in COUNT.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(COUNT.values())}")


if __name__ == '__main__':
    main()
