#!/usr/bin/env python3
"""Synthetic mail for a city police department's Records Unit and its
Victim Services / Crisis Intervention Team.  Every person, number,
address and organisation in here is invented.

usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, struct
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

SEED = 9802
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))


def when(m, d, h, mi=None, y=2024):
    if mi is None:
        mi = random.randint(0, 59)
    dst = (3 < m < 11) or (m == 3 and d >= 10) or (m == 11 and d < 3)
    return datetime(y, m, d, h, mi, random.randint(0, 59), tzinfo=EDT if dst else EST)


def sent_line(dt):
    """Outlook style 'Sent:' value."""
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d %d:%02d %s' % (dt.strftime('%A'), dt.strftime('%B'), dt.day,
                                         dt.year, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def gm_line(dt):
    h = dt.hour % 12 or 12
    return '%s, %s %d, %d at %d:%02d %s' % (dt.strftime('%a'), dt.strftime('%b'), dt.day,
                                            dt.year, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')


def _hex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))


def msgid(domain, style=None):
    style = style if style is not None else random.randint(0, 3)
    if style == 0:
        return '<%s.%s@%s>' % (_hex(16), random.randint(100000, 999999), domain)
    if style == 1:
        box = 'SJ0PR%02dMB%04d' % (random.randint(10, 19), random.randint(1000, 9999))
        return '<%s%s@%s.namprd%02d.prod.outlook.com>' % (box, _hex(12).upper(), box, random.randint(10, 19))
    if style == 2:
        return '<CA+%s%s=%s@mail.%s>' % (_hex(10), _hex(8).upper(), _hex(6), domain)
    return '<%s-%s-%s@%s>' % (_hex(8), _hex(4), _hex(12), domain)


def quote(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.strip('\n').splitlines())


def orig_block(frm, dt, to, subj, body, cc=None):
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent_line(dt), to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n%s' % (subj, body.strip('\n'))
    return s


def outlook_hdr_block(frm, dt, to, subj, body, cc=None):
    s = '________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent_line(dt), to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n%s' % (subj, body.strip('\n'))
    return s


def on_wrote(dt, who, body):
    return 'On %s %s wrote:\n%s' % (gm_line(dt), who, quote(body))


def fwd_block(frm, dt, to, subj, body, cc=None):
    s = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n' % (
        frm, gm_line(dt), subj, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + '\n' + body.strip('\n')


def build(frm, to, subject, body, date, cc=None, html=None, att=(), headers=None, mid=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    dom = frm.rsplit('@', 1)[1].strip().rstrip('>')
    m['Message-ID'] = mid or msgid(dom)
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for fn, data, mt in att:
        maint, sub = mt.split('/')
        if maint == 'text':
            if isinstance(data, bytes):
                data = data.decode('utf-8')
            m.add_attachment(data, subtype=sub, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            m.add_attachment(data, maintype=maint, subtype=sub, filename=fn)
    return m


def reply_headers(parent_id):
    return {'In-Reply-To': parent_id, 'References': parent_id}


COUNTS = {}
ROWS = []


def save(label, kind, m, patient=''):
    key = (label, kind)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNTS[key])
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes(policy=policy.SMTP))
    ROWS.append((fn, label, kind, patient))


# ---------------------------------------------------------------- file makers
def xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def _zip(parts):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


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
                             % (ref, xesc(v)))
        out.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
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
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])


def docx(paragraphs):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p)
                   for p in paragraphs)
    doc = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 10 Tf 13 TL 54 748 Td\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET'
    cb = content.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
            b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            b'<< /Length ' + str(len(cb)).encode() + b' >>\nstream\n' + cb + b'\nendstream']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objs) + 1).encode() + b'\n0000000000 65535 f \n'
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)).encode()
    return out


def png(w, h, paint):
    """paint(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(paint(x, y))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def badge_logo():
    def p(x, y):
        dx, dy = x - 48, y - 48
        d = dx * dx + dy * dy
        if d < 34 * 34:
            if abs(dx) < 5 or abs(dy) < 5:
                return (212, 175, 55)
            return (16, 42, 92)
        if d < 40 * 40:
            return (212, 175, 55)
        return (255, 255, 255)
    return png(96, 96, p)


def blank_scan():
    def p(x, y):
        if x < 6 or y < 6 or x > 333 or y > 433:
            return (58, 58, 58)
        if 40 <= y <= 42 and 30 <= x <= 310:
            return (205, 205, 205)
        return (247, 246, 242)
    return png(340, 440, p)


def wav_silence(seconds=0.6, rate=8000):
    n = int(seconds * rate)
    data = b'\x00\x00' * n
    return (b'RIFF' + struct.pack('<I', 36 + len(data)) + b'WAVEfmt '
            + struct.pack('<IHHIIHH', 16, 1, 1, rate, rate * 2, 2, 16)
            + b'data' + struct.pack('<I', len(data)) + data)


def ics(uid, start, end, summary, location, desc, organizer):
    f = '%Y%m%dT%H%M%S'
    return '\r\n'.join([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Ridgeport PD//Calendar//EN', 'METHOD:REQUEST',
        'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20240401T120000Z',
        'DTSTART;TZID=America/New_York:' + start.strftime(f),
        'DTEND;TZID=America/New_York:' + end.strftime(f),
        'SUMMARY:' + summary, 'LOCATION:' + location,
        'DESCRIPTION:' + desc.replace('\n', '\\n'),
        'ORGANIZER;CN=%s:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR', ''])


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


def table(rows, gap=2):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(''.join(str(c).ljust(widths[i] + gap) for i, c in enumerate(r)).rstrip()
                     for r in rows)


def pipe_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    line = lambda r: '| ' + ' | '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + ' |'
    sep = '|' + '|'.join('-' * (w + 2) for w in widths) + '|'
    return '\n'.join([line(rows[0]), sep] + [line(r) for r in rows[1:]])


# ---------------------------------------------------------------- people
PD = 'ridgeportpd.org'
NB = 'northlinebh.org'
RGH = 'rghealth.org'
SBM = 'stbrendanmc.org'
CITY = 'cityofridgeport.org'


def A(name, email):
    if ',' in name or '.' in name:
        return '"%s" <%s>' % (name, email)
    return '%s <%s>' % (name, email)


okafor = A('Okafor-Marsh, Denise', 'dokafor-marsh@' + PD)
villarreal = A('Villarreal, Tomas', 'tvillarreal@' + PD)
pham = A('Pham-Larkin, Kim', 'kpham-larkin@' + PD)
haldane = A('Haldane, Bridget', 'bhaldane@' + PD)
sunderland = A('Rachel Sunderland', 'rsunderland@' + PD)
ybarra = A('Marisol Ybarra', 'mybarra@' + PD)
pruitt = A('Deshawn Pruitt', 'dpruitt@' + PD)
tran = A('Lien Tran', 'ltran@' + PD)
kowalczyk = A('Kowalczyk, Aaron (Sgt.)', 'akowalczyk@' + PD)
rusk = A('Rusk, Jenna', 'jrusk@' + PD)
greer = A('Greer, Malik', 'mgreer@' + PD)
benavides = A('Benavides, Carla (Lt.)', 'cbenavides@' + PD)
mulcahy = A('Mulcahy, Ryan (Sgt.)', 'rmulcahy@' + PD)
adeyemi = A('Victor Adeyemi', 'vadeyemi@' + PD)
dunleavy = A('Dunleavy, Tess', 'tdunleavy@' + PD)
fiore = A('Fiore, Angela', 'afiore@' + PD)
castellano = A('Castellano, Joseph (Capt.)', 'jcastellano@' + PD)
diaz = A('Diaz, Lorena (Sgt.)', 'ldiaz@' + PD)
hollis = A('Hollis, Greg', 'ghollis@' + PD)
renfro = A('Renfro, Paul', 'prenfro@' + PD)
records_box = A('RPD Records Unit', 'records@' + PD)
vs_box = A('RPD Victim Services', 'victimservices@' + PD)
cit_box = A('CIT Team', 'cit@' + PD)

raman = A('Priya Raman', 'praman@' + NB)
ostrowski = A('Ben Ostrowski', 'bostrowski@' + NB)
achebe = A('Dr. Ngozi Achebe-Lund', 'nachebe-lund@' + NB)
pierrelouis = A('Jean-Robert Pierre-Louis', 'jpierre-louis@' + NB)

mabry = A('Mabry, Colleen', 'cmabry@' + RGH)
quintanilla = A('Quintanilla, Hector RN', 'hquintanilla@' + RGH)
petrie = A('Shauna Petrie', 'spetrie@' + RGH)

whitcomb = A('Whitcomb, Gail', 'gwhitcomb@' + CITY)
kuo = A('Kuo, Sandra', 'skuo@' + CITY)
strand = A('Strand, Naomi', 'nstrand@' + CITY)

DISC_PD = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the\n'
           'addressee(s) and may contain criminal justice information, confidential victim\n'
           'information or other material exempt from disclosure under state law. If you\n'
           'received this in error, notify the sender by reply and delete it. Any other\n'
           'review, use, copying or distribution is prohibited.')
DISC_NB = ('Northline Behavioral Health | This message may contain confidential information\n'
           'intended only for the named recipient. If you are not the intended recipient,\n'
           'please notify the sender immediately and destroy all copies.')
DISC_CITY = ('This email is a public record of the City of Ridgeport and may be subject to\n'
             'disclosure under the state public records act unless an exemption applies.')


def sig(name, title, unit='Ridgeport Police Department', phone=None, extra=None):
    s = '\n%s\n%s\n%s' % (name, title, unit)
    if phone:
        s += '\n' + phone
    if extra:
        s += '\n' + extra
    return s


# ================================================================ PHI: care
# care-001
save('phi', 'care', build(
    rusk, raman, 'follow up - Larkspur Ct',
    """Priya,

Can you and I swing by Harold Beaumont's place tomorrow (4411 Larkspur Ct, the
blue duplex, use the side door) sometime after 1? His daughter Claire called the
non-emergency line again this morning. She says he hasn't picked up his
prescriptions from the pharmacy on Fulton since the 2nd and the fridge is
basically empty. He told her he'd only talk to "the lady who came with the
officer last time" so I think it has to be you.

I'll grab a couple of the grocery cards from Rachel if victim services still has
some. Claire's cell is 555-0143 if you want to call her first, she works nights
so after 11am is best.

Thanks,
Jenna

Ofc. Jenna Rusk #2217
Crisis Intervention Team | Ridgeport Police Department
Desk 555-0100 x4417

""" + DISC_PD, when(4, 16, 9), cc=kowalczyk), 'Harold Beaumont')

# care-002
save('phi', 'care', build(
    ybarra, pruitt, 'coverage while I\'m out 5/20-5/24',
    """Hey Deshawn - thank you again for covering. Only two that need anything that week:

Yesenia Cardona (24-012290)
 - follow-up at the St. Brendan wound clinic Tues 5/21 at 9:40. She needs a ride.
   Lyft voucher is already loaded under the VS account, just confirm with her
   Monday afternoon. Her English is fine but she prefers Spanish on the phone,
   use the language line if you need to.
 - pharmacy called me Friday, the prior auth for her pain meds finally went
   through so she can pick up at the Walgreens on Dover whenever. Let her know.
 - she asked about a locksmith again. I told her we'd look at the emergency fund.

Blessing Okwu (24-013874)
 - the ER bill for her son from RGH came to her house. She just needs someone to
   sit with her and do the comp application, she has all the paperwork. 20 min tops.

Everyone else is just check-in calls, list is in the shared drive under
VS > Caseload > Ybarra.

Marisol

Marisol Ybarra
Victim Advocate (Bilingual) | Victim Services Unit
Ridgeport Police Department | 555-0100 x4452
""", when(5, 17, 15)), 'Yesenia Cardona')

# care-003
_c3_orig_dt = when(6, 5, 16, 52)
_c3_orig = """Hi Rachel,

Mrs. Fontaine (the 79 y/o from the home invasion on Alder St last week) is
cleared to go home tomorrow late morning. She doesn't have anyone local - her son
is in Phoenix and can't get here until the 15th. She'll need:

  - a ride home (she can't drive yet)
  - someone to confirm the back door was actually fixed before she walks in
  - 3 new prescriptions filled, she's never used a pill box and I'd rather
    someone set it up with her
  - home health starts Monday, they have her number

Can your team help with any of this? She's on 4 West, bed 12. Family's OK with
us sharing with you, son gave verbal consent on the phone today.

Thanks,
Colleen

Colleen Mabry, LCSW
Emergency Department Social Work
Ridgeport General Hospital | 555-0160 | pager 2291
"""
_c3_id = msgid(RGH)
save('phi', 'care', build(
    sunderland, mabry, 'RE: Discharge tomorrow - Odile Fontaine',
    """Colleen - yes. Deshawn can pick her up at 11, just have her ready at the 4 West
desk. Landlord says the back door and frame were replaced Monday and the
locksmith is meeting us at the house at 10:30 to re-key the front. We'll swing by
the pharmacy on the way home and Deshawn will sit with her and set up the pill
box. I'll call the son tonight.

Rachel

Rachel Sunderland, LMSW
Victim Services Coordinator
Ridgeport Police Department | 555-0100 x4450 | fax 555-0109

""" + on_wrote(_c3_orig_dt, 'Colleen Mabry <cmabry@rghealth.org>', _c3_orig),
    when(6, 5, 18), cc=pruitt, headers=reply_headers(_c3_id)), 'Odile Fontaine')

# care-004
save('phi', 'care', build(
    villarreal, vs_box, 'call back request - mother asking where son was taken',
    """Gloria Pettaway called the front counter at about 1:15, 555-0178.

Her son Marcus Pettaway (32) was the subject of the welfare check Sat 3/9 at the
Motel 9 on Route 40 (CAD 240309-1877). She wants to know which hospital he went
to and if he's still there. CAD shows Metro Ambulance transported to RGH at 2318,
Ofc. Greer followed. I didn't give her anything since he's an adult.

Can someone from your side call her back? She was pretty upset, she said he
hasn't answered his phone since Friday.

-Tomas

Tomas Villarreal
Police Records Clerk II | Records Unit
Ridgeport Police Department
555-0100 x4402
""", when(3, 11, 13, 31)), 'Marcus Pettaway')

# care-005
save('phi', 'care', build(
    castellano, [fiore, diaz], 'Whitlock - light duty schedule starting 7/15',
    """Angela / Sgt. Diaz,

Ofc. Dana Whitlock #2051 is cleared for light duty starting Monday 7/15 per the
work status note from Westfield Occupational Health (copy is in her file, not
attaching here).

She has physical therapy Tuesdays and Thursdays at 0800 at Lakeside Rehab on
Quarry Rd through at least mid-August, so please build her desk schedule
1000-1800 on Tue/Thu and 0800-1600 the rest of the week. No marked unit, no
prisoner transport, no range until she's fully released.

Front desk or records assist is fine. Denise said she can use help with the
request backlog.

Capt. J. Castellano
Patrol Bureau Commander
Ridgeport Police Department
""", when(7, 11, 10)), 'Dana Whitlock')

# care-006
save('phi', 'care', build(
    ostrowski, [kowalczyk, rusk], 'kimura visit today',
    """Saw Walter Kimura at 10:15. Brought the weekly pill organizer and set it up with
him, his niece Amy will refill it on Sundays going forward. He said yes to Meals
on Wheels, I put the referral in, first delivery should be Thursday. Apartment
was a lot cleaner than last time and he'd showered.

Next visit Fri am - can one of you come? He's fine with uniforms now.

Ben

Sent from my iPhone""", when(4, 19, 11, 48)), 'Walter Kimura')

