#!/usr/bin/env python3
# Generates a set of .eml messages and labels.csv for an outpatient endoscopy centre.
# Python 3 standard library only; deterministic.
import sys, os, io, csv, json, random, zipfile, zlib, datetime, html, unicodedata
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 12301
random.seed(SEED)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- organisations
RB = 'riverbend-endo.example'          # Riverbend Endoscopy Center
CV = 'cedarvalley-anesthesia.example'  # Cedar Valley Anesthesia Associates
NG = 'northgatepath.example'           # Northgate Pathology Associates
MS = 'maplestreetfm.example'           # Maple Street Family Medicine
HV = 'harborview-im.example'           # Harborview Internal Medicine
LK = 'lakesidepc.example'              # Lakeside Primary Care
KM = 'keystonemutual.example'          # Keystone Mutual Health (payer)
BW = 'bluewaterhp.example'             # Bluewater Health Plan (payer)
CW = 'cwsenioradv.example'             # Commonwealth Senior Advantage (payer)
OS = 'optiscope-repair.example'        # OptiScope Repair Services

def P(name, local, dom=RB):
    return '%s <%s@%s>' % (name, local, dom)

# Riverbend staff
WIECZOREK = P('Tomasz Wieczorek, MD', 'tomasz.wieczorek')
OKAFOR = P('Miriam Okafor-Hale, MD', 'miriam.okaforhale')
RAGHU = P('Anjali Raghunathan', 'anjali.raghunathan')
LINDQVIST = P('Peter Lindqvist MD', 'peter.lindqvist')
KEISHA = P('Keisha Durant', 'keisha.durant')
BRENDA = P('Brenda Kowalczyk, RN', 'brenda.kowalczyk')
LUPE = P('Lupe Fonoti', 'lupe.fonoti')
TASHA = P('Tasha Grimes', 'tasha.grimes')
ROZ = P('Rosalind Petit', 'roz.petit')
GARY = P('Gary Nakamura', 'gary.nakamura')
CARLA = P('Carla Montoya', 'carla.montoya')
DEVON = P('Devon Schuler', 'devon.schuler')
INES = P('Inês Carvalho', 'ines.carvalho')
MAI = P('Mai Pham', 'mai.pham')
OLGA = P('Olga Sadowski, RN', 'olga.sadowski')
RENEE = P('Renee Castillo', 'renee.castillo')
FRANK = P('Frank DiMarco', 'frank.dimarco')
MARITES = P('Marites Villanueva', 'marites.villanueva')
SCHED = P('Riverbend Scheduling', 'scheduling')
PREP = P('Riverbend Prep Line', 'prepline')
BILLING = P('Riverbend Billing Office', 'billing')
MEDREC = P('Medical Records', 'medrecords')
INFO = P('Riverbend Endoscopy Center', 'info')
ALLSTAFF = P('Riverbend All Staff', 'allstaff')
CLINICAL = P('Riverbend Clinical Staff', 'clinical')
# anaesthesia group
SAM = P('Samuel Adebayo-Price, MD', 'sadebayoprice', CV)
DANA = P('Dana Fitzroy, CRNA', 'dfitzroy', CV)
MARCUS = P('Marcus Bell CRNA', 'mbell', CV)
YOLANDA = P('Yolanda Reyes', 'yreyes', CV)
ASHOK = P('Ashok Menon, CRNA', 'amenon', CV)
CVBILL = P('CVAA Billing', 'billing', CV)
CVINFO = P('Cedar Valley Anesthesia Associates', 'info', CV)
CVSCHED = P('CVAA Scheduling', 'schedule', CV)
# others
VARGA = P('Helena Varga, MD', 'hvarga', NG)
TONYA = P('Tonya Bright', 'tbright', NG)
NGCS = P('Northgate Client Services', 'clientservices', NG)
NGIF = P('Northgate Interface Team', 'interfaces', NG)
EBERSOLE = P('Lorraine Ebersole, MD', 'lebersole', MS)
JEN = P('Jen Albright', 'referrals', MS)
ASANTE = P('Kwame Asante MD', 'kasante', HV)
STACY = P('Stacy Lutz', 'slutz', HV)
LAKESIDE = P('Lakeside Primary Care Referrals', 'referrals', LK)
KMPA = P('Keystone Mutual Prior Authorization', 'priorauth', KM)
BWPR = P('Bluewater Provider Services', 'providerservices', BW)
CWCL = P('Commonwealth Senior Advantage Claims', 'claims-noreply', CW)
JIM = P('Jim Castellano', 'jcastellano', OS)
OSREP = P('OptiScope Repairs', 'repairs', OS)

CONF = ('CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the '
        'use of the addressee(s) and may contain information that is privileged and confidential. '
        'If you are not the intended recipient, you are hereby notified that any dissemination, '
        'distribution or copying of this communication is strictly prohibited. If you have received '
        'this message in error, please notify the sender by reply e-mail and delete it.')
CONF_CV = ('This message is from Cedar Valley Anesthesia Associates, PC. It may contain confidential '
           'information. If you received it by mistake, please tell us by replying and then delete it.')
SIG_RB = ('Riverbend Endoscopy Center\n2200 Millrace Parkway, Suite 100\nAshford, PA 19388\n'
          'Main (610) 555-0170 | Fax (610) 555-0171')

# ---------------------------------------------------------------- dates, ids
EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))

def D(month, day, hour=None, minute=None, year=2024):
    if hour is None:
        hour = random.randint(6, 18)
    if minute is None:
        minute = random.randint(0, 59)
    tz = EDT if (month, day) >= (3, 10) and month < 11 else EST
    return datetime.datetime(year, month, day, hour, minute, random.randint(0, 59), tzinfo=tz)

def rdate():
    return D(random.choice([2, 3, 3, 4]), random.randint(1, 28))

def hexid(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))

def mid(dom):
    return '<%s.%s@%s>' % (hexid(16), hexid(8), dom)

def dom_of(addr):
    return addr.rsplit('@', 1)[-1].rstrip('>').strip()

def wrote(d, who):
    return 'On %s, %s wrote:' % (d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y at ')
                                 + str(int(d.strftime('%I'))) + d.strftime(':%M %p'), who)

def outlook_hdr(frm, d, to, subj, cc=None):
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y ')
                                          + str(int(d.strftime('%I'))) + d.strftime(':%M %p'), to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n' % subj

def q(text, depth=1):
    pre = '>' * depth
    return '\n'.join((pre + ' ' + l) if l.strip() else pre for l in text.strip('\n').split('\n'))

def new(frm, to, subject, date=None, cc=None, reply=None, headers=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    d = date or rdate()
    m['Date'] = format_datetime(d)
    m['Message-ID'] = mid(dom_of(frm))
    if reply:
        m['In-Reply-To'] = reply
        m['References'] = reply
    for k, v in (headers or {}).items():
        m[k] = v
    return m

def t2h(text, font='Calibri, Arial, sans-serif'):
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + html.escape(p).replace('\n', '<br>\n') + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>'
            % (font, '\n'.join(out)))

def wrapit(text, width=72):
    import textwrap
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        pre = ''
        while line.startswith('>'):
            pre += '>'
            line = line[1:]
        if pre:
            pre += ' '
            line = line.lstrip()
        out.extend(textwrap.wrap(line, width - len(pre), initial_indent=pre, subsequent_indent=pre,
                                 break_long_words=False, break_on_hyphens=False))
    return '\n'.join(out)

def body(m, text, cs='utf-8', cte=None, wrap=False):
    m.set_content(wrapit(text) if wrap else text, charset=cs, cte=cte)

def body_w(m, text, cs='utf-8', cte=None):
    body(m, text, cs, cte, wrap=True)

def html_only(m, h, cs='utf-8', cte=None):
    m.set_content(h, subtype='html', charset=cs, cte=cte)

def alt(m, text, h=None, cte=None, cs='utf-8'):
    m.set_content(text, charset=cs, cte=cte)
    m.add_alternative(h if h is not None else t2h(text), subtype='html', charset=cs, cte=cte)

def att_text(m, text, fname, sub='plain', cs='utf-8', cte=None):
    m.add_attachment(text, subtype=sub, charset=cs, cte=cte, filename=fname)

def att_bin(m, data, fname, mt='application', st='octet-stream'):
    m.add_attachment(data, maintype=mt, subtype=st, filename=fname)

# ---------------------------------------------------------------- office files by hand
def xesc(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))

def zipit(files, when=(2024, 3, 1, 9, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return bio.getvalue()

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet='Sheet1'):
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Riverbend Endoscopy Center</dc:creator></cp:coreProperties>')
    wb = (XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(v)))
        rx.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sh = (XML_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(rx))
    return zipit([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('docProps/core.xml', core),
                  ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                  ('xl/worksheets/sheet1.xml', sh)])

def docx(blocks):
    """blocks: str paragraph | ('h', text) bold heading | ('table', rows)"""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    def run(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))
    def para(t, bold=False):
        return '<w:p>%s</w:p>' % run(t, bold)
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(para(b))
        elif b[0] == 'h':
            parts.append(para(b[1], True))
        elif b[0] == 'table':
            trs = []
            for i, row in enumerate(b[1]):
                tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c, i == 0) for c in row)
                trs.append('<w:tr>%s</w:tr>' % tcs)
            parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                         '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                         '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                         '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                         '</w:tblPr>%s</w:tbl>' % ''.join(trs))
            parts.append('<w:p/>')
    doc = (XML_HEAD + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>'
           % (W, ''.join(parts)))
    ct = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zipit([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])

def _cp(c):
    try:
        c.encode('cp1252')
        return True
    except UnicodeEncodeError:
        return False

def pdf(lines, font='Helvetica', size=10, lead=13):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    per = int(700 / lead)
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[3] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font).encode()
    kids = []
    n = 4
    for pg in pages:
        stream = ['BT', '/F1 %d Tf' % size, '%d TL' % lead, '54 748 Td']
        for ln in pg:
            stream.append('(%s) Tj T*' % esc(ln))
        stream.append('ET')
        raw = '\n'.join(stream)
        raw = ''.join(c if _cp(c) else unicodedata.normalize('NFKD', c)[0] for c in raw).encode('cp1252', 'replace')
        comp = zlib.compress(raw)
        objs[n + 1] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream'
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> '
                   '/Contents %d 0 R >>' % (n + 1)).encode()
        kids.append(n)
        n += 2
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    cnt = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % cnt
    for i in range(1, cnt):
        out += b'%010d 00000 n \n' % offs[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (cnt, xref)
    return bytes(out)

def fw(cols, widths):
    return ''.join(str(c)[:w].ljust(w) for c, w in zip(cols, widths))

def table(rows, sep='  '):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)

def htable(rows, style='border-collapse:collapse;font-family:Arial;font-size:10pt'):
    out = ['<table border="1" cellpadding="4" style="%s">' % style]
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, html.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

MIME_XLSX = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
MIME_DOCX = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')

# ---------------------------------------------------------------- registry
RECORDS = []
COUNTS = {}

def add(label, kind, patient, m):
    COUNTS[(label, kind)] = COUNTS.get((label, kind), 0) + 1
    fn = '%s-%s-%03d.eml' % (label, kind, COUNTS[(label, kind)])
    RECORDS.append((fn, label, kind, patient, m))

# ================================================================ phi-care
def phi_care():
    # 1 plain text, physician to scheduling
    m = new(WIECZOREK, TASHA, 'repeat colonoscopy - Pemberton', D(3, 6, 13, 42), cc=KEISHA)
    body_w(m, """Tasha,

Harold Pemberton (the 9:45 in Room 2 this morning) needs to come back in 6 months for a site check. I took a large flat lesion out of the ascending colon piecemeal and want to look at the scar and tattoo. Please put him on recall for early September and flag it for the 2-day prep -- his prep today was only fair on the right side.

He'll want an early slot, his wife drives him in from Millbrook. He's on Plavix so Keisha will need to get the hold cleared with his cardiologist again before then (Dr. Feld at Ashford Heart).

Thanks,
Tom

--
Tomasz Wieczorek, MD
Gastroenterology
""" + SIG_RB + "\n")
    add('phi', 'care', 'Harold Pemberton', m)

    # 2 multipart/alternative, CRNA to anaesthesia director
    m = new(DANA, SAM, 'Room 3 airway event today - case 6', D(3, 7, 14, 5), cc=RENEE)
    t = """Sam,

Quick heads-up before I put in the formal event report tonight.

Case 6 in Room 3 -- Darnell Jefferson, the 10:50 EGD/colon with Dr. Raghunathan. About 12 minutes into the colon portion he desatted to 84% on propofol infusion. Chin lift/jaw thrust and a nasal trumpet didn't bring him up so I placed a #4 LMA; sats back to 98% within about a minute. Anjali finished the colonoscopy, LMA out in the room, no aspiration that I could see.

Total propofol 340 mg, no other agents. 40 min in PACU, Lupe had him on 2L NC for the first 20 and then room air 96%. Discharged 12:55 to his brother.

He told Lupe afterwards that his wife says he snores and stops breathing at night, never had a sleep study. I asked Keisha to put a flag in his chart so we have the STOP-BANG conversation and probably send him to St. Aldric if he needs another procedure before he's been worked up.

Dana

Dana Fitzroy, CRNA
Cedar Valley Anesthesia Associates
cell (610) 555-0148

""" + CONF_CV
    alt(m, t)
    add('phi', 'care', 'Darnell Jefferson', m)

    # 3 HTML only, prep nurse note
    m = new(KEISHA, OKAFOR, 'Prep call - Whitcombe Thurs 3/14', D(3, 11, 16, 20))
    h = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dr. O-H,</p>
<p>Spoke with <b>Eleanor Whitcombe</b> this afternoon for her Thursday colonoscopy (8:15, Rm 1).</p>
<ul>
<li>Confirmed she held Eliquis starting Monday night per Dr. Ebersole&#39;s office &mdash; they faxed the clearance, it&#39;s scanned under Media.</li>
<li>Split-dose GoLytely, first half 6pm Wednesday, second half 3:15am.</li>
<li>Asked if she can take her morning metoprolol with a sip of water &mdash; told her yes per our protocol.</li>
<li>Hearing aids, will bring them. She&#39;d like you to speak up at the post-procedure talk :)</li>
<li>Ride is her neighbor Ruth Abernathy, number on file.</li>
</ul>
<p>Nothing else outstanding.</p>
<p>Keisha<br>
<span style="color:#666">Keisha Durant, RN | Pre-Procedure Nursing | Riverbend Endoscopy Center | x2214</span></p>
</body></html>"""
    html_only(m, h)
    add('phi', 'care', 'Eleanor Whitcombe', m)

    # 4 no-show, reply with quoted front desk note
    d0 = D(3, 12, 7, 58)
    m = new(TASHA, LINDQVIST, 'FW: 7:30 Rm 1 no show', D(3, 12, 9, 14))
    body_w(m, """Dr. Lindqvist -- FYI Bogdan Ionescu didn't show for his 7:30 EGD again. That's two no-shows since January plus the same-day cancel on 2/6. I called both numbers on file, mailbox full on the cell, no answer at home.

Per our policy I'm sending the no-show letter and a copy to Dr. Asante's office since they referred him. Let me know if you want me to try reaching him through Harborview instead of rebooking blind.

Tasha

-----Original Message-----
""" + outlook_hdr('Front Desk <frontdesk@%s>' % RB, d0, 'Scheduling <scheduling@%s>' % RB, '7:30 Rm 1 no show') + """
7:30 in room 1 no show, no call. Dr L said go ahead and pull the 8:00 add on into the room. Pls follow up.
-Andrea
""")
    add('phi', 'care', 'Bogdan Ionescu', m)

    # 5 GI to PCP, RFC 2047 subject, quoted-printable
    m = new(RAGHU, EBERSOLE, 'Your patient Siobhán O\u2019Donnell \u2013 colonoscopy 3/4', D(3, 5, 17, 31))
    body(m, """Lorraine,

Saw Siobhán O'Donnell on Monday for her first colonoscopy, the one you sent after the positive Cologuard. Good prep (BBPS 3-3-3), cecum reached, 11 minute withdrawal. I took two small sessile polyps out of the sigmoid with cold snare, both retrieved. The rest was unremarkable apart from some scattered sigmoid diverticula.

Pathology should be back by the end of the week and I'll send the letter to both of you with the recall interval. She did fine with sedation and went home with her husband.

Thanks for the referral -- and congrats on the new NP, Jen mentioned you finally got someone hired.

Anjali

Anjali Raghunathan, MD
Riverbend Endoscopy Center
""", cte='quoted-printable')
    add('phi', 'care', "Siobhán O'Donnell", m)

    # 6 long thread, care detail buried in the middle
    d1, d2, d3, d4 = D(3, 13, 7, 2), D(3, 13, 8, 40), D(3, 13, 11, 5), D(3, 13, 15, 48)
    lvl1 = """Gary,

Turnover times in Room 2 are averaging 14 minutes this week vs 9 in Rooms 1 and 3. Mostly it's the suction canisters -- we keep running out of the 3000cc and the techs are walking to the back storage mid-turnover. Can we get a par level set up in the room cart?

Renee"""
    lvl2 = """Renee -- I'll ask Frank to look at the par levels. Is the new canister brand the issue or just quantity? We switched to the Medline ones in February to save about $1,100 a quarter.

