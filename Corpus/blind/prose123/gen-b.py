#!/usr/bin/env python3
"""Generate a blind evaluation mail set for a hospital laboratory outreach service.

Usage: python3 gen.py OUTDIR
Standard library only; deterministic.
"""
import sys, os, io, csv, random, zipfile, zlib, textwrap, datetime, json
import email.policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email.headerregistry import Address

SEED = 12302
random.seed(SEED)

# ---------------------------------------------------------------- helpers
TZ_CDT = datetime.timezone(datetime.timedelta(hours=-5))
TZ_CST = datetime.timezone(datetime.timedelta(hours=-6))

_clock = [datetime.datetime(2024, 9, 3, 6, 40, tzinfo=TZ_CDT)]
_WHEN = [None]


def tz_for(d):
    if datetime.datetime(2024, 11, 3, 2) <= d.replace(tzinfo=None) < datetime.datetime(2025, 3, 9, 2):
        return TZ_CST
    return TZ_CDT


def dt(y, mo, d, h, mi):
    base = datetime.datetime(y, mo, d, h, mi, random.randint(0, 59))
    return base.replace(tzinfo=tz_for(base))


def next_date(days=None, hour=None):
    """Advance a pseudo clock so dates are spread and deterministic."""
    d = _clock[0] + datetime.timedelta(days=days if days is not None else random.randint(0, 3),
                                       minutes=random.randint(7, 290))
    if hour is not None:
        d = d.replace(hour=hour, minute=random.randint(0, 59))
    if d.hour < 6 or d.hour > 21:
        d = d.replace(hour=random.randint(7, 17))
    tz = TZ_CDT if (d.month, d.day) < (11, 3) or d.month < 3 or (d.month, d.day) >= (3, 9) else TZ_CST
    if d.year == 2024 and (d.month > 11 or (d.month == 11 and d.day >= 3)):
        tz = TZ_CST
    if d.year == 2025 and (d.month < 3 or (d.month == 3 and d.day < 9)):
        tz = TZ_CST
    d = d.replace(tzinfo=tz, second=random.randint(0, 59))
    _clock[0] = d
    return d


def msgid(domain):
    return "<%s.%s@%s>" % (''.join(random.choice('0123456789ABCDEF') for _ in range(16)),
                           random.randint(100000, 999999), domain)


def D(s):
    return textwrap.dedent(s).lstrip('\n')


def quote(text, prefix='> '):
    out = []
    for line in text.splitlines():
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return '\n'.join(out)


def mk(frm, to, subject, cc=None, date=None, reply_to=None, in_reply_to=None,
       xmailer=None, extra=None):
    m = EmailMessage(policy=email.policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    if date is None and _WHEN[0] is not None:
        date = dt(*_WHEN[0])
        _WHEN[0] = None
    d = date or next_date()
    m['Date'] = format_datetime(d)
    dom = frm.split('@')[-1].strip('> ')
    m['Message-ID'] = msgid(dom)
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
        m['References'] = in_reply_to
    if reply_to:
        m['Reply-To'] = reply_to
    if xmailer:
        m['X-Mailer'] = xmailer
    for k, v in (extra or []):
        m[k] = v
    m['MIME-Version'] = '1.0'
    return m


def body(m, text, cte=None, charset='utf-8', subtype='plain'):
    kw = {'subtype': subtype, 'charset': charset}
    if cte:
        kw['cte'] = cte
    m.set_content(text, **kw)
    return m


def alt(m, text, html, cte=None, html_cte=None, charset='utf-8'):
    kw = {'charset': charset}
    if cte:
        kw['cte'] = cte
    m.set_content(text, **kw)
    kw2 = {'subtype': 'html', 'charset': charset}
    if html_cte:
        kw2['cte'] = html_cte
    m.add_alternative(html, **kw2)
    return m


def html_only(m, html, cte='quoted-printable', charset='utf-8'):
    m.set_content(html, subtype='html', charset=charset, cte=cte)
    return m


def attach_text(m, text, filename, subtype='plain', charset='utf-8', cte=None):
    kw = {'subtype': subtype, 'charset': charset, 'filename': filename, 'disposition': 'attachment'}
    if cte:
        kw['cte'] = cte
    m.add_attachment(text, **kw)
    return m


def attach_bytes(m, data, filename, maintype='application', subtype='octet-stream'):
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def attach_msg(m, inner, inline=False):
    m.add_attachment(inner, disposition='inline' if inline else 'attachment')
    return m


def to_html(text, font='Calibri, Arial, sans-serif'):
    import html as _h
    paras = text.strip('\n').split('\n\n')
    out = []
    for p in paras:
        out.append('<p>' + '<br>\n'.join(_h.escape(x) for x in p.split('\n')) + '</p>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body></html>' % (font, '\n'.join(out)))


def html_table(rows, header=True):
    import html as _h
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if (header and i == 0) else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, _h.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows, sep='  ', bars=False):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        cells = [str(c).ljust(widths[i]) for i, c in enumerate(r)]
        if bars:
            lines.append('| ' + ' | '.join(cells) + ' |')
            if j == 0:
                lines.append('|' + '|'.join('-' * (w + 2) for w in widths) + '|')
        else:
            lines.append(sep.join(cells).rstrip())
            if j == 0:
                lines.append(sep.join('-' * w for w in widths))
    return '\n'.join(lines)


# ------------------------------------------------------ office documents
_ZDATE = (2024, 9, 1, 8, 0, 0)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=_ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)
    return buf.getvalue()


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


def xlsx_bytes(rows, sheet_name='Sheet1'):
    xml_rows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xml_rows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
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
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
             % ''.join(xml_rows))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                      ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)])


def docx_bytes(items):
    """items: str -> paragraph; ('h', str) -> bold paragraph; list of lists -> table."""
    parts = []
    for it in items:
        if isinstance(it, str):
            parts.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(it))
        elif isinstance(it, tuple) and it[0] == 'h':
            parts.append('<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(it[1]))
        else:
            rows = []
            for r in it:
                rows.append('<w:tr>' + ''.join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r) + '</w:tr>')
            parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl><w:p/>' % ''.join(rows))
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
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % ''.join(parts))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf_bytes(lines, font='Helvetica', size=10, per_page=58):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = []
    for i, pl in enumerate(pages):
        page_no = 4 + 2 * i
        cont_no = page_no + 1
        kids.append('%d 0 R' % page_no)
        stream = ['BT', '/F1 %d Tf' % size, '%d TL' % (size + 3), '50 750 Td']
        for ln in pl:
            stream.append('(%s) Tj T*' % _pdf_esc(ln))
        stream.append('ET')
        raw = '\n'.join(stream).encode('cp1252', 'replace')
        comp = zlib.compress(raw, 9)
        objs[page_no] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                         '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cont_no).encode()
        objs[cont_no] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream'
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n_pages)).encode()
    objs[3] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % font).encode()
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    total = max(objs)
    for k in range(1, total + 1):
        offsets[k] = out.tell()
        out.write(b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (total + 1))
    for k in range(1, total + 1):
        out.write(b'%010d 00000 n \n' % offsets[k])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (total + 1, xref))
    return out.getvalue()


# ------------------------------------------------------------ registry
MESSAGES = []
RAW_HEADERS = {}   # hand-encoded RFC 2047 headers in a legacy charset, applied after generation


def reg(label, kind, patient=''):
    def deco(fn):
        MESSAGES.append((label, kind, patient, fn))
        return fn
    return deco


# ------------------------------------------------------ recurring cast
LAB = 'hvmc.example'
CS = 'HVMC Outreach Client Services <clientservices@hvmc.example>'
COLLEEN = 'Colleen Fairweather <cfairweather@hvmc.example>'
MARCUS = 'Marcus Bell <mbell@hvmc.example>'
DANIELLE = 'Danielle Ortiz <dortiz@hvmc.example>'
PRIYA = 'Priya Raman <praman@hvmc.example>'
LORNA = 'Lorna Pruitt <lpruitt@hvmc.example>'
TOMASZ = 'Tomasz Wierzbicki <twierzbicki@hvmc.example>'
REGGIE = 'Reggie Fontaine <rfontaine@hvmc.example>'
KEISHA = 'Keisha Bramwell <kbramwell@hvmc.example>'
ANA = 'Ana Lúcia Ferreira <aferreira@hvmc.example>'
DMITRI = 'Dmitri Volkov <dvolkov@hvmc.example>'
THUY = 'Thuy Tran <ttran@hvmc.example>'
ACHTERBERG = 'Samuel Achterberg MD <sachterberg@hvmc.example>'
NADIA = 'Nadia Qureshi <nqureshi@hvmc.example>'
PENROSE = 'Harold Penrose <hpenrose@hvmc.example>'
JUN = 'Jun Park <jpark@hvmc.example>'
BETTINA = 'Bettina Caldwell <bcaldwell@hvmc.example>'
PFS = 'HVMC Patient Financial Services <pfs@hvmc.example>'
BRIANNA = 'Brianna Lutz <blutz@corvallenref.example>'
SHERRY = 'Sherry Kowalczyk <office@birchfieldfp.example>'
GLORIA = 'Gloria Adeyemi <gadeyemi@eastgateim.example>'
RENEE = 'Renée Castellanos RN <rcastellanos@maplecrestnr.example>'
CURTIS = 'Curtis Boyle <cboyle@sunnydalemanor.example>'
OMAR = 'Omar Siddiqui <osiddiqui@westbrookneph.example>'
JOLENE = 'Jolene Parrish <frontdesk@lindenpeds.example>'
OUTREACH_ALL = 'Outreach Team <outreach-team@hvmc.example>'

CS_SIG = D('''
    Client Services | HVMC Outreach Laboratory Services
    Harrow Valley Medical Center
    Phone (414) 555-0140 | Fax (414) 555-0141
    Mon-Fri 6:00a-8:00p, Sat 7:00a-12:00p
    ''')

DISCLAIMER = D('''
    CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of
    the intended recipient(s) and may contain confidential and privileged information. Any
    unauthorized review, use, disclosure or distribution is prohibited. If you are not the
    intended recipient, please contact the sender by reply e-mail and destroy all copies of
    the original message.
    ''')

EXT_BANNER = '[EXTERNAL EMAIL] Use caution with links and attachments from outside Harrow Valley Medical Center.\n\n'


def sig(name, title, phone=None, cell=None, org='HVMC Outreach Laboratory Services'):
    s = '%s\n%s\n%s' % (name, title, org)
    if phone:
        s += '\nOffice: %s' % phone
    if cell:
        s += '\nCell: %s' % cell
    return s


# ======================================================== PHI: care
@reg('phi', 'care', 'Eduardo Salcedo')
def care_1():
    m = mk(TOMASZ, LORNA, 'Maple Crest stop - held tube', cc=CS, xmailer='iPhone Mail (21G93)')
    return body(m, D('''
        Lorna - at Maple Crest (stop 14) the nurse handed me a lavender for Eduardo Salcedo with no
        label on it, just the req rubber banded to it. I did not take it, told her it needs to be
        redrawn. She said she would call CS to set up the redraw for tomorrow AM.

        Rest of the bag picked up ok, 11 tubes + 1 urine. Cooler temp 5C. Running about 15 min
        behind, next is Sunnydale.

        Tomasz

        Sent from my iPhone
        '''))


@reg('phi', 'care', 'Dorothy Kessler')
def care_2():
    m = mk(DMITRI, COLLEEN, 'Home draw 9/5 - unable to obtain, Kessler', cc=CS)
    text = D('''
        Hi all,

        Went out to Dorothy Kessler at 8:40 this morning for her monthly draw (CBC, CMP, Mag).
        Two sticks, left AC and right hand, no luck. Veins rolled and she hadn't had anything to
        drink since last night because she thought she had to fast for all of it. Her daughter
        was there. I told them water is fine before the next one.

        Rescheduled for Thursday 9/12, first stop of the day. Dr. Lim's office notified, spoke
        to Tasha at 9:25.

        CS - can you move the order to the new date so it doesn't fall off the pending list?

        Thanks,
        Dmitri

        --
        ''') + sig('Dmitri Volkov, PBT(ASCP)', 'Mobile Phlebotomist - Home Draw Program', cell='(414) 555-0126')
    return alt(m, text, to_html(text), cte='quoted-printable')


@reg('phi', 'care', 'Leonard Brandt')
def care_3():
    m = mk(PRIYA, GLORIA, 'Critical value call - documentation copy', cc=MARCUS)
    rows = [['Field', 'Entry'],
            ['Patient', 'Leonard Brandt'],
            ['Ordering provider', 'Helen Lim, MD'],
            ['Test', 'Potassium, serum'],
            ['Result', '6.9 mmol/L (critical high, limit > 6.0)'],
            ['Collected', '09/09 10:15, home draw (D. Volkov)'],
            ['Comment', 'No visible hemolysis. Repeated on same specimen, confirmed.'],
            ['Called to', 'Maria Soto, RN, Eastgate Internal Medicine'],
            ['Time called', '14:12'],
            ['Read-back', 'Yes']]
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">'
            '<p>Hi Gloria,</p>'
            '<p>As requested, here is the entry from our critical call log for this afternoon. '
            'Dr. Lim\'s nurse asked us to send a copy for your chart since the call came in while '
            'she was rooming patients.</p>' + html_table(rows) +
            '<p>Let me know if you need anything else.</p>'
            '<p>Priya Raman<br>Client Services Representative<br>HVMC Outreach Laboratory Services<br>'
            '(414) 555-0140 ext. 3</p>'
            '<p style="font-size:8pt;color:#777">' + DISCLAIMER.replace('\n', ' ') + '</p>'
            '</body></html>')
    return html_only(m, html)


@reg('phi', 'care', 'Agnes Thibodeaux')
def care_4():
    orig_date = dt(2024, 9, 16, 6, 52)
    m = mk(DANIELLE, RENEE, 'RE: cancel standing orders - rm 212B', cc=CS,
           in_reply_to=msgid('maplecrestnr.example'))
    text = D('''
        Hi Renée,

        I'm so sorry to hear that. I've discontinued the standing orders for Ms. Thibodeaux
        effective today and taken her off Monday's draw list for Maple Crest, so the
        phlebotomist won't come to her room.

        The vitamin D from last Wednesday was already resulted on 9/13, so that one will bill as
        usual. If the family has questions about the bill they can call Patient Financial
        Services at (414) 555-0188.

        Take care,
        Danielle

        ''') + CS_SIG + D('''

        From: Renée Castellanos RN <rcastellanos@maplecrestnr.example>
        Sent: %s
        To: HVMC Outreach Client Services <clientservices@hvmc.example>
        Subject: cancel standing orders - rm 212B

        Good morning,

        Our resident Agnes Thibodeaux (room 212B) passed away early this morning. Please cancel
        her standing orders - the weekly PT/INR on Mondays and the monthly CBC and BMP.

        The family also asked about the vitamin D that was drawn last Wednesday, whether they
        will still get a bill for it.

        Thank you,
        Renée Castellanos, RN
        Director of Nursing
        Maple Crest Nursing & Rehabilitation
        ''') % orig_date.strftime('%A, %B %d, %Y %I:%M %p').replace(' 0', ' ')
    return body(m, text, cte='quoted-printable')


@reg('phi', 'care', 'Raymond Okonkwo-Harris')
def care_5():
    m = mk(LORNA, REGGIE, 'RE: RE: Route 3 afternoon pickup times', cc=COLLEEN)
    text = D('''
        Reggie,

        OK let's go with the new order starting Monday: Birchfield 1:15, Eastgate 1:45, Linden
        Peds 2:10, Sunnydale 2:40, then straight back to receiving. I'll update the route sheet
        and send it to the offices so nobody is surprised. Colleen, if you're OK with it I'll
        let Westbrook know they move to Route 5.

        Thanks for the lockbox heads-up, I'll ask Curtis for the new code so it's on the sheet.

        Lorna

        -----Original Message-----
        From: Reggie Fontaine
        Sent: Thursday, September 19, 2024 4:52 PM
        To: Lorna Pruitt
        Subject: RE: Route 3 afternoon pickup times

        Lorna, 1:15 works for Birchfield, they said their last draws are done by 1. Eastgate
        would rather 1:45, they have a late lunch. I can do Linden Peds in between.

        Sunnydale moved their lockbox from the side door to the inside of the front vestibule.
        You need the door code now, Curtis said he would email it.

        Also FYI the 24 hr urine jug for Raymond Okonkwo-Harris was sitting at their front desk
        today, not in the fridge and no ice. I brought it in but told Curtis it will probably
        get rejected. He said the family can start another collection Sunday morning and he'll
        call CS for a new jug and instructions.

        Reggie

        -----Original Message-----
        From: Lorna Pruitt
        Sent: Thursday, September 19, 2024 10:03 AM
        To: Reggie Fontaine
        Cc: Colleen Fairweather
        Subject: Route 3 afternoon pickup times

        Hi Reggie,

        With Westbrook coming off Route 3 we have about 25 extra minutes in the afternoon. Can
        you check with your offices whether anyone wants an earlier or later pickup? I'd like to
        get back to receiving before 3:30 so chemistry isn't slammed at shift change.

        Thanks,
        Lorna Pruitt
        Courier Dispatch Coordinator
        HVMC Outreach Laboratory Services
        (414) 555-0145
        ''')
    return body(m, text)


