#!/usr/bin/env python3
"""Blind evaluation set: mail at Goodlight Kitchen, a nonprofit delivering
medically tailored meals. Everything here is invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, random, zipfile, zlib, struct, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, parseaddr

SEED = 11102
random.seed(SEED)

EMAILS = []


def add(label, kind, patient, **spec):
    EMAILS.append((label, kind, patient, spec))


def T(s):
    """strip the first newline of a triple-quoted block"""
    return s[1:] if s.startswith('\n') else s


def quote(s, mark='> '):
    return '\n'.join((mark + ln) if ln else mark.rstrip() for ln in T(s).rstrip('\n').split('\n'))


def when(s):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    dst = datetime.date(d.year, 3, 10) <= d.date() < datetime.date(d.year, 11, 3)
    tz = datetime.timezone(datetime.timedelta(hours=-4 if dst else -5))
    return d.replace(tzinfo=tz)


def rand_date():
    start = datetime.datetime(2024, 1, 8, 7, 0)
    d = start + datetime.timedelta(days=random.randint(0, 300), minutes=random.randint(0, 11 * 60))
    return when(d.strftime('%Y-%m-%d %H:%M'))


def msgid(domain):
    return '<%016x.%d@%s>' % (random.getrandbits(64), random.randint(1000, 99999), domain)


# ---------------------------------------------------------------- people
ORG = 'goodlightkitchen.org'
RENATA = 'Renata Okafor <rokafor@goodlightkitchen.org>'
DEV = 'Dev Pillai <dpillai@goodlightkitchen.org>'
MARISOL = 'Marisol Fuentes <mfuentes@goodlightkitchen.org>'
TUAN = 'Tuan Nguyen <tnguyen@goodlightkitchen.org>'
HANNAH = 'Hannah Brask <hbrask@goodlightkitchen.org>'
GREG = 'Greg Whitlow <gwhitlow@goodlightkitchen.org>'
PRIYA = 'Priya Raman <praman@goodlightkitchen.org>'
BEA = 'Bea Kowalczyk <bkowalczyk@goodlightkitchen.org>'
LIONEL = 'Lionel Baptiste <lbaptiste@goodlightkitchen.org>'
AMANI = 'Amani Hassan <ahassan@goodlightkitchen.org>'
JOYCE = 'Joyce Tilley <jtilley@goodlightkitchen.org>'
SAM = 'Sam Ocampo <socampo@goodlightkitchen.org>'
KIT = 'Kit Zhou <kzhou@goodlightkitchen.org>'
OLA = 'Ola Bergstrom <obergstrom@goodlightkitchen.org>'
NADIA = 'Nadia Ferris <nferris@goodlightkitchen.org>'
INTAKE = 'Goodlight Intake <intake@goodlightkitchen.org>'
CLIENTSVC = 'Goodlight Client Services <clientservices@goodlightkitchen.org>'
ALLSTAFF = 'All Staff <allstaff@goodlightkitchen.org>'
CLINICAL = 'Clinical Team <clinical@goodlightkitchen.org>'
KITCHEN = 'Kitchen Leads <kitchen@goodlightkitchen.org>'
DRIVERS = 'Goodlight Drivers <drivers@goodlightkitchen.org>'

ADDR = '1180 Foundry Street, Suite 4, Port Avery, MA 01955'
MAIN = '(978) 555-0142'
FAX = '(978) 555-0199'

SIG = {
    'renata': 'Renata Okafor, MS, RDN, LDN\nClinical Nutrition Manager\nGoodlight Kitchen\n%s\nP %s x21 | F %s' % (ADDR, MAIN, FAX),
    'dev': 'Dev Pillai\nIntake Coordinator | Goodlight Kitchen\nP %s x14 | F %s\nintake@goodlightkitchen.org' % (MAIN, FAX),
    'marisol': 'Marisol Fuentes\nClient Services Specialist (English/Espanol)\nGoodlight Kitchen | %s x12' % MAIN,
    'tuan': 'Tuan Nguyen\nDelivery Operations Lead\nGoodlight Kitchen\nc (978) 555-0107 | dispatch %s x30' % MAIN,
    'hannah': 'Hannah Brask (she/her)\nVolunteer Coordinator\nGoodlight Kitchen - food is medicine, delivered\n%s x18' % MAIN,
    'greg': 'Greg Whitlow\nExecutive Director\nGoodlight Kitchen\n%s\n%s' % (ADDR, MAIN),
    'priya': 'Priya Raman, MS, RDN, LDN, CDCES\nRegistered Dietitian\nGoodlight Kitchen\nP %s x23 | F %s' % (MAIN, FAX),
    'bea': 'Bea Kowalczyk\nKitchen Manager\nGoodlight Kitchen Production Kitchen\n%s x40' % MAIN,
    'sam': 'Sam Ocampo\nClaims & Data Analyst\nGoodlight Kitchen\nP %s x27 | F %s' % (MAIN, FAX),
    'kit': 'Kit Zhou\nIT & Systems\nGoodlight Kitchen\n%s x35' % MAIN,
    'ola': 'Ola Bergstrom\nFinance Manager\nGoodlight Kitchen\n%s x25' % MAIN,
    'nadia': 'Nadia Ferris, SHRM-CP\nHR Generalist\nGoodlight Kitchen\n%s x11' % MAIN,
    'joyce': 'Joyce Tilley\nDirector of Development\nGoodlight Kitchen\n%s x16' % MAIN,
    'amani': 'Amani Hassan\nClient Services | Adeegga Macaamiisha\nGoodlight Kitchen %s x19' % MAIN,
    'lionel': 'Lionel Baptiste\nCommunity Health Worker\nGoodlight Kitchen\nc (978) 555-0111',
}

CONF = ('CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the '
        'named recipient(s) and may contain confidential information. If you are not the intended '
        'recipient, please notify the sender by reply e-mail and delete this message. Any other use, '
        'disclosure or distribution is prohibited.')

CONF_HOSP = ('This e-mail may contain confidential health information that is legally privileged. '
             'This information is intended only for the use of the individual(s) named above. If you '
             'are not the intended recipient, you are hereby notified that any reading, dissemination, '
             'distribution or copying of this information is strictly prohibited. If you have received '
             'this e-mail in error, please notify the sender immediately and destroy the message.')


# ---------------------------------------------------------------- attachments
ZDATE = (2024, 6, 1, 9, 0, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet='Sheet1'):
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        x.append('<row r="%d">' % r)
        for c, val in enumerate(row):
            ref = '%s%d' % (col_letter(c), r)
            if isinstance(val, (int, float)) and not isinstance(val, bool):
                x.append('<c r="%s"><v>%s</v></c>' % (ref, val))
            else:
                x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(val)))
        x.append('</row>')
    x.append('</sheetData></worksheet>')
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
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', ''.join(x))])


def make_docx(paragraphs):
    body = []
    for p in paragraphs:
        bold = p.startswith('**')
        txt = p.strip('*')
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(txt)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
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
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def make_pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 10 Tf', '13 TL', '54 740 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
            b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream']
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 ' + str(len(objs) + 1).encode() + b'\n0000000000 65535 f \n'
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += (b'trailer\n<< /Size ' + str(len(objs) + 1).encode() + b' /Root 1 0 R >>\nstartxref\n'
            + str(xref).encode() + b'\n%%EOF\n')
    return out


def _png(w, h, color_type, rows):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    return (b'\x89PNG\r\n\x1a\n'
            + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, color_type, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_logo_png(w=180, h=60):
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            dx, dy = x - 30, y - 30
            if dx * dx + dy * dy < 400:
                px = (242, 176, 46)          # sun
            elif 60 <= x <= 170 and 22 <= y <= 38:
                px = (46, 110, 78)           # bar
            else:
                px = (255, 255, 255)
            r.extend(px)
        rows.append(bytes(r))
    return _png(w, h, 2, rows)


def make_scan_png(w=200, h=260):
    rows = []
    for y in range(h):
        val = 250 if (y % 37) else 244
        rows.append(bytes([val]) * w)
    return _png(w, h, 0, rows)


def make_ics(uid, summary, start, end, location, desc, organizer, attendees):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240601T120000Z',
             'DTSTART;TZID=America/New_York:%s' % start, 'DTEND;TZID=America/New_York:%s' % end,
             'SUMMARY:%s' % summary, 'LOCATION:%s' % location,
             'DESCRIPTION:%s' % desc.replace('\n', '\\n'),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, em in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, em))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def htmlize(text):
    paras = T(text).split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + xesc(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + '\n'.join(out) + '\n</body></html>\n')


def build(spec):
    m = EmailMessage()
    m['From'] = spec['frm']
    m['To'] = spec['to']
    if spec.get('cc'):
        m['Cc'] = spec['cc']
    m['Subject'] = spec['subj']
    d = when(spec['date']) if spec.get('date') else rand_date()
    m['Date'] = format_datetime(d)
    dom = parseaddr(spec['frm'])[1].split('@')[-1] or ORG
    m['Message-ID'] = msgid(dom)
    if spec.get('reply'):
        other = parseaddr(spec['to'].split(',')[0])[1].split('@')[-1] or ORG
        ref = msgid(other)
        m['In-Reply-To'] = ref
        m['References'] = ref
    for k, v in spec.get('hdrs', []):
        m[k] = v
    m.set_content(T(spec['body']))
    if spec.get('html'):
        h = spec['html']
        m.add_alternative(htmlize(spec['body']) if h is True else h, subtype='html')
    for fn, data, ctype in spec.get('att', []):
        mt, st = ctype.split('/')
        if isinstance(data, str) and mt == 'text':
            m.add_attachment(data, subtype=st, filename=fn)
        else:
            if isinstance(data, str):
                data = data.encode('utf-8')
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerows(rows)
    return buf.getvalue()

# ====================================================================== PHI: care
add('phi', 'care', 'Hector Alvarez',
    frm='Walt Brenner <waltbrenner52@quickpost.net>', to=TUAN,
    subj='Rt 6 today - Hector Alvarez', date='2024-03-19 13:47',
    body='''
Tuan - no answer at Mr Alvarez's again (412 Quill St, green door). His note on the door said leave it w/ Mrs Pacheco in 2B so I did, she said shed bring it up to him.

Just FYI he's looked pretty unsteady the last couple weeks, last Tues he had to hold onto the rail the whole way to the door and he was in the same clothes as the week before. Maybe someone should give him or his nephew a call?

Rest of the route was fine. Kessler's gate code changed to 4471 btw.

Walt

Sent from my iPhone
''')

add('phi', 'care', 'Edith Larkspur',
    frm=MARISOL, to='Karen Larkspur-Doyle <kldoyle@northwinds-mail.com>',
    subj="RE: Please hold my mom's deliveries", date='2024-04-09 08:31', reply=True,
    body='''
Hi Karen,

Thank you for letting us know, and I'm sorry to hear your mom is back in. I've put Edith's deliveries on hold starting with today's (Tuesday) run, so nothing will be left on the porch. When she's home just email me or call the main line and we can usually restart within 2 business days.

I also changed the contact on her profile so the driver will call your cell (978) 555-0173 first instead of her landline. I added a note that she may need a minute to get to the door.

Wishing her a quick recovery,
Marisol

%s

On Mon, Apr 8, 2024 at 9:12 PM Karen Larkspur-Doyle <kldoyle@northwinds-mail.com> wrote:
%s
''' % (SIG['marisol'], quote('''
Hello,
My mother Edith Larkspur gets your meals on Tuesdays and Thursdays at 77 Orchard Terrace. She went back into St. Aldric tonight and they are saying probably through the weekend. Can you please hold the deliveries until I let you know? I don't want food sitting out on her porch.

Also when she does come home could the driver call my cell (978) 555-0173 instead of her house phone? She doesn't always hear it and then she gets flustered trying to get to it.

Thank you so much, the meals have been a big help to her.
Karen
''')))

add('phi', 'care', 'Walter Pruitt',
    frm='Dana Whitford <dwhitford@staldricmed.org>', to=INTAKE, cc=DEV,
    subj='Heads up - discharge tomorrow, needs meals started', date='2024-05-15 16:05',
    body='''
Hi Dev,

Sending the referral through the portal tonight but wanted to give you a heads up since he goes home tomorrow (Thurs) afternoon.

Walter Pruitt, 81, lives alone at 19 Cordwainer Lane Apt 3R - third floor walk-up, no elevator. Son is in Ohio, calls daily but isn't local. He can't stand long enough to cook right now and PT wants him staying off the stairs as much as possible for the next couple of weeks, so no grocery runs. Team's order is 2 g sodium, mechanical soft (his lower denture went missing on the unit - yes, we filed the report).

Any chance of a first delivery Friday? Best number is his home (978) 555-0116, let it ring a long time. Signed order from Dr. Amadi will be in the packet.

Thanks as always!

Dana Whitford, RN, BSN
Case Manager, 5 West | St. Aldric Medical Center
p 978-555-0130 | f 978-555-0131

%s
''' % CONF_HOSP)

add('phi', 'care', 'Gloria Benitez; Kwame Osei',
    frm=PRIYA, to=RENATA, cc=DEV,
    subj="coverage while I'm out 5/20-5/24", date='2024-05-17 15:22',
    body='''
Renata - thanks again for covering. What's live on my caseload next week:

- Gloria Benitez: asked to move to the lower-salt menu and wants smaller portions, says she can't get through a whole tray. Needs a call Wed to go over it, she prefers afternoons after 2. Her granddaughter Jess usually answers and puts her on.

- Mr. Osei (Kwame): 4-week check-in call due Thurs. He's been skipping the breakfasts, says it's too much food and he's "not a breakfast man." I told him we'd talk about cutting to 1/day. His wife does the shopping again now so that might be fine.

- Anything new from Bayline, Dev will route to you.

Notes are all in the client profiles. I'll have my phone if something's on fire.

P

%s
''' % SIG['priya'])

add('phi', 'care', 'Lorraine Tibbs',
    frm=TUAN, to=MARISOL,
    subj='RE: Tibbs - Thurs to Tues?', date='2024-06-06 10:14', reply=True,
    body='''
Done, she's on TUE-03 starting 6/11, stop 14 (after the Whitcomb Ave apartments). Driver on that one is Ellen Ruiz. I took her off THU-07 in RouteWise too so she won't get a double.

T

-----Original Message-----
From: Marisol Fuentes <mfuentes@goodlightkitchen.org>
Sent: Wednesday, June 5, 2024 4:48 PM
To: Tuan Nguyen <tnguyen@goodlightkitchen.org>
Subject: Tibbs - Thurs to Tues?

Tuan, can we move Lorraine Tibbs (2290 Whitcomb Ave, unit 6) from Thursday to Tuesday delivery? She has appointments Thursday mornings now from 7 to about 11:30 and nobody's home to take in the cooler. Her neighbor used to grab it but moved. Tuesdays she's home all day.

Thank you!!
Marisol
''')

add('phi', 'care', 'Arthur Fenwick',
    frm=MARISOL, to=PRIYA,
    subj='Mr. Fenwick - portions / shakes', date='2024-07-02 11:40',
    body='''
Hi Priya,

Talked with Mrs. Fenwick this morning (Arthur Fenwick, client since March, Tue/Thu). She says he's only eating about half of each meal - portions are too much for him and he gets full fast. She asked if we can do smaller portions and if we can add the shakes again like we did in the spring. She also said she thinks he's down about 6 lbs since your last call with them.

Can you give her a call? 978-555-0188, she's home most days but not Friday mornings.

Thanks,
Marisol
''')

add('phi', 'care', 'Dolores Quintero',
    frm=RENATA, to='Jeff Amari <jamari@baylinehealth.com>',
    subj='Extension request - Dolores Quintero (MTM)', date='2024-07-12 09:05', html=True,
    body='''
Hi Jeff,

Dolores Quintero's 12-week meal benefit ends 7/26 and I'd like to request an extension for another 12 weeks.

She's still at home with the visiting nurse coming twice a week, and her daughter works full time and can only come by on weekends. Dolores still can't get to the store on her own or stand at the stove for more than a few minutes. She's eating nearly all of her meals (14/week) and her weight has held steady at 142 lb over the last six weeks, which is what we were hoping for.

Her member ID on the original referral was BHP-40938217. Our last RD assessment (7/9) is attached in the portal. Happy to jump on a call if that's easier.

Thank you,
Renata

%s
''' % SIG['renata'])

add('phi', 'care', 'Benjamin Sato',
    frm='RouteWise Notifications <noreply@routewise-app.com>', to=TUAN, cc=CLIENTSVC,
    subj='Delivery exception: TUE-04 stop 11', date='2024-08-13 12:52',
    hdrs=[('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-generated')],
    body='''
A driver reported a delivery exception.

Organization:  Goodlight Kitchen
Route:         TUE-04 (Driver: Maureen Staab)
Stop:          11 of 18
Client:        Benjamin Sato
Address:       88 Larch Ct, Apt 3, Port Avery MA 01955
Status:        NOT DELIVERED - returned to depot
Reason:        Client not home
Driver note:   "neighbor says he went out in the ambulance sunday night, nobody from family around. brought bags back"
Reported at:   08/13/2024 12:49 PM

View this exception: https://app.routewise-app.com/org/glk/exceptions/558201

You are receiving this because you are a dispatcher for Goodlight Kitchen. Manage notifications in Settings > Alerts.
''',
    html='''<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#b03a2e">Delivery exception reported</h3>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Route</b></td><td>TUE-04 (Driver: Maureen Staab)</td></tr>
<tr><td><b>Stop</b></td><td>11 of 18</td></tr>
<tr><td><b>Client</b></td><td>Benjamin Sato</td></tr>
<tr><td><b>Address</b></td><td>88 Larch Ct, Apt 3, Port Avery MA 01955</td></tr>
<tr><td><b>Status</b></td><td>NOT DELIVERED - returned to depot</td></tr>
<tr><td><b>Reason</b></td><td>Client not home</td></tr>
<tr><td><b>Driver note</b></td><td>&quot;neighbor says he went out in the ambulance sunday night, nobody from family around. brought bags back&quot;</td></tr>
</table>
<p><a href="https://app.routewise-app.com/org/glk/exceptions/558201">View this exception</a></p>
<p style="color:#888;font-size:11px">You are receiving this because you are a dispatcher for Goodlight Kitchen.</p>
</body></html>
''')

# ====================================================================== PHI: ids
add('phi', 'ids', '',
    frm=SAM, to='Crescent Provider Services <providerservices@crescentcarehealth.net>',
    subj='Reprocess request - claim 24118C0048812', date='2024-05-02 10:18',
    body='''
Hello,

Requesting reprocessing of the claim below. It denied CARC 197 (precertification/authorization absent) but the authorization was approved before the first date of service.

  Member ID:   CRX448172031
  Claim #:     24118C0048812
  DOS:         03/04/2024 - 03/29/2024
  HCPCS:       S5170 x 56 units
  Auth #:      ILOS-MTM-0077812 (approved 02/27/2024, eff 03/01/2024 - 05/24/2024)
  Billed:      $672.00

Billing NPI 1386274105, Tax ID on file. I can send the auth approval letter if needed.

Thanks,
%s

%s
''' % (SIG['sam'], CONF))

add('phi', 'ids', '',
    frm='ReferralLink <notify@referrallink-health.com>', to=INTAKE,
    subj='New referral R-2024-020931 - action needed', date='2024-05-13 14:22',
    hdrs=[('Auto-Submitted', 'auto-generated')],
    body='''
You have received a new referral in ReferralLink.

Referral ID:          R-2024-020931
Patient MRN:          00417729
DOB:                  06/12/1951
Sex:                  F
Service requested:    Medically tailored meals - home delivered
Diet order attached:  Yes (1 document)
Referring facility:   St. Aldric Medical Center - 5 West
Referring contact:    Case Management, 978-555-0130
Anticipated d/c:      05/14/2024

Respond by 05/14/2024 5:00 PM to keep this referral active.
Log in to view patient details: https://portal.referrallink-health.com/r/R-2024-020931

Please do not reply to this message. This mailbox is not monitored.
''')

add('phi', 'ids', 'Mrs. T',
    frm=MARISOL, to=SAM,
    subj='elig check pls', date='2024-05-21 13:03',
    body='''
hey Sam can you check elig for Medicaid ID 7731094452? Mrs. T says her plan switched from Crescent to Bayline in April, so her 4/2 start might be billed to the wrong plan. dob 9/30/1949 if you need it. she's worried she'll get a bill.

thx!
M
''')

add('phi', 'ids', 'Ng',
    frm=DEV, to='St. Aldric Case Management <cm5west@staldricmed.org>',
    subj='RE: fax 5/6 4:52pm - diet order incomplete', date='2024-05-07 09:26',
    body='''
Good morning,

Re: your fax received 5/6 at 4:52 PM for pt DOB 11/03/1944, last name NG.

Page 2 of the diet order came through without the provider signature, and neither diet box is checked (renal vs. 2 g sodium). We can't start meals until we have a signed order. Could someone re-fax to (978) 555-0199 or upload to ReferralLink?

Thank you,
%s
''' % SIG['dev'])

add('phi', 'ids', '',
    frm=DEV, to=KIT,
    subj='dup record GL-10582 / GL-09947', date='2024-06-05 11:12',
    body='''
Kit - found a duplicate in the client db. GL-10582 was created by the Bayline import on 6/3 but she's already GL-09947 from the hospital referral in May. Same DOB (02/19/1938), same address (17 Poplar Row #2). Can you merge into 09947?

Keep the renal diet flag and the "no pork" note from 09947, the import record is missing both. She already got 2 bags Tuesday because of this so the sooner the better.

Dev
''')

add('phi', 'ids', '',
    frm='Jeff Amari <jamari@baylinehealth.com>', to=RENATA, cc=SAM,
    subj='Auth update - Case CM-558812', date='2024-07-19 15:40',
    body='''
Renata,

Extension approved. Details below - please reference the case number on claims.

Case #:          CM-558812
Subscriber ID:   88204113-01
Service:         Home-delivered medically tailored meals (S5170)
Frequency:       2 meals/day, 7 days/week
Approved dates:  07/27/2024 - 10/18/2024
Diet:            Low sodium (2 g)
Reassessment:    RD reassessment due by 10/04/2024

Thanks,

Jeff Amari, LSW
Care Coordinator, Complex Care Management
Bayline Health Plan
O 978-555-0160 | F 978-555-0161

The information contained in this message may be privileged and confidential and protected from disclosure. If the reader of this message is not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited.
''')

add('phi', 'ids', 'L.D.',
    frm=LIONEL, to=DEV,
    subj='home visit intake - Elm St', date='2024-06-12 17:55',
    body='''
Dev, attached is the paper intake I typed up from the home visit today for Mr. D on Elm. MBI is on there, he didn't have his card so his daughter read it off the letter from Medicare. Still need the diet order from the clinic, I'll call them tomorrow.

Lionel

Sent from my phone
''',
    att=[('intake_0612_LD.txt', T('''
GOODLIGHT KITCHEN - HOME VISIT INTAKE (typed from paper form)
Visit date: 06/12/2024        CHW: L. Baptiste
Client: L.D.   (full name on paper file)
DOB: 04/27/1942
Address: 305 Elm St, 1st fl, Port Avery MA 01955
Phone: (978) 555-0183 (daughter's cell)
Medicare MBI: 5TK2-QW8-HN61
SSN (last 4): 6618
Secondary: none
Lives with: alone, daughter visits evenings
Able to cook: no - stopped using stove after fall in April
Grocery access: daughter, once a week
Teeth/chewing: upper denture only, prefers soft foods
Food allergies: none known
Dislikes: spicy, fish
Diet order: PENDING from Elm Street Health Center
Pets: 1 small dog (friendly)
Delivery notes: side door, ring twice
'''), 'text/plain')])

add('phi', 'ids', '',
    frm=OLA, to=MARISOL,
    subj='Acct 4471-0093 payment plan', date='2024-05-28 14:30',
    body='''
Marisol,

Acct 4471-0093 has a balance of $312.00 for the April private-pay meals (24 meals @ $13.00). The daughter left a voicemail asking about a payment plan. OK to do $52/mo x 6, no interest, first payment 6/15. Can you call her back and let her know? Statement attached so you have the dates in front of you.

Thanks,
%s
''' % SIG['ola'],
    att=[('Statement_4471-0093_Apr2024.pdf', make_pdf([
        'GOODLIGHT KITCHEN', ADDR, 'Phone %s' % MAIN, '',
        'STATEMENT OF ACCOUNT', 'Account number: 4471-0093', 'Statement date: 05/01/2024',
        'Guarantor: R. Maddox (on file)', '',
        'Date        Description                                  Qty   Amount',
        '04/02/2024  Medically tailored meals - renal, delivered    6    78.00',
        '04/09/2024  Medically tailored meals - renal, delivered    6    78.00',
        '04/16/2024  Medically tailored meals - renal, delivered    6    78.00',
        '04/23/2024  Medically tailored meals - renal, delivered    6    78.00',
        '', 'Total due: $312.00', 'Payment due by: 05/31/2024', '',
        'Questions? Call Client Services at %s.' % MAIN]), 'application/pdf')])

# ====================================================================== PHI: lang
add('phi', 'lang', 'Rosa Elvira Cárdenas',
    frm=MARISOL, to='Rosa Elvira Cárdenas <rosaelvira.cardenas@correo-plaza.com>',
    subj='RE: comidas - cambio de dirección', date='2024-03-27 10:02', reply=True,
    body='''
Buenos días doña Rosa,

Ya cambié la dirección de entrega. A partir del martes 2 de abril las comidas le llegan a 54 Linden Street, apto 2, y el chofer va a llamar primero a Yesenia al 978-555-0164. Sigue con el mismo menú (bajo en sal y para diabéticos).

Que se mejore pronto de la cadera. Cualquier cosa me escribe o me llama.

Un abrazo,
Marisol

%s

El mar, 26 mar 2024 a las 19:40, Rosa Elvira Cárdenas <rosaelvira.cardenas@correo-plaza.com> escribió:
%s
''' % (SIG['marisol'], quote('''
Buenos días Marisol,

Le escribo para avisarle que desde el lunes voy a estar en casa de mi hija mientras me recupero de la operación de la cadera. La dirección es 54 Linden Street, apto 2, Port Avery. Por favor mande las comidas allí. El doctor dice que sigo con la dieta baja en sal y para diabéticos, y que no puedo subir escaleras por un mes.

Mi hija se llama Yesenia y su teléfono es 978-555-0164.

Muchas gracias por todo, que Dios la bendiga.
Rosa Elvira Cárdenas
''')))

add('phi', 'lang', 'Nguyễn Văn Hùng',
    frm='Trần Thị Mai <maitran.home@saigonline.net>', to=TUAN,
    subj='Về bữa ăn của bố tôi - Nguyễn Văn Hùng', date='2024-04-16 20:18',
    body='''
Chào anh Tuấn,

Em là Mai, con gái của ông Nguyễn Văn Hùng (khách hàng ở 310 Beacon Hill Rd, Port Avery). Bố em mới bắt đầu đi chạy thận 3 lần một tuần (thứ Hai, Tư, Sáu) và bác sĩ dặn bố phải ăn ít kali, ít muối và uống ít nước hơn. Tuần này bố không ăn được món cá vì bố nói hơi mặn, và bố không được ăn chuối nữa.

Anh có thể nhờ chuyên viên dinh dưỡng gọi cho em được không? Bố em không nói tiếng Anh nhiều nên gọi em thì tiện hơn. Mấy ngày đi chạy thận bố về nhà khoảng 1 giờ chiều, nên giao hàng buổi chiều thì tốt nhất.

Số điện thoại của em: 978-555-0121.

Cảm ơn anh nhiều.
Mai
''')

add('phi', 'lang', 'Odette Saint-Fleur',
    frm='Jean-Robert Saint-Fleur <jrsaintfleur@caribenet-mail.com>', to=LIONEL,
    subj='Manman m - livrezon manje', date='2024-05-30 07:44',
    body='''
Bonjou Lionel,

Se Jean-Robert, pitit gason Madan Odette Saint-Fleur. Manman m soti lopital yè swa apre 5 jou. Doktè a di li dwe manje san sèl epi pa twòp sik paske tansyon li te monte anpil e sik la pa bon. Yo ba l 2 nouvo grenn tou.

Èske nou ka rekòmanse livrezon manje yo jedi a? Li rete toujou nan 14 Tremont Place, apatman 1. Si pèsonn pa reponn, frape fò paske li pa tande byen, oswa rele m.

Mèsi anpil pou tout èd nou bay fanmi nou.

Jean-Robert Saint-Fleur
978-555-0152
''')

add('phi', 'lang', 'Галина Петровна Волкова',
    frm='Дмитрий Волков <d.volkov@inbox-mail.net>', to=INTAKE,
    subj='Питание для мамы — Волкова Галина Петровна', date='2024-06-17 21:30',
    body='''
Здравствуйте,

Мою маму, Волкову Галину Петровну (14.02.1947 г.р.), выписали из больницы St. Aldric в пятницу после операции на сердце (шунтирование). Кардиолог дал направление на вашу программу питания — диета с низким содержанием соли и жиров, не больше 1,5 литра жидкости в день.

Она живёт одна по адресу 63 Granite Way, кв. 5, Port Avery. Подскажите, пожалуйста, когда может начаться доставка и нужно ли ей быть дома? Ей пока тяжело ходить, до двери идёт долго, пусть водитель подождёт пару минут.

По-английски она почти не говорит, поэтому лучше звонить мне: 978-555-0135.

Спасибо большое,
Дмитрий Волков

Отправлено с iPhone
''')

add('phi', 'lang', '李秀英',
    frm='李秀英 <lixiuying1946@mail-east.com>', to=CLIENTSVC,
    subj='送餐问题 - 上周四没有收到', date='2024-07-22 09:15',
    body='''
您好，

我是李秀英，住在 Port Avery 的 901 Chestnut Street。上个星期四的饭菜没有送到，我在家等了一整天。我有糖尿病，每天打两次胰岛素，医生叫我一定要按时吃饭，不然血糖会太低。那天晚上我只吃了一点饼干。

请问这个星期的饭什么时候送来？如果没人在家，可以放在门口的椅子上。

我的电话是 978-555-0109，我女儿的电话是 978-555-0118（她会讲英文）。

谢谢！
李秀英
''')

add('phi', 'lang', 'Paulo Henrique Ferreira',
    frm='Cláudia Ferreira <claudia.ferreira.br@correio-net.com>', to=CLIENTSVC, cc=PRIYA,
    subj='Refeições do meu marido - Paulo Henrique Ferreira', date='2024-08-05 14:51',
    body='''
Olá, boa tarde.

Meu marido, Paulo Henrique Ferreira, começou a quimioterapia na semana passada no Harbor Point e está sem apetite e com muita náusea. A nutricionista de lá disse que vocês podem mudar as refeições para porções menores e mais calóricas, com mais proteína. Ele também não está conseguindo comer nada muito temperado nem com cheiro forte (peixe principalmente).

Seria possível fazer essa mudança a partir da próxima entrega de terça? O endereço continua o mesmo: 27 Harbor View Dr, Port Avery.

A próxima sessão dele é dia 12, então nessa semana ele vai ficar mais fraco. Se puderem deixar as sacolas na varanda dos fundos eu agradeço.

Obrigada,
Cláudia Ferreira
(978) 555-0193
''')

add('phi', 'lang', 'Remedios Villanueva',
    frm='Maricel Dizon <maricel.dizon@pinoymail.net>', to=AMANI,
    subj='Re: delivery para kay Lola Remedios', date='2024-09-03 06:58', reply=True,
    body='''
Hi po Ma'am Amani,

Ako po yung caregiver ni Mrs. Remedios Villanueva sa 140 Summit Ave. Gusto ko lang po sabihin na na-admit po ulit siya sa St. Aldric kagabi kasi nahirapan po siyang huminga at namamaga yung paa niya. Sabi ng doctor baka 3-4 days daw po siya doon.

Pakihinto po muna yung delivery ng meals ngayong linggo. Tatawagan ko po kayo pag nakauwi na siya. Yung anak niya po si Sir Joel ang contact, 978-555-0177.

Salamat po sa lahat,
Maricel

On Fri, Aug 30, 2024, 3:10 PM Amani Hassan <ahassan@goodlightkitchen.org> wrote:
> Hi Maricel, just confirming Mrs. Villanueva's delivery moves to Wednesday next week because of the Labor Day holiday. Thank you!
> Amani
''')

add('phi', 'lang', '박순자',
    frm='박준호 <junho.park@hanmail-ex.net>', to=PRIYA,
    subj='어머니 식단 변경 요청 (박순자)', date='2024-09-18 19:26',
    body='''
안녕하세요 선생님,

저는 박순자 님의 아들 박준호입니다. 어머니께서 지난주 목요일에 신장내과 진료를 받으셨는데, 신장 수치가 더 나빠져서 투석을 시작하기 전까지 단백질과 칼륨, 나트륨을 줄이라는 지시를 받으셨습니다. 새 식단 지시서는 병원에서 팩스로 보낸다고 했습니다.

그리고 어머니가 생선은 잘 드시지만 돼지고기는 안 드십니다. 밥은 흰 쌀밥을 좋아하십니다.

배달 주소는 그대로입니다 (88 Maple Crest Rd, Unit 12). 영어를 잘 못 하셔서 연락은 저에게 주시면 감사하겠습니다. 978-555-0148

감사합니다.
박준호 드림
''')

# ====================================================================== PHI: lists
manifest = T('''
STOP  CLIENT               ADDRESS                     BAGS  NOTES
----  -------------------  --------------------------  ----  ------------------------------------------
 1    Florence Adeyemi     22 Brookline Ter            2     renal - hand to her, do NOT leave outside
 2    Gus Halvorsen        140 Pell St #4              1     gate 2281#, slow to door (walker)
 3    Delphine Marchetti   9 Cobb Hill Rd              2     back door, dog is fine
 4    Oscar Lindqvist      77 Ridgeway Ave             1     post-dialysis, naps after 1 - knock loud
 5    Mae Whitaker         301 Canal St Apt 12         2     buzz 12, elevator broken - call 555-0127
 6    Raymond Achebe       18 Juniper Ct               1     low sodium, wife Grace takes bags
 7    Beverly Santangelo   4410 Route 9 (trailer 22)   2     NO pork, leave w/ son if not home
 8    Ike Moreland         56 Thistle Ln               1     new client, 1st delivery - give welcome folder
 9    Sunny Oduya          230 Dockside Way #3F        2     pureed - fragile, keep upright
10    Wendell Price        12 Abbot Sq                 1     hard of hearing, call 978-555-0139 from curb
''')

add('phi', 'lists', 'Florence Adeyemi; Gus Halvorsen; Delphine Marchetti; Oscar Lindqvist; Mae Whitaker; Raymond Achebe; Beverly Santangelo; Ike Moreland; Sunny Oduya; Wendell Price',
    frm=TUAN, to='Kevin Dorr <kdorr.drives@quickpost.net>', cc=HANNAH,
    subj='THU Rt 2 manifest - 6/13 (thanks for covering!)', date='2024-06-12 16:33',
    body='''
Kevin - thanks a ton for taking Rt 2 tomorrow. Load time 9:30 at the dock (side entrance on Foundry), 10 stops, about 2 to 2.5 hrs. Manifest below, it's also in the app once you log in.

%s
Don't leave bags on the step for 1 or 5. If anyone doesn't answer, call me before you move on and I'll try them. Coolers come back to the depot.

Thanks!!
%s
''' % (manifest, SIG['tuan']))

bay_rows = [
    ['member_id', 'last_name', 'first_name', 'dob', 'phone', 'address', 'city', 'zip', 'diet_order', 'dx_code', 'auth_number', 'auth_start', 'auth_end'],
    ['BHP-51200874', 'Castellanos', 'Irma', '1952-03-08', '978-555-0171', '16 Harbor St Apt 2', 'Port Avery', '01955', 'Renal', 'N18.5', 'A24-77810', '2024-07-08', '2024-09-29'],
    ['BHP-51201133', 'Whitfield', 'Leon', '1945-11-22', '978-555-0114', '402 Mill Pond Rd', 'Port Avery', '01955', 'Low sodium 2g', 'I50.22', 'A24-77811', '2024-07-08', '2024-09-29'],
    ['BHP-50877720', 'Abara', 'Chidinma', '1961-06-30', '978-555-0122', '8 Corliss Way', 'Danford', '01958', 'Diabetic / carb consistent', 'E11.65', 'A24-77815', '2024-07-09', '2024-09-30'],
    ['BHP-51190046', 'Kowal', 'Stanley', '1939-01-14', '978-555-0106', '77 Ledgewood Dr Unit 5', 'Port Avery', '01955', 'Renal + diabetic', 'N18.4;E11.22', 'A24-77819', '2024-07-10', '2024-10-01'],
    ['BHP-49903318', 'Duarte', 'Filomena', '1957-09-02', '978-555-0150', '250 Washburn Ave', 'Danford', '01958', 'High protein / high calorie', 'C34.90', 'A24-77820', '2024-07-10', '2024-10-01'],
]
add('phi', 'lists', 'Irma Castellanos; Leon Whitfield; Chidinma Abara; Stanley Kowal; Filomena Duarte',
    frm='Jeff Amari <jamari@baylinehealth.com>', to=DEV, cc=RENATA,
    subj='New MTM referrals - wk of 7/8', date='2024-07-05 15:12',
    body='''
Hi Dev,

5 new members for the MTM benefit this week, file attached. Auths are already loaded on our side. Two of them are renal (one renal + diabetic), so please have an RD look at those first. Mr. Kowal's daughter asked for a call before the first delivery.

Jeff

Jeff Amari, LSW
Care Coordinator, Complex Care Management
Bayline Health Plan | O 978-555-0160
''',
    att=[('BHP_MTM_referrals_20240705.csv', csv_text(bay_rows), 'text/csv')])

cres = [
    ['Member ID', 'Member Name', 'DOB', 'Auth #', 'Diet', 'Delivery Dates', 'Meals Delivered', 'Units (S5170)', 'Notes'],
    ['CRX448172031', 'Pemberton, Alice', '05/19/1950', 'ILOS-MTM-0077812', 'Renal', '6/4, 6/11, 6/18, 6/25', 56, 56, ''],
    ['CRX551093284', 'Strand, Evelyn', '10/02/1948', 'ILOS-MTM-0079120', 'Cardiac/diabetic', '6/4, 6/11, 6/18, 6/25', 56, 56, ''],
    ['CRX502288417', 'Mbatha, Joseph', '12/11/1963', 'ILOS-MTM-0079344', 'Low sodium', '6/6, 6/13, 6/20', 42, 42, 'Hospitalized 6/24-6/29, hold'],
    ['CRX610044725', 'Lindgren, Paula', '07/07/1956', 'ILOS-MTM-0080017', 'Renal', '6/6, 6/13, 6/20, 6/27', 56, 56, ''],
    ['CRX477300912', 'Reyes Ocasio, Nilda', '03/23/1944', 'ILOS-MTM-0080231', 'Diabetic', '6/4, 6/11', 28, 28, 'Program end 6/14'],
    ['CRX591127380', 'Yoon, Daniel', '08/29/1971', 'ILOS-MTM-0080502', 'High protein (onc)', '6/18, 6/25', 28, 28, 'New start 6/18'],
]
add('phi', 'lists', 'Alice Pemberton; Evelyn Strand; Joseph Mbatha; Paula Lindgren; Nilda Reyes Ocasio; Daniel Yoon',
    frm=SAM, to='Crescent ILOS Reporting <ilos.reporting@crescentcarehealth.net>', cc=OLA,
    subj='Goodlight Kitchen - June 2024 MTM service log', date='2024-07-03 10:40',
    body='''
Hello,

Attached is the June 2024 medically tailored meals service log for Crescent members, per section 4.2 of our ILOS agreement. Claims for these dates were submitted in batch 0701.

Let me know if you need it in your template instead.

Thank you,
%s

%s
''' % (SIG['sam'], CONF),
    att=[('GLK_Crescent_MTM_ServiceLog_2024-06.xlsx', make_xlsx(cres, 'June 2024'),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')])

add('phi', 'lists', 'Theresa Nakamura; Bill Odom; Yusuf Warsame; Carmen Ybarra; Lottie Greer',
    frm=PRIYA, to=CLINICAL,
    subj='RD follow-up calls due this week', date='2024-08-19 08:12',
    body='''
Morning all - calls due this week, split between me and Renata. Please update the Last call column in the tracker when done.

| Client            | Phone         | Diet            | Wk  | Notes                                         |
|-------------------|---------------|-----------------|-----|-----------------------------------------------|
| Theresa Nakamura  | 978-555-0113  | renal           | 4   | phos 6.8 last labs, review binders w/ meals    |
| Bill Odom         | 978-555-0187  | 2g Na / 1.5L    | 8   | wt up 3 lb, ask about swelling                |
| Yusuf Warsame     | 978-555-0144  | diabetic, halal | 2   | use interpreter line (Somali), son Abdi ok    |
| Carmen Ybarra     | 978-555-0102  | high kcal/prot  | 10  | chemo cycle 4, taste changes, extension?      |
| Lottie Greer      | 978-555-0179  | pureed          | 12  | last wk of program, SLP re-eval pending       |

Renata take Warsame + Greer? I'll do the rest.

P
''')

add('phi', 'lists', 'Lyle Brandt; Maria Josefa Ortiz; Harold Pike',
    frm='Dana Whitford <dwhitford@staldricmed.org>', to=INTAKE,
    subj='3 more this week', date='2024-09-09 12:20',
    body='''
Dev - three more going out this week, referrals to follow in the portal. Orders signed.

Lyle Brandt - 04/22/1947 - CHF, 2g Na / 1.5L fluid; d/c Wed. Lives w/ wife.
Maria Josefa Ortiz - 12/01/1955 - new HD pt (M/W/F), renal diet; d/c Thu. Spanish speaking, daughter Lucia 978-555-0166.
Harold "Hal" Pike - 07/19/1939 - s/p hip fx repair, wife is also frail; regular diet, soft textures. d/c Fri to home w/ VNA.

Thx!
Dana

%s
''' % CONF_HOSP)

add('phi', 'lists', 'Shirley Mabry; Vernon Tate; Alma Dubois; Kenji Watanabe; Ruth Ann Gallo',
    frm=MARISOL, to=TUAN, cc=BEA,
    subj='holds for wk of 6/17', date='2024-06-14 15:02',
    body='''
Tuan/Bea - holds for next week pasted below from the tracker. Please pull from production (-56 meals total, 14 each except Gallo who is 1/day so 7... actually that makes it -63, sorry).

Client ID\tName\tRoute\tHold from\tHold until\tReason
GL-10233\tShirley Mabry\tTUE-05\t6/18\t6/25\tin hospital (St Aldric)
GL-09871\tVernon Tate\tTHU-02\t6/20\t7/3\trehab facility after fall
GL-10410\tAlma Dubois\tTUE-01\t6/18\t6/20\tdaughter visiting, will cook
GL-10012\tKenji Watanabe\tTHU-06\t6/20\tTBD\tadmitted, chest pain - family to call
GL-09560\tRuth Ann Gallo\tTUE-03\t6/18\t6/21\tobservation stay

Thanks,
Marisol
''')

minutes = [
    '**Goodlight Kitchen - Clinical Case Review', 'Wednesday 7/24/2024, 2:00-3:00 PM, conference room B',
    'Present: R. Okafor (chair), P. Raman, D. Pillai, M. Fuentes, L. Baptiste', '',
    '**1. Program-end / extension decisions',
    'Theodore Wynn (GL-09633) - 12-wk ends 8/2. Renal. Weight down 4 lb in 3 wks, missed HD twice per his daughter. Request 12-wk extension from Bayline; PR to call nephrology SW.',
    'Precious Mbeki (GL-09715) - oncology, finishing radiation 8/9. Eating 60-70% of meals. Extend 4 wks; switch to soft/high protein.',
    'Arnold Kessler (GL-10377) - CHF. Stable, wt 188. Program ends 8/9, no extension; connect to SNAP/Meals on Wheels (LB).',
    '**2. Safety concerns',
    'Hector Alvarez (GL-09102) - driver reports unsteady, same clothes 2 wks. LB home visit done 7/22, referred to elder services; nephew now checking daily.',
    'Mrs. Haverford (GL-09988) - ongoing sodium complaints. Kitchen re-checked recipe, 410 mg/serving. MF to follow up.',
    '**3. Other',
    'Interpreter line usage up; reminder to document language in profile.',
    'Next review: 8/28.',
]
add('phi', 'lists', 'Theodore Wynn; Precious Mbeki; Arnold Kessler; Hector Alvarez; Mrs. Haverford',
    frm=RENATA, to=CLINICAL,
    subj='Case review notes 7/24', date='2024-07-25 09:30',
    body='''
Hi team,

Notes from yesterday's case review are attached. Please update your clients' plans and the extension tracker by Friday. Dev, Bayline request for the first one needs to go out today.

Thanks,
Renata

%s
''' % SIG['renata'],
    att=[('Case review 2024-07-24.docx', make_docx(minutes),
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document')])

# ====================================================================== PHI: names
add('phi', 'names', 'Bernadette Okonkwo',
    frm=PRIYA, to=BEA, cc=DEV,
    subj='Okonkwo, Bernadette - diet change eff Thurs', date='2024-04-23 13:11',
    body='''
Bea - per the new order from her nephrologist, switching her from renal to renal + carb controlled starting with Thursday's production. She's Tue/Thu, 14/wk. Dev is updating the profile today so the labels should pick it up.

-P
''')

add('phi', 'names', 'Mrs. Haverford',
    frm=MARISOL, to=BEA,
    subj='salmon on Tuesday', date='2024-05-09 10:27',
    body='''
Hi Bea,

Mrs. Haverford called again this morning (3rd time this month). She says the salmon with dill on Tuesday was "very salty, like the ocean." She's on the 2 gram sodium plan so can you double check the batch / recipe card for the low-sodium version? I told her I'd call her back by Friday.

She's a sweetheart but she keeps a food diary and brings it to her cardiologist every visit, so I really want to get it right for her.

Thank you!
Marisol
''')

add('phi', 'names', 'Louis Carrow',
    frm=TUAN, to=HANNAH, cc=DRIVERS,
    subj='Rt 9 - Big Lou', date='2024-06-20 17:03',
    body='''
FYI for the Rt 9 drivers this month: Big Lou (Louis Carrow, 55 Ferry Rd) had his chemo moved to Wednesdays, so by Thursday he's pretty wiped out and sleeping a lot. His wife Dottie asked that drivers leave the cooler on the bench by the front door and text her at 978-555-0190 instead of knocking.

Hannah can you make sure whoever's on Rt 9 sees this? I put it in the stop notes too.

T
''')

add('phi', 'names', 'Tomasz Wierzbicki',
    frm=BEA, to=PRIYA,
    subj='RE: add to renal line', date='2024-07-08 14:02', reply=True,
    body='''
Done - labels reprinted, he's on the renal line for Tuesday's run. No dairy noted.

Bea

-----Original Message-----
From: Priya Raman <praman@goodlightkitchen.org>
Sent: Monday, July 8, 2024 11:48 AM
To: Bea Kowalczyk <bkowalczyk@goodlightkitchen.org>
Subject: add to renal line

Hi Bea, can we move Tomasz Wierzbicki to the renal line starting Tuesday? He was on regular but his new labs came back and his nephrologist wants him on renal now. Also no dairy - he's lactose intolerant (he's been picking the cheese off, poor guy). Thx!

Priya Raman, MS, RDN, LDN, CDCES
Registered Dietitian
''')

add('phi', 'names', 'Ruthie',
    frm=RENATA, to=PRIYA,
    subj='RE: RE: Ruthie - weight up again', date='2024-08-07 14:41', reply=True,
    body='''
Good - thanks for staying on it. Document the call with the clinic in her profile and flag her for Monday's huddle. If she's up again next week I think we need to talk to the HF nurse about whether 14/wk is still right or if she's also eating other stuff (her son mentioned the deli down the street).

R

On Wed, Aug 7, 2024 at 2:15 PM Priya Raman <praman@goodlightkitchen.org> wrote:
> Clinic called back. Her nurse is bumping the water pill for 3 days and wants her in Friday. I called Tony and he'll drive her. She sounded better on the phone, a little teary.
>
> On Wed, Aug 7, 2024 at 11:02 AM Renata Okafor <rokafor@goodlightkitchen.org> wrote:
>> Yes, call Tony. If the clinic hasn't called back by 2 call again and ask for the triage nurse. If she's more short of breath tell her to go to the ED, don't wait.
>>
>> On Wed, Aug 7, 2024 at 10:36 AM Priya Raman <praman@goodlightkitchen.org> wrote:
>>> Ugh, Ruthie again. Driver (Gene) said her ankles looked really swollen and she was out of breath just getting to the door. She told me on the phone she's up 5 lb since Monday. I left a message with the HF clinic for her nurse. Should I also call her son?
''')

add('phi', 'names', 'Mr. Delacroix',
    frm=HANNAH, to='Ines Carvalho <ines.carvalho.vol@skylinemail.com>',
    subj='Re: Mr. Delacroix today', date='2024-09-12 16:20', reply=True,
    body='''
Hi Ines,

Thank you so much for calling us about Mr. Delacroix - you did exactly the right thing. Our client services team reached his daughter. She said he'd missed his pills for a couple of days and was pretty mixed up; she took him to urgent care and he's home now, and a home aide starts Monday.

You don't need to do anything differently next Thursday, but please keep an eye out and call me if anything seems off. Honestly this is why the drivers matter so much.

Hannah

%s

On Thu, Sep 12, 2024 at 12:05 PM Ines Carvalho <ines.carvalho.vol@skylinemail.com> wrote:
> Hi Hannah, I just left Mr. Delacroix on Rt 5 and he didnt seem right. He called me by his wife's name and didnt know what day it was, kept asking if I was from the church. The apartment smelled like something burned. I called the dispatch line and left a msg with Tuan. Is someone able to check on him?
> Ines
''' % SIG['hannah'])

add('phi', 'names', 'Anjali Mehta',
    frm=PRIYA, to='Colleen Marsh <cmarsh@staldricmed.org>',
    subj='Re: Anjali Mehta - diet order question', date='2024-05-03 11:55', reply=True,
    body='''
Hi Colleen,

Got the referral for Anjali Mehta, thanks. Quick question on the order: it says low potassium only, but the discharge labs you sent show K 5.9 on 4/30 and 4.6 on 5/2 and phos 5.8 - does the team also want a phosphorus restriction, or just K?

She also mentioned on the intake call that she's Jain (no onion, garlic, potatoes or other root vegetables), which really limits our renal menu. I'd like to do a call with her before the first delivery next Thursday so we can build a plan she'll actually eat.

Thanks!
%s
''' % SIG['priya'])

add('phi', 'names', 'Corinne Ashby',
    frm=DEV, to=BEA, cc=PRIYA,
    subj='FW: Corinne Ashby - shellfish allergy (anaphylaxis)', date='2024-10-01 09:48',
    body='''
Bea, flagging this one - see below, she carries an EpiPen. Please make sure she's on the allergen-separated line and her labels print the red tag. First delivery Tuesday 10/8.

Dev

---------- Forwarded message ---------
From: Harbor Point Oncology Nutrition <nutrition@harborpointonc.com>
Date: Mon, Sep 30, 2024 at 4:17 PM
Subject: Corinne Ashby - shellfish allergy (anaphylaxis)
To: <intake@goodlightkitchen.org>

Hello Goodlight team,

Following up on the referral for Corinne Ashby who starts meals with you next week. Please note a history of anaphylaxis to shellfish (shrimp, crab, lobster) - she also reacts to cross-contact. She is mid-way through treatment for breast cancer and is on a high-protein, high-calorie plan; mouth sores are making raw vegetables and acidic foods hard.

Thank you,
Julia Brandt, MS, RD, CSO
Oncology Dietitian | Harbor Point Oncology
(978) 555-0197
''')

# ====================================================================== PHI: self
add('phi', 'self', 'Marjorie Pell',
    frm='marjorie pell <mpell1939@homenet-mail.com>', to=CLIENTSVC,
    subj='soup', date='2024-03-12 15:34',
    body='''
hi this is marjorie pell on cromwell st. got my meals today thank you. but the soup has mushrooms and spinach in it and my kidney doctor told me no spinach because of the potassium. can i get something else instead of that one, i dont want to waste it

marjorie

Sent from my iPad
''')

add('phi', 'self', 'Douglas Merriman',
    frm='Douglas Merriman <doug.merriman@atlanticmail.net>', to=INTAKE,
    subj='Eligibility for meal program after heart surgery', date='2024-03-18 10:12',
    body='''
To whom it may concern,

I had a triple bypass at St. Aldric on March 2 and was discharged last week. My cardiac rehab nurse mentioned your program. I am 68, I live with my wife (who does not drive), and I am on a low sodium, low fat diet that I'm finding very hard to follow with what we usually eat.

I have Bayline Medicare Advantage (member ID BHP-22871045). Could you let me know if I qualify and what the next steps are? My date of birth is 08/14/1955 and my phone is (978) 555-0126. Our address is 61 Sumner Road, Danford MA 01958.

Regards,
Douglas Merriman
''')

add('phi', 'self', 'Reggie Thornton',
    frm='Reggie Thornton <rthornton@goodlightkitchen.org>', to=NADIA,
    subj='insurance question', date='2024-04-30 14:05',
    body='''
Hi Nadia, sorry to bug you. I got an EOB from Allmark (our health plan) saying my physical therapy visits after my knee surgery in Feb aren't covered anymore, they say I hit the 20 visit limit. My surgeon's office says the plan should cover 30. Claim # on the letter is AM2024-0318-77412. Who do I talk to about this? Do you have the plan summary? I still have 6 more visits scheduled and I can't really afford them out of pocket.

Thanks,
Reggie Thornton
Prep Cook, Production Kitchen
''')

add('phi', 'self', 'Evelyn Strand',
    frm='Evelyn Strand <evstrand@lakeshoremail.com>', to='Goodlight Billing <billing@goodlightkitchen.org>',
    subj='Invoice INV-20447 - should be covered by my plan', date='2024-06-10 09:41', html=True,
    body='''
Dear Billing Office,

I received an invoice (#INV-20447) for $186.00 for meals delivered in May. When I started I was told my Crescent Community Care plan covers the meals because of my heart failure and diabetes. My member number is CRX551093284.

Could you please look into this and let me know? I'm on a fixed income and I can't pay this. I've attached a picture of the invoice.

Thank you,
Evelyn Strand
(978) 555-0157
''',
    att=[('IMG_2041.png', make_scan_png(), 'image/png')])

add('phi', 'self', 'Ray Dunmore',
    frm='Ray D <raydunmore77@quickpost.net>', to=CLIENTSVC,
    subj='meals', date='2024-07-15 19:22',
    body='''
its Ray on Tanner St. home from hospital sat. pls start my meals again this week. still the low salt ones. thx

Sent from my Galaxy
''')

add('phi', 'self', 'Harold Besser',
    frm='Hal Besser <hbesser@atlanticmail.net>', to=PRIYA,
    subj='Good news!', date='2024-08-22 18:06', html=True,
    body='''
Priya,

Had my checkup with Dr. Fong yesterday and my A1c came down from 9.1 to 7.4! He was very pleased and is taking me off the glipizide. He said to keep doing what I'm doing. I give your meals a lot of the credit. I've also lost 11 pounds since January.

I know my 12 weeks are up at the end of the month. Is there any way to keep getting some of the meals, even if I pay for part of it? And could you send me the recipe for the turkey chili? My wife wants to try it.

Many thanks,
Hal Besser
''')

add('phi', 'self', 'Frank Ostrowski',
    frm='Frank Ostrowski <frank.ostrowski@northwinds-mail.com>', to=CLIENTSVC,
    subj='Please stop my deliveries', date='2024-10-14 11:18',
    body='''
Hello,

I wanted to let you know that I'm starting hospice care at home next week. The nurse from Bayside Hospice will start coming Monday, and they tell me I won't need the meals after this week. Please stop my deliveries after Thursday's.

I want to thank the whole team, especially my driver Gene, who always took the time to sit and chat a few minutes. Your food got me through the last four months of treatment when I couldn't do much of anything.

God bless,
Frank Ostrowski
412 Wendover Rd
''')

# ====================================================================== PHI: struct
import json


def x12(env_ctrl, gs_code, gs_ver, sender, receiver, st_id, body_segs, date='240614', time='1022', usage='P'):
    isa = 'ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*%s*:' % (
        sender, receiver, date, time, env_ctrl, usage)
    gs = 'GS*%s*%s*%s*20%s*%s*%d*X*%s' % (gs_code, sender, receiver, date, time, env_ctrl, gs_ver)
    st = 'ST*%s*0001*%s' % (st_id, gs_ver)
    segs = [st] + body_segs
    se = 'SE*%d*0001' % (len(segs) + 1)
    allsegs = [isa, gs] + segs + [se, 'GE*1*%d' % env_ctrl, 'IEA*1*%09d' % env_ctrl]
    return '~\n'.join(allsegs) + '~\n'


hl7_a03 = '\n'.join([
    r'MSH|^~\&|EPICADT|STALDRIC|GLK_REFERRAL|GOODLIGHT|20240514153012||ADT^A03^ADT_A03|MSG00048213|P|2.5.1',
    r'EVN|A03|20240514152900|||JTORRES^TORRES^JILL^^^RN',
    r'PID|1||00532281^^^STALDRIC^MR~BHP-40011927^^^BAYLINE^MB||HOLLOWAY^BEATRICE^M^^^^L||19480301|F|||225 Kestrel Way^Apt 9^Port Avery^MA^01955^USA^H||(978)555-0144^PRN^PH|||W|||||||||||N',
    r'PD1||||1629047713^AMADI^CHINEDU^^^^MD',
    r'PV1|1|I|5W^512^A^STALDRIC^^^^^5 WEST||||1629047713^AMADI^CHINEDU^^^^MD|||MED||||7|||1629047713^AMADI^CHINEDU^^^^MD|IN||BAYMA|||||||||||||||01|||STALDRIC||DIS|||20240509221500|',
    r'PV2|||^Acute on chronic diastolic heart failure||||||||||||||||||||||||N',
    r'DG1|1||I50.33^Acute on chronic diastolic (congestive) heart failure^I10|||F',
    r'DG1|2||N18.31^Chronic kidney disease, stage 3a^I10|||F',
    r'DG1|3||E11.9^Type 2 diabetes mellitus without complications^I10|||F',
    r'OBX|1|TX|DIETORD^Diet order^L||2 gram sodium, 1500 mL fluid restriction, carbohydrate consistent||||||F',
    r'IN1|1|BAYMA|BAYLINE01|BAYLINE HEALTH PLAN MEDICARE ADVANTAGE|||||||||||HOLLOWAY^BEATRICE^M|SEL|19480301|||||||||||||||||||BHP-40011927',
])
add('phi', 'struct', 'Beatrice Holloway',
    frm=KIT, to='Marcus Bell <mbell@staldricmed.org>', cc=DEV,
    subj='A03 feed - PV1-45 blank on some discharges', date='2024-05-15 10:20',
    body='''
Hi Marcus,

The A03s from your side are landing in our referral inbox fine, but on some of them PV1-45 (discharge date/time) is empty, so our side can't tell when to schedule the first delivery and the referral just sits. Example from yesterday afternoon below - PV1-44 admit is there, 45 is blank even though the EVN says 5/14 15:29.

%s

We're on the GLK_REFERRAL receiving app, test and prod both. Can you check whether the discharge date is being populated on your outbound, or if it's a mapping thing in the engine? Happy to get on a call.

Thanks,
%s
''' % (hl7_a03, SIG['kit']))

segs837 = [
    'BHT*0019*00*GLK0614B*20240614*1022*CH',
    'NM1*41*2*GOODLIGHT KITCHEN*****46*GLK4471',
    'PER*IC*SAM OCAMPO*TE*9785550142*EX*27',
    'NM1*40*2*CRESCENT COMMUNITY CARE*****46*CRCC01',
    'HL*1**20*1',
    'NM1*85*2*GOODLIGHT KITCHEN*****XX*1386274105',
    'N3*1180 FOUNDRY STREET STE 4',
    'N4*PORT AVERY*MA*01955',
    'REF*EI*043318872',
]
claims = [
    ('MBATHA', 'JOSEPH', 'CRX502288417', '19631211', 'M', '3 OSGOOD PL APT 1', 'GLK24060601', '504', 42, '20240606-20240620', 'I5022', 'ILOS-MTM-0079344'),
    ('LINDGREN', 'PAULA', 'CRX610044725', '19560707', 'F', '118 WATERFORD LN', 'GLK24060602', '672', 56, '20240606-20240627', 'N184', 'ILOS-MTM-0080017'),
    ('YOON', 'DANIEL', 'CRX591127380', '19710829', 'M', '40 CARVER ST UNIT 2', 'GLK24061801', '336', 28, '20240618-20240625', 'C189', 'ILOS-MTM-0080502'),
]
hl = 2
for ln, fn, mid, dob, sex, street, clm, amt, units, rng, dx, auth in claims:
    segs837 += [
        'HL*%d*1*22*0' % hl,
        'SBR*P*18*******MC',
        'NM1*IL*1*%s*%s****MI*%s' % (ln, fn, mid),
        'N3*%s' % street,
        'N4*PORT AVERY*MA*01955',
        'DMG*D8*%s*%s' % (dob, sex),
        'NM1*PR*2*CRESCENT COMMUNITY CARE*****PI*CRCC01',
        'CLM*%s*%s***12:B:1*Y*A*Y*Y' % (clm, amt),
        'REF*G1*%s' % auth,
        'HI*ABK:%s*ABF:Z5941' % dx,
        'LX*1',
        'SV1*HC:S5170*%s*UN*%d***1' % (amt, units),
        'DTP*472*RD8*%s' % rng,
    ]
    hl += 1
edi837 = x12(614, 'HC', '005010X222A1', 'GOODLIGHTK', 'CLAIMBRIDGE', '837', segs837)
add('phi', 'struct', 'Joseph Mbatha; Paula Lindgren; Daniel Yoon',
    frm=SAM, to='ClaimBridge Support <support@claimbridge-edi.com>',
    subj='RE: Ticket CB-118204 - 999 rejection batch 0614', date='2024-06-14 10:31', reply=True,
    body='''
Hi Tanya,

Thanks for the quick turnaround on the 999. Fixed the NM1*85 qualifier (was 24, now XX with our NPI) and resubmitting batch 0614 - file attached. 3 claims, all Crescent.

Can you confirm once it passes front-end edits?

Sam

%s

On Thu, Jun 13, 2024 at 4:55 PM ClaimBridge Support <support@claimbridge-edi.com> wrote:
> Ticket CB-118204
> Your file GLK_837P_0613.txt was rejected at the interchange level (999 AK9*R). Segment NM1 loop 2010AA element NM108: invalid qualifier "24" for billing provider when NPI is required.
> Please correct and resubmit.
> - Tanya, ClaimBridge EDI Support
''' % SIG['sam'],
    att=[('GLK_837P_0614.txt', edi837, 'text/plain')])

segs835 = [
    'BPR*I*1848*C*ACH*CCP*01*011000138*DA*00447810*1841156630**01*021300077*DA*99120044*20240628',
    'TRN*1*0007731842*1841156630',
    'DTM*405*20240626',
    'N1*PR*CRESCENT COMMUNITY CARE',
    'N3*PO BOX 6610',
    'N4*WESTBROOK*MA*01890',
    'PER*BL*PROVIDER SERVICES*TE*8005550188',
    'N1*PE*GOODLIGHT KITCHEN*XX*1386274105',
    'LX*1',
    'CLP*GLK24050701*1*672*672**MC*24158C0061204*12*1',
    'NM1*QC*1*PEMBERTON*ALICE****MI*CRX448172031',
    'DTM*232*20240507', 'DTM*233*20240531',
    'SVC*HC:S5170*672*672**56', 'DTM*472*20240507',
    'CLP*GLK24050702*1*504*504**MC*24158C0061205*12*1',
    'NM1*QC*1*STRAND*EVELYN****MI*CRX551093284',
    'DTM*232*20240507', 'DTM*233*20240524',
    'SVC*HC:S5170*504*504**42', 'DTM*472*20240507',
    'CLP*GLK24050703*4*672*0**MC*24158C0061206*12*1',
    'NM1*QC*1*KAPLAN*MIRIAM****MI*CRX623318860',
    'DTM*232*20240509', 'DTM*233*20240530',
    'SVC*HC:S5170*672*0**56', 'DTM*472*20240509',
    'CAS*CO*197*672',
    'CLP*GLK24050704*4*336*0**MC*24158C0061207*12*1',
    'NM1*QC*1*OYELARAN*TUNDE****MI*CRX640027715',
    'DTM*232*20240521', 'DTM*233*20240530',
    'SVC*HC:S5170*336*0**28', 'DTM*472*20240521',
    'CAS*CO*197*336',
    'PLB*1386274105*20241231*L6:GLK*0',
]
edi835 = x12(88102, 'HP', '005010X221A1', 'CRCC01', 'GOODLIGHTK', '835', segs835, date='240626', time='0412')
add('phi', 'struct', 'Alice Pemberton; Evelyn Strand; Miriam Kaplan; Tunde Oyelaran',
    frm=SAM, to=OLA, cc=DEV,
    subj='Crescent ERA 6/26 - 2 denied CO-197', date='2024-06-28 09:14',
    body='''
Ola - Crescent ERA for EFT trace 0007731842 ($1,848.00) posted. Two claims paid in full, two denied CO-197 (auth absent). Dev, both of those were May starts that came through the hospital portal - can you check whether we ever got auth numbers from Crescent before the first delivery? If not I'll request retro auth.

835 attached.

Sam
''',
    att=[('CRCC_835_20240626.835', edi835, 'text/plain')])

fhir = {
    "resourceType": "Bundle", "id": "ref-7f3c21", "type": "collection",
    "timestamp": "2024-07-30T14:02:11-04:00",
    "entry": [
        {"fullUrl": "urn:uuid:5d1f8a0e-2c44-4b8e-9b5a-1e0f2c7d9a31",
         "resource": {"resourceType": "Patient", "id": "pt-884120",
                      "identifier": [{"system": "https://baylinehealth.com/member-id", "value": "BHP-52018833"}],
                      "name": [{"family": "Villalobos", "given": ["Esperanza", "M"]}],
                      "telecom": [{"system": "phone", "value": "978-555-0168", "use": "home"}],
                      "gender": "female", "birthDate": "1949-12-04",
                      "address": [{"line": ["72 Quarry Hill Rd"], "city": "Danford", "state": "MA", "postalCode": "01958"}],
                      "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es"}]}, "preferred": True}]}},
        {"fullUrl": "urn:uuid:9a0b3c11-77de-4f0a-8c55-0b6f13a2e4d9",
         "resource": {"resourceType": "Coverage", "id": "cov-884120", "status": "active",
                      "subscriberId": "BHP-52018833",
                      "beneficiary": {"reference": "urn:uuid:5d1f8a0e-2c44-4b8e-9b5a-1e0f2c7d9a31"},
                      "payor": [{"display": "Bayline Health Plan - Medicare Advantage"}],
                      "period": {"start": "2024-01-01"}}},
        {"fullUrl": "urn:uuid:c4e2d7b8-1f36-4a9d-a2b0-6e8f5c3d1a77",
         "resource": {"resourceType": "ServiceRequest", "id": "sr-31177", "status": "active", "intent": "order",
                      "code": {"coding": [{"system": "https://www.cms.gov/hcpcs", "code": "S5170",
                                           "display": "Home delivered meals, including preparation; per meal"}]},
                      "orderDetail": [{"text": "Renal diet: 2 g Na, 2 g K, 800-1000 mg phos; 1.2 L fluid"},
                                      {"text": "2 meals/day x 12 weeks"}],
                      "subject": {"reference": "urn:uuid:5d1f8a0e-2c44-4b8e-9b5a-1e0f2c7d9a31"},
                      "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "N18.6",
                                                  "display": "End stage renal disease"}]},
                                     {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z99.2",
                                                  "display": "Dependence on renal dialysis"}]}],
                      "occurrencePeriod": {"start": "2024-08-05", "end": "2024-10-27"},
                      "requester": {"display": "Bayline Complex Care Management - J. Amari"},
                      "note": [{"text": "Dialysis T/Th/Sat mornings. Prefers Spanish. Deliver after 1pm."}]}},
    ]}
add('phi', 'struct', 'Esperanza Villalobos',
    frm=KIT, to=DEV, cc=SAM,
    subj='Bayline referral API payload - diet is in orderDetail', date='2024-07-30 15:47',
    body='''
Dev - this is what the Bayline referral API is actually sending us as of this week. The diet order is coming in ServiceRequest.orderDetail as free text, not a NutritionOrder like their spec said, so our import drops it and the profile shows "diet: not specified". Until I fix the mapping please eyeball the diet on every Bayline import.

Raw payload from this afternoon:

%s

I'll raise it with their integration team. Sam, the Coverage resource looks right for billing.

%s
''' % (json.dumps(fhir, indent=2, ensure_ascii=False), SIG['kit']))

pipe_rows = [
    'CLIENT_ID|LAST|FIRST|ADDR1|ADDR2|CITY|ZIP|PHONE|DIET|TEXTURE|ALLERGY|ROUTE|STOP|DLV_NOTES',
    'GL-09102|ALVAREZ|HECTOR|412 QUILL ST||PORT AVERY|01955|9785550128|RENAL|REG||WED-06|07|GREEN DOOR; IF NO ANS LEAVE W/ 2B PACHECO',
    'GL-09560|GALLO|RUTH ANN|9 MYRTLE ST|APT 1|PORT AVERY|01955|9785550103|CARDIAC 2G NA|REG||TUE-03|03|SON TONY 9785550140',
    'GL-09947|FARRAND|IRENE|17 POPLAR ROW|#2|PORT AVERY|01955|9785550117|RENAL|SOFT|NO PORK|TUE-01|09|RING TWICE',
    'GL-10233|MABRY|SHIRLEY|600 HARBOR ST|APT 4C|PORT AVERY|01955|9785550131|DIABETIC|REG|PEANUT|TUE-05|12|HOLD 6/18-6/25',
    'GL-10377|KESSLER|ARNOLD|33 WYETH RD||DANFORD|01958|9785550155|CARDIAC 2G NA|REG||WED-06|11|GATE 4471',
    'GL-10410|DUBOIS|ALMA|5 SPRUCE CT||PORT AVERY|01955|9785550174|PUREED|PUREED||TUE-01|02|DAUGHTER VISITING 6/18-6/20',
    'GL-10502|MOREL|ISAAC|91 BAYBERRY LN|UNIT 7|PORT AVERY|01955|9785550185|HIGH PROT/KCAL|SOFT|SHELLFISH|THU-04|05|ONC - CHEMO THU, LEAVE ON BENCH',
    'TRL|7|20240618T020000',
]
add('phi', 'struct', 'Hector Alvarez; Ruth Ann Gallo; Irene Farrand; Shirley Mabry; Arnold Kessler; Alma Dubois; Isaac Morel',
    frm=TUAN, to=KIT,
    subj='nightly export didnt import again', date='2024-06-18 06:52',
    body='''
Kit - the nightly client export from the db to RouteWise failed again, dispatch board this morning is empty for routes TUE-01/03/05. File is attached (it's the one from 2am). I think the header changed - there's an ADDR2 column now? I'm building today's routes by hand for now, can you look when you get in.

T
''',
    att=[('glk_clients_export_20240618.txt', '\r\n'.join(pipe_rows) + '\r\n', 'text/plain')])

segs271 = [
    'BHT*0022*11*ELG8820417*20240521*1340',
    'HL*1**20*1',
    'NM1*PR*2*BAYLINE HEALTH PLAN*****PI*BAYLN1',
    'HL*2*1*21*1',
    'NM1*1P*2*GOODLIGHT KITCHEN*****XX*1386274105',
    'HL*3*2*22*0',
    'TRN*2*ELG8820417*1043318872',
    'NM1*IL*1*TRUJILLO*ANA*R***MI*BHP-52277104',
    'REF*6P*MAPD0042',
    'N3*19 VANDERBILT AVE APT 3',
    'N4*PORT AVERY*MA*01955',
    'DMG*D8*19490930*F',
    'DTP*346*D8*20240401',
    'EB*1*IND*30**MA*BAYLINE MEDICARE ADVANTAGE DUAL',
    'EB*1*IND*MH**MA',
    'MSG*MEDICALLY TAILORED MEALS REQUIRE PRIOR AUTH - CALL CARE MGMT 9785550160',
    'EB*R*IND*30*MC*CRESCENT COMMUNITY CARE',
    'DTP*292*RD8*20230101-20240331',
]
edi271 = x12(5520, 'HB', '005010X279A1', 'BAYLN1', 'GOODLIGHTK', '271', segs271, date='240521', time='1340')
add('phi', 'struct', 'Ana Trujillo',
    frm=SAM, to=MARISOL,
    subj='RE: elig check pls', date='2024-05-21 13:52', reply=True,
    body='''
You were right - she's active with Bayline MA dual since 4/1, Crescent termed 3/31. So her 4/2 start needs a Bayline auth, not Crescent. I'll ask Jeff for a retro. Tell her she won't get a bill from us.

271 below for the file:

%s
Sam

> hey Sam can you check elig for Medicaid ID 7731094452? ...
''' % edi271)

ccda = T('''
<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="DS-20240802-771204"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge Summary"/>
  <title>St. Aldric Medical Center - Discharge Summary</title>
  <effectiveTime value="20240802141500-0400"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.19.5.99999.2" extension="00611458"/>
      <addr use="HP">
        <streetAddressLine>33 Wyeth Rd</streetAddressLine>
        <city>Danford</city><state>MA</state><postalCode>01958</postalCode>
      </addr>
      <telecom use="HP" value="tel:+1-978-555-0155"/>
      <patient>
        <name use="L"><given>Arnold</given><given>J</given><family>Kessler</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19430917"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component>
    <structuredBody>
      <component>
        <section>
          <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge Dx"/>
          <title>Discharge Diagnoses</title>
          <text>
            <list>
              <item>Acute on chronic systolic heart failure (I50.23)</item>
              <item>Atrial fibrillation (I48.91)</item>
              <item>Hyperkalemia, resolved (E87.5)</item>
            </list>
          </text>
        </section>
      </component>
      <component>
        <section>
          <code code="42344-2" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge diet"/>
          <title>Discharge Diet</title>
          <text>2 gram sodium diet. Fluid restriction 1.5 L/day. Consistent vitamin K intake (on warfarin). Daily weights; call HF clinic for gain of 3 lb in a day or 5 lb in a week.</text>
        </section>
      </component>
      <component>
        <section>
          <code code="10183-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge medications"/>
          <title>Discharge Medications</title>
          <text>
            <list>
              <item>Furosemide 40 mg PO BID</item>
              <item>Warfarin 5 mg PO daily (INR goal 2-3)</item>
              <item>Metoprolol succinate 50 mg PO daily</item>
              <item>Sacubitril/valsartan 24/26 mg PO BID</item>
            </list>
          </text>
        </section>
      </component>
    </structuredBody>
  </component>
</ClinicalDocument>
''')
add('phi', 'struct', 'Arnold Kessler',
    frm='Dana Whitford <dwhitford@staldricmed.org>', to=INTAKE,
    subj='CCD for referral - portal upload failed', date='2024-08-02 15:03',
    body='''
Dev,

The portal wouldn't take the upload (keeps timing out) so attaching the CCD here for Mr. Kessler's referral. Diet section has the order. He's going home today around 5.

Dana

Dana Whitford, RN, BSN
Case Manager, 5 West | St. Aldric Medical Center
p 978-555-0130 | f 978-555-0131

%s
''' % CONF_HOSP,
    att=[('DischargeSummary_CCD.xml', ccda, 'text/xml')])

# ====================================================================== CLEAN: admin
add('clean', 'admin', '',
    frm=BEA, to=GREG, cc='%s, %s' % (KIT, RENATA),
    subj='Walk-in #2 temp excursion overnight - product discarded', date='2024-07-10 06:48',
    body='''
Greg,

Walk-in cooler #2 alarmed at 1:12 AM. The logger shows it climbing from 38F to 44F by 2:00 and staying between 43-45F until about 5:10 when Luis got in and moved everything to walk-in #1 and the reefer van.

Per our HACCP plan anything held above 41F for more than 2 hours is out, so I've discarded:
- 220 renal entrees (braised chicken w/ herbed rice), batch R-0709-2
- 96 low-sodium turkey meatloaf, batch LS-0709-1
- 4 cases of pureed carrots (cooked 7/9)

Estimated food cost ~$1,140. Today's Wednesday production is re-planned: we're cooking the renal chicken again this morning, Tuesday-only routes are not affected. Clinical team - menu for Thursday stays the same, no substitutions needed.

Service ticket with Northfield Refrigeration is #NR-22871, tech arriving between 9-11. Looks like the condenser fan again (third time since March). I'd like to talk about replacing the unit instead of repairing - quote was $9,800 in the spring.

Temp log and discard log are on the clipboard and scanned into the Food Safety folder.

%s
''' % SIG['bea'])

add('clean', 'admin', '',
    frm=KIT, to=ALLSTAFF,
    subj='RouteWise upgrade + client database migration this Saturday', date='2024-06-04 12:00', html=True,
    body='''
Hi everyone,

This Saturday (6/8) we're moving the client database to the new hosted version and upgrading RouteWise to 5.2. What that means for you:

- Friday 6/7 at 5:00 PM the client database goes read-only. Please don't edit diet flags, allergies, holds or addresses from Friday 5 PM until Monday 8 AM. If something is urgent over the weekend, call the on-call RD and write it on the whiteboard in dispatch - we'll enter it Monday.
- Monday's routes are already built and will not change.
- Everyone will be asked to set up multi-factor authentication the first time you log in Monday. Have your phone with you. The app is "Authenticator" (any of them work).
- Driver tablets will update automatically overnight Sunday. Drivers do not need to do anything.
- Referral portal (ReferralLink) is not affected.

Training for the new client profile screen: Monday 10:30 and Tuesday 2:00 in conference room B, 30 min. Client services, intake and clinical please attend one.

Questions to me or the IT channel.

Thanks for your patience,
%s
''' % SIG['kit'])

add('clean', 'admin', '',
    frm=GREG, to='%s, %s, %s' % (RENATA, OLA, SAM),
    subj='Crescent ILOS amendment #2 - summary of terms', date='2024-02-21 17:30',
    body='''
All - Crescent's counter on amendment #2 came in today. Summary below; full redline is in the Contracts folder. I'd like to sign by 3/1 so please flag anything by Tuesday.

Service: Medically tailored meals (ILOS), HCPCS S5170, modifier U1 for renal/cardiac therapeutic diets
Rate: $12.00/meal (up from $11.50); delivery bundled, no separate S9977
Nutrition counseling: S9470 at $68/session, max 3 per 12-week episode, RDN only
Episode: 2 meals/day x 12 weeks; one renewal of 12 weeks with RD reassessment
Eligibility: discharge in last 30 days OR 2+ ED visits in 6 months with qualifying chronic condition (CHF, ESRD/CKD 4-5, diabetes with A1c > 9, active cancer treatment)
Authorization: prior auth required; retro auth allowed up to 14 days
Timely filing: 120 days from DOS (was 90)
Initial RD assessment: within 14 days of first delivery
Reporting: quarterly aggregate outcomes (readmissions, ED visits, member satisfaction) - no member-level data required beyond claims
Termination: 90 days written notice, either party

Ola - the rate change is effective 4/1, can you update the budget? Sam - we'll need the U1 modifier logic in the claim build before April billing.

Greg
''')

ics = make_ics('040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F60708@goodlightkitchen.org',
               'Renal menu cycle review (fall cycle)', '20240815T140000', '20240815T153000',
               'Conference Room B / Teams',
               'Agenda:\n1. Fall 4-week renal cycle - potassium/phosphorus per entree\n2. Sodium targets for cardiac line (<600 mg/entree)\n3. Pureed and mechanical soft yields\n4. Cost per meal vs. budget\nPlease bring nutrient analysis printouts.',
               ('Renata Okafor', 'rokafor@goodlightkitchen.org'),
               [('Priya Raman', 'praman@goodlightkitchen.org'), ('Bea Kowalczyk', 'bkowalczyk@goodlightkitchen.org'),
                ('Luis Ortega', 'lortega@goodlightkitchen.org'), ('Ola Bergstrom', 'obergstrom@goodlightkitchen.org')])
add('clean', 'admin', '',
    frm=RENATA, to='%s, %s, Luis Ortega <lortega@goodlightkitchen.org>, %s' % (PRIYA, BEA, OLA),
    subj='Invitation: Renal menu cycle review (fall cycle) @ Thu Aug 15, 2pm', date='2024-08-05 09:00',
    body='''
Renal menu cycle review (fall cycle)
Thursday, August 15, 2024, 2:00 PM - 3:30 PM (Eastern)
Conference Room B / Teams

Agenda:
1. Fall 4-week renal cycle - potassium/phosphorus per entree
2. Sodium targets for cardiac line (<600 mg/entree)
3. Pureed and mechanical soft yields
4. Cost per meal vs. budget

Please bring nutrient analysis printouts.

Join on your computer or mobile app: https://teams.example.com/l/meetup-join/19%3ameeting_glk0815
Meeting ID: 284 119 603 552  Passcode: Kq7fXe
''',
    att=[('invite.ics', ics, 'text/calendar')])

add('clean', 'admin', '',
    frm=TUAN, to='Orders <orders@coldchainpack.com>', cc=OLA,
    subj='Q3 order - insulated bags, gel packs, labels', date='2024-06-26 13:25',
    body='''
Hi Rachel,

Please place our Q3 order per the quote from last week (Q-24-1187):

- 600 insulated delivery bags, 12x10x8, green w/ white logo (same art file as last time)
- 4,000 gel packs 16 oz, reusable
- 40 cases compostable 3-compartment trays (the ones that passed our microwave test)
- 20 rolls allergen labels, red "CONTAINS SHELLFISH" / yellow "CONTAINS PEANUT"
- 10 rolls 4x6 thermal labels for the Zebra printers

Ship to our dock at 1180 Foundry St, Port Avery. Dock hours 7-3 M-F. PO to follow from Ola.

Also - any update on the hard-sided coolers for the renal and pureed routes? Drivers say the soft bags crush the pureed cups.

Thanks,
%s
''' % SIG['tuan'])

add('clean', 'admin', '',
    frm=OLA, to='%s, %s, %s' % (MARISOL, AMANI, SAM), cc=GREG,
    subj='Updated private-pay / sliding scale policy (eff 7/1)', date='2024-06-18 16:02',
    body='''
Hi all,

The board finance committee approved the updated private-pay policy last night. Effective 7/1:

1. Sliding scale tiers (per meal): $0 / $3 / $7 / $13 based on household income as %% of FPL (<150%%, 150-250%%, 250-400%%, >400%%). Income is self-attested - no documents required.
2. No client is ever stopped or paused for non-payment. Balances over 60 days go to the Program Director for a hardship write-off review, never to collections.
3. If a client has health plan coverage that may cover MTM (Bayline, Crescent, others), intake must run eligibility before we bill the client for anything.
4. Payment plans up to 12 months, no interest, can be set up by client services without finance approval.
5. Statements go out on the 1st; we no longer mail statements for balances under $10.

The one-page summary for clients (English, Spanish, Vietnamese, Haitian Creole) is in the Forms folder. Please use the new version starting 7/1 and recycle the old ones.

%s
''' % SIG['ola'])

add('clean', 'admin', '',
    frm=GREG, to=ALLSTAFF,
    subj='Loading dock resurfacing 7/22-7/24 - van parking', date='2024-07-16 11:11',
    body='''
Team,

Heads up: the landlord is resurfacing the loading dock and rear lot Monday 7/22 through Wednesday 7/24.

- Refrigerated vans (1, 3 and 4) will load from the Foundry St side entrance those days. Tuan has a loading plan; drivers please arrive 15 min early.
- Staff parking moves to Lot B behind the church on Mercer St (they've kindly given us 20 spaces). No parking on Foundry St, they will tow.
- Deliveries from Sysco and the produce co-op are rescheduled to Friday 7/19 and Thursday 7/25.
- Van 3 goes in for its compressor service Tuesday anyway, so we'll run with 2 vans plus volunteer cars for Tuesday routes.

Sorry for the hassle. It'll be a lot better than the potholes.

%s
''' % SIG['greg'])

# ====================================================================== CLEAN: lookalike
add('clean', 'lookalike', '',
    frm='AR - Coastal Foodservice <ar@coastalfoodsvc.com>', to='Goodlight AP <ap@goodlightkitchen.org>', cc=BEA,
    subj='Invoice 884120 - Goodlight Kitchen - Acct 20077431', date='2024-06-21 04:12',
    body='''
COASTAL FOODSERVICE DISTRIBUTORS
Remit to: PO Box 44108, Westbrook MA 01890

INVOICE #:      884120
Customer acct:  20077431  GOODLIGHT KITCHEN
Your PO #:      GLK-24-0611
Order date:     06/18/2024    Ship date: 06/20/2024
Route/Stop:     14 / 06       Terms: Net 30
Due date:       07/20/2024

ITEM      DESCRIPTION                          LOT         QTY  UOM   PRICE     EXT
4471902   CHICKEN BREAST BNLS SKNLS 4OZ IQF    L240611A    12   CS    58.40    700.80
2209318   RICE BROWN PARBOILED 25LB            L2405C17     6   BG    21.15    126.90
7730115   TURKEY GRND 93/7 FRZ 10LB            L240604T     8   CS    44.90    359.20
6612043   BEANS GREEN CUT LOW SODIUM #10       LS2404-88   10   CS    31.75    317.50
1180440   SALMON PORTION 4OZ SKNLS FRZ         SAL0613-2    4   CS    96.20    384.80
5530871   SUBSTITUTE SALT-FREE SEASONING 21OZ  NS118203     2   CS    47.00     94.00

                                             SUBTOTAL:           1,983.20
                                             FUEL SURCHARGE:        18.50
                                             TOTAL DUE:          2,001.70

Questions: 800-555-0119 or ar@coastalfoodsvc.com. Please reference invoice number with payment.
''',
    att=[('INV_884120.pdf', make_pdf([
        'COASTAL FOODSERVICE DISTRIBUTORS', 'INVOICE 884120   Acct 20077431   PO GLK-24-0611',
        'Ship date 06/20/2024   Terms Net 30   Due 07/20/2024', '',
        '4471902 CHICKEN BREAST BNLS SKNLS 4OZ IQF   L240611A   12 CS  700.80',
        '2209318 RICE BROWN PARBOILED 25LB           L2405C17    6 BG  126.90',
        '7730115 TURKEY GRND 93/7 FRZ 10LB           L240604T    8 CS  359.20',
        '6612043 BEANS GREEN CUT LOW SODIUM #10      LS2404-88  10 CS  317.50',
        '1180440 SALMON PORTION 4OZ SKNLS FRZ        SAL0613-2   4 CS  384.80',
        '5530871 SUBSTITUTE SALT-FREE SEASONING      NS118203    2 CS   94.00',
        '', 'TOTAL DUE 2,001.70']), 'application/pdf')])

add('clean', 'lookalike', '',
    frm=SAM, to='%s, %s, %s' % (DEV, MARISOL, AMANI),
    subj='billing cheat sheet - codes we use (updated)', date='2024-04-03 15:15',
    body='''
Hi all - updated code cheat sheet. Pin it somewhere. These are the codes that show up on referrals and auths; you don't need to code anything yourselves, but it helps to know what a referral is for.

HCPCS (what we bill)
  S5170      Home delivered meals, per meal
  S5170-U1   Same, therapeutic diet (Crescent only)
  S9470      Nutritional counseling, dietitian visit
  97802      MNT initial assessment, each 15 min (Bayline MA)
  97803      MNT reassessment, each 15 min
  S9977      Meals, per diem (NOT used by us - if a plan asks, check with me)

ICD-10 we see most on referrals
  I50.9 / I50.2x / I50.3x   Heart failure
  N18.4 / N18.5 / N18.6     CKD stage 4 / 5 / ESRD
  Z99.2                     Dependence on dialysis
  E11.9 / E11.65            Type 2 DM / with hyperglycemia
  C50.9x / C34.9x / C18.x   Breast / lung / colon cancer
  Z59.41                    Food insecurity
  Z59.48                    Other specified lack of adequate food
  Z60.2                     Problems related to living alone

Payer IDs
  Crescent Community Care   CRCC01   timely filing 120 days
  Bayline Health Plan       BAYLN1   timely filing 90 days
  Harborline Medicaid FFS   HMFFS    timely filing 365 days

Our billing NPI is 1386274105, taxonomy 332B00000X, Tax ID 04-3318872.

%s
''' % SIG['sam'])

add('clean', 'lookalike', '',
    frm=DEV, to=INTAKE,
    subj='Referring provider directory - Q3', date='2024-07-01 08:40',
    body='''
Updated referrer directory for the intake desk. Use these to verify an order signature or call back about a missing order. All are public NPI registry entries.

Name                        Cred    NPI          Practice                         Phone         Fax
Chinedu Amadi               MD      1629047713   St. Aldric Hospitalist Group     978-555-0132  978-555-0133
Helen Fong                  MD      1912230548   Danford Family Medicine          978-555-0145  978-555-0146
Rafael Quiroga              DO      1457718830   Riverside Renal Associates       978-555-0153  978-555-0154
Sunita Krishnamurthy        MD      1730554621   Riverside Renal Associates       978-555-0153  978-555-0154
Maureen O'Leary             NP      1083927745   St. Aldric Heart Failure Clinic  978-555-0158  978-555-0159
Julia Brandt                RD CSO  1265509932   Harbor Point Oncology            978-555-0197  978-555-0198
Okwudili Eze                MD      1548810276   Elm Street Health Center         978-555-0162  978-555-0163

Case management / discharge planning lines
St. Aldric 5 West CM ....... 978-555-0130
St. Aldric 7 North CM ...... 978-555-0134
Bayline Care Mgmt .......... 978-555-0160
Crescent ILOS team ......... 800-555-0188 opt 3

%s
''' % SIG['dev'])

add('clean', 'lookalike', '',
    frm=BEA, to='%s, %s' % (KITCHEN, GREG), cc=RENATA,
    subj='FW: FSIS recall - ground turkey - NOT affected', date='2024-08-28 07:20',
    body='''
All - checked all freezers and the receiving log. We do NOT have any of the recalled lots. Our ground turkey on hand is lot L240814T from Coastal (different establishment). Nothing was served. No action needed for clients.

Bea

-----Original Message-----
From: Coastal Foodservice Food Safety <foodsafety@coastalfoodsvc.com>
Sent: Tuesday, August 27, 2024 6:05 PM
Subject: FSIS recall - ground turkey - customer notice

Customer Notice - Class II Recall

Product:        Ground Turkey 93/7, 10 lb chub, frozen
Establishment:  P-44781 (inside USDA mark of inspection)
Item #:         7730115
Lot codes:      L240729T, L240730T, L240805T
Use/Freeze by:  08/26/2024 through 09/04/2024
UPC:            0 71908 44210 6
Reason:         Possible foreign material (plastic)
Cases shipped to your account: 0 from affected lots

If you have affected product, segregate and call 800-555-0119 for credit. Reference recall # FSIS-024-2024.
''')

add('clean', 'lookalike', '',
    frm='Goodlight Data <reports@goodlightkitchen.org>', to='Leadership <leadership@goodlightkitchen.org>', cc=JOYCE,
    subj='Monthly dashboard - July 2024', date='2024-08-02 06:00',
    hdrs=[('Auto-Submitted', 'auto-generated')],
    body='''
GOODLIGHT KITCHEN - MONTHLY DASHBOARD - JULY 2024

Meals delivered .................. 18,442   (June 17,906; +3.0%)
Active clients (end of month) .... 611
New clients ...................... 94
Program completions .............. 71
Average age ...................... 67.4
Median days referral to 1st meal . 3
Diet mix: renal 31% | cardiac/low Na 28% | diabetic 22% | high protein 11% | pureed/soft 8%
Referral source: hospital 52% | health plan 33% | clinic 11% | self/family 4%
Payer mix: Crescent 38% | Bayline 29% | grant-funded 27% | private pay 6%
On-time delivery rate ............ 97.2%
Delivery exceptions .............. 142 (client not home 88, address issue 21, hospitalized 33)
RD assessments completed ......... 213
Volunteer driver hours ........... 1,286
Food cost per meal ............... $3.91  (budget $4.10)

Quarterly outcomes (Q2, Crescent cohort, n=204): 30-day readmission 14.2% vs 21.6% baseline.

This report contains aggregate data only. Source: client database, RouteWise, finance system.
''',
    html='''<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<h2 style="color:#2e6e4e">Monthly dashboard - July 2024</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Meals delivered</td><td align="right">18,442</td></tr>
<tr><td>Active clients (end of month)</td><td align="right">611</td></tr>
<tr><td>New clients</td><td align="right">94</td></tr>
<tr><td>Program completions</td><td align="right">71</td></tr>
<tr><td>Average age</td><td align="right">67.4</td></tr>
<tr><td>On-time delivery rate</td><td align="right">97.2%</td></tr>
<tr><td>Delivery exceptions</td><td align="right">142</td></tr>
<tr><td>Food cost per meal</td><td align="right">$3.91</td></tr>
</table>
<p>Diet mix: renal 31% | cardiac/low Na 28% | diabetic 22% | high protein 11% | pureed/soft 8%</p>
<p>Q2 Crescent cohort (n=204): 30-day readmission 14.2% vs 21.6% baseline.</p>
<p style="color:#777">Aggregate data only.</p>
</body></html>
''')

add('clean', 'lookalike', '',
    frm='TabletDirect Orders <orders@tabletdirect-biz.com>', to=KIT,
    subj='Your order TD-5582091 has shipped', date='2024-05-09 16:44',
    body='''
Hi Kit,

Good news - your order has shipped.

Order number:     TD-5582091
PO:               GLK-24-0502
Carrier:          UPS Ground
Tracking:         1Z 7W4 892 03 4471 2209
Est. delivery:    Mon 05/13/2024

Items
  6 x Rugged 8" tablet, LTE, w/ case and vehicle mount
      S/N  R8T24A00917   IMEI 356938110447712
      S/N  R8T24A00918   IMEI 356938110447720
      S/N  R8T24A00921   IMEI 356938110447738
      S/N  R8T24A00922   IMEI 356938110447746
      S/N  R8T24A00930   IMEI 356938110447753
      S/N  R8T24A00931   IMEI 356938110447761
  6 x 2-yr accidental damage plan  (Contract #ADP-77201-GL)

Ship to: Goodlight Kitchen, Attn: IT, 1180 Foundry St Ste 4, Port Avery MA 01955

Questions? Reply to this email or call 888-555-0104, reference case # 00418823.

---
Kit's note to self forwarded to helpdesk: enroll in MDM before giving to drivers, INC-20240509-031
''')

add('clean', 'lookalike', '',
    frm=OLA, to='Brian Keough <bkeough@shorelineins-agency.com>', cc=TUAN,
    subj='Fleet schedule for renewal - policy CAU-4471920-03', date='2024-09-05 10:02',
    body='''
Hi Brian,

Updated vehicle schedule for the auto renewal (policy CAU-4471920-03, expires 10/1). We added the new reefer van in August and sold the old Caravan.

Unit  Year/Make/Model              VIN                 Plate     Garaged       Use
V1    2019 Ford Transit 250 reefer  1FTYR2CM4KKB38211   7KX 210   Port Avery    meal delivery
V3    2021 Ram ProMaster 2500 reefer 3C6LRVDG2ME551087  9PD 448   Port Avery    meal delivery
V4    2024 Ford E-Transit reefer    1FTBW9CK8RKA02233   2GLK 24   Port Avery    meal delivery (new 8/14)
C1    2017 Toyota Sienna            5TDKZ3DC1HS792210   4TN 903   Port Avery    staff/home visits
(removed) 2014 Dodge Grand Caravan 2C4RDGBG5ER301177  sold 7/30

Last DOT/state inspections: V1 03/11/2024, V3 03/11/2024, V4 08/14/2024, C1 11/02/2023.
Staff drivers: 3 (MVRs attached to last year's file, no changes). Volunteer drivers use personal vehicles - covered under our hired & non-owned endorsement, correct?

Thanks,
%s
''' % SIG['ola'])

# ====================================================================== CLEAN: news
news1_text = '''
THE GOODLIGHT TABLE - Summer 2024

Dear friends,

This spring our kitchen crossed a milestone: 200,000 medically tailored meals delivered since we opened our doors in 2016. Every one of those meals was planned by a registered dietitian, cooked from scratch in our Foundry Street kitchen, and carried to a front door by a driver who cares.

BY THE NUMBERS (Jan-Jun 2024)
- 104,380 meals delivered
- 1,412 neighbors served across Port Avery, Danford and 9 surrounding towns
- 6 therapeutic menus, including our new mechanical soft line
- 38,000 volunteer miles driven

NEW THIS SEASON
Our renal menu got a summer refresh: lemon-herb chicken, cauliflower "fried rice", and a peach crisp our dietitians swear is kidney friendly. Our cardiac line now averages under 550 mg sodium per entree.

VOLUNTEER SPOTLIGHT: WALT BRENNER
Walt, a retired mail carrier, has driven Route 6 every Tuesday for five years. "I spent 30 years delivering bills," he says. "This is a lot more fun." Thank you, Walt!

SAVE THE DATE
Goodlight 5K & Family Walk - Saturday, September 21, Harborfront Park. Register at goodlightkitchen.org/5k

RECIPE CORNER: No-Salt Herb Blend
2 Tbsp dried basil, 1 Tbsp each dried oregano, thyme and onion powder, 1 tsp garlic powder, 1 tsp black pepper, zest of one lemon (dried). Mix and store in a jar. Great on chicken, fish and roasted vegetables.

With gratitude,
Greg Whitlow, Executive Director

Goodlight Kitchen is a 501(c)(3) nonprofit. EIN 04-3318872.
You are receiving this because you subscribed at goodlightkitchen.org. Unsubscribe: https://goodlightkitchen.org/u?id=__SUB__
'''
news1_html = '''<html><body style="margin:0;background:#f4f1ea">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif;color:#333">
<tr><td style="padding:16px"><img src="https://goodlightkitchen.org/img/email-logo.png" alt="Goodlight Kitchen" width="180" height="60"></td></tr>
<tr><td style="padding:0 24px"><h1 style="color:#2e6e4e">The Goodlight Table &mdash; Summer 2024</h1>
<p>Dear friends,</p>
<p>This spring our kitchen crossed a milestone: <b>200,000 medically tailored meals</b> delivered since we opened our doors in 2016.</p>
<h3>By the numbers (Jan&ndash;Jun 2024)</h3>
<ul><li>104,380 meals delivered</li><li>1,412 neighbors served</li><li>6 therapeutic menus</li><li>38,000 volunteer miles driven</li></ul>
<h3>Volunteer spotlight: Walt Brenner</h3>
<p>Walt, a retired mail carrier, has driven Route 6 every Tuesday for five years. Thank you, Walt!</p>
<h3>Save the date</h3>
<p>Goodlight 5K &amp; Family Walk &mdash; Saturday, September 21, Harborfront Park.</p>
<p style="font-size:11px;color:#888">Goodlight Kitchen is a 501(c)(3) nonprofit. <a href="https://goodlightkitchen.org/u">Unsubscribe</a></p>
</td></tr></table></body></html>
'''
add('clean', 'news', '',
    frm='Goodlight Kitchen <news@goodlightkitchen.org>', to='Friends of Goodlight <friends@lists.goodlightkitchen.org>',
    subj='The Goodlight Table - Summer 2024', date='2024-06-25 10:00',
    hdrs=[('List-Unsubscribe', '<https://goodlightkitchen.org/u>'), ('Precedence', 'bulk')],
    body=news1_text, html=news1_html,
    att=[('goodlight-logo.png', make_logo_png(), 'image/png')])

add('clean', 'news', '',
    frm='Food Is Medicine Coalition of New England <digest@fimcne.org>', to=RENATA,
    subj='Research Digest: MTM and hospital use - new cohort data', date='2024-04-11 07:30',
    hdrs=[('Precedence', 'bulk')],
    body='''
FOOD IS MEDICINE COALITION OF NEW ENGLAND - RESEARCH DIGEST, APRIL 2024

1) Medically tailored meals and inpatient use
A retrospective cohort of 1,870 Medicaid members with heart failure or diabetes in three states found that those receiving 12 weeks of MTM had 16% fewer inpatient admissions and 13% lower total medical spending over the following 12 months compared with propensity-matched controls. Effects were largest among members with 2+ admissions in the prior year. Authors note limitations: non-random assignment and limited data on meal adherence.

2) Renal diets and dialysis adherence
A small pilot (n=62) at two dialysis centers reported fewer missed sessions and lower interdialytic weight gain among participants receiving renal-tailored meals, though differences were not statistically significant.

3) Cost modeling
A national simulation estimated that covering MTM for patients with diet-sensitive conditions and limited ADLs could avert ~1.6 million hospitalizations in the first year.

WEBINAR: "Building the evidence - outcomes measurement for small MTM providers," May 9, 12:00 ET. Register at fimcne.org/events.

You're receiving this because you are a coalition member. Manage preferences at fimcne.org/prefs.
''')

add('clean', 'news', '',
    frm='Harlan County Public Health <alerts@harlancountyhealth.org>', to='Community Partners <partners@lists.harlancountyhealth.org>',
    subj='HEAT ADVISORY Tue-Thu: guidance for home-delivered meal programs', date='2024-07-15 14:00',
    hdrs=[('Precedence', 'bulk')],
    body='''
HARLAN COUNTY PUBLIC HEALTH - PARTNER BULLETIN

The National Weather Service has issued a Heat Advisory for Tuesday 7/16 through Thursday 7/18, with heat index values of 100-106F expected in the afternoons.

Older adults, people with heart or kidney disease, and people taking diuretics or certain psychiatric medications are at highest risk of heat-related illness.

Guidance for home-delivered meal and visiting programs:
- Schedule deliveries earlier in the day where possible.
- Keep cold food at 41F or below; add extra ice/gel packs and do not leave meals unattended in sun.
- Drivers should carry water and take breaks in air conditioning.
- Remind clients on fluid restrictions to follow their clinician's guidance rather than general "drink more water" advice.
- Know the signs of heat exhaustion and heat stroke; call 911 for confusion, fainting, or hot dry skin.

Cooling centers (10 AM - 8 PM): Port Avery Public Library, Danford Senior Center, Harlan Community Center. Free rides via Harlan Transit: 978-555-0100.

Questions: Emergency Preparedness Program, 978-555-0192.
''')

add('clean', 'news', '',
    frm='Marrow Family Foundation <grants@marrowfoundation.org>', to=JOYCE,
    subj='2025 Health & Nutrition grant cycle now open', date='2024-09-03 09:00',
    html=True,
    body='''
Dear Partner,

The Marrow Family Foundation is pleased to announce the 2025 Health & Nutrition grant cycle.

Focus areas:
- Food as medicine programs serving adults with chronic illness
- Transitions of care after hospital discharge
- Culturally and linguistically tailored nutrition services

Grant range: $25,000 - $150,000 (one or two years)
Letters of inquiry due: October 18, 2024
Full proposals (by invitation): January 10, 2025
Decisions: March 2025

New this year: applicants may request up to 15% for evaluation and data systems. We ask that outcome reporting be aggregate only; please do not send us any individual client information.

Informational webinar: September 19, 2:00 PM. Register on our website.

Warm regards,
Elaine Marrow-Ford
Program Officer, Health & Nutrition
Marrow Family Foundation | 230 Congress Street, Boston MA
''')

add('clean', 'news', '',
    frm='State Food Policy Council <updates@statefoodpolicy.org>', to=GREG,
    subj='Policy Update: Medicaid 1115 waiver - nutrition supports approved', date='2024-10-02 12:15',
    hdrs=[('Precedence', 'bulk')],
    body='''
POLICY UPDATE - OCTOBER 2024

CMS approved the state's amended Section 1115 demonstration on September 27. Key provisions for nutrition providers:

* Medically tailored meals: up to 2 meals/day for up to 6 months for eligible members with a qualifying condition and a health-related social need.
* Nutrition counseling by RDNs becomes a covered component when delivered alongside meals.
* Managed care plans must contract with community-based organizations; rate floors will be published by December 1.
* Providers must screen with a standardized HRSN tool and report aggregate outcomes annually.
* Start date: April 1, 2025, with a 3-month readiness period.

The Council will host a provider readiness session on October 24 covering billing (HCPCS S5170/S9470), contracting with MCOs, and data-sharing agreements.

Read the full summary and CMS approval letter at statefoodpolicy.org/1115.
''')

add('clean', 'news', '',
    frm=HANNAH, to=DRIVERS,
    subj='Volunteer Bulletin - December: winter driving, holiday schedule, THANK YOU', date='2024-11-29 10:30',
    html=True,
    body='''
Hi drivers!

WINTER IS HERE
- If the city declares a snow emergency, we'll text by 6 AM whether routes run. Check your phone before heading out.
- Shovel or salt? Never. If a walkway isn't clear, call dispatch from the curb and we'll call the client.
- Keep the ice scraper and a blanket in your car, and please don't rush.

HOLIDAY SCHEDULE
- No deliveries Wed 12/25 or Wed 1/1. Those routes move to Tuesday with double bags.
- Dispatch closes at 1 PM on 12/24 and 12/31.

BY THE NUMBERS
You drove 41,200 miles this year and delivered over 210,000 meals. Incredible.

VOLUNTEER PARTY
Friday 12/13, 5:30 PM at the kitchen. Food by Bea's crew (obviously). Bring your family.

Thank you for everything you do,
Hannah

%s
''' % SIG['hannah'])

# ====================================================================== CLEAN: staff
add('clean', 'staff', '',
    frm=TUAN, to='%s, Luis Ortega <lortega@goodlightkitchen.org>, Gene Abernathy <gabernathy@goodlightkitchen.org>, Maureen Staab <mstaab@goodlightkitchen.org>' % BEA,
    cc=HANNAH,
    subj='Staff driver schedule - wk of 9/9', date='2024-09-05 15:00',
    body='''
Schedule for next week below. Gene is off Wednesday (approved PTO), Maureen picks up WED-06. Volunteers cover THU-07 and THU-09.

           MON       TUE        WED        THU        FRI
Gene A.    load      TUE-04     OFF        THU-02     van wash
Maureen S. load      TUE-05     WED-06     THU-04     load
Luis O.    kitchen   TUE-01     WED-03     THU-06     kitchen
Tuan N.    dispatch  dispatch   dispatch   dispatch   routes

Van assignments: V1 Gene, V3 Maureen, V4 Luis. V4 charges overnight - plug it in!!

Clock in at the dock by 8:45 on route days.

T
''')

add('clean', 'staff', '',
    frm=RENATA, to=CLINICAL,
    subj='RD on-call rotation Q4', date='2024-09-25 16:40',
    body='''
Hi all - Q4 on-call rotation for after-hours and weekend diet questions from drivers, hospitals and the answering service. On-call phone forwards to the cell listed.

Week of      Primary                               Backup
Sep 30       Priya Raman, RDN, LDN, CDCES          Renata Okafor, RDN, LDN
Oct 7        Renata Okafor, RDN, LDN               Jordan Ellery, RDN, LDN
Oct 14       Jordan Ellery, RDN, LDN               Priya Raman, RDN, LDN, CDCES
Oct 21       Priya Raman, RDN, LDN, CDCES          Jordan Ellery, RDN, LDN
Oct 28       Renata Okafor, RDN, LDN               Priya Raman, RDN, LDN, CDCES
Nov 4        Jordan Ellery, RDN, LDN               Renata Okafor, RDN, LDN
...          (repeats; Thanksgiving week Renata primary)

Cells: Priya 978-555-0123, Renata 978-555-0108, Jordan 978-555-0112.

Swaps are fine, just tell me and update the shared calendar. On-call stipend is $75/weekend day, submit on your timesheet under code OC.

Renata
''')

add('clean', 'staff', '',
    frm=NADIA, to=ALLSTAFF,
    subj='Open enrollment Nov 1-15 - benefits fair 11/6', date='2024-10-21 09:00', html=True,
    body='''
Hi everyone,

Open enrollment for 2025 benefits runs November 1-15. This is the one time each year you can change medical, dental and vision plans or add/remove dependents (unless you have a qualifying life event).

What's changing for 2025:
- Allmark PPO and HMO premiums go up about 4%%. Goodlight continues to pay 85%% of employee-only coverage.
- New: an HSA-eligible high-deductible plan option, with a $750 Goodlight HSA contribution.
- Dental and vision: no change.
- Flexible spending limit increases to $3,300.

Benefits fair: Wednesday 11/6, 11:30-1:30 in conference room B, with reps from Allmark and our broker. Lunch provided.

Enroll in the HR portal. If you do nothing, your current elections roll over (except FSA, which you must re-elect).

Questions? Stop by or email me. I can't see anyone's claims or medical info - for claim questions, call Allmark member services on the back of your card.

%s
''' % SIG['nadia'])

add('clean', 'staff', '',
    frm=GREG, to=ALLSTAFF,
    subj='Tuan out 6/3 - 7/15, coverage', date='2024-05-24 12:30',
    body='''
Hi all,

Tuan will be on leave from Monday 6/3 through Monday 7/15. Please respect his time away - no texts or calls about routes.

Coverage while he's out:
- Dispatch and daily routes: Maureen Staab (dispatch line x30)
- RouteWise admin and route changes: Kit Zhou
- Driver schedule and van assignments: Luis Ortega
- Volunteer route coverage: Hannah Brask as usual

Send anything that would normally go to Tuan to dispatch@goodlightkitchen.org.

Thanks for pulling together,
Greg
''')

add('clean', 'staff', '',
    frm=OLA, to=ALLSTAFF,
    subj='Timesheets due early - July 4th payroll', date='2024-06-27 10:45',
    body='''
Hi team,

Because of the July 4 holiday, payroll is processing a day early.

- Timesheets for the 6/16-6/29 period are due MONDAY 7/1 by noon (not Tuesday).
- Supervisors approve by 3 PM Monday.
- Pay date stays Friday 7/5.

Holiday pay: Thursday 7/4 is a paid holiday for all regular staff. Kitchen and driver staff scheduled on 7/3 for the double production run get time-and-a-half for hours over 8 (code HOT). Per diem staff, see your offer letter.

Reminder: mileage reimbursement forms for June are due with timesheets (IRS rate $0.67/mile).

Thanks!
%s
''' % SIG['ola'])

add('clean', 'staff', '',
    frm=HANNAH, to=ALLSTAFF,
    subj="Bea's 10 years!! potluck Friday", date='2024-04-10 11:05',
    body='''
Hi all!!

Believe it or not, Bea Kowalczyk started here 10 years ago this month, back when we were cooking 300 meals a week out of the church basement on Mercer St. She built this kitchen.

We're having a potluck Friday 4/12 at 2:30 in the break room (after production wraps). Please bring something - and yes, it's ok if it's NOT low sodium for once. Sign-up sheet is on the fridge. Greg is bringing cake.

Also signing a card - it's in my office. Don't tell her!!

Hannah :)
''')

add('clean', 'staff', '',
    frm=RENATA, to=ALLSTAFF,
    subj='Welcome Jordan Ellery, RDN, LDN', date='2024-08-12 09:15',
    body='''
Hi everyone,

Please welcome Jordan Ellery, RDN, LDN, who joins our clinical team today as a Registered Dietitian. Jordan comes to us from six years in outpatient dialysis nutrition at Riverside Renal, so expect to see our renal menu get even better.

Jordan holds a Massachusetts dietitian/nutritionist license (LDN #7734) and CDR registration, and is working toward the CSR (board certification in renal nutrition). Jordan speaks Portuguese and some Spanish.

Jordan's desk is next to Priya's, ext 24, jellery@goodlightkitchen.org. First two weeks are orientation and shadowing - say hi at lunch!

Renata

%s
''' % SIG['renata'])

# ====================================================================== CLEAN: training
add('clean', 'training', '',
    frm=KIT, to='%s, %s, %s' % (DEV, MARISOL, TUAN),
    subj='UAT script - RouteWise 5.2 (sandbox) - please run by Thurs', date='2024-05-28 13:00',
    body='''
Hi all - please run the attached test script in the SANDBOX (https://sandbox.routewise-app.com) by Thursday. Use only the TEST clients already loaded - do not enter any real client info in the sandbox.

Mark each step pass/fail in the sheet and note anything weird.

Thanks!
Kit
''',
    att=[('RouteWise52_UAT_script.csv', csv_text([
        ['Step', 'Tester', 'Action', 'Test client', 'Expected result', 'Pass/Fail', 'Notes'],
        ['1', 'Dev', 'Create new client', 'TEST, PATIENT ONE (DOB 01/01/1900)', 'Client saved, ID TST-0001 assigned', '', ''],
        ['2', 'Dev', 'Set diet flag RENAL + allergy SHELLFISH', 'TEST, PATIENT ONE', 'Red allergen tag on label preview', '', ''],
        ['3', 'Marisol', 'Place hold 2 days', 'TEST, PATIENT TWO', 'Stop removed from route for held dates', '', ''],
        ['4', 'Marisol', 'Change delivery address', 'TEST, PATIENT TWO', 'Geocode updates, route reassigned', '', ''],
        ['5', 'Tuan', 'Build route TST-01 with 5 test stops', 'TEST clients 1-5', 'Optimized order, ETA shown', '', ''],
        ['6', 'Tuan', 'Driver app: mark stop not delivered', 'TEST, PATIENT THREE', 'Exception email to dispatch within 1 min', '', ''],
        ['7', 'Dev', 'Merge duplicate records', 'TEST, PATIENT FOUR / TEST, PATIENT 4', 'One record, flags retained', '', ''],
        ['8', 'Kit', 'Nightly export', 'all TEST clients', 'Pipe file has 14 columns incl ADDR2', '', ''],
    ]), 'text/csv')])

add('clean', 'training', '',
    frm=RENATA, to='%s, %s, %s' % (DEV, MARISOL, AMANI),
    subj='Diet order quiz for intake/client services (answers at bottom)', date='2024-03-06 14:20',
    body='''
Hi team - as promised, a short quiz from Tuesday's in-service on reading diet orders. Try it before scrolling down! Not graded.

1. A referral says "2 g Na, 1.5 L FR." Which Goodlight menu?
   a) Renal  b) Cardiac/low sodium  c) Diabetic  d) Regular

2. "Renal diet, pt on HD" - which foods are we limiting? (pick all)
   a) potassium  b) phosphorus  c) sodium  d) fiber

3. An order says "CCHO." What does that stand for?

4. "Mech soft" vs "pureed" - which one is safe for someone the order says is "NPO"?

5. A family member says their dad "can't have grapefruit." Where does that go in the profile?

6. True or false: if the order and the client disagree about the diet, client services can change the diet flag.

...
...
...

ANSWERS
1. b   2. a, b, c   3. consistent carbohydrate (diabetic menu)
4. Neither! NPO = nothing by mouth. Do not start meals - call the referrer and tell an RD.
5. Drug-food interaction note (usually statins or some heart meds) - add to Allergies/Intolerances AND tell an RD.
6. False. Only an RD changes the diet flag, after reviewing the order.

Renata
''')

add('clean', 'training', '',
    frm=PRIYA, to=CLINICAL,
    subj='Case study for Thurs journal club (de-identified)', date='2024-06-24 17:05',
    body='''
For Thursday - please read before we meet. This is a composite, de-identified case built from a few clients; no names, dates or other identifiers.

CASE: "Client A"
A man in his 70s is referred after a hospital stay for heart failure. He also has type 2 diabetes and CKD stage 3b. The hospital order reads "2 g sodium, 1.5 L fluid restriction, carbohydrate consistent." He lives alone, uses a cane, and reports he usually eats canned soup and deli meat. Two weeks into the program he reports swelling in his legs and says the meals "taste like nothing."

Discussion questions:
1. Which of our menus fits, and what conflicts do you see among the three conditions?
2. What is a realistic sodium target for his non-Goodlight meals?
3. How would you address taste complaints without adding sodium?
4. When should an RD contact the referring clinic vs. tell the client to call 911?
5. What would you document, and where?

Optional reading: AND Evidence Analysis Library, HF and CKD nutrition guidelines (links in the Clinical folder).

Priya
''')

hl7_test = '\n'.join([
    r'MSH|^~\&|EPICADT|STALDRIC_TST|GLK_REFERRAL|GOODLIGHT|20240520091500||ADT^A03^ADT_A03|TST000017|T|2.5.1',
    r'EVN|A03|20240520091400',
    r'PID|1||99999901^^^STALDRIC^MR||ZZTEST^MEALSONE^^^^^L||19000101|U|||123 TEST ST^^TESTVILLE^MA^00000||(000)000-0000',
    r'PV1|1|I|TST^001^A^STALDRIC_TST||||9999999999^TESTDOC^ZZ^^^^MD|||MED|||||||||IN|||||||||||||||||||STALDRIC_TST||DIS|||20240518080000|20240520091000',
    r'DG1|1||Z00.00^Encounter for general adult medical exam^I10|||F',
    r'OBX|1|TX|DIETORD^Diet order^L||TEST DIET - DO NOT PROCESS||||||F',
])
add('clean', 'training', '',
    frm='Marcus Bell <mbell@staldricmed.org>', to=KIT,
    subj='RE: A03 feed - test message in TST for PV1-45', date='2024-05-20 09:22', reply=True,
    body='''
Kit,

Fix is in our TEST engine. Just pushed a test A03 for our fake patient ZZTEST,MEALSONE to your test endpoint - PV1-45 should now be populated. Copy below. Processing ID is T, so your prod listener should ignore it if it somehow ends up there.

%s

If it looks good on your end I'll schedule the prod change for Thursday night's maintenance window.

Marcus Bell
Integration Analyst, IS Interfaces | St. Aldric Medical Center
978-555-0136
''' % hl7_test)

add('clean', 'training', '',
    frm=HANNAH, to='New Driver Orientation <orientation@goodlightkitchen.org>',
    subj='Orientation packet - "what would you do?" scenarios', date='2024-02-14 10:00',
    body='''
Welcome, new drivers! Before Saturday's orientation please read these practice scenarios. The people in them are made up (fictional) - they're based on situations our drivers really run into.

SCENARIO 1 - No answer
You knock at the home of "Mrs. Example" on your route. No answer, no note, and the stop notes say "always home." What do you do?
-> Don't leave the bag. Call dispatch from the curb. Dispatch will try the client and their emergency contact. Wait up to 5 minutes if asked.

SCENARIO 2 - Something seems wrong
"Mr. Sample" answers the door, seems confused and doesn't recognize you, though you've delivered for months.
-> Stay calm and kind. Hand off the meal. Call dispatch right after and describe what you saw. If he seems in danger (fell, can't speak clearly, chest pain), call 911 first.

SCENARIO 3 - A request
A client asks you to pick up a prescription on your way next week.
-> We can't do errands, but tell dispatch - our client services team can often connect them with help.

SCENARIO 4 - Privacy
A neighbor asks, "What's wrong with her? Why does she get those meals?"
-> "I'm just the delivery driver!" Never share anything about a client.

See you Saturday 2/17, 9 AM at the kitchen. Closed-toe shoes please.

%s
''' % SIG['hannah'],
    att=[('Driver_Handbook_2024.pdf', make_pdf([
        'GOODLIGHT KITCHEN - VOLUNTEER DRIVER HANDBOOK 2024', '',
        '1. Check in at the dock 15 minutes before load time.',
        '2. Keep cold bags closed; deliver within 3 hours of load.',
        '3. Never leave bags for clients flagged "hand delivery only".',
        '4. Call dispatch (978) 555-0142 x30 for any no-answer or concern.',
        '5. Client information stays in the app. Do not photograph labels.',
        '6. In an emergency, call 911 first, then dispatch.']), 'application/pdf')])

segs837t = [
    'BHT*0019*00*GLKTEST01*20240410*0900*CH',
    'NM1*41*2*GOODLIGHT KITCHEN*****46*GLK4471',
    'PER*IC*SAM OCAMPO*TE*9785550142',
    'NM1*40*2*CLAIMBRIDGE*****46*CLAIMBRIDGE',
    'HL*1**20*1',
    'NM1*85*2*GOODLIGHT KITCHEN*****XX*1386274105',
    'N3*1180 FOUNDRY STREET STE 4',
    'N4*PORT AVERY*MA*01955',
    'REF*EI*043318872',
    'HL*2*1*22*0',
    'SBR*P*18*******MC',
    'NM1*IL*1*TESTMEMBER*SAMPLE****MI*TEST00000001',
    'N3*1 TEST WAY',
    'N4*PORT AVERY*MA*01955',
    'DMG*D8*19000101*U',
    'NM1*PR*2*TEST PAYER*****PI*TST01',
    'CLM*TESTCLM0001*12***12:B:1*Y*A*Y*Y',
    'HI*ABK:Z5941',
    'LX*1',
    'SV1*HC:S5170*12*UN*1***1',
    'DTP*472*D8*20240401',
]
edi837t = x12(1, 'HC', '005010X222A1', 'GOODLIGHTK', 'CLAIMBRIDGE', '837', segs837t, date='240410', time='0900', usage='T')
add('clean', 'training', '',
    frm='ClaimBridge Enrollment <enrollment@claimbridge-edi.com>', to=SAM,
    subj='EDI enrollment step 3 of 4: submit test 837P', date='2024-04-10 08:30',
    body='''
Hello Sam,

Your trading partner setup for Goodlight Kitchen is complete through step 2. For step 3, please submit a test 837P file to the TEST mailbox using the sample below as a model. Test files must have ISA15 = "T". The member and payer in the sample are fictitious - use them exactly as shown; do not submit real claims to the test mailbox.

Submitter ID: GOODLIGHTK
Test SFTP: sftp-test.claimbridge-edi.com, folder /inbound/GOODLIGHTK

Sample attached (sample_837P_test.txt). You should receive a 999 acknowledgement within 1 hour and a 277CA within 24 hours.

Regards,
ClaimBridge Enrollment Team
Ticket EN-40918
''',
    att=[('sample_837P_test.txt', edi837t, 'text/plain')])

# ====================================================================== main
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7,
    ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'struct'): 7,
    ('clean', 'admin'): 7, ('clean', 'lookalike'): 7, ('clean', 'news'): 6,
    ('clean', 'staff'): 7, ('clean', 'training'): 6,
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, spec in EMAILS:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        fn = '%s-%s-%03d.eml' % (label, kind, counts[key])
        msg = build(spec)
        with open(os.path.join(out, fn), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fn, label, kind, patient])
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    if counts != EXPECTED:
        for k in sorted(set(counts) | set(EXPECTED)):
            if counts.get(k) != EXPECTED.get(k):
                print('COUNT MISMATCH %s-%s: got %s expected %s' % (k[0], k[1], counts.get(k), EXPECTED.get(k)))
    order = [k for k in EXPECTED]
    for k in order:
        print('%s-%s: %d' % (k[0], k[1], counts.get(k, 0)))
    print('phi: %d  clean: %d  total: %d' % (
        sum(v for k, v in counts.items() if k[0] == 'phi'),
        sum(v for k, v in counts.items() if k[0] == 'clean'), sum(counts.values())))


if __name__ == '__main__':
    main()
