#!/usr/bin/env python3
"""Build a set of .eml messages for a rural critical-access hospital and its
attached nursing home, plus labels.csv.  Standard library only, deterministic."""
import sys, os, io, csv, json, random, zipfile, zlib, datetime
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11902
random.seed(SEED)

# bodies are built with a long line limit so plain ASCII mail stays 7bit; output is folded with SMTP policy
BUILD = policy.default.clone(max_line_length=998)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- domains
HOSP = 'caldersprings-hospital.example'      # Calder Springs Community Hospital + Calder Springs Manor
STB = 'stbrennan-health.example'             # St. Brennan Regional Medical Center (city)
AIR = 'prairiewings-air.example'             # Prairie Wings Air Medical
DRUG = 'hollisdrug.example'                  # Hollis Drug (local pharmacy)
VFD = 'calderspringsfire.example'            # Calder Springs Volunteer Fire & Ambulance
CPH = 'tamarackcounty-ph.example'            # Tamarack County Public Health
PAYER = 'heartlandmutual.example'            # Heartland Mutual Health Plan
EHRV = 'meridianehr.example'                 # EHR vendor
CLR = 'claimbridge.example'                  # clearinghouse
HOME1 = 'prairienet.example'
HOME2 = 'hometel.example'
HOME3 = 'mailbox.example'


def A(name, user, dom=HOSP):
    """Display-name address; quote names that need it."""
    if any(c in name for c in ',.()@:;"'):
        name = '"%s"' % name.replace('"', '')
    return '%s <%s@%s>' % (name, user, dom)


# hospital / manor staff
OKAFOR = A('Renata Okafor-Hale, MD', 'rokaforhale')
BIRCH = A('Samuel Birchfield', 'sbirchfield')
MARSH = A('Jolene Marsh PA-C', 'jmarsh')
VANG = A('Curtis Vang', 'cvang')
KESSLER = A('Kessler, Tammy', 'tkessler')
LINDQ = A('Marguerite Lindqvist', 'mlindqvist')
OYLER = A('Brandy Oyler', 'boyler')
BAUER = A('Kendra Bauer RN', 'kbauer')
FENSKE = A('Lois Fenske', 'lfenske')
HEUER = A('Travis Heuer', 'theuer')
ALBRECHT = A('Gwen Albrecht', 'galbrecht')
SKAGGS = A('Rhonda Skaggs', 'rskaggs')
DOBBS = A('Cheri Dobbs', 'cdobbs')
TENNESON = A('Mark Tenneson', 'mtenneson')
ROEMER = A('Faye Roemer', 'froemer')
JANSEN = A('Hollie Jansen', 'hjansen')
QUINTERO = A('Ramon Quintero', 'rquintero')
LUNDGREN = A('Bryce Lundgren', 'blundgren')
HRDEPT = A('CSCH Human Resources', 'hr')
ITDESK = A('CSCH IT Help Desk', 'helpdesk')
ALLSTAFF = A('All Staff', 'allstaff')
MANORNURSES = A('Manor Nursing', 'manor.nursing')
EDNURSES = A('ED Nursing', 'ednursing')
BUSOFF = A('Business Office', 'businessoffice')
# outside
HOLLIS = A('Pete Hollis, RPh', 'pete', DRUG)
HOLLISRX = A('Hollis Drug Pharmacy', 'rx', DRUG)
PRUITT = A('Dale Pruitt', 'chief', VFD)
STRAND = A('Annika Strand, RN', 'astrand', CPH)
CPHINFO = A('Tamarack County Public Health', 'info', CPH)
STBDC = A('Carla Nyquist, RN CM', 'cnyquist', STB)
STBHIM = A('St. Brennan HIM - Release of Information', 'roi', STB)
FLIGHT = A('Prairie Wings Comm Center', 'comm', AIR)


# ---------------------------------------------------------------- dates / ids
def when(day=None, hour=None):
    d = day if day is not None else random.randint(0, 80)
    base = datetime.datetime(2024, 9, 23)
    t = base + datetime.timedelta(days=d,
                                  hours=(hour if hour is not None else random.randint(6, 21)),
                                  minutes=random.randint(0, 59), seconds=random.randint(0, 59))
    off = -5 if t < datetime.datetime(2024, 11, 3, 2) else -6
    return t.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def msgid(dom):
    return '<%s.%s@%s>' % (''.join(random.choice('0123456789ABCDEF') for _ in range(16)),
                           ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8)),
                           dom)


def dom_of(addr):
    return addr.rsplit('@', 1)[1].rstrip('>').strip()


MAILERS = [
    'Microsoft Outlook 16.0',
    'Apple Mail (2.3774.500.171.1.1)',
    'iPhone Mail (21G93)',
    'Mozilla Thunderbird 115.15.0',
    None, None,
]


def mk(frm, to, subject, text=None, html=None, cc=None, date=None, charset='utf-8', cte=None,
       html_cte=None, extra=None, mailer='random'):
    m = EmailMessage(policy=BUILD)
    m['From'] = frm
    m['To'] = to if isinstance(to, str) else ', '.join(to)
    if cc:
        m['Cc'] = cc if isinstance(cc, str) else ', '.join(cc)
    m['Subject'] = subject
    dt = date or FORCED_DATE[0] or when()
    m['Date'] = format_datetime(dt)
    m['Message-ID'] = msgid(dom_of(frm))
    if mailer == 'random':
        mailer = random.choice(MAILERS)
    if mailer:
        m['X-Mailer'] = mailer
        if cte is None and mailer.startswith('Microsoft Outlook'):
            cte = 'quoted-printable'     # Outlook sends its plain text part quoted-printable
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=charset, cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype='html', charset=charset, cte=cte)
    return m


def attach(m, data, filename, mime, charset='utf-8', cte=None):
    maintype, subtype = mime.split('/')
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename, charset=charset, cte=cte)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_msg(m, inner):
    """Attach an EmailMessage as message/rfc822 (a forward as attachment)."""
    m.add_attachment(inner)
    return m


