#!/usr/bin/env python3
"""Generate a blind evaluation set of e-mail for a senior-living placement and
referral agency. All people, organisations, numbers and addresses are invented.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, zlib, struct, zipfile, random, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 9702
random.seed(SEED)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZS = datetime.timezone(datetime.timedelta(hours=-4))

# ---------------------------------------------------------------- people
AG = 'harborlightplacement.com'
DANA = 'Dana Whitcomb <dwhitcomb@harborlightplacement.com>'
MARCUS = 'Marcus Oyelaran <moyelaran@harborlightplacement.com>'
PRIYA = 'Priya Raghunathan <praghunathan@harborlightplacement.com>'
TESS = 'Tess Kowalczyk <tkowalczyk@harborlightplacement.com>'
JORGE = 'Jorge Benavides <jbenavides@harborlightplacement.com>'
LINH = 'Linh Tran <ltran@harborlightplacement.com>'
RENATA = 'Renata Souza <rsouza@harborlightplacement.com>'
GAIL = 'Gail Hendricks <ghendricks@harborlightplacement.com>'
INTAKE = 'Harborlight Intake <intake@harborlightplacement.com>'
TEAM = 'Harborlight Team <team@harborlightplacement.com>'
ADVISORS = 'Harborlight Advisors <advisors@harborlightplacement.com>'

BRENDA = 'Brenda Lusk <blusk@mapleterraceliving.com>'
CARLA = '"Carla Finch, RN" <cfinch@mapleterraceliving.com>'
KEVIN = 'Kevin Ambrose <kambrose@mapleterraceliving.com>'
SHARON = 'Sharon Ippolito <sippolito@willowbrookmemorycare.org>'
DENISE = 'Denise Harrow <dharrow@willowbrookmemorycare.org>'
TODD = 'Todd Nakamura <tnakamura@cedarglenseniorliving.net>'
ANGELA = 'Angela Price <aprice@cedarglenseniorliving.net>'
RICK = 'Rick Salinas <rsalinas@cedarglenseniorliving.net>'
IMELDA = 'Imelda Cruz <imelda@rosewoodgardenscare.com>'
JANELLE = 'Janelle Moss <jmoss@bayviewcommons.org>'
KAREN = '"Oduya, Karen RN CM" <karen.oduya@stbrendanhealth.org>'
MIGUEL = 'Miguel Ferreira <mferreira@lakesidegeneral.org>'
BETHANN = 'Beth Ann Carver <bcarver@northgaterehab.com>'

def sig(name, title, direct, cell=None, fax='(614) 555-0149'):
    s = f"{name}\n{title}\nHarborlight Senior Placement\no {direct}"
    if cell:
        s += f" | c {cell}"
    if fax:
        s += f" | f {fax}"
    s += "\n2250 Corbin Ave, Suite 310, Fairhaven\nwww.harborlightplacement.com"
    return s

SIG_DANA = sig('Dana Whitcomb, CSA', 'Senior Placement Advisor', '(614) 555-0148', '(614) 555-0193')
SIG_MARCUS = sig('Marcus Oyelaran', 'Placement Advisor | Hospital Liaison', '(614) 555-0151', '(614) 555-0177')
SIG_PRIYA = sig('Priya Raghunathan, RN', 'Client Care Coordinator', '(614) 555-0155')
SIG_TESS = sig('Tess Kowalczyk', 'Office Manager', '(614) 555-0140')
SIG_JORGE = sig('Jorge Benavides', 'Billing & Partner Accounts', '(614) 555-0146')
SIG_LINH = sig('Linh Tran', 'Placement Advisor (English / Tiếng Việt)', '(614) 555-0158', '(614) 555-0188')
SIG_RENATA = sig('Renata Souza', 'Consultora de Moradia Sênior / Placement Advisor', '(614) 555-0159', '(614) 555-0171')
SIG_GAIL = sig('Gail Hendricks, MSW', 'Founder & Director', '(614) 555-0141')

DISCL = ("CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the "
         "addressee(s) and may contain confidential information. If you are not the intended "
         "recipient, please notify the sender and delete it. Harborlight Senior Placement is "
         "compensated by partner communities; our services are free to families.")
HOSP_DISCL = ("This e-mail, including attachments, may contain confidential patient information "
              "protected by federal and state law. It is intended only for the use of the "
              "recipient named above. Unauthorized review, use or disclosure is prohibited. "
              "St. Brendan Health System")
COMM_DISCL = ("The information in this e-mail is confidential and intended for the named "
              "recipient only. Maple Terrace Senior Living is an Equal Housing Opportunity provider.")

IPHONE = "Sent from my iPhone"
ANDROID = "Sent from my Galaxy"
IPAD = "Sent from my iPad"

# ---------------------------------------------------------------- helpers
def rdate(month=None, day=None, hour=None, minute=None):
    m = month or random.randint(1, 11)
    d = day or random.randint(1, 28)
    h = hour if hour is not None else random.randint(7, 19)
    mi = minute if minute is not None else random.randint(0, 59)
    tz = TZS if 3 <= m <= 10 else TZ
    return datetime.datetime(2024, m, d, h, mi, random.randint(0, 59), tzinfo=tz)

def before(d, days=0, hours=0, minutes=0):
    return d - datetime.timedelta(days=days, hours=hours, minutes=minutes)

def onwrote(d, who):
    h = d.strftime('%I').lstrip('0')
    return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h}:{d.strftime('%M %p')}, {who} wrote:"

def outlook_hdr(d, frm, to, subject, cc=None):
    s = "-----Original Message-----\n"
    s += f"From: {frm}\nSent: {d.strftime('%A, %B')} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}\n"
    s += f"To: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n"
    return s

def fwd_hdr(d, frm, to, subject):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {d.strftime('%a, %b')} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}\n"
            f"Subject: {subject}\nTo: {to}\n")

def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def domain_of(addr):
    a = addr.split('<')[-1].rstrip('>').strip()
    return a.split('@')[-1]

def msgid(frm):
    return f"<{random.getrandbits(48):012x}.{random.randint(1000, 99999)}@{domain_of(frm)}>"

def mk(frm, to, subject, body, cc=None, date=None, html=None, atts=(), extra=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ", ".join(cc)
    m['Subject'] = subject
    m['Date'] = format_datetime(date or rdate())
    m['Message-ID'] = msgid(frm)
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype='html')
    for fname, data, mt, st in atts:
        if isinstance(data, str):
            data = data.encode('utf-8')
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    return m

def reply_hdrs(subject_seed=''):
    ref = f"<{random.getrandbits(40):010x}@mail.example.net>"
    return {'In-Reply-To': ref, 'References': ref}

def html_wrap(body_html, title=''):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">"
            + body_html + "</body></html>")

def text_to_html(text):
    import html as _h
    paras = text.strip().split("\n\n")
    return html_wrap("".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>" for p in paras))

# ---------------------------------------------------------------- file builders
def png_bytes(w, h, pix):
    """pix(x, y) -> (r, g, b). Returns a valid PNG."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.extend(pix(x, y))
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def logo_png():
    def pix(x, y):
        if 18 <= y <= 22:
            return (232, 170, 60)
        if (x - 30) ** 2 + (y - 20) ** 2 < 140:
            return (240, 196, 90)
        return (24, 62, 104)
    return png_bytes(180, 40, pix)

def blank_scan_png():
    def pix(x, y):
        if x < 3 or y < 3 or x > 166 or y > 216:
            return (205, 205, 205)
        return (250, 250, 248)
    return png_bytes(170, 220, pix)

def pdf_bytes(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = "BT /F1 10 Tf 50 750 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode('latin-1')
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offs).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

ZDT = (2024, 1, 2, 9, 0, 0)

def _zwrite(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, data)

def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))

def docx_bytes(paragraphs):
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if p.startswith("##") else ""}<w:t xml:space="preserve">{_x(p.lstrip("#").strip())}</w:t></w:r></w:p>'
        for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
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
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        _zwrite(z, '[Content_Types].xml', ct)
        _zwrite(z, '_rels/.rels', rels)
        _zwrite(z, 'word/document.xml', doc)
    return b.getvalue()

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx_bytes(rows, sheet='Sheet1'):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
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
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        _zwrite(z, '[Content_Types].xml', ct)
        _zwrite(z, '_rels/.rels', rels)
        _zwrite(z, 'xl/workbook.xml', wb)
        _zwrite(z, 'xl/_rels/workbook.xml.rels', wbrels)
        _zwrite(z, 'xl/worksheets/sheet1.xml', sheetxml)
    return b.getvalue()

def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    w.writerows(rows)
    return b.getvalue()

def ics_text(uid, start, end, summary, location, desc, organizer):
    f = '%Y%m%dT%H%M%S'
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Harborlight Senior Placement//Tours//EN\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20240101T120000Z\r\n"
            f"DTSTART;TZID=America/New_York:{start.strftime(f)}\r\n"
            f"DTEND;TZID=America/New_York:{end.strftime(f)}\r\n"
            f"SUMMARY:{summary}\r\nLOCATION:{location}\r\nDESCRIPTION:{desc}\r\n"
            f"ORGANIZER:mailto:{organizer}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
PDF = ('application', 'pdf')
PNG = ('image', 'png')
CSV = ('text', 'csv')
TXT = ('text', 'plain')
ICS = ('text', 'calendar')
JSONT = ('application', 'json')
XML = ('application', 'xml')

def att(name, data, t):
    return (name, data, t[0], t[1])

# ---------------------------------------------------------------- registry
REG = []

def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco

# ================================================================ PHI: care
@reg('phi', 'care')
def care1():
    d = rdate(4, 17, 20, 42)
    q = before(d, hours=3)
    body = f"""Hi Lauren,

Good questions, here's where we landed:

- Ride: Northgate is sending Mom over in their wheelchair van Saturday at 10:30. The van driver will bring her walker and the two bags she has there. You don't need to pick her up, just meet her at Maple Terrace around 11.
- Pills: Northgate's nurse will send a 3-day supply with her plus the discharge med list. Maple Terrace uses Fairhaven Pharmacy Services, so Carla (their wellness nurse) already faxed the orders over and the bubble packs should be delivered Monday.
- Furniture: her apartment is #214, the maintenance guy can hang pictures Sunday if you leave them on the bed.
- Hair appt: I asked Brenda to put her on the Tuesday list at the salon, 9am.

I'll stop by around noon Saturday to see how she's settling in. Call my cell if anything goes sideways.

Dana

{SIG_DANA}

{onwrote(q, 'Lauren Pike <lauren.pike@example.com>')}
{quote('''Dana - so sorry to bug you on a Wednesday night. Couple things about Saturday:
who is driving mom from Northgate to Maple Terrace? I work until 1 and my brother is
out of town. Also she's on a bunch of pills and I have no idea who gets them to the
new place. And does she bring the walker or do they have one there??

Thanks for everything, I'm a little overwhelmed.
Lauren''')}

{DISCL}"""
    m = mk(DANA, 'Lauren Pike <lauren.pike@example.com>', "Re: Mom's move Saturday - ride / pills?", body,
           cc=BRENDA, date=d, extra=reply_hdrs())
    return m, 'Dorothy Pike'

@reg('phi', 'care')
def care2():
    d = rdate(5, 6, 9, 15)
    summ = [
        "## HARBORLIGHT SENIOR PLACEMENT - CARE NEEDS SUMMARY",
        "Prepared for: Cedar Glen Senior Living, Assisted Living",
        "Prospective resident: Harold J. Brandt    Age: 88",
        "Current address: 41 Larchmont Dr, Millbrook (lives with wife, Joan)",
        "Advisor: Marcus Oyelaran    Assessment date: 05/02/2024 (home visit)",
        "## Daily routine",
        "Up around 6:30, likes coffee (decaf) and the paper before breakfast. Naps after lunch.",
        "## Help needed",
        "Bathing: stand-by help with showers, twice a week (Tues/Fri preferred). Uses shower chair.",
        "Dressing: does it himself, slow with buttons and socks.",
        "Walking: cane indoors, wheelchair for longer outings. Needs someone nearby on stairs.",
        "Medications: Joan sets up his weekly pill box now - he will need staff to hand them out. Pharmacy: Corbin Drug, (614) 555-0126.",
        "Meals: regular diet, cuts food small. No grapefruit.",
        "Nights: gets up once or twice to use the bathroom, night light please.",
        "## Family",
        "Wife Joan (83) will stay in the house; plans to visit daily and eat lunch with him. Son Greg Brandt (POA) (614) 555-0183.",
        "## Doctor",
        "Dr. Alan Reyes, Millbrook Family Practice, (614) 555-0110. Physician form requested 5/3.",
        "Target move-in: week of 5/20. Budget: private pay + LTC policy.",
    ]
    body = f"""Todd,

Attached is the care needs summary for Harold Brandt ahead of your nurse's visit Thursday. Quick version: great guy, retired machinist, needs hands-on help with showers and someone to give him his meds, otherwise pretty independent with a cane. His wife Joan will be there a lot - she's the one who needs reassurance more than he does.

Son Greg is POA and will handle the paperwork. Please have Denise's counterpart (your wellness nurse) call Greg directly to set the time.

Thanks!
Marcus

{SIG_MARCUS}

{DISCL}"""
    m = mk(MARCUS, TODD, "Care needs summary - H. Brandt (AL)", body, date=d,
           atts=[att('Brandt_CareNeedsSummary.docx', docx_bytes(summ), DOCX)])
    return m, 'Harold J. Brandt'

@reg('phi', 'care')
def care3():
    d = rdate(2, 12, 8, 5)
    q = before(d, hours=13)
    body = f"""Rick,

Forwarding below from Frank Molina's son. I know you're on top of this but wanted you to hear it from me first. Can someone pull the pendant log for apt 118 from Saturday night and call Steve today? He's reasonable, just scared.

Thanks,
Dana

{SIG_DANA}

{fwd_hdr(q, 'Steve Molina <smolina1962@example.net>', 'Dana Whitcomb <dwhitcomb@harborlightplacement.com>', 'dad')}

Dana, I don't know who else to call. Dad phoned me at 2:40 this morning saying he pushed the button on his necklace and nobody came for almost 40 min. He was on the floor of the bathroom the whole time, he's ok, no bruises they say, but he's shaken up and so am I. This is the 2nd time he's said nobody answers at night. When we moved him in we were told somebody checks on him every 2 hours overnight. Is that actually happening? I'm thinking about driving up there this weekend.

Steve
{IPHONE}"""
    m = mk(DANA, RICK, "Fwd: dad", body, date=d, cc='Angela Price <aprice@cedarglenseniorliving.net>')
    return m, 'Frank Molina'

