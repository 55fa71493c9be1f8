#!/usr/bin/env python3
"""Blind evaluation set: email from a chiropractic / acupuncture / integrative-medicine clinic.

Everything here is invented. Run:  python3 gen.py OUTDIR
Standard library only, deterministic (random.seed(SEED)).
"""
import sys, os, csv, io, json, random, struct, zlib, zipfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 7901
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

DOM = 'tamarackih.com'

# ---------------------------------------------------------------- dates
def _tz(y, m, d):
    dst = (m > 3 or (m == 3 and d >= 9)) and (m < 11 or (m == 11 and d < 2))
    return timezone(timedelta(hours=-7 if dst else -8))

def D(y, m, d, h=9, mi=0, s=None):
    if s is None:
        s = random.randint(0, 59)
    return datetime(y, m, d, h, mi, s, tzinfo=_tz(y, m, d))

def rdate(lo=0, hi=290):
    base = datetime(2025, 1, 6) + timedelta(days=random.randint(lo, hi))
    while base.weekday() >= 5 and random.random() < 0.85:
        base += timedelta(days=1)
    return D(base.year, base.month, base.day, random.randint(7, 18), random.randint(0, 59))

def earlier(dt, hours=0, minutes=0, days=0):
    n = dt - timedelta(days=days, hours=hours, minutes=minutes)
    return n.replace(tzinfo=_tz(n.year, n.month, n.day))

def hm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"

def on_gmail(dt, name, em):
    return f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {hm(dt)} {name} <{em}> wrote:"

def on_apple(dt, name, em):
    return f"On {dt.strftime('%b')} {dt.day}, {dt.year}, at {hm(dt)}, {name} <{em}> wrote:"

def sent_line(dt):
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year} {hm(dt)}"

def outlook_block(dt, frm, to, subject, cc=None, style='orig'):
    head = '-----Original Message-----' if style == 'orig' else '_' * 32
    lines = [head, f'From: {frm}', f'Sent: {sent_line(dt)}', f'To: {to}']
    if cc:
        lines.append(f'Cc: {cc}')
    lines.append(f'Subject: {subject}')
    return '\n'.join(lines)

def quote(text, mark='> '):
    out = []
    for l in text.rstrip('\n').split('\n'):
        out.append(mark.rstrip() if not l else mark + l)
    return '\n'.join(out)

# ---------------------------------------------------------------- people
def A(name, em):
    user, _, dom = em.partition('@')
    return Address(display_name=name, username=user, domain=dom)

S = {
    'falkner':  A('Owen Falkner, DC', 'ofalkner@' + DOM),
    'raman':    A('Priya Raman', 'praman@' + DOM),
    'wielgosz': A('Tomasz Wielgosz, DC', 'twielgosz@' + DOM),
    'okafor':   A('Lina Okafor', 'lokafor@' + DOM),
    'zhou':     A('Mei-Ling Zhou', 'mzhou@' + DOM),
    'pike':     A('Jordan Pike', 'jpike@' + DOM),
    'brandt':   A('Sofia Brandt', 'sbrandt@' + DOM),
    'ferreira': A('Ana Lúcia Ferreira', 'aferreira@' + DOM),
    'quint':    A('Hazel Quint', 'hquint@' + DOM),
    'adeyemi':  A('Marcus Adeyemi', 'madeyemi@' + DOM),
    'greer':    A('Tasha Greer', 'tgreer@' + DOM),
    'morales':  A('Kenji Morales', 'kmorales@' + DOM),
    'ruiz':     A('Yesenia Ruiz', 'yruiz@' + DOM),
    'dufresne': A('Renee Dufresne', 'rdufresne@' + DOM),
    'tran':     A('Huong Tran', 'htran@' + DOM),
    'voss':     A('Darnell Voss', 'dvoss@' + DOM),
    'whitfield':A('Carla Whitfield', 'cwhitfield@' + DOM),
    'nguyen':   A('Bao Nguyen', 'bnguyen@' + DOM),
    'frontdesk':A('Tamarack Front Desk', 'frontdesk@' + DOM),
    'billing':  A('Tamarack Billing', 'billing@' + DOM),
    'records':  A('Medical Records', 'records@' + DOM),
    'staff':    A('Tamarack Staff', 'staff@' + DOM),
    'providers':A('Tamarack Providers', 'providers@' + DOM),
    'it':       A('IT', 'it@' + DOM),
}

def em(key):
    a = S[key]
    return a.addr_spec

def nm(key):
    return S[key].display_name

CLINIC_ADDR = '4410 SE Larkspur Ave, Suite 200, Westhaven, OR 97088'
MAIN = '(503) 555-0178'
FAX = '(503) 555-0179'

CONF = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
        "of the intended recipient(s) and may contain confidential and privileged information. Any "
        "unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended "
        "recipient, please contact the sender by reply e-mail and destroy all copies of the original message.")

CONF_SHORT = ("This message is intended only for the named recipient and may contain confidential "
              "information. If you received it in error please notify the sender and delete it.")

LAW_CONF = ("PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT. This "
            "e-mail is intended only for the use of the individual or entity to which it is addressed. "
            "If you are not the intended recipient, you are hereby notified that any dissemination, "
            "distribution or copying of this communication is strictly prohibited.")

def sig(name, title, ext=None, extra=None):
    lines = [name, title, 'Tamarack Integrative Health', CLINIC_ADDR]
    p = f'P {MAIN}' + (f' x{ext}' if ext else '') + f' | F {FAX}'
    lines.append(p)
    if extra:
        lines.append(extra)
    return '\n'.join(lines)

# ---------------------------------------------------------------- attachments
ZDATE = (2025, 1, 1, 0, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
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
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f'{_col(ci)}{ri}'
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
        xr.append(f'<row r="{ri}">' + ''.join(cells) + '</row>')
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', hdr +
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr +
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
         ''.join(xr) + '</sheetData></worksheet>'),
    ]
    return _zip(files)

def docx(paragraphs):
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = []
    for p in paragraphs:
        bold = p.startswith('**')
        t = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>')
    files = [
        ('[Content_Types].xml', hdr +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels', hdr +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml', hdr +
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
         ''.join(body) +
         '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
         '</w:body></w:document>'),
    ]
    return _zip(files)

def pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 10 Tf 54 740 Td 14 TL\n' + ''.join(f'({esc(l)}) Tj T*\n' for l in lines) + 'ET'
    cb = content.encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length ' + str(len(cb)).encode() + b' >>\nstream\n' + cb + b'\nendstream',
        ('<< /Title (' + esc(title) + ') /Producer (Tamarack Scan Station) >>').encode('latin-1'),
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return out

def png(w, h, px):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(px(x, y))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))

def logo_png():
    W, H = 160, 48
    def px(x, y):
        # dark green bar with a simple tamarack (triangle) mark on the left
        cx, top = 24, 6
        half = (y - top) * 0.45
        if top <= y <= 38 and abs(x - cx) <= half:
            return (226, 240, 214)
        if 38 < y <= 43 and abs(x - cx) <= 2:
            return (140, 98, 57)
        if 44 <= x <= 152 and 18 <= y <= 21:
            return (226, 240, 214)
        if 44 <= x <= 120 and 27 <= y <= 29:
            return (176, 204, 160)
        return (46, 92, 62)
    return png(W, H, px)

def blank_scan_png():
    W, H = 170, 220
    def px(x, y):
        if x < 3 or y < 3 or x > W - 4 or y > H - 4:
            return (205, 205, 200)
        v = 246 - ((x * 7 + y * 13) % 5)
        return (v, v, v - 2)
    return png(W, H, px)

# ---------------------------------------------------------------- message builder
FILES = []
COUNTS = {}
WRITE_POLICY = policy.SMTP.clone(max_line_length=160)

def mid(domain):
    return f'<{random.getrandbits(64):016x}.{random.randint(10000, 999999)}@{domain}>'

def _set_text(part_fn, text, subtype='plain'):
    if text.isascii():
        part_fn(text, subtype=subtype)
    else:
        part_fn(text, subtype=subtype, cte='quoted-printable')

def mk(label, kind, frm, to, subject, body, *, cc=None, date=None, html=None, atts=(),
       patient='', reply=False, headers=(), related=None):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = f'{label}-{kind}-{COUNTS[key]:03d}.eml'
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = to
    if cc:
        msg['Cc'] = cc
    msg['Subject'] = subject
    date = date or rdate()
    msg['Date'] = format_datetime(date)
    fdom = (frm[0] if isinstance(frm, (list, tuple)) else frm).domain
    msg['Message-ID'] = mid(fdom)
    if reply:
        ref = mid(fdom if random.random() < 0.5 else DOM)
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    for k, v in headers:
        msg[k] = v
    _set_text(msg.set_content, body)
    if html:
        _set_text(msg.add_alternative, html, 'html')
        if related:
            htmlpart = msg.get_payload()[1]
            for data, maintype, subtype, cid, fname in related:
                htmlpart.add_related(data, maintype=maintype, subtype=subtype, cid=cid,
                                     filename=fname, disposition='inline')
    for a in atts:
        data, ctype, fname = a[0], a[1], a[2]
        maintype, subtype = ctype.split('/')
        if maintype == 'text':
            params = a[3] if len(a) > 3 else None
            if params:
                msg.add_attachment(data, subtype=subtype, filename=fname, params=params)
            else:
                msg.add_attachment(data, subtype=subtype, filename=fname)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=WRITE_POLICY))
    FILES.append((fn, label, kind, patient))
    return date

def html_wrap(inner, font='Calibri, Arial, sans-serif'):
    return (f'<html><head><meta charset="utf-8"></head><body style="font-family:{font};font-size:11pt">'
            f'{inner}</body></html>')

