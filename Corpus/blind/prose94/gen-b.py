#!/usr/bin/env python3
"""Generate a blind evaluation set of airline medical desk / occupational health email.

Usage: python3 gen.py OUTDIR
Everything here is invented: people, bookings, numbers, organisations.
"""
import sys
import os
import io
import csv
import json
import zlib
import struct
import zipfile
import random
import datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape

SEED = 9402
random.seed(SEED)

EMAILS = []

# ---------------------------------------------------------------- addresses
AIR = 'calderair.com'
MEDDESK = 'Calder Air Medical Desk <medicaldesk@calderair.com>'
OHU = 'Occupational Health Unit <occhealth@calderair.com>'
SA_TEAM = 'Special Assistance <special.assistance@calderair.com>'
CREWCTL = 'Crew Control <crewcontrol@calderair.com>'

ACHTERBERG = 'Dr Miriam Achterberg <miriam.achterberg@calderair.com>'
ASANTE = 'Dr Kwame Asante <kwame.asante@calderair.com>'
FIONA = 'Fiona Gallagher <fiona.gallagher@calderair.com>'
OWEN = 'Owen Pryce <owen.pryce@calderair.com>'
SHAUNA = 'Shauna Devlin <shauna.devlin@calderair.com>'
ACHEBE = 'Dr Helen Achebe <helen.achebe@calderair.com>'
RUTH = 'Ruth Okafor <ruth.okafor@calderair.com>'
TOM = 'Tom Hartigan <tom.hartigan@calderair.com>'
KEMI = 'Kemi Adebayo <kemi.adebayo@calderair.com>'
BRENNAN = 'Dr Lars Brennan <lars.brennan@calderair.com>'
NIAMH = 'Niamh Fitzgerald <niamh.fitzgerald@calderair.com>'
JORDAN = 'Jordan Blake <jordan.blake@calderair.com>'
PRIYANKA = 'Priyanka Sethi <priyanka.sethi@calderair.com>'
MARCUS = 'Marcus Doyle <marcus.doyle@calderair.com>'
DENISE = 'Denise Whitaker <denise.whitaker@calderair.com>'

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
    "addressee and may contain confidential or privileged information. If you have received\n"
    "it in error, please notify the sender immediately and delete it from your system. Any\n"
    "views expressed are those of the sender and not necessarily those of Calder Air Ltd.\n"
    "Calder Air Ltd, registered in England No. 04417725. Registered office: Calder House,\n"
    "4 Runway Approach, Crawley RH10 9QZ."
)

SIG_MEDDESK = """{name}
{title}
Medical Desk | Calder Air
T +44 1293 555 0142 | F +44 1293 555 0199
medicaldesk@calderair.com"""

SIG_OHU = """{name}
{title}
Occupational Health Unit | Calder Air
Calder House, 4 Runway Approach, Crawley RH10 9QZ
T 01293 555 0260 | F 01293 555 0261"""


def sig_md(name, title):
    return SIG_MEDDESK.format(name=name, title=title)


def sig_oh(name, title):
    return SIG_OHU.format(name=name, title=title)


# ---------------------------------------------------------------- dates
TZ_OFFSETS = [0, 0, 60, 60, 60, -300, -240, 240, 480, 330, 120]


def rd(month=None, day=None, hour=None, off=None):
    m = month or random.randint(1, 11)
    d = day or random.randint(1, 28)
    h = hour if hour is not None else random.randint(6, 21)
    o = random.choice(TZ_OFFSETS) if off is None else off
    tz = datetime.timezone(datetime.timedelta(minutes=o))
    return datetime.datetime(2024, m, d, h, random.randint(0, 59),
                             random.randint(0, 59), tzinfo=tz)


def earlier(d, hours):
    return d - datetime.timedelta(hours=hours, minutes=random.randint(3, 55))


def on_wrote(d, who):
    return d.strftime('On %a, %d %b %Y at %H:%M, ') + who + ' wrote:'


def orig_block(d, frm, to, subj, cc=None):
    lines = ['-----Original Message-----', 'From: ' + frm,
             'Sent: ' + d.strftime('%A, %d %B %Y %H:%M'), 'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    lines.append('Subject: ' + subj)
    return '\n'.join(lines)


def fwd_block(d, frm, to, subj, cc=None):
    lines = ['---------- Forwarded message ---------', 'From: ' + frm,
             'Date: ' + d.strftime('%a, %d %b %Y at %H:%M'),
             'Subject: ' + subj, 'To: ' + to]
    if cc:
        lines.append('Cc: ' + cc)
    return '\n'.join(lines)


def q(text):
    out = []
    for line in text.strip('\n').split('\n'):
        out.append('> ' + line if line else '>')
    return '\n'.join(out)


def html_of(text, font='Calibri, Arial, sans-serif'):
    paras = text.strip('\n').split('\n\n')
    body = ''.join('<p>' + escape(p).replace('\n', '<br>\n') + '</p>\n' for p in paras)
    return ('<html><head><meta charset="utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s</body></html>' % (font, body))


# ---------------------------------------------------------------- attachments
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1'):
    def cell(r, c, v):
        ref = _col(c) + str(r)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(str(v)))
    data = ''.join('<row r="%d">%s</row>' % (i, ''.join(cell(i, j, v) for j, v in enumerate(row)))
                   for i, row in enumerate(rows, 1))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % escape(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % data)
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                 ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)])