@reg('phi', 'care')
def care4():
    d = rdate(3, 4, 16, 20)
    start = datetime.datetime(2024, 3, 7, 10, 0)
    end = datetime.datetime(2024, 3, 7, 13, 0)
    ics = ics_text('tour-20240307-strand@harborlightplacement.com', start, end,
                   'Tours: Evelyn Strand w/ daughter (Maple Terrace, Bayview Commons)',
                   'Pick-up 118 Orchard Ln, Easton Heights',
                   'Wheelchair van - Evelyn must be home by 1:30, home health nurse visit at 2. Bring folding wheelchair. Daughter Kim rides along.',
                   'dwhitcomb@harborlightplacement.com')
    body = f"""Hi Kim,

You're all set for Thursday 3/7. Here's the plan:

10:00  I'll pick you and your mom up at her house (118 Orchard Ln) in our accessible van - it has the ramp, so no transfers needed, she can stay in her chair.
10:20  Maple Terrace - Brenda will walk us through the 2 open one-bedrooms on the first floor and we'll eat an early lunch in the dining room so your mom can taste the food.
11:45  Bayview Commons - Janelle has the studio near the nurses' station ready to show.
1:15   Back home. I know the home health nurse comes at 2, we will make it.

Calendar invite attached. If your mom is having a rough morning just text me and we'll push it, no problem at all.

Dana
{SIG_DANA}"""
    m = mk(DANA, 'Kim Strand-Ortiz <kimstrandortiz@example.org>', "Thursday tours for your mom - schedule", body,
           date=d, html=text_to_html(body),
           atts=[att('tours-0307.ics', ics, ICS)])
    return m, 'Evelyn Strand'

@reg('phi', 'care')
def care5():
    d = rdate(8, 22, 14, 2)
    body = f"""Hi Priya,

Update on Ruth Adler (respite, apt 3B). Her daughter called this morning and asked to extend the stay two more weeks, through 9/6. I have the room so that's fine on our end, new respite agreement going to the daughter today.

Couple of care things the daughter asked for:
 * move her foot doctor visit from 8/27 to after Labor Day, our podiatrist comes 9/3 so we'll put her on that list
 * she wants Ruth's hearing aids checked, the left one keeps whistling
 * she'd like Ruth to go to the Wed. church service in the chapel, staff will walk her down
 * more visits from the activity staff in the afternoon, she's spending a lot of time in her room

She's eating better than the first week. Sleeping through the night mostly.

Can you let the family know the extension is confirmed? They mentioned they're still undecided between us and a long-term spot somewhere else, so no pressure, just keeping you in the loop.

Thanks,
Janelle

Janelle Moss
Community Relations Director
Bayview Commons | Independent & Assisted Living
(614) 555-0163 | jmoss@bayviewcommons.org"""
    m = mk(JANELLE, PRIYA, "Ruth Adler - respite extension", body, date=d)
    return m, 'Ruth Adler'

@reg('phi', 'care')
def care6():
    d = rdate(10, 9, 11, 48)
    body = f"""Marcus - any chance you can see Mr. Okafor today or tomorrow AM? Room 6214. He's ready to go home Friday and honestly he can't, he lives alone on a 2nd floor walkup and the daughter (Adaeze, 614-555-0134) works nights. He needs someone to give him his meds and cook for him, he can walk with a walker. Daughter wants something close to Elm St so she can stop by on her way to work. Private pay, maybe some savings, no LTC policy per daughter.

Tried calling your cell, went to VM.

Karen

Karen Oduya, RN, CM
Case Management | 6 West
St. Brendan Regional Medical Center
p (614) 555-0102  f (614) 555-0103

{HOSP_DISCL}"""
    m = mk(KAREN, MARCUS, "can you see someone today? 6W", body, date=d,
           extra={'Importance': 'high', 'X-Priority': '2'})
    return m, 'Mr. Okafor'

@reg('phi', 'care')
def care7():
    d = rdate(6, 14, 15, 31)
    body = f"""Picked up Mrs Greenbaum's hearing aids + her good glasses from the old apt, manager had them in a ziploc. Dropping at Willowbrook front desk around 4. Sharon can u let the aides know so they actually go in her ears tonight lol

-D

{IPHONE}"""
    m = mk('Dana Whitcomb <dwhitcomb@harborlightplacement.com>', SHARON, "greenbaum hearing aids", body, date=d)
    return m, 'Mrs. Greenbaum'

@reg('phi', 'care')
def care8():
    d = rdate(6, 3, 10, 12)
    body = f"""Dear Mr. Jessup,

Thank you for choosing Maple Terrace for your father. We are looking forward to welcoming Walter on Wednesday, June 12!

To keep his move-in on schedule, we still need the following before 6/10:

  1. Physician's Report / Resident Assessment form (Form AL-201) - signed by Dr. Whelan. I have attached a blank copy.
  2. TB screening result (skin test or chest x-ray dated within the last 12 months).
  3. Current medication list signed by his physician. The hospital discharge list is fine if it's signed.
  4. Copy of his Medicare card and supplement card (front & back).
  5. Signed residency agreement and the $1,500 community fee.

Our wellness nurse, Carla Finch, will call you to schedule his pre-move-in nursing visit. She'll go over his bathing and medication schedule with you then.

Also, a reminder that our movers can't take beds with rails; the community will provide a bed if he needs one.

Please don't hesitate to reach out with any questions.

Warm regards,

Brenda Lusk
Director of Sales & Move-Ins
Maple Terrace Senior Living
(614) 555-0121 | fax (614) 555-0122
4400 Maple Terrace Pkwy, Fairhaven

{COMM_DISCL}"""
    form = ["MAPLE TERRACE SENIOR LIVING", "PHYSICIAN'S REPORT / RESIDENT ASSESSMENT (FORM AL-201)", "",
            "Resident name: ______________________   DOB: ____________",
            "Diagnoses: ___________________________________________",
            "Medications (attach list): ____________________________",
            "Ambulation:  [ ] independent  [ ] cane/walker  [ ] wheelchair",
            "Cognition:   [ ] intact  [ ] mild impairment  [ ] moderate/severe",
            "Diet: ________________   Allergies: ________________",
            "TB screening date/result: ____________________________", "",
            "Physician signature: ____________________  Date: ________"]
    m = mk(BRENDA, 'Paul Jessup <pjessup@example.com>', "Move-in checklist - Walter Jessup, 6/12", body,
           cc=DANA, date=d, atts=[att('AL-201_Physician_Report_blank.pdf', pdf_bytes(form), PDF)])
    return m, 'Walter Jessup'

# ================================================================ PHI: ids
@reg('phi', 'ids')
def ids1():
    d = rdate(5, 9, 13, 40)
    q = before(d, days=1, hours=2)
    body = f"""Sharon,

Following up on the invoice below - I show res. #WB-0932 moved in 4/2 to the memory care neighborhood and we haven't received the referral fee yet (INV-24-0418, $5,850.00, due 5/2). Can you check with your business office? If she moved out within the 30-day window let me know and I'll void it.

Thanks,
Jorge

{SIG_JORGE}

{onwrote(q, 'Sharon Ippolito <sippolito@willowbrookmemorycare.org>')}
{quote('''Hi Jorge, I'll ask Pam in accounting. I know the resident is still with us - she had a
short hospital stay mid April but came back to us on the 19th. -S''')}

{quote(outlook_hdr(before(q, days=6), 'Jorge Benavides', 'Sharon Ippolito', 'Invoice INV-24-0418 - referral fee'))}
{quote('''Attached: INV-24-0418. Resident ref WB-0932, initials M.K., DOB 08/19/1939,
move-in 04/02/2024, memory care, base rate $6,500.00 x 90% = $5,850.00. Net 30.''')}"""
    m = mk(JORGE, SHARON, "RE: Invoice INV-24-0418 - referral fee", body, date=d, extra=reply_hdrs())
    return m, ''

@reg('phi', 'ids')
def ids2():
    d = rdate(4, 24, 10, 5)
    body = f"""Ms. Dabrowski,

I'm the placement advisor working with this family and have a signed release on file (attached to the original referral on 3/29). Checking on the waiver application:

   Medicaid ID: 71-4430982-A
   Case #: HCBS-2024-11872
   Applicant DOB: 12/06/1935

The family was told the level-of-care assessment would be scheduled within 30 days and they haven't heard anything. She's currently in the rehab unit at Northgate and her Medicare days run out 5/10, so the timing is getting tight. Cedar Glen is holding a Medicaid waiver bed for her until 5/15.

Is there a date for the assessment yet? Happy to coordinate so the daughter can be there.

Thank you,
Marcus Oyelaran

{SIG_MARCUS}"""
    m = mk(MARCUS, 'Irena Dabrowski <idabrowski@aginganddisability-services.org>',
           "waiver status - Case HCBS-2024-11872", body, date=d, cc=BETHANN)
    return m, ''

@reg('phi', 'ids')
def ids3():
    d = rdate(9, 17, 7, 55)
    body = f"""Morning,

New referral from 5 East, no name on here until the family signs our release. Pt MRN 00483921, DOB 02/11/1938, female. Expected d/c Thursday 9/19. Needs AL with med management and help with bathing, uses rolling walker, some forgetfulness per team but not wandering. Daughter is the contact and prefers email, she'll reach out to you directly today.

Please reply to the case management inbox, not to me directly - I'm off Wed.

Thanks,
Karen

{HOSP_DISCL}"""
    m = mk(KAREN, INTAKE, "Referral - MRN 00483921 - AL needs", body, date=d,
           cc='St Brendan Case Mgmt <casemanagement@stbrendanhealth.org>')
    return m, ''

@reg('phi', 'ids')
def ids4():
    d = rdate(7, 11, 19, 22)
    body = f"""Hi Gail,

Thanks for the referral to the VSO, they were very helpful. The VA sent a letter saying they need the physician's exam form (21-2680) for Dad's Aid & Attendance claim before they'll decide. Claim number is 28 345 117, his DOB 7/4/1931 in case you need it. The letter is dated 7/2 and gives us 30 days.

Can Maple Terrace's nurse fill that out or does it have to be his own doctor? He hasn't seen Dr. Fenwick since March.

Thanks,
Carol

Carol Whitfield
(614) 555-0167"""
    m = mk('Carol Whitfield <cwhitfield55@example.net>', GAIL, "VA form for Dad", body, date=d)
    return m, ''

@reg('phi', 'ids')
def ids5():
    d = rdate(3, 19, 14, 30)
    body = f"""GUARDIAN LONG-TERM CARE BENEFITS  |  Claim Correspondence

Re: Policy No. LTC-88310457
Insured DOB: 09/22/1936
Claim No.: C-2024-0071934

Dear Care Provider,

We have received notice that the insured has moved to an assisted living facility on 03/01/2024. To determine benefit eligibility under the policy, please provide:

  - A copy of the plan of care / service plan dated on or after the move-in date
  - The facility's most recent assessment showing assistance needed with at least two (2) Activities of Daily Living, OR documentation of severe cognitive impairment
  - Monthly invoices showing daily charges

The policy's 90-day elimination period began 03/01/2024. Benefits, if approved, are payable up to $180/day.

Documents may be faxed to (800) 555-0190 or uploaded at claims.guardianltc-example.com. Please reference the claim number on every page.

Claims Department
Guardian Long-Term Care Benefits
This is a system-generated message. Replies to this address are not monitored."""
    body2 = f"""Priya - forwarding this to you since you did the assessment on 3/14. Can you send them your care needs summary + the Cedar Glen service plan? Family signed the auth.

{SIG_DANA}

{fwd_hdr(before(d, days=1), 'Guardian LTC Claims <noreply@guardianltc-example.com>', 'Dana Whitcomb <dwhitcomb@harborlightplacement.com>', 'Claim Correspondence - Policy LTC-88310457')}
{body}"""
    m = mk(DANA, PRIYA, "Fwd: Claim Correspondence - Policy LTC-88310457", body2, date=d)
    return m, ''

@reg('phi', 'ids')
def ids6():
    d = rdate(5, 2, 9, 3)
    body = f"""Hi Jorge,

Heads-up for your commission reconciliation: account 100-4471 (R. Delgado, apt 207) had a care level change after the nurse reassessment on 4/26. She's now Level 3 (was Level 1) effective 5/1, so the monthly total went from $4,950 to $6,375. Her base rent didn't change, so your fee isn't affected, but the family might ask you about the bill. They've been told by our nurse that the extra charge is for the two-person transfers and the added medication passes.

Account Statement excerpt:
  Acct 100-4471   Period 05/01/24-05/31/24
  Base rent - 1BR                 $4,200.00
  Care Level 3                    $1,850.00
  Medication management           $  325.00
  Total due 05/05/24              $6,375.00

Angela

Angela Price | Business Office Manager
Cedar Glen Senior Living
(614) 555-0131  fax (614) 555-0132"""
    m = mk(ANGELA, JORGE, "acct 100-4471 level change", body, date=d)
    return m, 'R. Delgado'

@reg('phi', 'ids')
def ids7():
    d = rdate(11, 6, 16, 44)
    body = f"""hi - the pharmacy enrollment packet for the new resident on the 3rd floor came back incomplete. They need SSN (they only have last 4: 4417) and a copy of the Part D card. DOB on the form is 11/30/1940. Can you get those from the son? He's not returning our calls. Meds can't start on the packs until it's done - we're using backup pharmacy in the meantime and that's getting expensive for him.

Thx
Carla

Carla Finch, RN
Wellness Director, Maple Terrace Senior Living
(614) 555-0124

{COMM_DISCL}"""
    m = mk(CARLA, PRIYA, "pharmacy enrollment - 3rd floor new admit", body, date=d)
    return m, ''

@reg('phi', 'ids')
def ids8():
    d = rdate(8, 28, 6, 2)
    body = """SeniorReferral Pro - Referral Status Update

Referral #: R-2024-0587
Updated by: Priya Raghunathan
Status: Assessment Complete -> Sent to Communities

Client DOB: 03/03/1934
Care level: Memory Care (secured)
Referral source: Lakeside General Hospital - Social Work
Payer: Private pay / VA A&A pending (claim 29 117 804)
Communities sent: Willowbrook Memory Care; Maple Terrace (Arbor neighborhood)
Next step: Tours 08/30

View referral: https://app.seniorreferralpro-example.com/r/R-2024-0587

You are receiving this because you are the assigned advisor. Manage notifications in Settings."""
    html = html_wrap("<h3>Referral Status Update</h3><table border=1 cellpadding=4>"
                     "<tr><td>Referral #</td><td>R-2024-0587</td></tr>"
                     "<tr><td>Status</td><td>Assessment Complete &rarr; Sent to Communities</td></tr>"
                     "<tr><td>Client DOB</td><td>03/03/1934</td></tr>"
                     "<tr><td>Care level</td><td>Memory Care (secured)</td></tr>"
                     "<tr><td>Referral source</td><td>Lakeside General Hospital - Social Work</td></tr>"
                     "<tr><td>Payer</td><td>Private pay / VA A&amp;A pending (claim 29 117 804)</td></tr>"
                     "<tr><td>Next step</td><td>Tours 08/30</td></tr></table>")
    m = mk('SeniorReferral Pro <notifications@seniorreferralpro-example.com>', MARCUS,
           "[R-2024-0587] Status changed: Assessment Complete", body, date=d, html=html,
           extra={'Auto-Submitted': 'auto-generated'})
    return m, ''