def quote(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


def outlook_hdr(frm, sent, to, subject, cc=None):
    s = 'From: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    s += 'Subject: %s\n' % subject
    return s


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def html_wrap(body, font='Calibri, sans-serif'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>\n' % (font, body))


def html_table(rows, border=1):
    out = ['<table border="%d" cellpadding="3" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows, sep='  '):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            lines.append(sep.join('-' * w[i] for i in range(len(w))))
    return '\n'.join(lines)


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
    csv.writer(b, lineterminator='\r\n').writerows(rows)
    return b.getvalue()


# ---------------------------------------------------------------- signatures / footers
def sig(name, title, org='Calder Springs Community Hospital', phone='(555) 555-0100', ext=None, extra=''):
    p = phone + (' ext. %s' % ext if ext else '')
    s = '\n\n%s\n%s\n%s\n%s' % (name, title, org, p)
    if extra:
        s += '\n' + extra
    return s


FOOTER = ('\n\n--\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the '
          'intended recipient(s) and may contain confidential and privileged information. Any '
          'unauthorized review, use, disclosure or distribution is prohibited. If you are not the '
          'intended recipient, please contact the sender by reply e-mail and destroy all copies of '
          'the original message.\nCalder Springs Community Hospital | Calder Springs Manor | '
          '400 N. Elm Street, Calder Springs')

STB_FOOTER = ('\n\n________________________________\nThis message is intended only for the use of the '
              'individual or entity to which it is addressed and may contain information that is '
              'privileged and confidential under applicable law. St. Brennan Regional Medical Center.')


# ---------------------------------------------------------------- attachment builders
ZDT = (2024, 11, 4, 9, 30, 0)


def _zw(z, name, data):
    zi = zipfile.ZipInfo(name, date_time=ZDT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data)


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in files:
            _zw(z, name, data)
    return b.getvalue()


def _x(s):
    return (str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1'):
    sd = []
    for ri, r in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(r):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                      ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', ws)])


def docx(paras, table=None, table_after=None):
    """paras: list of str (a str starting with '# ' becomes bold heading).  table: list of rows."""
    def p(t):
        if t.startswith('# '):
            return ('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % _x(t[2:]))
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(t)

    def tbl(rows):
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
               '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
               '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>']
        for r in rows:
            out.append('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                          % _x(c) for c in r) + '</w:tr>')
        out.append('</w:tbl>')
        return ''.join(out)

    body = []
    n_before = len(paras) if table_after is None else table_after
    for t in paras[:n_before]:
        body.append(p(t))
    if table:
        body.append(tbl(table))
    for t in paras[n_before:]:
        body.append(p(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>'
           % ''.join(body))
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


def _pesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Document', font_size=10, per_page=56):
    """Hand-built PDF, Helvetica, FlateDecode content streams, one or more pages."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # object numbering: 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = []
    nxt = 5
    page_objs = []
    for pl in pages:
        kids.append(nxt)
        page_objs.append((nxt, nxt + 1, pl))
        nxt += 2
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Calder Springs Reports 3.2) /CreationDate (D:20241104093000-06\'00\') >>'
               % _pesc(title)).encode('latin-1')
    for pobj, cobj, pl in page_objs:
        content = ['BT', '/F1 %d Tf' % font_size, '%d TL' % (font_size + 3), '50 750 Td']
        for ln in pl:
            content.append('(%s) Tj T*' % _pesc(ln))
        content.append('ET')
        raw = zlib.compress('\n'.join(content).encode('cp1252', 'replace'))
        objs[pobj] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                      '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cobj).encode()
        objs[cobj] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw)) + raw + b'\nendstream'
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    n = max(objs) + 1
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % n)
    for i in range(1, n):
        out.write(b'%010d 00000 n \n' % offs[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref))
    return out.getvalue()


def isa(sender, receiver, ctrl, date='241104', time='0930', usage='P'):
    """X12 ISA segment, fixed width (106 chars incl. terminator)."""
    return ('ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%09d*0*%s*:~'
            % (sender, receiver, date, time, ctrl, usage))


# ---------------------------------------------------------------- registry
FORCED_DATE = [None]

# (day offset from 2024-09-23, hour) for messages whose text pins down when they were sent
DAY = {
    'names_2': (15, 13), 'names_4': (16, None), 'names_7': (34, 7), 'self_5': (17, 18), 'self_2': (30, None),
    'ids_2': (31, None), 'ids_3': (42, None), 'ids_4': (19, 10), 'ids_7': (44, 15), 'ids_8': (45, None),
    'lists_1': (23, 7), 'lists_2': (21, None), 'lists_3': (38, None), 'lists_4': (45, None),
    'lists_5': (53, 16), 'lists_6': (35, None), 'lists_7': (43, None),
    'struct_1': (35, 16), 'struct_2': (37, 6), 'struct_3': (42, 11), 'struct_4': (28, 12),
    'struct_5': (31, None), 'struct_6': (16, 13), 'struct_7': (49, 6), 'lang_6': (42, 19),
    'staff_1': (60, None), 'staff_2': (51, None), 'staff_3': (40, None), 'staff_4': (39, None),
    'staff_5': (35, None), 'staff_6': (50, None), 'staff_7': (55, None),
    'admin_1': (50, None), 'admin_2': (39, None), 'admin_3': (49, None), 'admin_4': (39, None),
    'admin_5': (32, None), 'admin_6': (49, None), 'admin_7': (45, None),
    'look_1': (40, None), 'look_2': (20, None), 'look_3': (55, None), 'look_4': (22, None),
    'look_5': (35, 14), 'look_6': (50, 14), 'look_7': (49, None),
    'news_1': (38, None), 'news_2': (14, None), 'news_3': (44, None), 'news_5': (58, None),
    'news_6': (46, None), 'train_1': (60, None), 'train_3': (58, None), 'train_4': (45, None),
    'train_6': (54, None),
}

MESSAGES = []   # (label, kind, patient_name, builder)


def reg(label, kind, patient=''):
    def deco(fn):
        MESSAGES.append((label, kind, patient, fn))
        return fn
    return deco


# =====================================================================
# PHI: care
# =====================================================================
@reg('phi', 'care', 'Harold Vesely')
def care_1():
    body = """Hi all,

Harold Vesely is coming back to us from St. Brennan this afternoon on the 3:30 Tamarack ambulance
transfer, going into swing bed room 7 (skilled). Carla from their case management called me at noon.

What I know so far:
- PT/OT eval tomorrow a.m., then BID therapy per Dr. Birchfield
- INR draw Thursday morning, Ramon knows
- Foley came out at St. B yesterday, first void needs to be documented
- He's a 2 assist with the gait belt for now
- Wife Lorraine will be here most afternoons, she drives in from Hatley

Admit orders should be in Meridian by 2. If they aren't, page Dr. B, not the ED doc.

Thanks!
Hollie"""
    return mk(JANSEN, [MANORNURSES, A('Amber Seitz', 'aseitz'), A('Kyle Fruechte, PT', 'kfruechte')],
              'Swing bed admit this afternoon - rm 7', body + sig('Hollie Jansen, RN', 'Swing Bed Coordinator', ext=214) + FOOTER)


@reg('phi', 'care', 'Dwayne Ostrander')
def care_2():
    d0 = when(21, 9)
    orig = """Dale,

Wanted to get the Saturday night flight on paper while it's fresh. Timeline from the ED side:

2241  First page to Prairie Wings (our RN called comm center)
2244  Prairie Wings accepts, ETA 35 min from Marlow City base
2256  Page to VFD for LZ setup at the north pad
2312  Aircraft on approach, pad lights still only half up
2318  Aircraft on the ground (circled once waiting on the lights)
2331  Patient loaded, wheels up 2336

So about a 6 minute hit waiting on the pad lights. The crew were gracious about it but I'd
like to know if it's the timer again or a breaker.

Tammy"""
    reply1 = """Tammy - It's the photocell on the east pole. Same as August. Jeff is going to replace the
whole controller this week, county is paying. Till then whoever sets up the LZ will flip the
manual override in the gray box by the shed. I'll put a laminated card in there.

Dale Pruitt
Chief, Calder Springs Volunteer Fire & Ambulance"""
    reply2 = """Thanks Dale. Adding Dr. Birchfield since he asked for the debrief for the quality meeting.

Dr. B - for your notes, the patient was Dwayne Ostrander (58, from out by the grain elevator).
St. Brennan took him straight to the cath lab from the roof, door-to-balloon on their end was
good per the flight nurse. Our door-to-transfer was 1h 47m, which includes the 6 min on the pad.
Lytics were not given, the St. B cardiologist on the phone said fly him.

Tammy"""
    body = """Thanks both. I'll put the LZ lighting on the EMS/ED interface agenda for the 24th. Tammy,
can you pull the transfer checklist for that night so we have the real timestamps? I'd rather
not present from memory.

Sam

""" + quote(reply2 + '\n\n' + outlook_hdr(PRUITT, 'Monday, October 14, 2024 7:02 AM', KESSLER,
                                         'RE: LZ lights Saturday') + '\n' + reply1 + '\n\n' +
            outlook_hdr(KESSLER, 'Sunday, October 13, 2024 1:15 AM', PRUITT, 'LZ lights Saturday') + '\n' + orig)
    return mk(BIRCH, [KESSLER, PRUITT], 'RE: LZ lights Saturday', body + FOOTER, date=d0,
              extra={'Thread-Topic': 'LZ lights Saturday', 'In-Reply-To': msgid(HOSP)},
              mailer='Microsoft Outlook 16.0')


@reg('phi', 'care', 'Ardith Klempel')
def care_3():
    h = html_wrap("""<p>Good morning Marguerite,</p>
<p>Just so the Manor nurses are not surprised on Tuesday's delivery &mdash; we received a new order from
Dr. Okafor-Hale yesterday for <b>Ardith Klempel</b> (rm 118):</p>
<ul>
<li>STOP metoprolol tartrate 25 mg PO BID</li>
<li>START metoprolol succinate ER 50 mg PO once daily (AM)</li>
<li>Hold parameters unchanged: hold for SBP &lt; 100 or HR &lt; 55</li>
</ul>
<p>The old BID cards are being pulled on the Tuesday run and the new blister card goes in the same slot.
Please have the nurse on cart 2 cross it off the MAR once it's swapped, and send the remaining tartrate
back with our driver for destruction.</p>
<p>She also had her furosemide moved to 8 AM last week, so morning med pass looks busier than it is.</p>
<p>Thanks,<br>Pete</p>
<p style="color:#555;font-size:9pt">Pete Hollis, RPh<br>Hollis Drug &middot; 112 Main St, Calder Springs<br>
Phone (555) 555-0162 &middot; Fax (555) 555-0163</p>""", font='Arial, sans-serif')
    return mk(HOLLIS, LINDQ, 'Klempel med change - Tuesday delivery', html=h, cc=A('Manor Med Cart', 'manor.medcart'))


@reg('phi', 'care', 'Bev Hagglund')
def care_4():
    body = """Brandy - FYI we took Bev Hagglund home from your ER again last night about 0200, 3rd time
this month we've been out there. Lift assist off the bathroom floor then the ER visit, nothing
broken they said. House was cold, furnace wasn't running. Son is in Denver.
Might be worth a call from your social services side before winter really hits.

Dale

Sent from my iPhone"""
    return mk(PRUITT, OYLER, 'Hagglund', body, mailer='iPhone Mail (21G93)')


@reg('phi', 'care', 'Lyle Tschetter')
def care_5():
    txt = """Manor staff,

It is with sadness that I let you know Lyle Tschetter passed away peacefully early this morning
in room 112, with his daughters Joanne and Ruth at his side. Tamarack Valley Hospice was with the
family through the night.

Mehlhaff & Sons will be here at 10:00 to take him. Please use the east hallway and the side door,
and we will do the quilt walk at 9:50 for anyone who is able to join.

Lyle lived with us for almost four years and many of you knew him well from the woodshop and his
Tuesday coffee group. The family asked that we thank the night shift by name: Sharee, Nhia and
Ofelia.

Please remember we do not post about residents on social media, even kindly.

Marguerite Lindqvist, RN
Director of Nursing, Calder Springs Manor"""
    html = html_wrap("""<p>Manor staff,</p>
<p>It is with sadness that I let you know <b>Lyle Tschetter</b> passed away peacefully early this morning
in room 112, with his daughters Joanne and Ruth at his side. Tamarack Valley Hospice was with the family
through the night.</p>
<p>Mehlhaff &amp; Sons will be here at <b>10:00</b> to take him. Please use the east hallway and the side
door, and we will do the quilt walk at 9:50 for anyone who is able to join.</p>
<p>Lyle lived with us for almost four years and many of you knew him well from the woodshop and his Tuesday
coffee group. The family asked that we thank the night shift by name: Sharee, Nhia and Ofelia.</p>
<p><i>Please remember we do not post about residents on social media, even kindly.</i></p>
<p>Marguerite Lindqvist, RN<br>Director of Nursing, Calder Springs Manor</p>""")
    return mk(LINDQ, A('Manor All Staff', 'manor.allstaff'), 'Mr. Tschetter', txt, html=html,
              cte='quoted-printable')


@reg('phi', 'care', 'June Kowalczyk')
def care_6():
    body = """Jolene,

June Kowalczyk didn’t show for her 8:15 fasting draw again this morning (2nd time). Her A1c
from August was 9.4 and Dr. Birchfield wanted it redone plus a lipid panel and microalbumin
before her visit with you on the 30th. Front desk called the number on file and got the
voicemail for Kowalczyk Seed & Feed, so it may be her husband's shop number.

Do you want me to keep the standing order open or just draw everything when she comes in for the
visit? She'd have to be fasting either way.

Ramon

Ramon Quintero, MLS(ASCP)
Laboratory, Calder Springs Community Hospital
(555) 555-0100 x231"""
    return mk(QUINTERO, MARSH, 'no show this am', body, cte='quoted-printable')


@reg('phi', 'care', 'Wanda Pfannenstiel')
def care_7():
    inner = mk(STBDC, [JANSEN], 'Referral - Pfannenstiel, Wanda - swing bed',
               """Hi Hollie,

Sending a swing bed referral for Wanda Pfannenstiel, 74, from Calder Springs. She is POD 3
after a left total knee with Dr. Haskins and would like to do her rehab closer to home. Her
husband doesn't drive at night so Marlow City has been hard on them.

- WBAT LLE, ROM goal 0-90 before discharge home
- Enoxaparin 40 mg subcut daily x 14 days post-op (started 10/20)
- Staples out POD 14, can be done at your place
- Oxycodone 5 mg q4h PRN, using about 2 doses/day, Tylenol scheduled
- Walking 60 ft with FWW and CGA this morning
- Lives in a one-level home, 3 steps to enter with rail

Medicare A primary, Heartland Mutual supplement. Medically ready Monday 10/28. H&P, op note and
therapy notes are in the HIE, and I'll fax the med rec once the hospitalist signs.

Carla Nyquist, RN, CCM
Case Management, St. Brennan Regional Medical Center
(555) 555-0177""" + STB_FOOTER, date=when(29, 10), mailer='Microsoft Outlook 16.0')
    outer = mk(JANSEN, [BIRCH, A('Kyle Fruechte, PT', 'kfruechte')], 'FW: Referral - Pfannenstiel, Wanda - swing bed',
               """Dr. B / Kyle - see attached referral from St. B. I have bed 5 open Monday. OK to accept?
Kyle, she'll need a walker fitting day 1.

Hollie""" + FOOTER, date=when(29, 14))
    attach_msg(outer, inner)
    return outer


@reg('phi', 'care', 'Dennis Ruud')
def care_8():
    body = """Hi Kendra,

Quick update on Dennis Ruud so your lab folks are ready:

- I'm continuing his directly observed therapy visits M-F at his place (the farm on 240th St,
  past the Lutheran church). Weekend doses are self-administered with the pill calendar his
  sister checks.
- He is through week 6 of 26. No missed doses since the first week. Color of urine is orange as
  expected and he's been told that's normal.
- Monthly sputum specimens are due next Tuesday. I'll collect early a.m. and bring them in by 10.
  Can your lab package them for the state lab courier same day like last time?
- Baseline LFTs were fine; the repeat draw is due with the sputums. Order is from Dr. Okafor-Hale.

He asked again whether he can go back to helping at the sale barn. I told him not until the
state program clears him.

Annika

Annika Strand, RN, PHN
Tamarack County Public Health
(555) 555-0188"""
    return mk(STRAND, BAUER, 'Ruud - DOT visits / specimens next Tues', body, cte='base64')

# =====================================================================
# PHI: names
# =====================================================================
@reg('phi', 'names', 'Nguyễn Văn Thành')
def names_1():
    body = """Family is here (son and daughter-in-law). They asked for an interpreter for the 2 pm talk with
Dr. Okafor-Hale - please call the language line ahead of time, Vietnamese, and book the iPad
cart, not the phone. Son is OK interpreting small stuff but not for this.

Tammy"""
    return mk(KESSLER, [OKAFOR, EDNURSES], 'Nguyễn Văn Thành - rm 4 - interpreter 2pm', body,
              mailer='Microsoft Outlook 16.0')


@reg('phi', 'names', 'Obi-Eze, Chukwuemeka')
def names_2():
    prev = """Can someone call Mrs. Obi-Eze back? She says she never got the discharge instructions from
Friday and wants them emailed, but she's not on the release. 555-0139.

Lois"""
    body = """Lois, I called her. Mr. Obi-Eze is fine with her having them, he's going to sign the
authorization when he comes in Thursday for his wound check with Curtis. Until then I gave her
the general stuff only, no paperwork out the door. Once he signs, can HIM mail the packet to the
address on the account (the Hatley P.O. box, not the farm)?

Rhonda

-----Original Message-----
From: Lois Fenske
Sent: Tuesday, October 8, 2024 10:12 AM
To: Business Office
Subject: Obi-Eze, Chukwuemeka

""" + prev
    return mk(SKAGGS, FENSKE, 'RE: Obi-Eze, Chukwuemeka', body + FOOTER, cc=VANG)


@reg('phi', 'names', 'Priya Raghunathan')
def names_3():
    body = """Jolene and Curtis,

Follow-up call list from the weekend ED patients, the ones that need a provider and not just
a nurse callback:

1) Mrs. Priya Raghunathan - seen Saturday, daughter Anjali wants to know whether Priya's
   Monday dialysis chair at Marlow City should be kept or moved. Priya's nephrologist is
   Dr. Feld at St. B. I told Anjali someone would call by noon.

2) Maureen O'Rourke-Dahl - wants to talk about the splint, says it's rubbing. Maureen can
   come in today at 3 if needed.

3) The Bechtold boy's mom (Tyler, age 9) - just wants a school note, nurse can handle, but
   the note needs a provider signature.

Thanks,
Tammy"""
    return mk(KESSLER, [MARSH, VANG], 'weekend ED callbacks', body)


@reg('phi', 'names', 'José María de la Cruz Barragán')
def names_4():
    body = """Hi Brandy,

Care conference for José María de la Cruz Barragán is set for Thursday 10/17 at 1:30 in the
small conference room by the chapel. Mr. de la Cruz's daughter Guadalupe and son-in-law will
come from Fairview. Guadalupe asked for a Spanish interpreter even though she is fluent, since
her mom (Mrs. Barragán) is coming too and will have questions.

Agenda from our side: therapy progress (Kyle), skin (Amber), his weight trend, and whether the
swing bed stay ends at day 20 or whether the family wants to look at long-term placement here
at the Manor. Mr. de la Cruz himself has said clearly he wants to go home to his trailer.

I reserved the interpreter through CommLink. Can you come?

Faye"""
    return mk(ROEMER, OYLER, 'Care conf Thurs - de la Cruz Barragán', body,
              cc=[JANSEN, A('Amber Seitz', 'aseitz')], cte='quoted-printable')


@reg('phi', 'names', 'AL-HADDAD, YUSUF')
def names_5():
    h = html_wrap("""<div>Dr. Okafor-Hale,</div>
<div><br></div>
<div>The overread on <b>AL-HADDAD, YUSUF</b> came back from Plains Teleradiology at 16:40. They called
it in but I wanted you to have it in writing too because the patient already left:</div>
<div><br></div>
<div style="margin-left:20px;font-family:Courier New,monospace">IMPRESSION: 1. Nondisplaced fracture,
distal fifth metatarsal, not seen on the preliminary read. 2. No dislocation.</div>
<div><br></div>
<div>Yusuf was discharged at 15:05 with an ACE wrap and crutches. His cell in Meridian goes to his
brother Kareem, who translated today. Do you want me to call them back in for a boot, or will you?</div>
<div><br></div>
<div>Bryce</div>
<div style="color:#888">Bryce Lundgren, RT(R)(CT) &middot; Imaging &middot; x240</div>""")
    return mk(LUNDGREN, OKAFOR, 'missed read - Al-Haddad', html=h)


@reg('phi', 'names', 'Zofia Wiśniewska-Kral')
def names_6():
    body = """Marguerite,

Pani Zofia Wiśniewska-Kral's granddaughter (Ewa Kral) stopped by the front desk this afternoon.
Zofia has been refusing her evening meds for about a week, mostly the 8 pm ones, and Ewa thinks
it's because the night nurse speaks too fast. Ewa offered to come at 7:30 a few nights to help.

I told her we'd put Mrs. W-K on the agenda for the Wednesday care plan meeting. Could you also ask
the pharmacist whether any of the evening meds can move to suppertime?

Cheri Dobbs
Activities Director, Calder Springs Manor"""
    return mk(DOBBS, LINDQ, 'Zofia W-K evening meds', body, charset='iso-8859-2', cte='quoted-printable')


@reg('phi', 'names', 'Oluwaseun Adeyemi')
def names_7():
    body = """Night report, ED, 10/26 -> 10/27

Bed 1: empty, cleaned.
Bed 2: Oluwaseun Adeyemi, 31, still waiting on the flight. Prairie Wings was weathered out at
       0100, we're now trying ground with Tamarack ambulance plus our RN. Mr. Adeyemi's wife is in
       the family room with the baby. St. B ICU accepted, Dr. Reinholt.
Bed 3: Srinivasan Venkataraman (the engineer at the wind farm), going home after the second set
       of labs if they're flat. Mr. Venkataraman wants a work note.
Hall:  nobody.

Census at the Manor unaffected. Swing beds quiet.

- Nhia"""
    return mk(A('Nhia Lor RN', 'nlor'), [KESSLER, OKAFOR], 'ED night report', body, mailer=None)


@reg('phi', 'names', 'Case van den Heuvel')
def names_8():
    body = """Dr. O,

Re: Case van den Heuvel (Cornelis, 2nd floor, room 204). His son Pieter asked me at church
Sunday whether his dad's new eye drops are the reason he's been so sleepy after lunch. I said I'd
pass it on and that a nurse or you would call him. C. van den Heuvel's son is the POA, his
number is in the chart.

Also Case's hearing aids went to Hollis Drug for cleaning on Friday and came back with only the
left one. Cheri is chasing that down.

Thanks,
Marguerite"""
    return mk(LINDQ, OKAFOR, "Case's son called", body + FOOTER)

# =====================================================================
# PHI: self
# =====================================================================
@reg('phi', 'self', 'Darlene Voegele')
def self_1():
    body = """Hello,

This is Darlene Voegele, date of birth 3/14/1961. I was in the emergency room Sunday night for my
back and the doctor said to follow up with Dr. Birchfield in one week and keep taking the muscle
relaxer. I have tried calling the clinic 3 times and it goes to the voicemail that is full.

I can do any day but Wednesday because I drive the school bus. I am almost out of the pills too,
they only gave me 10.

Please call me at (555) 555-0121 or email back.

Thank you
Darlene"""
    return mk(A('Darlene Voegele', 'dvoegele61', HOME1), A('Clinic', 'clinic'), 'follow up appt',
              body, mailer=None)


@reg('phi', 'self', 'Kayla Brockhoff')
def self_2():
    body = """Hi Marguerite,

I wanted to let you know ahead of the schedule being made: I'm having my gallbladder taken out
on Nov 14 at St. Brennan (Dr. Pauley). They said laparoscopic, home same day if all goes OK, and
no lifting over 10 lbs for 2 weeks, so I can't do floor for at least that long. I'll bring the
paperwork from their office for HR. I'd rather not have this talked about on the floor, I'm
just telling you and Jen.

I could do med aide shifts the second week if that helps, my doc said that would be ok.

Thanks,
Kayla

Sent from Yahoo Mail for iPhone"""
    return mk(A('Kayla Brockhoff', 'kbrockhoff'), LINDQ, 'time off in Nov', body, mailer=None)


@reg('phi', 'self', 'Gary Lindahl')
def self_3():
    body = """Chief -
Tested positive for covid this morning on a home test, second line was faint but it's there.
Fever last night 101.4 and feel like I got hit by a truck. I'm off the Thursday night crew and
probably Saturday too. Sorry for the late notice. Marv said he can cover Thursday.
Gary"""
    return mk(A('Gary Lindahl', 'glindahl', HOME2), PRUITT, 'off thurs', body, mailer='iPhone Mail (21G93)')


@reg('phi', 'self', 'Megan Schoenfelder')
def self_4():
    h = html_wrap("""<div dir="ltr">Hi,<br><br>I'm starting a new job at Calder Springs Manor as a CNA next month.
I had my TB skin test placed there Monday and read on Wednesday and it was 12 mm. The nurse said I have
to get a chest x-ray and then talk to county public health about treatment before I can start on the floor.<br><br>
I've never been sick with anything like that and I feel fine. I got the BCG shot as a baby when we lived in
Manila if that matters. Do I need to make an appointment or can I just come in? And does the county cover
the x-ray, I don't have insurance until my job starts.<br><br>Thank you,<br>Megan Schoenfelder<br>
(555) 555-0154</div>""", font='Arial, Helvetica, sans-serif')
    return mk(A('Megan Schoenfelder', 'meg.schoenfelder', HOME3), CPHINFO, 'TB test question', html=h,
              mailer=None)


@reg('phi', 'self', 'Ronald Kueker')
def self_5():
    first = """To whom it may concern,

I got a statement for my ER visit on 9/22 (account 40018823) for $1,146.00. I had 4 stitches in
my left hand from a gate latch, the doctor was the lady doctor, I was there maybe 40 minutes.
My insurance paid part and it says the rest is me. The x-ray line is $312, but I was told at the
time they didn't need an x-ray and I didn't get one.

Can someone look at this before I pay it.

Ronald Kueker
Box 41, Calder Springs"""
    reply = """Mr. Kueker,

Thank you for writing. You are right, the hand x-ray was ordered and then cancelled by the
provider before it was done, and the charge should have dropped off. I have removed it and sent a
corrected claim to Heartland Mutual. You will get a new statement in about 3 weeks. Please do not
pay the current one.

Your stitches removal visit on 10/1 is billed separately as a nurse visit ($48).

Rhonda Skaggs
Patient Financial Services, Calder Springs Community Hospital
(555) 555-0100 ext. 205"""
    inner = reply + '\n\nOn Wed, Oct 9, 2024 at 7:55 AM Ronald Kueker <rkueker@%s> wrote:\n%s' % (HOME1, quote(first))
    body = """Thank you Rhonda. I'll watch for it.
Ron

On Thu, Oct 10, 2024 at 2:14 PM Rhonda Skaggs <rskaggs@%s> wrote:
%s""" % (HOSP, quote(inner))
    return mk(A('Ronald Kueker', 'rkueker', HOME1), SKAGGS, 'Re: ER bill question', body, mailer=None)


@reg('phi', 'self', 'Ruth Engebretson')
def self_6():
    body = """Dear Cheri,

I hope this doesn't sound like complaining. Since Dr. O started me on the new water pill I have
to run to the bathroom all through Thursday bingo and I miss half the numbers. Could somebody
ask the nurse if I can take it at supper instead of at noon? I asked Shawna but she said it
has to come from the doctor.

Also my daughter says I can use this iPad to email so here I am.

Ruth (room 108)
Ruth Engebretson"""
    return mk(A('Ruth Engebretson', 'ruthengeb', HOME2), DOBBS, 'bingo', body,
              mailer='iPad Mail (21G93)')


@reg('phi', 'self', 'Arlo Fetterly')
def self_7():
    body = """Pete,
Can you refill my insulin, the NovoLog pens. Down to about half a pen. Jolene's office said they
sent a new script Tuesday for the higher dose, 12 units with meals now instead of 10, so I'll run out
sooner. I'll pick up Saturday morning if it's ready. Put it on my account.
Also need more of the pen needles (the 4mm).

Arlo Fetterly
DOB 07-02-1958"""
    return mk(A('Arlo Fetterly', 'afetterly', HOME3), HOLLISRX, 'refill', body, mailer=None)


# =====================================================================
# PHI: ids
# =====================================================================
@reg('phi', 'ids', 'Gerald Moen')
def ids_1():
    body = """Hello Provider Relations,

We are requesting reconsideration of the denial below. The ED visit was billed as Level 4 and the
attached record supports it (two diagnostic tests and IV hydration).

Patient:            Gerald Moen
Member ID:          HMH884220917-01
Group:              TAMCO-0442
Date of birth:      1949-08-22
Date of service:    2024-09-03
Claim #:            2024-248-0091137
Billed:             99284-25, 96360, 93010, 71046
Denial reason:      CO-50 (not medically necessary) on 99284

Please route to a nurse reviewer. Our NPI is 1999999991, Tax ID 00-0000000 on file.

Thank you,
Rhonda Skaggs
Patient Financial Services, Calder Springs Community Hospital
(555) 555-0100 ext. 205 | fax (555) 555-0109"""
    return mk(SKAGGS, A('Provider Relations', 'provider.relations', PAYER), 'Reconsideration request - claim 2024-248-0091137',
              body + FOOTER)


@reg('phi', 'ids', 'BRANDVOLD, LORETTA J')
def ids_2():
    body = """Good afternoon,

St. Brennan HIM is requesting the following records for continuity of care (patient currently
admitted on our 4 West unit):

  Name:   BRANDVOLD, LORETTA J
  DOB:    12 Jan 1938
  Your MRN:  CS00482913
  Your Acct#: 2410-0077
  Our MRN:   SB-7720415

Records requested: Calder Springs Manor MAR for the past 30 days, most recent H&P, advance
directive / POLST, and the ED note from 10/19 (ambulance transfer to us that evening).

Please fax to (555) 555-0197, attn: ROI, or send via Direct to roi@direct.stbrennan-health.example.

Thank you,
Deb Whitcomb
Release of Information Specialist""" + STB_FOOTER
    return mk(STBHIM, FENSKE, 'Records request - continuity of care', body, mailer='Microsoft Outlook 16.0')


@reg('phi', 'ids', 'Emil Sorensen')
def ids_3():
    body = """Gwen / Faye,

Eligibility for tomorrow's swing bed admit came back - we are OK on Part A but he's closer to the
end of his benefit period than I thought:

Emil Sorensen  DOB 02/29/1940
MBI 7XK2-HF4-RW19
Qualifying stay St. Brennan 10/30-11/04 (5 midnights)
SNF days used this benefit period: 12 (Sept stay at Golden Acres in Marlow City)
Days 13-20 full coverage, coinsurance starts day 21
Secondary: State Medical Assistance ID 41 0092 7733, verified active

Faye, this changes the MDS calendar - PPS 5-day is still due by day 8.

Rhonda"""
    return mk(SKAGGS, [ALBRECHT, ROEMER], 'Sorensen - Part A days', body)


@reg('phi', 'ids', 'Marlys Jergens')
def ids_4():
    body = """Run #24-0613  10/12/24

Call rec'd 0512 - lift assist / fall, 41872 County Rd 9, Calder Springs (gravel drive past the
red Quonset). Pt Marlys Jergens, DOB 5-Jun-1935. Callback (555) 555-0143, daughter Sherri, who lives
on the home place.

Pt found on floor next to bed, on blood thinner per daughter, small hematoma L forehead. Transported
to CSCH ED, handed off to Tammy 0601. Patient care report uploaded to the state system, but the
hospital copy didn't print at your end so here it is. Ambulance bill goes to her Medicare, daughter
has the card.

Crew: D. Pruitt, G. Lindahl, M. Osterhaus

Dale"""
    return mk(PRUITT, [KESSLER, A('ED Registration', 'edreg')], 'PCR - run 24-0613', body, mailer=None)


@reg('phi', 'ids', 'Teodoro Salinas')
def ids_5():
    body = """Jolene's office -

Heartland Mutual rejected Eliquis for Teodoro Salinas again, needs a PA. Here is what their PA
line will ask for, so the nurse doesn't have to call me back:

  Patient: Teodoro Salinas   DOB 19570911
  Member ID: XZP 3390 1187 2   Group 77120   BIN 610099  PCN HMHRX
  Rx# 6104432   apixaban 5 mg tab  #60  1 po bid
  Prescriber: Jolene Marsh PA-C (supervising Dr. Birchfield)
  Reject: 75 - prior authorization required

He has 3 days left. I can give him a 3-day emergency supply if the PA isn't through by Friday.

Pete Hollis, RPh
Hollis Drug  (555) 555-0162"""
    return mk(HOLLIS, [A('Clinic Nurses', 'clinicrn'), MARSH], 'PA needed - Salinas / apixaban', body)


@reg('phi', 'ids', 'Alma Stucky')
def ids_6():
    body = """Hi Brandy,

Here's what the county caseworker needs for Alma Stucky's long-term care Medicaid application. I
filled in what I could from the face sheet, please double check against her card in the safe:

Resident: Alma R. Stucky
SSN: 518-24-4471
DOB: November 3, 1931
Medicare MBI: 3QW8-JP6-TN42
Medicaid case #: TC-2024-01188 (pending)
Admitted to Manor: 06/17/2024 from St. Brennan
Level of care: nursing facility, PASRR Level I completed 06/14

The caseworker (Lori at the county, 555-0126) also needs the last 60 months of bank statements
from her son, who is POA. He lives in Omaha and says he mailed them.

Gwen"""
    return mk(ALBRECHT, OYLER, 'Stucky - MA application', body + FOOTER, cte='base64')


@reg('phi', 'ids', 'KUHLMAN, BRIANNA')
def ids_7():
    body = """CRITICAL VALUE NOTIFICATION - PLEASE CONFIRM RECEIPT

Client:        Calder Springs Community Hospital (acct 40-2281)
Ordering:      Curtis Vang, NP
Patient:       KUHLMAN, BRIANNA
Chart #:       000-58-221
DOB:           10.03.1988
Specimen ID:   L24-118803   Collected 11/06/2024 07:40   Received 11/06/2024 13:02

Test                     Result    Flag   Ref range
Lithium, serum           2.3       HH     0.6 - 1.2 mmol/L

Phoned to Ramon Q. at 14:10, read back confirmed. This e-mail is a follow-up copy only.

Prairie Reference Laboratories - Client Services
(555) 555-0190"""
    return mk(A('Prairie Reference Labs', 'clientservices', 'prairieref-lab.example'), [QUINTERO, VANG],
              'CRITICAL - acct 40-2281 - L24-118803', body, mailer=None)


@reg('phi', 'ids', 'Colby Rasmussen')
def ids_8():
    h = html_wrap("""<p>Hi Rhonda &ndash;</p>
<p>Mom forwarded me the bill since I'm the guarantor. Can you tell me why there are two accounts? The
ER visit on 10/19 was for Colby (my son, DOB Jan. 4th &#39;07), not for me.</p>
<table border="0" cellpadding="2">
<tr><td>Account</td><td>7700219-03</td></tr>
<tr><td>Visit</td><td>V00091847</td></tr>
<tr><td>Patient</td><td>Colby Rasmussen</td></tr>
<tr><td>Guarantor</td><td>Jason Rasmussen, 288 Prairie View Dr, Calder Springs</td></tr>
</table>
<p>The second one (7700219-04) has a splint and a recheck. Is that the follow-up for his wrist? If so
it should go to the school's accident insurance, the claim number there is ACC-55120.</p>
<p>Thanks,<br>Jason Rasmussen<br>(555) 555-0117</p>""")
    return mk(A('Jason Rasmussen', 'jrasmussen', HOME2), SKAGGS, 'Two accounts?', html=h, mailer=None)

# =====================================================================
# PHI: lists
# =====================================================================
@reg('phi', 'lists', 'Freitag, Adeline')
def lists_1():
    rows = [('Rm', 'Resident', 'Payer', 'Status', 'Notes'),
            ('101', 'Freitag, Adeline', 'MA', 'LTC', ''),
            ('102', 'Hoium, Clarence', 'Private', 'LTC', 'to St B clinic 10/16 (eye)'),
            ('104', 'Nguyen, Thi Lan', 'MA', 'LTC', ''),
            ('105', 'Brekke, Arvid', 'Med A', 'Skilled d14', 'PT BID'),
            ('108', 'Engebretson, Ruth', 'Private', 'LTC', ''),
            ('110', 'Schaap, Wilhelmina', 'MA', 'Hosp leave', 'St B since 10/13'),
            ('112', '(empty)', '', '', 'terminal clean done'),
            ('114', 'Oyelaran, Folake', 'Med A', 'Skilled d3', 'IV abx via PICC'),
            ('118', 'Klempel, Ardith', 'MA', 'LTC', 'med change Tues'),
            ('120', 'Stucky, Alma', 'MA pend', 'LTC', ''),
            ('204', 'van den Heuvel, Cornelis', 'Private', 'LTC', ''),
            ('206', 'Dziedzic, Stanislaw', 'VA contract', 'LTC', 'hospice - Tamarack Valley')]
    body = ("Midnight census 10/15 - Manor\n\nTotal in house: 11   Hospital leave: 1   Bed holds: 1   Open: 1\n\n"
            + text_table(rows) +
            "\n\nAdmissions pending: Sorensen (swing -> LTC?) 11/05\nDischarges pending: none\n\n"
            "Please let me know of corrections by 9 so billing can close the day.\n\nFaye Roemer, RN, RAC-CT\nMDS Coordinator")
    return mk(ROEMER, [ALBRECHT, LINDQ, BUSOFF], 'Census 10/15', body, mailer='Microsoft Outlook 16.0')


@reg('phi', 'lists', 'Clarence Hoium')
def lists_2():
    rows = [['Room', 'Last', 'First', 'DOB', 'Vaccine', 'Consent on file', 'Contraindication screen', 'Notes'],
            ['102', 'Hoium', 'Clarence', '1936-04-11', 'Flu HD', 'Y', 'neg', ''],
            ['104', 'Nguyen', 'Thi Lan', '1941-09-30', 'Flu HD', 'Y (son, by phone)', 'neg', 'interpreter for consent'],
            ['105', 'Brekke', 'Arvid', '1944-01-02', 'Flu HD + COVID', 'Y', 'neg', ''],
            ['108', 'Engebretson', 'Ruth', '1939-12-19', 'Flu HD + COVID', 'Y', 'neg', ''],
            ['114', 'Oyelaran', 'Folake', '1952-06-08', 'Flu HD', 'pending', 'neg', 'daughter in Houston'],
            ['118', 'Klempel', 'Ardith', '1935-05-27', 'Flu HD', 'Y', 'neg', ''],
            ['120', 'Stucky', 'Alma', '1931-11-03', 'Flu HD', 'Y', 'egg allergy - ok per CDC', ''],
            ['204', 'van den Heuvel', 'Cornelis', '1933-07-15', 'Flu HD + COVID', 'Y', 'neg', ''],
            ['206', 'Dziedzic', 'Stanislaw', '1938-02-22', 'DECLINED', 'declined 10/2 (POA)', '', 'hospice'],
            ['101', 'Freitag', 'Adeline', '1940-10-10', 'Flu HD', 'Y', 'neg', 'had flu shot 9/28 at Hollis? verify']]
    body = """Pete,

Attached is the resident roster for the Manor clinic on Thursday, 10 residents plus Adeline if we can't
confirm she got hers at your store on 9/28 (her daughter thinks she did). Consents are in the binder at the
nurses' station. Please bring 10 high-dose and 4 of the updated COVID.

Kendra Bauer, RN, CIC
Infection Prevention / Employee Health
Calder Springs Community Hospital & Manor
x226"""
    m = mk(BAUER, HOLLIS, 'Manor vaccine clinic Thurs - roster', body + FOOTER)
    attach(m, csv_text(rows), 'Manor_vaccine_roster_2024-10-17.csv', 'text/csv')
    return m


@reg('phi', 'lists', 'Lund, Corrine')
def lists_3():
    rows = [['Date', 'Patient', 'MRN', 'Age', 'Destination', 'Mode', 'Door in', 'Decision', 'Departed', 'Door-to-transfer (min)'],
            ['10/02/2024', 'Lund, Corrine', 'CS00311840', 67, 'St. Brennan ICU', 'Ground ALS', '14:12', '14:55', '15:41', 89],
            ['10/05/2024', 'Begay, Marcus', 'CS00512277', 24, 'St. Brennan OR', 'Air', '21:30', '21:52', '22:48', 78],
            ['10/09/2024', 'Whitehorse, Della', 'CS00498102', 81, 'St. Brennan 4W', 'Ground BLS+RN', '09:05', '11:40', '13:15', 250],
            ['10/12/2024', 'Ostrander, Dwayne', 'CS00277315', 58, 'St. Brennan Cath Lab', 'Air', '21:49', '22:05', '23:36', 107],
            ['10/19/2024', 'Brandvold, Loretta', 'CS00482913', 86, 'St. Brennan 4W', 'Ground ALS', '16:20', '17:35', '19:02', 162],
            ['10/23/2024', 'Pham, Quoc Bao', 'CS00530064', 3, "Marlow Children's", 'Air', '02:14', '02:40', '03:51', 97],
            ['10/27/2024', 'Adeyemi, Oluwaseun', 'CS00533981', 31, 'St. Brennan ICU', 'Ground ALS+RN', '22:47', '23:30', '03:05', 258]]
    body = """Dr. Birchfield,

Attached is the October transfer log for Thursday's quality committee. Two outliers over 4 hours
(Whitehorse - waiting on a bed at St. B, and Adeyemi - flight weathered out, then waited for a crew).
I pulled times from the transfer checklist, not the EHR timestamps, because the EHR ones were off
for Ostrander (Tammy flagged that).

Tammy Kessler, RN
ED Nurse Manager"""
    m = mk(KESSLER, BIRCH, 'Oct ED transfer log', body + FOOTER, mailer='Microsoft Outlook 16.0')
    attach(m, xlsx(rows, 'Oct 2024'), 'ED_Transfers_Oct2024.xlsx',
           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    return m


@reg('phi', 'lists', 'Arvid Brekke')
def lists_4():
    paras = ['# Swing Bed / Skilled Care Conference Schedule - week of 11/11/2024',
             'Location: small conference room (chapel hall). Families may call in: (555) 555-0150, code 4471#.',
             '']
    table = [['Day / time', 'Patient', 'Day #', 'Payer', 'Family invited', 'Discussion'],
             ['Mon 1:00', 'Arvid Brekke', '34', 'Medicare A', 'Wife Solveig', 'Discharge home 11/15 w/ home health; DME walker'],
             ['Mon 1:30', 'Folake Oyelaran', '21', 'Medicare A', 'Daughter (phone, Houston)', 'PICC out after last dose 11/12; coinsurance starts'],
             ['Tue 1:00', 'Emil Sorensen', '6', 'Medicare A', 'Son Kurt', 'Therapy progress, cognitive screen, LTC vs home'],
             ['Tue 1:30', 'Wanda Pfannenstiel', '15', 'Medicare A', 'Husband Leon', 'Staples out, ROM 0-85, home 11/14'],
             ['Wed 1:00', 'José María de la Cruz Barragán', '20', 'Medicare A', 'Daughter Guadalupe + interpreter', 'Last covered day; family decision']]
    after = ['', 'Prepared by Faye Roemer, MDS Coordinator. Please bring therapy minutes and weights.']
    m = mk(ROEMER, [JANSEN, OYLER, A('Kyle Fruechte, PT', 'kfruechte'), BIRCH], 'Care conference schedule wk of 11/11',
           'Schedule attached. Interpreter is booked for Wednesday.\n\nFaye' + FOOTER)
    attach(m, docx(paras + after, table=table, table_after=len(paras)), 'CareConf_2024-11-11.docx',
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return m


@reg('phi', 'lists', 'Ruud, Dennis')
def lists_5():
    lines = ['TAMARACK COUNTY PUBLIC HEALTH - FIELD NURSING', 'Home Visit Schedule: Week of November 18, 2024',
             'Nurse: Annika Strand, RN, PHN      Vehicle: County #7', '',
             'DAY   TIME   CLIENT                    ADDRESS                         PROGRAM / PURPOSE',
             '----  -----  ------------------------  ------------------------------  ---------------------------',
             'Mon   07:45  Ruud, Dennis              21980 240th St                  TB DOT (wk 9 of 26)',
             'Mon   10:00  Tran, Hoa (infant)        14 Birch Ct, Calder Springs     Newborn visit / weight',
             'Mon   13:30  Whitebird, Shayla         Lot 22, Sunrise MHP             Prenatal (MCH) 31 wks',
             'Tue   07:45  Ruud, Dennis              21980 240th St                  TB DOT',
             'Tue   11:00  Gustafson, Merle          605 3rd Ave NW, Hatley          Medication set-up (weekly)',
             'Wed   07:45  Ruud, Dennis              21980 240th St                  TB DOT + sputum x3',
             'Wed   09:30  Ochoa Ramirez, Yesenia    Dairy housing unit B, Rt 4      Postpartum + lactation',
             'Thu   07:45  Ruud, Dennis              21980 240th St                  TB DOT',
             'Thu   10:30  Clinic - Calder Springs   Manor Conference Rm             Flu shots (staff + public)',
             'Fri   07:45  Ruud, Dennis              21980 240th St                  TB DOT',
             'Fri   13:00  Lindgren, Harvey          RR 2 Box 118                    Lead follow-up (grandchild) ',
             '', 'Weekend DOT: self-administered w/ calendar, sister verifies.',
             'Questions: (555) 555-0188. Printed 11/15/2024 16:02.']
    m = mk(STRAND, [A('Jodi Kaltenbach', 'jkaltenbach', CPH), BAUER], 'Field schedule wk of 11/18',
           'Jodi - schedule for next week attached, as requested for the mileage report. Kendra cc\'d for the Wednesday sputums.\n\nAnnika',
           mailer='Microsoft Outlook 16.0')
    attach(m, pdf(lines, 'Field schedule 11/18'), 'FieldSchedule_Strand_2024-11-18.pdf', 'application/pdf')
    return m


@reg('phi', 'lists', 'Thi Lan Nguyen')
def lists_6():
    tabbed = '\n'.join('\t'.join(r) for r in [
        ('Rm', 'Resident', 'Change', 'Start'),
        ('104', 'Thi Lan Nguyen', 'donepezil 5 -> 10 mg HS', '11/01'),
        ('105', 'Arvid Brekke', 'D/C tramadol', '10/29'),
        ('114', 'Folake Oyelaran', 'ceftriaxone 2 g IV q24h - last dose 11/12', '10/22'),
        ('206', 'Stanislaw Dziedzic', 'morphine oral soln 5 mg SL q2h PRN (hospice supply)', '10/30')])
    bars = bar_table([('Rm', 'Resident', 'Held / refused doses this cycle'),
                      ('110', 'Wilhelmina Schaap', 'all (hospital leave 10/13-10/24)'),
                      ('202', 'Zofia Wisniewska-Kral', '8 pm doses x 6'),
                      ('118', 'Ardith Klempel', 'none')])
    body = """Pete - November cycle fill changes below, pasted from the MAR report (sorry about the formatting,
it came out of Meridian that way):

%s

And these had a lot of returns so don't be surprised by the credit:

%s

Cycle delivery Thursday the 31st please, before 2 pm.

Shawna Reiswig, LPN
Charge Nurse, Calder Springs Manor""" % (tabbed, bars)
    return mk(A('Shawna Reiswig', 'sreiswig'), HOLLISRX, 'Nov cycle fill changes', body)


@reg('phi', 'lists', 'Corrine Lund')
def lists_7():
    rows = [['visit_date', 'patient_name', 'mrn', 'phone', 'provider', 'discharge_dx_group', 'callback_result', 'caller'],
            ['2024-11-02', 'Corrine Lund', 'CS00311840', '555-555-0131', 'Okafor-Hale', 'resp', 'reached - doing better', 'TK'],
            ['2024-11-02', 'Mateus Carvalho', 'CS00540112', '555-555-0178', 'Okafor-Hale', 'injury', 'left msg', 'TK'],
            ['2024-11-03', 'Ngozi Eze-Obi', 'CS00540139', '555-555-0145', 'Vang', 'GI', 'reached - returned for recheck', 'NL'],
            ['2024-11-03', 'Kristof Nemeth', 'CS00188730', '555-555-0164', 'Vang', 'cardiac', 'reached - has f/u at St B 11/8', 'NL'],
            ['2024-11-03', 'Ayesha Siddiqui', 'CS00540150', '555-555-0112', 'Marsh', 'peds', 'no answer x2', 'NL'],
            ['2024-11-04', "Margaret 'Peg' Ulferts", 'CS00092217', '555-555-0106', 'Birchfield', 'resp', 'reached', 'TK']]
    readme = ('ED 48-hour callback export, Nov 2-4 2024.\r\nGenerated from Meridian report ED-CB-02.\r\n'
              'Do not forward outside the quality team.\r\n')
    z = zip_bytes([('ED_callbacks_2024-11-02_04.csv', csv_text(rows)), ('README.txt', readme)])
    m = mk(KESSLER, [BIRCH, A('Quality', 'quality')], 'ED callbacks wk 44 (zip)',
           'Zipped because the mail server keeps stripping CSVs from the quality list. Password not needed internal.\n\nTammy' + FOOTER)
    attach(m, z, 'ED_callbacks_wk44.zip', 'application/zip')
    return m

# =====================================================================
# PHI: struct
# =====================================================================
@reg('phi', 'struct', 'Kirsten Haugen')
def struct_1():
    hl7 = '\n'.join([
        'MSH|^~\\&|MERIDIAN|CSCH|HIEGW|PRAIRIEHIE|20241028141502||ADT^A04^ADT_A01|CS2410281415023301|P|2.5.1',
        'EVN|A04|20241028141500|||QUINTR^Quintero^Ramon',
        'PID|1||CS00540201^^^CSCH^MR~7700233^^^CSCH^AN||HAUGEN^KIRSTEN^MARIE||19790613|F|||1207 W 2ND ST^^CALDER SPRINGS^NE^68999^USA||^PRN^PH^^1^555^5550172|||M||7700233-01',
        'NK1|1|HAUGEN^ERIK|SPO|1207 W 2ND ST^^CALDER SPRINGS^NE^68999|^PRN^PH^^1^555^5550173',
        'PV1|1|E|ED^ED04^01^CSCH||||^^^^^^^^^^^^||||||||||7700233-01|||||||||||||||||||||||||20241028140900',
        'PV2|||^FELL FROM HAY WAGON, R WRIST',
        'IN1|1|HMH01|HMH|HEARTLAND MUTUAL HEALTH PLAN|||||TAMCO-0442||||||HAUGEN^ERIK|02|19770221|||||||||||||||||||HMH775510284-02',
    ])
    body = """Hi Meridian support,

Following up on case #00418823. ED registrations are still going to the HIE with PV1-7 (attending)
empty, and the HIE is rejecting them with "AR - PV1-7 required". Here is one from this afternoon as it
left our interface engine (copied from the outbound log, nothing edited):

%s

The attending (Okafor-Hale, our ID 1044) is on the encounter in Meridian by 14:12, but the A04 fires at
registration (14:09) before the provider is assigned. Can the A04 be held, or can we send an A08 when
the attending is added? The old interface did the A08.

Travis Heuer
IT Manager, Calder Springs Community Hospital
(555) 555-0100 x250""" % hl7
    return mk(HEUER, A('Meridian Support', 'support', EHRV), 'RE: Case #00418823 - PV1-7 empty on ED A04',
              body + FOOTER, mailer='Microsoft Outlook 16.0')


@reg('phi', 'struct', 'Stanislaw Dziedzic')
def struct_2():
    segs = [
        'MSH|^~\\&|PRL-LIS|PRAIRIEREF|MERIDIAN|CSCH|20241030061522||ORU^R01^ORU_R01|PRL0000981245|P|2.5.1',
        'PID|1||CS00097731^^^CSCH^MR||DZIEDZIC^STANISLAW^J||19380222|M|||CALDER SPRINGS MANOR RM 206^^CALDER SPRINGS^NE^68999',
        'PV1|1|N|MANOR^206^1^CSCH||||1031^BIRCHFIELD^SAMUEL^^^MD',
        'ORC|RE|CS-ORD-558120|L24-120447||CM',
        'OBR|1|CS-ORD-558120|L24-120447|80048^BASIC METABOLIC PANEL^CPT|||20241029053000|||||||20241029110500||1031^BIRCHFIELD^SAMUEL^^^MD||||||20241030061500|||F',
        'OBX|1|NM|2951-2^Sodium^LN||131|mmol/L|136-145|L|||F',
        'OBX|2|NM|2823-3^Potassium^LN||5.4|mmol/L|3.5-5.1|H|||F',
        'OBX|3|NM|2075-0^Chloride^LN||97|mmol/L|98-107|L|||F',
        'OBX|4|NM|2028-9^CO2^LN||24|mmol/L|22-29|N|||F',
        'OBX|5|NM|3094-0^BUN^LN||48|mg/dL|8-23|H|||F',
        'OBX|6|NM|2160-0^Creatinine^LN||2.1|mg/dL|0.7-1.3|H|||F',
        'OBX|7|NM|2345-7^Glucose^LN||104|mg/dL|70-99|H|||F',
        'OBX|8|NM|17861-6^Calcium^LN||8.9|mg/dL|8.6-10.3|N|||F',
        'NTE|1||Hemolysis index 1+, potassium may be falsely elevated.',
    ]
    hl7 = '\r'.join(segs) + '\r'
    body = """Lab results interface was down Tues night, attached are the results that didn't cross.
Please file manually and notify the provider. One message per file.

-- Prairie Reference Laboratories Interface Team
   (automated resend, ticket PRL-IF-20241030-03)"""
    m = mk(A('PRL Interface', 'interface', 'prairieref-lab.example'), [QUINTERO, HEUER],
           'Resend - ORU batch 20241030 (1 of 1)', body, mailer=None)
    attach(m, hl7.encode('ascii'), 'PRL0000981245.hl7', 'application/hl7-v2')
    return m


@reg('phi', 'struct', 'Gerald Moen')
def struct_3():
    segs = [
        isa('CSCH1999999991', 'CLAIMBRIDGE', 410),
        'GS*HC*CSCH1999999991*CLAIMBRIDGE*20241104*0930*410*X*005010X222A1',
        'ST*837*0410*005010X222A1',
        'BHT*0019*00*CS2411040930*20241104*0930*CH',
        'NM1*41*2*CALDER SPRINGS COMMUNITY HOSPITAL*****46*CSCH1999999991',
        'PER*IC*RHONDA SKAGGS*TE*5555550100*EX*205',
        'NM1*40*2*CLAIMBRIDGE*****46*CLAIMBRIDGE',
        'HL*1**20*1',
        'NM1*85*2*CALDER SPRINGS COMMUNITY HOSPITAL*****XX*1999999991',
        'N3*400 N ELM ST',
        'N4*CALDER SPRINGS*NE*689990000',
        'REF*EI*000000000',
        'HL*2*1*22*0',
        'SBR*P*18*TAMCO0442******CI',
        'NM1*IL*1*MOEN*GERALD****MI*HMH884220917-01',
        'N3*3390 RIVER RD',
        'N4*CALDER SPRINGS*NE*689990000',
        'DMG*D8*19490822*M',
        'NM1*PR*2*HEARTLAND MUTUAL HEALTH PLAN*****PI*HMH01',
        'CLM*CS24090300117*412.00***23:B:7*Y*A*Y*Y',
        'REF*F8*2024248009113701',
        'HI*ABK:R0789*ABF:R55',
        'NM1*82*1*OKAFOR-HALE*RENATA****XX*1999999983',
        'LX*1',
        'SV1*HC:99284:25*286.00*UN*1***1:2',
        'DTP*472*D8*20240903',
        'LX*2',
        'SV1*HC:93010*38.00*UN*1***1',
        'DTP*472*D8*20240903',
        'LX*3',
        'SV1*HC:96360*88.00*UN*1***2',
        'DTP*472*D8*20240903',
        'SE*31*0410',
        'GE*1*410',
        'IEA*1*000000410',
    ]
    x12 = '~\n'.join(x.rstrip('~') for x in segs) + '~\n'
    body = """ClaimBridge support,

Our corrected claim (frequency 7) for the attached 837P is bouncing at your front end with
"2300 CLM05-3 frequency code 7 requires REF*F8". The REF*F8 is there (original claim number from the
payer). Can you tell me what's wrong with it? File attached exactly as submitted, batch 410.

Thanks,
Rhonda Skaggs
Patient Financial Services
Calder Springs Community Hospital"""
    m = mk(SKAGGS, A('ClaimBridge Support', 'support', CLR), 'Batch 410 rejected - REF*F8', body + FOOTER)
    attach(m, x12, 'CSCH_837P_batch410.x12', 'text/plain')
    return m


@reg('phi', 'struct', 'Folake Oyelaran')
def struct_4():
    segs = [
        isa('HMH01', 'CSCH1999999991', 55871, '241021', '1103'),
        'GS*HB*HMH01*CSCH1999999991*20241021*1103*55871*X*005010X279A1',
        'ST*271*0001*005010X279A1',
        'BHT*0022*11*CSEL55871*20241021*1103',
        'HL*1**20*1',
        'NM1*PR*2*HEARTLAND MUTUAL HEALTH PLAN*****PI*HMH01',
        'HL*2*1*21*1',
        'NM1*1P*2*CALDER SPRINGS COMMUNITY HOSPITAL*****XX*1999999991',
        'HL*3*2*22*0',
        'TRN*2*CSEL55871*9CSCH00001',
        'NM1*IL*1*OYELARAN*FOLAKE*A***MI*HMH301882456-01',
        'N3*2214 CEDAR LN',
        'N4*HATLEY*NE*689980000',
        'DMG*D8*19520608*F',
        'DTP*346*D8*20240101',
        'EB*1**30**MEDICARE SUPPLEMENT PLAN G',
        'EB*C*IND*30***23*240.00',
        'EB*B*IND*AG***27*0',
        'MSG*SNF COINSURANCE DAYS 21-100 COVERED AT 100 PCT AFTER MEDICARE',
        'SE*18*0001',
        'GE*1*55871',
        'IEA*1*000055871',
    ]
    body = """Gwen,

271 back on Mrs. Oyelaran for the swing bed stay. Her supplement is a Plan G through Heartland, so the
coinsurance starting day 21 is covered, we don't need to have the conversation with the daughter about
$204/day. Raw response below in case you want it for the file:

%s

Rhonda""" % ('~\n'.join(x.rstrip('~') for x in segs) + '~')
    return mk(SKAGGS, ALBRECHT, 'Oyelaran eligibility - Plan G', body)


@reg('phi', 'struct', 'Quoc Bao Pham')
def struct_5():
    bundle = {
        'resourceType': 'Bundle', 'id': 'csch-xfer-20241023-0214', 'type': 'collection',
        'timestamp': '2024-10-23T03:40:12-05:00',
        'entry': [
            {'fullUrl': 'urn:uuid:5b1e0c2a-8a7d-4f0e-9b3a-2f1d0c7e6a11',
             'resource': {'resourceType': 'Patient', 'id': 'CS00530064',
                          'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.9999.1', 'value': 'CS00530064',
                                          'type': {'text': 'MRN'}}],
                          'name': [{'family': 'Pham', 'given': ['Quoc', 'Bao']}],
                          'gender': 'male', 'birthDate': '2021-07-19',
                          'address': [{'line': ['88 Willow Dr'], 'city': 'Calder Springs', 'postalCode': '68999'}],
                          'contact': [{'relationship': [{'text': 'mother'}],
                                       'name': {'family': 'Le', 'given': ['Thi Hong']},
                                       'telecom': [{'system': 'phone', 'value': '555-555-0193'}]}],
                          'communication': [{'language': {'coding': [{'system': 'urn:ietf:bcp:47', 'code': 'vi'}]},
                                             'preferred': True}]}},
            {'fullUrl': 'urn:uuid:9c2d7e11-3b44-4a8c-8e0d-6f5a1b2c3d44',
             'resource': {'resourceType': 'Encounter', 'status': 'finished', 'class': {'code': 'EMER'},
                          'subject': {'reference': 'urn:uuid:5b1e0c2a-8a7d-4f0e-9b3a-2f1d0c7e6a11'},
                          'period': {'start': '2024-10-23T02:14:00-05:00', 'end': '2024-10-23T03:51:00-05:00'},
                          'hospitalization': {'dischargeDisposition': {'text': "Transfer by air to Marlow Children's Hospital PICU"}}}},
            {'fullUrl': 'urn:uuid:1f0a2b3c-4d5e-4f60-8a71-92b3c4d5e6f7',
             'resource': {'resourceType': 'Observation', 'status': 'final',
                          'code': {'coding': [{'system': 'http://loinc.org', 'code': '59408-5', 'display': 'SpO2 by pulse oximetry'}]},
                          'subject': {'reference': 'urn:uuid:5b1e0c2a-8a7d-4f0e-9b3a-2f1d0c7e6a11'},
                          'effectiveDateTime': '2024-10-23T02:20:00-05:00',
                          'valueQuantity': {'value': 86, 'unit': '%'}}},
            {'fullUrl': 'urn:uuid:7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
             'resource': {'resourceType': 'MedicationAdministration', 'status': 'completed',
                          'medicationCodeableConcept': {'text': 'dexamethasone 0.6 mg/kg PO (9 mg)'},
                          'subject': {'reference': 'urn:uuid:5b1e0c2a-8a7d-4f0e-9b3a-2f1d0c7e6a11'},
                          'effectiveDateTime': '2024-10-23T02:31:00-05:00'}},
            {'fullUrl': 'urn:uuid:0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
             'resource': {'resourceType': 'MedicationAdministration', 'status': 'completed',
                          'medicationCodeableConcept': {'text': 'racemic epinephrine 2.25% 0.5 mL neb x2'},
                          'subject': {'reference': 'urn:uuid:5b1e0c2a-8a7d-4f0e-9b3a-2f1d0c7e6a11'},
                          'effectiveDateTime': '2024-10-23T02:35:00-05:00'}},
        ]}
    body = """Hi Travis,

Marlow Children's says they never got the transfer packet through the HIE for the 10/23 air transfer, only
the paper copy that flew with him. This is what our side shows as sent (exported from the FHIR outbox).
Can you see if it errored at the gateway? Their contact is Priya in HIM, 555-0199.

Tammy"""
    m = mk(KESSLER, HEUER, 'HIE transfer packet didnt go - 10/23', body)
    attach(m, json.dumps(bundle, indent=2).encode('utf-8'), 'xfer_bundle_CS00530064.json', 'application/json')
    return m


@reg('phi', 'struct', 'Whitehorse, Della R.')
def struct_6():
    txt = """INTERFACILITY TRANSFER / ACCEPTANCE FORM
------------------------------------------
Sending facility:        Calder Springs Community Hospital ED
Receiving facility:      St. Brennan Regional Medical Center, 4 West
Accepting physician:     Dr. M. Aldana (hospitalist)
Date/time accepted:      10/09/2024 11:40

Patient name:            Whitehorse, Della R.
DOB / Age:               08/30/1943 / 81
MRN:                     CS00498102
Weight:                  54 kg
Allergies:               sulfa (rash), codeine

Reason for transfer:     higher level of care - needs GI endoscopy not available at CSCH
Vitals at transfer:      BP 104/58  HR 112  RR 20  SpO2 95% RA  T 36.9
Lines / devices:         PIV x2 (18g R AC, 20g L FA)
Meds given in ED:        NS 1 L bolus, pantoprazole 80 mg IV 09:40, ondansetron 4 mg IV
Blood products:          1 unit PRBC started 11:55, running at transfer
Code status:             Full code (confirmed with pt and son)
Mode:                    Ground BLS + CSCH RN (Nhia Lor)
Family notified:         son Calvin Whitehorse (555) 555-0108

Sending physician:       Renata Okafor-Hale, MD
Patient consent signed:  Yes     Copy of records sent: Yes (paper + HIE)"""
    h = html_wrap('<p>Carla &ndash; form for this morning\'s transfer below, the fax is down again.</p>'
                  '<pre style="font-family:Consolas,monospace;font-size:10pt">%s</pre><p>Tammy</p>' % esc(txt))
    return mk(KESSLER, STBDC, 'Transfer form - Whitehorse', 'Carla - form for this morning\'s transfer below, the fax is down again.\n\n'
              + txt + '\n\nTammy' + FOOTER, html=h)


@reg('phi', 'struct', 'Arvid Brekke')
def struct_7():
    recs = [
        ('CS00501877', 'BREKKE', 'ARVID', '19440102', 'M', '105', '20241001', 'A', 'RUHB', '034', 'MED A '),
        ('CS00540188', 'OYELARAN', 'FOLAKE', '19520608', 'F', '114', '20241021', 'A', 'RVLB', '021', 'MED A '),
        ('CS00530211', 'SORENSEN', 'EMIL', '19400229', 'M', '005', '20241105', 'S', 'RULC', '006', 'MED A '),
        ('CS00529904', 'PFANNENSTIEL', 'WANDA', '19500316', 'F', '009', '20241028', 'S', 'RVHB', '015', 'MED A '),
        ('CS00515530', 'DE LA CRUZ BARRAGAN', 'JOSE MARIA', '19460119', 'M', '003', '20241021', 'S', 'RMLB', '020', 'MED A '),
    ]
    hdr = 'HDR CSCH SKILLED CENSUS EXTRACT  20241111 0600  V03'
    lines = [hdr]
    for r in recs:
        lines.append('D' + r[0].ljust(12) + r[1].ljust(22) + r[2].ljust(14) + r[3] + r[4] + r[5].rjust(4)
                     + r[6] + r[7] + r[8].ljust(6) + r[9] + r[10])
    lines.append('TRL%06d' % len(recs))
    data = '\r\n'.join(lines) + '\r\n'
    body = """Hi Marisol,

Here's the Monday extract for the therapy contract billing. Layout is unchanged from the spec
(v03): rec type 1, MRN 12, last 22, first 14, DOB 8, sex 1, room 4, admit 8, unit (A=Manor skilled,
S=hospital swing) 1, HIPPS/PDPM group 6, day count 3, payer 6.

Note Sorensen is new and de la Cruz Barragan hits his last covered day Wednesday.

Faye Roemer, RN, RAC-CT
MDS Coordinator, Calder Springs Manor"""
    m = mk(ROEMER, A('Marisol Ybarra', 'mybarra', 'plainsrehab.example'), 'Skilled census extract 11/11',
           body + FOOTER)
    attach(m, data, 'CSCH_SKL_20241111.txt', 'text/plain', charset='us-ascii')
    return m

# =====================================================================
# PHI: other languages
# =====================================================================
@reg('phi', 'lang', 'Aurelio Quintanilla Reyes')
def lang_1():
    body = """Buenas tardes señora Lindqvist,

Le escribo porque mi papá, Aurelio Quintanilla Reyes (cuarto 212), se cayó el sábado en la noche
y nadie de la familia supo nada hasta el lunes cuando fui a visitarlo y le vi el moretón en el
brazo. La enfermera del turno me dijo que ya lo revisó el doctor y que no tiene nada roto, pero yo
quisiera que me llamen cuando pase algo así, a cualquier hora.

También quiero saber por qué le cambiaron la pastilla de la presión. Él me dice que ahora se
marea cuando se levanta. ¿Puede hablar con el doctor Birchfield? Yo soy la que tiene el poder
médico (power of attorney), mi número es (555) 555-0147.

Mi papá no habla inglés y a veces dice que sí a todo aunque no entienda. Por favor usen el
intérprete.

Gracias,
Marisela Quintanilla"""
    return mk(A('Marisela Quintanilla', 'mquintanilla', HOME1), LINDQ, 'Mi papá - cuarto 212', body,
              charset='iso-8859-1', cte='quoted-printable', mailer=None)


@reg('phi', 'lang', 'Gertrude Amundsen')
def lang_2():
    body = """Hi Ma'am Shawna,

Si Lola Gert (Gertrude Amundsen, rm 116) hindi kumain ng lunch, tapos ayaw niya inumin yung 12
noon meds niya. Kinuha ko BP niya pag-upo 118/70 pero pagtayo 88/50 at nahilo siya, muntik na
matumba sa may sink. Pinahiga ko na siya at naka-bed alarm na. Wala namang tama sa ulo.

Pakicheck po bago mag 3, kasi pauwi na ako. Sinabi ko na rin kay Ate Ofelia sa PM shift.

Salamat po,
Jocelyn
CNA - 1st floor"""
    return mk(A('Jocelyn Dimaculangan', 'jdimaculangan'), A('Shawna Reiswig', 'sreiswig'), 'Lola Gert rm 116', body,
              mailer='iPhone Mail (21G93)')


@reg('phi', 'lang', 'Trần Thị Mai')
def lang_3():
    body = """Kính gửi cô Hollie,

Tôi là Đỗ Minh Tuấn, con trai của bà Trần Thị Mai (phòng số 6, swing bed). Hôm qua mẹ tôi nói
với tôi là bà bị đau nhiều ở chỗ mổ và ban đêm không ngủ được. Mẹ tôi không nói được tiếng Anh
nên bà không dám bấm chuông gọi y tá. Xin cô báo cho bác sĩ biết và cho mẹ tôi uống thuốc giảm
đau trước khi đi ngủ.

Mẹ tôi cũng đang chích insulin buổi sáng, xin đừng cho bà ăn bánh ngọt buổi tối.

Tôi sẽ đến thăm vào thứ Bảy lúc 10 giờ sáng và muốn gặp bác sĩ nếu được.
Số điện thoại của tôi: (555) 555-0185.

Cảm ơn cô rất nhiều.
Tuấn"""
    return mk(A('Đỗ Minh Tuấn', 'tuan.do', HOME3), JANSEN, 'Về mẹ tôi - bà Trần Thị Mai (phòng 6)', body,
              cte='base64', mailer=None)


@reg('phi', 'lang', 'Громов Виктор Павлович')
def lang_4():
    body = """Здравствуйте, доктор Окафор-Хейл!

Пишу по поводу моего отца - Громов Виктор Павлович, 14.05.1944 г.р. В воскресенье ночью его
привезли к вам в приёмное отделение на скорой, а потом отправили вертолётом в St. Brennan. Сейчас
он там, в реанимации, врачи говорят, что на аппарате, но стабильно.

У меня два вопроса:
1) Дома он был на кислороде 2 литра, концентратор от фирмы Plains Medical. Надо ли его
   возвращать, или он ещё понадобится после выписки?
2) Нам нужна выписка из вашей карты (что ему давали у вас и какие анализы были) для страховой
   компании. Можно её получить по почте?

