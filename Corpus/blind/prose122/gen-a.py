#!/usr/bin/env python3
"""Build the evaluation mailbox for Larkspur Family Direct Care (a direct primary care practice).

Usage: python3 gen.py OUTDIR
Standard library only; deterministic (random.seed(SEED)).
"""
import sys, os, io, csv, json, random, zipfile, zlib, datetime
from collections import Counter, OrderedDict
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 12201
random.seed(SEED)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
DOM = 'larkspurdpc.example'
DR_O = '"Miriam Okafor-Bell, MD" <miriam@larkspurdpc.example>'
DR_R = '"Tobias Reinholt, DO" <tobias@larkspurdpc.example>'
NP_J = 'Janelle Ruiz-Castañeda <janelle@larkspurdpc.example>'
DANA = 'Dana Whitcombe <dana@larkspurdpc.example>'
KYLE = 'Kyle Brandt <kyle@larkspurdpc.example>'
ROSA = 'Rosa Delgado <rosa@larkspurdpc.example>'
BRITT = 'Brittany Sauer <frontdesk@larkspurdpc.example>'
CARE = 'Larkspur Care Team <care@larkspurdpc.example>'
BILLING = 'Larkspur Membership Billing <billing@larkspurdpc.example>'
TEAM = 'Larkspur Team <team@larkspurdpc.example>'
LAB = 'Tri-County Reference Lab <clientservices@tricountylab.example>'
IMAGING = 'Clearview Open Imaging <scheduling@clearviewimaging.example>'
SHARE = 'Covenant Share Fellowship <needs@covenantshare.example>'
HR_BETH = 'Beth Sorensen <bsorensen@harlanprecision.example>'

SIG_PRACTICE = """
-- 
Larkspur Family Direct Care
2210 Quarry Bend Rd, Suite 4, Millbrook
Office (555) 010-4400 | Fax (555) 010-4401
www.larkspurdpc.example
"""

DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for
the person or entity to which it is addressed and may contain confidential
information. If you received this message in error, please notify the sender
and delete it. Larkspur Family Direct Care is not an insurance plan.
"""

def sig(name, title=None):
    lines = ['', '-- ', name]
    if title:
        lines.append(title)
    lines += ['Larkspur Family Direct Care', 'Office (555) 010-4400 | Fax (555) 010-4401', '']
    return '\n'.join(lines)


# ---------------------------------------------------------------- helpers
def D(month, day, hour, minute=None, year=2025):
    if minute is None:
        minute = random.randint(0, 59)
    off = -5 if 3 < month < 11 or (month == 3 and day > 9) or (month == 11 and day < 3) else -6
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(year, month, day, hour, minute, random.randint(0, 59), tzinfo=tz)


def _domain(addr):
    a = addr.split('<')[-1].strip('> ')
    return a.split('@')[-1] if '@' in a else DOM


def msgid(domain):
    hexs = ''.join(random.choice('0123456789abcdef') for _ in range(20))
    return '<%s.%d@%s>' % (hexs, random.randint(10000, 99999), domain)


def mk(frm, to, subject, date, cc=None, reply_to=None, in_reply_to=None, mailer=None, extra=None):
    m = EmailMessage()
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    if reply_to:
        m['Reply-To'] = reply_to
    m['Subject'] = subject
    m['Date'] = format_datetime(date)
    m['Message-ID'] = msgid(_domain(frm))
    if in_reply_to:
        ref = msgid(_domain(in_reply_to if '@' in in_reply_to else frm))
        m['In-Reply-To'] = ref
        m['References'] = ref
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def quote(text):
    out = []
    for line in text.strip('\n').split('\n'):
        out.append('>' + (' ' + line if line and not line.startswith('>') else line))
    return '\n'.join(out)


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))


def html_page(inner, style='font-family:Calibri,Arial,sans-serif;font-size:11pt'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="%s">\n%s\n</body></html>\n' % (style, inner))


def paras_to_html(text):
    blocks = [b for b in text.strip().split('\n\n')]
    return '\n'.join('<p>%s</p>' % esc(b).replace('\n', '<br>\n') for b in blocks)


def html_table(rows, header=True, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, esc(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows, sep='  '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        lines.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return '\n'.join(lines)


def bar_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    rule = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [rule]
    for i, r in enumerate(rows):
        out.append('| ' + ' | '.join(str(c).ljust(widths[j]) for j, c in enumerate(r)) + ' |')
        if i == 0:
            out.append(rule)
    out.append(rule)
    return '\n'.join(out)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return buf.getvalue()


def zip_bytes(files):
    return _zip(list(files.items()) if isinstance(files, dict) else files)


def _xml(s):
    return esc(str(s)).replace('"', '&quot;')


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet='Sheet1'):
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xml(v)))
        sd.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    rns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    pns = 'http://schemas.openxmlformats.org/package/2006/relationships'
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', head +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', head + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (pns, rns)),
        ('xl/workbook.xml', head + '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rns, _xml(sheet))),
        ('xl/_rels/workbook.xml.rels', head + '<Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (pns, rns)),
        ('xl/worksheets/sheet1.xml', head + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(sd))),
    ]
    return _zip(files)


def docx_bytes(blocks):
    """blocks: list of str (paragraph), ('h', str) heading, ('table', rows)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    def para(text, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _xml(text))
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            body.append(para(b[1], bold=True))
        elif isinstance(b, tuple) and b[0] == 'table':
            rows = []
            for r in b[1]:
                rows.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c) for c in r) + '</w:tr>')
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(rows))
        else:
            body.append(para(b))
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    files = [
        ('[Content_Types].xml', head +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels', head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', head + '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body))),
    ]
    return _zip(files)


def _pdf_str(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf_bytes(lines, title='Document', per_page=58):
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    nxt = 5
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        stream = ['BT', '/F1 10 Tf', '13 TL', '54 750 Td']
        for ln in pg:
            stream.append('(%s) Tj T*' % _pdf_str(ln))
        stream.append('ET')
        raw = zlib.compress('\n'.join(stream).encode('latin-1'))
        objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(raw) + raw + b'\nendstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Larkspur Office Print 2.1) /CreationDate (D:20250106080000-06\'00\') >>' % _pdf_str(title)).encode('latin-1')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    size = max(objs) + 1
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % size)
    for i in range(1, size):
        out.write(b'%010d 00000 n \n' % offsets[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref))
    return out.getvalue()


XLSX_MIME = ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet')
DOCX_MIME = ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document')


def attach_bytes(m, data, mime, filename):
    m.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=filename)


MESSAGES = []


def add(label, kind, patient, msg):
    MESSAGES.append((label, kind, patient or '', msg))


# ================================================================ phi-care
def phi_care():
    # 1 plain text, internal, INR result and dose hold
    m = mk(DR_R, KYLE, 'Pruitt INR', D(3, 4, 16, 52))
    m.set_content("""Kyle,

Tri-County just faxed over Gerald Pruitt's INR from this morning - 3.8.
Can you call him before 5 if you can? Cell is in his chart, but Marlene
usually answers the house phone faster.

Tell him:
  - skip tonight's warfarin dose
  - then back to 5 mg daily, except 2.5 mg on Mondays and Fridays
  - recheck INR Friday morning, walk-in draw here is fine, no appt needed

He finished the ciprofloxacin from the Dalton urgent care last week, which
is almost certainly why he's up. Please put a note in the chart once you
reach him. If you get voicemail just ask him to call the office - don't
leave the number on the machine, his grandson checks it.

Thanks,
TR
""")
    add('phi', 'care', 'Gerald Pruitt', m)

    # 2 HTML only, imaging centre confirmation
    m = mk(IMAGING, BRITT, 'Appointment confirmed - Kowalczyk, Annette - MRI L-spine w/o',
           D(3, 11, 10, 5), mailer='ClearviewScheduler 4.2')
    rows = [['Patient', 'Annette Kowalczyk'],
            ['Referring provider', 'Tobias Reinholt, DO - Larkspur Family Direct Care'],
            ['Exam', 'MRI Lumbar Spine without contrast (CPT 72148)'],
            ['Date / time', 'Friday, March 14, 2025 - 7:40 AM (arrive 7:25)'],
            ['Location', 'Clearview Open Imaging, 61 Foundry St, Millbrook'],
            ['Self-pay cash price', '$425.00 (includes radiologist interpretation)'],
            ['Payment', 'Billed to practice account CV-2207 (Larkspur DPC)']]
    inner = ('<p>Hello Larkspur team,</p>\n<p>The following cash-price exam is confirmed:</p>\n' +
             html_table(rows, header=False) +
             '<p>Please remind the patient to remove jewelry, hearing aids and any skin patches. '
             'Our MRI is an open-bore 1.2T unit; if she needed anxiety medication for her last scan, '
             'she will need a driver.</p>'
             '<p>The final report will be faxed to (555) 010-4401 and posted to the provider portal '
             'within 24 business hours.</p>'
             '<p style="color:#555">Clearview Open Imaging | Scheduling | (555) 016-2200<br>'
             'Transparent cash pricing for everyone. No insurance? No problem.</p>')
    m.set_content(html_page(inner, 'font-family:Arial,sans-serif;font-size:10pt'), subtype='html')
    add('phi', 'care', 'Annette Kowalczyk', m)

    # 3 long billing thread, care detail buried at the end
    first = """Hi,

My husband's job at the quarry ended last month so we lost the employer
membership through Harlan. Right now I'm on an individual membership and
Wyatt is on mine as a child add-on. Can we switch to the family plan and
add Dennis? What would the monthly be and when would it start?

Thanks,
Carrie Hollis"""
    second = """Hi Carrie,

Sorry to hear about Dennis's job. Yes, you can switch any time. Current
rates:

  Adult (19-64)        $75/mo
  Child add-on         $25/mo (with a paying adult)
  Family cap           $200/mo (2 adults + all kids under 19)

So you, Dennis and Wyatt would be $175/mo, under the cap. If we change it
before the 25th, the new amount drafts on the 1st. There's no enrollment
fee for Dennis since he was a member under the Harlan group within the
last 60 days.

Rosa Delgado
Membership Coordinator"""
    third = """That's great, thank you. Please go ahead and switch us. Same card as
before (the Visa ending 4471). Will Dennis need a new "welcome visit"
or does his old one count?

Carrie"""
    last = """Hi Carrie,

All set - the family membership starts April 1 and your next draft will
be $175.00 on the Visa ending 4471. Dennis's welcome visit from last year
still counts, so he doesn't need a new one; he can just book normally.

Oh, and Dr. Okafor-Bell asked me to pass this along since I was writing
you anyway: Wyatt's throat culture from Monday came back negative, so he
can stop the amoxicillin - no need to finish the bottle. If he is still
running a temperature on Thursday, call us and she'll see him.

Rosa
""" + sig('Rosa Delgado', 'Membership Coordinator | Se habla español')
    body = (last + '\n\nOn Tue, Mar 18, 2025 at 9:02 AM Carrie Hollis <carrie.hollis@postbox.example> wrote:\n' +
            quote(third) + '\n>\n> On Mon, Mar 17, 2025 at 4:40 PM Rosa Delgado <rosa@larkspurdpc.example> wrote:\n' +
            quote(quote(second)) + '\n>>\n>> On Mon, Mar 17, 2025 at 11:15 AM Carrie Hollis wrote:\n' +
            quote(quote(quote(first))) + '\n')
    m = mk(ROSA, 'Carrie Hollis <carrie.hollis@postbox.example>',
           'Re: Re: Re: switching to family membership', D(3, 19, 14, 31), in_reply_to='x@postbox.example')
    m.set_content(body)
    add('phi', 'care', 'Wyatt Hollis', m)

    # 4 multipart/alternative, no-show
    txt = """Marcus Delong didn't show for his 2:00 wound check again - that's twice
since the 18th. The sutures on his left forearm need to come out by Friday
at the latest or they'll start leaving track marks.

Can someone try him at home and at the shop? If we just can't get him in,
I can stop by Delong Auto on my way home Thursday around 5:30 and take them
out there - make sure he knows I'm coming.

Also he still owes for the suture kit + lidocaine ($18.40). Please don't
make that a barrier, just add it to his April draft.

Janelle
"""
    m = mk(NP_J, BRITT, 'no-show 2:00 - Marcus Delong', D(3, 25, 14, 27), cc=DANA)
    m.set_content(txt)
    m.add_alternative(html_page(paras_to_html(txt)), subtype='html')
    add('phi', 'care', 'Marcus Delong', m)

    # 5 death, plain text to team
    m = mk(DR_O, TEAM, 'Harold', D(4, 2, 7, 48))
    m.set_content("""Team,

Harold Vinson died at home early this morning with Ruth and the kids
there. Valley Hospice (Tamsin was the nurse on) called me at 4:10 and
I've already signed the death certificate electronically.

Dana - please stop his membership draft as of today and refund the unused
part of April to Ruth's card. Leave Ruth's own membership exactly as it is,
and please don't send her any automated "we miss you" emails from
MemberLoop. Can you check that the auto-campaigns exclude him?

Rosa - please cancel his standing Tuesday BP visit, the April lab order
and the oxygen concentrator pickup reminder. Hospice will handle the
equipment.

I'll write Ruth a card today; leave one on my desk and everyone please
sign it by Friday.

Harold was one of our first twenty members. He brought us tomatoes every
August and argued with me about the Cubs every single visit.

M.
""")
    add('phi', 'care', 'Harold Vinson', m)

    # 6 admission notice forwarded as message/rfc822
    inner = mk('St. Brigid Regional - Hospitalist Service <hospitalist-notify@stbrigidregional.example>',
               'tobias@larkspurdpc.example', 'Your patient Lorraine Sykes - admission notice',
               D(4, 10, 0, 12))
    inner.set_content("""Dr. Reinholt,

This is a courtesy notification that your patient Lorraine Sykes
(DOB 08/22/1941) was placed in observation at St. Brigid Regional Medical
Center on 04/09/2025 at 23:14.

Attending: Anand Pillai, MD (Hospitalist)
Presenting complaint: fall at home, right hip pain, unable to bear weight
Workup so far: CT head without acute findings; right hip films pending
Unit / room: 4 West, room 412

To speak with the attending hospitalist please call (555) 019-3300, option 4.
Discharge summary will be sent to your fax on file.

St. Brigid Regional Medical Center - Care Transitions
This automated notice was generated because you are listed as the
patient's primary care physician.
""")
    m = mk(DR_R, NP_J, 'Fwd: Your patient Lorraine Sykes - admission notice', D(4, 10, 6, 3))
    m.set_content("""Janelle - see attached. I'm going to go see her on the floor tomorrow
morning before clinic, they usually let me in at 7. Can you cover my
8:00 and 8:30? If the hip films show anything they'll probably move her
to ortho and I'd like to be there for the family conversation.

Her daughter Paula is the contact, number is in the chart.

T.
""")
    m.add_attachment(inner)
    add('phi', 'care', 'Lorraine Sykes', m)

    # 7 quoted-printable, dispensary med change
    m = mk(DR_O, KYLE, 'Teodoro - metformin change + dispensary', D(4, 15, 11, 20))
    m.set_content("""Kyle \u2014

Teodoro Marquez was in for his 3-month recheck. A1c 8.4 (was 7.9 in
December), so we\u2019re going up on metformin to 1000 mg twice a day.

From the dispensary please pull:
  \u2022 metformin 500 mg, #180 (2 bottles of 90) \u2014 wholesale $4.20/100,
    so charge him $7.56
  \u2022 glucometer kit + 100 strips \u2014 $22.15

Both go on his account; he\u2019ll pay with the May draft. He wants the
labels printed in Spanish \u2014 his daughter In\u00e9s reads them to him.
Follow-up with me in 6 weeks, 30-min slot please.

Thanks,
Dr. O
""", cte='quoted-printable')
    add('phi', 'care', 'Teodoro Marquez', m)

    # 8 base64 body, letter to health-sharing ministry
    m = mk(DANA, SHARE, 'Need documentation - member Delia Fontaine - procedure 5/6',
           D(4, 24, 9, 40), cc=DR_O)
    m.set_content("""To the Needs Processing team at Covenant Share Fellowship,

As requested in your letter dated April 22, here is the cash pricing and
scheduling information for Delia Fontaine's upcoming procedure
(Covenant Share member no. CSF-207713).

  Procedure:      colonoscopy with possible polypectomy
  Facility:       Riverbend Surgery Center, Millbrook
  Date:           Tuesday, May 6, 2025
  Ordering:       Miriam Okafor-Bell, MD
  Cash bundle:    $1,850.00 (facility, endoscopist, anesthesia, and
                  pathology for up to 3 specimens)

The pre-procedure visit at our office on April 15 and the bowel prep
prescription (dispensed from our in-office pharmacy at $11.80) are
included in / paid outside of her monthly membership and are not part of
this need.

Please let me know if you need the surgery center's signed price
agreement; they will send it directly on request.

Kind regards,
Dana Whitcombe
Practice Manager
""" + DISCLAIMER, cte='base64')
    add('phi', 'care', 'Delia Fontaine', m)