# ================================================================ PHI: lang
@reg('phi', 'lang')
def lang1():
    d = rdate(1, 23, 21, 10)
    body = """Buenas noches,

Me llamo Marisol Villalobos y les escribo por mi mamá, Carmen Villalobos Ruiz, de 81 años. Hace dos años le diagnosticaron Alzheimer y ya no la podemos cuidar en la casa. Se levanta en la noche y se sale a la calle; la semana pasada la encontró la policía a tres cuadras, en bata. Ya no se acuerda de tomar sus pastillas de la presión y no se quiere bañar.

Mi hermano y yo trabajamos todo el día. Estamos buscando un lugar de cuidado de memoria, que sea cerrado, y de preferencia donde haya personal que hable español porque ella ya casi no habla inglés.

Tiene Medicare y Medicaid (número de Medicaid 88-2210457-C). ¿Hay lugares que acepten Medicaid? ¿Más o menos cuánto cuesta?

Me pueden llamar al 614-555-0178 después de las 5 de la tarde.

Muchas gracias,
Marisol Villalobos"""
    m = mk('Marisol Villalobos <marisolvr@example.com>', INTAKE, "Información para mi mamá - cuidado de memoria", body, date=d)
    return m, 'Carmen Villalobos Ruiz'

@reg('phi', 'lang')
def lang2():
    d = rdate(7, 15, 22, 5)
    body = """Chào chị Linh,

Cảm ơn chị đã dẫn gia đình em đi xem Cedar Glen hôm thứ Bảy. Ba em thích chỗ đó lắm, nhất là cái vườn phía sau.

Em có mấy câu hỏi:
1. Ba em phải chích insulin hai lần mỗi ngày (sáng và tối). Nhân viên ở đó có chích giúp được không, hay phải có y tá ở ngoài vào?
2. Ba em quen ăn cơm, không quen đồ ăn Mỹ. Gia đình có được mang đồ ăn vào không?
3. Ba em đi khám bác sĩ Phạm ở Millbrook mỗi tháng một lần. Cedar Glen có xe đưa đi khám không?

Mẹ em mất năm ngoái nên ba ở một mình, từ đó ba hay quên và ăn uống không đều. Tuần trước ba bị té trong nhà tắm, may mà không sao. Gia đình em muốn ba dọn vào càng sớm càng tốt, khoảng đầu tháng sau.

Cảm ơn chị nhiều.
Tuấn
(614) 555-0185

Sent from my iPhone"""
    m = mk('Nguyễn Minh Tuấn <tuan.nguyen.m@example.net>', LINH, "Ba em - Cedar Glen (ông Nguyễn Văn Bảy)", body, date=d)
    return m, 'Nguyễn Văn Bảy'

@reg('phi', 'lang')
def lang3():
    d = rdate(9, 5, 19, 33)
    body = """您好，

我是陈丽华，想为我母亲王秀英咨询辅助生活（assisted living）的床位。她今年85岁，一个人住在Easton Heights。上个月她在家里摔倒，髋骨骨折，现在在Northgate康复中心做康复，医生说大概两周以后可以出院。

她现在洗澡和穿衣服都需要人帮忙，走路要用助行器。她有高血压和糖尿病，每天要吃五六种药，自己常常忘记吃。她只会说普通话，英语只会一点点。

想请问：
1. 附近有没有提供中文服务，或者有会说中文的员工的机构？
2. 每个月大概需要多少钱？她有Medicare，没有长期护理保险。
3. 出院之前需要准备哪些文件？

我白天上班，晚上七点以后方便接电话：(614) 555-0137。

谢谢！
陈丽华"""
    m = mk('陈丽华 <lihua.chen88@example.org>', INTAKE, "咨询：我母亲出院后的辅助生活", body, date=d)
    return m, '王秀英'

@reg('phi', 'lang')
def lang4():
    d = rdate(10, 2, 8, 14)
    q = before(d, hours=10)
    inner = """Здравствуйте, Маркус!

Спасибо за звонок вчера. Пишу по-русски, так мне проще, жена сказала, что у вас кто-то может перевести.

Отца, Бориса Каплана, выписывают из Lakeside General в пятницу. После инсульта у него слабость в правой руке и ноге, ходит только с ходунками и с помощью. Говорит нормально, но иногда путает слова. Врач сказал, что жить дома одному ему нельзя.

Нам нужно assisted living, где есть физиотерапия на месте и, желательно, сотрудники, которые говорят по-русски. Отец почти не говорит по-английски. Социальный работник в больнице, Мигель, дал нам ваш номер. Бюджет около 5 000 долларов в месяц.

Можно посмотреть места в четверг после обеда?

С уважением,
Дмитрий Каплан
тел. 614-555-0129"""
    body = f"""Team - does anyone read Russian? Google Translate says this is the Kaplan family Miguel called about (stroke, d/c Fri from Lakeside, wants Russian-speaking staff + on-site PT). I'll call the son back but want to be sure I'm not missing anything.

M

{fwd_hdr(q, 'Дмитрий Каплан <d.kaplan.home@example.com>', 'Marcus Oyelaran <moyelaran@harborlightplacement.com>', 'Отец - выписка в пятницу')}
{inner}"""
    m = mk(MARCUS, ADVISORS, "Fwd: Отец - выписка в пятницу", body, date=d)
    return m, 'Борис Каплан'

@reg('phi', 'lang')
def lang5():
    d = rdate(10, 10, 17, 26)
    body = """Hi Ma'am Dana,

Update lang po kay Lola Consuelo Ramos. Medyo hindi po siya okay ngayong linggo. Ayaw niyang kumain, konti lang yung breakfast at lunch niya, pero umiinom naman siya ng Ensure. Nagreklamo siya na masakit daw yung tiyan niya kagabi kaya tinawagan ko agad yung anak niya, si Ma'am Lorna.

Naka-schedule po siya sa doctor niya, si Dr. Villanueva, sa Lunes (Oct 14) ng 10:30am. Ako na lang po ang maghahatid sa kanya kasi may trabaho si Ma'am Lorna.

Paki-sabi na rin po sa family na kailangan na ng bagong supply ng diapers (Medium) at yung cream para sa likod niya kasi may konting pamumula na. Binabaligtad namin siya every 2 hours sa gabi.

Salamat po!
Imelda

Imelda Cruz, Owner/Administrator
Rosewood Gardens Care Home (6 beds)
(614) 555-0119"""
    m = mk(IMELDA, DANA, "Update kay Lola Consuelo", body, date=d)
    return m, 'Consuelo Ramos'

@reg('phi', 'lang')
def lang6():
    d = rdate(2, 27, 12, 5)
    body = f"""Oi Fernanda, tudo bem?

Segue o resumo das visitas de ontem com a sua mãe, Dona Maria do Carmo:

Maple Terrace – ela gostou do apartamento térreo e do jardim. A enfermeira (Carla) disse que eles conseguem ajudar no banho três vezes por semana e controlar os remédios dela, inclusive a insulina. Valor: US$ 5.400/mês + nível de cuidado 2 (US$ 900).

Bayview Commons – mais barato (US$ 4.800 já com os cuidados), mas o quarto é menor e ninguém lá fala português.

Sobre a memória: a Carla achou que, por enquanto, ela não precisa da ala de memória, mas recomendou uma avaliação com a geriatra depois da mudança. A Dona Maria deixou o fogão ligado duas vezes este mês, como você me contou, então eu realmente acho que morar sozinha não é mais seguro.

Próximos passos:
1) Você me confirma qual prefere até sexta;
2) Preciso do formulário médico assinado pelo Dr. Albuquerque;
3) Teste de tuberculose (pode ser no posto perto da casa dela).

Beijos, qualquer dúvida me liga!
Renata

{SIG_RENATA}

{DISCL}"""
    m = mk(RENATA, 'Fernanda Teixeira <fe.teixeira@example.com>', "Resumo das visitas - Dona Maria do Carmo", body, date=d)
    return m, 'Maria do Carmo Teixeira'

@reg('phi', 'lang')
def lang7():
    d = rdate(11, 14, 9, 50)
    body = """Bonjou,

Mwen rele Nadège Pierre-Louis. Manman m, Jeanine Pierre-Louis, gen 79 an, li lopital St. Brendan depi jedi pase. Li te fè yon atak (stwòk), kounye a li pa ka mache san èd epi bra goch li fèb. Asistan sosyal lopital la di m li pap ka retounen lakay li poukont li, e li ban m nimewo ajans nou an.

Nou bezwen yon kote ki ka pran swen l, ki pa twò lwen Fairhaven paske m travay lannwit. Manman m pale kreyòl ak franse sèlman, li pa pale anglè byen. Li gen Medicare ak Medicaid.

Eske nou ka rele m apre 3è nan apremidi? Nimewo m se 614-555-0196.

Mèsi anpil,
Nadège"""
    m = mk('Nadege Pierre-Louis <nadegepl@example.net>', INTAKE, "Manman m - li pral soti lopital", body, date=d)
    return m, 'Jeanine Pierre-Louis'

@reg('phi', 'lang')
def lang8():
    d = rdate(4, 8, 23, 2)
    body = """안녕하세요,

지난주 전화 상담 감사했습니다. 어머니 이순자(82세) 관련해서 몇 가지 더 여쭤보고 싶어서 메일 드립니다.

어머니는 2년 전에 치매 진단을 받으셨고, 요즘은 밤에 잠을 안 주무시고 자꾸 집 밖으로 나가려고 하십니다. 지난달에는 가스레인지를 켜 놓고 잊어버리신 적도 있습니다. 낮에는 데이케어에 다니시지만 저녁과 주말에는 제 아내가 혼자 돌보고 있어서 많이 힘들어합니다.

1. Willowbrook 같은 메모리 케어 시설에 한국어 하는 직원이 있나요?
2. 한국 음식(밥, 김치 등)을 가족이 가져다 드려도 되나요?
3. 어머니가 당뇨약을 드시는데 시설에서 약을 챙겨 주나요?

다음 주 토요일에 투어가 가능할까요?

감사합니다.
김준호 드림
614-555-0152"""
    m = mk('김준호 <junho.kim.fam@example.com>', DANA, "어머니 메모리 케어 문의 (이순자)", body, date=d)
    return m, '이순자'

# ================================================================ PHI: lists
@reg('phi', 'lists')
def lists1():
    d = rdate(6, 21, 17, 5)
    body = f"""Gail,

Pipeline as of Friday. Two move-ins next week if the paperwork lands.

CLIENT               AGE  NEED         FROM              STATUS
Albright, Joyce      91   MC           home w/ dtr       toured WB + MT, dtr deciding
Castellano, Jim      84   AL lvl 2     Northgate rehab   deposit pd Cedar Glen, move-in 6/25
Hanley, Gloria       78   MC secured   St Brendan 6W     2 declines (behaviors), trying Willowbrook
Petrakis, Nick       80   AL + PT      home, wife        Parkinson's, wife can't transfer, tours 6/27
Voss, Eleanor        93   AL/hospice   Lakeside          moved in Bayview 6/18 (hospice Tu/Th)
Yamada, Grace        87   IL->AL       Bayview IL        level-of-care eval 6/24
Kessler, Arthur      89   AL 2-person  St Brendan 5E     MT nurse reviewing, likely no

Stalled: Albright (dtr wants her home thru July 4th). Lost: none this week.

D

{SIG_DANA}"""
    m = mk(DANA, GAIL, "weekly pipeline 6/21", body, date=d)
    return m, 'Joyce Albright; Jim Castellano; Gloria Hanley; Nick Petrakis; Eleanor Voss; Grace Yamada; Arthur Kessler'

@reg('phi', 'lists')
def lists2():
    d = rdate(1, 16, 8, 37)
    body = f"""Marcus,

Here are the folks on my floors who are stuck waiting for placement. All have signed the release for your agency. Anything you can do before Friday's throughput meeting would be a huge help.

Hollis, Marjorie - 04/15/1942 - PEG tube, needs skilled or AL that can do tube feeds, dtr Anne (614) 555-0168
Dunleavy, Patrick - 10/02/1936 - mild dementia, wanders, MC secured, Medicaid pending
Sorensen, Ingrid - 06/27/1939 - post hip fx, walker, AL w/ PT, private pay
Abernathy, Louis - 01/09/1944 - CHF, O2 2L, AL with nursing oversight, VA benefits
Quintero, Alma - 11/21/1931 - needs total help w/ bathing & dressing, son wants near Millbrook

Thanks!
Miguel

Miguel Ferreira, LCSW
Inpatient Social Work | Lakeside General Hospital
(614) 555-0106 | pager 4471"""
    m = mk(MIGUEL, MARCUS, "pts awaiting placement - 4 North / 4 South", body, date=d)
    return m, 'Marjorie Hollis; Patrick Dunleavy; Ingrid Sorensen; Louis Abernathy; Alma Quintero'

@reg('phi', 'lists')
def lists3():
    d = rdate(8, 2, 10, 20)
    rows = [["Resident", "Move-in date", "Apt", "Care program", "Base rent", "Fee %", "Referral fee", "Advisor", "Notes"],
            ["Castellano, James", "2024-06-25", "118", "AL Level 2", "4650.00", "90", "4185.00", "D. Whitcomb", ""],
            ["Brandt, Harold", "2024-05-21", "204", "AL Level 2", "4950.00", "90", "4455.00", "M. Oyelaran", "LTC policy"],
            ["Delgado, Rosa", "2024-04-15", "207", "AL Level 3", "4200.00", "90", "3780.00", "L. Tran", "level change 5/1"],
            ["Molina, Frank", "2024-01-08", "118B", "AL Level 1", "4300.00", "90", "3870.00", "D. Whitcomb", "PAID 2/6"],
            ["Ostrowski, Helen", "2024-07-10", "312", "Medicaid waiver", "0.00", "flat", "1500.00", "M. Oyelaran", "waiver bed"],
            ["Baptiste, Roland", "2024-07-29", "109", "AL Level 1", "4650.00", "90", "4185.00", "R. Souza", "moved out 7/31 - hospital, pls hold"]]
    body = f"""Hi Angela,

Attached is our reconciliation of Cedar Glen move-ins through 7/31. I show three open invoices (Castellano, Brandt, Ostrowski). For Roland Baptiste - I saw he went out to the hospital two days after move-in, I've put that one on hold until you know whether he's returning.

Let me know if your numbers differ.

Thanks,
Jorge

{SIG_JORGE}

{DISCL}"""
    m = mk(JORGE, ANGELA, "Cedar Glen referral fee reconciliation thru 7/31", body, date=d,
           atts=[att('CedarGlen_recon_2024-07.csv', csv_text(rows), CSV)])
    return m, 'James Castellano; Harold Brandt; Rosa Delgado; Frank Molina; Helen Ostrowski; Roland Baptiste'

