#!/usr/bin/env python3
# Blind evaluation mail set: corporate travel management company,
# traveller assistance / duty-of-care desk. All content invented.
import sys, os, io, csv, json, random, zipfile, zlib, struct, datetime, html
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10302
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
ITEMS = []   # (label, kind, patient_name, msg)

def add(label, kind, patient, msg):
    ITEMS.append((label, kind, patient, msg))

# ---------------------------------------------------------------- dates / ids
def tz(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))

def rdt(lo=(2024, 5, 6), hi=(2025, 6, 20), tzh=0, hours=(6, 22)):
    start = datetime.datetime(*lo)
    span = (datetime.datetime(*hi) - start).days
    d = start + datetime.timedelta(days=random.randrange(span),
                                   hours=random.randrange(*hours),
                                   minutes=random.randrange(60),
                                   seconds=random.randrange(60))
    return d.replace(tzinfo=tz(tzh))

def before(d, mins_lo=20, mins_hi=600):
    return d - datetime.timedelta(minutes=random.randrange(mins_lo, mins_hi))

def digits(n):
    return ''.join(random.choice('0123456789') for _ in range(n))

def alnum(n, chars='ABCDEFGHJKLMNPQRSTUVWXYZ23456789'):
    return ''.join(random.choice(chars) for _ in range(n))

def mid(domain):
    return '<%016x.%s@%s>' % (random.getrandbits(64), digits(5), domain)

def dom(addr):
    a = addr.split('<')[-1].strip('> ')
    return a.split('@')[-1]

def ukdate(d):
    return d.strftime('%d/%m/%Y')

def usdate(d):
    return d.strftime('%m/%d/%Y')

# ---------------------------------------------------------------- builders
def mk(frm, to, subj, body, when, cc=None, html_body=None, atts=(), extra=None,
       reply_to_id=None, reply_to=None):
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subj
    m['Date'] = format_datetime(when)
    m['Message-ID'] = mid(dom(frm))
    if reply_to_id:
        m['In-Reply-To'] = reply_to_id
        m['References'] = reply_to_id
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html_body:
        m.add_alternative(html_body, subtype='html')
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fn, ctype, data = a
        mt, st = ctype.split('/')
        if isinstance(data, str):
            if mt == 'text':
                m.add_attachment(data, subtype=st, filename=fn)
            else:
                m.add_attachment(data.encode('utf-8'), maintype=mt, subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m

def to_html(text, font='Calibri, Arial, sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:11pt">\n'
            % font + '\n'.join(out) + '\n</body></html>\n')

def q(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.rstrip('\n').split('\n'))

def on_wrote(d, who):
    return 'On %s, %s wrote:' % (d.strftime('%a, %d %b %Y at %H:%M'), who)

def orig(frm, d, to, subj, cc=None):
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, d.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' '), to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n' % subj
    return s

def fwd_hdr(frm, d, to, subj):
    return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n'
            % (frm, d.strftime('%a, %b %d, %Y at %I:%M %p'), subj, to))

# ---------------------------------------------------------------- file formats
ZDT = (2025, 1, 1, 0, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
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
    x = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, html.escape(str(v), quote=False)))
        x.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(x))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % html.escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet_xml)])

def docx(paras):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
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

def pdf(lines):
    def esc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 10 Tf', '13 TL', '50 800 Td']
    for l in lines:
        ops.append('(%s) Tj T*' % esc(l))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()

def png(w, h, pix):
    """pix(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pix(x, y))
    def chunk(t, d):
        c = t + d
        return struct.pack('>I', len(d)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))

def logo_png():
    # Corvana logo: teal bar with a white chevron
    def p(x, y):
        if abs((x % 40) - 20) + 0 == abs(y - 20) and 8 < y < 32:
            return (255, 255, 255)
        if y < 4 or y > 35:
            return (240, 240, 240)
        return (0, 118, 128)
    return png(160, 40, p)

def blank_scan_png():
    def p(x, y):
        if x < 3 or y < 3 or x > 196 or y > 276:
            return (200, 200, 200)
        return (252, 252, 250)
    return png(200, 280, p)

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()

def ics(uid, start, end, summary, location, desc, organizer, attendees):
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Corvana//Calendar 3.2//EN', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%s' % f(start - datetime.timedelta(days=9)),
             'DTSTART:%s' % f(start), 'DTEND:%s' % f(end), 'SUMMARY:%s' % summary,
             'LOCATION:%s' % location, 'DESCRIPTION:%s' % desc.replace('\n', '\\n'),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'

# ---------------------------------------------------------------- cast
CV = 'corvanatravel.com'
ASSIST = 'Corvana Assist <assist@corvanatravel.com>'
HELEN = 'Helen Achterberg <h.achterberg@corvanatravel.com>'
RAFAEL = 'Rafael Montoya <r.montoya@corvanatravel.com>'
NKECHI = 'Nkechi Adeyemi <n.adeyemi@corvanatravel.com>'
SIMON = 'Dr Simon Leclerc <s.leclerc@corvanatravel.com>'
JOANNA = 'Joanna Kwiatkowska <j.kwiatkowska@corvanatravel.com>'
TUAN = 'Tuan Pham <t.pham@corvanatravel.com>'
LINWEI = 'Lin Wei <w.lin@corvanatravel.com>'
OMAR = 'Omar Haddad <o.haddad@corvanatravel.com>'
GRACE = 'Grace Otieno <g.otieno@corvanatravel.com>'
MARCUS = 'Marcus Feld <m.feld@corvanatravel.com>'
PRIYANKA = 'Priyanka Shah <p.shah@corvanatravel.com>'
LARS = 'Corvana IT Service Desk <itservice@corvanatravel.com>'
OPSALL = 'Assist Desk Team <assist-team@corvanatravel.com>'

CARLA = 'Carla Jennings <carla.jennings@halberdenergy.com>'
BEN = 'Ben Adair <ben.adair@halberdenergy.com>'
ADITI = 'Aditi Rao <aditi.rao@quillonpharma.com>'
SAMW = 'Sam Whitcombe <swhitcombe@brightwatereng.net>'
FIONA = 'Fiona Grant <fiona.grant@talmontconsulting.com>'
DEBORAH = 'Deborah Kline <dkline@aurenglobal.com>'
AUREN_CASES = 'Auren Global Health - Case Management <cases@aurenglobal.com>'
RAVI = 'Ravi Menon <ravi.menon@sentineltravel.net>'
NORTHGATE = 'Northgate Mutual International Claims <intlclaims@northgatemutual.com>'
SKYOPS = 'SkyBridge Medevac Operations <ops@skybridgemedevac.net>'
KESTREL = 'Kestrel Occupational Health <travelhealth@kestrelocchealth.com>'

DISC = ('CONFIDENTIALITY: This e-mail and any attachments are confidential and may be privileged. '
        'If you are not the intended recipient please notify the sender and delete it. '
        'Corvana Travel Management Ltd, registered in England no. 08841173, 40 Fenwick Yard, London EC2A 4QT.')

def sig(name, title, phone='+44 20 7946 0311', mobile=None, extra=''):
    s = '\n%s\n%s\nCorvana Assist | 24/7 Traveller Assistance\nCorvana Travel Management\nT %s (24h desk)' % (
        name, title, phone)
    if mobile:
        s += '\nM %s' % mobile
    if extra:
        s += '\n' + extra
    return s + '\n\n' + DISC + '\n'

# ============================================================ PHI / care
def care():
    # 001 ground transport for appointments
    d = rdt(tzh=0)
    body = """Hi team,

Can you please book the following for our traveller Mr Dariusz Wolny (Halberd Energy, account HALB-0042):

Tue 12 Nov - pick up 08:15 from the Westchase Crest Hotel, 10 Briarpark Dr, to the Memorial Ridge
outpatient entrance (Building B, not the main tower). He's booked in at 09:00 and will be about 2 hrs.
Driver to wait or come back for 11:15 - he'll call the driver directly.

Thu 14 Nov - same again, 07:45 pick up for an 08:30 slot, same return.

He's on crutches at the moment so a saloon with decent legroom please, NOT the minivan with the high
step. Driver to help with his bag in and out.

Bill to the Halberd duty-of-care account, not his own card. PO to follow from Marcus in finance.
Please confirm back to this address rather than to Mr Wolny, he's asked us to handle the bookings.

Thanks
Rafael
""" + sig('Rafael Montoya', 'Assistance Coordinator', mobile='+44 7700 900 417')
    add('phi', 'care', 'Dariusz Wolny',
        mk(RAFAEL, 'Metro Prime Chauffeurs - Bookings <bookings@metroprimecars.com>',
           'Car bookings 12 + 14 Nov - Wolny / Halberd', body, d, cc=ASSIST))

    # 002 night handover
    d = rdt(tzh=0, hours=(21, 23))
    body = """Night handover %s - my files

1) Priya Raman (Quillon) - still at Riverside Intl BKK, room 1412. Eating properly and walked the corridor
twice today with the physio. Husband Arjun lands BKK 23:40 on TG917, room booked for him at the Riverside
Residence next door (conf 88213), he knows visiting is till 21:00 only. Auren extended the GOP to the 22nd,
copy in the file. Treating team want to see her again Thurs before they talk about flying home.
To do overnight: ring the ward ~07:00 local (midnight UK) for the morning update and chase Auren about
whether she needs someone to fly back with her.

2) Halberd Lagos file - closed, final invoice went to finance at 16:30.

3) Ticket with IT about the phone bridge still open (INC0051127), no action for nights.

Shout if anything, I'm on my mobile till 23:00.
Nkechi

Nkechi Adeyemi RN
Medical Case Coordinator, Corvana Assist
""" % d.strftime('%d/%m')
    add('phi', 'care', 'Priya Raman',
        mk(NKECHI, OPSALL, 'Night handover %s' % d.strftime('%d/%m'), body, d))

    # 003 family member worried + reply
    d0 = rdt(tzh=0, hours=(6, 9))
    d1 = d0 + datetime.timedelta(minutes=97)
    orig_txt = """Hello,

My husband Tomás Ferreira works for Brightwater Engineering and is in Jakarta on the port project.
His colleague rang me this morning to say he was taken to hospital from the site last night and I
cannot reach him on his phone. Nobody from the company has told me which hospital he is in.

He is 52 and takes tablets for his blood pressure every morning and I don't know if he has them
with him. Please can someone call me on +351 912 448 073. I can fly out if I need to but I have
our two children here.

Thank you
Inês Ferreira"""
    body = """Dear Mrs Ferreira,

Thank you for writing, and I'm sorry you had such a worrying morning.

Tomás is at Jakarta Medika Pertama Hospital in South Jakarta. I spoke to the nurse on his ward at
10:20 (Jakarta time) - he is awake and comfortable and has eaten breakfast. His phone battery ran
out, which is why you couldn't get through. His colleague Mr Hartono is going to the site office
this afternoon to collect his bag, including his tablets and his charger, and will take them to him.

The doctors are doing some more checks today. I will call you at 14:00 Lisbon time with an update,
and there is no need for you to travel at this stage - if that changes we will arrange and pay for
the flight and hotel.

Our 24-hour line is +44 20 7946 0311 if you want to reach us before then; quote file CVA-%s.

Kind regards,
Joanna

%s""" % (digits(5), on_wrote(d0, 'Inês Ferreira <ines.ferreira.pt@mailbox-lusa.net>')) + '\n' + q(orig_txt) + '\n' + sig(
        'Joanna Kwiatkowska', 'Senior Assistance Coordinator')
    add('phi', 'care', 'Tomás Ferreira',
        mk(JOANNA, 'Inês Ferreira <ines.ferreira.pt@mailbox-lusa.net>',
           'RE: My husband - Jakarta', body, d1, cc=SAMW))

    # 004 rebooking with escort & wheelchair
    d = rdt(tzh=2)
    body = """Hi Fiona,

As discussed on the phone - Anneliese's doctor in Cape Town is happy for her to fly home on Sunday
9 March provided someone travels with her. Plan below, please OK the cost and I'll ticket today.

 - Cancel original return (LH 577 CPT-FRA 04 MAR), refund to Talmont UATP
 - New: LH 577 CPT-FRA Sun 09 MAR dep 19:55, 2 seats in Business row 1 (D/F) so she can keep
   the leg out straight and get in and out easily
 - Seat 2 is for the escort nurse - SkyBridge sending name + passport copy tomorrow
 - Wheelchair from check-in to aircraft door (WCHS) and meet & assist in FRA with chair to car
 - Car FRA to home address in Bad Homburg booked with Sixt chauffeur, estate car, 06:45
 - Fare difference approx EUR 3,940 incl. escort, to duty-of-care cost centre 7710

The airline wants the doctor's fit-to-fly dated within 72 hrs of travel, Nkechi is getting that
from the hospital on Friday.

Thanks,
Priyanka

Priyanka Shah
Senior Travel Consultant | Corvana Travel Management
T +44 20 7946 0288
"""
    add('phi', 'care', 'Anneliese Kroll',
        mk(PRIYANKA, FIONA, 'Rebook KROLL/ANNELIESE MS - CPT-FRA 09MAR + escort', body, d,
           cc=[NKECHI, ASSIST]))

    # 005 medication refill delivery to hotel
    d = rdt(tzh=8)
    scrip = pdf(['THE WELLBROOK SURGERY - 22 Station Road, Guildford GU1 4AP',
                 'Repeat prescription (copy)', '',
                 'Patient: Mr Graham Pettifer     DOB: 17/08/1966',
                 'Address: 9 Ashcombe Rise, Guildford GU2 7LT',
                 '', 'Atorvastatin 20mg tablets - one at night - 28',
                 'Ramipril 5mg capsules - one daily - 28',
                 '', 'Authorised: Dr K. Moorhouse  GMC 4471820', 'Issued 02/09/2024'])
    body = """Dear Sunrise Pharmacy team,

Following our call this morning, please could you arrange delivery to our traveller:

  Mr Graham Pettifer
  Harbour Crest Hotel, 18 Marina Way, room 2207
  mobile +44 7700 900 862

He has run out of his regular tablets - a copy of his UK repeat prescription is attached. If your
pharmacist needs a local prescription, Dr Tan at Orchard Family Clinic has agreed to see him by
video at 16:00 today and can send it straight to you.

30 days' supply of each please. Delivery to the hotel front desk before 20:00 is fine, the
concierge knows to expect it. Please invoice Corvana Travel Management against our account
SG-CVA-118 and reference our file number in the subject line.

Many thanks,
Lin Wei
""" + sig('Lin Wei', 'Assistance Coordinator - APAC', phone='+65 3159 0477')
    add('phi', 'care', 'Graham Pettifer',
        mk(LINWEI, 'Sunrise Pharmacy Orchard <orders@sunrisepharmacy-sg.com>',
           'Home delivery request - hotel guest - our ref CVA-%s' % digits(5), body, d,
           atts=[('Pettifer_repeat_prescription.pdf', 'application/pdf', scrip)]))

    # 006 line manager - home after repatriation
    d = rdt(tzh=0)
    body = """Hi both,

Kemi is home - landed LHR yesterday 06:10 and the ambulance took her straight to Reading as planned.
Her sister is staying with her for the first week.

Couple of things to confirm please:
- the home nurse visits you set up with Hearthside Home Care - I have Mon/Wed/Fri mornings for the
  first two weeks, is that right? Her sister asked whether they'll also help her shower.
- the shower chair and the raised toilet seat were meant to be delivered Tuesday, Kemi says nothing
  has turned up yet
- her team want to send flowers - is 14 Larkspur Close, Reading RG6 7TJ the right address? I don't
  want to go digging in HR records for it.

Also she asked me to say thank you to the nurse who flew back with her, she didn't catch her surname.

Cheers
Ben

