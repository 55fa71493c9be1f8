#!/usr/bin/env python3
"""Build a mailbox of test messages for the Lakemont Regional anticoagulation /
heart-failure clinic.  Standard library only, deterministic.

usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, zlib, zipfile, random, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11801
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

EDT = datetime.timezone(datetime.timedelta(hours=-4))


# ---------------------------------------------------------------- helpers
def when(s=None):
    if s is None:
        base = datetime.datetime(2024, 3, 4, tzinfo=EDT)
        dt = base + datetime.timedelta(days=random.randint(0, 115),
                                       hours=random.randint(7, 17),
                                       minutes=random.randint(0, 59),
                                       seconds=random.randint(0, 59))
    else:
        dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(
            tzinfo=EDT, second=random.randint(0, 59))
    return format_datetime(dt)


def msgid(frm):
    dom = frm.split('@')[-1].strip('> ').strip()
    tok = ''.join(random.choice('0123456789abcdef') for _ in range(20))
    return '<%s.%d@%s>' % (tok, random.randint(1000, 99999), dom)


def new(frm, to, subject, date=None, cc=None, headers=None):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = when(date)
    m['Message-ID'] = msgid(frm)
    for k, v in (headers or {}).items():
        m[k] = v
    return m


def q(text, depth=1):
    """Quote text the way mail clients do."""
    p = '>' * depth
    return '\n'.join((p + ' ' + l) if l.strip() else p
                     for l in text.strip('\n').split('\n'))


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subject


def text(m, body, charset='utf-8', cte=None):
    m.set_content(body, charset=charset, cte=cte)


def html(m, body, charset='utf-8', cte=None):
    m.set_content(body, subtype='html', charset=charset, cte=cte)


def alt(m, plain, htm, charset='utf-8', cte=None):
    m.set_content(plain, charset=charset, cte=cte)
    m.add_alternative(htm, subtype='html', charset=charset, cte=cte)


def attach(m, data, maintype, subtype, filename):
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def esc_html(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def p2html(plain, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    """Very plain text -> html conversion like a mail client's HTML part."""
    paras = plain.strip('\n').split('\n\n')
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="%s">' % style]
    for p in paras:
        out.append('<p>' + '<br>\n'.join(esc_html(l) for l in p.split('\n')) + '</p>')
    out.append('</div></body></html>')
    return '\n'.join(out)


def table_html(rows, border=1):
    h = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">' % border]
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        bg = ' style="background:#dce6f1"' if i == 0 else ''
        h.append('<tr%s>' % bg + ''.join('<%s>%s</%s>' % (tag, esc_html(str(c)), tag) for c in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def fixed_table(rows, sep='  '):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


def bar_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    line = '+' + '+'.join('-' * (x + 2) for x in w) + '+'
    out = [line]
    for j, r in enumerate(rows):
        out.append('| ' + ' | '.join(str(c).ljust(w[i]) for i, c in enumerate(r)) + ' |')
        if j == 0:
            out.append(line)
    out.append(line)
    return '\n'.join(out)


def csv_text(rows):
    b = io.StringIO()
    wr = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        wr.writerow(r)
    return b.getvalue()


# ------------------------------------------------------ file builders
ZDATE = (2024, 1, 2, 9, 0, 0)


def make_zip(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace('"', '&quot;'))


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def make_xlsx(rows, sheet='Sheet1'):
    def colname(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (colname(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
        xr.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    files = [
        ('[Content_Types].xml', XML_HEAD +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', XML_HEAD +
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', XML_HEAD +
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + ''.join(xr) + '</sheetData></worksheet>'),
    ]
    return make_zip(files)


def make_docx(blocks):
    """blocks: str -> paragraph; ('h', str) -> bold heading; list of lists -> table."""
    def run(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))
    body = []
    for b in blocks:
        if isinstance(b, tuple):
            body.append('<w:p>%s</w:p>' % run(b[1], True))
        elif isinstance(b, list):
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
            for i, r in enumerate(b):
                t.append('<w:tr>' + ''.join('<w:tc><w:p>%s</w:p></w:tc>' % run(c, i == 0) for c in r) + '</w:tr>')
            t.append('</w:tbl>')
            body.append(''.join(t))
        else:
            body.append('<w:p>%s</w:p>' % run(b))
    doc = (XML_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    files = [
        ('[Content_Types].xml', XML_HEAD +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels', XML_HEAD +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml', doc),
    ]
    return make_zip(files)


def make_pdf(lines, font='Helvetica', size=10, title=None):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    per = 58
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    n = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    objs = {}
    kids = []
    for pi, pl in enumerate(pages):
        pobj = 5 + 2 * pi
        cobj = pobj + 1
        kids.append('%d 0 R' % pobj)
        content = ['BT', '/F1 %d Tf' % size, '%d TL' % (size + 3), '54 740 Td']
        for ln in pl:
            content.append('(%s) Tj T*' % pesc(ln))
        content.append('ET')
        raw = zlib.compress('\n'.join(content).encode('latin-1', 'replace'))
        objs[pobj] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                      '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cobj).encode()
        objs[cobj] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw) + raw + b'\nendstream'
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n)).encode()
    objs[3] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font).encode()
    objs[4] = ('<< /Title (%s) /Producer (Report Writer 4.2) /CreationDate (D:20240102090000) >>'
               % pesc(title or 'Report')).encode('latin-1', 'replace')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    total = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % total
    for k in range(1, total):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total, xref)
    return bytes(out)


XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
PDF = ('application', 'pdf')
ZIP = ('application', 'zip')


# ------------------------------------------------------ registry
RECORDS = []
COUNTS = {}


def add(label, kind, patient, m):
    COUNTS[(label, kind)] = COUNTS.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNTS[(label, kind)])
    RECORDS.append((fn, label, kind, patient, m))


# ------------------------------------------------------ people
HOSP = 'lakemontregional.example'
A = {
    'dana': 'Dana Whitcombe <dwhitcombe@%s>' % HOSP,
    'priya': 'Priya Venkataraman <pvenkataraman@%s>' % HOSP,
    'tom': 'Tom Hradek <thradek@%s>' % HOSP,
    'colette': 'Colette Baptiste <cbaptiste@%s>' % HOSP,
    'marcus': 'Marcus Oyelaran <moyelaran@%s>' % HOSP,
    'lena': 'Lena Sorvino <lsorvino@%s>' % HOSP,
    'keisha': 'Keisha Dunmore <kdunmore@%s>' % HOSP,
    'gabe': 'Gabriel Mendes <gmendes@%s>' % HOSP,
    'ruth': 'Ruth Ellingsen <rellingsen@%s>' % HOSP,
    'team': 'ACHF Clinic Team <achf-team@%s>' % HOSP,
    'pool': 'ACHF Nurse Pool <achf-rnpool@%s>' % HOSP,
    'inr': 'Anticoag INR Line <achf-inr@%s>' % HOSP,
    'hfmon': 'HF Remote Monitoring <achf-monitoring@%s>' % HOSP,
    'achebe': 'Raymond Achebe MD <rachebe@lakemontheart.example>',
    'carvalho_rn': 'Maribel Santangelo RN <msantangelo@lakemontheart.example>',
    'greer': 'Paul Greer-Whitman <pgreerwhitman@lakemontheart.example>',
    'bright': 'Shauna Pelletier RN <spelletier@brightpathhh.example>',
    'bright_intake': 'BrightPath Intake <intake@brightpathhh.example>',
    'cardiolink': 'CardioLink Alerts <alerts@cardiolink-rpm.example>',
    'coagsure': 'CoagSure Direct Patient Services <enroll@coagsure-direct.example>',
    'maple': 'Maple Street Pharmacy <rx@maplestreetrx.example>',
    'kvhp': 'Keystone Valley Health Plan <pa-notify@kvhealthplan.example>',
}

SIG = {
    'dana': 'Dana Whitcombe, PharmD, CACP\nClinical Pharmacist, Anticoagulation & Heart Failure Clinic\nLakemont Regional Medical Center | Harbor Pavilion, Suite 310\nPh (207) 555-0142 | Fax (207) 555-0149',
    'priya': 'Priya Venkataraman, PharmD, BCPS\nClinical Pharmacist Practitioner | ACHF Clinic\nLakemont Regional Medical Center\n(207) 555-0144',
    'tom': 'Tom Hradek, PharmD\nClinical Pharmacist - Heart Failure\nLakemont Regional Medical Center\np (207) 555-0145',
    'colette': 'Colette Baptiste, RN, BSN, CHFN\nHeart Failure Nurse Coordinator\nAnticoagulation & Heart Failure Clinic\nLakemont Regional Medical Center\nDirect (207) 555-0146 | Clinic (207) 555-0140',
    'marcus': 'Marcus Oyelaran, RN\nAnticoagulation Nurse | ACHF Clinic\nLakemont Regional Medical Center\n(207) 555-0147',
    'lena': 'Lena Sorvino, RN\nACHF Clinic - Remote Monitoring\n(207) 555-0148 x2',
    'gabe': 'Gabriel Mendes, MSN, AGNP-C\nNurse Practitioner, Heart Failure Program\nLakemont Regional Medical Center',
    'ruth': 'Ruth Ellingsen, PharmD, MBA\nManager, Anticoagulation & Heart Failure Clinic\nLakemont Regional Medical Center\n(207) 555-0141',
    'keisha': 'Keisha Dunmore\nPatient Access Representative\nACHF Clinic | (207) 555-0140',
}

DISC = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use '
        'of the intended recipient(s) and may contain confidential and privileged information. Any '
        'unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended '
        'recipient, please contact the sender by reply e-mail and destroy all copies of the original '
        'message. Lakemont Regional Health, 40 Harbor Street, Millbrook, ME.')

DISC_HH = ('This electronic transmission from BrightPath Home Health may contain information that is '
           'confidential. If you have received it in error, notify the sender immediately and delete it.')


# =====================================================================
# PHI - CARE
# =====================================================================

# care 1: quoted reply, plain text
m = new(A['dana'], A['marcus'], 'RE: Gunnar Halvorsen - INR 4.6 on home meter', '2024-04-15 09:22')
orig = """Dana,

Mr. Halvorsen called the INR line at 8:40 with his home meter reading: 4.6
(was 3.1 last Tues). No bleeding or bruising that he's noticed. Only change is
he finished the antibiotic from urgent care on Friday. I told him to HOLD
tonight's dose and that we'd call back with the rest of the week.

Current plan is 5 mg daily except 7.5 mg Mon/Fri (40 mg/wk). Can you give me
the new weekly dose and I'll call him before noon?

Gunnar's best number is the cell, 555-0171. His wife picks up the house phone
and tends to write the numbers down wrong.

Thanks,
Marcus"""
text(m, """Marcus -

Agree with holding tonight. After that: 5 mg every day, no 7.5s, = 35 mg/wk
(about 12% down). Meter recheck Thursday 4/18 AM. If he's over 4 again, page
me and don't wait for the callback list. Remind him to tell us BEFORE he
starts anything from urgent care next time.

I'll put the encounter note in under today's date.

Dana

""" + SIG['dana'] + """

-----Original Message-----
From: Marcus Oyelaran
Sent: Monday, April 15, 2024 8:57 AM
To: Dana Whitcombe
Subject: Gunnar Halvorsen - INR 4.6 on home meter

""" + orig + '\n')
add('phi', 'care', 'Gunnar Halvorsen', m)

# care 2: HTML only visit note from home health
m = new(A['bright'], A['colette'], 'Visit note - B. Tolliver 04/11', '2024-04-11 16:48')
html(m, """<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Hi Colette,</p>
<p>Summary from today's visit below. Full note will be in the portal tonight once I sync.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Patient</b></td><td>Bernice Tolliver</td></tr>
<tr><td><b>Visit</b></td><td>SN visit #4 of 8, 04/11/2024 13:15-14:05</td></tr>
<tr><td><b>Weight</b></td><td>184.6 lb (Mon 04/08: 180.2 lb) &ndash; up 4.4 lb</td></tr>
<tr><td><b>Vitals</b></td><td>BP 142/88, HR 96 irregular, RR 22, SpO2 93% RA</td></tr>
<tr><td><b>Assessment</b></td><td>Crackles both bases, 2+ pitting edema to mid-shin bilaterally. Sleeping in recliner x2 nights.</td></tr>
<tr><td><b>Meds</b></td><td>Missed furosemide Sat and Sun (&quot;ran out, grandson picked up refill Monday&quot;). Pillbox set up for 2 weeks today.</td></tr>
</table>
<p><b>Orders received by phone</b> from Colette Baptiste RN for Gabriel Mendes NP at 14:20: furosemide 40 mg BID x 3 days then resume 40 mg daily. BMP draw Mon 04/15 at next visit. Call clinic if weight &gt; 186 lb or any worsening.</p>
<p>I'll be back out Friday morning. Her daughter (Loretta) will be there.</p>
<p>Shauna</p>
<p style="color:#555">Shauna Pelletier, RN<br>Case Manager | BrightPath Home Health<br>Office (207) 555-0133 | Cell (207) 555-0134</p>
<p style="font-size:8pt;color:#888">""" + DISC_HH + """</p>
</body></html>""")
add('phi', 'care', 'Bernice Tolliver', m)

# care 3: forward with message/rfc822 alert attached
inner = new(A['cardiolink'], A['hfmon'], 'CardioLink ALERT - Weight +3.1 lb/24h - AMBROSE, WENDELL', '2024-04-22 07:03')
alert = """CardioLink Remote Patient Monitoring - ALERT

Alert type:     Weight gain threshold exceeded
Priority:       HIGH
Patient:        AMBROSE, WENDELL T
Program ID:     CL-LRMC-00417
DOB:            09/23/1946
Reading:        212.4 lb at 06:52 on 2024-04-22
Prior reading:  209.3 lb at 06:47 on 2024-04-21
7-day change:   +4.6 lb
Rule:           >= 3.0 lb in 24 h OR >= 5.0 lb in 7 days
Other vitals:   BP 128/76  HR 82  SpO2 95%
Symptom survey: "More short of breath than usual?" YES / "Ankle swelling?" YES

Please acknowledge this alert in the CardioLink clinician portal within 4
business hours. Do not reply to this message."""
alt(inner, alert, '<html><body><pre style="font-family:Consolas,monospace">' + esc_html(alert) + '</pre></body></html>')
m = new(A['lena'], A['gabe'], 'Fwd: CardioLink ALERT - Weight +3.1 lb/24h - AMBROSE, WENDELL', '2024-04-22 09:41')
text(m, """Gabe,

Alert attached. I called Wendell at 9:15. He had ham and split pea soup at
his sister's Sunday. Not breathless at rest but he's on two pillows now
instead of one. Took the extra torsemide 20 mg per his sliding scale at 9.

Do you want him in tomorrow (you have a 10:40 open) or just recheck the
weight in the morning and call him back?

Lena

""" + SIG['lena'] + '\n')
m.add_attachment(inner, filename='CardioLink ALERT - AMBROSE.eml')
add('phi', 'care', 'AMBROSE, WENDELL T', m)

# care 4: long thread, PHI buried at the bottom of a staff logistics chain
t1 = """Hi all - facilities confirmed the move into 3B is Thursday 5/2 after 2 pm.
We'll lose the POC room for the afternoon, so any fingersticks after 1 need to
go to 3A or be moved to Friday. Keisha, can you look at the Thursday PM book?

Ruth"""
t2 = """Looked - there are 6 fingersticks after 1 on Thursday. I can move 4 of them
to Friday AM. The other 2 can't do Fridays (transport). I'll put them in 3A at
1:30 and 1:45 if Marcus is OK running them from there.

Keisha"""
t3 = """Fine by me for 3A. Also heads up I'm out Wed 5/8 for jury duty so the INR
line needs a second person that morning. Lena offered but she's on monitoring
alerts - Tom, could you take the 8-10 block?

Unrelated but while I have you all: Mrs. Okafor-Reyes (Grace Okafor-Reyes, the
Tuesday 1:30 fingerstick) no-showed again today. That's three in a row (4/9, 4/16, 4/23). Her daughter
Chioma is the contact on file. Can someone try the daughter? Grace's last INR
was 1.7 on 3/26 and she's still on 6 mg a day as far as we know. I'd rather
not send the missed-visit letter yet.

Marcus"""
t4 = """I can cover 8-10 on the 8th. I'll call Chioma this afternoon after clinic.

Tom"""
m = new(A['ruth'], A['team'], 'RE: Room 3B move / phone line coverage next week', '2024-04-23 16:55')
text(m, """Thanks everyone. Tom - if you reach the daughter, document it as a phone
encounter and cc me; if not, we'll talk about it at Friday huddle.

Keisha, please also put a sign on the 3B door Wednesday so people don't walk
in during the move.

Ruth

""" + SIG['ruth'] + """

From: Tom Hradek
Sent: Tuesday, April 23, 2024 3:12 PM
To: ACHF Clinic Team
Subject: RE: Room 3B move / phone line coverage next week

""" + t4 + """

From: Marcus Oyelaran
Sent: Tuesday, April 23, 2024 2:48 PM
To: ACHF Clinic Team
Subject: RE: Room 3B move / phone line coverage next week

""" + t3 + """

From: Keisha Dunmore
Sent: Tuesday, April 23, 2024 11:06 AM
To: ACHF Clinic Team
Subject: RE: Room 3B move / phone line coverage next week

""" + t2 + """

From: Ruth Ellingsen
Sent: Monday, April 22, 2024 4:30 PM
To: ACHF Clinic Team
Subject: Room 3B move / phone line coverage next week

""" + t1 + '\n\n' + DISC + '\n')
add('phi', 'care', 'Grace Okafor-Reyes', m)