@reg('phi', 'lists')
def lists4():
    d = rdate(9, 20, 16, 0)
    rows = [["Day", "Time", "Advisor", "Client", "Family contact", "Communities", "Transport", "Notes"],
            ["Mon 9/23", "10:00", "Dana", "Beatrice Lindqvist", "Sofia L. 614-555-0161", "Willowbrook", "family driving", "MC; sundowning, go early"],
            ["Mon 9/23", "2:00", "Marcus", "Ray Dominguez", "self", "Cedar Glen; Bayview", "agency van", "uses wheelchair, O2 tank"],
            ["Tue 9/24", "11:00", "Linh", "Nguyen Van Bay", "Tuan 614-555-0185", "Cedar Glen (2nd visit)", "family", "bring interpreter? no - Linh"],
            ["Wed 9/25", "9:30", "Renata", "Maria do Carmo Teixeira", "Fernanda", "Maple Terrace", "agency van", "insulin - meet Carla RN"],
            ["Thu 9/26", "1:00", "Dana", "Harriet Okonkwo", "son Emeka", "Maple Terrace; Willowbrook", "family", "recent fall, walker"],
            ["Fri 9/27", "10:30", "Marcus", "Leonard Fisk", "wife Pat", "Bayview", "family", "hospice eligible? ask"]]
    body = f"""Hi all,

Tour schedule for next week is attached. Please check your rows - van is booked for Mon 2pm and Wed 9:30 only, let me know today if you need it for anything else.

Tess

{SIG_TESS}"""
    m = mk(TESS, ADVISORS, "Tours next week (9/23-9/27)", body, date=d,
           atts=[att('Tours_0923-0927.xlsx', xlsx_bytes(rows, 'Tours'), XLSX)])
    return m, 'Beatrice Lindqvist; Ray Dominguez; Nguyen Van Bay; Maria do Carmo Teixeira; Harriet Okonkwo; Leonard Fisk'

@reg('phi', 'lists')
def lists5():
    d = rdate(3, 28, 15, 12)
    q = before(d, days=1, hours=4)
    body = f"""Hi Priya - here's where we are on your referrals. Denise reviewed all of them this week.

| Prospect              | Referred | Nurse review          | Decision          | Next step                      |
|-----------------------|----------|-----------------------|-------------------|--------------------------------|
| Patrick Dunleavy      | 03/11    | 03/19 at Lakeside     | Accept            | Medicaid pending - waitlist    |
| Lorraine Baxter       | 03/14    | 03/21 home visit      | Accept            | move-in 4/2, dtr signing 3/29  |
| Gloria Hanley         | 03/18    | 03/25 St Brendan      | Decline           | hits staff, needs geri-psych   |
| Walter Grigsby        | 03/20    | pending               | -                 | hospital records requested     |

Let me know if the Hanley family wants a call from Denise to explain. These are never easy.

Sharon

Sharon Ippolito
Community Relations | Willowbrook Memory Care
(614) 555-0165

{onwrote(q, 'Priya Raghunathan <praghunathan@harborlightplacement.com>')}
{quote('''Hi Sharon, can you send me a status on the 4 referrals we have with you? Families are
asking. Thanks! Priya''')}"""
    m = mk(SHARON, PRIYA, "Re: status of open referrals", body, date=d, extra=reply_hdrs())
    return m, 'Patrick Dunleavy; Lorraine Baxter; Gloria Hanley; Walter Grigsby'

@reg('phi', 'lists')
def lists6():
    d = rdate(10, 30, 11, 5)
    body = f"""Gail - pasted from my tracker, these are the Medicaid waiver apps still open. Ostrowski and Quintero are the ones I'm worried about, both are in rehab and their Medicare days are almost up.

Client\tDOB\tCounty\tApp submitted\tCase #\tStatus\tWaiting on
Helen Ostrowski\t02/14/1937\tBrookfield\t08/12/24\tHCBS-2024-13390\tLOC assessment\tassessor visit
Alma Quintero\t11/21/1931\tMillbrook\t09/03/24\tHCBS-2024-14102\tfinancial review\tbank stmts (son)
Patrick Dunleavy\t03/30/1936\tBrookfield\t06/20/24\tHCBS-2024-11873\tapproved 10/22\tbed at Willowbrook
Ernestine Coles\t07/07/1940\tEaston\t10/01/24\tHCBS-2024-15018\tsubmitted\tnothing yet

Priya

{SIG_PRIYA}"""
    m = mk(PRIYA, GAIL, "open waiver apps", body, date=d)
    return m, 'Helen Ostrowski; Alma Quintero; Patrick Dunleavy; Ernestine Coles'

@reg('phi', 'lists')
def lists7():
    d = rdate(2, 9, 9, 40)
    q = before(d, days=1, hours=1)
    notes = f"""Advisor meeting 2/8 - notes (Tess)

Attendees: Gail, Dana, Marcus, Priya, Linh, Renata, Jorge, Tess

1. New CRM go-live moved to 3/4. Training sessions 2/26 and 2/28.
2. Cedar Glen raised Level 2 to $1,100 effective 3/1 - update the pricing binder.
3. St Brendan wants us at their discharge huddle Tuesdays 8:15. Marcus to cover.
4. Mileage forms due the 5th.
5. Client follow-ups:
   - Molina, Frank (Cedar Glen) - son upset re: pendant response at night. Dana to visit.
   - Pike, Dorothy (Maple Terrace) - settled in, dtr happy. Close out.
   - Lindqvist, Beatrice - getting lost in her building, dtr ready to look at MC.
   - Haskins, Earl - VA A&A denied, appeal? Gail to call VSO.
   - Ramos, Consuelo (Rosewood) - poor appetite, Imelda monitoring.
6. Next meeting 3/7."""
    body = f"""Thanks Tess. One correction - Haskins was not denied, they asked for more info (the 21-2680). I'll call his daughter today.

G

{onwrote(q, 'Tess Kowalczyk <tkowalczyk@harborlightplacement.com>')}
{quote(notes)}"""
    m = mk(GAIL, TEAM, "Re: meeting notes 2/8", body, date=d, extra=reply_hdrs())
    return m, 'Frank Molina; Dorothy Pike; Beatrice Lindqvist; Earl Haskins; Consuelo Ramos'

# ================================================================ PHI: names
@reg('phi', 'names')
def names1():
    d = rdate(6, 26, 18, 12)
    body = f"""Marcus, any chance you can take Mrs. Albright's tour at Willowbrook Friday at 10? I got pulled into a hospital eval. She's much sharper in the mornings - her daughter says the sundowning has gotten worse since the UTI in May and by 3pm she's asking for her husband (he passed in '19). Don't correct her, just redirect, she loves talking about her garden.

Daughter is Joyce Jr., goes by JJ. She'll meet you there.

owe you one
Dana"""
    m = mk(DANA, MARCUS, "fri tour - can you cover?", body, date=d)
    return m, 'Joyce Albright'

@reg('phi', 'names')
def names2():
    d = rdate(7, 1, 13, 3)
    q = before(d, hours=2)
    body = f"""Sorry Dana, ED made the call this morning. After what happened on the unit last week they can't take her back - the behaviors are more than our staffing can manage safely, she needs a secured unit with a geri-psych consult. We'll hold her things until the family can pick them up.

I know this isn't what the family wanted to hear. Happy to talk to the son if that helps.

Todd

{onwrote(q, 'Dana Whitcomb <dwhitcomb@harborlightplacement.com>')}
{quote('''Todd - any word from your ED? She's medically cleared at St Brendan and they want her
out by Wed. Son is hoping she can come back to her old apartment.''')}"""
    m = mk(TODD, DANA, "Re: Gloria Hanley", body, date=d, extra=reply_hdrs())
    return m, 'Gloria Hanley'

@reg('phi', 'names')
def names3():
    d = rdate(8, 8, 15, 45)
    body = f"""Hi Dana,

Quick update on Jimmy since you asked. He's become a fixture in the lobby, knows everyone's name, and he's already got a poker game going Thursdays. The not-so-great part: he's been turning down his showers (3 refusals this week) and he's skipping breakfast. Our nurse thinks he's embarrassed about needing help. We're going to try having Rafael (male caregiver) do his showers and see if that helps.

PT is coming 2x/week for his balance. His daughter Gina's been great.

Todd

Todd Nakamura
Move-In Coordinator, Cedar Glen Senior Living
(614) 555-0133"""
    m = mk(TODD, DANA, "Jimmy C. - 6 wk check-in", body, date=d)
    return m, 'Jimmy Castellano'

@reg('phi', 'names')
def names4():
    d = rdate(6, 19, 11, 20)
    q = before(d, hours=3)
    q2 = before(d, days=2)
    body = f"""Ugh. OK, I'll let the son know and start on Bayview. Thanks for looking so fast.

Dana

{onwrote(q, 'Carla Finch, RN <cfinch@mapleterraceliving.com>')}
{quote(f'''Hi Dana,

Re: Kessler, Arthur - I reviewed the hospital notes and did the phone screen with 5E. He's a
2-person assist for all transfers and they're using a mechanical lift at night. We don't have
lift-trained staff overnight and our license doesn't allow us to admit a resident who needs a
Hoyer. I'm sorry - I know he's a lovely man and the family really liked us.

If his PT progresses to 1-person stand-pivot in the next couple of weeks I'd be glad to
re-look.

Carla

{onwrote(q2, 'Dana Whitcomb')}
> Carla, can you review Art Kessler? St Brendan 5E, wants AL near his church. Notes attached.''')}"""
    m = mk(DANA, CARLA, "Re: review request", body, date=d, cc=BRENDA, extra=reply_hdrs())
    return m, 'Arthur Kessler'

@reg('phi', 'names')
def names5():
    d = rdate(2, 3, 7, 58)
    body = f"""Dana -

Bea had another fall last night, 3rd one since Christmas. Her daughter found her on the kitchen floor this morning, she's at St Brendan ER now getting her wrist x-rayed. Sofia called me crying - she says she's done, she's ready to look at memory care now, not "in the spring."

Can we move her up on the tour list? I know you have the Lindqvist file, I can take it if you're slammed.

Linh
{ANDROID}"""
    m = mk(LINH, DANA, "Bea", body, date=d)
    return m, 'Beatrice Lindqvist'

@reg('phi', 'names')
def names6():
    d = rdate(1, 18, 12, 14)
    q1 = before(d, days=1, hours=3)
    q2 = before(d, days=2)
    body = f"""Priya - can you do the nursing assessment on this one Tuesday? Family picked Maple Terrace, Carla wants our summary before she goes out.

M

{onwrote(q1, 'Anne Abernathy <anne.abernathy@example.com>')}
{quote('''Marcus, thank you for today. Dad liked the second place best (Maple Terrace). He
said the oxygen guy can deliver there the same as home. Let us know what's next.
Anne''')}
>
{quote(onwrote(q2, 'Miguel Ferreira <mferreira@lakesidegeneral.org>'))}
{quote(quote('''Marcus, introducing you to Anne Abernathy, whose father Louis is on 4 South. He's
had two CHF admissions since November, on 2L oxygen now, and the team doesn't think
he's safe back in his apartment alone. He'd like to stay near his VFW post. Anne, Marcus
is the placement advisor I mentioned.
Miguel'''))}"""
    m = mk(MARCUS, PRIYA, "Fwd: Re: Introduction", body, date=d)
    return m, 'Louis Abernathy'

@reg('phi', 'names')
def names7():
    d = rdate(6, 28, 16, 55)
    body = f"""Case review notes for Monday - Mr. Petrakis

Mr. Petrakis toured Cedar Glen and Bayview yesterday with his wife, Helen. The Parkinson's has progressed a lot since I first met them in March: he freezes in doorways, needs help to get out of a chair, and Helen (who is 5'1") can no longer do the transfers on her own - she hurt her back two weeks ago. He's still sharp and very much wants a say in this.

He liked Cedar Glen's PT gym. Concern: Cedar Glen is a 1-person-assist max. Bayview can do 2-person but he called it "a hospital."

Plan: ask Cedar Glen's nurse to assess in person next week; talk to Helen about respite at Bayview so she can recover. Neurologist appt is 7/9 - Helen will ask about the new meds.

Dana"""
    m = mk(DANA, 'Gail Hendricks <ghendricks@harborlightplacement.com>', "case review - Petrakis", body, date=d,
           cc=PRIYA)
    return m, 'Nick Petrakis'

@reg('phi', 'names')
def names8():
    d = rdate(7, 2, 10, 30)
    body = """Hi Dana!

Just had to tell you - thank you for sending Eleanor Voss our way! She's settling in beautifully. She's joined the Tuesday bingo crowd and already corrected our activity director's grammar twice. :)

The hospice nurse from Gentle Harbor comes Tues/Thurs and the aide on MWF, and they've been coordinating really well with our team. Her pain seems well managed, and her granddaughter visits most evenings.

We'll make sure you get an invite to her 94th birthday party next month.

Warmly,
Janelle

Janelle Moss | Community Relations Director
Bayview Commons
(614) 555-0163"""
    m = mk(JANELLE, DANA, "thank you!!", body, date=d, html=text_to_html(body))
    return m, 'Eleanor Voss'

# ================================================================ PHI: self
@reg('phi', 'self')
def self1():
    d = rdate(3, 11, 10, 2)
    body = """Dear Harborlight,

My name is Mildred Haugen and I am 84 years old. My neighbor gave me your card. I am writing for myself, not for a parent - I suppose I am the parent now!

I have macular degeneration in both eyes and my eye doctor told me in January I should not drive anymore. I gave up the car and it has been very hard to get to my appointments and the grocery store. I still manage my own pills but I have to use a magnifier and I worry I will make a mistake. Otherwise I get around fine with my cane.

I would like a small apartment somewhere with meals and transportation, and maybe someone to help with the medications. I do not want a nursing home. I have my pension and the money from the house once it sells.

Please write back or call me at (614) 555-0112. I do not check this e-mail every day so the phone is better. My grandson set this up for me.

Sincerely,
Mildred Haugen
77 Birchwood Ct., Easton Heights"""
    m = mk('Mildred Haugen <millie.haugen@example.net>', INTAKE, "Looking for a place for myself", body, date=d)
    return m, 'Mildred Haugen'

@reg('phi', 'self')
def self2():
    d = rdate(8, 6, 14, 27)
    body = f"""Dana,

I hate to bother you with this but you were the one who helped me find Cedar Glen so I thought you should know. My bill for August went up by almost $900. When I asked the front office, they said it was because after my hip surgery the nurse "reassessed" me and put me at Level 2. I have been home from rehab for three weeks and I'm already back to walking with just the walker, and I only need help getting in and out of the shower. Nobody discussed this with me or with my son.

Can they do that without telling me? I am on a fixed income and my long term care insurance doesn't start paying until October.

Rosemary Tillotson
Apt 226
(614) 555-0175"""
    m = mk('Rosemary Tillotson <rtillotson@example.com>', DANA, "my bill", body, date=d)
    return m, 'Rosemary Tillotson'

@reg('phi', 'self')
def self3():
    d = rdate(9, 19, 20, 44)
    body = """hi marcus this is ray dominguez. got your msg about the tours monday. couple things - my wheelchair is a power chair, its big, about 300 lbs, will it fit in your van? and i'm on oxygen 24/7 so i need to bring 2 tanks or the portable concentrator. the battery only lasts about 3 hrs.

also my legs have been swelling more this week, doc upped my water pill so i may need bathroom stops lol

ray
sent from my phone"""
    m = mk('Ray Dominguez <raydominguez47@example.org>', MARCUS, "monday", body, date=d)
    return m, 'Ray Dominguez'