Мой телефон (555) 555-0129. По-английски я говорю, но лучше письменно.

С уважением,
Алексей Громов"""
    return mk(A('Алексей Громов', 'a.gromov', HOME2), OKAFOR, 'Громов В.П. - Viktor Gromov', body,
              charset='koi8-r', cte='base64', mailer='Mozilla Thunderbird 115.15.0')


@reg('phi', 'lang', 'عمر الخطيب')
def lang_5():
    body = """السلام عليكم،

أنا زوجة السيد عمر الخطيب (Omar Al-Khatib)، تاريخ الميلاد 1968/02/11. زوجي عنده موعد في عيادة
الدكتورة جولين مارش يوم الخميس الساعة 10:30 لمتابعة تحاليل الدم.

خلصت حبوب الضغط عنده من يومين، والصيدلية (Hollis Drug) قالت إنهم يحتاجون وصفة جديدة من الطبيبة.
هل يمكن إرسال الوصفة اليوم؟

ونحتاج مترجم عربي في الموعد من فضلكم، لأن زوجي لا يفهم الإنجليزية جيداً.

رقم الهاتف: 555-0166

شكراً جزيلاً،
سعاد الخطيب"""
    return mk(A('Suad Al-Khatib', 'suad.alkhatib', HOME1), A('Clinic', 'clinic'),
              'Appointment Thursday - Omar Al-Khatib', body, charset='windows-1256', cte='base64', mailer=None)


@reg('phi', 'lang', 'Mateus Carvalho')
def lang_6():
    prev = """Mateus, this is the nurse from the ER. We tried to call you about your visit Saturday. Please call