Gary"""
    lvl3 = """Both, honestly. The lids on the Medline ones crack when the techs snap them on fast. I've got 6 cracked ones in a box for you to see.

Also, not sure who else to tell since the PACU line goes to me now -- Mrs. Hrytsenko from yesterday's 10:00 (Kateryna Hrytsenko, Dr. W's colon with the big polypectomy) called at 6:05 this morning saying she's very bloated and has bad belly pain and felt feverish overnight. I paged Dr. Wieczorek, he called her back and told her to go to St. Aldric ED to get a CT. Her husband was taking her. Can someone make sure that gets documented in her chart and that Dr. W gets the ED notes?

Lupe"""
    lvl4 = """Thanks Lupe -- Dr. W already called St. Aldric and documented. I'll follow up with their ED this afternoon.

Frank, can you come look at the lids and the Room 2 cart before Thursday? I'd like par of 12 in the room.

Renee"""
    top = """All -- Frank pulled the cracked lids and Medline is sending a rep on Tuesday. Par of 12 in Room 2 starting tomorrow. Let's see if that gets turnover back under 10.

Gary

Gary Nakamura, MBA
Administrator
""" + SIG_RB
    thread = (top + '\n\n' + wrote(d4, 'Renee Castillo') + '\n' + q(lvl4) + '\n>\n> '
              + wrote(d3, 'Lupe Fonoti') + '\n' + q(lvl3, 2) + '\n>>\n>> '
              + wrote(d2, 'Gary Nakamura') + '\n' + q(lvl2, 3) + '\n>>>\n>>> '
              + wrote(d1, 'Renee Castillo') + '\n' + q(lvl1, 4) + '\n')
    m = new(GARY, [RENEE, LUPE], 'Re: Re: Re: Room 2 turnover times / suction canisters', D(3, 13, 16, 30), cc=FRANK)
    body(m, thread, wrap=True)
    add('phi', 'care', 'Kateryna Hrytsenko', m)

    # 7 transfer / admission notice with disclaimer
    m = new(OKAFOR, [RENEE, GARY], 'Transfer to St. Aldric - 11:20 case', D(3, 18, 13, 9),
            cc=SAM, headers={'Importance': 'high', 'X-Priority': '1'})
    body(m, """Renee, Gary,

Letting you know we transferred Ravi Shankar Iyer (11:20, Room 1) to St. Aldric by ambulance at 12:35. EGD with balloon dilation to 15 mm; procedure itself looked uncomplicated. In recovery he developed chest pain and some neck crepitus. Ashok was the CRNA and stayed with him until EMS arrived.

I spoke with the ED attending and with his wife, Lakshmi, who followed the ambulance. They did a CT with oral contrast and are admitting him overnight for observation. I'll go see him after my afternoon list.

I'll file the incident report and the transfer form this afternoon. Please make sure the state reporting clock starts from today.

Miriam

Miriam Okafor-Hale, MD
Medical Director, Riverbend Endoscopy Center

""" + CONF + "\n")
    add('phi', 'care', 'Ravi Shankar Iyer', m)

    # 8 death, remove from recall, multipart/alternative
    m = new(ROZ, SCHED, 'remove from recall - Brannigan', D(4, 3, 10, 22), cc=LINDQVIST)
    t = """Hi team,

Walter Brannigan's daughter called this morning to cancel his April surveillance colonoscopy -- he passed away on the 2nd. Please take him off the recall list and stop the reminder letters and texts so the family doesn't keep getting them. I've marked him deceased in registration.

Dr. Lindqvist, you did his last two scopes so I wanted you to know. The daughter (Colleen) said he always liked coming here. I sent a card from the office.

Roz
Scheduling Lead"""
    alt(m, t)
    add('phi', 'care', 'Walter Brannigan', m)


# ================================================================ phi-names
def phi_names():
    # 1 name only in the Subject (RFC 2047)
    m = new(MAI, TASHA, 'Nguyễn Thị Lan', D(3, 19, 10, 3))
    body(m, """Tasha,

Moved her from Thu 8:00 to Thu 9:15 so the Vietnamese interpreter can be there for consent -- the phone interpreter didn't work well for her last time. Her son Khoa is driving, his cell is 610-555-0186, he prefers text.

Mailed the Vietnamese prep instructions today and went over the MiraLAX/Gatorade mix with Khoa on the phone. She's on the list for Dr. Raghunathan.

Mai
""")
    add('phi', 'names', 'Nguyễn Thị Lan', m)

    # 2 "Last, First" in subject and body; reply with quote
    d0 = D(3, 8, 11, 15)
    orig = """Adeyemi, Oluwaseun -- 58M, sched 3/21 colonoscopy w/ Dr. Okafor-Hale.
BMI 46. OSA on CPAP nightly. No home O2. Last A1c 8.1 per PCP.
Prior sedation 2019 at an outside facility; pt says they told him he was a "difficult airway", no records yet -- I've requested them.
Can you review whether he's OK for here or should go to hospital endo?

Keisha"""
    m = new(SAM, KEISHA, 'RE: Pre-anesthesia review: Adeyemi, Oluwaseun', D(3, 8, 15, 47), cc=OKAFOR)
    body(m, """Keisha,

I'd rather Mr. Adeyemi have this one at St. Aldric with an anesthesiologist and the difficult airway cart. BMI 46 plus OSA plus a reported difficult airway is outside what we agreed for the center. Please let Dr. Okafor-Hale's office know so she can book him on her hospital day, and have him bring his CPAP.

If the outside records show it was just a grade 2 view and nothing more I'm happy to look again.

Sam

Samuel Adebayo-Price, MD
Medical Director, Cedar Valley Anesthesia Associates

-----Original Message-----
""" + outlook_hdr('Keisha Durant', d0, 'Samuel Adebayo-Price, MD', 'Pre-anesthesia review: Adeyemi, Oluwaseun') + '\n' + orig + "\n\n" + CONF_CV + "\n")
    add('phi', 'names', 'Oluwaseun Adeyemi', m)

    # 3 possessive, first name later
    m = new(LINDQVIST, INES, "Mrs. Dubois's biopsies", D(3, 15, 12, 51))
    alt(m, """Inês,

Mrs. Dubois's stomach biopsies from last Tuesday came back positive for H. pylori. I've e-prescribed the bismuth quadruple therapy to Ashford Pharmacy on Main St and I'd like her to have a breath test 4 weeks after she finishes.

Could you call her today? Marie-Claire asked that we use her mobile, not the house line, and she's more comfortable in French if you're able -- otherwise the language line is fine. Please go over the 14 days of pills and that the bismuth will turn her stool black.

Thanks,
Peter""")
    add('phi', 'names', 'Marie-Claire Dubois', m)

    # 4 "re: Mr. El-Sayed"
    m = new(ASHOK, RAGHU, 're: Mr. El-Sayed \u2013 consent and timing', D(3, 20, 7, 41), cc=KEISHA)
    body(m, """Dr. Raghunathan,

re: Mr. El-Sayed (Ahmed Mahmoud El-Sayed, your 9:30 tomorrow). His son Omar called the anesthesia line -- he wants to be present for consent and interpret for his father, and asked if the family can sit with him in pre-op. I told him one person in pre-op is fine but for consent we use the certified Arabic interpreter, he can still be in the room.

The other thing: he's fasting for Ramadan and wanted to know if he could do the prep after iftar. I said the second half has to be finished by 5:30 am and nothing by mouth after, which actually lines up with suhoor. Keisha, can you double-check his prep timing sheet matches that?

Ashok

Ashok Menon, CRNA
Cedar Valley Anesthesia Associates
""")
    add('phi', 'names', 'Ahmed Mahmoud El-Sayed', m)

    # 5 particles, HTML only, iso-8859-1 charset
    m = new(INES, CARLA, 'Sr. de la Cruz - billing question', D(3, 4, 14, 2))
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri;font-size:11pt">
<p>Hi Carla,</p>
<p>Mr. de la Cruz came to the front desk today with his statement for the colonoscopy on 2/27 (Jos&eacute; Luis de la Cruz, he's registered under "DE LA CRUZ, JOSE L"). He was told at scheduling it was a screening and would be covered, but Dr. Wieczorek removed a polyp and now he has a coinsurance balance of $286.40 with us plus whatever comes from anesthesia.</p>
<p>Don Jos&eacute; is very upset &mdash; he's on a fixed income and said he would not have had it done if he knew. Could you look at whether the claim went out with the PT modifier? I told him someone would call him back by Friday, Spanish preferred.</p>
<p>Gracias,<br>In&ecirc;s</p>
<p style="font-size:9pt;color:#777">In&ecirc;s Carvalho | Patient Access | Riverbend Endoscopy Center</p>
</div></body></html>"""
    html_only(m, h, cs='iso-8859-1', cte='quoted-printable')
    add('phi', 'names', 'José Luis de la Cruz', m)

    # 6 Vietnamese name order confusion
    m = new(MEDREC, OKAFOR, 'Tran Van Minh - results letter returned', D(3, 22, 9, 37))
    body_w(m, """Dr. Okafor-Hale,

The pathology results letter for Trần Văn Minh (colonoscopy 2/29) came back to us marked undeliverable. Part of the problem: in registration he's "Minh Tran", on his insurance card he's "TRAN, VAN MINH", and the letter went out addressed to "Van Tran" at his old apartment on Birch St.

I reached his daughter-in-law, who says the family calls him Ông Minh and he's moved in with them in Westfield. The letter says hyperplastic polyp only and repeat colonoscopy in 10 years -- do you want us to just re-mail it to the new address, or would you prefer Mai call him in Vietnamese first?

I've also asked registration to merge the name variants so this doesn't happen again.

Thanks,
Darlene
Medical Records
""", cte='8bit')
    add('phi', 'names', 'Trần Văn Minh', m)

    # 7 Eastern European surname; nicknames
    m = new(BRENDA, TASHA, 'Kowalski (no relation!) - needs rebook', D(3, 26, 10, 58))
    body(m, """Tasha,

Zbigniew Kowalski -- no relation, before you ask :) -- came in for his 8:30 colonoscopy this morning but the prep was poor. Dr. Wieczorek got to the hepatic flexure and stopped. Mr. Kowalski is a little embarrassed, said he only drank about half of the second dose because he had to leave for work at 4am.

Dr. W wants him rebooked in 4-6 weeks with the extended prep (2 days clear liquids + full split dose) and an afternoon slot so he doesn't have to get up in the middle of the night. Zbig (his words, "call me Zbig") said Tuesdays and Wednesdays are best. His wife Halina will drive again.

Brenda
""")
    add('phi', 'names', 'Zbigniew Kowalski', m)

    # 8 forwarded referral as message/rfc822, hyphenated Indian name
    inner = new(STACY, SCHED, 'Referral - Ms. Priya Venkataraman-Rao (EGD)', D(3, 25, 16, 12))
    body(inner, """Hello Riverbend scheduling,

Dr. Asante would like Ms. Venkataraman-Rao seen for an EGD. She has had ongoing heartburn for about 8 months despite omeprazole 40 mg twice a day, and she's lost about 15 lbs since October without trying. Notes and last labs are going over by fax today (fax from 610-555-0162).

Priya asked whether she can be scheduled on a Friday since she works in the hospital pharmacy Mon-Thu. Her husband, Dr. Rao, will be her driver. Best number for her is her cell, 610-555-0139.

Thank you,
Stacy Lutz, CMA
Harborview Internal Medicine
""", cte='quoted-printable')
    m = new(TASHA, RAGHU, 'Fw: Referral - Ms. Priya Venkataraman-Rao (EGD)', D(3, 26, 8, 20))
    body(m, """Dr. Raghunathan -- is this urgent enough to squeeze into next Friday, or is regular scheduling (about 5 weeks out) OK? Original referral attached.

Tasha
""")
    m.add_attachment(inner)
    add('phi', 'names', 'Priya Venkataraman-Rao', m)

# ================================================================ phi-self
def phi_self():
    # 1 diabetic patient, plain text from webmail
    m = new('Gloria Whitaker <gwhitaker57@mailbox.example>', PREP, 'question about insulin before colonoscopy',
            D(3, 17, 20, 44), headers={'X-Mailer': 'WebMail 7.2'})
    body_w(m, """Hello,

I am scheduled for a colonoscopy with Dr. Okafor-Hale on Friday March 22 at 10:30. I'm a type 2 diabetic and take Lantus 30 units at night and metformin 1000 twice a day. The instruction sheet says to talk to my doctor about my diabetes medicine but my PCP's office told me to call you.

What should I do the night before and the morning of, when I'm on clear liquids? Should I still take the Lantus? Also is sugar free jello OK or only the regular kind (not red)?

Thank you,
Gloria Whitaker
DOB 6/2/1957
610-555-0119
""")
    add('phi', 'self', 'Gloria Whitaker', m)

    # 2 results letter question, HTML + text
    m = new('Ken Walsh <kwalsh.home@inbox.example>', INFO, 'My colonoscopy results letter',
            D(3, 28, 7, 12))
    t = """Good morning,

I received my results letter from Dr. Lindqvist yesterday. It says I had 3 tubular adenomas removed and should come back in 3 years. Can someone explain what a tubular adenoma is? The letter says "benign" but then why do I need to come back so soon?

Also, my father had colon cancer at 60 and my older brother had polyps. Is 3 years really enough given that history, or should it be sooner? I want to make sure my daughter knows if she needs to start early too.

Thanks,
Ken Walsh
DOB 04/12/1961"""
    h = ('<div dir="ltr"><div>Good morning,</div><div><br></div>'
         '<div>I received my results letter from Dr. Lindqvist yesterday. It says I had 3 tubular adenomas removed and should come back in 3 years. '
         'Can someone explain what a tubular adenoma is? The letter says &quot;benign&quot; but then why do I need to come back so soon?</div><div><br></div>'
         '<div>Also, my father had colon cancer at 60 and my older brother had polyps. Is 3 years really enough given that history, or should it be sooner? '
         'I want to make sure my daughter knows if she needs to start early too.</div><div><br></div>'
         '<div>Thanks,</div><div>Ken Walsh</div><div>DOB 04/12/1961</div></div>')
    alt(m, t, h)
    add('phi', 'self', 'Ken Walsh', m)

    # 3 sedation history, to anaesthesia group
    m = new('Rhonda Kessler <rhonda.k@webmail.example>', CVINFO, 'Anesthesia question before my procedure April 4',
            D(3, 29, 21, 3))
    body_w(m, """To whom it may concern,

I'm having an upper endoscopy and colonoscopy at Riverbend on April 4th and I was told your group does the anesthesia. The last time I had a colonoscopy (2018, at a different place in Delaware) I woke up partway through and it was very painful, and afterwards I was throwing up for most of the day.

Is it possible to talk to the anesthesia person before the day of? I'd also like to know if my pacemaker is a problem -- I had it put in 2021 (Medtronic) and I have the card. I'm also allergic to eggs, which someone told me matters for propofol?

I'm very anxious about this so anything you can tell me would help.

Rhonda Kessler
(302) 555-0166
""")
    add('phi', 'self', 'Rhonda Kessler', m)

    # 4 short phone message, driver
    m = new('Leonard Baptiste <lenbaptiste@netmail.example>', PREP, 'ride for tuesday',
            D(4, 1, 22, 17), headers={'X-Mailer': 'iPhone Mail (21D61)'})
    body(m, """hey this is Leonard Baptiste, I have my EGD tuesday 8am w dr wieczorek. my ride fell through, my sister has to work. can I take an uber or a cab home if I get the sedation? if not can I do it without the sedation, I dont mind the throat spray. pls call 610 555 0152 after 5

Sent from my iPhone
""")
    add('phi', 'self', 'Leonard Baptiste', m)

    # 5 billing complaint, thread with account number
    d0 = D(3, 20, 11, 30)
    prev = """Dear Ms. Oyelaran,

Thank you for contacting the Riverbend billing office. Your screening colonoscopy on 2/15/2024 was billed as preventive. When a polyp is removed during a screening colonoscopy, some plans apply cost sharing to the polypectomy portion. Your plan (Bluewater Health Plan) processed the claim with $412.00 applied to your deductible.

If you believe this was processed incorrectly, you may request a review from Bluewater at the number on your card.

Sincerely,
Riverbend Billing Office"""
    m = new('Patricia Oyelaran <p.oyelaran@familymail.example>', BILLING, 'Re: Statement question - Acct RB-118802',
            D(3, 21, 19, 50), reply=mid(RB))
    body(m, """Hello,

That doesn't answer my question. I was told TWICE on the phone before my colonoscopy that a screening was covered 100%, and nobody said anything about polyps. Now I also have a bill for $1,840.00 from Cedar Valley Anesthesia for the same day. I am 52, this was my first colonoscopy, and I did it because my doctor told me to.

Please send me an itemized statement for account RB-118802 with the codes that were billed, and tell me whether the anesthesia group is in network with Bluewater. My member ID is BWH-30551827.

Patricia Oyelaran
DOB 10/30/1971

""" + wrote(d0, 'Riverbend Billing Office <billing@%s>' % RB) + '\n' + q(prev) + '\n')
    add('phi', 'self', 'Patricia Oyelaran', m)

    # 6 urgent prep problem
    m = new('Tom Greaney <tgreaney@inbox.example>', PREP, 'URGENT - cant keep prep down',
            D(4, 8, 20, 26), headers={'Importance': 'high'})
    body(m, """I'm on the first half of the prep (Suflave). I drank about 3/4 of the jug and threw up twice in the last hour. I'm still having brown watery stool, not clear yet.

My procedure is 7:30 tomorrow morning with Dr. Lindqvist. Do I keep going with the rest? Should I start the second half early? I called the office number and it went to the after hours message.

Tom Greaney
610-555-0132
""")
    add('phi', 'self', 'Tom Greaney', m)

    # 7 records request with PDF authorization
    m = new('Mei-Ling Chou <meiling.chou58@mailbox.example>', MEDREC, 'Records request - transfer of care to Ohio',
            D(4, 2, 13, 5))
    body(m, """Dear Medical Records,

I am moving to Columbus at the end of the month. Please send my endoscopy reports and pathology to my new gastroenterologist, Dr. Naomi Brandt at Scioto Valley GI (fax 614-555-0108).

I have had Barrett's surveillance EGDs with Dr. Raghunathan since 2019, most recently in September 2023, and a colonoscopy in 2021. She wanted me back for the next EGD in 2026.

My signed authorization form is attached.

Thank you,
Mei-Ling Chou
DOB 1958-11-03
""")
    lines = ['RIVERBEND ENDOSCOPY CENTER', 'AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION', '',
             'Patient name: Mei-Ling Chou', 'Date of birth: 11/03/1958', 'Phone: (610) 555-0175',
             'Address: 19 Sparrow Lane, Ashford PA 19388', '',
             'I authorize Riverbend Endoscopy Center to release the following:',
             '  [X] Procedure reports (EGD 2019-2023, colonoscopy 2021)',
             '  [X] Pathology reports', '  [ ] Anesthesia records', '  [ ] Billing records', '',
             'Release to: Naomi Brandt, MD - Scioto Valley Gastroenterology',
             '            4410 Olentangy Blvd, Columbus OH 43214   Fax (614) 555-0108', '',
             'Purpose: Continuity of care', 'This authorization expires: 12/31/2024', '',
             'Signature: Mei-Ling Chou                    Date: 04/02/2024']
    att_bin(m, pdf(lines), 'Chou_release_authorization.pdf', 'application', 'pdf')
    add('phi', 'self', 'Mei-Ling Chou', m)


