#!/usr/bin/env python3
"""Generate an evaluation mailbox for a cardiopulmonary rehab department and
its home oxygen / sleep equipment supplier.  Standard library only.

usage: python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import json
import random
import zipfile
import zlib
import datetime
from xml.sax.saxutils import escape as xesc
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 12101
random.seed(SEED)

# ---------------------------------------------------------------- domains
HOSP = 'lakeshoremercy.example'
SUPP = 'crestlinehm.example'
CARD = 'baysideheart.example'
PULM = 'nspulmsleep.example'
PLAN = 'evergreenseniorplan.example'

# ---------------------------------------------------------------- people
DANA = 'Dana Whitfield <dwhitfield@%s>' % HOSP
MARCUS = 'Marcus Oyelaran <moyelaran@%s>' % HOSP
PRIYA = 'Priya Raghunathan <praghunathan@%s>' % HOSP
TOM = 'Tom Kessler <tkessler@%s>' % HOSP
LENA = 'Lena Novak <lnovak@%s>' % HOSP
ROSA = 'Rosa Delgado <rdelgado@%s>' % HOSP
FEIST = 'Alan Feist MD <afeist@%s>' % HOSP
HADDAD = 'Samira Haddad MD <shaddad@%s>' % HOSP
REHAB_LIST = 'CP Rehab Staff <cprehab-staff@%s>' % HOSP
GARY = 'Gary Pruitt <gpruitt@%s>' % SUPP
JOLENE = 'Jolene Marsh <jmarsh@%s>' % SUPP
KEVIN = 'Kevin Tran <ktran@%s>' % SUPP
BETH = 'Beth Ostrowski <bostrowski@%s>' % SUPP
CARLOS = 'Carlos Mendes <cmendes@%s>' % SUPP
DISPATCH = 'Crestline Dispatch <dispatch@%s>' % SUPP
INTAKE = 'Crestline Intake <intake@%s>' % SUPP
CS = 'Crestline Customer Care <care@%s>' % SUPP

SIG_DANA = """--
Dana Whitfield, MS, ACSM-CEP
Clinical Exercise Physiologist | Cardiopulmonary Rehabilitation
Lakeshore Mercy Medical Center, Pavilion B, Level 2
(555) 014-3318 | fax (555) 014-3390"""

SIG_MARCUS = """Marcus Oyelaran, RRT
Pulmonary Rehabilitation
Lakeshore Mercy Medical Center
(555) 014-3321"""

SIG_PRIYA = """Priya Raghunathan, BSN, RN, CCRN
Cardiac Rehabilitation Nurse
Lakeshore Mercy Medical Center | Cardiopulmonary Rehab
Phone (555) 014-3325"""

SIG_TOM = """Tom Kessler, MS, CEP
Exercise Physiologist II
Lakeshore Mercy Cardiopulmonary Rehab  x3319"""

SIG_LENA = """Lena Novak
Program Coordinator, Cardiopulmonary Rehabilitation
Lakeshore Mercy Medical Center
T (555) 014-3300  F (555) 014-3390"""

SIG_JOLENE = """Jolene Marsh
Billing & Reimbursement Specialist
Crestline Home Medical, LLC
555-0166 ext 214"""

SIG_KEVIN = """Kevin Tran, RRT, RPSGT
Clinical Respiratory Therapist - Sleep & Oxygen
Crestline Home Medical | 555-0166 ext 230"""

SIG_BETH = """Beth Ostrowski
Intake Coordinator | Crestline Home Medical
ph 555-0166 x201 | fax 555-0167"""

DISC_HOSP = """CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for
the sole use of the intended recipient(s) and may contain confidential and
privileged information. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message. Lakeshore Mercy Health System."""

DISC_SUPP = """Crestline Home Medical, LLC - Accredited DMEPOS supplier.
This message and any attachments are intended only for the addressee and may
contain information that is privileged or confidential. If you received it in
error, please notify the sender and delete it."""

# ---------------------------------------------------------------- helpers
TZ_CDT = datetime.timezone(datetime.timedelta(hours=-5))
TZ_CST = datetime.timezone(datetime.timedelta(hours=-6))


def dt(m, d, h=None, mi=None, y=2024):
    if h is None:
        h = random.randint(7, 17)
    if mi is None:
        mi = random.randint(0, 59)
    tz = TZ_CDT if (3 < m < 11) else TZ_CST
    return format_datetime(datetime.datetime(y, m, d, h, mi,
                                             random.randint(0, 59), tzinfo=tz))


def msgid(domain):
    h = ''.join(random.choice('0123456789abcdef') for _ in range(20))
    return '<%s.%d@%s>' % (h, random.randint(100000, 999999), domain)


def new(frm, to, subject, date, cc=None, reply_to=None, in_reply_to=None,
        headers=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    dom = frm.split('@')[-1].rstrip('>').strip()
    m['Message-ID'] = msgid(dom)
    if reply_to:
        m['Reply-To'] = reply_to
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = in_reply_to
    for k, v in (headers or []):
        m[k] = v
    return m


def text(m, body, charset='utf-8', cte=None):
    if cte:
        m.set_content(body, charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset)
    return m


def html(m, body, charset='utf-8', cte=None):
    if cte:
        m.set_content(body, subtype='html', charset=charset, cte=cte)
    else:
        m.set_content(body, subtype='html', charset=charset)
    return m


def alt(m, body, hbody, charset='utf-8', cte=None):
    text(m, body, charset, cte)
    if cte:
        m.add_alternative(hbody, subtype='html', charset=charset, cte=cte)
    else:
        m.add_alternative(hbody, subtype='html', charset=charset)
    return m


def to_html(body, font='Calibri, Arial, sans-serif'):
    """Turn a plain body into the sort of HTML a mail client would send."""
    paras = body.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(xesc(l) for l in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body style="font-family:%s;font-size:11pt">\n'
            % font + '\n'.join(out) + '\n</body></html>\n')


def att_text(m, data, filename, subtype='plain', charset='utf-8', cte=None):
    kw = dict(subtype=subtype, filename=filename, charset=charset)
    if cte:
        kw['cte'] = cte
    m.add_attachment(data, **kw)


def att_bytes(m, data, filename, maintype, subtype):
    m.add_attachment(data, maintype=maintype, subtype=subtype,
                     filename=filename)


def quote(body, who, when):
    lines = body.strip('\n').split('\n')
    return 'On %s, %s wrote:\n' % (when, who) + '\n'.join(
        ('> ' + l) if l else '>' for l in lines)


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = '\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n' % (
        frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n\n' % subject
    return s


def csv_text(rows):
    bio = io.StringIO()
    w = csv.writer(bio, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return bio.getvalue()


ZDT = (2024, 9, 1, 8, 0, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RELNS = 'http://schemas.openxmlformats.org/package/2006/relationships'
ODREL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s'
                             '</t></is></c>' % (ref, xesc(str(v))))
        rx.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/'
                 'spreadsheetml/2006/main"><sheetData>' + ''.join(rx) +
                 '</sheetData></worksheet>')
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'worksheet+xml"/></Types>')
    rels = (XML_HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>' % (RELNS, ODREL))
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          '2006/main" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/>'
          '</sheets></workbook>' % (ODREL, xesc(sheet)))
    wbrels = (XML_HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/'
              'worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (RELNS, ODREL))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', sheet_xml)])


def docx_bytes(items):
    """items: str -> paragraph ('# ' prefix = bold heading); list of lists -> table."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, xesc(t)))
    for it in items:
        if isinstance(it, str):
            if it.startswith('# '):
                body.append(para(it[2:], True))
            else:
                body.append(para(it))
        else:
            rows = []
            for r in it:
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s'
                                '</w:tc>' % para(str(c)) for c in r)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
                        'w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" '
                        'w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % ''.join(rows))
            body.append(para(''))
    doc = (XML_HEAD + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="12240" '
           'w:h="15840"/></w:sectPr></w:body></w:document>' % (W, ''.join(body)))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/'
          'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = (XML_HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/'
            'officeDocument" Target="word/document.xml"/></Relationships>' % (RELNS, ODREL))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('word/document.xml', doc)])


def pdf_bytes(lines, per_page=54, size=10):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    n = len(pages)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
                ' '.join('%d 0 R' % (4 + 2 * i) for i in range(n)), n)).encode(),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
            b'/Encoding /WinAnsiEncoding >>']
    for i, pl in enumerate(pages):
        content = 'BT /F1 %d Tf 54 760 Td %d TL\n' % (size, size + 3)
        content += ''.join("(%s) '\n" % esc(l) for l in pl) + 'ET\n'
        c = zlib.compress(content.encode('cp1252', 'replace'))
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources '
                     '<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i)).encode())
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(c) + c +
                    b'\nendstream')
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, xref)
    return out


XLSX_T = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX_T = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')
PDF_T = ('application', 'pdf')
ZIP_T = ('application', 'zip')

# ---------------------------------------------------------------- registry
REG = []


def reg(label, kind):
    def deco(fn):
        REG.append((label, kind, fn))
        return fn
    return deco


# ================================================================ PHI: care
@reg('phi', 'care')
def care_1():
    m = new(MARCUS, INTAKE, 'O2 needs for Harold Ketchum - exertion setup',
            dt(9, 17, 11, 42), cc=DANA)
    text(m, """Hi Beth,

Following up on the walk we did with Harold Ketchum in pulm rehab this
morning. On his current POC at pulse setting 2 he dropped to 84% within
3 minutes on the treadmill at 1.8 mph. We put him on 4 L continuous off the
wall and he held 91-93% for the full 20 minutes, HR topped out at 112.

The unit he has now only pulses up to a 3, so he's going to need something
that does continuous flow for exertion, or E tanks with a regulator that
goes to 4 LPM. Dr. Haddad is sending the updated order this afternoon:
4 LPM continuous with exertion, 2 LPM at rest and sleep (rest/sleep
unchanged).

He's back here Thursday at 10:30 - it would be great if he had the new
setup by then so we can try it on the track. His wife Marge handles the
deliveries, best to call her first.

Thanks,
Marcus

""" + SIG_MARCUS + '\n\n' + DISC_HOSP + '\n', cte='7bit')
    return m, 'Harold Ketchum'


@reg('phi', 'care')
def care_2():
    m = new(PRIYA, 'Bayside Heart RN Line <rnline@%s>' % CARD,
            'Cardiac rehab - exercise held today - Fenwick, Gloria',
            dt(9, 10, 9, 5), cc=FEIST)
    html(m, """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222">
<p>Good morning,</p>
<p>I'm writing about your patient <b>Gloria Fenwick</b>, who is in Phase II cardiac
rehab with us (Dr. Feist supervising). Today was session 14 of 36.</p>
<p>Her resting BP on arrival was 168/94 and a recheck after 10 minutes seated was
172/96, so per our protocol we held the exercise portion and did education only.
She had no complaints, HR 78 in sinus on telemetry.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6f0"><th>Time</th><th>BP</th><th>HR</th><th>SpO2</th><th>Comment</th></tr>
<tr><td>07:52</td><td>168/94</td><td>78</td><td>97%</td><td>arrival, seated</td></tr>
<tr><td>08:03</td><td>172/96</td><td>76</td><td>97%</td><td>recheck L arm</td></tr>
<tr><td>08:40</td><td>164/92</td><td>74</td><td>98%</td><td>before leaving</td></tr>
</table>
<p>She told us she ran out of her amlodipine on Saturday and hasn't picked up the
refill yet because the pharmacy said it needed a new prescription. Could Dr. Okafor
let us know whether he wants any change to her regimen, and send the refill to her
pharmacy on file? Her next session is Thursday at 8:00 AM.</p>
<p>Thank you,<br>Priya</p>
<p style="color:#555;font-size:9pt">Priya Raghunathan, BSN, RN, CCRN<br>
Cardiac Rehabilitation Nurse<br>Lakeshore Mercy Medical Center | Cardiopulmonary Rehab<br>
Phone (555) 014-3325</p>
<p style="color:#888;font-size:8pt">""" + xesc(DISC_HOSP).replace('\n', ' ') + """</p>
</body></html>
""")
    return m, 'Gloria Fenwick'


@reg('phi', 'care')
def care_3():
    d0 = 'Monday, September 9, 2024 2:14 PM'
    d1 = 'Monday, September 9, 2024 3:02 PM'
    d2 = 'Tuesday, September 10, 2024 8:47 AM'
    m = new(LENA, REHAB_LIST, 'RE: RE: Parking Lot C closure Sept 16-20',
            dt(9, 10, 9, 31))
    body = """I'll put signs up at the Pavilion B entrance and ask Security for two of
the reserved cones by the door. Tom, can you let the Tuesday 7am group know
they can use valet drop-off at no charge that week? Facilities confirmed
valet will validate for rehab.

Lena

""" + SIG_LENA + """
""" + outlook_hdr('Tom Kessler', d2, 'Dana Whitfield; CP Rehab Staff',
                  'RE: Parking Lot C closure Sept 16-20') + """Valet is fine for most of them, Dana. The ones who bring their own tanks
will want to park close though - I'll ask.

Separately - Delbert Aucoin no-showed again this morning, that's three in a
row with no call. I left a VM for his daughter at the number on the face
sheet. Per the attendance policy I'll send the discharge letter Friday and
let Dr. Feist's office know unless someone objects. He was only at session 6.

T
""" + outlook_hdr('Dana Whitfield', d1, 'CP Rehab Staff',
                  'RE: Parking Lot C closure Sept 16-20') + """This is going to hit our 7am and 8:15 groups hard - a lot of them use the
handicap spots in C. Can we ask for valet validation?

Dana
""" + outlook_hdr('Facilities Management', d0,
                  'All Pavilion B Departments',
                  'Parking Lot C closure Sept 16-20') + """Lot C (Pavilion B / Outpatient Services) will be closed Monday 9/16 through
Friday 9/20 for resurfacing and re-striping. Staff should use the West
Garage levels 3-5. Patients and visitors may use Lot A or the main
entrance valet. Accessible spaces will be temporarily relocated to the
east side of Lot A.

Questions: facilities@lakeshoremercy.example or x4100.

Lakeshore Mercy Facilities Management
"""
    text(m, body)
    return m, 'Delbert Aucoin'


@reg('phi', 'care')
def care_4():
    m = new(GARY, DISPATCH, 'Ticket 88124 - Haverford - completed',
            dt(9, 16, 13, 20), cc=KEVIN)
    body = """Dispatch,

Ticket 88124 done. Dropped 6 E cylinders and a new conserving reg at
Eunice Haverford, 14 Lark Hill Rd. Her liquid base was bone dry, she said
it ran out Sunday night and she's been on her last E tank since. Filled the
base and the stroller, checked the backup concentrator, running fine, purity
light green.

She had the stroller turned down to 2. The order in the file says 3 LPM.
Told her to keep it on 3 and call Kevin if she has questions. Kevin FYI.

Her son was there, says she isn't getting around good and she missed her
breathing class at Lakeshore Monday. He wants to switch her to a twice a
week liquid route. Can somebody call him back, (555) 013-7754.

Pics of the signed ticket in the van tablet.

Gary

Sent from my Galaxy"""
    alt(m, body, to_html(body, 'Roboto, Arial, sans-serif'))
    return m, 'Eunice Haverford'


@reg('phi', 'care')
def care_5():
    m = new(LENA, CS, 'Raymond Cordero \u2013 equipment pickup', dt(9, 16, 10, 6))
    text(m, """Hello,

I\u2019m sorry to pass along that Raymond Cordero passed away at home on
Saturday, 9/14. His wife Teresa called our office this morning.

Could you please arrange pickup of his concentrator, the portable unit and
any cylinders that are still at the house (2291 Wexford Ct)? Teresa asked
that your driver call before coming \u2013 she\u2019s at (555) 013-8842. She
said there\u2019s no rush and mornings are best.

We\u2019ve cancelled his remaining pulmonary rehab sessions on our end and let
Dr. Haddad\u2019s office know.

Thank you,
Lena

""" + SIG_LENA + '\n', cte='quoted-printable')
    return m, 'Raymond Cordero'


