#!/usr/bin/env python3
"""Builds a set of .eml messages for an outpatient infusion / specialty pharmacy
centre, plus labels.csv.  Standard library only, deterministic."""
import sys, os, io, csv, json, random, zlib, zipfile, datetime, wave, struct, html
from email.message import EmailMessage
from email import policy
from email.header import Header
from email.utils import format_datetime

SEED = 11901
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

TZ = datetime.timezone(datetime.timedelta(hours=-5))
TZ4 = datetime.timezone(datetime.timedelta(hours=-4))
BASE = datetime.datetime(2024, 3, 4, 7, 30, tzinfo=TZ)
ITEMS = []          # (label, kind, patient_name, EmailMessage)


def when(day=None, hour=None, minute=None, weekend=False):
    d = BASE.date() + datetime.timedelta(days=day if day is not None else random.randint(0, 45))
    while not weekend and d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    tz = TZ4 if d >= datetime.date(2024, 3, 10) else TZ
    h = hour if hour is not None else random.randint(7, 18)
    mi = minute if minute is not None else random.randint(0, 59)
    return datetime.datetime(d.year, d.month, d.day, h, mi, random.randint(0, 59), tzinfo=tz)


def qdate(dt):
    """Outlook style date used inside quoted headers."""
    return dt.strftime('%A, %B ') + str(dt.day) + dt.strftime(', %Y ') + \
        str(int(dt.strftime('%I'))) + dt.strftime(':%M %p')


def gdate(dt):
    """Gmail style 'On ... wrote:' date."""
    return dt.strftime('%a, %b ') + str(dt.day) + dt.strftime(', %Y at ') + \
        str(int(dt.strftime('%I'))) + dt.strftime(':%M %p')


def mid(frm):
    dom = frm.rsplit('@', 1)[-1].strip().strip('>')
    return '<%s.%s@%s>' % (format(random.getrandbits(40), '010x'),
                           format(random.getrandbits(20), '05x'), dom)


def new(frm, to, subject=None, cc=None, date=None, raw_subject=None,
        headers=(), xmailer=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if raw_subject is not None:
        m.set_raw('Subject', raw_subject)
    elif subject.isascii() and len(subject) > 66:
        m.set_raw('Subject', fold_ascii(subject))
    else:
        m['Subject'] = subject
    dt = date or when()
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = mid(frm)
    for k, v in headers:
        m[k] = v
    if xmailer:
        m['X-Mailer'] = xmailer
    m._dt = dt
    return m


def ew(text, charset, enc=None, limit=64):
    """RFC 2047 encoded header value in a chosen charset (B or Q), folded by hand."""
    import base64
    enc = enc or ('q' if charset.lower().startswith('iso-8859') or charset.lower().startswith('windows') else 'b')

    def word(chunk):
        raw = chunk.encode(charset)
        if enc == 'b':
            payload = base64.b64encode(raw).decode('ascii')
        else:
            payload = ''.join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in '!*+-/' else
                              ('_' if b == 32 else '=%02X' % b) for b in raw)
        return '=?%s?%s?%s?=' % (charset, enc.upper(), payload)
    words, cur = [], ''
    for ch in text:
        if cur and len(word(cur + ch)) > limit:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return '\n '.join(words)


def fold_ascii(value, width=68):
    out, line = [], ''
    for tok in value.split(' '):
        if line and len(line) + 1 + len(tok) > width:
            out.append(line)
            line = tok
        else:
            line = (line + ' ' + tok) if line else tok
    out.append(line)
    return '\n '.join(out)


def add(label, kind, patient, m):
    ITEMS.append((label, kind, patient or '', m))


def to_html(text, font='Calibri, Arial, sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(html.escape(x) for x in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:%s;font-size:11pt">\n' % font +
            '\n'.join(out) + '\n</body></html>\n')


def alt(m, text, htm=None, charset='utf-8', cte=None):
    m.set_content(text, charset=charset, cte=cte) if cte else m.set_content(text, charset=charset)
    m.add_alternative(htm if htm is not None else to_html(text), subtype='html')


def gt(body):
    return '\n'.join(('> ' + l) if l else '>' for l in body.strip('\n').split('\n'))


def outlook(frm, dt, to, subject, body, cc=None):
    s = '\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, qdate(dt), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s' % (subject, body.strip('\n'))


# ------------------------------------------------------------------ file builders
ZDT = (2024, 3, 1, 9, 0, 0)


def zbytes(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return html.escape(str(s), quote=True)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1'):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>' % rns),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/>'
         '</sheets></workbook>' % (ns, rns, _x(sheet))),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>' % rns),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(sd))),
    ]
    return zbytes([(n, d.encode('utf-8')) for n, d in files])


def docx(blocks):
    """blocks: list of str (paragraph) or list-of-lists (table)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for i, row in enumerate(b):
                rows.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                               % para(c, i == 0) for c in row) + '</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '</w:tblPr>%s</w:tbl>' % ''.join(rows))
        elif b.startswith('# '):
            body.append(para(b[2:], True))
        else:
            body.append(para(b))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body))),
    ]
    return zbytes([(n, d.encode('utf-8')) for n, d in files])


def _pesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Document', size=10):
    per = 54
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    for i, pg in enumerate(pages):
        pid, cid = 5 + 2 * i, 6 + 2 * i
        kids.append(pid)
        content = 'BT /F1 %d Tf 14 TL 54 748 Td\n' % size + \
            ''.join('(%s) Tj T*\n' % _pesc(l) for l in pg) + 'ET\n'
        raw = zlib.compress(content.encode('cp1252', 'replace'))
        objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw) + raw + b'\nendstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Report Writer 4.2) /CreationDate (D:20240301090000-05\'00\') >>'
               % _pesc(title)).encode('cp1252', 'replace')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)


def csvtext(rows, delim=','):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    w.writerows(rows)
    return s.getvalue()


def wav_bytes(seconds=0.4, rate=8000):
    bio = io.BytesIO()
    with wave.open(bio, 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b''.join(struct.pack('<h', 0) for _ in range(int(seconds * rate))))
    return bio.getvalue()


# ------------------------------------------------------------------ people / boilerplate
ORG = 'Wexford Valley Medical Center'
DANA = 'Dana Kowalczyk <dkowalczyk@wvmc.example>'
MARCUS = 'Marcus Oyelaran <moyelaran@wvmc.example>'
PRIYA = 'Priya Raghunathan <praghunathan@wvmc.example>'
LETICIA = 'Leticia Ferreira <lferreira@wvmc.example>'
GRACE = 'Grace Whitcombe <gwhitcombe@wvmc.example>'
JULES = 'Jules Thibodeaux <jthibodeaux@wvmc.example>'
HANNAH = 'Hannah Lindqvist <hlindqvist@wvmc.example>'
ACHTER = 'Samuel Achterberg MD <sachterberg@wvmc.example>'
RENEE = 'Renée Marchetti <rmarchetti@wvmc.example>'
KWAME = 'Kwame Boateng <kboateng@wvmc.example>'
OLIVIA = 'Olivia Tran <otran@wvmc.example>'
MARICEL = 'Maricel Santos <msantos@wvmc.example>'
GARY = 'Gary Lindholm <glindholm@wvmc.example>'
HUY = 'Huy Lam <hlam@wvmc.example>'
INES = 'Inés Calderón <icalderon@wvmc.example>'
INFUSION = 'Outpatient Infusion Center <infusion@wvmc.example>'
SPECRX = 'WVMC Specialty Pharmacy <specialtyrx@wvmc.example>'
RNLIST = 'Infusion RN Team <infusion-rn@wvmc.example>'
RXLIST = 'Specialty Pharmacy Staff <specrx-staff@wvmc.example>'

DISC = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use\n'
        'of the intended recipient(s) and may contain confidential and privileged information. Any\n'
        'unauthorized review, use, disclosure or distribution is prohibited. If you are not the\n'
        'intended recipient, please contact the sender by reply e-mail and destroy all copies of the\n'
        'original message.')

DISC_VENDOR = ('This email and any files transmitted with it are confidential and intended solely for the\n'
               'use of the individual or entity to whom they are addressed. If you have received this\n'
               'email in error please notify the sender. Please consider the environment before printing.')

SIG = {
    'dana': 'Dana Kowalczyk, BSN, RN, OCN\nCharge Nurse, Outpatient Infusion Center\n%s | Pavilion B, 2nd Floor\nP (555) 410-2210' % ORG,
    'marcus': 'Marcus Oyelaran, PharmD, BCPS\nManager, Specialty & Infusion Pharmacy\n%s\n(555) 410-2288 | moyelaran@wvmc.example' % ORG,
    'priya': 'Priya Raghunathan, CPhT\nPrior Authorization Specialist | Specialty Pharmacy\n(555) 410-2295  Fax (555) 410-2299',
    'leticia': 'Leticia Ferreira\nPatient Access Representative - Infusion Scheduling\n%s\n(555) 410-2200 option 2' % ORG,
    'grace': 'Grace Whitcombe, RN, CRNI\nOutpatient Infusion Center, Pavilion B\n(555) 410-2231',
    'hannah': 'Hannah Lindqvist, MSN, APRN, FNP-C\nInfusion Services\n%s' % ORG,
    'renee': 'Renée Marchetti\nFinancial Counselor - Copay & Foundation Assistance\nWVMC Specialty Pharmacy | (555) 410-2279',
    'kwame': 'Kwame Boateng, PharmD\nClinical Pharmacist, Infusion\n(555) 410-2290',
    'gary': 'Gary Lindholm\nRevenue Cycle Analyst, Pharmacy Billing\n%s | (555) 410-3102' % ORG,
    'olivia': 'Olivia Tran, CPhT\nSpecialty Pharmacy - Receiving & Dispensing\n(555) 410-2292',
}


# ================================================================== phi-care
# care 1: reaction note, plain text
m = new(GRACE, KWAME, 'chair 6 - rate hold / premed change', cc=HANNAH, date=when(6, 12, 31))
m.set_content("""Kwame,

Heads up on Erik Halvorsen in chair 6. About 30 min into his infliximab he got
flushed across the chest and said his throat felt "scratchy." Stopped the pump at
11:42 -- BP 148/92, HR 104, sat 97% on RA. Hannah came over and we gave
diphenhydramine 25 mg IV + famotidine 20 mg IV per the standing orders. Everything
settled by 12:10, restarted at half rate and he's back up to 125 mL/hr now without
any issues. Wife is with him and is driving.

Hannah wants his premeds bumped for next time (add hydrocortisone 100 mg IV 30 min
prior). Can you update the order set before his next one on 4/29? And please don't
send up his next bag until she signs off on it.

Thanks,
Grace

""" + SIG['grace'] + '\n')
add('phi', 'care', 'Erik Halvorsen', m)

# care 2: no-show, multipart/alternative
m = new(LETICIA, DANA, 'No-show 0800 chair 11', date=when(8, 8, 47), xmailer='Microsoft Outlook 16.0')
t = """Hi Dana,

Deborah Flanagan didn't show for her 8:00 iron sucrose (dose 3 of 5). That's the second
miss this month. I called the cell on file twice and left a voicemail, also tried her
husband Pat at the number in her contacts -- no answer.

Chair 11 is open now if you want to pull the 9:30 add-on up early.

Do you want me to rebook her for next week, or wait until we hear back from Dr. Achterberg's
office? Her ferritin recheck is supposed to be 4 weeks after the last dose so this will push
that out too.

Thanks,
Leticia

""" + SIG['leticia']
alt(m, t)
add('phi', 'care', 'Deborah Flanagan', m)

# care 3: dosing interval change, HTML only
m = new(MARCUS, 'Noor Hashemi MD <nhashemi@wvmc.example>', 'Vedolizumab q4wk - L. Ferrándiz',
        cc=PRIYA, date=when(9, 15, 5))
m.set_content("""<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#1f1f1f">
<p>Dr. Hashemi,</p>
<p>Lucía Ferrándiz's vedolizumab trough from 3/6 resulted at <b>4.1 mcg/mL</b>, anti-drug antibodies
not detected. Per your note on the 7th we are moving her to <b>300 mg every 4 weeks</b> starting with the
3/27 dose (chair already held at 13:00).</p>
<p>Priya submitted the frequency change to Cascadia Mutual this morning, reference
CM-PA-7741903. They quoted 5&ndash;7 business days. If it isn't back by the 25th we'll give the 3/27 dose
under the existing auth (it still covers one more q8wk dose) and sort out billing after.</p>
<p>Her CRP on the same draw was 14 mg/L, down from 31 in January &mdash; copying that here since it
didn't cross to your inbox.</p>
<p>Thanks,<br>Marcus</p>
<table style="border-top:1px solid #999;margin-top:14px;font-size:9pt;color:#555"><tr><td>
Marcus Oyelaran, PharmD, BCPS<br>Manager, Specialty &amp; Infusion Pharmacy<br>
Wexford Valley Medical Center<br>(555) 410-2288</td></tr></table>
</body></html>
""", subtype='html')
add('phi', 'care', 'Lucía Ferrándiz', m)

# care 4: long staff thread about chair moves, death buried at top
d1 = when(11, 9, 2); d2 = when(11, 10, 40); d3 = when(14, 7, 55)
thread = outlook(LETICIA, d2, DANA + '; ' + GRACE + '; ' + JULES, 'RE: Easter week chairs',
"""I can do that. So Thursday becomes:
- chairs 1-8 normal
- chairs 9-12 closed after 2 pm (Jules leaving at 2)
- the two Rituxan first-doses move to Wednesday AM (chairs 3 and 4, 7:30 start)

Friday we're at 60% so I'll stop booking after 21 patients. I'll send the final grid
Wednesday. Anyone who wants Saturday coverage instead of Friday let me know.

Leticia""") + outlook(DANA, d1, LETICIA, 'Easter week chairs',
"""Leticia -- for Easter week we're short two RNs Thursday afternoon and Friday is the
holiday schedule. Can we close 9-12 after 2 on Thursday and move anything long
(first-dose rituximab, the 6-hr IVIGs) to Wed or the following Monday? Please don't
move the iron patients, they're quick and they fill gaps.

Also reminder the pharmacy hood recert is Tuesday 6-9 am, so nothing compounded
before 9:15 that day. Plan premixed/stable stuff for the early chairs.

Dana""")
m = new(DANA, LETICIA + ', ' + GRACE + ', ' + JULES, 'RE: Easter week chairs', cc=OLIVIA, date=d3)
m.set_content("""Works for me, thanks Leticia.

Separate thing, fyi for everyone -- Walter Pemberton passed away Saturday at home. His daughter
called the front desk this morning. Please cancel his remaining IVIG appointments (3/19 and 4/16).
Olivia, can you stop the Keystone shipment for his April fill and pull the bag that's in fridge 2
for return/credit?

I'll send a card from the unit if anyone wants to sign, it's at the nurses' station.

Dana

""" + SIG['dana'] + thread + '\n')
add('phi', 'care', 'Walter Pemberton', m)

# care 5: pre-infusion labs, quoted-printable with disclaimer
m = new(HANNAH, 'Infusion Lab Draw <infusion-lab@wvmc.example>', 'pre-infusion labs before 10?',
        cc=DANA, date=when(14, 7, 41))
m.set_content("""Morning -- can someone draw pre-infusion labs on Ruth Abernathy-Cole when she checks in at 9:15 (chair 3)? CBC w/ diff, CMP and a magnesium. If her ANC comes back under 1.5 please page me before anything gets hung; she's on the Thursday pharmacy batch so there's time to hold the bag.

Mrs. Abernathy-Cole has hard veins -- ultrasound-guided worked last time, Grace did it.

Thx,
H.

""" + SIG['hannah'] + '\n\n' + DISC + '\n', cte='quoted-printable')
add('phi', 'care', 'Ruth Abernathy-Cole', m)

# care 6: forward with message/rfc822 from a carer
inner = new('Akiko Watanabe <akiko.watanabe@mailbox.example>', INFUSION,
            "Kenji's appointment tomorrow", date=when(15, 21, 12))
inner.set_content("""Hello,