# ================================================================ phi-ids
def phi_ids():
    # 1 prior authorization approval
    m = new(KMPA, P('Carla Montoya', 'carla.montoya'), 'Authorization Approved - Ref PA24-0311872',
            D(3, 11, 10, 2), headers={'X-Auto-Response-Suppress': 'All'})
    body(m, """Keystone Mutual Health - Utilization Management

The following request has been APPROVED.

Reference #:        PA24-0311872
Member:             GRANT, HOLLIS R
Member ID:          KMH884420193-01
Date of Birth:      09/17/1966
Group:              ASHFORD SCHOOL DISTRICT / 40771
Requesting:         Peter Lindqvist MD  NPI 1629384751
Facility:           Riverbend Endoscopy Center  NPI 1538207746
Service:            45385 Colonoscopy w/ lesion removal by snare
                    00811 Anesthesia, lower GI endoscopy
Diagnosis:          Z86.010, K63.5
Approved dates:     03/19/2024 - 06/17/2024
Units:              1

This approval is not a guarantee of payment. Benefits are subject to eligibility on the date of service.

Please do not reply to this message. For questions call Provider Services at 1-800-555-0124.
""")
    add('phi', 'ids', 'Hollis R Grant', m)

    # 2 pathology label mismatch, DOB in two formats
    m = new(NGCS, [KEISHA, RENEE], 'Specimen hold - S24-01873 label/req mismatch', D(3, 12, 15, 33))
    alt(m, """Good afternoon,

We received specimen S24-01873 (2 jars, colon biopsies, DOS 03/11/2024) on today's courier run and cannot accession it until the identifiers are corrected:

  Container label:  HALVORSON INGRID   MRN 00482915   DOB 07.03.1949
  Requisition:      Halvorsen, Ingrid  MRN 00482915   DOB 03/07/1949

The spelling and the DOB order don't match. Per CAP requirements we need a corrected requisition or an identification discrepancy form signed by the collecting physician (Dr. Wieczorek) before 5pm tomorrow to keep the specimen in fixative without affecting turnaround.

Please fax to 610-555-0190 or reply with a scanned copy.

Tonya Bright
Client Services Supervisor
Northgate Pathology Associates | 610-555-0191""")
    add('phi', 'ids', 'Ingrid Halvorsen', m)

    # 3 referral from PCP, HTML table with identifiers
    m = new(LAKESIDE, SCHED, 'New referral: Ambrose-Lyle, Curtis', D(3, 1, 11, 48))
    rows = [['Field', 'Value'], ['Patient', 'Curtis Ambrose-Lyle'], ['DOB', 'March 3rd, 1955'],
            ['Phone', '(610) 555-0143 (home), (484) 555-0177 (cell)'],
            ['Address', '88 Quarry Hill Rd, Ashford PA 19388'],
            ['Insurance', 'Bluewater Health Plan PPO, ID BWH-77120459, Group 22104'],
            ['Reason for referral', 'Positive FIT 2/20/24. Ferritin 9, Hgb 10.8. Please evaluate for colonoscopy +/- EGD.'],
            ['Referring provider', 'Jordan Whitfield, PA-C for Dr. Marisol Ortega'], ['Urgency', 'Within 2-4 weeks']]
    h = ('<html><body style="font-family:Arial;font-size:10pt"><p>Please schedule the patient below. '
         'Office notes and labs to follow by fax.</p>' + htable(rows) +
         '<p>Lakeside Primary Care &middot; 301 Harbor Rd &middot; Ashford PA &middot; Ph 610-555-0158 &middot; Fax 610-555-0159</p>'
         '<p style="font-size:8pt;color:#888">' + html.escape(CONF) + '</p></body></html>')
    html_only(m, h, cte='base64')
    add('phi', 'ids', 'Curtis Ambrose-Lyle', m)

    # 4 claim denial with MBI
    m = new(CWCL, BILLING, 'Claim Status Notification - Claim # 2024031900457', D(3, 19, 2, 15))
    body(m, """COMMONWEALTH SENIOR ADVANTAGE
Claim Status Notification

Provider:          RIVERBEND ENDOSCOPY CENTER
Tax ID:            XX-XXX4417
Claim #:           2024031900457
Patient:           SIMMS, LORETTA J
Member ID (MBI):   4TQ7-HN2-JR58
Patient Acct #:    RB-118734
Date of Service:   02/14/2024
Billed:            $1,276.00
Status:            DENIED

Line 1  G0105  Colorectal cancer screening; colonoscopy on individual at high risk
        CARC CO-97  The benefit for this service is included in the payment/allowance for another service/procedure that has already been adjudicated.
Line 2  45380  Colonoscopy, flexible; with biopsy, single or multiple
        Paid $612.40

To request reconsideration, submit within 60 days via the provider portal.
This is an automated message. Replies to this address are not monitored.
""")
    add('phi', 'ids', 'Loretta J Simms', m)

    # 5 chart number request with reply
    d0 = D(3, 14, 9, 2)
    m = new(MEDREC, 'Maple Street Family Medicine <records@%s>' % MS, 'RE: colonoscopy report request', D(3, 14, 10, 40),
            reply=mid(MS))
    body_w(m, """Faxed to 610-555-0163 just now, 4 pages (procedure report + path). Her recall letter will go to you as well.

Darlene
Riverbend Medical Records

""" + wrote(d0, 'Maple Street Family Medicine') + '\n' + q("""Hi -- can you fax over the colonoscopy report and path for Ngozi Okonkwo? Chart# 7734-A on your end I think, pt DOB 12-Jan-60, done sometime in Feb with Dr. Okafor-Hale. She's here for her physical Thursday and Dr. Ebersole wants to review.

Thanks!
Marcy, Maple Street FM""") + '\n')
    add('phi', 'ids', 'Ngozi Okonkwo', m)

    # 6 address change with care context
    m = new(P('Andrea Lindholm', 'andrea.lindholm'), [MEDREC, BILLING], 'Address/phone update - Nwosu, Emeka',
            D(3, 15, 8, 55))
    body_w(m, """Please update before the path letter and statement go out:

Emeka Nwosu  (MRN 00517342, DOB 11/21/1978)
New address: 412 Larchmont Ct, Apt 3B, Ashford PA 19388
New phone:   (610) 555-0127  -- old 555-0112 is disconnected

He had his EGD with Dr. Raghunathan on 3/8 and is waiting on the biopsy results, said he never got a call. Can someone from clinical reach out to him too?

Thanks,
Andrea (front desk)
""")
    add('phi', 'ids', 'Emeka Nwosu', m)

    # 7 anaesthesia billing, account and compact DOB
    m = new(CVBILL, CARLA, 'Missing anesthesia times - acct 55-20931-7', D(3, 27, 13, 18))
    body(m, """Hi Carla,

We're holding the claim below because the anesthesia start/stop times didn't come across on the record feed. Can someone on your side pull the paper record or the Room 2 monitor printout?

  Acct:     55-20931-7
  Patient:  SVOBODA, MILAN
  DOB:      19520814
  DOS:      2024-03-01
  CPT:      00812  (screening colonoscopy, anesthesia)
  CRNA:     M. Bell    Supervising: S. Adebayo-Price
  Payer:    Medicare Part B, MBI 7HK3-PW9-CX42

The EHR shows "Anesthesia Ready 0812" but no start, end or total minutes.

Thanks,
Rochelle Vance
CVAA Billing | 610-555-0181
""")
    add('phi', 'ids', 'Milan Svoboda', m)

    # 8 registration face sheet with SSN as TXT attachment
    m = new(P('Andrea Lindholm', 'andrea.lindholm'), CARLA, 'Face sheet - SSN doesn\'t match insurance', D(3, 22, 12, 4))
    body(m, """Carla,

The eligibility check for Mrs. Kuczynski keeps failing. The SSN she gave us today doesn't match what Keystone has on file, and her procedure is Wednesday 3/27 at 1pm (colonoscopy, Dr. Lindqvist). Face sheet attached. Can you call Keystone before we have to reschedule her?

Andrea
""")
    fs = """RIVERBEND ENDOSCOPY CENTER - PATIENT FACE SHEET
Printed 03/22/2024 11:58  User: ALINDHOLM

Patient:        KUCZYNSKI, RENATA M
MRN:            00533108
DOB:            05/09/1963        Sex: F
SSN:            482-61-3307
Address:        2715 Orchard Way, Westfield PA 19395
Home phone:     (610) 555-0193
Emergency/Ride: Tadeusz Kuczynski (spouse) (610) 555-0194

Primary ins:    KEYSTONE MUTUAL HEALTH PPO
Subscriber ID:  KMH602281746-02   Group: 55130
Subscriber:     KUCZYNSKI, TADEUSZ  DOB 02/18/1961

Appointment:    03/27/2024 13:00  COLONOSCOPY - DR P LINDQVIST - ROOM 2
Referring:      KWAME ASANTE MD, HARBORVIEW INTERNAL MEDICINE
"""
    att_text(m, fs, 'facesheet_KUCZYNSKI.txt')
    add('phi', 'ids', 'Renata M Kuczynski', m)

# ================================================================ patient pool for lists
POOL = ['Agnes Thornbury', 'Luis Alberto Quiñones', 'Hoang Thi Bich', 'Femi Oladipo', 'Margaret "Peggy" Doyle',
        'Yusuf Haddad', 'Dorota Wiśniewska', 'Raymond Castellanos', 'Sunita Bhattacharya', 'Gerald Fairbanks',
        'Ilse van Rooyen', 'Tyrone Whitaker-Banks', 'Chen Jiahui', 'Stanislav Petrenko', 'Bernadette Kilbride',
        'Amara Nwachukwu', 'Roberto DiNapoli', 'Helga Sørensen', 'Kofi Mensah', 'Pham Quoc Bao',
        'Evelyn Szabo', 'Marcus Delacroix', 'Noura Al-Amin', 'Wojciech Zielinski', 'Carmen Esperanza Rubio',
        'Douglas McTavish', 'Hiroshi Tanabe', 'Françoise Lemaire', 'Abimbola Okonjo', 'Rajesh Kulkarni',
        'Janet Pruitt', 'Oksana Melnyk', 'Tomás Ibarra-Soto', 'Bettye Ruth Coleman', 'Dmitri Volkov',
        'Esther Goldfarb', 'Anh Thu Le', 'Patrick Ó Súilleabháin', 'Graciela Montalvo', 'Leroy Haskins']

def dob(lo=1944, hi=1979):
    return datetime.date(random.randint(lo, hi), random.randint(1, 12), random.randint(1, 28))

def ph():
    return '610-555-01%02d' % random.randint(0, 99)

def mrn():
    return '00%06d' % random.randint(400000, 599999)

def lastfirst(n):
    n = n.replace('"Peggy" ', '')
    parts = n.split(' ')
    if n in ('Hoang Thi Bich', 'Chen Jiahui', 'Pham Quoc Bao'):
        return '%s, %s' % (parts[0], ' '.join(parts[1:]))
    if n.startswith('Patrick Ó') or n.startswith('Ilse van'):
        return '%s, %s' % (' '.join(parts[1:]), parts[0])
    if n in ('Luis Alberto Quiñones', 'Carmen Esperanza Rubio', 'Bettye Ruth Coleman', 'Anh Thu Le'):
        return '%s, %s' % (parts[-1], ' '.join(parts[:-1]))
    return '%s, %s' % (parts[-1], ' '.join(parts[:-1]))

def plain(n):
    return n.replace('"Peggy" ', '')

def pick(k):
    return random.sample(POOL, k)

MDS = ['Okafor-Hale', 'Wieczorek', 'Raghunathan', 'Lindqvist']
CRNAS = ['Fitzroy', 'Bell', 'Reyes', 'Menon']