def p2html(text):
    out = []
    for para in text.strip('\n').split('\n\n'):
        out.append('<p>' + xesc(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)

# =====================================================================================
#                                         PHI
# =====================================================================================

# ------------------------------------------------------------------ care
# care-001
d = rdate(20, 60)
q = earlier(d, minutes=47)
mk('phi', 'care', S['brandt'], S['morales'], 'RE: Gloria Enns - can we move her?',
f"""yes take it, Fri 10 is fine. i'll lower the table before i bring her back. thanks for asking first!

-S

{on_gmail(q, 'Kenji Morales', em('morales'))}
{quote('''Hi Sofia,

Gloria Enns called this morning. Her daughter's work schedule changed so
she can only drive her in the mornings now. Can I move her from Thurs 3:00
(60 min) to Fri 10:00? You have 10-11 open on the book but I didn't want to
grab it without asking since you sometimes block Fri am for paperwork.

Also she asked (again lol) if we can have the table already lowered before
she comes back to the room, she said the step stool makes her nervous.

Thx
Kenji

Kenji Morales
Front Desk | Tamarack Integrative Health
(503) 555-0178 x102''')}
""", date=d, reply=True, patient='Gloria Enns')

# care-002
d = D(2025, 2, 21, 10, 12)
q = D(2025, 2, 20, 19, 48)
kendra = A('Kendra Brisbane-Holt', 'kbholt@fernmail.com')
mk('phi', 'care', S['greer'], kendra, 'Re: my dad\'s appointments',
f"""Hi Kendra,

Absolutely, we'll have someone walk him out to the curb when Greg pulls up. I added a note to his profile so whoever is at the desk sees it ("assist to curb w/ pickup - son Greg, silver Subaru").

The magnesium glycinate (120 ct) and the D3 drops are bagged under his name at the desk. I'll run the Visa ending 4418 when he checks in Tuesday and send you the receipt.

He is always a bright spot in our morning, so no thanks needed!

Warmly,
Tasha

Tasha Greer
Front Desk Lead | Tamarack Integrative Health
P {MAIN} x101 | F {FAX}

{on_gmail(q, 'Kendra Brisbane-Holt', 'kbholt@fernmail.com')}
{quote('''Hello,

My father Walter Brisbane sees Dr. Raman on Tuesdays and Thursdays at 8:30.
Starting next week I'll be dropping him off on my way to work and my brother
Greg will pick him up around 9:45. Dad is 84 and has been a bit unsteady on his
feet since the winter, so I'd really appreciate it if someone could walk him out
when Greg pulls up rather than having him wait by the door on his own.

He's also nearly out of the magnesium glycinate and the vitamin D drops he buys
from you. Could you set those aside for him Tuesday and put it on my card (the
Visa ending 4418 we used last time)?

Thank you so much, the front desk team has been wonderful with him.

Kendra Brisbane-Holt
(971) 308-2264''')}
""", date=d, reply=True, patient='Walter Brisbane')

# care-003
d = D(2025, 7, 10, 17, 36)
mk('phi', 'care', S['raman'], S['wielgosz'], 'Coverage while I\'m out 7/14-7/25 - Deshawn Lyle',
f"""Tomasz,

Thanks again for picking up my schedule. Most of my folks can float to you or just wait the two weeks, but Deshawn Lyle really shouldn't go two weeks without visits. He's the auto case (rear-ended on 205 in May) and Darnell says the adjuster is already watching for gaps.

He's M/W/F at 7:30 before his shift. Plan is the same as it's been: diversified to C/T and L/S, flexion-distraction, then he goes straight to Jordan for 30 min soft tissue. He does his home exercises only if you ask him about them specifically, otherwise he shrugs. Re-eval is due around 7/21. You can do it, just use the same outcome forms (NDI + Oswestry) so the numbers line up with the last two.

His attorney's office (Halvorsen & Pruitt) will probably call for a narrative update while I'm gone. Please don't promise them anything, route it to Darnell.

I'll have my phone but reception at the lake is spotty.

P.

--
Priya Raman, DC
Tamarack Integrative Health
P {MAIN} x110
""", cc=S['voss'], date=d, patient='Deshawn Lyle')

# care-004
mk('phi', 'care', S['okafor'], S['frontdesk'], 'hold a block for Ruth O. next Wed?',
f"""Hi team,

Can we hold a 3-hour block next Wednesday for Ruth Okamoto? She's coming in from Sisters and wants to do everything in one trip: acupuncture with me at 9:00, massage with Ana at 10:15, and her follow-up with Dr. Quint at 11:30. Her husband is driving her so the timing needs to be pretty firm, he has to be back on the road by 1.

Please run the acu and massage as package visits (she has 4 acu left on her 10-pack I think, double check) and let Dr. Quint know she'll bring her food journal this time.

If Ana's 10:15 is taken, Jordan is fine too, Ruth just prefers a woman if possible.

Thank you!
Lina

Lina Okafor, L.Ac.
Acupuncture & East Asian Medicine
Tamarack Integrative Health | {MAIN} x131
""", patient='Ruth Okamoto')

# care-005
d = rdate(100, 150)
q = earlier(d, hours=2, minutes=13)
mk('phi', 'care', S['ruiz'], S['quint'], 'RE: Ellis Hartmann supplements - hold for Sat pickup',
f"""Done! 2x Adrenal Restore and 2x OmegaPure 1000 bagged in the back cabinet with his name on it. We do still have the liquid B12 (methyl, 2 oz), added one.

Card on file ran fine, $186.40 after his 10% member discount. Receipt emailed to him.

Yesenia

Yesenia Ruiz
Patient Services | Tamarack Integrative Health
{MAIN} x103 | Se habla español

{outlook_block(q, 'Hazel Quint <hquint@tamarackih.com>', 'Front Desk <frontdesk@tamarackih.com>', 'Ellis Hartmann supplements - hold for Sat pickup')}

Hi all,

Ellis Hartmann left me a voicemail, he's out of the adrenal formula and the fish oil. Can someone pull 2 bottles of each and charge the card on file? He'll grab them Saturday morning. He also wants to know if we still carry the liquid B12, if so add one.

Thanks,
HQ

Hazel Quint, ND
Naturopathic Physician
""", date=d, reply=True, headers=[('X-Mailer', 'Microsoft Outlook 16.0')], patient='Ellis Hartmann')

# care-006
mk('phi', 'care', S['nguyen'], S['adeyemi'], 'Stool kit mailed - Corinne Vasquez-Tull',
f"""Dr. A,

FYI, shipped the GI360 kit to Corinne Vasquez-Tull today at her Bend address. She's staying there through the end of the month, not at the Westhaven address in her chart (I left the chart address alone).

FedEx 2Day, tracking 7791 4420 3318. Return label and ice pack are in the box.

Went over prep with her on the phone:
- hold the probiotic and the berberine for 2 weeks before collecting
- ok to keep taking her thyroid med as usual
- collect Mon-Thu only so it doesn't sit at FedEx over a weekend

She plans to collect next week and drop it off the same day. Results usually post 10-14 days after Meridian receives it. I put a task on her chart to book the results visit (45 min) once they post.

Bao

Bao Nguyen, CMA
Functional Medicine | Tamarack Integrative Health
{MAIN} x141
""", cc=S['frontdesk'], date=D(2025, 7, 22, 15, 40), patient='Corinne Vasquez-Tull')

# care-007
SIG_VOSS = sig('Darnell Voss', "PI & Workers' Comp Coordinator", '115')
rhonda = A('Rhonda Yates, RN', 'ryates@cascadewcs.com')
mk('phi', 'care', S['voss'], rhonda, 'Transportation for Gideon Farris - 2 missed visits',
f"""Hi Rhonda,

Reaching out about Gideon Farris. The ride vendor (MedRide NW) didn't show for his 9/17 or 9/19 appointments. He waited outside his building both mornings and called us around 8:45 when nobody came. He isn't driving right now and his wife works days, so he has no backup.

He has 6 visits left on the current authorization with Dr. Falkner (2x/week). Could you re-send the transport authorization or switch him to a different vendor? We have him penciled in for Tue 9/23 and Thu 9/25 at 9:00.

I'm noting both missed visits as "transport failure" on our end so it doesn't read as non-compliance.

Thanks,
{SIG_VOSS}

{CONF}
""", date=D(2025, 9, 22, 8, 14), patient='Gideon Farris')

# care-008
d = rdate(150, 200)
q = earlier(d, hours=1, minutes=22)
mk('phi', 'care', S['brandt'], S['pike'], 'Re: priscilla tmrw',
f"""She's a sweetheart. Light pressure on the left side, and skip the heat pack, she says it makes her woozy. Leave the door cracked, she doesn't like it fully closed.

Her sister picks her up at 3:15 on the dot so don't run over, she'll start fretting around 3:05.

She'll probably ask about the arnica gel, we have it at the desk.

Sent from my iPhone

{on_apple(q, 'Jordan Pike', em('pike'))}

{quote('''hey, taking Priscilla Dunmore tmrw at 2 since ur at the CE thing. anything i should know?

J''')}
""", date=d, reply=True, headers=[('X-Mailer', 'iPhone Mail (21F90)')], patient='Priscilla Dunmore')

# ------------------------------------------------------------------ ids
# ids-001
tadlock = A('Brian Tadlock', 'btadlock@keystonemutualins.com')
auth_pdf = pdf([
    'KEYSTONE MUTUAL INSURANCE COMPANY',
    'AUTHORIZATION FOR RELEASE OF MEDICAL RECORDS AND BILLING',
    '',
    'Claim Number: KM-24-0883172          Date of Loss: 03/09/2025',
    'Patient Name: Tamsin R. Arbogast     Date of Birth: 07/22/1988',
    'Address: 1876 Willow Bend Rd, Westhaven, OR 97088',
    'Phone: (503) 555-0175',
    '',
    'I authorize Tamarack Integrative Health to release to Keystone Mutual Insurance',
    'Company all records of examination, treatment, chiropractic, acupuncture and',
    'massage therapy, together with itemized billing, for injuries arising from the',
    'motor vehicle collision of 03/09/2025.',
    '',
    'This authorization expires one year from the date signed.',
    '',
    'Signature: /s/ Tamsin R. Arbogast          Date: 04/02/2025',
], title='Authorization KM-24-0883172')
mk('phi', 'ids', tadlock, S['records'], 'Records request - Claim KM-24-0883172',
"""Good afternoon,

Keystone Mutual Insurance is handling a bodily injury / PIP claim for the individual referenced below. Please provide complete treatment records, itemized billing (CMS-1500 or ledger), and any narrative reports for dates of service 03/14/2025 to present.

Claim #: KM-24-0883172
Claimant: T. Arbogast
DOB: 07/22/1988
Date of Loss: 03/09/2025

A signed authorization is attached. Records may be returned by fax to (877) 555-0142 or uploaded to our secure portal using the claim number above. Please include your W-9 if billing has not previously been submitted.

Respectfully,

Brian Tadlock
Senior Casualty Adjuster | Keystone Mutual Insurance
Direct 614-555-0193 | Fax 877-555-0142
Claims Mail: PO Box 21870, Columbus OH 43221

This e-mail and any attachments may contain confidential information. If you have received this message in error, please notify the sender and delete it.
""", date=D(2025, 4, 8, 13, 41), atts=[(auth_pdf, 'application/pdf', 'Auth_KM-24-0883172.pdf')],
   patient='Tamsin Arbogast')

# ids-002
cb = A('ClaimBridge Support', 'support@claimbridge.net')
mk('phi', 'ids', S['tran'], cb, 'Rejection CO-16 on claim 4410938821 - need help finding the loop',
f"""Hi,

We got a rejection on the claim below and I can't figure out which loop is missing info. The member ID was verified on 2/11 through your eligibility tool and came back active.

Payer: Evergreen Health Plan (payer ID 77410)
Claim ID: 4410938821
Member ID: XJH882710045
Patient Acct #: 20417
DOS: 02/11/2025 (98941, 97140-59, 97110 x2)
Billed: $312.00
Rejection: CO-16 / N290 - missing/incomplete/invalid rendering provider

As far as I can tell the rendering NPI is on the claim in 2310B. Could you look at the actual file? It went out in batch 0211-TIH-03.

Thanks,
Huong Tran
Billing Specialist, Tamarack Integrative Health
{MAIN} x121 | {FAX}
""", patient='')

# ids-003
wen = A('Curtis Wen', 'cwen@bellwethercasualty.com')
mk('phi', 'ids', wen, S['voss'], 'Auth approved - Claim 2025-WC-118604 / J. Marchetti',
"""Tamarack Integrative Health - Attn: Darnell Voss

RE: Claim No. 2025-WC-118604
Claimant: J. Marchetti
Employer: Hollis Freight Lines
DOI: 02/03/2025

The request for additional chiropractic treatment received 05/28/2025 has been reviewed.

Authorization is GRANTED for eight (8) additional visits, CPT 98940/98941, 97140, 97112, for dates of service 06/02/2025 through 06/30/2025.

Massage therapy (97124) is NOT authorized at this time. Please submit updated objective findings if further massage therapy is requested.

Authorization #: BC-A-55190

Please reference the claim number and authorization number on all bills submitted. Bills without the authorization number will be returned.

Curtis Wen | Claims Examiner II | Bellwether Casualty Company
P 800-555-0117 x4420 | F 800-555-0118
""", date=D(2025, 5, 30, 15, 2), patient='J. Marchetti')

# ids-004
mk('phi', 'ids', S['dufresne'], S['frontdesk'], 'declined auto-draft - acct A-30981',
"""Morning,

The membership auto-draft for acct A-30981 declined again last night ($149, Elevate plan, that's the 3rd decline in a row). DOB on the card profile is 11/02/1975 if that helps you match them when they call. Number on file ends in -7720.

I don't want to freeze the membership until someone actually talks to them since they're mid-way through the 12-visit care plan Dr. Wielgosz set up in March. Can whoever has the desk this afternoon give them a call and get an updated card?

Thx
R

Renee Dufresne
Billing Manager
""", patient='')

# ids-005
jcole = A('Jasmine Cole', 'jcole@halvorsenpruitt-law.com')
d = D(2025, 4, 16, 11, 5)
q = D(2025, 4, 14, 16, 22)
ledger = "DOS,CPT,Units,Provider,Charge,Adj,Paid,Balance\n"
rows = [('10/08/2024', '99203', 1, 'Falkner', 165), ('10/08/2024', '98941', 1, 'Falkner', 68),
        ('10/08/2024', '72040', 1, 'Falkner', 95), ('10/10/2024', '98941', 1, 'Falkner', 68),
        ('10/10/2024', '97140', 2, 'Pike', 116), ('10/15/2024', '98941', 1, 'Falkner', 68),
        ('10/15/2024', '97124', 2, 'Pike', 104), ('10/17/2024', '97810', 1, 'Okafor', 75),
        ('10/17/2024', '97811', 1, 'Okafor', 45)]
for r in rows:
    ledger += f"{r[0]},{r[1]},{r[2]},{r[3]},{r[4]:.2f},0.00,0.00,{r[4]:.2f}\n"
ledger += "...,,,,,,,\n03/27/2025,98941,1,Falkner,68.00,0.00,0.00,68.00\nTOTAL,,,,4862.00,0.00,0.00,4862.00\n"
mk('phi', 'ids', S['dufresne'], jcole, 'RE: Balance / lien confirmation - our client DOB 04/09/1992',
f"""Jasmine,

1) Current balance on acct 55832 is $4,862.00 (DOS 10/08/24 - 03/27/25, 41 visits, nothing paid by med-pay yet).
2) Yes, a signed lien is on file dated 10/08/24.
3) Last date of treatment was 03/27/25. Patient was released from active care that day.

Itemized ledger attached. Please send the demand/settlement info to my attention when you have it.

Renee

Renee Dufresne | Billing Manager
Tamarack Integrative Health | {MAIN} x120 | F {FAX}

{outlook_block(q, 'Jasmine Cole <jcole@halvorsenpruitt-law.com>', 'billing@tamarackih.com', 'Balance / lien confirmation - our client DOB 04/09/1992', style='line')}

Hello,

We represent the patient identified below in connection with a motor vehicle collision on 10/02/2024. Please confirm (1) the current outstanding balance, (2) whether a medical lien has been filed / is on record with your office, and (3) the date of last treatment.

DOB: 04/09/1992
SSN: XXX-XX-4471
Your account #: 55832

We are preparing a demand package and would appreciate a response by Friday.

Jasmine Cole
Senior Paralegal
Halvorsen & Pruitt, PLLC | Personal Injury Attorneys
1210 Commerce Row, Suite 600, Westhaven, OR 97088
T 503-555-0160 | F 503-555-0161

{LAW_CONF}
""", date=d, reply=True, atts=[(ledger, 'text/csv', 'Ledger_55832.csv')], patient='')

# ids-006
mk('phi', 'ids', S['tran'], S['dufresne'], 'AT modifier fix - MBI 3TW7-Q82-XK41',
"""Renee - found another one.

Medicare bene MBI 3TW7-Q82-XK41, DOS 9/20, went out as 98941 without the AT and came back denied as maintenance. The active treatment plan is signed and dated 9/2 and the re-eval isn't due until 10/2, so we're fine. I'm sending a corrected claim (freq code 7, orig ICN 2225263118840) with AT on the line.

That makes 4 this month, all Dr. Wielgosz. I think his charge template lost the AT default after the ChiroFlow update. Can you ask Brett or should I put in a ticket?

H
""", date=D(2025, 9, 29, 10, 47), patient='')

# ids-007
mfl = A('Meridian Functional Labs', 'noreply@results.meridianfxlabs.com')
txt = """*** This is an automated notification. Please do not reply to this message. ***

Results are now available for the following specimen:

  Accession:           MFL-5583021
  Patient ID:          TIH-00918
  Patient DOB:         1969-12-03
  Panel:               Comprehensive Thyroid + Nutrient Panel (CT-22)
  Collected:           05/06/2025 07:42
  Received:            05/08/2025
  Reported:            05/12/2025 16:05
  Status:              FINAL - 2 result(s) outside reference range

Log in to the Meridian Provider Portal to view and release the full report:
https://portal.meridianfxlabs.com/results

Ordering provider: Marcus Adeyemi, MD (Account 40127)
Tamarack Integrative Health

Meridian Functional Labs | CLIA 38D2219047 | Client Services 888-555-0134
You are receiving this message because result notifications are enabled for account 40127.
"""
h = html_wrap(
    '<table style="border:1px solid #cfd8dc;padding:16px;width:560px">'
    '<tr><td style="font-size:16pt;color:#1b5e7a"><b>Results Ready</b></td></tr>'
    '<tr><td><p>Results are now available for the following specimen:</p>'
    '<table cellpadding="3">'
    '<tr><td>Accession</td><td><b>MFL-5583021</b></td></tr>'
    '<tr><td>Patient ID</td><td>TIH-00918</td></tr>'
    '<tr><td>Patient DOB</td><td>1969-12-03</td></tr>'
    '<tr><td>Panel</td><td>Comprehensive Thyroid + Nutrient Panel (CT-22)</td></tr>'
    '<tr><td>Collected</td><td>05/06/2025 07:42</td></tr>'
    '<tr><td>Reported</td><td>05/12/2025 16:05</td></tr>'
    '<tr><td>Status</td><td style="color:#b71c1c">FINAL - 2 result(s) outside reference range</td></tr>'
    '</table>'
    '<p><a href="https://portal.meridianfxlabs.com/results">View in Provider Portal</a></p>'
    '<p style="font-size:8pt;color:#777">Ordering provider: Marcus Adeyemi, MD (Account 40127). '
    'Meridian Functional Labs | CLIA 38D2219047</p></td></tr></table>', font='Arial, sans-serif')
mk('phi', 'ids', mfl, S['adeyemi'], 'Results Ready: Accession MFL-5583021', txt, html=h,
   date=D(2025, 5, 12, 16, 6), headers=[('Auto-Submitted', 'auto-generated')], patient='')

# ids-008
mk('phi', 'ids', S['morales'], S['billing'], 'stmt question',
"""pt called about her stmt - acct 18842. her 3/14 visit shows $85 pt resp but she bought the 10 visit acu package in feb so it should be $0. can u fix and resend? she said she'll call back thurs

K
""", date=D(2025, 4, 1, 14, 20), patient='')

# ------------------------------------------------------------------ lang
# lang-001 (Spanish)
julian = A('Julián Cárdenas', 'jcardenas.mx@pnwmail.net')
d = D(2025, 4, 8, 9, 3)
q = D(2025, 4, 7, 21, 37)
mk('phi', 'lang', S['ruiz'], julian, 'RE: Citas de mi mamá - Rosa Cárdenas',
f"""Hola Julián,

Ya quedó: le cambié la cita a su mamá para el viernes 11 a las 9:30 con el Dr. Falkner. Sí le podemos dar otra compresa fría, se la dejo lista en recepción.

Sobre la carta de Keystone: sí, por favor mándeme una foto o tráigala el viernes para agregar el número de reclamo a su expediente. Yo le aviso a Darnell para que esté en contacto con la oficina del abogado.

Saludos,
Yesenia

Yesenia Ruiz
Patient Services | Tamarack Integrative Health
{MAIN} x103 | Se habla español

{on_gmail(q, 'Julián Cárdenas', 'jcardenas.mx@pnwmail.net')}
{quote('''Hola Yesenia, buenas noches.

Le escribo por mi mamá, Rosa Elvira Cárdenas. Como le comenté por teléfono,
el abogado (la oficina del Lic. Okonjo) nos dijo que ella tiene que seguir
yendo a sus citas con el Dr. Falkner después del choque, pero esta semana no
puedo llevarla el jueves porque me cambiaron el turno en el trabajo.

¿Se podría cambiar la cita del jueves 10 a las 4:00 para el viernes en la
mañana? Ella dice que todavía le duele mucho el cuello cuando voltea la cabeza
y que en las noches no duerme bien. También preguntó si le pueden dar otra vez
la compresa fría que le dieron la vez pasada.

Otra cosa: le llegó una carta del seguro (Keystone) con un número de reclamo,
KM-25-0140677. ¿Ustedes necesitan una copia?

Muchas gracias por toda su ayuda.

Julián Cárdenas
(503) 412-8830''')}
""", date=d, reply=True, patient='Rosa Elvira Cárdenas')

# lang-002 (Vietnamese)
thu = A('Phạm Minh Thư', 'minhthu.pham@hearthmail.net')
mk('phi', 'lang', S['tran'], thu, 'Về hóa đơn châm cứu của bác Lan',
f"""Chào chị Thư,

Em là Hương ở phòng billing của Tamarack. Em đã kiểm tra tài khoản của mẹ chị, bác Nguyễn Thị Lan (ngày sinh 14/08/1951). Bảo hiểm Evergreen chỉ trả cho 12 lần châm cứu mỗi năm, và bác đã dùng hết 12 lần vào cuối tháng 6. Vì vậy 3 lần châm cứu trong tháng 7 (ngày 8, 15 và 22) bị bảo hiểm từ chối, tổng cộng là $285.

Nếu gia đình muốn, bác có thể chuyển sang gói tự trả 10 lần với giá $650. Em có thể áp dụng giá gói cho 3 lần trong tháng 7, lúc đó số tiền bác phải trả chỉ còn $195, phần còn lại của gói dùng cho các lần tới.

Cô Mei-Ling cũng dặn là bác nên tiếp tục châm cứu mỗi tuần một lần cho đầu gối, nên nếu chị muốn đặt lịch tháng 8 thì em đặt luôn cho bác.

Chị gọi em ở số {MAIN}, số nội bộ 121, hoặc trả lời email này nhé.

Cảm ơn chị,
Trần Thị Hương (Huong Tran)
Billing Specialist | Tamarack Integrative Health
""", date=D(2025, 8, 5, 11, 30), patient='Nguyễn Thị Lan')

# lang-003 (Chinese)
chen = A('陈国强', 'chen.gq@bluepinemail.com')
d = D(2025, 3, 19, 12, 15)
q = D(2025, 3, 18, 22, 4)
mk('phi', 'lang', S['zhou'], chen, '回复：周医生，关于中药和下次针灸',
f"""陈先生您好，

胃不舒服可能跟空腹吃药有关。颗粒改成饭后半小时吃，每次先从一包减到半包，吃三天看看。如果拉肚子还是没有好转，就先停药，周四来的时候我再帮您调整方子。

周四下午3点可以，我已经帮您改好了。出差期间久坐的话，记得每个小时起来走动一下，腰部可以热敷。

十次套餐是$650，可以用HSA卡付。前台的Tasha可以跟您详细说明。

周美玲 L.Ac.
Tamarack Integrative Health
{MAIN} 分机 132

{on_gmail(q, '陈国强', 'chen.gq@bluepinemail.com')}
{quote('''周医生您好，

我是陈国强。上周二针灸以后，腰比以前松多了，晚上也能睡五六个小时了。
不过这几天吃了您开的独活寄生汤颗粒，胃有点不舒服，早上还有点拉肚子。
是不是应该饭后吃？还是要减量？

另外，我下周要去西雅图出差，周二的针灸能不能改到周四下午？如果周四不行，
周五早上也可以。

还有，保险公司说我今年的针灸次数快用完了，想问一下你们的十次套餐多少钱。

谢谢！
陈国强
手机：(360) 555-0187''')}
""", date=d, reply=True, patient='陈国强 (Chen Guoqiang)')

# lang-004 (Russian, forwarded)
volkov = 'Сергей Волков <s.volkov@ridgeline-net.com>'
d = D(2025, 5, 27, 9, 52)
q = D(2025, 5, 26, 20, 11)
mk('phi', 'lang', S['morales'], S['voss'], 'Fwd: Вопрос по массажу и страховке',
f"""Darnell - this came into the general inbox over the weekend. Google Translate says it's Sergei Volkov asking about his work comp visits and the massage not being covered anymore. Can you call him? Do we still have the number for the interpreter line?

-K

---------- Forwarded message ---------
From: {volkov}
Date: {q.strftime('%a, %b')} {q.day}, {q.year} at {hm(q)}
Subject: Вопрос по массажу и страховке
To: <frontdesk@tamarackih.com>

Здравствуйте!

Меня зовут Сергей Волков, я хожу к доктору Фолкнеру после травмы на работе (упал со стремянки на складе 12 марта). Номер моего дела в страховой - 2025-WC-120388.

Мне сказали, что массаж больше не оплачивается, но доктор говорил, что мне нужно ещё минимум 4 сеанса. Спина всё ещё болит, особенно когда поднимаю сына. Могу ли я продолжить массаж за свой счёт и сколько это стоит? И можно ли записаться на субботу, потому что с понедельника я снова работаю (лёгкий труд).

Спасибо,
Сергей Волков
тел. 503-555-0144
""", date=d, patient='Сергей Волков (Sergei Volkov)')

# lang-005 (Portuguese)
bia = A('Beatriz Camargo', 'bia.camargo@correiobrisa.com')
d = D(2025, 7, 15, 8, 40)
q = D(2025, 7, 14, 22, 5)
mk('phi', 'lang', S['ferreira'], bia, 'Re: Remarcar massagem + dor no ombro',
f"""Oi Bia!

Sexta às 15h está livre, já coloquei você. Pedi pra Tasha separar um frasco de cúrcuma e um de magnésio, fica tudo no seu nome na recepção.

Sobre o ombro: continua fazendo o alongamento na porta que te mostrei, 3x ao dia. Na sexta vou trabalhar mais o peitoral e a escápula. Se a fisgada piorar, fala com o Dr. Falkner antes.

A mensalidade foi debitada no dia 1º, está tudo certo, não precisa fazer nada.

Beijos,
Ana Lúcia

Ana Lúcia Ferreira, LMT
Tamarack Integrative Health

{on_gmail(q, 'Beatriz Camargo', 'bia.camargo@correiobrisa.com')}
{quote('''Oi Ana, tudo bem?

Preciso remarcar minha massagem de quinta (dia 17) porque vou ter que levar
meu filho no pediatra. Você teria horário na sexta à tarde ou no sábado de
manhã?

Aproveitando: desde a última sessão o ombro direito melhorou bastante, mas
ainda sinto aquela fisgada quando levanto o braço pra pendurar roupa. A Dra.
Quint falou pra eu continuar com a cúrcuma e o magnésio, mas esqueci de
comprar na recepção. Será que você pode pedir pra separarem um frasco de cada
pra mim?

Ah, e a minha mensalidade do plano de membro já foi debitada? Recebi um e-mail
de cobrança mas não entendi.

Beijos,
Bia
(Beatriz Camargo)

Enviado do meu celular''')}
""", date=d, reply=True, patient='Beatriz Camargo')

# lang-006 (Polish)
halina = A('Halina Wróblewska', 'halina.wroblewska@wiatrak-net.com')
mk('phi', 'lang', halina, S['wielgosz'], 'Zbyszek - wizyta i rachunek',
"""Szanowny Panie Doktorze,

piszę w imieniu męża, Zbigniewa Wróblewskiego. Po ostatniej wizycie w środę ból w krzyżu trochę zelżał, ale w nocy nadal drętwieje mu lewa noga aż do kolana. Czy to normalne, czy powinien przyjść wcześniej niż za tydzień? Lekarz rodzinny proponuje rezonans, ale mąż chciałby najpierw jeszcze kilka zabiegów u Pana.

Druga sprawa: dostaliśmy rachunek na 340 dolarów za 4 wizyty, a myśleliśmy, że Medicare pokrywa manipulacje kręgosłupa. Czy mógłby Pan poprosić biuro, żeby to sprawdziło? Numer konta na rachunku: 41187.

Mąż prosi też o zapisanie na poniedziałek rano, jeśli jest wolne miejsce.

Z poważaniem,
Halina Wróblewska
tel. 503-555-0121
""", date=D(2025, 10, 9, 19, 22), patient='Zbigniew Wróblewski')

# lang-007 (Korean)
ej = A('최은정', 'ej.choi@hanbitmail.com')
mk('phi', 'lang', ej, [S['adeyemi'], S['nguyen']], '어머니 검사 결과 및 영양제 문의 (최영숙)',
"""안녕하세요, 아데예미 선생님, 바오 씨.

저는 최영숙 님의 딸 최은정입니다. 지난주에 어머니께서 받으신 혈액검사 결과를 환자 포털에서 봤는데, 비타민 D가 18로 낮게 나왔고 페리틴도 낮다고 표시되어 있더라고요. 어머니께서 영어를 잘 못 하셔서 제가 대신 여쭤봅니다.

1. 비타민 D는 하루에 몇 IU를 드셔야 하나요? 지금은 클리닉에서 산 1,000 IU짜리를 하루 한 알 드시고 계세요.
2. 철분제를 따로 드셔야 하는지, 아니면 음식으로 조절해도 되는지 궁금합니다. 어머니가 예전에 철분제 먹고 변비가 심하셨어요.
3. 다음 진료 예약이 6월 3일 오전 10시로 되어 있는데, 제가 통역으로 같이 들어가도 될까요?

어머니 생년월일은 1948년 2월 27일입니다.

바쁘신데 감사합니다.
최은정 드림
(425) 555-0163
""", date=D(2025, 5, 22, 21, 9), patient='최영숙 (Choi Young-sook)')

# lang-008 (Tagalog / Taglish)
marites = A('Marites Bautista', 'marites.bautista@islandwave-mail.com')
mk('phi', 'lang', marites, S['frontdesk'], 'appointment ni Lolo Ernesto sa Lunes',
"""Hello po,

Ako po si Marites, caregiver ni Mr. Ernesto Dimaculangan. Gusto ko lang po sana i-confirm yung appointment niya kay Dr. Raman sa Lunes, 9:00 ng umaga.

Medyo nahihirapan po siyang maglakad ngayong linggo kasi sumasakit daw po yung balakang niya, lalo na pag umaga. Baka po kailangan namin ng wheelchair pagdating sa clinic, meron po ba kayo sa lobby? Kung wala po, dadalhin na lang namin yung walker niya.

Tsaka po, naubos na po yung glucosamine niya na binili namin sa inyo. Pwede po bang ipa-reserve ng isang bote? Cash na lang po ang bayad pagdating namin.

Ang anak po niya, si Ma'am Liza, ang magbabayad ng membership niya sa susunod na buwan, tatawag daw po siya sa inyo.

Salamat po!

Marites Bautista
(206) 555-0139

Sent from Yahoo Mail on Android
""", date=D(2025, 6, 12, 16, 48), patient='Ernesto Dimaculangan')

# ------------------------------------------------------------------ lists
# lists-001: aligned no-show list
rows = [
    ('Alvarez, Dominic', '03/11/1987', 'Falkner', '4/14 7:30a', 'No-show', 'PI case - 3rd miss, tell Darnell'),
    ('Whitcombe, Jolene', '09/28/1962', 'Okafor', '4/14 1:00p', 'Late cxl', 'flare up, called 45 min before'),
    ('Baptiste, Renaud', '12/05/1979', 'Pike', '4/15 4:00p', 'No-show', 'membership - 2 visits left this mo'),
    ('Szabo, Krisztina', '06/17/1994', 'Raman', '4/16 8:15a', 'Late cxl', 'sick kid'),
    ('Tolentino, Mark', '01/30/1971', 'Quint', '4/16 2:30p', 'No-show', 'lab review, food sensitivity results in'),
    ('Hargrove, Pamela', '08/08/1958', 'Wielgosz', '4/17 10:00a', 'Late cxl', 'ride fell thru (WC)'),
    ('Odum, Cyrus', '11/21/2001', 'Zhou', '4/18 5:15p', 'No-show', 'new pt, never showed'),
]
hdr = ('Patient', 'DOB', 'Provider', 'Appt', 'Type', 'Note')
w = [20, 10, 9, 11, 8, 34]
tbl = '  '.join(h.ljust(w[i]) for i, h in enumerate(hdr)).rstrip() + '\n'
tbl += '  '.join('-' * w[i] for i in range(len(w))) + '\n'
for r in rows:
    tbl += '  '.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() + '\n'
mk('phi', 'lists', S['greer'], S['providers'], 'no-shows / late cancels - wk of 4/14',
f"""Hi all,

Here's last week's no-show / late cancel list for your follow-up calls. Please document the call attempt in the chart (Comm tab). The $40 fee only gets waived if you OK it, just reply to me.

{tbl}
4 no-shows, 3 late cancels (down from 11 the week before, yay).

Dr. F - Dominic is the one the adjuster keeps asking about, so you may want to call him yourself.

Thanks!
Tasha

Tasha Greer
Front Desk Lead | Tamarack Integrative Health
P {MAIN} x101 | F {FAX}
""", date=D(2025, 4, 21, 7, 52),
   patient='Dominic Alvarez; Jolene Whitcombe; Renaud Baptiste; Krisztina Szabo; Mark Tolentino; Pamela Hargrove; Cyrus Odum')

# lists-002: pipe table to attorney + docx narrative
asante_docx = docx([
    '**TAMARACK INTEGRATIVE HEALTH - FINAL NARRATIVE REPORT**',
    'Patient: Kwame Asante     DOB: 09/14/1984     Date of injury: 11/30/2024',
    'Attorney: Halvorsen & Pruitt, PLLC     Claim: Keystone Mutual KM-24-0871150',
    'Treating provider: Tomasz Wielgosz, DC',
    '**History**',
    'Mr. Asante was the restrained driver of a vehicle struck on the passenger side at an intersection on 11/30/2024. '
    'He presented on 12/03/2024 with neck pain rated 7/10, mid-back pain 5/10 and headaches four to five days per week.',
    '**Diagnoses**',
    'S13.4XXA Sprain of ligaments of cervical spine; S23.3XXA Sprain of ligaments of thoracic spine; G44.309 Post-traumatic headache, unspecified.',
    '**Course of care**',
    '41 visits from 12/03/2024 to 05/29/2025: chiropractic manipulative treatment, manual therapy, therapeutic exercise and 12 acupuncture sessions.',
    'Neck Disability Index improved from 46% at intake to 12% at discharge. Headaches reduced to about one per week.',
    '**Prognosis**',
    'Patient reached maximum medical improvement on 05/29/2025. Residual intermittent neck stiffness with prolonged computer work is expected. '
    'Future care: up to 6 visits per year for exacerbations is reasonable.',
    'Tomasz Wielgosz, DC        06/20/2025',
])
tab = """| Client            | DOI      | Provider       | Visits | Last DOS | Status                               | Balance    |
|-------------------|----------|----------------|--------|----------|--------------------------------------|------------|
| Deshawn Lyle      | 05/02/25 | Raman          | 22     | 06/27/25 | Active 3x/wk, re-eval 7/21           | $3,915.00  |
| Marisol Acevedo   | 01/18/25 | Falkner/Okafor | 38     | 06/25/25 | Tapering to 1x/wk, HA improving      | $6,240.00  |
| Kwame Asante      | 11/30/24 | Wielgosz       | 41     | 05/29/25 | Discharged at MMI 5/29 - final attached | $5,108.50 |
| Heather Pomeroy   | 04/11/25 | Falkner        | 9      | 06/12/25 | GAP since 6/12, not returning calls  | $1,540.00  |"""
mk('phi', 'lists', S['voss'], jcole, 'June status - H&P clients treating at Tamarack',
f"""Hi Jasmine,

Monthly update on your clients below. Balances are as of 6/30 and include today's charges.

{tab}

Kwame's final narrative is attached (signed). Ledger to follow from Renee.

Heads up on Heather Pomeroy: we've called her three times and sent a letter. If she's still planning to treat, it would help if your office reached out, the gap is going to show up in the adjuster's review.

Thanks,
{SIG_VOSS}

{CONF}
""", date=D(2025, 7, 1, 15, 18),
   atts=[(asante_docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Asante_K_Final_Narrative.docx')],
   patient='Deshawn Lyle; Marisol Acevedo; Kwame Asante; Heather Pomeroy')

# lists-003: WC auth CSV
wc = io.StringIO()
cw = csv.writer(wc, lineterminator='\r\n')
cw.writerow(['claimant', 'dob', 'claim_no', 'carrier', 'adjuster', 'doi', 'auth_no', 'visits_auth', 'visits_used', 'auth_start', 'auth_end', 'provider', 'notes'])
for r in [
    ('Joseph Marchetti', '1979-08-02', '2025-WC-118604', 'Bellwether Casualty', 'C. Wen', '2025-02-03', 'BC-A-55190', 8, 7, '2025-06-02', '2025-06-30', 'Falkner', 'massage denied'),
    ('Gideon Farris', '1966-01-19', 'CWC-25-06218', 'Cascade WCS', 'R. Yates RN (NCM)', '2025-04-22', 'CWA-31177', 12, 6, '2025-06-09', '2025-08-08', 'Falkner', 'transport via MedRide'),
    ('Pamela Hargrove', '1958-08-08', 'CWC-25-04410', 'Cascade WCS', 'D. Ochoa', '2025-03-15', 'CWA-30902', 10, 10, '2025-05-01', '2025-06-30', 'Wielgosz', 'EXPIRES - need re-eval + new request'),
    ('Sunita Bhatt', '1977-12-30', 'SAIF-8830194', 'Summit Comp Mutual', 'L. Haney', '2025-01-27', 'SCM-22-4481', 6, 5, '2025-06-01', '2025-06-30', 'Falkner', 'EXPIRES this wk'),
    ('Sergei Volkov', '1988-05-05', '2025-WC-120388', 'Bellwether Casualty', 'C. Wen', '2025-03-12', 'BC-A-55412', 8, 4, '2025-06-16', '2025-07-31', 'Falkner', '97124 not covered, pt asking cash rate'),
    ('Michael Stroud', '1972-11-11', 'CWC-25-05127', 'Cascade WCS', 'D. Ochoa', '2025-02-20', 'CWA-31020', 12, 9, '2025-05-19', '2025-07-18', 'Raman', 'massage cut 6/1'),
    ('Rodney Tafoya', '1983-03-26', 'CWC-25-07731', 'Cascade WCS', 'R. Yates RN (NCM)', '2025-05-05', 'CWA-31340', 8, 2, '2025-06-20', '2025-08-30', 'Falkner', ''),
]:
    cw.writerow(r)
mk('phi', 'lists', S['voss'], S['dufresne'], 'WC auths - June',
"""attached. Hargrove and Bhatt expire this week, I flagged them. will have the new requests out by Weds.

D
""", date=D(2025, 6, 23, 8, 2), atts=[(wc.getvalue(), 'text/csv', 'WC_auth_tracker_2025-06.csv')],
   patient='Joseph Marchetti; Gideon Farris; Pamela Hargrove; Sunita Bhatt; Sergei Volkov; Michael Stroud; Rodney Tafoya')

# lists-004: lab kits XLSX
kits = [
    ['Patient', 'DOB', 'Kit', 'Ordered by', 'Dispensed/mailed', 'Tracking', 'Status', 'Paid', 'Days out'],
    ['Corinne Vasquez-Tull', '1981-06-30', 'GI360 stool', 'Adeyemi', '2025-07-22', '779144203318', 'Received by lab 8/1', 'Cash $349', 17],
    ['Mark Tolentino', '1971-01-30', 'HormoneMap dried urine', 'Quint', '2025-06-10', 'in-office', 'Not returned', 'Cash $299', 59],
    ['Bronwyn Achterberg', '1993-04-17', 'Lactulose breath test', 'Quint', '2025-06-02', 'in-office', 'Resulted 6/16', 'Cash $189', 0],
    ['Aisha Rahimi', '1985-06-21', 'Comprehensive thyroid (CT-22)', 'Adeyemi', '2025-05-28', 'draw in office', 'Resulted', 'Cash $229', 0],
    ['Tomas Echeverria', '1969-10-08', 'Food sensitivity IgG 96', 'Quint', '2025-05-30', '779144117702', 'Not returned', 'Cash $279', 70],
    ['Glenda Moyo', '1958-02-12', 'GI360 stool', 'Adeyemi', '2025-06-25', '779144209934', 'Not returned', 'Ins - Evergreen (pending)', 44],
    ['Yuki Brennan', '1990-09-09', 'Organic acids (OAT)', 'Adeyemi', '2025-07-30', '779144231175', 'In transit to lab', 'Cash $319', 9],
]
mk('phi', 'lists', S['nguyen'], [S['adeyemi'], S['quint']], 'Outstanding lab kits - please review (3 over 45 days)',
"""Hi both,

Updated kit tracker attached. Three kits have been out more than 45 days (Tolentino, Echeverria, Moyo). Do you want me to call them, or just let them go? Two of those were cash-pay and per the dispensary policy we don't refund after 60 days, so Tolentino and Echeverria are right at/over the line.

Also Glenda Moyo's insurance pre-auth is still pending, so if she does send it back we might end up billing her the full $349.

Bao
""", date=D(2025, 8, 8, 13, 25),
   atts=[(xlsx(kits, 'Kits Aug'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'lab_kits_outstanding_2025-08-08.xlsx')],
   patient='Corinne Vasquez-Tull; Mark Tolentino; Bronwyn Achterberg; Aisha Rahimi; Tomas Echeverria; Glenda Moyo; Yuki Brennan')

# lists-005: recall list Name - DOB - reason
mk('phi', 'lists', S['falkner'], S['frontdesk'], 're-exam recalls this week',
"""Please call these folks this week and book a 30 min re-exam with me. Most are overdue.

Yolanda Pierce - 02/14/1966 - 12 visit plan done, needs re-eval + new plan (neck/HA)
Trevor Ashby - 10/03/1990 - PIP re-eval due, Keystone wants an updated NDI
Ngozi Eze - 07/19/1983 - postpartum SI pain, check progress, probably taper
Hollis Grant - 05/25/1955 - Medicare, re-eval needed to keep AT going
Sunita Bhatt - 12/30/1977 - WC, 30-day re-eval required by the carrier
Lars Magnusson - 04/04/1949 - fell in April, daughter says he wants to come back

If Hollis can't come in before the 20th let me know, I'll squeeze him in at lunch.

thanks
O

--
Owen Falkner, DC
Clinic Director
Tamarack Integrative Health
""", date=D(2025, 6, 9, 7, 18),
   patient='Yolanda Pierce; Trevor Ashby; Ngozi Eze; Hollis Grant; Sunita Bhatt; Lars Magnusson')

# lists-006: membership failures pasted from spreadsheet (tabs)
grid = "\n".join("\t".join(r) for r in [
    ('Member', 'Member #', 'Plan', 'Amount', 'Decline reason', 'Visits used (Jul)', 'Notes'),
    ('Farah Qureshi', 'EL-1184', 'Elevate', '$199.00', 'Insufficient funds', '3', 'retry 8/5'),
    ('Dennis Kowalski', 'WP-2016', 'Wellness Plus', '$149.00', 'Expired card', '4', 'card exp 07/25'),
    ('Amara Okonkwo', 'WP-2190', 'Wellness Plus', '$149.00', 'Do not honor', '1', ''),
    ('Rob Tiernan', 'EL-1201', 'Elevate', '$199.00', 'Expired card', '2', 'PAUSED 8/1 - surgery 8/12'),
    ('Liesl Andersen', 'WP-2207', 'Wellness Plus', '$149.00', 'n/a', '0', 'PAUSED 8/1-12/31 pregnancy'),
    ('Gretchen Ohlsson', 'CH-0412', 'Chiro Basic', '$89.00', 'Insufficient funds', '2', '2nd month'),
])
mk('phi', 'lists', S['dufresne'], S['whitfield'], 'Membership draft failures - 8/1',
f"""Carla,

Here's the 8/1 draft run. 5 declines, 2 pauses. Pasted from the report:

{grid}

Rob and Liesl both asked for medical pauses and I approved them per the pause policy (max 6 months, no fee). The rest I'll work next week. Dennis has been a member since 2019 so I'd rather not send him to the collections queue, I'll call him myself.

Total failed: $635.00. Total paused MRR: $348.00.

Renee
""", date=D(2025, 8, 2, 10, 4),
   patient='Farah Qureshi; Dennis Kowalski; Amara Okonkwo; Rob Tiernan; Liesl Andersen; Gretchen Ohlsson')

# lists-007: automated daily schedule
sched = [
    ('08:00', 'Ileana Castellanos', 'Acu f/u 60', 'Pkg 4/10', 'energy low, on thyroid meds - ask re: palpitations'),
    ('09:15', 'Chen Guoqiang', 'Acu f/u 60', 'Ins (Evergreen) 11/12', 'LBP, herbal formula adjusted 3/19'),
    ('10:30', 'Harriet Vance-Moreau', 'Acu NEW 90', 'Referral - Larkspur FM', 'knee OA + chronic LBP, CCD in chart'),
    ('12:00', 'LUNCH', '', '', ''),
    ('13:00', 'Glenn Whitacre', 'Acu f/u 60', 'Cash', 'rash w/ sinus formula - formula stopped'),
    ('14:15', 'Farah Qureshi', 'Acu f/u 45', 'Membership EL', 'migraines - bring HA diary'),
    ('15:15', 'Nguyen Thi Lan', 'Acu f/u 45', 'Ins (Evergreen) 7/12', 'knees, daughter translates'),
    ('16:15', 'Tessa Lindgren', 'Acu NEW 90', 'Cash', 'sleep/stress, TMJ - ref by S. Brandt'),
    ('17:45', 'Jun Nakamura', 'Cupping 30', 'Cash', 'L QL strain'),
]
txt = "ChiroFlow - Daily Schedule\nProvider: Mei-Ling Zhou, L.Ac., DAOM\nDate: Thursday 05/22/2025\nAppointments: 8 (1 block)\n\n"
for s in sched:
    txt += f"{s[0]}  -  {s[1]:<22}-  {s[2]:<12}-  {s[3]:<22}-  {s[4]}\n"
txt += "\nThis schedule was generated automatically. Manage notification settings in ChiroFlow > Preferences > Email.\n"
rows_h = ''.join(
    f'<tr><td>{a}</td><td><b>{xesc(b)}</b></td><td>{xesc(c)}</td><td>{xesc(e)}</td><td style="color:#555">{xesc(f)}</td></tr>'
    for a, b, c, e, f in sched)
h = html_wrap('<h3 style="color:#2e5c3e">Daily Schedule - Thursday 05/22/2025</h3>'
              '<p>Provider: Mei-Ling Zhou, L.Ac., DAOM</p>'
              '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">'
              '<tr style="background:#e8f0e4"><th>Time</th><th>Patient</th><th>Visit</th><th>Billing</th><th>Alert</th></tr>'
              + rows_h + '</table><p style="font-size:8pt;color:#888">Generated by ChiroFlow.</p>', font='Segoe UI, Arial')
mk('phi', 'lists', A('ChiroFlow Scheduler', 'notifications@chiroflowehr.com'), S['zhou'],
   'Your schedule for Thu 05/22/2025 - 8 appointments', txt, html=h, date=D(2025, 5, 21, 18, 0),
   headers=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
   patient='Ileana Castellanos; Chen Guoqiang; Harriet Vance-Moreau; Glenn Whitacre; Farah Qureshi; Nguyen Thi Lan; Tessa Lindgren; Jun Nakamura')

# ------------------------------------------------------------------ names
# names-001
mk('phi', 'names', S['falkner'], S['adeyemi'], 'Mrs. Castellanos',
"""Marcus,

Saw Mrs. Castellanos this morning for her adjustment. She mentioned in passing that her endocrinologist bumped her levothyroxine up to 88 mcg last month and she's been jittery with palpitations at night ever since. She wasn't sure whether she should still be taking the selenium/ashwagandha combo you started her on in the spring. I told her I'd pass it along rather than guess.

Her BP in the office was 142/90, which is high for her (she usually runs in the 120s). Pulse 96 and regular.

Can you or Bao give her a call? She's best reached after 4.

Owen
""", cc=S['nguyen'], date=D(2025, 5, 20, 10, 44), patient='Ileana Castellanos')

# names-002: name only in subject
d = D(2025, 3, 6, 12, 31)
q = D(2025, 3, 5, 17, 2)
mk('phi', 'names', S['raman'], S['falkner'], 'Re: Hal Brightwater',
f"""MRI came back. L4-5 broad-based disc bulge with mild left foraminal narrowing, no cord or cauda involvement. Ortho (Sheffield at Summit Ortho) says not surgical, continue conservative care.

I'm going to keep him 2x/wk for 4 more weeks, add flexion-distraction and have Jordan work on his glute med. If the left leg numbness isn't better by the 28th I'll send him back to Sheffield for an ESI consult.

--P

{on_gmail(q, 'Owen Falkner, DC', em('falkner'))}
> Any word on his imaging? He was asking at the desk yesterday and seemed
> pretty anxious about it.
>
> O
""", date=d, reply=True, patient='Hal Brightwater')

# names-003: Last, First
mk('phi', 'names', S['okafor'], S['wielgosz'], 'your 3:30',
"""Nakamura, Jun - came to me first for acu. He tweaked his low back deadlifting Saturday (felt a "pop", no radiating pain, no numbness/tingling). Pretty guarded L QL. I did local points + e-stim and some cupping, he's moving better but still can't sit more than ~20 min.

He's on your book at 3:30 for an adjustment. Heads up he's nervous about being "cracked", so maybe start with activator/drop table.

-L
""", date=D(2025, 5, 19, 13, 7), patient='Jun Nakamura')

# names-004: nickname
mk('phi', 'names', S['pike'], S['voss'], 'Big Mike\'s massage visits',
"""Darnell,

Big Mike (Stroud, the lumber yard guy) told me today the adjuster cut his massage. Honestly he's the one who needs it the most. His sciatica flares the day after every shift and he says the soft tissue work is the only thing that gets him through the weekend.

Is there anything we can do, like a letter from Dr. Raman? He said he can't swing the cash rate right now.

Also he mentioned he's been taking like 6-8 ibuprofen a day, which kind of worried me. I told him to bring it up with the doc Thursday but maybe flag it for her too?

Thx
Jordan
""", date=D(2025, 6, 5, 16, 55), patient='Michael Stroud')

# names-005: name only in quoted part
d = D(2025, 8, 19, 9, 3)
q = D(2025, 8, 18, 18, 40)
mk('phi', 'names', S['greer'], S['quint'], 'Re: call back pls',
f"""Got it, will call her this morning and get her in next week. -T

{on_gmail(q, 'Hazel Quint', em('quint'))}
> Tasha, can you call Odessa Fairweather back and schedule a 30 min f/u with
> me next week? Her hair mineral and salivary cortisol results are back and I
> want to go over them in person. Cortisol was pretty flat all day.
>
> Also let her know to stop the licorice root tincture until we talk, her BP
> was up at the last visit.
>
> Thanks, HQ
>
> Hazel Quint, ND
> Naturopathic Physician | Tamarack Integrative Health
""", date=d, reply=True, patient='Odessa Fairweather')

# names-006: first name only
mk('phi', 'names', S['brandt'], S['ferreira'], 'Tessa',
"""Hey Ana, just a heads up since she's on your book next week.

Tessa cried on the table today. She's going through the divorce and said she's barely sleeping. Neck and traps were like rocks, worse on the right, and she said her jaw clicks now (night grinding?). I suggested she talk to Dr. Quint about sleep and book with Mei-Ling for acu.

Go gentle, she startles if you start on the neck without warning her first.

xo S
""", date=D(2025, 5, 14, 18, 22), patient='Tessa')

# names-007: long Outlook thread
d = D(2025, 6, 17, 7, 58)
q1 = D(2025, 6, 16, 17, 41)
q2 = D(2025, 6, 16, 9, 12)
mk('phi', 'names', S['adeyemi'], S['quint'], 'RE: RE: Bronwyn A. - breath test',
f"""Hazel - agree with going herbal first given her history with rifaximin (she said it did nothing and the cost was brutal). Let's do allicin + berberine for 4 weeks, then repeat the breath test. I'd hold off on the elemental diet unless she doesn't respond. She's already down ~6 lbs since January and I don't want her going lower.

Fine to keep the S. boulardii, stop the Lacto/Bifido blend for now.

Can you also recheck ferritin and B12 when she's in? Last ferritin was 14.

M

Marcus Adeyemi, MD, IFMCP
Functional Medicine | Tamarack Integrative Health
{MAIN} x140

{outlook_block(q1, 'Hazel Quint <hquint@tamarackih.com>', 'Marcus Adeyemi <madeyemi@tamarackih.com>', 'RE: Bronwyn A. - breath test')}

Her lactulose breath test came back positive. Hydrogen peaked at 48 ppm at 90 min, methane stayed under 10. So hydrogen-dominant SIBO.

She's pretty miserable: bloating every evening, alternating loose stools, fatigue. She mentioned she's getting married in September and really wants to feel normal by then. I'd like to start an herbal protocol. Thoughts? Also she's asking if she can keep taking her probiotic.

Hazel

{outlook_block(q2, 'Marcus Adeyemi <madeyemi@tamarackih.com>', 'Hazel Quint <hquint@tamarackih.com>', 'Bronwyn A. - breath test')}

Did Bronwyn Achterberg's breath test come back? She messaged through the portal asking.

-M
""", date=d, reply=True, headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Topic', 'Bronwyn A. - breath test')],
   patient='Bronwyn Achterberg')

# names-008: attorney thread
okonjo = A('Felix Okonjo', 'fokonjo@okonjolaw.com')
d = D(2025, 4, 11, 14, 9)
q = D(2025, 4, 10, 10, 33)
mk('phi', 'names', S['voss'], okonjo, 'RE: Ms. Delacroix-Ward - narrative / headaches',
f"""Felix,

Thanks. I've asked Dr. Falkner to address the headache history specifically in the narrative. For your file: she has reported headaches at 14 of her 17 visits since the collision, and he referred her to Westhaven Neurology on 4/2. Narrative should be ready by 4/25.

The treatment plan that was in effect in March (3x/wk x 4 wks, signed 2/28) is attached to the records packet I sent your office on 4/4. I can resend if Jasmine can't find it.

Darnell

{SIG_VOSS}

{outlook_block(q, 'Felix Okonjo <fokonjo@okonjolaw.com>', 'Darnell Voss <dvoss@tamarackih.com>', 'Ms. Delacroix-Ward - narrative / headaches')}

Darnell,

Our client Ms. Delacroix-Ward reports continued daily headaches and light sensitivity since the February collision, and tells me she has been leaving work early several days a week. Please ensure Dr. Falkner's narrative addresses the headache complaints and any referrals that were made.

Also, the carrier is disputing the frequency of visits in March. Can you send the treatment plan that was in effect?

Best regards,

Felix Okonjo
Attorney at Law | Okonjo Law Group
88 Harbor Point Blvd, Suite 210, Westhaven, OR 97088
T 503-555-0188 | F 503-555-0189

{LAW_CONF}
""", date=d, reply=True, patient='Ms. Delacroix-Ward')

# ------------------------------------------------------------------ self
# self-001
trevor = A('Trevor Ashby', 'trevor.ashby@fernmail.com')
mk('phi', 'self', trevor, S['billing'], 'Bill from you guys - PIP should be paying this??',
"""Hi,

I got a statement in the mail saying I owe $640 for visits in January and February. I was told when I started that my auto insurance PIP (Keystone Mutual, claim KM-24-0877419) would cover my chiropractic and massage after the accident in December. I have not gotten anything from Keystone saying they denied anything.

Can someone look into this before it goes to collections? I'm trying to rebuild my credit and can't have that on there.

Also I still get the neck pain when I drive more than 30 min, so I do want to keep coming, I just need to know what it's going to cost me.

Thanks,
Trevor Ashby
DOB 10/03/1990
503-555-0196
""", date=D(2025, 3, 12, 20, 47), patient='Trevor Ashby')

# self-002
dana = A('dana', 'dkowalczyk77@cascadelink.net')
mk('phi', 'self', dana, S['frontdesk'], 'today??',
"""hi its dana k. my back went out again picking up the laundry basket, cant really stand up straight. any chance dr raman or whoever can squeeze me in today? i can come anytime after 11. i still have 3 visits on my package i think

sent from my phone sorry for typos
""", date=D(2025, 9, 8, 7, 6), headers=[('X-Mailer', 'iPhone Mail (22A3354)')], patient='Dana Kowalczyk')

# self-003
liesl = A('Liesl Andersen', 'liesl.andersen@northlightmail.com')
mk('phi', 'self', liesl, S['frontdesk'], 'Pause membership?',
"""Hi there,

I'm a Wellness Plus member (one massage + one acupuncture a month). I just found out I'm pregnant (yay!) but I'm also pretty sick with nausea right now and can't imagine lying face down for an hour.

Is it possible to pause my membership for a few months, or switch to acupuncture only? Lina mentioned once that acupuncture can help with morning sickness. I also read that some points aren't safe in pregnancy, is that something she watches for?

Member # WP-2207

Thank you!
Liesl Andersen
""", date=D(2025, 7, 24, 12, 2), patient='Liesl Andersen')

# self-004 (employee writing about own care/benefit)
d = D(2025, 9, 3, 17, 50)
mk('phi', 'self', S['ruiz'], S['whitfield'], 'question about staff acu benefit (personal)',
"""Hi Carla,

Kind of a personal one, hope that's ok. My husband and I are starting IVF in October at the fertility center at Riverside. My doctor there said acupuncture before and after the transfer could help, and Lina said she'd be happy to see me.

Does the staff benefit (4 free acu visits a year) roll over, or can I use next year's early? I'll probably need 6-8 visits between October and December. If not I'm fine paying the staff rate, I just want to know what it would be.

Also I might need a few mornings off for monitoring appointments. I'll put in PTO requests once I have dates.

Please keep this between us for now.

Thanks,
Yesenia
""", date=d, patient='Yesenia Ruiz')

# self-005
rodney = A('Rodney Tafoya', 'rtafoya.ironworks@outpost-mail.com')
mk('phi', 'self', rodney, S['voss'], 'my claim got denied for more visits??',
"""Darnell,

Got a letter from Cascade today saying they won't approve any more chiropractor visits after 8/30 because I reached "maximum medical improvement". That's BS honestly. My shoulder still won't go over my head and I can't do my job like that. Dr. Falkner told me I was getting better but not done.

My claim number is CWC-25-07731.

What do I do? Do I need a lawyer? Can I keep coming and pay later? I've already missed 3 weeks of work.

Rodney Tafoya
cell 971-555-0128

Sent from my Galaxy
""", date=D(2025, 8, 26, 18, 33), patient='Rodney Tafoya')

# self-006 (HTML mail from patient)
aisha = A('Aisha Rahimi', 'aisha.rahimi@lumenpost.com')
body = """Hello,

Could you please send me an itemized superbill for my functional medicine visits and lab work with Dr. Adeyemi this year? My HSA administrator (HealthVault) needs the diagnosis codes and CPT codes on it, plus something showing I paid.

I paid cash for the initial consult ($395), one follow-up ($195), the GI360 stool test ($349) and the thyroid panel I bought at the front desk ($229).

My info: Aisha Rahimi, DOB 06/21/1985, 1142 Birchfield Ct, Westhaven OR 97088.

If it's easier I can pick up a paper copy Thursday.

Thanks so much,
Aisha
"""
mk('phi', 'self', aisha, S['billing'], 'Superbill for HSA - functional med visits + labs', body,
   html=html_wrap(p2html(body), font='Helvetica, Arial'), date=D(2025, 10, 14, 12, 17), patient='Aisha Rahimi')

# self-007
glenn = A('glenn whitacre', 'gwhitacre@riverstonenet.com')
mk('phi', 'self', glenn, S['zhou'], 'rash from the herbs?',
"""hi mei-ling

started the herbal formula you gave me monday (the one for the sinuses, in the brown bottle) and this morning i woke up with a red itchy rash on my chest and arms. no trouble breathing or anything like that. i stopped taking it.

should i come in or go to urgent care? my next acupuncture is friday.

i also take lisinopril for blood pressure if that matters, i forgot to put it on the form.

glenn
541-555-0103
""", date=D(2025, 5, 15, 6, 41), patient='Glenn Whitacre')

# ------------------------------------------------------------------ struct
# struct-001: SIU^S12 interface error, forwarded to IT contractor
brett = A('Brett Lindqvist', 'brett@northgatetech.net')
siu = "\n".join([
    "MSH|^~\\&|CHIROFLOW|TAMARACK|TEXTREMIND|TR|20250611083412||SIU^S12|TIH2025061100342|P|2.3",
    "SCH|1|AP20250617-0932|||||ACUFU^Acupuncture follow-up|ROUTINE|60|min|^^60^20250617100000^20250617110000|||||1740329956^OKAFOR^LINA^^^LAC|||||||||Booked",
    "PID|1||TIH-01377^^^TIH^MR||KAHANANUI^LEILANI^K||19910315|F|||88 Alder Ridge Ln^^Westhaven^OR^97088||(503)5550-191|||S|||",
    "PV1|1|O|TIH^ACU2^^TAMARACK||||1740329956^OKAFOR^LINA^^^LAC",
    "RGS|1|A",
    "AIS|1|A|ACUFU^Acupuncture follow-up 60|20250617100000|0|min|60|min",
    "AIL|1|A|ACU2^^^TAMARACK|ROOM|20250617100000",
    "AIP|1|A|1740329956^OKAFOR^LINA^^^LAC|ACU|20250617100000|0|min|60|min",
])
d = D(2025, 6, 11, 9, 20)
q = D(2025, 6, 11, 8, 34)
mk('phi', 'struct', S['morales'], brett, 'FW: [ChiroFlow] Outbound SIU^S12 rejected by TextRemind (AE)',
f"""Brett, this is the 4th one of these this week. I think it's when someone types the phone with the dash in the wrong spot? The patient didn't get her reminder text for next Tuesday so I called her. Can you look at whether the interface can just strip the punctuation?

Kenji

-----Original Message-----
From: ChiroFlow Interface Engine <interface-alerts@chiroflowehr.com>
Sent: {sent_line(q)}
To: it@tamarackih.com
Subject: [ChiroFlow] Outbound SIU^S12 rejected by TextRemind (AE)

Interface: TIH_SIU_OUT -> TextRemind (channel 3)
Result: AE - Application Error
Error: PID-13 home phone does not match expected format (NNN)NNN-NNNN
Message control ID: TIH2025061100342
Retries: 3 of 3 - message moved to error queue

--- raw message ---
{siu}
--- end ---

You are receiving this alert because you are listed as an interface contact for practice TAMARACK.
""", date=d, patient='Leilani Kahananui')

# struct-002: X12 837P attachment
def x12(segs):
    return "~\n".join(segs) + "~\n"

def with_envelope(ctrl, gs_code, gs_snd, gs_rcv, st_code, impl, body, date='250304', time='1422'):
    st = [f"ST*{st_code}*0001*{impl}"] + body
    st.append(f"SE*{len(st) + 1}*0001")
    return ([f"ISA*00*          *00*          *ZZ*{gs_snd:<15}*ZZ*{gs_rcv:<15}*{date}*{time}*^*00501*{ctrl:09d}*0*P*:",
             f"GS*{gs_code}*{gs_snd}*{gs_rcv}*20{date}*{time}*{ctrl}*X*{impl}"] + st +
            [f"GE*1*{ctrl}", f"IEA*1*{ctrl:09d}"])

body837 = [
    "BHT*0019*00*TIH0304A*20250304*1422*CH",
    "NM1*41*2*TAMARACK INTEGRATIVE HEALTH*****46*TIH88210",
    "PER*IC*HUONG TRAN*TE*5035550178*EX*121",
    "NM1*40*2*KEYSTONE MUTUAL INSURANCE*****46*KMI01",
    "HL*1**20*1",
    "NM1*85*2*TAMARACK INTEGRATIVE HEALTH*****XX*1588204731",
    "N3*4410 SE LARKSPUR AVE STE 200",
    "N4*WESTHAVEN*OR*97088",
    "REF*EI*931847266",
    "HL*2*1*22*0",
    "SBR*P*18*******AM",
    "NM1*IL*1*OYELARAN*BRANDON*A***MI*KMPIP5521903",
    "N3*2730 HAWTHORNE PARK DR APT 12",
    "N4*WESTHAVEN*OR*97088",
    "DMG*D8*19870529*M",
    "NM1*PR*2*KEYSTONE MUTUAL INSURANCE*****PI*KMI01",
    "CLM*TIH51277*316***11:B:1*Y*A*Y*Y*P*AA:::OR",
    "DTP*439*D8*20250112",
    "REF*Y4*KM-25-0009314",
    "HI*ABK:S134XXA*ABF:S335XXA*ABF:M5412",
    "NM1*82*1*RAMAN*PRIYA****XX*1295731864",
    "PRV*PE*PXC*111N00000X",
    "LX*1",
    "SV1*HC:98941*68*UN*1***1:2:3",
    "DTP*472*D8*20250303",
    "LX*2",
    "SV1*HC:97140:59*116*UN*2***1:2",
    "DTP*472*D8*20250303",
    "LX*3",
    "SV1*HC:97110*64*UN*1***2:3",
    "DTP*472*D8*20250303",
    "LX*4",
    "SV1*HC:97124*68*UN*1***1",
    "DTP*472*D8*20250303",
]
x837 = x12(with_envelope(4417, 'HC', 'TAMARACKIH', 'CLAIMBRIDGE', '837', '005010X222A1', body837))
mk('phi', 'struct', S['tran'], S['dufresne'], 'raw 837 for the Keystone PIP claim that keeps bouncing',
"""Renee,

Attached is the raw 837 for claim TIH51277 (the one ClaimBridge keeps kicking back with "invalid SBR09"). I have the claim filing indicator as AM since it's auto/PIP. ClaimBridge support says Keystone wants it as "PI"? Can you eyeball the file before I resend it? I don't want to mess up the other PIP claims by changing the payer setup.

Huong
""", date=D(2025, 3, 5, 10, 26), atts=[(x837, 'text/plain', 'TIH51277_837P.txt')], patient='Brandon Oyelaran')

# struct-003: 835 ERA notification
def svc_lines(lines):
    segs, chg, paid = [], 0, 0
    for code, units, charge, allowed, pay, pr, dos in lines:
        segs.append(f"SVC*HC:{code}*{charge:.2f}*{pay:.2f}**{units}")
        segs.append(f"DTM*472*{dos}")
        co = round(charge - pay - (pr[1] if pr else 0), 2)
        if co:
            segs.append(f"CAS*CO*45*{co:.2f}")
        if pr:
            segs.append(f"CAS*PR*{pr[0]}*{pr[1]:.2f}")
        if allowed:
            segs.append(f"AMT*B6*{allowed:.2f}")
        chg += charge
        paid += pay
    return segs, round(chg, 2), round(paid, 2)

c1, c1chg, c1paid = svc_lines([
    ('98941', 1, 68.00, 54.40, 14.40, ('3', 40.00), '20250402'),
    ('97140:59', 2, 116.00, 92.00, 92.00, None, '20250402'),
    ('97110', 1, 64.00, 48.60, 48.60, None, '20250402'),
])
c2, c2chg, c2paid = svc_lines([
    ('97810', 1, 75.00, 0.00, 0.00, ('204', 75.00), '20250404'),
    ('97811', 1, 45.00, 0.00, 0.00, ('204', 45.00), '20250404'),
])
c3, c3chg, c3paid = svc_lines([
    ('98940', 1, 52.00, 44.10, 44.10, None, '20250407'),
    ('97140:59', 1, 58.00, 46.00, 21.00, ('1', 25.00), '20250407'),
])
total = round(c1paid + c2paid + c3paid, 2)
body835 = [
    f"BPR*I*{total:.2f}*C*ACH*CCP*01*123000220*DA*4471022918*1911223344**01*121000358*DA*8822104476*20250418",
    "TRN*1*882019344*1911223344",
    "DTM*405*20250418",
    "N1*PR*EVERGREEN HEALTH PLAN",
    "N3*PO BOX 33120",
    "N4*TACOMA*WA*984330120",
    "PER*BL*PROVIDER SERVICES*TE*8005550166",
    "N1*PE*TAMARACK INTEGRATIVE HEALTH*XX*1588204731",
    "REF*TJ*931847266",
    "LX*1",
    f"CLP*TIH50981*1*{c1chg:.2f}*{c1paid:.2f}*40.00*12*EHP25100488211*11*1",
    "NM1*QC*1*IBARRA-LUTZ*CARMEN****MI*XJH771204418",
    "DTM*232*20250402",
] + c1 + [
    f"CLP*TIH51002*4*{c2chg:.2f}*0.00*{c2chg:.2f}*12*EHP25100488377*11*1",
    "NM1*QC*1*NAKASHIMA*PERCIVAL*J***MI*XJH660018275",
    "DTM*232*20250404",
] + c2 + [
    f"CLP*TIH51046*1*{c3chg:.2f}*{c3paid:.2f}*25.00*12*EHP25100489020*11*1",
    "NM1*QC*1*IBARRA-LUTZ*CARMEN****MI*XJH771204418",
    "DTM*232*20250407",
] + c3
x835 = x12(with_envelope(88120, 'HP', 'CLAIMBRIDGE', 'TAMARACKIH', '835', '005010X221A1', body835,
                         date='250418', time='0612'))
mk('phi', 'struct', A('ClaimBridge ERA', 'era-notify@claimbridge.net'), S['billing'],
   f'ERA available - EVERGREEN HEALTH PLAN - EFT ${total:.2f}',
f"""A new electronic remittance advice (835) has been received for your organization.

  Payee:          TAMARACK INTEGRATIVE HEALTH (NPI 1588204731)
  Payer:          EVERGREEN HEALTH PLAN
  Payment method: ACH / EFT
  Trace number:   882019344
  Payment date:   04/18/2025
  Amount:         ${total:.2f}
  Claims:         3 (1 denied)

The 835 file is attached. You can also view and post this remittance in the ClaimBridge portal under Remits > Unposted.

ClaimBridge | Revenue Cycle Services | support@claimbridge.net | 866-555-0150
This is an automated message; replies to this address are not monitored.
""", date=D(2025, 4, 18, 6, 15), headers=[('Auto-Submitted', 'auto-generated')],
   atts=[(x835, 'application/octet-stream', 'ERA_882019344.835')],
   patient='Carmen Ibarra-Lutz; Percival Nakashima')

# struct-004: FHIR bundle from lab integration
bundle = {
    "resourceType": "Bundle",
    "id": "mfl-5590417",
    "type": "collection",
    "timestamp": "2025-07-09T14:22:07-07:00",
    "entry": [
        {"fullUrl": "urn:uuid:6f1c2a9e-4b7d-4c1e-9a21-0d3e5b8f7a10",
         "resource": {"resourceType": "Patient", "id": "TIH-01102",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9182.1", "value": "TIH-01102"}],
                      "name": [{"family": "Sandoval", "given": ["Noemi", "R"]}],
                      "gender": "female", "birthDate": "1979-11-23",
                      "telecom": [{"system": "phone", "value": "503-555-0114", "use": "mobile"}],
                      "address": [{"line": ["615 Quarry View Dr"], "city": "Westhaven", "state": "OR", "postalCode": "97088"}]}},
        {"fullUrl": "urn:uuid:0b8a7d21-77e3-4f0c-8c51-1f2d9e6a4c02",
         "resource": {"resourceType": "DiagnosticReport", "id": "MFL-5590417", "status": "final",
                      "code": {"text": "Inflammation + Nutrient Panel (IN-14)"},
                      "subject": {"reference": "Patient/TIH-01102"},
                      "effectiveDateTime": "2025-07-03T08:05:00-07:00",
                      "issued": "2025-07-09T14:20:00-07:00",
                      "performer": [{"display": "Meridian Functional Labs"}],
                      "result": [{"reference": "Observation/o1"}, {"reference": "Observation/o2"},
                                 {"reference": "Observation/o3"}, {"reference": "Observation/o4"}]}},
    ],
}
obs = [
    ("o1", "1989-3", "25-hydroxyvitamin D3+D2 [Mass/volume] in Serum or Plasma", 21.4, "ng/mL", 30, 100, "L"),
    ("o2", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 38, "ng/mL", 15, 150, "N"),
    ("o3", "30522-7", "C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method", 4.6, "mg/L", 0, 3.0, "H"),
    ("o4", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.1, "m[IU]/L", 0.45, 4.5, "N"),
]
for oid, loinc, disp, val, unit, lo, hi, flag in obs:
    bundle["entry"].append({"fullUrl": f"urn:uuid:obs-{oid}", "resource": {
        "resourceType": "Observation", "id": oid, "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc, "display": disp}]},
        "subject": {"reference": "Patient/TIH-01102"},
        "effectiveDateTime": "2025-07-03T08:05:00-07:00",
        "valueQuantity": {"value": val, "unit": unit},
        "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": flag}]}],
        "referenceRange": [{"low": {"value": lo, "unit": unit}, "high": {"value": hi, "unit": unit}}]}})