This is Akiko Watanabe, Kenji Watanabe's wife. Kenji was admitted last night to 4 West
through the emergency room and they say he will be there at least 3 days. He will miss his
rituximab tomorrow at 10:00.

Please tell us how to reschedule. The doctor upstairs said to ask you when he can have it.

Thank you,
Akiko
555-0162

Sent from my iPad
""")
m = new(LETICIA, DANA + ', ' + KWAME, "Fwd: Kenji's appointment tomorrow", date=when(16, 7, 6))
m.set_content("""See attached from Mr. Watanabe's wife (came into the general inbox last night).

Kwame -- was his rituximab already compounded for 10:00? If not please don't mix it. I'm releasing
chair 5 and will call Akiko back once we know when 4 West thinks he'll be out.

Leticia
""")
m.add_attachment(inner)
add('phi', 'care', 'Kenji Watanabe', m)

# care 7: home infusion visit note, base64 body
m = new('Folasade Adebayo RN <fadebayo@brightwellhome.example>', SPECRX,
        'Visit note 3/12 - OBI, CHIDI', cc=KWAME, date=when(8, 17, 20))
m.set_content("""Visit completed 3/12 14:05-16:20 at home for Chidi Obi.

IVIG 35 g delivered by FrostLine at 12:40, shipper temp log read 4.2 C on arrival, within range.
PIV 22g L forearm placed on 2nd attempt.
Premeds: acetaminophen 650 mg PO, cetirizine 10 mg PO at 14:20.
Rate titrated per protocol 0.5 -> 1 -> 2 -> 4 mL/kg/hr, max reached 15:10.
Tolerated without complaint. VS stable throughout, post BP 122/78, HR 76, T 98.4.
Pt reports mild headache the evening after last month's dose; encouraged 2 L fluid day
before and day of. Will report back if it recurs.

Supplies left in home: NS 250 mL x2, primary tubing x1, 22g x3. Please send 2 more tubing sets
with the April delivery.

Next visit 4/9, same time. Mother will be home to let me in.

Folasade Adebayo, RN
Brightwell Home Infusion | (555) 303-4410
""", cte='base64')
add('phi', 'care', 'Chidi Obi', m)

# care 8: TB screen result holding a PA, multipart/alternative
m = new(PRIYA, HANNAH, 'holding Bluewater PA - Achebe', date=when(7, 11, 18))
t = """Hannah,

Rosalind Achebe's QuantiFERON came back indeterminate (collected 3/8). Dr. Achterberg wants it
repeated before we start the tocilizumab, so I'm holding the Bluewater submission until there's
a result -- no point sending it, they'll pend it for the TB screen anyway.

Lab said low mitogen response and suggested the redraw not be on a Monday. I put her on the lab
schedule Thursday 3/14 at 8:30 and let her know by phone. She asked if she can still get her
flu shot that day, I said I'd ask you.

Priya

""" + SIG['priya']
alt(m, t)
add('phi', 'care', 'Rosalind Achebe', m)


# ================================================================== phi-names
# names 1: name only in the Subject, "Last, First"
m = new(JULES, LETICIA, 'Okonkwo, Chukwuemeka - can we move Thursday?', date=when(1, 16, 2))
m.set_content("""Hi Leticia,

His wife Ifeoma called -- she can't get off work until noon Thursday, so he won't have a ride
for the 8 am. Any chance we can slide him to a 1 pm chair? His infusion runs about 3 hrs with the
observation so he'd be out by 4:30. If not, Friday anytime works for them.

Thanks!
Jules
""")
add('phi', 'names', 'Okonkwo, Chukwuemeka', m)

# names 2: Vietnamese name, "re:" subject with RFC 2047 (utf-8), quoted reply
d0 = when(14, 10, 15)
m = new(HUY, DANA, 're: Nguyễn Thị Hồng - interpreter Friday', date=when(14, 13, 44))
t = """Dana,

Confirmed, I'll be there Friday at 8:45 for her first IVIG. Her daughter Linh called me
directly -- the family prefers "Bà Hồng" (Mrs. Hồng), not "Mrs. Nguyen", since Nguyễn is the
family name half the waiting room has. Linh will stay the whole time.

Also Bà Hồng gets very cold, please have two blankets ready. She is nervous about the IV
after a bad experience at another hospital.

Huy Lam
Vietnamese Medical Interpreter, Language Services
(555) 410-1877

On %s, Dana Kowalczyk <dkowalczyk@wvmc.example> wrote:
%s
""" % (gdate(d0), gt("""Huy -- can you cover Nguyễn Thị Hồng Friday 3/22? First dose IVIG, starts 9:00,
probably 5 hrs with titration. Daughter speaks some English but pt doesn't.

Thanks, Dana"""))
alt(m, t)
add('phi', 'names', 'Nguyễn Thị Hồng', m)

# names 3: "Last, First" then possessive first name, utf-8 quoted-printable
m = new(LETICIA, DANA + ', ' + KWAME, 'iron #2 moved', date=when(7, 14, 30))
m.set_content("""FYI --

Petrović, Dragana -- iron #2 of 5 moved from Thu 3/14 to Mon 3/18 at 11:00 per her request
(work conflict). Dragana's last Hgb was 9.8 so Dr. Achterberg's nurse said a few days is fine,
just don't let it slide past the 18th.

Kwame, her venofer is on the Thursday pull list, please move it to Monday.

L.
""", cte='quoted-printable')
add('phi', 'names', 'Petrović, Dragana', m)

# names 4: particle name, later first name only
m = new(HANNAH, ACHTER, 'van der Berg - timing of next dose', date=when(20, 16, 12))
alt(m, """Sam,

Saw Jan van der Berg today for his 6-month ocrelizumab -- uneventful, no reaction, done by
2:30. Jan asked whether he can push the next one back about two weeks (late Sept instead of
mid-Sept) for a family trip to Utrecht. I told him I'd check with you, I don't think it
matters much but wanted your OK before Leticia books it.

Mr. van der Berg also mentioned his IgG was "low" on the outside labs his PCP ran. I asked
him to send us a copy.

Hannah
""")
add('phi', 'names', 'Jan van der Berg', m)

# names 5: Arabic name, titles and possessive, HTML only
m = new(DANA, RNLIST, 'Request from the Al-Zahrani family', date=when(11, 15, 33))
m.set_content("""<html><body style="font-family:Arial;font-size:10pt">
<p>Team,</p>
<p>The Al-Zahrani family has asked that only female nurses care for <b>Ms. Fatima Al-Zahrani</b> at
her infusions. Her brother Khalid will accompany her each time and can interpret if needed.
Please honor this &ndash; if you're assigning and there's no female RN free at her start time,
call me and we'll shift chairs.</p>
<p>Fatima's next Remicade is <b>Thursday 3/21 at 10:00</b>, chair 7 (near the window, she asked for
privacy curtains closed). Ms. Al-Zahrani prefers no male staff enter the curtain, including
pharmacy delivery &ndash; hand the bag to her nurse.</p>
<p>Thanks all,<br>Dana</p>
</body></html>
""", subtype='html')
add('phi', 'names', 'Fatima Al-Zahrani', m)

# names 6: French accented, hyphenated with particle, iso-8859-1 subject + QP body
m = new(KWAME, LETICIA, raw_subject=ew('Hélène de la Fontaine-Moreau - second dose date', 'iso-8859-1'),
        cc=PRIYA, date=when(17, 11, 3))
m.set_content("""Leticia,

Dr. Achterberg's office asked that Mme de la Fontaine-Moreau get her second rituximab
1,000 mg dose 14 days after the first, so Tuesday 3/26. Hélène is flying back from
Montréal on the 24th so that works, but she asked for an afternoon start.

Priya -- the auth covers both doses, no action needed, just FYI.

Kwame

""" + SIG['kwame'] + '\n', charset='iso-8859-1', cte='quoted-printable')
add('phi', 'names', 'Hélène de la Fontaine-Moreau', m)

# names 7: Indian name, "Mrs S", son handling affairs
m = new(RENEE, MARCUS, 'Subramanian copay card', date=when(22, 10, 58), xmailer='Microsoft Outlook 16.0')
alt(m, """Marcus,

Called Mrs. Lakshmi Subramanian back about her copay card. Her son Arvind handles the
paperwork, she gave verbal OK for me to speak with him (documented). The Calvera card is
maxed for the year -- the March fill hit the $15,000 cap -- so she'd owe about $2,300 per
shipment from April on.

I'm applying to Bright Path for the Crohn's fund today. If that doesn't open, Mrs. S
qualifies for Calvera's own PAP on income. Arvind is sending the tax return tonight.

Can we do a one-time bridge for the April shipment so she doesn't go without?

Renée

""" + SIG['renee'])
add('phi', 'names', 'Lakshmi Subramanian', m)

# names 8: Polish name + nickname, to manufacturer hub
m = new(KWAME, 'CalveraConnect Case Management <cases@calveraconnect.example>',
        'Z. Kowalewski - bridge supply request', date=when(30, 9, 27))
m.set_content("""Hello,

Following up on the enrollment for Zbigniew Kowalewski (he goes by "Zbyszek" on the phone, so
if your nurse calls him that's who he'll answer to). His commercial plan terminated 3/31 after a
job change and the new Bluewater coverage isn't active until 5/1.

Mr. Kowalewski's next ustekinumab dose is due 4/12. Please confirm whether the bridge program
can ship one 90 mg syringe to our pharmacy by 4/10. The signed enrollment form went over by fax
on 4/2 (14 pages).

Thank you,
Kwame Boateng, PharmD
WVMC Specialty Pharmacy | (555) 410-2290
""")
add('phi', 'names', 'Zbigniew Kowalewski', m)


# ================================================================== phi-self
# self 1: patient reports arm bruise and rash after iron
m = new('Carol Whitfield <carol.whitfield61@mailbox.example>', INFUSION,
        'bruise and rash after iron infusion', date=when(10, 6, 48))
m.set_content("""Hello,

My name is Carol Whitfield, DOB 4/12/1961. I had my 2nd iron infusion (Injectafer) on Tuesday,
chair 9 I think. Since yesterday the spot on my right arm where the IV was is swollen,
brownish and sore to touch, and last night I got an itchy red rash on my neck and chest.
No trouble breathing.

Is this normal? Should I come in or call my own doctor? My next one is scheduled 3/19.

Thank you,
Carol
555-0139

Sent from my iPhone
""")
add('phi', 'self', 'Carol Whitfield', m)

# self 2: copay card rejected
m = new('Anthony Greco <agreco.home@netmail.example>', SPECRX, 'copay card not working??',
        date=when(5, 12, 14, weekend=True))
m.set_content("""Hi,

I got a call from your pharmacy that my Humira shipment is on hold because my copay card
got rejected. The card says it's good through 12/31/2024. My insurance changed Jan 1 to
Bluewater through my new job, maybe that's why?

I can't pay $1,180 for one month. I have one pen left and my next dose is Sunday. Please
call me back, I'm at work till 5 but I can step out. 555-0193.

Anthony Greco
""")
add('phi', 'self', 'Anthony Greco', m)

# self 3: fever before infusion, HTML only webmail
m = new('Mei Lin Chow <meilin.chow@inboxly.example>', INFUSION,
        'Should I still come Thursday?', date=when(15, 22, 5))
m.set_content("""<div dir="ltr"><div>Hi,</div><div><br></div>
<div>This is Mei Lin Chow, I'm scheduled for my Ocrevus infusion Thursday 3/21 at 8am.
I've had a fever since Sunday (101.2 last night) and a cough. My PCP said it's probably viral
and didn't give me anything.</div><div><br></div>
<div>Should I still come? I don't want to lose my spot, it took two months to get it approved.
I can be reached at 555-0128 after 9.</div><div><br></div>
<div>Thanks,</div><div>Mei</div></div>
""", subtype='html')
add('phi', 'self', 'Mei Lin Chow', m)

# self 4: reply to automated reminder, pregnancy
d0 = when(20, 6, 0)
m = new('Rachel Goldfarb <rgoldfarb@postbox.example>', 'WVMC Appointment Reminders <noreply-reminders@wvmc.example>',
        'Re: Appointment reminder - Outpatient Infusion Center', date=when(21, 7, 22))
t = """Hi -- I just found out I'm pregnant (about 7 weeks). Is it still OK to get my Entyvio on
the 28th? I haven't been able to reach my GI yet. I don't want to skip it if I don't have to,
last time I went 10 weeks I got really sick.

Rachel Goldfarb
DOB 02-09-1990

On %s, WVMC Appointment Reminders <noreply-reminders@wvmc.example> wrote:
%s
""" % (gdate(d0), gt("""This is a reminder of your upcoming appointment:

Outpatient Infusion Center, Pavilion B 2nd Floor
Thursday, March 28, 2024 at 10:30 AM

Please arrive 15 minutes early and bring your insurance card. Reply C to confirm.
Do not reply to this message with medical questions; call (555) 410-2200."""))
alt(m, t)
add('phi', 'self', 'Rachel Goldfarb', m)

# self 5: patient in hospital, QP
m = new('Dev Rao <devrao@inboxly.example>', LETICIA, 'Re: Tuesday', date=when(24, 19, 40))
m.set_content("""Hi Leticia,

I won't be coming Tuesday -- I'm in the hospital at St. Brendan's with pneumonia since Friday. They're saying maybe discharge Monday if the oxygen keeps improving. Can someone reschedule my IVIG for the week after? I'll have my wife call when I'm out.

Sorry for the short notice.
-- Dev (Devendra Rao)

> On Mar 27, Leticia Ferreira wrote:
> Hi Mr. Rao, just confirming Tuesday 4/2 at 8:00, chair 12. Let me know if anything changes!
""", cte='quoted-printable')
add('phi', 'self', 'Devendra Rao', m)

# self 6: complaint about infusion rate
m = new('Gloria Pruitt <gmpruitt@netmail.example>', 'Patient Relations <patientrelations@wvmc.example>',
        'Complaint - infusion on March 5', cc=INFUSION, date=when(4, 9, 12))
m.set_content("""To whom it may concern,

I am writing about my infusion on Tuesday March 5. The nurse (I did not get her name, short
dark hair, glasses) ran my Gamunex much faster than I have ever had it. When I said it felt
fast she told me the pump was set "per protocol." Within an hour of getting home I had a
pounding headache, threw up twice, and was in bed with the lights off for three days. My neck
was stiff and my husband almost took me to the ER.

I have been getting IVIG at your center every 4 weeks for four years and this has never
happened. I want it written in my chart that my infusion has to be run at the slower rate that
Dr. Achterberg ordered originally, and I would like someone to call me about what happened.

My next appointment is April 2. I will not come if I can't be assured this won't happen again.

Gloria M. Pruitt
555-0147 (home)
""")
add('phi', 'self', 'Gloria M. Pruitt', m)

# self 7: staff member's own infusion
m = new(JULES, DANA, 'Thursday AM', date=when(16, 18, 22))
m.set_content("""Hey Dana,

I need to be off Thursday morning -- I'm actually getting my own Entyvio here at 9 (chair 14, ha).
Should be done by 11:30 and I can work 12-7:30 if that helps. I didn't want to put the reason in
the shared calendar so just putting "PTO am."

Thx,
Jules
""")
add('phi', 'self', 'Jules Thibodeaux', m)


# ================================================================== phi-ids
# ids 1: payer PA approval, multipart
m = new('Bluewater Health Plan UM <um-notify@bluewaterhp.example>', PRIYA,
        'Authorization Determination - APPROVED - Ref PA24-0918837', date=when(7, 14, 2))
t = """BLUEWATER HEALTH PLAN - UTILIZATION MANAGEMENT
Authorization Determination Notice