# ================================================================ phi-lists
def phi_lists():
    # 1 space-aligned schedule in body
    names = pick(13)
    rows = [['Time', 'Rm', 'Patient', 'DOB', 'Procedure', 'MD', 'CRNA', 'Notes']]
    procs = ['Colon screen', 'Colon surv', 'EGD', 'EGD/Colon', 'Colon diag', 'EGD w/ dil', 'Flex sig']
    notes = ['', '', 'Eliquis held 3/11', 'interpreter - Spanish', 'DM2 on insulin', 'BMI 41, OSA/CPAP',
             '', 'latex allergy', 'ride: son', '', 'pacemaker', 'prior poor prep', '']
    t0 = [('07:30', 1), ('07:30', 2), ('07:30', 3), ('08:15', 1), ('08:15', 2), ('08:30', 3), ('09:00', 1),
          ('09:15', 2), ('09:30', 3), ('09:45', 1), ('10:15', 2), ('10:30', 3), ('10:45', 1)]
    for i, n in enumerate(names):
        tm, rm = t0[i]
        rows.append([tm, str(rm), lastfirst(n), dob().strftime('%m/%d/%Y'), random.choice(procs),
                     MDS[rm - 1 if rm < 4 else 0], CRNAS[rm - 1], notes[i]])
    m = new(ROZ, CLINICAL, 'Schedule for Thu 3/14 - Rooms 1-3 (AM)', D(3, 13, 15, 55))
    body(m, """Here's tomorrow morning. Room 3 starts with Dr. Raghunathan, Dr. Lindqvist is out so Room 2 is Dr. Wieczorek all day. PM list to follow once the add-ons settle.

""" + table(rows) + """

Prep calls: all reached except the 10:15, left 2 messages.

Roz
""")
    add('phi', 'lists', plain(names[0]), m)

    # 2 tab-separated recall list
    names = pick(10)
    lines = ['Patient\tDOB\tLast Proc\tDate\tInterval\tDue\tPhone\tLetters sent']
    for n in names:
        iv = random.choice([3, 3, 5, 1])
        last = datetime.date(random.randint(2015, 2023 - iv), random.randint(1, 12), random.randint(1, 28))
        due = datetime.date(last.year + iv, last.month, last.day)
        lines.append('\t'.join([n.replace('"Peggy" ', ''), dob().strftime('%m/%d/%y'), random.choice(['COLONOSCOPY', 'EGD', 'COLONOSCOPY']),
                                last.strftime('%m/%d/%Y'), '%d yr' % iv, due.strftime('%m/%Y'), ph(), str(random.randint(1, 3))]))
    m = new(TASHA, LINDQVIST, 'Your overdue recall list (past due > 90 days)', D(3, 18, 14, 26))
    body(m, """Dr. Lindqvist,

Below is your overdue surveillance recall list from the report Gary ran. These have had at least one letter; the ones with 3 letters I've also called. Let me know if any should come off (moved, care elsewhere, no longer indicated) and I'll close them out.

""" + '\n'.join(lines) + """

Thanks,
Tasha
""")
    add('phi', 'lists', plain(names[0]), m)

    # 3 pipe table of pending pathology
    names = pick(7)
    rows = ['| Accession  | Patient                   | DOS        | Physician    | Jars | Status                     |',
            '|------------|---------------------------|------------|--------------|------|----------------------------|']
    stats = ['Awaiting IHC', 'Deeper levels ordered', 'Sent for GI consult', 'Awaiting IHC', 'Pending sign-out',
             'Awaiting H. pylori stain', 'Re-embed']
    for i, n in enumerate(names):
        rows.append('| S24-%05d  | %-25s | 03/%02d/2024 | %-12s | %-4d | %-26s |' % (
            random.randint(1500, 2600), lastfirst(n)[:25], random.randint(1, 12), random.choice(MDS), random.randint(1, 4), stats[i]))
    m = new(TONYA, [RENEE, MEDREC], 'Cases > 7 days - Riverbend', D(3, 20, 11, 12))
    alt(m, """Hi Renee,

Here is this week's list of your cases open more than 7 days, as requested. Most are waiting on stains. Dr. Varga expects everything except the consult case out by Monday.

""" + '\n'.join(rows) + """

Let me know if you have questions.

Tonya Bright
Client Services Supervisor
Northgate Pathology Associates""", '<html><body><pre style="font-family:Consolas,monospace;font-size:10pt">' +
        html.escape("""Hi Renee,

Here is this week's list of your cases open more than 7 days, as requested. Most are waiting on stains. Dr. Varga expects everything except the consult case out by Monday.

""" + '\n'.join(rows) + """

Let me know if you have questions.

Tonya Bright
Client Services Supervisor
Northgate Pathology Associates""") + '</pre></body></html>')
    add('phi', 'lists', plain(names[0]), m)

    # 4 CSV attachment - prep call list
    names = pick(12)
    sio = io.StringIO()
    w = csv.writer(sio, lineterminator='\r\n')
    w.writerow(['last_name', 'first_name', 'dob', 'phone', 'proc_date', 'proc', 'md', 'prep', 'anticoag', 'diabetic', 'interpreter', 'called_by'])
    for n in names:
        ln, fn = [s.strip() for s in lastfirst(n).split(',', 1)]
        w.writerow([ln, fn, dob().isoformat(), ph(), '2024-03-%02d' % random.randint(25, 29),
                    random.choice(['COL', 'EGD', 'EGD/COL']), random.choice(MDS),
                    random.choice(['GoLytely split', 'Suprep', 'Sutab', 'MiraLAX/Gatorade', 'Suflave']),
                    random.choice(['', '', '', 'Eliquis', 'warfarin', 'Plavix', 'Xarelto']),
                    random.choice(['N', 'N', 'N', 'Y-insulin', 'Y-oral']),
                    random.choice(['', '', '', '', 'Spanish', 'Vietnamese', 'Russian', 'Portuguese']), ''])
    m = new(KEISHA, [BRENDA, LUPE], 'Prep calls for next week - split list', D(3, 21, 16, 2))
    body(m, """Hi both,

Attached is next week's list for prep calls. Brenda take rows 2-7, Lupe rows 8-13, I'll do the anticoag ones myself if you flag them back to me. Please fill in called_by and save it back to the S: drive, don't email it around again.

Keisha
""")
    att_text(m, sio.getvalue(), 'prep_calls_wk0325.csv', sub='csv')
    add('phi', 'lists', plain(names[0]), m)

    # 5 XLSX no-show report
    names = pick(9)
    rows = [['MRN', 'Patient', 'DOB', 'Appt Date', 'Procedure', 'Physician', 'Type', 'Prior NS', 'Referring']]
    for n in names:
        rows.append([mrn(), lastfirst(n), dob().strftime('%m/%d/%Y'), '03/%02d/2024' % random.randint(1, 29),
                     random.choice(['Colonoscopy', 'EGD', 'EGD + Colonoscopy']), random.choice(MDS),
                     random.choice(['No-show', 'No-show', 'Late cancel (<48h)']), random.randint(0, 2),
                     random.choice(['Harborview IM', 'Maple Street FM', 'Lakeside PC', 'Self'])])
    m = new(GARY, [OKAFOR, WIECZOREK, RAGHU, LINDQVIST], 'March no-show / late cancel report', D(4, 2, 8, 10), cc=ROZ)
    alt(m, """Good morning,

Attached is the March no-show and late-cancel report. 9 this month vs 14 in February -- the text reminders with the prep video link seem to be helping. Roz's team is reaching out to each one to rebook; the ones with 2 prior no-shows will need a physician OK to rebook per policy.

Gary""")
    att_bin(m, xlsx(rows, 'March 2024'), 'NoShow_LateCancel_2024-03.xlsx', *MIME_XLSX)
    add('phi', 'lists', plain(names[0]), m)

    # 6 DOCX pre-anaesthesia roster
    names = pick(8)
    trows = [['Date/Rm', 'Patient', 'Age', 'ASA', 'BMI', 'Airway / notes']]
    airway = ['Mallampati III, short neck', 'OSA on CPAP, bring machine', 'ESRD on HD M/W/F, HD day before',
              'prior PONV', 'AICD - mag available', 'chronic opioids (oxycodone 10 TID)', 'Mallampati II', 'severe AS per echo 1/24 - discuss']
    for i, n in enumerate(names):
        trows.append(['3/%d Rm%d' % (random.randint(25, 29), random.randint(1, 3)), n.replace('"Peggy" ', ''),
                      str(random.randint(44, 82)), random.choice(['II', 'III', 'III', 'IV']),
                      str(random.randint(22, 48)), airway[i]])
    doc = docx([('h', 'Cedar Valley Anesthesia Associates - Riverbend pre-anesthesia review, week of 3/25/2024'),
                'Prepared by D. Fitzroy, CRNA. For review by Dr. Adebayo-Price before Friday.',
                ('table', trows),
                'Flag: the severe AS patient probably should move to St. Aldric. Will call Dr. Okafor-Hale Monday.'])
    m = new(DANA, [SAM, MARCUS, YOLANDA, ASHOK], 'Pre-op review list wk of 3/25', D(3, 22, 17, 40))
    body(m, """Team -- higher-risk cases for next week at Riverbend are in the attached. Sam, please look at the last one (AS) before Friday.

Dana

""" + CONF_CV + "\n")
    att_bin(m, doc, 'Riverbend_preop_review_0325.docx', *MIME_DOCX)
    add('phi', 'lists', plain(names[0]), m)

    # 7 PDF specimen manifest
    names = pick(10)
    lines = ['RIVERBEND ENDOSCOPY CENTER - SPECIMEN MANIFEST', 'Courier pickup: 03/12/2024 16:30    Destination: Northgate Pathology Associates',
             'Prepared by: L. Fonoti RN      Received by: ____________', '',
             '%-4s %-26s %-10s %-10s %-5s %s' % ('#', 'PATIENT', 'MRN', 'DOB', 'JARS', 'SITES / PROCEDURE'),
             '-' * 88]
    sites = ['cecum polyp, asc colon polyp', 'gastric bx (H. pylori), duodenal bx', 'random colon bx (diarrhea w/u)',
             'sigmoid polyp x2', 'esophagus bx (Barrett surv) 4 levels', 'transverse polyp', 'rectal polyp',
             'gastric antrum/body bx', 'asc colon EMR specimen, pinned', 'TI bx, colon bx']
    for i, n in enumerate(names):
        lines.append('%-4d %-26s %-10s %-10s %-5d %s' % (i + 1, lastfirst(n)[:26], mrn(), dob().strftime('%m/%d/%Y'),
                                                          random.randint(1, 4), sites[i]))
    lines += ['', 'Total requisitions: 10', 'Cooler temp at pickup: ambient (formalin)']
    m = new(LUPE, NGCS, 'Specimen manifest 3/12 PM pickup', D(3, 12, 16, 41), cc=RENEE)
    body(m, """Hi Northgate,

Manifest for this afternoon's pickup attached. Jar count 25 total. The EMR specimen (#9) is pinned on cork, please handle flat.

Lupe Fonoti, RN
PACU / Specimen Coordinator
""")
    att_bin(m, pdf(lines, font='Courier', size=8, lead=11), 'manifest_20240312_PM.pdf', 'application', 'pdf')
    add('phi', 'lists', plain(names[0]), m)

# ================================================================ phi-struct
def x12(segs, isa_sender, isa_recv, ctrl, gs_code, version, st_code, date='240318', time='1422'):
    body_segs = ['ST*%s*0001*%s' % (st_code, version)] + segs
    body_segs.append('SE*%d*0001' % (len(body_segs) + 1))
    out = ['ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:' % (isa_sender, isa_recv, date, time, ctrl),
           'GS*%s*%s*%s*20%s*%s*%d*X*%s' % (gs_code, isa_sender.strip(), isa_recv.strip(), date, time, ctrl, version)]
    out += body_segs
    out += ['GE*1*%d' % ctrl, 'IEA*1*%09d' % ctrl]
    return '~\n'.join(out) + '~\n'

def ascii_up(x):
    return ''.join(c for c in unicodedata.normalize('NFKD', x) if not unicodedata.combining(c)).upper()

def payer_id():
    p = random.choice(['KEYSTONE', 'BLUEWATER', 'MEDICARE', 'CW SENIOR ADV'])
    if p == 'KEYSTONE':
        return [p, 'KMH%09d-0%d' % (random.randint(100000000, 999999999), random.randint(1, 3))]
    if p == 'BLUEWATER':
        return [p, 'BWH-%08d' % random.randint(10000000, 99999999)]
    a = random.choice('ACDEFGHJKMNPQRTUVWXY')
    mbi = '%d%s%d%s-%s%s%d-%s%s%d%d' % (random.randint(1, 9), a, random.randint(0, 9), random.choice('ACDEFGHJKMNPQRTUVWXY'),
                                      random.choice('ACDEFGHJKMNPQRTUVWXY'), random.choice('ACDEFGHJKMNPQRTUVWXY'), random.randint(0, 9),
                                      random.choice('ACDEFGHJKMNPQRTUVWXY'), random.choice('ACDEFGHJKMNPQRTUVWXY'),
                                      random.randint(0, 9), random.randint(0, 9))
    return [p, mbi.replace('-', '')]