bj = json.dumps(bundle, indent=2, ensure_ascii=False)
mk('phi', 'struct', brett, [S['adeyemi'], S['nguyen']], 'Meridian FHIR feed - first live result, units question',
f"""Dr. Adeyemi, Bao,

Good news, the Meridian FHIR results feed went live this morning and the first production result came through at 2:22. Bundle is attached so you can see what we get.

Two things I need a decision on before I turn on auto-filing:

1. The UCUM unit for TSH comes through as "m[IU]/L". ChiroFlow shows that literally in the flowsheet. I can map it to "mIU/L" for display, ok?
2. Meridian sends interpretation "N" for normal results. Do you want those to show a flag at all, or only L/H?

Snippet of the vitamin D observation as it comes in:

    "code": {{ "coding": [ {{ "system": "http://loinc.org", "code": "1989-3" }} ] }},
    "subject": {{ "reference": "Patient/TIH-01102" }},
    "valueQuantity": {{ "value": 21.4, "unit": "ng/mL" }},
    "interpretation": [ {{ "coding": [ {{ "code": "L" }} ] }} ]

Brett

Brett Lindqvist
Northgate Tech Partners | Managed IT for Healthcare
503-555-0107 | help@northgatetech.net
""", date=D(2025, 7, 9, 15, 1), atts=[(bj, 'application/fhir+json', 'bundle_MFL-5590417.json')],
   patient='Noemi Sandoval')