def docx(paragraphs):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p)
                   for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    return _zip([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def pdf(lines, size=10):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 %d Tf' % size, '%d TL' % (size + 4), '50 800 Td']
    for ln in lines:
        content.append('(%s) Tj T*' % esc(ln))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n' % (len(objs) + 1))
    out.write(b'0000000000 65535 f \n')
    for off in offsets:
        out.write(b'%010d 00000 n \n' % off)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


def png(width, height, painter):
    """painter(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(painter(x, y))

    def chunk(tag, data):
        c = struct.pack('>I', len(data)) + tag + data
        return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def logo_png():
    # plain Calder Air style logo: navy field with a teal band and white stripe
    def p(x, y):
        if 28 <= y <= 34:
            return (255, 255, 255)
        if y > 34:
            return (0, 128, 128)
        return (16, 32, 96)
    return png(160, 48, p)


def scan_png():
    # a blank scanned page: off-white with a faint grey border
    def p(x, y):
        if x < 4 or y < 4 or x > 243 or y > 343:
            return (200, 200, 200)
        return (250, 250, 247)
    return png(248, 348, p)


def ics(uid, start, end, summary, location, description, organizer, attendees):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Calder Air//Outlook Export//EN', 'VERSION:2.0',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:' + start.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART:' + start.strftime('%Y%m%dT%H%M%SZ'),
             'DTEND:' + end.strftime('%Y%m%dT%H%M%SZ'),
             'SUMMARY:' + summary, 'LOCATION:' + location,
             'DESCRIPTION:' + description.replace('\n', '\\n'),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def inner_message(frm, to, subject, body, date):
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = mid(frm)
    m.set_content(body)
    return m


def mid(frm):
    dom = frm.split('@')[-1].strip('> ').lower()
    return '<%016x.%d@%s>' % (random.getrandbits(64), random.randint(1000, 99999), dom)


# ---------------------------------------------------------------- registry
def E(label, kind, patient, frm, to, subject, body, cc=None, html=None, atts=(),
      date=None, headers=()):
    EMAILS.append(dict(label=label, kind=kind, patient=patient, frm=frm, to=to,
                       subject=subject, body=body, cc=cc, html=html, atts=list(atts),
                       date=date or rd(), headers=list(headers)))


# =====================================================================
# PHI / care
# =====================================================================
d = rd(3, 11, 10, 0)
fw_d = earlier(d, 20)
E('phi', 'care', 'Adaeze Okonkwo', JORDAN, MEDDESK,
  'FW: oxygen + wheelchair - Okonkwo / QX7H2M',
  """Hi team,

Passing this one over from the res queue. Mrs Adaeze Okonkwo, booking QX7H2M,
KD412 LHR-LOS on 14 Mar, seat 22C at the moment.

She'll need a wheelchair right to the aircraft door (can't manage the steps) and
she's bringing her own oxygen machine, the small portable one. Her son Chidi is
on the same booking and will carry the spare batteries.

Agent says the MEDIF was emailed over by her GP surgery on Friday but I can't see
it linked to the PNR. Could you check whether it's arrived and let me know if we
need anything else from her? She's quite anxious about it, she has rung us three
times now.

I've put WCHC on for now, will change to WCHS if you think that's more
appropriate.

Thanks
Jordan

Jordan Blake
Special Assistance Team | Reservations
Calder Air
Ext 4417

%s

Hello,

My mum Adaeze Okonkwo is flying with me to Lagos on the 14th (ref QX7H2M). She
uses oxygen at home and her doctor has filled the airline form, the surgery said
they sent it to you on Friday. Can you please confirm you have it? She also cannot
walk far, she needs a wheelchair from check-in to the plane. We will bring her
own machine and 3 batteries.

Many thanks
Chidi Okonkwo
07700 900 318
""" % fwd_block(fw_d, 'Chidi Okonkwo <chidi.okonkwo@example.net>', 'reservations@calderair.com',
                'Mum travelling 14 March - wheelchair and oxygen'),
  date=d)

d = rd(5, 20, 16, -240)
E('phi', 'care', 'Tomasz Wieczorek', DENISE, 'Fiona Gallagher <fiona.gallagher@calderair.com>',
  'KD88 arr 1735L tmrw - stretcher pax + ambulance',
  """Fiona - confirming for tomorrow:

Stretcher pax Mr Tomasz Wieczorek arr on KD88, rows 38-40 DEF blocked.
Ambulance from Harbourline booked to meet at the stand, crew of 2, transfer
straight to Mount Carrow Hospital in Queens. His nurse escort (Hannah Reyes,
AeroDoc) travels with him and will hand over to the ambulance crew at the
aircraft. Wife is meeting him at the hospital, not the airport.

Highlift booked for 1745. Pax to come off last.

Shout if anything changes.
D

Sent from my iPad""",
  cc='JFK Ops <jfk.ops@calderair.com>', date=d)

d = rd(4, 5, 17, 60)
E('phi', 'care', 'Rhys Calloway; Priya Nandakumar; Colin Hargreaves; Marta Szymańska',
  RUTH, KEMI, 'handover w/c 8 April',
  """Kemi,

Thanks for picking up my caseload while I'm off. Quick run-down of who needs
what:

- Capt Rhys Calloway (787 fleet) - phased return, week 2 of 4. Rostering know
  max 2 sectors a day, no nights. He's due a catch-up call Weds; he usually
  picks up after 4pm.
- Priya Nandakumar (FO, A320) - please ring her Thurs to see how she's getting
  on with the new tablets. If all ok she's booked with Dr Brennan on 3 May.
- Colin Hargreaves (engineering, Hangar 2) - workstation assessment done, the
  chair and footrest are ordered, chase Facilities if not in by Friday.
- Marta Szymańska (cabin crew, LGW) - has asked to move her appt from the 11th
  to the week after, any slot with Dr Achebe is fine. She's on earlies so
  afternoons suit her.

Nothing urgent otherwise. Folders are on the shared drive under Caseload > RO.

Ruth

""" + sig_oh('Sister Ruth Okafor RGN SCPHN(OH)', 'Occupational Health Nurse Advisor') + '\n\n' + DISCLAIMER,
  cc=ACHEBE, date=d)

d = rd(6, 4, 11, 60)
inner_d = earlier(d, 26)
E('phi', 'care', 'Harold Binns', PRIYANKA, MEDDESK,
  'FW: Help for my father on 9 June flight - ref CR-118902',
  """Hi Medical Desk,

Could someone take a look at this one? Customer's father is travelling
DXB-LHR-MAN on 9 June. I've replied to say we'll come back to her within 48h.
Not sure if we need anything medical from him or if it's just assistance.

Thanks
Priyanka

Priyanka Sethi
Customer Relations Executive
Calder Air

%s

Hello,

My dad Harold Binns is flying home from Dubai with you on 9 June (booking
K7PLXR) after a few weeks in hospital out there. He's 84 and a bit unsteady on
his feet and still gets tired very quickly. The hospital say he's ok to fly but
I'm worried about the change at Heathrow - it's a long way and he won't ask for
help, he never does.

Can someone meet him off the plane and take him through to the Manchester
flight? Also he has to take his tablets at set times and I don't know if he'll
remember with the time difference, is there any way the crew could remind him?

I'll be waiting for him at Manchester arrivals.

Thank you so much
Gemma Binns
07700 900 746
""" % fwd_block(inner_d, 'Gemma Binns <gemma.binns@example.com>', 'customer.relations@calderair.com',
                'Help for my father on 9 June flight'),
  date=d)

d = rd(5, 22, 21, 60)
E('phi', 'care', 'Lucia Ferraro',
  'Natalie Quinn <natalie.quinn@calderair.com>', MEDDESK,
  'KD231 FCO-LHR 22/05 - pax unwell',
  """Hi Med Desk,

Just a heads up before the CIR goes in tonight.

Passenger Lucia Ferraro, 23C, came over faint about 40 mins after departure.
We laid her down in the rear galley with her legs up, gave her water and some
oxygen from the portable bottle for about 15 mins. She came round fine and was
chatting with us by the top of descent so we didn't need to call AeroDoc.

Her husband Paolo asked for a wheelchair on arrival which we arranged via the
flight deck. She walked off in the end but used the chair through the terminal.
Contact number she gave us is 07700 900 431. O2 bottle 2 used, tagged and logged
in the tech log.

Everything is on the CIR, ref CIR-24-05-2231.

Thanks
Natalie

Natalie Quinn
Cabin Service Director, LHR""",
  cc='Cabin Safety <cabin.safety@calderair.com>', date=d)

d = rd(8, 19, 14, 60)
body = """Dear Mr Iyer,

Thank you for sending the details of your Inogen One G5 and the completed
physician's statement.

I'm pleased to confirm that you can use your portable oxygen concentrator on
board KD221 London Heathrow - Chennai on 3 September and KD222 Chennai - London
Heathrow on 17 September.

A few things to remember on the day:

1. Please bring enough fully charged batteries for 150% of the flight time -
   that's about 15 hours of battery life for each flight.
2. Seat 31A is held for you on both flights. The device can't be used in an
   emergency exit row, so please don't accept a seat change to one at the gate.
3. Have the signed physician's statement with you at check-in and at the gate.
4. Spare batteries must be in your cabin bag with the terminals protected.

Your wheelchair assistance to the aircraft door is also confirmed at both
airports.

If anything changes with your health before you travel, please let us know.

Kind regards

Shauna Devlin
MEDIF Coordinator
Medical Desk | Calder Air
T +44 1293 555 0142
"""
E('phi', 'care', 'Sanjay Iyer', SHAUNA, 'Sanjay Iyer <sanjay.iyer@example.org>',
  'Your travel on 3 and 17 September - portable oxygen approved', body,
  cc=SA_TEAM, html=html_of(body), date=d)

d = rd(7, 12, 9, 60)
helen_d = earlier(d, 2)
E('phi', 'care', 'Leanne Mortimer', TOM, ACHEBE,
  'RE: appt for Leanne Mortimer',
  """Done - booked Tue 16th 10:30 phone appt, questionnaire sent to her personal
email, Crew Control told she stays off the roster until after you've spoken to
her (no details given).

Tom

Tom Hartigan
OH Administrator | Occupational Health Unit
Ext 4262

%s

Tom, can you book Leanne Mortimer (CC, staff no 44871, LGW) in with me Tue 16th
10:30 for her return to flying review? Phone is fine, she'd prefer a call as
she's still not driving. Send her the pre-appt questionnaire and let Crew
Control know she stays off until we've spoken.

thx
H
""" % orig_block(helen_d, 'Achebe, Helen', 'Hartigan, Tom', 'appt for Leanne Mortimer'),
  date=d)

d = rd(10, 14, 12, 60)
orig_d = earlier(d, 3)
E('phi', 'care', 'Dermot Foley', FIONA,
  'Aoife Brennan <aoife.brennan@harbourline-med.com>',
  'RE: KD507 diversion 12/10 - pax update / rebooking',
  """Thanks Aoife, really appreciate your team's help with this one.

I've asked Special Assistance to rebook Mr and Mrs Foley on Wednesday's KD505
with the wheelchair and meet-and-assist for the Boston connection. Will send you
the new booking once it's ticketed. Once the discharge letter arrives I'll get
one of our doctors to look at it before we confirm.

Best
Fiona

""" + sig_md('Fiona Gallagher RGN', 'Flight Nurse / Medical Desk Coordinator') + """

%s

Hi Fiona,

Update on the passenger from KD507 that diverted into Shannon on Saturday.

Mr Dermot Foley was discharged from the University Hospital this morning and
our driver took him and Mrs Foley to the airport hotel. He's walking with a
stick and the doctors are happy for him to fly from Wednesday as long as his
wife is with him.

He'll need:
 - aisle seat with extra legroom
 - wheelchair to the aircraft door at SNN and at JFK
 - meet and assist for his connection to Boston

The discharge letter will follow by fax once Mrs Foley signs the consent form.
His original booking ref was HQ4D9N.

Kind regards
Aoife Brennan
Duty Manager, Harbourline Airport Medical - Shannon
+353 61 555 0190
""" % orig_block(orig_d, 'Aoife Brennan', 'Medical Desk',
                 'KD507 diversion 12/10 - pax update / rebooking'),
  cc=SA_TEAM, date=d)

# =====================================================================
# PHI / ids
# =====================================================================
E('phi', 'ids', '', MARCUS, MEDDESK,
  'Case CR-2024-118734 - oxygen charge refund query',
  """Hi,

Customer is asking for the GBP 150 supplementary oxygen charge to be refunded as
she says she didn't use it on the return leg.

Booking ref LMZ4QP, ticket 642-2198830471 (return sector 19 Feb, KD603).
MEDIF apparently approved on 02 Feb.

Can you confirm the clearance ref and whether oxygen was actually loaded for the
19th? As I read the policy there's no refund if it was loaded, but I want to
check before I reply to her.

Thanks
Marcus

Marcus Doyle
Customer Relations | Calder Air
""", date=rd(3, 1, 15, 0))

E('phi', 'ids', '', 'OH Notifications <oh-notify@calderair.com>', CREWCTL,
  'Fitness notification - staff no. 30917',
  """FITNESS FOR DUTY NOTIFICATION  -  Occupational Health Unit
============================================================

Staff number ........ 30917
Role ................ Senior First Officer, A350 fleet
Base ................ LHR
Assessment date ..... 27/06/2024

Outcome ............. UNFIT for flying duties
Ground duties ....... Fit for restricted ground duties (no simulator
                      instruction) from 01/07/2024
Review date ......... 29/07/2024
Licence ............. Medical certificate suspended pending AME review.
                      Crew member has been advised to notify the CAA.

Please remove from the flying roster until further notice. No clinical details
are to be entered on the rostering system. Queries to OH on ext 4260.

This is an automatically generated message from OH Manager. Do not reply.
""", date=rd(6, 27, 16, 60))

E('phi', 'ids', '', 'Northgate MRO Results <results@northgatemro.com>', NIAMH,
  'Verified result - CCF 7730192',
  """MEDICAL REVIEW OFFICER - VERIFIED RESULT REPORT

Employer ............ Calder Air Ltd (US operations)   Acct 40021
DER ................. N. Fitzgerald
Donor ID ............ XXX-XX-4418
Employee no. ........ 22054
Specimen ID (CCF) ... 7730192
Collection date ..... 04/11/2024
Collection site ..... Harbourline Occupational Services, JFK Bldg 151
Reason for test ..... Random
Regulated ........... DOT / FAA

VERIFIED RESULT ..... NEGATIVE - DILUTE
Creatinine .......... 3.4 mg/dL   Specific gravity 1.0028

ACTION REQUIRED: Per employer policy, an immediate recollection under direct
observation is required for negative-dilute results with creatinine 2-5 mg/dL.
Please notify the donor and schedule the recollection without advance notice.

Verified by: Alan Pierce, MD, MRO   Date verified: 04/15/2024

This report is confidential and intended only for the Designated Employer
Representative. Northgate MRO Services, 2200 Commerce Park Dr, Suite 410,
Hartford CT 06101. Tel (860) 555-0143.
""", date=rd(4, 15, 11, -240))

gop = pdf([
    'ALLSAFE ASSISTANCE - GUARANTEE OF PAYMENT',
    '',
    'To: Calder Air Medical Desk                 Date: 21/08/2024',
    'Our file: AX-55-20931',
    'Insured: MR W. PARTRIDGE     DOB 19/07/1951',
    'Policy: ALS-TRV-0093318-02',
    '',
    'Service: Stretcher (STCR) on KD1187 AGP-LHR 24/08/2024',
    '         incl. medical oxygen 2 L/min continuous',
    '         accompanying flight nurse (separate booking R8TK2F)',
    'Your booking ref: R8TK2D',
    '',
    'Allsafe Assistance guarantees payment of the above services up to',
    'GBP 9,500.00 on presentation of invoice quoting our file number.',
    '',
    'Invoices to: claims@allsafeassist.net',
    'Authorised: L. Mendez, Case Manager, Medical Operations',
])
E('phi', 'ids', 'W. Partridge',
  'Laura Méndez <ops@allsafeassist.net>', MEDDESK,
  'AX-55-20931 / PNR R8TK2D - stretcher AGP-LHR - GOP attached',
  """Dear Medical Desk,

Further to our call this morning, please find attached our Guarantee of Payment
for the stretcher on KD1187 AGP-LHR on 24/08.

Patient DOB 19/07/1951, our file AX-55-20931, your booking ref R8TK2D.
Accompanied by our flight nurse (separate booking R8TK2F).
Oxygen 2 L/min continuous required for the whole flight.

The MEDIF part 2 from the treating hospital in Malaga was sent to you yesterday
at 17:40 CET.

Please send the invoice to claims@allsafeassist.net quoting our file number.

Kind regards

Laura Méndez
Case Manager | Medical Operations
Allsafe Assistance
+34 952 555 018 (24h)
""", atts=[(gop, 'application', 'pdf', 'GOP_AX-55-20931.pdf')], date=rd(8, 21, 9, 120))

E('phi', 'ids', '', SHAUNA, SA_TEAM, 'FREMEC KDF-00412 renewed',
  """Hi SA team,

FREMEC no. KDF-00412 renewed to 30/09/2025 for Calder Club member 7720048815.

Conditions unchanged - WCHS both directions, own POC approved, no MEDIF needed
per trip while the card is valid.

Please update the remarks on the FF profile.

Thanks
Shauna
""", date=rd(9, 26, 13, 60))

d = rd(4, 23, 10, 60)
ap_d = earlier(d, 70)
E('phi', 'ids', '', 'Harbourline Accounts <accounts@harbourline-med.com>',
  'Accounts Payable <accounts.payable@calderair.com>',
  'RE: Invoice 88213 - query on line 3',
  """Hello,

Line 3 relates to the ambulance transfer for the passenger from seat 14F on
KD903 on 14 March (in-flight collapse, handed over at stand 312, conveyed to
East Surrey). There is no PO because it was a same-day call-out.

The passenger's travel insurer opened claim CLM-447120 and we were originally
told to bill them, but they've come back saying the airline requested the
ambulance so the cost should sit with you. Could your medical desk confirm who
called it? The crew request was logged at 11:52 by your LGW ops.

I've copied Medical Desk in.

Regards
Samira Khalil
Accounts Receivable
Harbourline Airport Medical Ltd

%s

Hi, we've received invoice 88213 (March) but line 3 - ambulance transfer
14/03 GBP 480.00 - has no PO or authorisation reference. Please advise what this
relates to before we can pay.

Thanks, AP team
""" % orig_block(ap_d, 'Accounts Payable', 'Harbourline Accounts', 'Invoice 88213 - query on line 3'),
  cc=MEDDESK, date=d)

E('phi', 'ids', '', 'Dr Simone Varga <s.varga@aviamedclinic.com>', OHU,
  'Class 1 renewal deferred - UK.FCL.PA.0034471',
  """Dear colleagues,

For your records: the Class 1 renewal for the holder of licence
UK.FCL.PA.0034471 (DOB 14/02/1979), examined here on 02/09, has been deferred
to the CAA Medical Assessor pending a cardiology report following the ECG
changes we discussed by phone on Monday.

The pilot is aware and has been advised not to exercise the privileges of the
licence after the current certificate expires on 30/09. Exercise tolerance test
and echo are booked for 12/09 privately.

I have the pilot's written consent to share this with Calder Air OH.

Kind regards

Dr Simone Varga MBBS DAvMed
Aeromedical Examiner (AME No. 0917)
Aviamed Clinic, Unit 3 Gatwick Gate, Charlwood Road, Lowfield Heath RH11 0QF
T 01293 555 0377
""", date=rd(9, 4, 16, 60))

medif1 = pdf([
    'CALDER AIR - MEDICAL INFORMATION FORM (MEDIF)  PART 1',
    '',
    'Passenger name:   GOMEZ / INES MRS',
    'Booking ref:      5GHW2T          Agency: Globeways Travel (IATA 91-2 3345 6)',
    'Itinerary:        KD715 MAD-LHR 18JUL',
    'Nature of incapacity: fractured femur, ORIF 09JUL',
    '',
    'Stretcher required:            YES',
    'Wheelchair:                    WCHC',
    'Escort:                        husband (same booking)',
    'Ambulance at arrival:          YES - to private residence, Richmond',
    'Own medical equipment:         none',
    'Oxygen:                        not requested',
    '',
    'Part 2 to be completed by attending physician.',
])
E('phi', 'ids', 'Ines Gomez', 'Ravi Menon <bookings@globeways-travel.com>', MEDDESK,
  'MEDIF PNR 5GHW2T / STCR / dep 48h',
  """hi

pls see attached MEDIF part 1 for the pax on PNR 5GHW2T, part 2 from the
treating dr should follow today hopefully. flight is KD715 on thurs.

pls advise asap if stretcher can be confirmed, family need to book the ambulance
at the other end.

rgds
Ravi
Globeways Travel
""", atts=[(medif1, 'application', 'pdf', 'MEDIF_part1_5GHW2T.pdf')], date=rd(7, 16, 8, 60))

# =====================================================================
# PHI / lang
# =====================================================================
E('phi', 'lang', 'Luz Marina Restrepo Cárdenas',
  'Carolina Restrepo <caro.restrepo@example.com>', MEDDESK,
  'Consulta oxígeno para mi mamá - vuelo KD640 Bogotá',
  """Buenas tardes,

Les escribo porque mi mamá, Luz Marina Restrepo Cárdenas, viaja el 22 de
octubre de Bogotá a Londres en el vuelo KD640 (reserva WZ3K8P). Ella tiene EPOC
y usa oxígeno en la casa a 2 litros por minuto. El neumólogo dice que sí puede
viajar pero con oxígeno durante todo el vuelo.

¿Ustedes le pueden dar el oxígeno a bordo o tiene que llevar su propio
concentrador? ¿Qué formulario tiene que llenar el médico y a dónde lo mandamos?

También necesitaría silla de ruedas en El Dorado y en Heathrow porque se cansa
mucho caminando, y si es posible un asiento cerca del baño.

Quedo atenta, mil gracias.

Carolina Restrepo
Cel. +57 310 555 0187

Enviado desde mi Huawei
""", date=rd(9, 30, 15, -300))

E('phi', 'lang', 'Karim Benali',
  'Dr Étienne Marchal <e.marchal@aeromed-roissy.com>', MEDDESK,
  'Passager KD318 – débarquement médical CDG 05/11',
  """Bonjour,

Pour information, le passager M. Karim Benali (siège 17A, vol KD318 LHR–NCE
dérouté sur CDG) a été pris en charge par notre équipe au poste F32 à 14h10.

Douleur thoracique depuis environ 40 minutes à l'arrivée, ECG réalisé à bord :
sus-décalage du segment ST en inférieur. Aspirine déjà donnée par l'équipage
sur conseil de votre service de télémédecine. Transfert par le SMUR vers le
Centre hospitalier Val-de-Roissy, service de cardiologie interventionnelle.

Son épouse l'accompagne. Leurs deux valises sont restées à bord et sont
reparties vers Nice ; merci de voir avec votre escale pour qu'elles soient
renvoyées à l'hôpital ou au domicile.

Le compte rendu d'intervention vous sera transmis par fax dès réception de
l'accord écrit du patient.

Cordialement,

Dr Étienne Marchal
Médecin urgentiste – Service médical aéroportuaire
Aéroport Paris-CDG, Terminal 2
Tél. +33 1 55 55 01 42
""", date=rd(11, 5, 17, 60))

E('phi', 'lang', 'Juliana Matos',
  'Juliana Matos <ju.matos.cc@example.com>', OHU,
  'Retorno ao trabalho - atestado (matrícula 51872)',
  """Olá, equipe de Saúde Ocupacional,

Segue em anexo o atestado médico escaneado. Tive dengue no começo do mês e
fiquei internada 4 dias no hospital em Campinas por causa das plaquetas
baixas. Recebi alta no dia 12 e o médico me liberou para voltar ao trabalho a
partir do dia 20.

Minha matrícula é 51872, comissária de bordo, base GRU.

Ainda sinto um pouco de cansaço no fim do dia, mas os exames de sangue da
semana passada já vieram normais. Preciso passar por consulta com a Dra.
Achebe antes de voltar para a escala? Se precisar, posso fazer por vídeo.

Obrigada e desculpem o português, o pessoal da base disse que podia escrever
assim.

Juliana Matos

Enviado do meu iPhone
""", atts=[(scan_png(), 'image', 'png', 'atestado_scan_001.png')], date=rd(3, 14, 22, -180))

d = rd(8, 6, 9, 480)
inner_d = earlier(d, 15)
E('phi', 'lang', 'Maricel Dela Cruz',
  'Grace Villanueva <grace.villanueva@calderair.com>', OHU,
  'FW: Pregnancy notification po',
  """Hi OH team,

Please see below from one of my MNL crew, forwarded with her permission. I've
taken her off the flying roster from today. Can OH contact her for the
pregnancy assessment and ground duties? She prefers Tagalog or English.

Thanks,
Grace

Grace Villanueva
Cabin Crew Manager - Manila Base
Calder Air

%s

Hi Ma'am Grace,

Magandang umaga po. Gusto ko lang pong ipaalam na buntis po ako, mga 9 weeks
na daw sabi ng OB ko kahapon sa check-up. Alam ko po na kailangan i-report
agad para ma-ground. Nagka-konting spotting po ako noong isang linggo
pagkatapos ng HKG flight pero okay naman daw ang ultrasound, pinapainom lang
ako ng pampakapit at pinagpapahinga muna ng isang linggo.

Pwede po ba akong ilipat sa ground duty sa Makati office habang buntis? Kaya
ko pa naman po mag-work basta hindi lang muna lilipad.

Attached ko po mamaya yung medical certificate ng OB ko, hinihintay ko pa po.

Salamat po ng marami.

Maricel Dela Cruz
Staff no. 60233, FA - MNL
""" % fwd_block(inner_d, 'Maricel Dela Cruz <maricel.delacruz@calderair.com>',
                'Grace Villanueva <grace.villanueva@calderair.com>', 'Pregnancy notification po'),
  date=d)

E('phi', 'lang', 'Nguyễn Văn Hùng',
  'Nguyễn Thị Lan <lan.nguyen.uk@example.com>', MEDDESK,
  'Xin hướng dẫn thủ tục vận chuyển bệnh nhân bằng cáng - mã đặt chỗ NV6T2H',
  """Kính gửi Phòng Y tế của Calder Air,

Tôi là Nguyễn Thị Lan, con gái của ông Nguyễn Văn Hùng (sinh năm 1949). Bố tôi
vừa được mổ bắc cầu động mạch vành tại bệnh viện ở London ngày 3/7 và bác sĩ dự
kiến cho xuất viện vào cuối tháng này. Gia đình muốn đưa bố về Hà Nội để tiếp
tục điều dưỡng.

Bác sĩ nói bố tôi chưa ngồi được lâu nên cần nằm cáng trên máy bay và có thể
cần thở ôxy. Xin quý hãng cho biết:
 - Thủ tục và giấy tờ cần thiết (mẫu MEDIF?)
 - Có cần y tá đi kèm không, hay tôi đi cùng là được?
 - Chi phí cho cáng và bình ôxy khoảng bao nhiêu?

Mã đặt chỗ hiện tại: NV6T2H (chuyến KD 960 ngày 28/7, chưa xuất vé cho bố).
Số điện thoại của tôi: +44 7700 900 662.

Xin chân thành cảm ơn.

Trân trọng,
Nguyễn Thị Lan
""", date=rd(7, 9, 20, 60))

medif2 = pdf([
    'MEDIF PART 2 - TO BE COMPLETED BY ATTENDING PHYSICIAN',
    '',
    'Patient: CHEN GUOHUA   Age: 72   Sex: M',
    'PNR: MH8Q4C   Flight: KD286 PVG-LHR 03OCT',
    'Diagnosis: community-acquired pneumonia, resolving. Admitted 10-19 Sep.',
    'SpO2 on room air at rest: 91%   Hb: 118 g/L',
    'Oxygen requirement in flight: 2 L/min continuous',
    'Mobility: walks short distances; wheelchair for boarding',
    'Infectious at time of travel: NO (two negative sputum results)',
    'Escort: daughter, CHEN JING',
    '',
    'Physician: Dr Zhou Min, Respiratory Dept., Pudong Riverside Hospital',
    'Signed 24 SEP 2024',
])
E('phi', 'lang', 'Chen Guohua', '王丽 Wang Li <li.wang@calderair.com>', MEDDESK,
  'KD286 PVG-LHR 10月3日 旅客医疗申请 MEDIF - 陈国华',
  """Medical Desk 各位好，

附件是旅客陈国华先生（PNR: MH8Q4C，10月3日 KD286 PVG-LHR）的 MEDIF 第二部分，
由浦东滨江医院呼吸科周敏医生填写。

旅客72岁，9月因肺炎住院，19日出院，目前静息血氧91%，医生建议全程低流量吸氧
2升/分钟。申请如下：
1. 轮椅 WCHC（上下飞机都需要）
2. 机上医用氧气
3. 座位尽量靠近前舱，方便上下机

家属（女儿陈静，同一订座记录）全程陪同。

旅客预计后天出发，麻烦尽快审核，有问题请直接回复我或打电话。谢谢！

王丽
浦东站 旅客服务主管
Calder Air Shanghai Station
电话 +86 21 5555 0136
""", atts=[(medif2, 'application', 'pdf', 'MEDIF_Part2_CHEN_MH8Q4C.pdf')],
  date=rd(10, 1, 10, 480))

E('phi', 'lang', 'Fatima Al-Zahra Youssef',
  'أحمد المنصوري <ahmed.almansouri@calderair.com>', MEDDESK,
  'إنزال راكبة لأسباب طبية - KD034 DXB-LHR 17/08',
  """السادة في المكتب الطبي المحترمين،

تحية طيبة وبعد،

نود إبلاغكم بأنه تم إنزال الراكبة فاطمة الزهراء يوسف (رقم الحجز TB5R7J، المقعد
41K) من الرحلة KD034 بتاريخ 17 أغسطس قبل الإقلاع، بعد أن شعرت بدوار شديد وصداع
وضيق في التنفس عند البوابة C14.

قام الفريق الطبي في المطار بفحصها، وكان ضغط الدم مرتفعًا (180/110)، وتم نقلها
بالإسعاف إلى مستشفى الميناء للمراقبة. أفادت الراكبة بأنها حامل في الأسبوع
الثلاثين. زوجها بقي معها وتم إنزال أمتعتهما (حقيبتان).

نرجو إرشادنا بخصوص إعادة الحجز، وما هي متطلبات شهادة اللياقة للسفر في حالتها
قبل أن نقبلها على رحلة أخرى.

مع خالص التحية،

أحمد المنصوري
مدير المحطة - دبي
Calder Air
هاتف: +971 4 555 0121
""", date=rd(8, 17, 23, 240))

E('phi', 'lang', 'Krzysztof Zieliński',
  'Krzysztof Zieliński <k.zielinski.pilot@example.com>',
  'Agnieszka Nowak <agnieszka.nowak@calderair.com>',
  'Badanie lotniczo-lekarskie – przesunięcie terminu',
  """Dzień dobry Pani Agnieszko,

Piszę w sprawie mojego badania klasy 1 zaplanowanego u dr. Brennana na 14
listopada. Niestety w zeszłym tygodniu miałem zabieg kruszenia kamienia w
nerce (litotrypsja) w szpitalu w Krakowie i urolog zalecił dwa tygodnie
przerwy w lataniu oraz kontrolne USG 25 listopada.

Mam wypis ze szpitala po polsku – czy potrzebne jest tłumaczenie przysięgłe,
czy wystarczy skan? Czy mogę przełożyć badanie na koniec listopada, po
kontroli?

Zgłosiłem się już jako niezdolny do lotów w Crew Control (bez podawania
szczegółów).

Nr pracownika 38815, FO A320, baza LGW.

Pozdrawiam serdecznie,
Krzysztof Zieliński
tel. +48 600 555 271
""", date=rd(11, 4, 19, 60))

# =====================================================================
# PHI / lists
# =====================================================================
E('phi', 'lists',
  'Adaeze Okonkwo; Bridget Halloran; Kwabena Osei; George Fenwick; Aurelio Bassi; Winifred Catterall',
  'DCS Reports <dcs-reports@calderair.com>', [MEDDESK, SA_TEAM],
  'SA MANIFEST LHR DEPARTURES 14MAR24 (0600-1400)',
  """SPECIAL ASSISTANCE MANIFEST  -  LHR  -  14MAR24  -  generated 13MAR 2200Z

FLT   | STD  | PNR    | NAME                    | SSR        | REMARKS
------+------+--------+-------------------------+------------+-----------------------------------
KD118 | 0710 | B2LW9R | FENWICK/GEORGE MR       | WCHR       | own walking frame, gate check
KD118 | 0710 | B2LW9R | FENWICK/JOAN MRS        | -          | companion
KD221 | 0905 | Z9PF3A | HALLORAN/BRIDGET MS     | MEDA OXYG  | O2 3L/min cont. clr MD-2403-117
KD412 | 0945 | QX7H2M | OKONKWO/ADAEZE MRS      | WCHC POC   | Inogen G5, MEDIF ok MD-2403-122
KD412 | 0945 | QX7H2M | OKONKWO/CHIDI MR        | -          | escort, carries batteries
KD603 | 1205 | M4KD8X | OSEI/KWABENA MR         | STCR MEDA  | post CVA, nurse escort AeroDoc
KD603 | 1205 | M4KD8X | ADJEI/RUTH MS           | -          | flight nurse (AD-N-0457)
KD715 | 1330 | T7CV2A | BASSI/AURELIO MR        | BLND WCHS  | guide dog in cabin, DOC OK
KD715 | 1330 | H3RR6P | CATTERALL/WINIFRED MRS  | WCHS DPNA  | dementia, daughter travelling

TOTAL SSR PAX: 9   MEDA: 2   STCR: 1   OXYG/POC: 2

*** Report generated automatically from DCS. Do not reply to this address. ***
""", date=rd(3, 13, 22, 0))

rtd_csv = io.StringIO()
w = csv.writer(rtd_csv, lineterminator='\r\n')
w.writerow(['staff_no', 'name', 'role', 'base', 'status', 'restriction', 'next_review', 'case_owner', 'notes'])
for row in [
    ['30917', 'Okwuosa, Daniel', 'SFO A350', 'LHR', 'Unfit', 'Ground only - no sim', '29/07/2024', 'HA', 'cardiology f/u awaited'],
    ['44871', 'Mortimer, Leanne', 'CC', 'LGW', 'Unfit', 'Off roster', '16/07/2024', 'HA', 'RTF review by phone'],
    ['27114', 'Calloway, Rhys', 'CPT 787', 'LHR', 'Phased RTD', 'Max 2 sectors/day, no nights', '24/07/2024', 'RO', 'wk 4 of 4'],
    ['51872', 'Matos, Juliana', 'CC', 'GRU', 'Fit', '-', '-', 'KA', 'closed 20/03 post dengue'],
    ['60233', 'Dela Cruz, Maricel', 'CC', 'MNL', 'Unfit (pregnancy)', 'Ground duties Makati', '05/09/2024', 'KA', 'risk assessment done'],
    ['71240', 'Whitlock, Dean', 'Ramp', 'LHR', 'Modified duties', 'No lifting >10kg', '22/07/2024', 'RO', 'physio ongoing'],
    ['38815', 'Zielinski, Krzysztof', 'FO A320', 'LGW', 'Unfit', 'Off roster', '26/07/2024', 'LB', 'post lithotripsy'],
    ['49902', 'Baptiste, Noelle', 'CC', 'LHR', 'Phased RTD', 'Day trips only', '31/07/2024', 'RO', 'counselling via EAP'],
]:
    w.writerow(row)
E('phi', 'lists',
  'Daniel Okwuosa; Leanne Mortimer; Rhys Calloway; Juliana Matos; Maricel Dela Cruz; Dean Whitlock; Krzysztof Zielinski; Noelle Baptiste',
  RUTH, ACHEBE, 'RTD tracker w/e 12 July',
  """Helen,

Weekly return-to-duty tracker attached for Monday's case review. Three new
since last week (Dela Cruz, Whitlock, Zielinski), one closed (Matos).

Ruth
""", cc=[KEMI, BRENNAN],
  atts=[(rtd_csv.getvalue(), 'text', 'csv', 'RTD_tracker_2024-07-12.csv')], date=rd(7, 12, 16, 60))

fu = xlsx([
    ['Employee no', 'Name', 'Role', 'Base', 'SAP plan start', 'Tests in 12m', 'Panel', 'Done to date', 'Next window'],
    ['22054', 'Torres, Miguel', 'Aircraft mechanic', 'JFK', '2024-01-22', 6, 'Drug + alcohol', 3, 'Jul 08 - Aug 02'],
    ['22311', 'Okafor-Jones, Andre', 'Ramp agent', 'JFK', '2024-03-04', 6, 'Alcohol only', 2, 'Jul 15 - Aug 09'],
    ['27730', 'Lindgren, Mark', 'First Officer 777', 'LHR', '2024-05-13', 12, 'Drug + alcohol + PEth', 1, 'Jul 01 - Jul 19'],
    ['23490', 'Hale, Brandon', 'Dispatcher', 'BOS', '2023-11-06', 6, 'Drug', 5, 'Jul 22 - Aug 16'],
    ['24107', 'Kowalski, Dana', 'Flight attendant', 'JFK', '2024-02-19', 8, 'Drug + alcohol', 3, 'Jul 08 - Jul 26'],
], 'Q3 follow-up')
E('phi', 'lists', 'Miguel Torres; Andre Okafor-Jones; Mark Lindgren; Brandon Hale; Dana Kowalski',
  NIAMH, 'Scheduling <scheduling@harbourline-med.com>',
  'Follow-up testing schedule Q3 - CONFIDENTIAL',
  """Hi Rosa,

Attached is the Q3 follow-up testing schedule. As before, please schedule
within the windows shown, unannounced, and all collections for these donors
are under direct observation. Lindgren is UK-based and will be collected at
LHR via our UK provider, he's on there so you have the complete list.

Please don't forward the sheet outside your scheduling team.

Thanks
Niamh

Niamh Fitzgerald
Drug & Alcohol Programme Manager / DER
Calder Air
T +44 1293 555 0275 | M +44 7700 900 519

""" + DISCLAIMER, atts=[(fu, 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         'FU_testing_Q3_2024.xlsx')], date=rd(6, 28, 11, 60))

E('phi', 'lists',
  'Graham Pettifer; Ibrahim Haddad; Sunita Rao; Eileen McAteer; Lucia Ferraro; Oliver Kemp; Martha Quigley',
  FIONA, ACHTERBERG, 'May IFME log - for review before safety mtg',
  """Miriam,

May in-flight medical event log below, 7 events logged (2 more CIRs still to
come in from the JNB crews). Names are in this version so please don't forward
it on - I'll send the anonymised one to the safety meeting.

DATE   FLT    SEAT  PAX                 AGE  EVENT                     AEROdoc  OUTCOME
-----  -----  ----  ------------------  ---  ------------------------  -------  --------------------------
02MAY  KD455  12C   PETTIFER Graham     74   low sats, O2 increased    Y        continued, met by WCHC
07MAY  KD101  34G   HADDAD Ibrahim      58   chest pain, AED applied   Y        DIVERTED KEF, admitted
11MAY  KD562  8A    RAO Sunita          41   anaphylaxis (nuts)        Y        adrenaline x1, amb at LCA
15MAY  KD88   40F   McATEER Eileen      81   confusion, fall in aisle  N        wheelchair, own GP advised
22MAY  KD231  23C   FERRARO Lucia       37   faint                     N        recovered, WCHR arr
26MAY  KD940  17D   KEMP Oliver         6    vomiting, dehydration     Y        continued, parents declined
29MAY  KD603  51B   QUIGLEY Martha      66   hypoglycaemia (T1DM)      N        glucose gel, recovered

Two for you to look at specifically: the Rao one (crew only had one adrenaline
pen in the FAK, she needed a second dose on the ground) and McAteer (she had
a MEDIF in January but nothing for this trip).

F
""", date=rd(6, 3, 15, 60))

E('phi', 'lists',
  'Eleanor Whitcombe; Rajesh Patel; Bronwen Llewellyn; Samuel Achterkamp; Yasmin Haider; Terence Doolan',
  MARCUS, MEDDESK, 'Medical refund requests awaiting sign-off (6)',
  """Hi both,

These are the outstanding medical-related refund requests sitting with Customer
Relations waiting on your sign-off. Some are getting close to the 28-day SLA so
anything you can do this week would be great.

1. Eleanor Whitcombe - 03/06/1948 - unable to fly, hospital admission 2 days before dep (letter on case CR-118455)
2. Rajesh Patel - 17/11/1972 - GP letter: not fit to fly for 6 wks after DVT, wants refund not voucher
3. Bronwen Llewellyn - 29/01/1990 - pregnancy complication, 31 weeks, consultant letter attached to case
4. Samuel Achterkamp - 08/08/1959 - denied boarding by crew (unwell at gate), disputes this
5. Yasmin Haider - 12/04/2001 - broke ankle, can't manage flight, booking Z4NN8Q
6. Terence Doolan - 22/10/1944 - passed away before travel, wife requesting refund, death cert provided

For #4 I think we need a proper medical view, there's an AeroDoc ref on the
station report (AD-240611-0742).

Cheers
Marcus

Marcus Doyle
Customer Relations | Calder Air
""", cc=ACHTERBERG, date=rd(6, 24, 9, 60))

d = rd(9, 2, 8, 60)
gareth_d = earlier(d, 18)
E('phi', 'lists',
  'Sophie Lindqvist; Aimee Carr; Jonathan Pritchard; Mark Lindgren; Leanne Mortimer; Noelle Baptiste',
  RUTH, [ACHEBE, KEMI], 'FW: crew off medically next week? - for case review',
  """For the case review this morning - list as it stands from the tracker. I've
replied to Gareth with numbers only (6 unfit, 2 phased).

Staff no\tName\tRank\tBase\tUnfit from\tReason (OH only)\tExpected RTD
49117\tLindqvist, Sophie\tCC\tLGW\t29/08\tPregnancy - ground duties\tpost mat leave
50288\tCarr, Aimee\tCC\tLHR\t19/08\tOtic barotrauma, TM perforation\t16/09
33401\tPritchard, Jonathan\tCC\tLHR\t26/08\tAnxiety / panic, EAP referral\tTBC
27730\tLindgren, Mark\tFO 777\tLHR\t13/05\tHIMS - in treatment\tTBC (CAA)
44871\tMortimer, Leanne\tCC\tLGW\t02/07\tPost-op (hysterectomy)\t09/09 phased
49902\tBaptiste, Noelle\tCC\tLHR\t14/06\tBereavement / low mood\tphased from 02/09

Ruth

%s

Morning Ruth,

Could you let me know who's off medically for the w/c 9 Sept so I can plan
standby cover? Just numbers is fine if you can't give names.

Thanks
Gareth Holm
Crew Control Planning
""" % fwd_block(gareth_d, 'Gareth Holm <gareth.holm@calderair.com>', 'Ruth Okafor <ruth.okafor@calderair.com>',
                'crew off medically next week?'),
  date=d)

E('phi', 'lists',
  'Patricia Onyango; Liam Doherty; Hiroshi Tanaka; Beatrice Fournier; Gavin Scully',
  'LGW Clinic <lgw.clinic@harbourline-med.com>', MEDDESK,
  'Weekly activity report LGW wk 32 (Calder Air)',
  """Good afternoon,

Please find below our activity for Calder Air flights/staff at Gatwick for
week 32 (05-11 Aug). Invoice to follow at month end.

MON 05/08
 0715 - Patricia Onyango - KD760 (arr) - WCHC pax, chest tightness at stand, obs normal, released
 1340 - Liam Doherty - KD 'staff' (ramp) - laceration R hand, steri-strips, RTW same shift
TUE 06/08
 (no call-outs)
WED 07/08
 2210 - Hiroshi Tanaka - KD771 (dep) - nosebleed at gate, controlled, FTF, flew
THU 08/08
 0905 - Beatrice Fournier - KD764 (arr) - syncope in cabin, conveyed East Surrey by SECAmb
 1630 - Gavin Scully - KD crew (CC, staff 48812) - migraine in crew room, paracetamol, sent home
FRI-SUN
 (no call-outs)

Totals: 5 call-outs, 1 conveyance, 0 standbys.

Kind regards
Harbourline Airport Medical - Gatwick South Terminal clinic
01293 555 0444
""", date=rd(8, 12, 14, 60))

# =====================================================================
# PHI / names
# =====================================================================
d = rd(5, 14, 13, 60)
sh_d = earlier(d, 2)
E('phi', 'names', 'Halina Kowalczyk', ASANTE, SHAUNA, 'Re: Mrs Kowalczyk - Thurs WAW',
  """Shauna,

Looked at the part 2. She's 10 days post hip replacement, uncomplicated, and is
on enoxaparin until day 35 so the clot side is covered. Fine to fly WCHS.
Aisle seat on the operated side (left) ideally, extra legroom if we've got it.
She should keep the stockings on and walk about when she can.

No MEDA needed. Please clear.

K

%s
> Kwame, can you look at Mrs Kowalczyk's MEDIF (attached)? Left THR on the 2nd,
> flying Thursday WAW-LHR with her husband. Surgeon says fit. OK to approve?
>
> S
""" % on_wrote(sh_d, 'Shauna Devlin <shauna.devlin@calderair.com>'), date=d)

d = rd(8, 27, 10, 60)
dev_d = earlier(d, 30)
E('phi', 'names', 'Jonathan Pritchard',
  'Claire Fenton <claire.fenton@calderair.com>', OHU, 'FW: Jonno - JNB layover',
  """Hi OH,

Forwarding with Jonno's agreement (I spoke to him this morning). Could someone
reach out to him today? He's at home, not rostered till Friday, and honestly I'd
rather he didn't fly then. Mobile 07700 900 815.

Claire

Claire Fenton
Cabin Crew Base Manager - LHR
Calder Air

%s

Claire,

Wanted to flag that Jonathan Pritchard ("Jonno") had what looked like a panic
attack in the hotel in Joburg on the second night. He rang me at 2am, couldn't
get his breath, shaking, and said it's been happening on and off since the
decompression on the Lagos trip in March. I sat with him and he calmed down
after about an hour.

He operated home fine and was professional throughout, but he's not himself.
He asked me not to make a big thing of it but I think he needs some support.

Dev

Dev Ramcharan
CSD, LHR
""" % fwd_block(dev_d, 'Dev Ramcharan <dev.ramcharan@calderair.com>', 'Claire Fenton <claire.fenton@calderair.com>',
                'Jonno - JNB layover'),
  date=d)

E('phi', 'names', 'Folake Adeyemi; Tobias Brennan-Hughes', ACHTERBERG, SA_TEAM, 'Clearances today',
  """Adeyemi, Folake - cleared. Lap appendicectomy 18/3, fine to fly from 28/3, no
restrictions.

Brennan-Hughes, Tobias - NOT cleared yet. Need a part 2 with his latest sats on
air and whether he's still on home oxygen. Please let the agent know, flight
isn't till the 9th so there's time.

M

Dr Miriam Achterberg
Senior Medical Officer, Calder Air
""", date=rd(3, 26, 12, 60))

d = rd(4, 8, 11, 60)
dm_d = earlier(d, 120)
body = """Miriam,

I need a view from Medical before I respond on this one.

Summary: Mr Gordon Henderson (72) and his wife were due on KD118 LHR-EDI on
2 April. The gate agent refused boarding because he "looked grey and unwell"
and was using a stick. Mr Henderson says he'd had his third round of chemo on
28 March, his oncologist had said flying was fine, and he had a MEDIF on file
from his January trip to Tenerife. Station called AeroDoc who advised against
travel without further assessment, so he was offloaded.

Mrs Henderson's letter is very upset - they missed their granddaughter's
wedding the next day and drove up instead. They're asking for GBP 2,400
(flights, hotel, fuel and "distress").

Questions:
1) Would the January MEDIF still have covered him, or do we need one per trip
   while he's in treatment?
