#!/usr/bin/env python3
"""Generate a mail corpus for a direct primary care / travel clinic setting.
Usage: python3 gen.py OUTDIR
"""
import sys, os, io, csv, json, random, zipfile, zlib, datetime, html
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

SEED = 11202
random.seed(SEED)

DOM = 'larkspurdpc.example'
TZ = datetime.timezone(datetime.timedelta(hours=-6))
BASE = datetime.datetime(2024, 3, 4, 7, 30, tzinfo=TZ)

# ---- staff ---------------------------------------------------------------
FELD = 'Naomi Feldstein MD <nfeldstein@%s>' % DOM
IBAR = 'Rafael Ibarra DO <ribarra@%s>' % DOM
COLL = 'Colleen Mahoney RN <cmahoney@%s>' % DOM
TASHA = 'Tasha Greer <frontdesk@%s>' % DOM
DEVIN = 'Devin Holloway <dholloway@%s>' % DOM
MARI = 'Marisol Quintero <mquintero@%s>' % DOM
TRAVEL = 'Larkspur Travel Health <travel@%s>' % DOM
TEAM = 'Larkspur Team <team@%s>' % DOM

SIG_COLL = """--
Colleen Mahoney, RN
Travel Health Nurse | Larkspur Direct Primary Care
2210 Alder Ridge Pkwy, Suite 140, Millbrook, CO 80599
Office (970) 555-0142 | Fax (970) 555-0149"""
SIG_FELD = """--
Naomi Feldstein, MD
Larkspur Direct Primary Care & Travel Health
(970) 555-0142"""
SIG_IBAR = """Rafael Ibarra, DO
Larkspur Direct Primary Care
Sent from my phone, please excuse typos"""
SIG_TASHA = """Tasha Greer
Front Desk / Membership
Larkspur Direct Primary Care
(970) 555-0142 ext 1"""
SIG_DEVIN = """Devin Holloway
Practice Manager, Larkspur Direct Primary Care
(970) 555-0142 ext 4 | dholloway@%s""" % DOM
SIG_MARI = """Marisol Quintero, CMA
Lab & Dispensary
Larkspur DPC"""
DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for
the person or entity to which they are addressed and may contain confidential
information. If you received this in error, please notify the sender and
delete the message. Email is not a secure channel for urgent medical
questions; members should call (970) 555-0142 or 911 in an emergency."""


def rdate(day=None, hour=None):
    d = BASE + datetime.timedelta(days=random.randint(0, 55) if day is None else day)
    h = random.randint(7, 18) if hour is None else hour
    return d.replace(hour=h, minute=random.randint(0, 59), second=random.randint(0, 59))


def fmt_short(d):
    return d.strftime('%a, %b ') + str(d.day) + d.strftime(', %Y at ') + \
        str(int(d.strftime('%I'))) + d.strftime(':%M %p')


def msgid(dom):
    s = ''.join(random.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(20))
    return '<%s.%d@%s>' % (s, random.randint(1000, 999999), dom)


def addr_dom(a):
    a = a.strip()
    if '<' in a:
        a = a.split('<', 1)[1].rstrip('>')
    return a.split('@')[-1]


def new(frm, to, subj, cc=None, date=None, extra=None, inreply=False):
    m = EmailMessage(policy=policy.default)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    d = date or rdate()
    m['Date'] = format_datetime(d)
    m['Message-ID'] = msgid(addr_dom(frm))
    if inreply:
        ref = msgid(addr_dom(to.split(',')[0]))
        m['In-Reply-To'] = ref
        m['References'] = ref
    for k, v in (extra or []):
        m[k] = v
    return m


def text(m, body, charset='utf-8', cte=None):
    m.set_content(body, charset=charset, cte=cte)
    return m


def to_html(body):
    out = []
    for para in body.strip('\n').split('\n\n'):
        out.append('<p>' + html.escape(para).replace('\n', '<br>\n') + '</p>')
    return '\n'.join(out)


def html_page(inner, style='font-family:Arial,Helvetica,sans-serif;font-size:14px'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (style, inner))


def htmlonly(m, inner, charset='utf-8', cte=None):
    m.set_content(html_page(inner), subtype='html', charset=charset, cte=cte)
    return m


def alt(m, body, inner=None, charset='utf-8', cte=None):
    m.set_content(body, charset=charset, cte=cte)
    m.add_alternative(html_page(inner if inner is not None else to_html(body)),
                      subtype='html', charset=charset, cte=cte)
    return m


def attach(m, data, filename, mt=None):
    if isinstance(data, str):
        sub = (mt or 'text/plain').split('/')[1]
        m.add_attachment(data, subtype=sub, filename=filename)
    else:
        maintype, sub = (mt or 'application/octet-stream').split('/')
        m.add_attachment(data, maintype=maintype, subtype=sub, filename=filename)
    return m


def attach_msg(m, inner):
    m.add_attachment(inner)
    return m


def quote(body):
    return '\n'.join(('> ' + l) if l else '>' for l in body.strip('\n').split('\n'))


# ---- file builders ----------------------------------------------------------
ZDT = (2024, 3, 1, 9, 0, 0)


def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


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
    rx = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        rx.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(rx))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels),
                      ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', wbrels),
                      ('xl/worksheets/sheet1.xml', sh)])


def docx(blocks):
    """blocks: list of str (paragraph), ('h', str) heading, or ('t', rows) table."""
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

    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == 'h':
            body.append(para(b[1], True))
        elif b[0] == 't':
            trs = []
            for row in b[1]:
                tcs = ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(c) for c in row)
                trs.append('<w:tr>%s</w:tr>' % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % ''.join(trs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % ''.join(body))
    return zip_bytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def _pdfesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Document', compress=True):
    per = 56
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then page/content pairs
    kids = []
    nxt = 5
    page_objs = []
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append('%d 0 R' % pid)
        stream = 'BT /F1 10 Tf 13 TL 50 770 Td\n' + ''.join(
            '(%s) Tj T*\n' % _pdfesc(l) for l in pg) + 'ET\n'
        raw = stream.encode('latin-1', 'replace')
        if compress:
            data = zlib.compress(raw)
            cobj = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        else:
            cobj = b'<< /Length %d >>\nstream\n' % len(raw) + raw + b'endstream'
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
        objs[cid] = cobj
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = ('<< /Title (%s) /Producer (Larkspur Office Export) /CreationDate (D:20240301090000-06\'00\') >>'
               % _pdfesc(title)).encode('latin-1', 'replace')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n')
    xref = out.tell()
    size = max(objs) + 1
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % size)
    for i in range(1, size):
        out.write(b'%010d 00000 n \n' % offs[i])
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (size, xref))
    return out.getvalue()


XLSX_MT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX_MT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def csv_text(rows):
    b = io.StringIO()
    w = csv.writer(b, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return b.getvalue()


# ---- registry ---------------------------------------------------------------
REG = []


def reg(label, kind, patient=''):
    def deco(f):
        REG.append((label, kind, patient, f))
        return f
    return deco


def rnum(n):
    return ''.join(random.choice('0123456789') for _ in range(n))


def lot():
    return random.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + random.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + rnum(3) + random.choice('ABCDEFGHJK')


# =============================================================================
# phi-care
# =============================================================================
@reg('phi', 'care', 'Gordon Whitlock')
def care1():
    m = new(FELD, MARI, 'Thursday 8:15 - Whitlock', cc=COLL)
    return text(m, """Marisol,

Gordon Whitlock is on for 8:15 Thursday. Please draw CBC, CMP, lipid panel and
A1c before I see him -- he knows to fast, I texted him last night. Also recheck
his BP on both arms when he gets roomed, he sent me a 162/94 from the grocery
store kiosk on Saturday.

I'm going up on the lisinopril to 20 mg. We have the 20s in the dispensary;
please pull a 90-day bottle and leave it in my box so I can go over it with him
in the room rather than him grabbing it at the desk.

Thanks!
N

""" + SIG_FELD + '\n')


@reg('phi', 'care', 'Marguerite Osei')
def care2():
    m = new(TASHA, COLL, 'no-show 10:30 travel consult')
    return htmlonly(m, """<p>Hi Colleen,</p>
<p>Marguerite Osei didn't show for her 10:30 travel consult (Ghana, leaves 4/2). I called her cell twice and left a VM, and sent a text through Atrium. Nothing yet.</p>
<p>She still needs the yellow fever and typhoid per the intake form she sent in last week, and she asked about malaria pills in the notes. Do you want me to hold the Stamaril dose you pulled this morning or should it go back in the fridge? I can try to squeeze her in Thursday at 3:40 if she calls back.</p>
<p>Thanks!<br>Tasha</p>
<p style="color:#777;font-size:12px">Tasha Greer &middot; Front Desk / Membership &middot; Larkspur Direct Primary Care &middot; (970) 555-0142 ext 1</p>""")


@reg('phi', 'care', 'Hyun-woo Bae')
def care3():
    m = new(COLL, IBAR, 'Bae - shots done, Andes question for you')
    l1, l2, l3 = lot(), lot(), lot()
    body = """Hi Dr. I,

Hyun-woo Bae was in this morning for his travel visit. Done today:

- Yellow fever (Stamaril) lot %s, L deltoid
- Typhim Vi lot %s, R deltoid
- Havrix 1440 #1 lot %s, R deltoid
- Observed 15 min, no issues
- ICVP filled out, signed by you (I used the stamp), he has the yellow card
- Dispensed atovaquone-proguanil 250/100 #32 -- 1 tab daily starting 2 days
  before Iquitos through 7 days after

He's doing Cusco after the Amazon leg and asked about altitude meds. I told him
you'd message him through the portal -- he'd prefer acetazolamide from us rather
than picking it up in Lima.

Hep A #2 is due in 6 months, I set the recall for 9/15.

Colleen

""" % (l1, l2, l3) + SIG_COLL + '\n'
    return alt(m, body, cte='quoted-printable')


@reg('phi', 'care', 'Dale Pruitt')
def care4():
    d0 = rdate(day=3, hour=9)
    d1 = d0 + datetime.timedelta(hours=5, minutes=12)
    d2 = d1 + datetime.timedelta(days=1, hours=2, minutes=40)
    d3 = d2 + datetime.timedelta(hours=3, minutes=3)
    m = new(DEVIN, 'Priya Venkataraman <pvenkataraman@norrlandfreight.example>',
            'RE: Onsite wellness day - April 18', cc=IBAR, date=d3 + datetime.timedelta(hours=1), inreply=True)
    msg0 = """Hi Devin and Dr. Ibarra,

Thank you both for coming out to the depot last quarter -- the drivers really
liked it. We'd like to do the onsite wellness day again in April. The break
room is free on the 18th from 10-2. Can you bring the flu/Tdap vaccines again
and the blood pressure station? We'll have around 60 people across both shifts.

Best,
Priya

Priya Venkataraman
HR Business Partner | Norrland Freight
(970) 555-0187"""
    msg1 = """Priya,

The 18th works for us. We'll bring Colleen and Marisol plus vaccine stock.
Reminder that anyone enrolled through the Norrland plan can also book a
regular visit with us any time, no need to wait for the event.

PS -- Dale Pruitt from your dispatch team came in Monday. We repeated his
fasting labs and I started him on metformin 500 twice daily. He asked me to let
you know he'll need to step out Thursdays at 2 for the next few weeks for
follow-ups with us, and he's fine with you knowing why.

Rafael Ibarra, DO"""
    msg2 = """Thanks Dr. Ibarra, noted on Dale -- I'll let his supervisor know about the
Thursdays.

Quick logistics q's for the 18th: do you need a power outlet for the vaccine
cooler? And can we get a sign-up sheet template so people can pick a time slot?

Priya"""
    msg3 = """Hi Priya,

Yes, one outlet near the table is plenty -- the cooler runs on a battery
pack but we like to keep it plugged in. I'll send a sign-up template by Friday.
Could you also confirm the headcount by 4/11 so we order enough flu doses?

Devin"""
    body = msg3 + '\n\n' + SIG_DEVIN + '\n\n' + \
        'On %s, Priya Venkataraman <pvenkataraman@norrlandfreight.example> wrote:\n' % fmt_short(d2) + \
        quote(msg2 + '\n\n' + 'On %s, Rafael Ibarra DO <ribarra@%s> wrote:\n' % (fmt_short(d1), DOM) +
              quote(msg1 + '\n\n' + 'On %s, Priya Venkataraman <pvenkataraman@norrlandfreight.example> wrote:\n' % fmt_short(d0) +
                    quote(msg0))) + '\n\n' + DISCLAIMER + '\n'
    return text(m, body)


@reg('phi', 'care', 'Lorraine Castellanos')
def care5():
    inner = new('St. Brigid Care Transitions <caretransitions@stbrigidhealth.example>',
                FELD, 'Discharge notification - Larkspur Direct Primary Care patient',
                date=rdate(day=8, hour=16))
    text(inner, """CARE TRANSITIONS NOTIFICATION

This message is to inform you that a patient who lists you as primary care
provider was discharged from St. Brigid Regional Medical Center.

Patient: CASTELLANOS, LORRAINE M
DOB: 11/30/1948
Admit: 03/09/2024  Discharge: 03/12/2024
Unit: 4 West Medical
Attending: Harold Ebner, MD
Discharge disposition: Home with self-care

New medications at discharge:
  apixaban 5 mg PO twice daily
  furosemide 40 mg PO daily (previously 20 mg)
Stopped: aspirin 81 mg

Recommended follow-up: PCP within 7 days. Echocardiogram report pending.

This is an automated message from St. Brigid Care Transitions. Do not reply.
Questions: (970) 555-0133.
""")
    m = new(FELD, COLL, 'Fwd: Discharge notification - Larkspur Direct Primary Care patient',
            date=rdate(day=9, hour=7))
    text(m, """Colleen -- can you call Lorraine this morning and get her in this week, ideally
Wed or Thu? Ask her to bring every pill bottle in the house. I want to
reconcile the apixaban and the higher furosemide against what we've been
dispensing her; she still has our aspirin and the old 20s at home, and her
son said she was confused about which to take.

Also please do a BMP fingerstick/draw when she's in.

Naomi
""")
    return attach_msg(m, inner)


@reg('phi', 'care', 'Walter Ng')
def care6():
    m = new(IBAR, DEVIN, 'Walter Ng', cc=TASHA + ', ' + MARI)
    return text(m, """Devin, Tasha --

Walter Ng died Sunday morning at home. Hospice was there and his daughter
Grace called me last night to let me know. It was peaceful, which is what he
wanted.

A few things:
- Please stop his membership draft for April. Grace asked about March and I
  told her we'd refund the unused part -- please prorate from the 10th.
- Cancel his standing monthly refills from our dispensary (the morphine
  solution and the lorazepam). Marisol, if anything is bagged for him, pull it
  and log it for destruction with me as witness.
- Take him off the Thursday home-visit list.
- The funeral home (Whitcomb & Lyle) will send the death certificate to me to
  sign. Flag it for me if it comes by fax.

I'd like to send the family a card. Can someone give me Grace's mailing
address from the chart? Everyone who went out to see him, thank you.

R.
""", cte='quoted-printable')


@reg('phi', 'care', 'Bettina Kowalczyk')
def care7():
    d0 = rdate(day=15, hour=10)
    m = new(FELD, MARI, 'Re: INR today', date=d0 + datetime.timedelta(minutes=47), inreply=True)
    orig = """Dr. F,