# care-007
_c7_text = """Hi Monique,

Confirming Tanya Rhodes and her two kids (Jaylen, 9 and Aria, 6) for tonight.

Patrol will do a civil standby at 7:00 pm at 2290 Wexford Ave Apt 3B so she can
get clothes, IDs, the kids' school stuff, and Aria's nebulizer and medicine from
the bathroom cabinet. She should be at Haven House by 8:30.

A couple of other things:
- Aria has a doctor's visit Thursday at 2:00 at the Eastside Family Clinic. Tanya
  will need a bus pass or a ride. I can drive if nobody else can.
- Jaylen's school (Garfield Elementary) has been told he's safe and where to
  send homework. Nobody else should be given the address.
- Tanya's phone is 555-0152 (new number, the old one is his plan).

Thank you for making room on short notice.

Deshawn Pruitt
Victim Advocate | Ridgeport Police Department
555-0100 x4453 | victimservices@ridgeportpd.org
"""
_c7_html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Monique,</p>
<p>Confirming <b>Tanya Rhodes</b> and her two kids (Jaylen, 9 and Aria, 6) for tonight.</p>
<p>Patrol will do a civil standby at <b>7:00 pm</b> at 2290 Wexford Ave Apt 3B so she can get clothes, IDs,
the kids' school stuff, and Aria's nebulizer and medicine from the bathroom cabinet. She should be at Haven House by 8:30.</p>
<p>A couple of other things:</p>
<ul>
<li>Aria has a doctor's visit <b>Thursday at 2:00</b> at the Eastside Family Clinic. Tanya will need a bus pass or a ride. I can drive if nobody else can.</li>
<li>Jaylen's school (Garfield Elementary) has been told he's safe and where to send homework. Nobody else should be given the address.</li>
<li>Tanya's phone is 555-0152 (new number, the old one is his plan).</li>
</ul>
<p>Thank you for making room on short notice.</p>
<p style="color:#1f3864">Deshawn Pruitt<br>Victim Advocate | Ridgeport Police Department<br>555-0100 x4453 | victimservices@ridgeportpd.org</p>
</body></html>"""
save('phi', 'care', build(
    pruitt, A('Monique Fairley', 'intake@havenhouse-rp.org'),
    'Standby tonight + placement for Rhodes family', _c7_text, when(9, 10, 14),
    cc=sunderland, html=_c7_html), 'Aria Rhodes')

# care-008
save('phi', 'care', build(
    A('RPD Unified Messaging', 'vm-noreply@' + PD), vs_box,
    'Voice Message from ABERNATHY L (555) 555-0166 - 0:47',
    """You received a voice message.

From:      ABERNATHY L  (555) 555-0166
To:        Mailbox 4400 - Victim Services Main
Received:  Thursday, August 22, 2024 7:52 AM
Length:    0:47

Transcription (automated - may contain errors):
"Hi, um, this is Lorraine Abernathy, I'm calling about my brother Dennis
Abernathy. The officers took him to the hospital on Tuesday from his apartment on
Gilman Street and nobody has called me back. I don't know if he's still at
General or if they moved him over to the, the Northline place. He doesn't have
his glasses or his phone charger and he needs his insulin, he can't go without
it. Please call me back at five five five, oh one six six. Thank you."

To listen, open the attached file or dial 4400 from any department phone.
This message was sent by an automated system. Do not reply to this e-mail.
""", when(8, 22, 7, 53), att=[('msg_0822_0752.wav', wav_silence(), 'audio/wav')]),
    'Dennis Abernathy')

# ================================================================ PHI: ids
# ids-001
save('phi', 'ids', build(
    A('Trevor Babcock', 'tbabcock@keystonemutual.com'), records_box,
    'Records Request - Claim KM-24-0078812 / RPD Report 24-018832',
    """Good afternoon,

Keystone Mutual Insurance represents our insured in connection with the motor
vehicle collision of 04/27/2024 at Canal St & 9th Ave.

We are requesting a copy of the following for our claimant (DOB 03/14/1971), who
was transported from the scene:

  1. Crash report 24-018832 including diagram
  2. Any supplemental narrative documenting injuries or complaints of pain
  3. EMS agency / transport destination as recorded by the responding officer

Claim No.:      KM-24-0078812
Policy No.:     AUT-3318-44702
Date of Loss:   04/27/2024

Please advise of any fee and we will remit promptly. Reports may be returned to
this address or faxed to 555-0197.

Regards,

Trevor Babcock
Senior Injury Adjuster
Keystone Mutual Insurance Company
P: 555-0196 | F: 555-0197
""", when(5, 8, 14)), '')

# ids-002
_i2_orig_dt = when(2, 20, 10, 4)
_i2_orig = """Hi,

We transported a patient on 02/03/24 from the 1800 block of Harmon Ave at your
officers' request (pt DOB 11/02/1988, our account # AMB-5540192, run 240203-0147).
The payer (state Medicaid) is requesting the police case number tied to the
emergency custody transport before they'll process. Can you provide it?

Thank you,
Renee Cobb
Billing Specialist | Metro Ambulance Service
555-0185 ext 12
"""
save('phi', 'ids', build(
    pham, A('Renee Cobb', 'rcobb@metroambulance-rp.com'),
    'RE: Police case # needed - run 240203-0147',
    """Renee - that's 24-009417. Anything beyond the number needs a signed release or
a subpoena.

Kim

Kim Pham-Larkin | Records Specialist
Ridgeport Police Department Records Unit | 555-0100 x4405

""" + orig_block('Renee Cobb <rcobb@metroambulance-rp.com>', _i2_orig_dt,
                 'RPD Records Unit', 'Police case # needed - run 240203-0147', _i2_orig),
    when(2, 20, 13)), '')

# ids-003
save('phi', 'ids', build(
    A('Howard Leng', 'hleng@summitclaimsadmin.com'), whitcomb,
    'WC-2024-00318 / EE 40712 - MRI auth denied',
    """Gail,

UR denied the lumbar MRI requested by Dr. Saadeh for this claimant on 4/9.
Reason given: insufficient documentation of mechanism of injury.

If the department can send me the supervisor's first report of injury and the
incident supplemental (RPD 24-014460), I'll resubmit for reconsideration - the
window is 10 days from the denial letter, so by 4/22.

Claimant remains TTD per the 4/2 work status report. Next ortho appt is 4/25.
TTD checks are current through PP08.

Howard Leng
Senior Claims Examiner
Summit Claims Administrators
Claim line 555-0190 x233 | Fax 555-0191
""", when(4, 12, 11), cc=fiore), '')

# ids-004
save('phi', 'ids', build(
    A('VCB Claims Processing', 'claims@victimcomp-board.org'), vs_box,
    'Law Enforcement Verification Request - Application VCB-24-11873',
    """CRIME VICTIM COMPENSATION BOARD
Law Enforcement Verification Request

Application No.:   VCB-24-11873
Victim:            R.T. (see application on file)
Date of crime:     02/18/2024
Agency:            Ridgeport Police Department
Report No.:        NOT PROVIDED BY APPLICANT

Expenses submitted:
  St. Brendan Medical Center       acct 889120455        $4,812.60
  Ridgeport Emergency Physicians   acct REP-0071433      $1,140.00
  Northline Behavioral Health      counseling x6         $  720.00
  Total                                                  $6,672.60

Please provide (1) the police report number, (2) whether the crime was reported
within 72 hours, and (3) whether the victim cooperated with law enforcement.
Reply to this message or fax 555-0133 within 15 business days. Applications
without verification will be pended.

This mailbox is monitored Mon-Fri 8:00-4:30.
""", when(3, 27, 9, 2)), '')

# ids-005
save('phi', 'ids', build(
    quintanilla, kowalczyk, 'ED hold paperwork - MRN 00482915',
    """Sgt. Kowalczyk,

Your officers brought in a pt on an emergency detention 6/2 around 0230 (MRN
00482915, arrival acct 6012-77381). The application we have is missing the
officer's signature and badge number on page 2. Without it our legal dept says
we can't continue the hold past the 24h mark, which is 0230 tomorrow.

Can you have Ofc. Greer stop by the ED charge desk, or fax a signed copy to
555-0122 attn: ED Nurse Manager? Psych is still looking for a bed for this pt.

Thanks,
Hector Quintanilla, RN, MSN
Nurse Manager, Emergency Department
Ridgeport General Hospital
555-0161
""", when(6, 2, 14, 20), cc=greer), '')

# ids-006
_auth_pdf = pdf([
    'AUTHORIZATION FOR RELEASE OF RECORDS',
    '',
    'Patient/Subject name: Lorna M. Whitford',
    'Date of birth: 07/22/1964        SSN: XXX-XX-4471',
    'Address: 58 Tamarack Way, Ridgeport',
    '',
    'I authorize: Ridgeport Police Department, Records Unit',
    'to release to: Delacroix & Finch LLP, 410 Commerce Sq, Suite 900',
    '',
    'Information to be released: incident/offense reports, body-worn camera',
    'video, CAD records, and notes of the co-responding clinician relating to',
    'my transport to Northline Crisis Stabilization Unit on 01/11/2024.',
    '',
    'Purpose: legal representation',
    'This authorization expires one year from the date signed.',
    '',
    'Signature: /s/ Lorna M. Whitford          Date: 03/02/2024',
])
save('phi', 'ids', build(
    A('Amber Nguyen-Ross', 'anguyenross@delacroixfinch.com'), records_box,
    'Request for Records - RPD Case No. 24-002318',
    """To the Records Custodian:

This firm represents Ms. Whitford (DOB 07/22/1964; SSN xxx-xx-4471) with respect
to the events of January 11, 2024, when she was transported from her residence to
the Northline Crisis Stabilization Unit (RPD Case No. 24-002318).

Please produce the incident report, body-worn camera footage of all responding
officers, the CAD event chronology, and any notes by the co-responding clinician.
A signed authorization is attached.

Please contact me with any questions or cost estimates.

Amber Nguyen-Ross
Senior Paralegal
Delacroix & Finch LLP
410 Commerce Square, Suite 900 | Ridgeport
T 555-0120 | F 555-0121

This message is from a law firm and may contain information that is privileged
or confidential. If you received it in error, please delete it and notify the sender.
""", when(3, 4, 10), att=[('Whitford_Authorization.pdf', _auth_pdf, 'application/pdf')]),
    'Lorna Whitford')

# ids-007
save('phi', 'ids', build(
    sunderland, tran, 'who has 24-027701?',
    """lien is this one yours? the medicaid id on her comp form is wrong, should be
770044192-6 not 770041926. she's been waiting on the dental reimbursement since
may (the two crowns after the assault). can you fix and resend to the board
this week

r
""", when(8, 6, 16, 40)), '')

# ids-008
_sub_pdf = pdf([
    'PINECREST HEALTH PLAN - SUBROGATION & RECOVERY',
    'Request for Accident Information',
    '',
    'Member: ORTEGA, LUIS A.              Member ID: PHX884120337',
    'Group: 00471 (City Transit Workers)   DOB: 05/30/1979',
    'Our reference: SUB-2024-0063318',
    '',
    'Dates of service: 03/02/2024 - 03/05/2024',
    'Provider: Ridgeport General Hospital (ED and inpatient admission)',
    'Diagnosis reported as accident related: assault, facial fractures',
    'Total paid to date: $18,442.17',
    '',
    'Our records indicate your agency responded to this incident',
    '(your report no. 24-010872). Please forward a copy of the report and any',
    'information identifying a responsible third party or insurer.',
    '',
    'Recovery Specialist: D. Hargrove   555-0176   Fax 555-0177',
])
save('phi', 'ids', build(
    A('Pinecrest Subrogation', 'subrogation@pinecresthealth.com'), records_box,
    'Request for Information - Ref SUB-2024-0063318',
    """Please see the attached request.

Pinecrest Health Plan | Subrogation & Recovery Unit
Reply to subrogation@pinecresthealth.com or fax 555-0177.

This e-mail and any attachment may contain confidential information and is
intended only for the addressee.
""", when(4, 3, 8, 15), att=[('SUB-2024-0063318_request.pdf', _sub_pdf, 'application/pdf')]),
    'Luis Ortega')


# ================================================================ PHI: lang
# lang-001 Spanish
save('phi', 'lang', build(
    A('Rosario Quintero', 'rosquintero71@rivermail.net'), ybarra,
    'Mi hijo Adrián - citas y facturas',
    """Buenas tardes señorita Marisol,

Le escribo por mi hijo Adrián Quintero. Ya lo dieron de alta del Hospital General
el viernes, pero tiene que regresar el 14 de mayo para que le quiten los puntos de
la cabeza, y el doctor dijo que tiene que ver a un especialista de los oídos porque
todavía no oye bien del lado izquierdo desde la golpiza.

Nos llegó una factura de la sala de emergencias por $2,300 y no sé si eso lo paga
el programa de víctimas que usted me explicó. Tampoco tenemos carro para llevarlo
a las citas, mi esposo se lleva la camioneta al trabajo.

¿Me puede llamar? Mi número es el 555-0127. Estoy en casa después de las 4.

Muchas gracias por todo lo que ha hecho por nosotros,
Rosario Quintero
""", when(5, 6, 17, 22)), 'Adrián Quintero')

# lang-002 Vietnamese
save('phi', 'lang', build(
    tran, A('Nguyễn Thị Hoa', 'hoa.nguyen.rp@quickpost.net'),
    'Lịch hẹn tái khám của bác Lan - thứ Năm 23/5',
    """Chào chị Hoa,

Em là Liên, nhân viên hỗ trợ nạn nhân của Sở Cảnh sát Ridgeport. Em đã gọi cho
phòng khám chỉnh hình ở bệnh viện St. Brendan và đổi lịch tái khám của bác Phạm Thị
Lan sang thứ Năm ngày 23/5 lúc 10 giờ sáng. Bác sĩ sẽ xem lại tay bị gãy và chụp
X-quang lần nữa để xem xương lành chưa.

Bên em sẽ cho xe đón bác lúc 9 giờ 15 tại nhà (số 1207 đường Marigold). Nếu chị đi
cùng được thì tốt, còn không thì em sẽ đi với bác và phiên dịch cho bác.

Về hóa đơn phòng cấp cứu, chị cứ giữ lại, đừng trả trước nhé. Tuần sau em sẽ nộp
đơn xin bồi thường cho nạn nhân, trong đó có cả tiền thuốc giảm đau của bác.

Có gì chị nhắn tin cho em số 555-0181 nhé.

Liên Trần
Nhân viên hỗ trợ nạn nhân / Victim Advocate
Ridgeport Police Department | 555-0100 x4454

""" + DISC_PD, when(5, 16, 11)), 'Phạm Thị Lan')

# lang-003 Chinese
save('phi', 'lang', build(
    A('Wei Zhang', 'zhangwei.home@ridgenet.com'), vs_box,
    '关于我父亲张国华的情况',
    """您好，

我是张伟，张国华的儿子。上周六晚上我父亲一个人走出家门，在Fulton街的公交站被你们的
警察找到，然后被救护车送到了Ridgeport General医院。医院说他已经出院回家了，但是我们
还没有收到任何报告。

我父亲今年81岁，记忆力越来越差，每天要吃降压药和另外两种药。出事那天他的药盒也不见了。
请问警察有没有在现场找到他的药？我们想申请一份报告的复印件给他的家庭医生看。

另外，你们的危机小组可以来家里看看吗？我们很担心以后还会发生这种事。白天我和我太太都要
上班，他一个人在家。

我的电话是555-0159，晚上7点以后方便。谢谢！

张伟
""", when(10, 7, 21, 5)), 'Zhang Guohua')

# lang-004 Russian
save('phi', 'lang', build(
    A('Ольга Семенова', 'olga.semenova@homewire.com'), records_box,
    'Запрос копии полицейского отчета (дело 24-016604)',
    """Здравствуйте,

Меня зовут Ольга Семенова. 12 апреля на меня напали возле остановки на Пятой улице.
У меня перелом левого запястья, мне делали операцию в больнице St. Brendan, поставили
пластину. Сейчас я хожу на физиотерапию два раза в неделю и пока не могу работать.

Моя страховая компания просит копию полицейского отчета, чтобы оплатить лечение и
больничный. Номер дела 24-016604. Скажите, пожалуйста, как его получить и сколько это
стоит? Я плохо говорю по-английски, поэтому пишу по-русски. Если нужно, моя дочь может
приехать со мной.

Дата рождения: 09.06.1958
Телефон: 555-0132