Ben Adair | Health, Safety & Travel Risk Manager
Halberd Energy plc | M +44 7700 900 215
"""
    add('phi', 'care', 'Kemi Adebayo-Lewis',
        mk(BEN, [ASSIST, NKECHI], 'Kemi - home now, few follow ups', body, d))

    # 007 medevac mission confirmation
    d = rdt(tzh=3)
    mission = 'SB-%s-%s' % (d.strftime('%y'), digits(4))
    body = """MISSION CONFIRMATION - %s
Client: Corvana Assist   Your file: CVA-%s

Patient:        Mr Yusuf DEMIR, 41 yrs, 82 kg
Mobility:       stretcher to aircraft, able to sit for landing
From:           Parkview Hospital Nairobi, ward 3 east - bedside handover 05:30 EAT
Ground:         Parkview ambulance to JKIA GA terminal, dep 05:45
Aircraft:       Learjet 45 5Y-SBM, wheels up 07:15 EAT
ETA:            IST (Istanbul Airport) 12:40 TRT, tech stop HRG 40 min
Receiving:      Kadıköy Şifa Hastanesi, ward 5B, accepting physician Dr Elif Kaya
                (bed confirmed by phone 19:10 yesterday, name of night nurse Ayşe)
Crew:           1 flight nurse, 1 paramedic, 2 pilots
Companion:      brother Kerem Demir - passport copy needed by 18:00 today for the manifest

Please send the updated guarantee covering the tech stop before 20:00 EAT.
The treating team will give us the discharge letter and his medicines for the flight at handover.

Regards,
Jan de Wit
Operations Controller | SkyBridge Medevac
+31 20 794 6630 (24h) | ops@skybridgemedevac.net
""" % (mission, digits(5))
    add('phi', 'care', 'Yusuf Demir',
        mk(SKYOPS, ASSIST, 'Mission confirmation %s NBO-IST' % mission, body, d,
           cc=SAMW))

    # 008 hotel reply with request quoted
    d0 = rdt(tzh=1)
    d1 = d0 + datetime.timedelta(hours=2, minutes=13)
    req = """Dear Ms Lim,

Following our call, your guest Ms Chiara Benedetti will be coming back from the hospital tomorrow
afternoon (around 15:00). Could you please:

 - move her to a room near the lifts on a low floor - she will be slow on her feet for a while
 - arrange room service meals for the next 5 days, billed to Corvana (not to her room)
 - a bucket of ice twice a day, morning and evening
 - extend her stay until 23 January

Her colleague Mr Paolo Greco (room 814) will also be extending to the 23rd.

Many thanks,
Rafael Montoya
Corvana Assist"""
    body = """Dear Mr Montoya,

Thank you for your email. We have pre-assigned room 306, two doors from the lift, and our housekeeping
team will move Ms Benedetti's belongings before her arrival. Room service and ice are arranged as
requested and will be posted to the Corvana master account (ref GRP-CORV-0125). Both stays are now
extended to 23 January.

Please let us know her arrival time and our bell team will meet the car with a wheelchair.

Warm regards,
Melissa Lim
Guest Relations Manager
The Aldwych Park Hotel Milan | +39 02 8295 1100

""" + on_wrote(d0, 'Rafael Montoya <r.montoya@corvanatravel.com>') + '\n' + q(req) + '\n'
    add('phi', 'care', 'Chiara Benedetti',
        mk('Melissa Lim <guestrelations@aldwychpark-milan.com>', RAFAEL,
           'RE: Guest returning from hospital - Benedetti / Greco', body, d1,
           cc='Front Office <frontoffice@aldwychpark-milan.com>'))

# ============================================================ PHI / ids
def ids():
    # 001 insurer GOP query - no name
    d = rdt(tzh=-5)
    case = '24-%s' % digits(6)
    body = """Hi team,

We have received Riverside International Hospital's request for a guarantee of payment for the
above case. Before we can issue, please confirm:

1. Member number 7738201-04 under group policy QUI-GRP-00917 - the hospital face sheet shows
   DOB 14/02/1979 but our enrolment file has 14/12/1979. Please check with the member.
2. Admission 03/11 via ER, estimated length of stay 4 nights, hospital estimate THB 412,000.
3. Our medical team need the admission notes and the treating doctor's plan before we approve
   anything beyond the first 48 hours.
4. Was a pre-existing condition declared at enrolment? Our system shows a blank field.

We will issue an initial GOP for THB 150,000 on receipt of 1 and 2.

Kind regards,
Deborah Kline
Senior Case Manager | Auren Global Health
Direct +1 312 555 0176 | cases@aurenglobal.com

This message may contain confidential medical information and is intended only for the named recipient.
"""
    add('phi', 'ids', '',
        mk(DEBORAH, ASSIST, 'AGH Case %s - GOP request - Riverside Intl Bangkok' % case, body, d,
           cc=AUREN_CASES))

    # 002 hospital final invoice - partial name in pdf
    d = rdt(tzh=-6)
    inv = 'FS-%s' % digits(6)
    invoice = pdf(['HOSPITAL SANTA LUCIA DEL VALLE S.A. DE C.V.',
                   'Av. Lazaro Cardenas 2410, San Pedro Garza Garcia, N.L., Mexico',
                   '', 'ESTADO DE CUENTA / STATEMENT OF ACCOUNT   %s' % inv,
                   'Paciente / Patient: VILLALOBOS R.      HN 00492718',
                   'Ingreso 11/03/2025   Egreso 15/03/2025   Hab. 412',
                   'Referencia aseguradora: CVA-31877', '',
                   'Habitacion (4 dias) ............. MXN  38,400.00',
                   'Quirofano y recuperacion ........ MXN  96,750.00',
                   'Farmacia ........................ MXN  41,210.55',
                   'Laboratorio e imagen ............ MXN  27,980.00',
                   'Honorarios medicos .............. MXN 158,000.00',
                   'Deposito recibido ............... MXN (45,000.00)',
                   '', 'SALDO / BALANCE DUE ............. USD 18,420.55'])
    body = """Good afternoon,

Please find attached the final statement for patient HN 00492718, your reference CVA-31877.
Admission 11/03/2025, discharge 15/03/2025.

Outstanding balance after the deposit: USD 18,420.55. Payment terms 30 days from date of invoice.
Bank details are on page 1. Kindly confirm receipt and expected payment date.

Saludos,
C.P. Raúl Ibarra
Cuentas por Cobrar Internacionales
Hospital Santa Lucía del Valle
+52 81 5555 0143
"""
    add('phi', 'ids', 'R. Villalobos',
        mk('Cuentas Internacionales <cxc.internacional@hsantalucia-mty.com>', ASSIST,
           'Final statement %s - HN 00492718 / CVA-31877' % inv, body, d,
           atts=[('%s.pdf' % inv, 'application/pdf', invoice)]))

    # 003 one-liner with receipt attachment
    d = rdt(tzh=0)
    rec = pdf(['SHIBA KOEN CLINIC - Minato-ku, Tokyo', 'RECEIPT No. 2025-%s' % digits(6),
               'Patient ID: 0071-3390', 'Date of visit: 14/03/2025', '',
               'Consultation (initial) .......... JPY 9,800',
               'Laboratory ........................ JPY 4,500',
               'Dispensed medication .............. JPY 3,870',
               'TOTAL PAID (card) ................ JPY 18,170'])
    body = """Ravi - pls add the 14/3 clinic visit to claim 4410-92837, member QX7719203. Receipt attached,
paid by the member on own card so reimburse to member not provider.

thx
R.

Rafael Montoya | Corvana Assist | +44 20 7946 0311
"""
    add('phi', 'ids', '',
        mk(RAFAEL, RAVI, "claim 4410-92837 - add'l receipt", body, d,
           atts=[('receipt_0314.pdf', 'application/pdf', rec)]))

    # 004 insurer portal notification, HTML
    d = rdt(tzh=0)
    clm = 'SEN-CLM-00%s' % digits(8)
    txt = """Sentinel Travel Insurance - Claims Portal

Your claim has been updated.

Claim number:      %s
Member:            ****8812
Date of birth:     22/07/1986
Policy:            Corporate Business Travel - Talmont Consulting (TAL-CBT-2291)
Service:           Emergency department attendance and imaging
Date of service:   05/01/2025
Provider:          Hospital Boa Esperança, São Paulo
Status:            APPROVED - paid to provider
Amount:            BRL 6,340.00

To view the full decision letter, log in to the portal. Please do not reply to this message.

Sentinel Travel Insurance is a trading name of Sentinel Underwriting Services Ltd.
""" % clm
    h = ('<html><body style="font-family:Arial;font-size:13px"><div style="background:#1d3557;color:#fff;padding:10px">'
         '<b>Sentinel Travel Insurance</b> &middot; Claims Portal</div><p>Your claim has been updated.</p>'
         '<table cellpadding="4" style="border-collapse:collapse">'
         + ''.join('<tr><td style="color:#555">%s</td><td><b>%s</b></td></tr>' % (html.escape(a), html.escape(b)) for a, b in [
             ('Claim number', clm), ('Member', '****8812'), ('Date of birth', '22/07/1986'),
             ('Policy', 'Corporate Business Travel - Talmont Consulting (TAL-CBT-2291)'),
             ('Service', 'Emergency department attendance and imaging'), ('Date of service', '05/01/2025'),
             ('Provider', 'Hospital Boa Esperança, São Paulo'), ('Status', 'APPROVED - paid to provider'),
             ('Amount', 'BRL 6,340.00')])
         + '</table><p style="font-size:11px;color:#888">Please do not reply to this message.</p></body></html>')
    add('phi', 'ids', '',
        mk('Sentinel Claims Portal <no-reply@sentineltravel.net>', ASSIST,
           'Claim %s - status update' % clm, txt, d, html_body=h))

    # 005 airline MEDIF approval
    d = rdt(tzh=4)
    body = """MEDA REF MD-%s

PNR K7XQ2M  /  CORP ID HAL 204117
SEG 1  XA214  DXB-LHR  19FEB  Y
PAX 1  (see PNR)

MEDIF APPROVED WITH CONDITIONS:
 - WCHC BOTH ENDS, AISLE CHAIR TO SEAT
 - 3 SEATS ROW 14 DEF BLOCKED FOR LEG ELEVATION, PAX TO SIT 14F
 - OXYGEN NOT REQUIRED
 - STRETCHER NOT REQUIRED
 - MEDICAL ESCORT REQUIRED X1 (NURSE) - ESCORT NAME TO BE ADDED TO PNR BY 17FEB
 - SIGNED FIT TO FLY FROM TREATING PHYSICIAN DATED WITHIN 72HRS TO BE CARRIED

APPROVAL VALID FOR THIS SEGMENT ONLY. ANY CHANGE OF FLIGHT REQUIRES NEW MEDIF.

XA MEDICAL DESK - DUBAI
TEL +971 4 555 0190  FAX +971 4 555 0191
""" % digits(5)
    add('phi', 'ids', '',
        mk('XA Medical Clearance <medif@xa-airways-medical.com>', PRIYANKA,
           'MEDIF APPROVAL K7XQ2M HAL204117', body, d, cc=ASSIST))

    # 006 HR payroll - employee number, DOB
    d = rdt(tzh=0)
    body = """Hi Corvana team,

For employee E-30981 (DOB 1986-03-09, international assignee, Lima) we need two things to process
the sick pay top-up under the assignment policy:

 - the Auren case number for the hospital stay in Lima, and
 - the admission and discharge dates.

The assignee's fit note from her GP covers 02/04 to 16/04. Payroll cut-off is the 20th.

Please reply with the case number and dates only - we don't need and shouldn't hold the medical
report on the HR file.

Thanks
Fiona

Fiona Grant
People Partner - Global Mobility | Talmont Consulting
"""
    add('phi', 'ids', '',
        mk(FIONA, ASSIST, 'E-30981 - overseas sick leave / insurer ref', body, d))

    # 007 forwarded admission notification as attached message
    d0 = rdt(tzh=3, hours=(0, 5))
    d1 = d0 + datetime.timedelta(hours=3, minutes=12)
    inner_body = """Dear Sir/Madam,

We wish to notify you of the admission of a patient presenting your company's assistance card:

Passport no.:    P8821937 (GBR)
Assistance card: CVA-HAL-55102
Admitted:        02/05/2025 03:40 via Emergency
Ward:            High Dependency Unit, bed 7
Admitting:       Dr W. Kamau, Internal Medicine

The patient is stable. A deposit of KES 350,000 or a guarantee of payment is required within
12 hours. Please send the GOP to admissions.intl@parkviewnairobi.org.

Regards,
International Patients Office
Parkview Hospital Nairobi | +254 20 555 0712
"""
    inner = mk('International Patients Office <admissions.intl@parkviewnairobi.org>', ASSIST,
               'Admission notification - Passport P8821937', inner_body, d0)
    body = """Carla, Ben -

FYI, admission notification below (attached). We're matching the passport number against your
traveller profiles now; the card number points to the Mombasa Road project team. Nkechi is calling
the HDU. GOP will go out under your account once Auren confirms - I'll update within the hour.

Please don't reply-all with any names, we'll confirm identity by phone.

Helen
""" + sig('Helen Achterberg', 'Duty of Care Desk Lead', mobile='+44 7700 900 120')
    add('phi', 'ids', '',
        mk(HELEN, [CARLA, BEN], 'FW: Admission notification - Passport P8821937', body, d1,
           cc=NKECHI, atts=[inner]))

    # 008 finance reimbursement dispute with subscriber id
    d = rdt(tzh=0)
    body = """Dear Claims Team,

Account 55-3091-778 / your claim NM-2024-0047781 / subscriber ID NMX-4471902

We paid the provider invoice for the ground and air ambulance leg LOS-JNB on 28/08 on behalf of
the member (SkyBridge invoice SB-INV-20931, USD 41,800). Your remittance dated 12/09 shows USD 0.00
with reason code CO-27 "expenses incurred after coverage terminated 31/08".

The member's certificate of insurance (copy attached previously, 04/09) shows cover to 31/12 and the
transfer took place on 27/08 with the hospital discharge the same day. Could you please review and
reprocess, or tell us which date you are holding as the termination date.

Regards,
Marcus Feld
Finance Manager - Assistance Disbursements
Corvana Travel Management | +44 20 7946 0340

""" + DISC
    add('phi', 'ids', '',
        mk(MARCUS, NORTHGATE, 'NM-2024-0047781 - zero pay / coverage dates', body, d))

# ============================================================ PHI / lang
def lang():
    # 001 Spanish - GOP request from Monterrey hospital
    d = rdt(tzh=-6, hours=(10, 16))
    hoja = pdf(['HOSPITAL SANTA LUCIA DEL VALLE - HOJA DE INGRESO',
                'Paciente: MARSH, KEVIN ANDREW     Edad: 47     Sexo: M',
                'Pasaporte: 5490XXXX (EUA)   Tel. contacto: +1 555 0193',
                'Fecha/hora ingreso: %s 09:42   Servicio: Urgencias' % d.strftime('%d/%m/%Y'),
                'Motivo: dolor abdominal en fosa iliaca derecha, 14 h de evolucion, fiebre 38.3',
                'Impresion diagnostica: apendicitis aguda probable',
                'Medico tratante: Dr. Fernando Trevino Garza - Cirugia General',
                'Aseguradora: Sentinel Travel Insurance / Asistencia: Corvana CVA-BWE-60318'])
    body = """Buenas tardes,

Por medio del presente les informamos que el día de hoy ingresó a nuestro servicio de Urgencias el
Sr. Kevin Marsh, de 47 años, quien presentó su tarjeta de asistencia Corvana (no. CVA-BWE-60318) y
póliza de Sentinel Travel Insurance.

Diagnóstico de ingreso: dolor abdominal agudo, probable apendicitis. El Dr. Fernando Treviño
(Cirugía General) indica apendicectomía laparoscópica el día de hoy.

Presupuesto estimado: $148,500.00 MXN (incluye honorarios médicos, quirófano, 2 días de
hospitalización y medicamentos).