Bettina Kowalczyk's fingerstick INR this morning was 3.4 (goal 2-3). No
bleeding, no bruising she's noticed. She said she's eaten much less salad this
week because her daughter has been cooking. Per your standing protocol I told
her to hold tonight's warfarin then resume 5 mg daily, and we'll recheck next
Wednesday 3/27 at 9.

OK with that?

Marisol"""
    body = """Yes, perfect. Document as per protocol and route it to me to co-sign. If
she's above 3 again next week let's talk dose.

N

On %s, Marisol Quintero <mquintero@%s> wrote:
%s
""" % (fmt_short(d0), DOM, quote(orig))
    return alt(m, body)


@reg('phi', 'care', 'Jonah Rutherford')
def care8():
    m = new(IBAR, COLL, 'Rutherford - Kili meds for pickup Fri', cc=MARI)
    text(m, """Colleen / Marisol,

Jonah Rutherford -- Kilimanjaro, flies out 4/18, summit night around 4/25.

Please label and bag from the dispensary:
  acetazolamide 125 mg, 1 tab twice daily starting the day before the climb, #20
  ondansetron ODT 4 mg, 1 q8h prn, #10

He'll pick up Friday afternoon. He had his typhoid and hep A here in 2022 so
he's good there; he'll do malaria pills for the safari part, I sent those
separately. Dispense record attached so you can check it against the bottles.

Thanks,
Rafael
""")
    lines = ['LARKSPUR DIRECT PRIMARY CARE - IN-OFFICE DISPENSING RECORD', '',
             'Patient: Jonah Rutherford          DOB: 06/22/1990',
             'Member ID: LK-' + rnum(5) + '            Prescriber: Rafael Ibarra, DO',
             'Date: 04/05/2024', '',
             'Item                         Strength   Qty  Sig',
             '---------------------------  ---------  ---  --------------------------',
             'Acetazolamide tab            125 mg      20  1 PO BID start day before ascent',
             'Ondansetron ODT              4 mg        10  1 SL q8h PRN nausea',
             '',
             'Lot/Exp: ACZ ' + lot() + ' 11/2025 ; OND ' + lot() + ' 02/2026',
             'Counseling: tingling of fingers common; stay hydrated; descend if worse.',
             '', 'Filled by: ____________  Checked by: ____________']
    return attach(m, pdf(lines, 'Dispense record'), 'Rutherford_dispense_0405.pdf', 'application/pdf')


# =============================================================================
# phi-names
# =============================================================================
@reg('phi', 'names', 'Nguyễn Thị Hồng')
def names1():
    m = new(TASHA, COLL, 'Nguyễn Thị Hồng — malaria pills')
    return text(m, """She called back about the pills. The pharmacy quoted her $140 for the
atovaquone-proguanil with her coupon, so she'd rather do doxycycline through
our dispensary if that's OK medically. She leaves for Quảng Nam on the 22nd,
three weeks total. Her daughter will come pick them up Thursday since she
doesn't drive.

Can you or Dr. F okay the switch and let me know the quantity so I can ring it
up on her account?

T.
""")


@reg('phi', 'names', 'Chukwuemeka Adeyemi-Okonkwo')
def names2():
    d0 = rdate(day=20, hour=12)
    m = new(COLL, FELD, 'RE: Mr. Adeyemi-Okonkwo - B12 at home', date=d0 + datetime.timedelta(hours=2), inreply=True)
    orig = """Colleen,

Chukwuemeka Adeyemi-Okonkwo (goes by Emeka) asked at his visit today whether he
can do his B12 shots at home instead of coming in every month. I'm fine with
that. Can you teach him and his wife Ngozi on Tuesday and dispense a 3-month
supply of cyanocobalamin 1000 mcg/mL vials with syringes and a small sharps
container?

Mr. Adeyemi-Okonkwo's last level was 210; I'd like it rechecked in June.

NF"""
    body = """Will do. I have him at 11:00 Tuesday and Ngozi is coming with him. I'll do
the first one with them watching, then have Emeka do the second in clinic so I
can see his technique. Putting the June recheck in as a lab-only visit.

Colleen

-----Original Message-----
From: Naomi Feldstein MD
Sent: %s
To: Colleen Mahoney RN
Subject: Mr. Adeyemi-Okonkwo - B12 at home

%s
""" % (fmt_short(d0), orig)
    return text(m, body)


@reg('phi', 'names', 'Van der Berg, Pieter')
def names3():
    m = new(IBAR, MARI + ', ' + TASHA, 'Van der Berg, Pieter -- HOLD results')
    return text(m, """Please do not release to the portal yet:

VAN DER BERG, PIETER J.   drawn in office 3/4, resulted from Meridian today
  TSH        7.8   (H)
  Free T4    0.8

Pieter doesn't know yet and he's anxious about this stuff -- I'd rather call
him myself tonight before anything auto-posts. Marisol, can you flip the hold
flag in Atrium? Tasha, if he calls before 5, tell him I'll call him this
evening, don't read numbers to him.

Thx
""" + SIG_IBAR + '\n')


@reg('phi', 'names', 'Zoë Ménard-Lachance')
def names4():
    m = new(COLL, IBAR, 'Zoë Ménard-Lachance - rabies #2 done')
    return text(m, """Dr. Ibarra,

Zoë Ménard-Lachance came by at lunch for her second rabies pre-exposure dose
(Imovax, lot %s, L deltoid). That completes the 2-dose series. Zoë says the
bat survey project in Belize got extended through August, so she asked whether
she needs a titer before she goes -- I said I'd check with you since she'll be
handling them directly.

Also she mentioned her first dose left her arm sore for about a day, nothing
else.

Merci,
Colleen
""" % lot(), charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'names', 'Lakshmi Subramaniam')
def names5():
    m = new(DEVIN, COLL, 'Subramaniam family - plan change + Chennai trip')
    body = """Colleen,

Mrs. Lakshmi Subramaniam called this morning. Two things:

1) She wants to add her mother-in-law Kamala to the family plan starting
   April 1. I'll do the paperwork -- just flagging that Kamala gets her
   dialysis at the Eastgate center Mon/Wed/Fri, so Mrs. Subramaniam asked that
   any visits with us be Tue/Thu.

2) She and Venkatesh are going to Chennai May 3-24 and want typhoid and hep A
   before then. Mrs. Subramaniam said she thinks she had hep A as a kid, so
   maybe a titer first? Your call.

She prefers email over texts. lakshmi.s@mailhaven.example

Thanks,
Devin
"""
    inner = """<p>Colleen,</p>
<p><b>Mrs. Lakshmi Subramaniam</b> called this morning. Two things:</p>
<ol>
<li>She wants to add her mother-in-law Kamala to the family plan starting April 1. I'll do the paperwork &mdash; just flagging that Kamala gets her dialysis at the Eastgate center Mon/Wed/Fri, so Mrs. Subramaniam asked that any visits with us be Tue/Thu.</li>
<li>She and Venkatesh are going to Chennai May 3&ndash;24 and want typhoid and hep A before then. Mrs. Subramaniam said she thinks she had hep A as a kid, so maybe a titer first? Your call.</li>
</ol>
<p>She prefers email over texts. lakshmi.s@mailhaven.example</p>
<p>Thanks,<br>Devin</p>"""
    return alt(m, body, inner)


@reg('phi', 'names', 'Abdelrahman Al-Tamimi')
def names6():
    m = new(TASHA, FELD, 'Umrah certificate — Abdelrahman Al-Tamimi', cc=COLL)
    inner = """<p>Dr. Feldstein,</p>
<p>Mr. Al-Tamimi came to the desk asking for the meningococcal certificate for his Umrah visa. He got the MenQuadfi here on 2/27 (Colleen gave it). The travel agency says the certificate has to show the vaccine name, date, lot number and be signed by the physician, and it has to be at least 10 days before arrival &mdash; he flies 3/20 so that's fine.</p>
<p>Colleen drafted the letter, it's in your inbox in Atrium to sign. He'll come back tomorrow at 9 to pick it up. His wife is getting hers next week.</p>
<p>Tasha</p>"""
    return htmlonly(m, inner, cte='base64')


@reg('phi', 'names', 'Radomír Dvořáček')
def names7():
    m = new(FELD, COLL, 'Radomír - stitches out + Tdap')
    return text(m, """Colleen,

Radomír Dvořáček's wife Jana called. He came off the ladder cleaning gutters
Saturday and went to the urgent care on Harmon, got 6 sutures in the right
forearm. They'd rather have us take them out than go back there -- should be
about day 10, so next Tuesday or Wednesday.

Last Tdap I can find in Radomír's chart is 2013 and urgent care didn't give one
(they said he refused, he says nobody offered). Please give Tdap when he's in
and document the wound check.

N
""", cte='base64')


@reg('phi', 'names', 'María José de la Fuente')
def names8():
    m = new(TASHA, MARI, 'PPD read at 2 -- which de la Fuente!!')
    return text(m, """Marisol,

Heads up: Ms. de la Fuente is coming at 2 for her PPD read. It's María José de
la Fuente -- NOT her sister María Elena. Both are members, both born in March,
and last time the wrong chart got opened. María José is the one who had it
placed Tuesday for her new job at the school district; she needs the signed
form today.

Please double check DOB before you document!

Tasha
""", charset='iso-8859-1', cte='8bit')


# =============================================================================
# phi-self
# =============================================================================
@reg('phi', 'self', 'Karen Lindgren')
def self1():
    m = new('Karen Lindgren <karen.lindgren@mailhaven.example>', FELD, 'bp numbers this week')
    text(m, """Hi Dr. Feldstein,

Here are my readings since we went up on the amlodipine (I put them in a
spreadsheet too, attached). Mornings are better but evenings are still in the
140s. The bigger thing is my ankles are puffy by the end of the day, like sock
marks. Is that from the new dose? I can come in Thursday before work if you
want to look at them.

Also can I get a refill of the 10 mg from you guys when I come in? I have
about a week left.

Thanks!
Karen
""")
    rows = [['date', 'time', 'systolic', 'diastolic', 'pulse']]
    for i, (s1, d1, s2, d2) in enumerate([(138, 86, 146, 90), (134, 84, 144, 88), (131, 82, 141, 89),
                                          (136, 85, 148, 91), (129, 80, 139, 86)]):
        day = '3/%d/2024' % (11 + i)
        rows.append([day, '7:10 AM', s1, d1, random.randint(64, 78)])
        rows.append([day, '8:45 PM', s2, d2, random.randint(64, 78)])
    return attach(m, csv_text(rows), 'my_bp_log.csv', 'text/csv')


@reg('phi', 'self', 'Thomas Sandoval')
def self2():
    m = new('Thomas Sandoval <tsandoval@norrlandfreight.example>', TRAVEL,
            'Travel consult - Ghana in April (Norrland employee)')
    return text(m, """Hello,

I'm headed to Accra for work April 20 - May 3 and our HR said the Norrland plan
covers a travel consult with you. I'd like to book one.

One concern: I take methotrexate 15 mg once a week (plus folic acid) from my
rheumatologist. I read that the yellow fever shot is a live vaccine and Ghana
requires it for entry. Is that going to be a problem? Should I stop the
methotrexate beforehand or do I need some kind of waiver letter?

I'm free most mornings before 9.

Thomas Sandoval
DOB 04/12/1979
Linehaul Operations, Norrland Freight
(970) 555-0116
""")


@reg('phi', 'self', 'Gabriela Moss')
def self3():
    m = new('Gabi Moss <gabimoss86@inboxly.example>', TRAVEL, 'Lost my yellow card!!')
    return htmlonly(m, """<div dir="ltr">Hi there,<div><br></div>
<div>I got my yellow fever shot with you guys back in 2019 (I think Colleen did it?) and I lost the little yellow booklet when we moved. I fly to Nairobi on Saturday for a wedding &#128556;</div>
<div><br></div>
<div>Is there any way to get a replacement certificate before then? I can come pick it up any day this week. My name is Gabriela Moss, DOB 7 Feb 1986. I also got typhoid that same day if that matters.</div>
<div><br></div><div>Thank you so much!!</div><div>Gabi</div>
<div><br></div><div>Sent from my iPhone</div></div>""")


@reg('phi', 'self', 'Owen Baptiste')
def self4():
    d0 = rdate(day=1, hour=14)
    m = new('Owen Baptiste <owen.baptiste@qmail.example>', IBAR, 'Re: Your Tanzania trip - malaria plan',
            date=d0 + datetime.timedelta(days=19, hours=3), inreply=True)
    orig = """Hi Owen,

Summary from today so you have it on the road:

- Mefloquine 250 mg once weekly, same day each week. Start 2 weeks before
  you leave (so this Sunday), continue through 4 weeks after you get home.
- Typhoid and hep A given today, you're set.
- Bring repellent with DEET or picaridin; the pills aren't 100%.
- If you get a fever during or after the trip, get tested for malaria the
  same day and tell them where you've been.

Have a great trip.

Dr. Ibarra"""
    body = """Hi Dr. Ibarra,

Quick question from Moshi. I'm two weeks into the mefloquine and the dreams
are insane -- last night I woke up and for a few minutes didn't know where I
was, and I've been really on edge during the day, which isn't like me. My
friend here says to just switch. There's a pharmacy in town that has Malarone
(atovaquone-proguanil), about $60 for a month.

Should I stop the mefloquine and start that? How would I take it for the
rest of the trip? I have 9 more days here and then 4 days in Zanzibar.

Internet is spotty, WhatsApp works best: +1 970 555 0171.

Owen

On %s, Rafael Ibarra DO <ribarra@%s> wrote:
%s
""" % (fmt_short(d0), DOM, quote(orig))
    return text(m, body)


@reg('phi', 'self', 'Deshawn Carter')
def self5():
    m = new('Deshawn Carter <deshawn.carter@mailhaven.example>', IBAR, 'refill')
    return text(m, """Hey Dr. Ibarra,

I'm down to 4 pills of the sertraline 100. Can you refill it through the
office? I can grab it Tuesday after work. Sleeping a lot better since we
switched the time to mornings, and the stomach thing went away after the first
couple weeks like you said.

Also, is it OK to have a couple beers at my brother's wedding next weekend?

Thanks,
Deshawn
""")


@reg('phi', 'self', 'Rebecca Thornbury')
def self6():
    m = new('Rebecca Thornbury <rthornbury@fastpost.example>', 'Larkspur Billing <billing@%s>' % DOM,
            'Charge on my card 3/8?')
    return text(m, """Hello,

I see a $45.00 charge from LARKSPUR DPC on my Visa on March 8, separate from my
monthly membership. I thought labs were included in the membership? I'm on the
individual plan, member #LK-20418.

The only thing I had done that week was the blood work Dr. Feldstein ordered
when I came in about being exhausted all the time -- the cholesterol panel and
the thyroid test, plus iron I think. Was one of those a send-out that isn't
covered? If so I wish someone had told me before.

Thanks,
Rebecca Thornbury
""", cte='quoted-printable')


@reg('phi', 'self', 'Hannah Okafor-Bell')
def self7():
    m = new('Hannah Okafor-Bell <hannah.ob@inboxly.example>', IBAR, 'Back from Peru! + Everest question')
    body = """Hi Dr. Ibarra!

Back from Peru. The Diamox mostly worked -- I had a pounding headache and threw
up the first night in Cusco (3,400 m) but was fine from day 2 on and did the
Salkantay trek with no problems. Tingly fingers and toes the whole time, and
soda tasted terrible, lol, just like you warned.