us at (555) 555-0100 or reply to this email. If you prefer Portuguese we can use an interpreter.
Tammy Kessler, RN"""
    body = """Olá enfermeira Tammy,

Aqui é o Mateus Carvalho. Fui atendido no pronto-socorro no sábado (2/11) porque machuquei a mão
direita na ordenhadeira. O médico deu 6 pontos e disse para voltar em 10 dias para tirar. Estou
bem, mas o dedo ainda está inchado e dói à noite. Estou tomando o antibiótico certinho.

Meu patrão (Vander Meer Dairy) pergunta se eu preciso de atestado para ficar sem ordenhar esta
semana. Posso buscar na recepção?

Posso voltar para tirar os pontos na terça 12/11 depois das 14h?

Obrigado,
Mateus
(555) 555-0178

Em seg., 4 de nov. de 2024 às 15:02, Tammy Kessler <tkessler@%s> escreveu:
%s""" % (HOSP, quote(prev))
    return mk(A('Mateus Carvalho', 'mateus.carvalho88', HOME3), KESSLER, 'Re: ER visit Saturday', body,
              charset='iso-8859-1', cte='8bit', mailer=None)


@reg('phi', 'lang', 'Jeanne Célestin')
def lang_7():
    body = """Bonjou Madan Lindqvist,