def phi_struct():
    # 1 HL7 ORU pasted in body
    hl7 = '\n'.join([
        'MSH|^~\\&|NGPATH|NORTHGATE|RBEHR|RIVERBEND|20240314101522||ORU^R01^ORU_R01|NG20240314101522044|P|2.5.1',
        'PID|1||00528817^^^RBEC^MR~S24-02117^^^NGPATH^AN||OKORO^ADAEZE^N^^^^L||19700422|F|||1408 FERNHILL DR^^ASHFORD^PA^19388^USA||^PRN^PH^^^610^5550121',
        'PV1|1|O|ENDO^RM2^^RIVERBEND||||1457390286^WIECZOREK^TOMASZ^^^^MD|||GI',
        'ORC|RE|RB5531^RBEHR|S24-02117^NGPATH||CM',
        'OBR|1|RB5531^RBEHR|S24-02117^NGPATH|88305^Surgical pathology, level IV^CPT4|||20240312091500|||||||20240312141000|Colon|1457390286^WIECZOREK^TOMASZ^^^^MD||||||20240314100900||SP|F',
        'OBX|1|TX|22636-5^Pathology report.relevant history^LN||Screening colonoscopy. Polyps cecum and sigmoid.||||||F',
        'OBX|2|TX|22634-0^Pathology report.gross observation^LN||A. Cecum polyp, cold snare: two tan fragments 0.4 and 0.6 cm. B. Sigmoid polyp: one fragment 0.3 cm.||||||F',
        'OBX|3|TX|22637-3^Pathology report.final diagnosis^LN||A. Cecum, polypectomy: Sessile serrated lesion without cytologic dysplasia.~B. Sigmoid colon, polypectomy: Hyperplastic polyp.||||||F',
        'OBX|4|TX|22638-1^Pathology report.comments^LN||Electronically signed by Helena Varga MD 03/14/2024 10:09||||||F'])
    m = new(NGIF, DEVON, 'ORU not filing - patient not found (S24-02117)', D(3, 14, 13, 30))
    body(m, """Hi Devon,

The result below rejected on your side with AE "PID-3 patient not found". Looks like the MRN we have from the requisition (00528817) isn't what your EHR has for this patient -- she may have been re-registered. Raw message pasted below. Can you fix the mapping or tell us the right MRN and we'll resend?

""" + hl7 + """

Thanks,
Priyanka Deshmukh
Interface Analyst, Northgate Pathology Associates
""")
    add('phi', 'struct', 'Adaeze N Okoro', m)

    # 2 HL7 SIU attached file (CR segment terminators)
    siu = '\r'.join([
        'MSH|^~\\&|RBEHR|RIVERBEND|CVAA_BILL|CEDARVALLEY|20240319063012||SIU^S12^SIU_S12|RB0319063012771|P|2.3.1',
        'SCH|APT884102|APT884102|||||ROUTINE^Routine|COLON^Colonoscopy|45|MIN|^^45^202403261000^202403261045|||||LINDQVIST^PETER|||||||||BOOKED',
        'PID|1||00509944^^^RBEC^MR||BALLANTYNE^FIONA^MAIRI||19580730|F|||33 GLENCOE TER^^WESTFIELD^PA^19395||6105550104|||M||RB119402',
        'PV1|1|O|ENDO^RM2||||1629384751^LINDQVIST^PETER',
        'DG1|1|I10|Z86.010^Personal history of colonic polyps^I10',
        'RGS|1|A',
        'AIS|1|A|45378^COLONOSCOPY DIAGNOSTIC^CPT|202403261000|0|MIN|45|MIN',
        'AIP|1|A|1396025817^BELL^MARCUS^^^^CRNA|ANES',
        'NTE|1||Pt requests female nurse for prep check. Hx difficult IV access.']) + '\r'
    m = new(DEVON, P('Meridian EHR Interface Support', 'support', 'meridian-ehr.example'),
            'Case 00731966 - SIU S12 duplicates to CVAA billing', D(3, 19, 9, 20), cc=CVBILL)
    body(m, """Hello,

Re case 00731966. We're still seeing each S12 go out to the CVAA billing interface twice, about 2 seconds apart, which creates duplicate encounters on their end. Attached is one of this morning's messages as captured from the outbound queue (both copies are identical byte for byte). Same control ID, so I don't think it's a resend from our side.

Can you check whether the engine has two active routes for the ENDO department?

Devon Schuler
IT / Systems Administrator, Riverbend Endoscopy Center
(610) 555-0170 x2290
""")
    att_bin(m, siu.encode('ascii'), 'SIU_RB0319063012771.hl7', 'application', 'hl7-v2')
    add('phi', 'struct', 'Fiona Mairi Ballantyne', m)

    # 3 X12 837P attached
    segs = ['BHT*0019*00*CVAA240318A*20240318*1422*CH',
            'NM1*41*2*CEDAR VALLEY ANESTHESIA ASSOCIATES*****46*CVAA4417',
            'PER*IC*ROCHELLE VANCE*TE*6105550181',
            'NM1*40*2*KEYSTONE MUTUAL HEALTH*****46*KMH01',
            'HL*1**20*1',
            'NM1*85*2*CEDAR VALLEY ANESTHESIA ASSOCIATES*****XX*1740392856',
            'N3*2200 MILLRACE PKWY STE 110', 'N4*ASHFORD*PA*193881234', 'REF*EI*237754417',
            'HL*2*1*22*0', 'SBR*P*18*55130******CI',
            'NM1*IL*1*HUYNH*DUC*M***MI*KMH719930455', 'N3*57 WILLOW BEND CT', 'N4*WESTFIELD*PA*19395',
            'DMG*D8*19640211*M', 'NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01',
            'CLM*CV2403180044*1350***24:B:1*Y*A*Y*Y', 'HI*ABK:Z1211*ABF:K5730*ABF:G4733',
            'NM1*82*1*BELL*MARCUS****XX*1396025817', 'PRV*PE*PXC*367500000X',
            'NM1*77*2*RIVERBEND ENDOSCOPY CENTER*****XX*1538207746', 'N3*2200 MILLRACE PKWY STE 100', 'N4*ASHFORD*PA*19388',
            'LX*1', 'SV1*HC:00812:QZ:PT*1350*MJ*32***1', 'DTP*472*D8*20240315']
    e837 = x12(segs, 'CVAA4417', 'CLEARHSE01', 4512, 'HC', '005010X222A1', '837')
    m = new(CVBILL, P('ClaimBridge Support', 'support', 'claimbridge.example'), 'Rejected batch 4512 - 2010BA / PT modifier',
            D(3, 19, 10, 11))
    alt(m, """Hi ClaimBridge team,

Batch 4512 came back with rejection A7:21 "invalid modifier combination" on the only claim in it. We bill QZ + PT on screening colonoscopy anesthesia that converts to diagnostic (polyp found), and Keystone has accepted this combination since 2021. Attached is the exact file we submitted. Is this your edit or the payer's?

Thanks,
Rochelle Vance
CVAA Billing | 610-555-0181""")
    att_text(m, e837, 'CVAA_837P_4512.txt')
    add('phi', 'struct', 'Duc M Huynh', m)

    # 4 X12 271 pasted
    segs = ['BHT*0022*11*RB2403220931*20240322*0931',
            'HL*1**20*1', 'NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*KMH01',
            'HL*2*1*21*1', 'NM1*1P*2*RIVERBEND ENDOSCOPY CENTER*****XX*1538207746',
            'HL*3*2*22*0', 'TRN*2*RB2403220931*9RIVERBEND',
            'NM1*IL*1*MARLOWE*CYNTHIA*A***MI*KMH441907723', 'N3*604 DEERFIELD LN', 'N4*ASHFORD*PA*19388',
            'DMG*D8*19690605*F', 'DTP*346*D8*20240101',
            'EB*1**30**PPO', 'EB*C*IND*30***23*1500', 'EB*C*IND*30***29*1162.45',
            'EB*A*IND*30***27**.2', 'EB*B*IND*98***27*45',
            'EB*1**BZ', 'MSG*PREVENTIVE SERVICES COVERED AT 100% IN NETWORK', 'EB*A*IND*AJ***27**.2']
    e271 = x12(segs, 'KMH01', 'RIVERBEND', 21877, 'HB', '005010X279A1', '271', date='240322', time='0931')
    m = new(CARLA, P('Keystone Provider Services', 'providerservices', KM), '271 question - screening colon w/ polypectomy',
            D(3, 22, 9, 50))
    body(m, """Hello,

I ran eligibility this morning for a patient scheduled 3/28 (screening colonoscopy, history of polyps in her mother). The 271 below shows $1,500 deductible with $1,162.45 remaining and 20% coinsurance, and only a generic "preventive covered at 100%" message. There's no service type for the colonoscopy itself.

Can you confirm how Keystone will process if a polyp is removed -- is the patient responsible for deductible on the 45385, or does it stay preventive under the ACA guidance? Patient wants an estimate before she comes in.

""" + e271 + """
Thank you,
Carla Montoya
Billing Manager, Riverbend Endoscopy Center
Direct (610) 555-0172
""")
    add('phi', 'struct', 'Cynthia A Marlowe', m)

    # 5 FHIR JSON bundle attached
    bundle = {
        'resourceType': 'Bundle', 'type': 'transaction', 'id': 'rb-out-20240315-0042',
        'entry': [
            {'fullUrl': 'urn:uuid:5d1f0c8e-2b7a-4f3e-9a61-0c4b7d2e8f11',
             'resource': {'resourceType': 'Patient',
                          'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.7712.1', 'value': '00547219'}],
                          'name': [{'family': 'Salgado', 'given': ['Beatriz', 'Helena']}],
                          'gender': 'female', 'birthDate': '1966-02-09',
                          'telecom': [{'system': 'phone', 'value': '484-555-0115', 'use': 'mobile'}],
                          'address': [{'line': ['1220 Canal St Apt 4'], 'city': 'Ashford', 'state': 'PA', 'postalCode': '19388'}]},
             'request': {'method': 'POST', 'url': 'Patient'}},
            {'fullUrl': 'urn:uuid:a83c2e71-77d0-4f0b-b1c2-3d9e4f5a6b70',
             'resource': {'resourceType': 'Procedure', 'status': 'completed',
                          'code': {'coding': [{'system': 'http://www.ama-assn.org/go/cpt', 'code': '45385',
                                               'display': 'Colonoscopy with removal of polyp by snare'}]},
                          'subject': {'reference': 'urn:uuid:5d1f0c8e-2b7a-4f3e-9a61-0c4b7d2e8f11'},
                          'performedDateTime': '2024-03-15T09:12:00-04:00',
                          'performer': [{'actor': {'display': 'Miriam Okafor-Hale, MD'}}],
                          'note': [{'text': 'Three polyps removed (6 mm transverse, 4 mm and 3 mm sigmoid). Boston Bowel Prep Score 8. Repeat per pathology.'}]},
             'request': {'method': 'POST', 'url': 'Procedure'}},
            {'fullUrl': 'urn:uuid:c4e9b0a2-1f6d-4c8e-8b3a-9e2d7f1a0c55',
             'resource': {'resourceType': 'DiagnosticReport', 'status': 'preliminary',
                          'code': {'text': 'Colonoscopy report'},
                          'subject': {'reference': 'urn:uuid:5d1f0c8e-2b7a-4f3e-9a61-0c4b7d2e8f11'},
                          'effectiveDateTime': '2024-03-15',
                          'conclusion': 'Polyps removed; pathology pending. Referring provider: Kwame Asante MD.'},
             'request': {'method': 'POST', 'url': 'DiagnosticReport'}}]}
    m = new(DEVON, P('Meridian EHR Interface Support', 'support', 'meridian-ehr.example'),
            'FHIR push to Harborview failing validation (HTTP 422)', D(3, 15, 15, 2))
    body(m, """Hi,

Our outbound FHIR push of procedure summaries to Harborview Internal Medicine started failing today with HTTP 422 "Bundle.entry[1].resource.performer.actor: reference or identifier required". Attached is the exact bundle from the failed transaction (one patient). Nothing changed on our side that I know of -- did the 3/14 update change how performer is built?

Devon
""")
    att_bin(m, json.dumps(bundle, indent=2, ensure_ascii=False).encode('utf-8'), 'bundle_rb-out-20240315-0042.json',
            'application', 'fhir+json')
    add('phi', 'struct', 'Beatriz Salgado', m)

    # 6 key: value web form
    m = new(P('Riverbend Online Forms', 'noreply', 'forms.' + RB), PREP,
            'New submission: Pre-Procedure Health Questionnaire', D(3, 24, 21, 33),
            headers={'Auto-Submitted': 'auto-generated'})
    form = """A new form submission was received.

Form: Pre-Procedure Health Questionnaire
Submitted: 03/24/2024 9:33 PM
----------------------------------------
Full name: Douglas Fairweather
Date of birth: 1949-07-19
Phone: 610-555-0128
Email: dfairweather@netmail.example
Procedure date: 04/03/2024
Procedure: Colonoscopy
Physician: Dr. Wieczorek
Height: 5'11"
Weight: 232 lb
Do you take blood thinners?: Yes - warfarin 5 mg (Coumadin clinic at Ashford Heart)
Diabetes?: No
Heart conditions: atrial fibrillation, stent 2017
Sleep apnea / CPAP: Yes, CPAP nightly
Allergies: penicillin (hives), shellfish
Prior anesthesia problems: "hard to wake up" after knee surgery 2020
Name of driver: Joan Fairweather (wife)
Driver phone: 610-555-0129
Anything else we should know?: I use a walker. Second floor bathroom only at home, will the prep be a problem?
----------------------------------------
This message was generated automatically by Riverbend Online Forms.
"""
    alt(m, form, '<html><body><table style="font-family:Arial;font-size:10pt">' + ''.join(
        '<tr><td><b>%s</b></td><td>%s</td></tr>' % (html.escape(k), html.escape(v.strip()))
        for k, v in (ln.split(':', 1) for ln in form.split('\n') if ': ' in ln and not ln.startswith('This'))) +
        '</table></body></html>')
    add('phi', 'struct', 'Douglas Fairweather', m)

    # 7 ZIP with fixed-width export and an 835
    names = pick(8)
    W = [10, 26, 8, 8, 6, 6, 8, 14, 16]
    lines = [fw(['ACCT', 'PATIENT', 'DOB', 'DOS', 'CPT', 'MOD', 'DX1', 'PAYER', 'MEMBER ID'], W)]
    for n in names:
        lines.append(fw(['RB%06d' % random.randint(118000, 119999), ascii_up(lastfirst(n)), dob().strftime('%Y%m%d'),
                         '202403%02d' % random.randint(1, 29), random.choice(['45378', '45380', '45385', '43239', '43235']),
                         random.choice(['PT', '33', '', '']), random.choice(['Z1211', 'K635', 'Z8601', 'K219', 'D509']),
                         *payer_id()], W))
    segs = ['BPR*I*2148.60*C*ACH*CCP*01*031300012*DA*8830021457*1234567890**01*031100209*DA*5590011283*20240329',
            'TRN*1*EFT0329881*1234567890', 'N1*PR*BLUEWATER HEALTH PLAN', 'N1*PE*RIVERBEND ENDOSCOPY CENTER*XX*1538207746',
            'LX*1', 'CLP*RB118911*1*1276*862.40*150*12*BW2403229917*24*1',
            'NM1*QC*1*%s*%s****MI*BWH%09d' % (ascii_up(lastfirst(names[1]).split(',')[0]), ascii_up(lastfirst(names[1]).split(',')[1].strip()),
                                             random.randint(100000000, 999999999)),
            'DTM*232*20240311', 'SVC*HC:45385*1276*862.40**1', 'CAS*PR*1*150', 'CAS*CO*45*263.60']
    e835 = x12(segs, 'BWHP', 'RIVERBEND', 30291, 'HP', '005010X221A1', '835', date='240329', time='0605')
    z = zipit([('charges_2024-03_RB.txt', '\r\n'.join(lines) + '\r\n'), ('ERA_BWHP_20240329.835', e835)],
              when=(2024, 3, 31, 22, 5, 0))
    m = new(CARLA, CVBILL, 'March charge extract + Bluewater ERA', D(4, 1, 9, 5))
    body(m, """Rochelle,

Month-end charge extract attached (fixed width, same layout as always) so you can reconcile anesthesia against facility. I also included the Bluewater 835 from Friday since one of your patients is on it and they paid us but denied you.

Let me know if the counts don't match.

Carla
""")
    att_bin(m, z, 'RB_export_2024-03.zip', 'application', 'zip')
    add('phi', 'struct', plain(names[0]), m)

# ================================================================ phi-lang
def phi_lang():
    # 1 Spanish patient message forwarded with English summary, iso-8859-1 QP
    d0 = D(3, 18, 19, 22)
    orig = """Buenas tardes,

Me llamo Lucía Hernández-Ortega, tengo cita para la colonoscopía el jueves 21 a las 9:00 con la Dra. Okafor-Hale. Fecha de nacimiento 14/05/1963.

Empecé la dieta de líquidos claros hoy, pero tengo una duda: tomo warfarina 5 mg todos los días y nadie me dijo si tengo que dejarla. ¿La dejo o no? También, ¿puedo tomar caldo de pollo colado? Y mi esposo me va a llevar, pero él trabaja hasta las 2, ¿a qué hora puedo salir?

Muchas gracias,
Lucía"""
    m = new(INES, KEISHA, 'FW: colonoscopía jueves - pregunta warfarina', D(3, 19, 8, 4))
    body(m, """Keisha -- this came into the Spanish inbox last night. Summary: Lucía Hernández-Ortega, Thu 3/21 9:00 with Dr. O-H, is on warfarin 5 mg daily and says nobody told her to hold it. She's already on clear liquids. Also asking about strained chicken broth (I told her yes) and pickup time (husband works until 2).

Can you call her this morning about the warfarin? I can three-way translate, I'm at the desk until 3.

Inês

---------- Mensaje reenviado ----------
De: Lucía Hernández-Ortega <luciaho63@correo.example>
Fecha: """ + format_datetime(d0) + """
Asunto: colonoscopía jueves - pregunta warfarina
Para: espanol@riverbend-endo.example

""" + orig + "\n", cs='iso-8859-1', cte='quoted-printable')
    add('phi', 'lang', 'Lucía Hernández-Ortega', m)

    # 2 Russian, koi8-r base64
    m = new(OLGA, 'Ирина Морозова <irina.morozova@pochta.example>', 'Колоноскопия мамы 19 марта — напоминание',
            D(3, 15, 14, 40))
    body(m, """Здравствуйте, Ирина!

Напоминаю, что колоноскопия у вашей мамы, Светланы Петровны Морозовой, назначена на вторник, 19 марта, в 8:30 утра, у доктора Линдквиста (Dr. Lindqvist). Приезжайте, пожалуйста, к 7:45.

Подготовка: в понедельник с утра только прозрачные жидкости (бульон, чай, яблочный сок, без красного цвета). Первую половину препарата Suprep она пьёт в 18:00 в понедельник, вторую - в 3:30 утра во вторник. После 5:30 ничего не пить.

Доктор Линдквист просил напомнить: метформин утром во вторник не принимать, а таблетку от давления можно выпить с глотком воды. Так как у неё после прошлой процедуры кружилась голова, после седации она обязательно должна поехать домой с вами, на такси одну её не отпустим.

Если будут вопросы, звоните мне: (610) 555-0170, доб. 2231.

С уважением,
Ольга Садовски, медсестра
Riverbend Endoscopy Center
""", cs='koi8-r', cte='base64')
    add('phi', 'lang', 'Светлана Петровна Морозова', m)

    # 3 Vietnamese, son writing about father
    m = new('Nguyễn Minh Tuấn <tuan.nguyen88@thu.example>', MAI, 'Kết quả nội soi của bố tôi - Nguyễn Văn Hùng',
            D(3, 13, 20, 15))
    body(m, """Chào cô Mai,

Tôi là Tuấn, con trai của ông Nguyễn Văn Hùng (sinh ngày 02/09/1951). Bố tôi đã nội soi đại tràng ngày 5/3 với bác sĩ Lindqvist. Sau khi nội soi, bác sĩ nói đã cắt 2 polyp và phải chờ kết quả giải phẫu bệnh khoảng một tuần.

Đến nay đã hơn một tuần mà gia đình chưa nhận được thư hay cuộc gọi nào. Bố tôi rất lo vì chú tôi bị ung thư đại tràng. Cô có thể kiểm tra giúp kết quả đã có chưa và khi nào bố tôi cần nội soi lại không?

Bố tôi không nói được tiếng Anh nên xin cô gọi cho tôi theo số 610-555-0137, sau 5 giờ chiều.

Cảm ơn cô rất nhiều,
Nguyễn Minh Tuấn
""", cte='base64')
    add('phi', 'lang', 'Nguyễn Văn Hùng', m)

    # 4 Chinese, gb2312 base64
    m = new('张伟 <zhangwei.ashford@163mail.example>', PREP, '关于胃镜和肠镜准备的问题', D(3, 20, 22, 48))
    body(m, """您好，

我叫张伟，出生日期1959年8月23日。我3月26日上午9点在你们中心做胃镜和肠镜，医生是Lindqvist医生。

我有几个问题：
1. 我每天吃阿司匹林81毫克和二甲双胍，手术前需要停吗？停几天？
2. 泻药说明书是英文的，我看不太懂。有没有中文的说明？
3. 做完以后我女儿会开车接我，她大概几点可以来？

我上次做肠镜是2019年在纽约，医生说有一个息肉，所以这次是复查。

谢谢！
张伟
电话：484-555-0146
""", cs='gb2312', cte='base64')
    add('phi', 'lang', '张伟', m)

    # 5 Arabic, HTML rtl, daughter about mother
    m = new('Layla Al-Rashidi <layla.rashidi@bareed.example>', PREP, 'استفسار عن موعد والدتي - فاطمة الراشدي',
            D(3, 25, 12, 30))
    h = """<html><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">
<p>السلام عليكم،</p>
<p>أنا ليلى، ابنة المريضة فاطمة الراشدي (تاريخ الميلاد ١٩٥٥/٠٤/١١). والدتي لديها موعد لتنظير القولون يوم الأربعاء ٣ أبريل الساعة ١٠:٣٠ صباحاً مع الدكتورة راغوناثان.</p>
<p>والدتي مصابة بالسكري وتأخذ الإنسولين، وأيضاً عندها ضغط الدم. هل يجب أن توقف الإنسولين يوم التحضير؟ وهي لا تتكلم الإنجليزية، فهل يمكنني البقاء معها قبل العملية وبعدها للترجمة؟</p>
<p>وأيضاً، في المرة الماضية تقيأت بعد شرب محلول التنظيف. هل يوجد نوع آخر من الحبوب بدلاً من المحلول؟</p>
<p>رقم هاتفي: ٦١٠-٥٥٥-٠١٥٧</p>
<p>شكراً جزيلاً،<br>ليلى الراشدي</p>
</body></html>"""
    html_only(m, h, cte='base64')
    add('phi', 'lang', 'فاطمة الراشدي', m)

    # 6 Portuguese, iso-8859-1 QP, staff to patient with result
    m = new(INES, 'Maria do Carmo Ferreira <mcarmo.ferreira@correio.example>', 'Resultado da biópsia - Riverbend',
            D(3, 21, 11, 15))
    alt(m, """Prezada Sra. Maria do Carmo Ferreira,

Conforme combinamos por telefone, segue o resumo do resultado da biópsia do estômago da sua endoscopia do dia 12 de março, com a Dra. Raghunathan.

O resultado mostrou gastrite leve, sem a bactéria H. pylori e sem alterações preocupantes. A Dra. Raghunathan recomenda continuar o omeprazol 20 mg uma vez ao dia, 30 minutos antes do café da manhã, por mais 8 semanas, e depois voltar à consulta com o seu médico de família, Dr. Asante.

Não é necessário repetir a endoscopia, a não ser que os sintomas voltem ou piorem.

Qualquer dúvida, pode me ligar no (610) 555-0170, ramal 2205.

Atenciosamente,
Inês Carvalho
Atendimento ao Paciente - Riverbend Endoscopy Center""", cs='iso-8859-1', cte='quoted-printable')
    add('phi', 'lang', 'Maria do Carmo Ferreira', m)

    # 7 Haitian Creole with English note on top, as message/rfc822 forward
    inner = new('Marie-Ange Toussaint <marieange.toussaint@kouryel.example>', PREP, 'Pou mari m Jean-Baptiste Toussaint',
                D(4, 2, 19, 5))
    body(inner, """Bonjou,

Mwen se madanm Jean-Baptiste Toussaint. Mari m gen kolonoskopi li jedi a a 7:30 avèk Dr. Wieczorek. Li fèt 22 novanm 1960.

Li te kòmanse bwè medikaman pou netwaye vant lan aswè a, men li vomi de fwa epi li di li pa ka bwè rès la. Li toujou gen dyare ki pa klè. Èske li dwe kontinye? Èske nou dwe chanje randevou a?

Epitou, li pran grenn pou sik (metformin) ak grenn pou tansyon. Èske li ka pran yo demen maten?

Tanpri rele m nan 610-555-0161. Mwen pale angle yon ti kras.

Mèsi anpil,
Marie-Ange Toussaint
""", cte='quoted-printable')
    m = new(KEISHA, WIECZOREK, 'FW: Toussaint prep - Creole message', D(4, 3, 7, 2))
    body(m, """Dr. W,

Attached message came into the prep line last night from Marie-Ange Toussaint about her husband Jean-Baptiste (your 7:30 Thursday). Translation via the language line: he vomited twice on the first half of the prep and can't finish it, stool not clear yet; asking whether to continue or reschedule, and whether he can take his metformin and BP pills in the morning.

I'm calling her at 8 with a Creole interpreter. Unless you'd rather reschedule, I'll have him slow down to a glass every 20-30 min, take ondansetron if he has it, and do the full second half. Holding metformin in the AM, BP med OK.

Keisha
""")
    m.add_attachment(inner)
    add('phi', 'lang', 'Jean-Baptiste Toussaint', m)

    # 8 Tagalog/English mix, staff to staff
    m = new(MARITES, KEISHA, 'Dela Paz prep update', D(3, 29, 15, 12))
    body_w(m, """Hi Keisha,

Tinawagan ko si Mr. Teodoro Dela Paz kanina about his prep for Tuesday (8:15, colonoscopy + EGD with Dr. Lindqvist). Hindi pa niya nabibili yung Suprep kasi walang stock sa Walgreens sa Main St, so pinapunta ko na lang siya sa CVS sa Westfield, nag-call na rin ako para i-transfer yung Rx.

Pinaalala ko rin na i-hold yung Xarelto niya simula Sunday morning per Dr. Lindqvist, at huwag muna yung iron pills nya starting today. Medyo nalilito siya sa instructions kasi English lang yung printed, so in-explain ko sa Tagalog step by step. Sabi ng anak niya na si Joy, siya na ang magda-drive and she'll stay in the waiting room.

Okay na siya for Tuesday. I documented na sa chart.

Salamat!
Marites

Marites Villanueva, RN
Pre-Procedure Nursing
""")
    add('phi', 'lang', 'Teodoro Dela Paz', m)