Determination:      APPROVED
Member:             HALLORAN, BRIDGET A
Member ID:          BWH884132070
Date of Birth:      07/22/1958
Authorization #:    PA24-0918837
Service:            J1745 Injection, infliximab, excludes biosimilar, 10 mg
Units/Frequency:    5 mg/kg IV every 8 weeks, up to 50 units per date of service
Valid:              03/11/2024 - 09/10/2024
Servicing Provider: Wexford Valley Medical Center Outpatient Infusion, NPI 1386207754
Requesting Provider: Samuel Achterberg, MD

Site of care: Hospital outpatient approved for initial 6 months. Re-review for home or
ambulatory infusion site at renewal.

Questions: Provider Services (555) 700-4100, option 3. Do not reply to this e-mail.
"""
alt(m, t, to_html(t, font='Courier New, monospace'))
add('phi', 'ids', 'HALLORAN, BRIDGET A', m)

# ids 2: foundation grant approval
m = new('Bright Path Patient Foundation <grants@brightpathfdn.example>', RENEE,
        'Grant Approval Notice BPF-IG-240311-0447', date=when(7, 10, 5))
m.set_content("""Dear Renée Marchetti,

We are pleased to confirm that the following patient has been approved for assistance:

  Patient: Tomás Echeverría
  Date of birth: 3 March 1972
  Grant ID: BPF-IG-240311-0447
  Fund: Immunoglobulin Therapy - Copay
  Award: $6,000.00, eligibility period 03/11/2024 - 03/10/2025
  Provider reference (MRN): 00417752

Claims may be submitted through the provider portal using the Grant ID above. The patient has
been mailed a copy of this letter.

Bright Path Patient Foundation | Grants Department
(555) 860-2200 | Monday-Friday 9-6 ET
""", charset='utf-8', cte='8bit')
add('phi', 'ids', 'Tomás Echeverría', m)

# ids 3: courier delivery exception with address, HTML only
m = new('FrostLine Dispatch <dispatch@frostline-courier.example>', SPECRX,
        'DELIVERY EXCEPTION Job 88-204417', cc=OLIVIA, date=when(13, 15, 48))
m.set_content("""<html><body style="font-family:Arial,sans-serif;font-size:12px">
<h3 style="color:#b00">Delivery Exception</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Job #</b></td><td>88-204417</td></tr>
<tr><td><b>Shipper</b></td><td>WVMC Specialty Pharmacy</td></tr>
<tr><td><b>Recipient</b></td><td>Sandra Kimathi</td></tr>
<tr><td><b>Address</b></td><td>1147 Larchmont Ave Apt 3B, Wexford Valley, PA 16099</td></tr>
<tr><td><b>Phone</b></td><td>(555) 014-4478</td></tr>
<tr><td><b>Reference</b></td><td>Rx 6623391 / Hizentra 10 g x4 - REFRIGERATE 2-8&deg;C</td></tr>
<tr><td><b>Status</b></td><td>ATTEMPTED - NO ANSWER (14:52)</td></tr>
<tr><td><b>Driver note</b></td><td>Buzzer not working, called pt twice no answer. Left door tag. Returning to depot. Cold pack rated until 18:00.</td></tr>
</table>
<p>Reply to this message or call Dispatch at (555) 230-7000 to arrange re-delivery.</p>
<p style="font-size:10px;color:#777">FrostLine Medical Courier - Temperature-Controlled Logistics</p>
</body></html>
""", subtype='html')
add('phi', 'ids', 'Sandra Kimathi', m)

# ids 4: claim denial with account and claim numbers
m = new(GARY, PRIYA, 'Denial CO-197 - acct A00918273', date=when(17, 13, 30))
m.set_content("""Priya,

Got a denial back from Tri-River on this one:

  Patient:     Maurice Delacroix-Banks
  Acct #:      A00918273
  Claim #:     24068E00873
  Member ID:   TRM4408812Q
  DOS:         03/08/24
  HCPCS:       J1756 x 20 (iron sucrose 200 mg), 96365
  Billed:      $1,412.00
  Reason:      CO-197 Precertification/authorization absent

Do we have an auth on file for his iron? I didn't see one in the scanned docs. If it was
obtained by phone can you send me the ref # so I can appeal.

Thanks,
Gary

""" + SIG['gary'] + '\n\n' + DISC + '\n')
add('phi', 'ids', 'Maurice Delacroix-Banks', m)

# ids 5: release of information with ISO DOB and chart number
m = new('HIM Release of Information <roi@wvmc.example>', INFUSION,
        'ROI request #R-24-03317 - infusion records', date=when(21, 9, 15))
alt(m, """Infusion Center,

We received a records request from Lakeshore Neurology Associates (signed authorization on
file) for the following patient. Please send the infusion flowsheets and reaction
documentation that are not yet scanned into the chart:

  Name:      Aurelia Santangelo
  DOB:       1949-11-04
  Chart No.: WV-0087-3321
  Dates:     01/01/2023 - present

Fax to Lakeshore at (555) 766-0190 or drop paper copies in the HIM box, Pavilion A basement.
Due 3/29.

Thank you,
Release of Information, Health Information Management
""")
add('phi', 'ids', 'Aurelia Santangelo', m)

# ids 6: manufacturer PAP with SSN, PDF attached
m = new(RENEE, 'Meridane Access Services <pap-intake@meridane-access.example>',
        'PAP application - Mensah-Bonsu, Kofi', date=when(26, 11, 40))
m.set_content("""Hello,

Attached please find the completed patient assistance application and provider section for
Kofi Mensah-Bonsu. He lost employer coverage 2/1/24 and is uninsured. Proof of income (2023
1040) is on page 3.

Please contact me directly with any questions rather than the patient; he has asked that we
handle communication.

Regards,
""" + SIG['renee'] + '\n')
m.add_attachment(pdf([
    'MERIDANE PATIENT ASSISTANCE PROGRAM - APPLICATION', '',
    'SECTION 1 - PATIENT INFORMATION',
    'Name: Kofi Mensah-Bonsu', 'Date of birth: 12/30/1966', 'SSN: 412-55-8830',
    'Address: 88 Tanager Court, Wexford Valley, PA 16098', 'Phone: 555-0155',
    'Household size: 4     Annual household income: $38,400',
    'Insurance: None (terminated 02/01/2024)', '',
    'SECTION 2 - PRESCRIPTION',
    'Medication: ocrelizumab 600 mg IV every 6 months',
    'Site of administration: WVMC Outpatient Infusion Center',
    'Prescriber: Samuel Achterberg, MD   NPI 1730594421', '',
    'SECTION 3 - ATTESTATION',
    'Patient signature on file 03/28/2024', 'Prescriber signature on file 03/29/2024',
], title='PAP Application'), 'application', 'pdf', filename='Meridane_PAP_MensahBonsu.pdf')
add('phi', 'ids', 'Kofi Mensah-Bonsu', m)

# ids 7: voicemail transcript, European DOB, wav attached
m = new('Voice Mail System <unity-vm@wvmc.example>', SPECRX,
        'Voice Message from 5550148823 (00:41)', date=when(28, 8, 3))
m.set_content("""You received a voice message.

From:      (555) 014-8823
Received:  8:02 AM
Length:    41 seconds
Mailbox:   2200 Specialty Pharmacy Refills

Transcription (beta):
"Hi, this is Ewa Zielinska, date of birth 04.11.1949, calling about my prescription number 5518226
for the Cimzia. I need it before the twentieth because I'm going to my daughter's in Krakow on the
twenty-first and I'll be gone five weeks, so I need two boxes if possible. Please call me back at
this number. Thank you."

Transcription accuracy may vary. Listen to the attached audio for the full message.
""")
m.add_attachment(wav_bytes(), 'audio', 'wav', filename='VoiceMessage_0802.wav')
add('phi', 'ids', 'Ewa Zielinska', m)

# ids 8: Medicaid ID in Subject, DOB in short form, quoted reply
d0 = when(24, 9, 10)
m = new(PRIYA, GARY, 'RE: Tri-River Medicaid ID TRM5561234X - IVIG eligibility', date=when(24, 11, 2))
m.set_content("""Eligibility confirmed active through 3/31, she's in the recert window though, so I told
Lucinda to get her redetermination packet in this week or April's IVIG won't be covered.

DOB mismatch was ours -- registration had 01/19/1983, Medicaid has Jan 9 '83. Lucinda confirmed
the 9th, I fixed it in the account (acct 7701-442-19) and re-ran the 270.

Priya
""" + outlook(GARY, d0, PRIYA, 'Tri-River Medicaid ID TRM5561234X - IVIG eligibility',
"""Priya, the 270 for Lucinda Farrow came back "subscriber not found." Member ID TRM5561234X,
DOB we have is 01/19/1983. Can you check the portal? She's on for IVIG Monday.

Gary""") + '\n')
add('phi', 'ids', 'Lucinda Farrow', m)


# ================================================================== phi-lists
# lists 1: space-aligned chair schedule in body
rows = [
    ('Chair', 'Time', 'Patient', 'Drug / Dose', 'RN', 'Notes'),
    ('1', '07:30', 'Hollis, Raymond', 'infliximab 400 mg', 'GW', 'premed + hydrocort'),
    ('2', '07:30', 'Ibarra, Soledad', 'iron sucrose 200 mg', 'JT', '#4 of 5'),
    ('3', '08:00', 'Oduya, Babatunde', 'IVIG 40 g (Gammagard)', 'DK', 'slow titration'),
    ('4', '08:00', 'Brennan-Toole, Maeve', 'natalizumab 300 mg', 'GW', 'TOUCH check done'),
    ('5', '08:30', 'Szabo, Istvan', 'rituximab 1000 mg', 'MS', '1st dose - 6 hr'),
    ('6', '09:00', 'Phan, Thi Lan', 'ferric carboxymaltose 750', 'JT', 'interpreter 9:00'),
    ('7', '09:30', 'Whitaker, Joel', 'tocilizumab 8 mg/kg', 'DK', 'labs on arrival'),
    ('8', '10:00', 'Castellanos, Ana Maria', 'vedolizumab 300 mg', 'MS', ''),
    ('9', '11:00', 'Adeyemi, Folake', 'iron sucrose 200 mg', 'JT', 'w/c, needs lift'),
    ('10', '12:30', 'Lindgren, Per', 'ocrelizumab 600 mg', 'GW', 'ends ~17:00'),
]
w = [max(len(r[i]) for r in rows) for i in range(6)]
table = '\n'.join('  '.join(r[i].ljust(w[i]) for i in range(6)).rstrip() for r in rows)
m = new(LETICIA, RNLIST, 'Tomorrow (Tue 3/12) chairs 1-10', cc=KWAME, date=when(7, 16, 55))
m.set_content("""Hi all, tomorrow's AM grid for chairs 1-10. 11-16 coming in a separate email once
the two add-ons confirm.

""" + table + """

Mr. Szabo's first dose -- please start by 8:45 latest or he won't finish before close.
Thx, Leticia
""")
add('phi', 'lists', 'Hollis, Raymond', m)

# lists 2: tab-separated pending PA list pasted from Excel
rows = [
    ['Patient', 'DOB', 'Payer', 'Drug', 'Submitted', 'Status', 'Notes'],
    ['Geraldine Moss', '05/14/1950', 'Bluewater MA', 'IVIG 0.4 g/kg q4w', '03/04', 'Pended', 'needs IgG levels x2'],
    ['Darnell Whitfield-Ames', '11/02/1988', 'Cascadia PPO', 'infliximab-dyyb', '03/05', 'Approved', 'PA24-1002113'],
    ['Anjali Mehta', '08/30/1975', 'Tri-River Medicaid', 'ferric carboxymaltose', '03/06', 'Denied', 'step tx: oral iron first'],
    ['Piotr Zawadzki', '01/17/1963', 'Bluewater Comm', 'ocrelizumab', '03/06', 'In review', 'peer-to-peer req'],
    ['Hoang Van Thanh', '06/09/1941', 'Medicare B', 'rituximab-abbs', '03/07', 'N/A', 'no PA req - LCD ok'],
    ['Yetunde Bakare', '12/21/1994', 'Cascadia HMO', 'vedolizumab', '03/08', 'Pended', 'need colonoscopy report'],
]
m = new(PRIYA, MARCUS, 'PA status this week', date=when(4, 16, 20))
m.set_content('Marcus, here\'s where the open ones stand as of 4pm. Anjali\'s denial I\'m appealing\n'
              'tomorrow, Dr. Hashemi has the oral iron intolerance documented.\n\n' +
              '\n'.join('\t'.join(r) for r in rows) + '\n\nPriya\n')
add('phi', 'lists', 'Geraldine Moss', m)

# lists 3: bar-delimited reaction log, HTML + text
rows = [
    ['Date', 'Patient', 'MRN', 'Drug', 'Reaction', 'Grade', 'Action / Outcome'],
    ['03/01', 'Harlan Pruett', '00592210', 'infliximab', 'flushing, chest tightness', '2', 'stopped, diphenhydr., resumed 50%'],
    ['03/04', 'Chiamaka Obiora', '00611875', 'IVIG', 'headache, rigors', '1', 'rate reduced, APAP'],
    ['03/06', 'Wojciech Lis', '00387402', 'rituximab', 'hypotension 82/50', '3', 'stopped, NS bolus, ED transfer'],
    ['03/11', 'Renata Okafor', '00720063', 'iron sucrose', 'pruritus', '1', 'observed, completed'],
    ['03/13', 'Dmitri Volkov', '00458119', 'ocrelizumab', 'throat irritation', '1', 'slowed, completed'],
]
w = [max(len(r[i]) for r in rows) for i in range(7)]
tbl = '\n'.join('| ' + ' | '.join(r[i].ljust(w[i]) for i in range(7)) + ' |' for r in rows)
tbl_html = '<table border="1" cellspacing="0" cellpadding="3" style="font-size:9pt;border-collapse:collapse">' + \
    ''.join('<tr>' + ''.join(('<th>%s</th>' if j == 0 else '<td>%s</td>') % html.escape(c) for c in r) + '</tr>'
            for j, r in enumerate(rows)) + '</table>'
intro = ('Dr. Achterberg,\n\nInfusion reactions for the first half of March for the QA packet. Mr. Lis was the\n'
         'only grade 3, he was admitted overnight and discharged 3/7, follow-up with you 3/20.\n\n')
m = new(DANA, ACHTER, 'March reaction log (1-15)', cc='Quality Dept <quality@wvmc.example>', date=when(12, 15, 10))
alt(m, intro + tbl + '\n\nDana\n', '<html><body style="font-family:Calibri;font-size:11pt"><p>Dr. Achterberg,</p>'
    '<p>Infusion reactions for the first half of March for the QA packet. Mr. Lis was the only grade 3, he was '
    'admitted overnight and discharged 3/7, follow-up with you 3/20.</p>' + tbl_html + '<p>Dana</p></body></html>')
add('phi', 'lists', 'Harlan Pruett', m)

# lists 4: CSV attachment - copay renewals
rows = [
    ['Last', 'First', 'DOB', 'Drug', 'Program', 'Card/Grant ID', 'Expires', 'Contact pref'],
    ['Agbaje', 'Olumide', '1971-02-11', 'adalimumab', 'Mfr copay card', '60119-4471-2201', '2024-04-30', 'text'],
    ['Beaulieu', 'Sylvie', '1958-09-23', 'IVIG', 'Bright Path IG fund', 'BPF-IG-230412-0211', '2024-04-11', 'phone'],
    ['Castillo Ruiz', 'Javier', '1983-06-05', 'ustekinumab', 'Mfr copay card', '60119-8830-1174', '2024-04-30', 'email'],
    ['Dao', 'Minh Chau', '1990-12-19', 'vedolizumab', 'Mfr copay card', '77341-0029-5518', '2024-04-15', 'daughter'],
    ['Egorova', 'Tatiana', '1966-03-28', 'ocrelizumab', 'Meridane PAP', 'MAP-2023-118842', '2024-04-02', 'phone'],
    ["O'Hare", 'Declan', '1949-07-07', 'IVIG', 'Crestline IG fund', 'CIG-551902', '2024-04-20', 'mail'],
    ['Ramaswamy', 'Kavitha', '1979-10-14', 'infliximab-axxq', 'Mfr copay card', '60119-2210-0093', '2024-04-30', 'text'],
]
m = new(RENEE, MARCUS + ', ' + PRIYA, 'April copay/foundation renewals', date=when(24, 10, 2))
m.set_content("""Attached are the assistance renewals coming due in April. Tatiana's PAP lapses 4/2 and she has a
dose on the 9th, so that one's first. I'll start calls Monday.