2) Was the station right to call AeroDoc rather than us?
3) Anything I shouldn't say in the reply?

Duty manager's note is below.

Thanks
Priyanka

Priyanka Sethi
Customer Relations Executive | Calder Air

%s

Pax HENDERSON/GORDON MR on KD118 appeared pale, sweating and unsteady at gate
A10. Wife said he was "just tired from the treatment". Pax was reluctant to
answer questions. AeroDoc consult ref AD-240402-1133: advised not fit to fly
without further assessment. Pax and wife offloaded 0652, bags retrieved,
rebooking offered for next day - declined.

Mike Oduya
LHR Duty Station Manager
""" % orig_block(dm_d, 'LHR Duty Manager', 'Customer Relations', 'KD118 02APR offload - HENDERSON')
E('phi', 'names', 'Gordon Henderson', PRIYANKA, ACHTERBERG,
  'Henderson complaint - denied boarding 02/04 - need medical view (CR-118611)', body,
  cc='LHR Duty Manager <lhr.dutymanager@calderair.com>', date=d)

d = rd(10, 2, 18, 60)
steve_d = earlier(d, 48)
E('phi', 'names', 'David Mercer', ACHEBE, 'Capt Steve Lomas <steve.lomas@calderair.com>',
  'RE: Dave M - quarterly',
  """Steve,