@reg('phi', 'self')
def self4():
    d = rdate(10, 21, 9, 12)
    body = f"""Hello Gail,

You spoke at our church senior group in September and said I could write to you with questions.

I'm 79 and live in independent living at Bayview. My savings are down to about $38,000 and at the rate I'm going I'll be out of money by next summer. My cardiologist says that with my heart failure I'm going to need more help soon, probably assisted living, and I can't afford another $1,500 a month.

1. When should I apply for Medicaid? Before or after I run out?
2. Does my prepaid funeral count?
3. If I go on the waiver, can I stay at Bayview or will I have to move?

I don't have children to help with this, so I'm trying to plan ahead.

Thank you kindly,
Dolores Fairbanks"""
    m = mk('Dolores Fairbanks <dfairbanks1945@example.com>', GAIL, "Medicaid question", body, date=d)
    return m, 'Dolores Fairbanks'

@reg('phi', 'self')
def self5():
    d = rdate(5, 29, 16, 3)
    pdf = pdf_bytes([
        "EASTON HEIGHTS COMMUNITY HEALTH CLINIC",
        "1120 Garner Rd, Easton Heights   Tel (614) 555-0107",
        "",
        "TUBERCULIN SKIN TEST (TST) RECORD",
        "Name: Gerald A. Whitcomb-Lane        DOB: 01/17/1941",
        "Placed: 05/20/2024  Left forearm  Lot: TB4471  Placed by: K. Obi, LPN",
        "Read:   05/22/2024  Induration: 0 mm   Result: NEGATIVE",
        "Read by: K. Obi, LPN",
        "",
        "Chest x-ray: not indicated.",
        "This record may be provided to residential care facilities as required.",
    ])
    body = """Good afternoon Priya,

As requested, attached is my TB skin test result (negative, they read it on the 22nd). Dr. Solano's office says they faxed the physician's report form to Maple Terrace yesterday, and I have a copy of my medication list if anyone needs it.

I'm looking forward to the move on the 10th. My only worry is the stairs - please remind them I was promised a first-floor apartment because of my knees.

Best,
Gerald Whitcomb-Lane

Sent from my iPad"""
    m = mk('Gerald Whitcomb-Lane <gwlane@example.net>', PRIYA, "TB test result", body, date=d,
           atts=[att('TB_result.pdf', pdf, PDF)])
    return m, 'Gerald A. Whitcomb-Lane'

@reg('phi', 'self')
def self6():
    d = rdate(4, 2, 11, 31)
    body = """Mr. Oyelaran,

Following up on our phone call. I am a Korea-era veteran (Army 1952-54) and my COPD has gotten to where I'm on oxygen all night and most of the day. I can't keep up the house anymore.

My VA pension with Aid & Attendance was approved last month - $2,229/mo. With my Social Security that's about $4,100 total. I'm told some places won't take you on oxygen, or charge extra. I'd like to be near the VA clinic on Route 9 since I go there every other week for pulmonary rehab.

Also - does the VA benefit go to me or to the community? The VA letter didn't say.

Thank you,
Earl Haskins
(614) 555-0191"""
    m = mk('Earl Haskins <ehaskins.usarmy52@example.com>', MARCUS, "Assisted living on oxygen - VA question", body, date=d)
    return m, 'Earl Haskins'

@reg('phi', 'self')
def self7():
    d = rdate(11, 3, 7, 19)
    body = """Dana -

i've been thinking about what we talked about at the coffee social. my neurologist confirmed last week that it is early Alzheimer's. i want to make the decision about where i go while i can still make it myself, not leave it to my kids.

I'm happy in IL here at Bayview for now but I want to get on the list for memory care somewhere good, maybe Willowbrook. Can we meet next week? Tuesdays are bad, that's when I have my memory clinic group.

Grace
Sent from my iPad"""
    m = mk('Grace Yamada <graceyamada@example.org>', DANA, "planning ahead", body, date=d)
    return m, 'Grace Yamada'

# ================================================================ PHI: struct
@reg('phi', 'struct')
def struct1():
    d = rdate(9, 18, 14, 6)
    hl7 = "\n".join([
        "MSH|^~\\&|EPICADT|STBRENDAN|CMFWD|STBCM|20240918135502||ADT^A03|STB7720931|P|2.5.1",
        "EVN|A03|20240918135000",
        "PID|1||00483921^^^STB^MR~FIN4471230^^^STB^AN||KOWALSKI^IRENE^T||19380211|F|||27 WREN HOLLOW RD^^MILLBROOK^OH^43055||(614)555-0174|||W|CAT|4471230",
        "PV1|1|I|5E^5214^A^STB||||1720456^MORALES^DIANA^^^MD|||MED||||7|||1720456^MORALES^DIANA^^^MD|IN||MCR|||||||||||||||||01|||STB||||20240913081500|20240918134500",
        "DG1|1|I10|R41.81^AGE-RELATED COGNITIVE DECLINE^I10|||W",
        "DG1|2|I10|S32.591D^FX PUBIS SUBSQ ENCTR^I10|||W",
        "DG1|3|I10|Z74.09^OTHER REDUCED MOBILITY^I10|||W",
        "IN1|1|MCRA|MEDICARE|MEDICARE PART A||||||||||||KOWALSKI^IRENE^T|01|19380211|||||||||||||||||||||||||1EG4-TE5-MK72",
        "NK1|1|KOWALSKI-BRYCE^ANNA|DAU|(614)555-0186",
    ])
    body = f"""Dana,

Family signed the release this afternoon so here's the discharge message for the MRN I sent you Tuesday (pasted from the interface queue, sorry it's ugly). She went to Northgate for short-term rehab after all; they'll want AL from there in ~2 wks. Daughter Anna is your contact.

{hl7}

Karen

{HOSP_DISCL}"""
    m = mk(KAREN, DANA, "A03 - 00483921 (your referral from Tues)", body, date=d)
    return m, 'Irene T. Kowalski'

@reg('phi', 'struct')
def struct2():
    d = rdate(4, 15, 12, 0)
    bundle = {
        "resourceType": "Bundle", "type": "collection", "id": "hl-ref-2024-0412",
        "timestamp": "2024-04-15T11:58:12-04:00",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "cl-30917",
                          "identifier": [{"system": "https://harborlightplacement.com/client-id", "value": "HL-30917"}],
                          "name": [{"family": "Baxter", "given": ["Lorraine", "May"]}],
                          "gender": "female", "birthDate": "1937-08-04",
                          "telecom": [{"system": "phone", "value": "(614) 555-0115", "use": "home"}],
                          "address": [{"line": ["906 Sycamore St"], "city": "Brookfield", "postalCode": "43061"}]}},
            {"resource": {"resourceType": "Condition", "id": "cond-1",
                          "subject": {"reference": "Patient/cl-30917"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G30.1",
                                               "display": "Alzheimer's disease with late onset"}]},
                          "clinicalStatus": {"coding": [{"code": "active"}]}}},
            {"resource": {"resourceType": "Observation", "id": "obs-adl",
                          "subject": {"reference": "Patient/cl-30917"},
                          "code": {"text": "ADL assistance summary"},
                          "valueString": "Needs cueing for dressing, full assist bathing, exit-seeking 2x/week, continent with reminders"}},
            {"resource": {"resourceType": "ServiceRequest", "id": "sr-1", "status": "active", "intent": "order",
                          "subject": {"reference": "Patient/cl-30917"},
                          "code": {"text": "Memory care placement"},
                          "occurrenceDateTime": "2024-04-02",
                          "requester": {"display": "Priya Raghunathan, RN - Harborlight Senior Placement"},
                          "performer": [{"display": "Willowbrook Memory Care"}]}},
            {"resource": {"resourceType": "Coverage", "id": "cov-1", "status": "active",
                          "beneficiary": {"reference": "Patient/cl-30917"},
                          "subscriberId": "LTC-55120983", "payor": [{"display": "Keystone Mutual LTC"}]}},
        ]}
    body = f"""Sharon,

Per your IT person's request, the referral for Lorraine Baxter is attached as a FHIR bundle so it can import into your EHR instead of re-keying. Let me know if the import chokes and I'll send the PDF.

Priya

{SIG_PRIYA}"""
    m = mk(PRIYA, SHARON, "referral export (FHIR) - Baxter", body, date=d,
           atts=[att('referral_HL-30917.json', json.dumps(bundle, indent=2), JSONT)])
    return m, 'Lorraine May Baxter'

@reg('phi', 'struct')
def struct3():
    d = rdate(1, 22, 15, 40)
    ccd = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="LGH-CCD-88213"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Lakeside General Hospital - Continuity of Care Document</title>
  <effectiveTime value="20240122150211-0500"/>
  <recordTarget>
    <patientRole>
      <id extension="LGH0772145" root="2.16.840.1.113883.19.5.99999.2"/>
      <addr use="HP"><streetAddressLine>52 Cannon Ave Apt 2</streetAddressLine><city>Fairhaven</city><postalCode>43210</postalCode></addr>
      <telecom value="tel:+1-614-555-0144" use="HP"/>
      <patient>
        <name use="L"><given>Patrick</given><given>J</given><family>Dunleavy</family></name>
        <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19360330"/>
      </patient>
    </patientRole>
  </recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><list>
        <item>Vascular dementia, moderate (F01.B0)</item>
        <item>Type 2 diabetes mellitus (E11.9)</item>
        <item>Wandering (Z91.83)</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
      <title>Medications</title>
      <text><list>
        <item>donepezil 10 mg PO nightly</item>
        <item>metformin 500 mg PO twice daily</item>
        <item>sertraline 50 mg PO daily</item>
      </list></text>
    </section></component>
    <component><section>
      <code code="47420-5" codeSystem="2.16.840.1.113883.6.1" displayName="Functional status"/>
      <title>Functional Status</title>
      <text>Ambulates independently, steady gait. Requires supervision and cueing for bathing and dressing. Exit-seeking behavior on unit; wander guard in place. Continent.</text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = f"""Marcus - CCD for Mr. Dunleavy attached for the memory care communities. MC secured is a must (he got out to the parking lot twice this week). Medicaid app pending.

Miguel Ferreira, LCSW
Lakeside General Hospital | Social Work
(614) 555-0106

This message may contain confidential health information. If received in error please notify the sender and delete."""
    m = mk(MIGUEL, MARCUS, "CCD attached", body, date=d,
           atts=[att('CCD_LGH0772145.xml', ccd, XML)])
    return m, 'Patrick J. Dunleavy'

@reg('phi', 'struct')
def struct4():
    d = rdate(11, 1, 8, 0)
    rows = ["REF_ID|CLIENT_LAST|CLIENT_FIRST|DOB|CARE_LEVEL|SOURCE|COMMUNITY|STAGE|STAGE_DATE|ADVISOR",
            "R-2024-0587|GRIGSBY|WALTER|19340303|MC|LAKESIDE GEN SW|WILLOWBROOK|MOVED_IN|20241015|MOYELARAN",
            "R-2024-0602|OKONKWO|HARRIET|19400912|AL2|SELF/FAMILY|MAPLE TERRACE|DEPOSIT|20241028|DWHITCOMB",
            "R-2024-0611|FISK|LEONARD|19330517|AL+HOSPICE|FAMILY|BAYVIEW|TOURED|20240927|MOYELARAN",
            "R-2024-0618|COLES|ERNESTINE|19400707|AL-WAIVER|NORTHGATE|CEDAR GLEN|WAITLIST|20241022|PRAGHUNATHAN",
            "R-2024-0623|KOWALSKI|IRENE|19380211|AL1|ST BRENDAN CM|MAPLE TERRACE|ASSESSMENT|20241030|DWHITCOMB"]
    body = """Automated export from SeniorReferral Pro.
Report: Partner Pipeline - October 2024 (all partner communities)
Generated: 2024-11-01 08:00 ET
Rows: 5
Delimiter: pipe

Do not forward outside Harborlight and contracted partners."""
    m = mk('SeniorReferral Pro Reports <reports@seniorreferralpro-example.com>', JORGE,
           "Scheduled report: Partner Pipeline - Oct 2024", body, date=d,
           atts=[att('partner_pipeline_202410.txt', "\r\n".join(rows) + "\r\n", TXT)],
           extra={'Auto-Submitted': 'auto-generated'})
    return m, 'Walter Grigsby; Harriet Okonkwo; Leonard Fisk; Ernestine Coles; Irene Kowalski'

@reg('phi', 'struct')
def struct5():
    d = rdate(6, 12, 10, 48)
    segs = [
        "ST*271*0001*005010X279A1",
        "BHT*0022*11*EL240612-0091*20240612*1032",
        "HL*1**20*1",
        "NM1*PR*2*STATE MEDICAID PROGRAM*****PI*SMP001",
        "HL*2*1*21*1",
        "NM1*1P*2*CEDAR GLEN SENIOR LIVING*****XX*1578432096",
        "HL*3*2*22*0",
        "TRN*2*EL240612-0091*9CEDARGLEN",
        "NM1*IL*1*PRUITT*ERNEST*W***MI*71882046519",
        "N3*3300 CEDAR GLEN RD APT 141",
        "N4*FAIRHAVEN*OH*43210",
        "DMG*D8*19390726*M",
        "DTP*346*D8*20240601",
        "EB*1*IND*30**MEDICAID HCBS ASSISTED LIVING WAIVER",
        "EB*R*IND*30*MA*MEDICARE PART A",
        "EB*R*IND*30*MB*MEDICARE PART B",
        "MSG*WAIVER SLOT ACTIVE 20240601 LIABILITY AMT 412.00",
    ]
    segs.append(f"SE*{len(segs) + 1}*0001")
    x12 = ("ISA*00*          *00*          *ZZ*SMPELIG        *ZZ*CEDARGLEN01    *240612*1032*^*00501*000004471*0*P*:~\n"
           "GS*HB*SMPELIG*CEDARGLEN01*20240612*1032*4471*X*005010X279A1~\n"
           + "~\n".join(segs) + "~\nGE*1*4471~\nIEA*1*000004471~")
    body = f"""Jorge,

You asked for proof the waiver is active before you bill the flat fee. Pasting the eligibility response we got back this morning. Patient liability is $412/mo, which he pays to us.

{x12}

Angela

Angela Price | Business Office Manager
Cedar Glen Senior Living | (614) 555-0131"""
    m = mk(ANGELA, JORGE, "RE: waiver verification - Pruitt", body, date=d, extra=reply_hdrs())
    return m, 'Ernest W. Pruitt'

@reg('phi', 'struct')
def struct6():
    d = rdate(5, 18, 22, 41)
    payload = {
        "form_id": "family-intake-v3",
        "submission_id": "sub_8f31c2a07d",
        "submitted_at": "2024-05-18T22:41:07-04:00",
        "source": "harborlightplacement.com/get-help",
        "contact": {"name": "Denise Ochoa", "relationship": "daughter", "email": "denise.ochoa@example.com",
                    "phone": "614-555-0157", "best_time": "evenings"},
        "loved_one": {"first_name": "Rafael", "last_name": "Ochoa", "age": 86, "zip": "43061",
                      "current_setting": "hospital", "facility": "St. Brendan Regional",
                      "expected_discharge": "2024-05-22"},
        "needs": ["medication management", "bathing", "memory support", "diabetic care"],
        "mobility": "walker",
        "memory_concerns": True,
        "notes": "Dad fell at home and broke his wrist, hospital says he can't go home alone. He has been getting confused at night and left the stove on. He checks his sugar but forgets his insulin.",
        "budget_monthly": "4000-6000",
        "payment_sources": ["Medicare", "VA benefits", "savings"],
        "consent_contact": True,
    }
    body = ("New submission: Family Intake (v3)\n\n" + json.dumps(payload, indent=2) +
            "\n\n--\nWebhook relay - intake-forms@harborlightplacement.com\nRoute: new leads -> intake queue (round robin)")
    m = mk('Website Forms <forms-noreply@harborlightplacement.com>', INTAKE,
           "[Get Help] New family intake - sub_8f31c2a07d", body, date=d,
           extra={'Auto-Submitted': 'auto-generated', 'X-Form-Id': 'family-intake-v3'})
    return m, 'Rafael Ochoa'