# care 5: death, short, subtle
m = new(A['keisha'], A['team'], 'Arthur Penhallow', '2024-05-06 08:31')
text(m, """Hi all,

His daughter called first thing this morning. Mr. Penhallow passed away at home
on Saturday. She asked that we stop the INR reminder calls.

I cancelled his 5/14 appointment. Dana, can you let CoagSure know to stop the
strip shipments and arrange the meter pickup? She said to tell everyone here
thank you, he always looked forward to his calls with Marcus.

Keisha
""")
add('phi', 'care', 'Arthur Penhallow', m)

# care 6: admission notification, multipart/alternative
m = new('eRecord Notifications <noreply-notify@%s>' % HOSP, A['pool'],
        'Care Team Notification: Inpatient Admission', '2024-05-06 02:31')
adt = """CARE TEAM NOTIFICATION

Patient:            DELACROIX, MAURICE J
MRN:                0031-772-584
Event:              Admitted to Inpatient
Unit / Bed:         5 WEST MED-SURG / 5W-12
Admit date/time:    05/06/2024 02:17
Admitting provider: Harlan Voss, MD (Hospital Medicine)
Chief complaint:    dark stools x2 days, lightheaded on standing
ED labs:            Hgb 8.1 g/dL, INR 3.9

You are receiving this message because you are listed on this patient's care
team as: Anticoagulation Clinic - Warfarin Management (Whitcombe, Dana).
To change your notification preferences, go to eRecord > My Settings > Care
Team Alerts."""
alt(m, adt, '<html><body style="font-family:Segoe UI,Arial;font-size:10pt"><h3 style="color:#1f4e79">CARE TEAM NOTIFICATION</h3>'
    + table_html([['Field', 'Value'],
                  ['Patient', 'DELACROIX, MAURICE J'], ['MRN', '0031-772-584'],
                  ['Event', 'Admitted to Inpatient'], ['Unit / Bed', '5 WEST MED-SURG / 5W-12'],
                  ['Admit date/time', '05/06/2024 02:17'], ['Admitting provider', 'Harlan Voss, MD (Hospital Medicine)'],
                  ['Chief complaint', 'dark stools x2 days, lightheaded on standing'],
                  ['ED labs', 'Hgb 8.1 g/dL, INR 3.9']], border=0)
    + '<p style="font-size:8pt;color:#666">You are receiving this message because you are listed on this patient\'s care team as: '
      'Anticoagulation Clinic - Warfarin Management (Whitcombe, Dana).</p></body></html>')
add('phi', 'care', 'DELACROIX, MAURICE J', m)

# care 7: periprocedural plan, quoted-printable
m = new(A['priya'], 'Nadine Forsgren <nforsgren@millbrookgi.example>',
        'Periprocedural anticoag plan \u2013 Eleanor Fitzwilliam \u2013 5/9 colonoscopy', '2024-04-30 14:05',
        cc=A['dana'])
text(m, """Hi Nadine,

Here is the plan we went over with Mrs. Fitzwilliam in clinic today for her
5/9 colonoscopy with Dr. Castellanos (possible polypectomy). Her daughter-in-law
will give the injections; teaching was done today and she did the first
practice dose with us.

  Sat 5/4   last warfarin dose (usual 3 mg)
  Sun 5/5   no warfarin
  Mon 5/6   no warfarin \u2013 start enoxaparin 70 mg SC q12h (wt 71 kg) at 8 am
  Tue 5/7   enoxaparin 70 mg q12h
  Wed 5/8   enoxaparin 70 mg AM ONLY (last dose \u2265 24 h before procedure)
  Thu 5/9   PROCEDURE \u2013 POC INR on arrival, goal < 1.5
            resume warfarin 4.5 mg that evening if OK with Dr. Castellanos
  Fri 5/10  restart enoxaparin 70 mg q12h if hemostasis OK (later if polyps
            removed \u2013 please call us), warfarin 4.5 mg
  Sat 5/11\u2013 warfarin 3 mg daily, enoxaparin until INR \u2265 2.0
  Mon 5/13  INR check with us

Could your office fax or email the procedure report when it's signed so we
know whether the restart should be pushed to 48\u201372 h?

Thanks,
Priya

""" + SIG['priya'] + '\n\n' + DISC + '\n', cte='quoted-printable')
add('phi', 'care', 'Eleanor Fitzwilliam', m)

# care 8: base64 body, reply to cardiology office
m = new(A['dana'], A['carvalho_rn'], 'Re: Samuel Adeyemi-Brooks - warfarin to apixaban', '2024-05-20 11:37',
        cc=A['colette'])
text(m, """Hi Maribel,

Thanks for sending over Dr. Carvalho's note. Here's where we landed:

- Samuel stops warfarin after tonight's dose (5/20).
- INR on his home meter Wed 5/22. When it's under 2.0 he starts apixaban 5 mg
  twice daily - I'll call him with the go-ahead.
- Dose check: age 67, wt 94 kg, SCr 1.02 (5/13). No reduction needed.
- KVHP approved the tier exception (ref PA-24-118830), copay $47/month. Rx is at
  Maple Street Pharmacy, they have it on the shelf.

Once he's on apixaban we'll discharge him from warfarin management, and Colette
will keep him on the HF phone follow-ups every 2 weeks. CoagSure is picking up
the meter.

Dana

""" + SIG['dana'] + """

On Mon, May 20, 2024 at 9:02 AM Maribel Santangelo RN <msantangelo@lakemontheart.example> wrote:
""" + q("""Dana - Dr. Carvalho saw Samuel Adeyemi-Brooks Friday and would like him
switched off warfarin to apixaban given how much trouble he's had keeping the
INR in range. Note is in eRecord. Can your team handle the transition?
Thanks, Maribel""") + '\n\n' + DISC + '\n', cte='base64')
add('phi', 'care', 'Samuel Adeyemi-Brooks', m)


# =====================================================================
# PHI - NAMES
# =====================================================================

# names 1: name only in the (RFC 2047) Subject
m = new(A['lena'], A['dana'], 'Nguy\u1ec5n Th\u1ecb Hoa', '2024-06-05 10:12')
text(m, """Strips came crushed again, the whole box. She has 4 left. Can you do an urgent
reorder with CoagSure so she doesn't miss Monday's check? Last reading 2.4 on
6/3, same dose, no changes.

Her son says ship to the house, not the nail salon this time.

-L
""")
add('phi', 'names', 'Nguy\u1ec5n Th\u1ecb Hoa', m)

# names 2: "Last, First" from outside pharmacy
m = new('Ewa Marchetti RPh <emarchetti@maplestreetrx.example>', A['inr'],
        'Kowalczyk, Zbigniew - warfarin strength question', '2024-04-09 15:26')
text(m, """Good afternoon,

We received a new e-Rx today for Kowalczyk, Zbigniew (DOB on file) for
warfarin 2 mg tabs #90, sig "take as directed per anticoag clinic". His profile
shows warfarin 5 mg tabs #45 filled 4/2 from the same prescriber.

Zbigniew told my technician at pickup that "the clinic changed the pill", but
he couldn't say what his new dose is. Can someone confirm which strength he
should be using and his current weekly dose so we can counsel him correctly?
We're holding the 2 mg fill until we hear back. He's coming back at 5.

Thank you,
Ewa Marchetti, RPh
Maple Street Pharmacy
212 Maple St, Millbrook | (207) 555-0163 | fax (207) 555-0164
""")
add('phi', 'names', 'Kowalczyk, Zbigniew', m)

# names 3: titles, possessive, initial - multipart from a phone
m = new(A['achebe'], A['colette'], 'Mrs. Nwachukwu', '2024-05-17 12:52')
body = """Colette,

Saw Mrs. Adaeze Nwachukwu this morning. Down 6 lb since we bumped the
torsemide and she's much better on the stairs. Let's go back to torsemide
20 mg daily and keep the Tuesday phone weights.

Mrs. Nwachukwu's K was 3.6 so I started KCl 20 mEq daily, repeat BMP in 1 wk
(can you put the order in for your lab day?).

Mrs. N asked to keep doing the phone follow-ups with you rather than
switching to home health. Fine with me.

RA

Sent from my iPhone"""
alt(m, body, p2html(body, 'font-family:-apple-system,Helvetica;font-size:12pt'))
add('phi', 'names', 'Adaeze Nwachukwu', m)

# names 4: accented, first name after full name, iso-8859-1 QP
m = new(A['colette'], A['gabe'], 'phone f/u - Fran\u00e7ois-Xavier Lema\u00eetre', '2024-06-11 15:40')
text(m, """Gabe,

Spoke with Fran\u00e7ois-Xavier Lema\u00eetre and his wife H\u00e9l\u00e8ne this afternoon.
Fran\u00e7ois reports weights 78.1 -> 78.4 -> 79.9 kg over the last three mornings and
says his ankles feel "tighter". He skipped metolazone Sunday because of the
family d\u00e9jeuner and didn't want to be running to the bathroom.

Re-taught the plan: metolazone 2.5 mg Tue/Fri only, 30 min before the
torsemide, call if > 80.5 kg. H\u00e9l\u00e8ne will email the weights every morning.

F-X asked if he's OK to drive to Qu\u00e9bec next week (about 5 hours each way,
staying with his brother). I told him I'd ask you before saying yes.

Colette

""" + SIG['colette'] + '\n', charset='iso-8859-1', cte='quoted-printable')
add('phi', 'names', 'Fran\u00e7ois-Xavier Lema\u00eetre', m)

# names 5: particles (de la, van der)
m = new(A['marcus'], 'Nadia Ferrante <nferrante@coagsure-direct.example>',
        'Home meter training - Mr. de la Fuente', '2024-03-21 13:18')
text(m, """Hi Nadia,

Could we book home INR meter training for Luis de la Fuente? He's been with us
on warfarin since February and he's had 4 in-range INRs in a row, so Dana signed
off on home testing. The enrollment form and order went over by fax Tuesday.

Mr. de la Fuente would prefer a morning visit and a Spanish-speaking trainer if
you have one. His son Tom\u00e1s will be there and handles the phone.

Separate question: did the replacement meter for Mrs. van der Berg ever ship?
Hers has the cracked screen and she came in for a fingerstick last week instead.

Thanks!
Marcus

""" + SIG['marcus'] + '\n')
add('phi', 'names', 'Luis de la Fuente', m)

# names 6: Arabic name, reply thread
m = new(A['tom'], A['gabe'], 'RE: Abdulrahman Al-Mansouri - sacubitril/valsartan coverage', '2024-05-29 10:05',
        cc=A['colette'])
text(m, """Gabe,

Al-Mansouri's sacubitril/valsartan PA came back denied again (step therapy -
they want documentation of an ACE inhibitor trial). Abdulrahman was on
lisinopril Jan-Mar 2023 before the cough, so I'm appealing with those clinic
notes and the pharmacy fill history. Should hear in 5-7 business days.

Mr. Al-Mansouri's son Yusuf handles the pharmacy pickups and asked if we can
bridge him with samples for two weeks. OK to pull 2 boxes of the 24/26 from the
sample closet? I'll log them.

Tom

""" + SIG['tom'] + """

-----Original Message-----
From: Gabriel Mendes
Sent: Tuesday, May 28, 2024 5:14 PM
To: Tom Hradek
Cc: Colette Baptiste
Subject: Abdulrahman Al-Mansouri - sacubitril/valsartan coverage

Tom, can you chase the PA for Mr. Al-Mansouri? He's been off the valsartan for
4 days waiting on this. - G
""")
add('phi', 'names', 'Abdulrahman Al-Mansouri', m)

# names 7: Indian name and nickname
m = new(A['marcus'], A['priya'], "Venky's INR while he's away", '2024-06-26 11:20')
text(m, """Priya,

Venkatesh Subramaniam (goes by Venky - NOT the other Subramaniam on your list,
Lakshmi) called from Chennai. He's there until 7/15 and his meter keeps giving
the E-5 error, so no readings since 6/19. He's been taking 6 mg daily.

Can we have him get a lab INR there? There's a lab near his sister's place,
he'll email us the report. I told him we'd send a short letter he can show
them.

Mr. Subramaniam also asked whether he should cut back on the keerai his sister
cooks every day. I told him to keep it consistent rather than stop, but he'd
like to hear it from you.

Marcus
""")
add('phi', 'names', 'Venkatesh Subramaniam', m)

# names 8: Eastern European names, HTML only, iso-8859-2
m = new(A['gabe'], A['colette'], 'Hrytsenko follow-up', '2024-06-14 17:02')
html(m, """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Colette,</p>
<p>Oleksandr Hrytsenko came in today for his 2-week post-discharge visit. Weight 88.0 kg (discharge weight 87.4), no orthopnea, walking to the end of the block and back. We kept furosemide at 40 mg daily and I increased metoprolol succinate to 50 mg.</p>
<p>Mr. Hrytsenko's daughter-in-law, Jadwiga Wiśniewska-Nowak, interprets for him and asked to be copied on anything we mail. Her number is (207) 555-0121. She'll send his weights on Mondays and Thursdays.</p>
<p>Can you put Hrytsenko, Oleksandr on your Thursday call list starting next week and set up the 6-week visit with me?</p>
<p>Thanks,<br>Gabe</p>
<p style="color:#666;font-size:9pt">Gabriel Mendes, MSN, AGNP-C<br>Nurse Practitioner, Heart Failure Program</p>
</body></html>""", charset='iso-8859-2', cte='quoted-printable')
add('phi', 'names', 'Oleksandr Hrytsenko', m)


# =====================================================================
# PHI - SELF
# =====================================================================

# self 1
m = new('Doris Lindqvist <dorislind47@mailbox.example>', A['inr'], 'my INR this morning', '2024-03-27 07:58')
text(m, """Good morning,

This is Doris Lindqvist, I'm one of Dana's patients on the home meter. My
reading this morning was 3.8. I think I'm supposed to be between 2 and 3.

I haven't been eating my salads this week because I had a tooth pulled on
Monday and everything hurts to chew, could that be why? I have not taken
tonight's pill yet.

Please call me at 555-0122 after 10, I have water aerobics first.

Thank you,
Doris
""")
add('phi', 'self', 'Doris Lindqvist', m)

# self 2: daily weights, DOB, windows-1252
m = new('Clarence Hobart <chobart@riverlink.example>', A['colette'],
        'Weights for the week - Clarence Hobart DOB 7/19/1948', '2024-05-12 19:44')
text(m, """Colette,

Here are my weights like you asked. All first thing in the morning after the bathroom.

Mon 5/6    201.4
Tue 5/7    201.0
Wed 5/8    202.2
Thu 5/9    203.8  (used my neighbor\u2019s scale, mine died)
Fri 5/10   205.1
Sat 5/11   204.6
Sun 5/12   205.0

Feet are swelling again in the evenings and my shoes are snug. I took an extra
half of the water pill Friday like you said I could. No trouble breathing
except on the hill up to the mailbox.

Do you want me to keep going with the extra half or wait for the doctor?

Clarence Hobart
\u201cThe Rev\u201d
""", charset='windows-1252', cte='quoted-printable')
add('phi', 'self', 'Clarence Hobart', m)

# self 3: HTML only from webmail
m = new('Marguerite Osei <m.osei.home@yahoomail.example>', A['inr'], 'question about eliquis and dental', '2024-05-30 20:15')
html(m, """<html><body><div style="font-family:Helvetica Neue,Arial;font-size:13px">
<div>Hi,</div><div><br></div>
<div>This is Marguerite Osei. I'm having two teeth pulled on June 12 with Dr. Sandoval. The dentist's office said to ask you whether I should stop my Eliquis and for how many days.</div>
<div><br></div>
<div>I take 5 mg twice a day. Also can I take Advil afterward for the pain or only Tylenol?</div>
<div><br></div>
<div>Thank you,</div>
<div>Marguerite</div>
<div><br></div>
<div style="color:#888">Sent from Yahoo Mail for iPhone</div>
</div></body></html>""")
add('phi', 'self', 'Marguerite Osei', m)

# self 4: reply to the clinic's appointment reminder
m = new('Walt Brzezinski <waltbrz@netmail.example>', 'ACHF Clinic Reminders <noreply-reminders@%s>' % HOSP,
        'Re: Appointment reminder - Tue 05/14 10:30 AM', '2024-05-10 14:02')
