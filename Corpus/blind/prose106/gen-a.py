#!/usr/bin/env python3
"""Generate a blind evaluation set of ambulance / NEMT office email.
Usage: python3 gen.py OUTDIR
All people, numbers, organisations and addresses are invented."""
import sys, os, random, csv, io, zipfile, zlib, struct, datetime, json
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 10601
random.seed(SEED)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
ORG = 'harborlineems.com'
MSGS = []  # (label, kind, patient_name, EmailMessage)

def rdate(month=None, day=None, hour=None):
    m = month or random.choice([2, 3, 4])
    d = day or random.randint(1, 28)
    h = hour if hour is not None else random.randint(5, 21)
    return datetime.datetime(2024, m, d, h, random.randint(0, 59), random.randint(0, 59), tzinfo=TZ)

def fmt_date(dt):
    return format_datetime(dt)

def mid(domain=ORG):
    return '<%s.%s@%s>' % (''.join(random.choice('0123456789abcdef') for _ in range(16)),
                           ''.join(random.choice('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(8)),
                           domain)

def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

def build(frm, to, subj, body, cc=None, html=None, atts=(), date=None, headers=None, domain=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subj
    dt = date or rdate()
    m['Date'] = fmt_date(dt)
    if domain is None:
        addr = frm.split('<')[-1].rstrip('>') if '<' in frm else frm
        domain = addr.split('@')[-1]
    m['Message-ID'] = mid(domain)
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for a in atts:
        fname, data, mt, st = a
        if isinstance(data, str):
            m.add_attachment(data, subtype=st, filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m

def add(label, kind, patient, msg):
    MSGS.append((label, kind, patient, msg))

def html_wrap(body_html, sig_html=''):
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + body_html + sig_html + '</body></html>')

def p2html(text):
    import html as h
    out = []
    for para in text.strip().split('\n\n'):
        out.append('<p>' + h.escape(para).replace('\n', '<br>') + '</p>')
    return '\n'.join(out)

# ---------------------------------------------------------------- file builders
ZDT = (2024, 3, 1, 8, 0, 0)

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content)
    return buf.getvalue()

def _xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def make_xlsx(rows, sheet='Sheet1'):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _xesc(v)))
        sd.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return _zip(files)

def make_docx(paragraphs):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml', doc),
    ]
    return _zip(files)

def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 10 Tf', '12 TL', '50 760 Td']
    for i, l in enumerate(lines):
        content.append('(%s) Tj T*' % esc(l))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ('<< /Title (%s) /Producer (ScanDesk 4.2) >>' % esc(title)).encode('latin-1', 'replace'),
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