Спасибо,
Ольга Семенова
""", when(5, 2, 9, 40)), 'Olga Semenova')

# lang-005 Haitian Creole
save('phi', 'lang', build(
    pierrelouis, A('Marie-Claude Desrosiers', 'mcdesrosiers@ridgenet.com'),
    'Swivi pou Frantz',
    """Bonjou Madan Desrosiers,

Se Jean-Robert, klinisyen ki te vini ak polis la samdi swa a pou Frantz. Mwen te
rele lopital la maten an: yo kenbe l pou obsèvasyon jiska demen, epi doktè a
kòmanse ba l yon nouvo medikaman. Enfimyè a di m li dòmi pi byen yèswa.

Lè yo lage l, mwen ka vin lakay ou mèkredi apremidi a 3è pou nou pale sou plan
sekirite a ak randevou li nan klinik Northline. Tanpri kenbe kle machin nan ak
tout kouto yo nan yon kote li pa konnen pou kounye a.

Si li refize pran medikaman an ankò, oswa si li di li pa vle viv ankò, rele 988
oswa 911 touswit.

Pa ezite rele m nan 555-0194.

Jean-Robert Pierre-Louis, LMHC
Klinisyen Ko-Repons / Co-Responder Clinician
Northline Behavioral Health

""" + DISC_NB, when(9, 16, 12), cc=kowalczyk), 'Frantz Desrosiers')

# lang-006 Portuguese
save('phi', 'lang', build(
    A('Luciana Barros', 'lu.barros@rivermail.net'), pruitt,
    'Ajuda com as sessões de terapia do Thiago',
    """Olá, Deshawn,

Aqui é a Luciana Barros, mãe do Thiago. Desde o atropelamento (o motorista que
fugiu), o Thiago não consegue dormir direito e tem pesadelos quase toda noite. A
escola indicou uma psicóloga, a Dra. Fernanda Lima, e ele já fez 3 sessões, mas o
nosso plano de saúde só cobre 50%. Cada sessão custa 140 dólares. A fisioterapia
da perna também continua, duas vezes por semana.

Você disse que o fundo de compensação para vítimas pode pagar o resto. Quais
documentos eu preciso mandar? Já tenho os recibos e a carta da escola.

O número do caso é 24-020117, eu acho.

Obrigada de novo,
Luciana

Enviado do meu celular
""", when(6, 24, 20, 14)), 'Thiago Barros')

# lang-007 Arabic
save('phi', 'lang', build(
    A('Khaled Haddad', 'k.haddad@quickpost.net'), vs_box,
    'بخصوص زوجتي سمية حداد - طلب مترجم',
    """السلام عليكم،

اسمي خالد حداد. زوجتي سمية حداد نُقلت بسيارة الإسعاف إلى مستشفى سانت بريندان يوم
الثلاثاء بعد الحادث في موقف السيارات عند السوق، وكانت الشرطة موجودة. هي حامل في الشهر
السادس والأطباء يريدون إبقاءها يومين للمراقبة.

زوجتي لا تتكلم الإنجليزية جيداً، وأمس لم يكن هناك مترجم عندما شرح الطبيب نتائج
الفحوصات والموجات الصوتية. هل يمكن لقسمكم أن يساعدنا في طلب مترجم عربي في المستشفى؟
وأيضاً نحتاج رقم تقرير الشرطة لشركة التأمين.

رقم هاتفي: 555-0171

شكراً جزيلاً،
خالد حداد
""", when(7, 31, 8, 30)), 'Sumaya Haddad')

# lang-008 Polish
save('phi', 'lang', build(
    A('Tomasz Wierzbicki', 't.wierzbicki@homewire.com'), cit_box,
    'Mój brat Paweł - pytanie',
    """Dzień dobry,

piszę w sprawie mojego brata, Pawła Wierzbickiego (ur. 1979). W niedzielę w nocy
policja i pani z zespołu kryzysowego zabrali go z mieszkania na Birch Street do
szpitala. Od tamtej pory nie mogę się niczego dowiedzieć, szpital mówi, że nie mogą
udzielać informacji.

Paweł od kilku miesięcy nie brał leków, które przepisał mu psychiatra, i prawie nie
wychodził z domu. Boję się, że jak go wypuszczą, to wszystko zacznie się od nowa.
Czy ktoś może mi powiedzieć, jak mogę pomóc albo z kim mam rozmawiać? Mieszkam w
Ridgeport, mój telefon to 555-0138.

Z poważaniem,
Tomasz Wierzbicki
""", when(2, 13, 7, 55)), 'Paweł Wierzbicki')

# ================================================================ PHI: lists
# lists-001
_l1 = [
    ['NAME', 'DOB', 'LAST CONTACT', 'ASSIGNED', 'NEXT STEP'],
    ['Beaumont, Harold', '08/19/1941', '04/17 home', 'Rusk/Raman', 'confirm meds picked up, grocery card'],
    ['Kimura, Walter', '02/03/1950', '04/19 home', 'Ostrowski', 'Fri visit, MoW starts Thu'],
    ['Salcedo, Vanessa', '11/27/1996', '04/20 ED', 'Greer', 'call after d/c from RGH 5W'],
    ['Tobin, Russell "Rusty"', '05/05/1973', '04/18 street', 'Raman', 'ID replacement, Northline intake 4/24'],
    ['Achterberg, Nell', '12/30/1938', '04/21 phone', 'Rusk', 'dtr wants welfare chk 2x/wk'],
    ['Mwangi, Peter', '07/14/2001', '04/16 jail', 'Ostrowski', 'released 4/19, refer to FEP clinic'],
]
save('phi', 'lists', build(
    kowalczyk, [cit_box, raman, ostrowski], 'CIT follow-up list wk of 4/22',
    """All,

Follow-ups for this week below. Please update the shared sheet after each contact,
not at end of shift. Salcedo is priority - she was pretty clear with Malik that
she'd try again if she was sent home without a plan.

""" + table(_l1) + """

Tobin missed his last two intakes. If anyone sees him downtown bring him a bus
pass, Northline will hold the 4/24 slot until 11.

Sgt. A. Kowalczyk
CIT Coordinator | Ridgeport Police Department
555-0100 x4410

""" + DISC_PD, when(4, 22, 7, 12)),
    'Harold Beaumont; Walter Kimura; Vanessa Salcedo; Russell Tobin; Nell Achterberg; Peter Mwangi')

# lists-002
_l2 = [['case_no', 'date', 'last', 'first', 'dob', 'pickup', 'destination', 'type', 'clinician_on_scene']]
_l2 += [
    ['24-008811', '2024-03-02', 'Linwood', 'Carol', '1967-09-12', '14 Ash Ct', 'RGH ED', 'EDO', 'Raman'],
    ['24-008960', '2024-03-04', 'Halvorsen', 'Erik', '1990-03-17', '88 Quarry Rd', 'RGH ED', 'EDO', ''],
    ['24-009122', '2024-03-06', 'Dupree', 'Antoine', '1985-01-30', 'Transit Ctr', 'Northline CSU', 'voluntary', 'Ostrowski'],
    ['24-009417', '2024-03-09', 'Pettaway', 'Marcus', '1991-06-08', 'Motel 9 Rt 40', 'RGH ED', 'EDO', ''],
    ['24-009640', '2024-03-12', 'Greaves', 'Albertine', '1944-04-11', '315 Cobb St', 'St Brendan ED', 'voluntary', 'Raman'],
    ['24-010021', '2024-03-16', 'Tobin', 'Russell', '1973-05-05', 'Transit Ctr', 'Northline CSU', 'voluntary', 'Raman'],
    ['24-010377', '2024-03-19', 'Salcedo', 'Vanessa', '1996-11-27', '902 Elm St #4', 'RGH ED', 'EDO', 'Ostrowski'],
    ['24-010588', '2024-03-22', 'Okonkwo', 'Chidi', '1998-10-02', 'Fairview Apts', 'Northline CSU', 'EDO', ''],
    ['24-010790', '2024-03-25', 'Ferrante', 'Louis', '1962-12-19', 'Transit Ctr', 'RGH ED', 'voluntary', 'Raman'],
    ['24-011045', '2024-03-29', 'Wierzbicki', 'Pawel', '1979-02-25', '77 Birch St', 'RGH ED', 'EDO', 'Ostrowski'],
]
save('phi', 'lists', build(
    pham, achebe, 'March MH transports - reconciliation',
    """Dr. Achebe-Lund,

Attached are the emergency detention and voluntary transports we show for March
(10). Can someone on your side compare against your encounter log? I think you're
missing two (3/9 and 3/22) - neither had a clinician on scene, which is probably
why.

We need the reconciled count by 4/12 for the quarterly report to council.

Thanks,
Kim

Kim Pham-Larkin | Records Specialist
Ridgeport Police Department Records Unit | 555-0100 x4405
""", when(4, 3, 15), cc=kowalczyk,
    att=[('RPD_MH_transports_2024-03.csv', csv_text(_l2), 'text/csv')]),
    '; '.join('%s %s' % (r[3], r[2]) for r in _l2[1:]))

# lists-003
_l3 = [
    ['Victim', 'Case #', 'Status / needs'],
    ['Cardona, Yesenia', '24-012290', 'wound clinic f/u done 5/21; pain meds PA approved'],
    ['Okwu, Blessing (son Emeka)', '24-013874', "son's ER bill RGH $1,980 - comp app in progress"],
    ['Fontaine, Odile', '24-021507', 'home health started 6/10; son visiting 6/15'],
    ['Monroe, Tasha', '24-015530', 'PT extension - needs new Dr letter for VCB'],
    ['Scott, Brianna', '24-019902', 'ER + CT bills; daily headaches, wants neuro referral'],
    ['Quinlan, Harriet', '24-006618', 'counseling 2x/wk, court accommodation request'],
]
save('phi', 'lists', build(
    pruitt, sunderland, 'caseload handoff (me -> Lien while I\'m at the NOVA conference)',
    """Rachel,

Here's where everything stands. Lien has the same table in Teams.

""" + pipe_table(_l3) + """

Nothing urgent except Brianna - if she calls about the headaches getting worse
tell her ER, not us.

D
""", when(6, 12, 17, 5)),
    'Yesenia Cardona; Emeka Okwu; Odile Fontaine; Tasha Monroe; Brianna Scott; Harriet Quinlan')

# lists-004
_l4 = [
    ['Employee', 'Emp ID', 'Rank/Title', 'Date of Injury', 'Body Part', 'Description', 'Treating Facility', 'Lost Days', 'Status'],
    ['Whitlock, Dana', '40712', 'Officer', '2024-03-28', 'Lower back', 'Fell on stairs during foot pursuit', 'Westfield Occ Health / Lakeside Rehab', 71, 'Light duty 7/15'],
    ['Tull, Brandon', '41288', 'Officer', '2024-06-08', 'Left lower leg', 'Dog bite on call, infection; rabies PEP series', 'Westfield Occ Health', 5, 'Open'],
    ['Hollis, Greg', '39054', 'Officer', '2024-06-27', 'Left shoulder', 'Strain during handcuffing, re-aggravation', 'Westfield Occ Health', 0, 'Modified duty'],
    ['Ruiz-Albright, Kara', '42210', 'CSO', '2024-05-14', 'Right hand', 'Laceration from broken glass at scene, 4 sutures', 'RGH ED', 0, 'Closed'],
    ['Mendel, Scott', '37761', 'Sergeant', '2024-04-30', 'Head', 'Struck by suspect, concussion eval', 'St Brendan ED', 3, 'Closed'],
    ['Pham-Larkin, Kim', '38215', 'Records Specialist', '2024-05-02', 'Wrist', 'Repetitive strain, ergonomic eval', 'Westfield Occ Health', 0, 'Closed'],
]
save('phi', 'lists', build(
    fiore, whitcomb, 'Q2 OJI log - RPD',
    """Gail,

Q2 on-the-job injury log attached. Tull's is still open (he's got the last two
rabies shots this week), Whitlock goes to light duty 7/15, Hollis added 6/28.

Let me know if Summit needs anything else for Whitlock's file.

Angela Fiore
Personnel & Payroll Technician
Ridgeport Police Department | 555-0100 x4120
""", when(7, 2, 10, 30),
    att=[('RPD_OJI_Q2_2024.xlsx', xlsx(_l4, 'Q2 2024'),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]),
    'Dana Whitlock; Brandon Tull; Greg Hollis; Kara Ruiz-Albright; Scott Mendel; Kim Pham-Larkin')

# lists-005
_l5 = [
    ['Req #', 'Received', 'Requester', 'Subject', 'Report #', 'Type', 'Due'],
    ['PRR-24-1181', '05/01', 'Keystone Mutual', 'claimant DOB 03/14/71', '24-018832', 'crash + injury supp + EMS', '05/15'],
    ['PRR-24-1186', '05/02', 'Harmon Law Group', 'Baptiste, Renald', '24-006120', 'head injury / refusal, CIT note', '05/16'],
    ['PRR-24-1190', '05/02', 'self', 'Semenova, Olga', '24-016604', 'assault, wrist fx - ins', '05/16'],
    ['PRR-24-1194', '05/03', 'Delacroix & Finch', 'Whitford, Lorna', '24-002318', 'MH transport, BWC', '05/17'],
    ['PRR-24-1197', '05/03', 'Pinecrest Health Plan', 'Ortega, Luis', '24-010872', 'subrogation - inpatient', '05/17'],
    ['PRR-24-1203', '05/06', 'self', 'Delaney-Hunt, Marcus', '24-008702', 'EMS transport, low blood sugar', '05/20'],
]
save('phi', 'lists', build(
    haldane, okafor, 'request queue - the medical/injury ones',
    """Denise - pasting the ones from the queue that have medical or injury content
so we can decide who needs an authorization before release:

""" + '\n'.join('\t'.join(r) for r in _l5) + """

My read: 1186 and 1194 want the clinician notes, which I don't think are ours to
release. 1203 is the subject himself, so just ID. 1181 needs the claimant's
signed release.

Bridget

Bridget Haldane
Public Records Coordinator | Ridgeport Police Department
555-0100 x4408
""", when(5, 7, 9, 14)),
    'Renald Baptiste; Olga Semenova; Lorna Whitford; Luis Ortega; Marcus Delaney-Hunt')

# lists-006
save('phi', 'lists', build(
    kowalczyk, [A('Patrol Sergeants', 'patrolsgts@' + PD)], 'HEAT ADVISORY - priority welfare checks today',
    """Sergeants,

Heat index is forecast 104-107 this afternoon. Please have your beats get eyes on
these folks before 1400. Call CIT (x4410) or Northline (555-0192) if anyone needs
more than a fan and water.

Achterberg, Nell - 12/30/1938 - 77 Orchard Ln - lives alone, on home oxygen, no AC
Greaves, Albertine - 04/11/1944 - 315 Cobb St - memory problems, daughter out of town, leaves windows shut
Beaumont, Harold - 08/19/1941 - 4411 Larkspur Ct - not eating well, meds missed last month
Kimura, Walter - 02/03/1950 - 19 Pell St #2 - 3rd floor walk-up, water pills
Tobin, Russell - 05/05/1973 - no fixed address (Transit Ctr / river trail) - drinking heavily
Ferrante, Louis - 12/19/1962 - Transit Ctr - foot wounds, off his injection since Feb

Cooling centers: Main Library, Eastside Rec, Grace Methodist (til 2100).
Transport to cooling center OK with supervisor approval.

Sgt. Kowalczyk
""", when(7, 16, 6, 48)),
    'Nell Achterberg; Albertine Greaves; Harold Beaumont; Walter Kimura; Russell Tobin; Louis Ferrante')

# lists-007
_l7_a_dt = when(4, 9, 8, 2)
_l7_a = """Team,