# ================================================================ phi-names
def phi_names():
    # 1 name only in the Subject
    m = mk(BRITT, KYLE, 'Ngozi Adeyemi-Okonkwo \u2014 fasting draw tomorrow?', D(2, 3, 15, 12))
    m.set_content("""She just called. Wants to come at 7:15 before her shift at the
hospital. Can you draw that early, or should I send her to Tri-County on
Grand Ave (they open at 6:30)?

Dr. R ordered lipid + A1c + CMP. I told her nothing to eat after midnight,
black coffee is NOT ok, water is fine.

- Britt
""")
    add('phi', 'names', 'Ngozi Adeyemi-Okonkwo', m)

    # 2 "Last, First" Vietnamese, reply thread
    m = mk(BRITT, DR_O, 'Re: Nguyen, Thi Bich Ngoc \u2013 refill', D(6, 3, 9, 6), in_reply_to=DR_O)
    m.set_content("""Dr. O,

She's on the 88 mcg since your change in April (the bottle she brought
in says 88). Nguyen, Thi Bich Ngoc - goes by Ngoc, DOB is in the chart -
called again this morning, she has 4 tablets left.

She's asking for a 90-day supply this time because she flies to \u0110\u00e0 N\u1eb5ng
on the 20th for six weeks. Dispensary has the 88s in stock, 90-count
bottle is $6.10 at our cost. OK to fill 90 + 1 refill?

Ngoc also asked if she should get her TSH checked before she goes or
after she's back.

Britt

On Mon, Jun 2, 2025 at 4:51 PM, Miriam Okafor-Bell wrote:
> Which dose is she on now? I thought I changed it in April after her
> labs. Check the bottle before we fill anything.
>
>> On Jun 2, 2025, at 3:20 PM, Brittany Sauer wrote:
>> Nguyen, Thi Bich Ngoc called for her levothyroxine. Needs refill.
""")
    add('phi', 'names', 'Nguyen, Thi Bich Ngoc', m)

    # 3 Polish, accented name, iso-8859-2 QP, RFC 2047 subject
    m = mk('Agnieszka Wr\u00f3bel <aga.wrobel@postbox.example>', CARE,
           'Mama \u2013 Halina Szczepa\u0144ska \u2013 home blood pressure log', D(5, 12, 20, 14))
    m.set_content("""Hello Dr. Reinholt,

I'm writing for my mother, Halina Szczepa\u0144ska (she is on our family
membership under my husband, Piotr Wr\u00f3bel). Here are her readings this
week with the new cuff, always in the morning before her pills:

  Mon 168/94   pulse 71
  Tue 172/90   pulse 75
  Wed 159/88   pulse 70
  Thu 166/92   pulse 73
  Fri 170/95   pulse 76

She takes the amlodipine 5 mg every morning, I watch her take it. Mama
says she feels fine, but Saturday she had one dizzy spell getting out of
the bath and sat on the floor for a minute. She didn't fall or hit her
head.

Should Halina come in, or can you change the dose by phone? She only
understands Polish well, so please call me, not her landline.

Dzi\u0119kuj\u0119,
Aga
(555) 011-7093
""", charset='iso-8859-2', cte='quoted-printable')
    add('phi', 'names', 'Halina Szczepa\u0144ska', m)

    # 4 name with particles, title and possessive
    m = mk(DR_R, NP_J, 'Mr. de la Croix \u2013 knee f/u Thursday', D(5, 20, 17, 44))
    m.set_content("""Janelle,

Jean-Baptiste de la Croix is on your schedule Thursday at 10:30. I did the
steroid injection in his right knee on 5/2 (40 mg triamcinolone, lateral
approach, no issues). If he's not at least 50% better he wants to talk
about imaging and the ortho referral.

Clearview quoted $310 cash for a knee MRI without contrast, and Dr. Ashby
at Millbrook Orthopedics does a $150 cash consult for our members, so we
have options.

Heads-up: Mr. de la Croix is particular about being called Jean-Baptiste,
not JB and not "Mr. Croix". His wife Odile usually comes with him and
does most of the talking.

T.
""")
    add('phi', 'names', 'Jean-Baptiste de la Croix', m)

    # 5 Arabic name, "re:" subject, multipart/alternative
    txt = """Kyle,

Yousef Al-Haddad's spirometry from this morning is scanned into the
chart - FEV1 went from 68% predicted in March to 81% on the new inhaler.

Mr. Al-Haddad asked if the repeat can be done while he's fasting for
Ramadan - that's fine, spirometry doesn't need him to eat. Please book
him a 7:30 early-bird slot in 4 weeks and put "no albuterol 4 hrs before"
in the appointment note.

He also asked for a second inhaler for work. Dispensary price on the
budesonide-formoterol generic is $38.50, go ahead and dispense one.

Thanks,
Janelle
"""
    m = mk(NP_J, KYLE, 're: Yousef', D(3, 6, 10, 58), in_reply_to=KYLE)
    m.set_content(txt)
    m.add_alternative(html_page(paras_to_html(txt)), subtype='html')
    add('phi', 'names', 'Yousef Al-Haddad', m)

    # 6 Indian name, then first name only
    m = mk(DR_O, BRITT, "Venkatesh's films", D(7, 8, 12, 3))
    m.set_content("""Britt,

Clearview sent the report on Venkatesh Subramaniam's ankle films - three
views, no fracture, just soft tissue swelling over the lateral side.

Venkatesh will probably call this afternoon asking whether he can play
cricket on Saturday. The answer is no: boot for two more weeks, then he
can start the band exercises I gave him. If he pushes, put him through
to me.

The films were $65 cash and he already paid Clearview at the front desk,
so nothing to bill on our side.

Dr. O
""")
    add('phi', 'names', 'Venkatesh Subramaniam', m)

    # 7 Eastern European, nickname, "Last, First" in quoted portion
    m = mk(ROSA, DR_R, 'Re: Bondarenko, Oleksandr', D(1, 22, 13, 37), in_reply_to=DR_R)
    m.set_content("""Dr. Reinholt,

Talked to Svitlana (his wife). Sasha - that's what they call Oleksandr -
is still coughing at night and now has a low fever, 100.4 last night.
She asked if the chest x-ray can be done today instead of Friday.
Clearview can take him at 3:15 today, same $45 cash price. Should I book
it?

Mr. Bondarenko doesn't drive right now so Svitlana will bring him and
translate. They prefer afternoon callbacks after 2 because she works
mornings at the bakery.

Rosa

-----Original Message-----
From: Tobias Reinholt
Sent: Wednesday, January 22, 2025 8:05 AM
To: Rosa Delgado
Subject: Bondarenko, Oleksandr

Rosa, can you check in with the Bondarenkos today? I'd like to know if
the cough is any better after 3 days of the azithromycin.
""")
    add('phi', 'names', 'Oleksandr Bondarenko', m)

    # 8 Nigerian name, nickname, title
    m = mk(KYLE, DR_R, 'Emeka Obi \u2014 add-on?', D(9, 16, 9, 12))
    m.set_content("""Dr. R,

Chukwuemeka Obi (Emeka) was in for his draw at 8. You mentioned last
visit maybe adding a B12 level since he's been on metformin for years.
Tri-County says they can still add it onto the gold-top tube until 2pm
today ($9 cash on our price list). Want me to call it in?

Also Mr. Obi asked if his wife Adaeze can switch to the couples rate now
that she's joining - I'll send that part to Rosa.

Kyle
""")
    add('phi', 'names', 'Chukwuemeka Obi', m)


# ================================================================ phi-self
def phi_self():
    # 1 plain text from a member
    m = mk('Brenda Kessler <bkessler62@inbox.example>', CARE, 'sugars high on the prednisone',
           D(2, 10, 7, 2), mailer='Microsoft Outlook 16.0')
    m.set_content("""Hi Dr. Okafor-Bell,

It's Brenda. Since I started the prednisone Thursday for my back, my
morning sugars have been 180-210 (I usually run 110-130). Last night
before bed it was 236. I feel OK otherwise, a little shaky after lunch.

Should I take an extra glipizide, or just ride it out? I have 3 more days
of the prednisone (the 20 mg tablets).

Thank you,
Brenda
""")
    add('phi', 'self', 'Brenda Kessler', m)

    # 2 lab result question + wholesale price, iPhone signature, DOB
    m = mk('Tom Hargrove <tomhargrove@netmail.example>', CARE, 'TSH result question + price?',
           D(6, 18, 21, 47))
    m.set_content("""Hey - I saw my labs come through the portal tonight. TSH 6.2 with a
little H next to it, and the free T4 is at the low end. Is that why I've
been so wiped out and cold all the time? My wife says my hair's been
thinning too.

If Dr. R wants to start the thyroid pill, what does that run at your
wholesale price? My old doctor's pharmacy wanted $40 a month with my
discount card.

Tom (DOB 04/02/1971)

Sent from my iPhone
""")
    add('phi', 'self', 'Tom Hargrove', m)

    # 3 HTML only, own mental health
    inner = """<div dir="ltr">
<div>Hi Janelle,</div><div><br></div>
<div>I hate emailing this but I've had three panic attacks at work this week and I'm
barely sleeping, maybe 4 hours a night. I stopped the sertraline in March because I
thought I was fine and didn't want to keep paying for it (I know, I know).</div>
<div><br></div>
<div>Can I get in with you this week? It's not an emergency and I'm safe, I'm just
really struggling and I don't want it to get like it was last fall.</div>
<div><br></div>
<div>Any afternoon after 3 works. Thank you for always being so kind about this.</div>
<div><br></div>
<div>- Kayla</div>
</div>"""
    m = mk('Kayla Thibodeaux <kaylathib@postbox.example>', 'Janelle Ruiz-Casta\u00f1eda <janelle@larkspurdpc.example>',
           'can I get in this week?', D(5, 6, 23, 18))
    m.set_content(html_page(inner, 'font-family:Arial,sans-serif'), subtype='html')
    add('phi', 'self', 'Kayla Thibodeaux', m)

    # 4 multipart/alternative, pregnancy
    txt = """Hi Dr. Okafor-Bell!!

We got a positive test this morning - two of them actually, I didn't
believe the first one. This is the first one since the miscarriage last
year so I'm excited but honestly pretty nervous.

Last period started August 3. I'm still taking the prenatal vitamin you
told me to start in the spring.

A few questions:
1. Do you guys do prenatal care or do I need to find an OB?
2. Can I get the blood test to confirm and check the levels?
3. I'm on the individual membership - does pregnancy change my monthly?

Thank you!
Maribel
"""
    m = mk('Maribel Ochoa <maribel.ochoa@inbox.example>', DR_O, 'positive test!!', D(9, 2, 8, 11))
    m.set_content(txt)
    m.add_alternative(html_page(paras_to_html(txt)), subtype='html')
    add('phi', 'self', 'Maribel Ochoa', m)

    # 5 member to health-sharing ministry with PDF estimate
    m = mk('Douglas Pfeiffer <doug.pfeiffer@hometown.example>', SHARE,
           'New need submission - member 4471-0932-01', D(7, 1, 19, 30), cc=DR_R)
    m.set_content("""Hello,

I'm submitting a new need for my gallbladder removal scheduled 7/22 at
Riverbend Surgery Center. Dr. Reinholt at Larkspur Family Direct Care
(cc'd) referred me after the ultrasound at Clearview on 6/19 showed
stones and a thickened wall. I've had three attacks since May, the last
one put me in the St. Brigid ER overnight.

Cash bundle quoted by Riverbend: $4,950 (surgeon, facility, anesthesia).
The ER bill from 5/30 was already submitted as need N-2025-109112.

My member number is 4471-0932-01. I met my $1,000 annual unshared amount
with the ER visit.

The itemized estimate from Riverbend is attached.

Thanks and God bless,
Doug
""")
    pdf = pdf_bytes([
        'RIVERBEND SURGERY CENTER - CASH PRICE ESTIMATE',
        '',
        'Patient: Douglas Pfeiffer            DOB: 11/03/1968',
        'Procedure: Laparoscopic cholecystectomy (CPT 47562)',
        'Referring: Tobias Reinholt, DO (Larkspur Family Direct Care)',
        'Surgeon: Harriet Lindahl, MD          Date of service: 07/22/2025',
        '',
        'Facility fee ........................................ $2,900.00',
        'Surgeon fee ......................................... $1,400.00',
        'Anesthesia .......................................... $  550.00',
        'Pathology ........................................... $  100.00',
        '                                                       ---------',
        'TOTAL CASH BUNDLE (due 5 days before surgery) ....... $4,950.00',
        '',
        'Estimate valid 60 days. Includes one post-operative visit.',
    ], title='Riverbend estimate - Pfeiffer')
    attach_bytes(m, pdf, ('application', 'pdf'), 'Riverbend_Estimate_Pfeiffer.pdf')
    add('phi', 'self', 'Douglas Pfeiffer', m)

    # 6 employee writes to HR about own procedure
    m = mk('Luis Carrasco <lcarrasco@harlanprecision.example>', HR_BETH,
           'out Thursday 6/12', D(6, 9, 6, 52))
    m.set_content("""Beth,

Heads up that I'll be out Thursday 6/12 for my colonoscopy. Dr.
Okafor-Bell at Larkspur set it up through the DPC since my dad had colon
cancer at 52 and they want me checked early. The prep is Wednesday so I
might need to leave at noon that day too. I'll put both in as PTO.

Quick question - does our group membership with Larkspur cover the GI
doctor, or is that separate? Their office said the cash price is $1,450
but I want to know if the company's health plan reimburses any of that.

Thanks,
Luis
2nd shift lead, Cell B
""")
    add('phi', 'self', 'Luis Carrasco', m)

    # 7 reply to an automated refill notice, quoted-printable
    orig = """Hi Gary,

Your prescription is ready for pickup at the Larkspur in-office
dispensary. Pickup hours are Mon-Fri 8:00-5:00. Please bring your
membership card.

Larkspur Family Direct Care
(This mailbox is monitored during business hours.)"""
    m = mk('Gary Lindqvist <glindqvist@netmail.example>', CARE, 'Re: Your prescription is ready',
           D(4, 28, 18, 6), in_reply_to=CARE)
    m.set_content("""Thanks. Actually I wanted to ask before I pick it up \u2013 ever since Dr. R
put me on the lisinopril back in February I\u2019ve had this dry tickly cough,
mostly at night, and it wakes my wife up. She read online it can be the
pill. My home readings are good, around 128/80.

Can I switch to something else before I grab the new bottle? I\u2019d rather
not pay for 90 days of something that keeps me up.

Gary

Sent from my phone

On Mon, Apr 28, 2025, 2:14 PM Larkspur Care Team <care@larkspurdpc.example> wrote:
""" + quote(orig) + '\n', cte='quoted-printable')
    add('phi', 'self', 'Gary Lindqvist', m)