Mwen rele Nadège Pierre-Louis, mwen se nyès Madan Jeanne Célestin ki nan chanm 210 nan Manor la.
Mwen te vizite l yè swa e li di m li pa t resevwa grenn tansyon li nan aswè. Mwen pa konnen si se
vre, paske pafwa li bliye.

Epitou, blesi ki nan talon pye goch li a: enfimyè a te di m y ap chanje pansman an chak jou, men
pansman an te gen dat 3 jou de sa sou li. Mwen ta renmen pale ak yon moun sou sa.

Matant mwen konprann yon ti kras angle, men li pi alèz an kreyòl oswa an franse.

Nimewo telefòn mwen: (555) 555-0152

Mèsi anpil,
Nadège"""
    return mk(A('Nadège Pierre-Louis', 'nadege.pl', HOME2), LINDQ, 'Madan Jeanne Célestin - chanm 210', body,
              cte='quoted-printable', mailer=None)


@reg('phi', 'lang', '林秀英')
def lang_8():
    body = """您好，

我是陈伟（Wei Chen），我母亲林秀英（Lin Xiuying，出生日期 1956年3月8日）上周六晚上因为胸口痛
到你们的急诊室，后来用救护车转到 St. Brennan 医院，住了两天已经出院回家了。

我们今天收到你们医院的两张账单：
  Account 7700241-01   $2,318.00
  Account 7700241-02   $1,450.00  (ambulance?)

请问第二张是不是救护车的费用？我母亲有 Medicare 和 Heartland Mutual 的补充保险，卡片我们
在急诊室的时候已经给过了。能不能帮我们再寄一次给保险公司？

我母亲英文不太好，请打我的电话 (555) 555-0194，或者回复这个邮件。

谢谢！
陈伟
Golden Dragon Restaurant, Calder Springs"""
    return mk(A('陈伟 Wei Chen', 'weichen.gd', HOME1), BUSOFF, '关于我母亲林秀英的账单 / bill question',
              body, charset='gb2312', cte='base64', mailer=None)

# =====================================================================
# CLEAN: staff
# =====================================================================
@reg('clean', 'staff')
def staff_1():
    rows = [('Dates', 'ED physician / APP', 'Backup', 'Cell'),
            ('Dec 1-3', 'Renata Okafor-Hale, MD', 'Birchfield', '555-555-0111'),
            ('Dec 4-6', 'Curtis Vang, APRN-FNP', 'Okafor-Hale', '555-555-0114'),
            ('Dec 7-9', 'Locum: Dr. Hal Brightman (Plains Locums)', 'Birchfield', '555-555-0120'),
            ('Dec 10-13', 'Samuel Birchfield, MD', 'Marsh', '555-555-0112'),
            ('Dec 14-16', 'Jolene Marsh, PA-C', 'Birchfield', '555-555-0113'),
            ('Dec 17-20', 'Renata Okafor-Hale, MD', 'Vang', '555-555-0111'),
            ('Dec 21-23', 'Locum: Dr. Priyanka Dasgupta', 'Okafor-Hale', '555-555-0122'),
            ('Dec 24-26', 'Curtis Vang, APRN-FNP', 'Birchfield', '555-555-0114'),
            ('Dec 27-31', 'Samuel Birchfield, MD', 'Okafor-Hale', '555-555-0112')]
    body = """All,

December ED coverage is final. Changes from the draft: Jolene and Curtis swapped the 14th and 24th
blocks, and Dr. Dasgupta is confirmed for the 21st (her first time here - someone please give her
the tour and the helipad walk-through).

%s

Tele-ED backup (the video button on the ED cart) stays available 24/7 for all shifts.
Swing bed / Manor rounding follows the ED schedule except Dec 24-26 when Dr. Birchfield rounds.