Ahead of Thursday's high-utilizer case conference, here are the March repeat
callers (3+ CAD events). Please come ready with what's been tried.

  1. Greaves, Albertine (315 Cobb St) - 7 calls - wandering, 2 falls, didn't
     recognize officers; daughter wants placement, APS referral open
  2. Tobin, Russell (Transit Ctr) - 5 calls - intoxicated, refused detox x3,
     Northline intake missed twice
  3. Linwood, Carol (14 Ash Ct) - 4 calls - says neighbors are poisoning her
     water; stopped her meds in January, EDO 3/2
  4. Ferrante, Louis "Big Lou" (Transit Ctr) - 4 calls - yelling at buses, open
     sores on both feet, overdue for his injection
  5. Dupree, Antoine (no fixed address) - 3 calls - chest pain complaints, ED x3,
     all cleared

Priya Raman, LCSW
Co-Responder Clinician | Northline Behavioral Health
Embedded with Ridgeport PD CIT | 555-0192
"""
_l7_b_dt = when(4, 9, 10, 15)
_l7_b = """Priya - can we add Okonkwo? He's had 2 in March and 2 already in April.

Jenna

""" + orig_block('Raman, Priya <praman@northlinebh.org>', _l7_a_dt,
                 'CIT Team; Ostrowski, Ben; Greer, Malik', 'high utilizer list - March', _l7_a)
save('phi', 'lists', build(
    greer, [rusk, raman], 'RE: high utilizer list - March',
    """Works for me. I'll bring the updated numbers for Tobin from the transit
officers.

Malik Greer #1984
CIT / Patrol 2nd Watch

""" + orig_block('Rusk, Jenna <jrusk@ridgeportpd.org>', _l7_b_dt,
                 'Raman, Priya; CIT Team', 'RE: high utilizer list - March', _l7_b)
    + '\n\n' + DISC_PD, when(4, 9, 11, 20), cc=cit_box),
    'Albertine Greaves; Russell Tobin; Carol Linwood; Louis Ferrante; Antoine Dupree; Chidi Okonkwo')


# ================================================================ PHI: names
# names-001
save('phi', 'names', build(
    rusk, [kowalczyk, raman], 'Cobb St again',
    """Sarge,

Mrs. Greaves called 911 three times this week (Mon, Wed, and twice last night
counted as one event). Each time she says someone is in the house. Nobody is.

Priya came with me today and thinks her memory is getting a lot worse - she
didn't recognize me at all even though I've been out there five times, and she'd
left a burner on again. The kitchen smelled like gas. Daughter (Lynette) is in
Atlanta until the 30th.

Priya is calling the Area Agency on Aging for an in-home assessment and Lynette
is asking about memory care placement. In the meantime I'd like to flag 315 Cobb
as a CIT premise so patrol knows what they're walking into and doesn't escalate.

Jenna
""", when(3, 21, 16, 5)), 'Albertine Greaves')

# names-002
_n2_parent = msgid(PD)
save('phi', 'names', build(
    raman, kowalczyk, 'Re: Okonkwo, Chidi',
    """He was released from the Northline CSU yesterday around 3. Hold was lifted at
48h, he agreed to outpatient follow-up and the next injection on the 10th. His
mom is staying with him this week.

Please ask patrol to call us first if they get sent back to the Fairview apts.

Priya

""" + DISC_NB, when(4, 3, 9, 12), headers=reply_headers(_n2_parent)), 'Chidi Okonkwo')

# names-003
save('phi', 'names', build(
    haldane, strand, 'records request - Baptiste',
    """Naomi,

Harmon Law Group wants everything on Baptiste, Renald (DOI 2/10/24, our
24-006120).

Ofc. Greer's supplemental describes his head injury in some detail - he was
vomiting, confused about the date, and refused transport twice before agreeing
to go to St. Brendan. There's also a paragraph from the CIT clinician saying he
has a seizure history and had run out of his medication.

Two questions: (1) do we redact the medical description in the supplemental or
release it since the request came with his signed authorization, and (2) is the
clinician's paragraph ours to release at all, or is it Northline's record?

I need to respond by 3/29.

Thanks,
Bridget

Bridget Haldane
Public Records Coordinator
Ridgeport Police Department | 555-0100 x4408

""" + DISC_PD, when(3, 18, 14, 30)), 'Renald Baptiste')

# names-004
save('phi', 'names', build(
    greer, raman, 'Big Lou',
    """Priya,

Big Lou (Louis Ferrante) is back sleeping in the bus shelter at the Transit
Center. Outreach from Bridgeway says he hasn't had his shot since February and
he's talking to himself and yelling at the buses again. His feet look bad again
too, he was limping and his shoes are soaked through.

I'd rather not arrest him for the trespass complaint. Can you come out with me
at 0900 tomorrow? If he'll let us, I want to get him to the foot clinic at the
health center first and then Northline.

Malik

Ofc. Malik Greer #1984
Ridgeport PD | CIT
""", when(3, 19, 22, 40)), 'Louis Ferrante')

# names-005
_n5_dt = when(7, 9, 15, 5)
save('phi', 'names', build(
    greer, kowalczyk, 'RE: library call supplemental',
    """Got it, will do before end of watch.

-M

""" + orig_block('Kowalczyk, Aaron (Sgt.)', _n5_dt, 'Greer, Malik', 'library call supplemental',
                 """Malik,

Please make sure the supplemental for the library call gets in tonight.

Keisha Marlowe was found unresponsive in the 2nd floor restroom at Central
Library at 1412. You gave Narcan x2, she came around after the second, and Metro
transported to RGH. Victim services wants to send her the overdose follow-up
packet and Northline wants to try a peer recovery visit at the hospital before
she leaves.

Include the Narcan lot numbers from both kits so the quartermaster can
restock, and note that she said she'd used "a half" of something she bought on
Fourth St.

Sgt. Kowalczyk
"""), when(7, 9, 15, 22)), 'Keisha Marlowe')

# names-006
save('phi', 'names', build(
    diaz, [benavides, dunleavy], 'Tull update',
    """Lt.,

Brandon's dog bite from Saturday's call on Dover Rd got infected. He was back at
urgent care yesterday, they did IV antibiotics for the day and sent him home on
oral, and he has to go back Wednesday for a wound check. He's out through
Wednesday at minimum.

He's in good spirits but not thrilled about the rabies shot series - the owner
still hasn't produced vaccination records for the dog and animal control is on
day 4 of the quarantine.

I'll update the OJI paperwork with Angela. Tess, he said he'd welcome a call.

Sgt. Lorena Diaz
2nd Watch, District 2
""", when(6, 11, 8, 5)), 'Brandon Tull')

# names-007
save('phi', 'names', build(
    ostrowski, raman, 'Rosa',
    """Priya,

Saw Rosa at the Elm St shelter again this afternoon. She's still hearing the
voices at night and hasn't slept more than a couple hours at a time since Sunday.
She finally let me set up the appt with Dr. Ames - Monday 11:00 at the main
clinic. Denise at the shelter will walk her over.

Can you make sure the crisis plan in her chart reflects this, and that her
sister in Dayton is listed as the emergency contact now, not the old boyfriend?

- Ben

Ben Ostrowski, LPC
Co-Responder Clinician | Northline Behavioral Health
""", when(10, 2, 17, 44)), 'Rosa')

# names-008
_n8_dt = when(1, 29, 16, 11)
_n8_fwd = """Ms. Okafor-Marsh,

As you know, this office represents Harriet Quinlan in the civil matter arising
out of the assault in the Riverside Garage on December 2. I'm writing about two
things.

First, Ms. Quinlan has been in counseling twice weekly for PTSD since the
assault, and her treating psychologist, Dr. Kessler, has recommended she not
testify in person at the deposition currently set for March 4. We'd like to
coordinate with your victim advocate about accommodations - remote testimony or
a support person in the room.

Second, we still have not received the supplemental that documents her injuries
at the scene (the officer's observations of the facial bruising and the cut
above her eye, and that she was transported to RGH). Our request was submitted
on January 8.

Regards,

Paul Finch
Partner | Delacroix & Finch LLP
410 Commerce Square, Suite 900, Ridgeport
555-0120
"""
save('phi', 'names', build(
    okafor, sunderland, 'Fwd: Quinlan - civil matter / deposition accommodations',
    """Rachel - FYI, see below. She's your client I think. Before we respond to him, can
you check with Ms. Quinlan that she's OK with us talking to her lawyer about her
counseling? I don't want to say anything she hasn't cleared.

I'll have Tomas pull the supplemental.

Denise

Denise Okafor-Marsh
Records Supervisor | Ridgeport Police Department
555-0100 x4400

""" + fwd_block('Paul Finch <pfinch@delacroixfinch.com>', _n8_dt,
                'Okafor-Marsh, Denise <dokafor-marsh@ridgeportpd.org>',
                'Quinlan - civil matter / deposition accommodations', _n8_fwd),
    when(1, 30, 8, 40)), 'Harriet Quinlan')

# ================================================================ PHI: self
# self-001
save('phi', 'self', build(
    A('tasha m', 'tashamonroe88@quickpost.net'), pruitt, 'pt question',
    """hi deshawn its tasha. my dr said i need 6 more weeks of physical therapy for my
knee, 2x a week. the first 12 visits were covered by the comp board but now they
said i need a new letter from the doctor?? can you help me with that or do i ask
the PT office. also my ER bill from RGH came again $640 i thought that was paid

thx
tasha

sent from my phone""", when(6, 4, 21, 17)), 'Tasha Monroe')

# self-002
save('phi', 'self', build(
    hollis, diaz, 'OJI - left shoulder 6/27',
    """Sgt Diaz,

Re-aggravated my left shoulder during the arrest on Pike St last night
(24-025511) when the suspect pulled away during cuffing. Went to Westfield Occ
Health this morning. They said rotator cuff strain, no lifting over 10 lbs and no
overhead for 2 weeks, follow-up 7/3, possible MRI if it's not better by then.
Same shoulder as 2022.

Work status note attached (scanned it at the front desk, sorry about the quality).
I can work desk or records starting tomorrow.

Greg Hollis #1877
""", when(6, 28, 11, 2), cc=fiore,
    att=[('scan_0628_1058.png', blank_scan(), 'image/png')]), 'Greg Hollis')

# self-003
save('phi', 'self', build(
    A('Marcus Delaney-Hunt', 'mdhunt@ridgenet.com'), records_box,
    'copy of report - I was the one transported from the bus station 3/3',
    """Hello,

I was the person who was transported from the Greyhound station on March 3rd.
I need a copy of the report because my insurance (Pinecrest) denied my ambulance
bill saying it wasn't medically necessary. The paramedics and the officers told
me I had to go because my blood sugar was 41 and I couldn't stand up. The bill is
$1,870 and it's already gone to collections.

My date of birth is 1/19/1985 and my address is 233 Linden Ave Apt 7. Please tell
me what I need to do to get the report. I can come in on a weekday after 3.

Thank you,
Marcus Delaney-Hunt
555-0114
""", when(5, 6, 12, 44)), 'Marcus Delaney-Hunt')

# self-004
save('phi', 'self', build(
    A('Anthony Ruiz', 'a.ruiz.rp@homewire.com'), raman, 'thank you (and a question)',
    """Hi Ms. Raman,

I don't know if you remember me, you and Officer Greer came to my apartment on
Seneca St in January when I was in a really bad place. I just wanted to say
thank you for talking to me for as long as you did and not just taking me in.

I've been taking my meds every day and seeing Dr. Ames every two weeks, and I
started the Thursday group. I'm 90 days sober as of Sunday. I'm back at work
part time too.

My therapist asked if I could get a copy of what you wrote that night so we
can go over it. Is that something you can send me or do I have to ask the
police?

Thanks again,
Anthony Ruiz
""", when(4, 15, 19, 30)), 'Anthony Ruiz')

# self-005
_fmla = docx([
    'CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE\'S SERIOUS HEALTH CONDITION',
    'Employee name: Kim Pham-Larkin          Employer: City of Ridgeport / Police Department',
    'Provider: Adaeze Okoye, MD, General Surgery, St. Brendan Surgical Associates, 555-0173',
    'Condition: symptomatic cholelithiasis with recurrent biliary colic.',
    'Planned procedure: laparoscopic cholecystectomy, scheduled 08/12/2024 (outpatient).',
    'Estimated period of incapacity: 08/12/2024 through 08/30/2024.',
    'Follow-up visit: approx. 2 weeks post-op. No lifting over 15 lbs for 4 weeks.',
    'Signature: A. Okoye, MD     Date: 07/25/2024',
])
save('phi', 'self', build(
    pham, kuo, 'FMLA paperwork - Pham-Larkin',
    """Hi Sandra,

I'm scheduled for gallbladder surgery at St. Brendan on 8/12 and my surgeon says
I'll be out 2-3 weeks. I've attached the certification form Dr. Okoye's office
filled out.

A couple of questions:
 - do I need to use my sick bank first before short-term disability starts?
 - is the surgery covered under the PPO or does the surgeon's office need a
   pre-auth? Nobody there seemed to know.

My employee ID is 38215. I haven't told my supervisor the reason, just the dates,
so please keep that between us.

Thanks,
Kim Pham-Larkin
Records Specialist, RPD
""", when(7, 26, 12, 5),
    att=[('FMLA_cert_PhamLarkin.docx', _fmla,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]),
    'Kim Pham-Larkin')

# self-006
save('phi', 'self', build(
    A('Brianna Scott', 'bri.scott22@rivermail.net'), ybarra, 'bills',
    """Hi Marisol I got 2 more bills today one from the ER at St Brendans $1,212.40
acct 889204716 and one from the radiology people for my CT scan ($486). Do I send
them to you or to the state? I still get headaches every day since he hit me and
the light hurts my eyes at work. Should I go back?

Thanks
Bri

Sent from my iPhone""", when(6, 10, 18, 3)), 'Brianna Scott')

# self-007
save('phi', 'self', build(
    A('Raymond Ellis', 'rellis1962@ridgenet.com'),
    [records_box, A('Professional Standards', 'professionalstandards@' + PD)],
    'complaint - insulin during detention 5/18',
    """To whom it may concern,

On Saturday May 18 I was detained for about 4 hours after the disturbance at the
county fairgrounds. I am a type 1 diabetic and told the officers at least twice
that I needed my insulin, which was in my truck in the lot. I was not allowed to
get it. By the time I was released my sugar was over 400 and I ended up at
urgent care Sunday morning and then in the ER Wednesday with ketones.

I want to file a formal complaint and I want a copy of the report and the
booking medical screening form where I told them I was diabetic.

Raymond Ellis
DOB 10/02/1962
1140 Keller Rd, Ridgeport
555-0147
""", when(5, 24, 9, 51)), 'Raymond Ellis')


# ================================================================ PHI: struct
# struct-001 CAD JSON export
_cad = {
    "export_version": "2.3",
    "agency": "RPD",
    "incident_no": "240612-0331",
    "case_no": "24-023880",
    "call_received": "2024-06-12T00:41:17-04:00",
    "nature": "WELFARE CHECK / MENTAL HEALTH",
    "priority": 2,
    "location": {"address": "2716 Sumner Ave Apt 5", "beat": "D3-14", "lat": 40.11872, "lon": -82.99104},
    "caller": {"relationship": "MOTHER", "name": "LINDQVIST, MAREN", "phone": "555-0157"},
    "subject": {
        "name_last": "LINDQVIST", "name_first": "DEREK", "dob": "1994-08-30", "sex": "M",
        "phone": "555-0158",
        "hazards": ["PRIOR CIT CONTACT", "NO WEAPONS IN HOME PER CALLER"]
    },
    "units": [
        {"unit": "2C14", "officer": "RUSK J #2217", "dispatched": "00:43", "arrived": "00:55"},
        {"unit": "CR1", "clinician": "OSTROWSKI B, LPC", "dispatched": "00:44", "arrived": "01:02"}
    ],
    "narrative": [
        "00:41 RP STATES SON TEXTED HER HE 'CAN'T DO THIS ANYMORE', NOT ANSWERING PHONE",
        "01:04 CONTACT MADE, SUBJ COOPERATIVE, ADMITS THOUGHTS OF SUICIDE, NO PLAN",
        "01:20 CLINICIAN ASSESSMENT COMPLETE, SUBJ AGREES TO VOLUNTARY EVAL",
        "01:38 CR1 TRANSPORTING SUBJ VOLUNTARY TO RGH ED, 2C14 FOLLOWING"
    ],
    "disposition": {"code": "MHV", "text": "MENTAL HEALTH - VOLUNTARY TRANSPORT",
                    "destination": "RIDGEPORT GENERAL HOSPITAL ED", "arrest": False, "force": False},
    "clinician_notes": "Depressed mood x3 wks after job loss. Stopped sertraline ~1 mo ago. "
                       "Denies access to firearms. Mother to be contact. Refer Northline outpatient.",
    "closed": "2024-06-12T02:16:40-04:00"
}
save('phi', 'struct', build(
    adeyemi, raman, 'co-responder feed - JSON sample',
    """Priya,