# ================================================================ phi-ids
def phi_ids():
    # 1 requisition with DOB and chart / account numbers
    m = mk(KYLE, 'Tri-County Reference Lab - Patient Service Center <psc@tricountylab.example>',
           'Req for Voss - add to courier pickup', D(1, 14, 8, 41))
    m.set_content("""Hi Tri-County,

Please add this one to today's 11:00 courier pickup:

Darlene Voss, DOB 19-Jul-1958
Our chart # L-20417 / your client acct TCL-448812 (Larkspur DPC, cash bill to practice)
Tests: CMP, lipid panel (fasting), TSH, urine microalbumin/creatinine ratio
Ordering: T. Reinholt, DO  NPI 1487720539

Tubes: 1 gold, 1 lavender, urine cup, all labeled. Results to the
interface please, and fax a copy to (555) 010-4401.

Thanks,
Kyle Brandt, CMA
""")
    add('phi', 'ids', 'Darlene Voss', m)

    # 2 health-sharing ministry asking for itemized bill, HTML
    rows = [['Need reference', 'N-2025-118734'],
            ['Member', 'Raymond Oduya (dependent)'],
            ['Member ID', '4471-2290-03'],
            ['Household ID', 'HH-0912274'],
            ['Date of service', '03/02/2025'],
            ['Provider', 'Larkspur Family Direct Care'],
            ['Description on file', 'laceration repair, left hand, 6 sutures; tetanus booster'],
            ['Amount submitted', '$142.00']]
    inner = ('<p>Dear Larkspur Family Direct Care billing office,</p>'
             '<p>We are processing the need below and require an <b>itemized bill with CPT codes</b> '
             'and the provider signature before it can be published for sharing.</p>' +
             html_table(rows, header=False) +
             '<p>Please reply to this message with the itemized statement attached, or fax it to '
             '(555) 018-7000 referencing the need number above.</p>'
             '<p>In His service,<br>Abigail Troutman<br>Needs Processing Specialist<br>'
             'Covenant Share Fellowship</p>'
             '<p style="font-size:8pt;color:#777">Covenant Share Fellowship is not insurance. '
             'Members voluntarily share one another\'s medical expenses.</p>')
    m = mk('Abigail Troutman <atroutman@covenantshare.example>', BILLING,
           'Itemized bill needed - Need N-2025-118734', D(3, 20, 13, 15))
    txt = ('Dear Larkspur Family Direct Care billing office,\n\nWe are processing the need below and require '
           'an itemized bill with CPT codes and the provider signature.\n\n' +
           '\n'.join('%s: %s' % (a, b) for a, b in rows) +
           '\n\nPlease reply with the itemized statement attached, or fax (555) 018-7000.\n\n'
           'Abigail Troutman\nNeeds Processing Specialist\nCovenant Share Fellowship\n')
    m.set_content(txt)
    m.add_alternative(html_page(inner), subtype='html')
    add('phi', 'ids', 'Raymond Oduya', m)

    # 3 home visit with address and phone
    m = mk(DR_O, KYLE, 'Tuesday home visit', D(2, 21, 16, 30))
    m.set_content("""Kyle,

You're riding with me Tuesday after lunch. First stop:

  Mrs. Edith Calloway
  418 Sparrow Hill Rd, Apt 2B (side entrance, ring twice)
  (555) 014-2277 - daughter Lynn: (555) 014-9006

She came home from St. Brigid on Friday. We're doing a post-hospital
medication reconciliation - bring every bottle from the bag in her
kitchen back to the table, they sent her home with duplicates. Also
bring the BP cuff, the pulse ox and a scale; they said she left 6 lb
lighter than she went in.

Then we'll swing by the Hendricks' farm on the way back, that one's just
a flu shot.

M.
""")
    add('phi', 'ids', 'Edith Calloway', m)

    # 4 return-to-work note to employer HR with member number, DOCX attached
    m = mk(NP_J, HR_BETH, 'Work status - D. Faraday (member #HPM-0087)', D(2, 11, 15, 5))
    m.set_content("""Beth,

Dustin asked me to send his work status note directly to you (signed
release is on file with us). Note attached.

Short version: he may return to full duty on 2/14; until then, no
lifting over 20 lb and no climbing ladders.

Janelle Ruiz-Casta\u00f1eda, FNP-C
Larkspur Family Direct Care
""")
    doc = docx_bytes([
        ('h', 'Larkspur Family Direct Care - Work Status Note'),
        'Employee / member: Dustin Faraday',
        'Employer group: Harlan Precision Machining   Member #: HPM-0087',
        'Date of birth: 10/30/1988',
        'Seen in clinic: 02/11/2025',
        'Status: Restricted duty 02/11/2025 - 02/13/2025. No lifting > 20 lb. No ladders.',
        'Full duty without restrictions beginning 02/14/2025.',
        'Follow-up: as needed with this office.',
        '',
        'Janelle Ruiz-Casta\u00f1eda, FNP-C',
    ])
    attach_bytes(m, doc, DOCX_MIME, 'WorkStatus_Faraday_2025-02-11.docx')
    add('phi', 'ids', 'Dustin Faraday', m)

    # 5 imaging centre identity check with SSN
    m = mk('Nadia Perez <nperez@clearviewimaging.example>', BRITT,
           'Two patients, same name - need to confirm before MRI', D(8, 5, 11, 24))
    m.set_content("""Hi Brittany,

We got your order for an MRI brain with and without contrast for
Khadija Rahimi, but we have two patients by that name in our system.
Can you confirm which one is yours before we schedule?

  Ours #1: DOB 1990-03-05, SSN ***-**-7730, phone (555) 017-8841
  Ours #2: DOB 1987-11-21, SSN ***-**-2614, phone (555) 013-5502

The order you faxed shows SSN 412-58-7730, which matches #1, but the DOB
on the order says 03/05/1991. One of those is a typo. She'll also need a
creatinine within 30 days for the contrast - do you have one, or should
we draw it here ($18 cash)?

Thanks,
Nadia Perez
Patient Access, Clearview Open Imaging
(555) 016-2200 ext 3
""")
    add('phi', 'ids', 'Khadija Rahimi', m)

    # 6 no name, account number + DOB with prescription, pharmacy to practice
    m = mk('Meridian Mail Pharmacy <rx-support@meridianmailrx.example>', DR_R,
           'Rx 7730192 - clarification needed', D(10, 7, 10, 2))
    m.set_content("""Dr. Reinholt,

We received an electronic prescription for your patient under account
10-3375 (DOB 02/11/1944, ZIP 62950) for apixaban 5 mg, #60, sig "1 tab
BID". Our records show this patient also has an active prescription for
clopidogrel 75 mg daily written by an outside cardiologist on 08/28/2025.

Please confirm the patient should take both. Cash price for apixaban
through our program is $38.60/30 days.

Reply to this message or call (555) 015-8800 option 2. Reference
Rx 7730192.

Meridian Mail Pharmacy - Clinical Support
""")
    add('phi', 'ids', '', m)

    # 7 critical value call log
    m = mk(KYLE, '%s, %s' % (DR_O, DR_R), 'CRITICAL - called 16:42', D(11, 14, 16, 49))
    m.set_content("""Critical value phone call

Caller:      Tri-County Reference Lab, Denise (tech #114)
Received by: Kyle Brandt, CMA   16:42
Accession:   24-1114-0457
Patient:     HOANG, MINH DUC    DOB 5/30/1967   Chart L-19855
Result:      Potassium 6.1 mmol/L (ref 3.5-5.1)   specimen not hemolyzed
Read-back:   verified

Dr. O was in a procedure so I'm sending to both of you. He's on
lisinopril + spironolactone per med list. Home number (555) 012-4418.
""")
    add('phi', 'ids', 'HOANG, MINH DUC', m)

    # 8 catastrophic wrap-around policy numbers + ER visit
    m = mk(ROSA, 'Rebecca Tollefson <rtollefson@hometown.example>',
           'Re: ER bill - what to send to Bluestem', D(8, 27, 15, 55), in_reply_to='r@hometown.example')
    m.set_content("""Hi Rebecca,

I looked at what you forwarded. Your wrap-around catastrophic policy is
Bluestem Mutual, member ID BSM-88213-004, group 55120, and the ER claim
from St. Brigid on 8/16 is claim #SB-2025-0816-33391.

For Bluestem to apply it toward your deductible they need:
  1. the itemized ER statement (not the summary bill you got first)
  2. Dr. Okafor-Bell's note from your follow-up visit with us on 8/19
     - I've attached nothing here for privacy; I'll upload it to your portal
  3. the CT report from the ER

Call me if they give you any trouble. Your membership with us stays the
same, the ER visit doesn't change anything on our side.

Rosa
""" + sig('Rosa Delgado', 'Membership Coordinator') + """
On Tue, Aug 26, 2025 at 8:14 PM Rebecca Tollefson wrote:
> Rosa, Bluestem sent me a letter saying they need "supporting
> documentation" for my ER visit. What do they want from me?? I'm
> attaching a photo of the letter.
""")
    add('phi', 'ids', 'Rebecca Tollefson', m)