def make_png(w, h, kind='logo'):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if kind == 'logo':
                if y < h * 0.18 or y > h * 0.82:
                    px = (14, 59, 112)
                elif abs(x - w // 2) < w * 0.06 or abs(y - h // 2) < h * 0.10:
                    px = (200, 30, 45)
                else:
                    px = (255, 255, 255)
            else:  # blank scan page, faint grey border and slight tone
                if x < 3 or y < 3 or x > w - 4 or y > h - 4:
                    px = (190, 190, 190)
                else:
                    v = 248 - ((x * 7 + y * 13) % 5)
                    px = (v, v, v)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        c = t + d
        return struct.pack('>I', len(d)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def make_ics(uid, start, end, summary, location, desc, organizer):
    f = lambda d: d.astimezone(datetime.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    return '\r\n'.join([
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Harborline//Scheduler 2.1//EN', 'METHOD:REQUEST',
        'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%s' % f(start), 'DTSTART:%s' % f(start), 'DTEND:%s' % f(end),
        'SUMMARY:%s' % summary, 'LOCATION:%s' % location, 'DESCRIPTION:%s' % desc.replace('\n', '\\n'),
        'ORGANIZER:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR', ''])

def to_csv(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()

# ---------------------------------------------------------------- people / boilerplate
DANA = 'Dana Kowalczyk <dkowalczyk@harborlineems.com>'
MARCUS = 'Marcus Bell <mbell@harborlineems.com>'
TIFF = 'Tiffany Nguyen <tnguyen@harborlineems.com>'
DISPATCH = 'Harborline Dispatch <dispatch@harborlineems.com>'
SHARON = 'Sharon Whitfield <swhitfield@harborlineems.com>'
KIM = 'Kim Delacroix <kdelacroix@harborlineems.com>'
PRIYA = 'Priya Raman <praman@harborlineems.com>'
BILLING = 'Harborline Patient Accounts <billing@harborlineems.com>'
GREG = 'Greg Halvorsen <ghalvorsen@harborlineems.com>'
TONY = 'Tony Marchetti <tmarchetti@harborlineems.com>'
ANGELA = 'Angela Brooks <abrooks@harborlineems.com>'
FOSTER = 'Elaine Foster MD <efoster@harborlineems.com>'
BEN = 'Ben Oyelaran <boyelaran@harborlineems.com>'
RAY = 'Ray Ostrowski <rostrowski@harborlineems.com>'
JOLENE = 'Jolene Pratt <jpratt@harborlineems.com>'
LUIS = 'Luis Arroyo <larroyo@harborlineems.com>'
CREWCHIEFS = 'Crew Chiefs <crewchiefs@harborlineems.com>'
ALLSTAFF = 'All Staff <allstaff@harborlineems.com>'
ITDESK = 'Harborline IT Help Desk <helpdesk@harborlineems.com>'

SIG_DANA = ('\n--\nDana Kowalczyk\nDispatch Supervisor\nHarborline Ambulance & Medical Transport\n'
            '24/7 Dispatch 610-555-0100 | Fax 610-555-0199\n')
SIG_MARCUS = '\nMarcus Bell\nDispatcher, 2nd shift\nHarborline Ambulance & Medical Transport | 610-555-0100 x2\n'
SIG_TIFF = '\nthanks!\nTiff Nguyen | Scheduling / NEMT desk\nHarborline Ambulance & Medical Transport\nP 610-555-0100 x4  F 610-555-0198\n'
SIG_SHARON = ('\nSharon Whitfield, CPC\nBilling Manager\nHarborline Ambulance & Medical Transport\n'
              '1480 Foundry Road, Easton Falls, PA 18099\nP 610-555-0140 | F 610-555-0149\n')
SIG_KIM = '\nKim Delacroix\nReimbursement Specialist - Denials & Appeals\nHarborline Ambulance & Medical Transport\nDirect 610-555-0143 | Fax 610-555-0149\n'
SIG_PRIYA = '\nPriya Raman\nAccounts Receivable\nHarborline Ambulance & Medical Transport | 610-555-0144\n'
SIG_GREG = '\nGreg Halvorsen\nOperations Manager\nHarborline Ambulance & Medical Transport\nCell 610-555-0177\n'
SIG_TONY = '\nTony Marchetti\nFleet Supervisor\nHarborline Ambulance & Medical Transport\nShop 610-555-0160 | Cell 610-555-0161\n'
SIG_ANGELA = '\nAngela Brooks, SHRM-CP\nHuman Resources Manager\nHarborline Ambulance & Medical Transport\n610-555-0120\n'
SIG_FOSTER = '\nElaine Foster, MD, FACEP\nMedical Director\nHarborline Ambulance & Medical Transport\n'
SIG_BEN = '\nBen Oyelaran, NRP, FP-C\nClinical Education Coordinator\nHarborline Ambulance & Medical Transport\n610-555-0130\n'

CONF = ('\nCONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee(s) '
        'and may contain information that is privileged, confidential or otherwise protected from disclosure. '
        'If you have received this message in error, please notify the sender immediately and delete it. '
        'Any other use, review, distribution or copying is prohibited.\n')
CONF_HOSP = ('\n*** This e-mail may contain confidential information belonging to St. Agnes Regional Health. '
             'If you are not the intended recipient, do not read, copy or forward it; notify the sender and delete it. ***\n')
MOBILE = ['\n\nSent from my iPhone\n', '\n\nSent from my Galaxy\n', '\n\nGet Outlook for Android\n', '\n\nSent from my iPad\n', '\n\n-- sent from mobile, excuse typos\n']

# ================================================================ PHI : care
def phi_care():
    # 001 dialysis unit moves a chair time; dispatch confirms
    orig = ('Hi Harborline team,\n\nStarting Tuesday 3/12 we are moving Harold Jenkins from the 5:15 chair to the 5:45 chair '
            '(T/Th/Sat). Can you push his pickup back 30 min? Still needs the wheelchair van, he can\'t do the steps at '
            'his building anymore so they use the ramp around the side by the laundry room. His daughter Carol usually '
            'meets the driver at the door, her cell is 484-555-0187.\n\nThank you!\nMarisol Vega, LMSW\nSocial Worker\n'
            'Riverbend Dialysis - Easton Falls\n(610) 555-0311  fax (610) 555-0312\n')
    body = ('Hi Marisol,\n\nDone - Mr. Jenkins is now 0510 pickup from 22 Linden Terr, wc van, T/Th/Sat, effective 3/12. '
            'Return leg stays will-call. I put the side ramp + Carol\'s number in the trip notes for the drivers.\n'
            + SIG_TIFF + '\nOn Fri, Mar 8, 2024 at 2:41 PM, Marisol Vega <mvega@riverbenddialysis.net> wrote:\n' + quote(orig) + '\n')
    add('phi', 'care', 'Harold Jenkins', build(TIFF, 'Marisol Vega <mvega@riverbenddialysis.net>',
        'RE: chair time change - Jenkins', body, date=rdate(3, 8, 15)))

    # 002 crew run note / handover to facility issues
    body = ('Dana,\n\nFYI from unit 7 this afternoon. Dropped Evelyn Marsh back at Maple Court, rm 214B, around 1530. '
            'She was pretty wiped out after being at the clinic all day and didn\'t eat the lunch they sent with her. '
            'Gave report to the nurse on 2nd floor (Tasha). Her walker got left in the back of 7 - it\'s the purple one '
            'with her name taped on it. Luis is going to run it over first thing tomorrow unless someone from the '
            'facility wants to grab it from the station.\n\nAlso her son called the unit cell asking what time she got '
            'back, told him to call Maple Court.\n\nRay' + MOBILE[0])
    add('phi', 'care', 'Evelyn Marsh', build(RAY, DANA, 'walker left on 7', body, cc=LUIS, date=rdate(3, 19, 17)))

    # 003 family member worried about pickup, dispatcher answer
    orig = ('Hello,\nMy father Walter Pruitt is booked for a ride tomorrow (Thursday) at 8:00 am to go to the Valley Eye '
            'Associates office on Route 22 for his procedure. Last time nobody came until almost 9:30 and they almost '
            'cancelled him. He lives alone at 318 Cherry Hollow Rd and gets anxious when he is waiting. Can someone '
            'please call him the night before? His number is 610-555-0263. I work in NJ and can\'t take him myself.\n\n'
            'Thank you,\nDenise Pruitt-Hall\n')
    body = ('Good afternoon Ms. Pruitt-Hall,\n\nThank you for reaching out. I confirmed your father\'s trip for tomorrow: '
            'pickup window 7:45-8:00 AM, ambulatory van with door-to-door assist, return is set for when the office calls us. '
            'I added a note for a courtesy call tonight between 6 and 7 PM and flagged the ride as time-sensitive so it goes '
            'on the first van out of the Easton yard.\n\nI\'m sorry about last time, that was the morning we lost two vans to '
            'the snow. If anything changes please call dispatch at 610-555-0100 option 1.\n\nSincerely,\nMarcus Bell\n'
            'Dispatcher, Harborline Ambulance & Medical Transport\n\n-----Original Message-----\n'
            'From: Denise Pruitt-Hall <dphall74@brightmailbox.net>\nSent: Wednesday, March 20, 2024 11:02 AM\n'
            'To: dispatch@harborlineems.com\nSubject: ride for my dad tomorrow\n\n' + orig)
    add('phi', 'care', 'Walter Pruitt', build(MARCUS, 'Denise Pruitt-Hall <dphall74@brightmailbox.net>',
        'RE: ride for my dad tomorrow', body, cc=DISPATCH, date=rdate(3, 20, 13),
        html=html_wrap(p2html(body))))

    # 004 case manager discharge stretcher request
    body = ('Good morning,\n\nRequesting stretcher transport home for Leonard Voss, 4 West rm 418, going home today. '
            'Ready after 1300 once pharmacy brings meds up.\n\nHome address: 1207 Sycamore St, 2nd floor apartment, '
            '14 steps no elevator. Wife (Arlene) will be home, 610-555-0294. He will need to be carried up - 2 person '
            'crew please, maybe a stair chair. He goes home on his own O2 concentrator which the DME company is '
            'delivering this morning, so just portable for the ride.\n\nPayer on facesheet is Keystone Mutual, I faxed '
            'the face sheet and signed PCS to 610-555-0199 at 0840.\n\nThanks,\nRachel Kim, RN\nCase Management, 4 West\n'
            'St. Agnes Regional Medical Center\nph 610-555-0455  pager 3321\n' + CONF_HOSP)
    add('phi', 'care', 'Leonard Voss', build('Rachel Kim <rkim@stagnesregional.org>', DISPATCH,
        'Stretcher home today 4W-418', body, date=rdate(4, 3, 9)))

    # 005 night-to-day dispatch handover with one patient item buried
    body = ('Day shift -\n\nQuiet-ish night. Notes:\n\n- Unit 12 check engine light again, parked it, Tony has the keys.\n'
            '- Fuel card for unit 4 declined at the Sheetz on 512, used the backup card.\n'
            '- Gloria Reyes called at 0215, she is staying at her sister\'s this week (41 Orchard Ln, Bethlehem Twp) '
            'so I changed her 0600 Riverbend pickup address for M/W/F through next Friday. Sister\'s # 610-555-0372. '
            'She asked for the same driver if possible, she does better with Luis.\n'
            '- St. Agnes ED called twice for BLS interfacility to Lehigh Heart, both went to County.\n'
            '- Need someone to restock the D cylinders in bay 2.\n\nThat\'s it. Going to bed.\n\nM.\n')
    add('phi', 'care', 'Gloria Reyes', build(MARCUS, 'Day Dispatch <daydispatch@harborlineems.com>',
        'overnight pass-on 3/27', body, date=rdate(3, 27, 6)))

    # 006 automated trip confirmation
    body = ('HARBORLINE AMBULANCE & MEDICAL TRANSPORT\nTrip Confirmation  #T-2404-11863\n\n'
            'Rider:        Anthony Delgado\nPhone:        (610) 555-0418\nDate:         Tue 04/16/2024\n'
            'Pickup:       09:10  -  77 Birch St Apt 3, Easton Falls PA\nDrop-off:     Lakeside Wound Care Center, '
            '900 Lakeside Dr Ste 110\nReturn:       Will call\nLevel:        Ambulatory van, door-through-door\n'
            'Escort:       1 (spouse)\nNotes:        bring his own cushion; uses cane\n\n'
            'To cancel or change this ride call 610-555-0100 at least 24 hours ahead.\n'
            'This is an automated message. Replies to this address are not monitored.\n')
    html = html_wrap('<h3 style="color:#0e3b70">Trip Confirmation #T-2404-11863</h3><table cellpadding="3">'
                     '<tr><td><b>Rider</b></td><td>Anthony Delgado</td></tr><tr><td><b>Phone</b></td><td>(610) 555-0418</td></tr>'
                     '<tr><td><b>Date</b></td><td>Tue 04/16/2024</td></tr><tr><td><b>Pickup</b></td><td>09:10 - 77 Birch St Apt 3, Easton Falls PA</td></tr>'
                     '<tr><td><b>Drop-off</b></td><td>Lakeside Wound Care Center, 900 Lakeside Dr Ste 110</td></tr>'
                     '<tr><td><b>Return</b></td><td>Will call</td></tr><tr><td><b>Level</b></td><td>Ambulatory van, door-through-door</td></tr>'
                     '<tr><td><b>Escort</b></td><td>1 (spouse)</td></tr><tr><td><b>Notes</b></td><td>bring his own cushion; uses cane</td></tr></table>'
                     '<p style="font-size:9pt;color:#666">This is an automated message. Replies to this address are not monitored.</p>')
    add('phi', 'care', 'Anthony Delgado', build('Harborline Trips <noreply@harborlineems.com>',
        'adelgado.fam@quillpost.net', 'Your ride is confirmed - Tue 04/16 09:10', body, html=html, date=rdate(4, 12, 14)))

    # 007 crew supervisor asks to hold standing orders
    body = ('Tiff can you put a hold on Mr. Okafor\'s standing rides (Chinedu Okafor, the Tues/Thurs/Sat 1130 to Riverbend '
            'from Parkview Apts)? Crew went up twice this week and no answer. Neighbor told Jolene he\'s been in St. Agnes since '
            'Sunday. Don\'t want to keep sending a van and eating the dry run.\n\nI left a msg with his nephew. When they call '
            'about discharge we\'ll restart.\n\nGreg\n')
    add('phi', 'care', 'Chinedu Okafor', build(GREG, TIFF, 'hold standing order', body, cc=JOLENE, date=rdate(2, 22, 10)))

    # 008 forwarded nursing home request, extra crew
    inner = ('Hi, this is Bonnie at Maple Court. Our resident Doris Kettleman has an appt at Northgate Orthopaedics on '
             'Tues 4/2 at 10:40 with Dr. Amari. She will need the bariatric stretcher again like last time and I think '
             'it took 4 people to get her in. She is on 1:1 for the trip so we are sending an aide with her (Keisha). '
             'Her POA is her niece, Linda Sorensen, who might meet you there.\n\nBonnie Trask, LPN\nUnit Coordinator, '
             'Maple Court Health & Rehab\n610-555-0520 x214\n')
    body = ('Greg - can we staff a 4 person lift for this? Bari unit (22) is the only one with the winch. '
            'I\'d need to pull Jolene off the 0900 dialysis run.\n\nDana\n\n---------- Forwarded message ---------\n'
            'From: Bonnie Trask <btrask@maplecourthealth.com>\nDate: Wed, Mar 27, 2024 at 3:12 PM\n'
            'Subject: bariatric appt 4/2\nTo: <dispatch@harborlineems.com>\n\n' + inner + SIG_DANA)
    add('phi', 'care', 'Doris Kettleman', build(DANA, GREG, 'Fwd: bariatric appt 4/2', body, date=rdate(3, 27, 16)))

# ================================================================ PHI : ids
def phi_ids():
    # 001 billing to broker, member id + trip id, no name
    body = ('Hello CareRoute provider relations,\n\nWe received a denial on the trip below stating "no prior authorization on file". '
            'Our dispatch log shows PA was issued by your call center on 2/9 (rep: Jamal, ref 88104). Could you please check '
            'and reprocess?\n\n  Broker Trip ID:  CR-4481920\n  Member ID:       7730041852\n  DOS:             02/11/2024\n'
            '  Leg:             A (home to Riverbend Dialysis)\n  Billed:          A0130 + S0215 x 6.4 mi\n\n'
            'Thank you,' + SIG_KIM + CONF)
    add('phi', 'ids', '', build(KIM, 'CareRoute Provider Relations <providers@careroutebroker.net>',
        'Reprocess request - Trip CR-4481920', body, date=rdate(3, 4, 11)))

    # 002 payer denial notice
    body = ('KEYSTONE MUTUAL HEALTH PLAN\nProvider Claim Status Notification\n\n'
            'Provider: HARBORLINE AMBULANCE & MEDICAL TRANSPORT   NPI 1649382750\n'
            'Claim #: 2024031500871\nSubscriber ID: KMH884120573-01\nPatient DOB: 06/14/1947\n'
            'Date(s) of Service: 03/01/2024\nBilled: $1,412.50     Allowed: $0.00     Paid: $0.00\n\n'
            'Line 1  A0428 RH  DENIED  CARC 50 - These are non-covered services because this is not deemed a '
            '"medical necessity" by the payer.\nLine 2  A0425 RH x 11  DENIED  CARC 50\n\n'
            'RARC N180 - This item or service does not meet the criteria for the category under which it was billed.\n\n'
            'You may submit a reconsideration within 180 days of this notice through the provider portal.\n'
            'Do not reply to this email.\n')
    add('phi', 'ids', '', build('Keystone Mutual Claims <claims-noreply@keystonemutualhp.com>', 'billing@harborlineems.com',
        'Claim status update - 2024031500871', body, date=rdate(3, 22, 3)))

    # 003 hospital: MRN + missing signature
    body = ('Hi Sharon,\n\nRe: MRN 00482217 - I pulled the PCS for the 3/14 transport to Lehigh Valley Pulmonary and you\'re right, '
            'the attending never signed it, only the resident. I\'ll get Dr. Castellano to sign today and re-fax to 610-555-0149.\n\n'
            'Thx,\nJen\n\nJennifer Obi\nPatient Access / Transport Coordinator\nSt. Agnes Regional Medical Center\n610-555-0461\n'
            '\n-----Original Message-----\nFrom: Sharon Whitfield <swhitfield@harborlineems.com>\nSent: Monday, March 25, 2024 9:14 AM\n'
            'To: Jennifer Obi <jobi@stagnesregional.org>\nSubject: PCS signature\n\n'
            'Jen, the PCS we got for MRN 00482217 (DOS 3/14) has no attending signature - Medicare will bounce it. '
            'Can you chase it?\n\nSharon\n' + CONF_HOSP)
    add('phi', 'ids', '', build('Jennifer Obi <jobi@stagnesregional.org>', SHARON, 'RE: PCS signature', body, date=rdate(3, 25, 14)))

    # 004 MBI check, initials only
    body = ('Priya,\n\nCan you run eligibility on MBI 4TQ7-HX2-NR58 before we book the repetitive scheduled runs? Pt initials R.T., '
            'dialysis 3x/wk starting 4/8 from Brookside Manor. Want to make sure he isn\'t in a Medicare Advantage plan now, '
            'the facility thinks he switched in January. If RSNAT prior auth is needed I need to start it today.\n\nThanks,\nTiff\n')
    add('phi', 'ids', 'R.T.', build(TIFF, PRIYA, 'elig check b4 booking', body, date=rdate(4, 1, 10)))

    # 005 account number and medicaid number, secondary billing
    body = ('Sharon - quick one. Acct 100293847 (run 24-011562, DOS 1/30). Primary Medicare paid 2/21, I billed the Medicaid '
            'secondary 2/22 under recipient # 94817265C but it rejected for "recipient not eligible on DOS". MA portal shows '
            'the card was active through 1/31 so something\'s off. Should I call or just rebill? Balance is $212.64.\n\n'
            '-P\n')
    add('phi', 'ids', '', build(PRIYA, SHARON, 'acct 100293847 MA secondary', body, date=rdate(3, 6, 15)))

    # 006 collections agency / small claims
    body = ('Dear Harborline Billing,\n\nRegarding your placed account HL-556120 (your run # 24-018833, DOS 03/02/2024, '
            'debtor DOB 11/03/1961), the responsible party has disputed the balance of $1,186.00 stating that the transport '
            'should have been covered by her auto insurer (claim # PIP-7730-2291-04). Per the FDCPA we have paused collection '
            'activity. Please provide the itemized statement and the crew\'s PCR by 04/15 so we can validate the debt.\n\n'
            'Our file #: 23-CV-0117\n\nRegards,\nT. Mendelsohn\nAccount Resolution Dept.\nKeller & Ashby Recovery Services\n'
            '(800) 555-0133\n\nThis communication is from a debt collector.\n')
    add('phi', 'ids', '', build('Keller & Ashby Recovery <resolutions@kellerashbyrecovery.com>', BILLING,
        'Validation request - HL-556120', body, date=rdate(3, 28, 11)))

    # 007 internal QA: PCR missing fields
    body = ('Luis,\n\nRun #24-020117 (3/18, the transfer from Brookside to St. Agnes ED) is stuck in billing hold. PCR is missing:\n'
            '  - insurance card pic (front and back)\n  - last 4 of SSN (pt gave it verbally? you wrote "6613?" in narrative)\n'
            '  - pt or rep signature - there\'s a blank sig box\n\nDOB on the PCR says 9/9/52 but facesheet says 9/9/1953, '
            'can you confirm which one you got from the pt?\n\nPlease fix in the ePCR by Friday so we can drop the claim.\n\n'
            'Thanks\nSharon' + '\n' + CONF)
    add('phi', 'ids', '', build(SHARON, LUIS, 'PCR 24-020117 billing hold', body, date=rdate(3, 20, 9)))

    # 008 attorney records request
    body = ('Dear Custodian of Records:\n\nThis office represents the individual identified below in connection with a motor '
            'vehicle collision. Enclosed please find a signed authorization. Please forward a complete copy of the '
            'ambulance run report, billing ledger and any dispatch audio for:\n\n   Date of birth: 04/22/1980\n'
            '   Date of incident: 01/06/2024\n   Your run number (per EOB): 24-000412\n   Pick-up location: I-78 EB near exit 71\n\n'
            'Kindly direct records and any invoice for copying charges to the undersigned.\n\n'
            'Very truly yours,\n\nMonica DeSantis, Paralegal\nFarrow Liebman LLP\n220 Hamilton St, Suite 900\n'
            'Allentown, PA 18101\nT 610-555-0811 | F 610-555-0812\n')
    att = make_pdf(['FARROW LIEBMAN LLP', '', 'AUTHORIZATION FOR RELEASE OF MEDICAL AND BILLING RECORDS', '',
                    'Patient DOB: 04/22/1980      Date(s) of service: 01/06/2024', 'Provider: Harborline Ambulance & Medical Transport',
                    'Records: run report, billing ledger, dispatch audio', 'Expires: one year from signature',
                    '', 'Signature of patient: ______ (signed)        Date: 03/11/2024'], title='Authorization')
    add('phi', 'ids', '', build('Monica DeSantis <mdesantis@farrowliebman.com>', 'records@harborlineems.com',
        'Records request - DOI 01/06/2024 - Run 24-000412', body, date=rdate(3, 12, 10),
        atts=[('authorization_scan.pdf', att, 'application', 'pdf')]))

# ================================================================ PHI : lang
CARMEN = 'Carmen Ortiz <cortiz@harborlineems.com>'

def phi_lang():
    # 001 Spanish - daughter + bilingual dispatcher reply
    orig = ('Buenas tardes,\n\nLes escribo por mi mamá, Rosa Elena Gutiérrez (fecha de nacimiento 12/05/1951). Ella va a diálisis '
            'en Riverbend los lunes, miércoles y viernes y la recogen a las 5:30 de la mañana. El viernes pasado el chofer no '
            'la ayudó a bajar la rampa y casi se cae. Ella ya no puede caminar bien desde que le amputaron el dedo del pie. '
            '¿Pueden mandar a alguien que la ayude hasta la puerta? Vive en 455 Ferry St, apartamento 2C.\n\n'
            'Gracias,\nYesenia Morales\n484-555-0236\n')
    body = ('Hola Sra. Morales,\n\nGracias por avisarnos y perdone lo que pasó el viernes. Ya puse una nota en los viajes de su mamá: '
            'asistencia de puerta a puerta, el chofer tiene que subir al 2C y bajarla por la rampa en la silla. También hablé con '
            'el supervisor de los choferes. Si vuelve a pasar, llámenos directamente al 610-555-0100 y marque 3 para español.\n\n'
            'Saludos,\nCarmen Ortiz\nDespacho / Programación\nHarborline Ambulance & Medical Transport\n\n'
            'El mar, 5 mar 2024 a las 19:22, Yesenia Morales <yesi.morales88@correoazul.net> escribió:\n' + quote(orig) + '\n')
    add('phi', 'lang', 'Rosa Elena Gutiérrez', build(CARMEN, 'Yesenia Morales <yesi.morales88@correoazul.net>',
        'RE: transporte de mi mamá a diálisis', body, date=rdate(3, 6, 10)))

    # 002 Vietnamese - patient himself, from phone
    body = ('Chào anh chị bên Harborline,\n\nTôi tên là Trần Văn Minh, tôi chạy thận ở Riverbend thứ Ba, thứ Năm và thứ Bảy. '
            'Sáng nay xe đến đón tôi trễ gần một tiếng, tôi bị mất giờ chạy thận và phải chờ đến ca chiều. Tôi bị tiểu đường '
            'và chân yếu, đứng ngoài trời lạnh lâu không được. Xin cho tôi hỏi có thể đổi giờ đón sớm hơn, khoảng 5 giờ 15 '
            'được không?\n\nSố điện thoại của tôi: 610-555-0348. Địa chỉ: 19 Mulberry Court, Easton Falls.\n\n'
            'Cảm ơn nhiều.\nMinh\n\nGửi từ iPhone của tôi\n')
    add('phi', 'lang', 'Trần Văn Minh', build('Minh Tran <minhtran.1956@quillpost.net>', DISPATCH,
        'xe đón trễ sáng nay', body, date=rdate(2, 15, 11)))

    # 003 Chinese - son about father's bill
    body = ('您好，\n\n我父亲李国华（Guohua Li，出生日期 1942年7月3日）在2月20日晚上因为胸口疼，从家里（88 Chestnut Ave）'
            '坐你们的救护车到 St. Agnes 医院急诊。这个月我们收到账单，金额是 $1,245.00，账号 HL-561907。\n\n'
            '他有 Medicare 和 Keystone Mutual 的补充保险，为什么还要我们自己付全部？是不是保险还没有处理？'
            '请帮忙查一下，他年纪大了，看不懂英文的信。如果需要保险卡的复印件，我可以发给你们。\n\n'
            '谢谢！\n李伟 (Wei Li)\n电话：610-555-0592\n')
    add('phi', 'lang', '李国华 (Guohua Li)', build('Wei Li <wei.li.pa@silkmail.net>', BILLING,
        '关于我父亲的救护车账单 HL-561907', body, date=rdate(3, 14, 20)))

    # 004 Russian - wife books wheelchair van
    body = ('Здравствуйте!\n\nМой муж, Виктор Сергеевич Белов, после инсульта передвигается только на инвалидной коляске. '
            'У него приём у невролога 9 апреля в 14:00 в Northgate Neurology (1550 Cedar Crest Blvd). Нам нужна машина '
            'с подъёмником для коляски туда и обратно. Адрес: 2704 Willow Creek Dr, кв. 5.\n\n'
            'Страховка — Medicaid, номер 58201946K. Я поеду вместе с ним, он плохо говорит после инсульта.\n\n'
            'Пожалуйста, подтвердите по телефону 610-555-0619 или ответьте на это письмо.\n\n'
            'С уважением,\nЛюдмила Белова\n')
    add('phi', 'lang', 'Виктор Сергеевич Белов', build('Lyudmila Belova <l.belova@vestnikmail.net>', DISPATCH,
        'Заказ машины для коляски 9 апреля', body, date=rdate(4, 2, 12)))

    # 005 Haitian Creole - daughter waiting on return ride
    body = ('Bonjou,\n\nMwen se pitit fi Marie-Claude Joseph. Manman m te gen randevou nan lopital St. Agnes jodi a pou '
            'tretman chimyo li, epi li fini depi 2è. Li toujou ap tann machin nan pou l retounen lakay li. Li fatige anpil '
            'epi li pa ka chita lontan. Tanpri voye yon moun vit. Li nan sal datant klinik onkoloji a, 2yèm etaj.\n\n'
            'Adrès lakay li: 63 Spruce St, Easton Falls.\n\nMèsi anpil,\nNadège Joseph\n610-555-0724\n\nVoye depi telefòn mwen\n')
    add('phi', 'lang', 'Marie-Claude Joseph', build('Nadege Joseph <nadegej@lakayonline.net>', DISPATCH,
        'manman m ap tann machin nan', body, date=rdate(3, 21, 15)))

    # 006 Tagalog - caregiver books wheelchair van
    body = ('Magandang umaga po,\n\nAko po si Marites, caregiver ni Lola Remedios Santos sa 14 Greenbriar Lane. May appointment '
            'po siya sa cardiologist (Dr. Hwang, Lehigh Heart Associates) sa Huwebes, April 11, 9:30 ng umaga. Kailangan po '
            'niya ng wheelchair van kasi hindi na po siya makalakad nang malayo at madali siyang hingalin. Sasama po ako sa '
            'kanya. Puwede po bang sunduin kami ng 8:45?\n\nAng Medicare number po niya ay nasa card, ipapadala ko po ang '
            'litrato kung kailangan.\n\nSalamat po,\nMarites Dumalag\n610-555-0815\n')
    add('phi', 'lang', 'Remedios Santos', build('Marites Dumalag <maritesd@pinoymail.net>', DISPATCH,
        'wheelchair van para kay Lola Remedios - April 11', body, date=rdate(4, 5, 8)))

    # 007 Portuguese - forwarded internally with one English line
    inner = ('Bom dia,\n\nMeu marido, João Batista Ferreira, teve alta do hospital St. Agnes ontem e precisa de transporte de '
             'maca para a fisioterapia na Lakeview Rehab toda segunda e quinta às 10h. Ele operou o quadril e o médico disse '
             'que ele ainda não pode ficar sentado. O plano é Keystone Mutual, carteirinha KMH552017784.\n\n'
             'Vocês precisam de algum formulário do médico? Moramos na 310 Canal St, casa dos fundos.\n\n'
             'Obrigada,\nFátima Ferreira\n(610) 555-0837\n')
    body = ('Anyone read Portuguese? I think she\'s asking for stretcher runs 2x/wk. Carmen?\n\nTiff\n\n'
            '-----Original Message-----\nFrom: Fatima Ferreira <fatimaf@ondaverde.net>\nSent: Thursday, April 4, 2024 8:17 AM\n'
            'To: dispatch@harborlineems.com\nSubject: transporte de maca - fisioterapia\n\n' + inner)
    add('phi', 'lang', 'João Batista Ferreira', build(TIFF, CARMEN, 'FW: transporte de maca - fisioterapia', body,
        date=rdate(4, 4, 9)))

    # 008 Korean - son changes mother's pickup time
    body = ('안녕하세요,\n\n저희 어머니 박순자 (Soon Ja Park, 생년월일 1939.08.15) 님이 Riverbend 투석 센터에서 다음 주부터 '
            '월/수/금 오후 타임으로 바뀌었습니다. 지금은 오전 6시에 픽업하는데, 4월 15일부터는 오후 12시 30분에 픽업해 '
            '주실 수 있을까요?\n\n어머니는 휠체어를 사용하시고 영어를 거의 못 하셔서, 기사님께서 도착하시면 저에게 먼저 '
            '전화해 주시면 감사하겠습니다. 주소는 그대로 (540 Aspen Way, Unit 12) 입니다.\n\n'
            '아들 박준호 드림\n267-555-0143\n')
    add('phi', 'lang', '박순자 (Soon Ja Park)', build('Junho Park <junho.park@hanbitmail.net>', DISPATCH,
        '투석 픽업 시간 변경 요청 (박순자)', body, date=rdate(4, 9, 21)))

# ================================================================ PHI : lists
def phi_lists():
    # 001 aligned run sheet in body
    rows = [('0500', 'Jenkins, Harold', '22 Linden Terr', 'WC', 'side ramp'),
            ('0515', 'Tran, Minh', '19 Mulberry Ct', 'AMB', 'call on arrival'),
            ('0530', 'Gutierrez, Rosa', '455 Ferry St #2C', 'WC', 'door-to-door, stairs'),
            ('0545', 'Haddad, Samir', '1190 N 7th St', 'STR', 'BLS, O2 2L'),
            ('0600', 'Reyes, Gloria', '41 Orchard Ln (temp)', 'WC', 'sister\'s house thru 4/5'),
            ('0615', 'Bauer, Kenneth', 'Brookside Manor rm 12', 'STR', 'PCS on file exp 4/30')]
    lines = ['TIME  PATIENT            PICKUP                   MODE  NOTES', '----  -----------------  -----------------------  ----  ---------------------']
    for r in rows:
        lines.append('%-5s %-18s %-24s %-5s %s' % r)
    body = ('Crews -\n\nTomorrow AM Riverbend runs (Wed 3/27). Units 3, 7 and 22. Haddad and Bauer go on 22 (stretcher).\n\n'
            + '\n'.join(lines) + '\n\nAll drop at Riverbend Dialysis, 600 Riverbend Pkwy. Returns are will-call after ~0930.\n'
            'Text me if anyone is not ready, do NOT just leave.\n\nDana\n')
    add('phi', 'lists', '; '.join(r[1] for r in rows), build(DANA, CREWCHIEFS, 'AM dialysis runs Wed 3/27', body,
        date=rdate(3, 26, 18)))

    # 002 CSV denial worklist attachment
    data = [['Claim#', 'Run#', 'Patient', 'DOB', 'DOS', 'Payer', 'HCPCS', 'Billed', 'CARC', 'Notes'],
            ['2024031500871', '24-014220', 'Ferraro, Joan', '06/14/1947', '03/01/2024', 'Keystone Mutual', 'A0428', '1412.50', '50', 'med nec - need PCS'],
            ['2024030700412', '24-012981', 'Lindqvist, Anders', '02/28/1939', '02/22/2024', 'Keystone Mutual', 'A0428', '986.00', '50', 'bed confined not documented'],
            ['MCR-22409183', '24-013377', 'Washington, Della', '10/10/1950', '02/26/2024', 'Medicare Part B', 'A0426', '1688.25', '16', 'missing origin modifier'],
            ['MCR-22410077', '24-013802', 'Haddad, Samir', '01/19/1958', '02/28/2024', 'Medicare Part B', 'A0428', '912.40', 'N/A', 'RSNAT PA needed'],
            ['CR-4481920', '24-010554', 'Pacheco, Luz', '07/07/1966', '02/11/2024', 'CareRoute (MA)', 'A0130', '74.20', '197', 'PA exists - reprocess'],
            ['2024031100239', '24-015006', 'Kowalski, Bernard', '12/01/1944', '03/05/2024', 'Keystone Mutual', 'A0428', '1102.75', '50', 'PCS unsigned']]
    body = ('Sharon,\n\nAttached is this week\'s denial worklist (6). Two of them are the PCS signature issue again from St. Agnes. '
            'I\'ll start on the Medicare ones tomorrow.\n' + SIG_KIM)
    add('phi', 'lists', '; '.join(r[2] for r in data[1:]), build(KIM, SHARON, 'denials wk of 3/18', body,
        atts=[('denials_wk0318.csv', to_csv(data), 'text', 'csv')], date=rdate(3, 22, 16)))

    # 003 XLSX attachment of discharge transport requests
    rows = [['Req date', 'Pt name', 'MRN', 'Unit/Rm', 'Destination', 'Level', 'Ready time', 'Payer', 'Comments'],
            ['04/08/2024', 'Voss, Leonard', '00471950', '4W-418', 'Home - 1207 Sycamore St', 'Stretcher', '13:00', 'Keystone Mutual', '2nd fl walk-up, O2'],
            ['04/08/2024', 'Amaro, Teresa', '00493371', '5E-502', 'Maple Court Health & Rehab', 'Stretcher', '11:30', 'Medicare', 'SNF admit'],
            ['04/09/2024', 'Grady, Thomas', '00388215', 'ICU-9', 'Lehigh Heart Institute', 'ALS', '08:00', 'Medicare', 'drip - ALS crew'],
            ['04/09/2024', 'Nwosu, Patience', '00502846', '3N-311', 'Home - 75 Quarry Rd', 'WC van', '14:00', 'Medicaid', 'family meeting'],
            ['04/10/2024', 'Hollis, Marjorie', '00419904', '4W-406', 'Brookside Manor', 'Stretcher', '10:00', 'Medicare', 'hospice eval pending']]
    body = ('Hi Dispatch,\n\nAttached are the scheduled discharges needing transport for Mon-Wed. Please confirm ETAs by reply '
            'so we can let the floors know. Grady will need ALS.\n\nThank you!\nJennifer Obi\nPatient Access / Transport Coordinator\n'
            'St. Agnes Regional Medical Center\n610-555-0461\n' + CONF_HOSP)
    add('phi', 'lists', '; '.join(r[1] for r in rows[1:]), build('Jennifer Obi <jobi@stagnesregional.org>', DISPATCH,
        'Discharge transports 4/8-4/10', body, cc=DANA,
        atts=[('DC_transport_requests_0408.xlsx', make_xlsx(rows, 'Requests'), 'application',
               'vnd.openxmlformats-officedocument.spreadsheetml.sheet')], date=rdate(4, 5, 15)))

    # 004 pipe table of expiring PCS
    pts = [('Bauer, Kenneth', '03/02/1941', 'Brookside Manor', '04/30/2024', 'Dr. Iyer'),
           ('Haddad, Samir', '01/19/1958', 'home', '04/12/2024', 'Dr. Castellano'),
           ('Lindqvist, Anders', '02/28/1939', 'Maple Court', '04/18/2024', 'Dr. Amari'),
           ('Washington, Della', '10/10/1950', 'home', '04/21/2024', 'Riverbend nephrology')]
    t = ['| Patient           | DOB        | Lives at        | PCS expires | Signing MD           |',
         '|-------------------|------------|-----------------|-------------|----------------------|']
    for p in pts:
        t.append('| %-17s | %s | %-15s | %s  | %-20s |' % p)
    body = ('Tiff/Dana,\n\nRepetitive stretcher pts whose 60-day PCS runs out this month. We can\'t bill any runs after the '
            'expiration w/o a new one, so please don\'t schedule past the date until I confirm we have it.\n\n'
            + '\n'.join(t) + '\n\nI faxed renewal requests to all 4 offices this morning.\n' + SIG_SHARON)
    add('phi', 'lists', '; '.join(p[0] for p in pts), build(SHARON, [TIFF, DANA], 'PCS expiring in April', body,
        date=rdate(4, 2, 11)))

    # 005 Name - DOB - reason no-show report to broker
    body = ('CareRoute NEMT Ops,\n\nNo-show / cancel-at-door report for week ending 3/16 per contract section 7.4:\n\n'
            'Luz Pacheco - 07/07/1966 - no answer at door 0640 3/12, member later said she had a ride from family\n'
            'Oscar Whitlock - 05/30/1971 - cancel at door 3/13, said he felt too sick to go to dialysis\n'
            'Chinedu Okafor - 11/21/1949 - no-show 3/14 and 3/16, admitted to St. Agnes per neighbor\n'
            'Brenda Sutcliffe - 09/02/1983 - no-show 3/15 methadone clinic run, phone disconnected\n\n'
            'Dry run claims for these will go out with Friday\'s batch.\n\nThank you,\nTiff Nguyen\nScheduling / NEMT desk\n'
            'Harborline Ambulance & Medical Transport\nBroker provider # HL-0337\n')
    add('phi', 'lists', 'Luz Pacheco; Oscar Whitlock; Chinedu Okafor; Brenda Sutcliffe', build(TIFF,
        'CareRoute NEMT Ops <nemtops@careroutebroker.net>', 'No-show report w/e 3/16 - HL-0337', body, date=rdate(3, 18, 10)))

    # 006 tab separated paste from nursing home
    tab = ('Resident\tRoom\tAppt date\tTime\tProvider\tMode\tEscort\n'
           'Kettleman, Doris\t118\t4/2\t10:40\tNorthgate Ortho - Dr. Amari\tBari stretcher\taide\n'
           'Lindqvist, Anders\t204\t4/3\t13:15\tValley Eye Associates\tWC\tnone\n'
           'Marsh, Evelyn\t214B\t4/4\t09:00\tLakeside Wound Care\tWC\tnone\n'
           'Pomeroy, Gerald\t231\t4/4\t11:30\tEaston Falls Urology\tWC\tson meeting\n'
           'Szabo, Ilona\t107\t4/5\t14:00\tLehigh Heart Associates\tStretcher\taide\n')
    body = ('Hi Tiff, here are our outside appointments for next week, pasted from our sheet. Please let me know if any '
            'times won\'t work.\n\n' + tab + '\nThank you!\nBonnie\n\nBonnie Trask, LPN\nUnit Coordinator, Maple Court Health & Rehab\n'
            '610-555-0520 x214 | fax 610-555-0529\n')
    add('phi', 'lists', 'Doris Kettleman; Anders Lindqvist; Evelyn Marsh; Gerald Pomeroy; Ilona Szabo',
        build('Bonnie Trask <btrask@maplecourthealth.com>', TIFF, 'Appts next week', body, date=rdate(3, 28, 13)))

    # 007 list deep in quoted thread
    q2 = ('Priya,\n\nThese four came back on the 277CA as rejected - subscriber ID not found. I think reg typed them off the '
          'old cards:\n\n  Run 24-016610  Gerald Pomeroy    DOB 04/14/1936  ID on claim: KMH77104452\n'
          '  Run 24-016702  Ilona Szabo       DOB 12/22/1940  ID on claim: KMH77190083\n'
          '  Run 24-016815  Teresa Amaro      DOB 03/09/1955  ID on claim: 5RK2WN7QA41\n'
          '  Run 24-016901  Thomas Grady      DOB 08/30/1948  ID on claim: KMH80211346\n\n'
          'Can you pull the facesheets and correct? \n\nKim\n')
    q1 = ('Kim - 3 of 4 fixed and resubmitted. Amaro has an MBI in the Keystone field, she\'s Medicare primary now, I '
          'moved it. Grady I still can\'t find in the portal.\n\nP\n\nOn Tue, Apr 9, 2024 at 10:12 AM Kim Delacroix '
          '<kdelacroix@harborlineems.com> wrote:\n' + quote(q2))
    body = ('ok, I\'ll call Keystone provider line about Grady.\n\nKim\n\nOn Tue, Apr 9, 2024 at 3:48 PM Priya Raman '
            '<praman@harborlineems.com> wrote:\n' + quote(q1) + '\n')
    add('phi', 'lists', 'Gerald Pomeroy; Ilona Szabo; Teresa Amaro; Thomas Grady', build(KIM, PRIYA,
        'Re: 277CA rejects', body, date=rdate(4, 9, 16)))

# ================================================================ PHI : names
def phi_names():
    # 001 medical director QA review
    body = ('Jolene, Ray,\n\nI reviewed your 2/27 run on Mr. Fairbanks (the chest pain from the Giant on Route 248). Nice job overall. '
            'Aspirin and the 12-lead were done within 10 minutes of patient contact and you transmitted to St. Agnes, which is '
            'why the cath lab was ready when you arrived. Two things for next time:\n\n'
            '1. You gave the second nitro with a pressure of 98 systolic. Protocol floor is 100, so document why if you go below it.\n'
            '2. The narrative doesn\'t say whether he took his own nitro before you got there. His wife mentioned it at the ED.\n\n'
            'FYI the ED says he had a stent placed in the LAD and is doing well on the cardiac floor.\n\n'
            'Let\'s talk at QA on the 14th.\n' + SIG_FOSTER)
    add('phi', 'names', 'Mr. Fairbanks', build(FOSTER, [JOLENE, RAY], 'QA review - 2/27 chest pain', body, cc=BEN,
        date=rdate(3, 4, 8)))

    # 002 name only in subject, signed PCS scan + blank back page
    body = ('Finally got it signed by Dr. Iyer\'s office. Good for 60 days from 3/5. Scan attached (2nd page is the back, blank).\n\nKim\n')
    pdf = make_pdf(['PHYSICIAN CERTIFICATION STATEMENT - NON-EMERGENCY AMBULANCE TRANSPORT', '',
                    'Patient: Bernard Kowalski        DOB: 12/01/1944', 'Origin: Brookside Manor   Destination: Riverbend Dialysis',
                    'Transport: repetitive, 3x weekly', '[X] Bed confined  [X] Requires monitoring  [ ] Ventilator',
                    'Condition: contractures both legs, cannot sit upright in wheelchair for transport',
                    'Certifying physician: R. Iyer, MD     NPI 1932054418', 'Signature: (signed)     Date: 03/05/2024'],
                   title='PCS scan')
    add('phi', 'names', 'Bernard Kowalski', build(KIM, [SHARON, TIFF], 'Kowalski, Bernard - PCS', body,
        atts=[('SCAN_0305_0912.pdf', pdf, 'application', 'pdf'), ('SCAN_0305_0912_p2.png', make_png(170, 220, 'blank'), 'image', 'png')],
        date=rdate(3, 6, 9)))

    # 003 nickname
    body = ('Greg,\n\nHeads up, Big Eddie fell again getting out of van 9 this morning at the Riverbend curb. Luis had the gait belt on '
            'him so he mostly sat down rather than fell but he scraped his shin pretty good on the lift edge and it was bleeding '
            'through his sock. Dialysis nurse cleaned it up. He\'s on blood thinners so they were a little worried.\n\n'
            'This is the 2nd time in a month. Honestly I think Eddie (Edward Lutz) needs to go stretcher now, he can\'t bear weight '
            'for the transfer. Can someone talk to his daughter / his doctor? I filled out the incident report in the portal.\n\n'
            'Jolene\n')
    add('phi', 'names', 'Edward Lutz', build(JOLENE, GREG, 'Eddie - another fall at curb', body, cc=DANA, date=rdate(3, 13, 11)))

    # 004 name only in quoted part
    orig = ('Tiff - can we give Mrs. Abernathy the earlier Tuesday slot? Her wound clinic appt moved to 8:30 and the '
            'home health nurse says the dressing on her foot needs to be changed there, so she can\'t be late. She is at '
            '9 Kestrel Ct.\n\nthanks, Marcus\n')
    body = ('yes that\'s fine, swap her with the Bethlehem pickup. done.\n\nT\n\n'
            'From: Marcus Bell <mbell@harborlineems.com>\nSent: Monday, April 1, 2024 4:05 PM\nTo: Tiffany Nguyen '
            '<tnguyen@harborlineems.com>\nSubject: tues slot\n\n' + orig)
    add('phi', 'names', 'Mrs. Abernathy', build(TIFF, MARCUS, 'RE: tues slot', body, date=rdate(4, 1, 16)))

    # 005 Last, First in prose from case manager
    body = ('Hi Dana,\n\nUpdating you on a couple of standing rides. Dunleavy, Margaret will need stretcher instead of the wheelchair '
            'van going forward - she had the hip pinned last week and ortho says non-weight-bearing for 6 weeks. She goes back '
            'to Brookside on Thursday and her dialysis schedule stays the same. I\'ll send a new PCS with the discharge packet.\n\n'
            'Also, please cancel Thursday\'s ride for Mr. Tobias Greene, he\'s being kept another day for a blood transfusion.\n\n'
            'Thanks so much,\nRachel\n\nRachel Kim, RN\nCase Management, 4 West\nSt. Agnes Regional Medical Center\n' + CONF_HOSP)
    add('phi', 'names', 'Margaret Dunleavy; Tobias Greene', build('Rachel Kim <rkim@stagnesregional.org>', DANA,
        'standing ride changes', body, date=rdate(3, 18, 14), html=html_wrap(p2html(body))))

    # 006 first name, facility, then full name later
    body = ('lol Jolene you have a fan club. Ruthie at Brookside asked for you again today, wanted to know if "the nice blonde girl" '
            'was coming Thursday. She was more confused than usual this trip, kept asking where her husband was and trying '
            'to take the oxygen off. Nurse said they\'re checking her for a UTI.\n\n'
            'Put a note in for Ruth Ann Greer\'s runs to keep the same crew when we can.\n\n-Luis\n' + MOBILE[2])
    add('phi', 'names', 'Ruth Ann Greer', build(LUIS, JOLENE, 'your biggest fan', body, date=rdate(3, 28, 14)))

    # 007 billing call note
    body = ('Sharon,\n\nMr. Castellanos called this afternoon, pretty upset. He got the $1,530 statement for the ALS transport on 1/29 '
            '(the seizure at his work). He says his employer told him workers\' comp would cover it and he doesn\'t understand why it '
            'came to him. He gave me the WC carrier name (Liberty Crest) but not a claim number yet. I put the account on a 30-day '
            'hold so it doesn\'t roll to collections. Can you make sure we bill the comp carrier once he calls back?\n\n'
            'He also asked if we could talk to his wife since she handles the bills. I told him he\'d need to put her on the '
            'authorized list first.\n' + SIG_PRIYA)
    add('phi', 'names', 'Mr. Castellanos', build(PRIYA, SHARON, 'angry call - Castellanos statement', body, date=rdate(3, 7, 15)))

    # 008 refusal / AMA
    body = ('Greg,\n\nWriting this up while fresh. 1410 call to 26 Hartman Rd for Mrs. Yoder, the bariatric pt we did last month. Daughter '
            'called 911 because she was "not herself" and sugar was 48 on the home meter. We gave oral glucose, she came up to 112 '
            'and was alert and oriented and refused transport. We explained risks, she signed the refusal, daughter witnessed. '
            'Med control (Dr. Foster) was contacted at 1432 and agreed.\n\nPCR is done. I\'m flagging it because the daughter says '
            'she\'s been skipping meals since her husband died and I\'m worried we\'ll be back. Can we do a welfare check referral?\n\n'
            'Ray Ostrowski, EMT-B\nUnit 5\n')
    add('phi', 'names', 'Mrs. Yoder', build(RAY, GREG, 'refusal 26 Hartman Rd', body, cc=FOSTER, date=rdate(4, 10, 15)))

# ================================================================ PHI : self
def phi_self():
    # 001 lowercase bill complaint
    body = ('hi i got a bill in the mail for $980 for the ambulance on march 3 when i went to st agnes from my house. my insurance is '
            'keystone mutual and they should of paid this, i gave the guys my card. account number on the bill says HL-566214. '
            'can someone call me back 484-555-0301 after 3pm\n\nthanks\ndarlene fisk\n')
    add('phi', 'self', 'Darlene Fisk', build('darlene fisk <dfisk1968@quillpost.net>', BILLING, 'bill question', body,
        date=rdate(4, 8, 19)))

    # 002 dialysis patient changes own pickup from phone
    body = ('Hi it\'s Samir Haddad. Riverbend moved me to 2nd shift starting Monday so I need pickup at 10:15 not 5:45. Same address. '
            'Also please tell the driver I have a new fistula in my left arm so don\'t grab that side when moving me.\n\n'
            'Samir' + MOBILE[0])
    add('phi', 'self', 'Samir Haddad', build('Samir Haddad <shaddad58@lanternmail.net>', DISPATCH, 'my pickup time', body,
        date=rdate(4, 11, 7)))

    # 003 member appeal letter with docx
    letter = ['Joan Ferraro', '7 Penn View Dr', 'Easton Falls, PA 18099', 'Member ID: KMH884120573-01', '', 'April 2, 2024', '',
              'Keystone Mutual Health Plan - Appeals Unit', '', 'Re: Claim 2024031500871, ambulance transport on March 1, 2024', '',
              'I am writing to appeal the denial of the ambulance trip I took on March 1 from my home to my lung doctor. '
              'I have been on oxygen 24 hours a day since November and cannot sit up for more than a few minutes without my '
              'oxygen level dropping. My doctor ordered the stretcher transport and signed the form. I cannot walk to a car.',
              '', 'Please reconsider. A copy of my doctor\'s letter is enclosed.', '', 'Sincerely,', 'Joan Ferraro']
    body = ('Dear Harborline billing,\n\nI got your letter that Keystone denied my ambulance ride on March 1 and that I can appeal. '
            'I wrote the letter below and attached it. Can you send it with whatever you send or do I mail it myself? My daughter '
            'helped me type it.\n\nThank you,\nJoan Ferraro\n610-555-0244\n')
    add('phi', 'self', 'Joan Ferraro', build('Joan Ferraro <jferraro.pv@brightmailbox.net>', KIM, 'my appeal for the March 1 ride', body,
        atts=[('Appeal letter Joan Ferraro.docx', make_docx(letter), 'application',
               'vnd.openxmlformats-officedocument.wordprocessingml.document')], date=rdate(4, 2, 13)))

    # 004 employee (EMT) about own workers comp injury
    body = ('Angela,\n\nFollowing up on my injury report from 3/9 (lifting the stretcher at Brookside). I saw the occ health doctor at '
            'WorkWell yesterday. They said it\'s a lumbar strain with some sciatica down my right leg, no lifting over 20 lbs for 2 '
            'weeks and PT twice a week. The note is attached as a photo - sorry it\'s crooked. WC claim # from the carrier is '
            'LC-24-0093817.\n\nCan I do light duty in dispatch while I\'m restricted? I really don\'t want to burn my PTO.\n\n'
            'Thanks,\nLuis Arroyo\nEMT, B shift\n' + MOBILE[1])
    add('phi', 'self', 'Luis Arroyo', build('Luis Arroyo <luis.arroyo.emt@lanternmail.net>', ANGELA, 'my WC claim / light duty', body,
        atts=[('IMG_4471.png', make_png(160, 200, 'blank'), 'image', 'png')], date=rdate(3, 12, 18)))

    # 005 request for own run report for disability claim
    body = ('To whom it may concern,\n\nI would like a copy of my ambulance report from January 17, 2024. You took me from Easton Falls '
            'Family Practice to St. Agnes when I passed out at my appointment. I need it for my short-term disability claim with my '
            'employer. My date of birth is 02/26/1979 and my address at the time was 1842 Brodhead Ave.\n\n'
            'Please tell me if there is a form I need to sign or a fee.\n\nRegards,\nKeisha Montgomery\n(610) 555-0952\n')
    add('phi', 'self', 'Keisha Montgomery', build('Keisha Montgomery <kmontgomery@fernwoodmail.com>', 'records@harborlineems.com',
        'Request for copy of my ambulance report', body, date=rdate(3, 3, 12)))

    # 006 thank you + next ride after knee replacement (lowercase, short)
    body = ('just wanted to say thanks to the 2 guys who brought me home from lakeview rehab yesterday, they were so careful with my '
            'new knee going up the steps. i still cant bend it much. do i call you or does lakeview set up the ride to my '
            'follow up with dr. pham on the 23rd? \n\n- walt (walter brennan, 66 ridge rd)\n')
    add('phi', 'self', 'Walter Brennan', build('walt brennan <wbrennan66@quillpost.net>', DISPATCH, 'thank you', body,
        date=rdate(4, 12, 10)))

    # 007 Medicaid member asking about coverage
    body = ('Hello,\n\nI have Medicaid through Lehigh Community Health Plan, member # 41029587K. My doctor wants me to go to physical '
            'therapy 3 times a week for 8 weeks after my stroke and I am in a wheelchair now. Does my plan pay for your wheelchair van '
            'or do I have to go through CareRoute? I called CareRoute and they said you are in their network. I do not want to get a '
            'bill I cannot pay.\n\nThank you for your help.\nAlberto Quiñones\n2290 Lafayette St, Easton Falls PA\n610-555-0661\n')
    add('phi', 'self', 'Alberto Quiñones', build('Alberto Quinones <aquinones2290@correoazul.net>', BILLING,
        'does medicaid cover wheelchair van?', body, date=rdate(3, 29, 10)))

# ================================================================ PHI : struct
def _isa(sender, receiver, d, t, ctl, gs_code, ver):
    isa = 'ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:' % (sender, receiver, d[2:], t, ctl)
    gs = 'GS*%s*%s*%s*%s*%s*%d*X*%s' % (gs_code, sender.strip(), receiver.strip(), d, t, ctl, ver)
    return isa, gs

def _x12(sender, receiver, d, t, ctl, gs_code, st_code, ver, segs):
    isa, gs = _isa(sender, receiver, d, t, ctl, gs_code, ver)
    st = 'ST*%s*0001*%s' % (st_code, ver)
    body = [st] + segs
    se = 'SE*%d*0001' % (len(body) + 1)
    out = [isa, gs] + body + [se, 'GE*1*%d' % ctl, 'IEA*1*%09d' % ctl]
    return '~\n'.join(out) + '~\n'

def phi_struct():
    # 001 HL7 ADT^A03 in body with cover note
    hl7 = '\r'.join([
        'MSH|^~\\&|EPICADT|STAGNES|TRANSPORTQ|HARBORLINE|20240408121502||ADT^A03^ADT_A03|MSG000118822|P|2.5.1',
        'EVN|A03|20240408121500',
        'PID|1||00471950^^^STAGNES^MR||VOSS^LEONARD^J||19440919|M|||1207 SYCAMORE ST^APT 2^EASTON FALLS^PA^18099||(610)555-0294|||M||A2404011189',
        'PV1|1|I|4W^418^A^STAGNES||||1122334455^CASTELLANO^MARCO^^^^MD|||MED||||||||I|A2404011189|||||||||||||||||01|HOME||||||20240404174500|20240408121500',
        'DG1|1||J44.1^CHRONIC OBSTRUCTIVE PULMONARY DISEASE W ACUTE EXACERBATION^I10|||F',
        'IN1|1|KMHP01|KMHP01|KEYSTONE MUTUAL HEALTH PLAN|||||||||||VOSS^LEONARD^J|01|19440919|||||||||||||||||||KMH71220459',
        'ZTR|STRETCHER|O2 2L NC|2 PERSON CARRY|READY 1300'])
    body = ('Hi Greg,\n\nThis is the A03 that should have created a transport request in your queue Monday but didn\'t. Raw message '
            'below (from our engine log). Our side shows ACK AA from your listener at 12:15:03, so I think it\'s getting dropped after '
            'it hits your interface - maybe the ZTR segment? We added it in the last build.\n\n' + hl7.replace('\r', '\n') +
            '\n\nLet me know if you want me to resend.\n\nDevon Hardesty\nIntegration Analyst, IS Interfaces\nSt. Agnes Regional Health\n'
            '610-555-0490\n' + CONF_HOSP)
    add('phi', 'struct', 'Leonard Voss', build('Devon Hardesty <dhardesty@stagnesregional.org>', GREG, 'A03 not creating transport request',
        body, cc=ITDESK, date=rdate(4, 10, 11)))

    # 002 837P attachment with clearinghouse cover note
    segs = ['BHT*0019*00*HL240315A*20240315*1422*CH',
            'NM1*41*2*HARBORLINE AMBULANCE AND MEDICAL TRANSPORT*****46*HL0337',
            'PER*IC*SHARON WHITFIELD*TE*6105550140',
            'NM1*40*2*KEYSTONE MUTUAL HEALTH PLAN*****46*KMHP01',
            'HL*1**20*1', 'NM1*85*2*HARBORLINE AMBULANCE AND MEDICAL TRANSPORT*****XX*1649382750',
            'N3*1480 FOUNDRY ROAD', 'N4*EASTON FALLS*PA*18099', 'REF*EI*237714402',
            'HL*2*1*22*0', 'SBR*P*18*******CI',
            'NM1*IL*1*FERRARO*JOAN****MI*KMH884120573', 'N3*7 PENN VIEW DR', 'N4*EASTON FALLS*PA*18099',
            'DMG*D8*19470614*F', 'NM1*PR*2*KEYSTONE MUTUAL HEALTH PLAN*****PI*KMHP01',
            'CLM*24014220*1412.5***41:B:1*Y*A*Y*Y', 'CR1*LB*165**A*DH*11',
            'CRC*07*Y*04*09', 'HI*ABK:J9611*ABF:Z9981',
            'NM1*PW*2', 'N3*7 PENN VIEW DR', 'N4*EASTON FALLS*PA*18099',
            'NM1*45*2*LEHIGH VALLEY PULMONARY', 'N3*2100 MACARTHUR RD STE 300', 'N4*WHITEHALL*PA*18052',
            'LX*1', 'SV1*HC:A0428:RH*1100*UN*1***1', 'DTP*472*D8*20240301',
            'LX*2', 'SV1*HC:A0425:RH*312.5*UN*11***1', 'DTP*472*D8*20240301']
    x = _x12('HARBORLINE', 'KEYSTONEMH', '20240315', '1422', 4417, 'HC', '837', '005010X222A1', segs)
    body = ('ClaimBridge Submission Report\n\nBatch: HL0337-20240315-04  Claims: 1  Total charges: $1,412.50\n'
            'Status: ACCEPTED (999 AK9*A)\n\nA copy of the submitted file is attached for your records.\n\n'
            'ClaimBridge Clearinghouse Services | support@claimbridgeedi.com | 1-800-555-0177\n')
    add('phi', 'struct', 'Joan Ferraro', build('ClaimBridge Reports <reports@claimbridgeedi.com>', SHARON,
        '[ClaimBridge] Batch HL0337-20240315-04 accepted', body,
        atts=[('HL0337_20240315_04.837', x, 'text', 'plain')], date=rdate(3, 15, 14)))

    # 003 835 remittance attachment
    segs = ['BPR*I*2140.18*C*ACH*CCP*01*031000053*DA*4410298811*1231234567**01*031309123*DA*7702144910*20240322',
            'TRN*1*EFT000771245*1231234567', 'DTM*405*20240320',
            'N1*PR*KEYSTONE MUTUAL HEALTH PLAN', 'N3*PO BOX 88210', 'N4*HARRISBURG*PA*17106',
            'N1*PE*HARBORLINE AMBULANCE AND MEDICAL TRANSPORT*XX*1649382750',
            'LX*1',
            'CLP*24014220*4*1412.5*0*0*12*2024031500871*41*1', 'NM1*QC*1*FERRARO*JOAN****MI*KMH884120573',
            'DTM*232*20240301', 'SVC*HC:A0428:RH*1100*0**1', 'CAS*CO*50*1100', 'SVC*HC:A0425:RH*312.5*0**11', 'CAS*CO*50*312.5',
            'CLP*24013377*1*1688.25*1244.6*0*12*2024030900177*41*1', 'NM1*QC*1*WASHINGTON*DELLA*M***MI*KMH60412287',
            'DTM*232*20240226', 'SVC*HC:A0426:RH*1350*1012.4**1', 'CAS*CO*45*337.6', 'SVC*HC:A0425:RH*338.25*232.2**15', 'CAS*CO*45*106.05',
            'CLP*24015006*1*1102.75*895.58*0*12*2024031100239*41*1', 'NM1*QC*1*KOWALSKI*BERNARD****MI*KMH59921045',
            'DTM*232*20240305', 'SVC*HC:A0428:NH*900*731.33**1', 'CAS*CO*45*168.67', 'SVC*HC:A0425:NH*202.75*164.25**9', 'CAS*CO*45*38.5']
    x = _x12('KEYSTONEMH', 'HARBORLINE', '20240320', '0215', 90311, 'HP', '835', '005010X221A1', segs)
    body = ('Priya - 835 from Keystone for the 3/22 EFT ($2,140.18). Ferraro zero-paid again (CO-50), Kim already has it on the appeal list. '
            'Other two posted.\n\nSharon\n')
    add('phi', 'struct', 'Joan Ferraro; Della Washington; Bernard Kowalski', build(SHARON, PRIYA, 'Keystone ERA 3/22', body, cc=KIM,
        atts=[('KMHP_ERA_20240320.835.txt', x, 'text', 'plain')], date=rdate(3, 22, 9)))

    # 004 FHIR bundle from hospital app
    bundle = {
        'resourceType': 'Bundle', 'type': 'collection', 'timestamp': '2024-04-09T07:42:10-05:00',
        'entry': [
            {'resource': {'resourceType': 'Patient', 'id': 'pt-00388215',
                          'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.8810.1', 'value': '00388215', 'type': {'text': 'MRN'}}],
                          'name': [{'family': 'Grady', 'given': ['Thomas', 'E']}], 'gender': 'male', 'birthDate': '1948-08-30',
                          'telecom': [{'system': 'phone', 'value': '610-555-0377', 'use': 'home'}],
                          'address': [{'line': ['14 Quarry View Ln'], 'city': 'Easton Falls', 'state': 'PA', 'postalCode': '18099'}]}},
            {'resource': {'resourceType': 'ServiceRequest', 'id': 'sr-77120', 'status': 'active', 'intent': 'order',
                          'code': {'text': 'Interfacility transport - ALS'},
                          'subject': {'reference': 'Patient/pt-00388215'},
                          'occurrenceDateTime': '2024-04-09T08:00:00-05:00',
                          'reasonCode': [{'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm', 'code': 'I21.4',
                                                      'display': 'Non-ST elevation (NSTEMI) myocardial infarction'}]}],
                          'note': [{'text': 'Heparin gtt 1000 units/hr, needs ALS crew. Accepting: Dr. Saleh, Lehigh Heart Institute CVICU bed 6'}],
                          'requester': {'display': 'ICU charge RN, St. Agnes'}}},
            {'resource': {'resourceType': 'Coverage', 'id': 'cov-1', 'status': 'active',
                          'subscriberId': '7GH3RJ2WD64', 'payor': [{'display': 'Medicare Part B'}],
                          'beneficiary': {'reference': 'Patient/pt-00388215'}}}]}
    body = ('Transport request submitted through St. Agnes TransferLink.\n\nRequest #: TL-240409-0031\nPriority: Scheduled - 08:00\n'
            'Level: ALS\nFrom: St. Agnes Regional Medical Center ICU\nTo: Lehigh Heart Institute\n\n'
            'The structured request is attached (FHIR R4 JSON). Please accept or decline in the TransferLink portal.\n')
    add('phi', 'struct', 'Thomas Grady', build('TransferLink <no-reply@stagnesregional.org>', DISPATCH,
        'New transport request TL-240409-0031 (ALS)', body,
        atts=[('TL-240409-0031.json', json.dumps(bundle, indent=2), 'application', 'json')], date=rdate(4, 9, 7)))

    # 005 dispatch app JSON pasted in bug report to vendor
    trip = {'trip_id': 'T-2403-10277', 'status': 'ASSIGNED', 'unit': 'V09', 'service_level': 'AMB',
            'rider': {'name': 'Della Washington', 'dob': '1950-10-10', 'phone': '+16105550416',
                      'mobility': 'WHEELCHAIR_OWN', 'weight_lbs': 210},
            'pickup': {'addr': '88 Delaware Dr, Easton Falls PA 18099', 'window_start': '2024-03-19T05:30:00-04:00'},
            'dropoff': {'name': 'Riverbend Dialysis', 'addr': '600 Riverbend Pkwy'},
            'payer': {'plan': 'Keystone Mutual', 'member_id': 'KMH60412287'},
            'notes': 'standing order MWF dialysis; needs lift van; PCS on file',
            'created_by': 'tnguyen', 'updated_at': '2024-03-18T21:04:55Z'}
    body = ('Hi RouteMedic support,\n\nWe\'re seeing service_level flip from WCV back to AMB on standing orders after the nightly '
            'recurrence job. This one went out on an ambulatory sedan this morning and the rider uses a wheelchair, driver had to '
            'call for a lift van and she missed her chair time. JSON from the trip detail API below:\n\n'
            + json.dumps(trip, indent=2) + '\n\nThis is the 3rd one this week. Ticket priority high please.\n\n' + SIG_GREG)
    add('phi', 'struct', 'Della Washington', build(GREG, 'RouteMedic Support <support@routemedic.net>',
        'service_level reverting on recurring trips - urgent', body, cc=TIFF, date=rdate(3, 19, 8)))

    # 006 pipe-delimited broker manifest attachment
    man = ['TRIPID|MEMBERID|LAST|FIRST|DOB|PHONE|PU_ADDR|PU_TIME|DO_NAME|APPT|MODE|NOTES',
           'CR-4490117|7730041852|PACHECO|LUZ|19660707|6105550722|312 N 4TH ST APT 1 EASTON FALLS PA|0640|RIVERBEND DIALYSIS|0730|AMB|',
           'CR-4490118|7731190026|WHITLOCK|OSCAR|19710530|6105550815|77 HILLCREST AVE EASTON FALLS PA|0700|RIVERBEND DIALYSIS|0745|WCV|OWN WC',
           'CR-4490204|7729004417|SUTCLIFFE|BRENDA|19830902|4845550190|19 MILL RACE RD WILSON PA|0815|NEW PATH TREATMENT CTR|0900|AMB|DAILY DOSING',
           'CR-4490311|7733218805|QUINONES|ALBERTO|19620414|6105550661|2290 LAFAYETTE ST EASTON FALLS PA|1030|LAKEVIEW REHAB OP PT|1115|WCV|STROKE - LIFT VAN',
           'CR-4490312|7733218805|QUINONES|ALBERTO|19620414|6105550661|LAKEVIEW REHAB OP PT|1230|HOME|1300|WCV|RETURN']
    body = ('Attached is your trip manifest for service date 04/03/2024 (5 legs). Please confirm acceptance in the provider portal by 18:00. '
            'Unconfirmed trips will be reassigned.\n\nCareRoute NEMT Operations\n')
    add('phi', 'struct', 'Luz Pacheco; Oscar Whitlock; Brenda Sutcliffe; Alberto Quiñones', build(
        'CareRoute Manifests <manifests@careroutebroker.net>', TIFF, 'Trip manifest HL-0337 04/03/2024', body,
        atts=[('HL0337_20240403.txt', '\n'.join(man) + '\n', 'text', 'plain')], date=rdate(4, 2, 14)))

    # 007 271 eligibility response in body
    segs = ['BHT*0022*11*ELG2404010933*20240401*0933',
            'HL*1**20*1', 'NM1*PR*2*KEYSTONE MUTUAL HEALTH PLAN*****PI*KMHP01',
            'HL*2*1*21*1', 'NM1*1P*2*HARBORLINE AMBULANCE AND MEDICAL TRANSPORT*****XX*1649382750',
            'HL*3*2*22*0', 'TRN*2*ELG2404010933*1649382750',
            'NM1*IL*1*BAUER*KENNETH*R***MI*KMH60033918', 'N3*BROOKSIDE MANOR*450 BROOKSIDE RD', 'N4*EASTON FALLS*PA*18099',
            'DMG*D8*19410302*M', 'DTP*346*D8*20240101',
            'EB*1*IND*30**MEDICARE ADVANTAGE PPO', 'EB*B*IND*30***27*250',
            'EB*CB*IND*30', 'MSG*NON-EMERGENT AMBULANCE REQUIRES PRIOR AUTHORIZATION - CALL 800-555-0164',
            'EB*C*IND*30***23*1500', 'EB*G*IND*30***23*5900']
    x = _x12('KEYSTONEMH', 'HARBORLINE', '20240401', '0933', 5521, 'HB', '271', '005010X279A1', segs)
    body = ('Tiff - see below, Bauer is Keystone MA now, not straight Medicare. So yes PA required for the dialysis runs. $250 copay per '
            'trip too which the family is not going to like. I\'ll start the auth.\n\n' + x + '\nP\n')
    add('phi', 'struct', 'Kenneth Bauer', build(PRIYA, TIFF, '271 back - Bauer', body, date=rdate(4, 1, 11)))