Here's what the CAD export looks like for the co-responder feed you asked about.
This is the real export from last night's Sumner Ave call (Ben was on it) so
please don't forward it outside Northline - I'll build the mapping off this and
we can talk about which fields you actually want Thursday.

The clinician_notes field is free text from the MDT, so it's whatever gets typed.

Victor

Victor Adeyemi
RMS/CAD Systems Administrator
Ridgeport Police Department | Technology Services
555-0100 x4700
""", when(6, 12, 10, 30), cc=ostrowski,
    att=[('cad_export_240612-0331.json', json.dumps(_cad, indent=2), 'application/json')]),
    'Derek Lindqvist')

# struct-002 HL7 ADT^A04 in body
_adt = "\n".join([
    "MSH|^~\\&|EPIC|RGH|RPDNOTIFY|RPD|20240702031522||ADT^A04|RGH240702031522447|P|2.5.1",
    "EVN|A04|20240702031500|||QUINTANH^QUINTANILLA^HECTOR",
    "PID|1||00517733^^^RGH^MR~6013-40018^^^RGH^AN||HALVORSEN^ERIK^J||19900317|M|||88 QUARRY RD^^RIDGEPORT^OH^44907||(555)555-0149|||S",
    "NK1|1|HALVORSEN^INGRID|MTH|88 QUARRY RD^^RIDGEPORT^OH^44907|(555)555-0148",
    "PV1|1|E|ED^ED12^01^RGH||||^ED PHYSICIAN^ON CALL|||EM||||7|||||6013-40018|||||||||||||||||||||||||20240702031500",
    "PV2|||^POLICE TRANSPORT - EMERGENCY DETENTION",
    "DG1|1||R45.851^Suicidal ideations^I10|||W",
    "ZPD|RPD|24-026114|GREER^MALIK^1984|EDO|Y",
])
save('phi', 'struct', build(
    petrie, adeyemi, 'ADT feed - ZPD police hold segment not mapping',
    """Victor,

We're seeing the A04s from the ED come through to your notification endpoint, but
your side is rejecting anything with the ZPD segment populated (ACK AE, "unknown
segment"). Example from early this morning below - this one is a live patient so
please purge after you've looked at it.

""" + _adt + """

ACK we got back:
MSA|AE|RGH240702031522447|Segment ZPD not defined in profile RPD_ADT_v1

Can you add ZPD (fields: agency, case no, officer, hold type, hold flag) to the
profile? Otherwise we'll strip it on our end, but then you lose the case number
link.

Shauna Petrie
Integration Analyst, Interfaces | Ridgeport General Hospital IS
555-0165
""", when(7, 2, 9, 47)), 'Erik Halvorsen')

# struct-003 X12 837P attachment
_837 = "~\n".join([
    "ISA*00*          *00*          *ZZ*WESTFIELDOH    *ZZ*SUMMITCA       *240614*1022*^*00501*000000418*0*P*:",
    "GS*HC*WESTFIELDOH*SUMMITCA*20240614*1022*418*X*005010X222A1",
    "ST*837*0418*005010X222A1",
    "BHT*0019*00*WOH240614418*20240614*1022*CH",
    "NM1*41*2*WESTFIELD OCCUPATIONAL HEALTH*****46*WOH7731",
    "PER*IC*BILLING OFFICE*TE*5555550186",
    "NM1*40*2*SUMMIT CLAIMS ADMINISTRATORS*****46*SUMMITCA",
    "HL*1**20*1",
    "NM1*85*2*WESTFIELD OCCUPATIONAL HEALTH*****XX*1457398220",
    "N3*600 INDUSTRIAL PKWY STE 110",
    "N4*RIDGEPORT*OH*44907",
    "REF*EI*310998877",
    "HL*2*1*22*0",
    "SBR*P*18*******WC",
    "NM1*IL*1*TULL*BRANDON*M***MI*41288",
    "N3*1502 CROSBY ST",
    "N4*RIDGEPORT*OH*44906",
    "DMG*D8*19910412*M",
    "REF*Y4*WC-2024-00502",
    "NM1*PR*2*CITY OF RIDGEPORT*****PI*CITYRIDGE",
    "CLM*WOH24061401*486***11:B:1*Y*A*Y*Y*******EM",
    "DTP*439*D8*20240608",
    "HI*ABK:S81851A*ABF:W540XXA*ABF:Z23",
    "NM1*82*1*SAADEH*RAMI****XX*1689024415",
    "LX*1", "SV1*HC:99204*248*UN*1***1:2", "DTP*472*D8*20240610",
    "LX*2", "SV1*HC:97597*96*UN*1***1", "DTP*472*D8*20240610",
    "LX*3", "SV1*HC:90675*118*UN*1***3", "DTP*472*D8*20240610",
    "LX*4", "SV1*HC:90471*24*UN*1***3", "DTP*472*D8*20240610",
    "SE*35*0418",
    "GE*1*418",
    "IEA*1*000000418",
]) + "~\n"
save('phi', 'struct', build(
    whitcomb, fiore, 'FW: 837 rejected - Westfield billed the City instead of Summit',
    """Angela,

Westfield's clearinghouse sent this 837 to us as the payer (see the NM1*PR line)
instead of to Summit, and Summit rejected their copy because it's missing the
employer FEIN. I've told Westfield to rebill. Can you confirm the date of injury
(6/8) and the home address we have on file for him match what's on the claim?
Summit is holding his rabies series visits until this is fixed.

File attached as received.

Gail Whitcomb
Claims Analyst, Risk Management
City of Ridgeport | 555-0105

""" + DISC_CITY, when(6, 17, 14, 12),
    att=[('WOH_837P_000000418.x12', _837, 'text/plain')]), 'Brandon Tull')

# struct-004 FHIR Bundle
_fhir = {
    "resourceType": "Bundle", "type": "collection", "timestamp": "2024-04-20T19:06:12-04:00",
    "identifier": {"system": "https://carelink.northlinebh.org/share", "value": "SHR-000481-77120"},
    "entry": [
        {"fullUrl": "urn:uuid:6a9f1c2e-1b77-4a8e-9d51-2f0c4e61a901",
         "resource": {"resourceType": "Patient", "id": "nbh-33871",
                      "identifier": [{"system": "https://northlinebh.org/mrn", "value": "NBH0033871"}],
                      "name": [{"family": "Salcedo", "given": ["Vanessa", "Ines"]}],
                      "gender": "female", "birthDate": "1996-11-27",
                      "telecom": [{"system": "phone", "value": "555-0154", "use": "mobile"}],
                      "address": [{"line": ["902 Elm St Apt 4"], "city": "Ridgeport", "state": "OH",
                                   "postalCode": "44906"}]}},
        {"fullUrl": "urn:uuid:0c52d7b1-8e0a-4c6f-a1b4-93e2f2d8c0aa",
         "resource": {"resourceType": "Encounter", "id": "ENC-77120", "status": "finished",
                      "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                "code": "FLD", "display": "field"},
                      "type": [{"text": "Co-responder crisis assessment (RPD CIT)"}],
                      "subject": {"reference": "Patient/nbh-33871"},
                      "period": {"start": "2024-04-20T17:22:00-04:00", "end": "2024-04-20T18:40:00-04:00"},
                      "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                                  "code": "R45.851", "display": "Suicidal ideations"}]}],
                      "participant": [{"individual": {"display": "Ben Ostrowski, LPC"}},
                                      {"individual": {"display": "Ofc. M. Greer #1984 (RPD)"}}],
                      "hospitalization": {"dischargeDisposition": {"text": "Transported to RGH ED, voluntary"}}}},
        {"fullUrl": "urn:uuid:3e1d5a70-77f2-41b9-b0c8-5d9b0a44f3d2",
         "resource": {"resourceType": "MedicationStatement", "status": "active",
                      "subject": {"reference": "Patient/nbh-33871"},
                      "medicationCodeableConcept": {"text": "lamotrigine 100 mg tablet"},
                      "note": [{"text": "Reports taking 'most days'. Last fill 3/28."}]}},
        {"fullUrl": "urn:uuid:b7c40e19-2d6a-4f0e-8a0c-1e9a3f6b2d77",
         "resource": {"resourceType": "CarePlan", "status": "active", "intent": "plan",
                      "subject": {"reference": "Patient/nbh-33871"},
                      "title": "Post-crisis follow-up",
                      "activity": [{"detail": {"status": "scheduled",
                                               "description": "Phone follow-up within 24h of ED discharge (CIT/Greer)"}},
                                   {"detail": {"status": "scheduled",
                                               "description": "Northline bridge clinic appt 2024-04-23 10:00"}}]}},
    ]
}
save('phi', 'struct', build(
    A('Northline CareLink', 'no-reply@' + NB), kowalczyk,
    'CareLink: encounter summary shared with Ridgeport PD CIT (ENC-77120)',
    """An encounter summary has been shared with your organization.

  Shared by:     Ben Ostrowski, LPC
  Encounter:     ENC-77120   (2024-04-20 17:22)
  Shared with:   Ridgeport Police Department - Crisis Intervention Team
  Purpose:       Care coordination (signed consent on file)

The FHIR bundle is attached. You can also view it in the CareLink partner
portal. Do not reply to this message.

""" + DISC_NB, when(4, 20, 19, 6),
    att=[('ENC-77120_bundle.json', json.dumps(_fhir, indent=1), 'application/fhir+json')]),
    'Vanessa Salcedo')

# struct-005 pipe-delimited RMS extract
_inj = [
    "REPORT_NO|INC_DATE|ROLE|LAST|FIRST|DOB|INJ_CODE|INJ_DESC|TREATED_BY|TRANSPORT_DEST|UOF",
    "24-018832|2024-04-27|VICTIM|DELGADO|RAMONA|1971-03-14|I|POSS INTERNAL - ABD PAIN AFTER MVC|METRO EMS|ST BRENDAN ED|N",
    "24-019902|2024-05-09|VICTIM|SCOTT|BRIANNA|1998-01-22|M|FACIAL BRUISING, HEADACHE|METRO EMS|ST BRENDAN ED|N",
    "24-021507|2024-05-30|VICTIM|FONTAINE|ODILE|1945-02-07|B|R WRIST DEFORMITY|METRO EMS|RGH ED|N",
    "24-022310|2024-06-03|SUBJECT|KOVAC|DENNIS|1988-07-19|M|TASER PROBE PUNCTURES X2|RPD/METRO EMS|RGH ED|Y",
    "24-023004|2024-06-08|OFFICER|TULL|BRANDON|1991-04-12|L|DOG BITE L CALF|WESTFIELD OCC HEALTH|NONE|N",
    "24-024417|2024-06-19|SUBJECT|MARLOWE|KEISHA|2000-05-03|U|OPIOID OD - NARCAN X2|RPD/METRO EMS|RGH ED|N",
    "24-025511|2024-06-27|OFFICER|HOLLIS|GREG|1983-11-30|O|L SHOULDER STRAIN|WESTFIELD OCC HEALTH|NONE|N",
    "24-025640|2024-06-28|SUBJECT|PIKE|TERRENCE|1979-09-01|M|ABRASIONS FACE/HANDS (TAKEDOWN)|RPD JAIL MED|NONE|Y",
]
save('phi', 'struct', build(
    A('RMS Scheduled Reports', 'rms-reports@' + PD), [whitcomb, okafor],
    'Scheduled Report: INJ_PERSONS_Q2_2024 (pipe-delimited) - 8 rows',
    """Scheduled report INJ_PERSONS_Q2_2024 completed at 06/30/2024 23:05.

Rows returned: 8
Format:        pipe-delimited text, UTF-8
Run by:        SYSTEM (schedule #114, owner VADEYEMI)

This is an automated message from the Ridgeport PD Records Management System.
Do not reply. To change recipients contact Technology Services x4700.
""", when(6, 30, 23, 5),
    att=[('INJ_PERSONS_Q2_2024.txt', "\n".join(_inj) + "\n", 'text/plain')]),
    'Ramona Delgado; Brianna Scott; Odile Fontaine; Dennis Kovac; Brandon Tull; Keisha Marlowe; Greg Hollis; Terrence Pike')


# struct-006 fixed-width victim comp batch
def _fw(rec, app, last, first, dob, crime, rpt, prov, amt, svc):
    return (rec.ljust(2) + app.ljust(12) + last.upper().ljust(20) + first.upper().ljust(15)
            + dob + crime + rpt.ljust(10) + prov.upper().ljust(28) + ('%09d' % amt) + svc.ljust(4))


_vcb = ['HD' + 'RPDVS'.ljust(10) + '20240628' + 'BATCH0006'.ljust(12) + ' ' * 84]
_vcb += [
    _fw('DT', 'VCB-24-11873', 'Tolliver', 'Renee', '19860403', '20240218', '24-007115', 'St Brendan Medical Ctr', 481260, 'MED'),
    _fw('DT', 'VCB-24-11873', 'Tolliver', 'Renee', '19860403', '20240218', '24-007115', 'Northline Behavioral', 72000, 'CNS'),
    _fw('DT', 'VCB-24-12450', 'Pham', 'Lan', '19490915', '20240502', '24-017990', 'St Brendan Ortho Clinic', 131500, 'MED'),
    _fw('DT', 'VCB-24-12502', 'Quintero', 'Adrian', '20010711', '20240426', '24-017322', 'Ridgeport General Hosp', 230000, 'MED'),
    _fw('DT', 'VCB-24-12613', 'Barros', 'Thiago', '20120205', '20240521', '24-020117', 'Fernanda Lima PhD', 21000, 'CNS'),
    _fw('DT', 'VCB-24-12630', 'Monroe', 'Tasha', '19880914', '20240315', '24-015530', 'Riverside Physical Ther', 163200, 'REH'),
]
_vcb.append('TR' + '%06d' % (len(_vcb) - 1) + '%012d' % 1098960 + ' ' * 96)
save('phi', 'struct', build(
    tran, A('VCB EDI Intake', 'edi-intake@victimcomp-board.org'),
    'RPD Victim Services - June batch (BATCH0006)',
    """Hello,

Attached is our June expense batch in the 2023 fixed-width layout (HD / DT / TR,
116 bytes per record). Six detail lines, total $10,989.60. Tolliver's two lines
replace the ones rejected in May for the missing report number.

Please confirm receipt.

Lien Tran
Victim Advocate | Ridgeport Police Department
555-0100 x4454
""", when(6, 28, 15, 20), cc=sunderland,
    att=[('RPD_VCB_20240628.dat', "\r\n".join(_vcb) + "\r\n", 'text/plain')]),
    'Renee Tolliver; Lan Pham; Adrian Quintero; Thiago Barros; Tasha Monroe')

# struct-007 HL7 ORU^R01 in body
_oru = "\n".join([
    "MSH|^~\\&|TOXLIMS|TCFT|RMS|RPD|20240524141907||ORU^R01|TCFT0524-0088|P|2.5.1",
    "PID|1||TX24-03318^^^TCFT^LN||MORALES^DANIEL^R||19930821|M",
    "ORC|RE|RPD24-020644|TX24-03318||CM",
    "OBR|1|RPD24-020644|TX24-03318|BLDTOX^Blood toxicology panel^L|||20240519023000|||||||20240519061500|Whole blood^Gray top x2|^RPD DUI UNIT||||||20240524140500|||F",
    "OBX|1|NM|5646-4^Ethanol [Mass/volume] in Blood^LN||0.162|g/dL|<0.010|H|||F|||20240524",
    "OBX|2|NM|20569-9^Delta-9-THC [Mass/volume] in Blood^LN||3.1|ng/mL|<1.0|H|||F|||20240524",
    "OBX|3|ST|3426-3^Benzodiazepines [Presence] in Blood^LN||NOT DETECTED||||||F|||20240524",
    "NTE|1||Specimen collected at RGH ED under search warrant, chain of custody intact. Analyst: K. Ibarra.",
])
save('phi', 'struct', build(
    A('Tri-County Forensic Toxicology', 'results@tricountyfortox.org'), records_box,
    'Result Notification - Lab TX24-03318 / Agency Case RPD24-020644',
    """FINAL RESULT - Tri-County Forensic Toxicology Laboratory

Agency case:   RPD24-020644
Lab number:    TX24-03318
Status:        FINAL

The HL7 result message follows. A signed PDF report is available in the agency
portal. For court testimony requests contact the lab at 555-0140.

""" + _oru + """

This message was generated automatically by TCFT LIMS.
""", when(5, 24, 14, 19), cc=A('DUI Unit', 'duiunit@' + PD)), 'Daniel Morales')


# ================================================================ CLEAN: admin
# admin-001
save('clean', 'admin', build(
    okafor, A('RPD Records Unit Staff', 'records-staff@' + PD),
    'Updated procedure: releasing reports with medical/injury content (eff. 3/1)',
    """All,

Effective Friday 3/1, the following applies to any request for a report that
contains injury, medical or mental health information (injury supplementals,
EMS transport info, emergency detention applications, booking medical screening
forms, CIT clinician notes):

1. Subject of the report requesting their own: photo ID at the counter or a
   notarized request by mail. No authorization needed.
2. Insurers, attorneys, employers: signed authorization from the subject dated
   within the last 12 months, OR a subpoena/court order. No exceptions for
   "we represent the insured" letters.
3. CIT clinician notes are Northline's record, not ours. Refer requesters to
   Northline Health Information Management (555-0193).
4. Emergency detention applications go to the City Attorney's office for review
   before any release. Log them in the PRR tracker with type "EDO-REVIEW".
5. Booking medical screening forms: jail medical vendor records, refer out.

Redaction of medical details from reports released to third parties without an
authorization stays the same as before - use the "MED" redaction code in the
redaction tool so it prints the statutory exemption.

Updated desk guide is on the shared drive (Records > Procedures > 2024).
Questions to me or Bridget.

Denise Okafor-Marsh
Records Supervisor | Ridgeport Police Department
555-0100 x4400

""" + DISC_PD, when(2, 26, 8, 5)))

# admin-002
save('clean', 'admin', build(
    renfro, A('Patrol Sergeants', 'patrolsgts@' + PD), 'Naloxone kits / AED pads - expiring stock swap',
    """Sergeants,

Quartermaster will be swapping out expiring naloxone and AED pads on all marked
units over the next two weeks. Please have your people leave the med bags on the
front seat at shift change on their district's day:

  District 1 - Tue 4/9      District 3 - Tue 4/16
  District 2 - Thu 4/11     District 4 - Thu 4/18

What's being replaced:
  - Naloxone 4 mg nasal, 2-packs expiring 05/2024 (approx. 140 kits fleet-wide)
  - Adult AED pads expiring 06/2024 (all Zoll units)
  - Trauma kits: tourniquets only if the package seal is broken

We went through 47 naloxone kits in Q1, which is up from 31 last year, so if
you're running low between swaps, come to the QM window - don't borrow from
another car.

Also a reminder that naloxone has to be logged on the use-of-supplies form with
the kit lot number every time one is used, even if the bag is just opened.

Paul Renfro
Quartermaster / Fleet Equipment
Ridgeport Police Department | x4210
""", when(4, 4, 13, 40)))

# admin-003
_mtg_start = datetime(2024, 5, 9, 14, 0)
save('clean', 'admin', build(
    kowalczyk,
    [benavides, achebe, quintanilla, A('Marta Jelinek', 'mjelinek@988-regionalcrisis.org'),
     A('Yvonne Ashby', 'yashby@' + SBM)],
    'CIT Steering Committee - May 9 agenda',
    """Good afternoon,

Our quarterly CIT steering committee meets Thursday 5/9, 2:00-3:30, Training Room B
at HQ (also on Teams - link in the invite).

Agenda
  1. Q1 data review - call volume, co-responder coverage hours, ED transports (Sgt. K)
  2. 988 warm transfer protocol - regional crisis line pilot results (M. Jelinek)
  3. ED boarding times for police-transported patients (H. Quintanilla / Y. Ashby)
  4. Emergency detention application form - revised draft from the City Attorney
  5. Data sharing agreement with Northline - status of CareLink access
  6. Fall 40-hour CIT academy dates / instructor needs (Sgt. Mulcahy)

Please send any handouts by Tuesday so I can get them printed.

Sgt. Aaron Kowalczyk
CIT Coordinator | Ridgeport Police Department
555-0100 x4410
""", when(4, 30, 15, 5), cc=mulcahy,
    att=[('CIT_Steering_2024-05-09.ics',
          ics('cit-steering-20240509@ridgeportpd.org', _mtg_start, _mtg_start + timedelta(minutes=90),
              'CIT Steering Committee (Q2)', 'RPD HQ Training Room B / Teams',
              'Quarterly CIT steering committee. Agenda in email.',
              ('Aaron Kowalczyk', 'akowalczyk@ridgeportpd.org')), 'text/calendar')]))

# admin-004
_a4 = """RMS USERS - PLANNED MAINTENANCE

When:   Saturday 6/22, 0100-0500
Impact: RMS report writing and records search UNAVAILABLE. CAD is not affected.

During the window, write reports offline in the MDT report shell and sync after
0500. Records counter will be closed until 0800 anyway.

What's changing after the upgrade (v11.4):
 - New "Injury / Illness" tab on all incident and crash reports. Replaces the old
   free-text "injuries" box. Fields: person role, NIBRS injury type, body area,
   treated at scene (Y/N), transported by, destination facility, refused
   treatment (Y/N).
 - "Mental health related" checkbox on the call disposition now required on all
   welfare checks.
 - Emergency detention application can be generated from the report (prefills
   officer and incident info only).
 - Redaction tool adds "MED" and "JUV" exemption presets.

Training videos (5 min each) are on the Training Unit SharePoint. Quick
reference card attached to the roll call board.

Victor Adeyemi
RMS/CAD Systems Administrator | Technology Services x4700
"""
_a4_html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">'
            '<h3 style="color:#102a5c">RMS USERS - PLANNED MAINTENANCE</h3>'
            '<table cellpadding="4" style="border-collapse:collapse">'
            '<tr><td><b>When:</b></td><td>Saturday 6/22, 0100-0500</td></tr>'
            '<tr><td><b>Impact:</b></td><td>RMS report writing and records search <b>UNAVAILABLE</b>. CAD is not affected.</td></tr></table>'
            '<p>During the window, write reports offline in the MDT report shell and sync after 0500. '
            'Records counter will be closed until 0800 anyway.</p>'
            '<p><b>What\'s changing after the upgrade (v11.4):</b></p><ul>'
            '<li>New "Injury / Illness" tab on all incident and crash reports. Replaces the old free-text "injuries" box. '
            'Fields: person role, NIBRS injury type, body area, treated at scene (Y/N), transported by, destination facility, refused treatment (Y/N).</li>'
            '<li>"Mental health related" checkbox on the call disposition now required on all welfare checks.</li>'
            '<li>Emergency detention application can be generated from the report (prefills officer and incident info only).</li>'
            '<li>Redaction tool adds "MED" and "JUV" exemption presets.</li></ul>'
            '<p>Training videos (5 min each) are on the Training Unit SharePoint. Quick reference card attached to the roll call board.</p>'
            '<p style="color:#555">Victor Adeyemi<br>RMS/CAD Systems Administrator | Technology Services x4700</p>'
            '</body></html>')
save('clean', 'admin', build(
    adeyemi, A('RPD All Users', 'rpd-all@' + PD), 'RMS maintenance Sat 6/22 0100-0500 + new Injury/Illness tab',
    _a4, when(6, 18, 10, 0), html=_a4_html))

# admin-005
save('clean', 'admin', build(
    benavides, A('Facilities Work Orders', 'facilities@' + CITY),
    'HQ - family interview room refresh + booking sharps/biohazard',
    """Hi Ron,

Two items for HQ, 1200 Commerce St:

1) Family/soft interview room (Room 114, Victim Services). Approved from the
   VOCA grant: repaint (neutral, no white), replace the two vinyl chairs with the
   upholstered ones on the attached quote, add a door sweep and acoustic panel -
   families can hear the lobby. Victim Services would like it done before
   Victims' Rights Week (week of 4/21). Rachel Sunderland is the contact.

2) Booking area: the wall-mounted sharps container by the medical screening
   station is cracked and needs replacement (Stericycle 5 qt). Also please confirm
   BioClean Pros is still on contract for blood/bodily fluid cleanup - we had a
   holding cell that waited 9 hours last weekend. Their after-hours line on our
   list is 555-0188.