# ================================================================ clean-staff
def clean_staff():
    # 1 physician call schedule
    rows = [['Week', 'Center call (pager 555-0100)', 'St. Aldric GI consults', 'Backup']]
    wk = [('Apr 1-7', 'Okafor-Hale', 'Lindqvist', 'Raghunathan'), ('Apr 8-14', 'Wieczorek', 'Raghunathan', 'Okafor-Hale'),
          ('Apr 15-21', 'Raghunathan', 'Okafor-Hale', 'Lindqvist'), ('Apr 22-28', 'Lindqvist', 'Wieczorek', 'Okafor-Hale'),
          ('Apr 29-May 5', 'Okafor-Hale', 'Raghunathan', 'Wieczorek')]
    rows += [list(w) for w in wk]
    m = new(GARY, [OKAFOR, WIECZOREK, RAGHU, LINDQVIST], 'April call schedule - final', D(3, 25, 17, 5), cc=[ROZ, RENEE])
    body(m, """All,

Final April call schedule below. Anjali and Tom swapped Apr 8-14 / 15-21 per your emails. Weekend call starts Friday 5pm. The answering service (Ashford Answering, 610-555-0102) has the updated list as of this afternoon.

""" + table(rows, '   ') + """

Cell numbers for the answering service's list:
  Okafor-Hale   610-555-0111
  Wieczorek     610-555-0112
  Raghunathan   610-555-0113
  Lindqvist     610-555-0114

Reminder that the post-procedure phone line routes to the center call physician after 5pm, so please keep your phone on you.

Gary
""")
    add('clean', 'staff', '', m)

    # 2 CRNA room assignments HTML table
    days = ['Mon 3/18', 'Tue 3/19', 'Wed 3/20', 'Thu 3/21', 'Fri 3/22']
    rows = [['Day', 'Room 1', 'Room 2', 'Room 3', 'Supervising MD', 'Float/breaks']]
    for dname in days:
        c = random.sample(['Fitzroy', 'Bell', 'Reyes', 'Menon', 'Okwuosa (per diem)'], 4)
        rows.append([dname, c[0], c[1], c[2], random.choice(['Adebayo-Price', 'Halloran']), c[3]])
    m = new(CVSCHED, [DANA, MARCUS, YOLANDA, ASHOK, SAM], 'Riverbend assignments week of 3/18', D(3, 14, 12, 0), cc=RENEE)
    h = ('<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>Hi everyone,</p>'
         '<p>Here are Riverbend room assignments for next week. Room 3 is closed Wednesday afternoon for the HVAC work, '
         'so whoever is in Room 3 that day floats to breaks after lunch.</p>' + htable(rows) +
         '<p>Per diem coverage: Chidi Okwuosa, CRNA (cell 610-555-0153). Please confirm by replying to this email.</p>'
         '<p>Thanks,<br>Bev Halstead<br>Scheduling Coordinator, Cedar Valley Anesthesia Associates</p></body></html>')
    html_only(m, h)
    add('clean', 'staff', '', m)

    # 3 staff directory XLSX
    rows = [['Name', 'Credentials', 'Role', 'Ext', 'Cell', 'License exp', 'BLS/ACLS exp']]
    staff = [('Miriam Okafor-Hale', 'MD', 'Medical Director / Gastroenterologist', '2201'),
             ('Tomasz Wieczorek', 'MD', 'Gastroenterologist', '2202'), ('Anjali Raghunathan', 'MD', 'Gastroenterologist', '2203'),
             ('Peter Lindqvist', 'MD', 'Gastroenterologist', '2204'), ('Renee Castillo', 'RN, BSN, CGRN', 'Nurse Manager', '2210'),
             ('Keisha Durant', 'RN', 'Pre-Procedure Nurse', '2214'), ('Brenda Kowalczyk', 'RN', 'Pre-Procedure / Pre-op', '2215'),
             ('Marites Villanueva', 'RN', 'Pre-Procedure Nurse', '2216'), ('Lupe Fonoti', 'RN, CPAN', 'PACU / Specimen Coord.', '2220'),
             ('Olga Sadowski', 'RN', 'Procedure Room RN', '2231'), ('Frank DiMarco', 'CRCST', 'Sterile Processing Lead', '2240'),
             ('Mai Pham', 'CMA', 'Medical Assistant', '2242'), ('Tasha Grimes', '', 'Scheduler', '2250'),
             ('Rosalind Petit', '', 'Scheduling Lead', '2251'), ('Ines Carvalho', '', 'Patient Access', '2205'),
             ('Carla Montoya', 'CPC', 'Billing Manager', '2272'), ('Devon Schuler', '', 'IT / Systems', '2290'),
             ('Gary Nakamura', 'MBA', 'Administrator', '2200')]
    for n, c, r, x in staff:
        rows.append([n, c, r, x, ph(), '%02d/%02d/20%d' % (random.randint(1, 12), random.randint(1, 28), random.choice([25, 26])),
                     '%02d/20%d' % (random.randint(1, 12), random.choice([24, 25, 26])) if c and c != 'MBA' and c != 'CPC' else 'n/a'])
    m = new(RENEE, ALLSTAFF, 'Updated staff directory + license tracker (March)', D(3, 5, 9, 30))
    alt(m, """Hi all,

Attached is the updated staff directory with extensions, cell numbers and license/BLS/ACLS expiration dates. Please check your own row and let me know of any corrections by Friday. Anyone expiring in the next 90 days will get a separate reminder from me.

Please don't forward outside the center -- it has everyone's personal cell numbers.

Renee Castillo, RN, BSN, CGRN
Nurse Manager""")
    att_bin(m, xlsx(rows, 'Directory'), 'RB_Staff_Directory_2024-03.xlsx', *MIME_XLSX)
    add('clean', 'staff', '', m)

    # 4 GLP-1 memo - clinical talk in general terms
    m = new(SAM, [CLINICAL, P('CVAA CRNAs', 'crnas', CV)], 'GLP-1 agonists before endoscopy - updated process starting 4/1',
            D(3, 26, 18, 12), cc=OKAFOR)
    alt(m, """Colleagues,

After review with Dr. Okafor-Hale and the nursing team, here is our updated approach for patients taking GLP-1 receptor agonists (semaglutide, tirzepatide, liraglutide, dulaglutide), effective April 1:

1. Pre-procedure calls: ask specifically about weekly injections and oral semaglutide. Patients often don't list them as "diabetes medicine" when they're prescribed for weight loss.
2. Weekly agents: we are no longer routinely holding for a full week. Instead, these patients follow a 24-hour clear liquid diet before the procedure, in line with the current multi-society guidance.
3. Day of procedure: if the patient reports nausea, vomiting, abdominal distension or bloating, notify the CRNA and endoscopist before sedation. Consider gastric ultrasound where available, or start with the EGD portion to assess and suction gastric contents.
4. Combined EGD/colonoscopy: do the upper first.

Over the past quarter we saw a handful of cases with retained solid food on EGD despite appropriate fasting, all in patients on weekly agents. None had an aspiration event, but this is why we're changing the process.

Updated prep sheets with GLP-1 language go out with all appointments booked after 3/29. Questions to me or Renee.

Sam

Samuel Adebayo-Price, MD
Medical Director, Cedar Valley Anesthesia Associates""")
    add('clean', 'staff', '', m)

    # 5 daily huddle notes, aggregate numbers
    m = new(RENEE, CLINICAL, 'Huddle notes Tues 3/12', D(3, 12, 7, 48))
    body(m, """Huddle notes - Tues 3/12

Yesterday:
- 41 cases (27 colon, 9 EGD, 5 combined). 2 no-shows, 1 same-day cancel.
- 3 inadequate preps (all on the low-volume prep -- keep reinforcing the split dosing on calls).
- First case on time in Rooms 1 and 3; Room 2 started 7:48 (scope not back from SPD).
- PACU average LOS 38 min.

Today:
- 44 scheduled. Dr. Lindqvist has an 11:30 meeting so Room 2 breaks 11:15-12:15.
- 2 interpreter cases (Spanish and Vietnamese) -- both in-person interpreters confirmed.
- Olga and Brenda swapping lunch.

Safety / supplies:
- 2 colonoscopes (CF-HQ190 s/n ...4471 and PCF-H190 ...2093) out to OptiScope for repair. We're down to 9 adult scopes, so please don't let scopes sit in the rooms between cases.
- Suction canister lids: use the Medline ones gently until the rep visit.
- Fire drill Thursday at 2pm. PACU stays with patients, everyone else to the Lot B muster point.

Kudos:
- Marites for covering three extra prep-call lists while Keisha was out.

Renee
""")
    add('clean', 'staff', '', m)

    # 6 shift swap / PTO
    d0 = D(3, 6, 13, 20)
    m = new(RENEE, [BRENDA, KEISHA], 'RE: swap Fri 3/29?', D(3, 6, 15, 5))
    body_w(m, """Approved. I updated the schedule in ShiftBoard -- Brenda off Fri 3/29, Keisha covering pre-op 6:30-3:00, and Brenda takes Keisha's Monday 4/8 in exchange. That still leaves 2 RNs in pre-op that Friday.

Renee

""" + wrote(d0, 'Brenda Kowalczyk, RN') + '\n' + q("""Hi Renee,

Keisha and I would like to swap -- she'll take my Friday 3/29 and I'll take her Monday 4/8. My son's college graduation got moved and we're driving to Pittsburgh Thursday night. Keisha cc'd to confirm.

If anything comes up that day my cell is 610-555-0124.

Thanks!
Brenda""") + '\n')
    add('clean', 'staff', '', m)

    # 7 anaesthesia group discussion on criteria, general only
    d0 = D(3, 1, 9, 10)
    m = new(MARCUS, [SAM, DANA, YOLANDA, ASHOK], 'Re: BMI cutoff for Riverbend - draft criteria', D(3, 1, 14, 33))
    body_w(m, """I'm fine with 45 as a hard stop if we keep the exception pathway for the 45-50 range with good airway exams and no OSA. My worry with a pure number is we end up sending healthy younger patients to the hospital for nothing, and their wait at St. Aldric is 6+ weeks right now.

For the STOP-BANG piece, I'd suggest we say score 5 or more without a documented diagnosis means a pre-op call from us, not an automatic transfer.

Marcus

""" + wrote(d0, 'Samuel Adebayo-Price, MD') + '\n' + q("""Team,

Draft selection criteria for the freestanding center, for discussion at Thursday's meeting:

- BMI > 45: schedule at St. Aldric (exception review 45-50).
- Known OSA not using CPAP: St. Aldric.
- ASA IV: St. Aldric.
- Severe aortic stenosis, pulmonary hypertension, EF < 30%: St. Aldric.
- Home oxygen: St. Aldric.
- ESRD on dialysis: Riverbend OK if dialyzed the day before and K+ checked.
- Documented difficult airway: St. Aldric.

Please reply with comments. The goal is to make this a one-page checklist for the pre-procedure nurses.

Sam""") + '\n\n' + CONF_CV + '\n')
    add('clean', 'staff', '', m)