Para proceder sin depósito solicitamos carta de garantía de pago a nombre de Hospital Santa Lucía
del Valle S.A. de C.V., a más tardar a las 18:00 hrs (hora local). Se anexa hoja de ingreso y copia
de identificación.

Quedamos atentos a sus comentarios.

Saludos cordiales,

Lic. Mariana Garza Leal
Coordinación de Aseguradoras y Convenios Internacionales
Hospital Santa Lucía del Valle
Tel. +52 81 5555 0120 ext. 2214
"""
    add('phi', 'lang', 'Kevin Marsh',
        mk('Mariana Garza Leal <convenios@hsantalucia-mty.com>', ASSIST,
           'Solicitud de carta de garantía - Sr. Kevin Marsh - Urgencias', body, d,
           cc=RAFAEL, atts=[('hoja_ingreso_MARSH.pdf', 'application/pdf', hoja)]))

    # 002 Portuguese - discharge summary
    d = rdt(tzh=-3)
    body = """Prezados,

Segue o resumo de alta do paciente Sr. Henrik Solberg, nascido em 02/11/1971, internado no Hospital
Boa Esperança de 21/08 a 26/08.

Diagnóstico principal: pneumonia adquirida na comunidade (lobo inferior direito).
Evolução: boa resposta à antibioticoterapia endovenosa (ceftriaxona + azitromicina), afebril desde
24/08, saturação 97%% em ar ambiente na alta.

Prescrição de alta:
 - amoxicilina + clavulanato 875/125 mg, 12/12h por 7 dias
 - paracetamol 750 mg se dor ou febre

Recomendações: repouso relativo, retorno ambulatorial em 10 dias (ou no país de origem).
Do ponto de vista clínico, o paciente está liberado para voo comercial a partir de 28/08, sem
necessidade de acompanhante ou oxigênio.

A conta hospitalar final (R$ 47.815,30) foi encaminhada ao setor de faturamento da Auren.

Atenciosamente,

Dra. Camila Vasconcelos
CRM-SP 148.203
Serviço de Atendimento Internacional
Hospital Boa Esperança - São Paulo
+55 11 5555 0188
""" % ()
    add('phi', 'lang', 'Henrik Solberg',
        mk('Atendimento Internacional <internacional@hboaesperanca.com>', ASSIST,
           'Resumo de alta - Henrik Solberg', body, d, cc=DEBORAH))

    # 003 French - extension request, Abidjan
    d = rdt(tzh=0)
    body = """Madame, Monsieur,

Nous accusons réception de votre lettre de garantie n° GOP-%s du %s.

Le patient M. Étienne Rousseau, admis le 14/10 pour un paludisme grave à P. falciparum, est toujours
hospitalisé dans notre unité de soins intensifs. Le bilan de ce matin montre une parasitémie en nette
baisse (0,4 %% contre 6 %% à l'admission), mais la fonction rénale reste à surveiller (créatinine
168 µmol/l). Il reçoit de l'artésunate IV, relais per os prévu dans 24 à 48 heures.

Le Dr Kouassi estime qu'un transfert ne sera pas envisageable avant 3 jours. Nous sollicitons donc
une extension de la prise en charge de 3 jours supplémentaires (estimation : 2 850 000 FCFA).

Son épouse a appelé ce matin ; nous lui avons donné le numéro de votre plateforme.

Dans l'attente de votre retour, veuillez agréer nos salutations distinguées.

Service des Admissions et Prises en Charge
Clinique Les Palmiers - Cocody, Abidjan
Tél. +225 27 22 55 01 40
""" % (digits(5), (d - datetime.timedelta(days=2)).strftime('%d/%m'))
    add('phi', 'lang', 'Étienne Rousseau',
        mk('Clinique Les Palmiers - Prises en charge <pec@cliniquelespalmiers.net>', ASSIST,
           'Demande de prolongation PEC - M. Étienne ROUSSEAU', body, d, cc=SIMON))

    # 004 Chinese - clinic visit report
    d = rdt(tzh=8)
    body = """林先生您好：

关于贵司客户 Quillon 制药的员工 张伟明（护照号 E%s），今天上午 9:20 到我院急诊就诊。

主诉：发热三天，咽痛，吞咽困难。
查体：体温 38.9℃，双侧扁桃体 II 度肿大，可见脓点。
血常规：白细胞 14.2×10^9/L，中性粒细胞 82%%。
诊断：急性化脓性扁桃体炎。

处理：已静脉补液一次，开具口服阿莫西林克拉维酸钾 7 天及布洛芬。医生建议三天后复诊，如仍发热需再次就诊。
患者本人表示明天下午的会议可以参加，但建议本周内避免乘坐长途航班。

本次费用共计人民币 2,860 元，已按直付协议处理，发票和病历附件稍后由财务发送。

如有问题请随时联系我。

祝好，
周晓梅
国际患者服务部
上海碧港国际诊所
电话：+86 21 5555 0166
""" % digits(8)
    add('phi', 'lang', '张伟明 (Zhang Weiming)',
        mk('周晓梅 <ips@jadeharbourclinic.com>', LINWEI,
           '就诊情况反馈 - 张伟明 (Quillon)', body, d))

    # 005 Arabic - cardiac admission, GOP request
    d = rdt(tzh=4)
    body = """السيد عمر حداد المحترم،
تحية طيبة وبعد،

نود إعلامكم بأن المريض السيد فيصل العتيبي، تاريخ الميلاد 1981/05/19، الموظف لدى شركة Halberd Energy،
قد أُدخل إلى قسم الطوارئ في مستشفى الواحة التخصصي مساء أمس الساعة 22:15 إثر ألم حاد في الصدر.

أظهر تخطيط القلب تغيرات تستدعي المتابعة، وارتفع مستوى التروبونين في الفحص الثاني، وقد تم نقله إلى
وحدة العناية القلبية المركزة. يوصي استشاري أمراض القلب د. سامر الخطيب بإجراء قسطرة قلبية تشخيصية
صباح الغد.

التكلفة التقديرية للإجراء والإقامة لمدة ثلاثة أيام: 68,000 درهم إماراتي.

نرجو التكرم بإرسال خطاب ضمان الدفع قبل الساعة 8:00 صباحاً بتوقيت دبي حتى لا يتأخر الإجراء.
كما نرجو إبلاغ جهة العمل بأن زوجته موجودة معه في المستشفى.

وتفضلوا بقبول فائق الاحترام،

قسم شؤون المرضى الدوليين
مستشفى الواحة التخصصي - دبي
هاتف: 0190 555 4 971+
"""
    add('phi', 'lang', 'فيصل العتيبي (Faisal Al-Otaibi)',
        mk('International Patient Affairs <ipa@alwahahospital.com>', OMAR,
           'طلب خطاب ضمان دفع - المريض فيصل العتيبي', body, d, cc=ASSIST))

    # 006 Vietnamese - desk asks hospital for medical report
    d = rdt(tzh=7)
    body = """Kính gửi Phòng Khách hàng Quốc tế - Bệnh viện Quốc tế Sài Gòn Lotus,

Tôi là Phạm Minh Tuấn, điều phối viên của Corvana Assist (đơn vị hỗ trợ của công ty Brightwater
Engineering). Chúng tôi đang theo dõi trường hợp bệnh nhân Nguyễn Thanh Hải, sinh ngày 09/05/1990,
nhập viện ngày 17/06 sau tai nạn xe máy ở Quận 7, chẩn đoán gãy xương đòn trái và trầy xước nhiều nơi.

Công ty bảo hiểm Auren Global Health cần báo cáo y tế cập nhật để gia hạn bảo lãnh viện phí sau
ngày 20/06. Xin vui lòng gửi cho chúng tôi:
 1. Tóm tắt bệnh án và kết quả phim X-quang
 2. Kế hoạch điều trị (có mổ kết hợp xương hay không)
 3. Dự kiến ngày xuất viện và khả năng đi máy bay về Singapore

Mẹ của anh Hải sẽ đến thăm chiều nay, bà có thể ký giấy đồng ý cung cấp thông tin nếu bệnh viện yêu cầu.

Xin cảm ơn và trân trọng,

Phạm Minh Tuấn
Điều phối viên hỗ trợ | Corvana Assist
ĐT: +84 28 5555 0147 (24/7)
"""
    add('phi', 'lang', 'Nguyễn Thanh Hải',
        mk(TUAN, 'Phòng Khách hàng Quốc tế <international@saigonlotushospital.com>',
           'Yêu cầu báo cáo y tế - BN Nguyễn Thanh Hải - Corvana Assist', body, d, cc=DEBORAH))

    # 007 Polish - wife writes from phone
    d = rdt(tzh=1, hours=(5, 8))
    body = """Dzień dobry Pani Joanno,

piszę w sprawie męża, Piotra Zielińskiego (Brightwater, projekt w Singapurze). Wczoraj wieczorem
dzwonił, że od trzech dni ma wysoką gorączkę, bolą go stawy i ma wysypkę na rękach. Był w klinice
koło hotelu i lekarz powiedział, że to może być denga i że jutro trzeba powtórzyć badanie krwi.

Bardzo się martwię, bo był sam w pokoju i ledwo mówił. Czy ktoś może do niego zadzwonić albo go
odwiedzić? I czy ubezpieczenie pokryje szpital, jeśli będzie musiał zostać?

Jego numer tam to +65 8155 0293, hotel Harbour Crest, pokój 1518.

Dziękuję bardzo,
Agnieszka Zielińska
tel. +48 601 555 284

Wysłane z iPhone'a
"""
    add('phi', 'lang', 'Piotr Zieliński',
        mk('Agnieszka Zielińska <aga.zielinska@pocztaonline.net>', JOANNA,
           'Mąż - Piotr Zieliński - Singapur', body, d))

    # 008 Russian - Almaty discharge with invoice
    d = rdt(tzh=5)
    schet = pdf(['MEDITSINSKIY TSENTR ALTYN TAU, Almaty', 'Schet No. AT-%s' % digits(5),
                 'Patsient: Sokolov D.A.', 'Konsultatsiya travmatologa ..... 18 500 KZT',
                 'Rentgenografiya (2 proektsii) ... 14 900 KZT',
                 'Repozitsiya, gipsovaya longeta ... 96 000 KZT',
                 'Kontrolnaya rentgenografiya ..... 14 900 KZT',
                 'Medikamenty ..................... 42 100 KZT', 'ITOGO: 186 400 KZT'])
    body = """Уважаемые коллеги,

направляем выписку по пациенту Соколову Дмитрию Андреевичу, 14.09.1983 г.р., сотруднику компании
Brightwater Engineering.

Обратился 03.02 в 19:40 после падения на льду у гостиницы. Диагноз: закрытый перелом дистального
метаэпифиза лучевой кости справа без значительного смещения. Проведена закрытая репозиция под
местной анестезией, наложена гипсовая лонгета. Контрольный снимок - стояние удовлетворительное.

Рекомендовано:
- ношение лонгеты 4-5 недель, косынка;
- ибупрофен 400 мг при болях, не более 3 раз в сутки;
- контрольный рентген через 7 дней (можно по месту жительства);
- авиаперелёт разрешён, желательно место у прохода.

Счёт на сумму 186 400 тенге прилагается. Просим подтвердить оплату по гарантийному письму.

С уважением,
Айгерим Нурланова
администратор по работе со страховыми компаниями
Медицинский центр «Алтын Тау», г. Алматы
тел. +7 727 355 0148
"""
    add('phi', 'lang', 'Дмитрий Соколов (Dmitry Sokolov)',
        mk('Айгерим Нурланова <insurance@altyntau-med.net>', ASSIST,
           'Выписка и счёт - Соколов Д.А.', body, d,
           atts=[('schet_Sokolov.pdf', 'application/pdf', schet)]))

# ============================================================ PHI / lists
def lists():
    # 001 open files tracker, pipe table
    d = rdt(tzh=0, hours=(6, 8))
    rows = [('CVA-%s' % digits(5), 'Priya Raman', 'Quillon', 'Bangkok', 'Riverside Intl', 'Inpatient d6, mobilising', 'Fit-to-fly review Thu'),
            ('CVA-%s' % digits(5), 'Kevin Marsh', 'Brightwater', 'Monterrey', 'HSL del Valle', 'Post-op appendix d1', 'GOP ext. if LOS >2'),
            ('CVA-%s' % digits(5), 'Étienne Rousseau', 'Brightwater', 'Abidjan', 'Cl. Les Palmiers', 'ICU - severe malaria', 'Dr Leclerc peer call 10:00'),
            ('CVA-%s' % digits(5), 'Yui Nakamura', 'Quillon', 'Hanoi', 'Hanoi Family Intl', 'Dengue, plt 42', 'Daily labs'),
            ('CVA-%s' % digits(5), 'Michael Strand', 'Brightwater', 'Lagos', 'Marina Bay', 'Appendicectomy done', 'Discharge plan'),
            ('CVA-%s' % digits(5), 'Lucien Baptiste', 'Talmont', 'Nice', 'Hop. Pasteur-Riviera', 'Post stent, discharged', 'No long-haul till 2wk')]
    w = [10, 17, 12, 10, 20, 27, 26]
    hdr = ('Case', 'Traveller', 'Client', 'City', 'Facility', 'Status', 'Next')
    line = lambda r: '| ' + ' | '.join(str(c).ljust(w[i]) for i, c in enumerate(r)) + ' |'
    table = '\n'.join([line(hdr), '|' + '|'.join('-' * (x + 2) for x in w) + '|'] + [line(r) for r in rows])
    body = """Morning all,

Open medical files as at 07:00 UTC. Please update the tracker in AssistTrack, not this email.

%s

New overnight: none. Closed yesterday: 2 (Halberd Lagos, Talmont Cape Town).
Reminder that the Auren weekly call moved to 15:30.

H
""" % table + sig('Helen Achterberg', 'Duty of Care Desk Lead')
    h = ('<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>Morning all,</p>'
         '<p>Open medical files as at 07:00 UTC. Please update the tracker in AssistTrack, not this email.</p>'
         '<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:10pt"><tr>'
         + ''.join('<th style="background:#d9e7ea">%s</th>' % c for c in hdr) + '</tr>'
         + ''.join('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in r) + '</tr>' for r in rows)
         + '</table><p>New overnight: none. Closed yesterday: 2 (Halberd Lagos, Talmont Cape Town).<br>'
         'Reminder that the Auren weekly call moved to 15:30.</p><p>H</p></body></html>')
    add('phi', 'lists', '; '.join(r[1] for r in rows),
        mk(HELEN, OPSALL, 'Open medical files - %s' % d.strftime('%a %d %b'), body, d, html_body=h))

    # 002 vaccination status CSV from client HSE
    d = rdt(tzh=0)
    people = [('Owen Pritchard', 'BW-10442', '12/01/1984', 'Y', '2019-03-11', 'Y', 'Y', 'Atovaquone/proguanil', ''),
              ('Sadia Chowdhury', 'BW-11873', '30/06/1991', 'N', '', 'Y', 'N', '', 'egg allergy - needs YF exemption letter'),
              ('Jonas Lindqvist', 'BW-09210', '05/09/1979', 'Y', '2016-10-02', 'Y', 'Y', 'Doxycycline', ''),
              ('Ruth Abernethy', 'BW-12005', '21/02/1988', 'N', '', 'N', 'N', '', 'booked Wayfarer 14th'),
              ('Tariq Bashir', 'BW-10931', '08/11/1976', 'Y', '2012-05-19', 'Y', 'Y', 'Mefloquine', 'had bad dreams on it last time, wants alternative'),
              ('Lena Hofmann', 'BW-12214', '17/04/1995', 'N', '', 'Y', 'Y', '', 'currently pregnant - GP advising'),
              ('Craig Mullen', 'BW-08877', '25/12/1969', 'Y', '2008-01-30', 'N', 'Y', 'Atovaquone/proguanil', 'on warfarin - check interaction')]
    data = csv_text([('Name', 'Emp ID', 'DOB', 'YF cert', 'YF date', 'Hep A', 'Typhoid', 'Malaria prophylaxis', 'Notes')] + people)
    body = """Hi Corvana,