Thanks,

Lt. Carla Benavides
Support Services Division Commander
Ridgeport Police Department | 555-0100 x4300
""", when(3, 27, 11, 18)))

# admin-006
save('clean', 'admin', build(
    A('Marcus Feld', 'mfeld@' + CITY), [benavides, achebe],
    'Northline co-responder MOU - Medicaid billing terms (draft 3)',
    """Lt. Benavides, Dr. Achebe-Lund,

Redline of Section 6 (Financial Terms) from draft 3 below. Legal has signed off on
the rest.

6.1 Northline will bill state Medicaid and participating managed care plans for
    eligible mobile crisis services (HCPCS H2011, per 15 minutes; S9484 where the
    plan requires the per-hour code) using Northline's NPI and taxonomy.
6.2 The City will pay a fixed monthly amount of $38,400 for clinician coverage of
    80 hours/week, reconciled quarterly against Medicaid receipts. Medicaid receipts
    exceeding $9,000/quarter offset the following quarter's City payment at 50%.
6.3 No charge will be billed to any individual for a co-responder encounter. Northline
    will not pursue self-pay balances or send co-responder encounters to collections.
6.4 Northline will provide the City a quarterly aggregate report (encounters,
    dispositions, billed units, payer mix) with no individual-level data.

Still open: whether ED transports by clinician vehicle count toward coverage hours.
Can we settle that at the 5/9 steering meeting?

Marcus Feld
Contract Administrator, Purchasing Division
City of Ridgeport | 555-0106

""" + DISC_CITY, when(4, 25, 16, 2)))

# admin-007
save('clean', 'admin', build(
    haldane, [okafor, benavides], 'Records fees eff. 7/1 + backlog numbers',
    """Denise, Lt. -

Council adopted the new fee schedule last night. Effective 7/1:

  Incident / crash report (up to 10 pp)       $5.00   (no charge to victims)
  Each additional page                         $0.25
  Body-worn camera video, per incident        $25.00 + $1.00/min redaction time
  Certified copy                               $10.00
  Insurance / attorney report w/ supplemental $15.00
  CAD chronology                               $5.00

Backlog as of this morning: 214 open requests, 61 past the 10-day target. Oldest
is 38 days (BWC). Video is 70% of the overdue ones. Average days-to-close for
paper reports is 6.2, for video it's 24.

I'd like to ask for the part-time clerk position to be filled before the fee
change, since the insurer requests will spike as soon as we announce.

Bridget
""", when(6, 5, 9, 30)))

# ================================================================ CLEAN: lookalike
# lookalike-001
_inv = pdf([
    'VANTIX SYSTEMS, INC.            INVOICE',
    'Invoice No: INV-2024-118406     Invoice Date: 03/15/2024',
    'Customer: Ridgeport Police Department   Acct: C-004417',
    'PO Number: 4500019832            Terms: Net 30   Due: 04/14/2024',
    '',
    'Line  Item            Description                        Qty   Unit      Ext',
    '1     VX-BC4          Body-worn camera, 4th gen           12   849.00  10188.00',
    '      Serials: VX4A230118 - VX4A230129',
    '2     VX-DOCK8        8-bay docking station                2  1295.00   2590.00',
    '      Serials: VXD8-77102, VXD8-77103',
    '3     VX-CLOUD-Y      Evidence storage, per device/yr     12   396.00   4752.00',
    '',
    'Subtotal 17530.00   Tax 0.00 (exempt #EX-31-004127)   TOTAL USD 17530.00',
    'Remit: Vantix Systems, Inc., PO Box 88120, Chicago IL  |  ACH ref INV-2024-118406',
])
save('clean', 'lookalike', build(
    A('Vantix Billing', 'ar@vantixsystems.com'), [benavides, A('City Accounts Payable', 'ap@' + CITY)],
    'Invoice INV-2024-118406 for PO 4500019832',
    """Dear Customer,

Please find attached invoice INV-2024-118406 dated 03/15/2024 in the amount of
$17,530.00 for PO 4500019832 (12 body-worn cameras, 2 docking stations, evidence
storage). Shipment left our Elk Grove DC on 03/13 via UPS, tracking
1Z8V40W70398221645 and 1Z8V40W70398221654.

Payment due 04/14/2024. For questions reference account C-004417.

Vantix Systems Accounts Receivable
555-0199 | ar@vantixsystems.com
""", when(3, 15, 6, 2), att=[('INV-2024-118406.pdf', _inv, 'application/pdf')]))

# lookalike-002
save('clean', 'lookalike', build(
    A('Lakeshore Medical Supply', 'customerservice@lakeshoremedsupply.com'), renfro,
    'Lot advisory - Naloxone HCl nasal spray 4 mg - your account 30-88214',
    """Lakeshore Medical Supply - Customer Lot Advisory

Account:   30-88214  RIDGEPORT POLICE DEPT / QUARTERMASTER
Product:   Naloxone HCl Nasal Spray 4 mg, 2 x 0.1 mL
NDC:       69547-0353-02

The manufacturer has issued a voluntary market withdrawal (not a recall) for the
lots below due to a labeling error on the outer carton. Product inside is not
affected. Our records show these lots shipped to your account:

  Lot         Exp      Qty (2-pk)   Ship date    Order #      Tracking
  NX24A117    11/2025       60       01/22/2024   SO-4419810   1Z6F93E40325571182
  NX24A233    12/2025       40       02/19/2024   SO-4427705   1Z6F93E40326014590
  NX23L904    09/2025       24       12/04/2023   SO-4400172   1Z6F93E40321188407

No action is required for product in use. Unopened cartons may be exchanged at no
charge; reply with your return quantities and we will issue an RMA.

Customer Service | 1-800-555-0119 | Mon-Fri 7am-6pm CT
""", when(2, 29, 9, 12)))

# lookalike-003
_dir = [
    ['Resource', 'Contact', 'Phone', 'Fax / notes'],
    ['988 Suicide & Crisis Lifeline', '-', '988', 'text or call, 24/7'],
    ['Regional Crisis Line (mobile team)', 'Marta Jelinek, Dir.', '555-0131', 'dispatch 24/7'],
    ['Northline CIT clinicians', 'P. Raman / B. Ostrowski', '555-0192', 'fax 555-0195'],
    ['Northline Intake / Bridge Clinic', 'front desk', '555-0193', 'walk-in M-F 8-4'],
    ['Ridgeport General ED social work', 'C. Mabry, LCSW', '555-0160', 'pager 2291'],
    ['St. Brendan case management', 'Y. Ashby, RN', '555-0172', 'fax 555-0174'],
    ['Haven House DV shelter', 'intake', '555-0150', '24/7 hotline'],
    ['Crime Victim Comp Board', 'claims', '555-0134', 'fax 555-0133'],
    ['Adult Protective Services', 'hotline', '555-0135', 'after-hours 555-0136'],
    ['Language Line (RPD acct 7720)', '-', '1-800-555-0142', 'PIN 4471'],
    ['Metro Ambulance billing', 'R. Cobb', '555-0185 x12', ''],
]
save('clean', 'lookalike', build(
    sunderland, A('RPD All Users', 'rpd-all@' + PD), 'Updated resource & referral phone list (June)',
    """All,