Two questions:
1. We're planning Everest Base Camp next spring (5,364 m). Should I do a
   higher dose than the 125 twice a day? Or start earlier?
2. I still have 6 pills left. Okay to keep them for next time or do they
   expire?

Also my stomach was off for about 4 days after the ceviche in Lima, but it
went away on its own without the azithromycin you gave me.

Thanks so much,
Hannah
"""
    return alt(m, body)


# =============================================================================
# phi-ids
# =============================================================================
@reg('phi', 'ids', 'Farrah Haddad')
def ids1():
    m = new(MARI, 'Meridian Client Services <clientservices@meridianreflab.example>',
            'Rejected specimen - Req# MRL-88213407 - recollect tomorrow')
    return text(m, """Hi,

Got the rejection notice for this one this morning:

  Pt: Farrah Haddad
  DOB: 03/14/1962
  Member #: LDP-004417
  Req#: MRL-88213407
  Test: Comprehensive metabolic panel, magnesium
  Reason: hemolyzed

We'll redraw tomorrow AM and send with the 2 pm courier. Can you make sure the
original req is cancelled so she doesn't get double billed to our account?

Thanks,
""" + SIG_MARI + '\n')


@reg('phi', 'ids', 'Gerald Ostrowski')
def ids2():
    d0 = rdate(day=12, hour=10)
    m = new(DEVIN, 'Patient Accounts <accounts@peakviewimaging.example>',
            'RE: Outstanding balance - Acct 77-3104-A', date=d0 + datetime.timedelta(days=1, hours=2), inreply=True)
    orig = """Good morning,

Our records show an outstanding balance of $412.00 on the account below.

Account: 77-3104-A
Patient: OSTROWSKI, GERALD
DOB: 14-Mar-1957
Referring: Larkspur Direct Primary Care (N. Feldstein)
Date of service: 02/27/2024
Exam: US ABDOMEN COMPLETE (CPT 76700)

Please remit or contact us to arrange payment.

Peakview Imaging Patient Accounts
(970) 555-0158"""
    body = """Hi,