Renée
""")
m.add_attachment(csvtext(rows), subtype='csv', filename='copay_renewals_April2024.csv')
add('phi', 'lists', 'Olumide Agbaje', m)

# lists 5: XLSX - IVIG allocation during shortage
rows = [
    ['Patient', 'MRN', 'Weight kg', 'Dose g', 'Interval', 'Product', 'Lot', 'Next dose', 'Priority'],
    ['Abernathy, Walter J', '00310047', 92, 70, 'q4w', 'Gammagard', 'LE12P331AB', '04/03', 'A'],
    ['Bukowski, Halina', '00512298', 61, 30, 'q3w', 'Privigen', 'P100432771', '04/05', 'A'],
    ['Diallo, Mamadou', '00644120', 78, 40, 'q4w', 'Octagam 10%', 'M308A8821', '04/08', 'B'],
    ['Fitzgerald, Nora', '00298813', 55, 25, 'q4w', 'Gammagard', 'LE12P331AB', '04/10', 'B'],
    ['Ngata, Tevita', '00701552', 118, 80, 'q4w', 'Privigen', 'P100432771', '04/11', 'A'],
    ['Quispe, Rosa', '00688340', 49, 20, 'q4w', 'Panzyga', 'F2419B07', '04/15', 'C'],
    ['Yilmaz, Emre', '00733016', 84, 40, 'q6w', 'Octagam 10%', 'M308A8821', '04/17', 'C'],
]
m = new(KWAME, MARCUS + ', ' + DANA, 'April IVIG allocation - draft', date=when(23, 17, 41))
alt(m, """Draft allocation for April attached. Keystone is capping us at 1,400 g for the month, we're at
1,310 g with these + the home patients. Priority C patients could move to 10% product from
whoever has it if we get short. Dr. Achterberg hasn't signed off yet.

Kwame
""")
m.add_attachment(xlsx(rows, 'April alloc'), 'application',
                 'vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename='IVIG_alloc_Apr24_DRAFT.xlsx')
add('phi', 'lists', 'Abernathy, Walter J', m)

# lists 6: DOCX call list
m = new(LETICIA, 'Scheduling Pool <infusion-sched@wvmc.example>', 'call list - missed / needs rebook',
        date=when(30, 8, 15))
m.set_content("""Morning! Call list for today attached -- split it down the middle, I'll take the top half.
Please note in the appointment comments when you leave a message.
""")
m.add_attachment(docx([
    '# Infusion Scheduling - Rebook Call List  (week of 4/1)',
    'Do not leave drug names on voicemail. Use callback (555) 410-2200 opt 2.',
    [['Patient', 'Phone', 'Missed / due', 'Treatment', 'Comment'],
     ['Grace Mbeki-Lawson', '555-0102', 'missed 3/28', 'iron sucrose #3', 'no-show x2, ask re transport'],
     ['Thomas Kealoha', '555-0175', 'due 4/8', 'infliximab q8w', 'PA renewed, ok to book'],
     ['Zofia Grabowska', '555-0131', 'missed 3/29', 'IVIG', 'was sick, call daughter Ania'],
     ['Nasser Haddad', '555-0188', 'due 4/10', 'ocrelizumab', 'needs hep B labs first'],
     ['Linh Truong', '555-0146', 'cancelled 3/27', 'vedolizumab', 'wants Saturdays'],
     ['Obiageli Nnamdi', '555-0119', 'due 4/12', 'rituximab #2', '14 days after #1'],
     ['Carmen Villaseñor', '555-0166', 'missed 3/26', 'ferric carboxymaltose', 'Spanish interpreter']],
    'Questions: Leticia x2201',
]), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
    filename='Rebook_call_list_0401.docx')
add('phi', 'lists', 'Grace Mbeki-Lawson', m)

# lists 7: ZIP containing PDF schedule + CSV, automated report
lines = ['WVMC OUTPATIENT INFUSION - DAILY SCHEDULE', 'Thursday 04/04/2024        Printed 04/03/2024 17:00', '',
         'CHR  START  PATIENT                     MRN       ORDER                         EST',
         '---  -----  --------------------------  --------  ----------------------------  ----']
sched = [
    ('1', '07:30', 'ALCANTARA-LUZ, MARISA', '00603317', 'Infliximab 500 mg', '2.5h'),
    ('2', '07:30', 'BOYD, TERRENCE', '00512904', 'Iron sucrose 300 mg', '2.0h'),
    ('3', '08:00', 'CHEN, WEI-MING', '00722841', 'Immune globulin 50 g', '5.0h'),
    ('4', '08:15', 'DUBOIS, ANTOINE', '00488102', 'Natalizumab 300 mg', '2.0h'),
    ('5', '09:00', 'EKWUEME, CHIOMA', '00691270', 'Tocilizumab 600 mg', '1.5h'),
    ('6', '09:30', 'FARAH, LAYLA', '00735519', 'Ferric carboxymaltose 750', '1.0h'),
    ('7', '10:00', 'GUTIERREZ, MATEO', '00644921', 'Vedolizumab 300 mg', '1.0h'),
    ('8', '11:00', 'HRUBY, LUDMILA', '00356618', 'Rituximab 375 mg/m2', '4.5h'),
]
for r in sched:
    lines.append('%-4s %-6s %-27s %-9s %-29s %s' % r)
csvrows = [['chair', 'start', 'patient', 'mrn', 'order', 'est']] + [list(r) for r in sched]
z = zbytes([('schedule_20240404.pdf', pdf(lines, 'Daily Schedule 04/04/2024', 9)),
            ('schedule_20240404.csv', csvtext(csvrows).encode())], dt=(2024, 4, 3, 17, 0, 0))
m = new('Infusion Scheduling Reports <noreply-sched@wvmc.example>', RNLIST,
        'Scheduled report: Infusion Daily Schedule 04/04/2024', date=when(30, 17, 1))
m.set_content("""This is an automated report from the scheduling system.

Report:     Infusion Daily Schedule
Run for:    04/04/2024
Recipients: infusion-rn@wvmc.example

The report is attached as a compressed file. Do not forward outside WVMC.
""")
m.add_attachment(z, 'application', 'zip', filename='InfusionDailySchedule_20240404.zip')
add('phi', 'lists', 'ALCANTARA-LUZ, MARISA', m)


# ================================================================== phi-struct
# struct 1: HL7 RDE pasted in body
hl7 = '\r'.join([
    'MSH|^~\\&|EPIC|WVMC|OMNIRX|WVMC_INF|20240314093112||RDE^O11^RDE_O11|MSG00482231|P|2.5.1',
    'PID|1||00548827^^^WVMC^MR||BELLAMY^THEODORE^R||19570211|M|||41 Orchard Hill Rd^^Wexford Valley^PA^16098||^PRN^PH^^^555^0134',
    'PV1|1|O|INF^CH04^01^WVMC||||1730594421^ACHTERBERG^SAMUEL^^^MD',
    'ORC|NW|ORD7734019|||||^^^20240314100000^^R',
    'RXE|^^^20240314100000|J1745^INFLIXIMAB 100 MG VIAL^HCPCS|500||mg|||||5|VL',
    'RXR|IV^Intravenous',
    'OBX|1|NM|29463-7^Body weight^LN||101.2|kg|||||F',
])
m = new('Kelsey Marchand <kmarchand@wvmc.example>', MARCUS, 'RDE errored in Omnicell feed - chair 4',
        cc='Pharmacy Informatics <rx-informatics@wvmc.example>', date=when(10, 9, 40))
m.set_content("""Marcus,