@reg('phi', 'care', 'Lucia Benedetti')
def care_6():
    m = mk(BRIANNA, CS, 'Recollection request - CRL Acc# 24-7719203',
           extra=[('X-Priority', '2')])
    text = D('''
        Hello HVMC Client Services,

        The specimen below was received at Corvallen Reference Laboratories in a thawed state
        and could not be tested. A new specimen is needed.

          Patient:            Lucia Benedetti
          Your accession:     HV24-118832
          CRL accession:      24-7719203
          Test:               Zinc, Plasma (CRL code 2291)
          Received:           09/23/2024 07:14
          Problem:            Received thawed; frozen specimen required

        Recollection instructions: draw in a royal blue top K2EDTA (trace element) tube, avoid
        hemolysis, centrifuge within 2 hours, pour off 1 mL plasma into an acid-washed transport
        vial and freeze. Ship on dry ice.

        The original order will stay open for 14 days. Please reference CRL 24-7719203 on the
        new requisition so no additional charge is applied.

        Regards,

        Brianna Lutz
        Client Services Specialist
        Corvallen Reference Laboratories
        1-800-555-0119 option 2
        ''') + '\n' + DISCLAIMER
    return alt(m, text, to_html(text, font='Arial'), cte='base64', html_cte='base64')


@reg('phi', 'care', 'Tobias Grünewald')
def care_7():
    inner = mk(KEISHA, NADIA, 'mislabel at home visit 9/17', date=dt(2024, 9, 19, 7, 40))
    body(inner, D('''
        Nadia,

        I need to report a mistake I made. At the Grünewald home visit on 9/17 I drew both
        Mr. Tobias Grünewald and his wife, both Dr. Okafor patients. I labeled the tubes in the
        car instead of at the bedside because it was raining and the table was covered, and I
        switched them. His lipid panel and her TSH went in under each other's names.

        Chemistry caught it because his creatinine didn't match his last one (delta check) and
        called me. Both were redrawn yesterday afternoon and I labeled in front of them.

        I know the procedure is label at the bedside. It won't happen again.

        Keisha
        '''))
    m = mk(NADIA, PENROSE, 'FW: occurrence 24-0917 mislabel at home visit', cc=COLLEEN)
    body(m, D('''
        Harold,

        Forwarding Keisha's account (attached) for the occurrence file. Corrected reports went
        to Dr. Okafor's office on 9/18 for both patients with the "previously reported under
        incorrect patient" comment. The erroneous results were never released to the portal.

        I've scheduled a one-on-one with Keisha on bedside labeling and we'll audit her next 20
        draws. Will bring this to the October quality meeting as well.

        Nadia Qureshi, MLS(ASCP)
        Quality Coordinator, Laboratory Services
        '''))
    return attach_msg(m, inner)


@reg('phi', 'care', 'Bernard Whitfield')
def care_8():
    m = mk(SHERRY, CS, 'add on please')
    return body(m, D('''
        Hi,

        Could you please add a hemoglobin A1c to Bernard Whitfield's blood from this morning?
        Dr. Novak forgot to check the box. He was in our office about 9 and your courier picked
        up around 11:30.

        Thanks!
        Sherry
        Birchfield Family Practice
        (414) 555-0150
        '''), cte='7bit')


# ======================================================== PHI: names
@reg('phi', 'names', 'Pham, Quoc Bao')
def names_1():
    m = mk(REGGIE, DANIELLE, 'Re: Pham, Quoc Bao', in_reply_to=msgid(LAB))
    return body(m, D('''
        Found it. It was under the ice pack in the Eastgate bag, tube is fine. Dropped at
        chemistry receiving 3:52, they're running it now. Sorry for the scare.

        Reggie

        On Tue, Oct 1, 2024 at 3:18 PM Danielle Ortiz <dortiz@hvmc.example> wrote:
        > Reggie, Eastgate says they gave you a gold top at the 1pm pickup and we never
        > received it. Can you check your cooler before you head out again?
        > Thanks, D
        '''))


@reg('phi', 'names', 'Adaeze Nwachukwu-Bello')
def names_2():
    m = mk(GLORIA, CS, 'INR tomorrow - Mrs. Nwachukwu-Bello')
    text = EXT_BANNER + D('''
        Hi Client Services,

        Dr. Lim would like Mrs. Adaeze Nwachukwu-Bello's INR drawn at home tomorrow instead of
        Friday since her dose was changed on Monday. The order is in the portal under today's
        date.

        Mrs. Nwachukwu-Bello lives with her son Chidi, who is the contact person for the visit:
        (414) 555-0163. Adaeze prefers mornings before 10 because she goes to church group.

        Please fax the result to our office and also call it to the nurse line at 555-0171.

        Thank you,
        Gloria Adeyemi
        Practice Manager, Eastgate Internal Medicine
        ''')
    return alt(m, text, to_html(text))


@reg('phi', 'names', 'Ngozi Eze')
def names_3():
    m = mk(OMAR, CS, 'missing result')
    return body(m, D('''
        re: Ngozi Eze

        We received the renal function panel but not the urine microalbumin that was on the same
        requisition (collected 10/2 at your Fairview patient service center). Can you check
        whether the urine was received? Dr. Hassan needs it before her appointment Monday.

        Omar Siddiqui | Office Manager
        Westbrook Nephrology Associates
        T (414) 555-0182  F (414) 555-0183
        '''), cte='quoted-printable')


@reg('phi', 'names', 'José Ángel Ibáñez')
def names_4():
    m = mk(PRIYA, ANA, 'Home draw Wed AM — José Ángel Ibáñez (Spanish only)', cc=MARCUS)
    return body(m, D('''
        Hi Ana,

        I'm giving you Sr. Ibáñez for Wednesday morning since he only speaks Spanish and last
        time Dmitri had to use the phone interpreter for 20 minutes.

        José Ángel Ibáñez, 2218 W. Cortland Ave, Westbrook Nephrology patient, monthly labs,
        orders are in the LIS under the 10/9 date. His wife María will let you in. Ring twice,
        he's hard of hearing. Sr. Ibáñez asked that we call about 30 minutes before arriving.

        Gracias!
        Priya
        '''), cte='quoted-printable')


@reg('phi', 'names', 'Van der Veen, Cornelis')
def names_5():
    m = mk(CURTIS, CS, 'Results not received - Van der Veen, Cornelis')
    text = D('''
        Hello,

        We have not received Mr. van der Veen's lipid panel and PSA from the draw your
        phlebotomist did here on the 14th. His physician, Dr. Farrow, is asking for them before
        Friday. Cornelis says he was drawn around 7:30 in his apartment (unit 108).

        Could you fax them to (414) 555-0177, attention Wellness?

        Thanks so much,

        Curtis Boyle
        Wellness Coordinator
        Sunnydale Manor Assisted Living
        ''')
    return alt(m, text, to_html(text, font='Georgia, serif'))


@reg('phi', 'names', 'Nguyễn Thị Hồng Nhung')
def names_6():
    m = mk(THUY, MARCUS, 'Nguyễn Thị Hồng Nhung - order expired', cc=CS)
    return body(m, D('''
        Hi Marcus,

        At Mrs. Nguyen's house this morning (Nguyễn Thị Hồng Nhung, she is Dr. Okafor's
        patient). The order in the system expired, it's dated 3/2024. The family showed me the
        letter from Dr. Okafor that says thyroid panel and CBC every 6 months.

        I drew them anyway so she doesn't get stuck twice. Tubes are labeled and in the
        outreach fridge (top shelf, bag with my initials) until we get a new order. Can CS call
        Dr. Okafor's office today? Chị Nhung's daughter Linh is the contact, her number is in
        the chart.

        Thanks,
        Thuy
        '''), cte='base64')


@reg('phi', 'names', 'Venkataraman Subramaniam')
def names_7():
    m = mk(PRIYA, GLORIA, 'Re: duplicate charges?', cc=BETTINA, in_reply_to=msgid('eastgateim.example'))
    return body(m, D('''
        Hi Gloria,

        I looked into Venkataraman Subramaniam's account. You're right, the B12 and folate from
        his 10/3 draw were billed twice because the order came in once by fax and once through
        the portal, and both were accessioned. Bettina is voiding the duplicate claim today.

        Mr. Subramaniam called us too, he goes by Venkat. I let him know the second statement
        can be ignored and he'll get a corrected one in 2-3 weeks.

        Priya

        > On 10/14/2024 11:02 AM, Gloria Adeyemi wrote:
        > Patient is asking why he got two bills for the same labs. Can you look?
        '''))


@reg('phi', 'names', 'Przybylski, Wojciech')
def names_8():
    m = mk(BETTINA, SHERRY, 'two from last week\'s batch')
    text = D('''
        Hi Sherry,

        Two from your office on last week's billing batch:

        1) Przybylski, Wojciech - DOS 10/14. Vitamin D and a screening PSA were ordered for a
           Medicare patient without a signed ABN. Do you have one on file? If not, per our
           client agreement we'd have to bill the practice.

        2) Abdel-Karim El-Sayed - the insurance on the requisition is his old BlueHarbor plan,
           which termed in June. Mr. El-Sayed's daughter called us and said he's on Medicare
           now. Could you send an updated face sheet?

        Thank you!

        Bettina Caldwell
        Outreach Billing Specialist
        HVMC Outreach Laboratory Services
        (414) 555-0149
        ''')
    return alt(m, text, to_html(text), cte='quoted-printable', html_cte='quoted-printable')


# ======================================================== PHI: self
@reg('phi', 'self', 'Janet Lindqvist')
def self_1():
    m = mk('Janet Lindqvist <jlindqvist75@postbox.example>', CS, 'results not showing up')
    return body(m, D('''
        Hello,

        I had blood drawn Tuesday morning at the Elm Street draw station and I still don't see
        my results in MyHarrow. It was a cholesterol test and thyroid I think. My doctor is
        Dr. Novak at Birchfield. Is something wrong or does it just take longer?

        Janet Lindqvist
        DOB 02/11/1975

        Sent from Mail for Windows
        '''))


@reg('phi', 'self', 'Walter Grzelak')
def self_2():
    m = mk('Walter Grzelak <wgrzelak@homenet.example>', PFS, 'Statement acct 7720391 - should be covered')
    return body(m, D('''
        To whom it may concern,

        I received a statement for $387.40 for lab work from the home blood draw on August 12.
        I am on Medicare and have a supplement through Keystone Senior Plan, and I have never
        had to pay for my blood work before. My account number is 7720391.

        I had the nurse come to the house because I cannot drive since my hip replacement in
        July. Was the home visit charge not sent to Medicare?

        Please call me at (414) 555-0131, I am home most days.

        Walter Grzelak
        '''), charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'self', 'Brittany Sorensen')
def self_3():
    m = mk('Brittany Sorensen <britt.sorensen@inboxly.example>', CS, 'question about glucose test friday')
    text = D('''
        Hi! I'm scheduled at the Fairview draw station Friday at 7:30 for my 3 hour glucose
        test. I'm 29 weeks and my OB said I failed the 1 hour one so now I have to do this.

        Do I need to stay fasting the whole 3 hours? Can I drink water? And do I bring the drink
        or do you guys have it? Also can my husband wait with me?

        Thanks so much,
        Brittany
        (born 7/22/96 if you need it)
        ''')
    return alt(m, text, '<div dir="ltr">' + text.replace('\n\n', '</div><div><br></div><div>').replace('\n', ' ') + '</div>')


@reg('phi', 'self', 'Ron Dietrich')
def self_4():
    m = mk('Ron Dietrich <rdietrich@kmail.example>', CS, 'Copy of my PSA results')
    html = D('''
        <html><body>
        <div style="font-family: verdana, sans-serif; font-size: 13px">
        <p>Good afternoon,</p>
        <p>I would like a printed copy of my PSA results from the last three draws (I believe
        April, July and October of this year) mailed to me. I am seeing a new urologist in
        Milwaukee in November and they want the trend since my biopsy last year.</p>
        <p>Mailing address: 4407 N. Lakeridge Ct, Harrow Valley WI 53000.</p>
        <p>I can sign a release form if needed, just send it over.</p>
        <p>Thank you,<br>Ron Dietrich<br>414-555-0197</p>
        </div></body></html>
        ''')
    return html_only(m, html, cte='base64')


@reg('phi', 'self', 'Keisha Bramwell')
def self_5():
    m = mk(KEISHA, COLLEEN, 'out Thursday 10/24')
    return body(m, D('''
        Hi Colleen,

        I need to take Thursday 10/24 off, I finally got my colonoscopy scheduled and it's the
        only date they had until January. I'll be doing the prep Wednesday so I'd like to be
        done by 1 that day if possible.

        I have 6 home draws on Thursday, mostly the Maple Crest residents and two in Fairview.
        Dmitri said he could take the Fairview ones if you're ok with it.

        Thanks,
        Keisha
        '''))


@reg('phi', 'self', 'Gus Papadakis')
def self_6():
    m = mk('Gus Papadakis <gpapadakis@netcourier.example>', CS, 'Complaint about home visit')
    text = D('''
        I want to make a complaint about the lady who came to my house Tuesday to take my blood.
        I told her I am on Eliquis and she still took the tourniquet off late and did not hold
        the cotton long enough. I now have a bruise the size of my hand on my left arm and it is
        purple all the way down to my wrist. My cardiologist's nurse said to call you.

        I have been getting my blood drawn at home every month for two years and this never
        happened before. I would like a different person next time.

        Gus Papadakis
        (414) 555-0164
        ''')
    return alt(m, text, to_html(text, font='Tahoma'), cte='8bit')


@reg('phi', 'self', 'Mei-Ling Chow')
def self_7():
    m = mk('Mei-Ling Chow <meiling.chow@postbox.example>', 'HVMC Home Draw Scheduling <homedraw@hvmc.example>',
           'Re: Your home draw appointment is confirmed', in_reply_to=msgid(LAB))
    return body(m, D('''
        Yes Thursday 7 am works.

        Please remember I need the butterfly needle and I have to lie down, I tend to faint.
        Also my kidney doctor added a urine test. Should I collect the first morning urine or
        wait for the phlebotomist?

        Mei-Ling Chow
        DOB 4/9/1961

        On Mon, Oct 21, 2024, HVMC Home Draw Scheduling <homedraw@hvmc.example> wrote:
        > Your home draw appointment is confirmed for Thursday, October 24 between 7:00 AM
        > and 8:00 AM. Please have your photo ID and insurance card ready. Reply YES to
        > confirm or call (414) 555-0140 to reschedule.
        >
        > This mailbox is monitored Monday-Friday 7:00 AM to 4:00 PM.
        '''), cte='quoted-printable')


# ======================================================== PHI: identifiers
@reg('phi', 'ids', 'Hollis Granger')
def ids_1():
    m = mk(DANIELLE, GLORIA, 'Invalid MBI - need updated insurance')
    text = D('''
        Hi Gloria,

        The Medicare number on the requisition below came back invalid on our eligibility check.
        Could you send us a copy of the card or an updated face sheet?

            Patient:   Hollis Granger
            DOB:       03/14/1948
            MBI on req: 1EG4-TE5-MK73
            DOS:       10/21/2024
            Tests:     CMP, lipid panel, TSH
            Ordering:  Helen Lim, MD

        We'll hold the claim for 10 business days.

        Thanks,
        Danielle

        ''') + CS_SIG
    return body(m, text)