This exam was ordered under our cash-pay agreement with Peakview (contract
#PV-DPC-022, $165 flat for abdominal ultrasound). It looks like it was billed
at your standard rate instead. Our chart has him as MRN 00293817 on our side --
the order went over on our letterhead with the "Larkspur DPC cash rate" box
checked. Can you please rebill at the contracted rate? We'll pay it directly,
Mr. Ostrowski shouldn't receive a statement.

Thank you,
Devin

%s

________________________________
From: Patient Accounts <accounts@peakviewimaging.example>
Sent: %s
To: Devin Holloway
Subject: Outstanding balance - Acct 77-3104-A

%s
""" % (SIG_DEVIN, fmt_short(d0), orig)
    return text(m, body)


@reg('phi', 'ids', 'Imani Whitfield')
def ids3():
    m = new(TASHA, FELD, 'Call back - Imani Whitfield')
    return htmlonly(m, """<table style="border:1px solid #999;border-collapse:collapse;font-family:Arial;font-size:13px">
<tr><td colspan="2" style="background:#2f5d50;color:#fff;padding:4px"><b>PHONE MESSAGE</b></td></tr>
<tr><td style="padding:4px">For:</td><td style="padding:4px">Dr. Feldstein</td></tr>
<tr><td style="padding:4px">Caller:</td><td style="padding:4px">Imani Whitfield (self)</td></tr>
<tr><td style="padding:4px">DOB:</td><td style="padding:4px">1995-08-30</td></tr>
<tr><td style="padding:4px">Acct:</td><td style="padding:4px">44810</td></tr>
<tr><td style="padding:4px">Callback:</td><td style="padding:4px">(970) 555-0129 (cell, OK to leave detailed msg)</td></tr>
<tr><td style="padding:4px">Re:</td><td style="padding:4px">Wants her urine culture result from Monday. Finished the nitrofurantoin yesterday, still some burning. Best after 5 pm.</td></tr>
<tr><td style="padding:4px">Taken by:</td><td style="padding:4px">TG 11:42</td></tr>
</table>""")


@reg('phi', 'ids', 'Eliot Strand')
def ids4():
    m = new(COLL, IBAR, 'Home visit Tues - Strand')
    return text(m, """Tuesday home visit, 1:30:

Eliot Strand
4418 Wren Hollow Rd, Apt 2B, Millbrook CO 80599
Gate code 4471#, buzz 2B, he takes a while to get to the door
DOB 09/02/1941
Daughter (Karin): (970) 555-0164

Bring:
- INR meter + strips
- flu shot isn't needed (got it in Oct), but Prevnar 20 is due
- dressing supplies for the L heel (foam + border gauze), we're at week 5
- his dispensed meds for the month (Marisol has the bag)

I'll drive if you want to do the notes on the way back.

C.
""")


@reg('phi', 'ids', 'Samuel Achterberg')
def ids5():
    m = new('Sam Achterberg <sam.achterberg@qmail.example>', FELD, 'Fwd: Explanation of Benefits - Claim 2024-118-0093341')
    return text(m, """Dr. F -- can you help me make sense of this? The ER visit was the night I
called you about the chest pain and you told me to go in. They're saying it
wasn't an emergency so they only paid part of it. Can you write something?

Sam

---------- Forwarded message ---------
From: Westhaven Health Plan <noreply@westhavenhp.example>
Date: Mon, Mar 18, 2024 at 6:02 AM
Subject: Explanation of Benefits - Claim 2024-118-0093341
To: <sam.achterberg@qmail.example>

EXPLANATION OF BENEFITS -- THIS IS NOT A BILL

Member:          SAMUEL ACHTERBERG
Member ID:       WHP884120937
Group:           HDHP-CATASTROPHIC 7500
Claim No.:       2024-118-0093341
Provider:        St. Brigid Regional Medical Center - Emergency Dept
Date of Service: 02/17/2024

Service                         Billed     Allowed   Plan Paid   You Owe
Emergency dept visit lvl 4     $2,310.00  $1,104.00      $0.00  $1,104.00
Troponin, quantitative           $188.00     $41.00      $0.00     $41.00
ECG 12-lead interpretation       $146.00     $38.00      $0.00     $38.00
Chest x-ray 2 views              $402.00     $96.00      $0.00     $96.00

Remark N-21: Applied to deductible. Services reviewed under prudent layperson
standard; final diagnosis did not meet emergency criteria.

To appeal, submit within 180 days to Westhaven Appeals, PO Box 5500.
""")


@reg('phi', 'ids', 'Lucía Benítez Ortega')
def ids6():
    m = new(COLL, TRAVEL, 'travel consult note - C-11852')
    return text(m, """Chart: C-11852 | DOB: 9.2.88 | Lucía Benítez Ortega
Consult date: 03/21/2024   Clinician: C. Mahoney RN / R. Ibarra DO

Itinerary: Bogotá -> Leticia (Amazonas) -> Cartagena, 4/12-5/6
Purpose: field research (river dolphins), rural, some nights in hammocks

Given today: YF (Stamaril) - ICVP issued; Typhim Vi; Hep B #2 (Heplisav)
Dispensed: doxycycline 100 mg #55, 1 daily start 1-2 d before Leticia,
  continue 4 wk after leaving
Counseled: insect precautions, food/water, rabies risk with bats/dogs
  (declined PrEP, cost), travelers' diarrhea -> azithromycin 1 g x1 #1 dispensed
Note: pregnancy test neg today (needed before YF)

Saving to her chart -- can someone at the front reconcile the charges (YF and
Heplisav are not included in her plan)?
""", charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'ids', 'Kofi Mensah')
def ids7():
    m = new(TASHA, COLL, 'ICVP reissue - passport no. needed?')
    yfl = lot()
    inner = """<p>Colleen,</p>
<p>Kofi Mensah called again about reissuing his yellow card &mdash; the consulate rejected it because the passport number on the ICVP doesn't match his new passport. Here's what he gave me:</p>
<pre style="font-family:Consolas,monospace;font-size:13px">
Name on passport:  MENSAH, KOFI ATO
DOB:               1983-11-05
Passport no.:      561209384 (issued 01/2024)
Old passport:      487330125
Vaccine:           Yellow fever (Stamaril) lot %s
Date given:        2021-06-14, Larkspur Travel Health
</pre>
<p>Can we just write a new one with the new passport number and the original date, or does Dr. F need to sign something different? He's leaving for Kumasi on the 2nd.</p>
<p>Tasha</p>""" % yfl
    return alt(m, """Colleen,

Kofi Mensah called again about reissuing his yellow card -- the consulate
rejected it because the passport number on the ICVP doesn't match his new
passport. Here's what he gave me:

Name on passport:  MENSAH, KOFI ATO
DOB:               1983-11-05
Passport no.:      561209384 (issued 01/2024)
Old passport:      487330125
Vaccine:           Yellow fever (Stamaril) lot %s
Date given:        2021-06-14, Larkspur Travel Health

Can we just write a new one with the new passport number and the original
date, or does Dr. F need to sign something different? He's leaving for Kumasi
on the 2nd.

Tasha
""" % yfl, inner)


@reg('phi', 'ids', 'Raymond Kessler')
def ids8():
    m = new(IBAR, 'Priya Venkataraman <pvenkataraman@norrlandfreight.example>',
            'Kessler - work comp first report + restrictions', cc=DEVIN)
    text(m, """Priya,

Attached is the first report of injury and work status for Raymond from his
visit this morning. He's cleared for modified duty only -- no lifting over
15 lb, no driving the yard tractor -- until he's rechecked on 3/20. Please
forward the form to your workers' comp carrier; they need the SSN and claim
set-up info on page 1.

Rafael Ibarra, DO
""")
    form = """EMPLOYER'S FIRST REPORT OF INJURY / PHYSICIAN'S WORK STATUS

Employer:        Norrland Freight, Millbrook Terminal
Employee:        Raymond T. Kessler
Employee ID:     NRF-EMP-20931
SSN:             318-44-2097
DOB:             5/17/1971
Home phone:      (970) 555-0190
Date of injury:  03/06/2024  approx 06:40
Description:     Lifting pallet jack off dock plate, felt pull in low back,
                 pain radiating to R buttock.
Exam:            Paraspinal tenderness L4-S1 R, SLR neg, strength 5/5, reflexes sym.
Treatment:       Naproxen 500 mg BID #20 and cyclobenzaprine 5 mg qhs #10
                 dispensed in office; home exercise sheet given.
Work status:     MODIFIED DUTY 03/06/2024 - 03/20/2024
                 No lifting > 15 lb. No operation of yard tractor.
Next visit:      03/20/2024 09:00

Physician:       Rafael Ibarra, DO   NPI 1730495286
Signature:       /s/ R. Ibarra          Date: 03/06/2024
"""
    return attach(m, form, 'Kessler_FROI_030624.txt', 'text/plain')


# =============================================================================
# phi-lists
# =============================================================================
@reg('phi', 'lists', 'Priscilla Oyelaran')
def lists1():
    m = new(TASHA, COLL + ', ' + IBAR, 'Wed 3/27 travel clinic schedule')
    return text(m, """Here's Wednesday. Two are Norrland corporate (billed to the company account).

WED 3/27  TRAVEL CLINIC  (Colleen AM, Dr. Ibarra signs)
Time   Patient                    Member #   Destination         Needs
-----  -------------------------  ---------  ------------------  -------------------------------
08:30  Priscilla Oyelaran         LK-31077   Nigeria (Lagos)     YF, typhoid, malaria rx
09:15  Dmitri Volkov              LK-22890   Nepal (Annapurna)   Hep A #2, Diamox rx
10:00  Pham Anh Thu               LK-40112   Vietnam (Hue)       JE #1 (Ixiaro), typhoid
10:45  Harold Bertrand            LK-18823   Peru                YF - age 67, needs MD talk first
10:45  June Bertrand              LK-18824   Peru                YF? (on prednisone - ask Dr I)
11:30  Sofia Castellano-Ruiz      NRF-corp   Kenya               YF, rabies PrEP #1
01:00  Tobias Greenhalgh          LK-29354   India (Delhi/Agra)  Typhoid, Vivotif vs shot, Tdap

Mr. Bertrand called to say they may be 10 min late. Sofia needs her ICVP same
day, she flies Friday.

Tasha
""")


@reg('phi', 'lists', 'Yusuf Demir')
def lists2():
    m = new(MARI, FELD + ', ' + IBAR, 'Send-outs still pending > 5 days')
    rows = [('Patient', 'DOB', 'Test', 'Drawn', 'Ordering', 'Status'),
            ('Yusuf Demir', '07/19/1966', 'PSA, total', '03/12', 'NF', 'In process'),
            ('Ingrid Solberg', '01/03/1990', 'Celiac panel (tTG-IgA)', '03/11', 'RI', 'Sent to ref lab'),
            ('Marcus Lee-Havili', '11/22/1978', 'Hep B surface Ab', '03/13', 'RI', 'In process'),
            ('Oluwaseun Adebayo', '05/30/1984', 'Quantiferon TB Gold', '03/08', 'NF', 'Recollect requested'),
            ('Patricia Quigley', '09/14/1952', 'Vitamin D 25-OH', '03/12', 'NF', 'In process'),
            ('Beatriz Antunes', '02/27/2001', 'Measles IgG (titer)', '03/12', 'RI', 'In process')]
    tbl = '\n'.join('\t'.join(r) for r in rows)
    return text(m, """Morning -- these are the Meridian send-outs still not back after 5+ days.
I called client services on the Quantiferon; they say the tubes arrived
warm, so Mr. Adebayo needs to come back in (I'll call him). The others they
say should be out by Friday.

%s

Marisol
""" % tbl)


@reg('phi', 'lists', 'Darnell Whitaker')
def lists3():
    m = new(IBAR, DEVIN, 'Norrland DOT exams - March (for invoicing)')
    return text(m, """Devin, March DOT physicals for Norrland. They're billed per exam on the
corporate account, not per-member. Short-cert ones (1 yr / 3 mo) will need
a recheck visit, please don't bill those twice.

Name                 | DOB        | Exam date | BP      | Cert   | Note
---------------------+------------+-----------+---------+--------+--------------------------
Darnell Whitaker     | 1969-04-02 | 03/05     | 148/92  | 1 yr   | BP, recheck in 12 mo
Kyle Brandvold       | 1988-10-17 | 03/05     | 122/78  | 2 yr   |
Esteban Marroquín    | 1975-06-30 | 03/07     | 162/98  | 3 mo   | start BP med, recheck June
Travis Oakhurst      | 1991-01-12 | 03/12     | 118/74  | 2 yr   |
Loretta Haines       | 1963-08-08 | 03/12     | 136/84  | 1 yr   | on insulin - ITDM form done
Anatoliy Shevchuk    | 1980-12-21 | 03/14     | 128/80  | 2 yr   | vision corrected, lenses
Dale Pruitt          | 1972-03-03 | 03/19     | 132/86  | 1 yr   | A1c 7.1, f/u Thurs

R.
""")


@reg('phi', 'lists', 'Gwendolyn Tabor')
def lists4():
    m = new(DEVIN, FELD + ', ' + IBAR + ', ' + TASHA, 'Outreach list - annual labs overdue')
    text(m, """Hi all,

Pulled from Atrium: members whose last A1c or lipid panel is more than 12 months
old and who have a chronic care flag. 9 people. Tasha, can you start calling
Monday and book lab-only visits? Docs, let me know if anyone on here should be
skipped (moved, hospice, etc).

Devin

""" + SIG_DEVIN + '\n')
    rows = [['member_id', 'last_name', 'first_name', 'dob', 'plan', 'last_a1c_date', 'last_a1c',
             'last_lipid_date', 'phone', 'provider']]
    data = [('Tabor', 'Gwendolyn', '1958-02-11', 'Individual 65+', '2022-11-03', '7.4', '2022-11-03', 'NF'),
            ('Rosales', 'Hector', '1971-07-29', 'Family', '2023-01-17', '8.1', '2023-01-17', 'RI'),
            ('Fairweather', 'Colin', '1964-12-05', 'Individual', '2022-12-20', '6.2', '2022-12-20', 'NF'),
            ('Nwachukwu', 'Adaeze', '1979-03-15', 'Family', '2023-02-02', '6.8', '2022-09-30', 'RI'),
            ('Lindqvist', 'Bo', '1955-05-25', 'Individual 65+', '2023-01-09', '7.0', '2023-01-09', 'NF'),
            ("O'Driscoll", 'Siobhan', '1968-09-09', 'Individual', '2022-10-14', '5.9', '2022-10-14', 'RI'),
            ('Tran', 'Quoc Bao', '1960-04-01', 'Family', '2023-02-22', '9.3', '2023-02-22', 'RI'),
            ('Abernathy', 'Lou Ann', '1949-08-18', 'Individual 65+', '2022-08-05', '7.7', '2022-08-05', 'NF'),
            ('Kaur', 'Harpreet', '1982-06-06', 'Corporate-Norrland', '2023-01-30', '6.5', '2023-01-30', 'NF')]
    for last, first, dob, plan, a1d, a1, lpd, prov in data:
        rows.append(['LK-' + rnum(5), last, first, dob, plan, a1d, a1, lpd, '(970) 555-01' + rnum(2), prov])
    return attach(m, csv_text(rows), 'overdue_labs_2024-03.csv', 'text/csv')


@reg('phi', 'lists', 'Maximilian Ostergaard')
def lists5():
    m = new(COLL, TASHA, 'April travel vaccine series due - recall list')
    text(m, """Tasha,

Spreadsheet of everyone with a second or third dose coming due in April. Can
you send the reminder texts this week? Twinrix people need the 3rd dose on
time or the schedule gets messy. Rabies ones are day 7 so they're tight.

Thanks!
Colleen
""")
    rows = [['Name', 'DOB', 'Member #', 'Vaccine', 'Dose', 'Due', 'Mobile', 'Notes'],
            ['Maximilian Ostergaard', '1993-04-21', 'LK-' + rnum(5), 'Twinrix', '3 of 3', '2024-04-03', '(970) 555-0131', ''],
            ['Chloé Arsenault', '1987-10-02', 'LK-' + rnum(5), 'Havrix', '2 of 2', '2024-04-09', '(970) 555-0140', 'prefers text'],
            ['Rahul Menon', '1995-01-28', 'NRF-corp', 'Heplisav-B', '2 of 2', '2024-04-10', '(970) 555-0152', 'Norrland account'],
            ['Aigerim Bekova', '2000-07-07', 'LK-' + rnum(5), 'Imovax rabies', '2 of 2', '2024-04-04', '(970) 555-0163', 'leaves 4/15'],
            ['Fitzgerald Nkemelu', '1976-11-30', 'LK-' + rnum(5), 'Ixiaro (JE)', '2 of 2', '2024-04-11', '(970) 555-0174', ''],
            ['Wren Calloway-Doyle', '2011-05-16', 'LK-' + rnum(5), 'Havrix (peds)', '2 of 2', '2024-04-22', '(970) 555-0185', 'mom Jessa schedules'],
            ['Teodoro Salazar', '1958-03-09', 'LK-' + rnum(5), 'Shingrix', '2 of 2', '2024-04-18', '(970) 555-0196', 'not travel, add anyway']]
    return attach(m, xlsx(rows, 'April due'), 'travel_series_due_April.xlsx', XLSX_MT)


@reg('phi', 'lists', 'Agnes Fairchild')
def lists6():
    m = new(FELD, TEAM, 'Huddle list for Monday')
    text(m, """Team -- call list for Monday huddle attached. Please read before 8:00 so we
can go fast. Colleen has the first four, Marisol the labs, I'll take the
hospital follow-ups.

N
""")
    blocks = [('h', 'MONDAY HUDDLE - CALLS / FOLLOW-UPS'), 'Week of 3/25/2024. Confidential - internal.',
              ('t', [['Patient', 'Owner', 'Why', 'Due'],
                     ['Agnes Fairchild (82)', 'NF', 'ED visit Sat for fall, check in, PT referral?', 'Mon'],
                     ['Lorraine Castellanos', 'NF', 'post-discharge f/u, med rec done 3/14 - weight check', 'Tue'],
                     ['Bettina Kowalczyk', 'MQ', 'INR recheck 3/27', 'Wed'],
                     ['Hyun-woo Bae', 'CM', 'altitude rx - Dr I sending; confirm pickup', 'Mon'],
                     ['Tom Sandoval (Norrland)', 'CM', 'YF on methotrexate - needs waiver letter + appt', 'Mon'],
                     ['Gabriela Moss', 'CM', 'ICVP replacement - confirm YF record 2019', 'Mon'],
                     ['Pieter Van der Berg', 'RI', 'thyroid results discussed, start levothyroxine 50', 'done'],
                     ['Imani Whitfield', 'NF', 'culture result + still symptomatic', 'Mon']]),
              'New members this week: 3 individual, 1 family (Subramaniam add-on).',
              'Reminder: vaccine fridge alarm test Thursday 7:45.']
    return attach(m, docx(blocks), 'Huddle_2024-03-25.docx', DOCX_MT)


@reg('phi', 'lists', 'Walter Ng')
def lists7():
    m = new(MARI, DEVIN, 'March dispensary log (zip)')
    text(m, """Devin,

March dispensing log for the inventory reconciliation, PDF + CSV in the zip.
The two morphine entries for Mr. Ng were returned after he passed and are
logged as destroyed 3/12 with Dr. Ibarra as witness. Everything else matches
the count except the ondansetron (off by 2, I think a sample pack).

Marisol
""")
    entries = [('03/01', 'Walter Ng', 'Morphine oral soln 20 mg/mL', '30 mL', 'RI'),
               ('03/01', 'Walter Ng', 'Lorazepam 0.5 mg', '30', 'RI'),
               ('03/04', 'Karen Lindgren', 'Amlodipine 10 mg', '30', 'NF'),
               ('03/05', 'Raymond Kessler', 'Naproxen 500 mg', '20', 'RI'),
               ('03/05', 'Raymond Kessler', 'Cyclobenzaprine 5 mg', '10', 'RI'),
               ('03/07', 'Hyun-woo Bae', 'Atovaquone-proguanil 250/100', '32', 'RI'),
               ('03/11', 'Gordon Whitlock', 'Lisinopril 20 mg', '90', 'NF'),
               ('03/12', 'Walter Ng', 'Morphine oral soln - RETURNED/DESTROYED', '18 mL', 'RI'),
               ('03/14', 'Deshawn Carter', 'Sertraline 100 mg', '30', 'RI'),
               ('03/18', 'Lucia Benitez Ortega', 'Doxycycline 100 mg', '55', 'RI'),
               ('03/18', 'Lucia Benitez Ortega', 'Azithromycin 500 mg', '2', 'RI'),
               ('03/21', 'Chukwuemeka Adeyemi-Okonkwo', 'Cyanocobalamin 1000 mcg/mL', '3 vials', 'NF')]
    lines = ['LARKSPUR DPC - DISPENSARY LOG - MARCH 2024', '',
             'Date   Patient                       Item                                   Qty     Rx']
    for d, p, it, q, rx in entries:
        lines.append('%-6s %-29s %-38s %-7s %s' % (d, p, it, q, rx))
    lines += ['', 'Reconciled by: M. Quintero   Reviewed: ______']
    c = csv_text([['date', 'patient', 'item', 'qty', 'prescriber']] + [list(e) for e in entries])
    z = zip_bytes([('dispensary_log_2024-03.pdf', pdf(lines, 'Dispensary log March 2024')),
                   ('dispensary_log_2024-03.csv', c)])
    return attach(m, z, 'dispensary_2024-03.zip', 'application/zip')


# =============================================================================
# phi-struct
# =============================================================================
@reg('phi', 'struct', 'Kimberly Truong')
def struct1():
    m = new('Meridian Interface Support <interfaces@meridianreflab.example>', MARI,
            'Result not filed - unmatched patient - MRL88214455', cc='Atrium Support <support@atriumdpc.example>')
    hl7 = '\n'.join([
        'MSH|^~\\&|MERIDIAN|MRL|ATRIUM|LARKSPURDPC|20240319061522||ORU^R01|MRL20240319061522044|P|2.5.1',
        'PID|1||00418827^^^LARKSPUR^MR~MRL5530912^^^MRL^PI||TRUONG^KIMBERLY^L||19870214|F|||915 BASALT ST^^MILLBROOK^CO^80599||^PRN^PH^^1^970^5550177',
        'PV1|1|O|LARKSPUR^^^DPC||||1598273640^FELDSTEIN^NAOMI',
        'ORC|RE|LK240318-07|MRL88214455||CM',
        'OBR|1|LK240318-07|MRL88214455|83036^HEMOGLOBIN A1C^CPT|||20240318083000|||||||||1598273640^FELDSTEIN^NAOMI||||||20240319055800|||F',
        'OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total^LN||6.9|%|4.0-5.6|H|||F|||20240319055800',
        'OBX|2|NM|2345-7^Glucose^LN||142|mg/dL|70-99|H|||F|||20240319055800',
        'NTE|1||Fasting status: not fasting per requisition'])
    return text(m, """Hello Larkspur team,

The ORU below was rejected by your Atrium endpoint at 06:15 MT with
"AE - patient not found (MRN/DOB mismatch)". Our requisition has DOB
02/14/1987; please verify against your chart and either correct the
demographics in Atrium or reply with the right identifiers and we will
resend. A paper copy was faxed to (970) 555-0149.

Raw message:

%s

Thank you,
Meridian Reference Laboratory - Interface Support
(970) 555-0102
""" % hl7)


@reg('phi', 'struct', 'Babatunde Oyelowo')
def struct2():
    m = new('HIE Notifications <alerts@frontrangehie.example>', FELD,
            'Encounter alert: ED discharge (1 message attached)')
    text(m, """You are receiving this alert because a patient on your Larkspur Direct
Primary Care attribution panel had an encounter. The HL7 ADT message is
attached. Log in to the Front Range HIE portal to view the full record.

Event: A03 - Discharge
Facility: Mercy Plains Hospital - Emergency Department

Manage alert preferences: https://portal.frontrangehie.example/alerts
""")
    segs = [
        'MSH|^~\\&|MERCYPLAINS|MPH|FRHIE|FRHIE|20240322231845||ADT^A03^ADT_A03|MPH0322231845771|P|2.5.1',
        'EVN|A03|20240322231500',
        'PID|1||MPH2209184^^^MPH^MR||OYELOWO^BABATUNDE^A||19740909|M|||77 CANYON VIEW DR^^MILLBROOK^CO^80599||^PRN^PH^^1^970^5550108|||||||||||||||N',
        'PD1|||LARKSPUR DIRECT PRIMARY CARE^^^^^^^^^LKDPC|1730495286^IBARRA^RAFAEL',
        'PV1|1|E|ED^14^A^MPH||||4412093871^SANTOS^LUIS^^^MD|||EM||||7|||||V20240322184|||||||||||||||||01|||MPH|||||20240322184400|20240322231500',
        'DG1|1||R07.89^Other chest pain^I10|||W',
        'DG1|2||I10^Essential (primary) hypertension^I10|||W',
        'PR1|1||93005^ECG tracing^CPT||20240322190100',
        'ZDS|1|Discharged home, follow up with PCP in 2-3 days']
    return attach(m, '\r'.join(segs).encode() + b'\r', 'ADT_A03_MPH0322231845771.hl7', 'application/hl7-v2')


@reg('phi', 'struct', 'Ji-hoon Park')
def struct3():
    m = new(DEVIN, COLL, 'eligibility check for Park - travel vax reimbursement')
    x = '\n'.join([
        'ISA*00*          *00*          *ZZ*CLRHOUSE5521   *ZZ*LARKSPURDPC    *240320*1412*^*00501*000004417*0*P*:~',
        'GS*HB*CLRHOUSE5521*LARKSPURDPC*20240320*1412*4417*X*005010X279A1~',
        'ST*271*0001*005010X279A1~',
        'BHT*0022*11*LK27044170*20240320*1412~',
        'HL*1**20*1~',
        'NM1*PR*2*SUMMIT MUTUAL HEALTH*****PI*60217~',
        'HL*2*1*21*1~',
        'NM1*1P*2*LARKSPUR DIRECT PRIMARY CARE*****XX*1598273640~',
        'HL*3*2*22*0~',
        'TRN*2*LK270-20240320-0031*9876543210~',
        'NM1*IL*1*PARK*JI-HOON****MI*XJH449120385~',
        'REF*6P*GRP0048821*QUILLON ARCHITECTS~',
        'N3*1200 SPRUCE ST APT 5~',
        'N4*MILLBROOK*CO*80599~',
        'DMG*D8*19920611*M~',
        'DTP*346*D8*20240101~',
        'EB*1*IND*30**PPO PLUS~',
        'EB*C*IND*30***23*1500*****Y~',
        'EB*A*IND*1***27**.2****Y~',
        'EB*B*IND*98***27*35*****Y~',
        'MSG*TRAVEL IMMUNIZATIONS COVERED OUT OF NETWORK AT 60% AFTER DEDUCTIBLE~',
        'SE*20*0001~',
        'GE*1*4417~',
        'IEA*1*000004417~'])
    return text(m, """Colleen -- ran the 270 on Ji-hoon Park's Quillon plan since he asked if his
insurance would pay back the Ixiaro and rabies shots. Raw 271 below. Short
version: deductible $1,500 not met, travel shots reimbursed out-of-network at
60%% after that. So he should pay us and submit the superbill himself. Can you
put that in his visit note / tell him when he's in Thursday?

%s

Devin
""" % x)


@reg('phi', 'struct', 'Esperanza Morales')
def struct4():
    m = new('ClearPath Claims <rejections@clearpathedi.example>', DEVIN,
            'REJECTED: 837P batch LK0318B - 1 claim (subscriber ID invalid)')
    text(m, """Batch:      LK0318B
Submitted:  03/18/2024 16:02
Accepted:   0
Rejected:   1

Claim LKC-2024-0311 rejected by payer 60217 (Summit Mutual Health):
  2010BA NM109 - Subscriber primary identifier invalid or not found.

The rejected claim file is attached for your records. Correct and resubmit
through the ClearPath portal.

ClearPath EDI Services - this mailbox is not monitored.
""")
    segs = [
        'ISA*00*          *00*          *ZZ*LARKSPURDPC    *ZZ*CLRHOUSE5521   *240318*1602*^*00501*000003318*1*P*:',
        'GS*HC*LARKSPURDPC*CLRHOUSE5521*20240318*1602*3318*X*005010X222A1',
        'ST*837*0001*005010X222A1',
        'BHT*0019*00*LK0318B*20240318*1602*CH',
        'NM1*41*2*LARKSPUR DIRECT PRIMARY CARE*****46*LKDPC01',
        'PER*IC*DEVIN HOLLOWAY*TE*9705550142',
        'NM1*40*2*SUMMIT MUTUAL HEALTH*****46*60217',
        'HL*1**20*1',
        'NM1*85*2*LARKSPUR DIRECT PRIMARY CARE*****XX*1598273640',
        'N3*2210 ALDER RIDGE PKWY STE 140', 'N4*MILLBROOK*CO*80599', 'REF*EI*840000517',
        'HL*2*1*22*0', 'SBR*P*18*GRP0077310******CI',
        'NM1*IL*1*MORALES*ESPERANZA****MI*SMH55012O884',
        'N3*4021 MESA VERDE LN', 'N4*MILLBROOK*CO*80599', 'DMG*D8*19850723*F',
        'NM1*PR*2*SUMMIT MUTUAL HEALTH*****PI*60217',
        'CLM*LKC-2024-0311*398.00***11:B:1*Y*A*Y*Y',
        'HI*ABK:Z2989',
        'LX*1', 'SV1*HC:90717*214.00*UN*1***1', 'DTP*472*D8*20240311',
        'LX*2', 'SV1*HC:90691*118.00*UN*1***1', 'DTP*472*D8*20240311',
        'LX*3', 'SV1*HC:90471*33.00*UN*1***1', 'DTP*472*D8*20240311',
        'LX*4', 'SV1*HC:90472*33.00*UN*1***1', 'DTP*472*D8*20240311',
        'SE*33*0001', 'GE*1*3318', 'IEA*1*000003318']
    data = '~\n'.join(segs) + '~\n'
    return attach(m, data.encode(), 'LK0318B_837P_rejected.x12', 'application/edi-x12')


@reg('phi', 'struct', 'Benedikt Hoffmann-Sauer')
def struct5():
    m = new(COLL, 'Registry Help Desk <helpdesk@frimmreg.example>', 'FHIR submission error - travel vaccines 3/14')
    text(m, """Hello,

Our batch upload to the Front Range Immunization Registry bounced this one
record with "Immunization.vaccineCode not recognized" on the second entry.
I've attached the JSON our system generated. Is the CVX for Typhim Vi wrong,
or is it the lot number format? The yellow fever one seemed to go through.

Thank you,
""" + SIG_COLL + '\n')
    bundle = {
        "resourceType": "Bundle", "type": "transaction",
        "entry": [
            {"fullUrl": "urn:uuid:6f1c2a4e-90b1-4d3e-a7f2-1c88e0d4b921",
             "resource": {"resourceType": "Patient",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": "LK-27731"}],
                          "name": [{"family": "Hoffmann-Sauer", "given": ["Benedikt", "Johannes"]}],
                          "gender": "male", "birthDate": "1979-10-28",
                          "address": [{"line": ["608 Larch Ct"], "city": "Millbrook", "state": "CO", "postalCode": "80599"}],
                          "telecom": [{"system": "phone", "value": "970-555-0135"}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "37", "display": "yellow fever vaccine"}]},
                          "patient": {"reference": "urn:uuid:6f1c2a4e-90b1-4d3e-a7f2-1c88e0d4b921"},
                          "occurrenceDateTime": "2024-03-14", "lotNumber": lot(),
                          "site": {"text": "left deltoid"}, "route": {"text": "subcutaneous"},
                          "performer": [{"actor": {"display": "Colleen Mahoney RN"}}]},
             "request": {"method": "POST", "url": "Immunization"}},
            {"resource": {"resourceType": "Immunization", "status": "completed",
                          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "101-VI", "display": "typhoid Vi capsular polysaccharide"}]},
                          "patient": {"reference": "urn:uuid:6f1c2a4e-90b1-4d3e-a7f2-1c88e0d4b921"},
                          "occurrenceDateTime": "2024-03-14", "lotNumber": lot().lower(),
                          "site": {"text": "right deltoid"}, "route": {"text": "intramuscular"}},
             "request": {"method": "POST", "url": "Immunization"}}]}
    return attach(m, json.dumps(bundle, indent=2).encode(), 'immz_LK-27731_20240314.json', 'application/fhir+json')


@reg('phi', 'struct', 'Aaliyah Rahman')
def struct6():
    m = new('Larkspur Website <no-reply@%s>' % DOM, TRAVEL, 'New submission: Travel Consultation Intake')
    body = """A new form was submitted on larkspurdpc.example/travel

Form: Travel Consultation Intake (v3)
Submitted: 2024-03-22 21:14 MDT

Full name: Aaliyah Rahman
Date of birth: 06/02/1996
Member?: No - interested in travel-only visit
Phone: (970) 555-0122
Email: aaliyah.rahman@mailhaven.example
Destination(s): Bangladesh (Dhaka, Sylhet), then Maldives
Departure date: 05/10/2024
Return date: 06/14/2024
Reason for travel: Visiting family / wedding
Pregnant or planning pregnancy: Currently 14 weeks pregnant
Current medications: prenatal vitamin, levothyroxine 75 mcg
Allergies: penicillin (hives)
Prior travel vaccines: Typhoid oral (2017), Hep A x2 (childhood?)
Egg/latex allergy: No
Questions for clinician: Is malaria medicine safe in pregnancy? Which shots
  can I get while pregnant? My OB said to ask a travel clinic.

How did you hear about us: Friend
"""
    return text(m, body)


@reg('phi', 'struct', 'Augustin Delacroix-Mbeki')
def struct7():
    m = new(DEVIN, FELD, 'Atrium export - Q1 chronic care visits (fixed width)')
    rows = [('LK-10332', 'DELACROIX-MBEKI', 'AUGUSTIN', '19500412', 'IND65', '20240307', 'METOPROLOL 25 BID; ATORVA 40'),
            ('LK-10917', 'HUERTA', 'ROSALINDA', '19620830', 'FAM', '20240214', 'METFORMIN 1000 BID'),
            ('LK-11204', 'BJORKLUND', 'ESKIL', '19571103', 'IND65', '20240129', 'LEVOTHYROXINE 88'),
            ('LK-12488', 'MAHLANGU', 'THANDIWE', '19810119', 'CORP-Q', '20240305', 'SERTRALINE 50'),
            ('LK-13075', 'WHITLOCK', 'GORDON', '19590617', 'IND', '20240314', 'LISINOPRIL 20'),
            ('LK-13320', 'FITZPATRICK', 'NORA', '19440225', 'IND65', '20240311', 'FUROSEMIDE 20; KCL 10'),
            ('LK-14002', 'ZIELINSKI', 'TOMASZ', '19770908', 'FAM', '20240220', 'ALBUTEROL HFA; FLUTICASONE')]
    hdr = '%-10s%-18s%-12s%-9s%-7s%-9s%-30s' % ('MEMBERID', 'LAST', 'FIRST', 'DOB', 'PLAN', 'LASTVST', 'DISPENSED_ACTIVE')
    lines = [hdr] + ['%-10s%-18s%-12s%-9s%-7s%-9s%-30s' % r for r in rows]
    txt = '\n'.join(l.rstrip() for l in lines) + '\n'
    text(m, """Naomi,

Here's the Q1 chronic-care visit export you wanted for the quality review. It
came out of Atrium as a fixed-width file (cols: member 1-10, last 11-28, first
29-40, DOB 41-48, plan 49-55, last visit 56-64, active dispensed 65+). I
pasted the first few rows below so you can see the layout; full file attached.

%s
Devin
""" % txt)
    full = txt
    extra = [('LK-14519', 'ABERNATHY', 'LOU ANN', '19490818', 'IND65', '20240108', 'INSULIN GLARGINE 22U'),
             ('LK-15060', 'OKONJO', 'IFEOMA', '19880504', 'FAM', '20240226', 'NIFEDIPINE XL 30')]
    full += ''.join(('%-10s%-18s%-12s%-9s%-7s%-9s%-30s' % r).rstrip() + '\n' for r in extra)
    return attach(m, full, 'ATRIUM_Q1_CHRONIC.txt', 'text/plain')


# =============================================================================
# phi-lang
# =============================================================================
@reg('phi', 'lang', 'Rosa Elena Villalobos')
def lang1():
    m = new('Rosa Elena Villalobos <rosaelena.v@correo-rapido.example>', FELD,
            'Reacción a la vacuna de tifoidea')
    return text(m, """Buenas tardes, doctora Feldstein:

Le escribo porque el martes me pusieron la vacuna contra la fiebre tifoidea en
su clínica (me la puso la enfermera Colleen) y desde ayer tengo el brazo derecho
muy hinchado, rojo y caliente, más o menos del tamaño de la palma de mi mano.
Anoche tuve fiebre de 38.2 y me tomé un Tylenol. Hoy me siento un poco mejor
pero el brazo sigue igual.

¿Es normal? ¿Debo ir a urgencias o puedo pasar mañana por la clínica? Viajo a
Guatemala el día 12 y no sé si esto afecta el viaje o las pastillas para la
malaria que me dieron.

Muchas gracias,
Rosa Elena Villalobos
Fecha de nacimiento: 12/05/1974
Socia n.º LK-26671
""", charset='iso-8859-1', cte='quoted-printable')


@reg('phi', 'lang', 'Соколова Валентина Петровна')
def lang2():
    m = new('Ирина Соколова <irina.sokolova@pochta-mail.example>', FELD,
            'Мама - пульс после увеличения дозы')
    return text(m, """Здравствуйте, доктор Фельдштейн!

Пишу по поводу моей мамы.
Пациентка: Соколова Валентина Петровна, дата рождения 03.08.1946.

После того как на прошлой неделе вы увеличили ей дозу метопролола до 50 мг
два раза в день, у неё пульс утром 50-52, и она жалуется на слабость и
головокружение, когда встаёт с кровати. Давление сегодня утром 108/64.
Вчера она чуть не упала в ванной.

Может быть, вернуть прежнюю дозу? Или лучше привезти её к вам на приём? Мы
можем приехать в четверг после обеда. Мама по-английски почти не говорит,
поэтому пишу я. Лекарство мы получаем у вас в клинике, осталось примерно на
две недели.

С уважением,
Ирина Соколова (дочь)
тел. (970) 555-0147
""", charset='koi8-r', cte='base64')


@reg('phi', 'lang', 'Trần Văn Minh')
def lang3():
    m = new('Tran Quoc Huy <huy.tranquoc@mailhaven.example>', IBAR,
            'Kết quả xét nghiệm máu của bố tôi - Trần Văn Minh')
    return text(m, """Kính gửi bác sĩ Ibarra,

Tôi là Trần Quốc Huy, con trai của ông Trần Văn Minh (ngày sinh 15/04/1952,
mã hội viên LK-19384). Bố tôi đã đến phòng khám thử máu sáng thứ Hai tuần
trước. Bác sĩ đã có kết quả chưa ạ? Bố tôi không đọc được tiếng Anh nên không
hiểu tin nhắn trên ứng dụng.

Lần trước bác sĩ có nói là nếu đường huyết vẫn cao thì sẽ phải tăng liều thuốc.
Bố tôi đang uống metformin 500mg ngày hai lần. Gần đây bố hay bị tê chân và đi
tiểu nhiều vào ban đêm.

Nếu cần, tôi có thể đưa bố đến khám vào thứ Sáu. Xin bác sĩ gọi cho tôi theo số
(970) 555-0153.

Cảm ơn bác sĩ nhiều.
Huy
""", cte='base64')


@reg('phi', 'lang', '王丽华')
def lang4():
    m = new('Wang Lihua <wanglihua79@qmail.example>', COLL, '乙肝疫苗第二针预约')
    return text(m, """Colleen 护士您好：

我是王丽华，会员号 LK-30952，出生日期 1979年8月3日。我上个月十五号在你们诊所
打了第一针乙肝疫苗（Heplisav-B），您说一个月以后要打第二针。我下个月十号要回
上海探亲，想在走之前打完第二针。

另外，上次抽血的结果您说我的肝功能指标有一点高，费尔德斯坦医生还没有跟我解释。
请问需要复查吗？会不会影响打疫苗？

我星期二和星期四上午有空。谢谢！

王丽华
电话：(970) 555-0168
""", charset='gb2312', cte='base64')


@reg('phi', 'lang', 'يوسف خالد الشمري')
def lang5():
    m = new('Huda Al-Shammari <huda.alshammari@inboxly.example>', FELD, 'شهادة تطعيمات ابني يوسف')
    body = """السلام عليكم دكتورة فيلدستين،

أنا هدى الشمري، أم يوسف. نحن مسافرون إلى عمّان في الأردن في شهر مايو لزيارة
الأهل، وسنبقى شهرين. ابني يوسف خالد الشمري (تاريخ الميلاد 12/09/2016) يحتاج
إلى نسخة من سجل التطعيمات باللغة الإنجليزية للمدرسة الصيفية هناك.

أيضاً، الممرضة قالت في الزيارة الماضية إن يوسف لم يأخذ الجرعة الثانية من لقاح
الحصبة (MMR). هل يمكن أن يأخذها قبل السفر؟ وهل يحتاج لقاح التيفوئيد؟ هو عنده
حساسية من البيض.

رقم العضوية للعائلة: LK-28840

شكراً جزيلاً،
هدى الشمري
(970) 555-0179
"""
    inner = '<div dir="rtl" style="text-align:right">' + to_html(body) + '</div>'
    return alt(m, body, inner, cte='base64')


@reg('phi', 'lang', 'Thiago Nascimento Rocha')
def lang6():
    m = new('Thiago Rocha <thiago.nrocha@correo-rapido.example>', TRAVEL,
            'Consulta de viagem - Angola (malária e febre amarela)')
    body = """Olá, boa tarde!

Meu nome é Thiago Nascimento Rocha, trabalho na Norrland Freight (setor de
manutenção) e o RH disse que o plano da empresa cobre a consulta de viagem.
Vou para Luanda e depois Benguela a trabalho no dia 28 de abril, fico umas 5
semanas.

Tomei a vacina de febre amarela no Brasil em 2010, mas perdi o cartão amarelo.
Preciso tomar de novo ou vocês conseguem fazer um certificado novo? Também vou
precisar do remédio para malária.

Uma coisa importante: tomo losartana 50 mg por causa da pressão e já tive uma
reação forte (manchas vermelhas no corpo todo) com Bactrim.

Meu telefone é (970) 555-0126. Data de nascimento: 22/11/1988.

Obrigado!
Thiago
"""
    return alt(m, body, cte='quoted-printable')


@reg('phi', 'lang', 'Marie-Claude Jean-Baptiste')
def lang7():
    m = new('Marie-Claude Jean-Baptiste <mcjeanbaptiste@fastpost.example>', IBAR, 'Rezilta tès san mwen')
    return text(m, """Bonjou Doktè Ibarra,

Se Marie-Claude Jean-Baptiste ki ekri w. Mwen te vin fè tès san nan klinik la
jou lendi 18 mas la. Enfimyè a te di m doktè a ap rele m, men pèsonn poko rele m.

Mwen enkyete paske dènye fwa a sik nan san m te wo e ou te di si li toujou wo
n ap bezwen chanje medikaman an. M ap pran metfòmin nan chak maten ak chak
aswè jan ou te di m nan. Pye m ap boule m lannwit tou.

Tanpri rele m nan (970) 555-0114 apre 4è, oswa voye yon mesaj. Mwen pa li angle
byen, si gen yon moun ki pale kreyòl oswa franse se t ap pi bon.

Mèsi anpil,
Marie-Claude
Dat nesans: 02/09/1967
""", cte='8bit')


@reg('phi', 'lang', 'Corazon Dimaculangan')
def lang8():
    d0 = rdate(day=30, hour=9)
    m = new('Joy Macaraeg RN <jmacaraeg@%s>' % DOM, COLL, 'Mrs. Dimaculangan - resched B12, may lagnat',
            cc=FELD, date=d0)
    return text(m, """Hi Colleen,

Si Mrs. Corazon Dimaculangan tumawag kanina, nagpa-reschedule ng B12 shot niya
kasi nilalagnat daw siya since Sunday, 38.4 kagabi, may ubo at sipon, tapos
medyo hinihingal daw pag umaakyat ng hagdan. Sabi ko huwag muna pumunta sa
clinic para hindi makahawa, and I told her I'd let Dr. F know. Pwede bang
i-telehealth siya bukas ng umaga? She's 74 and lives alone, medyo worried ako.

Also, yung anak niya na si Ramon is asking kung pwede na ba siyang bigyan ng
Shingrix #2 next week once magaling na siya.

Nilagay ko na sa Atrium yung phone note. Salamat!
Joy

--
Joy Macaraeg, RN (per diem)
Larkspur Direct Primary Care
""")


# =============================================================================
# clean-staff
# =============================================================================
@reg('clean', 'staff')
def staff1():
    m = new(DEVIN, TEAM, 'April on-call + after-hours text line')
    return text(m, """Hi all,

April on-call is below. The after-hours member text line (970-555-0100)
forwards to whoever is on; if you swap, update it in the phone portal AND tell
me so the website banner matches.

Week of      Physician on call       Cell             Nurse backup (vaccine/travel Qs)
-----------  ----------------------  ---------------  --------------------------------
Apr 1-7      Naomi Feldstein, MD     (970) 555-0181   Colleen Mahoney, RN  555-0182
Apr 8-14     Rafael Ibarra, DO       (970) 555-0183   Joy Macaraeg, RN     555-0184
Apr 15-21    Naomi Feldstein, MD     (970) 555-0181   Colleen Mahoney, RN  555-0182
Apr 22-28    Lena Okwuosa, MD *      (970) 555-0186   Joy Macaraeg, RN     555-0184
Apr 29-May 5 Rafael Ibarra, DO       (970) 555-0183   Colleen Mahoney, RN  555-0182

* Dr. Okwuosa is covering from Ridgeline DPC while Naomi is at the travel
  health conference. She has view-only Atrium access starting 4/19; she can't
  dispense from our stock, so anything needing meds waits for Monday or goes
  to a retail pharmacy.

Expected response time on the text line is still 2 hours after-hours, 30 min
during clinic hours.

Thanks,
Devin
""")


@reg('clean', 'staff')
def staff2():
    m = new(DEVIN, TEAM, 'Updated staff directory (new ext for Joy)')
    rows = [('Naomi Feldstein', 'Physician / Owner', 'MD, ABFM', '1598273640', '11', '(970) 555-0181'),
            ('Rafael Ibarra', 'Physician', 'DO, CTH', '1730495286', '12', '(970) 555-0183'),
            ('Colleen Mahoney', 'Travel Health Nurse', 'RN, BSN, CTH', '-', '14', '(970) 555-0182'),
            ('Joy Macaraeg', 'Nurse (per diem)', 'RN', '-', '15', '(970) 555-0184'),
            ('Marisol Quintero', 'Lab &amp; Dispensary', 'CMA (AAMA)', '-', '16', '(970) 555-0187'),
            ('Tasha Greer', 'Front Desk / Membership', '', '-', '1', '(970) 555-0188'),
            ('Devin Holloway', 'Practice Manager', 'MHA', '-', '4', '(970) 555-0189')]
    trs = '\n'.join('<tr>' + ''.join('<td style="border:1px solid #bbb;padding:3px 8px">%s</td>' % c for c in r) + '</tr>' for r in rows)
    inner = """<p>Hi team &mdash; Joy now has her own extension (15). Updated directory below; it's also pinned in the shared drive under Admin &gt; Directory.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8efe9"><th>Name</th><th>Role</th><th>Credentials</th><th>NPI</th><th>Ext</th><th>Cell</th></tr>
%s
</table>
<p>Main line (970) 555-0142 &middot; Fax (970) 555-0149 &middot; After-hours text (970) 555-0100</p>
<p>Devin</p>""" % trs
    return htmlonly(m, inner)


@reg('clean', 'staff')
def staff3():
    m = new(IBAR, FELD + ', ' + COLL + ', Joy Macaraeg RN <jmacaraeg@%s>' % DOM,
            'YF vaccine stock + how we handle 60+ travelers')
    return text(m, """Team,

Two travel things before the spring rush:

1) Stamaril supply. Vaxport says allocation is limited through May. We have
   14 doses on hand. Please don't pull a dose until the traveler is actually
   in the room and consented -- we wasted two last month on no-shows.

2) Older travelers and YF. Reminder of how we've agreed to handle it, since
   we're booking a lot of retirees for safaris and Amazon cruises:
   - Anyone 60+ gets a physician conversation before the vaccine, not just
     the nurse visit. The serious adverse event rate is higher in that group.
   - Look hard at the itinerary. A lot of cruise itineraries don't actually
     require YF for entry and the risk may be low; a medical waiver letter
     can be the better choice.
   - Thymus history, immunosuppressing meds and live-vaccine timing are the
     main contraindication checks -- use the screening form, page 2.
   - Document the risk discussion in the travel template, there's a
     checkbox now.