Thanks for the monthly report. Good to hear he's been at every aftercare group
and the peer meetings. The last PEth came back negative and his sponsor is
happy, so no concerns from my side.

I'll see him on the 14th for his quarterly review and then write to the CAA
assessor - if all's well they'll likely keep the OML as it is for now.

Let me know if anything changes before then.

Helen

Dr Helen Achebe FFOM
Consultant Occupational Physician

%s

Helen - monthly peer monitor report for Capt David Mercer attached as usual.
Short version: 100%% attendance at aftercare and the Tuesday peer group, no
slips, he's been open with me and his sponsor. Bit stressed about the 787
conversion course but handling it. Flying well per his training captain.

Steve
""" % orig_block(steve_d, 'Lomas, Steve (Capt)', 'Achebe, Helen', 'Dave M - quarterly'),
  date=d)

d = rd(2, 21, 14, -300)
prev_d = earlier(d, 22)
E('phi', 'names', 'Hoa Tran', DENISE, MEDDESK, 'RE: gate incident B22 yesterday',
  """Update: hospital called, she's stable and they're keeping her in another night.
Her son Minh is asking about her bags and rebooking - I've told him Med Desk
will need a fit to fly letter from the hospital before we can rebook her.

D

%s

Medical desk - FYI a passenger on KD89 JFK-LHR, Mrs. Hoa Tran (PNR VK2J7D),
had what looked like a seizure at gate B22 about 40 mins before boarding. Port
Authority EMS attended and took her to Queensview Medical Center. Offloaded
with her son, bags pulled. Son said she's had "turns" before but has never had
one on a trip.

Denise Whitaker
Station Manager JFK | Calder Air
+1 718 555 0190
""" % orig_block(prev_d, 'Whitaker, Denise', 'Medical Desk', 'gate incident B22 yesterday'),
  date=d)

E('phi', 'names', 'Ibrahim Haddad',
  'Capt Imogen Clarke <imogen.clarke@calderair.com>',
  ['Flight Safety <flightops.safety@calderair.com>', MEDDESK],
  "KD101 diversion KEF 07/05 - Captain's report",
  """CAPTAIN'S REPORT - MEDICAL DIVERSION
Flight KD101 LHR-SEA, 07 May, G-CLDK (A350-1000)

At approx 0312Z, FL390, about 50 min west of 20W, the CSD advised that the
passenger in 34G, Mr Ibrahim Haddad (58), was complaining of crushing central
chest pain going into his left arm, was sweating and looked very pale. He told
the crew he'd had "heart trouble" and stents two years ago.

A doctor on board (off-duty GP, Dr Anna Lind) assisted. The AED was attached
as a monitor - no shockable rhythm. Aspirin 300mg and GTN spray given from the
EMK on AeroDoc's advice. O2 at 4 L/min via the therapeutic bottle.

AeroDoc (consult ref AD-240507-0298) recommended diversion to the nearest
suitable airport with cardiac facilities. PAN PAN declared, diverted to KEF,
landed 0405Z. Paramedics boarded at the stand and transferred Mr Haddad to
Landspitali. His wife travelled with him; their hold bags were offloaded.

Fuel and crew duty: continued to SEA after 2h15m on the ground with an
extension under discretion (report filed separately).

I'd like to commend the crew and Dr Lind - calm and well coordinated.

Capt Imogen Clarke
A350 Fleet, Calder Air
""", date=rd(5, 7, 20, 0))

E('phi', 'names', 'Sophie Lindqvist',
  'Ben Okoro <ben.okoro@calderair.com>', OHU, 'Sophie L - pregnancy, needs OH appt',
  """Hi,

Sophie Lindqvist (CC, LGW) told me yesterday she's 14 weeks - she'd held off
telling us because she lost a pregnancy last year and wanted to get past the
scan first. Totally understand, but under the policy she should have come off
flying at notification, so I've taken her off from today and she's on ground
duties in the crew report centre.

Could OH see her for the pregnancy risk assessment this week? She's had bad
morning sickness so afternoons would be kinder.

Thanks
Ben

Ben Okoro
Cabin Crew Manager - LGW
""", date=rd(8, 29, 8, 60))

# =====================================================================
# PHI / self
# =====================================================================
E('phi', 'self', 'Beverley Ashworth',
  'Beverley Ashworth <bev.ashworth62@example.com>', MEDDESK, 'flying after knee op',
  """hi, i'm flying to toronto on 2nd may with you (KD97) and i had keyhole
surgery on my knee 12 days ago. do i need a form from my doctor or anything?
im still on crutches but getting about ok. booking ref is DF6R2Q

thanks
bev

Sent from my iPhone""", date=rd(4, 22, 21, 60))

letter = docx([
    'Respiratory Medicine Department',
    'St Anselm\'s Hospital, Harrow Road, Wembley HA0 9ZZ',
    '',
    '14 October 2024',
    '',
    'To whom it may concern',
    '',
    'Re: Mr Graham PETTIFER, DOB 04/04/1950, Hosp No. SA4471902',
    '',
    'Mr Pettifer has severe COPD (emphysema), FEV1 38% predicted. He underwent a hypoxic '
    'challenge test on 2 October 2024: resting SpO2 on air 94%, falling to 84% on 15% FiO2, '
    'corrected to 92% with 2 L/min nasal cannula oxygen.',
    '',
    'I recommend supplementary oxygen at 2 L/min for the whole of any flight longer than '
    'two hours. He is otherwise fit to travel and is not infectious.',
    '',
    'Yours faithfully,',
    'Dr Adrian Whitlam MD FRCP, Consultant Respiratory Physician (GMC 5551234)',
])
body = """Dear Sir/Madam,

I am booked on KD455 Heathrow to Cape Town on 12 November, returning on
3 December (booking reference HX7M3B).

I have COPD (emphysema) and my respiratory consultant has advised that I need
supplementary oxygen at 2 litres per minute for flights over two hours,
following a hypoxic challenge test last month in which my oxygen saturation
fell to 84%.

Could you please let me know:
1) whether Calder Air supplies the oxygen or whether I need to hire a portable
   concentrator,
2) what the charge is, and
3) whether the attached letter is sufficient or if my consultant must also
   complete your MEDIF form.

My date of birth is 4 April 1950 and my mobile is 07700 900 274.

Yours faithfully,

Graham Pettifer
27 Larkspur Close, Pinner HA5 3QX
"""
E('phi', 'self', 'Graham Pettifer', 'Graham Pettifer <g.pettifer@example.org>', MEDDESK,
  'Request for in-flight oxygen - booking HX7M3B', body,
  atts=[(letter, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
         'Consultant letter - oxygen.docx')], date=rd(10, 16, 10, 60))

E('phi', 'self', 'Aimee Carr', 'Aimee Carr <aimee.carr88@example.net>', RUTH, 'still not right',
  """Hi Ruth,

Sorry to bother you on a Sunday. I'm still getting dizzy spells since the ear
thing after the Boston trip (the GP said barotrauma and the perforation hasn't
fully healed yet). Had one in Tesco yesterday and had to sit on the floor.

I really don't think I'm safe for Monday's Orlando. Do I ring Crew Control and
go sick or do you do it? My GP has signed me off till the 15th but I haven't
got the note through yet, will send it when I do.

Aimee x

Sent from my iPhone""", date=rd(9, 1, 11, 60))

E('phi', 'self', 'Mark Lindgren', 'Mark Lindgren <m.lindgren.home@example.com>', ACHEBE,
  'Confidential - need to talk',
  """Dr Achebe,

I'm a First Officer on the 777 fleet (staff no 27730). I'm writing to you
directly because I think I have a problem with alcohol.

Nothing has happened at work - I've never flown under the influence and I
always keep well outside the 8 hours - but I've been drinking most nights since
my divorce, more than I'd admit to anyone, and last weekend I couldn't remember
getting home.

I've read about the peer support / HIMS programme and I want to self-declare
before it gets any worse. I haven't told anyone at the airline yet.

I'm rostered on Thursday. Should I fly? Please could you call me on
07700 900 561, any time.

Thank you,
Mark Lindgren
""", date=rd(5, 6, 23, 60))

E('phi', 'self', 'Alan McBride', 'Alan McBride <alan.mcbride@example.com>',
  'Customer Relations <customer.relations@calderair.com>',
  'Ambulance charge GBP 640 - flight KD764 29 June - complaint',
  """To whom it may concern,

I am writing about an invoice I have received from Harbourline Airport Medical
for GBP 640 for an ambulance from Gatwick to East Surrey Hospital on 29 June,
after I was taken ill on your flight from Alicante (KD764, seat 12D).