@reg('phi', 'struct')
def struct7():
    d = rdate(10, 3, 9, 15)
    def fw(*fields):
        return "".join(str(v)[:w].ljust(w) if not isinstance(v, int) else str(v).rjust(w) for v, w in fields)
    hdr = "HDRMTSL01202409CENSUS  MAPLE TERRACE SENIOR LIVING       20241002"
    recs = [
        [("D", 1), ("MT000214", 8), ("PIKE", 15), ("DOROTHY", 12), ("19370511", 8), ("20240420", 8), ("AL2", 4), ("0465000", 7), ("A", 1)],
        [("D", 1), ("MT000301", 8), ("JESSUP", 15), ("WALTER", 12), ("19350228", 8), ("20240612", 8), ("AL1", 4), ("0445000", 7), ("A", 1)],
        [("D", 1), ("MT000118", 8), ("ABERNATHY", 15), ("LOUIS", 12), ("19440109", 8), ("20240205", 8), ("AL3", 4), ("0495000", 7), ("A", 1)],
        [("D", 1), ("MT000330", 8), ("WHITCOMB-LANE", 15), ("GERALD", 12), ("19410117", 8), ("20240610", 8), ("AL1", 4), ("0445000", 7), ("A", 1)],
        [("D", 1), ("MT000122", 8), ("TEIXEIRA", 15), ("MARIA DO CARMO", 12), ("19420318", 8), ("20240315", 8), ("AL2", 4), ("0540000", 7), ("H", 1)],
        [("D", 1), ("MT000209", 8), ("STRAND", 15), ("EVELYN", 12), ("19360922", 8), ("20240401", 8), ("AL2", 4), ("0465000", 7), ("D", 1)],
    ]
    lines = [hdr] + [fw(*r) for r in recs] + ["TRL000006"]
    layout = """Record layout (MTSL census v2)
pos 1     rec type  D=detail
pos 2-9   resident id
pos 10-24 last name
pos 25-36 first name
pos 37-44 DOB yyyymmdd
pos 45-52 move-in yyyymmdd
pos 53-56 care level
pos 57-63 base rent (implied 2 decimals)
pos 64    status A=active H=hospital leave D=discharged"""
    body = f"""Hi Jorge,

September census file for Harborlight-referred residents attached, same layout as always (pasted below for your new analyst). Note Mrs. Teixeira is on hospital leave since 9/28 and Mrs. Strand discharged 9/19 (moved to her daughter's).

{layout}

Kevin Ambrose
Executive Director, Maple Terrace Senior Living
(614) 555-0120

{COMM_DISCL}"""
    m = mk(KEVIN, JORGE, "Sept census - referral partners", body, date=d,
           atts=[att('MTSL_census_202409.dat', "\r\n".join(lines) + "\r\n", TXT)])
    return m, 'Dorothy Pike; Walter Jessup; Louis Abernathy; Gerald Whitcomb-Lane; Maria do Carmo Teixeira; Evelyn Strand'

# ================================================================ CLEAN: admin
@reg('clean', 'admin')
def admin1():
    d = rdate(2, 20, 16, 30)
    body = f"""Hi everyone,

A few office/IT items before the CRM switch:

1. SeniorReferral Pro go-live is Monday 3/4. The old tracker goes read-only Friday 3/1 at 5pm. Please finish updating referral stages (toured / deposit / moved in) before then so the migration is clean.
2. Our main fax number is moving to e-fax. (614) 555-0149 stays the same, but incoming faxes will land in the fax@ inbox instead of the machine by the copier. Hospital discharge packets and physician forms will come through there - please don't print them unless you need to, and shred anything you do print (blue bin).
3. VPN: if you work from home or from the hospital lobby, you need the new VPN client. Install link went out from IT yesterday. Old client stops working 3/8.
4. Laptop updates are scheduled Thursday night. Leave your laptop plugged in and logged out.

Questions to me or to Devon at Northpoint IT (helpdesk@northpointit-example.com, ext. 2).

Thanks,
Tess

{SIG_TESS}

{DISCL}"""
    return mk(TESS, TEAM, "CRM go-live, e-fax, VPN - please read", body, date=d), ''

@reg('clean', 'admin')
def admin2():
    d = rdate(4, 1, 8, 5)
    body = f"""Advisors,

Agenda for Thursday's meeting (4/4, 9:00-10:30, conference room + Zoom):

1. Memory care pricing trends - Sharon from Willowbrook will join for 20 min to talk about how they price secured units vs. the "enhanced AL" model.
2. Level-of-care fee structures: we're seeing more communities move from tiered levels to point-based care plans. Priya will walk through how to explain this to families (e.g., medication management, two-person transfers, incontinence care, diabetic care - what costs extra where).
3. Hospital relationships: St Brendan discharge huddle is working. Lakeside wants an in-service on what AL can and can't do (oxygen, insulin, feeding tubes, Hoyer lifts). Volunteers?
4. Respite stays: which partners are accepting 2-week respite right now.
5. Q1 numbers (Jorge).

Please bring your pricing binder updates.

Gail

{SIG_GAIL}"""
    return mk(GAIL, ADVISORS, "Agenda - advisors meeting Thurs 4/4", body, date=d), ''

@reg('clean', 'admin')
def admin3():
    d = rdate(1, 10, 11, 0)
    body = f"""Team,

Effective February 1, a few changes to how we handle referral fees and refunds with partner communities. Jorge will update all partner agreements at renewal.

- Standard fee: 90% of the first full month's base rent (care/level fees excluded). Memory care: 90% of base memory care rate.
- Medicaid waiver placements: flat $1,500.
- Rebate schedule if a resident moves out or passes away: within 30 days of move-in, 100% credit; 31-60 days, 50%; after 60 days, no credit. A hospital stay does not count as a move-out unless the community issues a formal discharge notice.
- Invoices go out within 5 business days of move-in confirmation; net 30.
- We never bill families, and advisors should never discuss the fee amount with a family beyond our standard disclosure ("we're paid by the community you choose").

The disclosure language in our intake packet has been updated accordingly - please use the new version (v2024.1) starting today.

Gail

{SIG_GAIL}

{DISCL}"""
    return mk(GAIL, TEAM, "Referral fee & rebate policy - effective 2/1", body, date=d), ''

@reg('clean', 'admin')
def admin4():
    d = rdate(7, 23, 15, 15)
    q = before(d, days=2)
    body = f"""Hi Monica,

Thanks for sending the redline. We're fine with most of it. Two open points on the 2024-2026 Referral Services Agreement:

Section 4.2 (Fee): you proposed 75% of first month's rent. Our current rate with Crestline communities is 90%, and memory care is where we're placing most of your residents. Could we meet at 85% for AL and keep 90% for memory care?

Section 6.1 (Rebate): we'd like the rebate period to stay at 60 days, not 90. Most early move-outs are due to a change in care needs, which your nurse assessment is designed to catch before move-in.

Section 9 (Data sharing): agreed - we'll only send care-needs summaries through the secure portal, and your communities will confirm move-in dates in writing within 3 business days.

Happy to hop on a call Thursday.

Jorge

{SIG_JORGE}

{onwrote(q, 'Monica Feld <mfeld@crestlineseniorliving.com>')}
{quote('''Jorge - attached is our redline of the referral agreement for Cedar Glen and our two
other communities. Legal would like it signed by 8/15. Thanks, Monica

Monica Feld | VP, Sales & Marketing | Crestline Senior Living''')}"""
    return mk(JORGE, 'Monica Feld <mfeld@crestlineseniorliving.com>', "RE: Referral Services Agreement 2024-2026 - redline",
              body, cc=GAIL, date=d, extra=reply_hdrs()), ''

@reg('clean', 'admin')
def admin5():
    d = rdate(5, 13, 10, 25)
    body = f"""Hi all - supply order goes in Wednesday. Current list:

- Family guide folders (tri-fold): 500
- "Understanding Levels of Care" inserts: 300 (updated with the new memory care pricing page)
- Fall-prevention checklist handouts: 200
- Medication management explainer handout: 200
- Business cards for Linh and Renata (bilingual versions)
- Hand sanitizer + disinfecting wipes for the van
- Disposable gloves (M/L) for the van kit
- 2 replacement transfer belts for the van (Marcus says the buckle on one is cracked)
- Coffee pods, creamer, paper plates

Anything else, reply by Tues noon.

Tess"""
    return mk(TESS, TEAM, "supply order Wed", body, date=d), ''

@reg('clean', 'admin')
def admin6():
    d = rdate(8, 15, 13, 50)
    body = f"""Team,

The accessible van (the white Transit, plate HLX-4471) goes in for its annual wheelchair lift inspection and oil change next Tuesday 8/20. It will be out all day. Tours that day will need to use family cars or be rescheduled.

Reminders on the van:
- Book it on the shared calendar, not by text.
- Wheelchair tie-downs: all four points plus the lap belt, every time.
- Oxygen tanks must be secured upright in the rack behind the driver's seat.
- Wipe down seats, rails and the lift controls after each use.
- Log mileage on the clipboard in the glovebox.

Also: the building is re-sealing the parking lot Saturday 8/24. Don't leave cars overnight Friday.

Thanks,
Tess

{SIG_TESS}"""
    return mk(TESS, TEAM, "Van out for lift inspection 8/20 + parking lot", body, date=d), ''

@reg('clean', 'admin')
def admin7():
    d = rdate(11, 18, 9, 30)
    pricing = pdf_bytes([
        "MAPLE TERRACE SENIOR LIVING - 2025 RATE SHEET (effective 01/01/2025)",
        "",
        "ASSISTED LIVING - MONTHLY BASE RENT",
        "  Studio (410 sq ft) ............................ $4,450",
        "  One bedroom (585 sq ft) ....................... $4,950",
        "  Two bedroom (820 sq ft) ....................... $5,900",
        "  Second occupant fee ........................... $1,100",
        "",
        "LEVELS OF CARE (added to base rent)",
        "  Level 1 - med management, weekly check-ins ..... $650",
        "  Level 2 - + bathing/dressing assistance ........ $1,100",
        "  Level 3 - + two-person transfers, incontinence . $1,850",
        "  Diabetic management (insulin) ................. $350",
        "",
        "ARBOR MEMORY CARE (secured neighborhood) - all inclusive",
        "  Private suite ................................. $7,400",
        "  Companion suite ............................... $5,950",
        "",
        "Community fee (one-time): $1,500    Respite: $225/day, 14-day minimum",
    ])
    body = f"""Hello referral partners,

Attached is our 2025 rate sheet. Base rents increase an average of 4.5%; care levels are unchanged except Level 3, which goes from $1,750 to $1,850 to reflect added staffing for two-person assists. Current residents received their 60-day notices last week.

Also new in 2025: respite is back at a 14-day minimum, and we are now accepting residents who need insulin injections in all neighborhoods.

As always, please have families schedule tours through me so I can make sure our nurse is available for questions.

Brenda

Brenda Lusk | Director of Sales & Move-Ins
Maple Terrace Senior Living | (614) 555-0121

{COMM_DISCL}"""
    return mk(BRENDA, 'Referral Partners <partners@mapleterraceliving.com>', "2025 rates - Maple Terrace", body, date=d,
              atts=[att('MapleTerrace_2025_Rates.pdf', pricing, PDF)]), ''

# ================================================================ CLEAN: lookalike
@reg('clean', 'lookalike')
def look1():
    d = rdate(3, 5, 10, 10)
    body = f"""Hi Janet,

Attached/below is our invoice for the sponsorship of the February Lunch & Learn for the St. Brendan case management department.

INVOICE  HSP-INV-2024-0031
Date: 03/05/2024            Terms: Net 30 (due 04/04/2024)
Bill to: St. Brendan Health Foundation, Attn: Accounts Payable
         PO# 4500188732 / Cost center 7710-CM
Remit to: Harborlight Senior Placement LLC, EIN 47-3019982

Line  Description                                          Qty   Unit      Amount
1     Lunch & Learn sponsorship - 02/21/2024, 6W conf rm    1    $750.00   $750.00
2     CEU certificate processing (1.0 contact hr, 38 RN/SW) 38   $5.00     $190.00
3     Printed handouts "AL vs. SNF: what discharge teams..." 60  $1.25     $75.00
                                                                 Subtotal  $1,015.00
                                                                 Tax       $0.00
                                                                 TOTAL     $1,015.00

ACH/remittance details on file with your AP team; please reference HSP-INV-2024-0031.

Thank you!
Jorge

{SIG_JORGE}"""
    return mk(JORGE, 'Janet Kearns <jkearns@stbrendanhealth.org>', "Invoice HSP-INV-2024-0031 - Lunch & Learn sponsorship", body, date=d), ''

@reg('clean', 'lookalike')
def look2():
    d = rdate(5, 16, 14, 2)
    body = """Your order has shipped!

Order #: PP-7739215
PO #: HL-PO-0516
Ship date: 05/16/2024
Carrier: UPS Ground
Tracking #: 1Z 9F4 471 03 8821 6604
Estimated delivery: 05/20/2024

Items:
  SKU TF-8511  Tri-fold folder, 2-pocket, navy w/ gold foil       QTY 500
  SKU IN-0211  Insert, 8.5x11, 100# gloss, "Levels of Care"       QTY 300
  SKU HO-1102  Handout, "Fall Prevention Checklist"               QTY 200
  SKU BC-3350  Business cards, 16pt, 2-sided (x2 names)           QTY 1000

Ship to:
  Harborlight Senior Placement, Attn: T. Kowalczyk
  2250 Corbin Ave, Suite 310, Fairhaven

Questions? Call PrintPoint at (800) 555-0147, reference your order number.

PrintPoint Commercial Printing | printpoint-example.com"""
    return mk('PrintPoint Orders <orders@printpoint-example.com>', TESS, "Shipped: Order PP-7739215 (PO HL-PO-0516)", body, date=d,
              html=text_to_html(body)), ''