# struct-005: ORU^R01 could not be filed
oru = "\n".join([
    "MSH|^~\\&|MFL_LIS|MERIDIAN|CHIROFLOW|TAMARACK|20250826101544||ORU^R01|MFL250826-00871|P|2.5.1",
    "PID|1||TIH-00774^^^TIH^MR~MFL-P-2291840^^^MFL^PI||DOYLE^FENWICK^A||19620418|M|||2291 Bramble Ct^^Westhaven^OR^97088||^PRN^PH^^^503^5550152",
    "ORC|RE|TIH-ORD-33190|MFL-5612208||CM||||20250819|||1639472085^QUINT^HAZEL^^^^ND",
    "OBR|1|TIH-ORD-33190|MFL-5612208|AD-9^Adrenal + DHEA Salivary Panel^MFL|||20250819063000|||||||20250821|Saliva|1639472085^QUINT^HAZEL^^^^ND||||||20250826101200|||F",
    "OBX|1|NM|CORT-AM^Cortisol, saliva, waking^MFL||11.2|nmol/L|8.0-21.0|N|||F",
    "OBX|2|NM|CORT-NOON^Cortisol, saliva, noon^MFL||3.1|nmol/L|4.0-10.0|L|||F",
    "OBX|3|NM|CORT-PM^Cortisol, saliva, evening^MFL||1.0|nmol/L|1.5-4.5|L|||F",
    "OBX|4|NM|CORT-NT^Cortisol, saliva, night^MFL||0.9|nmol/L|0.4-1.5|N|||F",
    "OBX|5|NM|DHEAS-S^DHEA-S, saliva^MFL||1.4|ng/mL|2.0-23.0|L|||F",
    "NTE|1||Flattened diurnal curve. Interpret in clinical context.",
])
iface = A('Meridian Interface Support', 'interfaces@meridianfxlabs.com')
mk('phi', 'struct', iface, S['it'], 'Case 00418826 - ORU rejected by your endpoint (AR, PID-3 not found)',
f"""Hello Tamarack team,

Our interface engine received a negative acknowledgement (AR) from your ChiroFlow endpoint for the result message below. The ACK text reads "PID-3 TIH-00774 not found in practice". Could you confirm the correct MRN for this patient, or whether the chart was merged? Once confirmed we can re-send the result.

Case: 00418826
Account: 40127 (Tamarack Integrative Health)
Message control ID: MFL250826-00871

{oru}

Regards,
Priyanka Sethi
Interface Analyst | Meridian Functional Labs
888-555-0134 opt. 4
""", cc=S['nguyen'], date=D(2025, 8, 26, 10, 58), patient='Fenwick Doyle')