text(m, """I can't make it Tuesday. I'm still at Pine Hollow rehab after the hip surgery
and they're giving me the blood thinner shots here. They think I'll be home
around the 20th. Can you move me to the week after? Mornings are best.

Walt Brzezinski

On Fri, May 10, 2024, ACHF Clinic Reminders wrote:
""" + q("""This is a reminder of your appointment:

  Anticoagulation & Heart Failure Clinic
  Tuesday 05/14/2024 at 10:30 AM with Lena Sorvino, RN
  Harbor Pavilion, Suite 310

Please bring your medication list and home meter log. To cancel or
reschedule call (207) 555-0140. This mailbox is not monitored.""") + '\n')
add('phi', 'self', 'Walt Brzezinski', m)

# self 5: lowercase, typos, phone
m = new('ray dominguez <rdominguez62@fastmail.example>', A['colette'], 'weight', '2024-06-03 06:47')
text(m, """hi colette its ray. weight up to 247 this am was 241 fri. legs real tight and
cant lay flat last nite, slept in the recliner. i took 2 of the lasix this am
like u said last time. do i need to come in or wait for u to call

ray dominguez

Sent from my iPhone
""")
add('phi', 'self', 'ray dominguez', m)

# self 6: cost and member ID, multipart/alternative
m = new('Trish Vandermeer <trish.vandermeer@lakesidemail.example>', A['inr'],
        'Xarelto cost - need help', '2024-07-08 10:31')
body = """Hello,

I'm writing because my pharmacy says my Xarelto will be $512 this month
because I'm in the "coverage gap". My plan is Keystone Valley Senior Advantage,
member ID KVS 8837 2291 04. I can't pay that on my Social Security.

Dr. Achebe switched me to it from warfarin in January. Is there a cheaper
option or a program I can apply for? I only have 6 pills left.

Thank you,
Patricia (Trish) Vandermeer
born 1955, phone (207) 555-0175"""
alt(m, body, p2html(body, 'font-family:Georgia,serif;font-size:12pt'))
add('phi', 'self', 'Patricia (Trish) Vandermeer', m)

# self 7: own log as CSV
m = new('Howard Ng <howard.ng@pinemail.example>', A['gabe'], 'May log', '2024-06-02 21:09')
text(m, """Gabriel,

Attached is my blood pressure and weight log for May like you asked at my visit.
I've been dizzy when I first stand up in the mornings since the carvedilol went
up to 12.5 mg. Had to sit back down on the bed twice this week. No falls.

Howard Ng
""")
rows = [['date', 'weight_lb', 'bp_am', 'hr_am', 'notes']]
w = 176.0
for d in range(1, 32):
    w = round(w + random.choice([-0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6]), 1)
    sys_ = random.randint(98, 124)
    note = ''
    if d in (14, 22, 28):
        note = 'dizzy standing up'
    if d == 20:
        note = 'forgot evening pills'
    rows.append(['2024-05-%02d' % d, w, '%d/%d' % (sys_, random.randint(58, 76)), random.randint(58, 72), note])
attach(m, csv_text(rows), 'text', 'csv', 'Howard_Ng_May_2024_log.csv')
add('phi', 'self', 'Howard Ng', m)


# =====================================================================
# PHI - IDS
# =====================================================================

# ids 1: referral with MRN / DOB
m = new('LHA Referrals <referrals@lakemontheart.example>', 'ACHF Referrals <achf-referrals@%s>' % HOSP,
        'New referral - warfarin management', '2024-06-04 13:37')
text(m, """Please accept the following referral to the Anticoagulation Clinic.

Patient:            Rosalind Achterberg
DOB:                03/07/1951
MRN:                00482913
Home phone:         (207) 555-0187
Referring provider: Paul Greer-Whitman, MD - Lakemont Heart Associates
Reason:             warfarin initiation and INR management, goal 2.0-3.0
Notes:              started warfarin 5 mg daily on 6/3 while inpatient; first
                    outpatient INR due 6/7. Prefers afternoon appointments.

Office note and medication list are in eRecord under 6/3 encounter.

Thank you,
Dolores Kim | Referral Coordinator
Lakemont Heart Associates | (207) 555-0190

""" + DISC + '\n')
add('phi', 'ids', 'Rosalind Achterberg', m)

# ids 2: payer prior auth, member ID, ISO DOB
m = new(A['kvhp'], A['tom'], 'Prior Authorization Determination - Reference PA-2024-0611-38821', '2024-06-11 15:02')
body = """KEYSTONE VALLEY HEALTH PLAN - PHARMACY PRIOR AUTHORIZATION

Reference #:      PA-2024-0611-38821
Member:           Kwame Asante-Boateng
Member ID:        KVH448201937-01
Date of birth:    1946-11-02
Group:            MAPD-0042
Prescriber:       Gabriel Mendes, NP (NPI 1730000000)
Drug requested:   dabigatran etexilate 150 mg capsule, #60 / 30 days

DETERMINATION:    APPROVED
Effective:        2024-06-11 through 2025-06-10

The member and pharmacy have been notified. Questions: Pharmacy Services,
(800) 555-0110, Mon-Fri 8am-6pm."""
alt(m, body, '<html><body style="font-family:Arial;font-size:10pt"><h3 style="color:#2e5e3e">Keystone Valley Health Plan</h3><pre style="font-family:Arial">'
    + esc_html(body) + '</pre><p style="font-size:8pt">This communication may contain confidential member information. '
    'If you are not the intended recipient, please delete it.</p></body></html>')
add('phi', 'ids', 'Kwame Asante-Boateng', m)

# ids 3: home health referral with address and phone
m = new(A['colette'], A['bright_intake'], 'Referral - SN for weight monitoring / med teaching', '2024-04-25 10:48')
text(m, """Hello BrightPath intake,

Please start skilled nursing for Imelda Casta\u00f1eda-Ruiz, DOB 02/14/1941.

She lives at 418 Quarry Rd, Apt 2B, Millbrook ME 04999 (2nd floor, buzzer
doesn't work - call on arrival). Best phone is her daughter Lorna's cell,
(207) 555-0148; the home line is (207) 555-0139.

Medicare A/B, MBI 4TQ9-KF2-WR61.

Orders (signed by Gabriel Mendes NP, attached to the referral in the portal):
  - SN 2w4: daily weight teaching, pillbox setup, med reconciliation
  - BMP draw on visit 3
  - call ACHF clinic for weight gain > 3 lb/day or 5 lb/week

She was discharged from 5 West on 4/23. First visit ideally by Friday.

Thanks,
Colette

""" + SIG['colette'] + '\n\n' + DISC + '\n')
add('phi', 'ids', 'Imelda Casta\u00f1eda-Ruiz', m)

# ids 4: chart and account numbers, billing
m = new('Patient Financial Services <pfs-denials@%s>' % HOSP, A['ruth'],
        'Chart AC-20931 / Acct 7710042231 - 93793 denials', '2024-04-17 09:12')
text(m, """Ruth,

We have four 93793 (anticoagulant management) lines denied for the same
patient:

  Chart:      AC-20931
  Account:    7710042231
  Guarantor:  FERREIRA, JOAO P
  DOS:        02/06/24, 02/13/24, 02/27/24, 03/05/24
  Denial:     CARC 97 - bundled with 99211 billed same day

Can the clinic confirm whether an RN visit actually took place on those dates,
or whether these were phone-only INR reviews? If phone only, we'll void the
99211s and rebill the 93793 lines. Timely filing on the 2/6 date is 5/6.

Thanks,
Bev Aucoin
Denials Analyst, Patient Financial Services
x3381
""")
add('phi', 'ids', 'FERREIRA, JOAO P', m)

# ids 5: meter enrollment, DOB in words, MBI
m = new(A['coagsure'], A['marcus'], 'Enrollment incomplete - Olumide-Hart (ref CSD-771520)', '2024-03-14 11:55')
text(m, """Hello Marcus,

We received the home INR monitoring enrollment for Mrs. Beatrix Olumide-Hart
(DOB 7 Feb 1939), reference CSD-771520. We can't process it yet:

  1. Medicare Beneficiary Identifier - the form shows 1EG4-TE5-MK7, which is
     one character short. Please confirm the full 11-character MBI.
  2. The ordering provider signature date is missing on page 2.
  3. Please confirm the shipping address is still 9 Linden Court, Millbrook.

Once we have these we'll schedule her in-home training within 5 business days.
Reply to this message or fax (800) 555-0129.

Kind regards,
Jillian Moreau
Enrollment Specialist, CoagSure Direct
""")
add('phi', 'ids', 'Beatrix Olumide-Hart', m)

# ids 6: pharmacy refill request with PDF
m = new(A['maple'], A['inr'], 'Refill request - Desmond Huang', '2024-05-23 16:10')
text(m, """Refill authorization request for Desmond Huang attached. Patient has 2 tablets
remaining. Please fax back or send new e-Rx.

Maple Street Pharmacy | (207) 555-0163 | fax (207) 555-0164
""")
pdf = make_pdf([
    'MAPLE STREET PHARMACY - REFILL AUTHORIZATION REQUEST',
    '212 Maple St, Millbrook ME    Ph (207) 555-0163   Fax (207) 555-0164',
    '',
    'To:        Lakemont Regional ACHF Clinic   Fax (207) 555-0149',
    'Date:      05/23/2024',
    '',
    'Patient:   HUANG, DESMOND',
    'DOB:       12-May-1950',
    'Address:   33 Ridgeline Dr, Millbrook ME',
    'Phone:     (207) 555-0158',
    '',
    'Rx#:       6620418',
    'Drug:      WARFARIN SODIUM 5 MG TABLET',
    'Sig:       TAKE 1 TABLET BY MOUTH DAILY EXCEPT 1/2 TABLET ON SUN OR AS DIRECTED',
    'Qty:       30     Last fill: 04/24/2024     Refills remaining: 0',
    'Prescriber: Dana Whitcombe, PharmD (CPA) / Ines Carvalho, MD',
    '',
    '[ ] APPROVED   Refills: ____      [ ] DENIED   Reason: ______________',
    '',
    'Signature: _______________________________   Date: ____________',
], font='Courier', title='Refill Request')
attach(m, pdf, *PDF, 'RefillReq_6620418.pdf')
add('phi', 'ids', 'Desmond Huang', m)

# ids 7: MRN + DOB, no name
m = new('Josef Brandt <jbrandt@%s>' % HOSP, A['inr'], 'Discharge handoff - warfarin, INR due Thu', '2024-05-28 15:33')
text(m, """Hi ACHF team,

Handoff for a discharge from 4 East today:

  MRN 7730-1185 / DOB 2/29/1944
  warfarin 4 mg daily (new start 5/24), last INR 1.6 on 5/27
  enoxaparin 1 mg/kg SC q12h until INR >= 2 for 24 h - wife is giving injections
  needs INR Thursday 5/30, no home meter

Discharge med rec and the patient's phone are in the AVS. Please call me if you
can't see the referral in your work queue.

Josef Brandt, PharmD
Inpatient Pharmacy - 4 East | pager 555-0191
""")
add('phi', 'ids', '', m)

# ids 8: voicemail transcription, claim number, dotted DOB
m = new(A['keisha'], A['tom'], 'voicemail - EOB question', '2024-06-18 15:04')
text(m, """Tom,

Voicemail from 6/18 2:47 pm, forwarding because it's a billing thing and Ruth
is out:

Caller: Mirela Dragomir
Callback: (207) 555-0115
DOB: 10.04.1957 (she said it European-style, so 10 April)
She got an explanation of benefits for her INR clinic visits, claim #
24-1173-558-0021, showing $186 patient responsibility. She thinks it should have
gone to her secondary (Granite State Mutual supplement) and it never did.

She'd like a call back tomorrow before noon. Phone system transcript attached.

Keisha
""")
attach(m, ('VOICEMAIL TRANSCRIPT - ACHF MAIN LINE (207) 555-0140\r\n'
           'Received: 06/18/2024 14:47   Duration: 1:52   From: (207) 555-0115\r\n\r\n'
           '"Hi, this is Mirela Dragomir, my birthday is ten, four, nineteen fifty-seven. I got a paper '
           'from the insurance about my blood tests at your clinic, the INR, the claim number is '
           '24-1173-558-0021 and it says I owe one hundred eighty-six dollars. I have the Granite State '
           'Mutual supplement, I think you did not send it to them. Please call me back, 207-555-0115, '
           'tomorrow morning is best. Thank you."\r\n').encode('utf-8'),
       'text', 'plain', 'VM_20240618_1447.txt')
add('phi', 'ids', 'Mirela Dragomir', m)


# =====================================================================
# PHI - LISTS
# =====================================================================

# lists 1: typed table with spaces in plain text
rows = [['Patient', 'DOB', 'Last INR', 'Goal', 'Wkly dose', 'Due', 'Notes'],
        ['Halvorsen, Gunnar', '11/02/1944', '3.1 (4/9)', '2-3', '40 mg', '4/24', 'home meter'],
        ['Pichler, Greta', '06/19/1938', '1.8 (4/17)', '2-3', '27.5 mg', '4/24', 'missed dose Sun'],
        ['Mbeki-Stone, Lionel', '01/30/1952', '2.6 (4/10)', '2.5-3.5', '52.5 mg', '4/24', 'mech valve'],
        ['Aguilar, Rosa', '08/08/1960', '4.1 (4/19)', '2-3', '30 mg', '4/24', 'held x1, recheck'],
        ['Tran, Duc Minh', '12/12/1947', '2.2 (4/3)', '2-3', '35 mg', '4/24', 'son interprets'],
        ['Feeney, Bridget', '04/01/1933', '2.9 (4/10)', '2-3', '17.5 mg', '4/24', 'lives alone'],
        ['Osterhout, Karl', '09/15/1956', '1.5 (4/17)', '2-3', '45 mg', '4/24', 'bridging - call 1st'],
        ['Said, Leila', '03/27/1969', '2.4 (4/10)', '2-3', '42.5 mg', '4/24', '']]
m = new(A['dana'], A['marcus'], 'INR phone list for today', '2024-04-24 07:52')
text(m, """Marcus - today's call list. I'll take Osterhout and Aguilar since those need
dose changes; you take the rest. Flag anything weird and I'll sign off at noon.

""" + fixed_table(rows, '   ') + """

Dana
""")
add('phi', 'lists', 'Osterhout, Karl', m)

# lists 2: tab-separated paste
rows = [['Patient', 'Program ID', 'Alert', 'Value', 'Action'],
        ['Ambrose, Wendell', 'CL-LRMC-00417', 'Wt +24h', '+2.2 lb', 'called, extra torsemide per scale'],
        ['Kaczmarek, Irena', 'CL-LRMC-00391', 'SpO2 low', '88%', 'no answer x2, LM'],
        ['Hobart, Clarence', 'CL-LRMC-00402', 'Wt +7d', '+4.8 lb', 'Gabe to review'],
        ['Ferreira, Ana Lucia', 'CL-LRMC-00433', 'HR high', '118', 'pt walking dog, recheck OK 84'],
        ['Yamamoto, Ken', 'CL-LRMC-00388', 'No reading', '2 days', 'scale batteries - mailed'],
        ['Dominguez, Ray', 'CL-LRMC-00410', 'Wt +24h', '+3.5 lb', 'same-day visit 1:20 w/ Gabe']]
m = new(A['lena'], A['hfmon'], 'Overnight CardioLink alerts 5/13 - worked', '2024-05-13 11:02', cc=A['gabe'])
text(m, 'Morning alerts worked as of 11:00. Two still open (Kaczmarek, Hobart).\n\n'
     + '\n'.join('\t'.join(r) for r in rows) + '\n\nLena\n')
add('phi', 'lists', 'Kaczmarek, Irena', m)

# lists 3: bar table + html table, from home health
rows = [['Patient', 'SOC', 'Freq', 'Last visit', 'Wt trend', 'Notes'],
        ['Tolliver, Bernice', '03/28', '2w4', '04/17', 'down 3.1 lb', 'BMP sent 4/15'],
        ['Castaneda-Ruiz, Imelda', '04/26', '2w4', '04/30', 'stable', 'pillbox ok'],
        ['Whitlock, Harvey', '04/02', '1w4', '04/29', 'up 2.0 lb', 'refused visit 4/22'],
        ['Nakashima, Emiko', '04/10', '2w3', '05/01', 'stable', 'd/c planned 5/15'],
        ['Boateng, Comfort', '04/19', '3w2', '05/01', 'up 4.2 lb', 'called clinic 5/1']]
plain = ('Weekly census - ACHF referrals to BrightPath, week ending 05/03\n\n' + bar_table(rows)
         + '\n\nLet me know if any of these should be discharged early or have orders changing.\n\n'
         'Shauna Pelletier, RN\nCase Manager | BrightPath Home Health\n\n' + DISC_HH)