@reg('phi', 'ids', 'Eleanor Whitcombe')
def ids_2():
    m = mk(JUN, NADIA, 'Merge request - duplicate MRN created by outreach reg', cc='HIM Data Integrity <him-dataintegrity@hvmc.example>')
    return body(m, D('''
        Nadia / HIM,

        Outreach registration created a second record for Eleanor Whitcombe on 10/2 because the
        last name was keyed as "Whitcomb". Please merge:

          SURVIVING:   WHITCOMBE, ELEANOR R     MRN# 004417832   DOB 14-Feb-1939
          NONSURVIVOR: WHITCOMB, ELEANOR        MRN  4419-0911   DOB 14-Feb-1939
          Acct on nonsurvivor: HV-2291-0034 (outreach, client BFP)

        The 10/2 CBC and BMP (acc HV24-121907) are on the nonsurviving record and were sent to
        Birchfield under that MRN, so Dr. Novak's office will need a corrected copy after the
        merge. Her warfarin clinic INRs are all on the surviving record.

        Jun Park
        LIS Analyst, Laboratory Information Systems
        x4471
        '''), cte='7bit')


@reg('phi', 'ids', 'Ingrid Solberg')
def ids_3():
    m = mk(BETTINA, OMAR, 'Denial - missing referring NPI')
    text = D('''
        Hi Omar,

        This claim came back denied for a missing referring provider NPI. Could you tell me
        which of your physicians ordered it?

        Pt:          Ingrid Solberg
        DOB:         1952-07-30
        Member ID:   W884120376 (Lakeshore Health Plan)
        Claim #:     24071-883920-01
        DOS:         09/30/2024
        CPT:         80069, 82043, 82570
        Denial:      CO-16 / N286

        Once I have the NPI I can rebill electronically.

        Thanks,
        Bettina
        ''')
    return alt(m, text, to_html(text, font='Consolas, monospace'))


@reg('phi', 'ids', 'Elmer Castaneda')
def ids_4():
    m = mk(LORNA, DMITRI, 'add-on stop tomorrow 7:30 fasting', xmailer='Microsoft Outlook 16.0')
    return body(m, D('''
        Dmitri, adding one to the front of your route tomorrow:

        7:30  Elmer Castaneda
              1184 Quarry Rd Apt 3B, Millbrook
              gate code 4471, park in back by the dumpsters
              ph 414-555-0142 (wife Rosa answers)
              fasting lipid + CMP, Dr. Novak

        Then your regular 8:15 in Fairview. Thanks!

        Lorna
        '''))


@reg('phi', 'ids', '')
def ids_5():
    m = mk(SHERRY, CS, 'Chart #BFP-20917 callback')
    return body(m, D('''
        Hi, patient on chart #BFP-20917 called back at (414) 555-0138. She wants to know if
        her pap and HPV from 10/8 came back from Corvallen yet, our interface still shows
        pending. Can you check and call her directly or let us know? She's anxious about it.

        Thanks, Sherry
        '''))


@reg('phi', 'ids', 'Marguerite Ashby-Fenn')
def ids_6():
    m = mk(PRIYA, BETTINA, 'faxed req - hold billing')
    return body(m, D('''
        Bettina,

        We got this req by fax from St. Anselm and it's barely readable. Here's what I could
        make out, can you hold billing until they send a legible copy?

        Name: Marguerite Ashby-Fenn
        SSN: 412-55-8834
        DOB: 2/9/57
        Ins: Medicaid, ID illegible
        Dx code: can't read, starts with E
        Tests: TSH, free T4, ferritin, B12
        Collected: 10/28 0615 by facility

        I've asked St. Anselm to refax. Specimen was received and is being tested.

        Priya
        '''), cte='quoted-printable')


@reg('phi', 'ids', 'OSTROWSKA, KRYSTYNA')
def ids_7():
    m = mk(BRIANNA, CS, 'Specimen on hold - DOB discrepancy CRL-7734120')
    text = D('''
        Hello,

        We are holding the specimen below because the date of birth on the requisition does not
        match the tube label. Please confirm the correct DOB so we can release testing.

        Specimen ID:    CRL-7734120
        Patient ID:     000558812
        Patient:        OSTROWSKA, KRYSTYNA
        DOB on req:     11.06.1970
        DOB on tube:    06/11/1970
        Test:           Tissue Transglutaminase IgA + Total IgA

        The requisition may have been written in DD.MM.YYYY format. Stability at refrigerated
        temperature is 7 days from collection (collected 10/30).

        Brianna Lutz
        Client Services Specialist
        Corvallen Reference Laboratories
        ''') + '\n' + DISCLAIMER
    return body(m, text, cte='base64')


@reg('phi', 'ids', 'Lionel Batiste')
def ids_8():
    m = mk('Denise Batiste-Moore <denisebm@inboxly.example>', PFS, 'bill for my father')
    text = D('''
        Hello,

        My father Lionel Batiste received a bill from your lab and I handle his paperwork. He
        was born June 3rd, 1944 and his Medicaid ID is 220991834. The bill says account
        88-10442-7 for $142.00 for the home visit on October 2.

        He is homebound since his stroke and Dr. Okafor orders the home draws every month. This
        is the first time we got a bill. Can you please rebill Medicaid?

        Best number for me is (414) 555-0115.

        Thank you,
        Denise Batiste-Moore
        ''')
    return alt(m, text, to_html(text))


# ======================================================== PHI: lists
@reg('phi', 'lists', 'Harlan Pettibone')
def lists_1():
    m = mk('HVMC Home Draw Scheduling <homedraw@hvmc.example>', KEISHA, 'Route for Tue 11/12 - Keisha', cc=COLLEEN)
    rows = [['Time', 'Patient', 'DOB', 'Address', 'Tests', 'Notes'],
            ['07:00', 'Harlan Pettibone', '05/02/1941', '88 Birch Ln, Millbrook', 'Fasting lipid, CMP', 'dog in yard, use side door'],
            ['07:45', 'Yolanda Mireles', '11/19/1950', '412 Chestnut St #2', 'PT/INR', 'call INR to Dr. Lim RN line'],
            ['08:30', 'Stanisław Kowalewski', '08/30/1938', '9 Orchard Ct', 'CBC, ferritin', 'daughter Ewa present'],
            ['09:15', 'Abimbola Okonjo', '02/14/1962', '3350 Ridge Rd', 'BMP, Mg', 'hard stick, use butterfly'],
            ['10:00', 'Gertrude Fenwick', '12/01/1929', 'Maple Crest rm 104', 'CBC', 'standing order'],
            ['10:20', 'Howard Lintz', '06/17/1936', 'Maple Crest rm 118', 'Digoxin level', 'draw 6-8 h after AM dose (given 0800)'],
            ['11:15', 'Rosalind Achebe-Grant', '09/09/1957', '71 Lakeview Terrace', 'Uric acid, CMP', 'new patient, verify insurance card']]
    text = D('''
        Keisha,

        Here is your route for Tuesday. Paper reqs are in your bin. Please call the office if
        anyone cancels so we can backfill.

        ''') + text_table(rows, sep='   ') + D('''


        Total: 7 stops, est. mileage 38.

        HVMC Home Draw Scheduling
        (414) 555-0140 option 4
        ''')
    return body(m, text, cte='quoted-printable')


@reg('phi', 'lists', 'Fenwick, Gertrude')
def lists_2():
    m = mk(RENEE, CS, 'Updated standing orders list - Maple Crest Nov')
    rows = [['Room', 'Resident', 'DOB', 'Order', 'Frequency', 'Physician'],
            ['104', 'Fenwick, Gertrude', '12/01/1929', 'CBC', 'Monthly (1st Tue)', 'Farrow'],
            ['109A', 'Delacroix, Émile', '03/22/1934', 'PT/INR', 'Weekly Mon', 'Farrow'],
            ['112B', 'Oyelaran, Folasade', '07/04/1945', 'BMP, Mg', 'Weekly Mon', 'Okafor'],
            ['118', 'Lintz, Howard', '06/17/1936', 'Digoxin, BMP', 'Every 2 weeks', 'Okafor'],
            ['121', 'Szymańska, Halina', '10/10/1931', 'CBC, ferritin', 'Monthly', 'Farrow'],
            ['207', 'MacAllister, Duncan', '01/29/1940', 'Vancomycin trough', 'Before 4th dose 11/6', 'Farrow'],
            ['214A', 'Hoang, Van Thanh', '05/05/1939', 'TSH', 'Every 3 months', 'Okafor']]
    tsv = '\n'.join('\t'.join(r) for r in rows)
    text = D('''
        Hi CS,

        Updated list for November below (pasted from our spreadsheet). Changes from October:
        Mr. MacAllister's vanc trough is new, Mrs. Oyelaran went from every 2 weeks to weekly,
        and room 212B has been removed.

        ''') + tsv + D('''


        Please confirm you received this and that the Monday list will match.

        Renée Castellanos, RN
        Director of Nursing
        Maple Crest Nursing & Rehabilitation
        (414) 555-0172
        ''')
    return body(m, text, charset='utf-8', cte='8bit')


@reg('phi', 'lists', 'Halvorsen, Ingeborg')
def lists_3():
    m = mk(NADIA, OUTREACH_ALL, 'Outreach rejected specimens - week of 11/4', cc=ACHTERBERG)
    rows = [['Date', 'Client', 'Patient', 'DOB', 'Specimen', 'Reason', 'Recollected'],
            ['11/04', 'BFP', 'Halvorsen, Ingeborg', '04/18/1949', 'Lt blue', 'Underfilled (<90%)', 'Y 11/05'],
            ['11/04', 'Home draw', 'Mbeki-Tshabalala, Nandi', '12/30/1971', 'Gold', 'Hemolyzed - K+ not reported', 'Y 11/06'],
            ['11/05', 'Maple Crest', 'Delacroix, Emile', '03/22/1934', 'Lt blue', 'Clotted', 'Y 11/05'],
            ['11/06', 'Eastgate', 'Farouk, Samir', '07/07/1966', 'Urine', 'Unlabeled', 'Pending'],
            ['11/07', 'Sunnydale', 'Whitlock, Beverly', '02/25/1943', 'Lavender', 'Name mismatch req/tube', 'Y 11/08'],
            ['11/08', 'Westbrook', 'Ramírez Soto, Aurelio', '09/14/1958', 'Gold', 'Received >4h uncentrifuged', 'N - provider declined']]
    text = D('''
        Team,

        Six rejections from outreach this week (0.4% of 1,502 outreach specimens). Two were
        home draws and the rest came from client offices. Details below for follow-up; the
        hemolyzed home draw sat in a hot car for about an hour, please keep coolers in the
        shade and out of the trunk.

        ''') + text_table(rows, bars=True) + D('''


        Nadia Qureshi, MLS(ASCP)
        Quality Coordinator, Laboratory Services
        ''')
    return alt(m, text, '<html><body><p>Team,</p><p>Six rejections from outreach this week (0.4% of 1,502 '
               'outreach specimens). Details below for follow-up.</p>' + html_table(rows) +
               '<p>Nadia Qureshi, MLS(ASCP)<br>Quality Coordinator, Laboratory Services</p></body></html>')


@reg('phi', 'lists', 'Tremaine Whitaker')
def lists_4():
    m = mk(NADIA, ACHTERBERG, 'Outreach critical call log Oct - for review')
    body(m, D('''
        Dr. Achterberg,

        Attached is the October outreach critical value log for your signature. Two calls were
        outside the 30-minute target (both after-hours Sunnydale calls where the on-call
        physician didn't call back until the second page). I've flagged them in the last column.

        Nadia
        '''))
    rows = [['date', 'time_resulted', 'accession', 'patient', 'mrn', 'client', 'test', 'value', 'called_to', 'minutes', 'flag'],
            ['2024-10-02', '09:41', 'HV24-121377', 'Tremaine Whitaker', '004488120', 'EGIM', 'Potassium', '6.4', 'M. Soto RN', '11', ''],
            ['2024-10-05', '14:02', 'HV24-122804', 'Consuelo Barragán', '004502293', 'HOME', 'INR', '5.8', 'Dr. Lim', '22', ''],
            ['2024-10-09', '19:47', 'HV24-124410', 'Ignatius Ferreira-Lowe', '003998120', 'SDML', 'Glucose', '38', 'Dr. Farrow (on call)', '52', 'LATE'],
            ['2024-10-14', '10:15', 'HV24-126033', 'Mariam Yousef', '004517764', 'WBNA', 'Potassium', '6.7', 'O. Siddiqui / Dr. Hassan', '9', ''],
            ['2024-10-18', '08:58', 'HV24-127719', 'Lorraine Kubiak', '004011532', 'MCNR', 'Hemoglobin', '6.1', 'R. Castellanos RN', '14', ''],
            ['2024-10-23', '21:12', 'HV24-129951', 'Benedikt Haas', '004530017', 'SDML', 'Sodium', '119', 'Dr. Farrow (on call)', '41', 'LATE'],
            ['2024-10-29', '11:30', 'HV24-131208', 'Chinonso Udeh', '004541190', 'BFP', 'Platelets', '18', 'Dr. Novak', '7', '']]
    buf = io.StringIO()
    csv.writer(buf, lineterminator='\r\n').writerows(rows)
    return attach_text(m, buf.getvalue(), 'outreach_critical_log_2024-10.csv', subtype='csv')


@reg('phi', 'lists', 'Ashworth, Clement')
def lists_5():
    m = mk(BETTINA, GLORIA, 'Eastgate - accounts missing insurance (Oct DOS)', cc=DANIELLE)
    text = D('''
        Hi Gloria,

        Attached is the list of Eastgate patients from October dates of service that we can't
        bill because insurance is missing or was returned invalid. If you can fill in column H
        (or send face sheets) by 11/22 we'll bill them out; anything left after that will go on
        the December client bill.

        Thanks!
        Bettina
        ''')
    alt(m, text, to_html(text))
    rows = [['Acct', 'Patient Name', 'DOB', 'DOS', 'Tests', 'Charge', 'Issue', 'Correct insurance / notes'],
            ['HV-2310-0441', 'Ashworth, Clement', '1944-08-19', '2024-10-03', 'CMP, LIPID', 168.00, 'No insurance on req', ''],
            ['HV-2310-0518', 'Nakamura-Ellis, Hana', '1979-01-26', '2024-10-07', 'TSH, FT4', 97.50, 'Member ID invalid', ''],
            ['HV-2310-0602', 'Oduya, Bartholomew', '1955-05-30', '2024-10-10', 'PSA, CBC', 84.00, 'Subscriber DOB mismatch', ''],
            ['HV-2310-0733', 'Lindgren, Margit', '1938-11-11', '2024-10-15', 'PT/INR', 31.00, 'Medicare Adv plan unknown', ''],
            ['HV-2310-0790', 'Castellano, Vittorio', '1961-03-03', '2024-10-17', 'A1C, UACR', 72.25, 'Termed 9/30', ''],
            ['HV-2310-0854', 'Adjei, Comfort', '1987-07-21', '2024-10-22', 'CBC, FERRITIN, B12', 121.40, 'No insurance on req', ''],
            ['HV-2310-0911', 'Brzezinski, Tadeusz', '1950-12-09', '2024-10-28', 'BMP', 46.00, 'Secondary only on file', '']]
    return attach_bytes(m, xlsx_bytes(rows, 'Missing insurance'), 'Eastgate_missing_insurance_Oct2024.xlsx',
                        'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')


@reg('phi', 'lists', 'Eulalia Montgomery')
def lists_6():
    m = mk(CURTIS, CS, 'December draw schedule for residents', cc=THUY)
    body(m, EXT_BANNER + D('''
        Good morning,

        Attached is our resident draw schedule for December. Please note Mrs. Montgomery is
        moving to memory care on 12/9, her room number will change to MC-6 after that date.

        Thank you,
        Curtis Boyle
        Wellness Coordinator, Sunnydale Manor Assisted Living
        '''))
    items = [('h', 'Sunnydale Manor Assisted Living - Resident Lab Draws, December 2024'),
             'Draw day: Tuesdays 7:00-8:30 AM in the wellness room unless noted. Fasting residents are served breakfast after draw.',
             [['Date', 'Apt', 'Resident', 'DOB', 'Tests', 'Physician', 'Notes'],
              ['12/3', '214', 'Eulalia Montgomery', '01/15/1932', 'CBC, BMP', 'Dr. Farrow', 'Draw in apartment'],
              ['12/3', '108', 'Cornelis van der Veen', '04/02/1937', 'Lipid panel (fasting)', 'Dr. Farrow', ''],
              ['12/10', '302', 'Aurora Villanueva', '08/28/1940', 'PT/INR', 'Dr. Okafor', 'On warfarin - call result same day'],
              ['12/10', '119', 'Reginald Ashe', '11/30/1935', 'TSH, free T4', 'Dr. Okafor', 'Hearing aids - speak on left'],
              ['12/17', '221', 'Bronisława Kaczmarek', '06/06/1939', 'CBC, ferritin, B12', 'Dr. Farrow', 'Polish-speaking, daughter translates'],
              ['12/17', '306', 'Theodore "Ted" Quarles', '02/19/1944', 'A1C, CMP, urine microalbumin', 'Dr. Farrow', 'Urine cup left 12/16 evening']],
             'Questions: Curtis Boyle, (414) 555-0176.']
    return attach_bytes(m, docx_bytes(items), 'Sunnydale_Dec_draws.docx',
                        'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')