Attached is where we are with vaccinations for the Takoradi mobilisation (flying 3rd of next month).
Three still don't have a yellow fever certificate - can Wayfarer fit them in this week? Sadia and
Lena will need a chat with a travel nurse rather than just a jab appointment.

Also Tariq has asked not to be put on the same malaria tablets as last time.

Sam

Sam Whitcombe | HSE Manager - West Africa Projects
Brightwater Engineering | +44 161 496 0727
"""
    add('phi', 'lists', '; '.join(p[0] for p in people),
        mk(SAMW, ASSIST, 'Takoradi mob - vax status', body, d,
           cc='Wayfarer Travel Clinics <corporate@wayfarerclinics.com>',
           atts=[('Takoradi_vax_tracker.csv', 'text/csv', data)]))

    # 003 quarterly report, xlsx only
    d = rdt(tzh=0)
    cases = [('CVA-%s' % digits(5), 'Priya Raman', '03/07', 'Thailand', 'Riverside Intl', 'Inpatient - gastro bleed', 'Repatriated w/ escort', 38210),
             ('CVA-%s' % digits(5), 'Yui Nakamura', '11/07', 'Vietnam', 'Hanoi Family Intl', 'Dengue fever', 'Recovered in country', 6420),
             ('CVA-%s' % digits(5), 'Marco Bellini', '19/07', 'Singapore', '-', 'Pre-travel advice (insulin)', 'Advice only', 0),
             ('CVA-%s' % digits(5), 'Zhang Weiming', '02/08', 'China', 'Jade Harbour Clinic', 'Tonsillitis', 'Outpatient', 410),
             ('CVA-%s' % digits(5), 'Dan Kowalczyk', '14/08', 'Indonesia', 'Ubud Medika', 'Dog bite - rabies PEP', 'PEP course completed', 2980),
             ('CVA-%s' % digits(5), 'Harriet Coles', '27/08', 'USA', 'Bayshore Urgent Care', 'Sprained ankle', 'Outpatient', 1150),
             ('CVA-%s' % digits(5), 'Vikram Nair', '09/09', 'Germany', 'Klinikum Nord', 'Kidney stone', 'Inpatient 2 nights', 7885)]
    x = xlsx([('Case', 'Traveller', 'Opened', 'Country', 'Facility', 'Reason', 'Outcome', 'Cost USD')] + cases,
             sheet='Q3 cases')
    body = """Hi Aditi,

Please find attached the Q3 medical assistance report for Quillon.

Headlines: 7 medical files (Q2: 5), one repatriation with medical escort, no air ambulance.
Total medical cost USD 57,055, of which USD 56,645 was recovered from Auren under the group policy.
Average time to guarantee of payment was 2h 10m.

Happy to walk through it on our QBR on the 24th.

Best,
Grace

Grace Otieno
Account Manager - Duty of Care | Corvana Travel Management
T +44 20 7946 0352
"""
    add('phi', 'lists', '; '.join(c[1] for c in cases),
        mk(GRACE, ADITI, 'Quillon - Q3 medical assistance report', body, d,
           html_body=to_html(body),
           atts=[('Quillon_Q3_medical_cases.xlsx',
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]))

    # 004 fit-to-travel outstanding, "Name - DOB - reason" lines
    d = rdt(tzh=0)
    lst = [('HOLLIS, Craig', '03/06/1975', 'awaiting BP recheck after GP review'),
           ('OYELARAN, Femi', '19/10/1982', 'needs updated letter from diabetes clinic (HbA1c)'),
           ('MacLEAN, Struan', '28/01/1990', 'post-op shoulder - surgeon clearance pending'),
           ('DUARTE, Paulo', '07/07/1971', 'sleep study result outstanding (OSA, CPAP on site?)'),
           ('KERR, Alison', '15/03/1986', 'fit - paperwork only, signature missing')]
    body = """Good morning,

Fit-to-travel status for the Halberd November rotation (North Sea > Takula). The following are
NOT yet cleared and should not be ticketed until we confirm:

""" + '\n'.join('%s - %s - %s' % r for r in lst) + """

Everyone else on the rotation list of 14/10 is cleared, certificates uploaded to the portal.

We'll update by close of play Thursday.

Kind regards,
Dr Rhona Baird
Occupational Physician | Kestrel Occupational Health
T +44 1224 555 031
"""
    add('phi', 'lists', '; '.join(r[0] for r in lst),
        mk(KESTREL, [PRIYANKA, BEN], 'Fit to travel - Nov rotation - outstanding', body, d, cc=ASSIST))

    # 005 incident accountability after earthquake, tab aligned
    d = rdt(tzh=3)
    rows = [('Amelia Stroud', 'Izmir - Swissôtel Kordon', 'SAFE', 'no injuries, staying in hotel'),
            ('Burak Ozturk', 'Izmir - own apt', 'SAFE', 'family ok'),
            ('Neil Ferguson', 'Izmir - Swissôtel Kordon', 'INJURED', 'cut to forearm from glass, 6 stitches at Ege Uni ER, discharged'),
            ('Yasmin Khouri', 'Manisa site office', 'SAFE', 'moved to Istanbul office'),
            ('Greg Dunleavy', 'Izmir - Hilton', 'INJURED', 'twisted knee on stairs during evacuation, seen by hotel doctor'),
            ('Sinead Walsh', 'Izmir - Hilton', 'UNCONFIRMED', 'phone off, hotel says checked out 07:10')]
    tbl = 'Name\tLocation\tStatus\tNotes\n' + '\n'.join('\t'.join(r) for r in rows)
    body = """Carla,

Accountability for Halberd travellers in the Izmir region following this morning's M6.1 earthquake,
as at 11:00 local:

%s

5 of 6 accounted for. Still trying Sinead via her line manager and the airline (she was booked
ADB-IST 09:30). Neil and Greg are both back at their hotels and don't need anything further from
us medically; we've offered them early return flights.

Next update 13:00.

Helen
""" % tbl + sig('Helen Achterberg', 'Duty of Care Desk Lead', mobile='+44 7700 900 120')
    add('phi', 'lists', '; '.join(r[0] for r in rows if r[2] == 'INJURED'),
        mk(HELEN, CARLA, 'Izmir earthquake - traveller accountability 11:00', body, d,
           cc=[BEN, ASSIST], extra={'Importance': 'High', 'X-Priority': '1'}))

    # 006 medevac invoice reconciliation pasted from sheet
    d = rdt(tzh=1)
    rows = [('SB-24-0917', '14/09', 'DEMIR Yusuf', 'NBO-IST', 'SB-INV-21044', '62,300.00', 'OK'),
            ('SB-24-0931', '22/09', 'STRAND Michael', 'LOS-LHR (comm. escort)', 'SB-INV-21102', '11,480.00', 'escort fees x2 days?'),
            ('SB-24-0944', '29/09', 'RAMAN Priya', 'BKK-LHR (comm. escort)', 'SB-INV-21131', '9,960.00', 'OK'),
            ('SB-24-0952', '03/10', 'OKONKWO Chidi', 'ACC-LHR (comm. escort)', 'SB-INV-21187', '10,215.00', 'business seat billed twice'),
            ('SB-24-0960', '08/10', 'ADEBAYO-LEWIS Kemi', 'DXB-LHR air amb.', 'SB-INV-21203', '71,900.00', 'PO missing')]
    tbl = 'Mission\tDate\tPatient\tRoute\tInvoice\tUSD\tQuery\n' + '\n'.join('\t'.join(r) for r in rows)
    body = """Hi Jan,

Going through September/October before month end. Pasted from our recon sheet - three queries:

%s

0931 - we agreed a flat escort day rate, can you check why it's 2 days plus per diem?
0952 - the escort's business seat appears on the invoice and also on our own ticketing, please credit.
0960 - no PO, I'll raise one today, no action your side.

Thanks,
Marcus
""" % tbl + sig('Marcus Feld', 'Finance Manager - Assistance Disbursements', phone='+44 20 7946 0340')
    add('phi', 'lists', '; '.join(r[2] for r in rows),
        mk(MARCUS, 'Jan de Wit <j.dewit@skybridgemedevac.net>', 'Sep/Oct invoices - recon queries', body, d,
           cc='SkyBridge Accounts <accounts@skybridgemedevac.net>'))

    # 007 insurer bordereau excerpt, dashed columns
    d = rdt(tzh=0)
    rows = [('SEN-0088301927', 'TAL-0412', 'HOLM, Erik', '05/01/25', 'S52.5 Fx distal radius', '4,100'),
            ('SEN-0088302210', 'TAL-0388', 'OKAFOR, Joy', '11/01/25', 'A09 Gastroenteritis', '1,250'),
            ('SEN-0088302597', 'QUI-1170', 'MARSH, Kevin', '19/01/25', 'K35.8 Acute appendicitis', '9,800'),
            ('SEN-0088302688', 'TAL-0455', 'TRAN, Jessica', '22/01/25', 'R10.4 Abdominal pain', '2,040'),
            ('SEN-0088303012', 'BRW-2231', 'NAIR, Vikram', '30/01/25', 'N20.0 Renal calculus', '7,885')]
    hdr = ('Claim no', 'Member', 'Insured', 'DOL', 'Cause', 'Reserve GBP')
    w = [16, 10, 16, 10, 26, 11]
    fmt = lambda r: '  '.join(str(c).ljust(w[i]) for i, c in enumerate(r))
    tbl = '\n'.join([fmt(hdr), '  '.join('-' * x for x in w)] + [fmt(r) for r in rows])
    body = """Hi Marcus,

Below is the January bordereau excerpt for the files where your disbursement figure doesn't match our
reserve. Could your team check and send corrected amounts, or evidence of payment, by the 14th?

%s

The Holm and Nair files look like currency conversion differences only.

Regards,
Ravi Menon
Claims Technician - Corporate Travel | Sentinel Travel Insurance
T +44 113 496 0582
""" % tbl
    add('phi', 'lists', '; '.join(r[2] for r in rows),
        mk(RAVI, MARCUS, 'January bordereau - disbursement mismatches', body, d, cc=ASSIST))

# ============================================================ PHI / names
def names():
    # 001 medical director to nurse
    d = rdt(tzh=1)
    body = """Nkechi,

Spoke with Dr Somchai at Riverside about Mrs Halvorsen this morning. The cellulitis on the left lower
leg is clearly receding, she's on day 3 of IV antibiotics and they plan to switch to oral tomorrow if
the redness keeps going down. Temp normal for 36 hrs. She's a bit down about missing the rest of the
trip, her husband is with her.

I don't think she needs an escort. Business class with leg elevation and compression stockings should
be fine from Saturday; let's get the fit-to-fly dated Friday. Please let Auren know, they'll want the
discharge summary.

Simon

Dr Simon Leclerc MD FRCP
Medical Director, Corvana Assist
"""
    add('phi', 'names', 'Mrs Halvorsen',
        mk(SIMON, NKECHI, 'Halvorsen - BKK', body, d))

    # 002 name only in subject
    d = rdt(tzh=0)
    body = """Ben,

Stable overnight. Treating doc in Accra has signed him off as fit to fly with an escort from Thurs.
Cast on the right forearm, pain controlled on oral meds, eating and up and about on the ward.

SkyBridge have quoted both options:
 a) commercial, business class + flight nurse escort - approx USD 10.2k
 b) air ambulance - approx USD 68k

Medically (a) is fine and that's what we'd recommend. Need Halberd's sign-off on the cost before 14:00
to hold the Thursday seats.

Rafael
""" + sig('Rafael Montoya', 'Assistance Coordinator')
    add('phi', 'names', 'Chidi Okonkwo',
        mk(RAFAEL, BEN, 'Okonkwo, Chidi - repat update', body, d, cc=ASSIST))

    # 003 deep thread, name at bottom
    d0 = rdt(tzh=2)
    d1 = d0 + datetime.timedelta(minutes=48)
    d2 = d1 + datetime.timedelta(minutes=35)
    d3 = d2 + datetime.timedelta(minutes=22)
    hosp = """Dear Corvana Assist,

Re: Mr Benedikt Auer, admitted %s (your file CVA-%s)

Mr Auer's leg wound is healing more slowly than expected and Dr Nyambura wishes to continue the IV
antibiotics for a further 2 nights before changing to tablets. We request an extension of the
guarantee of payment to %s for an additional KES 210,000.

His wound swab results are attached to the portal.

Kind regards,
Patient Accounts
Parkview Hospital Nairobi""" % ((d0 - datetime.timedelta(days=4)).strftime('%d/%m'), digits(5), (d0 + datetime.timedelta(days=2)).strftime('%d/%m'))
    j1 = """Helen - Auren have OK'd the 2 extra nights (their ref AGH-25-%s, approval by D. Kline at 10:05).
OK to issue the revised GOP to Parkview? Amount KES 210k, to %s.

J.

""" % (digits(6), (d0 + datetime.timedelta(days=2)).strftime('%d/%m')) + orig('Parkview Patient Accounts <accounts@parkviewnairobi.org>', d0,
                       'Corvana Assist', 'GOP extension request') + '\n' + hosp
    h1 = """Yes in principle - but check the new total doesn't go over the USD 25k threshold, if it does it
needs my second signature in the system.

""" + on_wrote(d1, 'Joanna Kwiatkowska') + '\n' + q(j1)
    j2 = """Total with extension is USD 22,870 so under threshold. Sending now unless you shout.

""" + on_wrote(d2, 'Helen Achterberg') + '\n' + q(h1)
    body = """Agreed, go ahead and issue.
H

Sent from my phone

""" + on_wrote(d3 - datetime.timedelta(minutes=5), 'Joanna Kwiatkowska') + '\n' + q(j2)
    add('phi', 'names', 'Benedikt Auer',
        mk(HELEN, JOANNA, 'Re: GOP extension request', body, d3))

    # 004 nickname, site manager
    d = rdt(tzh=1, hours=(15, 20))
    body = """hi all

Big Mike (Michael Strand, our crane super) got taken to Marina Bay hospital in Lagos this arvo with
bad belly pain - they're saying appendix and want to operate tonight. he's a tough old so-and-so but
he sounded rattled on the phone.

can you sort the paperwork with the hospital so they don't hold him up for a deposit? they were
asking one of our drivers for cash. his wife is in Perth, he's asked us not to call her till after
the op.

cheers
Dave Rourke
Site Manager - Apapa Terminal Upgrade
Brightwater Engineering
+234 803 555 0116
"""
    add('phi', 'names', 'Michael Strand',
        mk('Dave Rourke <drourke@brightwatereng.net>', ASSIST, 'Mike in hospital - Lagos - urgent', body, d,
           cc=SAMW, extra={'X-Priority': '1'}))

    # 005 Last, First in subject + short update
    d = rdt(tzh=7)
    body = """Hi Deborah,

Platelets 42 this morning (61 yesterday), still on IV fluids, no bleeding, drinking well. Hospital
expects 2-3 more days before the count turns. Her manager has been told she won't make the Tokyo
leg next week.

I'll send the daily report as soon as Hanoi Family International emails it.

Tuan
""" + sig('Tuan Pham', 'Assistance Coordinator', phone='+84 28 5555 0147')
    add('phi', 'names', 'Yui Nakamura',
        mk(TUAN, DEBORAH, 'RE: Nakamura, Yui - dengue - Hanoi', body, d))

    # 006 first name only, internal chatty
    d = rdt(tzh=0)
    body = """Raf -

Sofia's back from Cancún! The cast comes off in 6 wks apparently. She wants to rebook the Lisbon
offsite for May (Talmont, 12-15th). Anything from your side before I book her? Does she need a
letter for the boot going through security, and should I ask for a wheelchair at LIS?

She also asked whether the insurer ever paid the hotel doctor - she's had a reminder from them.