# struct-006: C-CDA referral from PCP
ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.7731.2" extension="LFM-CCD-20250519-4471"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Larkspur Family Medicine - Continuity of Care Document</title>
  <effectiveTime value="20250519143000-0700"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.7731.1" extension="LFM0088213"/>
      <addr use="HP"><streetAddressLine>402 Cormorant Way</streetAddressLine><city>Westhaven</city><state>OR</state><postalCode>97088</postalCode></addr>
      <telecom value="tel:+1-503-555-0147" use="HP"/>
      <patient>
        <name use="L"><given>Harriet</given><given>J</given><family>Vance-Moreau</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19560308"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20250519143000-0700"/>
    <assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1851390274"/>
      <assignedPerson><name><given>Rebecca</given><family>Thornquist</family><suffix>MD</suffix></name></assignedPerson>
    </assignedAuthor>
  </author>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Primary osteoarthritis of both knees (M17.0) - onset 2019</item>
        <item>Chronic low back pain without sciatica (M54.50)</item>
        <item>Essential hypertension (I10)</item>
        <item>Type 2 diabetes mellitus without complication (E11.9)</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.1.1"/>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="History of medication use"/>
      <title>Medications</title>
      <text><list>
        <item>metformin 500 mg tablet, 1 tab PO BID</item>
        <item>lisinopril 10 mg tablet, 1 tab PO daily</item>
        <item>acetaminophen 500 mg, 2 tabs PO q8h PRN knee pain</item>
      </list></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.6.1"/>
      <code code="48765-2" codeSystem="2.16.840.1.113883.6.1" displayName="Allergies"/>
      <title>Allergies</title>
      <text>Sulfa drugs - hives. Adhesive tape - skin irritation.</text>
    </section></component>
    <component><section>
      <code code="42349-1" codeSystem="2.16.840.1.113883.6.1" displayName="Reason for referral"/>
      <title>Reason for Referral</title>
      <text>Referral to acupuncture for bilateral knee OA and chronic low back pain. Patient wishes to reduce NSAID use (GI intolerance to naproxen). 8-12 sessions requested. Please note adhesive sensitivity.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
lfm = A('Dolores Pham', 'referrals@larkspurfamilymed.com')
mk('phi', 'struct', lfm, S['frontdesk'], 'Referral - CCD attached (faxed 5/19)',
"""Good afternoon,

Please find attached the CCD for the acupuncture referral we faxed yesterday from Dr. Thornquist. Patient prefers afternoon appointments and will need help with forms (large print if you have it).

Thank you,

Dolores Pham
Referral Coordinator
Larkspur Family Medicine
P 503-555-0170 | F 503-555-0171

CONFIDENTIALITY NOTICE: The information in this e-mail and its attachments is confidential and intended only for the recipient named above.
""", date=D(2025, 5, 20, 14, 12), atts=[(ccd, 'application/xml', 'CCD_Referral_LFM0088213.xml')],
   patient='Harriet Vance-Moreau')

# struct-007: online intake webhook JSON
intake = {
    "submission_id": "IN-20250814-0037",
    "form": "new_patient_auto_injury_v4",
    "submitted_at": "2025-08-14T21:47:19-07:00",
    "source": "web",
    "patient": {
        "first_name": "Quentin", "last_name": "Ashdown", "preferred_name": "Q",
        "dob": "1996-02-11", "sex": "M",
        "phone": "971-555-0177", "email": "q.ashdown@sparrowmail.net",
        "address": {"street": "3380 Timberline Loop, Unit B", "city": "Westhaven", "state": "OR", "zip": "97088"},
        "emergency_contact": {"name": "Lena Ashdown", "relation": "mother", "phone": "971-555-0178"}
    },
    "injury": {
        "type": "auto", "date_of_accident": "2025-08-09",
        "description": "stopped at light, hit from behind by pickup ~30 mph. airbags did not deploy. went to urgent care next day, xrays neg",
        "pain_areas": ["neck", "upper back", "left shoulder"],
        "pain_scale_now": 6, "pain_scale_worst": 8,
        "headaches": True, "numbness_tingling": "left hand, pinky side, comes and goes",
        "prior_injuries": "none"
    },
    "insurance": {
        "auto_carrier": "Keystone Mutual Insurance", "claim_number": "KM-25-0161248",
        "adjuster": "unknown", "health_plan": "Evergreen Health Plan", "member_id": "XJH904417263"
    },
    "attorney": {"has_attorney": True, "firm": "Okonjo Law Group", "contact": "Felix Okonjo"},
    "medications": ["ibuprofen 600mg as needed", "cyclobenzaprine 10mg at night (urgent care)"],
    "services_requested": ["chiropractic", "massage"],
    "preferred_times": ["weekday mornings before 9", "saturday"],
    "consents": {"financial_policy": True, "lien_ack": True, "telehealth": False, "sms": True}
}
ij = json.dumps(intake, indent=2)
mk('phi', 'struct', A('Tamarack Online Intake', 'forms@intake.tamarackih.com'), S['frontdesk'],
   'New intake submission #IN-20250814-0037 (auto injury)',
f"""A new intake form was submitted on the Tamarack website.

Form: New Patient - Auto Injury (v4)
Submission: IN-20250814-0037
Flags: ATTORNEY, AUTO/PIP

Payload:
{ij}

Review this submission in the forms dashboard to create the patient and case. Do not forward this email outside the organization.
""", date=D(2025, 8, 14, 21, 47), headers=[('Auto-Submitted', 'auto-generated')], patient='Quentin Ashdown')

# =====================================================================================
#                                        CLEAN
# =====================================================================================

# ------------------------------------------------------------------ admin
# admin-001 supply order
SIG_WHIT = sig('Carla Whitfield', 'Practice Manager', '100')
mk('clean', 'admin', S['whitfield'], S['staff'], 'Supply order going in Thursday - needles, cups, table paper',
f"""Hi everyone,

I'm placing the monthly orders with EastWind (acupuncture) and Verdant (dispensary + massage) on Thursday. Here's what's on the list so far based on Friday's count:

EastWind
- J-type needles 0.20 x 30mm, 10 boxes (we're down to 6)
- J-type 0.16 x 15mm (facial/cosmetic), 4 boxes
- 0.25 x 40mm, 4 boxes
- silicone cupping sets (the 4-piece), 3
- sharps containers 1 qt, 12
- alcohol prep pads, 10 cases
- gua sha tools (stainless), 6

Verdant
- massage cream, unscented, 1 gal x 4
- Biofreeze 4 oz roll-on (resale), 24
- arnica gel (resale), 18
- exam table paper 21" smooth, 12 rolls
- face cradle covers, 2 cases
- hot/cold packs, replace 6 (the blue ones are leaking)

Lina, Mei-Ling: do you want the Korean hand needles again or skip this month?
Massage team: any preference on the new unscented cream, or stick with what we have?

Reply by Wednesday noon with anything else. Also, the stock room is moving to old Room 6 next week, so please don't stack boxes in the back hallway, the fire marshal walk-through is on the 18th.

Thanks!
{SIG_WHIT}

{CONF}
""", date=D(2025, 2, 10, 11, 15))