@reg('phi', 'care')
def care_6():
    m = new(KEVIN, 'Dr. Lindgren Sleep Team <sleepteam@%s>' % PULM,
            '30-day download - Ebbesen, Nathaniel - mask change', dt(9, 18, 15, 12))
    text(m, """Hi team,

Attached is the 30-day download for Nathaniel Ebbesen, set up 8/19 on APAP
6-14 cm, medium nasal pillows.

 - Usage >= 4h on 9 of 30 nights (30%), median use 2h41m
 - Large leak 38% of the time
 - Residual AHI 11.2, 95th pct pressure 12.8

He says the pillows blow off when his mouth opens. I refit him to a full
face, medium, in the office today and turned on ramp auto. I'll pull
another download in two weeks.

For Medicare he needs 21 of 30 consecutive nights at 4h+ before day 90, so
the window closes 11/17. A follow-up visit with Dr. Lindgren before then
would help, and I'd like her to consider whether the pressure range needs
to come up given the residual AHI.

Thanks,
Kevin

""" + SIG_KEVIN + '\n\n' + DISC_SUPP + '\n')
    rep = """CRESTLINE HOME MEDICAL - DEVICE USAGE SUMMARY
Patient: EBBESEN, NATHANIEL      Device: AirSense-class APAP  SN 23181447210
Setup: 08/19/2024                Report period: 08/19/2024 - 09/17/2024
Mode: AutoSet  Min 6.0  Max 14.0 cmH2O   EPR 2 (full time)
Mask: Nasal pillows M (changed to Full face M 09/18/2024)

Days used            22 / 30     Days >= 4h        9 / 30 (30%)
Total usage         71h 14m      Median usage     2h 41m
Pressure median      9.4         95th pct         12.8
Leak median        14.2 L/min    95th pct         38.0 L/min
AHI                 11.2         CAI 0.9   OAI 7.1   HI 3.2

Night-by-night (h:mm)
08/19 3:10  08/20 4:22  08/21 1:05  08/22 0:00  08/23 2:41  08/24 5:02
08/25 4:40  08/26 0:00  08/27 2:12  08/28 1:58  08/29 4:11  08/30 0:47
08/31 0:00  09/01 6:03  09/02 4:09  09/03 2:55  09/04 0:00  09/05 1:33
09/06 4:30  09/07 5:18  09/08 0:00  09/09 2:02  09/10 0:00  09/11 3:12
09/12 0:00  09/13 4:01  09/14 2:20  09/15 0:00  09/16 1:44  09/17 3:58
"""
    att_text(m, rep, 'Ebbesen_N_usage_0819-0917.txt')
    return m, 'Nathaniel Ebbesen'


@reg('phi', 'care')
def care_7():
    inner = new('Shanice Pryor, RN <spryor@%s>' % CARD, DANA,
                'Bernadette Quigley - hold rehab', dt(9, 19, 7, 58))
    text(inner, """Dana,

Bernadette Quigley was admitted through the ED last night to 4 West. Her
ICD fired twice at home around 9pm. EP is seeing her this morning and
there's talk of an ablation later in the week.

Please hold her cardiac rehab sessions until Dr. Feist clears her to come
back - we'll send a new order after discharge. Her husband knows she won't
be there tomorrow.

Thanks,
Shanice Pryor, RN
Bayside Heart Associates
(555) 017-2200
""")
    m = new(DANA, REHAB_LIST, 'FW: Bernadette Quigley - hold rehab', dt(9, 19, 8, 15))
    text(m, """FYI - see attached from Bayside. Please hold her MWF 9:30 slot but don't
give it away yet, Lena. Priya, can you take her off the tele assignment
sheet for this week?

Dana

""" + SIG_DANA + '\n')
    m.add_attachment(inner)
    return m, 'Bernadette Quigley'


@reg('phi', 'care')
def care_8():
    m = new(TOM, LENA, 'Lyle', dt(9, 23, 14, 3))
    text(m, """Lena - can you move Lyle Ashworth's 6MWT to Friday 10:00? Dentist thing on
Wed. Thx

T

""" + SIG_TOM + '\n\n' + DISC_HOSP + '\n')
    return m, 'Lyle Ashworth'


# ================================================================ PHI: names
@reg('phi', 'names')
def names_1():
    prev = """Hi Lena, still waiting on the signed recert CMN and a qualifying test
within 30 days for the gentleman in the subject line. Medicare will stop
paying after 9/30 without it.
Jolene"""
    m = new(LENA, JOLENE, 'Re: Nguy\u1ec5n V\u0103n Th\u00e0nh - O2 recert CMN',
            dt(9, 20, 12, 30))
    body = """Jolene,

Dr. Haddad signed the recert CMN this morning, faxing to you now with the
test. Qualifying numbers are from the 9/10 walk: 87% on room air at rest,
85% with ambulation, 92% on 2 LPM. His son will bring him for rehab again
next week if you need anything else signed in person.

Let me know if it bounces back again.

Lena

""" + quote(prev, 'Jolene Marsh <jmarsh@crestlinehm.example>',
            'Thu, Sep 19, 2024 at 4:51 PM') + '\n'
    text(m, body, cte='base64')
    return m, 'Nguy\u1ec5n V\u0103n Th\u00e0nh'


@reg('phi', 'names')
def names_2():
    m = new('Tamika Greer <tgreer@%s>' % CARD, 'Rehab Scheduling <rehabsched@%s>' % HOSP,
            'New cardiac rehab referral', dt(9, 5, 10, 18))
    text(m, """Good morning,

New referral below, order and office notes were faxed this morning.

Okonkwo-Bello, Chiamaka
Referring: Dr. Okafor (Dr. Feist to supervise)
Reason for referral: s/p PCI with DES to LAD 8/29
Preferred: Tue/Thu after 1pm - she works mornings
Insurance: Evergreen Senior Advantage? (she said her husband's plan, please verify)

Chiamaka asked if she could start before the 1st since she goes back to
work full time in October. Her cell is on the referral.

Thank you!
Tamika Greer
Referral Coordinator | Bayside Heart Associates
P (555) 017-2210 | F (555) 017-2299
""")
    return m, 'Chiamaka Okonkwo-Bello'


@reg('phi', 'names')
def names_3():
    m = new('Agnieszka Rutkowska <arutkowska@%s>' % SUPP, KEVIN,
            'Wi\u015bniewska - portable battery', dt(9, 12, 11, 47))
    text(m, """Kevin,

Mrs. Wi\u015bniewska's husband Bogdan called twice this morning. Her portable
concentrator battery only lasts about 40 minutes now on setting 3. She has
pulmonary rehab at Lakeshore Tuesday and Thursday and it dies before she
gets home. He said "ona si\u0119 dusi w samochodzie" when it runs out - she gets
really short of breath in the car.

Account is under Wi\u015bniewska, \u017baneta. The unit is from March 2022 so the
battery is probably just worn out. Can we swap the battery or bring a
loaner before Tuesday? I told him I'd call him back today, he prefers
Polish so I'll do it.

Aga
Customer Care | Crestline Home Medical
""", charset='iso-8859-2', cte='quoted-printable')
    return m, '\u017baneta Wi\u015bniewska'


@reg('phi', 'names')
def names_4():
    m = new('Nadia Kassem <nkassem@%s>' % PULM, LENA,
            're: Mr. Abdulrahman Al-Farsi - pulm rehab', dt(9, 24, 16, 2),
            cc=MARCUS)
    text(m, """Hi Lena,

re: Mr. Al-Farsi - Dr. Haddad would like him started in pulmonary rehab as
soon as there's an opening. He is 6 weeks out from his right upper
lobectomy, post-op FEV1 1.4 L (52%), and walked 310 m on the 6MWT in
clinic yesterday with a nadir of 89% on room air.

He prefers Arabic. His son Khalid usually interprets but Mr. Al-Farsi
asked for a hospital interpreter for the initial evaluation. Please book
with Marcus if possible - he saw Marcus on the inpatient side.

Referral and notes are in the portal.

Nadia Kassem, MA
Clinical Coordinator to Samira Haddad, MD
North Shore Pulmonary & Sleep
(555) 018-4400
""")
    return m, 'Abdulrahman Al-Farsi'


@reg('phi', 'names')
def names_5():
    prev = """Hi Dana - could you send the 30-day progress summary on Pieter
van der Merwe? Dr. Feist sees him on the 24th. Specifically his METs over
the last few sessions and whether Mr. van der Merwe has had any more of
the PVC runs on telemetry.
Thanks, Carol"""
    m = new(DANA, 'Carol Ainsley <cainsley@%s>' % HOSP,
            'Re: progress summary - van der Merwe', dt(9, 20, 15, 40))
    body = """Hi Carol,

Van der Merwe's last 3 sessions were 4.8, 5.1 and 5.3 METs (treadmill plus
arm erg), RPE 12-13. No ectopy at all since the 9/6 session, when he had
the 4-beat run during cool-down. Resting HR has come down from the low 80s
to 68-72. Formal summary will be in the chart by Monday.

He's asking whether he can start golfing again - please have Dr. Feist
address that at the visit.

Dana

""" + SIG_DANA + '\n\n' + quote(prev, 'Carol Ainsley', 'Fri, Sep 20, 2024, 1:12 PM') + '\n'
    hb = to_html(body.split('\nOn Fri')[0]) .replace('</body></html>\n', '')
    hb += ('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
           + '<br>\n'.join(xesc(l) for l in prev.split('\n')) + '</blockquote>\n'
           '</body></html>\n')
    alt(m, body, hb)
    return m, 'Pieter van der Merwe'


@reg('phi', 'names')
def names_6():
    m = new(KEVIN, 'Elm St Office <elmst@%s>' % SUPP, 'Mask refit Tues 2:30',
            dt(9, 19, 9, 12))
    text(m, """Hi all,

Put Venkataraman Subramanian on my schedule for a mask refit Tuesday 9/24
at 2:30 at Elm St. Mr. Subramanian (he goes by Venkat) says the medium
nasal mask leaks through his beard and he's been pulling it off around
3am. Please pull the small and medium full-face cushions and a chin strap
before I get there.

His wife Lakshmi drives him, they may be a few minutes late.

Thanks
Kevin

""" + SIG_KEVIN + '\n')
    return m, 'Venkataraman Subramanian'


@reg('phi', 'names')
def names_7():
    m = new(PRIYA, 'Bayside Heart RN Line <rnline@%s>' % CARD,
            'Dvo\u0159\u00e1k, Miroslav \u2013 ok to progress?', dt(9, 26, 13, 31))
    text(m, """Hello,

Dr. Dvo\u0159\u00e1k (our patient - the retired radiologist, not a referring
physician) asked us to check with Dr. Okafor before we progress his
workload. He's at session 9 of 36, currently 3.5 mph at 2% grade for 25
minutes, RPE 11, HR 96-104 on his beta blocker, no symptoms.

He would also like to know if he can resume cycling outdoors on weekends,
about 15 miles on flat trails. We'd plan to take him to 3.5 mph / 4% next
week if there are no restrictions.

Thanks,
Priya

""" + SIG_PRIYA + '\n', cte='quoted-printable')
    return m, 'Miroslav Dvo\u0159\u00e1k'


@reg('phi', 'names')
def names_8():
    m = new('Erik Lindqvist <erik.lindqvist@fjordmail.example>', LENA,
            'My wife starting pulmonary rehab Monday', dt(9, 27, 20, 14))
    body = """Hello Ms. Novak,

My wife, Siobh\u00e1n O'Rourke-Lindqvist, is scheduled to start pulmonary
rehab on Monday at 9:00. Siobh\u00e1n is quite nervous about exercising with
her oxygen, she's on 3 liters since the hospital stay in August and has
not done much more than walk to the mailbox.

Would it be all right for me to stay with her for the first session? And
should she bring her own portable or will you have oxygen there? Her
Crestline portable only lasts about 2 hours.

Many thanks,
Erik Lindqvist
(555) 012-6619
"""
    alt(m, body, to_html(body, 'Georgia, serif'), cte='base64')
    return m, "Siobh\u00e1n O'Rourke-Lindqvist"

# ================================================================ PHI: self
@reg('phi', 'self')
def self_1():
    m = new('Frank Mallory <fmallory52@lakenet.example>', DANA,
            'coming in tomorrow?', dt(9, 16, 6, 12))
    text(m, """Hi Dana,

Frank here from the Tues/Thurs 7am bunch. Weighed myself this morning and
I'm up 4 lbs since Saturday and my ankles are puffier than usual, sock
marks and all. I took an extra water pill like Dr. Okafor told me to if
this happens.

Do you still want me to come in tomorrow or should I call the heart doctor
first? Feel OK otherwise, a little more winded on the stairs.

Frank

Sent from my iPhone""")
    return m, 'Frank Mallory'


@reg('phi', 'self')
def self_2():
    m = new('Loretta Pembrook <lpembrook@prairiewave.example>', CS,
            'mask problem', dt(9, 11, 19, 40))
    text(m, """Hello,

I got my CPAP machine from your company in July. The mask (the one that
goes over just the nose) leaves a red sore on the bridge of my nose and
most mornings I find it on the floor beside the bed. I don't remember
taking it off.

My date of birth is 3/14/1951 in case you need to look me up. Can I try a
different kind of mask? I don't want to lose the machine, the lady who set
it up said Medicare checks whether I use it.

Thank you,
Loretta
""")
    return m, 'Loretta Pembrook'


@reg('phi', 'self')
def self_3():
    m = new('Walter Szymanski <wjszymanski@harborlink.example>',
            'Evergreen Senior Advantage Appeals <appeals@%s>' % PLAN,
            'Appeal - home oxygen denied', dt(9, 25, 14, 55))
    html(m, """<div dir="ltr"><div>To whom it may concern,</div><div><br></div>
<div>I am writing to appeal your letter dated September 18 denying my home oxygen.
My member ID is <b>ESA-30817724-00</b>.</div><div><br></div>
<div>I have COPD and my lung doctor, Dr. Samira Haddad, ordered oxygen after my
walking test on August 30 when my oxygen went down to 86% and I had to sit down
twice. I use the oxygen when I walk and at night. The letter says the test was
not done while I was in a &quot;chronic stable state&quot; but I have not been in
the hospital since last year.</div><div><br></div>
<div>I am also in the pulmonary rehab program at Lakeshore Mercy and they will not let
me exercise without the oxygen. Please reconsider. You can reach me at
(555) 016-3308.</div><div><br></div>
<div>Walter J. Szymanski</div><div>1418 Ridgemont Ave, Millbrook</div></div>
""")
    return m, 'Walter J. Szymanski'


@reg('phi', 'self')
def self_4():
    news = """LAKESHORE MERCY CARDIOPULMONARY REHAB - FALL NEWS

* Our new recumbent steppers are here, thanks to the Kowalczyk Family
  Foundation!
* Maintenance program now offered Tuesday and Thursday evenings.
* Flu shots: talk to your primary care provider or visit any Lakeshore
  Mercy walk-in clinic.

Questions? Call us at (555) 014-3300."""
    m = new('Doris Whitcombe <dwhitcombe@prairiewave.example>',
            'Lakeshore Cardiopulmonary Rehab <cprehab@%s>' % HOSP,
            'Re: Lakeshore Cardiopulmonary Rehab - Fall News', dt(10, 2, 10, 21))
    text(m, """Hello,

I graduated from your pulmonary program in April (Marcus was my
therapist). Since the summer my breathing has gone downhill, I'm on 2
liters all the time now instead of just at night, and I get winded just
making the bed. I'd like to come back, or at least do the evening
maintenance class. Do I need a new referral from Dr. Haddad?

Thank you,
Doris Whitcombe

""" + quote(news, 'Lakeshore Cardiopulmonary Rehab', 'Tue, Oct 1, 2024 at 9:00 AM') + '\n')
    return m, 'Doris Whitcombe'


@reg('phi', 'self')
def self_5():
    m = new('Edward Bancroft <ed.bancroft@lakenet.example>', PRIYA,
            'my numbers for the week', dt(9, 22, 18, 33))
    text(m, """Hi Priya,

Here is my blood pressure and weight log for the week like you asked. The
Tuesday morning reading was high, I forgot my pills the night before. The
dizziness I mentioned only happened once, Thursday when I stood up fast.

See you Monday.
Ed
""")
    log = csv_text([
        ['date', 'time', 'systolic', 'diastolic', 'pulse', 'weight_lb', 'notes'],
        ['2024-09-16', '07:10', '132', '78', '64', '201.4', ''],
        ['2024-09-16', '20:45', '128', '76', '68', '', ''],
        ['2024-09-17', '07:05', '158', '92', '71', '201.8', 'missed pm meds 9/16'],
        ['2024-09-17', '21:00', '134', '80', '66', '', ''],
        ['2024-09-18', '07:20', '126', '74', '62', '200.9', ''],
        ['2024-09-19', '07:15', '118', '70', '60', '200.6', 'lightheaded standing up'],
        ['2024-09-20', '07:00', '124', '76', '63', '200.2', 'rehab day'],
        ['2024-09-21', '08:30', '130', '78', '65', '200.4', ''],
        ['2024-09-22', '08:05', '127', '75', '64', '199.8', ''],
    ])
    att_text(m, log, 'BP log Sept 16-22.csv', subtype='csv')
    return m, 'Edward Bancroft'