ta
P
"""
    add('phi', 'names', 'Sofia',
        mk(PRIYANKA, RAFAEL, 'sofia - lisbon', body, d))

    # 007 account manager update to client travel manager
    d = rdt(tzh=0)
    body = """Hi Carla,

Quick update on Liam O'Rourke as promised. He was discharged from Parkview Hospital Nairobi this
morning after the two nights for the food poisoning and dehydration. He's back at the hotel, eating
and drinking normally.

The doctor's note says no flying for 48 hours so we've moved him onto Saturday's KQ100 rather than
tonight. Auren have paid the hospital direct, so nothing for him to settle. I'll close the file once
he's home and send you the one-page summary.

Best,
Grace
""" + sig('Grace Otieno', 'Account Manager - Duty of Care', phone='+44 20 7946 0352')
    add('phi', 'names', "Liam O'Rourke",
        mk(GRACE, CARLA, "Liam O'Rourke - discharged", body, d, html_body=to_html(body)))

    # 008 insurer case manager, HTML
    d = rdt(tzh=-5)
    body = """Dear Corvana Assist,

Following Mr. Lucien Baptiste's discharge from Hôpital Pasteur-Riviera in Nice on 17/02 after the
placement of two coronary stents, the treating cardiologist (Dr. Anne-Sophie Mercier) recommends:

 - no long-haul flights for 14 days, i.e. earliest return to Montreal 03/03
 - dual antiplatelet therapy (aspirin + ticagrelor) for 12 months - he has 30 days' supply
 - follow-up with his own cardiologist within 4 weeks of return

Northgate will cover up to 14 nights of extended accommodation at the Nice hotel and a business
class return with no escort. Please rebook accordingly and send us the invoice for the additional
nights under claim NM-2025-0051127.

Sincerely,
Patricia Owusu, RN
International Case Manager
Northgate Mutual | +1 617 555 0134
"""
    add('phi', 'names', 'Lucien Baptiste',
        mk('Patricia Owusu <powusu@northgatemutual.com>', ASSIST, 'Mr. Baptiste - cardiology follow-up / return travel',
           body, d, html_body=to_html(body, font='Georgia, serif'), cc=NORTHGATE))

# ============================================================ PHI / self
def selfk():
    # 001 dog bite, phone
    d = rdt(tzh=8)
    body = """hi - got bitten by a dog outside the hotel in ubud about an hour ago, street dog, it ran off.
broke the skin on my left calf, bleeding stopped, i washed it with soap. do i need rabies shots?? i
never had the vaccine before. can you tell me where to go, the hotel says theres a clinic in town
but i dont know if its any good

im with quillon, booked thru you guys. back in singapore on friday

dan kowalczyk
+1 555 0148

Sent from my iPhone
"""
    add('phi', 'self', 'Dan Kowalczyk',
        mk('Dan Kowalczyk <dkowalczyk@quillonpharma.com>', ASSIST, 'dog bite - bali', body, d))

    # 002 pregnancy and yellow fever
    d = rdt(tzh=0)
    body = """Hello,

I'm due to travel to Lagos for Halberd on 14 April for ten days. I'm currently 19 weeks pregnant
(all fine so far). My midwife isn't sure whether I should have the yellow fever vaccine and
suggested I ask the company's travel health team.

Could you advise whether I should have it, and if not, whether a medical exemption certificate
would be accepted on arrival in Nigeria? I'd also like to know which malaria tablets are safe
in pregnancy, and whether there's a hospital near the Victoria Island office with a maternity unit,
just in case.

If it's simpler not to go, my manager is happy for someone else to cover, but I'd rather go if
it's safe.

Kind regards,
Hannah Whitfield
Senior Geologist | Halberd Energy plc
M +44 7700 900 537
"""
    add('phi', 'self', 'Hannah Whitfield',
        mk('Hannah Whitfield <hannah.whitfield@halberdenergy.com>', ASSIST,
           'Yellow fever vaccine - pregnant - Lagos trip April', body, d, cc=BEN))

    # 003 expense claim for clinic visit, receipts attached
    d = rdt(tzh=9)
    rec = pdf(['SHIBA KOEN CLINIC', 'Receipt / Ryoshusho', 'Name: KARIM AISHA',
               'Date: 12/02/2025', 'Otorhinolaryngology consultation  JPY 14,300',
               'Pharmacy (ear drops, amoxicillin) JPY 3,870', 'Paid: VISA ****4410'])
    body = """Hi,

Attaching receipts for my visit to the Shiba Koen clinic on the 12th for the ear infection that
started on the flight out - JPY 14,300 for the consultation and JPY 3,870 at the pharmacy. I paid on
my personal card as they didn't take the insurance card.

Employee no. 118204, cost centre 4410. Is it better to claim through Sentinel or through expenses?

Thanks,
Aisha Karim
Clinical Trials Lead, Quillon Pharmaceuticals
"""
    add('phi', 'self', 'Aisha Karim',
        mk('Aisha Karim <aisha.karim@quillonpharma.com>', ASSIST, 'Expense claim - clinic visit Tokyo 12/02', body, d,
           atts=[('Receipts_Tokyo_0212.pdf', 'application/pdf', rec)]))

    # 004 fit to fly after knee surgery
    d = rdt(tzh=0)
    body = """Dear Assist team,

I had arthroscopic surgery on my right knee on 2 October (meniscus repair) and I'm due to fly to
Dubai on 25 October for ADIPEC. My surgeon is happy for me to go but I'm still on crutches.

A few questions:
1. Does the airline need a MEDIF or fit-to-fly letter? I'm booked in economy - can Talmont upgrade me
   so I can keep the leg straight?
2. I'm on daily blood-thinning injections (enoxaparin) until 30 October. Can I take the syringes in
   my hand luggage, and do I need a letter for UAE customs?
3. Will I need a wheelchair at DXB? It's a long walk.

Thanks in advance,
Thomas Brennan
Senior Manager, Energy Practice
Talmont Consulting | +44 20 7946 0815
"""
    add('phi', 'self', 'Thomas Brennan',
        mk('Thomas Brennan <thomas.brennan@talmontconsulting.com>', ASSIST,
           'Fit to fly after knee op - Dubai 25 Oct', body, d, cc=PRIYANKA))

    # 005 bill sent to collections, lower case
    d = rdt(tzh=-8, hours=(19, 23))
    body = """hi

i just got a letter from a collection agency in mexico?? saying i owe 38,900 pesos to hospital santa
lucia for my ER visit back in january. i thought your team sorted this out with sentinel, someone
called me when i was still in the ER and said it was all covered. the claim number i was given was
SEN-0088302688.

i have attached a photo of the letter. please help, this is really stressing me out and i dont want
it on my credit.

- jess

Jessica Tran | Talmont Consulting
"""
    add('phi', 'self', 'Jessica Tran',
        mk('jess tran <jesstran.88@inboxmail.net>', ASSIST, 'collections letter?? hospital in mexico',
           body, d, atts=[('IMG_4471.png', 'image/png', blank_scan_png())]))

    # 006 insulin and flights
    d = rdt(tzh=1)
    body = """Hi,

I'm type 1 diabetic and travelling to Singapore and Jakarta 8-19 May. I use an Omnipod pump with a
Dexcom sensor and carry back-up pens (NovoRapid and Tresiba) plus hypo supplies.

Could you please:
 1) let me know if I need a doctor's letter for security/customs in Singapore and Indonesia
    (I have one from my clinic from 2022 - is that too old?)
 2) ask both hotels for a fridge in the room
 3) request a diabetic meal on all four flights and an aisle seat
 4) confirm which hospital in Jakarta I should go to if the pump fails

Thanks!
Marco

Marco Bellini | Regional Sales Director, APAC | Quillon Pharmaceuticals
Sent from Outlook for Android
"""
    add('phi', 'self', 'Marco Bellini',
        mk('Marco Bellini <marco.bellini@quillonpharma.com>', [ASSIST, PRIYANKA],
           'Flying with insulin - SIN/CGK trip May', body, d))

    # 007 thanks + physio coverage, quoted desk message
    d0 = rdt(tzh=0)
    d1 = d0 + datetime.timedelta(days=6, hours=3)
    prev = """Dear Rosa,

Glad to hear you landed safely and that the ambulance was there to meet you at Manchester. As
mentioned, your file will stay open for 30 days in case anything comes up. Please keep all
receipts for any follow-up treatment related to the fall in Madrid.

Best wishes,
Nkechi Adeyemi RN
Medical Case Coordinator, Corvana Assist"""
    body = """Hi Nkechi,

Just wanted to say a huge thank you to you and the team - I don't know how I'd have managed the
hospital in Madrid on my own.

I'm home now and walking with a stick. My GP has referred me for physio twice a week for six weeks
for the hip. Is that covered under the travel policy or do I go through our company health plan?
The first invoice is £65 (attached). I've also got a follow-up x-ray at Salford Royal on the 19th.

Rosa

Rosa Delgado
Brightwater Engineering - Manchester office

""" + on_wrote(d0, 'Nkechi Adeyemi <n.adeyemi@corvanatravel.com>') + '\n' + q(prev) + '\n'
    inv = pdf(['NORTHERN MOVE PHYSIOTHERAPY - 3 Chapel St, Salford M3 5JZ', 'INVOICE NP-%s' % digits(4),
               'Client: Ms Rosa Delgado', 'Initial assessment - hip rehabilitation   GBP 65.00',
               'Paid: card'])
    add('phi', 'self', 'Rosa Delgado',
        mk('Rosa Delgado <rosa.delgado@brightwatereng.net>', NKECHI, 'Re: Your return home - file CVA-%s' % digits(5),
           body, d1, atts=[('physio_invoice.pdf', 'application/pdf', inv)]))

# ============================================================ PHI / struct
def structk():
    # 001 HL7 ADT A03 held for match
    d = rdt(tzh=7)
    ts = d.strftime('%Y%m%d%H%M')
    hl7 = '\r\n'.join([
        'MSH|^~\\&|RIVERSIDE_HIS|RIH_BKK|CVA_ASSIST|CORVANA|%s||ADT^A03|RIH%s|P|2.5.1' % (ts, digits(8)),
        'EVN|A03|%s' % ts,
        'PID|1||HN5520418^^^RIH^MR~P4471920^^^NLD^PPN||VANDERMEER^PIETER^J||19740611|M|||Keizersgracht 218^^Amsterdam^^1016 DZ^NLD||+31 6 5555 0291',
        'PV1|1|I|W12^1204^A^RIH||||D0412^SRISUK^ANAN^^^DR|||MED||||||||V%s|||||||||||||||||||||||||%s|%s' % (
            digits(7), (d - datetime.timedelta(days=4)).strftime('%Y%m%d%H%M'), ts),
        'DG1|1||J18.9^Pneumonia, unspecified organism^I10|||F',
        'IN1|1|AGH-CORP|AUREN|Auren Global Health|||||||||||VANDERMEER^PIETER|01|19740611|||||||||||||||||||7738215-01'])
    body = """AUTOMATED MESSAGE - AssistTrack interface engine

An inbound HL7 message from partner RIH_BKK could not be matched to an open case and has been held
in the exception queue. Please match manually or reject.

Message type: ADT^A03 (discharge)
Received:     %s
Reason:       No case with matching passport/MRN (PPN P4471920)

--- raw message ---
%s
--- end ---

Queue: https://assisttrack.corvanatravel.com/interfaces/exceptions
""" % (d.strftime('%Y-%m-%d %H:%M %z'), hl7)
    add('phi', 'struct', 'Pieter Vandermeer',
        mk('AssistTrack Interfaces <noreply-interfaces@corvanatravel.com>', 'Integration Support <integration@corvanatravel.com>',
           '[HELD] ADT^A03 from RIH_BKK - no case match', body, d))

    # 002 FHIR bundle JSON from insurer API
    d = rdt(tzh=-5)
    bundle = {
        'resourceType': 'Bundle', 'type': 'collection', 'timestamp': d.isoformat(),
        'entry': [
            {'resource': {'resourceType': 'Patient', 'id': 'pt-5520193',
                          'identifier': [{'system': 'https://aurenglobal.com/member', 'value': '7741093-02'}],
                          'name': [{'family': 'Krishnan', 'given': ['Sunita']}],
                          'gender': 'female', 'birthDate': '1983-09-27',
                          'telecom': [{'system': 'phone', 'value': '+44 7700 900 648'}]}},
            {'resource': {'resourceType': 'Coverage', 'id': 'cov-88120', 'status': 'active',
                          'subscriberId': '7741093', 'beneficiary': {'reference': 'Patient/pt-5520193'},
                          'payor': [{'display': 'Auren Global Health'}],
                          'class': [{'type': {'text': 'group'}, 'value': 'QUI-GRP-00917'}]}},
            {'resource': {'resourceType': 'Encounter', 'id': 'enc-33019', 'status': 'finished',
                          'class': {'code': 'IMP', 'display': 'inpatient encounter'},
                          'subject': {'reference': 'Patient/pt-5520193'},
                          'period': {'start': '2025-02-11T14:20:00+05:30', 'end': '2025-02-14T10:00:00+05:30'},
                          'serviceProvider': {'display': 'Lakeview Specialty Hospital, Bengaluru'},
                          'reasonCode': [{'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10',
                                                      'code': 'N10', 'display': 'Acute pyelonephritis'}]}]}},
            {'resource': {'resourceType': 'Claim', 'id': 'clm-77102', 'status': 'active', 'use': 'claim',
                          'patient': {'reference': 'Patient/pt-5520193'},
                          'total': {'value': 184250.00, 'currency': 'INR'}}}]}
    body = """Hi integration team,

This is the payload that failed validation on your side this morning (prod, not sandbox) - your
endpoint returned 422 "Encounter.class unknown". Looks like you're expecting the R5 Coding form.
Full bundle attached. Can you loosen the check or tell us which version to send?

Thanks
Kyle Brandt
Integration Engineer | Auren Global Health
"""
    add('phi', 'struct', 'Sunita Krishnan',
        mk('Kyle Brandt <kbrandt@aurenglobal.com>', 'Integration Support <integration@corvanatravel.com>',
           'FHIR bundle rejected 422 - case AGH-25-%s' % digits(6), body, d,
           atts=[('bundle_clm-77102.json', 'application/fhir+json', json.dumps(bundle, indent=2, ensure_ascii=False))]))

    # 003 X12 835 remittance
    d = rdt(tzh=-5)
    dt8 = d.strftime('%Y%m%d')
    segs = ['ISA*00*          *00*          *ZZ*NGMUTUAL       *ZZ*CORVANA        *%s*%s*^*00501*%s*0*P*:'
            % (d.strftime('%y%m%d'), d.strftime('%H%M'), digits(9)),
            'GS*HP*NGMUTUAL*CORVANA*%s*%s*%s*X*005010X221A1' % (dt8, d.strftime('%H%M'), digits(4)),
            'ST*835*0001',
            'BPR*I*14682.40*C*ACH*CCP*01*021000089*DA*4471880213*1042285510**01*026009593*DA*88120033*%s' % dt8,
            'TRN*1*EFT%s*1042285510' % digits(8),
            'N1*PR*NORTHGATE MUTUAL INSURANCE CO',
            'N1*PE*CORVANA TRAVEL MANAGEMENT LTD*FI*981120443',
            'LX*1',
            'CLP*NM-2025-0051127*1*9850*8112.40*0*12*NM25%s' % digits(6),
            'NM1*QC*1*BAPTISTE*LUCIEN****MI*NMX4419082',
            'DTM*232*20250210', 'DTM*233*20250217',
            'SVC*HC:99223*9850*8112.40**1',
            'CAS*CO*45*1737.60',
            'CLP*NM-2024-0047781*1*41800*6570*0*12*NM24%s' % digits(6),
            'NM1*QC*1*OKONKWO*CHIDI****MI*NMX4471902',
            'DTM*232*20240827',
            'SVC*HC:A0431*41800*6570**1',
            'CAS*CO*27*35230',
            'SE*19*0001', 'GE*1*%s' % digits(4), 'IEA*1*%s' % digits(9)]
    edi = '~\n'.join(segs) + '~\n'
    body = """Remittance advice for EFT dated %s attached (835). Payee: Corvana Travel Management Ltd.