This one errored going to the cabinet feed this morning (AR: "RXE-3 dose exceeds max per vial
mapping"). It's Mr. Bellamy's infliximab in chair 4 -- 500 mg at 101 kg. Looks like the
dispense amount is coming through as 5 vials but give amount unit "mg" is mapped to the
100 mg NDC. Can pharmacy verify manually so nursing isn't held up? I'll fix the mapping today.

Raw message:

""" + hl7.replace('\r', '\n') + """

Kelsey Marchand
Pharmacy Informatics Analyst | x3377
""")
add('phi', 'struct', 'BELLAMY^THEODORE^R', m)

# struct 2: HL7 ORU attached as .hl7
oru = '\r'.join([
    'MSH|^~\\&|SUNQUEST|WVMC_LAB|EPIC|WVMC|20240318141502||ORU^R01^ORU_R01|LAB5520918|P|2.5.1',
    'PID|1||00677410^^^WVMC^MR||KAUR^HARPREET^^^^^L||19860423|F|||12 Birchwood Ln Apt 2^^Wexford Valley^PA^16099',
    'ORC|RE|ORD8810442|L24078-1102',
    'OBR|1|ORD8810442|L24078-1102|IRONPNL^Iron panel^L|||202403180815|||||||||1386207754^LINDQVIST^HANNAH^^^NP',
    'OBX|1|NM|2276-4^Ferritin^LN||7|ng/mL|15-150|L|||F|||202403181350',
    'OBX|2|NM|2498-4^Iron^LN||22|ug/dL|50-170|L|||F|||202403181350',
    'OBX|3|NM|2502-3^Iron saturation^LN||5|%|15-50|L|||F|||202403181350',
    'OBX|4|NM|718-7^Hemoglobin^LN||8.9|g/dL|12.0-15.5|L|||F|||202403181350',
    'OBX|5|NM|2777-1^Phosphate^LN||3.4|mg/dL|2.5-4.5||||F|||202403181350',
]) + '\r'
m = new('Lab Interface Support <lis-support@wvmc.example>', KWAME,
        'ORU did not file to infusion flowsheet', date=when(14, 15, 2))
m.set_content("""Hi Kwame,

Per your ticket INC0098821 -- the attached result message didn't file to the infusion navigator
because the order was placed under the outpatient lab encounter instead of the infusion HOV.
Results are in the chart under Results Review. Attaching the raw message so you can check values
before her iron on Wednesday.

Lab Interface Support
""")
m.add_attachment(oru.encode('ascii'), 'application', 'hl7-v2', filename='ORU_LAB5520918.hl7')
add('phi', 'struct', 'KAUR^HARPREET', m)

# struct 3: X12 837I attached
seg = [
    'ISA*00*          *00*          *ZZ*WVMCINF        *ZZ*CLAIMBRIDGE    *240320*1015*^*00501*000004417*0*P*:',
    'GS*HC*WVMCINF*CLAIMBRIDGE*20240320*1015*4417*X*005010X223A2',
    'ST*837*0001*005010X223A2',
    'BHT*0019*00*BATCH4417*20240320*1015*CH',
    'NM1*41*2*WEXFORD VALLEY MEDICAL CENTER*****46*WVMCINF',
    'NM1*40*2*CASCADIA MUTUAL*****46*CASCM01',
    'HL*1**20*1',
    'NM1*85*2*WEXFORD VALLEY MEDICAL CENTER*****XX*1386207754',
    'N3*1200 VALLEY PARKWAY', 'N4*WEXFORD VALLEY*PA*16098',
    'REF*EI*251234567',
    'HL*2*1*22*0',
    'SBR*P*18*GRP55012******CI',
    'NM1*IL*1*MWANGI*PENINAH*W***MI*CMU44810927',
    'N3*503 EAST GROVE ST', 'N4*WEXFORD VALLEY*PA*16099',
    'DMG*D8*19680715*F',
    'NM1*PR*2*CASCADIA MUTUAL*****PI*CASCM01',
    'CLM*INF24031100457*2814.50***13:A:1**A*Y*Y',
    'DTP*434*RD8*20240311-20240311',
    'HI*ABK:M0579',
    'NM1*71*1*ACHTERBERG*SAMUEL****XX*1730594421',
    'LX*1', 'SV2*0636*HC:J1745*2250*UN*50', 'DTP*472*D8*20240311',
    'LX*2', 'SV2*0510*HC:96413*412.50*UN*1', 'DTP*472*D8*20240311',
    'LX*3', 'SV2*0260*HC:96415*152*UN*1', 'DTP*472*D8*20240311',
    'SE*32*0001', 'GE*1*4417', 'IEA*1*000004417',
]
x12 = '~\n'.join(seg) + '~\n'
m = new(GARY, 'ClaimBridge Support <support@claimbridge.example>',
        'Case 771203 - 837I rejected at front end (batch 4417)', date=when(16, 10, 30))
m.set_content("""Hello,

Our batch 4417 rejected with 999 IK3 error on the CLM segment but the message doesn't say which
element. It's a single claim (infusion, one DOS). File attached as sent. Can you tell us what the
payer edit is? We re-validated against the 5010 guide and don't see the issue.

Thanks,
""" + SIG['gary'] + '\n')
m.add_attachment(x12.encode('ascii'), 'application', 'edi-x12', filename='WVMCINF_837I_4417.x12')
add('phi', 'struct', 'MWANGI*PENINAH*W', m)

# struct 4: X12 271 pasted in body
seg271 = [
    'ISA*00*          *00*          *ZZ*BLUEWATERHP    *ZZ*WVMCINF        *240325*0902*^*00501*000081120*0*P*:',
    'GS*HB*BLUEWATERHP*WVMCINF*20240325*0902*81120*X*005010X279A1',
    'ST*271*0001*005010X279A1',
    'BHT*0022*11*ELG5519020*20240325*0902',
    'HL*1**20*1', 'NM1*PR*2*BLUEWATER HEALTH PLAN*****PI*BWHP1',
    'HL*2*1*21*1', 'NM1*1P*2*WEXFORD VALLEY MEDICAL CENTER*****XX*1386207754',
    'HL*3*2*22*0', 'TRN*2*ELG5519020*9WVMCINF',
    'NM1*IL*1*SORENSEN*ASTRID*L***MI*BWH770215583',
    'N3*9 FERNHILL TERRACE', 'N4*WEXFORD VALLEY*PA*16098',
    'DMG*D8*19710930*F',
    'EB*1*IND*30**BLUEWATER CHOICE PPO', 'DTP*346*D8*20240101',
    'EB*C*IND*30***23*1500*****Y', 'EB*C*IND*30***29*412.75*****Y',
    'EB*A*IND*98***27**.2****Y',
    'EB*CB*IND*82***29****VS*1', 'MSG*SPECIALTY DRUG J-CODES REQUIRE PRIOR AUTHORIZATION',
    'SE*21*0001', 'GE*1*81120', 'IEA*1*000081120',
]
m = new(PRIYA, RENEE, 'Sorensen 271 - deductible left', date=when(21, 9, 20))
m.set_content("""Renée -- 271 for Astrid Sorensen below. She has $412.75 left on the $1,500 deductible
then 20% coinsurance, so the first tocilizumab visit will hit her hard. Can you check the manufacturer
copay program for her before 4/3?

""" + '~\n'.join(seg271) + '~\n\nPriya\n')
add('phi', 'struct', 'Astrid Sorensen', m)

# struct 5: FHIR JSON bundle attached
bundle = {
    'resourceType': 'Bundle', 'type': 'collection', 'timestamp': '2024-03-25T14:02:11-04:00',
    'entry': [
        {'resource': {'resourceType': 'Patient', 'id': 'pt-00591346',
                      'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.9921.1', 'value': '00591346'}],
                      'name': [{'family': 'Mahmoudi', 'given': ['Reza', 'Ali']}],
                      'gender': 'male', 'birthDate': '1969-08-02',
                      'telecom': [{'system': 'phone', 'value': '555-0181', 'use': 'mobile'}],
                      'address': [{'line': ['2207 Quarry Ridge Dr'], 'city': 'Wexford Valley',
                                   'state': 'PA', 'postalCode': '16098'}]}},
        {'resource': {'resourceType': 'MedicationRequest', 'id': 'mr-7719204', 'status': 'active',
                      'intent': 'order',
                      'medicationCodeableConcept': {'text': 'ferric carboxymaltose 750 mg/15 mL IV'},
                      'subject': {'reference': 'Patient/pt-00591346'},
                      'authoredOn': '2024-03-25',
                      'requester': {'display': 'Hannah Lindqvist, APRN'},
                      'dosageInstruction': [{'text': '750 mg IV over 15 min, 2 doses at least 7 days apart',
                                             'timing': {'repeat': {'count': 2}}}]}},
        {'resource': {'resourceType': 'Observation', 'id': 'obs-5520', 'status': 'final',
                      'code': {'coding': [{'system': 'http://loinc.org', 'code': '2276-4', 'display': 'Ferritin'}]},
                      'subject': {'reference': 'Patient/pt-00591346'},
                      'valueQuantity': {'value': 9, 'unit': 'ng/mL'},
                      'effectiveDateTime': '2024-03-22'}},
    ]}
m = new('Integration Team <integration@wvmc.example>', MARCUS,
        'FHIR payload sample for the specialty pharmacy vendor', cc=KWAME, date=when(22, 14, 10))
alt(m, """Marcus,

Here's one of the bundles from yesterday's feed to the new infusion scheduling vendor, as
requested, so you can confirm the medication text is coming through the way pharmacy wants it.
It's a live order (Mr. Mahmoudi, first of two Injectafer doses) so please keep it internal.

Integration Team
""")
m.add_attachment(json.dumps(bundle, indent=2, ensure_ascii=False).encode('utf-8'), 'application',
                 'fhir+json', filename='bundle_mr-7719204.json')
add('phi', 'struct', 'Reza Ali Mahmoudi', m)

# struct 6: key: value referral form, iso-8859-1 QP
m = new('Riverside Family Medicine <referrals@riversidefm.example>', INFUSION,
        'INFUSION REFERRAL - Montoya-Salcedo', date=when(19, 11, 45))
m.set_content("""INFUSION REFERRAL FORM
Referring practice: Riverside Family Medicine   Fax: (555) 812-4401

Patient Name:      Beatriz Montoya-Salcedo
DOB:               06/17/1979
Sex:               F
Phone:             555-0124 (cell, OK to text)
Address:           77 Linden Pl, Wexford Valley PA 16098
Preferred language: Español
Insurance:         Cascadia Mutual PPO   ID: CMX 220 418 556   Group: 88012
Ordering Provider: Alana Whitmore, MD   NPI 1548822019
ICD-10:            D50.9
Medication:        Ferric carboxymaltose 750 mg IV x 2 doses, 7 days apart
Weight:            68 kg
Allergies:         Sulfa (rash)
Labs attached:     Yes - ferritin 6 ng/mL, TSAT 4% (02/27/2024)
Oral iron tried:   Ferrous sulfate 325 mg x 4 mo - GI intolerance
Urgency:           Routine, within 2 weeks
Notes:             Prefers afternoons. Needs Spanish interpreter.

Signed: A. Whitmore, MD   03/21/2024
""", charset='iso-8859-1', cte='quoted-printable')
add('phi', 'struct', 'Beatriz Montoya-Salcedo', m)

# struct 7: fixed-width dispensing export attached as .txt
hdr = '%-9s%-9s%-16s%-12s%-9s%-12s%-6s%-5s%-10s' % ('RXNUM', 'FILLDT', 'PT_LAST', 'PT_FIRST', 'DOB', 'NDC', 'QTY', 'DS', 'PAYER')
fw = [hdr]
for r in [('6620114', '20240401', 'KOWALCZUK', 'BARBARA', '19610318', '00074055402', '2', '28', 'BLUEWATER'),
          ('6620187', '20240401', 'ADEBAYO-ROSS', 'TUNDE', '19770925', '57894006103', '1', '56', 'CASCADIA'),
          ('6620203', '20240402', 'NAKAMURA', 'EMIKO', '19530611', '00944285004', '4', '28', 'MEDICAREB'),
          ('6620255', '20240402', 'OCHOA BRAVO', 'LUIS', '19880102', '50242007001', '1', '28', 'TRIRIVER'),
          ('6620290', '20240403', 'FERGUSON', 'ISLA', '19920414', '00074055402', '2', '28', 'BLUEWATER'),
          ('6620311', '20240403', 'MUSA', 'HALIMA', '19700807', '64406000801', '1', '30', 'SELFPAY')]:
    fw.append('%-9s%-9s%-16s%-12s%-9s%-12s%-6s%-5s%-10s' % r)
m = new(OLIVIA, 'Keystone Specialty Data <data-ops@keystonespecialty.example>',
        'REMS / dispense report 4/1-4/3', cc=MARCUS, date=when(31, 16, 30))
m.set_content("""Hi,

Attached is our dispensing file for 4/1-4/3 in the fixed-width layout from your spec v3 (no
header on prior files, I added one this time -- let me know if that breaks your loader).

Olivia

""" + SIG['olivia'] + '\n')
m.add_attachment(('\r\n'.join(x.rstrip() for x in fw) + '\r\n').encode('ascii'), 'text', 'plain',
                 filename='WVMC_DISP_20240401_20240403.txt')
add('phi', 'struct', 'KOWALCZUK, BARBARA', m)


# ================================================================== phi-lang
# lang 1: Spanish, daughter writing about her mother, iso-8859-1 QP + encoded subject
m = new('Marisol Quintanilla <marisol.q@mailbox.example>', INFUSION,
        raw_subject=ew('Cita de mi mamá - infusión de hierro', 'iso-8859-1'), date=when(13, 20, 31, weekend=True))
m.set_content("""Buenas noches,

Les escribo por mi mamá, Rosa Elvira Quintanilla (fecha de nacimiento 14/08/1952). Tiene cita
el jueves 21 a las 10:00 para su segunda infusión de hierro, pero desde la primera vez tiene el
brazo izquierdo hinchado y morado donde le pusieron el suero, y le duele cuando lo mueve.
Ayer también tuvo un poco de fiebre.

¿Debemos llevarla antes o esperar hasta el jueves? Ella no habla inglés, por favor llámenme a mí.

Muchas gracias,
Marisol Quintanilla
555-0117
""", charset='iso-8859-1', cte='quoted-printable')
add('phi', 'lang', 'Rosa Elvira Quintanilla', m)

# lang 2: Russian, koi8-r base64 body + koi8-r subject
m = new('Olga Belova <o.belova58@postbox.example>', INFUSION,
        raw_subject=ew('Вопрос о следующем вливании иммуноглобулина', 'koi8-r'), date=when(11, 10, 14))
m.set_content("""Здравствуйте!

Меня зовут Ольга Сергеевна Белова, дата рождения 22.05.1958. После последнего вливания
иммуноглобулина 12 марта у меня три дня была сильная головная боль и температура 38,2.
Раньше такого не было. Следующая процедура назначена на 9 апреля в 8:30.

Можно ли вводить препарат медленнее или поменять на другой? Я говорю по-английски плохо,
поэтому пишу по-русски. Мой телефон 555-0109, звоните после 10 утра.

С уважением,
Ольга Белова
""", charset='koi8-r', cte='base64')
add('phi', 'lang', 'Ольга Сергеевна Белова', m)

# lang 3: Vietnamese with English, interpreter summary
m = new(HUY, DANA, 'Call from son of Đặng Văn Minh - itching after iron', cc=HANNAH, date=when(15, 14, 20))
alt(m, """Dana, Hannah,

Son (Đặng Quốc Tuấn) emailed me this in Vietnamese this morning, translation below.

Original:
"Chào anh Huy, ba tôi là Đặng Văn Minh, ngày sinh 03/02/1945. Ba tôi truyền sắt hôm thứ Hai
ở trung tâm. Về nhà tối đó ba bị ngứa và nổi mẩn đỏ hai cánh tay, sáng nay đỡ hơn nhưng vẫn
còn ngứa. Ba không khó thở. Lần sau có cần uống thuốc trước không? Lịch hẹn tiếp theo là
ngày 25 tháng 3. Cảm ơn anh."

Translation:
"Hello Huy, my father is Đặng Văn Minh, DOB 03/02/1945. He had his iron infusion Monday at
the center. That evening at home he had itching and a red rash on both arms; this morning it's
better but still itchy. No trouble breathing. Next time does he need to take medicine before?
His next appointment is March 25. Thank you."

I told Tuấn someone from nursing would call him back today at 555-0151 (he'll interpret for his dad).

Huy
""")
add('phi', 'lang', 'Đặng Văn Minh', m)

# lang 4: Chinese, gb2312 base64
zh = """您好，

我是王秀英的女儿李静。我母亲本周四上午九点的输液（英夫利昔单抗）需要改期，因为她上周五住院了，
现在还在医院，医生说下周一可能出院。她的病历号是 00736621，出生日期 1955年3月9日。

请问下周可以重新安排吗？最好是下午。我的电话是 555-0153。

谢谢！
李静
"""
m = new('Li Jing <lijing.family@inboxly.example>', INFUSION,
        raw_subject=ew('王秀英 输液改期', 'gb2312'), date=when(16, 12, 9))
m.set_content(zh, charset='gb2312', cte='base64')
add('phi', 'lang', '王秀英', m)

# lang 5: Arabic, HTML rtl, with an English line
m = new('Omar Al-Shammari <omar.shammari@netmail.example>', 'Renée Marchetti <rmarchetti@wvmc.example>',
        'فاتورة علاج والدي - Abdulrahman Al-Shammari', date=when(23, 19, 2))
m.set_content("""<html><head><meta charset="utf-8"></head><body>
<div dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">
<p>السلام عليكم،</p>
<p>أنا عمر، ابن المريض عبد الرحمن الشمري (تاريخ الميلاد ١٩٥٦/٠٤/١٠). والدي يأخذ حقنة ريميكيد في مركزكم كل ثمانية أسابيع.
وصلتنا فاتورة بمبلغ ٨٤٠ دولار عن جلسة ٧ مارس، مع أننا مسجلون في برنامج المساعدة الخاص بالشركة المصنعة.</p>
<p>هل يمكنكم التأكد من أن الفاتورة أُرسلت إلى البرنامج؟ رقم هاتفي 555-0186.</p>
<p>شكراً جزيلاً،<br>عمر الشمري</p>
</div>
<div dir="ltr" style="font-family:Arial;font-size:10pt;color:#444">
<p>Sorry for writing in Arabic, my English writing is not so good. You can call me, I understand English on the phone.</p>
</div></body></html>
""", subtype='html', cte='base64')
add('phi', 'lang', 'عبد الرحمن الشمري', m)

# lang 6: Portuguese, husband writing, iso-8859-1 8bit
m = new('João Alves <joao.alves.br@mailbox.example>', INFUSION,
        raw_subject=ew('Febre e manchas depois da infusão - Maria da Conceição Alves', 'iso-8859-1'),
        date=when(18, 9, 55))
m.set_content("""Bom dia,

Meu nome é João Alves, sou marido da Maria da Conceição Alves (data de nasc. 09/07/1968).
Ela fez a infusão de imunoglobulina ontem à tarde no centro de vocês e hoje acordou com febre
de 38,3 e manchas vermelhas na barriga e nas costas. Ela tomou um paracetamol às 7h.

O que devemos fazer? Levamos ela no pronto-socorro ou esperamos? A próxima infusão dela é
dia 16 de abril.

Obrigado,
João Alves
555-0172
""", charset='iso-8859-1')
add('phi', 'lang', 'Maria da Conceição Alves', m)

# lang 7: Haitian Creole, multipart/alternative
m = new('Nadège Pierre-Louis <nadege.pl@postbox.example>', INFUSION,
        'Randevou manman m lendi - Jacqueline Pierre-Louis', date=when(20, 18, 47, weekend=True))
alt(m, """Bonjou,

Mwen se pitit fi Jacqueline Pierre-Louis. Manman m gen randevou pou pèfizyon fè (iron) li
lendi 25 mas a 10è. Li pa ka vini paske li malad, li gen lafyèv ak vomisman depi yè swa.

Èske nou ka chanje randevou a pou semèn pwochèn? Se mwen ki pote l, mwen pa travay mèkredi
ak jedi.

Mèsi anpil,
Nadège Pierre-Louis
555-0171
""")
add('phi', 'lang', 'Jacqueline Pierre-Louis', m)

# lang 8: Taglish between nurses
m = new(MARICEL, 'Joy Villanueva <jvillanueva@wvmc.example>', 'chair 8 - pa-check',
        date=when(19, 11, 36))
m.set_content("""Joy,

Pa-check naman si Mrs. Corazon Dimaculangan sa chair 8 pagbalik mo from break. Nag-reaction
siya kanina sa IVIG mga 45 mins in -- nangati at namula yung leeg at dibdib, tinigil ko muna
tapos binigyan ng Benadryl 25 IV per protocol. Okay na siya ngayon, restarted at 30 mL/hr.

Paki-bantayan lang yung BP niya, medyo mataas 152/94 kanina. Si Hannah na-inform ko na.
Yung anak niya nasa cafeteria, babalik daw by 12.

Salamat!
Mar
""")
add('phi', 'lang', 'Corazon Dimaculangan', m)


# ================================================================== clean-staff
# staff 1: on-call pharmacist schedule
oc = [('Date', 'Day', 'Primary (pharmacist)', 'Cell', 'Backup', 'Cell'),
      ('04/01', 'Mon', 'Kwame Boateng, PharmD', '555-0110', 'Aisha Karimi, PharmD', '555-0114'),
      ('04/02', 'Tue', 'Aisha Karimi, PharmD', '555-0114', 'Marcus Oyelaran, PharmD', '555-0112'),
      ('04/03', 'Wed', 'Tobias Engel, PharmD', '555-0116', 'Kwame Boateng, PharmD', '555-0110'),
      ('04/04', 'Thu', 'Kwame Boateng, PharmD', '555-0110', 'Tobias Engel, PharmD', '555-0116'),
      ('04/05', 'Fri', 'Marcus Oyelaran, PharmD', '555-0112', 'Aisha Karimi, PharmD', '555-0114'),
      ('04/06-07', 'Wknd', 'Tobias Engel, PharmD', '555-0116', 'Marcus Oyelaran, PharmD', '555-0112')]
w = [max(len(r[i]) for r in oc) for i in range(6)]
m = new(MARCUS, RXLIST, 'On-call pharmacist schedule - first week of April', date=when(24, 13, 0))
m.set_content("""All,

Here's the on-call rotation for 4/1-4/7. On-call covers after-hours clinical questions from the
infusion RNs and the home infusion agencies, plus any cold-chain delivery problems FrostLine
escalates. Swaps are fine, just copy me so the operator list gets updated.

""" + '\n'.join('  '.join(r[i].ljust(w[i]) for i in range(6)).rstrip() for r in oc) + """

Operator page line for the on-call pharmacist is (555) 410-2000, say "infusion pharmacy on call."

Marcus

""" + SIG['marcus'] + '\n')
add('clean', 'staff', '', m)

# staff 2: staff directory, HTML table
staff_rows = [
    ('Dana Kowalczyk', 'Charge Nurse', 'BSN, RN, OCN', 'x2210', '4417', 'dkowalczyk'),
    ('Grace Whitcombe', 'Staff RN', 'RN, CRNI', 'x2231', '4418', 'gwhitcombe'),
    ('Jules Thibodeaux', 'Staff RN', 'BSN, RN', 'x2232', '4419', 'jthibodeaux'),
    ('Maricel Santos', 'Staff RN', 'BSN, RN, CRNI', 'x2233', '4420', 'msantos'),
    ('Joy Villanueva', 'Staff RN (per diem)', 'RN', 'x2234', '4421', 'jvillanueva'),
    ('Hannah Lindqvist', 'Nurse Practitioner', 'MSN, APRN, FNP-C', 'x2240', '4430', 'hlindqvist'),
    ('Kwame Boateng', 'Clinical Pharmacist', 'PharmD', 'x2290', '4450', 'kboateng'),
    ('Olivia Tran', 'Pharmacy Technician', 'CPhT', 'x2292', '-', 'otran'),
    ('Priya Raghunathan', 'Prior Auth Specialist', 'CPhT', 'x2295', '-', 'praghunathan'),
    ('Leticia Ferreira', 'Patient Access Rep', '', 'x2201', '-', 'lferreira'),
    ('Renée Marchetti', 'Financial Counselor', 'CHAA', 'x2279', '-', 'rmarchetti'),
]
rows_html = ''.join('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in r[:5]) +
                    '<td>%s@wvmc.example</td></tr>' % r[5] for r in staff_rows)
m = new(DANA, RNLIST + ', ' + RXLIST, 'Updated infusion/pharmacy contact sheet (April)', date=when(27, 15, 30))
m.set_content("""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi everyone &ndash; updated contact sheet below, please replace the one taped at the nurses' station.
Joy is now on the per diem list and Maricel finished her CRNI (congrats!!).</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde7f0"><th>Name</th><th>Role</th><th>Credentials</th><th>Ext</th><th>Pager</th><th>Email</th></tr>
""" + rows_html + """
</table>
<p>Main desk (555) 410-2200 &middot; Pharmacy (555) 410-2288 &middot; Fax (555) 410-2299</p>
<p>Dana</p></body></html>
""", subtype='html')
add('clean', 'staff', '', m)

# staff 3: huddle notes, clinical talk in general terms
m = new(DANA, RNLIST, 'Huddle notes Mon 3/18', cc=HANNAH + ', ' + KWAME, date=when(14, 8, 5))
m.set_content("""Huddle notes for those who missed it:

1. Reactions -- 3 last week, all grade 1-2, all resolved in the chair. Good catches. Reminder
   that for ANY grade 2 or higher: stop the infusion, stay with the patient, call the NP/provider,
   and document the time of every action in the reaction flowsheet, not just the narrative.
2. Rituximab first doses -- start 50 mg/hr, increase by 50 mg/hr q30min to max 400 if tolerated.
   Pharmacy is now labeling first-dose bags with a yellow sticker.
3. IVIG -- lot numbers go in the MAR scan AND the paper lot log at the fridge until the barcode
   fix is live (IT says April).
4. Iron -- the new ferric carboxymaltose protocol says check phosphorus only if ordered; we don't
   need to hold for it.
5. Hypersensitivity kit in bay 2 was missing epinephrine 1 mg/mL -- restocked. Please check your
   kit at start of shift, sign the sheet.
6. Staffing: we're down one RN through 4/5. Leticia is capping 28 infusions/day.

Thanks all -- Dana
""")
add('clean', 'staff', '', m)

# staff 4: holiday staffing plan with chair counts, multipart/alternative
m = new(DANA, LETICIA + ', ' + MARCUS, 'Memorial Day week staffing + chair plan', date=when(40, 11, 20))
alt(m, """Leticia, Marcus,

Plan for Memorial Day week so you can book/compound accordingly:

Mon 5/27   CLOSED
Tue 5/28   12 chairs   RNs: Dana 7-3:30, Grace 7-7:30, Maricel 9:30-6, Joy 7-3:30
Wed 5/29   16 chairs   full staff
Thu 5/30   16 chairs   full staff (Jules 11-7:30)
Fri 5/31   10 chairs   RNs: Grace, Joy, Jules; NP coverage by phone after 1 pm

Tuesday will be heavy with the Monday overflow -- please no 6-hour infusions after 10 am
Tuesday. Pharmacy: can we pre-stage the stable premixes Friday 5/24 for Tuesday's 7:30 chairs?

Dana
""")
add('clean', 'staff', '', m)

# staff 5: USP 797 competency roster, CSV attachment
rows = [['Employee', 'Role', 'Garbing/Hand hygiene', 'Gloved fingertip (x3)', 'Media fill', 'Written exam', 'Due next'],
        ['Kwame Boateng', 'PharmD', '2024-02-12', 'Pass', 'Pass', '96%', '2024-08-12'],
        ['Aisha Karimi', 'PharmD', '2024-02-12', 'Pass', 'Pass', '92%', '2024-08-12'],
        ['Tobias Engel', 'PharmD', '2024-01-30', 'Pass', 'Pass', '100%', '2024-07-30'],
        ['Olivia Tran', 'CPhT', '2024-02-14', 'Pass', 'Pass', '88%', '2024-08-14'],
        ['Deshawn Pike', 'CPhT', '2024-02-14', 'Retest 3/1 - Pass', 'Pass', '90%', '2024-08-14'],
        ['Marisa Kühn', 'CPhT', 'PENDING', '', '', '', 'OVERDUE']]
m = new(MARCUS, RXLIST, 'Sterile compounding competencies - status', date=when(5, 14, 45))
m.set_content("""Team,

Attached is where we are on the semi-annual USP <797> competencies. Marisa, you're overdue --
please get with Tobias this week for garbing + fingertip, we can't have you in the buffer room
after 3/15 otherwise. Everyone else is good until August.

Marcus
""")
m.add_attachment(csvtext(rows), subtype='csv', filename='797_competency_status_Mar2024.csv')
add('clean', 'staff', '', m)

# staff 6: shift swap + BLS reminder, quoted
d0 = when(9, 19, 30)
m = new('Joy Villanueva <jvillanueva@wvmc.example>', MARICEL, 'Re: swap Tues 3/26?', cc=DANA, date=when(9, 21, 4))
m.set_content("""Yes! I'll take your Tuesday 3/26 7-7:30 and you take my Saturday 4/6. Copying Dana so she can
fix the schedule.

Also don't forget our BLS expires end of April -- the skills session on 4/11 at 2 pm in Pavilion A
still has spots, sign up in the learning portal.

Joy

On %s, Maricel Santos <msantos@wvmc.example> wrote:
%s
""" % (gdate(d0), gt("""Joy, can you swap with me? I need Tuesday 3/26 off -- my son's band has their spring concert
that night and I'm chaperoning the bus. I can take any of your weekend shifts in April.

Mar""")))
add('clean', 'staff', '', m)

# staff 7: biosimilar transition policy discussion
d0 = when(17, 10, 0)
m = new(ACHTER, MARCUS, 'RE: infliximab biosimilar transition - criteria', cc=KWAME + ', ' + HANNAH, date=when(17, 15, 22))
m.set_content("""Marcus,

Agree with most of it. A few changes:

- Exclude anyone with 2 or more documented infusion reactions in the past 12 months from the
  automatic switch; those go to individual review.
- Pediatric transitions stay out of scope, that's the children's hospital's call.
- Keep the same dose and interval at the switch; no re-induction.
- Pharmacy sends the patient letter, but the clinic nurse makes the phone call. I don't want
  people learning about it from a bill.

Re the question of drug-level monitoring after switch -- not routinely, only if clinically
indicated. I'll take it to P&T on 4/9.

Sam
""" + outlook(MARCUS, d0, ACHTER, 'infliximab biosimilar transition - criteria',
"""Dr. Achterberg,

Draft criteria for moving our adult infliximab patients to the preferred biosimilar starting
July, per the Bluewater and Cascadia formulary changes:

1. All adults on stable originator dosing for 6+ months are eligible.
2. Switch at the next scheduled dose, same dose/interval.
3. Exclusions: pregnancy, active reaction history (to be defined), patient refusal after counseling.
4. Track reactions and discontinuations for 12 months; report aggregate to P&T quarterly.

Roughly 140 patients affected. Let me know what you'd change.

Marcus""") + '\n')
add('clean', 'staff', '', m)


# ================================================================== clean-admin
# admin 1: courier invoice with PDF
inv = ['FROSTLINE MEDICAL COURIER', 'Temperature-Controlled Logistics', '',
       'INVOICE  FL-2024-03-5512          Invoice date: 03/31/2024', 'Bill to: WVMC Specialty Pharmacy, Accounts Payable',
       'PO: 4500918822      Terms: Net 30', '',
       'Description                                   Qty     Rate      Amount',
       'Standard refrigerated home delivery (2-8C)    214    $38.50   $8,239.00',
       'STAT same-day refrigerated                     11    $92.00   $1,012.00',
       'Re-delivery / failed attempt                    9    $25.00     $225.00',
       'Qualified shipper packs (returned)             37     $6.00     $222.00',
       'Fuel surcharge (4.5%)                                           $436.55',
       '', 'TOTAL DUE                                                   $10,134.55', '',
       'Remit to: FrostLine Medical Courier, PO Box 4410, Wexford Valley PA 16097']
m = new('FrostLine Billing <billing@frostline-courier.example>', 'WVMC Accounts Payable <ap@wvmc.example>',
        'Invoice FL-2024-03-5512 - March 2024', cc=MARCUS, date=when(28, 10, 0))
m.set_content("""Good morning,

Please find attached invoice FL-2024-03-5512 for March 2024 deliveries. A stop-level detail
report is available in the customer portal under Reports > Monthly Activity.

Thank you for your business,
FrostLine Billing
(555) 230-7010

""" + DISC_VENDOR + '\n')
m.add_attachment(pdf(inv, 'Invoice FL-2024-03-5512'), 'application', 'pdf', filename='FL-2024-03-5512.pdf')
add('clean', 'admin', '', m)

# admin 2: IT downtime, multipart
m = new('WVMC IT Service Desk <servicedesk@wvmc.example>', RXLIST + ', ' + RNLIST,
        'PLANNED DOWNTIME: Pharmacy system upgrade Sat 3/23 02:00-06:00', date=when(13, 16, 0))
alt(m, """PLANNED DOWNTIME NOTICE

System:    Pharmacy Information System (RxWorks 9.4 -> 9.6) and cabinet interface
When:      Saturday 3/23/2024, 02:00 - 06:00
Impact:    Order verification, label printing and the cabinet profile will be unavailable.
           Infusion Center is closed during the window; home infusion on-call is affected.

What to do:
 - Use the downtime binders (red) in the pharmacy and the infusion nurses' station.
 - Downtime reports print automatically at 01:30 to the pharmacy printer PH-LJ-02.
 - After the upgrade, clear your browser cache before logging in.

Questions: IT Service Desk (555) 410-4357 or servicedesk@wvmc.example. Ticket CHG0041127.
""")
add('clean', 'admin', '', m)

# admin 3: facilities - fridge alarm and HVAC, plain text, windows-1252
m = new('Ray Dombrowski <rdombrowski@wvmc.example>', MARCUS, 'Fridge #3 alarm + clean room pressure',
        cc='Facilities Work Control <workcontrol@wvmc.example>', date=when(6, 15, 40))
m.set_content("""Marcus,

Update on WO 24-018831 and 24-018902:

- Fridge #3 (the Helmer in the specialty room): the compressor relay was sticking, which is why
  you saw the 8.6°C excursion overnight Saturday. Replaced the relay, it's been holding 4–5°C for
  24 hrs. Vendor wants the data logger downloaded Friday to confirm. Product decisions on what was
  inside are pharmacy's, not ours – I just need the logger back.
- Buffer room pressure: differential was reading 0.018" WC against the anteroom, below your
  0.02" minimum. Rebalanced the supply damper; now 0.031". Certifier is coming 3/19 anyway.

Ray Dombrowski
Facilities Maintenance Supervisor | (555) 410-5520
""", charset='windows-1252', cte='quoted-printable')
add('clean', 'admin', '', m)

# admin 4: HR open enrollment / compliance reminder, HTML only
m = new('WVMC Human Resources <hr-benefits@wvmc.example>', 'All Pharmacy and Infusion Staff <pharm-inf-all@wvmc.example>',
        'Reminder: Annual compliance items due April 30', date=when(29, 9, 0))
m.set_content("""<html><body style="font-family:Arial;font-size:10.5pt">
<h2 style="color:#1b4f72">Annual Compliance Reminder</h2>
<p>The following items are due for all clinical and pharmacy staff by <b>April 30, 2024</b>:</p>
<ul>
<li>Annual TB screening questionnaire (Employee Health portal)</li>
<li>Privacy &amp; Information Security module (45 min)</li>
<li>Hazardous Drug Handling (USP &lt;800&gt;) annual attestation &ndash; pharmacy and infusion only</li>
<li>Updated license/certification upload if renewed since last year</li>
</ul>
<p>Staff with incomplete items on May 1 will be removed from the schedule until complete, per policy HR-204.</p>
<p>Questions? Contact HR at (555) 410-6100 or visit the HR page on the intranet.</p>
<p style="font-size:9pt;color:#666">Wexford Valley Medical Center &middot; Human Resources &middot; 1200 Valley Parkway</p>
</body></html>
""", subtype='html')
add('clean', 'admin', '', m)

# admin 5: distributor contract pricing, XLSX
rows = [['Product', 'NDC', 'Package', 'WAC', 'Contract price', 'Per gram', 'Tier'],
        ['Immune globulin 10% (Brand G)', '00944-2700-05', '10 g/100 mL', 1680.00, 1398.00, 139.80, '2'],
        ['Immune globulin 10% (Brand P)', '44206-0438-92', '20 g/200 mL', 3410.00, 2812.00, 140.60, '2'],
        ['Immune globulin 10% (Brand O)', '68209-0823-03', '10 g/100 mL', 1595.00, 1360.00, 136.00, '1'],
        ['Immune globulin SC 20% (Brand H)', '44206-0455-91', '4 g/20 mL', 720.00, 602.00, 150.50, '3'],
        ['Iron sucrose 20 mg/mL', '00517-2340-10', '10 x 5 mL', 412.00, 298.00, '', '1'],
        ['Ferric carboxymaltose 750 mg', '00517-0650-01', '1 vial', 1190.00, 1012.00, '', '2']]
m = new('Brian Kessler <bkessler@keystonespecialty.example>', MARCUS,
        'Keystone agreement renewal - pricing exhibit B (eff. 7/1)', date=when(32, 14, 15))
m.set_content("""Marcus,

As discussed Tuesday, attached is the revised Exhibit B for the renewal effective 7/1/2024. Tier 1
pricing assumes you stay above 1,200 g/month on immune globulin across brands; if volume drops
below 1,000 g for two consecutive months we'd move to Tier 2 pricing on all lines.

Allocation for IG remains at 100% of trailing-12-month usage through Q3. Contract redlines from
our legal team should reach your purchasing office by Friday.

Best,
Brian Kessler
Senior Account Manager, Health Systems
Keystone Specialty Distribution | (555) 904-3311

""" + DISC_VENDOR + '\n')
m.add_attachment(xlsx(rows, 'Exhibit B'), 'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 filename='Keystone_WVMC_ExhibitB_2024-07.xlsx')
add('clean', 'admin', '', m)

# admin 6: P&T subcommittee meeting notes, DOCX
m = new(KWAME, 'P&T Infusion Subcommittee <pt-infusion@wvmc.example>', 'Minutes - Infusion P&T subcommittee 3/12',
        date=when(9, 16, 40))
m.set_content('Minutes from Tuesday attached. Please send corrections by Friday. -- Kwame\n')
m.add_attachment(docx([
    '# Infusion P&T Subcommittee - Minutes, March 12, 2024',
    'Present: S. Achterberg (chair), M. Oyelaran, K. Boateng, H. Lindqvist, D. Kowalczyk, N. Hashemi, G. Lindholm',
    '# 1. Utilization (Q4 2023)',
    [['Category', 'Infusions', 'Change vs Q3'],
     ['Immune globulin', '1,122', '+6%'],
     ['IV iron (all products)', '1,486', '+11%'],
     ['Anti-TNF', '904', '-2%'],
     ['Anti-CD20', '311', '+4%'],
     ['Other biologics', '689', '+3%']],
    '# 2. Formulary',
    'Ferric derisomaltose added for single-dose use where payer requires; iron sucrose remains first line.',
    'Infliximab biosimilar transition criteria: draft accepted with amendments; final at April meeting.',
    '# 3. Shortage',
    'IG allocation continues. Subcommittee endorsed priority tiers A/B/C per national guidance; no individual cases discussed.',
    '# 4. Next meeting: April 9, 2024, 12:00, Conf Rm B-214',
]), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', filename='PT_Infusion_Minutes_2024-03-12.docx')
add('clean', 'admin', '', m)

# admin 7: charge master update, CSV
rows = [['HCPCS', 'Description', 'Rev code', 'Old charge', 'New charge', 'Effective'],
        ['J1745', 'Infliximab, excl biosimilar, 10 mg', '0636', '45.00', '47.25', '2024-04-01'],
        ['Q5103', 'Infliximab-dyyb, biosimilar, 10 mg', '0636', '28.10', '28.10', '2024-04-01'],
        ['J1756', 'Iron sucrose, 1 mg', '0636', '2.80', '2.95', '2024-04-01'],
        ['J1439', 'Ferric carboxymaltose, 1 mg', '0636', '3.10', '3.30', '2024-04-01'],
        ['J1569', 'Immune globulin (Gammagard liquid), 500 mg', '0636', '118.00', '121.50', '2024-04-01'],
        ['J2350', 'Ocrelizumab, 1 mg', '0636', '68.40', '71.00', '2024-04-01'],
        ['96365', 'IV infusion, initial, up to 1 hr', '0510', '410.00', '425.00', '2024-04-01'],
        ['96413', 'Chemo/complex drug infusion, initial, up to 1 hr', '0510', '412.50', '430.00', '2024-04-01']]
m = new(GARY, MARCUS + ', ' + PRIYA, 'CDM update for 4/1 - infusion drug lines', date=when(22, 13, 5))
alt(m, """Hi both,

Finance approved the April chargemaster changes. Attached are the infusion drug and admin lines
that change 4/1. No action needed from pharmacy unless you see a unit-of-measure problem -- please
look at J1569, the billing unit is 500 mg and the pharmacy system dispenses in grams.

Gary

""" + SIG['gary'])
m.add_attachment(csvtext(rows), subtype='csv', filename='CDM_infusion_changes_20240401.csv')
add('clean', 'admin', '', m)


# ================================================================== clean-lookalike
# look 1: credit union alert with member number
m = new('Wexford Valley Federal Credit Union <alerts@wvfcu.example>', 'Dana Kowalczyk <dana.k.home@mailbox.example>',
        'Account alert: Direct deposit received - Member #00482213', date=when(11, 6, 2))
alt(m, """Hello DANA,

A direct deposit has posted to your account.

Member #:        00482213
Account:         Share Draft Checking ****4471
Amount:          $2,486.19
Description:     PAYROLL WEXFORD VALLEY MED CTR
Posted:          03/15/2024
Available bal.:  $3,902.55

If you did not expect this transaction, call Member Services at (555) 388-1200.
To change your alert preferences, log in to Online Banking > Alerts.

Wexford Valley Federal Credit Union. Federally insured by NCUA.
This is an automated message; please do not reply.
""")
add('clean', 'lookalike', '', m)

# look 2: airline itinerary for conference travel
m = new('Aero Pacifica <reservations@aeropacifica.example>', KWAME,
        'Your trip confirmation - QX7M4P - Pittsburgh to Phoenix', date=when(20, 12, 31))
alt(m, """Thanks for booking with Aero Pacifica!

Confirmation code: QX7M4P        Booked: 03/25/2024

PASSENGERS
  1. BOATENG/KWAME MR      Club Pacifica #: 7730 2291 4   Date of birth: 11 May 1987   Seat 14C / 22A
  2. WHITCOMBE/GRACE MS    Club Pacifica #: 4408 1172 9   Date of birth: 02 Jan 1979   Seat 14D / 22B

FLIGHTS
  AP 1187  Sat 05/04  PIT 07:10 -> PHX 09:22   Main Cabin   Confirmed
  AP 1190  Wed 05/08  PHX 13:45 -> PIT 21:05   Main Cabin   Confirmed

Purpose note (corporate travel): National Infusion Nursing Conference 2024
Cost center: 71420 Infusion Services       Corporate travel ID: WVMC-T-22817

Total charged to card ending 9012: $1,148.40 (2 travelers)

Checked bags: 1 free with corporate fare. Check in online 24 hours before departure.
""")
add('clean', 'lookalike', '', m)

# look 3: auto insurance renewal
m = new('Summit Mutual Auto <policyservice@summitmutual.example>', 'Grace Whitcombe <gwhitcombe.home@netmail.example>',
        'Your policy renewal documents - Policy AUT-4471920-03', date=when(33, 9, 12))
m.set_content("""Dear Grace Whitcombe,

Your auto policy is up for renewal. Your documents are attached in your online account.

Policy number:     AUT-4471920-03
Named insured:     Grace Whitcombe
Policy period:     05/01/2024 - 11/01/2024
Vehicle 1:         2019 Subaru Outback  VIN 4S4BSANC2K3XXXXXX
Coverage:          Bodily injury 100/300, Property damage 100, Medical payments $5,000,
                   Collision ($500 ded.), Comprehensive ($250 ded.)
Renewal premium:   $684.20 (6 months)
Member since:      2011     Safe-driver discount applied

Your premium includes a 4% discount for automatic payments from account ending 2267.

Questions? Call (555) 640-0099 or reply through your online account.
Summit Mutual Auto Insurance Company
""")
add('clean', 'lookalike', '', m)

# look 4: supply order with tracking numbers
m = new('Allegiant Medical Supply <orders@allegiantmed.example>', DANA,
        'Order shipped: SO-7731820 (PO 4500921177)', date=when(26, 14, 5))
m.set_content("""<html><body style="font-family:Arial;font-size:12px">
<p>Hello Dana Kowalczyk,</p>
<p>Good news &ndash; part of your order has shipped.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Item</th><th>Description</th><th>Qty</th><th>Status</th><th>Tracking</th></tr>
<tr><td>AM-44120</td><td>Infusion pump set, non-DEHP, 0.2 micron filter</td><td>20 cs</td><td>Shipped</td><td>1Z 84W 417 03 9918 2207</td></tr>
<tr><td>AM-20871</td><td>IV catheter 22G x 1", safety</td><td>8 bx</td><td>Shipped</td><td>1Z 84W 417 03 9918 2207</td></tr>
<tr><td>AM-60233</td><td>Recliner infusion chair cover, disposable</td><td>4 cs</td><td>Backordered (ETA 4/15)</td><td>&ndash;</td></tr>
<tr><td>AM-11902</td><td>Blood pressure cuff, adult large, single patient use</td><td>2 cs</td><td>Shipped</td><td>1Z 84W 417 03 9918 2214</td></tr>
</table>
<p>Ship to: WVMC Outpatient Infusion Center, Pavilion B Receiving Dock 3, 1200 Valley Parkway<br>
Customer #: 0088123 &nbsp; Order #: SO-7731820 &nbsp; PO: 4500921177</p>
<p>Allegiant Medical Supply Customer Care &middot; (555) 480-2000</p>
</body></html>
""", subtype='html')
add('clean', 'lookalike', '', m)

# look 5: ZZTEST patient in test environment
m = new('Kelsey Marchand <kmarchand@wvmc.example>', MARCUS + ', ' + KWAME,
        'TST build validation - INF IRON order set - please verify', date=when(34, 10, 40))
m.set_content("""Hi both,

The new IV iron order set is built in TST (not PRD). I placed orders on our usual test patient
and need a pharmacist to verify in TST so I can check the RDE output. Nothing here is a real
patient -- ZZTEST patients only exist in the test environment.

  Patient:  ZZTEST, INFUSIONONE    MRN 99900012   DOB 01/01/1900
  Order:    Ferric carboxymaltose 750 mg IV x1, then repeat in 7 days
  Labs:     ferritin 10 ng/mL (test result I keyed manually), TSAT 8%

Test RDE from TST:

MSH|^~\\&|EPIC|WVMC_TST|OMNIRX|WVMC_INF|20240409101212||RDE^O11|TST000991|T|2.5.1
PID|1||99900012^^^WVMC^MR||ZZTEST^INFUSIONONE||19000101|U
RXE|^^^20240409110000|J1439^FERRIC CARBOXYMALTOSE^HCPCS|750||mg

Please verify in TST only. Environment banner should be orange.

Kelsey
""")
add('clean', 'lookalike', '', m)

# look 6: employee benefits question naming no health detail
d0 = when(29, 8, 40)
m = new('WVMC Benefits Service Center <benefits@wvmc.example>', 'Olivia Tran <otran@wvmc.example>',
        'RE: Adding my husband to dental - Case 00871244', date=when(29, 15, 12))
m.set_content("""Hi Olivia,

Thanks for reaching out. Since you got married on 3/16, that's a qualifying life event and you
have 30 days (until 4/15) to add your spouse. Please upload a copy of the marriage certificate in
the benefits portal under Life Events > Marriage. Coverage will be effective the first of the
month after we receive it.

Your current elections: Dental Plus (employee only), Vision Basic (employee only). Adding a spouse
changes your dental deduction from $9.40 to $19.85 per pay period.

Benefits Service Center | (555) 410-6150
""" + outlook('Olivia Tran', d0, 'WVMC Benefits Service Center', 'Adding my husband to dental',
"""Hi, I got married last month and want to add my husband Daniel Ruiz to my dental plan.
My employee ID is 100482. His date of birth is 07/30/1995. My member ID on the dental card is
DDW 880041227. What do I need to send?

Thanks, Olivia""") + '\n')
add('clean', 'lookalike', '', m)

# look 7: manufacturer speaker program roster
m = new('Brent Halloway <brent.halloway@calverabio.example>', KWAME + ', ' + HANNAH,
        'Calvera speaker dinner 4/18 - attendee confirmation', date=when(30, 16, 0))
m.set_content("""Hi Kwame and Hannah,

Thanks again for agreeing to attend. Below is the confirmed list for the 4/18 educational dinner
("Optimizing Infusion Center Workflows for IV Biologics") at Lantern & Rye, 6:30 pm. Per our
compliance rules I need NPI and state license for anyone who receives a meal.

Name                  Credentials   NPI          License        Meal
Kwame Boateng         PharmD        1497730125   RP-449180      no preference
Hannah Lindqvist      APRN, FNP-C   1386455902   RN-771045 / CRNP  vegetarian
Tobias Engel          PharmD        1841290037   RP-450221      no preference
Noor Hashemi          MD            1629004418   MD-088412      halal

Speaker: Dr. Lorraine Peck, Infusion Medical Director, Clearbrook Health. Program ID CB-SP-24-0193.
Reportable value per attendee: $84.00 (meal).

Best,
Brent Halloway
Senior Institutional Account Manager | Calvera Biologics
(555) 771-0430

""" + DISC_VENDOR + '\n')
add('clean', 'lookalike', '', m)


# ================================================================== clean-news
# news 1: newsletter, HTML + text
t = """THE INFUSION LINE - Spring 2024
Outpatient Infusion Center & Specialty Pharmacy, Wexford Valley Medical Center

BY THE NUMBERS (Jan-Mar)
- 4,812 infusions given in 16 chairs
- 97.6% of patients started within 30 minutes of their appointment time
- 1,900+ specialty prescriptions delivered, 99.3% with cold-chain logs in range

NEW CHAIRS ARE HERE
Six new power recliners with heated seats arrived in March for chairs 9-14. Thank you to the
Auxiliary for funding them.

WELCOME
Please welcome Joy Villanueva, RN (per diem) and Tobias Engel, PharmD, who joined the
pharmacy from Clearbrook Health.

VOLUNTEER SPOTLIGHT: HAROLD JENKINS
Every Tuesday for six years, retired machinist Harold Jenkins has pushed the snack cart, warmed
blankets and done the crossword with anyone who wants a partner. "It's the best part of my
week," he says. Harold has logged more than 1,400 volunteer hours. Thank you, Harold!

REMINDER
Free parking validation is available at the front desk for infusion visits over 2 hours.
"""
m = new('WVMC Infusion Services <infusion-news@wvmc.example>', 'Infusion Friends & Staff <infusion-friends@wvmc.example>',
        'The Infusion Line - Spring 2024', date=when(35, 10, 0))
alt(m, t, to_html(t, 'Georgia, serif'))
add('clean', 'news', '', m)

# news 2: patient education, text + PDF handout
edu = ['WHAT TO EXPECT AT YOUR FIRST IRON INFUSION', 'Wexford Valley Medical Center - Outpatient Infusion Center', '',
       'Before your visit',
       '- Eat a normal breakfast and drink plenty of water.',
       '- Take your usual medicines unless your doctor tells you otherwise.',
       '- Wear a shirt with loose sleeves. Bring a book, tablet or headphones.', '',
       'During your visit',
       '- A nurse will check your blood pressure, pulse and temperature and place a small IV.',
       '- Most iron infusions take 15 minutes to 2 hours, depending on the product.',
       '- You will be watched for at least 30 minutes after the first dose.', '',
       'After your visit',
       '- Mild headache, muscle aches or a metallic taste can happen and usually pass in 1-2 days.',
       '- Call us if you have a rash, swelling, or pain at the IV site that gets worse.',
       '- Call 911 for trouble breathing or swelling of the lips or tongue.', '',
       'Questions? Call (555) 410-2200, Monday-Friday, 7 am to 7 pm.']
m = new('WVMC Patient Education <patient-ed@wvmc.example>', 'Patient Education Subscribers <pated-list@wvmc.example>',
        'New handout: What to expect at your first iron infusion', date=when(2, 11, 0))
m.set_content("""Our newest patient handout is now available in print at all check-in desks and online.
It explains how to prepare for an IV iron infusion, what happens in the chair, and which side
effects should prompt a call. Spanish and Vietnamese versions will follow in April.

A PDF copy is attached for clinics that print their own.

Patient & Family Education Office
""")
m.add_attachment(pdf(edu, 'First Iron Infusion - Patient Handout'), 'application', 'pdf',
                 filename='First_Iron_Infusion_Handout_EN.pdf')
add('clean', 'news', '', m)

# news 3: public announcement - garage closure, QP
m = new('WVMC Communications <communications@wvmc.example>', 'All WVMC <all-staff@wvmc.example>',
        'Pavilion B garage closure April 8-19 & new infusion entrance', date=when(28, 7, 30))
alt(m, """PUBLIC NOTICE -- please share with patients and visitors

From Monday April 8 through Friday April 19, the Pavilion B parking garage (Levels 1-3) will be
closed for concrete repair. During the closure:

 * Infusion Center patients may park free in Lot C (Valley Parkway entrance) and take the
   shuttle, which runs every 8 minutes from 6:30 am to 8 pm.
 * Valet parking at the Pavilion B main entrance will be free for infusion and specialty
   pharmacy visits.
 * The temporary infusion entrance is the east door by the Specialty Pharmacy pickup window.

We apologize for the inconvenience. Signs will be posted at every turn.

WVMC Communications & Public Affairs | (555) 410-1000
""", cte='quoted-printable')
add('clean', 'news', '', m)

# news 4: research summary in aggregate
m = new('WVMC Research Digest <research-digest@wvmc.example>', 'Clinical Staff <clinical-staff@wvmc.example>',
        'Research Digest: Outcomes after switching to an infliximab biosimilar at WVMC', date=when(36, 9, 0))
alt(m, """RESEARCH DIGEST | April 2024

Outcomes 12 months after a non-medical switch to an infliximab biosimilar
Boateng K, Oyelaran M, Hashemi N, Achterberg S. Presented at the Regional Pharmacy Forum, March 2024.

What was studied: All adults at the WVMC Outpatient Infusion Center switched from originator
infliximab to a biosimilar between Jan and Jun 2022 (n = 212). Records were reviewed for 12
months after the switch. Data were de-identified before analysis and the study was approved by
the WVMC IRB (#2022-114).

Key findings:
 - 88.2% remained on the biosimilar at 12 months.
 - Infusion reactions occurred in 3.1% of patients after switching vs 2.8% in the year before.
 - 6.6% switched back to the originator, most often citing subjective loss of response.
 - Drug cost savings were estimated at $1.9 million over the year.

Bottom line: a structured switch program with pharmacist counseling kept most patients on the
biosimilar with a reaction rate similar to before the switch.

Full poster on the Research intranet page.
""")
add('clean', 'news', '', m)

# news 5: donor spotlight, HTML only
m = new('WVMC Foundation <foundation@wvmc.example>', 'WVMC Foundation Friends <foundation-news@wvmc.example>',
        'Donor spotlight: The Ramírez Family Foundation', date=when(37, 10, 30))
m.set_content("""<html><body style="font-family:Georgia,serif;font-size:12pt;max-width:640px">
<h2>Donor Spotlight: The Ramírez Family Foundation</h2>
<p>We are grateful to <b>Eduardo and Lucía Ramírez</b> and the Ramírez Family Foundation for a gift of
<b>$50,000</b> to establish the Infusion Comfort Fund. The fund will provide warm blankets, tablets
and headphones, healthy snacks and parking help for patients spending long hours in the Outpatient
Infusion Center.</p>
<p>&ldquo;Our family has lived in Wexford Valley for three generations,&rdquo; said Eduardo Ramírez, who owns
Ramírez Hardware on Main Street. &ldquo;We wanted to help make a hard day a little easier for our neighbors.&rdquo;</p>
<p>The Ramírez family will be honored at the Foundation's Spring Luncheon on May 9 at the Wexford
Valley Country Club.</p>
<p>To give to the Infusion Comfort Fund, visit the Foundation website or call (555) 410-7000.</p>
</body></html>
""", subtype='html')
add('clean', 'news', '', m)

# news 6: multilingual interpreter-services announcement, utf-8 base64
m = new('WVMC Language Services <language-services@wvmc.example>', 'All WVMC <all-staff@wvmc.example>',
        'Free interpreter services / Servicios de intérprete gratuitos / Dịch vụ thông dịch miễn phí',
        date=when(3, 9, 15))
m.set_content("""Please post the notice below at check-in desks. Printed copies are available from Language Services.

-------------------------------------------------------------
FREE INTERPRETER SERVICES
You have the right to a free interpreter for any visit, including infusion appointments and
specialty pharmacy calls. Ask at the front desk or call (555) 410-1877.

SERVICIOS DE INTÉRPRETE GRATUITOS
Usted tiene derecho a un intérprete gratuito en cualquier cita, incluidas las infusiones y las
llamadas de la farmacia especializada. Pregunte en la recepción o llame al (555) 410-1877.

SERVICES D'INTERPRÉTATION GRATUITS
Vous avez droit à un interprète gratuit pour chaque rendez-vous, y compris les perfusions et les
appels de la pharmacie spécialisée. Demandez à l'accueil ou appelez le (555) 410-1877.

DỊCH VỤ THÔNG DỊCH MIỄN PHÍ
Quý vị có quyền được thông dịch viên miễn phí cho mọi cuộc hẹn, kể cả truyền dịch và các cuộc
gọi từ nhà thuốc chuyên khoa. Hãy hỏi tại quầy tiếp tân hoặc gọi (555) 410-1877.

خدمات الترجمة المجانية
يحق لك الحصول على مترجم مجاني في أي موعد. اسأل في مكتب الاستقبال أو اتصل على (555) 410-1877.
-------------------------------------------------------------

Language Services now covers 14 languages in person and 200+ by video.
""", cte='base64')
add('clean', 'news', '', m)


# ================================================================== clean-training
# training 1: documentation workshop with a clearly fictitious sample patient
m = new('Nursing Education <nursing-ed@wvmc.example>', RNLIST,
        'Reaction documentation refresher - worked example (fictitious patient)', date=when(1, 13, 0))
alt(m, """Hi Infusion RNs,

Ahead of Thursday's 15-minute refresher, here is the worked example we'll use. The patient below
is FICTITIOUS and was written for teaching -- any resemblance to a real person is coincidental.

---- SAMPLE CASE (training only) ----
Patient: "Pat Example" (fictitious), 58 y/o, weight 80 kg, sample MRN 000-000-00
Scenario: 25 minutes into a second-dose infliximab infusion, Pat reports chest tightness and
flushing. BP 150/90, HR 110.

WEAK note:   "Pt had reaction. Meds given. Better."
STRONG note: "10:25 pt reports chest tightness, flushing face/neck. Infusion stopped 10:26.
             BP 150/90 HR 110 SpO2 96% RA. NP notified 10:27. Diphenhydramine 25 mg IV 10:31 per
             standing order. 10:45 symptoms resolved, BP 132/80 HR 92. Restarted at 50% rate per NP
             10:50. Completed without recurrence 12:40. Pt and family educated."
-------------------------------------

Bring one question about the reaction flowsheet. Thursday 3/7, 7:15 am, break room.

Nursing Professional Development
""")
add('clean', 'training', '', m)

# training 2: letter of medical necessity template, DOCX with placeholders
m = new(PRIYA, 'Specialty Pharmacy Staff <specrx-staff@wvmc.example>', 'LMN template v4 (IVIG) - use this one',
        date=when(3, 15, 10))
m.set_content("""Updated letter of medical necessity template for IVIG is attached. Changes from v3:
payer-specific criteria section, dosing weight field, and the attestation paragraph Bluewater
now requires. Please delete v3 from your desktop so we stop sending the old one.

Everything in [BRACKETS] gets replaced -- don't send it with brackets still in (it happened twice
last month).

Priya
""")
m.add_attachment(docx([
    '# LETTER OF MEDICAL NECESSITY - IMMUNE GLOBULIN (TEMPLATE v4)',
    '[DATE]',
    '[PAYER NAME], Attn: Utilization Management, [PAYER FAX]',
    'RE: [PATIENT FULL NAME]   DOB: [MM/DD/YYYY]   Member ID: [MEMBER ID]',
    'To whom it may concern:',
    'I am writing on behalf of my patient, [PATIENT FULL NAME], to request authorization of [PRODUCT] '
    '[DOSE] g/kg IV every [INTERVAL] weeks for the treatment of [DIAGNOSIS] ([ICD-10]).',
    'Clinical history: [SUMMARY OF HISTORY, PRIOR THERAPIES AND RESPONSE].',
    'Supporting results: [LAB NAME] [VALUE] on [DATE]; [LAB NAME] [VALUE] on [DATE].',
    'Dosing weight: [KG] kg (adjusted body weight if BMI >= 30).',
    'I attest that the information above is accurate and supported by the medical record.',
    '[PRESCRIBER NAME], [CREDENTIALS]   NPI [NPI]',
]), 'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document', filename='LMN_IVIG_template_v4.docx')
add('clean', 'training', '', m)

# training 3: policy document as PDF
pol = ['WEXFORD VALLEY MEDICAL CENTER - CLINICAL POLICY', 'Policy IV-112: Management of Infusion-Related and Hypersensitivity Reactions',
       'Applies to: Outpatient Infusion Center, Specialty Pharmacy home infusion program', 'Effective: 04/01/2024   Review: 04/01/2026', '',
       '1. PURPOSE', 'To standardize recognition, treatment and documentation of infusion reactions in adults.', '',
       '2. GRADING', 'Grade 1: mild, transient; infusion interruption not indicated.',
       'Grade 2: requires interruption; responds promptly to symptomatic treatment.',
       'Grade 3: prolonged or recurrent symptoms; hospitalization indicated.',
       'Grade 4: life-threatening; urgent intervention indicated.', '',
       '3. PROCEDURE', '3.1 Stop the infusion for any grade 2 or higher reaction. Maintain IV access with NS.',
       '3.2 Notify the infusion provider. Call a rapid response for grade 3-4.',
       '3.3 Administer medications per standing order set INF-REACT-01.',
       '3.4 Rechallenge only with provider order, at 50% of the prior rate.', '',
       '4. DOCUMENTATION', 'Record times of onset, each intervention, vital signs and outcome in the reaction flowsheet.',
       'Submit a safety event report for grade 3-4 reactions within 24 hours.', '',
       'Approved: Infusion P&T Subcommittee 03/12/2024; Nursing Practice Council 03/20/2024']
m = new('Policy Office <policy-office@wvmc.example>', RNLIST + ', ' + RXLIST,
        'Policy IV-112 revised - effective 4/1, attestation required', date=when(23, 8, 0))
m.set_content("""Policy IV-112 has been revised and is attached. Key changes: grading now follows the
four-level scale, and rechallenge requires a provider order in every case. All infusion RNs and
pharmacists must attest to reading it in the learning portal by 4/15.
""")
m.add_attachment(pdf(pol, 'Policy IV-112'), 'application', 'pdf', filename='IV-112_Infusion_Reactions_rev2024.pdf')
add('clean', 'training', '', m)

# training 4: competency quiz with hypothetical vignettes
m = new('Nursing Education <nursing-ed@wvmc.example>', RNLIST, 'IV iron competency quiz - due 3/31',
        date=when(10, 12, 0))
alt(m, """IV Iron Annual Competency -- 5 questions, open book. Submit answers in the learning portal.
(Scenarios are hypothetical.)

1. A 62-year-old patient receiving iron sucrose 200 mg reports a metallic taste 5 minutes in.
   Vitals are stable. What is the most appropriate action?
   a) Stop and call a rapid response  b) Continue and reassure  c) Give epinephrine  d) Discontinue the order