@reg('phi', 'self')
def self_6():
    m = new('Marvin Kettleborough <mkettle@harborlink.example>',
            'Crestline Billing <billing@%s>' % SUPP, 'Wrong charge on my statement',
            dt(10, 3, 9, 48))
    text(m, """To the billing department,

My account number is 300-118-472. My September statement charges me
$214.60 for "E1390 RR" which I take is the rental on my oxygen
concentrator. I have had this machine since February 2021, which is more
than 36 months. The man on the phone last year told me Medicare stops
paying rent after 36 months and you keep servicing it, and that I would
not be billed.

Also, my portable tanks were short two last delivery and I ran out on the
way back from my lung doctor on the 27th.

Please correct the bill and call me at (555) 016-7710.

Marvin K.
""")
    return m, 'Marvin Kettleborough'


@reg('phi', 'self')
def self_7():
    m = new('Ren\u00e9e Thibodeaux <rthibodeaux@bayoumail.example>',
            'Nurse Line <nurseline@%s>' % PULM, 'Question about new inhaler',
            dt(9, 30, 11, 2))
    text(m, """Bonjour / Hello,

Since starting the new inhaler (the purple disk one) two weeks ago my voice
has been hoarse and there are white patches on my tongue. Should I stop
it? I have been rinsing my mouth like the pharmacist said.

Also, the pulmonary rehab at Lakeshore wants a note from Dr. Haddad saying
I am allowed to exercise on 3 L. Can you fax it to them at (555) 014-3390?

Merci,
Ren\u00e9e Thibodeaux
DOB 06/30/1949
""", charset='iso-8859-1', cte='quoted-printable')
    return m, 'Ren\u00e9e Thibodeaux'


# ================================================================ PHI: ids
@reg('phi', 'ids')
def ids_1():
    m = new('Rehab Intake <rehabsched@%s>' % HOSP, 'Tamika Greer <tgreer@%s>' % CARD,
            'Referral received - Vandermolen', dt(9, 9, 9, 44))
    text(m, """Hi Tamika,

Received, thank you.

Pt: Curtis Vandermolen   DOB 07/22/1946   MRN 00831475
Program: Phase II cardiac rehab, 36 sessions
Ordering: Dr. Okafor / supervising Dr. Feist
Qualifying event: CABG x3, 08/21/2024

Intake eval is scheduled 09/16 at 8:00 AM with Dana Whitfield. We still
need the discharge summary from the surgical admission and his most recent
echo - can you fax those to (555) 014-3390?

Thanks,
Rehab Scheduling
Lakeshore Mercy Cardiopulmonary Rehabilitation
""")
    return m, 'Curtis Vandermolen'


@reg('phi', 'ids')
def ids_2():
    m = new(JOLENE, 'Provider Relations <provrel@%s>' % PLAN,
            'Claim reconsideration request - E1390 - Rutherford', dt(9, 27, 10, 50))
    body = """Good morning,

Requesting reconsideration of the following denial:

Member: Rutherford, Agnes M.
Member ID: EVG448120937-01
DOB: 1938-11-05
Claim #: 2024261073381
DOS: 08/01/2024 - 08/31/2024
HCPCS: E1390 RR, E0431 RR, E0443
Denial: CO-50, "qualifying blood gas study not on file"

The qualifying test (overnight oximetry 07/15/2024, 5 min 41 sec at or
below 88%) and the signed order from Dr. Samira Haddad were included with
the original submission. I've re-attached both to the portal case
#PR-55102. Please let me know if anything else is needed.

Thank you,
""" + SIG_JOLENE + '\n\n' + DISC_SUPP + '\n'
    hb = to_html(body).replace('Member ID: EVG448120937-01',
                               '<b>Member ID: EVG448120937-01</b>')
    alt(m, body, hb)
    return m, 'Agnes M. Rutherford'


@reg('phi', 'ids')
def ids_3():
    m = new(MARCUS, INTAKE, 'Weekend liquid refill needed', dt(9, 13, 15, 22))
    html(m, """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Beth,</p>
<p>Can you get a weekend liquid O2 refill out to this patient? She's been using more
since she started walking with us three days a week and she's down to about a quarter
tank today.</p>
<p><b>Patient:</b> Opal Grierson<br>
<b>Address:</b> 88 Quarry Rd Apt 3B, Millbrook<br>
<b>Phone:</b> (555) 014-2277 (daughter Jeanine (555) 014-2290)<br>
<b>Rx:</b> 2 LPM rest, 3 LPM exertion, continuous</p>
<p>Buzzer is broken, they say to call from the lot.</p>
<p>Thanks!<br>Marcus</p>
<p style="font-size:9pt;color:#666">Marcus Oyelaran, RRT<br>Pulmonary Rehabilitation<br>
Lakeshore Mercy Medical Center<br>(555) 014-3321</p>
</body></html>
""", cte='quoted-printable')
    return m, 'Opal Grierson'


@reg('phi', 'ids')
def ids_4():
    m = new('Dr. Lindgren Sleep Team <sleepteam@%s>' % PULM, INTAKE,
            'CPAP setup order - Barlowe', dt(9, 4, 14, 7))
    rows = [('Patient', 'Ignatius Barlowe'), ('D.O.B.', '1939-03-02 (born 2 March 1939)'),
            ('Acct', 'ACCT: 40-77215-3'), ('Insurance', 'Medicare Part B / Mutual Guard Supp. Plan G'),
            ('Study', 'In-lab PSG 08/27/2024, AHI 34.6, SpO2 nadir 79%'),
            ('Order', 'E0601 CPAP 10 cmH2O, heated humidifier E0562, mask of choice'),
            ('Ordering', 'Karin Lindgren, MD  NPI 1659988720'),
            ('Phone', '(555) 011-4826 home')]
    tr = '\n'.join('<tr><td style="background:#eef;font-weight:bold">%s</td><td>%s</td></tr>'
                   % (xesc(a), xesc(b)) for a, b in rows)
    h = """<html><body style="font-family:Arial;font-size:10pt">
<p>Please set up the following patient. Signed order and PSG report are in the fax queue.</p>
<table border="1" cellspacing="0" cellpadding="3">
%s
</table>
<p>Patient prefers a morning setup, hearing impaired - please call his daughter first
at (555) 011-4830.</p>
<p>North Shore Pulmonary &amp; Sleep<br>Sleep Center Scheduling</p>
</body></html>
""" % tr
    t = 'Please set up the following patient. Signed order and PSG report are in the fax queue.\n\n'
    t += '\n'.join('%-10s %s' % (a + ':', b) for a, b in rows)
    t += ('\n\nPatient prefers a morning setup, hearing impaired - please call his '
          'daughter first\nat (555) 011-4830.\n\nNorth Shore Pulmonary & Sleep\nSleep Center Scheduling\n')
    alt(m, t, h)
    return m, 'Ignatius Barlowe'


@reg('phi', 'ids')
def ids_5():
    m = new(BETH, 'Benefits Verification <bv@%s>' % SUPP, 'BV needed - new CPAP setup',
            dt(9, 6, 11, 15))
    text(m, """Hi Ramon,

Need BV on a new CPAP setup, scheduled for 9/12:

Name: Hedda Strandberg
DOB: 11.09.1952 (she wrote it European style on the intake - it's Sept 11)
MBI: 5KQ3-RT8-WN42
SSN last 4: 4471
Secondary: Mutual Guard Medicare Supplement, policy MG-2210-88743
Items: E0601, E0562, A7030, A7031, A7035, A7037, A7038 x2, A7046

Sleep study was home test 8/22, ordered by Dr. Lindgren. She had a CPAP
in Minnesota in 2019 through another supplier - please check whether
Medicare shows same-or-similar before we set up.

Thanks!
""" + SIG_BETH + '\n')
    return m, 'Hedda Strandberg'


@reg('phi', 'ids')
def ids_6():
    m = new(MARCUS, HADDAD, 'Chart #LM-2291047 - pulm rehab eval', dt(9, 25, 12, 12))
    text(m, """Dr. Haddad,

Initial eval done today on chart LM-2291047 (Cyrus Ashtiani).

6MWT: 274 m, one standing rest at 3:40
SpO2: 94% at rest on 2 L, nadir 86% on 2 L, recovered to 92% on 4 L
HR 88 -> 121, Borg dyspnea 6/10, leg fatigue 4/10
CAT score 24, PHQ-9 11

He'll start Mon/Wed/Fri 11:00 next week on 4 L with exertion. Can you sign
the updated exertional O2 order in the chart so Crestline can switch his
portable? Also flagging the PHQ-9 - he mentioned he hasn't been sleeping
since his wife's surgery.

Marcus

""" + SIG_MARCUS + '\n')
    return m, 'Cyrus Ashtiani'


@reg('phi', 'ids')
def ids_7():
    m = new('Crestline Documents <docs@%s>' % SUPP, 'Medical Records <hims@%s>' % PULM,
            'Signed CMN for your records', dt(9, 30, 16, 45))
    text(m, """Hello,

Please see the attached oxygen CMN (CMS-484) for your records. The signed
original is on file with us. Fax confirmation to follow.

Crestline Home Medical - Documentation Team
555-0166 x240

""" + DISC_SUPP + '\n')
    lines = [
        'CERTIFICATE OF MEDICAL NECESSITY - OXYGEN   (CMS-484)',
        'DME 484.3                                  Crestline Home Medical, LLC',
        '',
        'SECTION A',
        'Certification type/date:  INITIAL  09/27/2024',
        'Patient name:             LAMONTAGNE, BEATRICE H',
        'Address:                  611 Cedar Bluff Dr, Millbrook IL 60999',
        'Telephone:                (555) 013-2054',
        'MBI:                      8HW2-KP5-TD17',
        'DOB:                      04/18/1944       Sex: F',
        'Place of service:         12 (Home)',
        'Supplier:                 Crestline Home Medical  NSC 4410227301',
        'HCPCS:                    E1390  E0431  E0443',
        'Physician:                Samira Haddad, MD   NPI 1306642291',
        '',
        'SECTION B',
        '1a. Arterial PO2 / O2 saturation:   ___ mmHg   87 %',
        '1b. Date of test:                   09/24/2024',
        '2.  Test condition:                 2 (exercising)',
        '3.  Physician/provider performing:  Lakeshore Mercy Pulm Rehab',
        '4.  Portable oxygen required:       Y',
        '5.  Max flow rate:                  3 LPM',
        '7.  Saturation on O2 during exercise: 93 % on 3 LPM',
        '8.  Estimated length of need:       99 (lifetime)',
        '',
        'SECTION D   Physician attestation signed electronically 09/27/2024',
        '            Samira Haddad, MD',
    ]
    att_bytes(m, pdf_bytes(lines), 'CMN_Lamontagne_B_092724.pdf', *PDF_T)
    return m, 'Beatrice H Lamontagne'


@reg('phi', 'ids')
def ids_8():
    m = new('North Shore Sleep Center <sleepcenter@%s>' % PULM, INTAKE,
            'Order: APAP - Espinoza-Vega', dt(10, 1, 8, 55))
    body = """Good morning Crestline,

New APAP order for Rolando Espinoza-Vega.

Pt acct 7718-002934
DOB: Feb 14 '58
Plan: ClearPath Medicare Advantage, member no. XJH 902 114 773
Home sleep test 09/19: REI 22.4, ODI 19.8, nadir 81%
Order: E0601 auto 5-15 cmH2O, humidifier, full face mask per fitting

Spanish-speaking, his daughter Marisol (555) 019-3382 coordinates his
appointments. Prior auth # on file: PA-24-771035.

North Shore Pulmonary & Sleep | Sleep Center
(555) 018-4410
"""
    alt(m, body, to_html(body), cte='quoted-printable')
    return m, 'Rolando Espinoza-Vega'

# ================================================================ PHI: lists
@reg('phi', 'lists')
def lists_1():
    m = new(LENA, REHAB_LIST, 'Thursday 9/19 cardiac rehab board', dt(9, 18, 16, 40))
    text(m, """Board for tomorrow. Priya has tele, Tom and Dana on floor. Two new
starts at 8:15 - both need full orientation and the education packet.

TIME   PATIENT                 SESS  TELE  NOTES
-----  ----------------------  ----  ----  -------------------------------------
07:00  Mallory, Frank          22    T3    wt up 4 lb Mon, check edema
07:00  Ostrander, Gail         30    T4    BG before/after, on insulin pump
07:00  Pham, Quoc Bao          11    T5    son interprets, Vietnamese
08:15  Okonkwo-Bello, Chiamaka  1    T1    NEW - s/p PCI, orientation
08:15  Vandermolen, Curtis      1    T2    NEW - post CABG, sternal precautions
08:15  Haskins, Lorraine       35    T6    last-but-one session, exit 6MWT Mon
09:30  Fenwick, Gloria         15    T3    BP held 9/10 - recheck before ex
09:30  Dvorak, Miroslav        10    T4    ok'd to 4% grade per Okafor
09:30  van der Merwe, Pieter   19    T5    no PVCs x2 wks

Bernadette Quigley's 9:30 slot stays on hold (inpatient).

Lena
""")
    return m, 'Frank Mallory'


@reg('phi', 'lists')
def lists_2():
    m = new(DISPATCH, CARLOS, 'Route 4 - Fri 9/20', dt(9, 19, 17, 5), cc=GARY)
    rows = [
        ['Stop', 'Patient', 'Address', 'Phone', 'Items', 'Notes'],
        ['1', 'Haverford, Eunice', '14 Lark Hill Rd', '555-013-7754', 'Liquid fill 41L, 6 E', 'son home after 9'],
        ['2', 'Grierson, Opal', '88 Quarry Rd Apt 3B', '555-014-2277', 'Liquid fill', 'call from lot, buzzer broken'],
        ['3', 'Nguyen, Van Thanh', '502 Orchard Ln', '555-012-8815', 'POC swap, 4 batt', 'son Minh speaks English'],
        ['4', 'Wisniewska, Zaneta', '77 Tamarack Ct', '555-015-2260', 'loaner POC + battery', 'Aga called husband'],
        ['5', 'Cordero, Raymond', '2291 Wexford Ct', '555-013-8842', 'PICKUP all O2', 'deceased - call Teresa first, be kind'],
        ['6', 'Ketchum, Harold', '1630 Foxglove Dr', '555-016-0041', 'E tanks x8, CF reg 0-8', 'new 4 LPM exertion order'],
    ]
    tsv = '\n'.join('\t'.join(r) for r in rows)
    text(m, """Carlos,

Route 4 for tomorrow. Load is on the dock, liquid tank on truck 12 was
topped off this afternoon.

""" + tsv + """

Stop 5 is a pickup only - Mr. Cordero passed last weekend. Please call his
wife before you go and don't rush her.

Thanks
Dispatch
""")
    return m, 'Eunice Haverford'


@reg('phi', 'lists')
def lists_3():
    m = new(MARCUS, 'Samira Haddad MD <shaddad@%s>' % HOSP,
            'Pulm rehab cohort outcomes - Aug/Sept grads', dt(9, 30, 17, 15), cc=DANA)
    text(m, """Dr. Haddad,

Outcomes for the group that graduated this month, for your review before
the program meeting. Two didn't finish - notes at the bottom.

| Patient                | Sess | 6MWT pre | 6MWT post | CAT pre/post | O2 (exertion) |
|------------------------|------|----------|-----------|--------------|---------------|
| Whitcombe, Doris       | 24   | 228 m    | 301 m     | 26 / 19      | 2 L -> 2 L    |
| Szymanski, Walter J.   | 24   | 256 m    | 330 m     | 22 / 16      | RA -> 2 L     |
| Toussaint, Jean-Marc   | 22   | 190 m    | 262 m     | 29 / 23      | 3 L -> 3 L    |
| Alvarado, Luz Maria    | 24   | 310 m    | 372 m     | 18 / 12      | RA            |
| Brennan-Healy, Maura   | 18   | 205 m    | 239 m     | 27 / 25      | 4 L -> 4 L    |
| Cordero, Raymond       | 9    | 176 m    | --        | 31 / --      | 3 L           |
| Abernathy, Clyde       | 4    | 240 m    | --        | 20 / --      | 2 L           |

Cordero - died 9/14 at home.
Abernathy - stopped after 4 sessions, transportation; SW referral made.

Mean improvement for completers is 62 m.

Marcus
""")
    return m, 'Doris Whitcombe'