3) I'll do a 15-minute refresher on malaria prophylaxis choice at Thursday's
   huddle (atovaquone-proguanil vs doxy vs mefloquine vs tafenoquine, and
   how to talk about cost). Bring questions.

Rafael
""")


@reg('clean', 'staff')
def staff4():
    m = new(MARI, COLL + ', ' + DEVIN, 'Vaccine fridge/freezer temp log - week of 3/18')
    text(m, """Attached is last week's temp log for the vaccine fridge and freezer. All
readings in range; the Tuesday 2 pm fridge reading of 7.6 C was right after
restocking from the Vaxport delivery (door open ~4 min), back to 4.9 C by the
2:30 recheck. Data logger download matches.

Marisol
""")
    rows = [['date', 'time', 'fridge_C', 'fridge_min', 'fridge_max', 'freezer_C', 'initials']]
    for d in range(18, 23):
        for t in ('08:00', '14:00'):
            f = round(random.uniform(3.6, 5.6), 1)
            rows.append(['2024-03-%02d' % d, t, 7.6 if (d == 19 and t == '14:00') else f,
                         round(f - random.uniform(0.4, 1.2), 1), round(f + random.uniform(0.3, 1.4), 1),
                         round(random.uniform(-22.5, -18.2), 1), random.choice(['MQ', 'CM', 'JM'])])
    return attach(m, csv_text(rows), 'temp_log_2024-03-18.csv', 'text/csv')


@reg('clean', 'staff')
def staff5():
    d0 = rdate(day=25, hour=10)
    m = new(MARI, TASHA, 'Re: Friday 4/12 front desk coverage', cc=DEVIN,
            date=d0 + datetime.timedelta(hours=1, minutes=20), inreply=True)
    orig = """Hi Marisol,