2. Which product requires checking for hypophosphatemia with repeated dosing?
   a) Iron sucrose  b) Ferric carboxymaltose  c) Iron dextran  d) Sodium ferric gluconate

3. A test dose is recommended before the first full dose of which product?
   a) Iron dextran  b) Ferumoxytol  c) Iron sucrose  d) Ferric derisomaltose

4. Minimum post-infusion observation after a first IV iron dose per WVMC policy is:
   a) None  b) 15 minutes  c) 30 minutes  d) 2 hours

5. True or False: Extravasation of IV iron can cause long-lasting brown skin discoloration.

Answer key will be posted 4/1.
""")
add('clean', 'training', '', m)

# training 5: HL7 interface class with vendor-spec sample messages, TXT attachment
sample = """SAMPLE MESSAGES - FROM VENDOR INTERFACE SPECIFICATION v2.3, APPENDIX C
All names, identifiers and values below are fictitious examples from the vendor manual.

Example C-1  New pharmacy order (RDE^O11)
MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20010101120000||RDE^O11|SAMPLE0001|T|2.5.1
PID|1||123456789^^^SAMPLEHOSP^MR||SAMPLE^PATIENT^A||19700101|F
RXE|^^^20010101130000|J0000^SAMPLE DRUG 100 MG^HCPCS|100||mg