@reg('phi', 'lists')
def lists_4():
    m = new(KEVIN, 'Dr. Lindgren Sleep Team <sleepteam@%s>' % PULM,
            'Patients at risk of missing 90-day compliance', dt(10, 4, 10, 3))
    text(m, """Hi all,

Attached is this month's list of your patients who are under the 70%
/ 4-hour mark with less than 30 days left in their 90-day window. We've
already called each of them at least twice. Anyone you can get in for a
follow-up visit before their deadline would help a lot - Medicare won't
continue coverage without the face-to-face re-eval if they miss it.

Kevin

""" + SIG_KEVIN + '\n')
    rows = [
        ['Patient', 'DOB', 'Crestline Acct', 'Setup', 'Day90', 'Nights>=4h (best 30)', 'Avg use', 'AHI', 'Issue'],
        ['Ebbesen, Nathaniel', '05/30/1961', '300-204-118', '2024-08-19', '2024-11-17', '9', '2:41', '11.2', 'mouth leak; FF mask 9/18'],
        ['Strandberg, Hedda', '09/11/1952', '300-207-553', '2024-09-12', '2024-12-11', '12', '3:20', '4.1', 'claustrophobia'],
        ['Subramanian, Venkataraman', '01/07/1957', '300-199-870', '2024-07-30', '2024-10-28', '14', '3:48', '6.0', 'beard leak, refit 9/24'],
        ['Pembrook, Loretta', '03/14/1951', '300-196-402', '2024-07-18', '2024-10-16', '11', '3:02', '3.3', 'nasal bridge sore'],
        ['Tolliver, Dwayne', '12/22/1966', '300-201-775', '2024-08-05', '2024-11-03', '16', '4:05', '2.9', 'travels for work'],
        ['Mbeki-Anderson, Thandiwe', '06/02/1970', '300-203-019', '2024-08-12', '2024-11-10', '13', '3:35', '8.7', 'aerophagia'],
    ]
    att_text(m, csv_text(rows), 'compliance_at_risk_2024-10.csv', subtype='csv')
    return m, 'Nathaniel Ebbesen'


@reg('phi', 'lists')
def lists_5():
    m = new(LENA, 'Janet Corrigan <jcorrigan@%s>' % HOSP,
            'September referral log', dt(10, 1, 9, 10), cc=DANA)
    text(m, """Janet,

September referral log attached for the ops report. 19 referrals, 14
scheduled, 3 pending insurance, 2 declined. The two Evergreen auths are
still outstanding - I'll escalate Monday.

Lena

""" + SIG_LENA + '\n\n' + DISC_HOSP + '\n')
    rows = [
        ['Received', 'Patient', 'MRN', 'Program', 'Referring', 'Indication', 'Payer', 'Status', 'Start'],
        ['2024-09-03', 'Okonkwo-Bello, Chiamaka', '01122468', 'Cardiac', 'Okafor', 'PCI/stent', 'Evergreen SA', 'Scheduled', '2024-09-19'],
        ['2024-09-04', 'Vandermolen, Curtis', '00831475', 'Cardiac', 'Okafor', 'CABG', 'Medicare', 'Scheduled', '2024-09-19'],
        ['2024-09-06', 'Al-Farsi, Abdulrahman', '01088213', 'Pulmonary', 'Haddad', 'Lobectomy', 'Medicare', 'Scheduled', '2024-10-02'],
        ['2024-09-09', 'Ashtiani, Cyrus', '02291047', 'Pulmonary', 'Haddad', 'COPD GOLD 3', 'ClearPath MA', 'Scheduled', '2024-09-30'],
        ['2024-09-10', "O'Rourke-Lindqvist, Siobhan", '01457730', 'Pulmonary', 'Haddad', 'ILD', 'Medicare', 'Scheduled', '2024-09-30'],
        ['2024-09-12', 'Castellanos, Ibrahim', '01990254', 'Cardiac', 'Feist', 'HFrEF', 'Evergreen SA', 'Pending auth', ''],
        ['2024-09-13', 'Lindahl, Marjorie', '00377621', 'Cardiac', 'Okafor', 'Stable angina', 'Medicare', 'Declined - cost', ''],
        ['2024-09-17', 'Oyelowo, Babatunde', '02014478', 'Cardiac', 'Feist', 'Valve replacement (TAVR)', 'Medicare', 'Scheduled', '2024-10-07'],
        ['2024-09-18', 'Rasmussen, Keld', '00654390', 'Pulmonary', 'Haddad', 'COPD', 'Evergreen SA', 'Pending auth', ''],
        ['2024-09-23', 'Pereira da Silva, Joaquim', '01876602', 'Pulmonary', 'Haddad', 'Pulm fibrosis', 'Medicare', 'Scheduled', '2024-10-09'],
        ['2024-09-25', 'Hollings, Trudy', '00512984', 'Cardiac', 'Feist', 'MI', 'ClearPath MA', 'Declined - distance', ''],
    ]
    att_bytes(m, xlsx_bytes(rows, 'Sept 2024'), 'Referral_Log_2024-09.xlsx', *XLSX_T)
    return m, 'Chiamaka Okonkwo-Bello'


@reg('phi', 'lists')
def lists_6():
    m = new(MARCUS, LENA, 'Updated pulm rehab waitlist', dt(10, 7, 13, 26))
    text(m, """Lena - updated waitlist attached. I moved Rasmussen up since his auth came
through, and added the two from Friday's clinic. Please call in order when
the Wed 11:00 slots open up.

M
""")
    items = [
        '# Pulmonary Rehabilitation Waitlist - updated 10/07/2024',
        'Priority per Dr. Haddad. Call in order. Do not share outside the department.',
        [['#', 'Name', 'DOB', 'Phone', 'Dx / reason', 'O2', 'Notes'],
         ['1', 'Rasmussen, Keld', '10/02/1945', '(555) 015-3347', 'COPD, post-exacerbation', '2 L', 'auth approved 10/4'],
         ['2', 'Ferreira, Joaquim', '07/19/1950', '(555) 019-6021', 'pulmonary fibrosis', '3-4 L', 'Portuguese; needs interpreter'],
         ['3', 'Kowalski, Irena', '12/30/1948', '(555) 012-4408', 'COPD / bronchiectasis', 'RA', 'prefers afternoons'],
         ['4', 'Dimaculangan, Corazon', '05/05/1942', '(555) 018-9930', 'post-COVID fibrosis', '2 L', 'granddaughter drives'],
         ['5', 'Batiste, Lionel', '08/14/1956', '(555) 016-2219', 'pulmonary hypertension', '3 L', 'needs Dr. Haddad ok for >3 METs'],
         ['6', 'Whitcombe, Doris', '11/27/1947', '(555) 011-7302', 'COPD - re-entry', '2 L', 'graduated 04/2024, new referral pending']],
        'Removed: Cordero, Raymond (deceased 9/14).',
    ]
    att_bytes(m, docx_bytes(items), 'PR waitlist 2024-10-07.docx', *DOCX_T)
    return m, 'Keld Rasmussen'


@reg('phi', 'lists')
def lists_7():
    m = new(TOM, 'Janet Corrigan <jcorrigan@%s>' % HOSP,
            'Maintenance program sign-in, week of 9/23', dt(9, 27, 17, 55))
    text(m, """Janet, scanned sign-in sheet for the evening maintenance group attached
for billing. Note two people paid cash at the door, receipts in the
envelope in your box.

Tom
""")
    lines = [
        'LAKESHORE MERCY CARDIOPULMONARY REHAB - MAINTENANCE PROGRAM SIGN-IN',
        'Week of 09/23/2024      Tue/Thu 5:00-6:15 PM      Staff: T. Kessler, CEP',
        '',
        'Name                      Tue 9/24   Thu 9/26   Pre BP    Post BP   Pay',
        '------------------------  ---------  ---------  --------  --------  ------',
        'Haskins, Lorraine         X          X          124/78    118/74    $30 ck',
        'Greenleaf, Otis           X          --         142/86    136/80    $15',
        'Ibarra, Consuelo          X          X          118/70    112/68    $30',
        'Pruitt-Vance, Adele       --         X          130/82    126/78    $15 cash',
        'Mueller, Heinz            X          X          138/84    130/80    $30',
        'Adeyemi, Folasade         X          X          122/76    120/72    $30',
        'Thorsby, Arne             X          --         150/90*   144/88    $15 cash',
        '',
        '* Thorsby - SBP 150 pre on Tue, cleared to exercise after recheck.',
        '  Reports ran out of lisinopril; told to call Dr. Okafor.',
        '',
        'Staff signature: T. Kessler                 Date: 09/26/2024',
    ]
    att_bytes(m, pdf_bytes(lines), 'Maint_signin_wk0923.pdf', *PDF_T)
    return m, 'Lorraine Haskins'


# ================================================================ PHI: struct
@reg('phi', 'struct')
def struct_1():
    m = new('Interface Team <interfaces@%s>' % HOSP, PRIYA,
            'RE: admit not showing on rehab board', dt(9, 18, 10, 42))
    hl7 = '\r\n'.join([
        'MSH|^~\\&|EPICADT|LMMC|RTBOARD|LMMC|20240918021144||ADT^A01^ADT_A01|4482119077|P|2.5.1',
        'EVN|A01|20240918021100|||EDRN04^Marsh^Kelly',
        'PID|1||00912284^^^LMMC^MR~5TR8-HJ3-QK26^^^CMS^MC||Halvorsen^Ingrid^Marit||19410527|F|||2207 Birchwood Ln^^Millbrook^IL^60999^USA||(555)014-6630^PRN^PH|||W|LUT|400881234',
        'NK1|1|Halvorsen^Per^^|SPO|2207 Birchwood Ln^^Millbrook^IL^60999|(555)014-6630',
        'PV1|1|I|4W^412^B^LMMC||||1184^Feist^Alan^R^^^MD|2207^Okafor^Emeka^^^^MD|CAR||||7|||1184^Feist^Alan^R^^^MD|IN||MCR|||||||||||||||||||LMMC||A|||20240918020500',
        'DG1|1||I50.23^Acute on chronic systolic heart failure^I10|||A',
        'IN1|1|MCR|MEDICARE A|MEDICARE PART A||||||||||||Halvorsen^Ingrid^Marit|01|19410527',
    ])
    text(m, """Priya,

Found it. The ADT for Ingrid Halvorsen came across at 02:11 but the board
filters on PV1-10 hospital service = CRH, and her encounter was built as
CAR (cardiology inpatient) since she came through the ED. She's still an
active cardiac rehab outpatient so the board never matched her.

Raw message from the engine:

""" + hl7 + """

We can add CAR to the filter for inpatient admits of active rehab
patients - ticket INC0418832. Let me know if that's what you want.

Ravi Menon
Integration Analyst, Lakeshore Mercy IS
x5570
""")
    return m, 'Ingrid Halvorsen'


@reg('phi', 'struct')
def struct_2():
    m = new('Lab Results Routing <labroute@%s>' % HOSP, HADDAD,
            'ABG / PFT results - MARTINEZ-OLIVEIRA, ESTEBAN', dt(9, 23, 14, 10), cc=MARCUS)
    text(m, """Results attached per standing routing rule (Pulm Rehab pre-entry panel).
Do not reply to this mailbox.
""")
    hl7 = '\r'.join([
        'MSH|^~\\&|SUNQUEST|LMMC_LAB|EPIC|LMMC|20240923140512||ORU^R01^ORU_R01|LAB0923-55810|P|2.5.1',
        'PID|1||01734456^^^LMMC^MR||Martinez-Oliveira^Esteban^J||19490211|M|||45 Harrow St^^Millbrook^IL^60999||(555)017-8840',
        'PV1|1|O|PFTLAB^^^LMMC|||||3310^Haddad^Samira^^^^MD',
        'ORC|RE|ORD774120|LAB55810||CM',
        'OBR|1|ORD774120|LAB55810|ABGRA^Arterial blood gas, room air^L|||20240923093000|||||||||3310^Haddad^Samira^^^^MD||||||20240923140500|||F',
        'OBX|1|NM|2744-1^pH Art^LN||7.38||7.35-7.45||||F',
        'OBX|2|NM|2019-8^pCO2 Art^LN||48|mm[Hg]|35-45|H|||F',
        'OBX|3|NM|2703-7^pO2 Art^LN||54|mm[Hg]|80-100|L|||F',
        'OBX|4|NM|2708-6^O2 Sat Art^LN||87.5|%|95-100|L|||F',
        'OBR|2|ORD774121|LAB55811|PFTSPIRO^Spirometry pre/post^L|||20240923100500|||||||||3310^Haddad^Samira^^^^MD||||||20240923140500|||F',
        'OBX|1|NM|19926-5^FVC pre^LN||2.31|L|||||F',
        'OBX|2|NM|20150-9^FEV1 pre^LN||0.98|L|||||F',
        'OBX|3|NM|19926-5^FEV1/FVC^LN||42|%|>70|L|||F',
        'OBX|4|TX|PFTINT^Interpretation^L||Severe obstructive defect without significant bronchodilator response.||||||F',
    ]) + '\r'
    att_bytes(m, hl7.encode('ascii'), 'ORU_01734456_20240923.hl7', 'application', 'hl7-v2')
    return m, 'Esteban Martinez-Oliveira'


@reg('phi', 'struct')
def struct_3():
    m = new(JOLENE, 'Support <support@clearpathedi.example>',
            'Rejected 837P batch 0927-02 - need help', dt(9, 28, 11, 3))
    text(m, """Hi,

Our batch from yesterday came back with a 999 rejection on the 2010BA loop
(IK304 = 8, segment has data element errors). I've attached the claim
file we sent. I think it's the subscriber address but I can't see what's
wrong with it. Can someone take a look? Our submitter ID is CHM44102.

Thank you,
""" + SIG_JOLENE + '\n')
    segs = [
        'ISA*00*          *00*          *ZZ*CHM44102       *ZZ*CLEARPATHEDI   *240927*1604*^*00501*000004417*0*P*:',
        'GS*HC*CHM44102*CLEARPATHEDI*20240927*1604*4417*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*CHM0927-02*20240927*1604*CH',
        'NM1*41*2*CRESTLINE HOME MEDICAL LLC*****46*CHM44102',
        'PER*IC*JOLENE MARSH*TE*5550166214',
        'NM1*40*2*CLEARPATH EDI*****46*CLEARPATHEDI',
        'HL*1**20*1',
        'NM1*85*2*CRESTLINE HOME MEDICAL LLC*****XX*1457392218',
        'N3*400 INDUSTRIAL PKWY STE 6',
        'N4*MILLBROOK*IL*609991120',
        'REF*EI*364418827',
        'HL*2*1*22*0',
        'SBR*P*18*******MB',
        'NM1*IL*1*GRIERSON*OPAL*L***MI*2WD7QN4RM91',
        'N3*88 QUARRY RD APT 3B*',
        'N4*MILLBROOK*IL*60999',
        'DMG*D8*19400612*F',
        'NM1*PR*2*MEDICARE DME MAC JURISDICTION B*****PI*17013',
        'CLM*CHM2409-88731*312.41***12:B:1*Y*A*Y*Y',
        'HI*ABK:J9611*ABF:J449',
        'NM1*DK*1*HADDAD*SAMIRA****XX*1306642291',
        'LX*1',
        'SV1*HC:E1390:RR*187.56*UN*1***1',
        'DTP*472*RD8*20240901-20240930',
        'LX*2',
        'SV1*HC:E0431:RR*21.35*UN*1***1',
        'DTP*472*RD8*20240901-20240930',
        'LX*3',
        'SV1*HC:E0442*103.50*UN*1***1',
        'DTP*472*D8*20240914',
        'SE*30*0001',
        'GE*1*4417',
        'IEA*1*000004417',
    ]
    att_bytes(m, ('~\n'.join(segs) + '~\n').encode('ascii'), 'CHM0927-02.837',
              'application', 'edi-x12')
    return m, 'Opal L Grierson'


@reg('phi', 'struct')
def struct_4():
    m = new(BETH, JOLENE, 'FW: 271 for Espinoza-Vega - PA needed?', dt(10, 1, 15, 18))
    x12 = '~\n'.join([
        'ISA*00*          *00*          *ZZ*EVERGREENSA    *ZZ*CHM44102       *241001*1511*^*00501*000088120*0*P*:',
        'GS*HB*EVERGREENSA*CHM44102*20241001*1511*88120*X*005010X279A1',
        'ST*271*0001*005010X279A1',
        'BHT*0022*11*EV2410011511CHM*20241001*1511',
        'HL*1**20*1',
        'NM1*PR*2*CLEARPATH MEDICARE ADVANTAGE*****PI*CPMA1',
        'HL*2*1*21*1',
        'NM1*1P*2*CRESTLINE HOME MEDICAL LLC*****XX*1457392218',
        'HL*3*2*22*0',
        'TRN*2*EV77180029341*9CHM441020',
        'NM1*IL*1*ESPINOZA-VEGA*ROLANDO****MI*XJH902114773',
        'N3*3318 MAGNOLIA TER',
        'N4*MILLBROOK*IL*60999',
        'DMG*D8*19580214*M',
        'DTP*346*D8*20240101',
        'EB*1*IND*30**HMO POS PLAN',
        'EB*C*IND*12****0**23*0',
        'EB*A*IND*12***27*0.20',
        'MSG*DME COINSURANCE 20 PCT AFTER PLAN DEDUCTIBLE',
        'EB*CB*IND*12***27',
        'MSG*PRIOR AUTHORIZATION REQUIRED E0601 E0470 E0471',
        'LS*2120',
        'NM1*VN*2*CLEARPATH DME NETWORK',
        'LE*2120',
        'SE*23*0001',
        'GE*1*88120',
        'IEA*1*000088120',
    ]) + '~'
    text(m, """Jolene - 271 below for the Espinoza-Vega APAP. Sleep center says they
already have PA-24-771035 but the response still says PA required for
E0601. Is that the same auth or do we need our own? Setup is scheduled for
Thursday.

Beth

-----Original Message-----
From: eligibility@clearpathedi.example
Sent: Tuesday, October 1, 2024 3:11 PM
To: intake@crestlinehm.example
Subject: 271 Response EV2410011511CHM

""" + x12 + '\n')
    return m, 'Rolando Espinoza-Vega'