I'm out Friday 4/12 for my sister's wedding in Tucson (flying out Thursday
night). Any chance you could cover the front 8-12? Joy said she can do 12-4.
I'll leave a cheat sheet for the card reader and the new member packet.

Tasha"""
    return text(m, """Yes, I can do 8-12. I'll move the morning lab draws to 7:30-8 so I'm not
doing both. Have fun!! Send pictures.

Devin, can you forward the main line to my desk phone that morning?

M.

On %s, Tasha Greer <frontdesk@%s> wrote:
%s
""" % (fmt_short(d0), DOM, quote(orig)))


@reg('clean', 'staff')
def staff6():
    m = new(DEVIN, TEAM, 'License & BLS renewal tracker - 2024')
    return text(m, """Hi everyone -- annual reminder. Here's what I have on file. Please send me a
copy of anything you've renewed that still shows old dates here.

Name               Credential         License #           Lic. exp    BLS exp     Other
-----------------  -----------------  ------------------  ----------  ----------  -----------------------
Naomi Feldstein    MD                 CO DR.0061842       04/30/2025  08/2025     DEA on file, exp 2026
Rafael Ibarra      DO                 CO DR.0070315       04/30/2025  05/2024 !!  CTH (ISTM) 2027
Colleen Mahoney    RN                 CO RN.1744920       09/30/2025  11/2025     CTH (ISTM) 2026
Joy Macaraeg       RN                 CO RN.1890231       09/30/2024  04/2024 !!
Marisol Quintero   CMA (AAMA)         cert #448120        12/31/2026  10/2025     CLIA waived training
Tasha Greer        --                 --                  --          06/2025     (front desk, optional)

Rafael and Joy: BLS expires this spring. The Red Cross class at the library is
April 20, 9-1, and the practice pays. Reply and I'll register you.

Devin
""")


@reg('clean', 'staff')
def staff7():
    m = new(FELD, TEAM, 'Measles calls - phone script for front desk + nurses')
    body = """Hi all,

We've had about 15 calls this week asking about measles because of the news
and spring break travel. Here's the script so we answer the same way. None of
this requires a visit unless the person wants a shot or a titer.

Q: Do I need a measles booster before I travel?
- Adults born before 1957: considered immune, no shot needed.
- Anyone with two documented MMR doses: done, no booster.
- Adults with one documented dose or no records: offer one MMR (travelers
  get a second dose 28 days later if no records at all).
- Babies 6-11 months traveling internationally can get an early dose --
  route these to a nurse, don't schedule from the desk.

Q: Can you check if I'm immune?
- Yes, a measles IgG titer is included for members; non-members $38.

Q: Is it covered by membership?
- MMR is at our cost ($92) for members; the visit itself is included.

If someone says they have a rash and fever, DON'T bring them into the
waiting room -- nurse calls them back and we arrange an end-of-day or car
visit.

Naomi
"""
    return alt(m, body)


# =============================================================================
# clean-admin
# =============================================================================
@reg('clean', 'admin')
def admin1():
    m = new('Vaxport Distribution AR <ar@vaxport.example>', DEVIN, 'Invoice VX-2024-118847 - Larkspur Direct Primary Care')
    text(m, """Dear Customer,

Please find attached invoice VX-2024-118847 for your order shipped 03/18/2024
(cold chain, 2-day). Payment terms Net 30. Remit via ACH to the account on the
invoice or pay online in the Vaxport customer portal.

Thank you for your business.

Vaxport Distribution - Accounts Receivable
(800) 555-0119
""")
    items = [('Stamaril yellow fever 1 dose vial', '49281-0915-01', 10, 182.40),
             ('Typhim Vi 0.5 mL PFS', '49281-0790-51', 10, 98.15),
             ('Vivotif oral caps 4ct', '69401-0000-02', 6, 104.90),
             ('Havrix 1440 EL.U PFS', '58160-0826-52', 10, 71.30),
             ('Ixiaro 0.5 mL PFS', '42515-0001-01', 4, 331.00),
             ('Imovax Rabies 1 mL', '49281-0250-51', 4, 389.75)]
    lines = ['VAXPORT DISTRIBUTION', '1400 Cold Chain Way, Dock 9, Aurora CO 80099', '',
             'INVOICE VX-2024-118847          Date: 03/18/2024      Terms: Net 30',
             'Bill to: Larkspur Direct Primary Care LLC, Attn: Accounts Payable',
             '         2210 Alder Ridge Pkwy Ste 140, Millbrook CO 80599',
             'Customer #: C-004771      PO: LK-PO-0312', '',
             'Description                          NDC             Qty   Unit      Ext']
    tot = 0
    for desc, ndc, q, u in items:
        lines.append('%-36s %-15s %3d  %8.2f  %9.2f' % (desc, ndc, q, u, q * u))
        tot += q * u
    lines += ['', 'Lot numbers and expirations are listed on the packing slip.',
              '%66s %9.2f' % ('Subtotal', tot), '%66s %9.2f' % ('Cold chain shipping', 48.00),
              '%66s %9.2f' % ('TOTAL DUE', tot + 48.00)]
    return attach(m, pdf(lines, 'Invoice VX-2024-118847'), 'VX-2024-118847.pdf', 'application/pdf')


@reg('clean', 'admin')
def admin2():
    m = new('Atrium DPC Support <support@atriumdpc.example>', DEVIN,
            'Action required: multi-factor authentication enforced April 15')
    body = """Hello Devin,

Starting April 15, 2024, Atrium will require multi-factor authentication (MFA)
for every user on your practice account (Larkspur Direct Primary Care, 7 seats).

What you need to do before April 15:
1. Each user signs in and goes to Settings > Security > Set up MFA.
2. Choose an authenticator app (recommended) or SMS.
3. Save the backup codes somewhere safe.

Users who haven't enrolled by April 15 will be prompted at next sign-in and
cannot access member charts, messaging or the dispensary module until they
finish setup.

Admins can see enrollment status under Admin > Users. As of today, 3 of 7
users on your account have enrolled.

Questions? Reply to this email or call (888) 555-0160.

The Atrium DPC Team
"""
    return alt(m, body)


@reg('clean', 'admin')
def admin3():
    m = new('Ridgeview Property Mgmt <maintenance@ridgeviewpm.example>', DEVIN,
            'Alder Ridge Pkwy bldg - electrical shutdown Sat 3/30 6am-2pm')
    return text(m, """Hello tenants,

Xcel-contracted electricians will replace the main switchgear for 2210 Alder
Ridge Pkwy on Saturday 3/30 from 6:00 AM to approx. 2:00 PM. All suites will
be without power, including HVAC and elevators.

Suite 140 (Larkspur): per your request we will run a temporary extension from
the portable generator to your two refrigeration units. Our electrician will
connect them at 5:45 AM. Please make sure someone is on site to confirm the
units are running, and have your own backup plan as we can't guarantee the
generator.

Please also shut down computers and servers Friday evening.

Thank you,
Gil Marchetti
Ridgeview Property Management
(970) 555-0111
""")


@reg('clean', 'admin')
def admin4():
    d0 = rdate(day=18, hour=15)
    m = new(DEVIN, 'Priya Venkataraman <pvenkataraman@norrlandfreight.example>',
            'RE: Renewal - Norrland employer membership 2024-25',
            cc=FELD, date=d0 + datetime.timedelta(days=1), inreply=True)
    orig = """Hi Devin,

Leadership approved moving forward with year 2. Can you send the renewal
terms? We'd like to keep the onsite days and add the travel consults for our
international drivers. Our headcount on the plan is about 140 now.

Priya"""
    return text(m, """Hi Priya,

Great news, thank you. Proposed renewal terms (effective May 1):

- Employer membership: $68 per enrolled employee per month (was $65),
  dependents optional at $35/month paid by the employee.
- Current enrollment per our billing: 142 employees, 37 dependents.
- Two onsite wellness days per year included; additional days $1,200 each.
- DOT physicals: $85 each, invoiced monthly.
- Travel consults for employees traveling on company business: visit
  included; vaccines and travel meds billed at our cost plus 10%%.
- 60-day termination for convenience, same as year 1.

I'll send the redlined agreement by Friday. Our reporting to Norrland stays
aggregate only (enrollment counts, visit volume) -- same as this year.

Best,
Devin

%s