@reg('clean', 'lookalike')
def look3():
    d = rdate(1, 29, 9, 20)
    rows = [["Community", "Type", "State license #", "Licensed beds", "MC beds", "Main phone", "Fax", "Sales contact", "Direct"],
            ["Maple Terrace Senior Living", "AL/MC", "RCF-0447103", 112, 24, "(614) 555-0120", "(614) 555-0122", "Brenda Lusk", "(614) 555-0121"],
            ["Cedar Glen Senior Living", "AL (waiver)", "RCF-0385520", 96, 0, "(614) 555-0130", "(614) 555-0132", "Todd Nakamura", "(614) 555-0133"],
            ["Willowbrook Memory Care", "MC", "RCF-0501187", 48, 48, "(614) 555-0164", "(614) 555-0166", "Sharon Ippolito", "(614) 555-0165"],
            ["Bayview Commons", "IL/AL", "RCF-0298814", 140, 0, "(614) 555-0162", "(614) 555-0169", "Janelle Moss", "(614) 555-0163"],
            ["Rosewood Gardens Care Home", "Adult family home", "AFH-00912", 6, 0, "(614) 555-0119", "", "Imelda Cruz", "(614) 555-0119"]]
    body = f"""Updated partner directory attached (Jan 2024). License numbers verified against the state lookup on 1/26; Willowbrook's renewal is through 12/31/2025. Please replace the copy in your binder.

Tess

{SIG_TESS}"""
    return mk(TESS, TEAM, "Partner directory - Jan 2024", body, date=d,
              atts=[att('partner_directory_2024-01.csv', csv_text(rows), CSV)]), ''

@reg('clean', 'lookalike')
def look4():
    d = rdate(7, 3, 8, 0)
    body = f"""Q2 2024 placement report (Apr 1 - Jun 30)

Inquiries received ............ 214   (web 41%, hospital/SNF 33%, phone 18%, other 8%)
Assessments completed ......... 97
Tours conducted ............... 161
Move-ins ...................... 42    (Q1: 36, +16.7%)
  Assisted living ............. 25
  Memory care ................. 14
  Medicaid waiver ............. 3
Avg client age at move-in ..... 84.3
Avg days inquiry -> move-in ... 23.6  (hospital referrals: 9.8)
Move-outs within 60 days ...... 2     (4.8%)
Referral fee revenue .......... $168,412.50
Top sources: St. Brendan CM (11), Lakeside SW (8), Northgate (6)

Full dashboard: SeniorReferral Pro > Reports > Quarterly.

Jorge

{SIG_JORGE}"""
    return mk(JORGE, 'Gail Hendricks <ghendricks@harborlightplacement.com>', "Q2 numbers", body, cc=ADVISORS, date=d), ''

@reg('clean', 'lookalike')
def look5():
    d = rdate(9, 10, 11, 22)
    body = """Northpoint IT Service Desk

Ticket INC-0048812 has been RESOLVED.

Requester: Linh Tran (Harborlight Senior Placement)
Category: Hardware > Laptop > Battery
Asset tag: HSP-LT-0117
Model: Latitude 5440   Serial: 7QXK4R3
Replacement battery: P/N 0RGM8W, lot 24-B1187
Resolution: Battery replaced under warranty (case 198-557-3021). BIOS updated to 1.14.0.
Time spent: 0.75 h

Related: INC-0048790 (van tablet HSP-TB-0004, serial R9KT20GH) - still open, awaiting part.

If the issue returns, reply to this e-mail within 7 days to reopen the ticket.
Northpoint IT | helpdesk@northpointit-example.com | (614) 555-0199 opt 2"""
    return mk('Northpoint IT Service Desk <helpdesk@northpointit-example.com>', LINH,
              "[INC-0048812] Resolved: Laptop battery not charging", body, date=d, cc=TESS,
              extra={'Auto-Submitted': 'auto-replied'}), ''

@reg('clean', 'lookalike')
def look6():
    d = rdate(3, 14, 12, 45)
    body = f"""Hi all - several of you asked for a cheat sheet for reading hospital discharge summaries. These are the codes we see most often on referral paperwork and what they usually mean for placement. (Always confirm with the community nurse.)

CODE      DESCRIPTION                                   PLACEMENT NOTE
F03.90    Unspecified dementia, unsp. severity          ask about wandering/exit-seeking -> MC?
F01.B0    Vascular dementia, moderate                   often MC
G30.1     Alzheimer's disease, late onset               AL w/ memory support or MC
G20.A1    Parkinson's disease w/o dyskinesia            check transfer needs (1 vs 2 person)
I50.9     Heart failure, unspecified                    O2? daily weights? -> AL w/ nursing
J44.9     COPD, unspecified                             O2 concentrator OK at most partners
E11.9     Type 2 diabetes w/o complications             insulin = extra fee at MT
S72.001D  Fx of femoral neck, subsequent encounter      usually rehab first, then AL
Z74.09    Other reduced mobility                        wheelchair accessible unit
Z91.81    History of falling                            fall-risk plan at move-in
R41.81    Age-related cognitive decline                 not a dementia dx by itself
Z99.81    Dependence on supplemental oxygen             tank storage rules vary

Also common on hospital paperwork: CPT 99238/99239 (discharge day mgmt) - nothing to do with us, ignore.

Priya

{SIG_PRIYA}"""
    return mk(PRIYA, ADVISORS, "ICD-10 cheat sheet for discharge paperwork", body, date=d), ''

@reg('clean', 'lookalike')
def look7():
    d = rdate(10, 24, 15, 5)
    body = f"""Updated list of home health and hospice agencies families ask us about. Numbers verified 10/23.

AGENCY                          TYPE          NPI          CMS CCN   INTAKE PHONE     FAX
Gentle Harbor Hospice           Hospice       1467093821   361544    (614) 555-0171   (614) 555-0172
Brookfield Visiting Nurses      Home health   1982746105   367221    (614) 555-0174   (614) 555-0175
Comfort Keepers of Fairhaven*   Non-medical   n/a          n/a       (614) 555-0176   -
Lakeside Home Care              Home health   1720558314   367009    (614) 555-0178   (614) 555-0179
Evergreen Hospice & Palliative  Hospice       1336281907   361602    (614) 555-0181   (614) 555-0182

Geriatricians accepting new pts in AL:
 Dr. Alan Reyes, MD - NPI 1598776023 - Millbrook Family Practice - (614) 555-0110
 Dr. Sunita Varghese, DO - NPI 1104938275 - Fairhaven Geriatrics - (614) 555-0111 (makes AL visits Tues)

*private pay only

Marcus

{SIG_MARCUS}"""
    return mk(MARCUS, ADVISORS, "home health / hospice / geri list (Oct)", body, date=d), ''

# ================================================================ CLEAN: news
@reg('clean', 'news')
def news1():
    d = rdate(5, 1, 7, 0)
    text = """HARBORLIGHT HOMEWARD - May 2024 family newsletter

7 QUESTIONS TO ASK ON A MEMORY CARE TOUR
1. What dementia training does every caregiver get, and how often is it refreshed?
2. What is the staff-to-resident ratio on days, evenings and overnight?
3. How do you handle exit-seeking and sundowning without medication first?
4. What happens if needs increase - when would a resident have to move?
5. How are families kept informed (care conferences, app, phone)?
6. What's included in the monthly rate, and what costs extra?
7. Can we join a meal and an activity before deciding?

BY THE NUMBERS
Families we helped in Q1: 36. Average time from first call to move-in: 24 days.

COMMUNITY SPOTLIGHT
Willowbrook Memory Care just opened a sensory garden with raised beds and a walking loop.

UPCOMING
Free workshop: "Paying for Senior Care - VA, Medicaid waivers and long-term care insurance." Thursday May 16, 6:30 pm, Fairhaven Public Library, Room B. Light refreshments.

You are receiving this because you subscribed at harborlightplacement.com. Unsubscribe: https://harborlightplacement.com/unsubscribe
Harborlight Senior Placement, 2250 Corbin Ave, Suite 310, Fairhaven"""
    html = html_wrap(
        '<img src="cid:hl-logo" alt="Harborlight Senior Placement" width="180" height="40">'
        '<h2 style="color:#183e68">Harborlight Homeward &middot; May 2024</h2>'
        '<h3>7 questions to ask on a memory care tour</h3><ol>'
        '<li>What dementia training does every caregiver get, and how often is it refreshed?</li>'
        '<li>What is the staff-to-resident ratio on days, evenings and overnight?</li>'
        '<li>How do you handle exit-seeking and sundowning without medication first?</li>'
        '<li>What happens if needs increase &mdash; when would a resident have to move?</li>'
        '<li>How are families kept informed?</li>'
        '<li>What&#39;s included in the monthly rate, and what costs extra?</li>'
        '<li>Can we join a meal and an activity before deciding?</li></ol>'
        '<h3>By the numbers</h3><p>Families we helped in Q1: <b>36</b>. Average time from first call to move-in: <b>24 days</b>.</p>'
        '<h3>Upcoming</h3><p>Free workshop: <i>Paying for Senior Care</i> &ndash; Thu May 16, 6:30 pm, Fairhaven Public Library.</p>'
        '<p style="font-size:11px;color:#777">Unsubscribe: harborlightplacement.com/unsubscribe</p>', 'Harborlight Homeward')
    m = mk('Harborlight Senior Placement <news@harborlightplacement.com>', 'Subscribers <subscribers@harborlightplacement.com>',
           "Homeward | 7 questions to ask on a memory care tour", text, date=d, html=html,
           extra={'List-Unsubscribe': '<https://harborlightplacement.com/unsubscribe>'})
    # attach the logo as a related inline image to the HTML part
    html_part = m.get_body(preferencelist=('html',))
    html_part.add_related(logo_png(), maintype='image', subtype='png', cid='<hl-logo>', filename='harborlight-logo.png')
    return m, ''

@reg('clean', 'news')
def news2():
    d = rdate(6, 10, 13, 0)
    body = """DEPARTMENT OF AGING & DISABILITY SERVICES
Residential Care Facility Bulletin 2024-07

Subject: Final rule on dementia care training and overnight staffing in assisted living

Summary of changes (effective January 1, 2025):
- All direct care staff in licensed residential care facilities must complete 8 hours of dementia-specific training within 30 days of hire, plus 4 hours annually.
- Facilities advertising memory care must maintain at least one awake staff member per 15 residents overnight in secured units.
- Facilities must provide prospective residents and families a written disclosure of services available for residents with dementia, including circumstances that may require transfer.
- Medication aides must complete the updated 20-hour curriculum; existing certifications remain valid until renewal.

Public comments received: 412. Most common themes: workforce availability (38%), cost (27%), training quality (19%).

Providers and referral agencies with questions may contact the Licensing Unit at rcf.licensing@aginganddisability-services.org or (800) 555-0133.

This bulletin is distributed to licensed providers and registered placement agencies. Do not reply to this message."""
    return mk('ADS Licensing Bulletins <bulletins@aginganddisability-services.org>', 'Registered Placement Agencies <agencies-list@aginganddisability-services.org>',
              "RCF Bulletin 2024-07: dementia training & overnight staffing rule", body, date=d,
              extra={'Precedence': 'bulk'}), ''

@reg('clean', 'news')
def news3():
    d = rdate(8, 19, 10, 30)
    body = f"""FYI - worth skimming before your next hospital in-service. Summary from the Journal of Residential Care (Aug issue):

"Falls in assisted living: a 3-year cohort across 41 communities"
- 6,218 residents followed; 1 in 3 fell at least once per year.
- Most falls happened between 6 and 9 pm and in the bathroom.
- Communities with scheduled toileting rounds after dinner had 22% fewer falls.
- Hip fractures were 3.1x more likely in the first 90 days after move-in.
- Motion-sensor night lights and non-slip flooring were the two cheapest interventions with measurable effect.

Takeaway for us: when families ask "how do you prevent falls?", the good answer includes evening rounds and the first-90-days plan.

Priya

{SIG_PRIYA}"""
    return mk(PRIYA, ADVISORS, "research summary - falls in AL", body, date=d), ''

@reg('clean', 'news')
def news4():
    d = rdate(9, 3, 9, 0)
    text = """You're invited!

GRAND OPENING - THE ARBOR AT MAPLE TERRACE
Our new 24-suite secured memory care neighborhood

Open House: Saturday, September 21, 11 am - 2 pm
4400 Maple Terrace Pkwy, Fairhaven

- Guided tours of the suites, sensory room and enclosed courtyard
- Meet our Memory Care Director and our dementia-certified care team
- "Understanding the Stages of Dementia" talk at 12:30 with a local geriatric nurse practitioner
- Lunch by our culinary team, live music

Referral partners: bring families, or come see the space yourselves. RSVP to Brenda Lusk, (614) 555-0121.

Maple Terrace Senior Living | Assisted Living | Memory Care | Respite
Equal Housing Opportunity"""
    return mk(BRENDA, 'Referral Partners <partners@mapleterraceliving.com>', "You're invited: Grand Opening of The Arbor memory care, 9/21", text,
              date=d, html=text_to_html(text)), ''

@reg('clean', 'news')
def news5():
    d = rdate(10, 15, 6, 30)
    body = """SENIOR ADVISORS GUILD - Member Update, October

MARKET PULSE
- Regional AL occupancy reached 88.9% in Q3, up from 86.4% a year ago. Memory care occupancy: 91.2%.
- Average AL base rent in the region: $4,870/month (+5.1% YoY). Memory care: $7,210 (+6.3%).
- Waitlists for Medicaid waiver beds average 4-7 months.

STANDARDS
The Guild's updated Code of Practice for referral agencies takes effect Jan 1: written fee disclosure at first contact, no referral to communities with unresolved serious citations, and a 2-business-day response standard to hospital discharge planners.

EDUCATION
Webinar Nov 12: "Talking with families about hospice in assisted living" (1.0 CE). Register in the member portal.

Annual conference: March 6-8, Riverside Convention Center.

Senior Advisors Guild | senioradvisorsguild-example.org
You are receiving this as a member. Manage preferences in the member portal."""
    return mk('Senior Advisors Guild <updates@senioradvisorsguild-example.org>', GAIL,
              "Member Update: occupancy, new Code of Practice, Nov webinar", body, date=d,
              extra={'Precedence': 'bulk', 'List-Id': '<members.senioradvisorsguild-example.org>'}), ''

@reg('clean', 'news')
def news6():
    d = rdate(9, 26, 11, 15)
    body = """Brookfield County Public Health - Fall Respiratory Season Notice for Congregate Senior Settings

Flu, COVID-19 and RSV vaccines for the 2024-25 season are now available. Adults 75+ and residents of long-term care settings are recommended to receive the updated COVID-19 vaccine, an annual flu vaccine (high-dose or adjuvanted preferred for 65+), and one lifetime dose of RSV vaccine.

Last season in Brookfield County, 61% of respiratory outbreaks reported by congregate settings occurred in assisted living and memory care communities. Communities that held on-site clinics by mid-October reported outbreaks 40% less often.

Mobile clinic dates for assisted living, memory care and adult family homes:
  Oct 8  - Fairhaven (north)      Oct 15 - Millbrook
  Oct 10 - Easton Heights         Oct 17 - Brookfield
To schedule, call the Immunization Program at (614) 555-0104.

Placement agencies: please remind families moving a loved one in this fall to bring vaccination records to the move-in.

Brookfield County Public Health | Immunization Program"""
    return mk('Brookfield County Public Health <immunizations@brookfieldcountyhealth.org>', TEAM,
              "Fall respiratory season: vaccine clinics for senior living", body, date=d), ''