@reg('phi', 'struct')
def struct_5():
    m = new('Referral Hub <referrals@%s>' % PULM, INTAKE,
            'Home oxygen referral (FHIR) - ref 8841207', dt(9, 24, 9, 1))
    bundle = {
        'resourceType': 'Bundle',
        'id': 'ref-8841207',
        'type': 'collection',
        'timestamp': '2024-09-24T08:59:41-05:00',
        'entry': [
            {'fullUrl': 'urn:uuid:6f3c0d2e-17b0-4b6e-9a3e-2c8a41f0e911',
             'resource': {
                 'resourceType': 'Patient',
                 'id': 'pt-01876602',
                 'identifier': [
                     {'system': 'urn:oid:2.16.840.1.113883.3.9911.1', 'value': '01876602',
                      'type': {'text': 'MRN'}},
                     {'system': 'http://hl7.org/fhir/sid/us-mbi', 'value': '3FA6-JN2-CX84'}],
                 'name': [{'family': 'Pereira da Silva', 'given': ['Joaquim', 'Manuel'],
                           'text': 'Joaquim Manuel Pereira da Silva'}],
                 'gender': 'male',
                 'birthDate': '1950-07-19',
                 'telecom': [{'system': 'phone', 'value': '(555) 019-6021', 'use': 'home'}],
                 'address': [{'line': ['71 Beacon Hill Rd'], 'city': 'Millbrook',
                              'state': 'IL', 'postalCode': '60999'}],
                 'communication': [{'language': {'coding': [{'system': 'urn:ietf:bcp:47',
                                                             'code': 'pt-PT'}]},
                                    'preferred': True}]}},
            {'fullUrl': 'urn:uuid:0b7e2f11-5d2c-4f0b-8f3f-7a21c2e4d003',
             'resource': {
                 'resourceType': 'Observation',
                 'status': 'final',
                 'code': {'coding': [{'system': 'http://loinc.org', 'code': '59408-5',
                                      'display': 'Oxygen saturation in Arterial blood by Pulse oximetry'}]},
                 'subject': {'reference': 'urn:uuid:6f3c0d2e-17b0-4b6e-9a3e-2c8a41f0e911'},
                 'effectiveDateTime': '2024-09-23T10:40:00-05:00',
                 'valueQuantity': {'value': 85, 'unit': '%', 'system': 'http://unitsofmeasure.org', 'code': '%'},
                 'note': [{'text': 'Room air, ambulating, 6MWT minute 4. 92% on 3 L/min.'}]}},
            {'fullUrl': 'urn:uuid:c2a9e5b7-3e18-4c5a-b7a8-5f02d1e6aa47',
             'resource': {
                 'resourceType': 'ServiceRequest',
                 'status': 'active',
                 'intent': 'order',
                 'code': {'text': 'Home oxygen: stationary concentrator + portable, 3 L/min continuous with exertion and sleep'},
                 'subject': {'reference': 'urn:uuid:6f3c0d2e-17b0-4b6e-9a3e-2c8a41f0e911'},
                 'reasonCode': [{'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm',
                                             'code': 'J84.10', 'display': 'Pulmonary fibrosis, unspecified'}]}],
                 'requester': {'display': 'Samira Haddad, MD'},
                 'authoredOn': '2024-09-23'}},
        ]}
    text(m, """A new referral has been sent to Crestline Home Medical from North Shore
Pulmonary & Sleep. The structured referral is attached. Please confirm
receipt through the referral portal within one business day.

Referral: 8841207   Priority: Routine   Ordering: Samira Haddad, MD
""")
    att_bytes(m, json.dumps(bundle, indent=2, ensure_ascii=False).encode('utf-8'),
              'referral-8841207.json', 'application', 'fhir+json')
    return m, 'Joaquim Manuel Pereira da Silva'


@reg('phi', 'struct')
def struct_6():
    m = new('web-forms@%s' % SUPP, INTAKE, '[Web Form] Oxygen Order Intake #40213',
            dt(9, 29, 21, 47))
    text(m, """A new submission was received from the Provider Order form.

Form: Oxygen Order Intake
Submission ID: 40213
Submitted: 09/29/2024 9:47 PM

Patient Last Name: Toussaint
Patient First Name: Jean-Marc
Date of Birth: 1946-01-23
Sex: M
Phone: (555) 012-9047
Address: 19 Calloway St, Unit 2, Millbrook IL 60999
Primary Insurance: Medicare
MBI: 7GC4-XW1-PP53
Secondary Insurance: none
Ordering Provider: Samira Haddad MD
NPI: 1306642291
Diagnosis Code(s): J44.1
Qualifying SpO2: 86
Qualifying Test Date: 2024-09-26
Test Condition: At rest, room air
Flow Rate (LPM): 3
Frequency: Continuous, 24 hr
Equipment Requested: Stationary concentrator; portable concentrator; 6 E cylinders backup
Length of Need (months): 99
Delivery Requested By: 2024-10-01
Special Instructions: Lives with daughter, Haitian Creole preferred. Call daughter Nadège at (555) 012-9051.
Submitted By: Nadia Kassem, MA (North Shore Pulmonary & Sleep)
""")
    return m, 'Jean-Marc Toussaint'


@reg('phi', 'struct')
def struct_7():
    m = new('Data Exchange <dx@%s>' % SUPP, 'Care Management Reports <cmreports@%s>' % PLAN,
            'Monthly PAP adherence extract - Sept 2024', dt(10, 5, 6, 0))
    text(m, """Attached is the monthly PAP adherence extract per the data exchange
agreement (fixed-width, layout v3). Password sent separately.

This is an automated message from Crestline Home Medical.
""")
    def rec(mid, last, first, dob, acct, setup, nights, avg, ahi, st):
        return '%-14s%-20s%-15s%-8s%-12s%-8s%03d%04d%05.1f%-2s' % (
            mid, last, first, dob, acct, setup, nights, avg, ahi, st)
    recs = [
        'HDR' + 'CHM44102' + '20241005' + 'PAPADH' + 'V3'.ljust(5) + '000006',
        rec('EVG448120937', 'RUTHERFORD', 'AGNES', '19381105', '300-198-220', '20240603', 27, 412, 2.4, 'OK'),
        rec('EVG512003318', 'FAIRWEATHER', 'LUCILLE', '19540818', '300-202-811', '20240809', 23, 361, 3.9, 'OK'),
        rec('EVG301177426', 'LINDAHL', 'MARJORIE', '19490301', '300-200-093', '20240722', 8, 132, 14.1, 'NC'),
        rec('EVG660018275', 'HOLLINGS', 'TRUDY', '19520617', '300-205-504', '20240826', 15, 228, 5.8, 'AR'),
        rec('EVG448771520', 'CASTELLANOS', 'IBRAHIM', '19610930', '300-206-117', '20240902', 19, 295, 7.7, 'AR'),
        rec('EVG721345901', 'RASMUSSEN', 'KELD', '19451002', '300-190-552', '20240415', 29, 488, 1.6, 'OK'),
        'TRL000006',
    ]
    layout = """PAP ADHERENCE EXTRACT - LAYOUT V3
Pos  Len  Field
1    14   Plan member ID
15   20   Last name
35   15   First name
50   8    DOB CCYYMMDD
58   12   Supplier account
70   8    Setup date
78   3    Nights >= 4h (last 30)
81   4    Avg minutes/night
85   5    Residual AHI
90   2    Status OK/AR/NC
"""
    z = zip_bytes([('PAPADH_CHM44102_202409.txt', '\r\n'.join(recs) + '\r\n'),
                   ('LAYOUT_V3.txt', layout)])
    att_bytes(m, z, 'PAPADH_CHM44102_202409.zip', *ZIP_T)
    return m, 'Agnes Rutherford'

# ================================================================ PHI: lang
@reg('phi', 'lang')
def lang_1():
    m = new('Yesenia Camacho <yesenia.camacho@correorapido.example>', ROSA,
            'Mi papá no pudo ir a la terapia hoy', dt(9, 17, 12, 8))
    text(m, """Hola Rosa,

Le escribo porque mi papá, Don Aurelio Camacho, no pudo ir hoy a su
rehabilitación pulmonar. Se le acabó el oxígeno del tanque portátil anoche
y la compañía (Crestline) no viene hasta el viernes. Está usando la máquina
grande en la casa pero no puede salir con ella.

¿Podemos cambiar su cita del jueves para la próxima semana? También el
doctor Haddad le dijo que tiene que usar 3 litros cuando camina, pero el
tanque chico solo le dura como una hora.

Anoche se le pusieron los labios morados cuando subió las escaleras y me
asusté mucho. Hoy amaneció mejor, pero muy cansado.

Gracias,
Yesenia Camacho
(555) 019-4471
""", charset='iso-8859-1', cte='quoted-printable')
    return m, 'Aurelio Camacho'


@reg('phi', 'lang')
def lang_2():
    m = new('Людмила Соколова <l.sokolova@mirpochta.example>', CS,
            'Аппарат CPAP мужа — маска', dt(9, 20, 21, 16))
    text(m, """Здравствуйте!

Пишу по поводу моего мужа.
Пациент: Соколов Геннадий Петрович, дата рождения 14.08.1953.

В июле вы установили ему аппарат CPAP. Последние две недели он почти не
может спать в маске: говорит, что воздух дует в глаза, а утром у него
сухость во рту и болит голова. Вчера он снял маску в два часа ночи и
больше не надевал.

Доктор Линдгрен сказала, что если он не будет пользоваться аппаратом по
4 часа за ночь, страховка перестанет платить. Можно ли прислать
специалиста, чтобы подобрать другую маску? Он плохо говорит по-английски,
поэтому лучше звонить мне: (555) 015-8823.

С уважением,
Людмила Соколова
""", charset='koi8-r', cte='base64')
    return m, 'Соколов Геннадий Петрович'


@reg('phi', 'lang')
def lang_3():
    m = new('Lê Minh Hùng <lmhung@saigonmail.example>', CS,
            'Máy oxy của mẹ tôi kêu báo động - Tran Thi Lan', dt(9, 22, 7, 3))
    text(m, """Chào anh/chị,

Tôi là Hùng, con trai của bà Trần Thị Lan (ngày sinh 02/09/1944). Máy tạo
oxy ở nhà của mẹ tôi cứ kêu bíp bíp và đèn vàng sáng từ tối hôm qua. Mẹ
tôi phải thở oxy 2 lít liên tục, nên cả nhà rất lo. Hiện tại bà đang dùng
bình oxy dự phòng nhưng chỉ còn một bình.

Xin cho người đến kiểm tra hoặc đổi máy mới càng sớm càng tốt. Mẹ tôi
không nói được tiếng Anh, xin gọi cho tôi: (555) 012-3306.

Sorry my English not good - the oxygen machine of my mother is beeping with
yellow light since last night, she only have one backup tank left. Please
call me.

Cảm ơn,
Lê Minh Hùng
""", cte='quoted-printable')
    return m, 'Trần Thị Lan'


@reg('phi', 'lang')
def lang_4():
    m = new('Li Wen <wli@%s>' % HOSP, PRIYA, '口译摘要 / Interpreter summary - 王秀英',
            dt(9, 23, 15, 50))
    text(m, """Priya,

Below is the summary of today's phone call with the patient's daughter, in
both languages as you requested.

患者：王秀英（Wang Xiuying），出生日期 1947年3月5日
来电人：女儿 陈丽

1. 患者上周三心脏康复训练后回家，晚上胸口发闷约十分钟，含服硝酸甘油一片后缓解。
2. 最近三天脚踝有些肿，体重增加了约1.5公斤。
3. 家属问：下周一是否还可以继续来做康复运动？是否需要先看医生？

English:
1. After last Wednesday's cardiac rehab session she had about 10 minutes
   of chest tightness at home in the evening, relieved by one nitroglycerin
   tablet.
2. Mild ankle swelling for 3 days, weight up about 1.5 kg.
3. Family asks whether she can still come Monday, or should she see the
   doctor first?

Daughter's number: (555) 018-2276 (Chen Li)

Li Wen, CMI-Mandarin
Interpreter Services, Lakeshore Mercy  x2280
""", charset='gb2312', cte='base64')
    return m, '王秀英'


@reg('phi', 'lang')
def lang_5():
    m = new('Omar Al-Khatib <omar.khatib@nilemail.example>', HADDAD,
            'والدي يوسف الخطيب - الأكسجين وموعد التأهيل', dt(9, 29, 19, 27))
    text(m, """الدكتورة سميرة حداد المحترمة،

السلام عليكم. أكتب إليك بخصوص والدي يوسف الخطيب (تاريخ الميلاد 12/06/1943).
منذ أسبوع يشعر بضيق في التنفس أكثر من المعتاد، ويحتاج الآن إلى 3 لترات من
الأكسجين بدلاً من لترين، خاصة عند المشي إلى الحمام. كما أن قدميه متورمتان
قليلاً.

لديه موعد في برنامج التأهيل الرئوي يوم الأربعاء الساعة 11 صباحاً. هل يذهب إلى
الموعد أم يجب أن يراكِ أولاً؟ وهل يمكن أن تكتبي طلباً جديداً لشركة Crestline
لزيادة الأكسجين؟

شكراً جزيلاً،
عمر الخطيب
(555) 017-6624
""", charset='windows-1256', cte='quoted-printable')
    return m, 'يوسف الخطيب'


@reg('phi', 'lang')
def lang_6():
    m = new('Fátima Gouveia <fatima.gouveia@correioluso.example>', CS,
            'Oxigênio do meu marido - Manuel Gouveia', dt(9, 24, 14, 36))
    body = """Boa tarde,

Sou a esposa do Sr. Manuel Gouveia (data de nascimento 22/10/1941). O
concentrador de oxigênio dele está fazendo um barulho muito alto e a luz
vermelha acende de vez em quando. Ele usa o oxigênio 24 horas, 2 litros por
minuto, e à noite fica muito cansado e com falta de ar.

O motorista, Sr. Carlos, disse que podia trocar a máquina mas precisava de
uma ordem do escritório. Por favor, podem mandar alguém amanhã de manhã?
Ele tem reabilitação cardíaca no Lakeshore às 13h.

Obrigada,
Fátima Gouveia
Tel. (555) 013-5098
"""
    alt(m, body, to_html(body, 'Verdana, sans-serif'), charset='iso-8859-1',
        cte='base64')
    return m, 'Manuel Gouveia'


@reg('phi', 'lang')
def lang_7():
    inner_body = """Bonjou,

Se pitit fi Madan Rose-Marie Baptiste ki ekri w. Manman m pa ka vini nan
terapi poumon an demen paske li te ale lopital yè swa, li te gen anpil
difikilte pou l respire. Yo ba l oksijèn epi yo kenbe l pou obsèvasyon.
Doktè a di petèt l ap soti vandredi.

Tanpri, pa retire l nan pwogram nan. Mèsi anpil.

Guerline Baptiste
(555) 016-4480
"""
    m = new(ROSA, MARCUS, 'FW: Madan Rose-Marie Baptiste - demen', dt(9, 25, 16, 12),
            cc=LENA)
    text(m, """Marcus - came into the general inbox in Creole. I ran it past
Interpreter Services, translation:

"Hello, this is Mrs. Rose-Marie Baptiste's daughter. My mother can't come
to lung therapy tomorrow because she went to the hospital last night, she
had a lot of trouble breathing. They gave her oxygen and are keeping her
for observation. The doctor says maybe she'll go home Friday. Please don't
take her out of the program. Thank you very much."

I cancelled tomorrow and Monday. Can you check in Epic whether she's
admitted here or at St. Columba?

Rosa

-----Original Message-----
From: Guerline Baptiste <gbaptiste@kreyolnet.example>
Sent: Wednesday, September 25, 2024 2:40 PM
To: Lakeshore Cardiopulmonary Rehab <cprehab@lakeshoremercy.example>
Subject: Madan Rose-Marie Baptiste - demen

""" + inner_body)
    return m, 'Rose-Marie Baptiste'