# ================================================================ phi-lists
def phi_lists():
    # 1 typed text table with spaces: tomorrow's schedule
    rows = [['Time', 'Member', 'Age', 'Visit', 'Notes'],
            ['7:30', 'Harriet Okonjo', '71', 'BP recheck', 'home log in portal'],
            ['8:00', 'Caleb Strand', '9', 'sick - ear pain', 'mom Jenna bringing'],
            ['8:30', 'Priyanka Desai', '34', 'IUD check', '6 wk post insertion'],
            ['9:00', 'Walter Jankowski', '66', 'wound check + suture removal', 'L shin'],
            ['9:30', 'BLOCK', '', 'Tri-County courier', ''],
            ['10:00', 'Lucia Benedetti-Ross', '52', 'annual + pap', 'fasting labs drawn 3/28'],
            ['11:00', 'Darnell Fitch', '45', 'med refill / A1c', 'Harlan group'],
            ['1:00', 'Ana Paula Moreira', '29', 'prenatal 16 wk', 'Rosa to interpret'],
            ['1:30', 'Stuart Kimball', '58', 'knee injection', 'consent on file'],
            ['2:30', 'Gwen Albrecht', '80', 'telehealth - meds review', 'daughter on call']]
    m = mk(BRITT, DR_R, 'Tues 4/1 schedule', D(3, 31, 16, 55))
    m.set_content('Dr. R - here\'s tomorrow. Mr. Jankowski asked if he can come at 8:45 instead, I said probably.\n\n' +
                  text_table(rows) + '\n\n2 open slots after 3:00 held for same-day.\n\n- Britt\n')
    add('phi', 'lists', 'Harriet Okonjo', m)

    # 2 CSV attachment: courier manifest
    rows = [['accession', 'patient_last', 'patient_first', 'dob', 'chart', 'tests', 'fasting', 'draw_time'],
            ['LF-25-0611', 'Pacheco', 'Rosalind', '1961-02-14', 'L-18802', 'CMP;LIPID;A1C', 'Y', '07:42'],
            ['LF-25-0612', 'Mbeki', 'Thabo', '1979-09-01', 'L-20113', 'CBC;FERRITIN;B12', 'N', '07:55'],
            ['LF-25-0613', 'Lindgren', 'Astrid', '1990-06-23', 'L-21470', 'HCG QUANT', 'N', '08:10'],
            ['LF-25-0614', 'Ferraro', 'Dominic', '1955-12-30', 'L-17735', 'PSA;CMP', 'Y', '08:16'],
            ['LF-25-0615', "O'Rourke", 'Siobhan', '1984-03-08', 'L-20561', 'TSH;FREE T4', 'N', '08:31'],
            ['LF-25-0616', 'Tran', 'Van Hieu', '1949-07-17', 'L-16024', 'INR', 'N', '08:40'],
            ['LF-25-0617', 'Castellanos', 'Ruben', '1962-09-30', 'L-20988', 'CMP;URINE MICROALB', 'Y', '09:02']]
    m = mk(KYLE, 'Tri-County Courier Desk <courier@tricountylab.example>',
           'Manifest - Larkspur DPC - 06/11 AM pickup', D(6, 11, 9, 20))
    m.set_content("""Manifest for the 11:00 pickup attached (7 specimens, 1 cooler).
Lindgren HCG is a STAT please - results by phone to (555) 010-4400.

Kyle Brandt, CMA
Larkspur Family Direct Care
""")
    m.add_attachment(csv_text(rows), subtype='csv', filename='manifest_20250611_AM.csv')
    add('phi', 'lists', 'Rosalind Pacheco', m)

    # 3 XLSX attachment: overdue A1c recall list
    rows = [['Member', 'DOB', 'Phone', 'Last A1c', 'Last A1c date', 'Provider', 'Outreach'],
            ['Bertrand, Louis', '1957-04-19', '(555) 011-2045', 9.1, '2024-10-02', 'MOB', 'left VM 5/1'],
            ['Okafor, Chidinma', '1971-08-05', '(555) 012-8830', 8.2, '2024-11-14', 'TR', ''],
            ['Halvorsen, Jens', '1949-01-27', '(555) 013-0917', 7.9, '2024-09-20', 'MOB', 'wife says traveling'],
            ['Reyes-Alvarado, Marisol', '1966-12-03', '(555) 014-3361', 10.4, '2024-08-08', 'JRC', 'needs Spanish call'],
            ['Petrenko, Yuliia', '1980-05-15', '(555) 015-7702', 7.4, '2024-12-01', 'TR', ''],
            ['Washington, Delores', '1952-10-11', '(555) 016-4408', 8.8, '2024-10-29', 'JRC', 'transport needed'],
            ['Abernathy, Cole', '1975-03-22', '(555) 017-1126', 7.1, '2024-11-30', 'MOB', '']]
    m = mk(DR_O, '%s, %s' % (ROSA, KYLE), 'A1c recall list - overdue > 5 mo', D(5, 5, 12, 15), cc=NP_J)
    m.set_content("""Rosa, Kyle -

Attached are our members whose last A1c is more than five months old.
Can we split the calls this week? Rosa takes Marisol and anyone who
prefers Spanish. Offer the 7:00-8:00 walk-in draw; the A1c is $6 on the
Tri-County list and we don't charge the members for it anyway.

Thanks,
Dr. O
""")
    attach_bytes(m, xlsx_bytes(rows, 'A1c recall'), XLSX_MIME, 'A1c_recall_2025-05.xlsx')
    add('phi', 'lists', 'Bertrand, Louis', m)

    # 4 DOCX attachment: assisted-living rounding list
    table = [['Room', 'Resident / member', 'Reason for visit', 'Notes from staff'],
             ['104', 'Eleanor Whitcomb-Hayes', 'monthly visit, weight check', 'eating ~50% of meals'],
             ['109', 'Rudolph Kaminski', 'follow-up after ER 3/2', 'new walker, no falls since'],
             ['112', 'Beatriz Santacruz', 'pressure area sacrum', 'dressing changed daily'],
             ['117', 'Lloyd Featherstone', 'med review, 11 meds', 'family wants to reduce'],
             ['121', 'Mae Ellen Purdy', 'flu vaccine + B12 shot', '']]
    m = mk(NP_J, DR_O, 'Maple Court rounds Thursday', D(3, 12, 18, 2))
    m.set_content("""Here's the list for Maple Court on Thursday. Five of ours this month.
Staff asked if we can look at Mrs. Purdy's ankles too while we're there.
I'll take the dispensary bag with the B12 and two flu doses.

J.
""")
    doc = docx_bytes([('h', 'Maple Court Assisted Living - Larkspur DPC rounding list'),
                      'Date: Thursday, March 13, 2025   Clinician: J. Ruiz-Casta\u00f1eda, FNP-C',
                      ('table', table),
                      'Bring: scale, BP cuff, dressing supplies, B12 x1, influenza vaccine x2'])
    attach_bytes(m, doc, DOCX_MIME, 'MapleCourt_rounds_2025-03-13.docx')
    add('phi', 'lists', 'Eleanor Whitcomb-Hayes', m)

    # 5 PDF statement from imaging centre, inside a ZIP
    lines = ['CLEARVIEW OPEN IMAGING - MONTHLY CASH ACCOUNT STATEMENT',
             'Account: CV-2207  Larkspur Family Direct Care      Period: 04/01/2025 - 04/30/2025',
             '',
             'Date       Patient                   DOB         Exam                          Cash',
             '04/02/25   Sorensen, Karl            06/14/1959  XR chest 2 view               $ 45.00',
             '04/04/25   Abernathy, Lena           02/02/1993  US pelvis transvaginal        $185.00',
             '04/09/25   Moreau, Philippe          11/20/1948  CT abd/pelvis w contrast      $325.00',
             '04/11/25   Kowalczyk, Annette        07/07/1970  MRI L-spine w/o               $425.00',
             '04/17/25   Gutierrez, Ignacio        01/09/2001  XR R wrist 3 view             $ 55.00',
             '04/22/25   Fairweather, June         09/30/1955  DEXA                          $ 95.00',
             '04/28/25   Nwosu, Obinna             04/18/1966  US abdomen complete           $165.00',
             '',
             'Total due: $1,295.00       Due by 05/15/2025',
             'Remit to: Clearview Open Imaging, 61 Foundry St, Millbrook   (555) 016-2200']
    m = mk('Clearview Billing <billing@clearviewimaging.example>', BILLING,
           'April statement - acct CV-2207', D(5, 2, 8, 0), mailer='ClearviewBilling/3.0')
    m.set_content("""Please find your April cash account statement attached (zipped PDF,
password not required). Payment by ACH is appreciated.

Clearview Open Imaging - Billing
""")
    z = zip_bytes({'CV-2207_statement_2025-04.pdf': pdf_bytes(lines, 'CV-2207 April 2025')})
    attach_bytes(m, z, ('application', 'zip'), 'CV-2207_statement_2025-04.zip')
    add('phi', 'lists', 'Sorensen, Karl', m)

    # 6 tab-separated dispensary log in body
    rows = [['Date', 'Member', 'Drug', 'Qty', 'Wholesale', 'Charged'],
            ['5/19', 'Gomez, Alejandra', 'sertraline 50 mg', '90', '$3.12', '$3.12'],
            ['5/19', 'Pham, Quang', 'atorvastatin 40 mg', '90', '$4.05', '$4.05'],
            ['5/20', 'Rasmussen, Karin', 'levothyroxine 75 mcg', '90', '$5.60', '$5.60'],
            ['5/20', 'Adebayo, Tunde', 'amlodipine 10 mg', '90', '$2.18', '$2.18'],
            ['5/21', 'Gomez, Alejandra', 'hydroxyzine 25 mg', '30', '$1.40', '$1.40'],
            ['5/22', 'Kovacs, Imre', 'tamsulosin 0.4 mg', '90', '$6.75', '$6.75'],
            ['5/23', 'Lindqvist, Gary', 'losartan 50 mg', '90', '$4.44', '$4.44']]
    body = ('Dana, here is last week\'s dispensary log for the reconciliation. '
            'Pasted from the tracker so the tabs should survive.\n\n' +
            '\n'.join('\t'.join(r) for r in rows) +
            '\n\nTotal charged $27.54. Alejandra\'s hydroxyzine was a same-day add-on from Janelle.\n\nKyle\n')
    m = mk(KYLE, DANA, 'dispensary log wk of 5/19', D(5, 26, 8, 33))
    m.set_content(body)
    add('phi', 'lists', 'Gomez, Alejandra', m)

    # 7 bar table in HTML <pre>: pending sharing needs
    rows = [['Member', 'Need #', 'Service', 'Provider', 'Amount', 'Status'],
            ['Fontaine, Delia', 'N-2025-120455', 'colonoscopy w/ polypectomy', 'Riverbend SC', '$1,850', 'awaiting pathology'],
            ['Pfeiffer, Douglas', 'N-2025-124871', 'lap cholecystectomy', 'Riverbend SC', '$4,950', 'published'],
            ['Oduya, Raymond', 'N-2025-118734', 'laceration repair', 'Larkspur DPC', '$142', 'need itemized bill'],
            ['Haskins, Faith', 'N-2025-121009', 'MRI brain', 'Clearview', '$495', 'shared'],
            ['Yoder, Elam', 'N-2025-119950', 'ER visit + CT', 'St. Brigid', '$3,210', 'negotiating']]
    inner = ('<p>Dana,</p><p>Here is where our members\' open needs stand with Covenant as of this '
             'morning. I pulled it from their provider portal.</p><pre style="font-family:Consolas,monospace">' +
             esc(bar_table(rows)) + '</pre><p>Elam Yoder\'s ER bill is the one to watch, St. Brigid hasn\'t '
             'agreed to the cash discount yet.</p><p>Rosa</p>')
    m = mk(ROSA, DANA, 'Covenant needs status', D(7, 8, 10, 10))
    m.set_content(html_page(inner), subtype='html')
    add('phi', 'lists', 'Fontaine, Delia', m)