On %s, Priya Venkataraman <pvenkataraman@norrlandfreight.example> wrote:
%s
""" % (SIG_DEVIN, fmt_short(d0), quote(orig)))


@reg('clean', 'admin')
def admin5():
    m = new(DEVIN, FELD + ', ' + IBAR, 'DRAFT - membership price update for July 1')
    rows = [('Individual 18-29', '$59', '$59', '--'), ('Individual 30-64', '$85', '$89', '+$4'),
            ('Individual 65+', '$115', '$119', '+$4'), ('Child (with adult member)', '$25', '$25', '--'),
            ('Family cap (2 adults + kids)', '$239', '$249', '+$10'), ('Enrollment fee (one-time)', '$75', '$50', '-$25'),
            ('Travel consult - member', '$75', '$75', '--'), ('Travel consult - non-member', '$150', '$165', '+$15')]
    trs = '\n'.join('<tr>%s</tr>' % ''.join('<td style="padding:3px 10px;border-bottom:1px solid #ddd">%s</td>' % c for c in r) for r in rows)
    inner = """<p>Naomi, Rafael &mdash; here's the draft for July 1. Main reason is Atrium + malpractice increases; the lower enrollment fee is to help family sign-ups. Please mark up by next Wednesday so I can give members 60 days' notice.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr style="font-weight:bold"><td>Plan</td><td>Current / mo</td><td>Proposed / mo</td><td>Change</td></tr>
%s
</table>
<p>Vaccines and dispensed meds stay at cost + dispensing fee. Existing annual prepay members keep their rate until renewal.</p>
<p>Devin</p>""" % trs
    return htmlonly(m, inner)


@reg('clean', 'admin')
def admin6():
    m = new(DEVIN, TEAM, 'Ops meeting notes 3/20')
    body = """Ops meeting 3/20 -- notes

Present: Naomi, Rafael, Colleen, Marisol, Tasha, Devin (Joy absent)

1. Phones/texts: average first response to member texts in Feb was 41 min in
   clinic hours. Goal stays 30. Tasha will triage "admin" texts (billing,
   scheduling) so clinicians only see clinical ones.
2. Travel season: 62 travel consults booked for April-May, up from 44 last
   year. Colleen to add a second travel block on Wednesdays.
3. Dispensary: switching generic wholesaler to Calloway in May; Marisol to
   compare prices on the top 40 items.
4. Lab courier: Meridian moving pickup to 2:00 pm. Draw cutoff for same-day
   send-outs is now 1:30.
5. Website: new travel intake form live; submissions go to travel@. Devin to
   make sure the form posts over TLS and the inbox has MFA.
6. Norrland renewal -- see separate email.

Next meeting 4/17.
"""
    return alt(m, body)


@reg('clean', 'admin')
def admin7():
    m = new('PayRidge Payroll <notifications@payridge.example>', DEVIN,
            'Payroll 3/29: 1 timesheet needs approval before 5 PM')
    return text(m, """Hi Devin,

Your payroll for Larkspur Direct Primary Care LLC (pay period 03/16-03/29)
is scheduled to run today at 5:00 PM MT.

1 timesheet still needs approval:
  Joy Macaraeg - 22.5 hours (per diem) - submitted 03/29 08:14

Reminders:
- Paychecks deposit Tuesday 04/02.
- Q1 941 filing will be generated automatically on 04/10.
- Open enrollment changes for dental/vision take effect 04/01.

Review and approve: https://app.payridge.example/approvals

PayRidge
""")


# =============================================================================
# clean-lookalike
# =============================================================================
@reg('clean', 'lookalike')
def look1():
    m = new('SkyMeridian Airlines <itinerary@skymeridian.example>', FELD,
            'Your trip confirmation - QKZ7RW - Denver to Seattle')
    inner = """<table width="600" style="font-family:Arial;font-size:13px;border:1px solid #ccd">
<tr><td style="background:#0b3a68;color:#fff;padding:10px;font-size:18px">SkyMeridian &#9992; Trip confirmation</td></tr>
<tr><td style="padding:10px">
<p>Hello Dr. Naomi Feldstein,</p>
<p>Thanks for flying with us. Your confirmation code is <b>QKZ7RW</b>.</p>
<p><b>Passenger:</b> FELDSTEIN/NAOMI DR<br>
<b>SkyMeridian Rewards member #:</b> SM 4821 9930 17 (Gold)<br>
<b>Known Traveler #:</b> on file</p>
<p><b>Fri Apr 19</b> &nbsp; SM 2214 &nbsp; DEN 7:05a &rarr; SEA 9:12a &nbsp; Seat 8C<br>
<b>Mon Apr 22</b> &nbsp; SM 2219 &nbsp; SEA 5:40p &rarr; DEN 9:18p &nbsp; Seat 9D</p>
<p>Trip purpose (for your expense report): North American Travel Health Conference 2024</p>
<p>Fare paid: $412.60 &middot; Card ending 4471</p>
<p>Need special assistance, a wheelchair or medical oxygen? Let us know at least 48 hours before departure.</p>
</td></tr></table>"""
    return htmlonly(m, inner, cte='quoted-printable')


@reg('clean', 'lookalike')
def look2():
    m = new('Summit Peak Fitness <corporate@summitpeakfit.example>', DEVIN,
            'Corporate wellness memberships activated - Larkspur DPC')
    return text(m, """Hi Devin,

Your corporate wellness memberships are active. Key fobs are ready at the
front desk of our Harmon Ave location. Each person just needs photo ID.

Member name          Member ID     Plan                 Start
Colleen Mahoney      SPF-00482231  Corporate All-Club   04/01/2024
Marisol Quintero     SPF-00482232  Corporate All-Club   04/01/2024
Tasha Greer          SPF-00482233  Corporate All-Club   04/01/2024
Devin Holloway       SPF-00482234  Corporate Base       04/01/2024

Monthly: $29/member, billed to Larkspur Direct Primary Care on the 1st.
Includes group classes, sauna and one complimentary personal training intro
session. Guest passes: 2 per month.

Welcome to Summit Peak!
Reggie Amankwah
Corporate Accounts, Summit Peak Fitness
(970) 555-0144
""")


@reg('clean', 'lookalike')
def look3():
    m = new('Granite State Mutual <policyservice@granitemutual.example>', DEVIN,
            'Commercial auto renewal - Policy PAU-7731820')
    return text(m, """RENEWAL DECLARATIONS - COMMERCIAL AUTO

Named insured:   Larkspur Direct Primary Care LLC
Policy #:        PAU-7731820
Policy period:   05/01/2024 - 05/01/2025
Agent:           Halvorsen Insurance Group, (970) 555-0170

Vehicle 1:  2021 Subaru Outback  VIN 4S4BTAN63M3XXXXXX  (home visit vehicle)
Garaging:   2210 Alder Ridge Pkwy, Millbrook CO 80599

Listed drivers        DOB          License
Rafael Ibarra         05/11/1982   CO 14-207-3391
Colleen Mahoney       10/23/1979   CO 09-551-0872

Coverage                              Limit                  Premium
Bodily injury liability               $500,000 CSL           $612.00
Medical payments                      $5,000 per person       $38.00
Uninsured/underinsured motorist       $500,000 CSL           $104.00
Comprehensive                         $500 deductible        $221.00
Collision                             $1,000 deductible      $389.00
Hired/non-owned auto                  Included                $45.00
                                                   TOTAL    $1,409.00

No claims in the past 36 months. Your good-driver credit has been applied.
Payment due 05/01/2024.
""")


@reg('clean', 'lookalike')
def look4():
    m = new('Calloway Medical Supply <orders@callowaymed.example>', MARI,
            'Shipped: Order #CMS-4471902 (2 boxes)')
    body = """Hi Marisol,

Good news -- your order has shipped.

Order #:     CMS-4471902
PO #:        LK-PO-0327
Account #:   LKDPC-0091
Ship to:     Larkspur Direct Primary Care, Attn: Marisol Quintero
             2210 Alder Ridge Pkwy Ste 140, Millbrook CO 80599
Carrier:     UPS Ground
Tracking:    1Z 9X4 W27 03 5521 8834
             1Z 9X4 W27 03 5521 8843
Est. delivery: Tue 04/02

Item                                           Qty   Price
BD 1 mL TB syringe w/ 25G 5/8" needle, 100ct     4   $31.20
Safety pen needles 32G 4mm, 100ct                2   $24.85
Sharps container 1 qt, red                      12    $3.10
Vaccine transport cooler w/ data logger          1  $214.00
Tourniquets, latex-free, 25ct                    2    $6.40
Gauze 2x2 nonsterile, 200ct                      6    $4.15
Prescription vials 20 dram amber w/ CR cap, 250  1   $38.90

Backordered: lancets 28G (est. 04/09)

Questions? Reply or call (800) 555-0176.
"""
    return alt(m, body)


@reg('clean', 'lookalike')
def look5():
    d0 = rdate(day=22, hour=12)
    m = new(DEVIN, TASHA, 'RE: adding Marcus to dental?', date=d0 + datetime.timedelta(hours=3), inreply=True)
    orig = """Hey Devin,

Quick benefits question -- Marcus's job changed and his new employer doesn't
offer dental. Can I add him to our dental and vision plan now, or do I have to
wait until open enrollment? And does it change how much comes out of my check?

Thanks,
Tasha"""
    return text(m, """Hi Tasha,

Yes -- losing other coverage counts as a qualifying event, so you have 30
days from his coverage end date to add him. You'll need:
- the letter from his old employer (or the plan) showing the end date
- his DOB and SSN for the enrollment form (give those to me in person, not
  by email)

Employee + spouse dental is $18.40 more per paycheck, vision $4.10 more.
I'll send the form through PayRidge this afternoon.

Devin

On %s, Tasha Greer <frontdesk@%s> wrote:
%s
""" % (fmt_short(d0), DOM, quote(orig)))


@reg('clean', 'lookalike')
def look6():
    m = new('Atrium Integrations <integrations@atriumdpc.example>', MARI + ', ' + DEVIN,
            'Meridian interface - TEST validation (ZZTEST patients)')
    hl7 = '\n'.join([
        'MSH|^~\\&|MERIDIAN|MRL|ATRIUM|LARKSPURDPC|20240325101500||ORU^R01|TST0325101500001|T|2.5.1',
        'PID|1||ZZ0000001^^^LARKSPUR^MR||ZZTEST^TRAVELER^ONE||19000101|U|||1 TEST ST^^TESTVILLE^CO^00000',
        'OBR|1|TEST-001|MRLTEST001|80053^CMP^CPT|||20240325100000|||||||||9999999999^ZZTEST^PROVIDER',
        'OBX|1|NM|2345-7^Glucose^LN||999|mg/dL|70-99|HH|||F',
        'OBX|2|NM|2160-0^Creatinine^LN||0.01|mg/dL|0.6-1.3|LL|||F'])
    return text(m, """Hi Marisol and Devin,

We're validating the Meridian results interface in your TEST environment
before go-live on 4/8. Meridian sent 6 messages for the dummy charts we set up
(ZZTEST, TRAVELER ONE through ZZTEST, TRAVELER SIX, DOB 01/01/1900, MRNs
ZZ0000001-ZZ0000006). Values are deliberately out of range to test flagging.

Please log in to test.atriumdpc.example and confirm:
  1. Each ZZTEST chart shows the result in the inbox
  2. HH/LL values show the red critical banner
  3. Nothing filed to a real chart in production

Sample message for reference (processing ID "T" = test):

%s

Reply "validated" or list issues by Thursday.

Atrium Integrations Team
""" % hl7)


@reg('clean', 'lookalike')
def look7():
    m = new('Foothills Community Credit Union <alerts@foothillscu.example>', FELD,
            'Your March e-statement is ready - Member #0048812')
    return alt(m, """Hello NAOMI FELDSTEIN,

Your e-statement for the period ending 03/31/2024 is ready.

Member #:              0048812
Business Checking      xxxx-2290   (Larkspur Direct Primary Care LLC)
Business Savings       xxxx-2291
Equipment Loan         xxxx-7104   (ultrasound unit, 48 mo @ 6.49%)
                       Next payment: $612.18 due 04/15/2024

Log in to Online Banking to view or download your statement.

Foothills Community Credit Union will never ask for your password or
one-time code by email or phone.

Federally insured by NCUA. Equal Housing Lender.
""")


# =============================================================================
# clean-news
# =============================================================================
@reg('clean', 'news')
def news1():
    m = new('Larkspur Direct Primary Care <news@%s>' % DOM, 'members@lists.%s' % DOM,
            'Larkspur Letter: spring travel season ✈️ what to do before you go')
    inner = """<h2 style="color:#2f5d50">Spring travel season is here</h2>
<p>Every spring our travel clinic gets busy, and every spring someone finds out at the airport that they needed a yellow fever certificate. A few tips so that isn't you:</p>
<ul>
<li><b>Book 4&ndash;6 weeks before you leave.</b> Some vaccines need two doses, and the yellow fever certificate is only valid 10 days after the shot.</li>
<li><b>Malaria pills are not one-size-fits-all.</b> The best choice depends on where you're going, how long you'll be there, your other medicines and your budget. We dispense the common options in the office at cost.</li>
<li><b>Going high?</b> Cusco, La Paz, Kilimanjaro and the Everest trek all start above 3,000 m. Ask about altitude medicine and, more importantly, about pacing your ascent.</li>
<li><b>Typhoid and hepatitis A</b> are the most common travel vaccines we give, and are recommended for most trips to South Asia, Africa and Latin America.</li>
<li><b>Lost your yellow card?</b> If you got the vaccine here, we can reissue your certificate &mdash; allow 2 business days.</li>
</ul>
<p>Members: travel consults are $75 and vaccines are at our cost. Non-members are welcome too. Book online or text us at (970) 555-0142.</p>
<h3>Clinic notes</h3>
<p>We're closed Monday May 27 for Memorial Day. Our new Wednesday afternoon travel block starts April 3.</p>
<p style="font-size:11px;color:#888">You're receiving this because you're a Larkspur member or signed up for our newsletter. <a href="https://larkspurdpc.example/unsubscribe">Unsubscribe</a>.<br>Larkspur Direct Primary Care &middot; 2210 Alder Ridge Pkwy, Suite 140 &middot; Millbrook, CO 80599</p>"""
    text_body = """SPRING TRAVEL SEASON IS HERE

- Book 4-6 weeks before you leave. Yellow fever certificates are valid 10
  days after the shot.
- Malaria pills are not one-size-fits-all; we dispense the common options at cost.
- Going high? Ask about altitude medicine and pacing your ascent.
- Typhoid and hepatitis A are the most common travel vaccines we give.
- Lost your yellow card? We can reissue it if you got the vaccine here.

Members: travel consults $75, vaccines at cost. Book online or text (970) 555-0142.

Closed Monday May 27. New Wednesday travel block starts April 3.

Unsubscribe: https://larkspurdpc.example/unsubscribe
"""
    return alt(m, text_body, inner)


@reg('clean', 'news')
def news2():
    m = new('Larkspur Direct Primary Care <news@%s>' % DOM, 'community@lists.%s' % DOM,
            'Free community vaccine clinic - Millbrook Library, April 13')
    return text(m, """COMMUNITY VACCINE CLINIC -- OPEN TO EVERYONE

Saturday, April 13, 10 am - 2 pm
Millbrook Public Library, Community Room B (enter from Pine St)

Offered:
  - Tdap (tetanus, diphtheria, pertussis)
  - MMR (measles, mumps, rubella) -- adults with no records welcome
  - Hepatitis B
  - Blood pressure checks