@reg('phi', 'lists', 'FONTAINE-LEBLANC, ODETTE')
def lists_7():
    m = mk('Corvallen Client Reports <reports@corvallenref.example>', CS,
           'Pending Test Report - Client HVMC0042 - 11/15/2024')
    body(m, D('''
        Attached is your scheduled Pending Test Report for client account HVMC0042.

        This report lists specimens received by Corvallen Reference Laboratories for which final
        results have not yet been released. Please do not reply to this message. For questions
        contact Client Services at 1-800-555-0119.
        '''))
    lines = ['CORVALLEN REFERENCE LABORATORIES              PENDING TEST REPORT',
             'Client: HVMC0042  HARROW VALLEY MEDICAL CENTER LAB       Run: 11/15/2024 05:00',
             '',
             'CRL ACC      CLIENT ACC    PATIENT                     DOB         TEST                         RECEIVED    EXP',
             '-' * 110,
             '24-7801144   HV24-133012   FONTAINE-LEBLANC, ODETTE    09/27/1968  ANA IFA w/ Reflex Titer      11/11/2024  11/16',
             '24-7801190   HV24-133055   GUPTA, HARSHVARDHAN         01/05/1977  Vitamin B1, Whole Blood      11/11/2024  11/18',
             '24-7803321   HV24-133410   OYELOWO, TEMITOPE           05/12/1990  Quantiferon TB Gold Plus     11/12/2024  11/15',
             '24-7803325   HV24-133412   ZIELINSKI, MAREK            10/23/1959  Heavy Metals Panel, Blood    11/12/2024  11/19',
             '24-7805077   HV24-133801   NAVARRO-PEÑA, LUZ MARINA    03/08/1983  HPV High Risk w/ Genotype    11/13/2024  11/18',
             '24-7805102   HV24-133840   ABERNATHY, GRANT            07/19/1949  Chromogranin A               11/13/2024  11/20',
             '24-7806613   HV24-134117   AL-RASHID, YASMIN           12/12/2001  Celiac Disease Panel         11/14/2024  11/19',
             '',
             'Total pending: 7',
             '',
             'CONFIDENTIAL - Contains patient information. Handle per your facility policy.']
    return attach_bytes(m, pdf_bytes(lines, font='Courier', size=7), 'HVMC0042_pending_20241115.pdf',
                        'application', 'pdf')


# ======================================================== PHI: structured
def x12(segments):
    return '~\n'.join(segments) + '~\n'


@reg('phi', 'struct', 'ADEBAYO-JOHNSON^OLUWASEUN')
def struct_1():
    m = mk(JUN, 'Bridgeline Integration Support <support@bridgeline-int.example>',
           'Case 88213 - ORU to Eastgate rejected (AE) - copy of message', cc='lis-team@hvmc.example')
    hl7 = '\n'.join([
        r'MSH|^~\&|HVLIS|HVMC|EGEHR|EASTGATEIM|20241104093211||ORU^R01^ORU_R01|HV2411040932110017|P|2.5.1',
        r'PID|1||004521877^^^HVMC^MR~EG-30917^^^EGIM^PI||ADEBAYO-JOHNSON^OLUWASEUN^T||19830517|F|||52 Fennimore St^^Harrow Valley^WI^53000||^PRN^PH^^^414^5550187',
        r'PV1|1|O|OUTREACH^^^HVMC||||1437720019^LIM^HELEN^^^^MD',
        r'ORC|RE|EG88213|HV24-130455||CM',
        r'OBR|1|EG88213|HV24-130455|80053^COMPREHENSIVE METABOLIC PANEL^C4|||20241104071500|||||||20241104081233||1437720019^LIM^HELEN|||||||F',
        r'OBX|1|NM|2345-7^Glucose^LN||104|mg/dL|70-99|H|||F|||20241104071500',
        r'OBX|2|NM|2160-0^Creatinine^LN||0.82|mg/dL|0.57-1.00|N|||F|||20241104071500',
        r'OBX|3|NM|2823-3^Potassium^LN||4.1|mmol/L|3.5-5.2|N|||F|||20241104071500',
        r'OBX|4|NM|1920-8^AST^LN||61|U/L|0-40|H|||F|||20241104071500',
        r'NTE|1|L|Specimen slightly hemolyzed. AST may be falsely elevated. Recommend recollection if clinically indicated.'])
    return body(m, D('''
        Hi Bridgeline team,

        Eastgate's EHR is returning an AE on our ORUs since the 11/1 upgrade on their side.
        ACK says "NTE-3 exceeds max length" but the NTE below is well under 200 chars. Raw
        message from our outbound log pasted below (segment terminators converted to line
        breaks for email):

        ''') + hl7 + D('''


        ACK received:
        MSH|^~\\&|EGEHR|EASTGATEIM|HVLIS|HVMC|20241104093214||ACK^R01|EG7781203|P|2.5.1
        MSA|AE|HV2411040932110017|NTE-3 exceeds max length

        Could you check whether the engine is concatenating the NTEs before sending? We have
        about 40 of these queued.

        Thanks,
        Jun Park
        LIS Analyst, Harrow Valley Medical Center
        '''), cte='quoted-printable')


@reg('phi', 'struct', 'RAHIMI^SHIRIN^B')
def struct_2():
    m = mk(MARCUS, JUN, 'order from Westbrook didn\'t cross - attached')
    body(m, D('''
        Jun,

        Westbrook says they sent this order Monday at 8:40 but it never showed up in our order
        queue so the phlebotomist had nothing to draw against. Omar's IT person exported the
        message from their side, attached. Can you see why it didn't file?

        Marcus Bell
        Client Services Supervisor
        '''))
    hl7 = '\r'.join([
        r'MSH|^~\&|WBNEPH_EHR|WESTBROOK|HVLIS|HVMC|20241111084012||ORM^O01|WB241111084012337|P|2.3',
        r'PID|1||WB-117204^^^WBNA||RAHIMI^SHIRIN^B||19690212|F|||88 Juniper Hollow Rd^^Millbrook^WI^53002||(414)555-0129|||M',
        r'PV1|1|O|WBNA||||1710045582^HASSAN^IMRAN^^^DR',
        r'IN1|1|MCR|MEDICARE|MEDICARE PART B|||||||||||RAHIMI^SHIRIN^B|01|19690212||||||||||||||||||3XK7-QW2-RT48',
        r'ORC|NW|WB998120||||||^^^20241112^^R',
        r'OBR|1|WB998120||RENAL^RENAL FUNCTION PANEL^L|||20241112|||||||||1710045582^HASSAN^IMRAN',
        r'OBR|2|WB998121||PTH^PTH INTACT^L|||20241112|||||||||1710045582^HASSAN^IMRAN',
        r'OBR|3|WB998122||CBC^CBC W AUTO DIFF^L|||20241112|||||||||1710045582^HASSAN^IMRAN',
        r'DG1|1|I10|N18.4^CHRONIC KIDNEY DISEASE, STAGE 4^I10']) + '\r'
    return attach_bytes(m, hl7.encode('ascii'), 'WB241111084012337.hl7', 'application', 'hl7-v2')


@reg('phi', 'struct', 'MAHMOUD*SAMIRA')
def struct_3():
    m = mk(BETTINA, 'ClaimPath Support <support@claimpath.example>', 'Rejected batch 4471 - 837P attached')
    segs = [
        'ISA*00*          *00*          *ZZ*HVMCLAB        *ZZ*CLAIMPATH      *241108*1422*^*00501*000004471*0*P*:',
        'GS*HC*HVMCLAB*CLAIMPATH*20241108*1422*4471*X*005010X222A1']
    st = [
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*HV4471*20241108*1422*CH',
        'NM1*41*2*HARROW VALLEY MEDICAL CENTER LAB*****46*HVMC0042',
        'PER*IC*BETTINA CALDWELL*TE*4145550149',
        'NM1*40*2*CLAIMPATH*****46*CLMPTH01',
        'HL*1**20*1',
        'NM1*85*2*HARROW VALLEY MEDICAL CENTER*****XX*1588667702',
        'N3*1200 RIVERSIDE PKWY',
        'N4*HARROW VALLEY*WI*53000',
        'REF*EI*396004417',
        'HL*2*1*22*0',
        'SBR*P*18*******CI',
        'NM1*IL*1*MAHMOUD*SAMIRA*A***MI*LHP553019284',
        'N3*713 OSAGE TRL',
        'N4*MILLBROOK*WI*53002',
        'DMG*D8*19670912*F',
        'NM1*PR*2*LAKESHORE HEALTH PLAN*****PI*LKSH1',
        'CLM*HV24133801*118.5***81:B:1*Y*A*Y*Y',
        'HI*ABK:E119*ABF:I10',
        'NM1*DN*1*NOVAK*PETRA****XX*1306229981',
        'LX*1', 'SV1*HC:83036*42*UN*1***1', 'DTP*472*D8*20241104',
        'LX*2', 'SV1*HC:80061*54.5*UN*1***1', 'DTP*472*D8*20241104',
        'LX*3', 'SV1*HC:36415*22*UN*1***1', 'DTP*472*D8*20241104']
    st.append('SE*%d*0001' % (len(st) + 1))
    tail = ['GE*1*4471', 'IEA*1*000004471']
    body(m, D('''
        Hello,

        Batch 4471 from this afternoon came back on the 999 with IK3*NM1*20**8 (segment has
        data element errors) but I can't see what's wrong with the referring provider loop.
        The file is attached (one claim). Our submitter ID is HVMC0042.

        Could someone take a look? This is the third one this week with the same rejection.

        Bettina Caldwell
        Outreach Billing Specialist
        Harrow Valley Medical Center
        (414) 555-0149
        '''))
    return attach_text(m, x12(segs + st + tail), 'HVMC_837P_4471.x12', subtype='plain', cte='7bit')


@reg('phi', 'struct', 'KOUROUMA*AMINATA')
def struct_4():
    m = mk(DANIELLE, BETTINA, 'eligibility came back inactive - 271 below')
    segs = [
        'ISA*00*          *00*          *ZZ*WIMCD          *ZZ*HVMCLAB        *241105*0915*^*00501*000088120*0*P*:',
        'GS*HB*WIMCD*HVMCLAB*20241105*0915*88120*X*005010X279A1']
    st = [
        'ST*271*0001*005010X279A1',
        'BHT*0022*11*ELG88120*20241105*0915',
        'HL*1**20*1',
        'NM1*PR*2*BADGER STATE MEDICAID*****PI*WIMCD',
        'HL*2*1*21*1',
        'NM1*1P*2*HARROW VALLEY MEDICAL CENTER LAB*****XX*1588667702',
        'HL*3*2*22*0',
        'TRN*2*HV-ELG-55813*9396004417',
        'NM1*IL*1*KOUROUMA*AMINATA****MI*4410092837',
        'N3*3021 W GALENA ST',
        'N4*HARROW VALLEY*WI*53001',
        'DMG*D8*19580423*F',
        'EB*6**30',
        'DTP*307*RD8*20240101-20240930',
        'MSG*COVERAGE TERMINATED 09/30/2024 - SEE MANAGED CARE ENROLLMENT']
    st.append('SE*%d*0001' % (len(st) + 1))
    raw = x12(segs + st + ['GE*1*88120', 'IEA*1*000088120'])
    return body(m, D('''
        Bettina,

        Aminata Kourouma had a home draw 11/4 (CBC, CMP, lipid) and the Medicaid check came
        back inactive as of 9/30. Her son says she switched to one of the HMO plans but doesn't
        know which. Raw 271 below in case the MSG means something to you:

        ''') + raw + D('''

        I'll call the son back tomorrow for the new card.

        Danielle
        '''))


@reg('phi', 'struct', 'Amara Osei-Bonsu')
def struct_5():
    m = mk('Kaveh Rostami <kaveh.rostami@pedsconnect-ehr.example>', JUN,
           'FHIR results endpoint - 422 on Linden Peds bundle', cc='Jolene Parrish <frontdesk@lindenpeds.example>')
    bundle = {
        "resourceType": "Bundle", "type": "transaction",
        "entry": [
            {"fullUrl": "urn:uuid:6f1c2b4e-9a0d-4c55-8f6e-1d2a3b4c5d6e",
             "resource": {"resourceType": "Patient",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "LP-0048812", "type": {"text": "MRN"}}],
                          "name": [{"family": "Osei-Bonsu", "given": ["Amara", "Efua"]}],
                          "gender": "female", "birthDate": "2016-03-09",
                          "address": [{"line": ["19 Sparrow Hill Ct"], "city": "Harrow Valley", "state": "WI", "postalCode": "53001"}],
                          "contact": [{"relationship": [{"text": "Mother"}], "name": {"text": "Abena Osei-Bonsu"},
                                       "telecom": [{"system": "phone", "value": "414-555-0158"}]}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"fullUrl": "urn:uuid:0a9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c",
             "resource": {"resourceType": "Observation", "status": "final",
                          "code": {"coding": [{"system": "http://loinc.org", "code": "5671-3", "display": "Lead [Mass/volume] in Blood"}]},
                          "subject": {"reference": "Patient/LP-0048812"},
                          "effectiveDateTime": "2024-11-12T09:20:00-06:00",
                          "valueQuantity": {"value": 4.2, "unit": "ug/dL", "system": "http://unitsofmeasure.org", "code": "ug/dL"},
                          "interpretation": [{"text": "Above reference value (3.5)"}],
                          "note": [{"text": "Venous specimen drawn at Linden Pediatrics, confirms capillary screen of 10/29."}]},
             "request": {"method": "POST", "url": "Observation"}}]}
    text = D('''
        Hi Jun,

        Our side is getting a 422 Unprocessable Entity when we post the results bundle back to
        Linden's chart (this one is Amara Osei-Bonsu's venous lead level). I think the problem is the Observation.subject, which references the
        MRN directly instead of the fullUrl of the Patient entry in the same bundle. Can you
        confirm whether your outbound mapping changed? Here's the exact payload we received
        from your interface this morning:

        ''') + json.dumps(bundle, indent=2, ensure_ascii=False) + D('''


        Thanks,
        Kaveh Rostami
        Integration Engineer, PedsConnect EHR
        ''')
    return body(m, text, cte='base64')


@reg('phi', 'struct', 'Florence Abernathy-Quist')
def struct_6():
    m = mk('HVMC Website <noreply@hvmc.example>', 'HVMC Home Draw Scheduling <homedraw@hvmc.example>',
           'New Home Draw Request #HDR-20241118-0193', reply_to='Paul Quist <pquist@homenet.example>')
    return body(m, D('''
        A new home draw request was submitted through hvmc.example/labs/home-draw.

        Request ID:            HDR-20241118-0193
        Submitted:             11/18/2024 21:47
        Submitted by:          Paul Quist (son)
        Relationship:          Son / caregiver

        Patient name:          Florence Abernathy-Quist
        Date of birth:         1936-10-04
        Phone:                 (414) 555-0104
        Address:               6120 Stonegate Dr, Unit 12, Harrow Valley WI 53001
        Access notes:          Key in lockbox, code 2208. Small dog.

        Ordering provider:     Dr. Petra Novak, Birchfield Family Practice
        Tests ordered:         CBC, CMP, magnesium, digoxin level
        Order on file?:        Yes - faxed by office 11/15
        Reason home visit:     Bedbound since fall in September, uses hospital bed
        Fasting required?:     Unknown
        Preferred days/times:  Weekday mornings after 8:30 (aide arrives 8)

        Insurance:             Medicare + Keystone Senior Plan
        Member ID:             KSP-44190271-01

        How did you hear about us: Doctor's office

        -- This message was generated automatically. Do not reply to noreply@hvmc.example.
        '''))