# ================================================================ phi-struct
def phi_struct():
    # 1 HL7 ORU pasted in body
    hl7 = r"""MSH|^~\&|TCLAB|TRICOUNTY|LFDC_EHR|LARKSPUR|20250312061544||ORU^R01^ORU_R01|TC2503120442|P|2.5.1
PID|1||L-20988^^^LFDC^MR~TC-551904^^^TCLAB^AN||CASTELLANOS^RUBEN^A||19620930|M|||1720 ORCHARD CT^^MILLBROOK^IL^62950||^PRN^PH^^^555^0136620
PV1|1|O|LFDC||||1487720539^REINHOLT^TOBIAS^^^DO
ORC|RE|LF-88213|25-071-0442||CM
OBR|1|LF-88213|25-071-0442|80053^COMPREHENSIVE METABOLIC PANEL^CPT|||20250311071200|||||||||1487720539^REINHOLT^TOBIAS^^^DO||||||20250312061000|||F
OBX|1|NM|2345-7^Glucose^LN||131|mg/dL|70-99|H|||F
OBX|2|NM|2160-0^Creatinine^LN||1.42|mg/dL|0.70-1.30|H|||F
OBX|3|NM|33914-3^eGFR^LN||55|mL/min/1.73m2|>59|L|||F
OBX|4|NM|2823-3^Potassium^LN||4.9|mmol/L|3.5-5.1|N|||F
OBX|5|NM|1742-6^ALT^LN||22|U/L|7-52|N|||F"""
    m = mk(KYLE, 'Tri-County Interface Support <interfaces@tricountylab.example>',
           'Result not filing - ORU from 3/12 06:15', D(3, 12, 9, 4), cc=DANA)
    m.set_content("""Hi interface team,

This result came across at 06:15 but never filed to the chart - it's
sitting in our unmatched queue. I think it's because your PID-3 repeats
the accession as a second identifier. Raw message from our inbound log:

""" + hl7 + """

Could you resend, or tell us if something changed on your side? We had
two others this week do the same thing.

Kyle Brandt, CMA
Larkspur Family Direct Care
(555) 010-4400
""")
    add('phi', 'struct', 'CASTELLANOS, RUBEN A', m)

    # 2 HL7 ADT A03 discharge messages in a ZIP
    a03a = '\r'.join([
        'MSH|^~\\&|EPIC|STBRIGID|LFDC_EHR|LARKSPUR|20250415143010||ADT^A03|SB8841203|P|2.3',
        'EVN|A03|20250415142700',
        'PID|1||SB00731552^^^STB^MR||WOJCIK^STANISLAW^J||19440502|M|||77 KILN RD^^MILLBROOK^IL^62950||(555)011-3398',
        'PV1|1|I|3N^318^A|E|||4410293387^PILLAI^ANAND|||MED||||||||V0099214|||||||||||||||||||01|||||||20250412083000|20250415142700',
        'DG1|1|I10|J18.9^Pneumonia, unspecified organism^I10|||A',
        'DG1|2|I10|I50.32^Chronic diastolic heart failure^I10|||A',
        'PD1|||LARKSPUR FAMILY DIRECT CARE|1487720539^REINHOLT^TOBIAS',
    ]) + '\r'
    a03b = '\r'.join([
        'MSH|^~\\&|EPIC|STBRIGID|LFDC_EHR|LARKSPUR|20250415170244||ADT^A03|SB8841377|P|2.3',
        'EVN|A03|20250415170100',
        'PID|1||SB00690014^^^STB^MR||SYKES^LORRAINE^M||19410822|F|||12 BIRCH LN^^MILLBROOK^IL^62950||(555)012-7781',
        'PV1|1|I|4W^412^B|E|||4410293387^PILLAI^ANAND|||ORT||||||||V0099188|||||||||||||||||||06|||||||20250409231400|20250415170100',
        'DG1|1|I10|S72.001A^Fracture of unsp part of neck of right femur, init^I10|||A',
        'PD1|||LARKSPUR FAMILY DIRECT CARE|1487720539^REINHOLT^TOBIAS',
    ]) + '\r'
    m = mk('St. Brigid HIM Interfaces <him-interfaces@stbrigidregional.example>', 'tobias@larkspurdpc.example',
           'Discharge ADT batch for Larkspur Family Direct Care - 04/15/2025', D(4, 15, 18, 0))
    m.set_content("""Attached are today's discharge (A03) messages for patients who list
Larkspur Family Direct Care as their primary care provider. Your
practice is not yet on a live interface with St. Brigid, so these are
delivered by secure e-mail.

Files: 2

St. Brigid Regional Medical Center - Health Information Management
""" + DISCLAIMER)
    z = zip_bytes([('SB8841203_A03.hl7', a03a.encode()), ('SB8841377_A03.hl7', a03b.encode())])
    attach_bytes(m, z, ('application', 'zip'), 'STB_A03_LFDC_20250415.zip')
    add('phi', 'struct', 'WOJCIK, STANISLAW J', m)

    # 3 X12 834 enrollment from an employer group, forwarded by HR
    segs = [
        'ISA*00*          *00*          *ZZ*MARROWCREEK    *ZZ*LARKSPURDPC    *250301*0930*^*00501*000000412*0*P*:',
        'GS*BE*MARROWCREEK*LARKSPURDPC*20250301*0930*412*X*005010X220A1',
        'ST*834*0001*005010X220A1',
        'BGN*00*MC20250301*20250301*0930****4',
        'N1*P5*MARROW CREEK FEED AND SUPPLY*FI*371234567',
        'N1*IN*LARKSPUR FAMILY DIRECT CARE*FI*371998765',
        'INS*Y*18*021*28*A***FT',
        'REF*0F*MC00412',
        'REF*1L*LFDC-GRP-07',
        'DTP*356*D8*20250301',
        'NM1*IL*1*HUTCHENS*DALE*R***34*517228841',
        'PER*IP**HP*5550147730',
        'N3*88 FERRY LANE',
        'N4*MILLBROOK*IL*62950',
        'DMG*D8*19790614*M',
        'HD*021**HLT*DPC MEMBERSHIP ADULT*EMP',
        'DTP*348*D8*20250301',
        'INS*N*01*021*28*A',
        'REF*0F*MC00412',
        'DTP*356*D8*20250301',
        'NM1*IL*1*HUTCHENS*TAMMY*L***34*518330972',
        'DMG*D8*19810203*F',
        'HD*021**HLT*DPC MEMBERSHIP ADULT*ESP',
        'DTP*348*D8*20250301',
        'INS*Y*18*024*07*A***FT',
        'REF*0F*MC00377',
        'DTP*357*D8*20250228',
        'NM1*IL*1*BALDWIN*TRAVIS*K***34*402917736',
        'DMG*D8*19920911*M',
        'HD*024**HLT*DPC MEMBERSHIP ADULT*EMP',
        'DTP*349*D8*20250228',
    ]
    se_count = len(segs) - 2 + 1
    segs += ['SE*%d*0001' % se_count, 'GE*1*412', 'IEA*1*000000412']
    x12 = '~\n'.join(segs) + '~\n'
    fwd = """Dale Hutchens added his wife Tammy effective 3/1, and Travis Baldwin
left us 2/28 so please stop his membership. Our payroll vendor generated
the attached 834 - hopefully your system can read it. If not, I can type
it up.

Thanks!
Cheryl Dunaway
Office & HR, Marrow Creek Feed and Supply
(555) 018-2214
"""
    m = mk('Cheryl Dunaway <cdunaway@marrowcreekfeed.example>', BILLING,
           'March enrollment changes - group LFDC-GRP-07', D(3, 1, 9, 45))
    m.set_content(fwd)
    attach_bytes(m, x12.encode(), ('application', 'edi-x12'), 'MC_834_20250301.x12')
    add('phi', 'struct', 'HUTCHENS, DALE R', m)

    # 4 FHIR JSON bundle attached
    bundle = OrderedDict([
        ('resourceType', 'Bundle'), ('type', 'collection'),
        ('timestamp', '2025-07-14T10:22:05-05:00'),
        ('entry', [
            {'resource': OrderedDict([
                ('resourceType', 'Patient'), ('id', 'lfdc-21388'),
                ('identifier', [{'system': 'urn:larkspurdpc:chart', 'value': 'L-21388'},
                                {'system': 'urn:covenantshare:member', 'value': '4471-5518-01'}]),
                ('name', [{'family': 'Marchetti', 'given': ['Giulia', 'Rose']}]),
                ('gender', 'female'), ('birthDate', '1983-01-29'),
                ('telecom', [{'system': 'phone', 'value': '555-013-4471', 'use': 'mobile'}]),
                ('address', [{'line': ['903 Tanner Ave'], 'city': 'Millbrook', 'state': 'IL', 'postalCode': '62950'}])])},
            {'resource': OrderedDict([
                ('resourceType', 'Condition'), ('id', 'c1'),
                ('subject', {'reference': 'Patient/lfdc-21388'}),
                ('code', {'coding': [{'system': 'http://hl7.org/fhir/sid/icd-10-cm', 'code': 'K80.20',
                                      'display': 'Calculus of gallbladder without cholecystitis without obstruction'}]}),
                ('onsetDateTime', '2025-06-02')])},
            {'resource': OrderedDict([
                ('resourceType', 'Observation'), ('id', 'o1'), ('status', 'final'),
                ('code', {'coding': [{'system': 'http://loinc.org', 'code': '1975-2', 'display': 'Bilirubin, total'}]}),
                ('subject', {'reference': 'Patient/lfdc-21388'}),
                ('effectiveDateTime', '2025-07-10T07:50:00-05:00'),
                ('valueQuantity', {'value': 1.9, 'unit': 'mg/dL'})])},
            {'resource': OrderedDict([
                ('resourceType', 'MedicationStatement'), ('id', 'm1'), ('status', 'active'),
                ('medicationCodeableConcept', {'text': 'ondansetron 4 mg ODT, 1 tab q8h prn nausea'}),
                ('subject', {'reference': 'Patient/lfdc-21388'})])},
        ])])
    m = mk(DANA, 'Covenant Share Provider Records <records@covenantshare.example>',
           'Records for need N-2025-126310 (FHIR export)', D(7, 14, 10, 30))
    m.set_content("""Hello,

Per the member's signed authorization, attached is the FHIR export from
our EHR for need N-2025-126310. Your portal asked for JSON; let me know if
you'd prefer a PDF summary instead.

Dana Whitcombe
Practice Manager, Larkspur Family Direct Care
""")
    attach_bytes(m, json.dumps(bundle, indent=2).encode(), ('application', 'fhir+json'),
                 'N-2025-126310_bundle.json')
    add('phi', 'struct', 'Giulia Rose Marchetti', m)

    # 5 key: value web intake form
    m = mk('Larkspur Website <no-reply@larkspurdpc.example>', 'Rosa Delgado <rosa@larkspurdpc.example>',
           'New membership application: Hollister, Wade', D(8, 19, 22, 41),
           reply_to='wade.hollister@inbox.example', mailer='FormRelay 2.7')
    m.set_content("""A new membership application was submitted on larkspurdpc.example.

Form: New Member Application (Adult)
Submitted: 08/19/2025 10:41 PM

First name: Wade
Last name: Hollister
Date of birth: 1969-05-08
Sex: Male
Phone: (555) 017-2958
Email: wade.hollister@inbox.example
Address: 2207 Coalbank Rd, Millbrook IL 62950
Membership type: Adult individual ($75/mo)
Employer group code: (none)
Health-sharing ministry: Covenant Share Fellowship, member 4471-6620-01
Current medications: metoprolol succinate 50 mg daily; atorvastatin 20 mg; sildenafil 50 mg prn
Allergies: penicillin (hives)
Conditions: atrial fibrillation (ablation 2021), high cholesterol
Previous doctor: Dr. Kessler, Lakeview Internal Medicine
Reason for joining: old doctor retired, need someone to manage my heart meds
How did you hear about us: coworker
Signature: Wade Hollister
Payment method on file: Visa ending 0917
""")
    add('phi', 'struct', 'Wade Hollister', m)

    # 6 fixed-width controlled-substance export, TXT attachment
    def fw(*fields):
        return ''.join(str(v)[:w].ljust(w) if a == 'l' else str(v)[:w].rjust(w) for v, w, a in fields)
    recs = [('0048201', '20250602', 'ARMSTRONG', 'KEITH', '19600414', '00093005801', 'TRAMADOL HCL 50MG TAB', 30, 7),
            ('0048207', '20250603', 'LEBLANC', 'MONIQUE', '19870922', '00591544301', 'LORAZEPAM 0.5MG TAB', 10, 10),
            ('0048215', '20250605', 'STOJANOVIC', 'DRAGAN', '19520318', '00406052301', 'HYDROCODONE-APAP 5-325', 12, 3),
            ('0048219', '20250609', 'QUINTERO', 'ESTELA', '19740101', '00228205911', 'ZOLPIDEM 5MG TAB', 30, 30),
            ('0048226', '20250612', 'ARMSTRONG', 'KEITH', '19600414', '00093005801', 'TRAMADOL HCL 50MG TAB', 30, 7)]
    lines = [fw(('HDR', 3, 'l'), ('LARKSPUR FAMILY DIRECT CARE', 30, 'l'), ('DEA', 3, 'l'), ('BL7734192', 10, 'l'),
                ('20250601', 8, 'l'), ('20250615', 8, 'l'))]
    for r in recs:
        lines.append(fw(('DTL', 3, 'l'), (r[0], 8, 'l'), (r[1], 8, 'l'), (r[2], 15, 'l'), (r[3], 12, 'l'),
                        (r[4], 8, 'l'), (r[5], 11, 'l'), (r[6], 24, 'l'), (r[7], 4, 'r'), (r[8], 3, 'r')))
    lines.append(fw(('TRL', 3, 'l'), (len(recs), 6, 'r')))
    m = mk(DR_O, DANA, 'PMP upload file 6/1-6/15 - please check before I submit', D(6, 16, 12, 50))
    m.set_content("""Dana,

Here's the dispensing report for the state monitoring program for the
first half of June (in-office dispensing of scheduled meds). The upload
portal is picky about column widths - can you eyeball it against the
paper log before I submit? I think Mr. Armstrong's second fill on 6/12 is
right (he had the dental extraction), but double check the Rx numbers.

M.
""")
    m.add_attachment('\r\n'.join(lines) + '\r\n', subtype='plain', filename='PMP_LFDC_20250601_20250615.txt')
    add('phi', 'struct', 'ARMSTRONG, KEITH', m)

    # 7 X12 837P from imaging centre
    segs = [
        'ISA*00*          *00*          *ZZ*CLEARVIEWIMG   *ZZ*BLUESTEMMUT    *250512*1410*^*00501*000008831*0*P*:',
        'GS*HC*CLEARVIEWIMG*BLUESTEMMUT*20250512*1410*8831*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*CV250512-07*20250512*1410*CH',
        'NM1*41*2*CLEARVIEW OPEN IMAGING*****46*CV7781',
        'NM1*40*2*BLUESTEM MUTUAL*****46*BSM01',
        'HL*1**20*1',
        'NM1*85*2*CLEARVIEW OPEN IMAGING*****XX*1306882147',
        'N3*61 FOUNDRY ST',
        'N4*MILLBROOK*IL*62950',
        'REF*EI*371556620',
        'HL*2*1*22*0',
        'SBR*P*18*55120******CI',
        'NM1*IL*1*TOLLEFSON*REBECCA*A***MI*BSM88213004',
        'N3*415 WILLOW BEND',
        'N4*MILLBROOK*IL*62950',
        'DMG*D8*19860725*F',
        'NM1*PR*2*BLUESTEM MUTUAL*****PI*BSM01',
        'CLM*CV2505120007*395***11:B:1*Y*A*Y*Y',
        'HI*ABK:R109*ABF:N2889',
        'NM1*DN*1*OKAFOR-BELL*MIRIAM****XX*1598034471',
        'LX*1',
        'SV1*HC:74176*395*UN*1***1',
        'DTP*472*D8*20250508',
    ]
    segs += ['SE*%d*0001' % (len(segs) - 2 + 1), 'GE*1*8831', 'IEA*1*000008831']
    x12 = '~'.join(segs) + '~'
    m = mk('Clearview Billing <billing@clearviewimaging.example>', ROSA,
           'Copy of 837 sent to Bluestem for your member', D(5, 12, 14, 22))
    m.set_content("""Rosa,

As you asked, we submitted the CT to Ms. Tollefson's catastrophic plan
so it counts toward her deductible (she already paid our $395 cash price,
so any payment from Bluestem will be refunded to her). Copy of the
837P we sent is below so you have the claim number for your records.

""" + x12 + """

Clearview Billing
(555) 016-2200 ext 5
""")
    add('phi', 'struct', 'TOLLEFSON, REBECCA A', m)


# ================================================================ phi-lang
def phi_lang():
    # 1 Spanish thread, iso-8859-1 quoted-printable
    m = mk(ROSA, 'Yesenia Ibarra <yibarra@postbox.example>',
           'Re: Cita para Mateo \u2013 fiebre y dolor de o\u00eddo', D(1, 13, 19, 40), in_reply_to='y@postbox.example')
    m.set_content("""Hola Yesenia,

S\u00ed, la Dra. Okafor-Bell puede ver a Mateo ma\u00f1ana a las 8:15. Si la fiebre
sube de 39.5 o si lo nota muy decaído esta noche, llámeme al
(555) 010-4400 y marque 2; la doctora contesta el teléfono de guardia.

Puede seguir con el ibuprofeno cada 6-8 horas. Para su peso (18 kg) la
dosis es 9 ml del jarabe de 100 mg/5 ml.

La visita no tiene costo adicional, está incluida en su membresía
familiar.

Saludos,
Rosa Delgado
Coordinadora de Membresías

El lun, 13 ene 2025 a las 19:02, Yesenia Ibarra <yibarra@postbox.example> escribió:
> Buenas tardes, Dra. Okafor-Bell:
>
> Le escribo porque mi hijo Mateo Ibarra Solís (5 años) tiene fiebre de
> 39.2 desde anoche y se queja mucho del oído derecho. Le di ibuprofeno a
> las 6. La última vez que tuvo infección de oído fue en octubre y le
> dieron amoxicilina.
>
> ¿Puede verlo mañana temprano? Somos miembros con el plan familiar por el
> trabajo de mi esposo en Harlan Precision.
>
> Gracias,
> Yesenia Ibarra
""", charset='iso-8859-1', cte='quoted-printable')
    add('phi', 'lang', 'Mateo Ibarra Sol\u00eds', m)

    # 2 Russian, koi8-r base64
    m = mk('\u0418\u0440\u0438\u043d\u0430 \u0412\u043e\u043b\u043a\u043e\u0432\u0430 <irina.volkova@netmail.example>', DR_R,
           '\u041f\u0430\u043f\u0430 \u2013 \u043c\u0435\u0442\u043e\u043f\u0440\u043e\u043b\u043e\u043b, \u043f\u0443\u043b\u044c\u0441 52',
           D(10, 21, 20, 5))
    m.set_content("""Здравствуйте, доктор Рейнхольт!

Пишу по поводу моего отца, Волкова Виктора Петровича (дата рождения
12.03.1947). После того как вы увеличили дозу метопролола на прошлой
неделе, у него утром пульс 50-52, и он жалуется на слабость и
головокружение, когда встаёт с кровати. Давление 118/70.

Он принимает таблетки из вашей аптеки, 25 мг два раза в день. Нужно ли
снизить дозу или лучше привезти его к вам на приём? Он плохо говорит
по-английски, поэтому, пожалуйста, звоните мне.

С уважением,
Ирина Волкова
тел. (555) 012-6634
""", charset='koi8-r', cte='base64')
    add('phi', 'lang', '\u0412\u043e\u043b\u043a\u043e\u0432 \u0412\u0438\u043a\u0442\u043e\u0440 \u041f\u0435\u0442\u0440\u043e\u0432\u0438\u0447', m)

    # 3 Vietnamese, utf-8 base64
    m = mk('Tr\u1ea7n Qu\u1ed1c B\u1ea3o <tranquocbao@inbox.example>', NP_J,
           'K\u1ebft qu\u1ea3 x\u00e9t nghi\u1ec7m c\u1ee7a m\u1eb9 t\u00f4i (L\u00ea Th\u1ecb Hoa)', D(6, 25, 12, 18))
    m.set_content("""Chào chị Janelle,

Tôi là Bảo, con trai của bà Lê Thị Hoa (sinh ngày 03/11/1950). Hôm thứ Hai
phòng xét nghiệm Tri-County đã lấy máu cho mẹ tôi. Trên cổng thông tin tôi
thấy đường huyết lúc đói là 142 và A1c là 7.6, cao hơn lần trước (6.9).

Mẹ tôi có cần đổi thuốc hoặc tăng liều không? Hiện bà đang uống metformin
500mg mỗi ngày hai lần, mua ở quầy thuốc của phòng khám.

Mẹ tôi không nói được tiếng Anh nên xin gọi cho tôi ở số (555) 013-2290
sau 4 giờ chiều.

Cảm ơn chị nhiều,
Bảo
""", charset='utf-8', cte='base64')
    add('phi', 'lang', 'L\u00ea Th\u1ecb Hoa', m)

    # 4 Chinese, gb2312 base64, self
    m = mk('\u5468\u7f8e\u73b2 <zhou.meiling@postbox.example>', DR_O,
           '\u7532\u72b6\u817aB\u8d85\u7ed3\u679c - \u5468\u7f8e\u73b2', D(9, 9, 21, 33))
    m.set_content("""Okafor-Bell医生您好：

我是周美玲（会员号 LF-1187，出生日期 1978年9月12日）。我上周二在
Clearview 做了甲状腺B超，护士打电话说右边有一个1.4厘米的结节，需要
医生看报告后再决定。我很担心，这几天晚上都睡不好。

请问需要做穿刺吗？如果要做，现金价格大概多少？我下周一和周三下午都
有空。

谢谢！
周美玲
电话：(555) 016-9023
""", charset='gb2312', cte='base64')
    add('phi', 'lang', '\u5468\u7f8e\u73b2', m)

    # 5 Arabic with English, windows-1256 quoted-printable
    m = mk('Samira Haddad <samira.haddad@hometown.example>', CARE,
           '\u0645\u0648\u0639\u062f \u0644\u0643\u0631\u064a\u0645 \u062d\u062f\u0627\u062f - Karim checkup', D(7, 2, 13, 7))
    m.set_content("""مرحباً دكتورة أوكافور-بيل،

أنا سميرة حداد، والدة كريم حداد (عمره 4 سنوات، تاريخ الميلاد 17/02/2021).
نريد حجز موعد لفحص كريم السنوي ولقاحات المدرسة قبل شهر أغسطس.

في المرة الماضية بعد اللقاح أصيب كريم بحمى 38.9 لمدة يومين وطفح خفيف على
ذراعه، فهل يجب أن نعطيه دواء قبل اللقاح هذه المرة؟ وما زال يستخدم البخاخ
عندما يلعب في الخارج.

شكراً جزيلاً،
سميرة

Sorry for writing in Arabic, my English is not good for medical things.
My husband Ali can translate if you call: (555) 015-3364.
""", charset='windows-1256', cte='quoted-printable')
    add('phi', 'lang', 'Karim Haddad', m)

    # 6 Portuguese, iso-8859-1 base64
    m = mk('Ros\u00e2ngela Ferreira <rosangela.ferreira@netmail.example>', DR_R,
           'Encaminhamento de fisioterapia \u2013 Joaquim Ferreira Lopes', D(4, 8, 9, 51))
    m.set_content("""Olá Dr. Reinholt,

Aqui é a Rosângela, esposa do Joaquim Ferreira Lopes. A ressonância do
ombro direito que ele fez na Clearview na sexta (custou US$ 395 à vista)
ficou pronta, e o relatório fala em ruptura parcial do manguito rotador.

O senhor disse que ia encaminhar o Joaquim para fisioterapia. Qual
clínica aceita pagamento em dinheiro e quanto custa cada sessão? Ele
ainda não consegue levantar o braço acima do ombro e está tomando o
naproxeno da farmácia de vocês duas vezes por dia, mas o estômago dele
está reclamando.

Obrigada,
Rosângela
(555) 011-8840
""", charset='iso-8859-1', cte='base64')
    add('phi', 'lang', 'Joaquim Ferreira Lopes', m)

    # 7 Haitian Creole, utf-8 quoted-printable, self
    m = mk('Wilner Joseph <wilnerjoseph@inbox.example>', CARE, 'Plim ensilin - Wilner Joseph', D(11, 4, 6, 15))
    m.set_content("""Bonjou Dr. Reinholt,

Se Wilner Joseph (dat nesans 14/06/1963). Mwen prèske fini plim ensilin
Lantus yo, m rete pou 3 jou sèlman. Sik mwen te 164 maten an anvan m
manje. Depi ou te monte dòz la a 24 inite, sik la pi bon pase anvan.

Èske m ka vin pran 2 bwat plim ak zegwi nan famasi klinik la demen apre
travay, vè 5è? Konbyen sa ap koute? Madanm mwen ka vin chèche yo si m pa
ka vini.

Mèsi anpil,
Wilner
(555) 014-6628
""", charset='utf-8', cte='quoted-printable')
    add('phi', 'lang', 'Wilner Joseph', m)

    # 8 Tagalog / English mix, multipart/alternative
    txt = """Hi Nurse Janelle,

Si Marites po ito, caregiver ni Lola Corazon Manalastas (nakatira sa bahay ng
anak niya sa Fenwick St). Yung sugat po niya sa kaliwang binti medyo
namumula pa rin, at may konting nana kaninang umaga nung pinalitan ko yung
dressing. Mas mainit din po yung paligid ng sugat compared kahapon.

Her temp is 37.8 this morning. Kumakain naman po siya pero mahina.

Should I still use the silver dressing po, or bumalik na lang kami sa
clinic bukas? Pwede po ba home visit ulit like last time? Wala pong
sasakyan si Sir Ramon until Friday.

Salamat po!
Marites
(555) 012-0048
"""
    m = mk('Marites Dizon <maritesdizon@postbox.example>', NP_J, 'Lola Cora - wound update po', D(10, 14, 7, 44))
    m.set_content(txt)
    m.add_alternative(html_page(paras_to_html(txt)), subtype='html')
    add('phi', 'lang', 'Corazon Manalastas', m)