# ================================================================ CLEAN : admin
def clean_admin():
    # 001 fleet OOS
    body = ('All,\n\nUnit 14 is out of service until further notice - the Stryker Power-LOAD failed its PM this morning (latch sensor fault) '
            'and Stryker can\'t get a tech here until Thursday. Unit 22 (bariatric) is also down for the rear lift pump.\n\n'
            'Spare 31 is in service as a BLS truck. It has the older manual cot, so plan 2-person lifts. O2 bracket in 31 is loose, '
            'I zip-tied it for now - check it on your truck check.\n\nReminder: do NOT put a unit back in service yourself after a '
            'red-tag. Call me.\n' + SIG_TONY)
    add('clean', 'admin', '', build(TONY, [DISPATCH, CREWCHIEFS], 'Unit 14 and 22 OOS', body, cc=GREG, date=rdate(3, 11, 7)))

    # 002 supplies order with csv
    rows = [['Item', 'Vendor #', 'Qty', 'Unit', 'Notes'],
            ['O2 cylinder D (refill)', 'AG-D-REF', 40, 'ea', 'swap at Airgas Tues'],
            ['O2 cylinder E (refill)', 'AG-E-REF', 18, 'ea', ''],
            ['Nitrile gloves L', 'BD-4412-L', 30, 'box', 'backorder on M - sub L'],
            ['N95 1870+', 'MM-1870P', 4, 'case', 'fit-test stock'],
            ['Non-rebreather adult', 'BD-NRB-A', 50, 'ea', ''],
            ['Cot sheets disposable', 'BD-CS-100', 6, 'case', ''],
            ['Emesis bags', 'BD-EB-24', 5, 'case', '']]
    body = ('Greg,\n\nHere is this week\'s supply order for approval. Total est. $3,184.20. The glove shortage is still going on, '
            'I subbed large for medium.\n\nOrder goes to Bound Tree by noon Wednesday if you approve.\n\nThanks,\nDeb Lasko\nSupply & Logistics\n')
    add('clean', 'admin', '', build('Deb Lasko <dlasko@harborlineems.com>', GREG, 'supply order wk 14 - approval', body,
        atts=[('supply_order_wk14.csv', to_csv(rows), 'text', 'csv')], date=rdate(4, 1, 9)))

    # 003 billing policy change
    body = ('Team,\n\nEffective April 1, Keystone Mutual will require a signed PCS dated no more than 60 days before the DOS for ALL '
            'non-emergency stretcher transports, not just repetitive ones. Claims without one will deny CO-50 with no reconsideration. '
            'A few reminders:\n\n- Origin/destination modifiers (RH, HR, NH, etc.) must match the trip. Dialysis is "J".\n'
            '- Bed-confined means all three: unable to get up from bed without assistance, unable to ambulate, and unable to sit in '
            'a chair or wheelchair. "Weak" or "fall risk" alone does not meet it.\n'
            '- Dispatch: if the facility cannot fax a PCS before pickup, note it in the trip and we will chase it.\n\n'
            'I\'ll go over this at Thursday\'s huddle.\n' + SIG_SHARON + CONF)
    add('clean', 'admin', '', build(SHARON, [KIM, PRIYA, DISPATCH], 'Keystone PCS requirement eff 4/1', body, date=rdate(3, 25, 10),
        html=html_wrap(p2html(body))))

    # 004 IT CAD downtime notice
    body = ('*** PLANNED DOWNTIME ***\n\nSystem: RouteMedic CAD / scheduling and the ePCR sync server\nWhen: Sunday 3/17, 02:00 - 04:00\n'
            'Impact: Trip board will be read-only. Tablets will keep recording PCRs offline and sync afterwards.\n\n'
            'Dispatch: print the paper run log at 01:45 and use the downtime binder (blue, top shelf). Crews: do not force-close the '
            'ePCR app during the window.\n\nQuestions: helpdesk@harborlineems.com or x5000.\n\nHarborline IT\n')
    add('clean', 'admin', '', build(ITDESK, ALLSTAFF, 'PLANNED DOWNTIME Sun 3/17 0200-0400 - CAD/ePCR', body, date=rdate(3, 13, 16)))

    # 005 QA meeting agenda with ics
    start = datetime.datetime(2024, 3, 14, 14, 0, tzinfo=TZ)
    ics = make_ics('qa-20240314@harborlineems.com', start, start + datetime.timedelta(hours=1, minutes=30),
                   'Monthly Clinical QA/QI', 'Training Room B, 1480 Foundry Rd',
                   'Agenda: cardiac arrest ROSC rates, stroke scale documentation, refusal audits, narcotics log', 'efoster@harborlineems.com')
    body = ('Monthly clinical QA/QI is Thursday at 1400 in Training Room B.\n\nAgenda\n1. Q1 cardiac arrest data - ROSC and '
            'time-to-first-shock\n2. BE-FAST / stroke scale documentation audit (we are at 71%, target 90)\n3. Refusal audit - '
            '10% sample, missing capacity assessments\n4. Controlled substance log discrepancies (unit 3 box)\n5. Protocol update: '
            'TXA for trauma\n\nCrew chiefs please bring one case for open discussion (de-identified).\n' + SIG_FOSTER)
    add('clean', 'admin', '', build(FOSTER, [CREWCHIEFS, BEN, GREG], 'QA/QI meeting 3/14 - agenda', body,
        atts=[('invite.ics', ics, 'text', 'calendar')], date=rdate(3, 8, 12)))

    # 006 payer contract terms
    body = ('Greg, Sharon,\n\nAttached is the redline for the 2024-2026 ambulance services agreement. Summary of rate terms as '
            'proposed:\n\n  A0428 BLS non-emergency       $412.00 base\n  A0429 BLS emergency           $587.00 base\n'
            '  A0427 ALS1 emergency          $701.00 base\n  A0433 ALS2                    $1,014.00 base\n'
            '  A0425 ground mileage          $12.40 / loaded mile\n  Rural add-on                  +3%\n\n'
            'Timely filing stays at 180 days. Prior authorization for scheduled non-emergent transports moves to 5 business days '
            'advance notice (Section 4.2). Please send comments by April 12.\n\nRegards,\nNora Castellane\nProvider Contracting\n'
            'Keystone Mutual Health Plan\n717-555-0102\n')
    add('clean', 'admin', '', build('Nora Castellane <ncastellane@keystonemutualhp.com>', [GREG, SHARON],
        'Harborline agreement - 2024 redline', body, date=rdate(3, 29, 15),
        atts=[('Harborline_ASA_2024_redline.docx', make_docx([
            'AMBULANCE SERVICES AGREEMENT - 2024 RENEWAL (DRAFT)', 'Section 3. Compensation',
            '3.1 Provider shall be reimbursed per Exhibit B fee schedule for covered ground ambulance services.',
            '3.2 Mileage is payable for loaded miles only, rounded up to the nearest tenth of a mile.',
            'Section 4. Utilization Management',
            '4.2 Scheduled non-emergent transports require prior authorization at least five (5) business days in advance.',
            'Section 7. Term', '7.1 This Agreement shall be effective May 1, 2024 through April 30, 2026.']),
            'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')]))

    # 007 facilities decon room
    body = ('Hi all,\n\nThe garage bay door on bay 3 is getting the new opener Tuesday 4/16 between 9 and 1, so back trucks into '
            'bays 1-2 that morning. The decon room will also be closed Tues afternoon for the floor drain repair - use the '
            'portable decon kit for any isolation cleanings (Cavi-wipes and the Oxivir spray, 1 min contact time) and log them '
            'on the clipboard.\n\nThanks for your patience.\n\nPam Greer\nFacilities Coordinator\n')
    add('clean', 'admin', '', build('Pam Greer <pgreer@harborlineems.com>', ALLSTAFF, 'bay 3 door + decon room closed Tues',
        body, date=rdate(4, 12, 13)))

