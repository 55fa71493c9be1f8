#!/usr/bin/env python3
"""Build a set of .eml messages for Cedar Hollow Specialty Hospital mail flows.

Usage: python3 gen.py OUTDIR
"""
import sys
import os
import io
import csv
import random
import zipfile
import zlib
import datetime
import json
from email.message import EmailMessage
from email.header import Header
from email import policy
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

SEED = 12202
random.seed(SEED)

# ---------------------------------------------------------------- domains
H = 'cedarhollowsh.example'          # Cedar Hollow Specialty Hospital (LTACH)
SB = 'stbrennanmc.example'           # St. Brennan Medical Center
HV = 'harborvalleyhealth.example'    # Harbor Valley University Hospital
MP = 'mercyplains.example'           # Mercy Plains Regional
KA = 'keystoneadvantage.example'     # Keystone Advantage (Medicare Advantage)
SV = 'sunvaleseniorchoice.example'   # Sunvale Senior Choice (Medicare Advantage)
AP = 'airpathmedical.example'        # AirPath Home Medical (DME)
LL = 'lanternlighthospice.example'   # Lanternlight Hospice

# ---------------------------------------------------------------- people
FELD = 'Marcus Feldhaus <mfeldhaus@%s>' % H
RAGH = 'Priya Raghunathan <praghunathan@%s>' % H
EKW = 'Fr. Thomas Ekwueme <tekwueme@%s>' % H
ADEL = 'Ruth Adelstein <radelstein@%s>' % H
OCAM = 'Mariela Ocampo <mocampo@%s>' % H
WHIT = 'Dana Whitcomb <dwhitcomb@%s>' % H
BATI = 'Jerome Batiste <jbatiste@%s>' % H
MARC = 'Kelsey Marchetti <kmarchetti@%s>' % H
PRUE = 'Hollis Pruett <hpruett@%s>' % H
KOWA = 'Bernadette Kowalczyk <bkowalczyk@%s>' % H
DUNA = 'Colette Dunaway <cdunaway@%s>' % H
HADD = 'Farida Haddad <fhaddad@%s>' % H
TRAS = 'Gideon Trask <gtrask@%s>' % H
GREA = 'Tamsin Greaves <tgreaves@%s>' % H
ASHC = 'Lionel Ashcroft <lashcroft@%s>' % H
MEHR = 'Anjali Mehra <amehra@%s>' % H
VOSS = 'Renata Voss <rvoss@%s>' % H
CALL = 'Doreen Calloway <dcalloway@%s>' % H
LIND = 'Stuart Lindqvist <slindqvist@%s>' % H
THOR = 'Maggie Thorsby <mthorsby@%s>' % H
ASAN = 'Kwame Asante-Boateng <kasante@%s>' % H
PIER = 'Nadège Pierre-Louis <npierrelouis@%s>' % H
CAST = 'Ligaya Castillo <lcastillo@%s>' % H
VICK = 'Lorraine Vickers <lvickers@%s>' % SB
EZE = 'Nnamdi Eze <neze@%s>' % HV
MORR = 'Tessa Morrow <tmorrow@%s>' % HV
HUBB = 'Lacey Hubbard <lhubbard@%s>' % MP
PIKE = 'Sharonda Pike <spike@%s>' % KA
OBER = 'Glen Oberholtzer <goberholtzer@%s>' % KA
OLME = 'Maritza Olmedo <molmedo@%s>' % SV
DELM = 'Ricky Delmonte <rdelmonte@%s>' % AP
BARR = 'Thiago Barros <tbarros@%s>' % AP
CARR = 'Yvette Carrow <ycarrow@%s>' % LL

ALL_VWU = 'VWU Nursing <vwu-nursing@%s>' % H
ALL_RT = 'Respiratory Therapy <rt-dept@%s>' % H
ALL_STAFF = 'All Staff <allstaff@%s>' % H
ADMISSIONS = 'Admissions <admissions@%s>' % H

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the\n"
    "sole use of the intended recipient(s) and may contain confidential and\n"
    "privileged information protected by federal and state law. Any unauthorized\n"
    "review, use, disclosure or distribution is prohibited. If you are not the\n"
    "intended recipient, please contact the sender by reply e-mail and destroy\n"
    "all copies of the original message.")

SB_DISCLAIMER = (
    "St. Brennan Medical Center | This message is intended only for the addressee.\n"
    "It may contain information that is privileged and confidential. If you have\n"
    "received it in error, notify the sender immediately and delete it.")

KA_DISCLAIMER = (
    "Keystone Advantage is a Medicare Advantage organization with a Medicare\n"
    "contract. Enrollment depends on contract renewal. This communication is\n"
    "confidential and intended only for the named recipient.")


def sig(name, title, phone=None, extra=None, org='Cedar Hollow Specialty Hospital'):
    lines = ['', '--', name, title, org]
    if extra:
        lines.append(extra)
    if phone:
        lines.append(phone)
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------- dates / ids
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))


def when(mon, day, hh, mm):
    tz = TZ_EDT if (mon, day) >= (3, 10) and mon < 11 else TZ_EST
    return datetime.datetime(2024, mon, day, hh, mm, random.randint(0, 59), tzinfo=tz)


def msgid(domain):
    a = ''.join(random.choice('0123456789abcdef') for _ in range(20))
    b = ''.join(random.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))
    return '<%s.%s@%s>' % (a, b, domain)


def dom_of(addr):
    return addr.rsplit('@', 1)[1].strip().rstrip('>').strip()


def new(frm, to, subject, dt, cc=None, raw_subject=None, headers=None):
    """Create a message with the usual headers.  raw_subject=(text, charset, enc)
    writes a pre-encoded RFC 2047 Subject in a charset other than utf-8."""
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if raw_subject:
        text, cs, enc = raw_subject
        h = Header(text, cs, header_name='Subject')
        m.set_raw('Subject', h.encode(maxlinelen=76))
    else:
        m['Subject'] = subject
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = msgid(dom_of(frm))
    for k, v in (headers or []):
        m[k] = v
    return m


def text(m, body, cs='utf-8', cte=None):
    if cte:
        m.set_content(body, charset=cs, cte=cte)
    else:
        m.set_content(body, charset=cs)
    return m


def html_only(m, html, cs='utf-8', cte=None):
    kw = {'subtype': 'html', 'charset': cs}
    if cte:
        kw['cte'] = cte
    m.set_content(html, **kw)
    return m


def alt(m, body, html, cs='utf-8', cte=None):
    kw = {'charset': cs}
    if cte:
        kw['cte'] = cte
    m.set_content(body, **kw)
    kw['subtype'] = 'html'
    m.add_alternative(html, **kw)
    return m


def to_html(body, font='Calibri, Arial, sans-serif'):
    """Rough text->HTML the way Outlook/Gmail would render a typed note."""
    paras = body.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = [xesc(x) for x in p.split('\n')]
        out.append('<p style="margin:0 0 10px 0">' + '<br>\n'.join(lines) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:%s;font-size:11pt;color:#1f1f1f">\n' % font
            + '\n'.join(out) + '\n</div></body></html>\n')


def attach(m, data, mtype, filename, disposition='attachment'):
    maintype, subtype = mtype.split('/')
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename, disposition=disposition)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                         disposition=disposition)
    return m


def attach_msg(m, inner):
    m.add_attachment(inner, disposition='inline')
    return m


def quote(s):
    return '\n'.join(('> ' + x) if x else '>' for x in s.rstrip('\n').split('\n'))


def outlook_hdr(frm, sent, to, subject, cc=None):
    h = ['From: ' + frm, 'Sent: ' + sent, 'To: ' + to]
    if cc:
        h.append('Cc: ' + cc)
    h.append('Subject: ' + subject)
    return '\n'.join(h)


# ---------------------------------------------------------------- file builders
FIXED_ZIP_DATE = (2024, 3, 18, 9, 30, 0)


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return bio.getvalue()


def csv_text(rows):
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
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
    out = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        out.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(out))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', sh)])