m = new(A['bright'], A['colette'], 'BrightPath weekly census - ACHF patients', '2024-05-03 15:30')
alt(m, plain, '<html><body style="font-family:Verdana;font-size:10pt"><p>Weekly census - ACHF referrals to BrightPath, week ending 05/03</p>'
    + table_html(rows) + '<p>Let me know if any of these should be discharged early or have orders changing.</p>'
    '<p>Shauna Pelletier, RN<br>Case Manager | BrightPath Home Health</p><p style="font-size:8pt">' + DISC_HH + '</p></body></html>')
add('phi', 'lists', 'Tolliver, Bernice', m)

# lists 4: CSV attachment from a scheduled report
m = new('eRecord Reports <reports-noreply@%s>' % HOSP, A['dana'],
        'Scheduled report: ACHF Overdue INR (>14 days) - 06/03/2024', '2024-06-03 06:00')
text(m, """Your scheduled report "ACHF Overdue INR (>14 days)" ran at 06:00 on 06/03/2024.

Rows returned: 9
Format: CSV

This report contains confidential patient information. Do not forward outside
Lakemont Regional Health.
""")
rows = [['MRN', 'Patient Name', 'DOB', 'Last INR Date', 'Last INR', 'Goal', 'Assigned', 'Phone'],
        ['00311842', 'PICHLER, GRETA', '1938-06-19', '2024-05-08', '2.1', '2.0-3.0', 'WHITCOMBE', '207-555-0102'],
        ['00402277', 'OKAFOR-REYES, GRACE', '1949-10-30', '2024-03-26', '1.7', '2.0-3.0', 'OYELARAN', '207-555-0103'],
        ['00529931', 'QUINTERO, ROSALIA', '1942-08-16', '2024-05-15', '2.8', '2.0-3.0', 'WHITCOMBE', '207-555-0152'],
        ['00188406', 'LEBLANC, ARMAND', '1951-01-07', '2024-05-10', '3.2', '2.5-3.5', 'VENKATARAMAN', '207-555-0104'],
        ['00671150', 'MOKHTARI, DARIUSH', '1958-12-03', '2024-04-29', '1.9', '2.0-3.0', 'OYELARAN', '207-555-0105'],
        ['00244519', 'FEENEY, BRIDGET', '1933-04-01', '2024-05-16', '2.4', '2.0-3.0', 'WHITCOMBE', '207-555-0106'],
        ['00738822', 'SORENSEN, EINAR', '1945-07-22', '2024-05-02', '2.2', '2.0-3.0', 'HRADEK', '207-555-0107'],
        ['00290064', 'ABERNATHY, JUNE', '1940-02-11', '2024-05-13', '2.6', '2.0-3.0', 'VENKATARAMAN', '207-555-0109'],
        ['00815530', 'VASQUEZ-ORTIZ, MATEO', '1963-09-09', '2024-05-17', '4.4', '2.0-3.0', 'OYELARAN', '207-555-0112']]
attach(m, csv_text(rows), 'text', 'csv', 'ACHF_Overdue_INR_20240603.csv')
add('phi', 'lists', 'OKAFOR-REYES, GRACE', m)

# lists 5: XLSX attachment - DOAC dose review
m = new(A['priya'], A['team'], 'Q2 DOAC dose review - 9 flagged', '2024-06-17 12:14')
text(m, """Hi all,

Attached is the Q2 DOAC dose-appropriateness list. 9 patients flagged by the
report (CrCl or weight-based criteria). Your initials are in the Assigned
column - please review yours, document in the DOAC monitoring note, and update
the Action column by Friday 6/21.

Priya

""" + SIG['priya'] + '\n')
rows = [['Patient', 'MRN', 'DOAC', 'Current dose', 'Age', 'Wt kg', 'SCr', 'CrCl', 'Flag', 'Assigned', 'Action'],
        ['Vandermeer, Patricia', '00593318', 'rivaroxaban', '20 mg daily', 69, 61.0, 1.31, 41, 'CrCl <50 on 20 mg', 'PV', ''],
        ['Asante-Boateng, Kwame', '00610427', 'dabigatran', '150 mg BID', 77, 70.5, 1.48, 38, 'CrCl 30-50 + age', 'TH', ''],
        ['Osei, Marguerite', '00575002', 'apixaban', '5 mg BID', 81, 58.2, 1.12, 36, '2 of 3 criteria?', 'DW', ''],
        ['Haddad, Mahmoud', '00702931', 'apixaban', '5 mg BID', 83, 64.0, 1.58, 29, '2 of 3 criteria', 'DW', ''],
        ['Lindgren, Astrid', '00433871', 'apixaban', '2.5 mg BID', 71, 82.0, 0.91, 78, 'possible underdose', 'PV', ''],
        ['Ikeda, Shiro', '00348760', 'edoxaban', '60 mg daily', 74, 59.5, 1.20, 42, 'wt <=60 kg', 'PV', ''],
        ['Boyle, Cornelius', '00811194', 'rivaroxaban', '15 mg daily', 66, 104.0, 0.88, 121, 'CrCl >95 underdose', 'TH', ''],
        ['Salcedo, Remedios', '00267749', 'apixaban', '2.5 mg BID', 88, 49.8, 1.05, 30, 'appropriate - confirm', 'DW', ''],
        ['Okonjo, Pius', '00690055', 'dabigatran', '75 mg BID', 79, 68.0, 2.05, 27, 'CrCl <30', 'TH', '']]
attach(m, make_xlsx(rows, 'Q2 DOAC review'), *XLSX, 'DOAC_dose_review_Q2_2024.xlsx')
add('phi', 'lists', 'Vandermeer, Patricia', m)

# lists 6: DOCX schedule
m = new(A['keisha'], A['pool'], 'Tues 6/4 RN visit schedule', '2024-06-03 16:20')
text(m, 'Tomorrow\'s RN schedule attached. Room 3B has the POC meter; 3A is the scale room.\n\nKeisha\n\n' + SIG['keisha'] + '\n')
doc = make_docx([
    ('h', 'ACHF Clinic - RN Visit Schedule - Tuesday 06/04/2024'),
    'Printed 06/03/2024 16:12 by KDUNMORE',
    [['Time', 'Patient', 'DOB', 'Visit type', 'RN', 'Room', 'Notes'],
     ['08:30', 'Feeney, Bridget', '04/01/1933', 'POC INR', 'Oyelaran', '3B', 'daughter drives'],
     ['08:45', 'Sorensen, Einar', '07/22/1945', 'POC INR', 'Oyelaran', '3B', ''],
     ['09:00', 'Kaczmarek, Irena', '05/05/1950', 'HF RN visit + scale check', 'Baptiste', '3A', 'SpO2 alerts last wk'],
     ['09:30', 'Abernathy, June', '02/11/1940', 'POC INR + warfarin teaching', 'Oyelaran', '3B', 'new dose pack'],
     ['10:00', 'Hrytsenko, Oleksandr', '01/18/1947', 'HF post-discharge', 'Baptiste', '3A', 'interpreter: family (Ukrainian)'],
     ['10:30', 'Brzezinski, Walter', '03/03/1944', 'POC INR', 'Sorvino', '3B', 'r/s from 5/14'],
     ['11:00', 'Mokhtari, Dariush', '12/03/1958', 'POC INR', 'Oyelaran', '3B', 'overdue'],
     ['13:00', 'Whitlock, Harvey', '10/10/1939', 'HF RN visit', 'Baptiste', '3A', 'wheelchair'],
     ['13:30', 'LeBlanc, Armand', '01/07/1951', 'POC INR', 'Sorvino', '3B', 'goal 2.5-3.5']],
    'Reminder: document every POC INR lot number in the flowsheet.',
])
attach(m, doc, *DOCX, 'RN_schedule_2024-06-04.docx')
add('phi', 'lists', 'Feeney, Bridget', m)

# lists 7: PDF roster from monitoring vendor
m = new('CardioLink Account Services <accounts@cardiolink-rpm.example>', A['ruth'],
        'Monthly enrollment roster - May 2024 - Lakemont Regional', '2024-06-03 08:05')
text(m, """Hello Ruth,

Attached is your monthly active-enrollment roster for May 2024 (14 active, 2
discharged, 1 new). Please review and let us know about any patients who should
be disenrolled before the June billing cycle closes on 6/10.

Best,
Caitlin Rourke
Client Success Manager, CardioLink RPM
(888) 555-0150
""")
rl = ['CARDIOLINK RPM - ACTIVE ENROLLMENT ROSTER', 'Client: LAKEMONT REGIONAL MEDICAL CENTER - ACHF     Period: 05/01/2024-05/31/2024', '',
      'PROGRAM ID     PATIENT                     DOB         ENROLLED    DEVICES      DAYS  STATUS',
      '-' * 92]
ros = [('CL-LRMC-00388', 'YAMAMOTO, KEN', '03/14/1949', '11/02/2023', 'SCALE,BP', 27, 'ACTIVE'),
       ('CL-LRMC-00391', 'KACZMAREK, IRENA', '05/05/1950', '11/20/2023', 'SCALE,BP,OX', 31, 'ACTIVE'),
       ('CL-LRMC-00396', 'WHITLOCK, HARVEY', '10/10/1939', '12/04/2023', 'SCALE', 22, 'ACTIVE'),
       ('CL-LRMC-00402', 'HOBART, CLARENCE', '07/19/1948', '12/18/2023', 'SCALE,BP', 31, 'ACTIVE'),
       ('CL-LRMC-00405', 'NAKASHIMA, EMIKO', '08/27/1952', '01/08/2024', 'SCALE,BP', 15, 'DISCHARGED 05/15'),
       ('CL-LRMC-00410', 'DOMINGUEZ, RAY', '02/02/1962', '01/22/2024', 'SCALE,BP', 29, 'ACTIVE'),
       ('CL-LRMC-00412', 'NWACHUKWU, ADAEZE', '06/30/1957', '02/05/2024', 'SCALE', 30, 'ACTIVE'),
       ('CL-LRMC-00417', 'AMBROSE, WENDELL', '09/23/1946', '02/19/2024', 'SCALE,BP,OX', 31, 'ACTIVE'),
       ('CL-LRMC-00421', 'LEMAITRE, FRANCOIS-XAVIER', '04/04/1945', '03/04/2024', 'SCALE,BP', 28, 'ACTIVE'),
       ('CL-LRMC-00426', 'TOLLIVER, BERNICE', '12/01/1943', '03/28/2024', 'SCALE', 26, 'ACTIVE'),
       ('CL-LRMC-00429', 'AL-MANSOURI, ABDULRAHMAN', '05/21/1955', '04/08/2024', 'SCALE,BP', 24, 'ACTIVE'),
       ('CL-LRMC-00433', 'FERREIRA, ANA LUCIA', '11/11/1960', '04/15/2024', 'SCALE,BP', 31, 'ACTIVE'),
       ('CL-LRMC-00437', 'BOATENG, COMFORT', '09/09/1951', '04/22/2024', 'SCALE,BP', 30, 'ACTIVE'),
       ('CL-LRMC-00440', 'HRYTSENKO, OLEKSANDR', '01/18/1947', '05/30/2024', 'SCALE', 2, 'NEW'),
       ('CL-LRMC-00399', 'KRISTIANSEN, BO', '01/25/1941', '12/11/2023', 'SCALE', 9, 'DISCHARGED 05/10'),
       ('CL-LRMC-00415', 'ODUYA, FEMI', '07/07/1958', '02/12/2024', 'SCALE,BP', 31, 'ACTIVE'),
       ('CL-LRMC-00419', 'PRZYBYLSKI, HALINA', '02/28/1944', '02/26/2024', 'SCALE,BP', 25, 'ACTIVE')]
for r in ros:
    rl.append('%-14s %-27s %-11s %-11s %-12s %4d  %s' % r)
rl += ['', 'DAYS = days with at least one transmitted reading (16 required for CPT 99454).',
       'CONFIDENTIAL - contains protected patient information.']
attach(m, make_pdf(rl, font='Courier', size=8, title='Enrollment Roster May 2024'), *PDF, 'LRMC_ACHF_Roster_2024-05.pdf')
add('phi', 'lists', 'YAMAMOTO, KEN', m)


# =====================================================================
# PHI - STRUCT
# =====================================================================

def x12(segs, ctl='000004471', gctl='4471', stype='271', gs='HB', snd='KVHP0001', rcv='LRMC0042',
        ver='005010X279A1', date='240612', time='1422'):
    body = ['ST*%s*0001*%s' % (stype, ver)] + segs
    body.append('SE*%d*0001' % (len(body) + 1))
    allseg = (['ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:' % (snd, rcv, date, time, ctl),
               'GS*%s*%s*%s*20%s*%s*%s*X*%s' % (gs, snd, rcv, date, time, gctl, ver)]
              + body + ['GE*1*%s' % gctl, 'IEA*1*%s' % ctl])
    return '~\n'.join(allseg) + '~\n'


# struct 1: HL7 ORU pasted in body
hl7 = """MSH|^~\\&|SUNQUEST|LRMC_LAB|ERECORD|LRMC|20240508091512||ORU^R01^ORU_R01|LAB0508-0047|P|2.5.1
PID|1||00529931^^^LRMC^MR||QUINTERO^ROSALIA^M||19420816|F|||77 Birch Hill Ln^^Millbrook^ME^04999^USA||^PRN^PH^^1^207^5550152|||||7710093315
PV1|1|O|ACHF^^^LRMC^^^^^ANTICOAG CLINIC||||1457^WHITCOMBE^DANA^^^^PharmD|||||||||||7710093315
ORC|RE|ORD5582|LAB26619||CM||||20240508084100|||1457^WHITCOMBE^DANA
OBR|1|ORD5582|LAB26619|34714-6^INR^LN|||20240508084500|||||||20240508085200||1457^WHITCOMBE^DANA||||||20240508091500|||F
OBX|1|NM|5902-2^Prothrombin time^LN||48.2|s|9.6-12.1|HH|||F|||20240508084500
OBX|2|NM|6301-6^INR^LN||5.4|{INR}|0.9-1.1|HH|||F|||20240508084500
NTE|1||Critical value called to and read back by M. OYELARAN RN 05/08/2024 0914"""
m = new('Interface Team <ehr-interfaces@%s>' % HOSP, A['dana'],
        'INC0449218 - INR result not flagged critical in ACHF in-basket', '2024-05-08 13:20')
text(m, """Hi Dana,

Following up on the ticket you opened this morning. Below is the ORU we
received from the lab for the 08:45 draw. OBX-8 does come across as HH, so the
issue is on our side: the ACHF in-basket rule only checks OBX-3 = 34714-6, and
the lab is sending 6301-6. We're adding both codes to the rule tonight.

Can you confirm the result itself did land in the pool's results folder?

""" + hl7 + """

Thanks,
Omar Haddadi
Integration Analyst, Clinical Applications
""")
add('phi', 'struct', 'QUINTERO^ROSALIA^M', m)

# struct 2: ADT A03 attached as .hl7
seg = ['MSH|^~\\&|ADT|LRMC|ACHF_REG|LRMC|20240531143322||ADT^A03^ADT_A03|ADT88231746|P|2.5.1',
       'EVN|A03|20240531143300',
       'PID|1||00722846^^^LRMC^MR~108-44-2917^^^SSA^SS||ODUYA^FEMI^ADEWALE||19580707|M|||14 Tannery Way^^Westbrook^ME^04998||^PRN^PH^^1^207^5550161|||M||7710101884',
       'PV1|1|I|6EAST^612^A^LRMC||||2291^VOSS^HARLAN^^^^MD|||CAR||||1|||2291^VOSS^HARLAN^^^^MD|IN||||||||||||||||||||||||20240527191200|20240531140000',
       'DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A',
       'PR1|1||02HK3DZ^Insertion of pressure sensor^ICD10PCS||20240529',
       'ZDC|HOME|F/U ACHF CLINIC 7 DAYS|WEIGHT DAILY|FUROSEMIDE 40MG BID']
m = new('ADT Router <adt-router@%s>' % HOSP, 'ACHF Registration <achf-reg@%s>' % HOSP,
        'A03 discharge feed - ACHF follow-up needed', '2024-05-31 14:34')
text(m, """Automated routing: discharge event for a patient with ACHF clinic follow-up
ordered. HL7 message attached. Schedule within the timeframe in ZDC-2.
""")
attach(m, ('\r'.join(seg) + '\r').encode('ascii'), 'application', 'hl7-v2', 'ADT_A03_ADT88231746.hl7')
add('phi', 'struct', 'ODUYA^FEMI^ADEWALE', m)