Total paid USD 14,682.40 across 2 claims. This is an automated notification from Northgate Mutual
EDI Services; please do not reply.
""" % d.strftime('%m/%d/%Y')
    add('phi', 'struct', 'Lucien Baptiste; Chidi Okonkwo',
        mk('Northgate EDI Services <edi-noreply@northgatemutual.com>', MARCUS,
           'ERA 835 - EFT %s' % d.strftime('%Y%m%d'), body, d,
           atts=[('NGM_835_%s.edi' % dt8, 'application/edi-x12', edi)]))

    # 004 duty-of-care app incident webhook JSON
    d = rdt(tzh=9)
    payload = {
        'event': 'incident.created', 'incident_id': 'INC-%s' % alnum(8),
        'created_at': d.isoformat(), 'source': 'SafePassage iOS 6.4.1',
        'traveller': {'name': 'Harriet Coles', 'employee_id': 'QP-22817', 'company': 'Quillon Pharmaceuticals',
                      'mobile': '+44 7700 900 381', 'date_of_birth': '1990-04-03'},
        'type': 'MEDICAL', 'severity': 'moderate',
        'description': 'slipped on stairs at Roppongi station, right wrist swollen and cant move fingers properly. can walk. need a hospital that speaks english',
        'location': {'lat': 35.6628, 'lng': 139.7314, 'accuracy_m': 18, 'address': 'Roppongi, Minato-ku, Tokyo'},
        'trip': {'pnr': 'Q8LZ4T', 'hotel': 'Grand Azabu Tokyo', 'return_flight': 'JL043 HND-LHR'},
        'callback_requested': True}
    body = """New incident from SafePassage

Traveller: Harriet Coles (Quillon Pharmaceuticals)
Type: MEDICAL / moderate
Callback requested: YES

Raw payload:
%s

-- SafePassage Duty of Care Platform. You are receiving this as the escalation contact for Quillon Pharmaceuticals.
""" % json.dumps(payload, indent=2)
    add('phi', 'struct', 'Harriet Coles',
        mk('SafePassage Alerts <alerts@safepassage-app.com>', ASSIST,
           '[SafePassage] MEDICAL incident - Harriet Coles - Tokyo', body, d))

    # 005 pipe-delimited nightly extract
    d = rdt(tzh=0, hours=(1, 3))
    rows = [('CASE_ID', 'POLICY', 'MEMBER_NO', 'SURNAME', 'FIRST', 'DOB', 'COUNTRY', 'ADMIT_DT', 'DISCH_DT', 'ICD10', 'FACILITY', 'EST_COST_GBP'),
            ('CVA-%s' % digits(5), 'TAL-CBT-2291', 'TAL-0412', 'HOLM', 'ERIK', '19810314', 'BR', '20250105', '20250105', 'S52.5', 'HOSP BOA ESPERANCA', '4100'),
            ('CVA-%s' % digits(5), 'TAL-CBT-2291', 'TAL-0388', 'OKAFOR', 'JOY', '19920801', 'ES', '20250111', '', 'A09', 'HOSP QUIRON CENTRO', '1250'),
            ('CVA-%s' % digits(5), 'BRW-CBT-1187', 'BRW-2231', 'NAIR', 'VIKRAM', '19770929', 'DE', '20250130', '20250201', 'N20.0', 'KLINIKUM NORD', '7885'),
            ('CVA-%s' % digits(5), 'BRW-CBT-1187', 'BRW-2260', 'DELGADO', 'ROSA', '19690521', 'ES', '20250203', '20250209', 'S72.0', 'HOSP QUIRON CENTRO', '21400'),
            ('CVA-%s' % digits(5), 'QUI-CBT-0340', 'QUI-1170', 'MARSH', 'KEVIN', '19770612', 'MX', '20250119', '20250121', 'K35.8', 'HSL DEL VALLE', '9800')]
    ext = '\n'.join('|'.join(r) for r in rows) + '\n'
    body = """Nightly case extract for Sentinel attached (5 records). SFTP upload to sentinel-sftp failed
(auth timeout) so sending by secure mail as per the fallback procedure.

-- Corvana Data Services (automated)
"""
    fn = 'CVA_SENTINEL_CASES_%s.txt' % d.strftime('%Y%m%d')
    add('phi', 'struct', 'Erik Holm; Joy Okafor; Vikram Nair; Rosa Delgado; Kevin Marsh',
        mk('Corvana Data Services <dataservices@corvanatravel.com>', 'Sentinel Corporate Claims <corporateclaims@sentineltravel.net>',
           'FALLBACK: %s' % fn, body, d, cc=MARCUS,
           extra={'Sensitivity': 'Company-Confidential'},
           atts=[(fn, 'text/plain', ext)]))

    # 006 C-CDA from a US hospital
    d = rdt(tzh=-5)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="CCD-%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document - Harborview Bay Medical Center</title>
  <effectiveTime value="%s"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="MRN00813377"/>
      <addr use="HP"><streetAddressLine>Lindenstrasse 42</streetAddressLine><city>Zug</city><postalCode>6300</postalCode><country>CH</country></addr>
      <telecom use="MC" value="tel:+41-79-555-0147"/>
      <patient>
        <name><given>Katrin</given><family>Oberholzer</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19780223"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list><item>Pulmonary embolism, right lower lobe (I26.99) - onset after transatlantic flight</item><item>Combined oral contraceptive use (stopped)</item></list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications at discharge</title>
      <text><list><item>Apixaban 10 mg PO BID x 7 days, then 5 mg PO BID</item></list></text>
    </section></component>
    <component><section>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1" displayName="Encounters"/>
      <title>Encounter</title>
      <text>Inpatient %s to %s. Attending: Dr Marcus Bell, Hospital Medicine.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""" % (digits(7), d.strftime('%Y%m%d%H%M%S-0500'),
       (d - datetime.timedelta(days=5)).strftime('%m/%d/%Y'), (d - datetime.timedelta(days=1)).strftime('%m/%d/%Y'))
    body = """Good afternoon,

As requested, attached is the Continuity of Care Document for the patient referenced in your
request of %s. The signed authorization for release to Corvana Assist and Auren Global Health is on
file (ROI #%s).

Please note this transmission contains confidential patient information. If received in error,
notify the sender and destroy all copies.

Health Information Management - Release of Information
Harborview Bay Medical Center | Boston, MA
Ph 617-555-0102 | Fax 617-555-0103
""" % ((d - datetime.timedelta(days=2)).strftime('%m/%d/%Y'), digits(6))
    add('phi', 'struct', 'Katrin Oberholzer',
        mk('HIM Release of Information <roi@harborviewbaymc.org>', NKECHI,
           'Records request - ROI fulfilled', body, d,
           atts=[('CCD_MRN00813377.xml', 'application/xml', ccd)]))

    # 007 HL7 ORU lab result forwarded
    d0 = rdt(tzh=3)
    d1 = d0 + datetime.timedelta(minutes=55)
    ts = d0.strftime('%Y%m%d%H%M')
    oru = '\n'.join([
        'MSH|^~\\&|PVLAB|PARKVIEW_NBO|PORTAL|CVA|%s||ORU^R01|PV%s|P|2.3.1' % (ts, digits(7)),
        'PID|1||PV-771203^^^PVH^MR||FRASER^CALLUM^IAIN||19850730|M|||Tribe Hotel^^Nairobi^^^KEN',
        'PV1|1|O|OPD^^^PVH||||K112^OTIENO^BEATRICE^^^DR',
        'OBR|1||L%s|MALP^Malaria parasite screen^L|||%s' % (digits(7), ts),
        'OBX|1|ST|MRDT^Malaria RDT (HRP2/pLDH)^L||POSITIVE - P. falciparum||Negative|A|||F',
        'OBX|2|NM|PARA^Parasitaemia^L||1.8|%|<0.1|H|||F',
        'OBX|3|NM|PLT^Platelets^L||96|10*9/L|150-400|L|||F',
        'OBX|4|NM|HB^Haemoglobin^L||12.9|g/dL|13.0-17.0|L|||F',
        'OBX|5|NM|CREA^Creatinine^L||88|umol/L|62-106|N|||F'])
    body = """Simon - result came through on the Parkview lab portal, pasting below. He's at the OPD still,
they're suggesting oral Coartem and home to the hotel. I'm not keen given the parasite count, can you
have a look and call Dr Otieno?

Nkechi

""" + fwd_hdr('Parkview Lab Portal <labportal@parkviewnairobi.org>', d0, 'n.adeyemi@corvanatravel.com',
              'Result available - PV-771203') + '\n' + oru + '\n'
    add('phi', 'struct', 'Callum Fraser',
        mk(NKECHI, SIMON, 'Fwd: Result available - PV-771203', body, d1))