def docx_bytes(blocks):
    """blocks: list of str (paragraph), ('h', str) heading, or ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == 'h':
            body.append(para(b[1], bold=True))
        elif b[0] == 'table':
            trs = []
            for row in b[1]:
                tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                              % para(str(c)) for c in row)
                trs.append('<w:tr>%s</w:tr>' % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr>%s</w:tbl>' % ''.join(trs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
           '</w:sectPr></w:body></w:document>' % (W, ''.join(body)))
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
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('word/document.xml', doc)])


def pdf_bytes(lines, title='Document', per_page=54):
    def pesc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
               % (' '.join('%d 0 R' % p for p in page_ids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    for i, pl in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        stream = ['BT', '/F1 10 Tf', '13 TL', '54 742 Td']
        for ln in pl:
            stream.append('(%s) Tj T*' % pesc(ln))
        stream.append('ET')
        raw = '\n'.join(stream).encode('latin-1')
        comp = zlib.compress(raw, 9)
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
        objs[cid] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp)
                     + comp + b'\nendstream')
    info_id = max(objs) + 1
    objs[info_id] = ('<< /Title (%s) /Producer (CHSH Report Writer 4.2) '
                     '/CreationDate (D:20240318093000-04\'00\') >>' % pesc(title)).encode('latin-1')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for k in sorted(objs):
        offsets[k] = out.tell()
        out.write(b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n')
    xref = out.tell()
    size = max(objs) + 1
    out.write(b'xref\n0 %d\n' % size)
    out.write(b'0000000000 65535 f \n')
    for k in range(1, size):
        out.write(b'%010d 00000 n \n' % offsets[k])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
              % (size, info_id, xref))
    return out.getvalue()


XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
PDF = 'application/pdf'

REGISTRY = []


def reg(label, kind):
    def deco(fn):
        REGISTRY.append((label, kind, fn))
        return fn
    return deco


# =====================================================================
# phi-care
# =====================================================================
@reg('phi', 'care')
def care_sbt():
    m = new(BATI, FELD, 'Bed 14 - trach collar this am', when(3, 19, 15, 42), cc=WHIT)
    body = (
        "Dr. F,\n\n"
        "Walter Pankratz did 4 hrs on trach collar 28% this morning (0800-1200). RR 22-26, "
        "SpO2 93-95, HR stayed under 100, no accessory muscle use. RSBI before the trial was 62. "
        "Put him back on PS 10/+5 at noon for rest per protocol.\n\n"
        "Suctioned x2 for thick tan, sent a sputum cx since it looked different from yesterday. "
        "Cuff is down for PMV trial with Gideon at 1600.\n\n"
        "If you're ok with it I'd like to go 6 hrs tomorrow and keep him on the vent overnight.\n\n"
        "Jerome\n"
        + sig('Jerome Batiste, RRT-NPS', 'Respiratory Therapy - Ventilator Weaning Unit', 'Ext. 4471 / Vocera "RT Wean"'))
    return text(m, body), 'Walter Pankratz'


@reg('phi', 'care')
def care_accept():
    m = new(MARC, VICK, 'RE: LTACH bed for Arceneaux - accepted for Thursday', when(3, 12, 10, 5),
            cc=PRUE, headers=[('In-Reply-To', msgid(SB)), ('Thread-Topic', 'LTACH bed for Arceneaux')])
    body = (
        "Hi Lorraine,\n\n"
        "Good news - Dr. Feldhaus reviewed and we can accept Ms. Delphine Arceneaux for Thursday 3/14, "
        "bed 9 on the weaning unit. Before she leaves your MICU we'll still need:\n\n"
        "  - last 48 hrs of vent settings and RT flowsheet\n"
        "  - most recent ABG (the one from this morning is fine)\n"
        "  - PICC tip confirmation film / read\n"
        "  - current MAR and last dose times for the vanc\n"
        "  - trach op note (size/type, date placed, first change done or not)\n\n"
        "Transport: we're fine with Lifeline critical care, ETA at our door no earlier than 1300 please, "
        "our RT shift overlap is at 1100.\n\n"
        "Her son asked about visiting hours - tell him 24/7 for family on our unit, two at a time.\n\n"
        "Thanks!\nKelsey\n"
        + sig('Kelsey Marchetti, RN, BSN', 'Clinical Liaison / Admissions', '(555) 014-2230 cell  |  Fax (555) 014-2299')
        + '\n' + DISCLAIMER + '\n\n'
        + outlook_hdr('Lorraine Vickers <lvickers@%s>' % SB, 'Monday, March 11, 2024 4:47 PM',
                      'Kelsey Marchetti', 'LTACH bed for Arceneaux') + '\n\n'
        "Kelsey - sending over updated clinicals for Delphine Arceneaux. She's been on PS 12/5 40% "
        "most of the day, trached on 3/4, still on IV abx through 3/20. Family is on board with LTACH. "
        "Any chance of a bed this week?\n\nLorraine Vickers, RN, CCM\nCase Management, St. Brennan Medical Center\n")
    return alt(m, body, to_html(body)), 'Delphine Arceneaux'


@reg('phi', 'care')
def care_anoint():
    m = new(EKW, '%s, %s' % (RAGH, KOWA), 'Friday plan - Rm 20', when(3, 20, 17, 18), cc=ADEL)
    html = (
        '<html><body style="font-family:Georgia,serif;font-size:12pt">'
        '<p>Priya, Bernadette,</p>'
        '<p>I spent most of the afternoon with Mr. Ifeanyi Chukwu\'s family in 20. His daughter Ngozi asked '
        'whether he could be anointed before the ventilator is removed on Friday; I told her yes and that I '
        'would do it myself. We agreed on <b>10:00 Friday</b>, before the team comes in. His brother is '
        'driving from Houston and should be here Thursday night.</p>'
        '<p>They would like the room kept quiet afterward, the rosary playing from Ngozi\'s phone, and the '
        'family (about eight of them) allowed to stay together even if it goes past visiting limits. '
        'I said I would ask. Could we also hold off the morning bath that day? His wife wants to wash his '
        'face herself.</p>'
        '<p>I will be on the unit from 9:30. Please page me when you are ready to start.</p>'
        '<p>Peace,<br>Fr. Tom</p>'
        '<p style="color:#666;font-size:10pt">Rev. Thomas Ekwueme<br>Staff Chaplain, Spiritual Care Services<br>'
        'Cedar Hollow Specialty Hospital &middot; pager 555-0117</p>'
        '</body></html>\n')
    return html_only(m, html), 'Ifeanyi Chukwu'


@reg('phi', 'care')
def care_expired():
    m = new(VOSS, '%s, %s' % (DUNA, FELD), 'overnight - Hollenbeck', when(3, 16, 4, 2),
            cc='%s, %s' % (RAGH, EKW))
    body = (
        "Colette / Dr. Feldhaus,\n\n"
        "FYI Mrs. Gertrude Hollenbeck (bed 3) expired at 0312. It was about 9 hours after the "
        "compassionate extubation yesterday evening. Daughter and granddaughter were at the bedside, "
        "comfortable the whole time per the nurse, no distress meds needed after 0100.\n\n"
        "Dr. Oyelowo (hospitalist on call) pronounced. Not an ME case. Gift of Life notified, "
        "ref # GL-240316-0448, ruled out. Sorensen & Daughters Funeral Home is picking up at 0700. "
        "Belongings (glasses, hearing aids, the quilt) went home with the daughter.\n\n"
        "Chaplain was called at 0230, Fr. Tom came in.\n\n"
        "Bed 3 will be terminal cleaned by 0900 if you want it for the St. Brennan admit.\n\n"
        "Renata Voss, RN\nHouse Supervisor (nights)\n")
    return text(m, body, cte='quoted-printable'), 'Gertrude Hollenbeck'


@reg('phi', 'care')
def care_noshow():
    m = new(BATI, MARC, 'RE: trach clinic f/u - Fairweather', when(3, 12, 14, 51), cc=KOWA,
            headers=[('In-Reply-To', msgid(H)), ('References', msgid(H))])
    first = (
        "Jerome, reminder that Leon Fairweather is on your clinic tomorrow at 1:30 for the cuffless "
        "#6 change. His sister Darlene is bringing him, she said the county van fell through last time. "
        "Please also check whether AirPath got him the new humidifier.\n\n"
        "Thanks,\nKelsey")
    body = (
        "He didn't show again. That's two in a row (2/27 and today). I called the number on file twice "
        "and it went to voicemail, left a message with the clinic number.\n\n"
        "Also talked to Ricky at AirPath - they say he never picked up the replacement inner cannulas "
        "and the humidifier delivery was refused at the door on 3/4. So he's probably been on the same "
        "inner cannulas since discharge in January.\n\n"
        "Bernadette, can you try Darlene? I'd rather not let this go to the 6 week mark. If we can't "
        "reach anyone by Thursday I think we need a welfare check.\n\n"
        "Jerome\n\n"
        "From: Kelsey Marchetti\nSent: Monday, March 11, 2024 4:02 PM\nTo: Jerome Batiste\n"
        "Subject: trach clinic f/u - Fairweather\n\n" + quote(first) + '\n')
    return text(m, body), 'Leon Fairweather'


@reg('phi', 'care')
def care_comfort_orders():
    m = new(RAGH, MEHR, '22B comfort orders - Oyelaran', when(3, 21, 19, 7), cc=DUNA,
            headers=[('Importance', 'High'), ('X-Priority', '1')])
    body = (
        "Anjali,\n\n"
        "Entered new orders for Mrs. Folasade Oyelaran in 22B after the family meeting; please verify "
        "tonight so nursing can start before the 2000 med pass:\n\n"
        "- morphine infusion 2 mg/hr, bolus 2 mg IV q15 min PRN dyspnea/RR > 28 (max 3 boluses/hr, "
        "call if needing all 3)\n"
        "- DC scheduled lorazepam; change to 0.5-1 mg IV q2h PRN\n"
        "- glycopyrrolate 0.2 mg IV q4h PRN secretions\n"
        "- DC tube feeds, DC fingersticks, DC daily labs, DC the heparin SQ\n"
        "- keep vent settings as is for now; withdrawal planned Saturday ~1100 after her son lands\n\n"
        "She still has the fentanyl patch on; leave it.\n\n"
        "Thanks - Priya\n\n"
        "Priya Raghunathan, MD\nPalliative Medicine | Cedar Hollow Specialty Hospital\nPager 555-0132\n")
    return text(m, body, cte='quoted-printable'), 'Folasade Oyelaran'


@reg('phi', 'care')
def care_buried_thread():
    m = new(DUNA, '%s, %s, %s' % (FELD, KOWA, 'Phil Tanaka <ptanaka@%s>' % H),
            'RE: Family lounge renovation - furniture quotes', when(3, 18, 8, 14),
            cc='%s, %s' % (ADEL, MARC))
    t1 = (
        "Hi all - attached the three quotes Phil got for the 2 West family lounge. Kessler Contract is "
        "cheapest but their recliners are the ones that broke in ICU step-down. I'd lean toward "
        "Brightline even though it's $2,300 more. Need a decision by Friday so the Foundation can cut the PO.")
    t2 = (
        "Brightline is fine with me. Can we make sure one of the recliners is a lay-flat? Families stay "
        "overnight during withdrawals and the current ones are brutal.\n\nRuth")
    t3 = (
        "Agree with Ruth. Also please no more fabric - we had to toss two chairs after C. diff cleaning last year. "
        "Vinyl or the antimicrobial knit.\n\nMarcus")
    t4 = (
        "Will do vinyl. Side note since you're all on this thread - Anders Moreau-Lindqvist bounced back "
        "to Harbor Valley overnight, temp 39.4 and pressors started in their ED; they're culturing everything "
        "and want to rule out a line infection. I told their house sup we'd hold bed 8 for 48 hrs. "
        "Kelsey please don't give it away until we hear.\n\nBernadette - his wife is going to need a call "
        "this morning, she's been asking about the move to the step-down side.\n\n"
        "Colette")
    body = (
        "Ordering Brightline, vinyl, one lay-flat. Phil will confirm the delivery date with the Foundation.\n\n"
        "And update on bed 8 - Harbor Valley just called, he's staying in their MICU at least through "
        "Wednesday, they're re-intubating via the trach circuit and starting him on broad spectrum. Release "
        "the hold after Wednesday if they don't call.\n\n"
        "Colette Dunaway, RN, MSN\nNurse Manager, Ventilator Weaning Unit (2 West)\n\n"
        "-----Original Message-----\nFrom: Colette Dunaway\nSent: Sunday, March 17, 2024 7:55 AM\n"
        "Subject: RE: Family lounge renovation - furniture quotes\n\n" + t4 + "\n\n"
        "-----Original Message-----\nFrom: Marcus Feldhaus\nSent: Saturday, March 16, 2024 9:12 PM\n"
        "Subject: RE: Family lounge renovation - furniture quotes\n\n" + t3 + "\n\n"
        "-----Original Message-----\nFrom: Ruth Adelstein\nSent: Friday, March 15, 2024 3:40 PM\n"
        "Subject: RE: Family lounge renovation - furniture quotes\n\n" + t2 + "\n\n"
        "-----Original Message-----\nFrom: Colette Dunaway\nSent: Friday, March 15, 2024 11:02 AM\n"
        "Subject: Family lounge renovation - furniture quotes\n\n" + t1 + "\n")
    return alt(m, body, to_html(body)), 'Anders Moreau-Lindqvist'


@reg('phi', 'care')
def care_dme_delivery():
    m = new(DELM, MARC, 'Delivery complete - Quinones home vent setup', when(3, 22, 18, 33), cc=BARR)
    body = (
        "Kelsey,\n\n"
        "Set-up is done for Hector Quiñones. Thiago delivered and set up this afternoon:\n"
        "  Trilogy Evo (primary) + backup vent, heated humidifier, portable suction + backup, "
        "pulse ox, 2 trach kits, ambu.\n"
        "Settings match the order from Dr. Feldhaus (AC/VC 14, 450, PEEP 5, 2 LPM bleed-in).\n\n"
        "Caregiver training done with his wife Carmen and his nephew - both return-demonstrated "
        "suctioning, inner cannula change and an emergency trach change on the mannequin. Carmen was "
        "nervous about the alarms so Thiago is going back Monday 10am for a second visit. First RT "
        "home visit is on the calendar for 4/2.\n\n"
        "Signed delivery ticket attached.\n\n"
        "Ricky Delmonte\nIntake Coordinator | AirPath Home Medical\n(555) 018-6620 x12\n")
    pdf = pdf_bytes([
        'AirPath Home Medical - DELIVERY TICKET',
        'Ticket: DT-2024-031977        Date: 03/22/2024',
        '',
        'Patient: QUINONES, HECTOR',
        'Ordering physician: Marcus Feldhaus, MD (Cedar Hollow Specialty Hospital)',
        '',
        'Qty  Item                                         Serial',
        '1    Trilogy Evo ventilator (primary)             TV1204477810',
        '1    Trilogy Evo ventilator (backup)              TV1204478133',
        '1    Heated humidifier                            HH-55-20931',
        '2    Portable suction unit                        PS7-118840 / PS7-118852',
        '1    Pulse oximeter                               PO-3390217',
        '2    Tracheostomy kit #6 cuffless',
        '1    Manual resuscitator, adult',
        '',
        'Settings verified: AC/VC RR 14  Vt 450  PEEP 5  O2 bleed-in 2 LPM',
        'Caregiver training completed: suction, inner cannula, emergency change, alarms',
        '',
        'Received by: Carmen Quinones (spouse)        Tech: T. Barros',
    ], title='Delivery Ticket DT-2024-031977')
    text(m, body)
    attach(m, pdf, PDF, 'DT-2024-031977.pdf')
    return m, 'Hector Quiñones'


# =====================================================================
# phi-names
# =====================================================================
@reg('phi', 'names')
def names_lastfirst():
    m = new(VICK, MARC, 'RE: Szabó-Kertész, Ilona – transfer packet', when(3, 7, 11, 26), cc=PRUE)
    body = (
        "Hi Kelsey,\n\n"
        "Updated packet for Szabó-Kertész, Ilona is in the portal now (the H&P from admission was "
        "missing page 3, sorry about that).\n\n"
        "Ilona has been off sedation since Saturday and is following commands, mouthing words. Trach "
        "was placed 3/1, PEG 3/4. Her daughter Katalin is the POA and is the one you want for the "
        "consents - she's at the bedside most afternoons and prefers email to phone. Katalin wants to "
        "tour Cedar Hollow before she signs; can someone meet her Friday around 4?\n\n"
        "One more thing: Mrs. Szabó-Kertész is very hard of hearing in the left ear, so please talk to "
        "her from the right side. The family also asked that staff say the name the Hungarian way "
        "(SAH-bo KER-tays).\n\n"
        "Lorraine\n\n"
        "Lorraine Vickers, RN, CCM\nCase Management | St. Brennan Medical Center\n(555) 016-4410\n\n"
        + SB_DISCLAIMER + "\n")
    return text(m, body, cte='quoted-printable'), 'Ilona Szabó-Kertész'


@reg('phi', 'names')
def names_vietnamese():
    m = new(KOWA, '%s, %s, %s' % (RAGH, FELD, DUNA), 'Family meeting moved – Mr. Nguyễn (Rm 17)',
            when(3, 13, 9, 48), cc=OCAM)
    body = (
        "Good morning,\n\n"
        "The family meeting for Nguyễn Văn Thắng is now THURSDAY at 2:00 pm (not 10:00). Conference "
        "room B is booked.\n\n"
        "His son Minh will be there with Mrs. Nguyễn. Minh has asked NOT to be the one interpreting "
        "the hard parts for his mother, so I have a Vietnamese phone interpreter booked through "
        "LanguageLine for 2:00-3:30. Please wait for the interpreter before getting into prognosis.\n\n"
        "A small thing the family raised: everyone on the board writes him as \"Mr. Nguyen,\" but the "
        "family and the grandkids call him Ông Thắng (or Bác Thắng). Nguyễn is the family name of half "
        "the neighborhood, so please use Mr. Thắng when you greet him.\n\n"
        "Dr. Raghunathan will lead. Agenda as we discussed: the last two weeks of daily trials, and "
        "whether to keep going or move toward comfort-focused care. Ms. Ocampo will join if she is free.\n\n"
        "Bernadette\n\n"
        "Bernadette Kowalczyk, LCSW\nSocial Work / Case Management\nExt. 4409\n")
    html = to_html(body)
    return alt(m, body, html, cte='quoted-printable'), 'Nguyễn Văn Thắng'


@reg('phi', 'names')
def names_nigerian():
    m = new(EKW, ADEL, 'Chief Adeyemi-Olatunji - pastor visit after hours', when(3, 14, 18, 55))
    body = (
        "Ruth,\n\n"
        "I sat with Chief Babatunde Adeyemi-Olatunji's wife, Mrs. Folake Adeyemi-Olatunji, for about an "
        "hour this afternoon in room 5. They belong to a Redeemed Christian Church parish in the city. "
        "She is asking that their pastor, Pastor Oluwaseun Bankole, be allowed to come after 9 pm on "
        "weeknights (he drives a cab during the day) to pray and anoint with oil.\n\n"
        "Chief is still on the ventilator but he is awake, mouths words and squeezed my hand when I "
        "prayed. The family calls him Baba; the grandchildren are bringing a recording of the choir.\n\n"
        "Can you approve an after-hours visitor pass for Pastor Bankole through the end of the month? "
        "I told Mrs. Adeyemi-Olatunji I would let her know tomorrow.\n\n"
        "Fr. Tom\n"
        + sig('Rev. Thomas Ekwueme', 'Staff Chaplain, Spiritual Care Services', 'Pager 555-0117'))
    return text(m, body), 'Babatunde Adeyemi-Olatunji'


@reg('phi', 'names')
def names_particle():
    m = new(FELD, RAGH, 'consult - Mr. van der Veen, rm 11', when(3, 15, 7, 38))
    html = (
        '<html><head><meta charset="utf-8"><style>p{margin:0 0 8pt 0}</style></head>'
        '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
        '<p>Priya -</p>'
        '<p>Could you see Mr. van der Veen in 11 today or tomorrow? Cornelis van der Veen, 81, came to us '
        'from Mercy Plains 5 weeks ago. Third failed wean this week - he gets to about 90 minutes on '
        'trach collar and then tires out. He is clear-headed and has started asking me directly '
        '"what is the point."</p>'
        '<p>Mr. van der Veen\'s wife, Anneke, is at the bedside every day from 10 to 6 and keeps asking how long '
        'this will go on. Their son in Rotterdam is on speaker for most conversations. I think they are '
        'ready for a real goals conversation but I haven\'t had the time to do it properly.</p>'
        '<p>Thanks,<br>Marcus</p>'
        '<p style="font-size:9pt;color:#555">Marcus Feldhaus, MD, FCCP<br>Medical Director, Ventilator Weaning Unit'
        '<br>Cedar Hollow Specialty Hospital</p>'
        '</div></body></html>\n')
    return html_only(m, html, cte='quoted-printable'), 'Cornelis van der Veen'


@reg('phi', 'names')
def names_subject_only():
    m = new(DUNA, ALL_VWU, 'Rosalind Achterberg', when(3, 19, 16, 20))
    body = (
        "Family signed the DNR/DNI this afternoon with Dr. Feldhaus. Please update the whiteboard and "
        "the code status banner in the chart, and make sure nights hear it in report.\n\n"
        "She stays on the vent, no escalation.\n\n"
        "-C\n\nSent from my iPhone\n")
    return text(m, body), 'Rosalind Achterberg'


@reg('phi', 'names')
def names_indian():
    orig = (
        "Good afternoon,\n\n"
        "The concurrent review for your member did not meet InterQual criteria for continued LTACH stay "
        "as of 03/18/2024. The attending may request a peer-to-peer discussion with our medical director "
        "within 2 business days. Please reply with availability.\n\n"
        "Sharonda Pike, RN\nUtilization Management | Keystone Advantage\n(555) 019-3300 opt 4")
    m = new(MARC, PIKE, 'RE: peer-to-peer request - SUBRAMANIAM, VENKATARAMAN', when(3, 19, 9, 3),
            cc=FELD)
    body = (
        "Sharonda,\n\n"
        "Dr. Feldhaus is available for the peer-to-peer for Mr. Venkataraman Subramaniam tomorrow "
        "(3/20) between 11:00 and 1:00. His direct line is (555) 014-2201.\n\n"
        "For context before the call: Mr. Subramaniam - he goes by Venkat - was down to 12 hours a "
        "day on the vent on 3/15, then had a setback over the weekend and needed full support again "
        "for 36 hours. He's back to daytime trach collar trials as of this morning. His daughter "
        "Lakshmi flew in from Pune and is staying through the end of the month.\n\n"
        "Thanks,\nKelsey Marchetti, RN\nClinical Liaison, Cedar Hollow Specialty Hospital\n\n"
        "On Mon, Mar 18, 2024 at 3:12 PM, Sharonda Pike <spike@%s> wrote:\n" % KA
        + quote(orig) + '\n')
    return text(m, body), 'Venkataraman Subramaniam'


@reg('phi', 'names')
def names_arabic():
    m = new(ADEL, 'Imam Yusuf Haddad <yhaddad.volunteer@%s>' % H, 'Haj Mahmoud - room 26, Friday',
            when(3, 21, 13, 10), cc=OCAM)
    body = (
        "Imam Yusuf,\n\n"
        "Thank you again for coming on short notice last week. The family of Haj Mahmoud Al-Sayegh "
        "(Abu Khalil) in room 26 asked if you could come this Friday after Jumu'ah to pray with them "
        "at the bedside.\n\n"
        "Mahmoud is now on comfort care and the team thinks it may be a matter of days. His eldest son "
        "Khalil asked whether the bed can be turned so that he faces the qibla - nursing says yes, they "
        "will reposition him before you arrive. The family also asked about who may wash the body "
        "afterward; I told them you would talk it through with them and that our morgue staff will "
        "follow your guidance.\n\n"
        "Umm Khalil prefers to speak Arabic, so your being there means a lot.\n\n"
        "With gratitude,\nRuth\n\n"
        "Rabbi Ruth Adelstein, BCC\nDirector, Spiritual Care Services\nCedar Hollow Specialty Hospital\n")
    return alt(m, body, to_html(body, font='Verdana, sans-serif')), 'Mahmoud Al-Sayegh'


@reg('phi', 'names')
def names_czech():
    m = new(PRUE, MORR, 'Re: Dvořák', when(3, 11, 15, 2))
    orig = (
        "Hollis, clinicals for Mr. Dvořák are uploaded. Can you tell me by tomorrow if you have a bed? "
        "Our CMO is breathing down my neck about LOS.\n\nTessa")
    body = (
        "Tessa - got them. We have a bed Tuesday for Miroslav Dvořák, Dr. Feldhaus accepted him this "
        "afternoon.\n\n"
        "One question. Mr. Dvořák's wife mentioned to our liaison that he speaks mostly Czech, "
        "especially when he's tired or delirious. Do you know if any of his team used an interpreter? "
        "I want to get one lined up for his first night here. Also please send the latest sputum "
        "results if they've come back.\n\n"
        "Thanks,\nHollis\n\nHollis Pruett | Admissions Coordinator | Cedar Hollow Specialty Hospital\n"
        "(555) 014-2244\n\n"
        "On 3/11/24 1:40 PM, Tessa Morrow wrote:\n" + quote(orig) + '\n')
    return text(m, body, cs='iso-8859-2', cte='quoted-printable'), 'Miroslav Dvořák'


# =====================================================================
# phi-self
# =====================================================================
@reg('phi', 'self')
def self_former_patient():
    m = new('Ray Dominguez <raydom52@kinmail.example>', WHIT, 'question from a former patient',
            when(3, 17, 21, 44))
    body = (
        "Hi Dana,\n\n"
        "Not sure if you remember me, I was on 2 West from October to December last year (the guy with "
        "the Steelers blanket who kept trying to talk with the cuff up lol). I'm home now and off the "
        "vent in the daytime, just on it at night with the trach.\n\n"
        "Lately my pulse ox has been dropping to 86-87 at night even on the vent, and I wake up with "
        "headaches most mornings. The AirPath guy said to call my doctor but my lung doctor can't see "
        "me till May 9. Is that something I should worry about? Should I go back to the 2 liters "
        "bleed-in like I had when I left?\n\n"
        "Thank you for everything you all did. Tell Jerome I'm walking to the mailbox now.\n\n"
        "Ray\n\nSent from my Galaxy\n")
    return text(m, body), 'Ray Dominguez'


@reg('phi', 'self')
def self_room31():
    m = new('Gloria Etheridge <gloria.etheridge@neighborly.example>', EKW, 'from Gloria in 31',
            when(3, 22, 20, 12))
    html = (
        '<div dir="ltr"><div style="font-size:14px">Father Tom,</div><div><br></div>'
        '<div>This is Gloria Etheridge in room 31. My nurse Jasmine helped me set up the tablet so I can '
        'write to you since I can\'t talk good with this trach.</div><div><br></div>'
        '<div>I have been thinking about what we talked about on Tuesday. I don\'t want to keep going down '
        'for dialysis three times a week. I am so tired after and I can\'t even hold my grandbaby. I know '
        'what it means. I have not told my son yet.</div><div><br></div>'
        '<div>Can you come tomorrow, and can we have communion? And can you be there when I tell '
        'Dr. Raghunathan? I want to do this right.</div><div><br></div>'
        '<div>God bless you,</div><div>Gloria</div></div>\n')
    return html_only(m, html), 'Gloria Etheridge'


@reg('phi', 'self')
def self_staff_surgery():
    m = new('Marisol Arreguín <marreguin@%s>' % H, WHIT, 'time off request', when(3, 8, 6, 58))
    body = (
        "Hi Dana,\n\n"
        "Wanted to give you a heads up before I put it in Kronos. My GYN scheduled my hysterectomy for "
        "April 12 at Mercy Plains. They're saying 6 weeks no lifting, so I'll need FMLA from 4/11 "
        "through about 5/24. I'll get the certification form to HR this week.\n\n"
        "I'd rather people on the unit not know the details, please just tell them I'm out on leave. "
        "I can pick up extra nights the first week of April to help cover.\n\n"
        "Thanks,\nMarisol\n\n"
        "Marisol Arreguín, RRT\nRespiratory Therapy | Cedar Hollow Specialty Hospital\n")
    return text(m, body, cs='iso-8859-1', cte='quoted-printable'), 'Marisol Arreguín'


@reg('phi', 'self')
def self_prospective():
    m = new('hbeckwith1956 <hbeckwith1956@webpost.example>', ADMISSIONS,
            'can i come to your vent unit', when(3, 20, 23, 31))
    body = (
        "hi my name is harold beckwith, my wife is typing this for me. i have ALS, diagnosed 2021, "
        "and i have been at st brennan ICU since march 2 after i couldnt breathe at home on the bipap. "
        "they put in a trach and feeding tube last week. the case manager there says i need an LTACH "
        "and gave us your name and one other place. we want to come to you because its 15 min from our "
        "house.\n\n"
        "my DOB is 02/17/1956. insurance is Keystone Advantage through my old union. my wife Joanne "
        "has my medical power of attorney.\n\n"
        "questions - can she stay overnight? do you have anyone who knows ALS? will i be able to use "
        "my eye gaze computer in the room?\n\n"
        "thank you\nharold\n\ncell 555-0174 (joanne)\n")
    return text(m, body), 'Harold Beckwith'


@reg('phi', 'self')
def self_appeal():
    m = new('Winifred Osei-Bonsu <wosei.bonsu@kinmail.example>', 'Appeals and Grievances <appeals@%s>' % KA,
            'Expedited appeal - Winifred Osei-Bonsu', when(3, 25, 10, 4),
            cc='Abena Osei-Bonsu <abena.ob@kinmail.example>, %s' % MARC)
    body = (
        "To the Appeals Department,\n\n"
        "I am asking for an expedited appeal of your decision dated March 22, 2024 to stop paying for "
        "my stay at Cedar Hollow Specialty Hospital. My letter is attached. My daughter Abena is helping "
        "me with this email and is copied.\n\n"
        "Member ID: KAH 3392 0817 45\nDate of birth: May 9, 1947\n\n"
        "I still need the breathing machine about 16 hours a day and I cannot yet suction myself. The "
        "doctors here say I am improving but I am not ready to go home.\n\n"
        "Please call Abena at 555-0186 if you need anything.\n\n"
        "Winifred\n")
    doc = docx_bytes([
        ('h', 'Request for Expedited Reconsideration'),
        'March 25, 2024',
        'Keystone Advantage - Appeals and Grievances, P.O. Box 4410, Harrisburg PA',
        'Member: Winifred Osei-Bonsu    Member ID: KAH 3392 0817 45    DOB: 05/09/1947',
        'Re: Notice of denial of continued stay dated 03/22/2024, Cedar Hollow Specialty Hospital',
        'I was admitted to Cedar Hollow on February 28, 2024 after 19 days in the intensive care unit at '
        'St. Brennan Medical Center, where I had a tracheostomy. I am still on the ventilator for about '
        '16 hours each day. I cannot clear my own secretions and need suctioning every 2 to 3 hours. '
        'I live alone in a second-floor apartment and my daughter works full time.',
        'My doctor, Dr. Marcus Feldhaus, believes I can come off the ventilator in the next two to three '
        'weeks. Sending me to a nursing home now would mean starting over with staff who do not wean '
        'patients from ventilators. I ask that you continue to cover my stay.',
        'Sincerely,',
        'Winifred Osei-Bonsu',
    ])
    text(m, body)
    attach(m, doc, DOCX, 'Appeal letter W Osei-Bonsu.docx')
    return m, 'Winifred Osei-Bonsu'


@reg('phi', 'self')
def self_bill():
    m = new('Dolores Whitfield <dwhitfield47@webpost.example>', 'Patient Billing <billing@%s>' % H,
            'Bill I received - account question', when(3, 26, 14, 17))
    html = (
        '<html><body><div style="font-family:Arial;font-size:13px">'
        '<p>Hello,</p>'
        '<p>I got a statement in the mail for <b>$4,212.66</b> for my stay with you from January 3 to '
        'January 29. My insurance (Sunvale Senior Choice) told me on the phone that the whole thing was '
        'covered because I was on the ventilator the entire time and came straight from the ICU at '
        'Harbor Valley. The statement says "patient responsibility - days 21-26."</p>'
        '<p>I am 76 and on a fixed income, and frankly I am still recovering and don\'t have the energy '
        'to fight this. Can someone please look at it and call me? My number is 555-0129, best after '
        '11 am since I still have my breathing treatments in the morning.</p>'
        '<p>Thank you,<br>Dolores Whitfield</p>'
        '<p style="color:#888;font-size:11px">Sent from WebPost Mail</p>'
        '</div></body></html>\n')
    return html_only(m, html, cte='base64'), 'Dolores Whitfield'


@reg('phi', 'self')
def self_volunteer():
    m = new('Bev Szymanski <bevszy@neighborly.example>', THOR, 'Tuesdays', when(3, 11, 8, 15))
    body = (
        "Hi Maggie,\n\n"
        "I hate to do this but I won't be able to do my Tuesday shifts at the front desk or the cart for "
        "a while. I started chemo last week for the breast cancer (the lump they found in January) and "
        "my oncologist says my counts will be low and I shouldn't be around a hospital, especially the "
        "vent unit, until at least June.\n\n"
        "Could you let the Tuesday crew know I'm taking a break? You don't have to say why. I'll miss "
        "everyone. I'm still knitting hats for the unit, I'll drop them at the front in a bag.\n\n"
        "Love,\nBev\n")
    return text(m, body), 'Bev Szymanski'


# =====================================================================
# phi-ids
# =====================================================================
@reg('phi', 'ids')
def ids_referral():
    m = new(VICK, '%s, %s' % (ADMISSIONS, MARC), 'LTACH referral - Kettleworth', when(3, 18, 13, 9))
    body = (
        "Please see referral below. Full clinicals to follow via the portal once the PDF finishes "
        "generating.\n\n"
        "Patient: Ambrose Kettleworth\n"
        "DOB: 07/22/1944   Sex: M\n"
        "SBMC MRN: SB00418823      Acct#: 7734-0021-96\n"
        "Admit: 02/26/2024   Unit: MICU bed 12\n"
        "Payer: Keystone Advantage PPO   Member ID: KAH550193847   Grp: 00912\n"
        "Attending: Dr. Helen Marsh   Pulm: Dr. Aditya Rao\n\n"
        "Trach 3/2 (Shiley 8 cuffed), PEG 3/6. Vent AC 16 / 450 / PEEP 8 / FiO2 40%. Failed 3 SBTs. "
        "Afebrile x 72h, off pressors since 3/1. Lives with wife, two-story house.\n\n"
        "Family contact: Mrs. June Kettleworth (wife) (555) 016-7732\n"
        "Target transfer date: 03/21/2024\n\n"
        "Lorraine Vickers, RN, CCM | Case Management | St. Brennan Medical Center | (555) 016-4410\n\n"
        + SB_DISCLAIMER + "\n")
    return text(m, body), 'Ambrose Kettleworth'


@reg('phi', 'ids')
def ids_auth():
    m = new('Keystone Advantage UM <um-notify@%s>' % KA, MARC,
            'Authorization determination - Ref AUTH-24-0918773', when(3, 5, 16, 40))
    html = (
        '<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
        '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#123b6d;color:#fff;'
        'padding:10px;font-size:14pt">Keystone Advantage &ndash; Utilization Management</td></tr></table>'
        '<p>Dear Provider,</p><p>An authorization determination has been made for the service below.</p>'
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
        '<tr><td><b>Member name</b></td><td>YARBROUGH, CONSTANCE L</td></tr>'
        '<tr><td><b>Member ID</b></td><td>K00884720193</td></tr>'
        '<tr><td><b>Date of birth</b></td><td>1941-06-30</td></tr>'
        '<tr><td><b>Reference #</b></td><td>AUTH-24-0918773</td></tr>'
        '<tr><td><b>Service</b></td><td>Long-term acute care hospital, inpatient (rev 0100)</td></tr>'
        '<tr><td><b>Facility</b></td><td>Cedar Hollow Specialty Hospital, NPI 1902847365</td></tr>'
        '<tr><td><b>Decision</b></td><td style="color:#0a6b1f"><b>APPROVED</b></td></tr>'
        '<tr><td><b>Approved dates</b></td><td>03/04/2024 &ndash; 03/17/2024 (14 days)</td></tr>'
        '<tr><td><b>Next review</b></td><td>03/15/2024 &ndash; submit clinicals by 12:00 ET</td></tr>'
        '</table>'
        '<p>Concurrent review clinicals may be faxed to (555) 019-3390 or uploaded in ProviderLink.</p>'
        '<p>Reviewer: S. Pike, RN</p>'
        '<p style="font-size:8pt;color:#777">' + KA_DISCLAIMER.replace('\n', ' ') + '</p>'
        '</body></html>\n')
    return html_only(m, html, cte='quoted-printable'), 'CONSTANCE L YARBROUGH'


@reg('phi', 'ids')
def ids_claim():
    m = new(CALL, OBER, 'Claim 2024031800472 - denial CO-50, request reconsideration',
            when(3, 27, 11, 50))
    body = (
        "Glen,\n\n"
        "Following up on our call. This is the one I mentioned:\n\n"
        "  Patient:          MALECKI, IGNATIUS\n"
        "  DOB:              1939-11-04\n"
        "  Member ID:        K00731158820\n"
        "  Claim #:          2024031800472\n"
        "  ICN:              24078-0041-99163\n"
        "  Patient acct:     CH-00218874\n"
        "  DOS:              01/09/2024 - 02/20/2024\n"
        "  Billed:           $186,442.00\n"
        "  Denial:           CO-50 (not medically necessary) for 01/31 - 02/20\n\n"
        "We had auth AUTH-24-0102284 covering through 02/21, approved by your team on 1/30. Mr. Malecki "
        "was still on full ventilator support on 1/31 with two failed trials that week - the progress "
        "notes are in the packet. I think the denial is a system error on the auth match.\n\n"
        "Can you get this reprocessed or tell me which reconsideration form you want?\n\n"
        "Thanks,\nDoreen\n\n"
        "Doreen Calloway, CRCR\nPatient Financial Services - Denials & Appeals\n"
        "Cedar Hollow Specialty Hospital | (555) 014-2270\n")
    return text(m, body), 'IGNATIUS MALECKI'


@reg('phi', 'ids')
def ids_contact_update():
    m = new('Shay Okafor <sokafor@%s>' % H, 'Patient Registration <registration@%s>' % H,
            'Please update emergency contact - Rm 24', when(3, 14, 10, 22))
    body = (
        "Hi Registration,\n\n"
        "Please update the emergency contact for Mrs. Philippa Dunmore in 24 (born March 4th, 1951). "
        "Her son came in today with new info:\n\n"
        "Primary contact: Graham Dunmore (son)\n"
        "New cell: (555) 013-4477\n"
        "Address: 22 Ferncliff Rd, Unit 5B, Ashford Falls\n\n"
        "The old number (555) 013-9902 belonged to her late husband and is disconnected. Graham is also "
        "bringing a copy of the healthcare POA on Friday so please scan it into her chart when he does.\n\n"
        "Thank you!\nShay\n2 West Unit Secretary, ext 4402\n")
    return text(m, body), 'Philippa Dunmore'


@reg('phi', 'ids')
def ids_mbi():
    m = new('Patient Access <patientaccess@%s>' % H, CALL, 'MBI mismatch - Abernathy-Price',
            when(3, 6, 9, 31))
    body = (
        "Doreen,\n\n"
        "Eligibility bounced for Lucius Abernathy-Price (admitted 3/4 from Harbor Valley, rm 7).\n\n"
        "Our face sheet has MBI 3KW7-HD2-RT58 but the plan's 271 shows 3KW7HD2RT85 - digits at the end "
        "are transposed somewhere. The Harbor Valley face sheet also lists SSN 412-58-3391 which doesn't "
        "match the last four the daughter gave us on the phone (3319). DOB matches on both: 10/02/1938.\n\n"
        "I'd like to get the daughter to bring in the red-white-and-blue card before we rebill. Her "
        "number is 555-0158. Can you hold the claim until Friday?\n\n"
        "Thanks,\nMarisa Teodoro\nPatient Access Specialist\n")
    return text(m, body), 'Lucius Abernathy-Price'


@reg('phi', 'ids')
def ids_hospice():
    m = new(MARC, CARR, 'Referral - Blackwood-Fry, E. (CHSH MRN 4417720)', when(3, 26, 15, 15),
            cc=RAGH)
    body = (
        "Yvette,\n\n"
        "Hospice referral for home after vent withdrawal, family wants her home if she survives the "
        "extubation.\n\n"
        "Name: Ernestine Blackwood-Fry\n"
        "Chart #: 00-441-7720    Encounter: E20240311-0098\n"
        "DOB: 4/17/33\n"
        "Home: 1409 Old Mill Pike, Carrow's Ford\n"
        "Home phone: 555-0148 (daughter Rachel lives with her)\n"
        "Insurance: Sunvale Senior Choice HMO, ID SNV0044718235\n"
        "Attending: Priya Raghunathan, MD (palliative)  - will sign the certification\n\n"
        "Planned withdrawal Thursday morning. If she is still with us at 24 hrs the family wants "
        "transport home by ambulance; they already have a hospital bed from AirPath.\n\n"
        "Kelsey\n(555) 014-2230\n\n" + DISCLAIMER + "\n")
    return text(m, body, cte='quoted-printable'), 'Ernestine Blackwood-Fry'


@reg('phi', 'ids')
def ids_dme_order():
    m = new(MARC, 'AirPath Intake <intake@%s>' % AP, 'New order - Rennick, Tobias - ship 3/28',
            when(3, 25, 12, 48), cc=DELM)
    body = (
        "New order attached, summary below.\n\n"
        "Ship to:\n"
        "Tobias Rennick\n"
        "1187 Quarry Hill Ln, Apt 3\n"
        "Millbrook Station\n"
        "Phone 555-0192\n"
        "DOB 09.08.1948\n\n"
        "Insurance: Sunvale Senior Choice, member # SNV-552-901-174\n\n"
        "Items: home oxygen concentrator 5 LPM + portable tanks, trach supplies (Shiley 6 DCT, "
        "monthly), HME x30, suction catheters 14 Fr x 90, nebulizer.\n"
        "Discharge planned 3/28 ~1400. He'll be at home with his partner, who has done the suction "
        "training with our RT.\n\n"
        "Kelsey Marchetti, RN\nClinical Liaison | Cedar Hollow Specialty Hospital\n")
    cs = csv_text([
        ['order_date', 'patient', 'dob', 'item', 'hcpcs', 'qty', 'freq'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'Oxygen concentrator 5L', 'E1390', '1', 'rental'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'Portable O2 cylinder E', 'E0431', '4', 'rental'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'Trach tube Shiley 6 DCT', 'A7520', '1', 'monthly'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'HME', 'A7507', '30', 'monthly'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'Suction catheter 14Fr', 'A4624', '90', 'monthly'],
        ['2024-03-25', 'Rennick, Tobias', '1948-09-08', 'Nebulizer compressor', 'E0570', '1', 'purchase'],
    ])
    text(m, body)
    attach(m, cs, 'text/csv', 'order_rennick_0325.csv')
    return m, 'Tobias Rennick'


@reg('phi', 'ids')
def ids_misfax():
    m = new(LIND, '%s, %s' % (FELD, WHIT), 'Misdirected fax - incident 24-017', when(3, 28, 16, 3),
            cc=DUNA, headers=[('Sensitivity', 'Company-Confidential')])
    body = (
        "Marcus, Dana -\n\n"
        "Opening incident 24-017. On 3/27 at approximately 14:20 the RT department fax sent ABG results "
        "to (555) 016-0163 instead of the Harbor Valley pulmonary clinic at (555) 016-0136.\n\n"
        "Patient: Ottoline Brasher\n"
        "Acct: V000918273   DOB: 12-Jan-1940\n"
        "Contents: two ABG reports (3/26 and 3/27), vent settings at time of draw, ordering MD\n\n"
        "The receiving number belongs to a print shop on Route 9; the owner called us and says he has "
        "shredded the pages. I'm getting that in writing. I have to do the risk assessment by Friday "
        "and decide whether notice goes to Ms. Brasher.\n\n"
        "Dana, can you pull the fax log and confirm who sent it? Not looking for blame, I need the "
        "timeline and whether the speed-dial entry was wrong.\n\n"
        "Stuart Lindqvist, CHPC\nPrivacy Officer | Cedar Hollow Specialty Hospital | ext. 4100\n")
    return alt(m, body, to_html(body)), 'Ottoline Brasher'


# =====================================================================
# phi-lists
# =====================================================================
@reg('phi', 'lists')
def lists_wean_board():
    m = new(WHIT, '%s, %s' % (ALL_RT, FELD), 'Wean board 3/19 AM', when(3, 19, 7, 12), cc=DUNA)
    body = (
        "Morning board. Changes since last night marked with *\n\n"
        "Rm   Patient                  Mode        FiO2  PEEP  Plan today\n"
        "---- ------------------------ ----------- ----- ----- -----------------------------------\n"
        "3    (open - terminal clean)\n"
        "5    Adeyemi-Olatunji, B.     PS 12/5     35%   5     rest day, PS only\n"
        "7    Abernathy-Price, L.      PS 10/5     30%   5     TC 2h x2\n"
        "9    Arceneaux, D.            AC 16/450   40%   8     *ABG 0900, wean FiO2 to 35 if PaO2>70\n"
        "11   van der Veen, C.         PS 10/5     30%   5     TC 90 min, palliative seeing today\n"
        "14   Pankratz, W.             TC 28%      28%   --    *6h trach collar, vent overnight\n"
        "17   Nguyen, Thang            AC 14/400   35%   5     hold trials until family mtg Thu\n"
        "20   Chukwu, I.               PRVC 14/420 50%   10    comfort focus - no trials\n"
        "22B  Oyelaran, F.             AC 16/400   60%   10    *no trials; comfort orders pending\n"
        "26   Al-Sayegh, M.            PS 8/5      30%   5     comfort care\n\n"
        "Trach changes due this week: 7 (Wed), 14 (Fri). PMV evals with Gideon: 14, 5.\n\n"
        "Dana\n\nDana Whitcomb, RRT, RRT-ACCS\nRT Supervisor | Cedar Hollow Specialty Hospital\n")
    return text(m, body), 'Adeyemi-Olatunji, B.'


@reg('phi', 'lists')
def lists_referrals_csv():
    m = new(MARC, '%s, %s, %s' % (FELD, PRUE, 'Denise Hargrove <dhargrove@%s>' % H),
            'Pending referrals as of 3/20', when(3, 20, 17, 2))
    rows = [
        ['referral_date', 'patient_name', 'dob', 'referring_facility', 'unit', 'payer', 'member_id',
         'status', 'notes'],
        ['2024-03-14', 'Kettleworth, Ambrose', '1944-07-22', 'St. Brennan MC', 'MICU', 'Keystone Advantage',
         'KAH550193847', 'accepted', 'transfer 3/21'],
        ['2024-03-15', 'Soto-Whitaker, Imelda', '1950-12-03', 'Harbor Valley UH', 'CVICU', 'Sunvale Senior Choice',
         'SNV0091127734', 'pending auth', 'sent clinicals 3/18'],
        ['2024-03-16', 'Grabowski, Stanislaw', '1937-04-19', 'Mercy Plains', 'ICU', 'Traditional Medicare',
         '6HT2-QW4-XK19', 'reviewing', 'needs HD - check chair'],
        ['2024-03-18', 'Oduya, Chinonso', '1962-08-30', 'Harbor Valley UH', 'Neuro ICU', 'Medicaid MCO',
         'MC77401923', 'declined', 'too unstable, re-eval next wk'],
        ['2024-03-18', 'Lindahl, Birgitta', '1945-01-11', 'St. Brennan MC', 'MICU', 'Keystone Advantage',
         'KAH771204459', 'pending auth', 'P2P scheduled 3/21'],
        ['2024-03-19', 'Ngata, Hemi', '1958-05-06', 'Mercy Plains', 'ICU', 'Commercial - Apex PPO',
         'APX-9920-1147', 'accepted', 'bed 3, 3/22'],
        ['2024-03-20', 'Ferreira, Rosângela', '1949-10-27', 'St. Brennan MC', 'SICU', 'Sunvale Senior Choice',
         'SNV0088310056', 'new', 'Portuguese interpreter'],
    ]
    body = (
        "Attached is the pending referral list through this afternoon. Two waiting on Keystone/Sunvale "
        "auth, one needs a dialysis chair before we can say yes. Let me know if I'm missing anyone from "
        "your side.\n\nKelsey\n")
    text(m, body)
    attach(m, csv_text(rows), 'text/csv', 'pending_referrals_0320.csv')
    return m, 'Ambrose Kettleworth'


@reg('phi', 'lists')
def lists_chaplain_xlsx():
    m = new(OCAM, ADEL, 'Visit log week of 3/11', when(3, 16, 12, 30), cc=EKW)
    rows = [
        ['Date', 'Room', 'Patient', 'Faith / preference', 'Visit type', 'Who present', 'Notes / follow-up'],
        ['03/11/2024', '5', 'Babatunde Adeyemi-Olatunji', 'Pentecostal (RCCG)', 'Prayer', 'wife',
         'pastor after-hours pass requested'],
        ['03/11/2024', '17', 'Nguyễn Văn Thắng', 'Buddhist', 'Family support', 'wife, son',
         'family mtg Thu - attend'],
        ['03/12/2024', '20', 'Ifeanyi Chukwu', 'Catholic', 'Sacramental - Fr. Tom', 'daughter',
         'anointing before extubation Fri'],
        ['03/12/2024', '26', 'Mahmoud Al-Sayegh', 'Muslim', 'Referral to Imam Yusuf', 'son, wife',
         'qibla positioning, ghusl questions'],
        ['03/13/2024', '24', 'Philippa Dunmore', 'Episcopal', 'Grief - widowed 2023', 'son',
         'anxious re: trach change'],
        ['03/14/2024', '31', 'Gloria Etheridge', 'Baptist', 'Spiritual counseling', 'patient only',
         'considering stopping HD - alert palliative'],
        ['03/15/2024', '11', 'Cornelis van der Veen', 'Reformed / none active', 'Life review', 'wife',
         'asks "what is the point"'],
        ['03/15/2024', '9', 'Delphine Arceneaux', 'Catholic', 'Welcome visit', 'son', 'rosary given'],
    ]
    body = (
        "Ruth, here's my log for the week. Sorry it's late - I was at the bedside in 20 most of Friday.\n\n"
        "Flagging two for Monday huddle: Gloria in 31 (asked me again about stopping dialysis) and "
        "the Al-Sayegh family.\n\nMariela\n\n"
        "Mariela Ocampo, MDiv\nChaplain Resident (bilingual EN/ES) | Spiritual Care Services\n")
    text(m, body)
    attach(m, xlsx_bytes(rows, 'Week 3-11'), XLSX, 'Chaplain_visits_2024-03-11.xlsx')
    return m, 'Babatunde Adeyemi-Olatunji'


@reg('phi', 'lists')
def lists_idt_docx():
    m = new(RAGH, '%s, %s, %s, %s' % (FELD, KOWA, ADEL, DUNA), 'Palliative IDT roster for Wednesday',
            when(3, 19, 20, 5))
    doc = docx_bytes([
        ('h', 'Palliative Care Interdisciplinary Team - Wednesday 3/20/2024, 13:00, Conf B'),
        'Facilitator: P. Raghunathan, MD. Scribe: B. Kowalczyk, LCSW.',
        ('table', [
            ['Rm', 'Patient', 'Code status', 'Surrogate', 'Goals / issues', 'Owner'],
            ['11', 'Cornelis van der Veen', 'Full', 'Anneke (wife)', 'Goals conversation; repeated failed TC trials', 'PR'],
            ['17', 'Nguyễn Văn Thắng', 'Full', 'Minh (son) + wife', 'Family mtg Thu 2pm w/ interpreter', 'BK / PR'],
            ['20', 'Ifeanyi Chukwu', 'DNR', 'Ngozi (daughter)', 'Terminal wean Fri 10:30 after anointing', 'PR / TE'],
            ['22B', 'Folasade Oyelaran', 'DNR/DNI', 'Adebayo (son)', 'Withdrawal Sat when son arrives', 'PR'],
            ['26', 'Mahmoud Al-Sayegh', 'DNR/comfort', 'Khalil (son)', 'Imam Fri; ghusl plan with morgue', 'RA'],
            ['31', 'Gloria Etheridge', 'Full', 'self', 'Wants to stop HD; son not yet told', 'PR / TE'],
            ['19', 'Rosalind Achterberg', 'DNR/DNI', 'daughter', 'No escalation; continue vent', 'MF'],
        ]),
        'Bereavement follow-up: Hollenbeck family (3/16) - card sent, call at 2 weeks.',
    ])
    body = (
        "Roster for tomorrow attached. Seven on the list, plus the Hollenbeck bereavement call. "
        "Please add anyone I've missed before noon.\n\n-Priya\n")
    text(m, body)
    attach(m, doc, DOCX, 'IDT_roster_2024-03-20.docx')
    return m, 'Cornelis van der Veen'


@reg('phi', 'lists')
def lists_bedboard_pdf():
    m = new(PRUE, '%s, %s, %s' % (MARC, DUNA, VOSS), 'Bed board / incoming transfers 3/21-3/23',
            when(3, 20, 16, 45))
    lines = [
        'CEDAR HOLLOW SPECIALTY HOSPITAL - BED BOARD / INCOMING TRANSFERS',
        'Printed 03/20/2024 16:40 by HPRUETT',
        '',
        'DATE   ETA    BED  PATIENT                    DOB         FROM              PAYER        VENT',
        '03/21  13:00  3    KETTLEWORTH, AMBROSE        07/22/1944  St Brennan MICU   Keystone MA  AC 16/450/+8',
        '03/21  15:30  12   LINDAHL, BIRGITTA           01/11/1945  St Brennan MICU   Keystone MA  PS 12/5',
        '03/22  11:00  16   NGATA, HEMI                 05/06/1958  Mercy Plains ICU  Apex PPO     AC 14/500/+5',
        '03/22  14:00  18   SOTO-WHITAKER, IMELDA       12/03/1950  Harbor Valley     Sunvale MA   PRVC 16/400',
        '03/23  TBD    8    MOREAU-LINDQVIST, ANDERS    03/30/1952  Harbor Valley     Keystone MA  (readmit - hold)',
        '',
        'DISCHARGES PLANNED',
        '03/21         22B  OYELARAN, FOLASADE          -           expected death / withdrawal Sat',
        '03/28         6    RENNICK, TOBIAS             09/08/1948  home w/ AirPath O2 + trach',
        '',
        'Isolation: 16 (MRSA hx per referral), 18 (contact - CRE screen pending)',
    ]
    body = ("Attached is the bed board for the next three days. Bed 8 is still on hold for Harbor Valley. "
            "Nights - Kettleworth is the first one in tomorrow.\n\nHollis\n")
    text(m, body)
    attach(m, pdf_bytes(lines, 'Bed board 03/20/2024'), PDF, 'BedBoard_20240320.pdf')
    return m, 'AMBROSE KETTLEWORTH'


@reg('phi', 'lists')
def lists_trach_tabs():
    m = new('Jerome Batiste <jbatiste@%s>' % H, '%s, %s' % (ALL_RT, TRAS), 'trach change sched wk of 3/25',
            when(3, 22, 22, 10))
    rows = [
        ['Day', 'Rm', 'Name', 'Current', 'Change to', 'Last chg', 'RT'],
        ['Mon 3/25', '7', 'Abernathy-Price, Lucius', 'Shiley 8 cuffed', '6 cuffless', '2/26', 'JB'],
        ['Mon 3/25', '12', 'Lindahl, Birgitta', 'Portex 7.5', 'same', 'new admit', 'MA'],
        ['Tue 3/26', '14', 'Pankratz, Walter', 'Shiley 6 cuffed', '6 cuffless + PMV', '3/12', 'JB'],
        ['Wed 3/27', '3', 'Kettleworth, Ambrose', 'Shiley 8 cuffed', 'first change', '3/2 (placed)', 'DW'],
        ['Thu 3/28', '16', 'Ngata, Hemi', 'Bivona 7 TTS', 'same', '2/29', 'MA'],
        ['Fri 3/29', '5', 'Adeyemi-Olatunji, Babatunde', 'XLT 8 proximal', 'same', '3/1', 'JB'],
    ]
    table = '\n'.join('\t'.join(r) for r in rows)
    body = (
        "Here's next week's trach changes. Ambrose in 3 is his first change since placement so two RTs "
        "and have the obturator + one size down at the bedside. Gideon - Pankratz wants to try the PMV "
        "right after the downsize if he tolerates it.\n\n" + table + "\n\n"
        "Jerome\n")
    return text(m, body), 'Lucius Abernathy-Price'


@reg('phi', 'lists')
def lists_review_zip():
    m = new(PIKE, MARC, 'Concurrent review due this week - Keystone members at Cedar Hollow',
            when(3, 25, 8, 2))
    rows = [
        ['member_id', 'member_name', 'dob', 'admit_date', 'auth_ref', 'auth_through', 'next_review',
         'reviewer'],
        ['KAH550193847', 'KETTLEWORTH, AMBROSE', '07/22/1944', '03/21/2024', 'AUTH-24-1190034',
         '03/27/2024', '03/26/2024', 'SPIKE'],
        ['KAH771204459', 'LINDAHL, BIRGITTA', '01/11/1945', '03/21/2024', 'AUTH-24-1190402',
         '03/27/2024', '03/26/2024', 'SPIKE'],
        ['KAH339208174', 'OSEI-BONSU, WINIFRED', '05/09/1947', '02/28/2024', 'AUTH-24-0877710',
         '03/22/2024', 'APPEAL', 'JLEE'],
        ['KAH602291183', 'SUBRAMANIAM, VENKATARAMAN', '08/14/1949', '02/19/2024', 'AUTH-24-0810239',
         '03/29/2024', '03/27/2024', 'SPIKE'],
        ['K00884720193', 'YARBROUGH, CONSTANCE L', '06/30/1941', '03/04/2024', 'AUTH-24-0918773',
         '03/31/2024', '03/28/2024', 'SPIKE'],
    ]
    summary = '\n'.join(' | '.join(r[i] for i in (1, 0, 5, 6)) for r in rows)
    body = (
        "Kelsey,\n\nAttached (zipped, per our secure-file agreement) are the Keystone members "
        "at your facility with reviews due this week:\n\n" + summary + "\n\n"
        "Osei-Bonsu is in expedited appeal, no review needed from you until the decision.\n\n"
        "Sharonda Pike, RN\nUtilization Management | Keystone Advantage\n(555) 019-3300 opt 4\n\n"
        + KA_DISCLAIMER + "\n")
    z = zip_bytes([('CHSH_concurrent_review_wk13.csv', csv_text(rows))])
    text(m, body)
    attach(m, z, 'application/zip', 'CHSH_review_wk13.zip')
    return m, 'AMBROSE KETTLEWORTH'


# =====================================================================
# phi-struct
# =====================================================================
@reg('phi', 'struct')
def struct_adt_pasted():
    hl7 = '\r'.join([
        'MSH|^~\\&|MEDITECH|CHSH|CLOVERLEAF|CHSH_RT|20240318141522||ADT^A01|MSG00048812|P|2.3',
        'EVN|A01|20240318141500|||HPRUETT',
        'PID|1||4418207^^^CHSH^MR~CH00219934^^^CHSH^AN||KOWALSKI-REYES^TERESA^M^^^^L||19470912|F|||'
        '88 LANTERN WAY^^ASHFORD FALLS^PA^17999^USA||(555)013-2281|||M|CAT|CH00219934|201-44-8812',
        'NK1|1|REYES^DANIEL^J|SPO|88 LANTERN WAY^^ASHFORD FALLS^PA^17999|(555)013-2281',
        'PV1|1|I|||||1487736510^FELDHAUS^MARCUS^J^^^MD|1122334455^VICKERS^HELEN^^^^MD||VWU||||7|||'
        '1487736510^FELDHAUS^MARCUS^J^^^MD|IN|CH00219934|KEYMA|||||||||||||||||||CHSH||ADM|||20240318141000',
        'PV2|||^VENT WEAN - TRANSFER FROM SBMC MICU',
        'IN1|1|KEYMA01|KEYMA|KEYSTONE ADVANTAGE|PO BOX 4410^^HARRISBURG^PA^17105||||00912|||||||'
        'KOWALSKI-REYES^TERESA^M|01|19470912|||||||||||||||||KAH208871553',
    ])
    m = new(ASAN, '%s, %s' % ('Meditech Support <ehr-support@%s>' % H, WHIT),
            'A01 with blank PV1-3 - RT worklist not populating', when(3, 18, 14, 40))
    body = (
        "Team,\n\n"
        "This admit from about 20 min ago hit the engine with PV1-3 empty, so the bed never made it "
        "to the RT worklist and Dana's folks don't see her on the weaning board. Registration says "
        "they picked 2W-18 on the screen. Raw message from the inbound log:\n\n"
        + hl7.replace('\r', '\n') + "\n\n"
        "I've manually added her to the worklist for now. Can Meditech support check whether the "
        "bed-assignment step is firing after the A01 instead of before? This is the third one this "
        "month (the other two were A02s).\n\n"
        "Kwame Asante-Boateng\nInterface Analyst, Clinical Applications\nCedar Hollow Specialty Hospital | ext. 4630\n")
    return text(m, body), 'Teresa Kowalski-Reyes'


@reg('phi', 'struct')
def struct_oru_attached():
    hl7 = '\r'.join([
        'MSH|^~\\&|RAPIDLAB|CHSH_RT|MEDITECH|CHSH|20240320061244||ORU^R01^ORU_R01|ABG20240320-0007|P|2.5.1',
        'PID|1||4417755^^^CHSH^MR||OKONJO^EMEKA^CHIDI||19550203|M|||412 ASH GROVE RD^^MILLBROOK STATION^PA^17998||555-0164',
        'PV1|1|I|2W^15^A^CHSH||||1487736510^FELDHAUS^MARCUS^J^^^MD||||||||||||CH00220102',
        'ORC|RE|ORD448102|ABG0007||CM',
        'OBR|1|ORD448102|ABG0007|24336-0^Gas panel - Arterial blood^LN|||20240320060500|||||||'
        '|ART&Arterial blood|1487736510^FELDHAUS^MARCUS||||||20240320061200|||F',
        'OBX|1|NM|2744-1^pH of Arterial blood^LN||7.31||7.35-7.45|L|||F|||20240320060500',
        'OBX|2|NM|2019-8^Carbon dioxide [Partial pressure] in Arterial blood^LN||58|mm[Hg]|35-45|H|||F',
        'OBX|3|NM|2703-7^Oxygen [Partial pressure] in Arterial blood^LN||71|mm[Hg]|80-100|L|||F',
        'OBX|4|NM|1960-4^Bicarbonate [Moles/volume] in Arterial blood^LN||28.4|mmol/L|22-26|H|||F',
        'OBX|5|NM|2708-6^Oxygen saturation in Arterial blood^LN||93|%|94-100|L|||F',
        'OBX|6|NM|3150-0^Inhaled oxygen concentration^LN||40|%||||F',
        'OBX|7|ST|19994-3^Ventilator mode^LN||PS 14/+8||||||F',
        'NTE|1||Drawn by J. Batiste RRT. Called to Dr. Feldhaus 06:18, read back.',
    ]) + '\r'
    m = new(BATI, ASAN, 'ABG for Okonjo filed to wrong encounter?', when(3, 20, 7, 5), cc=WHIT)
    body = (
        "Kwame,\n\n"
        "The 0605 gas on Emeka Okonjo (2W-15) shows on the analyzer as sent but it's not in his chart "
        "under the current admission - I found it hanging off his December encounter. Exported the "
        "message off the RAPIDLab, attached. Dr. F already has the numbers verbally (pCO2 58 up from 49 "
        "yesterday) so no care delay, but the result needs to move.\n\n"
        "Jerome\n")
    text(m, body)
    attach(m, hl7.encode('ascii'), 'application/hl7-v2', 'ABG20240320-0007.hl7')
    return m, 'Emeka Okonjo'


def x12(segs, isa_ctrl, gs_ctrl, st_type, impl, snd, rcv, gs_code, date='240327', time='1130'):
    isa = ('ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:'
           % (snd, rcv, date, time, isa_ctrl))
    gs = 'GS*%s*%s*%s*20%s*%s*%d*X*%s' % (gs_code, snd, rcv, date, time, gs_ctrl, impl)
    st = 'ST*%s*0001*%s' % (st_type, impl)
    body = [st] + segs
    se = 'SE*%d*0001' % (len(body) + 1)
    ge = 'GE*1*%d' % gs_ctrl
    iea = 'IEA*1*%09d' % isa_ctrl
    return '~\n'.join([isa, gs] + body + [se, ge, iea]) + '~\n'


@reg('phi', 'struct')
def struct_837():
    segs = [
        'BHT*0019*00*CHSH20240327A*20240327*1130*CH',
        'NM1*41*2*CEDAR HOLLOW SPECIALTY HOSPITAL*****46*CHSH0001',
        'PER*IC*DOREEN CALLOWAY*TE*5550142270',
        'NM1*40*2*KEYSTONE ADVANTAGE*****46*KEYSTONEMA',
        'HL*1**20*1',
        'NM1*85*2*CEDAR HOLLOW SPECIALTY HOSPITAL*****XX*1902847365',
        'N3*400 HOLLOW CREEK DR',
        'N4*ASHFORD FALLS*PA*179990000',
        'REF*EI*231234567',
        'HL*2*1*22*0',
        'SBR*P*18*******16',
        'NM1*IL*1*LINDGREN*HARRIET*A***MI*K00662019934',
        'N3*17 BIRCHWOOD CT',
        'N4*MILLBROOK STATION*PA*179980000',
        'DMG*D8*19400115*F',
        'NM1*PR*2*KEYSTONE ADVANTAGE*****PI*KEYMA',
        'CLM*CH00220417*142880***11:A:1**A*Y*Y',
        'DTP*434*RD8*20240201-20240229',
        'DTP*435*DT*202402011540',
        'CL1*1*1*01',
        'REF*G1*AUTH240611873',
        'HI*ABK:J9621*ABF:Z930*ABF:J690*ABF:N184',
        'HI*BE:80:::28',
        'NM1*71*1*FELDHAUS*MARCUS****XX*1487736510',
        'LX*1',
        'SV2*0120**98000*DA*28',
        'DTP*472*RD8*20240201-20240229',
        'LX*2',
        'SV2*0410**36400*UN*112',
        'LX*3',
        'SV2*0250**8480*UN*64',
    ]
    edi = x12(segs, 4417, 4417, '837', '005010X223A2', 'CHSH0001', 'KEYSTONEMA', 'HC')
    m = new(CALL, 'EDI Support <edisupport@clearwave-edi.example>', 'Rejected 837I batch 4417 - A7 on loop 2300',
            when(3, 27, 13, 2), cc='Ned Pruitt <npruitt@%s>' % H)
    body = (
        "Hello,\n\n"
        "Our batch 4417 to Keystone Advantage came back with a 277CA rejection A7:21 at the claim level "
        "for this one claim only (Lindgren). The other 38 in the batch were accepted. We can't see what "
        "is wrong with the HI segments. File attached as sent. Ticket #CW-88120 if you need it.\n\n"
        "Thank you,\nDoreen Calloway\nPatient Financial Services\nCedar Hollow Specialty Hospital\n(555) 014-2270\n")
    text(m, body)
    attach(m, edi.encode('ascii'), 'application/edi-x12', 'CHSH_837I_4417.x12')
    return m, 'HARRIET A LINDGREN'


@reg('phi', 'struct')
def struct_271_pasted():
    segs = [
        'BHT*0022*11*CHSH-ELIG-88213*20240315*0904',
        'HL*1**20*1',
        'NM1*PR*2*SUNVALE SENIOR CHOICE*****PI*SUNVL',
        'HL*2*1*21*1',
        'NM1*1P*2*CEDAR HOLLOW SPECIALTY HOSPITAL*****XX*1902847365',
        'HL*3*2*22*0',
        'TRN*2*CHSH-ELIG-88213*9CHSH00001',
        'NM1*IL*1*TEAGUE*CLIFFORD*A***MI*SNV0031920445',
        'N3*6 PARSONAGE LN',
        'N4*ASHFORD FALLS*PA*17999',
        'DMG*D8*19410722*M',
        'DTP*346*D8*20240101',
        'EB*1*IND*30*HN*SUNVALE SENIOR CHOICE HMO',
        'EB*B*IND*48**LTACH*7*350',
        'MSG*COPAY PER DAY DAYS 1-7 THEN 0',
        'EB*CB*IND*48***23*0',
        'EB*P*IND*48***26*3400',
        'EB*L',
        'LS*2120',
        'NM1*PR*2*SUNVALE PROVIDER NETWORK - UM*****PI*SUNVLUM',
        'PER*IC**TE*5550194400',
        'LE*2120',
    ]
    edi = x12(segs, 90112, 90112, '271', '005010X279A1', 'SUNVL', 'CHSH0001', 'HB', '240315', '0904')
    m = new(MARC, OLME, 'Teague eligibility - LTACH copay?', when(3, 15, 9, 20))
    body = (
        "Hi Maritza,\n\n"
        "We're taking Clifford Teague on Monday from Mercy Plains and I ran eligibility this morning. "
        "The 271 shows him active, but I'm reading a $350/day copay days 1-7 for LTACH and I want to "
        "be sure before our financial counselor talks to his wife. Can you confirm and tell me if "
        "prior auth (the 2120 loop) goes through your UM line or the portal? Raw response below.\n\n"
        + edi + "\n"
        "Thanks,\nKelsey Marchetti, RN\nClinical Liaison | Cedar Hollow Specialty Hospital | (555) 014-2230\n")
    return text(m, body), 'Clifford Teague'


@reg('phi', 'struct')
def struct_fhir():
    bundle = {
        "resourceType": "Bundle",
        "id": "hv-xfer-20240322-7741",
        "type": "collection",
        "timestamp": "2024-03-22T10:14:33-04:00",
        "entry": [
            {"fullUrl": "urn:uuid:5b7d1f0e-9c3a-4f2b-8a61-2d4e0b7c9f10",
             "resource": {
                 "resourceType": "Patient",
                 "id": "hv-778120",
                 "identifier": [
                     {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "HV0778120",
                      "type": {"text": "MRN"}},
                     {"system": "http://keystoneadvantage.example/member", "value": "KAH418800273"}],
                 "name": [{"use": "official", "family": "Ibarra-Montes", "given": ["Soledad", "María"]}],
                 "gender": "female",
                 "birthDate": "1953-02-14",
                 "telecom": [{"system": "phone", "value": "555-0137", "use": "home"}],
                 "address": [{"line": ["2210 Cañada Ct"], "city": "Millbrook Station", "state": "PA",
                              "postalCode": "17998"}],
                 "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "es"}]},
                                    "preferred": True}]}},
            {"fullUrl": "urn:uuid:0c1e2a44-71d9-4b0e-b3f2-6a9e5d1c8b22",
             "resource": {
                 "resourceType": "Encounter",
                 "id": "hv-enc-55190021",
                 "status": "finished",
                 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
                 "subject": {"reference": "Patient/hv-778120"},
                 "period": {"start": "2024-02-29T22:41:00-05:00", "end": "2024-03-22T11:30:00-04:00"},
                 "hospitalization": {"dischargeDisposition": {"text": "LTACH - Cedar Hollow Specialty Hospital"}}}},
            {"fullUrl": "urn:uuid:8f3c6b90-2e11-4d8a-9d47-1a2b3c4d5e6f",
             "resource": {
                 "resourceType": "Procedure",
                 "status": "completed",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "48387007",
                                      "display": "Tracheostomy"}]},
                 "subject": {"reference": "Patient/hv-778120"},
                 "performedDateTime": "2024-03-11"}},
            {"fullUrl": "urn:uuid:2a9e4c71-5b3d-4e8f-a1c6-7d0f9e8b6a54",
             "resource": {
                 "resourceType": "Observation",
                 "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "19994-3",
                                      "display": "Oxygen/Inspired gas setting [Volume Fraction] Ventilator"}]},
                 "subject": {"reference": "Patient/hv-778120"},
                 "effectiveDateTime": "2024-03-22T06:00:00-04:00",
                 "valueQuantity": {"value": 35, "unit": "%"}}},
        ]}
    m = new('HV Care Transitions <caretransitions@%s>' % HV, ADMISSIONS,
            'Transition of care document - HV0778120', when(3, 22, 10, 16),
            headers=[('X-Direct-Trust', 'verified'), ('Auto-Submitted', 'auto-generated')])
    body = (
        "Harbor Valley University Hospital - Care Transitions\n\n"
        "A transition-of-care bundle is attached for a patient being discharged to your facility today.\n"
        "Discharge: 03/22/2024 11:30   Receiving: Cedar Hollow Specialty Hospital\n"
        "Contact the sending case manager, Tessa Morrow, RN, at (555) 016-8800 with questions.\n\n"
        "Do not reply to this automated address.\n")
    text(m, body)
    attach(m, json.dumps(bundle, indent=2, ensure_ascii=False).encode('utf-8'),
           'application/fhir+json', 'toc_HV0778120.json')
    return m, 'Soledad María Ibarra-Montes'


@reg('phi', 'struct')
def struct_keyvalue_form():
    m = new('Lanternlight Referrals <referrals@%s>' % LL, MARC,
            'Referral received - Fontenot, Augustin [LL-R-24-0391]', when(3, 27, 9, 58), cc=CARR)
    body = (
        "REFERRAL INTAKE SUMMARY\n"
        "=======================\n"
        "Referral #:            LL-R-24-0391\n"
        "Received:              03/27/2024 09:41\n"
        "Referring facility:    Cedar Hollow Specialty Hospital\n"
        "Referring contact:     Kelsey Marchetti, RN  (555) 014-2230\n"
        "\n"
        "Patient name:          Augustin Fontenot\n"
        "Preferred name:        Gus\n"
        "DOB:                   11/30/1946\n"
        "Sex:                   M\n"
        "Primary language:      English / Louisiana French\n"
        "Current location:      CHSH 2W-21\n"
        "Discharge address:     318 Bayou Terrace, Ashford Falls PA 17999\n"
        "Phone:                 (555) 013-6620\n"
        "Payer:                 Medicare Part A (hospice benefit), MBI 7FR2-JX6-WN41\n"
        "Attending of record:   Priya Raghunathan, MD\n"
        "Hospice physician:     to be assigned\n"
        "\n"
        "Code status:           DNR / DNI - POLST on file\n"
        "Respiratory:           trach collar 35% continuous, no vent at home\n"
        "Nutrition:             PEG, family to continue comfort feeds only\n"
        "Equipment at home:     none - needs hospital bed, suction, O2 concentrator\n"
        "Caregiver:             Marguerite Fontenot (wife), daughter Claudette nearby\n"
        "Requested start:       03/29/2024\n"
        "\n"
        "Status:                ELIGIBILITY VERIFIED - nurse liaison visit 03/27 PM\n"
        "\n"
        "This is an automated intake confirmation from Lanternlight Hospice. Reply to reach the "
        "intake team.\n")
    return text(m, body), 'Augustin Fontenot'


@reg('phi', 'struct')
def struct_fixed_width():
    def fw(mrn, name, dob, adm, rm, att, fc, vent, hrs):
        return '%-8s%-28s%-9s%-9s%-6s%-12s%-6s%-2s%3s' % (mrn, name, dob, adm, rm, att, fc, vent, hrs)
    lines = [
        fw('MRN', 'PATIENT NAME', 'DOB', 'ADMIT', 'ROOM', 'ATTENDING', 'FC', 'V', 'HRS'),
        fw('4417720', 'BLACKWOOD-FRY,ERNESTINE', '19330417', '20240311', '2W10', 'RAGHUNATHAN', 'SNVMA', 'Y', '24'),
        fw('4417755', 'OKONJO,EMEKA C', '19550203', '20240305', '2W15', 'FELDHAUS', 'KEYMA', 'Y', '24'),
        fw('4418207', 'KOWALSKI-REYES,TERESA M', '19470912', '20240318', '2W18', 'FELDHAUS', 'KEYMA', 'Y', '24'),
        fw('4416630', 'PANKRATZ,WALTER J', '19451003', '20240212', '2W14', 'FELDHAUS', 'MCARE', 'Y', '12'),
        fw('4416988', 'ABERNATHY-PRICE,LUCIUS', '19381002', '20240304', '2W07', 'FELDHAUS', 'MCARE', 'Y', '16'),
        fw('4417102', 'ETHERIDGE,GLORIA', '19520806', '20240226', '2W31', 'OYELOWO', 'MCAID', 'N', '0'),
        fw('4415874', 'DUNMORE,PHILIPPA', '19510304', '20240130', '2W24', 'OYELOWO', 'MCARE', 'N', '0'),
        fw('4418240', 'FONTENOT,AUGUSTIN', '19461130', '20240301', '2W21', 'RAGHUNATHAN', 'MCARE', 'N', '0'),
    ]
    export = ('CHSH CENSUS EXPORT  RUN 20240328 0500  UNIT 2W  PAGE 1\n' + '\n'.join(lines)
              + '\n*** END OF REPORT - 8 RECORDS ***\n')
    m = new('census-export@%s' % H, '%s, %s' % (WHIT, 'Quality Dept <quality@%s>' % H),
            '[Scheduled] 2W census export 2024-03-28', when(3, 28, 5, 0),
            headers=[('Auto-Submitted', 'auto-generated'), ('X-Report-Job', 'CENS_2W_DAILY')])
    body = ("Scheduled report CENS_2W_DAILY completed at 05:00.\nAttachment: CENS_2W_20240328.txt "
            "(fixed width, 83 bytes/record)\n\nThis mailbox is not monitored.\n")
    text(m, body)
    attach(m, export, 'text/plain', 'CENS_2W_20240328.txt')
    return m, 'ERNESTINE BLACKWOOD-FRY'


# =====================================================================
# phi-lang
# =====================================================================
@reg('phi', 'lang')
def lang_spanish():
    subj = 'Resumen de la reunión familiar – don Aurelio'
    m = new(OCAM, 'Guadalupe Treviño <lupita.trevino@kinmail.example>', None, when(3, 21, 16, 40),
            raw_subject=(subj.replace('–', '-'), 'iso-8859-1', 'Q'))
    body = (
        "Estimada Guadalupe:\n\n"
        "Gracias por la reunión de ayer con el Dr. Feldhaus y la Dra. Raghunathan. Como usted me pidió, "
        "le escribo un resumen para que pueda compartirlo con sus hermanos en Monterrey.\n\n"
        "Su papá, don Aurelio Treviño Garza, sigue conectado al ventilador por la traqueostomía. Esta "
        "semana intentaron tres veces dejarlo respirar solo con el collarín de traqueostomía y no aguantó "
        "más de 40 minutos. Los médicos explicaron que sus pulmones están muy débiles y que no esperan "
        "que pueda dejar la máquina por completo.\n\n"
        "Las opciones que les dieron fueron:\n"
        "  1) seguir con el ventilador y buscar un lugar de cuidado a largo plazo, o\n"
        "  2) enfocarse en su comodidad y retirar el ventilador cuando la familia esté lista, con "
        "medicamentos para que no sienta falta de aire.\n\n"
        "No tienen que decidir esta semana. El padre Ekwueme puede venir a darle la unción de los "
        "enfermos cuando ustedes quieran; también puedo llamar al párroco de San Judas si prefieren a "
        "alguien de su parroquia.\n\n"
        "Estoy en el hospital de lunes a viernes. Mi celular es el 555-0121.\n\n"
        "Con cariño y oraciones,\n"
        "Mariela Ocampo\nCapellana, Servicios de Cuidado Espiritual\nCedar Hollow Specialty Hospital\n")
    return text(m, body, cs='iso-8859-1', cte='quoted-printable'), 'Aurelio Treviño Garza'


@reg('phi', 'lang')
def lang_russian_fwd():
    inner_body = (
        "Уважаемый доктор Фельдхаус,\n\n"
        "Меня зовут Дмитрий Соколов, я сын вашей пациентки Соколова Валентина Петровна, 12.05.1949 г.р., палата 23. Извините, что пишу "
        "по-русски, мой английский недостаточно хорош для медицинских вопросов.\n\n"
        "Мама уже три недели на аппарате ИВЛ у вас в отделении. Вчера медсестра сказала, что ночью ей "
        "снова поставили полную поддержку, потому что упала сатурация. Мы не поняли почему. Это значит, "
        "что отлучение от аппарата не получается?\n\n"
        "Также мама очень плохо спит и плачет, когда я ухожу. Можно ли мне оставаться с ней на ночь хотя "
        "бы в выходные? И можно ли давать ей домашний бульон через гастростому, если диетолог разрешит?\n\n"
        "Мой телефон: 555-0143, лучше звонить после 18:00. Если нужен переводчик, моя жена Ирина хорошо "
        "говорит по-английски.\n\n"
        "С уважением,\nДмитрий Соколов\n")
    inner = new('Дмитрий Соколов <d.sokolov77@webpost.example>', FELD, None, when(3, 20, 22, 14),
                raw_subject=('Вопрос о маме - Соколова В.П., палата 23', 'koi8-r', 'B'))
    text(inner, inner_body, cs='koi8-r', cte='base64')
    m = new(FELD, 'Language Services <interpreters@%s>' % H, 'FW: translation needed today if possible',
            when(3, 21, 7, 2), cc=KOWA)
    body = (
        "Good morning,\n\n"
        "Can someone translate the attached for me today? It's from Mrs. Sokolova's son (2W-23). I can "
        "make out the word for ventilator and that's about it. I'd like to answer him before the "
        "weekend - a phone call with an interpreter would be even better if you can set one up for "
        "after 6 pm.\n\n"
        "Thanks,\nMarcus Feldhaus, MD\n")
    text(m, body)
    attach_msg(m, inner)
    return m, 'Соколова Валентина Петровна'


@reg('phi', 'lang')
def lang_vietnamese():
    m = new('Lê Quang Huy <huy.lequang@kinmail.example>', KOWA,
            'Mẹ tôi - Lê Thị Hoa, phòng 28 / question about going home', when(3, 24, 21, 5))
    body = (
        "Chào chị Bernadette,\n\n"
        "Xin lỗi tôi viết tiếng Việt, tiếng Anh của tôi không tốt lắm. Tôi là Huy, con trai của bà "
        "Lê Thị Hoa ở phòng 28.\n\n"
        "Hôm qua bác sĩ nói mẹ tôi đã thở được 24 tiếng không cần máy rồi, gia đình rất mừng. Nhưng y tá "
        "nói có thể mẹ sẽ phải chuyển qua nursing home (SNF) tuần sau. Gia đình muốn đưa mẹ về nhà, em "
        "gái tôi có thể ở nhà chăm mẹ. Mẹ vẫn còn ống thở ở cổ (trach) và ăn qua ống (PEG).\n\n"
        "Chị có thể cho tôi biết:\n"
        "1. Ai sẽ dạy gia đình cách hút đàm (suction)?\n"
        "2. Bảo hiểm Sunvale có trả tiền máy oxy ở nhà không?\n"
        "3. Có y tá đến nhà không?\n\n"
        "Số điện thoại của tôi: 555-0151. Tôi có thể nói tiếng Anh đơn giản, nhưng nếu có thông dịch "
        "viên tiếng Việt thì tốt hơn.\n\n"
        "Cảm ơn chị nhiều.\nHuy\n")
    return text(m, body, cte='base64'), 'Lê Thị Hoa'


@reg('phi', 'lang')
def lang_chinese():
    m = new('陈美玲 <meiling.chen88@webpost.example>', FELD, None, when(3, 23, 15, 47), cc=DUNA,
            raw_subject=('关于我妈妈陈桂英的喂食问题 / question about my mother', 'gbk', 'B'))
    body = (
        "Dr. Feldhaus 您好，\n\n"
        "我是陈桂英的女儿陈美玲（29号病房）。谢谢您和呼吸治疗师这几个星期的照顾。\n\n"
        "我想问一下我妈妈胃管喂食 (tube feeding) 的问题。护士说她最近几天肚子胀，喂食量减少到每小时30毫升。"
        "她的体重从入院时的52公斤掉到了47公斤。我们很担心她营养不够，会不会影响她脱离呼吸机 (weaning)？\n\n"
        "另外，我妈妈只会说台山话和一点普通话，不会说英文。她晚上醒来的时候很害怕。"
        "可不可以安排会说中文的护士，或者用电话翻译跟她说话？\n\n"
        "我每天下午三点以后都在医院。我的电话是 555-0176。\n\n"
        "谢谢！\n陈美玲 (Meiling Chen)\n")
    return text(m, body, cs='gbk', cte='base64'), '陈桂英'


@reg('phi', 'lang')
def lang_arabic():
    m = new('Khaled Al-Zoubi <k.alzoubi@neighborly.example>', HADD, None, when(3, 19, 20, 33),
            raw_subject=('بخصوص الوالد - الغرفة 30 / wound question', 'windows-1256', 'B'))
    body = (
        "الأخت فريدة، السلام عليكم\n\n"
        "أنا خالد الزعبي، ابن الحاج عبد الرحمن الزعبي (Abdulrahman Al-Zoubi) في الغرفة 30. شكرا على "
        "شرحك أمس بالعربي، الوالدة ارتاحت كثيرا بعد الكلام معك.\n\n"
        "بالنسبة للجرح في أسفل الظهر (the bedsore)، قلتِ إنه أصبح stage 3. هل سيحتاج إلى عملية أو "
        "wound vac؟ وهل يتم تغيير الوضعية كل ساعتين في الليل أيضا؟ لاحظنا أنه بقي على نفس الجنب من "
        "الساعة 11 حتى 3 فجرا.\n\n"
        "أيضا الدكتور قال إن التنفس أحسن هذا الأسبوع ويريد تجربة الـ trach collar لمدة أطول. الحمد لله.\n\n"
        "رقمي 555-0168 إذا احتجتِ أي شيء.\n"
        "جزاكِ الله خيرا،\nخالد\n")
    return text(m, body, cs='windows-1256', cte='base64'), 'Abdulrahman Al-Zoubi'


@reg('phi', 'lang')
def lang_portuguese():
    m = new(BARR, 'Maria José Ferreira <mjferreira@neighborly.example>',
            'Instalação do ventilador - Sr. Joaquim, sábado 9h', when(3, 27, 17, 25), cc=MARC)
    body = (
        "Kelsey - cc'ing you. English summary: home vent set-up for Mr. Ferreira da Silva moved to "
        "Saturday 3/30 at 9am, wife confirmed, son Paulo will be there for training. - Thiago\n\n"
        "----\n\n"
        "Dona Maria José, bom dia!\n\n"
        "Conforme combinamos por telefone, a entrega e instalação do ventilador domiciliar do "
        "Sr. Joaquim Ferreira da Silva ficou para sábado, dia 30, às 9h. Vou levar:\n"
        "  - o ventilador Trilogy e o aparelho reserva\n"
        "  - o umidificador aquecido\n"
        "  - o aspirador portátil e as sondas de aspiração\n"
        "  - o oxímetro de dedo\n\n"
        "Vou ficar umas três horas para treinar a senhora e o seu filho Paulo: aspiração da "
        "traqueostomia, troca da cânula interna e o que fazer quando o alarme tocar. Por favor, deixe "
        "uma tomada livre perto da cama, de preferência sem extensão.\n\n"
        "A alta dele do Cedar Hollow está prevista para segunda-feira, 1º de abril. A enfermeira do "
        "hospital vai ligar para confirmar o horário da ambulância.\n\n"
        "Qualquer dúvida, pode me ligar no 555-0189 (WhatsApp também).\n\n"
        "Abraço,\nThiago Barros, RRT\nAirPath Home Medical\n")
    return alt(m, body, to_html(body), cte='quoted-printable'), 'Joaquim Ferreira da Silva'


@reg('phi', 'lang')
def lang_creole():
    m = new(PIER, 'Mirlande Jean-Louis <mirlandejl@kinmail.example>', 'Nouvèl Wilner', when(3, 23, 7, 41))
    body = (
        "Bonjou Madan Jean-Louis,\n\n"
        "Se Nadège, enfimyè lannwit lan nan inite respiratwa a. Ou te mande m pou m ekri w pou m ba w "
        "nouvèl Wilner paske ou pa t ka vini ayè swa.\n\n"
        "Wilner te pase yon bon nwit. Terapis respiratwa a te mete l sou kolye trach la pandan 6 èdtan "
        "ayè, epi li te respire byen san machin nan. Doktè Feldhaus di si li kontinye konsa, yo ka "
        "eseye 12 èdtan nan fen semèn nan.\n\n"
        "Li te manje ti kras pure pòm ak terapis lapawòl la (speech therapist), li vale byen. Li toujou "
        "gen tib manje a nan vant li, men yo ap diminye l.\n\n"
        "Li te mande pou ou. Li di li vle tande mizik konpa - si ou kapab, pote ti radyo a.\n\n"
        "Rele m si ou gen kesyon: 555-0114, apre 7è diswa.\n\n"
        "Bondye beni w,\nNadège\n\n"
        "Nadège Pierre-Louis, RN\n2 West - Ventilator Weaning Unit\n")
    return text(m, body, cte='8bit'), 'Wilner Jean-Louis'


@reg('phi', 'lang')
def lang_taglish():
    m = new(CAST, 'Jovelyn Manalastas <jmanalastas@%s>' % H, 'si Lola Rosario sa 27', when(3, 25, 7, 6))
    body = (
        "Jovy,\n\n"
        "Pa-endorse lang ulit kasi baka hindi mo nabasa sa notes. Si Mrs. Rosario Dimaculangan sa 27, "
        "nag-desat siya kagabi around 0200 hanggang 84%. Na-suction ni RT, madaming thick yellow "
        "secretions, tapos binalik siya sa AC 14/450 FiO2 50%. Okay na siya by 0400, 95% na.\n\n"
        "Tinawagan ko na si Dr. Oyelowo, nag-order ng portable CXR at sputum culture, pending pa. "
        "Binigyan din ng DuoNeb x1.\n\n"
        "Yung anak niya (si Marites) tumawag ng 0530, galit kasi hindi daw siya tinawagan agad. "
        "Pakisabi kay Colette baka magreklamo. Sabi ko tatawag yung doctor mamaya pag rounds.\n\n"
        "Pa-check din yung sacral dressing, hindi ko na napalitan.\n\n"
        "Salamat ha!\nGaya\n\n"
        "Ligaya Castillo, RN\n2 West nights\n")
    return text(m, body), 'Rosario Dimaculangan'


# =====================================================================
# clean-staff
# =====================================================================
@reg('clean', 'staff')
def staff_rt_oncall():
    m = new(WHIT, ALL_RT, 'April RT schedule + on-call / call-in list', when(3, 22, 13, 15), cc=DUNA)
    rows = [
        ('Name', 'Cred', 'Shift', 'Cell', 'On-call weekends (Apr)'),
        ('Dana Whitcomb', 'RRT-ACCS', 'Days (mgr)', '555-0101', '--'),
        ('Jerome Batiste', 'RRT-NPS', 'Days', '555-0102', '4/6-7'),
        ('Marisol Arreguin', 'RRT', 'Nights', '555-0103', '4/13-14'),
        ('Mei-Ling Acosta', 'RRT', 'Days', '555-0104', '4/20-21'),
        ('Tunde Bakare', 'CRT', 'Nights', '555-0105', '4/27-28'),
        ('Ashlyn Kovac', 'RRT', 'Days / float', '555-0106', '4/6-7'),
        ('Hamid Sarraf', 'RRT-ACCS', 'Nights', '555-0107', '4/20-21'),
        ('Peggy Lindstrom', 'RRT', 'PRN', '555-0108', 'backup all'),
    ]
    w = [18, 10, 14, 10, 24]
    tbl = '\n'.join(''.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    body = (
        "Team,\n\n"
        "April is posted in Kronos. Summary below. If you swap, both of you email me and update Kronos "
        "- I don't care who works as long as we have 2 RRTs on the weaning unit every shift and one of "
        "them is ACCS or NPS on nights.\n\n" + tbl + "\n\n"
        "Reminder: on-call has 45 minutes to arrive. Call-in line is ext. 4470; don't text me call-ins.\n\n"
        "Dana\n\nDana Whitcomb, RRT, RRT-ACCS\nRT Supervisor | Cedar Hollow Specialty Hospital\n")
    h = ('<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Team,</p>'
         '<p>April is posted in Kronos. Summary below. If you swap, both of you email me and update Kronos.</p>'
         '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
         + ''.join('<tr>' + ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % xesc(c) for c in r) + '</tr>'
                   for i, r in enumerate(rows))
         + '</table><p>Call-in line is ext. 4470.</p><p>Dana</p></body></html>\n')
    return alt(m, body, h), ''


@reg('clean', 'staff')
def staff_chaplain_directory():
    m = new(ADEL, 'Spiritual Care <spiritualcare@%s>' % H, 'Updated on-call rotation and contact sheet',
            when(3, 1, 10, 0), cc='Operator <operator@%s>' % H)
    rows = [
        ['Name', 'Role', 'Tradition', 'Pager', 'Cell', 'Email', 'On-call nights'],
        ['Ruth Adelstein', 'Director, BCC', 'Jewish (Reform)', '555-0110', '555-0111', 'radelstein@' + H, 'Sun'],
        ['Thomas Ekwueme', 'Staff Chaplain / Priest', 'Roman Catholic', '555-0117', '555-0118', 'tekwueme@' + H, 'Mon, Thu'],
        ['Mariela Ocampo', 'Chaplain Resident', 'Evangelical Lutheran', '555-0120', '555-0121', 'mocampo@' + H, 'Tue'],
        ['Yusuf Haddad', 'Volunteer Imam', 'Sunni Muslim', '--', '555-0122', 'yhaddad.volunteer@' + H, 'by request'],
        ['Dorothy Kwan', 'Volunteer Chaplain', 'Buddhist', '--', '555-0123', 'dkwan.volunteer@' + H, 'by request'],
        ['Samuel Otieno', 'PRN Chaplain', 'AME', '555-0124', '555-0125', 'sotieno@' + H, 'Wed, Fri, Sat'],
    ]
    body = (
        "All,\n\n"
        "Attached is the updated rotation starting March 4 and the contact sheet for the operators. "
        "Main change: Samuel picks up Wednesdays, and Imam Yusuf and Dorothy are listed as by-request "
        "community clergy, not on the pager rotation.\n\n"
        "Remember: for an imminent death or a request for sacraments, page the on-call chaplain "
        "directly. Don't route through the operator queue.\n\n"
        "Ruth\n\nRabbi Ruth Adelstein, BCC\nDirector, Spiritual Care Services\n")
    text(m, body)
    attach(m, xlsx_bytes(rows, 'On-call Mar-Apr'), XLSX, 'SpiritualCare_OnCall_Mar-Apr2024.xlsx')
    return m, ''


@reg('clean', 'staff')
def staff_sbt_protocol():
    m = new(FELD, '%s, %s, %s' % (ALL_RT, 'Hospitalists <hospitalists@%s>' % H, DUNA),
            'Proposed changes to the SBT / trach collar protocol - comments by 4/5', when(3, 26, 18, 22))
    body = (
        "All,\n\n"
        "Before P&T next month I want your comments on the revised weaning protocol (v7). The main "
        "changes:\n\n"
        "1. Screening: RSBI < 105 on PS 5/5 for 2 minutes stays the gate, but we'll drop the "
        "requirement for FiO2 <= 40% to <= 50% if PEEP is <= 8.\n\n"
        "2. Progression: trach collar trials go 2h -> 4h -> 8h -> 12h -> 18h -> 24h, with no more than "
        "one step per day. A trial is stopped for sustained RR > 35, SpO2 < 88% for 5 minutes, HR "
        "change > 20%, or signs of distress. After a stopped trial, the next day repeats the same step "
        "(not a step back) unless the team decides otherwise.\n\n"
        "3. Nights: patients at 12h or more rest on the vent overnight by default until they reach "
        "18h days.\n\n"
        "4. Speaking valves: SLP evaluation can start once cuff deflation is tolerated for 30 minutes, "
        "regardless of which step of the protocol they are on.\n\n"
        "The evidence summary from our journal club is in the shared drive under Protocols > Weaning > "
        "v7. Our own numbers last year were a 58% liberation rate, which is in the middle of the "
        "published range for LTACHs; I'd like us to be higher.\n\n"
        "Marcus\n\nMarcus Feldhaus, MD, FCCP\nMedical Director, Ventilator Weaning Unit\n")
    return text(m, body), ''


@reg('clean', 'staff')
def staff_weekend_staffing():
    m = new(DUNA, ALL_VWU, 'Weekend staffing 3/30-3/31 + Easter', when(3, 27, 15, 48))
    body = (
        "Hi all,\n\n"
        "Weekend grid is final:\n\n"
        "SAT 3/30   Days: Kendra O. (charge), Luis M., Priyanka S., Tamika R., float: Jen P.\n"
        "           Nights: Ligaya C. (charge), Nadège P-L., Oscar T., Jovy M.\n"
        "SUN 3/31   Days: Luis M. (charge), Kendra O., Brianne W., Tamika R.\n"
        "           Nights: Ligaya C. (charge), Oscar T., Jovy M., agency x1 (Medistaff)\n\n"
        "Kendra and Brianne swapped Sunday - approved. Easter brunch for staff in the 2nd floor break "
        "room Sunday 10-1, courtesy of the Foundation. Chaplaincy is doing a short sunrise service in "
        "the courtyard at 6:45 for anyone on nights who wants to stop by.\n\n"
        "Staffing office is 555-0140 if anything changes after 5 pm Friday.\n\n"
        "Colette\n")
    return text(m, body, cte='quoted-printable'), ''


@reg('clean', 'staff')
def staff_palliative_agenda():
    m = new(RAGH, '%s, %s, %s, %s, %s' % (FELD, KOWA, ADEL, MEHR, DUNA),
            'Agenda - Palliative workgroup Tues 4/2', when(3, 28, 11, 30))
    body = (
        "Agenda - Palliative Care Workgroup\n"
        "Tuesday April 2, 12:00-1:00, Conf B (lunch provided)\n\n"
        "1. Compassionate extubation order set - revisions (Priya, Anjali)\n"
        "   - opioid starting doses for opioid-naive vs tolerant adults\n"
        "   - whether to include a glycopyrrolate default\n"
        "   - premedication timing before the vent is removed\n"
        "2. Family preparation handout - Spanish and Vietnamese translations back from vendor (Bernadette)\n"
        "3. Chaplain presence at withdrawals: current rate and barriers (Ruth)\n"
        "4. Night-shift staff debrief after deaths - pilot proposal (Colette)\n"
        "5. Data: time from palliative consult to family meeting, Q1 (Priya)\n\n"
        "Please send any additions by Monday noon. No patient-specific discussion at this meeting; "
        "bring those to IDT on Wednesday.\n\n"
        "Priya\n")
    return alt(m, body, to_html(body)), ''


@reg('clean', 'staff')
def staff_skills_lab():
    m = new('Clinical Education <clinicaled@%s>' % H, '%s, %s' % (ALL_RT, WHIT),
            'Trilogy Evo + emergency trach skills lab - sign-up', when(3, 4, 9, 5))
    body = (
        "New hires and anyone due for annual check-off:\n\n"
        "Skills lab dates (Education Room 1, 3rd floor):\n"
        "  Tue 3/12  0800-1000   Trilogy Evo set-up, alarms, circuit change\n"
        "  Tue 3/12  1300-1500   Emergency trach change / decannulation drill (mannequin)\n"
        "  Thu 3/14  0800-1000   Repeat of 3/12 AM\n"
        "  Thu 3/14  1900-2100   Night shift session (both stations)\n\n"
        "Roster so far:\n"
        "  EMP 40211  Ashlyn Kovac, RRT        3/12 AM + PM\n"
        "  EMP 40388  Tunde Bakare, CRT        3/14 night\n"
        "  EMP 40417  Mei-Ling Acosta, RRT     3/14 AM\n"
        "  EMP 38820  Hamid Sarraf, RRT-ACCS   proctor\n\n"
        "Bring your badge; the check-off is scanned into HealthStream. Mannequins and the spare vents "
        "are from the education closet, not the unit - please do not borrow circuits from 2 West.\n\n"
        "Wendy Abernathy, MSN, RN-BC\nClinical Educator\n")
    return text(m, body), ''


@reg('clean', 'staff')
def staff_referral_volume():
    m = new(MARC, '%s, %s, %s' % (FELD, PRUE, 'Denise Hargrove <dhargrove@%s>' % H),
            'Q1 referral volume by source (draft)', when(3, 29, 16, 12))
    rows = [
        ['referring_facility', 'liaison', 'referrals_Q1', 'accepted', 'admitted', 'declined', 'conversion_pct'],
        ['St. Brennan Medical Center', 'K. Marchetti', 61, 44, 39, 17, '63.9'],
        ['Harbor Valley University Hospital', 'H. Pruett', 48, 30, 27, 18, '56.3'],
        ['Mercy Plains Regional', 'K. Marchetti', 22, 17, 15, 5, '68.2'],
        ['Other / out of area', 'H. Pruett', 9, 4, 3, 5, '33.3'],
    ]
    body = (
        "Draft Q1 numbers (through 3/28) for Monday's ops meeting. Top decline reasons: no bed (31%), "
        "needs dialysis chair (22%), payer denial (19%), clinically too unstable (14%).\n\n"
        "Denise - can you check my math on Harbor Valley? I think two of the declines were actually "
        "family choosing another LTACH.\n\nKelsey\n")
    text(m, body)
    attach(m, csv_text(rows), 'text/csv', 'Q1_referrals_by_source.csv')
    return m, ''


# =====================================================================
# clean-admin
# =====================================================================
@reg('clean', 'admin')
def admin_compliance():
    m = new(GREA, ALL_STAFF, 'Annual compliance due 4/30: HealthStream, TB attestation, badge photos',
            when(3, 18, 8, 0))
    body = (
        "Hello everyone,\n\n"
        "Annual compliance season is here. By April 30, every employee needs:\n\n"
        "  1. HealthStream modules: Privacy & Security 2024, Fire/Life Safety, Abuse & Neglect, "
        "Workplace Violence (about 90 minutes total)\n"
        "  2. Annual TB screening questionnaire - submit through the Employee Health portal\n"
        "  3. Updated badge photo if yours is older than 2019 (Security will be in the lobby 4/10 and 4/17)\n\n"
        "Managers will get a compliance report every Monday. Staff who are not complete by April 30 "
        "will be removed from the schedule until they are - per policy HR-207.\n\n"
        "Questions: HR at ext. 4200 or hr@cedarhollowsh.example.\n\n"
        "Tamsin Greaves, SHRM-CP\nHuman Resources Business Partner\n")
    return alt(m, body, to_html(body)), ''


@reg('clean', 'admin')
def admin_downtime():
    m = new(ASHC, ALL_STAFF, 'PLANNED EHR DOWNTIME Sun 4/7 0100-0500 - Expanse 2.2 update', when(3, 29, 12, 0),
            headers=[('Importance', 'High')])
    html = (
        '<html><body style="font-family:Segoe UI,Arial;font-size:11pt">'
        '<h2 style="color:#b30000">Planned EHR Downtime</h2>'
        '<p><b>When:</b> Sunday, April 7, 01:00 &ndash; 05:00<br><b>What:</b> Meditech Expanse 2.2 update, '
        'Citrix gateway certificate renewal<br><b>Affected:</b> EHR, PACS viewer, pharmacy dispensing '
        'interface, RT charting, Kronos (read-only)</p>'
        '<h3>What units need to do</h3><ul>'
        '<li>Print the downtime census and MAR reports at 00:30 (the 0030 BCA report runs automatically to each unit\'s printer)</li>'
        '<li>Use paper downtime forms from the red binder; RT flowsheets are tab 4</li>'
        '<li>Lab results will be called to units; ABG analyzer printouts go in the paper chart</li>'
        '<li>After go-live, back-enter vitals and vent settings within 4 hours</li></ul>'
        '<p>IT will round on 2 West and the ED-transfer desk between 01:00 and 05:00. '
        'Help desk: ext. 4357 (HELP).</p>'
        '<p>Lionel Ashcroft<br>Director, Information Technology</p></body></html>\n')
    return html_only(m, html), ''


@reg('clean', 'admin')
def admin_medgas():
    m = new('Facilities <facilities@%s>' % H, '%s, %s, %s' % (DUNA, WHIT, VOSS),
            'Bulk O2 delivery + med gas alarm testing 4/3', when(3, 28, 9, 40))
    body = (
        "Heads up for 2 West and RT:\n\n"
        "Wednesday 4/3\n"
        "  0600-0730  Bulk liquid oxygen delivery (Airgas truck at the north pad). No interruption "
        "expected; the reserve manifold will be on standby.\n"
        "  1000-1200  Annual testing of medical gas area alarms, 2nd floor. Zone valve boxes ZVB-2A "
        "(rooms 1-16) and ZVB-2B (rooms 17-32) will alarm briefly during the test. Nothing will be "
        "shut off. Please tell families ahead of time so they don't panic.\n\n"
        "We will have a Facilities tech stationed at each zone box during testing. Contact: "
        "Raymond Oduya, Plant Ops, 555-0160.\n\n"
        "Work order WO-24-11873.\n\n"
        "Cedar Hollow Facilities Management\n")
    return text(m, body), ''


@reg('clean', 'admin')
def admin_invoice():
    m = new('AirPath Billing <ar@%s>' % AP, 'Accounts Payable <ap@%s>' % H, 'Invoice INV-77104 - March vent rentals',
            when(4, 1, 6, 15), cc=WHIT)
    lines = [
        'AirPath Home Medical                                    INVOICE',
        '2400 Commerce Pkwy, Suite 110, Millbrook Station PA      INV-77104',
        'Remit to: AirPath Home Medical, PO Box 3310               Date: 04/01/2024',
        '',
        'Bill to: Cedar Hollow Specialty Hospital - Accounts Payable',
        'PO: CHSH-PO-24-0318     Terms: Net 45     Customer #: C-004417',
        '',
        'Item                                Serial          Days   Rate     Amount',
        'Trilogy Evo ventilator - rental     TV1204471120    31     $42.00   $1,302.00',
        'Trilogy Evo ventilator - rental     TV1204471188    31     $42.00   $1,302.00',
        'Trilogy Evo ventilator - rental     TV1204472019    18     $42.00     $756.00',
        'Astral 150 ventilator - rental      AS15-2209931    31     $48.50   $1,503.50',
        'Heated humidifier - rental          HH-55-20110     31      $6.00     $186.00',
        'PM service - quarterly (4 units)                                      $340.00',
        '',
        '                                                   Subtotal          $5,389.50',
        '                                                   Tax (exempt)          $0.00',
        '                                                   TOTAL DUE         $5,389.50',
        '',
        'Questions: ar@airpathmedical.example  (555) 018-6600 x30',
    ]
    body = ("Please find attached invoice INV-77104 for March equipment rentals under PO CHSH-PO-24-0318.\n"
            "Payment due by 05/16/2024. ACH details are unchanged.\n\nAirPath Home Medical - Accounts Receivable\n")
    text(m, body)
    attach(m, pdf_bytes(lines, 'Invoice INV-77104'), PDF, 'INV-77104.pdf')
    return m, ''


@reg('clean', 'admin')
def admin_contract():
    m = new('Cynthia Marlowe <cmarlowe@%s>' % H, '%s, %s' % (CARR, 'Legal <legal@%s>' % LL),
            'Hospice services agreement renewal - redline v3', when(3, 15, 14, 5), cc=RAGH)
    doc = docx_bytes([
        ('h', 'Hospice Services Agreement - Summary of Proposed Changes (v3)'),
        'Parties: Cedar Hollow Specialty Hospital ("Hospital") and Lanternlight Hospice, Inc. ("Hospice")',
        'Term: renew for 24 months from May 1, 2024; either party may terminate on 90 days notice.',
        ('table', [
            ['Section', 'Current', 'Proposed', 'Status'],
            ['3.2 Response time', 'Liaison visit within 48 h of referral', 'Within 24 h, 7 days/week', 'Hospice reviewing'],
            ['4.1 General inpatient level', 'Not included', 'GIP beds at Hospital, per diem $1,180', 'Agreed in principle'],
            ['5.3 Bereavement', 'Hospice provides to families of shared patients', 'No change', 'Agreed'],
            ['7.0 Data sharing', 'Fax', 'Direct secure messaging; BAA attached as Exh. C', 'Legal reviewing'],
            ['9.4 Insurance', '$1M/$3M', '$2M/$5M', 'Open'],
        ]),
        'Next step: call on March 22 at 2 pm to close 3.2 and 9.4.',
    ])
    body = (
        "Yvette, all -\n\nAttached is v3 with our responses. We accepted your bereavement language and the "
        "BAA as Exhibit C. Still open: the 24-hour response time and the insurance limits. Can we "
        "keep the 3/22 call?\n\nCynthia Marlowe\nDirector, Contracts & Business Development\n"
        "Cedar Hollow Specialty Hospital\n")
    text(m, body)
    attach(m, doc, DOCX, 'HSA_Lanternlight_redline_v3.docx')
    return m, ''


@reg('clean', 'admin')
def admin_qapi():
    m = new('Quality Dept <quality@%s>' % H, 'QAPI Committee <qapi@%s>' % H, 'QAPI minutes - March 2024',
            when(3, 14, 17, 10))
    body = (
        "QAPI Committee - Minutes, March 13, 2024\n"
        "Present: M. Feldhaus (chair), C. Dunaway, D. Whitcomb, P. Raghunathan, S. Lindqvist, A. Mehra, "
        "quality staff. Absent: CFO.\n\n"
        "1. Ventilator liberation (rolling 12 mo): 58.4% fully liberated at discharge (n=197 vent "
        "admissions). Goal 62%. Median days to liberation 24.\n"
        "2. Ventilator-associated events: 3.1 per 1,000 vent days (Q4: 3.8). Oral care compliance 91%.\n"
        "3. Unplanned decannulation: 2 events in Feb, both reviewed, no harm; action - trach ties audit.\n"
        "4. Pressure injuries (facility-acquired, stage 2+): 1.9 per 1,000 patient days.\n"
        "5. CLABSI: 0 in Feb.\n"
        "6. Readmission to STACH within 30 days: 11.2%.\n"
        "7. Palliative consults for vent patients >21 days: 74% (goal 85%).\n\n"
        "Actions: Whitcomb to report trach-tie audit in April; Raghunathan to propose automatic consult "
        "trigger at day 21.\n\n"
        "Next meeting April 10, 7:30 am.\n")
    return text(m, body, cte='quoted-printable'), ''


@reg('clean', 'admin')
def admin_payer_update():
    m = new(CALL, 'PFS Team <pfs@%s>' % H, 'Keystone 2024 rates + ERA enrollment change', when(3, 7, 10, 45),
            cc='Ned Pruitt <npruitt@%s>' % H)
    body = (
        "Team,\n\n"
        "Two Keystone Advantage items effective 4/1:\n\n"
        "1. The amended contract is signed. LTACH per diem goes from $2,940 to $3,085 for days 1-14 "
        "and $2,610 to $2,740 for day 15+. High-cost outlier threshold unchanged. Contract # KA-PRV-"
        "2019-0447, amendment 6. Ned is loading the new rates in the contract manager this week.\n\n"
        "2. Keystone is moving ERAs (835s) from Availity to their own portal. Our payee ID stays the "
        "same (CHSH0001) but we need to re-enroll; I submitted the form today, confirmation "
        "#ERA-ENR-558102. Expect a gap of about two weeks where remits come on paper.\n\n"
        "Please don't post any Keystone payments at the old rates after 4/1 without checking with me.\n\n"
        "Doreen\n")
    return text(m, body), ''


# =====================================================================
# clean-lookalike
# =====================================================================
@reg('clean', 'lookalike')
def look_credit_union():
    m = new('Hollow Creek Federal Credit Union <alerts@hollowcreekfcu.example>',
            'Jerome Batiste <jbatiste@%s>' % H, 'Your auto loan payment was received - Member #0044817',
            when(3, 15, 6, 2))
    html = (
        '<html><body style="font-family:Arial;font-size:13px;color:#222">'
        '<table width="600" style="border:1px solid #ddd"><tr><td style="background:#0b5d3b;color:#fff;padding:12px">'
        '<b>Hollow Creek Federal Credit Union</b></td></tr><tr><td style="padding:14px">'
        '<p>Hi Jerome,</p><p>We received your payment. Details:</p>'
        '<table cellpadding="3"><tr><td>Member #</td><td>0044817</td></tr>'
        '<tr><td>Account</td><td>Auto Loan ****2291</td></tr>'
        '<tr><td>Amount</td><td>$412.88</td></tr><tr><td>Posted</td><td>03/15/2024</td></tr>'
        '<tr><td>Next due</td><td>04/15/2024</td></tr></table>'
        '<p>Hospital employees: ask about our Healthcare Heroes certificate, 5.15% APY on 12 months.</p>'
        '<p>Questions? Call 555-0190 or visit your Cedar Hollow branch next to the cafeteria.</p>'
        '<p style="font-size:10px;color:#888">Federally insured by NCUA. Do not reply to this email.</p>'
        '</td></tr></table></body></html>\n')
    return html_only(m, html, cte='quoted-printable'), ''


@reg('clean', 'lookalike')
def look_airline():
    m = new('SkyLark Airways <itinerary@skylarkair.example>', WHIT,
            'Your trip confirmation: HX7QPR - Orlando (MCO) Nov 2-6', when(3, 12, 19, 44))
    body = (
        "SKYLARK AIRWAYS - TRIP CONFIRMATION\n\n"
        "Confirmation code: HX7QPR\n"
        "Ticket numbers: 4472109388162, 4472109388163\n\n"
        "Passengers\n"
        "  WHITCOMB/DANA MS        SkyMiles Member # SL 880 441 2093  Seat 14C / 9A\n"
        "  BATISTE/JEROME MR       SkyMiles Member # SL 771 026 5518  Seat 14D / 9B\n\n"
        "Flights\n"
        "  SL 1182  Sat 02NOV  PIT 07:10 -> MCO 09:38\n"
        "  SL 1451  Wed 06NOV  MCO 17:55 -> PIT 20:21\n\n"
        "Fare: Main Cabin, 1 checked bag each. Total charged to card ending 3304: $684.40\n\n"
        "Need special assistance (wheelchair, oxygen concentrator, service animal)? Manage your trip "
        "at least 48 hours before departure.\n\n"
        "Have a great trip to the AARC Congress!\n")
    return text(m, body), ''


@reg('clean', 'lookalike')
def look_gym():
    m = new('Pulse Fitness Ashford Falls <memberships@pulsefitness.example>', 'Farida Haddad <fhaddad@%s>' % H,
            'Membership renewal - Member ID PF-20931-H', when(3, 3, 10, 20))
    body = (
        "Hi Farida,\n\n"
        "Your corporate membership (Cedar Hollow Specialty Hospital wellness partner) renews on April 1.\n\n"
        "Member ID: PF-20931-H\n"
        "Plan: Corporate Plus - $24.99/month (employer pays $10)\n"
        "Home club: Ashford Falls, 19 Mill St\n"
        "Payment method: card ending 7781\n\n"
        "New this spring: 6 am HIIT on Tuesdays, Yoga for Healthcare Workers on Thursdays at 7:30 pm "
        "(night-shift friendly), and two free guest passes in April.\n\n"
        "No action is needed to renew. To cancel, visit the front desk or call 555-0177 before 3/25.\n\n"
        "See you soon,\nPulse Fitness Member Services\n")
    return text(m, body), ''


@reg('clean', 'lookalike')
def look_zztest():
    hl7 = '\n'.join([
        'MSH|^~\\&|MEDITECH|CHSH_TST|CLOVERLEAF|CHSH_RT_TST|20240311101500||ADT^A01|TST000912|T|2.3',
        'EVN|A01|20240311101500',
        'PID|1||999000123^^^CHSH^MR||ZZTEST^VENTWEAN^ONE||19000101|U|||1 TEST ST^^TESTVILLE^PA^00000||(555)555-0000',
        'PV1|1|I|2W^99^A^CHSH||||9999999999^ZZTEST^PROVIDER^^^MD||||||||||||TST0000001',
    ])
    m = new(ASAN, '%s, %s' % (WHIT, 'Meditech Support <ehr-support@%s>' % H),
            'TEST env: RT worklist feed validation - ZZTEST patients', when(3, 11, 10, 30))
    body = (
        "Dana,\n\n"
        "I've loaded three test patients in the TEST ring for the RT worklist validation tomorrow:\n\n"
        "  ZZTEST, VENTWEAN ONE     MRN 999000123   bed 2W-99A\n"
        "  ZZTEST, VENTWEAN TWO     MRN 999000124   bed 2W-99B\n"
        "  ZZTEST, TRACHCOLLAR      MRN 999000125   bed 2W-98A\n\n"
        "They are not real people and only exist in TEST (processing ID 'T'). Please have your super-"
        "user chart a vent check, an SBT, and a trach change on each so we can confirm the results "
        "flow back. Sample A01 for the first one:\n\n" + hl7 + "\n\n"
        "Do NOT use these MRNs in LIVE - they'd fail the MPI anyway.\n\n"
        "Kwame\n")
    return text(m, body), ''


@reg('clean', 'lookalike')
def look_benefits():
    m = new('Tunde Bakare <tbakare@%s>' % H, 'Benefits <benefits@%s>' % H,
            'Adding spouse to medical plan + FSA question', when(3, 20, 2, 48))
    body = (
        "Hello,\n\n"
        "I got married on March 9 and want to add my wife to my medical and dental plans. Do I have 30 "
        "days from the wedding date, and what documents do you need (marriage certificate only?)\n\n"
        "Also, if I switch from the Bronze HSA plan to the Silver PPO at the same time, can I still keep "
        "the money that's in my HSA, and does my FSA election change?\n\n"
        "My employee ID is 40388, member ID on my Keystone card is CHE-40388-01. I work nights so email "
        "is easiest.\n\n"
        "Thanks,\nTunde Bakare, CRT\nRespiratory Therapy\n")
    return text(m, body), ''


@reg('clean', 'lookalike')
def look_supply_order():
    m = new('MedSource Distribution <orders@medsourcedist.example>', 'Materials Management <materials@%s>' % H,
            'Shipped: Order SO-4481027 (PO CHSH-24-2291) - 3 of 4 lines', when(3, 19, 15, 10))
    body = (
        "Your order has shipped.\n\n"
        "Sales order:  SO-4481027\n"
        "Customer PO:  CHSH-24-2291\n"
        "Ship to:      Cedar Hollow Specialty Hospital, Receiving Dock B, 400 Hollow Creek Dr\n"
        "Carrier:      UPS Ground   Tracking: 1Z 8W4 37F 03 4410 2871\n\n"
        "Line  Item #      Description                                   Qty   UOM\n"
        "1     SHI-6DCT    Shiley 6 DCT disposable inner cannula trach   4     CS/10\n"
        "2     SHI-8CFS    Shiley 8 cuffed fenestrated trach tube        2     CS/10\n"
        "3     PM-005      Passy-Muir PMV 007 speaking valve (aqua)      1     BX/10\n"
        "4     HME-TRC     Trach HME w/ O2 port                          6     CS/50  ** BACKORDER, est. 4/02 **\n\n"
        "Invoice will follow under separate cover. Questions: customer care 555-0199.\n")
    return text(m, body), ''


@reg('clean', 'lookalike')
def look_car_claim():
    m = new('Ridgeway Mutual Claims <claims@ridgewaymutual.example>', 'Colette Dunaway <colette.dunaway@kinmail.example>',
            'Claim AC-24-0318-5521 opened - Policy RM-PA-7720193', when(3, 18, 16, 0))
    body = (
        "Dear Colette Dunaway,\n\n"
        "We've opened a claim for the incident you reported.\n\n"
        "Claim number:    AC-24-0318-5521\n"
        "Policy number:   RM-PA-7720193 (2021 Subaru Outback)\n"
        "Date of loss:    03/15/2024\n"
        "Location:        Cedar Hollow Specialty Hospital employee parking garage, level 3\n"
        "Description:     Parked vehicle struck by another vehicle while backing out; rear bumper and "
        "tail light damage. No injuries reported.\n"
        "Other party:     Carrier Keystone Auto, policy # on file\n\n"
        "An appraiser will contact you within 2 business days. Your deductible is $500. You may choose "
        "any repair shop; our Direct Repair shops guarantee their work for as long as you own the car.\n\n"
        "Your adjuster: Paul Nemeth, 555-0195\n\nRidgeway Mutual Insurance\n")
    return text(m, body), ''


# =====================================================================
# clean-news
# =====================================================================
@reg('clean', 'news')
def news_newsletter():
    m = new('Hollow Notes <communications@%s>' % H, ALL_STAFF, 'Hollow Notes | March 2024: our 500th liberation',
            when(3, 29, 7, 30), headers=[('List-Unsubscribe', '<mailto:communications@%s?subject=unsubscribe>' % H)])
    body = (
        "HOLLOW NOTES - March 2024\n\n"
        "500 AND COUNTING\n"
        "This month the Ventilator Weaning Unit marked its 500th patient liberated from mechanical "
        "ventilation since the unit opened in 2015. Dr. Marcus Feldhaus credits \"a respiratory "
        "therapy team that shows up every single day with a plan.\" Cake in the 2nd floor break room "
        "Friday!\n\n"
        "RT OF THE QUARTER: JEROME BATISTE, RRT-NPS\n"
        "Jerome has been with Cedar Hollow for nine years. Nominations praised his teaching with new "
        "graduates and his calm during emergencies. Outside work he coaches U-12 soccer and is "
        "restoring a 1978 Ford Bronco.\n\n"
        "NEW CHAPEL HOURS\n"
        "The interfaith chapel (1st floor, next to the gift shop) is now open 24/7. Prayer rugs, "
        "a Qibla marker and a quiet room are available.\n\n"
        "SAVE THE DATE\n"
        "Nurses Week May 6-12 | Hospital picnic June 15 | Foundation 5K September 21\n\n"
        "Have a story idea? Email communications@cedarhollowsh.example.\n")
    html = to_html(body, font='Georgia, serif').replace(
        '<p style="margin:0 0 10px 0">HOLLOW NOTES - March 2024</p>',
        '<h1 style="color:#2e5e4e">Hollow Notes</h1><p><i>March 2024</i></p>')
    return alt(m, body, html), ''


@reg('clean', 'news')
def news_trach_education():
    m = new('Family Education <familyed@%s>' % H, 'Family Resource List <familyresources@%s>' % H,
            'Caring for a tracheostomy at home: a family guide', when(3, 6, 11, 0))
    html = (
        '<html><body style="font-family:Verdana,sans-serif;font-size:10.5pt;max-width:640px">'
        '<h2>Caring for a Tracheostomy at Home</h2>'
        '<p>Many of our patients go home with a tracheostomy. This guide covers the basics families '
        'ask about most. It does not replace the hands-on training your respiratory therapist will '
        'do with you before discharge.</p>'
        '<h3>Daily care</h3><ul><li>Clean around the stoma twice a day with saline and a cotton-tipped '
        'swab.</li><li>Change or clean the inner cannula as instructed, usually every 8-12 hours.</li>'
        '<li>Keep the air moist with a heated humidifier or an HME ("artificial nose").</li></ul>'
        '<h3>Suctioning</h3><p>Suction when you hear or see secretions, or when breathing sounds noisy. '
        'Insert the catheter only to the depth you were taught - usually the length of the trach tube.</p>'
        '<h3>When to call 911</h3><ul><li>The tube comes out and you cannot replace it</li>'
        '<li>Lips or face turn blue or gray</li><li>You cannot pass a suction catheter</li></ul>'
        '<h3>When to call the doctor</h3><ul><li>Fever over 101&deg;F</li><li>Secretions turn thick, '
        'green, bloody or smell bad</li><li>Redness or swelling around the stoma</li></ul>'
        '<p>Questions? Our respiratory therapy department answers family calls 7 days a week at '
        '555-0109.</p><p style="font-size:9pt;color:#777">Cedar Hollow Specialty Hospital Family '
        'Education Series, No. 4. Reviewed 01/2024.</p></body></html>\n')
    return html_only(m, html, cte='base64'), ''


@reg('clean', 'news')
def news_research():
    m = new(RAGH, 'Medical Staff <medstaff@%s>' % H, 'Our palliative integration study is out - summary',
            when(3, 8, 15, 30))
    body = (
        "Colleagues,\n\n"
        "Our paper, \"Early palliative care integration in a long-term acute care ventilator unit: a "
        "retrospective cohort,\" was accepted by the Journal of Prolonged Mechanical Ventilation Care. "
        "Short version:\n\n"
        "- 212 adults admitted on mechanical ventilation, 2019-2022\n"
        "- 104 had a palliative consult within 7 days of admission (early), 108 later or never\n"
        "- Median age 71 (IQR 63-79); 46% women\n"
        "- Documented goals-of-care conversation: 93% early vs 61% late/none\n"
        "- Liberation rate was similar (57% vs 59%)\n"
        "- Median LTACH length of stay 29 vs 34 days\n"
        "- Family-rated quality of dying (for the 67 deaths): higher in the early group\n\n"
        "No individual patient data appears in the paper; the dataset is de-identified and IRB approved "
        "(CHSH IRB #2022-014). Thanks to Bernadette, Ruth and Dana for the data pulls and to all of "
        "you for the referrals.\n\n"
        "Preprint on the shared drive under Research > Publications.\n\n"
        "Priya\n")
    return text(m, body), ''


@reg('clean', 'news')
def news_volunteer():
    m = new(THOR, 'Volunteers <volunteers@%s>' % H, 'Volunteer Spotlight: Harriet Solberg, 12 years of Tuesdays',
            when(3, 13, 9, 0))
    body = (
        "VOLUNTEER SPOTLIGHT\n\n"
        "If you've walked past the front desk on a Tuesday morning since 2012, you've met Harriet "
        "Solberg. A retired middle-school librarian, Harriet started volunteering at Cedar Hollow the "
        "year she retired and has logged more than 2,400 hours.\n\n"
        "Harriet runs the book cart on 2 West and started our prayer-shawl knitting circle, which "
        "has given away more than 600 shawls and lap blankets to families. \"The families are the ones "
        "sitting in those chairs for weeks,\" she says. \"I just want them to have something warm.\"\n\n"
        "When she's not here, Harriet is at her lake cabin with her grandchildren or beating everyone "
        "at Scrabble.\n\n"
        "Thank you, Harriet!\n\n"
        "Interested in volunteering? We're recruiting for the book cart, the front desk and the "
        "knitting circle. Contact Maggie Thorsby, Volunteer Services, 555-0126.\n")
    return alt(m, body, to_html(body)), ''


@reg('clean', 'news')
def news_nhdd():
    m = new('Community Relations <community@%s>' % H, 'Community Calendar <calendar@ashfordfallsnews.example>',
            'Free advance directive workshop - National Healthcare Decisions Day, April 16',
            when(3, 25, 10, 0))
    body = (
        "FOR IMMEDIATE RELEASE\n\n"
        "Cedar Hollow Specialty Hospital hosts free advance care planning workshop\n\n"
        "ASHFORD FALLS - In recognition of National Healthcare Decisions Day, Cedar Hollow Specialty "
        "Hospital will host a free community workshop on advance care planning on Tuesday, April 16, "
        "from 5:30 to 7:30 pm in the hospital's Community Room, 400 Hollow Creek Drive.\n\n"
        "Palliative physician Dr. Priya Raghunathan and chaplain Rabbi Ruth Adelstein will explain "
        "living wills, healthcare powers of attorney and POLST forms, and how to talk with family "
        "about what matters most. Notaries will be on site, and forms are available in English, "
        "Spanish, Vietnamese and Russian.\n\n"
        "Light dinner provided. Registration requested: 555-0130.\n\n"
        "About Cedar Hollow: Cedar Hollow Specialty Hospital is a 48-bed long-term acute care "
        "hospital specializing in ventilator weaning, complex wound care and medically complex "
        "recovery.\n\n"
        "Media contact: Jordan Velez, 555-0131\n")
    return text(m, body), ''


@reg('clean', 'news')
def news_donor():
    m = new('Cedar Hollow Foundation <foundation@%s>' % H, ALL_STAFF,
            'Thank you, Ostrowski Family Foundation - new family lounge', when(3, 21, 12, 0))
    body = (
        "Dear colleagues,\n\n"
        "We are delighted to announce a $185,000 gift from the Ostrowski Family Foundation to renovate "
        "the 2 West family lounge and add two overnight family suites. Construction starts in May; "
        "new furniture, including lay-flat recliners, arrives this spring.\n\n"
        "Eleanor and Piotr Ostrowski have supported Ashford Falls institutions for three decades, "
        "including the public library's reading room and the community college's nursing lab. "
        "\"Families need a place to rest,\" Eleanor said at the signing.\n\n"
        "A dedication will be held in the fall. Thank you to everyone who gave the Ostrowskis a tour.\n\n"
        "With gratitude,\nAlana Brightwater\nExecutive Director, Cedar Hollow Foundation\n")
    return text(m, body), ''


# =====================================================================
# clean-training
# =====================================================================
@reg('clean', 'training')
def train_template():
    m = new(RAGH, '%s, %s, %s' % (FELD, KOWA, ADEL), 'Family meeting note template (for the smartphrase)',
            when(3, 5, 13, 25))
    body = (
        "Here's the final template for the family meeting smartphrase. IT will build it as .VWUFAMMTG. "
        "Fields in brackets are prompts.\n\n"
        "----------------------------------------------------------------\n"
        "FAMILY / GOALS OF CARE MEETING\n"
        "Patient: [Patient Name]    MRN: [MRN]    DOB: [DOB]\n"
        "Date/time: [  ]   Location: [  ]   Duration: [  ] min\n"
        "Participants (name / relationship): [  ]\n"
        "Interpreter used: [Y/N, language, ID#]\n"
        "Surrogate decision-maker / documentation: [  ]\n\n"
        "Medical update given by: [  ]\n"
        "Family understanding of illness: [  ]\n"
        "Patient's known values / prior wishes: [  ]\n"
        "Options discussed: [continue current plan / time-limited trial / comfort-focused care]\n"
        "Decision / plan: [  ]\n"
        "Code status after meeting: [  ]\n"
        "Spiritual care involvement: [  ]\n"
        "Follow-up: [  ]\n"
        "----------------------------------------------------------------\n\n"
        "Comments by Friday, otherwise I'll send it to IT as is.\n\nPriya\n")
    return text(m, body), ''


@reg('clean', 'training')
def train_quiz():
    m = new('Clinical Education <clinicaled@%s>' % H, ALL_RT, 'Annual RT competency quiz - vent weaning (10 questions)',
            when(3, 11, 8, 0))
    body = (
        "Please complete by 3/31 in HealthStream. Preview below. All cases are fictional.\n\n"
        "1. A 68-year-old on PS 10/5 has RR 30, Vt 280 mL. Calculate the RSBI. Does it meet our "
        "screening threshold?\n"
        "   a) 107, no   b) 93, yes   c) 107, yes   d) 56, yes\n\n"
        "2. During a trach collar trial a patient's SpO2 falls to 86% for 6 minutes. Per protocol v6 you should:\n"
        "   a) increase FiO2 and continue   b) stop the trial and return to rest settings\n"
        "   c) suction and continue   d) call a rapid response\n\n"
        "3. Which is a contraindication to placing a speaking valve?\n"
        "   a) cuff inflated   b) FiO2 35%   c) patient on PS   d) fenestrated tube\n\n"
        "4. True/False: an unplanned decannulation of a trach placed 4 days ago should be managed by "
        "reinserting through the stoma with the obturator.\n\n"
        "5. Case: \"Mr. Sample\" (fictional), 74, third day of 8-hour trials, develops thick green "
        "secretions and temp 38.6. List two actions.\n\n"
        "(Questions 6-10 in HealthStream.)\n\n"
        "Answer key goes to supervisors only.\n")
    return text(m, body), ''


@reg('clean', 'training')
def train_policy():
    m = new(ADEL, 'Policy Committee <policy@%s>' % H, 'Policy SC-114 Chaplain Referral - revised draft for approval',
            when(3, 19, 11, 40))
    doc = docx_bytes([
        ('h', 'CEDAR HOLLOW SPECIALTY HOSPITAL - POLICY SC-114'),
        ('h', 'Spiritual Care Referral and Response'),
        'Effective: 05/01/2024    Supersedes: 08/2021    Owner: Director, Spiritual Care Services',
        ('h', '1. Purpose'),
        'To ensure that patients and families receive timely spiritual and religious support consistent '
        'with their beliefs, including at end of life and during ventilator withdrawal.',
        ('h', '2. Automatic referral triggers'),
        'a) New admission to the Ventilator Weaning Unit (welcome visit within 72 hours).',
        'b) Any planned withdrawal of life-sustaining treatment (chaplain notified at least 24 hours ahead when possible).',
        'c) Change in code status to DNR or comfort care.',
        'd) Death on any unit.',
        'e) Patient or family request at any time.',
        ('h', '3. Response times'),
        ('table', [
            ['Request type', 'Response'],
            ['Imminent death / sacramental request', 'Within 30 minutes, 24/7'],
            ['Planned withdrawal', 'Present at bedside if family wishes'],
            ['Routine', 'Within 1 business day'],
        ]),
        ('h', '4. Community clergy'),
        'Community clergy requested by the family may visit at any hour with approval of the chaplain on call. '
        'They sign in at the front desk and receive a visitor badge.',
        ('h', '5. Documentation'),
        'Chaplains document each visit in the Spiritual Care note. Content shared in confidence is not '
        'documented unless it concerns safety.',
    ])
    body = ("Attached is the revised SC-114 for committee review on 3/27. Changes from 2021 are the "
            "ventilator-withdrawal trigger and the community clergy section.\n\nRuth\n")
    text(m, body)
    attach(m, doc, DOCX, 'SC-114 Chaplain Referral DRAFT 2024-03.docx')
    return m, ''


@reg('clean', 'training')
def train_ehr_sample():
    m = new('Clinical Education <clinicaled@%s>' % H, 'New Hire Orientation <orientation-apr@%s>' % H,
            'EHR training day 2 - practice patients (TRAIN environment)', when(3, 28, 14, 0))
    body = (
        "Welcome to day 2 of EHR training.\n\n"
        "Log in to the TRAIN environment (the blue banner), never LIVE. Your practice patients are "
        "fictional and reset every night:\n\n"
        "  TRAINING, PATIENT ONE      MRN T0000001   DOB 01/01/1950   Rm TRN-01\n"
        "  TRAINING, PATIENT TWO      MRN T0000002   DOB 02/02/1960   Rm TRN-02\n"
        "  TRAINING, VENTPATIENT      MRN T0000003   DOB 03/03/1945   Rm TRN-03\n\n"
        "Exercises:\n"
        "1. On TRAINING, VENTPATIENT: document a vent check (AC 14/450/+5/40%), an SBT screen and a "
        "trach collar trial of 2 hours.\n"
        "2. On TRAINING, PATIENT ONE: enter a palliative consult order and a chaplain referral.\n"
        "3. On TRAINING, PATIENT TWO: complete admission med reconciliation from the mock home list "
        "in your packet.\n\n"
        "Class runs 0830-1600 in Education Room 2. Lunch is on your own.\n")
    return text(m, body), ''


@reg('clean', 'training')
def train_hl7_doc():
    sample = (
        "HL7 v2 ORIENTATION - ANNOTATED SAMPLE MESSAGES\n"
        "All names, numbers and addresses below are made up for teaching.\n\n"
        "Example 1 - ADT^A01 (admission)\n"
        "MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20240101120000||ADT^A01|SAMPLE0001|T|2.3\n"
        "PID|1||000000001^^^SAMPLE^MR||DOE^JANE^Q||19700101|F|||123 SAMPLE ST^^ANYTOWN^ST^00000\n"
        "PV1|1|I|UNIT^01^A||||0000000000^SAMPLE^DOCTOR^^^MD\n\n"
        "  MSH-9  message type        PID-3  identifier list (MRN)\n"
        "  MSH-11 processing ID (T = test, P = production)\n"
        "  PID-5  name (last^first^middle)   PID-7 DOB (YYYYMMDD)\n"
        "  PV1-3  assigned location (unit^room^bed)\n\n"
        "Example 2 - ORU^R01 (result)\n"
        "OBX|1|NM|2744-1^pH arterial^LN||7.40||7.35-7.45|N|||F\n\n"
        "Exercise: identify the abnormal flag field (OBX-8) and the result status (OBX-11).\n")
    m = new(ASAN, 'IS Analysts <is-analysts@%s>' % H, 'Lunch & learn handout - reading HL7 v2',
            when(3, 7, 11, 55))
    body = ("Handout for Thursday's lunch & learn attached. It's all dummy data (Jane Doe etc.) - "
            "please don't paste real messages into the training deck.\n\nKwame\n")
    text(m, body)
    attach(m, sample, 'text/plain', 'HL7_v2_orientation_sample.txt')
    return m, ''


@reg('clean', 'training')
def train_referral_packet():
    m = new(MARC, 'Alyssa Brandt <abrandt@%s>' % H, 'Orientation - how to read a referral packet (sample)',
            when(3, 26, 9, 15))
    lines = [
        '*** SAMPLE - FOR ORIENTATION ONLY - FICTITIOUS PATIENT ***',
        '',
        'LTACH REFERRAL CHECKLIST (annotated)',
        '',
        'Patient: Mr. A. Example (fictitious)      DOB: 00/00/0000   MRN: XXXXXXX',
        'Referring: [Hospital] ICU                 Payer: [Plan name / ID]',
        '',
        '1. Face sheet - confirm payer and ID match the eligibility response',
        '2. H&P and last 3 progress notes - look for reason for prolonged ventilation',
        '3. Vent settings last 48 h - PEEP <= 10 and FiO2 <= 60% for our acceptance',
        '4. Trach op note - size, type, date; first change done?',
        '5. Lines - PICC tip confirmation, dates of all lines',
        '6. Antibiotics - drug, start/stop dates',
        '7. Dialysis needs - chair time available?',
        '8. Code status and surrogate',
        '9. Family expectations - who has been told LTACH and what did they hear',
        '',
        'Acceptance call: Medical Director or designee reviews within 4 business hours.',
        '',
        '*** SAMPLE - FOR ORIENTATION ONLY ***',
    ]
    body = (
        "Alyssa,\n\nWelcome aboard! Attached is the annotated sample packet we use for orientation - the "
        "patient is made up, it's just to show you what to look for. We'll go through a real one "
        "together on Thursday once your EHR access is live.\n\nKelsey\n")
    text(m, body)
    attach(m, pdf_bytes(lines, 'Referral packet sample'), PDF, 'Referral_packet_SAMPLE.pdf')
    return m, ''


# =====================================================================
# main
# =====================================================================
EXPECTED = {
    ('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
    ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
    ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
    ('clean', 'news'): 6, ('clean', 'training'): 6,
}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, fn in REGISTRY:
        msg, patient = fn()
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        fname = '%s-%s-%03d.eml' % (label, kind, n)
        with open(os.path.join(outdir, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append([fname, label, kind, patient])
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, k), v in counts.items() if l == 'phi') == 53
    assert sum(v for (l, k), v in counts.items() if l == 'clean') == 33
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for (label, kind), v in counts.items():
        print('%s-%s: %d' % (label, kind, v))
    print('total: %d' % sum(counts.values()))


if __name__ == '__main__':
    main()