Thanks,
Deb Pohlman
Medical Staff Coordinator
Calder Springs Community Hospital | (555) 555-0100 ext. 201""" % text_table(rows)
    return mk(A('Deb Pohlman', 'dpohlman'), [A('Medical Staff', 'medstaff'), EDNURSES], 'December ED call schedule - FINAL',
              body + FOOTER, mailer='Microsoft Outlook 16.0')


@reg('clean', 'staff')
def staff_2():
    rows = [['Shift', 'Mon 11/18', 'Tue 11/19', 'Wed 11/20', 'Thu 11/21', 'Fri 11/22'],
            ['Days charge', 'Shawna R.', 'Shawna R.', 'Amber S.', 'Amber S.', 'Shawna R.'],
            ['Days CNA hall 1', 'Jocelyn D.', 'Jocelyn D.', 'Kayla B.', 'Kayla B.', 'Mirela T.'],
            ['Days CNA hall 2', 'Mirela T.', 'Sharee W.', 'Sharee W.', 'Jocelyn D.', 'Jocelyn D.'],
            ['Med aide', 'Kayla B.', 'Mirela T.', 'OPEN', 'Mirela T.', 'Kayla B.'],
            ['PM charge', 'Ofelia R.', 'Ofelia R.', 'Nhia L. (float)', 'Ofelia R.', 'OPEN'],
            ['PM CNA x2', 'Sharee W. / Tessa G.', 'Tessa G. / Bao V.', 'Tessa G. / Bao V.', 'Bao V. / agency', 'Tessa G. / agency'],
            ['Nights', 'Nhia L.', 'Lupe M.', 'Lupe M.', 'Lupe M.', 'Nhia L.']]
    h = html_wrap("""<p>Hi team,</p>
<p>Here is next week's Manor grid. <b style="color:#b00">Two open shifts</b> &ndash; Wed med aide and Fri PM charge.
Bonus pay applies ($5/hr). Reply to me or text 555-555-0140 to pick one up.</p>
%s
<p>Reminder: annual competency fair is Thursday 11/21 in the dining room, 0700&ndash;1600. Hoyer lift,
glucometer QC and the new bed alarms. Please sign up for a 30 min slot.</p>
<p>Marguerite</p>""" % html_table(rows))
    return mk(LINDQ, A('Manor All Staff', 'manor.allstaff'), 'Manor grid wk of 11/18 - 2 open shifts', html=h)


@reg('clean', 'staff')
def staff_3():
    rows = [['Last', 'First', 'Credentials', 'Department', 'Title', 'Ext', 'Cell', 'Pager'],
            ['Albrecht', 'Gwen', 'CPA', 'Finance', 'Chief Financial Officer', '202', '555-555-0115', ''],
            ['Bauer', 'Kendra', 'RN, CIC', 'Infection Prevention', 'Infection Preventionist / Employee Health', '226', '555-555-0116', '4226'],
            ['Birchfield', 'Samuel', 'MD', 'Medical Staff', 'Chief of Staff / Medical Director', '210', '555-555-0112', '4210'],
            ['Dobbs', 'Cheri', 'ADC', 'Manor', 'Activities Director', '318', '', ''],
            ['Fenske', 'Lois', 'RHIT', 'HIM', 'HIM Director / Privacy Officer', '207', '', ''],
            ['Heuer', 'Travis', 'CompTIA Sec+', 'IT', 'IT Manager', '250', '555-555-0118', '4250'],
            ['Jansen', 'Hollie', 'RN', 'Nursing', 'Swing Bed Coordinator', '214', '', '4214'],
            ['Kessler', 'Tammy', 'RN, CEN, TNCC', 'Emergency', 'ED Nurse Manager', '220', '555-555-0119', '4220'],
            ['Lindqvist', 'Marguerite', 'RN, RAC-CT', 'Manor', 'Director of Nursing', '310', '555-555-0140', '4310'],
            ['Lundgren', 'Bryce', 'RT(R)(CT)', 'Imaging', 'Lead Technologist', '240', '', '4240'],
            ['Marsh', 'Jolene', 'PA-C', 'Clinic', 'Physician Assistant', '230', '555-555-0113', ''],
            ['Okafor-Hale', 'Renata', 'MD, FAAFP', 'Medical Staff', 'Family Medicine / ED', '211', '555-555-0111', '4211'],
            ['Oyler', 'Brandy', 'LBSW', 'Social Services', 'Social Worker / Discharge Planner', '215', '555-555-0125', ''],
            ['Quintero', 'Ramon', 'MLS(ASCP)', 'Laboratory', 'Lab Manager', '231', '', '4231'],
            ['Roemer', 'Faye', 'RN, RAC-CT', 'Manor', 'MDS Coordinator', '312', '', ''],
            ['Skaggs', 'Rhonda', 'CRCS', 'Business Office', 'Patient Financial Services Lead', '205', '', ''],
            ['Tenneson', 'Mark', 'FACHE', 'Administration', 'CEO', '200', '555-555-0110', ''],
            ['Vang', 'Curtis', 'APRN, FNP-C', 'Clinic / ED', 'Nurse Practitioner', '232', '555-555-0114', '']]
    body = """Hello everyone,

Attached is the updated staff phone directory (November). New this round: cell numbers for department
heads who agreed to list them, and the new 4xxx pager numbers now that the old paging system is retired.

Please toss the yellow laminated copies at the nurses' stations; new ones are being printed today.

Janelle Voss
Administrative Assistant to the CEO
Calder Springs Community Hospital"""
    m = mk(A('Janelle Voss', 'jvoss'), ALLSTAFF, 'Updated phone directory - November', body)
    attach(m, csv_text(rows), 'CSCH_Directory_Nov2024.csv', 'text/csv')
    return m


@reg('clean', 'staff')
def staff_4():
    rows = [('Night', 'Crew chief (EMT)', 'Driver', 'Third', 'Backup'),
            ('Mon', 'Dale Pruitt', 'Marv Osterhaus', 'Kelsey Brandt (EMR)', 'Jeff Tiede'),
            ('Tue', 'Gary Lindahl', 'Jeff Tiede', '-', 'Marv Osterhaus'),
            ('Wed', 'Carrie Voight, AEMT', 'Ben Walcher', 'Kelsey Brandt (EMR)', 'Dale Pruitt'),
            ('Thu', 'Gary Lindahl', 'Marv Osterhaus', 'Tyson Erdmann (student)', 'Carrie Voight'),
            ('Fri', 'Dale Pruitt', 'Ben Walcher', '-', 'Jeff Tiede'),
            ('Sat', 'Carrie Voight, AEMT', 'Jeff Tiede', 'Kelsey Brandt (EMR)', 'Gary Lindahl'),
            ('Sun', 'Marv Osterhaus, EMT', 'Ben Walcher', '-', 'Dale Pruitt')]
    body = """Crew,

November night pager rotation below. Days are still "whoever can make it" - please keep your status
current in the Active911 app so dispatch knows who's in town.

%s

Reminders:
 - Monthly drill is Tues 11/12 at 7 pm at the station: helicopter LZ setup with the new light kit,
   Prairie Wings crew attending.
 - Con-ed: Carrie is running the pediatric assessment refresher on 11/19. Counts toward your
   NREMT recert.
 - Rig 2 is at Tamarack Truck for the brake recall. Rig 1 only until Thursday.

Dale
Chief, Calder Springs Volunteer Fire & Ambulance""" % bar_table(rows)
    return mk(PRUITT, A('CSVFA Members', 'members', VFD), 'Nov night rotation', body, mailer=None)


@reg('clean', 'staff')
def staff_5():
    body = """ED and inpatient nursing,

Effective Monday 11/4 we are updating the sepsis screening and bundle workflow to match the 2024
state rural sepsis collaborative recommendations. Nothing here is about any one case; it came out of
the collaborative's review of small-hospital data.

What changes:
1. Triage screen: two or more SIRS criteria plus suspected infection OR any qSOFA point now
   triggers the nurse-initiated lactate and blood cultures x2 before antibiotics. You do not need
   to wait for the provider.
2. Lactate > 2.0 repeat within 2 hours; > 4.0 triggers the 30 mL/kg crystalloid order set and a
   provider-to-provider call to St. Brennan for possible transfer.
3. First-dose antibiotics: the ED Pyxis now stocks ceftriaxone 2 g and vancomycin 1.5 g premixes;
   no need to call pharmacy after hours.
4. Documentation: use the new "Sepsis Timeline" flowsheet in Meridian. Time zero = time of the
   positive screen, not time of provider exam.

Our 2023 SEP-1 compliance was 61% (small numbers - 18 cases), mostly missed repeat lactates.
Let's fix that.

Education sessions: 11/1 at 0730 and 1930 in the ED break room, 20 minutes, with donuts.

Renata Okafor-Hale, MD
ED Medical Director""" 
    return mk(OKAFOR, [EDNURSES, A('Inpatient Nursing', 'ipnursing')], 'Sepsis workflow changes 11/4',
              body + FOOTER, cte='quoted-printable')


@reg('clean', 'staff')
def staff_6():
    h = html_wrap("""<p>Hi Marguerite and Dr. Birchfield,</p>
<p>Summary of the P&amp;T / consultant pharmacist items from Tuesday, for the Manor and swing beds:</p>
<ol>
<li><b>Formulary:</b> enoxaparin stays first-line for post-op prophylaxis; apixaban added for
continuation only (no new starts without a prescriber note).</li>
<li><b>Antipsychotic stewardship:</b> facility-wide use is 9.1% of long-stay residents vs. state average
13.4%. Gradual dose reduction attempts are on track for the quarter.</li>
<li><b>Emergency kit (E-kit):</b> adding naloxone 4 mg nasal x2 and removing the expired-prone
oral promethazine. New seal numbers will be logged at exchange.</li>
<li><b>Insulin pens:</b> reminder that pens are labeled per resident and never shared; we found two
unlabeled pens in the cart 2 fridge during the audit. They were discarded.</li>
<li><b>Next meeting:</b> January 14, 2025, 12:00, lunch provided.</li>
</ol>
<p>Pete</p>
<p style="font-size:9pt;color:#666">Pete Hollis, RPh, BCGP &middot; Consultant Pharmacist &middot; Hollis Drug</p>""")
    return mk(HOLLIS, [LINDQ, BIRCH], 'P&T summary - Q4', html=h, cc=ROEMER)


@reg('clean', 'staff')
def staff_7():
    body = """Hello all,

Prairie Wings Air Medical will hold the annual landing zone and hot-load safety refresher at the hospital
north pad on Saturday, December 7, 9:00 to noon. This is for:

  - Calder Springs VFA members (required once a year for LZ-qualified members)
  - CSCH ED nurses and house supervisors (required for anyone who escorts to the pad)
  - Sheriff's deputies who do road closures for scene flights (optional)

Agenda:
  0900  Classroom (ED conference room): LZ selection, lights, wires, radio phrases
  1000  Aircraft arrives (weather permitting). Walk-around, tail rotor zone, door operations
  1045  Hot-load drill with a dummy on our ED stretcher and the flight team's cot
  1130  Q&A, sign-in for credit (1.5 hrs CE)

Instructors: Brent Sandoval, flight paramedic, and Kristine Moll, RN, flight nurse.
Dress warm. Coffee and caramel rolls from the Auxiliary.

If weather cancels the aircraft, the classroom part still happens and we'll reschedule the drill.

Tammy Kessler, RN, CEN
ED Nurse Manager
Dale Pruitt
Chief, CSVFA"""
    return mk(KESSLER, [EDNURSES, A('CSVFA Members', 'members', VFD), A('Tamarack County Sheriff', 'dispatch', 'tamarackcounty.example')],
              'LZ / hot-load refresher - Sat Dec 7', body, cc=FLIGHT)

# =====================================================================
# CLEAN: admin
# =====================================================================
@reg('clean', 'admin')
def admin_1():
    body = """PLANNED DOWNTIME - Meridian EHR

When:   Sunday, November 17, 02:00 - 04:30
Why:    Vendor upgrade to release 24.3 (new eMAR scanning screens, lab interface patch)
Who:    All departments, including the Manor, ED, lab, imaging and business office

What to do:
 - Downtime packets are in the red binders at each nurses' station and in the ED. Check yours
   this week and make sure the forms are the 2024 version (blue header).
 - At 01:30 the night supervisor will print the downtime MAR and census reports (BCA PC in the
   med room). Do not shut that PC off.
 - Lab and imaging: use paper requisitions; results will be called.
 - Once we are back up, scan all paper into Meridian by end of day Monday. HIM will help.

The Wi-Fi, phones and badge doors are NOT affected.

Questions: helpdesk x250 or Travis's cell 555-555-0118.

CSCH IT"""
    return mk(ITDESK, ALLSTAFF, 'PLANNED DOWNTIME Sun 11/17 02:00-04:30 - Meridian EHR', body,
              extra={'Importance': 'high', 'X-Priority': '1'}, mailer='Microsoft Outlook 16.0')


@reg('clean', 'admin')
def admin_2():
    lines = ['PLAINS MEDICAL GAS & EQUIPMENT, INC.', '2700 Industrial Pkwy, Marlow City', 'Phone (555) 555-0155', '',
             'INVOICE  # PMG-2024-118842              Invoice date: 10/31/2024',
             'Customer: Calder Springs Community Hospital (Acct C-00417)', 'Ship to: 400 N. Elm Street, Calder Springs - Dock B',
             'Terms: Net 30         PO: 24-1187', '',
             'QTY  ITEM        DESCRIPTION                                  UNIT      EXT',
             '---  ----------  -------------------------------------------  --------  ---------',
             ' 24  OX-E-USP    Oxygen USP, E cylinder, exchange              $14.50    $348.00',
             '  6  OX-H-USP    Oxygen USP, H cylinder, exchange              $42.00    $252.00',
             '  2  NIT-H       Nitrogen, H cylinder (lab)                    $38.00     $76.00',
             '  1  CYL-RENT    Cylinder rental, monthly (38 cyl)             $95.00     $95.00',
             '  4  CONC-5L     Concentrator rental, 5 LPM, facility (Oct)    $65.00    $260.00',
             '  1  HAZ-DEL     Hazmat delivery fee                           $35.00     $35.00',
             '', '                                                       SUBTOTAL  $1,066.00',
             '                                                       TAX (exempt)  $0.00',
             '                                                       TOTAL DUE $1,066.00', '',
             'Remit to: PO Box 4410, Marlow City.  ACH details on file.  Thank you for your business!']
    body = """Good morning,

Please find attached invoice PMG-2024-118842 for October deliveries. Let us know if you have questions.

Kind regards,
Accounts Receivable
Plains Medical Gas & Equipment, Inc."""
    m = mk(A('Plains Medical Gas AR', 'ar', 'plainsmedgas.example'), A('Accounts Payable', 'ap'),
           'Invoice PMG-2024-118842 - Calder Springs Community Hospital', body, mailer=None)
    attach(m, pdf(lines, 'Invoice PMG-2024-118842'), 'PMG-2024-118842.pdf', 'application/pdf')
    return m


@reg('clean', 'admin')
def admin_3():
    body = """All,

Monthly generator load test is Wednesday 11/13 at 06:30. Expect:
 - A 5-10 second flicker when we transfer to generator and again at about 07:05 when we transfer back.
 - Elevators will stop briefly. Nobody on the elevator with a stretcher 06:25-07:10 please.
 - The Manor call light system will reset and show "comm fault" for ~30 seconds. That's normal.

ED and lab: your red outlets stay on throughout. The CT scanner is on the shutdown list; Bryce has
already scheduled around it.

Also, the state fire marshal will be here Thursday for the annual life safety walk-through. Keep
hallway clutter down (linen carts on one side only, no wheelchairs parked in corridors) and check
that fire doors close and latch.

Thanks,
Rusty Gebhardt
Facilities / Plant Operations
x260  cell 555-555-0132"""
    return mk(A('Rusty Gebhardt', 'rgebhardt'), ALLSTAFF, 'Generator test Wed 6:30am + fire marshal Thurs', body)


@reg('clean', 'admin')
def admin_4():
    h = html_wrap("""<h2 style="color:#1f4e79">Open Enrollment: November 4 &ndash; 22</h2>
<p>It's time to make your 2025 benefit elections. If you do nothing, your medical, dental and vision
elections roll over, <b>but your Flexible Spending Account does not</b>.</p>
<h3>What's new for 2025</h3>
<ul>
<li>Heartland Mutual remains our medical carrier. Employee-only premium stays at $68 per pay period on the
base plan.</li>
<li>The HSA-qualified plan employer contribution increases to $750 (single) / $1,500 (family).</li>
<li>Vision moves to Lakeside Vision Service; new cards will be mailed in December.</li>
<li>Voluntary pet insurance is now available.</li>
</ul>
<h3>Benefits fair</h3>
<p>Thursday, November 7, 10:00&ndash;14:00 and 22:00&ndash;23:30 (night shift), hospital cafeteria. Carrier reps
will be on site. Flu shots for staff will also be available at the fair from Employee Health.</p>
<p>Enroll online in the HR portal (hr.caldersprings-hospital.example) or stop by HR.</p>
<p>Questions? Contact Melissa Harms, HR Generalist, ext. 203.</p>""")
    return mk(HRDEPT, ALLSTAFF, '2025 Open Enrollment starts Monday', html=h)


@reg('clean', 'admin')
def admin_5():
    body = """Minutes - Finance Committee of the Board
Calder Springs Community Hospital
Tuesday, October 22, 2024, 5:30 pm, Board Room

Present: Harlan Vogt (chair), Dr. Samuel Birchfield, Connie Ahrendt, Rev. Paul Iverson,
Mark Tenneson (CEO), Gwen Albrecht (CFO). Guest: Lyle Decker, CPA (Decker & Stroh).