@reg('phi', 'struct', 'NÚÑEZ GARZA, MARÍA DEL CARMEN')
def struct_7():
    m = mk(JUN, BETTINA, 'charge file 11/20 failed - column shift (zip attached)', cc='lis-team@hvmc.example')
    recs = [
        ('HV23104412', 'HOLLOWAY, MARGARET A', '19460322', '20241120', '85025', '01', '000028.00', 'BFP'),
        ('HV23104413', 'HOLLOWAY, MARGARET A', '19460322', '20241120', '80053', '01', '000061.50', 'BFP'),
        ('HV23104420', 'DUBOIS-KANE, ARMAND', '19520817', '20241120', '84443', '01', '000044.25', 'EGIM'),
        ('HV23104431', 'NÚÑEZ GARZA, MARÍA DEL CARMEN', '19740106', '20241120', '83036', '01', '000042.00', 'HOME'),
        ('HV23104431', 'NÚÑEZ GARZA, MARÍA DEL CARMEN', '19740106', '20241120', '99199', '01', '000035.00', 'HOME'),
        ('HV23104447', 'TRUITT, DOLORES MAE', '19411205', '20241120', '85610', '01', '000031.00', 'MCNR'),
        ('HV23104452', 'IWUCHUKWU, EMMANUEL', '19880213', '20241120', '86803', '01', '000058.00', 'WBNA')]
    lines = ['HDR OUTRCH_CHG 20241120 HVLIS   V2']
    for a, n, dob, dos, cpt, u, amt, cl in recs:
        lines.append('D' + a.ljust(10) + n[:30].ljust(30) + dob + dos + cpt.ljust(5) + u + amt + cl.ljust(6))
    lines.append('TRL%07d' % len(recs))
    fw = '\r\n'.join(lines) + '\r\n'
    layout = D('''
        OUTRCH_CHG fixed-width layout v2
        pos 1     len 1   record type (D)
        pos 2     len 10  account
        pos 12    len 30  patient name (LAST, FIRST M)
        pos 42    len 8   DOB yyyymmdd
        pos 50    len 8   DOS yyyymmdd
        pos 58    len 5   CPT
        pos 63    len 2   units
        pos 65    len 9   charge 999999.99
        pos 74    len 6   client code
        ''')
    z = zip_bytes([('OUTRCH_CHG_20241120.txt', fw.encode('utf-8')), ('LAYOUT.txt', layout)])
    body(m, D('''
        Bettina,

        Last night's charge file was rejected by the billing system import at record 5. The
        patient name on accounts HV23104431 has accented characters and the extract counts
        characters, not bytes, so everything after the name on those two lines is shifted by
        the multibyte UTF-8 bytes. Her hemoglobin A1c and the home draw fee didn't post.

        Zip with the file and the layout is attached. I'm opening a ticket with the vendor to
        transliterate on export; in the meantime can you key those two charges manually?

        Jun
        '''))
    return attach_bytes(m, z, 'OUTRCH_CHG_20241120.zip', 'application', 'zip')


# ======================================================== PHI: other languages
@reg('phi', 'lang', 'Rosa Elena Cárdenas Villalobos')
def lang_1():
    RAW_HEADERS['lang_1'] = {'Subject': '=?iso-8859-1?Q?Resultados_de_mis_an=E1lisis?='}
    m = mk('Rosa Cárdenas <rosacardenas66@kmail.example>', CS, 'Resultados de mis análisis')
    return body(m, D('''
        Buenos días,

        Me sacaron sangre el martes 12 de noviembre en el centro de Fairview para el azúcar y
        el colesterol, y todavía no me han llamado con los resultados. Mi doctora es la
        Dra. Novak. ¿Me pueden decir si ya están listos?

        También quiero saber si tengo que pagar algo, porque este mes no tengo seguro médico.

        Mi nombre es Rosa Elena Cárdenas Villalobos, fecha de nacimiento 12/05/1966.
        Teléfono (414) 555-0122.

        Muchas gracias,
        Rosa
        '''), charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'lang', 'Соколова Людмила Петровна')
def lang_2():
    m = mk('Ирина Соколова <irina.sokolova@postbox.example>', DMITRI, 'Перенос визита - Соколова Л.П.', cc=CS)
    return body(m, D('''
        Здравствуйте, Дмитрий!

        Моя мама, Соколова Людмила Петровна (дата рождения 03.08.1941), сдаёт кровь на дому
        каждую неделю на МНО, она принимает варфарин. Можно ли перенести визит с четверга на
        пятницу? В четверг у неё приём у кардиолога в 9 утра, и мы не успеем.

        Доктор Лим в прошлый раз поменяла дозу, так что анализ нужен обязательно на этой
        неделе.

        Спасибо большое,
        Ирина (дочь)
        тел. 414-555-0168

        P.S. Sorry for writing in Russian, Dmitri said it is ok. Client Services in copy.
        '''), charset='koi8-r', cte='base64')


@reg('phi', 'lang', 'Trần Văn Lộc')
def lang_3():
    m = mk('Minh Tran <minh.tran.family@inboxly.example>', THUY, 'Lấy máu tại nhà cho ba tôi')
    return body(m, D('''
        Chào chị Thúy,

        Ba tôi là Trần Văn Lộc, sinh ngày 15/04/1948. Bác sĩ Okafor muốn ba tôi thử máu (A1C và
        cholesterol) trước cuộc hẹn ngày 2/12. Ba tôi không đi lại được từ sau khi mổ đầu gối
        nên cần người đến nhà lấy máu.

        Chị có thể đến vào thứ Bảy không? Ba tôi phải nhịn ăn từ tối hôm trước phải không?

        Địa chỉ: 55 Willow Bend Rd, Harrow Valley. Số điện thoại: 414-555-0181.

        Cảm ơn chị nhiều.
        Minh (con trai)

        PS: my dad's insurance card is the same as last time, Medicare + Lakeshore supplement.
        '''), cte='quoted-printable')


@reg('phi', 'lang', '陈秀英')
def lang_4():
    m = mk('Li Chen <lichen.hv@kmail.example>', CS, '查询化验结果 / lab results for my mother')
    text = D('''
        您好，

        我母亲陈秀英（出生日期1939年7月21日）上周二在家抽血 (home draw)，检查甲状腺和血常规
        (TSH, CBC)。医生办公室说还没有收到结果。请问可以帮忙查一下吗？

        她的病历号是 MRN 004533906。医生是 Eastgate 的 Dr. Lim。

        谢谢！
        陈丽 (Li Chen)
        414-555-0192
        ''')
    return body(m, text, charset='gb2312', cte='base64')


@reg('phi', 'lang', 'يوسف عبد الله الحسيني')
def lang_5():
    m = mk('Khaled Al-Husseini <khaled.husseini@netcourier.example>', 'HVMC Home Draw Scheduling <homedraw@hvmc.example>',
           'تغيير موعد سحب الدم - Yousef Al-Husseini')
    text = D('''
        السلام عليكم،

        أنا ابن المريض يوسف عبد الله الحسيني (تاريخ الميلاد 1952/11/03). والدي لديه موعد لسحب الدم في
        المنزل يوم الإثنين الساعة 8 صباحاً. نحتاج إلى تغيير الموعد إلى يوم الأربعاء لأنه يذهب إلى جلسة
        غسيل الكلى يوم الإثنين صباحاً.

        الطبيب هو د. حسن في Westbrook Nephrology.

        شكراً جزيلاً،
        خالد الحسيني

        Sorry my English is not good. Please call me 414-555-0135.
        ''')
    html = ('<html><body dir="rtl" style="font-family:Tahoma,Arial">' +
            ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in text.strip().split('\n\n')) +
            '</body></html>')
    return alt(m, text, html, cte='base64', html_cte='base64')


@reg('phi', 'lang', 'Manuel Conceição Alves')
def lang_6():
    m = mk(ANA, PRIYA, 'FW: exames do Sr. Manuel', cc=CS)
    return body(m, D('''
        Priya,

        Forwarding - Mrs. Alves wrote to me directly in Portuguese. Summary:
        Mr. Manuel Conceição Alves was in the hospital last week (discharged Saturday 11/23) and
        Dr. Farrow wants his home draws weekly now instead of monthly, CBC and potassium. She
        needs a new standing order from Dr. Farrow's office. Can CS call them and get it set up?
        She asked for Tuesday. He is bedbound right now.

        Thanks,
        Ana

        ---------- Forwarded message ---------
        De: Graça Alves <gracaalves@homenet.example>
        Date: dom., 24 de nov. de 2024 às 19:12
        Subject: exames do Sr. Manuel
        To: Ana Lúcia Ferreira <aferreira@hvmc.example>

        Olá Ana, tudo bem?

        O Manuel saiu do hospital no sábado. O Dr. Farrow disse que agora ele precisa fazer os
        exames de sangue toda semana (hemograma e potássio) em vez de uma vez por mês, por
        causa do remédio novo. Você pode vir na terça de manhã? Ele está bem fraco e não
        consegue sair da cama.

        Obrigada por tudo, querida.
        Beijos,
        Graça
        '''), charset='iso-8859-1', cte='8bit')


@reg('phi', 'lang', 'Marie-Ange Pierre-Louis')
def lang_7():
    RAW_HEADERS['lang_7'] = {'Subject': '=?ISO-8859-1?Q?rezilta_t=E8s_san_manman_m?='}
    m = mk('Jean-Robert Pierre-Louis <jrpierrelouis@inboxly.example>', CS, 'rezilta tès san manman m')
    text = D('''
        Bonjou,

        Manman m, Marie-Ange Pierre-Louis, te fè tès san lakay li jedi pase a (21 novanm). Se
        enfimyè laboratwa a ki te vin lakay la. Li fèt 22 out 1955. Doktè Okafor di li poko
        resevwa rezilta yo. Ki lè nou ka jwenn yo?

        Tanpri rele m nan 414-555-0109. Mwen pale angle tou.

        Mèsi anpil,
        Jean-Robert Pierre-Louis
        ''')
    return alt(m, text, to_html(text), cte='quoted-printable', html_cte='quoted-printable')


@reg('phi', 'lang', 'Rosario dela Cruz')
def lang_8():
    m = mk('Jhoanna Reyes <jreyes@stanselmcare.example>', CS, 'redraw po for Room 15')
    return body(m, D('''
        Hi po!

        Yung resident namin si Lola Rosario dela Cruz (Room 15, DOB 08/19/1933), na-draw po siya
        kahapon ng umaga pero tumawag yung lab, hemolyzed daw yung sample ng potassium. Pwede
        po ba ulitin bukas ng 6am, kasama sa regular run? Nag-okay na po si Dr. Farrow, yung
        order ay nasa fax na.

        Medyo mahirap po siyang kuhanan sa kanang braso, sa kaliwa po mas ok.

        Salamat po!
        Jhoanna Reyes, CNA
        St. Anselm Care Home
        (414) 555-0111
        '''))


# ======================================================== CLEAN: staff
@reg('clean', 'staff')
def staff_1():
    m = mk(COLLEEN, OUTREACH_ALL, 'December weekend on-call - outreach', cc=LORNA)
    rows = [['Weekend', 'Home draw on-call', 'Cell', 'Courier on-call', 'Cell', 'CS lead (Sat AM)'],
            ['Dec 7-8', 'Keisha Bramwell, PBT', '(414) 555-0124', 'Reggie Fontaine', '(414) 555-0131', 'Priya Raman'],
            ['Dec 14-15', 'Dmitri Volkov, PBT', '(414) 555-0126', 'Tomasz Wierzbicki', '(414) 555-0132', 'Danielle Ortiz'],
            ['Dec 21-22', 'Ana Lúcia Ferreira, CPT', '(414) 555-0127', 'Sven Halloran', '(414) 555-0133', 'Priya Raman'],
            ['Dec 28-29', 'Thuy Tran, PBT', '(414) 555-0128', 'Reggie Fontaine', '(414) 555-0131', 'Marcus Bell']]
    text = D('''
        Hi everyone,

        December weekend on-call is below and posted on the board by the time clock. Christmas
        and New Year's Day are covered under the holiday rotation Marcus sent last week.

        Swaps are fine, just let me and Lorna know by email at least 48 hours ahead so the
        answering service gets the right cell number. On-call phlebotomists cover the STAT
        nursing home draws only; routine weekend draws were moved to Monday.

        ''') + text_table(rows) + D('''


        Thanks,
        Colleen

        Colleen Fairweather, MLS(ASCP)
        Outreach Services Manager
        HVMC Outreach Laboratory Services
        (414) 555-0142
        ''')
    html = ('<html><body style="font-family:Calibri,Arial;font-size:11pt"><p>Hi everyone,</p>'
            '<p>December weekend on-call is below and posted on the board by the time clock. Christmas and '
            'New Year\'s Day are covered under the holiday rotation Marcus sent last week.</p>'
            '<p>Swaps are fine, just let me and Lorna know by email at least 48 hours ahead so the answering '
            'service gets the right cell number. On-call phlebotomists cover the STAT nursing home draws only; '
            'routine weekend draws were moved to Monday.</p>' + html_table(rows) +
            '<p>Thanks,<br>Colleen</p><p>Colleen Fairweather, MLS(ASCP)<br>Outreach Services Manager<br>'
            'HVMC Outreach Laboratory Services<br>(414) 555-0142</p></body></html>')
    return alt(m, text, html, cte='quoted-printable', html_cte='quoted-printable')


@reg('clean', 'staff')
def staff_2():
    m = mk(LORNA, 'Outreach Couriers <couriers@hvmc.example>', 'Route coverage 11/25 - 11/29 (Tomasz out)')
    return body(m, D('''
        Couriers,

        Tomasz is on vacation next week. Route 2 is split as follows:

          Route 2A (Sven, add to Route 4):
            08:30  Linden Pediatrics, 1401 Linden Ave - lockbox by back door
            09:10  Maple Crest Nursing & Rehab - nurses' station 1st floor
            11:45  Westbrook Nephrology - front desk
          Route 2B (Reggie, add to Route 3):
            10:15  St. Anselm Care Home - med room, ring bell
            13:00  Birchfield Family Practice - lab window

        Thanksgiving (Thu 11/28) no routine routes. Friday is Saturday schedule: STAT calls only
        plus the 10:00 Maple Crest run.

        Mileage logs are due Monday 12/2. Reminder that the cooler temp log must be filled in
        at every stop, even if there's nothing to pick up - CAP inspection is in the spring.

        Lorna Pruitt
        Courier Dispatch Coordinator
        (414) 555-0145
        '''))


@reg('clean', 'staff')
def staff_3():
    m = mk(MARCUS, 'Laboratory Services All Staff <lab-all@hvmc.example>', 'Updated outreach directory - please save')
    rows = [['Name', 'Role', 'Credentials', 'Ext', 'Cell'],
            ['Colleen Fairweather', 'Outreach Services Manager', 'MLS(ASCP)', '4420', '(414) 555-0142'],
            ['Marcus Bell', 'Client Services Supervisor', '', '4431', '(414) 555-0143'],
            ['Danielle Ortiz', 'Client Services Rep', '', '4432', '-'],
            ['Priya Raman', 'Client Services Rep', '', '4433', '-'],
            ['Lorna Pruitt', 'Courier Dispatch', '', '4440', '(414) 555-0145'],
            ['Keisha Bramwell', 'Mobile Phlebotomist', 'PBT(ASCP)', '-', '(414) 555-0124'],
            ['Dmitri Volkov', 'Mobile Phlebotomist', 'PBT(ASCP)', '-', '(414) 555-0126'],
            ['Ana Lúcia Ferreira', 'Mobile Phlebotomist', 'CPT(NHA)', '-', '(414) 555-0127'],
            ['Thuy Tran', 'Mobile Phlebotomist', 'PBT(ASCP)', '-', '(414) 555-0128'],
            ['Bettina Caldwell', 'Outreach Billing Specialist', 'CPC', '4449', '-'],
            ['Nadia Qureshi', 'Quality Coordinator', 'MLS(ASCP)', '4460', '-'],
            ['Jun Park', 'LIS Analyst', '', '4471', '(414) 555-0147'],
            ['Samuel Achterberg', 'Laboratory Medical Director', 'MD, FCAP', '4400', 'via operator']]
    text = D('''
        All,

        Updated outreach directory below. Changes: Sven Halloran has moved to the courier
        group (ext 4441), Ana's credential corrected, and the CS fax number is now
        (414) 555-0141. Please update your phone lists and the binder at receiving.

        ''') + text_table(rows, bars=True) + D('''


        Client Services main line (414) 555-0140 | Home draw scheduling option 4

        Marcus
        ''')
    return body(m, text, cte='quoted-printable')