# admin-002 IT downtime
mk('clean', 'admin', brett, S['staff'], 'ChiroFlow upgrade Sunday 6/8 - downtime 6am-10am + fax change',
"""Hi Tamarack team,

ChiroFlow is pushing version 24.3 on Sunday, June 8. The system will be unavailable from 6:00 AM to about 10:00 AM. Saturday clinic is not affected.

What you need to do:
1. Front desk: on Saturday afternoon, print Monday's schedule for every provider (Reports > Daily Schedule > All Providers) just in case the upgrade runs long.
2. Providers: finish and sign Saturday's SOAP notes before you leave. Unsigned notes can get stuck in draft during the upgrade.
3. If ChiroFlow isn't back by Monday 7:00 AM, use the paper downtime forms in the blue binder at the front desk (intake, SOAP, superbill) and we'll back-enter them.

What changes after the upgrade:
- New outcome-assessment widget (NDI, Oswestry, PSFS) scores automatically.
- Massage SOAP template gets a body-diagram field.
- Charge templates get re-saved. Billing, please spot-check modifiers (AT, GP, 59) on Monday's charges.

Also: the e-fax number is moving to the new provider on 6/9. The new inbound fax number is (503) 555-0183. The old 0179 number will forward for 90 days. Please update your email signatures and any letterhead templates.

Questions to help@northgatetech.net or call 503-555-0107.

Brett Lindqvist
Northgate Tech Partners | Managed IT for Healthcare
""", cc=S['whitfield'], date=D(2025, 6, 2, 16, 40))

# admin-003 pricing policy (with HTML table)
pricing = [
    ('Chiropractic adjustment (single)', '$65', '$65'),
    ('Chiropractic 6-visit package', '$330', '$350'),
    ('Acupuncture 60 min (single)', '$95', '$100'),
    ('Acupuncture 10-visit package', '$650', '$700'),
    ('Massage 60 min (single)', '$95', '$100'),
    ('Massage 60 min 5-pack', '$425', '$450'),
    ('Functional medicine initial consult (90 min)', '$395', '$425'),
    ('Functional medicine follow-up (45 min)', '$195', '$210'),
    ('Wellness Plus membership (1 massage + 1 acu / mo)', '$149/mo', '$159/mo'),
    ('Elevate membership (2 chiro + 1 massage + 1 acu / mo)', '$199/mo', '$209/mo'),
]
ptxt = '\n'.join(f'  {a:<56}{b:>10}{c:>12}' for a, b, c in pricing)
body = f"""Hi all,

Attached below is the new cash-pay price sheet that takes effect March 1. The front desk has the printed version for the lobby.

  {'Service':<56}{'Current':>10}{'3/1/2025':>12}
{ptxt}

Policy reminders that go with this:
- Existing packages are honored at the old price until used or until they expire (12 months from purchase).
- Memberships renew at the new rate on the member's next billing date. Members get a 30-day notice email on 2/1 (already scheduled).
- Packages and memberships can NOT be applied to PI/auto or workers' comp visits. Those are billed to the carrier or held on a lien.
- Lab kits are sold at cost + $40 handling. No refunds once a kit has left the building.
- Late cancel / no-show fee stays at $40 (waivable by the provider).
- HSA/FSA cards are accepted for all clinical services and for supplements with a provider's recommendation on file.

Let me know if you see any typos before I send it to the printer Friday.

{SIG_WHIT}
"""
rows_h = ''.join(f'<tr><td>{xesc(a)}</td><td align="right">{b}</td><td align="right"><b>{c}</b></td></tr>' for a, b, c in pricing)
h = html_wrap(p2html(body.split('  Service')[0]) +
              '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
              '<tr style="background:#e8f0e4"><th>Service</th><th>Current</th><th>3/1/2025</th></tr>' + rows_h + '</table>' +
              p2html('Policy reminders' + body.split('Policy reminders')[1]))
mk('clean', 'admin', S['whitfield'], [S['providers'], S['frontdesk']], '2025 cash-pay package & membership pricing - effective 3/1',
   body, html=h, date=D(2025, 1, 22, 14, 3))

# admin-004 payer contract terms
kmsig = logo_png()
body = """Owen, Carla,

Keystone Mutual sent the PIP provider agreement renewal for 7/1/2025. Summary of what changes vs. the current agreement:

Fee schedule (per visit / unit)
  98940  CMT 1-2 regions ........ $52.00 -> $55.00
  98941  CMT 3-4 regions ........ $68.00 -> $70.00
  98942  CMT 5 regions .......... $79.00 -> $80.00
  97140  manual therapy ......... $29.00/unit -> $30.00/unit, max 2 units/DOS (was 3)
  97110  therapeutic exercise ... $32.00/unit, no change
  97124  massage ................ $26.00/unit, max 4 units/DOS; peer review required after 12 visits
  97810/97811 acupuncture ....... $62.00 / $38.00, now covered (was excluded)

Other terms
- Timely filing drops from 180 to 120 days from DOS.
- Records requests: they will pay $0.10/page + $25 flat, capped at $75 per request.
- Narrative reports: $150 flat when requested in writing by the adjuster.
- Independent medical exam disputes go to their internal review first, then arbitration.
- Auto-renews annually unless either party gives 60 days written notice.

Net effect on our PIP book based on last year's volume is roughly +3%, mostly from acupuncture becoming payable. The 97140 cap hurts a little on the longer visits.

They want the signed agreement back by 6/20. I'm fine with it. Owen, if you agree I'll route it for DocuSign.

Renee

Renee Dufresne | Billing Manager
Tamarack Integrative Health
P (503) 555-0178 x120 | F (503) 555-0179
"""
h = html_wrap(p2html(body.rsplit('Renee Dufresne', 1)[0]) +
              '<p><img src="cid:tih-logo-sig@tamarackih.com" alt="Tamarack Integrative Health" width="160" height="48"><br>'
              '<b>Renee Dufresne</b> | Billing Manager<br>Tamarack Integrative Health<br>P (503) 555-0178 x120 | F (503) 555-0179</p>'
              f'<p style="font-size:8pt;color:#777">{xesc(CONF)}</p>')
mk('clean', 'admin', S['dufresne'], [S['falkner'], S['whitfield']], 'Keystone Mutual PIP agreement - 7/1 renewal terms',
   body + '\n' + CONF + '\n', html=h, date=D(2025, 5, 29, 9, 37),
   related=[(kmsig, 'image', 'png', '<tih-logo-sig@tamarackih.com>', 'tamarack-logo.png')])

# admin-005 rooms / facilities
mk('clean', 'admin', S['whitfield'], S['staff'], 'Room 4 -> cold laser room, HVAC Tuesday, parking lot',
f"""Hi team, a few facilities things:

1. Room 4 becomes the cold laser room starting Monday the 14th. The Class IV laser is being installed Friday after close. Nobody goes in while it's running without the goggles (two pairs hang on the hook inside the door). Dr. Falkner and Dr. Raman are the only ones trained on it so far, so please don't book 'laser' on anyone else's column.
   Massage moves from Room 4 to Room 7 (the old storage room, it's been painted and has a sink now).

2. HVAC service is Tuesday 7-9am. Acupuncture rooms 2 and 3 will be warmer than usual until about 10. Grab the fans from the break room if you need them, and maybe skip the heat lamps for early patients.

3. The parking lot gets restriped Saturday the 19th. The front row will be coned off until noon. Please tell Saturday patients to use the church lot across the street (we have permission, 8am-1pm only).

4. Someone keeps leaving the back door propped open for deliveries. Please don't, it sets off the alarm at 6pm and the monitoring company charges us.

Thanks,
Carla
""", date=D(2025, 7, 8, 12, 51))

# admin-006 meeting agenda + ics
ics = "\r\n".join([
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "METHOD:REQUEST",
    "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
    "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:040000008200E00074C5B7101A82E00800000000A0F1C3D2E4B5DB01",
    "DTSTAMP:20250602T150000Z",
    "DTSTART;TZID=Pacific Standard Time:20250610T071500",
    "DTEND;TZID=Pacific Standard Time:20250610T083000",
    "SUMMARY:Monthly Provider Meeting",
    "LOCATION:Break room / Zoom 883 1022 4471",
    "ORGANIZER;CN=Owen Falkner:mailto:ofalkner@tamarackih.com",
    "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tamarack Providers:mailto:providers@tamarackih.com",
    "DESCRIPTION:Agenda in email. Breakfast provided.",
    "STATUS:CONFIRMED", "SEQUENCE:0",
    "END:VEVENT", "END:VCALENDAR", ""])
mk('clean', 'admin', S['falkner'], S['providers'], 'Provider meeting Tues 6/10 7:15am - agenda',
"""Morning all, invite attached. Breakfast burritos from Rosa's.

Agenda
1. PI documentation (15 min) - outcome measures every 30 days, no exceptions. Adjusters are denying visits when the NDI/Oswestry is stale. Darnell will show the new report that flags overdue re-evals.
2. Medicare AT modifier (5 min) - a few claims went out without it after the upgrade. Check your charge templates.
3. Massage SOAP template (10 min) - Jordan and Sofia walk through the new body-diagram field.
4. Dispensary (10 min) - margins are down on supplements since Verdant's price increase. Proposal to drop three slow-moving SKUs and bring in a house-brand magnesium.
5. Dr. Quint (15 min) - overview of the updated GI protocol and when to refer to functional medicine vs. manage in the chiro/acu visit.
6. Cold laser - scheduling rules and who is getting trained next.
7. Open floor.

If you can't make it, let me know and watch the recording.

O
""", date=D(2025, 6, 2, 8, 1), atts=[(ics, 'text/calendar', 'invite.ics', {'method': 'REQUEST'})])

# admin-007 front desk procedure
mk('clean', 'admin', S['greer'], [S['morales'], S['ruiz']], 'How we ring up lab kits & supplements (please read)',
f"""Hey guys, putting this in writing since we've had a few mix-ups:

LAB KITS
- Never sell a lab kit without an active order from Dr. Adeyemi or Dr. Quint in the chart (Orders tab). If there's no order, message Bao before you hand it over.
- Ring up under POS category "Lab Kit", not "Retail". The kit SKU and the lab requisition number both go on the receipt.
- Mailed kits: print the FedEx label from the Meridian portal, write the kit serial # on the shipping log (clipboard, left drawer).
- Kits are non-refundable once they leave the building (it's on the sign, point to it).

SUPPLEMENTS
- Oregon has no sales tax, so if the POS adds tax something is set up wrong. Tell me.
- Member discount is 10% (Wellness Plus and Elevate). Staff discount is 25%. They don't stack.
- HSA/FSA cards: only ring up supplements on an HSA card if there's a provider recommendation letter on file. Otherwise ask for another card.
- Don't give dosing advice. "Please check with your provider" is always the right answer.

INVENTORY
- Count is every Friday at 4:30. Use the count sheet, not memory :)
- Anything within 60 days of expiration goes on the clearance shelf at 30% off.

Thanks!
Tasha

Tasha Greer
Front Desk Lead | Tamarack Integrative Health
P {MAIN} x101 | F {FAX}
""", date=D(2025, 3, 27, 15, 33))

# ------------------------------------------------------------------ lookalike
# lookalike-001 supplier invoice (PDF + scanned packing slip png)
verdant = A('Verdant Practitioner Supply - AR', 'ar@verdantsupply.net')
inv_lines = [
    ('VPS-44120', 'OmegaPure 1000 softgels 120ct', '25C217', '10/2027', 12, 21.40),
    ('VPS-30871', 'Magnesium Glycinate 120ct', '25B093', '03/2027', 18, 13.95),
    ('VPS-30102', 'Vitamin D3 Liquid 2oz', '25A448', '01/2027', 12, 9.80),
    ('VPS-51006', 'Adrenal Restore 90ct', '24L761', '12/2026', 8, 24.60),
    ('VPS-77301', 'Arnica Gel 3oz', '25C002', '06/2027', 18, 6.25),
    ('VPS-88004', 'Massage Cream Unscented 1gal', 'M250311', '03/2028', 4, 38.00),
    ('VPS-90110', 'Exam Table Paper 21in Smooth (12/cs)', 'n/a', 'n/a', 1, 54.90),
]
sub = round(sum(q * p for *_, q, p in inv_lines), 2)
ship = 18.75
tot = round(sub + ship, 2)
lines_txt = '\n'.join(f'{a:<10} {b:<38} {c:<8} {e:<8} {q:>3}  {p:>7.2f}  {q * p:>8.2f}' for a, b, c, e, q, p in inv_lines)
inv_pdf = pdf(['VERDANT PRACTITIONER SUPPLY', '1900 Industrial Pkwy, Bldg C, Kent WA 98032',
               '', 'INVOICE INV-2025-118372     Date: 02/20/2025     Terms: Net 30',
               'Bill to: Tamarack Integrative Health   Account: 100-22918   PO: TIH-PO-0457', ''] +
              [f'{a}  {b}  Lot {c}  Exp {e}  Qty {q}  @ {p:.2f} = {q * p:.2f}' for a, b, c, e, q, p in inv_lines] +
              ['', f'Subtotal {sub:.2f}   Freight {ship:.2f}   TOTAL DUE {tot:.2f}',
               'Remit to: PO Box 9721, Seattle WA 98109 | ACH: routing 125000024 acct ending 8815'],
              title='INV-2025-118372')
mk('clean', 'lookalike', verdant, S['whitfield'], 'Invoice INV-2025-118372 / PO TIH-PO-0457',
f"""Hello,

Please find attached invoice INV-2025-118372 for PO TIH-PO-0457, shipped 02/20/2025.

Account: 100-22918
Ship via: UPS Ground, tracking 1Z9W84170355218830 (2 cartons)

SKU        Description                            Lot      Exp      Qty    Unit     Ext
{lines_txt}

Subtotal: ${sub:.2f}
Freight:  ${ship:.2f}
Total due: ${tot:.2f} (Net 30, due 03/22/2025)

A scan of the signed packing slip from the warehouse is attached for your records.

Thank you for your business!
Verdant Practitioner Supply | Accounts Receivable
800-555-0129 | ar@verdantsupply.net
""", date=D(2025, 2, 20, 16, 2),
   atts=[(inv_pdf, 'application/pdf', 'INV-2025-118372.pdf'), (blank_scan_png(), 'image/png', 'packing_slip_scan_0001.png')])

# lookalike-002 provider roster / credentialing
ehp = A('Provider Network Services', 'credentialing@evergreenhealthplan.com')
mk('clean', 'lookalike', S['dufresne'], ehp, 'Roster update - Tamarack Integrative Health (TIN 93-1847266)',
"""Hello,

Please update our group roster effective 07/01/2025. Group NPI 1588204731, TIN 93-1847266, service location 4410 SE Larkspur Ave Ste 200, Westhaven OR 97088.

ADD
  Rafael Domingo, L.Ac.
    Individual NPI 1467203385 | OR Acupuncture License AC-2291 | CAQH 16884022
    Taxonomy 171100000X | Start date 07/01/2025

UPDATE (no change in status; license renewal)
  Tomasz Wielgosz, DC
    NPI 1932016478 | OR DC License 4417 (exp 12/31/2027) | CAQH 15530719
  Lina Okafor, L.Ac.
    NPI 1740329956 | OR Acupuncture License AC-1876 (exp 06/30/2027) | CAQH 14410286

CURRENT (for reference)
  Mei-Ling Zhou, L.Ac.    NPI 1306842291  AC-1544   taxonomy 171100000X
  Owen Falkner, DC        NPI 1205948337  DC-3120   taxonomy 111N00000X
  Priya Raman, DC         NPI 1295731864  DC-4033   taxonomy 111N00000X
  Hazel Quint, ND         NPI 1639472085  ND-1190   taxonomy 175F00000X (out of network)
  Marcus Adeyemi, MD      NPI 1053317720  MD-188204 taxonomy 207Q00000X (out of network)

Signed W-9 and the updated disclosure form are on file in the portal (upload ref UPL-77210). Please confirm receipt and the effective date.

Thank you,
Renee Dufresne
Billing Manager, Tamarack Integrative Health
(503) 555-0178 x120 | F (503) 555-0179
""", date=D(2025, 6, 4, 13, 28))

# lookalike-003 coding cheat sheet (no patients)
mk('clean', 'lookalike', S['falkner'], S['providers'], 'PI coding cheat sheet - updated for 2025',
"""Updated cheat sheet, same as the laminated one going up in the charting room. Please use these for auto/PI and WC cases.

CPT
  99203 / 99204   new patient E/M (use -25 when you adjust same day)
  99213 / 99214   established E/M, re-exams only
  98940           CMT 1-2 regions
  98941           CMT 3-4 regions
  98942           CMT 5 regions
  97140-59        manual therapy, separate region from CMT
  97110           therapeutic exercise (timed, 8-minute rule)
  97112           neuromuscular re-ed
  97124           massage (timed)
  97810 / 97811   acupuncture w/o e-stim, initial 15 / each addl 15
  97813 / 97814   acupuncture with e-stim, initial 15 / each addl 15
  72040 / 72100   x-ray C-spine 2-3 views / L-spine 2-3 views

ICD-10 (initial encounter = A, subsequent = D, sequela = S)
  S13.4XXA   sprain of ligaments of cervical spine
  S23.3XXA   sprain of ligaments of thoracic spine
  S33.5XXA   sprain of ligaments of lumbar spine
  S16.1XXA   strain of muscle/fascia/tendon at neck level
  M54.2      cervicalgia
  M54.50     low back pain, unspecified
  G44.309    post-traumatic headache, unspecified, not intractable
  V43.52XA   car driver injured in collision with other motor vehicle, traffic
  Y93.C2     activity, hand-held interactive electronic device (don't laugh, we've used it)

Reminders
- Injury codes (S-codes) switch from A to D after active treatment starts. Most payers want D from visit 2.
- Medicare: AT on 98940-98942 during active care only.
- WC: always put the claim number in box 11 and the auth number in box 23.

O
""", date=D(2025, 1, 14, 7, 45))

# lookalike-004 IT ticket notification
tk = A('Northgate Service Desk', 'servicedesk@northgatetech.net')
mk('clean', 'lookalike', tk, S['whitfield'], '[Ticket #NTP-48823] Updated: Cold laser workstation not connecting to network',
"""Ticket #NTP-48823 has been updated.

Status:        In Progress -> Waiting on Vendor
Priority:      P3 - Normal
Site:          Tamarack Integrative Health (TIH-01)
Requester:     Carla Whitfield
Assigned to:   Brett Lindqvist

Asset:         TIH-WS-014 (HP EliteDesk 800 G6, S/N 5CG1472XQ9)
MAC:           3C:52:82:6A:1F:0B
IP (DHCP):     10.20.4.57 / VLAN 40 (clinical)
Device:        Class IV laser, model ML-830, S/N ML-830-22-04417, firmware 3.2.1

Latest note (Brett Lindqvist, 07/15/2025 11:42):
Workstation gets an address but the laser control software can't reach the vendor licensing server on port 8443. Firewall rule added (FW-RULE-2291). Still failing. Opened case #VEN-20250715-3318 with the laser manufacturer, they're sending a new license file. No impact to ChiroFlow or scheduling.

Reply above this line to add a comment to the ticket.
Northgate Service Desk | 503-555-0107 | https://support.northgatetech.net
""", date=D(2025, 7, 15, 11, 43), headers=[('Auto-Submitted', 'auto-replied')])