# ================================================================ clean-staff
def clean_staff():
    # 1 on-call grid, plain text + TXT attachment
    rows = [['Week of', 'Primary on-call', 'Cell', 'Backup', 'Cell'],
            ['Apr 7', 'Okafor-Bell', '(555) 010-7781', 'Ruiz-Castaneda', '(555) 010-7783'],
            ['Apr 14', 'Reinholt', '(555) 010-7782', 'Okafor-Bell', '(555) 010-7781'],
            ['Apr 21', 'Ruiz-Castaneda', '(555) 010-7783', 'Reinholt', '(555) 010-7782'],
            ['Apr 28', 'Okafor-Bell', '(555) 010-7781', 'Reinholt', '(555) 010-7782']]
    m = mk(DANA, TEAM, 'April on-call + after-hours line', D(3, 28, 15, 3))
    m.set_content("""Hi all,

April call schedule is below and attached as a text file for the
clipboard at the front desk. Call runs Monday 8am to Monday 8am. The
after-hours line (555) 010-4400 option 2 forwards to the primary's cell;
if they don't pick up in 10 minutes it rolls to backup.

""" + text_table(rows) + """

Reminder: Tobias is at the state AAFP meeting Apr 24-25, so Janelle
covers his clinic those two days and Miriam takes any home visits.

Dana
""")
    m.add_attachment(text_table(rows) + '\n', subtype='plain', filename='oncall_april_2025.txt')
    add('clean', 'staff', '', m)

    # 2 staff directory, multipart/alternative with HTML table
    rows = [['Name', 'Role', 'Credentials', 'Ext', 'Cell', 'Email'],
            ['Miriam Okafor-Bell', 'Physician / co-owner', 'MD, FAAFP', '201', '(555) 010-7781', 'miriam@larkspurdpc.example'],
            ['Tobias Reinholt', 'Physician / co-owner', 'DO, ABFM', '202', '(555) 010-7782', 'tobias@larkspurdpc.example'],
            ['Janelle Ruiz-Casta\u00f1eda', 'Nurse practitioner', 'MSN, FNP-C', '203', '(555) 010-7783', 'janelle@larkspurdpc.example'],
            ['Dana Whitcombe', 'Practice manager', 'CMPE', '210', '(555) 010-7790', 'dana@larkspurdpc.example'],
            ['Kyle Brandt', 'Medical assistant / phlebotomy', 'CMA (AAMA)', '215', '(555) 010-7795', 'kyle@larkspurdpc.example'],
            ['Rosa Delgado', 'Membership coordinator', 'bilingual EN/ES', '211', '(555) 010-7791', 'rosa@larkspurdpc.example'],
            ['Brittany Sauer', 'Front desk', '', '200', '(555) 010-7799', 'frontdesk@larkspurdpc.example']]
    txt = 'Updated staff directory (June 2025). Please recycle the old printed copy.\n\n' + text_table(rows, ' | ') + '\n\nDana\n'
    m = mk(DANA, TEAM, 'Staff directory - updated June 2025', D(6, 2, 8, 15))
    m.set_content(txt)
    m.add_alternative(html_page('<p>Updated staff directory (June 2025). Please recycle the old printed copy.</p>' +
                                html_table(rows) + '<p>Dana</p>'), subtype='html')
    add('clean', 'staff', '', m)

    # 3 clinical guidance in general terms
    m = mk(DR_O, '%s, %s, %s' % (DR_R, NP_J, KYLE), 'RSV vaccine this fall - how we will offer it', D(8, 28, 13, 12))
    m.set_content("""Hi all,

Quick summary of where we landed on RSV vaccine for the fall:

- Current ACIP guidance: one lifetime dose for everyone 75 and older,
  and for adults 60-74 (now 50-74) at increased risk - chronic heart or
  lung disease, diabetes with complications, kidney disease, nursing home
  residents, etc. It is NOT an annual shot.
- We ordered 20 doses of Arexvy through the wholesaler at $187/dose. We
  will charge members cost + $10 administration, no markup. Anyone who
  gets it at a pharmacy on their catastrophic plan is fine too - just
  document it.
- Can be given the same day as flu and COVID; mention that arm soreness
  and fatigue are common for a day or two.
- Kyle: please build the standing order and add RSV to the 60+ wellness
  visit checklist.

Let's go over the risk criteria at Tuesday's huddle so we all screen the
same way.

Miriam
""")
    add('clean', 'staff', '', m)

    # 4 huddle notes, fridge log, no patients
    m = mk(KYLE, TEAM, 'Huddle notes Mon 3/3', D(3, 3, 8, 55))
    m.set_content("""Huddle notes - Monday 3/3

1. Vaccine fridge alarm Saturday night: 9.1 C for about 40 minutes
   (power blip). Doses are quarantined with "DO NOT USE" tape. I called
   both manufacturers this morning; waiting on stability letters. Don't
   use anything from the top two shelves until I clear it.
2. Dispensary restock came in - amoxicillin suspension still on
   backorder, wholesaler says 3 weeks. Use the capsules where possible.
3. Tri-County courier moving to 11:15 starting next week.
4. Britt out Thursday afternoon - Rosa covering front desk 1-5.
5. Sharps container pickup is Wednesday.
6. New exam table paper is the wider roll, don't force it on the old
   holder in room 3.

Kyle
""")
    add('clean', 'staff', '', m)

    # 5 PTO coverage, reply thread
    m = mk(NP_J, DANA, 'Re: PTO request June 16-20', D(5, 1, 12, 0), cc=DR_R, in_reply_to=DANA)
    m.set_content("""Thanks Dana. Confirmed on my end - I'm out June 16-20 (my sister's
wedding in Santa Fe), back Monday the 23rd. Tobias said he'll take my
Tuesday/Thursday late clinics and Miriam has the Maple Court rounds
that week.

I'll block my template in the schedule today so nobody books into it.

Janelle

> On May 1, 2025, at 9:40 AM, Dana Whitcombe wrote:
> Janelle, approved for June 16-20. Can you confirm who's covering your
> late clinics and the assisted-living rounds that week?
""")
    add('clean', 'staff', '', m)

    # 6 after-hours texting policy discussion, general clinical scenarios
    m = mk(DR_R, '%s, %s' % (DR_O, NP_J), 'after-hours texting - draft rules', D(9, 30, 21, 12))
    m.set_content("""Here's my draft for the after-hours texting policy before we put it in
the member handbook. Edit away.

1. Texts to the on-call phone get a reply within 2 hours, 7am-10pm.
   After 10pm, phone calls only.
2. Anything that sounds like chest pain, stroke symptoms, trouble
   breathing, heavy bleeding or thoughts of self-harm: the reply is
   "call 911 now" and then a phone call from us - no back-and-forth
   texting.
3. No new controlled-substance prescriptions by text, ever.
4. Photos (rashes, wounds) are fine, but they go into the chart the next
   morning and get deleted from the phone.
5. Refill requests by text are fine during business hours only.

The point is to keep the "text your doctor" thing that members love
without any of us getting burned out. Miriam, you had thoughts about
kids' fevers - want to write that section?

T.
""")
    add('clean', 'staff', '', m)

    # 7 lunch & learn with PDF handout, general deprescribing
    lines = ['LUNCH & LEARN - DEPRESCRIBING IN OLDER ADULTS',
             'Larkspur Family Direct Care   Presenter: Tobias Reinholt, DO',
             '',
             '1. Why it matters: adults 65+ average 4-5 daily prescriptions.',
             '2. Common targets (Beers criteria):',
             '   - long-acting sulfonylureas (glyburide) -> hypoglycemia risk',
             '   - benzodiazepines and "Z-drugs" -> falls, cognition',
             '   - first-generation antihistamines (diphenhydramine)',
             '   - PPIs beyond 8 weeks without a clear indication',
             '   - aspirin for primary prevention after age 70',
             '3. Approach: one change at a time; taper; set a follow-up date.',
             '4. Our advantage: long visits and the in-house dispensary let us',
             '   see exactly what members fill.',
             '',
             'Discussion questions: how do we document a shared decision to stop?']
    m = mk(DR_R, TEAM, 'Lunch & learn Wed - deprescribing handout', D(10, 13, 11, 5))
    m.set_content("""Lunch is from Nonna's (veggie option too). Handout attached - it's
general, no cases. If you have a de-identified example you want to talk
through, bring it in your head, not on paper.

T.
""")
    attach_bytes(m, pdf_bytes(lines, 'Deprescribing lunch and learn'), ('application', 'pdf'),
                 'Deprescribing_LunchLearn.pdf')
    add('clean', 'staff', '', m)