# struct 3: 271 eligibility response attached
seg271 = ['BHT*0022*11*ELG20240612-0093*20240612*1422',
          'HL*1**20*1', 'NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP0001',
          'HL*2*1*21*1', 'NM1*1P*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1730000000',
          'HL*3*2*22*0', 'TRN*2*ELG20240612-0093*9LRMC00042',
          'NM1*IL*1*GREAVES*HOLLIS*R***MI*KVH310577208-01', 'N3*27 OLD MILL RD', 'N4*MILLBROOK*ME*04999',
          'DMG*D8*19440905*M', 'DTP*346*D8*20240101',
          'EB*1*IND*30**MEDICARE ADVANTAGE PPO', 'EB*C*IND*30***23*250*****Y',
          'EB*B*IND*98***27*20*****Y', 'EB*A*IND*A4***27**.2****Y',
          'MSG*HOME INR MONITORING G0249 G0250 REQUIRES PRIOR AUTHORIZATION',
          'LS*2120', 'NM1*P3*1*ACHEBE*RAYMOND****XX*1730000001', 'LE*2120']
m = new('Renata Solis <rsolis@%s>' % HOSP, A['marcus'], '271 back for Greaves - home INR needs PA', '2024-06-12 14:40')
text(m, """Marcus,

Eligibility came back active for Hollis Greaves (271 attached). Medicare
Advantage PPO, $20 specialist copay, but the plan message says home INR
monitoring (G0249/G0250) needs a prior auth before CoagSure can ship the meter.
PCP on file is still Dr. Achebe.

I can start the PA if you send me the order and the last 3 INRs.

Renata Solis
Insurance Verification, Patient Access
x3340
""")
attach(m, x12(seg271).encode('ascii'), 'application', 'edi-x12', 'ELG_GREAVES_20240612.x12')
add('phi', 'struct', 'Hollis Greaves', m)

# struct 4: 837P claim file attached
seg837 = ['BHT*0019*00*LRMC240610A*20240610*1630*CH',
          'NM1*41*2*LAKEMONT REGIONAL MEDICAL CENTER*****46*LRMC0042', 'PER*IC*BILLING OFFICE*TE*2075550170',
          'NM1*40*2*KEYSTONE VALLEY HEALTH PLAN*****46*KVHP0001',
          'HL*1**20*1', 'NM1*85*2*LAKEMONT REGIONAL MEDICAL CENTER*****XX*1730000000',
          'N3*40 HARBOR STREET', 'N4*MILLBROOK*ME*04999', 'REF*EI*010000042',
          'HL*2*1*22*0', 'SBR*P*18*MAPD0042******MB',
          'NM1*IL*1*PRZYBYLSKI*HALINA****MI*KVH227390041-01', 'N3*5 SPRUCE HOLLOW RD', 'N4*WESTBROOK*ME*04998',
          'DMG*D8*19440228*F', 'NM1*PR*2*KEYSTONE VALLEY HEALTH PLAN*****PI*KVHP0001',
          'CLM*ACHF0610-0021*93.5***11:B:1*Y*A*Y*Y', 'HI*ABK:Z7901*ABF:I4891',
          'NM1*82*1*WHITCOMBE*DANA****XX*1730000002',
          'LX*1', 'SV1*HC:G0249*61.25*UN*1***1', 'DTP*472*D8*20240603',
          'LX*2', 'SV1*HC:G0250*32.25*UN*1***1', 'DTP*472*D8*20240610']
m = new('ClaimBridge Clearinghouse <rejections@claimbridge.example>', 'LRMC Billing <billing-edi@%s>' % HOSP,
        'REJECTED: batch LRMC240610A claim ACHF0610-0021 (1 of 14)', '2024-06-11 03:12')
text(m, """ClaimBridge front-end edit report

Batch:        LRMC240610A (14 claims)
Accepted:     13
Rejected:     1
Claim ID:     ACHF0610-0021
Edit:         E1142 - Subscriber ID format invalid for payer KVHP0001
              (expected 11 alphanumerics + 2-digit suffix)

The rejected claim is attached as submitted. Correct and resubmit within 14
days. Do not reply to this address.
""")
attach(m, x12(seg837, ctl='000021804', gctl='21804', stype='837', gs='HC', snd='LRMC0042', rcv='CLMBRDG',
              ver='005010X222A1', date='240610', time='1630').encode('ascii'),
       'application', 'edi-x12', 'LRMC240610A_ACHF0610-0021.837')
add('phi', 'struct', 'PRZYBYLSKI*HALINA', m)