No membership or insurance needed. Vaccines are free thanks to a county
grant; bring any vaccine records you have. Children must be accompanied by a
parent or guardian. Spanish and Vietnamese interpreters on site.

Questions: (970) 555-0142 or community@larkspurdpc.example

Co-sponsored by the Millbrook County Health Department and the Rotary Club of
Millbrook.
""", cte='quoted-printable')


@reg('clean', 'news')
def news3():
    m = new(FELD, 'members@lists.%s' % DOM, 'Our 2023 in numbers (thank you!)')
    body = """Dear members,

It's our fifth birthday as a practice, and I wanted to share what 2023 looked
like -- all numbers are practice-wide totals.

- 1,046 members at year end (up from 812), including 38 families and 3
  employer groups
- 9,870 text and email conversations with your doctors; median first reply
  22 minutes during clinic hours
- 3,412 office visits and 118 home visits
- 1,214 travel vaccines given; the most common were typhoid (38%),
  hepatitis A (27%) and yellow fever (11%)
- Top travel destinations: Mexico, Peru, India, Kenya and Vietnam
- 4,300 in-office lab tests run, most resulted the same day
- Average savings on dispensed medicines versus retail list price: 71%

We also helped the county run four free community vaccine clinics.

Thank you for trusting us with your care.

Dr. Naomi Feldstein and the Larkspur team
"""
    return alt(m, body)


@reg('clean', 'news')
def news4():
    m = new('Larkspur Direct Primary Care <news@%s>' % DOM, 'members@lists.%s' % DOM,
            'Meet the team: Marisol Quintero, CMA')
    inner = """<h2>Meet the team: Marisol Quintero, CMA</h2>
<p>If you've had blood drawn at Larkspur, you've probably met Marisol. She runs our in-office lab and dispensary, which means she's the reason your results are often back before you get home and your medicines are ready when you check out.</p>
<p>Marisol grew up in Pueblo, trained as a medical assistant at Front Range Community College, and joined us in 2020. She's bilingual in Spanish and English and has quietly become our go-to for anything involving the label printer.</p>
<p><b>Outside work:</b> she plays violin in a mariachi group that performs at weddings around the county, coaches her niece's U10 soccer team, and claims to make the best green chile in Millbrook (the staff potluck results agree).</p>
<p><b>Her tip for a good blood draw:</b> &ldquo;Drink a big glass of water an hour before. It really helps.&rdquo;</p>
<p>Say hi next time you're in!</p>"""
    return htmlonly(m, inner)


@reg('clean', 'news')
def news5():
    inner = new('Millbrook County Public Health <alerts@millbrookcountyhealth.example>',
                'providers@lists.millbrookcountyhealth.example',
                'HEALTH ADVISORY: Measles cases linked to international travel', date=rdate(day=14, hour=16))
    text(inner, """MILLBROOK COUNTY PUBLIC HEALTH - HEALTH ADVISORY

Summary: Three confirmed measles cases have been reported in Millbrook County
residents since March 1. All three were unvaccinated and two had recent
international travel. Potential public exposure sites are listed on our
website and will be updated daily.

Recommendations for clinicians:
1. Consider measles in patients with fever and rash, especially with recent
   travel. Isolate immediately; do not use the waiting room.
2. Report suspected cases to Public Health immediately by phone, before
   laboratory confirmation: (970) 555-0100 ext 2.
3. Verify MMR status of patients, especially those planning international
   travel. Infants 6-11 months traveling abroad should receive an early dose.
4. Ensure all staff have documented presumptive evidence of immunity.

For specimen collection guidance, see the attached link on our website.

Millbrook County Public Health, Communicable Disease Program
""")
    m = new(FELD, TEAM, 'Fwd: HEALTH ADVISORY: Measles cases linked to international travel')
    text(m, """FYI -- county advisory below. Nothing we aren't already doing, but please
re-read item 1 and use the car-visit workflow if anyone calls with fever and
rash. Travel consults: check MMR status on every one this spring.

N
""")
    return attach_msg(m, inner)


@reg('clean', 'news')
def news6():
    m = new('Larkspur Direct Primary Care <news@%s>' % DOM, 'community@lists.%s' % DOM,
            'Thank you, donors - the mobile vaccine van is funded!')
    body = """THE VAN IS FUNDED!

Thanks to 214 donors, we raised $86,400 to outfit a mobile vaccine van that
will bring free community vaccine clinics to the east county farms, the
Harmon Ave apartments and the Riverside school district.

A few special thanks:

- The Hargrove Family Foundation matched the first $25,000.
- Norrland Freight donated the van itself and will cover fuel for the first
  year.
- Eleanor Whitcombe, a retired schoolteacher, knitted and sold 140 hats at
  the farmers market and gave every dollar ($2,310!).
- The Millbrook High School Key Club ran a car wash every Saturday in
  February.
- Our own Colleen Mahoney ran the Bolder Boulder in a vaccine-vial costume.

The van's first outing is planned for June. Want to volunteer (no medical
background needed)? Reply to this email.

With gratitude,
The Larkspur team
"""
    return alt(m, body, cte='quoted-printable')


# =============================================================================
# clean-training
# =============================================================================
@reg('clean', 'training')
def train1():
    m = new(COLL, 'Joy Macaraeg RN <jmacaraeg@%s>' % DOM + ', ' + MARI,
            'Training: how we document a travel consult (worked example)')
    return text(m, """Hi Joy and Marisol,

Before you start covering the Wednesday travel block, here's the worked
example we use for training. The traveler below is made up -- "Sam Sample" is
not a real person and there is no chart for him in Atrium (don't search for
one). It's just there so you can see what a complete note looks like.

=== SAMPLE - FICTITIOUS TRAVELER - FOR TRAINING ONLY ===
Traveler:    Sam Sample (fictitious), age 45
Itinerary:   Tanzania -- Arusha, Serengeti, Zanzibar; 14 days
Purpose:     Tourism/safari, lodges
Screening:   No immunosuppression, no thymus history, not pregnant
Vaccines:    YF - not required for entry from US; discuss risk, document
             Typhoid - recommended -> Typhim Vi
             Hep A - recommended -> Havrix #1
Malaria:     Recommended -> atovaquone-proguanil, start 1-2 d before,
             continue 7 d after
TD:          Azithromycin standby
Counseling:  Insects, food/water, rabies (animal bites), sun, road safety
ICVP:        Only if YF given
=== END SAMPLE ===

Things people forget: the lot numbers, the VIS dates, and updating the
registry. The travel template has hard stops for the first two now.

Colleen
""")


@reg('clean', 'training')
def train2():
    m = new(COLL, TASHA, 'Template: yellow card (ICVP) reissue reply')
    return text(m, """Tasha, here's the saved reply for ICVP reissue requests. It's now in the
Atrium templates as "ICVP - reissue". Replace the bracketed fields; don't send
with the brackets in!

----------------------------------------------------------------------------
Subject: Your yellow fever certificate

Hi {{first_name}},

Thanks for reaching out. We can reissue your International Certificate of
Vaccination (ICVP) if your yellow fever vaccine was given at Larkspur.

To do that we need:
  - Your full name exactly as it appears on your passport
  - Your passport number (only if your destination asks for it on the card)
  - Your travel date

Please reply through the member portal (not regular email) with those
details. The reissued card will be ready for pickup in {{2 business days}}
and must be signed by {{Dr. Feldstein / Dr. Ibarra}}. There is a
{{$15 / no}} fee for {{non-members / members}}.

If your vaccine was given somewhere else, we can't reissue their
certificate, but we can discuss a titer or revaccination.

Safe travels,
{{your name}}
Larkspur Travel Health
----------------------------------------------------------------------------
""")


@reg('clean', 'training')
def train3():
    m = new(DEVIN, TEAM, 'Privacy quiz - due Friday (5 questions)')
    inner = """<p>Annual privacy &amp; messaging quiz. Reply with your answers (e.g. 1-B, 2-A...). All names below are <b>invented for the quiz</b> &mdash; no real members.</p>
<ol>
<li><b>A member texts the after-hours line asking you to email her lab results to her work address. What do you do?</b><br>
A) Email them right away &nbsp; B) Send through the member portal and tell her they're there &nbsp; C) Read them over voicemail</li>
<li><b>The HR contact at an employer client asks whether a specific employee "has been in to see you." You:</b><br>
A) Confirm but give no details &nbsp; B) Say you can't share anything about individual employees &nbsp; C) Ask the doctor</li>
<li><b>A fictitious caller, "Chris Example," says he's calling for his mother's malaria prescription. Her chart has no one listed as a contact. You:</b><br>
A) Give him the details &nbsp; B) Take a message for the mother and call her directly &nbsp; C) Transfer to the nurse to decide</li>
<li><b>Which is OK to put in an email subject line?</b><br>
A) "Lab results for Jane Doe" &nbsp; B) "Re: your appointment" &nbsp; C) "Yellow fever - [member name]"</li>
<li><b>You realize you sent a spreadsheet to the wrong person. First step?</b><br>
A) Wait and see &nbsp; B) Tell Devin immediately &nbsp; C) Send a recall and don't mention it</li>
</ol>
<p>Answer key goes out Monday. Thanks!<br>Devin</p>"""
    return htmlonly(m, inner)


@reg('clean', 'training')
def train4():
    m = new(FELD, TEAM, 'Updated policy: texting and email with members (v2.1)')
    text(m, """Hi all -- updated policy attached, effective April 1. Please read and sign
the acknowledgment on the last page by the end of the month. Main changes are
the 30-minute reply target during clinic hours and the rule about attachments.

Naomi
""")
    blocks = [('h', 'Larkspur Direct Primary Care - Policy C-07'),
              ('h', 'Communicating with Members by Text, Portal and Email (v2.1)'),
              'Effective: April 1, 2024. Owner: Practice Manager. Approved: N. Feldstein, MD.',
              ('h', '1. Purpose'),
              'Direct access to your doctor is the core of our membership. This policy describes how staff use text, the member portal and email so that access stays fast and private.',
              ('h', '2. Channels'),
              ('t', [['Channel', 'Use for', 'Do not use for'],
                     ['Member portal (Atrium)', 'Results, clinical advice, documents, certificates', '-'],
                     ['Text (practice numbers only)', 'Scheduling, short clinical questions, reminders', 'Results, attachments, anything needing a chart review'],
                     ['Email', 'Newsletters, billing, non-clinical logistics', 'Results, diagnoses, medication lists, IDs'],
                     ['Phone', 'Urgent issues, sensitive conversations', '-']]),
              ('h', '3. Response times'),
              'Clinic hours: first reply within 30 minutes. After hours: within 2 hours via the on-call line. Emergencies: instruct member to call 911.',
              ('h', '4. Attachments and lists'),
              'Never email spreadsheets or documents containing member information outside the practice. Internal lists go on the shared drive, not in email.',
              ('h', '5. Personal devices'),
              'Staff may not text members from personal numbers. The practice app must be used and the device must have a screen lock.',
              ('h', 'Acknowledgment'),
              'I have read and understand Policy C-07.  Name: ____________  Signature: ____________  Date: ______']
    return attach(m, docx(blocks), 'Policy_C-07_Member_Communication_v2.1.docx', DOCX_MT)


@reg('clean', 'training')
def train5():
    m = new(DEVIN, TASHA + ', ' + COLL, 'Missed-appointment letter template (final)')
    body = """Final wording for the missed-appointment letter, approved by Naomi. It's
saved in Atrium as "Missed appt - travel" and "Missed appt - general".
Merge fields are in double braces.

---------------------------------------------------------------
Dear {{member.first_name}},

We missed you at your {{appt.type}} appointment on {{appt.date}} at
{{appt.time}}. We hope everything is okay.

{{#if appt.is_travel}}Because some travel vaccines need time to take effect
(and some require a second dose), please reschedule soon -- ideally at least
4 weeks before your departure on {{trip.depart_date}}.{{/if}}

You can reply to this message in the portal, text us at (970) 555-0142, or
book online. As a reminder, members can cancel or reschedule any time
before the visit at no charge; non-member travel visits missed without
24 hours' notice are charged a $40 fee.

Warmly,
{{provider.display_name}} and the Larkspur team
---------------------------------------------------------------

Don't send these for members who have a hospital stay or a death noted in
the chart -- the template checks the flag but double check.
"""
    return alt(m, body)


@reg('clean', 'training')
def train6():
    m = new(DEVIN, TASHA + ', Joy Macaraeg RN <jmacaraeg@%s>' % DOM, 'Front desk training packet - membership scripts')
    text(m, """Attached is the front desk training packet (PDF). The practice account in
the TRAINING environment is set up with the sample member in the packet --
"Alex Sample", member # TRAIN-0001 -- so you can practice enrolling, adding
a family member, and taking a card payment without touching real accounts.

Devin
""")
    lines = ['LARKSPUR DPC - FRONT DESK TRAINING PACKET (rev. March 2024)', '',
             'ALL PEOPLE AND NUMBERS IN THIS PACKET ARE FICTITIOUS TRAINING DATA.', '',
             '1. Explaining membership (script)',
             '   "For one monthly fee you get unlimited visits, direct text and email access',
             '   to your doctor, most in-office labs, and medications at our cost."',
             '', '2. Practice enrollment in the TRAINING environment',
             '   Sample member:  Alex Sample        Member #: TRAIN-0001',
             '   Date of birth:  01/01/1980 (training)   Plan: Individual 30-64, $89/mo',
             '   Add dependent:  Jordan Sample (child, training)  Member #: TRAIN-0002',
             '   Test card:      4111 1111 1111 1111  exp 12/30  CVV 123 (gateway test card)',
             '', '3. Common questions',
             '   Q: Is this insurance?  A: No. We recommend members keep insurance for',
             '      hospital, specialist and emergency care.',
             '   Q: Are travel vaccines included?  A: The visit is included; vaccines',
             '      are charged at our cost.',
             '   Q: Can my employer pay?  A: Yes - we have employer plans. Refer to Devin.',
             '', '4. What the front desk never does',
             '   - Read results to callers',
             '   - Confirm to an employer whether someone is a member',
             '   - Email lists or screenshots of the schedule']
    return attach(m, pdf(lines, 'Front desk training packet'), 'FrontDesk_Training_Packet_2024-03.pdf', 'application/pdf')


# =============================================================================
# main
# =============================================================================
EXPECTED = {('phi', 'care'): 8, ('phi', 'names'): 8, ('phi', 'self'): 7, ('phi', 'ids'): 8,
            ('phi', 'lists'): 7, ('phi', 'struct'): 7, ('phi', 'lang'): 8,
            ('clean', 'staff'): 7, ('clean', 'admin'): 7, ('clean', 'lookalike'): 7,
            ('clean', 'news'): 6, ('clean', 'training'): 6}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    counts = {}
    labels = []
    for label, kind, patient, fn in REG:
        counts[(label, kind)] = counts.get((label, kind), 0) + 1
        msg = fn()
        name = '%s-%s-%03d.eml' % (label, kind, counts[(label, kind)])
        with open(os.path.join(out, name), 'wb') as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        labels.append((name, label, kind, patient))
    assert counts == EXPECTED, counts
    assert len(labels) == 86
    assert sum(1 for l in labels if l[1] == 'phi') == 53
    assert sum(1 for l in labels if l[1] == 'clean') == 33
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'label', 'kind', 'patient_name'])
        w.writerows(labels)
    for (label, kind), n in counts.items():
        print('%s-%s: %d' % (label, kind, n))
    print('total: %d' % len(labels))


if __name__ == '__main__':
    main()