1. September financials. Operating revenue $1.42M, 3% over budget driven by ED volume (412 visits,
   up from 371) and swing bed days (188 vs. 150 budgeted). Days cash on hand 96.
2. Medicare cost report (FYE 6/30/24). Decker & Stroh expect filing by 11/30. Preliminary settlement
   is a receivable of roughly $310K, mostly swing bed and observation cost-to-charge true-up.
3. Manor occupancy averaged 84% (38.6 of 46 beds). Medicaid share 61%. Discussed the state's
   proposed 2025 rate increase of 4.2%.
4. Capital: approved the CT tube replacement ($118K) and the north helipad light controller ($9,400,
   county shares 50%).
5. Ambulance subsidy agreement with the VFA renewed at $42,000/yr.

Next meeting November 26. Adjourned 6:48 pm.

Respectfully submitted,
Janelle Voss, recording secretary"""
    m = mk(A('Janelle Voss', 'jvoss'), [TENNESON, ALBRECHT, A('Board of Directors', 'board')],
           'Finance Committee minutes 10/22 - draft for approval', 'Draft minutes attached and below for review.\n\n' + body)
    attach(m, docx(body.split('\n')), 'FinanceCmte_Minutes_2024-10-22_DRAFT.docx',
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return m


@reg('clean', 'admin')
def admin_6():
    prev = """Mark,

Attached is the 2025 renewal for the tele-emergency and tele-pharmacy services agreement. Terms are unchanged
except:
- Monthly base fee increases from $5,900 to $6,150 (4.2%)
- Per-activation fee remains $0 for the first 40 activations/month
- Tele-pharmacy after-hours order verification extended to include swing beds at no added cost
- Term: Jan 1, 2025 - Dec 31, 2027, 90-day termination for convenience

Please return the signed signature page by December 1 to avoid a gap in service.

Best,
Alyssa Conroy
Director of Partner Services, Heartland TeleCare Network"""
    body = """Gwen - can you look at the rate language before I sign? Legal review from Brogan's office is
already done, they only flagged the indemnification clause, which Heartland agreed to make mutual.
I'd like to get this out by Thanksgiving.

Mark

-----Original Message-----
From: Alyssa Conroy <aconroy@heartlandtelecare.example>
Sent: Friday, November 8, 2024 3:41 PM
To: Mark Tenneson <mtenneson@%s>
Subject: 2025 Services Agreement - renewal

%s""" % (HOSP, prev)
    m = mk(TENNESON, ALBRECHT, 'FW: 2025 Services Agreement - renewal', body + FOOTER, mailer='Microsoft Outlook 16.0')
    paras = ['# SERVICES AGREEMENT - RENEWAL AMENDMENT NO. 3',
             'Between Heartland TeleCare Network ("Provider") and Calder Springs Community Hospital ("Facility").',
             '1. Term. This Amendment extends the Agreement from January 1, 2025 through December 31, 2027.',
             '2. Fees. Base monthly fee: $6,150.00. Activations in excess of 40 per month: $85.00 each.',
             '3. Services. Tele-emergency physician consultation 24/7; tele-pharmacy order verification 18:00-07:00 '
             'for ED, inpatient and swing bed units.',
             '4. Indemnification. Section 9 is replaced in its entirety with mutual indemnification language (Exhibit B).',
             '5. Business associate terms in Exhibit C remain in effect.',
             '', 'Facility: ______________________  Date: ________',
             'Provider: ______________________  Date: ________']
    attach(m, docx(paras), 'HTN_CSCH_Amendment3_2025.docx',
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return m


@reg('clean', 'admin')
def admin_7():
    body = """Dear ClaimBridge client,

Beginning January 1, 2025 the following changes apply to your clearinghouse services:

  Service                               Current       2025
  Professional/institutional claims     $0.32/claim   $0.35/claim
  Real-time eligibility (270/271)       $0.12/txn     $0.12/txn
  ERA (835) delivery                    included      included
  Paper claim drop-to-print             $0.89         $0.95
  Monthly minimum                       $150          $175

Your account manager remains Trent Olafson (555-555-0171). Payer enrollment requests submitted before
December 15 will be processed at no charge.

Also: scheduled maintenance Saturday 11/23, 22:00-02:00 CT. Batches submitted during this window will
queue and process afterward.

ClaimBridge Client Services
This is a service message. Account: CSCH-0417"""
    return mk(A('ClaimBridge', 'notices', CLR), BUSOFF, 'Important: 2025 pricing and maintenance notice', body, mailer=None)

# =====================================================================
# CLEAN: look-alikes
# =====================================================================
@reg('clean', 'lookalike')
def look_1():
    body = """Hi Tammy Kessler,

Your October e-Statement for Member #4471-0922 is ready to view in Online Banking.

  Statement period:    10/01/2024 - 10/31/2024
  Share Savings (S01)  ending balance available online
  Checking (S10)       ending balance available online
  Auto loan (L02)      next payment due 11/15/2024

Reminder: our Calder Springs branch will be closed Monday, November 11 for Veterans Day.

Tamarack Valley Federal Credit Union
Member Services (555) 555-0135
This email was sent to tkessler@%s because you enrolled in e-Statements.
Federally insured by NCUA.""" % HOSP
    return mk(A('Tamarack Valley FCU', 'estatements', 'tamarackvalleyfcu.example'), KESSLER,
              'Your e-Statement is ready - Member #****0922', body, mailer=None)


@reg('clean', 'lookalike')
def look_2():
    h = html_wrap("""<table width="600" style="font-family:Arial;font-size:13px">
<tr><td style="background:#0b3d6e;color:#fff;padding:10px"><b>PLAINSAIR</b> &nbsp; Your trip confirmation</td></tr>
<tr><td>
<p>Thanks for booking, <b>GWEN ALBRECHT</b>.</p>
<p>Confirmation code: <b>QX7RTM</b><br>Ticket number: 0275512893310<br>
SkyPoints member #: PA 60 118 274 &middot; Silver</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Date</th><th>Flight</th><th>From</th><th>To</th><th>Depart</th><th>Arrive</th><th>Seat</th></tr>
<tr><td>Mon 04 Nov</td><td>PA 1182</td><td>Marlow City (MRW)</td><td>Kansas City (MCI)</td><td>06:10</td><td>07:42</td><td>8C</td></tr>
<tr><td>Thu 07 Nov</td><td>PA 1187</td><td>Kansas City (MCI)</td><td>Marlow City (MRW)</td><td>18:25</td><td>19:58</td><td>7A</td></tr>
</table>
<p>Traveling for the <i>Rural Hospital Finance Summit</i>? Show this email at the Marriott desk for the conference
rate.</p>
<p>Special service requests: none. Need wheelchair assistance or traveling with medical equipment?
Update your trip in the app.</p>
</td></tr></table>""", font='Arial')
    return mk(A('PlainsAir', 'reservations', 'plainsair.example'), A('Gwen Albrecht', 'galbrecht'),
              'Your trip confirmation QX7RTM - MRW to MCI Nov 4', html=h, mailer=None)


@reg('clean', 'lookalike')
def look_3():
    body = """Hi Curtis,

Your Tamarack Fitness & Wellness membership renews on December 1.

  Member ID:      TFW-002817
  Plan:           Healthcare Worker Annual (24/7 access)
  Renewal amount: $299.00 (card ending 4410)

Thank you for being one of our healthcare hero members! As a reminder, the hospital wellness
reimbursement program covers up to $150 of your membership - submit your receipt to HR.

New in December: 5:30 am spin with Coach Dani, and the Tuesday "Strong Seniors" class is moving
to the community center gym.

Stay strong,
Tamarack Fitness & Wellness
118 Railroad Ave, Calder Springs | (555) 555-0168
Unsubscribe"""
    return mk(A('Tamarack Fitness & Wellness', 'members', 'tamarackfitness.example'), VANG,
              'Membership renewal notice - TFW-002817', body, mailer=None)


@reg('clean', 'lookalike')
def look_4():
    body = """Dear Marguerite Lindqvist,

We have received your claim for hail damage reported on 10/14/2024.

  Policy number:   PA-7731-20455-01 (2019 Subaru Outback)
  Claim number:    24-HL-0098213
  Date of loss:    10/12/2024
  Adjuster:        Corey Bjornstad, (555) 555-0157

A photo estimate appointment has been set for Friday 10/18 between 9:00 and 11:00 at the hospital
parking lot (400 N. Elm St.) as you requested. Your comprehensive deductible is $500. If the
vehicle needs paintless dent repair, our preferred shop in Marlow City can provide a rental.

Your homeowners policy (HO-7731-88102) is not affected by this claim. If your roof was also
damaged, please file a separate claim.

Prairie Farmers Mutual Insurance
Claims Department"""
    return mk(A('Prairie Farmers Mutual Claims', 'claims', 'prairiefarmersmutual.example'), LINDQ,
              'Claim 24-HL-0098213 acknowledgement', body, mailer=None)


@reg('clean', 'lookalike')
def look_5():
    prev = """Hi Melissa,

I got married on October 19 and need to add my husband to my insurance and change my last name
(Schmitz -> Raabe). Do I need to bring in the marriage certificate, and is there a deadline? My member ID
on the card is HMH554017263-01 if that helps. Also can I switch from single to family on the dental too,
or is that only at open enrollment?

Thanks!
Brittany"""
    reply = """Congratulations Brittany!

Marriage is a qualifying life event, so you have 30 days from the date of marriage (so by Nov 18) to add
him. Yes, we'll need a copy of the marriage certificate; a photo of it is fine. You can change medical,
dental and vision all at once, and the coverage starts the first of the month after we receive the form.
Your member ID will stay the same, he'll get the -02 suffix. New cards come in about 2 weeks.

I'll put the change form in your mailbox in the lab.

Melissa Harms
HR Generalist, ext. 203"""
    body = reply + '\n\n' + outlook_hdr(A('Brittany Raabe', 'braabe'), 'Monday, October 28, 2024 11:52 AM',
                                        A('Melissa Harms', 'mharms'), 'benefits - name change and adding spouse') + '\n' + prev
    return mk(A('Melissa Harms', 'mharms'), A('Brittany Raabe', 'braabe'), 'RE: benefits - name change and adding spouse',
              body + FOOTER, mailer='Microsoft Outlook 16.0')


@reg('clean', 'lookalike')
def look_6():
    hl7 = '\n'.join([
        'MSH|^~\\&|MERIDIAN|CSCH|PRL-LIS|PRAIRIEREF|20241112101500||ORM^O01|TST0001|T|2.5.1',
        'PID|1||999000123^^^CSCH^MR||ZZTEST^ADULT^ONE||19500101|F|||1 TEST ST^^CALDER SPRINGS^NE^68999',
        'PV1|1|O|LAB^^^CSCH',
        'ORC|NW|TST-ORD-0001',
        'OBR|1|TST-ORD-0001||80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20241112101000',
    ])
    body = """Ramon / Travis,

Validation results for the lab interface patch in the TEST environment (TST), all using the standard test
patients. Nothing was sent in PROD.

Test patient            MRN         Scenario                         Result
ZZTEST, ADULT ONE       999000123   CMP order -> result round trip   PASS
ZZTEST, ADULT TWO       999000124   Critical value flag (K 6.8)      PASS - red flag + task
ZZTEST, PEDS ONE        999000125   Age-based ref ranges (age 4)     FAIL - adult ranges shown
ZZTEST, MANOR ONE       999000126   Manor location routing           PASS
ZZTEST, DUPLICATE       999000127   Duplicate order check            PASS

Sample outbound ORM for ZZTEST, ADULT ONE (test processing ID "T"):

%s

The PEDS failure is a reference-range table issue in PRL's build, ticket PRL-IF-1183. Go-live is held
until they fix it and we retest.

Jen Sorbo
Meridian Implementation Analyst""" % hl7
    return mk(A('Jen Sorbo', 'jsorbo', EHRV), [QUINTERO, HEUER], 'TST validation - lab interface patch 24.3', body)


@reg('clean', 'lookalike')
def look_7():
    body = """Order Confirmation and Shipping Notice

Thank you for your order, Calder Springs Manor!

Order #: MSD-88410273        PO: 24-1203
Customer #: 0057712          Ship to: Calder Springs Manor, Central Supply, 400 N. Elm St.
Carrier: FedEx Ground        Tracking: 7731 4402 9916 0218
Estimated delivery: Thu 11/14

Item        Description                                         Qty   UOM
GLV-N-M     Nitrile exam gloves, medium, powder-free            20    BX/100
GLV-N-L     Nitrile exam gloves, large                          10    BX/100
BRF-XL      Adult briefs, XL, heavy absorbency                   8    CS/72
IV-SK-22    IV start kit w/ 22g catheter                         2    CS/50
GLU-STR     Blood glucose test strips (for facility meters)     12    BX/50
SHRP-1G     Sharps container, 1 gal                             24    EA

Backordered: WND-FOAM-4 (foam dressing 4x4) - est. ship 11/20.

Questions? Your rep is Kayleigh Dunn, (555) 555-0159.
Midstates Medical Supply"""
    return mk(A('Midstates Medical Supply', 'orders', 'midstatesmed.example'), A('Central Supply', 'centralsupply'),
              'Shipped: Order MSD-88410273', body, mailer=None)

# =====================================================================
# CLEAN: news
# =====================================================================
@reg('clean', 'news')
def news_1():
    txt = """THE SPRINGS REPORT - Fall 2024
News from Calder Springs Community Hospital & Calder Springs Manor

NEW CT SCANNER IS UP AND RUNNING
Our new 64-slice CT went live September 30. Scans are faster and use up to 40% less radiation. Lead
technologist Bryce Lundgren and his team completed 210 scans in the first month.

WELCOME, DR. DASGUPTA
Locum physician Dr. Priyanka Dasgupta joins our ED coverage rotation in December.

SERVICE ANNIVERSARIES
25 years: Lois Fenske (HIM) - 20 years: Rusty Gebhardt (Facilities) - 10 years: Shawna Reiswig (Manor)
5 years: Ramon Quintero (Lab), Jocelyn Dimaculangan (Manor)

FOUNDATION GALA RAISES $64,000
Thank you to everyone who came to "Harvest Under the Stars." Proceeds go toward a powered ambulance
cot and a bladder scanner for the Manor.

FLU SHOTS
Walk-in flu shots are available at the clinic Monday-Friday 8-4. Most insurance accepted.

Calder Springs Community Hospital, 400 N. Elm Street. To unsubscribe reply STOP."""
    h = html_wrap("""<h1 style="color:#2e5e3e">The Springs Report &ndash; Fall 2024</h1>
<p><i>News from Calder Springs Community Hospital &amp; Calder Springs Manor</i></p>
<h3>New CT scanner is up and running</h3>
<p>Our new 64-slice CT went live September 30. Scans are faster and use up to 40% less radiation. Lead technologist
Bryce Lundgren and his team completed 210 scans in the first month.</p>
<h3>Welcome, Dr. Dasgupta</h3><p>Locum physician Dr. Priyanka Dasgupta joins our ED coverage rotation in December.</p>
<h3>Service anniversaries</h3>
<p><b>25 years:</b> Lois Fenske (HIM) &middot; <b>20 years:</b> Rusty Gebhardt (Facilities) &middot; <b>10 years:</b>
Shawna Reiswig (Manor)<br><b>5 years:</b> Ramon Quintero (Lab), Jocelyn Dimaculangan (Manor)</p>
<h3>Foundation gala raises $64,000</h3>
<p>Thank you to everyone who came to &ldquo;Harvest Under the Stars.&rdquo; Proceeds go toward a powered ambulance cot
and a bladder scanner for the Manor.</p>
<h3>Flu shots</h3><p>Walk-in flu shots are available at the clinic Monday&ndash;Friday 8&ndash;4. Most insurance accepted.</p>
<p style="font-size:9pt;color:#777">Calder Springs Community Hospital, 400 N. Elm Street. To unsubscribe reply STOP.</p>""")
    return mk(A('Calder Springs Community Hospital', 'news'), A('Springs Report subscribers', 'springsreport'),
              'The Springs Report - Fall 2024', txt, html=h, cte='quoted-printable', mailer=None)


@reg('clean', 'news')
def news_2():
    body = """FOR IMMEDIATE RELEASE
Tamarack County Public Health announces fall vaccine clinics

Tamarack County Public Health will hold free and low-cost flu and updated COVID-19 vaccine clinics:

  Tue Oct 15   3:00-6:30 pm   Hatley Community Center
  Sat Oct 19   9:00-noon      Calder Springs Fire Hall (drive-through)
  Thu Oct 24   10:00-2:00     Calder Springs Manor conference room (public welcome, use east door)
  Wed Oct 30   3:00-6:30 pm   Tamarack County Fairgrounds, 4-H building

Bring your insurance card if you have one; no one will be turned away for inability to pay. RSV
vaccine is available by appointment for adults 75 and older and adults 60-74 at increased risk.
Children's vaccines (VFC) available at all sites.

Last season, 41% of county residents age 65+ received a flu vaccine, below the state average of 52%.