# ============================================================ CLEAN / admin
def admin():
    # 001 QBR meeting invite with ics
    d = rdt(tzh=0)
    start = (d + datetime.timedelta(days=12)).replace(hour=14, minute=0, second=0)
    desc = ("Agenda:\n1. Q3 volumes and GOP turnaround (Corvana)\n2. SkyBridge SLA review - activation to wheels-up\n"
            "3. Hospital network changes West Africa (Lagos, Accra, Abidjan)\n4. Fit-to-travel process for rotations (Kestrel)\n"
            "5. AOB\nDial-in: +44 20 7946 0999 PIN 448102#")
    cal = ics('qbr-%s@corvanatravel.com' % digits(8), start, start + datetime.timedelta(hours=1, minutes=30),
              'Halberd / Corvana / SkyBridge - quarterly duty of care review', 'Corvana, 40 Fenwick Yard - Room Atlas / Teams',
              desc, ('Grace Otieno', 'g.otieno@corvanatravel.com'),
              [('Carla Jennings', 'carla.jennings@halberdenergy.com'), ('Ben Adair', 'ben.adair@halberdenergy.com'),
               ('Helen Achterberg', 'h.achterberg@corvanatravel.com'), ('Jan de Wit', 'j.dewit@skybridgemedevac.net')])
    body = "Quarterly review - agenda in the invite. Please send any data requests by the Friday before.\n\n" + desc + '\n\nGrace\n'
    add('clean', 'admin', '',
        mk(GRACE, [CARLA, BEN, HELEN, 'Jan de Wit <j.dewit@skybridgemedevac.net>'],
           'Invitation: Halberd / Corvana / SkyBridge - quarterly duty of care review', body, d,
           atts=[('invite.ics', 'text/calendar', cal)]))

    # 002 IT maintenance
    d = rdt(tzh=0)
    body = """All Assist desk staff,

AssistTrack (case management) will be upgraded to release 5.3 on Saturday 02:00-05:00 UTC.

During the window:
 - AssistTrack, the GOP letter generator and the hospital portal sync will be unavailable
 - log new calls on the paper Case Intake Form (blue folder, ops room shelf 2) and enter them
   retrospectively after 05:00 - keep the form number as the provisional file number
 - the 24h phone lines and call recording are NOT affected
 - the SafePassage alert feed will queue and replay after the upgrade

Rollback decision point is 04:15. If you can't log in after 05:30, call the IT on-call on
+44 20 7946 0450 - please don't raise a ticket by email overnight.

Thanks,
Lars Eide
IT Service Manager, Corvana Travel Management
"""
    add('clean', 'admin', '',
        mk(LARS, OPSALL, 'Planned maintenance: AssistTrack 5.3 - Sat 02:00-05:00 UTC', body, d, cc=HELEN))

    # 003 insurer GOP protocol terms
    d = rdt(tzh=-5)
    body = """Dear partners,

Further to the contract renewal effective 1 January, please note the revised guarantee of payment
protocol for Auren group policies serviced by Corvana Assist:

1. Inpatient GOP up to USD 25,000 may be issued by Corvana under delegated authority; above that,
   Auren medical approval is required before issue.
2. Outpatient and emergency room attendances up to USD 1,500 do not require pre-approval.
3. Required with every GOP request: hospital estimate, admission notes, treating physician contact,
   and copy of the assistance card. Missing documents stop the clock on our 4-hour SLA.
4. Air ambulance: always requires Auren medical director sign-off; commercial escort missions over
   USD 15,000 likewise.
5. Invoices must be submitted within 90 days of discharge in USD or local currency, with the
   itemised bill. Pharmacy lines over USD 500 require the prescription.

The updated protocol document (v4.2) is available on the partner extranet. Questions to your account
lead.

Kind regards,
Network & Assistance Partnerships
Auren Global Health
"""
    add('clean', 'admin', '',
        mk('Auren Partnerships <partnerships@aurenglobal.com>', [HELEN, GRACE],
           'Revised GOP protocol - Auren group policies - effective 1 Jan', body, d,
           html_body=to_html(body, font='Arial')))

    # 004 medical kit order
    d = rdt(tzh=0)
    body = """Hi Sam,

Quote for the replacement travel medical kits for the Takoradi site team, as discussed:

 40 x Corvana Field Kit (standard)           GBP 38.50 ea
     sterile dressings, crepe bandages, SAM splint, ORS sachets (20), antiseptic wipes,
     nitrile gloves, tick remover, emergency foil blanket, sterile needle & syringe pack
     with customs letter
 10 x Corvana Field Kit (remote, + AED trainer card, tourniquet, burn gel) GBP 96.00 ea
 40 x Insect repellent DEET 50%% 100ml        GBP 6.20 ea

Total GBP 2,748.00 + VAT, delivery to your Warrington warehouse 5 working days from PO.
Kits are dated with the shortest-expiry item - the current batch is good until at least 06/2027.

Let me know if you want the prescription-only items (antimalarial standby) added - those would need
to go through Kestrel's prescriber per traveller.

Thanks
Priyanka
"""
    add('clean', 'admin', '',
        mk(PRIYANKA, SAMW, 'Quote - travel medical kits for Takoradi', body % (), d, cc=GRACE))

    # 005 finance policy for disbursements
    d = rdt(tzh=0)
    body = """Team,

Reminder of how to code assistance disbursements ahead of month-end (cut-off Weds 17:00):

- Hospital and clinic invoices paid under GOP: nominal 5120, cost centre = client code, recharge 100%%
  to insurer where policy in force, otherwise to client with our 8%% handling fee.
- Air ambulance and medical escort (SkyBridge): nominal 5130. Always attach the mission sheet,
  not just the invoice.
- Pharmacy deliveries, ground transport for appointments, hotel extensions: nominal 5140.
- Anything in a currency other than GBP/USD/EUR: use the rate on the invoice date from the treasury
  sheet, not the payment date.

Please do NOT paste medical reports into the finance notes field - a file reference is enough.

Thanks
Marcus
""" % ()
    add('clean', 'admin', '',
        mk(MARCUS, OPSALL, 'Month end - coding assistance disbursements', body, d))

    # 006 facilities - ops room move
    d = rdt(tzh=0)
    body = """Hi all,

The 24/7 ops room moves from the 2nd floor to 3.14 (the old training room) over the weekend of the
22nd. Facilities will move the desks on Friday night; please clear personal items by 18:00 Friday.

- Desk phones keep their extensions; the 24h hunt group is rerouted at 20:00 Friday, test call at 20:15
- The wall board and the backup radio go up Saturday morning
- Fire marshal for the 3rd floor nights is Omar, days is Joanna
- The first aid box and the defibrillator are by the 3rd floor lift lobby

Access cards are already enabled for the new room.

Thanks
Helen
"""
    add('clean', 'admin', '',
        mk(HELEN, OPSALL, 'Ops room move - weekend of the 22nd', body, d))

    # 007 new direct-billing hospital agreement
    d = rdt(tzh=3)
    body = """Dear Corvana Assist team,

We are pleased to confirm the direct billing agreement between Parkview Hospital Nairobi and Corvana
Travel Management, effective 1 March.

Key contacts:
 - Admissions / GOP (24h): admissions.intl@parkviewnairobi.org, +254 20 555 0712
 - Patient accounts: accounts@parkviewnairobi.org, +254 20 555 0730
 - Medical liaison: Dr Wanjiru Kamau, +254 722 555 014

Agreed terms: ER attendance flat fee KES 12,500; private room KES 28,000/night; ICU KES 145,000/night;
invoices within 21 days of discharge; 30-day payment terms; 5%% prompt-payment discount within 14 days.

A signed copy of the agreement is attached for your records.

Kind regards,
Mercy Wambui
Business Development Manager | Parkview Hospital Nairobi
""" % ()
    agr = docx(['DIRECT BILLING AGREEMENT', 'Parkview Hospital Nairobi and Corvana Travel Management Ltd',
                'Effective 1 March. Term 24 months, auto-renewing.',
                'Schedule A - Tariff: ER flat fee KES 12,500; private room KES 28,000 per night; ICU KES 145,000 per night.',
                'Schedule B - Contacts and escalation.', 'Signed: M. Wambui (Parkview), H. Achterberg (Corvana)'])
    add('clean', 'admin', '',
        mk('Mercy Wambui <bd@parkviewnairobi.org>', ASSIST, 'Direct billing agreement - Parkview Hospital Nairobi', body, d,
           cc=[HELEN, MARCUS], atts=[('Parkview_Corvana_DBA_signed.docx',
                                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document', agr)]))

# ============================================================ CLEAN / lookalike
def lookalike():
    # 001 retainer invoice
    d = rdt(tzh=1)
    inv = 'SB-INV-%s' % digits(5)
    p = pdf(['SKYBRIDGE MEDEVAC B.V. - Schiphol Oost, Amsterdam - KvK 71920448 - VAT NL8611.23.449.B01',
             'INVOICE %s    Date %s' % (inv, d.strftime('%d/%m/%Y')), 'Customer: Corvana Travel Management Ltd - acct C-0031',
             'Your PO: PO-CVA-%s' % digits(6), '',
             'Standby retainer Q%d - Learjet 45 5Y-SBM, Nairobi base ..... EUR 36,000.00' % random.randint(1, 4),
             'Standby retainer - Challenger 604 PH-SBX, Amsterdam base ..... EUR 42,000.00',
             'Missions flown under retainer this period: 0', '',
             'TOTAL EUR 78,000.00 (VAT reverse charge)', 'IBAN NL91 ABNA 0417 1643 00  BIC ABNANL2A'])
    body = """Dear Accounts Payable,

Please find attached invoice %s for the quarterly aircraft standby retainer (2 aircraft).
No missions were flown under the retainer in the period; mission invoices are billed separately.

Payment terms 30 days. Please quote the invoice number on your remittance.

SkyBridge Accounts
accounts@skybridgemedevac.net | +31 20 794 6600
""" % inv
    add('clean', 'lookalike', '',
        mk('SkyBridge Accounts <accounts@skybridgemedevac.net>', 'Corvana Accounts Payable <ap@corvanatravel.com>',
           'Invoice %s - standby retainer' % inv, body, d, cc=MARCUS,
           atts=[('%s.pdf' % inv, 'application/pdf', p)]))

    # 002 shipment tracking with lots and NDC
    d = rdt(tzh=-5)
    so = 'SO-%s' % digits(7)
    body = """Order %s has shipped.

Carrier: UPS Worldwide Expedited
Tracking: 1Z 9A4 W88 04 %s %s
Ship to: Corvana Travel Management, 40 Fenwick Yard, London EC2A 4QT

Line  Item                                    NDC            Lot        Exp      Qty
1     Oral rehydration salts, 20.5 g sachet   0904-6722-61   R24117A    09/2026  400
2     Povidone-iodine swabsticks              67777-0420-02  PV8813C    03/2027  250
3     Diphenhydramine 25 mg caps (blister)    0536-1024-01   DH44190    11/2026  120
4     Nitrile exam gloves, M                  n/a            GL-55102   01/2029  1000
5     Sterile syringe 5 ml + 23G needle       n/a            SY771039   07/2028  300

Commercial invoice CI-%s and certificate of origin are attached to the shipment.
Questions: orders@medkitsupplyco.com | 1-800-555-0142 (Mon-Fri 8-6 ET)
""" % (so, digits(4), digits(4), digits(6))
    add('clean', 'lookalike', '',
        mk('MedKit Supply Co. <shipping@medkitsupplyco.com>', PRIYANKA, 'Your order %s has shipped' % so, body, d))

    # 003 provider directory update
    d = rdt(tzh=0)
    rows = [('Riverside International Hospital', 'Bangkok', '+66 2 555 0100', 'MOPH lic. 10110-00412', 'Dr Anan Srisuk (Int. Med.)'),
            ('Parkview Hospital Nairobi', 'Nairobi', '+254 20 555 0712', 'KMPDC F-0884', 'Dr Wanjiru Kamau (Liaison)'),
            ('Marina Bay Specialist Hospital', 'Lagos', '+234 1 555 0190', 'HEFAMAA 2281', 'Dr Tunde Bakare (Surgery)'),
            ('Hospital Santa Lucía del Valle', 'Monterrey', '+52 81 5555 0120', 'COFEPRIS 19-0043', 'Dr Fernando Treviño (Surgery)'),
            ('Harborview Bay Medical Center', 'Boston', '617-555-0100', 'NPI 1093847566', 'Dr Marcus Bell, NPI 1548293017'),
            ('Al Waha Specialist Hospital', 'Dubai', '+971 4 555 0190', 'DHA-F-0047712', 'Dr Samer Al-Khatib (Cardiology)')]
    w = [34, 11, 18, 22, 30]
    tbl = '\n'.join('  '.join(c.ljust(w[i]) for i, c in enumerate(r)) for r in
                    [('Facility', 'City', 'Phone', 'Licence / ID', 'Liaison physician')] + rows)
    body = """Hi team,

Updated network directory below (also on the shared drive, v2025.3). Changes since last version:
Marina Bay has a new liaison, Al Waha added for cardiology, Santa Lucía switchboard number changed.

%s

Please update your speed dials.

Nkechi
""" % tbl
    add('clean', 'lookalike', '',
        mk(NKECHI, OPSALL, 'Network directory v2025.3', body, d))

    # 004 monthly dashboard aggregates
    d = rdt(tzh=0)
    body = """CORVANA ASSIST - MONTHLY DASHBOARD (all clients)

Calls handled ........................ 2,418   (prev 2,231)
Medical files opened .................   142   (prev 128)
  of which inpatient .................    37
  air ambulance ......................     3
  commercial escort ..................     9
Security files opened ................    61
Median GOP turnaround ................  2h 24m  (target 4h)
90th percentile ......................  5h 10m
Calls answered < 20s .................  94.8%%

Top medical reasons (ICD-10 chapter):
  A00-B99 infectious ............ 31
  S00-T88 injury ................ 29
  K00-K95 digestive ............. 18
  J00-J99 respiratory ........... 14
  I00-I99 circulatory ...........  9

Highest-volume countries: US (19), Nigeria (14), Thailand (11), Mexico (10), UAE (8).

Generated automatically from AssistTrack on %s. Aggregated data - no individual records.
""" % d.strftime('%d/%m/%Y %H:%M')
    add('clean', 'lookalike', '',
        mk('AssistTrack Reports <reports@corvanatravel.com>', [HELEN, GRACE, SIMON],
           'Monthly dashboard - %s' % (d - datetime.timedelta(days=20)).strftime('%B %Y'), body, d))

    # 005 IT ticket
    d = rdt(tzh=0)
    tk = 'INC%07d' % random.randint(40000, 60000)
    body = """Ticket %s has been updated.

Caller:        Rafael Montoya
Category:      Hardware > Headset
Asset tag:     CVA-LT-%s (Dell Latitude 5440, S/N %s)
Peripheral:    Jabra Evolve2 65, S/N %s
Short desc:    Headset drops calls on the 24h hunt group after ~10 min
Priority:      3 - Moderate
State:         Resolved

Resolution notes: firmware updated to 3.4.1, USB dongle re-paired. Caller confirmed 3 test calls
OK on case line ext. 0311.

If you are not satisfied, reply REOPEN within 5 days.
Corvana IT Service Desk
""" % (tk, digits(5), alnum(7), alnum(10))
    add('clean', 'lookalike', '',
        mk(LARS, RAFAEL, 'Ticket %s resolved - Headset drops calls' % tk, body, d))

    # 006 ICD-10 mapping for insurer reporting categories
    d = rdt(tzh=0)
    body = """Hi Ravi,

As discussed, this is the mapping we'll use from Q2 for the "cause" column in the bordereau so we
stop arguing about categories. Codes only, nothing case-level.

Category             ICD-10 codes
-------------------  ----------------------------------------------
Vector-borne         A90, A91, A92.0, A93, B50-B54
GI / food-borne      A00-A09, K52.9, K35-K37
Respiratory          J00-J06, J09-J18, J20-J22, U07.1
Musculoskeletal inj. S00-S99, T00-T14
Cardiac              I20-I25, I48, I50
Mental health        F32, F41, F43
Dental               K00-K14
Other                all other codes

Where more than one applies, use the code on the discharge summary's principal diagnosis line.

Simon
Dr Simon Leclerc, Medical Director
"""
    add('clean', 'lookalike', '',
        mk(SIMON, RAVI, 'Bordereau cause categories - ICD-10 mapping', body, d, cc=MARCUS))

    # 007 ordinary booking confirmation
    d = rdt(tzh=0)
    pnr = alnum(6)
    body = """CORVANA TRAVEL - BOOKING CONFIRMATION

Traveller:     MR OLIVER HARTLEY
Company:       Talmont Consulting  |  Cost centre 2210  |  Project TLM-8841
Booking ref:   %s
E-ticket:      125-%s
Frequent flyer: BA %s (Silver)

 12 JUN  BA 0117  LHR T5 08:25 -> JFK T8 11:10   Seat 14A  Economy Plus  Confirmed
 15 JUN  BA 0178  JFK T8 19:30 -> LHR T5 07:25+1 Seat 14A  Economy Plus  Confirmed

Hotel:  Lexmore Midtown, 211 E 46th St, 3 nights, conf. 77%s, rate USD 389 incl. breakfast

Fare USD 1,842.60 incl. taxes. Charged to Talmont lodge card ****2291.

Your trip is registered with Corvana Assist. If anything goes wrong while you're away, call
+44 20 7946 0311 (24/7) or use the SafePassage app.
""" % (pnr, digits(10), digits(8), digits(6))
    add('clean', 'lookalike', '',
        mk('Corvana Travel <bookings@corvanatravel.com>', 'Oliver Hartley <oliver.hartley@talmontconsulting.com>',
           'Booking confirmation %s - New York 12-15 Jun' % pnr, body, d, html_body=to_html(body, font='Courier New, monospace')))

# ============================================================ CLEAN / news
def news():
    # 001 dengue advisory
    d = rdt(tzh=0)
    body = """CORVANA RISK INTELLIGENCE - HEALTH ADVISORY
Dengue: seasonal surge across South-East Asia

Summary
Health ministries in Vietnam, Thailand, the Philippines and Indonesia are reporting dengue case
numbers well above the five-year average for this point in the season. Vietnam's northern provinces
have reported roughly 48,000 cases since January; Bangkok's metropolitan area reports a 60%% rise
on the same period last year. Hospital emergency departments in affected cities are busy but
functioning normally.

Advice for travellers
 - Use repellent containing DEET (20-50%%), picaridin or IR3535 during daytime, especially early
   morning and late afternoon when Aedes mosquitoes bite.
 - Choose air-conditioned accommodation; ask hotels about screening and fogging schedules.
 - Seek medical advice for any fever within 14 days of travel. Avoid ibuprofen and aspirin until
   dengue is ruled out - paracetamol only.
 - A dengue vaccine is available in some countries for people with a previous infection; discuss
   with a travel health professional well before departure.

Business impact: LOW. No travel restrictions are in place.

Corvana Assist: +44 20 7946 0311 (24/7) | SafePassage app

You are receiving this advisory as a travel or security manager of a Corvana client. Manage
subscriptions in the client portal.
""" % ()
    add('clean', 'news', '',
        mk('Corvana Risk Intelligence <alerts@corvanatravel.com>', 'Client Travel Managers <client-alerts@corvanatravel.com>',
           'Health advisory: dengue surge in South-East Asia', body, d, html_body=to_html(body, font='Arial')))

    # 002 internal quarterly newsletter
    d = rdt(tzh=0)
    body = """ASSIST DESK QUARTERLY - issue %d

In numbers
6,904 calls, 402 medical files, 11 air ambulance missions and 27 escorted commercial repatriations
this quarter. Median guarantee-of-payment turnaround fell to 2h 18m - our best yet.

New partners
Parkview Hospital Nairobi joins the direct-billing network, and Kestrel Occupational Health now runs
fit-to-travel assessments for two more energy clients.

Team news
Welcome to Inês Carvalho RN (medical case coordinator, Portuguese and Spanish) and to Tuan Pham, who
moves from the Ho Chi Minh City office to the London desk. Congratulations to Joanna Kwiatkowska on
ten years with Corvana!

Learning corner
This quarter's lunch-and-learn series covers altitude sickness, travelling with medicines across
borders, and supporting callers in distress. Slides are on the intranet.

Reminder
Please complete the annual data protection refresher by the end of the month - 68%% done so far.

Editor: Helen Achterberg
""" % (random.randint(18, 26))
    add('clean', 'news', '',
        mk('Assist Desk Quarterly <internalcomms@corvanatravel.com>', 'All Corvana Assist <assist-all@corvanatravel.com>',
           'Assist Desk Quarterly - new partners, team news, learning corner', body, d,
           html_body=to_html(body), atts=[('corvana_logo.png', 'image/png', logo_png())]))

    # 003 cholera risk alert
    d = rdt(tzh=0)
    body = """RISK ALERT | MODERATE | Public health

Cholera outbreak - coastal districts, Mozambique

What's happening: Provincial health authorities have declared a cholera outbreak in several coastal
districts following flooding. More than 1,900 suspected cases have been reported over three weeks;
oral vaccination campaigns are under way in the worst-affected areas.

Advice:
 - Drink only bottled or treated water; avoid ice, raw salads and street food.
 - Carry oral rehydration salts. Seek care promptly for watery diarrhoea.
 - The oral cholera vaccine may be considered for aid or project workers staying in affected areas;
   speak to your travel clinic at least two weeks before departure.
 - Business travel to Maputo city can continue with normal precautions.

Sources: provincial health directorate briefings, partner hospital reports (aggregated).
"""
    add('clean', 'news', '',
        mk('Corvana Risk Intelligence <alerts@corvanatravel.com>', 'Client Travel Managers <client-alerts@corvanatravel.com>',
           'RISK ALERT: Cholera outbreak - coastal Mozambique', body, d, html_body=to_html(body, font='Arial')))

    # 004 vendor marketing
    d = rdt(tzh=1)
    body = """SkyBridge Medevac - NEWS

A second intensive-care jet for East Africa
From next month a Challenger 604 air ambulance, fitted with two ICU stretchers, will be based at
Nairobi's Wilson Airport alongside our Learjet 45. That means a typical activation-to-wheels-up time
of under 3 hours anywhere in Kenya, Uganda and Tanzania.

Webinar: "Commercial escort or air ambulance? Making the call"
Join our medical director and guests for 45 minutes on decision criteria, costs and timing.
Thursday 15:00 CET - register on our website.

See us at the Business Travel Show, stand C42.

SkyBridge Medevac B.V. | Schiphol Oost | skybridgemedevac.net
Unsubscribe | Privacy
"""
    add('clean', 'news', '',
        mk('SkyBridge Medevac <news@skybridgemedevac.net>', HELEN, 'A second ICU jet for East Africa + webinar invite',
           body, d, html_body=to_html(body, font='Helvetica, Arial')))

    # 005 insurer policy bulletin
    d = rdt(tzh=-5)
    body = """AUREN GLOBAL HEALTH - PARTNER BULLETIN

What's changing on group business-travel policies from 1 April

1. Mental health: up to 10 sessions of remote counselling per trip, no pre-approval needed.
2. Telemedicine: the Auren Care app now offers 24/7 video GP consultations in 9 languages; e-prescriptions
   can be sent to partner pharmacies in 31 countries.
3. Network: 140 new direct-billing facilities, including in Ghana, Côte d'Ivoire and Vietnam.
4. Claims: the online form now accepts photos of receipts - no more posting originals.

Partner webinars: 12 and 19 March. Slides will be shared afterwards.

Auren Global Health | partnerships@aurenglobal.com
"""
    add('clean', 'news', '',
        mk('Auren Global Health <bulletin@aurenglobal.com>', GRACE, 'Partner bulletin: policy changes from 1 April', body, d,
           html_body=to_html(body, font='Arial')))

    # 006 research summary
    d = rdt(tzh=0)
    body = """Hi all - thought this was worth sharing ahead of the client QBRs. Summary of a study published
this month on illness and injury during business travel:

 - 12,400 business trips by employees of 9 multinationals over 3 years
 - 4.1% of trips involved a medical assistance call; 0.6% led to a hospital admission
 - Most common: gastrointestinal illness (27%), injuries from falls and road traffic (22%),
   respiratory infections (15%)
 - Trips longer than 14 days had roughly twice the rate of medical calls
 - Pre-travel advice reduced malaria cases among travellers to sub-Saharan Africa by an estimated 70%

Key message for clients: road safety and pre-travel consultations give the biggest return.

Simon

Dr Simon Leclerc, Medical Director
"""
    add('clean', 'news', '',
        mk(SIMON, 'All Corvana Assist <assist-all@corvanatravel.com>', 'Worth a read: illness during business travel (study summary)',
           body, d, cc=GRACE))

# ============================================================ CLEAN / staff
def staff():
    # 001 rota
    d = rdt(tzh=0)
    rota = [('Mon 2', 'J. Kwiatkowska', 'R. Montoya', 'O. Haddad', 'N. Adeyemi RN'),
            ('Tue 3', 'J. Kwiatkowska', 'T. Pham', 'O. Haddad', 'I. Carvalho RN'),
            ('Wed 4', 'L. Wei', 'T. Pham', 'R. Montoya', 'N. Adeyemi RN'),
            ('Thu 5', 'L. Wei', 'J. Kwiatkowska', 'R. Montoya', 'I. Carvalho RN'),
            ('Fri 6', 'O. Haddad', 'J. Kwiatkowska', 'T. Pham', 'N. Adeyemi RN'),
            ('Sat 7', 'O. Haddad', 'L. Wei', 'T. Pham', 'I. Carvalho RN'),
            ('Sun 8', 'R. Montoya', 'L. Wei', 'J. Kwiatkowska', 'N. Adeyemi RN')]
    w = [7, 16, 16, 16, 16]
    tbl = '\n'.join('  '.join(c.ljust(w[i]) for i, c in enumerate(r)) for r in
                    [('Day', 'Early 06-14', 'Late 14-22', 'Night 22-06', 'Nurse on call')] + rota)
    body = """Hi team,

Rota for the first week of December below; full month attached. Medical director on call all week:
Dr S. Leclerc MD, backup Dr R. Baird (Kestrel). Swaps via me please, not directly in the sheet.

%s

Thanks
Helen
""" % tbl
    x = xlsx([('Day', 'Early 06-14', 'Late 14-22', 'Night 22-06', 'Nurse on call')] + rota, sheet='Dec wk1')
    add('clean', 'staff', '',
        mk(HELEN, OPSALL, 'December rota - week 1', body, d,
           atts=[('Assist_rota_Dec.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]))

    # 002 on-call list
    d = rdt(tzh=0)
    body = """Easter weekend medical on-call

Fri   Dr Simon Leclerc MD        +44 7700 900 901
Sat   Dr Rhona Baird MB ChB      +44 7700 900 902 (Kestrel, by arrangement)
Sun   Dr Simon Leclerc MD        +44 7700 900 901
Mon   Dr Amir Farouk MD (locum)  +44 7700 900 903

Nurse coordinators: Nkechi Adeyemi RN (Fri/Sun), Inês Carvalho RN (Sat/Mon).
Escalation beyond medical: Helen Achterberg, +44 7700 900 120.

Please call, don't text, for anything time-critical.
"""
    add('clean', 'staff', '',
        mk(HELEN, OPSALL, 'Easter on-call', body, d, cc=SIMON))

    # 003 annual leave approved
    d = rdt(tzh=0)
    body = """Hi Joanna,

Your annual leave request for 3-14 March (10 days) has been approved. Remaining balance for this year:
9 days.

Cover: Omar will pick up your open Polish-language files and Rafael will take the Brightwater account
calls. Please do a handover note on the Friday before.

Enjoy the break!

Helen

--
This message was generated from the Corvana HR portal. Request ref LV-%s.
""" % digits(6)
    add('clean', 'staff', '',
        mk(HELEN, JOANNA, 'Annual leave approved: 3-14 March', body, d))

    # 004 payroll night allowance
    d = rdt(tzh=0)
    body = """Dear colleagues,

From the April payroll, the night shift allowance for the 24/7 Assist desk increases from GBP 2.10 to
GBP 2.65 per hour worked between 22:00 and 06:00. Bank holiday enhancement stays at time and a half.

Overtime and shift-swap claims for March must be approved in the portal by the 22nd to be included in
this month's pay. Late claims roll over to next month.

Questions to payroll@corvanatravel.com.

Kind regards,
Payroll & Reward | Corvana Travel Management
"""
    add('clean', 'staff', '',
        mk('Corvana Payroll <payroll@corvanatravel.com>', 'All Corvana Assist <assist-all@corvanatravel.com>',
           'Night shift allowance - change from April', body, d))

    # 005 farewell
    d = rdt(tzh=0)
    body = """Hi everyone,

After 22 years - first as a flight nurse and then as the heart of our case coordination team -
Maureen Doyle RN retires at the end of the month.

Join us for cake and a few words in the 3rd floor kitchen on Friday at 15:30 (nights team: we'll save
you a slice, and there'll be a second round at 21:45). There's a card going round in the ops room and
a collection envelope with Helen if you'd like to contribute.

Maureen, thank you for everything!

Omar
"""
    add('clean', 'staff', '',
        mk(OMAR, 'All Corvana Assist <assist-all@corvanatravel.com>', "Maureen's farewell - Friday 15:30", body, d,
           html_body=to_html(body)))

    # 006 new starter
    d = rdt(tzh=0)
    body = """Hi all,

Please welcome Inês Carvalho RN, who joins us on Monday as a Medical Case Coordinator.

Inês comes from eight years in emergency nursing in Lisbon and two years with an assistance company in
São Paulo. She speaks Portuguese, Spanish and English, and will take the lead on our Latin America
hospital relationships.

She'll be shadowing Nkechi for her first two weeks and will join the nurse on-call rota from the 20th.
NMC PIN and Ordem dos Enfermeiros registration have been verified by HR.

Helen
"""
    add('clean', 'staff', '',
        mk(HELEN, 'All Corvana Assist <assist-all@corvanatravel.com>', 'Welcome Inês Carvalho RN', body, d))

    # 007 registration / BLS renewal reminder
    d = rdt(tzh=0)
    body = """Hi,

Quarterly reminder of professional registration and certificate renewals due in the next 90 days:

Name                  Credential              Due
Nkechi Adeyemi        NMC revalidation        30/06
Inês Carvalho         BLS/AED                 14/05
Dr Simon Leclerc      GMC annual fee          01/06
Rafael Montoya        First aid at work       22/05
Omar Haddad           First aid at work       22/05

Training budget covers BLS and first aid; book via the learning portal. Please send copies of renewed
certificates to HR for your file.

Thanks,
HR Business Partner - Operations
Corvana Travel Management
"""
    add('clean', 'staff', '',
        mk('Corvana HR <hr@corvanatravel.com>', OPSALL, 'Registration and certificate renewals - next 90 days', body, d, cc=HELEN))

# ============================================================ CLEAN / training
def training():
    # 001 tabletop exercise
    d = rdt(tzh=0)
    body = """EXERCISE SILVER HERON - tabletop, Thursday 10:00-12:30, Room Atlas

ALL DETAILS BELOW ARE FICTITIOUS. DO NOT ENTER IN ASSISTTRACK PRODUCTION.

Scenario: a fictitious traveller, "Alex Sample", 45, project engineer for the made-up client
"Exemplar Mining", calls from Kigali at 02:10 reporting chest pain after a site visit. The nearest
facility has limited cardiac capability. The client's insurer is unreachable for the first two hours.

Injects (released by the facilitator):
 02:25  hospital asks for USD 5,000 deposit before admission
 03:10  local doctor recommends transfer to Nairobi
 04:00  only available aircraft is 6 hours away
 05:30  spouse calls the desk, distressed, from London
 07:00  client CEO emails asking for an update

Objectives: GOP under delegated authority, air ambulance activation decision, family liaison,
client communications.

Facilitator: Helen. Observers: Dr Leclerc, Grace.
"""
    add('clean', 'training', '',
        mk(HELEN, OPSALL, 'Exercise SILVER HERON - tabletop Thursday', body, d))

    # 002 quiz
    d = rdt(tzh=0)
    body = """New coordinators - GOP quiz (answers at the bottom, no peeking)

1. A hospital requests a GOP of USD 31,000 for an Auren member. Can you issue it yourself?
2. What four documents must accompany every GOP request to Auren?
3. The insurer is unreachable and the hospital won't admit without a deposit. What do you do first?
4. True or false: you can email a medical report to the client's travel manager if they ask for it.
5. Which nominal code do you use for a pharmacy delivery to a hotel?

Answers:
1. No - above USD 25,000 needs Auren medical approval (and a second signature in AssistTrack).
2. Hospital estimate, admission notes, treating physician contact, assistance card copy.
3. Call the duty manager - Corvana can issue a holding guarantee under the client's emergency authority.
4. False - only with the traveller's consent, and usually a summary is enough.
5. 5140.
"""
    add('clean', 'training', '',
        mk(NKECHI, 'New Starters <newstarters-assist@corvanatravel.com>', 'GOP quiz - week 2', body, d))

    # 003 UAT test script with test records
    d = rdt(tzh=0)
    rows = [('Step', 'Action', 'Test data', 'Expected result'),
            ('1', 'Create case', 'TESTPATIENT, ALPHA; DOB 01/01/1901; client TEST CLIENT 01', 'Case TST-#### created'),
            ('2', 'Add facility', 'TEST HOSPITAL (UAT ONLY)', 'Facility linked'),
            ('3', 'Generate GOP', 'Amount USD 1.00', 'Letter PDF watermarked TEST'),
            ('4', 'Escalate > 25k', 'Amount USD 25,001.00', 'Second approver required'),
            ('5', 'Close case', 'Outcome: TEST - no travel', 'Status Closed, no insurer export')]
    x = xlsx(rows, sheet='UAT 5.3')
    body = """Hi testers,

UAT for AssistTrack 5.3 runs Tues-Thurs in the UAT environment (https://uat-assisttrack.corvanatravel.com).
Use ONLY the test records in the attached script - the synthetic traveller TESTPATIENT, ALPHA and the
client TEST CLIENT 01. Please don't copy real files into UAT.

Log defects in the UAT board with screenshots. Sign-off needed by Thursday 17:00.

Thanks
Lars
"""
    add('clean', 'training', '',
        mk(LARS, [JOANNA, TUAN, NKECHI], 'AssistTrack 5.3 UAT - test script', body, d,
           atts=[('AssistTrack_5.3_UAT_script.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x)]))

    # 004 de-identified case study
    d = rdt(tzh=0)
    body = """Monthly learning session - case study (de-identified)

A traveller in their 40s on a two-week business trip to West Africa called on day 9 with fever and
headache. They had been prescribed malaria prophylaxis but had stopped it after five days because of
nausea. A rapid test at a local clinic was negative and they were sent back to the hotel with
paracetamol.

Twelve hours later the traveller was confused and a colleague called the desk. A repeat blood film at
a better-equipped hospital showed a high parasite count; they were treated with IV artesunate in
intensive care and made a full recovery after an air ambulance transfer.

Discussion points:
 1. What should the desk have advised after the negative rapid test?
 2. How do we follow up on travellers who stop prophylaxis?
 3. When should we push for transfer rather than local care?

Details have been changed and combined from more than one file; no identifying information is included.
"""
    add('clean', 'training', '',
        mk(SIMON, OPSALL, 'Learning session - case study: fever after West Africa', body, d))

    # 005 course announcement with docx handout
    d = rdt(tzh=0)
    handout = docx(['Mental Health First Aid for Assistance Staff - course outline',
                    'Day 1: recognising distress on the phone; active listening; safety planning basics.',
                    'Day 2: supporting callers after assault or bereavement abroad; when to involve a clinician; looking after yourself.',
                    'Role plays use fictional scenarios only.',
                    'Certificate valid for 3 years.'])
    body = """Hi all,

We have 12 places on the two-day Mental Health First Aid course for assistance staff on 6-7 May.
Priority to coordinators on nights and weekends. Outline attached; sign up on the learning portal by
the 25th.

Thanks,
Learning & Development
"""
    add('clean', 'training', '',
        mk('Corvana Learning <learning@corvanatravel.com>', 'All Corvana Assist <assist-all@corvanatravel.com>',
           'Course: Mental Health First Aid for assistance staff - 6-7 May', body, d,
           atts=[('MHFA_course_outline.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', handout)]))

    # 006 HL7 interface test messages
    d = rdt(tzh=7)
    ts = d.strftime('%Y%m%d%H%M')
    hl7 = '\n'.join([
        'MSH|^~\\&|RIVERSIDE_HIS|RIH_BKK|CVA_ASSIST|CORVANA|%s||ADT^A01|TEST0001|T|2.5.1' % ts,
        'EVN|A01|%s' % ts,
        'PID|1||ZZ000001^^^RIH^MR||ZZTEST^PATIENT^ONE||19000101|U|||1 Test Street^^Testville^^00000^THA',
        'PV1|1|I|TESTWARD^0001^A^RIH||||D0000^TEST^DOCTOR',
        'DG1|1||Z00.00^Test diagnosis - not real^I10|||F'])
    body = """Dear Corvana integration team,

Ahead of go-live, please find below the TEST message set for the Riverside -> Corvana ADT feed.
Processing ID is "T" (training/test) and all identifiers are synthetic (ZZ prefix). Please confirm
your engine parks these in the test queue and does not create cases.

%s

We'll send A03 and A08 test messages tomorrow.

Regards,
Somsak Chaiyaporn
Interface Analyst | Riverside International Hospital
""" % hl7
    add('clean', 'training', '',
        mk('Somsak Chaiyaporn <interfaces@riversideintl-hospital.com>', 'Integration Support <integration@corvanatravel.com>',
           'ADT feed - test messages for validation', body, d))

# ============================================================ main
def main():
    care(); ids(); lang(); lists(); names(); selfk(); structk()
    admin(); lookalike(); news(); staff(); training()
    os.makedirs(OUT, exist_ok=True)
    counters = {}
    rows = []
    for label, kind, patient, msg in ITEMS:
        key = (label, kind)
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (label, kind, counters[key])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fn, label, kind, patient))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(('file', 'label', 'kind', 'patient_name'))
        w.writerows(rows)
    total = 0
    for (label, kind), n in sorted(counters.items()):
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)

if __name__ == '__main__':
    main()