# lookalike-005 monthly KPI report with CSV
kpi = io.StringIO()
kw = csv.writer(kpi, lineterminator='\r\n')
kw.writerow(['metric', 'jan_2025', 'feb_2025', 'mar_2025', 'q1_total_or_avg'])
for r in [
    ('total_visits', 1842, 1766, 1951, 5559),
    ('chiro_visits', 1010, 962, 1077, 3049),
    ('acu_visits', 344, 331, 372, 1047),
    ('massage_visits', 401, 389, 412, 1202),
    ('fm_nd_visits', 87, 84, 90, 261),
    ('new_patients', 118, 104, 131, 353),
    ('active_pi_cases', 64, 61, 67, 64),
    ('avg_visits_per_closed_pi_case', 23.4, 25.1, 22.8, 23.8),
    ('active_wc_claims', 19, 21, 20, 20),
    ('no_show_rate_pct', 6.8, 5.9, 6.1, 6.3),
    ('members_active', 212, 215, 221, 221),
    ('supplement_sales_usd', 18432.10, 16977.45, 19820.30, 55229.85),
    ('lab_kits_sold', 47, 39, 52, 138),
    ('gross_collections_usd', 241880, 229415, 258702, 729997),
    ('ar_days', 41.2, 43.8, 39.6, 41.5),
]:
    kw.writerow(r)
mk('clean', 'lookalike', S['whitfield'], [S['falkner'], S['dufresne']], 'Q1 dashboard numbers',
"""Owen, Renee,

Q1 numbers attached. Highlights:

- 5,559 visits (up 7.4% vs Q1 2024); March was our best month ever at 1,951.
- 353 new patients, 41% from Google, 22% attorney referrals, 18% physician referrals.
- Average visits per closed PI case 23.8, down from 26.1 last year, which is what the adjusters have been pushing for.
- No-show rate 6.3%. Text reminders clearly helping.
- Supplement sales $55.2K, margin 38% (was 44%) after the Verdant price increase.
- A/R days 41.5. The Keystone backlog is most of the 60+ bucket ($38,410).

Happy to walk through it Thursday.

Carla
""", date=D(2025, 4, 7, 17, 20), atts=[(kpi.getvalue(), 'text/csv', 'TIH_Q1_2025_dashboard.csv')])

# lookalike-006 phone directory
mk('clean', 'lookalike', S['greer'], S['staff'], 'Updated phone list (4/2) - please print for your room',
"""Updated extension list. Old ones go in the shred bin please!

TAMARACK INTEGRATIVE HEALTH - main (503) 555-0178 / fax (503) 555-0183 (new)

  100  Carla Whitfield ........... Practice Manager
  101  Tasha Greer ............... Front Desk Lead
  102  Kenji Morales ............. Front Desk
  103  Yesenia Ruiz .............. Patient Services (Spanish)
  110  Dr. Priya Raman ........... Chiropractic
  111  Dr. Owen Falkner .......... Chiropractic / Clinic Director
  112  Dr. Tomasz Wielgosz ....... Chiropractic
  115  Darnell Voss .............. PI & Workers' Comp
  120  Renee Dufresne ............ Billing Manager
  121  Huong Tran ................ Billing (Vietnamese)
  131  Lina Okafor ............... Acupuncture
  132  Mei-Ling Zhou ............. Acupuncture (Mandarin)
  140  Dr. Marcus Adeyemi ........ Functional Medicine
  141  Bao Nguyen ................ FM Medical Assistant
  150  Dr. Hazel Quint ........... Naturopathic
  160  Massage room phone (shared)

OUTSIDE NUMBERS WE CALL A LOT
  Keystone Mutual PIP claims ........ 800-555-0192 (fax 877-555-0142)
  Bellwether Casualty WC ............ 800-555-0117
  Cascade Workers' Comp Services .... 888-555-0165
  Halvorsen & Pruitt (front desk) ... 503-555-0160
  Okonjo Law Group .................. 503-555-0188
  Meridian Functional Labs .......... 888-555-0134
  ClaimBridge support ............... 866-555-0150
  Northgate IT help desk ............ 503-555-0107
  Language line (acct 44718) ........ 877-555-0199
  Building maintenance (Cal) ........ 503-555-0115

Tasha
""", date=D(2025, 4, 2, 9, 12))

# lookalike-007 supplement recall notice
mk('clean', 'lookalike', A('Verdant Quality Assurance', 'qa@verdantsupply.net'), S['whitfield'],
   'VOLUNTARY RECALL NOTICE - OmegaPure 1000 softgels, lots 24K118 / 24K119',
"""URGENT: VOLUNTARY PRODUCT RECALL - PRACTITIONER ACTION REQUIRED

Recall number: VPS-RC-2025-007
Date issued: 09/12/2025

Product:   OmegaPure 1000 softgels, 120 count
SKU:       VPS-44120
UPC:       8 41560 00217 4
Lots:      24K118 (exp 11/2026) and 24K119 (exp 11/2026)
Reason:    Secondary oxidation values (TOTOX) above specification in retained samples. No adverse events have been reported.

Our records show your account (100-22918) received 24 units from lot 24K118 on invoice INV-2024-109944 (11/26/2024). Lot 25C217 and later are NOT affected.

What to do:
1. Remove all units from the affected lots from your shelves and dispensary.
2. Complete the attached count form and return it to qa@verdantsupply.net.
3. Use return authorization RA-77120. A prepaid label will be emailed within 2 business days.
4. Credit will be issued to your account at the invoiced price.

Questions: Verdant Quality Assurance, 800-555-0129 option 3, Mon-Fri 8-5 PT.
""", date=D(2025, 9, 12, 10, 0))

# ------------------------------------------------------------------ news
# news-001 patient newsletter with inline logo
nl_txt = """TAMARACK NOTES - Fall 2025
Chiropractic | Acupuncture | Massage | Naturopathic & Functional Medicine

GETTING READY FOR COLD & FLU SEASON
Our naturopathic and functional medicine team recommends starting the basics now: sleep, movement, and checking your vitamin D before the dark months. Ask at the front desk about our fall nutrient panel special ($40 off through October 31).

WELCOME, RAFAEL DOMINGO, L.Ac.
Rafael joins our acupuncture team with 9 years of experience in sports injuries and pain management. He speaks English and Tagalog and is booking Tuesday through Saturday.

FREE WORKSHOP: DESK POSTURE 101
Thursday, October 16, 6:00-7:00 PM in our lobby. Dr. Priya Raman covers monitor height, chair setup and five stretches you can do at your desk. Space is limited to 20, so reserve a spot at tamarackih.com/events.

MEMBERSHIP MONTH
Join Wellness Plus or Elevate in October and your first month is 50% off. Members save 10% on every supplement.

HOLIDAY HOURS
Closed Thursday 11/27 and Friday 11/28. Saturday 11/29 open 8-12.

Tamarack Integrative Health | 4410 SE Larkspur Ave, Suite 200, Westhaven, OR 97088 | (503) 555-0178
You are receiving this because you subscribed at tamarackih.com. Unsubscribe: https://tamarackih.com/u/manage
This newsletter is for general education and is not a substitute for individual medical advice.
"""
nl_html = html_wrap("""
<table width="600" cellpadding="0" cellspacing="0" style="margin:auto;border:1px solid #d8e3d2">
<tr><td style="background:#2e5c3e;padding:12px"><img src="cid:tamarack-logo.nl@tamarackih.com" width="160" height="48" alt="Tamarack Integrative Health"></td></tr>
<tr><td style="padding:16px">
<h2 style="color:#2e5c3e">Tamarack Notes &mdash; Fall 2025</h2>
<h3>Getting ready for cold &amp; flu season</h3>
<p>Our naturopathic and functional medicine team recommends starting the basics now: sleep, movement, and checking your vitamin D before the dark months. Ask at the front desk about our fall nutrient panel special (<b>$40 off</b> through October 31).</p>
<h3>Welcome, Rafael Domingo, L.Ac.</h3>
<p>Rafael joins our acupuncture team with 9 years of experience in sports injuries and pain management. He speaks English and Tagalog and is booking Tuesday through Saturday.</p>
<h3>Free workshop: Desk Posture 101</h3>
<p>Thursday, October 16, 6:00&ndash;7:00 PM in our lobby. Dr. Priya Raman covers monitor height, chair setup and five stretches you can do at your desk. <a href="https://tamarackih.com/events">Reserve a spot</a> (limit 20).</p>
<h3>Membership month</h3>
<p>Join Wellness Plus or Elevate in October and your first month is 50% off. Members save 10% on every supplement.</p>
<h3>Holiday hours</h3>
<p>Closed Thursday 11/27 and Friday 11/28. Saturday 11/29 open 8&ndash;12.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777;padding:12px;background:#f4f7f2">Tamarack Integrative Health &middot; 4410 SE Larkspur Ave, Suite 200, Westhaven, OR 97088 &middot; (503) 555-0178<br>
You are receiving this because you subscribed at tamarackih.com. <a href="https://tamarackih.com/u/manage">Unsubscribe</a><br>
This newsletter is for general education and is not a substitute for individual medical advice.</td></tr>
</table>""", font='Georgia, serif')
mk('clean', 'news', A('Tamarack Integrative Health', 'news@tamarackih.com'), A('Tamarack Community', 'community@lists.tamarackih.com'),
   'Tamarack Notes: flu-season basics, a new acupuncturist & a free posture workshop', nl_txt, html=nl_html,
   date=D(2025, 10, 1, 10, 0), related=[(logo_png(), 'image', 'png', '<tamarack-logo.nl@tamarackih.com>', 'logo.png')],
   headers=[('List-Unsubscribe', '<https://tamarackih.com/u/manage>'), ('Precedence', 'bulk')])

# news-002 association bulletin
cca = A('Cascadia Chiropractic Association', 'bulletin@cascadiachiro.org')
mk('clean', 'news', cca, S['falkner'], 'CCA Capitol Update: PIP fee bill clears committee, CE deadline reminder',
"""CASCADIA CHIROPRACTIC ASSOCIATION - CAPITOL UPDATE
Issue 2025-11 | March 21, 2025

HB 2871 (PIP reimbursement parity) clears House Committee 7-4
The bill would require auto insurers to reimburse chiropractic and acupuncture services under PIP at no less than 125% of the state workers' compensation fee schedule. It now goes to Ways & Means. Member testimony made a difference: 212 of you submitted written comments. A floor vote is expected in April.

Board proposes rule on dry needling scope
The Board of Chiropractic Examiners has opened a comment period on proposed rule 811-015-0036, which would require 50 hours of dry needling training. Comments are due April 30. The Acupuncture Advisory Committee has asked for a joint hearing.

CE reminder
License renewals for DCs with odd-numbered licenses are due June 30. You need 20 hours, including 2 hours of ethics and 1 hour of cultural competency. CCA members can complete all 20 hours at the Spring Symposium (May 16-18, Bend).

Workers' comp data
The state's 2024 workers' comp report shows chiropractic care in 18% of accepted back-injury claims, with a median of 11 visits per claim (down from 13 in 2022).

Not a member? Join at cascadiachiro.org/join.
Cascadia Chiropractic Association | 700 Commercial St NE, Suite 410, Salem, OR 97301
Unsubscribe or update preferences: https://cascadiachiro.org/email-prefs
""", date=D(2025, 3, 21, 6, 30), headers=[('Precedence', 'bulk'), ('List-Id', 'CCA Capitol Update <capitol.cascadiachiro.org>')])

# news-003 research digest
ied = A('Integrative Evidence Digest', 'digest@ievidence.org')
mk('clean', 'news', ied, S['adeyemi'], 'Evidence Digest #118: acupuncture for chronic LBP, manipulation for neck pain, vitamin D and respiratory infection',
"""INTEGRATIVE EVIDENCE DIGEST - Issue 118
Plain-language summaries of new research for integrative clinicians

1) Acupuncture for chronic low back pain: updated meta-analysis
A meta-analysis of 33 randomized trials (6,841 participants) found that acupuncture reduced pain intensity compared with sham at 3 months (standardized mean difference -0.38, 95% CI -0.52 to -0.24) and improved function modestly. Effects were smaller at 12 months. Heterogeneity was high (I2 = 71%). The authors rate the certainty as moderate.
Takeaway: a reasonable option in a multimodal plan; set expectations about modest effect sizes.

2) Spinal manipulation for acute and subacute neck pain
A pragmatic trial of 402 adults compared manipulation plus home exercise with exercise alone. At 12 weeks, 57% vs 44% reported at least 50% improvement in the Neck Disability Index. Minor transient side effects (soreness, headache) were reported in 23% of the manipulation group; no serious adverse events.

3) Vitamin D supplementation and acute respiratory infection
In a pooled analysis of 43 trials, daily or weekly vitamin D dosing lowered the odds of at least one acute respiratory infection (OR 0.92), with no benefit from large bolus doses. Benefit was concentrated among participants with baseline 25(OH)D below 10 ng/mL.

4) Quick hits
- Survey of 1,204 massage therapists: 61% report clients asking about supplements; only 18% have a referral protocol.
- Dry needling vs acupuncture for myofascial pain: too few head-to-head trials to draw conclusions.

Integrative Evidence Digest is published twice monthly by the Integrative Research Collaborative, a nonprofit.
Manage your subscription: https://ievidence.org/subscribe
""", date=D(2025, 9, 4, 5, 0), headers=[('Precedence', 'bulk')])

# news-004 public health bulletin
ph = A('Westhaven County Health Alert Network', 'han@westhavencountyhealth.org')
mk('clean', 'news', ph, S['staff'], 'HEALTH ADVISORY: Wildfire smoke and heat, Aug 11-15 - guidance for clinics',
"""WESTHAVEN COUNTY PUBLIC HEALTH
HEALTH ADVISORY | HAN-2025-014 | August 11, 2025

Summary
Air quality in Westhaven County is forecast to reach "Unhealthy" (AQI 151-200) from Monday, August 11 through at least Friday, August 15 because of smoke from the Cedar Fork and Miller Ridge fires. Daytime high temperatures of 98-104 F are expected Tuesday through Thursday.

Situation
- Emergency department visits for asthma-like symptoms rose 38% county-wide over the weekend compared with the 2024 summer baseline.
- 14 heat-related illness visits were reported to the county surveillance system last week.

Recommendations for outpatient clinics and practitioners
- Keep doors and windows closed; run HVAC on recirculate with MERV 13 filters if possible.
- Consider rescheduling non-urgent visits for older adults and people with heart or lung disease on the worst air-quality days, or offering telehealth.
- Remind patients that cloth and surgical masks do not protect against smoke; well-fitted N95 respirators do.
- Cooling centers: Westhaven Library (main branch) and the Riverside Community Center, 10 AM - 8 PM daily.

Current air quality: https://westhavencountyhealth.org/air
This advisory is intended for health care providers and partners. Please share with clinical staff.
""", date=D(2025, 8, 11, 7, 30), headers=[('Precedence', 'bulk')])

# news-005 vendor marketing
mfl_mkt = A('Meridian Functional Labs', 'education@meridianfxlabs.com')
mkt_txt = """Introducing GI360 Plus - now with 12 new markers

Join our free CE webinar: "Reading the Gut Panel: From Dysbiosis Markers to Treatment Plans"
Thursday, October 9, 12:00-1:00 PM PT | 1 CE credit (ND, DC, L.Ac.)

What's new in GI360 Plus
- Expanded pathogen panel (PCR) with 42 targets
- Calprotectin, secretory IgA, and pancreatic elastase included
- Results in 7-10 days from receipt

Practitioner pricing through 12/31: $289 per kit (regular $329). Order 10 or more and get free 2-day shipping on patient-direct kits.

Register: https://meridianfxlabs.com/webinars/gi360-plus

Meridian Functional Labs | 888-555-0134 | Unsubscribe: https://meridianfxlabs.com/prefs
"""
mkt_html = html_wrap("""<div style="max-width:600px;margin:auto">
<h1 style="color:#1b5e7a;font-size:22pt">Introducing GI360 Plus</h1>
<p style="font-size:13pt">Now with 12 new markers.</p>
<div style="background:#eef6f9;padding:12px;border-radius:6px">
<b>Free CE webinar:</b> &ldquo;Reading the Gut Panel: From Dysbiosis Markers to Treatment Plans&rdquo;<br>
Thursday, October 9, 12:00&ndash;1:00 PM PT &middot; 1 CE credit (ND, DC, L.Ac.)<br>
<a href="https://meridianfxlabs.com/webinars/gi360-plus" style="display:inline-block;margin-top:8px;background:#1b5e7a;color:#fff;padding:8px 14px;text-decoration:none">Register now</a>
</div>
<ul><li>Expanded pathogen panel (PCR) with 42 targets</li><li>Calprotectin, secretory IgA and pancreatic elastase included</li><li>Results in 7&ndash;10 days from receipt</li></ul>
<p>Practitioner pricing through 12/31: <b>$289 per kit</b> (regular $329).</p>
<p style="font-size:8pt;color:#888">Meridian Functional Labs &middot; 888-555-0134 &middot; <a href="https://meridianfxlabs.com/prefs">Unsubscribe</a></p>
</div>""", font='Arial, sans-serif')
mk('clean', 'news', mfl_mkt, S['quint'], 'New: GI360 Plus + free CE webinar Oct 9', mkt_txt, html=mkt_html,
   date=D(2025, 9, 23, 8, 0), headers=[('Precedence', 'bulk'), ('List-Unsubscribe', '<https://meridianfxlabs.com/prefs>')])

# news-006 internal staff newsletter
mk('clean', 'news', S['whitfield'], S['staff'], 'The Tamarack Times - July',
"""THE TAMARACK TIMES - July 2025

WELCOME
Rafael Domingo, L.Ac. starts July 1 (acupuncture, Tue-Sat). Please say hi and show him where we hide the good coffee.

BY THE NUMBERS (June)
- 1,988 visits, a new record
- 4.9 stars across 312 online reviews
- 47 lab kits out the door, 221 active members
- 0 lost-time injuries for staff (let's keep it that way, lift with your legs)

KUDOS
- Front desk for getting the no-show rate under 6% for the first time.
- Darnell for closing out 11 PI cases in one month.
- Huong for cleaning up 140 old unapplied payments.

CE CORNER
Jordan and Sofia finished their myofascial release certification. Lina is presenting at the state acupuncture conference in September.

REMINDERS
- Company softball vs. Larkspur Family Medicine, Sat 7/26, Westhaven Park field 3.
- Please sign Saturday SOAP notes before you leave.
- Supplement staff discount is 25%, but it's not for your whole family reunion :)

Have a great month!
Carla
""", date=D(2025, 7, 1, 8, 5))