I did not ask for an ambulance. Your crew called it after I fainted in the
toilet and I was in no state to argue. I spent six hours in A&E, they said it
was dehydration and a low heart rate and sent me home with a letter for my GP.

My travel insurer will not pay because the incident happened once we were back
in the UK. I do not think I should have to pay for something I did not request
and I would like Calder Air to settle this invoice or explain why I am liable.

Invoice number: HL-24-06-3391
Booking reference: 2RT8MN

Alan McBride
14 Ferncourt Road, Redhill RH1 4XY
07700 900 903
""", date=rd(7, 18, 19, 60))

E('phi', 'self', 'Nadia Karimi', 'Nadia Karimi <nadia.k@example.org>', SA_TEAM,
  'Changing flights around my dialysis',
  """Hello,

I'm on haemodialysis three times a week (Mon/Wed/Fri) and I've arranged holiday
dialysis at a unit in Larnaca for 15, 17 and 19 July.

My outbound KD562 on the 14th is fine, but the return on the 20th lands at
23:50, which means I'd be cutting it very fine for my Monday 7am session at
home. Could I move to the morning flight on the 20th without the change fee?
I can send a letter from my renal unit if that helps.

I'd also like an aisle seat on the right-hand side if possible - my fistula is
in my left arm and it needs protecting (no bags or armrest pressure on it).

Booking ref: PL9W4S

Thanks very much,
Nadia
""", date=rd(6, 11, 13, 60))

E('phi', 'self', 'Dean Whitlock', 'Dean Whitlock <deanw.ramp@example.com>', OHU, 'back',
  """hi its Dean from ramp LHR T5, staff no 71240.

hurt my back lifting a bag in hold 3 on tuesday, reported it to my TL and its in
the accident book. GP says muscle strain, gave me naproxen and says light duties
for 2 wks. is there any light duties i can do or do i stay off? physio appt is
next thurs.

cheers
Dean

Sent from my Samsung Galaxy smartphone.""", date=rd(7, 4, 7, 60))

# =====================================================================
# PHI / struct
# =====================================================================
oru = '\r'.join([
    'MSH|^~\\&|MERIDIANLAB|MPATH|OHMANAGER|CALDEROHU|20240612143005||ORU^R01^ORU_R01|MP240612143005771|P|2.5.1',
    'PID|1||OH0048213^^^CALDEROHU^MR~28841^^^CALDERHR^EI||HOLLOWAY^JAMES^ROBERT||19850611|M|||12 Thornbury Way^^Horley^^RH6 8QL^GBR||07700900352',
    'PV1|1|O|OHU^CLINIC2||||C7781^ACHEBE^HELEN|||||||||||OV240612-09',
    'ORC|RE|OH-REQ-55102|MP-7719382',
    'OBR|1|OH-REQ-55102|MP-7719382|PERIODIC^Aircrew periodic bloods^L|||20240610093000|||||||20240610112000||C7781^ACHEBE^HELEN||||||20240612143000||CH|F',
    'OBX|1|NM|4548-4^Hemoglobin A1c^LN||44|mmol/mol|20-41|H|||F',
    'OBX|2|NM|2093-3^Cholesterol^LN||6.1|mmol/L|<5.0|H|||F',
    'OBX|3|NM|2085-9^HDL Cholesterol^LN||1.1|mmol/L|>1.0|N|||F',
    'OBX|4|NM|13457-7^LDL Cholesterol calc^LN||4.2|mmol/L|<3.0|H|||F',
    'OBX|5|NM|718-7^Hemoglobin^LN||152|g/L|130-170|N|||F',
    'OBX|6|NM|1742-6^ALT^LN||58|U/L|<50|H|||F',
    'OBX|7|NM|2324-2^GGT^LN||96|U/L|<55|H|||F',
    'NTE|1||Raised GGT and ALT. Suggest repeat LFTs in 6 weeks and review alcohol history.',
]) + '\r'
E('phi', 'struct', 'James Holloway',
  'Meridian Pathology Results <noreply@meridianpath.com>', OHU,
  'Results available - OH-REQ-55102 (1 message)',
  """This is an automated notification from Meridian Pathology.

1 result message is attached for order OH-REQ-55102 (status: FINAL).
If your OH system did not import the file automatically, please import it
manually via OH Manager > Interfaces > Inbound HL7.

Do not reply to this email. For queries call the Meridian Pathology
customer service line on 0330 555 0810 (Mon-Fri 08:00-18:00).
""", atts=[(oru.encode('ascii'), 'application', 'hl7-v2', 'MP240612143005771.hl7')],
  date=rd(6, 12, 14, 60))

medif_json = {
    "submissionId": "MF-2024-08813",
    "submittedAt": "2024-09-18T07:42:11Z",
    "channel": "web",
    "status": "PENDING_REVIEW",
    "passenger": {
        "lastName": "DOHERTY", "firstName": "PATRICK", "title": "MR",
        "dateOfBirth": "1947-12-02", "gender": "M",
        "phone": "+353 87 555 0412", "email": "p.doherty47@example.com",
        "frequentFlyer": None
    },
    "booking": {"pnr": "JC4W7E", "segments": [
        {"flight": "KD332", "date": "2024-09-27", "from": "DUB", "to": "LHR", "cabin": "Y"},
        {"flight": "KD455", "date": "2024-09-27", "from": "LHR", "to": "CPT", "cabin": "W"}]},
    "medical": {
        "diagnosis": "Heart failure (NYHA class II), atrial fibrillation",
        "recentHospitalisation": {"admitted": "2024-08-30", "discharged": "2024-09-06",
                                  "reason": "fluid overload"},
        "medications": ["apixaban 5mg bd", "bisoprolol 2.5mg od", "furosemide 40mg od"],
        "spo2OnAir": 93,
        "canWalk50m": False,
        "oxygen": {"required": True, "flowLpm": 2, "ownPOC": False},
        "wheelchair": "WCHS",
        "stretcher": False,
        "escort": {"required": False, "name": "Maeve Doherty", "relation": "wife"}
    },
    "physician": {"name": "Dr Ciaran Mulhall", "registration": "IMC 555041",
                  "phone": "+353 1 555 0377", "signedAt": "2024-09-17"},
    "attachments": ["discharge_summary.pdf"]
}
E('phi', 'struct', 'Patrick Doherty',
  'MEDIF Portal <no-reply-medif@calderair.com>', MEDDESK,
  '[MEDIF] New submission MF-2024-08813 - JC4W7E - dep 27SEP - OXYG WCHS',
  """A new MEDIF has been submitted and is awaiting review.

Submission: MF-2024-08813
Booking:    JC4W7E
First dep:  27SEP KD332 DUB-LHR
Flags:      OXYG, WCHS, RECENT ADMISSION (<30 days)

Raw payload follows (for integration support):

""" + json.dumps(medif_json, indent=2, ensure_ascii=False) + """

Review in the Medical Desk case system: https://medif.calderair.com/review/MF-2024-08813
""", date=rd(9, 18, 8, 60))

def x12(segs):
    return '~\n'.join(segs) + '~\n'

isa = ('ISA*00*' + ' ' * 10 + '*00*' + ' ' * 10 + '*ZZ*' + 'HARBOURLINEJFK'.ljust(15) +
       '*ZZ*' + 'SKYBRIDGETPA'.ljust(15) + '*240722*1015*^*00501*000004471*0*P*:')
body_segs = [
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*HL4471*20240722*1015*CH',
    'NM1*41*2*HARBOURLINE OCCUPATIONAL SERVICES*****46*HOS4471',
    'PER*IC*BILLING OFFICE*TE*7185550177',
    'NM1*40*2*SKYBRIDGE HEALTH PLAN ADMINISTRATORS*****46*SKYB01',
    'HL*1**20*1',
    'NM1*85*2*HARBOURLINE OCCUPATIONAL SERVICES*****XX*1555012345',
    'N3*JFK INTERNATIONAL AIRPORT BLDG 151',
    'N4*JAMAICA*NY*11430',
    'REF*EI*555123456',
    'HL*2*1*22*0',
    'SBR*P*18*CALDERAIR01******CI',
    'NM1*IL*1*RIVERA*CARMEN****MI*CAL884120031',
    'N3*88-14 PARSONS BLVD APT 4C',
    'N4*JAMAICA*NY*11432',
    'DMG*D8*19880903*F',
    'NM1*PR*2*SKYBRIDGE HEALTH PLAN ADMINISTRATORS*****PI*SKYB01',
    'CLM*HOS-240719-0088*245***11:B:1*Y*A*Y*Y*EM',
    'HI*ABK:S93401A*ABF:W108XXA',
    'NM1*82*1*OSTROWSKI*PAUL****XX*1555098765',
    'PRV*PE*PXC*207P00000X',
    'LX*1',
    'SV1*HC:99203*165*UN*1***1',
    'DTP*472*D8*20240719',
    'LX*2',
    'SV1*HC:73610*80*UN*1***1',
    'DTP*472*D8*20240719',
]
body_segs.append('SE*%d*0001' % (len(body_segs) + 1))
edi = x12([isa, 'GS*HC*HARBOURLINEJFK*SKYBRIDGETPA*20240722*1015*4471*X*005010X222A1'] +
          body_segs + ['GE*1*4471', 'IEA*1*000004471'])
E('phi', 'struct', 'Carmen Rivera',
  'Harbourline Billing JFK <billing.jfk@harbourline-med.com>', OHU,
  'Rejected claim HOS-240719-0088 - member ID check / 837 resubmission',
  """Hello Calder Air Occupational Health,

Our claim HOS-240719-0088 for one of your JFK-based flight attendants (seen at
our Bldg 151 clinic on 7/19 after the jet bridge fall) was rejected by
Skybridge with a 999 / subscriber ID not found. We've used the ID from the
Calder Air injury referral form.

Could you confirm the correct member ID with your benefits team? The corrected
837 file is attached and ready to go once we hear back - please check the
NM1*IL line.

Thank you,
Keisha Grant
Billing Specialist, Harbourline Occupational Services - JFK
(718) 555-0177
""", cc='Skybridge Provider Services <providers@skybridge-tpa.com>',
  atts=[(edi, 'text', 'plain', 'HOS4471_837P_resub.txt')], date=rd(7, 22, 10, -240))

fw_rows = [
    ('22054', 'TORRES MIGUEL', 'FAA-MX', 'DRUG', '20240408', '20240411', 'NEG-DILUTE', 'RECOLLECT-DO'),
    ('21877', 'BAKER SHANICE', 'FAA-FA', 'DRUG', '20240408', '20240409', 'NEGATIVE', ''),
    ('23015', 'NGUYEN TRI', 'FAA-FC', 'ALC', '20240415', '20240415', 'NEGATIVE 0.000', ''),
    ('24421', 'McCLOUD DARREN', 'FAA-MX', 'DRUG', '20240422', '20240422', 'POSITIVE', 'MRO-VERIF THC'),
    ('20993', 'ESPINOZA LAURA', 'FAA-FA', 'DRUG', '20240506', '', 'REFUSAL', 'NO-SHOW 2X'),
    ('25310', 'ABERNATHY COLE', 'FAA-DS', 'DRUG', '20240513', '20240514', 'NEGATIVE', ''),
    ('21408', 'PATEL ANJALI', 'FAA-FA', 'ALC', '20240603', '20240603', 'POS 0.041', 'CONFIRM 0.038'),
    ('26655', 'OYELARAN TUNDE', 'FAA-FC', 'DRUG', '20240610', '20240611', 'CANCELLED', 'FATAL FLAW'),
]
fw = ['HDR CALDER AIR US OPS   RANDOM POOL 2024-Q2  TPA VANTAGE COMPLIANCE  RUN 20240702',
      'EMPNO NAME                 CATEGORY TEST SELECTED COLLECTD RESULT         REMARK']
for r in fw_rows:
    fw.append('%-5s %-20s %-8s %-4s %-8s %-8s %-14s %s' % r)
fw.append('TRL RECORDS=%04d POSITIVES=0002 REFUSALS=0001' % len(fw_rows))
E('phi', 'struct',
  'Miguel Torres; Shanice Baker; Tri Nguyen; Darren McCloud; Laura Espinoza; Cole Abernathy; Anjali Patel; Tunde Oyelaran',
  'Vantage Compliance <reports@vantagecompliance.net>', NIAMH,
  'Q2 2024 random testing results file - Calder Air US Ops (acct 40021)',
  """Niamh,

Q2 random results extract below (fixed width, same layout as the MIS upload).
Two positives and one refusal need action on your side - the MRO letters went
out to the DER inbox separately.

""" + '\n'.join(fw) + """

Let me know if you need it as a file for the MIS report.

Thanks,
Jared Bloom
Client Services, Vantage Compliance
(203) 555-0168
""", date=rd(7, 2, 15, -240))

fhir = {
    "resourceType": "Bundle", "id": "ad-consult-240611-0742", "type": "document",
    "timestamp": "2024-06-11T09:58:00Z",
    "entry": [
        {"fullUrl": "urn:uuid:7d0c1e2a-5b44-4a7e-9f1e-0c2a9b7e4d11",
         "resource": {"resourceType": "Patient", "id": "p1",
                      "identifier": [{"system": "https://aerodocconnect.net/consult-subject",
                                      "value": "AD-240611-0742-P"}],
                      "name": [{"family": "Achterkamp", "given": ["Samuel"]}],
                      "gender": "male", "birthDate": "1959-08-08"}},
        {"fullUrl": "urn:uuid:1b9f5a33-2e8d-4f2c-8a61-55e0f4a9c3b2",
         "resource": {"resourceType": "Encounter", "id": "e1", "status": "finished",
                      "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                                "code": "VR", "display": "virtual"},
                      "subject": {"reference": "Patient/p1"},
                      "period": {"start": "2024-06-11T09:31:00Z", "end": "2024-06-11T09:52:00Z"},
                      "location": [{"location": {"display": "Calder Air KD562 LHR gate B41 (pre-departure)"}}]}},
        {"fullUrl": "urn:uuid:c3a7e8d0-9f11-4e55-b7a2-0e6f1d2c8a90",
         "resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5",
                                           "display": "Oxygen saturation by pulse oximetry"}]},
                      "subject": {"reference": "Patient/p1"}, "valueQuantity": {"value": 89, "unit": "%"}}},
        {"fullUrl": "urn:uuid:e4b2c6f1-0a3d-4b8e-9c5f-2d7a1e6b3f04",
         "resource": {"resourceType": "Observation", "id": "o2", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4",
                                           "display": "Heart rate"}]},
                      "subject": {"reference": "Patient/p1"}, "valueQuantity": {"value": 118, "unit": "/min"}}},
        {"fullUrl": "urn:uuid:5f8e1d2c-3b4a-4c6d-8e9f-0a1b2c3d4e5f",
         "resource": {"resourceType": "Condition", "id": "c1",
                      "code": {"text": "Breathlessness at rest, possible lower respiratory infection"},
                      "subject": {"reference": "Patient/p1"}}},
        {"fullUrl": "urn:uuid:9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
         "resource": {"resourceType": "Communication", "id": "m1", "status": "completed",
                      "subject": {"reference": "Patient/p1"},
                      "payload": [{"contentString": "Advised station: passenger not fit to fly today. Recommend assessment at airport medical centre / GP. Re-evaluate with MEDIF before rebooking."}]}},
    ]
}
E('phi', 'struct', 'Samuel Achterkamp',
  'AeroDoc Connect Records <records@aerodocconnect.net>', ACHTERBERG,
  'Consultation record AD-240611-0742 (FHIR export)',
  """Dear Dr Achterberg,

As requested for your customer relations case, please find attached the
consultation record for AeroDoc reference AD-240611-0742 (pre-departure
consult, LHR gate B41, 11 June) in FHIR R4 format. A PDF rendering is available
in the client portal.

Kind regards