# ================================================================ clean-admin
def clean_admin():
    # 1 software vendor invoice, HTML + text
    rows = [['Description', 'Qty', 'Unit', 'Amount'],
            ['MemberLoop Practice plan (3 clinicians)', '1', '$349.00', '$349.00'],
            ['Active membership processing fee', '412', '$1.25', '$515.00'],
            ['SMS reminders (overage)', '1,180', '$0.01', '$11.80'],
            ['Total due', '', '', '$875.80']]
    txt = ('Invoice INV-2025-04-07731 for account ML-0093318 (Larkspur Family Direct Care)\n\n' +
           text_table(rows) + '\n\nPayment will be drafted from the account ending 2209 on 04/05/2025.\n'
           'Questions? billing@memberloop.example | (555) 019-7400\n')
    m = mk('MemberLoop Billing <billing@memberloop.example>', DANA,
           'Your MemberLoop invoice INV-2025-04-07731', D(4, 1, 5, 0))
    m.set_content(txt)
    m.add_alternative(html_page('<h3>MemberLoop</h3><p>Invoice <b>INV-2025-04-07731</b> &middot; Account ML-0093318</p>' +
                                html_table(rows) + '<p>Payment will be drafted from the account ending 2209 on 04/05/2025.</p>'),
                      subtype='html')
    add('clean', 'admin', '', m)

    # 2 employer group renewal with DOCX contract, aggregate only
    m = mk(DANA, HR_BETH, 'Harlan Precision group membership - 2026 renewal', D(10, 2, 14, 20), cc=DR_O)
    m.set_content("""Hi Beth,

Attached is the renewal agreement for Harlan's employer group membership
for 2026. Summary of changes:

  - Employee rate stays at $65/mo; spouse $65/mo; children $20/mo
  - Enrollment as of 10/1: 38 employees, 21 spouses, 30 children
  - New: on-site flu clinic in October at no charge (up to 60 doses)
  - Monthly invoice and eligibility file by the 5th, same as now

As always, we don't share any individual employee's visit information
with Harlan - you'll only ever see enrollment counts and the invoice.

If this looks good, please sign page 3 and send it back by Nov 15.

Dana Whitcombe
Practice Manager
""")
    doc = docx_bytes([('h', 'EMPLOYER GROUP MEMBERSHIP AGREEMENT - 2026'),
                      'Between Larkspur Family Direct Care, PLLC ("Practice") and Harlan Precision Machining, Inc. ("Employer").',
                      '1. Term. January 1, 2026 through December 31, 2026, renewing annually unless either party gives 60 days written notice.',
                      '2. Fees. Employer pays $65 per enrolled employee or spouse and $20 per enrolled child per month.',
                      '3. Eligibility. Employer provides a monthly eligibility file. The Practice does not disclose individual health information to the Employer.',
                      '4. Services. Unlimited primary care visits, in-office procedures listed in Exhibit A, and access to wholesale-priced medications and labs.',
                      '5. Not insurance. This agreement is not health insurance and does not satisfy any requirement for minimum essential coverage.',
                      ('table', [['', 'Practice', 'Employer'], ['Signature', '', ''], ['Name', 'Miriam Okafor-Bell, MD', ''], ['Date', '', '']])])
    attach_bytes(m, doc, DOCX_MIME, 'Harlan_Group_Agreement_2026.docx')
    add('clean', 'admin', '', m)

    # 3 IT: fax port and DNS
    m = mk('Marcus Heale <marcus@brightpathit.example>', DANA, 'Fax number port + DMARC change Saturday', D(5, 14, 16, 40))
    m.set_content("""Hi Dana,

Confirming the plan for Saturday 5/17:

1. The carrier ports (555) 010-4401 to the cloud fax service between
   8am and noon. During that window inbound faxes may bounce - Tri-County
   and Clearview both have your backup number (555) 010-4409.
2. I'm tightening DMARC on larkspurdpc.example from p=none to
   p=quarantine. If MemberLoop reminder emails start landing in spam,
   it's because their sending server isn't in our SPF yet - I added it,
   but tell me right away.
3. Front desk PC gets the Windows feature update; it'll reboot twice.

Nothing for your team to do except leave the machines powered on Friday
night.

Marcus Heale
BrightPath IT Services | (555) 017-0090
Ticket #BP-22841
""")
    add('clean', 'admin', '', m)

    # 4 facilities
    m = mk('Quarry Bend Properties <leasing@quarrybendprop.example>', DANA,
           'Suite 4 - HVAC service and parking lot sealing', D(7, 22, 10, 15))
    m.set_content("""Good morning Ms. Whitcombe,

Two notices for Suite 4:

- Arctic Air will service the rooftop units on Tuesday 7/29 between 7 and
  9 am. Expect the air to be off for about 45 minutes.
- The north lot will be sealed and restriped Saturday 8/2. Please ask
  your patients and staff to use the south lot that day. The accessible
  spaces by your entrance will be repainted first and reopen by noon.

Your CAM reconciliation for 2024 is also attached to the tenant portal;
the balance due is $412.36.

Regards,
Tessa Caldwell
Property Manager, Quarry Bend Properties
(555) 018-5530
""")
    add('clean', 'admin', '', m)

    # 5 lab cash price list, CSV attachment
    rows = [['test_code', 'test_name', 'cpt', 'cash_price_usd', 'tat_days'],
            ['1001', 'Comprehensive metabolic panel', '80053', '7.50', '1'],
            ['1002', 'Lipid panel', '80061', '6.00', '1'],
            ['1003', 'Hemoglobin A1c', '83036', '6.00', '1'],
            ['1004', 'CBC with differential', '85025', '5.00', '1'],
            ['1005', 'TSH', '84443', '8.00', '1'],
            ['1006', 'Vitamin D, 25-hydroxy', '82306', '18.00', '2'],
            ['1007', 'PSA, total', '84153', '12.00', '1'],
            ['1008', 'Urinalysis with microscopy', '81001', '4.00', '1'],
            ['1009', 'Vitamin B12', '82607', '9.00', '2'],
            ['1010', 'hCG, quantitative', '84702', '14.00', '1']]
    m = mk(LAB, BILLING, 'Updated DPC cash price list - effective July 1', D(6, 20, 9, 0))
    m.set_content("""Dear client,

Attached is the updated cash price list for direct primary care client
accounts, effective July 1, 2025. Most prices are unchanged; the vitamin D
price dropped from $22 to $18. Prices apply to specimens billed to the
practice account, not to individual patients.

Tri-County Reference Lab - Client Services
(555) 015-4100
""")
    m.add_attachment(csv_text(rows), subtype='csv', filename='TriCounty_DPC_pricelist_2025-07.csv')
    add('clean', 'admin', '', m)

    # 6 imaging cash price sheet PDF
    lines = ['CLEARVIEW OPEN IMAGING - 2025 CASH PRICE SHEET (DPC PARTNER RATES)',
             '',
             'X-ray, 1-2 views ......................... $ 45',
             'X-ray, 3+ views .......................... $ 55-65',
             'Ultrasound, abdomen complete ............. $165',
             'Ultrasound, pelvis ....................... $185',
             'Ultrasound, thyroid ...................... $150',
             'CT head without contrast ................. $225',
             'CT abdomen/pelvis with contrast .......... $325',
             'MRI brain with and without contrast ...... $495',
             'MRI lumbar spine without contrast ........ $425',
             'MRI knee without contrast ................ $310',
             'DEXA bone density ........................ $ 95',
             'Screening mammogram (3D) ................. $140',
             '',
             'All prices include the radiologist read. Payment at time of service',
             'or billed monthly to the partner practice account.']
    m = mk('Gordon Pike <gpike@clearviewimaging.example>', DR_O, '2025 DPC partner price sheet', D(1, 8, 11, 30))
    m.set_content("""Dr. Okafor-Bell,

Happy new year. Our 2025 partner price sheet is attached - MRI prices
held flat and we added 3D screening mammography at $140. Feel free to
post it in your waiting room or newsletter.

Gordon Pike
Director of Business Development, Clearview Open Imaging
""")
    attach_bytes(m, pdf_bytes(lines, 'Clearview 2025 cash prices'), ('application', 'pdf'), 'Clearview_CashPrices_2025.pdf')
    add('clean', 'admin', '', m)

    # 7 partners' meeting notes, aggregate numbers
    m = mk(DANA, '%s, %s' % (DR_O, DR_R), 'Notes - partners meeting 9/9', D(9, 10, 8, 5))
    m.set_content("""Partners meeting - Tuesday 9/9, 6:00 pm

Present: Miriam, Tobias, Dana (notes). Janelle joined for item 3.

1. Membership: 412 active members (388 last Sept). 6 cancellations in
   August, mostly moves; 19 new, 11 of them from the Marrow Creek group.
   Panel target is 550 per physician, so we have room.
2. Fee increase: agreed to raise the adult rate from $75 to $80 on
   Jan 1 for new members only; existing members grandfathered through
   2026. Kids' add-on stays $25. Dana to draft the letter.
3. Janelle's panel: 96 members. She'll start taking new members directly
   in October.
4. Dispensary: margin is zero by design; the wholesaler raised the
   shipping minimum to $500. Kyle will consolidate to two orders a month.
5. Imaging: Clearview wants a 2-year rate lock. Tobias to review.
6. Next meeting: Tuesday 10/14.

Dana
""")
    add('clean', 'admin', '', m)


# ================================================================ clean-lookalike
def clean_lookalike():
    # 1 credit union HSA statement notice (member number, no health detail)
    m = mk('Millbrook Community Credit Union <statements@millbrookccu.example>',
           'Miriam Okafor-Bell <miriam.ob@inbox.example>',
           'Your Health Savings Account statement is ready - Member #0043318', D(4, 3, 6, 0))
    inner = ('<p>Dear Miriam Okafor-Bell,</p>'
             '<p>Your quarterly statement for your Health Savings Account is now available in online banking.</p>' +
             html_table([['Member #', '0043318'], ['Account', 'HSA ****7781'], ['Statement period', '01/01/2025 - 03/31/2025'],
                         ['Contributions', '$1,075.00'], ['Qualified distributions', '$0.00'],
                         ['Interest earned', '$18.42'], ['Ending balance', '$9,240.18']], header=False) +
             '<p>2025 contribution limit (family): $8,550. You have contributed $1,075 year-to-date.</p>'
             '<p>Millbrook Community Credit Union will never ask for your password by e-mail. '
             'Federally insured by NCUA.</p>')
    m.set_content('Your HSA statement for Member #0043318 (01/01/2025 - 03/31/2025) is ready in online banking.\n'
                  'Ending balance: $9,240.18\n')
    m.add_alternative(html_page(inner), subtype='html')
    add('clean', 'lookalike', '', m)

    # 2 airline loyalty itinerary
    m = mk('Lakeshore Air <itinerary@lakeshoreair.example>', 'tobias@larkspurdpc.example',
           'Itinerary K7QX2M - Reinholt/Tobias - MKE to DEN', D(4, 9, 14, 2))
    m.set_content("""Confirmation: K7QX2M

Passenger:          REINHOLT/TOBIAS MR
Lakeshore Rewards:  member 88-4410-2291 (Silver)
Date of birth:      09/14/1979 (as entered for Secure Flight)
Known Traveler:     on file

Flight LA 1187  Thu 24 APR  MKE 07:10 -> DEN 08:52  Seat 14C
Flight LA 1192  Sat 26 APR  DEN 17:40 -> MKE 21:05  Seat 12D

Fare: $318.40   Bags: 1 checked included for Silver members
Special service request: none

Manage your trip at lakeshoreair.example/manage.
""")
    add('clean', 'lookalike', '', m)

    # 3 auto policy renewal for the home-visit car
    m = mk('Prairie Mutual Insurance <policyservice@prairiemutual.example>', DANA,
           'Renewal notice - Policy PMA-44-8817302 (2022 Subaru Outback)', D(8, 1, 9, 30))
    m.set_content("""POLICY RENEWAL NOTICE

Named insured:   Larkspur Family Direct Care PLLC
Policy number:   PMA-44-8817302
Policy period:   09/01/2025 - 09/01/2026
Vehicle:         2022 Subaru Outback, VIN 4S4BTGND1N3178822
Use:             business - local travel (home visits)
Listed drivers:  Tobias Reinholt (DOB 09/14/1979), Miriam Okafor-Bell
                 (DOB 03/02/1976), Kyle Brandt (DOB 12/19/1996)

Coverage                       Limit               Premium
Bodily injury liability        $250k/$500k         $612.00
Property damage                $100k               $188.00
Medical payments               $5,000              $44.00
Uninsured motorist             $250k/$500k         $96.00
Collision ($500 ded.)                              $401.00
Total 12-month premium                             $1,341.00

No claims in the last 36 months. To make changes call your agent,
Holly Brandvold, at (555) 017-6621.
""")
    add('clean', 'lookalike', '', m)

    # 4 supply order shipped with tracking
    m = mk('Prairie Medical Supply <orders@prairiemedsupply.example>', KYLE,
           'Order #PMS-3318841 has shipped', D(2, 18, 15, 44))
    rows = [['Item', 'Qty', 'Price'],
            ['Nitrile exam gloves, M, 100/bx', '10', '$61.00'],
            ['Gauze sponges 4x4, sterile, 50/bx', '6', '$29.70'],
            ['Suture removal kits', '25', '$33.75'],
            ['Urine specimen cups w/ lid', '100', '$14.00'],
            ['Otoscope specula 4mm, 500/bx', '1', '$22.50'],
            ['Exam table paper, 21in', '12', '$71.40']]
    m.set_content('Hi Kyle,\n\nYour order #PMS-3318841 (customer acct 55-20931) shipped today.\n\n' +
                  text_table(rows) + '\n\nCarrier: UPS Ground  Tracking: 1Z 9X4 72E 03 1184 2207\n'
                  'Expected delivery: Thursday 02/20\n\nPrairie Medical Supply\n')
    add('clean', 'lookalike', '', m)

    # 5 employee benefits question with reply, no health detail
    m = mk(HR_BETH, 'Tanya Morrow <tmorrow@harlanprecision.example>', 'Re: adding my husband to the DPC membership?',
           D(10, 20, 11, 3), in_reply_to='t@harlanprecision.example')
    m.set_content("""Hi Tanya,

Yes - open enrollment runs Nov 1-15 and you can add a spouse to the
Larkspur membership then. It's $65/month for a spouse, taken pre-tax
from your paycheck ($30 per biweekly check). His membership would start
January 1. He'll get a welcome packet from Larkspur in December with
their phone number and how to book the first visit.

Just fill out the dependent form in the benefits portal and attach a
copy of your marriage certificate if he's not already on your medical
plan.

Beth Sorensen
HR Generalist, Harlan Precision Machining
(555) 018-3040

> From: Tanya Morrow
> Sent: Monday, October 20, 2025 8:12 AM
> Hi Beth, my husband Derek wants to join the Larkspur doctor thing that
> I'm on. How much is it and when can I add him? Member ID on my card is
> HPM-0142 if you need it.
""")
    add('clean', 'lookalike', '', m)

    # 6 ZZTEST interface validation
    m = mk(KYLE, 'Tri-County Interface Support <interfaces@tricountylab.example>',
           'Re: interface validation - test patient results posted', D(3, 14, 10, 20), cc=TEAM,
           in_reply_to='x@tricountylab.example')
    m.set_content(r"""Confirmed - all three test results posted to the test chart in our EHR
and filed correctly this time. Team: if you see ZZTEST in the inbox,
it's ours, please don't try to call anyone.

  ZZTEST, LARKSPUR ONE   DOB 01/01/1900   chart ZZ-00001
  CMP, CBC, TSH - values are dummy values from the lab's test script

Echo of the last one for your records:

MSH|^~\&|TCLAB|TRICOUNTY|LFDC_EHR|LARKSPUR|20250314094501||ORU^R01|TEST0003|T|2.5.1
PID|1||ZZ-00001^^^LFDC^MR||ZZTEST^LARKSPUR^ONE||19000101|U
OBR|1|TEST-3|TEST-3|84443^TSH^CPT|||20250314090000
OBX|1|NM|3016-3^TSH^LN||9.99|uIU/mL|0.45-4.50|H|||F

Processing ID is T, so nothing went to production. Ready to go live
Monday from our side.

Kyle
""")
    add('clean', 'lookalike', '', m)

    # 7 property insurance claim for the office
    m = mk('Claims - Keystone Property & Casualty <claims@keystonepc.example>', DANA,
           'Claim HO-2025-0417788 - adjuster assigned', D(1, 30, 13, 45))
    m.set_content("""Dear Dana Whitcombe,

Your claim has been assigned.

Claim number:    HO-2025-0417788
Policy:          BOP-7722019 (Larkspur Family Direct Care PLLC)
Date of loss:    01/27/2025
Type of loss:    water - burst supply line, exam room 2 ceiling
Injuries:        none reported
Adjuster:        Rick Samaniego, (555) 019-2280

Please keep receipts for the water mitigation company and any damaged
equipment (you mentioned an exam table and a printer). Photos can be
uploaded at keystonepc.example/claims using your claim number.

Keystone Property & Casualty - Commercial Claims
""")
    add('clean', 'lookalike', '', m)