# ================================================================ clean-admin
def clean_admin():
    # 1 scope repair quote with PDF
    lines = ['OPTISCOPE REPAIR SERVICES, LLC', '1180 Industrial Way, Unit 6, Malvern-on-Brook PA 19356   (610) 555-0187', '',
             'REPAIR ESTIMATE   RMA-240311-0887', 'Customer: Riverbend Endoscopy Center   Acct 40217   PO: pending', '',
             'Item 1: Colonovideoscope CF-HQ190L   S/N 2934471',
             '  Findings: fluid invasion at bending section; angulation wire stretched (UP 160/180 spec);',
             '  distal lens chipped; leak test FAIL at insertion tube 38 cm.',
             '  Repair level: MAJOR   Price: $11,840.00   Turnaround: 10-12 business days',
             '  Loaner: PCF-H190 S/N 2288104 (shipped 03/11, tracking 1Z9X44E70391558826)', '',
             'Item 2: Pediatric colonovideoscope PCF-H190L   S/N 2092093',
             '  Findings: bending rubber pinhole; light guide 14% broken fibers.',
             '  Repair level: MINOR   Price: $2,265.00   Turnaround: 5 business days', '',
             'Subtotal $14,105.00   Service contract discount (12%) -$1,692.60   Total $12,412.40', '',
             'Estimate valid 30 days. Approve by signing and returning with PO.', 'Technician: R. Voss   Reviewed: J. Castellano']
    m = new(JIM, [FRANK, GARY], 'Estimate RMA-240311-0887 - CF-HQ190L / PCF-H190L', D(3, 13, 10, 30))
    body(m, """Frank, Gary,

Estimate for the two scopes that came in Monday is attached. The CF-HQ190L has fluid invasion at the bending section -- that's the third one from your center since October with the same failure. I'd strongly recommend we do a handling in-service with your techs and check the leak tester in SPD; I can bring our trainer out on a Tuesday.

Loaner is already with you. Send the PO when you can and we'll start the work.

Jim Castellano
Field Service Manager | OptiScope Repair Services
(610) 555-0187 | cell (484) 555-0183
""")
    att_bin(m, pdf(lines), 'OptiScope_Estimate_RMA-240311-0887.pdf', 'application', 'pdf')
    add('clean', 'admin', '', m)

    # 2 IT downtime + MFA
    m = new(DEVON, ALLSTAFF, 'EHR downtime Sat 3/23 6am-10am + MFA rollout', D(3, 18, 16, 45),
            headers={'Importance': 'high'})
    alt(m, """Hi everyone,

Two things from IT:

1) Planned EHR downtime: Saturday 3/23, 6:00-10:00 AM. Meridian is applying the quarterly update. No procedures are scheduled that morning, but the patient portal and the online forms will also be down. If you're working remotely Saturday, plan around it. Downtime packets (paper forms) are in the blue binder at the nurses' station in case it runs long.

2) Multi-factor authentication: starting Monday 4/1, logging in to email and the EHR from outside the building will require the Authenticator app. Please install it on your phone before then -- instructions are on the intranet under IT > MFA. I'll be at the front break room Wednesday 3/27, 11:30-1:30, to help anyone set it up.

Also a reminder: we will never ask for your password by email. Last week two people got a convincing "Microsoft mailbox full" message -- if you see one, forward it to me and delete it.

Devon Schuler
IT / Systems Administrator | x2290""")
    add('clean', 'admin', '', m)

    # 3 HR new hire orientation
    m = new(P('Sharon Whitley, SHRM-CP', 'hr'), [RENEE, GARY, DEVON, FRANK], 'New hires starting 4/8 - orientation schedule',
            D(3, 28, 11, 20))
    body_w(m, """Good morning,

We have three new team members starting Monday 4/8:

  Jordan Pellegrino, RN        - Procedure room RN (preceptor: Olga Sadowski)
  Aaliyah Brooks               - Endoscopy technician (preceptor: Frank DiMarco)
  Quang Vo                     - Patient access / front desk (preceptor: Ines Carvalho)

Orientation schedule:
  Mon 4/8   8:00-12:00  HR paperwork, I-9, badge photo, policy review (conference room)
            1:00-3:00   IT accounts and EHR training with Devon
  Tue 4/9   Infection control and compliance modules (online)
  Wed 4/10  Department orientation with preceptors

Devon - please have accounts ready by Friday 4/5. Frank - Aaliyah will need scrubs size M and her SPD competency checklist. Renee - Jordan's license verification and BLS/ACLS cards are in the file; PALS not required.

Please remind them to bring two forms of ID for the I-9 and a voided check for direct deposit.

Sharon Whitley, SHRM-CP
Human Resources, Riverbend Endoscopy Center
""")
    add('clean', 'admin', '', m)

    # 4 facilities
    d0 = D(3, 4, 8, 2)
    m = new(FRANK, GARY, 'RE: SPD humidity + Room 3 HVAC', D(3, 4, 10, 15), cc=RENEE)
    body_w(m, """Gary,

Humidity logs for SPD attached below -- we were over 60% on 5 of the last 10 days, which is outside the AAMI range and the surveyor flagged it last year. Room 3 air changes tested at 11/hr on Friday; we need 15.

Keystone Mechanical can come Wednesday 3/20 afternoon to replace the damper actuator and rebalance. That means Room 3 dark from noon. I told Renee so she can block the schedule.

  Date    SPD RH%   SPD Temp F
  2/23    58        69
  2/24    61        70
  2/26    63        70
  2/27    62        71
  2/28    57        68
  2/29    59        69
  3/1     64        71
  3/2     60        70
  3/3     56        68
  3/4     61        70

Quote from Keystone Mechanical is $3,480. Do you want me to go ahead?

Frank

""" + wrote(d0, 'Gary Nakamura') + '\n' + q("""Frank - can you send me the SPD humidity numbers and where we are on the Room 3 air exchange issue before the board meeting? Thanks. -G""") + '\n')
    add('clean', 'admin', '', m)

    # 5 payer contract rate sheet XLSX
    rows = [['CPT', 'Description', '2023 Rate', '2024 Proposed', 'Change %']]
    cpts = [('43235', 'EGD diagnostic', 612.00), ('43239', 'EGD with biopsy', 688.50), ('43249', 'EGD balloon dilation', 802.10),
            ('45378', 'Colonoscopy diagnostic', 734.20), ('45380', 'Colonoscopy with biopsy', 801.75),
            ('45385', 'Colonoscopy snare polypectomy', 889.40), ('45390', 'Colonoscopy with EMR', 1104.00),
            ('G0121', 'Screening colonoscopy, not high risk', 734.20), ('45330', 'Flexible sigmoidoscopy', 402.30)]
    for c, dsc, r in cpts:
        nr = round(r * random.uniform(1.015, 1.045), 2)
        rows.append([c, dsc, r, nr, round((nr / r - 1) * 100, 1)])
    m = new(P('Dale Ferris', 'dferris', KM), CARLA, 'Riverbend ASC agreement - 2024 rate proposal', D(2, 27, 15, 3), cc=GARY)
    alt(m, """Carla,

As discussed on our call, attached is Keystone's proposed facility fee schedule for the 2024-2026 ASC agreement term. Average increase across your top codes is about 3%. The contract language is unchanged except for the updated prior authorization list in Exhibit C (removes 45378 and G0121 from the auth list effective 7/1).

I'd appreciate your comments by 3/15 so we can get this to signature before the 4/30 expiration.

Dale Ferris
Provider Contracting Manager, Keystone Mutual Health
(717) 555-0135""")
    att_bin(m, xlsx(rows, 'Proposed 2024'), 'Riverbend_ASC_FeeSchedule_2024_proposal.xlsx', *MIME_XLSX)
    add('clean', 'admin', '', m)

    # 6 quality committee minutes DOCX
    doc = docx([('h', 'Riverbend Endoscopy Center - Quality & Safety Committee Minutes'),
                'Date: March 7, 2024, 12:00-1:00 PM   Location: Conference room / Teams',
                'Present: M. Okafor-Hale (chair), S. Adebayo-Price, R. Castillo, G. Nakamura, F. DiMarco, L. Fonoti. Absent: T. Wieczorek.',
                ('h', '1. Q4 2023 quality indicators'),
                ('table', [['Indicator', 'Target', 'Q3', 'Q4'], ['Adenoma detection rate (screening)', '>= 35% overall', '37.8%', '39.1%'],
                           ['Cecal intubation rate', '>= 95%', '97.2%', '97.9%'], ['Adequate prep rate', '>= 90%', '88.4%', '90.6%'],
                           ['Withdrawal time >= 6 min', '>= 95%', '96.0%', '98.3%'], ['Unplanned transfers', 'tracked', '2', '1'],
                           ['Hand hygiene compliance', '>= 90%', '91%', '94%']]),
                'All four physicians individually above ADR target. Prep adequacy improved after the split-dose education project; continue.',
                ('h', '2. Reprocessing'),
                'Three scope repairs for fluid invasion since October. F. DiMarco to schedule vendor in-service; leak tester to be recalibrated.',
                ('h', '3. Patient experience'),
                'Press Ganey likely-to-recommend 94.2 (n=611). Most common comment theme: wait time on the phone prep line. G. Nakamura to look at call routing.',
                ('h', '4. Action items'),
                '- Vendor in-service (FD) by 4/15.  - GLP-1 process update (SAP/RC) by 4/1.  - Phone line routing proposal (GN) next meeting.',
                'Next meeting: April 4, 2024.'])
    m = new(P('Joanne Rutledge', 'joanne.rutledge'), [OKAFOR, SAM, RENEE, GARY, FRANK, LUPE, WIECZOREK],
            'Q&S Committee minutes 3/7 - draft for review', D(3, 8, 14, 50))
    body(m, """Hi all,

Draft minutes from yesterday's Quality & Safety Committee are attached. Please send corrections by Wednesday; after that I'll file them with the board packet.

Joanne Rutledge
Executive Assistant / Compliance Coordinator
""")
    att_bin(m, doc, 'QS_Minutes_2024-03-07_DRAFT.docx', *MIME_DOCX)
    add('clean', 'admin', '', m)

    # 7 prep supplier order confirmation
    m = new(P('Medora Pharma Distribution', 'orders', 'medora-dist.example'), FRANK,
            'Order Confirmation #MPD-5528103 - Riverbend Endoscopy Center', D(3, 7, 6, 12))
    h = ('<html><body style="font-family:Arial;font-size:10pt"><h3 style="color:#1a4f8b">Thank you for your order</h3>'
         '<p>Order #: <b>MPD-5528103</b><br>PO #: RB-PO-24-0412<br>Account: 88014-RIV<br>Ship to: Riverbend Endoscopy Center, '
         'Attn: Frank DiMarco, 2200 Millrace Pkwy Ste 100, Ashford PA 19388</p>' +
         htable([['Item', 'NDC / SKU', 'Qty', 'Unit', 'Ext.'],
                 ['Sodium sulfate/Mg/K sulfate tablets, 24 ct', '52268-0201-01', '12 cs', '$412.80', '$4,953.60'],
                 ['PEG-3350/electrolytes 4L jug', '0009-0181-02', '6 cs', '$96.00', '$576.00'],
                 ['Simethicone 40mg/0.6mL drops', 'SKU 77102', '24 ea', '$3.15', '$75.60'],
                 ['Lidocaine viscous 2% 100 mL', '50383-0775-04', '10 ea', '$8.40', '$84.00']]) +
         '<p>Subtotal $5,689.20 &middot; Shipping $0.00 &middot; <b>Total $5,689.20</b></p>'
         '<p>Estimated delivery: 03/11/2024 via FedEx Ground, tracking 7829 4410 3357.<br>'
         'Lot numbers and expiration dates will be on the packing slip.</p>'
         '<p style="font-size:8pt;color:#777">Medora Pharma Distribution, Inc. &middot; This is an automated message.</p></body></html>')
    alt(m, 'Thank you for your order. Order # MPD-5528103, PO RB-PO-24-0412, total $5,689.20. '
           'Estimated delivery 03/11/2024 via FedEx Ground, tracking 7829 4410 3357.', h)
    add('clean', 'admin', '', m)

# ================================================================ clean-lookalike
def clean_lookalike():
    # 1 airline loyalty to a staff member
    m = new(P('SkyLark Rewards', 'itinerary', 'skylark-air.example'), KEISHA,
            'Your trip confirmation: PHL \u2192 MCO, Apr 12 (Confirmation KXQ7TR)', D(3, 9, 19, 40))
    h = ('<html><body style="font-family:Helvetica,Arial;font-size:10pt;background:#f4f6fa">'
         '<table width="600" style="background:#fff;padding:16px"><tr><td>'
         '<h2 style="color:#0b3d91">You\'re all set, Keisha!</h2>'
         '<p>SkyLark Rewards Member #: <b>SL 4471 2093 8</b> &middot; Tier: Silver &middot; Miles balance: 38,214</p>'
         '<p><b>Confirmation: KXQ7TR</b><br>Passengers: KEISHA DURANT, MARCUS DURANT, JAYLEN DURANT (child)</p>' +
         htable([['Flight', 'Date', 'Depart', 'Arrive', 'Seats'], ['SL 1187', 'Fri Apr 12', 'PHL 7:05 AM', 'MCO 9:41 AM', '14A 14B 14C'],
                 ['SL 1192', 'Tue Apr 16', 'MCO 6:20 PM', 'PHL 8:58 PM', '22D 22E 22F']]) +
         '<p>Need special assistance or traveling with medical equipment? Add it in Manage Trip up to 48 hours before departure.</p>'
         '<p>Total charged to Visa ending 6619: $687.40. Earn 2,063 miles on this trip.</p>'
         '<p style="font-size:8pt;color:#888">SkyLark Air, 1 Runway Plaza, Philadelphia PA. You are receiving this because you booked with SkyLark.</p>'
         '</td></tr></table></body></html>')
    alt(m, "You're all set, Keisha! SkyLark Rewards Member # SL 4471 2093 8. Confirmation KXQ7TR. "
           "SL 1187 Fri Apr 12 PHL 7:05 AM - MCO 9:41 AM; SL 1192 Tue Apr 16 MCO 6:20 PM - PHL 8:58 PM. Total $687.40.", h)
    add('clean', 'lookalike', '', m)

    # 2 credit union statement notice
    m = new(P('Millrace Valley Federal Credit Union', 'alerts', 'millracevfcu.example'), GARY,
            'Your March eStatement is ready - Member ****4821', D(4, 1, 5, 30))
    body(m, """Dear Gary Nakamura,

Your eStatement for the period ending 03/31/2024 is now available in Online Banking.

  Member number:   ****4821
  Share Savings:   ****4821-00
  Checking:        ****4821-09
  Auto loan:       ****4821-L2  Next payment $412.18 due 04/15/2024

To view your statement, sign in at the credit union website or our mobile app. For your security, we never include statement details or links that ask for your password in email.

Questions? Call Member Services at (610) 555-0109, Monday-Friday 8am-6pm.

Millrace Valley Federal Credit Union
Federally insured by NCUA. Equal Housing Opportunity.
""")
    add('clean', 'lookalike', '', m)

    # 3 auto policy renewal
    m = new(P('Granite Shield Insurance', 'policyservice', 'graniteshield.example'), CARLA,
            'Renewal notice - Auto Policy PAP-3318-09271', D(3, 3, 11, 0))
    alt(m, """Hello Carla,

Your personal auto policy is up for renewal. Please review the details below.

Policy number:      PAP-3318-09271
Named insured:      Carla M. Montoya
Date of birth:      (on file)
Policy period:      04/15/2024 - 10/15/2024
Vehicle 1:          2019 Honda CR-V EX  VIN 2HKRW2H53KH6xxxxx
Vehicle 2:          2015 Toyota Corolla LE  VIN 2T1BURHE9FC2xxxxx
Drivers:            Carla M. Montoya, Daniel R. Montoya, Sofia Montoya (added 01/2024)
Coverage:           Bodily injury 100/300; Property damage 100; Medical payments $5,000; Uninsured motorist 100/300
Renewal premium:    $1,286.00 (6 months)

Your premium increased 8% due to the addition of a newly licensed driver. Completing an approved defensive driving course may qualify Sofia for a discount.

Claims: 1-800-555-0147, 24/7. Roadside assistance: 1-800-555-0148.

Granite Shield Insurance Company""")
    add('clean', 'lookalike', '', m)

    # 4 employee's own benefits question, no health detail
    d0 = D(3, 11, 9, 2)
    m = new(P('Sharon Whitley, SHRM-CP', 'hr'), TASHA, 'RE: adding spouse to dental/vision', D(3, 11, 11, 40))
    body_w(m, """Hi Tasha,

Congratulations on the wedding! Marriage is a qualifying life event, so you have 30 days from 3/2 to make changes. Fill out the attached change form (or the one on the intranet under HR > Benefits) and include a copy of the marriage certificate.

Coverage for Andre would start 4/1. Your per-paycheck deduction will go from $8.12 to $19.40 for dental and from $2.90 to $6.35 for vision. The FSA election can also be changed, up or down, within the same 30 days.

Sharon

""" + wrote(d0, 'Tasha Grimes') + '\n' + q("""Hi Sharon,

I got married on March 2nd and want to add my husband Andre to my dental and vision. Do I have to wait for open enrollment? Also, will my FSA card work for him or do I need a new one? My employee ID is 10482.

Thanks,
Tasha""") + '\n')
    add('clean', 'lookalike', '', m)

    # 5 ZZTEST patient in interface testing
    m = new(DEVON, NGIF, 'Test order for validation - ZZTEST patient', D(3, 6, 10, 45))
    body(m, """Hi Northgate team,

For the interface validation after the 3/14 upgrade, I've placed a test pathology order on our designated test patient in the TEST environment only. Please send back a dummy final result so we can confirm it files.

  Patient:  ZZTEST, COLONOSCOPY
  MRN:      99999901 (test range)
  DOB:      01/01/1900
  Order:    RB-TEST-0007  88305 x 2 jars

Raw ORM from our test engine:

MSH|^~\\&|RBEHR_TST|RIVERBEND|NGPATH_TST|NORTHGATE|20240306104011||ORM^O01|TST0306104011|T|2.5.1
PID|1||99999901^^^RBEC^MR||ZZTEST^COLONOSCOPY||19000101|U
ORC|NW|RB-TEST-0007
OBR|1|RB-TEST-0007||88305^Surgical pathology^CPT4|||20240306104000

Note processing ID "T". Nothing here should reach production. Please don't use any real accession numbers on the response.

Devon
""")
    add('clean', 'lookalike', '', m)

    # 6 supply order shipping / tracking
    m = new(P('MedSupply Direct', 'shipping', 'medsupplydirect.example'), FRANK,
            'Shipped: Order #MS-2024-884172 (2 of 3 boxes)', D(3, 19, 14, 7))
    body(m, """Good news, Frank - part of your order is on its way.

Order #MS-2024-884172   Customer #C-220915   PO: RB-PO-24-0398

Shipped today:
  Nitrile exam gloves, M, 10 x 100         qty 20   UPS 1Z8A47W20391662214
  Bite blocks, adult 60Fr, latex-free      qty 4    UPS 1Z8A47W20391662214
  Specimen containers 40 mL w/ 10% NBF     qty 6    UPS 1Z8A47W20391662232

Backordered (est. ship 03/28):
  Cold snare 10 mm, single use             qty 2 bx

Delivery to: Riverbend Endoscopy Center, Receiving Dock B, 2200 Millrace Pkwy, Ashford PA 19388

Track your package any time in your MedSupply Direct account.
""")
    add('clean', 'lookalike', '', m)

    # 7 gym corporate membership
    m = new(P('IronPeak Fitness', 'members', 'ironpeakfit.example'), LUPE,
            'Lupe, your corporate wellness membership renews April 1', D(3, 20, 6, 15))
    alt(m, """Hi Lupe,

Thanks for being an IronPeak member through the Riverbend Endoscopy Center corporate wellness program!

Member #: 0048823
Home club: IronPeak Ashford (Route 30)
Plan: Corporate Flex - $19.99/month (employer pays 50%)
Renewal date: 04/01/2024

Your fitness assessment with a trainer is included each quarter - book it in the app. This month: new 6 AM spin and Saturday yoga classes, and the pool reopens 3/25 after resurfacing.

To cancel or freeze, visit the front desk or call (610) 555-0168 at least 10 days before renewal.

See you at the gym!
IronPeak Fitness""")
    add('clean', 'lookalike', '', m)