Updated referral list below and on the back of the victim resource cards. Please
toss the old laminated ones - several numbers changed when Northline moved.

""" + table(_dir, 3) + """

Victim Services main line is still 555-0100 x4450 (voicemail box 4400 after hours).

Rachel Sunderland, LMSW
Victim Services Coordinator | Ridgeport Police Department
""", when(6, 3, 8, 20)))

# lookalike-004
save('clean', 'lookalike', build(
    kowalczyk, [benavides, castellano, A('Chief\'s Office', 'chiefsoffice@' + PD)],
    'CIT monthly - May 2024',
    """CIT / CO-RESPONDER MONTHLY SUMMARY - MAY 2024

Calls flagged mental-health related (CAD):        388   (Apr 361, May '23 322)
  Co-responder (clinician on scene):               61
  CIT-trained officer primary:                    244
  Other:                                           83
Dispositions
  Resolved on scene / referral:                   241   (62%)
  Voluntary transport to ED or CSU:                71
  Emergency detention transport:                   29
  Arrest:                                          11   (2.8%)
  Use of force (any level):                         4
Median on-scene time, co-responder:            52 min
Median ED wait for officers (transports):      1 h 48 min  (RGH 2:05, St. Brendan 1:31)
Age groups (flagged calls): <18: 27 | 18-34: 139 | 35-64: 167 | 65+: 55
Repeat locations with 3+ calls:                    14

Training: 9 officers completed the 40-hour course 5/13-5/17 (total trained: 214
of 338 sworn, 63%).

Full dashboard on the CIT SharePoint. Report generated 06/03/2024 from CAD
extract CIT_MONTHLY run #2024-05.

Sgt. A. Kowalczyk
""", when(6, 3, 14, 10)))

# lookalike-005
save('clean', 'lookalike', build(
    A('City ServiceDesk', 'servicedesk@' + CITY), pham,
    '[Ticket INC0048213] Updated - Records scanner jams / uploads failing',
    """Ticket INC0048213 has been updated.

Short description:  Records scanner jams / uploads failing
Caller:             Pham-Larkin, Kim (RPD Records)
Configuration item: Fujitsu fi-7160  SN A4QB012884  Asset tag CR-17553
Location:           RPD HQ, Room 102 (Records)
Priority:           3 - Moderate
Assignment group:   Desktop Support - Public Safety
Assigned to:        Okonjo, Felix
State:              Work in Progress

Work notes (latest):
06/13/2024 10:41  F. Okonjo
  Replaced pick roller and brake roller (part PA03670-0001, PA03670-0002).
  Firmware 1.12 -> 1.19. Upload failures traced to PaperStream profile pointing
  at old share \\\\rpdfs02\\scans\\records; repointed to \\\\rpdfs05\\records-intake.
  Ran 3 test batches of 50 pages, no jams. Leaving open 48h for user confirmation.

Reply to this email to add a comment. Do not change the subject line.
ServiceDesk 555-0107 | Portal: https://servicedesk.cityofridgeport.org
""", when(6, 13, 10, 43)))

# lookalike-006
save('clean', 'lookalike', build(
    A('Northline Credentialing', 'credentialing@' + NB), [benavides, A('Marcus Feld', 'mfeld@' + CITY)],
    'Co-responder clinician credentials for MOU Exhibit B',
    """Lt. Benavides / Mr. Feld,

As requested for Exhibit B of the co-responder MOU, current credentials for the
clinicians assigned to RPD. Primary source verification completed 04/02/2024.

Clinician                      Credential  NPI          State License     Expires
Priya Raman                    LCSW        1326158840   LISW.2011-0448    10/31/2025
Benjamin Ostrowski             LPC         1780694215   LPC.2017-2231     06/30/2025
Jean-Robert Pierre-Louis       LMHC        1053907726   LPC.2020-0917     03/31/2026
Ngozi Achebe-Lund (supervisor) PsyD        1497266031   PSY.6602          12/31/2024

Northline group NPI: 1902843317   Taxonomy 261QM0801X   FEIN 31-1147820
BCI/FBI fingerprint background checks for all three clinicians completed
02/2024 (RPD ref BG-24-031 through BG-24-033).

Northline Behavioral Health - Credentialing Office | 555-0198
""", when(4, 5, 11, 35)))

# lookalike-007
_xwalk = [
    ['rms_injury_code', 'nibrs_injury_type', 'description', 'suggested_icd10_cm_range', 'notes'],
    ['N', 'N', 'None', '', 'default'],
    ['B', 'B', 'Apparent broken bones', 'S02-S92 (7th char A)', ''],
    ['I', 'I', 'Possible internal injury', 'S36, S27', ''],
    ['L', 'L', 'Severe laceration', 'S01, S11, S21, S31, S41, S51, S61, S71, S81, S91', ''],
    ['M', 'M', 'Apparent minor injury', 'S00, S10, S20, S30, T14.8', 'bruises, abrasions'],
    ['O', 'O', 'Other major injury', 'S06, T20-T32, T74', 'incl. burns, concussion'],
    ['T', 'T', 'Loss of teeth', 'S02.5, K08.1', ''],
    ['U', 'U', 'Unconscious', 'R40.2-, S06.-X', ''],
    ['OD', '(none)', 'Overdose - naloxone given', 'T40.0-T40.4', 'local code, maps to O for NIBRS'],
    ['DB', '(none)', 'Animal bite', 'W54, W55', 'local code, maps to L or M'],
]
save('clean', 'lookalike', build(
    adeyemi, [okafor, mulcahy], 'Injury code crosswalk for the new Injury/Illness tab',
    """Denise, Ryan -

Attached is the crosswalk we're loading behind the new Injury/Illness tab. The
dropdown shows the NIBRS injury types (N, B, I, L, M, O, T, U) plus two local
codes (OD, DB) that roll up for state reporting. The ICD-10-CM ranges are only
there so the hospital liaison data can be matched later - officers never see them.

Ryan, can you put the code list in the roll-call training slide? Denise, let me
know if records needs a different default than N.

V.
""", when(6, 6, 15, 50),
    att=[('injury_code_crosswalk_v3.csv', csv_text(_xwalk), 'text/csv')]))


# ================================================================ CLEAN: news
# news-001 department newsletter (HTML + inline logo)
_nl_text = """THE RIDGEPORT ROLL CALL - June 2024
Ridgeport Police Department employee newsletter

CIT TURNS FIVE
Five years ago this month, the department sent its first class of 18 officers
through the 40-hour Crisis Intervention Team course. Today 214 of our 338 sworn
members are CIT-certified, and since the co-responder partnership with Northline
Behavioral Health began in 2021, clinicians have been on scene for more than
1,900 calls. About 88% of co-responder calls end without an arrest or a use of
force. Thank you to Sgt. Kowalczyk, our Northline partners, and every officer
who has taken the extra time on a call.

VICTIMS' RIGHTS WEEK RECAP
Victim Services hosted 140 guests at the resource fair in April, and 22
volunteers staffed tables. The refreshed family interview room (Room 114) is
now open.

RECORDS: NEW FEES JULY 1
Report and video fees change July 1. Victims continue to receive their own
reports at no charge.

WELCOME
Jean-Robert Pierre-Louis, LMHC (Northline co-responder), and Records Clerk I
Haley Brandt.

WELLNESS
The Peer Support Team has new members - see the roster on the intranet. EAP is
free and confidential: 1-800-555-0146.
"""
_nl_html = """<html><body style="margin:0;background:#eef1f5">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="background:#102a5c;padding:14px"><img src="cid:rpdlogo" width="48" height="48" alt="RPD" style="vertical-align:middle">
<span style="color:#d4af37;font-size:22px;margin-left:10px">The Ridgeport Roll Call</span>
<div style="color:#ffffff;font-size:12px">June 2024 &middot; Ridgeport Police Department employee newsletter</div></td></tr>
<tr><td style="padding:18px">
<h2 style="color:#102a5c">CIT turns five</h2>
<p>Five years ago this month, the department sent its first class of 18 officers through the 40-hour Crisis Intervention Team course.
Today <b>214 of our 338</b> sworn members are CIT-certified, and since the co-responder partnership with Northline Behavioral Health began in 2021,
clinicians have been on scene for more than <b>1,900 calls</b>. About 88% of co-responder calls end without an arrest or a use of force.</p>
<h2 style="color:#102a5c">Victims' Rights Week recap</h2>
<p>Victim Services hosted 140 guests at the resource fair in April, and 22 volunteers staffed tables. The refreshed family interview room (Room 114) is now open.</p>
<h2 style="color:#102a5c">Records: new fees July 1</h2>
<p>Report and video fees change July 1. Victims continue to receive their own reports at no charge.</p>
<h2 style="color:#102a5c">Welcome</h2>
<p>Jean-Robert Pierre-Louis, LMHC (Northline co-responder), and Records Clerk I Haley Brandt.</p>
<h2 style="color:#102a5c">Wellness</h2>
<p>The Peer Support Team has new members. EAP is free and confidential: 1-800-555-0146.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:10px">Published by the Office of the Chief. Internal distribution only.</td></tr>
</table></body></html>"""
_nl = build(A('RPD Office of the Chief', 'chiefsoffice@' + PD), A('RPD All Users', 'rpd-all@' + PD),
            'The Ridgeport Roll Call - June 2024', _nl_text, when(6, 14, 7, 0), html=_nl_html)
_nl.get_payload()[1].add_related(badge_logo(), maintype='image', subtype='png', cid='<rpdlogo>',
                                 filename='rpd_badge.png')
save('clean', 'news', _nl)

# news-002
save('clean', 'news', build(
    A('State DOH Overdose Surveillance', 'od-alerts@statehealth-alerts.org'),
    A('Region 4 First Responders', 'region4-responders@statehealth-alerts.org'),
    'OVERDOSE SPIKE ALERT - Region 4 - xylazine-adulterated fentanyl',
    """STATE DEPARTMENT OF HEALTH - DRUG OVERDOSE SURVEILLANCE ALERT
Issued: 08/14/2024 15:00   Region: 4 (Harlan, Ridge and Tipton counties)

SITUATION
Emergency department visits for suspected opioid overdose in Region 4 rose 38%
in the 7 days ending 08/13 compared with the prior 4-week average (112 vs. a
weekly average of 81). Law enforcement naloxone administrations rose from 19 to
33. Lab testing of samples seized in Ridge County found xylazine in 7 of 9
fentanyl samples.

WHAT RESPONDERS SHOULD KNOW
 - Xylazine is not an opioid; naloxone will not reverse its sedation, but give
   naloxone anyway because fentanyl is almost always present.
 - Support breathing. Expect prolonged sedation after naloxone.
 - Xylazine-associated wounds may be present on arms and legs; refer to care.
 - Report suspected clusters to your local health department within 24 hours.

RESOURCES
Naloxone is available free to agencies through the state distribution program.
Fact sheets: statehealth-alerts.org/xylazine

This alert contains aggregate surveillance data only. You are receiving it as a
registered first-responder agency contact. Manage subscriptions in the portal.
""", when(8, 14, 15, 4)))

# news-003 vendor marketing
save('clean', 'news', build(
    A('Bluewater Responder Wellness', 'hello@bluewaterwellness.net'), dunleavy,
    'Tess, 30 days free: confidential wellness app built for first responders',
    """Hi Tess,

Peer support teams like yours at Ridgeport PD do the hardest work in the
department. Bluewater gives them backup:

  * Anonymous check-ins and burnout self-assessments (no admin dashboard can
    see individual answers)
  * A directory of culturally competent clinicians who take most public-safety
    health plans
  * Spouse and family resources, shift-sleep coaching, and critical incident
    follow-up reminders for peer supporters

Agencies using Bluewater for 12 months saw a 31% increase in EAP utilization
and 24% fewer sick-leave days (2023 customer survey, n = 41 agencies).

Start a 30-day free trial for up to 400 users - no credit card, no contract.

Book a 20-minute demo: bluewaterwellness.net/demo

Jordan Pike
Public Safety Partnerships | Bluewater Responder Wellness
555-0182

You are receiving this because you attended the State FOP Wellness Summit.
Unsubscribe: bluewaterwellness.net/unsub
""", when(5, 21, 10, 15)))

# news-004 research summary
save('clean', 'news', build(
    achebe, [A('CIT Team', 'cit@' + PD), raman, ostrowski, pierrelouis, sunderland],
    'Journal club for 6/20: co-responder outcomes study',
    """Hi all,

For journal club on 6/20, we'll discuss the multi-site co-responder evaluation
that came out this spring. Quick summary so you can skim before then:

  Design: quasi-experimental, 4 mid-size U.S. cities, 24 months, 6,212
          mental-health-related calls with a clinician on scene vs. 9,870
          matched calls handled by police alone.
  Findings:
   - Arrests: 3.1% vs. 6.4% (adjusted OR 0.52)
   - ED transports: 21% vs. 34%
   - Repeat calls to the same address within 30 days: down 14%
   - No difference in officer injury rates
   - Cost per call was higher for co-responder calls, but offset by fewer ED
     visits in 3 of 4 sites
  Limitations: no randomization; sites defined "mental-health related"
  differently; outcomes beyond 30 days not measured.

Questions to think about: which of these could we measure with our CAD data,
and what would we need from the hospitals?

Ngozi

Ngozi Achebe-Lund, PsyD
Clinical Director, Crisis Services | Northline Behavioral Health
""", when(6, 10, 12, 30)))

# news-005 Victims' Rights Week announcement
save('clean', 'news', build(
    sunderland, [A('RPD All Users', 'rpd-all@' + PD), A('Community Partners', 'vs-partners@' + PD)],
    'National Crime Victims\' Rights Week - Candlelight Vigil & Resource Fair 4/24',
    """Please join the Ridgeport Police Department Victim Services Unit for National
Crime Victims' Rights Week.

  Resource Fair     Wednesday, April 24, 4:00-6:30 pm
                    Main Library Community Room, 300 Civic Plaza
  Candlelight Vigil Wednesday, April 24, 7:00 pm, Civic Plaza fountain

More than 20 agencies will be on hand - victim compensation, legal aid, DV
shelters, counseling, housing and benefits help. Spanish, Vietnamese and Arabic
interpreters will be available. Free childcare and light dinner.

This year's theme honors the strength of survivors and the people who walk
alongside them. Officers in uniform are welcome at the vigil; please stand at the
back unless you've been asked to read.

Volunteers are still needed for setup (3:00) and tear-down (8:00). Reply to sign up.

Rachel Sunderland, LMSW
Victim Services Coordinator
""", when(4, 8, 9, 0)))

# news-006 OEM heat bulletin
save('clean', 'news', build(
    A('Ridgeport OEM Alerts', 'oem-alerts@' + CITY), A('City Departments', 'all-departments@' + CITY),
    'HEAT ADVISORY in effect Tue 7/16 11AM - Wed 7/17 9PM: cooling centers open',
    """CITY OF RIDGEPORT - OFFICE OF EMERGENCY MANAGEMENT
HEAT ADVISORY - Tuesday 7/16 11:00 AM through Wednesday 7/17 9:00 PM

The National Weather Service forecasts heat index values of 103-108. Overnight
lows will stay near 80, giving little relief.

COOLING CENTERS (free, no ID required, pets in carriers welcome)
  Main Library, 300 Civic Plaza            9 AM - 9 PM
  Eastside Recreation Center, 55 Pruitt St 10 AM - 8 PM
  Grace Methodist Fellowship Hall          noon - 9 PM
  Transit Center lobby                     open 24 hours
Free rides to cooling centers: call 311 or 555-0110.

SIGNS OF HEAT ILLNESS
Heat exhaustion: heavy sweating, dizziness, nausea, cramps - move to a cool place,
sip water. Heat stroke: confusion, hot dry skin, fainting - CALL 911.

FOR DEPARTMENTS
Public-facing staff should check on older adults, people living alone, people
without air conditioning and people experiencing homelessness. Police and Fire
will prioritize welfare-check calls. Outdoor crews: rest breaks every hour.

Last summer's heat event sent 46 residents to area emergency departments.
Let's do better this year.
""", when(7, 15, 16, 30)))

# ================================================================ CLEAN: staff
# staff-001 CIT on-call roster
_oncall = [
    ['Week', 'CIT Officer (primary)', 'Co-responder clinician', 'Backup clinician', 'Sgt on call'],
    ['5/6 - 5/12', 'Ofc. J. Rusk #2217', 'P. Raman, LCSW', 'B. Ostrowski, LPC', 'Sgt. Kowalczyk'],
    ['5/13 - 5/19', 'Ofc. M. Greer #1984', 'B. Ostrowski, LPC', 'J-R. Pierre-Louis, LMHC', 'Sgt. Diaz'],
    ['5/20 - 5/26', 'Ofc. T. Vance #2302', 'J-R. Pierre-Louis, LMHC', 'P. Raman, LCSW', 'Sgt. Kowalczyk'],
    ['5/27 - 6/2', 'Ofc. J. Rusk #2217', 'P. Raman, LCSW', 'B. Ostrowski, LPC', 'Sgt. Mendel'],
]
save('clean', 'staff', build(
    kowalczyk, [cit_box, raman, ostrowski, pierrelouis, A('Dispatch Supervisors', 'dispatchsups@' + PD)],
    'CIT / co-responder on-call - May',
    """May on-call below. Co-responder hours are 1100-2300 M-Sat; after 2300 and Sundays
dispatch pages the on-call CIT officer first and the Regional Crisis Line mobile
team (555-0131) second.

""" + table(_oncall) + """

Memorial Day (5/27) - Raman is covering 1100-1900 only. Swaps go through me, not
dispatch. Clinician cells are in the dispatch binder.

Sgt. A. Kowalczyk
""", when(4, 29, 16, 45)))

# staff-002 records schedule
save('clean', 'staff', build(
    okafor, A('RPD Records Unit Staff', 'records-staff@' + PD), 'Summer counter hours + OT sign-up',
    """Team,

Starting 6/3 the front counter will be open 8:00-5:00 M-F (no more Saturday
hours until September). Coverage:

  8:00-12:00   Tomas / Haley
  12:00-1:00   Kim (lunch relief)
  1:00-5:00    Bridget (M/W), Tomas (T/Th), Haley (F)

OT: I have approval for up to 16 hrs/week through August for the video backlog.
Sign-up sheet is on my door. Priority goes to people trained on the redaction
tool. Please don't sign up for more than 6 hrs in a week so we spread it out.

Also - Haley finishes her probation 6/20. Lunch is on me that day.

Denise
""", when(5, 28, 8, 10)))

# staff-003 retirement party
save('clean', 'staff', build(
    A('Haley Brandt', 'hbrandt@' + PD), A('RPD All Users', 'rpd-all@' + PD),
    'Retirement celebration for Bev Huxley - 31 years in Records!',
    """You're invited!

After 31 years in the Records Unit (and more reports typed than anyone can count),
Records Clerk III Beverly Huxley is retiring on August 30.

  Friday, August 23, 2:00-4:00 pm
  HQ Community Room, 1200 Commerce St

Cake, punch and a slideshow. Bev's family will be there. If you have old photos
of Bev (the 1990s hair is welcome), send them to me by 8/16.

We're collecting for a gift - envelope is at the Records counter. Bev has asked
that in lieu of gifts people consider donating to the Victim Services emergency
fund, so there will be a jar for that too.

RSVP so we know how much cake to order!

Haley Brandt
Police Records Clerk I
""", when(8, 5, 13, 15)))

# staff-004 leave without health details
save('clean', 'staff', build(
    sunderland, [pruitt, tran, A('Victim Services Volunteers', 'vs-volunteers@' + PD)],
    'Coverage while Marisol is on leave 6/3 - 7/12',
    """Hi all,

Marisol will be on leave from Monday 6/3 through Friday 7/12. Please don't contact
her about work while she's out.

Coverage:
  - Deshawn takes her active caseload. Marisol's handoff notes are in the shared
    drive (VS > Caseload > Ybarra > handoff 6-3).
  - Spanish-language callbacks: Lien will use the Language Line (acct 7720)
    unless Officer Reyes from Patrol is on shift - he's agreed to help with calls.
  - Court accompaniment on 6/11 and 6/25: I'll go.
  - Volunteers: Thursday evening hotline shifts stay the same.

If you're not sure who owns a call, send it to me.

Rachel
""", when(5, 30, 16, 20)))

# staff-005 payroll
save('clean', 'staff', build(
    fiore, [rusk, greer, A('Vance, Tyler', 'tvance@' + PD)], 'PP13 shift differential correction - CIT',
    """Jenna, Malik, Tyler,

Payroll caught that CIT call-out hours in PP13 (5/26-6/8) were coded as REG
instead of CITCO, so the $2.25/hr differential didn't apply. Corrections:

  Rusk #2217     6.5 hrs   CITCO   +$14.63
  Greer #1984    9.0 hrs   CITCO   +$20.25
  Vance #2302    4.0 hrs   CITCO   +$9.00

This will show as an adjustment line on the 6/28 check. Going forward, please use
pay code CITCO (not OT-CALL) in Telestaff when you're called out for a CIT
response off-shift. If it's also OT, use OT-CITCO.

Angela Fiore
Personnel & Payroll Technician | x4120
""", when(6, 19, 11, 5)))

# staff-006 new hire
save('clean', 'staff', build(
    achebe, [cit_box, benavides, sunderland], 'Welcome Jean-Robert Pierre-Louis, LMHC',
    """Please welcome Jean-Robert Pierre-Louis, LMHC, who joins the Northline
co-responder team embedded with RPD on Monday, May 13.

Jean-Robert comes to us from eight years with the Harlan County mobile crisis team
and before that worked in school-based counseling. He speaks Haitian Creole and
French, which will help a lot on the east side. He's a certified QPR and CIT
instructor.

His first two weeks he'll shadow Priya and Ben, then start solo co-responder
shifts Tue-Sat 1100-1900. His RPD ID and radio should be ready by 5/13 -
Lt. Benavides, thank you for expediting the background.

Say hello at roll call, and please include him in the 5/15 CIT team lunch.

Ngozi Achebe-Lund, PsyD
Clinical Director, Crisis Services | Northline Behavioral Health
""", when(5, 7, 10, 40)))

# staff-007 peer support roster
save('clean', 'staff', build(
    dunleavy, A('RPD Sworn', 'rpd-sworn@' + PD), 'Peer Support Team roster + fall training dates',
    """All,

Updated Peer Support Team roster. Any of us can be reached 24/7 - you don't need
a reason, and nothing you say goes to your chain of command.

  Ofc. Tess Dunleavy (coord.)   555-0112    Sgt. Lorena Diaz        555-0115
  Det. Chris Okeke              555-0116    Ofc. Maria Santangelo   555-0117
  Dispatcher Lou Barrett        555-0118    Chaplain Ed Marsh       555-0123
  Ofc. Jamal Whitaker (new)     555-0124    CSO Dana Kirby (new)    555-0125

EAP (free, confidential, family members too): 1-800-555-0146

Fall peer supporter training (ICISF Group Crisis Intervention) - Oct 8-9 at the
Regional Training Center. Four slots. Interested? Email me by 9/1 with your
supervisor's OK.

Take care of each other.
Tess
""", when(8, 20, 7, 30)))

# ================================================================ CLEAN: training
# training-001
save('clean', 'training', build(
    mulcahy, [A('CIT Instructors', 'cit-instructors@' + PD), raman],
    'Fall CIT academy - Scenario 4 role-player script (FICTIONAL)',
    """Instructors,

Role-player script for Scenario 4 (day 4, Wed). All details are fictional and were
written for training - do not substitute details from real calls.

SCENARIO 4 - "Kitchen knife, third floor"
Role: "Kevin Sample", 34 (FICTIONAL)
Call as dispatched: mother reports adult son locked in kitchen with a knife,
saying he "hears the neighbors planning something." No weapons other than knife.
Role-player cues:
  - Starts agitated, pacing, will not open door for 2-3 min.
  - Responds to: officers introducing themselves by first name, slowing down,
    asking what the neighbors are saying.
  - Escalates if: more than two officers talk at once, someone mentions "jail."
  - Will put the knife down if asked to set it on the counter (not drop it).
  - Says he stopped his medication "a while ago" because it made him tired.
Expected learner actions: containment, time and distance, one communicator,
request co-responder, voluntary transport offer, emergency detention criteria
discussion in debrief.

Debrief questions are on page 3 of the instructor guide. Priya will co-facilitate.

Sgt. Ryan Mulcahy
Training Unit | Ridgeport Police Department
""", when(9, 3, 14, 0)))

# training-002 RMS UAT script
_uat = [
    ['step', 'test_record', 'action', 'expected_result', 'pass_fail', 'tester'],
    ['1', 'TESTPERSON, ALPHA (DOB 01/01/1900)', 'Open test incident 99-000101, add Injury/Illness row role=VICTIM type=M', 'Row saves; NIBRS injury M', '', ''],
    ['2', 'TESTPERSON, BRAVO (DOB 01/01/1900)', 'Add row type=OD, transported=Y, dest=TEST HOSPITAL', 'OD maps to O in NIBRS preview', '', ''],
    ['3', 'TESTPERSON, CHARLIE (DOB 02/02/1900)', 'Set refused treatment=Y without transport', 'No validation error', '', ''],
    ['4', 'TESTPERSON, ALPHA', 'Generate emergency detention application', 'PDF prefills officer + incident only; no injury text', '', ''],
    ['5', 'TESTPERSON, DELTA (juvenile test, DOB 01/01/2015)', 'Run redaction preview with MED + JUV presets', 'Name, DOB and injury fields masked', '', ''],
]
save('clean', 'training', build(
    adeyemi, A('RMS UAT Testers', 'rms-uat@' + PD),
    'UAT script - Injury/Illness tab (TRAINING environment, test records only)',
    """Testers,

Please run the attached script in RMS-TRAIN (not production) by Friday 6/14.
Use only the TESTPERSON records in the 99- incident series; they're all fake and
get wiped nightly. Mark pass/fail and put screenshots in the UAT folder.

If you see any real name or report number in TRAIN, stop and tell me - that
means the refresh pulled from prod.

Victor
""", when(6, 10, 9, 0),
    att=[('UAT_InjuryIllness_v2.csv', csv_text(_uat), 'text/csv')]))

# training-003 quiz
save('clean', 'training', build(
    sunderland, [pruitt, tran, ybarra, A('Victim Services Volunteers', 'vs-volunteers@' + PD)],
    'Confidentiality refresher quiz - due Friday',
    """Hi all - annual confidentiality refresher. Reply with your answers by Friday.
No names or real cases in your answers please, just the letter and a line of why.

1. An adult victim's mother calls asking which hospital her daughter was taken
   to. The victim has not given permission. You:
   a) tell her, she's family   b) take a message and ask the victim   c) give her
   the hospital's main number only