@reg('phi', 'lang')
def lang_8():
    m = new('Kristine Dimaculangan-Reyes <kdreyes@pinoymail.example>', LENA,
            'Lola Corazon - pulmonary rehab schedule', dt(10, 3, 22, 11))
    body = """Hi po Ms. Lena,

Ako po si Kristine, apo ni Lola Corazon Dimaculangan. Tatanong ko lang po
kung kailan pwede magsimula si Lola sa pulmonary rehab? Nasa waitlist daw
po siya since August. Medyo hirap na po siyang huminga kapag naglalakad,
kahit naka-2 liters na siya ng oxygen. Nung Sunday po nag-85% siya sa
pulse ox habang nagsisimba kami, kaya umuwi na lang kami.

Pwede po ba kami sa afternoon schedule? Ako po kasi ang nagda-drive sa
kanya at may pasok ako sa umaga.

Salamat po!
Kristine Dimaculangan-Reyes
(555) 018-9930
"""
    alt(m, body, to_html(body, 'Arial, sans-serif'))
    return m, 'Corazon Dimaculangan'

# ================================================================ clean: staff
@reg('clean', 'staff')
def staff_1():
    m = new('Dawn Kilbride <dkilbride@%s>' % SUPP, 'Crestline Clinical & Drivers <allfield@%s>' % SUPP,
            'October after-hours on-call rotation', dt(9, 27, 15, 30))
    text(m, """Team,

Here's the October after-hours rotation. On-call RT carries the clinical
phone (555-0166 option 9 forwards to it), on-call driver takes emergency
O2 runs and equipment failures. Swaps are fine, just reply-all so the
answering service gets the update.

Week          On-call RT          Cell           On-call driver     Cell
------------  ------------------  -------------  -----------------  -------------
Oct 4-10      Kevin Tran          555-0171       Gary Pruitt        555-0181
Oct 11-17     Monique Everett     555-0172       Carlos Mendes      555-0182
Oct 18-24     Kevin Tran          555-0171       Dale Furness       555-0183
Oct 25-31     Sarah Lindqvist     555-0173       Gary Pruitt        555-0181

Reminders:
- Answering service needs a call-back within 15 minutes.
- Liquid runs after 10 PM need a second person if the route is over 40
  miles round trip.
- Log every call in the after-hours sheet by 8 AM next business day.

Thanks,
Dawn Kilbride
Operations Manager, Crestline Home Medical
""")
    return m, ''


@reg('clean', 'staff')
def staff_2():
    m = new(LENA, REHAB_LIST, 'Updated department directory - Oct 2024', dt(10, 1, 8, 5))
    rows = [
        ('Alan Feist, MD, FACC', 'Medical Director, Cardiac Rehab', '3301', '(555) 014-3401', 'pager 4471'),
        ('Samira Haddad, MD', 'Medical Director, Pulmonary Rehab', '3302', '(555) 014-3402', 'pager 4475'),
        ('Janet Corrigan, MBA', 'Manager, Cardiopulmonary Rehab', '3305', '(555) 014-3305', ''),
        ('Dana Whitfield, MS, ACSM-CEP', 'Clinical Exercise Physiologist', '3318', '(555) 014-3318', 'BLS/ACLS'),
        ('Tom Kessler, MS, CEP', 'Exercise Physiologist II', '3319', '(555) 014-3319', 'BLS/ACLS'),
        ('Marcus Oyelaran, RRT', 'Respiratory Therapist', '3321', '(555) 014-3321', 'BLS'),
        ('Priya Raghunathan, BSN, RN, CCRN', 'Cardiac Rehab Nurse', '3325', '(555) 014-3325', 'BLS/ACLS'),
        ('Lena Novak', 'Program Coordinator', '3300', '(555) 014-3300', ''),
        ('Rosa Delgado', 'Scheduler (bilingual Spanish)', '3308', '(555) 014-3308', ''),
    ]
    tr = '\n'.join('<tr>' + ''.join('<td>%s</td>' % xesc(c) for c in r) + '</tr>' for r in rows)
    html(m, """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hi all - updated directory below. Please check your line and let me know of any
corrections by Friday. Front desk: x3300, fax (555) 014-3390, gym phone x3330.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f4e79;color:white"><th>Name</th><th>Title</th><th>Ext</th>
<th>Direct</th><th>Notes</th></tr>
%s
</table>
<p>Hours: Mon-Fri 6:30 AM - 6:30 PM. Evening maintenance Tue/Thu until 6:30.</p>
<p>Lena</p></body></html>
""" % tr)
    return m, ''


@reg('clean', 'staff')
def staff_3():
    m = new(FEIST, REHAB_LIST, 'Reminder: pre-exercise holds and telemetry criteria',
            dt(9, 12, 7, 20), cc=HADDAD)
    body = """All,

After the last couple of weeks I want to restate the pre-exercise criteria
so we're all applying them the same way. This is a reminder of existing
policy, not a change.

Hold exercise and notify the supervising physician if:
  - Resting SBP > 200 or DBP > 110 mmHg on two readings 5 min apart
  - Resting HR > 120 or new irregular rhythm on the monitor
  - New or worsening chest discomfort, or weight gain > 3 lb in 2 days
    with edema
  - Blood glucose < 70 or > 300 mg/dL in participants with diabetes
  - SpO2 < 88% at rest on the prescribed O2 flow

Terminate exercise for: angina grade 3 or more, SBP drop > 10 mmHg with
rising workload, ventricular runs of 3 or more beats, SpO2 sustained < 85%
despite titration, or the participant asking to stop.

Document the reason in the session note and route to the ordering
physician the same day. When in doubt, call me or Dr. Haddad - we would
much rather hear about it.

Alan Feist, MD, FACC
Medical Director, Cardiac Rehabilitation
"""
    alt(m, body, to_html(body))
    return m, ''


@reg('clean', 'staff')
def staff_4():
    m = new('Janet Corrigan <jcorrigan@%s>' % HOSP, REHAB_LIST,
            'Thanksgiving week coverage', dt(10, 14, 11, 0))
    text(m, """Hi team,

Draft Thanksgiving week coverage attached. Closed Thursday 11/28, half day
Friday (groups at 7:00 and 8:15 only). Please check your rows - swaps
need to be in by 11/1 so Lena can rebook sessions.

Janet Corrigan, MBA
Manager, Cardiopulmonary Rehabilitation
""")
    rows = [['Date', 'Session', 'Time', 'Floor 1', 'Floor 2', 'Tele / RN', 'RT', 'Front desk'],
            ['Mon 11/25', 'Cardiac', '07:00', 'Kessler', 'Whitfield', 'Raghunathan', '', 'Novak'],
            ['Mon 11/25', 'Pulm', '11:00', 'Whitfield', '', '', 'Oyelaran', 'Delgado'],
            ['Tue 11/26', 'Cardiac', '07:00', 'Kessler', 'float (Ames)', 'Raghunathan', '', 'Delgado'],
            ['Tue 11/26', 'Maint.', '17:00', 'Kessler', '', '', '', ''],
            ['Wed 11/27', 'Cardiac', '07:00', 'Whitfield', 'Kessler', 'float (Boyle RN)', '', 'Novak'],
            ['Wed 11/27', 'Pulm', '11:00', 'Whitfield', '', '', 'Oyelaran', 'Novak'],
            ['Thu 11/28', 'CLOSED', '', '', '', '', '', ''],
            ['Fri 11/29', 'Cardiac', '07:00', 'Kessler', '', 'Raghunathan', '', 'Delgado'],
            ['Fri 11/29', 'Cardiac', '08:15', 'Kessler', '', 'Raghunathan', '', 'Delgado']]
    att_bytes(m, xlsx_bytes(rows, 'Thanksgiving'), 'Coverage_Thanksgiving_2024_DRAFT.xlsx', *XLSX_T)
    return m, ''


@reg('clean', 'staff')
def staff_5():
    m = new(DISPATCH, 'Crestline Drivers <drivers@%s>' % SUPP, 'Zone assignments starting 10/7',
            dt(10, 3, 16, 0))
    rows = [['Zone', 'Driver', 'Truck', 'Liquid', 'Days', 'Backup'],
            ['1 - Millbrook North', 'Gary Pruitt', '12', 'Y', 'M-F', 'Dale Furness'],
            ['2 - Millbrook South', 'Carlos Mendes', '9', 'Y', 'M-F', 'Gary Pruitt'],
            ['3 - Lakeshore / Harbor', 'Dale Furness', '14', 'N', 'M-Th', 'Carlos Mendes'],
            ['4 - County West', 'Renny Obi', '7', 'Y', 'Tu-Sat', 'Dale Furness'],
            ['Warehouse / cylinders', 'Luis Batista', 'box 3', 'N', 'M-F', '']]
    text(m, """Drivers,

New zone assignments below start Monday 10/7. Truck 11 is in the shop
until the 15th for the liftgate.

""" + '\n'.join('\t'.join(r) for r in rows) + """

DOT pre-trip inspections still go on the tablet before you leave the
yard. Cylinder racks must be strapped - we had a warning from the
inspector last month.

Dispatch
""")
    return m, ''


@reg('clean', 'staff')
def staff_6():
    prev = """Hi all - the manufacturer rep is coming Oct 16 at 2 PM to do an
in-service on the new LiteFlow 5 portable concentrator and the
DreamSeal full-face mask line. 90 minutes, conference room B, counts for
1.5 CRCE hours for RTs. Please reply if you're coming so I can order lunch.
Monique"""
    m = new(KEVIN, 'Monique Everett <meverett@%s>' % SUPP, 'RE: In-service Oct 16 - LiteFlow 5 / DreamSeal',
            dt(10, 2, 10, 14))
    text(m, """Count me in. Can you ask the rep to cover the pulse-dose bolus
differences between settings 1-5 vs the old unit? Half the questions I get
from the rehab programs are about that. Sarah and Dale are coming too,
Dale wants the battery swap training for drivers.

Kevin

""" + SIG_KEVIN + '\n\n' + quote(prev, 'Monique Everett', 'Tue, Oct 1, 2024 at 3:20 PM') + '\n')
    return m, ''


@reg('clean', 'staff')
def staff_7():
    m = new('Janet Corrigan <jcorrigan@%s>' % HOSP, REHAB_LIST,
            'BLS / ACLS renewals due', dt(9, 3, 9, 30))
    text(m, """Hi all,

Education pulled the certification report for our department. Anyone
expiring before 12/31 please sign up for a renewal class in the learning
system now - the October classes fill fast. Cards need to be uploaded to
your HR profile.

Report attached.

Janet
""")
    rows = [['Employee', 'Emp ID', 'Credential', 'Card #', 'Issued', 'Expires', 'Status'],
            ['Whitfield, Dana', '448102', 'ACLS', 'AHA-2311-774501', '2022-11-09', '2024-11-30', 'DUE'],
            ['Whitfield, Dana', '448102', 'BLS', 'AHA-2311-774502', '2022-11-09', '2024-11-30', 'DUE'],
            ['Kessler, Thomas', '448210', 'ACLS', 'AHA-2402-118833', '2024-02-14', '2026-02-28', 'OK'],
            ['Oyelaran, Marcus', '451077', 'BLS', 'AHA-2301-220417', '2023-01-20', '2025-01-31', 'OK'],
            ['Oyelaran, Marcus', '451077', 'RRT (NBRC)', '221806', '2019-06-01', '2024-12-31', 'CE due'],
            ['Raghunathan, Priya', '439915', 'ACLS', 'AHA-2210-560128', '2022-10-03', '2024-10-31', 'DUE'],
            ['Raghunathan, Priya', '439915', 'CCRN', 'CC-0081192', '2022-03-01', '2025-02-28', 'OK'],
            ['Novak, Lena', '455302', 'BLS (non-clinical)', 'AHA-2305-901144', '2023-05-11', '2025-05-31', 'OK'],
            ['Delgado, Rosa', '457781', 'BLS (non-clinical)', 'AHA-2305-901145', '2023-05-11', '2025-05-31', 'OK']]
    att_text(m, csv_text(rows), 'CPR_cert_report_dept7740.csv', subtype='csv')
    return m, ''


# ================================================================ clean: admin
@reg('clean', 'admin')
def admin_1():
    m = new('Accounts Receivable <ar@apexfitservice.example>',
            'Accounts Payable <ap@%s>' % HOSP, 'Invoice INV-20931 - Lakeshore Mercy Cardiopulmonary Rehab',
            dt(9, 20, 10, 0), cc='Janet Corrigan <jcorrigan@%s>' % HOSP)
    text(m, """Please find attached invoice INV-20931 for the quarterly preventive
maintenance visit on 09/18/2024. Payment terms Net 30. Reference PO
4500218834 on remittance.

Apex Fitness Service Co.
Remit to: PO Box 7781, Millbrook IL 60999 | (555) 010-2288
""")
    lines = [
        'APEX FITNESS SERVICE CO.                                INVOICE',
        'PO Box 7781, Millbrook IL 60999   (555) 010-2288',
        '',
        'Invoice #: INV-20931          Date: 09/19/2024        Terms: Net 30',
        'Customer: Lakeshore Mercy Medical Center - Cardiopulmonary Rehab',
        'Customer #: LMMC-0042         PO #: 4500218834',
        'Ship/Service to: Pavilion B, Level 2',
        '',
        'Qty  Description                                   Serial        Amount',
        '---  --------------------------------------------  ------------  --------',
        ' 6   Treadmill PM - belt/deck inspect, lube, cal   TM-various    $540.00',
        ' 4   Recumbent stepper PM                          RS-various    $260.00',
        ' 3   Upper body ergometer PM                       UBE-various   $165.00',
        ' 2   Upright bike PM                               UB-5521/5522  $110.00',
        ' 1   Replace drive belt, treadmill #4              TM-88201-04   $186.40',
        ' 1   Trip charge                                                  $75.00',
        '',
        '                                                   Subtotal    $1,336.40',
        '                                                   Tax (exempt)    $0.00',
        '                                                   TOTAL DUE   $1,336.40',
        '',
        'Technician: R. Galloway   Next PM due: 12/2024',
    ]
    att_bytes(m, pdf_bytes(lines), 'INV-20931.pdf', *PDF_T)
    return m, ''


@reg('clean', 'admin')
def admin_2():
    m = new('IS Service Desk <servicedesk@%s>' % HOSP, 'Pavilion B Outpatient Depts <pavb-all@%s>' % HOSP,
            'Planned downtime: telemetry central station upgrade Sat 10/12',
            dt(10, 7, 13, 0))
    html(m, """<html><body style="font-family:Arial;font-size:10pt">
<table width="100%" style="background:#003366;color:white"><tr><td style="padding:8px">
<b>Lakeshore Mercy Information Services - Planned Downtime Notice</b></td></tr></table>
<p><b>System:</b> Outpatient telemetry central station (Pavilion B Cardiopulmonary Rehab)<br>
<b>When:</b> Saturday 10/12/2024, 06:00 - 14:00<br>
<b>Change #:</b> CHG0031877<br>
<b>Impact:</b> Central monitoring and automatic strip upload to the EHR unavailable.</p>
<p>No sessions are scheduled on Saturday, so we expect no clinical impact. Transmitters should
be docked and charging Friday evening. On Monday 10/14 please verify that all 8 transmitters
pair and that strips post to the chart on your first group. Report any problem to the
Service Desk at x5500 and reference CHG0031877.</p>
<p>Downtime paper forms are in the blue binder at the nurses' station if needed.</p>
<p>Thank you,<br>IS Service Desk</p>
</body></html>
""")
    return m, ''


@reg('clean', 'admin')
def admin_3():
    m = new('Facilities Management <facilities@%s>' % HOSP, 'Janet Corrigan <jcorrigan@%s>' % HOSP,
            'Medical gas zone valve testing - Pavilion B L2 - 10/19', dt(10, 8, 14, 22),
            cc=DANA)
    text(m, """Janet,

Our medical gas contractor (Tri-County MedGas) will be doing annual
verification on the oxygen and vacuum zone valves serving Pavilion B Level 2
on Saturday 10/19 from 7:00 to 11:00. Wall oxygen outlets in the rehab gym
and exam rooms 2-210 through 2-216 will be off intermittently during that
window.

Since you're closed Saturday this shouldn't affect sessions. Please make
sure nothing is left connected to the wall outlets Friday evening and that
the two backup E cylinders on the crash cart are full and tagged. We'll
restore and certify by 11:00 and leave the report with the house
supervisor.

Work order: WO-2024-11842

Thanks,
Paul Dembinski
Facilities Supervisor, Plant Operations
x4107
""")
    return m, ''


@reg('clean', 'admin')
def admin_4():
    m = new('Crestline HR <hr@%s>' % SUPP, 'All Crestline Staff <allstaff@%s>' % SUPP,
            'Now hiring: Respiratory Therapist (Sleep/Oxygen) + $1,500 referral bonus',
            dt(9, 9, 9, 0))
    body = """Hi everyone,

We're adding a second full-time clinical RT to support the sleep and
oxygen programs. Know a good RRT? Employee referrals hired and retained
90 days earn a $1,500 bonus.

Respiratory Therapist - Sleep & Oxygen (Full time, Mon-Fri + on-call
rotation)
 - Home and office CPAP/BiPAP setups, mask fittings, oxygen assessments
 - Usage downloads and follow-up calls with referral sources
 - Requires RRT; RPSGT or CPFT a plus; valid driver's license
 - Pay range $34.50 - $42.00/hr, mileage, company phone

Apply at careers.crestlinehm.example/req/2024-017 or send resumes to
hr@crestlinehm.example. Questions: Denise Albrecht, x205.

Crestline Home Medical Human Resources
"""
    alt(m, body, to_html(body))
    return m, ''