# ================================================================ clean-news
def clean_news():
    # 1 physicians' newsletter, HTML + text
    price_rows = [['Medication (generic)', 'Supply', 'Our price'],
                  ['Atorvastatin 20 mg', '90 tabs', '$3.60'],
                  ['Lisinopril 10 mg', '90 tabs', '$2.25'],
                  ['Metformin 500 mg', '180 tabs', '$7.56'],
                  ['Sertraline 50 mg', '90 tabs', '$3.12'],
                  ['Amoxicillin 500 mg', '30 caps', '$2.40'],
                  ['Albuterol inhaler', '1', '$18.90']]
    txt = """NOTES FROM THE EXAM ROOM - April 2025
A newsletter from Dr. Okafor-Bell, Dr. Reinholt and Janelle

Spring allergies are here
Pollen counts jumped this week. Over-the-counter nasal steroid sprays
work best when you start them before symptoms peak and use them every
day. We stock generic fluticasone at $4.10 a bottle.

Dispensary prices this month
""" + text_table(price_rows) + """

Lab hours
Walk-in blood draws are now 7:00-10:00 am Monday through Friday. No
appointment needed; bring your membership card.

Ask the doc: "Should I take a baby aspirin?"
For most people over 70 without heart disease, the answer is now no -
the bleeding risk outweighs the benefit. If you already take one, don't
stop on your own; bring it up at your next visit.

See you soon,
Miriam, Tobias and Janelle
Larkspur Family Direct Care | (555) 010-4400
To stop receiving this newsletter reply with "unsubscribe".
"""
    inner = ('<h2 style="color:#3b5e2b">Notes from the Exam Room &mdash; April 2025</h2>'
             '<p><i>A newsletter from Dr. Okafor-Bell, Dr. Reinholt and Janelle</i></p>'
             '<h3>Spring allergies are here</h3><p>Pollen counts jumped this week. Over-the-counter nasal steroid '
             'sprays work best when you start them before symptoms peak. We stock generic fluticasone at $4.10.</p>'
             '<h3>Dispensary prices this month</h3>' + html_table(price_rows) +
             '<h3>Lab hours</h3><p>Walk-in blood draws are now 7:00&ndash;10:00 am, Monday&ndash;Friday.</p>'
             '<h3>Ask the doc: &ldquo;Should I take a baby aspirin?&rdquo;</h3><p>For most people over 70 without '
             'heart disease, the answer is now no. If you already take one, don\'t stop on your own.</p>'
             '<p style="font-size:9pt;color:#777">Larkspur Family Direct Care &middot; (555) 010-4400 &middot; '
             'Reply "unsubscribe" to stop receiving this newsletter.</p>')
    m = mk('Larkspur Family Direct Care <news@larkspurdpc.example>', 'Larkspur Members <members@larkspurdpc.example>',
           'Notes from the Exam Room \u2014 April: allergies, prices, lab hours', D(4, 4, 7, 0),
           extra={'List-Unsubscribe': '<mailto:news@larkspurdpc.example?subject=unsubscribe>'})
    m.set_content(txt)
    m.add_alternative(html_page(inner, 'font-family:Georgia,serif;font-size:11pt'), subtype='html')
    add('clean', 'news', '', m)

    # 2 health education article, quoted-printable
    m = mk('Larkspur Family Direct Care <news@larkspurdpc.example>', 'Larkspur Members <members@larkspurdpc.example>',
           'Understanding your cholesterol numbers', D(2, 6, 7, 0))
    m.set_content("""Understanding your cholesterol numbers

When your lab results show up in the portal, here\u2019s what the lipid
panel means:

\u2022 Total cholesterol \u2013 under 200 mg/dL is considered desirable.
\u2022 LDL (\u201cbad\u201d cholesterol) \u2013 the number we focus on most. Goals
  depend on your overall risk; for many people it\u2019s under 100.
\u2022 HDL (\u201cgood\u201d cholesterol) \u2013 higher is better; 60+ is protective.
\u2022 Triglycerides \u2013 under 150 mg/dL. These rise after meals, which is
  why we sometimes ask you to fast.

One number never tells the whole story. We look at your blood pressure,
family history, smoking and blood sugar together to estimate your 10-year
risk \u2013 and then decide together whether lifestyle changes, a statin
(about $1.20/month from our dispensary), or both make sense.

Questions? Bring them to your next visit \u2013 there\u2019s no extra charge
for a longer conversation.

\u2013 Dr. Tobias Reinholt
""", cte='quoted-printable')
    add('clean', 'news', '', m)

    # 3 public announcement: holiday closure, new staff welcome
    m = mk('Larkspur Family Direct Care <news@larkspurdpc.example>', 'Larkspur Members <members@larkspurdpc.example>',
           'Closed July 4 + welcome Brittany!', D(6, 26, 7, 0))
    inner = ('<p>Hi everyone,</p>'
             '<p><b>Our office will be closed Friday, July 4.</b> The on-call clinician can still be reached at '
             '(555) 010-4400, option 2. Walk-in lab draws resume Monday, July 7.</p>'
             '<p><b>Please welcome Brittany Sauer</b> to our front desk! Brittany grew up in Millbrook, spent six years '
             'at the public library, and is a die-hard Millbrook Millers softball fan. She is the friendly voice '
             'you\'ll hear when you call. Stop by and say hi.</p>'
             '<p>Have a safe and happy Fourth &mdash; and please be careful with fireworks.</p>'
             '<p>Miriam, Tobias, Janelle and the whole Larkspur team</p>')
    m.set_content(html_page(inner), subtype='html')
    add('clean', 'news', '', m)

    # 4 aggregate outcomes report
    m = mk('Larkspur Family Direct Care <news@larkspurdpc.example>', 'Larkspur Members <members@larkspurdpc.example>',
           'Our 2024 year in numbers', D(1, 21, 7, 0))
    rows = [['Measure', '2023', '2024'],
            ['Active members (Dec 31)', '341', '398'],
            ['Median wait for a same/next-day visit', '0 days', '0 days'],
            ['Average visit length', '38 min', '41 min'],
            ['Members with high blood pressure at goal', '68%', '74%'],
            ['Members with diabetes, A1c under 8', '71%', '77%'],
            ['ER visits per 1,000 members', '142', '118'],
            ['Average dispensary savings vs. retail', '81%', '84%']]
    m.set_content("""Our 2024 year in numbers

Every January we share how we did as a practice. These are totals and
averages across all members - no individual results are ever shared.

""" + text_table(rows) + """

Thank you for trusting us with your care. One change for 2025: we're
adding Saturday morning lab draws once a month starting in March.

Dr. Miriam Okafor-Bell & Dr. Tobias Reinholt
""")
    add('clean', 'news', '', m)

    # 5 volunteer spotlight, no health detail
    m = mk('Larkspur Family Direct Care <news@larkspurdpc.example>', 'Larkspur Members <members@larkspurdpc.example>',
           'Volunteer spotlight: the farmers market screening table', D(9, 5, 7, 0))
    txt = """Volunteer spotlight

Every second Saturday this summer, our free blood pressure screening
table at the Millbrook farmers market was run by volunteers - and none
more faithfully than Gloria Benavides and Frank Oyelaran.

Gloria, a retired middle-school science teacher, set up the tent at
6:30 am every single time, rain or shine, and somehow always had lemon
bars. Frank, who drives for the county road department, built us a
folding sign out of old fence boards and handed out more than 900
"Know Your Numbers" cards.

Together our volunteers helped check more than 1,100 blood pressures this
season. Thank you, Gloria and Frank!

Want to help next summer? Reply to this email or talk to Rosa at the
front desk.
"""
    m.set_content(txt)
    m.add_alternative(html_page(paras_to_html(txt)), subtype='html')
    add('clean', 'news', '', m)

    # 6 health-sharing ministry newsletter, aggregate
    m = mk('Covenant Share Fellowship <newsletter@covenantshare.example>', 'miriam@larkspurdpc.example',
           'The Covenant Courier - August 2025', D(8, 12, 6, 30))
    m.set_content("""THE COVENANT COURIER - August 2025
News for members and provider partners

Sharing by the numbers (July)
  Needs shared:             1,342
  Total shared:             $2,118,640
  Average days to share:    27
  Members in fellowship:    18,905 households

Provider partner spotlight
More members are choosing direct primary care practices and cash-price
imaging centers. In July, needs from partner practices were priced on
average 41% lower than needs billed at standard hospital rates.

Reminder for members
Pre-notify us of any planned procedure at least 30 days in advance, and
ask your provider for a written cash price.

Covenant Share Fellowship is not insurance. Sharing is voluntary.
Unsubscribe: covenantshare.example/prefs
""")
    add('clean', 'news', '', m)


# ================================================================ clean-training
def clean_training():
    # 1 welcome letter template with placeholders
    m = mk(DANA, '%s, %s' % (ROSA, BRITT), 'Template: new member welcome letter (v3)', D(1, 6, 10, 10))
    m.set_content("""Here's the updated welcome letter template for MemberLoop. Merge fields
are in double braces - don't type over them.

----------------------------------------------------------------------
Dear {{member_first_name}},

Welcome to Larkspur Family Direct Care! Your {{membership_type}}
membership begins on {{start_date}} and your monthly fee of
{{monthly_fee}} will be drafted on the {{draft_day}} of each month.

Your clinician is {{clinician_name}}. To schedule your first visit, call
(555) 010-4400 or text us at (555) 010-4402. Your member number is
{{member_id}} - please keep it with you for lab and imaging discounts.

Warmly,
The Larkspur team
----------------------------------------------------------------------

For employer groups, swap in paragraph B from the shared drive
(mentions {{employer_name}} and that we never share visit details with
the employer).

Dana
""")
    add('clean', 'training', '', m)

    # 2 phone triage training with fictitious sample callers
    m = mk(DR_O, '%s, %s, %s' % (BRITT, ROSA, KYLE), 'Phone triage practice scenarios for Thursday',
           D(2, 25, 16, 10))
    m.set_content("""For Thursday's training. These are made-up practice scenarios -
none of them are real members. We'll role-play them in pairs.

SAMPLE CALL 1 (fictitious): "Jane Sample", 58, calls saying she has
crushing chest pressure that started 20 minutes ago.
  -> What do you say first? (Answer: hang up and call 911.)

SAMPLE CALL 2 (fictitious): A parent of a 2-year-old calls; the child
has had a fever of 102 for one day and is drinking well.
  -> Same-day visit or advice? Who do you route to?

SAMPLE CALL 3 (fictitious): "John Example" wants his blood pressure pill
refilled, has 2 left, and asks the price.
  -> Check the dispensary list; route to the clinician's refill queue.

Remember: when in doubt, interrupt a clinician. You will never get in
trouble for that.

Miriam
""")
    add('clean', 'training', '', m)

    # 3 records release policy as DOCX
    m = mk(DANA, TEAM, 'Updated policy: releasing records (please read + sign)', D(5, 27, 9, 0))
    m.set_content("""All - the records release policy was updated after our attorney's review.
Please read the attached and sign the acknowledgment sheet at the front
desk by June 6. Main changes: employer HR requests and health-sharing
ministry requests now both require a signed member authorization every
time.

Dana
""")
    doc = docx_bytes([('h', 'POLICY 4.2 - RELEASE OF MEDICAL RECORDS'),
                      'Effective: June 1, 2025   Owner: Practice Manager   Review: annually',
                      ('h', 'Purpose'),
                      'To make sure member records are released only to the right people, for the right reason, with the right paperwork.',
                      ('h', 'Procedure'),
                      '1. Verify the requester: two identifiers (full name and date of birth) for members; written request on letterhead for organizations.',
                      '2. Employer HR requests: require a signed member authorization naming the employer and the specific document (e.g., a work status note). Never send visit notes.',
                      '3. Health-sharing ministry requests: require a signed member authorization; send only the itemized bill and the records listed on the authorization.',
                      '4. Other clinicians for treatment: may be sent without authorization; log the release.',
                      '5. Log every release in the EHR disclosure log within one business day.',
                      ('h', 'Fees'),
                      'No charge to members for their own records. Third-party copies: $0.25/page, maximum $25.'])
    attach_bytes(m, doc, DOCX_MIME, 'Policy_4.2_Release_of_Records_2025.docx')
    add('clean', 'training', '', m)

    # 4 privacy quiz, answers in reply
    m = mk(DANA, TEAM, 'Annual privacy quiz - answers', D(11, 18, 15, 30))
    m.set_content("""Thanks for finishing the quiz! Here are the answers. Scenarios are
fictional.

Q1. An HR manager at a member employer calls asking whether an employee
    "came in last week." What do you say?
    A: We can't confirm or deny that anyone is a member or was seen.
       Offer to take a message.

Q2. A member's adult son asks for his mother's lab results. Can you give
    them?
    A: Only if she has listed him as an authorized contact in her chart.

Q3. You're texting a colleague about a schedule change. Can you include
    a member's name and the reason for the visit?
    A: No - use the secure EHR messaging, not personal texts.

Q4. True or false: the health-sharing ministry is an insurance company.
    A: False - but records still need member authorization (Policy 4.2).

Q5. You see a neighbor's name on the schedule. Can you mention it at the
    block party?
    A: Obviously not.

Average team score: 92%. Nice work.

Dana
""")
    add('clean', 'training', '', m)

    # 5 employer enrollment template XLSX with example rows
    rows = [['Employee last name', 'Employee first name', 'Employee ID', 'Relationship', 'Date of birth',
             'Coverage start', 'Coverage end', 'Change type'],
            ['EXAMPLE', 'EMPLOYEE', 'E0000', 'Self', '01/01/1980', '01/01/2026', '', 'Add'],
            ['EXAMPLE', 'SPOUSE', 'E0000', 'Spouse', '01/01/1981', '01/01/2026', '', 'Add'],
            ['EXAMPLE', 'CHILD', 'E0000', 'Child', '01/01/2015', '01/01/2026', '', 'Add'],
            ['(delete example rows before sending)', '', '', '', '', '', '', '']]
    m = mk(BILLING, 'Cheryl Dunaway <cdunaway@marrowcreekfeed.example>',
           'Eligibility file template for 2026', D(11, 3, 10, 45), cc=HR_BETH)
    m.set_content("""Hi Cheryl and Beth,

Several of our employer groups asked for a simpler alternative to the
834 file, so here is a spreadsheet template. The three rows marked
EXAMPLE show how to fill it in - please delete them before sending.
Only enrollment information goes in this file, never anything about
health or visits.

Larkspur Membership Billing
""")
    attach_bytes(m, xlsx_bytes(rows, 'Eligibility'), XLSX_MIME, 'Larkspur_Eligibility_Template_2026.xlsx')
    add('clean', 'training', '', m)

    # 6 dispensary SOP with sample log entry
    m = mk(KYLE, '%s, %s' % (BRITT, ROSA), 'Dispensary SOP - how to log a fill (with sample)', D(8, 11, 13, 25))
    m.set_content("""For anyone covering the dispensary while I'm at the CMA recert class.

1. Pull the bottle, check name/strength/count against the order twice.
2. Scan the NDC into the dispensary tracker; it prints the label.
3. Record lot number and expiration.
4. Price is wholesale cost - the tracker fills it in, don't change it.
5. Clinician initials the label before it leaves the building.

Sample log line (TRAINING SAMPLE - not a real member):

  DATE      MEMBER              DRUG                   QTY  LOT       EXP     COST
  01/01/25  SAMPLE, TRAINING    atorvastatin 20 mg     90   AB12345   12/26   $3.60

Controlled meds are locked and only a clinician dispenses those - don't
touch the top cabinet.

Kyle
""")
    add('clean', 'training', '', m)


# ================================================================ main
EXPECTED = OrderedDict([
    (('phi', 'care'), 8), (('phi', 'names'), 8), (('phi', 'self'), 7), (('phi', 'ids'), 8),
    (('phi', 'lists'), 7), (('phi', 'struct'), 7), (('phi', 'lang'), 8),
    (('clean', 'staff'), 7), (('clean', 'admin'), 7), (('clean', 'lookalike'), 7),
    (('clean', 'news'), 6), (('clean', 'training'), 6),
])


def main():
    for fn in (phi_care, phi_names, phi_self, phi_ids, phi_lists, phi_struct, phi_lang,
               clean_staff, clean_admin, clean_lookalike, clean_news, clean_training):
        fn()
    counts = Counter((l, k) for l, k, _, _ in MESSAGES)
    for key, n in EXPECTED.items():
        assert counts[key] == n, (key, counts[key], n)
    assert set(counts) == set(EXPECTED), set(counts) ^ set(EXPECTED)
    assert len(MESSAGES) == 86 and sum(1 for m in MESSAGES if m[0] == 'phi') == 53
    os.makedirs(OUT, exist_ok=True)
    seq = Counter()
    out_rows = []
    for label, kind, patient, msg in MESSAGES:
        seq[(label, kind)] += 1
        fname = '%s-%s-%03d.eml' % (label, kind, seq[(label, kind)])
        with open(os.path.join(OUT, fname), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        out_rows.append([fname, label, kind, patient])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(out_rows)
    for (label, kind), n in EXPECTED.items():
        print('%s-%s: %d' % (label, kind, counts[(label, kind)]))
    print('total: %d' % len(MESSAGES))


if __name__ == '__main__':
    main()