Example C-2  Lab result (ORU^R01)
MSH|^~\\&|LABAPP|LABFAC|RECVAPP|RECVFAC|20010101120000||ORU^R01|SAMPLE0002|T|2.5.1
PID|1||987654321^^^SAMPLEHOSP^MR||DOE^JOHN^Q||19600101|M
OBX|1|NM|0000-0^Sample Analyte^LN||99|unit|10-100||||F
"""
m = new('Pharmacy Informatics <rx-informatics@wvmc.example>', RXLIST,
        'HL7 basics for pharmacists - class materials (Wed 4/3)', date=when(29, 11, 30))
m.set_content("""Thanks for signing up for "Reading HL7 for pharmacists" on Wednesday 4/3 at noon, Conf B-214.

Attached are the sample messages we'll dissect. They come straight from the vendor spec
appendix -- SAMPLE^PATIENT and DOE^JOHN are the manual's placeholders, not anyone in our
system. We'll cover MSH, PID, ORC, RXE, RXR and OBX and how the cabinet interface reads them.

Lunch provided. -- Kelsey & the informatics team
""")
m.add_attachment(sample, filename='HL7_class_samples.txt')
add('clean', 'training', '', m)

# training 6: prior-auth workshop with a form template and marked sample entry
m = new(PRIYA, 'Clinic PA Coordinators <pa-coordinators@wvmc.example>',
        'PA workshop handout - what a complete infusion request looks like', date=when(31, 10, 45))
alt(m, """Hi all,