@reg('clean', 'admin')
def admin_5():
    m = new(JOLENE, 'Contracting <contracting@%s>' % PLAN, 'Re: 2025 DME fee schedule - Crestline',
            dt(10, 10, 15, 47), cc='Dawn Kilbride <dkilbride@%s>' % SUPP)
    text(m, """Hi Marisa,

Attached is our counter-proposal for the 2025 rates. We accepted your
numbers on supplies and the CPAP purchase codes; the oxygen codes are where
we need movement, since your proposed E1390 rate is below the 2024 DMEPOS
rural fee schedule and our liquid delivery costs went up 11% this year.

Can we get 30 minutes next week? Tuesday or Thursday afternoon works.

Thanks,
""" + SIG_JOLENE + '\n\n' + DISC_SUPP + '\n')
    rows = [['HCPCS', 'Mod', 'Description', '2024 rate', 'Evergreen 2025 proposed', 'Crestline counter'],
            ['E1390', 'RR', 'Oxygen concentrator, stationary (monthly)', 172.66, 158.00, 171.00],
            ['E0431', 'RR', 'Portable gaseous O2 system (monthly)', 21.35, 20.00, 21.35],
            ['E0434', 'RR', 'Portable liquid O2 system (monthly)', 34.25, 31.50, 34.25],
            ['E0439', 'RR', 'Stationary liquid O2 system (monthly)', 172.66, 158.00, 171.00],
            ['E1392', 'RR', 'Portable concentrator (monthly)', 48.10, 45.00, 48.10],
            ['E0601', 'NU', 'CPAP device', 612.40, 600.00, 600.00],
            ['E0562', 'NU', 'Heated humidifier', 188.27, 180.00, 180.00],
            ['A7030', '', 'Full face mask', 118.69, 112.00, 112.00],
            ['A7034', '', 'Nasal mask', 73.61, 70.00, 70.00],
            ['A7037', '', 'Tubing', 21.18, 20.00, 20.00]]
    att_bytes(m, xlsx_bytes(rows, '2025 proposal'), 'Crestline_Evergreen_2025_counter.xlsx', *XLSX_T)
    return m, ''


@reg('clean', 'admin')
def admin_6():
    m = new('Janet Corrigan <jcorrigan@%s>' % HOSP, REHAB_LIST,
            'Minutes - CP Rehab Quality Committee 9/26', dt(9, 27, 12, 5), cc=FEIST)
    text(m, """Attached are the minutes from Thursday. Action items are on page 2 -
owners please update by the October meeting.

Janet
""")
    items = [
        '# Cardiopulmonary Rehabilitation Quality Committee - Minutes',
        'Date: 09/26/2024, 12:00-13:00, Pavilion B Conf Rm 2',
        'Present: A. Feist MD (chair), S. Haddad MD, J. Corrigan, D. Whitfield, P. Raghunathan, '
        'M. Oyelaran, L. Novak. Guest: K. Tran (Crestline Home Medical).',
        '# 1. Dashboard (Q3 to date)',
        [['Measure', 'Cardiac', 'Pulmonary', 'Target'],
         ['Referral to enrollment', '71%', '64%', '70%'],
         ['Median days referral to first session', '19', '26', '21'],
         ['Completion rate', '68%', '61%', '65%'],
         ['Mean 6MWT change (completers)', '+48 m', '+62 m', '+30 m'],
         ['Adverse events during session', '0', '1 (no harm)', '0']],
        '# 2. Discussion',
        'Pulmonary time-to-first-session is driven by prior authorizations with two Medicare Advantage '
        'plans. Crestline shared that exertional oxygen setups are now averaging 3 business days after '
        'a signed order.',
        'Parking closure 9/16-9/20: valet validation worked; no drop in attendance.',
        '# 3. Action items',
        '- Novak: track auth turnaround by payer for October.',
        '- Oyelaran/Tran: draft a one-page exertional O2 order checklist for referring offices.',
        '- Whitfield: propose evening cardiac group pilot for working participants.',
        'Next meeting: 10/24/2024.',
    ]
    att_bytes(m, docx_bytes(items), 'QC_minutes_2024-09-26.docx', *DOCX_T)
    return m, ''


@reg('clean', 'admin')
def admin_7():
    m = new('Order Desk <orders@tricountygas.example>', 'Luis Batista <lbatista@%s>' % SUPP,
            'Order confirmation SO-771294 - USP oxygen cylinder exchange', dt(9, 30, 7, 45))
    text(m, """Thank you for your order. Delivery is scheduled for Wednesday 10/02 between
08:00 and 12:00 at your dock.

Customer #: CRE-20417          Sales order: SO-771294
Your PO: CHM-PO-24-0912        Route: 3B

Qty  Item                              Product code   Lot
---  --------------------------------  -------------  ------------
120  Oxygen USP, size E, exchange      OX-USP-E       24-0927-114
 40  Oxygen USP, size D, exchange      OX-USP-D       24-0927-115
  6  Oxygen USP, size H, exchange      OX-USP-H       24-0926-071
  1  Liquid oxygen bulk fill, 1500 L   LOX-BULK       n/a
  1  Hazmat delivery fee               FEE-HM

Empties for return: 96 E, 31 D, 6 H (please tag any leaking valves).
Certificates of analysis for each lot will be emailed on delivery.

Tri-County Medical Gas | (555) 010-4400
""")
    return m, ''

# ================================================================ clean: lookalike
@reg('clean', 'lookalike')
def look_1():
    m = new('Lakeshore Community Credit Union <alerts@lccu.example>',
            'Dana Whitfield <dana.whitfield@prairiewave.example>',
            'Your October e-statement is ready - Member #0048812-77', dt(10, 2, 5, 30))
    body = """Hello DANA WHITFIELD,

Your October e-statement is now available in Online Banking.

Member #: 0048812-77
Account: Share Draft ****4409
Statement period: 09/01/2024 - 09/30/2024
Date of birth on file: **/**/1986 (update in Profile if incorrect)

Reminder: our Holiday Loan special is back - as low as 8.99% APR for
qualified members through 12/31.

Questions? Call Member Services at (555) 010-7000, Mon-Sat.

Lakeshore Community Credit Union - Federally insured by NCUA.
Please do not reply to this automated message.
"""
    alt(m, body, to_html(body, 'Helvetica, Arial'))
    return m, ''


@reg('clean', 'lookalike')
def look_2():
    m = new('Prairie Air <reservations@prairieair.example>',
            'Marcus Oyelaran <moyelaran@%s>' % HOSP,
            'Your trip confirmation - MSP - Confirmation QX7TLR', dt(9, 10, 12, 2))
    html(m, """<html><body style="font-family:Arial;font-size:10pt">
<h2 style="color:#0a4d8c">Your trip is booked!</h2>
<p>Confirmation code: <b>QX7TLR</b></p>
<table border="0" cellpadding="4">
<tr><td><b>Passenger</b></td><td>MARCUS A OYELARAN</td></tr>
<tr><td><b>Date of birth</b></td><td>04/11/1983</td></tr>
<tr><td><b>SkyMiles-style member #</b></td><td>PA 2208 4417 91 (Silver)</td></tr>
<tr><td><b>Known Traveler #</b></td><td>on file</td></tr>
<tr><td><b>Ticket</b></td><td>0372146558901</td></tr>
</table>
<p><b>Thu, Oct 17</b> PA 1184 depart MLB 7:05 AM, arrive MSP 8:32 AM, seat 14C<br>
<b>Sun, Oct 20</b> PA 1191 depart MSP 5:50 PM, arrive MLB 7:14 PM, seat 9A</p>
<p>Fare: $318.40 (charged to corporate card ending 7741). Purpose code entered: CONF-ACPR2024.</p>
<p>Traveling with medical devices or portable oxygen? Approved portable concentrators may be
used onboard; review our policy at prairieair.example/poc at least 48 hours before departure.</p>
<p>Prairie Air - Manage your trip at prairieair.example</p>
</body></html>
""")
    return m, ''


@reg('clean', 'lookalike')
def look_3():
    m = new('Summit Athletic Club <billing@summitathletic.example>',
            'Tom Kessler <tomkessler@lakenet.example>',
            'Membership renewal notice - Member #SAC-118204', dt(9, 25, 8, 0))
    text(m, """Hi Tom,

Your annual membership renews on 10/15/2024.

Member #: SAC-118204
Plan: Individual All-Access + Lakeshore Mercy employee discount (15%)
Renewal amount: $612.00 (billed to Visa ending 0932)
Home club: Millbrook Riverside

Your complimentary fitness assessment and 2 personal training sessions are
available through 12/31. Book in the app or at the front desk.

Want to freeze instead? Medical and travel freezes are available for up
to 3 months per year - just stop by the front desk.

See you at the club!
Summit Athletic Club Member Services
(555) 010-9910
""")
    return m, ''


@reg('clean', 'lookalike')
def look_4():
    m = new('Brenda Castellano <bcastellano@keystonemutual.example>',
            'Dawn Kilbride <dkilbride@%s>' % SUPP,
            'Commercial auto renewal + claim update - Policy CA-2207718', dt(9, 18, 11, 25))
    text(m, """Hi Dawn,

Two things on the fleet policy:

1) Renewal. Policy CA-2207718 renews 11/01/2024. Premium is up 6.2%
   ($48,310 vs $45,490), mostly from the two new box trucks. Please
   confirm the scheduled vehicles and drivers below by 10/15.

   Unit  Year/Make/Model          VIN                  Garaged
   7     2019 Ford Transit 250    1FTYR2CM5KKA41187    Millbrook
   9     2021 Ford Transit 350    1FTBW3XM2MKA55021    Millbrook
   11    2022 Isuzu NPR box       JALC4W165N7004418    Millbrook
   12    2023 Isuzu NPR box       JALC4W167P7009914    Millbrook
   14    2024 Ram ProMaster 2500  3C6LRVBG4RE112087    Millbrook

   Listed drivers: Gary Pruitt (DL P632-4410-7718), Carlos Mendes
   (DL M532-8801-2246), Dale Furness (DL F652-1170-3390), Renny Obi
   (DL O100-5518-2203). MVRs came back clean for all four.

2) Claim #APD-24-0088317 (unit 9, backing into the loading dock bollard
   on 8/22). Adjuster approved the body shop estimate of $3,918.66 less
   your $1,000 deductible. No injuries, no third party, so this should
   close out this month.

Brenda Castellano, CIC
Commercial Lines Account Manager
Keystone Mutual Insurance Agency | (555) 010-3344
""")
    return m, ''


@reg('clean', 'lookalike')
def look_5():
    prev = """Hi, I got married on August 24 and want to add my wife to my medical and
dental. What do I need to send, and what's the deadline? Also does it
change my HSA contribution limit?
Thanks, Tom Kessler, Emp ID 448210, Cardiopulmonary Rehab"""
    m = new('Benefits Service Center <benefits@%s>' % HOSP, 'Tom Kessler <tkessler@%s>' % HOSP,
            'RE: Adding spouse - qualifying life event (Case 00771294)', dt(9, 4, 13, 40))
    text(m, """Hi Tom,

Congratulations! Marriage is a qualifying life event, so you have 31 days
from the date of marriage to make changes - your deadline is 9/24/2024.

To add your spouse:
 1. Log in to the Benefits portal > Life Events > Marriage.
 2. Add her as a dependent and choose the plans (medical, dental, vision).
 3. Upload a copy of the marriage certificate within 30 days.

Coverage will be effective 8/24/2024, and the new premium will start on
your next paycheck after approval. On the HDHP, moving from employee-only
to employee + spouse raises your family HSA limit to $8,300 for 2024,
prorated - you can update your contribution in the same portal.

Benefits Service Center
Lakeshore Mercy Health System | x2300

""" + quote(prev, 'Tom Kessler', 'Tue, Sep 3, 2024 at 4:02 PM') + '\n')
    return m, ''


@reg('clean', 'lookalike')
def look_6():
    m = new('Ravi Menon <rmenon@%s>' % HOSP, PRIYA,
            'Telemetry interface testing in TRN - test patients', dt(10, 9, 10, 18),
            cc='Interface Team <interfaces@%s>' % HOSP)
    hl7 = '\r\n'.join([
        'MSH|^~\\&|EPICADT|LMMC_TRN|RTBOARD|LMMC_TRN|20241009094500||ADT^A04^ADT_A01|TRN000118|T|2.5.1',
        'EVN|A04|20241009094500',
        'PID|1||99900012^^^LMMC_TRN^MR||ZZTEST^CARDIACREHAB^ONE||19500101|U|||1 Test St^^Millbrook^IL^60999||(555)555-0100',
        'PV1|1|O|CRH^GYM^01^LMMC_TRN||||9999^ZZTEST^PROVIDER^^^^MD|||CRH',
    ])
    text(m, """Hi Priya,

For Monday's validation of the new telemetry-to-EHR interface I built six
test patients in the TRN environment. Please only use these - do not
select any real patient in TRN (it's a copy of production from July).

  ZZTEST, CARDIACREHAB ONE    MRN 99900012
  ZZTEST, CARDIACREHAB TWO    MRN 99900013
  ZZTEST, CARDIACREHAB THREE  MRN 99900014
  ZZTEST, PULMREHAB ONE       MRN 99900015
  ZZTEST, PULMREHAB TWO       MRN 99900016
  ZZTEST, PULMREHAB THREE     MRN 99900017

All have DOB 01/01/1950 and the fake address 1 Test St. Here's what the
registration message looks like coming out of TRN for the first one, so
you know what to expect on the board:

""" + hl7 + """

Script: pair transmitter T1 to ONE, run 5 minutes of the simulator at
70 bpm then 130 bpm, confirm the strip and HR trend post to the flowsheet.
Repeat T2-T6. Log results in the test sheet on the IS SharePoint.

Thanks,
Ravi Menon
Integration Analyst, Lakeshore Mercy IS | x5570
""")
    return m, ''


@reg('clean', 'lookalike')
def look_7():
    m = new('Resmira Customer Orders <orders@resmira-medical.example>',
            'Crestline Purchasing <purchasing@%s>' % SUPP,
            'Shipment notification - Order 4410-558712 / PO CHM-PO-24-0931', dt(10, 4, 16, 2))
    body = """Your order has shipped.

Sold-to account: 0010044587 (Crestline Home Medical LLC)
Order number: 4410-558712
Your PO: CHM-PO-24-0931
Ship date: 10/04/2024  Carrier: RoadRunner Freight  PRO# 7701-2284-1190
Parcel tracking: 1Z9W48E70344815520, 1Z9W48E70344815539

Line  SKU          Description                              Qty   Lot
1     RM-63102     DreamSeal Full Face Mask, Medium         48    L24H0815
2     RM-63101     DreamSeal Full Face Mask, Small          24    L24H0815
3     RM-63204     DreamSeal Nasal Pillows, S/M/L kit       36    L24G2210
4     RM-37301     SlimLine heated tubing 6 ft              60    L24H1102
5     RM-37110     Disposable filters (pack of 12)          100   L24H0930

Ship-to: Crestline Home Medical, 400 Industrial Pkwy Ste 6, Millbrook IL
Invoice will follow under separate cover. Questions: (555) 010-6060.
"""
    alt(m, body, '<html><body><pre style="font-family:Consolas,monospace">%s</pre></body></html>\n'
        % xesc(body))
    return m, ''


# ================================================================ clean: news
@reg('clean', 'news')
def news_1():
    m = new('Lakeshore Cardiopulmonary Rehab <cprehab@%s>' % HOSP,
            'Rehab Friends & Alumni <rehab-news@%s>' % HOSP,
            'Lakeshore Cardiopulmonary Rehab - Fall News', dt(10, 1, 9, 0))
    html(m, """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#8b1e3f">Fall News from Cardiopulmonary Rehab</h1>
<h3>Thank you, Kowalczyk Family Foundation!</h3>
<p>Three new recumbent steppers arrived in September thanks to a generous gift from the
Kowalczyk Family Foundation. Stop by and try one out.</p>
<h3>By the numbers (July-September)</h3>
<ul><li>212 participants took part in cardiac rehab and 96 in pulmonary rehab</li>
<li>4,870 exercise sessions completed</li>
<li>Completers walked on average 48 meters farther (cardiac) and 62 meters farther (pulmonary)
on their six-minute walk</li></ul>
<h3>Staff spotlight: Dana Whitfield</h3>
<p>Dana has been an exercise physiologist with us for nine years. This summer she finished her
fourth Twin Cities-style marathon and still beat the rest of the staff in the plank challenge.
Ask her about her sourdough starter.</p>
<h3>New: evening maintenance</h3>
<p>Our maintenance program now meets Tuesday and Thursday evenings, 5:00-6:15 PM. $15 per
session. Call (555) 014-3300 to join.</p>
<p style="font-size:9pt;color:#666">You are receiving this because you joined our alumni list.
<a href="https://www.lakeshoremercy.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""")
    return m, ''