# ================================================================ CLEAN: staff
@reg('clean', 'staff')
def staff1():
    d = rdate(4, 26, 15, 0)
    body = f"""Weekend on-call for hospital discharge calls (St Brendan, Lakeside, Northgate):

Sat 4/27  8a-2p   Marcus Oyelaran     c (614) 555-0177
Sat 4/27  2p-8p   Linh Tran           c (614) 555-0188
Sun 4/28  8a-2p   Renata Souza        c (614) 555-0171
Sun 4/28  2p-8p   Dana Whitcomb       c (614) 555-0193
Backup (clinical questions): Priya Raghunathan, RN  c (614) 555-0156

The on-call phone forwards from the main line (614) 555-0140 after 5pm Friday. Log every call in the CRM by Monday 9am. If a hospital needs a same-day assessment on Sunday, call Priya before you commit.

Thanks all,
Tess"""
    return mk(TESS, TEAM, "on-call this weekend", body, date=d), ''

@reg('clean', 'staff')
def staff2():
    d = rdate(11, 4, 9, 0)
    body = f"""Hi everyone,

Open enrollment for 2025 benefits runs November 4-18. This is the one time a year you can change medical, dental and vision plans or add/remove dependents without a qualifying event.

What's new:
- Medical: we're staying with the same carrier. Premiums for the PPO go up 6%; the HSA plan stays flat and the company HSA contribution goes up to $900.
- Dental: orthodontia now covered for dependents up to age 19.
- New: an Employee Assistance Program (free, confidential counseling - 6 sessions per issue) and an eldercare navigation benefit. Yes, we see the irony.
- FSA limit: $3,200.

Benefits info session: Thursday 11/7 at 12:00 in the conference room (lunch provided) or on Zoom. The broker, Alicia from Fairbanks Benefits Group, will answer questions. Please make your elections in the portal; I can't see anyone's individual medical info and neither can Gail.

Tess Kowalczyk
Office Manager / HR"""
    return mk(TESS, TEAM, "2025 open enrollment - Nov 4-18", body, date=d), ''

@reg('clean', 'staff')
def staff3():
    d = rdate(3, 8, 11, 11)
    body = f"""Team!

Next Friday (3/15) marks FIVE years since Marcus joined Harborlight. In that time he's built our hospital liaison program from scratch, sat through roughly a thousand discharge huddles, and still somehow answers his phone on Sundays.

We're doing a potluck lunch in the conference room Friday at 12:30. Sign-up sheet is on the fridge - Renata has already claimed pão de queijo, so nobody else try.

Please keep it quiet, it's a surprise (sort of - he reads the shared calendar).

Gail"""
    return mk(GAIL, 'Harborlight Team (minus Marcus) <team-social@harborlightplacement.com>', "shhh - Marcus 5 yr anniversary potluck 3/15", body,
              date=d, html=text_to_html(body)), ''

@reg('clean', 'staff')
def staff4():
    d = rdate(5, 24, 16, 40)
    body = f"""Hi all,

I'll be out of the office June 3 - June 14, back Monday 6/17. Coverage while I'm away:

- St Brendan 6W / 5E referrals: Marcus
- My active clients at Maple Terrace and Willowbrook: Linh (handoff notes are in each CRM record)
- Billing questions on my move-ins: Jorge
- Anything urgent: Gail

My auto-reply will point families to the main line. I'll have my phone but please treat me as unreachable.

Thank you!
Dana

{SIG_DANA}"""
    return mk(DANA, TEAM, "OOO 6/3-6/14 - coverage", body, date=d), ''

@reg('clean', 'staff')
def staff5():
    d = rdate(1, 8, 8, 30)
    body = f"""Please welcome Priya Raghunathan, RN, BSN, who joins us today as our Client Care Coordinator!

Priya comes to us after 11 years at Lakeside General, most recently as a nurse case manager on the orthopedics unit, and before that in home health. She holds an active RN license and is a Certified Dementia Practitioner (CDP). She'll be doing our nursing assessments, writing care needs summaries for partner communities, and helping advisors understand hospital paperwork.

Her desk is next to Jorge's (sorry Priya). Direct line (614) 555-0155.

Please stop by and say hi - and Marcus, she already knows half of your hospital contacts.

Gail

{SIG_GAIL}"""
    return mk(GAIL, TEAM, "Welcome Priya Raghunathan, RN", body, date=d), ''

@reg('clean', 'staff')
def staff6():
    d = rdate(11, 20, 10, 5)
    body = f"""Payroll reminders:

- Because of Thanksgiving, payroll for the 11/16-11/30 period will be deposited Wednesday 11/27 instead of Friday 11/29.
- Timesheets (hourly staff) are due Monday 11/25 by noon.
- Mileage reimbursement: rate for 2024 remains $0.67/mile. Submit the mileage log with tour addresses (community names are fine - you don't need client names on the form).
- Year-end: verify your address in the payroll portal by 12/15 so W-2s go to the right place.

Thanks,
Jorge

{SIG_JORGE}"""
    return mk(JORGE, TEAM, "Payroll date change (Thanksgiving) + mileage", body, date=d), ''

@reg('clean', 'staff')
def staff7():
    d = rdate(1, 3, 9, 45)
    body = f"""2024 advisor territories & credentials (for the website bios and the hospital packets):

Advisor              Credentials                      Territory / hospitals                Languages
Dana Whitcomb        CSA (#CSA-118420), 9 yrs         Fairhaven north, St Brendan 5E/6W    English
Marcus Oyelaran      CSA, Hospital Liaison            Lakeside General, Northgate Rehab     English, Yoruba
Linh Tran            CSA (exp. 08/2025)               Millbrook, Easton Heights            English, Vietnamese
Renata Souza         Certified Placement Advisor      Brookfield County                    English, Portuguese, Spanish
Priya Raghunathan    RN, BSN, CDP (lic. RN.771204)    Assessments - all territories        English, Tamil
Gail Hendricks       MSW, LSW                         Director / escalations               English

Dana and Marcus: your CSA renewals are due by 6/30 - CE hours can come from the Guild webinars.

Gail"""
    return mk(GAIL, TEAM, "territories + credentials 2024", body, date=d), ''

# ================================================================ CLEAN: training
@reg('clean', 'training')
def train1():
    d = rdate(2, 14, 14, 0)
    body = f"""New advisor training - Case Study #4 (fictional, composite; no real client)

"Mrs. A" is an 86-year-old widow who lives alone in a two-story house. Her son lives out of state. Over the last six months she has lost weight, missed two bill payments, and was found by a neighbor walking to a store that closed years ago. She uses a cane, manages her own bathing "slowly," and says she is "perfectly fine." Budget: ~$5,000/month from pension and savings; no long-term care insurance.

Exercise (bring written answers to Thursday's session):
1. What additional information do you need before recommending a level of care?
2. AL with memory support, or secured memory care? What would change your answer?
3. How would you open the conversation with Mrs. A herself, not just her son?
4. Which two partner communities would you suggest touring, and why?
5. What are the red flags that would make you suggest a physician visit first?

Model answers will be shared after the session.

Priya

{SIG_PRIYA}"""
    return mk(PRIYA, 'New Advisor Cohort <newadvisors@harborlightplacement.com>', "Training: case study #4 (Mrs. A)", body, date=d), ''

@reg('clean', 'training')
def train2():
    d = rdate(2, 22, 9, 10)
    body = """Quick quiz before Thursday - 10 questions, open book, answers at the bottom (no peeking).

1. Which usually costs more: a studio in AL with Level 2 care, or a private suite in secured memory care?
2. True/False: Medicare pays for long-term assisted living room and board.
3. What does "two-person assist" mean and why does it matter for AL admission?
4. Name three ADLs.
5. What's the typical elimination period on a long-term care insurance policy?
6. What VA benefit can help a wartime veteran or surviving spouse pay for AL?
7. True/False: a community can admit a resident who needs a mechanical (Hoyer) lift if the family hires private aides.
8. What is "respite"?
9. Who completes the physician's report form before move-in?
10. What should you do if a hospital sends you clinical records before the family signs our release?

ANSWERS: 1) memory care usually  2) False  3) needs two staff for transfers; many AL licenses can't support it  4) bathing, dressing, toileting, transferring, eating, continence  5) 90 days is common  6) Aid & Attendance (VA pension)  7) Depends on state license - usually False; check with the nurse  8) a short-term stay  9) the resident's physician  10) don't open/forward; notify Priya and ask the hospital to resend after the release is signed.

- Priya"""
    return mk(PRIYA, 'New Advisor Cohort <newadvisors@harborlightplacement.com>', "quiz - levels of care & payment", body, date=d), ''

@reg('clean', 'training')
def train3():
    d = rdate(2, 27, 13, 30)
    body = f"""SeniorReferral Pro - SANDBOX test script (do NOT use production)

Sandbox URL: https://sandbox.seniorreferralpro-example.com  (login: your email + "sbx")

Test records (fictitious - already loaded in sandbox):
  TEST, CLIENTONE     DOB 01/01/1930   Care: AL1     Source: Website
  TEST, CLIENTTWO     DOB 02/02/1930   Care: MC      Source: Hospital - "TEST HOSPITAL"
  SAMPLE, FAMILY      (contact record, linked to CLIENTTWO)

Steps:
 1. Open TEST, CLIENTONE. Change stage New -> Assessment. Confirm the assigned-advisor notification e-mail arrives.
 2. Add a tour for CLIENTTWO at "Sandbox Community A" for tomorrow 10:00. Confirm the .ics invite generates.
 3. Move CLIENTTWO to Moved In with a $5,000 base rent. Confirm an invoice draft of $4,500 (90%) is created.
 4. Mark CLIENTTWO Moved Out at day 20. Confirm a 100% credit memo is drafted.
 5. Export Partner Pipeline report; confirm TEST rows appear only in sandbox.

Log pass/fail in the sheet in the CRM Go-Live folder. Report bugs to Tess.

Tess

{SIG_TESS}"""
    return mk(TESS, TEAM, "CRM sandbox test script - please complete by 2/29", body, date=d), ''

@reg('clean', 'training')
def train4():
    d = rdate(3, 20, 10, 0)
    script = ["## Intake call role-play - script B (fictional sample family)",
              "Roles: ADVISOR (trainee); CALLER: 'Pat Sample', adult child of 'Mom' (fictional)",
              "CALLER: Hi, the hospital gave me your number. They say my mom can't go home.",
              "ADVISOR: I'm glad you called. Before anything else - how are YOU doing with all this?",
              "CALLER: Honestly, exhausted.",
              "ADVISOR: That makes sense. Can you tell me a little about what a typical day looked like for her before the hospital?",
              "(Trainee goal: gather ADLs, memory, mobility, budget, location, timeline without reading a checklist.)",
              "CALLER: She was doing OK. Well, mostly. She'd forget meals.",
              "ADVISOR: When you say forget meals, what does that look like?",
              "Debrief questions: Did you explain how we're paid? Did you ask about the release form before discussing hospital records? Did you set a next step?"]
    body = f"""Attached is role-play script B for Friday's practice calls. Everyone will do one round as advisor and one as caller. Characters are made up - please don't use real client stories in the role-play.

Renata

{SIG_RENATA}"""
    return mk(RENATA, 'New Advisor Cohort <newadvisors@harborlightplacement.com>', "role-play script B for Friday", body, date=d,
              atts=[att('Intake_RolePlay_ScriptB.docx', docx_bytes(script), DOCX)]), ''

@reg('clean', 'training')
def train5():
    d = rdate(4, 11, 15, 20)
    sample = pdf_bytes([
        "SAMPLE - FICTITIOUS - FOR TRAINING ONLY",
        "HARBORLIGHT CARE NEEDS SUMMARY (example)",
        "",
        "Prospective resident: Jane Example   Age: 80s",
        "Current setting: hospital (Sample General), expected discharge 'Day 0'",
        "Bathing: stand-by assist 2x/week    Dressing: independent",
        "Mobility: rolling walker, 1-person assist on stairs",
        "Medications: needs staff administration (list from physician)",
        "Memory: mild forgetfulness, no wandering",
        "Family: daughter (POA) - contact via advisor",
        "",
        "Teaching notes: every line should answer 'what does staff need to do, how often?'",
    ])
    body = f"""Hi Karen and Miguel,

Thanks for having us at the joint case management in-service next week. As promised, here's the agenda and a sample (fictitious) care needs summary so your teams can see what we send to communities.

Webinar: "From Discharge Order to Move-In: How AL placement works"
 - What AL can and can't do (insulin, oxygen, lifts, tube feeds) - Priya
 - Timelines: release form, nurse assessment, physician form, TB screening
 - Where referrals stall and how to avoid Friday-afternoon surprises
 - Q&A

1.0 contact hour for RNs and SWs.

Gail

{SIG_GAIL}"""
    return mk(GAIL, [KAREN, MIGUEL], "In-service materials - discharge to AL", body, date=d, cc=PRIYA,
              atts=[att('SAMPLE_CareNeedsSummary.pdf', sample, PDF)]), ''

@reg('clean', 'training')
def train6():
    d = rdate(8, 7, 10, 45)
    hl7 = "\n".join([
        "MSH|^~\\&|EPICADT|STBRENDAN_TST|CMFWD|HARBORLIGHT_TST|20240807101500||ADT^A03|TST000017|T|2.5.1",
        "EVN|A03|20240807101500",
        "PID|1||TST9900017^^^STB^MR||ZZTEST^MEMORYCARE^A||19000101|F|||1 TEST ST^^TESTVILLE^OH^00000||(000)000-0000",
        "PV1|1|I|TST^0001^A^STB||||9999999^TESTDOC^NONE^^^MD|||MED||||7|||||IN",
        "DG1|1|I10|Z00.00^TEST DIAGNOSIS PLACEHOLDER^I10|||W",
    ])
    body = f"""Hi Tess,

We're testing the discharge-referral feed to your CRM in our TEST environment (processing ID "T"). Below is the synthetic message we'll send at 11:00. It is a dummy patient - ZZTEST records are purged nightly. Please confirm whether it lands in your sandbox intake queue and whether the DG1 shows up.

{hl7}

Thanks,
Raj Patel
Interface Analyst, St. Brendan Health System IT
(614) 555-0108

{HOSP_DISCL}"""
    return mk('Raj Patel <raj.patel@stbrendanhealth.org>', TESS, "Interface test - synthetic A03 (ZZTEST)", body, date=d, cc=KAREN), ''

# ================================================================ main
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'ids'): 8, ('phi', 'lang'): 8, ('phi', 'lists'): 7,
    ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'struct'): 7,
    ('clean', 'admin'): 7, ('clean', 'lookalike'): 7, ('clean', 'news'): 6,
    ('clean', 'staff'): 7, ('clean', 'training'): 6,
}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REG:
        key = (label, kind)
        counts[key] = counts.get(key, 0) + 1
        msg, patient = fn()
        name = f"{label}-{kind}-{counts[key]:03d}.eml"
        with open(os.path.join(out, name), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([name, label, kind, patient])
    assert counts == EXPECTED, counts
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for (label, kind), n in counts.items():
        print(f"{label}-{kind}: {n}")
    print(f"total: {sum(counts.values())}")

if __name__ == '__main__':
    main()