# ------------------------------------------------------------------ staff
# staff-001 provider schedule
sched_rows = [
    ('Falkner, DC', '7:00-1:00', '7:00-1:00', 'admin', '7:00-1:00', '7:00-12:00', '--'),
    ('Raman, DC', '12:00-7:00', '12:00-7:00', '8:00-5:00', 'OFF', '12:00-6:00', '8:00-12:00'),
    ('Wielgosz, DC', '8:00-5:00', 'OFF', '12:00-7:00', '8:00-5:00', '8:00-3:00', '--'),
    ('Okafor, L.Ac.', '9:00-5:00', '9:00-5:00', 'OFF', '9:00-6:00', '9:00-3:00', '--'),
    ('Zhou, L.Ac.', 'OFF', '8:00-6:00', '8:00-6:00', '12:00-7:00', '8:00-6:00', '8:00-1:00'),
    ('Domingo, L.Ac.', 'OFF', '10:00-6:00', '10:00-6:00', '10:00-6:00', '10:00-4:00', '8:00-1:00'),
    ('Pike, LMT', '10:00-6:00', '10:00-6:00', '12:00-7:00', 'OFF', '10:00-6:00', '9:00-1:00'),
    ('Brandt, LMT', '9:00-3:00', '9:00-3:00', '9:00-3:00', '9:00-3:00', 'OFF', '--'),
    ('Ferreira, LMT', '12:00-7:00', 'OFF', '12:00-7:00', '12:00-7:00', '9:00-5:00', '--'),
    ('Quint, ND', '9:00-4:00', '--', '9:00-4:00', '--', '9:00-1:00', '--'),
    ('Adeyemi, MD', '--', '8:00-4:00', '--', '8:00-4:00', '--', '--'),
]
days = ('Provider', 'Mon 8/4', 'Tue 8/5', 'Wed 8/6', 'Thu 8/7', 'Fri 8/8', 'Sat 8/9')
grid = ' | '.join(f'{d:<15}' if i == 0 else f'{d:<10}' for i, d in enumerate(days)) + '\n'
grid += '-' * len(grid.rstrip()) + '\n'
for r in sched_rows:
    grid += ' | '.join(f'{c:<15}' if i == 0 else f'{c:<10}' for i, c in enumerate(r)) + '\n'
mk('clean', 'staff', S['whitfield'], S['staff'], 'Provider schedule - week of 8/4',
f"""Hi all, next week's provider hours. Changes from the usual are Dr. Raman off Thursday (CE) and Sofia off Friday.

{grid}
Front desk: Tasha 7-3:30 M-F, Kenji 11-7:30 M-Th, Yesenia 8-4:30 Tu-Sat. Saturday lead is Yesenia.

Please check your column and let me know by Friday if anything is off.

{SIG_WHIT}
""", date=D(2025, 7, 30, 15, 10))

# staff-002 open enrollment
mk('clean', 'staff', S['whitfield'], S['staff'], 'Open enrollment for 2026 benefits: Nov 3-21',
f"""Hi everyone,

Open enrollment for 2026 runs Monday, November 3 through Friday, November 21. This is the one time of year you can change medical, dental or vision plans or add/remove dependents without a qualifying life event.

What's changing for 2026
- Medical: we're staying with the same carrier. The PPO premium goes up about 4%; the HSA-qualified plan premium is flat and the clinic's HSA contribution goes from $750 to $1,000 (single) / $1,500 to $2,000 (family).
- Dental and vision: no changes.
- 401(k): the clinic match stays at 100% of the first 4%. You can change your deferral any time, not just during open enrollment.
- Staff wellness perk: still 4 free visits per year in each department (chiro, acu, massage), plus 25% off supplements.

How to enroll
Log in to the benefits portal (link in the Staff Resources folder). If you make no changes, your current elections roll over, EXCEPT the FSA, which you must re-elect every year.

Benefits Q&A with our broker: Thursday, November 6, 12:15-1:00 in the break room (lunch provided). Bring questions.

As always, come see me privately if you have questions about your own situation.

{SIG_WHIT}

{CONF_SHORT}
""", date=D(2025, 10, 27, 9, 0))

# staff-003 payroll
mk('clean', 'staff', S['dufresne'], S['staff'], 'Timesheets due WEDNESDAY this pay period (Labor Day)',
"""Hi all,

Because of the Labor Day holiday, payroll processes a day early this cycle.

- Timesheets for 8/17-8/30 must be approved in the time clock by Wednesday 9/3 at noon.
- Paychecks/direct deposit still land Friday 9/5.
- Labor Day (9/1) is a paid holiday for full-time staff. Part-time staff who normally work Mondays get holiday pay pro-rated.

LMTs and acupuncturists: your visit counts for the commission tier are pulled from ChiroFlow Tuesday night, so make sure all visits through 8/30 are checked out and signed.

Front desk: supplement commissions for July are on this check.

If you forgot to clock in or out, fill out a missed punch form and drop it in my box. Please don't text me your hours :)

Thanks,
Renee
""", date=D(2025, 8, 28, 11, 45))

# staff-004 leave of absence, no health details
d = D(2025, 5, 23, 16, 5)
mk('clean', 'staff', S['whitfield'], [S['frontdesk'], S['pike'], S['ferreira']], 'Sofia out 6/2 - 7/14: coverage plan',
f"""Hi team,

Sofia will be on a leave of absence from Monday 6/2 through Monday 7/14, returning Tuesday 7/15. She asked me to share the dates with everyone; please respect her privacy and don't ask her for details.

Coverage:
- Jordan picks up Sofia's Monday and Wednesday morning blocks.
- Ana picks up Tuesday and Thursday mornings.
- Front desk: please call Sofia's regulars this week and offer them Jordan or Ana, or a hold until 7/15. Her column is blocked in ChiroFlow starting 6/2.
- Members who only want Sofia can pause their massage credit for June with no penalty (Renee approved).

Jordan and Ana, thank you for taking this on. Overtime is approved for the weeks you go over 36 hours.

Carla

{SIG_WHIT}
""", date=d)

# staff-005 celebration
mk('clean', 'staff', S['greer'], S['staff'], '15 years of Tamarack!! potluck Friday 9/19',
"""Hi friends!!

Fifteen years ago this month Dr. Falkner opened Tamarack with two treatment rooms and a folding table for a front desk. We're celebrating Friday 9/19, 12:30-1:30 in the break room (schedules are blocked, I already checked with Carla).

Potluck sign-up so far:
  Tasha - cake (lemon, by popular demand)
  Kenji - musubi
  Yesenia - tamales (pork + rajas)
  Huong - spring rolls
  Dr. Raman - samosas
  Jordan - chips & salsa (he says it counts)
  Lina - fruit salad
  Dr. Wielgosz - pierogi from his mom!!
  Darnell - drinks

Still need: a salad, plates/napkins, and someone to distract Dr. F at 12:25 so we can set up. We're also signing a card, it's in my top drawer.

Tasha
""", date=D(2025, 9, 10, 13, 20))

# staff-006 Saturday coverage
mk('clean', 'staff', S['whitfield'], [S['providers'], S['frontdesk']], 'Q4 Saturday coverage + after-hours phone rotation',
f"""Here is the Saturday rotation for October-December. Saturday hours are 8:00-1:00.

Date       Chiro           Acu          Massage        Desk
10/4       Raman           Zhou         Pike           Yesenia
10/11      Falkner         Domingo      Ferreira       Kenji
10/18      Raman           Zhou         Pike           Yesenia
10/25      Wielgosz        Domingo      Brandt         Tasha
11/1       Raman           Zhou         Ferreira       Yesenia
11/8       Falkner         Domingo      Pike           Kenji
11/15      Wielgosz        Zhou         Brandt         Yesenia
11/22      Raman           Domingo      Ferreira       Tasha
11/29      Falkner         --           Pike           Yesenia   (holiday wknd, 8-12)
12/6       Wielgosz        Zhou         Brandt         Kenji
12/13      Raman           Domingo      Ferreira       Yesenia
12/20      Falkner         Zhou         Pike           Tasha
12/27      CLOSED

After-hours answering service forwards urgent provider calls to the on-call DC:
  Oct: Dr. Raman 503-555-0131
  Nov: Dr. Wielgosz 503-555-0132
  Dec: Dr. Falkner 503-555-0133

Swaps are fine, just cc me so the answering service gets updated.

{SIG_WHIT}
""", date=D(2025, 9, 24, 14, 2))

# staff-007 interview schedule
mk('clean', 'staff', S['whitfield'], [S['pike'], S['brandt'], S['greer']], 'LMT interviews Thursday - schedule + hands-on',
f"""Hi Jordan, Sofia, Tasha,

Thanks for helping with interviews for the part-time LMT position. Thursday 10/23 schedule:

  10:00  Rowan Ellery, LMT (8 yrs, sports/orthopedic, currently at a spa in Bend)
  11:15  Jacinta Morrow, LMT (new grad, Cascade Massage Institute, Spanish speaker)
  1:30   Devon Whitlock, LMT (5 yrs, prenatal certified, wants 3 days/wk)

Format: 20 min conversation with me and Tasha in the conference room, then a 30 min hands-on with Jordan or Sofia in Room 7. Jordan and Sofia, you'll be the table for the hands-on (sorry/you're welcome). Please fill out the scoring sheet right after, before you talk to each other.

We're looking for someone comfortable with PI/WC documentation (timed units, objective findings) and willing to do at least one Saturday a month.

Resumes are in the HR folder on the shared drive. Please keep them there, don't print.

Carla
""", date=D(2025, 10, 17, 10, 25))

# ------------------------------------------------------------------ training
# training-001 sandbox training with test patient
mk('clean', 'training', brett, [S['frontdesk'], S['voss']], 'ChiroFlow SANDBOX training - setting up a PI case (test patient only)',
"""Hi all,

For Wednesday's training we'll use the ChiroFlow SANDBOX (https://sandbox.chiroflowehr.com/tih). Please do NOT practice in the live system.

Use the test patient that's already loaded:
  Name:   ZZTEST, PIPCASE
  DOB:    01/01/1950
  MRN:    TEST-000001
  Phone:  (555) 555-0100
  Auto carrier: "TEST AUTO CARRIER", claim # TEST-CLM-0001
  Attorney: "TEST LAW FIRM"

Exercise
1. Open ZZTEST, PIPCASE and create a new case: Case type = Auto/PI, accident date = any date in the last 30 days, state = OR.
2. Attach the test carrier as primary and set the financial class to "Lien".
3. Add the test attorney contact and check "Send monthly statements to attorney".
4. Book 3 sandbox visits on Dr. TEST's column and check them out with 98941 + 97140-59.
5. Run Reports > PI Case Summary and confirm all 3 visits show under the case, not under "Cash".

Sandbox data is wiped every Sunday night, so don't worry about making a mess.

Brett
""", date=D(2025, 2, 3, 15, 47))

# training-002 de-identified case study for interns
mk('clean', 'training', S['raman'], A('Chiropractic Interns', 'interns@' + DOM),
   'Case for Thursday rounds - please read before 7:30',
"""Morning interns,

Thursday's case (de-identified, details changed; do not try to match this to anyone in the schedule):

A woman in her mid-30s who works at a desk presents five days after a low-speed rear-end collision. She was the restrained driver, stopped at a light. No loss of consciousness. She reports neck pain (6/10) that is worse with rotation to the left, a "band-like" headache in the afternoons, and tingling in the right thumb and index finger that comes and goes. Urgent care X-rays the day after were read as negative. She is breastfeeding and wants to avoid medication.

Exam highlights: cervical rotation L 50 degrees, R 65 degrees; Spurling's positive on the right for local pain only; reflexes 2+ and symmetric; grip strength reduced on the right; tender upper trapezius and levator scapulae bilaterally.

Questions to prepare:
1. What are your red flags and do any apply?
2. What is your working diagnosis list, with ICD-10 codes?
3. Would you image further before manipulating? Why or why not?
4. Outline a 4-week plan (frequency, techniques, outcome measures).
5. What documentation will an auto adjuster look for at the 30-day re-eval?
6. When would you co-manage with acupuncture or massage here?

We'll go through it together at 7:30. Coffee's on me.

Dr. Raman
""", date=D(2025, 3, 25, 6, 52))

# training-003 billing/front desk quiz
quiz_docx = docx([
    '**Front Desk & Billing Quiz - Q2 (answer key on page 2)**',
    '1. Which modifier is required on Medicare CMT codes during active treatment?',
    '2. A patient gets 98941 and 97140 to the same region on the same day. What happens?',
    '3. True or false: a cash package can be applied to a workers\' comp visit.',
    '4. What two numbers must be on every workers\' comp bill?',
    '5. A caller says they are the patient\'s attorney. What do you check before sharing anything?',
    '6. What goes on a superbill for HSA reimbursement?',
    '7. Sample scenario (fictitious): "Sample Patient A" has a 10-visit acu package and is billed $95 for a visit. What went wrong?',
    '**Answer key**',
    '1. AT.  2. 97140 is only payable with -59 when performed on a separate region.  3. False.',
    '4. Claim number and authorization number.  5. A signed authorization/lien on file naming that firm.',
    '6. Provider name and NPI, dates of service, CPT and ICD-10 codes, amounts paid.  7. The visit was not linked to the package in checkout.',
])
mk('clean', 'training', S['dufresne'], [S['frontdesk'], S['tran']], 'Quarterly billing quiz - due Friday',
"""Hi team,

It's quiz time. 7 questions, open book (the billing binder and the PI cheat sheet are fair game). Please don't peek at page 2 until you're done, it's the answer key.

Turn it in to me by Friday. Everyone who gets 6+ right gets a coffee card, and we'll go over the ones people missed at the next team huddle.

Renee
""", date=D(2025, 6, 16, 9, 30),
   atts=[(quiz_docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Billing_Quiz_Q2.docx')])

# training-004 system test script for booking integration
tests = """TC-01  Book new patient via web widget
       Input:    TEST PATIENT ONE, DOB 01/01/1900, phone 555-555-0100, email test1@example.com
       Service:  Chiropractic NEW 45
       Expected: appointment appears on Dr. TEST column, status "Pending intake"; confirmation email received

TC-02  Book existing patient, returning visit
       Input:    TEST PATIENT TWO (MRN TEST-000002), DOB 02/02/1900
       Service:  Massage 60
       Expected: matched to existing chart, no duplicate created

TC-03  Duplicate detection
       Input:    TEST PATIENT ONE again with different phone 555-555-0199
       Expected: flagged "possible duplicate" in the front desk queue

TC-04  Package visit
       Input:    TEST PATIENT TWO, sandbox package "TEST ACU 10-PACK"
       Expected: visit count decrements from 10 to 9 at checkout

TC-05  Auto-injury intake path
       Input:    TEST PATIENT THREE, accident date 01/01/2025, carrier "TEST AUTO CARRIER"
       Expected: case type Auto/PI created, ATTORNEY flag false, intake routed to PI coordinator queue

TC-06  Cancellation inside 24h
       Expected: $40 late-cancel fee posted to TEST PATIENT ONE, visible in ledger

TC-07  Reminder text
       Expected: SMS sent to 555-555-0100 at T-48h (sandbox SMS log only, nothing sent externally)

TC-08  Time zone
       Input:    book 8:00 AM on the Sunday DST change date
       Expected: appointment shows 8:00 AM local in ChiroFlow and in the widget
"""
mk('clean', 'training', brett, [S['whitfield'], S['greer']], 'Online booking integration - UAT script (sandbox)',
f"""Carla, Tasha,

Here's the user acceptance test script for the new online booking widget. Everything runs in the sandbox against test records only. Please run through it Tuesday and mark pass/fail in the attached copy.

{tests}
If anything fails, screenshot it and note the TC number. I'll open tickets with the vendor.

Brett Lindqvist
Northgate Tech Partners
""", date=D(2025, 4, 28, 13, 10), atts=[(tests, 'text/plain', 'UAT_booking_widget_v1.txt')])

# training-005 OSHA / clean needle training
mk('clean', 'training', S['whitfield'], S['staff'], 'Annual OSHA bloodborne pathogens + clean needle refresher due 3/31',
f"""Hi all,

Annual compliance training is due March 31. Everyone (clinical and front desk) needs to complete:

1. OSHA Bloodborne Pathogens (online, ~45 min). Link and login are in the Staff Resources folder.
2. Clean Needle Technique refresher (acupuncturists + anyone who handles sharps containers). Lina is running a 30-minute in-person session Wednesday 3/19 at 12:15.
3. Exposure control plan review: read and sign the updated plan (binder in the break room). The only change this year is the new sharps container location in Room 7.

Sample scenario we'll discuss on 3/19 (made up for training):
"During needle removal, a practitioner is stuck by a used needle. What are the first three steps, who do you notify, and what form gets completed?"
Answer we're looking for: wash with soap and water, report to the practice manager immediately, complete the exposure incident report the same day; the source-person testing process follows our written plan.

Certificates go to me by 3/31. Thanks for keeping us safe!

{SIG_WHIT}
""", date=D(2025, 3, 10, 8, 48))

# training-006 role-play script with fictitious patient (docx)
rp = docx([
    '**Front Desk Role-Play: Calls from Attorneys and Adjusters**',
    'All names and numbers in this script are fictitious and for training only.',
    'Fictitious patient: Jane Sample (SAMPLE)   Fictitious claim: SAMPLE-0000   Fictitious firm: Example & Example LLP',
    '**Scenario 1 - attorney requests balance**',
    'Caller: "Hi, this is Sam from Example & Example, calling about our client Jane Sample. What is her balance?"',
    'You: "I can help with that. Can I get your fax or email so I can check that we have a signed authorization on file for your firm?"',
    'Key point: no authorization/lien on file = no information, not even confirming she is a patient.',
    '**Scenario 2 - adjuster asks why visits are still happening**',
    'You: "I\'ll have our PI coordinator call you back with the treatment plan and most recent re-evaluation."',
    'Key point: front desk does not discuss clinical details. Route to Darnell.',
    '**Scenario 3 - a family member calls**',
    'Check the communication preferences in the chart before confirming anything.',
])
mk('clean', 'training', S['voss'], S['frontdesk'], 'Role-play practice for Thursday huddle',
"""Hi front desk team,

At Thursday's huddle we'll do 10 minutes of role-play on attorney and adjuster calls. Script attached, all made up (Jane Sample is our imaginary patient, don't look her up!). I'll play the pushy paralegal.

Quick reminders:
- Always verify an authorization or lien is on file before giving any info to a law firm.
- Adjusters get routed to me. You can take a message and their claim number.
- If you're not sure, "let me have our coordinator call you back" is always fine.

Darnell
""", date=D(2025, 10, 2, 15, 15),
   atts=[(rp, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'RolePlay_Attorney_Calls_TRAINING.docx')])

# =====================================================================================
#                                     labels + summary
# =====================================================================================
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'label', 'kind', 'patient_name'])
    for row in FILES:
        w.writerow(row)

EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7,
    ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'struct'): 7,
    ('clean', 'admin'): 7, ('clean', 'lookalike'): 7, ('clean', 'news'): 6,
    ('clean', 'staff'): 7, ('clean', 'training'): 6,
}
for k, n in EXPECTED.items():
    got = COUNTS.get(k, 0)
    flag = '' if got == n else f'   <-- expected {n}'
    print(f'{k[0]}-{k[1]}: {got}{flag}')
print(f'total: {len(FILES)}')