Records Team
AeroDoc Connect - 24/7 Remote Medical Support
records@aerodocconnect.net | +1 602 555 0114
""", atts=[(json.dumps(fhir, indent=2).encode('utf-8'), 'application', 'fhir+json',
            'AD-240611-0742.json')], date=rd(6, 26, 16, 0))

ccda = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.55501.1" extension="DS-20241021-00718234"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Discharge Summary</title>
  <effectiveTime value="20241021143000-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.55501.2" extension="PRMC-00718234"/>
      <addr use="HP"><streetAddressLine>Flat 2, 41 Kingsmead Road</streetAddressLine><city>Bath</city><postalCode>BA2 5PX</postalCode><country>GB</country></addr>
      <telecom use="MC" value="tel:+447700900638"/>
      <patient>
        <name><given>Margaret</given><given>Anne</given><family>Ellison</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19560211"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20241021143000-0400"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="1555087654"/>
      <assignedPerson><name><prefix>Dr</prefix><given>Nathaniel</given><family>Greer</family></name></assignedPerson>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.3.55501"/>
    <name>Penobscot Regional Medical Center</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.24"/>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge Dx"/>
      <title>Discharge Diagnosis</title>
      <text>Transient ischemic attack (G45.9). Paroxysmal atrial fibrillation, newly diagnosed (I48.0).</text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="8648-8" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital course"/>
      <title>Hospital Course</title>
      <text>67F taken ill on Calder Air KD120 BOS-LHR, flight diverted to BGR 18 Oct. Right arm weakness and word-finding difficulty ~25 min, resolved before arrival. CT/CTA head and neck unremarkable, MRI no infarct. Telemetry: paroxysmal AF. Started apixaban. Echo normal LV function.</text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.11.1"/>
      <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge medications"/>
      <title>Discharge Medications</title>
      <text>Apixaban 5 mg PO BID; Atorvastatin 40 mg PO nightly; Metoprolol succinate 25 mg PO daily.</text>
    </section></component>
    <component><section>
      <code code="8653-8" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge instructions"/>
      <title>Discharge Instructions</title>
      <text>May travel by air after 48h symptom-free with companion. Follow up with own GP and TIA clinic in UK within 7 days.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
E('phi', 'struct', 'Margaret Ellison',
  'Health Information Management <him@penobscotregional.org>', MEDDESK,
  'Records release - your ref KD120 18OCT diversion',
  """To: Calder Air Medical Desk

Per the patient's signed authorization dated 10/20/2024 (on file), attached is
the discharge summary (C-CDA) for your fitness-to-fly assessment. Please
contact our office if you require the full record or imaging reports.

Release log no. ROI-24-10-3317

Health Information Management
Penobscot Regional Medical Center
Tel (207) 555-0149 | Fax (207) 555-0150

This transmission contains confidential health information protected by state
and federal law. If you are not the intended recipient, notify the sender and
destroy all copies.
""", atts=[(ccda, 'application', 'xml', 'DischargeSummary_PRMC-00718234.xml')],
  date=rd(10, 21, 15, -240))

siu = """MSH|^~\\&|OHMANAGER|CALDEROHU|AVIAMED|AVIAMED_GTW|20241104091522||SIU^S12^SIU_S12|OHM20241104091522018|P|2.5
SCH|AP-771203|AV-55219||||ROUTINE^Routine^HL70276|CL1RENEW^Class 1 renewal^L|||60|min|^^60^20241125090000^20241125100000|||||C7781^ACHEBE^HELEN||||C7781^ACHEBE^HELEN|||||BOOKED
NTE|1||Renewal incl. audiogram + resting ECG. Pilot disclosed new diagnosis of hypothyroidism Aug 2024, on levothyroxine 75mcg - please bring TFTs from GP (done 28/10) and check CAA guidance re stabilisation before issuing. Previous AME: Dr S Varga. Pilot prefers morning appts, commutes from Brighton.
PID|1||OH0051987^^^CALDEROHU^MR~31552^^^CALDERHR^EI||RAHMAN^AISHA^||19910322|F|||7 Marine Parade^^Brighton^^BN2 1TL^GBR||07700900487
PV1|1|O|AVIAMED^ROOM1
RGS|1|A
AIP|1|A|0917^VARGA^SIMONE|AME"""
E('phi', 'struct', 'Aisha Rahman',
  'Ravinder Sohal <ravinder.sohal@calderair.com>', TOM,
  'SIU to Aviamed failing - AP-771203',
  """Hi Tom,

The appointment message for AP-771203 has failed three times in the interface
engine going out to Aviamed (error: "NTE-3 exceeds max length 200"). It looks
like the booking note got pasted in full. Copy of the outbound message below.

Could you shorten the note on the booking in OH Manager and re-save it? It
should re-trigger automatically. Ideally just "see referral letter" and send
the clinical bit to Aviamed by secure email.

""" + siu + """

Cheers
Ravi

Ravinder Sohal
Integration Analyst, IT Clinical Systems
Calder Air | ext 3391
""", date=rd(11, 4, 9, 0))

# =====================================================================
# CLEAN / admin
# =====================================================================
body = """All,

From 1 July the Emergency Medical Kit (EMK) and First Aid Kit (FAK)
replenishment process is changing across the fleet.

What's changing
- Kits will be supplied as sealed, tamper-evident units by MedStore Logistics.
  The seal number must be recorded in the tech log on every check.
- A broken seal = kit used. Swap the whole kit at the next station with stock
  (LHR, LGW, JFK, DXB, JNB, MNL). Do not top up individual items on board.
- Used kits go back to the Medical Stores cage at Hangar 4 with the usage form
  inside (the yellow one). Controlled drugs stay in their sealed pouch.
- New contents list: IV paracetamol added; second adrenaline auto-injector
  (adult) added to every FAK; oral glucose gel replaces dextrose tablets.

What isn't changing
- The EMK is for use by a doctor, nurse or paramedic on board, or by crew under
  AeroDoc direction.
- AED checks remain part of the daily pre-flight.

Updated crew notice CN-24-031 and the engineering task card are on the intranet.
Please cascade to your teams.

Many thanks
Miriam

""" + sig_md('Dr Miriam Achterberg MBChB DAvMed', 'Senior Medical Officer') + '\n\n' + DISCLAIMER
E('clean', 'admin', '', ACHTERBERG,
  ['Cabin Crew Managers <cc.managers@calderair.com>', 'Line Maintenance Control <lmc@calderair.com>'],
  'Changes to EMK and FAK replenishment from 1 July', body,
  cc='Medical Stores <medical.stores@calderair.com>', date=rd(6, 10, 9, 60))

body = """PLANNED MAINTENANCE NOTICE  -  CHG0031877

Systems affected:  MEDIF Portal (external), Medical Desk Case System (internal)
Window:            Sunday 9 June 2024, 01:00 - 05:00 UTC
Impact:            Both systems unavailable. Passenger-facing MEDIF form will
                   show a maintenance page. Case notes cannot be saved.

During the window:
  * Medical Desk on-call will accept MEDIFs by fax on +44 1293 555 0199 or by
    email to medicaldesk@calderair.com using the printable form (MEDIF-PRN v7).
  * Reservations agents should add the SSR as normal and free-text
    "MEDIF PENDING - PORTAL DOWN" in the PNR remarks.
  * Any cases created on paper must be back-entered by 12:00 UTC Sunday.

Reason: database server patching and certificate renewal.

IT Service Desk | ext 3000 | servicedesk@calderair.com
"""
E('clean', 'admin', '', 'IT Service Desk <servicedesk@calderair.com>',
  [MEDDESK, 'Reservations All <res.all@calderair.com>'],
  'Planned maintenance: MEDIF portal and Medical Desk case system - Sun 9 June 0100-0500 UTC',
  body, html=html_of(body, 'Segoe UI, Arial, sans-serif'), date=rd(6, 3, 14, 60))

start = datetime.datetime(2024, 10, 17, 13, 0, tzinfo=datetime.timezone.utc)
cal = ics('kd-aerodoc-qbr-2024q3@calderair.com', start, start + datetime.timedelta(hours=2),
          'AeroDoc Connect - Q3 contract review', 'Calder House, Room 2.14 / Teams',
          'Agenda:\n1. Call volumes and response times vs SLA\n2. Diversion recommendations - Q3 review\n'
          '3. Invoice reconciliation (Jul-Sep)\n4. Satcom voice on A350 - integration plan\n5. AOB',
          ('Miriam Achterberg', 'miriam.achterberg@calderair.com'),
          [('Jess Harlow', 'jess.harlow@aerodocconnect.net'), ('Fiona Gallagher', 'fiona.gallagher@calderair.com'),
           ('Procurement', 'procurement@calderair.com')])
E('clean', 'admin', '', ACHTERBERG,
  ['Jess Harlow <jess.harlow@aerodocconnect.net>', FIONA],
  'Invitation: AeroDoc Connect - Q3 contract review (17 Oct 14:00 BST)',
  """Hi Jess,

Sending the invite for our quarterly review. Agenda is in the invite - could
your team bring the Q3 call volume and time-to-doctor figures broken down by
fleet, and the list of invoices you think are still outstanding so we can
reconcile with AP on the day?

We'd also like 20 minutes on the satcom voice integration for the A350s.

Best
Miriam
""", cc='Procurement <procurement@calderair.com>',
  atts=[(cal, 'text', 'calendar', 'invite.ics')], date=rd(9, 30, 11, 60))

E('clean', 'admin', '', 'Callum Price <callum.price@calderair.com>', [ACHTERBERG, FIONA],
  'Harbourline renewal - proposed 2025 rate card',
  """Miriam, Fiona,

Harbourline have come back with their proposed rates for the 2025-27 renewal.
Headline is +6.5% on standbys and call-outs, flat on escorts. Summary:

Service                               LHR/LGW     SNN      JFK (USD)
------------------------------------  ----------  -------  ---------
Medical call-out, gate/stand          GBP 92      EUR 98   165
Ambulance standby (per hr)            GBP 140     EUR 150  260
Ambulance transfer, local hospital    GBP 495     EUR 520  890
Stretcher highlift incl. crew         GBP 310     EUR 340  550
Nurse escort (per hr, min 4)          GBP 68      EUR 72   120
Fit-to-fly assessment at clinic       GBP 120     EUR 130  210

Other terms they've proposed:
 - payment 30 days from invoice (currently 45)
 - call-out response time target 12 min airside (currently 10)
 - annual CPI uplift cap removed

I'd push back on the last two. Could you let me know by Friday whether the
clinical service levels matter more to you than price? Happy to set up a call.

Callum Price
Category Manager - Operations Procurement
Calder Air

""" + DISCLAIMER, date=rd(11, 12, 10, 0))

E('clean', 'admin', '', TOM, 'OHU Team <ohu.team@calderair.com>',
  'Clinic room 3 closed 3-14 June + audiometry booth calibration',
  """Hi all,

A few facilities bits for June:

1. Clinic room 3 is closed 3-14 June for the new flooring and sink. Clinics
   booked in room 3 have been moved to room 5 (I've updated the diary), Dr
   Brennan's AME sessions stay in room 1.

2. AcoustiCal are calibrating the audiometry booth on Wednesday 5 June,
   08:00-11:00. No audiograms that morning please.

3. Spirometer service is due - I'll send it off the week after, we'll have the
   loan unit.

4. Vaccine fridge: please keep filling in the min/max temperature log twice a
   day. There were gaps over the bank holiday weekend and the pharmacy audit
   is in July.

5. New sharps bins arrive Tuesday, old ones collected Thursday.

Thanks
Tom

Tom Hartigan
OH Administrator | Occupational Health Unit
Ext 4262
""", date=rd(5, 30, 15, 60))

body = """Hi all,

The Approved POC list has been updated to version 14 (effective 1 March). Please
use this version from today - the old one has been removed from the intranet.

Added:
 - Inogen Rove 6
 - OxyGo NEXT (16-cell battery only)
 - Philips SimplyGo Mini (with the 2023 firmware only)

Removed:
 - Inogen One G2 (manufacturer support ended)
 - SeQual Eclipse 3 (weight > cabin limit with batteries)

Reminders for agents:
 1. POC requests need at least 48 hours' notice and a MEDIF or FREMEC.
 2. Battery life must cover 150% of the scheduled block time.
 3. No POC use in exit rows or the row directly in front of/behind.
 4. Add SSR POCS with the make and model in free text.

Any questions to the Medical Desk, not the Special Assistance queue please.

Thanks
Shauna

Shauna Devlin
MEDIF Coordinator | Medical Desk
"""
E('clean', 'admin', '', SHAUNA, ['Reservations All <res.all@calderair.com>', SA_TEAM],
  'Approved POC list v14 - effective 1 March', body, html=html_of(body), date=rd(2, 28, 12, 0))

body = """Dear Calder Air Engineering Stores and Medical Desk,

Please note a change to our delivery schedule for therapeutic oxygen cylinders
to Hangar 4 (Calder Air Engineering, LHR) from 1 August:

  - Deliveries move from Tuesday to Thursday, 06:00-08:00 window.
  - Size ML6 cylinders (2 L / 4 L dual outlet) will be delivered in cages of
    12. Empty and part-used cylinders must be returned in the same cages.
  - Cylinders with less than 12 months remaining before hydrostatic test date
    will no longer be supplied; please reject any that arrive.
  - Storage area must remain signed, ventilated and free of oils and grease.

Our driver will need a visitor airside pass for Hangar 4 - please arrange
through your Security office as before.

Kind regards,

Hannah Pike
Customer Service Coordinator
Oxyline Medical Gases Ltd
Unit 9, Colnbrook Trade Park, Slough SL3 0ZZ
Tel 01753 555 0210 | orders@oxylinegas.com

This email is confidential and may be legally privileged. If you are not the
intended recipient please delete it and notify the sender. Oxyline Medical
Gases Ltd, registered in England and Wales no. 05559012.
"""
E('clean', 'admin', '', 'Hannah Pike <h.pike@oxylinegas.com>',
  ['Engineering Stores LHR <stores.lhr@calderair.com>', MEDDESK],
  'Delivery schedule change - therapeutic O2 cylinders (ML6) from 1 Aug',
  body, html=html_of(body, 'Verdana, sans-serif'), date=rd(7, 15, 11, 60))

# =====================================================================
# CLEAN / lookalike
# =====================================================================
inv = pdf([
    'HARBOURLINE AIRPORT MEDICAL LTD                           TAX INVOICE',
    'VAT Reg. GB 555 2187 46',
    '',
    'Invoice no: HL-INV-2024-10455          Date: 31/08/2024',
    'Customer: Calder Air Ltd  Acct CAL-0042   PO: 4500219873',
    '',
    'Station  Service                              Qty   Unit GBP   Total GBP',
    'LGW      Medical call-out gate/stand           37      85.00    3,145.00',
    'LGW      Ambulance standby (hrs)               14     130.00    1,820.00',
    'LHR      Medical call-out gate/stand           52      85.00    4,420.00',
    'LHR      Stretcher highlift incl. crew          3     290.00      870.00',
    'LHR      Nurse escort (hrs)                    11      68.00      748.00',
    'SNN      Fit-to-fly clinic assessment           2     120.00      240.00',
    '',
    '                                           Net            11,243.00',
    '                                           VAT 20%         2,248.60',
    '                                           TOTAL GBP      13,491.60',
    '',
    'Payment: Sort code 55-00-71  Account 41882930  Ref HL-INV-2024-10455',
    'Terms: 45 days',
])
E('clean', 'lookalike', '', 'Harbourline Accounts <accounts@harbourline-med.com>',
  'Accounts Payable <accounts.payable@calderair.com>',
  'Invoice HL-INV-2024-10455 - August 2024 - PO 4500219873',
  """Dear Accounts Payable,

Please find attached invoice HL-INV-2024-10455 for August 2024 services under
PO 4500219873, account CAL-0042.

Total due: GBP 13,491.60, payable within 45 days to sort code 55-00-71,
account 41882930. Supporting activity reports were sent weekly to your
Medical Desk.

Kind regards
Samira Khalil
Accounts Receivable | Harbourline Airport Medical Ltd
Tel 01293 555 0440
""", atts=[(inv, 'application', 'pdf', 'HL-INV-2024-10455.pdf')], date=rd(9, 2, 9, 60))

E('clean', 'lookalike', '', 'Nadim Saleh <nadim.saleh@calderair.com>',
  ['Line Maintenance Control <lmc@calderair.com>', MEDDESK],
  'FSN 2024-07 - AED electrode pads - affected lots and tail numbers',
  """All,

Field Safety Notice FSN 2024-07 from CardioNova (HeartStart-type AEDs, model
CN-300) covers adult electrode pads from the lots below - risk of gel drying
before the printed expiry. Pads must be replaced at the next A-check or within
14 days, whichever is sooner.

Affected lots:  CNP-23-1187, CNP-23-1192, CNP-23-1204 (exp 2025-11 to 2026-01)

Aircraft carrying affected pads (from the last inventory):

Reg      Type     AED serial      Pad lot       Pad expiry
G-CLDA   A350     CN3-0041872     CNP-23-1187   2025-11-30
G-CLDC   A350     CN3-0041901     CNP-23-1187   2025-11-30
G-CLDK   A350     CN3-0042215     CNP-23-1192   2025-12-31
G-CLEB   787-9    CN3-0039974     CNP-23-1204   2026-01-31
G-CLEF   787-9    CN3-0040018     CNP-23-1204   2026-01-31
G-CLFM   A320neo  CN3-0043330     CNP-23-1192   2025-12-31

Replacement pads (lot CNP-24-0316) are in Medical Stores, Hangar 4, stock code
MS-AED-PAD-A. Work order WO-778120 raised. AED units themselves are not
affected.

Nadim Saleh
Technical Services Engineer - Cabin Emergency Equipment
Calder Air Engineering | ext 5512
""", date=rd(7, 24, 14, 60))

E('clean', 'lookalike', '', 'Yvonne Adair <yvonne.adair@calderair.com>', MEDDESK,
  'JFK EMK stock - lot/expiry report Sept',
  """Hi Medical Desk,

Monthly lot and expiry check for the US-sourced EMK stock held at JFK. Two
lines are inside 90 days and will be swapped on the next delivery.

Item                                NDC             Lot        Expiry    Qty
----------------------------------  --------------  ---------  --------  ---
Epinephrine 1 mg/10 mL syringe      55150-0318-10   EP24A117   2025-06   24
Atropine 1 mg/10 mL syringe         55150-0402-10   AT23K092   2024-11   18  <90d
Dextrose 50% 50 mL                  55150-0655-50   DX24C210   2026-02   20
Diphenhydramine 50 mg/mL            55150-0718-01   DP24B044   2025-09   30
Naloxone 0.4 mg/mL                  55150-0921-01   NX23J301   2024-12   16  <90d
Nitroglycerin 0.4 mg tabs           55150-1104-25   NG24E015   2025-10   40
Aspirin 325 mg tabs                 55150-1230-50   AS24D201   2026-04   60
Lidocaine 2% 5 mL                   55150-1342-05   LD24A088   2025-08   12

Supplier order ref PO-US-20240917-03. Pharmacy licence on file: NY 055512.

Yvonne
Medical Stores Pharmacist (locum)
""", date=rd(9, 17, 16, -240))

E('clean', 'lookalike', '', 'Tariq Hussain <tariq.hussain@calderair.com>',
  [MEDDESK, 'Flight Safety <flightops.safety@calderair.com>'],
  'IFME coding guide v3 - ICD-10 categories for the safety database',
  """Hi all,

To make the quarterly in-flight medical event reports comparable with the
industry data, please code new events in the safety database using the
categories below from 1 October. One primary code per event.

Category                 ICD-10 codes used
-----------------------  ----------------------------------------
Syncope / presyncope     R55
Chest pain               R07.4, R07.9 (I20-I21 only if confirmed)
Respiratory              R06.0, J45.9, J44.1
Neurological             R56.9 (seizure), G45.9 (TIA), R51
Gastrointestinal         R11.2, K59.1, A09
Allergic reaction        T78.4, T78.2 (anaphylaxis)
Diabetic                 E16.2 (hypoglycaemia), E11.65
Obstetric                O26.9, O47.9
Psychiatric / anxiety    F41.0, F41.9
Trauma                   S00-T14 range, W10 (fall on stairs), W22 (struck)
Cardiac arrest           I46.9

Guide v3 and the mapping table are in the Safety SharePoint under
/Data Standards/IFME. Questions to me.

Tariq Hussain
Safety Data Analyst | Calder Air
""", date=rd(9, 25, 10, 60))

E('clean', 'lookalike', '', BRENNAN, [RUTH, KEMI, TOM],
  'Updated AME referral directory (overseas bases)',
  """All,

Updated list of AMEs we refer to at the overseas bases. Please use this one
and bin the 2022 version.

Base  AME                     Licence/AME no.    Clinic / address                          Phone
----  ----------------------  -----------------  ----------------------------------------  ------------------
JFK   Dr Rebecca Lindholm     FAA AME 55-0841    Skyline Aeromedical, 150-20 Rockaway Blvd  +1 718 555 0133
DXB   Dr Omar Farouk          GCAA AME 0552      Aviation Health Clinic, Al Garhoud Rd      +971 4 555 0187
MNL   Dr Ma. Teresa Reyes     CAAP AME 2210      AeroHealth Center, NAIA Complex           +63 2 8555 0142
JNB   Dr Pieter van der Walt  SACAA DAME 0318    Kempton Aviation Medical, Isando          +27 11 555 0165
GRU   Dra. Renata Coelho      ANAC CRM 55-1203   AeroSaude Clinica, Guarulhos              +55 11 5555 0174
SNN   Dr Siobhan Kerrigan     IAA AME 0094       Shannon Aeromedical Suite, Terminal Rd    +353 61 555 0198

All have signed our data sharing agreement (DSA ref OH-DSA-2024-01 to -06).

Lars

Dr Lars Brennan MBChB DAvMed
Aeromedical Examiner (UK AME No. 0588) | Calder Air OHU
""", date=rd(2, 8, 10, 60))

E('clean', 'lookalike', '', 'ServiceNow <servicenow@calderair.com>', SHAUNA,
  'INC0049213 has been updated - MEDIF portal: submission fails at step 3 (HTTP 500)',
  """Incident INC0049213 has been updated.

Short description: MEDIF portal: submission fails at step 3 (HTTP 500)
Caller:            Shauna Devlin (Medical Desk)
Priority:          P3 - Moderate
Assignment group:  App Support - Customer Platforms
Assigned to:       Joel Mensah
State:             In Progress

Work notes (Joel Mensah, 2024-04-18 14:22:07 UTC):
  Reproduced in PROD with template MEDIF-WEB-v7.2 on Edge 123.0.2420.81.
  Correlation IDs: 7f3c2a91-1d4e-4b0a-9c77-52e8f01ab334,
                   0be91d5c-88a2-4f6e-b1d3-3a9c0c7e2f10
  Root cause looks like the file upload size check (limit 10485760 bytes).
  Change CHG0031902 raised to raise the limit to 20 MB; CAB 2024-04-23.

Related: PRB0007714, KB0012058
SLA: Resolution due 2024-04-22 17:00 UTC (68% elapsed)

You can view the incident here: https://calderair.service-now.example.com/nav_to.do?uri=incident.do?sys_id=8c1f0e6a2b
""", date=rd(4, 18, 14, 0))

E('clean', 'lookalike', '', FIONA, ['Safety Review Board <srb@calderair.com>', ACHTERBERG],
  'Q2 2024 in-flight medical events - summary figures',
  """All,

Q2 summary for Thursday's Safety Review Board. Figures are aggregate only.

                          Apr     May     Jun     Q2      Q1
Passengers carried (k)    1,412   1,538   1,611   4,561   3,980
IFME reported             88      97      104     289     241
 per 10k pax              0.62    0.63    0.65    0.63    0.61
AeroDoc consults          41      49      52      142     118
Diversions (medical)      1       2       1       4       3
Offloads pre-departure    6       9       7       22      17
AED applied               2       3       1       6       4
Deaths on board           0       0       0       0       1

Top 5 categories Q2: syncope 31%, GI 18%, respiratory 11%, cardiac/chest pain
9%, allergic 6%. Fleet split: A350 44%, 787 38%, A320 18%.

Cost of medical diversions Q2 (fuel, handling, crew, compensation): GBP 412k.

Fiona

""" + sig_md('Fiona Gallagher RGN', 'Flight Nurse / Medical Desk Coordinator'),
  date=rd(7, 8, 11, 60))

# =====================================================================
# CLEAN / news
# =====================================================================
body = """CREW HEALTH MATTERS  |  Issue 23  |  Summer 2024
From the Occupational Health Unit

1. HOT LAYOVERS, DRY CABINS
Cabin humidity at cruise is often below 15%. Aim for a glass of water every
hour on duty and go easy on the coffee after the top of descent. On hot
layovers (DXB, MNL, GRU), electrolyte sachets are in the crew room at LHR -
help yourself.

2. SLEEP ON THE WEST-EAST RETURN
Our fatigue team's top three: protect a 90-minute nap before evening reports,
keep your room dark and cool, and don't rely on alcohol to get to sleep. If
you're thinking about melatonin, talk to OH first - it's not licensed for
aircrew use without review.

3. SKIN CHECKS
Aircrew have a higher rate of skin cancer than the general population. We're
running free mole-mapping sessions at LHR and LGW in September - book via the
OH intranet page.

4. FLU JABS
Flu vaccination clinics start 1 October at all UK bases. Last year 54% of
crew had the jab - let's beat that.

5. TALK TO SOMEONE
The Employee Assistance Programme is free, confidential and open 24/7:
0800 555 0123. Peer Support for pilots and crew: peersupport@calderair.com.

You're receiving this because you are a Calder Air employee.
Occupational Health Unit, Calder House, Crawley RH10 9QZ
"""
E('clean', 'news', '', 'Calder Air OH Newsletter <oh-newsletter@calderair.com>',
  'All Crew <allcrew@calderair.com>', 'Crew Health Matters - Issue 23: hydration, sleep, skin checks',
  body, html=html_of(body, 'Georgia, serif'),
  atts=[(logo_png(), 'image', 'png', 'ohu_banner.png')], date=rd(7, 1, 7, 60))

E('clean', 'news', '', 'Port Health Bulletins <bulletins@porthealth-authority.org>',
  ['Airline Station Managers <airline-stations@porthealth-authority.org>'],
  'Port Health Bulletin 2024/11 - measles: reminder of procedures for ill travellers',
  """PORT HEALTH BULLETIN 2024/11
Issued to: airline operators and ground handlers
Date of issue: 14 February 2024

Measles notifications in Europe and several countries served from this port
have risen this winter. There is no specific incident behind this bulletin.
Operators are reminded of the standard procedures:

1. Crew who identify an ill traveller with fever and rash on board should
   report via the General Declaration (Health Part) and notify ATC so that Port
   Health can meet the aircraft.
2. Keep the ill traveller separated where possible and offer a surgical mask.
3. Retain the passenger manifest and seat plan for at least one month so
   contact tracing can take place if requested.
4. Crew should know their own MMR vaccination status. Two doses are
   recommended for all aircrew and ground staff with passenger contact.

Guidance on aircraft cleaning after a suspected case is unchanged (Annex B of
the Port Health Operators' Handbook).

Port Health Duty Officer (24h): 020 5550 1180
""", date=rd(2, 14, 10, 0))

E('clean', 'news', '', ACHTERBERG, 'Medical Desk Team <medicaldesk.team@calderair.com>',
  'Journal club digest - in-flight medical emergencies: what the literature says',
  """Hi all,

Summary of the papers from Thursday's journal club for anyone who couldn't
make it.

1. Frequency. The large US ground-to-air study (Peterson et al., NEJM 2013)
   found roughly 1 in-flight medical emergency per 604 flights. Our own rate
   (0.63 per 10,000 passengers) is in line with that once you adjust for
   average load.

2. What happens. Syncope or near-syncope is consistently the commonest event
   (around a third), then respiratory and GI complaints. Cardiac arrest is rare
   but accounts for most in-flight deaths.

3. Who helps. A medical professional volunteers in most events; physicians in
   about half. Liability worries are a common reason for hesitancy - the
   Good Samaritan provisions in most jurisdictions were discussed.

4. Diversions. Roughly 7% of events in the literature result in diversion. The
   strongest predictors were suspected stroke, cardiac symptoms and obstetric
   events. Ground-to-air advice reduced unnecessary diversions in two studies.

5. Practical points for us: check the contents list of the EMK against the
   newer recommendations (we're already adding the second auto-injector), and
   consider a short "volunteer doctor" card for crew to hand over.

Slides are in the team folder.

Miriam
""", date=rd(3, 22, 16, 60))

body = """Travelling with a medical condition? We're here to help.

Dear Calder Club member,

Whether you use oxygen, need a wheelchair, or are travelling after an
operation, our Special Assistance and Medical Desk teams are ready to help you
fly with confidence.

What's new this autumn:
  * A simpler online medical information form (MEDIF) you can save and come
    back to.
  * The FREMEC card for frequent travellers with a stable condition - one
    medical clearance that lasts up to two years.
  * More approved portable oxygen concentrators, including the latest
    lightweight models.
  * Quiet boarding and a sensory guide at London Heathrow Terminal 5.

Plan ahead: let us know at least 48 hours before you fly, and we'll take care
of the rest.

Find out more at https://www.calderair.com/special-assistance

Calder Air - Wherever you're going, we're with you.

You are receiving this email because you opted in to Calder Club news.
Unsubscribe: https://www.calderair.com/unsubscribe?u=CC-MKT-2410
Calder Air Ltd, Calder House, 4 Runway Approach, Crawley RH10 9QZ
"""
E('clean', 'news', '', 'Calder Air <news@mail.calderair.com>',
  'Calder Club member <member@example.com>',
  'Travelling with a medical condition? Here is how we can help', body,
  html=html_of(body, 'Helvetica, Arial, sans-serif'), date=rd(10, 8, 10, 60),
  headers=[('List-Unsubscribe', '<https://www.calderair.com/unsubscribe?u=CC-MKT-2410>')])

E('clean', 'news', '', 'AAMO Bulletin <bulletin@aamo-aviationmedicine.org>',
  'Members <members@aamo-aviationmedicine.org>',
  'Aviation Medicine Update - October 2024',
  """ASSOCIATION OF AIRLINE MEDICAL OFFICERS - AVIATION MEDICINE UPDATE
October 2024

IN THIS ISSUE
1. Regulator consultation on pilot mental health support
   The consultation on peer support programmes closes on 30 November. Key
   proposals: every operator to offer a peer support programme, clearer
   routes back to flying after treatment, and guidance on sharing
   information between AMEs and operator OH. The AAMO response draft is
   on the members' area - comments to the secretariat by 8 November.

2. Class 1 renewal intervals
   No change to the over-40 interval for now. The working group expects a
   proposal on ECG frequency in 2025.

3. Portable oxygen concentrators
   The industry POC acceptance list has been updated; several operators have
   harmonised battery rules at 150% of block time.

4. Annual conference
   Lisbon, 20-22 May 2025. Call for abstracts open until 31 January. Themes:
   fatigue risk management, in-flight emergencies, drug and alcohol programmes.

Association of Airline Medical Officers | www.aamo-aviationmedicine.org
To change your preferences visit your member profile.
""", date=rd(10, 15, 9, 60))

body = """FLU VACCINATION 2024 - CLINIC DATES

The annual staff flu vaccination programme starts next week. It's free for all
Calder Air employees and contractors with an airside pass.

UK bases (no appointment needed)
  LHR - Crew Report Centre, T5       1, 2, 8, 9 October    07:00-19:00
  LGW - Crew Room, South Terminal    3, 10 October         07:00-15:00
  Calder House, Crawley (OHU)        every Wednesday in Oct 09:00-16:00

Overseas bases: your base manager will share local arrangements.

Last year 2,318 staff were vaccinated (54% of eligible staff). Our target this
year is 60%.

Bring your staff pass. If you've had a reaction to a vaccine before, please
mention it to the nurse on the day.

Occupational Health Unit
"""
E('clean', 'news', '', OHU, 'All Staff UK <allstaff.uk@calderair.com>',
  'Flu vaccination clinics 2024 - dates by base', body, html=html_of(body),
  atts=[(logo_png(), 'image', 'png', 'calder_logo.png')], date=rd(9, 24, 8, 60))

# =====================================================================
# CLEAN / staff
# =====================================================================
E('clean', 'staff', '', FIONA, 'Medical Desk Team <medicaldesk.team@calderair.com>',
  'Medical Desk on-call rota - March',
  """Hi all,

March on-call rota below. Doctors cover 18:00-08:00 weekdays and 24h at
weekends; nurses cover the desk 07:00-22:00. Swaps to me please, not directly
with each other without telling me.

Week     Doctor on call                   Mobile          Desk nurse (late)
-------  -------------------------------  --------------  ---------------------
04-10    Dr Kwame Asante MBBS MRCP        07700 900 111   Fiona Gallagher RGN
11-17    Dr Miriam Achterberg DAvMed      07700 900 112   Owen Pryce RN
18-24    Dr Priya Raman MBBS DAvMed       07700 900 113   Bernadette Lowry RGN
25-31    Dr Kwame Asante MBBS MRCP        07700 900 111   Fiona Gallagher RGN

Easter weekend (29 Mar - 1 Apr) backup: Dr Lars Brennan 07700 900 114.

Thanks
Fiona
""", date=rd(2, 26, 17, 0))

d = rd(4, 10, 10, 60)
req_d = earlier(d, 20)
E('clean', 'staff', '', RUTH, KEMI, 'RE: Annual leave 3-14 June',
  """Hi Kemi,

Approved - enjoy! Tom is covering your Tuesday and Thursday clinics and I'll
pick up the new referrals that week. Please put it in the team calendar and
on the HR system so it shows on the absence report.

Ruth

%s

Hi Ruth,

Could I book annual leave from 3 to 14 June (8 days)? I've checked the
calendar and no one else is off that fortnight.

Thanks
Kemi
""" % orig_block(req_d, 'Adebayo, Kemi', 'Okafor, Ruth', 'Annual leave 3-14 June'),
  date=d)

body = """Dear colleagues,

I'm delighted to let you know that Dr Yusuf Demir will join the Occupational
Health Unit as Consultant Occupational Physician on 2 September.

Yusuf joins us from a large NHS trust OH service, where he led the
health surveillance programme, and before that spent four years as a
medical officer with a long-haul carrier. He holds FFOM and the Diploma in
Aviation Medicine and is a CAA-approved AME.

He'll be based at Calder House and will run clinics at LHR on Mondays. Please
make him welcome - there will be coffee and pastries in the OHU kitchen on his
first morning at 10:00.

Best wishes

Dr Helen Achebe FFOM
Head of Occupational Health
"""
E('clean', 'staff', '', ACHEBE, ['OHU Team <ohu.team@calderair.com>', 'Medical Desk Team <medicaldesk.team@calderair.com>'],
  'Welcome Dr Yusuf Demir - Consultant Occupational Physician', body,
  html=html_of(body), date=rd(8, 28, 12, 60))

E('clean', 'staff', '', 'Payroll Team <payroll@calderair.com>',
  ['Medical Desk Team <medicaldesk.team@calderair.com>', 'OHU Team <ohu.team@calderair.com>'],
  'On-call and overtime claims - November deadline',
  """Hello,

A reminder that on-call and overtime claims for November must be submitted in
MyHR by 17:00 on Friday 22 November to be paid in the November salary run.

Please use the correct pay codes:
  OC01  On-call availability (weekday night)
  OC02  On-call availability (weekend/bank holiday)
  OC10  Call-out worked (per hour, min 1 hour)
  OT15  Overtime at time and a half
  OT20  Overtime at double time (authorised only)

Claims without line manager approval by the deadline will roll into December.

Payroll Team | Calder Air | ext 2200
""", date=rd(11, 15, 9, 0))

E('clean', 'staff', '', OWEN, ['Medical Desk Team <medicaldesk.team@calderair.com>', 'OHU Team <ohu.team@calderair.com>'],
  "Bernie's leaving do - Friday 28th!!",
  """Hi everyone!!

As most of you know, Bernadette (Bernie) Lowry is retiring at the end of the
month after 28 years with Calder Air - flight nurse, medical escort on more
stretcher cases than any of us can count, and the voice of the Medical Desk on
nights for the last ten years.

We're giving her a send-off on Friday 28 June:
  - 3pm: cake and speeches, Medical Desk office (Calder House, 2nd floor)
  - 6pm onwards: The Windsock pub, Lowfield Heath

There's a card going round and a collection (envelope in my top drawer or
bank transfer, message me). We're getting her a balloon flight - fitting!

Please keep it quiet from Bernie.

Owen
""", date=rd(6, 17, 13, 60))

E('clean', 'staff', '', ACHEBE, 'OHU Clinical Staff <ohu.clinical@calderair.com>',
  'Appraisal and revalidation dates 2024/25',
  """Hi all,

Appraisal and revalidation dates for the coming year. Please make sure your
portfolio is uploaded to the appraisal system two weeks before your date.

Name                     Registration          Appraisal     Revalidation due
Dr Lars Brennan          GMC 5551872           14 Oct 2024   Mar 2026
Dr Yusuf Demir           GMC 5553401           Jan 2025      Sep 2027
Ruth Okafor RGN SCPHN    NMC 05A5551E          21 Nov 2024   Jan 2025 (NMC)
Kemi Adebayo RGN         NMC 12C5553O          9 Dec 2024    Jun 2027 (NMC)
Agnieszka Nowak RN       NMC 18I5550E          15 Jan 2025   Aug 2026 (NMC)

Ruth - your NMC revalidation is close, shout if you need a confirmer.

Study leave budget for 2024/25 is GBP 1,200 per clinician; please book SOM and
ANS conference places through me.

Helen
""", date=rd(9, 9, 11, 60))

d = rd(5, 8, 15, 60)
d1 = earlier(d, 3)
d0 = earlier(d1, 4)
E('clean', 'staff', '', FIONA, [OWEN, 'Bernadette Lowry <bernadette.lowry@calderair.com>'],
  'RE: RE: swap 18th for 25th?',
  """Fine by me - I've updated the rota. Owen on the 25th late, Bernie on the 18th.

F

%s
> Happy to swap if Fiona's ok with it. B
>
> %s
>> Bernie, any chance you'd swap your late on the 25th for my late on the
>> 18th? Sister's wedding. I'll owe you one.
>> Owen
""" % (on_wrote(d1, 'Bernadette Lowry <bernadette.lowry@calderair.com>'),
       on_wrote(d0, 'Owen Pryce <owen.pryce@calderair.com>')), date=d)

# =====================================================================
# CLEAN / training
# =====================================================================
E('clean', 'training', '', 'Cabin Crew Training <cc.training@calderair.com>',
  'Recurrent Trainers <cc.trainers@calderair.com>',
  'SEP recurrent 2025 - new medical case study (module 6)',
  """Trainers,

New case study for module 6 (first aid / medical emergencies) attached below.
It's a composite scenario written by the Medical Desk - not based on any real
passenger - so feel free to adapt the details for your group.

CASE STUDY 6B: CHEST PAIN AT CRUISE
A 67-year-old male passenger travelling alone on a 9-hour sector calls the
crew 3 hours into the flight. He's pale, sweaty and says he has a "tight band"
across his chest going into his jaw.

Discussion points:
 1. What are your first three actions?
 2. When do you make a PA for a medical professional?
 3. What do you need ready before calling AeroDoc (seat, age, symptoms,
    obs, medications, EMK available)?
 4. When would you attach the AED even though he's conscious?
 5. Who on board records the timeline, and where?

Model answers are in the trainer notes (v2025.1). Please use the updated
AeroDoc call script from this year onwards.

Cabin Crew Training
""", date=rd(11, 20, 10, 0))

E('clean', 'training', '', 'Joel Mensah <joel.mensah@calderair.com>', [SHAUNA, OWEN],
  'UAT - MEDIF portal release 7.3 - test scripts for Tues',
  """Hi Shauna, Owen,

Here are the UAT scripts for Tuesday. Please use the UAT environment only
(https://medif-uat.calderair.com) and only the test passengers below - they
exist in the UAT copy of the res system and nowhere else.

TC-01  Submit MEDIF with oxygen request
       Pax: TESTPAX/ONE MR   PNR TSTAA1   DOB 01/01/1900
       Expect: case created, flag OXYG, email to medicaldesk-uat@

TC-02  Submit with stretcher and escort
       Pax: TESTPAX/TWO MRS  PNR TSTAA2   DOB 01/01/1900
       Expect: flag STCR, seat block prompt shown

TC-03  Upload 15 MB attachment (fix for INC0049213)
       Pax: TESTPAX/THREE MS PNR TSTAA3
       Expect: upload succeeds, no HTTP 500

TC-04  Doctor approves, clearance ref generated in format MD-YYMM-NNN
TC-05  Doctor rejects, reason mandatory, passenger email uses template R2

Record results in the UAT tracker - pass/fail plus screenshots for any fail.

Thanks
Joel
""", date=rd(4, 26, 16, 60))

E('clean', 'training', '', FIONA, 'Reservations New Starters <res.newstarters@calderair.com>',
  'MEDIF basics quiz - answers',
  """Hi all,

Thanks for doing the quiz in Tuesday's session. Answers below - well done,
average score was 8/10.

1. Which passengers need a MEDIF? Anyone whose fitness to fly is in doubt
   because of a recent illness, injury, surgery or hospital stay, or who needs
   medical equipment, oxygen or a stretcher.
2. Does a passenger in a wheelchair always need a MEDIF? No - reduced mobility
   alone is not a medical clearance issue.
3. Minimum notice for oxygen? 48 hours.
4. What's a FREMEC? A frequent traveller's medical card for a stable, long-term
   condition.
5. Uncomplicated pregnancy: from what week do we need a doctor's letter?
   28 weeks.
6. Which SSR for a stretcher? STCR.
7. Can an agent approve a MEDIF? No - only the Medical Desk.
8. What do you say if a passenger tells you their diagnosis on the phone?
   Thank them, don't write it in the PNR remarks, and direct them to the MEDIF.
9. Who can use the EMK on board? A doctor, nurse or paramedic, or crew under
   AeroDoc direction.
10. Where do POC rules come from? The Approved POC list (currently v14).

Fiona
""", date=rd(3, 7, 17, 60))

hl7_test = """MSH|^~\\&|OHMANAGER|CALDEROHU|AVIAMED|AVIAMED_GTW|20240215103000||ADT^A04^ADT_A01|TST0000000001|T|2.5
EVN|A04|20240215103000
PID|1||ZZTEST000001^^^CALDEROHU^MR||ZZTEST^OHUPATIENT^ONE||19000101|U|||1 Test Street^^Testtown^^TE5 7TT^GBR
PV1|1|O|OHU^TESTROOM"""
E('clean', 'training', '', 'Ravinder Sohal <ravinder.sohal@calderair.com>', TOM,
  'TEST env - sample ADT for Aviamed interface sign-off',
  """Tom,

For Thursday's interface sign-off with Aviamed we'll push the message below
from the TEST environment (MSH-11 = T, processing ID test). It's the standard
ZZTEST dummy patient - please don't create it in LIVE.

""" + hl7_test + """

Aviamed should send back an ACK with MSA|AA. If they get AE or AR we'll look
at the segment mapping together.

Ravi
""", date=rd(2, 13, 11, 0))

E('clean', 'training', '', NIAMH, 'Supervisors - Ground Ops <supervisors.groundops@calderair.com>',
  'Reasonable suspicion training - pre-course scenario',
  """Hi all,

Ahead of next week's reasonable suspicion training (DOT-regulated supervisors,
60 min drug + 60 min alcohol), please read the scenario below. It's fictional.

SCENARIO: "EMPLOYEE A"
You're the shift supervisor on the ramp at 05:30. Employee A arrives late,
smells strongly of mints, is unsteady climbing into the tug and slurs when
answering a question about the stand plan. A colleague tells you Employee A
"was out last night".

Think about:
 1. Which of these are specific, contemporaneous, articulable observations?
 2. What must you document, and within what time?
 3. Who do you call (DER) and who transports the employee to the collection?
 4. What do you NOT do (e.g. diagnose, search belongings, let them drive)?

We'll go through it together. Bring the Calder Air D&A Policy (rev 9).

Niamh Fitzgerald
Drug & Alcohol Programme Manager / DER
""", date=rd(5, 20, 14, 60))

ex_doc = docx([
    'EXERCISE EXERCISE EXERCISE',
    'Medical Diversion Tabletop Exercise - MDX-24',
    'All persons, flights and events in this script are fictitious.',
    '',
    'T+00  CSD reports "Mr Sample Passenger", 70s, seat 99Z on exercise flight KD9999, collapsed, unresponsive.',
    'T+03  Crew start CPR, AED attached, 1 shock advised.',
    'T+08  Flight deck calls AeroDoc via satcom. Players: Medical Desk duty doctor, OCC duty manager.',
    'T+12  AeroDoc recommends diversion. OCC to identify suitable airport (inject: nearest has no cath lab).',
    'T+20  Inject: passenger regains pulse. Does the diversion decision change?',
    'T+35  Landing. Ground medical handover. Who informs the family contact? Who informs the Safety team?',
    '',
    'Debrief questions: timeline capture, communication with station, CIR and ASR filing.',
])
E('clean', 'training', '', ACHTERBERG,
  [MEDDESK, 'OCC Duty Managers <occ.duty@calderair.com>'],
  'EXERCISE - MDX-24 tabletop 12 Nov - script attached',
  """All,

Attached is the script for the MDX-24 medical diversion tabletop on 12 November
(09:30-12:00, OCC briefing room). Everything in it is fictional - exercise
flight KD9999, exercise passenger "Mr Sample Passenger".

Please don't circulate the injects to players before the day; facilitators only.

Miriam
""", atts=[(ex_doc, 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
            'MDX-24_script_EXERCISE.docx')], date=rd(11, 1, 10, 0))


# =====================================================================
# writer
# =====================================================================
def addr_list(v):
    return ', '.join(v) if isinstance(v, (list, tuple)) else v


def build(e):
    msg = EmailMessage(policy=policy.SMTP)
    msg['From'] = e['frm']
    msg['To'] = addr_list(e['to'])
    if e['cc']:
        msg['Cc'] = addr_list(e['cc'])
    msg['Subject'] = e['subject']
    msg['Date'] = format_datetime(e['date'])
    msg['Message-ID'] = mid(e['frm'])
    if e['subject'].lower().startswith(('re:', 'fw:', 'fwd:')):
        ref = '<%016x@%s>' % (random.getrandbits(64), e['frm'].split('@')[-1].strip('> '))
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    for k, v in e['headers']:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    msg.set_content(e['body'])
    if e['html']:
        msg.add_alternative(e['html'], subtype='html')
    for a in e['atts']:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        data, mt, st, fn = a
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fn)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return msg


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counters = {}
    rows = []
    for e in EMAILS:
        key = (e['label'], e['kind'])
        counters[key] = counters.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (e['label'], e['kind'], counters[key])
        msg = build(e)
        with open(os.path.join(out, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fn, e['label'], e['kind'], e['patient']])
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    total = 0
    for (label, kind), n in sorted(counters.items()):
        print('%s-%s: %d' % (label, kind, n))
        total += n
    print('total: %d' % total)


if __name__ == '__main__':
    main()