@reg('clean', 'staff')
def staff_4():
    m = mk(ACHTERBERG, 'Outreach Phlebotomy <outreach-phleb@hvmc.example>', 'Hemolysis in home-draw specimens - reminders', cc=NADIA)
    return body(m, D('''
        Colleagues,

        Our hemolysis rate for home-collected chemistry specimens crept up to 2.6% in October,
        compared with under 1% for specimens drawn at the patient service centers. Hemolysis
        falsely raises potassium, LDH and AST and can hide a real change, so we suppress those
        results and ask for a recollection, which means a second visit for someone who is often
        frail and hard to stick.

        A few reminders that make the biggest difference:

          - Tourniquet on for no more than one minute.
          - Let the alcohol dry completely before the puncture.
          - With a 23 g butterfly, use the small-volume tubes; pulling a large vacuum tube
            through a small needle shears red cells.
          - Invert gently 5-8 times. Do not shake.
          - Keep specimens upright, out of direct sun and off the car floor. Coolers in the
            cabin, not the trunk, especially on warm afternoons.
          - Spin gold tops within 2 hours; if you can't, note it on the manifest.

        Nadia will share the per-route numbers at the December meeting. Thank you for the
        care you put into this work.

        Sam Achterberg, MD
        Laboratory Medical Director
        '''))


@reg('clean', 'staff')
def staff_5():
    m = mk(NADIA, 'Outreach Phlebotomy <outreach-phleb@hvmc.example>', 'Annual competency assessments - sign up by 12/6', cc=COLLEEN)
    rows = [['Date', 'Time', 'Location', 'Assessor', 'Slots'],
            ['Tue 12/10', '13:00-15:00', 'Lab training room B2-114', 'N. Qureshi', '3'],
            ['Thu 12/12', '06:30-08:00', 'Fairview PSC', 'C. Fairweather', '2'],
            ['Mon 12/16', '13:00-15:00', 'Lab training room B2-114', 'N. Qureshi', '3']]
    text = D('''
        Hi all,

        Annual competencies for mobile phlebotomy are due by 12/20. Each session covers:
        direct observation of a venipuncture and a capillary collection, patient identification
        and labeling at the bedside, order of draw, special handling (chilled, light-protected,
        timed draws), and cooler temperature documentation.

        ''') + text_table(rows) + D('''


        Reply with your preferred slot. Already signed up: Keisha (12/10), Dmitri (12/12).
        Ana and Thuy still need to pick.

        You'll also need to finish the two online modules in the learning portal before your
        session: "Specimen Transport Temperature" and "Two Identifiers Every Time".

        Nadia
        ''')
    return alt(m, text, to_html(text))


@reg('clean', 'staff')
def staff_6():
    m = mk(THUY, ANA, 'swap Tue 12/10 for Sat 12/14?', cc=COLLEEN)
    return body(m, D('''
        Hi Ana,

        Would you be able to take my Tuesday 12/10 run (Maple Crest then the three Fairview
        home visits)? My son's school has a program that morning. I'd take your Saturday 12/14
        at the Fairview PSC in exchange.

        Maple Crest has 9 on the list that day, the usual Tuesday residents, nothing timed.
        Renée said the side door will be unlocked from 6:45.

        Colleen - copying you for the approval. Thank you both!

        Thuy
        '''))


@reg('clean', 'staff')
def staff_7():
    m = mk(MARCUS, 'Client Services <cs-staff@hvmc.example>', 'Huddle notes 11/14')
    text = D('''
        Huddle notes - Thursday 11/14

        1. Volume: 1,912 calls last week (up 8%), average speed of answer 41 sec, abandon rate
           4.9%. Monday mornings are still the worst, Priya is moving her lunch to 1:00 on
           Mondays.
        2. Results by phone: reminder that we only give results to the ordering office, never
           to patients over the phone. Patients go to the portal or their doctor. If a patient
           is upset, offer to have the office call them back.
        3. Identifiers: always verify two identifiers (full name + date of birth) before
           discussing any order, even with offices we know well.
        4. Portal: MyHarrow will be down Sunday 2-5 AM for maintenance.
        5. Add-on requests: chemistry keeps gold tops 7 days, hematology lavenders 48 hours.
           Check the add-on table before telling an office yes.
        6. Shout-out to Danielle for the nice note from Maple Crest's DON.

        Next huddle Thursday 11/21.
        Marcus
        ''')
    return body(m, text, cte='7bit')


# ======================================================== CLEAN: admin
@reg('clean', 'admin')
def admin_1():
    m = mk('Lakeshore Fleet Services <billing@lakeshorefleet.example>', LORNA,
           'Invoice LFS-24-10882 - Unit 14 service')
    body(m, D('''
        Hello Lorna,

        Attached is the invoice for service on Unit 14 completed 11/06/2024. Payment terms net
        30 to PO 4500187734.

        Thank you for your business,
        Lakeshore Fleet Services
        Accounts Receivable | (414) 555-0186
        '''))
    lines = ['LAKESHORE FLEET SERVICES', '880 Industrial Pkwy, Harrow Valley WI 53003', '',
             'INVOICE  LFS-24-10882                      Date: 11/07/2024',
             'Bill to: Harrow Valley Medical Center - Laboratory Outreach (Courier Fleet)',
             'PO: 4500187734                              Terms: Net 30', '',
             'Unit 14   2021 Ford Transit Connect   VIN ...A31872   Odometer 61,244', '',
             'Qty  Description                                      Amount',
             '1    Oil change 0W-20 full-syn blend and filter         89.95',
             '1    Tire rotation and balance                          59.00',
             '2    Wiper blades                                       38.50',
             '1    Cabin air filter                                   42.00',
             '1    Rear cargo 12V outlet repair (cooler power)       118.40',
             '',
             '                                       Subtotal:      347.85',
             '                                       Tax (exempt):    0.00',
             '                                       TOTAL DUE:     347.85', '',
             'Remit to: Lakeshore Fleet Services, PO Box 4471, Harrow Valley WI 53003']
    return attach_bytes(m, pdf_bytes(lines, font='Courier', size=9), 'LFS-24-10882.pdf', 'application', 'pdf')


@reg('clean', 'admin')
def admin_2():
    m = mk('HVMC IT Service Desk <itservicedesk@hvmc.example>', 'Laboratory Services All Staff <lab-all@hvmc.example>',
           'LIS downtime Sun 12/8 01:00-05:00 (CHG0048817)')
    text = D('''
        PLANNED DOWNTIME NOTICE

        System:     Laboratory Information System (LIS) and outreach order portal
        When:       Sunday, December 8, 2024, 01:00 to 05:00
        Change #:   CHG0048817
        Reason:     Version upgrade and database maintenance

        During downtime:
          - Outreach orders cannot be placed through the portal. Clients should fax
            requisitions to (414) 555-0141.
          - Use downtime labels and the paper accession log at receiving.
          - Results will not cross to client EHR interfaces until the system is back up;
            the interface queues will be released at 05:00.
          - Instrument middleware will continue to run; results will be held.

        Downtime packets are in the red binders at receiving, the core lab and each patient
        service center. Please review the downtime procedure before your shift.

        Questions: IT Service Desk x5000 or the LIS on-call pager.
        ''')
    return alt(m, text, to_html(text, font='Arial'))


@reg('clean', 'admin')
def admin_3():
    m = mk('Facilities Work Orders <facilities@hvmc.example>', COLLEEN,
           'WO-117203 Fairview PSC HVAC - scheduled repair', cc='Fairview PSC <fairviewpsc@hvmc.example>')
    return body(m, D('''
        Work Order: WO-117203
        Location:   Fairview Patient Service Center, 3300 Fairview Rd, Suite 140
        Requested:  11/19/2024 by C. Fairweather
        Problem:    Rooftop unit short cycling, draw rooms 2 and 3 above 80F in afternoon
        Priority:   2 - Urgent

        Update from technician (R. Delgado):
        Compressor contactor replaced as temporary fix. Replacement condenser fan motor is on
        order (ETA 11/26). Repair will take about 3 hours and the unit must be off. We have
        scheduled it for Tuesday 11/26 from 12:00 to 15:00 so the morning fasting draws are
        not affected.

        Please post a notice for patients and move the specimen refrigerator temperature log
        check to 11:30 that day. Portable AC units can be delivered on request (call x6200).

        Facilities Management
        Harrow Valley Medical Center
        '''))


@reg('clean', 'admin')
def admin_4():
    m = mk('Derek Lindholm <dlindholm@veritube-medical.example>', COLLEEN,
           'Veritube agreement renewal - 2025 pricing', cc='HVMC Supply Chain <supplychain@hvmc.example>')
    text = D('''
        Hi Colleen,

        Thanks for the time on Tuesday. As discussed, here is the proposed 2025 pricing for the
        renewal of agreement VT-HVMC-2022-031 (expires 12/31/2024). Pricing is held for 24
        months with a 3% cap in year two.

          Item #     Description                                   UOM        2024     2025
          VT-4410    Serum separator tube 5.0 mL gold             case/1000  $198.00  $201.50
          VT-4422    K2EDTA 4.0 mL lavender                        case/1000  $176.00  $179.00
          VT-4431    Sodium citrate 3.2% 2.7 mL lt blue            case/1000  $224.00  $224.00
          VT-5100    Safety butterfly 23g x 3/4" w/ holder         case/500   $310.00  $318.75
          VT-7702    Specimen transport bag 6x9 biohazard          case/2000  $96.00   $96.00
          VT-8810    Insulated courier cooler, 12 qt               each       $64.00   $66.50

        Volume commitment is unchanged at 85% of tube purchases. Standing PO can stay as is
        (PO 4500179920); I'll need a signed amendment from supply chain by 12/13.

        Best regards,
        Derek Lindholm
        Regional Account Manager, Veritube Medical Supply
        (414) 555-0189
        ''')
    return body(m, text)


@reg('clean', 'admin')
def admin_5():
    m = mk('HVMC Human Resources <hr-communications@hvmc.example>', 'Outreach Phlebotomy <outreach-phleb@hvmc.example>',
           'Mileage reimbursement rate and submission changes effective 1/1', cc=COLLEEN)
    html = D('''
        <html><body style="font-family:Arial;font-size:10.5pt">
        <h3 style="color:#1f4e79">Mileage Reimbursement Update</h3>
        <p>Team members who use their personal vehicles for home visits and courier coverage:</p>
        <ul>
        <li>Effective January 1, 2025, mileage will be reimbursed at the federal rate of
        <b>$0.70 per mile</b> (up from $0.67).</li>
        <li>Mileage must be submitted in Workday under <i>Expenses &gt; Mileage</i> within 60
        days of travel. Paper mileage forms will no longer be accepted after 1/31/2025.</li>
        <li>Commute miles from home to your first stop are not reimbursable unless the first
        stop is farther than your normal work location. See policy HR-214.</li>
        <li>Keep your route sheet (stop addresses may be replaced by stop numbers) as
        supporting documentation for three years.</li>
        </ul>
        <p>Questions? Contact the HR Service Center at x4700 or
        <a href="mailto:hrservice@hvmc.example">hrservice@hvmc.example</a>.</p>
        <p>HVMC Human Resources</p>
        </body></html>
        ''')
    return html_only(m, html)


@reg('clean', 'admin')
def admin_6():
    m = mk(BETTINA, 'Outreach Leadership <outreach-leads@hvmc.example>', 'Notes - revenue cycle meeting 11/20', cc=PENROSE)
    return body(m, D('''
        Outreach revenue cycle meeting - 11/20/2024
        Present: C. Fairweather, M. Bell, B. Caldwell, H. Penrose, J. Park, PFS (T. Amundsen)

        1. Denials (October): 6.8% of outreach claims, down from 8.1% in September.
           - Top reason: missing/invalid insurance (41% of denials)
           - Medical necessity, Medicare (CO-50): 18%, mostly 82306 and 84443 screening
           - Missing referring NPI: 9%
        2. ABNs: signed ABN rate for Medicare screening tests at client offices is 72%.
           Harold will do a short refresher with office managers at the January client
           meeting. Template ABN with our lab's name is on the client portal.
        3. Client bills: November client bills go out 12/5. Two clients over 60 days.
        4. Home draw fee: confirm payer coverage of the specimen collection/travel codes
           (36415, P9603, P9604) with the three largest commercial payers. Bettina to report.
        5. Charge file issue with accented names (Jun): vendor ticket open, workaround is
           manual keying, ~3 per week.

        Next meeting 12/18.
        Bettina
        '''))


@reg('clean', 'admin')
def admin_7():
    m = mk(BETTINA, SHERRY, 'Birchfield Family Practice - November client bill', cc='HVMC Accounts Receivable <ar@hvmc.example>')
    text = D('''
        Hi Sherry,

        Attached is Birchfield's client bill for November (tests billed to the practice per
        our agreement, e.g. uninsured self-pay pricing and tests ordered without a signed ABN).
        Invoice CB-BFP-2411, total $1,284.90, due 1/4/2025.

        Patient-level detail is available on the client portal under Reports > Client Bill
        Detail if you need it for your reconciliation.

        Thank you,
        Bettina Caldwell
        Outreach Billing Specialist
        ''')
    body(m, text)
    rows = [['CPT', 'Description', 'Qty', 'Client price', 'Extended'],
            ['80053', 'Comprehensive metabolic panel', 9, 14.50, 130.50],
            ['80061', 'Lipid panel', 11, 16.00, 176.00],
            ['83036', 'Hemoglobin A1c', 8, 12.75, 102.00],
            ['84443', 'TSH', 10, 18.20, 182.00],
            ['85025', 'CBC with automated differential', 14, 9.30, 130.20],
            ['82306', 'Vitamin D, 25-hydroxy', 7, 31.00, 217.00],
            ['84153', 'PSA, total', 6, 22.10, 132.60],
            ['87591', 'N. gonorrhoeae, amplified probe', 3, 39.00, 117.00],
            ['36415', 'Venipuncture', 32, 3.05, 97.60],
            ['', 'TOTAL', '', '', 1284.90]]
    return attach_bytes(m, xlsx_bytes(rows, 'Nov 2024'), 'CB-BFP-2411.xlsx',
                        'application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')


# ======================================================== CLEAN: lookalike
@reg('clean', 'lookalike')
def look_1():
    m = mk('Harrow Valley Community Credit Union <alerts@hvccu.example>', 'Danielle Ortiz <danielle.ortiz82@kmail.example>',
           'Your auto loan payment was received')
    html = D('''
        <html><body style="font-family:Helvetica,Arial;font-size:14px;color:#222">
        <table width="600" cellpadding="12"><tr><td style="background:#0b5e3b;color:#fff">
        <b>Harrow Valley Community Credit Union</b></td></tr>
        <tr><td>
        <p>Hi DANIELLE,</p>
        <p>We received your payment of <b>$412.18</b> on 11/15/2024 for loan ending in <b>-0771</b>.</p>
        <table cellpadding="4" style="font-size:13px">
        <tr><td>Member #</td><td>00482217</td></tr>
        <tr><td>Account</td><td>Auto Loan - Share ID L77</td></tr>
        <tr><td>Next payment due</td><td>12/15/2024</td></tr>
        <tr><td>Remaining balance</td><td>$9,871.40</td></tr>
        </table>
        <p>Member since 2011. Thank you for being a member-owner!</p>
        <p style="font-size:11px;color:#777">Harrow Valley Community Credit Union, 200 Main St,
        Harrow Valley WI 53000. Federally insured by NCUA. Please do not reply to this email.
        Questions? Call Member Services at (414) 555-0100.</p>
        </td></tr></table></body></html>
        ''')
    return html_only(m, html)


@reg('clean', 'lookalike')
def look_2():
    m = mk('SkyMeridian Airlines <reservations@skymeridian.example>', ACHTERBERG,
           'Your trip confirmation - QX7RTB - MKE to ANA (depart 07/26/2025)')
    text = D('''
        SKYMERIDIAN AIRLINES - TRIP CONFIRMATION

        Confirmation code:   QX7RTB
        Passenger:           SAMUEL J ACHTERBERG
        SkyMiles member #:   SM 448 120 9937 (Gold)
        Known Traveler #:    on file
        Date of birth:       on file

        Flight  Date        Depart                 Arrive                  Seat  Class
        SM 1182 Sat 26 Jul  MKE 07:05              DEN 08:48               14C   Main
        SM 2471 Sat 26 Jul  DEN 10:10              ANA 11:52               9A    Main
        SM 2290 Thu 31 Jul  ANA 13:25              MKE 20:14               12D   Main

        Ticket number: 0162149977813    Total charged: $612.40 (Visa ending 4410)

        Traveling to the Clinical Laboratory Leadership Summit? Show your badge at select
        airport lounges for a day pass discount.

        Need special assistance (wheelchair, medical equipment, service animal)? Add it to your
        reservation in the app or call 1-800-555-0166.
        ''')
    return alt(m, text, to_html(text, font='Courier New, monospace'))