# ================================================================ CLEAN : lookalike
def clean_lookalike():
    # 001 invoice with lot, NDC, PO
    body = ('MERIDIAN MEDICAL SUPPLY CO.\nINVOICE  INV-00884127\n\nBill to: Harborline Ambulance & Medical Transport\n'
            'Account #: 40-118273     PO #: HL-PO-2024-0318     Ship date: 03/19/2024\nTracking: 1Z 8W4 71E 03 5521 6607\n\n'
            'Line  Item                              NDC / Cat#       Lot        Exp      Qty   Ext\n'
            '1     Naloxone 4 mg nasal spray         69547-0353-02    NX3304A    08/2026  12    $564.00\n'
            '2     Epinephrine 1 mg/10 mL syringe    0409-4921-34     EP11829    11/2025  20    $412.80\n'
            '3     Aspirin 81 mg chewable 36ct       0904-6785-73     AS92017    02/2027  10    $31.50\n'
            '4     Dextrose 10% 250 mL               0338-0017-02     DX4471B    06/2025  8     $76.00\n'
            '5     IO needle set 25mm                9001-P           IO20931    04/2028  5     $645.00\n\n'
            'Subtotal $1,729.30   Freight $0.00   Total $1,729.30   Terms Net 30\nRemit to: PO Box 40921, Columbus OH 43240\n')
    add('clean', 'lookalike', '', build('AR Invoices <ar@meridianmedsupply.com>', 'ap@harborlineems.com',
        'Invoice INV-00884127 for PO HL-PO-2024-0318', body, date=rdate(3, 19, 17)))

    # 002 phone/fax directory
    body = ('Updated facility contact sheet for the dispatch desk. Please replace the one taped to the console.\n\n'
            'FACILITY                          MAIN           TRANSPORT/CM   FAX\n'
            'St. Agnes Regional - ED           610-555-0400   610-555-0461   610-555-0469\n'
            'St. Agnes Regional - 4 West CM    610-555-0455   pager 3321     610-555-0459\n'
            'Riverbend Dialysis - Easton Falls 610-555-0311   610-555-0311   610-555-0312\n'
            'Maple Court Health & Rehab        610-555-0520   x214           610-555-0529\n'
            'Brookside Manor                   610-555-0540   x3             610-555-0549\n'
            'Lehigh Heart Institute - CVICU    610-555-0610   610-555-0615   610-555-0619\n'
            'Lakeview Rehab                    610-555-0580   610-555-0585   610-555-0589\n'
            'CareRoute broker (provider line)  800-555-0150   opt 2          888-555-0151\n'
            'Keystone Mutual UM / prior auth   800-555-0164                  800-555-0165\n\nDana\n' + SIG_DANA)
    add('clean', 'lookalike', '', build(DANA, DISPATCH, 'updated facility phone/fax list', body, date=rdate(2, 20, 14)))

    # 003 HCPCS/ICD code list cheat sheet
    body = ('Coding cheat sheet for new billers (no patient data - reference only)\n\n'
            'HCPCS\n  A0425  Ground mileage, per statute mile\n  A0426  ALS non-emergency, level 1\n  A0427  ALS emergency, level 1\n'
            '  A0428  BLS non-emergency\n  A0429  BLS emergency\n  A0433  ALS level 2\n  A0434  Specialty care transport\n'
            '  A0130  Non-emergency wheelchair van\n  S0215  Non-emergency mileage, per mile\n\n'
            'Modifiers (origin/destination): D diagnostic site, E residential facility, G hospital-based ESRD, H hospital, '
            'I site of transfer, J free-standing ESRD, N SNF, P physician office, R residence, S scene, X intermediate stop.\n'
            '  e.g. RH = residence to hospital, NJ = SNF to dialysis\n\n'
            'Common ICD-10 for medical necessity: R68.89, Z99.11, Z99.81, N18.6, R26.2, M62.81, Z74.01\n'
            'CARC to watch: 50, 16, 197, 45, 96, 109\n\n' + SIG_SHARON)
    add('clean', 'lookalike', '', build(SHARON, [KIM, PRIYA, 'Janelle Ortiz <jortiz@harborlineems.com>'], 'coding cheat sheet', body,
        date=rdate(3, 5, 10)))

    # 004 provider NPI and licence roster
    rows = [['Name', 'Role', 'NPI', 'PA cert #', 'NREMT #', 'Expires'],
            ['Elaine Foster', 'Medical Director', '1902871446', 'MD-448120', '', '12/31/2025'],
            ['Jolene Pratt', 'Paramedic', '', 'P-0092217', 'P2318804', '03/31/2025'],
            ['Ray Ostrowski', 'EMT', '', 'E-0411982', 'E4471023', '09/30/2024'],
            ['Luis Arroyo', 'EMT', '', 'E-0419375', 'E4520197', '03/31/2026'],
            ['Ben Oyelaran', 'Paramedic / educator', '', 'P-0088105', 'P2209913', '03/31/2026'],
            ['Harborline Ambulance (group)', 'Organization', '1649382750', 'AMB-22-0337', '', '06/30/2025']]
    body = ('Attached is the credential roster the Keystone credentialing team asked for. NPIs and state cert numbers only. '
            'Let me know if they need copies of the cards.\n' + SIG_ANGELA + CONF)
    add('clean', 'lookalike', '', build(ANGELA, 'Credentialing <credentialing@keystonemutualhp.com>', 'Harborline credential roster',
        body, atts=[('credential_roster_2024.xlsx', make_xlsx(rows, 'Roster'), 'application',
                     'vnd.openxmlformats-officedocument.spreadsheetml.sheet')], date=rdate(3, 20, 11)))

    # 005 helpdesk ticket notification
    body = ('Ticket #INC-0048213 has been updated.\n\nRequester: Marcus Bell\nCategory: Hardware > Mobile Data Terminal\n'
            'Asset tag: HL-MDT-0117   Serial: R52N80BX7QW   Unit: 9\nPriority: P3\nStatus: Resolved\n\n'
            'Resolution: replaced USB-C dock; MDT re-enrolled in MDM (device ID 4A7F-22C1-9E03). GPS fix confirmed in CAD at 14:22.\n\n'
            'If the issue is not resolved, reply to this email within 7 days to reopen.\n\n-- Harborline IT Service Desk (x5000)\n')
    add('clean', 'lookalike', '', build(ITDESK, MARCUS, '[INC-0048213] Resolved: Unit 9 MDT no GPS', body, date=rdate(3, 26, 14)))

    # 006 monthly aggregate stats
    body = ('March operations summary\n\n  Total transports ............ 3,412\n    Emergency 911 ............. 1,087\n'
            '    Interfacility ALS/BLS ..... 604\n    Dialysis (repetitive) ..... 1,139\n    Wheelchair/ambulatory van . 582\n'
            '  Median response (911, urban)  7:42\n  90th percentile              11:58\n  On-time pickup (scheduled)    88.4%\n'
            '  Dry runs / no-shows           71 (2.1%)\n\nBilling\n  Claims submitted   2,906    Clean claim rate 93.7%\n'
            '  Denials            211      top CARC: 50 (38%), 16 (22%), 197 (14%)\n  Days in AR         41.3\n\n'
            'Full deck in the Ops share: \\\\hlfs01\\ops\\reports\\2024-03.\n' + SIG_GREG)
    add('clean', 'lookalike', '', build(GREG, ['Leadership <leadership@harborlineems.com>'], 'March ops + billing numbers', body,
        date=rdate(4, 4, 8), html=html_wrap(p2html(body))))

    # 007 shipping tracking for cot parts / fuel card
    body = ('Hello Tony,\n\nYour order SO-7720194 has shipped.\n\n  Part 6500-001-430  Latch assembly, Power-LOAD   qty 1\n'
            '  Part 6506-040-000  Cot battery SMRT Pwr        qty 2\n  Serial (cot) 1904HPL0388 - warranty through 11/2025\n\n'
            'Carrier: FedEx Priority Overnight  Tracking 7791 4420 8183\nExpected delivery: 03/14/2024 by 10:30\n'
            'Service case: CS-24-118402 (tech visit scheduled 03/14 13:00)\n\nCotLine Service Parts Team\n1-800-555-0188\n')
    add('clean', 'lookalike', '', build('Service Parts <parts@cotlinerservice.com>', TONY, 'Shipment notification SO-7720194',
        body, date=rdate(3, 13, 16)))