Contact: Annika Strand, RN, PHN, (555) 555-0188
Tamarack County Public Health, 210 Courthouse Square"""
    return mk(CPHINFO, [A('Calder Springs Courier', 'news', 'cscourier.example'), A('KTAM Radio', 'newsroom', 'ktam.example')],
              'PRESS RELEASE: Fall vaccine clinics', body, cc=[A('CSCH Marketing', 'marketing')], mailer=None)


@reg('clean', 'news')
def news_3():
    lines = ['Tamarack County Community Health Needs Assessment 2024 - Summary',
             'Prepared for Calder Springs Community Hospital and Tamarack County Public Health', '',
             'Survey responses: 612 adults (response rate 18%). Focus groups: 6 (farmers, seniors, Latino',
             'families, dairy workers, youth, first responders). Key informant interviews: 14.', '',
             'Top priorities identified:',
             '  1. Access to mental health services (cited by 58% of respondents)',
             '  2. Substance use, including methamphetamine and alcohol (44%)',
             '  3. Chronic disease - diabetes, heart disease, obesity (39%)',
             '  4. Aging in place / long-term care capacity (31%)',
             '  5. Transportation to specialty care in Marlow City (27%)', '',
             'Selected indicators (county vs. state):',
             '  Adults with no usual source of care ........ 19% vs 14%',
             '  Adult obesity .............................. 36% vs 33%',
             '  Population age 65+ ......................... 24% vs 17%',
             '  Uninsured, under 65 ........................ 11% vs 8%',
             '  Avg. EMS response time, rural calls ........ 17 min', '',
             'Public comment period: through December 6, 2024. Full report at the hospital and county websites.']
    body = """Board members and community partners,

Attached is the two-page summary of the 2024 CHNA. All data are aggregate; individual survey responses are
held by the university research partner and were never shared with us. The implementation plan workgroup
meets December 10.

Mark Tenneson, FACHE
CEO, Calder Springs Community Hospital"""
    m = mk(TENNESON, [A('Board of Directors', 'board'), STRAND, PRUITT], 'CHNA 2024 summary for public comment', body + FOOTER)
    attach(m, pdf(lines, 'CHNA 2024 Summary'), 'CHNA2024_Summary.pdf', 'application/pdf')
    return m


@reg('clean', 'news')
def news_4():
    h = html_wrap("""<h2>Volunteer Spotlight: Irene Bakken</h2>
<p><img alt="[photo]" width="1" height="1"> If you've been through the front entrance on a Tuesday or Thursday morning in the
last 17 years, you have probably been greeted by Irene Bakken. Irene joined the Calder Springs Hospital Auxiliary in
2007 after retiring from 31 years of teaching fourth grade at Calder Springs Elementary.</p>
<p>Irene runs the gift shop book cart, knits the baby hats that every newborn delivered in our ED (all three this
year!) takes home, and organizes the Auxiliary's caramel roll sale, which raised $3,800 this fall.</p>
<p>&ldquo;I like being the first friendly face people see,&rdquo; Irene says. &ldquo;Nobody comes to a hospital on
their best day.&rdquo;</p>
<p>When she's not volunteering, Irene is tending her dahlias, following the Calder Springs Cougars volleyball team,
and spoiling her seven grandchildren.</p>
<p>Thank you, Irene! Interested in joining the Auxiliary? Call Connie Ahrendt at (555) 555-0102.</p>""")
    return mk(A('CSCH Auxiliary', 'auxiliary'), ALLSTAFF, 'Volunteer Spotlight: Irene Bakken', html=h, mailer=None)


@reg('clean', 'news')
def news_5():
    body = """Calder Springs Health Foundation - Donor Thank-You

The Foundation board is pleased to announce a $38,000 gift from the Walter and Edna Schlimgen family
to purchase a powered stretcher and load system for the Calder Springs Volunteer Fire & Ambulance.
The Schlimgens farmed northeast of Calder Springs for four generations. "Our volunteers lift
neighbors every week," said Chief Dale Pruitt. "This protects their backs and makes every transport
smoother."

Also thank you to:
  - Tamarack Co-op Elevator ($5,000, helipad light controller match)
  - Calder Springs Lions Club ($2,500, Manor courtyard benches)
  - St. John's Lutheran Women ($1,200, comfort quilts)
  - Anonymous ($10,000, Employee Emergency Fund)

A dedication for the new stretcher will be held at the fire hall on Saturday, December 14 at 2 pm.
Coffee and kolaches to follow.

Renee Schultz, Foundation Director
(555) 555-0103"""
    return mk(A('Calder Springs Health Foundation', 'foundation'), [ALLSTAFF, A('CSVFA Members', 'members', VFD)],
              'Thank you, Schlimgen family!', body, cte='quoted-printable')


@reg('clean', 'news')
def news_6():
    body = """Calder Springs Volunteer Fire & Ambulance - OPEN HOUSE + HANDS-ONLY CPR

Sunday, November 17, 1:00-4:00 pm, Fire Hall, 102 Depot Street

  - Tour the new Rig 2 and the fire engines
  - Hands-only CPR and AED practice every 30 minutes (takes 15 minutes, ages 10+)
  - Stop the Bleed tourniquet station with Carrie Voight, AEMT
  - Car seat checks by the county public health nurse
  - Meet the Prairie Wings flight crew (aircraft weather permitting, 2:00)

By the numbers, 2024 year to date: 318 ambulance calls, 41 fire calls, 22 mutual aid,
14 helicopter rendezvous, average 9 volunteers available overnight. We need more! Ask about
becoming an EMR, EMT or driver - training is paid for by the district.

Chili feed by the Auxiliary, free will donation.

Dale Pruitt, Chief"""
    return mk(PRUITT, [A('Calder Springs Courier', 'news', 'cscourier.example'), A('Community list', 'community', 'calderspringscity.example')],
              'Open house + hands-only CPR Nov 17', body, mailer=None)


# =====================================================================
# CLEAN: training / templates / policy
# =====================================================================
@reg('clean', 'training')
def train_1():
    body = """2024 Annual Privacy & Confidentiality Training - Quiz (10 questions)
Complete in HealthStream by December 31. Passing score 80%.
All names below are FICTITIOUS and used for training only.

1. You are at the grocery store and a neighbor asks how "Mr. Example" (a fictitious patient) is doing
   after his ED visit. What do you say?
   a) Give a short update since everyone in town already knows
   b) Say you can't discuss anyone's care and suggest they contact the family
   c) Tell them to call the ED
2. A family member of a fictitious Manor resident, "Mrs. Sample," asks for a copy of her chart.
   The first step is:
   a) Make the copies   b) Verify the requester is the personal representative/POA   c) Fax it
3. True or False: It is okay to look up your own chart in Meridian using your work login.
4. True or False: Texting a photo of a wound to the provider from your personal phone is allowed
   if you delete it afterward.
5. The minimum necessary standard applies to which of the following? (select all)
6. Who is the CSCH Privacy Officer?  (answer: Lois Fenske, HIM Director, ext. 207)
7. A fax with patient information went to the wrong number. Within how many hours should you
   notify the Privacy Officer?
8. Can EMS crews receive patient information from the ED for treatment and quality review? (Y/N)
9. Social media: a coworker posts "rough night in the ER, small towns are tough." Is this a
   violation? Explain.
10. Where do you put paper with patient information at the end of the shift?

Answer key is in the instructor guide (Lois has it)."""
    return mk(FENSKE, ALLSTAFF, 'Annual privacy training + quiz - due 12/31', body + FOOTER)


@reg('clean', 'training')
def train_2():
    hl7 = '\n'.join([
        'MSH|^~\\&|SENDAPP|SENDFAC|RECVAPP|RECVFAC|20240101120000||ADT^A01^ADT_A01|MSG00001|T|2.5.1',
        'EVN|A01|20240101120000',
        'PID|1||TEST0001^^^SENDFAC^MR||SAMPLE^PATIENT^A||19000101|U|||123 ANY ST^^ANYTOWN^XX^00000',
        'PV1|1|I|WARD^101^A^SENDFAC||||0000^DOCTOR^TEST',
    ])
    body = """Interface 101 - session 2 handout (Meridian user group, rural track)

Below is a SAMPLE ADT^A01 message. The patient, facility and provider are all made up (note the
"T" processing ID in MSH-11 and the obviously fake 1900 birth date). Do not paste real messages into
training material or the user-group forum.

%s

Exercise:
 1. Which field holds the medical record number? (PID-3)
 2. What is the patient class? (PV1-2 = I, inpatient)
 3. What would change for a swing bed admission? Hint: most CAHs use PV1-2 = I with a swing
    bed location and PV1-18 patient type "SWG".
 4. Which event should fire when an ED patient is changed to observation? (A08 vs A06 - discuss)

Bring questions to Thursday's call. Slides are on the user-group site.

Jen Sorbo
Meridian Implementation Analyst""" % hl7
    return mk(A('Jen Sorbo', 'jsorbo', EHRV), [HEUER, A('Meridian Rural User Group', 'rural-ug', EHRV)],
              'Interface 101 handout - session 2', body, mailer=None)


@reg('clean', 'training')
def train_3():
    h = html_wrap("""<p>Team,</p>
<p>Starting 12/1 please use this SBAR template for all ED-to-inpatient and ED-to-swing-bed handoffs, and for
calls to St. Brennan. Copy it into the Meridian note; the bracketed fields are placeholders.</p>
<pre style="font-family:Consolas,monospace;background:#f4f4f4;padding:8px">
S - SITUATION
  Patient: [Last name, First name]   DOB: [MM/DD/YYYY]   MRN: [CS########]
  Room/bed: [ ]   Code status: [Full / DNR / POLST on file]
  Reason for call/handoff: [ ]

B - BACKGROUND
  Arrived: [time] via [private vehicle / CSVFA / other]
  Pertinent history: [ ]
  Allergies: [ ]
  Treatments given: [meds, fluids, procedures with times]

A - ASSESSMENT
  Last vitals: BP [ ]  HR [ ]  RR [ ]  SpO2 [ ] on [RA / O2 L/min]  Temp [ ]  Pain [0-10]
  Concern: [ ]

R - RECOMMENDATION
  [Transfer / admit / observe / provider to bedside within __ min]
  Pending results: [ ]   Family notified: [Y/N, who]
</pre>
<p><b>Example (fictitious):</b> &ldquo;Patient: DOE, JANE &ndash; DOB 01/01/1950 &ndash; MRN CS00000000&rdquo; &mdash; this
record does not exist; do not search for it.</p>
<p>Tammy Kessler, RN, CEN &middot; ED Nurse Manager</p>""")
    return mk(KESSLER, [EDNURSES, A('Inpatient Nursing', 'ipnursing')], 'New SBAR handoff template (starts 12/1)', html=h)


@reg('clean', 'training')
def train_4():
    paras = ['# POLICY HIM-104: Release of Information',
             'Calder Springs Community Hospital and Calder Springs Manor',
             'Effective: 01/01/2025   Replaces: HIM-104 (rev. 2021)   Owner: HIM Director / Privacy Officer',
             '# 1. Purpose',
             'To describe how the facility responds to requests for patient and resident records while protecting '
             'confidentiality as required by federal and state law.',
             '# 2. Requests from patients and personal representatives',
             '2.1 Requests must be in writing on form HIM-104A or a valid equivalent signed by the patient or '
             'personal representative (POA for health care, guardian, or executor).',
             '2.2 Identity is verified with photo ID; for mailed requests, signature is compared with the '
             'registration record.',
             '2.3 Copies are provided within 30 days, electronic copies in the format requested if readily producible.',
             '# 3. Requests for continuity of care',
             '3.1 Records may be released to another treating provider (e.g., St. Brennan, Tamarack County Public Health, '
             'the Calder Springs VFA) without authorization when needed for treatment.',
             '# 4. Attorneys, insurers and others',
             '4.1 Require a valid authorization or subpoena accompanied by satisfactory assurance, or court order.',
             '# 5. Fees',
             '5.1 Per state schedule; no fee for continuity-of-care or patient requests for electronic copies under 50 pages.',
             '# 6. Documentation',
             '6.1 Every disclosure outside treatment, payment or operations is logged in the Meridian disclosure log.',
             'Approved: Medical Executive Committee 11/19/2024; Board of Directors 11/26/2024.']
    body = """Attached is the revised Release of Information policy for comment before MEC on 11/19. Main changes:
the 30-day turnaround (was 15 working days, which we never met), electronic copy language, and
clarifying that the VFA and county public health count as continuity of care.

Redlines available if anyone wants them.

Lois Fenske, RHIT
HIM Director / Privacy Officer"""
    m = mk(FENSKE, [A('Department Heads', 'depthead'), BIRCH], 'Policy HIM-104 draft for comment', body + FOOTER)
    attach(m, docx(paras), 'HIM-104_Release_of_Information_DRAFT.docx',
           'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    return m


@reg('clean', 'training')
def train_5():
    body = """MDS 3.0 refresher - Section GG practice case

For Thursday's in-service. This is a TRAINING CASE: "Resident Jane Q. Sample" is invented and any
resemblance to a real resident is coincidental. Do not enter her in Meridian (use the MDS training
environment if you want to practice).

Practice case:
  Resident: Jane Q. Sample (training)    Age: 82    Admission: Medicare Part A skilled
  Day 2 observations (made up for scoring practice):
    - Eating: sets up own tray, needs help cutting meat only
    - Oral hygiene: brushes teeth after staff places supplies
    - Toileting hygiene: staff performs more than half of the effort
    - Sit to stand: one staff member lifts trunk, resident contributes
    - Walk 10 feet: with walker, staff provides steadying only

Score each item 01-06 (or 07/09/10/88), then compare with the answer key on the back.

Common mistakes we saw in the last audit (aggregate, 14 assessments reviewed):
  - Coding the BEST performance instead of usual performance (5 of 14)
  - Missing discharge goals (3 of 14)
  - "Not attempted" used when the activity actually occurred (2 of 14)

Faye Roemer, RN, RAC-CT
MDS Coordinator"""
    return mk(ROEMER, [MANORNURSES, A('Kyle Fruechte, PT', 'kfruechte')], 'Section GG practice case for Thursday',
              body, cte='base64')


@reg('clean', 'training')
def train_6():
    lines = ['CALDER SPRINGS COMMUNITY HOSPITAL', 'INTERFACILITY TRANSFER FORM (TEMPLATE - rev. 11/2024)', '',
             'Patient name: ______________________________   DOB: ____/____/______   MRN: ______________',
             'Sending physician: __________________________   Receiving facility: ___________________________',
             'Accepting physician: ________________________   Date/time accepted: _______________',
             '', 'Reason for transfer:  [ ] higher level of care   [ ] service not available   [ ] patient request',
             'Mode:  [ ] Ground BLS   [ ] Ground ALS   [ ] Ground + RN   [ ] Air (Prairie Wings)   [ ] Other',
             '', 'Vitals at transfer:  BP ______  HR ____  RR ____  SpO2 ____%  Temp _____',
             'Lines/devices: ______________________________________________',
             'Medications given (drug/dose/time): _________________________________________________',
             'Code status: ___________     Consent to transfer signed:  [ ] Yes  [ ] No (reason) ________',
             '', 'Records sent:  [ ] paper  [ ] HIE   Imaging on disc: [ ] Yes [ ] No',
             'Family notified (name/phone): _____________________________________', '',
             'Physician certification: I certify that the medical benefits reasonably expected from transfer',
             'outweigh the increased risks to the patient.', '',
             'Signature: _____________________________  Date/Time: ______________']
    body = """All,

The revised interfacility transfer form is attached (blank template). Please replace the stock in the ED
and the house supervisor office by Friday. Changes: "Ground + RN" checkbox, HIE record box, and the
family notification line.

A completed example is in the ED orientation binder; it uses a fictitious patient and is stamped SAMPLE.

Tammy"""
    m = mk(KESSLER, [EDNURSES, A('House Supervisors', 'housesup')], 'Revised transfer form (blank) - replace stock by Fri',
           body + FOOTER)
    attach(m, pdf(lines, 'Interfacility Transfer Form Template'), 'Transfer_Form_Template_rev2024-11.pdf', 'application/pdf')
    return m

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
    os.makedirs(OUT, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in MESSAGES:
        n = counts.get((label, kind), 0) + 1
        counts[(label, kind)] = n
        d = DAY.get(fn.__name__)
        FORCED_DATE[0] = when(*d) if d else None
        msg = fn()
        FORCED_DATE[0] = None
        fname = '%s-%s-%03d.eml' % (label, kind, n)
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        rows.append((fname, label, kind, patient if label == 'phi' else ''))
    assert counts == EXPECTED, counts
    assert len(rows) == 86
    assert sum(1 for r in rows if r[1] == 'phi') == 53
    assert sum(1 for r in rows if r[1] == 'clean') == 33
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for (label, kind), c in sorted(EXPECTED.items()):
        print('%s-%s: %d' % (label, kind, counts[(label, kind)]))
    print('total: %d' % len(rows))


if __name__ == '__main__':
    main()