@reg('clean', 'lookalike')
def look_3():
    m = mk('CoreFit Harrow Valley <membership@corefit-hv.example>', 'Keisha Bramwell <keishab.runs@inboxly.example>',
           'Your membership renews 12/1 - Member ID 20931-77')
    return body(m, D('''
        Hi Keisha,

        Your CoreFit Plus membership (Member ID 20931-77) renews automatically on December 1,
        2024. Your HVMC employee wellness discount (15%) has been applied.

          Plan:            CoreFit Plus - 12 month
          Monthly rate:    $33.15 (was $39.00)
          Payment method:  Card ending 8821
          Home club:       Harrow Valley - Riverside

        Your free fitness assessment and two personal training sessions are still available.
        Book at the front desk or in the CoreFit app.

        Holiday hours: closed Thanksgiving Day, 6am-2pm Christmas Eve.

        Stay strong,
        The CoreFit Team
        To cancel, visit the front desk or call (414) 555-0174. 30 days notice required.
        '''))


@reg('clean', 'lookalike')
def look_4():
    m = mk('Prairie Mutual Insurance <policyservice@prairiemutual.example>', 'Lorna Pruitt <lornap@homenet.example>',
           'Renewal declarations - Auto Policy PMA-7730-44182-01')
    text = D('''
        Dear Lorna Pruitt,

        Your auto policy is due to renew on 01/09/2025. Your renewal declarations are summarized
        below; the full declarations page is available in your online account.

        Policy number:     PMA-7730-44182-01
        Named insured:     Lorna K. Pruitt
        Vehicle:           2019 Honda CR-V EX, VIN ending 40218
        Garaging address:  1407 Hemlock St, Harrow Valley WI 53001
        Term premium:      $612.00 (6 months)

        Coverage                          Limits
        Bodily injury liability           $100,000 / $300,000
        Property damage                   $100,000
        Medical payments                  $5,000 per person
        Uninsured motorist                $100,000 / $300,000
        Collision                         $500 deductible
        Comprehensive                     $250 deductible

        Claims history (36 months): no claims. Safe driver discount applied.

        To report a claim 24/7 call 1-800-555-0152.

        Prairie Mutual Insurance Company
        ''')
    return alt(m, text, to_html(text))


@reg('clean', 'lookalike')
def look_5():
    m = mk('MedLogix Supply Orders <orders@medlogix-supply.example>', 'HVMC Supply Chain <supplychain@hvmc.example>',
           'Shipped: Order SO-4471920 (PO 4500191188) - 3 of 3 cartons', cc=LORNA)
    return body(m, D('''
        Your order has shipped.

        Order:          SO-4471920
        Customer PO:    4500191188
        Ship to:        Harrow Valley Medical Center, Lab Receiving Dock B, 1200 Riverside Pkwy
        Attention:      Outreach Laboratory / L. Pruitt

        Line  Item        Description                                         Qty  UOM
        1     ML-SB69-2P  Specimen bag 6x9, 2-pocket, biohazard, w/ absorbent  4   CS/1000
        2     ML-PTL-55   Patient ID wristband labels, thermal                 2   CS/5000
        3     ML-TEMP-10  Cooler data logger, -20 to 50C, USB                  10  EA
        4     ML-GLV-M    Nitrile exam gloves, medium                          6   CS/1000

        Carrier:        TriState Freight Ground
        Tracking:       TSF 7720 4418 9031 2266 (carton 1), TSF 7720 4418 9031 2273 (carton 2),
                        TSF 7720 4418 9031 2280 (carton 3)
        Est. delivery:  11/22/2024 by 5:00 PM

        Backordered: none. Invoice will follow separately.

        MedLogix Supply | Customer Care (800) 555-0193
        '''))


@reg('clean', 'lookalike')
def look_6():
    m = mk(JUN, 'LIS Team <lis-team@hvmc.example>', 'Westbrook interface validation - ZZTEST results OK, please purge',
           cc=MARCUS)
    return body(m, D('''
        Team,

        Validation of the new Westbrook Nephrology results interface is complete in TEST and
        PROD-verify. All scripted cases passed. I used our standard interface test patient:

          Name:  ZZTEST, OUTREACH WESTBROOK
          MRN:   999000123   (test range - excluded from billing and reporting)
          DOB:   01/01/1950
          Acc:   ZZ24-000417 through ZZ24-000429

        Sample of the outbound message from PROD-verify (trimmed):

        MSH|^~\\&|HVLIS|HVMC|WBNEPH_EHR|WESTBROOK|20241113101522||ORU^R01|ZZ241113101522|T|2.5.1
        PID|1||999000123^^^HVMC^MR||ZZTEST^OUTREACH WESTBROOK||19500101|U
        OBR|1|ZZ998001|ZZ24-000417|RENAL^RENAL FUNCTION PANEL^L|||20241113100000
        OBX|1|NM|2160-0^Creatinine^LN||9.99|mg/dL|0.57-1.00|H|||F
        OBX|2|NM|2823-3^Potassium^LN||9.9|mmol/L|3.5-5.2|HH|||F
        NTE|1||INTERFACE VALIDATION - NOT A REAL PATIENT

        The values are intentionally out of range to test the flags and critical routing. Omar
        confirmed they appeared in their test inbox only, and their staff know to ignore them.

        Please purge the ZZTEST accessions from the production outreach pending list by Friday
        so they don't show up on Monday's QA report.

        Jun
        '''))


@reg('clean', 'lookalike')
def look_7():
    m = mk(REGGIE, 'HVMC Benefits <benefits@hvmc.example>', 'adding spouse to dental + vision')
    return body(m, D('''
        Hi,

        I got married on 10/19 and want to add my wife to my dental and vision plans. Do I do
        that in Workday as a life event, and do you need a copy of the marriage certificate?
        Does her coverage start on the wedding date or the first of the month?

        Also, is it too late to change my FSA election for the rest of the year because of
        this?

        Employee ID 40418, courier, outreach lab.

        Thanks,
        Reggie Fontaine
        '''))


# ======================================================== CLEAN: news
@reg('clean', 'news')
def news_1():
    m = mk('HVMC Outreach Laboratory <newsletter@hvmc.example>', 'Outreach Clients <outreach-clients@lists.hvmc.example>',
           'The Outreach Courier - Winter 2024')
    html = D('''
        <html><head><meta charset="utf-8"><title>The Outreach Courier</title></head>
        <body style="margin:0;background:#f2f4f7">
        <table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
        <tr><td style="background:#23395d;color:#fff;padding:18px 24px;font-size:22px">The Outreach Courier
        <div style="font-size:13px;font-family:Arial">News for our client offices &middot; Winter 2024</div></td></tr>
        <tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
        <h2 style="font-size:18px">Fairview Patient Service Center now opens at 6:30 AM</h2>
        <p>Starting January 6, the Fairview PSC opens at 6:30 AM on weekdays, giving fasting
        patients an earlier option before work. No appointment is needed, although patients can
        reserve a time online to skip the line.</p>
        <h2 style="font-size:18px">Home Draw program passes 10,000 visits</h2>
        <p>Our mobile phlebotomists completed their 10,000th home visit in October. Thank you to
        the offices and care homes who trust us with their homebound patients. Referral forms
        are on the client portal.</p>
        <h2 style="font-size:18px">Welcome, Sven</h2>
        <p>Sven Halloran joined the courier team in November and now covers Route 4. Sven
        previously drove for a regional pharmacy distributor. Say hello when you see the blue van.</p>
        <h2 style="font-size:18px">Client satisfaction survey</h2>
        <p>94% of responding offices rated our courier service "good" or "excellent" (n=61).
        Top request: text alerts when the courier is 15 minutes away. We're piloting it on Route 3
        in the spring.</p>
        <h2 style="font-size:18px">Reminder: new requisition version</h2>
        <p>Please discard requisitions dated before 07/2024. The new version includes the ABN
        checkbox and updated specimen source fields.</p>
        </td></tr>
        <tr><td style="padding:12px 24px;font-family:Arial;font-size:11px;color:#666">
        HVMC Outreach Laboratory Services &middot; 1200 Riverside Pkwy, Harrow Valley WI 53000 &middot; (414) 555-0140<br>
        You are receiving this because your office is an outreach client. <a href="https://hvmc.example/unsubscribe">Unsubscribe</a>
        </td></tr></table></body></html>
        ''')
    text = D('''
        THE OUTREACH COURIER - Winter 2024

        * Fairview PSC now opens at 6:30 AM on weekdays starting January 6.
        * Home Draw program passes 10,000 visits.
        * Welcome Sven Halloran, courier, Route 4.
        * Client satisfaction: 94% good or excellent (n=61).
        * Please discard requisitions dated before 07/2024.

        HVMC Outreach Laboratory Services, (414) 555-0140
        ''')
    return alt(m, text, html, html_cte='quoted-printable')


@reg('clean', 'news')
def news_2():
    m = mk('Harrow Valley Health <healthnews@hvmc.example>', 'Harrow Valley Health subscribers <healthnews@lists.hvmc.example>',
           'Health Tip: Do I really need to fast before my blood test?')
    text = D('''
        HEALTHY HARROW VALLEY - monthly health tip

        Do I really need to fast before my blood test?

        Sometimes. Fasting means nothing to eat or drink except water for 8 to 12 hours before
        your blood is drawn. It matters for a few tests:

          - Fasting glucose
          - Some lipid (cholesterol) panels, if your doctor asks for a fasting panel
          - Certain specialty tests such as insulin or gastrin

        Many common tests, including a complete blood count, thyroid tests and hemoglobin A1c,
        do not require fasting. Many cholesterol tests today don't either. Check your order or
        call the lab if you're not sure.

        Tips if you do need to fast:
          * Drink water. Staying hydrated makes veins easier to find.
          * Take your usual medicines with water unless your doctor tells you otherwise.
          * Schedule your draw early in the morning and bring a snack for afterwards.
          * Skip gum, coffee and smoking until after your draw.

        Homebound? Ask your doctor about our Home Draw program: a trained phlebotomist comes to
        you. Call (414) 555-0140, option 4.

        This information is general and is not a substitute for advice from your own doctor.
        Harrow Valley Medical Center, 1200 Riverside Pkwy, Harrow Valley WI 53000.
        Unsubscribe: https://hvmc.example/healthnews/unsubscribe
        ''')
    return alt(m, text, to_html(text, font='Verdana'))


@reg('clean', 'news')
def news_3():
    m = mk('Harrow Valley Medical Center <communications@hvmc.example>', 'Community Partners <community@lists.hvmc.example>',
           'Holiday hours - Laboratory Patient Service Centers')
    return body(m, D('''
        HOLIDAY HOURS - LABORATORY PATIENT SERVICE CENTERS

                            Elm Street PSC      Fairview PSC      Hospital Main Lab
        Wed 11/27           6:30a-5:00p         7:00a-3:00p       24 hours
        Thu 11/28           CLOSED              CLOSED            24 hours
        Fri 11/29           7:00a-12:00p        CLOSED            24 hours
        Tue 12/24           6:30a-12:00p        7:00a-12:00p      24 hours
        Wed 12/25           CLOSED              CLOSED            24 hours
        Tue 12/31           6:30a-3:00p         7:00a-3:00p       24 hours
        Wed 1/1             CLOSED              CLOSED            24 hours

        Courier pickups: no routine routes on Thanksgiving, Christmas Day or New Year's Day.
        STAT pickups can be arranged through Client Services at (414) 555-0140.

        Home Draw visits scheduled on a holiday will be moved to the next business day; our
        schedulers will call patients to confirm.

        Patients may still use the Hospital Main Lab (1st floor, east entrance) for outpatient
        orders 24 hours a day.

        Happy holidays from all of us at Harrow Valley Medical Center Laboratory Services.
        '''))


@reg('clean', 'news')
def news_4():
    m = mk(ACHTERBERG, 'Medical Staff <medstaff@lists.hvmc.example>', 'QI summary: hemolysis in home-collected specimens, 2024',
           cc=NADIA)
    text = D('''
        Colleagues,

        A short summary of this year's outreach quality improvement project, which will be
        presented as a poster at the state laboratory society meeting in April.

        Background: Home-collected chemistry specimens had a hemolysis rate roughly three times
        that of specimens drawn at our patient service centers, leading to suppressed potassium
        results and repeat visits.

        Intervention (June 2024): small-volume tubes for all butterfly draws, a one-minute
        tourniquet timer clipped to the draw kit, insulated cabin coolers with data loggers, and
        a two-hour centrifugation target with a portable centrifuge in two vans.

        Results (aggregate, January-May vs. July-October 2024):
          - Home-draw chemistry specimens:           4,212 vs. 3,987
          - Hemolysis index above reporting limit:   3.1% vs. 1.8%
          - Potassium results suppressed:            2.4% vs. 1.2%
          - Recollection visits:                     97 vs. 44
          - Median collection-to-spin time:          3.4 h vs. 1.9 h

        No individual patient data are included in the poster. Thanks to Nadia Qureshi and the
        mobile phlebotomy team, who did the real work.

        Sam Achterberg, MD
        Laboratory Medical Director
        ''')
    return alt(m, text, to_html(text))


@reg('clean', 'news')
def news_5():
    m = mk('HVMC Volunteer Services <volunteers@hvmc.example>', 'HVMC All Staff <allstaff@lists.hvmc.example>',
           'Spotlight: Gordon Fairchild, 6 years at the Fairview PSC front desk')
    html = D('''
        <html><body style="font-family:Trebuchet MS,Arial;font-size:14px">
        <h2 style="color:#7a2e0e">Volunteer Spotlight</h2>
        <p><b>Gordon Fairchild</b> has greeted patients at the Fairview Patient Service Center
        every Tuesday and Thursday morning since 2018. A retired high school chemistry teacher,
        Gordon says he likes "being the calm face at 6:30 in the morning" and keeps a jar of
        peppermints at the desk for anyone who has just finished a fasting draw.</p>
        <p>Outside the lab, Gordon restores wooden canoes and has paddled every river in the
        county. He and his wife Marjorie have four grandchildren.</p>
        <p>"Gordon knows every regular by name and remembers to ask about their grandkids,"
        says PSC lead Tasha Morrow. "Our mornings run smoother because he's here."</p>
        <p>Thank you, Gordon, for more than 1,100 volunteer hours!</p>
        <p>Interested in volunteering? Visit the volunteer office (Main Lobby, Room 108) or
        call x4900.</p>
        </body></html>
        ''')
    return html_only(m, html, cte='8bit')


@reg('clean', 'news')
def news_6():
    m = mk('Harrow Valley Medical Center <communications@hvmc.example>', 'Community Partners <community@lists.hvmc.example>',
           'Community blood drive and free flu shots - Saturday, October 12')
    text = D('''
        Community Blood Drive & Flu Shot Clinic

        Saturday, October 12, 8:00 AM - 1:00 PM
        Harrow Valley Medical Center, Riverside Conference Center (free parking in Lot C)

        Blood drive with the Great Lakes Regional Blood Center. Donors must be at least 17 (16
        with parental consent), weigh at least 110 lb, and feel well on the day of donation.
        Bring a photo ID. Walk-ins welcome; appointments at greatlakesblood.example/hvmc.

        Free flu shots for adults 18 and older while supplies last, given by HVMC pharmacy
        staff. High-dose vaccine available for adults 65+. No insurance card needed.

        Last year 214 donors gave blood at this event, and the Riverside clinic gave 1,038 flu
        shots. Help us beat those numbers!

        Questions: Community Relations, (414) 555-0105.
        ''')
    return body(m, text, charset='windows-1252', cte='quoted-printable')