Thanks for coming to Tuesday's workshop. As promised, here is the intake layout we use. The
filled-in column is a MADE-UP example so you can see the level of detail payers want -- please
don't reuse it.

FIELD                  WHAT TO ENTER                         EXAMPLE (fictitious)
Patient name           Legal name as on insurance card       Jane Q. Sample
DOB                    MM/DD/YYYY                            01/01/1980
Member ID              Exactly as on card, incl. suffix      XYZ000000000-01
Drug / HCPCS           Generic + J-code                      Immune globulin / J1569
Dose & frequency       mg/kg or g/kg, interval               0.4 g/kg every 4 weeks
Site of care           Hospital outpatient vs home           Hospital outpatient
Supporting labs        Test, value, date                     [lab], [value], [date]
Prior therapies        Drug, dates, reason stopped           [drug], [dates], [reason]

Top three reasons our requests got pended last quarter: missing dosing weight (31%), missing
prior therapy dates (22%), and site-of-care justification (17%).

Priya
""")
add('clean', 'training', '', m)


# ================================================================== output
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}
counts = {}
for label, kind, _, _ in ITEMS:
    counts[(label, kind)] = counts.get((label, kind), 0) + 1
assert counts == EXPECTED, counts
assert len(ITEMS) == 86
assert sum(1 for i in ITEMS if i[0] == 'phi') == 53 and sum(1 for i in ITEMS if i[0] == 'clean') == 33

# carriers as a mail client would have sent them: some unencoded 7bit/8bit bodies
FORCE_CTE = {s: '8bit' for s in (
    'phi-care-001', 'phi-care-004', 'phi-names-001', 'phi-self-002', 'phi-self-006',
    'phi-ids-004', 'phi-lists-001', 'phi-lists-002', 'phi-struct-001', 'phi-struct-004',
    'phi-lang-006', 'phi-lang-008', 'clean-staff-003', 'clean-staff-007',
    'clean-lookalike-003', 'clean-lookalike-005', 'clean-training-005')}
FORCE_CTE.update({s: '7bit' for s in ('phi-self-007', 'phi-names-008', 'clean-staff-001')})

seq = {}
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
    wr = csv.writer(fh, lineterminator='\n')
    wr.writerow(['file', 'label', 'kind', 'patient_name'])
    for label, kind, patient, msg in ITEMS:
        seq[(label, kind)] = seq.get((label, kind), 0) + 1
        fname = '%s-%s-%03d.eml' % (label, kind, seq[(label, kind)])
        stem = fname[:-4]
        if stem in FORCE_CTE and not msg.is_multipart():
            body = msg.get_content()
            msg.set_content(body, subtype=msg.get_content_subtype(),
                            charset=msg.get_content_charset(), cte=FORCE_CTE[stem])
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        wr.writerow([fname, label, kind, patient])

for key in EXPECTED:
    print('%s-%s: %d' % (key[0], key[1], counts[key]))
print('total: %d' % len(ITEMS))