# ================================================================ CLEAN : news
def clean_news():
    # 001 company newsletter with logo
    text = ('THE HARBORLINE LOG - April 2024\n\nNew wheels: Two new Type III units (24 and 25) go into service this month, both with '
            'power-load systems and LED scene lighting. Thanks to Tony and the shop crew for the long nights.\n\n'
            'By the numbers: our crews completed 3,412 transports in March and our on-time pickup rate for scheduled trips hit 88%, '
            'the best since we started measuring.\n\nEmployee of the Month: Carmen Ortiz (Dispatch/Scheduling), nominated by three '
            'different facility partners for going above and beyond on the phones.\n\nSave the date: Community CPR Day is Saturday, '
            'May 18 at the Easton Falls Fire Co. hall.\n\nReminder: the tuition reimbursement deadline for paramedic program applicants '
            'is April 30.\n')
    html = html_wrap('<img src="cid:hl-logo" alt="Harborline" width="120" height="60"><h2 style="color:#0e3b70">The Harborline Log - April 2024</h2>'
                     + p2html(text.split('\n\n', 1)[1]))
    m = build('Harborline Communications <news@harborlineems.com>', ALLSTAFF, 'The Harborline Log - April 2024', text,
              html=html, date=rdate(4, 3, 8))
    # attach logo inline to the html part
    htmlpart = m.get_payload()[1]
    htmlpart.add_related(make_png(120, 60, 'logo'), maintype='image', subtype='png', cid='<hl-logo>', filename='logo.png')
    add('clean', 'news', '', m)

    # 002 state EMS bulletin
    body = ('EASTERN VALLEY REGIONAL EMS COUNCIL BULLETIN 2024-07\n\nTo: Agency directors, medical directors, training officers\n\n'
            '1. Statewide BLS protocol update (effective June 1): oral glucose administration by EMTs is expanded to include patients '
            'with a known diabetic history and GCS 14-15. Training module available on the LMS.\n'
            '2. Naloxone leave-behind program: agencies may now distribute kits on scene. Reporting is aggregate (count per month only).\n'
            '3. Hospital diversion: regional ED offload times averaged 34 minutes in Q1; councils are piloting a 30-minute '
            'transfer-of-care standard.\n4. Certification: the NREMT recertification window for March 31 expirations is closed.\n\n'
            'Eastern Valley Regional EMS Council | 3300 Corporate Pkwy, Allentown | www.evrems-council.org\n')
    add('clean', 'news', '', build('EVREMS Council <bulletin@evrems-council.org>', 'Greg Halvorsen <ghalvorsen@harborlineems.com>',
        'Regional EMS Bulletin 2024-07', body, date=rdate(4, 15, 9)))

    # 003 public health heat/flu summary
    body = ('Weekly Respiratory Illness Summary - Lehigh-Northampton Health District\nWeek ending March 16, 2024\n\n'
            '- Influenza activity: MODERATE and declining. 412 lab-confirmed cases this week (down 18%).\n'
            '- ED visits for influenza-like illness: 3.1% of all visits.\n- RSV: low. COVID-19 hospital admissions: 6.2 per 100,000.\n'
            '- Long-term care facility outbreaks currently open: 4 (influenza A).\n\nEMS agencies: continue droplet precautions '
            'and masks for patients with respiratory symptoms during interfacility transports from facilities with open outbreaks.\n\n'
            'This summary contains aggregate data only. Unsubscribe: reply STOP.\n')
    add('clean', 'news', '', build('LNHD Epidemiology <epi-bulletin@lnhealthdistrict.org>', 'dispatch@harborlineems.com',
        'Weekly Respiratory Summary - wk ending 3/16', body, date=rdate(3, 19, 12)))

    # 004 association newsletter about fee schedule
    body = ('AMBULANCE PROVIDERS ALLIANCE - Washington Update\n\n'
            'CMS finalized the 2024 Ambulance Fee Schedule conversion factor at $278.98 (+2.6%). The temporary add-ons (2% urban, '
            '3% rural, 22.6% super-rural) are extended through December 31.\n\n'
            'Prior authorization for repetitive scheduled non-emergent transport (RSNAT) remains in effect nationwide. Our members '
            'report affirmation rates of 71% on first submission; the most common reason for non-affirmation is missing '
            'documentation that the beneficiary is bed-confined.\n\n'
            'Ground Ambulance Data Collection: Year 3 selected organizations must submit within 5 months of the end of the data '
            'collection period. Webinar April 23, 2 PM ET.\n\nAPA | 1200 K St NW | www.ambulanceprovidersalliance.org\n')
    add('clean', 'news', '', build('APA Washington Update <update@ambulanceprovidersalliance.org>', SHARON,
        'Washington Update: 2024 fee schedule, RSNAT, GADCS', body, date=rdate(2, 26, 10), html=html_wrap(p2html(body))))

    # 005 vendor marketing
    body = ('Reduce lifting injuries by up to 40%*\n\nMeet the LiftPro XT powered stretcher: 700 lb capacity, one-button raise and '
            'lower, and a fastening system that meets ambulance crash standards. Trade-in credits up to $6,000 per cot through '
            'June 30.\n\nBook a demo for your crews: www.liftprosystems.com/demo\n\n*Based on a 2022 survey of 48 agencies.\n\n'
            'LiftPro Systems, 900 Industrial Way, Kalamazoo MI. You are receiving this because you attended EMS Expo. Unsubscribe.\n')
    add('clean', 'news', '', build('LiftPro Systems <marketing@liftprosystems.com>', TONY, 'Your crews\' backs will thank you',
        body, date=rdate(3, 7, 11), html=html_wrap(p2html(body))))

    # 006 community CPR day
    body = ('Hi everyone!\n\nWe\'re hosting Community CPR Day again on Saturday, May 18, 9 AM - 1 PM at the Easton Falls Fire Co. hall. '
            'Last year we trained 212 residents in hands-only CPR and AED use. We need 15 volunteers (EMTs, medics, dispatchers, '
            'billing folks - anyone!). Lunch and a t-shirt provided, and it counts as 4 hours of community service.\n\n'
            'Sign up on the sheet outside the break room or reply to me.\n' + SIG_BEN)
    add('clean', 'news', '', build(BEN, ALLSTAFF, 'Volunteers needed - Community CPR Day 5/18', body, date=rdate(4, 8, 14)))