2. An insurance adjuster emails asking for the victim's injury details "to speed
   up the claim." What do you need first?

3. True or false: VOCA-funded advocates may share a victim's counseling
   information with the prosecutor without the victim's written consent.

4. A victim's ER bill arrives in our mailbox. Where does it get filed, and who
   can see it?

5. A co-responder clinician's notes are in the RMS report. Who owns them, and who
   should a records request for them go to?

6. You're at a community event and someone asks how "that lady from the Alder St
   home invasion" is doing. What do you say?

Answers and discussion at the 8/29 team meeting.

Rachel
""", when(8, 19, 9, 45)))

# training-004 de-identified case study
save('clean', 'training', build(
    raman, [cit_box, ostrowski, pierrelouis],
    'De-identified case review for Thursday',
    """For Thursday's case review. This is de-identified (composite of several calls,
details changed) - please don't try to figure out who it is.

BACKGROUND
Individual A is a man in his 40s who lives alone. Over about 3 months there were
six calls to his address from neighbors about shouting at night. On the first
four, officers found no crime and left. On the fifth, A said people were
listening through the walls. On the sixth, he had barricaded his door.

WHAT HAPPENED
A co-responder team was dispatched on the sixth call. The clinician talked with A
through the door for 35 minutes. He eventually agreed to come out and to a
voluntary ED evaluation. He was admitted for several days and connected with
outpatient care.

DISCUSSION
 - What could have been done on calls 1-4?
 - Premise flags: when are they helpful, and when do they bias the response?
 - How do we follow up when there's no family contact?
 - What data would tell us whether this worked 6 months later?

Priya
""", when(7, 23, 13, 0)))

# training-005 redaction exercise
_redact = docx([
    'SAMPLE - FICTITIOUS REPORT FOR REDACTION TRAINING - NOT A REAL CASE',
    'Report No.: 00-000000 (training)     Date: 01/01/20XX',
    'Victim: EXAMPLE, JANE Q.   DOB: 01/01/1980   Address: 123 Sample St, Anytown',
    'Phone: 555-0100 (training)',
    'Narrative: On the above date I responded to 123 Sample St for a reported '
    'assault. Victim Jane Example stated her ex-partner, John Doe, struck her in '
    'the face. I observed swelling under her left eye and a cut to her lip. '
    'Metro EMS evaluated her at the scene; she was transported to Anytown General '
    'for evaluation. Victim stated she is taking medication for anxiety and was '
    'concerned about her children, ages 4 and 7.',
    'Witness: SAMPLE, SAM   DOB: 02/02/1975',
    'Officer: Ofc. Training #0000',
    'EXERCISE: Mark every item that must be redacted for (a) release to the '
    'victim, (b) release to an insurer without authorization, (c) release to the '
    'media. Cite the exemption code for each.',
])
save('clean', 'training', build(
    haldane, [A('Haley Brandt', 'hbrandt@' + PD), villarreal],
    'Redaction exercise #3 - sample report (fictitious)',
    """Haley, Tomas -

Exercise #3 attached. It's a made-up report (all names and numbers are fake) built
to have a little bit of everything: medical details, juvenile info, a witness,
and a DV victim's address. Do it three times for the three requesters in the
instructions and bring your marked-up copies Thursday at 10.

Hint: the medication line trips people up every time.

Bridget
""", when(5, 13, 15, 10),
    att=[('Redaction_Exercise_3_SAMPLE.docx', _redact,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document')]))

# training-006 HL7 interface test messages
_test_hl7 = "\n".join([
    "MSH|^~\\&|EPIC|RGH|RPDNOTIFY|RPD|20240715101500||ADT^A04|TST0001|T|2.5.1",
    "EVN|A04|20240715101500",
    "PID|1||TEST0001^^^RGH^MR||ZZTEST^CRISIS^ONE||19000101|U|||1 TEST ST^^TESTVILLE^OH^00000",
    "PV1|1|E|ED^TEST^01^RGH||||||||||||||||TESTACCT0001",
    "ZPD|RPD|99-000101|OFFICER^TEST^0000|EDO|Y",
    "",
    "MSH|^~\\&|EPIC|RGH|RPDNOTIFY|RPD|20240715101600||ADT^A03|TST0002|T|2.5.1",
    "EVN|A03|20240715101600",
    "PID|1||TEST0001^^^RGH^MR||ZZTEST^CRISIS^ONE||19000101|U",
    "PV1|1|E|ED^TEST^01^RGH||||||||||||||||TESTACCT0001||||||||||||||||||||||||20240715101600",
])
save('clean', 'training', build(
    petrie, adeyemi, 'Test messages for ED notification interface (ZZTEST patients)',
    """Victor,

Here are the two test messages for Wednesday's connectivity test - an A04 with the
new ZPD segment and the matching A03. Both are on ZZTEST patients in our TST
environment with processing ID "T", so your side should route them to the test
queue, not production.

""" + _test_hl7 + """

If they land and ACK AA, I'll send the full 30-message test set (all ZZTEST) on
Thursday.

Shauna Petrie
Integration Analyst, Interfaces | Ridgeport General Hospital IS
""", when(7, 12, 16, 0)))

# ================================================================ finish
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