# ================================================================ clean-news
def clean_news():
    # 1 March newsletter
    m = new(P('Riverbend Endoscopy Center', 'news'), P('Riverbend Patients & Friends', 'newsletter-list'),
            'March is Colorectal Cancer Awareness Month \U0001F499 Screening starts at 45', D(3, 1, 8, 0),
            headers={'List-Unsubscribe': '<mailto:unsubscribe@%s>' % RB, 'Precedence': 'bulk'})
    t = """RIVERBEND NEWS - March 2024

March is Colorectal Cancer Awareness Month

Colorectal cancer is the second leading cause of cancer death in the US, and cases are rising in people under 50. That's why national guidelines now recommend that adults at average risk start screening at age 45.

Which test is right for you?
- Colonoscopy: every 10 years if normal. Polyps can be removed during the same exam.
- Stool-based tests (FIT yearly, or multitarget stool DNA every 3 years): done at home, but a positive result needs a follow-up colonoscopy.

Talk to your primary care provider about your family history; you may need to start earlier.

Wear blue on Friday, March 1! Our staff will be in blue all day and we'll post photos on our community page.

New this spring: evening appointments on Tuesdays, and a short video that walks you through bowel prep step by step.

Riverbend Endoscopy Center | 2200 Millrace Parkway, Ashford PA | (610) 555-0170
You are receiving this because you signed up for Riverbend News. Unsubscribe any time."""
    h = ('<html><body style="margin:0;background:#eef3f8"><table width="640" align="center" style="background:#fff;font-family:Georgia,serif">'
         '<tr><td style="background:#1d4e89;color:#fff;padding:18px;font-size:22px">Riverbend News &middot; March 2024</td></tr>'
         '<tr><td style="padding:18px;font-size:15px">' + t2h(t.split('\n', 2)[2]).split('<body>')[1].split('</body>')[0] +
         '</td></tr></table></body></html>')
    alt(m, t, h, cte='quoted-printable')
    add('clean', 'news', '', m)

    # 2 health education article
    m = new(P('Riverbend Endoscopy Center', 'news'), P('Riverbend Patients & Friends', 'newsletter-list'),
            'Ask the nurse: 7 tips for an easier bowel prep', D(4, 5, 8, 0), headers={'Precedence': 'bulk'})
    body(m, """Ask the Nurse: 7 tips for an easier bowel prep

Our pre-procedure nurses talk with hundreds of patients every month. Here is what they say makes the biggest difference:

1. Start low-fiber foods 2-3 days before: skip nuts, seeds, popcorn, raw vegetables and whole grains.
2. Chill the prep and drink it through a straw placed toward the back of your tongue.
3. Split the dose. Taking half the evening before and half early in the morning cleans better than drinking it all at once.
4. Keep drinking clear liquids - broth, apple juice, sports drinks (not red or purple) - so you don't get dehydrated.
5. Use barrier cream or flushable wipes early, not after you're sore.
6. If you feel nauseated, take a 30-minute break, then continue more slowly.
7. Your output should be clear or light yellow liquid. If it isn't by the time you leave home, call us.

If you take blood thinners, insulin or weekly injections for diabetes or weight loss, call our prep line at least a week ahead so we can give you instructions specific to you.

This article is for general education and is not a substitute for the instructions your care team gives you.

Riverbend Endoscopy Center
""", cte='quoted-printable')
    add('clean', 'news', '', m)

    # 3 research summary in aggregate
    m = new(OKAFOR, [ALLSTAFF, P('CVAA Clinicians', 'clinicians', CV)], 'Our 2023 quality numbers + Northgate SSL study accepted',
            D(2, 15, 12, 30))
    alt(m, """Dear colleagues,

I'm proud to share our 2023 quality summary, which will go on the website next week:

- 3,912 procedures (2,604 colonoscopies, 1,021 EGDs, 287 combined)
- Screening adenoma detection rate 39.2% (men 44.8%, women 33.9%); national benchmark 35%
- Cecal intubation 97.6%
- Adequate bowel prep 89.7% (up from 84% in 2022)
- Unplanned hospital transfers: 4 (0.10%)
- Patient likely-to-recommend: 94th percentile

Separately, Dr. Varga's group at Northgate and Dr. Raghunathan had their abstract on sessile serrated lesion detection accepted for Digestive Disease Week. In 1,180 screening colonoscopies performed with the new high-definition processors, the SSL detection rate rose from 7.1% to 10.4%. All data were de-identified and reported in aggregate.

Thank you all for the work behind these numbers.

Miriam Okafor-Hale, MD
Medical Director""")
    add('clean', 'news', '', m)

    # 4 volunteer spotlight
    m = new(P('Riverbend Endoscopy Center', 'news'), ALLSTAFF, 'Volunteer Spotlight: Bernice Coleman, 6 years of Thursday mornings',
            D(3, 27, 9, 0))
    h = """<html><body style="font-family:Georgia,serif;font-size:12pt;max-width:620px">
<h2 style="color:#1d4e89">Volunteer Spotlight: Bernice Coleman</h2>
<p>If you've walked through our lobby on a Thursday morning, you've been greeted by Bernice Coleman. A retired Ashford Elementary second-grade teacher, Bernice has volunteered at Riverbend every Thursday since 2018 &mdash; more than 1,100 hours.</p>
<p>She keeps the coffee station stocked for drivers and family members, walks visitors to the waiting area, and knits the lap blankets you see in recovery. (She estimates 240 blankets so far.)</p>
<p>&ldquo;People are nervous when they come in,&rdquo; Bernice says. &ldquo;A friendly face and a warm cup of coffee for whoever drove them goes a long way.&rdquo;</p>
<p>Bernice lives in Westfield with her husband, Harold, and their very spoiled beagle, Biscuit. Please join us for cake in the break room on Thursday, April 4 at 10am to celebrate her six years with us.</p>
<p>Interested in volunteering? Contact Joanne Rutledge at x2208.</p>
</body></html>"""
    html_only(m, h)
    add('clean', 'news', '', m)

    # 5 public announcement
    m = new(INFO, P('Riverbend Patients & Friends', 'newsletter-list'), 'Riverbend is opening in Westfield this June',
            D(4, 10, 10, 0), headers={'Precedence': 'bulk'})
    alt(m, """We're growing!

Riverbend Endoscopy Center will open a second location this June at 415 Commerce Drive, Westfield, in the Westfield Medical Arts building (next to the library).

- Two procedure rooms for colonoscopy and upper endoscopy
- Free parking right outside the door
- Open Monday-Friday, 7am-4pm
- Same physicians, same phone number: (610) 555-0170

Holiday hours: both locations will be closed Monday, May 27 (Memorial Day) and Thursday, July 4.

Ribbon cutting: Saturday, June 8 at 10am. Tours, refreshments, and our inflatable walk-through colon for kids and grown-ups. Everyone is welcome.

Riverbend Endoscopy Center""")
    add('clean', 'news', '', m)

    # 6 donor spotlight
    m = new(P('Ashford Community Health Foundation', 'giving', 'ashfordchf.example'), GARY,
            'Foundation News: Coldwater family gift funds free screening day', D(4, 12, 13, 20))
    alt(m, """Dear friends of the Foundation,

We are grateful to Richard and Amelia Coldwater of Ashford for their $75,000 gift to establish the Coldwater Screening Fund. The fund will cover colonoscopy screening for uninsured and underinsured adults in Chester Valley, in partnership with Riverbend Endoscopy Center and Lakeside Primary Care.

The first free screening day is planned for Saturday, September 14. Eligible residents can be referred by any community clinic; transportation and bowel prep supplies will be provided at no cost.

"We've lived in this valley for forty years," said Amelia Coldwater. "Making sure our neighbors can get screened is a simple way to give back."

Thank you to Dr. Miriam Okafor-Hale and the Riverbend team, and to the 32 volunteers who have already signed up.

With gratitude,
Patricia Lemmon
Executive Director, Ashford Community Health Foundation""")
    add('clean', 'news', '', m)


# ================================================================ clean-training
def clean_training():
    # 1 discharge instruction template with placeholders
    m = new(RENEE, CLINICAL, 'Updated discharge instruction template (colonoscopy) - please use from Monday',
            D(3, 8, 16, 0))
    t = """All,

The updated colonoscopy discharge template is below and in the EHR as "RB DC COLON v4". The merge fields fill automatically - please don't type over them.

----------------------------------------------------------------
RIVERBEND ENDOSCOPY CENTER - AFTER YOUR COLONOSCOPY

Patient: {{PATIENT_NAME}}        DOB: {{DOB}}        MRN: {{MRN}}
Procedure date: {{PROC_DATE}}    Physician: {{ATTENDING}}

Findings: {{FINDINGS_SUMMARY}}
Biopsies/polyps sent to lab: [ ] Yes  [ ] No
We will send your results by: [ ] portal  [ ] letter  within 7-10 days.

For the rest of today:
- Do not drive, operate machinery, sign legal documents, or drink alcohol for 24 hours.
- Some bloating and gas is normal. Walking helps.
- Resume your usual diet unless told otherwise: {{DIET_INSTRUCTIONS}}
- Blood thinner restart: {{ANTICOAG_RESTART}}

Call us right away at (610) 555-0170 (after hours: 610-555-0100) for:
- severe belly pain, a hard swollen belly, fever over 100.4 F
- more than a few tablespoons of blood from the rectum
- vomiting, or chest pain

Next colonoscopy: {{RECALL_INTERVAL}}
Driver/escort: {{ESCORT_NAME}}      RN signature: ______________
----------------------------------------------------------------

Changes from v3: added the anticoagulant restart field and the fever threshold.

Renee"""
    body(m, t)
    add('clean', 'training', '', m)

    # 2 quiz with fictitious sample patient
    m = new(RENEE, [MARITES, P('Jordan Pellegrino', 'jordan.pellegrino')], 'Pre-procedure call competency - practice case (fictitious)',
            D(4, 9, 12, 15))
    body_w(m, """Hi Marites and Jordan,

Here's the practice case for Thursday's competency check. This is a made-up patient for training only - not a real person and not in the EHR.

PRACTICE CASE (FICTITIOUS)
"Pat Sample", 67-year-old, colonoscopy scheduled in 6 days.
Medication list: apixaban 5 mg BID, metformin 1000 mg BID, insulin glargine 24 units at bedtime, semaglutide 1 mg weekly (injects Sundays), lisinopril 20 mg daily.
Driver: "friend, will confirm".

Questions:
1. Which medications need instructions, and what are they under our current protocol?
2. What do you need from the prescriber before holding the apixaban?
3. What do you tell the patient about the weekly injection and diet?
4. What is acceptable for the driver/escort, and what do you document?
5. The patient says they live alone and their only bathroom is upstairs. What do you suggest?

Bring written answers. We'll go through them together, then you'll each do two observed live calls with Keisha.

Renee
""")
    add('clean', 'training', '', m)

    # 3 policy document DOCX
    doc = docx([('h', 'RIVERBEND ENDOSCOPY CENTER / CEDAR VALLEY ANESTHESIA ASSOCIATES'),
                ('h', 'Policy CL-214: Procedural Sedation and Anesthesia Care - Patient Selection and Discharge'),
                'Effective: 04/01/2024   Supersedes: 06/15/2022   Approved: Medical Executive Committee',
                ('h', '1. Purpose'),
                'To define which patients are appropriate for sedation at the freestanding center and the criteria for safe discharge.',
                ('h', '2. Patient selection'),
                'Patients meeting any of the following are scheduled at the hospital endoscopy unit: BMI > 45 (exception review 45-50); '
                'ASA class IV or higher; documented difficult airway; untreated severe obstructive sleep apnea; home oxygen; '
                'severe valvular disease or EF < 30%.',
                ('h', '3. Pre-procedure'),
                'NPO: clear liquids until 2 hours before arrival. Patients on weekly GLP-1 receptor agonists follow a 24-hour clear liquid diet.',
                ('h', '4. Discharge criteria'),
                ('table', [['Criterion', 'Requirement'], ['Modified Aldrete score', '>= 9, or return to baseline'],
                           ['Vital signs', 'within 20% of baseline'], ['Pain / nausea', 'controlled'],
                           ['Escort', 'responsible adult present; rideshare/taxi alone not permitted']]),
                ('h', '5. References'),
                'ASA Practice Guidelines for Moderate Procedural Sedation and Analgesia (2018); ASGE Guideline on Sedation (2018).'])
    m = new(P('Joanne Rutledge', 'joanne.rutledge'), [ALLSTAFF, P('CVAA Clinicians', 'clinicians', CV)],
            'Policy CL-214 revised - read and attest by 3/29', D(3, 15, 9, 0))
    body(m, """Hello,

Policy CL-214 (Procedural Sedation - Patient Selection and Discharge) has been revised and is attached. Changes are in sections 2 and 3. All clinical staff and CVAA clinicians must read and attest in the learning system by Friday 3/29.

Joanne Rutledge
Compliance Coordinator
""")
    att_bin(m, doc, 'CL-214_Procedural_Sedation_rev2024.docx', *MIME_DOCX)
    add('clean', 'training', '', m)

    # 4 EHR tip sheet with test patient
    m = new(DEVON, [TASHA, ROZ, INES, P('Quang Vo', 'quang.vo')], 'Tip sheet: registering a patient with a name variant',
            D(4, 10, 15, 30))
    alt(m, """Hi scheduling and front desk,

After a couple of mail-merge problems this month, here's a short tip sheet for entering names that don't fit "First Last". Screenshots are from the TRAINING environment using our training patients - please practice there, not in production.

1. Legal name goes exactly as on the insurance card, including hyphens, accents and particles (de, van, Al-, Ó).
2. Use the "Preferred name" field for what the patient wants to be called.
3. Use "Name alias" for other spellings or order (for example, family name first). Every alias is searchable.
4. Before creating a new patient, search by DOB + phone, not just name, to avoid duplicates.

Practice exercise (training environment only):
  - Open training patient "TRAIN, ALIAS-ONE" (MRN T000114).
  - Add the preferred name "Alias" and an alias with family name first.
  - Print a test letter and check the address block.

We'll review it at the April 18 front-desk meeting.

Devon""")
    add('clean', 'training', '', m)

    # 5 scheduler phone script template
    m = new(ROZ, [TASHA, P('Quang Vo', 'quang.vo')], 'Scheduling script v3 - new patient colonoscopy calls',
            D(3, 4, 11, 10))
    body(m, """Team,

Updated call script below, use it starting today. Fill in the brackets from the referral.

---
"Good [morning/afternoon], this is [YOUR NAME] from Riverbend Endoscopy Center. May I speak with [PATIENT FIRST AND LAST NAME]?

[Verify two identifiers: full name and date of birth. Do not give any details until verified.]

We received a referral from [REFERRING PROVIDER] for a [PROCEDURE]. I'd like to get that scheduled for you. Do you have a few minutes?

[Offer the first 3 available dates with the requested physician, or first available with any physician.]

You'll need someone 18 or older to drive you home and stay with you - rideshare or taxi alone isn't allowed because of the sedation. Who will be driving you?

A nurse will call you about a week before to go over your prep and medicines. Your prep instructions will come by [mail/portal/text]. Is [PHONE ON FILE] the best number?"
---

If the patient asks about cost, transfer to Carla's team (x2272); don't quote coverage.

Roz
""")
    add('clean', 'training', '', m)

    # 6 privacy training quiz with clearly fictitious examples
    m = new(P('Joanne Rutledge', 'joanne.rutledge'), ALLSTAFF, 'Annual privacy refresher - 5-minute quiz',
            D(2, 20, 10, 0))
    alt(m, """Hello everyone,

The annual privacy and information security refresher is due by March 15. It's in the learning system, takes about 20 minutes, and ends with the quiz below. Try it now! Answers at the bottom.

All names and numbers in these questions are invented for training.

1. A scheduler wants to email a referring office a list of next week's patients. What's the right way to send it?
   a) Regular email, it's only names  b) Secure/encrypted email or the EHR referral portal  c) Text message

2. A caller says she is a patient's daughter and asks for her father's biopsy result. What do you check first?
   a) Nothing, family can always know  b) Whether the patient has listed her as someone we can share with  c) Her address

3. You get an email addressed to "Dr. Sample" at another practice by mistake. It mentions a fictional patient "John Q. Example". What do you do?
   a) Forward it to the right person  b) Reply to the sender, delete it, and tell Compliance  c) Ignore it

4. Which of these can go in an email subject line?
   a) A patient's full name  b) "Referral follow-up"  c) A DOB and procedure

5. True or false: it's fine to look up a neighbor's appointment if you're just checking she's OK.

Answers: 1-b, 2-b, 3-b, 4-b, 5-False.

Questions? Contact me at x2208.

Joanne Rutledge
Compliance Coordinator""")
    add('clean', 'training', '', m)


# ================================================================ main
EXPECTED = {('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8, ('phi', 'lists'): 7,
            ('phi', 'struct'): 7, ('phi', 'lang'): 8, ('clean', 'staff'): 7, ('clean', 'admin'): 7,
            ('clean', 'lookalike'): 7, ('clean', 'news'): 6, ('clean', 'training'): 6}

def main():
    for f in (phi_care, phi_names, phi_self, phi_ids, phi_lists, phi_struct, phi_lang,
              clean_staff, clean_admin, clean_lookalike, clean_news, clean_training):
        f()
    assert COUNTS == EXPECTED, COUNTS
    assert len(RECORDS) == 86
    assert sum(1 for r in RECORDS if r[1] == 'phi') == 53
    assert sum(1 for r in RECORDS if r[1] == 'clean') == 33
    os.makedirs(OUT, exist_ok=True)
    for fn, label, kind, patient, m in RECORDS:
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        for fn, label, kind, patient, m in RECORDS:
            w.writerow([fn, label, kind, patient])
    for (label, kind), n in COUNTS.items():
        print('%s-%s: %d' % (label, kind, n))
    print('total: %d' % len(RECORDS))

if __name__ == '__main__':
    main()