# ================================================================ CLEAN : staff
def clean_staff():
    # 001 schedule
    body = ('Schedule for week of 4/15 is posted. Highlights:\n\n'
            '          MON          TUE          WED          THU          FRI\n'
            'Unit 3    Pratt/Arroyo Pratt/Arroyo Kline/Ostro  Kline/Ostro  Pratt/Arroyo\n'
            'Unit 7    Ostrowski/Li Ostrowski/Li Dunn/Foley   Dunn/Foley   Ostrowski/Li\n'
            'Unit 22   Mercer/Ames  Mercer/Ames  OFF (shop)   Mercer/Ames  Mercer/Ames\n'
            'Disp day  Kowalczyk    Ortiz        Ortiz        Kowalczyk    Nguyen\n'
            'Disp nite Bell         Bell         Hsu          Hsu          Bell\n\n'
            'Open shifts: Wed night medic on unit 5, Sat day EMT on 9. Swap requests through the scheduling app by Thursday.\n\nDana\n')
    add('clean', 'staff', '', build(DANA, ALLSTAFF, 'Schedule wk of 4/15 posted', body, date=rdate(4, 10, 16)))

    # 002 on-call list
    body = ('On-call for April:\n\n  Operations supervisor ... Greg Halvorsen   610-555-0177  (4/1-4/14)\n'
            '                            Dana Kowalczyk   610-555-0178  (4/15-4/30)\n'
            '  Medical control ......... Elaine Foster MD  610-555-0179\n'
            '  Fleet ................... Tony Marchetti    610-555-0161\n  IT ...................... Sam Hsu           610-555-0190\n'
            '  Billing escalations ..... Sharon Whitfield  610-555-0140 (business hours only)\n\n'
            'Please page before calling after 2200 unless it\'s an emergency.\n' + SIG_GREG)
    add('clean', 'staff', '', build(GREG, ALLSTAFF, 'April on-call', body, date=rdate(3, 29, 12)))

    # 003 payroll
    body = ('Hi all,\n\nPayroll reminder: timesheets for the pay period ending 3/23 must be approved in TimeClock by Monday 10 AM. '
            'Crew chiefs, please check the OT column - anything over 12 hrs in a shift needs a reason code (holdover, late call, '
            'mandatory). Direct deposit for the March 29 payday will post as normal.\n\nW-2 corrections: contact me directly.\n\n'
            'Thanks,\nRenee Vasquez\nPayroll Specialist\n610-555-0122\n' + CONF)
    add('clean', 'staff', '', build('Renee Vasquez <rvasquez@harborlineems.com>', ALLSTAFF, 'Timesheets due Monday 10am', body,
        date=rdate(3, 22, 14)))

    # 004 retirement party
    body = ('Please join us in celebrating FRANK DIMARCO\'s retirement after 31 years with Harborline! Frank started as a driver '
            'in 1993 when we had four trucks and has been our night dispatch voice for the last 15 years.\n\n'
            'Friday, April 26, 4-7 PM, Station 1 training room. Pot-luck - sign-up sheet by the coffee maker. Card is going around '
            'in dispatch.\n\nAngela & the party committee\n')
    add('clean', 'staff', '', build(ANGELA, ALLSTAFF, 'Frank\'s retirement party 4/26!', body, date=rdate(4, 11, 10),
        html=html_wrap('<h2 style="color:#c81e2d">Happy Retirement, Frank!</h2>' + p2html(body))))

    # 005 leave coverage without health details
    body = ('Team,\n\nMarcus Bell will be out on approved leave from 4/1 through 4/19. Please don\'t contact him about work during that '
            'time. Coverage for his night dispatch shifts:\n\n  4/1-4/7   Sam Hsu\n  4/8-4/14  Carmen Ortiz (nights)\n'
            '  4/15-4/19 Frank DiMarco\n\nThanks everyone for stepping up.\n\nDana\n')
    add('clean', 'staff', '', build(DANA, [DISPATCH, GREG], 'Marcus out 4/1-4/19 - coverage', body, date=rdate(3, 27, 9)))

    # 006 certification renewals
    rows = [['Employee', 'Cert', 'Expires', 'Class booked'],
            ['Ostrowski, Ray', 'BLS Provider (AHA)', '04/30/2024', '4/18 AM'],
            ['Foley, Kara', 'ACLS', '05/15/2024', '4/25'],
            ['Mercer, Dwayne', 'PHTLS', '05/31/2024', 'not yet'],
            ['Li, Jason', 'EVOC', '04/20/2024', '4/13'],
            ['Ames, Tori', 'PALS', '06/01/2024', 'not yet']]
    body = ('Crew chiefs - certs expiring in the next 60 days. If your person isn\'t booked, please get them into a class. Anyone '
            'with an expired card comes off the schedule per policy 3.12.\n\n'
            + '\n'.join('%-16s %-20s %-11s %s' % tuple(r) for r in rows) + '\n' + SIG_BEN)
    add('clean', 'staff', '', build(BEN, CREWCHIEFS, 'cert renewals due in 60 days', body, date=rdate(4, 2, 8)))

    # 007 open enrollment
    body = ('Benefits open enrollment runs May 1-15 for the plan year starting July 1.\n\n- Medical: same two plans (PPO and HDHP + HSA). '
            'Employee premium increase is 3.5% on the PPO, 0% on the HDHP.\n- New: vision plan through ClearSight, and an EAP with 6 free '
            'counseling sessions per issue.\n- Dental and life are unchanged.\n\nInfo sessions: May 2 at 0730 and 1900 (shift change) in the '
            'training room, or join by video. Enroll at benefits.harborlineems.com.\n' + SIG_ANGELA)
    add('clean', 'staff', '', build(ANGELA, ALLSTAFF, 'Open enrollment May 1-15', body, date=rdate(4, 15, 11)))