# ======================================================== CLEAN: training
@reg('clean', 'training')
def train_1():
    m = mk(NADIA, 'New Hire Orientation - Outreach <orientation-outreach@hvmc.example>',
           'Orientation module 3: specimen labeling (read before Thursday)')
    text = D('''
        Welcome again to the outreach team! Please review this before Thursday's hands-on
        session.

        MODULE 3 - LABELING AT THE BEDSIDE

        Every tube is labeled in the presence of the patient, immediately after collection,
        never before and never in the car. The label must carry two identifiers that match the
        requisition and the patient's own statement of name and date of birth.

        *** TRAINING EXAMPLE - FICTITIOUS PATIENT ***
          Label printed:      SAMPLE, PATIENT A     DOB 01/01/1900
          Requisition says:   SAMPLE, PATIENT A     DOB 01/01/1900
          Patient states:     "Patient A. Sample, January first, nineteen hundred"
          Collector initials, date and time written on each tube: e.g. "XX 01/01 0715"
        *** END EXAMPLE ***

        Question for Thursday: the example requisition shows "SAMPLE, PATIENT A" but the
        patient says "Patricia A. Sample". What do you do? (Answer: do not draw until the
        discrepancy is resolved with the ordering office.)

        Common rejection reasons we will practice spotting: unlabeled tube, name on tube does
        not match requisition, missing collection time on timed draws, label covering the fill
        line, and handwritten labels that are illegible.

        Nadia Qureshi, MLS(ASCP)
        Quality Coordinator
        ''')
    return alt(m, text, to_html(text, font='Arial'))


@reg('clean', 'training')
def train_2():
    m = mk(MARCUS, 'Client Services <cs-staff@hvmc.example>', 'Template: critical value call script (v4, please use this one)')
    return body(m, D('''
        All,

        Updated critical value call script below (v4). It's also in the shared drive under
        CS > Scripts. Fill in the bracketed fields from the LIS call screen; do not improvise
        the wording.

        ------------------------------------------------------------------
        "Hello, this is [Your Name] from Harrow Valley Medical Center Laboratory. I'm calling
        with a critical result for [Ordering Provider]. May I speak with a licensed caregiver
        (physician, PA, NP or nurse)?"

        "Can I have your full name and title please?" -> [Recipient Name, Credentials]

        "The patient is [Patient Last Name], [Patient First Name], date of birth [DOB]."

        "The critical result is [Test Name]: [Value] [Units], collected [Collection Date/Time].
        [Comment if any, e.g. 'specimen not hemolyzed, repeated and confirmed']."

        "Please read that back to me." -> document READ-BACK Y/N

        "Thank you. I have documented this call at [Time] to [Recipient Name]."
        ------------------------------------------------------------------

        If you cannot reach a licensed caregiver within 15 minutes, escalate to the
        pathologist on call (page 4400). Never leave a critical result on voicemail or with
        front-desk staff.

        Marcus
        '''))


@reg('clean', 'training')
def train_3():
    m = mk(NADIA, 'Laboratory Services All Staff <lab-all@hvmc.example>', 'Revised policy LAB-PRE-017 Specimen Acceptance and Rejection',
           cc=ACHTERBERG)
    body(m, D('''
        All,

        The revised Specimen Acceptance and Rejection policy (LAB-PRE-017, rev. F) was approved
        by Dr. Achterberg and takes effect December 1. The main changes are the new home-draw
        temperature criteria and the clarified rules for relabeling. Please read and attest in
        the policy system by 11/30.

        Nadia
        '''))
    items = [('h', 'LAB-PRE-017 Specimen Acceptance and Rejection - Revision F'),
             'Effective: 12/01/2024    Approved: S. Achterberg, MD, Laboratory Medical Director',
             'Purpose: To define the criteria for accepting laboratory specimens, including specimens collected by outreach clients and the Home Draw program, and the steps taken when a specimen is unacceptable.',
             'Scope: Central receiving, core laboratory, patient service centers, outreach couriers and mobile phlebotomists.',
             ('h', '1. Minimum labeling requirements'),
             'Each primary container must carry two patient identifiers (full name and date of birth, or full name and MRN), the collection date and time, and the collector\'s initials. Labels must be applied at the time of collection in the presence of the patient.',
             ('h', '2. Rejection criteria'),
             [['Condition', 'Action'],
              ['Unlabeled or mislabeled primary tube', 'Reject; request recollection. Irretrievable specimens (CSF, tissue) per section 4.'],
              ['Hemolysis index above test limit', 'Report unaffected tests; suppress affected tests with comment.'],
              ['Light blue top < 90% fill', 'Reject coagulation testing.'],
              ['Cooler temperature out of range (2-8 C) for refrigerated tests', 'Reject affected tests; notify outreach manager.'],
              ['Serum/plasma not separated within 2 h (glucose, potassium)', 'Report with comment or reject per test directory.']],
             ('h', '3. Relabeling'),
             'Relabeling of a primary specimen is not permitted. A collector may correct a label only at the point of collection and only with the patient present.',
             ('h', '4. Irretrievable specimens'),
             'Requires completion of the Irretrievable Specimen Attestation by the collector and approval by the medical director or designee.',
             'Review cycle: every two years or sooner if regulations change.']
    return attach_bytes(m, docx_bytes(items), 'LAB-PRE-017_revF.docx',
                        'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')


@reg('clean', 'training')
def train_4():
    m = mk(NADIA, 'Outreach Phlebotomy <outreach-phleb@hvmc.example>', 'Quiz: order of draw + special handling (answers at bottom)')
    return body(m, D('''
        Quick 8-question quiz for the December competency. Try it before you scroll down!

        1. Put these in the correct order of draw: lavender (EDTA), blood culture, gold (SST),
           light blue (citrate), green (heparin), gray (fluoride/oxalate).
        2. Why do we draw a discard tube before a light blue when using a butterfly?
        3. Which of these must be kept on ice after collection: ammonia, CBC, lactate, TSH?
        4. Which test must be protected from light: bilirubin, potassium, vitamin B12?
        5. How long may a gold top sit before it must be centrifuged?
        6. A patient tells you a different date of birth than the requisition. What do you do?
        7. What temperature range must the cooler stay in for refrigerated specimens?
        8. How soon after a digoxin dose should a level be drawn?

        .
        .
        .
        .

        ANSWERS
        1. Blood culture, light blue, gold, green, lavender, gray.
        2. To fill the tubing dead space so the citrate tube is filled correctly (9:1 ratio).
        3. Ammonia and lactate.
        4. Bilirubin (also B12 per our test directory, so both count).
        5. Within 2 hours of collection.
        6. Do not draw. Call the ordering office to resolve the discrepancy.
        7. 2 to 8 C. Check and log the logger at every stop.
        8. At least 6 hours after the dose (6-8 h is ideal).
        '''))


@reg('clean', 'training')
def train_5():
    m = mk(JUN, 'Tamsin Greaves <tgreaves@hvmc.example>', 'LIS onboarding - reading an HL7 ORU (example message)')
    hl7 = '\r'.join([
        r'MSH|^~\&|HVLIS|HVMC|CLIENTEHR|EXAMPLECLINIC|20250101080000||ORU^R01|EXAMPLE0001|T|2.5.1',
        r'PID|1||000000000^^^HVMC^MR||EXAMPLE^PATIENT^FICTITIOUS||19000101|U|||123 EXAMPLE ST^^ANYTOWN^ZZ^00000',
        r'ORC|RE|ORD0001|ACC0001||CM',
        r'OBR|1|ORD0001|ACC0001|80048^BASIC METABOLIC PANEL^C4|||20250101070000',
        r'OBX|1|NM|2951-2^Sodium^LN||140|mmol/L|136-145|N|||F',
        r'OBX|2|NM|2823-3^Potassium^LN||4.0|mmol/L|3.5-5.2|N|||F']) + '\r'
    body(m, D('''
        Hi Tamsin,

        Welcome to the LIS team! As promised, here's a training example for tomorrow's
        walkthrough. It's a made-up message built from our interface spec: the patient,
        identifiers and address are fictitious placeholders (EXAMPLE^PATIENT, MRN of all
        zeros, processing ID T = test). Open it in the HL7 viewer on your desktop.

        Things to find before we meet:
          1. Which field tells the receiver this is a results message? (MSH-9)
          2. Where is the ordering client's order number vs. our accession? (OBR-2 / OBR-3)
          3. What does the N in OBX-8 mean, and what other values can appear there?
          4. Why does MSH-11 matter when we're validating in the TEST environment?

        Our real interface traffic lives in the engine and never goes out by email; if a
        client ever needs a real message for troubleshooting we use the secure file share.

        Jun
        '''))
    return attach_text(m, hl7, 'EXAMPLE_ORU_training.hl7', subtype='plain', cte='7bit')


@reg('clean', 'training')
def train_6():
    m = mk(PENROSE, OUTREACH_ALL, 'Privacy minute: what belongs in an email (and what doesn\'t)')
    html = D('''
        <html><body style="font-family:Calibri,Arial;font-size:11pt">
        <p>Team,</p>
        <p>This month's privacy minute is about email. Outreach staff email more outside
        organizations than almost anyone in the hospital: client offices, care homes, our
        reference lab and vendors. A few rules of thumb:</p>
        <ol>
        <li><b>Use the minimum necessary.</b> An accession number or the client's own order
        number is usually enough to find a specimen. Don't add names, birth dates or results
        unless the recipient truly needs them.</li>
        <li><b>Use [secure] in the subject</b> when you must send patient information outside
        hvmc.example. The gateway encrypts the message.</li>
        <li><b>Never put patient names in the subject line.</b></li>
        <li><b>Double-check autocomplete.</b> Last quarter, two misdirected emails went to a
        similarly named address at a different practice.</li>
        </ol>
        <p><b>Practice example (fictitious, for training only):</b></p>
        <table border="1" cellpadding="6" style="border-collapse:collapse">
        <tr><th>Don't</th><th>Do</th></tr>
        <tr><td>Subject: "Jane Q. Sample DOB 01/01/1900 potassium redraw"</td>
        <td>Subject: "[secure] redraw needed - acc HV00-000000"</td></tr>
        <tr><td>Body lists the fictitious patient's name, birth date and all of her results</td>
        <td>Body gives the accession, the test to recollect and a call-back number</td></tr>
        </table>
        <p>Quiz yourself: Is an email that says only "acc HV00-000000, please recollect" OK to
        send unencrypted to the ordering office? (Answer: yes, it contains no patient
        identifiers.)</p>
        <p>Questions or a possible misdirected email? Call me right away at x4480.</p>
        <p>Harold Penrose, CHC<br>Compliance Officer, Harrow Valley Medical Center</p>
        </body></html>
        ''')
    return html_only(m, html, cte='quoted-printable')


# ================================================================ main
EXPECTED = {('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
            ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
            ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
            ('clean', 'news'): 6, ('clean', 'training'): 6}


DATES = {
    'care_1': (2024, 9, 4, 10, 12),
    'care_2': (2024, 9, 5, 9, 31),
    'care_3': (2024, 9, 9, 14, 48),
    'care_4': (2024, 9, 16, 8, 14),
    'care_5': (2024, 9, 20, 8, 5),
    'care_6': (2024, 9, 23, 11, 20),
    'care_7': (2024, 9, 19, 10, 5),
    'care_8': (2024, 9, 24, 13, 5),
    'names_1': (2024, 10, 1, 16, 2),
    'names_2': (2024, 10, 2, 11, 37),
    'names_3': (2024, 10, 4, 9, 12),
    'names_4': (2024, 10, 7, 15, 20),
    'names_5': (2024, 10, 16, 10, 45),
    'names_6': (2024, 10, 8, 9, 58),
    'names_7': (2024, 10, 14, 15, 30),
    'names_8': (2024, 10, 21, 10, 5),
    'self_1': (2024, 10, 10, 19, 42),
    'self_2': (2024, 9, 27, 11, 15),
    'self_3': (2024, 10, 15, 21, 8),
    'self_4': (2024, 10, 22, 13, 30),
    'self_5': (2024, 10, 11, 14, 2),
    'self_6': (2024, 10, 17, 10, 20),
    'self_7': (2024, 10, 21, 18, 47),
    'ids_1': (2024, 10, 23, 10, 41),
    'ids_2': (2024, 10, 8, 14, 15),
    'ids_3': (2024, 10, 25, 9, 30),
    'ids_4': (2024, 10, 28, 15, 44),
    'ids_5': (2024, 10, 22, 11, 8),
    'ids_6': (2024, 10, 28, 10, 20),
    'ids_7': (2024, 11, 1, 8, 55),
    'ids_8': (2024, 11, 4, 20, 15),
    'lists_1': (2024, 11, 11, 15, 30),
    'lists_2': (2024, 11, 1, 11, 22),
    'lists_3': (2024, 11, 8, 16, 10),
    'lists_4': (2024, 11, 5, 10, 2),
    'lists_5': (2024, 11, 12, 9, 40),
    'lists_6': (2024, 11, 25, 8, 50),
    'lists_7': (2024, 11, 15, 5, 2),
    'struct_1': (2024, 11, 4, 10, 15),
    'struct_2': (2024, 11, 12, 10, 30),
    'struct_3': (2024, 11, 8, 16, 5),
    'struct_4': (2024, 11, 5, 11, 2),
    'struct_5': (2024, 11, 13, 11, 48),
    'struct_6': (2024, 11, 18, 21, 47),
    'struct_7': (2024, 11, 21, 7, 55),
    'lang_1': (2024, 11, 15, 9, 14),
    'lang_2': (2024, 11, 18, 20, 30),
    'lang_3': (2024, 11, 20, 19, 5),
    'lang_4': (2024, 11, 21, 22, 10),
    'lang_5': (2024, 11, 22, 18, 40),
    'lang_6': (2024, 11, 25, 7, 45),
    'lang_7': (2024, 11, 27, 12, 30),
    'lang_8': (2024, 12, 3, 14, 20),
    'staff_1': (2024, 11, 22, 13, 10),
    'staff_2': (2024, 11, 20, 15, 5),
    'staff_3': (2024, 11, 6, 9, 30),
    'staff_4': (2024, 11, 8, 12, 15),
    'staff_5': (2024, 11, 26, 10, 0),
    'staff_6': (2024, 12, 2, 19, 48),
    'staff_7': (2024, 11, 14, 9, 45),
    'admin_1': (2024, 11, 7, 14, 30),
    'admin_2': (2024, 11, 27, 10, 0),
    'admin_3': (2024, 11, 21, 13, 40),
    'admin_4': (2024, 11, 14, 16, 20),
    'admin_5': (2024, 12, 5, 11, 0),
    'admin_6': (2024, 11, 21, 16, 30),
    'admin_7': (2024, 12, 5, 8, 40),
    'look_1': (2024, 11, 15, 6, 3),
    'look_2': (2025, 1, 14, 20, 51),
    'look_3': (2024, 11, 1, 7, 0),
    'look_4': (2024, 11, 25, 3, 12),
    'look_5': (2024, 11, 20, 16, 44),
    'look_6': (2024, 11, 13, 15, 20),
    'look_7': (2024, 10, 28, 12, 10),
    'news_1': (2024, 12, 10, 9, 0),
    'news_2': (2024, 11, 5, 7, 0),
    'news_3': (2024, 11, 18, 10, 0),
    'news_4': (2024, 12, 12, 17, 5),
    'news_5': (2024, 10, 25, 9, 30),
    'news_6': (2024, 9, 26, 10, 0),
    'train_1': (2025, 1, 13, 8, 20),
    'train_2': (2024, 10, 3, 14, 0),
    'train_3': (2024, 11, 12, 15, 30),
    'train_4': (2024, 11, 27, 9, 15),
    'train_5': (2025, 1, 8, 16, 0),
    'train_6': (2024, 10, 9, 11, 30),
}


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    rows = []
    for label, kind, patient, fn in MESSAGES:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        n = counts[(label, kind)]
        _WHEN[0] = DATES[fn.__name__]
        msg = fn()
        fname = '%s-%s-%03d.eml' % (label, kind, n)
        data = msg.as_bytes(policy=email.policy.SMTP)
        for hname, hval in RAW_HEADERS.get(fn.__name__, {}).items():
            import re
            pat = re.compile(rb'^' + hname.encode() + rb':.*?\r\n(?=[^ \t])', re.S | re.M)
            data, k = pat.subn(hname.encode() + b': ' + hval.encode('ascii') + b'\r\n', data, count=1)
            assert k == 1, (fname, hname)
        with open(os.path.join(outdir, fname), 'wb') as f:
            f.write(data)
        rows.append([fname, label, kind, patient])
    assert counts == EXPECTED, counts
    assert sum(counts.values()) == 86
    assert sum(v for (l, k), v in counts.items() if l == 'phi') == 53
    assert sum(v for (l, k), v in counts.items() if l == 'clean') == 33
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(rows)
    for (label, kind), v in EXPECTED.items():
        print('%s-%s: %d' % (label, kind, counts[(label, kind)]))
    print('total: %d' % sum(counts.values()))


if __name__ == '__main__':
    main()