# struct 5: FHIR JSON bundle from monitoring vendor
obs = []
wts = [(6, 2, 101.6), (6, 3, 101.9), (6, 4, 102.8), (6, 5, 103.4), (6, 6, 103.1), (6, 7, 104.0)]
for i, (mo, d, kg) in enumerate(wts):
    obs.append({'fullUrl': 'urn:uuid:obs-wt-%d' % i, 'resource': {
        'resourceType': 'Observation', 'id': 'wt-00388-%02d%02d' % (mo, d), 'status': 'final',
        'category': [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/observation-category', 'code': 'vital-signs'}]}],
        'code': {'coding': [{'system': 'http://loinc.org', 'code': '29463-7', 'display': 'Body weight'}]},
        'subject': {'reference': 'Patient/CL-LRMC-00388'},
        'effectiveDateTime': '2024-%02d-%02dT06:%02d:00-04:00' % (mo, d, random.randint(30, 59)),
        'valueQuantity': {'value': kg, 'unit': 'kg', 'system': 'http://unitsofmeasure.org', 'code': 'kg'},
        'device': {'display': 'CardioLink BT Scale S3'}}})
bundle = {'resourceType': 'Bundle', 'type': 'collection', 'timestamp': '2024-06-07T12:00:00-04:00',
          'entry': [{'fullUrl': 'urn:uuid:pt-00388', 'resource': {
              'resourceType': 'Patient', 'id': 'CL-LRMC-00388',
              'identifier': [{'system': 'https://cardiolink-rpm.example/program-id', 'value': 'CL-LRMC-00388'},
                             {'system': 'urn:oid:2.16.840.1.113883.3.9999.1', 'type': {'text': 'LRMC MRN'}, 'value': '00644120'}],
              'name': [{'family': 'Yamamoto', 'given': ['Ken', 'Hiroshi']}],
              'gender': 'male', 'birthDate': '1949-03-14',
              'telecom': [{'system': 'phone', 'value': '207-555-0117', 'use': 'home'}]}}] + obs}
m = new('CardioLink Integrations <api-support@cardiolink-rpm.example>', A['gabe'],
        'FHIR export - program ID CL-LRMC-00388 (weights 6/2-6/7)', '2024-06-07 12:18', cc=A['lena'])
text(m, """Hi Gabriel,

As requested on the support call, attached is the FHIR R4 export of weight
observations for program ID CL-LRMC-00388 for 6/2 through 6/7. The 6/4 and 6/5
readings failed to post to eRecord because of the flowsheet mapping issue (ticket
CL-SUP-22817); you can use this file to reconcile manually.

Regards,
Devika Rao
Integration Support, CardioLink RPM
""")
attach(m, json.dumps(bundle, indent=2).encode('utf-8'), 'application', 'fhir+json', 'CL-LRMC-00388_weights.json')
add('phi', 'struct', 'Ken Hiroshi Yamamoto', m)

# struct 6: web form submission, key: value layout
m = new('Lakemont Web Forms <webforms@%s>' % HOSP, 'ACHF Referrals <achf-referrals@%s>' % HOSP,
        'Form submission: Anticoagulation Clinic Referral (#20487)', '2024-03-19 10:02')
text(m, """A new form has been submitted on lakemontregional.example.

Form:                     Anticoagulation Clinic Referral
Submission ID:            20487
Submitted:                03/19/2024 10:01:44

Patient first name:       Th\u00e9r\u00e8se
Patient last name:        Gauthier-Blanchard
Date of birth:            1937-12-05
Sex:                      F
Preferred language:       French
Phone:                    (207) 555-0124
Address:                  61 Ferry Landing Rd, Westbrook ME 04998
Anticoagulant:            Warfarin
Indication:               Atrial fibrillation
INR goal:                 2.0 - 3.0
Start date:               03/15/2024
Current dose:             2.5 mg daily
Last INR / date:          1.4 / 03/18/2024
Home meter requested:     No
Insurance:                Medicare + Granite State Mutual
Member #:                 GSM-58120447
Referring provider:       Ines Carvalho, MD
Referring office phone:   (207) 555-0192
Comments:                 Daughter-in-law Sylvie will bring her. Hard of hearing,
                          please call the daughter-in-law's cell first: (207) 555-0127.
""")
add('phi', 'struct', 'Th\u00e9r\u00e8se Gauthier-Blanchard', m)

# struct 7: ZIP with fixed-width dispense extract + layout
layout = """DISPENSE EXTRACT LAYOUT v3 (fixed width, 104 bytes + CRLF)
pos  1- 8  RXNUM
pos  9-16  FILL DATE CCYYMMDD
pos 17-31  LAST NAME
pos 32-43  FIRST NAME
pos 44-51  DOB CCYYMMDD
pos 52-62  NDC
pos 63-86  DRUG DESCRIPTION
pos 87-91  QTY
pos 92-94  DAYS SUPPLY
pos 95-104 PRESCRIBER LAST
"""
recs = [('6620418', '20240424', 'HUANG', 'DESMOND', '19500512', '00000000101', 'WARFARIN 5MG TAB', '30', '30', 'WHITCOMBE'),
        ('6620977', '20240503', 'PICHLER', 'GRETA', '19380619', '00000000102', 'WARFARIN 2.5MG TAB', '45', '30', 'WHITCOMBE'),
        ('6621140', '20240507', 'KOWALCZYK', 'ZBIGNIEW', '19410302', '00000000103', 'WARFARIN 2MG TAB', '90', '30', 'OYELARAN'),
        ('6621388', '20240510', 'VANDERMEER', 'PATRICIA', '19550617', '00000000201', 'RIVAROXABAN 20MG TAB', '30', '30', 'ACHEBE'),
        ('6621502', '20240513', 'OSEI', 'MARGUERITE', '19421120', '00000000202', 'APIXABAN 5MG TAB', '60', '30', 'CARVALHO'),
        ('6621766', '20240516', 'ADEYEMI-BROOKS', 'SAMUEL', '19561004', '00000000101', 'WARFARIN 5MG TAB', '30', '30', 'WHITCOMBE'),
        ('6621901', '20240521', 'ASANTE-BOATENG', 'KWAME', '19461102', '00000000203', 'DABIGATRAN 150MG CAP', '60', '30', 'MENDES'),
        ('6622045', '20240523', 'SUBRAMANIAM', 'VENKATESH', '19520818', '00000000104', 'WARFARIN 1MG TAB', '60', '30', 'VENKATARAMAN'),
        ('6622210', '20240528', 'SORENSEN', 'EINAR', '19450722', '00000000102', 'WARFARIN 2.5MG TAB', '60', '30', 'HRADEK')]
fw = ''.join('%-8s%-8s%-15s%-12s%-8s%-11s%-24s%5s%3s%-10s\r\n' % (a, b, c[:15], d[:12], e, f, g[:24], h, i, j[:10])
             for a, b, c, d, e, f, g, h, i, j in recs)
m = new('Maple Street Pharmacy Reports <reports@maplestreetrx.example>', A['ruth'],
        'May anticoagulant dispense extract - Lakemont ACHF prescribers', '2024-06-01 05:30')
text(m, """Monthly dispense extract for prescriptions written by Lakemont ACHF clinic
prescribers, May 2024. Fixed-width file and layout enclosed in the zip. Per our
data sharing agreement this goes to the clinic manager only.
""")
attach(m, make_zip([('DISPENSE_LRMC_202405.txt', fw), ('LAYOUT.txt', layout)]), *ZIP, 'LRMC_dispense_202405.zip')
add('phi', 'struct', 'HUANG, DESMOND', m)


# =====================================================================
# PHI - LANG
# =====================================================================

# lang 1: Spanish, iso-8859-1 QP
m = new('Marisol Montoya <marisol.montoya@correo.example>', A['lena'],
        'INR de mi mam\u00e1 - Graciela Montoya', '2024-04-03 19:22')
text(m, """Hola enfermera Lena:

Le escribo por mi mam\u00e1, Graciela Montoya Rivas (fecha de nacimiento 22/09/1944).
Su INR sali\u00f3 1.6 el lunes en la m\u00e1quina de la casa. La semana pasada vino mi t\u00eda
de visita y cocin\u00f3 mucho caldo con espinaca y br\u00f3coli, y mi mam\u00e1 comi\u00f3 bastante.

Ahora toma warfarina 5 mg todos los d\u00edas menos el domingo que toma 2.5 mg.
\u00bfLe subimos la dosis o esperamos? \u00bfCu\u00e1ndo hay que repetir el examen?

No ha tenido sangrado ni moretones.

Muchas gracias,
Marisol Montoya (hija)
207-555-0126
""", charset='iso-8859-1', cte='quoted-printable')
add('phi', 'lang', 'Graciela Montoya Rivas', m)

# lang 2: Russian, koi8-r base64
m = new('\u0412\u0430\u043b\u0435\u043d\u0442\u0438\u043d\u0430 \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430 <v.kuznetsova46@postbox.example>',
        A['colette'], '\u0412\u0435\u0441 \u0438 \u043e\u0442\u0435\u043a\u0438', '2024-05-21 08:12')
text(m, """Здравствуйте, Колетт!

Это Валентина Сергеевна Кузнецова, дата рождения 14.08.1946. Пишу, как вы
просили, про вес.

Сегодня утром 74,8 кг, вчера было 73,1 кг, позавчера 72,9. Ноги к вечеру
отекают, носки оставляют глубокие следы. Ночью спала на двух подушках, когда
поднимаюсь по лестнице, появляется одышка. Торасемид 20 мг пью каждое утро,
ничего не пропускала.

Нужно ли выпить ещё одну таблетку, как в прошлый раз? Мой телефон
(207) 555-0131, дочь Ирина тоже может ответить.

С уважением,
Валентина
""", charset='koi8-r', cte='base64')
add('phi', 'lang', '\u0412\u0430\u043b\u0435\u043d\u0442\u0438\u043d\u0430 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0430 \u041a\u0443\u0437\u043d\u0435\u0446\u043e\u0432\u0430', m)

# lang 3: Vietnamese with English, utf-8 base64
m = new('Tran Quoc Bao <baotran.q@mailbox.example>', A['dana'], 'INR c\u1ee7a ba em - Tr\u1ea7n V\u0103n Minh', '2024-05-15 17:45')
text(m, """Chào cô Dana,

Em là Trần Quốc Bảo, con trai của ông Trần Văn Minh (ngày sinh 12/04/1940).
Sáng nay ba em thử INR ở nhà được 1.8. Tuần trước nha sĩ cho ba uống kháng sinh
amoxicillin 7 ngày, hôm qua mới uống hết.

Hiện giờ ba uống warfarin 3 mg mỗi ngày, riêng thứ Bảy uống 4.5 mg. Ba có cần
tăng liều không ạ? Lần thử tới là khi nào?

Sorry my English is not good so I write in Vietnamese. Cô có thể gọi em số
(207) 555-0177 sau 5 giờ chiều.

Cảm ơn cô nhiều,
Bảo
""", cte='base64')
add('phi', 'lang', 'Tr\u1ea7n V\u0103n Minh', m)

# lang 4: Chinese, gb2312 base64
m = new('\u6797\u6653\u6167 <lin.xiaohui@webmail.example>', A['inr'], '\u5173\u4e8e\u6211\u5988\u5988\u7684\u534e\u6cd5\u6797', '2024-04-18 21:03')
text(m, """您好，

我是陈美玲的女儿林晓慧。我妈妈今天早上在家里测的INR是3.6，上次是2.4。
她最近两个星期在喝中药（丹参和当归），是朋友推荐的，我们不知道会不会影响华法林。
她现在每天吃华法林2.5毫克，星期三吃5毫克。

请问今天晚上需要停一次吗？中药要不要停？她没有出血，也没有黑便。

谢谢！
林晓慧
电话 207-555-0119
""", charset='gb2312', cte='base64')
add('phi', 'lang', '\u9648\u7f8e\u73b2', m)

# lang 5: Arabic mixed with English, multipart/alternative, QP
ar = """Hello,

أنا ريم الحداد، ابنة السيد محمود الحداد. والدي يأخذ Eliquis 5 mg مرتين يومياً.
لاحظنا منذ ثلاثة أيام كدمات كبيرة على ذراعيه، ونزيف خفيف من اللثة عند تنظيف الأسنان.
هل يجب أن يتوقف عن الدواء أو يقلل الجرعة؟ موعده القادم يوم الخميس مع Dr. Achebe.

He is 83 years old and weighs about 64 kg, in case you need it.

رقم هاتفي 207-555-0108
شكراً جزيلاً،
ريم"""
m = new('Reem Al-Haddad <reem.haddad@inboxmail.example>', A['inr'], 'Eliquis - \u0648\u0627\u0644\u062f\u064a \u0645\u062d\u0645\u0648\u062f \u0627\u0644\u062d\u062f\u0627\u062f', '2024-06-19 12:40')
alt(m, ar, '<html><body><div dir="rtl" style="font-family:Tahoma;font-size:11pt">'
    + '<br>\n'.join(esc_html(l) for l in ar.split('\n')) + '</div></body></html>', cte='quoted-printable')
add('phi', 'lang', '\u0645\u062d\u0645\u0648\u062f \u0627\u0644\u062d\u062f\u0627\u062f', m)

# lang 6: Portuguese quoted under an English reply, 8bit latin-1
m = new(A['marcus'], 'Joaquim Esteves Pereira <joaquim.ep@provedor.example>',
        'RE: Viagem ao Brasil - exames de INR', '2024-06-20 10:15')
text(m, """Olá Joaquim!

Yes - bring the meter in your carry-on, not the checked bag (the strips don't
like the cold in the cargo hold). I'll mail you a travel letter today that lists
the meter, strips and lancets, with Dana's signature.

Plan while you're in Belo Horizonte:
  - same dose: 7.5 mg Mon/Fri, 5 mg all other days
  - test on 7/8, 7/15 and 7/22 and email us the number the same day
  - try to keep the feijão com couve the same as at home, don't go overboard

We'll answer within one business day. Boa viagem!

Marcus

""" + SIG['marcus'] + """

-----Original Message-----
From: Joaquim Esteves Pereira
Sent: Wednesday, June 19, 2024 8:40 PM
To: ACHF INR Line
Subject: Viagem ao Brasil - exames de INR

Bom dia,

Sou o Joaquim Esteves Pereira, paciente da clínica de anticoagulação (Dana e
Marcus). Vou viajar para o Brasil de 2 a 30 de julho, para Belo Horizonte, e
preciso saber como fazer os exames de INR lá.

Estou tomando varfarina 7,5 mg às segundas e sextas e 5 mg nos outros dias.
Posso levar o aparelho de casa na mala de mão? Preciso de uma carta para a
companhia aérea por causa das fitas e das lancetas?

Obrigado,
Joaquim
""", charset='iso-8859-1', cte='8bit')
add('phi', 'lang', 'Joaquim Esteves Pereira', m)

# lang 7: Haitian Creole
m = new('Rosemond Jean-Baptiste <rjeanbaptiste@lakesidemail.example>', A['colette'],
        'Pwa mwen jodi a', '2024-06-24 07:05')
text(m, """Bonjou Mis Colette,

Se Rosemond Jean-Baptiste. Mwen te pran pwa m maten an: 196 liv. Yè maten li te
191, epi samdi 190.

Pye m anfle anpil, soulye m pa antre. Yè swa mwen pa t ka dòmi kouche plat,
mwen te oblije chita sou chèz la. Mwen pran Lasix 40 mg chak maten, mwen pa
janm bliye.

Èske m dwe pran yon lòt grenn oswa vini lopital la? Nimewo telefòn mwen se
207-555-0184. Pitit fi m Nadège ka reponn tou.

Mèsi anpil,
Rosemond
""")
add('phi', 'lang', 'Rosemond Jean-Baptiste', m)

# lang 8: Taglish
m = new('Jocelyn Dimaculangan-Reyes <jocelyn.dreyes@mailbox.example>', A['inr'],
        'Warfarin ni Tatay - Ernesto Dimaculangan', '2024-05-04 09:30')
text(m, """Hi Ma'am Dana / Sir Marcus,

Si Jocelyn po ito, anak ni Tatay Ernesto Dimaculangan (DOB 11/23/1942).
Naubos na po yung 2.5 mg na warfarin ni Tatay kahapon, ang natira na lang po ay
yung 5 mg tablets. Pwede ko po bang hatiin yung 5 mg para sa 2.5 mg niya tuwing
Martes at Sabado? Yung INR niya last week 2.7 po sabi ni Nurse Marcus.

Yung pharmacy sa Maple St sabi kailangan daw ng bagong reseta. Pakitawagan na
lang po sila or ako sa 207-555-0190.

Thank you po! God bless.
Jocelyn
""")
add('phi', 'lang', 'Ernesto Dimaculangan', m)


# =====================================================================
# CLEAN - STAFF
# =====================================================================

# staff 1: on-call table
rows = [['Week', 'INR line AM (8-12)', 'INR line PM (12-4:30)', 'Pharmacist on call (after hrs)', 'Pager'],
        ['6/3 - 6/7', 'Oyelaran', 'Sorvino', 'Whitcombe', '555-0181'],
        ['6/10 - 6/14', 'Sorvino', 'Oyelaran', 'Venkataraman', '555-0182'],
        ['6/17 - 6/21', 'Oyelaran', 'Baptiste', 'Hradek', '555-0183'],
        ['6/24 - 6/28', 'Baptiste', 'Sorvino', 'Whitcombe', '555-0181'],
        ['7/1 - 7/5*', 'Oyelaran', 'Sorvino', 'Venkataraman', '555-0182']]
m = new(A['ruth'], A['team'], 'June INR line / after-hours pharmacist schedule (final)', '2024-05-28 12:00')
text(m, """Hi team,

Final June coverage below. *7/4 is a holiday - the INR line forwards to the
hospital operator, and the on-call pharmacist covers callbacks from 8-12 only.

""" + fixed_table(rows, '  |  ') + """

Reminders:
- After-hours pharmacist is reachable through the operator at (207) 555-0100.
- If you trade a shift, update the AMiON grid AND reply-all so Keisha can fix
  the phone tree.
- Gabe covers NP questions for the HF side Mon/Wed/Fri; Dr. Greer-Whitman's
  group covers Tue/Thu.

Ruth

""" + SIG['ruth'] + '\n')
add('clean', 'staff', '', m)

# staff 2: HTML directory
rows = [['Name', 'Credentials', 'Role', 'Ext', 'Cell', 'Days'],
        ['Ruth Ellingsen', 'PharmD, MBA', 'Clinic Manager', '0141', '(207) 555-0160', 'M-F'],
        ['Dana Whitcombe', 'PharmD, CACP', 'Clinical Pharmacist - Anticoag', '0142', '(207) 555-0161', 'M-F'],
        ['Priya Venkataraman', 'PharmD, BCPS', 'Clinical Pharmacist Practitioner', '0144', '(207) 555-0162', 'M-Th'],
        ['Tom Hradek', 'PharmD', 'Clinical Pharmacist - HF', '0145', '(207) 555-0165', 'Tu-F'],
        ['Gabriel Mendes', 'MSN, AGNP-C', 'Nurse Practitioner - HF', '0143', '(207) 555-0166', 'M, W, F'],
        ['Colette Baptiste', 'RN, BSN, CHFN', 'HF Nurse Coordinator', '0146', '(207) 555-0167', 'M-F'],
        ['Marcus Oyelaran', 'RN', 'Anticoagulation Nurse', '0147', '(207) 555-0168', 'M-F'],
        ['Lena Sorvino', 'RN', 'Remote Monitoring Nurse', '0148 x2', '(207) 555-0169', 'M-Th'],
        ['Keisha Dunmore', '', 'Patient Access Representative', '0140', '-', 'M-F']]
m = new(A['keisha'], A['team'], 'Updated ACHF Clinic Directory - May 2024', '2024-05-02 09:05')
html(m, '<html><body style="font-family:Calibri;font-size:11pt"><p>Hi all, updated directory below (Tom\'s new days and Lena\'s extension). '
     'Please let me know about any corrections before I send it to the operators and to Lakemont Heart Associates.</p>'
     + table_html(rows) + '<p>Clinic main line (207) 555-0140 &middot; Fax (207) 555-0149 &middot; INR line (207) 555-0150<br>'
     'Harbor Pavilion, Suite 310, 2 Harbor Street, Millbrook ME</p><p>Keisha</p></body></html>')
add('clean', 'staff', '', m)

# staff 3: clinical talk, general terms
m = new(A['priya'], A['team'], 'Reminder: apixaban dose-reduction criteria (and what NOT to use)', '2024-04-12 13:41')
text(m, """Hi all,

Quick refresher since this came up a few times in chart audits this quarter.

For apixaban in AF, reduce to 2.5 mg BID only if the patient meets at least
2 of these 3:
   - age >= 80
   - weight <= 60 kg
   - serum creatinine >= 1.5 mg/dL

CrCl alone is NOT a criterion for apixaban in AF (it is for rivaroxaban,
edoxaban and dabigatran). Underdosing is the more common error we see, and it's
associated with higher stroke rates without a bleeding benefit in the
observational data.

For VTE treatment the dose logic is different (10 mg BID x 7 days then 5 mg BID;
2.5 mg BID only for extended prophylaxis after 6 months). Please don't apply the
AF criteria to VTE patients.

The DOAC monitoring note template in eRecord now calculates the criteria for
you - please use it rather than free text.

Priya

""" + SIG['priya'] + '\n')
add('clean', 'staff', '', m)

# staff 4: huddle summary with aggregate numbers
m = new(A['ruth'], A['team'], 'Friday huddle notes 5/10', '2024-05-10 12:30')
text(m, """Notes from this morning's huddle:

1. Volume last week: INR line 312 calls (41 out-of-range INRs, 6 > 4.5),
   HF phone follow-ups 88, CardioLink alerts 57 (median time to acknowledge
   1 h 42 min - goal < 4 h, nice work).
2. Clinic-wide time in therapeutic range for April: 67.4% (March 65.9%).
   Home-meter patients 72%, clinic fingerstick 63%.
3. Priya is out 5/20-5/24. Dana covers her DOAC reviews; Tom covers the
   Thursday PM pharmacist visits.
4. The new 3B POC meter needs QC logged daily - Marcus is the super-user.
5. Reminder that interpreter services must be used for any dose change calls,
   not family members, unless the patient declines (document the decline).

Next huddle Friday 5/17, 8:15 in 3A.

Ruth
""")
add('clean', 'staff', '', m)

# staff 5: shift swap
m = new(A['lena'], A['marcus'], 'swap 6/22 for 6/29?', '2024-06-06 14:22', cc=A['keisha'])
text(m, """Hey Marcus,

Any chance you could take my Sat 6/22 weekend phone triage (8-12) and I'll do
your 6/29? My son's graduation got moved to the 22nd. If yes I'll update AMiON
and Keisha can swap the phone tree.

Thanks!!
Lena
""")
add('clean', 'staff', '', m)

# staff 6: competency tracker XLSX
m = new(A['marcus'], A['pool'], 'POC INR meter competencies due - please sign up', '2024-03-25 10:10', cc=A['ruth'])
text(m, """Hi all,

Annual competency for the CoagSure XS point-of-care meter and the HF scale
calibration check is due by 4/30. Tracker attached - please pick a slot in the
"Session" column and reply to me. Sessions are 20 minutes in 3B.

Marcus (super-user)
""")
rows = [['Staff', 'Role', 'POC INR last done', 'Due by', 'Scale cal. last done', 'Session', 'Signed off'],
        ['Baptiste, Colette', 'RN', '2023-04-11', '2024-04-30', '2023-04-11', '', ''],
        ['Sorvino, Lena', 'RN', '2023-04-18', '2024-04-30', '2023-04-18', '', ''],
        ['Oyelaran, Marcus', 'RN', '2023-03-30', '2024-04-30', '2023-03-30', 'trainer', 'Y'],
        ['Whitcombe, Dana', 'PharmD', '2023-04-20', '2024-04-30', 'n/a', '', ''],
        ['Venkataraman, Priya', 'PharmD', '2023-04-20', '2024-04-30', 'n/a', '', ''],
        ['Hradek, Tom', 'PharmD', '2023-09-05', '2024-09-30', 'n/a', '', ''],
        ['Mendes, Gabriel', 'NP', '2023-04-25', '2024-04-30', 'n/a', '', ''],
        ['Float: Ashby, Corinne', 'RN', '2023-11-02', '2024-11-30', '2023-11-02', '', '']]
attach(m, make_xlsx(rows, 'Competency 2024'), *XLSX, 'ACHF_competency_tracker_2024.xlsx')
add('clean', 'staff', '', m)

# staff 7: provider asks a general protocol question; quoted reply
m = new(A['colette'], A['greer'], 'RE: weight-gain call threshold for your program?', '2024-04-04 15:18')
text(m, """Hi Dr. Greer-Whitman,

Our standing protocol (ACHF-HF-03, last revised 1/2024):

- Patients call, or the CardioLink alert fires, at >= 3 lb in 24 h or
  >= 5 lb in 7 days.
- RN phone assessment within 4 business hours: symptoms, orthopnea, diet,
  adherence, BP/HR.
- If the patient has a diuretic sliding scale on file, RN can advise one
  extra dose per the scale and recheck weight next morning.
- Anything beyond one extra dose, any new dyspnea at rest, or SBP < 90 goes
  to the NP (or covering cardiologist) the same day.

Happy to send you the protocol PDF and the patient sliding-scale template if
your group wants to standardize to it.

Colette

""" + SIG['colette'] + """

-----Original Message-----
From: Paul Greer-Whitman
Sent: Thursday, April 4, 2024 11:02 AM
To: Colette Baptiste
Subject: weight-gain call threshold for your program?

Colette - we're rewriting our office handout. What thresholds does your clinic
use for the "call us" instruction on daily weights, and do your RNs adjust
diuretics without an order each time? Trying to keep our messaging consistent
with yours. Thanks, PGW
""")
add('clean', 'staff', '', m)


# =====================================================================
# CLEAN - ADMIN
# =====================================================================

# admin 1: IT downtime
m = new('Lakemont IT Service Desk <itsd@%s>' % HOSP, 'All Ambulatory Staff <amb-all@%s>' % HOSP,
        'PLANNED DOWNTIME: eRecord Sun 6/9 01:00-05:00', '2024-06-04 16:00')
alt(m, """PLANNED DOWNTIME NOTICE - Change CHG0081774

What:    eRecord upgrade to version 24.2 (all modules, including Ambulatory,
         Lab, Pharmacy and the patient portal)
When:    Sunday June 9, 2024, 01:00 - 05:00
Impact:  read-only BCA workstations available; lab results will queue and post
         after the upgrade; CardioLink and CoagSure result interfaces will
         resume automatically.

Departments with weekend phone triage: use the downtime forms in the red
binder and back-enter within 24 hours.

Questions: IT Service Desk x4357 or itsd@lakemontregional.example""",
    '<html><body style="font-family:Arial;font-size:10pt"><h2 style="color:#b00">PLANNED DOWNTIME</h2>'
    '<p><b>Change:</b> CHG0081774<br><b>What:</b> eRecord upgrade to 24.2 (all modules)<br>'
    '<b>When:</b> Sunday June 9, 2024, 01:00-05:00<br><b>Impact:</b> read-only BCA workstations available; results queue and post afterward.</p>'
    '<p>Departments with weekend phone triage: use the downtime forms in the red binder and back-enter within 24 hours.</p>'
    '<p>Questions: IT Service Desk x4357</p></body></html>')
attach(m, ('AMBULATORY DOWNTIME CHECKLIST (rev 2024-05)\r\n\r\n'
           '1. Before 01:00 print the next-day schedule and the 24-hour BCA summary report.\r\n'
           '2. During downtime document on paper forms (red binder): phone triage, INR results, orders.\r\n'
           '3. Do not use personal devices or email to record clinical information.\r\n'
           '4. After "system up" page: back-enter paper documentation within 24 hours, then\r\n'
           '   place the paper forms in the HIM scanning bin labeled with the department name.\r\n'
           '5. Report any lost results or interface gaps to the IT Service Desk, x4357.\r\n').encode('ascii'),
       'text', 'plain', 'Downtime_checklist_ambulatory.txt')
add('clean', 'admin', '', m)

# admin 2: vendor invoice PDF
m = new('CoagSure Direct Billing <ar@coagsure-direct.example>', A['ruth'],
        'Invoice INV-2024-03318 - Lakemont Regional ACHF (Acct LRMC-00219)', '2024-04-01 08:30')
text(m, """Dear Customer,

Please find attached invoice INV-2024-03318 for clinic supplies shipped
03/22/2024 under PO 4500177260. Payment terms Net 45.

Account: LRMC-00219
Amount due: $4,186.40

Thank you for your business.
CoagSure Direct - Accounts Receivable
""")
inv = ['COAGSURE DIRECT, INC.                                INVOICE',
       '1200 Commerce Pkwy, Suite 4, Dover DE                 INV-2024-03318',
       '', 'Bill to: Lakemont Regional Medical Center - ACHF Clinic',
       '         Attn: Accounts Payable, 40 Harbor Street, Millbrook ME 04999',
       'Account: LRMC-00219     PO: 4500177260     Ship date: 03/22/2024', '',
       'ITEM        DESCRIPTION                              QTY   UNIT      TOTAL',
       '-' * 78,
       'CS-XS-48    CoagSure XS PT/INR test strips, 48/bx     40   $82.50  $3,300.00',
       'CS-LAN-200  Safety lancets 21G, 200/bx                 6   $24.90    $149.40',
       'CS-QC-L2    Liquid QC level 2, 4 x 1 mL                5   $71.00    $355.00',
       'CS-XS-MTR   CoagSure XS POC meter (clinic)             1  $349.00    $349.00',
       'FRT         Freight                                    1   $33.00     $33.00',
       '-' * 78,
       '                                                  TOTAL DUE  $4,186.40', '',
       'Remit to: CoagSure Direct, PO Box 5521, Dover DE. Terms Net 45.']
attach(m, make_pdf(inv, font='Courier', size=9, title='INV-2024-03318'), *PDF, 'INV-2024-03318.pdf')
add('clean', 'admin', '', m)

# admin 3: HR reminders
m = new('Lakemont HR Service Center <hr-service@%s>' % HOSP, 'Pharmacy & Ambulatory Managers <mgrs-amb@%s>' % HOSP,
        'Action needed: mid-year reviews and PTO carryover', '2024-06-03 09:00')
text(m, """Managers,

Two reminders for June:

1. Mid-year check-ins are due in Workday by June 28. The form is shorter this
   year (goals + one development item). Employees complete the self-review
   first; you'll get the task after they submit.

2. PTO carryover: balances above 240 hours on July 1 will be capped. Please
   encourage staff near the cap to schedule time now. A report of your
   department's balances is available under Team > Time Off > Balances.

Timesheets for the June 14 pay period close at noon on Monday June 17 because of
the system upgrade weekend.

HR Service Center | x4470
""")
add('clean', 'admin', '', m)

# admin 4: facilities mail forwarded as message/rfc822
inner = new('Facilities Work Control <workcontrol@%s>' % HOSP, A['ruth'],
            'WO 24-06117 scheduled: HVAC Harbor Pavilion Ste 310 rooms 3A/3B', '2024-05-14 10:22')
text(inner, """Work Order:   24-06117
Location:     Harbor Pavilion, Suite 310, rooms 3A and 3B
Problem:      Supply air too warm; thermostat 3B reads 79F at noon
Scheduled:    Thursday 5/16, 06:30 - 09:00 (before clinic opens)
Technician:   Rick Albanese, HVAC
Notes:        Tech needs access to ceiling above the med room. Please make sure
              the keypad code is shared with Security for early entry.""")
m = new(A['ruth'], A['team'], 'FW: HVAC work Thursday AM - 3A/3B', '2024-05-14 10:40')
text(m, """FYI - HVAC is coming Thursday before clinic. Marcus, please move the POC meter and
QC kit out of 3B Wednesday evening and lock them in the med room. Should be
done by 9; first appointments in 3B are at 9:15.

Ruth
""")
m.add_attachment(inner, filename='WO 24-06117.eml')
add('clean', 'admin', '', m)

# admin 5: vendor contract renewal, DOCX
m = new('Jonah Pryce <jpryce@%s>' % HOSP, A['ruth'],
        'CardioLink RPM renewal - redline summary for review', '2024-05-22 14:48', cc='Supply Chain Contracts <contracts@%s>' % HOSP)
text(m, """Ruth,

Attached is the summary of CardioLink's proposed changes for the FY25 renewal.
The big ones are the per-patient monthly price and the device replacement
language. Legal has no concerns with the BAA, which is unchanged from 2022.

Can we meet Tuesday to settle our counter on pricing?

Jonah Pryce
Contract Specialist, Supply Chain
x3318
""")
doc = make_docx([
    ('h', 'CardioLink RPM Services Agreement - FY25 Renewal Redline Summary'),
    'Prepared by Supply Chain Contracts, 05/22/2024. Agreement no. LRH-SC-2022-0419.',
    [['Section', 'Current (FY24)', 'Proposed (FY25)', 'Comment'],
     ['4.1 Monthly fee per enrolled patient', '$38.00', '$44.50', '17% increase; benchmark $39-41'],
     ['4.3 Minimum enrollment', '10 patients', '25 patients', 'clinic averages 14-18'],
     ['6.2 Device replacement', 'vendor cost', '$65 after first replacement', 'ask for 2 free per patient-year'],
     ['8.1 Term', '24 months', '36 months', 'acceptable with 90-day out'],
     ['11 Business Associate Agreement', '2022 BAA', 'no change', 'Legal OK']],
    'Recommendation: counter at $40.00 with minimum 12 patients and 2 free device replacements per patient-year.',
])
attach(m, doc, *DOCX, 'CardioLink_FY25_redline_summary.docx')
add('clean', 'admin', '', m)

# admin 6: billing aggregate, CSV
m = new('Revenue Integrity <rev-integrity@%s>' % HOSP, A['ruth'], 'ACHF charge summary - May 2024', '2024-06-06 11:00')
text(m, """Ruth,

May charge summary for the ACHF cost center (6120-310) is attached. Overall
volume is up 6% over April. Denial rate on 93793 dropped to 4.1% after the
modifier fix. No action needed unless something looks off to you.

Revenue Integrity
""")
rows = [['CPT/HCPCS', 'Description', 'Units', 'Gross charges', 'Expected reimb', 'Denials', 'Denial rate'],
        ['93793', 'Anticoagulant mgmt, INR review', 1284, '$96,300.00', '$17,976.00', 53, '4.1%'],
        ['99211', 'Office visit, minimal (RN)', 402, '$36,180.00', '$9,246.00', 11, '2.7%'],
        ['85610', 'Prothrombin time, POC', 611, '$27,495.00', '$3,238.30', 7, '1.1%'],
        ['G0249', 'Home INR demo/training', 9, '$1,710.00', '$1,102.50', 1, '11.1%'],
        ['G0250', 'Home INR physician review', 188, '$12,220.00', '$2,810.60', 4, '2.1%'],
        ['99454', 'RPM device supply, 30 days', 15, '$1,350.00', '$751.50', 0, '0.0%'],
        ['99457', 'RPM treatment mgmt, first 20 min', 15, '$1,275.00', '$739.50', 0, '0.0%']]
attach(m, csv_text(rows), 'text', 'csv', 'ACHF_charge_summary_2024-05.csv')
add('clean', 'admin', '', m)

# admin 7: meeting minutes
m = new(A['ruth'], 'ACHF Operations Committee <achf-ops@%s>' % HOSP, 'Minutes - ACHF Operations Committee 4/17', '2024-04-18 09:15')
alt_plain = """ACHF OPERATIONS COMMITTEE - MINUTES
Wednesday April 17, 2024, 12:00-13:00, Harbor Pavilion 3A / Teams

Present: R. Ellingsen (chair), D. Whitcombe, P. Venkataraman, T. Hradek,
G. Mendes, C. Baptiste, M. Oyelaran, K. Dunmore; guest J. Pryce (Supply Chain)
Absent: L. Sorvino

1. Phone system. The INR line hold time averaged 4:10 in March. Keisha will
   pilot a callback option starting 5/1. DECISION: approved.
2. Room 3B. Move scheduled for 5/2 PM. POC fingersticks move to 3A that day.
3. CardioLink renewal. Contract expires 7/31. Jonah presenting redline next
   month. ACTION: Ruth to pull 12-month enrollment counts.
4. Collaborative practice agreement. Annual re-signature due 6/30 with
   Drs. Achebe, Carvalho and Greer-Whitman. ACTION: Dana.
5. Staffing. Float RN Corinne Ashby will cover Fridays through June.

Next meeting: Wednesday May 15, 12:00.
Minutes: K. Dunmore"""
alt(m, alt_plain, p2html(alt_plain))
add('clean', 'admin', '', m)


# =====================================================================
# CLEAN - LOOKALIKE
# =====================================================================

# look 1: airline confirmation, member number
m = new('Ridgeway Air <itinerary@ridgewayair.example>', A['dana'],
        'Your trip confirmation K7QZPD - Portland to Denver, Nov 7', '2024-06-14 19:26')
alt(m, """RIDGEWAY AIR - TRIP CONFIRMATION

Confirmation code: K7QZPD
Passenger: WHITCOMBE/DANA MS
SkyMiles+ member #: RW 448 213 907 (Silver)
Ticket: 0387 2219 440182

Thu 07NOV  RW 1184  PWM 06:10 -> ORD 07:52   Seat 14C
Thu 07NOV  RW  622  ORD 09:05 -> DEN 10:58   Seat 11D
Sun 10NOV  RW  631  DEN 13:40 -> ORD 17:22   Seat 12C
Sun 10NOV  RW 1191  ORD 18:30 -> PWM 21:44   Seat 14C

Fare: $486.20 charged to card ending 4471.
Special service requests: none.
Check in online 24 hours before departure.""",
    '<html><body style="font-family:Arial;font-size:11pt"><h2 style="color:#0b3c6d">Ridgeway Air</h2>'
    '<p>Thanks for flying with us, Dana! Confirmation code <b>K7QZPD</b></p>'
    '<p>Passenger: WHITCOMBE/DANA MS<br>SkyMiles+ member #: RW 448 213 907 (Silver)<br>Ticket: 0387 2219 440182</p>'
    + table_html([['Date', 'Flight', 'From', 'To', 'Seat'],
                  ['Thu 07NOV', 'RW 1184', 'PWM 06:10', 'ORD 07:52', '14C'],
                  ['Thu 07NOV', 'RW 622', 'ORD 09:05', 'DEN 10:58', '11D'],
                  ['Sun 10NOV', 'RW 631', 'DEN 13:40', 'ORD 17:22', '12C'],
                  ['Sun 10NOV', 'RW 1191', 'ORD 18:30', 'PWM 21:44', '14C']])
    + '<p>Fare $486.20 charged to card ending 4471. Special service requests: none.</p></body></html>')
add('clean', 'lookalike', '', m)

# look 2: credit union / HSA notice
m = new('Pinewood Federal Credit Union <alerts@pinewoodfcu.example>', A['marcus'],
        'Your May eStatement is ready - Member #****8834', '2024-06-02 05:12')
text(m, """Hello MARCUS OYELARAN,

Your eStatement for the period ending 05/31/2024 is now available in online
banking.

Member number:        ****8834
Accounts included:    Share Savings (S01), Checking (S10),
                      Health Savings Account (S40)
HSA contributions YTD: $1,450.00 (payroll - Lakemont Regional Health)

Log in at pinewoodfcu.example to view or download. We will never ask for your
password or full account number by email.

Pinewood FCU | Federally insured by NCUA | (207) 555-0195
""")
add('clean', 'lookalike', '', m)

# look 3: auto insurance claim
m = new('Harborline Mutual Claims <claims@harborlinemutual.example>', A['tom'],
        'Claim AU-24-0558731 - estimate approved', '2024-04-10 13:05')
text(m, """Dear Thomas Hradek,

We have approved the repair estimate for your claim.

Claim number:    AU-24-0558731
Policy number:   HPA 2207 4419
Insured vehicle: 2019 Subaru Outback, VIN ending 30827
Date of loss:    04/02/2024 (parking lot, Harbor Pavilion garage level 2)
Injuries:        none reported
Repair shop:     Cote's Collision, Millbrook - estimate $2,318.44
Deductible:      $500.00

Your rental reimbursement coverage allows up to $40/day for 10 days. Your
adjuster is Denise Fortier, (800) 555-0188 ext. 6612.

Harborline Mutual Insurance
""")
add('clean', 'lookalike', '', m)

# look 4: supply order and tracking
m = new('MedSupply Express <orders@medsupplyexpress.example>', A['colette'],
        'Order MS-889120 has shipped', '2024-03-28 15:44')
html(m, """<html><body style="font-family:Arial;font-size:10pt">
<p>Hi Colette,</p>
<p>Good news - your order <b>MS-889120</b> has shipped.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Item</th><th>SKU</th><th>Qty</th><th>Price</th></tr>
<tr><td>Bluetooth digital bathroom scale, 550 lb capacity</td><td>BTS-550</td><td>20</td><td>$31.95</td></tr>
<tr><td>Automatic upper-arm BP monitor, large cuff</td><td>BPM-L22</td><td>10</td><td>$42.00</td></tr>
<tr><td>AAA batteries, 24 pk</td><td>BAT-AAA24</td><td>6</td><td>$9.49</td></tr>
</table>
<p>Ship to: ACHF Clinic, Harbor Pavilion Ste 310, 2 Harbor Street, Millbrook ME 04999, Attn: Colette Baptiste<br>
Carrier: Parcel Ground &middot; Tracking: 1ZX7 48E0 3361 2290 8 &middot; Est. delivery 04/02<br>
Customer #: C-0071362 &middot; PO: 4500178814</p>
<p>Questions? Reply to this email or call (800) 555-0142.</p>
</body></html>""")
add('clean', 'lookalike', '', m)

# look 5: employee benefits question, no health detail
m = new('Benefits Team <benefits@%s>' % HOSP, A['lena'], 'RE: adding spouse to dental/vision - Employee ID 100482', '2024-05-23 10:47')
text(m, """Hi Lena,

Congratulations! Marriage is a qualifying life event, so you have 30 days from
the date of the wedding (5/18) to add your husband.

In Workday go to Benefits > Change Benefits > Marriage, enter 5/18/2024 as the
event date, and add him to dental and vision. You'll need to upload a copy of
the marriage certificate within 30 days or the coverage will be reversed.
Premiums change starting the first paycheck in June.

Let us know if you get stuck.

Benefits Team | HR Service Center x4470

-----Original Message-----
From: Lena Sorvino
Sent: Wednesday, May 22, 2024 4:18 PM
To: Benefits Team
Subject: adding spouse to dental/vision - Employee ID 100482

Hi, I got married on Saturday and want to add my husband to my dental and
vision plans (he has his own medical through work). What do I need to do and
is there a deadline? Employee ID 100482. Thanks, Lena Sorvino
""")
add('clean', 'lookalike', '', m)

# look 6: ZZTEST patients in build environment
m = new('Nora Lindahl <nlindahl@%s>' % HOSP, A['dana'], 'TST validation: new INR flowsheet and BPA', '2024-05-02 11:30', cc=A['priya'])
text(m, """Hi Dana,

The new anticoag flowsheet and the supratherapeutic INR BPA are built in TST.
Could you validate before Friday? Use these test patients only (TST, not PRD):

  ZZTEST, WARFARIN     MRN 99990012   DOB 01/01/1950
  ZZTEST, DOACONE      MRN 99990013   DOB 01/01/1960
  ZZTEST, HFWEIGHT     MRN 99990014   DOB 01/01/1945

Scenarios I already ran:
  - ZZTEST, WARFARIN: entered INR 4.2 -> BPA fired, hold-dose order set
    defaulted correctly
  - ZZTEST, WARFARIN: entered INR 1.4 -> no BPA (expected)
  - ZZTEST, HFWEIGHT: weight +3.2 lb vs prior -> weight alert row highlighted

Still need you to check the weekly-dose calculator rounding with 2.5 mg tabs.

Nora Lindahl
Application Analyst, eRecord Ambulatory
""")
add('clean', 'lookalike', '', m)

# look 7: gym membership
m = new('Lakemont Wellness Center <membership@lakemontwellness.example>', A['priya'],
        'Membership renewal - Member # WC-20417', '2024-06-20 07:30')
alt(m, """Hi Priya,

Your employee membership (Member # WC-20417) renews on July 1. Dues of $18.00
will continue by payroll deduction unless you cancel by June 25.

New this summer:
  - Heart-Healthy Yoga, Tue/Thu 5:30 pm
  - Cardio Kickboxing, Mon/Wed 6:00 am
  - Free fitness assessment for members who renew (book at the front desk)

See you at the gym!
Lakemont Wellness Center | Harbor Pavilion lower level | (207) 555-0196""",
    '<html><body style="font-family:Verdana;font-size:10pt"><h3 style="color:#2a7">Lakemont Wellness Center</h3>'
    '<p>Hi Priya,</p><p>Your employee membership (<b>Member # WC-20417</b>) renews on July 1. Dues of $18.00 will continue by payroll deduction unless you cancel by June 25.</p>'
    '<ul><li>Heart-Healthy Yoga, Tue/Thu 5:30 pm</li><li>Cardio Kickboxing, Mon/Wed 6:00 am</li>'
    '<li>Free fitness assessment for members who renew</li></ul><p>See you at the gym!</p></body></html>')
add('clean', 'lookalike', '', m)


# =====================================================================
# CLEAN - NEWS
# =====================================================================

# news 1: clinic newsletter
m = new('ACHF Clinic <achf-team@%s>' % HOSP, 'Lakemont Heart & Vascular Staff <hv-staff@%s>' % HOSP,
        'Anticoag Corner - Spring 2024', '2024-04-02 08:00')
html(m, """<html><body style="font-family:Georgia,serif;font-size:11pt;max-width:640px">
<h1 style="color:#7a1f2b">Anticoag Corner</h1><p><i>Spring 2024 &middot; news from the Anticoagulation &amp; Heart Failure Clinic</i></p>
<h3>By the numbers (Q1)</h3>
<ul><li>1,146 patients actively managed (812 warfarin, 334 DOAC)</li>
<li>Time in therapeutic range: 66.1% clinic-wide, 71.8% for home-meter patients</li>
<li>CardioLink remote monitoring: 16 active enrollees, 98% of alerts acknowledged within 4 hours</li></ul>
<h3>Tip: vitamin K is about consistency</h3>
<p>Patients on warfarin do not need to avoid leafy greens. What matters is eating about the same amount week to week. Please reinforce this when you see patients who have "given up salad".</p>
<h3>Welcome</h3>
<p>Please welcome Tom Hradek, PharmD, who joined the heart-failure side of the clinic in March after eight years in inpatient cardiology.</p>
<h3>Referrals</h3>
<p>Use the eRecord order <b>Ambulatory referral to Anticoagulation Clinic</b>. Urgent same-week starts: call (207) 555-0140.</p>
</body></html>""")
add('clean', 'news', '', m)

# news 2: patient education broadcast
m = new('ACHF Clinic <achf-team@%s>' % HOSP, 'undisclosed-recipients:;', 'Your daily weight: 5 steps that keep you out of the hospital', '2024-05-01 10:00')
text(m, """Hello from the Heart Failure Clinic at Lakemont Regional,

This is our monthly education note for patients and families.

YOUR DAILY WEIGHT - 5 STEPS
1. Weigh yourself every morning after using the bathroom, before breakfast.
2. Use the same scale, on a hard floor, wearing similar clothing.
3. Write it down or let your CardioLink scale send it.
4. Call us if you gain 3 pounds in a day or 5 pounds in a week.
5. Also call for new swelling, a cough that won't quit, or trouble breathing
   when lying flat.

Low-salt tip of the month: canned soups are among the saltiest foods in the
grocery store. Look for "low sodium" (140 mg or less per serving).

Heart Failure Clinic: (207) 555-0140, Mon-Fri 8-4:30
After hours, call (207) 555-0100 and ask for the on-call cardiology provider.
In an emergency call 911.

To stop receiving these messages, reply UNSUBSCRIBE.
""")
add('clean', 'news', '', m)

# news 3: public community announcement
m = new('Lakemont Community Relations <community@%s>' % HOSP, 'Lakemont News List <news@%s>' % HOSP,
        'Free pulse checks and AFib info table - Millbrook Farmers Market, Sat 5/18', '2024-05-09 09:00')
alt(m, """FOR IMMEDIATE RELEASE

Lakemont Regional offers free pulse checks during Stroke Awareness Month

MILLBROOK - Pharmacists and nurses from Lakemont Regional's Anticoagulation &
Heart Failure Clinic will offer free pulse and blood pressure checks at the
Millbrook Farmers Market on Saturday, May 18, from 8 a.m. to noon.

An irregular heartbeat can raise the risk of stroke, and many people don't know
they have it. Staff will share information on warning signs of stroke
(BE FAST), blood thinners, and when to see a doctor. No appointment needed;
no personal information is collected.

Media contact: Gwen Aldous, Community Relations, (207) 555-0198""",
    p2html("""FOR IMMEDIATE RELEASE

Lakemont Regional offers free pulse checks during Stroke Awareness Month

MILLBROOK - Pharmacists and nurses from Lakemont Regional's Anticoagulation & Heart Failure Clinic will offer free pulse and blood pressure checks at the Millbrook Farmers Market on Saturday, May 18, from 8 a.m. to noon.

An irregular heartbeat can raise the risk of stroke, and many people don't know they have it. Staff will share information on warning signs of stroke (BE FAST), blood thinners, and when to see a doctor. No appointment needed; no personal information is collected.

Media contact: Gwen Aldous, Community Relations, (207) 555-0198"""))
add('clean', 'news', '', m)

# news 4: research summary in aggregate
m = new(A['priya'], 'Pharmacy Journal Club <rx-journalclub@%s>' % HOSP,
        'Journal club recap + our home-INR QI results', '2024-06-13 16:30')
text(m, """Thanks to everyone who came to journal club.

1) Article discussed: a retrospective cohort of 18,412 older adults switched
   from warfarin to a DOAC. Major bleeding 3.1 vs 3.6 per 100 patient-years
   (HR 0.86, 95% CI 0.77-0.96); no difference in ischemic stroke. Limitations:
   claims data, no INR history before the switch, residual confounding by
   frailty.

2) Our own QI project (approved by the QI committee, de-identified, aggregate):
   212 clinic patients moved to home INR testing between 2022 and 2023.
     - TTR before: 61.2%   after 6 months: 70.9%
     - INR > 5 events per 100 patient-months: 1.8 -> 1.1
     - Median clinic visits per year: 14 -> 3
   Poster accepted at the regional pharmacy meeting in October.

Slides are on the shared drive under Journal Club/2024-06.

Priya
""")
add('clean', 'news', '', m)

# news 5: volunteer spotlight
m = new('Volunteer Services <volunteers@%s>' % HOSP, 'All Staff <allstaff@%s>' % HOSP,
        'Volunteer Spotlight: Harold Brenner, 20 years at the Harbor Pavilion desk', '2024-04-22 08:30')
html(m, """<html><body style="font-family:Arial;font-size:11pt;max-width:600px">
<h2 style="color:#35608f">Volunteer Spotlight</h2>
<h3>Harold Brenner - 20 years of "Can I help you find something?"</h3>
<p>If you've walked into Harbor Pavilion on a Tuesday or Thursday morning since 2004, you've met Harold. A retired machinist from the Westbrook paper mill, Harold has logged more than 6,300 volunteer hours at the information desk, and he still draws the best hand-drawn maps to Suite 310 in the building.</p>
<p>"The staff on the third floor always wave when they go by," Harold says. "That's the best part of the job."</p>
<p>Outside the hospital Harold bakes sourdough for the Millbrook food pantry and coaches Little League. Please join us for cake in the Harbor Pavilion lobby on Thursday, April 25 at 10 a.m. to celebrate him.</p>
<p>Interested in volunteering? Call Volunteer Services at (207) 555-0197.</p>
</body></html>""")
add('clean', 'news', '', m)

# news 6: donor spotlight
m = new('Lakemont Health Foundation <foundation@lakemonthealthfdn.example>', 'All Staff <allstaff@%s>' % HOSP,
        'Foundation news: Castellano Family gift brings home INR meters and scales to patients', '2024-06-10 09:00')
alt(m, """LAKEMONT HEALTH FOUNDATION - STAFF NEWS

A $48,000 gift from the Castellano Family Foundation will fund 40 home INR
meters and 60 Bluetooth scales over the next two years for patients of the
Anticoagulation & Heart Failure Clinic whose insurance doesn't cover them.

"Home testing is one of the best tools we have, and cost shouldn't decide who
gets it," said clinic manager Ruth Ellingsen, PharmD.

The Castellanos, longtime owners of Castellano Hardware on Main Street, have
supported the Foundation's community programs since 2011. A thank-you
reception will be held June 27 at 4 p.m. in the Harbor Pavilion atrium.

To make a gift: lakemonthealthfdn.example/give""",
    p2html("""LAKEMONT HEALTH FOUNDATION - STAFF NEWS

A $48,000 gift from the Castellano Family Foundation will fund 40 home INR meters and 60 Bluetooth scales over the next two years for patients of the Anticoagulation & Heart Failure Clinic whose insurance doesn't cover them.

"Home testing is one of the best tools we have, and cost shouldn't decide who gets it," said clinic manager Ruth Ellingsen, PharmD.

The Castellanos, longtime owners of Castellano Hardware on Main Street, have supported the Foundation's community programs since 2011. A thank-you reception will be held June 27 at 4 p.m. in the Harbor Pavilion atrium."""))
add('clean', 'news', '', m)


# =====================================================================
# CLEAN - TRAINING
# =====================================================================

# training 1: quiz with fictitious sample patients
m = new(A['dana'], 'ACHF New Staff <achf-orientation@%s>' % HOSP, 'Warfarin dosing practice quiz (week 2 of orientation)', '2024-03-11 08:45')
text(m, """Welcome to week 2! Please work through these before Thursday's session.
All cases are FICTITIOUS teaching cases - not clinic patients.

CASE 1 - "Sample Patient A", 72 y/o, goal INR 2-3
  Weekly dose 35 mg (5 mg daily). INR today 1.7. No missed doses, no diet or
  medication changes.
  Q1. What new weekly dose would you recommend? (a) no change (b) 37.5 mg
      (c) 40 mg (d) 45 mg

CASE 2 - "Sample Patient B", 80 y/o, goal INR 2-3
  Weekly dose 22.5 mg. INR today 4.8, no bleeding.
  Q2. Hold how many doses, and what is the new weekly dose?

CASE 3 - "Sample Patient C", 65 y/o, goal INR 2.5-3.5
  Started a 10-day course of an interacting antibiotic yesterday.
  Q3. When would you schedule the next INR, and would you adjust pre-emptively?

Bring your answers on paper. We'll go over the clinic nomogram (ACHF-011) and
why we use 10-15% weekly changes.

Dana

""" + SIG['dana'] + '\n')
add('clean', 'training', '', m)

# training 2: template with placeholders
m = new(A['colette'], A['pool'], 'Updated HF phone triage note template (SmartText)', '2024-04-29 14:00')
text(m, """Hi all - the updated triage SmartText (.ACHFHFTRIAGE) is live. Copy below for
reference. Please don't paste real patient details into email when asking
questions about it - use the placeholders.

------------------------------------------------------------
HF PHONE TRIAGE NOTE
Patient: [PATIENT NAME]    DOB: [DOB]    MRN: [MRN]
Call type: [patient-initiated / alert / scheduled follow-up]
Reported weight today: [___] lb   Dry weight: [___] lb   Change: [___]
Symptoms:  [ ] dyspnea on exertion  [ ] orthopnea ( __ pillows)
           [ ] PND  [ ] edema (location ____)  [ ] dizziness
Diuretic on file: [drug/dose]   Sliding scale on file: [Y/N]
Adherence: [missed doses? ____]   Diet: [sodium/fluid issues ____]
Action:    [ ] extra dose per scale  [ ] routed to NP  [ ] ED advised
Follow-up: [date/time of next call]
RN: [NAME, RN]
------------------------------------------------------------

Colette
""")
add('clean', 'training', '', m)

# training 3: policy doc in DOCX
m = new(A['ruth'], A['team'], 'Revised policy ACHF-014: Management of supratherapeutic INR - please read and attest', '2024-03-06 10:00')
text(m, """All,

ACHF-014 has been revised (changes highlighted in section 4). Please read the
attached and complete the attestation in the learning system by 3/29.

Ruth

""" + SIG['ruth'] + '\n')
doc = make_docx([
    ('h', 'Lakemont Regional Medical Center - Anticoagulation & Heart Failure Clinic'),
    ('h', 'Policy ACHF-014: Management of Supratherapeutic INR in Outpatients on Warfarin'),
    'Effective: 03/15/2024   Replaces: 09/01/2021   Owner: Clinic Manager   Approved: P&T Committee 02/27/2024',
    ('h', '1. Purpose'),
    'To standardize the assessment and management of elevated INR values in patients managed by the clinic under the collaborative practice agreement.',
    ('h', '2. Scope'),
    'Clinical pharmacists and registered nurses of the ACHF clinic.',
    ('h', '3. Definitions'),
    'Supratherapeutic INR: an INR above the upper limit of the patient\'s goal range. Critical INR: INR >= 5.0.',
    ('h', '4. Procedure'),
    [['INR', 'Bleeding', 'Action'],
     ['Above goal to < 4.5', 'None', 'Reduce weekly dose 5-15% or hold one dose; recheck 1-2 weeks'],
     ['4.5 - 10', 'None', 'Hold 1-2 doses; consider oral vitamin K 2.5 mg only if high bleeding risk; recheck 2-5 days'],
     ['> 10', 'None', 'Hold warfarin; oral vitamin K 2.5-5 mg; recheck 24-48 h; notify covering physician'],
     ['Any', 'Major or life-threatening', 'Direct patient to ED (911); notify covering physician immediately']],
    '4.5 (new) The pharmacist must document the bleeding screen questions in the anticoagulation encounter for every INR >= 4.5.',
    ('h', '5. References'),
    'Clinic nomogram ACHF-011; Collaborative Practice Agreement 2024; institutional vitamin K formulary guidance.',
])
attach(m, doc, *DOCX, 'ACHF-014_Supratherapeutic_INR_rev2024.docx')
add('clean', 'training', '', m)

# training 4: interface training sample HL7 (fictitious)
m = new('Clinical Applications Training <ca-training@%s>' % HOSP, 'Interface Class Attendees <ifc-class-0522@%s>' % HOSP,
        'Handout for Wednesday: reading an ORU message (sample data)', '2024-05-20 15:00')
text(m, """Hello class,

For Wednesday's session on lab interfaces, please print the sample below. It is
a made-up training message from our TRAIN environment - the patient, MRN and
provider are fictitious.

MSH|^~\\&|LAB|TRAIN|ERECORD|TRAIN|20240101080000||ORU^R01^ORU_R01|TRN00001|T|2.5.1
PID|1||TRN0000001^^^TRAIN^MR||TESTPATIENT^SAMPLE^A||19000101|U
OBR|1|TRNORD1||34714-6^INR^LN|||20240101073000
OBX|1|NM|6301-6^INR^LN||2.5|{INR}|0.9-1.1|H|||F

Exercises:
  1. Which field tells you the message is a test/training message? (MSH-11 = T)
  2. Which segment carries the result, and which field holds the abnormal flag?
  3. Why might OBX-3 use a different LOINC code than OBR-4?

See you Wednesday at 1:00 in the IT training room (B-104).

Clinical Applications Training Team
""")
add('clean', 'training', '', m)

# training 5: orientation case study PDF
m = new(A['gabe'], 'ACHF New Staff <achf-orientation@%s>' % HOSP, 'HF orientation case study for Friday', '2024-03-13 12:10')
text(m, """Please read the attached case before Friday's HF orientation. It's a composite
teaching case (fictitious) - we'll walk through the phone triage decisions
together.

Gabe
""")
cs = ['ACHF ORIENTATION - HEART FAILURE CASE STUDY', 'Composite teaching case. "Mr. E" is fictitious; any resemblance to a real person is coincidental.', '',
      'Background', '  Mr. E is a 74-year-old retired bus driver enrolled in remote weight monitoring.',
      '  Dry weight 180 lb. Home diuretic: furosemide 40 mg daily, sliding scale on file.', '',
      'Day 1  Scale alert: 183.4 lb (+3.4 lb in 24 h).',
      '       On the phone he reports salty take-out the night before, no dyspnea at rest.',
      'Day 2  184.0 lb after one extra dose. New 2-pillow orthopnea.',
      'Day 3  Calls at 4:15 pm: "can\'t catch my breath walking to the kitchen."', '',
      'Discussion questions',
      '  1. What does the protocol allow the RN to do on Day 1?',
      '  2. What changed on Day 2 that requires NP review?',
      '  3. On Day 3, what is the appropriate disposition and how do you document it?',
      '  4. What education would you give at each step?', '',
      'Answer key will be distributed after the session.']
attach(m, make_pdf(cs, title='HF Case Study - Orientation'), *PDF, 'HF_orientation_case_study.pdf')
add('clean', 'training', '', m)

# training 6: DOAC quiz answer key
key = """DOAC DOSING QUIZ - ANSWER KEY (orientation, March cohort)

All scenarios are fictitious.

1. Apixaban for AF, age 82, weight 58 kg, SCr 1.1 -> 2.5 mg BID
   (meets age and weight criteria: 2 of 3).
2. Apixaban for AF, age 79, weight 90 kg, SCr 1.6 -> 5 mg BID
   (only 1 of 3 criteria).
3. Rivaroxaban for AF, CrCl 42 mL/min -> 15 mg daily with the evening meal.
4. Dabigatran for AF, CrCl 25 mL/min -> 75 mg BID per US labeling; discuss
   alternatives with the prescriber.
5. Edoxaban for AF, CrCl 110 mL/min -> avoid (reduced efficacy at CrCl > 95).
6. Apixaban for acute VTE -> 10 mg BID x 7 days, then 5 mg BID.

Passing score 5/6. Please see Priya if you'd like to review any of these."""
m = new(A['priya'], 'ACHF New Staff <achf-orientation@%s>' % HOSP, 'DOAC quiz - answer key', '2024-03-22 16:05')
alt(m, key, p2html(key))
add('clean', 'training', '', m)


# =====================================================================
# WRITE
# =====================================================================
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}
assert COUNTS == EXPECTED, (COUNTS, EXPECTED)
assert len(RECORDS) == 86
assert sum(1 for r in RECORDS if r[1] == 'phi') == 53
assert sum(1 for r in RECORDS if r[1] == 'clean') == 33
assert len(set(r[0] for r in RECORDS)) == 86

for fn, label, kind, patient, msg in RECORDS:
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(msg.as_bytes(policy=policy.SMTP))

with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    wr = csv.writer(f)
    wr.writerow(['file', 'label', 'kind', 'patient_name'])
    for fn, label, kind, patient, msg in RECORDS:
        wr.writerow([fn, label, kind, patient])

for (label, kind), n in COUNTS.items():
    print('%s-%s: %d' % (label, kind, n))
print('total: %d' % len(RECORDS))