# ================================================================ CLEAN : training
def clean_training():
    # 001 ePCR training environment
    body = ('New hires,\n\nFor Thursday\'s ePCR class, log into the TRAINING site (https://train.epcr-harborline.net), not production. '
            'Use the practice record below for the walkthrough - it is a fictitious patient that resets every night:\n\n'
            '  Patient:  TEST, PATIENT ALPHA\n  DOB:      01/01/1900\n  Address:  123 Training Way, Anytown PA 00000\n'
            '  Insurance: SAMPLE PLAN, ID TEST000000\n\nScenario: 70 y/o on the training record, fall at home, c/o hip pain, '
            'transported BLS to St. Agnes. Practice the narrative (CHART format), vitals x2, signature capture and the PCS upload.\n\n'
            'Never enter a real patient in the training site.\n' + SIG_BEN)
    add('clean', 'training', '', build(BEN, 'New Hires Spring 2024 <newhires@harborlineems.com>', 'ePCR class Thursday - training login',
        body, date=rdate(3, 5, 15)))

    # 002 medical necessity quiz
    body = ('Billing & dispatch team - 10 minute quiz before Thursday\'s huddle. Answers at the bottom, no peeking.\n\n'
            'Case A: An 82-year-old resident of a nursing facility uses a wheelchair, can transfer with one assist and sits for 3 hours '
            'at dialysis. Does she meet bed-confined criteria for a BLS stretcher run?\n\n'
            'Case B: A 60-year-old man on a ventilator at home needs a scheduled MRI. Which level of service and which HCPCS?\n\n'
            'Case C: A patient is discharged from the hospital to his home. Which origin/destination modifier?\n\n'
            'Case D: The PCS is signed by a nurse practitioner who knows the patient. Acceptable for Medicare? (Y/N)\n\n\n\n\n'
            'Answers: A - No (she can sit in a wheelchair). B - depends on monitoring needs; usually A0426 ALS non-emergency if an ALS '
            'assessment is required, otherwise A0428. C - HR. D - Yes, NP/PA/CNS may sign for non-repetitive scheduled trips.\n\n'
            'All cases are made up.\n' + SIG_SHARON)
    add('clean', 'training', '', build(SHARON, [KIM, PRIYA, DISPATCH], 'quick quiz - medical necessity', body, date=rdate(3, 26, 11)))

    # 003 billing interface test script with csv
    rows = [['Step', 'Test record', 'Input', 'Expected result', 'Pass/Fail'],
            ['1', 'TESTPT, ONE (MRN TEST0001)', 'BLS non-emerg RH 8.2 mi, Medicare', '837P with A0428:RH + A0425 x9', ''],
            ['2', 'TESTPT, TWO (MRN TEST0002)', 'ALS1 emergency SH 3.1 mi, Keystone', 'A0427:SH + A0425 x4', ''],
            ['3', 'TESTPT, THREE (MRN TEST0003)', 'WC van, broker trip ID TEST-CR-0001', 'route to CareRoute file not 837', ''],
            ['4', 'TESTPT, FOUR (MRN TEST0004)', 'missing PCS flag', 'claim held, work queue PCS', ''],
            ['5', 'TESTPT, FIVE (MRN TEST0005)', 'dry run / no transport', 'no claim, A0998 note only', '']]
    body = ('Priya, Kim -\n\nHere is the UAT script for the new ePCR-to-billing interface. Please run it in the TEST billing database '
            '(HLBILL_UAT) only. All records are dummy test patients created by the vendor. Mark pass/fail and return by Friday.\n\n'
            'Sam Hsu\nIT Systems Analyst\nHarborline Ambulance & Medical Transport\nx5002\n')
    add('clean', 'training', '', build('Sam Hsu <shsu@harborlineems.com>', [PRIYA, KIM], 'UAT script - ePCR billing interface', body,
        cc=SHARON, atts=[('UAT_billing_interface_v3.csv', to_csv(rows), 'text', 'csv')], date=rdate(4, 8, 10)))

    # 004 CE case study, de-identified
    body = ('CE Case of the Month (de-identified, 1 hr CE after the quiz)\n\n'
            'You are dispatched for an interfacility transfer of a man in his 60s from a community hospital to a cardiac center. '
            'He is on a nitroglycerin drip at 20 mcg/min and has had chest pain on and off for 6 hours. Twenty minutes into the '
            'transport his pressure drops to 84/50 and he becomes diaphoretic.\n\n'
            'Questions\n1. What is your first action with the drip?\n2. What does the 12-lead show (image in the LMS)?\n'
            '3. Who do you contact and what do you report?\n4. What documentation is required when you change an infusion '
            'started by the sending facility?\n\nDetails have been changed; any resemblance to an actual patient is coincidental.\n'
            + SIG_BEN)
    add('clean', 'training', '', build(BEN, ALLSTAFF, 'CE case of the month - IFT hypotension', body, date=rdate(4, 1, 13)))

    # 005 dispatcher call-taking scenarios docx
    paras = ['DISPATCH ACADEMY - CALL-TAKING SCENARIOS (FICTITIOUS)', '',
             'Scenario 1: Caller "Mrs. Sample" from 100 Practice Lane requests a wheelchair van for her husband\'s 9 AM dialysis. '
             'Identify: mobility level, steps, escort, payer, PCS need.',
             'Scenario 2: A nursing facility calls for a "stretcher back to the home" for a resident who is now short of breath. '
             'Decide: scheduled transport or 911 upgrade?',
             'Scenario 3: A family member asks why the van is 40 minutes late. Practice the apology script and ETA update.',
             'Scenario 4: A hospital requests ALS for a patient on a heparin drip. Confirm crew level and equipment.',
             'All names and addresses in these scenarios are invented for training.']
    body = ('Carmen, Tiff - scenarios for the new call-takers on Monday. Role-play in pairs, 10 min each. I\'ll score with the '
            'rubric from last time.\n\nDana\n')
    add('clean', 'training', '', build(DANA, [CARMEN, TIFF], 'call-taker scenarios for Monday', body,
        atts=[('calltaker_scenarios_v2.docx', make_docx(paras), 'application',
               'vnd.openxmlformats-officedocument.wordprocessingml.document')], date=rdate(4, 12, 15)))

    # 006 HL7 interface test message, test patient
    hl7 = '\n'.join([
        'MSH|^~\\&|EPICADT|STAGNES|TRANSPORTQ|HARBORLINE|20240411090000||ADT^A03^ADT_A03|TEST000017|T|2.5.1',
        'EVN|A03|20240411090000',
        'PID|1||TST9000017^^^STAGNES^MR||ZZTEST^TRANSPORT^ONE||19000101|U|||1 TEST ST^^TESTVILLE^PA^00000||(000)000-0000',
        'PV1|1|I|TEST^001^A^STAGNES||||9999999999^DOCTOR^TEST|||MED||||||||I|TSTV0001',
        'ZTR|STRETCHER|NO O2|1 PERSON|READY 0930'])
    body = ('Greg,\n\nAfter your fix, I sent the test A03 below from our TEST environment (processing ID "T", test patient ZZTEST). '
            'Can you confirm it created a transport request in your QA queue? If so we\'ll schedule the production cutover for 4/16.\n\n'
            + hl7 + '\n\nDevon\n\nDevon Hardesty\nIntegration Analyst, IS Interfaces\nSt. Agnes Regional Health\n' + CONF_HOSP)
    add('clean', 'training', '', build('Devon Hardesty <dhardesty@stagnesregional.org>', GREG, 'TEST A03 sent - please confirm',
        body, cc=ITDESK, date=rdate(4, 11, 9)))

# ================================================================ main
EXPECTED = {('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7, ('phi', 'names'): 8,
            ('phi', 'self'): 7, ('phi', 'struct'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
            ('clean', 'news'): 6, ('clean', 'staff'): 7, ('clean', 'training'): 6}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    for f in (phi_care, phi_ids, phi_lang, phi_lists, phi_names, phi_self, phi_struct,
              clean_admin, clean_lookalike, clean_news, clean_staff, clean_training):
        f()
    counts = {}
    rows = []
    for label, kind, patient, msg in MSGS:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        fname = '%s-%s-%03d.eml' % (label, kind, counts[(label, kind)])
        with open(os.path.join(out, fname), 'wb') as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    assert counts == EXPECTED, counts
    for (label, kind), n in sorted(counts.items()):
        print('%s-%s: %d' % (label, kind, n))
    print('total: %d' % sum(counts.values()))

if __name__ == '__main__':
    main()