@reg('clean', 'news')
def news_2():
    m = new('Crestline Home Medical <news@%s>' % SUPP, 'Crestline Customers <customers@%s>' % SUPP,
            'Traveling with oxygen this holiday season', dt(11, 5, 10, 0))
    body = """Traveling with oxygen this holiday season

Planning to see family? A little preparation goes a long way.

1. Call us at least 2 weeks before you leave. We can arrange oxygen at
   your destination through our national network.
2. Flying? Only FAA-approved portable concentrators are allowed onboard.
   Most airlines want a form from your doctor 48-72 hours ahead. Bring
   enough batteries for 150% of your flight time.
3. Driving? Keep cylinders upright and secured, never in the trunk, and
   keep the car ventilated. Don't leave tanks in a hot car.
4. Pack a copy of your prescription and our 24-hour number:
   555-0166, option 9.
5. Using CPAP? Bring it as a carry-on - it doesn't count toward your bag
   limit. Distilled water is available at most pharmacies.

Our offices are closed Thanksgiving Day and December 25. Deliveries for
those weeks will be shifted - your driver will call ahead.

Crestline Home Medical | 400 Industrial Pkwy, Millbrook
"""
    alt(m, body, to_html(body, 'Trebuchet MS, Arial'), cte='quoted-printable')
    return m, ''


@reg('clean', 'news')
def news_3():
    m = new(HADDAD, 'Medical Staff - Medicine <medstaff-medicine@%s>' % HOSP,
            'Pulmonary rehab outcomes 2023 - summary for grand rounds', dt(9, 6, 16, 30))
    text(m, """Colleagues,

Ahead of next Thursday's grand rounds, here is a brief summary of our 2023
pulmonary rehabilitation outcomes. Data are aggregate and de-identified
through the department's quality registry.

  Referrals: 231      Enrolled: 158 (68%)      Completed: 142 (61% of enrolled)
  Mean age 71 (range 44-91), 54% women
  Primary indication: COPD 71%, ILD 12%, post-COVID 6%, lung surgery 5%, other 6%
  6MWT: mean +54 m (95% CI 46-62), 73% exceeded the 30 m MCID
  CAT: mean -4.1 points
  30-day all-cause readmission in completers 6.3% vs 14.8% in
    non-enrolled referrals (unadjusted; confounding by health status likely)

The biggest barriers remain transportation and oxygen logistics. Crestline
Home Medical has agreed to pilot a same-week exertional oxygen setup
pathway starting in November.

Slides will be posted to the medical staff site after rounds.

Samira Haddad, MD
Medical Director, Pulmonary Rehabilitation
""")
    return m, ''


@reg('clean', 'news')
def news_4():
    m = new('Volunteer Services <volunteers@%s>' % HOSP, 'All Staff <allstaff@%s>' % HOSP,
            'Volunteer Spotlight: Bill Hargrove, Pavilion B greeter', dt(9, 19, 8, 30))
    body = """VOLUNTEER SPOTLIGHT

If you've come through the Pavilion B entrance on a Tuesday morning in the
last six years, you've met Bill Hargrove. Bill retired after 34 years
teaching high school chemistry in Millbrook and signed up the same month.

"I like mornings and I like people," Bill says. He knows most of the
7 AM rehab crowd by first name, keeps a stash of umbrellas by the door,
and has walked more than one lost visitor all the way to Imaging.

This month Bill logged his 2,000th volunteer hour. Outside the hospital
he referees youth soccer and is on a years-long mission to visit every
state park in Illinois (41 down).

Thank you, Bill!

Interested in volunteering? Visit lakeshoremercy.example/volunteer or call
Volunteer Services at x2150.
"""
    alt(m, body, to_html(body, 'Georgia, serif'))
    return m, ''


@reg('clean', 'news')
def news_5():
    m = new('Lakeshore Mercy Community Outreach <outreach@%s>' % HOSP,
            'Community Calendar <calendar@millbrookpatch.example>',
            'Free heart and lung screenings + Medicare enrollment help, Oct 19', dt(10, 4, 9, 15))
    text(m, """FOR IMMEDIATE RELEASE

Lakeshore Mercy offers free heart and lung screenings and Medicare
enrollment help at the Millbrook Farmers Market

MILLBROOK, Ill. - Lakeshore Mercy Medical Center's cardiopulmonary
rehabilitation team will offer free blood pressure checks, pulse oximetry
and "How's your breathing?" questionnaires on Saturday, Oct. 19, from
8 a.m. to noon at the Millbrook Farmers Market pavilion.

Volunteers from the Senior Health Insurance Program will be on hand to
answer questions about Medicare Open Enrollment (Oct. 15 - Dec. 7),
including comparing Medicare Advantage plans and how home oxygen and
CPAP supplies are covered.

Screenings are free, no appointment needed. Participants with high
readings will get a wallet card and a list of local providers.

Media contact: Gwen Talbot, Lakeshore Mercy Communications,
(555) 010-1212, gtalbot@lakeshoremercy.example
""")
    return m, ''


@reg('clean', 'news')
def news_6():
    m = new('Lakeshore Mercy Foundation <foundation@%s>' % HOSP, 'All Staff <allstaff@%s>' % HOSP,
            'Donor Spotlight: The Kowalczyk Family Foundation', dt(9, 23, 11, 0))
    html(m, """<html><body style="font-family:Arial;font-size:11pt;max-width:600px">
<h2>Donor Spotlight: The Kowalczyk Family Foundation</h2>
<p>This fall the Kowalczyk Family Foundation gave <b>$42,000</b> to the Cardiopulmonary
Rehabilitation program, funding three recumbent steppers, a second six-minute-walk course
with distance markers in the Pavilion B corridor, and scholarships for the evening
maintenance program.</p>
<p>"Our family has lived in Millbrook for four generations," said foundation president
Teresa Kowalczyk-Ames. "We wanted to support something that keeps neighbors active and
independent."</p>
<p>The foundation has supported Lakeshore Mercy since 2009, including the Women's Heart
Night lecture series and the community garden at the Outpatient Center.</p>
<p>A dedication reception will be held October 10 at 4 PM in the rehab gym. All staff
welcome.</p>
<p>Lakeshore Mercy Foundation | (555) 010-1500</p>
</body></html>
""")
    return m, ''


# ================================================================ clean: training
@reg('clean', 'training')
def train_1():
    m = new(DANA, REHAB_LIST, 'New ITP template - please use starting 10/1', dt(9, 24, 15, 10))
    text(m, """All,

Attached is the revised Individualized Treatment Plan template approved at
the Quality Committee. Changes: nutrition and psychosocial sections now
have required fields, and the 30-day review signature line is separate
from the initial plan. Please use it for all new participants starting
10/1.

Dana

""" + SIG_DANA + '\n')
    items = [
        '# Lakeshore Mercy Cardiopulmonary Rehabilitation',
        '# Individualized Treatment Plan (ITP) - TEMPLATE',
        'Participant: [Last, First]     MRN: [________]     DOB: [MM/DD/YYYY]',
        'Program: [Cardiac / Pulmonary]     Qualifying diagnosis: [________]     Start date: [____]',
        'Referring physician: [________]     Supervising physician: [________]',
        [['Component', 'Assessment (initial)', 'Goals', 'Interventions', '30-day review'],
         ['Exercise', '[6MWT m / METs / RPE]', '[ ]', '[mode, intensity, duration, frequency]', '[ ]'],
         ['Oxygen', '[resting / exertional SpO2, flow]', '[ ]', '[titration plan]', '[ ]'],
         ['Nutrition', '[diet score, weight, BMI]', '[ ]', '[ ]', '[ ]'],
         ['Psychosocial', '[PHQ-9 / GAD-7]', '[ ]', '[ ]', '[ ]'],
         ['Risk factors', '[BP, lipids, glucose, tobacco]', '[ ]', '[ ]', '[ ]'],
         ['Education', '[topics]', '[ ]', '[ ]', '[ ]']],
        'Clinician signature / date: ______________________',
        'Physician signature / date: ______________________ (initial)   ______________ (30-day)',
    ]
    att_bytes(m, docx_bytes(items), 'ITP_template_rev2024-10.docx', *DOCX_T)
    return m, ''


@reg('clean', 'training')
def train_2():
    m = new(KEVIN, 'Crestline Drivers <drivers@%s>' % SUPP,
            'Annual oxygen safety competency - quiz due 10/31', dt(10, 7, 7, 55))
    text(m, """Drivers and techs,

Annual oxygen safety competency is due 10/31. Answer the 10 questions below
and reply to me with your answers, or do it on paper at the Wednesday
huddle. Passing is 8/10. The scenarios are made up for the quiz - they
are not real customers.

1. A liquid base unit must be kept at least ___ feet from an open flame.
2. True/False: It's OK to store E cylinders lying flat in a closet if
   they're chocked.
3. Scenario (fictional): "Mr. Sample" answers the door smoking a cigarette
   with his cannula on. What do you do first?
4. What color is the shoulder of a US medical oxygen cylinder?
5. How many E cylinders can be stored in a home without a no-smoking sign
   requirement under our policy? (trick question)
6. Name two signs a conserving regulator is not delivering.
7. The purity light on a concentrator is yellow. What does that mean and
   what do you tell the customer?
8. Scenario (fictional): a customer's grandson asks you to turn the flow
   up "because grandma looks tired." What do you do?
9. What's the after-hours clinical number?
10. When do you fill out an incident report?

Thanks,
Kevin

""" + SIG_KEVIN + '\n')
    return m, ''


@reg('clean', 'training')
def train_3():
    m = new('Policy Office <policy@%s>' % HOSP, REHAB_LIST,
            'Policy RC-114 revised: Oxygen titration during exercise', dt(9, 16, 8, 0))
    text(m, """The following policy has been revised and is effective 10/01/2024.
Acknowledge in the policy system by 10/15.

POLICY RC-114  OXYGEN TITRATION DURING REHABILITATION EXERCISE
Department: Cardiopulmonary Rehabilitation    Revised: 09/2024
Owner: Medical Director, Pulmonary Rehabilitation

1. PURPOSE
   To standardize oxygen titration for participants during supervised
   exercise.

2. POLICY
   2.1 Target SpO2 during exercise is 88-92% unless a different target is
       written in the participant's orders (e.g., 94-98% for participants
       without chronic hypercapnia).
   2.2 Staff may increase O2 by 1 L/min increments up to 6 L/min via nasal
       cannula or 15 L/min via non-rebreather to maintain target.
   2.3 If target cannot be maintained at 6 L/min by nasal cannula, stop
       exercise, notify the supervising physician and document.
   2.4 Any change in exertional flow that persists for two consecutive
       sessions is reported to the ordering physician and the home oxygen
       supplier so that the home prescription can be updated.

3. PROCEDURE
   3.1 Record resting SpO2 and flow on arrival.
   3.2 Monitor SpO2 continuously during aerobic exercise; record at 5
       minute intervals and at nadir.
   3.3 Allow recovery to baseline before ending the session.

4. REFERENCES
   AACVPR Guidelines for Pulmonary Rehabilitation Programs, 5th ed.
   Lakeshore Mercy Policy RC-101, Medical Gas Administration.
""")
    return m, ''


@reg('clean', 'training')
def train_4():
    m = new(DANA, 'CEP Students <cep-students@%s>' % HOSP,
            'Case study for Thursday - fictional participant', dt(9, 30, 17, 20))
    text(m, """Students,

For Thursday, please work through this case. It's a made-up composite for
teaching - not one of our participants - so feel free to discuss it
anywhere.

CASE (FICTIONAL): "Mr. R", 67-year-old retired mail carrier, referred to
Phase II cardiac rehab 3 weeks after CABG x3. EF 40%. On metoprolol
succinate 50 mg, atorvastatin 80 mg, aspirin, lisinopril. Resting HR 64,
BP 118/72. Entry 6MWT 352 m with RPE 13, no symptoms. Walks his dog 10
minutes a day. Goal: get back to fishing from his boat.

Questions:
 1. Calculate a target HR range using HR reserve. Why might RPE be more
    useful for Mr. R?
 2. Write his first-week exercise prescription (FITT).
 3. What sternal precautions apply and for how long?
 4. On session 6 his BP is 94/58 and he reports lightheadedness standing.
    What do you do, and who do you call?

We'll go over it at 1:00. Bring your ACSM Guidelines.

Dana

""" + SIG_DANA + '\n')
    return m, ''


@reg('clean', 'training')
def train_5():
    m = new(JOLENE, 'Billing Team <billing-team@%s>' % SUPP,
            'Training: reading an 837P (sample file)', dt(10, 8, 12, 0))
    text(m, """Hi new folks (and anyone who wants a refresher),

Attached is the annotated sample 837P we'll walk through Friday. All the
data in it is made up - SAMPLE PATIENT, the test NPI, and a fake MBI
format - so you can print it. Focus on loops 2010BA (subscriber), 2300
(claim) and 2400 (service lines), and where the RR modifier and rental
month go.

Jolene

""" + SIG_JOLENE + '\n')
    sample = """TRAINING SAMPLE - NOT A REAL CLAIM - DO NOT SUBMIT
ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240101*0800*^*00501*000000001*0*T*:~
GS*HC*SUBMITTERID*RECEIVERID*20240101*0800*1*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*TRAINING01*20240101*0800*CH~
NM1*85*2*EXAMPLE DME SUPPLIER*****XX*1234567893~       <- 2010AA billing provider (test NPI)
HL*2*1*22*0~
SBR*P*18*******MB~                                   <- MB = Medicare Part B
NM1*IL*1*PATIENT*SAMPLE****MI*1AA0AA0AA00~          <- 2010BA subscriber (placeholder MBI)
N3*123 ANY STREET~
N4*ANYTOWN*IL*60000~
DMG*D8*19000101*U~
CLM*TRAIN-0001*100.00***12:B:1*Y*A*Y*Y~              <- 2300 claim; POS 12 = home
HI*ABK:Z0000~                                        <- placeholder diagnosis code
LX*1~
SV1*HC:E1390:RR*100.00*UN*1***1~                     <- 2400 service line, RR = rental
DTP*472*RD8*20240101-20240131~
SE*15*0001~
GE*1*1~
IEA*1*000000001~
"""
    att_text(m, sample, 'TRAINING_sample_837P_annotated.txt')
    return m, ''


@reg('clean', 'training')
def train_6():
    m = new(BETH, 'Intake Team <intake-team@%s>' % SUPP,
            'Updated CPAP welcome letter merge template', dt(9, 13, 14, 45))
    body = """Team,

Updated welcome letter template is below - marketing approved the new
wording about the 90-day usage requirement. The merge fields pull from
the intake screen, so double check the setup date is filled in before you
run the merge.

--------------------------------------------------------------
«TodayDate»

«Title» «FirstName» «LastName»
«Address1»
«City», «State» «Zip»

Dear «Title» «LastName»,

Welcome to Crestline Home Medical! Your «DeviceName» was set up on
«SetupDate» by «TherapistName». Your account number is «AccountNumber».

Most insurance plans, including Medicare, require that you use your
device at least 4 hours a night on 70% of nights during your first 90
days. Your device reports usage to us automatically, and we'll call you
if it looks like you're having trouble.

Replacement supplies are covered on a schedule - masks every 3 months,
cushions and filters more often. We'll remind you.

Questions? Call «TherapistName» at 555-0166 ext «TherapistExt».

Sincerely,
Crestline Home Medical Sleep Team
--------------------------------------------------------------

Beth
""" + '\n' + SIG_BETH + '\n'
    text(m, body, cte='quoted-printable')
    return m, ''


# ================================================================ main
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    counts = {}
    labels = []
    for label, kind, fn in REG:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        msg, patient = fn()
        if label == 'clean':
            assert patient == '', fn.__name__
        else:
            assert patient, fn.__name__
        name = '%s-%s-%03d.eml' % (label, kind, n)
        with open(os.path.join(out, name), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels.append((name, label, kind, patient))
    assert counts == EXPECTED, counts
    assert len(labels) == 86
    assert sum(1 for r in labels if r[1] == 'phi') == 53
    assert sum(1 for r in labels if r[1] == 'clean') == 33
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for r in labels:
            w.writerow(r)
    for (label, kind), c in counts.items():
        print('%s-%s: %d' % (label, kind, c))
    print('total: %d' % len(labels))


if __name__ == '__main__':
    main()
